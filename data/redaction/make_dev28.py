#!/usr/bin/env python3
"""Write data/redaction/dev28.jsonl, a redaction development set (case ids t24-001 ...).

Written as the held-out set test24.jsonl, measured once with the twenty-sixth round's code,
then renamed dev28 and tuned on in the twenty-seventh round.

Standard library only, deterministic (one seeded random.Random per case, same bytes every
run).  `python3 data/redaction/make_dev28.py` validates, prints the counts and writes
dev28.jsonl next to this file; `--check` validates and prints without writing.  Any failed
check exits with status 1 and writes nothing.

The conversations below are hand-written with inline markup: [[TYPE:text]] is a pii value in
one piece (a group of its own), [[TYPE#tag:text]] a piece of a value (same tag in a case = same
group), ((kind:text)) a keep span (look-alike).  One addition: a tag ending in "!"
([[CARD_NUMBER#c!:...]]) is a piece that stays in the value's group but is left out of the
group's value checks: a misread piece the caller then corrects, a piece repeated because the
agent missed it, an abandoned start, or a phone extension.  The markup is stripped by code and
every offset is computed from the clean text.  Names, streets, e-mails and look-alike wording
are written by hand; every number comes from the seeded generators (`Gen`): cards with a Luhn
check digit (Visa, Mastercard 51-55 and 2-series, Amex, Discover, one 19-digit UnionPay-style),
SSNs with area 001-665, UK NI numbers, Irish PPS numbers with their check letter, Canadian SINs
(Luhn), Australian TFNs (weighted check), NZ IRD numbers, South African ID numbers (birth date +
Luhn), Aadhaar and PAN numbers, phones only from the README's drama ranges (US 555-01xx, also
used for Canadian area codes; UK 07700 900xxx, 020 7946 0xxx, 0161/0113/0117 496 0xxx) and the
Australian regulator's ranges kept for fiction (0491 570 xxx list, 0x 5550/7010 xxxx), ZIPs with
the state's prefix, real UK outward codes, Eircode routing keys, Canadian FSAs, Australian,
NZ and South African postcodes by area, Indian PIN prefixes by city, tracking numbers that fail
Luhn, and every price, time, count and other look-alike.

What the set leans on: addresses and postcodes in every shape (flats, units, suites, floors
before or after the street, house names, townlands and farms, lots, PO boxes, a rural route,
a Postnet suite and private bag, Indian societies, sectors, wings and crosses, South African
complexes and suburbs, numbered streets and Route 66, a spelled street name, corrected and
old/new addresses, agents' read-backs, addresses and postcodes in pieces across turns, ZIP+4,
Eircodes, Canadian, Australian, NZ, South African, Indian and Spanish codes said with letters,
"double", phonetic alphabet and "as in"); dates of birth said every way (ordinal of ordinal,
year first, digit strings, IVR keypad entry, a child's and a parent's, corrected and restated);
national identifiers of eight countries in pieces and corrected; phones in pieces, with
extensions, country codes and "double"/"triple"; look-alikes beside real values (times,
prices, dates, durations, counts, percentages, distances, speeds, floors, cabins, seats,
slips, gates, bus and coach numbers, viewing times, model and part numbers, error codes,
years, ages, heights, weights, temperatures, scores, grades, a Luhn-failing tracking number).
Industries: opticians and hearing clinics, home care, wedding and event venues, coach and
ferry travel, tutoring, bins and council permits, embassies and consulates, court fines,
furniture rental, boat charters, ski and golf clubs, bicycle shops, timeshares, photo studios,
broadband installs, blood donation, moving abroad (pensions and tax).  Callers from the US,
UK, Ireland, Canada, Australia, New Zealand, South Africa and India; seven cases have an IVR.

Checks (each case): spans inside the text, no leading/trailing space or punctuation ("$" and
"%" allowed, a final a.m./p.m. excepted), never starting or ending inside a word, no overlaps;
no pii or keep span starts with a cue word ("the", "on", "born", "my", "is", "it's") except a
house name; card digits joined over a group are 15/16/19 digits passing Luhn and were generated
(or a last four of the case's card); CVV 3-4 generated digits; SSN-type values have one of the
allowed shapes (US SSN or last four, NI, PPS with check letter, SIN, TFN, IRD, SA ID, Aadhaar,
PAN) and were generated; phones 10-12 digits and generated; EXPIRY has a valid month;
postcodes match a postcode pattern and were generated; account numbers hold a digit and were
generated (or are their last four or more); typed e-mails are addresses, spoken ones have
" at " and " dot " and never "@"; NAME has no digits or titles, and every word of a name said
in a case is inside a NAME span wherever it is said again; ADDRESS has a street word (or is a
spelled piece); DOB holds a number; look-alikes of 13-19 digits fail Luhn and never repeat a
pii value of their utterance; no digit and no run of four digit words outside a span; ASR text
has no capitals or punctuation.  Whole set: no name word (two letters or more) in two cases,
minimum counts of the brief, every keep kind present, 40-60 % ASR, at least three IVR cases.

Labelling choices where the README is silent:
- A phone extension is a PHONE piece in the number's group (after the word "extension").
- A misread piece the caller corrects, a piece repeated because the agent missed it, and an
  abandoned start of an address stay in the value's group (marked "!" above); a whole wrong
  value then corrected (a date of birth, an old passport number, a stored unit number) is
  labelled in its own group; a date of birth restated in another format is a second group.
- UK NI, Irish PPS, Canadian SIN, Australian TFN, NZ IRD, South African ID, Aadhaar and PAN are
  SSN (as earlier sets); an agent reading a PAN back letter by letter is an SSN of its own group.
- Eircodes, Canadian, Australian, NZ, South African, Indian and Spanish postal codes are
  POSTCODE; "Dublin 2" inside an Irish street line stays in the ADDRESS span.
- ACCOUNT_NUMBER: health-card, Medicare (US MBI and Australian), My Aged Care and NZ NHI
  numbers, passport and driving licence numbers, number plates and vehicle registrations,
  booking references, membership, season pass and donor numbers, court, citation, penalty
  notice, parking ticket and permit numbers, council tax and rates assessment numbers, sort
  and branch codes, bank accounts, a pension PPO number, an order number, an OCI file number
  (its letters "u s a h" inside the span), and an agent's "ending 1074" read-back.
- `other` look-alikes: ages, temperatures, keypad and key-safe codes, receipt and confirmation
  numbers, a police report reference, an invoice number, a Luhn-failing tracking number, a
  bike frame serial number, golf handicaps and scores, test scores, grades, school years and
  ATARs, a rank, seat, cabin, slip, gate, bus and coach numbers, floors, a permit area, a
  timeshare unit and week, a plate fragment ("ending 711"), lens powers, a haemoglobin value,
  an age group ("U12"), print sizes, an HTTP error code, and IVR menu digits ("press 1").
- `quantity`: distances, speeds (also "in a 60 zone"), heights, weights, lengths, volumes,
  data speeds and frame sizes; `count`: guests, sessions, visits, points, instalments and an
  ordinal donation count ("30th"); `percentage` includes a percentile; `date` includes weekday
  names and named events used as dates ("Autumn Foursomes"); `year` a tax or purchase year.
- A street named without its number as the caller's address ("still Hepburn Gardens?") and a
  spelled street name ("a i d a n apostrophe s") are ADDRESS; house names, townlands and farms
  without a number, PO boxes, rural routes and Postnet suites/private bags are ADDRESS lines;
  "County X", states, provinces and a town said separately stay outside.
- Titles stay outside ("mr and mrs [[kettlewell]]"); a couple said together ("clifford and
  maureen bainbridge") is two NAME spans; a pronunciation given for a surname ("fanshaw") and
  a surname spelled letter by letter (with "apostrophe" and "double") are NAME spans.
- An e-mail the agent reads from the file is EMAIL; letters spelled inside an e-mail stay in it.
- Values keyed into an IVR and shown as digits (a date of birth) are labelled as said.
- ASR homophones inside a value ("for" for four, "to" for two) are part of the value span; no
  homophones are written outside values.
- Callers from Ireland, New Zealand, South Africa and India give UK or Australian numbers
  (there are no README ranges for their countries)."""
from __future__ import annotations

import json
import random
import re
import string
import sys
from datetime import date
from pathlib import Path

OUT = Path(__file__).with_name("dev28.jsonl")
SEED = 240424

PII_TYPES = ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME")
KEEP_KINDS = ("quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other")
MINIMUM = {"CARD_NUMBER": 30, "CVV": 20, "EXPIRY": 20, "SSN": 30, "PHONE": 35, "EMAIL": 20,
           "DOB": 35, "ADDRESS": 45, "POSTCODE": 45, "ACCOUNT_NUMBER": 40, "NAME": 150}
MIN_KEEP, MIN_CASES, MIN_UTTS, MIN_PLAIN, MIN_IVR = 280, 80, 1000, 400, 3

# --------------------------------------------------------------------------- number words
ONES = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
         "nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ("January February March April May June July August September October November "
          "December").split()
MON3 = [m[:3] for m in MONTHS]
_ORD1 = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
         "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
_ORDT = {20: "twentieth", 30: "thirtieth"}


def ordw(n: int) -> str:
    """1 -> first, 23 -> twenty third."""
    if n < 20:
        return _ORD1[n - 1]
    if n % 10 == 0:
        return _ORDT[n]
    return TENS[n // 10] + " " + _ORD1[n % 10 - 1]


def ords(n: int) -> str:
    """1 -> 1st, 22 -> 22nd."""
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def n2w(n: int, uk: bool = False) -> str:
    """Integer to words (0 .. 999,999); uk=True puts 'and' after hundred."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        head = ONES[n // 100] + " hundred"
        if not rest:
            return head
        return head + (" and " if uk else " ") + n2w(rest)
    th, rest = divmod(n, 1000)
    head = n2w(th, uk) + " thousand"
    if not rest:
        return head
    if rest < 100:
        return head + (" and " if uk else " ") + n2w(rest)
    return head + " " + n2w(rest, uk)


def year_w(y: int, rng: random.Random) -> str:
    if y == 2000:
        return "two thousand"
    if 2000 < y < 2010:
        return rng.choice(["two thousand and " + ONES[y - 2000], "two thousand " + ONES[y - 2000],
                           "twenty oh " + ONES[y - 2000]])
    if y >= 2010:
        return rng.choice(["twenty " + n2w(y - 2000), "two thousand and " + n2w(y - 2000),
                           "twenty " + n2w(y - 2000)])
    lo = y % 100
    return n2w(y // 100) + " " + (n2w(lo) if lo >= 10 else ("oh " + ONES[lo] if lo else "hundred"))


def yy_w(y: int) -> str:
    lo = y % 100
    return n2w(lo) if lo >= 10 else "oh " + ONES[lo]


# --------------------------------------------------------------------------- parsing spoken numbers
UNIT = {w: i for i, w in enumerate(ONES)}
UNIT.update({"oh": 0, "o": 0, "nought": 0})
HOMO = {"for": 4, "to": 2, "too": 2, "won": 1, "ate": 8, "niner": 9}
TEEN = {w: 10 + i for i, w in enumerate(TEENS)}
TEN = {w: 10 * i for i, w in enumerate(TENS) if w}
NUMWORDS = set(UNIT) | set(TEEN) | set(TEN) | {"hundred", "thousand", "double", "triple"}
NUMWORDS.discard("o")


def _small(toks, i, homo):
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t in TEN:
        if nxt is not None and nxt not in ("oh", "o", "zero", "nought"):
            if nxt in UNIT and UNIT[nxt] > 0:
                return TEN[t] + UNIT[nxt], i + 2, False
            if homo and nxt in HOMO:
                return TEN[t] + HOMO[nxt], i + 2, False
        return TEN[t], i + 1, False
    if t in TEEN:
        return TEEN[t], i + 1, False
    if t in UNIT:
        return UNIT[t], i + 1, t in ("oh", "o", "zero", "nought")
    if homo and t in HOMO:
        return HOMO[t], i + 1, False
    return None


def digits_of(text: str, homo: bool = True) -> str:
    """Digits said or written in a span ('forty one eleven' -> '4111', 'double oh' -> '00')."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < len(toks):
            nxt = toks[i + 1]
            if nxt.isdigit() and len(nxt) == 1:
                out.append(nxt * (2 if t == "double" else 3))
                i += 2
                continue
            r = _small(toks, i + 1, homo)
            if r and r[0] < 10:
                out.append(str(r[0]) * (2 if t == "double" else 3))
                i = i + 2
                continue
        r = _small(toks, i, homo)
        if r is None:
            i += 1
            continue
        v, j, zero_word = r
        if not zero_word and j < len(toks) and toks[j] == "hundred":
            v *= 100
            j += 1
            k = j + 1 if j < len(toks) and toks[j] == "and" else j
            if k < len(toks) and toks[k] not in ("oh", "o", "zero", "nought"):
                r2 = _small(toks, k, homo)
                if r2 and r2[0] < 100:
                    v += r2[0]
                    j = r2[1]
        if not zero_word and j < len(toks) and toks[j] == "thousand":
            v *= 1000
            j += 1
            k = j + 1 if j < len(toks) and toks[j] == "and" else j
            if k < len(toks) and toks[k] not in ("oh", "o", "zero", "nought"):
                r2 = _small(toks, k, homo)
                if r2 and r2[0] < 100:
                    add, j2 = r2[0], r2[1]
                    if j2 < len(toks) and toks[j2] == "hundred":
                        add *= 100
                        j2 += 1
                        k2 = j2 + 1 if j2 < len(toks) and toks[j2] == "and" else j2
                        if k2 < len(toks):
                            r3 = _small(toks, k2, homo)
                            if r3 and r3[0] < 100:
                                add += r3[0]
                                j2 = r3[1]
                    v += add
                    j = j2
        out.append(str(v))
        i = j
    return "".join(out)


PHONETIC = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
            "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J",
            "juliett": "J", "kilo": "K", "lima": "L", "mike": "M", "november": "N",
            "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
            "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W",
            "yankee": "Y", "zulu": "Z", "xray": "X"}
SKIP_WORDS = {"dash", "hyphen", "slash", "space", "dot", "then", "and"}


def alnum_of(text: str, style: str) -> str:
    """Letters and digits of an id as said ('d six w double x', 'b for bravo 4')."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple") and i + 1 < len(toks) and len(toks[i + 1]) == 1 \
                and toks[i + 1].isalpha() and toks[i + 1] != "o":
            out.append(toks[i + 1].upper() * (2 if t == "double" else 3))
            i += 2
            continue
        if t in PHONETIC:
            out.append(PHONETIC[t])
            i += 1
            continue
        numeric = t.isdigit() or t in NUMWORDS or t in ("oh", "o") or t == "and"
        if t in ("double", "triple") or (numeric and t != "and"):
            j = i
            while j < len(toks) and (toks[j].isdigit() or toks[j] in NUMWORDS
                                     or toks[j] in ("oh", "o")
                                     or (toks[j] == "and" and j > i)):
                j += 1
            out.append(digits_of(" ".join(toks[i:j]), homo=False))
            i = j
            continue
        if t.isalpha() and (len(t) == 1 or style == "transcript") and t not in SKIP_WORDS:
            out.append(t.upper())
            # "b for bravo", "p as in peter"
            if i + 2 < len(toks) and toks[i + 1] == "for" and len(t) == 1:
                i += 3
                continue
            if i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in" and len(t) == 1:
                i += 4
                continue
            i += 1
            continue
        if t in SKIP_WORDS:
            i += 1
            continue
        out.append("?")
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------- checksums
def luhn_ok(d: str) -> bool:
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def tfn_ok(d: str) -> bool:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return len(d) == 9 and sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def pps_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", v)
    if not m:
        return False
    s = sum(int(c) * w for c, w in zip(m.group(1), range(8, 1, -1)))
    if m.group(3):
        s += 9 * (PPS_LETTERS.index(m.group(3)))
    return PPS_LETTERS[s % 23] == m.group(2)


# --------------------------------------------------------------------------- generators
UK_OUTWARD = ["LS6", "M14", "BS7", "CF24", "EH9", "G12", "NG7", "B15", "SW11", "N16", "E17",
              "SE22", "L18", "S10", "CB1", "BN2", "PL4", "EX4", "NE6", "DD1",
              "AB24", "BT9", "LE2", "CV1", "HU5", "SA1", "TR1", "IP4", "NR2", "WR5", "GL1",
              "HG1", "KT2", "RG1", "SO15", "PO4", "DE22", "ST4", "CH2", "LL57", "IV2", "PH1",
              "TQ1", "BA2", "SN1", "MK9", "LN1", "DH1", "CA1", "LA1", "W4", "NW3", "SE15"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["A65", "D02", "D6W", "T12", "H91", "V94", "X91", "F92", "R95", "P31", "E91",
            "N37", "A92", "K78", "W23", "Y35", "V92", "H65", "F94", "P85"]
EIR_CHARS = "0123456789ACDEFHKNPRTVWXY"
CA_FSA = ["M5V", "V6B", "T2P", "H3Z", "R3C", "B3H", "S7N", "E1C", "A1C", "K2P", "L4W",
          "V8W", "T6G", "M4K", "H2T", "N2L", "P3E", "G1R", "C1A"]
CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
ZIP_PREFIX = {"IL": ["606", "607", "600"], "NY": ["100", "112", "146"], "TX": ["750", "787", "770"],
              "CA": ["900", "941", "921", "958"], "OR": ["972", "974"], "WA": ["981", "983"],
              "FL": ["331", "328", "336"], "OH": ["432", "441", "452"], "GA": ["303", "310"],
              "MA": ["021", "024"], "CO": ["802", "805"], "MN": ["554", "559"],
              "AZ": ["850", "857"], "PA": ["191", "152"], "MI": ["482", "495"],
              "NC": ["275", "282"], "VT": ["054", "056"], "MT": ["590", "597"],
              "TN": ["372", "381"], "WI": ["532", "537"], "NM": ["871", "880"],
              "UT": ["841", "843"], "ME": ["041", "044"], "KY": ["402", "405"],
              "NV": ["891", "895"], "ID": ["837", "832"], "MO": ["631", "641"]}
US_AREA = {"BC": ["604", "250"], "ON": ["416", "613", "905"], "AB": ["403", "780"],
           "QC": ["514", "418"], "NS": ["902"], "MB": ["204"], "SK": ["306"],
           "IL": ["312", "773", "217"], "NY": ["212", "718", "585"], "TX": ["214", "512", "713"],
           "CA": ["213", "415", "619", "916"], "OR": ["503", "541"], "WA": ["206", "509"],
           "FL": ["305", "407", "904"], "OH": ["614", "216", "513"], "GA": ["404", "912"],
           "MA": ["617", "508"], "CO": ["303", "719"], "MN": ["612", "507"], "AZ": ["602", "520"],
           "PA": ["215", "412"], "MI": ["313", "616"], "NC": ["919", "704"], "VT": ["802"],
           "MT": ["406"], "TN": ["615", "901"], "WI": ["414", "608"], "NM": ["505", "575"],
           "UT": ["801", "435"], "ME": ["207"], "KY": ["502", "859"], "NV": ["702", "775"],
           "ID": ["208"], "MO": ["314", "816"]}
AU_RANGE = {"NSW": (2000, 2599), "VIC": (3000, 3999), "QLD": (4000, 4899), "SA": (5000, 5799),
            "WA": (6000, 6797), "TAS": (7000, 7470), "ACT": (2600, 2618)}
AU_AREA = {"NSW": "02", "ACT": "02", "VIC": "03", "TAS": "03", "QLD": "07", "SA": "08", "WA": "08"}
AU_MOBILES = ["0491570006", "0491570156", "0491570157", "0491570158", "0491570159",
              "0491570110", "0491570313", "0491570737", "0491571266", "0491571491",
              "0491571804", "0491572549", "0491572665", "0491572983", "0491573770",
              "0491573087", "0491574118", "0491574632", "0491575254", "0491575789",
              "0491576398", "0491576801", "0491577426", "0491577644", "0491578957",
              "0491578148", "0491578888", "0491579212", "0491579760", "0491579455"]
NZ_RANGE = {"Auckland": (1010, 1072), "Wellington": (6011, 6037), "Christchurch": (8011, 8083),
            "Hamilton": (3200, 3216), "Dunedin": (9010, 9016), "Tauranga": (3110, 3118),
            "Nelson": (7010, 7020), "Napier": (4110, 4112), "Whangarei": (110, 112),
            "Queenstown": (9300, 9300), "Russell": (204, 204), "Rotorua": (3010, 3015)}
ZA_RANGE = {"Johannesburg": (2001, 2199), "Cape Town": (7700, 8005), "Durban": (4001, 4099),
            "Pretoria": (1, 199), "Gqeberha": (6001, 6070), "Bloemfontein": (9301, 9330),
            "Stellenbosch": (7599, 7600), "Boksburg": (1459, 1470), "Knysna": (6570, 6571),
            "Centurion": (157, 163), "Umhlanga": (4319, 4320)}
PIN_PREFIX = {"Mumbai": "400", "Pune": "411", "Bengaluru": "560", "Delhi": "110", "Chennai": "600",
              "Hyderabad": "500", "Kolkata": "700", "Gurugram": "122", "Noida": "201",
              "Ahmedabad": "380", "Kochi": "682", "Jaipur": "302", "Lucknow": "226",
              "Navi Mumbai": "410", "Thane": "400", "Mysuru": "570", "Chandigarh": "160"}


class Gen:
    """Seeded numbers for one case; every value it hands out is recorded in `issued`."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.issued: set[str] = set()

    # plain helpers
    def i(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n: int, first: str = "123456789") -> str:
        d = self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))
        return d

    def reg(self, v: str) -> str:
        self.issued.add(v)
        return v

    # payment
    def card(self, brand: str = "visa") -> str:
        r = self.r
        if brand == "visa":
            p, n = "4" + self.digits(5, "0123456789"), 16
        elif brand == "mc":
            p, n = str(r.randint(51, 55)) + self.digits(4, "0123456789"), 16
        elif brand == "mc2":
            p, n = str(r.randint(2221, 2720)) + self.digits(2, "0123456789"), 16
        elif brand == "amex":
            p, n = r.choice(["34", "37"]) + self.digits(4, "0123456789"), 15
        elif brand == "disc":
            p, n = "6011" + self.digits(2, "0123456789"), 16
        elif brand == "up19":
            p, n = "62" + self.digits(4, "0123456789"), 19
        else:
            raise ValueError(brand)
        body = p + "".join(r.choice("0123456789") for _ in range(n - len(p) - 1))
        return self.reg(luhn_complete(body))

    def cvv(self, n: int = 3) -> str:
        return self.reg(self.digits(n, "123456789"))

    def exp(self, past: bool = False) -> tuple[int, int]:
        return (self.i(1, 12), self.i(2022, 2024) if past else self.i(2027, 2032))

    # identifiers
    def ssn(self) -> str:
        a = self.i(1, 665)
        while a == 666:
            a = self.i(1, 665)
        return self.reg(f"{a:03d}{self.i(1, 99):02d}{self.i(1, 9999):04d}")

    def ni(self) -> str:
        first, second = "ABCEGHJKLMNPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = self.pick(first) + self.pick(second)
            if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return self.reg(pre + self.digits(6, "0123456789") + self.pick("ABCD"))

    def pps(self, second: bool = False) -> str:
        d = self.digits(7, "0123456789")
        extra = self.pick("AH") if second else ""
        s = sum(int(c) * w for c, w in zip(d, range(8, 1, -1)))
        if extra:
            s += 9 * PPS_LETTERS.index(extra)
        return self.reg(d + PPS_LETTERS[s % 23] + extra)

    def sin(self) -> str:
        body = self.pick("1234567") + self.digits(7, "0123456789")
        return self.reg(luhn_complete(body))

    def tfn(self) -> str:
        while True:
            d = self.digits(9)
            if tfn_ok(d):
                return self.reg(d)

    def ird(self) -> str:
        return self.reg(str(self.i(10_000_000, 139_999_999)).zfill(9) if self.r.random() < .5
                        else str(self.i(10_000_000, 99_999_999)))

    def zaid(self, dob: date) -> str:
        body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{self.i(0, 9999):04d}0{8}"
        return self.reg(luhn_complete(body))

    def aadhaar(self) -> str:
        return self.reg(self.digits(12, "23456789"))

    def pan(self) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.reg("".join(self.pick(L) for _ in range(3)) + "P" + self.pick(L)
                        + self.digits(4, "0123456789") + self.pick(L))

    # phones
    def us_phone(self, state: str = "IL") -> str:
        return self.reg(self.pick(US_AREA[state]) + "55501" + f"{self.i(0, 99):02d}")

    def uk_mob(self) -> str:
        return self.reg(f"07700900{self.i(0, 999):03d}")

    def uk_land(self, kind: str = "") -> str:
        kind = kind or self.pick(["020", "0161", "0113", "0117"])
        if kind == "020":
            return self.reg(f"0207946{self.i(0, 999):04d}")
        return self.reg(f"{kind}496{self.i(0, 999):04d}")

    def au_mob(self) -> str:
        return self.reg(self.pick(AU_MOBILES))

    def au_land(self, state: str = "NSW") -> str:
        return self.reg(AU_AREA[state] + self.pick(["5550", "7010"]) + f"{self.i(0, 9999):04d}")

    # postcodes
    def zip(self, state: str = "IL") -> str:
        return self.reg(self.pick(ZIP_PREFIX[state]) + self.digits(2, "0123456789"))

    def zip4(self, state: str = "IL") -> str:
        return self.reg(self.zip(state) + self.digits(4, "0123456789"))

    def ukpc(self, outward: str = "") -> str:
        o = outward or self.pick(UK_OUTWARD)
        v = f"{o} {self.i(1, 9)}{self.pick(INWARD_LETTERS)}{self.pick(INWARD_LETTERS)}"
        self.reg(v.replace(" ", ""))
        return v

    def eir(self, key: str = "") -> str:
        k = key or self.pick(EIR_KEYS)
        tail = self.pick("ACDEFHKNPRTVWXY") + "".join(self.pick(EIR_CHARS) for _ in range(3))
        self.reg(k + tail)
        return f"{k} {tail}"

    def capc(self, fsa: str = "") -> str:
        f = fsa or self.pick(CA_FSA)
        v = f"{f} {self.i(1, 9)}{self.pick(CA_LETTERS)}{self.i(0, 9)}"
        self.reg(v.replace(" ", ""))
        return v

    def aupc(self, state: str = "NSW") -> str:
        a, b = AU_RANGE[state]
        return self.reg(f"{self.i(a, b):04d}")

    def nzpc(self, city: str = "Auckland") -> str:
        a, b = NZ_RANGE[city]
        return self.reg(f"{self.i(a, b):04d}")

    def zapc(self, city: str = "Johannesburg") -> str:
        a, b = ZA_RANGE[city]
        return self.reg(f"{self.i(a, b):04d}")

    def pin(self, city: str = "Pune") -> str:
        return self.reg(PIN_PREFIX[city] + f"{self.i(1, 99):03d}")

    # accounts and references
    def acct(self, n: int = 8, first: str = "123456789") -> str:
        return self.reg(self.digits(n, first))

    def code(self, pattern: str) -> str:
        """'A' letter, '9' digit, anything else literal; registered without separators."""
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        v = "".join(self.pick(L) if c == "A" else self.pick("0123456789") if c == "9" else c
                    for c in pattern)
        self.reg(re.sub(r"[^A-Z0-9]", "", v))
        return v

    def dob(self, y0: int = 1941, y1: int = 2005) -> date:
        return date(self.i(y0, y1), self.i(1, 12), self.i(1, 28))

    def day(self, y: int = 2025) -> date:
        return date(y, self.i(1, 12), self.i(1, 28))

    # renderers bound to this case's generator
    def seq(self, d: str, **kw) -> str:
        return a_seq(d, self.r, **kw)

    def grp(self, d: str, sizes, modes: str = "s", **kw) -> str:
        return a_groups(d, sizes, self.r, modes, **kw)

    def pairs(self, d: str) -> str:
        return a_pairs(d, self.r)

    def hn(self, lo: int, hi: int) -> str:
        return a_house(self.i(lo, hi), self.r)

    def an(self, v: str, **kw) -> str:
        return a_alnum(v, self.r, **kw)

    def ph(self, d: str, **kw) -> str:
        return a_phone(d, self.r, **kw)

    def ad(self, d: date, form: str) -> str:
        return a_date(d, self.r, form)

    def yw(self, y: int) -> str:
        return year_w(y, self.r)

    def at(self, h0: int = 8, h1: int = 17, mins=(0, 15, 30, 45)) -> str:
        return a_time(self.i(h0, h1), self.pick(list(mins)), self.r)

    def tt(self, h0: int = 8, h1: int = 17, mins=(0, 15, 30, 45), style: str = "ampm") -> str:
        return t_time(self.i(h0, h1), self.pick(list(mins)), style)

    def tp(self, lo: int, hi: int, cur: str = "$", cents: bool = False) -> str:
        u, c = self.money(lo, hi, cents)
        return t_money(u, c, cur)

    def ap(self, lo: int, hi: int, word: str = "dollars", cents: bool = False,
           uk: bool = False) -> str:
        u, c = self.money(lo, hi, cents)
        return a_money(u, c, word, uk)

    def w(self, lo: int, hi: int, uk: bool = False) -> str:
        return n2w(self.i(lo, hi), uk)

    def n(self, lo: int, hi: int) -> str:
        return str(self.i(lo, hi))

    def wrong(self, d: str) -> str:
        """The same digits with one changed (a misread the caller then corrects)."""
        k = self.i(0, len(d) - 1)
        return d[:k] + self.pick([c for c in "0123456789" if c != d[k]]) + d[k + 1:]

    def fmt(self, pattern: str) -> str:
        """Like code() but for look-alikes: nothing is recorded."""
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return "".join(self.pick(L) if c == "A" else self.pick("0123456789") if c == "9" else c
                       for c in pattern)

    # look-alike numbers (not recorded)
    def nolu(self, n: int) -> str:
        """n digits that FAIL the Luhn check (tracking numbers and the like)."""
        while True:
            d = self.digits(n)
            if not luhn_ok(d):
                return d

    def money(self, lo: int, hi: int, cents: bool = True) -> tuple[int, int]:
        return self.i(lo, hi), (self.pick([0, 0, 50, 99, 95, 25, 49, 75]) if cents else 0)


# --------------------------------------------------------------------------- renderers
def _zero(rng, zero):
    return zero or rng.choice(["oh", "oh", "zero"])


def a_seq(d: str, rng: random.Random, zero: str | None = None, dbl: float = 0.5,
          homo: float = 0.0) -> str:
    """Digits one by one as words, with 'double'/'triple' and ASR homophones."""
    z = _zero(rng, zero)
    out, i = [], 0
    word = lambda c: z if c == "0" else ONES[int(c)]
    while i < len(d):
        if i + 2 < len(d) and d[i] == d[i + 1] == d[i + 2] and rng.random() < dbl / 2:
            out.append("triple " + word(d[i]))
            i += 3
        elif i + 1 < len(d) and d[i] == d[i + 1] and rng.random() < dbl:
            out.append("double " + word(d[i]))
            i += 2
        else:
            w = word(d[i])
            if homo and w in ("four", "two") and rng.random() < homo:
                w = "for" if w == "four" else "to"
            out.append(w)
            i += 1
    return " ".join(out)


def a_pairs(d: str, rng: random.Random, zero: str | None = None) -> str:
    """Digits read in pairs ('4111' -> 'forty one eleven'); odd leftovers one by one."""
    z = _zero(rng, zero)
    chunks = []
    i = 0
    while i < len(d):
        p = d[i:i + 2]
        if len(p) == 1:
            chunks.append(z if p == "0" else ONES[int(p)])
        elif p[0] == "0":
            chunks.append(z + " " + (z if p[1] == "0" else ONES[int(p[1])]))
        else:
            chunks.append(n2w(int(p)))
        i += 2
    text = " ".join(chunks)
    if digits_of(text, homo=False) != d:
        return a_seq(d, rng, zero=z, dbl=0)
    return text


def a_groups(d: str, sizes, rng: random.Random, modes: str = "s", zero: str | None = None,
             sep: str = " ", dbl: float = 0.4, homo: float = 0.0) -> str:
    """Groups of digits; modes per group: s=seq, p=pairs, d=digits (ASR odd digit groups)."""
    z = _zero(rng, zero)
    parts, i = [], 0
    for k, n in enumerate(sizes):
        g = d[i:i + n]
        i += n
        m = modes[k % len(modes)]
        if m == "d":
            parts.append(g)
        elif m == "p":
            parts.append(a_pairs(g, rng, zero=z))
        else:
            parts.append(a_seq(g, rng, zero=z, dbl=dbl, homo=homo))
    assert i == len(d), (d, sizes)
    text = sep.join(parts)
    if digits_of(text) != d:
        return " ".join(a_seq(d[j:j + 4], rng, zero=z, dbl=0) for j in range(0, len(d), 4))
    return text


def odd_split(d: str, rng: random.Random) -> list[int]:
    sizes, left = [], len(d)
    while left:
        n = min(left, rng.choice([2, 3, 4, 4, 5, 6]))
        sizes.append(n)
        left -= n
    return sizes


def t_groups(d: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    assert i == len(d)
    return sep.join(out)


def t_card(d: str, sep: str = " ") -> str:
    if len(d) == 15:
        return t_groups(d, [4, 6, 5], sep)
    if len(d) == 19:
        return t_groups(d, [4, 4, 4, 4, 3], sep)
    return t_groups(d, [4, 4, 4, 4], sep)


def t_ssn(d: str, sep: str = "-") -> str:
    return t_groups(d, [3, 2, 4], sep)


def t_phone(d: str, intl: bool = False) -> str:
    """Typed phone in its country's usual grouping; intl=True drops the trunk 0 after +cc."""
    if len(d) == 10 and d[3:6] == "555":
        return ("1 " if intl else "") + f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if d.startswith("07") and len(d) == 11:
        return ("44 " + d[1:5] + " " + d[5:]) if intl else d[:5] + " " + d[5:]
    if d.startswith("020"):
        return ("44 20 " + d[3:7] + " " + d[7:]) if intl else "020 " + d[3:7] + " " + d[7:]
    if d.startswith("01"):
        return ("44 " + d[1:4] + " " + d[4:7] + " " + d[7:]) if intl \
            else d[:4] + " " + d[4:7] + " " + d[7:]
    if d.startswith("04"):
        return ("61 " + d[1:4] + " " + d[4:7] + " " + d[7:]) if intl \
            else d[:4] + " " + d[4:7] + " " + d[7:]
    if d.startswith("0"):
        return ("61 " + d[1] + " " + d[2:6] + " " + d[6:]) if intl \
            else d[:2] + " " + d[2:6] + " " + d[6:]
    raise ValueError(d)


def intl_digits(d: str) -> str:
    if len(d) == 10 and d[3:6] == "555":
        return "1" + d
    if d.startswith("04") or d[:2] in ("02", "03", "07", "08") and len(d) == 10:
        return "61" + d[1:]
    return "44" + d[1:]


def a_phone(d: str, rng: random.Random, modes: str | None = None, homo: float = 0.0) -> str:
    """A phone number said the way people say it (groups by country)."""
    if len(d) == 10 and d[3:6] == "555":
        sizes = [3, 3, 4]
    elif d.startswith("07") and len(d) == 11:
        sizes = [5, 3, 3]
    elif d.startswith("020"):
        sizes = [3, 4, 4]
    elif d.startswith("01"):
        sizes = [4, 3, 4]
    elif d.startswith("04"):
        sizes = [4, 3, 3]
    else:
        sizes = [2, 4, 4]
    modes = modes or rng.choice(["s", "s", "ssp", "sps", "ssd"])
    return a_groups(d, sizes, rng, modes, homo=homo)


PHON_OF = {v: k for k, v in PHONETIC.items() if k not in ("alfa", "juliett", "whisky")}
ASIN = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "F": "freddie",
        "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mary",
        "N": "nancy", "P": "peter", "Q": "queen", "R": "robert", "S": "sugar", "T": "tommy",
        "U": "uncle", "V": "victor", "W": "william", "X": "xmas", "Y": "yellow", "Z": "zebra"}


def a_alnum(v: str, rng: random.Random, phon: float = 0.0, how: str = "word",
            dbl: float = 0.5, zero: str | None = None, sep: str = " ") -> str:
    """An id with letters said aloud: letters one by one (some phonetic), digits as words.
    Spaces in v keep their grouping; how = word ('bravo'), for ('b for bravo'), asin."""
    z = _zero(rng, zero)
    groups = []
    for grp in v.split(" "):
        out, i = [], 0
        while i < len(grp):
            c = grp[i]
            if i + 1 < len(grp) and grp[i + 1] == c and rng.random() < dbl:
                w = (z if c == "0" else ONES[int(c)]) if c.isdigit() else c.lower()
                out.append("double " + w)
                i += 2
                continue
            if c.isdigit():
                out.append(z if c == "0" else ONES[int(c)])
            elif rng.random() < phon:
                if how == "word":
                    out.append(PHON_OF[c])
                elif how == "for":
                    out.append(f"{c.lower()} for {PHON_OF[c]}")
                else:
                    out.append(f"{c.lower()} as in {ASIN[c]}")
            else:
                out.append(c.lower())
            i += 1
        groups.append(" ".join(out))
    text = sep.join(groups)
    if alnum_of(text, "asr") != v.replace(" ", ""):
        raise AssertionError((v, text, alnum_of(text, "asr")))
    return text


def t_date(d: date, form: str) -> str:
    if form == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if form == "mdy":
        return f"{d.month}/{d.day}/{d.year}"
    if form == "mdy2":
        return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if form == "us":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if form == "uk":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if form == "ord":
        return f"{ords(d.day)} of {MONTHS[d.month - 1]} {d.year}"
    if form == "iso":
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if form == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if form == "dmon":
        return f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"
    raise ValueError(form)


def a_date(d: date, rng: random.Random, form: str) -> str:
    """A date said aloud, in ASR style (lower case, words)."""
    mon = MONTHS[d.month - 1].lower()
    yr = year_w(d.year, rng)
    if form == "ord_of_month_year":       # third of may nineteen eighty one
        return f"{ordw(d.day)} of {mon} {yr}"
    if form == "ord_of_ord_yy":           # third of the fifth eighty one
        return f"{ordw(d.day)} of the {ordw(d.month)} {yy_w(d.year)}"
    if form == "year_month_the_ord":      # nineteen seventy two may the ninth
        return f"{yr} {mon} the {ordw(d.day)}"
    if form == "ddmmyy":                  # oh four oh six sixty
        dd = f"oh {ONES[d.day]}" if d.day < 10 else n2w(d.day)
        mm = f"oh {ONES[d.month]}" if d.month < 10 else n2w(d.month)
        return f"{dd} {mm} {yy_w(d.year)}"
    if form == "month_ord_year":          # may ninth nineteen seventy two
        return f"{mon} {ordw(d.day)} {yr}"
    if form == "month_the_ord_year":      # may the ninth nineteen seventy two
        return f"{mon} the {ordw(d.day)} {yr}"
    if form == "us_num":                  # five nine seventy two
        return f"{n2w(d.month)} {n2w(d.day)} {yy_w(d.year)}"
    if form == "day_month_year":          # nine may seventy two
        return f"{n2w(d.day)} {mon} {yy_w(d.year)}"
    if form == "digits":                  # 09 05 1972
        return f"{d.day:02d} {d.month:02d} {d.year}"
    if form == "ord_month":               # ninth of may (no year)
        return f"{ordw(d.day)} of {mon}"
    raise ValueError(form)


def a_house(n: int, rng: random.Random) -> str:
    """A house, flat or suite number as people say it: 7, four twenty three, eighty seven seventy one."""
    if n < 100:
        return n2w(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " " + ("hundred" if r == 0 else n2w(r) if r >= 10 else "oh " + ONES[r])
    return a_pairs(str(n), rng)


def age_on(d: date, ref: date = date(2025, 6, 1)) -> int:
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def t_money(units: int, cents: int = 0, cur: str = "$") -> str:
    s = f"{units:,}"
    return f"{cur}{s}" + (f".{cents:02d}" if cents else "")


def a_money(units: int, cents: int, word: str, uk: bool = False) -> str:
    """forty nine ninety nine / twelve hundred dollars / three hundred and forty pounds fifty."""
    if cents and units < 100:
        return f"{n2w(units)} {n2w(cents) if cents >= 10 else 'oh ' + ONES[cents]}"
    if 1100 <= units < 10000 and units % 100 == 0 and units % 1000:
        return f"{n2w(units // 100)} hundred {word}"
    s = f"{n2w(units, uk)} {word}"
    if cents:
        s += " " + n2w(cents)
    return s


def t_time(h: int, m: int, style: str = "ampm") -> str:
    if style == "24":
        return f"{h:02d}:{m:02d}"
    hh = h % 12 or 12
    suf = "am" if h < 12 else "pm"
    if style == "ampm":
        return f"{hh}:{m:02d} {suf}" if m else f"{hh} {suf}"
    if style == "dots":
        return f"{hh}:{m:02d} {suf[0]}.m."
    raise ValueError(style)


def a_time(h: int, m: int, rng: random.Random) -> str:
    hh = h % 12 or 12
    nxt = (h + 1) % 12 or 12
    opts = []
    if m == 0:
        opts += [f"{n2w(hh)} o'clock", f"{n2w(hh)} {'am' if h < 12 else 'pm'}"]
    elif m == 30:
        opts += [f"half past {n2w(hh)}", f"{n2w(hh)} thirty"]
    elif m == 15:
        opts += [f"quarter past {n2w(hh)}", f"{n2w(hh)} fifteen"]
    elif m == 45:
        opts += [f"quarter to {n2w(nxt)}", f"{n2w(hh)} forty five"]
    else:
        opts += [f"{n2w(hh)} {n2w(m) if m >= 10 else 'oh ' + ONES[m]}"]
    return rng.choice(opts)


# --------------------------------------------------------------------------- markup
MARK = re.compile(r"\[\[([A-Z_]+)(?:#(\w+)(!?))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")


def strip_markup(raw: str):
    """-> clean text, pii [(start, end, type, tag, excluded)], keep [(start, end, kind)]."""
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        n += len(raw[pos:m.start()])
        if m.group(1):
            text = m.group(4)
            pii.append((n, n + len(text), m.group(1), m.group(2), bool(m.group(3))))
        else:
            text = m.group(6)
            keep.append((n, n + len(text), m.group(5)))
        out.append(text)
        n += len(text)
        pos = m.end()
    out.append(raw[pos:])
    clean = "".join(out)
    if "[[" in clean or "]]" in clean or "((" in clean or "))" in clean:
        raise ValueError("unparsed markup: " + raw)
    return clean, pii, keep


SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}


def build_case(cid: str, style: str, lines: list[str]):
    utts, pii, keep, meta = [], [], [], []
    tagmap: dict[str, str] = {}
    gcount = 0
    for ui, line in enumerate(lines):
        sp, _, raw = line.partition("|")
        text, p, k = strip_markup(raw)
        utts.append({"speaker": SPEAKERS[sp], "text": text})
        for (s, e, typ, tag, excl) in sorted(p):
            if tag is None:
                gcount += 1
                grp = f"g{gcount}"
            else:
                if tag not in tagmap:
                    gcount += 1
                    tagmap[tag] = f"g{gcount}"
                grp = tagmap[tag]
            pii.append({"utterance": ui, "start": s, "end": e, "type": typ, "group": grp})
            meta.append(excl)
        for (s, e, kind) in sorted(k):
            keep.append({"utterance": ui, "start": s, "end": e, "kind": kind})
    return {"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep}, meta


# --------------------------------------------------------------------------- validation
BAD_EDGE = (set(string.punctuation) - {"$", "%"}) | set(string.whitespace) | {"\u2014", "\u2013"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir", "madam", "prof",
          "professor", "mx", "lady", "lord", "rev", "reverend"}
ADDR_WORDS = {
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "way", "close",
    "court", "ct", "crescent", "cres", "place", "pl", "terrace", "parade", "grove", "gardens",
    "square", "boulevard", "blvd", "highway", "hwy", "route", "rr", "box", "farm", "cottage",
    "house", "lodge", "row", "hill", "park", "mews", "walk", "view", "rise", "green", "wynd",
    "quay", "society", "sector", "block", "nagar", "colony", "marg", "apartments", "estate",
    "lot", "concession", "line", "circle", "trail", "pike", "loop", "heights", "cottages",
    "villas", "manor", "barn", "mill", "bay", "township", "plot", "layout", "cross", "main",
    "phase", "enclave", "complex", "towers", "tower", "residency", "chambers", "brae", "vale",
    "end", "glen", "point", "commons", "landing", "path", "ridge", "broadway", "esplanade",
    "promenade", "wharf", "station", "ranch", "homestead", "bungalow", "chalet", "sideroad",
    "rural", "po", "bag", "unit", "flat", "apartment", "suite", "floor", "townland",
    "plain", "parkway", "pkwy", "strand", "calle", "camino", "rua", "avenida", "via", "strasse", "rue", "carrer", "travessa",
}


def word_edge_ok(text: str, s: int, e: int) -> bool:
    if s > 0 and text[s - 1].isalnum() and text[s].isalnum():
        return False
    if e < len(text) and text[e - 1].isalnum() and text[e].isalnum():
        return False
    return True


def validate(case: dict, meta: list[bool], issued: set[str]) -> list[str]:
    cid, style = case["case_id"], case["style"]
    errs = []
    err = lambda msg: errs.append(f"{cid}: {msg}")
    utts = case["utterances"]
    spans_by_utt: dict[int, list] = {}
    for sp in case["pii"] + case["keep"]:
        t = utts[sp["utterance"]]["text"]
        s, e = sp["start"], sp["end"]
        label = sp.get("type") or sp.get("kind")
        frag = t[s:e]
        if not (0 <= s < e <= len(t)):
            err(f"span out of range {sp}")
            continue
        if frag[0] in BAD_EDGE:
            err(f"leading space/punct in {label} {frag!r}")
        if frag[-1] in BAD_EDGE and not re.search(r"[ap]\.m\.$", frag):
            err(f"trailing space/punct in {label} {frag!r}")
        if not word_edge_ok(t, s, e):
            err(f"{label} {frag!r} starts or ends inside a word in {t!r}")
        spans_by_utt.setdefault(sp["utterance"], []).append((s, e, label, frag))
    for ui, lst in spans_by_utt.items():
        lst.sort()
        for a, b in zip(lst, lst[1:]):
            if b[0] < a[1]:
                err(f"overlap {a[3]!r} / {b[3]!r}")
    for sp in case["keep"] + case["pii"]:
        frag = utts[sp["utterance"]]["text"][sp["start"]:sp["end"]]
        if re.match(r"(?i)(the|on|born|my|it's|is)\b", frag) and sp.get("type") != "ADDRESS":
            err(f"span starts with a cue word: {frag!r}")
    for k in case["keep"]:
        if k["kind"] not in KEEP_KINDS:
            err(f"bad keep kind {k['kind']}")
    # group values
    groups: dict[str, list] = {}
    for sp, excl in zip(case["pii"], meta):
        if sp["type"] not in PII_TYPES:
            err(f"bad type {sp['type']}")
        frag = utts[sp["utterance"]]["text"][sp["start"]:sp["end"]]
        groups.setdefault(sp["group"], []).append((sp, frag, excl))
    types_in_case: dict[str, list[str]] = {}
    for gid, items in groups.items():
        typ = items[0][0]["type"]
        if any(sp["type"] != typ for sp, _, _ in items):
            err(f"group {gid} mixes types")
        frags = [f for _, f, x in items if not x]
        alls = [f for _, f, _ in items]
        if typ in ("CARD_NUMBER", "CVV", "PHONE"):
            v = "".join(digits_of(f) for f in frags)
            types_in_case.setdefault(typ, []).append(v)
        elif typ in ("SSN", "POSTCODE", "ACCOUNT_NUMBER"):
            v = "".join(alnum_of(f, style) for f in frags)
            types_in_case.setdefault(typ, []).append(v)
        else:
            v = " ".join(frags)
        if not frags:
            continue
        if typ == "CARD_NUMBER":
            if len(v) == 4:
                if not any(x.endswith(v) and len(x) in (15, 16, 19) for x in issued):
                    err(f"card last four {v} not the end of a card in the case")
            elif len(v) not in (15, 16, 19) or not luhn_ok(v):
                err(f"card {v} ({alls}) length {len(v)} / Luhn fails")
            elif v not in issued:
                err(f"card {v} not generated")
        elif typ == "CVV":
            if not re.fullmatch(r"\d{3,4}", v) or v not in issued:
                err(f"cvv {v!r} from {alls}")
        elif typ == "SSN":
            ok = (re.fullmatch(r"\d{4}", v) and any(x.endswith(v) for x in issued)) or (
                v in issued and (
                    (re.fullmatch(r"\d{9}", v) and (1 <= int(v[:3]) <= 665 or luhn_ok(v) or tfn_ok(v)))
                    or re.fullmatch(r"\d{8}", v)
                    or re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v)
                    or pps_ok(v)
                    or (re.fullmatch(r"\d{13}", v) and luhn_ok(v))
                    or re.fullmatch(r"[2-9]\d{11}", v)
                    or re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v)))
            if not ok:
                err(f"ssn/national id {v!r} from {alls} has no allowed shape or was not generated")
        elif typ == "PHONE":
            core = v
            ok = v in issued or any(intl_digits(x) == v for x in issued)
            if not (10 <= len(core) <= 12) or not ok:
                err(f"phone {v!r} from {alls} (len {len(v)})")
        elif typ == "EXPIRY":
            mm = None
            low = v.lower()
            for k, name in enumerate(MONTHS):
                if re.search(r"\b(" + name.lower() + "|" + name[:3].lower() + r")\b", low):
                    mm = k + 1
            if mm is None:
                dd = digits_of(v)
                if len(dd) in (3, 5):
                    mm = int(dd[0])
                elif len(dd) in (4, 6):
                    mm = int(dd[:2])
            if mm is None or not 1 <= mm <= 12:
                err(f"expiry without a valid month {alls}")
        elif typ == "POSTCODE":
            pats = [r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", r"\d{5}(\d{4})?", r"[A-Z]\d[\dW][A-Z\d]{4}",
                    r"[A-Z]\d[A-Z]\d[A-Z]\d", r"\d{4}", r"\d{6}"]
            if not any(re.fullmatch(p, v) for p in pats) or v not in issued:
                err(f"postcode {v!r} from {alls}")
        elif typ == "ACCOUNT_NUMBER":
            if not re.search(r"\d", v) or "?" in v or not (
                    v in issued or any(x.endswith(v) and len(v) >= 4 for x in issued)):
                err(f"account {v!r} from {alls}")
        elif typ == "EMAIL":
            for f in alls:
                if style == "asr":
                    if "@" in f or " at " not in f" {f} " or " dot " not in f" {f} ":
                        err(f"spoken e-mail {f!r}")
                elif not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", f):
                    err(f"typed e-mail {f!r}")
        elif typ == "NAME":
            for f in alls:
                if re.search(r"\d", f) or any(w.strip(".").lower() in TITLES
                                             for w in f.split()):
                    err(f"name {f!r} has digits or a title")
        elif typ == "ADDRESS":
            for f in frags:
                words = set(re.findall(r"[a-z]+", f.lower()))
                spelled = all(len(w) == 1 or w == "apostrophe" for w in f.lower().split())
                if not words & ADDR_WORDS and not spelled:
                    err(f"address {f!r} has no street word")
        elif typ == "DOB":
            for f in alls:
                low = f.lower()
                if not (re.search(r"\d", f) or set(re.findall(r"[a-z]+", low)) & (
                        NUMWORDS | {w for o in _ORD1 for w in o.split()} | {"twentieth", "thirtieth"})):
                    err(f"dob {f!r} has no number")
    # a name said in the case is labelled wherever it is said again
    name_words = set()
    for p in case["pii"]:
        if p["type"] == "NAME":
            frag = utts[p["utterance"]]["text"][p["start"]:p["end"]]
            name_words |= {w for w in re.findall(r"[^\W\d_]+", frag.lower()) if len(w) > 2
                           and w not in ("apostrophe", "double", "hyphen", "van", "der", "the")}
    for ui, u in enumerate(utts):
        t = u["text"]
        spans = spans_by_utt.get(ui, [])
        for m in re.finditer(r"[^\W\d_]+", t):
            if m.group().lower() in name_words and not any(s <= m.start() < e for s, e, _, _ in spans):
                err(f"name {m.group()!r} outside a NAME span in utterance {ui}: {t!r}")
    # look-alikes: 13-19 digit runs fail Luhn, and never repeat a pii value of their utterance
    for k in case["keep"]:
        t = utts[k["utterance"]]["text"]
        frag = t[k["start"]:k["end"]]
        d = re.sub(r"\D", "", frag) if re.search(r"\d", frag) else digits_of(frag, homo=False)
        if 13 <= len(d) <= 19 and luhn_ok(d):
            err(f"look-alike {frag!r} passes Luhn")
        if len(d) >= 3:
            for p in case["pii"]:
                if p["utterance"] == k["utterance"] and digits_of(
                        t[p["start"]:p["end"]]) == d:
                    err(f"look-alike {frag!r} repeats a pii value")
    # nothing numeric left outside spans
    for ui, u in enumerate(utts):
        t = u["text"]
        covered = [False] * len(t)
        for s, e, _, _ in spans_by_utt.get(ui, []):
            for x in range(s, e):
                covered[x] = True
        masked = "".join(" " if covered[x] else c for x, c in enumerate(t))
        for x, c in enumerate(masked):
            if c.isdigit():
                err(f"digit outside a span in utterance {ui}: {t!r}")
                break
        run = 0
        for w in re.findall(r"[A-Za-z']+|\S", masked):
            if w.lower() in NUMWORDS:
                run += 1
                if run >= 4:
                    err(f"four digit words outside a span in utterance {ui}: {t!r}")
                    break
            else:
                run = 0
        if case["style"] == "asr" and (re.search(r"[A-Z]", t) or re.search(r"[.,;:!?\"]", t)):
            err(f"asr utterance with capitals or punctuation: {t!r}")
    return errs


# --------------------------------------------------------------------------- cases
CASES: list = []


def case(style: str):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


def run_all():
    built, errors = [], []
    for n, (style, fn) in enumerate(CASES, 1):
        cid = f"t24-{n:03d}"
        g = Gen(SEED * 1000 + n)
        lines = fn(g)
        try:
            obj, meta = build_case(cid, style, lines)
        except ValueError as ex:
            errors.append(f"{cid}: {ex}")
            continue
        errors += validate(obj, meta, g.issued)
        built.append(obj)
    return built, errors


def totals(built):
    c = {t: 0 for t in PII_TYPES}
    kinds = {k: 0 for k in KEEP_KINDS}
    utts = plain = ivr = 0
    styles = {"transcript": 0, "asr": 0}
    for obj in built:
        styles[obj["style"]] += 1
        utts += len(obj["utterances"])
        with_pii = {p["utterance"] for p in obj["pii"]}
        plain += sum(1 for i in range(len(obj["utterances"])) if i not in with_pii)
        ivr += any(u["speaker"] == "ivr" for u in obj["utterances"])
        for p in obj["pii"]:
            c[p["type"]] += 1
        for k in obj["keep"]:
            kinds[k["kind"]] += 1
    return c, kinds, utts, plain, ivr, styles


def global_checks(built, counts, kinds, utts, plain, ivr, styles):
    errs = []
    owner: dict[str, str] = {}
    for obj in built:
        for p in obj["pii"]:
            if p["type"] != "NAME":
                continue
            frag = obj["utterances"][p["utterance"]]["text"][p["start"]:p["end"]]
            for w in re.findall(r"[^\W\d_]+", frag.lower()):
                if len(w) < 2 or w in ("apostrophe", "double", "hyphen", "dash", "as", "in", "for"):
                    continue
                if owner.setdefault(w, obj["case_id"]) != obj["case_id"]:
                    errs.append(f"name word {w!r} used in {owner[w]} and {obj['case_id']}")
    for t, n in MINIMUM.items():
        if counts[t] < n:
            errs.append(f"minimum: {t} {counts[t]} < {n}")
    if sum(kinds.values()) < MIN_KEEP:
        errs.append(f"minimum: keep {sum(kinds.values())} < {MIN_KEEP}")
    for k, n in kinds.items():
        if not n:
            errs.append(f"minimum: no keep span of kind {k}")
    if len(built) < MIN_CASES:
        errs.append(f"minimum: cases {len(built)} < {MIN_CASES}")
    if utts < MIN_UTTS:
        errs.append(f"minimum: utterances {utts} < {MIN_UTTS}")
    if plain < MIN_PLAIN:
        errs.append(f"minimum: utterances without pii {plain} < {MIN_PLAIN}")
    if ivr < MIN_IVR:
        errs.append(f"minimum: cases with an ivr {ivr} < {MIN_IVR}")
    if built and not 0.4 <= styles["asr"] / len(built) <= 0.6:
        errs.append(f"styles out of balance {styles}")
    return errs


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    built, errors = run_all()
    counts, kinds, utts, plain, ivr, styles = totals(built)
    errors += global_checks(built, counts, kinds, utts, plain, ivr, styles)
    print(f"cases {len(built)} ({styles['transcript']} transcript, {styles['asr']} asr), "
          f"utterances {utts}, without pii {plain}, cases with ivr {ivr}")
    print("pii spans: " + ", ".join(f"{t} {n}" for t, n in counts.items())
          + f" (total {sum(counts.values())})")
    print("keep spans: " + ", ".join(f"{k} {n}" for k, n in kinds.items())
          + f" (total {sum(kinds.values())})")
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    if "--check" in argv:
        print("all checks passed (--check: nothing written)")
        return 0
    data = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in built)
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT.name}")
    return 0


# ============================================================== opticians and hearing clinics
@case("transcript")
def c_optician_harrogate(g):
    dob = g.dob(1958, 1992)
    pc = g.ukpc("HG1")
    mob = g.uk_mob()
    flat, house = g.i(1, 9), g.i(2, 88)
    return [
        "A|Good morning, Clearview Opticians Harrogate, you're through to [[NAME:Bronwen]]. How can I help?",
        f"C|Hi, I'd like to book an eye test, please. My last one was about ((duration:{n2w(g.i(2, 3))} years)) ago, so I'm overdue.",
        "A|No problem at all. Have you been to us before?",
        "C|Yes, but ages ago. It'll be under [[NAME:Tamsin Holroyd]].",
        "A|Lovely. And your date of birth, [[NAME:Tamsin]]?",
        f"C|[[DOB:{t_date(dob, 'ord')}]].",
        "A|I've got a [[NAME:Tamsin Holroyd]], but the address I have is a Knaresborough one.",
        f"C|That's old. It's now [[ADDRESS:{house} Beech Grove, Flat {flat}, Harrogate]], [[POSTCODE:{pc}]].",
        f"A|So that's [[ADDRESS:Flat {flat}, {house} Beech Grove]], [[POSTCODE:{pc}]]. Updated.",
        "C|Perfect. Is it still free on the NHS for me? I think I'm not eligible any more.",
        f"A|A private test is ((price:£{g.i(25, 35)})), and contact lens checks are ((price:£{g.i(15, 22)}.50)) on top.",
        "C|That's fine.",
        f"A|I have ((time:{g.tt(9, 11)})) on ((date:{ords(g.i(3, 27))} of {g.pick(MONTHS)})), or ((time:{g.tt(13, 16)})) the day after.",
        "C|The afternoon one is better. I finish work early on Thursdays.",
        "A|Done. And a mobile for the reminder text?",
        f"C|[[PHONE:{t_phone(mob)}]].",
        f"A|Great. Also, frames are ((percentage:{g.i(20, 40)}%)) off this month if you need new ones.",
        "C|Good to know, thanks, [[NAME:Bronwen]].",
    ]


@case("asr")
def c_hearing_portland(g):
    dob = g.dob(1944, 1960)
    ssn = g.ssn()
    ph = g.us_phone("OR")
    ext = g.digits(3)
    z = g.zip4("OR")
    mem = g.code("AAA999999999")
    return [
        "A|thank you for calling cascade hearing center this is [[NAME:dwayne]] how can i help you",
        "C|yeah hi um i've got a problem with my left hearing aid it's been whistling",
        "A|oh i'm sorry to hear that let's get you in can i get your name",
        "C|it's [[NAME:lorraine pettibone]]",
        "A|and date of birth",
        f"C|[[DOB:{g.ad(dob, 'year_month_the_ord')}]]",
        "A|okay and for security the last four of your social",
        f"C|[[SSN:{g.seq(ssn[-4:], dbl=0)}]]",
        "A|thank you and which model are you wearing",
        f"C|it's the ((model_number:lumi {g.w(3, 9)} {g.w(20, 99)})) i think it takes the ((model_number:size {g.pick(['three twelve', 'thirteen', 'ten'])})) batteries",
        f"A|okay those are under warranty for ((duration:{g.w(2, 4)} years)) so no charge for the repair",
        "C|oh good because they were not cheap",
        "A|do you still have insurance through your union plan",
        f"C|yes the member number is [[ACCOUNT_NUMBER:{g.an(mem[:3])} {g.grp(mem[3:], [3, 3, 3], 'sps')}]]",
        "A|and the best number to reach you",
        f"C|[[PHONE#p:{g.ph(ph)}]] um that's my work line so you'll need extension [[PHONE#p!:{g.seq(ext, dbl=0)}]]",
        f"A|let me read that back [[PHONE#r:{g.ph(ph)}]] extension [[PHONE#r!:{g.seq(ext, dbl=0)}]]",
        "C|that's it",
        f"A|got it and you're still at [[ADDRESS:{g.hn(1200, 9800)} southeast belmont street suite {g.hn(100, 400)}]] in portland",
        f"C|yes but the zip changed they gave us a plus four now it's [[POSTCODE:{g.seq(z[:5])} {g.seq(z[5:])}]]",
        f"A|okay the hearing test takes about ((duration:{g.w(40, 50)} minutes)) and we'll check the tubing",
        f"C|and it was whistling at like ((quantity:{g.w(60, 80)} decibels)) my husband said",
        f"A|ha well we'll sort it i have ((time:{g.at(9, 11)})) on friday",
        "C|that works thank you [[NAME:dwayne]]",
    ]


@case("asr")
def c_optician_limerick(g):
    dob = g.dob(1941, 1948)
    pps = g.pps()
    eir = g.eir("V94")
    ph = g.uk_mob()
    return [
        "A|good afternoon eyecare ireland limerick [[NAME:fionnuala]] speaking",
        "C|hello there i'm ringing on behalf of my father he's after breaking his glasses",
        "A|ah no is he an existing patient with us",
        "C|he is yeah [[NAME:padraig o'halloran]] that's [[NAME:o apostrophe h a double l o r a n]]",
        "A|grand and his date of birth",
        f"C|the [[DOB:{g.ad(dob, 'ord_of_ord_yy')}]] he's ((other:{n2w(age_on(dob))})) now",
        "A|and is he covered under the medical card scheme or the treatment benefit",
        "C|treatment benefit i have his pps here",
        f"C|it's [[SSN#a:{g.grp(pps[:4], [4], 's', dbl=0)}]] hang on my glasses are in the car ha [[SSN#a:{g.grp(pps[4:7], [3], 's', dbl=0)} {g.an(pps[7:], phon=1.0, how='for')}]]",
        "A|lovely that's gone through and the address we have is a rural one",
        f"C|yeah [[ADDRESS:knocklong cottage ballyneety]] county limerick the eircode is [[POSTCODE#e:{g.an(eir.split()[0])}]]",
        f"A|mm-hmm",
        f"C|[[POSTCODE#e:{g.an(eir.split()[1], phon=0.5, how='word')}]]",
        f"A|perfect so the frames he had were the ((model_number:{g.pick(['ray', 'silhouette', 'lindberg'])} {g.w(40, 90)} {g.w(10, 99)})) and the lenses are varifocals",
        f"C|that's them he sat on them ((date:{g.pick(['last tuesday', 'on sunday', 'yesterday'])}))",
        f"A|ah no the replacement would be ((price:{g.ap(120, 180, 'euro')})) and the benefit covers ((price:{g.ap(42, 60, 'euro')}))",
        "C|that's fine can you post them or does he have to come in",
        f"A|he'll need a fitting it takes ((duration:{g.w(10, 20)} minutes)) and we open at ((time:half {g.pick(['nine', 'eight'])}))",
        "C|okay and can you text me when they're ready and not him he never looks at his phone",
        f"C|my number's [[PHONE:{g.ph(ph)}]] it's a uk one i'm over in leeds",
        "A|no bother and your name",
        "C|[[NAME:clodagh]]",
        "A|thanks [[NAME:clodagh]] we'll be in touch",
    ]


@case("transcript")
def c_hearing_mississauga(g):
    dob = g.dob(1949, 1963)
    hc = g.code("9999-999-999-AA")
    ph = g.us_phone("ON")
    pc = g.capc("L4W")
    unit, num = g.i(2, 40), g.i(1200, 4900)
    return [
        "A|Good morning, Lakeshore Hearing, this is [[NAME:Priyanka]].",
        "C|Hi, I had a hearing test booked for next week but I have to move it. The name is [[NAME:Gordon Villeneuve]].",
        "A|Sure, [[NAME:Gordon]]. Can I have your date of birth?",
        f"C|[[DOB:{t_date(dob, 'us')}]].",
        f"A|I see you at ((time:{g.tt(9, 11)})) on the ((date:{ords(g.i(2, 28))})). What works instead?",
        "C|Anything the week after, mornings.",
        f"A|I have ((date:{g.pick(['Tuesday', 'Wednesday', 'Thursday'])} the {ords(g.i(2, 28))})) at ((time:{g.tt(8, 11)})). The full assessment is about ((duration:{g.i(45, 75)} minutes)).",
        "C|That's fine.",
        "A|And is your Ontario health card still the same one?",
        f"C|Yes, it's [[ACCOUNT_NUMBER:{hc}]].",
        f"A|Thank you. The hearing aids we discussed last time were the ((model_number:{g.fmt('AA')}-{g.i(3, 9)}0)) pair, ((price:{g.tp(3200, 5800)})) for both.",
        f"C|That's a lot. Is there a cheaper option? My wife says I need ((count:{n2w(g.i(2, 2))})) anyway.",
        f"A|There's a basic model at ((price:{g.tp(1400, 2200)})), and the ADP covers ((percentage:{g.i(70, 80)}%)) of the approved price.",
        "C|Okay. Let's talk about it at the appointment.",
        "A|Your address is still the Mississauga one?",
        f"C|Yes, [[ADDRESS:{unit}-{num} Lakeshore Road East, Mississauga]], [[POSTCODE:{pc}]].",
        f"A|And the phone, [[PHONE:{t_phone(ph)}]]?",
        "C|Correct.",
        "A|You're all set, [[NAME:Gordon]].",
    ]


@case("asr")
def c_optician_navi_mumbai(g):
    pin = g.pin("Navi Mumbai")
    dob = g.dob(1975, 1995)
    flat, sec = g.i(101, 1204), g.i(2, 40)
    acct = g.acct(8)
    return [
        "A|good evening drishti eye care kharghar [[NAME:sneha]] this side",
        "C|hello madam i ordered spectacles last week and they have not come",
        "A|sorry about that sir can you tell me your name",
        "C|[[NAME:vikrant deshmukh]]",
        "A|and the order number or the mobile number",
        f"C|order number i have it is [[ACCOUNT_NUMBER:{g.grp(acct, [4, 4], 'ps')}]]",
        f"A|okay i see it two pairs ((price:{g.w(3, 9)} thousand {g.w(1, 9)} hundred rupees)) paid",
        f"C|yes one for me and one for my wife [[NAME:aparna]] her power is ((other:minus {g.w(1, 3)} point {g.pick(['two five', 'five', 'seven five'])}))",
        "A|right sir the lenses were sent to the lab in pune they come back in",
        f"A|((duration:{g.w(3, 5)} working days)) normally so it is delayed",
        f"C|it is now ((duration:{g.w(9, 12)} days)) madam",
        "A|i understand we will deliver to home what is the address",
        f"C|[[ADDRESS:flat {g.pairs(str(flat))} b wing shanti kunj society sector {n2w(sec)} kharghar]] navi mumbai",
        f"C|pin code [[POSTCODE:{g.seq(pin, dbl=0.8)}]]",
        "A|b as in bombay sir",
        "C|yes b",
        f"A|okay and delivery between ((time:{g.pick(['eleven', 'twelve'])})) and ((time:{g.pick(['four', 'five'])})) tomorrow is okay",
        "C|yes my mother is at home",
        "A|done sir and sorry for the delay",
    ]


# ============================================================== home care agencies
@case("transcript")
def c_homecare_loughborough(g):
    dob = g.dob(1934, 1941)
    ni = g.ni()
    old_pc, new_pc = g.ukpc("LE2"), g.ukpc("LE2")
    old_no, new_flat, new_no = g.i(3, 60), g.i(2, 30), g.i(10, 90)
    mob = g.uk_mob()
    return [
        "A|Willowbank Home Care, [[NAME:Kofi]] speaking.",
        "C|Hello, I'm calling about my mum's care package. She's moving into sheltered housing next month.",
        "A|Okay, I can help with that. What's your mum's name?",
        "C|[[NAME:Edna Scrivener]]. I'm her daughter, [[NAME:Lesley]].",
        "A|Thanks, [[NAME:Lesley]]. For [[NAME:Edna]]'s record, can you confirm her date of birth?",
        f"C|[[DOB:{t_date(dob, 'uk')}]].",
        "A|And her National Insurance number, if you have it to hand?",
        f"C|It's [[SSN:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]].",
        f"A|Lovely. So at the moment we visit her at [[ADDRESS:{old_no} Albion Terrace, Leicester]], [[POSTCODE:{old_pc}]], is that right?",
        "C|Yes, until the end of the month.",
        "A|And the new address?",
        f"C|[[ADDRESS:Flat {new_flat}, Cedar Court, {new_no} Aylestone Road]], still Leicester, and the postcode is [[POSTCODE:{new_pc}]].",
        f"A|Right. At present she's on ((count:{n2w(g.i(3, 4))})) visits a day, ((duration:{g.i(30, 45)} minutes)) each. Will that stay the same?",
        "C|The warden's on site there, so maybe we can drop the lunchtime one.",
        f"A|That would bring the weekly bill from ((price:£{g.i(380, 460)}.{g.pick(['50', '00'])})) down a bit. Our rate is ((price:£{g.i(24, 29)}.{g.pick(['50', '75'])} an hour)).",
        "C|That would help. She's paying most of it herself now.",
        f"A|I'll ask the care coordinator, [[NAME:Mariusz]], to call you. What's the best number?",
        f"C|My mobile, [[PHONE:{t_phone(mob)}]].",
        f"A|He's in from ((time:{g.tt(8, 9, (0,))})) tomorrow, so expect a call in the morning.",
        "C|Thank you.",
    ]


@case("asr")
def c_homecare_tucson(g):
    dob = g.dob(1938, 1946)
    ssn = g.ssn()
    mbi = g.code("9AA9AA9AA99")
    z = g.zip("AZ")
    ph = g.us_phone("AZ")
    apt = g.i(2, 30)
    return [
        "A|desert bloom home care this is [[NAME:marisol]] how can i help",
        "C|hi yeah i need to set up some help for my dad he just got out of the hospital",
        "A|i'm sorry to hear that we can definitely help what's your father's name",
        "C|[[NAME:earl whitcomb]] and i'm his son [[NAME:travis]]",
        "A|thanks [[NAME:travis]] and how old is [[NAME:earl]]",
        f"C|he's ((other:{n2w(age_on(dob))})) he was born [[DOB:{g.ad(dob, 'ddmmyy')}]]",
        "A|okay and is he on medicare",
        f"C|yes i have the card the number is [[ACCOUNT_NUMBER:{g.an(mbi, dbl=0)}]]",
        "A|and we'll also need his social for the billing agreement",
        f"C|okay it's [[SSN#s:{g.grp(ssn[:3], [3], dbl=0)}]] uh [[SSN#s:{g.grp(ssn[3:5], [2], dbl=0)}]] sorry i'm reading it off a photo [[SSN#s:{g.grp(ssn[5:], [4], 'p')}]]",
        f"A|thank you so the doctor's note says he needs help ((duration:{g.w(4, 6)} hours)) a day",
        f"C|yeah mornings mostly he can't do the stairs",
        f"A|and where does he live",
        f"C|[[ADDRESS:{g.hn(1100, 8900)} east speedway boulevard apartment {n2w(apt)}]] in tucson zip [[POSTCODE:{g.seq(z)}]]",
        "A|okay and is that on the ground floor",
        f"C|no it's on the ((other:second floor)) that's the problem",
        f"A|okay our rate is ((price:{g.ap(28, 34, 'dollars')} an hour)) and medicare won't cover it but his supplement might",
        "C|alright and can you call me on my cell",
        f"C|[[PHONE:{g.ph(ph, homo=0.5)}]]",
        f"A|got it [[NAME:travis]] someone will call you before ((time:{n2w(g.pick([4, 5]))}))",
        "C|thanks",
    ]


@case("transcript")
def c_homecare_dubbo(g):
    dob = g.dob(1936, 1944)
    medi = g.acct(10, "2345")
    mac = g.code("AA9999999")
    pc = g.aupc("NSW")
    mob = g.au_mob()
    unit, num = g.i(2, 12), g.i(10, 90)
    return [
        "A|G'day, Outback Home Care, [[NAME:Shannon]] speaking.",
        "C|Hi [[NAME:Shannon]], I'm calling for my nan, she's just been approved for a home care package.",
        "A|Oh, great news. What's her name?",
        "C|[[NAME:Beryl Tonkin]]. I'm [[NAME:Jaxon]], her grandson.",
        "A|Thanks, [[NAME:Jaxon]]. Do you have her My Aged Care ID? It starts with two letters.",
        f"C|Yep, [[ACCOUNT_NUMBER:{mac}]].",
        "A|And her Medicare number and date of birth?",
        f"C|Medicare's [[ACCOUNT_NUMBER:{medi[:4]} {medi[4:9]} {medi[9]}]], and she was born [[DOB:{t_date(dob, 'dmy')}]].",
        f"A|Thank you. It's a ((other:level {g.pick(['two', 'three'])})) package, so roughly ((duration:{g.i(5, 9)} hours a week)) of support.",
        "C|Is that cleaning as well, or just personal care?",
        "A|Both, plus transport to appointments.",
        "C|Good, because she had to give up her licence.",
        "A|Where does she live?",
        f"C|[[ADDRESS:{unit}/{num} Banksia Street, Dubbo]] NSW [[POSTCODE:{pc}]].",
        "A|Got it. Is there parking for our carers?",
        "C|Street parking out the front.",
        f"A|Lovely. The daily fee is about ((price:${g.i(11, 13)}.{g.pick(['50', '63', '20'])})) and the package covers the rest.",
        f"C|No worries. Best contact is my mobile, [[PHONE:{t_phone(mob)}]].",
        f"A|Great. Our coordinator will come out on ((date:{g.pick(['Monday', 'Tuesday'])} the {ords(g.i(2, 28))})) for the assessment.",
        "C|Thanks so much.",
    ]


@case("asr")
def c_homecare_whangarei(g):
    dob = g.dob(1939, 1947)
    nhi = g.code("AAA9999")
    ird = g.ird()
    pc = g.nzpc("Whangarei")
    mob = g.uk_mob()
    unit, num = g.i(1, 6), g.i(10, 99)
    return [
        "A|kia ora you've reached northland home support it's [[NAME:mere]] speaking",
        "C|oh hi [[NAME:mere]] um i'm calling about my aunty she's had a fall and the hospital said to ring you",
        "A|oh no is she okay",
        f"C|she's alright a bit bruised she's ((other:{n2w(age_on(dob))})) so it gave her a fright",
        "A|what's her name and who am i talking to",
        "C|she's [[NAME:huia tawhiri]] and i'm [[NAME:anahera]] her niece",
        "A|do you have her nhi number it's three letters and four numbers",
        f"C|yep [[ACCOUNT_NUMBER:{g.an(nhi[:3], phon=0.6, how='word')} {g.seq(nhi[3:])}]]",
        f"A|kia ora and her date of birth just to match it",
        f"C|[[DOB:{g.ad(dob, 'ord_of_month_year')}]]",
        "A|great that matches the referral she's been approved for personal care",
        f"A|((count:{g.w(2, 3)})) visits a day for the first ((duration:{g.w(4, 6)} weeks))",
        "C|does she have to pay for that",
        "A|no it's funded but winz asked for her ird number for the disability allowance side of things",
        f"C|oh right um it's [[SSN#i:{g.grp(ird[:len(ird) - 3], [len(ird) - 3], 'p')}]] uh [[SSN#i:{g.seq(ird[-3:], dbl=0)}]]",
        "A|sweet and the address for the carers",
        f"C|[[ADDRESS:unit {n2w(unit)} {n2w(num)} kamo road kensington whangarei]] [[POSTCODE:{g.seq(pc, zero='zero', dbl=0)}]]",
        "A|is there a key safe",
        f"C|yeah the code is ((other:{g.seq(g.digits(4), dbl=0)})) i'll text it to you actually not say it",
        "A|good idea and a number for you",
        f"C|i'm in london at the moment so it's a uk mobile [[PHONE:{g.ph(mob)}]]",
        "A|no worries we'll call you after the first visit",
    ]


@case("transcript")
def c_homecare_boksburg(g):
    dob = g.dob(1940, 1950)
    zaid = g.zaid(dob)
    pc = g.zapc("Boksburg")
    mob = g.uk_land("0161")
    num = g.i(3, 70)
    return [
        "A|Good morning, Caring Hands Gauteng, [[NAME:Lerato]] speaking.",
        "C|Morning, [[NAME:Lerato]]. I'm phoning from Manchester about my father. He needs a carer during the day.",
        "A|We can help. What's your father's name?",
        "C|[[NAME:Hendrik Steenkamp]]. I'm [[NAME:Annelie]].",
        "A|Thank you, [[NAME:Annelie]]. I need his ID number for the contract.",
        f"C|It's [[SSN:{zaid}]].",
        f"A|Sorry, the line dropped. Was that [[SSN:{zaid[:6]} {zaid[6:10]} {zaid[10:]}]]?",
        "C|Yes, that's right.",
        f"A|So he was born [[DOB:{t_date(dob, 'uk')}]]. And his address?",
        f"C|[[ADDRESS:{num} Protea Close, Sunward Park, Boksburg]], [[POSTCODE:{pc}]].",
        f"A|A day carer is ((duration:{g.i(8, 10)} hours)), Monday to Friday, at ((price:R{g.i(380, 520)} a day)).",
        "C|Can she drive him to the clinic on Thursdays?",
        f"A|Yes, we charge ((price:R{g.i(4, 6)}.{g.pick(['50', '80'])} a kilometre)) for that. It's about ((quantity:{g.i(6, 14)} km)) each way?",
        "C|About that, yes.",
        f"A|And we'll need a contact number for you.",
        f"C|My landline here is +[[PHONE:{t_phone(mob, intl=True)}]].",
        "A|Noted. We'll send the contract by e-mail today.",
        f"C|Thank you. Could the carer start on the ((date:{ords(g.i(2, 28))}))?",
        "A|I'll confirm by tomorrow.",
    ]


# ============================================================== wedding and event venues
@case("transcript")
def c_wedding_norfolk(g):
    card = g.card("visa")
    m, y = g.exp()
    cvv = g.cvv()
    pc = g.ukpc("NR2")
    house = g.i(2, 40)
    return [
        "A|Good afternoon, Hethersett Old Hall weddings, [[NAME:Clementine]] speaking.",
        "C|Hi! We came to view last weekend and we'd like to book. I'm [[NAME:Rosalind Achterberg]], my fiancé is [[NAME:Kwame Asante-Blake]].",
        "A|Congratulations! Which date were you thinking?",
        f"C|((date:Saturday {ords(g.i(1, 28))} {g.pick(['June', 'July', 'September'])} {g.i(2026, 2027)})), if it's still free.",
        "A|It is. How many guests are you expecting?",
        f"C|About ((count:{g.i(90, 140)})) for the day and ((count:{g.i(150, 190)})) in the evening.",
        f"A|Lovely. The deposit to hold the date is ((price:£{g.i(15, 30)}00)), and the balance is due ((duration:{g.i(8, 12)} weeks)) before.",
        "C|Can I pay the deposit on card now?",
        "A|Of course. Go ahead with the long number.",
        f"C|[[CARD_NUMBER:{t_card(card)}]].",
        "A|Expiry date?",
        f"C|[[EXPIRY:{m:02d}/{y % 100}]].",
        "A|And the three digits on the back?",
        f"C|[[CVV:{cvv}]].",
        "A|And the billing address for the card?",
        f"C|[[ADDRESS:Rose Cottage, {house} Mill Lane, Little Melton]], [[POSTCODE:{pc}]].",
        "A|That's gone through. I'll e-mail the contract. Which address should I use?",
        f"C|[[EMAIL:rosalind.achterberg@{g.pick(['gmail.com', 'outlook.com', 'icloud.com'])}]].",
        f"A|Perfect. Ceremony at ((time:{g.tt(12, 14, (0, 30))})), and the bar closes at ((time:{g.tt(23, 23, (30,))})).",
        "C|Wonderful, thank you!",
    ]


@case("asr")
def c_wedding_savannah(g):
    card = g.card("mc")
    m, y = g.exp()
    cvv = g.cvv()
    z = g.zip("GA")
    return [
        "A|good morning magnolia barn events this is [[NAME:savannah-rae]]",
        "C|hi um we spoke on friday about the october date i'm ready to put the deposit down",
        "A|oh yay okay what was the name on the inquiry",
        "C|[[NAME:delphine marchetti]]",
        f"A|there you are ((count:{g.w(110, 150)})) guests ceremony on the lawn and reception in the barn",
        f"C|yep and we added the rehearsal dinner for ((count:{g.w(20, 30)})) people",
        f"A|perfect so the deposit is ((percentage:{g.w(25, 30)} percent)) which comes to ((price:{g.ap(2100, 3900, 'dollars')}))",
        "C|okay i'll do it on my card",
        f"C|it's [[CARD_NUMBER#c:{g.grp(card[:8], [4, 4])}]] hold on my dog's barking at the mailman [[CARD_NUMBER#c:{g.grp(card[8:], [4, 4], 'ps')}]]",
        "A|no worries and the expiration",
        f"C|[[EXPIRY:{g.seq(f'{m:02d}', zero='oh', dbl=0)} {yy_w(y)}]]",
        "A|and the code on the back",
        f"C|[[CVV:{g.seq(cvv, dbl=0)}]]",
        "A|and billing zip code",
        f"C|[[POSTCODE:{g.seq(z, dbl=0.8)}]]",
        "A|perfect that's approved can i email the contract",
        "C|yes it's [[EMAIL:delphine d e l p h i n e dot marchetti at yahoo dot com]]",
        "A|got it and the final headcount is due ((duration:{} days)) before".format(g.w(14, 30)),
        f"C|and the last shuttle leaves at ((time:{g.at(22, 23, (0, 30))})) right",
        "A|that's right okay you're all set",
    ]


@case("transcript")
def c_event_dublin(g):
    card = g.card("amex")
    m, y = g.exp()
    cvv = g.cvv(4)
    eir = g.eir("D02")
    ph = g.uk_land("020")
    return [
        "A|Good morning, the Liffey Rooms events team, [[NAME:Siobhán]] speaking.",
        "C|Hi, [[NAME:Siobhán]]. I'm organising our company's Christmas party. [[NAME:Declan Fitzmaurice]], from Harbourlight Analytics.",
        "A|Hi, [[NAME:Declan]]. What date are you looking at?",
        f"C|((date:Friday the {ords(g.i(5, 19))} of December)), for about ((count:{g.i(60, 95)})) people.",
        f"A|The Garden Suite holds ((count:{g.i(100, 120)})) seated. The package is ((price:€{g.i(75, 95)} per head)), including a three-course meal and a DJ until ((time:{g.tt(1, 1, (0, 30), '24')})).",
        "C|Sounds good. We'd like to pay the deposit on the company Amex.",
        "A|Sure. The card number, please.",
        f"C|[[CARD_NUMBER:{t_card(card)}]].",
        "A|Expiry?",
        f"C|[[EXPIRY:{MON3[m - 1]} {y}]].",
        "A|And the four-digit code on the front of the card?",
        f"C|[[CVV:{cvv}]].",
        "A|The billing address for the card?",
        f"C|[[ADDRESS:Unit 5, Block C, Grand Canal Quay, Dublin 2]], [[POSTCODE:{eir}]].",
        f"A|Thank you. That's the ((price:€{g.i(1, 2)},{g.i(100, 900)})) deposit processed. Who's the contact on the night?",
        "C|My colleague, [[NAME:Aoibheann Clery]]. She's in our London office this month.",
        f"C|Her number is [[PHONE:{t_phone(ph)}]].",
        "A|Perfect. I'll send the menu options by Friday.",
    ]


@case("asr")
def c_wedding_hunter_valley(g):
    card = g.card("visa")
    ph = g.au_mob()
    pc = g.aupc("NSW")
    return [
        "A|hi there you've called vineyard hill weddings it's [[NAME:brodie]]",
        "C|hi [[NAME:brodie]] it's [[NAME:tahlia nguyen-bryce]] i paid our deposit last week and i never got a receipt",
        "A|oh sorry about that let me look it up what date is the wedding",
        f"C|the ((date:{ordw(g.i(1, 28))} of march)) next year",
        f"A|yep i've got you ((count:{g.w(100, 130)})) guests ceremony at ((time:{g.at(15, 16, (0, 30))})) and the deposit went through on a visa ending",
        f"A|[[CARD_NUMBER:{g.seq(card[-4:], dbl=0)}]]",
        "C|that's the one",
        f"A|so we took ((price:{g.ap(3000, 5000, 'dollars')})) and the per head price was ((price:{g.ap(120, 160, 'dollars')})) a head",
        "C|hmm my partner thought it was less than that",
        "A|it went up in july the quote you had was the old one but we honoured it actually so don't worry",
        "C|oh great okay where did you send the receipt",
        "A|to the email on file um [[EMAIL:t nguyen bryce at bigpond dot com]]",
        "C|oh that's my old one can you use [[EMAIL:tahlia dot bryce at outlook dot com dot au]]",
        "A|done and is your mobile still the same",
        f"C|it's [[PHONE:{g.ph(ph)}]]",
        f"A|perfect and you're still in maitland postcode [[POSTCODE:{g.seq(pc)}]]",
        "C|yep",
        "A|okay receipt's on its way",
    ]


@case("transcript")
def c_wedding_gurugram(g):
    card = g.card("mc2")
    m, y = g.exp()
    cvv = g.cvv()
    pin = g.pin("Gurugram")
    plot, sec = g.i(10, 400), g.i(10, 70)
    return [
        "A|Namaste, Shubh Vivah Banquets, [[NAME:Harpreet]] speaking.",
        "C|Hello, I am calling to confirm the booking for my daughter's wedding. My name is [[NAME:Suresh Bhardwaj]].",
        "A|Yes sir, I have it. The function is for ((duration:three days)), mehendi, sangeet and the wedding.",
        f"C|Correct. On the last day we will have around ((count:{g.i(450, 700)})) guests.",
        f"A|The main lawn takes ((count:{g.i(800, 1000)})). The package is ((price:₹{g.i(1200, 1800)} per plate)), and the advance is ((price:₹{g.i(2, 4)},{g.i(10, 90)},000)).",
        "C|I'll pay the advance by card now.",
        "A|Please tell me the card number.",
        f"C|[[CARD_NUMBER:{t_card(card, '-')}]].",
        "A|Valid till?",
        f"C|[[EXPIRY:{m:02d}/{y}]].",
        "A|And the CVV?",
        f"C|[[CVV:{cvv}]].",
        "A|Thank you sir. The invoice should go to which address?",
        f"C|[[ADDRESS:Plot {plot}, Sector {sec}, Gurugram]], Haryana, [[POSTCODE:{pin[:3]} {pin[3:]}]].",
        "A|And one e-mail ID for the invoice?",
        f"C|[[EMAIL:suresh.bhardwaj{g.i(60, 75)}@rediffmail.com]].",
        f"A|Done sir. Baraat arrival is at ((time:{g.tt(19, 20, (0, 30))})), and the pheras start after dinner, around ((time:{g.tt(23, 23, (0, 30))})).",
        "C|Yes, the pandit ji has fixed the muhurat. Thank you.",
    ]


# ============================================================== coach and ferry travel
@case("asr")
def c_coach_cardiff(g):
    ref = g.code("AA9999A")
    card = g.card("visa")
    mob = g.uk_mob()
    return [
        "I|welcome to westway coaches calls may be recorded for training please say or key in your booking reference",
        f"C|[[ACCOUNT_NUMBER:{g.an(ref, phon=0.5, how='for')}]]",
        "I|thank you please hold while we connect you",
        "A|hiya westway coaches [[NAME:rhodri]] speaking i can see your booking on screen",
        "C|oh great hi it's [[NAME:gwenllian prosser]] i need to change the return",
        f"A|okay so you're on the ((time:{g.at(6, 9)})) from cardiff to london victoria on the ((date:{ordw(g.i(2, 28))})) coming back the ((date:{ordw(g.i(2, 28))}))",
        "C|yeah i need to come back a day later",
        f"A|there's a ((time:{g.at(14, 18, (0, 30))})) that's coach ((other:{g.w(201, 216)})) and there's a change fee of ((price:{g.ap(5, 12, 'pounds', cents=True)}))",
        "C|that's fine can you take it off the same card",
        f"A|the visa ending in [[CARD_NUMBER:{g.seq(card[-4:], dbl=0)}]]",
        "C|that's the one",
        f"A|and do you want to keep seat ((other:{g.w(11, 40)} {g.pick(['a', 'b', 'c', 'd'])})) or pick a new one",
        "C|whatever's near the front i get travel sick",
        f"A|((other:seat {g.pick(['three', 'four', 'five'])} a)) then and the journey's about ((duration:{g.w(3, 4)} and a half hours))",
        "C|lovely",
        "A|and is the mobile on the booking still right",
        f"C|it's [[PHONE:{g.ph(mob)}]]",
        "A|perfect you'll get a text with the new ticket",
        "C|diolch [[NAME:rhodri]]",
    ]


@case("transcript")
def c_ferry_rosslare(g):
    ref = g.code("9999999")
    reg = f"{g.i(151, 242)}-{g.pick(['WX', 'D', 'C', 'KK'])}-{g.i(100, 9999)}"
    g.reg(re.sub(r"[^A-Z0-9]", "", reg))
    passport = g.code("AA9999999")
    dob_child = g.dob(2013, 2019)
    eir = g.eir("Y35")
    return [
        "A|Good morning, Celtic Sea Ferries, [[NAME:Tadhg]] speaking.",
        f"C|Hi, I'm booked on the Rosslare to Cherbourg sailing on the ((date:{ords(g.i(2, 28))} of July)). Booking reference [[ACCOUNT_NUMBER:{ref}]].",
        "A|Thank you. And the lead passenger's name?",
        "C|[[NAME:Gráinne Mac Suibhne]].",
        f"A|I have you, two adults, one child and a car. Sailing at ((time:{g.tt(15, 17, (0, 30), '24')})), arriving ((time:{g.tt(10, 11, (0, 30), '24')})) the next morning.",
        "C|Yes. We're changing the car, so I need to update the registration.",
        "A|What's the new reg?",
        f"C|[[ACCOUNT_NUMBER:{reg}]].",
        f"A|And the length? Anything over ((quantity:{g.i(5, 5)}.{g.i(0, 5)} metres)) is a different fare.",
        f"C|It's ((quantity:{g.i(4, 4)}.{g.i(40, 80)} metres)), and there's a roof box, so about ((quantity:{g.i(1, 1)}.{g.i(80, 95)} metres)) high.",
        "A|That's fine. Also, for the child, I need a date of birth and passport number for the manifest.",
        f"C|[[NAME:Cillian]], born [[DOB:{t_date(dob_child, 'dmy')}]], passport [[ACCOUNT_NUMBER:{passport}]].",
        f"A|Lovely. You're in cabin ((other:{g.i(8, 9)}{g.i(100, 140)})), a four-berth outside.",
        "C|Great. And the invoice address should be our home one.",
        f"C|[[ADDRESS:Ballykelly House, Drinagh]], County Wexford, [[POSTCODE:{eir}]].",
        f"A|Updated. The fuel surcharge is ((price:€{g.i(12, 28)})), and it'll be taken from the card on file ((duration:{g.i(7, 14)} days)) before sailing.",
        "C|Thanks, [[NAME:Tadhg]].",
    ]


@case("asr")
def c_ferry_wellington(g):
    card = g.card("mc")
    m, y = g.exp()
    cvv = g.cvv()
    pc = g.nzpc("Nelson")
    reg = g.code("AAA999")
    return [
        "A|kia ora cook strait crossings [[NAME:tamati]] speaking",
        "C|hi [[NAME:tamati]] i want to book a crossing wellington to picton with a campervan",
        f"A|sweet which day ((date:{g.pick(['this saturday', 'next sunday', 'boxing day'])}))",
        f"C|yeah the ((time:{g.at(8, 9, (0, 45))})) sailing if there's room",
        f"A|there is and how long is the campervan over ((quantity:{g.w(6, 7)} metres))",
        f"C|um it's ((quantity:{g.w(7, 7)} point {g.w(2, 8)} metres)) i think and ((quantity:{g.w(3, 3)} metres)) high",
        f"A|okay that's ((price:{g.ap(390, 480, 'dollars')})) plus ((price:{g.ap(60, 75, 'dollars')})) per adult",
        "C|okay go for it",
        "A|what's the name for the booking",
        "C|[[NAME:ngaire whitlock]]",
        "A|and the rego",
        f"C|[[ACCOUNT_NUMBER:{g.an(reg, phon=0.3)}]]",
        "A|and card details when you're ready",
        f"C|okay [[CARD_NUMBER#c!:{g.grp(card[:4], [4])}]] um [[CARD_NUMBER#c!:{g.grp(g.wrong(card[4:8]), [4], 'p')}]] wait no sorry i read that wrong",
        f"C|[[CARD_NUMBER#d:{g.grp(card, [4, 4, 4, 4], 'spss')}]]",
        "A|okay and the expiry and three digit code",
        f"C|expiry [[EXPIRY:{g.seq(f'{m:02d}', dbl=0)} {yy_w(y)}]] and the code's [[CVV:{g.seq(cvv, dbl=0)}]]",
        f"A|and a postcode for the card",
        f"C|[[POSTCODE:{g.seq(pc, dbl=0)}]] that's nelson",
        f"A|all done check in closes ((duration:{g.w(45, 60)} minutes)) before departure",
        "C|choice thanks",
    ]


@case("transcript")
def c_ferry_victoria_bc(g):
    ph = g.us_phone("BC")
    pc = g.capc("V8W")
    ref = g.code("AA99999")
    dob = g.dob(1945, 1958)
    num = g.i(300, 2900)
    return [
        "A|Thanks for calling Salish Coast Ferries, this is [[NAME:Jasleen]].",
        f"C|Hi, I have a reservation on the ((time:{g.tt(7, 9, (0, 45))})) from Tsawwassen tomorrow and I'd like to add the senior discount.",
        "A|Sure. Can I have the booking number?",
        f"C|[[ACCOUNT_NUMBER:{ref}]].",
        "A|And your name?",
        "C|[[NAME:Wendell Okafor-Lindqvist]].",
        "A|For the senior fare I need to confirm your date of birth.",
        f"C|[[DOB:{t_date(dob, 'iso')}]]. I'm ((other:{age_on(dob)})), if that helps.",
        f"A|Thanks. So that's ((price:${g.i(13, 17)}.{g.pick(['45', '90', '10'])})) instead of ((price:${g.i(19, 21)}.{g.pick(['20', '85'])})) for you, plus the vehicle.",
        f"C|Great. The vehicle's under ((quantity:{g.i(20, 20)} feet)), it's just a hatchback.",
        "A|Standard vehicle fare then. Can I confirm your contact details? Phone?",
        f"C|[[PHONE:{t_phone(ph)}]].",
        "A|And mailing address?",
        f"C|[[ADDRESS:{num} Fort Street, Victoria]], B.C., [[POSTCODE:{pc}]].",
        f"A|Perfect. Please be at the terminal ((duration:{g.i(30, 60)} minutes)) before. We're on ((percentage:{g.i(85, 95)}%)) capacity for that sailing.",
        "C|Will do, thanks [[NAME:Jasleen]].",
    ]


@case("asr")
def c_coach_chicago(g):
    dob = g.dob(1946, 1959)
    ph = g.us_phone("IL")
    z = g.zip("IL")
    return [
        "A|thanks for calling lakeline bus this is [[NAME:terrence]] how can i help",
        f"C|hi i'm trying to get a ticket from chicago to nashville on the ((date:{ordw(g.i(2, 28))})) and the website keeps giving me an error ((other:{g.w(400, 504)}))",
        "A|sorry about that i can book it for you over the phone",
        f"A|there's a ((time:{g.at(6, 9)})) and a ((time:{g.at(21, 22, (0, 30))})) overnight it's about ((duration:{g.w(9, 11)} hours))",
        "C|the morning one please and i'm a senior is there a discount",
        f"A|yes ((percentage:{g.w(5, 10)} percent)) off with id can i get your name",
        "C|[[NAME:bernadette kowalczyk]] that's [[NAME:k o w a l c z y k]]",
        "A|and date of birth for the senior fare",
        f"C|[[DOB:{g.ad(dob, 'month_ord_year')}]]",
        f"A|okay so that's ((price:{g.ap(64, 89, 'dollars', cents=True)})) and you'll leave from gate ((other:{g.w(3, 14)}))",
        "C|and can i bring my walker on",
        "A|yes it goes under the bus no charge",
        "A|what's a good phone number",
        f"C|[[PHONE:{g.ph(ph)}]] that's the house phone",
        "A|and zip code for the billing",
        f"C|[[POSTCODE:{g.seq(z, dbl=0)}]]",
        f"A|you'll be on bus ((other:{g.pairs(g.n(1100, 1199))})) it should show on your confirmation",
        "C|okay thank you [[NAME:terrence]]",
    ]


# ============================================================== tutoring
@case("transcript")
def c_tutor_bristol(g):
    dob = g.dob(2010, 2013)
    card = g.card("mc")
    m, y = g.exp()
    cvv = g.cvv()
    pc = g.ukpc("BS7")
    num = g.i(4, 120)
    return [
        "A|Brightpath Tutors, [[NAME:Ifeoma]] speaking, how can I help?",
        f"C|Hi, I'm looking for a maths tutor for my son. He's in ((other:Year {g.i(9, 10)})) and predicted a ((other:grade {g.i(4, 5)})) but he wants a ((other:grade {g.i(7, 7)})).",
        "A|We can definitely help with that. What's your son's name?",
        "C|[[NAME:Barnaby Ellwood-Nash]]. I'm his mum, [[NAME:Philippa]].",
        "A|And [[NAME:Barnaby]]'s date of birth, for the safeguarding form?",
        f"C|[[DOB:{t_date(dob, 'dmy')}]].",
        f"A|Thanks. Our tutors charge ((price:£{g.i(38, 48)} an hour)), and most students do ((count:{n2w(g.i(1, 2))})) sessions a week for ((duration:{g.pick([60, 90])} minutes)).",
        "C|Online or at home?",
        f"A|Either. Home visits are within ((quantity:{g.i(5, 10)} miles)) of the tutor. What's your address?",
        f"C|[[ADDRESS:{num} Gloucester Road, Bishopston]], [[POSTCODE:{pc}]].",
        "A|That's fine, Mr [[NAME:Okonjo-Reid]] covers Bishopston. To book the first block of sessions I'll take the card details.",
        f"C|Okay. [[CARD_NUMBER:{t_card(card, '')}]].",
        "A|Expiry date and the security code?",
        f"C|Expires [[EXPIRY:{m:02d}/{y}]], security code [[CVV:{cvv}]].",
        f"A|That's ((price:£{g.i(160, 240)})) for the first block of ((count:{g.i(4, 6)})). He'll get a report after each session.",
        "C|Lovely. His mock exams are on the ((date:{}th of January)), so the sooner the better.".format(g.i(11, 20)),
        "A|I'll ask the tutor to call tonight.",
    ]


@case("asr")
def c_tutor_austin(g):
    dob = g.dob(2008, 2010)
    ph = g.us_phone("TX")
    return [
        "A|hi you've reached lonestar test prep this is [[NAME:kendall]]",
        "C|hi [[NAME:kendall]] um i'm calling about sat tutoring for my daughter",
        "A|great what's her name",
        "C|[[NAME:marisela quintanilla]] she's a junior",
        "A|and her date of birth just for our records",
        f"C|[[DOB:{g.ad(dob, 'us_num')}]]",
        "A|does she have a practice score already",
        f"C|yeah she got a ((other:{g.pairs(g.n(1180, 1290))})) on the last practice test she wants like a ((other:{g.pairs(g.n(1400, 1480))}))",
        f"A|totally doable we have a ((count:{g.w(8, 12)})) session package it's ((price:{g.ap(900, 1400, 'dollars')}))",
        f"C|and is that in person i work till like ((time:{g.at(17, 18, (0, 30))}))",
        f"A|we do evenings until ((time:{g.at(20, 21, (0,))})) and she can also do online",
        "C|okay online might be easier",
        "A|can i get an email to send the schedule to",
        f"C|yeah it's [[EMAIL:m quintanilla {g.seq(g.digits(2, '0123456789'), zero='zero', dbl=0)} at gmail dot com]]",
        "A|is that m as in mary",
        "C|yes m as in mary",
        "A|and a phone number for you",
        f"C|[[PHONE:{g.ph(ph)}]] and my name's [[NAME:yesenia]]",
        f"A|perfect the test date is the ((date:{ordw(g.i(2, 28))} of {g.pick(MONTHS).lower()})) right",
        "C|yes",
        f"A|okay so we have about ((duration:{g.w(7, 10)} weeks)) that's plenty",
    ]


@case("transcript")
def c_tutor_pune(g):
    pan = g.pan()
    pin = g.pin("Pune")
    acct = g.acct(12)
    flat = g.i(101, 904)
    return [
        "A|Good evening, Gyaan Kendra Coaching, [[NAME:Rutuja]] speaking.",
        "C|Hello, I am [[NAME:Anand Kulkarni]]. My son [[NAME:Omkar]] is in your JEE batch. I need the fee receipt for income tax.",
        "A|Yes sir. For the receipt we need the parent's PAN.",
        f"C|It is [[SSN:{pan}]].",
        f"A|Let me repeat: [[SSN:{' '.join(pan)}]]?",
        "C|Correct.",
        f"A|Got it. The total fee this year is ((price:₹{g.i(1, 2)},{g.i(10, 80)},000)), paid in ((count:{n2w(g.i(3, 4))})) instalments.",
        "C|The third instalment was paid by NEFT. Has it come?",
        f"A|Let me check the account it came from... ending [[ACCOUNT_NUMBER:{acct[-4:]}]]?",
        f"C|Yes, that is my SBI account, [[ACCOUNT_NUMBER:{acct}]].",
        "A|Received, sir. And the address for the receipt?",
        f"C|[[ADDRESS:Flat {flat}, C Wing, Ganga Platinum Society, Kharadi]], Pune [[POSTCODE:{pin}]].",
        f"A|Noted. Also, [[NAME:Omkar]] scored ((percentage:{g.i(91, 98)}.{g.i(1, 9)} percentile)) in the last mock test, rank ((other:{g.i(11, 90)})) in the batch.",
        "C|Very good. He was worried about physics.",
        f"A|The extra physics class is on Sunday at ((time:{g.tt(7, 9, (0, 30))})), ((duration:{g.i(2, 3)} hours)).",
        "C|Okay, thank you madam.",
    ]


@case("asr")
def c_tutor_brisbane(g):
    ph = g.au_mob()
    pc = g.aupc("QLD")
    return [
        "A|g'day smart start tutoring [[NAME:lachlan]] speaking",
        "C|oh hi [[NAME:lachlan]] my name's [[NAME:corinne fairweather]] i'm after a chemistry tutor for my son for ((other:year twelve))",
        "A|no worries what's he aiming for",
        f"C|he needs an atar of like ((other:{g.w(88, 94)} point {g.w(1, 9)})) for physio at uq",
        f"A|right we've got tutors who did ((other:{g.w(96, 99)} plus)) themselves it's ((price:{g.ap(70, 90, 'dollars')})) an hour",
        f"C|okay and how many weeks before the exams",
        f"A|there's about ((duration:{g.w(9, 14)} weeks)) until externals so maybe ((count:{g.w(8, 12)})) sessions",
        "C|can they come to the house we're in indooroopilly",
        f"A|what's the postcode there",
        f"C|[[POSTCODE:{g.seq(pc)}]]",
        "A|yep we've got someone in that area her name's [[NAME:priya]] she's really good",
        "C|oh great what's her availability",
        f"A|tuesday and thursday from ((time:{g.at(16, 17, (0, 30))})) onwards",
        "C|tuesday works and what's the best way to pay",
        "A|i'll text you a link what's your mobile",
        f"C|[[PHONE:{g.ph(ph)}]]",
        "A|sweet and your son's name",
        "C|[[NAME:fletcher]]",
        "A|done [[NAME:corinne]] you'll get the link in a tick",
    ]


@case("transcript")
def c_tutor_centurion(g):
    dob = g.dob(1976, 1986)
    zaid = g.zaid(dob)
    acct = g.acct(10)
    branch = g.acct(6)
    pc = g.zapc("Centurion")
    num = g.i(4, 90)
    return [
        "A|Good afternoon, Matric Maths Masters, [[NAME:Thandeka]] speaking.",
        "C|Hi, [[NAME:Thandeka]], this is [[NAME:Pieter-Jan Venter]]. My daughter [[NAME:Lienkie]] starts with you next week.",
        "A|Welcome! I just need to finish the contract. Can I have your ID number as the account holder?",
        f"C|[[SSN:{zaid[:6]} {zaid[6:]}]].",
        "A|Thank you. And the debit order details?",
        f"C|Account number [[ACCOUNT_NUMBER:{acct}]], branch code [[ACCOUNT_NUMBER:{branch}]].",
        f"A|Lovely. The fee is ((price:R{g.i(1, 2)} {g.i(100, 900)} a month)), and the debit goes off on the ((date:{ords(g.i(1, 7))})).",
        f"C|Okay. She got ((percentage:{g.i(48, 58)}%)) in the June exam, so we need to get that up.",
        f"A|Most learners go up ((percentage:{g.i(12, 20)} percent)) in a term. The classes are ((count:{n2w(g.i(2, 3))})) times a week.",
        "A|And the physical address for the contract?",
        f"C|[[ADDRESS:{num} Jean Avenue, Doringkloof, Centurion]], [[POSTCODE:{pc}]].",
        "A|Perfect. I'll e-mail the contract to the address you used for the enquiry.",
        "C|Thanks.",
    ]


# ============================================================== bins and council permits
@case("asr")
def c_bins_sheffield(g):
    pc = g.ukpc("S10")
    ctax = g.acct(9)
    num = g.i(3, 140)
    return [
        f"I|you're through to sheffield council waste services for missed bins press ((other:{n2w(1)})) for bulky waste press ((other:{n2w(2)}))",
        f"C|((other:{n2w(1)}))",
        "I|please say your postcode",
        f"C|[[POSTCODE:{g.an(pc, phon=0.4, how='word')}]]",
        "I|sorry i didn't catch that please hold for an advisor",
        "A|hello waste services you're speaking to [[NAME:dean]]",
        "C|hiya my blue bin's been missed again third time in a row",
        "A|oh sorry about that can i take your address",
        f"C|[[ADDRESS:{n2w(num)} crookesmoor road]]",
        f"A|and the postcode",
        f"C|[[POSTCODE#p:{g.an(pc.split()[0])}]] um [[POSTCODE#p:{g.an(pc.split()[1], phon=1.0, how='asin')}]]",
        f"A|thank you so that's [[ADDRESS:{n2w(num)} crookesmoor road]] [[POSTCODE:{g.an(pc)}]]",
        "C|yeah",
        f"A|right i can see the crew reported the bin as contaminated on the ((date:{ordw(g.i(2, 28))}))",
        "C|contaminated it's just cardboard",
        f"A|they put a sticker on if there's food or glass in it it's a ((quantity:{g.w(240, 240)} litre)) bin right",
        "C|yeah the standard one",
        "A|i'll book a return collection can i take your name",
        "C|[[NAME:gaynor hebblethwaite]]",
        "A|and your council tax account number if you have it",
        f"C|it's [[ACCOUNT_NUMBER:{g.grp(ctax, [3, 3, 3], 'ssp')}]]",
        f"A|thank you they'll come back within ((duration:{g.w(2, 3)} working days)) have it out by ((time:{g.pick(['seven', 'six'])} am))",
        "C|cheers [[NAME:dean]]",
    ]


@case("transcript")
def c_bins_galway(g):
    eir = g.eir("H91")
    acct = g.code("AA999999")
    card = g.card("visa")
    return [
        "A|Good morning, Corrib Waste, [[NAME:Éanna]] speaking.",
        "C|Hi, I'm calling about my bill. It's gone way up. Account number [[ACCOUNT_NUMBER:" + acct + "]].",
        "A|Can I have the name on the account?",
        "C|[[NAME:Saoirse Ní Bhriain]].",
        "A|And the Eircode for the property?",
        f"C|[[POSTCODE:{eir}]].",
        f"A|Thanks, [[NAME:Saoirse]]. So you're on pay-by-weight. Your general waste bin was lifted ((count:{g.i(4, 5)})) times last month at ((quantity:{g.i(14, 22)}.{g.i(1, 9)} kg)) on average.",
        f"C|That's the problem, we had builders in. What's the charge per kilo?",
        f"A|((price:{g.i(20, 35)} cent)) a kilo for black, ((price:{g.i(6, 12)} cent)) for brown, and the lift charge is ((price:€{g.i(3, 6)}.{g.pick(['50', '00', '25'])})).",
        "C|Okay. Can I pay the balance now?",
        f"A|Yes, it's ((price:€{g.i(80, 140)}.{g.i(10, 90)})). Do you want to use the card ending [[CARD_NUMBER:{card[-4:]}]]?",
        "C|Yes, please.",
        "A|Done. Are you still at the same address, by the way? I have a Renmore address.",
        f"C|Yes, [[ADDRESS:{g.i(2, 60)} Ballyloughaun Road, Renmore]], Galway.",
        f"A|Lovely. Collection stays on ((date:Wednesdays)), and the next brown bin lift is the ((date:{ords(g.i(2, 28))})).",
        "C|Thanks, [[NAME:Éanna]].",
    ]


@case("asr")
def c_permit_toronto(g):
    plate = g.code("AAAA999")
    permit = g.code("9999999")
    pc = g.capc("M4K")
    num = g.i(10, 400)
    ph = g.us_phone("ON")
    return [
        "A|city of toronto parking permits this is [[NAME:rajdeep]] how can i help",
        "C|hi i just moved and i need a residential permit for my street",
        "A|sure what's the new address",
        f"C|[[ADDRESS:{a_house(num, g.r)} bain avenue]] in riverdale",
        "A|and the postal code",
        f"C|[[POSTCODE:{g.an(pc, phon=0.5, how='word')}]]",
        f"A|okay that's permit ((other:area {g.w(2, 9)} {g.pick(['a', 'b', 'c'])})) there's space available and what's the licence plate",
        f"C|[[ACCOUNT_NUMBER:{g.an(plate, phon=0.3)}]]",
        "A|and the name on the ownership",
        "C|[[NAME:evangeline szabo-mcnair]]",
        f"A|okay it's ((price:{g.ap(18, 20, 'dollars', cents=True)})) a month or ((price:{g.ap(200, 230, 'dollars', cents=True)})) for the year plus tax",
        "C|the year please",
        f"A|your permit number will be [[ACCOUNT_NUMBER:{g.grp(permit, [3, 4], 'sp')}]] it takes effect at ((time:{g.at(0, 0, (1,))})) tomorrow",
        "C|oh wait so can i park tonight",
        f"A|tonight you'd need a temporary one that's ((price:{g.ap(11, 15, 'dollars')})) for ((duration:{g.w(24, 24)} hours))",
        "C|ugh fine and should i give you a phone number",
        f"C|[[PHONE:{g.ph(ph, homo=0.4)}]]",
        "A|got it you're all set",
    ]


@case("transcript")
def c_council_bendigo(g):
    pc = g.aupc("VIC")
    assess = g.code("99999-9")
    ph = g.au_land("VIC")
    lot = g.i(2, 60)
    return [
        "A|Greater Bendigo Council, you're speaking with [[NAME:Kirra]].",
        "C|Hi [[NAME:Kirra]], I want to put a skip bin on the nature strip while we renovate. Do I need a permit?",
        f"A|You do if it's on council land. It's ((price:${g.i(45, 70)})) a week, for up to ((duration:{g.i(4, 6)} weeks)). What size is the bin?",
        f"C|((quantity:{g.i(6, 9)} cubic metres)).",
        "A|That's fine. Can I get your name and the property address?",
        f"C|[[NAME:Dermot Papadakis]]. It's a rural block, [[ADDRESS:Lot {lot} Wattle Gully Road, Harcourt]], [[POSTCODE:{pc}]].",
        "A|Lot numbers, okay. Do you have your rates assessment number? It's on the notice.",
        f"C|Here it is, [[ACCOUNT_NUMBER:{assess}]].",
        f"A|Thank you. The property shows as ((quantity:{g.i(2, 9)}.{g.i(1, 9)} hectares)). Is the bin going on the road verge?",
        "C|Yes, near the gate.",
        f"A|It needs reflective markers and to be ((quantity:{g.i(1, 2)} metres)) off the road. Best number for the inspector?",
        f"C|The landline, [[PHONE:{t_phone(ph)}]]. Mornings before ((time:{g.tt(9, 10, (0,))})) are best.",
        f"A|Got it. The permit will be e-mailed within ((duration:{g.i(2, 3)} business days)).",
        "C|Thanks so much.",
    ]


@case("asr")
def c_permit_albuquerque(g):
    z = g.zip("NM")
    ph = g.us_phone("NM")
    ext = g.digits(4)
    num = g.i(1000, 9800)
    return [
        "A|city of albuquerque planning this is [[NAME:esperanza]]",
        "C|yeah hi i'm trying to get a permit for a yard sale and a block party on the same weekend",
        "A|okay i can help with both can i get your name",
        "C|[[NAME:chester ballantyne]]",
        "A|and the address for the events",
        f"C|[[ADDRESS:{g.pairs(str(num))} calle del oso northeast]] zip [[POSTCODE:{g.pairs(z[:4])} {g.seq(z[4])}]]",
        f"A|okay the yard sale permit is ((price:{g.ap(5, 15, 'dollars')})) and you can have ((count:{g.w(2, 3)})) a year",
        f"C|and the block party",
        f"A|that one's ((price:{g.ap(35, 60, 'dollars')})) and you need signatures from ((percentage:{g.w(60, 75)} percent)) of the houses on the block",
        "C|oh man okay how many houses is that",
        f"A|well if there's ((count:{g.w(20, 30)})) houses you'd need about ((count:{g.w(14, 20)})) signatures",
        "C|okay and how long does it take",
        f"A|at least ((duration:{g.w(14, 21)} days)) before the event so what's the date",
        f"C|the ((date:{ordw(g.i(2, 28))} of {g.pick(['may', 'june', 'august'])}))",
        "A|should be okay can i get a daytime number",
        f"C|[[PHONE#p:{g.ph(ph)}]] extension [[PHONE#p!:{g.seq(ext, dbl=0)}]] that's at my work",
        "A|alright mister [[NAME:ballantyne]] you'll get the forms by email",
    ]


# ============================================================== embassies and consulates
@case("transcript")
def c_consulate_london_us(g):
    passport = g.code("999999999")
    dob = g.dob(1980, 1995)
    mob = g.uk_mob()
    pc = g.ukpc("N16")
    flat, num = g.i(1, 9), g.i(10, 200)
    return [
        "A|American Citizen Services, London. This is [[NAME:Marguerite]].",
        f"C|Hi, I lost my passport on the Tube yesterday and I fly home on the ((date:{ords(g.i(3, 27))})). Flight ((flight_number:UA {g.i(900, 999)})).",
        "A|I'm sorry. Let's get you an emergency passport. Your full name?",
        "C|[[NAME:Cassius Abernathy-Oyelaran]].",
        "A|Date and place of birth?",
        f"C|[[DOB:{t_date(dob, 'us')}]], in Dayton, Ohio.",
        "A|Do you remember the passport number, or have a copy?",
        f"C|I have a photo of it: [[ACCOUNT_NUMBER:{passport}]].",
        "A|Thank you. Did you report it to the police?",
        f"C|Yes, they gave me a reference, ((other:{g.fmt('9999')}/{g.i(10, 31)}{g.i(10, 12)})).",
        f"A|Good. I have an appointment tomorrow at ((time:{g.tt(8, 10, (0, 30))})). Bring two photos, ((quantity:{g.i(2, 2)} by {g.i(2, 2)} inches)), and the fee is ((price:${g.i(130, 165)})).",
        "C|Okay. Where should the confirmation go?",
        f"A|I'll e-mail it. And your UK address and phone, in case we need you?",
        f"C|[[ADDRESS:Flat {flat}, {num} Stoke Newington Church Street]], London [[POSTCODE:{pc}]]. Phone [[PHONE:{t_phone(mob)}]].",
        "A|And e-mail?",
        f"C|[[EMAIL:cassius.ao{g.i(10, 99)}@protonmail.com]].",
        "A|You're booked. Enter through the east pavilion.",
    ]


@case("asr")
def c_consulate_houston_india(g):
    dob = g.dob(1968, 1985)
    passport = g.code("A9999999")
    oci = g.reg("USAH" + g.digits(8, "0123456789"))
    z = g.zip("TX")
    ph = g.us_phone("TX")
    return [
        "A|consulate general of india houston oci helpdesk [[NAME:karthik]] speaking",
        "C|hello my oci card application is pending for a long time i want to know the status",
        "A|please tell me your name as in passport",
        "C|[[NAME:lakshmi narayanan venkataraman]]",
        "A|date of birth",
        f"C|[[DOB:{g.ad(dob, 'digits')}]]",
        "A|and the file number it starts with u s a h",
        f"C|yes [[ACCOUNT_NUMBER:u s a h {g.grp(oci[4:], [4, 4], 'sp')}]]",
        f"A|okay madam it was received on ((date:{g.pick(MONTHS).lower()} {ordw(g.i(2, 28))})) and it is under process it takes ((duration:{g.w(8, 12)} weeks))",
        "C|but it is already more than that and i have to travel in december",
        "A|which passport number was used",
        f"C|[[ACCOUNT_NUMBER:{g.an(passport, phon=1.0, how='for')}]] wait that is my old one",
        f"C|the new one is [[ACCOUNT_NUMBER:{g.an(g.code('A9999999'))}]]",
        "A|okay that may be the delay the new passport details must be updated there is a fee",
        f"A|((price:{g.ap(25, 30, 'dollars')})) for the miscellaneous service form",
        "C|okay what is the address you have",
        f"A|[[ADDRESS:{g.pairs(g.n(1000, 9999))} westheimer road apartment {g.hn(100, 999)}]] houston [[POSTCODE:{g.seq(z, dbl=0)}]]",
        "C|yes that is correct",
        "A|and the phone for updates",
        f"C|[[PHONE:{g.ph(ph)}]]",
        "A|okay madam i will add a note please upload the new passport",
    ]


@case("transcript")
def c_embassy_canberra_ie(g):
    pps = g.pps(second=True)
    dob = g.dob(1987, 1999)
    pc = g.aupc("NSW")
    mob = g.au_mob()
    num = g.i(5, 90)
    return [
        "A|Embassy of Ireland, Canberra, consular section. [[NAME:Ruairí]] speaking.",
        "C|Hi, I'm an Irish citizen living in Sydney and my passport expires in ((duration:{} months)). I need to renew it before I travel.".format(g.i(2, 4)),
        "A|You can do that online. Is there a problem with the form?",
        "C|It keeps rejecting my PPS number. I'm [[NAME:Orlaith Kavanagh-Breen]].",
        "A|What are you entering?",
        f"C|[[SSN#a:{pps[:7]}]] and then [[SSN#a:{pps[7:]}]] at the end.",
        "A|It must be entered without spaces. And your date of birth?",
        f"C|[[DOB:{t_date(dob, 'dots')}]].",
        f"A|That should work now. Processing from Australia is about ((duration:{g.i(4, 8)} weeks)) and the fee is ((price:€{g.i(80, 95)})) plus ((price:€{g.i(9, 12)}.{g.i(10, 90)})) postage.",
        "C|Where is it posted to?",
        "A|The address you enter. Make sure it's a secure one.",
        f"C|[[ADDRESS:Unit {g.i(2, 30)}, {num} Glebe Point Road, Glebe]] NSW [[POSTCODE:{pc}]].",
        f"A|That's fine. And we'll text you at [[PHONE:{t_phone(mob)}]]?",
        "C|Yes, that's me.",
        f"A|Good. If you travel before ((date:{ords(g.i(2, 28))} {g.pick(MONTHS)})), ring us back about an emergency passport.",
    ]


@case("asr")
def c_highcomm_london_za(g):
    dob = g.dob(1972, 1990)
    zaid = g.zaid(dob)
    pc = g.ukpc("SW11")
    mob = g.uk_mob()
    num = g.i(10, 200)
    return [
        f"I|thank you for calling the south african high commission for civic services press ((other:{n2w(1)}))",
        "I|please enter or say your south african id number",
        f"C|[[SSN:{g.grp(zaid, [6, 4, 3], 'sss', dbl=0.3)}]]",
        "I|thank you please hold",
        "A|good day civic services [[NAME:nomvula]] speaking",
        "C|hi [[NAME:nomvula]] i applied for a new smart id card here in london and i want to check if it's ready",
        "A|can i have your name and surname",
        "C|[[NAME:ruan du plessis]]",
        "A|and your date of birth",
        f"C|[[DOB:{g.ad(dob, 'day_month_year')}]]",
        f"A|thank you mister [[NAME:du plessis]] your card arrived on the ((date:{ordw(g.i(2, 28))})) you can collect it weekdays between ((time:{g.at(9, 9, (0, 30))})) and ((time:{g.at(12, 12, (0, 30))}))",
        "C|can someone collect it for me i'm flying to joburg",
        f"A|no it must be you with fingerprints when is the flight",
        f"C|((flight_number:b a {g.w(50, 59)})) on the ((date:{ordw(g.i(2, 28))}))",
        "A|then come before that and bring proof of address",
        f"C|okay my address is [[ADDRESS:flat {n2w(g.i(2, 40))} {n2w(num)} lavender hill]] london [[POSTCODE:{g.an(pc, phon=0.3, how='for')}]]",
        "A|okay and a phone number",
        f"C|[[PHONE:{g.ph(mob)}]]",
        "A|thank you sir",
    ]


@case("transcript")
def c_consulate_la_nz(g):
    passport = g.code("AA999999")
    ird = g.ird()
    z = g.zip("CA")
    ph = g.us_phone("CA")
    num = g.i(100, 9900)
    dob = g.dob(1960, 1975)
    return [
        "A|New Zealand Consulate-General, Los Angeles. [[NAME:Aroha]] speaking.",
        "C|Kia ora, [[NAME:Aroha]]. My name's [[NAME:Grant McIlwraith]]. I'm moving back to Christchurch and I need help with my KiwiSaver.",
        "A|We can't access KiwiSaver, but we can certify documents. What do you need certified?",
        "C|My passport and a letter from Inland Revenue. They want my IRD number on everything.",
        "A|Okay. Bring the original passport. What's the passport number, for the booking?",
        f"C|[[ACCOUNT_NUMBER:{passport}]].",
        f"A|And the IRD number, so I can note it on the certification?",
        f"C|[[SSN:{t_groups(ird, [3, 3, 3] if len(ird) == 9 else [2, 3, 3], '-')}]].",
        f"A|Thank you. Date of birth?",
        f"C|[[DOB:{t_date(dob, 'uk')}]].",
        f"A|Certification is ((price:US${g.i(35, 60)})) per document. Your address here?",
        f"C|[[ADDRESS:{num} Wilshire Boulevard, Suite {g.i(100, 900)}, Santa Monica]], CA [[POSTCODE:{z}]].",
        f"A|And phone?",
        f"C|[[PHONE:{t_phone(ph)}]].",
        f"A|We have ((time:{g.tt(10, 11, (0, 30))})) on ((date:{g.pick(['Monday', 'Tuesday', 'Thursday'])})). The office is on the ((other:{ords(g.i(6, 19))} floor)).",
        "C|Perfect, thanks.",
    ]


# ============================================================== court fines
@case("asr")
def c_fine_magistrates_leeds(g):
    acct = g.code("99/999999/9")
    dob = g.dob(1975, 1998)
    ni = g.ni()
    card = g.card("visa")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        "A|hmcts fines payment line you're speaking with [[NAME:jolene]]",
        "C|hi i've had a letter saying my fine's gone up and i want to pay it off",
        "A|okay have you got the account number from the letter",
        f"C|yeah it's [[ACCOUNT_NUMBER:{g.seq(acct[:2], dbl=0)} slash {g.grp(acct[3:9], [3, 3], 'sp')} slash {g.seq(acct[-1])}]]",
        "A|and your full name",
        "C|[[NAME:lyndon ackroyd-flitcroft]]",
        "A|date of birth",
        f"C|[[DOB:{g.ad(dob, 'ord_of_ord_yy')}]]",
        "A|and can you confirm your national insurance number",
        f"C|[[SSN#n:{g.an(ni[:2], phon=1.0, how='for')} {g.pairs(ni[2:4])}]] um [[SSN#n:{g.pairs(ni[4:8])} {g.an(ni[8])}]]",
        f"A|thank you so the original fine was ((price:{g.ap(120, 220, 'pounds', uk=True)})) and with the collection order it's now ((price:{g.ap(300, 420, 'pounds', uk=True)}))",
        "C|right can i pay by card",
        "A|yep go ahead",
        f"C|[[CARD_NUMBER:{g.grp(card, [4, 4, 4, 4], 'ssps', homo=0.3)}]]",
        "A|and the expiry",
        f"C|[[EXPIRY:{MONTHS[m - 1].lower()} {year_w(y, g.r)}]]",
        "A|and the last three on the back",
        f"C|[[CVV:{g.seq(cvv, dbl=0, homo=0.5)}]]",
        f"A|that's paid your receipt number is ((other:{g.seq(g.digits(6), dbl=0)})) and the account's now closed",
        "C|brilliant cheers",
    ]


@case("transcript")
def c_traffic_court_columbus(g):
    cit = g.code("AA99999999")
    dl = g.code("AA999999")
    dob = g.dob(1970, 2000)
    card = g.card("disc")
    m, y = g.exp()
    cvv = g.cvv()
    z = g.zip("OH")
    return [
        "A|Franklin County Municipal Court, traffic division. This is [[NAME:Rhonda]].",
        "C|Hi, I want to pay a speeding ticket. I'm not contesting it.",
        "A|Okay. Citation number?",
        f"C|[[ACCOUNT_NUMBER:{cit}]].",
        "A|Name and date of birth?",
        f"C|[[NAME:Thaddeus Ruiz-Okoro]], [[DOB:{t_date(dob, 'mdy')}]].",
        f"A|I have it. ((quantity:{g.i(68, 79)} in a {g.i(5, 5)}5)), fine and costs are ((price:${g.i(150, 190)}.00)). It adds ((count:{n2w(g.i(2, 2))})) points to your license.",
        "C|Can I do driver's school instead of the points?",
        "A|Only if the judge orders it. Can you confirm your driver's license number?",
        f"C|[[ACCOUNT_NUMBER:{dl}]].",
        "A|Thank you. Card number?",
        f"C|[[CARD_NUMBER:{t_card(card)}]].",
        f"A|Expiration and the code on the back?",
        f"C|[[EXPIRY:{m}/{y}]], and [[CVV:{cvv}]].",
        "A|Billing ZIP?",
        f"C|[[POSTCODE:{z}]].",
        f"A|Done. There's a ((price:${g.i(3, 4)}.{g.pick(['50', '95'])})) convenience fee. Confirmation ((other:{g.fmt('AA')}-{g.nolu(8)})).",
        "C|Thanks.",
    ]


@case("asr")
def c_fixed_charge_cork(g):
    notice = g.acct(11)
    reg = f"{g.i(141, 241)}-C-{g.i(1000, 99999)}"
    g.reg(re.sub(r"[^A-Z0-9]", "", reg))
    card = g.card("mc2")
    m, y = g.exp()
    cvv = g.cvv()
    eir = g.eir("T12")
    return [
        "A|fixed charge processing office good morning [[NAME:colm]] speaking",
        "C|hi [[NAME:colm]] i got a speeding notice but the car was sold before the date on it",
        "A|okay what's the notice number on the top right",
        f"C|[[ACCOUNT_NUMBER:{g.grp(notice, [3, 4, 4], 'spp')}]]",
        "A|and the registration",
        f"C|[[ACCOUNT_NUMBER:{g.seq(reg[:3], dbl=0)} c {g.grp(reg[6:], [len(reg) - 6], 'p')}]]",
        f"A|i see it ((quantity:{g.w(66, 75)} k)) in a ((quantity:{n2w(g.pick([50, 60]))})) zone on the ring road",
        "C|yeah but i sold it i have the form",
        "A|did you send the change of ownership form to the department",
        "C|i did i think the buyer never registered it",
        f"A|then you'd need to nominate the driver otherwise it's ((price:{g.ap(160, 160, 'euro')})) and ((count:{g.w(3, 3)})) penalty points",
        "C|okay i'll nominate but can you update my details in case",
        "A|sure name and address",
        f"C|[[NAME:fiachra o'donoghue]] [[ADDRESS:{n2w(g.i(2, 60))} maryborough hill douglas]] cork",
        f"C|eircode [[POSTCODE:{g.an(eir, phon=0.5, how='word')}]]",
        "A|grand and actually there's an older fine on your name too ((price:{}))".format(g.ap(60, 80, 'euro')),
        "C|ah for god's sake go on i'll pay that one by card",
        f"C|[[CARD_NUMBER#c:{g.grp(card[:8], [4, 4], 'sd')}]] and then [[CARD_NUMBER#c:{g.grp(card[8:], [4, 4], 'pp')}]] expires [[EXPIRY:{g.seq(f'{m:02d}', dbl=0)} {yy_w(y)}]]",
        f"A|and the security code",
        f"C|[[CVV:{g.seq(cvv, dbl=0)}]]",
        "A|that's gone through",
    ]


@case("transcript")
def c_infringement_melbourne(g):
    obl = g.acct(12)
    dob = g.dob(1979, 2001)
    lic = g.acct(9, "0123456789")
    card = g.card("visa")
    return [
        "A|Fines Victoria, [[NAME:Ashleigh]] speaking.",
        f"C|Hi, I've got an infringement for ((quantity:{g.i(64, 72)} km/h)) in a ((quantity:{g.i(6, 6)}0 zone)) and I want to ask for a payment plan.",
        "A|Sure. What's the obligation number? It's twelve digits.",
        f"C|[[ACCOUNT_NUMBER:{t_groups(obl, [4, 4, 4])}]].",
        "A|And your name and date of birth?",
        f"C|[[NAME:Mitchell Doukas]], [[DOB:{t_date(dob, 'dmy')}]].",
        f"A|Thanks, [[NAME:Mitchell]]. The amount is ((price:${g.i(300, 400)}.{g.i(10, 90)})), and there's ((count:{n2w(g.pick([1]))})) demerit point.",
        "C|Can I split it over a few months?",
        f"A|Yes, the minimum is ((price:${g.i(20, 40)})) a fortnight. Can you confirm your licence number?",
        f"C|[[ACCOUNT_NUMBER:{lic}]].",
        f"A|I'll set up ((count:{n2w(g.i(6, 10))})) fortnightly payments from the card you paid with last time, ending [[CARD_NUMBER:{card[-4:]}]].",
        "C|Yes, that's fine.",
        f"A|The first comes out on the ((date:{ords(g.i(2, 28))})). If a payment fails, the plan cancels after ((duration:{g.i(14, 14)} days)).",
        "C|Okay, thanks [[NAME:Ashleigh]].",
    ]


@case("asr")
def c_parking_ticket_ottawa(g):
    ticket = g.code("AA999999")
    plate = g.code("AAAA999")
    card = g.card("visa")
    m, y = g.exp()
    cvv = g.cvv()
    pc = g.capc("K2P")
    return [
        "I|city of ottawa parking ticket payments to pay by phone say pay",
        "C|pay",
        "I|please say or enter the ticket number",
        f"C|[[ACCOUNT_NUMBER:{g.an(ticket, phon=0.5)}]]",
        f"I|the amount owing is ((price:{g.ap(45, 90, 'dollars')})) to speak to an agent say agent",
        "C|agent",
        "A|hi this is [[NAME:genevieve]] how can i help",
        "C|hi i want to pay a ticket but the plate on it is wrong it says my plate but the car's different",
        "A|what plate is on your ownership",
        f"C|[[ACCOUNT_NUMBER:{g.an(plate, phon=0.6, how='word')}]]",
        f"A|okay the ticket has a plate ending ((other:{g.seq(g.digits(3))})) so it might be a typo you can dispute it",
        "C|honestly i'll just pay it it's easier",
        "A|okay card number please",
        f"C|[[CARD_NUMBER:{g.grp(card, odd_split(card, g.r), 'dsdsd')}]]",
        f"A|expiry",
        f"C|[[EXPIRY:{n2w(m)} slash {yy_w(y)}]]",
        f"A|cvv",
        f"C|[[CVV:{g.seq(cvv, dbl=0)}]]",
        "A|and postal code",
        f"C|[[POSTCODE:{g.an(pc)}]]",
        "A|thank you and what's your name for the receipt",
        "C|[[NAME:hubert lalonde-tremblay]]",
        "A|all paid",
    ]


# ============================================================== furniture rental
@case("transcript")
def c_furniture_atlanta(g):
    ssn = g.ssn()
    dob = g.dob(1990, 2002)
    z = g.zip4("GA")
    ph = g.us_phone("GA")
    num = g.i(100, 3900)
    return [
        "A|Thanks for calling Roomful Rentals, this is [[NAME:Deshawn]].",
        f"C|Hi, I'm moving into a new apartment and I want to rent a living room set and a bed for ((duration:{g.i(6, 12)} months)).",
        f"A|Great. The ((model_number:Harlow {g.i(2, 3)}-piece)) living room is ((price:${g.i(89, 139)} a month)), and a queen bed set is ((price:${g.i(49, 79)}.99)).",
        "C|That's fine. What do you need from me?",
        "A|Full name, date of birth and social for a soft credit check.",
        f"C|[[NAME:Jazmine Thibodeaux]], [[DOB:{t_date(dob, 'mdy2')}]], social [[SSN:{t_ssn(ssn)}]].",
        f"A|Let me read the social back: [[SSN:{t_ssn(ssn, ' ')}]]?",
        "C|Correct.",
        "A|Approved. Delivery address?",
        f"C|[[ADDRESS:{num} Peachtree Street NE, Apt {g.i(2, 30)}{g.pick(['A', 'B', 'C'])}, Atlanta]], GA [[POSTCODE:{z[:5]}-{z[5:]}]].",
        f"A|Which floor? Our crew needs to know if there's an elevator.",
        f"C|((other:{ords(g.i(4, 14))} floor)), and yes, there's an elevator.",
        f"A|Delivery window is ((time:{g.tt(8, 8, (0,))})) to ((time:{g.tt(12, 12, (0,))})) on ((date:{g.pick(['Friday', 'Saturday'])})). Phone for the driver?",
        f"C|[[PHONE:{t_phone(ph)}]].",
        "A|And e-mail for the lease?",
        f"C|[[EMAIL:jaz.thibodeaux@{g.pick(['yahoo.com', 'gmail.com'])}]].",
        f"A|You're set. Damage waiver is ((percentage:{g.i(8, 12)}%)) extra, optional.",
    ]


@case("asr")
def c_furniture_nottingham(g):
    card = g.card("mc")
    m, y = g.exp()
    cvv = g.cvv()
    pc = g.ukpc("NG7")
    mob = g.uk_mob()
    flat, num = g.i(1, 12), g.i(3, 180)
    return [
        "A|hiya you're through to studentsofa rentals [[NAME:callum]] speaking",
        "C|hi um i want to rent a desk and a chair and maybe a sofa for my flat it's just for the uni year",
        f"A|no problem so that's ((duration:{g.w(9, 10)} months)) the desk and chair bundle is ((price:{g.ap(15, 25, 'pounds', cents=True)})) a month",
        f"C|and the sofa",
        f"A|the ((model_number:oslo {g.w(2, 3)} seater)) is ((price:{g.ap(22, 35, 'pounds')})) a month or the corner one's a bit more",
        "C|just the small one it's a tiny flat",
        "A|alright can i get your name",
        "C|[[NAME:ottilie greenhalgh]]",
        "A|and the delivery address",
        f"C|it's [[ADDRESS#a:flat {n2w(flat)}]] um [[ADDRESS#a:{a_house(num, g.r)} derby road]] nottingham",
        "A|and the postcode",
        f"C|[[POSTCODE:{g.an(pc, phon=0.4, how='word')}]]",
        f"A|lovely we've got delivery on the ((date:{ordw(g.i(2, 28))} of september)) or the week after",
        "C|the first one",
        "A|and i'll take the first month now what's the card number",
        f"C|[[CARD_NUMBER#c:{g.grp(card[:6], [6], 'd')}]] sorry [[CARD_NUMBER#c:{g.grp(card[6:], [4, 6], 'sp')}]]",
        "A|expiry date",
        f"C|[[EXPIRY:{g.seq(f'{m:02d}', dbl=0)} {g.seq(str(y % 100), dbl=0)}]]",
        "A|and the three digit security number",
        f"C|[[CVV:{g.seq(cvv, dbl=0)}]]",
        f"A|and a mobile for the driver to text",
        f"C|[[PHONE:{g.ph(mob)}]]",
        f"A|sorted that's ((price:{g.ap(40, 60, 'pounds', cents=True)})) today and the driver'll text an hour before",
    ]


@case("transcript")
def c_furniture_bengaluru(g):
    pan = g.pan()
    aad = g.aadhaar()
    pin = g.pin("Bengaluru")
    flat = g.i(101, 1504)
    return [
        "A|Hello, Rentomo Homes, [[NAME:Chaitanya]] speaking.",
        "C|Hi, I booked a fridge and washing machine on rent, but the KYC is stuck.",
        "A|May I have your registered name?",
        "C|[[NAME:Meenakshi Iyengar]].",
        "A|Ma'am, the PAN you uploaded is not readable. Can you tell me the number?",
        f"C|[[SSN:{pan}]].",
        "A|And the Aadhaar for address proof?",
        f"C|[[SSN:{aad[:4]} {aad[4:8]} {aad[8:]}]].",
        f"A|Thank you. Rent is ((price:₹{g.i(1, 2)},{g.i(100, 899)} a month)) for both, with a ((price:₹{g.i(2, 4)},000)) refundable deposit. Minimum tenure is ((duration:{g.i(3, 6)} months)).",
        "C|Fine. Delivery to the new flat, not the old one.",
        "A|Please tell me the new address.",
        f"C|[[ADDRESS:Flat {flat}, Tower {g.pick(['B', 'C', 'D'])}, Prestige Lakeside Habitat, Whitefield]], Bengaluru [[POSTCODE:{pin}]].",
        f"A|And the old one, to close it?",
        f"C|[[ADDRESS:{g.i(12, 90)}, {ords(g.i(2, 9))} Cross, {ords(g.i(2, 9))} Main, Indiranagar]], Bengaluru [[POSTCODE:{g.pin('Bengaluru')}]].",
        f"A|Done. The fridge is the ((model_number:{g.i(2, 3)}{g.i(40, 90)} L)) double door. Delivery on ((date:{ords(g.i(2, 28))} {g.pick(MONTHS)})) between ((time:{g.tt(10, 10, (0,))})) and ((time:{g.tt(14, 14, (0,))})).",
        "C|Thank you.",
    ]


@case("asr")
def c_furniture_perth(g):
    lic = g.acct(7, "0123456789")
    card = g.card("visa")
    m, y = g.exp()
    cvv = g.cvv()
    pc = g.aupc("WA")
    mob = g.au_mob()
    unit, num = g.i(2, 20), g.i(10, 200)
    return [
        "A|good afternoon furnish and go perth [[NAME:jarrah]] speaking",
        "C|hi [[NAME:jarrah]] i'm renting some furniture for a fifo worker's place my partner's place actually",
        "A|sure thing whose name will the agreement be in",
        "C|mine [[NAME:kiah blackwood]]",
        "A|and i need a drivers licence number for id",
        f"C|[[ACCOUNT_NUMBER:{g.grp(lic, [3, 4], 'sp')}]]",
        "A|and the delivery address",
        f"C|[[ADDRESS:unit {n2w(unit)} {n2w(num)} canning highway east fremantle]] postcode [[POSTCODE:{g.seq(pc)}]]",
        f"A|beauty and it's the ((model_number:{g.pick(['bondi', 'cottesloe', 'scarborough'])} {g.w(3, 5)} piece)) package ((price:{g.ap(59, 89, 'dollars')})) a week",
        f"C|is that for ((duration:{g.w(6, 12)} months)) minimum",
        "A|that's the minimum yeah",
        "C|okay card details",
        f"C|[[CARD_NUMBER:{g.grp(card, [4, 4, 4, 4], 'pspp')}]]",
        "A|expiry",
        f"C|[[EXPIRY:{MONTHS[m - 1].lower()} {year_w(y, g.r)}]]",
        "A|and the three digit code on the back",
        f"C|[[CVV:{g.seq(cvv, dbl=0)}]]",
        "A|and best contact",
        f"C|[[PHONE:{g.ph(mob, homo=0.3)}]]",
        f"A|sweet we'll deliver ((date:thursday)) between ((time:{g.at(7, 8, (0,))})) and ((time:{g.at(11, 11, (0,))}))",
    ]


# ============================================================== boat charters
@case("asr")
def c_boat_key_west(g):
    card = g.card("amex")
    m, y = g.exp()
    cvv = g.cvv(4)
    ph = g.us_phone("FL")
    return [
        "A|conch republic charters this is [[NAME:wyatt]]",
        "C|hey [[NAME:wyatt]] i wanna book a fishing charter for next saturday",
        f"A|sure full day or half day full day's ((duration:{g.w(8, 8)} hours)) we leave at ((time:{g.at(7, 7, (0, 30))}))",
        f"C|half day how many people fit",
        f"A|up to ((count:{g.w(6, 6)})) on the ((quantity:{g.w(36, 42)} foot)) boat half day is ((price:{g.ap(700, 900, 'dollars')})) plus ((percentage:{g.w(15, 20)} percent)) tip for the crew suggested",
        "C|okay we're ((count:{})) guys".format(g.w(4, 5)),
        "A|name on the booking",
        "C|[[NAME:brantley huckabee]]",
        "A|and a cell number",
        f"C|[[PHONE:{g.ph(ph)}]]",
        f"A|deposit's ((percentage:{n2w(50)} percent)) i'll need a card",
        f"C|it's an amex [[CARD_NUMBER#c:{g.grp(card[:4], [4])}]] uh [[CARD_NUMBER#c:{g.grp(card[4:10], [6], 'p')}]] [[CARD_NUMBER#c:{g.grp(card[10:], [5])}]]",
        "A|expiration",
        f"C|[[EXPIRY:{g.seq(f'{m:02d}', dbl=0)} {yy_w(y)}]]",
        "A|and the four digits on the front",
        f"C|[[CVV:{g.seq(cvv, dbl=0)}]]",
        "A|email for the waiver",
        f"C|[[EMAIL:b huckabee at icloud dot com]]",
        f"A|you're set slip ((other:{g.w(20, 40)} {g.pick(['a', 'b'])})) at the marina be there by ((time:{g.at(12, 12, (15, 30))}))",
    ]


@case("transcript")
def c_boat_bay_of_islands(g):
    card = g.card("mc")
    m, y = g.exp()
    cvv = g.cvv()
    pc = g.nzpc("Russell")
    mob = g.au_mob()
    return [
        "A|Kia ora, Ipipiri Sailing Charters, [[NAME:Wiremu]] speaking.",
        f"C|Hi there! We're over from Sydney and keen on a day sail on the ((date:{ords(g.i(2, 28))})). There are ((count:{n2w(g.i(4, 6))})) of us.",
        f"A|Lovely. The yacht is ((quantity:{g.i(42, 48)} feet)) and takes up to ((count:{g.i(8, 10)})). We sail ((time:{g.tt(9, 9, (0, 30))})) to ((time:{g.tt(16, 16, (0, 30))})), lunch included, ((price:NZ${g.i(1, 2)},{g.i(100, 900)})) for a private charter.",
        "C|Do you go out to the Hole in the Rock?",
        f"A|If the swell's under ((quantity:{g.i(1, 2)}.{g.i(0, 5)} metres)), yes. We usually do ((quantity:{g.i(6, 8)} knots)) under sail.",
        "C|Great, let's book. Name's [[NAME:Tegan Hallworth-Pike]].",
        "A|Card details for the deposit?",
        f"C|[[CARD_NUMBER:{t_card(card)}]], expiry [[EXPIRY:{m:02d}/{y % 100}]], CVC [[CVV:{cvv}]].",
        f"A|Thanks. And where are you staying? We can pick up from the wharf in Russell.",
        f"C|[[ADDRESS:{g.i(2, 40)} The Strand, Russell]] [[POSTCODE:{pc}]], it's an Airbnb.",
        f"A|And a mobile?",
        f"C|My Aussie one, +[[PHONE:{t_phone(mob, intl=True)}]].",
        f"A|All booked. Bring a jacket; it gets to ((other:{g.i(14, 17)}°C)) out on the water.",
    ]


@case("asr")
def c_narrowboat_llangollen(g):
    dob = g.dob(1950, 1965)
    pc = g.ukpc("CH2")
    ref = g.code("AA99999")
    ph = g.uk_land("0161")
    return [
        "A|afternoon dee valley narrowboats [[NAME:bethan]] speaking",
        "C|oh hello i've got a booking for a week in may and i wanted to check a couple of things",
        "A|of course have you got the booking reference",
        f"C|[[ACCOUNT_NUMBER:{g.an(ref, phon=0.5, how='word')}]]",
        "A|thank you and the lead name",
        "C|[[NAME:ambrose featherstonehaugh]] it's pronounced [[NAME:fanshaw]] don't ask",
        f"A|ha lovely so you've got the ((model_number:{g.pick(['kingfisher', 'heron', 'otter'])} class)) ((quantity:{g.w(57, 62)} foot)) boat for ((duration:{g.w(7, 7)} nights))",
        "C|yes i wanted to check the steerer doesn't need a licence",
        f"A|no licence but the hirer has to be over ((other:{n2w(g.pick([21, 25]))})) can i take your date of birth for that",
        f"C|[[DOB:{g.ad(dob, 'month_the_ord_year')}]]",
        f"A|perfect and the speed limit's ((quantity:{g.w(4, 4)} miles an hour)) on the canal you'll cross the aqueduct on day one",
        "C|oh wonderful and the address on the booking",
        f"C|it should be [[ADDRESS:the old granary {n2w(g.i(2, 20))} church lane tarvin]] [[POSTCODE:{g.an(pc, phon=0.3, how='asin')}]]",
        "A|yes that's what i have and a contact number",
        f"C|[[PHONE:{g.ph(ph)}]] that's the house",
        f"A|lovely check in is ((time:{g.at(14, 15, (0, 30))})) and we'll give you ((duration:{g.w(1, 1)} hour)) of training",
    ]


@case("transcript")
def c_boat_knysna(g):
    dob = g.dob(1968, 1990)
    zaid = g.zaid(dob)
    card = g.card("visa")
    m, y = g.exp()
    cvv = g.cvv()
    mob = g.uk_mob()
    return [
        "A|Good morning, Knysna Lagoon Charters, [[NAME:Sipho]] speaking.",
        f"C|Hi [[NAME:Sipho]], I'd like to book a sunset cruise on the ((date:{ords(g.i(2, 28))} of December)) for my parents' anniversary. ((count:{g.i(8, 12)})) people.",
        f"A|Lovely! The catamaran takes ((count:{g.i(20, 30)})). Sunset cruise is ((time:{g.tt(18, 18, (0, 30))})) to ((time:{g.tt(20, 20, (0, 30))})), at ((price:R{g.i(650, 900)} per person)).",
        "C|Perfect. The booking is under my name, [[NAME:Marli van der Westhuizen]].",
        "A|For the skipper's manifest I need an ID number for the lead passenger.",
        f"C|Sure, [[SSN:{zaid}]].",
        "A|And card for the deposit?",
        f"C|[[CARD_NUMBER:{t_card(card, '-')}]], expiry [[EXPIRY:{m}/{y}]], and the CVV is [[CVV:{cvv}]].",
        f"A|Thank you. Could I have an e-mail and phone?",
        f"C|[[EMAIL:marli.vdw@{g.pick(['webmail.co.za', 'mweb.co.za'])}]], and my UK mobile [[PHONE:{t_phone(mob)}]]. I live in Reading now.",
        f"A|Got it. It's ((percentage:{g.i(30, 50)}%)) deposit, the rest on the day.",
        "C|Thank you!",
    ]


# ============================================================== ski and golf clubs
@case("transcript")
def c_ski_whistler(g):
    dob = g.dob(2014, 2018)
    pass_no = g.code("999-9999-99")
    card = g.card("mc2")
    m, y = g.exp()
    cvv = g.cvv()
    ph = g.us_phone("BC")
    return [
        "A|Sea to Sky Ski Club, [[NAME:Brynn]] speaking.",
        "C|Hi, I'm registering my daughter for the youth program this winter. She was in it last year.",
        "A|Great! Her name?",
        "C|[[NAME:Juniper Falkenrath]]. I'm her dad, [[NAME:Osgood]].",
        "A|Her date of birth, please? The age groups changed.",
        f"C|[[DOB:{t_date(dob, 'us')}]].",
        f"A|So she's in the ((other:U{g.i(10, 12)})) group. How tall is she now? Rentals are sized by height.",
        f"C|About ((quantity:{g.i(128, 145)} cm)), and ((quantity:{g.i(28, 38)} kilos)).",
        f"A|Thanks. Her season pass number from last year carries over. Is it [[ACCOUNT_NUMBER:{pass_no}]]?",
        "C|Yes.",
        f"A|The program is ((price:${g.i(900, 1300)})) for ((count:{g.i(10, 12)})) Saturdays, ((time:{g.tt(9, 9, (0, 30))})) to ((time:{g.tt(15, 15, (0, 30))})).",
        f"C|Okay. Card: [[CARD_NUMBER:{t_card(card)}]], [[EXPIRY:{m:02d}/{y}]], [[CVV:{cvv}]].",
        "A|Got it. And a phone for the coach?",
        f"C|[[PHONE:{t_phone(ph)}]].",
        f"A|Perfect. First session is ((date:{g.pick(['December', 'January'])} {ords(g.i(2, 14))})). Helmets are mandatory.",
    ]


@case("asr")
def c_ski_queenstown(g):
    dob = g.dob(1950, 1959)
    mem = g.code("AA99999")
    pc = g.nzpc("Queenstown")
    mob = g.uk_mob()
    return [
        "A|morena remarkables ski club [[NAME:hemi]] speaking",
        "C|hi [[NAME:hemi]] i'm renewing my club membership and adding my husband",
        "A|ka pai what's your membership number",
        f"C|[[ACCOUNT_NUMBER:{g.an(mem, phon=0.5, how='for')}]]",
        "A|and your name",
        "C|[[NAME:rosemary tuhiwai-grigg]]",
        f"A|okay [[NAME:rosemary]] you're on the senior rate since you turned ((other:{g.w(65, 65)})) can i confirm your date of birth",
        f"C|[[DOB:{g.ad(dob, 'ord_of_month_year')}]]",
        f"A|cool so senior is ((price:{g.ap(450, 600, 'dollars')})) and for your husband the full adult rate is ((price:{g.ap(900, 1200, 'dollars')}))",
        "C|his name's [[NAME:alistair]] same surname",
        f"A|and his date of birth",
        f"C|um [[DOB#d:{g.ad(g.dob(1955, 1960), 'ddmmyy')}]] no sorry that's wrong it's [[DOB:{g.ad(g.dob(1955, 1960), 'ddmmyy')}]]",
        f"A|no worries the lodge is open from the ((date:{ordw(g.i(10, 20))} of june)) and bunks are ((price:{g.ap(35, 45, 'dollars')})) a night",
        "C|great can you post the cards",
        f"A|sure the address is still [[ADDRESS:{n2w(g.i(2, 90))} fernhill road]] queenstown [[POSTCODE:{g.seq(pc, dbl=0)}]]",
        "C|that's right",
        f"A|and is there a mobile for lift alerts",
        f"C|mine's a uk number we're half the year there [[PHONE:{g.ph(mob)}]]",
        "A|sweet as you're all renewed",
    ]


@case("transcript")
def c_golf_st_andrews(g):
    mem = g.acct(6)
    dob = g.dob(1950, 1972)
    pc = g.ukpc("DD1")
    acct = g.acct(8, "0123456789")
    sort = g.acct(6)
    num = g.i(2, 80)
    return [
        "A|Good morning, Eden Links Golf Club, [[NAME:Fraser]] speaking.",
        f"C|Morning, [[NAME:Fraser]]. It's [[NAME:Hamish Drummond-Aird]], member number [[ACCOUNT_NUMBER:{mem}]]. I want to change my direct debit.",
        "A|Certainly, Mr [[NAME:Drummond-Aird]]. Can I confirm your date of birth first?",
        f"C|[[DOB:{t_date(dob, 'ord')}]].",
        "A|Thank you. And the new bank details?",
        f"C|Sort code [[ACCOUNT_NUMBER:{t_groups(sort, [2, 2, 2], '-')}]], account [[ACCOUNT_NUMBER:{acct}]].",
        f"A|Done. Your annual subscription of ((price:£{g.i(1, 2)},{g.i(100, 900)})) will now come out in ((count:{n2w(g.i(10, 12))})) instalments. Also, your handicap index was updated to ((other:{g.i(8, 18)}.{g.i(1, 9)})) after Saturday's medal.",
        f"C|Good. I shot ((other:{g.i(78, 86)})) in the wind, so I'll take it.",
        f"A|Well played. Would you like a tee time for the ((date:Autumn Foursomes))? First tee is ((time:{g.tt(8, 8, (0, 10, 20), '24')})).",
        f"C|Put me down for ((time:{g.tt(9, 9, (10, 20, 30), '24')})), with my usual partner.",
        "A|Will do. Is your address still [[ADDRESS:Hepburn Gardens]]?",
        f"C|No, I've moved. [[ADDRESS:{num} Lade Braes Walk, St Andrews]], [[POSTCODE:{pc}]].",
        "A|Updated. See you on the course.",
    ]


@case("asr")
def c_golf_scottsdale(g):
    card = g.card("visa")
    m, y = g.exp()
    cvv = g.cvv()
    ph = g.us_phone("AZ")
    z = g.zip("AZ")
    return [
        "A|desert quail golf club pro shop this is [[NAME:colton]]",
        "C|hey [[NAME:colton]] i need a tee time for four on saturday morning",
        f"A|let me look i've got ((time:{g.at(7, 7, (12, 24, 36))})) or ((time:{g.at(9, 9, (0, 12))}))",
        "C|the early one before it gets hot",
        f"A|yeah it's supposed to hit like ((other:{g.w(102, 109)} degrees)) so good call green fee is ((price:{g.ap(89, 149, 'dollars')})) each with cart",
        "C|can you do the cart for just two of us the others walk",
        f"A|walking's not allowed in summer sorry it's mandatory cart ((count:{g.w(2, 2)})) carts",
        "C|fine name's [[NAME:beauregard tillotson]]",
        "A|card to hold it",
        f"C|[[CARD_NUMBER#c:{g.grp(card, [4, 4, 4, 4], 'dddd')}]]",
        "A|sorry it cut out can you repeat the last part",
        f"C|[[CARD_NUMBER#c!:{g.grp(card[-8:], [4, 4], 'ss')}]]",
        "A|and expiration and the code",
        f"C|[[EXPIRY:{g.seq(str(m), dbl=0)} {yy_w(y)}]] and [[CVV:{g.seq(cvv, dbl=0)}]]",
        "A|zip code",
        f"C|[[POSTCODE:{g.seq(z)}]]",
        "A|and a cell in case of weather",
        f"C|[[PHONE:{g.ph(ph)}]]",
        f"A|you're booked last year you shot an ((other:{g.w(81, 89)})) here right",
        "C|don't remind me",
    ]


@case("asr")
def c_golf_lahinch(g):
    mem = g.acct(5)
    eir = g.eir("H91")
    return [
        "A|good morning atlantic links golf club [[NAME:donncha]] speaking",
        "C|hi [[NAME:donncha]] it's [[NAME:ursula mcinerney-hehir]] i'm a country member",
        "A|ah hello [[NAME:ursula]] what can i do for you",
        f"C|i want to book a visitor's round for my brother he's over from boston on the ((date:{ordw(g.i(2, 28))}))",
        f"A|no problem green fee for members' guests is ((price:{g.ap(60, 90, 'euro')})) instead of ((price:{g.ap(200, 280, 'euro')}))",
        f"C|lovely and he'll need a handicap cert it's ((other:{g.w(10, 20)})) he says but i doubt it",
        "A|ha we'll need the cert anyway what's his name",
        "C|[[NAME:finbarr]] same surname",
        f"A|grand i'll put him on at ((time:{g.at(10, 11, (0, 10, 20))})) with you and your member number",
        f"C|[[ACCOUNT_NUMBER:{g.seq(mem)}]]",
        "A|and you're still at the same address for the newsletter",
        f"C|no we moved to [[ADDRESS:{n2w(g.i(2, 60))} the crescent knocknacarra]] galway",
        f"A|eircode",
        f"C|[[POSTCODE#e:{g.an(eir.split()[0])}]] [[POSTCODE#e:{g.an(eir.split()[1], phon=0.4)}]]",
        f"A|updated and it's ((count:{g.w(18, 18)})) holes for him or the castle course ((count:{g.w(9, 9)}))",
        "C|oh the full eighteen he'd kill me",
    ]


# ============================================================== bicycle shops
@case("asr")
def c_bike_bristol(g):
    order = g.acct(8)
    size = g.pick([50, 52, 54])
    mob = g.uk_mob()
    return [
        "A|hiya spokes and sprockets [[NAME:kit]] speaking",
        "C|oh hi i ordered a gravel bike online and it still hasn't come it's been ages",
        "A|sorry about that have you got your order number",
        f"C|[[ACCOUNT_NUMBER:{g.grp(order, [4, 4], 'sp')}]]",
        "A|thank you and your name",
        "C|[[NAME:imogen thistlethwaite]]",
        f"A|right so it's the ((model_number:{g.pick(['ridgeback', 'voyager', 'haldane'])} g {g.w(2, 5)} hundred)) in the ((quantity:{n2w(size)} centimetre)) frame",
        f"C|yeah the ((quantity:{n2w(size)}))",
        f"A|the frames were held at the port it says the ((date:{g.pick(['twentieth', 'twelfth', 'third'])})) now for delivery",
        "C|oh that's annoying i've got a sportive in ((duration:{} weeks))".format(g.w(2, 3)),
        f"A|if it helps i can swap you to the ((quantity:{n2w(size + 2)})) which we have in stock",
        "C|no i'm too short for that",
        f"A|okay well i'll take ((price:{g.ap(50, 100, 'pounds')})) off for the delay and i'll ring you the day it lands",
        "C|thank you my number's",
        f"C|[[PHONE:{g.ph(mob)}]]",
        f"A|and the part you asked about the chainring it's part number ((model_number:{' '.join(g.fmt('AA').lower())} {g.seq(g.digits(5), dbl=0)}))",
        "C|brilliant ta",
    ]


@case("transcript")
def c_bike_boulder(g):
    card = g.card("mc")
    m, y = g.exp()
    cvv = g.cvv()
    z = g.zip("CO")
    ph = g.us_phone("CO")
    num = g.i(1000, 3000)
    return [
        "A|Flatirons Cycle Works, this is [[NAME:Tanner]].",
        "C|Hey, I dropped my bike off for a tune-up and you said the rear derailleur needs replacing?",
        "A|Name on the ticket?",
        "C|[[NAME:Philomena Oyelowo]].",
        f"A|Yep. The derailleur is a ((model_number:RD-M{g.i(5, 8)}{g.i(100, 120)})), ((price:${g.i(79, 129)}.{g.pick(['99', '95'])})), plus ((price:${g.i(25, 45)})) labor. The chain is stretched ((percentage:{g.i(0, 0)}.{g.i(5, 8)}%)), so that should go too.",
        f"C|Okay, do it. Also pump the tires to ((quantity:{g.i(40, 60)} psi)), I'm doing gravel.",
        "A|Will do. Do you want to pay now? It'll be ready by ((time:{}))".format(g.tt(15, 17, (0, 30))) + ".",
        f"C|Sure. [[CARD_NUMBER:{t_card(card)}]], exp [[EXPIRY:{m:02d}/{y % 100}]], CVC [[CVV:{cvv}]].",
        "A|Billing address?",
        f"C|[[ADDRESS:{num} Pearl Street, Unit {g.i(2, 12)}, Boulder]], CO [[POSTCODE:{z}]].",
        "A|And we'll text you when it's done?",
        f"C|Yes, [[PHONE:{t_phone(ph)}]].",
        f"A|Done. Total ((price:${g.i(180, 240)}.{g.i(10, 90)})).",
    ]


@case("asr")
def c_bike_adelaide(g):
    pc = g.aupc("SA")
    mob = g.au_mob()
    frame = g.fmt("AAA99999999")
    num = g.i(10, 300)
    return [
        "A|g'day torrens e-bikes [[NAME:zane]] speaking",
        "C|hi [[NAME:zane]] i bought an e-bike from you last year and the battery's only doing like half the range now",
        f"A|oh no which model is it",
        f"C|the ((model_number:urban glide {g.w(5, 7)} hundred)) it used to do ((quantity:{g.w(60, 80)} k)) on a charge now it's like ((quantity:{g.w(30, 40)}))",
        f"A|the battery's covered for ((duration:{g.w(2, 2)} years)) or ((count:{g.w(500, 800)})) charge cycles what's the frame number it's under the bottom bracket",
        f"C|hang on ((other:{g.an(frame, dbl=0)}))",
        "A|and your name",
        "C|[[NAME:caitlyn mazzarolo]]",
        "A|and the address on the warranty",
        f"C|[[ADDRESS:{a_house(num, g.r)} king william road hyde park]] [[POSTCODE:{g.seq(pc)}]]",
        f"A|okay it's under warranty drop it in any day before ((time:{g.at(17, 17, (0, 30))})) and we'll test it ((duration:{n2w(g.pick([24, 48]))} hours)) turnaround",
        "C|can you call me when it's ready",
        f"C|it's [[PHONE:{g.ph(mob)}]]",
        "A|no worries [[NAME:caitlyn]]",
    ]


@case("transcript")
def c_bike_chandigarh(g):
    pin = g.pin("Chandigarh")
    inv = g.fmt("INV/9999/999")
    acct = g.acct(14)
    return [
        "A|Sat Sri Akal, Sukhna Cycles, [[NAME:Gurleen]] speaking.",
        f"C|Hello ji, I bought a cycle for my son on ((date:{ords(g.i(2, 28))} {g.pick(MONTHS)})). The gears are slipping.",
        "A|Sorry to hear that. Which model?",
        f"C|((model_number:Hero Sprint {g.i(2, 9)}0T)), ((count:{g.i(18, 21)})) speed. The invoice number is ((other:{inv})).",
        "A|May I have your name?",
        "C|[[NAME:Jaspreet Sandhu]]. My son is [[NAME:Ekamjot]].",
        f"A|It's under ((duration:{g.i(6, 12)} months)) warranty. Bring it on Saturday, our mechanic [[NAME:Balwinder]] is there from ((time:{g.tt(10, 11, (0,))})).",
        "C|Okay. Also, the refund for the helmet was to go to my account. Has it been sent?",
        f"A|Let me check... ((price:₹{g.i(800, 1600)})) sent by NEFT to account [[ACCOUNT_NUMBER:{acct}]].",
        "C|Yes, that is correct.",
        "A|And your address for the records?",
        f"C|[[ADDRESS:House {g.i(100, 3000)}, Sector {g.i(15, 46)}-{g.pick(['A', 'B', 'C', 'D'])}, Chandigarh]] [[POSTCODE:{pin}]].",
        "A|Thank you, ji.",
    ]


@case("asr")
def c_bike_halifax(g):
    pc = g.capc("B3H")
    ph = g.us_phone("NS")
    card = g.card("visa")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        "A|bluenose bicycle co this is [[NAME:maeve]]",
        "C|hi i'd like to order a kids bike for christmas the one in the window",
        f"A|the red one that's the ((model_number:spark {g.w(20, 24)})) it's a ((quantity:{g.w(20, 24)} inch)) wheel good for ages ((other:{g.w(6, 7)} to {g.w(8, 9)}))",
        f"C|perfect my nephew is ((other:{g.w(7, 8)})) how much",
        f"A|((price:{g.ap(329, 449, 'dollars')})) plus tax and we can gift wrap it",
        "C|great can i pay now and pick up later",
        "A|sure name for the order",
        "C|[[NAME:isadora mcnaughton]]",
        "A|card number",
        f"C|[[CARD_NUMBER:{g.grp(card, [4, 4, 4, 4], 'sssp')}]]",
        "A|expiry and security code",
        f"C|[[EXPIRY:{g.seq(f'{m:02d}', dbl=0)} {yy_w(y)}]] [[CVV:{g.seq(cvv, dbl=0)}]]",
        "A|postal code on the card",
        f"C|[[POSTCODE:{g.an(pc, phon=0.5, how='asin')}]]",
        "A|and phone",
        f"C|[[PHONE:{g.ph(ph)}]]",
        "A|and can i email the receipt",
        "C|yes [[EMAIL:izzy mcnaughton at hotmail dot ca]]",
        "A|all done we hold it until the ((date:{}))".format(f"{ordw(g.i(20, 23))} of december"),
    ]


# ============================================================== timeshares
@case("transcript")
def c_timeshare_orlando(g):
    ssn = g.ssn()
    mem = g.acct(9)
    z = g.zip("MN")
    ph = g.us_phone("MN")
    num = g.i(1000, 9900)
    return [
        "A|Sunshine Vacation Club owner services, this is [[NAME:Lorena]].",
        f"C|Hi, I'm trying to use my week this year and the website says my maintenance fees aren't paid. Member number [[ACCOUNT_NUMBER:{mem}]].",
        "A|I can look. Can you verify the last four of the primary owner's social?",
        f"C|[[SSN:{ssn[-4:]}]].",
        "A|Thank you, and the names on the account?",
        "C|[[NAME:Reginald Featherstone]] and my wife [[NAME:Cordelia]].",
        f"A|I see the ((year:{g.i(2024, 2025)})) fees of ((price:${g.i(1100, 1600)}.{g.i(10, 90)})) were paid, but the ((price:${g.i(150, 300)})) special assessment is outstanding.",
        "C|Nobody told us about an assessment.",
        f"A|It went out in ((date:{g.pick(MONTHS)} {g.i(2024, 2025)})) to [[ADDRESS:{num} Lake Harriet Parkway, Minneapolis]], MN [[POSTCODE:{z}]].",
        "C|Oh, we've moved. That's why.",
        "A|What's the new address?",
        f"C|[[ADDRESS:{g.i(100, 900)} Summit Avenue, Apartment {g.i(2, 9)}0{g.i(1, 8)}, Saint Paul]], MN [[POSTCODE:{g.zip('MN')}]].",
        f"A|Updated. Once the assessment is paid you can book week ((other:{g.i(20, 40)})), unit ((other:{g.i(1, 4)}{g.i(10, 20)}{g.i(0, 9)})), as usual. Phone still [[PHONE:{t_phone(ph)}]]?",
        "C|Yes.",
        f"A|You bought in ((year:{g.i(1996, 2006)})), so you're also eligible for our legacy exit program if you're interested.",
        "C|Send me information on that, honestly.",
    ]


@case("asr")
def c_timeshare_exit_york(g):
    dob = g.dob(1945, 1958)
    contract = g.code("AA-999999")
    old_pc, new_pc = g.ukpc("HU5"), g.ukpc("HG1")
    mob = g.uk_mob()
    return [
        "A|good morning clearway timeshare exit you're speaking to [[NAME:nadia]]",
        "C|hello we've got a timeshare in tenerife we bought it in ((year:{}))".format(g.yw(g.i(1994, 2003))),
        f"C|and the fees have gone up to ((price:{g.ap(900, 1400, 'pounds')})) a year and i'm ((other:{n2w(age_on(dob))})) we just want out",
        "A|i understand we get a lot of calls like this can i take your name",
        "C|[[NAME:clifford]] and [[NAME:maureen bainbridge]]",
        "A|and the date of birth of the main owner",
        f"C|that's me [[DOB:{g.ad(dob, 'ord_of_month_year')}]]",
        "A|and have you got the contract number",
        f"C|it's [[ACCOUNT_NUMBER:{g.an(contract.replace('-', ' '), phon=0.3)}]]",
        "A|and the address the resort has for you",
        f"C|oh they'll have the old one [[ADDRESS:{n2w(g.i(2, 90))} cottingham road]] hull [[POSTCODE:{g.an(old_pc)}]]",
        "C|we moved up to harrogate a while back",
        "A|and the new address",
        f"C|[[ADDRESS:the coach house {n2w(g.i(2, 30))} duchy road]] harrogate [[POSTCODE#n:{g.an(new_pc.split()[0])}]] um [[POSTCODE#n:{g.an(new_pc.split()[1], phon=1.0, how='word')}]]",
        f"A|thank you our fee is ((price:{g.ap(1995, 2995, 'pounds')})) and we don't charge anything until the resort confirms",
        "C|we were stung by one of those firms before",
        "A|that's why we don't take upfront fees and your phone number",
        f"C|[[PHONE:{g.ph(mob)}]] that's my mobile [[NAME:maureen]] doesn't have one",
        "A|lovely i'll send the paperwork",
    ]


@case("transcript")
def c_timeshare_umhlanga(g):
    dob = g.dob(1960, 1975)
    zaid = g.zaid(dob)
    mem = g.code("AA99999")
    card = g.card("mc")
    m, y = g.exp()
    cvv = g.cvv()
    pc = g.zapc("Umhlanga")
    return [
        "A|Good afternoon, Sands Holiday Club, [[NAME:Nokuthula]] speaking.",
        f"C|Hi, [[NAME:Dawid Bezuidenhout]] here, member [[ACCOUNT_NUMBER:{mem}]]. I want to pay the levy and book my December week.",
        "A|Sure. For security, your ID number please?",
        f"C|[[SSN:{zaid}]].",
        f"A|Thank you. The levy for ((year:{g.i(2026, 2026)})) is ((price:R{g.i(7, 12)} {g.i(100, 900)})). You hold unit ((other:{g.pick(['B', 'C', 'D'])}{g.i(10, 40)})), week ((other:{g.i(50, 52)})).",
        f"C|Card: [[CARD_NUMBER:{t_card(card)}]], expires [[EXPIRY:{MON3[m - 1]} '{y % 100}]], security [[CVV:{cvv}]].",
        "A|Paid. Your address is still Umhlanga?",
        f"C|Yes, [[ADDRESS:{g.i(3, 40)} Portland Drive, Umhlanga Ridge]], [[POSTCODE:{pc}]].",
        f"A|Perfect. Check-in is from ((time:{g.tt(14, 15, (0,), '24')})) on the Friday.",
        "C|Thank you.",
    ]


@case("asr")
def c_timeshare_gold_coast(g):
    dob = g.dob(1955, 1970)
    mem = g.acct(8)
    ph = g.au_land("QLD")
    pc = g.aupc("QLD")
    return [
        "A|good morning vacation points club [[NAME:tayla]] speaking",
        "C|yeah g'day it's [[NAME:barry scholtens]] i want to know how many points i've got left",
        "A|member number please",
        f"C|[[ACCOUNT_NUMBER:{g.grp(mem, [4, 4], 'pp')}]]",
        "A|and date of birth",
        f"C|[[DOB:{g.ad(dob, 'day_month_year')}]]",
        f"A|thanks [[NAME:barry]] you've got ((count:{g.w(4, 9)} thousand {g.w(1, 9)} hundred)) points and they expire on the ((date:{ordw(g.i(2, 28))} of june))",
        f"C|righto how many do i need for a week at the broadbeach resort",
        f"A|a ((count:{g.w(1, 2)})) bedroom in school holidays is about ((count:{g.w(6, 9)} thousand)) points so you're a bit short",
        "C|can i borrow from next year",
        f"A|yes up to ((percentage:{g.w(40, 50)} percent)) with a ((price:{g.ap(79, 99, 'dollar')})) fee",
        "C|do it and send the confirmation to my email",
        "A|is that still the one ending in bigpond",
        f"C|yeah [[EMAIL:barry s at bigpond dot net dot au]]",
        f"A|great and your home phone is [[PHONE:{g.ph(ph)}]]",
        "C|still the same",
        f"A|and postcode [[POSTCODE:{g.seq(pc)}]]",
        "C|yep",
    ]


@case("transcript")
def c_timeshare_mont_tremblant(g):
    card = g.card("visa")
    m, y = g.exp()
    cvv = g.cvv()
    ph = g.us_phone("QC")
    pc = g.capc("H2T")
    return [
        "A|Laurentian Resort Club, owner services, [[NAME:Maxime]] speaking.",
        "C|Hi, I'm [[NAME:Solange Beaudoin-Mercer]]. I want to rent out my week because we can't go this year.",
        f"A|Sure. You own week ((other:{g.i(1, 10)})) in a ((count:{n2w(g.i(2, 3))}))-bedroom. Our rental program takes ((percentage:{g.i(30, 40)}%)) commission.",
        "C|That's steep, but fine. Do I still pay the fees?",
        f"A|Yes, ((price:${g.i(900, 1300)}.{g.i(10, 90)})) is due by ((date:{g.pick(MONTHS)} {g.i(1, 30)})). I can take it now.",
        f"C|Okay. [[CARD_NUMBER:{t_card(card)}]].",
        "A|Expiry and CVV?",
        f"C|[[EXPIRY:{m:02d}-{y}]] and [[CVV:{cvv}]].",
        "A|Thank you. Is the billing address the Plateau one?",
        f"C|Yes, [[ADDRESS:{g.i(3000, 5000)} Rue Saint-Denis, Montréal]], [[POSTCODE:{pc}]].",
        f"A|And phone [[PHONE:{t_phone(ph)}]]?",
        "C|Yes.",
        "A|And I'll send the rental agreement by e-mail.",
        f"C|Use [[EMAIL:solange.bm@videotron.ca]], please.",
    ]


# ============================================================== photo studios
@case("asr")
def c_photo_nashville(g):
    dob = g.dob(2024, 2025)
    card = g.card("disc")
    m, y = g.exp()
    cvv = g.cvv()
    ph = g.us_phone("TN")
    return [
        "A|hi thanks for calling little magnolia portraits this is [[NAME:brooklyn]]",
        "C|hi i'd like to book a first birthday cake smash session for my son",
        "A|aww congrats what's his name and when's his birthday",
        f"C|his name's [[NAME:beckett]] and he was born [[DOB:{g.ad(dob, 'month_ord_year')}]]",
        f"A|okay so we like to do it about ((duration:{g.w(1, 2)} weeks)) before the birthday i have ((date:{g.pick(['saturday', 'sunday'])} the {ordw(g.i(2, 28))})) at ((time:{g.at(9, 10, (0, 30))}))",
        f"C|perfect how long is the session",
        f"A|((duration:{g.w(45, 60)} minutes)) and you get ((count:{g.w(15, 25)})) edited images the package is ((price:{g.ap(275, 395, 'dollars')}))",
        f"C|and can we get a big print",
        f"A|yep a ((other:{g.pick(['sixteen by twenty', 'twenty by thirty', 'twelve by sixteen'])})) canvas is ((price:{g.ap(120, 180, 'dollars')})) extra",
        "C|okay and your name",
        "A|sorry yours",
        "C|oh ha [[NAME:mckenna dupree-haskins]]",
        "A|and we take a deposit",
        f"C|[[CARD_NUMBER#c:{g.grp(card[:4], [4], 'd')}]] um [[CARD_NUMBER#c:{g.grp(card[4:], [4, 4, 4], 'ssp')}]]",
        f"A|expiration and the code on the back",
        f"C|[[EXPIRY:{g.seq(f'{m:02d}', dbl=0)} {yy_w(y)}]] code [[CVV:{g.seq(cvv, dbl=0)}]]",
        "A|and a phone and email for the gallery link",
        f"C|[[PHONE:{g.ph(ph)}]] and it's [[EMAIL:mckenna dot dupree at gmail dot com]]",
        "A|all set see you then",
    ]


@case("transcript")
def c_photo_brighton(g):
    card = g.card("visa")
    m, y = g.exp()
    cvv = g.cvv()
    pc = g.ukpc("BN2")
    mob = g.uk_mob()
    return [
        "A|Good morning, Lanes Light Studio, [[NAME:Ottoline]] speaking.",
        "C|Hi, I'd like to book a family portrait. It's for my grandparents' diamond anniversary.",
        f"A|How lovely. How many people? Our big studio fits up to ((count:{g.i(12, 16)})).",
        f"C|((count:{g.i(9, 11)})), including a baby.",
        f"A|Fine. A ((duration:{g.pick([60, 90])}-minute)) session is ((price:£{g.i(150, 250)})), and prints start at ((price:£{g.i(25, 40)})) for ((other:{g.i(8, 8)}x{g.i(10, 10)})).",
        "C|Could we do ((date:Sunday the {}))?".format(ords(g.i(2, 28))),
        f"A|Yes, ((time:{g.tt(11, 11, (0, 30))})) or ((time:{g.tt(14, 14, (0, 30))})).",
        "C|The morning one, please. My name's [[NAME:Perpetua Ransome]].",
        f"A|And a card for the ((price:£{g.i(50, 50)})) deposit?",
        f"C|[[CARD_NUMBER:{t_card(card)}]], expiring [[EXPIRY:{m:02d}/{y % 100}]]. Security code [[CVV:{cvv}]].",
        "A|Thank you. Postcode for the card?",
        f"C|[[POSTCODE:{pc}]].",
        f"A|And e-mail and mobile?",
        f"C|[[EMAIL:p.ransome@{g.pick(['btinternet.com', 'hotmail.co.uk'])}]], and [[PHONE:{t_phone(mob)}]].",
        "A|Wonderful. Pastel tones work best, no logos.",
    ]


@case("asr")
def c_photo_kochi(g):
    pin = g.pin("Kochi")
    return [
        "A|hello namaskaram backwater frames studio [[NAME:anjali]] speaking",
        "C|hello i want to book a pre wedding shoot in alleppey on a houseboat",
        f"A|yes sir we have a package ((price:{g.w(35, 60)} thousand rupees)) for ((duration:{g.w(4, 6)} hours)) with drone",
        "C|what is the name of the photographer",
        "A|our senior photographer [[NAME:thomas kuruvilla]] will come",
        f"C|okay we want to start at ((time:{g.at(6, 6, (0, 30))})) for the sunrise",
        "A|that is fine sir your name please",
        "C|[[NAME:arjun menon]] and my fiancee is [[NAME:devika pillai]]",
        "A|email id for the contract",
        f"C|[[EMAIL:arjun menon {g.seq(g.digits(2, '0123456789'), dbl=0)} at gmail dot com]] all small letters",
        "A|and your address for the album delivery",
        f"C|[[ADDRESS:{n2w(g.i(10, 60))} slash {g.seq(g.n(100, 900), dbl=0)} panampilly nagar]] kochi [[POSTCODE:{g.grp(pin, [3, 3], 'sp')}]]",
        f"A|the album will be ready in ((duration:{g.w(30, 45)} days)) we will send ((count:{g.w(300, 500)})) edited photos",
        "C|okay thank you",
    ]


@case("transcript")
def c_photo_dunedin(g):
    pc = g.nzpc("Dunedin")
    mob = g.au_mob()
    return [
        "A|Kia ora, Otago Headshots, [[NAME:Hinemoa]] speaking.",
        "C|Hi, I need a passport photo and a couple of professional headshots for my LinkedIn.",
        f"A|Passport photos are ((price:${g.i(15, 25)})) for ((count:{n2w(g.i(2, 4))})). Headshots are ((price:${g.i(150, 220)})) for ((duration:{g.pick([20, 30])} minutes)).",
        "C|Great. Can I come Thursday at lunchtime?",
        f"A|I have ((time:{g.tt(12, 12, (15, 30))})). Your name?",
        "C|[[NAME:Fenella Whitcombe-Rangi]].",
        "A|E-mail, so I can send the proofs?",
        f"C|[[EMAIL:fenella.wr@xtra.co.nz]].",
        "A|And a phone number?",
        f"C|I've still got my Australian number: [[PHONE:{t_phone(mob)}]].",
        "A|That's fine. And for the invoice, your postal address?",
        f"C|[[ADDRESS:Flat {g.i(1, 6)}, {g.i(10, 200)} Stuart Street, Dunedin]] [[POSTCODE:{pc}]].",
        f"A|Thanks, [[NAME:Fenella]]. Passport photos need to be ((quantity:{g.i(35, 35)} mm by {g.i(45, 45)} mm)); I'll print them on the spot.",
    ]


# ============================================================== broadband installs
@case("asr")
def c_broadband_cardiff(g):
    speed = g.pick([500, 900, 150])
    pc = g.ukpc("CF24")
    acct = g.code("AA99999999")
    mob = g.uk_mob()
    num = g.i(2, 150)
    return [
        "I|welcome to fibrewave to help us route your call please say your account number or say new customer",
        f"C|[[ACCOUNT_NUMBER:{g.an(acct, phon=0.4, how='word')}]]",
        "I|thanks please hold",
        "A|hiya fibrewave installs [[NAME:ffion]] speaking",
        f"C|hi my installation was meant to be today between ((time:{n2w(g.pick([7, 8]))})) and ((time:{n2w(g.pick([12, 1]))})) and nobody turned up",
        f"A|oh i'm really sorry let me check can i confirm the address",
        f"C|[[ADDRESS:{n2w(num)} richmond road roath]] cardiff",
        "A|and the postcode",
        f"C|[[POSTCODE:{g.an(pc, phon=0.3, how='for')}]]",
        f"A|thank you and who am i speaking to",
        "C|[[NAME:gethin pugh-llewellyn]]",
        f"A|okay [[NAME:gethin]] the engineer flagged that the pole outside needs a cherry picker so it's been rebooked for the ((date:{ordw(g.i(2, 28))})) ((time:{g.at(8, 8, (0,))})) to ((time:{g.at(13, 13, (0,))}))",
        "C|nobody told me i took the day off work",
        f"A|i'm sorry i'll add ((price:{g.ap(25, 30, 'pounds')})) credit to the account for the missed appointment",
        f"C|okay and it's still the ((quantity:{n2w(speed)} meg)) package",
        f"A|yep ((quantity:{n2w(speed)} megabits)) download ((price:{g.ap(30, 39, 'pounds', cents=True)})) a month for ((duration:{g.w(18, 24)} months)) and the router is the ((model_number:hub {g.w(5, 6)}))",
        "A|and is the mobile on the account still right",
        f"C|[[PHONE:{g.ph(mob, homo=0.3)}]]",
        "A|lovely the engineer will ring ((duration:{} minutes)) before".format(g.w(30, 30)),
    ]


@case("transcript")
def c_broadband_mayo(g):
    eir = g.eir("F92")
    acct = g.acct(9)
    card = g.card("visa")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        "A|Good afternoon, WestNet Rural Broadband, [[NAME:Caoimhe]] speaking.",
        "C|Hi, I'm looking to get fibre installed. I was told the network finally reached us.",
        "A|Great. What's the Eircode?",
        f"C|[[POSTCODE:{eir}]]. It's a farmhouse, so the address is a bit odd: [[ADDRESS:Carrowkeel Farm, Bohola]], County Mayo.",
        f"A|Found it. You're ((quantity:{g.i(300, 900)} metres)) from the nearest pole, so we may need to trench. Standard install is ((price:€{g.i(80, 100)})), and trenching is quoted on the day.",
        f"C|Okay. What speeds?",
        f"A|Up to ((quantity:{g.i(500, 1000)} Mbps)), ((price:€{g.i(45, 60)} a month)) for ((duration:{g.i(12, 18)} months)), then ((price:€{g.i(65, 75)})).",
        "C|Fine. The account should be in my name, [[NAME:Tomás Geraghty-Walsh]].",
        f"A|Your account number will be [[ACCOUNT_NUMBER:{acct}]]. Card for the install fee?",
        f"C|[[CARD_NUMBER:{t_card(card)}]], [[EXPIRY:{m:02d}/{y % 100}]], [[CVV:{cvv}]].",
        f"A|Thank you. Our engineer [[NAME:Padraic]] can come ((date:{g.pick(['Tuesday', 'Wednesday'])} week)).",
        "C|Grand.",
    ]


@case("asr")
def c_broadband_raleigh(g):
    ssn = g.ssn()
    dob = g.dob(1982, 2001)
    z = g.zip4("NC")
    ph = g.us_phone("NC")
    num = g.i(1000, 9000)
    return [
        "A|thank you for choosing piedmont fiber my name is [[NAME:jalen]] are you calling to set up new service",
        "C|yes i just moved and i need internet installed",
        f"A|okay we'll do a quick credit check can i get your full name",
        "C|[[NAME:anastasia voskresenskaya]] it's long sorry",
        "A|no problem can you spell the last name",
        "C|[[NAME:v o s k r e s e n s k a y a]]",
        "A|date of birth",
        f"C|[[DOB:{g.ad(dob, 'month_ord_year')}]]",
        "A|and social security number",
        f"C|[[SSN#s:{g.seq(ssn[:3], dbl=0)}]] [[SSN#s:{g.pairs(ssn[3:5])}]] [[SSN#s:{g.seq(ssn[5:], dbl=0.6)}]]",
        "A|and the service address",
        f"C|[[ADDRESS:{g.pairs(str(num))} glenwood avenue unit {g.seq(g.digits(3), dbl=0)}]] raleigh [[POSTCODE:{g.seq(z[:5])} dash {g.seq(z[5:])}]]",
        f"A|okay you qualify for the ((quantity:{g.w(1, 2)} gig)) plan at ((price:{g.ap(65, 80, 'dollars')})) a month no deposit",
        "C|great when can you install",
        f"A|((date:{g.pick(['monday', 'tuesday', 'wednesday'])})) between ((time:{g.at(8, 8, (0,))})) and ((time:{g.at(12, 12, (0,))})) and the router is the ((model_number:{' '.join(g.fmt('AA').lower())} {g.w(7, 9)} hundred))",
        "A|can i get a cell and email",
        f"C|[[PHONE:{g.ph(ph)}]] and [[EMAIL:ana vosk at proton dot me]]",
        "A|you're all set",
    ]


@case("transcript")
def c_broadband_calgary(g):
    bno, street = g.i(100, 999), f"{ords(g.i(2, 9))} Avenue SW"
    pc = g.capc("T2P")
    ph = g.us_phone("AB")
    acct = g.acct(10)
    return [
        "A|Prairie Link Internet, installation desk, [[NAME:Prabhleen]] speaking.",
        "C|Hi, my install is booked for tomorrow but I need to change the address. I typed the wrong unit number into the form.",
        f"A|No problem. Account number?",
        f"C|[[ACCOUNT_NUMBER:{acct}]].",
        "A|And the name on the account?",
        "C|[[NAME:Mackenzie Ostrowski]].",
        f"A|I have [[ADDRESS:Unit {g.i(100, 300)}, {bno} {street}, Calgary]]. What should it be?",
        f"C|The building's right, the unit is wrong: it's [[ADDRESS:Unit {g.i(1000, 2400)}, {bno} {street}]]. Postal code [[POSTCODE:{pc}]].",
        f"A|Got it. So that's the ((other:{ords(g.i(10, 24))} floor)). The technician needs access to the telecom room on the ((other:P{g.i(1, 3)})) level.",
        "C|I'll tell the concierge.",
        f"A|Window is ((time:{g.tt(12, 12, (0,))})) to ((time:{g.tt(16, 16, (0,))})), for the ((quantity:{g.i(1, 3)} Gbps)) plan at ((price:${g.i(85, 115)} a month)). The tech will call [[PHONE:{t_phone(ph)}]] when he's close.",
        "C|Perfect.",
    ]


@case("asr")
def c_fibre_pretoria(g):
    dob = g.dob(1985, 1999)
    zaid = g.zaid(dob)
    pc = g.zapc("Pretoria")
    mob = g.uk_mob()
    return [
        "A|good morning jacaranda fibre [[NAME:kagiso]] speaking",
        "C|hi [[NAME:kagiso]] i'd like to sign up for fibre the guys put the box in our complex last week",
        "A|lekker what's the address",
        f"C|[[ADDRESS:unit {n2w(g.i(2, 40))} sunbird complex {n2w(g.i(10, 90))} hornbill street eldoraigne]] centurion [[POSTCODE:{g.seq(pc, zero='zero')}]]",
        f"A|okay yes that complex is live the ((quantity:{g.w(50, 100)} meg)) line is ((price:{g.w(6, 9)} hundred and {g.w(20, 99)} rand)) a month",
        "C|and installation",
        "A|free on a month to month and activation takes ((duration:{} working days))".format(g.w(5, 7)),
        "C|cool i'll take it",
        "A|i need your full name and id number for rica",
        f"C|[[NAME:chantelle mokoena-pretorius]] and the id is [[SSN#z:{g.grp(zaid[:6], [6], 'p')}]] uh [[SSN#z:{g.grp(zaid[6:], [4, 3], 'ss', dbl=0)}]]",
        "A|and a contact number",
        f"C|i'm using my uk number while i'm here for work [[PHONE:{g.ph(mob)}]]",
        "A|and email",
        "C|[[EMAIL:chantelle at mokoena dot co dot za]]",
        "A|thank you the installer will contact you",
    ]


# ============================================================== blood donation
@case("transcript")
def c_blood_leeds(g):
    donor = g.code("A999999")
    dob = g.dob(1970, 2002)
    pc = g.ukpc("LS6")
    mob = g.uk_mob()
    return [
        "A|Give Blood donor line, [[NAME:Yasmin]] speaking.",
        f"C|Hi, I want to book a donation. My donor number is [[ACCOUNT_NUMBER:{donor}]].",
        "A|Thank you. Can I confirm your name and date of birth?",
        f"C|[[NAME:Oluwaseun Bramhall]], [[DOB:{t_date(dob, 'dmy')}]].",
        f"A|Thanks. Your last donation was on ((date:{ords(g.i(2, 28))} {g.pick(MONTHS)})), so men have to wait ((duration:{g.i(12, 12)} weeks)). You're eligible from next Monday.",
        f"C|Great. Is the Leeds donor centre open late?",
        f"A|Until ((time:{g.tt(19, 19, (0, 30))})) on Wednesdays. I have ((time:{g.tt(17, 18, (0, 15, 30, 45))})) free.",
        "C|I'll take it. Do I need to do anything different? Last time I nearly fainted.",
        f"A|Drink about ((quantity:{g.i(500, 500)} ml)) of water before, and eat. Your haemoglobin was ((other:{g.i(135, 160)} g/L)), which is fine.",
        "C|Okay. Also, I've moved.",
        f"A|New address?",
        f"C|[[ADDRESS:{g.i(2, 90)} Cardigan Road, Headingley]], Leeds [[POSTCODE:{pc}]].",
        f"A|Mobile still [[PHONE:{t_phone(mob)}]]?",
        "C|Yes.",
        f"A|Done. This will be your ((count:{ords(g.i(20, 40))})) donation, by the way.",
    ]


@case("asr")
def c_blood_minneapolis(g):
    dob = g.dob(1985, 2005)
    donor = g.acct(7)
    ph = g.us_phone("MN")
    z = g.zip("MN")
    return [
        "A|north star blood center this is [[NAME:ingrid]] how can i help",
        "C|hi i got a text saying my blood type is in short supply and i should come in",
        "A|oh yes thank you for calling are you o negative",
        "C|yeah o neg",
        "A|amazing can i get your donor id or your name",
        f"C|my name is [[NAME:torvald haugland-reyes]] i don't know the id",
        f"A|no problem date of birth",
        f"C|[[DOB:{g.ad(dob, 'us_num')}]]",
        f"A|okay found you your id is [[ACCOUNT_NUMBER:{g.seq(donor, dbl=0)}]] for next time",
        f"A|you last gave on the ((date:{ordw(g.i(2, 28))} of {g.pick(MONTHS).lower()})) so it's been more than ((duration:{g.w(56, 56)} days)) you're good",
        f"C|cool and i weigh like ((quantity:{g.w(150, 190)} pounds)) now is that okay for double red",
        f"A|for double red men need ((quantity:{g.w(130, 130)} pounds)) and ((quantity:{g.w(5, 5)} foot {g.w(1, 1)})) so yes",
        f"A|we have ((time:{g.at(15, 17, (0, 20, 40))})) tomorrow at the uptown center",
        "C|i'll take it",
        "A|and the best phone number",
        f"C|[[PHONE:{g.ph(ph)}]]",
        f"A|and zip code to find your nearest center in the app",
        f"C|[[POSTCODE:{g.seq(z)}]]",
        "A|perfect thank you [[NAME:torvald]]",
    ]


@case("transcript")
def c_blood_sydney(g):
    dob = g.dob(1990, 2006)
    donor = g.acct(7)
    pc = g.aupc("NSW")
    mob = g.au_mob()
    return [
        "A|Lifeblood, this is [[NAME:Sienna]].",
        f"C|Hi, I'm a first-time donor. I'm ((other:{age_on(dob)})) and I've never given blood. I want to donate plasma.",
        "A|Amazing! First donations have to be whole blood, then you can move to plasma. Your name?",
        "C|[[NAME:Matilda Nakamura-Hughes]].",
        "A|And date of birth?",
        f"C|[[DOB:{t_date(dob, 'uk')}]].",
        f"A|Thanks. Do you weigh over ((quantity:{g.i(50, 50)} kg))? And have you had a tattoo in the last ((duration:{g.i(6, 6)} months))?",
        "C|Yes to the weight, no tattoos.",
        f"A|Great. Your donor number will be [[ACCOUNT_NUMBER:{donor}]]. I can book you in at Town Hall on ((date:{g.pick(['Monday', 'Friday'])} the {ords(g.i(2, 28))})) at ((time:{g.tt(10, 13, (0, 15, 30, 45))})).",
        "C|Perfect.",
        f"A|Postcode, so we can send your reminders about nearby pop-up sites?",
        f"C|[[POSTCODE:{pc}]].",
        f"A|And mobile?",
        f"C|[[PHONE:{t_phone(mob)}]].",
        f"A|You'll be there about ((duration:{g.i(60, 60)} minutes)) in total; the donation itself is ((duration:{g.i(8, 10)} minutes)).",
    ]


@case("asr")
def c_blood_hyderabad(g):
    dob = g.dob(1988, 2004)
    pin = g.pin("Hyderabad")
    return [
        "A|hello red drop blood bank [[NAME:swathi]] speaking",
        "C|hello madam my uncle is admitted in the hospital he needs ((count:{})) units of b positive".format(g.w(2, 4)),
        "A|okay sir is it a replacement donation will you be donating",
        "C|yes me and my friend will donate",
        "A|please tell your name and age",
        f"C|[[NAME:venkatesh reddy]] ((other:{n2w(age_on(dob))})) years",
        "A|date of birth also for the form",
        f"C|[[DOB:{g.ad(dob, 'ord_of_month_year')}]]",
        f"A|weight should be above ((quantity:{g.w(50, 50)} kg)) and last donation should be more than ((duration:{g.w(3, 3)} months)) back",
        f"C|yes i am ((quantity:{g.w(68, 80)} kg))",
        "A|and your friend name",
        "C|[[NAME:sai kiran goud]]",
        "A|your address please",
        f"C|[[ADDRESS:flat {g.hn(101, 599)} sri sai residency road number {n2w(g.i(2, 12))} banjara hills]] hyderabad [[POSTCODE:{g.seq(pin, dbl=0.5)}]]",
        f"A|okay come to the blood bank between ((time:{g.at(9, 9, (0,))})) and ((time:{g.at(16, 16, (0,))})) and bring the patient's hospital number",
        "C|okay thank you madam",
    ]


@case("transcript")
def c_blood_winnipeg(g):
    dob = g.dob(1960, 1985)
    donor = g.code("A999999")
    pc = g.capc("R3C")
    ph = g.us_phone("MB")
    return [
        "A|Canadian Blood Services donor line, [[NAME:Avneet]] speaking.",
        "C|Hi, I had to cancel my appointment last week because I had a cold. Can I rebook?",
        "A|Of course. Your donor number?",
        f"C|[[ACCOUNT_NUMBER:{donor}]].",
        "A|And can you confirm your name and birth date?",
        f"C|[[NAME:Leopold Wiebe]], [[DOB:{t_date(dob, 'mdy')}]]... sorry, that's American format. [[DOB:{t_date(dob, 'dmy')}]].",
        f"A|No problem, got it. You have to be symptom-free for ((duration:{g.pick([48, 72])} hours)). The Winnipeg centre has ((time:{g.tt(11, 11, (0, 30))})) on ((date:{g.pick(['Thursday', 'Saturday'])})).",
        "C|I'll take it.",
        "A|Is your mailing address still the same?",
        f"C|Yes, [[ADDRESS:{g.i(100, 900)} Wellington Crescent, Winnipeg]], [[POSTCODE:{pc}]].",
        f"A|And the phone, [[PHONE:{t_phone(ph)}]]?",
        "C|Yes.",
        f"A|Thank you. By the way, you're close to your ((count:{ords(g.i(50, 50))})) donation. We send a pin for that.",
    ]


# ============================================================== moving abroad: pensions and tax
@case("asr")
def c_abroad_pension_spain(g):
    ni = g.ni()
    dob = g.dob(1957, 1960)
    pc = g.ukpc("PL4")
    mob = g.uk_mob()
    cp = g.reg("29" + g.digits(3, "0123456789"))
    return [
        "A|international pension centre you're speaking with [[NAME:gareth]]",
        "C|hello i'm moving to spain next month and i want to make sure my state pension still gets paid",
        "A|okay no problem can i take your national insurance number",
        f"C|it's [[SSN#n:{g.an(ni[:2])} {g.pairs(ni[2:4])}]] [[SSN#n!:{g.pairs(g.wrong(ni[4:6]))}]] no sorry [[SSN#n:{g.pairs(ni[4:6])} {g.pairs(ni[6:8])} {g.an(ni[8], phon=1.0, how='for')}]]",
        "A|and your full name and date of birth",
        f"C|[[NAME:pauline ashworth-lamb]] [[DOB:{g.ad(dob, 'ord_of_ord_yy')}]]",
        f"A|thank you [[NAME:pauline]] you reached state pension age on the ((date:{ordw(g.i(2, 28))} of {g.pick(MONTHS).lower()})) and you're getting ((price:{g.ap(200, 230, 'pounds', cents=True)})) a week",
        f"C|yes and i've got ((duration:{g.w(35, 44)} years)) of contributions",
        "A|right and in spain it'll still go up every april because spain's in the agreement",
        "C|oh good what do you need from me",
        "A|the new address and a spanish bank account",
        f"C|the address is [[ADDRESS:calle de las palmeras {n2w(g.i(2, 60))} piso {n2w(g.i(1, 5))}]] in nerja and the postcode is [[POSTCODE:{g.seq(cp, zero='zero')}]]",
        "A|and your current uk address for the file",
        f"C|[[ADDRESS:{n2w(g.i(2, 120))} mutley plain]] plymouth [[POSTCODE:{g.an(pc, phon=0.5, how='word')}]]",
        "A|and a contact phone",
        f"C|my uk mobile for now [[PHONE:{g.ph(mob)}]]",
        "A|lovely i'll post the form it takes about ((duration:{} weeks))".format(g.w(6, 8)),
    ]


@case("transcript")
def c_abroad_ssa_portugal(g):
    ssn = g.ssn()
    dob = g.dob(1955, 1961)
    z = g.zip("MA")
    ph = g.us_phone("MA")
    return [
        "A|Social Security Administration, this is [[NAME:Denise]].",
        "C|Hi, I'm retiring to Portugal in the spring and I want to know what happens to my benefits.",
        "A|Sure. Can I have your Social Security number?",
        f"C|[[SSN:{t_ssn(ssn, ' ')}]].",
        "A|Full name and date of birth?",
        f"C|[[NAME:Bartholomew Nkemelu]], born [[DOB:{t_date(dob, 'us')}]].",
        f"A|Thank you. Your benefit is ((price:${g.i(2, 3)},{g.i(100, 900)}.00)) a month. Portugal is on the list of countries where payments continue, and we can deposit directly into a Portuguese bank.",
        "C|Good. And Medicare?",
        "A|Medicare doesn't cover care abroad, but keep Part B if you plan to come back, or you'll pay a penalty later.",
        f"C|How much is the penalty?",
        f"A|((percentage:{g.i(10, 10)}%)) for each ((duration:{g.i(12, 12)}-month)) period you didn't have it.",
        "C|Okay. I'll keep it. Can you update my mailing address until we move?",
        f"C|[[ADDRESS:{g.i(10, 400)} Commonwealth Avenue, Apt {g.i(2, 9)}, Boston]], MA [[POSTCODE:{z}]].",
        f"A|Done. And phone [[PHONE:{t_phone(ph)}]]?",
        "C|Yes. I'll call again when I have the Lisbon address.",
        f"A|Please do. You'll also get a questionnaire every ((duration:{n2w(g.i(2, 2))} years)) abroad.",
    ]


@case("asr")
def c_abroad_ireland_australia(g):
    pps = g.pps()
    tfn = g.tfn()
    dob = g.dob(1988, 1996)
    pc = g.aupc("VIC")
    mob = g.au_mob()
    return [
        "A|revenue international section [[NAME:niamh]] speaking",
        "C|hi [[NAME:niamh]] i moved to melbourne last year and i think i'm owed a tax refund for the year i left",
        "A|okay i'll need your pps number",
        f"C|[[SSN#p:{g.seq(pps[:7], dbl=0)}]] and the letter is [[SSN#p!:{g.an(chr(ord(pps[7]) % 26 + 65) if pps[7] != 'Z' else 'A', phon=1.0, how='word')}]] no wait it's [[SSN#p:{g.an(pps[7:], phon=1.0, how='word')}]]",
        "A|and your name and date of birth",
        f"C|[[NAME:caoimhin brannigan]] [[DOB:{g.ad(dob, 'ord_of_month_year')}]]",
        f"A|okay so you left on the ((date:{ordw(g.i(2, 28))} of {g.pick(MONTHS).lower()})) and you paid tax on the full credits for ((year:{g.yw(g.i(2023, 2024))}))",
        f"C|yeah and the australian tax office want my irish details too and i need to give you my tax file number",
        "A|only if you want it on the certificate go ahead",
        f"C|it's [[SSN:{g.grp(tfn, [3, 3, 3], 'sps')}]]",
        f"A|grand so you're due roughly ((price:{g.ap(1200, 2400, 'euro')})) it takes ((duration:{g.w(4, 6)} weeks)) and goes to an irish or sepa account",
        "C|my irish account is still open",
        "A|and your address in australia",
        f"C|[[ADDRESS:{n2w(g.i(2, 40))} {g.pick(['brunswick', 'sydney'])} road]] brunswick victoria [[POSTCODE:{g.seq(pc)}]]",
        "A|and a phone",
        f"C|[[PHONE:{g.ph(mob)}]]",
        "A|perfect i'll send the form to your mygovid",
    ]


@case("transcript")
def c_abroad_india_canada(g):
    pan = g.pan()
    sin = g.sin()
    aad = g.aadhaar()
    pc = g.capc("L4W")
    ph = g.us_phone("ON")
    dob = g.dob(1978, 1990)
    return [
        "A|Good morning, Maple Crossings Tax Advisors, [[NAME:Harjot]] speaking.",
        "C|Hello, I moved from Pune to Mississauga last year. I still have rental income in India and I'm confused about where to file.",
        "A|We can help with both returns. Your name?",
        "C|[[NAME:Nandini Rao-Chatterjee]].",
        "A|For the Canadian return I'll need your SIN, and for the Indian side your PAN.",
        f"C|SIN is [[SSN:{t_groups(sin, [3, 3, 3])}]]. PAN is [[SSN:{pan}]].",
        "A|Is your PAN linked to Aadhaar? Otherwise the ITR gets rejected.",
        f"C|Yes, Aadhaar [[SSN:{aad[:4]} {aad[4:8]} {aad[8:]}]].",
        f"A|Good. Date of birth, for the engagement letter?",
        f"C|[[DOB:{t_date(dob, 'dmon')}]].",
        f"A|Thank you. Rental income from India is taxable in Canada, but you claim a credit for Indian tax paid. The Indian year ends in March; Canada's is the calendar year, so we split it.",
        f"C|The rent is ((price:₹{g.i(25, 45)},000 a month)). They deduct ((percentage:{g.i(30, 31)}.{g.i(1, 9)}%)) TDS.",
        "A|Then a refund in India is likely. Your address here?",
        f"C|[[ADDRESS:{g.i(100, 900)}-{g.i(1000, 5000)} Eglinton Avenue East, Mississauga]], ON [[POSTCODE:{pc}]].",
        f"A|And phone [[PHONE:{t_phone(ph)}]]? That's what we have from the web form.",
        "C|Yes. My e-mail is on the form too.",
        f"A|Fee is ((price:${g.i(450, 650)})) for both returns. I'll send the letter today.",
    ]


@case("asr")
def c_abroad_nz_uk(g):
    ird = g.ird()
    ni = g.ni()
    dob = g.dob(1985, 1995)
    pc = g.ukpc("E17")
    mob = g.uk_mob()
    return [
        "A|good evening inland revenue overseas team [[NAME:rawiri]] speaking",
        "C|kia ora i'm a kiwi living in london and i've got a student loan question",
        "A|sure can i get your ird number",
        f"C|[[SSN#i:{g.grp(ird[:3], [3], 's', dbl=0)}]] [[SSN#i:{g.grp(ird[3:6], [3], 'p')}]] [[SSN#i:{g.grp(ird[6:], [len(ird) - 6], 's', dbl=0)}]]",
        "A|and your name and date of birth",
        f"C|[[NAME:saskia te whare-mortensen]] born [[DOB:{g.ad(dob, 'ddmmyy')}]]",
        f"A|thanks [[NAME:saskia]] you're overseas based so the repayment is ((price:{g.ap(3000, 5000, 'dollars')})) a year split in two",
        "C|that's way more than i can pay i'm only on a grad salary over here",
        "A|you can apply for hardship we need proof of income over there what's your uk tax reference or national insurance number",
        f"C|the national insurance is [[SSN:{g.an(ni[:2], phon=1.0, how='word')} {g.grp(ni[2:8], [2, 2, 2], 'ppp')} {g.an(ni[8], phon=1.0, how='word')}]]",
        "A|and your uk address",
        f"C|[[ADDRESS:flat {n2w(g.i(2, 9))} {n2w(g.i(10, 90))} hoe street]] walthamstow [[POSTCODE:{g.an(pc)}]]",
        "A|and a phone number",
        f"C|[[PHONE:{g.ph(mob)}]]",
        f"A|and an email for the form",
        f"C|[[EMAIL:saskia t r m at icloud dot com]]",
        f"A|okay i've sent it the deadline to return it is the ((date:{ordw(g.i(2, 28))} of {g.pick(MONTHS).lower()}))",
    ]


@case("transcript")
def c_abroad_za_uk(g):
    dob = g.dob(1975, 1990)
    zaid = g.zaid(dob)
    ni = g.ni()
    old_pc, new_pc = g.ukpc("KT2"), g.ukpc("RG1")
    pc_za = g.zapc("Cape Town")
    return [
        "A|HMRC, you're speaking to [[NAME:Bilal]].",
        "C|Hello, I moved from Cape Town to the UK a couple of years ago on a skilled worker visa, and I need to check I'm not being taxed twice on my South African retirement annuity.",
        "A|Okay. Your National Insurance number, please?",
        f"C|[[SSN:{ni[:2]}{ni[2:8]}{ni[8]}]].",
        "A|And your name and date of birth?",
        f"C|[[NAME:Zanele Abrahams-Fourie]], [[DOB:{t_date(dob, 'iso')}]].",
        "A|Thank you. You'll need to claim treaty relief. Have you got your South African ID number for the form?",
        f"C|Yes: [[SSN:{zaid}]].",
        f"A|Good. What address do we have? Let me check... [[ADDRESS:{g.i(2, 90)} Canbury Park Road, Kingston upon Thames]], [[POSTCODE:{old_pc}]].",
        f"C|That's old. We're now at [[ADDRESS:{g.i(2, 90)} Eldon Road, Reading]], [[POSTCODE:{new_pc}]].",
        "A|Updated. And the South African address that the annuity provider uses?",
        f"C|[[ADDRESS:{g.i(2, 90)} Kloof Nek Road, Tamboerskloof, Cape Town]], [[POSTCODE:{pc_za}]].",
        f"A|The treaty form takes around ((duration:{g.i(6, 10)} weeks)). The tax year ends in early April.",
        "C|Thank you.",
    ]


@case("asr")
def c_abroad_canada_us(g):
    sin = g.sin()
    ssn = g.ssn()
    dob = g.dob(1963, 1970)
    z = g.zip("WA")
    ph = g.us_phone("WA")
    return [
        "A|cascadia cross border tax this is [[NAME:kristoffer]] speaking",
        "C|hi i moved from vancouver to seattle for work and i need to file departure returns",
        "A|okay we do those can i get your name",
        "C|[[NAME:henrietta ashcroft-maitland]]",
        "A|date of birth",
        f"C|[[DOB:{g.ad(dob, 'year_month_the_ord')}]]",
        "A|and for the canadian side your social insurance number",
        f"C|[[SSN:{g.grp(sin, [3, 3, 3], 'sss', dbl=0.4)}]]",
        "A|and did you get your us social yet",
        f"C|yes it came last week [[SSN#u:{g.seq(ssn[:3], dbl=0)}]] hang on the envelope's here somewhere [[SSN#u:{g.grp(ssn[3:], [2, 4], 'sp')}]]",
        f"A|great so you became a non resident of canada on the ((date:{ordw(g.i(2, 28))} of {g.pick(MONTHS).lower()})) and there's a deemed disposition on your investments",
        f"C|i have like ((price:{g.w(40, 90)} thousand dollars)) in a non registered account",
        "A|we'll look at that your rrsp can stay in canada",
        "A|and your us address",
        f"C|[[ADDRESS:{g.pairs(g.n(1000, 4000))} eastlake avenue east apartment {g.hn(200, 499)}]] seattle [[POSTCODE:{g.seq(z)}]]",
        "A|phone",
        f"C|[[PHONE:{g.ph(ph)}]]",
        "A|and email",
        f"C|[[EMAIL:etta ashcroft at outlook dot com]]",
        f"A|our fee is ((price:{g.ap(1200, 1800, 'dollars')})) for both returns i'll send an engagement letter",
    ]


# ============================================================== ivr lines and a few more calls
@case("asr")
def c_ivr_fines_nsw(g):
    notice = g.acct(10)
    card = g.card("mc2")
    m, y = g.exp()
    cvv = g.cvv()
    dob = g.dob(1980, 2000)
    return [
        f"I|welcome to the fines payment line to pay a penalty notice say pay or press ((other:{n2w(1)}))",
        "C|pay",
        "I|please say the penalty notice number it's the ten digits at the top of your notice",
        f"C|[[ACCOUNT_NUMBER:{g.grp(notice, [4, 3, 3], 'sss', dbl=0.5)}]]",
        f"I|the amount owing is ((price:{g.ap(120, 480, 'dollars')})) to pay the full amount say yes",
        "C|yes",
        "I|please say or key in your card number",
        f"C|[[CARD_NUMBER:{g.grp(card, [4, 4, 4, 4], 'ssss', dbl=0.3)}]]",
        "I|please say the expiry date as four digits",
        f"C|[[EXPIRY:{g.seq(f'{m:02d}{y % 100:02d}', dbl=0)}]]",
        "I|please say the three digit security code",
        f"C|[[CVV:{g.seq(cvv, dbl=0)}]]",
        "I|sorry the payment could not be processed please hold for an operator",
        "A|hi you're through to [[NAME:jacinta]] i can see the payment failed can i confirm your name and date of birth",
        f"C|[[NAME:dominic fitzgerald-yeo]] [[DOB:{g.ad(dob, 'digits')}]]",
        "A|thanks [[NAME:dominic]] it's showing the card's been declined by the bank do you have another card",
        "C|no i'll need to get paid first can i get more time",
        f"A|yep i can extend the due date by ((duration:{g.w(14, 28)} days)) to the ((date:{ordw(g.i(2, 28))}))",
        "C|thanks",
    ]


@case("transcript")
def c_ivr_hearing_phoenix(g):
    dob = g.dob(1940, 1955)
    mem = g.code("AAA999999999")
    ph = g.us_phone("AZ")
    z = g.zip("AZ")
    return [
        f"I|Thank you for calling Sonoran Hearing and Audiology. For appointments, press ((other:{1})). For hearing aid repairs, press ((other:{2})). For billing, press ((other:{3})).",
        "C|[keypad tone]",
        "I|Please enter your date of birth as eight digits, month, day, and year.",
        f"C|[[DOB:{dob.month:02d}{dob.day:02d}{dob.year}]]",
        "I|Thank you. Please hold for the next available representative.",
        "A|Sonoran Hearing, this is [[NAME:Graciela]]. I see you entered a birth date. Can I have your name?",
        "C|[[NAME:Wilhelmina Vandermolen]].",
        f"A|Thank you, Mrs. [[NAME:Vandermolen]]. You're due for your annual hearing check, and your aids are out of warranty as of ((date:{g.pick(MONTHS)} {g.i(2024, 2025)})).",
        "C|That's why I'm calling; the right one keeps cutting out.",
        f"A|A repair out of warranty is ((price:${g.i(175, 295)})) per aid. Is your Medicare Advantage plan still the same? Member ID [[ACCOUNT_NUMBER:{mem}]]?",
        "C|Yes.",
        f"A|That plan covers ((percentage:{g.i(50, 80)}%)) of repairs. I have ((time:{g.tt(9, 11, (0, 30))})) on ((date:{g.pick(['Tuesday', 'Thursday'])})). Still at ZIP [[POSTCODE:{z}]] and phone [[PHONE:{t_phone(ph)}]]?",
        "C|Yes to both.",
        "A|You're booked. Bring both aids and the charger.",
    ]


@case("transcript")
def c_consulate_mumbai_uk(g):
    passport = g.acct(9)
    dob = g.dob(1992, 1999)
    dob_child = date(2025, g.i(3, 5), g.i(1, 28))
    pin = g.pin("Mumbai")
    mob = g.uk_mob()
    return [
        "A|British Deputy High Commission, Mumbai, consular enquiries. [[NAME:Rustom]] speaking.",
        "C|Hello, I'm a British citizen and I've just had a baby here in Mumbai. I need to register the birth and get her a passport.",
        "A|Congratulations. Is the father or mother British?",
        f"C|I am, the mother. [[NAME:Harriet Okonedo-Sharma]], passport [[ACCOUNT_NUMBER:{passport}]].",
        "A|And your date of birth?",
        f"C|[[DOB:{t_date(dob, 'uk')}]].",
        "A|And the baby's name and date of birth?",
        f"C|[[NAME:Ishani]], born [[DOB:{t_date(dob_child, 'ord')}]] at Breach Candy.",
        f"A|Thank you. Birth registration is optional; the passport is what you need to travel. The fee is ((price:£{g.i(100, 110)}.{g.pick(['00', '50'])})), and processing from India is about ((duration:{g.i(6, 8)} weeks)).",
        f"C|We were hoping to fly on the ((date:{ords(g.i(2, 28))} of {g.pick(MONTHS)})). Flight ((flight_number:AI {g.i(100, 199)})) to Heathrow.",
        "A|That might be tight. Where should documents be couriered?",
        f"C|[[ADDRESS:Flat {g.i(2, 30)}{g.pick(['A', 'B'])}, Sea Breeze Apartments, {g.i(10, 90)} Nepean Sea Road]], Mumbai [[POSTCODE:{pin}]].",
        f"A|And an e-mail and phone?",
        f"C|[[EMAIL:harriet.os@{g.pick(['gmail.com', 'outlook.com'])}]], and my UK mobile, [[PHONE:{t_phone(mob)}]], works here on roaming.",
        f"A|Thank you. If you need an emergency travel document instead, it's ((price:£{g.i(90, 100)})).",
    ]


@case("transcript")
def c_homecare_kilkenny(g):
    dob = g.dob(1936, 1944)
    pps = g.pps(second=True)
    eir = g.eir("R95")
    mob = g.uk_mob()
    return [
        "A|Nore Valley Home Support, [[NAME:Dervla]] speaking.",
        "C|Hi [[NAME:Dervla]], I'm ringing about home support hours for my mother. The HSE approved them but nobody's been in touch.",
        "A|I'm sorry about that. What's your mother's name?",
        "C|[[NAME:Bridie Kinsella]]. I'm [[NAME:Aisling]], her daughter, I live in Bristol.",
        "A|Can you give me her date of birth and PPS number?",
        f"C|[[DOB:{t_date(dob, 'dmy')}]], and the PPS is [[SSN:{pps}]].",
        f"A|Thank you. She's approved for ((duration:{g.i(7, 12)} hours)) a week. Visits would be ((count:{n2w(g.i(2, 3))})) a day, mornings and evenings.",
        f"C|She won't like the evenings, she's in bed by ((time:{n2w(g.pick([8, 9]))})).",
        "A|We can start early. What's the address?",
        f"C|It's a bit rural. [[ADDRESS:Ballyfoyle Lodge, Ballyfoyle]], County Kilkenny. The Eircode is [[POSTCODE#e:{eir.split()[0]}]]... hang on, [[POSTCODE#e:{eir.split()[1]}]].",
        "A|The carer will find it. And a number for you?",
        f"C|[[PHONE:{t_phone(mob)}]], or e-mail [[EMAIL:aisling.kinsella@{g.pick(['yahoo.ie', 'gmail.com'])}]].",
        f"A|Lovely. Our coordinator [[NAME:Enda]] will call you before ((time:{g.tt(12, 12, (0,))})) tomorrow.",
    ]


@case("transcript")
def c_bike_seligman(g):
    ph = g.us_phone("AZ")
    z_box = g.zip("AZ")
    card = g.card("visa")
    track = g.nolu(18)
    box, num = g.i(100, 2999), g.i(10000, 29999)
    return [
        "A|Mother Road Cycles, this is [[NAME:Dusty]].",
        "C|Hi, I ordered a touring bike from you and the tracking says it's stuck. I'm out in Seligman.",
        "A|Sorry about that. Name on the order?",
        "C|[[NAME:Lavinia Redhorse-Castellano]].",
        f"A|Got it. It shipped on the ((date:{ords(g.i(2, 28))})), tracking ((other:{track})). The carrier says the address couldn't be delivered to.",
        f"C|That's because we don't get street delivery. It has to go to my box: [[ADDRESS:PO Box {box}, Seligman]], AZ [[POSTCODE:{z_box}]].",
        "A|Okay. The order has your physical address on it. Which is it?",
        f"C|[[ADDRESS:{num} Historic Route {g.pick([66])}]], same town and ZIP. They won't drive out there.",
        f"A|I'll redirect it to the PO box. It's a ((quantity:{g.i(38, 48)} lb)) box, so it may need a pickup slip.",
        "C|That's fine, the postmaster knows me.",
        "A|Can I have a phone number for the carrier?",
        f"C|Sure, it's [[PHONE#p:{ph[:3]}-{ph[3:6]}]]...",
        "A|Mm-hmm?",
        f"C|Sorry, kid's yelling. [[PHONE#p:{ph[6:]}]].",
        f"A|So [[PHONE:{t_phone(ph)}]]. And the refund for the delay goes back to the card ending [[CARD_NUMBER:{card[-4:]}]]: ((price:${g.i(20, 40)})).",
        "C|Thank you.",
        f"A|Should be with you in ((duration:{g.i(3, 5)} business days)). It's the ((model_number:Drifter {g.i(2, 5)}00)) in ((quantity:{g.i(54, 58)} cm)), right?",
        "C|That's the one.",
    ]


@case("asr")
def c_photo_property_york(g):
    pc = g.ukpc("HU5")
    mob = g.uk_mob()
    num = g.i(2, 90)
    return [
        "A|hello minster property photography [[NAME:saffron]] speaking",
        "C|hiya i'm an estate agent at dalby and hart i need photos and a floor plan for a new listing",
        "A|lovely what's the address",
        f"C|it's [[ADDRESS#a!:{n2w(num)}]] um",
        "A|take your time",
        f"C|sorry it's [[ADDRESS#a:{n2w(num)} st aidan's close]] hang on let me find the town",
        "C|cottingham that's it",
        "A|st aidan's is that [[ADDRESS:a i d a n]]",
        "C|yeah [[ADDRESS:a i d a n apostrophe s]]",
        f"A|and the postcode",
        f"C|[[POSTCODE#p:{g.an(pc.split()[0])}]]",
        f"C|[[POSTCODE#p:{g.an(pc.split()[1], phon=1.0, how='word')}]]",
        f"A|okay so that's [[ADDRESS:{n2w(num)} st aidan's close cottingham]] [[POSTCODE:{g.an(pc)}]]",
        "C|that's it",
        f"A|we can do ((date:{g.pick(['tuesday', 'thursday'])})) the photographer needs about ((duration:{n2w(g.pick([60, 90]))} minutes)) for a ((count:{g.w(3, 4)})) bed",
        f"C|the first viewings are booked at ((time:{g.at(10, 11, (0, 30))})) and ((time:{g.at(13, 14, (0, 30))})) that day so it has to be before ((time:{n2w(g.pick([10]))}))",
        f"A|no problem ((time:{g.at(8, 8, (30,))})) then it's ((price:{g.ap(95, 150, 'pounds')})) plus vat",
        "C|great and the vendor's name is mr and mrs [[NAME:kettlewell]]",
        "A|and a contact for access",
        f"C|the vendor's mobile [[PHONE#v:{g.grp(mob[:5], [5], 'p')}]] and then",
        f"C|[[PHONE#v:{g.grp(mob[5:], [3, 3], 'ss')}]]",
        "A|lovely i'll send the confirmation",
    ]


@case("asr")
def c_ski_sundre(g):
    pc = g.capc("T6G")
    ph = g.us_phone("AB")
    mem = g.acct(6)
    rr, site, box = g.i(1, 4), g.i(1, 12), g.i(2, 40)
    return [
        "A|good morning red deer valley ski club this is [[NAME:wynona]]",
        "C|hi i'm trying to renew my family pass but the online form won't take my address",
        "A|what are you putting in",
        f"C|it's a rural route [[ADDRESS:r r {n2w(rr)} site {n2w(site)} box {n2w(box)}]] sundre alberta",
        "A|yeah the form wants a street number i can do it here what's your name and pass number",
        f"C|[[NAME:cormac vanderwoude]] and it's [[ACCOUNT_NUMBER:{g.seq(mem, dbl=0.6)}]]",
        f"A|thanks and the postal code",
        f"C|[[POSTCODE:{g.an(pc, phon=0.6, how='word')}]]",
        "A|and who's on the family pass",
        f"C|me my wife [[NAME:pernille]] and the kids [[NAME:aksel]] and [[NAME:ingeborg]] [[NAME:ingeborg]]'s ((other:{g.w(11, 13)})) now so she's moving up to the teen group",
        f"A|okay the family pass is ((price:{g.ap(1400, 1900, 'dollars')})) and the teen program is ((price:{g.ap(300, 450, 'dollars')})) extra it runs ((date:{g.pick(['saturdays', 'sundays'])})) from ((time:{g.at(9, 9, (0, 30))}))",
        "C|perfect and can you text me the receipt",
        f"C|[[PHONE:{g.ph(ph)}]]",
        f"A|done the hill opens on the ((date:{ordw(g.i(1, 15))} of december)) if we get ((quantity:{g.w(40, 60)} centimetres)) of base",
    ]


@case("transcript")
def c_pension_thane(g):
    pin = g.pin("Thane")
    aad = g.aadhaar()
    dob = g.dob(1955, 1962)
    ppo = g.acct(12)
    flat = g.i(101, 1404)
    return [
        "A|Good morning, Overseas Pensioners' Desk, [[NAME:Pallavi]] speaking.",
        "C|Namaste. My father gets a pension here and he is moving to Toronto to live with my brother. I am his son, [[NAME:Rohit Joshi]].",
        "A|Okay. The pensioner's name and PPO number, please?",
        f"C|[[NAME:Madhukar Joshi]], PPO [[ACCOUNT_NUMBER:{ppo}]].",
        "A|And his date of birth, as per the records?",
        f"C|[[DOB:{t_date(dob, 'dmy')}]].",
        "A|He must submit a life certificate every year from abroad, through the consulate or Jeevan Pramaan with Aadhaar. Is his Aadhaar linked?",
        f"C|Yes, [[SSN:{aad[:4]} {aad[4:8]} {aad[8:]}]].",
        f"A|Good. The certificate is due in ((date:November)) each year. His current address in our records?",
        f"C|[[ADDRESS:Flat {flat}, {ords(flat // 100)} Floor, Sai Darshan CHS, Ghodbunder Road, Thane West]], [[POSTCODE:{pin}]].",
        f"A|That's correct. Once he moves, the pension continues to the NRO account, and TDS is ((percentage:{g.i(20, 30)}%)) unless he gives a tax residency certificate.",
        "C|We will get that from Canada.",
        f"A|Please also update his e-mail so alerts reach him.",
        f"C|[[EMAIL:madhukar.joshi{g.i(50, 62)}@yahoo.co.in]].",
        "A|Done, sir.",
    ]


@case("transcript")
def c_abroad_za_private_bag(g):
    dob = g.dob(1956, 1962)
    zaid = g.zaid(dob)
    pc = g.zapc("Durban")
    mob = g.au_mob()
    suite, bag = g.i(100, 450), g.i(1, 20)
    return [
        "A|Good morning, Government Pensions Administration, [[NAME:Zodwa]] speaking.",
        "C|Hello. I'm retiring and emigrating to Perth to be near my daughter, and I want to know how my pension is paid out there.",
        "A|We can pay into a foreign account. May I have your ID number?",
        f"C|[[SSN:{zaid[:6]} {zaid[6:10]} {zaid[10:]}]].",
        "A|And your full name?",
        "C|[[NAME:Yusuf Dawjee]].",
        f"A|Thank you, Mr [[NAME:Dawjee]]. I see your postal address is [[ADDRESS:Postnet Suite {suite}, Private Bag X{bag}, Westville]], [[POSTCODE:{pc}]]. Should we keep that?",
        "C|Until the end of the year, yes. After that, please use my daughter's address in Australia.",
        f"A|We'll update it when you send the form. Tax clearance from SARS is required, and there's a ((duration:{g.i(3, 3)}-year)) rule on retirement annuities.",
        "C|I've done that, thank you.",
        f"A|And a contact number in Australia?",
        f"C|My new mobile is [[PHONE:{t_phone(mob)}]].",
        f"A|Noted. Payments abroad are made on the ((date:{ords(g.i(15, 20))})) of each month, and bank charges are about ((price:R{g.i(150, 250)})) each time.",
    ]


if __name__ == "__main__":
    sys.exit(main())
