"""The letters that end an Irish PPS number, a UK national insurance number or an Indian PAN,
said after the digits: "3534478 L", "two nine two six two nine two h a", "... five three nine uh hang on i",
or alone in the caller's next turn ("seven two eight three nine two zero" / "go on" / "w a").

A letter is taken only where it makes the number valid: a PPS number's check letter (mod 23,
python-stdnum), a national insurance number's suffix (A to D after two prefix letters and six
digits) or a PAN's last letter (after five letters, the fourth saying who holds it, and four
digits), so a word such as "a" or "i" after other digits stays."""

from __future__ import annotations

import re

from stdnum.ie import pps as ie_pps

from mot_detect.redact import patterns
from mot_detect.redact.numbers import number_tokens
from mot_detect.redact.patterns import Found

_LETTER = r"(?:(?:" + patterns._NATO_WORD + r")|[a-z])"
# The letters, after a filler or a pause the caller takes before them, up to the end of the
# sentence or the agent's "is that right".
_TAIL = re.compile(
    r"(?i)^[\s,.]*(?:(?:um|uh|er|erm|sorry|hang on|hold on|wait|and|the letter|letter)[\s,.]+)*"
    r"(" + _LETTER + r")(?:\s?(" + _LETTER + r"))?"
    r"(?=[\s]*(?:[.?!,]|$|is that|that's|yes|correct|right))(?!')"
)
_ALONE = re.compile(
    r"(?i)^\W*(?:(?:it's|its|and|then|okay|ok|yes|yeah|sorry)\W+)*"
    r"(" + _LETTER + r")(?:\s?(" + _LETTER + r"))?\W*$"
)
_LEADING_LETTERS = re.compile(r"^(?:(?:[a-zA-Z]\s)+|[A-Z]{2,5}(?=\s?\d))")  # "c r ...", "GK 63"
# The fourth letter of an Indian PAN says what holds it (P a person, C a company, ...).
_PAN_HOLDERS = "PCHFATBLJG"


def _letter(word: str) -> str:
    return word[0].upper()


def _valid(digits: str, prefix: str, letters: str) -> bool:
    if not prefix:
        return len(digits) == 7 and ie_pps.is_valid(digits + letters)
    if len(prefix) == 5:  # "e r x p i 7324 um sorry f": a PAN's last letter has no check
        return len(digits) == 4 and len(letters) == 1 and prefix[3] in _PAN_HOLDERS
    return len(digits) == 6 and letters in ("A", "B", "C", "D") and patterns._nino_valid(prefix)


# The first part of a national insurance number, said alone: "Okay, GK 63", "it's j s four one".
_NINO_START = re.compile(
    r"^\W*(?:(?i:okay|ok|yes|yeah|sure|right|so|it's|its|it is)\W+)*"
    r"([A-Z]{2}\s?\d{2}|(?i:[a-z]\s[a-z]\s(?:"
    + patterns.SAID_DIGIT
    + r"\s"
    + patterns.SAID_DIGIT
    + r"|\d{2})))\W*$"
)


def nino_start(text: str) -> tuple[Found, tuple[str, str]] | None:
    """The first part of a national insurance number said alone, with its digits and prefix."""
    match = _NINO_START.match(text)
    if match is None:
        return None
    said = match[1]
    prefix = re.sub(r"[^A-Za-z]", "", re.match(r"(?i)[a-z]\s?[a-z]", said)[0]).upper()
    digits = "".join(t.digits for t in number_tokens(said[2:]))
    if len(digits) != 2 or not patterns._nino_valid(prefix):
        return None
    return Found(match.start(1), match.end(1), "SSN", "id in pieces"), (digits, prefix)


def _fitting_letters(match: re.Match[str], digits: str, prefix: str) -> int | None:
    """Which of the match's letter groups (2: both letters, 1: the first) make the id valid."""
    for group in (2, 1):
        if match[group] is not None:
            letters = "".join(_letter(match[g]) for g in range(1, group + 1))
            if _valid(digits, prefix, letters):
                return group
    return None


def waiting_letters(
    text: str, found: Found, before: tuple[str, str] | None = None
) -> tuple[str, str] | None:
    """The digits and prefix letters of an id found in `text` that still lacks its letters,
    or None when it is complete or no such id; `before` is the start of a national insurance
    number said in the speaker's last turn ("GK 63" / "35 61 A")."""
    said = text[found.start : found.end]
    tokens = number_tokens(said)
    if found.kind not in ("SSN", "ACCOUNT_NUMBER") or not tokens:
        return None
    if tokens[-1].end < len(said.rstrip(" .,")):
        return None  # its letter is in it already ("... seven oh p")
    digits = "".join(t.digits for t in number_tokens(said))
    lead = _LEADING_LETTERS.match(said)
    lead = lead if lead and tokens[0].start >= lead.end() else None  # not "oh seven ..."
    prefix = re.sub(r"\s", "", lead[0]).upper() if lead else ""
    if before is not None and before[1] and not prefix and len(before[0]) + len(digits) <= 6:
        digits, prefix = before[0] + digits, before[1]
    # an account number of seven digits is no PPS number; spelled letters before digits can be
    if (len(prefix), len(digits)) in ((0, 7), (2, 6), (5, 4)) and (prefix or found.kind == "SSN"):
        return digits, prefix
    return None


def letters_after(text: str, found: Found, before: tuple[str, str] | None = None) -> list[Found]:
    """The check letters said after an id found in `text` (none if they do not fit)."""
    waiting = waiting_letters(text, found, before)
    if waiting is None:
        return []
    match = _TAIL.match(text[found.end :])
    if match is None:
        return []
    group = _fitting_letters(match, *waiting)
    if group is None:
        return []
    start = found.end + (0 if match.start(1) == 1 else match.start(1))
    return [Found(start, found.end + match.end(group), "SSN", "check letter")]


def letters_alone(text: str, digits: str, prefix: str) -> Found | None:
    """The letters of an id said alone in the next turn ("w a")."""
    match = _ALONE.match(text)
    if match is None:
        return None
    group = _fitting_letters(match, digits, prefix)
    return None if group is None else Found(match.start(1), match.end(group), "SSN", "check letter")
