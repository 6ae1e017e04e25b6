"""Errors that say which file, line and field were wrong and what was expected."""

from __future__ import annotations

import traceback

from mot_detect.limits import shorten


class MotDetectError(Exception):
    """Base class of the errors mot-detect raises on purpose."""


class CallError(MotDetectError):
    """Something that cost one call (or one input file), reported in its place.

    The message always names where the problem is, so that a user with ten thousand files can
    find the one that is wrong; the other calls of a batch go on regardless.
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

    def _where(self) -> str:
        where = self.path or "<input>"
        return where if self.line is None else f"{where}:{self.line}"

    def _render(self) -> str:
        field = f": field '{self.field}'" if self.field else ""
        return f"{self._where()}{field}: {self.reason}"


class InputError(CallError):
    """A transcript (or part of one) that cannot be read: the input is wrong, not mot-detect."""


class InternalError(CallError):
    """An unexpected failure inside mot-detect while reading, scoring or writing one call.

    `call_id` names the call when it is known; `details` keeps the traceback for `-v`."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        call_id: str | None = None,
        details: str = "",
    ) -> None:
        self.call_id = call_id
        self.details = details
        super().__init__(message, path=path, line=line)

    def _render(self) -> str:
        call = f": call {self.call_id!r}" if self.call_id else ""
        return f"{self._where()}{call}: internal error: {self.reason}"

    @classmethod
    def from_exception(
        cls,
        exc: BaseException,
        *,
        path: str | None = None,
        line: int | None = None,
        call_id: str | None = None,
    ) -> InternalError:
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        text = shorten(str(exc), 200)
        message = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
        return cls(message, path=path, line=line, call_id=call_id, details=details)


class PatternError(MotDetectError):
    """A pattern file that cannot be loaded (bad JSON, bad regex, unknown label)."""
