"""Numbers as people say them and Whisper writes them, rewritten as digit strings.

A caller reads an account number out as "four four oh one seven two three", "forty-four zero
one, seven twenty-three" or "double four zero one"; Whisper (tiny.en) writes that as the words,
or "4401723", "4-4-01-7-2-3", "44, 01, 72, 93" or "Double seven, four, one". The detail tracker compares details by their digits, so every form of one
number must come out as the same digit string. A run of number words (digits, teens, tens,
"hundred", "thousand", "double"/"triple") separated by spaces, hyphens or commas becomes the
digits said in it, one group after another: "forty four zero one" is 4401, not 44 + 1 = 45,
because a detail is read out in groups, not added up. Ordinary prose stays as it is: a run is
rewritten only when it holds three or more digits, so "one of my kids" and "two or three times"
are left alone. Runs of digits alone are left as written ("555-201-7788", "March 14, 1988"),
except single and double digits read out one by one, as Whisper writes a number said digit by
digit ("4, 4, 0, 1", "4-3-2-1-5"); thousands separators ("4,401,723") are dropped.

Everything here is one pass over the text with RE2 patterns: linear in its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mot_detect.detect.linear_regex import compile_linear

_DIGIT_WORDS = {
    "zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_REPEATS = {"double": 2, "triple": 3}
# The number words by value, for others that read numbers as said (redact/numbers.py).
DIGIT_WORDS, TEEN_WORDS, TENS_WORDS = _DIGIT_WORDS, _TEENS, _TENS
_NUMBER_WORDS = frozenset([*_DIGIT_WORDS, *_TEENS, *_TENS, *_REPEATS, "hundred", "thousand"])
_ZERO_ALIASES = frozenset({"oh", "o"})  # zero only inside a run: "Oh, I see" is no number
MIN_DIGITS = 3

# A word (apostrophes inside it: "o'clock" is one word, not "o" + "clock") or a digit string
# with optional thousands separators.
_TOKEN = compile_linear(r"[a-z]+(?:'[a-z]+)*|\d{1,3}(?:,\d{3})+\b|\d+", re.IGNORECASE)
_SEPARATORS = frozenset({"", "-", ","})  # between two tokens of one run, spaces aside
_THOUSANDS = compile_linear(r"\A\d{1,3}(?:,\d{3})+\Z", 0)
_ANY_NUMBER = compile_linear(r"\d|\b(?:" + "|".join(sorted(_NUMBER_WORDS)) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Token:
    text: str  # lower-cased
    start: int
    end: int

    @property
    def is_digits(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_number(self) -> bool:
        return self.is_digits or self.text in _NUMBER_WORDS or self.text == "and"


@lru_cache(maxsize=64)  # one utterance is read several times over (given, asked, read out)
def to_digits(text: str, min_digits: int = MIN_DIGITS) -> str:
    """`text` with each spoken or spelled-out number of `min_digits` or more digits (three by
    default) written as digits. A smaller `min_digits` reads the short end of a number said
    after a pause ("oh five", "double seven") where a number is expected."""
    if not _ANY_NUMBER.search(text):
        return text  # most utterances: no digit and no number word at all
    tokens = [
        _Token(found[0].lower(), found.start(), found.end()) for found in _TOKEN.finditer(text)
    ]
    pieces: list[str] = []
    done = 0  # text before this offset is already in `pieces`
    index = 0
    while index < len(tokens):
        end = _run_end(text, tokens, index)
        if end == index:
            index += 1
            continue
        run = tokens[index:end]
        position = 0
        while position < len(run):  # each token is parsed once: linear in the run
            digits, used = _parse_run(run, position)
            if used > position and _worth_rewriting(text, run[position:used], digits, min_digits):
                pieces.append(text[done : run[position].start])
                pieces.append(digits)
                done = run[used - 1].end
            position = max(used, position + 1)
        index = end
    pieces.append(text[done:])
    return "".join(pieces)


def digits_of(text: str) -> str:
    """Only the digits of `text` once spoken numbers are digits: "44-01 seven" -> "44017"."""
    return "".join(char for char in to_digits(text) if char.isdigit())


def starts_with_number(text: str) -> bool:
    """Whether `text` begins with a number (a digit string or a number word)."""
    first = text.lstrip(" \t\r\n,-").split(None, 1)
    found = _TOKEN.search(first[0]) if first else None
    return found is not None and found.start() == 0 and _is_number_word(found[0])


def ends_with_number(text: str) -> bool:
    """Whether `text` ends in a number, sentence punctuation after it aside."""
    last = text.rstrip(" \t\r\n.,;:!?-").rsplit(None, 1)
    if not last:
        return False
    word = last[-1]
    tokens = [found for found in _TOKEN.finditer(word) if found.end() == len(word)]
    return bool(tokens) and _is_number_word(tokens[-1][0])


def _is_number_word(token: str) -> bool:
    return token[0].isdigit() or token.lower() in _NUMBER_WORDS


def _run_end(text: str, tokens: list[_Token], start: int) -> int:
    """The end (exclusive) of the run of number tokens starting at `start`."""
    if tokens[start].text in _ZERO_ALIASES and (
        start + 1 == len(tokens) or "," in _gap(text, tokens, start + 1)
    ):
        return start  # "Oh, four four one": the "oh" is an exclamation, not a zero
    end = start
    while end < len(tokens) and tokens[end].is_number:
        if end > start and _gap(text, tokens, end).strip(" \t") not in _SEPARATORS:
            break
        end += 1
    return end


def _gap(text: str, tokens: list[_Token], index: int) -> str:
    """The text between token `index` and the one before it."""
    return text[tokens[index - 1].end : tokens[index].start]


def _worth_rewriting(
    text: str, run: list[_Token], digits: str, min_digits: int = MIN_DIGITS
) -> bool:
    if len(digits) < min_digits:
        return False
    if any(not token.is_digits for token in run):
        return True
    if len(run) == 1:
        return bool(_THOUSANDS.search(run[0].text))  # "4,401,723"
    # Digits alone: only when read out one or two at a time, as Whisper writes a number said
    # digit by digit ("4, 4, 0, 1", "4-3-2-1-5", "4-4-01-7-2-3"). Longer groups are phone
    # numbers, amounts and IDs, and three short groups joined by hyphens a date ("03-14-88"):
    # all matched as written.
    if any(len(token.text) > 2 for token in run):
        return False
    hyphenated = any("-" in _gap(text, run, index) for index in range(1, len(run)))
    return not hyphenated or len(run) > 3 or all(len(token.text) == 1 for token in run)


def _parse_run(run: list[_Token], start: int) -> tuple[str, int]:
    """The digits said by the longest parsable part of `run` from `start`, and where it ends."""
    digits: list[str] = []
    index = start
    while index < len(run):
        group = _parse_group(run, index)
        if group is None:
            break
        said, index = group
        digits.append(said)
    return "".join(digits), index


def _parse_group(run: list[_Token], index: int) -> tuple[str, int] | None:
    word = run[index].text
    following = run[index + 1].text if index + 1 < len(run) else None
    if run[index].is_digits:
        return word.replace(",", ""), index + 1
    if word in _REPEATS:
        if following in _DIGIT_WORDS or (following is not None and _single_digit(following)):
            digit = str(_DIGIT_WORDS.get(following, following))
            return digit * _REPEATS[word], index + 2
        return None
    if word in _DIGIT_WORDS:
        value = _DIGIT_WORDS[word]
        if following == "hundred" and word not in _ZERO_ALIASES and value:
            return _hundreds(run, value, index + 2)
        if following == "thousand" and word not in _ZERO_ALIASES and value:
            return _thousands(run, value, index + 2)
        return str(value), index + 1
    if word in _TEENS:
        if following == "hundred":
            return _hundreds(run, _TEENS[word], index + 2)
        return str(_TEENS[word]), index + 1
    if word in _TENS:
        if following in _DIGIT_WORDS and following not in _ZERO_ALIASES and _DIGIT_WORDS[following]:
            return str(_TENS[word] + _DIGIT_WORDS[following]), index + 2
        return str(_TENS[word]), index + 1
    return None  # "and", "hundred" or "thousand" cannot start a group


def _single_digit(text: str) -> bool:
    return len(text) == 1 and text.isdigit()


def _hundreds(run: list[_Token], count: int, index: int) -> tuple[str, int]:
    """`count` hundred, then an optional "and" and a number below a hundred."""
    below, index = _below_hundred(run, index)
    return str(count * 100 + below), index


def _thousands(run: list[_Token], count: int, index: int) -> tuple[str, int]:
    """`count` thousand, then optional hundreds and a number below a hundred."""
    value = count * 1000
    if (
        index + 1 < len(run)
        and run[index].text in _DIGIT_WORDS
        and run[index].text not in _ZERO_ALIASES
        and run[index + 1].text == "hundred"
    ):
        value += _DIGIT_WORDS[run[index].text] * 100
        index += 2
    below, index = _below_hundred(run, index)
    return str(value + below), index


def _below_hundred(run: list[_Token], index: int) -> tuple[int, int]:
    start = index
    if index < len(run) and run[index].text == "and":
        index += 1
    if index >= len(run):
        return 0, start
    word = run[index].text
    if word in _TEENS:
        return _TEENS[word], index + 1
    if word in _TENS:
        following = run[index + 1].text if index + 1 < len(run) else None
        if following in _DIGIT_WORDS and following not in _ZERO_ALIASES and _DIGIT_WORDS[following]:
            return _TENS[word] + _DIGIT_WORDS[following], index + 2
        return _TENS[word], index + 1
    if word in _DIGIT_WORDS and word not in _ZERO_ALIASES and _DIGIT_WORDS[word]:
        return _DIGIT_WORDS[word], index + 1
    following = run[index + 1].text if index + 1 < len(run) else None
    if word in _ZERO_ALIASES and following in _DIGIT_WORDS and _DIGIT_WORDS[following]:
        return _DIGIT_WORDS[following], index + 2  # "four hundred oh one" is 401
    return 0, start
