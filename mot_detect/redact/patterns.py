"""The shapes of personal data written out in a turn, found without any cue: typed card numbers
(Luhn), US social security numbers and UK national insurance numbers (python-stdnum), phone
numbers (phonenumbers), emails typed or spoken, street addresses, UK postcodes and US ZIP codes
after a state, names after a title or "my name is", and dates (for a date of birth or an expiry
once a cue says which)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import phonenumbers
from stdnum import iban
from stdnum.us import ssn as us_ssn

from mot_detect.redact.numbers import NumberToken, number_tokens

CUES_FILE = Path(__file__).with_name("cues.json")
COMMON_WORDS_FILE = Path(__file__).with_name("common_words.txt")
LEXICON_FILE = Path(__file__).with_name("lexicon.json")


@lru_cache(maxsize=1)
def vocabulary_ranks() -> dict[str, int]:
    """The whole words of the shipped model's WordPiece vocabulary (about 22,000) by rank: its
    ids are in order of frequency ("the" first), so a rank says how ordinary a word is."""
    from mot_detect.detect.model import TOKENIZER_FILE, default_model_dir

    tokenizer = default_model_dir() / TOKENIZER_FILE
    vocab = json.loads(tokenizer.read_text(encoding="utf-8"))["model"]["vocab"]
    ranked = sorted((i, word) for word, i in vocab.items() if word.isalpha())
    return {word: rank for rank, (_, word) in enumerate(ranked)}


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The vocabulary's whole words: a word in lower case after "thanks" or "my mother" is taken
    as a name only when it is none of these."""
    return frozenset(vocabulary_ranks())


def _common_words() -> frozenset[str]:
    words = []
    for line in COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines():
        words += line.split("#", 1)[0].split()
    return frozenset(words)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str
    recognizer: str


@lru_cache(maxsize=1)
def cue_patterns() -> dict[str, re.Pattern[str]]:
    """Each type's cues (cues.json) as one pattern."""
    records = json.loads(CUES_FILE.read_text(encoding="utf-8"))
    return {
        kind: re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE)
        for kind, phrases in records.items()
        if not kind.startswith("_")
    }


# ---- emails ----
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_TLD = r"(?:com|net|org|edu|gov|io|co|uk|us|ca|de|fr|ie|au|info|biz|me|mail)"
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
    for word in reversed(words):
        said = word[0].lower()
        spelled = len(said) == 1 and said.isalpha()
        named = not spelled and said not in _NOT_LOCAL and said not in COMMON_WORDS
        named = named and said.isalpha()
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


def emails(text: str) -> Iterator[Found]:
    for match in _EMAIL.finditer(text):
        yield Found(match.start(), match.end(), "EMAIL", "email")
    for match in _SPOKEN_EMAIL.finditer(text):
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


# ---- phone numbers ----
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
            seen.add((match.start, match.end))
            start = starts[match.start]
            plus = re.search(r"\bplus\s+$", text[:start], re.IGNORECASE)
            yield Found(
                plus.start() if plus else start, ends[match.end - 1], "PHONE", "phonenumbers"
            )


# ---- national identifiers ----
_SSN = re.compile(r"\b\d{3}[- ]\d{2}[- ]\d{4}\b")
_NINO = re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.IGNORECASE)


# An identifier written with letters and five or more digits ("RMA330082", "RA-4184-70312",
# "FA/686142/59"), or with letters and digits interleaved ("D5T843"): what model numbers
# ("WX-550", "XR-5000") and flights ("SV 2207") are not.
_TYPED_ID = re.compile(
    r"\b(?=(?:[A-Z/-]*\d){6})[A-Z]{1,4}[-/]?\d[\dA-Z/-]*[\dA-Z]\b|\b[A-Z]+\d+[A-Z]+\d+[A-Z\d]*\b|"
    r"\b[A-Z]{2,4}[-/]\d{5,}\b|\b\d+[A-Z]+\d{4,}\b"
)


NATO_WORDS = frozenset(
    """alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike
    november oscar papa quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee
    zulu""".split()
)
_NATO_WORD = r"(?:" + "|".join(sorted(NATO_WORDS, key=len, reverse=True)) + r")"
_NATO = r"(?:" + _NATO_WORD + r"|[a-z]+)"
# UK registration plates ("DG22 NBW"), and letters then digit groups ("LN 1941 9193").
_PLATE_OR_GROUPED = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b|\b[A-Z]{1,4}\s(?:\d{3,}\s?){2,}\b")


def typed_ids(text: str) -> Iterator[Found]:
    for match in _TYPED_ID.finditer(text):
        yield Found(match.start(), match.end(), "ACCOUNT_NUMBER", "typed id")
    for match in _PLATE_OR_GROUPED.finditer(text):
        yield Found(match.start(), match.end(), "ACCOUNT_NUMBER", "typed id")


@lru_cache(maxsize=1)
def _spelled_out() -> re.Pattern[str]:
    """Letters and digits said one by one, some spelled with words ("t as in tango five y as in
    yankee", "seven oh w y four three three four", "e n seven nine two four double nine oh")."""
    item = (
        r"(?:\b[a-z]\s+(?:as in|for)\s+"
        + _NATO
        + r"\b|(?<!['’])\b[a-z]\b(?!'\w)|"
        + _NUMBER_WORD
        + r"\b|\d+\b|dash\b|slash\b)"
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
    r"centre|center|branch|depot|store number|"
    r"(?:screen|display|light|panel) (?:says|shows|reads|is showing|displays|flashes)|"
    r"(?:fly|flying|flies|flew)(?:\s+\w+){0,2}\s+on(?:\s+the)?)(?:\s+(?:number|no\.?|code))?"
    r"(?:\s+(?!(?:is|it|to|in|on|my|at|of|as|be|do|go|he|if|me|or|so|up|us|we|an|am)\b)"
    r"[a-z]{1,2}\b){0,3}[\s#:-]*$"
)
# Where a number is a place in a venue, not a house: "section three twelve row k".
_VENUE_PLACE = re.compile(r"(?i)\b(?:section|aisle|stand|tier|cabin|deck|locker|berth)\s*$")
# A price said after what it prices: "the total is two thousand one fifty seven fifty seven",
# "you're on eighty nine ninety nine now".
_PRICE_LABEL = re.compile(
    r"(?i)\b(?:(?:total|balance|amount|price|cost|fee|charge|bill|premium|excess|refund)\s+"
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


def about_flying(text: str) -> bool:
    return _ABOUT_FLYING.search(text) is not None


def spelled_flight(said: str) -> bool:
    """An airline's two-letter code and a flight's number, spelled: "f r four eight one two"."""
    return (
        re.fullmatch(r"[a-z]\s?[a-z](?:\s+(?:" + _NUMBER_WORD + r"|\d+)){1,4}", said, re.I)
        is not None
    )


_YEAR_BEFORE = re.compile(r"(?i)\b(?:in|since|from|until|till|by|year|back in|of|for)\s+$")


def labelled_lookalike(text: str, start: int, digits: str) -> bool:
    """Whether the number at `start` is labelled as something that is not personal data."""
    before = text[max(0, start - 60) : start]
    if _LOOKALIKE_LABEL.search(before) or _PRICE_LABEL.search(before):
        return True
    if _AIRLINE_CODE.search(before) and _ABOUT_FLYING.search(text):
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


def ibans(text: str) -> Iterator[Found]:
    """Bank account numbers in IBAN form ("GB87 NWBK 6500 8741 0004 85"), by their check digits."""
    for match in _IBAN.finditer(text):
        if iban.is_valid(match[0]):
            yield Found(match.start(), match.end(), "ACCOUNT_NUMBER", "iban")


def national_ids(text: str) -> Iterator[Found]:
    for match in _SSN.finditer(text):
        if us_ssn.is_valid(re.sub(r"\D", "", match[0])):
            yield Found(match.start(), match.end(), "SSN", "stdnum us.ssn")
    for match in _NINO.finditer(text):
        if _nino_valid(match[0]):
            yield Found(match.start(), match.end(), "SSN", "uk nino")


def _nino_valid(said: str) -> bool:
    """HMRC's rules for a national insurance number's prefix (python-stdnum has none)."""
    prefix = said[:2].upper()
    return (
        prefix[0] not in "DFIQUV"
        and prefix[1] not in "DFIQUVO"
        and prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    )


# ---- street addresses and postcodes ----
_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl|"
    r"terrace|close|crescent|parkway|pkwy|highway|hwy|circle|cir|square|sq|row|grove|gardens|"
    r"walk|hill|trail|mews|park|plaza|parade|gate|rise|view|green|quay|wharf|broadway|ridge|"
    r"heights|chase|meadows?|vale|loop|run|pike|alley|crossing|point|yard|bend|cove|creek|glen|"
    r"knoll|landing|hollow|path|spur|circus|embankment|esplanade|promenade|wynd|brae|drove|end|"
    r"mount|croft|fold|garth|reach|side|fields|leys|dale|hey|gait|mead)"
)
_UNIT_FIRST = (
    r"(?:(?:(?:flat|apartment|apt\.?|unit|suite)\s*[\w-]+|\d[A-Za-z]\d|\d{1,2}/\d{1,2}),?\s+)?"
)
# Words a street's name does not hold: "thirty five dollars each way" is a price.
_NOT_STREET = (
    r"(?!(?:and|the|of|for|to|in|at|on|by|or|is|was|with|from|i|my|your|we|it|dollars?|pounds?|bucks|euros?|cents?|"
    r"minutes?|hours?|days?|weeks?|months?|years?|times?|each|per|a|every|more|less|miles?|"
    r"units?|boxes|people|kids|customers|staff|guys|men|women|engineers|workers|friends|visitors|"
    r"patients|students|children|either|neither|any|no|that|this|half|all|long|other|same|which|"
    r"what|whole|zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)"
)
_HOUSE_NUMBER = (
    r"(?:\d{1,5}[-/]\d{1,6}[a-z]?|\d{1,6}[a-z]?|"
    + _NUMBER_WORD
    + r"(?:[\s-]+(?:and\s+)?"
    + _NUMBER_WORD
    + r"){0,4}(?:\s+(?-i:[a-h])\b)?)"
)
# A flat's or unit's own number: "4B", "three twelve", "one oh four b".
_UNIT_ID = (
    r"(?:\d{1,2}/\d{1,2}\b|\d{1,5}[a-z]?\b|[a-z]\b|"
    + _NUMBER_WORD
    + r"(?:[\s-]+"
    + _NUMBER_WORD
    + r"){0,3})(?:\s+[a-z]\b)?"
)
_UNIT = (
    r"(?:,?\s+(?:apartment|apt\.?|unit|suite|ste\.?|flat|floor|number|no\.|#)\s*(?:"
    + _UNIT_ID
    + r"|[\w-]+))?"
)
# A building's name between a flat and the street: "Flat 12, Tolhurst House, 28 ...".
_BUILDING = (
    r"(?:[A-Z][a-z]+\s+(?-i:House|Court|Lodge|Mansions|Tower|Building|Apartments|Block|Hall|"
    r"Place|Point|Works|Mill|Wharf),?\s+|(?-i:(?:The\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+)?"
)
# A flat or unit before a named building or street needs no house number: "Flat 73, Corbridge
# Court", "flat fifteen great western road".
_UNIT_LEAD = (
    r"(?:flat|apartment|apt\.?|unit|suite)\s*"
    + _UNIT_ID
    + r",?(?:\s+"
    + _BUILDING
    + _HOUSE_NUMBER
    + r")?"
)
# "Rainier Ave S", "Elm Street NW", "university avenue southeast": a compass point after the
# street type (as letters in capitals only).
_COMPASS = (
    r"(?:\s+(?:(?-i:N|S|E|W|NE|NW|SE|SW)\b\.?|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\b))?"
)
# Street types said before the name: "37 Heol y Nant", "12 rue des Lilas".
_STREET_FIRST = r"(?:heol|ffordd|stryd|rue|calle|camino|paseo|via|avenida|rua|calzada)"
_ADDRESS = re.compile(
    r"\b(?:"
    + _UNIT_LEAD
    + r"|"
    + _UNIT_FIRST
    + _HOUSE_NUMBER
    + r")(?:\s+"
    + _NOT_STREET
    + r"(?:[a-z][a-z'’.-]*|\d{1,3}(?:st|nd|rd|th))){1,3}?"
    r"\s+"
    + _SUFFIX
    + r"\b(?:\s+"
    + _SUFFIX
    + r"\b)?\.?"
    + r"(?:(?:(?<=road)|(?<=route))\s+(?:\d{1,4}|"
    + _NUMBER_WORD
    + r"(?:\s+"
    + _NUMBER_WORD
    + r")?)\b|(?:(?<=highway)|(?<=hwy))\s+\d{1,4}\b)?"
    + _COMPASS
    + _UNIT
    + r"|\b(?:(?:flat|apartment|apt\.?|unit)\s*"
    + _UNIT_ID
    + r",?\s+)?\d{1,5}[a-z]?\s+[A-Z][a-z]+\s+(?-i:House|Court|Lodge|Mansions|Tower|Building),\s+"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+"
    + _SUFFIX
    + r"\b"
    + r"|\b"
    + _HOUSE_NUMBER
    + r"\s+"
    + _STREET_FIRST
    + r"(?:\s+[a-z][a-z'’-]*){1,3}?(?=\s*(?:,|$))"
    + _UNIT,
    re.IGNORECASE,
)
_TOWN = re.compile(
    r"(?:,\s+(?!(?:Mr|Mrs|Ms|Miss|Dr|Yes|No|Thanks|Please|Is|And)\b)[A-Z][a-z]+"
    r"(?:[\s-]+[A-Z][a-z]+){0,2}(?:(?<=Dublin)\s+\d{1,2}[Ww]?\b)?){1,2}(?:,?\s+[A-Z]{2,3}\b)?"
)
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
# A Canadian postal code: "V9S 8L5"; with its space, in any letters and either case ("l1u 6d0"),
# as a recogniser or a caller's typo may give it.
_CA_POSTCODE = re.compile(
    r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d\b|"
    r"\b(?i:[a-z]\d[a-z] \d[a-z]\d)\b"
)
# An Australian postcode after a town and its state: "West End QLD 4076" (not "SA 1472", a flight).
_AU_POSTCODE = re.compile(r"\b[A-Z][a-z]+,?\s+(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+(\d{4})\b")
# An Irish Eircode: a routing key ("T12", "D6W") and four characters ("3XCC").
_EIRCODE = re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[A-Z0-9]{4}\b")
# The same in a recogniser's lower case: "ls6 3dw", "b29 7wu" (with the space: "a 4 day" is not).
_UK_POSTCODE_LOWER = re.compile(
    r"\b[a-pr-uwyz][a-hk-y]?\d[a-hjkps-uw\d]?\s(?!\d(?:st|nd|rd|th)\b)\d[abd-hjlnp-uw-z]{2}\b"
)
# A ZIP code after a town's state: "Albany, NY 12210" (not "agent ID 22318").
_STATE_ZIP = re.compile(
    r"(?<=[a-z],\s[A-Z]{2}\s)\d{5}(?:-\d{4})?\b|(?<=[a-z],\s[A-Z]{2},\s)\d{5}(?:-\d{4})?\b"
)
# "... pershing avenue in bellevue nine eight one eight seven": a ZIP after "in" and the town.
_ZIP_AFTER_IN_TOWN = re.compile(
    r"^,?\s+in\s+[a-z]+(?:\s[a-z]+)?,?\s+((?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){4}\b|\d{5}\b)",
    re.IGNORECASE,
)
_SPOKEN_NUMBERS = re.compile(
    r"^,?\s+((?:" + _NUMBER_WORD + r")(?:\s+(?:" + _NUMBER_WORD + r")){1,4})\b", re.I
)


def _spoken_zip(rest: str) -> re.Match[str] | None:
    """Number words straight after an address that come to five digits: "ninety eight one nine
    eight"."""
    match = _SPOKEN_NUMBERS.match(rest)
    if match and len("".join(t.digits for t in number_tokens(match[1]))) == 5:
        return match
    return None


_ZIP_AFTER_TOWN = re.compile(
    r"^,?\s+(?:[A-Z][a-z]+\s*,?\s*)?(\d{5}(?:-\d{4})?\b|\d{4}(?=\s*(?:[,.?!]|$))|"
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){4}\b)",
    re.IGNORECASE,
)


_STATES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|"
    "hawaii|idaho|illinois|indiana|iowa(?! city)|kansas(?! city)|kentucky|louisiana|maine|maryland|"
    "massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|"
    "new hampshire|new jersey|new mexico|new york(?! city)|north carolina|north dakota|ohio|"
    "oklahoma(?! city)|"
    "oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|"
    "vermont|virginia|washington|west virginia|wisconsin|wyoming|district of columbia"
)
_DIGIT_WORD = r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|\d)"
# A ZIP code said after its state: "brooklyn new york one one one three eight", ", Ohio 43215".
_ZIP_AFTER_STATE = re.compile(
    r"\b(?:"
    + _STATES
    + r")\b,?\s+((?:\d{5}(?:-\d{4})?\b)|"
    + _DIGIT_WORD
    + r"(?:[\s-]+"
    + _DIGIT_WORD
    + r"){4}\b)",
    re.IGNORECASE,
)
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
    + _DIGIT_WORD
    + r"(?:\s(?:"
    + _LETTER
    + r"|"
    + _DIGIT_WORD
    + r"))?)\s"
    + _DIGIT_WORD
    + r"\s"
    + _LETTER
    + r"\s"
    + _LETTER
    + r"\b",
    re.IGNORECASE,
)
# A town said right after the street, before the state, the ZIP or the end of the turn.
_TOWN_SAID = re.compile(
    r"\s+(?!(?:in|on|at|and|the|for|please|thanks|but|so|near|by)\b)([a-z][a-z'-]+"
    r"(?:\s(?!(?:in|on|at|and|the|is)\b|" + _NUMBER_WORD + r"\b)[a-z][a-z'-]+)?)"
    # ... then the end, a state, a postcode (said, spelled or NATO-spelled) or a check
    r"(?=\s*(?:[,.?]|$|\s[a-z]\sfor\s[a-z]+\b|\s(?:is that|is it|yeah|yes|please|right|correct)\b|\s(?:"
    + _STATES
    + r")\b|\s"
    + _DIGIT_WORD
    + r"\b|\s"
    + _LETTER
    + r"(?:\s"
    + _LETTER
    + r")?\s"
    + _DIGIT_WORD
    + r"\b|\s[a-z]{1,2}\d[a-z\d]?\s\d[a-z]{2}\b|\s"
    + _NATO_WORD
    + r"\b|\s(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b))"
)


_LINE_START = re.compile(
    r"\b(?:(?:flat|apartment|apt\.?|unit|suite)\s+"
    + _UNIT_ID
    + r"(?:,?\s+(?!oh\b|o\b)"
    + _HOUSE_NUMBER
    + r")?|(?:\d{1,2}/\d{1,2},?\s+)?(?!oh\b|o\b)"
    + _HOUSE_NUMBER
    + r")\b",
    re.IGNORECASE,
)
_LINE_STOP = re.compile(
    r"(?i)^(?:and|but|please|is|was|that's|thats|thanks|thank|yeah|yes|okay|ok|i|we|it's|my|"
    r"in|for|since|from|so|um|uh|er|dash|hyphen|slash|point|dot|there|here|then)$"
)


def said_address(text: str, start: int) -> Found | None:
    """The street line said after `start` when an address was asked for: from the house number
    to the postcode, the end or the next clause ("twenty nine the maltings saltaire ...")."""
    match = _LINE_START.search(text, start)
    if match is None or match.start() - start > 25:
        return None
    end = words = 0
    tail = text[match.end() :]
    for token in re.finditer(r"[A-Za-z][\w'’-]*|[^\w\s,]|\d+", tail):
        said = token[0]
        rest = tail[token.start() :]
        letter_then = re.match(r"[a-z]\s+(?:[a-z]\b|\d|" + _NUMBER_WORD + r"\b)", rest, re.I)
        if not said[0].isalpha() or _LINE_STOP.match(said) or words >= 8 or letter_then:
            break  # a letter before a letter or a number starts a spelled postcode
        if re.fullmatch(_NUMBER_WORD + "|" + _NATO_WORD, said, re.IGNORECASE):
            break
        if (
            _UK_POSTCODE.match(rest)
            or _UK_POSTCODE_LOWER.match(rest)
            or _SPELLED_POSTCODE.match(rest)
        ):
            break
        end = token.end()
        words += 1
    first = re.match(r"\W*(?:the\s+)?([A-Za-z][\w'’-]*)", tail, re.IGNORECASE)
    if words < 2 or first is None or not re.match(_NOT_STREET, first[1], re.IGNORECASE):
        return None  # "I have three kids, ...": a count, not a street
    return Found(match.start(), match.end() + end, "ADDRESS", "asked address")


def addresses(text: str) -> Iterator[Found]:
    cased = any(c.isupper() for c in text)
    for match in _ADDRESS.finditer(text):
        street = re.sub(r"^[\d\W]+", "", match[0])
        if cased and street and not re.search(r"[A-Z]", street) and not re.match(r"\d", match[0]):
            continue  # "I've had three customers walk out": words, not a street
        if _VENUE_PLACE.search(text[: match.start()]):
            continue  # "section three twelve row k": a seat in a stadium
        end = match.end()
        state_next = re.match(r"\s*,?\s*(?:" + _STATES + r")\b", text[end:], re.I)
        written = _TOWN.match(text, end)
        said = _TOWN_SAID.match(text, end)
        if written and not state_next:
            end = written.end()
        elif (
            said
            and not state_next
            and (
                not any(w in COMMON_WORDS for w in said[1].split())
                or _spoken_zip(text[said.end() :])
            )
        ):
            end = said.end()
        yield Found(match.start(), end, "ADDRESS", "street address")
        zip_code = (
            _ZIP_AFTER_TOWN.match(text[end:])
            or _ZIP_AFTER_IN_TOWN.match(text[end:])
            or _spoken_zip(text[end:])
        )
        if zip_code:
            yield Found(
                end + zip_code.start(1), end + zip_code.end(1), "POSTCODE", "zip after town"
            )


def postcodes(text: str) -> Iterator[Found]:
    for match in _UK_POSTCODE.finditer(text):
        yield Found(match.start(), match.end(), "POSTCODE", "uk postcode")
    for match in _UK_POSTCODE_LOWER.finditer(text):
        yield Found(match.start(), match.end(), "POSTCODE", "uk postcode")
    for match in _CA_POSTCODE.finditer(text):
        yield Found(match.start(), match.end(), "POSTCODE", "canadian postcode")
    for match in _AU_POSTCODE.finditer(text):
        yield Found(match.start(1), match.end(1), "POSTCODE", "australian postcode")
    for match in _EIRCODE.finditer(text):
        if re.search(r"\d", match[0][3:]) or re.search(r"(?i)eircode", text[: match.start()]):
            yield Found(match.start(), match.end(), "POSTCODE", "eircode")
    for match in _SPELLED_POSTCODE.finditer(text):
        yield Found(match.start(), match.end(), "POSTCODE", "uk postcode spelled")
    for match in _ZIP_AFTER_STATE.finditer(text):
        yield Found(match.start(1), match.end(1), "POSTCODE", "zip after state")
    for match in _STATE_ZIP.finditer(text):
        yield Found(match.start(), match.end(), "POSTCODE", "zip after state")


# ---- names ----
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)?"
_ANY_CASE_WORD = r"(?:" + _NAME_WORD + r"|[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+)"
# A capitalised name whose second part after a hyphen may be lower case: "Hyun-woo", "Kerry-Ann".
_HYPHENED_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)?"
# "They've put Boateng as my first name."
_PUT_AS_NAME = re.compile(
    r"\b(?i:put|have|has|got|spelt|spelled|written|down)\s+(" + _NAME_WORD + r")\s+(?i:as)\s+"
    r"(?i:my|the|his|her|their|your)\s+(?i:first |last |sur|middle |family |given )?(?i:name)\b"
)
# Particles inside a name: "de la Cruz", "van der Berg", "Ní Bhriain", "bin Said".
PARTICLES = frozenset(
    "de la del della van der von den di da le du bin ibn al el ni nic mac mc st".split()
)
_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|mr|mrs|ms|miss|dr|[Mm]ister|[Mm]issus|[Dd]octor)\.?\s+((?:(?:Ó|Ní|Nic|Mac|Ua|de|van|von|ap|bin|al)\s+)?[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)?"
    r"(?:\s+[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)?)?)"
)
_INTRODUCED = re.compile(
    r"\b(?:my name is|my name's|name is|name's|this is|i'm|i am|it's|call me|speaking with|"
    r"you're speaking with|you are speaking with|(?:my )?(?:husband|wife|son|daughter|mother|"
    r"father|partner|mum|mom|dad|fiancé|fiancée|fiance|fiancee),?|he's|she's)\s+("
    + _NAME_WORD
    + r"(?:\s+"
    + _NAME_WORD
    + r"){0,3})",
    re.IGNORECASE,
)
_LOWER_INTRODUCED = re.compile(
    r"\b(?:my name is|my name's|my names|name is|name's)\s+([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+(?:\s+[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+){0,2})"
    r"|\b(?:this is|i'm|you're speaking with|speaking with|you're speaking to|speaking to|"
    r"you're through to|through to)\s+"
    r"([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+"
    r"(?:\s(?!(?:i|in|at|from|and|the|here|calling|with|about)\b)[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+)?)"
    r"(?=\s*(?:[,.!?]|$|\s(?:can|how|from|with|speaking|calling|and|here|at|on|i|do|what|who|"
    r"i'll|i've|is|are|may|could|would|her|his|their|the|returning|about|in|i|born|let's|so)\b))"
)
# Whose name something is in: "Can it be in Heath's name too?", "it's in my wife's name sara".
_IN_NAME_OF = re.compile(r"\b(?i:in|under)\s+(" + _ANY_CASE_WORD + r")['’]s\s+(?i:name)\b")
# A name spelled letter by letter with hyphens: "M-C-C-A-R-T-H-Y", "C-O-N-O-R".
# With a separate prefix said first: "O, space, R-A-G-H-A-L-L-A-I-G-H".
_HYPHEN_SPELLED = re.compile(r"\b(?:[A-Z],?\s+(?i:space),?\s+)?(?:[A-Z]-){3,}[A-Z]\b")
# Greeting or thanking someone by name: "Hi Brianna," / "thanks ronan and ...".
_GREETED = re.compile(
    r"\b(?i:hi|hiya|hello|hey|thanks|thank you|morning|afternoon|evening|bye|okay|ok|sorry|"
    r"no worries|about that|got it thanks|right)"
    r",?\s+([A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+)(?=\s*(?:[,.!?;]|$|\s[a-zß-öø-ÿĀ-ſ']+\b))"
)
# A name said back or checked: "Is that Leilani Kapule?", "still for Gwendolyn Ashby", "it's
# solveig brandvold" (in lower case, two words that are no common English words).
_CHECKED = re.compile(
    r"\b(?i:is that|that's|it's|is it|still(?: for)?|for|under|me now,|named|called|and is that|"
    r"been to|made out to|addressed to|in the name of|under the name of|signed for by)"
    r"\s+("
    + _NAME_WORD
    + r"\s+"
    + _NAME_WORD
    + r"|[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+\s+[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)"
    r"(?=\s*(?:[?.,!;]|$|\s(?:and|her|his|my|i|i've|i'm|from|please|right|correct|no|yes)\b))"
)
# "Hi, Bartholomew Quaye." / "the engineer, Colm," / "was called Rhys"
_ROLES = (
    r"called|named|engineer|technician|nurse|doctor|driver|landlord|landlady|daughter|son|wife|"
    r"husband|partner|carer|manager|plumber|electrician|supervisor|colleague|neighbou?r|adjuster|"
    r"advisor|adviser|consultant|surveyor|midwife|social worker|courier|fitter|by|flatmate|"
    r"housemate|director|patrol driver|patrol|officer|inspector|teacher|caretaker|friend|"
    r"brother|sister|mum|mom|dad|mother|father|rider|roofer|builder|joiner|handyman|gardener|"
    r"cleaner|locksmith|decorator|mechanic|installer|assessor|vet|is called|calls me|call me"
)
# The same roles in a recogniser's lower case: "the app says the rider shahid delivered it".
_ROLE_LOWER = re.compile(
    r"\b(?:the|our|your|my)\s+(?:rider|driver|courier|engineer|technician|plumber|electrician|roofer|"
    r"builder|joiner|handyman|gardener|cleaner|locksmith|decorator|mechanic|installer|"
    r"nurse|carer|surveyor|adjuster|fitter|advisor|adviser|midwife|caretaker|inspector)"
    r"\s+([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)\b"
)
_NAMED_ONE = re.compile(
    r"\b(?:(?i:hi|hello|hiya),\s+(" + _NAME_WORD + r"\s+" + _NAME_WORD + r")(?=\s*[.,!])|"
    r"(?i:"
    + _ROLES
    + r"),?(?:\s+is)?\s+((?:[a-zß-öø-ÿĀ-ſ]\s)?"
    + _NAME_WORD
    + r"(?:\s+"
    + _NAME_WORD
    + r")?)"
    r"(?=\s*(?:[.,!?;]|$|\s(?:and|again|who|was|is|will|instead|from|said|has|had)\b))|"
    r"\b(?:"
    + _ROLES
    + r"),?(?:\s+is)?\s+((?:[a-zß-öø-ÿĀ-ſ]\s)?[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+(?:\s[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)?)"
    r"(?=\s*(?:[.,!?;]|$|\s(?:and|again|who|was|is|will|instead|from|said|has|had)\b)))"
)
# A first name alone at the end of a check: "that's under aurelie", "is that for ... under maeve"
_CHECKED_ONE = re.compile(
    r"\b(?:under|that's|is that|for)\s+([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)(?:\s*[?.]?$|"
    r"(?=(?:\s+[a-z]\b){3,}\s*[?.]?$))"
)
# "hi it's june okonjo i booked ...", "it's zofia in finance": only a word no dictionary has
_ITS_INTRO = re.compile(
    r"\b(?:it's|its)\s+([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+(?:\s(?!(?:i|in|at|from|and|the|here|calling|with|about)\b)"
    r"[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+)?)(?=\s*(?:[,.!?]|$|\s(?:i|in|at|from|and|calling|here|with|about|"
    r"my|on|again)\b))"
)
# Someone to ask for: "ask for delroy that's me", "can I speak to Oluwaseun, please".
_ASK_FOR = re.compile(
    r"\b(?i:ask for|asking for|speak to|speak with|talk to|put me through to|leave it with)\s+("
    + _ANY_CASE_WORD
    + r"(?:\s+"
    + _ANY_CASE_WORD
    + r")?)(?=\s*(?:[,.!?]|$|\s(?:that's|thats|he|she|they|please|he's|she's|they're|on|at|"
    r"in|if|when|or)\b))"
)
# "farah speaking", "callista here", "you're through to ezra"
_LOWER_SPEAKING = re.compile(
    r"(?<!['’])\b([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)\s+speaking\b|^(?:hi|hiya|hello|hey|yeah)?\s*([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)\s+here\b"
)
# "this is gunnar starting or stopping service today": a first name after "this is".
_THIS_IS = re.compile(r"\bthis is ([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)\b")
# An agent's name after the company in a recogniser's lower case: "keystone lettings wojciech here".
_LOWER_HERE = re.compile(
    r"(?<!['’])\b([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)\s+here\b(?=\s*(?:$|[,.!?]|\s(?:who|how|what|can|i)\b))"
)
# "Yes, I'm her son, Callum." (a relation, then the name written with a capital)
_RELATION_TYPED = re.compile(
    r"\b(?i:husband|wife|son|daughter|mother|father|partner|mum|mom|dad|brother|sister|neighbou?r|"
    r"friend|colleague|flatmate|housemate|landlord|landlady|carer|boss|housemates|flatmates|"
    r"kids|children|sons|daughters|friends|colleagues),?\s+"
    r"(" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")?(?:,?\s+(?i:and)\s+" + _NAME_WORD + r")?)"
)
# A name after whose it is: "It's my mother's account, Lucinda Farrow."
_OWNED = re.compile(
    r"\b(?:account|policy|card) (?:holder )?(?:is |was )?(?:my |our )?(?:\w+,? )?"
    r"(" + _NAME_WORD + r"\s+" + _NAME_WORD + r")|"
    r"\b(?:mother|father|husband|wife|son|daughter|partner|mum|mom|dad)'s (?:account|policy|card)"
    r",\s+(" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")?)"
)
NOT_NAMES = frozenset(
    """i a an the and or but so yes yeah no not okay ok sure well um uh just calling from with
    about here speaking sorry really very still going trying looking afraid glad happy sure
    fine good great now then there this that what who how why when where calling actually
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today tomorrow yesterday mister
    is was on in at to for of my your his her our their it its it's me you he she we they
    frustrated upset worried stuck stranded desperate annoyed angry calling ringing phoning
    also again still definitely absolutely correct right exactly hi hello hey thanks thank
    please pleasure able unable sorry new first last full middle name number card account
    the one two three four five six seven eight nine zero oh i'm i've i'll i'd it's that's
    there's we're you're can't don't won't ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand double triple second third fourth fifth sixth seventh eighth ninth tenth eleventh
    twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
    thirtieth address postcode zip email e-mail mobile phone birth date dob surname mondays
    tuesdays wednesdays thursdays fridays saturdays sundays unit flat apartment suite floor
    block ward bay""".split()
)
COMMON_WORDS = _common_words() | NOT_NAMES


# "Lakeside Family Practice, Winona speaking." / "Is that under Callum Strachan?"
_SPEAKING = re.compile(
    r"(?:^|[,.]\s+|\bthis is\s+)("
    + _HYPHENED_NAME
    + r"(?:\s+"
    + _HYPHENED_NAME
    + r"){0,2})\s+(?:speaking|here|on reception|at reception|on the desk|on the front desk)\b|"
    r"\b(?i:through to|speaking (?:to|with)|you've reached|talking to|chatting (?:to|with))\s+"
    r"([A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+(?:\s+(?!(?:at|from|in|on|with|how|can|and|i)\b)[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)?)"
    r"(?=\s*(?:[,.!?]|$|\s(?:at|from|in|on|with|how|can|and|i|i'm|what|who)\b))|"
    r"\bunder(?: the name(?: of)?)?\s+(" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")?)"
)
# A relation's name said in lower case: "my landlord hamish gillespie", "my partner's ottilie marsh"
_RELATION_LOWER = re.compile(
    r"\b(?:my|our|his|her)\s+(?:husband|wife|son|daughter|mother|father|partner|mum|mom|dad|"
    r"landlord|landlady|brother|sister|neighbou?r|boss|friend|grandson|granddaughter|"
    r"grandmother|grandfather|carer|fiance|fiancee|fiancé|fiancée)(?:'s|\s+is)?,?\s+([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+(?:\s+[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)?)"
)


def _name_words(text: str, start: int, end: int, first_any: bool = False) -> tuple[int, int] | None:
    """The part of text[start:end] that is name words: stops at the first word that is not
    (`first_any`: the first word is taken even when it is also a word, "Hope", "June": the
    question or the introduction says a name comes)."""
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", text[start:end]))
    kept = []
    for word in words:
        lowered = word[0].lower()
        if (
            first_any
            and not kept
            and len(lowered) > 1
            and lowered not in _NEVER_FIRST
            and not _inflected(lowered)
            and (lowered in WORDS_THAT_ARE_NAMES or lowered not in COMMON_WORDS)
        ):
            kept.append(word)
            continue
        if word[0].isupper() and 1 < len(word[0]) <= 4 and word[0].isalpha():
            break  # "Full name, SSN and date of birth": an acronym
        if kept and lowered in PARTICLES:
            kept.append(word)
            continue
        if word[0].lower() in NOT_NAMES or (word[0].islower() and word[0] in COMMON_WORDS):
            break
        if len(word[0]) == 1 and kept:
            break  # the spelling that follows a name: `spelled_after`
        kept.append(word)
    if not kept:
        return None
    return start + kept[0].start(), start + kept[-1].end()


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of `pattern`, also those starting inside an earlier one ("It's me now,
    Felicity Hargreave": "It's me now" does not hide "now, Felicity Hargreave")."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        yield match
        at = match.start() + 1


def names(text: str) -> Iterator[Found]:
    for match in _HYPHEN_SPELLED.finditer(text):
        yield Found(match.start(), match.end(), "NAME", "spelled name")
    for pattern, source in (
        (_TITLED, "title"),
        (_INTRODUCED, "introduced"),
        (_LOWER_INTRODUCED, "introduced"),
        (_GREETED, "greeted"),
        (_OWNED, "owner"),
        (_SPEAKING, "speaking"),
        (_RELATION_LOWER, "relation"),
        (_CHECKED, "checked"),
        (_CHECKED_ONE, "checked"),
        (_NAMED_ONE, "named"),
        (_ITS_INTRO, "introduced"),
        (_LOWER_SPEAKING, "speaking"),
        (_RELATION_TYPED, "relation"),
        (_ASK_FOR, "asked for"),
        (_IN_NAME_OF, "whose name"),
        (_ROLE_LOWER, "role"),
        (_PUT_AS_NAME, "put as name"),
        (_LOWER_HERE, "speaking"),
        (_THIS_IS, "introduced"),
    ):
        for match in _overlapping(pattern, text):
            group = next(g for g in range(1, (pattern.groups or 1) + 1) if match.group(g))
            if pattern is _INTRODUCED and not match[group][0].isupper():
                continue
            first_word = match[group].split()[0].lower()
            if contraction_of_word(first_word):
                continue  # "thank you she's been worried", "He's here"
            if _inflected(first_word):
                continue  # "i'm flying on the 29th", "i'm worried", "i'm cancelling the card"
            said = match[group]
            loose = pattern in (
                _GREETED,
                _CHECKED,
                _CHECKED_ONE,
                _RELATION_LOWER,
                _NAMED_ONE,
                _ITS_INTRO,
                _ASK_FOR,
                _IN_NAME_OF,
                _ROLE_LOWER,
                _LOWER_HERE,
                _THIS_IS,
            )
            first_name = pattern in (_ITS_INTRO, _LOWER_HERE, _THIS_IS) and _rare_or_first_name(
                said.split()[0]
            )
            # "our assessor grant will call", "a lady called june": a role says a name comes,
            # so a name that is also a word is one ("by may" is a month)
            role_named = (
                pattern is _NAMED_ONE
                and said.split()[0].lower() in name_lexicon()[0]
                and said.split()[0].lower() not in ("bill", "bills")  # "the vet bill"
                and not re.search(r"\bby\W*$", text[match.start() : match.start(group)], re.I)
            )
            # "it's will from ashgrove", "hi its beck at freshfields": a name that is also a
            # word, where the words after it introduce a caller or an agent
            its_word_name = (
                pattern is _ITS_INTRO
                and len(said.split()) == 1
                and said.lower() in WORDS_THAT_ARE_NAMES
                and re.match(r"\s+(?:from|here|speaking|calling|at)\b", text[match.end(group) :])
                is not None
            )
            first_name = first_name or role_named or its_word_name
            if (
                loose
                and said.islower()
                and all(is_english(w) for w in said.split())
                and not first_name
            ):
                continue  # "sorry, stuck behind ...": words, where a name is only possible
            if (
                pattern is _LOWER_INTRODUCED
                and match[0].lower().startswith("i'm")
                and all(learned_ordinary(w) for w in said.split())
            ):
                continue  # "i got a letter saying i'm behind"
            if pattern is _CHECKED and any(
                w.lower() in COMMON_WORDS or w.lower() in _NOT_A_NAME for w in said.split()
            ):
                continue  # "is that okay", "for Victoria Station"
            if pattern is _RELATION_LOWER and "'s" in match[0] and is_english(said.split()[0]):
                continue  # "my daughter's tuition instalment": hers, not her name
            if (loose or pattern is _NAMED_ONE) and all(
                w.lower() in _NOT_A_NAME for w in said.split()
            ):
                continue  # "paying by Direct Debit"
            if loose and _ORG_AFTER.match(text, match.end(group)):
                continue  # "good morning parkside pharmacy": a business
            strong = (
                role_named
                or its_word_name
                or pattern
                in (
                    _INTRODUCED,
                    _LOWER_INTRODUCED,
                    _TITLED,
                    _SPEAKING,
                    _LOWER_SPEAKING,
                )
            )
            span = _name_words(text, match.start(group), match.end(group), first_any=strong)
            if span is not None:
                yield Found(span[0], spelled_after(text, span[1]), "NAME", source)


@lru_cache(maxsize=1)
def name_lexicon() -> tuple[dict[str, int], dict[str, int]]:
    """The census first names and surnames (lexicon.json), each with its rank."""
    data = json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    first = {w: i for i, w in enumerate(data["first_names"])}
    last = {w: i for i, w in enumerate(data["surnames"])}
    return first, last


def learned_ordinary(word: str) -> bool:
    """Among the 8,000 most frequent words and no first name ("behind"; not "grace", "jordan")."""
    lowered = word.lower()
    rank = vocabulary_ranks().get(lowered)
    if rank is None or rank >= 8000 or lowered in WORDS_THAT_ARE_NAMES:
        return False
    return lowered not in name_lexicon()[0]


def _rare_or_first_name(word: str) -> bool:
    """A census first name outside the 2,000 most frequent words, or a word rarer than the
    15,000 most frequent ("it's conor from ..."; not "it's agony", "it's optional")."""
    lowered = word.lower()
    rank = vocabulary_ranks().get(lowered)
    if lowered in name_lexicon()[0]:
        return rank is None or rank >= 2000
    return rank is None or rank >= 15000


def is_english(word: str) -> bool:
    """A vocabulary word, or its plural, inflection or hyphenated parts ("braces", "e-mail")."""
    lowered = word.lower()
    if lowered in english_words() or _inflected(lowered):
        return True
    if lowered.endswith("s") and (
        lowered[:-1] in english_words() or lowered[:-2] in english_words()
    ):
        return True
    parts = lowered.split("-")
    return len(parts) > 1 and all(p in english_words() for p in parts if p)


def contraction_of_word(word: str) -> bool:
    """ "she's", "when's", "that'll": a common word with a clitic, never a name ("O'Brien" is)."""
    base = re.split(r"['’]", word, maxsplit=1)[0].lower()
    return base != word.lower() and base in COMMON_WORDS


def _inflected(word: str) -> bool:
    """A verb's -ing or -ed form: the word, or its stem, is in the vocabulary ("cancelling":
    "cancel")."""
    if not word.endswith(("ing", "ed")) or word in name_lexicon()[0]:
        return False  # "Wilfred", "Alfred": first names
    stem = word[:-3] if word.endswith("ing") else word[:-2]
    if len(stem) < 3:
        return word in english_words() and len(word) > 4  # "ted", "reed": names too
    doubled = stem[:-1] if len(stem) > 3 and (stem[-1] == stem[-2] or stem.endswith("ck")) else ""
    return any(s in english_words() for s in (word, stem, stem + "e", doubled) if s)


_ORG_AFTER = re.compile(
    r"(?i)\s+(?:pharmacy|surgery|practice|clinic|dental|dentists?|medical|health|school|college|"
    r"university|academy|insurance|energy|water|housing|homes|library|libraries|motors|garage|"
    r"bank|council|hotel|hotels|travel|airways|air|telecom|broadband|mobile|lettings|estates|"
    r"solicitors|vets?|veterinary|gym|leisure|cars|logistics|removals|cleaning)\b"
)


# Names that are also words, taken as a name where a name is asked for or introduced.
WORDS_THAT_ARE_NAMES = frozenset(
    """hope will june april may august grace mark bill rose sky faith joy dawn summer autumn
    faye ray rob pat sue don art chase hunter lily ivy holly jade ruby pearl amber iris
    florence victoria austin sunday precious olive beck""".split()
)
_NEVER_FIRST = frozenset(
    """yes yeah yep no nope okay ok sure so um uh er sorry right well hi hello hey thanks the a an
    it it's its i i'm my is was that that's this and or but just please""".split()
)


def spelled_after(text: str, end: int) -> int:
    """The end of a name with its spelling after it: "anwen tudur t u d u r", "Ibarra,
    I-B-A-R-R-A", "reid, that's r e i d"."""
    spelled = re.match(
        r"(?:[,.]?\s+(?i:that's\s+|it's\s+|that is\s+)?)"
        r"(?:(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]\b(?:\s+(?:as in|for)\s+[a-z]+\b)?|dash|hyphen|apostrophe)"
        r"[\s,-]*){3,}",
        text[end:],
    )
    return end + spelled.end() if spelled else end


# Capitalised words that are places, days or things, not people: "for Victoria Station".
_NOT_A_NAME = frozenset(
    """street road avenue station line airport hospital bank airways airline insurance energy
    gas water power council centre center hotel office store shop services service team
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday limited ltd inc plc direct debit
    cheque paypal transfer cash universal credit benefit benefits allowance pension support
    tax""".split()
)


_SPELLED_NAME = re.compile(r"\b(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][-\s]){3,}[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]\b")


def answer_name(text: str, answering: bool = True) -> Found | None:
    """The name said in answer to a question for one: "It's Priya Natarajan." / "dana reyes"."""
    preamble = re.match(
        r"^(?:['’]s\b)?\W*(?:(?:yes|yeah|yep|sure|okay|ok|so|um+|uh+|of course|sorry|right|it's|it is|this is|that's|"
        r"that is|my name is|my name's|i'm|i am|the name is|name's|full name is|it'd be|its|"
        r"it should be|should be|under|is|was|that's me|that'll be me|me|it's me)\b\W*)*",
        text,
        re.IGNORECASE,
    )
    start = preamble.end() if preamble else 0
    spelled = _SPELLED_NAME.match(text, start) or _SPELLED_NAME.match(
        text, start + len(re.match(r"\W*(?:is\s+)?", text[start:])[0])
    )
    if spelled:  # "The surname is H-A-L-V-O-R-S-E-N."
        return Found(spelled.start(), spelled.end(), "NAME", "spelled")
    title = re.match(r"(?:mr|mrs|ms|miss|mx|dr)\.?\s+", text[start:], re.IGNORECASE)
    if title:
        start += title.end()
    stop = re.search(r"[,.;!?]|\b(?:and|but|from|calling|speaking|here)\b", text[start:])
    end = start + (stop.start() if stop else len(text) - start)
    span = _name_words(text, start, end, first_any=answering)
    if span is None or len(text[span[0] : span[1]].split()) > 5:
        return None
    second = re.match(r"\s+and\s+", text[span[1] :])  # "august brennan and sunniva brennan"
    if answering and second:
        other = _name_words(text, span[1] + second.end(), len(text), first_any=True)
        if other is not None:
            span = (span[0], other[1])
    return Found(span[0], spelled_after(text, span[1]), "NAME", "answer")


# ---- dates (a date of birth or an expiry, once a cue says which) ----
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|\d{1,2}(?:st|nd|rd|th))"
)
_DATE_PART = r"(?:" + _MONTH + r"|" + _ORDINAL + r"|" + _NUMBER_WORD + r"|\d{1,4}|'\d{2})"
_DATE = re.compile(
    r"\b" + _DATE_PART + r"(?:(?:(?<=thousand)\s+and\s+|(?<=hundred)\s+and\s+|\s*[/.-]\s*|"
    r"\s+(?:of\s+|the\s+|slash\s+|dash\s+)*|,\s*)" + _DATE_PART + r"){0,10}\b",
    re.IGNORECASE,
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
