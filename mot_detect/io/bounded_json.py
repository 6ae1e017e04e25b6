"""JSON parsing within the stated limits (mot_detect/limits.py).

Python's `json` recurses once per nesting level (RecursionError near 1,000), refuses integers of
more than 4,300 digits with a ValueError, turns `1e400` into infinity and accepts `NaN` and
`Infinity`, none of which a call transcript needs. Nesting too deep is a `JsonLimitError` with
its line; a number out of range is read as an `OutOfRange` marker, so the reader can report it
with the field it is in, like any other bad value.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from mot_detect.limits import MAX_INTEGER_DIGITS, MAX_JSON_DEPTH, MAX_NUMBER_CHARS


class JsonLimitError(ValueError):
    """A JSON document beyond a limit: `reason` says which, `line` where (1-based), if known."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        self.reason = reason
        self.line = line
        super().__init__(reason if line is None else f"line {line}: {reason}")


# A string (with its escapes) or a bracket; strings are skipped whole so brackets in text don't
# count. An unterminated string runs to the end (\Z), so no position is ever scanned twice.
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*(?:"|\Z)|[\[\]{}]', re.S)


def nesting_depth_error(text: str) -> JsonLimitError | None:
    """The error for the first point where arrays and objects nest deeper than the limit."""
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:
        return None  # cannot nest that deep: skip the scan
    depth = 0
    for token in _STRING_OR_BRACKET.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                line = text.count("\n", 0, token.start()) + 1
                return JsonLimitError(
                    f"arrays and objects nested deeper than {MAX_JSON_DEPTH} levels", line
                )
        elif mark in "]}":
            depth -= 1
    return None


@dataclass(frozen=True)
class OutOfRange:
    """Stands in for a number beyond the limits, so the reader can name the field it is in."""

    description: str

    def __repr__(self) -> str:
        return self.description


def loads(text: str) -> Any:
    """`json.loads` within the limits; raises `json.JSONDecodeError` or `JsonLimitError` (for
    nesting). A number beyond the limits (over MAX_INTEGER_DIGITS digits, over MAX_NUMBER_CHARS
    characters, not finite, NaN or Infinity) is read as an `OutOfRange` in its place."""
    too_deep = nesting_depth_error(text)
    if too_deep is not None:
        raise too_deep
    return json.loads(
        text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant
    )


def _parse_int(literal: str) -> int | OutOfRange:
    digits = len(literal.lstrip("-"))
    if digits > MAX_INTEGER_DIGITS:
        return OutOfRange(f"an integer of {digits:,} digits (at most {MAX_INTEGER_DIGITS})")
    return int(literal)


def _parse_float(literal: str) -> float | OutOfRange:
    if len(literal) > MAX_NUMBER_CHARS:
        return OutOfRange(f"a number of {len(literal):,} characters (at most {MAX_NUMBER_CHARS})")
    value = float(literal)
    if not math.isfinite(value):
        return OutOfRange(f"{literal}, too large for a finite number")
    return value


def _parse_constant(literal: str) -> OutOfRange:
    return OutOfRange(f"{literal}, not a finite number")


def find_out_of_range(value: Any, path: str = "") -> tuple[str, OutOfRange] | None:
    """The first `OutOfRange` in parsed JSON, with its path ("a.b[2]")."""
    if isinstance(value, OutOfRange):
        return path, value
    items: Any = ()
    if isinstance(value, dict):
        items = ((f"{path}.{key}" if path else str(key), item) for key, item in value.items())
    elif isinstance(value, list):
        items = ((f"{path}[{i}]", item) for i, item in enumerate(value))
    for where, item in items:
        found = find_out_of_range(item, where)
        if found is not None:
            return found
    return None
