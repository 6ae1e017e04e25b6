"""Regular expressions matched in time linear in the text: RE2, with Python's `re` semantics.

Python's `re` backtracks: `[\\w.+-]+@` on a 50 KB word tries every start and scans to the end
from each, and a nested quantifier can take exponential time. RE2 (`google-re2`) never
backtracks. The two engines differ in what `\\w`, `\\s`, `\\d` and `\\b` mean outside ASCII
(Python: Unicode; RE2: ASCII), so patterns are not handed to RE2 as written:

- the pattern is parsed by Python's own parser and written out again for RE2 with every
  character class spelled as the exact set of ASCII characters Python's class holds (case
  folding included), so on ASCII text both engines agree character by character;
- the text is matched through an ASCII view of the same length: each non-ASCII character
  becomes an ASCII one of the same kind for Python's classes (a word character `_`, a digit
  `0`, a space `\\x1f`, anything else `\\x01`; the few that fold to an ASCII letter under
  IGNORECASE become that letter). Offsets are unchanged, so a match's span is the span in the
  original text, and `\\b` and `\\w` mean what Python means by them.

A pattern RE2 cannot express this way (lookarounds, backreferences, possessive or atomic
groups, `$`, non-ASCII characters in the pattern itself) runs on Python's `re`, but only once
`regex_safety.problems` finds nothing in it that can take super-linear time.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import re2

from mot_detect.detect import regex_safety
from mot_detect.detect.regex_safety import (
    ASCII_CHARS,
    AT_CODES,
    OP,
    ascii_members,
    parse,
)

_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.case_sensitive = True  # case folding is spelled out in each class
_RE2_OPTIONS.log_errors = False
_RE2_OPTIONS.max_mem = 64 << 20

# A non-ASCII character in the text becomes one ASCII character with the same meaning for the
# pattern classes; these never occur literally in a pattern written for RE2.
_WORD, _DIGIT, _SPACE, _OTHER = "_", "0", "\x1f", "\x01"


class UnsafePatternError(ValueError):
    """A pattern that neither RE2 nor a safe use of Python's `re` can match in linear time."""


class Unsupported(Exception):
    """A construct RE2 cannot express (the pattern falls back to Python's `re`)."""


_DIGIT_CHAR = re.compile(r"\d")
_WORD_CHAR = re.compile(r"[^\W\d]")
_SPACE_CHAR = re.compile(r"\s")
# The few non-ASCII characters Python's IGNORECASE matches with an ASCII letter (İ ı ſ K):
# all lie below U+2200, so they are found once at import, in a millisecond.
_FOLDS_TO_ASCII = {
    found[0]: next(c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(f"(?i){c}", found[0]))
    for found in re.finditer("(?i)[a-z]", "".join(map(chr, range(128, 0x2200))))
}


@lru_cache(maxsize=1 << 16)
def _stand_in(char: str) -> str:
    """The ASCII character that stands in for the non-ASCII `char`. Looked up per distinct
    character met (a text uses few), so no table of every code point is ever built."""
    if char in _FOLDS_TO_ASCII:
        return _FOLDS_TO_ASCII[char]
    if _DIGIT_CHAR.fullmatch(char):
        return _DIGIT
    if _WORD_CHAR.fullmatch(char):
        return _WORD
    if _SPACE_CHAR.fullmatch(char):
        return _SPACE
    return _OTHER


def _ascii_stand_in(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    run = error.object[error.start : error.end]
    return "".join(map(_stand_in, run)), error.end


codecs.register_error("mot_detect.ascii_view", _ascii_stand_in)
_last_view: tuple[str, bytes] = ("", b"")


def ascii_view(text: str) -> bytes:
    """The text as ASCII bytes, one per character (see the module docstring)."""
    global _last_view
    last = _last_view
    if last[0] is text:  # every pattern of an utterance is matched against the same string
        return last[1]
    view = text.encode("ascii", "mot_detect.ascii_view")
    _last_view = (text, view)
    return view


class LinearMatch:
    """What `search` returns for an RE2 pattern: spans in the original text, as `re.Match`."""

    __slots__ = ("_names", "_spans", "endpos", "pos", "string")

    def __init__(
        self, string: str, spans: list[tuple[int, int]], names: dict[str, int], pos: int, end: int
    ) -> None:
        self.string = string
        self._spans = spans
        self._names = names
        self.pos = pos
        self.endpos = end

    def _index(self, group: int | str) -> int:
        index = self._names[group] if isinstance(group, str) else group
        if not 0 <= index < len(self._spans):
            raise IndexError("no such group")
        return index

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._spans[self._index(group)]

    def start(self, group: int | str = 0) -> int:
        return self.span(group)[0]

    def end(self, group: int | str = 0) -> int:
        return self.span(group)[1]

    def group(self, group: int | str = 0) -> str | None:
        start, end = self.span(group)
        return None if start < 0 else self.string[start:end]

    __getitem__ = group

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.group(name) for name in self._names}

    def __repr__(self) -> str:
        return f"<LinearMatch span={self.span()} match={self.group()!r}>"


class LinearRegex:
    """A compiled pattern: RE2 where it can express it, otherwise a checked Python `re`."""

    __slots__ = ("_names", "_re2", "engine", "flags", "pattern", "python")

    def __init__(self, pattern: str, flags: int = re.IGNORECASE) -> None:
        self.python = re.compile(pattern, flags)  # raises re.error for an invalid pattern
        self.pattern = pattern
        self.flags = self.python.flags
        self._re2: Any = None
        self._names: dict[str, int] = {}
        try:
            translated = to_re2(pattern, flags)
            self._re2 = re2.compile(translated.encode("ascii"), _RE2_OPTIONS)
        except (Unsupported, re2.error) as exc:
            found = sorted(regex_safety.problems(self.python), key=lambda p: "exponential" not in p)
            if found:
                raise UnsafePatternError(f"{found[0]} (and RE2 cannot express it: {exc})") from None
            self.engine = "re"
            return
        self.engine = "re2"
        self._names = {name.decode(): index for name, index in self._re2.groupindex.items()}

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        if self._re2 is None:
            return self.python.search(text, pos, len(text) if endpos is None else endpos)
        return next(self._iter(text, pos, endpos), None)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        if self._re2 is None:
            return self.python.finditer(text, pos, len(text) if endpos is None else endpos)
        return self._iter(text, pos, endpos)

    def _iter(self, text: str, pos: int, endpos: int | None) -> Iterator[LinearMatch]:
        view = ascii_view(text)
        end = len(view) if endpos is None else max(0, min(endpos, len(view)))
        if end < len(view):
            view = view[:end]  # as in `re`: the text ends at endpos, for `\b` too
        pos = max(0, pos)
        for found in self._re2.finditer(view, pos, end):
            spans = [found.span(index) for index in range(len(self._names) + 1)]
            yield LinearMatch(text, spans, self._names, pos, end)

    def __repr__(self) -> str:
        return f"LinearRegex({self.pattern!r}, engine={self.engine!r})"


@lru_cache(maxsize=2048)  # detectors built in one process share their compiled patterns
def compile_linear(pattern: str, flags: int = re.IGNORECASE) -> LinearRegex:
    return LinearRegex(pattern, flags)


def to_re2(pattern: str, flags: int = 0) -> str:
    """The pattern written for RE2 over the ASCII view; raises Unsupported where it cannot be."""
    if not pattern.isascii():
        raise Unsupported("non-ASCII characters in the pattern")
    parsed = parse(pattern, flags)
    global_flags = parsed.state.flags
    if global_flags & (re.ASCII | re.LOCALE | re.MULTILINE):
        raise Unsupported("ASCII, LOCALE or MULTILINE flags")
    names = {index: name for name, index in parsed.state.groupdict.items()}
    return _emit(list(parsed), global_flags, names)


def _emit(items: list[tuple[Any, Any]], flags: int, names: dict[int, str]) -> str:
    return "".join(_emit_one(op, argument, flags, names) for op, argument in items)


def _emit_one(op: Any, argument: Any, flags: int, names: dict[int, str]) -> str:
    if op in (OP.LITERAL, OP.NOT_LITERAL, OP.IN, OP.ANY):
        return _char_class(ascii_members(op, argument, flags))
    if op is OP.BRANCH:
        return "(?:" + "|".join(_emit(list(a), flags, names) for a in argument[1]) + ")"
    if op is OP.SUBPATTERN:
        group, add_flags, del_flags, body = argument
        inner = _emit(list(body), (flags | add_flags) & ~del_flags, names)
        if group is not None and group in names:
            return f"(?P<{names[group]}>{inner})"
        return f"(?:{inner})"
    if op in (OP.MAX_REPEAT, OP.MIN_REPEAT):
        low, high, body = argument
        inner = "(?:" + _emit(list(body), flags, names) + ")"
        if high is OP.MAXREPEAT:
            count = "*" if low == 0 else "+" if low == 1 else f"{{{low},}}"
        elif high > 1000:
            raise Unsupported("a counted repeat over 1000")
        else:
            count = f"{{{low}}}" if low == high else f"{{{low},{high}}}"
        return inner + count + ("?" if op is OP.MIN_REPEAT else "")
    if op is OP.AT and argument in AT_CODES:
        return AT_CODES[argument]
    raise Unsupported(f"{str(op).lower()} {str(argument).lower() if op is OP.AT else ''}".strip())


def _char_class(members: frozenset[int]) -> str:
    if not members:
        return "[^\\x00-\\x7f]"  # matches nothing in an ASCII view
    if len(members) == 1:
        return f"\\x{next(iter(members)):02x}"
    ranges = []
    codes = sorted(members)
    start = previous = codes[0]
    for code in [*codes[1:], None]:
        if code is not None and code == previous + 1:
            previous = code
            continue
        ranges.append(
            f"\\x{start:02x}" if start == previous else f"\\x{start:02x}-\\x{previous:02x}"
        )
        if code is not None:
            start = previous = code
    return "[" + "".join(ranges) + "]"


__all__ = ["ASCII_CHARS", "LinearMatch", "LinearRegex", "UnsafePatternError", "compile_linear"]
