"""The forms a value is known by when it is read back later in the call: its digits, its last
four, a date's digits in any order, an expiry's month and year. `Finder` keeps only keyed hashes
of these."""

from __future__ import annotations

import re

from mot_detect.redact.numbers import number_tokens
from mot_detect.redact.patterns import DATE_KINDS

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


_ORDINAL_WORDS = {
    "first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five",
    "sixth": "six", "seventh": "seven", "eighth": "eight", "ninth": "nine", "tenth": "ten",
    "eleventh": "eleven", "twelfth": "twelve", "twentieth": "twenty", "thirtieth": "thirty",
}  # fmt: skip


def _cardinal(word: re.Match[str]) -> str:
    lowered = word[0].lower()
    if lowered in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[lowered]
    return lowered[:-2] if re.fullmatch(r"\w+teenth", lowered) else word[0]


def date_digits(said: str) -> str:
    """A date's digits with its month as two ("Jul '31" -> "0731"; "may sixteenth" -> "0516")."""
    said = re.sub(r"(\d+)(?:st|nd|rd|th)\b", r"\1", re.sub(r"[A-Za-z]+", _cardinal, said))
    digits = []
    for token in re.finditer(r"[A-Za-z]+|\d+", said):
        month = token[0][:3].lower()
        if month in _MONTHS and not token[0].isdigit():
            digits.append(f"{_MONTHS.index(month) + 1:02d}")
    numbers = "".join(t.digits for t in number_tokens(said))
    return "".join(digits) + numbers if digits else numbers


def full_date(said: str) -> bool:
    return len(date_digits(said)) >= 5


def echo_forms(kind: str, digits: str) -> list[str]:
    """The digit strings a value may be read back as: whole; the last four of a long number;
    an expiry as month and two-digit year ("05/2028" read back as "05/28")."""
    if len(digits) < 3:
        return []
    if kind in DATE_KINDS:
        # A date read back in another form ("19/02/1967" as "19 February 1967"): by its digits
        # in any order; an expiry by month and year ("five thirty" as "may twenty thirty").
        return [date_key(digits)] + ([expiry_key(digits)] if kind == "EXPIRY" else [])
    forms = [digits]
    if len(digits) > 4 and kind in ("CARD_NUMBER", "SSN", "ACCOUNT_NUMBER", "PHONE"):
        forms.append(digits[-4:])
    if kind in ("CARD_NUMBER", "ACCOUNT_NUMBER") and len(digits) <= 40:
        # read back in pieces: "3792 686446..." (a longer "value" is no one's, and its pieces
        # would be thousands)
        forms += [digits[i:j] for i in range(len(digits)) for j in range(i + 5, len(digits) + 1)]
    return forms


def expiry_key(digits: str) -> str:
    """An expiry's month and two-digit year from its digits (month first, as said)."""
    if len(digits) in (3, 4):
        month, year = digits[:-2], digits[-2:]
    else:
        month, year = digits[:2], digits[-2:]
    return f"expiry:{int(month or 0):02d}{year}"


def date_key(digits: str) -> str:
    """Any order, zeros left out: "05/16/1953" and "five sixteen nineteen fifty three"."""
    return "date:" + "".join(sorted(digits.replace("0", "")))
