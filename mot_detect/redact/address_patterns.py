"""Street addresses and postcodes written or said in a turn: house number and street, the town
after it, UK, Irish, Canadian and Australian postcodes and US ZIP codes (typed, said or spelled)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mot_detect.conversation.spoken_numbers import DIGIT_WORDS
from mot_detect.redact.numbers import NumberRun, number_tokens
from mot_detect.redact.patterns import (
    _DIGIT_WORD,
    _LETTER,
    _NATO_WORD,
    _NUMBER_WORD,
    _SPELLED_POSTCODE,
    NATO_WORDS,
    SAID_DIGIT,
    Found,
    Spans,
    before,
    labelled_lookalike,
)
from mot_detect.redact.patterns import (
    cased as typed_text,
)
from mot_detect.redact.vocabulary import COMMON_WORDS, DAYS_AND_MONTHS, learned_ordinary

# Where a number is a place in a venue, not a house: "section three twelve row k".
# A time before a word that may end a street's name: "at six fifteen a m gate b twelve".
_CLOCK = re.compile(r"(?i)\b[ap]\.?\s?m\b\.?")
_MEASURE_AFTER = re.compile(
    r"(?i)\s+(?:feet|foot|ft|metres?|meters?|yards?|miles?|inches|kilomet(?:re|er)s?|acres?)\b"
)
_VENUE_PLACE = re.compile(r"(?i)\b(?:section|aisle|stand|tier|cabin|deck|locker|berth)\s*$")


_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl|"
    r"terrace|close|crescent|parkway|pkwy|highway|hwy|circle|cir|square|sq|row|grove|gardens|"
    r"walk|hill|trail|mews|park|plaza|parade|gate|rise|view|green|quay|wharf|broadway|ridge|"
    r"heights|chase|meadows?|vale|loop|run|pike|alley|crossing|point|yard|bend|cove|creek|glen|"
    r"knoll|landing|hollow|path|spur|circus|embankment|esplanade|promenade|wynd|brae|drove|end|"
    r"mount|croft|fold|garth|reach|side|fields|leys|dale|hey|gait|mead|lawns?|paddocks?|downs|"
    r"manor|heath|marg|nagar|brow|strand)"
)


_UNIT_FIRST = r"(?:(?:(?:flat|apartment|apt\.?|unit|suite|villa|lot)\s*[\w-]+|\d[A-Za-z]\d|\d{1,2}/\d{1,2}),?\s+)?"


# Words a street's name does not hold: "thirty five dollars each way" is a price.
_NOT_STREET = (
    r"(?!(?:and|the|of|for|to|in|at|on|by|or|is|was|with|from|i|my|your|we|it|dollars?|pounds?|bucks|euros?|cents?|"
    r"minutes?|hours?|days?|weeks?|months?|years?|times?|each|per|a|every|more|less|miles?|"
    r"units?|boxes|people|kids|customers|staff|guys|men|women|engineers|workers|friends|visitors|"
    r"patients|students|children|either|neither|any|no|that|this|half|all|long|other|same|which|"
    r"what|whole|zero|oh|one|two|three|four|five|six|seven|eight|nine|am|pm|a\.m|p\.m|o'clock|"
    r"oclock|percent|tonight|today|tomorrow|yesterday|yet|working|calendar|next|last)\b)"
)


_HOUSE_NUMBER = (
    r"(?:\d{1,5}[-/]\d{1,6}[a-z]?|\d{1,6}[a-z]?|"
    + _NUMBER_WORD
    + r"(?:[\s-]+(?:and\s+)?"
    + _NUMBER_WORD
    + r"){0,6}(?:\s+(?-i:[a-h])\b)?)"
)


# A flat's or unit's own number: "4B", "three twelve", "one oh four b".
_UNIT_ID = (
    r"(?:\d{1,2}/\d{1,2}\b|\d{1,5}[a-z]?\b|[a-z]\b|"
    + _NUMBER_WORD
    + r"\b(?:[\s-]+"
    + _NUMBER_WORD
    + r"\b){0,3})(?:\s+[a-z]\b)?"
)


_UNIT = (
    r"(?:,?\s+(?:apartment|apt\.?|unit|suite|ste\.?|villa|flat|floor|number|no\.|#)\s*(?:"
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
    r"(?:flat|apartment|apt\.?|unit|suite|villa|lot)\s*"
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
_STREET_FIRST = r"(?:heol|ffordd|stryd|clos|rue|calle|camino|paseo|via|avenida|rua|calzada)"


_ADDRESS = re.compile(
    r"\b(?:"
    + _UNIT_LEAD
    + r"|"
    + _UNIT_FIRST
    + _HOUSE_NUMBER
    + r")(?:(?:\s+"
    + _NOT_STREET
    + r"(?:[a-z][a-z'’.-]*|\d{1,3}(?:st|nd|rd|th))){1,3}?|\s+the(?=\s+(?:strand|mall|parade|"
    r"esplanade|promenade|crescent|green|square|terrace|quay|avenue|drive|grove|close)\b))"
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
    + r"|\b(?:(?:flat|apartment|apt\.?|unit|suite)\s*"  # "apartment 1862, 6757 rue saint denis"
    + _UNIT_ID
    + r",?\s+)?"
    + _HOUSE_NUMBER
    + r"\s+"
    + _STREET_FIRST
    + r"(?:\s+[a-z][a-z'’-]*){1,3}?(?=\s*(?:,|$)|\s+[a-z]{1,2}\d|\s+[a-z](?:\s[a-z])?\s(?:"
    + _NUMBER_WORD
    + r")\b)"  # "... forty two clos yr onnen c f one four six h l": a postcode after it
    + _UNIT,
    re.IGNORECASE,
)


_DAY_OR_MONTH = "|".join(sorted(w.capitalize() for w in DAYS_AND_MONTHS))
_TOWN = re.compile(
    r"(?:,\s+(?!(?:Mr|Mrs|Ms|Miss|Dr|Yes|No|Thanks|Please|Is|And)\b)[A-Z][a-z]+"
    r"(?:[\s-]+(?:(?:upon|on|under|by|next|le|en)[\s-]+(?!"
    + _DAY_OR_MONTH
    + r"))?[A-Z][a-z]+){0,2}(?:(?<=Dublin)\s+\d{1,2}[Ww]?\b)?){1,2}(?:,?\s+[A-Z]{2,3}\b)?"
)


_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


# A Canadian postal code: "V9S 8L5"; with its space, in any letters and either case ("l1u 6d0"),
# as a recogniser or a caller's typo may give it.
_CA_POSTCODE = re.compile(
    r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d\b|"
    r"\b(?i:[a-z]\d[a-z] \d[a-z]\d)\b|\b[a-z]\d[a-z]\d[a-z]\d\b"
)


# An Indian PIN code after its town, ending the sentence: "HSR Layout, Bengaluru 560040."
_IN_PIN_AFTER_TOWN = re.compile(
    r"\b(?!(?:Rs|Rupees|INR|Room|Flight|Version|Model|Order|Ticket)\b)[A-Z][a-z]{2,},?\s+"
    r"([1-9]\d{2} ?\d{3})(?=\s*(?:[,.?!]|$))"
)
# An Australian postcode after a town and its state: "West End QLD 4076" (not "SA 1472", a flight).
_AU_POSTCODE = re.compile(r"\b[A-Z][a-z]+,?\s+(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+(\d{4})\b")
# A postcode of four digits typed between commas after a town: "Delivery to Karratha, 6455, same
# as last time?", "the bakehouse in Norwood, 5324.", "Yes, Townsville, 4675."
_POSTCODE_AFTER_TOWN = re.compile(
    r"(?:\b(?:in|to|at|near)\s|^(?:Yes|Yeah|It's|That's),\s)(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s(\d{4})"
    r"(?=[,.?!]|$)"
)


# An Irish Eircode: a routing key ("T12", "D6W") and four characters ("3XCC").
_EIRCODE = re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[A-Z0-9]{4}\b")
# An Eircode's routing keys (An Post's list): with one of these and only the letters Eircodes
# use, four letters without a digit ("F92 WTEA") are still an Eircode.
_ROUTING_KEYS = frozenset(
    """A41 A42 A45 A63 A67 A75 A81 A82 A83 A84 A85 A86 A91 A92 A94 A96 A98 C15 D01 D02 D03 D04
    D05 D06 D07 D08 D09 D10 D11 D12 D13 D14 D15 D16 D17 D18 D20 D22 D24 D6W E21 E25 E32 E34 E41
    E45 E53 E91 F12 F23 F26 F28 F31 F35 F42 F45 F52 F56 F91 F92 F93 F94 H12 H14 H16 H18 H23 H53
    H54 H62 H65 H71 H91 K32 K34 K36 K45 K56 K67 K78 N37 N39 N41 N91 P12 P14 P17 P24 P25 P31 P32
    P36 P43 P47 P51 P56 P61 P67 P72 P75 P81 P85 R14 R21 R32 R35 R42 R45 R51 R56 R93 R95 T12 T23
    T34 T45 T56 V14 V15 V23 V31 V35 V42 V92 V93 V94 V95 W12 W23 W34 W91 X35 X42 X91 Y14 Y21 Y25
    Y34 Y35""".split()
)
_EIRCODE_ID = re.compile(r"[AC-FHKNPRTV-Y0-9]{4}")


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
    r"^,?\s+in\s+[a-z]+(?:\s[a-z]+)?,?\s+("
    + SAID_DIGIT
    + r"(?:\s+"
    + SAID_DIGIT
    + r"){4}\b|\d{5}\b)",
    re.IGNORECASE,
)


_SPOKEN_NUMBERS = re.compile(
    r"^,?\s+((?:"
    + _NUMBER_WORD
    + r")(?:(?:(?<=hundred)\s+and)?\s+(?:"  # "thirty five hundred and twelve"
    + _NUMBER_WORD
    + r"|ate|won|tree|free|sex)){1,5})\b",
    re.I,
)


_CLAUSE_NEXT = re.compile(r"(?i)[\s,.]*(?:it's|its|that's|and|but|so|yeah|is that|please)\b")


def _spoken_zip(rest: str) -> re.Match[str] | None:
    """Number words straight after an address that come to five digits ("ninety eight one nine
    eight") or six (an Indian PIN code, "three eight oh oh six one"), or to four that end the
    turn."""
    match = _SPOKEN_NUMBERS.match(rest)
    size = len("".join(t.digits for t in number_tokens(match[1]))) if match else 0
    after = rest[match.end() :] if match else ""
    ends = re.fullmatch(r"[\s,.?!]*", after) or _CLAUSE_NEXT.match(after)
    if size in (5, 6) or (size == 4 and ends):
        return match  # four to end the turn: an Australian postcode ("fitzroy three oh six four")
    return None


_IN_TOWNS = (re.compile(r"(?i),?\s+in\s+[a-z]+"), re.compile(r"(?i),?\s+in\s+[a-z]+\s[a-z]+"))


def _spoken_zip_after_in_town(rest: str) -> tuple[int, int] | None:
    """A ZIP said in grouped number words after "in <town>" ("in pensacola thirty three four oh
    eight"): its offsets in `rest`; a one-word town is tried before a two-word one."""
    for town in (pattern.match(rest) for pattern in _IN_TOWNS):
        if town and (match := _spoken_zip(rest[town.end() :])):
            digits = "".join(t.digits for t in number_tokens(match[1]))
            if len(digits) == 5:
                return town.end() + match.start(1), town.end() + match.end(1)
    return None


_ZIP_AFTER_TOWN = re.compile(
    r"^,?\s+(?:(?!"
    + _NUMBER_WORD
    + r"\b)[A-Z][a-z]+\s*,?\s*)?(\d{5}(?:-\d{4})?\b|\d{4}(?=\s*(?:[,.?!]|$))|"
    + SAID_DIGIT
    + r"(?:\s+"
    + SAID_DIGIT
    + r"){4}\b(?!\s+"
    + SAID_DIGIT
    + r"\b))",
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

# Australian states, said before a postcode: "ringwood east victoria three one six five".
_AU_STATES = (
    "new south wales|victoria|queensland|tasmania|western australia|south australia|"
    "northern territory|australian capital territory"
)
_POSTCODE_AFTER_AU_STATE = re.compile(
    r"\b(?:"
    + _AU_STATES
    + r")\b,?\s+("
    + _DIGIT_WORD
    + r"(?:\s+"
    + _DIGIT_WORD
    + r"){3}\b(?!\s+"
    + _DIGIT_WORD
    + r"\b)|\d{4}\b)",
    re.IGNORECASE,
)

_CA_PROVINCES = (
    "ontario|quebec|nova scotia|new brunswick|manitoba|british columbia|prince edward island|"
    "saskatchewan|alberta|newfoundland(?: and labrador)?"
)
_STATE_NEXT = re.compile(r"\s*,?\s*(?:" + _STATES + "|" + _AU_STATES + r")\b", re.IGNORECASE)

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


# A town said right after the street, before the state, the ZIP or the end of the turn.
_TOWN_SAID = re.compile(
    r"\s+(?!(?:in|on|at|and|the|for|please|thanks|but|so|near|by)\b|"
    + _NUMBER_WORD
    + r"\b)([a-z][a-z'-]+"
    r"(?:\s(?!(?:in|on|at|and|the|is|"
    + _AU_STATES
    + r")\b|"
    + _NUMBER_WORD
    + r"\b)[a-z][a-z'-]+)?)"
    # ... then the end, a state, a postcode (said, spelled or NATO-spelled) or a check
    r"(?=\s*(?:[,.?]|$|\s[a-z](?:\s[a-z])?\s(?:for|as in)\s[a-z]+\b|"
    r"\s(?:is that|is it|yeah|yes|please|right|correct|near|for|this|next|tomorrow|today|it's|"
    r"(?:and )?(?:the |my )?(?:post ?code|zip|eircode|postal code|pin ?code))\b|"
    r"\s(?:"
    + _STATES
    + r"|"
    + _AU_STATES
    + r"|"
    + _CA_PROVINCES
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
    r"\b(?:(?:flat|apartment|apt\.?|unit|suite|villa)\s+"
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


_DUBLIN_DISTRICT = re.compile(
    r"(?i),?\s+(?:d\s?)?(?:\d{1,2}w?|six w|(?:twenty )?(?:one|two|three|four)|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty)\b"
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
        if end > token.start():
            continue  # inside the unit just taken
        said = token[0]
        rest = tail[token.start() :]
        letter_then = re.match(r"[a-z]\s+(?:[a-z]\b|\d|" + _NUMBER_WORD + r"\b)", rest, re.I)
        if not said[0].isalpha() or _LINE_STOP.match(said) or words >= 8 or letter_then:
            break  # a letter before a letter or a number starts a spelled postcode
        unit = None
        if re.fullmatch(r"(?i)apartment|apt|unit|suite|flat|floor", said):
            unit = re.match(r"\s+" + _UNIT_ID, tail[token.end() :], re.IGNORECASE)
        if unit:  # "... rue saint denis apartment two montreal"
            end = token.end() + unit.end()
            words += 1
            continue
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
        district = said.lower() == "dublin" and _DUBLIN_DISTRICT.match(tail, end)
        if district:  # "castleknock dublin fifteen": the postal district is in the line
            end = district.end()
            break
    first = re.match(r"\W*(?:the\s+)?([A-Za-z][\w'’-]*)", tail, re.IGNORECASE)
    if words < 2 or first is None or not re.match(_NOT_STREET, first[1], re.IGNORECASE):
        return None  # "I have three kids, ...": a count, not a street
    return Found(match.start(), match.end() + end, "ADDRESS", "asked address")


# A house known by its name: "Rose Cottage", "the old granary", "Ballykelly House".
_HOUSE_WORD = (
    r"(?:cottage|house|farm|farmhouse|lodge|granary|barn|mill|manor|hall|rectory|vicarage|forge|"
    r"grange|croft|stables|byre|steading|schoolhouse|bungalow|villa|chapel)"
)
_HOUSE_NAME = re.compile(
    r"\b(?:(?:The|the)\s+)?(?:[A-Z][\w'’-]{0,30}\s+){1,2}(?=[A-Z])(?i:"
    + _HOUSE_WORD
    + r")\b|\b(?:the\s+)?(?:[a-z][\w'’-]{0,30}\s+){1,2}"
    + _HOUSE_WORD
    + r"\b"
)
# Words that make it a house, not a house's name ("my house", "the White House"); "old" only
# without "the" ("the old granary" is a name).
_NOT_HOUSE_NAME = re.compile(
    r"(?i)^(?:old|(?:the\s+)?(?:my|your|his|her|our|their|a|an|this|that|new|same|whole|big|"
    r"small|other|opera|white|court|public|guest|full|open|in|at|to|from|of|and))\b"
)
# The town after a house name, up to the county, the postcode or the end of the clause.
_TOWN_AFTER_HOUSE = re.compile(
    r",?\s+(?!(?i:county|co\.?|the|and|is|in)\b)([A-Z][a-z'-]+(?:\s[A-Z][a-z'-]+)?|"
    r"[a-z][a-z'-]+(?:\s(?!(?:county|the|and|is|in)\b)[a-z][a-z'-]+)?)"
    r"(?=\s*(?:[,.?]|$|\s(?:county|co\b|the eircode|eircode|the postcode|postcode|and)))"
)


# A flat or unit said before its street with a pause between: "it's flat twelve um [...]".
_FILLERS = r",?\s+(?:(?:um|uh|er|erm)\W+)+"
_UNIT_THEN_PAUSE = re.compile(
    r"(?i)\b(?:flat|apartment|apt\.?|unit|suite)\s+" + _UNIT_ID + r"(?=" + _FILLERS + r")"
)


_UNIT_BEFORE_STREET = re.compile(
    r"\b(?:Plot|Lot|Level|Unit|Suite|Floor|Building|Block|Apartment|Apt\.?|Flat)\s+\w{1,4},\s+$"
)
# A house's name in lower case just before a street said in words.
# Welsh and Cornish houses' names start with a word for a hill, a house or a headland ("bryn
# awel", "chy an mor", "ty gwyn"), then sometimes "an"/"y"/"yr"/"na".
_HOUSE_WORD = r"(?:bryn|chy|ty|plas|pen|llys|bod|hafod|maes|glan|tre|ker|pol|ros|gwel|nans|porth)"
_LOWER_NAME_BEFORE = re.compile(
    r"(?:\bthe\s+)?\b((?:"
    + _HOUSE_WORD
    + r"\s+(?:(?:an|y|yr|na)\s+)?)?[a-z][a-z'-]{3,}|"
    + _HOUSE_WORD
    + r"\s+(?:(?:an|y|yr|na)\s+)?[a-z][a-z'-]{2})\s+$"
)
# A house's name of its own, capitalised, before a comma and the street line, at the start of
# the answer ("Meadowsweet, 28 Church Lane", "It's Gwel an Mor, 20 Penhallow Lane").
_NAMED_BEFORE_STREET = re.compile(
    r"(?:\b(?:[Ii]t's called|[Ii]t's|[Ii]t is|[Tt]hat's)\s+|^|[.!?]\s+)"
    r"(?!(?:It|That)(?:'s| is)\b)"
    r"((?:[A-Z][\w'’-]*\s+(?:(?:an|na|y|yr|le|la|de|du|of|on|the)\s+)?){0,2}[A-Z][\w'’-]*),\s+$"
)


def house_names(text: str, found: list[Found], answering: bool) -> list[Found]:
    """A house's name before its street line ("Rose Cottage, [9 Mill Lane]"), taken into the
    address; in an answer about the address, a house's name and its town ("Carrowkeel Farm,
    Bohola, County Mayo")."""
    streets = [f for f in found if f.kind == "ADDRESS"]
    out = [
        Found(unit.start(), unit.end(), "ADDRESS", "unit")
        for unit in _UNIT_THEN_PAUSE.finditer(text)
        if any(re.fullmatch(_FILLERS, text[unit.end() : f.start]) for f in streets)
    ]
    for match in _HOUSE_NAME.finditer(text):
        if _NOT_HOUSE_NAME.match(match[0]):
            continue
        if any(f.start < match.end() and match.start() < f.end and f.kind != "NAME" for f in found):
            continue  # (a name the learned step took inside it is part of it: "Drumcliff Farm")
        street = next(
            (f for f in streets if re.fullmatch(r",?\s+", text[match.end() : f.start])), None
        )
        if street is not None:
            out.append(Found(match.start(), street.end, "ADDRESS", "house name"))
            continue
        town = _TOWN_AFTER_HOUSE.match(text, match.end()) if answering else None
        if town and not any(w in COMMON_WORDS for w in town[1].lower().split()):
            out.append(Found(match.start(), town.end(), "ADDRESS", "house name"))
    for street in streets:
        unit = _UNIT_BEFORE_STREET.search(before(text, street.start))
        if unit and text[street.start].isdigit():  # "Plot 8, 44 Meadowsweet Drive"
            out.append(Found(unit.start(), street.end, "ADDRESS", "unit"))
        lower = _LOWER_NAME_BEFORE.search(before(text, street.start)) if answering else None
        if (
            lower
            and not typed_text(text)
            and re.match(_NUMBER_WORD, text[street.start :], re.IGNORECASE)
            and lower[1] not in COMMON_WORDS
            and lower[1] not in ("slash", "dash", "hyphen", "stroke", "number")
            and (lower[0].startswith("the") or not learned_ordinary(lower[1]))
        ):  # "it's the willows sixty manse road", "is it still lyndhurst fifty one ..."
            out.append(Found(lower.start(), street.end, "ADDRESS", "house name"))
        named = _NAMED_BEFORE_STREET.search(before(text, street.start))
        if (
            named
            and text[street.start].isdigit()
            and not any(w.lower() in COMMON_WORDS for w in named[1].split() if w[0].isupper())
        ):
            out.append(Found(named.start(1), street.end, "ADDRESS", "house name"))
    return out


def addresses(text: str) -> Iterator[Found]:
    cased = typed_text(text)
    for match in _ADDRESS.finditer(text):
        street = re.sub(r"^[\d\W]+", "", match[0])
        if cased and street and not re.search(r"[A-Z]", street) and not re.match(r"\d", match[0]):
            continue  # "I've had three customers walk out": words, not a street
        if _VENUE_PLACE.search(before(text, match.start())) or _CLOCK.search(match[0]):
            continue  # "section three twelve row k": a seat in a stadium
        if re.match(r"(?i)(?:four|for) calling\b", match[0]):
            continue  # the recogniser's "thanks four calling paddock fresh"
        if _MEASURE_AFTER.match(text, match.end()):
            continue  # "about twenty eight hundred square feet": an area
        end = match.end()
        if rural := _RD_AFTER_STREET.match(text, end):
            end = rural.end()  # "kaharoa road r d five rotorua"
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
                or _STATE_NEXT.match(text, said.end())  # "milsons point new south wales"
            )
        ):
            end = said.end()
        yield Found(match.start(), end, "ADDRESS", "street address")
        if after := postcode_after(text, end):
            yield after


_SAID_NUMBER = r"(?:\d{1,5}|" + _NUMBER_WORD + r"(?:\s+(?:and\s+)?" + _NUMBER_WORD + r"){0,4})"
# A post office box or a rural address: "P.O. Box 2399", "rural route two box twelve", "r r six
# site sixteen box forty three", "site twenty seven box forty eight r r three", "R.D. 5".
_RURAL = re.compile(
    r"\b(?:(?:p\.?\s?o\.?\s?box|post office box|private bag)\s+"
    + _SAID_NUMBER
    + r"|(?:(?:rural route|r\.?\s?r\.?|rural delivery|r\.?\s?d\.?)\s+"
    + _SAID_NUMBER
    + r"|(?:site|box|s)\s+"
    + _SAID_NUMBER
    + r")(?:,?\s+(?:site|box|comp|c|rural route|r\.?\s?r\.?|rural delivery|r\.?\s?d\.?)\s+"
    + _SAID_NUMBER
    + r")+)\b",
    re.IGNORECASE,
)
# "r d five rotorua", after a street: the rural delivery number and its town
_RD_AFTER_STREET = re.compile(
    r"\s+(?:r\.?\s?d\.?|rural delivery|rural route|r\.?\s?r\.?)\s+" + _SAID_NUMBER + r"\b", re.I
)


# An Indian address written with commas: "No. 89, 3rd Cross, Indiranagar, Bengaluru", "House
# 129, Sector 13, Gurugram", "9, 3rd Cross, HSR Layout Sector 1, Bengaluru": a house number, then
# parts with capitals, one of them a cross, main, sector, layout, block, nagar, colony or road.
_SEGMENT = (
    r"(?:\d{1,2}(?:st|nd|rd|th)\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|\d{1,3}(?:-?[A-Z])?\b))*"
)
_COMMA_ADDRESS = re.compile(
    r"\b(?:(?:No\.|House|Flat|Plot|Door No\.?|H\.? ?No\.?)\s*)?\d{1,4}[A-Z]?(?:/\d{1,4})?"
    r"(?:,\s+" + _SEGMENT + r"){2,5}"
)
_INDIAN_PART = re.compile(
    r"\b(?:Cross|Main|Sector|Layout|Block|Nagar|Colony|Road|Marg|Apartments|Enclave|Phase|Extension)\b"
)


def comma_addresses(text: str) -> Iterator[Found]:
    """Addresses written as a house number and parts between commas (Indian style)."""
    for match in _COMMA_ADDRESS.finditer(text):
        if _INDIAN_PART.search(match[0]):
            yield Found(match.start(), match.end(), "ADDRESS", "comma address")


def rural_addresses(text: str) -> Iterator[Found]:
    """Post office boxes and rural routes, with the town said after them."""
    for match in _RURAL.finditer(text):
        end = match.end()
        written = _TOWN.match(text, end)
        said = _TOWN_SAID.match(text, end)
        if written:
            end = written.end()
        elif said and not re.match(r"\s*(?:out|past|in|near)\b", text[end:], re.I):
            end = said.end()
        yield Found(match.start(), end, "ADDRESS", "rural address")


_STATE_WORDS = re.compile(r"(?i)(?:" + _STATES + "|" + _AU_STATES + "|" + _CA_PROVINCES + r")")
_POSTCODE_NEXT = re.compile(r"(?i)\s+(?:\d|" + _DIGIT_WORD + r"\b)")


def state_before_postcode(text: str, found: Found) -> bool:
    """A name found on a state said before its postcode ("bayswater victoria three one five
    three"): a place."""
    return (
        found.kind == "NAME"
        and _STATE_WORDS.fullmatch(text[found.start : found.end]) is not None
        and _POSTCODE_NEXT.match(text, found.end) is not None
    )


def postcode_after(text: str, end: int) -> Found | None:
    """A ZIP or postcode said right after an address that ends at `end`, maybe after its town."""
    zip_code = (
        _ZIP_AFTER_TOWN.match(text[end:])
        or _ZIP_AFTER_IN_TOWN.match(text[end:])
        or _spoken_zip(text[end:])
    )
    if zip_code:
        return Found(end + zip_code.start(1), end + zip_code.end(1), "POSTCODE", "zip after town")
    if spoken := _spoken_zip_after_in_town(text[end:]):
        return Found(end + spoken[0], end + spoken[1], "POSTCODE", "zip after town")
    return None


def postcodes(text: str) -> Iterator[Found]:
    for match in _UK_POSTCODE.finditer(text):
        yield Found(match.start(), match.end(), "POSTCODE", "uk postcode")
    for match in _UK_POSTCODE_LOWER.finditer(text):
        yield Found(match.start(), match.end(), "POSTCODE", "uk postcode")
    for match in _CA_POSTCODE.finditer(text):
        yield Found(match.start(), match.end(), "POSTCODE", "canadian postcode")
    for match in _AU_POSTCODE.finditer(text):
        yield Found(match.start(1), match.end(1), "POSTCODE", "australian postcode")
    for match in _POSTCODE_AFTER_TOWN.finditer(text):
        yield Found(match.start(1), match.end(1), "POSTCODE", "postcode after town")
    for match in _IN_PIN_AFTER_TOWN.finditer(text):
        yield Found(match.start(1), match.end(1), "POSTCODE", "indian pin code")
    for match in _EIRCODE.finditer(text):
        unique = match[0][-4:]
        if (
            re.search(r"\d", unique)
            or re.search(r"(?i)eircode", before(text, match.start()))
            or (match[0][:3] in _ROUTING_KEYS and _EIRCODE_ID.fullmatch(unique))
        ):
            yield Found(match.start(), match.end(), "POSTCODE", "eircode")
    for match in _SPELLED_POSTCODE.finditer(text):
        yield Found(match.start(), match.end(), "POSTCODE", "uk postcode spelled")
    for match in _POSTCODE_AFTER_AU_STATE.finditer(text):
        yield Found(match.start(1), match.end(1), "POSTCODE", "postcode after state")
    for match in _ZIP_AFTER_STATE.finditer(text):
        yield Found(match.start(1), match.end(1), "POSTCODE", "zip after state")
    for match in _STATE_ZIP.finditer(text):
        yield Found(match.start(), match.end(), "POSTCODE", "zip after state")


# ... with the inward part typed as the recogniser writes it ("e h three 3dq")
_SPELLED_CODE_ITEM = (
    r"(?:"
    + _NATO_WORD
    + r"|double [a-z]+|[a-z]|\d[a-z]{2}|[a-z]{1,2}\d[a-z\d]{0,2}|\d|"
    + _NUMBER_WORD
    + r")"  # "tango one two PE5C"
)
# A filler or a pause inside the code: "t one two um sorry seven alpha kilo tango".
_CODE_FILLER = r"(?:(?:um|uh|er|erm) (?:sorry|hang on|hold on)|um|uh|er|erm|sorry|hang on)"
_SPELLED_CODE = re.compile(
    r"(?<![\w'])"
    + _SPELLED_CODE_ITEM
    + r"(?: (?:"
    + _CODE_FILLER
    + r" )?"
    + _SPELLED_CODE_ITEM
    + r"){2,8}(?![\w'])",
    re.IGNORECASE,
)
_FILLER_WORDS = frozenset("um uh er erm sorry hang hold on".split())
_POSTCODE_SHAPES = re.compile(
    r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}[AC-FHKNPRTV-Y\d]{4}|"
    r"[A-Z]\d[A-Z]\d[A-Z]\d"
)


def _shaped(said: str) -> bool:
    """Whether a spelled code is a postcode, reading each "o" as the letter or as zero ("y o
    three one two a u" is YO31 2AU)."""
    words = said.lower().split()
    spots = [i for i, w in enumerate(words) if w == "o"][:3]
    for mask in range(1 << len(spots)):
        tried = list(words)
        for bit, i in enumerate(spots):
            if mask >> bit & 1:
                tried[i] = "oscar"
        if _POSTCODE_SHAPES.fullmatch(_spelled_code(" ".join(tried))):
            return True
    return False


def _spelled_code(said: str) -> str:
    out = []
    words = said.lower().split()
    i = 0
    while i < len(words):
        word = words[i]
        if word in ("double", "triple") and i + 1 < len(words):
            out.append((2 if word == "double" else 3) * _spelled_code(words[i + 1]))
            i += 2
            continue
        if re.fullmatch(r"\d[a-z]{2}|[a-z]{1,2}\d[a-z\d]?", word):
            out.append(word)  # "3dq", "ng5"
            i += 1
            continue
        if word not in DIGIT_WORDS and len(word) > 1 and word not in NATO_WORDS:
            return ""  # "twenty", "hundred": a number said in words is no spelled code
        out.append(str(DIGIT_WORDS[word]) if word in DIGIT_WORDS else word[0])
        i += 1
    return "".join(out).upper()


def spelled_postcodes(text: str, found: list[Found]) -> list[Found]:
    """A UK postcode, an Eircode or a Canadian postal code spelled with letters, digits and the
    phonetic alphabet mixed ("b s five eight bravo p", "v nine four charlie whiskey c k"), one
    piece each side of a filler ("m one t um sorry three s eight")."""
    out = []
    for match in _SPELLED_CODE.finditer(text):
        words = [
            (w.start() + match.start(), w.end() + match.start(), w[0])
            for w in re.finditer(r"\S+", match[0])
        ]
        filler = [w.lower() in _FILLER_WORDS for _, _, w in words]
        for first in range(len(words)):  # the code may start after other spelled words
            for last in range(len(words), first + 2, -1):
                if filler[first] or filler[last - 1]:
                    continue
                said = " ".join(
                    w for i, (_, _, w) in enumerate(words[first:last], first) if not filler[i]
                )
                if not _shaped(said):
                    continue
                pieces: list[list[int]] = []
                for i in range(first, last):
                    if filler[i]:
                        pieces.append([])
                    elif pieces and pieces[-1]:
                        pieces[-1].append(i)
                    else:
                        pieces.append([i])
                for piece in (p for p in pieces if p):
                    start, end = words[piece[0]][0], words[piece[-1]][1]
                    if not any(f.start <= start and end <= f.end for f in found):
                        out.append(Found(start, end, "POSTCODE", "spelled postcode"))
                break
            else:
                continue
            break
    return out


_CODE_WORD = re.compile(
    r"(?i)(?:"
    + _NATO_WORD
    + r"|[a-z]|\d[a-z]{2}|[a-z]{1,2}\d[a-z\d]?|\d|"
    + _NUMBER_WORD
    + r")[.,?!]?"
)


def postcode_halves(text: str, found: list[Found]) -> list[Found]:
    """A spelled postcode said in two halves with words between ("m zero s that is the first
    half then zero p zero", "s w six and the end bit is one t y"): the two pieces, when they make
    a UK postcode or a Canadian postal code together."""
    words = [(m.start(), m.end(), m[0]) for m in re.finditer(r"\S+", text)]
    item = [bool(_CODE_WORD.fullmatch(w)) for _, _, w in words]
    item = [  # "a" and "i" only between other spelled items ("two a u", not "one i think")
        is_item
        and (
            words[i][2].lower() not in ("a", "i")
            or (0 < i < len(words) - 1 and item[i - 1] and item[i + 1])
            or (i == len(words) - 1 and i > 1 and item[i - 1] and item[i - 2])  # "four w a"
        )
        for i, is_item in enumerate(item)
    ]
    runs: list[tuple[int, int]] = []  # [first, last) word indices of spelled items
    for i, is_item in enumerate(item):
        if is_item and runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        elif is_item:
            runs.append((i, i + 1))
    out = []
    # the next run or the one after ("ng5 sorry what's the rest rose oh yes two g u")
    pairs = [(runs[i], runs[j]) for i in range(len(runs)) for j in (i + 1, i + 2) if j < len(runs)]
    for (a0, a1), (b0, b1) in pairs:
        if b0 - a1 > 10:
            continue
        for first in range(max(a0, a1 - 4), a1 if a1 - a0 == 1 else a1 - 1):
            for last in range(b0 + 1, min(b1, b0 + 3) + 1):
                outward = " ".join(w.strip(".,?!") for _, _, w in words[first:a1])
                inward = " ".join(w.strip(".,?!") for _, _, w in words[b0:last])
                if not _shaped(outward + " " + inward):
                    continue
                for lo, hi in ((first, a1 - 1), (b0, last - 1)):
                    start, end = words[lo][0], words[hi][0] + len(words[hi][2].rstrip(".,?!"))
                    if not any(f.start <= start and end <= f.end for f in found):
                        out.append(Found(start, end, "POSTCODE", "postcode in halves"))
                break
            else:
                continue
            break
    return out


# A state or province that ends a town's words ("bayswater victoria"): outside the address.
_STATE_AT_END = re.compile(
    r"(?i)[\s,]*\b(?:" + _STATES + "|" + _AU_STATES + "|" + _CA_PROVINCES + r")$"
)
_TOWN_THEN_CODE = re.compile(r"(?i),?\s+(?:in\s+)?(?:[a-z][a-z'-]+\s+){1,3},?\s*")


def pin_after_address(text: str, runs: list[NumberRun], found: list[Found]) -> list[Found]:
    """An Indian PIN code said at the end of an address, six digits from 1 to 8 ("... sector
    twenty two nigdi pune four one one oh two eight"): the PIN, and the locality and city said
    between the street part and it."""
    out = []
    ends = [f.end for f in found if f.kind == "ADDRESS"]
    for run in runs:
        if not ends or text[run.end :].strip(" .,?!"):
            continue  # the PIN ends the turn
        end = max((e for e in ends if e <= run.start), default=None)
        if end is None or len(text[end : run.start].split()) > 6:
            continue
        if len(run.digits) in (4, 5) and _TOWN_THEN_CODE.fullmatch(text[end : run.start]):
            if not labelled_lookalike(text, run.start, run.digits):
                # "... ten esplanade in cairns north four eight two three": an Australian
                # postcode or a ZIP after the town
                out.append(Found(run.start, run.end, "POSTCODE", "postcode after a town"))
                town = _STATE_AT_END.sub("", text[end : run.start].strip(" ,"))
                if town and not re.match(r"(?i)in\b", town):  # "... avenue new town hobart 7727"
                    street = max(
                        (f for f in found if f.kind == "ADDRESS" and f.end == end),
                        key=lambda f: f.end - f.start,
                    )
                    town_end = text.index(town, end) + len(town)
                    out.append(Found(street.start, town_end, "ADDRESS", "town before a postcode"))
            continue
        if len(run.digits) != 6 or run.digits[0] not in "12345678":
            continue
        between = text[end : run.start].rstrip(" ,")
        if between.strip(" ,"):
            out.append(
                Found(
                    end + len(between) - len(between.lstrip(" ,")),
                    end + len(between),
                    "ADDRESS",
                    "locality before a PIN",
                )
            )
        out.append(Found(run.start, run.end, "POSTCODE", "PIN after an address"))
    return out


_NAMED_POSTCODE_AFTER = re.compile(r"(?i)\s+(?:post ?code|postal code|zip(?: code)?)\b")


def postcode_named_after(text: str, runs: list[NumberRun], found: list[Found]) -> list[Found]:
    """A postcode or ZIP of digits named after it ("we've still got you at the four one three
    seven postcode")."""
    taken = Spans((f.start, f.end) for f in found)
    return [
        Found(run.start, run.end, "POSTCODE", "named after")
        for run in runs
        if len(run.digits) in (4, 5)
        and _NAMED_POSTCODE_AFTER.match(text, run.end)
        and not taken.overlap(run.start, run.end)
    ]


def zip_after_address(text: str, runs: list[NumberRun], found: list[Found]) -> list[Found]:
    """A ZIP code said alone just after an address in the turn before ("and is your address
    still fifty six thirty five mesquite bend drive" / "yes seven eight seven five four"):
    five digits, said digit by digit, that end a short turn with no other value in it."""
    if any(f.kind in ("ADDRESS", "POSTCODE") for f in found) or len(text.split()) > 10:
        return []
    out = []
    for run in runs:
        said = text[run.start : run.end]
        if len(run.digits) != 5 or text[run.end :].strip(" .,?!") or len(runs) > 1:
            continue
        if re.search(r"(?i)\b(?:hundred|thousand|and)\b|\d", said):
            continue  # "twelve thousand", "1,200": an amount
        if re.search(
            r"\d|\b(?:miles?|pounds?|dollars?|euros?)\b",
            before(text, run.start),
            re.I,
        ):
            continue
        out.append(Found(run.start, run.end, "POSTCODE", "ZIP after an address"))
    return out
