"""A card number and what goes with it inside one turn: pieces broken by talk, a first try taken
back, a block corrected or read back, and the expiry or code said beside it."""

from __future__ import annotations

import bisect
import re

from mot_detect.redact import patterns
from mot_detect.redact.numbers import (
    NumberRun,
    block_said_twice,
    issued_start,
    luhn_window,
    number_tokens,
    split_at_pauses,
)
from mot_detect.redact.patterns import Found

MAX_CARD_DIGITS = 19
_CORRECTION = re.compile(
    r"\b(?:no|sorry|wait|hang on|hold on|i mean|actually|let me start again|start again|scratch that|"
    r"wrong|that's wrong|that's not right|oops)\b",
    re.IGNORECASE,
)


def corrected_values(text: str, runs: list[NumberRun], found: list[Found]) -> list[Found]:
    """Digits said before a value and taken back ("five four two eight no wait that's <the card
    number>", "385... hold on, <the social>"): a first try at it, as secret as the value."""
    values = [f for f in found if f.kind in ("CARD_NUMBER", "SSN", "ACCOUNT_NUMBER", "PHONE")]
    out = []
    for run in runs:
        after = [f for f in values if f.start >= run.end]
        if not after or len(run.digits) < 3:
            continue
        if any(f.start < run.end and run.start < f.end for f in found):
            continue
        first = min(after, key=lambda f: f.start)
        if _CORRECTION.search(text[run.end : first.start]):
            out.append(Found(run.start, run.end, first.kind, "corrected"))
    return out


_REPLACED_SIZES = {"CVV": (3, 4), "EXPIRY": (3, 4, 6)}


def replacing_values(text: str, runs: list[NumberRun], found: list[Found]) -> list[Found]:
    """A code or expiry said again after taking the first back ("four four five ah no wait
    that's the old card it's eight three two"): the value the caller meant, as secret."""
    out: list[Found] = []
    starts = [r.start for r in runs]  # in order
    taken = patterns.Spans((f.start, f.end) for f in found)
    for value in found:
        sizes = _REPLACED_SIZES.get(value.kind)
        at = bisect.bisect_left(starts, value.end) if sizes else len(runs)
        if at == len(runs):
            continue
        run = runs[at]  # the first run after the value
        gap = text[value.end : run.start]
        if (
            len(run.digits) in sizes
            and len(gap.split()) <= 12
            and _CORRECTION.search(gap)
            and not taken.overlap(run.start, run.end)
            and not any(f.start == run.start for f in out)
        ):
            out.append(Found(run.start, run.end, value.kind, "corrected"))
    return out


def corrected_block(text: str, runs: list[NumberRun]) -> list[NumberRun]:
    """`runs`, with a last block said again after a correction joined to the run it corrects:
    "forty seven fourteen uh two oh three six no sorry that's wrong two zero three seven" is one
    piece of a card, 4714 2037; "double eight one three no wait sorry i'll say that again double
    eight one three" is one, 8813."""
    if len(runs) < 2:
        return runs
    first, block = runs[-2], runs[-1]
    if len(block.digits) not in (3, 4) or not _takes_back(text[first.end : block.start]):
        return runs
    said, cut = 0, len(first.tokens)
    while cut > 0 and said < len(block.digits):
        cut -= 1
        if cut not in first.taken_back:
            said += len(first.tokens[cut].digits)
    if said != len(block.digits) or (cut == 0 and first.digits != block.digits):
        return runs  # (all of it, when it is said again: "double eight one three no wait ...")
    taken = first.taken_back | frozenset(range(cut, len(first.tokens)))
    return [*runs[:-2], NumberRun(first.tokens + block.tokens, taken)]


def block_taken_back(text: str, run: NumberRun, runs: list[NumberRun]) -> bool:
    """Whether `run` is a block taken back by the next run of the turn, as long, after a
    correction ("5293... no, wait, I misread it. 4627.")."""
    after = [r for r in runs if r.start >= run.end]
    if not after or len(after[0].digits) != len(run.digits):
        return False
    return _takes_back(text[run.end : after[0].start])


def _takes_back(gap: str) -> bool:
    """Whether the words between two numbers take the first back ("no sorry that's wrong")."""
    return len(gap.split()) <= 8 and _CORRECTION.search(gap) is not None


def card_split_in_turn(text: str, runs: list[NumberRun], cards: list[Found]) -> list[Found]:
    """A card number broken inside one turn by more than a filler ("four two six nine two oh
    six one sorry my phone's about to die ..."): consecutive runs of three or more digits,
    the first starting as cards do (2-6), whose digits together are 13-19 long and Luhn-valid,
    with no more than a dozen words between two pieces; a block said twice counts once."""
    out: list[Found] = []
    for i, first in enumerate(runs):
        if first.digits[0] not in "23456" or len(first.digits) < 3:
            continue
        chain = [first]
        joined = block_said_twice(text, first).digits
        for run in runs[i + 1 : i + 10]:  # a card in pieces has a few, not hundreds
            if len(run.digits) < 3 or len(text[chain[-1].end : run.start].split()) > 12:
                break
            chain.append(run)
            if run.digits == chain[-2].digits:
                continue  # "five one four oh uh five one four zero sorry i said that twice"
            joined += run.digits
            if len(joined) > MAX_CARD_DIGITS:
                break
            if whole_card(joined):
                if not all(
                    any(c.start <= r.start and r.end <= c.end for c in cards) for r in chain
                ):
                    out += [Found(r.start, r.end, "CARD_NUMBER", "luhn pieces") for r in chain]
                break
    return out


def card_window(digits: str) -> tuple[int, int] | None:
    """Where in digits joined over pieces a card in use now is (`card_shaped`, Luhn-valid)."""
    for size in (16, 15):
        for first in range(0, len(digits) - size + 1):
            window = luhn_window(digits[first : first + size], range(size, size + 1))
            if window is not None and card_shaped(digits[first : first + size]):
                return first, first + size
    return None


def whole_card(digits: str) -> bool:
    """Whether all of `digits`, joined over pieces, are one card in use now (`card_shaped`,
    Luhn-valid)."""
    return (
        card_shaped(digits) and luhn_window(digits, range(len(digits), len(digits) + 1)) is not None
    )


def card_shaped(digits: str) -> bool:
    """Digits joined over pieces that could be a card in use now: 15 starting 34 or 37 (Amex),
    16 starting 2, 4, 5 or 6 (a chance Luhn pass on pieces of other numbers is one in ten)."""
    if len(digits) == 15:
        return digits[:2] in ("34", "37")
    return len(digits) == 16 and digits[0] in "2456" and issued_start(digits)


def four_digit_groups(text: str, run: NumberRun) -> list[NumberRun]:
    """The blocks of four digits a card is read in: typed ("5173, 1872") or said between pauses
    ("nine six seven four, no, nine six three four")."""
    typed = [NumberRun((t,)) for t in run.tokens if len(t.digits) == 4]
    return typed or [p for p in split_at_pauses(text, run) if len(p.digits) == 4]


_CARD_FIX = re.compile(
    r"(?i)(?:(?:last|first|middle|next|third|second) (?:bit|part|group|four|digits?|numbers?|block)"
    r"(?:'s| (?:was|is|should be|should have been|are|were))?|"
    r"(?:no|sorry),? (?:it's|it is|that's|i mean))"
    r"\W*$"
)


# The block named after its digits: "was it three nine three ate in the third bit".
_BLOCK_AFTER = re.compile(
    r"(?i)\s+(?:in|for|as|is) the (?:first|second|third|fourth|last|middle|next) "
    r"(?:bit|part|group|block|four)\b"
)


# One digit taken back: "no sorry that was an eight", "hang on the last one's a three".
_DIGIT_FIX = re.compile(
    r"(?i)\b(?:no|sorry|hang on|wait)\b.{0,20}\b(?:(?:the )?last (?:one|digit|number)|that(?: one)?)"
    r"(?:'s| is| was| should be| should have been)(?: an?)?\W*$"
)


# A code given before what it is: "and 5036 on the front", "472 is the security code".
_CODE_AFTER = re.compile(
    r"(?i)^\s*(?:on the (?:front|back)|is the (?:security |three digit |four digit )?(?:code|number)|"
    r"for the (?:cvv|cvc|code|security code))\b"
)


def card_fixes(text: str, runs: list[NumberRun], found: list[Found]) -> list[Found]:
    """Beside a card number: a piece corrected after it ("No, sorry, that last bit was 2250")
    and a code said before what it is ("and 5036 on the front")."""
    out = []
    held = patterns.Spans((f.start, f.end) for f in found)
    for whole in runs:
        rest = tuple(t for t in whole.tokens if not held.hold(t.start, t.start + 1))
        if not rest:
            continue
        run = NumberRun(rest)  # "06/32, and 5036 on the front": the part after the expiry
        before = text[max(0, run.start - 40) : run.start]
        if (
            (len(run.digits) >= 2 and _CARD_FIX.search(before))
            or (len(run.digits) == 1 and _DIGIT_FIX.search(before))
            or (len(run.digits) >= 3 and _BLOCK_AFTER.match(text[run.end :]))
        ):
            out.append(Found(run.start, run.end, "CARD_NUMBER", "corrected piece"))
        elif len(run.digits) in (3, 4) and _CODE_AFTER.match(text[run.end :]):
            out.append(Found(run.start, run.end, "CVV", "code before its name"))
    return out


_TYPED_EXPIRY = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:\d{2}|20\d{2})(?![\d/])")
# ... or with a dash or a dot after its own label ("exp 11-29", "expires 04.28")
_LABELLED_EXPIRY = re.compile(
    r"(?i)\b(?:exp|expires|expiry|expiration|valid (?:thru|through|to|until))\.?:?\s*"
    r"((?:0?[1-9]|1[0-2])[-.](?:\d{2}|20\d{2}))(?![\d/.-])"
)


_MONTH_YEAR = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.? '?(?:\d{2}|20\d{2})\b(?![/:])"
)


# "... 5521 april twenty eight and eight two four": a month and a year said after the card
_MONTH_FULL_YEAR = re.compile(r"(?i)\b" + patterns._MONTH + r",? 20[2-4]\d\b(?![/:])")
_SAID_MONTH_YEAR = re.compile(
    r"(?i)\b"
    + patterns._MONTH
    + r"\s+(?:twenty|thirty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?\b"
)
_SAID_EXPIRY = re.compile(
    r"(?i)\b(?:ends|expires|exp|expiry)\s+((?:"
    + patterns._NUMBER_WORD
    + r")(?:\s+(?:"
    + patterns._NUMBER_WORD
    + r")){1,2})\b(?!\s+(?:"
    + patterns._NUMBER_WORD
    + r")\b)"
)


def typed_expiry(text: str, found: list[Found]) -> list[Found]:
    """A month and year typed as "12/28" beside a card number, or said after "ends" or
    "expires" ("... oh nine ends eight twenty nine"): its expiry, asked for or not."""
    out = [
        Found(m.start(), m.end(), "EXPIRY", "typed expiry")
        for m in _TYPED_EXPIRY.finditer(text)
        if not any(f.start < m.end() and m.start() < f.end for f in found)
    ]
    out += [
        Found(m.start(1), m.end(1), "EXPIRY", "typed expiry")
        for m in _LABELLED_EXPIRY.finditer(text)
        if not any(f.start < m.end(1) and m.start(1) < f.end for f in found)
    ]
    cards = [f.end for f in found if f.kind == "CARD_NUMBER"]
    out += [
        Found(m.start(), m.end(), "EXPIRY", "month and year after the card")
        for pattern in (_MONTH_YEAR, _SAID_MONTH_YEAR)
        for m in pattern.finditer(text)
        if any(0 <= m.start() - end <= 3 for end in cards)  # "4332 ... 9397, Nov 27, ..."
        and not any(f.start < m.end() and m.start() < f.end for f in found)
    ]
    if len(text.split()) <= 12:  # "Yes. November 2029, and 679." straight after the card
        out += [
            Found(m.start(), m.end(), "EXPIRY", "month and year in card talk")
            for m in _MONTH_FULL_YEAR.finditer(text)
            if not any(
                f.start <= m.start() and m.end() <= f.end and f.kind == "EXPIRY" for f in found
            )
        ]
    for m in _SAID_EXPIRY.finditer(text):
        digits = "".join(t.digits for t in number_tokens(m[1]))
        taken = any(f.start < m.end(1) and m.start(1) < f.end for f in found)
        if not taken and len(digits) in (3, 4) and 1 <= int(digits[:-2]) <= 12:
            out.append(Found(m.start(1), m.end(1), "EXPIRY", "said expiry"))
    return out


_THEN_THE_CODE = re.compile(r"(?i)[\s,]*(?:and|then)?[\s,]*(?:(?:the )?code(?: is)?)?[\s,:]*")


def code_after_expiry(text: str, runs: list[NumberRun], found: list[Found]) -> list[Found]:
    """Three or four digits straight after the expiry, in a turn that gave the card ("1417.
    Expiry 12/2032, and 274."): its security code, asked for or not."""
    ends = [f.end for f in found if f.kind == "EXPIRY"]
    out = []
    taken = patterns.Spans((f.start, f.end) for f in found)
    for whole in runs:  # "12/2032, and 274" is one run: the part after the expiry
        rest = tuple(t for t in whole.tokens if not taken.overlap(t.start, t.end))
        run = NumberRun(rest) if rest else None
        if (
            run is not None
            and len(run.digits) in (3, 4)
            and any(e <= run.start and _THEN_THE_CODE.fullmatch(text[e : run.start]) for e in ends)
        ):
            out.append(Found(run.start, run.end, "CVV", "code after the expiry"))
    return out


def relative_expiries(text: str, start: int, found: list[Found]) -> list[Found]:
    return [
        Found(m.start(), m.end(), "EXPIRY", "relative month")
        for m in patterns.RELATIVE_MONTH.finditer(text, start)
        if not any(f.start < m.end() and m.start() < f.end for f in found)
    ]
