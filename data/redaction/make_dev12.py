#!/usr/bin/env python3
"""Write data/redaction/dev12.jsonl: written as an eighth held-out set (test8.jsonl), measured once
(issue 14, the figures are in the README), then made a development set.

Written by a labeller who read only data/redaction/README.md (format and span conventions), and
none of the other sets, their generators or the redactor. Every conversation below was written
for this set; every card number, SSN, National Insurance number, phone number, postcode, ZIP,
date of birth, expiry date, security code and account/reference number comes from
``random.Random(SEED)`` through ``Gen`` and is rendered in the case's style by the helpers
below. Names, companies, streets, e-mail addresses and look-alikes are written by hand.

Markup inside the hand-written turns (stripped by ``parse``, offsets computed from the clean
text):

    [[TYPE:text]]        a pii span in a group of its own
    [[TYPE#k:text]]      a pii span in group ``k`` of the case (pieces of one value)
    [[TYPE#k!:text]]     a piece the speaker then takes back (kept in the group, left out of the
                         Luhn check); ``!4`` leaves out only its last 4 digits
    ((kind:text))        a look-alike (keep span)

TYPE codes: NAME ACCT CARD CVV EXP SSN PHONE EMAIL DOB ADDR PC. Kind codes: qty time price
flight date year dur pct model count other.

Labelling choices where the README's conventions are silent (the same choices earlier labellers
listed in the README, plus a few of this set's own):

- A UK National Insurance number ("QQ 12 34 56 C", spoken letter by letter) is an ``SSN`` span:
  it is the UK national identifier. US SSNs are SSN spans whole, in groups, with "dash", or as
  the last four.
- A sort code is an ``ACCOUNT_NUMBER`` of its own; so are vehicle registrations, NHS numbers,
  membership, supporter, policy, claim, booking, agreement, case, order, student and tenancy
  references.
- A card-number piece the speaker corrects stays in the card's group; so does the correction. An
  account number the caller gets wrong and then corrects is labelled twice, each its own group.
- A town said straight after the street is inside the ``ADDRESS`` span; "in <town>" is outside.
- A spelled surname after a name is its own NAME span and group. In ASR style a first name and
  surname said together are one span when nothing separates them.
- A courier's tracking number that fails the Luhn check, a room, seat, desk, pitch, platform or
  clinic number (the number only), an age or a birthday ("40th"), a road or junction number, a
  temperature, an error code, a council tax band and a product with digits in its name ("401k")
  are ``other`` look-alikes. Two ordinary words that are names elsewhere in the set ("miles",
  "mark") are ``other`` look-alikes where they are labelled; such words are not labelled
  everywhere ("will" as a verb is left alone).
- A date of death, of an accident, of travel or of an appointment is a ``date`` look-alike (never
  DOB). Weekdays and months used as dates are ``date`` where labelled, but not everywhere ("Friday's
  good" is left alone), so an utterance holding one can count as ordinary.
- When a caller restarts a number ("four two um sorry four two seven ..."), the false
  start is its own group. A card group the agent asks to hear again ("give me the third group
  again") keeps the repeated piece in the card's group; the generator leaves it out of the Luhn
  check (``!``). A whole card said again after "could you read it once more", and every agent or
  IVR read-back, is a group of its own.
- An expiry or security code is labelled only where the agent asks for it or the caller says what
  it is ("expiry's ...", "the cvv is ...", "... on the front").

Run ``python data/redaction/make_dev12.py`` to write the file (it prints the counts) and
``--check`` to build and validate only. The script exits with status 1 and writes nothing if any
check fails.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 683_514_029
OUT = Path(__file__).resolve().parent / "dev12.jsonl"

TYPES = {
    "NAME": "NAME", "ACCT": "ACCOUNT_NUMBER", "CARD": "CARD_NUMBER", "CVV": "CVV",
    "EXP": "EXPIRY", "SSN": "SSN", "PHONE": "PHONE", "EMAIL": "EMAIL", "DOB": "DOB",
    "ADDR": "ADDRESS", "PC": "POSTCODE",
}
KINDS = {
    "qty": "quantity", "time": "time", "price": "price", "flight": "flight_number",
    "date": "date", "year": "year", "dur": "duration", "pct": "percentage",
    "model": "model_number", "count": "count", "other": "other",
}
PII_ORDER = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_ORDER = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]

MINIMUMS_SPANS = {
    "NAME": 80, "ACCOUNT_NUMBER": 55, "CARD_NUMBER": 40, "CVV": 20, "EXPIRY": 20, "SSN": 15,
    "PHONE": 25, "EMAIL": 20, "DOB": 20, "ADDRESS": 20, "POSTCODE": 20,
}
MIN_CASES, MIN_UTTS, MIN_KEEP, MIN_ORDINARY = 80, 420, 180, 100

# --------------------------------------------------------------------------------------------
# numbers: generation
# --------------------------------------------------------------------------------------------


def luhn_ok(ds: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError


UK_PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
ZIP_PREFIX = {
    "OR": ["970", "972", "973"], "WA": ["980", "981", "983", "985"], "TX": ["750", "770", "787"],
    "IL": ["600", "606", "617"], "GA": ["300", "303", "310"], "OH": ["430", "441", "452"],
    "AZ": ["850", "852", "857"], "CO": ["800", "802", "805"], "MN": ["550", "554", "559"],
    "NC": ["272", "276", "282"], "PA": ["151", "191", "176"], "MI": ["480", "482", "495"],
    "CA": ["900", "921", "945", "958"], "VA": ["222", "232", "240"], "FL": ["321", "331", "336"],
    "NY": ["100", "112", "142"], "TN": ["370", "372", "381"], "NM": ["871", "880"],
}
US_AREA = {"OR": "503", "WA": "206", "TX": "512", "IL": "312", "GA": "404", "OH": "614",
           "AZ": "602", "CO": "303", "MN": "612", "NC": "919", "PA": "215", "MI": "313",
           "CA": "415", "VA": "804", "FL": "407", "NY": "718", "TN": "615", "NM": "505"}


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def digits(self, n: int, lead_nonzero: bool = False) -> str:
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if lead_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def pat(self, p: str) -> str:
        """'9' a digit, '1' a non-zero digit, 'A' a letter (no I/O), other characters as they are."""
        out = []
        for ch in p:
            if ch == "9":
                out.append(self.r.choice("0123456789"))
            elif ch == "1":
                out.append(self.r.choice("123456789"))
            elif ch == "A":
                out.append(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))
            else:
                out.append(ch)
        return "".join(out)

    def card(self, brand: str) -> str:
        if brand == "visa":
            body = "4" + self.digits(14)
        elif brand == "mc":
            body = str(self.r.randint(51, 55)) + self.digits(13)
        elif brand == "mc2":
            body = str(self.r.randint(2221, 2720)) + self.digits(11)
        elif brand == "amex":
            body = self.r.choice(["34", "37"]) + self.digits(12)
        elif brand == "disc":
            body = "6011" + self.digits(11)
        else:
            raise ValueError(brand)
        return body + luhn_digit(body)

    def tracking_fail(self, n: int) -> str:
        while True:
            s = self.digits(n, lead_nonzero=True)
            if not luhn_ok(s):
                return s

    def ssn(self) -> str:
        area = self.r.randint(1, 665)
        group = self.r.randint(1, 99)
        serial = self.r.randint(1, 9999)
        return f"{area:03d}{group:02d}{serial:04d}"

    def nino(self) -> str:
        while True:
            pre = self.r.choice(NINO_FIRST) + self.r.choice(NINO_SECOND)
            if pre not in NINO_BAD:
                break
        return pre + self.digits(6) + self.r.choice("ABCD")

    def phone_us(self, state: str) -> tuple[str, str, str]:
        return US_AREA[state], "555", "01" + self.digits(2)

    def phone_uk_mobile(self) -> str:
        return "07700900" + self.digits(3)

    def phone_uk_land(self) -> tuple[str, str, str]:
        kind = self.r.choice(["020", "0161", "0113", "0117", "0131", "029"])
        if kind == "020":
            return "020", "7946", "0" + self.digits(3)
        if kind == "029":
            return "029", "2018", "0" + self.digits(3)
        return kind, "496", "0" + self.digits(3)

    def postcode(self, outward: str) -> str:
        return f"{outward} {self.r.randint(1, 9)}{self.r.choice(UK_PC_LETTERS)}{self.r.choice(UK_PC_LETTERS)}"

    def zip(self, state: str) -> str:
        return self.r.choice(ZIP_PREFIX[state]) + self.digits(2)

    def zip_pre(self, prefix: str) -> str:
        return prefix + self.digits(5 - len(prefix))

    def dob(self, lo: int, hi: int) -> tuple[int, int, int]:
        y = self.r.randint(lo, hi)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return y, m, d

    def expiry(self, lo: int = 2027, hi: int = 2032) -> tuple[int, int]:
        return self.r.randint(1, 12), self.r.randint(lo, hi)

    def cvv(self, n: int = 3) -> str:
        return self.digits(n)

    def pick(self, seq):
        return self.r.choice(seq)


# --------------------------------------------------------------------------------------------
# numbers: rendering
# --------------------------------------------------------------------------------------------

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}


def d1(ch: str, zero: str = "oh") -> str:
    return zero if ch == "0" else ONES[int(ch)]


def say(ds: str, zero: str = "oh", double: bool = False) -> str:
    """Digit by digit; with double=True, 'double five' / 'triple oh' for runs."""
    ds = re.sub(r"\D", "", ds)
    out, i = [], 0
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i]:
            j += 1
        run = j - i
        if double and run == 2:
            out.append("double " + d1(ds[i], zero))
            i = j
        elif double and run == 3:
            out.append("triple " + d1(ds[i], zero))
            i = j
        else:
            out.append(d1(ds[i], zero))
            i += 1
    return " ".join(out)


def two(n: int) -> str:
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + ONES[u])


def pair(p: str, zero: str = "oh") -> str:
    if p[0] == "0":
        if p[1] == "0":
            return "double " + zero
        return zero + " " + ONES[int(p[1])]
    return two(int(p))


def pairs(ds: str, zero: str = "oh") -> str:
    """'4111' -> 'forty one eleven'; a trailing odd digit is said alone."""
    ds = re.sub(r"\D", "", ds)
    out = [pair(ds[i:i + 2], zero) for i in range(0, len(ds) - 1, 2)]
    if len(ds) % 2:
        out.append(d1(ds[-1], zero))
    return " ".join(out)


def four(ds: str, zero: str = "oh") -> str:
    """A four-digit group the way people say it: '4700' -> 'forty seven hundred', else pairs."""
    if len(ds) == 4 and ds.endswith("00") and ds[0] != "0":
        return two(int(ds[:2])) + " hundred"
    return pairs(ds, zero)


def year_words(y: int) -> str:
    if 2000 <= y <= 2009:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two(hi) + " hundred"
    if lo < 10:
        return two(hi) + " oh " + ONES[lo]
    return two(hi) + " " + two(lo)


def yy_words(y: int) -> str:
    lo = y % 100
    return ("oh " + ONES[lo]) if lo < 10 else two(lo)


def month_cap(m: int) -> str:
    return MONTHS[m - 1].capitalize()


def ordinal_suffix(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def groups(ds: str, sizes) -> list[str]:
    out, i = [], 0
    for n in sizes:
        out.append(ds[i:i + n])
        i += n
    assert i == len(ds), (ds, sizes)
    return out


def spaced(ds: str, sizes, sep: str = " ") -> str:
    return sep.join(groups(ds, sizes))


def letters(s: str) -> str:
    """'AB12' -> 'a b one two' (letters spelled, digits as words)."""
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(d1(ch))
        elif ch.isalpha():
            out.append(ch)
    return " ".join(out)


def nato(s: str, style: str = "for") -> str:
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(d1(ch))
        elif ch.isalpha():
            out.append(f"{ch} {style} {NATO[ch]}" if style else NATO[ch])
    return " ".join(out)


def ph_us_t(p, fmt: str = "paren") -> str:
    a, b, c = p
    if fmt == "paren":
        return f"({a}) {b}-{c}"
    if fmt == "dash":
        return f"{a}-{b}-{c}"
    if fmt == "dot":
        return f"{a}.{b}.{c}"
    return f"+1 {a} {b} {c}"


def pc_said(pc: str) -> str:
    """'LS6 2QT' -> 'l s six two q t'."""
    return letters(pc.replace(" ", ""))


# --------------------------------------------------------------------------------------------
# markup
# --------------------------------------------------------------------------------------------

MARK = re.compile(r"\[\[([A-Z]+)(?:#(\w+))?(!\d*)?:(.+?)\]\]|\(\(([a-z]+):(.+?)\)\)")
SPEAKERS = {"a": "agent", "c": "customer", "i": "ivr"}


def A(t):
    return ("a", t)


def C(t):
    return ("c", t)


def I(t):
    return ("i", t)


def parse(text: str):
    """Strip the markup; return the clean text, pii spans and keep spans (clean offsets)."""
    out, pii, keep, pos = [], [], [], 0
    clean_len = 0
    for m in MARK.finditer(text):
        before = text[pos:m.start()]
        out.append(before)
        clean_len += len(before)
        if m.group(1):
            code, grp, bang, val = m.group(1), m.group(2), m.group(3), m.group(4)
            if code not in TYPES:
                raise ValueError(f"unknown type {code!r} in {text!r}")
            drop = None
            if bang is not None:
                drop = int(bang[1:]) if len(bang) > 1 else -1
            pii.append({"start": clean_len, "end": clean_len + len(val), "type": TYPES[code],
                        "grp": grp, "drop": drop, "val": val})
        else:
            code, val = m.group(5), m.group(6)
            if code not in KINDS:
                raise ValueError(f"unknown kind {code!r} in {text!r}")
            keep.append({"start": clean_len, "end": clean_len + len(val), "kind": KINDS[code], "val": val})
        out.append(val)
        clean_len += len(val)
        pos = m.end()
    out.append(text[pos:])
    clean = "".join(out)
    if "[[" in clean or "]]" in clean or "((" in clean or "))" in clean:
        raise ValueError(f"markup left in {clean!r}")
    return clean, pii, keep


# --------------------------------------------------------------------------------------------
# spoken text -> digits / letters (for the checks)
# --------------------------------------------------------------------------------------------

WORD_DIGIT = {w: str(i) for i, w in enumerate(ONES)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0"})
TEEN_VAL = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_VAL = {w: i for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}


def to_digits(text: str) -> str:
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORD_DIGIT:
            out.append(WORD_DIGIT[toks[i + 1]] * (2 if t == "double" else 3))
            i += 1
        elif t in WORD_DIGIT:
            out.append(WORD_DIGIT[t])
        elif t in TEEN_VAL:
            out.append(TEEN_VAL[t])
        elif t in TENS_VAL:
            if i + 1 < len(toks) and toks[i + 1] in WORD_DIGIT and toks[i + 1] not in ("zero", "oh", "o", "nought"):
                out.append(str(TENS_VAL[t]) + WORD_DIGIT[toks[i + 1]])
                i += 1
            else:
                out.append(str(TENS_VAL[t]) + "0")
        elif t == "hundred":
            out.append("00")
        i += 1
    return "".join(out)


def to_alnum(text: str) -> str:
    """Letters and digits of a spoken or typed id: 'q q one two ... c' -> 'QQ12...C'."""
    toks = re.findall(r"[a-z]+(?:-ray)?|\d+|[A-Z]+", text)
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        tl = t.lower()
        if t.isdigit():
            out.append(t)
        elif tl in ("dash", "hyphen", "slash", "stroke", "space"):
            pass
        elif tl in ("for", "as") and i + 1 < len(toks):
            # "b for bravo", "b as in bravo": the letter was already said
            j = i + 1
            if toks[j].lower() == "in":
                j += 1
            if j < len(toks) and toks[j].lower() in NATO_REV:
                i = j
            else:
                raise ValueError(f"odd spelling in {text!r}")
        elif tl in NATO_REV:
            out.append(NATO_REV[tl].upper())
        elif tl in ("double", "triple") and i + 1 < len(toks):
            nxt = toks[i + 1].lower()
            n = 2 if tl == "double" else 3
            if nxt in WORD_DIGIT:
                out.append(WORD_DIGIT[nxt] * n)
            elif len(nxt) == 1:
                out.append(nxt.upper() * n)
            else:
                raise ValueError(f"odd double in {text!r}")
            i += 1
        elif tl in WORD_DIGIT and tl != "o":
            out.append(WORD_DIGIT[tl])
        elif tl in TEEN_VAL:
            out.append(TEEN_VAL[tl])
        elif tl in TENS_VAL:
            if i + 1 < len(toks) and toks[i + 1].lower() in WORD_DIGIT and toks[i + 1].lower() not in ("zero", "oh", "o"):
                out.append(str(TENS_VAL[tl]) + WORD_DIGIT[toks[i + 1].lower()])
                i += 1
            else:
                out.append(str(TENS_VAL[tl]) + "0")
        elif t.isupper() or len(t) == 1:
            out.append(t.upper())
        else:
            raise ValueError(f"odd token {t!r} in {text!r}")
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------

TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir", "madam", "prof",
          "mx", "mr.", "mrs.", "ms.", "dr."}
STREET_WORDS = {"street", "road", "avenue", "lane", "close", "drive", "way", "crescent", "grove",
                "place", "court", "terrace", "row", "hill", "gardens", "parade", "walk", "mews",
                "square", "boulevard", "rise", "view", "green", "wynd", "st", "rd", "ave", "ln",
                "dr", "blvd", "ct", "pl", "pike", "trail", "circle", "loop", "parkway", "quay",
                "yard", "wharf", "brow", "vale", "end", "park", "highway", "hwy"}
RUN_WORDS = set(ONES) | {"oh", "double", "triple"} | set(TEENS) | set(TENS[2:]) | {"hundred"}
UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
NINO = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
EMAIL_T = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
PUNCT_EDGE = set(" \t,.;:!?'\"-()[]/")


class CheckError(Exception):
    pass


def fail(cid, msg):
    raise CheckError(f"{cid}: {msg}")


def check_edges(cid, text, s, what):
    a, b = s["start"], s["end"]
    if not (0 <= a < b <= len(text)):
        fail(cid, f"{what} span out of range in {text!r}")
    v = text[a:b]
    first, last = v[0], v[-1]
    ok_first = first not in PUNCT_EDGE or (first in "(+" and what == "PHONE")
    ok_last = last not in PUNCT_EDGE or (last == "." and re.search(r"[ap]\.m\.$", v))
    if not ok_first or not ok_last:
        fail(cid, f"{what} span {v!r} has an edge space/punctuation")
    if a > 0 and text[a - 1].isalnum():
        fail(cid, f"{what} span {v!r} starts inside a word in {text!r}")
    if b < len(text) and text[b].isalnum():
        fail(cid, f"{what} span {v!r} ends inside a word in {text!r}")


def check_case(case, raw_pii):
    cid, style = case["case_id"], case["style"]
    utts = case["utterances"]
    # per-utterance: overlaps, digits outside, runs of digit words, lower case in ASR
    for ui, u in enumerate(utts):
        text = u["text"]
        if text != text.strip() or "  " in text or not text:
            fail(cid, f"spacing in {text!r}")
        spans = [(s["start"], s["end"]) for s in case["pii"] if s["utterance"] == ui]
        spans += [(s["start"], s["end"]) for s in case["keep"] if s["utterance"] == ui]
        spans.sort()
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            if a2 < b1:
                fail(cid, f"overlapping spans in {text!r}")
        masked = list(text)
        for a, b in spans:
            for k in range(a, b):
                masked[k] = "\x00"
        masked = "".join(masked)
        if re.search(r"\d", masked):
            fail(cid, f"digit outside a span in {text!r}")
        run = 0
        for tok in re.findall(r"[a-z]+|\x00+|[^\sa-z\x00]+", masked.lower()):
            if tok in RUN_WORDS:
                run += 1
                if run >= 4:
                    fail(cid, f"run of digit words outside spans in {text!r}")
            else:
                run = 0
        if style == "asr":
            if re.search(r"[A-Z]", text):
                fail(cid, f"capital letter in ASR {text!r}")
            if "@" in text:
                fail(cid, f"@ in ASR {text!r}")
    # each span
    for s, r in zip(case["pii"], raw_pii):
        text = utts[s["utterance"]]["text"]
        if (s["utterance"], s["start"], s["end"]) != (r["utterance"], r["start"], r["end"]) \
                or text[s["start"]:s["end"]] != r["val"]:
            fail(cid, f"span {r['val']!r} does not match its offsets")
        check_edges(cid, text, s, s["type"])
        v = text[s["start"]:s["end"]]
        t = s["type"]
        if t == "NAME":
            if re.search(r"\d", v):
                fail(cid, f"digit in NAME {v!r}")
            if v.split()[0].lower().rstrip(".") in TITLES or v.split()[0].lower() in TITLES:
                fail(cid, f"title in NAME {v!r}")
            if style == "transcript" and not re.search(r"(^|[\s'-])[A-ZÀ-Þ]", v):
                fail(cid, f"no capital in transcript NAME {v!r}")
        elif t == "EMAIL":
            if style == "transcript":
                if not EMAIL_T.match(v):
                    fail(cid, f"bad e-mail {v!r}")
            elif " at " not in f" {v} " or " dot " not in f" {v} ":
                fail(cid, f"bad spoken e-mail {v!r}")
        elif t == "ADDRESS":
            w = re.findall(r"[a-z]+|\d+\w*", v.lower())
            if not (w[0][0].isdigit() or w[0] in WORD_DIGIT or w[0] in TEEN_VAL or w[0] in TENS_VAL
                    or w[0] in ("flat", "apartment", "unit", "suite", "apt")):
                fail(cid, f"ADDRESS does not start with a number/flat: {v!r}")
            if not (set(w) & STREET_WORDS):
                fail(cid, f"ADDRESS without a street word: {v!r}")
        elif t == "POSTCODE":
            a = to_alnum(v)
            if not (UK_PC.match(a) or re.fullmatch(r"\d{5}", a)):
                fail(cid, f"bad postcode/ZIP {v!r} -> {a}")
        elif t == "CVV":
            if not re.fullmatch(r"\d{3,4}", to_digits(v)):
                fail(cid, f"bad CVV {v!r}")
        elif t == "PHONE":
            n = len(to_digits(v))
            if not 10 <= n <= 12:
                fail(cid, f"bad phone {v!r}")
        elif t == "DOB":
            if not (re.search(r"\d", v) or any(m in v.lower() for m in MONTHS) or to_digits(v)):
                fail(cid, f"bad DOB {v!r}")
    # groups
    by_grp = defaultdict(list)
    for s, r in zip(case["pii"], raw_pii):
        by_grp[s["group"]].append((s, r))
    for g, items in by_grp.items():
        types = {s["type"] for s, _ in items}
        if len(types) != 1:
            fail(cid, f"group {g} mixes types {types}")
        t = types.pop()
        vals = [utts[s["utterance"]]["text"][s["start"]:s["end"]] for s, _ in items]
        if t == "CARD_NUMBER":
            ds = ""
            for (s, r), v in zip(items, vals):
                d = to_digits(v)
                if r["drop"] == -1:
                    continue
                if r["drop"]:
                    d = d[:-r["drop"]]
                ds += d
            if len(ds) not in (15, 16) or not luhn_ok(ds):
                fail(cid, f"card group {g} -> {ds} fails length/Luhn")
            if len(ds) == 15 and ds[:2] not in ("34", "37"):
                fail(cid, f"15-digit card group {g} is not Amex")
        elif t == "SSN":
            joined = " ".join(vals)
            d = to_digits(joined)
            a = to_alnum(joined)
            if NINO.match(a) and a[:2] not in NINO_BAD:
                pass
            elif len(d) == 4 and re.fullmatch(r"\d+", a):
                pass
            elif len(d) == 9 and re.fullmatch(r"\d+", a):
                if d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
                    fail(cid, f"SSN shape {d}")
            else:
                fail(cid, f"bad SSN/NINO {joined!r} -> {a}")
        elif t == "EXPIRY":
            joined = " ".join(vals).lower()
            if not any(re.search(rf"\b{m[:3]}", joined) for m in MONTHS):
                d = to_digits(joined)
                mo = {3: d[:1], 4: d[:2], 6: d[:2]}.get(len(d))
                if mo is None or not 1 <= int(mo) <= 12:
                    fail(cid, f"bad expiry {joined!r}")
        elif t == "ACCOUNT_NUMBER":
            a = to_alnum(" ".join(vals))
            if not re.search(r"\d", a) or len(a) < 2:
                fail(cid, f"bad account {vals!r} -> {a}")
    # keep spans
    for k in case["keep"]:
        text = utts[k["utterance"]]["text"]
        check_edges(cid, text, k, k["kind"])
        v = text[k["start"]:k["end"]]
        if k["kind"] != "price" and v[0] in "£$€":
            fail(cid, f"currency sign outside a price {v!r}")
        d = re.sub(r"\D", "", v) or to_digits(v)
        if 13 <= len(d) <= 19 and luhn_ok(d):
            fail(cid, f"look-alike {v!r} passes Luhn")
        for s in case["pii"]:
            if s["utterance"] == k["utterance"] and len(d) >= 3:
                pd = to_digits(text[s["start"]:s["end"]])
                if pd and pd == d:
                    fail(cid, f"look-alike {v!r} has the digits of a pii span")


# --------------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------------

T, S = "transcript", "asr"
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def build():
    g = Gen(SEED)
    out, raws = [], []
    for n, fn in enumerate(CASES, 1):
        style, turns = fn(g)
        cid = f"t8-{n:03d}"
        utts, pii_raw, keep = [], [], []
        for ui, (spk, marked) in enumerate(turns):
            clean, p, k = parse(marked)
            utts.append({"speaker": SPEAKERS[spk], "text": clean})
            for s in p:
                if clean[s["start"]:s["end"]] != s["val"]:
                    raise CheckError(f"{cid}: pii offsets do not give {s['val']!r}")
                s["utterance"] = ui
                pii_raw.append(s)
            for s in k:
                if clean[s["start"]:s["end"]] != s["val"]:
                    raise CheckError(f"{cid}: keep offsets do not give {s['val']!r}")
                keep.append({"utterance": ui, "start": s["start"], "end": s["end"], "kind": s["kind"]})
        pii_raw.sort(key=lambda s: (s["utterance"], s["start"]))
        ids, anon, pii = {}, 0, []
        for s in pii_raw:
            if s["grp"] is None:
                anon += 1
                key = ("anon", anon)
            else:
                key = ("named", s["grp"])
            if key not in ids:
                ids[key] = f"g{len(ids) + 1}"
            pii.append({"utterance": s["utterance"], "start": s["start"], "end": s["end"],
                        "type": s["type"], "group": ids[key]})
        keep.sort(key=lambda s: (s["utterance"], s["start"]))
        c = {"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep}
        out.append(c)
        raws.append(pii_raw)
    return out, raws


def counts(cases):
    res = {"cases": Counter(), "utts": Counter(), "ordinary": Counter(), "spans": defaultdict(Counter),
           "groups": defaultdict(Counter), "keep": defaultdict(Counter)}
    for c in cases:
        st = c["style"]
        res["cases"][st] += 1
        res["utts"][st] += len(c["utterances"])
        busy = {s["utterance"] for s in c["pii"]} | {s["utterance"] for s in c["keep"]}
        res["ordinary"][st] += len(c["utterances"]) - len(busy)
        seen = set()
        for s in c["pii"]:
            res["spans"][s["type"]][st] += 1
            if s["group"] not in seen:
                seen.add(s["group"])
                res["groups"][s["type"]][st] += 1
        for k in c["keep"]:
            res["keep"][k["kind"]][st] += 1
    return res


def check_all(cases, raws):
    for c, r in zip(cases, raws):
        check_case(c, r)
    seen = {}
    for c in cases:
        for u in c["utterances"]:
            t = u["text"]
            if len(t.split()) >= 4:
                key = re.sub(r"[^\w\s]", "", t.lower())
                if key in seen:
                    raise CheckError(f"{c['case_id']}: utterance repeated from {seen[key]}: {t!r}")
                seen[key] = c["case_id"]
    res = counts(cases)
    problems = []
    ncases = sum(res["cases"].values())
    nutts = sum(res["utts"].values())
    if ncases < MIN_CASES:
        problems.append(f"cases {ncases} < {MIN_CASES}")
    if nutts < MIN_UTTS:
        problems.append(f"utterances {nutts} < {MIN_UTTS}")
    for t, m in MINIMUMS_SPANS.items():
        n = sum(res["spans"][t].values())
        if n < m:
            problems.append(f"{t} spans {n} < {m}")
    nkeep = sum(sum(v.values()) for v in res["keep"].values())
    if nkeep < MIN_KEEP:
        problems.append(f"keep spans {nkeep} < {MIN_KEEP}")
    for k in KEEP_ORDER:
        if sum(res["keep"][k].values()) < 5:
            problems.append(f"keep kind {k} has under 5 spans")
    nord = sum(res["ordinary"].values())
    if nord < MIN_ORDINARY:
        problems.append(f"ordinary utterances {nord} < {MIN_ORDINARY}")
    share = res["cases"][T] / max(ncases, 1)
    ushare = res["utts"][T] / max(nutts, 1)
    if not (0.4 <= share <= 0.6 and 0.4 <= ushare <= 0.6):
        problems.append(f"transcript share {share:.2f} of cases, {ushare:.2f} of utterances")
    if problems:
        raise CheckError("; ".join(problems))
    return res


def table(res):
    lines = []

    def row(label, ctr):
        lines.append(f"| {label} | {ctr[T]} | {ctr[S]} | {ctr[T] + ctr[S]} |")

    lines.append("| | transcript | asr | total |")
    lines.append("|---|---:|---:|---:|")
    row("cases", res["cases"])
    row("utterances", res["utts"])
    row("ordinary utterances (no pii, no keep)", res["ordinary"])
    lines.append("| **pii spans** | | | |")
    for t in PII_ORDER:
        row(t, res["spans"][t])
    tot = Counter()
    for t in PII_ORDER:
        tot.update(res["spans"][t])
    row("all pii spans", tot)
    lines.append("| **pii values (groups)** | | | |")
    for t in PII_ORDER:
        row(t, res["groups"][t])
    lines.append("| **keep (look-alikes)** | | | |")
    tot = Counter()
    for k in KEEP_ORDER:
        row(k, res["keep"][k])
        tot.update(res["keep"][k])
    row("all keep spans", tot)
    return "\n".join(lines)


def serialise(cases) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def main(argv):
    check_only = "--check" in argv
    try:
        cases, raws = build()
        res = check_all(cases, raws)
        text = serialise(cases)
        cases2, _ = build()
        if serialise(cases2) != text:
            raise CheckError("two builds differ")
    except (CheckError, ValueError, AssertionError) as e:
        print(f"make_dev12: check failed: {e}", file=sys.stderr)
        return 1
    if not check_only:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT.name}")
    print(table(res))
    return 0


# ============================================================================================
# the conversations
# ============================================================================================



def card_sizes(c: str):
    return [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4]


def card_t(c: str, sep: str = " ") -> str:
    return spaced(c, card_sizes(c), sep)


def exp_t(m: int, y: int, form: str = "mm/yy") -> str:
    if form == "mm/yy":
        return f"{m:02d}/{y % 100:02d}"
    if form == "mm/yyyy":
        return f"{m:02d}/{y}"
    if form == "m/yy":
        return f"{m}/{y % 100:02d}"
    if form == "month":
        return f"{month_cap(m)} {y}"
    if form == "mon'":
        return f"{month_cap(m)[:3]} {y}"
    if form == "mmyy":
        return f"{m:02d}{y % 100:02d}"
    raise ValueError(form)


def exp_s(m: int, y: int, form: str = "pairs") -> str:
    """ASR expiry: 'oh nine twenty nine', 'nine twenty nine', 'september twenty nine', ..."""
    if form == "pairs":
        return f"{pair(f'{m:02d}')} {yy_words(y)}"
    if form == "short":
        return f"{two(m)} {yy_words(y)}"
    if form == "month":
        return f"{MONTHS[m - 1]} {yy_words(y)}"
    if form == "monthfull":
        return f"{MONTHS[m - 1]} {year_words(y)}"
    if form == "digits":
        return say(f"{m:02d}{y % 100:02d}")
    if form == "slash":
        return f"{pair(f'{m:02d}')} slash {yy_words(y)}"
    raise ValueError(form)


def dob_t(y: int, m: int, d: int, form: str = "dmy") -> str:
    if form == "dmy":
        return f"{d:02d}/{m:02d}/{y}"
    if form == "mdy":
        return f"{m:02d}/{d:02d}/{y}"
    if form == "m/d/yy":
        return f"{m}/{d}/{y % 100:02d}"
    if form == "long":
        return f"{d} {month_cap(m)} {y}"
    if form == "us":
        return f"{month_cap(m)} {d}, {y}"
    if form == "ord":
        return f"{ordinal_suffix(d)} of {month_cap(m)} {y}"
    if form == "usord":
        return f"{month_cap(m)} {ordinal_suffix(d)}, {y}"
    if form == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if form == "dots":
        return f"{d:02d}.{m:02d}.{y % 100:02d}"
    raise ValueError(form)


def dob_s(y: int, m: int, d: int, form: str = "ord") -> str:
    if form == "ord":          # fourteenth of march nineteen eighty seven
        return f"{ORD[d]} of {MONTHS[m - 1]} {year_words(y)}"
    if form == "mord":         # march fourteenth nineteen eighty seven
        return f"{MONTHS[m - 1]} {ORD[d]} {year_words(y)}"
    if form == "mthe":         # march the fourteenth eighty seven
        return f"{MONTHS[m - 1]} the {ORD[d]} {yy_words(y)}"
    if form == "num":          # fourteen three eighty seven
        return f"{two(d)} {two(m)} {yy_words(y)}"
    if form == "digits":       # one four oh three eight seven
        return say(f"{d:02d}{m:02d}{y % 100:02d}")
    if form == "ninth":        # fourteenth of the third eighty seven
        return f"{ORD[d]} of the {ORD[m]} {yy_words(y)}"
    if form == "us":           # three fourteen nineteen eighty seven
        return f"{two(m)} {two(d)} {year_words(y)}"
    if form == "dmonth":       # fourteen march eighty seven
        return f"{two(d)} {MONTHS[m - 1]} {yy_words(y)}"
    raise ValueError(form)


def wrong_tail(ds: str, n: int = 4) -> str:
    """The last n digits with two neighbours swapped (a misread), never equal to the original."""
    tail = ds[-n:]
    for i in range(n - 1):
        if tail[i] != tail[i + 1]:
            return tail[:i] + tail[i + 1] + tail[i] + tail[i + 2:]
    return tail[:-1] + str((int(tail[-1]) + 3) % 10)


def uk_mob_t(p: str, form: str = "space") -> str:
    if form == "space":
        return f"{p[:5]} {p[5:]}"
    if form == "intl":
        return f"+44 {p[1:5]} {p[5:]}"
    if form == "three":
        return f"{p[:5]} {p[5:8]} {p[8:]}"
    return p


def uk_land_t(p) -> str:
    return " ".join(p)


# --- travel -------------------------------------------------------------------------------


@case
def airline_rebook(g):
    pnr = g.pat("A9AAA9")
    ff = g.digits(9, lead_nonzero=True)
    mob = g.phone_uk_mobile()
    return T, [
        A("Larkspur Air, you're through to [[NAME:Teodora]]. How can I help today?"),
        C("Hi [[NAME:Teodora]], my flight tonight's been cancelled, the ((flight:LK 318)) to Porto, and I need to get on something tomorrow."),
        A("I'm sorry about that. Can I take the booking reference?"),
        C(f"It's [[ACCT:{pnr}]]."),
        A("Thank you. And the lead passenger?"),
        C("[[NAME:Folasade Adebayo-Reid]]."),
        A("Thanks, Ms [[NAME:Adebayo-Reid]]. I can move you onto the ((time:07:40)) tomorrow, ((flight:LK 322)), landing at ((time:10:15)) local time."),
        C("That works. Is there a charge for changing?"),
        A(f"No charge, and there's a meal voucher for up to ((price:€25)) at the airport. Is [[PHONE:{uk_mob_t(mob)}]] still the best number for updates?"),
        C("Yes. Could you send the new itinerary to [[EMAIL:f.adebayoreid@sailmail.co.uk]] as well?"),
        A(f"Done. I've also put your frequent flyer number, [[ACCT:LK{ff}]], on the new flight."),
        C("Brilliant, thank you so much."),
    ]


@case
def tour_balance_card(g):
    c = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return S, [
        A("you're through to sunmarsh holidays this is [[NAME:callum]] speaking"),
        C("hiya [[NAME:callum]] it's [[NAME:bernadette okafor]] i've got the balance to pay on the crete trip"),
        A("lovely thanks [[NAME:bernadette]] yeah i can see ((price:eleven hundred and forty pounds)) due by the ((date:twelfth of june))"),
        C("i'll do it now on my visa if that's alright"),
        A("course go ahead with the long number whenever you're ready"),
        C(f"[[CARD#c:{say(p[0] + p[1])}]]"),
        A("mm-hmm"),
        C(f"[[CARD#c:{say(p[2])}]] hang on the print's worn off a bit [[CARD#c:{say(p[3])}]]"),
        A("and the expiry on it"),
        C(f"[[EXP:{exp_s(m, y, 'pairs')}]]"),
        A("and the three on the back"),
        C(f"[[CVV:{say(cvv)}]]"),
        A("that's gone through you'll get the receipt by email in about ((dur:ten minutes))"),
        C("amazing cheers"),
    ]


@case
def ferry_amend(g):
    ref = g.pat("HX9999999")
    reg = g.pat("AA99 AAA")
    c = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    return T, [
        A("Harbourline Ferries, [[NAME:Gethin]] speaking."),
        C(f"Hello, I need to change the sailing on booking [[ACCT:{ref}]], please."),
        A("Of course. Can I take the lead name?"),
        C("[[NAME:Owain Prothero]]."),
        A("Thank you, Mr [[NAME:Prothero]]. Which sailing would you like instead?"),
        C(f"The ((time:14:30)) on the ((date:22nd)) rather than the morning one. Same car, registration [[ACCT:{reg}]]."),
        A("And is the car still under ((qty:1.85 metres)) high? Roof boxes push some people over."),
        C("No roof box this time, just the ((count:two)) of us and the dog."),
        A("Then it's an ((price:£18)) amendment fee. Would you like to pay that by card now?"),
        C(f"Yes. It's [[CARD:{card_t(c)}]], expiry [[EXP:{exp_t(m, y)}]], and the code on the back is [[CVV:{cvv}]]."),
        A("Thank you, that's all changed. Check-in closes ((dur:45 minutes)) before departure."),
        C("Great, thanks Gethin."),
    ]


@case
def car_hire_excess(g):
    ra = g.digits(7, lead_nonzero=True)
    return S, [
        A("good afternoon roadwise car rental you're speaking with [[NAME:priyanka]]"),
        C("hi [[NAME:priyanka]] i've been charged the excess twice on my rental in malaga"),
        A("oh no let's get that sorted have you got the rental agreement number"),
        C(f"yeah it starts [[ACCT#r:r a]] um [[ACCT#r:{say(ra[:4])}]] sorry the paper's all creased [[ACCT#r:{say(ra[4:])}]]"),
        A(f"thanks so that's [[ACCT:r a {say(ra)}]]"),
        C("that's it the deposit was ((price:three hundred euros)) and it came off twice on the ((date:fourth))"),
        A("i can see both holds the second one should drop off within ((dur:five to seven working days))"),
        C("can you not just release it today"),
        A("i'll mark it urgent for you but i can't promise the bank will be quicker"),
        C("and it's definitely under my name [[NAME:suleiman haddad]] not the company's"),
        A("yes mr [[NAME:haddad]] it's a personal rental"),
    ]


@case
def rail_season_refund(g):
    photo = g.pat("TR99999999")
    y, mo, d = g.dob(1948, 1960)
    sort = g.digits(6)
    acct = g.digits(8)
    return T, [
        A("Tidewater Rail customer relations, this is [[NAME:Marguerite]]."),
        C("Hi, I'm ringing for my dad, [[NAME:Desmond Achterberg]]. He's been in hospital since ((date:March)) and won't be commuting again, so we'd like to refund his annual season ticket."),
        A("I'm sorry to hear that. Can you give me his photocard number? It's on the front of the card."),
        C(f"[[ACCT:{photo}]]."),
        A("Thank you. And his date of birth, please?"),
        C(f"[[DOB:{dob_t(y, mo, d, 'dmy')}]]."),
        A("Thanks. The ticket cost ((price:£4,312)) and there are ((dur:seven months)) left, so after the ((price:£10)) admin fee it's about ((price:£2,400)) back."),
        C("Can it go to his bank rather than the card? The card's been cancelled."),
        A("Yes, I just need the sort code and account number for an account in his name."),
        C(f"Sort code [[ACCT:{spaced(sort, [2, 2, 2], '-')}]], account number [[ACCT:{acct}]]."),
        A("And your name, as the person calling?"),
        C("[[NAME:Ingrid Achterberg]]. I'm his daughter and I've got lasting power of attorney."),
        A("Thanks, [[NAME:Ingrid]]. We'll need a copy of that. Where should I send the form?"),
        C("[[EMAIL:ingrid.achterberg@fenmail.net]]"),
    ]


@case
def travel_insurance_abroad(g):
    pol = g.digits(8)
    y, mo, d = g.dob(1975, 1984)
    mob = g.phone_uk_mobile()
    return S, [
        A("wayfarer travel insurance emergency assistance my name's [[NAME:efua]] is everyone safe right now"),
        C("yeah she's on the ward now my wife [[NAME:lindiwe]] fell down some steps in the old town"),
        A("i'm so sorry can i take the policy number"),
        C(f"it's [[ACCT#p:w t i {say(pol[:4])}]] uh [[ACCT#p:{say(pol[4:])}]]"),
        A("and the date of birth of the person who's hurt"),
        C(f"the [[DOB:{dob_s(y, mo, d, 'ord')}]]"),
        A("thank you has the hospital asked you for any payment"),
        C("they want a deposit of ((price:two thousand euros)) before they'll do the scan"),
        A("okay i'll send them a guarantee of payment directly do you know which ward she's on"),
        C("ward b room ((other:three twelve))"),
        A("and when were you due to fly home"),
        C("saturday on the ((flight:t p thirteen forty two))"),
        A("we may need to move that the medical team will ring you within ((dur:forty five minutes)) what's the best number"),
        C(f"[[PHONE:{say(mob, double=True)}]]"),
    ]


@case
def hotel_lost_property(g):
    pc = g.postcode("CV32")
    land = g.phone_uk_land()
    return T, [
        A("Good morning, The Marlowe Quay Hotel, front desk, [[NAME:Anselm]] speaking."),
        C("Hi [[NAME:Anselm]], I stayed last week and I think I left a laptop charger in room ((other:412))."),
        A("Let me check the lost property log. What name was the booking under?"),
        C("[[NAME:Hyun-woo Baek]]. That's [[NAME:B-A-E-K]]."),
        A("Thank you, Mr [[NAME:Baek]]. You checked out on the ((date:9th)), is that right?"),
        C("Yes, the ((date:9th)), around ((time:11 a.m.))"),
        A("We've got a black ((model:UA-65C)) charger logged from that floor."),
        C("That sounds like mine."),
        A("We can post it for ((price:£6.50)). What address shall I use?"),
        C(f"[[ADDR:Flat 7, 19 Whitebeam Mews, Leamington Spa]], [[PC:{pc}]]."),
        A("And a contact number in case the courier needs you?"),
        C(f"[[PHONE:{uk_land_t(land)}]]"),
        A("Lovely. It'll go out tomorrow and usually takes ((dur:2-3 days))."),
    ]


@case
def hotel_extra_night_amex(g):
    conf = g.digits(9, lead_nonzero=True)
    c = g.card("amex")
    cid = g.cvv(4)
    m, y = g.expiry()
    return S, [
        A("northvale hotels reservations [[NAME:kalinda]] speaking"),
        C("hi [[NAME:kalinda]] i need to add a night to our stay in york"),
        A("no problem what's the confirmation number"),
        C(f"[[ACCT:{pairs(conf)}]]"),
        A("and is that booking under [[NAME:lachlan pereira]]"),
        C("yeah that's me"),
        A("lovely i've got ((count:three)) adults arriving on the ((date:fourteenth))"),
        C("yep but we're staying ((dur:four nights)) now instead of three"),
        A("the extra night is ((price:a hundred and sixty nine pounds)) i'll need a card to guarantee it"),
        C(f"it's an amex [[CARD:{say(c[:4])} {say(c[4:10])} {say(c[10:])}]]"),
        A("and the four digit code on the front of it"),
        C(f"[[CVV:{say(cid)}]]"),
        A("and when does it expire"),
        C(f"[[EXP:{exp_s(m, y, 'month')}]]"),
        A("perfect that's added breakfast is from ((time:seven)) until ((time:ten thirty))"),
    ]


@case
def cruise_deposit_correction(g):
    ref = g.digits(6)
    c = g.card("visa")
    wrong = c[:12] + wrong_tail(c)
    m, y = g.expiry()
    cvv = g.cvv()
    y1, m1, d1_ = g.dob(1955, 1966)
    y2, m2, d2 = g.dob(1953, 1964)
    return T, [
        A("Meridian Cruises bookings, [[NAME:Shauna]] speaking."),
        C(f"Hi, I'd like to pay the deposit on the ((date:October)) Norway sailing. Reference [[ACCT:MC-{ref}-{g.digits(2)}]]."),
        A("Thank you. The deposit is ((pct:20%)), so that's ((price:£738)) today. Card number when you're ready."),
        C(f"[[CARD#a!4:{card_t(wrong)}]]. No, sorry, that last bit was [[CARD#a:{c[12:]}]]."),
        A(f"So that's [[CARD:{card_t(c)}]]?"),
        C(f"That's right. It expires [[EXP:{exp_t(m, y, 'mm/yyyy')}]] and the security code is [[CVV:{cvv}]]."),
        A("Thank you. For the passenger manifest I need dates of birth for both travellers."),
        C(f"Mine is [[DOB:{dob_t(y1, m1, d1_, 'us')}]], and my husband [[NAME:Aurelio]]'s is [[DOB:{dob_t(y2, m2, d2, 'long')}]]."),
        A("And your own full name as it appears on your passport?"),
        C("[[NAME:Roisin Vasquez-Tierney]]."),
        A("Lovely. The balance will be due ((dur:90 days)) before sailing."),
        C("Perfect."),
    ]


@case
def lost_bag_delivery(g):
    fileref = "LHRZB" + g.digits(5)
    tag = "0" + g.digits(9)
    pc = g.postcode("B73")
    mob = g.phone_uk_mobile()
    return S, [
        A("baggage services [[NAME:yusra]] speaking how can i help"),
        C("hi my bag didn't come off the ((flight:z b four one seven)) from lisbon last night"),
        A("i'm sorry about that did they give you a file reference at the desk"),
        C(f"yeah [[ACCT:{letters(fileref)}]]"),
        A("thanks and the bag tag number it's on the sticker they put on your boarding pass"),
        C(f"[[ACCT:{say(tag)}]]"),
        A("okay it's been found in lisbon it'll come over on the ((time:eighteen fifty)) flight tonight where shall we deliver it"),
        C(f"[[ADDR:fourteen juniper rise sutton coldfield]] [[PC:{pc_said(pc)}]]"),
        A("and a number the driver can ring"),
        C(f"[[PHONE:{say(mob)}]]"),
        A("great it should be with you before lunch tomorrow"),
        C("thanks [[NAME:yusra]] you're a star"),
    ]


@case
def wedding_venue_balance(g):
    c = g.card("mc2")
    p = groups(c, [4, 4, 4, 4])
    m, y = g.expiry()
    cvv = g.cvv()
    return T, [
        A("Ashcombe Barn events, [[NAME:Philippa]] speaking."),
        C("Hi, this is [[NAME:Babatunde Oyelaran]]. My fiancée [[NAME:Cerys]] and I have our wedding with you on the ((date:14th of September))."),
        A("Congratulations! Let me pull that up. Yes, ((count:110)) day guests and ((count:40)) more in the evening?"),
        C("It's gone up to ((count:126)) for the day, actually."),
        A("No problem. That adds ((price:£1,890)) to the balance, and the final ((pct:50%)) is due ((dur:six weeks)) before the day."),
        C("Can I pay ((price:£3,000)) of it now, on my card?"),
        A("Of course. Go ahead with the card number."),
        C(f"[[CARD#k:{p[0]} {p[1]}]]"),
        A("Yep."),
        C(f"[[CARD#k:{p[2]} {p[3]}]]."),
        A("And the expiry and the security code?"),
        C(f"[[EXP:{exp_t(m, y, 'm/yy')}]], and [[CVV:{cvv}]]."),
        A("Thank you, that's taken. Shall I send the receipt to [[EMAIL:b.oyelaran@quaymail.com]]?"),
        C("Yes, that's the one."),
    ]


@case
def restaurant_deposit_pairs(g):
    c = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    return S, [
        A("good evening the copper kettle bookings this is [[NAME:ellis]]"),
        C("hi [[NAME:ellis]] it's about the table for saturday the party of ((count:eight))"),
        A("lovely what name is it under"),
        C("[[NAME:gulnara iskakova]] that's [[NAME:i s k a k o v a]]"),
        A("got you at ((time:seven thirty)) we do need a deposit of ((price:ten pounds)) a head for groups over ((count:six))"),
        C(f"okay no problem the card is [[CARD:{pairs(c)}]]"),
        A("and the expiry date"),
        C(f"[[EXP:{exp_s(m, y, 'short')}]]"),
        A("and the three digits on the back"),
        C(f"[[CVV:{d1(cvv[0])} {pair(cvv[1:])}]]"),
        A("that's ((price:eighty pounds)) taken see you on saturday [[NAME:gulnara]]"),
        C("see you then bye"),
    ]


@case
def cottage_cancellation(g):
    ref = g.digits(6, lead_nonzero=True)
    return S, [
        A("cosy corners cottages [[NAME:hamza]] speaking"),
        C("hiya we've had to cancel our week in the lakes my mum's been taken poorly"),
        A("oh i'm sorry to hear that what's the booking reference"),
        C(f"[[ACCT#b:c c {say(ref[:2])}]] sorry i'm reading it off my phone [[ACCT#b:{say(ref[2:])}]]"),
        A(f"thanks that's [[ACCT:c c {say(ref)}]] and it's under which name"),
        C("[[NAME:moira kinnear]] [[NAME:k i double n e a r]]"),
        A("thanks [[NAME:moira]] because you're cancelling more than ((dur:eight weeks)) before you arrive you get ((pct:seventy five percent)) back"),
        C("so how much is that then"),
        A("you paid ((price:six hundred and twenty pounds)) so it's ((price:four hundred and sixty five pounds))"),
        C("okay can you email that over it's [[EMAIL:moira dot kinnear at fellmail dot co dot uk]]"),
        A("that's sent now hope your mum feels better soon"),
        C("thanks love"),
    ]


@case
def us_card_travel_block(g):
    c = g.card("disc")
    ssn = g.ssn()
    ph = g.phone_us("TX")
    return T, [
        A("Thank you for calling Bluestem Card Services, my name is [[NAME:Darnell]]. Who am I speaking with?"),
        C("[[NAME:Marisol Quintanilla]]. My card keeps getting declined here in Lisbon and I don't fly home until the ((date:18th))."),
        A("I'm sorry about that, Ms. [[NAME:Quintanilla]]. Can you verify the full card number for me?"),
        C(f"[[CARD:{card_t(c, '-')}]]"),
        A("And the last four of your Social?"),
        C(f"[[SSN:{ssn[-4:]}]]."),
        A("Thank you. I see a fraud block after a ((price:$1,240)) charge at ((time:3:12 a.m.)) Eastern."),
        C("That was the hotel. It's legit."),
        A(f"I'll clear that now. Is [[PHONE:{ph_us_t(ph)}]] still your cell, so we can text you alerts while you're away?"),
        C("Yes, it is."),
        A("Done. You'll also see a ((pct:3%)) foreign transaction fee on each purchase."),
        C("Okay, thanks for the warning."),
    ]


@case
def breakdown_motorway(g):
    mem = g.digits(12, lead_nonzero=True)
    reg = g.pat("AA99 AAA")
    mob = g.phone_uk_mobile()
    return S, [
        A("cobalt roadside rescue my name's [[NAME:aidan]] first of all is everyone safe"),
        C("yeah we're behind the barrier on the ((other:m five)) just past junction ((other:twenty one))"),
        A("good stay there can i take your membership number"),
        C(f"[[ACCT#m:{say(mem[:6])}]] um [[ACCT#m:{say(mem[6:])}]]"),
        A("and the registration"),
        C(f"[[ACCT:{letters(reg)}]]"),
        A("what's the make and model"),
        C("it's a ((model:vauxhall astra mark seven)) silver"),
        A("and what's happened with it"),
        C("red light came on and it lost power the temperature thing said ((other:a hundred and twenty)) before it died"),
        A("okay don't try and restart it a patrol is about ((dur:fifty minutes)) away what number can they reach you on"),
        C(f"[[PHONE:{say(mob)}]]"),
        A("and your name please"),
        C("[[NAME:wiktoria]] my husband [[NAME:bartek]] is with me as well"),
        A("okay [[NAME:wiktoria]] the patrol's called [[NAME:femi]] he'll ring when he's close"),
    ]


@case
def breakdown_renewal(g):
    mem = g.digits(9, lead_nonzero=True)
    c = g.card("mc2")
    m, y = g.expiry()
    cvv = g.cvv()
    return T, [
        A("Cobalt Roadside renewals, [[NAME:Nadia]] speaking."),
        C("Hi [[NAME:Nadia]], my cover ends on the ((date:3rd)) and I want to renew it, but without the European part this year."),
        A("Sure. What's the membership number?"),
        C(f"[[ACCT:CR-{mem}]]"),
        A("And your name?"),
        C("[[NAME:Ezra Halvorsen]]."),
        A("Thanks, [[NAME:Ezra]]. Without European cover it's ((price:£134)) for the year, down from ((price:£171)). Shall I take a card payment?"),
        C(f"Please. [[CARD:{c}]]."),
        A("Expiry?"),
        C(f"[[EXP:{exp_t(m, y, 'month')}]]."),
        A("And the three-digit code?"),
        C(f"[[CVV:{cvv}]]."),
        A("Thank you. Your documents will come to [[EMAIL:ezra.halvorsen@ptarmigan.org]] within ((dur:24 hours))."),
    ]


@case
def car_finance_settlement(g):
    agr = g.digits(9)
    y, mo, d = g.dob(1980, 1995)
    pc = g.postcode("LE4")
    return S, [
        A("kestrel motor finance you're speaking with [[NAME:oluwaseun]]"),
        C("hi there i'd like a settlement figure for my car please"),
        A("course can you give me the agreement number"),
        C(f"[[ACCT:k m f {say(agr)}]]"),
        A("and for security your date of birth"),
        C(f"[[DOB:{dob_s(y, mo, d, 'num')}]]"),
        A("and the first line of your address with the postcode"),
        C(f"[[ADDR:thirty one saxifrage close]] [[PC:{pc_said(pc)}]]"),
        A("thank you mr [[NAME:rahimi]] your settlement figure is ((price:six thousand two hundred and eighty pounds forty)) and it's valid for ((dur:twenty eight days))"),
        C("and that's with the interest taken off yeah the ((pct:nine point nine percent))"),
        A("that's right any interest you haven't used yet comes off"),
        C("okay can you send it in writing"),
        A("i'll post it out today"),
    ]


@case
def us_auto_loan_application(g):
    ssn = g.ssn()
    y, mo, d = g.dob(1978, 1996)
    z = g.zip_pre("432")
    ph = g.phone_us("OH")
    return T, [
        A("Redrock Auto Credit, this is [[NAME:Kayleigh]]. Are you calling about the application for the ((year:2021)) ((model:RAV4 XLE))?"),
        C("Yes, I'm [[NAME:Tesfaye Bekele]]. The dealer said you needed a couple more details from me."),
        A("That's right. I need your Social Security number to run the credit check."),
        C(f"It's [[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        A("Thank you. Date of birth?"),
        C(f"[[DOB:{dob_t(y, mo, d, 'mdy')}]]."),
        A("And your current address?"),
        C(f"[[ADDR:4418 Larkhaven Drive, Apt 12, Columbus]], Ohio [[PC:{z}]]."),
        A("And the best phone number?"),
        C(f"[[PHONE:{ph_us_t(ph, 'dash')}]]"),
        A("Thanks. The amount financed is ((price:$24,650)) over ((dur:72 months)) at ((pct:6.9%)) APR, pending approval."),
        C("How long does the approval take?"),
        A("Usually under ((dur:30 minutes)). I'll call you back."),
    ]


@case
def us_auto_loan_hardship(g):
    acct = g.digits(10, lead_nonzero=True)
    ssn = g.ssn()
    return S, [
        A("thanks for calling redrock auto credit this is [[NAME:brandon]] how can i help you"),
        C("hi [[NAME:brandon]] i'm gonna be late on my car payment this month i got laid off friday"),
        A("i'm sorry to hear that let's see what we can do can i get the account number"),
        C(f"yeah it's [[ACCT#a:{say(acct[:5], zero='zero')}]] hold on it's on the statement somewhere [[ACCT#a:{say(acct[5:], zero='zero')}]]"),
        A("and to verify the last four of your social"),
        C(f"[[SSN:{say(ssn[-4:], zero='zero')}]]"),
        A("thank you and am i speaking with [[NAME:latoya pemberton]]"),
        C("yes sir"),
        A("okay your payment of ((price:four eighty nine seventy two)) is due on the ((date:fifteenth)) i can move ((count:one)) payment to the end of the loan"),
        C("is there a fee for that"),
        A("there's a ((price:twenty five dollar)) fee and the interest still builds up"),
        C("okay let's do that then"),
    ]


@case
def motor_claim_fnol(g):
    pol = g.digits(7)
    reg = g.pat("AA99 AAA")
    claim = g.digits(8, lead_nonzero=True)
    return T, [
        A("Ashgrove Insurance claims, [[NAME:Imogen]] speaking. First of all, is anyone hurt?"),
        C("No, thankfully. Someone went into the back of me at the lights on ((date:Tuesday))."),
        A("I'm sorry to hear that. Can I take your policy number?"),
        C(f"[[ACCT:AGM/{pol}/{g.digits(2)}]]"),
        A("Thank you. Am I speaking with Mr [[NAME:Kaveh Shirazi]]?"),
        C("Yes, that's me."),
        A("What time did it happen?"),
        C("About ((time:5:40 p.m.)) I was doing ((qty:10 mph)), if that."),
        A("Did you get the other driver's details?"),
        C(f"Yes, her name's [[NAME:Colette Dubois-Mensah]], registration [[ACCT:{reg}]], and she's insured with Pennant Direct."),
        A(f"Lovely. I've opened the claim, and your reference is [[ACCT:CLM-{claim}]]."),
        C("Do I get a courtesy car?"),
        A("Yes, for up to ((dur:14 days)) while yours is repaired. Your excess is ((price:£350)), and you'll get it back if she's found at fault."),
    ]


@case
def windscreen_repair(g):
    pol = g.pat("AGM99999")
    pc = g.postcode("NE46")
    mob = g.phone_uk_mobile()
    return S, [
        A("clearview glass [[NAME:rhys]] speaking"),
        C("hi there i've got a crack right across my windscreen a stone flew up on the dual carriageway"),
        A("ouch which insurer are you with"),
        C(f"ashgrove i've got the policy number here it's [[ACCT:{letters(pol)}]]"),
        A("got it and the car's the ((model:kia ev six)) is that right"),
        C("yeah the grey one"),
        A("we can come out to you where will the car be"),
        C(f"on the drive at home [[ADDR:seven hollyhock terrace]] in hexham [[PC:{pc_said(pc)}]]"),
        A("we've got a slot on ((date:thursday)) between ((time:eight)) and ((time:twelve))"),
        C("that's fine i work from home"),
        A("the glass excess is ((price:seventy five pounds)) we'll take that on the day"),
        C(f"okay can the fitter text me on [[PHONE:{say(mob, zero='zero', double=True)}]] when he's on his way"),
        A("yep i'll put that on the job"),
    ]


@case
def garage_service_booking(g):
    reg = g.pat("AA99 AAA")
    mob = g.phone_uk_mobile()
    return T, [
        A("Brackley Motors service desk, [[NAME:Jodie]] speaking."),
        C("Hi [[NAME:Jodie]], it's [[NAME:Miles Okonjo]]. I'd like to book my car in for a service."),
        A("Sure. What's the registration?"),
        C(f"[[ACCT:{reg}]]. It's a ((year:2019)) ((model:Octavia 2.0 TDI))."),
        A("And roughly how many ((other:miles)) has it done?"),
        C("Just over ((qty:62,000 miles))."),
        A("Then it's due a major service: ((price:£389)), and it takes about ((dur:three hours)). I can do ((date:Friday)) at ((time:8:30))."),
        C("Friday's good. Can I wait for it?"),
        A(f"Of course, there's a lounge with free coffee. Is [[PHONE:{uk_mob_t(mob, 'three')}]] the best number for you?"),
        C("Yes, that's my mobile."),
        A("Lovely, you're booked in."),
    ]


@case
def total_loss_payout(g):
    claim = g.digits(6)
    sort = g.digits(6)
    acct = g.digits(8)
    return S, [
        A("ashgrove claims [[NAME:imran]] speaking"),
        C("hiya i'm ringing about my car it's been written off and they told me you'd pay out this week"),
        A("okay have you got the claim reference handy"),
        C(f"[[ACCT#c:c l m {say(claim[:2])}]] sorry my little one's shouting [[ACCT#c:{say(claim[2:])}]]"),
        A("no worries and just to confirm your full name"),
        C("[[NAME:danuta wisniewska]]"),
        A("thanks [[NAME:danuta]] the valuation's come through at ((price:eight thousand seven hundred and fifty pounds)) less your ((price:two fifty)) excess"),
        C("okay where does it get paid to"),
        A("i'll need a sort code and account number"),
        C(f"sort code [[ACCT:{pairs(sort)}]] and the account is [[ACCT:{say(acct)}]]"),
        A("lovely that'll be with you in ((dur:three to five working days))"),
        C("thank god for that"),
    ]


@case
def us_auto_claim_spouse(g):
    claim = g.digits(7, lead_nonzero=True)
    ssn = g.ssn()
    z = g.zip("CO")
    return T, [
        A("Sagebrush Mutual claims, this is [[NAME:Roberto]]."),
        C(f"Hi [[NAME:Roberto]], I'm calling about claim [[ACCT:SMC-{claim}]]."),
        A("Thanks. For verification, can I get the last four of the policyholder's Social?"),
        C(f"It's my husband's policy. [[SSN:{ssn[-4:]}]]."),
        A("And who am I speaking with?"),
        C("[[NAME:Haruka Lindgren]], his wife. [[NAME:Erik]]'s in surgery today, so I'm handling it."),
        A("I see you're a named driver on the policy, so I can go through it with you."),
        C("Good. The adjuster, [[NAME:Corinne Baptiste]], said the estimate would be ready today."),
        A("It is: ((price:$6,412.18)) for the repairs, and the rental is covered for ((dur:30 days)) at up to ((price:$45 a day))."),
        C("Can you email it to me? It's [[EMAIL:haruka.lindgren@cedarpost.net]]."),
        A(f"Sent. And is your mailing ZIP still [[PC:{z}]]?"),
        C("Yes."),
        A("Then the nearest in-network shop is Larimer Collision, off ((other:Route 287))."),
    ]


# --- charities and memberships --------------------------------------------------------------


@case
def charity_direct_debit(g):
    sup = g.digits(8, lead_nonzero=True)
    pc = g.postcode("TA1")
    sort = g.digits(6)
    acct = g.digits(8)
    return S, [
        A("hello the fernleigh trust supporter care this is [[NAME:ciaran]]"),
        C("oh hello i want to change the bank my monthly donation comes out of"),
        A("thank you for keeping it going can i take your supporter number it's at the top of our letters"),
        C(f"[[ACCT:{pairs(sup)}]]"),
        A("and can you confirm your name and address"),
        C(f"it's [[NAME:hazel pennington]] [[ADDR:twelve orchard view]] [[PC:{pc_said(pc)}]]"),
        A("thank you [[NAME:hazel]] and the new sort code and account number"),
        C(f"sort code [[ACCT:{say(sort, double=True)}]] and the account number [[ACCT:{say(acct, double=True)}]]"),
        A("lovely so the ((price:fifteen pounds)) a month will come from the new account from the ((date:first)) of next month"),
        C("and you've still got the gift aid on it"),
        A("yes that adds ((pct:twenty five percent)) at no cost to you"),
    ]


@case
def hospice_gift_aid(g):
    pc = g.postcode("LU2")
    return T, [
        A("Good afternoon, Lantern Hospice fundraising, [[NAME:Bethany]] speaking."),
        C("Hi [[NAME:Bethany]]. I sent ((price:£250)) in memory of my neighbour, [[NAME:Alf Gribble]], and I'd like to add Gift Aid to it."),
        A("That's very kind of you. When did you make the donation?"),
        C("On the ((date:2nd of May)), by bank transfer."),
        A("Found it. For Gift Aid I need your full name and home address."),
        C(f"[[NAME:Rosalind Achebe]], [[ADDR:58 Caddington Road, Luton]], [[PC:{pc}]]."),
        A("Thank you. And have you paid UK income tax or capital gains tax in the ((year:2024/25)) tax year?"),
        C("Yes, I'm still working."),
        A("Then I'll add it now. Can I send a confirmation by email?"),
        C("Yes, it's [[EMAIL:ros.achebe@kitemail.co.uk]]."),
        A("Perfect. Thank you for thinking of the hospice."),
    ]


@case
def heritage_membership(g):
    mem = g.digits(9, lead_nonzero=True)
    c = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    return S, [
        A("heritage keepers membership [[NAME:sandeep]] speaking"),
        C("hiya i want to renew our family membership before it runs out"),
        A("lovely can i have the membership number"),
        C(f"[[ACCT:{say(mem, double=True)}]]"),
        A("that's the joint membership for [[NAME:clement]] and [[NAME:ottilie fairbrother]]"),
        C("that's us and we've got ((count:three)) grandchildren on it now as well"),
        A("then it's family plus which is ((price:one hundred and forty two pounds)) for the year"),
        C(f"okay the card number is [[CARD:{say(c, double=True)}]]"),
        A("thank you and the expiry"),
        C(f"[[EXP:{exp_s(m, y, 'digits')}]]"),
        A("and the security code"),
        C(f"[[CVV:{say(cvv)}]]"),
        A("that's all renewed the new cards will be with you in ((dur:ten days))"),
    ]


@case
def gym_freeze(g):
    mem = g.digits(8, lead_nonzero=True)
    return T, [
        A("Ironbark Fitness, [[NAME:Kofi]] speaking."),
        C("Hi [[NAME:Kofi]], I'd like to freeze my membership. I've just had knee surgery."),
        A("Sorry to hear that. What's the membership number?"),
        C(f"[[ACCT:IB{mem}]]"),
        A("Thanks. Is that [[NAME:Sandy Ferreira]]?"),
        C("Yes, that's me."),
        A("We can freeze it for up to ((dur:three months)) at ((price:£5 a month)). From when?"),
        C("From the ((date:1st)), please. The physio says ((dur:ten to twelve weeks))."),
        A("Done. I'll email the confirmation to [[EMAIL:sandyferreira@orbitmail.com]]."),
        C("Thanks. It's been a rough month."),
        A("Take care of that knee, [[NAME:Sandy]]."),
    ]


@case
def junior_club_registration(g):
    y, mo, d = g.dob(2014, 2015)
    return S, [
        A("riverside juniors membership line [[NAME:gemma]] speaking"),
        C("hiya i'm trying to sign my son up for the under elevens"),
        A("brilliant what's his name"),
        C("[[NAME:tobiah asante]]"),
        A("and his date of birth"),
        C(f"[[DOB:{dob_s(y, mo, d, 'mord')}]]"),
        A("and your name as his parent"),
        C("[[NAME:akosua asante]]"),
        A("lovely the fee is ((price:sixty five pounds)) for the season and training is ((date:tuesdays)) at ((time:six))"),
        C("how do i pay for it"),
        A("i'll email you a link what's your email address"),
        C("[[EMAIL:akosua a k o s u a dot asante at bluewren dot com]]"),
        A("that's on its way now"),
    ]


@case
def marathon_charity_place(g):
    c = g.card("amex")
    m, y = g.expiry()
    cid = g.cvv(4)
    return T, [
        A("Sparrowfield Children's Trust events, [[NAME:Leontyne]] speaking."),
        C("Hi, I've got one of your charity places for the marathon and I need to pay the registration fee."),
        A("Wonderful! Can I take your name?"),
        C("[[NAME:Callixte Ndayishimiye]]."),
        A("Could you spell the surname for me?"),
        C("[[NAME:N-D-A-Y-I-S-H-I-M-I-Y-E]]."),
        A("Thank you. The fee is ((price:£75)), and the fundraising target is ((price:£2,000)). How would you like to pay?"),
        C(f"Amex: [[CARD:{card_t(c)}]], expires [[EXP:{exp_t(m, y, 'mm/yyyy')}]], and the four-digit code is [[CVV:{cid}]]."),
        A("Thank you. That's all ((qty:26.2 miles)) paid for!"),
        C("Ha. Now I just have to run it."),
    ]


@case
def animal_rescue_donation(g):
    c = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    return S, [
        A("hello brightwing animal rescue donations this is [[NAME:tomos]]"),
        C("hi i saw your appeal about the dogs from that farm and i'd like to give ((price:fifty pounds))"),
        A("oh that's so kind thank you can i take your name"),
        C("[[NAME:amber nakashima]]"),
        A("thank you [[NAME:amber]] and the long number on the card"),
        C(f"[[CARD:{spaced(c, [4, 3, 5, 4])}]]"),
        A("sorry you broke up in the middle could you read it once more"),
        C(f"[[CARD:{say(c, zero='zero')}]]"),
        A("got it and the expiry"),
        C(f"[[EXP:{exp_s(m, y, 'slash')}]]"),
        A("and the three digit number on the back please"),
        C(f"[[CVV:{say(cvv, zero='zero')}]]"),
        A("thank you so much that feeds ((count:ten)) dogs for a week"),
    ]


# --- legal and probate ----------------------------------------------------------------------


@case
def probate_will_search(g):
    y, mo, d = g.dob(1934, 1945)
    land = g.phone_uk_land()
    return T, [
        A("Mallory & Quaid, probate department, [[NAME:Harriet Kaplan]] speaking."),
        C("Good morning. My name is [[NAME:Anand Raghunathan]]. I'm the executor of my late aunt's estate, and I believe your firm holds her will."),
        A("I'm sorry for your loss. What was your aunt's name?"),
        C("[[NAME:Kamala Raghunathan]]. She passed away on the ((date:19th of January))."),
        A("And her date of birth, so I can find the will?"),
        C(f"[[DOB:{dob_t(y, mo, d, 'ord')}]]."),
        A(f"Thank you. I've found it; we drew it up in ((year:2011)). I'll open a file for you, and the reference is [[ACCT:MQ/PRB/{g.digits(4)}/{g.digits(2)}]]."),
        C("How long is probate taking at the moment?"),
        A("Roughly ((dur:16 weeks)) once we apply. With an estate of around ((price:£480,000)), inheritance tax may be due, so we'll need valuations first."),
        C(f"Understood. The best number for me is [[PHONE:{uk_land_t(land)}]]."),
        A("Thank you, Mr [[NAME:Raghunathan]]. I'll write to you this week."),
    ]


@case
def bereavement_passbook(g):
    roll = g.digits(4)
    roll2 = g.digits(8)
    pc = g.postcode("BS3")
    return S, [
        A("saltmarsh building society bereavement team my name's [[NAME:gwen]] and i'm so sorry for your loss"),
        C("thank you it's my dad he died on the ((date:sixth))"),
        A("can i take your dad's full name"),
        C("[[NAME:florin constantinescu]] that's [[NAME:c o n s t a n t i n e s c u]]"),
        A("and have you got an account number or a card of his"),
        C(f"i've got his passbook the roll number is [[ACCT:{say(roll)} stroke {say(roll2)}]]"),
        A("thank you and what was his last address"),
        C(f"[[ADDR:flat nine forty two quarry lane]] [[PC:{pc_said(pc)}]]"),
        A("and your name as the person letting us know"),
        C("[[NAME:radu constantinescu]] i'm his son and the executor"),
        A("thank you [[NAME:radu]] we'll freeze the account today and send you a pack within ((dur:five working days))"),
        C("okay thank you for being so kind about it"),
    ]


@case
def us_estate_accounts(g):
    ssn = g.ssn()
    y, mo, d = g.dob(1936, 1950)
    acct = g.digits(10, lead_nonzero=True)
    z = g.zip_pre("972")
    return T, [
        A("First Cascade Bank, estate services. This is [[NAME:Meredith]]."),
        C("Hi, I'm the executor of my mother's estate. Her name was [[NAME:Dolores Villanueva]]."),
        A("I'm very sorry. I'll need her Social Security number and date of birth to locate her accounts."),
        C(f"Her Social was [[SSN:{spaced(ssn, [3, 2, 4])}]], and she was born [[DOB:{dob_t(y, mo, d, 'usord')}]]."),
        A("Thank you. I see a checking account and a CD that matures on ((date:June 30))."),
        C(f"Can those be moved into the estate account? It's with you as well, account number [[ACCT:{acct}]]."),
        A("Yes, once we have the letters testamentary. What's your mailing address?"),
        C(f"[[ADDR:2217 NE Alder Street, Portland]], Oregon [[PC:{z}]]."),
        A("And your name for the file?"),
        C("[[NAME:Rafael Villanueva]]."),
        A("Thank you. There's a ((price:$312)) early withdrawal penalty if the CD is closed before it matures."),
        C("Then we'll wait for it."),
    ]


@case
def conveyancing_progress(g):
    ref = g.digits(5)
    pc = g.postcode("CT5")
    return S, [
        A("hartwell conveyancing [[NAME:lorcan]] speaking"),
        C("hi [[NAME:lorcan]] just checking where we are with our purchase"),
        A("no problem can i take the matter reference"),
        C(f"[[ACCT#m:h c {say(ref[:2])}]] uh [[ACCT#m:{say(ref[2:])}]]"),
        A("and the property address"),
        C(f"[[ADDR:twenty six wrenfield gardens whitstable]] [[PC:{pc_said(pc)}]]"),
        A("thanks my colleague [[NAME:imelda]] chased the searches and they came back on ((date:monday)) so we're aiming to exchange by the ((date:twentieth))"),
        C("and the deposit's ((pct:ten percent)) so ((price:thirty four thousand five hundred))"),
        A("that's right and we need it cleared ((dur:two days)) before exchange"),
        C("okay and my partner [[NAME:saoirse]] has to sign as well doesn't she"),
        A("yes i'll post both sets of documents today"),
    ]


@case
def personal_injury_nino(g):
    y, mo, d = g.dob(1970, 1990)
    ni = g.nino()
    mob = g.phone_uk_mobile()
    return T, [
        A("Fairbank Legal, personal injury team. You're speaking with [[NAME:Yolanda]]."),
        C(f"Hi, I'm calling about my claim. The reference is [[ACCT:PI/{g.digits(5)}/GS]]."),
        A("Thanks. Can you confirm your name and date of birth?"),
        C(f"[[NAME:Grzegorz Szymański]], [[DOB:{dob_t(y, mo, d, 'iso')}]]."),
        A("Thank you. The insurer has asked for your National Insurance number."),
        C(f"It's [[SSN:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]]."),
        A("Great. They've offered ((price:£4,750)), which is about ((pct:60%)) of what we valued the claim at. We'd advise against accepting."),
        C(f"Agreed. Can you ring me on [[PHONE:{uk_mob_t(mob, 'intl')}]] after ((time:5pm))?"),
        A("Of course. I'll call you then."),
    ]


@case
def will_writing_appointment(g):
    y1, m1, d1_ = g.dob(1944, 1952)
    y2, m2, d2 = g.dob(1946, 1954)
    land = g.phone_uk_land()
    return S, [
        A("penrose will writing service [[NAME:connie]] speaking"),
        C("hello i'd like to make an appointment for me and my wife to do our wills"),
        A("of course can i take both your names"),
        C("i'm [[NAME:horace]] and she's [[NAME:winifred]] and the surname's [[NAME:adeyemi-blake]]"),
        A("and both your dates of birth please"),
        C(f"mine's [[DOB:{dob_s(y1, m1, d1_, 'ninth')}]] and hers is the [[DOB:{dob_s(y2, m2, d2, 'ord')}]]"),
        A("we've got ((date:wednesday)) at ((time:two fifteen)) or ((date:friday)) at ((time:ten))"),
        C("wednesday please she has her hair done on fridays"),
        A("lovely a pair of mirror wills is ((price:two hundred and ninety pounds)) what's the best number for you"),
        C(f"[[PHONE:{say(''.join(land))}]]"),
        A("thank you see you wednesday"),
    ]


# --- pensions ---------------------------------------------------------------------------------


@case
def pension_options(g):
    pol = g.digits(8, lead_nonzero=True)
    ni = g.nino()
    y, mo, d = g.dob(1965, 1966)
    return T, [
        A("Brightwater Pensions, retirement team, [[NAME:Cormac]] speaking."),
        C("Hello. I'm turning ((other:60)) next month and I want to know what my options are."),
        A("Happy early birthday! Can I take your policy number?"),
        C(f"[[ACCT:BWP{pol}]]."),
        A("And your National Insurance number and date of birth, please."),
        C(f"[[SSN:{ni}]], and I was born on [[DOB:{dob_t(y, mo, d, 'long')}]]."),
        A("Thank you, Mrs [[NAME:Moretti-Shaw]]. Your pot is worth ((price:£186,420)). You can take up to ((pct:25%)) tax-free, so ((price:£46,605))."),
        C("And what happens to the rest?"),
        A("You could buy an annuity or go into drawdown. A free guidance appointment is worth it; they take about ((dur:45 minutes))."),
        C("Could you post me the forms?"),
        A("Yes, they'll be with you within ((dur:5 working days))."),
    ]


@case
def state_pension_claim(g):
    ni = g.nino()
    y, mo, d = g.dob(1959, 1959)
    pc = g.postcode("SK4")
    mob = g.phone_uk_mobile()
    return S, [
        A("pension service [[NAME:abimbola]] speaking"),
        C("hello i haven't had any letter about my state pension and i'm ((other:sixty six)) in ((date:august))"),
        A("let's have a look for you can i take your national insurance number"),
        C(f"[[SSN#n:{letters(ni[:2])} {pairs(ni[2:8])}]] um [[SSN#n:{ni[8].lower()}]]"),
        A("thank you and your date of birth"),
        C(f"[[DOB:{dob_s(y, mo, d, 'dmonth')}]]"),
        A("and the first line of your address"),
        C(f"[[ADDR:sixty eight brinksway road]] [[PC:{pc_said(pc)}]]"),
        A("thank you mr [[NAME:wilfred o'hare]] so it doesn't start on its own you have to claim it and you can do that up to ((dur:four months)) before"),
        C("oh nobody told me that"),
        A("i can take the claim now over the phone if you've got ((dur:twenty minutes))"),
        C(f"go on then my mobile's [[PHONE:{say(mob, double=True)}]] in case we get cut off"),
    ]


@case
def rollover_401k(g):
    ssn = g.ssn()
    y, mo, d = g.dob(1982, 1992)
    ira = g.pat("HS999999A")
    case_no = g.digits(7, lead_nonzero=True)
    ph = g.phone_us("MN")
    return T, [
        A("Thank you for calling Summitline Retirement, this is [[NAME:Jared]]."),
        C("Hi [[NAME:Jared]], I'm [[NAME:Nkechi Obi-Hartman]]. I left my employer in ((date:April)) and I want to roll my ((other:401k)) into an IRA."),
        A("Happy to help. For verification, your full Social Security number?"),
        C(f"[[SSN:{ssn}]]"),
        A("And your date of birth?"),
        C(f"[[DOB:{dob_t(y, mo, d, 'm/d/yy')}]]"),
        A("Thank you. The plan balance is ((price:$87,903.44)), and you're ((pct:100%)) vested."),
        C(f"Great. The new IRA is at Harrow Street Brokerage, account [[ACCT:{ira}]]."),
        A("Do you want a direct rollover? That avoids the ((pct:20%)) withholding."),
        C("Yes, direct, please."),
        A(f"I'll email the form to [[EMAIL:nkechi.obihartman@lumenpost.com]]. If you call back, quote case [[ACCT:RL-{case_no}]]."),
        C(f"Will do. My cell is [[PHONE:{ph_us_t(ph, 'intl')}]] if you need me."),
    ]


@case
def pension_poa_daughter(g):
    plan = g.digits(7, lead_nonzero=True)
    y, mo, d = g.dob(1938, 1946)
    ni = g.nino()
    return S, [
        A("hollins life pensions administration [[NAME:verity]] speaking"),
        C("hi i'm calling on behalf of my mum i've got power of attorney and it's registered with you"),
        A("okay can i take your name first"),
        C("[[NAME:parveen akhtar]]"),
        A("thank you and your mum's name"),
        C("[[NAME:rukhsana akhtar]]"),
        A("and her plan number"),
        C(f"[[ACCT:h l {say(plan)}]]"),
        A("and for security her date of birth and national insurance number"),
        C(f"she was born [[DOB:{dob_s(y, mo, d, 'mthe')}]] and her national insurance is [[SSN:{nato(ni[:2])} {say(ni[2:8])} {nato(ni[8], 'as in')}]]"),
        A("thank you yes i can see the power of attorney what can i help with"),
        C("she's gone into a care home and we need to take the ((pct:twenty five percent)) tax free to pay the fees"),
        A("i'll post the claim pack to you it takes about ((dur:ten working days)) once we get it back"),
    ]


@case
def survivor_pension(g):
    ni = g.nino()
    sort = g.digits(6)
    acct = g.digits(8)
    return T, [
        A("Good morning, Northgate Council Pension Fund, [[NAME:Priti]] speaking."),
        C("Hello. My husband, [[NAME:Leonard Ashworth-Bose]], was a member of the scheme. He died on the ((date:28th of February))."),
        A("I'm so sorry. Am I speaking to Mrs [[NAME:Ashworth-Bose]]?"),
        C("Yes. [[NAME:Margit]]."),
        A(f"Thank you, [[NAME:Margit]]. You're likely to be entitled to a survivor's pension of ((pct:50%)) of his. Can I take his National Insurance number?"),
        C(f"[[SSN:{ni[:2]} {ni[2:8]} {ni[8]}]]"),
        A("And where should we pay it? I'll need your sort code and account number."),
        C(f"Sort code [[ACCT:{spaced(sort, [2, 2, 2])}]], account [[ACCT:{acct}]]."),
        A("Thank you. The first payment usually comes within ((dur:six weeks)), backdated to the day after he died."),
        C("Thank you. You've been very patient with me."),
    ]


# --- relatives and carers ---------------------------------------------------------------------


@case
def carer_priority_register(g):
    pc = g.postcode("WN5")
    y, mo, d = g.dob(1934, 1937)
    meter = g.digits(10, lead_nonzero=True)
    acct = g.digits(9, lead_nonzero=True)
    return S, [
        A("pellucid energy [[NAME:marcus]] speaking"),
        C("hiya i'm a carer for one of your customers she's ((other:eighty nine)) and her heating's been off since ((date:sunday))"),
        A("oh no is she warm enough right now"),
        C("i've put a plug-in heater on but can we get her on the priority register"),
        A("yes is she with you so she can give permission"),
        C("she's right here she's nodding"),
        A("lovely what's her name and address"),
        C(f"[[NAME:edna fairclough]] [[ADDR:four bellflower walk]] [[PC:{pc_said(pc)}]]"),
        A("and her date of birth"),
        C(f"[[DOB:{dob_s(y, mo, d, 'digits')}]]"),
        A("do you have her account number"),
        C(f"it's [[ACCT:{say(meter)}]] no wait that's the meter number hang on [[ACCT:{say(acct)}]]"),
        A("got it i'll get an engineer out this afternoon between ((time:two)) and ((time:six))"),
        C("sorry what was your name again"),
        A("it's [[NAME:marcus]]"),
    ]


@case
def son_calls_broadband(g):
    y, mo, d = g.dob(1938, 1944)
    acct = g.digits(7)
    mob = g.phone_uk_mobile()
    return T, [
        A("Quillon Broadband, you're through to [[NAME:Aoife]]."),
        C("Hi, I'm calling for my mum, [[NAME:Yvonne Parkes]]. She's here on speaker."),
        C("Hello, yes, he can talk for me."),
        A("Thank you, Mrs [[NAME:Parkes]]. Could you confirm your date of birth?"),
        C(f"It's the [[DOB:{dob_t(y, mo, d, 'ord')}]]."),
        A("And the account number?"),
        C(f"[[ACCT:QB-{acct}-{g.digits(1)}]]"),
        A("Thank you. What seems to be the problem?"),
        C("Her internet drops every evening at about ((time:7pm)), and she's paying ((price:£42.99)) a month for ((qty:150Mb)) she never gets."),
        A("I can see ((count:14)) drop-outs this week. I'll book an engineer for ((date:Thursday)) morning and add a ((price:£10)) credit."),
        C(f"Can you add me as a named contact? [[NAME:Trevor Parkes]], [[PHONE:{uk_mob_t(mob)}]]."),
        A("Done, with your mum's permission."),
    ]


@case
def gp_repeat_prescription(g):
    y, mo, d = g.dob(1936, 1944)
    nhs = g.digits(10, lead_nonzero=True)
    return S, [
        A("ash lane surgery reception [[NAME:bronwen]] speaking"),
        C("hi i'm ringing about my mum's repeat prescription she's housebound"),
        A("can i have her name and date of birth"),
        C(f"[[NAME:iris delaney]] [[DOB:{dob_s(y, mo, d, 'ord')}]]"),
        A("and have you got her nhs number"),
        C(f"[[ACCT:{say(nhs[:3])} {say(nhs[3:6])} {say(nhs[6:])}]]"),
        A("thanks she's due the ((qty:twenty milligrams)) of omeprazole and the ((qty:five milligram)) ramipril"),
        C("yes that's the two and the chemist will deliver them"),
        A("they'll be ready in ((dur:forty eight hours)) and the doctor can do a phone review on ((date:friday)) at ((time:eleven forty))"),
        C("lovely i'll make sure i'm with her then thanks [[NAME:bronwen]]"),
    ]


@case
def us_hospital_bill_son(g):
    pat = g.digits(8, lead_nonzero=True)
    y, mo, d = g.dob(1940, 1950)
    ssn = g.ssn()
    mid = g.pat("XJA999999999")
    c = g.card("visa")
    m, yy = g.expiry()
    cvv = g.cvv()
    return T, [
        A("Copperleaf Health billing, this is [[NAME:Tamsin]]. How can I help?"),
        C(f"I'm calling about my father's bill. His name is [[NAME:Hector Alvarado]], patient account [[ACCT:{pat}]]."),
        A("Thank you. And his date of birth?"),
        C(f"[[DOB:{dob_t(y, mo, d, 'mdy')}]]"),
        A("And may I ask who's calling?"),
        C("[[NAME:Julio Alvarado]], his son. I'm the guarantor on the account."),
        A("Thanks, Mr. [[NAME:Alvarado]]. I need the last four of the guarantor's Social."),
        C(f"[[SSN:{ssn[-4:]}]]"),
        A("Thank you. The balance is ((price:$1,186.40)) after his insurance paid ((pct:80%))."),
        C(f"His secondary insurance should have paid some of that. The member ID is [[ACCT:{mid}]]."),
        A("I'll resubmit it to them. Would you like to pay anything today?"),
        C(f"I'll pay ((price:$200)) now. Card [[CARD:{card_t(c)}]], expiry [[EXP:{exp_t(m, yy)}]], CVV [[CVV:{cvv}]]."),
        A("Thank you, that's processed."),
    ]


@case
def husband_calls_mobile(g):
    mob = g.phone_uk_mobile()
    return S, [
        A("quillon mobile [[NAME:jaswinder]] speaking"),
        C("hello i'm calling about my wife's phone contract she's had a stroke and she can't really talk"),
        A("i'm really sorry to hear that what's her mobile number"),
        C(f"[[PHONE:{say(mob[:8])} {pairs(mob[8:])}]]"),
        A("and her full name"),
        C("[[NAME:rose mbatha]]"),
        A("and can i take your name"),
        C("i'm her husband [[NAME:sipho mbatha]]"),
        A("thank you we can pause her contract for ((dur:three months)) on medical grounds we'd just need a letter from the hospital"),
        C("she's still on ward ((other:seven)) at the general i can ask them"),
        A("that's fine and i'll freeze her ((price:thirty two fifty)) a month from today"),
        C("thank you that's one less thing"),
    ]


@case
def blue_badge_carer(g):
    badge = g.digits(8, lead_nonzero=True)
    ni = g.nino()
    y, mo, d = g.dob(1935, 1945)
    pc = g.postcode("HX1")
    return T, [
        A("Wrenfield Council, blue badge team, [[NAME:Osman]] speaking."),
        C("Hi, I'm ringing for my neighbour, [[NAME:Ivy Catterall]]. I'm her carer, and her badge runs out on the ((date:30th))."),
        A("Is Mrs [[NAME:Catterall]] with you?"),
        C("Yes, she's here and happy for me to talk."),
        A("Can I have the badge number?"),
        C(f"[[ACCT:WF-{badge}]]"),
        A("And her National Insurance number and date of birth?"),
        C(f"[[SSN:{ni[:2]} {spaced(ni[2:8], [2, 2, 2])} {ni[8]}]], and she was born on [[DOB:{dob_t(y, mo, d, 'dmy')}]]."),
        A(f"Has her address changed? We've got [[ADDR:Flat 3, 11 Coppice Street]], [[PC:{pc}]]."),
        C("No, same place."),
        A("Great. The renewal is ((price:£10)), and it takes about ((dur:12 weeks))."),
        C("Thanks, [[NAME:Osman]]."),
    ]


# --- banking, utilities, telecoms, retail: card-heavy calls -------------------------------------


@case
def card_fraud_pairs_readback(g):
    c = g.card("mc")
    p = groups(c, [4, 4, 4, 4])
    return S, [
        A("saltmarsh card fraud team [[NAME:ifeoma]] speaking"),
        C("hi i've just had a text about a payment i didn't make"),
        A("okay let's have a look can you read me the long number on the front"),
        C(f"[[CARD#c:{pairs(p[0])}]]"),
        A("uh huh"),
        C(f"[[CARD#c:{pairs(p[1])} {pairs(p[2])}]]"),
        A("and the last four"),
        C(f"[[CARD#c:{four(p[3])}]]"),
        A(f"thank you so that's [[CARD#r:{say(p[0] + p[1])}]]"),
        C("yep"),
        A(f"[[CARD#r:{say(p[2] + p[3])}]]"),
        C("that's right"),
        A("i can see ((price:three hundred and nineteen ninety nine)) at an electronics site at ((time:two fourteen)) this morning was that you"),
        C("no i was fast asleep"),
        A("there's also a ((price:one pound)) test payment from the day before"),
        C("definitely not me either"),
        A("i'll cancel the card now and a new one will be with you in ((dur:three to five days))"),
    ]


@case
def ivr_card_activation(g):
    c = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    yb, mb, db = g.dob(1985, 2001)
    return T, [
        I("Welcome to Saltmarsh card services. To activate your new card, please say the card number."),
        C(f"[[CARD:{card_t(c)}]]"),
        I("Thank you. Please say the expiry date."),
        C(f"[[EXP:{exp_t(m, y)}]]"),
        I("And the three-digit security code from the back of the card."),
        C(f"[[CVV:{cvv}]]"),
        I("For security, please say your date of birth."),
        C(f"[[DOB:{dob_t(yb, mb, db, 'long')}]]"),
        I("Thank you. Your card is now active. Your PIN will arrive separately within ((dur:2 working days))."),
    ]


@case
def ivr_energy_payment(g):
    ref = g.digits(10, lead_nonzero=True)
    c = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    return S, [
        I("welcome to pellucid energy payments please say your customer reference number"),
        C(f"[[ACCT:{say(ref)}]]"),
        I("thank you how much would you like to pay"),
        C("((price:sixty pounds))"),
        I("please say your card number"),
        C(f"[[CARD:{say(c)}]]"),
        I(f"you said [[CARD:{say(c, zero='zero')}]] is that correct"),
        C("yes"),
        I("please say the expiry date"),
        C(f"[[EXP:{exp_s(m, y, 'pairs')}]]"),
        I("now please say the three digit security code"),
        C(f"[[CVV:{say(cvv)}]]"),
        I("thank you your payment of ((price:sixty pounds)) has been accepted"),
    ]


@case
def home_renewal_correction(g):
    pol = g.digits(7, lead_nonzero=True)
    c = g.card("visa")
    p = groups(c, [4, 4, 4, 4])
    bad = wrong_tail(p[1])
    m, y = g.expiry()
    cvv = g.cvv()
    return T, [
        A("Ashgrove Home renewals, [[NAME:Henrietta]] speaking."),
        C("Hi [[NAME:Henrietta]]. My renewal has gone up ((pct:38%)) and I'd like to know why."),
        A("Let me have a look. What's the policy number?"),
        C(f"[[ACCT:AH{pol}]]"),
        A("Thank you, Mr [[NAME:Nwachukwu]]. It's mostly the flood rating for your area. I can bring it down to ((price:£512)) if you raise the excess to ((price:£500))."),
        C("OK, do that. I'll pay it all now."),
        A("Card number?"),
        C(f"[[CARD#c!4:{p[0]} {bad}]], sorry, no, [[CARD#c:{p[1]} {p[2]} {p[3]}]]."),
        A("Expiry date and security code?"),
        C(f"[[EXP:{exp_t(m, y, 'mon' + chr(39))}]], and it's [[CVV:{cvv}]]."),
        A("Thank you. You're covered from the ((date:12th))."),
    ]


@case
def water_leak_report(g):
    acct = g.digits(9, lead_nonzero=True)
    pc = g.postcode("PL4")
    return S, [
        A("southmoor water emergency line [[NAME:keir]] speaking"),
        C("hi there's water bubbling up through the pavement outside my house"),
        A("okay how long has it been going"),
        C("since about ((time:six)) this morning it's getting worse and my meter's gone up ((qty:two cubic metres)) overnight"),
        A("what's the address"),
        C(f"[[ADDR:nineteen lipson terrace]] [[PC:{pc_said(pc)}]]"),
        A("and are you a customer of ours"),
        C(f"yeah account [[ACCT:{pairs(acct)}]]"),
        A("thank you a crew will be there within ((dur:four hours)) if your pressure drops call us back"),
        C("will do cheers [[NAME:keir]]"),
    ]


@case
def number_porting(g):
    mob = g.phone_uk_mobile()
    pac = g.pat("AAA999999")
    return T, [
        A("Quillon Mobile, joining team, [[NAME:Rashida]] speaking."),
        C("Hi, I'm moving to you and I want to keep my number. I've got my PAC code."),
        A("Great. What's the number you're bringing over?"),
        C(f"[[PHONE:{uk_mob_t(mob)}]]"),
        A("And the PAC?"),
        C(f"[[ACCT:{pac}]]"),
        A("And the name on your old account?"),
        C("[[NAME:Cillian Ó Murchú]], with an accent on the O."),
        A("Thanks. The switch happens on the next working day, usually between ((time:9am)) and ((time:4pm)). You'll lose signal for up to ((dur:30 minutes))."),
        C("And the ((price:£12)) a month plan includes ((qty:100GB))?"),
        A("That's right, for ((dur:24 months))."),
    ]


@case
def phone_insurance_excess(g):
    pol = g.digits(8, lead_nonzero=True)
    c = g.card("mc2")
    m, y = g.expiry()
    cvv = g.cvv()
    return S, [
        A("gadgetguard claims [[NAME:petra]] speaking"),
        C("hi my phone got nicked on the bus and i need to claim"),
        A("sorry to hear that which phone was it"),
        C("the ((model:galaxy s twenty three)) the purple one"),
        A("and the policy number"),
        C(f"[[ACCT:g g {say(pol)}]]"),
        A("okay the excess is ((price:ninety nine pounds)) can i take a card for that"),
        C(f"yeah [[CARD:{spaced(c, [2, 3, 5, 4, 2])}]]"),
        A(f"let me just read that back [[CARD:{say(c[:8])} {say(c[8:])}]]"),
        C("yep"),
        A("and the expiry and the code on the back"),
        C(f"[[EXP:{exp_s(m, y, 'short')}]] and [[CVV:{say(cvv)}]]"),
        A("lovely a replacement will be with you in ((dur:two working days))"),
    ]


@case
def retail_order_card(g):
    order = g.digits(9, lead_nonzero=True)
    c = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    pc = g.postcode("G12")
    return T, [
        A("Thistle & Loom orders, [[NAME:Euan]] speaking."),
        C("Hi, I'd like to order ((qty:6)) of the linen napkins and the tablecloth from your catalogue."),
        A(f"Lovely. That's ((price:£94.50)) with delivery. Is it for the address on your account, order history [[ACCT:{order}]]?"),
        C("No, it's a gift. Please send it to my sister."),
        A("Sure. Her name and address?"),
        C(f"[[NAME:Ailsa Drummond]], [[ADDR:2/1, 48 Cresswell Street, Glasgow]], [[PC:{pc}]]."),
        A("And how would you like to pay?"),
        C(f"Card: [[CARD:{card_t(c, '-')}]]. Expiry [[EXP:{exp_t(m, y)}]], code [[CVV:{cvv}]]."),
        A("Thank you. Confirmation will go to your email."),
        C("Could you send it to [[EMAIL:kirstyn.drummond@heatherpost.co.uk]]? I've changed it."),
        A("Updated. It'll arrive within ((dur:3 working days))."),
    ]


@case
def retail_return_unprompted(g):
    order = g.digits(8, lead_nonzero=True)
    c = g.card("disc")
    return S, [
        A("hi there you've reached kettleby home returns my name is [[NAME:shona]]"),
        C(f"hi [[NAME:shona]] i need to send back a lamp it arrived smashed order [[ACCT:{say(order)}]] and the refund can go on [[CARD:{pairs(c)}]]"),
        A("oh okay thank you for all that let me find the order first"),
        C("it was the ((model:orla forty)) floor lamp"),
        A("yes the ((price:one hundred and twelve pounds)) one i'm sorry it came broken"),
        C("do i have to send the bits back"),
        A("no just a photo i'll refund the card you used it takes ((dur:three to five days))"),
        C("brilliant thank you"),
    ]


@case
def council_tax_move(g):
    ref = g.digits(9, lead_nonzero=True)
    pc_old = g.postcode("NE6")
    pc_new = g.postcode("NE3")
    return T, [
        A("Northgate Council, council tax, [[NAME:Leroy]] speaking."),
        C(f"Hi. I'm moving house and need to close my council tax account. Reference [[ACCT:{ref}]]."),
        A("Thank you. Can you confirm the address?"),
        C(f"[[ADDR:77 Heaton Grove]], [[PC:{pc_old}]]."),
        A("And the name on the account?"),
        C("[[NAME:Faisal Qureshi]] and [[NAME:Noor Qureshi]]."),
        A("What date are you moving?"),
        C("The ((date:15th)). And the new place is also in Northgate: [[ADDR:4 Beaumont Way, Gosforth]], [[PC:" + pc_new + "]]."),
        A("That one's band ((other:D)), so about ((price:£2,140)) a year over ((count:10)) instalments."),
        C("Can I keep paying by direct debit?"),
        A("Yes, I'll carry it over. Your first payment will be on the ((date:1st))."),
    ]


@case
def housing_repair(g):
    ten = g.digits(7, lead_nonzero=True)
    mob = g.phone_uk_mobile()
    return S, [
        A("wrenfield housing repairs [[NAME:dominika]] speaking"),
        C("hiya my boiler's packed in again and i've got a baby in the house"),
        A("oh no can i take your tenancy reference"),
        C(f"[[ACCT:{say(ten[:3])}]] um sorry [[ACCT:{say(ten[:3])} {say(ten[3:])}]]"),
        A("and the address"),
        C("[[ADDR:flat fourteen marigold house forty one canal street]]"),
        A("thanks is it showing a code on the front"),
        C("it says ((other:f twenty eight))"),
        A("that's the ignition i'll send an emergency engineer they'll be there within ((dur:four hours)) best number"),
        C(f"[[PHONE:{say(mob, zero='zero')}]]"),
        A("okay and if it gets too cold we can bring some heaters out"),
    ]


# --- education and US accounts ----------------------------------------------------------------


@case
def tuition_amex(g):
    sid = g.digits(8, lead_nonzero=True)
    y, mo, d = g.dob(2004, 2006)
    c = g.card("amex")
    m, yy = g.expiry()
    cid = g.cvv(4)
    return T, [
        A("Oakhurst College finance office, [[NAME:Benedikt]] speaking."),
        C(f"Hi, I'm paying my daughter's tuition instalment. Her student ID is [[ACCT:{sid}]]."),
        A("Thank you. Her name and date of birth?"),
        C(f"[[NAME:Zainab Hussaini]], [[DOB:{dob_t(y, mo, d, 'dots')}]]."),
        A("The instalment is ((price:£3,083.33)), the second of ((count:three)) this year."),
        C(f"I'll put it on my Amex. [[CARD:{c}]], expiry [[EXP:{exp_t(m, yy, 'mm/yy')}]], and [[CVV:{cid}]] on the front."),
        A("Thank you. Shall I send the receipt to her student email or to you?"),
        C("To me, please: [[EMAIL:m.hussaini@quernmail.com]]."),
        A("Done. The last instalment is due on the ((date:1st of April))."),
    ]


@case
def school_admission_move(g):
    ref = g.digits(6, lead_nonzero=True)
    y, mo, d = g.dob(2021, 2021)
    pc = g.postcode("WF1")
    return S, [
        A("northgate council school admissions [[NAME:yasmin]] speaking"),
        C("hi i applied for a reception place for my son and we've moved house since"),
        A("okay can i take the application reference"),
        C(f"[[ACCT:n g a {say(ref)}]]"),
        A("and your son's name and date of birth"),
        C(f"[[NAME:zeki yilmaz-carter]] [[DOB:{dob_s(y, mo, d, 'ord')}]]"),
        A("and the new address"),
        C(f"[[ADDR:thirty three thornbury crescent]] [[PC:{pc_said(pc)}]]"),
        A("that's a bit nearer the primaries you listed so i'll update it before the ((date:fifteenth))"),
        C("and we'll hear by ((date:april sixteenth)) still"),
        A("yes offers go out that day by email"),
    ]


@case
def us_student_loan(g):
    acct = g.digits(10, lead_nonzero=True)
    ssn = g.ssn()
    y, mo, d = g.dob(1990, 1999)
    ph = g.phone_us("PA")
    return T, [
        A("Keystone Student Servicing, this is [[NAME:Trevon]]. Can I have your account number?"),
        C(f"[[ACCT:{acct}]]."),
        A("Thank you. And your Social Security number?"),
        C(f"[[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        A("And the date of birth on the account?"),
        C(f"[[DOB:{dob_t(y, mo, d, 'usord')}]]."),
        A("Thank you, Ms. [[NAME:Okonkwo-Salazar]]. How can I help today?"),
        C("I want to switch to income-driven repayment. I'm only bringing home ((price:$3,100)) a month now."),
        A("I'll send you the application. Your payment could drop to as low as ((price:$0)), depending on family size. Is [[EMAIL:adaeze.os@pinemail.com]] still right?"),
        C(f"Yes. And please update my phone to [[PHONE:{ph_us_t(ph, 'dot')}]]."),
        A("Updated. Anything else?"),
        C("No, that's everything."),
    ]


@case
def us_utility_start(g):
    z = g.zip_pre("852")
    ssn = g.ssn()
    ph = g.phone_us("AZ")
    return S, [
        A("thanks for calling desert sun electric this is [[NAME:guadalupe]]"),
        C("hi i'm moving and need to start service at my new place"),
        A("sure what's the service address"),
        C(f"[[ADDR:eighteen forty two west ocotillo lane]] in mesa [[PC:{say(z)}]]"),
        A("and for the credit check the last four of your social"),
        C(f"[[SSN#s:{pairs(ssn[5:7])}]] uh [[SSN#s:{pairs(ssn[7:])}]]"),
        A("and the name for the account"),
        C("[[NAME:dakota whitehorse]]"),
        A("thank you [[NAME:dakota]] and a phone number"),
        C(f"[[PHONE:{say(''.join(ph))}]]"),
        A("you'll be on by ((time:five p m)) on the ((date:twenty eighth)) and there's a ((price:thirty five dollar)) connection fee"),
        C("that's fine"),
    ]


@case
def us_pharmacy_neighbor(g):
    y, mo, d = g.dob(1944, 1952)
    c = g.card("visa")
    m, yy = g.expiry()
    cvv = g.cvv()
    return S, [
        A("bluebonnet pharmacy [[NAME:chidi]] speaking"),
        C("hi i'm calling to pay for my mom's prescriptions so her neighbor can pick them up"),
        A("sure what's the patient's name and date of birth"),
        C(f"[[NAME:consuelo ibarra]] [[DOB:{dob_s(y, mo, d, 'us')}]]"),
        A("okay i've got ((count:two)) ready and the copay comes to ((price:forty two dollars and ten cents))"),
        C(f"okay it's [[CARD#c:{say(c[:8], zero='zero')}]] hang on the kids are yelling [[CARD#c:{say(c[8:], zero='zero')}]]"),
        A("and the expiration"),
        C(f"[[EXP:{exp_s(m, yy, 'monthfull')}]]"),
        A("and the cvv"),
        C(f"[[CVV:{say(cvv, zero='zero')}]]"),
        A("all set who's picking up"),
        C("her neighbor [[NAME:gladys thibodeaux]]"),
        A("okay she'll need her id and we're open till ((time:nine))"),
    ]


@case
def credit_union_join(g):
    ssn = g.ssn()
    y, mo, d = g.dob(1975, 2000)
    z = g.zip_pre("481")
    ph = g.phone_us("MI")
    return T, [
        A("Lakeshore Federal Credit Union, new members, this is [[NAME:Brielle]]."),
        C("Hi, I'd like to open a membership. My employer's on your partner list."),
        A("Great. Your full name?"),
        C("[[NAME:Viktor Abramowitz]]."),
        A("Social Security number?"),
        C(f"[[SSN:{spaced(ssn, [3, 2, 4])}]]"),
        A("Date of birth?"),
        C(f"[[DOB:{dob_t(y, mo, d, 'us')}]]"),
        A("Home address?"),
        C(f"[[ADDR:905 Juniper Hollow Court, Ann Arbor]], Michigan [[PC:{z}]]."),
        A("And an email and a phone number?"),
        C(f"[[EMAIL:vabramowitz@tallgrass.net]], and [[PHONE:{ph_us_t(ph)}]]."),
        A("Thanks. You'll need ((price:$5)) in the share savings account to become a member."),
        C("No problem."),
    ]


# --- more travel and hospitality --------------------------------------------------------------


@case
def hotel_noshow_refund(g):
    res = g.digits(8, lead_nonzero=True)
    c = g.card("visa")
    p = groups(c, [4, 4, 4, 4])
    return S, [
        A("harrowgate hotels guest relations [[NAME:olamide]] speaking"),
        C("hi i've been charged for a night i cancelled"),
        A("i'm sorry about that what's the reservation number"),
        C(f"[[ACCT:{pairs(res)}]]"),
        A("i can see you cancelled on the ((date:ninth)) for the stay on the ((date:tenth)) so it was inside ((dur:twenty four hours))"),
        C("but the email said free cancellation until midnight the day before"),
        A("you're right i'm sorry i'll refund the ((price:one thirty nine)) which card did you pay with"),
        C(f"[[CARD:{p[0]} {say(p[1])} {p[2]} {say(p[3])}]]"),
        A("thank you that'll show in ((dur:five to ten days)) and can i just check the name on the booking"),
        C("[[NAME:tadhg o'donoghue]]"),
        A("thank you [[NAME:tadhg]] sorry again"),
    ]


@case
def seat_upgrade(g):
    pnr = g.pat("AA9AAA")
    c = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    return T, [
        A("Larkspur Air premium upgrades, [[NAME:Ravi]] speaking."),
        C("Hi [[NAME:Ravi]]. I'm on the ((flight:LK 1907)) to Toronto on the ((date:3rd)) and I'd like to upgrade."),
        A("Can I have the booking reference?"),
        C(f"[[ACCT:{pnr}]]"),
        A("Thanks, Mr [[NAME:Ogunleye]]. I can offer seat ((other:4A)) in premium for ((price:£420)), or ((other:2K)) in business for ((price:£1,150))."),
        C(f"Premium, please, ((other:4A)). Card number [[CARD:{c}]], expiry [[EXP:{exp_t(m, y)}]], security code [[CVV:{cvv}]]."),
        A("Done. Premium boarding starts ((dur:15 minutes)) before general boarding."),
        C("And the return, the ((flight:LK 1908))?"),
        A("That one opens for upgrades ((dur:72 hours)) before departure."),
    ]


@case
def family_package_nato(g):
    c = g.card("mc2")
    p = groups(c, [4, 4, 4, 4])
    m, y = g.expiry()
    cvv = g.cvv()
    return S, [
        A("globetrot family holidays [[NAME:niamh]] speaking"),
        C("hi i want to book the orlando package for me and the kids"),
        A("lovely i'll need everyone's names as they are on the passports"),
        C("me [[NAME:ludmila kovacs]] and the kids [[NAME:mateo]] and [[NAME:zsofia]]"),
        A("how do you spell [[NAME:zsofia]]"),
        C("[[NAME:z for zulu s for sierra o for oscar f for foxtrot i for india a for alpha]]"),
        A("thanks the deposit's ((price:three hundred pounds)) a person so ((price:nine hundred)) today"),
        C(f"okay the card's [[CARD#c:{say(p[0])}]]"),
        A("and the next four"),
        C(f"[[CARD#c:{say(p[1])}]]"),
        A("mm-hmm"),
        C(f"[[CARD#c:{say(p[2] + p[3])}]]"),
        A("and the expiry"),
        C(f"[[EXP:{exp_s(m, y, 'pairs')}]]"),
        A("and the cvv"),
        C(f"[[CVV:{say(cvv)}]]"),
        A("great you're booked flying out on the ((flight:v s ninety five)) on the ((date:second of august))"),
    ]


@case
def pcp_missed_payment(g):
    agr = g.digits(8, lead_nonzero=True)
    c = g.card("visa")
    p = groups(c, [4, 4, 4, 4])
    m, y = g.expiry()
    cvv = g.cvv()
    return T, [
        A("Kestrel Motor Finance collections, [[NAME:Maryam]] speaking."),
        C("Hi, I missed my payment because my card changed. I want to pay it now."),
        A("No problem. What's the agreement number?"),
        C(f"[[ACCT:KMF-{agr}]]"),
        A("Thank you, Ms [[NAME:Tiwari]]. The missed amount is ((price:£286.14)), plus a ((price:£12)) late fee."),
        C(f"OK. The card is [[CARD#c:{p[0]} {p[1]}]]..."),
        A("Go on."),
        C(f"[[CARD#c:{p[2]}]]... and [[CARD#c:{p[3]}]]."),
        A(f"So that's [[CARD:{card_t(c)}]]?"),
        C(f"Yes. Expiry [[EXP:{exp_t(m, y, 'mm/yyyy')}]], CVV [[CVV:{cvv}]]."),
        A("Payment taken. The next one goes out on the ((date:28th)) as usual."),
    ]


@case
def parking_pcn(g):
    pcn = g.digits(8, lead_nonzero=True)
    reg = g.pat("AA99 AAA")
    c = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    return S, [
        A("northgate parking services [[NAME:deepak]] speaking"),
        C("hi i want to pay a parking ticket before it goes up"),
        A("what's the penalty charge notice number"),
        C(f"[[ACCT:n g {pairs(pcn)}]]"),
        A("and the vehicle registration"),
        C(f"[[ACCT:{letters(reg)}]]"),
        A("it's ((price:thirty five pounds)) as long as it's paid within ((dur:fourteen days)) so you're fine"),
        C(f"okay card number [[CARD:{say(c[:4])} {pairs(c[4:12])} {say(c[12:])}]]"),
        A("expiry"),
        C(f"[[EXP:{exp_s(m, y, 'month')}]]"),
        A("and the three digit code"),
        C(f"[[CVV:{say(cvv)}]]"),
        A("that's paid you'll get a receipt in the post"),
    ]


def card_hundred(g) -> str:
    """A Visa number whose second group is 'NN00' (said 'forty seven hundred')."""
    body = "4" + g.digits(3) + g.digits(2, lead_nonzero=True) + "00" + g.digits(7)
    return body + luhn_digit(body)


@case
def theatre_tickets(g):
    c = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    return T, [
        A("Good afternoon, Lyric Quay Theatre box office, [[NAME:Delphine]] speaking."),
        C("Hi [[NAME:Delphine]], I'd like ((count:four)) tickets for Saturday evening's ((time:7:30)) show."),
        A("I've got ((count:four)) together in row F, seats ((other:12)) to ((other:15)), at ((price:£38.50)) each."),
        C(f"Perfect. My card is [[CARD:{card_t(c)}]], expiry [[EXP:{exp_t(m, y)}]], security code [[CVV:{cvv}]]."),
        A("Thank you. And the name for collection?"),
        C("[[NAME:Ngozi Afolabi-Price]]."),
        A("Shall I send the e-tickets to the email on your account?"),
        C("Yes, [[EMAIL:ngozi.ap@lanternmail.co.uk]]."),
        A("Sent. Doors open at ((time:6:45)), and the bar takes pre-orders for the interval."),
        C("Lovely, thank you."),
    ]


@case
def boiler_leak(g):
    pc = g.postcode("DL3")
    return S, [
        A("homeshield boiler cover [[NAME:bogdan]] speaking"),
        C("hi my boiler's leaking from underneath"),
        A("okay let's get someone out what's the address"),
        C(f"[[ADDR:nine ravensworth avenue]] [[PC:{pc_said(pc)}]]"),
        A("and do you know what model it is"),
        C("it's an ((model:ideal logic plus c thirty five)) and the pressure's dropped to ((qty:point five bar))"),
        A("our engineer [[NAME:mark]] can come on ((date:wednesday)) between ((time:one)) and ((time:five))"),
        C("can you ((other:mark)) it urgent there's water all over the kitchen floor"),
        A("i've flagged it as urgent can i take an email for the confirmation"),
        C("[[EMAIL:pete underscore horrocks sixty one at tidemail dot co dot uk]]"),
        A("thanks [[NAME:pete]] turn the water off at the stopcock for now and put a towel down"),
    ]


@case
def new_payee_builder(g):
    sort = g.digits(6)
    acct = g.digits(8)
    return T, [
        A("Saltmarsh Building Society, [[NAME:Gareth]] speaking."),
        C("Hello, I need to pay my builder, but the app won't let me add him."),
        A("I can help with that. What's the payee's name?"),
        C("[[NAME:Dariusz Nowakowski]]. He trades as DN Roofing."),
        A("And the sort code and account number?"),
        C(f"[[ACCT:{spaced(sort, [2, 2, 2], '-')}]], [[ACCT:{acct}]]."),
        A("The name check says it's a close match: the account is held by [[NAME:D Nowakowski]]. Are you happy to go ahead?"),
        C("Yes. It's ((price:£2,750)) for the roof he did in ((date:June))."),
        A("Payments over ((price:£1,000)) to a new payee are held for ((dur:four hours)) as a safety check."),
        C("That's fine."),
        A("Done, Mr [[NAME:Egwu]]. Anything else?"),
        C("No, that's it. Thanks."),
    ]


@case
def engineer_running_late(g):
    mob = g.phone_uk_mobile()
    return S, [
        A("hi it's [[NAME:anton]] from quillon i'm the engineer booked in with you today"),
        C("oh hi [[NAME:anton]]"),
        A("i'm running about ((dur:twenty minutes)) behind sorry the last job overran"),
        C("no worries i'm in all day"),
        A("can you remind me which door it is the satnav keeps sending me round the back"),
        C("it's the blue door next to the chip shop we're the flat above"),
        A("lovely and is the router still in the front room"),
        C("yeah by the telly my partner [[NAME:drew]] moved it last week"),
        A("okay see you in a bit"),
        C(f"if i don't pick up ring [[PHONE:{say(mob, double=True)}]] that's [[NAME:drew]]'s mobile"),
        A("will do"),
    ]


@case
def outpatient_phone_consult(g):
    hosp = g.digits(7, lead_nonzero=True)
    y, mo, d = g.dob(1938, 1948)
    land = g.phone_uk_land()
    mob = g.phone_uk_mobile()
    return T, [
        A("Riverside Hospital outpatients, [[NAME:Chiamaka]] speaking."),
        C("Hi, I need to move my mother's clinic appointment. She's had a fall."),
        A("I'm sorry to hear that. Can I have her hospital number?"),
        C(f"[[ACCT:RH{hosp}]]. Her name is [[NAME:Beatrix Holloway]]."),
        A("And her date of birth, please?"),
        C(f"[[DOB:{dob_t(y, mo, d, 'long')}]]"),
        A("She's booked for ((date:Monday 14th)) at ((time:10:20)) in Clinic ((other:7))."),
        C("Could it be a phone appointment instead? She can't get in."),
        A("Yes, I'll change it to a telephone consultation. Which number should the consultant ring?"),
        C(f"[[PHONE:{uk_land_t(land)}]], and if there's no answer, my mobile, [[PHONE:{uk_mob_t(mob, 'space')}]]."),
        A("Noted. The consultant will ring within ((dur:15 minutes)) of the appointment time."),
    ]


@case
def dentist_register_child(g):
    y, mo, d = g.dob(2017, 2018)
    return S, [
        A("brookfield dental [[NAME:hollie]] speaking"),
        C("hiya i'd like to register my daughter she's ((other:seven))"),
        A("lovely can i take her name and date of birth"),
        C(f"[[NAME:safiya begum]] [[DOB:{dob_s(y, mo, d, 'digits')}]]"),
        A("and an email address for the reminders"),
        C("[[EMAIL:r begum eighty eight at quickpost dot com]]"),
        A("children are free on the nhs and we've got ((date:thursday)) at ((time:three forty)) after school"),
        C("perfect that works"),
        A("see you both then"),
    ]


@case
def us_tax_new_baby(g):
    ssn_b = g.ssn()
    y, mo, d = g.dob(2024, 2024)
    ssn_p = g.ssn()
    return S, [
        A("thank you for calling ledgerline tax this is [[NAME:terrence]]"),
        C("hi i need to add my new baby to my ((year:twenty twenty four)) return"),
        A("congratulations what's the baby's name"),
        C("[[NAME:amara]]"),
        A("and does she have her social yet"),
        C(f"yeah it came last week it's [[SSN:{say(ssn_b[:3], zero='zero')} dash {say(ssn_b[3:5], zero='zero')} dash {say(ssn_b[5:], zero='zero')}]]"),
        A("and what date was she born"),
        C(f"[[DOB:{dob_s(y, mo, d, 'mord')}]]"),
        A("and just to verify you the last four of your social"),
        C(f"[[SSN:{pairs(ssn_p[5:])}]]"),
        A("thank you mister [[NAME:kwarteng]] with the child tax credit that's up to ((price:two thousand dollars)) back"),
        C("nice that'll pay for the diapers"),
    ]


@case
def student_rent_hundred(g):
    sid = g.digits(8, lead_nonzero=True)
    c = card_hundred(g)
    p = groups(c, [4, 4, 4, 4])
    m, y = g.expiry()
    cvv = g.cvv()
    return S, [
        A("harbourside student living [[NAME:fenella]] speaking"),
        C("hi i'm paying my rent for next term"),
        A("can i take your student id"),
        C(f"[[ACCT:{say(sid)}]]"),
        A("thanks that's room ((other:b two oh seven)) in the tower block and the term is ((price:two thousand four hundred and sixty pounds))"),
        C(f"yeah card's [[CARD:{pairs(p[0])} {four(p[1])} {pairs(p[2])} {pairs(p[3])}]]"),
        A("and the expiry date then the code on the back"),
        C(f"[[EXP:{exp_s(m, y, 'pairs')}]] and [[CVV:{say(cvv)}]]"),
        A("lovely shall i send the receipt to your uni email"),
        C("yes please [[EMAIL:k dot abubakar at students dot harbourside dot ac dot uk]]"),
        A("done you're all paid up till ((date:june))"),
    ]


@case
def vehicle_tax(g):
    ref = g.digits(12, lead_nonzero=True)
    reg = g.pat("AA99 AAA")
    c = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    return T, [
        A("Good morning, vehicle tax helpline, [[NAME:Zoltan]] speaking."),
        C("Hi, I bought a car last week and need to tax it. I've got the new keeper slip."),
        A("Then I need the reference number from the green slip."),
        C(f"[[ACCT:{spaced(ref, [4, 4, 4])}]]"),
        A("And the registration?"),
        C(f"[[ACCT:{reg}]]"),
        A("It's ((price:£195)) for ((dur:12 months)), or ((price:£204.75)) by direct debit."),
        C(f"Card, please, for the full year. [[CARD:{card_t(c)}]]."),
        A("Expiry date?"),
        C(f"[[EXP:{exp_t(m, y, 'mm/yy')}]]"),
        A("And the last three digits on the signature strip?"),
        C(f"[[CVV:{cvv}]]"),
        A("Thank you. The car is taxed from the ((date:1st)) of this month."),
    ]


@case
def locked_keys(g):
    pc = g.postcode("LS17")
    mob = g.phone_uk_mobile()
    return S, [
        A("cobalt roadside [[NAME:shanelle]] speaking"),
        C("hi i've locked my keys in the car with the engine still running"),
        A("oh dear where are you"),
        C("the retail park just off the ((other:a six one)) north of leeds"),
        A("have you got your membership number"),
        C("not on me can you find me by name [[NAME:tariq mahmood]] that's [[NAME:m for mike a for alpha h for hotel m for mike o for oscar o for oscar d for delta]]"),
        A("found you what's the postcode on the account"),
        C(f"[[PC:{pc_said(pc)}]]"),
        A("thanks someone will be with you in about ((dur:thirty five minutes)) what number can they ring"),
        C(f"[[PHONE:{say(mob[:5])} {say(mob[5:8])} {say(mob[8:])}]]"),
        A("okay stay with the car and keep your phone on"),
    ]


@case
def deposit_dispute(g):
    dep = g.digits(7, lead_nonzero=True)
    pc = g.postcode("E1")
    return S, [
        A("safehold deposit scheme [[NAME:juliana]] speaking"),
        C("hi my landlord's keeping ((price:six hundred pounds)) of my deposit for cleaning and i left it spotless"),
        A("okay can i take the deposit id"),
        C(f"[[ACCT:d p {say(dep)}]]"),
        A("and the address of the property"),
        C(f"[[ADDR:flat two forty nine alderney road]] [[PC:{pc_said(pc)}]]"),
        A("and your landlord's name"),
        C("mister [[NAME:costas papadakis]]"),
        A("you can raise a dispute it's free and takes around ((dur:twenty eight days)) i'll just need your email"),
        C("[[EMAIL:bukola dot adewale at swiftpost dot net]]"),
        A("thanks [[NAME:bukola]] the form is on its way"),
    ]


@case
def funeral_plan(g):
    plan = g.digits(6, lead_nonzero=True)
    y, mo, d = g.dob(1938, 1946)
    mob = g.phone_uk_mobile()
    return T, [
        A("Evergreen Funeral Plans, [[NAME:Cressida]] speaking."),
        C("Hello. My father had a plan with you. He passed away last night."),
        A("I'm so sorry. Do you have his plan number?"),
        C(f"[[ACCT:EFP-{plan}]]. His name was [[NAME:Augustine Mensah]]."),
        A("And his date of birth, to confirm?"),
        C(f"[[DOB:{dob_t(y, mo, d, 'dmy')}]]"),
        A("Thank you. The plan covers the funeral director's fees in full, plus ((price:£1,200)) towards third-party costs."),
        C("The funeral director is Holloway & Daughters. They said the funeral would be in about ((dur:ten days))."),
        A("Then I'll contact them directly. What's the best number for you?"),
        C(f"[[PHONE:{uk_mob_t(mob, 'intl')}]]. I'm [[NAME:Abena]], his daughter."),
        A("And an email for the paperwork?"),
        C("[[EMAIL:abena.mensah@kestrelpost.com]]"),
    ]


def card_triple(g) -> str:
    """A Mastercard number with a run of three in its second group (said 'triple ...')."""
    x = g.digits(1)
    body = "5" + str(g.r.randint(1, 5)) + g.digits(3) + x * 3 + g.digits(7)
    body = body[:4] + (g.pick([d for d in "0123456789" if d != x])) + body[5:]
    return body + luhn_digit(body)


@case
def pension_scam_report(g):
    ni = g.nino()
    land = g.phone_uk_land()
    return S, [
        A("brightwater pensions fraud line [[NAME:oisin]] speaking"),
        C("hi i think i've been targeted by a scam someone rang offering ((pct:eight percent)) guaranteed if i moved my pension"),
        A("you did the right thing calling us did you give them anything"),
        C(f"only my national insurance number before i got suspicious [[SSN:{letters(ni[:2])} {say(ni[2:8], double=True)} {ni[8].lower()}]]"),
        A("okay i'll put a fraud marker on your policy did they leave a number"),
        C(f"yeah they said ring back on [[PHONE:{say(''.join(land))}]]"),
        A("thank you we'll pass that on and can i just confirm i'm speaking to [[NAME:gwendolyn ashcroft]]"),
        C("yes that's me"),
        A("your pension hasn't moved since ((year:twenty nineteen)) so it's safe we'll write to you within ((dur:five days))"),
        C("thank you i feel a bit silly"),
        A("please don't they're very convincing"),
    ]


@case
def us_group_block_amex(g):
    c = g.card("amex")
    m, y = g.expiry()
    cid = g.cvv(4)
    z = g.zip("TN")
    return T, [
        A("Thank you for calling Sable Creek Resorts group sales, this is [[NAME:Dmitri]]."),
        C("Hi [[NAME:Dmitri]]. I'm booking ((count:12)) rooms for a family reunion, ((date:July 18)) to ((date:July 21))."),
        A("Wonderful. The group rate is ((price:$189)) a night plus ((pct:11.5%)) tax. I'll need a card to hold the block."),
        C(f"Sure. American Express, [[CARD:{card_t(c)}]]."),
        A(f"Let me read that back: [[CARD:{card_t(c, '-')}]]."),
        C(f"Correct. Expiration [[EXP:{exp_t(m, y, 'mm/yy')}]], CID [[CVV:{cid}]], billing ZIP [[PC:{z}]]."),
        A("And the name on the card?"),
        C("[[NAME:Latisha Boudreaux-Kim]]."),
        A("Which email should the confirmation go to?"),
        C("[[EMAIL:latisha.bk@magnoliamail.com]]"),
        A("Done. Rooms not picked up by ((date:June 17)) go back on general sale."),
    ]


@case
def car_quote_switch(g):
    y, mo, d = g.dob(1979, 1990)
    pc = g.postcode("SO15")
    return S, [
        A("ashgrove car insurance quotes [[NAME:harpreet]] speaking"),
        C("hi my renewal's come in at ((price:nine hundred and twelve pounds)) which is mad"),
        A("let's see if we can beat it what's your date of birth"),
        C(f"[[DOB:{dob_s(y, mo, d, 'ninth')}]]"),
        A("and your address"),
        C(f"[[ADDR:one hundred and four cranbourne road]] [[PC:{pc_said(pc)}]]"),
        A("what's the car"),
        C("a ((year:twenty eighteen)) ((model:mazda cx five))"),
        A("and how many years no claims"),
        C("((dur:six years))"),
        A("i can do ((price:six hundred and forty)) with a ((price:two fifty)) excess"),
        C("go on then email it over [[EMAIL:leon dot fitzgerald at rookmail dot co dot uk]]"),
        A("sent it's valid for ((dur:thirty days))"),
    ]


@case
def unaccompanied_minor(g):
    y, mo, d = g.dob(2013, 2014)
    mob1 = g.phone_uk_mobile()
    mob2 = g.phone_uk_mobile()
    return T, [
        A("Larkspur Air special assistance, [[NAME:Giselle]] speaking."),
        C("Hi. My son is flying on his own to his dad's on the ((flight:LK 640)) on ((date:Friday)), and I want to book the escort service."),
        A("Of course. How old is he?"),
        C(f"((other:11)). His name is [[NAME:Kai Nakamura-Ellis]], and he was born on [[DOB:{dob_t(y, mo, d, 'dmy')}]]."),
        A("Thank you. The service is ((price:£65)) each way. Who's collecting him at the other end?"),
        C(f"His dad, [[NAME:Hiroshi Nakamura]]. His mobile is [[PHONE:{uk_mob_t(mob1, 'intl')}]], and mine is [[PHONE:{mob2}]]."),
        A("He'll need photo ID. Please arrive ((dur:two hours)) before departure; the escort will meet you at desk ((other:14))."),
        C("Great, thank you."),
    ]


@case
def caravan_extra_night(g):
    ref = g.digits(6, lead_nonzero=True)
    c = card_triple(g)
    p = groups(c, [4, 4, 4, 4])
    bad = wrong_tail(p[2])
    m, y = g.expiry()
    cvv = g.cvv()
    return S, [
        A("bracken bay caravan park [[NAME:lowri]] speaking"),
        C("hiya we're on pitch ((other:forty two)) for half term with a ((qty:seven metre)) caravan and we want to add an extra night"),
        A("lovely what's the booking reference"),
        C(f"[[ACCT:b b {say(ref)}]]"),
        A("that's an extra ((price:thirty eight pounds)) what's the card number"),
        C(f"[[CARD#c:{say(p[0] + p[1], double=True)}]]"),
        A("yep"),
        C(f"[[CARD#c!:{say(bad)}]] no hang on that's wrong [[CARD#c:{say(p[2])} {say(p[3])}]]"),
        A("and the expiry"),
        C(f"[[EXP:{exp_s(m, y, 'short')}]]"),
        A("and the little code on the back"),
        C(f"[[CVV:{say(cvv)}]]"),
        A("all booked see you on the ((date:twenty sixth))"),
    ]


@case
def legacy_notification(g):
    land = g.phone_uk_land()
    return T, [
        A("Good morning, Fernleigh Trust legacy team, [[NAME:Lavinia]] speaking."),
        C("Hello. I'm a solicitor at Pryce Hartley, calling about a gift in a will. Our late client, Mrs [[NAME:Edith du Toit]], of [[ADDR:12 Kingfisher Rise, Ludlow]], left the Trust ((pct:15%)) of her residuary estate."),
        A("That's incredibly generous. Can I take your reference?"),
        C(f"[[ACCT:PH/{g.digits(5)}/EDT]]. I'm [[NAME:Jaswant Gill]]."),
        A("Thank you, Mr [[NAME:Gill]]. Roughly when do you expect to distribute?"),
        C("Probate was granted on the ((date:4th)); we're hoping within ((dur:six months))."),
        A("And the best way to reach you?"),
        C(f"[[EMAIL:j.gill@prycehartley-law.co.uk]] or [[PHONE:{uk_land_t(land)}]]."),
        A("Lovely. I'll post our bank details rather than email them, to avoid fraud."),
        C("Very sensible."),
    ]


@case
def claim_callback_names(g):
    return S, [
        A("hi is that [[NAME:pat]]"),
        C("yeah speaking"),
        A("it's [[NAME:will]] from ashgrove returning your call about the claim"),
        C("oh hi [[NAME:will]] thanks for ringing back"),
        A("no problem good news the repairs are approved and the garage will ring you to book in"),
        C("brilliant do they collect it"),
        A("yes they'll collect and deliver and you'll get a courtesy car while it's in"),
        C("cheers [[NAME:will]] you've made my day"),
        A("take care [[NAME:pat]] bye now"),
    ]


@case
def us_teen_driver(g):
    y, mo, d = g.dob(2008, 2009)
    ssn = g.ssn()
    z = g.zip_pre("787")
    return S, [
        A("thanks for calling prairie shield auto this is [[NAME:kenzie]]"),
        C("hi i need to add my son to my policy he just got his license"),
        A("congrats can i get his full name"),
        C("[[NAME:jaylen okafor-banks]]"),
        A("his date of birth"),
        C(f"[[DOB:{dob_s(y, mo, d, 'us')}]]"),
        A("and we'll need his social to pull his driving record"),
        C(f"[[SSN:{say(ssn[:3])} {pairs(ssn[3:5])} {pairs(ssn[5:])}]]"),
        A(f"okay and is the address still [[ADDR:twenty two fifteen cottonwood trail]] in austin [[PC:{say(z)}]]"),
        C("yep same place"),
        A("adding a new driver that age puts it up about ((pct:eighty percent)) so ((price:one forty two)) more a month"),
        C("ouch okay go ahead"),
    ]


@case
def airport_parking_extend(g):
    ref = g.digits(7, lead_nonzero=True)
    reg = g.pat("AA99 AAA")
    c = g.card("mc2")
    m, y = g.expiry()
    cvv = g.cvv()
    return T, [
        A("Larchfield Airport Parking, [[NAME:Emeka]] speaking."),
        C("Hi, my flight home's been delayed ((dur:two days)) and my car's in your long-stay."),
        A("No problem. What's the booking reference?"),
        C(f"[[ACCT:LAP{ref}]], and the registration is [[ACCT:{reg}]]."),
        A("Thanks, Ms [[NAME:Halloran]]. The extra ((count:two)) days are ((price:£24)). I can take that now."),
        C(f"Please. [[CARD:{card_t(c)}]], expiry [[EXP:{exp_t(m, y)}]], security code [[CVV:{cvv}]]."),
        A("Done. Your new exit time is ((time:23:55)) on the ((date:9th))."),
        C("Perfect. Can you send a receipt to [[EMAIL:orla.halloran@bramblenet.ie]]?"),
        A("It's on its way."),
    ]


@case
def climbing_wall_join(g):
    y, mo, d = g.dob(1996, 2003)
    return S, [
        A("summit shed climbing centre [[NAME:ash]] speaking"),
        C("hi i want to sign up for the monthly membership"),
        A("sure what's your name"),
        C("[[NAME:priyasha natarajan]]"),
        A("and date of birth"),
        C(f"[[DOB:{dob_s(y, mo, d, 'mthe')}]]"),
        A("and an email"),
        C("[[EMAIL:priya n a t dot nine nine at cragmail dot com]]"),
        A("it's ((price:forty eight pounds)) a month and you need a ((dur:thirty minute)) induction first"),
        C("can i do that on ((date:saturday))"),
        A("yep ((time:ten)) or ((time:eleven thirty))"),
        C("ten please"),
    ]


@case
def hurricane_rebook(g):
    ref = g.digits(7, lead_nonzero=True)
    return S, [
        A("sunmarsh holidays [[NAME:kwabena]] speaking"),
        C("hi my name's [[NAME:isla mcbride]] we're meant to fly to cancun on the ((date:ninth)) and there's a hurricane coming"),
        A("i'm sorry i know it's worrying have you got the booking reference"),
        C(f"[[ACCT:s h {pairs(ref)}]]"),
        A("thanks [[NAME:isla]] the travel advice changed this morning so you can move the holiday for free or have a full refund"),
        C("could we go the week after instead"),
        A("there's space on the ((flight:s h seven seven one)) on the ((date:sixteenth)) for all ((count:four)) of you"),
        C("the kids will be gutted but a week's fine"),
        A("i'll move it now and send the new documents within ((dur:forty eight hours))"),
        C("thanks [[NAME:kwabena]]"),
    ]


@case
def noise_complaint(g):
    case_no = g.digits(6, lead_nonzero=True)
    return T, [
        A("Wrenfield Housing, neighbourhoods team, [[NAME:Ilse]] speaking."),
        C("Hi, I'm [[NAME:Obinna Eze]]. I'm calling about the flat above mine. The music goes on until ((time:3am)) most nights."),
        A("I'm sorry to hear that. Which flat are you in?"),
        C("[[ADDR:Flat 6, Larkspur House, 20 Tanner's Row]]."),
        A("And do you know who lives above you?"),
        C("A man called [[NAME:Rudi]], I think [[NAME:Rudi Brandt]]. He moved in in ((date:January))."),
        A("Have you spoken to him about it?"),
        C("Once. His girlfriend, [[NAME:Chantelle]], said they'd keep it down, but nothing's changed."),
        A(f"I'll open a case and send you diary sheets for ((dur:two weeks)). Your case number is [[ACCT:ASB-{case_no}]]."),
        C("Thanks, [[NAME:Ilse]]."),
    ]


@case
def hire_damage_dispute(g):
    ref = g.digits(8, lead_nonzero=True)
    c = g.card("amex")
    return S, [
        A("roadwise car rental [[NAME:benedetta]] speaking"),
        C(f"[[ACCT:r w {say(ref)}]] that's my booking and you've charged me for a scratch i didn't do"),
        A("okay let me pull that up yes i can see a damage charge of ((price:four hundred and fifty euros)) from the ((date:eleventh))"),
        C("i've got photos from when i dropped it off at ((time:six fifteen)) and there's nothing on it"),
        A("send them over and i'll open a dispute which card was the charge on"),
        C(f"amex [[CARD:{pairs(c[:4])} {pairs(c[4:10])} {pairs(c[10:])}]]"),
        A(f"so that's [[CARD:{say(c[:4])} {say(c[4:10])} {say(c[10:])}]]"),
        C("yep"),
        A("and whose name is on the card"),
        C("[[NAME:ngaire whitcombe]]"),
        A("thank you [[NAME:ngaire]] disputes can take up to ((dur:thirty days)) but i'll mark it as a priority"),
    ]


@case
def spa_voucher_gift(g):
    c = g.card("mc")
    wrong = c[1] + c[0] + c[2:4]
    m, y = g.expiry()
    cvv = g.cvv()
    return T, [
        A("Good morning, Willowmere Spa, [[NAME:Perpetua]] speaking."),
        C("Hi. I'd like to buy a spa day voucher for my sister's ((other:40th))."),
        A("Lovely. The full day with lunch is ((price:£145)), or ((price:£99)) for the twilight package from ((time:4pm))."),
        C("The full day, please. Her name is [[NAME:Tanvi Chaudhary]]."),
        A("And how will you be paying today?"),
        C(f"[[CARD#c!:{wrong}]]... sorry, I've got the first bit backwards. [[CARD#c:{card_t(c)}]]."),
        A("No problem. Expiry date, and the three digits on the back?"),
        C(f"[[EXP:{exp_t(m, y, 'mm/yy')}]] and [[CVV:{cvv}]]."),
        A("Thank you. Shall I email the voucher to you or to her?"),
        C("To her, please: [[EMAIL:tanvi.chaudhary@goldcrestmail.com]]. It's a surprise, so not before the ((date:20th))."),
        A("I'll schedule it for the morning of the ((date:20th)). It's valid for ((dur:12 months))."),
    ]


@case
def excess_one_breath(g):
    claim = g.digits(7, lead_nonzero=True)
    c = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    return S, [
        A("ashgrove claims [[NAME:tiago]] speaking"),
        C("hi i've been told i need to pay my excess before the garage will release the car"),
        A("that's right have you got the claim number"),
        C(f"[[ACCT#k:c l {say(claim[:3])}]] hold on"),
        A("take your time"),
        C(f"[[ACCT#k:{say(claim[3:])}]]"),
        A("thanks mister [[NAME:abernethy]] the excess is ((price:three hundred pounds))"),
        C(f"okay the card's [[CARD:{say(c, zero='zero')}]] expiry's [[EXP:{exp_s(m, y, 'pairs')}]] and the cvv is [[CVV:{say(cvv, zero='zero')}]]"),
        A("brilliant that's gone through the garage will ring you within the hour to arrange collection"),
        C("cheers mate"),
    ]


@case
def rail_replacement_tickets(g):
    c = g.card("visa")
    p = groups(c, [4, 4, 4, 4])
    rc = g.digits(8, lead_nonzero=True)
    y, mo, d = g.dob(1952, 1958)
    return T, [
        A("Tidewater Rail bookings, [[NAME:Ambrose]] speaking."),
        C("Hi. My train was cancelled yesterday, so I need new tickets for tomorrow, the ((time:08:12)) from platform ((other:3))."),
        A("I can do that. Do you have a railcard?"),
        C(f"A senior railcard, number [[ACCT:{rc}]]. My date of birth is [[DOB:{dob_t(y, mo, d, 'long')}]], if you need it."),
        A("Thank you. With the railcard that's ((price:£41.60)), which is a third off. Card number, please."),
        C(f"[[CARD#c:{p[0]} {p[1]} {p[2]}]]"),
        A("Sorry, you broke up there. Could you give me the third group again?"),
        C(f"[[CARD#c!:{p[2]}]], then [[CARD#c:{p[3]}]]."),
        A("Got it. Thank you, Mrs [[NAME:Oyelowo]]. Your tickets are on the app, and you can claim ((pct:100%)) back for yesterday."),
        C("Thank you, that's a relief."),
    ]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
