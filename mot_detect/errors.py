"""Errors that say which file, line and field were wrong and what was expected."""

from __future__ import annotations


class MotDetectError(Exception):
    """Base class of the errors mot-detect raises on purpose."""


class InputError(MotDetectError):
    """A transcript (or part of one) that cannot be read.

    The message always names where the problem is, so that a user with ten thousand files can
    find the one that is wrong.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.reason = message
        super().__init__(self._render())

    def _render(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f": field '{self.field}'"
        return f"{where}: {self.reason}"


class PatternError(MotDetectError):
    """A pattern file that cannot be loaded (bad JSON, bad regex, unknown label)."""
