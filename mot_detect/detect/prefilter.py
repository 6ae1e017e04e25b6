"""A word-start index that skips patterns which cannot match an utterance.

Most patterns begin, after a word boundary, with one of a few literal words ("\\b(?:by|before|
until)\\s+..."). Such a pattern can only match an utterance containing a word that starts with
one of those literals, so we read those literals out of the compiled pattern once and, per
utterance, compare them with the starts of its words: a set intersection instead of a regex
scan. Patterns whose start cannot be read this way are always run. The index never changes a
result, only how many regexes are tried (tests check both ways agree on real calls).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mot_detect.detect.linear_regex import LinearRegex

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

KEY_LENGTH = 3
_KEY_LENGTHS = range(1, KEY_LENGTH + 1)
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


def word_start_keys(text: str) -> frozenset[str]:
    """The first 1..KEY_LENGTH characters of every word of `text`, lower-cased."""
    words = _WORD.findall(text.lower())
    return frozenset([word[:length] for length in _KEY_LENGTHS for word in words])


def pattern_keys(pattern: re.Pattern[str] | LinearRegex) -> frozenset[str] | None:
    """Keys one of which every match must start a word with, or None when they cannot be read.

    Of all the literal words the pattern requires at a word start, the most telling set is kept
    (longer keys and fewer of them; very common words last)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # an internal parser we do not control: fall back to always running
        return None
    try:
        candidates = _candidates(list(parsed), after_boundary=False)
    except (RecursionError, MemoryError):  # nested too deep to walk: run it on every utterance
        return None
    return max(candidates, key=_selectivity, default=None)


# Words so frequent in calls that a pattern keyed on them is run on nearly every utterance.
_COMMON = frozenset(
    "a an and are as at be but by can do for go he i if in is it me my no not of oh ok on or "
    "our so th the tha thi to uh um we wha wh yes you".split()
)
_BOUNDARY_ATS = {
    sre_constants.AT_BOUNDARY,
    sre_constants.AT_BEGINNING,
    sre_constants.AT_BEGINNING_STRING,
}
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)


def _selectivity(keys: frozenset[str]) -> tuple[int, int, int]:
    return (-len(keys & _COMMON), min(len(k) for k in keys), -len(keys))


def _candidates(items: list[tuple[Any, Any]], after_boundary: bool) -> list[frozenset[str]]:
    """Key sets for the elements of a sequence that every match needs, each at a word start."""
    found: list[frozenset[str]] = []
    boundary = after_boundary
    index = 0
    while index < len(items):
        op, argument = items[index]
        index += 1
        if op is sre_constants.AT:
            boundary = argument in _BOUNDARY_ATS
        elif op is sre_constants.LITERAL:
            literal = chr(argument)
            while index < len(items) and items[index][0] is sre_constants.LITERAL:
                literal += chr(items[index][1])
                index += 1
            found.extend(_literal_keys(literal, boundary))
            boundary = not _WORD_CHAR.match(literal[-1])
        elif op is sre_constants.SUBPATTERN:
            found.extend(_candidates(list(argument[-1]), boundary))
            boundary = False
        elif op is sre_constants.BRANCH:
            best_per_alternative = []
            for alternative in argument[1]:
                options = _candidates(list(alternative), boundary)
                if not options:
                    best_per_alternative = []
                    break
                best_per_alternative.append(max(options, key=_selectivity))
            if best_per_alternative:
                found.append(frozenset().union(*best_per_alternative))
            boundary = False
        elif op in _REPEATS:
            low, _, item = argument
            if low >= 1:
                found.extend(_candidates(list(item), boundary))
                boundary = _ends_non_word(list(item))
            else:  # repeated zero times, the boundary before it still holds
                boundary = boundary and _ends_non_word(list(item))
        elif op is sre_constants.IN:
            boundary = _is_non_word_class([(op, argument)])
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            pass  # zero-width: the position, and so the boundary, is unchanged
        else:
            boundary = False
    return found


def _literal_keys(literal: str, at_word_start: bool) -> list[frozenset[str]]:
    """Keys for each word of a literal that starts at a word start."""
    keys = []
    start = 0 if at_word_start else None
    for position, char in enumerate(literal):
        if not _WORD_CHAR.match(char):
            if start is not None and position > start:
                keys.append(frozenset({literal[start : min(position, start + KEY_LENGTH)].lower()}))
            start = position + 1
    if start is not None and start < len(literal):
        keys.append(frozenset({literal[start : start + KEY_LENGTH].lower()}))
    return keys


def _ends_non_word(items: list[tuple[Any, Any]]) -> bool:
    """True when a sequence, whenever it matches anything, ends with a non-word character."""
    if not items:
        return False
    op, argument = items[-1]
    if op is sre_constants.SUBPATTERN:
        return _ends_non_word(list(argument[-1]))
    if op is sre_constants.BRANCH:
        return all(_ends_non_word(list(alternative)) for alternative in argument[1])
    if op in _REPEATS:
        return argument[0] >= 1 and _ends_non_word(list(argument[2]))
    return _is_non_word_class([items[-1]])


def _is_non_word_class(items: list[tuple[Any, Any]]) -> bool:
    """True for an element that only ever consumes non-word characters (\\s, [\\s,], ' ')."""
    if len(items) != 1:
        return False
    op, argument = items[0]
    if op is sre_constants.LITERAL:
        return not _WORD_CHAR.match(chr(argument))
    if op is not sre_constants.IN:
        return False
    for member_op, member in argument:
        if member_op is sre_constants.CATEGORY and member in (
            sre_constants.CATEGORY_SPACE,
            sre_constants.CATEGORY_NOT_WORD,
        ):
            continue
        if member_op is sre_constants.LITERAL and not _WORD_CHAR.match(chr(member)):
            continue
        return False
    return True


class KeyedRegex:
    """A compiled regex with its word-start keys: `search` skips the scan when no key is present."""

    __slots__ = ("keys", "regex")

    def __init__(self, regex: LinearRegex) -> None:
        self.regex = regex
        self.keys = pattern_keys(regex)

    def search(self, text: str, words: frozenset[str]) -> Any:
        if self.keys is not None and self.keys.isdisjoint(words):
            return None
        return self.regex.search(text)
