"""The shapes of personal data written out in a turn, found without any cue: typed card numbers
(Luhn), US social security numbers and UK national insurance numbers (python-stdnum), IBANs and
sort codes, phone numbers (phonenumbers), emails typed or spoken, identifiers spelled out, and
dates (for a date of birth or an expiry once a cue says which); the look-alike labels that say a
number is none of these. Addresses and postcodes are in `address_patterns`, names in
`name_patterns`, the shared word lists in `vocabulary`."""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import phonenumbers
from stdnum import iban
from stdnum.ie import pps as ie_pps
from stdnum.in_ import pan as in_pan
from stdnum.us import ssn as us_ssn

from mot_detect.redact.numbers import NumberToken, number_tokens
from mot_detect.redact.vocabulary import COMMON_WORDS

CUES_FILE = Path(__file__).with_name("cues.json")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str
    recognizer: str


# The types said as digits, and those said as dates.
DIGIT_KINDS = ("CARD_NUMBER", "CVV", "SSN", "PHONE", "POSTCODE", "ACCOUNT_NUMBER")
DATE_KINDS = ("EXPIRY", "DOB")


@lru_cache(maxsize=1)
def cue_patterns() -> dict[str, re.Pattern[str]]:
    """Each type's cues (cues.json) as one pattern."""
    records = json.loads(CUES_FILE.read_text(encoding="utf-8"))
    return {
        kind: re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE)
        for kind, phrases in records.items()
        if not kind.startswith("_")
    }


# (lengths bounded as the RFC bounds them, so a long run of letters and dashes is not tried to
# its end from every character)
_EMAIL = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b")


_TLD = (
    r"(?:com|net|org|edu|gov|io|co|uk|us|ca|de|fr|ie|au|info|biz|me|mail|studio|shop|store|online|"
    r"site|tech|app|dev|art|design|cafe|agency|media|events|club|farm|legal|health|services)"
)


_SPOKEN_EMAIL = re.compile(
    r"\b[a-z0-9]+(?:\s*(?:dot|underscore|dash|hyphen|[._-])\s*[a-z0-9]+)*"
    r",?\s+(?:at|@)\s+[a-z0-9]+(?:\s*(?:dash|hyphen|-)\s*[a-z0-9]+)*(?:\s+[a-z0-9]+)?"
    r"(?:\s*dot\s*[a-z0-9]+|\.[a-z0-9]+)*(?:\s*dot\s*|\.)(?:" + _TLD + r"|[a-z]{2}|[a-z] [a-z])\b",
    re.IGNORECASE,
)


# Words a spoken email does not start with ("it's reyes at gmail dot com": from "reyes").
_NOT_LOCAL = frozenset(
    "it's its is it my email address e-mail mail that's thats at me to the yeah yes sure "
    "um uh so and or was".split()
)


_CONNECTORS = frozenset("dot underscore dash hyphen plus _ . - +".split())


def _local_part_start(text: str, start: int) -> int:
    """Where a spoken address's local part starts, before the words the pattern took: letters
    spelled out ("o l u w a s e u n dot ..."), number words ("... nowak eighty eight at"),
    connectors ("k wexler plus bills @") and a name in two words ("saoirse flanagan at")."""
    words = list(re.finditer(r"[^\s,]+", text[:start]))
    taken = named_taken = 0
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        said = word[0].lower()
        spelled = len(said) == 1 and said.isalpha()
        before = words[index - 1][0].lower() if index else ""
        before = words[index - 2][0].lower() if before == "as" and index > 1 else before
        # "p for papa r i y a ...", "m as in mary ...": a letter said with its word
        spelled = spelled or (said in ("for", "as", "in") and len(before) == 1 and before.isalpha())
        after = words[index + 1][0].lower() if index + 1 < len(words) else ""
        # "hope dot m b e k i at ...": any word joined to the address by a connector
        joined = after in _CONNECTORS and start == words[index + 1].start()
        named = not spelled and said not in _NOT_LOCAL and (joined or said not in COMMON_WORDS)
        named = named and said.isalpha()
        # "walter and june at tiscali dot co dot uk": a couple's address, two names joined
        prior = words[index - 1][0].lower() if index else ""
        couple = (
            said == "and"
            and prior.isalpha()
            and prior not in _NOT_LOCAL
            and prior not in COMMON_WORDS
        )
        named = named or couple
        named_taken += named
        # Letters spelled out may be many ("x i a o l i n g dot m c c a l l"); words, a few.
        if (
            taken >= 40
            or named_taken > 4
            or not (spelled or said in _CONNECTORS or re.fullmatch(_NUMBER_WORD, said) or named)
        ):
            break
        start = word.start()
        taken += 1  # noqa: SIM113 (words are taken from the end, and not all of them)
    return start


_CLOCK_TIME = re.compile(r"(?i)\bat\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b")


_SPOKEN_AT = re.compile(r"(?i)\s(?:at|@)\s")
_LONG_TEXT = 2_000


def _spoken_emails(text: str) -> Iterator[re.Match[str]]:
    """`_SPOKEN_EMAIL`'s matches; in a long text only around each "at", where one can be (its
    chains of "dot" and "dash" would otherwise be tried from every character)."""
    if len(text) <= _LONG_TEXT:
        yield from _SPOKEN_EMAIL.finditer(text)
        return
    seen: set[tuple[int, int]] = set()
    for at in _SPOKEN_AT.finditer(text):
        lo = max(0, at.start() - 200)
        lo = lo if lo == 0 else text.find(" ", lo) + 1 or at.start()
        for match in _SPOKEN_EMAIL.finditer(text, lo, min(len(text), at.end() + 200)):
            if match.span() not in seen and match.start() <= at.start() < match.end():
                seen.add(match.span())
                yield match


def emails(text: str) -> Iterator[Found]:
    for match in _EMAIL.finditer(text):
        yield Found(match.start(), match.end(), "EMAIL", "email")
    for match in _spoken_emails(text):
        if _CLOCK_TIME.search(match[0]):
            continue  # "on 5 November at 9 a.m.": a time, not an address
        start = match.start()
        words = list(re.finditer(r"[\w'-]+", match[0]))
        for word in words:  # drop leading words that are the sentence, not the address
            if word[0].lower() in _NOT_LOCAL:
                start = match.start() + word.end()
            else:
                break
        while start < match.end() and not text[start].isalnum():
            start += 1
        start = _local_part_start(text, start)
        if " at " in text[start : match.end()].lower() or "@" in text[start : match.end()]:
            yield Found(start, match.end(), "EMAIL", "spoken email")


_DIGIT_VIEW_KEEP = re.compile(r"[+()\d]")


def _digit_view(text: str, tokens: list[NumberToken]) -> tuple[str, list[int], list[int]]:
    """`text` with spoken digits written as digits, and for each character of it where in
    `text` the word it came from starts and ends (so a match maps back to the words)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for token in tokens:
        if not token.spoken:
            continue
        filler = at and re.fullmatch(r"\s+(?:um|uh|er|erm)\s+", text[at : token.start], re.I)
        for i in range(at, token.start):
            out.append(" " if filler else text[i])  # "six one seven uh five five five ..."
            starts.append(i)
            ends.append(i + 1)
        for char in token.digits:
            out.append(char)
            starts.append(token.start)
            ends.append(token.end)
        at = token.end
    for i in range(at, len(text)):
        out.append(text[i])
        starts.append(i)
        ends.append(i + 1)
    return "".join(out), starts, ends


def phones(text: str, tokens: list[NumberToken] | None = None) -> Iterator[Found]:
    """Phone numbers (US and UK), typed or spoken, of at least ten digits: phonenumbers'
    matcher over the text with spoken digits written as digits."""
    tokens = number_tokens(text) if tokens is None else tokens
    view, starts, ends = _digit_view(text, tokens)
    view = re.sub(r"(?<=\d)[ ,](?=\d)", " ", view)
    seen: set[tuple[int, int]] = set()
    for region in ("US", "GB"):
        for match in phonenumbers.PhoneNumberMatcher(view, region, phonenumbers.Leniency.POSSIBLE):
            digits = re.sub(r"\D", "", match.raw_string)
            if len(digits) < 10 or (match.start, match.end) in seen:
                continue
            if re.search(r"\d{3} $", view[: match.start]) and match.raw_string[0].isdigit():
                continue  # the end of a longer number: "2316 8198 1284 78", a fund's USI
            seen.add((match.start, match.end))
            start = starts[match.start]
            plus = re.search(r"\bplus\s+$", text[:start], re.IGNORECASE)
            yield Found(
                plus.start() if plus else start, ends[match.end - 1], "PHONE", "phonenumbers"
            )


_SSN = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")


_PPS = re.compile(r"\b\d{7}[A-W][AHWTX]?\b")  # an Irish PPS number, typed
_PAN = re.compile(r"\b[A-Z]{5}\d{4}[A-Z]\b")  # India's permanent account number
_NINO = re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.IGNORECASE)
NINO_SHAPE = _NINO  # asked for, a national insurance number's shape is enough


# An identifier written with letters and five or more digits ("RMA330082", "RA-4184-70312",
# "FA/686142/59"), or with letters and digits interleaved ("D5T843"): what model numbers
# ("WX-550", "XR-5000") and flights ("SV 2207") are not.
_TYPED_ID = re.compile(
    r"\b(?=(?:[A-Z/-]*\d){6})[A-Z]{1,4}[-/]?\d[\dA-Z/-]*[\dA-Z]\b|\b[A-Z]+\d+[A-Z]+\d+[A-Z\d]*\b|"
    r"\b[A-Z]{2,4}[-/]\d{5,}\b|\b\d+[A-Z]+\d{4,}\b|"
    # a vehicle identification number: 17 letters and digits, never I, O or Q
    r"\b(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){3})[A-HJ-NPR-Z\d]{17}\b"
)


NATO_WORDS = frozenset(
    """alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike
    november oscar papa quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee
    zulu""".split()
) | {"x ray"}  # as a recogniser writes it


_NATO_WORD = r"(?:" + "|".join(sorted(NATO_WORDS, key=len, reverse=True)) + r")"


_NATO = r"(?:" + _NATO_WORD + r"|[a-z]+)"


# UK registration plates ("DG22 NBW"), and letters then digit groups ("LN 1941 9193").
_PLATE_OR_GROUPED = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b|\b[A-Z]{1,4}\s(?:\d{3,}\s?){2,}\b")


def typed_ids(text: str) -> Iterator[Found]:
    # Token by token (no id has a space in it): its look-ahead would otherwise scan a long run
    # of letters and dashes from every character.
    for token in re.finditer(r"\S{1,200}", text):
        for match in _TYPED_ID.finditer(text, token.start(), token.end()):
            yield Found(match.start(), match.end(), "ACCOUNT_NUMBER", "typed id")
    for match in _PLATE_OR_GROUPED.finditer(text):
        yield Found(match.start(), match.end(), "ACCOUNT_NUMBER", "typed id")


@lru_cache(maxsize=1)
def _spelled_out() -> re.Pattern[str]:
    """Letters and digits said one by one, some spelled with words ("t as in tango five y as in
    yankee", "seven oh w y four three three four", "e n seven nine two four double nine oh")."""
    item = (
        r"(?:(?<!['’])\b[a-z]\s+(?:as in|for)\s+"
        + _NATO
        + r"\b|(?<!['’])\b[a-z]\b(?!'\w)|"
        + _NUMBER_WORD
        + r"\b|\b\d+\b|dash\b|slash\b)"  # "\b" first: not tried inside a long number
    )
    return re.compile(
        r"(?:" + item + r"[\s,]+(?:(?:uh|um|er|erm)[\s,]+)?){3,30}" + item, re.IGNORECASE
    )


# Spelled in the NATO alphabet without "as in": "papa tango seven one nine nine", "oscar yankee
# echo lima". Three or more NATO words and digits, of which at least two NATO words.
@lru_cache(maxsize=1)
def _bare_nato() -> re.Pattern[str]:
    item = r"(?:" + _NATO_WORD + r"|" + _NUMBER_WORD + r"|\d+)"
    return re.compile(r"(?i)\b(?:" + item + r"[\s,-]+){2,30}" + item + r"\b")


_NUMBER_WORD = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|double|triple)"
)


# A label that says the number after it is no personal data: an error code, a flight, a room,
# a model; a year after "in" or "since".
_LOOKALIKE_LABEL = re.compile(
    r"(?i)\b(?:error|fault|model|flight|gate|platform|seat|room|version|extension|route|terminal|"
    r"locker|compartment|"
    r"centre|center|branch(?! code)|depot|store number|"
    r"(?:screen|display|light|panel) (?:says|shows|reads|is showing|displays|flashes)|"
    r"(?:fly|flying|flies|flew)(?:\s+\w+){0,2}\s+on(?:\s+the)?)(?:\s+(?:number|no\.?|code))?"
    r"(?:\s+(?!(?:is|it|to|in|on|my|at|of|as|be|do|go|he|if|me|or|so|up|us|we|an|am)\b)"
    r"[a-z]{1,2}\b){0,3}[\s#:-]*$"
)


_DEVICE_SERIAL = re.compile(
    r"(?i)\b(?:sim(?:['’]s)? serial|iccid|imei)(?: number| no\.?)?(?: will be| is| was|:)?\s*$"
)


# A price said after what it prices: "the total is two thousand one fifty seven fifty seven",
# "you're on eighty nine ninety nine now".
_PRICE_LABEL = re.compile(
    r"(?i)\b(?:(?:total|balance|amount|price|cost|fee|charge|bill|premium|excess|refund)"
    r"(?:\s+(?:on|for|of) (?:this|the|your|that) \w+)?\s+"
    r"(?:is|was|of|comes to|will be|would be)|costs?|comes to|you're on|down to|"
    r"refunding(?: you)?(?: the)?)\s+(?:now\s+|about\s+|around\s+|just\s+|only\s+)?"
    r"(?:(?:a|and|" + _NUMBER_WORD + r")\s+){0,3}$"
)


# An airline's two-character code before a flight's number, in a turn about flying.
_AIRLINE_CODE = re.compile(
    r"\b(?-i:[A-Z][A-Z0-9]|(?!(?:is|in|on|at|to|of|it|as|be|by|do|go|he|if|me|my|no|or|so|up|us|we|"
    r"an|am)\b)[a-z] ?[a-z])\s?$"
)


_ABOUT_FLYING = re.compile(
    r"(?i)\b(?:flight|flights|fly|flying|flew|plane|airline|airport|landing|lands|departs|boarding)\b"
)


def before(text: str, at: int, width: int = 300) -> str:
    """What a pattern anchored at `at` looks back on: `text[:at]`, or its last `width`
    characters in a long utterance (so that each value does not search all that came before)."""
    return text[max(0, at - width) : at]


@lru_cache(maxsize=64)
def cased(text: str) -> bool:
    """Whether `text` has capitals (typed, not the recogniser's lower case); asked once per word
    of a long utterance, so kept."""
    return any(c.isupper() for c in text)


class Spans:
    """Spans of a text, asked whether one holds a stretch, in log time: a long utterance holds
    thousands of values and numbers, which must not be compared pair by pair."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end of the spans up to each
        for _, end in ordered:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def hold(self, start: int, end: int) -> bool:
        """Whether one span has start <= `start` and `end` <= its end."""
        i = bisect.bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end

    def overlap(self, start: int, end: int) -> bool:
        """Whether one span shares a character with [start, end)."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start


@lru_cache(maxsize=256)
def about_flying(text: str) -> bool:
    """Whether `text` speaks of flights (cached: asked once per number in a long utterance)."""
    return _ABOUT_FLYING.search(text) is not None


def spelled_flight(said: str) -> bool:
    """An airline's two-letter (or three-letter ICAO) code and a flight's number, spelled: "f r
    four eight one two", "e z y one four five three"."""
    return (
        re.fullmatch(
            r"[a-z]\s?[a-z](?:\s?[a-z])?(?:\s+(?:" + _NUMBER_WORD + r"|\d+)){1,4}", said, re.I
        )
        is not None
    )


_YEAR_BEFORE = re.compile(r"(?i)\b(?:in|since|from|until|till|by|year|back in|of|for)\s+$")


def labelled_lookalike(text: str, start: int, digits: str) -> bool:
    """Whether the number at `start` is labelled as something that is not personal data."""
    before = text[max(0, start - 60) : start]
    if _LOOKALIKE_LABEL.search(before) or _PRICE_LABEL.search(before):
        return True
    if _DEVICE_SERIAL.search(before):
        return True  # "The new SIM's serial will be 8440 9018 ...": Luhn-valid, and no card
    if _AIRLINE_CODE.search(before) and about_flying(text):
        return True  # "The flight was HY 2291, and we'd been rebooked from HY 2285."
    years = [digits[i : i + 4] for i in range(0, len(digits), 4)]
    return (
        bool(digits)
        and len(digits) % 4 == 0
        and all(y[:2] in ("19", "20") for y in years)
        and bool(_YEAR_BEFORE.search(before))
    )  # "in 2018", "in twenty twenty two and twenty twenty three"


def nato_spelled(text: str) -> Iterator[Found]:
    """A value spelled in the NATO alphabet: an id when it has digits, else a name spelled."""
    for match in _bare_nato().finditer(text):
        words = re.findall(r"[\w-]+", match[0].lower())
        if sum(w in NATO_WORDS for w in words) < 2:
            continue
        kind = "NAME" if all(w in NATO_WORDS for w in words) else "ACCOUNT_NUMBER"
        yield Found(match.start(), match.end(), kind, "nato spelled")


def spelled_ids(text: str) -> Iterator[Found]:
    """Identifiers said letter by letter with at least two letters and four digits in them."""
    for match in _spelled_out().finditer(text):
        said = match[0].lower()
        letters = len(re.findall(r"(?<![a-z'])[a-z](?![a-z'])", said))
        digits = len(re.findall(r"\d|\b" + _NUMBER_WORD + r"\b", said))
        leading = re.match(r"\s*(?![ai]\b)[a-z]\b", said) is not None  # "b one eight seven ..."
        enough = (
            (letters >= 2 and digits >= 4)
            or (letters >= 3 and digits >= 2)
            or (leading and digits >= 5)
            or (letters >= 4 and digits >= 1)
        )
        # "i'm flying on the twenty ninth it's f r four eight one two"
        flight = about_flying(text) and spelled_flight(said.strip())
        if enough and not flight and not _SPELLED_POSTCODE.fullmatch(match[0].strip()):
            yield Found(match.start(), match.end(), "ACCOUNT_NUMBER", "spelled id")
        elif not digits and len(re.findall(r"\b(?:as in|for)\b", said)) >= 2:
            yield Found(match.start(), match.end(), "NAME", "spelled name")  # NATO, no digits


_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b")


_SORT_CODE_ACCOUNT = re.compile(r"\b(\d{2}-\d{2}-\d{2}),?\s+(\d{8})\b")


def sort_codes(text: str) -> Iterator[Found]:
    """A sort code and an account number typed together: "00-89-48, 85890289"."""
    for match in _SORT_CODE_ACCOUNT.finditer(text):
        yield Found(match.start(1), match.end(1), "ACCOUNT_NUMBER", "sort code")
        yield Found(match.start(2), match.end(2), "ACCOUNT_NUMBER", "sort code")


_IBAN_LENGTHS = {
    "IE": 22, "GB": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "PT": 25,
    "AT": 20, "CH": 21, "PL": 28, "SE": 24, "DK": 18, "NO": 15, "FI": 18, "LU": 20, "GR": 27,
}  # fmt: skip


def ibans(text: str) -> Iterator[Found]:
    """Bank account numbers in IBAN form ("GB87 NWBK 6500 8741 0004 85"), by their check digits."""
    for match in _IBAN.finditer(text):
        compact = re.sub(r"\s", "", match[0])
        if iban.is_valid(match[0]) or _IBAN_LENGTHS.get(compact[:2]) == len(compact):
            # a misread or mistyped IBAN fails its check digits but keeps its country's length
            yield Found(match.start(), match.end(), "ACCOUNT_NUMBER", "iban")


def national_ids(text: str) -> Iterator[Found]:
    for match in _SSN.finditer(text):
        if us_ssn.is_valid(re.sub(r"\D", "", match[0])):
            yield Found(match.start(), match.end(), "SSN", "stdnum us.ssn")
    for match in _NINO.finditer(text):
        if _nino_valid(match[0]):
            yield Found(match.start(), match.end(), "SSN", "uk nino")
    for match in _PAN.finditer(text):
        if in_pan.is_valid(match[0]):
            yield Found(match.start(), match.end(), "SSN", "stdnum in.pan")
    for match in _PPS.finditer(text):
        if ie_pps.is_valid(match[0]):  # "I'd it written down: 3180153L"
            yield Found(match.start(), match.end(), "SSN", "stdnum ie.pps")


def _nino_valid(said: str) -> bool:
    """HMRC's rules for a national insurance number's prefix (python-stdnum has none)."""
    prefix = said[:2].upper()
    return (
        prefix[0] not in "DFIQUV"
        and prefix[1] not in "DFIQUVO"
        and prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    )


_DIGIT_WORD = r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|\d)"
# ... and as a recogniser may write it for a caller it mishears ("e one free six y j").
_HEARD_DIGIT = (
    r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|\d|to|for|won|ate|tree|free|sex)"
)
# A digit said as a word, as a ZIP or the last digits of a phone are read out.
SAID_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"


# A UK postcode spelled out: "n e six eight z a", "s w one a one a a", "g one two nine q n".
# A two-letter area said as one word ("de eighteen three y h"), and a district said as a number
# ("eighteen", "twenty two").
_LETTER = r"(?:[a-z])"


_UK_AREA_WORDS = (
    r"(?:ab|al|ba|bb|bd|bh|bl|bn|br|bs|bt|ca|cb|cf|ch|cm|co|cr|ct|cv|cw|da|dd|de|dg|dh|dl|dn|dt|"
    r"dy|ec|eh|en|ex|fk|fy|gl|gu|gy|ha|hd|hg|hp|hr|hs|hu|hx|ig|im|ip|iv|je|ka|kt|kw|ky|la|ld|le|"
    r"ll|ln|ls|lu|me|mk|ml|ne|ng|nn|np|nr|nw|ol|ox|pa|pe|ph|pl|po|pr|rg|rh|rm|sa|se|sg|sk|sl|sm|"
    r"sn|so|sp|sr|ss|st|sw|sy|ta|td|tf|tn|tq|tr|ts|tw|ub|wa|wc|wd|wf|wn|wr|ws|wv|yo|ze)"
)


_UK_DISTRICT_NUMBER = (
    r"(?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s" + _DIGIT_WORD + r")?)"
)


_SPELLED_POSTCODE = re.compile(
    r"\b(?:"
    + _LETTER
    + r"(?:\s"
    + _LETTER
    + r")?|"
    + _UK_AREA_WORDS
    + r")\s(?:"
    + _UK_DISTRICT_NUMBER
    + r"|"
    + _HEARD_DIGIT
    + r"(?:\s(?:"
    + _LETTER
    + r"|"
    + _HEARD_DIGIT
    + r"))?)\s"
    + _HEARD_DIGIT
    + r"\s"
    + _LETTER
    + r"\s"
    + _LETTER
    + r"\b",
    re.IGNORECASE,
)


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)


_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|\d{1,2}(?:st|nd|rd|th))"
)


# "nought" for zero and a recogniser's "oh won" for oh one: "one nought twenty seven"
_DATE_PART = (
    r"(?:" + _MONTH + r"|" + _ORDINAL + r"|" + _NUMBER_WORD + r"|nought|(?<=oh )won|\d{1,4}|'\d{2})"
)


_DATE = re.compile(
    r"\b" + _DATE_PART + r"(?:(?:(?<=thousand)\s+and\s+|(?<=hundred)\s+and\s+|\s*[/.-]\s*|"
    r"\s+(?:of\s+|the\s+|slash\s+|dash\s+)*|,\s*)" + _DATE_PART + r"){0,10}\b",
    re.IGNORECASE,
)


# A card's expiry said as a month of a year named by its distance: "the second month of next
# year", "february next year".
RELATIVE_MONTH = re.compile(
    r"(?i)\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|\d{1,2}(?:st|nd|rd|th)) month|"
    + _MONTH
    + r")(?: of)? (?:next|this|the following) year\b"
)


def dates(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Date-like stretches of text[start:]: "3 March 1984", "oh four slash twenty seven"."""
    for match in _DATE.finditer(text, start):
        said = match[0]
        if (
            re.search(r"\d", said)
            or re.search(_MONTH, said, re.IGNORECASE)
            or len(said.split()) > 1
        ):
            yield match.start(), match.end()
