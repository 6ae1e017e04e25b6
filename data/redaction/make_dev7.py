#!/usr/bin/env python3
"""Write data/redaction/dev7.jsonl: written as a third held-out set (test3.jsonl), measured once
(issue 14, the figures are in the README), then made a development set.

The conversations below were written for this set by a labeller who had read only
data/redaction/README.md (format and span conventions) and nothing else in the data folder,
the redactor or its evaluation script. People, companies, streets and situations are invented.

Each case is a small function that takes the seeded generator and returns its style and its
turns. Turns carry inline markup:

    [[TYPE:text]]          a pii span (TYPE is a short code, see PII_CODES)
    [[TYPE#grp:text]]      a piece of a value said in several pieces (same grp = same group)
    [[TYPE#grp!:text]]     a card piece that the speaker then corrects (in the group, left
                           out of the Luhn check)
    ((kind:text))          a look-alike that must be kept (kind is a short code, KEEP_CODES)

Numbers come from random.Random(SEED) and are rendered by small helpers (say, pairs, grp,
hn, yr, ...). The markup is stripped by code and every offset is computed from the clean
text. The script validates every case and exits with status 1, writing nothing, when a
check fails:

- every span is inside its text, non-empty, text[start:end] equals its value, it has no
  leading/trailing space or punctuation (an opening "(" or "+" of a phone, a currency sign,
  a closing "%" or "a.m."/"p.m." excepted), it does not start or end inside a word, and no
  two spans (pii or keep) in an utterance overlap;
- card numbers (spoken digits turned into digits, joined over the group, corrected pieces
  left out) are 15 digits (Amex) or 16, have an issuer prefix and pass Luhn; CVV 3-4 digits;
  SSN 9 digits (area 001-665 but not 000/666, group 01-99, serial 0001-9999) or 4; phones
  10-12 digits; EXPIRY has a month; ZIP 5 digits, UK postcodes match the pattern; e-mails
  have "@" and "." (transcript) or "at" and "dot" and never "@" (asr); ADDRESS starts with a
  number or flat/apartment/unit/suite and has a street word; NAME has no digits or titles and
  starts with a capital in a transcript; ACCOUNT_NUMBER has a digit and 4+ characters;
- a look-alike of 13-19 digits fails Luhn, and no look-alike has the digits of a pii span in
  the same utterance;
- no digit is outside a span and no run of four or more digit words is; no word of a NAME
  span appears outside a span (except COMMON_NAME_WORDS); asr text has no capitals and no
  punctuation but apostrophes and hyphens; no utterance of four words or more appears twice;
- the minimum counts of the brief hold, the transcript share is 40-60%, and two builds give
  the same bytes.

Choices the README's conventions leave open, made here:

- A first name and surname said together are one NAME span (both styles). A name spelled out
  letter by letter (or in NATO words, "m for mike ...") after the name is its own span and
  group; the NATO words are inside it.
- A corrected value is labelled as said: a corrected card piece stays in the card's group
  (marked "!" in the markup so Luhn skips it); a wrong account number that the customer then
  corrects is its own ACCOUNT_NUMBER group.
- Policy, order, booking, claim, membership, tracking-by-the-company (consignment), meter,
  patient, student, case and reference numbers are ACCOUNT_NUMBER. A courier's 16-digit
  tracking number that fails Luhn is an `other` look-alike.
- "The account ending 4471" is ACCOUNT_NUMBER. Partial card numbers are not in the set.
- Name-like ordinary words ("I hope so", "mark it", "the bill", "grace period") are `other`
  look-alikes where they are labelled; not every such word is labelled. Company, shop, product
  and place names are not labelled.
- Room, seat, gate, platform, bus route, terminal, error codes, ages, temperatures and meter
  readings are `other` (the number alone, or the code). Weekday or month names used as dates
  are `date` where they are labelled; "today"/"tomorrow" are not labelled.

Run:  python data/redaction/make_dev7.py           (writes dev7.jsonl, prints counts)
      python data/redaction/make_dev7.py --check   (builds and validates only)
"""
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 583921
OUT = Path(__file__).resolve().parent / "dev7.jsonl"

PII_CODES = {
    "N": "NAME", "AC": "ACCOUNT_NUMBER", "CC": "CARD_NUMBER", "CVV": "CVV", "EXP": "EXPIRY",
    "SSN": "SSN", "PH": "PHONE", "EM": "EMAIL", "DOB": "DOB", "AD": "ADDRESS", "PC": "POSTCODE",
}
KEEP_CODES = {
    "q": "quantity", "t": "time", "p": "price", "fl": "flight_number", "d": "date", "y": "year",
    "du": "duration", "pct": "percentage", "mod": "model_number", "cnt": "count", "o": "other",
}
SPEAKERS = {"a": "agent", "c": "customer", "i": "ivr"}
T, A = "transcript", "asr"

MIN_PII = {"NAME": 80, "ACCOUNT_NUMBER": 55, "CARD_NUMBER": 40, "CVV": 20, "EXPIRY": 20,
           "SSN": 15, "PHONE": 25, "EMAIL": 20, "DOB": 20, "ADDRESS": 20, "POSTCODE": 20}
MIN_CASES, MIN_UTTS, MIN_KEEP, MIN_ORDINARY, MIN_PER_KIND = 80, 420, 180, 100, 6

# --------------------------------------------------------------------------------------------
# number words

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ("_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
       "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
       "twentieth").split()
MONTHS = ("January February March April May June July August September October November "
          "December").split()


def w(n):
    """Number in words, British 'and' (0..999999)."""
    if n < 20:
        return ONES[n]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + ONES[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + ("" if r == 0 else " and " + w(r))
    th, r = divmod(n, 1000)
    return w(th) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + w(r))


def dw(ch, zero="oh"):
    return zero if ch == "0" else ONES[int(ch)]


def say(d, zero="oh", dbl=False):
    """Digit by digit; with dbl, runs of two or three are 'double x' / 'triple x'."""
    out, i = [], 0
    while i < len(d):
        j = i
        while j < len(d) and d[j] == d[i]:
            j += 1
        n = j - i
        if dbl and n == 2:
            out.append("double " + dw(d[i], zero))
            i = j
        elif dbl and n == 3:
            out.append("triple " + dw(d[i], zero))
            i = j
        else:
            out.append(dw(d[i], zero))
            i += 1
    return " ".join(out)


def pair(p, zero="oh"):
    if p[0] == "0":
        return dw("0", zero) + " " + dw(p[1], zero)
    return w(int(p))


def pairs(d, zero="oh"):
    parts = [pair(d[i:i + 2], zero) for i in range(0, len(d) - 1, 2)]
    if len(d) % 2:
        parts.append(dw(d[-1], zero))
    return " ".join(parts)


def grp(d, *sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


def card_t(d, sep=" "):
    return grp(d, 4, 6, 5, sep=sep) if len(d) == 15 else grp(d, 4, 4, 4, 4, sep=sep)


def card_a(d, zero="oh", dbl=False):
    """Card said in its printed groups, digit by digit."""
    sizes = (4, 6, 5) if len(d) == 15 else (4, 4, 4, 4)
    return " ".join(say(p, zero, dbl) for p in grp(d, *sizes).split())


def hn(n):
    """House number as said: 42 'forty two', 123 'one twenty three', 1406 'fourteen oh six'."""
    if n < 100:
        return w(n)
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return w(n)
        if r < 10:
            return ONES[h] + " oh " + ONES[r]
        return ONES[h] + " " + w(r)
    a, b = divmod(n, 100)
    if b == 0:
        return w(a) + " hundred"
    if b < 10:
        return w(a) + " oh " + ONES[b]
    return w(a) + " " + w(b)


def yr(y, and_=True):
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else (" and " if and_ else " ") + ONES[y - 2000])
    a, b = divmod(y, 100)
    if b < 10:
        return w(a) + " oh " + ONES[b]
    return w(a) + " " + w(b)


def ordw(n):
    if n <= 20:
        return ORD[n]
    if n < 30:
        return "twenty " + ORD[n - 20]
    return "thirtieth" if n == 30 else "thirty first"


def ordt(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def mon(m):
    return MONTHS[m - 1]


def monl(m):
    return MONTHS[m - 1].lower()


def pc_a(pc):
    """UK postcode as said: 'LS6 4BD' -> 'l s six four b d', 'M14 7QT' -> 'm fourteen seven q t'."""
    out_, in_ = pc.split()
    m = re.match(r"([A-Z]+)(\d+)([A-Z]?)$", out_)
    parts = [c.lower() for c in m.group(1)]
    parts.append(w(int(m.group(2))) if len(m.group(2)) == 2 else ONES[int(m.group(2))])
    if m.group(3):
        parts.append(m.group(3).lower())
    parts.append(ONES[int(in_[0])])
    parts += [c.lower() for c in in_[1:]]
    return " ".join(parts)


def spell(name, sep=" "):
    return sep.join(ch for ch in name if ch.isalpha())


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}


def nato(s, joiner="for"):
    """'k7' -> 'k for kilo seven' (letters with NATO words, digits as words)."""
    out = []
    for ch in s.lower():
        if ch.isalpha():
            out.append(f"{ch} {joiner} {NATO[ch]}")
        elif ch.isdigit():
            out.append(dw(ch))
    return " ".join(out)


def alnum_a(s, zero="oh"):
    """An id said character by character in asr: 'KD4401' -> 'k d four four oh one'."""
    return " ".join(ch.lower() if ch.isalpha() else dw(ch, zero) for ch in s if ch.isalnum())


# --------------------------------------------------------------------------------------------
# generator


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
US_AREAS = ["206", "303", "312", "404", "414", "480", "503", "512", "614", "615", "702",
            "713", "720", "816", "832", "919", "971", "984"]
UK_LAND = {"london": ("020", "7946"), "manchester": ("0161", "496"), "leeds": ("0113", "496"),
           "bristol": ("0117", "496"), "glasgow": ("0141", "496"), "edinburgh": ("0131", "496")}


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def digits(self, n, first_nonzero=True):
        d = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and d[0] == "0":
            d = self.r.choice("123456789") + d[1:]
        return d

    def num(self, lo, hi):
        return self.r.randint(lo, hi)

    def pick(self, seq):
        return self.r.choice(seq)

    def pat(self, p):
        """'9' digit, '1' non-zero digit, 'A' letter; anything else literal."""
        out = []
        for ch in p:
            if ch == "9":
                out.append(self.r.choice("0123456789"))
            elif ch == "1":
                out.append(self.r.choice("123456789"))
            elif ch == "A":
                out.append(self.r.choice(LETTERS))
            else:
                out.append(ch)
        return "".join(out)

    def card(self, brand):
        r = self.r
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "mc":
            pre, n = str(r.randint(51, 55)), 16
        elif brand == "mc2":
            pre, n = str(r.randint(2221, 2720)), 16
        elif brand == "amex":
            pre, n = r.choice(["34", "37"]), 15
        elif brand == "disc":
            pre, n = r.choice(["6011", "65"]), 16
        else:
            raise ValueError(brand)
        body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
        return luhn_complete(body)

    def cvv(self, n=3):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def expiry(self, expired=False):
        y = self.r.randint(2022, 2024) if expired else self.r.randint(2027, 2032)
        return self.r.randint(1, 12), y

    def ssn(self):
        r = self.r
        area = r.randint(1, 665)
        while area == 666:
            area = r.randint(1, 665)
        return f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"

    def us_phone(self, area=None):
        return (area or self.r.choice(US_AREAS)) + "55501" + f"{self.r.randint(0, 99):02d}"

    def uk_mobile(self):
        return "07700900" + f"{self.r.randint(0, 999):03d}"

    def uk_land(self, city):
        code, ex = UK_LAND[city]
        return code + ex + "0" + f"{self.r.randint(0, 999):03d}"

    def zip(self, prefix):
        return prefix + f"{self.r.randint(1, 99):02d}"

    def uk_pc(self, outward):
        return f"{outward} {self.r.randint(1, 9)}{self.r.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
               f"{self.r.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def dob(self, y0=1941, y1=2005):
        return self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28)

    def track_fail(self, n=16):
        d = self.digits(n)
        while luhn_ok(d):
            d = d[:-1] + str((int(d[-1]) + 1) % 10)
        return d


def uk_ph_t(d, intl=False):
    """UK number as typed: '07700 900123', '020 7946 0123', '0161 496 0123'."""
    if d.startswith("07"):
        s = grp(d, 5, 6)
    elif d.startswith("020"):
        s = grp(d, 3, 4, 4)
    else:
        s = grp(d, 4, 3, 4)
    if intl:
        s = "+44 " + s[1:]
    return s


def us_ph_t(d, style=0):
    if style == 0:
        return f"({d[:3]}) {d[3:6]}-{d[6:]}"
    if style == 1:
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    return f"{d[:3]}.{d[3:6]}.{d[6:]}"


# --------------------------------------------------------------------------------------------
# markup

MARK = re.compile(r"\[\[([A-Z]+)(?:#([a-z0-9]+))?(!?):(.+?)\]\]|\(\(([a-z]+):(.+?)\)\)")


def parse(markup):
    clean, spans_p, spans_k = [], [], []
    pos = last = 0
    for m in MARK.finditer(markup):
        clean.append(markup[last:m.start()])
        pos += m.start() - last
        if m.group(1):
            code, g, bang, val = m.group(1), m.group(2), m.group(3), m.group(4)
            if code not in PII_CODES:
                raise ValueError(f"unknown pii code {code!r} in {markup!r}")
            spans_p.append({"start": pos, "end": pos + len(val), "type": PII_CODES[code],
                            "grp": g, "sup": bool(bang), "value": val})
        else:
            kind, val = m.group(5), m.group(6)
            if kind not in KEEP_CODES:
                raise ValueError(f"unknown keep code {kind!r} in {markup!r}")
            spans_k.append({"start": pos, "end": pos + len(val), "kind": KEEP_CODES[kind],
                            "value": val})
        clean.append(val)
        pos += len(val)
        last = m.end()
    clean.append(markup[last:])
    return "".join(clean), spans_p, spans_k


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def a(s):
    return ("a", s)


def c(s):
    return ("c", s)


def i_(s):
    return ("i", s)


# --------------------------------------------------------------------------------------------
# checks

UNIT = {ONES[i]: i for i in range(10)}
UNIT.update({"oh": 0, "nought": 0})
TEEN = {ONES[i]: i for i in range(10, 20)}
TENW = {TENS[i]: i * 10 for i in range(2, 10)}
DIGIT_WORDS = set(UNIT) | set(TEEN) | set(TENW) | {"double", "triple", "hundred"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "doctor", "mx", "sir", "madam"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "way", "close", "court", "ct", "crescent", "terrace", "place", "pl", "grove",
                "gardens", "parade", "row", "hill", "walk", "boulevard", "blvd", "circle",
                "trail", "parkway", "pkwy", "square", "mews", "rise", "view", "green", "loop",
                "highway", "hwy", "pike", "wynd", "park", "yard", "quay", "vale", "end", "wharf"}
NATO_WORDS = set(NATO.values())
# words that are names somewhere in the set and ordinary words elsewhere
COMMON_NAME_WORDS = set()
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def to_digits(s):
    """Digits said or typed in s; returns (digits, other words)."""
    toks = re.findall(r"[a-z]+|\d+", s.lower())
    out, other, i, rep = [], [], 0, 1
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple"):
            rep = 2 if t == "double" else 3
        elif t in UNIT:
            out.append(str(UNIT[t]) * rep)
            rep = 1
        elif t in TEEN:
            out.append(str(TEEN[t]))
        elif t in TENW:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in UNIT and UNIT[nxt] > 0:
                out.append(str(TENW[t] + UNIT[nxt]))
                i += 1
            else:
                out.append(str(TENW[t]))
        elif t == "hundred":
            out.append("00")
        else:
            other.append(t)
        i += 1
    return "".join(out), other


def to_alnum(s):
    """Letters and digits of an id said or typed ('l s six four b d' -> 'LS64BD')."""
    s = re.sub(r"\b(?:for|as in) [a-z-]+", "", s.lower())
    toks = re.findall(r"[a-z]+|\d+", s)
    out, i, rep = [], 0, 1
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
        elif t.isdigit():
            out.append(t)
        elif t in UNIT:
            out.append(str(UNIT[t]) * rep)
            rep = 1
        elif t in TEEN:
            out.append(str(TEEN[t]))
        elif t in TENW:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in UNIT and UNIT[nxt] > 0:
                out.append(str(TENW[t] + UNIT[nxt]))
                i += 1
            else:
                out.append(str(TENW[t]))
        elif len(t) == 1:
            out.append(t.upper() * rep)
            rep = 1
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def edge_ok(text, s, e, typ):
    v = text[s:e]
    bad = " \t.,;:!?\"'()[]{}-/"
    first_ok = v[0] not in bad or (typ == "PHONE" and v[0] in "(+")
    last_ok = v[-1] not in bad or re.search(r"[ap]\.m\.$", v) is not None
    if typ == "price" and v[0] in "$£€":
        first_ok = True
    inside = (s > 0 and text[s - 1].isalnum() and v[0].isalnum()) or \
             (e < len(text) and text[e].isalnum() and v[-1].isalnum())
    return first_ok and last_ok and not inside and v == v.strip()


def check_value(typ, vals, style, sups):
    """vals: texts of the spans of one group, in order. Returns an error or None."""
    whole = " ".join(vals)
    if typ == "CARD_NUMBER":
        ds = []
        for v, sup in zip(vals, sups):
            dgt, other = to_digits(v)
            if other:
                return f"card words {other}"
            if not sup:
                ds.append(dgt)
        d = "".join(ds)
        if len(d) not in (15, 16) or not luhn_ok(d):
            return f"card {d} len {len(d)} luhn {luhn_ok(d)}"
        if len(d) == 15 and d[:2] not in ("34", "37"):
            return "amex prefix"
        if len(d) == 16 and not (d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720
                                 or d.startswith("6011") or d.startswith("65")):
            return "card prefix"
    elif typ == "CVV":
        d, other = to_digits(whole)
        if other or len(d) not in (3, 4):
            return f"cvv {d} {other}"
    elif typ == "SSN":
        d, other = to_digits(whole)
        if other:
            return f"ssn words {other}"
        if len(d) == 9:
            ar, gp, se = int(d[:3]), int(d[3:5]), int(d[5:])
            if not (1 <= ar <= 665 and ar != 666 and 1 <= gp <= 99 and 1 <= se <= 9999):
                return f"ssn shape {d}"
        elif len(d) != 4:
            return f"ssn len {d}"
    elif typ == "PHONE":
        d, _ = to_digits(whole)
        if not 10 <= len(d) <= 12:
            return f"phone {d}"
    elif typ == "EXPIRY":
        low = whole.lower()
        if not any(m.lower() in low for m in MONTHS):
            d, _ = to_digits(whole)
            if len(d) not in (3, 4, 6) or not 1 <= int(d[:-2] if len(d) < 6 else d[:2]) <= 12:
                return f"expiry {whole!r}"
    elif typ == "POSTCODE":
        if re.fullmatch(r"\d{5}", whole):
            return None
        d, other = to_digits(whole)
        if not other and len(d) == 5:
            return None
        if not UK_PC.match(to_alnum(whole)):
            return f"postcode {whole!r} -> {to_alnum(whole)}"
    elif typ == "EMAIL":
        if style == T:
            if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", whole):
                return f"email {whole!r}"
        else:
            if "@" in whole or " at " not in f" {whole} " or " dot " not in f" {whole} ":
                return f"asr email {whole!r}"
    elif typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+", vals[0].lower())
        if not toks or not (toks[0].isdigit() or toks[0] in DIGIT_WORDS or toks[0] in
                            ("flat", "apartment", "apt", "unit", "suite")):
            return f"address start {whole!r}"
        if not set(re.findall(r"[a-z]+", whole.lower())) & STREET_WORDS:
            return f"address street {whole!r}"
    elif typ == "NAME":
        if re.search(r"\d", whole):
            return "digit in name"
        if set(re.findall(r"[a-z]+", whole.lower())) & TITLES:
            return f"title in name {whole!r}"
        if style == T and not whole[0].isupper():
            return f"lower-case name {whole!r}"
    elif typ == "ACCOUNT_NUMBER":
        d, _ = to_digits(whole)
        if not d or len(re.sub(r"\W", "", whole)) < 4:
            return f"account {whole!r}"
    elif typ == "DOB":
        d, _ = to_digits(whole)
        if not d:
            return f"dob {whole!r}"
    return None


def build(seed=SEED):
    g = Gen(seed)
    cases, meta = [], []
    for idx, fn in enumerate(CASES, 1):
        style, turns = fn(g)
        utts, pii, keep = [], [], []
        for ui, (spk, mk) in enumerate(turns):
            text, sp, sk = parse(mk)
            if any(x in text for x in ("[[", "]]", "((", "))")):
                raise ValueError(f"{fn.__name__}: markup left in {text!r}")
            utts.append({"speaker": SPEAKERS[spk], "text": text})
            for s in sp:
                s["utterance"] = ui
                pii.append(s)
            for s in sk:
                s["utterance"] = ui
                keep.append(s)
        pii.sort(key=lambda s: (s["utterance"], s["start"]))
        keep.sort(key=lambda s: (s["utterance"], s["start"]))
        labels = {}
        for n, s in enumerate(pii):
            key = s["grp"] if s["grp"] else f"_{n}"
            if key not in labels:
                labels[key] = f"g{len(labels) + 1}"
            s["group"] = labels[key]
        cid = f"t3-{idx:03d}"
        cases.append({
            "case_id": cid, "style": style, "utterances": utts,
            "pii": [{"utterance": s["utterance"], "start": s["start"], "end": s["end"],
                     "type": s["type"], "group": s["group"]} for s in pii],
            "keep": [{"utterance": s["utterance"], "start": s["start"], "end": s["end"],
                      "kind": s["kind"]} for s in keep],
        })
        meta.append({"fn": fn.__name__, "pii": pii, "keep": keep})
    return cases, meta


def validate(cases, meta):
    errs = []
    name_words = set()
    for cs, mt in zip(cases, meta):
        for s in mt["pii"]:
            if s["type"] == "NAME":
                for wd in re.findall(r"[a-z']+", s["value"].lower()):
                    if len(wd) > 2 and wd not in NATO_WORDS and wd not in ("for",):
                        name_words.add(wd.strip("'"))
    seen_utts = {}
    for cs, mt in zip(cases, meta):
        cid, style = f"{cs['case_id']} ({mt['fn']})", cs["style"]
        by_utt = defaultdict(list)
        for s in mt["pii"]:
            by_utt[s["utterance"]].append(("pii", s))
        for s in mt["keep"]:
            by_utt[s["utterance"]].append(("keep", s))
        for ui, u in enumerate(cs["utterances"]):
            text = u["text"]
            spans = sorted(by_utt[ui], key=lambda x: x[1]["start"])
            for kind, s in spans:
                st, en = s["start"], s["end"]
                if not (0 <= st < en <= len(text)) or text[st:en] != s["value"]:
                    errs.append(f"{cid} u{ui}: bad offsets {s['value']!r}")
                    continue
                typ = s["type"] if kind == "pii" else ("price" if s["kind"] == "price" else s["kind"])
                if not edge_ok(text, st, en, typ):
                    errs.append(f"{cid} u{ui}: bad edge {s['value']!r}")
            for (k1, s1), (k2, s2) in zip(spans, spans[1:]):
                if s2["start"] < s1["end"]:
                    errs.append(f"{cid} u{ui}: overlap {s1['value']!r} {s2['value']!r}")
            # outside text
            mask = list(text)
            for _, s in spans:
                for p in range(s["start"], s["end"]):
                    mask[p] = "\x00"
            outside = "".join(mask)
            if re.search(r"\d", outside):
                errs.append(f"{cid} u{ui}: digit outside a span: {text!r}")
            run = 0
            for tok in re.split(r"\s+", outside.replace("\x00", " | ")):
                tl = tok.lower().strip(".,?!")
                if tl in DIGIT_WORDS:
                    run += 1
                    if run >= 4:
                        errs.append(f"{cid} u{ui}: digit words outside a span: {text!r}")
                        break
                else:
                    run = 0
            for wd in re.findall(r"[A-Za-z']+", outside):
                wl = wd.lower().strip("'")
                if wl.endswith("'s"):
                    wl = wl[:-2]
                if wl in name_words and wl not in COMMON_NAME_WORDS:
                    errs.append(f"{cid} u{ui}: name word {wl!r} outside a span: {text!r}")
            if style == A:
                if re.search(r"[A-Z]", text) or re.search(r"[^\w\s'-]", text):
                    errs.append(f"{cid} u{ui}: asr text with capitals/punctuation: {text!r}")
            nw = len(text.split())
            if nw >= 4:
                key = text.lower()
                if key in seen_utts:
                    errs.append(f"{cid} u{ui}: utterance repeated from {seen_utts[key]}: {text!r}")
                seen_utts[key] = cid
            # look-alikes against pii digits in the same utterance
            pii_d = [to_digits(s["value"])[0] for k, s in spans if k == "pii"]
            for k, s in spans:
                if k != "keep":
                    continue
                kd = re.sub(r"\D", "", s["value"]) or to_digits(s["value"])[0]
                if 13 <= len(kd) <= 19 and luhn_ok(kd):
                    errs.append(f"{cid} u{ui}: look-alike passes Luhn {s['value']!r}")
                for pd in pii_d:
                    if kd and len(kd) >= 3 and (kd == pd or (len(kd) >= 4 and kd in pd)):
                        errs.append(f"{cid} u{ui}: look-alike {s['value']!r} has pii digits")
        groups = defaultdict(list)
        for s in mt["pii"]:
            groups[s["group"]].append(s)
        for gname, ss in groups.items():
            types = {s["type"] for s in ss}
            if len(types) != 1:
                errs.append(f"{cid}: group {gname} mixes types {types}")
                continue
            err = check_value(ss[0]["type"], [s["value"] for s in ss], style,
                              [s["sup"] for s in ss])
            if err:
                errs.append(f"{cid}: {ss[0]['type']} {gname}: {err}")
            if ss[0]["type"] == "NAME" and len(ss) > 1:
                errs.append(f"{cid}: name group {gname} in pieces")
    return errs


def counts(cases):
    cnt = defaultdict(Counter)
    for cs in cases:
        st = cs["style"]
        cnt["cases"][st] += 1
        cnt["utterances"][st] += len(cs["utterances"])
        used = {s["utterance"] for s in cs["pii"]} | {s["utterance"] for s in cs["keep"]}
        cnt["ordinary"][st] += sum(1 for ui in range(len(cs["utterances"])) if ui not in used)
        for s in cs["pii"]:
            cnt["span:" + s["type"]][st] += 1
        for typ in {(s["type"], s["group"]) for s in cs["pii"]}:
            cnt["value:" + typ[0]][st] += 1
        for s in cs["keep"]:
            cnt["keep:" + s["kind"]][st] += 1
    return cnt


def minimum_errors(cnt):
    errs = []
    tot = lambda k: sum(cnt[k].values())
    if tot("cases") < MIN_CASES:
        errs.append(f"cases {tot('cases')} < {MIN_CASES}")
    if tot("utterances") < MIN_UTTS:
        errs.append(f"utterances {tot('utterances')} < {MIN_UTTS}")
    if tot("ordinary") < MIN_ORDINARY:
        errs.append(f"ordinary {tot('ordinary')} < {MIN_ORDINARY}")
    for typ, n in MIN_PII.items():
        if tot("span:" + typ) < n:
            errs.append(f"{typ} spans {tot('span:' + typ)} < {n}")
    keep_total = sum(tot("keep:" + k) for k in KEEP_CODES.values())
    if keep_total < MIN_KEEP:
        errs.append(f"keep {keep_total} < {MIN_KEEP}")
    for k in KEEP_CODES.values():
        if tot("keep:" + k) < MIN_PER_KIND:
            errs.append(f"keep {k} {tot('keep:' + k)} < {MIN_PER_KIND}")
    share = cnt["utterances"][T] / max(1, tot("utterances"))
    if not 0.4 <= share <= 0.6:
        errs.append(f"transcript share {share:.2f}")
    return errs


def render(cases):
    return "".join(json.dumps(cs, ensure_ascii=False) + "\n" for cs in cases)


def print_counts(cnt):
    def row(label, key):
        t, a_ = cnt[key][T], cnt[key][A]
        print(f"| {label} | {t} | {a_} | {t + a_} |")
    print("| | transcript | asr | total |")
    print("|---|---:|---:|---:|")
    row("cases", "cases")
    row("utterances", "utterances")
    row("ordinary utterances (no pii, no keep)", "ordinary")
    print("| **pii spans** | | | |")
    for typ in MIN_PII:
        row(typ, "span:" + typ)
    print("| **pii values (groups)** | | | |")
    for typ in MIN_PII:
        row(typ, "value:" + typ)
    print("| **keep (look-alikes)** | | | |")
    for k in KEEP_CODES.values():
        row(k, "keep:" + k)
    kt = sum(cnt["keep:" + k][T] for k in KEEP_CODES.values())
    ka = sum(cnt["keep:" + k][A] for k in KEEP_CODES.values())
    print(f"| all keep spans | {kt} | {ka} | {kt + ka} |")


def main(argv):
    cases, meta = build()
    errs = validate(cases, meta)
    cnt = counts(cases)
    errs += minimum_errors(cnt)
    again, _ = build()
    if render(again) != render(cases):
        errs.append("two builds differ")
    print_counts(cnt)
    if errs:
        print(f"\n{len(errs)} check(s) failed:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        return 1
    if "--check" not in argv:
        OUT.write_text(render(cases), encoding="utf-8")
        print(f"\nwrote {OUT}")
    return 0


# --------------------------------------------------------------------------------------------
# cases


@case
def bank_wallet_on_bus(g):
    d = g.card("visa")
    return T, [
        a("Farrowdale Bank card security, [[N:Colette]] speaking. Can I start with your full name?"),
        c("[[N:Oluwaseun Adebayo]]. Someone's had my wallet on the number ((o:38)) bus, about ((du:20 minutes)) ago."),
        a("I'm sorry, Mr [[N:Adebayo]]. Let's get the card stopped first. Have you got the card number in your app or on a statement?"),
        c(f"Yes, hold on. [[CC#a:{d[:4]} {d[4:8]}]], then... sorry, it wants my fingerprint again... [[CC#a:{d[8:12]} {d[12:]}]]."),
        a("Thank you. There's a contactless payment of ((p:£86.40)) at ((t:2:47 p.m.)) and another of ((p:£12.99)) just after. Were either of those you?"),
        c("No. I haven't bought a thing today."),
        a("Then the card's blocked as of now and both payments go into a dispute. The replacement should be with you within ((du:5 working days))."),
    ]


@case
def energy_estimated_bill(g):
    acct = g.digits(10)
    n = g.num(14, 96)
    pc = g.uk_pc("LS6")
    return A, [
        a("you're through to brightwell energy my name's [[N:bronwen]] how can i help"),
        c("hiya [[N:bronwen]] it's [[N:tendai moyo]] i've had a bill for ((p:three hundred and twelve pounds)) and it's normally about ((p:ninety a month))"),
        a("oh dear right let's have a look have you got your account number handy"),
        c(f"yeah it's [[AC#a:{pairs(acct[:6])}]] um [[AC#a:{say(acct[6:])}]]"),
        a("lovely and the first line of the address"),
        c(f"[[AD:{hn(n)} cressington road]] [[PC:{pc_a(pc)}]]"),
        a("thanks [[N:tendai]] so the last two readings were estimated that's why it's jumped"),
        c("but i sent a photo of the meter on the ((d:twelfth))"),
        a("i can see it now i'll rebill from your actual reading and it should come down to about ((p:ninety four pounds))"),
        c("oh brilliant thank you"),
    ]


@case
def us_health_claim_mother(g):
    mid = g.pat("AA1999999")
    y, m, dd = g.dob(1946, 1958)
    s4 = g.ssn()[-4:]
    return T, [
        a("Pinecrest Health Plans, this is [[N:Marisol]]. Can I get the member ID from the front of the card?"),
        c(f"Sure, it's [[AC:{mid}]]."),
        a("Thank you. And the patient's name and date of birth?"),
        c(f"It's for my mother, [[N:Guadalupe Ortega]], born [[DOB:{mon(m)} {dd}, {y}]]."),
        a("Okay. I'll also need the last four of her Social to go any further."),
        c(f"[[SSN:{s4}]]."),
        a("Got it. The claim was processed on ((d:March 9)), billed at ((p:$1,840.00)), and the plan paid ((pct:80%)) after the deductible."),
        c("So she owes the other ((pct:20%))? That's ((p:$368))?"),
        a("That's right, and she has ((du:60 days)) before it's due."),
    ]


@case
def mobile_roaming_charges(g):
    ph = g.uk_mobile()
    acct = g.digits(9)
    return A, [
        a("corvid mobile you're speaking to [[N:kofi]]"),
        c("morning [[N:kofi]] i've been charged for roaming in ireland and i thought that was included"),
        a("sorry about that what's the mobile number on the account"),
        c(f"[[PH#a:{say(ph[:5], dbl=True)}]] uh [[PH#a:{say(ph[5:], dbl=True)}]]"),
        a("and the account number it's at the top of your bill"),
        c(f"[[AC:{say(acct, zero='zero')}]]"),
        a("thanks and whose name is it under"),
        c("mine [[N:imran chaudhry]]"),
        a("okay mister [[N:chaudhry]] i can see ((q:three)) roaming bundles at ((p:six pounds)) each that's a mistake on our side"),
        a("i've refunded the ((p:eighteen pounds)) and it'll come off your bill on the ((d:fourth))"),
        c("cheers appreciate that"),
    ]


@case
def airline_cancelled_lisbon(g):
    pnr = g.pat("A9AAA9")
    em = "eleni.papadakis@fastmail.com"
    return T, [
        a("Bluewren Airways, [[N:Stellan]] speaking. How can I help?"),
        c("Hi [[N:Stellan]]. My flight ((fl:BW 418)) to Lisbon on ((d:Friday)) has been cancelled and nobody's told me what happens now."),
        a("I'm sorry about that. Can I have the booking reference?"),
        c(f"[[AC:{pnr}]]. It's under my name, [[N:Eleni Papadakis]], with my son [[N:Nikos]]."),
        a("Thanks, Ms [[N:Papadakis]]. I can move you both to ((fl:BW 422)) the same evening, leaving at ((t:19:40)), or the ((t:07:15)) on ((d:Saturday))."),
        c(f"The evening one, please. Can you send the new itinerary to [[EM:{em}]]?"),
        a("Done. It'll reach you in ((du:10 minutes)) or so. I've kept you together in ((o:14A)) and ((o:14B))."),
        c("Perfect, thank you."),
    ]


@case
def water_shutoff_raleigh(g):
    n = g.num(1200, 8900)
    z = g.zip("276")
    old = g.digits(8)
    ph = g.us_phone("919")
    return A, [
        a("tidewater utilities this is [[N:latoya]] how can i help you today"),
        c("hi [[N:latoya]] yeah my water's been shut off and i paid the bill last week"),
        a("oh no okay let me look into that can i get the service address"),
        c(f"[[AD:{hn(n)} juniper hollow drive]] in raleigh [[PC:{say(z)}]]"),
        a("and the name on the account"),
        c("it's under my husband [[N:delroy campbell]]"),
        a(f"thank you so i see your payment of ((p:a hundred and forty two dollars)) but it went to an old account [[AC:{say(old)}]] i'm moving it across now"),
        c("how long until it's back on"),
        a("a crew should be out within ((du:four hours)) can i take a number to text you when they're on the way"),
        c(f"[[PH:{say(ph[:3])} {say(ph[3:6], dbl=True)} {say(ph[6:])}]]"),
        a("got it you're all set"),
    ]


@case
def fan_order_missing_one(g):
    oid = g.pat("CH-19999999")
    n = g.num(3, 60)
    pc = g.uk_pc("NE6")
    return T, [
        a("Cobalt Home, you're through to [[N:Jaspreet]]."),
        c(f"Hi. [[AC:{oid}]]. I ordered ((q:2)) of the ((mod:Aero 5X)) fans and only ((q:1)) has turned up."),
        a("Let me bring that order up. Is that [[N:Hazel Whitcombe]]?"),
        c("Yes, that's me."),
        a(f"And it went to [[AD:Flat 4, {n} Larkin Street]], [[PC:{pc}]]?"),
        c("That's right."),
        a("I'll send the second fan out today at no charge. It's ((p:£49.99)), so if the first one does turn up, just refuse it at the door."),
        c("Great, thanks for sorting it."),
    ]


@case
def credit_union_activate_card(g):
    d = g.card("mc")
    wrong = d[:2] + str((int(d[2]) + 3) % 10) + d[3]
    mth, y = g.expiry()
    cv = g.cvv()
    return A, [
        a("larkspur credit union card services this is [[N:trevor]]"),
        c("hey [[N:trevor]] i need to activate my new card"),
        a("sure thing go ahead with the number on the front"),
        c(f"okay [[CC#a!:{say(wrong)}]] no wait that's a [[CC#a:{say(d[:4])}]] then [[CC#a:{d[4:6]} {d[6:11]}]] [[CC#a:{pairs(d[11:15])} {dw(d[15])}]]"),
        a("and the expiry date"),
        c(f"[[EXP:{pair(f'{mth:02d}')} {w(y - 2000)}]]"),
        a("and the three digits on the back"),
        c(f"[[CVV:{say(cv)}]]"),
        a("perfect that's active your daily limit's ((p:five hundred dollars)) and you can set a pin at any atm"),
    ]


@case
def car_park_claim(g):
    pol = g.pat("KM/999999/99")
    ph = g.uk_mobile()
    return T, [
        a("Kestrel Mutual claims, [[N:Owen]] speaking."),
        c(f"Hello, I need to report an accident. Policy number [[AC:{pol}]]."),
        a("Thank you. Am I speaking with Mr [[N:Padraig Cronin]]?"),
        c("That's me. Someone reversed into me in the supermarket car park on ((d:Tuesday)), at about ((t:half 5))."),
        a("Did you get the other driver's details?"),
        c(f"Yes, her name's [[N:Marcia Clarke-Boateng]], and her number is [[PH:{uk_ph_t(ph)}]]."),
        a("Thank you. Was anyone hurt?"),
        c("No, it's just the bumper. The garage quoted ((p:£640)) and my excess is ((p:£250))."),
        a("Understood. I'll open the claim now, and a handler will call you within ((du:48 hours))."),
    ]


@case
def scan_for_dad(g):
    y, m, dd = g.dob(1944, 1952)
    nhs = g.digits(10)
    return A, [
        a("good morning elmsbury hospital outpatients [[N:saoirse]] speaking"),
        c("hi there i'm ringing for my dad he's got a letter for a scan but he's away on the ((d:nineteenth))"),
        a("okay that's no problem what's his name"),
        c("[[N:stavros kostopoulos]]"),
        a("could you spell the surname for me"),
        c(f"[[N:{spell('kostopoulos')}]]"),
        a("thank you and his date of birth"),
        c(f"[[DOB:{ordw(dd)} of {monl(m)} {yr(y)}]]"),
        a("and is there an nhs number on the letter"),
        c(f"it's [[AC:{say(nhs[:3])} {say(nhs[3:6])} {say(nhs[6:])}]]"),
        a("lovely i can offer the ((d:twenty sixth)) at ((t:ten past two)) or the ((d:second)) of next month at ((t:nine fifteen))"),
        c("the ((d:twenty sixth)) please he'll be back by then"),
    ]


@case
def snap_renewal_columbus(g):
    ssn = g.ssn()
    n = g.num(100, 2999)
    z = g.zip("432")
    return T, [
        a("Franklin County Benefits Office, this is [[N:Yolanda]]."),
        c("Hi, I'm calling about my SNAP renewal. I mailed the form ((du:3 weeks)) ago and haven't heard anything."),
        a("Let me look. Can I have your full name and Social Security number?"),
        c(f"[[N:Tahmina Begum]], and it's [[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        a("Thank you. And your current address?"),
        c(f"[[AD:{n} Linden Ave, Apt 2C, Columbus]], Ohio [[PC:{z}]]."),
        a("Okay, we received it on the ((d:3rd)) and it's with a caseworker now."),
        a("Your benefit of ((p:$291 a month)) carries on until ((d:April 30)) either way, so nothing stops in the meantime."),
        c("That's a relief. Thank you."),
    ]


@case
def boiler_again_mark_rose(g):
    n = g.num(20, 140)
    pc = g.uk_pc("M14")
    ten = g.digits(6)
    return A, [
        a("ashgrove housing repairs you're through to [[N:femi]]"),
        c("hiya [[N:femi]] it's about the boiler again it's been off since ((d:sunday))"),
        a("oh no sorry to hear that can i take the address"),
        c(f"[[AD:flat six {hn(n)} mercer court]] [[PC:{pc_a(pc)}]]"),
        a("and your tenancy reference if you've got it"),
        c(f"[[AC:t n {say(ten)}]]"),
        a("thank you so the engineer who came out last time was that [[N:mark]]"),
        c("yeah [[N:mark]] said the part was on order and he'd be back in ((du:a week)) and that was ((du:three weeks)) ago"),
        a("i'm really sorry i'll book it as an emergency is there someone who can let him in if you're at work"),
        c("my neighbour [[N:rose]] has a key she's in all day"),
        a("perfect i've got ((t:eight till one)) tomorrow"),
    ]
COMMON_NAME_WORDS.update({"mark", "rose"})


@case
def college_offer_aroha(g):
    sid = g.pat("W1999999")
    y, m, dd = g.dob(2005, 2005)
    return T, [
        a("Wyvern Valley College admissions, [[N:Imogen]] speaking."),
        c("Hi [[N:Imogen]], I'm calling for my daughter, [[N:Aroha Ngata]]. She's applied for nursing for the ((y:2025)) intake."),
        a("I can only discuss it with [[N:Aroha]] herself, I'm afraid. Is she with you?"),
        c(f"Hi, it's [[N:Aroha]] now. My student number is [[AC:{sid}]]."),
        a("Thanks, [[N:Aroha]]. Can you confirm your date of birth?"),
        c(f"[[DOB:{dd:02d}/{m:02d}/{y}]]."),
        a("Lovely. Your offer's conditional on your maths result, which comes out on ((d:August 14th)). We'll email it to [[EM:aroha.ngata05@outlook.com]]."),
        c("That's my old one. Can you use [[EM:arohangata.k@gmail.com]] instead?"),
        a("Updated. Anything else today?"),
        c("No, that's everything."),
    ]


@case
def sofa_card_in_pairs(g):
    d = g.card("visa")
    mth, y = g.expiry()
    cv = g.cvv()
    return A, [
        a("okay so the total's ((p:sixty four pounds ninety nine)) with delivery how would you like to pay"),
        c("visa debit"),
        a("go ahead with the long number when you're ready"),
        c(f"[[CC#a:{pairs(d[:4])}]]"),
        a("mm-hmm"),
        c(f"[[CC#a:{pairs(d[4:8])}]] sorry the baby's just woken up [[CC#a:{pairs(d[8:12])}]]"),
        a("no rush"),
        c(f"[[CC#a:{pairs(d[12:])}]]"),
        a(f"so i've got [[CC:{card_a(d)}]] is that right"),
        c("yep that's it"),
        a("and the expiry"),
        c(f"[[EXP:{say(f'{mth:02d}')} {say(str(y)[2:])}]]"),
        a("and the three digit security code"),
        c(f"[[CVV:{say(cv)}]]"),
        a("lovely that's gone through your footstool will come on the ((d:fourteenth)) between ((t:seven)) and ((t:twelve))"),
    ]


@case
def ivr_building_society_fix(g):
    acct = g.digits(8)
    y, m, dd = g.dob(1950, 1970)
    return T, [
        i_("Welcome to Northgate Building Society. Please say or enter your ((cnt:8))-digit account number."),
        c(f"[[AC:{acct}]]"),
        i_("Thank you. Now enter your date of birth: ((cnt:2)) digits for the day, ((cnt:2)) for the month and ((cnt:4)) for the year."),
        c(f"[[DOB:{dd:02d}{m:02d}{y}]]"),
        i_("Thank you. Please hold for the next available adviser."),
        a("Hello, you're through to [[N:Lorenzo]]. Am I speaking with [[N:Sigrid Halvorsen]]?"),
        c("Yes, hello. I want to fix the rate on my savings before it drops. It's ((pct:4.1%)) at the moment."),
        a("The ((du:2-year)) fix is ((pct:3.85%)) from ((d:1 June)), and the ((du:1-year)) is ((pct:4.05%))."),
        c("I'll go for the ((du:one-year)), please."),
    ]


@case
def hotel_cot_okonkwo(g):
    return A, [
        a("good evening harbourview hotel reservations this is [[N:matteo]]"),
        c("hi i've got a booking for ((du:two nights)) from the ((d:twelfth)) and i need to add a cot"),
        a("no problem whose name is the booking under"),
        c(f"[[N:chidinma okonkwo]] that's [[N:{nato('okonkwo')}]]"),
        a("thanks [[N:chidinma]] i've got you in room ((o:four one two)) and the cot's added there's no charge for it"),
        c("amazing can you resend the confirmation to [[EM:chidi dot okonkwo at yahoo dot co dot uk]]"),
        a("so that's [[EM:chidi dot okonkwo at yahoo dot co dot uk]]"),
        c("that's it"),
        a("done and breakfast is ((p:fourteen fifty)) a head if you want to add it when you arrive"),
    ]


@case
def broadband_outage_business(g):
    acct = g.pat("TB-99999999")
    ph = g.uk_land("manchester")
    return T, [
        a("Tolland Broadband business support, [[N:Ravi]] speaking."),
        c("Hi Ravi, our line's been down since ((t:8)) this morning and we've got a shop full of people trying to pay.".replace("Hi Ravi", "Hi [[N:Ravi]]")),
        a("Sorry to hear that. What's the account number?"),
        c(f"[[AC:{acct}]]."),
        a(f"That's [[AC:{acct}]], for Quayside Bakery?"),
        c("Yes. I'm the owner, [[N:Burak Aksoy]]."),
        a("Thanks, Mr [[N:Aksoy]]. There's a fault at the exchange affecting ((cnt:112)) customers. The estimate is ((t:1 p.m.))."),
        a(f"In the meantime I can turn on the mobile backup on your ((mod:HB-7)) router. Is [[PH:{uk_ph_t(ph)}]] still the best number?"),
        c("Yes, that's the shop. Please do."),
    ]


@case
def ssn_verify_savings(g):
    ssn = g.ssn()
    y, m, dd = g.dob(1970, 1990)
    return A, [
        a("thank you for calling rivermark savings and loan my name is [[N:brandon]] who do i have the pleasure of speaking with"),
        c("hi [[N:brandon]] this is [[N:hodan farah]]"),
        a("hi [[N:hodan]] for security can i get your social security number"),
        c(f"sure it's [[SSN#a:{say(ssn[:3])}]] [[SSN#a:{say(ssn[3:5])}]] um [[SSN#a:{say(ssn[5:])}]]"),
        a("and your date of birth"),
        c(f"[[DOB:{monl(m)} {ordw(dd)} {yr(y)}]]"),
        a("thank you you're verified what can i do for you"),
        c("i want to know why my cd only paid ((pct:two point five percent)) when the letter said ((pct:three))"),
        a("let me look the ((pct:three percent)) was for the ((du:eighteen month)) term and yours is the ((du:twelve month))"),
        c("oh okay that makes sense then"),
    ]


@case
def hail_damage_denver(g):
    pol = g.pat("HO-1999999-99")
    n = g.num(100, 9999)
    z = g.zip("802")
    ph = g.us_phone("720")
    return T, [
        a("Crestline Insurance, claims department. My name is [[N:Anneliese]]."),
        c(f"Hi, I need to file a claim for hail damage. My policy is [[AC:{pol}]]."),
        a("I'm sorry to hear that. What's the property address?"),
        c(f"[[AD:{n} Aspen Ridge Circle, Denver]], Colorado, [[PC:{z}]]."),
        a("And the named insured?"),
        c("Me, [[N:Jannik Hoffmann]], and my wife, [[N:Rosalind Hoffmann]]."),
        a("When did the storm hit?"),
        c("((d:Saturday)) night around ((t:11:30)). We lost ((q:14)) shingles and the skylight is cracked."),
        a(f"Thank you. An adjuster will call you at [[PH:{us_ph_t(ph)}]] within ((du:2 business days)). Your deductible is ((pct:1%)) of the dwelling coverage."),
    ]


@case
def parcel_left_with_neighbour(g):
    ref = g.pat("PW99999999")
    trk = g.track_fail(16)
    return A, [
        a("parcelwise customer service [[N:ciaran]] speaking"),
        c(f"hi [[N:ciaran]] i've got a card through the door saying it was left with a neighbour but it doesn't say which one [[AC#a:p w {say(ref[2:6])}]] sorry [[AC#a:{say(ref[6:])}]]"),
        a("no worries let me look so the driver's marked it as left with [[N:jade]] across the road"),
        c("[[N:jade]] oh she's lovely that's fine then"),
        a(f"the courier's own tracking number is ((o:{say(trk)})) if you need it for the seller"),
        c("i'll just get it off her thanks"),
        a("no problem anything else"),
        c("no that's all"),
    ]
COMMON_NAME_WORDS.update({"jade"})


@case
def pharmacy_repeat_prescription(g):
    y, m, dd = g.dob(1960, 1985)
    rx = g.pat("RX-999999")
    return T, [
        a("Kingfisher Pharmacy, [[N:Nadia]] speaking."),
        c("Hello, I'm ringing about my repeat prescription. The surgery says they sent it ((du:4 days)) ago."),
        a("What's your name and date of birth?"),
        c(f"[[N:Gurpreet Kaur Dhillon]], [[DOB:{ordt(dd)} {mon(m)} {y}]]."),
        a("Is that Dhillon with two Ls?".replace("Dhillon", "[[N:Dhillon]]")),
        c("Yes, [[N:D-H-I-L-L-O-N]]."),
        a(f"Found it. It's ready under [[AC:{rx}]]: ((q:56)) tablets of the ((mod:10mg)) and the inhaler."),
        c("Brilliant. Can my husband pick it up after ((t:6))?"),
        a("We're open until ((t:7:30)), so that's fine. He'll need to know your address."),
    ]
COMMON_NAME_WORDS.update({"kaur"})


@case
def prepay_meter_amex(g):
    d = g.card("amex")
    mth, y = g.expiry()
    cv = g.cvv(4)
    return A, [
        a("prepayment top-ups this is [[N:yusra]] how much would you like to put on"),
        c("((p:forty pounds)) please on the gas"),
        a("okay and what card are you paying with"),
        c(f"amex it's [[CC#a:{say(d[:4], dbl=True)}]] [[CC#a:{say(d[4:10], dbl=True)}]] hang on my glasses [[CC#a:{say(d[10:], dbl=True)}]]"),
        a("thank you expiry"),
        c(f"[[EXP:{monl(mth)} {w(y - 2000)}]]"),
        a("and the four digit code on the front"),
        c(f"[[CVV:{say(cv)}]]"),
        a("lovely that's ((p:forty pounds)) on your gas key you'll need to put the key in the meter for about ((du:a minute)) for it to load"),
    ]


@case
def port_out_wireless(g):
    acct = g.digits(9)
    s4 = g.ssn()[-4:]
    ph = g.us_phone("512")
    return T, [
        a("Thanks for calling Vantage Wireless, my name is [[N:Kelsey]]. What's the mobile number you're calling about?"),
        c(f"[[PH:{us_ph_t(ph, 1)}]]. I'm switching carriers and the new one needs my account number."),
        a("I can help with that. Can I verify the account holder's name and the last four of the Social?"),
        c(f"[[N:Rodrigo Saldana]], and the last four are [[SSN:{s4}]]."),
        a(f"Thank you, Mr [[N:Saldana]]. Your account number is [[AC:{acct}]], and I've texted a transfer code to your phone. It's valid for ((du:7 days))."),
        c("Do I get charged for the rest of the month?"),
        a("Your plan is ((p:$65 a month)), prorated, so you'd pay about ((p:$26)) for the last ((du:12 days))."),
        c("That's fine. Thanks, [[N:Kelsey]]."),
    ]


@case
def card_swallowed_in_spain(g):
    d = g.card("mc2")
    return A, [
        a("farrowdale bank emergency card line this is [[N:mairead]]"),
        c("hi yes i'm in spain and a cash machine's just eaten my card"),
        a("oh no okay have you got the card number anywhere the app or a statement"),
        c(f"on the app yeah [[CC#a:{d[:4]} {d[4:6]}]] hang on the screen's gone dark [[CC#a:{d[6:12]} {d[12:]}]]"),
        a(f"let me read that back [[CC:{card_a(d, zero='zero')}]]"),
        c("that's right"),
        a("and your name as it's printed on the card"),
        c(f"[[N:dariush farahani]] that's [[N:{spell('farahani')}]]"),
        a("thank you mister [[N:farahani]] it's cancelled i can send an emergency card to your hotel in ((du:two to three days)) or arrange up to ((p:five hundred euros)) in cash today"),
        c("cash please i'm here until ((d:thursday))"),
    ]


@case
def council_tax_father(g):
    ref = g.digits(8)
    n = g.num(2, 120)
    pc = g.uk_pc("CF24")
    y, m, dd = g.dob(1941, 1950)
    return T, [
        a("Elmsbury Council, council tax team. You're speaking to [[N:Graham]]."),
        c("Hello. My father passed away last month and I need to close his council tax account."),
        a("I'm very sorry for your loss. What was your father's name?"),
        c(f"[[N:Iolo Griffiths]]. The account number is [[AC:{ref}]]."),
        a("And the property address?"),
        c(f"[[AD:{n} Derwen Road]], [[PC:{pc}]]."),
        a("And his date of birth, so I can match the record?"),
        c(f"[[DOB:{dd}/{m}/{y}]]. I'm [[N:Bethan]], his daughter. I'm the executor."),
        a("Thank you, [[N:Bethan]]. We'll close the account from the ((d:7th)), and the property is exempt for ((du:6 months)) while it's empty."),
        c("He paid ((p:£148)) on ((d:1 April)). Does that come back?"),
        a("Yes, the credit of about ((p:£97)) will be refunded to the estate."),
    ]


@case
def pet_surgery_sock(g):
    pol = g.digits(8)
    return A, [
        a("pawsure pet insurance [[N:tobias]] speaking"),
        c(f"hi [[N:tobias]] [[AC:{say(pol[:4])} {say(pol[4:])}]] that's my policy my dog's had to have emergency surgery"),
        a("oh no i'm sorry is he okay"),
        c("he's on the mend he swallowed a sock the vet was doctor [[N:anjali iyer]] at the out of hours place ((o:twenty two miles)) away"),
        a("and how much was the bill"),
        c("((p:two thousand three hundred and eighty pounds))"),
        a("okay you're covered up to ((p:four thousand a year)) minus your ((p:ninety nine pound)) excess"),
        c("do you need the invoice"),
        a("yes just upload it in the app with the claim form and we aim to pay within ((du:ten working days))"),
        c("brilliant thanks"),
    ]


@case
def rail_refund_taxi(g):
    ref = g.pat("AAA99999")
    return T, [
        a("Redfern Rail customer relations, [[N:Ashanti]] here."),
        c("Hi. My ((t:17:05)) from Leeds was cancelled yesterday and I had to get a taxi home. I'd like a refund."),
        a("Of course. Do you have the booking reference from your e-ticket?"),
        c(f"[[AC:{ref}]]."),
        a("Thanks. Is this [[N:Liang Wei]]?"),
        c("Yes. The ticket was ((p:£43.60)) and the taxi was ((p:£71))."),
        a("We'll refund the ticket in full. For the taxi I'll need the receipt. Is [[EM:liang.wei.1988@gmail.com]] still right?"),
        c("Yes. I stood on platform ((o:6)) for ((du:50 minutes)) before they announced it."),
        a("I'm sorry. The refund should land in ((du:5 to 7 days))."),
    ]


@case
def tv_drop_sports(g):
    acct = g.digits(10)
    y, m, dd = g.dob(1975, 1992)
    return A, [
        a("hello you're through to starglow tv [[N:devika]] speaking"),
        c("hiya [[N:devika]] i want to drop the sports it's gone up to ((p:thirty four pounds a month))"),
        a("i can help with that can i take the account number"),
        c(f"[[AC#a:{say(acct[:4])}]] [[AC#a:{say(acct[4:7])}]] um it's on the other letter hang on [[AC#a:{say(acct[7:])}]]"),
        a("and for security your date of birth"),
        c(f"[[DOB:{say(f'{dd:02d}')} {say(f'{m:02d}')} {yr(y)}]]"),
        a("thank you and the email on the account"),
        c("[[EM:r o b b i e dot k at sky dot com]]"),
        a("thanks [[N:robbie]] done the sports comes off on the ((d:first)) and your new price is ((p:twenty two fifty))"),
        c("and there's no contract"),
        a("no it's a rolling ((du:thirty day)) plan so you can change it any time"),
    ]


@case
def backpack_phone_order(g):
    d = g.card("disc")
    mth, y = g.expiry()
    cv = g.cvv()
    z = g.zip("972")
    return T, [
        a("Thanks for calling Summit Outfitters. This is [[N:Tyler]]."),
        c("Hi, I'm trying to order the ((mod:Ridgeline 45)) backpack and your website keeps timing out."),
        a("I can place it for you. It's ((p:$189.95)), and with the ((pct:15%)) member discount it's ((p:$161.46)). Card number?"),
        c(f"Sure, it's a Discover. [[CC:{card_t(d, '-')}]]."),
        a("Expiration and security code?"),
        c(f"[[EXP:{mth:02d}/{y % 100}]], and the code is [[CVV:{cv}]]."),
        a("And the billing ZIP?"),
        c(f"[[PC:{z}]]."),
        a("Thank you. The name on the card?"),
        c("[[N:Keoni Kahale]]."),
        a("Great, that's placed. It ships within ((du:2 business days))."),
    ]


@case
def clinic_reschedule_tesfaye(g):
    y, m, dd = g.dob(1985, 1999)
    ph = g.us_phone("480")
    return A, [
        a("desert sky family medicine this is [[N:carmen]] how can i help"),
        c("hi i need to move my appointment on the ((d:ninth))"),
        a("sure what's the patient's name"),
        c("[[N:selam tesfaye]]"),
        a("can you spell the last name for me"),
        c(f"[[N:{nato('tesfaye', 'as in')}]]"),
        a("and the date of birth"),
        c(f"[[DOB:{say(f'{m:02d}')} {say(f'{dd:02d}')} {yr(y)}]]"),
        a("thank you you're on the ((d:ninth)) at ((t:two forty)) i can do the ((d:fourteenth)) at ((t:nine a m))"),
        c("the ((d:fourteenth)) works"),
        a(f"great we'll text a reminder is [[PH:{say(ph[:3])} {say(ph[3:6])} {pairs(ph[6:])}]] still good"),
        c("yep"),
    ]


@case
def student_loan_move(g):
    acct = g.digits(10)
    ssn = g.ssn()
    n = g.num(100, 9999)
    z = g.zip("972")
    return T, [
        a("Stonebridge Student Loans, this is [[N:Hamza]]. Can I have your account number?"),
        c(f"It's [[AC:{acct}]]."),
        a("And to verify, your full Social Security number?"),
        c(f"[[SSN:{ssn[:3]} {ssn[3:5]} {ssn[5:]}]]."),
        a("Thank you. Am I speaking with [[N:Yuxi Zhang]]?"),
        c(f"Yes. I've moved, so I need to update my address. It's [[AD:{n} Harbor View Lane, Unit 12, Portland]], Oregon [[PC:{z}]]."),
        a("Updated. Do you want to stay on the income-driven plan? Your payment would stay at ((p:$142 a month)) until ((d:October))."),
        c("Yes, please. And send the paperwork to [[EM:yuxi.zhang.pdx@proton.me]]."),
        a("Done. You'll have it within the hour."),
    ]


@case
def water_moving_home(g):
    n1, n2, k = g.num(2, 99), g.num(100, 400), g.num(2, 9)
    pc1, pc2 = g.uk_pc("BS3"), g.uk_pc("BS1")
    return A, [
        a("quayside water moving home team this is [[N:orla]]"),
        c("hi [[N:orla]] we're moving on ((d:friday)) so i need to close the account at the old place and open one at the new one"),
        a("no problem what's the old address"),
        c(f"[[AD:{hn(n1)} priory walk]] [[PC:{pc_a(pc1)}]]"),
        a("and the new one"),
        c(f"[[AD:flat {w(k)} {hn(n2)} canal wharf]] [[PC:{pc_a(pc2)}]]"),
        a("and whose name will the new account be in"),
        c("both of us me and my partner [[N:ji-woo park]] i'm [[N:nirmala sivakumar]]"),
        a("lovely if you give us a meter reading on the day we'll bill you up to then"),
        c("it's ((o:four one six two three)) i took a photo this morning"),
        a("perfect that's all done"),
    ]


@case
def mortgage_overpayment(g):
    acct = g.pat("9999 9999 99")
    y, m, dd = g.dob(1972, 1988)
    return T, [
        a("Northgate Building Society mortgages, [[N:Priyanka]] speaking."),
        c("Hi [[N:Priyanka]]. I'd like to make an overpayment on my mortgage."),
        a("Lovely. Can I take the mortgage account number and your name?"),
        c(f"[[AC:{acct}]], and it's [[N:Arvind Kulkarni]]."),
        a("Thank you, Mr [[N:Kulkarni]]. And your date of birth?"),
        c(f"[[DOB:{dd} {mon(m)} {y}]]."),
        a("You can overpay up to ((pct:10%)) a year without a charge, which is ((p:£18,400)) for you until your fix ends in ((y:2027))."),
        c("I'd like to pay ((p:£5,000)) now and another ((p:£5,000)) in ((d:January))."),
        a("That's fine. Your monthly payment will drop by around ((p:£61))."),
    ]


@case
def dmv_renewal_moved(g):
    dl = g.pat("A9999999")
    y, m, dd = g.dob(1960, 1985)
    n1, n2 = g.num(100, 9999), g.num(100, 9999)
    z1, z2 = g.zip("857"), g.zip("857")
    return A, [
        a("motor vehicle division this is [[N:deshawn]] how can i help"),
        c("yeah i never got my registration renewal in the mail"),
        a("okay can i get your name and your driver license number"),
        c(f"[[N:guillermo navarro]] and it's [[AC:{alnum_a(dl)}]]"),
        a("and your date of birth please"),
        c(f"[[DOB:{monl(m)} {w(dd)} {yr(y)}]]"),
        a(f"thank you mister [[N:navarro]] i have your address as [[AD:{hn(n1)} mesquite trail]] [[PC:{say(z1)}]]"),
        c(f"no that's the old one we moved in ((d:march)) it's [[AD:{hn(n2)} east paloma street]] [[PC:{say(z2, zero='zero')}]]"),
        a("that explains it i'll update it and reprint the notice the fee's ((p:forty six fifty)) and you've got till the ((d:thirtieth)) with no penalty"),
    ]


@case
def hotel_guarantee_visa(g):
    d = g.card("visa")
    mth, y = g.expiry()
    conf = g.digits(8)
    return T, [
        a("Ashcombe Grand reservations, [[N:Tamsin]] speaking."),
        c("Hi, I'd like a double room for ((du:3 nights)) from the ((d:21st)), please."),
        a("We have one at ((p:£145 per night)). Can I take a name for the booking?"),
        c("[[N:Giulia Marchetti]]."),
        a("And a card to guarantee it?"),
        c(f"Visa. [[CC#a:{d[:4]}]]..."),
        a("Yes?"),
        c(f"[[CC#a:{d[4:8]} {d[8:12]}]]..."),
        a("Go on."),
        c(f"[[CC#a:{d[12:]}]]. It expires [[EXP:{mth:02d}/{y % 100}]]."),
        a(f"Thank you. Your confirmation number is [[AC:{conf}]], and you'll be in room ((o:318))."),
    ]


@case
def gym_cancel_amber(g):
    mem = g.pat("OF999999")
    ph = g.uk_mobile()
    return A, [
        a("osprey fitness member services [[N:kieran]] speaking"),
        c("hi [[N:kieran]] i need to cancel my membership i'm moving abroad"),
        a("sorry to lose you can i take your membership number"),
        c(f"[[AC:{alnum_a(mem)}]]"),
        a("and is that [[N:amber lowry]]"),
        c("yeah that's me"),
        a("thanks [[N:amber]] there's ((du:one month's)) notice so your last payment is ((p:twenty nine ninety nine)) on the ((d:first))"),
        c("fine can you send me the confirmation at [[EM:amber lowry at hotmail dot co dot uk]]"),
        a(f"will do and is [[PH:{say(ph, zero='zero', dbl=True)}]] still your number"),
        c("till the end of the month yeah"),
    ]
COMMON_NAME_WORDS.update({"amber", "park"})


@case
def life_policy_husband(g):
    pol, pol2 = g.pat("HL9999999"), g.pat("HL9999999")
    y, m, dd = g.dob(1941, 1955)
    n = g.num(2, 90)
    pc = g.uk_pc("DA5")
    return T, [
        a("Harbinger Life, bereavement team. My name's [[N:Rashid]]. Please take your time."),
        c("Thank you. My husband, [[N:Salvatore Lombardo]], died on ((d:12 February)). I found a policy in his papers."),
        a("I'm so sorry. Do you have the policy number?"),
        c(f"It says [[AC:{pol}]] at the top. There's an older one, [[AC:{pol2}]], but I think that lapsed in ((y:2009))."),
        a("Thank you. Could you confirm his date of birth and address?"),
        c(f"[[DOB:{dd} {mon(m)} {y}]], and we lived at [[AD:{n} Orchard Rise, Bexley]], [[PC:{pc}]]."),
        a("The first policy is in force and pays ((p:£40,000)). I'll post you the claim form; we'll need the death certificate with it."),
        c("I'm [[N:Maria Lombardo]], by the way. You'll want my details too."),
    ]


@case
def loyalty_missing_miles(g):
    ff = g.digits(9)
    return A, [
        a("good afternoon skyline loyalty desk [[N:paolo]] speaking"),
        c("hi [[N:paolo]] the miles from my trip last month never went on"),
        a("sorry about that what's your membership number"),
        c(f"[[AC:{say(ff)}]]"),
        a("and the name on it"),
        c("[[N:tunde bakare]]"),
        a("thanks [[N:tunde]] which flights were they"),
        c("((fl:sl two one four)) to new york on the ((d:third)) and ((fl:sl two one five)) back on the ((d:tenth))"),
        a("the outbound's there it was a fare that earns ((pct:fifty percent)) the return's missing so i'm adding ((q:four thousand two hundred miles)) now"),
        c("great thanks"),
    ]
COMMON_NAME_WORDS.update({"miles"})


@case
def ivr_water_payment(g):
    acct = g.digits(12)
    d = g.card("visa")
    mth, y = g.expiry()
    cv = g.cvv()
    z = g.zip("276")
    conf = g.digits(9)
    return T, [
        i_("Welcome to Tidewater Utilities automated payments. Please enter your ((cnt:12))-digit account number."),
        c(f"[[AC:{acct}]]"),
        i_("Your balance is ((p:$84.17)), due ((d:May 22)). To pay now, enter your card number followed by the pound key."),
        c(f"[[CC:{d}]]"),
        i_("Enter the expiration date as ((cnt:4)) digits."),
        c(f"[[EXP:{mth:02d}{y % 100}]]"),
        i_("Enter the ((cnt:3))-digit security code."),
        c(f"[[CVV:{cv}]]"),
        i_("Enter your billing ZIP code."),
        c(f"[[PC:{z}]]"),
        i_(f"Thank you. A payment of ((p:$84.17)) has been scheduled. Your confirmation number is [[AC:{conf}]]."),
    ]


@case
def fraud_miami_charge(g):
    ssn = g.ssn()
    d = g.card("visa")
    return A, [
        a("hi this is [[N:kendra]] with the fraud team at pinnacle national bank am i speaking with [[N:tran van duc]]"),
        c("yes that's me"),
        a("we've flagged a charge of ((p:nine hundred and ninety nine dollars)) at an electronics store in miami at ((t:three fourteen a m)) did you make that"),
        c("no i'm in ohio i was asleep"),
        a("okay to confirm it's you can i get your social"),
        c(f"[[SSN:{say(ssn, dbl=True)}]]"),
        a(f"thank you i'm cancelling the card [[CC:{card_a(d)}]] is that the one in your wallet"),
        c("yeah the visa"),
        a("okay a new one will come in ((du:five to seven business days)) and the charge won't post"),
    ]


@case
def phone_upgrade_work_delivery(g):
    acct = g.digits(9)
    y, m, dd = g.dob(1980, 1996)
    pc = g.uk_pc("G12")
    return T, [
        a("Corvid Mobile upgrades, [[N:Luca]] here. How can I help?"),
        c("Hi [[N:Luca]], I'm [[N:Hui Min Goh]]. I'm due an upgrade and I'm looking at the ((mod:Nova 12 Pro))."),
        a("Lovely. Can I take your account number and date of birth?"),
        c(f"[[AC:{acct}]], and [[DOB:{dd:02d}.{m:02d}.{y}]]."),
        a("Thanks. The ((mod:Nova 12 Pro)) is ((p:£39 a month)) over ((du:24 months)) with ((p:£30)) upfront, and you get ((q:100GB)) of data."),
        c(f"Okay, let's do it. Can it go to my work? [[AD:Unit 9, Kelvin Park]], [[PC:{pc}]]."),
        a("Of course. It'll be there by ((t:1 p.m.)) tomorrow."),
    ]


@case
def rent_arrears_pearl(g):
    n = g.num(20, 180)
    ref = g.pat("TL99999")
    return A, [
        a("morning thistle lettings rent team [[N:callum]] speaking"),
        c(f"morning [[N:callum]] it's [[N:pearl adeyemi]] from [[AD:flat two {hn(n)} ravenscroft road]]"),
        a("hi [[N:pearl]] what can i do for you"),
        c("i've had a letter saying i'm ((p:four hundred and fifty pounds)) behind but i've paid every month"),
        a(f"let me check is your tenant reference [[AC:{alnum_a(ref)}]]"),
        c("that's right"),
        a("i can see ((cnt:eleven)) payments this year and the one for ((d:june)) is missing"),
        c("i paid that on the ((d:second)) i've got the bank statement"),
        a("if you email it over i'll get it matched up and the letter's cancelled"),
        c("okay i'll do that tonight"),
    ]
COMMON_NAME_WORDS.update({"pearl"})


@case
def dentist_two_checkups(g):
    y1, m1, d1 = g.dob(1982, 1990)
    y2, m2, d2 = g.dob(2012, 2016)
    ph = g.uk_mobile()
    return T, [
        a("Mapleford Dental, [[N:Sinead]] speaking."),
        c("Hi, I need to book a check-up for me and my son. I'm [[N:Agnieszka Wrobel]]."),
        a("Hi [[N:Agnieszka]]. Can I have dates of birth for you both?"),
        c(f"Mine's [[DOB:{d1}/{m1}/{y1}]], and [[N:Tymon]]'s is [[DOB:{d2}/{m2}/{y2}]]."),
        a("Thanks. We've got ((d:Thursday)) at ((t:3:40)) and ((t:4:00)), back to back."),
        c(f"That works. Can you text the reminder to [[PH:{uk_ph_t(ph, intl=True)}]]?"),
        a("Of course. It's ((p:£27.40)) for your check-up, and children are free."),
        c("Lovely, thank you."),
    ]


@case
def car_hire_flight_moved(g):
    ref = g.pat("AA9A9A")
    d = g.card("disc")
    mth, y = g.expiry()
    cv = g.cvv()
    return A, [
        a("roadway car hire [[N:delphine]] speaking"),
        c("hi i've got a car booked at the airport tomorrow and my flight's been moved"),
        a("no problem what's the booking reference"),
        c(f"[[AC:{nato(ref)}]]"),
        a("thanks and the new flight number"),
        c("((fl:ez four three one one)) landing at ((t:ten to eleven)) at night"),
        a("that's fine the desk's open till ((t:midnight)) the deposit has to go on a card in the driver's name can i take that now"),
        c(f"okay [[CC#a:{say(d[:4])}]] [[CC#a:{say(d[4:8])}]] sorry someone's at the door [[CC#a:{say(d[8:12])} {say(d[12:])}]]"),
        a("and the expiry and the code on the back"),
        c(f"[[EXP:{say(f'{mth:02d}')} {w(y - 2000)}]] and [[CVV:{say(cv)}]]"),
        a("lovely you're all set it's a hold of ((p:two hundred and fifty pounds)) released ((du:ten days)) after you return it"),
    ]


@case
def delivery_to_neighbour(g):
    ref = g.pat("PW99999999")
    n = g.num(2, 80)
    pc = g.uk_pc("NR2")
    return T, [
        a("Parcelwise, [[N:Leticia]] speaking."),
        c("Hi, I've got a delivery today and I won't be in. Can it go to a neighbour?"),
        a("Sure. What's the tracking reference?"),
        c(f"[[AC:{ref}]]."),
        a("And the delivery address?"),
        c(f"[[AD:{n} Beckett Close, Norwich]], [[PC:{pc}]]."),
        a("Which neighbour would you like?"),
        c("Next door, [[N:Miles Pennington]]. He works from home."),
        a("Done. The driver's due between ((t:10:15)) and ((t:11:15))."),
    ]


@case
def charity_gift_aid(g):
    d = g.card("mc")
    mth, y = g.expiry()
    cv = g.cvv()
    n = g.num(3, 140)
    pc = g.uk_pc("YO10")
    return T, [
        a("Thank you for calling the Lantern Trust donation line, this is [[N:Harriet]]."),
        c("Hello, I saw the appeal on the telly and I'd like to give ((p:£50)), please."),
        a("That's very kind. Can I take your name?"),
        c("[[N:Morag Cairns]]."),
        a(f"Thank you, [[N:Morag]]. Are you a UK taxpayer? With Gift Aid we can claim another ((pct:25%))."),
        c(f"Yes. My address is [[AD:{n} Heslington Lane, York]], [[PC:{pc}]]."),
        a("Lovely. And the card number, when you're ready."),
        c(f"[[CC:{card_t(d)}]], expiry [[EXP:{mth:02d}/{y % 100}]], and the number on the back is [[CVV:{cv}]]."),
        a("That's gone through. Would you like a receipt by email?"),
        c("Yes, to [[EM:moragcairns@btinternet.com]]."),
    ]


@case
def pharmacy_bill_double(g):
    d = g.card("visa")
    mth, y = g.expiry()
    cv = g.cvv()
    yb, mb, db = g.dob(1941, 1950)
    return A, [
        a("hi this is [[N:rochelle]] at greenleaf pharmacy billing how can i help"),
        c("i've got a bill here for my husband's oxygen for ((p:two hundred and ten dollars)) and i'd like to pay it"),
        a("sure what's the patient's name and date of birth"),
        c(f"[[N:harold jenkins]] [[DOB:{monl(mb)} {ordw(db)} {yr(yb)}]]"),
        a("thank you and what card would you like to use"),
        c(f"[[CC:{card_a(d, dbl=True)}]]"),
        a("and the expiration"),
        c(f"[[EXP:{monl(mth)} {yr(y, and_=False)}]]"),
        a("and the security code"),
        c(f"[[CVV:{say(cv, dbl=True)}]]"),
        a("okay that's paid i'll email a receipt or mail it whichever you prefer"),
        c("mail it please we don't do email"),
    ]


@case
def holiday_balance_amex(g):
    d = g.card("amex")
    mth, y = g.expiry()
    cv = g.cvv(4)
    ref = g.pat("HT-999999")
    return T, [
        a("Halcyon Travel, [[N:Gemma]] speaking."),
        c(f"Hi [[N:Gemma]]. I need to pay the balance on our holiday. Reference [[AC:{ref}]]."),
        a("Thank you. That's ((cnt:4)) passengers: [[N:Shirin Tehrani]], [[N:Kamran Tehrani]] and the ((cnt:2)) children, flying ((fl:HT 2204)) on ((d:14 July)) and back on ((fl:HT 2205))."),
        c("That's us. The balance is ((p:£2,316)), isn't it?"),
        a("Yes. Which card?"),
        c(f"Amex: [[CC:{card_t(d)}]]. Expires [[EXP:{mon(mth)} {y}]]. The code on the front is [[CVV:{cv}]]."),
        a("Thank you, that's paid. Your tickets will be available ((du:14 days)) before you fly."),
    ]


@case
def new_line_ssn_pairs(g):
    ssn = g.ssn()
    ph = g.us_phone("206")
    return A, [
        a("vantage wireless new accounts this is [[N:marcus]] speaking"),
        c("hi i want to open a new line and bring my own phone"),
        a("great i'll need to run a quick credit check can i get your full name"),
        c(f"[[N:noa friedman]] [[N:{spell('friedman')}]]"),
        a("thanks [[N:noa]] and your social"),
        c(f"[[SSN#a:{say(ssn[:3])}]] [[SSN#a:{pairs(ssn[3:5])}]] [[SSN#a:{pairs(ssn[5:])}]]"),
        a("and an email for the account"),
        c("[[EM:noa f dot seattle at gmail dot com]]"),
        a(f"you're approved your new number will be [[PH:{say(ph[:3])} {say(ph[3:6], dbl=True)} {say(ph[6:])}]] and the plan is ((p:forty dollars a month))"),
        c("perfect"),
    ]


@case
def return_kettle(g):
    oid = g.pat("9999-999999")
    return T, [
        a("Greenhollow Direct, returns team. I'm [[N:Adebola]]."),
        c(f"Hi. I bought ((q:3)) ((mod:KT-200)) kettles for the office and one leaks. Order [[AC:{oid}]]."),
        a("Sorry about that. Is it [[N:Stefan Draganov]]?"),
        c("That's me."),
        a("I'll send a returns label to [[EM:s.draganov@pellamarine.co.uk]]. Once the kettle's back we refund ((p:£34.99)) to the card you paid with."),
        c("How long does that take?"),
        a("About ((du:3 to 5 days)) after it reaches us."),
        c("Fine. Thanks for your help."),
    ]


@case
def concert_tickets_correction(g):
    d = g.card("mc")
    bad = d[4:7] + str((int(d[7]) + 4) % 10)
    mth, y = g.expiry()
    cv = g.cvv()
    return A, [
        a("thanks for holding you're through to [[N:joel]] at ticketbay how can i help"),
        c("hi i want ((q:four)) tickets for the ((d:saturday)) show at the arena the ((t:eight o'clock)) one"),
        a("i've got ((q:four)) together in block ((o:c)) row ((o:twelve)) at ((p:sixty two fifty)) each"),
        c(f"lovely right card number [[CC#a:{say(d[:4])}]] [[CC#a!:{say(bad)}]] no sorry [[CC#a:{say(d[4:8])}]] [[CC#a:{d[8:12]}]] and [[CC#a:{say(d[12:], zero='zero')}]]"),
        a("and when does it expire"),
        c(f"[[EXP:{monl(mth)} {yr(y, and_=False)}]]"),
        a("and the last three digits on the back"),
        c(f"[[CVV:{say(cv, zero='zero')}]]"),
        a("lovely and an email for the tickets"),
        c("[[EM:hannah dot vos at live dot co dot uk]]"),
        a("thanks [[N:hannah]] they'll be in your inbox within ((du:an hour))"),
    ]


@case
def wire_recall_account(g):
    s4 = g.ssn()[-4:]
    acct = g.digits(10)
    ph = g.us_phone("404")
    return T, [
        a("Pinnacle National Bank, [[N:Devon]] speaking. How can I help?"),
        c("I sent a wire this morning to the wrong account and I need to stop it."),
        a("Let's move fast. Your name and the last four of your Social?"),
        c(f"[[N:Akosua Mensah]], [[SSN:{s4}]]."),
        a(f"Thank you. I see a wire of ((p:$3,750.00)) at ((t:9:12 a.m.)) from your checking account [[AC:{acct}]]. Is that the one?"),
        c("Yes. The last ((cnt:2)) digits of the recipient's account were swapped."),
        a(f"I've requested a recall. There's a ((p:$25)) fee, and it can take up to ((du:10 business days)). We'll call you at [[PH:{us_ph_t(ph)}]] with an update."),
        c("Okay. Thank you."),
    ]


@case
def hospital_bill_pieces(g):
    acct = g.digits(9)
    yb, mb, db = g.dob(1965, 1980)
    d = g.card("visa")
    mth, y = g.expiry()
    cv = g.cvv()
    z = g.zip("402")
    return A, [
        a("st brendan's patient accounts this is [[N:tasha]]"),
        c("hi i got a bill and i want to pay it the account number is"),
        c(f"[[AC#a:{say(acct[:3])}]]"),
        a("okay"),
        c(f"[[AC#a:{say(acct[3:6])}]] [[AC#a:{say(acct[6:])}]]"),
        a("and the patient's date of birth"),
        c(f"[[DOB:{say(f'{mb:02d}')} {w(db)} {pairs(str(yb)[2:])}]]"),
        a("thank you the balance is ((p:one thirty five forty)) what card are you using"),
        c(f"[[CC:{d[:4]} {d[4:7]} {d[7:13]} {d[13:]}]] expiration [[EXP:{say(f'{mth:02d}')} {say(str(y)[2:])}]] security code [[CVV:{say(cv)}]]"),
        a("and the billing zip"),
        c(f"[[PC:{say(z)}]]"),
        a("you're all paid up"),
    ]


@case
def school_meals_topup(g):
    d = g.card("visa")
    mth, y = g.expiry()
    cv = g.cvv()
    return T, [
        a("Elmsbury schools payment line, [[N:Cerys]] speaking."),
        c("Hi. I'd like to top up my son's dinner money. He's [[N:Idris Haddad]], in ((o:Year 4)) at Millbrook Primary."),
        a("Thank you. And your name?"),
        c("[[N:Layla Haddad]]."),
        a("How much would you like to add?"),
        c("((p:£46)), that's ((du:two weeks)) of lunches."),
        a("Lovely. The card number, please."),
        c(f"[[CC#a:{d[:4]} {d[4:8]}]]... sorry, my daughter's asking me something... [[CC#a:{d[8:12]} {d[12:]}]]."),
        a("And the expiry and security code?"),
        c(f"[[EXP:{mth:02d}/{y}]], [[CVV:{cv}]]."),
        a("That's done. The receipt will go to [[EM:layla.haddad@yahoo.co.uk]]."),
    ]


@case
def travel_claim_no_cue(g):
    pol = g.pat("TI99999999")
    ph = g.uk_mobile()
    return A, [
        a("hello wayfarer travel insurance claims [[N:ruth]] speaking"),
        c(f"hi [[N:ruth]] [[AC:{alnum_a(pol)}]] i need to claim for a missed connection"),
        a("okay sorry to hear that what happened"),
        c("our first flight ((fl:fr eight one three)) was ((du:three hours)) late so we missed ((fl:fr two two oh)) and had to stay in a hotel in milan"),
        a("and what did the hotel and new flights cost"),
        c("((p:four hundred and eighty euros)) altogether for the ((cnt:two)) of us"),
        a(f"okay and is [[PH:{say(ph[:5], zero='zero')} {say(ph[5:], zero='zero')}]] the best number"),
        c("yes or email me at [[EM:kwabena dot asante at outlook dot com]]"),
        a("thanks [[N:kwabena]] i'll send you the claim form now"),
    ]


@case
def library_card_renewal(g):
    lib = g.pat("99999999999999")
    ph = g.uk_land("edinburgh")
    return T, [
        a("Elmsbury Libraries, you're through to [[N:Alasdair]]."),
        c("Hi. My library card's expired and I can't log in to borrow e-books."),
        a("I can renew it over the phone. What's the number on the back of the card?"),
        c(f"[[AC:{lib}]]."),
        a("Thank you. Is this [[N:Zsofia Kertesz]]?"),
        c("Yes. My phone number's changed too, it's [[PH:" + uk_ph_t(ph) + "]] now."),
        a("Updated. The card's good for another ((du:3 years)), and you can borrow up to ((q:15)) e-books at once."),
        c("Brilliant."),
    ]


@case
def takeaway_refund_greeted(g):
    oid = g.digits(10)
    return A, [
        a("hi you're chatting with [[N:precious]] on the grabgrub help line what's up"),
        c(f"hi [[N:precious]] my order was missing stuff it's [[AC:{pairs(oid)}]]"),
        a("sorry about that what was missing"),
        c("((q:two)) portions of chips and a drink"),
        a("okay i've refunded ((p:seven forty nine)) back to the card it'll show in ((du:three to five days))"),
        c("and it was ((du:fifty minutes)) late as well"),
        a("i'm really sorry i'll add a ((p:five pound)) voucher to your account"),
        c("okay cheers [[N:precious]]"),
    ]


@case
def sim_swap_fraud(g):
    ssn = g.ssn()
    yb, mb, db = g.dob(1958, 1975)
    ph = g.us_phone("615")
    return T, [
        a("Vantage Wireless fraud prevention, this is [[N:Latrice]]."),
        c("My phone stopped working this morning, and my bank says someone changed my password. I think my number's been stolen."),
        a("I'm sorry. Let's secure it. What's the mobile number?"),
        c(f"[[PH:{us_ph_t(ph, 2)}]]."),
        a("And your full name, date of birth and Social Security number?"),
        c(f"[[N:Bartholomew Osei]]. [[DOB:{mb:02d}/{db:02d}/{yb}]]. [[SSN:{ssn}]]."),
        a("Thank you, Mr [[N:Osei]]. Someone moved your number to a new SIM at ((t:6:02 a.m.)). I've reversed it and put a ((du:90-day)) lock on transfers."),
        c("Thank you. Can you email me a record of it? It's [[EM:bart.osei@comcast.net]]."),
        a("Of course. Your SIM will come back to life in about ((du:15 minutes))."),
    ]


@case
def halls_application_nato(g):
    sid = g.pat("AA9999999")
    n = g.num(5, 90)
    pc = g.uk_pc("L17")
    return A, [
        a("hi you're through to accommodation services at harbourside university it's [[N:yasmin]]"),
        c("hiya i applied for halls in ((d:june)) and haven't heard anything"),
        a("okay what's your student number"),
        c(f"[[AC:{nato(sid[:2], 'as in')} {say(sid[2:])}]]"),
        a("and your name"),
        c("[[N:oisin mccarthy]]"),
        a("thanks [[N:oisin]] you're on the list for ((o:block d)) the rent's ((p:one sixty five a week)) and you'll hear by the ((d:fifteenth))"),
        c(f"can you update my home address as well it's [[AD:{hn(n)} aigburth drive]] [[PC:{pc_a(pc)}]]"),
        a("done anything else"),
        c("no that's everything ta"),
    ]


@case
def energy_debt_correction(g):
    acct = g.digits(10)
    d = g.card("mc")
    mth, y = g.expiry()
    cv = g.cvv()
    return T, [
        a("Brightwell Energy, payments team. I'm [[N:Obinna]]."),
        c(f"Hi [[N:Obinna]]. I've got an overdue letter. Account [[AC:{acct}]]. I want to clear it today."),
        a("Thanks. Is it [[N:Thandeka Zulu]]?"),
        c("Yes."),
        a("The balance is ((p:£212.36)). Which card would you like to use?"),
        c(f"[[CC#a!:{d[:4]} {d[4:8]} {d[8:10]}]]... no, sorry, start again. [[CC#a:{card_t(d)}]]."),
        a("Thank you. Expiry and the ((cnt:3)) digits on the back?"),
        c(f"[[EXP:{mth:02d}/{y % 100}]] and [[CVV:{cv}]]."),
        a("Paid. I've also set up a plan at ((p:£58 a month)) so it doesn't build up over winter."),
    ]


@case
def passport_appointment(g):
    ref = g.pat("9999-9999-9999")
    yb, mb, db = g.dob(1990, 2004)
    ph = g.uk_mobile()
    return A, [
        a("passport advice line this is [[N:gareth]]"),
        c("hi i need an urgent appointment i'm flying to lagos on the ((d:twenty second)) for a funeral"),
        a("i'm sorry to hear that have you applied online already"),
        c(f"yeah the reference is [[AC#a:{say(ref[:4])}]] [[AC#a:{say(ref[5:9])}]] [[AC#a:{say(ref[10:])}]]"),
        a("and your name and date of birth"),
        c(f"[[N:ifeoma eze]] [[DOB:{ordw(db)} {monl(mb)} {yr(yb)}]]"),
        a(f"thank you i can offer the ((d:seventeenth)) at ((t:eleven forty)) in liverpool and i'll text it to [[PH:{say(ph, zero='zero')}]]"),
        c("yes please i'll take it"),
    ]


@case
def auto_policy_add_driver(g):
    pol = g.pat("CA-999-999-999")
    n = g.num(100, 9999)
    z = g.zip("537")
    ph = g.us_phone("414")
    return T, [
        a("Crestline Auto, this is [[N:Brenda]]. How can I help?"),
        c(f"Hi. I need to add my son to our policy, [[AC:{pol}]]. He just got his license."),
        a("Congratulations! What's his name?"),
        c("[[N:Mateo Rinaldi]]. He'll drive the ((y:2019)) ((mod:CR-V))."),
        a("Is he still at home with you? I have the address as [[AD:" + f"{n} Willow Creek Road, Madison" + "]], [[PC:" + z + "]]."),
        c("Yes, that's right."),
        a("Adding him raises your premium by ((p:$96 a month)), but he gets ((pct:10%)) off if he finishes the safe-driver course."),
        c(f"Okay, go ahead. The best number for him is [[PH:{us_ph_t(ph, 1)}]]."),
    ]


@case
def broadband_engineer_drew(g):
    acct = g.digits(8)
    ph = g.uk_land("leeds")
    return A, [
        a("tolland broadband [[N:niamh]] speaking"),
        c(f"hiya [[AC:{say(acct, zero='zero')}]] my internet's been dropping every night for ((du:two weeks))"),
        a("okay let me run a line test is that [[N:clive barraclough]]"),
        c("yes love"),
        a("right there's a fault on the line i'll book an engineer i've got [[N:drew]] available tomorrow between ((t:eight)) and ((t:one))"),
        c("[[N:drew]] came last time he was good"),
        a(f"lovely and he'll ring the landline first [[PH:{say(ph[:4])} {say(ph[4:7])} {say(ph[7:])}]] is that right"),
        c("that's the one"),
    ]
COMMON_NAME_WORDS.update({"drew"})


@case
def cruise_deposit_cabin(g):
    d = g.card("visa")
    mth, y = g.expiry()
    cv = g.cvv()
    bk = g.pat("AZ99999")
    return T, [
        a("Azure Line Cruises, [[N:Fernando]] speaking."),
        c("Hello, I'd like to book the ((du:7-night)) Norway cruise in ((d:August)) for my wife and me."),
        a("Wonderful. Names as they appear on your passports?"),
        c("[[N:Lars Eklund]] and [[N:Ingrid Eklund]]."),
        a("I have an outside cabin, ((o:7042)), at ((p:£1,890)) per person. The deposit is ((p:£250)) each."),
        c(f"That's fine. Card: [[CC:{card_t(d, '-')}]], expires [[EXP:{mth:02d}/{y % 100}]], code [[CVV:{cv}]]."),
        a(f"Thank you, Mr [[N:Eklund]]. Your booking number is [[AC:{bk}]]. The balance is due ((du:60 days)) before sailing."),
    ]


@case
def parking_permit_card(g):
    d = g.card("mc2")
    mth, y = g.expiry()
    cv = g.cvv()
    n = g.num(2, 60)
    pc = g.uk_pc("SW9")
    return A, [
        a("elmsbury council parking services [[N:dimitri]] speaking"),
        c("hi i need to renew my residents permit"),
        a("sure what's the address"),
        c(f"[[AD:{hn(n)} stockwell park crescent]] [[PC:{pc_a(pc)}]]"),
        a("thanks and the name"),
        c("[[N:funmilayo adeleke]]"),
        a("it's ((p:one hundred and twenty six pounds)) for ((du:twelve months)) how would you like to pay"),
        c(f"card [[CC#a:{pairs(d[:8])}]] hold on [[CC#a:{pairs(d[8:])}]] expires [[EXP:{say(f'{mth:02d}')} {say(str(y)[2:])}]] and the code's [[CVV:{say(cv)}]]"),
        a("lovely the new permit starts on the ((d:first)) and it's digital so nothing to display"),
    ]


@case
def card_replace_new_address(g):
    ssn = g.ssn()
    n = g.num(100, 9999)
    z = g.zip("146")
    ph = g.us_phone()
    return T, [
        a("Larkspur Credit Union, this is [[N:Dwayne]]."),
        c("Hi [[N:Dwayne]]. My debit card's worn out and I've moved since I got it."),
        a("No problem. For security, your full Social, please."),
        c(f"[[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        a("Thank you, Ms [[N:Kowalski]]. What's the new address?"),
        c(f"[[AD:{n} Monroe Avenue, Apt 3, Rochester]], NY [[PC:{z}]]."),
        a(f"Got it. And is [[PH:{us_ph_t(ph)}]] still your cell?"),
        c("Yes."),
        a("The card will arrive in ((du:7 to 10 days)). Your old one keeps working until you activate the new one."),
    ]


@case
def gp_carer_nhs_pieces(g):
    nhs = g.digits(10)
    yb, mb, db = g.dob(1941, 1946)
    ph = g.uk_mobile()
    return A, [
        a("riverside surgery [[N:beverley]] speaking"),
        c("hello i'm calling for mrs [[N:eileen thwaites]] i'm her carer [[N:joy]]"),
        a("hi [[N:joy]] is she with you because i'll need her okay to talk to you"),
        c("she's here she says yes"),
        a("thank you can i take her date of birth"),
        c(f"[[DOB:{ordw(db)} of {monl(mb)} {yr(yb)}]]"),
        a("and have you got her nhs number"),
        c(f"[[AC#a:{say(nhs[:3])}]] um [[AC#a:{say(nhs[3:6])}]] [[AC#a:{say(nhs[6:])}]]"),
        a("thanks what's the problem today"),
        c(f"her ankles are swollen again the district nurse said to call you can the doctor ring me on [[PH:{say(ph, dbl=True)}]]"),
        a("yes the doctor will call after ((t:two))"),
    ]
COMMON_NAME_WORDS.update({"joy"})


@case
def gas_safety_check(g):
    n = g.num(2, 200)
    pc = g.uk_pc("NG7")
    ph = g.uk_mobile()
    return T, [
        a("Ashgrove Housing, gas safety team. This is [[N:Kwame]]."),
        c("Hi, I got a letter saying my annual gas check is overdue, but nobody's been in touch."),
        a("Sorry about that. What's the address?"),
        c(f"[[AD:{n} Lenton Boulevard, Nottingham]], [[PC:{pc}]]."),
        a("Thanks. And who am I speaking to?"),
        c("[[N:Vesna Petrovic]]."),
        a("I can send [[N:Gordon]], our engineer, on ((d:Wednesday)), between ((t:8)) and ((t:12)). It takes about ((du:40 minutes))."),
        c(f"That's fine. Can he call me on [[PH:{uk_ph_t(ph)}]] when he's on his way?"),
        a("I'll put that on the job."),
    ]


@case
def ivr_speech_card_payment(g):
    d = g.card("visa")
    mth, y = g.expiry()
    cv = g.cvv()
    return A, [
        i_("welcome to brightwell energy payments please say your card number one digit at a time"),
        c(f"[[CC#a:{say(d[:8])}]] [[CC#a:{say(d[8:])}]]"),
        i_(f"i heard [[CC:{card_a(d, zero='zero')}]] is that correct"),
        c("yes"),
        i_("please say the expiry date"),
        c(f"[[EXP:{say(f'{mth:02d}')} {say(str(y)[2:])}]]"),
        i_("now say the three digit security code"),
        c(f"[[CVV:{say(cv)}]]"),
        i_("thank you your payment of ((p:sixty pounds)) has been taken please hold if you'd like to speak to an adviser"),
    ]


@case
def cable_modem_swap(g):
    s4 = g.ssn()[-4:]
    acct = g.digits(11)
    ph = g.us_phone("713")
    return T, [
        a("Gulfline Cable, this is [[N:Renee]]. Can I get the account number?"),
        c(f"[[AC:{acct}]]. The modem keeps rebooting, maybe ((cnt:10)) times a day."),
        a("And to verify, the last four of the account holder's Social?"),
        c(f"[[SSN:{s4}]]. It's in my name, [[N:Efua Boateng]]."),
        a("Thanks, Ms [[N:Boateng]]. You've got the ((mod:DG-3100)), which we stopped supporting in ((y:2021)). I'll send you the ((mod:DG-4400)) free."),
        c(f"Great. Can you text the tracking to [[PH:{us_ph_t(ph, 1)}]] and email it to [[EM:efua.boateng@yahoo.com]]?"),
        a("Both done. It should arrive in ((du:2 to 3 days))."),
    ]


@case
def laptop_repair_error_code(g):
    oid = g.pat("99999999")
    ph = g.uk_mobile()
    return A, [
        a("vireo support this is [[N:ashok]] speaking"),
        c("hi [[N:ashok]] my laptop won't boot it shows error ((o:e four oh two)) and then turns off"),
        a("which model is it"),
        c("the ((mod:vireo fourteen x)) i bought it in ((y:twenty twenty three))"),
        a("okay it's still under warranty can i take the order number"),
        c(f"[[AC:{pairs(oid)}]]"),
        a("thanks and your name"),
        c("[[N:ruth okoro]]"),
        a(f"thanks [[N:ruth]] i'll send a box for it and the courier will text [[PH:{say(ph, zero='zero')}]] the repair takes about ((du:five working days))"),
        c("and will i lose my files"),
        a("you might so back up anything you can first"),
    ]
COMMON_NAME_WORDS.update({"ruth"})


@case
def will_card_readback(g):
    d = g.card("mc")
    mth, y = g.expiry()
    cv = g.cvv()
    return T, [
        a("Harbour & Gull bookings, [[N:Poppy]] speaking."),
        c("Hi [[N:Poppy]], it's [[N:Will Ashworth]]. I'd like to pay for the table on ((d:Saturday)). ((q:8)) people at ((t:7:30))."),
        a("Lovely, Mr [[N:Ashworth]]. There's a ((p:£20)) deposit per person. ((o:Will)) you be paying by card?"),
        c(f"Yes. [[CC:{card_t(d)}]]."),
        a(f"Let me check that: [[CC#b:{d[:4]} {d[4:8]}]]... one second, my screen froze... [[CC#b:{d[8:12]} {d[12:]}]]?"),
        c(f"That's it. [[EXP:{mth:02d}/{y % 100}]], and the code's [[CVV:{cv}]]."),
        a("Thank you, Will. That's ((p:£160)) taken, and it comes off the final bill.".replace("Will.", "[[N:Will]].")),
    ]
COMMON_NAME_WORDS.update({"will"})


@case
def dental_insurance_ssn(g):
    ssn = g.ssn()
    yb, mb, db = g.dob(1975, 1995)
    ph = g.us_phone("303")
    return A, [
        a("bright smile dental this is [[N:kayla]]"),
        c("hi i'm a new patient and i want to add my insurance before my appointment on ((d:monday))"),
        a("sure what's your name"),
        c(f"[[N:xiomara delgado]] [[N:{spell('delgado')}]]"),
        a("and what's your date of birth"),
        c(f"[[DOB:{say(f'{mb:02d}')} {say(f'{db:02d}')} {pairs(str(yb))}]]"),
        a("and the subscriber's social security number"),
        c(f"it's my husband's [[SSN:{say(ssn[:3])} {say(ssn[3:5])} {say(ssn[5:], zero='zero')}]]"),
        a(f"got it and a good number for you"),
        c(f"[[PH:{say(ph[:3])} {say(ph[3:6])} {say(ph[6:])}]] and my email is [[EM:x delgado eighty eight at gmail dot com]]"),
        a("perfect you're all set for ((d:monday)) at ((t:eight thirty))"),
    ]


@case
def burst_pipe_plumber_bill(g):
    pol = g.pat("KM/999999/99")
    n = g.num(2, 150)
    pc = g.uk_pc("EX4")
    ph = g.uk_land("bristol")
    return T, [
        a("Kestrel Mutual home claims, [[N:Joanna]] speaking."),
        c(f"Hello. A pipe burst in the loft last night. The policy's [[AC:{pol}]]."),
        a("I'm sorry. Is everyone safe? And is the address [[AD:" + f"{n} St Leonard's Road, Exeter" + "]], [[PC:" + pc + "]]?"),
        c("Yes, we're fine. The ceiling's come down in ((q:2)) rooms."),
        a("Has anyone been out?"),
        c("A plumber, [[N:Bill Trevorrow]]. He capped it off at ((t:midnight)). The ((o:bill)) was ((p:£180)), I've got the receipt."),
        a(f"Keep it, we'll cover that. A loss adjuster will call you on [[PH:{uk_ph_t(ph)}]] within ((du:24 hours))."),
        c("Thank you."),
    ]
COMMON_NAME_WORDS.update({"bill"})


@case
def broadband_card_triples(g):
    d = g.card("mc2")
    mth, y = g.expiry()
    cv = g.cvv()
    return A, [
        a("tolland broadband sales this is [[N:nkechi]] speaking"),
        c("hiya [[N:nkechi]] i want the ((q:five hundred meg)) package i'm ready to pay the setup"),
        a("lovely it's ((p:twenty nine ninety nine)) upfront go ahead with the card"),
        c(f"[[CC#a:{say(d[:3])}]] [[CC#a:{say(d[3:6])}]] [[CC#a:{say(d[6:9])}]]"),
        a("yep"),
        c(f"[[CC#a:{say(d[9:12])}]] [[CC#a:{say(d[12:], dbl=True)}]]"),
        a(f"so that's [[CC#b:{say(d[:8])}]]"),
        a(f"[[CC#b:{say(d[8:])}]]"),
        c("yeah that's right"),
        a("expiry and the code on the back"),
        c(f"[[EXP:{say(f'{mth:02d}')} {say(str(y)[2:])}]] [[CVV:{say(cv)}]]"),
        a("thanks hun that's done the router comes ((d:tuesday))"),
    ]


@case
def transcript_request(g):
    sid = g.pat("9999999")
    yb, mb, db = g.dob(1986, 1994)
    n = g.num(100, 9999)
    z = g.zip("232")
    return T, [
        a("Wyvern State University registrar's office, this is [[N:Dolores]]."),
        c("Hi, I graduated in ((y:2012)) and I need an official transcript sent to a new employer."),
        a("Sure. Your student ID, if you have it?"),
        c(f"[[AC:{sid}]]."),
        a("And your name and date of birth?"),
        c(f"[[N:Jericho Bautista]], [[DOB:{mb}/{db}/{yb}]]."),
        a(f"Thanks. The fee is ((p:$15)) per copy. Where should it go?"),
        c(f"To me first, please: [[AD:{n} Grove Avenue, Richmond]], VA [[PC:{z}]]. And an electronic copy to [[EM:jbautista.work@gmail.com]]."),
        a("Done. The electronic one goes out within ((du:one business day))."),
    ]


@case
def window_repair_sandy(g):
    n = g.num(2, 90)
    pc = g.uk_pc("S11")
    ph = g.uk_mobile()
    return A, [
        a("ashgrove housing repairs [[N:ellis]] speaking"),
        c(f"hi it's [[N:sandy]] from [[AD:{hn(n)} hunter's bar walk]] [[PC:{pc_a(pc)}]]"),
        a("hi [[N:sandy]] what's the problem"),
        c("((cnt:three)) of my windows won't shut properly and my little one's only ((o:four)) so i'm worried"),
        a("that's a safety issue so i'll book it as urgent we've got ((d:thursday)) morning"),
        c(f"that's fine ring me first on [[PH:{say(ph[:5], zero='zero')} {pairs(ph[5:7])} {say(ph[7:])}]]"),
        a("will do"),
    ]
COMMON_NAME_WORDS.update({"sandy"})


@case
def lost_bag_file_ref(g):
    ref = g.pat("AAABW99999")
    ph = g.uk_mobile()
    return T, [
        a("Bluewren Airways baggage services, [[N:Agata]] speaking."),
        c(f"Hello. My suitcase didn't arrive on ((fl:BW 906)) from Athens yesterday. The file reference is [[AC:{ref}]]."),
        a("Thank you, Mr [[N:Achterberg]]?"),
        c("Yes, [[N:Pieter Achterberg]]."),
        a("Good news: it's been found in Athens and it's on tonight's flight, landing at ((t:21:55)). Where would you like it delivered?"),
        c("To my hotel, please. The Ashcombe Grand, room ((o:512)). I'm there for ((du:4 more nights))."),
        a(f"Perfect. The courier will ring [[PH:{uk_ph_t(ph, intl=True)}]] before they come. You can claim up to ((p:£50 a day)) for essentials."),
        c("Thank you, that's a relief. Can you put the claim form in an email to [[EM:p.achterberg@ziggo.nl]]?"),
    ]


@case
def ssn_pieces_new_account(g):
    ssn = g.ssn()
    yb, mb, db = g.dob(1965, 1985)
    ph = g.us_phone("832")
    return A, [
        a("pinnacle national new accounts this is [[N:javier]]"),
        c("hi yeah i want to open a checking account for my business"),
        a("sure first the owner's full name"),
        c("[[N:oyelaran adewale]] but everyone calls me [[N:larry]]"),
        a("okay [[N:larry]] and your social"),
        c(f"[[SSN#a:{say(ssn[:3])}]] uh [[SSN#a:{say(ssn[3:5])}]] hang on [[SSN#a:{say(ssn[5:])}]]"),
        a("date of birth"),
        c(f"[[DOB:{monl(mb)} {w(db)} {pairs(str(yb))}]]"),
        a(f"and a phone number"),
        c(f"[[PH:{say(ph[:3])} {say(ph[3:6], dbl=True)} {pairs(ph[6:])}]]"),
        a("thank you the account has no monthly fee if you keep ((p:fifteen hundred dollars)) in it"),
    ]


@case
def online_shop_mc2(g):
    d = g.card("mc2")
    mth, y = g.expiry()
    cv = g.cvv()
    n = g.num(2, 120)
    pc = g.uk_pc("BN2")
    return T, [
        a("Fernleigh Garden Supplies, [[N:Rhys]] speaking."),
        c("Hi, I'd like to order ((q:40)) of the ((mod:GB-60)) grow bags and ((q:3)) bags of compost, please."),
        a("That's ((p:£118.50)) with free delivery. Name and address?"),
        c(f"[[N:Penelope Ashdown-Okoye]], [[AD:{n} Elm Grove, Brighton]], [[PC:{pc}]]."),
        a("And the card?"),
        c(f"[[CC:{card_t(d)}]], valid to [[EXP:{mth:02d}/{y % 100}]], security code [[CVV:{cv}]]."),
        a("Thank you. It'll be with you on ((d:Friday)). I'll email the confirmation to [[EM:pennyashdown@gmail.com]]?"),
        c("Yes, that's right."),
    ]


@case
def magazine_cancel_no_cue(g):
    acct = g.pat("99999999")
    return A, [
        a("readwell subscriptions this is [[N:hollie]]"),
        c(f"hiya [[AC#a:{say(acct[:4])}]] sorry [[AC#a:{say(acct[4:])}]] i want to cancel"),
        a("okay sorry to hear that can i ask why"),
        c("it went up by ((pct:twenty percent)) and i don't read it any more"),
        a("i understand i can offer it at ((p:three pounds an issue)) for the next ((du:six months))"),
        c("no thanks just cancel it please"),
        a("no problem it'll stop after the ((d:march)) issue and i'll send confirmation to the email we have"),
        c("which one is that"),
        a("[[EM:f i o n a w dot brady at aol dot com]]"),
        c("that's fine"),
    ]


@case
def prior_auth_doctor(g):
    mid = g.pat("AAA999999999")
    yb, mb, db = g.dob(1950, 1970)
    ph = g.us_phone("816")
    return T, [
        a("Pinecrest Health Plans, prior authorization. This is [[N:Marcus]]."),
        c(f"Hi, I'm calling to check on an MRI for my knee. My member ID is [[AC:{mid}]]."),
        a("Thank you. Name and date of birth?"),
        c(f"[[N:Rafiqul Islam]], [[DOB:{mon(mb)} {db}, {yb}]]."),
        a("I see the request from Dr [[N:Patel-Moore]] on the ((d:3rd)). It was approved yesterday for ((cnt:1)) scan within ((du:90 days))."),
        c("Oh, nobody told me. Can you send the letter to me as well?"),
        a(f"It's in the mail. If you want a call when it arrives, is [[PH:{us_ph_t(ph)}]] right?"),
        c("Yes, that's my cell."),
    ]


@case
def smart_meter_iris(g):
    n = g.num(2, 180)
    pc = g.uk_pc("NE6")
    return A, [
        a("brightwell energy smart meter team [[N:conor]] speaking"),
        c("hi i'm ringing for my mum [[N:iris]] she's got a letter about a smart meter"),
        a("okay can i speak to her quickly to get her permission"),
        c("mum it's the energy people"),
        c("hello yes it's fine to talk to them"),
        a("thank you what's the address please"),
        c(f"[[AD:{hn(n)} shields road]] [[PC:{pc_a(pc)}]]"),
        a("thanks we can fit it on the ((d:twenty ninth)) the engineer will need about ((du:two hours)) and the power's off for ((du:half an hour))"),
        c("that's fine i'll be there to let him in"),
    ]
COMMON_NAME_WORDS.update({"iris"})


@case
def pension_statement(g):
    mem = g.pat("PN9999999")
    yb, mb, db = g.dob(1958, 1963)
    n = g.num(2, 90)
    pc = g.uk_pc("EH7")
    return T, [
        a("Caledon Pensions, [[N:Fiona]] speaking."),
        c(f"Hello, I'm thinking of retiring next year and I need a statement. My member number is [[AC:{mem}]]."),
        a("Thank you. Can you confirm your name, date of birth and address?"),
        c(f"[[N:Hamish Drummond]], [[DOB:{db} {mon(mb)} {yb}]], [[AD:{n} Easter Road, Edinburgh]], [[PC:{pc}]]."),
        a("Thanks. If you retire in ((d:April)) ((y:2026)) you could take ((pct:25%)) tax-free, around ((p:£41,000))."),
        c("Could you email that to me? [[EM:hamish.drummond@tiscali.co.uk]]."),
        a("It'll be with you in ((du:5 working days))."),
    ]


@case
def pizza_phone_order(g):
    d = g.card("visa")
    mth, y = g.expiry()
    cv = g.cvv()
    ph = g.us_phone("512")
    n = g.num(100, 9999)
    return A, [
        a("thanks for calling nonna's pizza this is [[N:gianna]] pickup or delivery"),
        c("delivery please ((q:two)) large pepperoni and a garlic bread"),
        a(f"okay that's ((p:thirty eight twenty)) what's the phone number"),
        c(f"[[PH:{say(ph[:3])} {say(ph[3:6])} {say(ph[6:], zero='zero')}]]"),
        a("and the address"),
        c(f"[[AD:{hn(n)} barton springs road apartment two twelve]]"),
        a("and are you paying cash or card"),
        c(f"card [[CC:{pairs(d[:4])} {pairs(d[4:8])} {pairs(d[8:12])} {pairs(d[12:])}]] expires [[EXP:{monl(mth)} {yr(y, and_=False)}]] and the back is [[CVV:{say(cv)}]]"),
        a("thank you it'll be about ((du:forty five minutes))"),
    ]


@case
def new_service_us_power(g):
    ssn = g.ssn()
    yb, mb, db = g.dob(1980, 2000)
    n = g.num(100, 9999)
    z = g.zip("741")
    ph = g.us_phone()
    return T, [
        a("Prairie Electric new service, this is [[N:Cody]]."),
        c("Hi, I'm moving into a rental and I need the power turned on by ((d:Friday))."),
        a(f"I can do that. Service address?"),
        c(f"[[AD:{n} South Peoria Avenue, Unit 4B, Tulsa]], [[PC:{z}]]."),
        a("Your full name, date of birth and Social for the credit check?"),
        c(f"[[N:Leilani Fonoti]], [[DOB:{mb:02d}-{db:02d}-{yb}]], [[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        a(f"Thanks. No deposit needed. What's the best phone and email?"),
        c(f"[[PH:{us_ph_t(ph, 2)}]] and [[EM:leilani.fonoti@icloud.com]]."),
        a("You're set for ((d:Friday)) between ((t:8 a.m.)) and ((t:5 p.m.)). The first bill comes in about ((du:30 days))."),
    ]


@case
def school_place_year_group(g):
    yb, mb, db = g.dob(2016, 2018)
    n = g.num(2, 150)
    pc = g.uk_pc("B29")
    return A, [
        a("elmsbury council school admissions [[N:tariq]] speaking"),
        c("hi we've just moved to the area and i need a school place for my daughter she's going into ((o:year three))"),
        a("okay what's her name and date of birth"),
        c(f"[[N:mariam benali]] [[DOB:{ordw(db)} of {monl(mb)} {yr(yb, and_=False)}]]"),
        a("and your name and the new address"),
        c(f"i'm [[N:youssef benali]] we're at [[AD:{hn(n)} bristol road]] [[PC:{pc_a(pc)}]]"),
        a("thank you the nearest school with space is oakfield primary about ((du:ten minutes)) walk i'll send the form today"),
        c("brilliant thank you so much"),
    ]


@case
def hotel_complaint_refund(g):
    bk = g.pat("AG-999999")
    return T, [
        a("Ashcombe Grand guest relations, [[N:Sebastian]] speaking."),
        c(f"Hi [[N:Sebastian]]. I stayed last weekend, booking [[AC:{bk}]], and the air conditioning in room ((o:627)) didn't work at all."),
        a("I'm very sorry. I can see a note from the night manager, [[N:Philippa]]. It was ((o:29 degrees)) in there, wasn't it?"),
        c("At least. We barely slept for ((du:2 nights))."),
        a("I'd like to refund ((pct:50%)) of the room rate, that's ((p:£172.50)), back to your card."),
        c("That's fair, thank you."),
    ]


@case
def expired_card_then_new(g):
    old = g.card("visa")
    om, oy = g.expiry(expired=True)
    d = g.card("mc")
    mth, y = g.expiry()
    cv = g.cvv()
    return A, [
        a("novahome electronics order line this is [[N:priya]] speaking"),
        c("hiya [[N:priya]] i want to order the ((mod:soundbar three hundred)) the one that was on the telly"),
        a("lovely that's ((p:two hundred and forty nine pounds)) what card are you paying with"),
        c(f"[[CC:{card_a(old)}]] expiry [[EXP:{say(f'{om:02d}')} {w(oy - 2000)}]]"),
        a(f"i'm afraid that card expired in {monl(om)} {yr(oy, and_=False)} have you got another one".replace(f"in {monl(om)} {yr(oy, and_=False)}", f"in [[EXP:{monl(om)} {yr(oy, and_=False)}]]")),
        c(f"oh no wait sorry it's this one [[CC#a:{say(d[:6], dbl=True)}]] [[CC#a:{say(d[6:12], dbl=True)}]] [[CC#a:{say(d[12:], dbl=True)}]]"),
        a("and the expiry on that one"),
        c(f"[[EXP:{say(f'{mth:02d}')} {w(y - 2000)}]] and the code is [[CVV:{say(cv)}]]"),
        a("perfect that's gone through it'll be with you by ((d:wednesday)) and the old one you bought in ((y:twenty twenty two)) can go back for recycling"),
    ]


@case
def laptop_order_amex(g):
    d = g.card("amex")
    mth, y = g.expiry()
    cv = g.cvv(4)
    return T, [
        a("Novahome Business, [[N:Desmond]] speaking. How can I help?"),
        c("Hi [[N:Desmond]], it's [[N:Aiyana Whitehorse]] from Cedar Ridge Clinic. We need ((q:6)) of the ((mod:ProBook 14 G10)) laptops."),
        a("They're ((p:$879)) each, or ((p:$4,957.20)) for six with the ((pct:6%)) volume discount.".replace("for six", "for ((q:six))")),
        c(f"Great. We'll pay on the clinic Amex: [[CC:{card_t(d)}]], expiring [[EXP:{mth:02d}/{y}]], CID [[CVV:{cv}]]."),
        a("Thank you. They're the ((y:2024)) model, so they come with ((du:3 years)) of on-site cover."),
        c("And the invoice can go to [[EM:aiyana.w@cedarridgeclinic.org]]."),
        a("Done. Delivery is ((d:Thursday)) before ((t:noon))."),
    ]


@case
def car_insurance_renewal(g):
    pol = g.digits(9)
    yb, mb, db = g.dob(1985, 1998)
    d = g.card("visa")
    mth, y = g.expiry()
    cv = g.cvv()
    return A, [
        a("drivewell insurance renewals [[N:shona]] speaking"),
        c(f"hiya [[AC:{say(pol[:3])} {say(pol[3:6])} {say(pol[6:])}]] my renewal's gone up by ((p:two hundred quid)) and nothing's changed"),
        a("let me look is that [[N:faisal qureshi]]"),
        c("yeah"),
        a("and your date of birth please faisal".replace("faisal", "[[N:faisal]]")),
        c(f"[[DOB:{ordw(db)} {monl(mb)} {pairs(str(yb))}]]"),
        a("right so it's the ((y:twenty eighteen)) ((mod:cx five)) and prices in your area went up about ((pct:twelve percent)) i can take ((p:eighty pounds)) off if you pay in full today"),
        c(f"go on then [[CC#a:{say(d[:4])}]] [[CC#a:{say(d[4:8])}]] [[CC#a:{say(d[8:12])}]] [[CC#a:{say(d[12:])}]]"),
        a("expiry and security number"),
        c(f"[[EXP:{monl(mth)} {w(y - 2000)}]] [[CVV:{say(cv, zero='zero')}]]"),
        a("lovely that's ((p:five hundred and sixty one pounds)) paid and you're covered from the ((d:ninth))"),
    ]


@case
def exam_resit_fee(g):
    sid = g.pat("S9999999")
    d = g.card("visa")
    mth, y = g.expiry()
    cv = g.cvv()
    return T, [
        a("Harbourside University exams office, [[N:Mehmet]] speaking."),
        c(f"Hi, I need to pay for a resit. My student number's [[AC:{sid}]]."),
        a("Thanks. Is that [[N:Chiara Esposito]]? The resit for module ((o:EC2041)) is ((p:£75))."),
        c("Yes, that's me. Can I pay now?"),
        a("Of course. Card number?"),
        c(f"[[CC:{card_t(d)}]]. It expires [[EXP:{mon(mth)} {y}]]."),
        a("And the ((cnt:3))-digit code?"),
        c(f"[[CVV:{cv}]]."),
        a("Paid. The resit is on ((d:19 August)) at ((t:9:30)), and the confirmation will go to your university email."),
    ]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
