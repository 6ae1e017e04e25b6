#!/usr/bin/env python3
"""Write data/redaction/dev29.jsonl, a redaction development set (case ids t25-001 ...).

Written as the held-out set test25.jsonl, measured once with the twenty-seventh round's code,
then renamed dev29 and tuned on in the twenty-eighth round.

    python3 data/redaction/make_dev29.py           # builds, checks, writes dev29.jsonl, prints counts
    python3 data/redaction/make_dev29.py --check   # builds and checks only, writes nothing

Standard library only; deterministic (one seeded `random.Random`, same bytes every run). Every
conversation below was written by hand for this set; names, streets, e-mail addresses and the
talk are hand-written, and every number in the set (card, CVV, expiry, SSN and other national
ids, phones, postcodes, house numbers, account numbers, prices, times, dates, counts, codes ...)
comes from the seeded generators and is rendered in the case's style. Markup: `[[TYPE:text]]` a
pii value in one piece (own group), `[[TYPE#tag:text]]` a piece of a value (same tag in a case =
same group), `((kind:text))` a keep span. Two marks of this generator's own, never in the output:
`[[TYPE#tag!:text]]` is a wrong piece the caller then corrects (kept in the value's group, left out
of the Luhn/length check) and `[[PHONE#tag+:text]]` a phone's extension (a piece of the phone, left
out of the phone-range check). On any failed check the script exits 1 and writes nothing.

What the set leans on (brief for test25): a balanced mix of every pii type in ordinary and hard
shapes, as real calls come, in new industries (grocery delivery, airport lost property, sports
ticketing, gas engineers, kitchen and bathroom fitters, car dealerships, EV charging, parcel
lockers, university accommodation, pension transfers, life insurance claims, funeral plans, travel
insurance, phone repairs, smart-home devices, hotel loyalty, theatre box offices, dog groomers)
with callers from the US, UK, Ireland, Canada, Australia, New Zealand, South Africa and India:
cards in pieces, corrected and read back; CVVs and expiries said in several ways (pairs,
"double", month names, "slash", an expired card); SSNs and eight other national ids; phones with
extensions, country codes and in pieces; spelled e-mails; dates of birth said every way;
addresses and postcodes of eight countries; account, policy, order, membership, plan, licence and
bank numbers of many shapes; names of callers, agents and third parties (some also ordinary
words, from many languages); call texture (small talk, holds, transfers where the new agent
checks again, values given before they are asked, two people in one call, end-of-call summaries,
IVR menus and keyed-in numbers, restarts, crosstalk and the recogniser's "for"/"to" homophones);
look-alikes beside real values.

Labelling choices made where the README is silent (or where earlier sets differ):
- Phones come only from the README's ranges (US/Canadian 555-01xx, UK drama ranges). Callers in
  Ireland, Australia, New Zealand, South Africa and India give a UK or North American number or
  none. A phone's extension is a piece of the phone (same group); a phone's last four, asked for
  as such, is a PHONE; an IVR's read-back of a keyed phone number is a PHONE in its own group.
- A caller saying the whole card number again is a group of its own; an agent's read-back of one
  block of the card (the right block and the wrong one it replaced) is a group of its own, like a
  read-back of the last four. A wrong card or SSN piece the caller corrects stays in its group.
- SSN: US SSNs, UK NI numbers, Irish PPS numbers, Canadian SINs, Australian TFNs, NZ IRD numbers,
  South African ID numbers, Aadhaar numbers and PANs; the last four of a SIN asked for as such; an
  agent's read-back of a whole TFN (own group).
- POSTCODE: ZIPs (a card's billing ZIP too), UK postcodes, Canadian postal codes, Eircodes,
  Australian, NZ and South African postcodes, Indian PIN codes.
- ADDRESS: state, province and territory names and abbreviations ("nsw", "VIC", "ACT", "Ontario",
  "nova scotia", "Arizona") stay outside, also between the town and the postcode; suburb and town
  said in one breath are inside ("Parktown North, Johannesburg"); Indian addresses keep the flat
  or plot or door number, building, cross/main road, locality and city inside ("Door No. 80, 3rd
  Street, ..."); "Flat", "Unit", "apartment" lines are inside.
- ACCOUNT_NUMBER: order, booking, confirmation, ticket (repair ticket), case, job sheet, quote,
  invoice, claim, policy, plan, member(ship), season-ticket, student, residence-application,
  lost-property reference, fleet account and charge-card (RFID) numbers, service-plan numbers, a
  gas meter point reference, driving licence numbers and an Australian licence's card number,
  number plates (regos), a VIN, passport numbers, a provincial health card number, bank account
  numbers, sort codes, a South African branch code, an IFSC code and an IBAN. The pieces of a
  licence number said in two breaths are one group.
- `other` look-alikes: courier tracking numbers and waybills, IMEIs, a microchip number and an
  Australian super fund's USI (all generated to fail Luhn), device serials and service tags, a
  MAC address, charger ids, connector, locker, compartment and door numbers, locker collection
  codes and pickup PINs, a gate code, a one-time code, error codes, a BIC, engineers' Gas Safe and
  RGII registration numbers, a dealer stock number, a bag tag, IVR menu options ("press 6"),
  seat, row, block, section, box, room, apartment, bedroom, terminal and gate numbers, a shoe
  size, a waiting-list position, a charger "Level 2", a motorway number, bus and train numbers,
  scores, temperatures (with "minus" and "degrees"), ages (with "years old"/"weeks" when said,
  as one span), an age threshold for a concession or a hire car, and the recogniser's
  "four"/"two" written for "for"/"to" outside values. Inside a value "for"/"to" are its digits.
- keep spans: room, seat, gate, locker, door and bus numbers cover the number or code only, not
  the word before it ("room <412>", "the number <38> bus"); flight numbers keep the airline code
  ("QF 774", "e i one oh five"); model numbers keep the product line ("XPS 14", "iPhone 15 Pro",
  "golf one point five tsi"); prices keep "a month", "a week", "a kilowatt hour", "each" is out;
  counts hold the number only (points, nights, tickets, appliances); a date of death, a gas
  certificate's expiry and a GIC's maturity date are `date`s, never DOB or EXPIRY.
- NAME: a name spelled letter by letter right after the name is a NAME span of its own
  ("w o j c i e c h", "N-G-A-I-O"), a first name and surname spelled together one span; a surname
  with particles is one span ("du plessis", "van wyk"); a name inside an e-mail address is only
  part of the EMAIL; pets' names are not names; titles and "doctor"/"mister" stay outside.
- Number words that are set phrases rather than values ("the last four", "the three digits on
  the back", "one moment", "second vaccination", "two-step check") are ordinary talk; counts,
  amounts and the like all come from the generators.

The checks (beyond the README's "How it was made" list, all enforced): spans inside the text and
not empty, no leading/trailing space or punctuation ("$"/"+" may start, "%" or a final "a.m./p.m."
may end a span), not starting or ending inside a word, no overlaps; card digits joined over a
group are 15, 16 or 19 digits and pass Luhn (a group of four digits is a last-four or block
read-back); CVV 3-4 digits; SSN groups match a US SSN (area 001-665), the last four or one of the
other national ids with its own check (SIN Luhn, TFN and IRD weights, PPS check letter, SA ID
Luhn, Aadhaar Verhoeff, NI and PAN patterns); phones in the README's ranges (or a last four);
EXPIRY has a valid month; POSTCODE matches one of the eight countries' shapes; DOB has a month
or digits; e-mails typed are addresses and spoken ones have " at " and " dot " and never "@";
ADDRESS starts with a number (or Flat/Unit/Plot/Door...) and has a street word; NAME has no digits
or titles; ASR text is lower case without punctuation; card, CVV and phone spans in ASR hold only
number words; no two spans of one type are separated by spaces only (they would be one span); a
look-alike of 13-19 digits fails Luhn and never repeats a pii span's digits in its utterance; no
digit outside a span and no run of four or more number words outside a span; no name word is used
in two cases; a case's name words never appear outside a NAME (or other pii) span in that case;
no e-mail or address is reused across cases; the minimum counts of the brief (80 cases, 1,000
utterances, 400 without pii, 280 keep spans of every kind, 3 IVR cases, per-type span minimums).
"""
from __future__ import annotations

import datetime
import json
import random
import re
import string
import sys
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path(__file__).with_name("dev29.jsonl")
SEED = 25_2025
rng = random.Random(SEED)

PII_TYPES = ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME")
KEEP_KINDS = ("quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other")
MIN_SPANS = {"CARD_NUMBER": 35, "CVV": 20, "EXPIRY": 20, "SSN": 25, "PHONE": 35, "EMAIL": 20,
             "DOB": 25, "ADDRESS": 25, "POSTCODE": 30, "ACCOUNT_NUMBER": 60, "NAME": 180}
MIN_CASES, MIN_UTTS, MIN_KEEP, MIN_PLAIN_UTTS, MIN_IVR = 80, 1000, 280, 400, 3

# --------------------------------------------------------------------------- number words
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MONTH_ABBR["sept"] = 9
ORD_W = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
         8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
         14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
         18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
PHONETIC = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
            "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J",
            "juliett": "J", "kilo": "K", "lima": "L", "mike": "M", "november": "N",
            "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
            "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "xray": "X",
            "yankee": "Y", "zulu": "Z"}
PHON_OF = {}
for _w, _l in PHONETIC.items():
    PHON_OF.setdefault(_l, _w)


def nw(n: int, and_: bool = True) -> str:
    """0..999999 in words ("one hundred and twenty three")."""
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    if n < 100:
        return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + UNIT_W[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        return UNIT_W[h] + " hundred" + ("" if r == 0 else (" and " if and_ else " ") + nw(r))
    t, r = divmod(n, 1000)
    if r == 0:
        return nw(t, and_) + " thousand"
    sep = " and " if (and_ and r < 100) else " "
    return nw(t, and_) + " thousand" + sep + nw(r, and_)


def ordw(n: int) -> str:
    if n in ORD_W:
        return ORD_W[n]
    return TENS_W[n // 10] + " " + ORD_W[n % 10]


def ord_t(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def pair_w(p: str) -> str:
    """Two digits said as a pair ("41" -> "forty one", "05" -> "oh five")."""
    if p == "00":
        return rng.choice(["double oh", "oh oh"])
    if p[0] == "0":
        return rng.choice(["oh", "oh", "zero"]) + " " + UNIT_W[int(p[1])]
    return nw(int(p))


def year_w(y: int) -> str:
    if y == 2000:
        return "two thousand"
    if 2000 < y < 2010:
        return rng.choice(["two thousand and ", "two thousand "]) + UNIT_W[y - 2000]
    if 2010 <= y < 2100:
        return rng.choice(["twenty ", "twenty ", "two thousand and "]) + nw(y - 2000)
    hi, lo = divmod(y, 100)
    return nw(hi) + " " + (pair_w(f"{lo:02d}") if lo < 10 else nw(lo))


def sd(d: str, doubles: float = 0.35, zero: str | None = None) -> str:
    """Digits said one by one, sometimes with "double"/"triple"."""
    z = zero or rng.choice(["oh", "oh", "zero"])
    out, i = [], 0
    while i < len(d):
        c = d[i]
        w = z if c == "0" else UNIT_W[int(c)]
        if i + 2 < len(d) and d[i + 1] == c and d[i + 2] == c and rng.random() < 0.5:
            out.append("triple " + w)
            i += 3
            continue
        if i + 1 < len(d) and d[i + 1] == c and rng.random() < doubles:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def sp2(d: str) -> str:
    """Digits said in pairs ("4133" -> "forty one thirty three")."""
    parts = []
    if len(d) % 2:
        parts.append(sd(d[0]))
        d = d[1:]
    for i in range(0, len(d), 2):
        parts.append(pair_w(d[i:i + 2]))
    return " ".join(parts)


def spm(d: str) -> str:
    """Digits in mixed chunks, some in singles, some in pairs."""
    parts, i = [], 0
    while i < len(d):
        k = min(len(d) - i, rng.choice([2, 3, 4]))
        chunk = d[i:i + k]
        parts.append(sp2(chunk) if (k % 2 == 0 and rng.random() < 0.5) else sd(chunk))
        i += k
    return " ".join(parts)


def auto_step(hi: float) -> int:
    """Round amounts the way people say them: pounds under 200, fives under 1,000, ..."""
    if hi < 200:
        return 1
    if hi < 1000:
        return 5
    if hi < 10000:
        return 50
    return 500


def homo(t: str, which: str = "four") -> str:
    """The recogniser's homophone: one "four" written "for" (or "two" written "to")."""
    rep = {"four": "for", "two": "to"}[which]
    words = t.split(" ")
    idx = [i for i, w in enumerate(words) if w == which and (i == 0 or words[i - 1] not in ("double", "triple"))]
    if idx:
        words[rng.choice(idx)] = rep
    return " ".join(words)


def odd_groups(d: str) -> str:
    """Digits in odd groups, as a recogniser sometimes writes them ("4620 43 060182 4056")."""
    parts, i = [], 0
    while i < len(d):
        k = min(len(d) - i, rng.choice([2, 3, 4, 4, 6]))
        parts.append(d[i:i + k])
        i += k
    return " ".join(parts)


# --------------------------------------------------------------------------- generators
def luhn_ok(d: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def rdig(n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def gen_card(brand: str = "visa") -> str:
    if brand == "visa":
        pre, n = "4", 16
    elif brand == "visa19":
        pre, n = "4", 19
    elif brand == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", str(rng.randint(2221, 2720))]), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif brand == "discover":
        pre, n = rng.choice(["6011", "65"]), 16
    elif brand == "maestro19":
        pre, n = rng.choice(["6759", "6761"]), 19
    else:
        raise ValueError(brand)
    return luhn_complete(pre + rdig(n - len(pre) - 1))


def luhn_fail(d: str) -> str:
    if luhn_ok(d):
        d = d[:-1] + str((int(d[-1]) + 1) % 10)
    return d


def gen_ssn() -> str:
    area = rng.randint(1, 665)
    if area == 666:
        area = 667 - 2
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni() -> str:
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            return p + rdig(6) + rng.choice("ABCD")


PPS_LET = "WABCDEFGHIJKLMNOPQRSTUV"


def pps_check(d7: str, second: str = "") -> str:
    tot = sum(int(c) * (8 - i) for i, c in enumerate(d7))
    if second:
        tot += 9 * (PPS_LET.index(second))
    return PPS_LET[tot % 23]


def gen_pps() -> str:
    d7 = rdig(7)
    second = rng.choice(["", "A"])
    return d7 + pps_check(d7, second) + second


def gen_sin() -> str:
    return luhn_complete(rng.choice("1234567") + rdig(7))


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def gen_tfn() -> str:
    while True:
        b = rdig(8, True)
        s = sum(int(c) * w for c, w in zip(b, TFN_W))
        c = s % 11
        if c < 10:
            return b + str(c)


def ird_ok(d: str) -> bool:
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    n = int(d)
    if not 10_000_000 < n < 150_000_000:
        return False
    p = d.zfill(9)
    base, chk = p[:8], int(p[8])
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(c) * k for c, k in zip(base, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == chk
    return False


def gen_ird() -> str:
    while True:
        d = str(rng.randint(10_000_001, 149_999_999))
        if ird_ok(d):
            return d


def gen_said(y: int, m: int, dd: int, female: bool) -> str:
    seq = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
    return luhn_complete(f"{y % 100:02d}{m:02d}{dd:02d}{seq:04d}08")


VH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(d: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = VH_D[c][VH_P[i % 8][int(ch)]]
    return c == 0


def gen_aadhaar() -> str:
    while True:
        body = rng.choice("23456789") + rdig(10)
        for ch in "0123456789":
            if verhoeff_ok(body + ch):
                return body + ch


def gen_pan(surname_initial: str) -> str:
    L = string.ascii_uppercase
    return ("".join(rng.choice(L) for _ in range(3)) + "P" + surname_initial.upper()
            + rdig(4) + rng.choice(L))


US_AREA = {"IL": ["312", "773", "630"], "NY": ["212", "718", "917", "518"],
           "CA": ["415", "213", "619", "916"], "TX": ["512", "214", "713"],
           "WA": ["206", "509"], "OR": ["503", "541"], "MA": ["617", "508"],
           "GA": ["404", "770"], "FL": ["305", "407", "813"], "OH": ["614", "216"],
           "CO": ["303", "720"], "AZ": ["602", "520"], "MN": ["612", "651"],
           "PA": ["215", "412"], "NC": ["704", "919"], "MI": ["313", "616"],
           "ON": ["416", "647", "613", "905"], "BC": ["604", "250"], "AB": ["403", "780"],
           "QC": ["514", "418"], "MB": ["204"], "NS": ["902"]}


def gen_phone_us(state: str = "") -> str:
    area = rng.choice(US_AREA.get(state) or sum(US_AREA.values(), []))
    return f"{area}55501{rdig(2)}"


def gen_phone_uk(kind: str = "") -> str:
    kind = kind or rng.choice(["mob", "mob", "lon", "man", "lee", "bri"])
    if kind == "mob":
        return f"07700900{rdig(3)}"
    pre = {"lon": "02079460", "man": "01614960", "lee": "01134960", "bri": "01174960"}[kind]
    return pre + rdig(3)


ZIP_PRE = {"NY": (100, 149), "CA": (900, 961), "TX": (750, 799), "IL": (600, 629),
           "OH": (430, 459), "FL": (320, 349), "WA": (980, 994), "MA": (10, 27),
           "GA": (300, 319), "PA": (150, 196), "OR": (970, 979), "CO": (800, 816),
           "AZ": (850, 865), "MN": (550, 567), "NC": (270, 289), "MI": (480, 499)}


def gen_zip(state: str) -> str:
    lo, hi = ZIP_PRE[state]
    return f"{rng.randint(lo, hi):03d}{rdig(2)}"


UK_IN = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc(outward: str) -> str:
    return f"{outward} {rng.randint(0, 9)}{rng.choice(UK_IN)}{rng.choice(UK_IN)}"


CA_L = "ABCEGHJKLMNPRSTVWXYZ"


def gen_capc(first: str) -> str:
    return (f"{first}{rng.randint(0, 9)}{rng.choice(CA_L)} "
            f"{rng.randint(0, 9)}{rng.choice(CA_L)}{rng.randint(0, 9)}")


EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def gen_eircode(key: str) -> str:
    return key + " " + rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(EIR_CH) for _ in range(3))


def gen_4pc(lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi):04d}"


def gen_pin(pre: str) -> str:
    return pre + rdig(6 - len(pre))


def alter(d: str, k: int = 1) -> str:
    """The same digits with k of them misheard (a wrong piece the caller then corrects)."""
    d = list(d)
    for i in rng.sample(range(len(d)), k):
        d[i] = rng.choice([c for c in string.digits if c != d[i]])
    return "".join(d)


def gen_iban(country: str, bank: str, digits: int) -> str:
    """An IBAN with a valid mod-97 check (country, a bank code in letters, then digits)."""
    bban = bank + rdig(digits)
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(num) % 97
    raw = f"{country}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def gen_tmpl(t: str) -> str:
    """'#' digit, '@' capital letter, '%' non-zero digit, other characters as they are."""
    out = []
    for ch in t:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "%":
            out.append(rng.choice("123456789"))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


# --------------------------------------------------------------------------- case context
CASES: list = []


def case(style: str):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


CUR_W = {"$": "dollars", "£": "pounds", "€": "euro", "R": "rand", "₹": "rupees",
         "A$": "dollars", "NZ$": "dollars", "C$": "dollars"}
CENT_W = {"$": "cents", "£": "p", "€": "cent", "R": "cents", "₹": "paise", "A$": "cents",
          "NZ$": "cents", "C$": "cents"}


class X:
    """Renders generated values in the case's style and wraps them in markup."""

    def __init__(self, style: str):
        self.style = style
        self.asr = style == "asr"
        # ordinary dates in a call move forward from the call's own "today"
        self.today = datetime.date(2025, rng.randint(1, 12), rng.randint(1, 28))

    # ---- markup
    @staticmethod
    def K(kind: str, text: str) -> str:
        return f"(({kind}:{text}))"

    @staticmethod
    def P(typ: str, text: str, tag: str = "", flag: str = "") -> str:
        return f"[[{typ}#{tag}{flag}:{text}]]" if tag else f"[[{typ}:{text}]]"

    # ---- plain numbers
    def r(self, lo: int, hi: int) -> int:
        return rng.randint(lo, hi)

    def n(self, v: int) -> str:
        return nw(v) if self.asr else str(v)

    def sd(self, d: str) -> str:
        """Digit string: words in ASR, digits as written in a transcript."""
        return sd(d) if self.asr else d

    def sp2(self, d: str) -> str:
        return sp2(d) if self.asr else d

    def spm(self, d: str) -> str:
        return spm(d) if self.asr else d

    # ---- cards
    def card(self, brand: str = "visa") -> str:
        return gen_card(brand)

    def cardf(self, d: str, how: str = "") -> str:
        if self.asr:
            how = how or rng.choice(["sd", "sd", "spm", "sp2", "odd"])
            return {"sd": sd, "spm": spm, "sp2": sp2, "odd": odd_groups}[how](d)
        how = how or rng.choice(["sp", "sp", "sp", "dash", "none"])
        if len(d) == 15:
            g = [d[:4], d[4:10], d[10:]]
        else:
            g = [d[i:i + 4] for i in range(0, len(d), 4)]
        return {"sp": " ".join(g), "dash": "-".join(g), "none": d}[how]

    def cvv(self, n: int = 3) -> str:
        return rdig(n)

    def cvvf(self, v: str) -> str:
        """A security code as said: digit by digit, with a pair, or "double"."""
        if not self.asr:
            return v
        how = rng.choice(["sd", "sd", "pair", "pair", "dbl"])
        if how == "pair" and v[-2] != "0":
            return sd(v[:-2]) + " " + pair_w(v[-2:])
        return sd(v, doubles=0.9)

    def expv(self, expired: bool = False) -> tuple[int, int]:
        if expired:
            return rng.randint(1, 12), rng.choice([2023, 2024])
        return rng.randint(1, 12), rng.randint(2027, 2032)

    def expf(self, e: tuple[int, int], how: str = "") -> str:
        m, y = e
        if self.asr:
            how = how or rng.choice(["mmyy", "mmyy", "myy", "name", "nameof", "digits", "slash"])
            yy = f"{y % 100:02d}"
            if how == "mmyy":
                return pair_w(f"{m:02d}") + " " + nw(y % 100)
            if how == "myy":
                return nw(m) + " " + nw(y % 100)
            if how == "name":
                return MONTHS[m - 1] + " " + rng.choice([nw(y % 100), year_w(y)])
            if how == "nameof":
                return MONTHS[m - 1] + " of " + year_w(y)
            if how == "digits":
                return sd(f"{m:02d}{yy}")
            return nw(m) + " slash " + nw(y % 100)
        how = how or rng.choice(["s", "s", "s4", "name", "abbr", "dash"])
        if how == "s":
            return f"{m:02d}/{y % 100:02d}"
        if how == "s4":
            return f"{m:02d}/{y}"
        if how == "name":
            return f"{MONTHS[m - 1].title()} {y}"
        if how == "abbr":
            return f"{MONTHS[m - 1][:3].title()} {y % 100:02d}" if m != 9 else f"Sept {y}"
        return f"{m:02d}-{y % 100:02d}"

    # ---- dates of birth
    def dobv(self, lo: int = 1941, hi: int = 2005) -> tuple[int, int, int]:
        y = rng.randint(lo, hi)
        m = rng.randint(1, 12)
        return y, m, rng.randint(1, 28)

    def dobf(self, v: tuple[int, int, int], order: str = "uk", how: str = "") -> str:
        y, m, d = v
        if self.asr:
            how = how or rng.choice(["ordof", "monthord", "digits", "nums", "ordofthe"])
            yw = rng.choice([year_w(y), nw(y % 100) if y % 100 >= 10 else year_w(y)])
            if how == "ordof":
                return f"{ordw(d)} of {MONTHS[m - 1]} {yw}"
            if how == "monthord":
                return f"{MONTHS[m - 1]} {ordw(d)} {yw}"
            if how == "ordofthe":
                return f"{ordw(d)} of the {ordw(m)} {yw}"
            if how == "digits":
                a, b = (d, m) if order == "uk" else (m, d)
                return sd(f"{a:02d}{b:02d}{y % 100:02d}")
            a, b = (d, m) if order == "uk" else (m, d)
            return f"{nw(a)} {nw(b)} {year_w(y)}"
        how = how or rng.choice(["num", "num", "long", "ord", "iso"])
        if how == "num":
            return f"{d:02d}/{m:02d}/{y}" if order == "uk" else f"{m:02d}/{d:02d}/{y}"
        if how == "long":
            return f"{d} {MONTHS[m - 1].title()} {y}" if order == "uk" else f"{MONTHS[m - 1].title()} {d}, {y}"
        if how == "ord":
            return f"{ord_t(d)} {MONTHS[m - 1].title()} {y}" if order == "uk" else f"{MONTHS[m - 1].title()} {ord_t(d)} {y}"
        return f"{y}-{m:02d}-{d:02d}"

    # ---- ids and codes (raw string in, rendered out)
    def idf(self, raw: str, phon: float = 0.0, dash: str = "", pairs: bool = False) -> str:
        """Transcript: as given. ASR: letters spelled (some in the phonetic alphabet),
        digit runs said (singles or pairs), separators dropped or said."""
        if not self.asr:
            return raw
        out = []
        for tok in re.findall(r"[A-Za-z]|\d+|[-/ ]", raw):
            if tok.isdigit():
                out.append(sp2(tok) if (pairs and len(tok) % 2 == 0) else sd(tok))
            elif tok.isalpha():
                L = tok.upper()
                # a spoken letter O would read as a zero, so callers say "o for oscar"
                out.append(PHON_OF[L] if (rng.random() < phon or L == "O") else L.lower())
            elif tok == "-" and dash:
                out.append(dash)
            elif tok == "/" and dash:
                out.append("slash")
        return " ".join(out)

    def acct(self, tmpl: str) -> str:
        return gen_tmpl(tmpl)

    # ---- phones
    def pus(self, state: str = "") -> str:
        return gen_phone_us(state)

    def puk(self, kind: str = "") -> str:
        return gen_phone_uk(kind)

    def phf(self, d: str, how: str = "") -> str:
        us = len(d) == 10 and d[3:6] == "555"
        if self.asr:
            how = how or rng.choice(["sd", "sd", "mix", "cc"])
            if us:
                a, b, c = d[:3], d[3:6], d[6:]
                if how == "cc":
                    return "one " + sd(a) + " " + sd(b) + " " + sd(c)
                if how == "mix":
                    return sd(a) + " " + sd(b) + " " + sp2(c)
                return sd(a) + " " + sd(b) + " " + sd(c)
            if how == "cc":
                return rng.choice(["double oh four four ", "plus four four "]) + sd(d[1:])
            if how == "mix":
                return sd(d[:5]) + " " + spm(d[5:])
            return sd(d)
        how = how or rng.choice(["a", "a", "b", "cc"])
        if us:
            if how == "cc":
                return f"+1 {d[:3]} {d[3:6]} {d[6:]}"
            if how == "b":
                return f"{d[:3]}.{d[3:6]}.{d[6:]}"
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if d.startswith("07"):
            if how == "cc":
                return f"+44 {d[1:5]} {d[5:]}"
            return f"{d[:5]} {d[5:]}"
        if d.startswith("020"):
            if how == "cc":
                return f"+44 20 {d[3:7]} {d[7:]}"
            return f"{d[:3]} {d[3:7]} {d[7:]}"
        if how == "cc":
            return f"+44 {d[1:4]} {d[4:7]} {d[7:]}"
        return f"{d[:4]} {d[4:7]} {d[7:]}"

    # ---- postcodes
    def pcf(self, raw: str, phon: float = 0.0) -> str:
        if not self.asr:
            return raw
        if raw.isdigit():
            return rng.choice([sd, sd, spm])(raw)
        return self.idf(raw, phon=phon)

    def hn(self, lo: int = 1, hi: int = 240) -> str:
        v = rng.randint(lo, hi)
        if not self.asr:
            return str(v)
        if v >= 100 and rng.random() < 0.7:
            h, r = divmod(v, 100)
            if r == 0:
                return nw(h) + " hundred"
            return nw(h) + " " + pair_w(f"{r:02d}")
        return nw(v)

    def em(self, user: str, domain: str) -> str:
        if not self.asr:
            return f"{user}@{domain}"

        def spk(s: str) -> str:
            parts = []
            for tok in re.findall(r"[a-z]+|\d+|[._-]", s.lower()):
                if tok.isdigit():
                    parts.append(rng.choice([sd, sp2])(tok) if len(tok) % 2 == 0 else sd(tok))
                else:
                    parts.append({".": "dot", "_": "underscore", "-": "dash"}.get(tok, tok))
            return " ".join(parts)
        return spk(user) + " at " + spk(domain)

    # ---- look-alikes (keep markup)
    def money(self, lo: float, hi: float, cur: str = "$", cents: bool | None = None,
              per: str = "") -> str:
        step = auto_step(hi)
        whole = rng.randint(int(lo) // step, int(hi) // step) * step
        c = rng.choice([99, 50, 95, 49, 25, 75]) if (cents or (cents is None and rng.random() < 0.5)) else 0
        return self.fmt_money(whole, c, cur, per)

    def cents(self, lo: int, hi: int, cur: str = "$", per: str = "") -> str:
        """An amount under one unit of the currency ("forty nine p a kilowatt hour")."""
        c = rng.randint(lo, hi)
        if self.asr:
            t = f"{nw(c)} {CENT_W[cur]}"
        else:
            t = {"£": f"{c}p", "€": f"{c}c"}.get(cur, f"{cur}0.{c:02d}")
        return self.K("price", t + (f" {per}" if per else ""))

    def pricev(self, whole: int, cur: str = "$", c: int = 0, per: str = "") -> str:
        """A computed amount (a total, a sum of the prices said before) as a price span."""
        return self.K("price", self.fmt_money(whole, c, cur, per))

    def fmt_money(self, whole: int, c: int, cur: str, per: str = "") -> str:
        if self.asr:
            if c == 0:
                t = nw(whole) + " " + CUR_W[cur]
            else:
                t = rng.choice([f"{nw(whole)} {nw(c)}", f"{nw(whole)} {CUR_W[cur]} {nw(c)}",
                                f"{nw(whole)} {CUR_W[cur]} and {nw(c)} {CENT_W[cur]}"])
            return t + (f" {per}" if per else "")
        t = f"{cur}{whole:,}" + (f".{c:02d}" if c else "")
        return t + (f" {per}" if per else "")

    def price(self, lo: float, hi: float, cur: str = "$", cents: bool | None = None,
              per: str = "") -> str:
        return self.K("price", self.money(lo, hi, cur, cents, per))

    def timev(self, lo: int = 7, hi: int = 18, mi: int | None = None) -> str:
        h = rng.randint(lo, hi)
        if mi is None:
            mi = rng.choice([0, 0, 15, 30, 30, 45, 10, 20, 40])
        if self.asr:
            h12 = h if h <= 12 else h - 12
            opts = [f"{nw(h12)} o'clock" if mi == 0 else f"{nw(h12)} {nw(mi)}",
                    f"{nw(h12)} {'am' if h < 12 else 'pm'}" if mi == 0 else f"{nw(h12)} {nw(mi)} {'am' if h < 12 else 'pm'}"]
            if mi == 30:
                opts.append(f"half past {nw(h12)}")
            if mi == 15:
                opts.append(f"quarter past {nw(h12)}")
            if mi == 45:
                opts.append(f"quarter to {nw(h12 % 12 + 1)}")
            return rng.choice(opts)
        h12 = h if h <= 12 else h - 12
        ap = "am" if h < 12 else "pm"
        return rng.choice([f"{h}:{mi:02d}", f"{h12}:{mi:02d}{ap}" if mi else f"{h12}{ap}",
                           f"{h12}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}"])

    def time(self, lo: int = 7, hi: int = 18, mi: int | None = None) -> str:
        return self.K("time", self.timev(lo, hi, mi))

    def window(self, lo: int = 8, hi: int = 16, width: int = 2) -> str:
        h = rng.randint(lo, hi)
        mi = rng.choice([0, 0, 30])
        return f"{self.time(h, h, mi)} and {self.time(h + width, h + width, mi)}"

    def datev(self, year: bool = False) -> str:
        self.today += datetime.timedelta(days=rng.randint(1, 21))
        y, m, d = self.today.year, self.today.month, self.today.day
        if self.asr:
            t = rng.choice([f"{ordw(d)} of {MONTHS[m - 1]}", f"{MONTHS[m - 1]} {ordw(d)}",
                            f"{MONTHS[m - 1]} {nw(d)}"])
            return t + (f" {year_w(y)}" if year else "")
        t = rng.choice([f"{d} {MONTHS[m - 1].title()}", f"{MONTHS[m - 1].title()} {ord_t(d)}",
                        f"{ord_t(d)} {MONTHS[m - 1].title()}"])
        return t + (f" {y}" if year else "")

    def date(self, year: bool = False) -> str:
        return self.K("date", self.datev(year))

    def day(self) -> str:
        d = rng.randint(1, 28)
        return self.K("date", ordw(d) if self.asr else ord_t(d))

    def dur(self, lo: int, hi: int, unit: str) -> str:
        v = rng.randint(lo, hi)
        if v == 1 and unit.endswith("s"):
            unit = unit[:-1]
        return self.K("duration", f"{self.n(v)} {unit}")

    def cnt(self, lo: int, hi: int) -> str:
        return self.K("count", self.n(rng.randint(lo, hi)))

    def pct(self, lo: int, hi: int, dec: bool = False) -> str:
        v = rng.randint(lo, hi)
        d = rng.randint(1, 9) if dec else None
        if self.asr:
            return self.K("percentage", nw(v) + (f" point {UNIT_W[d]}" if d else "") + " percent")
        return self.K("percentage", f"{v}" + (f".{d}" if d else "") + "%")

    def yr(self, lo: int, hi: int) -> str:
        y = rng.randint(lo, hi)
        return self.K("year", year_w(y) if self.asr else str(y))

    def qty(self, lo: float, hi: float, unit: str, dec: bool = False) -> str:
        step = auto_step(hi) if hi >= 1000 else 1
        v = rng.randint(int(lo) // step, int(hi) // step) * step
        d = rng.randint(1, 9) if dec else None
        if self.asr:
            t = nw(v) + (f" point {UNIT_W[d]}" if d else "")
        else:
            t = f"{v:,}" + (f".{d}" if d else "")
        return self.K("quantity", f"{t} {unit}")

    def code(self, tmpl: str, phon: float = 0.0, pairs: bool = False) -> str:
        return self.idf(gen_tmpl(tmpl), phon=phon, pairs=pairs)

    def mdl(self, tmpl: str, pairs: bool = False) -> str:
        return self.K("model_number", self.code(tmpl, pairs=pairs))

    def oth(self, tmpl: str, pairs: bool = False) -> str:
        return self.K("other", self.code(tmpl, pairs=pairs))

    def flt(self, airline: str, lo: int = 1, hi: int = 999) -> str:
        v = rng.randint(lo, hi)
        if self.asr:
            num = rng.choice([sd(str(v)), nw(v) if v < 100 else sp2(str(v)) if len(str(v)) % 2 == 0 else sd(str(v))])
            return self.K("flight_number", " ".join(airline.lower()) + " " + num)
        return self.K("flight_number", f"{airline} {v}" if rng.random() < 0.6 else f"{airline}{v}")

    def trk(self, n: int = 18, prefix: str = "", pairs: bool = False) -> str:
        d = luhn_fail(rdig(n, True))
        if self.asr:
            body = odd_groups(d) if rng.random() < 0.4 else (sp2(d) if pairs else sd(d))
            return self.K("other", (" ".join(prefix.lower()) + " " if prefix else "") + body)
        return self.K("other", prefix + d)

    def age(self, lo: int, hi: int, unit: str = "") -> str:
        return self.K("other", self.n(rng.randint(lo, hi)) + (f" {unit}" if unit else ""))

    def temp(self, lo: int, hi: int) -> str:
        v = rng.randint(lo, hi)
        return self.K("other", f"{nw(v)} degrees" if self.asr else rng.choice([f"{v} degrees", f"{v}°C"]))

    def seat(self, rows: int = 32, letters: str = "ABCDEF") -> str:
        r, l = rng.randint(1, rows), rng.choice(letters)
        return self.K("other", f"{nw(r)} {l.lower()}" if self.asr else f"{r}{l}")

    def gate(self) -> str:
        l, n = rng.choice("ABCDE"), rng.randint(2, 48)
        return self.K("other", f"{l.lower()} {nw(n)}" if self.asr else f"{l}{n}")

    def room(self, lo: int = 101, hi: int = 1240) -> str:
        v = rng.randint(lo, hi)
        if self.asr:
            h, r = divmod(v, 100)
            return self.K("other", f"{nw(h)} {pair_w(f'{r:02d}')}" if rng.random() < 0.6 else sd(str(v)))
        return self.K("other", str(v))

    def menu(self, n: int) -> list[str]:
        """Keypad options of an IVR menu, shuffled, each as an `other` look-alike."""
        opts = rng.sample(range(1, 10), n)
        return [self.K("other", nw(v) if self.asr else str(v)) for v in opts]

    def num_other(self, lo: int, hi: int) -> str:
        return self.K("other", self.n(rng.randint(lo, hi)))

    def keyed(self, d: str) -> str:
        """Digits keyed on the phone's keypad, as the transcript shows them."""
        return " ".join(d) if not self.asr else odd_groups(d)


# --------------------------------------------------------------------------- parsing
MARK = re.compile(r"\[\[([A-Z_]+)(?:#([A-Za-z0-9]+)([!+]?))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
SPK = {"A": "agent", "C": "customer", "I": "ivr"}


def parse_case(idx: int, style: str, body: str):
    utts, pii, keep = [], [], []
    groups: dict[str, str] = {}
    flags: dict[tuple[int, int], str] = {}
    gcount = 0
    for raw in body.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line[:2] not in ("A:", "C:", "I:"):
            raise ValueError(f"case {idx}: bad line {line[:40]!r}")
        spk = SPK[line[0]]
        src = line[2:].strip()
        ui = len(utts)
        text, pos = [], 0
        for m in MARK.finditer(src):
            text.append(src[pos:m.start()])
            start = sum(len(t) for t in text)
            if m.group(1):
                typ, tag, flag, val = m.group(1), m.group(2), m.group(3) or "", m.group(4)
                key = tag or f"__{ui}_{start}"
                if key not in groups:
                    gcount += 1
                    groups[key] = f"g{gcount}"
                pii.append({"utterance": ui, "start": start, "end": start + len(val),
                            "type": typ, "group": groups[key]})
                flags[(ui, start)] = flag
            else:
                kind, val = m.group(5), m.group(6)
                keep.append({"utterance": ui, "start": start, "end": start + len(val),
                             "kind": kind})
            text.append(val)
            pos = m.end()
        text.append(src[pos:])
        t = "".join(text)
        if "[[" in t or "]]" in t or "((" in t or "))" in t:
            raise ValueError(f"case {idx}: unparsed markup in {t[:60]!r}")
        utts.append({"speaker": spk, "text": t})
    rec = {"case_id": f"t25-{idx:03d}", "style": style, "utterances": utts,
           "pii": sorted(pii, key=lambda s: (s["utterance"], s["start"])),
           "keep": sorted(keep, key=lambda s: (s["utterance"], s["start"]))}
    return rec, flags


# --------------------------------------------------------------------------- validation
DIGIT_RUN_WORDS = set(UNIT_W) | set(TEEN_W) | set(TENS_W[2:]) | {"oh", "hundred", "thousand",
                                                                  "double", "triple"}
UNITS = {w: i for i, w in enumerate(UNIT_W)}
UNITS.update({"oh": 0, "o": 0})
TEENS = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS = {w: i for i, w in enumerate(TENS_W) if w}
HOMO = {"for": 4, "to": 2, "too": 2}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir", "madam",
          "dame", "lord", "prof", "professor", "mx"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "way", "close", "crescent", "court", "ct", "place", "pl", "terrace",
                "boulevard", "blvd", "parade", "grove", "gardens", "hill", "row", "square",
                "highway", "hwy", "parkway", "circle", "walk", "mews", "park", "rise", "view",
                "green", "quay", "marg", "nagar", "layout", "cross", "main", "box", "route",
                "straat", "laan", "weg", "rylaan", "heights", "glen", "avenida", "wynd",
                "brae", "crest", "trail", "line", "concession", "apartments", "residency",
                "colony", "enclave", "estate", "meadows", "sector", "rue", "chemin"}
ADDR_START = {"flat", "apartment", "apt", "unit", "suite", "po", "p", "rr", "plot", "door",
              "house", "villa", "number"}
PUNCT = set(string.punctuation)
# name words that are also ordinary words, said in the same case in their ordinary sense
NAME_WORDS_ALSO_ORDINARY = {"may", "will", "mark", "grant", "rose", "hope", "joy", "bill",
                            "faith", "summer", "hunter", "baker", "king", "page", "frost",
                            "young", "lane", "reed", "brown", "sterling", "august", "sunny",
                            "star", "dawn", "ivy", "jasmine", "storm", "heath", "marsh",
                            "cook", "carter", "walker", "wood", "hill", "field", "stone"}


def spoken_digits(text: str, homophones: bool = False, strict: bool = False):
    """Digits of a number said in words and/or digits; strict: any other word is an error
    (returns None)."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and (nxt in UNITS or (homophones and nxt in HOMO)):
            v = UNITS.get(nxt, HOMO.get(nxt))
            out.append(str(v) * (2 if t == "double" else 3))
            i += 1
        elif t in UNITS:
            out.append(str(UNITS[t]))
        elif homophones and t in HOMO:
            out.append(str(HOMO[t]))
        elif t in TEENS:
            out.append(str(TEENS[t]))
        elif t in TENS:
            if nxt in UNITS and UNITS[nxt] > 0 and nxt != "o":
                out.append(f"{TENS[t]}{UNITS[nxt]}")
                i += 1
            else:
                out.append(f"{TENS[t]}0")
        elif t == "hundred":
            out.append("00" if out else "100")
        elif t == "thousand":
            out.append("000")
        elif t in ("and", "plus"):
            pass
        elif strict:
            return None
        i += 1
    return "".join(out)


def compact(text: str, asr: bool) -> str:
    """An id as letters and digits: spelled letters, the phonetic alphabet and digit words."""
    if not asr:
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if len(t) == 1 and t.isalpha() and t != "o":
            out.append(t.upper())
            if nxt == "for" and i + 2 < len(toks):
                i += 2
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 3
        elif t in PHONETIC:
            out.append(PHONETIC[t])
        elif t == "double" and len(nxt) == 1 and nxt.isalpha() and nxt != "o":
            out.append(nxt.upper() * 2)
            i += 1
        elif t == "x" and nxt == "ray":
            out.append("X")
            i += 1
        else:
            j = i
            while j < len(toks) and (toks[j].isdigit() or toks[j] in UNITS or toks[j] in TEENS
                                     or toks[j] in TENS or toks[j] in ("double", "triple",
                                                                        "hundred", "thousand")):
                j += 1
            if j > i:
                out.append(spoken_digits(" ".join(toks[i:j])))
                i = j
                continue
        i += 1
    return "".join(out)


def ssn_ok(c: str) -> bool:
    if re.fullmatch(r"\d{4}", c):
        return True
    if re.fullmatch(r"\d{9}", c):
        area, grp, ser = int(c[:3]), int(c[3:5]), int(c[5:])
        us = 1 <= area <= 665 and grp > 0 and ser > 0
        sin = c[0] in "1234567" and luhn_ok(c)
        tfn = sum(int(a) * w for a, w in zip(c, TFN_W)) % 11 == 0
        return us or sin or tfn or ird_ok(c)
    if re.fullmatch(r"\d{8}", c):
        return ird_ok(c)
    if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c):
        return True
    m = re.fullmatch(r"(\d{7})([A-W])([A-W]?)", c)
    if m:
        return pps_check(m.group(1), m.group(3)) == m.group(2)
    if re.fullmatch(r"\d{13}", c):
        return luhn_ok(c)
    if re.fullmatch(r"[2-9]\d{11}", c):
        return verhoeff_ok(c)
    if re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", c):
        return True
    return False


def postcode_ok(c: str) -> bool:
    pats = [r"\d{5}(\d{4})?", r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}",
            r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d",
            r"([AC-FHKNPRTV-Y]\d{2}|D6W)[AC-FHKNPRTV-Y][0-9AC-FHKNPRTV-Y]{3}", r"\d{4}",
            r"[1-9]\d{5}"]
    return any(re.fullmatch(p, c) for p in pats)


def phone_ok(d: str) -> bool:
    if d.startswith("00"):
        d = d[2:]
    if len(d) == 11 and d.startswith("1") and d[4:7] == "555":
        d = d[1:]
    if len(d) == 10 and d[3:6] == "555" and d[6:8] == "01":
        return True
    if d.startswith("44"):
        d = "0" + d[2:]
    return bool(re.fullmatch(r"07700900\d{3}|02079460\d{3}|0(161|113|117)4960\d{3}", d))


def expiry_ok(text: str, asr: bool) -> bool:
    low = text.lower()
    for tok in re.findall(r"[a-z]+", low):
        if tok in MONTHS or tok in MONTH_ABBR:
            return True
    if asr:
        d = spoken_digits(low)
        if len(d) in (3, 5):
            m = int(d[0])
        elif len(d) in (4, 6):
            m = int(d[:2])
        else:
            return False
    else:
        parts = re.findall(r"\d+", text)
        if len(parts) >= 2:
            m = int(parts[0])
        elif len(parts) == 1 and len(parts[0]) in (4, 6):
            m = int(parts[0][:2])
        else:
            return False
    return 1 <= m <= 12


def word_at(text: str, i: int) -> bool:
    """True if position i and i-1 are both inside one word."""
    if i <= 0 or i >= len(text):
        return False
    a, b = text[i - 1], text[i]
    if a.isalnum() and b.isalnum():
        return True
    if a == "'" and i >= 2 and text[i - 2].isalnum() and b.isalnum():
        return True
    if b == "'" and i + 1 < len(text) and text[i + 1].isalnum() and a.isalnum():
        return True
    return False


def span_digits(text: str, asr: bool, homophones: bool = False) -> str:
    return spoken_digits(text, homophones) if asr else re.sub(r"\D", "", text)


def validate(recs, flag_maps) -> tuple[list[str], dict]:
    errs: list[str] = []
    counts = Counter()
    kinds = Counter()
    name_cases: dict[str, str] = {}
    value_cases: dict[str, str] = {}
    stats = Counter()
    for rec, flags in zip(recs, flag_maps):
        cid = rec["case_id"]
        asr = rec["style"] == "asr"
        utts = rec["utterances"]
        if rec["style"] not in ("asr", "transcript"):
            errs.append(f"{cid}: bad style")
        if any(u["speaker"] == "ivr" for u in utts):
            stats["ivr_cases"] += 1
        by_utt = defaultdict(list)
        for s in rec["pii"]:
            by_utt[s["utterance"]].append(("pii", s))
        for s in rec["keep"]:
            by_utt[s["utterance"]].append(("keep", s))
        # text-level checks
        for ui, u in enumerate(utts):
            t = u["text"]
            if not t.strip():
                errs.append(f"{cid} u{ui}: empty utterance")
            if asr:
                if re.search(r"[A-Z]", t) or re.search(r"[.,?!;:\"@/$%&()]", t):
                    errs.append(f"{cid} u{ui}: ASR text has capitals or punctuation: {t[:70]!r}")
                if "-" in t:
                    errs.append(f"{cid} u{ui}: ASR text has a hyphen: {t[:70]!r}")
        # span-level checks
        for ui, spans in by_utt.items():
            t = utts[ui]["text"]
            spans_sorted = sorted(spans, key=lambda p: (p[1]["start"], p[1]["end"]))
            for (ka, a), (kb, b) in zip(spans_sorted, spans_sorted[1:]):
                if (ka == kb == "pii" and a["type"] == b["type"] and b["start"] >= a["end"]
                        and not t[a["end"]:b["start"]].strip()):
                    errs.append(f"{cid} u{ui}: two {a['type']} spans with only space between {t[a['start']:b['end']]!r}")
                if b["start"] < a["end"]:
                    errs.append(f"{cid} u{ui}: overlapping spans {t[a['start']:a['end']]!r} / {t[b['start']:b['end']]!r}")
            for kind, s in spans:
                st, en = s["start"], s["end"]
                if not (0 <= st < en <= len(t)):
                    errs.append(f"{cid} u{ui}: span out of range")
                    continue
                v = t[st:en]
                if v[0].isspace() or v[-1].isspace():
                    errs.append(f"{cid} u{ui}: span with edge space {v!r}")
                if v[0] in PUNCT and v[0] not in "$+":
                    errs.append(f"{cid} u{ui}: span starts with punctuation {v!r}")
                if v[-1] in PUNCT and v[-1] != "%" and not re.search(r"[ap]\.m\.$", v):
                    errs.append(f"{cid} u{ui}: span ends with punctuation {v!r}")
                if word_at(t, st) or word_at(t, en):
                    errs.append(f"{cid} u{ui}: span starts/ends inside a word {v!r} in {t[:80]!r}")
                if kind == "keep":
                    if s["kind"] not in KEEP_KINDS:
                        errs.append(f"{cid} u{ui}: bad keep kind {s['kind']}")
                    kinds[s["kind"]] += 1
                    kd = span_digits(v, asr)
                    if 13 <= len(kd) <= 19 and luhn_ok(kd):
                        errs.append(f"{cid} u{ui}: look-alike passes Luhn {v!r}")
                    for k2, s2 in spans:
                        if k2 == "pii":
                            pd = span_digits(t[s2["start"]:s2["end"]], asr)
                            if len(kd) >= 3 and kd == pd:
                                errs.append(f"{cid} u{ui}: look-alike has a pii value's digits {v!r}")
                else:
                    typ = s["type"]
                    if typ not in PII_TYPES:
                        errs.append(f"{cid} u{ui}: bad pii type {typ}")
                        continue
                    counts[typ] += 1
                    low = v.lower()
                    if typ == "NAME":
                        if re.search(r"\d", v):
                            errs.append(f"{cid} u{ui}: NAME with a digit {v!r}")
                        words = re.findall(r"[^\W\d_]+", low)
                        if any(w in TITLES for w in words):
                            errs.append(f"{cid} u{ui}: NAME with a title {v!r}")
                        for w in words:
                            if len(w) > 2 and w not in {"van", "der", "den", "von", "mac", "del",
                                                        "dos", "das", "bin", "binti", "bint",
                                                        "ibn", "abu", "ter"}:
                                prev = name_cases.get(w)
                                if prev and prev != cid:
                                    errs.append(f"{cid}: name word {w!r} also used in {prev}")
                                name_cases[w] = cid
                    elif typ == "EMAIL":
                        if asr:
                            if "@" in v or " at " not in f" {low} " or " dot " not in f" {low} ":
                                errs.append(f"{cid} u{ui}: ASR e-mail not spoken {v!r}")
                        elif not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v):
                            errs.append(f"{cid} u{ui}: bad e-mail {v!r}")
                        key = "email:" + re.sub(r"\W", "", low.replace(" at ", "@").replace(" dot ", "."))
                        prev = value_cases.get(key)
                        if prev and prev != cid:
                            errs.append(f"{cid}: e-mail {v!r} also in {prev}")
                        value_cases[key] = cid
                    elif typ == "ADDRESS":
                        words = re.findall(r"[a-z]+|\d+", low)
                        first = words[0] if words else ""
                        if not (first.isdigit() or first in DIGIT_RUN_WORDS or first in ADDR_START):
                            errs.append(f"{cid} u{ui}: ADDRESS does not start with a number {v!r}")
                        if not any(w in STREET_WORDS for w in words):
                            errs.append(f"{cid} u{ui}: ADDRESS without a street word {v!r}")
                        key = "addr:" + " ".join(w for w in words if not w.isdigit() and w not in DIGIT_RUN_WORDS)
                        prev = value_cases.get(key)
                        if prev and prev != cid:
                            errs.append(f"{cid}: address {v!r} also in {prev}")
                        value_cases[key] = cid
                    elif typ in ("CARD_NUMBER", "CVV", "PHONE"):
                        if asr and spoken_digits(v, True, strict=True) is None:
                            errs.append(f"{cid} u{ui}: {typ} span holds a non-number word {v!r}")
                        if not asr and re.search(r"[^\d +.\-]", v):
                            errs.append(f"{cid} u{ui}: {typ} span holds a letter {v!r}")
        # a name word said elsewhere in the case without its NAME span
        nwords = set()
        for s in rec["pii"]:
            if s["type"] == "NAME":
                v = utts[s["utterance"]]["text"][s["start"]:s["end"]].lower()
                nwords |= {w for w in re.findall(r"[^\W\d_]+", v) if len(w) > 2}
        nwords -= NAME_WORDS_ALSO_ORDINARY
        for ui, u in enumerate(utts):
            t = u["text"]
            cover = [(s["start"], s["end"]) for s in rec["pii"] if s["utterance"] == ui]
            for m in re.finditer(r"[^\W\d_]+", t):
                if m.group().lower() in nwords and not any(a <= m.start() < b for a, b in cover):
                    errs.append(f"{cid} u{ui}: name {m.group()!r} outside a NAME span")
        # group-level checks
        grp = defaultdict(list)
        for s in rec["pii"]:
            grp[s["group"]].append(s)
        for g, spans in grp.items():
            types = {s["type"] for s in spans}
            if len(types) != 1:
                errs.append(f"{cid} {g}: mixed types {types}")
                continue
            typ = types.pop()
            texts = [utts[s["utterance"]]["text"][s["start"]:s["end"]] for s in spans]
            fl = [flags.get((s["utterance"], s["start"]), "") for s in spans]
            main = [tx for tx, f in zip(texts, fl) if f == ""]
            ext = [tx for tx, f in zip(texts, fl) if f == "+"]
            if len(spans) > 1:
                stats[f"pieces_{typ}"] += 1
                if len({s["utterance"] for s in spans}) > 1:
                    stats[f"pieces_multi_utt_{typ}"] += 1
            if not main:
                continue
            if typ == "CARD_NUMBER":
                d = "".join(span_digits(tx, asr, True) for tx in main)
                if len(d) == 4:
                    stats["card_4digit"] += 1
                elif len(d) not in (15, 16, 19) or not luhn_ok(d):
                    errs.append(f"{cid} {g}: card {d!r} ({len(d)} digits) fails Luhn/length: {texts}")
            elif typ == "CVV":
                d = "".join(span_digits(tx, asr, True) for tx in main)
                if len(d) not in (3, 4):
                    errs.append(f"{cid} {g}: CVV {d!r}")
            elif typ == "SSN":
                c = "".join(compact(tx, asr) for tx in main)
                if not ssn_ok(c):
                    errs.append(f"{cid} {g}: SSN/national id {c!r} has no known shape: {texts}")
            elif typ == "PHONE":
                d = "".join(span_digits(tx, asr, True) for tx in main)
                if not (phone_ok(d) or len(d) == 4):
                    errs.append(f"{cid} {g}: phone {d!r} not in the drama ranges: {texts}")
                for tx in ext:
                    if not 1 <= len(span_digits(tx, asr, True)) <= 5:
                        errs.append(f"{cid} {g}: extension {tx!r}")
            elif typ == "EXPIRY":
                for tx in main:
                    if not expiry_ok(tx, asr):
                        errs.append(f"{cid} {g}: expiry without a valid month {tx!r}")
            elif typ == "POSTCODE":
                c = "".join(compact(tx, asr) for tx in main)
                if not postcode_ok(c):
                    errs.append(f"{cid} {g}: postcode {c!r} has no known shape: {texts}")
            elif typ == "DOB":
                tx = " ".join(main).lower()
                month_ords = {ordw(k) for k in range(1, 13)}
                ok = (any(m in tx for m in MONTHS) or len(span_digits(tx, asr)) >= 4
                      or any(f"of the {o}" in tx for o in month_ords))
                if not ok:
                    errs.append(f"{cid} {g}: DOB without month or digits {tx!r}")
            elif typ == "ACCOUNT_NUMBER":
                c = "".join(compact(tx, asr) for tx in main)
                if len(c) < 4 or not re.search(r"\d", c):
                    errs.append(f"{cid} {g}: account number too short {c!r}: {texts}")
        # digits and digit words outside spans
        for ui, u in enumerate(utts):
            t = u["text"]
            mask = [False] * len(t)
            for _, s in by_utt.get(ui, []):
                for k in range(s["start"], s["end"]):
                    mask[k] = True
            for k, ch in enumerate(t):
                if ch.isdigit() and not mask[k]:
                    errs.append(f"{cid} u{ui}: digit outside a span: {t[max(0, k - 25):k + 10]!r}")
                    break
            masked = "".join(" | " if mask[k] else ch for k, ch in enumerate(t))
            run = 0
            for w in re.findall(r"[a-z']+|\|", masked.lower()):
                run = run + 1 if w in DIGIT_RUN_WORDS else 0
                if run >= 4:
                    errs.append(f"{cid} u{ui}: run of digit words outside a span: {t[:90]!r}")
                    break
            if not any(k == "pii" for k, _ in by_utt.get(ui, [])):
                stats["plain_utts"] += 1
        stats["utterances"] += len(utts)
        stats[rec["style"]] += 1
        stats[rec["style"] + "_utts"] += len(utts)
    stats["cases"] = len(recs)
    stats["keep"] = sum(kinds.values())
    # minimum counts
    for typ, lo in MIN_SPANS.items():
        if counts[typ] < lo:
            errs.append(f"minimum: {typ} {counts[typ]} < {lo}")
    for kd in KEEP_KINDS:
        if kinds[kd] == 0:
            errs.append(f"minimum: no keep span of kind {kd}")
    for key, lo in (("cases", MIN_CASES), ("utterances", MIN_UTTS), ("keep", MIN_KEEP),
                    ("plain_utts", MIN_PLAIN_UTTS), ("ivr_cases", MIN_IVR)):
        if stats[key] < lo:
            errs.append(f"minimum: {key} {stats[key]} < {lo}")
    return errs, {"pii": counts, "keep": kinds, "stats": stats}


def self_test() -> list[str]:
    errs = []
    if not verhoeff_ok("2363"):
        errs.append("self-test: Verhoeff")
    if not ird_ok("49091850"):
        errs.append("self-test: IRD")
    if not luhn_ok("4111111111111111"):
        errs.append("self-test: Luhn")
    if pps_check("1234567") != "T":
        errs.append("self-test: PPS")
    if spoken_digits("forty seven hundred") != "4700" or spoken_digits("double oh four") != "004":
        errs.append("self-test: spoken digits")
    if compact("s w one a two a a", True) != "SW1A2AA":
        errs.append("self-test: compact")
    return errs


# =========================================================================== the calls
# Each case returns its lines: "A:" agent, "C:" customer, "I:" IVR, with inline markup.

# ---- supermarkets and grocery delivery -------------------------------------------------
@case("asr")
def _(x):
    old = x.card("mc")
    card = x.card("visa")
    e = x.expv()
    cvv = x.cvv()
    pc = gen_ukpc("LS6")
    return f"""
A: good morning you're through to greenbasket home delivery my name's [[NAME:tamsin]] how can i help
C: hiya yeah i had a delivery last night and about half of it's missing
A: oh no i'm sorry {x.K('other', 'two')} hear that can i take the name on the account please
C: yeah it's [[NAME:gwen pritchard]]
A: thanks [[NAME:gwen]] and the postcode the delivery came to
C: [[POSTCODE:{x.pcf(pc)}]]
A: and the first line of the address
C: [[ADDRESS:{x.hn()} cardigan road headingley]]
A: lovely that's brought it up so which items didn't turn up
C: so there was meant to be {x.cnt(2, 3)} packs of chicken thighs the big bag of spuds and the oat milk
A: mm hmm
C: and the driver said something about substitutions but nothing came in the end
A: right i can see the potatoes were the {x.qty(2, 5, 'kilo')} bag and that was out of stock at the depot
A: so i can refund all of those now it comes to {x.price(6, 14, '£', True)} altogether
C: that's fine yeah
A: it'll go back to the card ending [[CARD_NUMBER:{x.sd(old[-4:])}]]
C: oh no that one's expired i got a new one last week can i give you that instead
A: of course go ahead with the long number whenever you're ready
C: okay it's [[CARD_NUMBER#c:{homo(x.sd(card[:4]))}]] um [[CARD_NUMBER#c:{homo(x.sd(card[4:8]), 'two')}]]
A: yep
C: [[CARD_NUMBER#c!:{x.sd(alter(card[8:12]))}]] no sorry [[CARD_NUMBER#c:{x.sd(card[8:12])}]] and then [[CARD_NUMBER#c:{x.sd(card[12:])}]]
A: and the expiry date on that one
C: [[EXPIRY:{x.expf(e)}]]
A: and the three digits on the back
C: [[CVV:{x.sd(cvv)}]]
A: thank you so that's the card ending [[CARD_NUMBER:{x.sd(card[-4:])}]] expiring [[EXPIRY:{x.expf(e)}]]
C: that's the one
A: brilliant the refund should show in {x.dur(3, 5, 'working days')}
C: great and while i've got you can you add the oat milk to friday's order
A: course i can is that the {x.qty(1, 2, 'litre')} cartons
C: yeah {x.cnt(3, 6)} of them
A: done that's on your slot for friday between {x.window(9, 18, 1)}
C: perfect thanks [[NAME:tamsin]]
A: no problem have a lovely day
"""


@case("transcript")
def _(x):
    ph = x.pus("IL")
    card = x.card("visa")
    order = x.acct("HL-%#######")
    user = f"carly.voss{x.r(10, 99)}"
    return f"""
A: Thanks for calling Harvest Lane Grocery, this is [[NAME:Desmond]]. Who do I have the pleasure of speaking with?
C: Hi [[NAME:Desmond]], it's [[NAME:Carly Voss]]. My number's [[PHONE:{x.phf(ph)}]] if that helps, the order should be under that.
A: It is, thank you. I've got order [[ACCOUNT_NUMBER:{order}]], delivered this morning. What went wrong with it?
C: A couple of things. The eggs were smashed, the whole tray, and I got a {x.qty(5, 10, 'lb')} bag of bread flour instead of the all-purpose.
A: Oh, I'm sorry. Was that the {x.cnt(18, 24)}-count tray?
C: Yes. And honestly the flour's fine, I just want the eggs sorted.
A: Understood. The eggs were {x.price(4, 9, '$', True)}, and I'll refund the delivery fee of {x.price(5, 9, '$', True)} as well.
C: Oh, that's kind, thank you.
A: Not at all. Let me just check one thing, bear with me a second.
A: Thanks for waiting. The driver, [[NAME:Marisol]], did flag that a crate slid in the van, so that matches.
C: Ha, that sounds about right.
A: Do you want the refund on the card or as store credit? Credit goes through today.
C: The card, please.
A: No problem. That's the Visa ending in [[CARD_NUMBER:{card[-4:]}]]?
C: That's it.
A: And can I confirm the e-mail for the receipt?
C: [[EMAIL:{user}@fastmail.com]].
A: Great. So to recap, a refund of the eggs and delivery fee to the Visa ending [[CARD_NUMBER:{card[-4:]}]], receipt to [[EMAIL:{user}@fastmail.com]], and if the store needs you they'll call [[PHONE:{x.phf(ph)}]].
C: Perfect. Oh, and the tip I left was {x.pct(10, 20)}, does that get refunded too?
A: The tip goes to the driver, so that stays, but the rest will show in {x.dur(3, 5, 'business days')}.
C: That's fine. Thanks, [[NAME:Desmond]].
A: You're welcome, Ms. [[NAME:Voss]]. Have a good afternoon.
"""


@case("transcript")
def _(x):
    order = x.acct("SC########")
    pin = gen_pin("411")
    return f"""
A: Welcome to Sabzi Cart customer care, my name is [[NAME:Shreya]]. Am I speaking with the account holder?
C: Yes, this is [[NAME:Aniruddha Kulkarni]]. I'm calling about today's order, it came without half the vegetables.
A: Very sorry about that, sir. Can you share the order ID? It starts with SC.
C: [[ACCOUNT_NUMBER:{order}]].
A: Thank you. And the registered e-mail, please?
C: [[EMAIL:ani.kulkarni@rediffmail.com]]
A: Got it. I can see {x.cnt(11, 14)} items were ordered and {x.cnt(6, 8)} were delivered. Which ones are missing?
C: Tomatoes, {x.qty(1, 2, 'kg')}, the coriander, the paneer and the curd.
A: Okay. The tomatoes and coriander were marked out of stock at the dark store. The paneer and curd should have come.
C: They did not. The delivery boy, [[NAME:Imran]], said the bag was left in the other order.
A: Understood. Let me confirm the delivery address first.
C: [[ADDRESS:Flat {x.hn(101, 905)}, Shubham Residency, Karve Nagar, Pune]] [[POSTCODE:{pin}]].
A: Thank you. Please hold for one minute while I raise this.
A: Sir, I've processed a refund of {x.price(180, 420, '₹', False)} to your Sabzi wallet. It will reflect in {x.dur(10, 30, 'minutes')}.
C: Can it go back to the bank instead? I paid by UPI.
A: Yes, to the source it takes {x.dur(5, 7, 'working days')}. Shall I do that?
C: Wallet is fine, then. Also, the app keeps showing an error.
A: Which error, sir?
C: It says {x.oth('E-###')} when I try to reorder.
A: That usually clears if you update the app to version {x.mdl('%.#.#')}.
C: Okay, I'll try. Thank you, [[NAME:Shreya]].
A: Thank you for calling Sabzi Cart, have a nice evening.
"""


@case("asr")
def _(x):
    dob = x.dobv(1979, 2004)
    pc = gen_4pc(2040, 2234)
    num = str(x.r(80, 99))
    return f"""
A: thanks {x.K('other', 'four')} calling paddock fresh online you're speaking with [[NAME:jarrah]]
C: oh hey mate yeah my delivery got taken back this arvo the driver wouldn't leave it
A: ah okay was there alcohol in the order
C: yeah a case of beer and {x.cnt(2, 3)} bottles of shiraz
A: right so for alcohol the driver has to see id and check the person's old enough
C: yeah i know i was at work my flatmate was home but she didn't have her licence on her
A: fair enough let's get it rebooked for you can i get your full name
C: [[NAME:brodie mcallister]]
A: and your date of birth [[NAME:brodie]]
C: [[DOB:{x.dobf(dob)}]]
A: thank you and the delivery address
C: [[ADDRESS:{x.hn()} railway parade marrickville]] nsw [[POSTCODE:{x.pcf(pc)}]]
A: sweet that matches what i've got
A: the earliest slot is tomorrow between {x.window(8, 17, 2)}
C: yeah that works i'm home tomorrow
A: and the rest of the order was fine the cold stuff
C: the ice cream was pretty soft to be honest
A: i'll pop a credit on for that it was {x.price(6, 12, 'A$', True)}
C: oh legend cheers
A: now the alcohol has to be signed for by you or another adult with id
C: yeah i'll be there myself
A: do you want the confirmation to the same email
C: actually can you update it it's [[EMAIL:brodie dot mac {sp2(num)} at outlook dot com]]
A: so that's [[EMAIL:brodie dot mac {sd(num)} at outlook dot com]]
C: yep all lower case
A: done you'll get a text and an email when the driver's about {x.dur(20, 40, 'minutes')} away
C: too easy thanks [[NAME:jarrah]]
A: no worries have a good one
"""


@case("transcript")
def _(x):
    order = rdig(9, True)
    z = gen_zip("OH")
    ph = x.pus("OH")
    gate = rdig(4, True)
    m = x.menu(4)
    return f"""
I: Thank you for calling FreshCrate. This call may be recorded. For the status of an order, press {m[0]}. For refunds, press {m[1]}. For everything else, press {m[2]}.
I: Please enter your {x.K('count', str(len(order)))}-digit order number, followed by the pound key.
C: [[ACCOUNT_NUMBER:{x.keyed(order)}]]
I: You entered [[ACCOUNT_NUMBER:{x.keyed(order)}]]. If this is correct, press {m[0]}.
I: Your order is out for delivery and is due between {x.window(10, 16, 1)}. To speak with a member of our team, press {m[3]}.
A: Hi, you've reached FreshCrate, this is [[NAME:Ruthanne]]. Can I start with your name?
C: Yeah, [[NAME:Everett Lindqvist]].
A: Thanks, Mr. [[NAME:Lindqvist]]. For security, can I have the ZIP code on the account and the last four of the phone number?
C: ZIP's [[POSTCODE:{z}]], and the last four are [[PHONE:{ph[-4:]}]].
A: Perfect, thank you. I see the order's on its way. What can I help with?
C: A couple of things. I need the driver to use the side gate, and I want to swap the salmon for something else.
A: Sure. Do you have a gate code I can add?
C: It's {x.K('other', gate)}, then the side door's open.
A: Got it, I've put that in the notes. For the salmon, the {x.qty(1, 2, 'lb')} fillet was {x.price(12, 19, '$', True)}. What would you like instead?
C: Is there any cod?
A: There's frozen cod loins, {x.cnt(4, 6)} to a pack, {x.price(9, 14, '$', True)}. The difference would go back to your card.
C: Do that. And no bags if you can, I've got a pile of them.
A: Done, and I've taken off the bag charge too. Anything else?
C: No, that's it. Thanks.
A: You're welcome. Enjoy your evening.
"""


# ---- airports: lost property ----------------------------------------------------------
@case("transcript")
def _(x):
    ref = x.acct("LP-######")
    pc = gen_ukpc("S7")
    ph = x.puk("mob")
    card = x.card("mc")
    e = x.expv()
    cvv = x.cvv()
    hn = x.hn()
    return f"""
A: Lost property, Northgate Airport, [[NAME:Callum]] speaking.
C: Hi, I think I left my laptop on the plane yesterday. In the seat pocket, probably.
A: Okay, let's have a look. Which flight was it?
C: {x.flt('LS')} from Alicante. We landed about {x.time(19, 22)}.
A: And do you remember the seat?
C: {x.seat()}, by the window.
A: What's the make and model of the laptop?
C: A silver Dell, an {x.K('model_number', 'XPS ' + str(x.r(13, 15)))}. It's got a sticker of a cactus on the lid.
A: That helps. Give me a moment, I'll check what came off that aircraft.
A: Right, a Dell with a cactus sticker was handed in by the cleaners. Can you read me the serial from the box, if you have it?
C: I've got the box here. Service tag {x.oth('@@#@#@#')}.
A: That matches. I've logged it under reference [[ACCOUNT_NUMBER:{ref}]]. You can collect from Terminal {x.K('other', str(x.r(1, 2)))}, or we can courier it for {x.price(18, 25, '£', True)}.
C: Courier, please, I'm in Sheffield.
A: No problem. Name, please?
C: [[NAME:Harriet Abernethy]].
A: And the delivery address?
C: [[ADDRESS:{hn} Wolseley Road, Sheffield]], [[POSTCODE:{pc}]].
A: A contact number for the courier?
C: [[PHONE:{x.phf(ph)}]].
A: Thank you. I'll take the payment now. Long card number when you're ready.
C: [[CARD_NUMBER:{x.cardf(card)}]].
A: Expiry?
C: [[EXPIRY:{x.expf(e)}]].
A: And the security code on the back?
C: [[CVV:{cvv}]].
A: Thanks, that's gone through. So: reference [[ACCOUNT_NUMBER:{ref}]], going to [[ADDRESS:{hn} Wolseley Road, Sheffield]], [[POSTCODE:{pc}]], and the courier will text [[PHONE:{x.phf(ph)}]].
C: That's all right. When will it arrive?
A: Within {x.dur(2, 3, 'working days')}. The courier's tracking number will be {x.trk(14, 'H')}.
C: Perfect. Thanks, [[NAME:Callum]].
"""


@case("asr")
def _(x):
    pp = x.acct("@@#######")
    eir = gen_eircode("H91")
    return f"""
A: dublin airport lost property [[NAME:caoimhe]] speaking
C: hi [[NAME:caoimhe]] sorry i'm in an awful state i think i left my wallet at security on sunday
A: okay don't worry we'll see what we have what's your name
C: [[NAME:tadhg o'sullivan]]
A: and what flight were you getting
C: the {x.flt('EI')} to boston it was about {x.time(9, 12)}
A: and can you describe the wallet
C: brown leather it has my passport in it and {x.cnt(2, 4)} cards and about {x.price(40, 80, '€', False)} in cash
A: okay so if the passport was in it do you know the passport number by any chance
C: i have a photo of it hang on [[ACCOUNT_NUMBER:{x.idf(pp)}]]
A: thank you bear with me now i'm just checking the log for sunday
C: no bother
A: right i have a brown wallet logged at security lane {x.num_other(2, 9)} and the passport number matches
C: oh thank god
A: so the passport itself has to be collected in person or by someone you nominate in writing
C: i'm back in galway now would my sister be able to get it she's working in swords
A: she would she'd need the letter and her own id what's her name
C: [[NAME:roisin o'sullivan]] sorry [[NAME:roisin moran]] that's her married name
A: grand and your own address for the form
C: [[ADDRESS:{x.hn()} college road galway]] [[POSTCODE:{x.pcf(eir)}]]
A: and an email we can send the nomination letter to
C: [[EMAIL:tadhg t a d h g dot osullivan at eircom dot net]]
A: lovely i'll send that out within the hour it's reference [[ACCOUNT_NUMBER:{x.idf(x.acct('DLP###'), pairs=True)}]]
C: brilliant thanks a million [[NAME:caoimhe]]
A: you're welcome mind yourself
"""


@case("asr")
def _(x):
    ph = x.pus("ON")
    pc = gen_capc("M")
    return f"""
A: good afternoon lost and found at pearson this is [[NAME:mireille]]
C: hi [[NAME:mireille]] i'm calling about a car seat we left at the baggage carousel on tuesday
A: okay which flight were you on
C: {x.flt('AC')} from vancouver it got in around {x.time(13, 17)}
A: and do you remember the carousel
C: i think it was carousel {x.num_other(3, 12)}
A: okay and what does it look like
C: it's grey with a pink strap cover there should be a name label on the base that says [[NAME:amrit]] that's our daughter
A: just a second let me go have a look in the back
A: okay i've got {x.cnt(2, 3)} grey car seats from tuesday and one of them has the label so that's yours
C: oh thank you so much
A: can i get your name please
C: [[NAME:gurpreet dhillon]]
A: and a phone number
C: [[PHONE#p:{homo(sd(ph[:3]))} {sd(ph[3:6])}]] sorry she's crying [[PHONE#p:{sp2(ph[6:])}]]
A: so that's [[PHONE:{x.phf(ph)}]]
C: yes that's right
A: so we can hold it here for {x.dur(30, 30, 'days')} or we can ship it to you there's no charge for baby equipment
C: ship it please my husband [[NAME:harjit]] can't get out there again this week
A: sure what's the address
C: [[ADDRESS:{x.hn()} danforth avenue toronto]] ontario [[POSTCODE:{x.pcf(pc)}]]
A: and an email for the tracking
C: [[EMAIL:{x.em('gurpreet.dhillon' + str(x.r(70, 99)), 'hotmail.ca')}]]
A: perfect the tracking number will be {x.trk(16)} and it should be with you in {x.dur(2, 4, 'days')}
C: you're a lifesaver [[NAME:mireille]]
A: no problem safe travels
"""


@case("transcript")
def _(x):
    ph = x.puk("mob")
    hotel_pc = gen_4pc(1010, 1072)
    return f"""
A: Kia ora, Auckland Airport lost property, [[NAME:Mere]] speaking.
C: Hello, I'm visiting from the UK and I think I left my phone on the shuttle bus from the domestic terminal.
A: Oh no. When was that?
C: This morning, about {x.time(7, 10)}. Either the shuttle from gate {x.gate()} or the {x.num_other(380, 380)} bus into town, I was on both.
A: What kind of phone is it?
C: A {x.K('model_number', 'Pixel ' + str(x.r(6, 9)))}, black case, there's a boarding pass tucked in the back for {x.flt('NZ')}.
A: Let me check with the bus depot, bear with me.
A: Good news, the driver handed one in. To release it I need to match the IMEI. Do you have it?
C: It's on the receipt in my e-mail, one second. {x.trk(15)}.
A: That matches. Can I take your name?
C: [[NAME:Fenella Grieve]].
A: And a contact number, even if it's not this phone?
C: My husband's UK mobile, [[PHONE:{x.phf(ph)}]].
A: Thanks. Where are you staying? We can drop it to the hotel.
C: The harbour hotel, [[ADDRESS:{x.hn(10, 150)} Quay Street, Auckland Central]], [[POSTCODE:{hotel_pc}]]. Room {x.room(201, 1120)}.
A: I'll send it with the afternoon run, it should be there by {x.time(15, 18)}. I'll e-mail you when it leaves. What's the address?
C: [[EMAIL:fen.grieve@btinternet.com]].
A: Lovely. Anything else I can help with, [[NAME:Fenella]]?
C: No, you've saved my holiday. Thank you.
"""


# ---- sports ticketing -------------------------------------------------------------------
@case("asr")
def _(x):
    st = x.acct("ST#######")
    dob = x.dobv(1941, 1958)
    card = x.card("visa")
    e = x.expv()
    cvv = x.cvv()
    renew = x.money(240, 330, "£", False)
    return f"""
A: city ticket office you're speaking to [[NAME:kieran]]
C: hiya [[NAME:kieran]] i'm ringing to renew my season ticket i missed the early bird
A: no bother have you got your season ticket number handy
C: i have it's on the card [[ACCOUNT_NUMBER:{x.idf(st)}]] i'm ringing from the number {x.num_other(11, 59)} bus so sorry if it's noisy
A: and can i take your name
C: [[NAME:mavis threlfall]]
A: and because you're on the senior concession can i just confirm your date of birth
C: [[DOB:{x.dobf(dob)}]]
A: lovely so you're in block {x.K('other', 'n ' + nw(x.r(1, 9)))} row {rng.choice('bcdefghjk')} seat {x.num_other(1, 40)}
C: that's me been sat there since {x.yr(1970, 1985)}
A: the renewal at the senior price is {x.K('price', renew)} for the season
C: even after we lost {x.K('other', nw(x.r(3, 5)) + ' nil')} on saturday
A: even after that i'm afraid
C: go on then have you got a pen i'll give you my card
A: yep go ahead
C: [[CARD_NUMBER#c:{sd(card[:4])}]]
A: mm hmm
C: [[CARD_NUMBER#c:{sd(card[4:8])}]]
A: yep
C: [[CARD_NUMBER#c:{sp2(card[8:12])} {sd(card[12:])}]]
A: and the expiry
C: [[EXPIRY:{x.expf(e)}]]
A: and the last three numbers on the back
C: [[CVV:{x.cvvf(cvv)}]]
A: so that's the visa ending [[CARD_NUMBER:{sd(card[-4:])}]] for {x.K('price', renew)}
C: go on then take it before i change my mind
A: that's gone through your new card will be posted within {x.dur(7, 10, 'days')}
A: first home game is {x.date()} kick off {x.time(15, 15, 0)}
C: ta [[NAME:kieran]] see you there
"""


@case("transcript")
def _(x):
    order = x.acct("RH-####-####")
    card = x.card("amex")
    e = x.expv()
    cvv = x.cvv(4)
    z = gen_zip("WA")
    sec = x.r(101, 124)
    return f"""
A: Riverhawks ticketing, this is [[NAME:Tanner]]. How can I help?
C: Hi, I'd like to upgrade my seats for the playoff game. I already have an order.
A: Sure. What's the order number?
C: [[ACCOUNT_NUMBER:{order}]].
A: And the name on it?
C: [[NAME:Priyanka Sethuraman]].
A: Thank you. Upgrades go through our premium team, let me transfer you. One moment.
A: Hi, premium seating, I'm [[NAME:Josefina]]. I see [[NAME:Tanner]] sent you over. Can I verify the order number again?
C: Sure, [[ACCOUNT_NUMBER:{order}]].
A: And the e-mail on the account?
C: [[EMAIL:psethuraman@proton.me]].
A: Great. You're in section {x.K('other', str(sec))}, row {x.K('other', str(x.r(10, 30)))}. I can move you to the lower bowl, section {x.K('other', str(x.r(1, 20)))}, for {x.price(85, 140, '$', False)} more per seat, plus a {x.pct(3, 8)} service fee.
C: For {x.cnt(2, 4)} seats? Fine, let's do it.
A: I'll need a card for the difference. Go ahead when you're ready.
C: It's an Amex. [[CARD_NUMBER:{x.cardf(card)}]].
A: Expiration?
C: [[EXPIRY:{x.expf(e)}]].
A: The {x.K('count', str(len(cvv)))}-digit code on the front?
C: [[CVV:{cvv}]].
A: And the billing ZIP?
C: [[POSTCODE:{z}]].
A: Thank you. That's approved. Your new tickets will be in the app within {x.dur(10, 20, 'minutes')}. Use gate {x.gate()}, it's closest to the lower bowl.
C: And doors open at?
A: {x.time(17, 18, 30)}, tip-off is {x.time(19, 19, 30)}.
C: Perfect. Thanks, [[NAME:Josefina]].
"""


@case("asr")
def _(x):
    dob = x.dobv(1975, 1999)
    sid = gen_said(*dob, female=True)
    card = x.card("mc")
    e = x.expv()
    cvv = x.cvv()
    n, adult, junior = x.r(3, 5), x.r(45, 65) * 10, x.r(15, 22) * 10
    return f"""
A: good morning you're through to stadium tickets this is [[NAME:lwazi]]
C: morning [[NAME:lwazi]] i'd like to buy tickets for the test at ellis park on the {x.day()} we were there last year when they won {x.K('other', nw(x.r(25, 35)) + ' ' + nw(x.r(10, 22)))}
A: sure how many tickets
C: {x.K('count', nw(n))} adults and a child
A: okay the main stand is sold out but i have the east stand at {x.pricev(adult, 'R')} each
C: that's fine
A: for this match we need an id number for the main booker it's for the access control
C: okay it's [[SSN#i:{sd(sid[:6])}]] um [[SSN#i:{sd(sid[6:])}]]
A: and your name as on the id
C: [[NAME:anneke du plessis]]
A: thank you mrs [[NAME:du plessis]] and a cell number or email for the tickets
C: email please [[EMAIL:anneke dot dp at mweb dot co dot za]]
A: okay and the child how old is he or she
C: he's {x.age(6, 12)}
A: so that's a junior ticket at {x.pricev(junior, 'R')}
A: the total is coming to {x.pricev(n * adult + junior, 'R')} can i take a card
C: [[CARD_NUMBER:{x.cardf(card, 'sd')}]]
A: sorry you broke up a little there can you give me the whole number again slowly
C: [[CARD_NUMBER#r:{sd(card[:4])} {sd(card[4:8])}]] okay [[CARD_NUMBER#r:{sd(card[8:12])} {sd(card[12:])}]]
A: thank you and the expiry date
C: [[EXPIRY:{x.expf(e)}]]
A: and the cvv
C: [[CVV:{x.cvvf(cvv)}]]
A: that's gone through gates open {x.dur(3, 3, 'hours')} before kick off which is {x.time(17, 17, 0)}
C: lovely thank you
"""


@case("transcript")
def _(x):
    mem = x.acct("M%######")
    dob = x.dobv(1968, 1990)
    kid = x.dobv(2012, 2016)
    pc = gen_4pc(3000, 3207)
    card = x.card("visa")
    return f"""
A: Good morning, cricket members' services, [[NAME:Brett]] speaking.
C: Hi [[NAME:Brett]], I want to renew my membership and add my son on a junior one.
A: Lovely. What's your member number?
C: [[ACCOUNT_NUMBER:{mem}]].
A: Thanks. And your full name and date of birth, please?
C: [[NAME:Callista Nguyen]], [[DOB:{x.dobf(dob)}]].
A: Perfect, that's all matching. You've been a member since {x.yr(2005, 2015)}, nice. And your son's details?
C: [[NAME:Felix Nguyen]], born [[DOB:{x.dobf(kid)}]].
A: He's {x.age(9, 13)}, so he's on the junior rate, {x.price(60, 95, 'A$', False)} for the season.
C: Great. Is the address still right?
A: I have [[ADDRESS:Unit {x.hn(1, 12)}, {x.hn(2, 180)} Brunswick Street, Fitzroy]], VIC [[POSTCODE:{pc}]].
C: That's us.
A: Your adult renewal is {x.price(290, 420, 'A$', False)}, and there's a {x.pct(5, 10)} discount if you both go on auto-renew.
C: Go on, then. Use the card you've got, it's the Visa ending [[CARD_NUMBER:{card[-4:]}]].
A: Yes, that's the one on file. All done. Do you want the card for [[NAME:Felix]] posted or digital?
C: Digital, please. Send it to my e-mail.
A: Is that still [[EMAIL:callista.ng@bigpond.com]]?
C: It is.
A: Done. So, summing up: adult and junior memberships, auto-renewing on the Visa ending [[CARD_NUMBER:{card[-4:]}]], cards to [[EMAIL:callista.ng@bigpond.com]]. The Boxing Day Test ballot opens {x.date()}.
C: Brilliant, thanks so much.
"""


@case("asr")
def _(x):
    bk = x.acct("BK#########")
    old = x.card("visa")
    card = x.card("mc")
    e = x.expv()
    cvv = x.cvv()
    return f"""
A: thank you for calling ticketzone this is [[NAME:rohit]] how may i help you
C: hello [[NAME:rohit]] i booked tickets for the match at chinnaswamy and the money got debited twice
A: so sorry {x.K('other', 'four')} the trouble ma'am can i have the booking id
C: [[ACCOUNT_NUMBER:{x.idf(bk)}]]
A: and your name please
C: [[NAME:meenakshi sundaram]]
A: thank you ma'am i can see a booking of {x.cnt(2, 4)} tickets in the {x.K('other', 'p ' + nw(x.r(1, 4)))} stand amount {x.price(3200, 7800, '₹', False)}
C: yes but my card statement is showing the same amount twice
A: which card did you use ma'am
C: the visa ending [[CARD_NUMBER:{sd(old[-4:])}]]
A: okay the second debit was a failed attempt it will be reversed automatically within {x.dur(5, 7, 'working days')}
C: okay fine and another thing my brother also wants to come can i add a ticket
A: yes ma'am in the same stand it's {x.price(1500, 2500, '₹', False)} shall i book
C: yes but use my other card the mastercard
A: go ahead with the card number
C: [[CARD_NUMBER#c:{homo(sd(card[:8]))}]] wait [[CARD_NUMBER#c:{homo(sd(card[8:]), 'two')}]]
A: and the expiry
C: [[EXPIRY:{x.expf(e)}]]
A: and cvv
C: [[CVV:{x.cvvf(cvv)}]]
A: ma'am you'll get an otp on your phone please tell me once it's approved
C: yes it's approved
A: done ma'am the ticket is sent to [[EMAIL:meenakshi dot s {sd(rdig(2))} at gmail dot com]]
C: yes that's my email thank you [[NAME:rohit]]
A: gates open at {x.time(16, 17, 30)} enjoy the match ma'am
"""


# ---- gas engineers ----------------------------------------------------------------------
@case("asr")
def _(x):
    ph = x.puk("mob")
    pc = gen_ukpc("CF5")
    mprn = rdig(10, True)
    return f"""
A: morning heatwise boiler cover you're through to [[NAME:ffion]]
C: hi yeah our boiler's packed in no heating no hot water since last night
A: oh no okay let's get an engineer out to you can i take the postcode
C: [[POSTCODE:{x.pcf(pc)}]]
A: and the house number
C: [[ADDRESS:{x.hn()} clive road canton]]
A: and your name
C: [[NAME:delroy campbell]]
A: thank you [[NAME:delroy]] what's it showing on the display
C: it's flashing {x.K('other', 'f ' + nw(x.r(22, 29)))} and the pressure gauge is down to about {x.qty(0, 0, 'bar', True)}
A: okay it should sit around {x.qty(1, 1, 'bar', True)} have you tried topping it up
C: i've tried but the little tap won't budge
A: don't force it the engineer will sort it do you know the make and model
C: it's a vaillant {x.K('model_number', 'ecotec plus ' + sd(str(x.r(824, 838))))}
A: lovely and a mobile number for the engineer
C: [[PHONE:{x.phf(ph)}]]
A: i've got [[PHONE:{x.phf(ph, 'sd')}]] yeah
C: yep that's it
A: the first slot i have is tomorrow between {x.window(8, 10, 4)}
C: nothing today we've got a newborn in the house
A: let me check with the dispatch team bear with me
A: thanks {x.K('other', 'four')} holding i've managed to get [[NAME:gareth]] to you today between {x.window(15, 16, 2)}
C: oh that's brilliant
A: there's no call out charge on your cover he might need the meter reference it's on your bill
C: i have it here it's [[ACCOUNT_NUMBER:{spm(mprn)}]]
A: perfect i'll put that on the job
C: thanks [[NAME:ffion]] you're a star
"""


@case("transcript")
def _(x):
    ph = x.puk("lon")
    pc = gen_ukpc("BS6")
    inv = x.acct("INV-######")
    card = x.card("visa")
    e = x.expv()
    cvv = x.cvv()
    return f"""
A: Good afternoon, Severnside Gas Services, [[NAME:Ollie]] speaking.
C: Hello, it's [[NAME:Nikolaos Papadakis]]. I'm a landlord, I need the annual gas safety check on one of my flats.
A: Of course. What's the property address?
C: [[ADDRESS:Flat {x.hn(1, 9)}, {x.hn(2, 90)} Cotham Hill, Bristol]], [[POSTCODE:{pc}]].
A: And when does the current certificate run out?
C: It expires on {x.date(year=True)}, so I'm cutting it fine.
A: We'll make it. Who's the tenant, so the engineer can arrange access?
C: [[NAME:Bethany Coles]]. Her number is [[PHONE:{x.phf(ph)}]], she works from home most days.
A: Thanks. There's a boiler and a hob, is that right?
C: A boiler, a hob and a gas fire in the lounge, {x.cnt(3, 3)} appliances.
A: That's {x.price(75, 95, '£', False)} plus {x.price(10, 15, '£', False)} for each appliance after the first. Do you want to pay now or on invoice?
C: Now's easiest, I'll give you a card.
A: Go ahead.
C: [[CARD_NUMBER:{x.cardf(card)}]], expiry [[EXPIRY:{x.expf(e)}]], and the code is [[CVV:{cvv}]].
A: Thanks, bear with me... that's approved. Your invoice number is [[ACCOUNT_NUMBER:{inv}]].
C: Will the engineer's Gas Safe number be on the certificate?
A: Yes, it'll be [[NAME:Hamza]], Gas Safe registration {x.oth('%######')}, and it's on the certificate too.
C: Good. Can you copy me in when it's done? [[EMAIL:nikos.papadakis@lettingsmail.co.uk]].
A: Will do. We'll call [[NAME:Bethany]] today to book it in.
C: Thank you, [[NAME:Ollie]].
"""


@case("transcript")
def _(x):
    eir = gen_eircode("T12")
    acc = x.acct("CK######")
    return f"""
A: Good morning, Munster Heating, [[NAME:Darragh]] speaking.
C: Hi [[NAME:Darragh]], this is [[NAME:Siobhán Ní Bhriain]]. I'm due a boiler service and I'd like to book it.
A: No problem, [[NAME:Siobhán]]. Do you have your customer number?
C: I think it's [[ACCOUNT_NUMBER:{acc}]].
A: That's it. You're at [[ADDRESS:{x.hn()} Douglas Road, Cork]], [[POSTCODE:{eir}]]?
C: That's right.
A: The boiler's a Baxi, installed in {x.yr(2012, 2019)}?
C: Yes. It's been making a bit of a banging noise when it comes on, about {x.time(6, 7, 30)} every morning.
A: Probably a bit of air in the system, the engineer will bleed it. The service is {x.price(110, 140, '€', False)}.
C: That's grand.
A: I have a slot on {x.date()} from {x.time(9, 9, 0)}, or the week after.
C: The first one, please.
A: Lovely. Can I confirm your e-mail for the reminder?
C: [[EMAIL:siobhan.nibhriain@gmail.com]]
A: And the engineer will be [[NAME:Tomás]], he's RGII registered, number {x.oth('######')} if you want to check.
C: Ah, I met him last year, he's lovely.
A: He is. Anything else today?
C: No, that's everything. Thanks.
"""


@case("asr")
def _(x):
    work = x.pus("AB")
    ext = rdig(3, True)
    cell = x.pus("AB")
    pc = gen_capc("T")
    plan = x.acct("SP######")
    return f"""
A: prairie comfort heating and gas this is [[NAME:shawna]]
C: hi [[NAME:shawna]] my furnace is blowing cold air and our carbon monoxide alarm went off this morning
A: okay is everyone out of the house and have you called the gas company's emergency line
C: yeah the fire department came and aired it out they said it's safe now but the furnace needs looking at
A: okay good let's get a technician out can i get your name
C: [[NAME:wojciech kowalczyk]] the first name is [[NAME:w o j c i e c h]]
A: thank you and the service address
C: [[ADDRESS:{x.hn(100, 999)} kensington road northwest calgary]] [[POSTCODE:{x.pcf(pc)}]]
A: and the best number to reach you
C: during the day my work line [[PHONE#w:{x.phf(work, 'sd')}]] extension [[PHONE#w+:{sd(ext)}]] or my cell is [[PHONE:{x.phf(cell, 'mix')}]]
A: so work is [[PHONE#r:{x.phf(work, 'sd')}]] extension [[PHONE#r+:{sd(ext)}]] and cell [[PHONE:{x.phf(cell, 'sd')}]]
C: that's right
A: do you know what furnace you have
C: it's a lennox {x.K('model_number', 'm l one ' + sd(str(x.r(80, 99))))} it's about {x.age(12, 18, 'years old')}
A: okay and are you on one of our service plans
C: yes it's [[ACCOUNT_NUMBER:{x.idf(plan)}]]
A: perfect so with the plan there's no call out fee otherwise it would have been {x.price(149, 189, '$', False)}
C: good because it's {x.K('other', 'minus ' + nw(x.r(18, 28)) + ' degrees')} out there
A: i know i've got [[NAME:deepak]] finishing up nearby he can be with you in about {x.dur(2, 2, 'hours')}
C: oh thank goodness
A: keep the space heaters away from anything flammable and he'll call when he's on the way
C: will do thanks [[NAME:shawna]]
"""


@case("asr")
def _(x):
    acc = rdig(10, True)
    z = gen_zip("IL")
    ph = x.pus("IL")
    visit = x.date()
    delivery = x.date()
    return f"""
A: north shore gas customer service
C: hi my name is [[NAME:yolanda ferreira]] account number [[ACCOUNT_NUMBER:{sd(acc)}]] service address [[ADDRESS:{x.hn(1000, 4999)} west belmont avenue apartment {x.hn(1, 6)} b chicago]] zip [[POSTCODE:{sd(z)}]] and i'm calling because i need the gas turned on for a new stove
A: wow okay you've given me everything thank you [[NAME:yolanda]] this is [[NAME:marcus]]
A: give me one second to pull that up
A: okay so i see the gas {x.K('other', 'two')} the unit was capped when the old range was taken out is that right
C: yes my landlord mister [[NAME:okoro]] had it taken out last week
A: okay so we'll need a technician to do a safety check and relight before the new stove is connected
C: the stove's being delivered on {delivery} can you come before that
A: let me see i have {visit} between {x.window(8, 12, 4)}
C: that works
A: and do you know the model of the new stove the tech likes to know
C: it's a g e {x.mdl('JGB###@@@@')}
A: perfect and is there a phone number for the day
C: [[PHONE:{x.phf(ph)}]]
A: let me read that back [[PHONE:{x.phf(ph, 'sd')}]]
C: yep
A: there's no charge for the relight the tech will be there for about {x.dur(45, 45, 'minutes')}
A: and please make sure an adult is home
C: it'll be me thank you [[NAME:marcus]]
A: you're welcome have a good day
"""


# ---- kitchen and bathroom fitters -------------------------------------------------------
@case("transcript")
def _(x):
    q = x.acct("Q-#####-@@")
    pc = gen_ukpc("GU1")
    card = x.card("mc")
    wrong = alter(card[4:8])
    e = x.expv()
    cvv = x.cvv()
    total = x.r(9, 18) * 1000 + x.r(1, 9) * 100
    return f"""
A: Good morning, Oakwood Kitchens, you're speaking with [[NAME:Sunita]].
C: Morning. It's [[NAME:Rupert Ashdown-Hale]], I've had a quote from your designer and I'd like to go ahead.
A: Wonderful. Have you got the quote reference?
C: [[ACCOUNT_NUMBER:{q}]].
A: Thank you. That's the shaker kitchen in sage green, {x.qty(3, 4, 'metres', True)} of oak worktop, total {x.pricev(total, '£')}.
C: That's the one.
A: To book the fitting we take a {x.pct(20, 30)} deposit today. Can I confirm the address for the fit?
C: [[ADDRESS:{x.hn(2, 90)} Pewley Hill, Guildford]], [[POSTCODE:{pc}]].
A: And the card for the deposit?
C: Yes, bear with me, it's in the other room.
C: Right. [[CARD_NUMBER#c:{card[:4]}]], [[CARD_NUMBER#c!:{wrong}]]... sorry, no, [[CARD_NUMBER#c:{card[4:8]}]], then [[CARD_NUMBER#c:{card[8:12]}]], [[CARD_NUMBER#c:{card[12:]}]].
A: So the second block is [[CARD_NUMBER#rb:{card[4:8]}]], not [[CARD_NUMBER#rb!:{wrong}]]?
C: Correct.
A: Expiry date?
C: [[EXPIRY:{x.expf(e)}]].
A: And the three-digit code?
C: [[CVV:{cvv}]].
A: Thank you, that's authorised. The fitters will be [[NAME:Piotr]] and [[NAME:Leon]], starting {x.date()}. The job is about {x.dur(5, 8, 'working days')}.
C: And the appliances come separately?
A: The oven, {x.mdl('B##@R##N#')}, and the hob come with the kitchen. The fridge is your own, isn't it?
C: Yes, it's only {x.age(2, 4, 'years old')}.
A: Perfect. Confirmation will go to the e-mail on your quote, [[EMAIL:rupert.ah@clara.co.uk]].
C: Great. Thanks, [[NAME:Sunita]].
"""


@case("asr")
def _(x):
    ssn = gen_ssn()
    wife4 = rdig(4)
    dob = x.dobv(1955, 1975)
    z = gen_zip("FL")
    ph = x.pus("FL")
    return f"""
A: bayside baths financing this is [[NAME:kendra]] am i speaking with [[NAME:leonard]]
C: yes this is [[NAME:leonard pastore]]
A: great i'm calling about the financing application for your bathroom remodel the walk in shower
C: yes the salesman said it'd be about {x.price(18000, 24000, '$', False)}
A: that's right i just need to finish a few details for the credit check can i get your social security number
C: sure [[SSN#s:{sd(ssn[:3])}]] um [[SSN#s:{sd(ssn[3:5])}]] and [[SSN#s!:{sd(alter(ssn[5:]))}]] no wait [[SSN#s:{sd(ssn[5:])}]]
A: so the last four are [[SSN:{sd(ssn[5:])}]]
C: that's it
A: and your date of birth
C: [[DOB:{x.dobf(dob, 'us')}]]
A: and the home address
C: [[ADDRESS:{x.hn(100, 9999)} bayshore boulevard tampa]] florida [[POSTCODE:{x.pcf(z)}]]
A: is your wife [[NAME:gloria]] applying with you
C: yes she said to give you her social it ends in [[SSN:{sd(wife4)}]] she'll call with the rest
A: okay that's fine we can do the joint part when she calls
A: what's your annual household income roughly
C: about {x.price(70000, 110000, '$', False)}
A: okay bear with me while i run this
A: thank you for holding you're approved for {x.dur(60, 60, 'months')} at {x.pct(6, 9, True)} apr that's about {x.price(320, 480, '$', True, 'a month')}
C: that's better than i thought
A: i'll email the documents what's the best email
C: [[EMAIL:lenny dot pastore at aol dot com]]
A: and a phone number in case we need you
C: [[PHONE:{x.phf(ph)}]]
A: great [[NAME:leonard]] you'll have the paperwork in {x.dur(24, 24, 'hours')}
"""


@case("asr")
def _(x):
    job = x.acct("J######")
    pc = gen_4pc(4000, 4179)
    return f"""
A: good afternoon coastline renovations you've got [[NAME:tegan]]
C: yeah g'day it's [[NAME:hamish dunlop]] you did our bathroom about {x.dur(5, 7, 'weeks')} ago and we've got problems
A: oh i'm sorry to hear that do you have the job number
C: it's [[ACCOUNT_NUMBER:{x.idf(job)}]]
A: thanks [[NAME:hamish]] and that's at [[ADDRESS:{x.hn()} latrobe terrace paddington]]
C: yeah that's us
A: what's happening
C: so {x.cnt(10, 16)} of the floor tiles have cracked right along the line near the shower and there's water coming through the ceiling downstairs
A: oh no okay that sounds like the waterproofing under the tiles
C: that's what my neighbour said he's a plumber
A: i'm going to get [[NAME:wade]] our site supervisor out to you has anyone used the shower since
C: we've been using the one in the laundry for the last {x.dur(3, 5, 'days')}
A: good keep doing that our work has a {x.dur(7, 7, 'year')} waterproofing warranty so this is on us
C: good because the water bill was {x.price(300, 480, 'A$', False)} this quarter
A: send us the bill and we'll look at that too can i confirm the postcode for the booking
C: [[POSTCODE:{x.pcf(pc)}]]
A: and the email
C: [[EMAIL:hamish dot dunlop at live dot com dot au]]
A: [[NAME:wade]] can come {x.date()} at {x.time(7, 9, 30)}
C: yeah someone will be home
A: great i'm really sorry about this [[NAME:hamish]] we'll get it fixed
"""


@case("transcript")
def _(x):
    pc = gen_4pc(8011, 8083)
    return f"""
A: Kia ora, Southern Kitchens, [[NAME:Aroha]] speaking.
C: Hi there, I'm after a design consultation for a new kitchen.
A: Lovely. Can I take your name?
C: [[NAME:Ngaio Whitcombe]]. That's [[NAME:N-G-A-I-O]].
A: Thanks, [[NAME:Ngaio]]. And the address?
C: [[ADDRESS:{x.hn(2, 300)} Papanui Road, Merivale, Christchurch]] [[POSTCODE:{pc}]].
A: Is it a full replacement or a refresh?
C: Full replacement. The kitchen's from about {x.yr(1978, 1992)}. The room's roughly {x.qty(4, 5, 'metres', True)} by {x.qty(3, 3, 'metres', True)}.
A: And a rough budget?
C: Somewhere around {x.price(25000, 40000, 'NZ$', False)}, I'd rather not go over.
A: That's very doable. Our designer [[NAME:Liesl]] can come out on {x.date()} at {x.time(10, 14, 0)}, it takes about {x.dur(90, 90, 'minutes')}.
C: Perfect.
A: What's the best e-mail for the confirmation?
C: [[EMAIL:ngaio.w@xtra.co.nz]].
A: And any particular brands for appliances?
C: I've got my eye on a Fisher & Paykel dishdrawer, the {x.mdl('DD##DTX#')}.
A: Good choice. [[NAME:Liesl]] will bring samples. Anything else?
C: No, that's great, thanks.
"""


@case("transcript")
def _(x):
    dob = x.dobv(1978, 1996)
    sid = gen_said(*dob, female=True)
    pc = gen_4pc(2193, 2196)
    bank = rdig(10, True)
    branch = rdig(6, True)
    total = x.r(60, 140) * 1000
    return f"""
A: Good day, Highveld Cabinets finance, [[NAME:Thabo]] speaking.
C: Hello, this is [[NAME:Nomvula Dlamini]]. The showroom said I must call to finish the finance for my kitchen.
A: Yes, I have your application here, Mrs [[NAME:Dlamini]]. I just need to verify a few things. Your ID number?
C: [[SSN:{sid}]].
A: Thank you. And the installation address?
C: [[ADDRESS:{x.hn(5, 200)} Jan Smuts Avenue, Parktown North, Johannesburg]], [[POSTCODE:{pc}]].
A: The kitchen comes to {x.pricev(total, 'R')}. With a {x.pct(10, 10)} deposit you'd pay the rest over {x.K('duration', str(rng.choice([24, 36])) + ' months')} at {x.pct(11, 15, True)}.
C: What would the instalment be?
A: About {x.price(2500, 4500, 'R', False, 'a month')}.
C: Okay, that's fine.
A: For the debit order, which bank account?
C: Account number [[ACCOUNT_NUMBER:{bank}]], branch code [[ACCOUNT_NUMBER:{branch}]].
A: And the debit date, the {x.day()} or the {x.day()}?
C: The first one, after payday.
A: Noted. The contract will go to your e-mail. Is it [[EMAIL:nomvula.dlamini@webmail.co.za]]?
C: Yes, that's it.
A: Once you sign, installation is about {x.dur(3, 4, 'weeks')} out. Our fitter [[NAME:Johan]] will phone you.
C: Thank you, [[NAME:Thabo]].
"""


# ---- car dealerships ---------------------------------------------------------------------
@case("transcript")
def _(x):
    ssn = gen_ssn()
    dob = x.dobv(1980, 2000)
    z = gen_zip("AZ")
    ph = x.pus("AZ")
    vin = x.acct("#@@@@##@#@@######")
    price = x.r(24, 36) * 1000 + x.r(0, 9) * 100
    down = x.r(2, 6) * 1000
    return f"""
A: Lakeside Motors, finance department, this is [[NAME:Dale]].
C: Hi [[NAME:Dale]], [[NAME:Marisela Ortega-Ruiz]]. I test drove the Highlander yesterday and the salesman said to call you for the credit application.
A: Great, I have the vehicle here, stock number {x.oth('T####')}, VIN [[ACCOUNT_NUMBER:{vin}]], {x.qty(11000, 29000, 'miles')}, listed at {x.pricev(price, '$')}. Sound right?
C: That's it.
A: Let's do the application. Social Security number?
C: [[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]].
A: Date of birth?
C: [[DOB:{x.dobf(dob, 'us')}]].
A: Home address?
C: [[ADDRESS:{x.hn(100, 9999)} East Camelback Road, Unit {x.hn(1, 40)}, Phoenix]], Arizona [[POSTCODE:{z}]].
A: How long have you lived there?
C: About {x.dur(3, 6, 'years')}.
A: Best phone?
C: [[PHONE:{x.phf(ph)}]].
A: And e-mail?
C: [[EMAIL:m.ortegaruiz@icloud.com]].
A: Employer and monthly income?
C: Desert Valley Dental, I'm a hygienist, about {x.price(5000, 7000, '$', False)} a month.
A: Thank you. How much are you putting down?
C: {x.pricev(down, '$')}, and I'd like to keep the term to {x.dur(60, 60, 'months')} if I can.
A: Okay, bear with me while I submit it.
A: Good news, you're approved at {x.pct(5, 8, True)} APR. That's {x.price(420, 560, '$', True)} a month on {x.pricev(price - down, '$')} financed.
C: Great. When can I pick it up?
A: Tomorrow after {x.time(10, 12, 0)}. Bring your license and proof of insurance, and we'll text [[PHONE:{x.phf(ph)}]] when it's detailed.
C: Perfect, thank you so much.
"""


@case("asr")
def _(x):
    plate = gen_tmpl("@@## @@@")
    dl = gen_tmpl("ODUYA%#####@@#@@")
    pc = gen_ukpc("LE3")
    ph = x.puk("mob")
    return f"""
A: hello you're through to motorhub part exchange [[NAME:jordan]] speaking
C: hi [[NAME:jordan]] i want to get a valuation on my car before i trade it in
A: no problem what's the registration
C: [[ACCOUNT_NUMBER:{x.idf(plate, phon=0.4)}]]
A: thank you so that's a volkswagen {x.K('model_number', 'golf one point five tsi')} from {x.yr(2017, 2020)} in grey
C: that's the one
A: and roughly what's the mileage
C: about {x.qty(38000, 52000, 'miles')}
A: any damage or warning lights
C: there's a scuff on the rear bumper and the tyre pressure light comes on now and then
A: okay and is the car in your name
C: it's in my wife's name actually [[NAME:precious oduya]] i'm [[NAME:keith]]
A: that's fine she'll just need to be there to sign or give us a letter
A: so based on that the online guide price is {x.price(9000, 12500, '£', False)} subject to inspection
C: hmm i was hoping for more than that
A: the inspector might go higher if the service history's full
C: it is full every year at the main dealer
A: great can i book you in for the inspection
C: yes please
A: we've got {x.date()} at {x.time(9, 16, 30)}
C: lovely
A: can i take the postcode for the branch nearest you
C: [[POSTCODE:{x.pcf(pc)}]]
A: the leicester branch then and a mobile number
C: [[PHONE:{x.phf(ph)}]]
A: and for the paperwork could you bring your wife's driving licence the number would be handy now too
C: hang on she's here she says it's [[ACCOUNT_NUMBER:{x.idf(dl)}]]
A: lovely that's all booked see you then
"""


@case("asr")
def _(x):
    lease = x.acct("L########")
    sin = gen_sin()
    dob = x.dobv(1982, 1998)
    pc = gen_capc("K")
    ph = x.pus("ON")
    return f"""
A: good morning capital honda leasing this is [[NAME:marc andre]]
C: hi my lease is ending next month and i want to return the car and lease a new one
A: perfect can i have the lease account number
C: [[ACCOUNT_NUMBER:{x.idf(lease)}]]
A: and your name
C: [[NAME:ayesha siddiqui]]
A: thank you [[NAME:ayesha]] so that's the {x.yr(2021, 2022)} civic and the lease ends {x.date()}
C: yes and i'm a bit over the kilometres
A: how many are on it now
C: about {x.qty(72000, 78000, 'kilometres')}
A: okay your allowance was {x.qty(60000, 60000, 'kilometres')} so the extra would be charged at {x.cents(8, 12, '$', 'a kilometre')}
C: ouch okay but if i lease another one with you can that be waived
A: often yes if you stay with us i'll put a note for the sales manager for the new lease we'll need to run a credit check can i have your sin
C: sure it's [[SSN#s:{sd(sin[:3])} {sp2(sin[3:5])} {sd(sin[5])}]] hold on [[SSN#s:{sd(sin[6:])}]]
A: and date of birth
C: [[DOB:{x.dobf(dob, 'us')}]]
A: and you're still at [[ADDRESS:{x.hn(100, 1800)} bank street ottawa]]
C: yes
A: postal code
C: [[POSTCODE:{x.pcf(pc)}]]
A: and the best number
C: [[PHONE:{x.phf(ph)}]]
A: great i'll book you in with [[NAME:jean luc]] on {x.date()} at {x.time(10, 17, 0)} bring both sets of keys
C: thanks [[NAME:marc andre]]
"""


@case("transcript")
def _(x):
    pan = gen_pan("R")
    aad = gen_aadhaar()
    pin = gen_pin("5600")
    bk = x.acct("BLR-#######")
    return f"""
A: Good afternoon, Marathahalli Motors, this is [[NAME:Karthik]]. How may I help you?
C: Hi [[NAME:Karthik]], I'm [[NAME:Devika Raghunathan]]. I want to book the SUV I test drove on Saturday.
A: Wonderful, ma'am. That was the {x.mdl('XUV### AX#')} in white?
C: Yes, the diesel automatic.
A: The on-road price is {x.price(2200000, 2700000, '₹', False)}, and the booking amount is {x.price(21000, 21000, '₹', False)}. The waiting period is about {x.dur(8, 12, 'weeks')}.
C: That's okay. What do you need from me?
A: For the booking, your PAN and Aadhaar, please.
C: PAN is [[SSN:{pan}]].
A: And Aadhaar?
C: [[SSN:{aad[:4]} {aad[4:8]} {aad[8:]}]].
A: Thank you. And the registration address?
C: [[ADDRESS:Flat {x.hn(101, 904)}, Green Meadows Apartments, {ord_t(x.r(2, 16))} Cross, Indiranagar, Bengaluru]] [[POSTCODE:{pin}]].
A: E-mail for the booking receipt?
C: [[EMAIL:devika.r@outlook.in]].
A: Done, ma'am. Your booking ID is [[ACCOUNT_NUMBER:{bk}]]. Our finance executive, [[NAME:Sanjana]], will call you about the loan.
C: Interest rate?
A: Currently from {x.pct(8, 9, True)} for {x.dur(5, 7, 'years')}.
C: Okay. Thank you.
"""


@case("asr")
def _(x):
    plate = gen_tmpl("@@@##@")
    dl = rdig(8, True)
    dob = x.dobv(1990, 2002)
    return f"""
A: morning southside toyota service [[NAME:dylan]] speaking
C: hi i need to book my car in for a service and i'll need a loan car if you've got one
A: no worries what's the rego
C: [[ACCOUNT_NUMBER:{x.idf(plate)}]]
A: and that's a corolla for [[NAME:imogen fairweather]]
C: that's me
A: what are the kays on it
C: about {x.qty(58000, 62000, 'k')}
A: so that's the {x.qty(60000, 60000, 'k')} service it's {x.price(320, 420, 'A$', False)} capped price
C: yep that's fine
A: i can do {x.date()} drop off from {x.time(7, 8, 30)}
C: perfect and the loan car
A: i've got one for that day for the loan car i need your licence number and date of birth because the driver has to be over {x.K('other', nw(x.r(21, 25)))} for our insurance
C: licence is [[ACCOUNT_NUMBER:{spm(dl)}]]
A: and date of birth
C: [[DOB:{x.dobf(dob)}]]
A: great you're all good there's a {x.price(2000, 3000, 'A$', False)} excess on the loan car if anything happens
C: fair enough
A: and what's the best email for the booking
C: [[EMAIL:imogen dot fairweather at gmail dot com]]
A: beauty we'll see you {x.date()} [[NAME:imogen]]
C: hang on is that the same day you said
A: sorry my mistake it's the day i said first i clicked the wrong box
C: no dramas see you then
"""


# ---- electric vehicle charging -----------------------------------------------------------
@case("asr")
def _(x):
    m = x.menu(3)
    rfid = x.acct("VW########")
    card = x.card("visa")
    return f"""
I: welcome to voltway charging if you're at a charger now press {m[0]} for your account press {m[1]} for anything else press {m[2]}
I: please hold while we connect you to an advisor
A: hello voltway you're speaking to [[NAME:niamh]] are you at a charger now
C: yeah i'm at the services on the {x.K('other', 'm ' + nw(x.r(1, 6)))} and it's taken my money but it's not charging
A: oh no okay can you read me the charger id it's on the sticker above the screen
C: {x.K('other', 'v w ' + sd(rdig(5, True)))}
A: and which connector are you on
C: the left one connector {x.num_other(1, 2)}
A: and what does the screen say
C: error {x.K('other', 'e ' + sd(rdig(3, True)))} then it just restarts
A: right i can see the session it's only delivered {x.qty(0, 1, 'kilowatt hours', True)} i'm going to reset it remotely give me {x.dur(2, 2, 'minutes')}
C: okay
A: is it showing charging now
C: yes it's going now it says {x.qty(120, 150, 'kilowatts')}
A: brilliant can i just take your name for the notes
C: [[NAME:obinna eze]]
A: and are you using the app or the card
C: the card the number on the back is [[ACCOUNT_NUMBER:{x.idf(rfid)}]]
A: thank you so i'll refund the failed session that was {x.price(3, 9, '£', True)} back to your card ending
C: [[CARD_NUMBER:{sd(card[-4:])}]]
A: yep that's the one it'll show in {x.dur(3, 5, 'days')}
A: and the charge now is {x.cents(49, 79, '£', 'a kilowatt hour')}
C: okay cheers [[NAME:niamh]]
"""


@case("transcript")
def _(x):
    z = gen_zip("CO")
    office = x.pus("CO")
    ext = rdig(4, True)
    card = x.card("discover")
    e = x.expv()
    cvv = x.cvv()
    return f"""
A: Thanks for calling Peak Electric, this is [[NAME:Lorena]]. Are you calling about a charger install?
C: Yes. We just bought an EV and I want a Level {x.K('other', str(x.r(2, 2)))} charger put in the garage.
A: Great. Can I get your name and address?
C: [[NAME:Chadwick Boateng]], [[ADDRESS:{x.hn(100, 9999)} South Gaylord Street, Denver]], Colorado [[POSTCODE:{z}]].
A: Thanks. Do you know the size of your electrical panel?
C: It says {x.qty(200, 200, 'amps')} on the door.
A: Perfect, then a {x.qty(48, 48, 'amp')} circuit should be fine. Which charger did you buy?
C: The {x.mdl('CPH##-L##')}.
A: Good choice. The install is {x.price(900, 1400, '$', False)} plus the city permit, about {x.price(75, 150, '$', False)}.
C: Okay. Can you do next week?
A: I have {x.date()}, arriving between {x.window(8, 13, 2)}. Is there a phone the electrician can reach you on?
C: My office, [[PHONE#o:{x.phf(office)}]], extension [[PHONE#o+:{ext}]].
A: Got it. We take a deposit of {x.price(200, 200, '$', False)} to hold the date. Card number?
C: [[CARD_NUMBER:{x.cardf(card)}]].
A: Expiration and security code?
C: [[EXPIRY:{x.expf(e)}]], and [[CVV:{cvv}]].
A: Thank you, Mr. [[NAME:Boateng]]. You'll get a confirmation text, and the electrician will call [[PHONE#r:{x.phf(office)}]], extension [[PHONE#r+:{ext}]], the day before.
C: Sounds good.
"""


@case("asr")
def _(x):
    mem = x.acct("EC########")
    eir = gen_eircode("D6W")
    card = x.card("mc")
    e = x.expv(expired=True)
    e2 = x.expv()
    cvv = x.cvv()
    return f"""
A: good afternoon echarge ireland you're speaking with [[NAME:cian]]
C: hi [[NAME:cian]] it's [[NAME:fionnuala gallagher]] my membership payment failed and now the app won't let me charge
A: okay we'll sort that out for you have you your membership number
C: i do [[ACCOUNT_NUMBER:{x.idf(mem, pairs=True)}]]
A: thanks [[NAME:fionnuala]] and just to confirm your eircode
C: [[POSTCODE:{x.pcf(eir)}]]
A: grand so i can see the card on file expired it was the one ending in [[CARD_NUMBER:{sd(card[-4:])}]] expiry [[EXPIRY:{x.expf(e, 'mmyy')}]]
C: that's right i have a new one since
A: go ahead with the new card so
C: it's the same number just a new date
A: oh okay grand what's the new expiry
C: [[EXPIRY:{x.expf(e2)}]]
A: and the security code on the new card
C: [[CVV:{x.cvvf(cvv)}]]
A: lovely that's updated i'll retry the payment it's {x.price(4, 9, '€', True, 'a month')}
C: is that the same as before
A: it is and your member rate on the fast chargers is {x.cents(39, 59, '€', 'a kilowatt hour')}
C: okay and the charger in the shopping centre in terenure has been broken for {x.dur(2, 3, 'weeks')}
A: i'll log that do you know the charger number
C: it's {x.K('other', 'd u b ' + sd(rdig(3, True)))}
A: thanks i've raised it with the engineers anything else
C: no that's it thanks
"""


@case("asr")
def _(x):
    fleet = x.acct("FL#####")
    r1, r2 = x.acct("NZ#######"), x.acct("NZ#######")
    pc = gen_4pc(5010, 5036)
    return f"""
A: kia ora chargenet fleet services this is [[NAME:hemi]]
C: morning [[NAME:hemi]] it's [[NAME:rangi parata]] i manage the vans for harbourside plumbing
A: morning [[NAME:rangi]] what can i do for you
C: we've got new drivers starting monday and i need charge cards for them
A: sure what's the fleet account number
C: [[ACCOUNT_NUMBER:{x.idf(fleet)}]]
A: thanks and the drivers names
C: first one is [[NAME:kauri mitchell]] and the second one is [[NAME:sione tupou]] that's [[NAME:s i o n e t u p o u]]
A: got it do you want the same limit as the others
C: yeah {x.price(300, 400, 'NZ$', False)} a week each
A: okay i've made the cards the numbers are [[ACCOUNT_NUMBER:{x.idf(r1)}]] for [[NAME:kauri]] and [[ACCOUNT_NUMBER:{x.idf(r2)}]] for [[NAME:sione]]
C: and they'll come to the depot
A: they'll go to [[ADDRESS:{x.hn(2, 90)} hutt road kaiwharawhara wellington]] [[POSTCODE:{x.pcf(pc)}]] is that still right
C: yep that's us
A: they'll be there in {x.dur(3, 5, 'working days')} in the meantime they can use the app
C: sweet and can you send the invoices to a different email from now on
A: sure what is it
C: [[EMAIL:accounts at harbourside plumbing dot co dot nz]]
A: done anything else
C: nah that's it cheers [[NAME:hemi]]
"""


# ---- parcel lockers -----------------------------------------------------------------------
@case("transcript")
def _(x):
    ph = x.puk("mob")
    pc = gen_ukpc("N16")
    code = rdig(6, True)
    return f"""
A: ParcelPoint lockers, [[NAME:Beatrix]] speaking. How can I help?
C: Hi. I'm standing at the locker and the code I was sent isn't working.
A: Sorry about that. Can I have the tracking number?
C: {x.trk(16)}.
A: Thank you. And which locker are you at? There's a number on the top of the screen.
C: It says locker {x.oth('####')}, outside the Co-op on Stoke Newington Church Street.
A: Okay. And the code you're entering?
C: {x.K('other', code)}. It says invalid.
A: Right, I can see why. The parcel was moved to the next locker along because that one was full. Can I confirm your name and the phone number the text went to?
C: [[NAME:Nathaniel Osei]], and it's [[PHONE:{x.phf(ph)}]].
A: Thanks, Mr. [[NAME:Osei]]. And your home postcode, for security?
C: [[POSTCODE:{pc}]].
A: Perfect. I'm sending a new code to [[PHONE:{x.phf(ph, 'a')}]] now. It's for compartment {x.oth('@##')} in locker {x.oth('####')}, which is inside the station, about {x.qty(200, 300, 'metres')} up the road.
C: Got it. Is it open all night?
A: The station locker is open {x.time(5, 6, 0)} to midnight. Your parcel will stay there for {x.dur(72, 72, 'hours')}.
C: Okay, I'll go now. Thanks, [[NAME:Beatrix]].
"""


@case("transcript")
def _(x):
    order = x.acct("#########")
    pc = gen_capc("V")
    return f"""
A: Hi, you've reached Maplecart returns, this is [[NAME:Kwame]]. What can I do for you?
C: Hi [[NAME:Kwame]], I want to return a pair of boots through one of the parcel lockers.
A: Sure. What's the order number?
C: [[ACCOUNT_NUMBER:{order}]].
A: And the name on the order?
C: [[NAME:Anneliese Brandt]].
A: Thanks. I see the boots, size {x.K('other', str(x.r(6, 11)))}, {x.price(129, 219, '$', True)}. What's the reason for the return?
C: They're half a size too small.
A: No problem. Do you want an exchange or a refund?
C: A refund, please.
A: Okay. I'll e-mail a QR code you scan at the locker. Is the e-mail still [[EMAIL:anneliese.brandt@shaw.ca]]?
C: Yes.
A: And to find your nearest locker, what's your postal code?
C: [[POSTCODE:{pc}]].
A: The closest is at the pharmacy on Commercial Drive, about {x.qty(1, 2, 'km', True)} from you. Drop it off within {x.dur(14, 14, 'days')}.
C: When do I get the money back?
A: Once the parcel is scanned, {x.dur(5, 7, 'business days')}, to the card ending [[CARD_NUMBER:{x.card('visa')[-4:]}]].
C: Great, thanks.
"""


@case("asr")
def _(x):
    dl = rdig(9, True)
    dob = x.dobv(1985, 2003)
    pc = gen_4pc(3000, 3207)
    return f"""
A: hi thanks for calling smartlocker australia this is [[NAME:shannon]]
C: hi i'm trying to register for the lockers but the app keeps asking me to verify my age
A: yes that's for parcels with age restricted items like alcohol we just need to check your id can i get your full name
C: [[NAME:lachlan o'rourke]]
A: thanks [[NAME:lachlan]] and your date of birth
C: [[DOB:{x.dobf(dob)}]]
A: and can i get your driver licence number
C: yep it's [[ACCOUNT_NUMBER#dl:{sd(dl[:3])}]] um [[ACCOUNT_NUMBER#dl:{sd(dl[3:])}]]
A: and the card number on the licence as well it's the short one on the back
C: [[ACCOUNT_NUMBER:{x.idf(x.acct('@@######'))}]]
A: thank you and your residential address
C: [[ADDRESS:unit {x.hn(1, 20)} {x.hn(2, 300)} sydney road brunswick]] [[POSTCODE:{x.pcf(pc)}]]
A: lovely that's verified
A: you can now pick a home locker the closest one to you is at the train station it's open {x.dur(24, 24, 'hours')}
C: perfect and do i get a text when something arrives
A: you'll get a push notification and an email to [[EMAIL:lachie dot orourke at gmail dot com]]
C: yep that's mine
A: parcels stay in the locker for {x.dur(2, 3, 'days')} before they go back to the post office
C: no worries thanks [[NAME:shannon]]
"""


@case("asr")
def _(x):
    trk = luhn_fail(rdig(18, True))
    ph = x.pus("GA")
    z = gen_zip("GA")
    m = x.menu(3)
    pin = rdig(6, True)
    return f"""
I: thanks for calling quickbox lockers to track a parcel press {m[0]} for locker problems press {m[1]} to speak to someone press {m[2]}
I: please say or enter your tracking number
C: {x.K('other', odd_groups(trk))}
I: thank you please enter the phone number the parcel was sent to
C: [[PHONE:{odd_groups(ph)}]]
I: you entered [[PHONE:{sd(ph, zero='zero')}]] if that's correct press {m[0]}
I: your parcel is ready for collection at the locker at peachtree center your pickup pin is {x.K('other', sd(pin))}
I: to hear that again press {m[1]} to speak to someone press {m[2]}
A: hi this is [[NAME:jamal]] at quickbox how can i help
C: yeah the machine said my pin but the door it opened was empty
A: oh no okay i'm sorry can i have your name
C: [[NAME:latoya greenidge]]
A: and the zip code on the account
C: [[POSTCODE:{sd(z)}]]
A: thanks so which door opened
C: door {x.num_other(10, 48)} on the left side
A: okay i can see the courier scanned it into door {x.num_other(10, 48)} so it might be in the wrong one i'll open that remotely now
C: oh there it is it just popped open
A: great is that your parcel
C: yes that's it thank you [[NAME:jamal]]
"""


# ---- university accommodation offices ----------------------------------------------------
@case("asr")
def _(x):
    sid = rdig(8, True)
    dob = x.dobv(2005, 2005)
    mdob = x.dobv(1968, 1980)
    mum = x.puk("man")
    pc = gen_ukpc("M14")
    return f"""
A: hello university accommodation office [[NAME:hollie]] speaking
C: hi i've got an offer for halls but i need to change my room type
A: okay can i have your student id number
C: it's [[ACCOUNT_NUMBER:{sd(sid)}]]
A: and your name and date of birth please
C: [[NAME:zainab rahman]] and it's [[DOB:{x.dobf(dob)}]]
A: lovely so you've been given a standard room in owens park room {x.room(101, 450)}
C: yeah i wanted an en suite if there's any left
A: there are a few left the en suite is {x.price(170, 199, '£', False, 'a week')} compared to {x.price(130, 160, '£', False, 'a week')} for the standard
C: that's fine my mum's paying she's here with me actually
A: okay i'll need to set her up as the guarantor can i speak to her
C: hello this is her mum [[NAME:farhana rahman]]
A: hello mrs [[NAME:rahman]] as guarantor i'll need your date of birth and a phone number
C: it's [[DOB:{x.dobf(mdob, how='ordof')}]] and my number is [[PHONE:{x.phf(mum)}]] that's my work number
A: and your home address
C: [[ADDRESS:{x.hn(10, 400)} wilmslow road rusholme manchester]] [[POSTCODE:{x.pcf(pc)}]]
A: and is [[NAME:zainab]] living there too
C: yes that's the family home
A: perfect so that's the en suite from {x.date()} on a {x.dur(42, 51, 'week')} contract
C: and the deposit
A: {x.price(200, 300, '£', False)} taken when you sign the contract the link goes to [[NAME:zainab]] at the student email
C: is that [[EMAIL:zainab dot rahman at student dot manchester dot ac dot uk]]
A: that's it
C: lovely thank you so much
"""


@case("transcript")
def _(x):
    sno = rdig(8, True)
    iban = gen_iban("IE", "AIBK", 14)
    dep = x.r(40, 50) * 10
    dmg = x.r(3, 12) * 10
    return f"""
A: Good morning, Campus Residences, [[NAME:Aisling]] speaking.
C: Hi, I moved out of Glasnevin village in May and I still haven't got my deposit back.
A: Sorry about that. What's your student number?
C: [[ACCOUNT_NUMBER:{sno}]].
A: And your name?
C: [[NAME:Oisín Brennan]].
A: Thanks, [[NAME:Oisín]]. I can see you were in apartment {x.room(1, 60)}, bedroom {x.num_other(1, 6)}.
C: Yeah, that's right.
A: The deposit was {x.pricev(dep, '€')}. There's a deduction of {x.pricev(dmg, '€')} for a stained carpet, so {x.pricev(dep - dmg, '€')} is due back. It didn't go out because we don't have bank details on file.
C: Ah. Can I give them to you now?
A: Please. The IBAN?
C: [[ACCOUNT_NUMBER:{iban}]].
A: And the BIC?
C: {x.oth('AIBKIE%D')}.
A: Thank you. I'll read the IBAN back: [[ACCOUNT_NUMBER:{iban}]].
C: That's it.
A: Great. It'll go out in the next payment run, {x.date()}. I'll send confirmation to your student e-mail, [[EMAIL:oisin.brennan{x.r(2, 9)}@mail.dcu.ie]].
C: Thanks a million.
"""


@case("transcript")
def _(x):
    pp = x.acct("@#######")
    dob = x.dobv(2004, 2006)
    pin = gen_pin("6000")
    app = x.acct("RES-######")
    return f"""
A: Good morning, Lakeshore University Residence, this is [[NAME:Geneviève]]. How can I help?
C: Good morning, ma'am. I am an incoming international student from India. My name is [[NAME:Harshvardhan Iyer]].
A: Welcome, [[NAME:Harshvardhan]]! Do you have your residence application number?
C: Yes, [[ACCOUNT_NUMBER:{app}]].
A: Thank you. For security, your date of birth?
C: [[DOB:{x.dobf(dob, 'uk', 'long')}]].
A: Great. What can I help with?
C: My flight lands on {x.date()} but the move-in date is later. Can I arrive early?
A: Early arrival is possible for {x.price(45, 65, '$', False)} a night. What's your flight?
C: {x.flt('AC')} from Delhi, landing at {x.time(6, 9, 30)}.
A: Okay. I'll need your passport number for the early arrival list.
C: [[ACCOUNT_NUMBER:{pp}]].
A: And your home address in India, for our records?
C: [[ADDRESS:{x.hn(2, 120)}, {ord_t(x.r(2, 6))} Main Road, Besant Nagar, Chennai]] [[POSTCODE:{pin}]].
A: Thank you. You're in building {x.K('other', str(x.r(2, 9)))}, a single room with the {x.cnt(14, 19)}-meal plan.
C: Is the meal plan included in the fee?
A: Yes, the total for the year is {x.price(14000, 17000, '$', False)}, and the first instalment is due {x.date()}.
C: Okay, thank you.
A: I'll e-mail you the early arrival form. Is it [[EMAIL:harsh.iyer@gmail.com]]?
C: Yes, ma'am.
"""


@case("asr")
def _(x):
    sid = rdig(7, True)
    dob = x.dobv(2005, 2006)
    ird = gen_ird()
    return f"""
A: kia ora university halls this is [[NAME:mereana]]
C: hi i'm moving into hall next month and studylink says i need a letter from you for the accommodation benefit
A: no worries can i get your student id
C: [[ACCOUNT_NUMBER:{spm(sid)}]]
A: and your name and date of birth
C: [[NAME:tama ruawai]] [[DOB:{x.dobf(dob)}]]
A: thanks [[NAME:tama]] so you're in arahiwi house room {x.room(101, 420)}
C: yeah that's right
A: the letter needs your ird number on it have you got that
C: yep hang on it's [[SSN#ird:{sd(ird[:3])}]] um [[SSN#ird:{sd(ird[3:])}]]
A: thank you so i'll write that the weekly fee is {x.price(380, 460, 'NZ$', False)} including meals
C: does it need my mum's name too she's paying some of it
A: only if she's signing the guarantee what's her name
C: [[NAME:huia ruawai]]
A: okay i'll add her i'll email the letter to your uni email in about {x.dur(2, 3, 'days')}
C: sweet as thanks heaps
"""


@case("transcript")
def _(x):
    dob = x.dobv(2005, 2006)
    sid = gen_said(*dob, female=False)
    stno = rdig(8, True)
    pc = gen_4pc(5099, 5117)
    return f"""
A: Good afternoon, Student Housing, [[NAME:Palesa]] speaking.
C: Hi, this is Mrs. [[NAME:Ndlovu]] calling for my son. He applied for residence and hasn't heard anything.
A: I can check for you. What is your son's name and student number?
C: [[NAME:Sibusiso Ndlovu]], student number [[ACCOUNT_NUMBER:{stno}]].
A: And his ID number, please?
C: [[SSN:{sid}]].
A: Thank you. And your own name, for the record?
C: [[NAME:Thandiwe Ndlovu]], I'm his guardian on the form.
A: Thank you, Mrs [[NAME:Ndlovu]]. His application is on the waiting list, position {x.num_other(20, 60)}. Most students up to about position {x.num_other(80, 90)} get a place by the start of term.
C: Is there anything we can do to move it up?
A: If his home is more than {x.qty(100, 100, 'km')} from campus he gets priority. What's the home address?
C: [[ADDRESS:{x.hn(2, 400)} Nelson Mandela Drive, Mthatha]], [[POSTCODE:{pc}]].
A: That qualifies. I'll mark him as priority. The fee is {x.price(48000, 62000, 'R', False)} for the year, and there's a {x.pct(5, 5)} discount if paid before {x.date()}.
C: Thank you so much. Where will you send the offer?
A: To his student e-mail and to [[EMAIL:t.ndlovu@telkomsa.net]], the guardian e-mail on the form.
C: Perfect.
"""


# ---- pension transfers --------------------------------------------------------------------
@case("transcript")
def _(x):
    ni = gen_ni()
    dob = x.dobv(1960, 1972)
    plan = x.acct("PP########")
    old = x.acct("########@")
    pc = gen_ukpc("PR1")
    val = x.r(40, 190) * 1000 + x.r(1, 999)
    return f"""
A: Good morning, Evergreen Pensions, [[NAME:Kofi]] speaking.
C: Hello, [[NAME:Geraldine Fairclough]] here. I'd like to transfer an old workplace pension into my plan with you.
A: Of course. Can I take your plan number first?
C: [[ACCOUNT_NUMBER:{plan}]].
A: Thank you. For security, your date of birth and National Insurance number?
C: [[DOB:{x.dobf(dob)}]], and the NI number is [[SSN:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]].
A: Thank you, that's all correct. Who's the old pension with?
C: It's with Northern Mutual, policy number [[ACCOUNT_NUMBER:{old}]]. The statement says the transfer value is {x.pricev(val, '£')}.
A: And is it a defined contribution pot, not a final salary scheme?
C: Defined contribution, yes.
A: Good, then there's no need for advice. Our annual charge is {x.pct(0, 0, True)}, and there's no exit fee from your old provider?
C: They said there isn't one.
A: Great. Is your address still [[ADDRESS:{x.hn(2, 99)} Fishergate Hill, Preston]], [[POSTCODE:{pc}]]?
C: It is.
A: Then I'll send the transfer form there and by e-mail. Transfers usually take {x.dur(2, 6, 'weeks')}.
C: Lovely. And my e-mail's [[EMAIL:geraldine.fairclough@talktalk.net]].
A: Perfect. So, a transfer of about {x.pricev(val, '£')} from policy [[ACCOUNT_NUMBER:{old}]] into plan [[ACCOUNT_NUMBER:{plan}]]. Anything else?
C: No, that's it. Thank you, [[NAME:Kofi]].
"""

@case("asr")
def _(x):
    ni = gen_ni()
    dob = x.dobv(1963, 1975)
    ref = x.acct("@@/######")
    oldpc = gen_ukpc("G12")
    newpc = gen_ukpc("KY16")
    ph = x.puk("mob")
    return f"""
A: good afternoon caledonian staff pension scheme you're through to [[NAME:bronwen]]
C: hello there i want to transfer my pension out i left the company years ago
A: no problem at all can i take your name
C: [[NAME:alasdair mcphee]]
A: and your member reference it's on your annual statement
C: [[ACCOUNT_NUMBER:{x.idf(ref, dash='slash')}]]
A: thank you and your national insurance number
C: my my national insurance is [[SSN#n:{x.idf(ni[:2], phon=1.0)} {sp2(ni[2:8])}]] um [[SSN#n:{ni[8].lower()}]]
A: and your date of birth
C: [[DOB:{x.dobf(dob)}]]
A: thank you [[NAME:alasdair]] i have an old address for you in glasgow [[ADDRESS:{x.hn(2, 300)} hyndland road glasgow]]
C: aye that's years out of date i'm in st andrews now
A: what's the new address
C: [[ADDRESS:{x.hn(2, 120)} north street st andrews]] [[POSTCODE:{x.pcf(newpc)}]]
A: and the old postcode just so i can match the records
C: oh [[POSTCODE:{x.pcf(oldpc)}]] i think
A: that matches grand i'll update that
A: so your transfer value as at {x.date()} was {x.price(60000, 95000, '£', False)}
C: and how long does it take
A: once we have the forms from the receiving scheme about {x.dur(4, 8, 'weeks')}
A: and because it's over {x.price(30000, 30000, '£', False)} from a defined benefit scheme you'll need to take regulated advice first
C: aye my adviser mentioned that
A: can i take a phone number in case we need you
C: [[PHONE:{x.phf(ph)}]]
A: lovely i'll send the pack out today
"""


@case("asr")
def _(x):
    tfn = gen_tfn()
    mem = rdig(9, True)
    dob = x.dobv(1970, 1988)
    return f"""
A: good morning harbourline super [[NAME:jacinta]] speaking
C: morning i want to roll over an old super account into this one
A: easy can i get your member number
C: [[ACCOUNT_NUMBER:{spm(mem)}]]
A: and your name and date of birth
C: [[NAME:warrick poulos]] [[DOB:{x.dobf(dob, how='monthord')}]]
A: thanks [[NAME:warrick]] which fund is the old account with
C: it's with coastal workers super i was there when i was labouring about {x.dur(10, 15, 'years')} ago
A: and do you know the balance
C: last statement said {x.price(8000, 14000, 'A$', False)}
A: okay to find it and roll it over we'll need your tax file number
C: yep [[SSN#t:{sd(tfn[:3])}]] sorry [[SSN#t:{sd(tfn[3:6])} {homo(sd(tfn[6:]), 'two')}]]
A: let me read that back [[SSN:{sd(tfn[:3])} {sd(tfn[3:6])} {sd(tfn[6:])}]]
C: yep that's it
A: and the old fund's usi it's the long number on their statements
C: {x.trk(14)}
A: thank you it usually takes {x.dur(3, 5, 'business days')} and there's no exit fees these days
C: good and can you send me something to say it's done
A: sure is the email still [[EMAIL:warrick dot poulos at iinet dot net dot au]]
C: yep
A: and the postal address [[ADDRESS:{x.hn(2, 150)} walcott street mount lawley]] [[POSTCODE:{x.pcf(gen_4pc(6050, 6059))}]]
C: that's the one
A: too easy you'll get a letter in {x.dur(1, 2, 'weeks')} have a good one [[NAME:warrick]]
"""


@case("asr")
def _(x):
    pps = gen_pps()
    dob = x.dobv(1958, 1970)
    pol = x.acct("PR#######")
    eir = gen_eircode("R95")
    return f"""
A: good morning shannon life and pensions [[NAME:eoin]] speaking
C: good morning i want to move my prsa over to the company my son works for they have better charges
A: okay i can help with that can i have your policy number
C: [[ACCOUNT_NUMBER:{x.idf(pol, pairs=True)}]]
A: and your name please
C: [[NAME:bernadette kinsella]]
A: and for security your date of birth and pps number
C: [[DOB:{x.dobf(dob, how='ordof')}]] and the pps is [[SSN:{x.idf(pps)}]]
A: thank you mrs [[NAME:kinsella]] you're at [[ADDRESS:{x.hn(1, 80)} patrick street kilkenny]]
C: that's right
A: and the eircode
C: [[POSTCODE:{x.pcf(eir, phon=0.5)}]]
A: lovely so the fund value today is {x.price(40000, 70000, '€', False)} and our annual charge is {x.pct(1, 1, True)}
C: they're charging {x.pct(0, 0, True)} so you can see why
A: i do there's no penalty for moving it after {x.dur(5, 5, 'years')} and you've had it since {x.yr(2001, 2010)}
C: great so what do i do
A: the new provider sends us a transfer request and we send the money within {x.dur(10, 15, 'working days')}
C: is there anything i have to sign
A: just the discharge form i'll post it to you today
C: thanks very much [[NAME:eoin]]
"""


@case("transcript")
def _(x):
    sin = gen_sin()
    dob = x.dobv(1958, 1966)
    old = x.acct("RSP-#######")
    new = x.acct("##-######-#")
    pc = gen_capc("R")
    ph = x.pus("MB")
    return f"""
A: Good afternoon, Prairie Trust, this is [[NAME:Marguerite]]. How can I help you today?
C: Hi, [[NAME:Tobias Lindgren]] here. I'm retiring next year and I want to move my RRSP from the bank to you.
A: Wonderful. Do you already have an account with us?
C: Yes, a TFSA. The account number is [[ACCOUNT_NUMBER:{new}]].
A: Thank you. For security, your date of birth?
C: [[DOB:{x.dobf(dob, 'us', 'long')}]].
A: And to fill in the transfer form I'll need your SIN.
C: [[SSN:{sin[:3]} {sin[3:6]} {sin[6:]}]].
A: Thank you. And the RRSP account at the bank?
C: [[ACCOUNT_NUMBER:{old}]]. The balance is about {x.price(180000, 260000, '$', False)}.
A: Is it all cash, or are there GICs in it?
C: There's a GIC at {x.pct(4, 4, True)} that matures {x.date(year=True)}.
A: Then we'd transfer the cash now and the GIC when it matures, so you don't lose the interest.
C: That makes sense.
A: Is your address still [[ADDRESS:{x.hn(10, 999)} Wellington Crescent, Winnipeg]], [[POSTCODE:{pc}]]?
C: Yes.
A: And the phone, [[PHONE:{x.phf(ph)}]]?
C: That's right.
A: I'll send the form for e-signature. The bank usually takes {x.dur(2, 4, 'weeks')}, and some charge a transfer fee of around {x.price(100, 150, '$', False)}.
C: I'll ask them. Thank you, [[NAME:Marguerite]].
"""


# ---- life insurance claims ----------------------------------------------------------------
@case("transcript")
def _(x):
    ssn = gen_ssn()
    dob = x.dobv(1944, 1955)
    pol = x.acct("WL-########")
    claim = x.acct("CL#######")
    mine = gen_ssn()
    z = gen_zip("MN")
    ph = x.pus("MN")
    return f"""
A: Good morning, Northstar Life claims, this is [[NAME:Ingrid]]. How can I help you?
C: Good morning. My husband passed away last month and I need to make a claim on his life insurance.
A: I'm so sorry for your loss. I'll help you through it. Can I have your name?
C: [[NAME:Rosalind Achterberg]].
A: And your husband's full name?
C: [[NAME:Gerald Wayne Achterberg]].
A: Do you have the policy number?
C: [[ACCOUNT_NUMBER:{pol}]].
A: Thank you. To confirm the policy, his date of birth and Social Security number?
C: He was born [[DOB:{x.dobf(dob, 'us', 'long')}]]. His Social is [[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]].
A: And the date he passed?
C: {x.date(year=True)}.
A: Thank you. You're listed as the sole beneficiary. I'll need the last four of your own Social.
C: [[SSN:{mine[5:]}]].
A: Thanks. The benefit is {x.price(100000, 250000, '$', False)}. I'm opening a claim now, the number is [[ACCOUNT_NUMBER:{claim}]].
C: What do you need from me?
A: A certified copy of the death certificate and the claim form. Where should I mail the form?
C: [[ADDRESS:{x.hn(100, 9999)} Minnehaha Parkway, Minneapolis]], Minnesota [[POSTCODE:{z}]].
A: And a phone number and e-mail?
C: [[PHONE:{x.phf(ph)}]], and [[EMAIL:roz.achterberg@comcast.net]].
A: Thank you. Once we have the documents, payment is usually made within {x.dur(10, 14, 'business days')}. The funeral home, is that Lindqvist & Sons?
C: No, it's Hagen Family Funeral Home. They asked about an assignment.
A: Yes, they can be paid directly from the benefit. I'll include that form too.
C: Thank you, [[NAME:Ingrid]]. You've been very kind.
"""


@case("asr")
def _(x):
    pol = x.acct("########")
    dob = x.dobv(1946, 1958)
    ni = gen_ni()
    sort = rdig(6, True)
    acc = rdig(8, True)
    ph = x.puk("lee")
    return f"""
A: good morning you're through to bereavement claims at albion life my name's [[NAME:shelley]]
C: hello love i'm ringing because my husband died and he had a policy with you
A: i'm very sorry to hear that take your time what's your name
C: [[NAME:maureen whitfield]] and he was [[NAME:clifford whitfield]]
A: thank you [[NAME:maureen]] do you have the policy number at all
C: i've got the letter here [[ACCOUNT_NUMBER:{sp2(pol)}]]
A: thank you and his date of birth
C: [[DOB:{x.dobf(dob, how='ordof')}]]
A: and do you know his national insurance number it's on his pension letters
C: yes [[SSN:{x.idf(ni)}]]
A: thank you that all matches i'm opening the claim for you now
A: the policy pays a lump sum of {x.price(15000, 30000, '£', False)} and you're the named beneficiary
C: oh he never told me it was that much
A: we'll need the death certificate you can post a copy or upload a photo
C: i'll get my daughter to do the photo she's good with that
A: that's fine and where would you like the money paid
C: into our joint account sort code [[ACCOUNT_NUMBER:{sp2(sort)}]] account [[ACCOUNT_NUMBER#a:{sd(acc[:4])}]] sorry love let me put my glasses on [[ACCOUNT_NUMBER#a:{sd(acc[4:])}]]
A: that's fine and a phone number
C: [[PHONE:{x.phf(ph)}]]
A: thank you [[NAME:maureen]] once we have the certificate we aim to pay within {x.dur(5, 10, 'working days')}
C: thank you love you've been lovely
"""


@case("asr")
def _(x):
    mdob = x.dobv(1941, 1950)
    mid = gen_said(*mdob, female=True)
    cdob = x.dobv(1968, 1980)
    cid = gen_said(*cdob, female=False)
    pol = x.acct("FP########")
    acc = rdig(10, True)
    return f"""
A: good morning ubuntu life claims you're speaking to [[NAME:zanele]]
C: morning my mother passed away on saturday and she had a funeral policy with you
A: i'm very sorry for your loss sir let me help can i have the policy number
C: [[ACCOUNT_NUMBER:{x.idf(pol)}]]
A: and the name of the deceased
C: [[NAME:magdalena van wyk]]
A: and her id number
C: [[SSN:{sd(mid)}]]
A: thank you and you are
C: [[NAME:pieter van wyk]] her son i'm the main member on the policy
A: thank you mister [[NAME:van wyk]] can i have your id number too
C: [[SSN#c:{sd(cid[:6])}]] hold on my son is talking to me [[SSN#c:{sd(cid[6:])}]]
A: okay the funeral benefit is {x.price(20000, 30000, 'R', False)} and we pay within {x.dur(48, 48, 'hours')} once we have the documents
C: we need it quickly the funeral is on {x.date()}
A: we'll need the death certificate or the notice of death and your bank details
C: the account is [[ACCOUNT_NUMBER:{sd(acc)}]] at capitec
A: and an email for the documents
C: [[EMAIL:pieter dot vanwyk at gmail dot com]]
A: i've logged the claim the reference is the policy number plus your name
C: thank you [[NAME:zanele]]
"""


@case("transcript")
def _(x):
    pol = rdig(9, True)
    fdob = x.dobv(1941, 1952)
    pan = gen_pan("S")
    aad = gen_aadhaar()
    ifsc = gen_tmpl("SBIN0######")
    acc = rdig(11, True)
    pin = gen_pin("6000")
    return f"""
A: Vanakkam, Bharat Life claims desk, [[NAME:Lakshmi]] speaking.
C: Vanakkam, madam. My father has expired and I want to submit the death claim.
A: Very sorry to hear that, sir. May I have the policy number?
C: [[ACCOUNT_NUMBER:{pol}]].
A: And the life assured's name and date of birth?
C: [[NAME:Ramaswamy Subramanian]], born [[DOB:{x.dobf(fdob, 'uk', 'num')}]].
A: Thank you. And you are the nominee?
C: Yes, I'm his son, [[NAME:Venkatesh Subramanian]].
A: For the nominee, I need your PAN and Aadhaar.
C: PAN [[SSN:{pan}]], Aadhaar [[SSN:{aad[:4]} {aad[4:8]} {aad[8:]}]].
A: Thank you. The sum assured is {x.price(500000, 1000000, '₹', False)} plus bonus. Where should it be paid?
C: SBI, account number [[ACCOUNT_NUMBER:{acc}]], IFSC [[ACCOUNT_NUMBER:{ifsc}]].
A: And your address for correspondence?
C: [[ADDRESS:Door No. {x.hn(2, 90)}, {ord_t(x.r(2, 9))} Street, Kottur Gardens, Kotturpuram, Chennai]] [[POSTCODE:{pin}]].
A: Thank you. Please submit the death certificate, the claim form and a cancelled cheque at any branch within {x.dur(30, 30, 'days')}.
C: How long will the settlement take?
A: For policies over {x.dur(3, 3, 'years')} old, usually {x.dur(15, 15, 'days')} from documents.
C: Thank you, madam.
"""


@case("asr")
def _(x):
    pol = x.acct("CI#######")
    dob = x.dobv(1972, 1985)
    sin = gen_sin()
    pc = gen_capc("B")
    ph = x.pus("NS")
    return f"""
A: good afternoon maritime mutual claims this is [[NAME:brenda]]
C: hi i was diagnosed last month and my advisor said my critical illness policy should pay out
A: i'm sorry to hear that i'll help you get the claim started can i have the policy number
C: [[ACCOUNT_NUMBER:{x.idf(pol)}]]
A: and your name and date of birth
C: [[NAME:maximilian oyelaran]] [[DOB:{x.dobf(dob, 'us')}]]
A: thanks [[NAME:maximilian]] and just to verify the last four digits of your sin
C: [[SSN:{sd(sin[-4:])}]]
A: thank you who's the treating doctor
C: doctor [[NAME:anjali chatterjee]] at the infirmary in halifax
A: and the date of the diagnosis
C: {x.date()}
A: okay the benefit on this policy is {x.price(50000, 100000, '$', False)} and we'll need a statement from doctor [[NAME:chatterjee]]
C: she said she'd fill in whatever you need
A: great i'll send the forms where should i send them
C: [[ADDRESS:{x.hn(1000, 6000)} south park street halifax]] nova scotia [[POSTCODE:{x.pcf(pc)}]]
A: and a phone number for the claims manager
C: [[PHONE:{x.phf(ph)}]]
A: you'll get the package in {x.dur(5, 7, 'days')} and once we have the doctor's statement a decision usually takes {x.dur(2, 3, 'weeks')}
C: thanks [[NAME:brenda]] that's a weight off
"""


# ---- funeral plans -------------------------------------------------------------------------
@case("transcript")
def _(x):
    mdob = x.dobv(1941, 1950)
    cdob = x.dobv(1962, 1975)
    pc = gen_ukpc("DE22")
    ph = x.puk("mob")
    card = x.card("visa")
    e = x.expv()
    cvv = x.cvv()
    plan = x.acct("FPL-#######")
    return f"""
A: Good morning, Heritage Funeral Plans, [[NAME:Colin]] speaking.
C: Hello. I'd like to buy a funeral plan for my mother. She's asked me to sort it out.
A: Of course. Can I take your name first?
C: [[NAME:Deborah Quayle]]. My mother is [[NAME:Winifred Quayle]].
A: Thank you. And your mother's date of birth?
C: [[DOB:{x.dobf(mdob, 'uk', 'ord')}]].
A: And her address?
C: [[ADDRESS:{x.hn(1, 90)} Kedleston Road, Derby]], [[POSTCODE:{pc}]].
A: Which plan were you thinking of? The Standard is {x.price(3900, 4500, '£', False)}, or you can spread it over {x.dur(12, 12, 'months')} interest-free.
C: The Standard, paid in full. I'm paying for it, if that's all right.
A: That's fine. As the payer I need your date of birth as well.
C: [[DOB:{x.dobf(cdob, 'uk', 'num')}]].
A: Thank you. I'll put you through to our payments team, they'll take the card. One moment.
A: Hello, payments, this is [[NAME:Yasmin]]. Can I just confirm your name and your mother's postcode?
C: [[NAME:Deborah Quayle]], and it's [[POSTCODE:{pc}]].
A: Thank you. The card number, please.
C: [[CARD_NUMBER#c:{card[:8]}]]... sorry, my reading glasses... [[CARD_NUMBER#c:{card[8:]}]].
A: And the expiry and security code?
C: [[EXPIRY:{x.expf(e)}]], and [[CVV:{cvv}]].
A: That's gone through. Your mother's plan number is [[ACCOUNT_NUMBER:{plan}]]. Documents will go to her address, and a copy to you. Is there a number for you?
C: [[PHONE:{x.phf(ph)}]].
A: Lovely. Is there anything else today?
C: No. Thank you, [[NAME:Yasmin]].
"""


@case("asr")
def _(x):
    plan = x.acct("###-####-###")
    dob = x.dobv(1941, 1952)
    oldpc = gen_ukpc("BN2")
    newpc = gen_ukpc("TN34")
    ph = x.puk("mob")
    return f"""
A: golden leaf funeral plans [[NAME:kerry]] speaking
C: hello dear i need to change my address on my funeral plan i've moved in with my daughter
A: of course can i have your plan number
C: it's [[ACCOUNT_NUMBER:{x.idf(plan)}]]
A: and your name
C: [[NAME:ernest pollard]]
A: and your date of birth mister [[NAME:pollard]]
C: [[DOB:{x.dobf(dob, how='ordof')}]]
A: thank you and the old address just to check
C: it was [[ADDRESS:{x.hn(2, 120)} elm grove brighton]] [[POSTCODE:{x.pcf(oldpc)}]]
A: that's what i have and the new address
C: [[ADDRESS:{x.hn(2, 90)} hollington park road hastings]] [[POSTCODE:{x.pcf(newpc)}]]
A: and is there a phone number there
C: my daughter's mobile [[PHONE#p:{sd(ph[:5])}]] um [[PHONE#p:{sd(ph[5:8])}]] then [[PHONE#p:{sd(ph[8:])}]]
A: and her name in case we need to speak to her
C: [[NAME:linda pollard]] well [[NAME:linda garside]] now she's married
A: lovely so the plan's fully paid the funeral director stays the same or would you like one nearer hastings
C: nearer would be better for them
A: i'll send you a list of the ones near you there's no charge for that change
C: thank you dear
"""


@case("asr")
def _(x):
    ddob = x.dobv(1941, 1949)
    return f"""
A: hello kinsella's funeral directors [[NAME:padraig]] speaking
C: hello [[NAME:padraig]] my father died this morning in the hospice and the nurse said to ring you
A: i'm very sorry for your loss we'll look after everything for you what's your name
C: [[NAME:grainne hegarty]] and my dad is [[NAME:michael hegarty]] was
A: thank you [[NAME:grainne]] we can collect him from the hospice this afternoon about {x.time(14, 16, 0)} would that suit
C: yes they said that's fine
A: for the death notice on rip dot ie i'll need his date of birth and where he was from
C: [[DOB:{x.dobf(ddob, how='ordof')}]] he was from ballinasloe originally but lived in athlone for years
A: and have you thought about the removal and the funeral mass
C: we were thinking removal on {x.date()} and the mass the next morning at {x.time(10, 11, 0)}
A: that should work i'll check with the parish the total for the standard funeral is {x.price(4500, 6500, '€', False)} not including the grave
C: he has a plot with my mother already
A: then it's just the opening of the grave which is about {x.price(600, 900, '€', False)}
C: okay and can you send me the details in writing
A: of course what's your email
C: [[EMAIL:grainne dot hegarty {sd(rdig(2))} at gmail dot com]]
A: i'll email you within the hour and i'll ring you when we have him home safe
C: thank you [[NAME:padraig]]
"""


@case("transcript")
def _(x):
    dob = x.dobv(1946, 1958)
    pc = gen_4pc(4110, 4120)
    bank = gen_tmpl("##-####-#######-##")
    return f"""
A: Good morning, Kōwhai Prepaid Funerals, [[NAME:Tui]] speaking.
C: Hello, I've been reading your brochure and I'd like to set up a prepaid plan.
A: Lovely. Can I take your name?
C: [[NAME:Lorraine Tocker]].
A: And your date of birth, [[NAME:Lorraine]]?
C: [[DOB:{x.dobf(dob, 'uk', 'long')}]].
A: Thank you. And your address?
C: [[ADDRESS:{x.hn(2, 200)} Kennedy Road, Napier]] [[POSTCODE:{pc}]].
A: We have the Simple plan at {x.price(6500, 7500, 'NZ$', False)}, or the Traditional at {x.price(9500, 11000, 'NZ$', False)}. Both can be paid over {x.dur(5, 5, 'years')}.
C: The Simple, spread out, please.
A: That's about {x.price(110, 130, 'NZ$', True)} a month. I can set up a direct debit. Your bank account number?
C: [[ACCOUNT_NUMBER:{bank}]].
A: Thank you. And an e-mail for the documents?
C: [[EMAIL:lorraine.tocker@xtra.co.nz]].
A: Everything will come through in {x.dur(7, 10, 'days')}. The money is held in a trust, so it's protected.
C: Good. My late husband [[NAME:Barry]] didn't have anything like this and it was a struggle.
A: I understand. You've made it much easier for your family. Anything else?
C: No, thank you, [[NAME:Tui]].
"""


# ---- travel insurance ----------------------------------------------------------------------
@case("asr")
def _(x):
    pol = x.acct("TRV########")
    dob = x.dobv(1975, 1992)
    sort = rdig(6, True)
    acc = rdig(8, True)
    return f"""
A: good afternoon safeguard travel insurance claims this is [[NAME:nadia]]
C: hi i need to claim for a holiday i had to cancel my wife broke her ankle the week before we flew
A: oh i'm sorry to hear that can i take the policy number
C: [[ACCOUNT_NUMBER:{x.idf(pol, pairs=True)}]]
A: and the policyholder's name and date of birth
C: [[NAME:sanjay mistry]] [[DOB:{x.dobf(dob)}]]
A: thanks [[NAME:sanjay]] and your wife's name
C: [[NAME:hema mistry]]
A: when were you due to travel
C: {x.date()} on {x.flt('TOM')} to lanzarote
A: and how much have you lost in total
C: the package was {x.price(1800, 2600, '£', False)} and we'd paid {x.price(150, 250, '£', False)} for excursions
A: okay there's a {x.price(75, 100, '£', False)} excess per person and we'll need a letter from the hospital and the cancellation invoice from the tour operator
C: i've got both i can email them
A: great the claims email is on your documents put the policy number in the subject line
A: and where would you like the settlement paid
C: sort code [[ACCOUNT_NUMBER:{sp2(sort)}]] account number [[ACCOUNT_NUMBER:{sd(acc)}]]
A: thank you once we have everything it takes about {x.dur(10, 15, 'working days')}
C: great thanks [[NAME:nadia]]
"""


@case("transcript")
def _(x):
    d1 = x.dobv(1952, 1960)
    d2 = x.dobv(1954, 1962)
    card = x.card("amex")
    e = x.expv()
    cvv = x.cvv(4)
    z = gen_zip("MA")
    trip = x.r(8, 14) * 1000
    return f"""
A: Thank you for calling Wanderwise, this is [[NAME:Travis]]. Are you looking for a quote?
C: Yes. My husband and I are going on a river cruise and we need insurance.
A: Great. Can I have the names and dates of birth of both travelers?
C: [[NAME:Penelope Stavros]], [[DOB:{x.dobf(d1, 'us', 'num')}]], and [[NAME:Constantine Stavros]], [[DOB:{x.dobf(d2, 'us', 'long')}]].
A: And the trip dates and total cost?
C: We leave {x.date(year=True)}, {x.dur(14, 16, 'days')}, and the total is {x.pricev(trip, '$')}. We fly into Zurich and take train {x.oth('IC ###')} to Basel for the boat.
A: And your state of residence and ZIP?
C: Massachusetts, [[POSTCODE:{z}]].
A: For both of you, as travelers over {x.age(60, 65)}, the comprehensive plan is {x.price(700, 1100, '$', False)}. It includes trip cancellation up to the full {x.pricev(trip, '$')} and medical up to {x.price(100000, 100000, '$', False)}.
C: That's fine, let's do that one.
A: What card would you like to use?
C: American Express. [[CARD_NUMBER:{x.cardf(card)}]].
A: Expiration date and the {x.K('count', str(len(cvv)))}-digit code?
C: [[EXPIRY:{x.expf(e)}]], [[CVV:{cvv}]].
A: Thank you. And an e-mail for the policy?
C: [[EMAIL:pstavros@verizon.net]].
A: You're all set. You'll have the policy within {x.dur(15, 30, 'minutes')}. You have a {x.dur(14, 14, 'day')} free look period if you change your mind.
C: Wonderful, thank you.
"""


@case("asr")
def _(x):
    pol = x.acct("TI##########")
    pp = x.acct("@#######")
    fdob = x.dobv(1948, 1956)
    return f"""
A: good evening globalcare travel assistance this is [[NAME:arjun]]
C: hello my father is in hospital in bangkok he collapsed at the hotel we need help with the insurance
A: i'm sorry madam let me help you immediately may i have the policy number
C: [[ACCOUNT_NUMBER:{x.idf(pol)}]]
A: and the patient's name
C: [[NAME:gopal menon]] i'm his daughter [[NAME:nandini]]
A: thank you madam and his date of birth
C: [[DOB:{x.dobf(fdob, how='digits')}]] sorry [[DOB:{x.dobf(fdob, how='ordof')}]]
A: and his passport number
C: [[ACCOUNT_NUMBER:{x.idf(pp)}]]
A: which hospital is he in
C: bumrungrad he's in room {x.room(800, 1200)} on the cardiac ward
A: okay we'll contact the hospital directly and issue a guarantee of payment so you don't have to pay the deposit
C: they're asking for {x.price(150000, 250000, '$', False).replace('dollars', 'baht')} deposit
A: don't pay that we'll send the guarantee within {x.dur(2, 4, 'hours')} what's the best email for you
C: [[EMAIL:nandini dot menon at yahoo dot co dot in]]
A: your case number is the policy number and my name is [[NAME:arjun]] call back any time day or night
C: thank you so much
"""


@case("asr")
def _(x):
    pol = x.acct("#########")
    dob = x.dobv(1985, 1999)
    card = x.card("visa")
    return f"""
A: hi there covermore claims line you're speaking with [[NAME:kirra]]
C: hi my bag never turned up after my flight from bali and the airline's given up looking
A: oh no that's frustrating can i get your policy number
C: [[ACCOUNT_NUMBER:{spm(pol)}]]
A: and your name and date of birth
C: [[NAME:bridget kavanagh]] [[DOB:{x.dobf(dob, how='monthord')}]]
A: thanks [[NAME:bridget]] what flight was it
C: {x.flt('QF')} on the {x.day()}
A: and do you have the airline's property irregularity report
C: yep and the bag tag number is {x.K('other', 'q f ' + sd(rdig(6, True)))}
A: perfect and roughly what was in the bag
C: clothes a pair of runners my sunnies and a kindle probably about {x.price(1800, 2400, 'A$', False)}
A: okay the bag limit on your policy is {x.price(5000, 5000, 'A$', False)} and single items up to {x.price(750, 750, 'A$', False)}
A: the airline has to pay first so send us their settlement letter and any receipts you've got
C: i've got receipts for the kindle and the sunnies
A: great and do you want the payment back to the card you bought the policy with ending [[CARD_NUMBER:{sd(card[-4:])}]]
C: yes please
A: done i'll email the claim form to [[EMAIL:bridget dot kavanagh at hotmail dot com]]
C: thanks [[NAME:kirra]]
"""


@case("transcript")
def _(x):
    d1 = x.dobv(1946, 1956)
    hc = gen_tmpl("####-###-###-@@")
    pc = gen_capc("H")
    ph = x.pus("QC")
    card = x.card("visa")
    e = x.expv()
    cvv = x.cvv()
    return f"""
A: Good morning, Northern Shield travel insurance, this is [[NAME:Raymond]].
C: Bonjour, hello. I need medical insurance for the winter in Florida, for me and my husband.
A: Of course. How long will you be away?
C: We leave {x.date()} and come back in April, so about {x.dur(140, 160, 'days')}.
A: I'll need the names and dates of birth, and your provincial health card numbers.
C: I'm [[NAME:Hélène Tremblay]], born [[DOB:{x.dobf(d1, 'uk', 'long')}]]. My card is [[ACCOUNT_NUMBER:{hc}]]. My husband is [[NAME:Jacques]], he's on the phone with the bank, I'll call back for him.
A: That's fine, we can start with you. A few medical questions: any change in your medication in the last {x.dur(90, 90, 'days')}?
C: No, nothing.
A: Any hospital stays in the last {x.dur(12, 12, 'months')}?
C: No.
A: Then for {x.dur(140, 160, 'days')} the premium is {x.price(1400, 2200, '$', True)}. Shall I go ahead?
C: Yes. With the Visa, please. [[CARD_NUMBER:{x.cardf(card)}]].
A: Expiry date and the three digits on the back?
C: [[EXPIRY:{x.expf(e)}]]. And [[CVV:{cvv}]].
A: Thank you. Your address is still [[ADDRESS:{x.hn(100, 9000)} rue Saint-Denis, Montréal]], [[POSTCODE:{pc}]]?
C: Yes, that's right.
A: And the phone [[PHONE:{x.phf(ph)}]]?
C: Yes.
A: You're covered from the day you leave. Keep the emergency number on the card with you. When [[NAME:Jacques]] is ready, call us back and ask for me.
C: Merci, [[NAME:Raymond]].
"""


# ---- mobile phone repairs ------------------------------------------------------------------
@case("transcript")
def _(x):
    job = x.acct("RPR-######")
    pc = gen_ukpc("B29")
    ph = x.puk("mob")
    card = x.card("mc")
    e = x.expv()
    cvv = x.cvv()
    return f"""
A: FixFast repairs, [[NAME:Sasha]] speaking.
C: Hi, I booked my phone in for a screen repair online and I've had an e-mail saying you need to speak to me.
A: Sure. What's the job number?
C: [[ACCOUNT_NUMBER:{job}]].
A: Thanks. And your name?
C: [[NAME:Tobi Adeyemi]].
A: Thanks, [[NAME:Tobi]]. So the phone is an {x.K('model_number', 'iPhone ' + str(x.r(12, 15)) + ' Pro')}, cracked screen. The engineer found the back glass is cracked as well.
C: Oh. How much is that?
A: The screen is {x.price(239, 329, '£', False)} and the back glass is {x.price(99, 149, '£', False)}. Both together have a {x.pct(10, 15)} discount.
C: Go on then, do both.
A: I just need to confirm the IMEI on the booking matches the device. Just the end of it, please?
C: {x.K('other', rdig(5, True))}.
A: Hmm, that doesn't match. Could you read the whole IMEI from the original box?
C: Hang on. {x.trk(15)}.
A: That matches, thank you, the booking just had a typo. Now, for the payment, a card please.
C: [[CARD_NUMBER:{x.cardf(card)}]].
A: Expiry and the code on the back?
C: [[EXPIRY:{x.expf(e)}]], [[CVV:{cvv}]].
A: Thank you. It'll be ready {x.date()}, and we'll courier it back to [[ADDRESS:{x.hn(2, 300)} Bristol Road, Selly Oak, Birmingham]], [[POSTCODE:{pc}]]. The courier will text [[PHONE:{x.phf(ph)}]].
C: That's right. And the e-mail receipt to [[EMAIL:tobi.adeyemi@googlemail.com]], please.
A: Will do. Thanks, [[NAME:Tobi]].
"""


@case("asr")
def _(x):
    tk = rdig(8, True)
    ph = x.pus("TX")
    z = gen_zip("TX")
    card = x.card("visa")
    e = x.expv()
    cvv = x.cvv()
    return f"""
A: thank you for calling phonedoc repair this is [[NAME:brianna]]
C: hi i dropped my phone in the pool yesterday and i dropped it off at your store on lamar and they said to call about the estimate
A: okay can i get the ticket number
C: it's [[ACCOUNT_NUMBER:{sd(tk)}]]
A: and your name
C: [[NAME:rashad mcdowell]]
A: thank you [[NAME:rashad]] so it's a galaxy {x.K('model_number', 's ' + nw(x.r(21, 24)) + ' ultra')} the tech says the board has corrosion
C: can you save it
A: they can try an ultrasonic clean for {x.price(89, 129, '$', False)} there's about a {x.pct(50, 70)} chance it works if not the diagnostic fee is {x.price(39, 49, '$', False)}
C: okay let's try it what about my photos
A: if it powers on they'll back up the photos first
C: okay go ahead
A: i'll need a card for the fee
C: [[CARD_NUMBER#c:{sd(card[:4])}]] um [[CARD_NUMBER#c!:{sd(alter(card[4:8]))}]] wait no hold on [[CARD_NUMBER#c:{sd(card[4:8])} {sd(card[8:12])}]] uh [[CARD_NUMBER#c:{sd(card[12:])}]]
A: and the expiration
C: [[EXPIRY:{x.expf(e)}]]
A: and the cvv
C: [[CVV:{x.cvvf(cvv)}]]
A: and a number to reach you since your phone's here
C: my girlfriend's phone [[PHONE:{x.phf(ph)}]] her name's [[NAME:destiny]]
A: and the zip code for the card
C: [[POSTCODE:{sd(z)}]]
A: great they'll call [[NAME:destiny]] by {x.time(15, 17, 0)} tomorrow
C: thanks
"""

@case("transcript")
def _(x):
    js = x.acct("JS########")
    pin = gen_pin("4400")
    return f"""
A: Welcome to QuickCare mobile service, this is [[NAME:Farhan]]. How may I help you?
C: Hello, this is [[NAME:Pooja Deshpande]]. I gave my phone for repair {x.dur(8, 12, 'days')} back and there is no update.
A: Sorry for the delay, ma'am. The job sheet number, please?
C: [[ACCOUNT_NUMBER:{js}]].
A: And the registered e-mail?
C: [[EMAIL:pooja.deshpande@yahoo.in]].
A: Thank you. It's the {x.K('model_number', 'Redmi Note ' + str(x.r(11, 13)))}, charging port replacement. The part was out of stock, it arrived today.
C: So when will it be ready?
A: By {x.date()}, after {x.time(15, 17, 0)}. The charge is {x.price(650, 950, '₹', False)}, and the repair has {x.dur(3, 3, 'months')} warranty.
C: Can you deliver it? I can't come to the centre this week.
A: Yes, home delivery is {x.price(49, 99, '₹', False)}. Please confirm the address.
C: [[ADDRESS:Plot {x.hn(2, 140)}, Shivaji Nagar, Nagpur]] [[POSTCODE:{pin}]].
A: Thank you. Our delivery executive will call before coming. You will pay on delivery.
C: Okay. Please make sure the data is not deleted.
A: The engineer noted no data reset is needed for this repair, ma'am.
C: Okay, thank you.
"""


@case("asr")
def _(x):
    inv = x.acct("INV#######")
    return f"""
A: cellfix warranty repairs good afternoon this is [[NAME:lindiwe]]
C: hi it's [[NAME:riaan botha]] my phone's been at your repair centre for {x.dur(3, 4, 'weeks')} now
A: sorry about that do you have the invoice number from the store
C: ja it's [[ACCOUNT_NUMBER:{x.idf(inv)}]]
A: thank you and the serial number of the phone
C: {x.K('other', x.idf(gen_tmpl('R%@N###@@@@')))}
A: okay i see it it's the galaxy {x.K('model_number', 'a ' + nw(x.r(34, 55)))} with the display issue the new screen was fitted yesterday it's on its way back to the store
C: which store menlyn
A: yes menlyn it should be there by {x.date()} you can collect between {x.window(9, 15, 2)}
C: do i need to pay anything
A: no it's under warranty just bring your id and the invoice
C: and will you let me know
A: you'll get an sms and an email to [[EMAIL:riaan dot botha at vodamail dot co dot za]] when it's ready
C: okay and the courier number in case it goes missing again
A: the waybill is {x.trk(13)}
C: thanks [[NAME:lindiwe]]
"""


@case("transcript")
def _(x):
    case_no = x.acct("EM-#######")
    eir = gen_eircode("V94")
    card = x.card("visa")
    e = x.expv()
    cvv = x.cvv()
    return f"""
A: Thanks for calling Emerald Mobile Repairs, [[NAME:Orla]] speaking.
C: Hi, [[NAME:Dermot Fitzgerald]]. I want to send my phone in for repair, the camera's gone blurry.
A: No problem. Have you registered the repair online?
C: Yes, I got case number [[ACCOUNT_NUMBER:{case_no}]].
A: Great. I see a {x.K('model_number', 'Pixel ' + str(x.r(6, 8)) + 'a')}, camera fault. There's a {x.price(39, 49, '€', False)} assessment fee, taken off the repair if you go ahead.
C: Fine.
A: Can I confirm the collection address?
C: [[ADDRESS:{x.hn(2, 90)} O'Connell Avenue, Limerick]], [[POSTCODE:{eir}]].
A: Thank you. And the IMEI, for the courier label?
C: {x.trk(15)}.
A: Now the fee. Card number?
C: [[CARD_NUMBER:{x.cardf(card)}]].
A: Expiry date?
C: [[EXPIRY:{x.expf(e)}]].
A: And the security code?
C: [[CVV:{cvv}]].
A: Thank you. The courier will collect tomorrow between {x.window(9, 14, 4)}. Please remove the SIM and any case.
C: Will do. How long is the repair?
A: Usually {x.dur(5, 7, 'working days')} door to door.
C: Grand, thanks [[NAME:Orla]].
"""


# ---- smart-home devices --------------------------------------------------------------------
@case("asr")
def _(x):
    dob = x.dobv(1983, 1996)
    z = gen_zip("CA")
    ph = x.pus("CA")
    return f"""
A: thank you for calling homeguard support this is [[NAME:trevor]]
C: hi i'm locked out of my house the smart lock keeps beeping and it won't take my code
A: okay let's get you in can i get the name on the account
C: [[NAME:xiaoling wu]]
A: and the email on the account
C: [[EMAIL:x i a o l i n g dot wu at gmail dot com]]
A: thank you for security can you confirm your date of birth
C: [[DOB:{x.dobf(dob, 'us', 'monthord')}]]
A: and the zip code where the lock is installed
C: [[POSTCODE:{spm(z)}]]
A: great i see the lock it's the {x.K('model_number', 'h g ' + nw(x.r(3, 7) * 100))} and it's showing error {x.K('other', 'e ' + sd(rdig(3, True)))} low battery the battery's at {x.pct(2, 5)}
C: oh no i didn't get any warning
A: the app should have sent one but i'll send a one time code to open it it's {x.K('other', sd(rdig(6, True)))} then press the check button
C: okay hang on
C: it opened oh thank god
A: great change the batteries as soon as you can it takes {x.cnt(4, 4)} double a batteries
C: will do
A: and i'll flag the missing alert to the engineers can i get a callback number in case they have questions
C: [[PHONE:{x.phf(ph)}]]
A: [[PHONE:{x.phf(ph, 'sd')}]] got it have a good evening
"""


@case("transcript")
def _(x):
    order = x.acct("HW-#########")
    pc = gen_ukpc("NR2")
    return f"""
A: Hello, Hearthwise smart heating support, [[NAME:Rhys]] speaking.
C: Hi, it's [[NAME:Poppy Vane]]. I've just had a thermostat installed and it won't connect to the Wi-Fi.
A: Let's sort that. Can I have the order number, please?
C: [[ACCOUNT_NUMBER:{order}]].
A: Thank you. And the postcode the thermostat is registered at?
C: [[POSTCODE:{pc}]].
A: Great. Which model is it, the {x.mdl('HW-T#')} or the {x.mdl('HW-T#S')}?
C: The one with the round screen, it says {x.mdl('HW-T#S')} on the back.
A: Okay. On the screen, go to Settings, then Network. Does it show a MAC address?
C: It says {x.K('other', ':'.join(f'{rng.randint(0, 255):02X}' for _ in range(6)))}.
A: Thanks. I can see it tried to connect {x.cnt(12, 40)} times. Is your router on the {x.qty(5, 5, 'GHz')} band only?
C: I've no idea.
A: No problem. The thermostat needs the slower band, not the {x.qty(5, 5, 'GHz')} one. On your router app there's usually a toggle to split them.
C: Found it. Right, it's connected!
A: Brilliant. It's showing {x.temp(17, 20)} in the room and the target is {x.temp(20, 22)}.
C: Lovely. Can you make sure the warranty's registered to my e-mail? [[EMAIL:poppy.vane@icloud.com]].
A: Done, that's {x.dur(2, 2, 'years')} from today. Anything else?
C: No, that's great. Thanks, [[NAME:Rhys]].
"""


@case("asr")
def _(x):
    card = x.card("mc")
    e = x.expv()
    cvv = x.cvv()
    pc = gen_capc("L")
    return f"""
A: hi this is [[NAME:chantal]] with lumen home security how can i help
C: hi i've got {x.cnt(3, 5)} of your cameras and the app says my subscription lapsed
A: okay let me look can i get your name
C: [[NAME:dmitri volkov]]
A: and the email on the account
C: [[EMAIL:d volkov {sd(rdig(2))} at rogers dot com]]
A: thank you [[NAME:dmitri]] yes the card on file was declined so the plan paused on {x.date()}
C: i changed banks that's probably why
A: no problem i can take the new card now
C: it's a mastercard [[CARD_NUMBER#c:{sp2(card[:4])}]] um [[CARD_NUMBER#c:{sd(card[4:8])}]]
A: mm hmm
C: [[CARD_NUMBER#c:{sd(card[8:12])}]] and [[CARD_NUMBER#c:{sp2(card[12:])}]]
A: and the expiry date
C: [[EXPIRY:{x.expf(e)}]]
A: and the three digit code on the back
C: [[CVV:{x.cvvf(cvv)}]]
A: and the postal code for the billing address
C: [[POSTCODE:{x.pcf(pc)}]]
A: okay that's gone through so you're back on the plan at {x.price(10, 15, '$', True, 'a month')} with {x.dur(30, 30, 'days')} of video history
C: can i get back the footage from when it lapsed
A: i can't restore the footage but i've put a credit of {x.price(10, 15, '$', True)} on the next bill
C: fair enough thanks [[NAME:chantal]]
"""


@case("transcript")
def _(x):
    pc = gen_4pc(2600, 2617)
    card = x.card("visa")
    n = x.r(2, 4)
    each = x.r(29, 45)
    return f"""
A: Good afternoon, Brightnest product safety line, [[NAME:Jarrod]] speaking.
C: Hi, I got an e-mail about a recall on your smart plugs. I'm [[NAME:Felicity Warburton]].
A: Thanks for calling, [[NAME:Felicity]]. Can you read me the serial number on the side of one of the plugs?
C: {x.oth('SP#@######')}.
A: Yes, that batch is affected. How many do you have?
C: {x.K('count', str(n))}, all the same.
A: Please unplug them and stop using them. In warm rooms, above about {x.temp(33, 36)}, they can overheat.
C: Right, they're out. What happens now?
A: We'll send a prepaid satchel to return them, and refund {x.pricev(each, 'A$')} each, so {x.pricev(n * each, 'A$')}. What's the postal address?
C: [[ADDRESS:{x.hn(2, 90)} Northbourne Avenue, Braddon]], ACT [[POSTCODE:{pc}]].
A: And the refund goes to the card you paid with, ending [[CARD_NUMBER:{card[-4:]}]]?
C: Yes, that's still my card.
A: Great. The satchel will arrive in {x.dur(5, 8, 'business days')}, and the refund goes out when the plugs are scanned at the depot. Confirmation will go to your e-mail.
C: It's [[EMAIL:fwarburton@internode.on.net]].
A: Got it. Sorry for the hassle, and thanks for acting so quickly.
C: No worries. Thanks, [[NAME:Jarrod]].
"""


# ---- hotel loyalty -------------------------------------------------------------------------
@case("transcript")
def _(x):
    mem = rdig(9, True)
    conf = x.acct("#########")
    m = x.menu(3)
    return f"""
I: Welcome to Meridian Rewards. Please enter your member number.
C: [[ACCOUNT_NUMBER:{x.keyed(mem)}]]
I: Thank you. For reservations, press {m[0]}. For points and status, press {m[1]}. For all other questions, press {m[2]}.
A: Hi, this is [[NAME:Connor]] with Meridian Rewards. Am I speaking with [[NAME:Abimbola]]?
C: Yes, [[NAME:Abimbola Adewale]].
A: Thanks. For security, can you confirm the e-mail on your account?
C: [[EMAIL:abimbola.adewale@gmail.com]].
A: Perfect. What can I help with today?
C: I stayed at your hotel in Savannah for {x.cnt(3, 5)} nights last month and the points never showed up.
A: Do you have the confirmation number?
C: [[ACCOUNT_NUMBER:{conf}]].
A: Thank you. I see the stay, {x.date()} to {x.date()}, room {x.room(201, 940)}. It was booked through a travel site, which is why it didn't credit automatically.
C: My company booked it. Does that matter?
A: Third-party bookings usually don't earn, but as a Gold member I can make an exception this once. That's {x.K('count', f"{x.r(4, 9) * 1000:,}")} points.
C: That would be great.
A: Done. They'll show within {x.dur(24, 48, 'hours')}. You're also {x.cnt(3, 6)} nights away from Platinum this year.
C: Good to know. Thanks, [[NAME:Connor]].
A: My pleasure, Mr. [[NAME:Adewale]]. Have a great day.
"""


@case("asr")
def _(x):
    mem = x.acct("MR#########")
    dob = x.dobv(1979, 1993)
    ph = x.puk("mob")
    ph2 = x.puk("mob")
    pc = gen_ukpc("EH6")
    return f"""
A: good morning lodestar rewards [[NAME:bilal]] speaking
C: hi there i've got top status with another hotel group and i'd like to see if you do a status match
A: we do can i take your membership number with us
C: [[ACCOUNT_NUMBER:{x.idf(mem, phon=0.5)}]]
A: and your name
C: [[NAME:cressida hartley]]
A: and for security your date of birth
C: [[DOB:{x.dobf(dob)}]]
A: thank you [[NAME:cressida]] which programme are you with and what tier
C: i'm diamond with them i stayed about {x.cnt(60, 75)} nights last year
A: okay so we'd match you to our platinum tier for {x.dur(90, 90, 'days')} and if you stay {x.cnt(10, 12)} nights in that time you keep it for the year
C: that sounds doable i'm in london most weeks for work
A: great can you send a screenshot of your status to our email and i'll need to confirm your contact details is your mobile still [[PHONE:{x.phf(ph)}]]
C: no that's my old one hang on it's [[PHONE#n:{sd(ph2[:5])}]] sorry my [[PHONE#n:{sd(ph2[5:])}]]
A: so the new one is [[PHONE:{x.phf(ph2, 'sd')}]]
C: yes
A: and is the address still [[ADDRESS:{x.hn(2, 200)} great junction street leith]] [[POSTCODE:{x.pcf(pc)}]]
C: yes that's fine
A: lovely the match is usually done within {x.dur(3, 5, 'working days')} of the screenshot
A: and the email's [[EMAIL:cressida dot hartley at outlook dot com]]
C: that's it thanks [[NAME:bilal]]
"""


@case("asr")
def _(x):
    mem = rdig(10, True)
    card = x.card("visa")
    e = x.expv()
    cvv = x.cvv()
    have, need = x.r(21, 28) * 1000, x.r(30, 35) * 1000
    block = rng.choice([500, 1000])
    per = x.r(7, 16) * 50 * block // 1000
    return f"""
A: namaste thank you for calling tajstay rewards this is [[NAME:divya]]
C: hello i need to buy some points to get a free night i'm a little short
A: sure sir may i have your membership number
C: [[ACCOUNT_NUMBER:{spm(mem)}]]
A: and your name please
C: [[NAME:rajeev bhattacharya]]
A: thank you mister [[NAME:bhattacharya]] you have {x.K('count', nw(have))} points and the night in goa needs {x.K('count', nw(need))}
C: yes so i need {x.K('count', nw(need - have))} more
A: you can buy them in blocks of {x.K('count', nw(block))} at {x.pricev(per, '₹')} per block
C: okay do that please
A: that comes to {x.pricev((need - have) // block * per, '₹')} may i have the card number
C: [[CARD_NUMBER#c:{homo(sd(card[:8]))}]] sorry my daughter is asking something [[CARD_NUMBER#c:{homo(sd(card[8:]), 'two')}]]
A: and the expiry date
C: [[EXPIRY:{x.expf(e)}]]
A: and the cvv
C: [[CVV:{x.cvvf(cvv)}]]
A: sir an otp has come to your registered mobile please tell me once you approve
C: done
A: thank you the points are added your balance is now {x.K('count', nw(need))} shall i book the night also
C: yes from {x.date()} just the night
A: done the confirmation will go to [[EMAIL:rajeev dot b at rediffmail dot com]]
C: thank you [[NAME:divya]]
"""


@case("transcript")
def _(x):
    conf = x.acct("@@#######")
    card = x.card("mc")
    nightly = x.r(18, 32) * 100
    nights = x.r(2, 4)
    return f"""
A: Good morning, Protea Coast Hotels reservations, [[NAME:Naledi]] speaking.
C: Morning, this is [[NAME:Francois Joubert]]. I need to change a booking for me and my wife.
A: Of course. The confirmation number?
C: [[ACCOUNT_NUMBER:{conf}]].
A: Thank you, Mr. [[NAME:Joubert]]. I have a sea-facing double in Umhlanga, arriving {x.date()} for {x.K('count', str(nights))} nights.
C: We want to arrive a day later and add a night on the end.
A: Let me check... yes, that's available at the same rate, {x.pricev(nightly, 'R')} a night, so {x.pricev(nightly * nights, 'R')} in total.
C: Perfect. And can you put my wife's name on the booking too? She might check in first.
A: Certainly. Her name?
C: [[NAME:Mariska Joubert]].
A: Done. It's guaranteed on the Mastercard ending [[CARD_NUMBER:{card[-4:]}]]. Is that still valid?
C: Yes.
A: Great. Free cancellation is up to {x.dur(48, 48, 'hours')} before arrival. I'll send the updated confirmation to [[EMAIL:fjoubert@iafrica.com]].
C: Thank you. Oh, and is the spa open on Sundays?
A: Yes, from {x.time(9, 9, 0)} to {x.time(18, 18, 0)}. Treatments are {x.pct(15, 15)} off for members.
C: Lovely, thank you, [[NAME:Naledi]].
"""


@case("transcript")
def _(x):
    mem = x.acct("SH########")
    dob = x.dobv(1975, 1990)
    eir = gen_eircode("D04")
    pts = x.r(40, 80) * 1000
    return f"""
A: Hello, StayHaven Rewards, [[NAME:Ciarán]] speaking.
C: Hi. I think my account's been hacked. I've had an e-mail saying I redeemed points for a hotel in Lisbon, and I've never booked anything there.
A: I'm sorry, let's lock that down straight away. Your member number?
C: [[ACCOUNT_NUMBER:{mem}]].
A: And your name and date of birth?
C: [[NAME:Nuala Devereux]], [[DOB:{x.dobf(dob, 'uk', 'ord')}]].
A: Thank you, [[NAME:Nuala]]. I can see {x.K('count', f'{pts:,}')} points redeemed yesterday at {x.time(2, 4, 0)} for a stay from {x.date()}. The e-mail on the account was changed an hour earlier.
C: That wasn't me. What's it been changed to?
A: I can't read it out, but I'll change it back. What's your correct e-mail?
C: [[EMAIL:nuala.devereux@eircom.net]].
A: And your address, so I can match it?
C: [[ADDRESS:{x.hn(2, 120)} Merrion Road, Ballsbridge, Dublin]], [[POSTCODE:{eir}]].
A: That matches. I've frozen the account, cancelled the Lisbon booking and the points will be returned within {x.dur(3, 5, 'working days')}.
C: Thank goodness.
A: You'll get a password reset link. Please use a password you don't use anywhere else, and turn on the two-step check.
C: I will. Thanks, [[NAME:Ciarán]].
"""


# ---- theatre box offices -------------------------------------------------------------------
@case("asr")
def _(x):
    card = x.card("visa")
    e = x.expv()
    cvv = x.cvv()
    pc = gen_ukpc("NE2")
    row = rng.choice("cdefghjk")
    s1 = x.r(4, 20)
    n = x.r(2, 2)
    each = x.r(35, 65)
    ref = x.acct("TR######")
    return f"""
A: good afternoon theatre royal box office [[NAME:ellis]] speaking
C: hi i'd like {x.K('count', nw(n))} tickets for the saturday matinee please
A: lovely that's the {x.time(14, 14, 30)} performance the best pair i have together is row {row} seats {x.num_other(s1, s1)} and {x.num_other(s1 + 1, s1 + 1)} in the stalls at {x.pricev(each, '£')} each
C: that's fine
A: can i take your name
C: [[NAME:margot fenwick]]
A: and the card you'd like to pay with
C: it's [[CARD_NUMBER#c:{sd(card[:4])}]] sorry go on
A: no no you go ahead
C: [[CARD_NUMBER#c:{homo(sd(card[4:8]))}]]
A: yep
C: [[CARD_NUMBER#c:{homo(sd(card[8:12]), 'two')}]] and [[CARD_NUMBER#c!:{sd(alter(card[12:]))}]] no hang on [[CARD_NUMBER#c:{sd(card[12:])}]]
A: and the expiry
C: [[EXPIRY:{x.expf(e)}]]
A: and the security number on the back
C: [[CVV:{x.cvvf(cvv)}]]
A: and the postcode for the card
C: [[POSTCODE:{x.pcf(pc)}]]
A: lovely so that's {x.pricev(n * each, '£')} altogether the tickets will come by email what's the address
C: [[EMAIL:margot dot fenwick at btinternet dot com]]
A: and your booking reference is [[ACCOUNT_NUMBER:{x.idf(ref)}]]
C: thanks [[NAME:ellis]] we're really looking forward to it
A: enjoy the show
"""


@case("transcript")
def _(x):
    ref = x.acct("@@######")
    ph = x.pus("NY")
    card = x.card("visa")
    each = x.r(89, 169)
    s1 = x.r(101, 110)
    return f"""
A: Broadway Lights box office, this is [[NAME:Dominique]]. How can I help?
C: Hi, I booked {x.cnt(3, 3)} tickets for Friday online, but I use a wheelchair and I didn't see a way to book a wheelchair space.
A: I'm sorry about that. Let me transfer you to our access services team, they can move you. One moment.
A: Hello, access services, this is [[NAME:Ignatius]]. Can I get your booking reference?
C: [[ACCOUNT_NUMBER:{ref}]].
A: And the phone number on the booking?
C: [[PHONE:{x.phf(ph)}]].
A: Thank you, and your name?
C: [[NAME:Ezekiel Okafor]].
A: Thanks, Mr. [[NAME:Okafor]]. You're in the mezzanine, row {rng.choice('ABCDE')}, seats {x.num_other(s1, s1)} to {x.num_other(s1 + 2, s1 + 2)}.
C: Yes. I need a wheelchair space and companion seats next to it.
A: I have a wheelchair position in the orchestra, box {x.num_other(1, 4)}, with companion seats beside it. It's the same price, {x.pricev(each, '$')} each, so no charge to change.
C: Perfect.
A: Done. The new tickets are on the same card, the Visa ending [[CARD_NUMBER:{card[-4:]}]]. I'll e-mail them now. Is it still [[EMAIL:zeke.okafor@yahoo.com]]?
C: Yes.
A: The accessible entrance is on the side street. Doors are at {x.time(19, 19, 0)}, the show starts at {x.time(20, 20, 0)}.
C: Thank you, [[NAME:Ignatius]]. That was easy.
"""


@case("transcript")
def _(x):
    order = x.acct("#######")
    card = x.card("mc")
    e = x.expv()
    cvv = x.cvv()
    pc = gen_capc("M")
    fee = x.r(5, 10)
    return f"""
A: Good evening, Harbourfront Theatre box office, [[NAME:Étienne]] speaking.
C: Hi, I have tickets for the {x.date()} show and I can't make it. Can I swap to another night?
A: Yes, exchanges are {x.pricev(fee, '$')} per ticket. What's the order number?
C: [[ACCOUNT_NUMBER:{order}]].
A: And the name?
C: [[NAME:Priscilla Yeo]].
A: Thanks. You have {x.cnt(2, 4)} seats in the balcony. Which night would you like?
C: The following Thursday, if there's anything.
A: Thursday at {x.time(19, 20, 30)}, I have the same section, row {rng.choice('JKLM')}, slightly more central.
C: Great.
A: The exchange fee needs a card. Go ahead.
C: [[CARD_NUMBER:{x.cardf(card)}]].
A: Expiry?
C: [[EXPIRY:{x.expf(e)}]].
A: And the CVV?
C: [[CVV:{cvv}]].
A: And the postal code on the card?
C: [[POSTCODE:{pc}]].
A: That's approved. Your old tickets are cancelled and the new ones are in your account. Anything else?
C: Is parking still validated?
A: Yes, {x.price(12, 15, '$', False)} for the evening with your ticket.
C: Thanks, [[NAME:Étienne]].
"""


@case("asr")
def _(x):
    bk = rdig(8, True)
    m = x.menu(3)
    card = x.card("visa")
    return f"""
I: welcome to the riverside arts centre box office to book tickets press {m[0]} if you have a booking press {m[1]} for venue information press {m[2]}
I: please key in your booking number followed by the hash key
C: [[ACCOUNT_NUMBER:{odd_groups(bk)}]]
I: you entered [[ACCOUNT_NUMBER:{sd(bk, zero='zero')}]] please hold for the next available team member
A: hi there riverside box office it's [[NAME:tahnee]] speaking
C: hi i've got tickets for the ballet on saturday and i need to add another for my mum
A: no worries can i get your name
C: [[NAME:scarlett nakamura]]
A: thanks [[NAME:scarlett]] so you're in the dress circle row {rng.choice('bcdefg')} seats {x.num_other(10, 14)} and {x.num_other(15, 18)}
A: i can't get one next to you but i've got one directly behind is that okay
C: yeah that's fine she'll be happy with that
A: it's a concession is she over {x.K('other', nw(x.r(60, 65)))}
C: she's {x.age(66, 78)}
A: so that's {x.price(59, 79, 'A$', False)} shall i put it on the same card ending [[CARD_NUMBER:{sd(card[-4:])}]]
C: yes please
A: done your updated tickets go to [[EMAIL:scarlett dot nakamura at gmail dot com]] and the show starts at {x.time(19, 19, 30)}
C: thanks [[NAME:tahnee]]
"""


# ---- dog groomers --------------------------------------------------------------------------
@case("transcript")
def _(x):
    ph = x.puk("bri")
    pc = gen_ukpc("BS9")
    card = x.card("visa")
    e = x.expv()
    cvv = x.cvv()
    return f"""
A: Hello, Pampered Paws, [[NAME:Kelsey]] speaking.
C: Hi, I'd like to book my dog in for a full groom. She's a cockapoo called Biscuit.
A: Lovely! How old is she?
C: She's {x.age(2, 6, 'years old')}, about {x.qty(8, 12, 'kg')}.
A: Is her coat matted at all?
C: A bit behind the ears.
A: That's fine. The full groom for her size is {x.price(50, 65, '£', False)}, plus {x.price(10, 15, '£', False)} if the dematting takes longer than {x.dur(20, 20, 'minutes')}.
C: Okay.
A: I have {x.date()} at {x.time(9, 11, 0)}. Can I take your name?
C: [[NAME:Annabel Strickland]].
A: And a phone number?
C: [[PHONE:{x.phf(ph)}]].
A: And your address? We have a pick-up service if you're within {x.qty(3, 5, 'miles')}.
C: [[ADDRESS:{x.hn(2, 140)} Westbury Road, Westbury-on-Trym, Bristol]], [[POSTCODE:{pc}]].
A: You're in range, pick-up is {x.price(5, 5, '£', False)}. We take a {x.price(15, 15, '£', False)} deposit to hold the slot. Card number?
C: [[CARD_NUMBER:{x.cardf(card)}]].
A: Expiry and security code?
C: [[EXPIRY:{x.expf(e)}]], [[CVV:{cvv}]].
A: Perfect. We'll text [[PHONE:{x.phf(ph)}]] the evening before. Does Biscuit have any allergies?
C: Only to chicken, so no treats, please!
A: Noted. See you both soon, [[NAME:Annabel]].
"""


@case("asr")
def _(x):
    z = gen_zip("NC")
    ph = x.pus("NC")
    gate = rdig(4, True)
    return f"""
A: hi you've reached suds on wheels mobile grooming this is [[NAME:skylar]]
C: hey [[NAME:skylar]] it's [[NAME:summer brooks]] i'd like to book the van for both my dogs
A: awesome what are their names and breeds
C: cooper's a golden retriever and daisy's a little shih tzu
A: okay for both that's {x.price(150, 180, '$', False)} and it takes about {x.dur(2, 2, 'hours')}
C: that's fine
A: what's the address
C: [[ADDRESS:{x.hn(100, 9999)} providence road charlotte]] [[POSTCODE:{sp2(z[:4]) + ' ' + sd(z[4])}]]
A: and is there somewhere for the van to park it's about {x.qty(26, 26, 'feet')} long
C: yeah the driveway's big enough there's a gate code it's {x.K('other', sd(gate))}
A: got it and a phone number
C: [[PHONE:{x.phf(ph)}]]
A: i have {x.date()} at {x.time(9, 13, 0)}
C: perfect
A: most people add a {x.pct(15, 20)} tip for the groomer but that's totally up to you
C: sure thing
A: great you're booked [[NAME:summer]] we'll text [[PHONE:{x.phf(ph, 'sd')}]] when we're {x.dur(30, 30, 'minutes')} out
"""


@case("asr")
def _(x):
    bk = x.acct("PG#####")
    card = x.card("mc")
    return f"""
A: good morning posh pooch grooming [[NAME:kayla]] speaking
C: hi i'm calling to make a complaint my dog came home from you on saturday with a cut on his leg
A: oh no i'm really sorry can i get the booking number
C: [[ACCOUNT_NUMBER:{x.idf(bk)}]]
A: and your name
C: [[NAME:nathan pereira]]
A: thanks [[NAME:nathan]] that was the groom for max the kelpie
C: yeah he's only {x.age(1, 2, 'years old')} and he was limping all sunday
A: did you take him to the vet
C: yeah doctor [[NAME:henrietta lowe]] at the clinic on brunswick street she said it was from clippers and put {x.cnt(3, 4)} stitches in
A: i'm so sorry that should never happen i'll pass this to our manager [[NAME:corinne]] she'll want to see the vet bill
C: it was {x.price(280, 380, 'A$', True)}
A: we'll cover that and refund the groom which was {x.price(85, 95, 'A$', False)} to the card ending [[CARD_NUMBER:{sd(card[-4:])}]]
C: okay that's something
A: can you email the vet invoice to us and i'll get [[NAME:corinne]] to call you today
C: yeah send me the address my email is [[EMAIL:nathan dot pereira at outlook dot com dot au]]
A: thanks [[NAME:nathan]] and please give max a pat from us
"""


@case("transcript")
def _(x):
    card = x.card("visa")
    e = x.expv()
    cvv = x.cvv()
    return f"""
A: Kia ora, Fluff & Buff, [[NAME:Anahera]] speaking.
C: Hi! I've just got a puppy and I saw you do a puppy introduction package.
A: We do. How old is the pup?
C: {x.age(10, 14, 'weeks')}. He's a spoodle.
A: He needs to have had his second vaccination, at least {x.dur(7, 7, 'days')} before the first visit. When was that?
C: {x.date()}.
A: Perfect. The package is {x.cnt(3, 3)} short visits over {x.dur(6, 6, 'weeks')} for {x.price(90, 120, 'NZ$', False)}. Can I take your name?
C: [[NAME:Isla Fergusson]].
A: And his microchip number, for our records?
C: {x.trk(15)}.
A: Thank you. We take payment upfront for the package. Card number?
C: [[CARD_NUMBER:{x.cardf(card)}]].
A: Expiry date and CVC?
C: [[EXPIRY:{x.expf(e)}]], and [[CVV:{cvv}]].
A: Thank you. His first visit is {x.date()} at {x.time(10, 15, 0)}. I'll e-mail some puppy tips too, what's your address?
C: [[EMAIL:isla.fergusson@gmail.com]].
A: Lovely. See you both then, [[NAME:Isla]]!
"""


@case("asr")
def _(x):
    ph = x.pus("BC")
    card = x.card("visa")
    return f"""
A: good afternoon the grooming lodge this is [[NAME:hope]]
C: hi [[NAME:hope]] i need to cancel my appointment for tomorrow my dog's sick
A: oh sorry to hear that what's the name on the booking
C: [[NAME:oluwaseun adeleke]]
A: and the phone number on the file
C: [[PHONE#p:{homo(sd(ph[:3]))}]] um [[PHONE#p:{sd(ph[3:6])} {homo(sp2(ph[6:]), 'two')}]]
A: okay i see millie tomorrow at {x.time(9, 15, 30)}
A: since it's less than {x.dur(24, 24, 'hours')} there's normally a {x.price(25, 35, '$', False)} late cancellation fee but because she's sick i'll waive it
C: oh thank you that's kind
A: would you like to rebook
C: yes maybe in {x.dur(2, 3, 'weeks')} when she's better
A: i have {x.date()} at {x.time(10, 14, 0)}
C: that works
A: and the deposit stays on the card ending [[CARD_NUMBER:{sd(card[-4:])}]]
C: yes that's fine
A: great we hope she feels better soon
"""


# CASES_BELOW

def build():
    recs, flag_maps = [], []
    for i, (style, fn) in enumerate(CASES, 1):
        body = fn(X(style))
        rec, flags = parse_case(i, style, body)
        recs.append(rec)
        flag_maps.append(flags)
    return recs, flag_maps


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    recs, flag_maps = build()
    errs = self_test()
    e2, counts = validate(recs, flag_maps)
    errs += e2
    st = counts["stats"]
    print(f"cases {st['cases']} (asr {st['asr']}, transcript {st['transcript']}), "
          f"utterances {st['utterances']} (asr {st['asr_utts']}, transcript {st['transcript_utts']}), "
          f"utterances without pii {st['plain_utts']}, IVR cases {st['ivr_cases']}")
    print("pii spans: " + ", ".join(f"{t} {counts['pii'][t]}" for t in PII_TYPES)
          + f" (total {sum(counts['pii'].values())})")
    print(f"keep spans {st['keep']}: " + ", ".join(f"{k} {counts['keep'][k]}" for k in KEEP_KINDS))
    print("values in pieces: " + ", ".join(f"{t} {st['pieces_' + t]} ({st['pieces_multi_utt_' + t]} over several utterances)"
                                          for t in PII_TYPES if st['pieces_' + t])
          + f"; card mentions of four digits (last four, a piece read back) {st['card_4digit']}")
    if errs:
        for e in errs:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errs)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    if check_only:
        print("all checks passed (--check: nothing written)")
        return 0
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.name}: {len(recs)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
