"""Which regular expressions can take super-linear time in Python's backtracking `re`.

Patterns RE2 can express are matched by RE2 (see linear_regex.py) and are linear by
construction; this check is for the rest (lookarounds, `$`, non-ASCII letters in a pattern),
which run on Python's `re`. It reads the parsed pattern and reports, conservatively:

- a nested unbounded quantifier, `(a+)+`: exponential time;
- a nested quantifier that can match runs of varying length under another one, bounded or not,
  `(a{0,60}){0,60}` or `(\\w{1,64}\\s?){1,64}`: exponential in the outer bound, so as good as
  unbounded, unless the bounds multiply to at most TINY_WORK;
- alternatives that can start with the same character under a quantifier, `(a|ab)+` or
  `(a|aa){1,60}`: exponential time;
- two unbounded quantifiers in a row that can match the same characters, `\\s*\\s*`:
  quadratic time within one attempt;
- an unbounded quantifier at the start of a pattern, `[\\w.+-]+@`, is retried from every
  position of a long run: quadratic time. A `\\b` or a lookbehind such as `(?<![\\w.])` in
  front of it stops that.

Not caught (quadratic, never exponential): a repeat after a short prefix made of its own
characters, such as `a\\w+b`.

"Unbounded" here means more than UNBOUNDED_ABOVE repetitions: `[^.?!]{0,40}` is bounded.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

try:  # Python 3.11+
    from re import _constants as OP
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as OP  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

UNBOUNDED_ABOVE = 64
# Nested quantifiers whose bounds multiply to at most this can only be split a few ways.
TINY_WORK = 16
ASCII_CHARS = range(128)
# Stand-ins for the non-ASCII characters, by kind: a letter, a digit, a space, anything else.
_NON_ASCII_SAMPLES = ("é", "٣", "\xa0", "€")
_UNIVERSE = tuple(chr(c) for c in ASCII_CHARS) + _NON_ASCII_SAMPLES
_ALL = frozenset(range(len(_UNIVERSE)))
_WORD = frozenset(i for i, c in enumerate(_UNIVERSE) if c.isalnum() or c == "_")
_NON_WORD = _ALL - _WORD

AT_CODES = {
    OP.AT_BEGINNING: "^",
    OP.AT_BEGINNING_STRING: "\\A",
    OP.AT_END_STRING: "\\z",
    OP.AT_BOUNDARY: "\\b",
    OP.AT_NON_BOUNDARY: "\\B",
}
_ANCHORS = (OP.AT_BEGINNING, OP.AT_BEGINNING_STRING)
_REPEATS = (OP.MAX_REPEAT, OP.MIN_REPEAT, getattr(OP, "POSSESSIVE_REPEAT", OP.MAX_REPEAT))
_ASSERTS = (OP.ASSERT, OP.ASSERT_NOT)


def parse(pattern: str, flags: int = 0) -> Any:
    return _sre_parse.parse(pattern, flags)


def _category(category: Any, char: str) -> bool:
    if category is OP.CATEGORY_DIGIT:
        return char.isdecimal()
    if category is OP.CATEGORY_NOT_DIGIT:
        return not char.isdecimal()
    if category is OP.CATEGORY_SPACE:
        return char.isspace()
    if category is OP.CATEGORY_NOT_SPACE:
        return not char.isspace()
    if category is OP.CATEGORY_WORD:
        return char.isalnum() or char == "_"
    if category is OP.CATEGORY_NOT_WORD:
        return not (char.isalnum() or char == "_")
    raise ValueError(f"unknown category {category}")


def _literal(code: int, char: str, ignore_case: bool) -> bool:
    return ord(char) == code or (ignore_case and char.lower() == chr(code).lower())


def _in_class(items: list[tuple[Any, Any]], char: str, ignore_case: bool) -> bool:
    negate = bool(items) and items[0][0] is OP.NEGATE
    found = False
    for op, argument in items[1:] if negate else items:
        if op is OP.LITERAL:
            found = _literal(argument, char, ignore_case)
        elif op is OP.RANGE:
            low, high = argument
            found = any(
                low <= ord(c) <= high
                for c in {char, *((char.lower(), char.upper()) if ignore_case else ())}
                if len(c) == 1
            )
        elif op is OP.CATEGORY:
            found = _category(argument, char)
        else:
            raise ValueError(f"unexpected {op} in a character class")
        if found:
            break
    return found != negate


def _matches(op: Any, argument: Any, flags: int, char: str) -> bool:
    ignore_case = bool(flags & re.IGNORECASE)
    if op is OP.LITERAL:
        return _literal(argument, char, ignore_case)
    if op is OP.NOT_LITERAL:
        return not _literal(argument, char, ignore_case)
    if op is OP.ANY:
        return char != "\n" or bool(flags & re.DOTALL)
    return _in_class(list(argument), char, ignore_case)


def ascii_members(op: Any, argument: Any, flags: int) -> frozenset[int]:
    """The ASCII characters one character-matching element (literal, class, `.`) matches."""
    return _ascii_members(op, _frozen(argument), int(flags) & _FLAGS_THAT_MATTER)


def _chars(op: Any, argument: Any, flags: int) -> frozenset[int]:
    return _universe_members(op, _frozen(argument), int(flags) & _FLAGS_THAT_MATTER)


# The same few elements (letters, \w, \s...) recur in every pattern: each is worked out once.
_FLAGS_THAT_MATTER = int(re.IGNORECASE | re.DOTALL)


def _frozen(argument: Any) -> Any:
    if isinstance(argument, list | tuple):
        return tuple(_frozen(item) for item in argument)
    return argument


@lru_cache(maxsize=4096)
def _ascii_members(op: Any, argument: Any, flags: int) -> frozenset[int]:
    return frozenset(c for c in ASCII_CHARS if _matches(op, argument, flags, chr(c)))


@lru_cache(maxsize=4096)
def _universe_members(op: Any, argument: Any, flags: int) -> frozenset[int]:
    return frozenset(i for i, c in enumerate(_UNIVERSE) if _matches(op, argument, flags, c))


def problems(pattern: re.Pattern[str]) -> list[str]:
    """Why the pattern can take super-linear time in Python's `re`; empty when none is found."""
    try:
        parsed = parse(pattern.pattern, pattern.flags)
        checker = _Checker(parsed.state.flags)
        checker.sequence(list(parsed), _ALL)
    except (RecursionError, OverflowError, MemoryError):
        # The walk recurses once per nesting level: a pattern too deep to walk is not vouched for.
        return ["groups or quantifiers nest too deeply to check"]
    return checker.found


def _unbounded(high: Any) -> bool:
    return high is OP.MAXREPEAT or high > UNBOUNDED_ABOVE


class _Checker:
    def __init__(self, flags: int) -> None:
        self.flags = flags
        self.found: list[str] = []

    def report(self, message: str) -> None:
        if message not in self.found:
            self.found.append(message)

    # Each walker takes the characters that can come just before the element ("before") and
    # returns the characters its match can end with (or `before` again for a zero-width one).
    def sequence(self, items: list[tuple[Any, Any]], before: frozenset[int]) -> frozenset[int]:
        last_repeat: frozenset[int] | None = None  # chars of an unbounded repeat not yet closed
        for index, (op, argument) in enumerate(items):
            if op in _REPEATS and _unbounded(argument[1]):
                first = self.first(list(argument[2]))
                if last_repeat is not None and last_repeat & first:
                    self.report(
                        "overlapping quantifiers in a row (like \\s*\\s*) can take quadratic time"
                    )
                chars = self.all_chars(list(argument[2]))
                guarded = self.guard(items[:index], before, chars)
                # At the start of an attempt (anything can come before it, nothing guards it), a
                # new attempt starts at every position of a run of the repeat's characters.
                if guarded is _ALL and chars:
                    self.report(
                        "an unbounded quantifier a new attempt can start inside (like a leading "
                        "[\\w.]+ or \\d+) is retried from every position of a long run: quadratic "
                        "time; put \\b or a lookbehind such as (?<![\\w.]) before it"
                    )
            ends = self.element(op, argument, before)
            if op in _REPEATS and _unbounded(argument[1]):
                last_repeat = self.all_chars(list(argument[2]))
            elif not (op is OP.AT or op in _ASSERTS or self.nullable([(op, argument)])):
                last_repeat = None
            elif op in _ASSERTS or op is OP.AT:
                pass
            else:
                last_repeat = None if last_repeat is None else last_repeat | ends
            before = ends if not self.nullable([(op, argument)]) else before | ends
        return before

    def guard(
        self, preceding: list[tuple[Any, Any]], before: frozenset[int], chars: frozenset[int]
    ) -> frozenset[int]:
        """What can precede a repeat, narrowed by a `\\b` or a negative lookbehind just before it."""
        for op, argument in reversed(preceding):
            if op is OP.AT and argument in _ANCHORS:
                return frozenset()
            if op is OP.AT and argument is OP.AT_BOUNDARY:
                if chars <= _WORD:
                    return _NON_WORD if before is _ALL else before & _NON_WORD
                if chars <= _NON_WORD:
                    return _WORD if before is _ALL else before & _WORD
                return before
            if op is OP.ASSERT_NOT and argument[0] < 0:
                body = list(argument[1])
                if len(body) == 1 and body[0][0] in (OP.IN, OP.LITERAL, OP.NOT_LITERAL):
                    return before - _chars(*body[0], self.flags)
                return before
            if op is OP.AT or op in _ASSERTS:
                continue
            return before
        return before

    def element(self, op: Any, argument: Any, before: frozenset[int]) -> frozenset[int]:
        if op in (OP.LITERAL, OP.NOT_LITERAL, OP.IN, OP.ANY):
            return _chars(op, argument, self.flags)
        if op is OP.SUBPATTERN:
            saved = self.flags
            self.flags = (self.flags | argument[1]) & ~argument[2]
            ends = self.sequence(list(argument[3]), before)
            self.flags = saved
            return ends
        if op is OP.BRANCH:
            ends: frozenset[int] = frozenset()
            for alternative in argument[1]:
                ends |= self.sequence(list(alternative), before)
            return ends
        if op in _REPEATS:
            _, high, parsed_body = argument
            body = list(parsed_body)
            low_width, high_width = parsed_body.getwidth()
            ends = self.sequence(body, before)
            unbounded = _unbounded(high)
            # Bounded nesting is exponential in the outer bound, (a{0,60}){0,60} as much as
            # (a+)+: only bounds too small to matter let it through.
            if unbounded or (high > 1 and high * self.work(body) > TINY_WORK):
                # Nested repeats are exponential when a run can be split between iterations in
                # many ways: the body can end with a character it can also start with.
                variable = self.contains_variable_repeat(body) or low_width != high_width
                if variable and ends & self.first(body):
                    self.report(
                        "a nested quantifier (like (a+)+ or (a{0,60}){0,60}) can take "
                        "exponential time"
                    )
                if self.overlapping_alternatives(body):
                    self.report(
                        "alternatives that can match the same text under a quantifier "
                        "(like (a|ab)+) can take exponential time"
                    )
            if high is OP.MAXREPEAT or high > 1:
                self.sequence(body, ends)  # the second time round, the body follows itself
            return ends
        if op in _ASSERTS:
            direction, body = argument
            if direction > 0:
                self.sequence(list(body), before)
            return before
        if op is getattr(OP, "ATOMIC_GROUP", None):
            return self.sequence(list(argument), before)
        return _ALL if op is OP.GROUPREF else before

    def first(self, items: list[tuple[Any, Any]]) -> frozenset[int]:
        chars: frozenset[int] = frozenset()
        for op, argument in items:
            if op in (OP.LITERAL, OP.NOT_LITERAL, OP.IN, OP.ANY):
                return chars | _chars(op, argument, self.flags)
            if op is OP.SUBPATTERN:
                chars |= self.first(list(argument[3]))
            elif op is OP.BRANCH:
                for alternative in argument[1]:
                    chars |= self.first(list(alternative))
            elif op in _REPEATS:
                chars |= self.first(list(argument[2]))
            elif op is OP.AT or op in _ASSERTS:
                continue
            else:
                return _ALL
            if not self.nullable([(op, argument)]):
                return chars
        return chars

    def all_chars(self, items: list[tuple[Any, Any]]) -> frozenset[int]:
        chars: frozenset[int] = frozenset()
        for op, argument in items:
            if op in (OP.LITERAL, OP.NOT_LITERAL, OP.IN, OP.ANY):
                chars |= _chars(op, argument, self.flags)
            elif op is OP.SUBPATTERN:
                chars |= self.all_chars(list(argument[3]))
            elif op is OP.BRANCH:
                for alternative in argument[1]:
                    chars |= self.all_chars(list(alternative))
            elif op in _REPEATS:
                chars |= self.all_chars(list(argument[2]))
            elif op is OP.GROUPREF:
                return _ALL
        return chars

    def nullable(self, items: list[tuple[Any, Any]]) -> bool:
        for op, argument in items:
            if op is OP.AT or op in _ASSERTS:
                continue
            if op is OP.SUBPATTERN and self.nullable(list(argument[3])):
                continue
            if op is OP.BRANCH and any(self.nullable(list(a)) for a in argument[1]):
                continue
            if op in _REPEATS and (argument[0] == 0 or self.nullable(list(argument[2]))):
                continue
            return False
        return True

    def contains_variable_repeat(self, items: list[tuple[Any, Any]]) -> bool:
        """Whether a quantifier in `items` can match runs of different lengths."""
        for op, argument in items:
            if op in _REPEATS:
                low, high, body = argument
                low_width, high_width = body.getwidth()
                if (low != high and high_width > 0) or low_width != high_width:
                    return True
                if self.contains_variable_repeat(list(body)):
                    return True
            if op is OP.SUBPATTERN and self.contains_variable_repeat(list(argument[3])):
                return True
            if op is OP.BRANCH and any(self.contains_variable_repeat(list(a)) for a in argument[1]):
                return True
        return False

    def work(self, items: list[tuple[Any, Any]]) -> float:
        """The product of the quantifier bounds along `items` (inf for an unbounded one): how
        many ways, at most, one pass over them can be tried."""
        total = 1.0
        for op, argument in items:
            if op in _REPEATS:
                high = argument[1]
                if high is OP.MAXREPEAT:
                    return math.inf
                total *= max(int(high), 1) * self.work(list(argument[2]))
            elif op is OP.SUBPATTERN:
                total *= self.work(list(argument[3]))
            elif op is OP.BRANCH:
                total *= max((self.work(list(a)) for a in argument[1]), default=1.0)
            elif op is getattr(OP, "ATOMIC_GROUP", None):
                total *= self.work(list(argument))
        return total

    def overlapping_alternatives(self, items: list[tuple[Any, Any]]) -> bool:
        while len(items) == 1 and items[0][0] is OP.SUBPATTERN:
            items = list(items[0][1][3])
        if len(items) != 1 or items[0][0] is not OP.BRANCH:
            return False
        seen: frozenset[int] = frozenset()
        for alternative in items[0][1][1]:
            first = self.first(list(alternative))
            if seen & first:
                return True
            seen |= first
        return False
