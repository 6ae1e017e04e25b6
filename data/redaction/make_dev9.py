#!/usr/bin/env python3
"""Write data/redaction/dev9.jsonl: written as a fifth held-out set (test5.jsonl), measured once
(issue 14, the figures are in the README), then made a development set.

Every conversation below was written by hand for this set. Numbers (cards, codes, expiry dates,
SSNs, phones, ZIPs, postcodes, dates of birth, account and reference numbers, tracking numbers)
come from one seeded generator, ``Gen(SEED)``, and are rendered in the case's style by small
helpers. Each case is a function returning its turns with inline markup:

    [[T:text]]         a pii span of type T (codes in PII_CODES), a value of its own
    [[T#x:text]]       a piece of value x; pieces with the same label share a group
    [[T#x~:text]]      a card piece the speaker then corrects ("no sorry, that last bit was ...");
                       it is labelled in the value's group but left out of the Luhn check
    ((k:text))         a look-alike that must survive (kind codes in KEEP_CODES)

The markup is stripped by code and every offset is computed from the clean text. The script
checks every span and every case (see ``validate``) and exits with status 1, writing nothing,
if any check fails. Running it twice gives the same file byte for byte.

    python3 data/redaction/make_dev9.py           # writes dev9.jsonl, prints the counts
    python3 data/redaction/make_dev9.py --check   # builds and validates only

Choices the README's span conventions do not settle, applied throughout:

- In ASR text a first name and a surname said together are two NAME spans; in a transcript one.
  A name spelled out (letters or NATO words) is its own NAME span. A wrong name the speaker then
  corrects ("kenta no sorry ... haruto") is labelled too.
- A card piece the customer corrects is labelled CARD_NUMBER in the value's group (marked ``~``
  here and left out of the Luhn check). An expiry date said wrongly and then corrected is two
  EXPIRY values. A whole number read back by an agent or IVR, in one piece or several, is a
  group of its own.
- An agent's read-back of a date of birth is DOB. Dates of birth of relatives and children are DOB.
- Sort codes, NHS and hospital numbers, PAC codes, bag tags, licence, member, group, plan,
  student and candidate numbers are ACCOUNT_NUMBER. An exam centre number is an `other`
  look-alike, as are ages, rooms, seats, bays, meter readings, a temperature, an error code, a
  dose, a road name and a 16-digit tracking number that fails Luhn.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

SEED = 50_05_1977  # this set's own seed
OUT = Path(__file__).resolve().parent / "dev9.jsonl"

PII_CODES = {
    "N": "NAME", "A": "ACCOUNT_NUMBER", "C": "CARD_NUMBER", "V": "CVV", "X": "EXPIRY",
    "S": "SSN", "P": "PHONE", "E": "EMAIL", "D": "DOB", "AD": "ADDRESS", "PC": "POSTCODE",
}
PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_CODES = {
    "q": "quantity", "t": "time", "pr": "price", "fl": "flight_number", "d": "date",
    "y": "year", "du": "duration", "pct": "percentage", "m": "model_number", "cnt": "count",
    "o": "other",
}
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
SPEAKERS = {"a": "agent", "c": "customer", "i": "ivr"}

MINIMUMS = {
    "cases": 80, "utterances": 420, "ordinary": 100, "keep": 180,
    "NAME": 80, "ACCOUNT_NUMBER": 55, "CARD_NUMBER": 40, "CVV": 20, "EXPIRY": 20, "SSN": 15,
    "PHONE": 25, "EMAIL": 20, "DOB": 20, "ADDRESS": 20, "POSTCODE": 20,
}

# ----------------------------------------------------------------------------------------------
# numbers in words
# ----------------------------------------------------------------------------------------------
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTHS_T = [m.capitalize() for m in MONTHS]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
NATO = {
    "a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
    "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
    "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
    "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
    "y": "yankee", "z": "zulu",
}


def nw(n: int, and_: bool = True) -> str:
    """Cardinal number in words, 0..9999 ("one hundred and six")."""
    if n < 10:
        return DIGIT_WORDS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + DIGIT_WORDS[u])
    if n < 1000:
        h, rest = divmod(n, 100)
        head = DIGIT_WORDS[h] + " hundred"
        if rest == 0:
            return head
        return head + (" and " if and_ else " ") + nw(rest)
    th, rest = divmod(n, 1000)
    head = nw(th) + " thousand"
    if rest == 0:
        return head
    if rest < 100:
        return head + (" and " if and_ else " ") + nw(rest)
    return head + " " + nw(rest, and_)


def sd(s: str, z: str = "oh", dbl: bool = False) -> str:
    """Digits (and letters) said one by one; optional "double"/"triple"."""
    chars = [ch.lower() for ch in s if ch.isalnum()]
    out = []
    i = 0
    while i < len(chars):
        ch = chars[i]
        word = (z if ch == "0" else DIGIT_WORDS[int(ch)]) if ch.isdigit() else ch
        run = 1
        while dbl and i + run < len(chars) and chars[i + run] == ch and run < 3:
            run += 1
        if run == 3:
            out.append("triple " + word)
        elif run == 2:
            out.append("double " + word)
        else:
            out.append(word)
        i += run
    return " ".join(out)


def pair_word(p: str) -> str:
    if p == "00":
        return "double oh"
    if p[0] == "0":
        return "oh " + DIGIT_WORDS[int(p[1])]
    return nw(int(p))


def pairs(s: str) -> str:
    """Digits said in pairs ("forty one eleven", "forty one hundred", "oh five")."""
    d = re.sub(r"\D", "", s)
    ps = [d[i:i + 2] for i in range(0, len(d), 2)]
    out = []
    i = 0
    while i < len(ps):
        p = ps[i]
        if len(p) == 1:
            out.append(DIGIT_WORDS[int(p)])
        elif i + 1 < len(ps) and ps[i + 1] == "00" and p[0] != "0":
            out.append(nw(int(p)) + " hundred")
            i += 1
        elif p[1] == "0" and p[0] not in "01" and i + 1 < len(ps) and len(ps[i + 1]) == 1:
            out.append(DIGIT_WORDS[int(p[0])] + " oh")
        else:
            out.append(pair_word(p))
        i += 1
    text = " ".join(out)
    assert to_digits(text) == d, (s, text)
    return text


def yr(y: int, form: int = 0) -> str:
    """A year in words: 1981 -> nineteen eighty one; 2003 -> two thousand and three."""
    if y >= 2000:
        if y < 2010:
            return ["two thousand and ", "two thousand ", "oh "][form % 3] + DIGIT_WORDS[y - 2000]
        return ["two thousand and ", "twenty "][form % 2] + nw(y - 2000)
    hi, lo = divmod(y, 100)
    if lo == 0:
        return nw(hi) + " hundred"
    if lo < 10:
        return nw(hi) + " oh " + DIGIT_WORDS[lo]
    return nw(hi) + " " + nw(lo)


def yy(y: int) -> str:
    """A year said short: 1981 -> eighty one, 2005 -> oh five, 2018 -> twenty eighteen."""
    lo = y % 100
    if y >= 2010:
        return "twenty " + nw(lo)
    return ("oh " + DIGIT_WORDS[lo]) if lo < 10 else nw(lo)


def ordinal_t(n: int) -> str:
    if 10 < n % 100 < 14:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def house(n: int, form: int = 0) -> str:
    """A house number the way people say it."""
    if n < 100:
        return nw(n)
    if n < 1000:
        h, rest = divmod(n, 100)
        if form % 3 == 0 and rest < 10:
            return DIGIT_WORDS[h] + " oh " + DIGIT_WORDS[rest]
        if form % 3 == 1 and rest >= 10:
            return DIGIT_WORDS[h] + " " + nw(rest)
        return nw(n, and_=(form % 2 == 0))
    hi, lo = divmod(n, 100)
    if lo == 0:
        return nw(hi) + " hundred"
    if lo < 10:
        return nw(hi) + " oh " + DIGIT_WORDS[lo]
    return nw(hi) + " " + nw(lo)


def nato(word: str, joiner: str = "for") -> str:
    """Spell a word with the NATO alphabet: "w for whiskey a for alpha ..."."""
    return " ".join(f"{ch} {joiner} {NATO[ch]}" for ch in word.lower() if ch.isalpha())


def spell_id(s: str, joiner: str = "for", z: str = "oh", dbl: bool = False) -> str:
    """An id with its letters in NATO ("n for november") and its digits as words."""
    out, digits = [], []
    for ch in s:
        if ch.isdigit():
            digits.append(ch)
            continue
        if digits:
            out.append(sd("".join(digits), z=z, dbl=dbl))
            digits = []
        if ch.isalpha():
            out.append(f"{ch.lower()} {joiner} {NATO[ch.lower()]}")
    if digits:
        out.append(sd("".join(digits), z=z, dbl=dbl))
    return " ".join(out)


def spell(word: str, sep: str = " ") -> str:
    return sep.join(ch for ch in word if ch.isalpha())


def to_digits(text: str) -> str:
    """Spoken and written digits in a piece of text, as a digit string (for the checks)."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    unit = {w: str(k) for k, w in enumerate(DIGIT_WORDS)}
    unit["oh"] = "0"
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in unit:
            out.append(unit[t])
        elif t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in unit:
            out.append(unit[toks[i + 1]] * (2 if t == "double" else 3))
            i += 1
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            if i + 1 < len(toks) and toks[i + 1] in unit and unit[toks[i + 1]] != "0" \
                    and toks[i + 1] != "oh":
                out.append(str(TENS.index(t) * 10 + int(unit[toks[i + 1]])))
                i += 1
            else:
                out.append(str(TENS.index(t) * 10))
        elif t == "hundred":
            out.append("00")
        i += 1
    return "".join(out)


def luhn_ok(d: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(d)):
        v = int(ch)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


# ----------------------------------------------------------------------------------------------
# the seeded generator
# ----------------------------------------------------------------------------------------------
UK_OUTWARD = ["LS6", "M14", "BS3", "CF24", "EH7", "G12", "NE6", "B29", "SW9", "N16", "L17",
              "NG7", "S11", "OX4", "CB1", "BN2", "PL4", "EX4", "YO10", "DH1", "LE2", "CV1",
              "SA1", "AB24", "IV2", "HU5", "TS1", "RG1", "GL1", "BT9", "E8", "SE15", "W12",
              "NW5", "DE22", "ST4", "WV3", "PR1", "BB2", "LL57"]
ZIP_PREFIX = {"IL": "606", "OH": "452", "TX": "787", "GA": "303", "WA": "981", "AZ": "850",
              "MN": "554", "CO": "802", "NC": "275", "PA": "191", "MI": "482", "OR": "972",
              "FL": "331", "NY": "112", "MA": "021", "TN": "372", "WI": "537", "MO": "631",
              "NM": "871", "KY": "402", "VA": "232", "UT": "841"}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randrange(1, 10)) + s[1:]
        return s

    def pat(self, p: str) -> str:
        """'9' a digit, '1' a non-zero digit, 'A' a letter; anything else as it is."""
        out = []
        for ch in p:
            if ch == "9":
                out.append(str(self.r.randrange(10)))
            elif ch == "1":
                out.append(str(self.r.randrange(1, 10)))
            elif ch == "A":
                out.append(self.r.choice(LETTERS))
            else:
                out.append(ch)
        return "".join(out)

    def card(self, kind: str = "visa") -> str:
        if kind == "visa":
            body, n = "4" + self.digits(5), 16
        elif kind == "mc":
            body, n = str(self.r.randrange(51, 56)) + self.digits(4), 16
        elif kind == "mc2":
            body, n = str(self.r.randrange(2221, 2721)) + self.digits(2), 16
        elif kind == "amex":
            body, n = self.r.choice(["34", "37"]) + self.digits(4), 15
        elif kind == "disc":
            body, n = self.r.choice(["6011", "65" + self.digits(2)]) + "", 16
        else:
            raise ValueError(kind)
        body = body + self.digits(n - 1 - len(body))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c
        raise AssertionError

    def cvv(self, amex: bool = False) -> str:
        return self.digits(4 if amex else 3)

    def expiry(self, expired: bool = False) -> tuple[int, int]:
        year = self.r.randrange(2022, 2025) if expired else self.r.randrange(2027, 2033)
        return self.r.randrange(1, 13), year

    def ssn(self) -> tuple[str, str, str]:
        area = self.r.randrange(1, 666)
        return f"{area:03d}", f"{self.r.randrange(1, 100):02d}", f"{self.r.randrange(1, 10000):04d}"

    def phone_us(self) -> tuple[str, str, str]:
        area = str(self.r.randrange(2, 10)) + self.digits(2)
        return area, "555", "01" + self.digits(2)

    def phone_uk(self, kind: str = "mobile") -> tuple[str, str, str]:
        if kind == "mobile":
            return "07700", "900", self.digits(3)
        if kind == "london":
            return "020", "7946", "0" + self.digits(3)
        area = {"manchester": "0161", "leeds": "0113", "bristol": "0117"}[kind]
        return area, "496", "0" + self.digits(3)

    def zip(self, state: str) -> str:
        return ZIP_PREFIX[state] + self.digits(2)

    def postcode(self, outward: str | None = None) -> str:
        out = outward or self.r.choice(UK_OUTWARD)
        return f"{out} {self.r.randrange(10)}{self.r.choice(POSTCODE_LETTERS)}" \
               f"{self.r.choice(POSTCODE_LETTERS)}"

    def dob(self, lo: int = 1941, hi: int = 2005) -> tuple[int, int, int]:
        y = self.r.randrange(lo, hi + 1)
        m = self.r.randrange(1, 13)
        d = self.r.randrange(1, 29)
        return d, m, y

    def tracking_fail(self, n: int = 16) -> str:
        while True:
            s = self.digits(n, first_nonzero=True)
            if not luhn_ok(s):
                return s

    def pick(self, seq):
        return self.r.choice(seq)


# ----------------------------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------------------------
def g4(card: str, sep: str = " ") -> str:
    """A card number typed in its usual groups (Amex 4-6-5)."""
    if len(card) == 15:
        return sep.join([card[:4], card[4:10], card[10:]])
    return sep.join(card[i:i + 4] for i in range(0, 16, 4))


def cut(s: str, *sizes: int) -> list[str]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def card_groups(card: str) -> list[str]:
    return cut(card, 4, 6, 5) if len(card) == 15 else cut(card, 4, 4, 4, 4)


def exp_t(m: int, y: int, form: int = 0) -> str:
    return [f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{MONTHS_T[m - 1]} {y}",
            f"{m}/{y % 100:02d}", f"{m:02d}-{y % 100:02d}"][form % 5]


def exp_a(m: int, y: int, form: int = 0) -> str:
    f = form % 6
    if f == 0:
        return f"{sd(f'{m:02d}')} {nw(y % 100)}"
    if f == 1:
        return f"{nw(m)} {nw(y % 100)}"
    if f == 2:
        return f"{MONTHS[m - 1]} {nw(y % 100)}"
    if f == 3:
        return f"{MONTHS[m - 1]} twenty {nw(y % 100)}"
    if f == 4:
        return f"{sd(f'{m:02d}', z='zero')} {sd(f'{y % 100:02d}', z='zero')}"
    return f"{sd(f'{m:02d}')} slash {sd(f'{y % 100:02d}')}"


def cvv_a(c: str, form: int = 0) -> str:
    if form % 2 == 1 and len(c) == 3 and c[0] != "0" and c[1] != "0":
        return DIGIT_WORDS[int(c[0])] + " " + nw(int(c[1:]))
    return sd(c, dbl=(form % 3 == 2))


def dob_t(d: int, m: int, y: int, form: int = 0) -> str:
    return [f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{d} {MONTHS_T[m - 1]} {y}",
            f"{MONTHS_T[m - 1]} {d}, {y}", f"{d}.{m}.{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
            f"{ordinal_t(d)} of {MONTHS_T[m - 1]} {y}", f"{m}/{d}/{y % 100:02d}",
            f"{MONTHS_T[m - 1]} {ordinal_t(d)} {y}"][form % 9]


def dob_a(d: int, m: int, y: int, form: int = 0) -> str:
    f = form % 9
    if f == 0:
        return f"{ORD[d]} of {MONTHS[m - 1]} {yy(y)}"
    if f == 1:
        return f"{MONTHS[m - 1]} {ORD[d]} {yr(y)}"
    if f == 2:
        return sd(f"{d:02d}{m:02d}{y % 100:02d}")
    if f == 3:
        return f"{ORD[d]} of {MONTHS[m - 1]} {yr(y)}"
    if f == 4:
        return f"{nw(m)} {nw(d)} {yy(y)}"
    if f == 5:
        return f"{MONTHS[m - 1]} {nw(d)} {yr(y)}"
    if f == 6:
        return f"{pair_word(f'{d:02d}')} {pair_word(f'{m:02d}')} {yr(y)}"
    if f == 7:
        return f"{ORD[d]} of the {ORD[m]} {yy(y)}"
    return f"{ORD[d]} {MONTHS[m - 1]} {yy(y)}"


def ph_us_t(p: tuple[str, str, str], form: int = 0) -> str:
    a, b, c = p
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}"][form % 4]


def ph_a(p: tuple[str, str, str], dbl: bool = True, z: str = "oh") -> str:
    return " ".join(sd(x, z=z, dbl=dbl) for x in p)


def ph_uk_t(p: tuple[str, str, str], form: int = 0) -> str:
    a, b, c = p
    if form % 2 == 1:
        return f"+44 {a[1:]} {b} {c}"
    return f"{a} {b} {c}" if a != "07700" else f"{a} {b}{c}"


def pc_a(pc: str, form: int = 0) -> str:
    """A UK postcode said: letters one by one, the district number as a number or digits."""
    out, inn = pc.split()
    letters = re.match(r"[A-Z]+", out).group()
    rest = out[len(letters):]
    head = " ".join(ch.lower() for ch in letters)
    if form % 3 == 0:
        mid = sd(rest)
    elif form % 3 == 1:
        mid = nw(int(rest)) if rest.isdigit() else sd(rest)
    else:
        return f"{out.lower()} {inn.lower()}"
    tail = f"{DIGIT_WORDS[int(inn[0])]} {inn[1].lower()} {inn[2].lower()}"
    return f"{head} {mid} {tail}"


# ----------------------------------------------------------------------------------------------
# markup, building and checking
# ----------------------------------------------------------------------------------------------
CASES: list[tuple[str, object]] = []


def case(style: str):
    assert style in ("transcript", "asr")

    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


MARK = re.compile(r"\[\[([A-Z]+)(?:#([A-Za-z0-9_]+))?(~?):(.+?)\]\]|\(\(([a-z]+):(.+?)\)\)")


def parse(marked: str):
    """Strip the markup; return the clean text and its spans with offsets in the clean text."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        if m.group(1):
            code, label, sup, value = m.group(1), m.group(2), m.group(3) == "~", m.group(4)
            if code not in PII_CODES:
                raise ValueError(f"unknown pii code {code!r} in {marked!r}")
            spans.append({"pii": True, "type": PII_CODES[code], "label": label, "sup": sup,
                          "start": length, "end": length + len(value)})
        else:
            code, value = m.group(5), m.group(6)
            if code not in KEEP_CODES:
                raise ValueError(f"unknown keep code {code!r} in {marked!r}")
            spans.append({"pii": False, "kind": KEEP_CODES[code],
                          "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "((" in text or "))" in text:
        raise ValueError(f"unbalanced markup in {marked!r}")
    return text, spans


def build() -> list[dict]:
    g = Gen(SEED)
    cases = []
    for n, (style, fn) in enumerate(CASES, 1):
        turns = fn(g)
        utts, pii, keep, sups = [], [], [], []
        groups: dict[str, str] = {}
        for u, (spk, marked) in enumerate(turns):
            text, spans = parse(marked)
            utts.append({"speaker": SPEAKERS[spk], "text": text})
            for s in spans:
                if s["pii"]:
                    key = s["label"] if s["label"] else f"__{u}_{s['start']}"
                    if key not in groups:
                        groups[key] = f"g{len(groups) + 1}"
                    pii.append({"utterance": u, "start": s["start"], "end": s["end"],
                                "type": s["type"], "group": groups[key]})
                    sups.append(s["sup"])
                else:
                    keep.append({"utterance": u, "start": s["start"], "end": s["end"],
                                 "kind": s["kind"]})
        cases.append({"case_id": f"t5-{n:03d}", "style": style, "utterances": utts,
                      "pii": pii, "keep": keep, "_sup": sups, "_fn": fn.__name__})
    return cases


def serialise(cases: list[dict]) -> str:
    lines = []
    for c in cases:
        obj = {"case_id": c["case_id"], "style": c["style"], "utterances": c["utterances"],
               "pii": c["pii"], "keep": c["keep"]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "doctor", "sir", "madam", "mx", "prof",
          "professor"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "close", "way", "court", "ct", "terrace", "crescent", "place", "pl", "parade",
                "grove", "gardens", "row", "boulevard", "blvd", "hill", "square", "walk", "mews",
                "trail", "circle", "park", "rise", "view", "green", "pike", "highway", "hwy",
                "loop", "path", "wynd", "brae", "gate", "yard", "quay", "parkway", "pkwy",
                "drove", "heol", "chase", "end", "wharf", "crossing", "run", "bend"}
ADDRESS_OPENERS = {"flat", "apartment", "apt", "unit", "suite", "number", "no"}
NUMBER_WORDS = set(DIGIT_WORDS) | set(TEENS) | {t for t in TENS if t} | {
    "oh", "double", "triple", "hundred", "thousand"}
# Words that are people's names in this set and ordinary words (or places, brands) elsewhere.
COMMON_NAME_WORDS = {
    "miles", "price", "page", "banks", "young", "hazel", "holly", "ivy", "pearl", "amber",
    "sterling", "clay", "dale", "cliff", "glen", "wren", "sage", "fern", "olive", "basil",
    "carol", "sunny", "reed", "stone", "bishop", "cook", "mason", "hunter", "heath", "chase",
    "lane", "rich", "guy", "ray", "art", "gene", "sandy", "dusty", "crystal", "jade",
    "for", "as", "in", "the", "de", "van", "der", "la", "le", "da", "bin", "al", "el", "ben",
    "di", "du", "von", "ter", "and", "of", "ann", "an", "lee", "long", "star", "rowan",
}
ASR_OK = re.compile(r"^[a-z0-9' -]+$")
EMAIL_T = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")
US_ZIP = re.compile(r"^\d{5}(-\d{4})?$")


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower())


def masked(text: str, spans: list[dict]) -> str:
    """The text with every span replaced by a placeholder that breaks word runs."""
    out, pos = [], 0
    for s in sorted(spans, key=lambda s: s["start"]):
        out.append(text[pos:s["start"]])
        out.append(" \x00 ")
        pos = s["end"]
    out.append(text[pos:])
    return "".join(out)


def postcode_compact(value: str) -> str:
    toks = value.lower().split()
    out, run = [], []
    for t in [*toks, ""]:
        if t in NUMBER_WORDS:
            run.append(t)
            continue
        if run:
            out.append(to_digits(" ".join(run)))
            run = []
        if t:
            out.append(t.upper())
    return "".join(out)


def month_ok(value: str) -> bool:
    low = value.lower()
    if any(m in low.split() or m.capitalize() in value for m in MONTHS):
        return True
    d = to_digits(value)
    if len(d) in (4, 6):
        return 1 <= int(d[:2]) <= 12
    if len(d) == 3:
        return d[0] != "0"
    return False


def validate(cases: list[dict]) -> list[str]:
    errs: list[str] = []
    seen_utts: dict[str, str] = {}
    name_words: set[str] = set()
    outside_words: list[tuple[str, str, int]] = []
    for c in cases:
        cid, style = c["case_id"], c["style"]
        where = f"{cid} ({c['_fn']})"
        texts = [u["text"] for u in c["utterances"]]
        by_utt: dict[int, list[dict]] = defaultdict(list)
        for s in c["pii"] + c["keep"]:
            by_utt[s["utterance"]].append(s)
        # groups are numbered in order of first appearance
        order = []
        for s in sorted(c["pii"], key=lambda s: (s["utterance"], s["start"])):
            if s["group"] not in order:
                order.append(s["group"])
        if order != [f"g{k}" for k in range(1, len(order) + 1)]:
            errs.append(f"{where}: groups out of order {order}")
        for u, utt in enumerate(c["utterances"]):
            text = utt["text"]
            if utt["speaker"] not in SPEAKERS.values():
                errs.append(f"{where} u{u}: speaker {utt['speaker']}")
            if style == "asr" and not ASR_OK.match(text):
                errs.append(f"{where} u{u}: ASR text has capitals or punctuation: {text!r}")
            if text != text.strip() or "  " in text or not text:
                errs.append(f"{where} u{u}: spacing: {text!r}")
            spans = sorted(by_utt[u], key=lambda s: s["start"])
            for s in spans:
                a, b = s["start"], s["end"]
                if not (0 <= a < b <= len(text)):
                    errs.append(f"{where} u{u}: span out of range {s}")
                    continue
                v = text[a:b]
                if v != v.strip():
                    errs.append(f"{where} u{u}: span has outer space {v!r}")
                if not (v[0].isalnum() or v[0] in "(+$£€"):
                    errs.append(f"{where} u{u}: span starts with punctuation {v!r}")
                if not (v[-1].isalnum() or v[-1] == "%" or v.endswith(("a.m.", "p.m."))):
                    errs.append(f"{where} u{u}: span ends with punctuation {v!r}")
                if a > 0 and text[a - 1].isalnum() and text[a].isalnum():
                    errs.append(f"{where} u{u}: span starts inside a word {v!r}")
                if b < len(text) and text[b].isalnum() and text[b - 1].isalnum():
                    errs.append(f"{where} u{u}: span ends inside a word {v!r}")
            for s1, s2 in pairwise(spans):
                if s2["start"] < s1["end"]:
                    errs.append(f"{where} u{u}: overlapping spans {s1} {s2}")
            mtext = masked(text, spans)
            if re.search(r"\d", mtext):
                errs.append(f"{where} u{u}: digit outside any span: {mtext!r}")
            run = 0
            for w in re.findall(r"[a-z0-9]+|\x00", mtext.lower()):
                run = run + 1 if w in NUMBER_WORDS and w != "hundred" else 0
                if run >= 4:
                    errs.append(f"{where} u{u}: run of digit words outside spans: {text!r}")
                    break
            for w in words(mtext):
                outside_words.append((w, where, u))
            norm = " ".join(words(text))
            if len(norm.split()) >= 4:
                if norm in seen_utts:
                    errs.append(f"{where} u{u}: utterance repeats {seen_utts[norm]}: {text!r}")
                else:
                    seen_utts[norm] = f"{where} u{u}"
            # keep checks
            pii_digits = [to_digits(text[s["start"]:s["end"]]) for s in spans if "type" in s]
            for s in spans:
                if "kind" not in s:
                    continue
                if s["kind"] not in KEEP_KINDS:
                    errs.append(f"{where} u{u}: keep kind {s['kind']}")
                kd = to_digits(text[s["start"]:s["end"]])
                if 13 <= len(kd) <= 19 and luhn_ok(kd):
                    errs.append(f"{where} u{u}: look-alike passes Luhn {kd}")
                if len(kd) >= 3 and kd in pii_digits:
                    errs.append(f"{where} u{u}: look-alike has the digits of a pii span {kd}")
        # pii checks, by span and by group
        groups: dict[str, list[tuple[dict, bool]]] = defaultdict(list)
        for s, sup in zip(c["pii"], c["_sup"], strict=True):
            groups[s["group"]].append((s, sup))
        for gid, members in groups.items():
            types = {s["type"] for s, _ in members}
            if len(types) != 1:
                errs.append(f"{where}: group {gid} mixes types {types}")
                continue
            t = types.pop()
            vals = [texts[s["utterance"]][s["start"]:s["end"]] for s, _ in members]
            live = [texts[s["utterance"]][s["start"]:s["end"]] for s, sup in members if not sup]
            if any(sup for _, sup in members) and t != "CARD_NUMBER":
                errs.append(f"{where}: superseded piece outside a card group")
            whole = " ".join(vals)
            digits = "".join(to_digits(v) for v in live)
            if t == "CARD_NUMBER":
                if any(not to_digits(v) for v in vals):
                    errs.append(f"{where}: card piece without digits {vals}")
                if not ((len(digits) == 16 and digits[0] in "23456")
                        or (len(digits) == 15 and digits[:2] in ("34", "37"))) \
                        or not luhn_ok(digits):
                    errs.append(f"{where}: card {gid} {vals} -> {digits} not a valid card")
            elif t == "CVV":
                if len(digits) not in (3, 4) or len(members) != 1:
                    errs.append(f"{where}: CVV {vals}")
            elif t == "EXPIRY":
                if not all(month_ok(v) for v in vals):
                    errs.append(f"{where}: EXPIRY without a month {vals}")
            elif t == "SSN":
                ok = len(digits) == 4 or (
                    len(digits) == 9 and digits[:3] not in ("000", "666") and digits[0] != "9"
                    and digits[3:5] != "00" and digits[5:] != "0000")
                if not ok:
                    errs.append(f"{where}: SSN {vals} -> {digits}")
            elif t == "PHONE":
                if not 10 <= len(digits) <= 12:
                    errs.append(f"{where}: PHONE {vals} -> {digits}")
            elif t == "EMAIL":
                for v in vals:
                    if style == "transcript" and not EMAIL_T.match(v):
                        errs.append(f"{where}: EMAIL {v!r}")
                    if style == "asr" and (" at " not in f" {v} " or " dot " not in f" {v} "):
                        errs.append(f"{where}: spoken EMAIL {v!r}")
            elif t == "POSTCODE":
                for v in vals:
                    comp = postcode_compact(v) if style == "asr" else v
                    if not (UK_PC.match(comp) or US_ZIP.match(comp)
                            or (style == "asr" and US_ZIP.match(to_digits(v)))):
                        errs.append(f"{where}: POSTCODE {v!r} ({comp})")
            elif t == "ADDRESS":
                for v in vals:
                    ws = words(v)
                    first_ok = ws and (ws[0][0].isdigit() or ws[0] in NUMBER_WORDS
                                       or ws[0] in ADDRESS_OPENERS)
                    if not first_ok or not (set(ws) & STREET_WORDS):
                        errs.append(f"{where}: ADDRESS {v!r}")
            elif t == "NAME":
                for v in vals:
                    ws = words(v)
                    if re.search(r"\d", v) or (ws and ws[0] in TITLES):
                        errs.append(f"{where}: NAME {v!r}")
                    if style == "transcript" and not re.search(r"[A-ZÀ-Þ]", v):
                        errs.append(f"{where}: NAME without a capital {v!r}")
                    for w in ws:
                        if len(w) > 1 and w not in NATO.values():
                            name_words.add(w)
            elif t == "ACCOUNT_NUMBER":
                chars = re.sub(r"[^A-Za-z0-9]", "", whole)
                if len(to_digits(whole)) < 2 or len(chars) < 4:
                    errs.append(f"{where}: ACCOUNT_NUMBER {vals}")
            elif t == "DOB":
                for v in vals:
                    if not (re.search(r"\d", v) or to_digits(v) or month_ok(v)
                            or any(o in v.lower() for o in ORD[1:])):
                        errs.append(f"{where}: DOB {v!r}")
    for w, where, u in outside_words:
        if w in name_words and w not in COMMON_NAME_WORDS:
            errs.append(f"{where} u{u}: name word {w!r} outside a NAME span")
    return errs


def counts(cases: list[dict]) -> dict:
    res = {}
    for style in ("transcript", "asr", "total"):
        sel = [c for c in cases if style == "total" or c["style"] == style]
        r = Counter()
        r["cases"] = len(sel)
        for c in sel:
            r["utterances"] += len(c["utterances"])
            used = {s["utterance"] for s in c["pii"] + c["keep"]}
            r["ordinary"] += sum(1 for u in range(len(c["utterances"])) if u not in used)
            for s in c["pii"]:
                r[s["type"]] += 1
            for gid in {(s["group"], s["type"]) for s in c["pii"]}:
                r["values:" + gid[1]] += 1
            for s in c["keep"]:
                r["keep:" + s["kind"]] += 1
                r["keep"] += 1
        res[style] = r
    return res


def report(cases: list[dict]) -> None:
    cs = counts(cases)
    tot = cs["total"]
    print(f"dev9.jsonl: {tot['cases']} cases, {tot['utterances']} utterances, "
          f"{100 * cs['transcript']['utterances'] / tot['utterances']:.0f}% transcript")
    rows = [("cases", "cases"), ("utterances", "utterances"), ("ordinary", "ordinary")]
    rows += [(t, t) for t in PII_TYPES]
    rows += [("values " + t, "values:" + t) for t in PII_TYPES]
    rows += [("keep " + k, "keep:" + k) for k in KEEP_KINDS] + [("keep (all)", "keep")]
    print(f"{'':28s}{'transcript':>11s}{'asr':>6s}{'total':>7s}")
    for label, key in rows:
        print(f"{label:28s}{cs['transcript'][key]:>11d}{cs['asr'][key]:>6d}{tot[key]:>7d}")


def check_minimums(cases: list[dict]) -> list[str]:
    cs = counts(cases)
    tot = cs["total"]
    errs = []
    for key, need in MINIMUMS.items():
        if tot[key] < need:
            errs.append(f"minimum not met: {key} {tot[key]} < {need}")
    for k in KEEP_KINDS:
        if tot["keep:" + k] < 3:
            errs.append(f"too few look-alikes of kind {k}: {tot['keep:' + k]}")
    share = cs["transcript"]["cases"] / tot["cases"]
    if not 0.4 <= share <= 0.6:
        errs.append(f"transcript share of cases {share:.2f} outside 0.4-0.6")
    return errs


def main(argv: list[str]) -> int:
    cases = build()
    errs = validate(cases) + check_minimums(cases)
    if serialise(build()) != serialise(cases):
        errs.append("two builds differ")
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errs)} errors; nothing written", file=sys.stderr)
        return 1
    report(cases)
    if "--check" not in argv:
        OUT.write_text(serialise(cases), encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


# ----------------------------------------------------------------------------------------------
# the conversations
# ----------------------------------------------------------------------------------------------
# Speakers: "a" agent, "c" customer, "i" ivr. Pii codes: N name, A account/reference number,
# C card, V security code, X expiry, S SSN, P phone, E e-mail, D date of birth, AD address,
# PC ZIP/postcode. Keep codes: q quantity, t time, pr price, fl flight number, d date, y year,
# du duration, pct percentage, m model number, cnt count, o other (rooms, seats, ages, meter
# readings, tracking numbers that fail Luhn, error codes).

# ---- banking and cards -----------------------------------------------------------------------
@case("transcript")
def bank_wallet_taken_on_tram(g):
    card = g.card("visa")
    m, y = g.expiry()
    cv = g.cvv()
    d, mo, yv = g.dob(1955, 1985)
    return [
        ("a", "Fernhollow Bank card services, you're speaking with [[N:Imogen]]. How can I help?"),
        ("c", "Hi [[N:Imogen]], my wallet was taken on the tram at about ((t:9:40)) last night "
              "and there are ((cnt:three)) payments on my app that I didn't make."),
        ("a", "I'm sorry, that's horrible. Let's stop the card first. Can I take your full name "
              "and date of birth?"),
        ("c", f"[[N:Obinna Adeyemi-Clarke]], born [[D:{dob_t(d, mo, yv, 0)}]]."),
        ("a", "Thank you, Mr [[N:Adeyemi-Clarke]]. Do you have the long number from the card "
              "written down anywhere?"),
        ("c", f"I took a photo of it for exactly this reason. [[C:{g4(card)}]]."),
        ("a", f"So that's [[C:{g4(card, '-')}]]."),
        ("c", "That's it."),
        ("a", "And the expiry, and the three digits on the back, so I can match it?"),
        ("c", f"Expiry [[X:{exp_t(m, y, 0)}]], and the code on the back is [[V:{cv}]]."),
        ("a", "Thanks. I can see ((pr:£312.50)) at an electronics shop, ((pr:£48.00)) at a petrol "
              "station and ((pr:£9.99)) online. Were any of those you?"),
        ("c", "None of them."),
        ("a", "Then the card is blocked as of now, and a new one will reach you in ((du:three to "
              "five working days)). The ((pr:£370.49)) goes back while we investigate."),
    ]


@case("asr")
def bank_card_chewed_by_machine(g):
    card = g.card("mc")
    c = card_groups(card)
    m, y = g.expiry()
    cv = g.cvv()
    return [
        ("a", "cobaltline credit union this is [[N:marisol]] speaking"),
        ("c", "oh hi [[N:marisol]] it's [[N:tadeusz]] [[N:wisniewski]] i rang yesterday about the "
              "card the machine ate"),
        ("a", "right yeah i can see the note so the new one's been sent out and i just need to "
              "switch it on with you can you read me the number across the front"),
        ("c", f"yeah okay so [[C#a:{sd(c[0])}]] um [[C#a:{sd(c[1])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[C#a:{sd(c[2])}]] and then [[C#a:{sd(c[3], dbl=True)}]]"),
        ("a", "and the expiry on that one"),
        ("c", f"[[X:{exp_a(m, y, 0)}]]"),
        ("a", "lovely and the cvc on the back"),
        ("c", f"[[V:{cvv_a(cv, 0)}]]"),
        ("a", "thanks [[N:tadeusz]] that's active now it'll work in the machines in about "
              "((du:ten minutes))"),
        ("c", "brilliant cheers for that"),
    ]


@case("transcript")
def travel_amex_cid_on_the_front(g):
    card = g.card("amex")
    cid = g.cvv(amex=True)
    m, y = g.expiry()
    z = g.zip("OR")
    pnr = g.pat("A9AA9A")
    return [
        ("a", "Seaholm Air reservations, [[N:Dmitri]] speaking."),
        ("c", "Hi, I'm holding two seats on ((fl:SH 2218)) to Porto on ((d:June 9th)) and I'd "
              "like to pay."),
        ("a", "Of course. For ((cnt:two)) adults that comes to ((pr:$1,486.40)). Which card?"),
        ("c", f"American Express. [[C:{g4(card)}]]."),
        ("a", "With Amex I need the four-digit CID. It's printed on the front, just above the "
              "long number."),
        ("c", f"Above the number... got it, [[V:{cid}]]."),
        ("a", "And the expiry date?"),
        ("c", f"[[X:{exp_t(m, y, 2)}]]."),
        ("a", "And the billing ZIP code?"),
        ("c", f"[[PC:{z}]], Portland."),
        ("a", f"Thank you. Seats ((o:14C)) and ((o:14D)) are confirmed, departing ((t:7:05 a.m.)). "
              f"Your confirmation code is [[A:{pnr}]]."),
        ("c", "Perfect, thanks [[N:Dmitri]]."),
    ]


@case("asr")
def loan_payment_card_in_pairs_corrected(g):
    card = g.card("visa")
    c = card_groups(card)
    # the wrong third group the customer says first: two digits swapped, or shifted if equal
    if c[2][0] != c[2][1]:
        wrong = c[2][1] + c[2][0] + c[2][2:]
    else:
        wrong = str((int(c[2]) + 1111) % 10000).zfill(4)
    m, y = g.expiry()
    cv = g.cvv()
    while cv[0] == "0" or cv[1] == "0":
        cv = g.cvv()
    d, mo, yv = g.dob(1962, 1990)
    return [
        ("a", "brightwater federal this is [[N:kofi]] how can i help"),
        ("c", "hey [[N:kofi]] yeah i want to make a payment on my car loan with my debit card"),
        ("a", "no problem go ahead with the card number"),
        ("c", f"okay [[C#a:{pairs(c[0] + c[1])}]] um [[C#a~:{pairs(wrong)}]] no sorry that last "
              "bit "
              f"was [[C#a:{pairs(c[2])}]] and then [[C#a:{pairs(c[3])}]]"),
        ("a", f"let me read it back [[C#b:{sd(c[0] + c[1])}]]"),
        ("c", "yep"),
        ("a", f"[[C#b:{sd(c[2] + c[3])}]]"),
        ("c", "that's the one"),
        ("a", "and the expiry and the security number"),
        ("c", f"expires [[X:{exp_a(m, y, 1)}]] security number [[V:{cvv_a(cv, 1)}]]"),
        ("a", "and just to confirm it's you what's your date of birth"),
        ("c", f"the [[D:{dob_a(d, mo, yv, 0)}]]"),
        ("a", "thank you that's ((pr:two hundred and fifty dollars)) going through today and the "
              "next one's due on the ((d:fifteenth))"),
    ]


@case("transcript")
def bank_open_checking_account(g):
    ssn = g.ssn()
    d, mo, yv = g.dob(1970, 2000)
    z = g.zip("OH")
    p = g.phone_us()
    n = g.r.randrange(1200, 4999)
    return [
        ("a", "Pinecrest Community Bank new accounts, this is [[N:Renata Oyelowo]]."),
        ("c", "Hi [[N:Renata]], I'd like to open a checking account. I started online but the "
              "form timed out."),
        ("a", "I can finish it with you. Your full legal name, please?"),
        ("c", "[[N:Santiago Ferreira-Lund]]."),
        ("a", "Date of birth?"),
        ("c", f"[[D:{dob_t(d, mo, yv, 3)}]]."),
        ("a", "And your Social Security number."),
        ("c", f"[[S:{'-'.join(ssn)}]]."),
        ("a", "Home address?"),
        ("c", f"[[AD:{n} Larchmont Avenue, Apt 5C, Cincinnati]], Ohio [[PC:{z}]]."),
        ("a", "And the best number to reach you?"),
        ("c", f"[[P:{ph_us_t(p, 0)}]], that's my cell."),
        ("a", "And an email for statements?"),
        ("c", "[[E:s.ferreiralund@pinemail.net]]"),
        ("a", "Thanks. The minimum opening deposit is ((pr:$25)), and there's no monthly fee if "
              "you keep ((pr:$500)) in the account."),
        ("c", "I'll put in ((pr:$1,200)) today."),
    ]


@case("asr")
def bank_missing_tax_form(g):
    ssn = g.ssn()
    d, mo, yv = g.dob(1950, 1975)
    z = g.zip("WA")
    n1 = g.r.randrange(100, 999)
    n2 = g.r.randrange(10, 99)
    return [
        ("a", "thanks for holding you're through to [[N:deshawn]] at pinecrest"),
        ("c", "hi [[N:deshawn]] i never got my ((o:ten ninety nine)) for the savings account"),
        ("a", "i can help with that who am i speaking with"),
        ("c", "[[N:latoya]] [[N:greenidge]]"),
        ("a", "thanks and can i get the last four of your social"),
        ("c", f"[[S:{sd(ssn[2])}]]"),
        ("a", "and your date of birth"),
        ("c", f"[[D:{dob_a(d, mo, yv, 4)}]]"),
        ("a", f"okay so it went to the address we have which is [[AD:{house(n1, 1)} "
              f"old orchard road]] is that still right"),
        ("c", f"no we moved in ((d:april)) it's [[AD:{house(n2)} sycamore bend drive]] in "
              f"bellevue [[PC:{sd(z)}]]"),
        ("a", "got it i'll update that and reissue the form you'll have it in ((du:seven to ten "
              "days))"),
        ("c", "can you email it as well it's [[E:latoya dot g at outlook dot com]]"),
        ("a", "i can send a secure link to that yes"),
    ]


@case("transcript")
def mortgage_payment_holiday_redundancy(g):
    acct = g.pat("MRG-1999999")
    d1, m1, y1 = g.dob(1975, 1990)
    d2, m2, y2 = g.dob(1972, 1988)
    return [
        ("a", "Meridale Building Society, mortgages team, [[N:Priyanka]] speaking."),
        ("c", "Hello, it's [[N:Wren Castellano]]. My husband [[N:Heath]] was made redundant last "
              "week and we can't make the ((d:1 July)) payment."),
        ("a", "I'm sorry to hear that, Mrs [[N:Castellano]]. Can you give me the mortgage account "
              "number?"),
        ("c", f"It's on the annual statement... [[A:{acct}]]."),
        ("a", f"Thank you. For security, is your date of birth the [[D:{dob_t(d1, m1, y1, 6)}]]?"),
        ("c", "That's right."),
        ("a", "We can offer a payment holiday of up to ((du:three months)). Interest still runs at "
              "((pct:4.35%)), so afterwards the monthly payment goes from ((pr:£1,142)) to about "
              "((pr:£1,197))."),
        ("c", "Can it be in [[N:Heath]]'s name too? He's on the mortgage."),
        ("a", "He's a joint holder, so I'll need a quick word with him. Is he there?"),
        ("c", "He's right here, hold on."),
        ("a", "Hello, Mr [[N:Castellano]]. Could you confirm your date of birth for me?"),
        ("c", f"[[D:{dob_t(d2, m2, y2, 2)}]]."),
        ("a", "Thanks. That's set up for ((d:July)) to ((d:September)), and a letter will follow "
              "within ((du:five working days))."),
        ("c", "That's a weight off. Thank you, [[N:Priyanka]]."),
    ]


@case("asr")
def credit_union_son_calls_for_mum(g):
    mem = g.digits(7, first_nonzero=True)
    d1, m1, y1 = g.dob(1941, 1955)
    d2, m2, y2 = g.dob(1970, 1985)
    return [
        ("a", "morning you're through to harbourside credit union my name's [[N:bartholomew]]"),
        ("c", "morning um i'm ringing for my mum [[N:agnieszka]] [[N:pawlak]] she's a member and "
              "she's in hospital at the minute"),
        ("a", "sorry to hear that and who am i speaking with"),
        ("c", "i'm her son [[N:filip]]"),
        ("a", "thanks [[N:filip]] has your mum put you on the account as a third party"),
        ("c", "yeah she did that last year when she had her hip done"),
        ("a", "great can i have her member number"),
        ("c", f"it's [[A#a:{sd(mem[:4])}]] hang on her handwriting's terrible "
              f"[[A#a:{sd(mem[4:])}]]"),
        ("a", "and her date of birth"),
        ("c", f"[[D:{dob_a(d1, m1, y1, 2)}]]"),
        ("a", "and yours please"),
        ("c", f"mine's [[D:{dob_a(d2, m2, y2, 5)}]]"),
        ("a", "thank you so the loan's ((pr:forty two pounds a week)) and there's ((cnt:eleven)) "
              "payments left"),
        ("c", "can we pause it while she's in"),
        ("a", "yes i can freeze it for ((du:six weeks)) and we'll review it then"),
    ]


@case("transcript")
def savings_transfer_to_daughter(g):
    sort = g.pat("99-99-99")
    acc = g.digits(8, first_nonzero=True)
    return [
        ("a", "Tarnwick Savings, this is [[N:Eun-ji]]. Who am I speaking to?"),
        ("c", "[[N:Lorcan Mulvey]]. I want to move some savings to my daughter for her house "
              "deposit."),
        ("a", "Lovely. Do you have her bank details to hand?"),
        ("c", f"Her name's [[N:Saoirse Mulvey]], sort code [[A:{sort}]], account [[A:{acc}]]."),
        ("a", f"So sort code [[A:{sort}]], account number [[A:{acc}]], in the name of "
              f"[[N:Saoirse Mulvey]]."),
        ("c", "Yes, that's her."),
        ("a", "And how much would you like to send?"),
        ("c", "((pr:£18,500)). Is there a limit?"),
        ("a", "Anything over ((pr:£10,000)) needs a call back on your registered number. I'll ring "
              "you within ((du:fifteen minutes)) to confirm it."),
        ("c", "Fine, I'm in all afternoon."),
    ]


@case("asr")
def ivr_card_balance_then_agent(g):
    card = g.card("visa")
    d, mo, yv = g.dob(1960, 1995)
    return [
        ("i", "welcome to halvard card services please say or key in your card number"),
        ("c", f"[[C#a:{sd(card[:8])}]] uh [[C#a:{sd(card[8:])}]]"),
        ("i", f"you said [[C:{sd(card)}]] is that right"),
        ("c", "yes"),
        ("i", "please say your date of birth"),
        ("c", f"[[D:{dob_a(d, mo, yv, 1)}]]"),
        ("i", "thank you your balance is ((pr:six hundred and twelve pounds forty)) your minimum "
              "payment of ((pr:twenty five pounds)) is due on the ((d:twenty second of may))"),
        ("c", "agent"),
        ("i", "please hold while i transfer you"),
        ("a", "hiya you're through to [[N:niamh]] what can i do for you"),
        ("c", "hi [[N:niamh]] i just want to know why my limit went down"),
        ("a", "let me have a look so it was lowered by ((pct:twenty percent)) after ((cnt:two)) "
              "late "
              "payments last year"),
        ("c", "right that's fair enough i suppose"),
    ]


@case("transcript")
def card_declined_at_airport(g):
    card = g.card("disc")
    pc = g.postcode()
    cv = g.cvv()
    return [
        ("a", "Halvard Card Services, [[N:Matteo]] speaking, how can I help?"),
        ("c", f"Hi [[N:Matteo]]. My card's been declined twice at the airport in Reykjavik and "
              f"I'm flying home on ((fl:FI 615)) at ((t:16:50)). The number's [[C:{card}]]."),
        ("a", "Thanks for that. Before I look, can I take your name and the postcode on the "
              "account?"),
        ("c", f"[[N:Halldóra Sveinsdóttir]], [[PC:{pc}]]."),
        ("a", "Thank you, Ms [[N:Sveinsdóttir]]. There's a fraud block after a ((pr:£1,250)) "
              "payment at a jeweller's this morning. Was that you?"),
        ("c", "Yes, a present for my mother's ((o:70th)) birthday."),
        ("a", "Then I'll lift the block. To verify the card, can you read me the three-digit "
              "code from the signature strip?"),
        ("c", f"[[V:{cv}]]."),
        ("a", "That's done. Try again in ((du:two minutes)) and it should go through."),
        ("c", "Thank you so much."),
    ]


@case("asr")
def app_locked_out_number_without_cue(g):
    acc = g.digits(8, first_nonzero=True)
    p = g.phone_uk("mobile")
    return [
        ("a", "hi you're through to fernhollow online banking support [[N:gareth]] speaking"),
        ("c", f"hiya [[N:gareth]] [[A:{sd(acc, dbl=True)}]] i'm locked out of the app"),
        ("a", "okay is that your account number"),
        ("c", "yeah sorry i've been on hold ages"),
        ("a", "no worries and who's the account holder"),
        ("c", "me [[N:oluwaseun]] [[N:bankole]]"),
        ("a", "and what's the mobile number on the account"),
        ("c", f"[[P:{ph_a(p)}]]"),
        ("a", "and the email address"),
        ("c", "[[E:seun b a n k o l e at proton dot me]]"),
        ("a", "great i've sent a reset link to that it lasts ((du:twenty minutes))"),
        ("c", "got it thanks"),
    ]


@case("transcript")
def hotel_double_charge_expired_card(g):
    old = g.card("mc")
    om, oy = g.expiry(expired=True)
    new = g.card("mc")
    m, y = g.expiry()
    cv = g.cvv()
    ref = g.pat("DSP-19999-AA")
    return [
        ("a", "Disputes team, [[N:Anneliese]] speaking."),
        ("c", "Hi. A hotel in Lyon charged me ((pr:€640)) twice for ((cnt:one)) night, and the "
              "card I used has since expired."),
        ("a", "Can you read me the number from the old card?"),
        ("c", f"[[C:{g4(old, '-')}]]. It expired [[X:{exp_t(om, oy, 0)}]]."),
        ("a", "Thanks. And the replacement card, so I can link the refund?"),
        ("c", f"[[C:{g4(new)}]], expiry [[X:{exp_t(m, y, 1)}]], security number [[V:{cv}]]."),
        ("a", f"Your dispute reference is [[A:{ref}]]. The hotel has ((du:ten business days)) "
              f"to respond."),
        ("c", "And if they don't?"),
        ("a", "Then the duplicate is credited to you automatically."),
    ]


@case("asr")
def balance_transfer_odd_groups(g):
    card = g.card("mc2")
    odd = " ".join(cut(card, 4, 2, 6, 4))
    return [
        ("a", "okay so for the balance transfer i need the card you're moving the balance from"),
        ("c", f"yeah it's [[C:{odd}]]"),
        ("a", f"let me check i've got that [[C:{sd(card)}]]"),
        ("c", "yep"),
        ("a", "and whose name is that card in"),
        ("c", "mine [[N:yevgenia]] [[N:marchetti]]"),
        ("a", "and how much are you moving across"),
        ("c", "((pr:three thousand two hundred)) give or take"),
        ("a", "there's a ((pct:three percent)) fee so that's ((pr:ninety six pounds)) and then "
              "((pct:zero percent)) for ((du:twenty months))"),
        ("c", "fine go ahead"),
    ]


# ---- insurance --------------------------------------------------------------------------------
@case("transcript")
def car_claim_rear_ended(g):
    pol = g.pat("LKM/199999/99")
    pol2 = g.pat("OV-99999999")
    claim = g.pat("CL9-199999")
    p = g.phone_uk("mobile")
    return [
        ("a", "Larkspur Mutual claims, [[N:Callum]] speaking. First of all, is everyone safe?"),
        ("c", "Yes, thanks. Someone drove into the back of me on the ((o:M6)) near ((o:junction "
              "19)) at about ((t:8:15)) this morning."),
        ("a", "Glad you're okay. Can I take your policy number?"),
        ("c", f"[[A:{pol}]]."),
        ("a", "And the policyholder's name?"),
        ("c", "[[N:Thandiwe Dlamini-Shaw]]."),
        ("a", "Thank you, Ms [[N:Dlamini-Shaw]]. Did you get the other driver's details?"),
        ("c", f"His name is [[N:Grzegorz Malinowski]], his phone is [[P:{ph_uk_t(p)}]], and "
              f"he's with Orrin & Vale, policy [[A:{pol2}]]."),
        ("a", "Great. Any injuries, and do you have an idea of the damage?"),
        ("c", "My neck's a bit stiff. The garage guessed ((pr:£2,300)) for the bumper and boot."),
        ("a", f"I've opened claim [[A:{claim}]]. A courtesy car can be with you within "
              f"((du:48 hours))."),
        ("c", "Thank you."),
    ]


@case("asr")
def home_leak_from_flat_upstairs(g):
    pc = g.postcode("LS6")
    n = g.r.randrange(12, 80)
    addr = f"flat three {nw(n)} kingfisher court leeds"
    return [
        ("a", "orrin and vale home claims you're speaking to [[N:shreya]]"),
        ("c", "hi [[N:shreya]] there's water coming through my kitchen ceiling from the flat "
              "upstairs"),
        ("a", "oh no okay let's get someone out to you what's the address"),
        ("c", f"it's [[AD:{addr}]]"),
        ("a", "and the postcode"),
        ("c", f"[[PC:{pc_a(pc, 0)}]]"),
        ("a", f"so that's [[AD:{addr}]] [[PC:{pc_a(pc, 2)}]]"),
        ("c", "that's it"),
        ("a", "and your policy number if you've got it"),
        ("c", "i haven't got it on me can you find it by name it's [[N:esperanza]] "
              "[[N:quintero]]"),
        ("a", "found you okay the plumber we use round there is [[N:dariusz]] from aquafix he can "
              "be with you between ((t:two)) and ((t:four)) this afternoon"),
        ("c", "and who's paying for the ceiling him upstairs or you"),
        ("a", "we'll cover it under your policy the excess is ((pr:two hundred and fifty "
              "pounds)) and we'll try to get it back from his insurer"),
    ]


@case("transcript")
def pet_knee_surgery_claim(g):
    pol = g.pat("PPC19999999")
    return [
        ("a", "Pellham Pet Cover, this is [[N:Jonas]]."),
        ("c", "Hi [[N:Jonas]], I'm calling about a claim for my dog, Biscuit. He's had surgery on "
              "his knee."),
        ("a", "Poor thing. What's the policy number?"),
        ("c", f"[[A:{pol}]]."),
        ("a", "Thanks. And your name?"),
        ("c", "[[N:Marguerite Oduya]]."),
        ("a", "How old is Biscuit now?"),
        ("c", "He's ((o:nine)). The vet, Dr [[N:Okonkwo]], says it's his cruciate ligament."),
        ("a", "And the invoice total?"),
        ("c", "((pr:£3,140.60)). The practice is sending it to you directly."),
        ("a", "Your excess is ((pr:£99)) plus ((pct:20%)) because he's over ((o:eight)). I'll "
              "email "
              "you the breakdown. Is [[E:m.oduya@fastpost.co.uk]] still right?"),
        ("c", "Yes, that's still me."),
        ("a", "You'll hear back within ((du:ten working days))."),
    ]


@case("asr")
def travel_insurance_broken_wrist_abroad(g):
    pol = g.pat("MTP1999999")
    d, mo, yv = g.dob(1948, 1965)
    p = g.phone_uk("mobile")
    return [
        ("a", "meltwater travel assistance [[N:jorge]] speaking"),
        ("c", "hi [[N:jorge]] i'm at a hospital in rhodes my husband fell on the steps and broke "
              "his "
              "wrist"),
        ("a", "i'm sorry to hear that is he being looked after"),
        ("c", "yes he's in room ((o:two one four)) but they want a guarantee of payment before "
              "they "
              "operate"),
        ("a", "okay what's the policy number"),
        ("c", f"[[A:{sd(pol)}]]"),
        ("a", "and the name of the injured person and his date of birth"),
        ("c", f"[[N:desmond]] [[N:achterberg]] [[D:{dob_a(d, mo, yv, 3)}]]"),
        ("a", "thank you and which flight are you due home on"),
        ("c", "((fl:ba two four seven)) on the ((d:nineteenth))"),
        ("a", "we'll send the guarantee to the hospital now and i'll call you back what's the best "
              "number"),
        ("c", f"my mobile [[P:{ph_a(p, dbl=True)}]]"),
        ("a", "thanks i'll call you within ((du:the hour))"),
    ]


@case("transcript")
def life_policy_found_in_drawer(g):
    d, mo, yv = g.dob(1941, 1950)
    pol = g.pat("SOL-19999999")
    pc = g.postcode("S11")
    n1, n2 = g.r.randrange(2, 90), g.r.randrange(2, 200)
    return [
        ("a", "Sentry Oak Life, bereavement team. My name is [[N:Ottilie]]."),
        ("c", "Hello. My father passed away last month and I found one of your policies in a "
              "drawer."),
        ("a", "I'm very sorry for your loss. Can I take your father's full name?"),
        ("c", "[[N:Ambrose Kiprotich]]."),
        ("a", "And his date of birth?"),
        ("c", f"[[D:{dob_t(d, mo, yv, 4)}]], if I'm reading his writing right."),
        ("a", "Thank you. Is there a policy number on the document?"),
        ("c", f"Yes, [[A:{pol}]]. It says it was taken out in ((y:1988))."),
        ("a", f"I've found it. The address we hold is [[AD:{n1} Mafeking Road, Hull]]. Should "
              f"the claim pack go there?"),
        ("c", f"No, please send it to me. I'm his son, [[N:Kipchoge Kiprotich]], "
              f"[[AD:{n2} Ferncliffe Road, Sheffield]], [[PC:{pc}]]."),
        ("a", "Of course. The sum assured is ((pr:£40,000)). Once we have the death certificate "
              "it usually takes ((du:two to three weeks))."),
        ("c", "Thank you for being so kind about it."),
    ]


@case("asr")
def car_renewal_jump_pay_by_card(g):
    pol = g.pat("LM19999999")
    card = g.card("visa")
    c = card_groups(card)
    cv = g.cvv()
    m, y = g.expiry()
    return [
        ("a", "larkspur mutual renewals [[N:tobias]] speaking"),
        ("c", "hi [[N:tobias]] my renewal's gone up by like ((pct:forty percent)) and i want to "
              "know "
              "why"),
        ("a", "let me have a look can i take the policy number"),
        ("c", f"[[A:{sd(pol, dbl=True)}]]"),
        ("a", "thanks and is that miss [[N:ifeoma]] [[N:nwachukwu]]"),
        ("c", "yeah"),
        ("a", "so last year was ((pr:six forty two)) and this year it's ((pr:eight ninety nine)) "
              "mostly because of the claim in ((d:march))"),
        ("c", "fine i'll just pay it i haven't got time to shop around"),
        ("a", "okay the long number on the card please"),
        ("c", f"[[C#a:{sd(c[0])}]]"),
        ("a", "yep"),
        ("c", f"[[C#a:{sd(c[1])}]]"),
        ("a", "and the next four"),
        ("c", f"[[C#a:{sd(c[2])} {pairs(c[3])}]]"),
        ("a", "and the three numbers on the back"),
        ("c", f"[[V:{cvv_a(cv, 2)}]]"),
        ("a", "and when does it expire"),
        ("c", f"[[X:{exp_a(m, y, 2)}]]"),
        ("a", "all done you're covered from the ((d:fourteenth))"),
    ]


@case("transcript")
def home_quote_before_closing(g):
    z = g.zip("CO")
    d1, m1, y1 = g.dob(1984, 1995)
    d2, m2, y2 = g.dob(1982, 1994)
    n = g.r.randrange(1000, 9999)
    return [
        ("a", "Orrin & Vale Insurance, home quotes. This is [[N:Bettina]]."),
        ("c", "Hi, we're buying a house and need a quote before we close on the ((d:28th))."),
        ("a", "Congratulations! What's the property address?"),
        ("c", f"[[AD:{n} Juniper Hollow Lane, Unit B, Lakewood]], Colorado [[PC:{z}]]."),
        ("a", "And when was it built?"),
        ("c", "((y:1962)), but the roof was redone in ((y:2019))."),
        ("a", "And the names and dates of birth of the buyers?"),
        ("c", f"[[N:Ezinne Okparaeke]], [[D:{dob_t(d1, m1, y1, 1)}]], and my partner "
              f"[[N:Joaquín Beltrán]], [[D:{dob_t(d2, m2, y2, 7)}]]."),
        ("a", "Thanks. For ((pr:$420,000)) of dwelling cover with a ((pr:$1,000)) deductible, "
              "it's ((pr:$1,386)) a year."),
        ("c", "Can you email that to me? [[E:ezinne.okp@lumenmail.com]]"),
        ("a", "Sent. The quote is valid for ((du:30 days))."),
    ]


# ---- utilities ----------------------------------------------------------------------------------
@case("transcript")
def energy_new_flat_move_in(g):
    pc = g.postcode("LS6")
    d, mo, yv = g.dob(1988, 2003)
    p = g.phone_uk("leeds")
    acc = g.digits(10, first_nonzero=True)
    n = g.r.randrange(2, 60)
    return [
        ("a", "Ostwind Energy, you're through to [[N:Keisha]]."),
        ("c", "Hi, I've just moved into a flat and want to put the electricity in my name."),
        ("a", "Welcome! What's the address?"),
        ("c", f"[[AD:Flat 4, {n} Canal Wharf Street, Leeds]], [[PC:{pc}]]."),
        ("a", "And your name?"),
        ("c", "[[N:Rahim Chowdhury]]."),
        ("a", "Do you have a meter reading from the day you moved in?"),
        ("c", "Yes, I took a photo on ((d:Saturday)): ((o:04127)) on the day rate and ((o:01958)) "
              "on the night rate."),
        ("a", "Perfect. And your date of birth for the account?"),
        ("c", f"[[D:{dob_t(d, mo, yv, 2)}]]."),
        ("a", "And a contact number?"),
        ("c", f"[[P:{ph_uk_t(p)}]]."),
        ("a", f"Your new account number is [[A:{acc}]]. The standard tariff is ((pr:24.5p)) per "
              f"kWh plus ((pr:53p)) a day."),
        ("c", "Okay, thanks."),
    ]


@case("asr")
def water_bill_leak_allowance(g):
    ref = g.digits(10, first_nonzero=True)
    return [
        ("a", "brackwater water billing it's [[N:cormac]] speaking"),
        ("c", "hi [[N:cormac]] my bill's come in at ((pr:nine hundred and eighty pounds)) and it's "
              "normally about ((pr:sixty))"),
        ("a", "that's a big jump can you read me the customer reference top right of the bill"),
        ("c", f"[[A:{pairs(ref)}]]"),
        ("a", "thanks and is that mrs [[N:adaeze]] [[N:okonjo]]"),
        ("c", "yes that's me"),
        ("a", "it looks like a leak we can see about ((q:four thousand)) litres a day going "
              "through"),
        ("c", "a plumber found a burst pipe under the garden last week his name's [[N:lewis]] "
              "[[N:mcateer]] i've got his invoice"),
        ("a", "great if you send the invoice we can apply a leak allowance it's usually around "
              "((pct:seventy percent)) of the extra"),
        ("c", "where do i send it"),
        ("a", "you can upload it on our website under leaks and it takes about ((du:ten working "
              "days))"),
    ]


@case("asr")
def prepayment_gas_run_out(g):
    pc = g.postcode("NE8")
    return [
        ("a", "solmere gas and power emergency credit line [[N:ayodele]] speaking"),
        ("c", "hiya my meter's run out and i've got ((cnt:three)) kids and no heating"),
        ("a", "okay let's sort that out for you what's the address"),
        ("c", "[[AD:one oh four b ravensworth terrace gateshead]]"),
        ("a", "and the postcode"),
        ("c", f"[[PC:{pc_a(pc, 1)}]]"),
        ("a", "and who's the account holder"),
        ("c", "me [[N:kirsty]] [[N:haldane]]"),
        ("a", "thanks [[N:kirsty]] i can put ((pr:fifteen pounds)) emergency credit on now it'll "
              "show in about ((du:five minutes))"),
        ("c", "do i have to pay it back"),
        ("a", "it comes off your next top up at ((pct:twenty five percent)) so it's gentle"),
        ("c", "right okay thank you so much"),
    ]


@case("transcript")
def electricity_close_after_death(g):
    acc = g.pat("KG-19999999")
    pc = g.postcode("RG1")
    n = g.r.randrange(2, 120)
    return [
        ("a", "Kestrel Grid customer care, [[N:Hamish]] speaking."),
        ("c", "Hello, my mother died on ((d:3 March)) and I need to close her electricity "
              "account."),
        ("a", "I'm so sorry. Can I take her name and the account number?"),
        ("c", f"[[N:Perpetua Mensah-Bonsu]]. The account number's [[A:{acc}]]."),
        ("a", f"Thank you. And the supply address is [[AD:{n} Hollybank Crescent, Reading]]?"),
        ("c", f"That's right, [[PC:{pc}]]."),
        ("a", "And could I take your name and your relationship to her?"),
        ("c", "[[N:Kwabena Mensah-Bonsu]], her son."),
        ("a", "Could you give me a final reading?"),
        ("c", "It says ((o:38872)). I took it this morning."),
        ("a", "Thank you. I'll send the final bill to you. What's your email?"),
        ("c", "[[E:kwabena.mb@greymail.co.uk]]"),
        ("a", "There's a credit of ((pr:£64.20)) on the account, which will be refunded to the "
              "estate."),
    ]


@case("asr")
def energy_switch_to_direct_debit(g):
    acc = g.digits(9, first_nonzero=True)
    sort = g.digits(6, first_nonzero=True)
    bacc = g.digits(8, first_nonzero=True)
    return [
        ("a", "ostwind energy [[N:delphine]] speaking"),
        ("c", "hi i want to switch to direct debit i keep forgetting to pay"),
        ("a", "sure what's your ostwind account number"),
        ("c", f"[[A#a:{sd(acc[:5])}]] sorry the app's frozen [[A#a:{sd(acc[5:])}]]"),
        ("a", "and your full name"),
        ("c", "[[N:abebe]] [[N:worku]]"),
        ("a", "okay and the bank details sort code first"),
        ("c", f"[[A:{pairs(sort)}]]"),
        ("a", "and the account number"),
        ("c", f"[[A:{sd(bacc)}]]"),
        ("a", f"so that's [[A:{sd(sort)}]] and [[A:{sd(bacc)}]]"),
        ("c", "yep"),
        ("a", "lovely your first payment will be ((pr:ninety four pounds)) on the ((d:first of "
              "july))"),
    ]


@case("transcript")
def city_water_start_service(g):
    z = g.zip("UT")
    ssn = g.ssn()
    p = g.phone_us()
    n = g.r.randrange(100, 9999)
    return [
        ("a", "Sandridge Public Utilities, this is [[N:Marcus Abernathy]]."),
        ("c", "Hi [[N:Marcus]], I need to start water service at a new address on ((d:Monday))."),
        ("a", "Sure. Your name?"),
        ("c", "[[N:Thi Hoa Pham]]."),
        ("a", "And the service address?"),
        ("c", f"[[AD:{n} West Cottonwood Circle, Salt Lake City]], [[PC:{z}]]."),
        ("a", "For identity, the last four of your Social?"),
        ("c", f"[[S:{ssn[2]}]]."),
        ("a", "A deposit of ((pr:$75)) applies to new accounts, and it's waived after "
              "((du:12 months)) of on-time payments."),
        ("c", "That's fine."),
        ("a", "Best phone number?"),
        ("c", f"[[P:{ph_us_t(p, 1)}]]."),
        ("a", "You're all set. Service starts ((d:Monday)) by ((t:noon))."),
    ]


# ---- telecoms -----------------------------------------------------------------------------------
@case("transcript")
def lost_phone_block_sim(g):
    p = g.phone_uk("mobile")
    d, mo, yv = g.dob(1985, 2002)
    pc = g.postcode("EH7")
    return [
        ("a", "Tallis Mobile, [[N:Oksana]] speaking. How can I help?"),
        ("c", "Hi, I lost my phone on a night out and I need to block the SIM."),
        ("a", "Okay. What's the mobile number?"),
        ("c", f"[[P:{ph_uk_t(p)}]]."),
        ("a", "And the account holder's name?"),
        ("c", "It's me, [[N:Lachlan Drummond-Baird]]."),
        ("a", "To get you through security, your date of birth and the postcode on the account?"),
        ("c", f"[[D:{dob_t(d, mo, yv, 8)}]], and [[PC:{pc}]]."),
        ("a", "Thanks, [[N:Lachlan]]. The SIM is barred. Was the handset the ((m:Pixel 8))?"),
        ("c", "The ((m:Pixel 8 Pro)), yes."),
        ("a", "A new SIM will reach you in ((du:two working days)), and the insurance excess for "
              "the "
              "handset is ((pr:£125))."),
        ("c", "Okay. Can you send the details to [[E:lachlan.db@kelpie.net]]?"),
        ("a", "Done, that's on its way."),
    ]


@case("asr")
def broadband_down_engineer_booked(g):
    acc = g.pat("AA199999")
    n = g.r.randrange(3, 99)
    return [
        ("a", "nimbus fibre tech support you're through to [[N:ravi]]"),
        ("c", "hi [[N:ravi]] my internet's been down since ((d:thursday)) and i work from home"),
        ("a", "sorry about that can i take your account number please"),
        ("c", f"yeah it's [[A:{spell_id(acc)}]]"),
        ("a", f"thank you and is the address still [[AD:{nw(n)} marigold walk]]"),
        ("c", "yeah that's us"),
        ("a", "okay i can see a fault on the line outside so i'll book an engineer his name's "
              "[[N:stelian]] and he can come tomorrow between ((t:eight)) and ((t:one))"),
        ("c", "that's fine will he need to come inside"),
        ("a", "yes he'll want to see the router it's the ((m:hub four)) isn't it"),
        ("c", "the white one yeah"),
        ("a", "great and i'll credit ((pr:twelve pounds fifty)) for the days you've lost"),
    ]


@case("transcript")
def roaming_bill_travel_pass(g):
    acc = g.digits(9, first_nonzero=True)
    ssn = g.ssn()
    return [
        ("a", "Corvid Wireless billing, this is [[N:Tamika]]."),
        ("c", "Hi, my bill is ((pr:$412.88)) this month. It's usually ((pr:$85))."),
        ("a", "Let's take a look. What's the account number?"),
        ("c", f"[[A:{acc}]]."),
        ("a", "And for verification, the last four of the account holder's Social?"),
        ("c", f"[[S:{ssn[2]}]]."),
        ("a", "Thank you. I see roaming charges in Mexico: ((q:4.2 GB)) of data at "
              "((pr:$15 per 100 MB))."),
        ("c", "But I bought the travel pass! It was ((pr:$10 a day))."),
        ("a", "You're right. It was added on ((d:May 3)) but only applied from ((d:May 5)), so "
              "I'll "
              "credit ((pr:$327.88))."),
        ("c", "Thank you. Sorry, who am I speaking with?"),
        ("a", "It's [[N:Tamika Brooks]]. You'll see the credit on your next statement."),
    ]


@case("asr")
def upgrade_two_handsets(g):
    order = g.digits(9, first_nonzero=True)
    n = g.r.randrange(20, 99)
    return [
        ("a", "skellig telecom upgrades [[N:conall]] speaking"),
        ("c", "hiya [[N:conall]] it's [[N:sinead]] [[N:fennelly]]"),
        ("a", "hi [[N:sinead]] what can i do for you"),
        ("c", "my contract's up and i want ((q:two)) of the ((m:galaxy a fifty six)) one for me "
              "and "
              "one for my daughter [[N:aoife]]"),
        ("a", "okay they're ((pr:thirty one euro a month)) each on a ((du:twenty four month)) "
              "plan"),
        ("c", "grand go on so"),
        ("a", f"can i confirm the delivery address is [[AD:{nw(n)} glenageary park dun "
              "laoghaire]]"),
        ("c", "that's it"),
        ("a", f"lovely your order number is [[A:{sd(order)}]]"),
        ("c", "thanks a million"),
    ]


@case("transcript")
def porting_number_with_pac(g):
    p = g.phone_uk("mobile")
    pac = g.pat("AAA199999")
    return [
        ("a", "Corvid UK, [[N:Harriet]] speaking."),
        ("c", "Hi, I'm moving to you and I want to bring my number across."),
        ("a", "Great. What's the number you're bringing?"),
        ("c", f"[[P:{ph_uk_t(p, 1)}]]."),
        ("a", "And the PAC code from your old provider?"),
        ("c", f"[[A:{pac}]]."),
        ("a", "And the name on your old account?"),
        ("c", "[[N:Bogdan Przybylski]]. That's [[N:P-R-Z-Y-B-Y-L-S-K-I]]."),
        ("a", "Thanks. The switch happens on ((d:Wednesday)), usually before ((t:2 pm)), and you "
              "may lose signal for up to ((du:two hours))."),
        ("c", "That's fine."),
    ]


@case("asr")
def tv_package_retention_offer(g):
    acc = g.digits(8, first_nonzero=True)
    return [
        ("a", "corvid tv retentions [[N:ludmila]] speaking"),
        ("c", "hi i want to cancel my tv package"),
        ("a", "sorry to hear that can i have your name and the account number"),
        ("c", f"it's [[N:ivy]] [[N:tembo]] and the account number's [[A#a:{sd(acc[:4])}]] um "
              f"[[A#a:{sd(acc[4:])}]]"),
        ("a", "thank you [[N:ivy]] can i ask why you're leaving"),
        ("c", "it's gone up to ((pr:fifty eight ninety nine)) and we only watch the football"),
        ("a", "i can take ((pct:thirty percent)) off for ((du:a year)) if you stay"),
        ("c", "go on then"),
        ("a", "done can i email the new terms to [[E:ivy dot tembo at yahoo dot co dot uk]]"),
        ("c", "yeah that's fine"),
    ]


@case("transcript")
def dental_practice_lines_down(g):
    p1 = g.phone_uk("manchester")
    p2 = g.phone_uk("manchester")
    p3 = g.phone_uk("mobile")
    acc = g.pat("NB-199999")
    return [
        ("a", "Nimbus Business, [[N:Gráinne]] speaking."),
        ("c", "Hi [[N:Gráinne]], this is [[N:Vikram Nair]] at Brightsmile Dental. Our lines have "
              "been down since ((t:10 am)) and patients can't get through."),
        ("a", "Which numbers are affected?"),
        ("c", f"The main one, [[P:{ph_uk_t(p1)}]], and the second line, [[P:{ph_uk_t(p2)}]]."),
        ("a", "I can see an exchange fault; the line test gives error ((o:E-7021)). Shall I divert "
              "calls to a mobile in the meantime?"),
        ("c", f"Yes, to my practice manager, [[N:Bronwen]]. Her mobile is [[P:{ph_uk_t(p3)}]]."),
        ("a", f"Done. The fix is estimated within ((du:4 hours)), and account [[A:{acc}]] will get "
              f"((pct:10%)) off this month."),
        ("c", "Thanks."),
    ]


# ---- retail -------------------------------------------------------------------------------------
@case("transcript")
def shoes_wrong_size_pay_difference(g):
    order = g.pat("VW-1999999")
    card = g.card("visa")
    m, y = g.expiry()
    cv = g.cvv()
    z = g.zip("FL")
    n = g.r.randrange(100, 9999)
    return [
        ("a", "Velloway Shoes, this is [[N:Kendrick]]."),
        ("c", "Hi, I ordered ((q:3)) pairs of running shoes and one pair came in a size ((o:9)) "
              "instead of a ((o:10))."),
        ("a", "Sorry about that. What's the order number?"),
        ("c", f"[[A:{order}]]."),
        ("a", "I have it here, under [[N:Priscila Amaral]]?"),
        ("c", "That's me."),
        ("a", "The size ((o:10)) in that colour is ((pr:$12)) more. Would you like to pay the "
              "difference?"),
        ("c", f"Sure, use my Visa: [[C:{g4(card)}]], expires [[X:{exp_t(m, y, 3)}]], "
              f"CVV [[V:{cv}]]."),
        ("a", f"Thank you. We'll ship it to [[AD:{n} Palmetto Ridge Road, Miami]], [[PC:{z}]]?"),
        ("c", "Yes, please."),
        ("a", "It'll arrive in ((du:3 to 5 business days)) with a prepaid label for the size "
              "((o:9))."),
    ]


@case("asr")
def parcel_left_with_neighbour(g):
    trk = g.tracking_fail(16)
    return [
        ("a", "quickdrop parcels [[N:teodora]] speaking"),
        ("c", "hi my parcel says delivered but it's not here"),
        ("a", "can you read me the tracking number"),
        ("c", f"((o:{sd(trk)}))"),
        ("a", "thanks it says it was left with a mister [[N:gallagher]]"),
        ("c", "oh [[N:fintan]] across the road"),
        ("a", "yeah signed for at ((t:two forty seven)) yesterday"),
        ("c", "he's away till ((d:sunday)) though"),
        ("a", "okay if it's not with you by ((d:monday)) give us a ring and we'll refund the "
              "((pr:eighty nine ninety nine))"),
        ("c", "okay thanks [[N:teodora]]"),
    ]


@case("transcript")
def sofa_delivery_moved(g):
    order = g.pat("PB19999999")
    p = g.phone_uk("mobile")
    pc = g.postcode("NR2")
    n = g.r.randrange(2, 40)
    return [
        ("a", "Pebblebrook Home deliveries, [[N:Solveig]] speaking."),
        ("c", "Hi, I need to move my sofa delivery. It's booked for ((d:Thursday)) but I'll be at "
              "the hospital."),
        ("a", "No problem. Order number?"),
        ("c", f"[[A:{order}]]."),
        ("a", "That's the Harlow ((m:HS-220)) corner sofa and ((q:two)) matching footstools?"),
        ("c", "Yes."),
        ("a", "I have ((d:Saturday the 14th)) between ((t:7am)) and ((t:1pm)), or ((d:Tuesday "
              "the 17th)) all day."),
        ("c", "Saturday, please."),
        ("a", f"Done. The driver will call [[P:{ph_uk_t(p)}]] about ((du:30 minutes)) before. Is "
              f"that still your number?"),
        ("c", f"It is. The address is [[AD:Flat 12, Tolhurst House, {n} Blackthorn Grove, "
              f"Norwich]], [[PC:{pc}]], and the lift is out, so they'll need ((cnt:two)) people."),
        ("a", "I've added a note for a two-person crew."),
    ]


@case("asr")
def loyalty_points_missing(g):
    mem = g.digits(10, first_nonzero=True)
    return [
        ("a", "ashgrove outdoors rewards [[N:marek]] speaking"),
        ("c", "hi [[N:marek]] my points from last month haven't gone on"),
        ("a", "can i take your membership number"),
        ("c", f"[[A:{sd(mem, dbl=True)}]]"),
        ("a", "and is that [[N:olive]] [[N:fairbanks]]"),
        ("c", "that's me"),
        ("a", "which purchase was it"),
        ("c", "a tent and ((q:two)) sleeping bags it came to ((pr:three hundred and twelve "
              "pounds)) on the ((d:ninth))"),
        ("a", "right that should be ((q:six hundred and twenty four)) points i'll add them now"),
        ("c", "thanks and can you put my partner on the card too his name's [[N:basil]] "
              "[[N:fairbanks]]"),
        ("a", "he'll need to call us himself for data protection but yes he can be added"),
    ]


@case("transcript")
def wedding_glasses_card_given_early(g):
    card = g.card("mc")
    m, y = g.expiry()
    cv = g.cvv()
    pc = g.postcode("BN2")
    n = g.r.randrange(2, 150)
    return [
        ("a", "Hartfield & Pryce customer orders, [[N:Ibrahim]] speaking."),
        ("c", f"Hello, I'd like to order the crystal wine glasses for my sister's wedding. I've "
              f"got my card ready, it's [[C:{g4(card)}]]."),
        ("a", "Thank you, let's confirm the order first. How many would you like?"),
        ("c", "((q:12)), please."),
        ("a", "((q:12)) at ((pr:£18.50)) each is ((pr:£222.00)). Who are they going to?"),
        ("c", f"My sister, [[N:Anjali Raghunathan]], [[AD:{n} Preston Drove, Brighton]], "
              f"[[PC:{pc}]]."),
        ("a", "And could you read me the card's expiry date and the security number?"),
        ("c", f"[[X:{exp_t(m, y, 4)}]], and the security number is [[V:{cv}]]."),
        ("a", "And your name as it appears on the card?"),
        ("c", "Mrs [[N:Devika Raghunathan]]."),
        ("a", "Which email should the confirmation go to?"),
        ("c", "[[E:devika.r1974@mailbox.org]]"),
        ("a", "Lovely. Delivery takes ((du:five to seven days))."),
    ]


@case("asr")
def blender_return_number(g):
    order = g.digits(8, first_nonzero=True)
    rma = g.pat("R1999999")
    return [
        ("a", "pebblebrook home returns [[N:cosmin]] speaking"),
        ("c", "hi i want to send back a blender the ((m:vortex nine hundred)) it leaks everywhere"),
        ("a", "sorry about that can i take your name"),
        ("c", "[[N:hazel]] [[N:ndukwe]]"),
        ("a", "and when did you buy it"),
        ("c", "on the ((d:second of june)) it was ((pr:a hundred and nineteen ninety nine))"),
        ("a", "and the order number"),
        ("c", f"[[A:{pairs(order)}]]"),
        ("a", f"okay your returns number is [[A:{spell_id(rma, joiner='as in')}]]"),
        ("c", f"so that's [[A:{sd(rma)}]]"),
        ("a", "that's it write it on the box and drop it at any post office and the refund takes "
              "((du:three to five days)) once it's back"),
        ("c", "perfect cheers"),
    ]


@case("transcript")
def tea_subscription_new_card(g):
    card = g.card("visa")
    c = card_groups(card)
    m, y = g.expiry()
    cv = g.cvv()
    return [
        ("a", "Larder & Leaf subscriptions, [[N:Pascale]] here."),
        ("c", "Hi, my card was replaced and my box payment failed."),
        ("a", "Let's update it. What's the name on the account?"),
        ("c", "[[N:Xiomara Lindgren]]."),
        ("a", "Could you spell the first name for me?"),
        ("c", "[[N:X for X-ray, I for India, O for Oscar, M for Mike, A for Alpha, R for Romeo, "
              "A for Alpha]]."),
        ("a", "Thanks. Go ahead with the new card number."),
        ("c", f"[[C#a:{c[0]} {c[1]}]]..."),
        ("a", "Got those. Next?"),
        ("c", f"[[C#a:{c[2]} {c[3]}]]."),
        ("a", "And the expiry and the CVC?"),
        ("c", f"[[X:{exp_t(m, y, 0)}]], CVC [[V:{cv}]]."),
        ("a", "Updated. I'll retry the ((pr:£34.95)) now, and your next box ships on the "
              "((d:3rd))."),
    ]


# ---- travel -------------------------------------------------------------------------------------
@case("asr")
def family_flight_booking_dobs(g):
    d1, m1, y1 = g.dob(1980, 1990)
    d2, m2, y2 = g.dob(1978, 1988)
    d3, m3, y3 = g.dob(2012, 2013)
    return [
        ("a", "aurelian air bookings [[N:radek]] speaking"),
        ("c", "hi i want to book ((cnt:three)) of us to malaga on the ((d:twelfth of august))"),
        ("a", "okay can i take the lead passenger's name as it is on the passport"),
        ("c", "[[N:chidinma]] [[N:ezeala]]"),
        ("a", "can you spell the surname for me"),
        ("c", f"[[N:{nato('ezeala')}]]"),
        ("a", "and what's her date of birth"),
        ("c", f"[[D:{dob_a(d1, m1, y1, 6)}]]"),
        ("a", "and the other two"),
        ("c", f"my husband [[N:obiora]] same surname [[D:{dob_a(d2, m2, y2, 3)}]] and our son "
              f"[[N:kamsi]] he's ((o:eleven)) his birthday's [[D:{dob_a(d3, m3, y3, 5)}]]"),
        ("a", "lovely the fare's ((pr:four hundred and eighty six pounds)) each and i can put you "
              "together in seats ((o:twenty three a b and c))"),
        ("c", "perfect do that"),
    ]


@case("transcript")
def hotel_accessible_room_swap(g):
    ref = g.pat("HL199999")
    card = g.card("mc2")
    m, y = g.expiry()
    cv = g.cvv()
    return [
        ("a", "Harbourlight Hotel Aberdeen, reception, this is [[N:Fionnuala]]."),
        ("c", f"Hi, I have a booking for ((du:three nights)) from ((d:Friday)). The reference is "
              f"[[A:{ref}]]."),
        ("a", "Let me find that... Mr [[N:Adebayo Ogunleye]]?"),
        ("c", "That's me. Could we swap to an accessible room? My wife uses a wheelchair now."),
        ("a", "I can move you to room ((o:104)), which is level access, at the same rate of "
              "((pr:£129)) a night."),
        ("c", "Brilliant."),
        ("a", "The card we hold for the guarantee has expired. Could you give me a new one?"),
        ("c", f"Of course. [[C:{g4(card)}]], expiry [[X:{exp_t(m, y, 1)}]]."),
        ("a", "And the CVV on the back?"),
        ("c", f"[[V:{cv}]]."),
        ("a", "Thank you. Check-in is from ((t:3 pm)), and the car park is ((pr:£8)) a day."),
    ]


@case("asr")
def train_delay_repay(g):
    tick = g.pat("99AA9A9AA")
    return [
        ("a", "caspia rail delay repay [[N:efua]] speaking"),
        ("c", "hi my train on ((d:tuesday)) was ((du:an hour and ten minutes)) late and i want the "
              "refund"),
        ("a", "which service was it"),
        ("c", "the ((t:seven fifty two)) from york"),
        ("a", "and the ticket reference from your e-ticket"),
        ("c", f"[[A:{sd(tick)}]]"),
        ("a", "and your name"),
        ("c", "[[N:benedict]] [[N:amoah]]"),
        ("a", "and the email on the booking"),
        ("c", "[[E:ben dot amoah ninety one at gmail dot com]]"),
        ("a", "thank you you're due ((pct:fifty percent)) of the fare back so that's ((pr:twenty "
              "three pounds forty))"),
        ("c", "great how long does that take"),
        ("a", "about ((du:five working days))"),
    ]


@case("transcript")
def car_hire_scratch_dispute(g):
    ra = g.pat("RA-1999999-AA")
    return [
        ("a", "Velocity Car Hire, [[N:Siddharth]] speaking."),
        ("c", "Hello, it's [[N:Yasmin Haddad]]. I've been charged ((pr:£450)) for a scratch I "
              "didn't "
              "cause."),
        ("a", "I'm sorry to hear that. Could I have the rental agreement number?"),
        ("c", f"[[A:{ra}]]."),
        ("a", "Thank you. The car came back on ((d:15 October)) at ((t:18:20)) with ((q:1,214)) "
              "miles added, and the check-in photo shows the scratch on the rear door."),
        ("c", "It was already there. My husband, [[N:Florian]], took photos at pick-up."),
        ("a", "If you send those, we'll review within ((du:14 days)). What's the best email?"),
        ("c", "[[E:yasmin.haddad@quillmail.co.uk]]"),
        ("a", "Thank you, Mrs [[N:Haddad]]. I've put the charge on hold in the meantime."),
    ]


@case("asr")
def overnight_ferry_amex(g):
    card = g.card("amex")
    a = card_groups(card)
    cid = g.cvv(amex=True)
    m, y = g.expiry()
    return [
        ("a", "seaholm ferries bookings [[N:magnus]] speaking"),
        ("c", "hi i'd like to book the overnight sailing to bergen with a car and a cabin"),
        ("a", "lovely which dates"),
        ("c", "going on the ((d:fourth of july)) and back on the ((d:eleventh))"),
        ("a", "okay on the ((t:nine pm)) sailing cabin ((o:eight one two)) is free and that's "
              "((pr:six hundred and forty euro)) return with the car"),
        ("c", "perfect i'll pay with my amex"),
        ("a", "go ahead"),
        ("c", f"[[C#a:{sd(a[0])}]]"),
        ("a", "yep"),
        ("c", f"[[C#a:{sd(a[1])}]] and then [[C#a:{sd(a[2])}]]"),
        ("a", "and with amex i need the four numbers on the front above the card number"),
        ("c", f"[[V:{sd(cid)}]]"),
        ("a", "and the expiry"),
        ("c", f"[[X:{exp_a(m, y, 3)}]]"),
        ("a", "and the name on the card"),
        ("c", "[[N:ragnhild]] [[N:aasen]]"),
    ]


@case("transcript")
def holiday_cancelled_mother_in_hospital(g):
    ref = g.pat("MH/199999")
    d, mo, yv = g.dob(1941, 1952)
    p = g.phone_uk("bristol")
    return [
        ("a", "Meltwater Holidays customer relations, [[N:Aurelio]] speaking."),
        ("c", "Hi, we've had to cancel our holiday to Madeira because my mother was taken into "
              "hospital."),
        ("a", "I'm so sorry. What's the booking reference?"),
        ("c", f"[[A:{ref}]]."),
        ("a", "Thank you. I see ((cnt:four)) travellers, departing ((d:22 May)). Was your mother "
              "travelling too?"),
        ("c", f"Yes, [[N:Rosalind Achebe]], born [[D:{dob_t(d, mo, yv, 5)}]]."),
        ("a", "Do you have a note from her doctor?"),
        ("c", "Yes, from Dr [[N:Haruki Tanabe]] at the Royal Infirmary."),
        ("a", "Then your insurer should cover the ((pr:£3,480)) cancellation charge, and we'll "
              "refund the ((pr:£220)) in taxes directly."),
        ("c", f"Could you ring me when it's done? [[P:{ph_uk_t(p)}]]."),
        ("a", "Of course. It can take up to ((du:28 days))."),
    ]


@case("asr")
def lost_bag_delivery_home(g):
    tag = g.pat("AR199999")
    pc = g.postcode("SK4")
    p = g.phone_uk("mobile")
    n = g.r.randrange(101, 109)
    return [
        ("a", "aurelian air baggage services [[N:thiago]] speaking"),
        ("c", "hi my bag didn't come off ((fl:ar four one two)) from faro"),
        ("a", "sorry about that have you got the bag tag number it's on the sticker on your "
              "boarding pass"),
        ("c", f"yeah [[A:{sd(tag)}]]"),
        ("a", "thank you it's still in faro it'll be on the ((t:six o'clock)) flight tonight where "
              "shall we deliver it"),
        ("c", f"home please [[AD:{house(n, 0)} wellington road stockport]] [[PC:{pc_a(pc, 0)}]]"),
        ("a", "and a number for the courier"),
        ("c", f"[[P:{ph_a(p, dbl=False, z='zero')}]]"),
        ("a", "great it should be with you by ((t:midday)) tomorrow"),
        ("c", "and i had to buy a few bits to wear can i claim for that"),
        ("a", "yes up to ((pr:fifty pounds a day)) just keep your receipts"),
    ]


# ---- healthcare admin ---------------------------------------------------------------------------
@case("transcript")
def gp_appointment_for_son(g):
    d, mo, yv = g.dob(2013, 2016)
    nhs = g.digits(10, first_nonzero=True)
    p = g.phone_uk("mobile")
    n = g.r.randrange(2, 90)
    return [
        ("a", "Westbrook Surgery, [[N:Marcie]] speaking."),
        ("c", "Hi, I need an appointment for my son. He's had a temperature of ((o:39.2)) since "
              "last night."),
        ("a", "Of course. What's his name and date of birth?"),
        ("c", f"[[N:Idris Oyelaran-Hughes]], [[D:{dob_t(d, mo, yv, 0)}]]."),
        ("a", f"And he's still at [[AD:{n} Quarry Lane, Chesterfield]]?"),
        ("c", "Yes, that's right."),
        ("a", "Dr [[N:Fenwick]] has a slot at ((t:11:40)) today. It's a ((du:ten-minute)) "
              "appointment."),
        ("c", "We'll take it."),
        ("a", "Could you confirm his NHS number? It's in his red book."),
        ("c", f"[[A:{nhs[:3]} {nhs[3:6]} {nhs[6:]}]]."),
        ("a", "Thank you. And a contact number in case the doctor's running late?"),
        ("c", f"[[P:{ph_uk_t(p)}]]."),
    ]


@case("asr")
def scan_appointment_moved(g):
    hosp = g.pat("A1999999")
    d, mo, yv = g.dob(1955, 1990)
    return [
        ("a", "st aldric's outpatients booking [[N:kehinde]] speaking"),
        ("c", "hi i've got a letter for a scan on the ((d:ninth)) but i'm away can i move it"),
        ("a", "of course what's your hospital number it's at the top of the letter"),
        ("c", f"[[A:{sd(hosp)}]]"),
        ("a", "and can i take your date of birth"),
        ("c", f"[[D:{dob_a(d, mo, yv, 2)}]]"),
        ("a", "thanks is that [[N:fernando]] [[N:arancibia]]"),
        ("c", "yes it is"),
        ("a", "i can do the ((d:sixteenth)) at ((t:quarter past ten)) with doctor [[N:oyewole]]"),
        ("c", "lovely where do i go"),
        ("a", "clinic ((o:four b)) on the second floor and the scan takes about ((du:forty "
              "minutes))"),
    ]


@case("transcript")
def er_bill_wrong_member_id(g):
    d, mo, yv = g.dob(2006, 2012)
    pa = g.pat("PA-19999999")
    member = g.pat("AAA199999999")
    card = g.card("disc")
    m, y = g.expiry()
    cv = g.cvv()
    return [
        ("a", "Riverbend Medical Group billing, this is [[N:Jolene]]."),
        ("c", "Hi, I got a bill for ((pr:$1,845.00)) for my daughter's ER visit, and I think "
              "insurance should have paid it."),
        ("a", "I can check. Patient name and date of birth?"),
        ("c", f"[[N:Maya Tsosie]], [[D:{dob_t(d, mo, yv, 7)}]]."),
        ("a", "And the patient account number from the statement?"),
        ("c", f"[[A:{pa}]]."),
        ("a", "The claim was denied because we had an old member ID. What's the current one?"),
        ("c", f"[[A:{member}]]."),
        ("a", "Thank you, I'll resubmit. Your share after insurance should be ((pr:$250)), the ER "
              "copay. Would you like to pay that now?"),
        ("c", f"Sure. [[C:{g4(card)}]], [[X:{exp_t(m, y, 3)}]], security code [[V:{cv}]]."),
        ("a", "That's processed. Unless the insurer asks for more information within ((du:45 "
              "days)), that's the whole amount."),
    ]


@case("asr")
def repeat_prescription_for_dad(g):
    d, mo, yv = g.dob(1941, 1950)
    n = g.r.randrange(100, 999)
    return [
        ("a", "greenholt pharmacy [[N:nkechi]] speaking"),
        ("c", "hi i'm calling to order my dad's repeat prescription"),
        ("a", "no problem what's his name and date of birth"),
        ("c", f"[[N:horace]] [[N:pennington]] the [[D:{dob_a(d, mo, yv, 0)}]]"),
        ("a", "and his address"),
        ("c", f"[[AD:{house(n, 1)} saint anne's road south ripon]]"),
        ("a", "thank you so that's the ((q:twenty eight)) amlodipine ((o:five milligram)) and the "
              "((q:fifty six)) metformin"),
        ("c", "yes and his inhaler as well"),
        ("a", "the inhaler needs doctor [[N:sandhu]] to sign it off so it'll be ready in ((du:two "
              "working days))"),
        ("c", "thanks can my neighbour [[N:cliff]] collect it he drives me about"),
        ("a", "yes as long as he knows the address and date of birth"),
    ]


@case("transcript")
def dental_balance_amex(g):
    d, mo, yv = g.dob(1960, 1985)
    card = g.card("amex")
    cid = g.cvv(amex=True)
    m, y = g.expiry()
    return [
        ("a", "Mossgiel Dental, [[N:Ailsa]] speaking."),
        ("c", "Hi, I'd like to pay the balance on my treatment plan before my appointment on "
              "((d:Thursday))."),
        ("a", "Of course. Your name and date of birth?"),
        ("c", f"[[N:Farid Azimi]], [[D:{dob_t(d, mo, yv, 2)}]]."),
        ("a", "Thank you, Mr [[N:Azimi]]. The balance is ((pr:£1,260)) for the ((cnt:two)) "
              "crowns."),
        ("c", f"It's an Amex: [[C:{g4(card, '-')}]]."),
        ("a", "And the four-digit number on the front of the card, and the expiry?"),
        ("c", f"On the front... [[V:{cid}]]. It expires [[X:{exp_t(m, y, 4)}]]."),
        ("a", "Thank you, that's gone through. See you ((d:Thursday)) at ((t:9.15))."),
    ]


@case("asr")
def braces_coverage_check(g):
    member = g.pat("AAA199999999")
    group = g.digits(6, first_nonzero=True)
    d1, m1, y1 = g.dob(1978, 1990)
    d2, m2, y2 = g.dob(2010, 2013)
    return [
        ("a", "alderpoint health plans member services this is [[N:marisela]]"),
        ("c", "hi i need to check if my son's braces are covered"),
        ("a", "sure can i have the member id on the front of the card"),
        ("c", f"[[A:{sd(member, z='zero')}]]"),
        ("a", "and the group number underneath it"),
        ("c", f"[[A:{sd(group)}]]"),
        ("a", "and the subscriber's name and date of birth"),
        ("c", f"that's me [[N:dwayne]] [[N:okafor-hill]] [[D:{dob_a(d1, m1, y1, 4)}]]"),
        ("a", "and your son's name and date of birth"),
        ("c", f"[[N:jalen]] [[D:{dob_a(d2, m2, y2, 1)}]]"),
        ("a", "okay orthodontics is covered at ((pct:fifty percent)) up to a lifetime max of "
              "((pr:fifteen hundred dollars))"),
        ("c", "and is there a waiting period"),
        ("a", "yes ((du:twelve months)) and you've had the plan ((du:fourteen months)) so you're "
              "fine"),
    ]


@case("transcript")
def dialysis_transport_booking(g):
    nhs = g.digits(10, first_nonzero=True)
    pc = g.postcode("LL57")
    p = g.phone_uk("mobile")
    n = g.r.randrange(2, 60)
    return [
        ("a", "Non-Emergency Patient Transport, [[N:Tegan]] speaking."),
        ("c", "Hello, I need to book transport for my husband to his dialysis. He can't drive any "
              "more."),
        ("a", "Of course. The patient's name and NHS number?"),
        ("c", f"[[N:Emrys Pritchard]]. NHS number [[A:{nhs[:3]} {nhs[3:6]} {nhs[6:]}]]."),
        ("a", "And the pick-up address?"),
        ("c", f"[[AD:{n} Heol y Nant, Bangor]], [[PC:{pc}]]."),
        ("a", "Which days, and what time does he need to be there?"),
        ("c", "((d:Monday)), ((d:Wednesday)) and ((d:Friday)), for ((t:7:30)). The sessions last "
              "((du:four hours))."),
        ("a", "Does he use a wheelchair, and will anyone travel with him?"),
        ("c", "Yes, he does, and I'll come with him. I'm [[N:Gwenllian]], his wife."),
        ("a", f"That's booked from next week. The driver will ring [[P:{ph_uk_t(p)}]] on the "
              f"morning."),
    ]


# ---- public services ----------------------------------------------------------------------------
@case("asr")
def council_tax_moving_out(g):
    ref = g.digits(9, first_nonzero=True)
    pc = g.postcode("YO10")
    n1, n2 = g.r.randrange(20, 99), g.r.randrange(2, 19)
    return [
        ("a", "cressbrook district council council tax [[N:imran]] speaking"),
        ("c", "hi i'm moving out on the ((d:thirtieth)) and want to close my council tax account"),
        ("a", "okay can i take the account reference"),
        ("c", f"[[A:{sd(ref)}]]"),
        ("a", "and your name"),
        ("c", "[[N:dominika]] [[N:sadowska]]"),
        ("a", "and the address you're leaving"),
        ("c", f"[[AD:flat six {nw(n1)} tanners row]]"),
        ("a", "and where are you moving to"),
        ("c", f"[[AD:{nw(n2)} heslington lane]] in york [[PC:{pc_a(pc, 0)}]]"),
        ("a", "that's outside our area so we'll send a final bill it'll be around ((pr:a hundred "
              "and twelve pounds))"),
        ("c", "okay that's fine"),
    ]


@case("transcript")
def licence_renewal_old_address(g):
    lic = g.pat("A999-9999-9999")
    d, mo, yv = g.dob(1960, 1998)
    z = g.zip("IL")
    n1, n2 = g.r.randrange(1000, 9999), g.r.randrange(1000, 4999)
    return [
        ("a", "Department of Motor Vehicles, renewals line. This is [[N:Corinne]]."),
        ("c", "Hi, my driver's license expires on the ((d:30th)) and the online renewal keeps "
              "failing."),
        ("a", "Let me check. Your name and license number?"),
        ("c", f"[[N:Tadeo Villalobos]], license [[A:{lic}]]."),
        ("a", "And what's your date of birth?"),
        ("c", f"[[D:{dob_t(d, mo, yv, 1)}]]."),
        ("a", f"The address on file is [[AD:{n1} North Hermitage Avenue, Chicago]]. Is that "
              f"still current?"),
        ("c", f"No, I moved. It's [[AD:{n2} West Belden Avenue, Apartment 2R, Chicago]], "
              f"[[PC:{z}]]."),
        ("a", "That's why it failed. I've updated it; the renewal fee is ((pr:$30)) and the new "
              "card comes in ((du:15 business days))."),
        ("c", "Can I drive on the old one till then?"),
        ("a", "Yes, your receipt is valid for ((du:90 days))."),
    ]


@case("asr")
def unemployment_claim_on_hold(g):
    ssn = g.ssn()
    d, mo, yv = g.dob(1965, 1995)
    p = g.phone_us()
    return [
        ("a", "state unemployment insurance this is [[N:lakeisha]] how can i help"),
        ("c", "hi i filed a claim ((du:three weeks)) ago and i haven't heard anything"),
        ("a", "okay i'll need your social security number"),
        ("c", f"[[S#a:{sd(ssn[0])} {sd(ssn[1])}]] uh [[S#a:{sd(ssn[2])}]]"),
        ("a", "and your birthday"),
        ("c", f"[[D:{dob_a(d, mo, yv, 4)}]]"),
        ("a", "thank you is this [[N:terrence]] [[N:whitfield]]"),
        ("c", "yes ma'am"),
        ("a", "your claim's on hold because your last employer hasn't responded that's harmon "
              "logistics right"),
        ("c", "yeah i was there ((du:six years))"),
        ("a", "i'll send them a reminder your weekly amount will be ((pr:four hundred and twelve "
              "dollars)) and it'll be backdated"),
        ("c", f"okay can you call me when it's moving my number's [[P:{ph_a(p, dbl=False)}]]"),
    ]


@case("transcript")
def parking_ticket_wrong_bay(g):
    pcn = g.pat("WY19999999")
    return [
        ("a", "Parking Services, Wyvern County Council, [[N:Torin]] speaking."),
        ("c", "Hello, I got a ticket at ((t:4:52 pm)), but I'd paid on the app until "
              "((t:5 pm))."),
        ("a", "Could I have the PCN number? It starts with two letters."),
        ("c", f"[[A:{pcn}]]."),
        ("a", "Thanks. It was issued in bay ((o:27)) on Castle Street. Which bay did you pay "
              "for?"),
        ("c", "I think ((o:72)). I must have swapped the numbers round."),
        ("a", "That happens a lot. Your name, please?"),
        ("c", "[[N:Liesel Sørensen]]."),
        ("a", "Ms [[N:Sørensen]], if you email us a screenshot of the ((du:two-hour)) payment, I "
              "can cancel it. What's your email?"),
        ("c", "[[E:liesel.sorensen@hafnia.dk]]"),
        ("a", "I've sent you a link. While it's reviewed, the reduced rate stays at ((pr:£35)) "
              "rather than ((pr:£70))."),
    ]


@case("asr")
def passport_countersignatory_delay(g):
    ref = g.digits(12, first_nonzero=True)
    d, mo, yv = g.dob(2016, 2019)
    return [
        ("a", "passport advice line you're speaking to [[N:folasade]]"),
        ("c", "hi i applied for my daughter's first passport ((du:seven weeks)) ago and we fly on "
              "the ((d:twentieth))"),
        ("a", "okay have you got the application reference"),
        ("c", f"[[A:{sd(ref, z='zero')}]]"),
        ("a", "and your daughter's full name and date of birth"),
        ("c", f"[[N:amara]] [[N:quarshie]] [[D:{dob_a(d, mo, yv, 8)}]]"),
        ("a", "thank you it's waiting on the countersignatory can you tell me who that was"),
        ("c", "[[N:pritesh]] [[N:varma]] he's our gp"),
        ("a", "we've written to him but i can book you a fast track appointment on ((d:friday)) at "
              "((t:ten fifteen)) it's ((pr:a hundred and eighteen pounds))"),
        ("c", "yes please book it"),
    ]


@case("transcript")
def late_filing_penalty_appeal(g):
    utr = g.digits(10, first_nonzero=True)
    d, mo, yv = g.dob(1970, 1995)
    return [
        ("a", "Self Assessment helpline, [[N:Hemi]] speaking."),
        ("c", "Hi, I've had a ((pr:£100)) late filing penalty, but I filed on time."),
        ("a", "Can I take your Unique Taxpayer Reference?"),
        ("c", f"[[A:{utr[:5]} {utr[5:]}]]."),
        ("a", "And your full name and date of birth?"),
        ("c", f"[[N:Cosima Baptiste]], [[D:{dob_t(d, mo, yv, 6)}]]."),
        ("a", "I can see the ((y:2023)) to ((y:2024)) return was received on ((d:1 February)), "
              "((du:one day)) late."),
        ("c", "The website was down on the ((d:31st))! I have a screenshot from ((t:11:48 pm))."),
        ("a", "Then you can appeal online within ((du:30 days)). Attach the screenshot."),
        ("c", "Thank you."),
    ]


@case("asr")
def bulky_waste_collection_card(g):
    card = g.card("visa")
    m, y = g.expiry()
    cv = g.cvv()
    pc = g.postcode("DE22")
    n = g.r.randrange(10, 99)
    return [
        ("a", "cressbrook council bulky waste [[N:shona]] speaking"),
        ("c", "hiya i want to book a collection for an old sofa and ((q:two)) mattresses"),
        ("a", "okay that's ((pr:thirty eight pounds)) for up to ((q:three)) items what's the "
              "address"),
        ("c", f"[[AD:{nw(n)} larkhill grove derby]]"),
        ("a", "and the postcode"),
        ("c", f"[[PC:{pc_a(pc, 1)}]]"),
        ("a", "okay and it's payment by card please"),
        ("c", f"[[C:{sd(card)}]]"),
        ("a", "and the expiry"),
        ("c", f"[[X:{exp_a(m, y, 5)}]]"),
        ("a", "and the last three digits on the signature strip"),
        ("c", f"[[V:{cvv_a(cv, 0)}]]"),
        ("a", "thank you that's booked for ((d:wednesday)) just put them out by ((t:seven am))"),
    ]


# ---- housing ------------------------------------------------------------------------------------
@case("transcript")
def boiler_down_newborn(g):
    ten = g.pat("TH/19999")
    n = g.r.randrange(2, 90)
    return [
        ("a", "Thornbury Homes repairs, this is [[N:Maxine]]."),
        ("c", "Hi, our boiler's stopped, it's ((o:4 degrees)) outside and I've got a newborn."),
        ("a", "That's an emergency repair. What's your tenancy reference?"),
        ("c", f"[[A:{ten}]]."),
        ("a", f"Thanks, and you're at [[AD:Flat 9, Orchard House, {n} Eastgate Road, Hexham]]?"),
        ("c", "That's us."),
        ("a", "An engineer, [[N:Piotr]], can be there by ((t:6 pm)) tonight. He'll show ID."),
        ("c", "Thank you. Is there anything I should do in the meantime?"),
        ("a", "Check the pressure gauge; if it's below ((o:1 bar)), he'll top it up. Who should he "
              "ask for?"),
        ("c", "Me, [[N:Shantelle Boakye]], or my partner [[N:Kwesi]]."),
        ("a", "We'll drop off ((q:two)) electric heaters as well."),
    ]


@case("asr")
def rent_arrears_card_over_turns(g):
    ten = g.digits(8, first_nonzero=True)
    card = g.card("mc")
    c = card_groups(card)
    m, y = g.expiry()
    cv = g.cvv()
    return [
        ("a", "linden court lettings rent line [[N:jerome]] speaking"),
        ("c", "hi [[N:jerome]] it's [[N:blessing]] [[N:moyo]] i got a letter saying i'm behind"),
        ("a", "let me check can i have your tenancy reference please"),
        ("c", f"[[A#t:{sd(ten[:3])}]] hang on it's on the back [[A#t:{sd(ten[3:])}]]"),
        ("a", "okay so you're ((pr:four hundred and sixty pounds)) behind from ((d:march))"),
        ("c", "i know i had my hours cut i can pay ((pr:two hundred)) today"),
        ("a", "okay go ahead with the card"),
        ("c", f"[[C#a:{sd(c[0])}]]"),
        ("a", "yep"),
        ("c", f"[[C#a:{sd(c[1])}]]"),
        ("a", "uh huh"),
        ("c", f"[[C#a:{sd(c[2] + c[3])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[X:{exp_a(m, y, 4)}]]"),
        ("a", "and the security number on the back"),
        ("c", f"[[V:{cvv_a(cv, 0)}]]"),
        ("a", "thanks that's ((pr:two hundred)) paid and i'll set up ((pr:fifty pounds)) a month "
              "on "
              "top for the rest"),
    ]


@case("transcript")
def deposit_held_back_for_cleaning(g):
    ten = g.pat("LC-199999")
    sort = g.pat("99-99-99")
    acc = g.digits(8, first_nonzero=True)
    n = g.r.randrange(2, 120)
    return [
        ("a", "Linden Court Lettings, deposits team, [[N:Rafaela]] speaking."),
        ("c", f"Hi, I moved out of [[AD:{n} Cathays Terrace, Cardiff]] on ((d:5 June)) and I "
              f"still haven't had my deposit back."),
        ("a", "Sorry about that. Could I have your name and tenancy ID?"),
        ("c", f"[[N:Kasimir Ahlberg]], tenancy [[A:{ten}]]."),
        ("a", "Thank you. The landlord, Mr [[N:Okwuosa]], has claimed ((pr:£180)) for cleaning "
              "out of the ((pr:£1,150)) deposit."),
        ("c", "I had it professionally cleaned! I've got the receipt."),
        ("a", "Then you can dispute it with the deposit scheme within ((du:ten days)). The "
              "undisputed ((pr:£970)) can go to you now. Which account?"),
        ("c", f"Sort code [[A:{sort}]], account [[A:{acc}]]."),
        ("a", "Done. The scheme's form will go to [[E:k.ahlberg@postbox.se]], is that right?"),
        ("c", "Yes, that's right."),
    ]


@case("asr")
def housing_register_new_baby(g):
    d1, m1, y1 = g.dob(1986, 1996)
    bd, bm = g.r.randrange(1, 29), g.r.randrange(1, 13)
    p = g.phone_uk("mobile")
    return [
        ("a", "eastmoor housing options [[N:sunita]] speaking"),
        ("c", "hi i'm on the housing register and we've had another baby so i need to update it"),
        ("a", "congratulations can i take your name and date of birth"),
        ("c", f"[[N:roxanne]] [[N:delacroix]] [[D:{dob_a(d1, m1, y1, 7)}]]"),
        ("a", "and the baby's name and date of birth"),
        ("c", f"[[N:noah]] born on the [[D:{dob_a(bd, bm, 2024, 0)}]]"),
        ("a", "so that's you your partner and ((cnt:three)) children now"),
        ("c", "yeah the girls are ((o:seven)) and ((o:four)) and we're still in a one bedroom "
              "flat"),
        ("a", "that'll move you up the list i just need the birth certificate can i text you a "
              "link to upload it"),
        ("c", f"yeah it's [[P:{ph_a(p)}]]"),
    ]


@case("transcript")
def noise_from_flat_upstairs(g):
    return [
        ("a", "Thornbury Homes, neighbourhood team, [[N:Colm]] speaking."),
        ("c", "Hi, it's [[N:Marisa Lindahl]] from Beacon Court. The music from upstairs goes on "
              "until ((t:3am)) most nights."),
        ("a", "I'm sorry. Do you know who lives there?"),
        ("c", "A young man called [[N:Jayden]]. I don't know his surname. His mum, [[N:Carol]], "
              "used to have the tenancy."),
        ("a", "How long has it been going on?"),
        ("c", "About ((du:six weeks)). I've knocked on his door ((cnt:twice))."),
        ("a", "I'll open a case and send you diary sheets to record the noise for ((du:14 days)). "
              "Your case officer will be [[N:Stella Marsh]]."),
        ("c", "Will he know it was me?"),
        ("a", "We won't give him your name."),
        ("c", "Thank you. My son [[N:Ellis]] can't sleep, and he's got exams."),
        ("a", "I understand. We'll be in touch this week."),
    ]


@case("asr")
def shared_ownership_buy_more(g):
    ref = g.digits(7, first_nonzero=True)
    d, mo, yv = g.dob(1982, 1995)
    return [
        ("a", "meadowgate shared ownership team [[N:benedikt]] speaking"),
        ("c", "hi i own ((pct:forty percent)) of my flat and i want to buy another ((pct:twenty "
              "five "
              "percent))"),
        ("a", "great can i take your name and the property reference"),
        ("c", f"[[N:tomiwa]] [[N:adebisi]] and the reference is [[A:{sd(ref)}]]"),
        ("a", "and your date of birth for security"),
        ("c", f"[[D:{dob_a(d, mo, yv, 8)}]]"),
        ("a", "so the last valuation was ((pr:two hundred and sixty thousand)) which makes it "
              "about "
              "((pr:sixty five thousand)) but you'll need a new valuation which costs ((pr:three "
              "hundred and fifty pounds))"),
        ("c", "okay can you email me the forms [[E:tomiwa dot adebisi at hotmail dot co dot uk]]"),
        ("a", "i'll send them today"),
    ]


# ---- education ----------------------------------------------------------------------------------
@case("transcript")
def tuition_in_three_installments(g):
    sid = g.pat("CC1999999")
    card = g.card("visa")
    m, y = g.expiry()
    cv = g.cvv()
    return [
        ("a", "Calderbrook College finance office, [[N:Winifred]] speaking."),
        ("c", "Hi, I'm paying my son's tuition. He's a freshman, [[N:Alejandro Montes]]."),
        ("a", "Do you have his student ID?"),
        ("c", f"[[A:{sid}]]."),
        ("a", "Thanks. The fee is ((pr:$4,860)) for the semester, or ((cnt:three)) installments of "
              "((pr:$1,620))."),
        ("c", f"Installments, please. Take the first one from this card: [[C:{g4(card)}]]."),
        ("a", "Expiry date, and the card verification value on the back?"),
        ("c", f"[[X:{exp_t(m, y, 1)}]] and [[V:{cv}]]."),
        ("a", "And the cardholder's name?"),
        ("c", "[[N:Beatriz Montes]]."),
        ("a", "Thank you. The other ((cnt:two)) will be taken on ((d:October 1)) and "
              "((d:November 1))."),
    ]


@case("asr")
def school_absence_sickness(g):
    return [
        ("a", "good morning hollins park academy attendance line this is [[N:jacqueline]]"),
        ("c", "hi it's [[N:danielle]] [[N:hartigan]] i'm ringing because [[N:reuben]] won't be in "
              "today he's been sick all night"),
        ("a", "oh bless him which form is he in"),
        ("c", "((o:seven b)) with mister [[N:adeyinka]]"),
        ("a", "okay i'll let his tutor know will he be back tomorrow do you think"),
        ("c", "hopefully he's got his maths test on ((d:friday)) and he's worried about missing "
              "it"),
        ("a", "i'll mention it to miss [[N:petrakis]] she's his maths teacher"),
        ("c", "thanks ever so much"),
        ("a", "no problem i hope he feels better soon"),
    ]


@case("transcript")
def accessible_room_in_halls(g):
    sid = g.digits(8, first_nonzero=True)
    d, mo, yv = g.dob(2003, 2006)
    pc = g.postcode("ST4")
    n = g.r.randrange(2, 99)
    return [
        ("a", "Oakridge University accommodation office, [[N:Halima]] speaking."),
        ("c", "Hi, I'm [[N:Thabo Nkosi]]. I've been given a room in Kestrel Hall, but I applied "
              "for "
              "an accessible one."),
        ("a", "Could I have your student number?"),
        ("c", f"[[A:{sid}]]."),
        ("a", "And your date of birth, please?"),
        ("c", f"[[D:{dob_t(d, mo, yv, 4)}]]."),
        ("a", "Thanks, [[N:Thabo]]. You're in room ((o:B214)) at the moment. I can move you to "
              "((o:G03)) on the ground floor."),
        ("c", "That would be great."),
        ("a", f"Your keys will be posted to your home address, [[AD:{n} Trentham Road, Stoke]], "
              f"[[PC:{pc}]]?"),
        ("c", "Yes. Could you copy in my university email too? [[E:t.nkosi@oakridge.ac.uk]]"),
        ("a", "Done. The rent stays the same, ((pr:£168)) a week for ((du:41 weeks))."),
    ]


@case("asr")
def student_loan_not_paid_out(g):
    ssn = g.ssn()
    d, mo, yv = g.dob(2000, 2005)
    return [
        ("a", "federal student aid information center this is [[N:brandon]]"),
        ("c", "hi i'm trying to figure out why my loan hasn't paid out to my school"),
        ("a", "i can look into that can i get your social security number"),
        ("c", f"[[S:{sd(''.join(ssn), dbl=True)}]]"),
        ("a", "and your date of birth month day and year"),
        ("c", f"[[D:{dob_a(d, mo, yv, 1)}]]"),
        ("a", "and your first and last name"),
        ("c", "[[N:xochitl]] [[N:aguilar]]"),
        ("a", "okay it's waiting on your master promissory note once you sign that it'll go out "
              "in ((du:three to five days))"),
        ("c", "how much is it"),
        ("a", "((pr:five thousand five hundred)) for the year with a ((pct:one point oh five "
              "percent)) origination fee"),
        ("c", "okay thank you [[N:brandon]]"),
    ]


@case("transcript")
def maths_resit_fee(g):
    cand = g.digits(4, first_nonzero=True)
    centre = g.digits(5, first_nonzero=True)
    card = g.card("mc")
    m, y = g.expiry()
    cv = g.cvv()
    return [
        ("a", "Northgate Exam Board, candidate services. This is [[N:Eleanor]]."),
        ("c", "Hello, I'm calling about my daughter's maths resit. She's [[N:Zainab Qureshi]]."),
        ("a", "Do you have her candidate number and the centre number?"),
        ("c", f"Candidate [[A:{cand}]], centre ((o:{centre}))."),
        ("a", "Thank you. The resit is on ((d:6 November)) at ((t:9:00)), paper ((o:1MA1/1H)). The "
              "fee is ((pr:£52.50)). Would you like to pay by card?"),
        ("c", f"Yes: [[C:{g4(card)}]], [[X:{exp_t(m, y, 0)}]], and the three digits on the back "
              f"are [[V:{cv}]]."),
        ("a", "Thank you. Confirmation goes to the school within ((du:48 hours))."),
    ]


@case("asr")
def plumbing_course_enrolment(g):
    d, mo, yv = g.dob(2004, 2007)
    pc = g.postcode("B29")
    p = g.phone_uk("mobile")
    n = g.r.randrange(100, 999)
    return [
        ("a", "westlake college admissions [[N:kwame]] speaking"),
        ("c", "hi i'm ringing to finish my enrolment for the plumbing course"),
        ("a", "great what's your name"),
        ("c", "[[N:tyrese]] [[N:mcintosh]]"),
        ("a", "and when's your birthday"),
        ("c", f"[[D:{dob_a(d, mo, yv, 0)}]]"),
        ("a", "and your home address"),
        ("c", f"[[AD:{house(n, 0)} bristol road south birmingham]] [[PC:{pc_a(pc, 2)}]]"),
        ("a", "and an email address"),
        ("c", "[[E:tyrese mcintosh oh six at icloud dot com]]"),
        ("a", "and someone we can contact in an emergency"),
        ("c", f"my nan [[N:beverley]] [[N:mcintosh]] [[P:{ph_a(p)}]]"),
        ("a", "lovely the course starts on ((d:september the eighth)) at ((t:nine thirty))"),
    ]


# ---- more cards, codes, SSNs, dates of birth and contact details --------------------------------
@case("asr")
def fraud_alert_verify_by_ssn(g):
    ssn = g.ssn()
    card = g.card("visa")
    d, mo, yv = g.dob(1950, 1980)
    return [
        ("a", "hi this is [[N:courtney]] from the fraud department at brightwater federal am i "
              "speaking with [[N:augustin]] [[N:belanger]]"),
        ("c", "yeah that's me what's happened"),
        ("a", "we've seen a couple of unusual charges before i go into it can you verify your "
              "social security number for me"),
        ("c", f"sure it's [[S:{sd(ssn[0])} {pairs(ssn[1])} {pairs(ssn[2])}]]"),
        ("a", "thank you and your date of birth"),
        ("c", f"[[D:{dob_a(d, mo, yv, 5)}]]"),
        ("a", f"okay so this is about the card [[C:{pairs(card)}]]"),
        ("c", "yeah that's my debit card"),
        ("a", "there's ((pr:two hundred and forty nine dollars)) at an electronics store in "
              "phoenix at ((t:three twelve am)) and another ((pr:ninety nine ninety five)) about "
              "((du:ten minutes)) later"),
        ("c", "no way i was asleep i live in ohio"),
        ("a", "okay i'll block it now and both charges come back to you in ((du:three to five "
              "business days))"),
    ]


@case("transcript")
def identity_theft_report(g):
    ssn = g.ssn()
    d, mo, yv = g.dob(1960, 1990)
    z = g.zip("GA")
    p = g.phone_us()
    n1, n2 = g.r.randrange(100, 9999), g.r.randrange(100, 9999)
    return [
        ("a", "Consumer identity protection line, this is [[N:Rodrigo]]."),
        ("c", "Hi. Someone opened ((cnt:two)) credit cards in my name, and I only found out "
              "because a collector called."),
        ("a", "I'm sorry, that's stressful. Let's file the report. Your full name?"),
        ("c", "[[N:Marguerite-Ama Fofanah]]."),
        ("a", "Your Social Security number?"),
        ("c", f"[[S:{ssn[0]} {ssn[1]} {ssn[2]}]]."),
        ("a", "And the date of birth on your credit file?"),
        ("c", f"[[D:{dob_t(d, mo, yv, 3)}]]."),
        ("a", "What address did the collector's letter use?"),
        ("c", f"[[AD:{n1} Peachtree Industrial Boulevard, Suite 400]]. I've never lived there. "
              f"My address is [[AD:{n2} Ponce de Leon Avenue NE, Apt 12, Atlanta]], [[PC:{z}]]."),
        ("a", "And a phone number and email for updates?"),
        ("c", f"[[P:{ph_us_t(p, 2)}]], and [[E:mafofanah@corvidmail.com]]."),
        ("a", "Thank you. I'm placing a fraud alert for ((du:one year)), and your case number "
              "will come by email within ((du:24 hours))."),
    ]


@case("asr")
def tax_prep_whole_family(g):
    s1, s2, s3 = g.ssn(), g.ssn(), g.ssn()
    d1, m1, y1 = g.dob(1975, 1988)
    d3, m3, y3 = g.dob(2012, 2016)
    return [
        ("a", "hi thanks for calling ledgerline tax prep this is [[N:shawna]]"),
        ("c", "hey [[N:shawna]] i've got an appointment ((d:thursday)) and they said to call ahead "
              "with the family details"),
        ("a", "perfect let's start with your name and social"),
        ("c", f"[[N:kenta]] no sorry that's my brother's name i'm [[N:haruto]] [[N:okabe]] and my "
              f"social's [[S:{sd(''.join(s1), z='zero')}]]"),
        ("a", "and when were you born"),
        ("c", f"[[D:{dob_a(d1, m1, y1, 4)}]]"),
        ("a", "and your wife"),
        ("c", f"[[N:mitsuko]] her social is [[S#b:{sd(s2[0])}]] um [[S#b:{sd(s2[1] + s2[2])}]]"),
        ("a", "and any dependents"),
        ("c", f"just our daughter [[N:yui]] born [[D:{dob_a(d3, m3, y3, 1)}]] her social is "
              f"[[S:{sd(''.join(s3))}]]"),
        ("a", "got it and did anything change from ((y:twenty twenty three))"),
        ("c", "we bought a house in ((d:june)) so there's mortgage interest like ((pr:eleven "
              "thousand)) of it"),
        ("a", "great bring the ((o:ten ninety eight)) from your lender and we'll sort it out"),
    ]


@case("transcript")
def credit_report_dispute(g):
    ssn = g.ssn()
    d, mo, yv = g.dob(1958, 1992)
    z = g.zip("TX")
    p = g.phone_us()
    acct = g.digits(12, first_nonzero=True)
    n = g.r.randrange(100, 9999)
    return [
        ("a", "Keystone Credit Bureau disputes, [[N:Everett]] speaking."),
        ("c", "Hello, there's a collection account on my report that isn't mine. It dropped my "
              "score by about ((cnt:ninety)) points."),
        ("a", "Let me pull up your file. Full name, SSN and date of birth, please."),
        ("c", f"[[N:Nnamdi Ogbu]], [[S:{''.join(ssn)}]], [[D:{dob_t(d, mo, yv, 7)}]]."),
        ("a", f"And your current address is [[AD:{n} Barton Creek Drive, Austin]], "
              f"[[PC:{z}]]?"),
        ("c", "That's right."),
        ("a", "Which account are you disputing?"),
        ("c", f"It's listed as a medical collection, ((pr:$2,417)), account ending in... no, "
              f"the whole number is [[A:{acct}]]."),
        ("a", "Thank you. The creditor has ((du:30 days)) to verify it, or it's removed. "
              "Where should we send the result?"),
        ("c", f"Text me at [[P:{ph_us_t(p, 1)}]]."),
    ]


@case("asr")
def gym_membership_card_double_digits(g):
    mem = g.pat("9999999")
    card = g.card("mc")
    while not re.search(r"(\d)\1", card):
        card = g.card("mc")
    m, y = g.expiry()
    cv = g.cvv()
    return [
        ("a", "pulse fitness membership team [[N:leandro]] speaking"),
        ("c", "hiya my payment bounced because my card changed and they've frozen my membership"),
        ("a", "okay let's fix it what's your membership number"),
        ("c", f"[[A:{sd(mem, dbl=True)}]]"),
        ("a", "and is that [[N:dawit]] [[N:bekele]]"),
        ("c", "yep"),
        ("a", "alright the new card number"),
        ("c", f"[[C:{sd(card, dbl=True)}]]"),
        ("a", "and the valid thru date"),
        ("c", f"[[X:{exp_a(m, y, 1)}]]"),
        ("a", "and the three digit cvc"),
        ("c", f"[[V:{cvv_a(cv, 2)}]]"),
        ("a", "perfect that's ((pr:thirty four ninety nine)) taken and your access is back on "
              "in ((du:about an hour))"),
        ("c", "can you email the receipt [[E:dawit b at fastmail dot com]]"),
        ("a", "sure sending it now"),
    ]


@case("transcript")
def concert_tickets_amex(g):
    card = g.card("amex")
    cid = g.cvv(amex=True)
    m, y = g.expiry()
    p = g.phone_us()
    return [
        ("a", "Harborview Arena box office, [[N:Giselle]] speaking."),
        ("c", "Hi, I'd like ((q:4)) tickets for the ((d:March 14)) show, in the lower bowl if "
              "possible."),
        ("a", "I have ((o:Section 108)), ((o:Row F)), seats ((o:11 to 14)), at ((pr:$89.50)) each "
              "plus fees, so ((pr:$402.00)) in total."),
        ("c", "Great, I'll take them. Amex."),
        ("a", "Go ahead with the card number."),
        ("c", f"[[C#a:{card[:4]} {card[4:10]}]]... sorry, my kid's asking me something... "
              f"[[C#a:{card[10:]}]]."),
        ("a", "And the four-digit CID on the front of the Amex?"),
        ("c", f"[[V:{cid}]]."),
        ("a", "Expiration?"),
        ("c", f"[[X:{exp_t(m, y, 3)}]]."),
        ("a", "And a name and phone number for the order?"),
        ("c", f"[[N:Raffaele Bianchi]], [[P:{ph_us_t(p, 0)}]]."),
        ("a", "All set. Doors open at ((t:6:30 p.m.)) and the show starts at ((t:8 p.m.))."),
    ]


@case("asr")
def charity_donation_expiry_corrected(g):
    card = g.card("visa")
    c = card_groups(card)
    m, y = g.expiry()
    wy = y + 1 if y < 2032 else y - 1
    cv = g.cvv()
    pc = g.postcode("BS3")
    n = g.r.randrange(2, 99)
    mixed = f"{c[0]} {sd(c[1])} {c[2]} {pairs(c[3])}"
    return [
        ("a", "good evening thanks for calling the riverlight hospice appeal my name's "
              "[[N:rosamund]]"),
        ("c", "hi i saw the advert and want to give ((pr:fifty pounds)) in memory of my friend "
              "[[N:gwendolyn]]"),
        ("a", "that's really kind thank you how would you like to pay"),
        ("c", f"debit card [[C:{mixed}]]"),
        ("a", "and when does the card run out"),
        ("c", f"[[X:{exp_a(m, wy, 0)}]] no wait that's the old one it's [[X:{exp_a(m, y, 0)}]]"),
        ("a", "and the security number"),
        ("c", f"[[V:{cvv_a(cv, 1 if cv[0] != '0' and cv[1] != '0' else 0)}]]"),
        ("a", "and are you a uk taxpayer so we can claim gift aid"),
        ("c", "yes i am"),
        ("a", "then i need your name and home address"),
        ("c", f"[[N:clement]] [[N:adjei]] [[AD:{nw(n)} coronation road bristol]] "
              f"[[PC:{pc_a(pc, 0)}]]"),
        ("a", "thank you that adds ((pr:twelve fifty)) to your gift at no cost to you"),
    ]


@case("transcript")
def rollover_old_401k(g):
    ssn = g.ssn()
    d, mo, yv = g.dob(1962, 1975)
    plan = g.pat("99999-99")
    p = g.phone_us()
    return [
        ("a", "Summit Ridge Retirement Services, this is [[N:Delroy]]."),
        ("c", "Hi, I want to roll over my old ((o:401k)) from my last job into an IRA."),
        ("a", "I can help. Could I have your name and the plan number?"),
        ("c", f"[[N:Genevieve Arsenault]]. The plan number's [[A:{plan}]]."),
        ("a", "And to verify, your Social Security number and date of birth."),
        ("c", f"[[S:{'-'.join(ssn)}]], born [[D:{dob_t(d, mo, yv, 8)}]]."),
        ("a", "Thank you. Your balance is ((pr:$84,310.22)). If it goes directly to the IRA, "
              "there's no ((pct:20%)) withholding."),
        ("c", "Directly, please. I left in ((y:2021)), does that matter?"),
        ("a", "Not at all. Paperwork goes out today; call us at any time at the number on the "
              "letter. Is your phone still [[P:" + ph_us_t(p, 3) + "]]?"),
        ("c", "Yes."),
    ]


@case("asr")
def breakdown_on_the_a_road(g):
    mem = g.digits(9, first_nonzero=True)
    p = g.phone_uk("mobile")
    return [
        ("a", "roadside rescue you're through to [[N:kieran]] are you somewhere safe"),
        ("c", "yeah i'm in a lay-by on the ((o:a thirty eight)) near bodmin the car just died"),
        ("a", "okay don't worry what's your membership number"),
        ("c", f"[[A:{pairs(mem[:8])} {sd(mem[8:])}]]"),
        ("a", "thanks and who's the member"),
        ("c", "it's my dad's membership [[N:roland]] [[N:trethewey]] but i'm named on it i'm "
              "[[N:jago]]"),
        ("a", "that's fine [[N:jago]] what's the car"),
        ("c", "a silver ((m:peugeot two oh eight))"),
        ("a", "and the best number to call you on"),
        ("c", f"[[P:{ph_a(p, dbl=False)}]]"),
        ("a", "okay a patrol will be with you in about ((du:fifty minutes)) so around ((t:half "
              "four))"),
        ("c", "thank you"),
    ]


@case("transcript")
def frequent_flyer_accounts_merge(g):
    ff1 = g.digits(9, first_nonzero=True)
    ff2 = g.pat("AU199999999")
    d, mo, yv = g.dob(1970, 1995)
    return [
        ("a", "Aurelian Miles service centre, [[N:Shirin]] speaking."),
        ("c", "Hi, I've ended up with ((cnt:two)) frequent flyer accounts and want to merge them."),
        ("a", "No problem. Could I have both numbers?"),
        ("c", f"The old one is [[A:{ff1}]], and the new one is [[A:{ff2}]]."),
        ("a", "Thank you. The old account is in the name Mr [[N:Conor McCarthy]], and the new "
              "one is Mr [[N:Connor Mccarthy]]. Which spelling is right?"),
        ("c", "[[N:C-O-N-O-R]], and [[N:M-C-C-A-R-T-H-Y]] with a capital C in the middle."),
        ("a", "And your date of birth, to match the passport?"),
        ("c", f"[[D:{dob_t(d, mo, yv, 0)}]]."),
        ("a", "Thanks. Your flights on ((fl:AU 1742)) and ((fl:AU 88)) last month will be "
              "credited too; that's ((q:6,480)) miles in total."),
        ("c", "Brilliant."),
    ]


@case("asr")
def takeaway_order_never_arrived(g):
    order = g.pat("99999999")
    p = g.phone_uk("mobile")
    n = g.r.randrange(2, 99)
    return [
        ("a", "hi you're through to forkful support my name is [[N:alisha]]"),
        ("c", "hi [[N:alisha]] i ordered at ((t:seven fifteen)) and it's now ((t:nine)) and "
              "nothing's come"),
        ("a", "i'm really sorry can i have the order number"),
        ("c", f"[[A:{sd(order)}]]"),
        ("a", f"thanks and it was going to [[AD:flat two {nw(n)} mercer street]] is that right"),
        ("c", "yeah and the app says the rider [[N:shahid]] delivered it but he didn't"),
        ("a", "i can see the pin's in the wrong place i'll refund the ((pr:twenty eight forty)) "
              "and give you ((pct:fifteen percent)) off your next order"),
        ("c", "okay and can you text me the refund details"),
        ("a", f"sure to [[P:{ph_a(p, dbl=True)}]]"),
        ("c", "yeah that's it"),
    ]


@case("transcript")
def ivr_water_bill_payment(g):
    card = g.card("mc2")
    c = card_groups(card)
    m, y = g.expiry()
    cv = g.cvv()
    acc = g.digits(10, first_nonzero=True)
    return [
        ("i", "Welcome to Brackwater Water payments. Please enter or say your customer reference."),
        ("c", f"[[A:{acc}]]."),
        ("i", "Thank you. Your balance is ((pr:£186.42)). Please say or enter your card number."),
        ("c", f"[[C:{card}]]."),
        ("i", f"You entered [[C#r:{c[0]} {c[1]}]]... [[C#r:{c[2]} {c[3]}]]. If this is "
              f"correct, press one."),
        ("c", "Yes."),
        ("i", "Please enter the expiry date, month then year."),
        ("c", f"[[X:{exp_t(m, y, 0)}]]."),
        ("i", "Please enter the three-digit security code from the back of your card."),
        ("c", f"[[V:{cv}]]."),
        ("i", "Thank you. Your payment of ((pr:£186.42)) has been taken."),
    ]


@case("asr")
def phone_contract_credit_check(g):
    d, mo, yv = g.dob(1988, 2000)
    z1, z2 = g.zip("MN"), g.zip("WI")
    ssn = g.ssn()
    p = g.phone_us()
    n1, n2 = g.r.randrange(100, 999), g.r.randrange(1000, 9999)
    return [
        ("a", "corvid wireless sales this is [[N:tyler]] are you looking for a new line today"),
        ("c", "yeah i want to switch over and get the ((m:galaxy s twenty five))"),
        ("a", "sweet i'll just need to run a quick credit check what's your name"),
        ("c", "[[N:mercedes]] [[N:villanueva]]"),
        ("a", "and date of birth"),
        ("c", f"[[D:{dob_a(d, mo, yv, 1)}]]"),
        ("a", "and your current address"),
        ("c", f"[[AD:{house(n1, 1)} university avenue southeast apartment three twelve]] "
              f"minneapolis [[PC:{sd(z1)}]]"),
        ("a", "have you been there two years or more"),
        ("c", f"no before that i was at [[AD:{house(n2)} east johnson street]] in madison "
              f"[[PC:{sd(z2)}]]"),
        ("a", "and last four of your social"),
        ("c", f"[[S:{pairs(ssn[2])}]]"),
        ("a", "okay you're approved the phone's ((pr:thirty three dollars a month)) for "
              "((du:thirty six months)) and i'll send the details to your number"),
        ("c", f"it's [[P:{ph_a(p, dbl=False)}]]"),
    ]


@case("transcript")
def mail_order_pharmacy_refill(g):
    member = g.pat("AAA999999999")
    d, mo, yv = g.dob(1945, 1960)
    card = g.card("visa")
    m, y = g.expiry()
    cv = g.cvv()
    z = g.zip("AZ")
    n = g.r.randrange(1000, 9999)
    return [
        ("a", "Sagebrush Mail Pharmacy, this is [[N:Lorena]]."),
        ("c", "Hello, I need to refill my blood pressure medicine. I'm down to ((q:six)) pills."),
        ("a", "Let's get that going. Member ID and date of birth?"),
        ("c", f"[[A:{member}]], and I was born [[D:{dob_t(d, mo, yv, 1)}]]."),
        ("a", "Thank you, Mr [[N:Abernethy-Cole]]. A ((du:90-day)) supply of lisinopril "
              "((o:10 mg)), copay ((pr:$15)). Same card as last time?"),
        ("c", f"No, that one's expired. Use [[C:{g4(card)}]], expiring [[X:{exp_t(m, y, 3)}]], "
              f"and the CVC is [[V:{cv}]]."),
        ("a", f"Shipping to [[AD:{n} East Saguaro Vista Drive, Mesa]], [[PC:{z}]]?"),
        ("c", "Yes. How long will it take?"),
        ("a", "About ((du:three to five days)). I'll mark it priority since you're low."),
    ]


@case("asr")
def amex_in_pairs_read_back(g):
    card = g.card("amex")
    a = card_groups(card)
    cid = g.cvv(amex=True)
    m, y = g.expiry()
    d, mo, yv = g.dob(1950, 1975)
    return [
        ("a", "american express travel desk this is [[N:priscille]] can i start with your date "
              "of birth"),
        ("c", f"yes it's [[D:{dob_a(d, mo, yv, 7)}]]"),
        ("a", "thank you and the card you'd like to use for the booking"),
        ("c", f"[[C:{pairs(card)}]]"),
        ("a", f"so that's [[C:{sd(a[0])} {sd(a[1])} {sd(a[2])}]]"),
        ("c", "correct"),
        ("a", "and the c i d that's the four digit code printed on the front"),
        ("c", f"[[V:{pairs(cid)}]]"),
        ("a", "and it's good through when"),
        ("c", f"the end of [[X:{exp_a(m, y, 2)}]]"),
        ("a", "lovely the two nights at the harbour inn are ((pr:three eighty four)) in total "
              "and you'll earn ((q:twelve hundred)) points"),
    ]


@case("transcript")
def conference_group_rooms(g):
    card = g.card("visa")
    m, y = g.expiry()
    cv = g.cvv()
    p = g.phone_uk("london")
    return [
        ("a", "Grand Meridian Hotel, group sales, [[N:Bastien]] speaking."),
        ("c", "Hello, I'm [[N:Olamide Bakare]] from Tessellate Analytics. I need rooms for our "
              "team for the ((d:18th to 20th September)) conference."),
        ("a", "How many rooms?"),
        ("c", "((q:Eight)). Most are singles, but Dr [[N:Friedrich Vogel]] and his wife need a "
              "double."),
        ("a", "I can do ((q:seven)) singles at ((pr:£145)) and ((q:one)) double at ((pr:£178)) per "
              "night, all on the ((o:4th)) floor. Rooms ((o:401 to 408))."),
        ("c", "Perfect. Please put [[N:Emeka Eze]]... no, [[N:Chiamaka Eze]] in the room nearest "
              "the lift; she's on crutches."),
        ("a", "Noted. I'll need a card to guarantee the block."),
        ("c", f"Company card: [[C:{g4(card, '-')}]], expires [[X:{exp_t(m, y, 1)}]], security "
              f"code [[V:{cv}]]."),
        ("a", "And a direct line for you in case anything changes?"),
        ("c", f"[[P:{ph_uk_t(p)}]]. I'm in the office until ((t:5:30))."),
    ]


@case("asr")
def interstate_move_quote(g):
    z1, z2 = g.zip("NC"), g.zip("TN")
    p = g.phone_us()
    n1, n2 = g.r.randrange(100, 999), g.r.randrange(1000, 9999)
    return [
        ("a", "hi this is [[N:colton]] with bluebird movers are you calling for a quote"),
        ("c", "yes we're moving from durham to nashville at the end of ((d:may))"),
        ("a", "congrats what's the address you're moving from"),
        ("c", f"[[AD:{house(n1, 0)} gregson street apartment four c durham]] [[PC:{sd(z1)}]]"),
        ("a", "and the new place"),
        ("c", f"[[AD:{house(n2)} belmont boulevard]] in nashville [[PC:{sd(z2)}]]"),
        ("a", "and how many bedrooms"),
        ("c", "((cnt:two)) plus a piano"),
        ("a", "okay for about ((q:six thousand)) pounds and the piano you're looking at around "
              "((pr:four thousand two hundred)) and it takes ((du:three to five days)) on the "
              "road"),
        ("c", "can you email it to me [[E:kaia dot lindstrom at gmail dot com]]"),
        ("a", "sure and a phone number"),
        ("c", f"[[P:{sd(p[0])} {sd(p[1])} {pairs(p[2])}]]"),
        ("a", "and your name"),
        ("c", "[[N:kaia]] [[N:lindstrom]] [[N:k a i a]]"),
    ]


@case("asr")
def pet_premium_card_read_back_in_two(g):
    pol = g.pat("PPC19999999")
    card = g.card("visa")
    c = card_groups(card)
    m, y = g.expiry()
    cv = g.cvv()
    d, mo, yv = g.dob(1966, 1990)
    return [
        ("a", "pellham pet cover [[N:anouk]] speaking"),
        ("c", f"hi my policy lapsed because the direct debit failed it's [[A:{sd(pol)}]]"),
        ("a", f"okay i've found it and for security i have you down as born on the "
              f"[[D:{dob_a(d, mo, yv, 0)}]] is that right"),
        ("c", "that's right"),
        ("a", "so i can reinstate it today if we take the missed month by card"),
        ("c", f"okay it's [[C:{sd(c[0])} {sd(c[1])} {sd(c[2])} {sd(c[3])}]]"),
        ("a", f"let me read that back [[C#r:{sd(c[0])} {sd(c[1])}]]"),
        ("c", "mm-hmm"),
        ("a", f"[[C#r:{sd(c[2])} {sd(c[3])}]]"),
        ("c", "spot on"),
        ("a", "expiry month and year"),
        ("c", f"[[X:{exp_a(m, y, 4)}]]"),
        ("a", "and the three little numbers by the signature"),
        ("c", f"[[V:{cvv_a(cv, 0)}]]"),
        ("a", "lovely that's ((pr:twenty two pounds eighty)) and you're covered again from today "
              "can i confirm your email for the documents"),
        ("c", "[[E:wren h a l l o r a n at btinternet dot com]]"),
        ("a", "thanks [[N:wren]]"),
    ]


@case("asr")
def gas_service_new_home_ssn(g):
    ssn = g.ssn()
    d, mo, yv = g.dob(1975, 1998)
    p = g.phone_us()
    z = g.zip("MO")
    n = g.r.randrange(1000, 9999)
    return [
        ("a", "gateway natural gas new service this is [[N:darnell]]"),
        ("c", f"hi i'm [[N:magdalena]] [[N:ostrowski]] [[D:{dob_a(d, mo, yv, 4)}]] i need gas "
              f"turned on at my new place"),
        ("a", "sure [[N:magdalena]] what's the service address"),
        ("c", f"[[AD:{house(n)} pershing avenue unit one oh four b saint louis]] "
              f"[[PC:{sd(z)}]]"),
        ("a", "and your social security number to check your credit"),
        ("c", f"[[S:{sd(ssn[0], dbl=True)} {sd(ssn[1], dbl=True)} {sd(ssn[2], dbl=True)}]]"),
        ("a", "thanks no deposit needed and a phone number"),
        ("c", f"[[P:{ph_a(p, dbl=True)}]]"),
        ("a", "and an email for your bills"),
        ("c", "[[E:magda o s t r o w s k i at yahoo dot com]]"),
        ("a", "okay a technician will be out on ((d:tuesday)) between ((t:eight)) and ((t:noon)) "
              "someone over ((o:eighteen)) has to be home"),
    ]


@case("transcript")
def joint_cards_stolen_bag(g):
    c1, c2 = g.card("visa"), g.card("mc")
    ssn = g.ssn()
    return [
        ("a", "Pinecrest Community Bank, lost and stolen cards, [[N:Anders]] speaking."),
        ("c", "Hi, my wife's bag was stolen at the farmers market. Both our cards were in it."),
        ("a", "I'm sorry. Let's cancel them. Who's the primary account holder?"),
        ("c", "I am, [[N:Ravindra Pillai]]. My wife is [[N:Lakshmi Pillai]]."),
        ("a", "Could you verify your Social Security number?"),
        ("c", f"[[S:{''.join(ssn)}]]."),
        ("a", "Thanks. Do you have the card numbers?"),
        ("c", f"Mine is [[C:{g4(c1)}]]. Hers is [[C:{g4(c2, '-')}]]; she read it to me from the "
              f"banking app."),
        ("a", "Both are cancelled. There were no transactions after ((t:10:15 a.m.)), so nothing "
              "to dispute."),
        ("c", "Thank goodness. How long for new cards?"),
        ("a", "((du:Five to seven business days)), or ((du:two days)) expedited for ((pr:$25)) "
              "each."),
        ("c", "Expedited, please. Send a confirmation to [[E:r.pillai@kestrelmail.com]]."),
    ]


@case("asr")
def cruise_booking_connecting_flights(g):
    card = g.card("amex")
    cid = g.cvv(amex=True)
    m, y = g.expiry()
    d1, m1, y1 = g.dob(1948, 1958)
    d2, m2, y2 = g.dob(1950, 1960)
    return [
        ("a", "compass seas cruises this is [[N:giovanna]] how can i help"),
        ("c", "hi we're booking the baltic cruise for our anniversary and need the flights too"),
        ("a", "lovely names and dates of birth as on the passports please"),
        ("c", f"i'm [[N:harold]] [[N:ashworth]] [[D:{dob_a(d1, m1, y1, 1)}]] and my wife "
              f"[[N:pearl]] [[D:{dob_a(d2, m2, y2, 3)}]]"),
        ("a", "thank you so you'd fly ((fl:ua nine oh six)) to newark then ((fl:sk nine oh four)) "
              "to copenhagen"),
        ("c", "how long's the connection"),
        ("a", "((du:two hours and forty minutes))"),
        ("c", "that's fine [[N:pearl]] walks slowly these days"),
        ("a", "the total is ((pr:eleven thousand four hundred and twenty dollars)) for the "
              "two of you"),
        ("c", f"put it on the amex [[C:{sd(card[:4])} {pairs(card[4:10])} {sd(card[10:])}]]"),
        ("a", "and the four digit security code on the front"),
        ("c", f"[[V:{sd(cid)}]]"),
        ("a", "and the expiration"),
        ("c", f"[[X:{exp_a(m, y, 1)}]]"),
    ]


@case("transcript")
def language_course_subscription(g):
    card = g.card("disc")
    m, y = g.expiry()
    cv = g.cvv()
    z = g.zip("VA")
    p = g.phone_us()
    return [
        ("a", "Polyglot Path support, this is [[N:Maren]]."),
        ("c", "Hi, I signed up for the annual plan, got charged, but my account still says free."),
        ("a", "Sorry about that. What's the email on the account?"),
        ("c", "[[E:amadou.diallo.va@quickpost.com]]"),
        ("a", "Thanks, [[N:Amadou]]. I see ((cnt:two)) charges of ((pr:$119.99)). One didn't "
              "attach "
              "to your account. Which card did you use?"),
        ("c", f"[[C:{g4(card)}]]."),
        ("a", "For verification, the expiry and CVC, and the billing ZIP?"),
        ("c", f"[[X:{exp_t(m, y, 0)}]], CVC [[V:{cv}]], ZIP [[PC:{z}]]."),
        ("a", "I've refunded the duplicate and upgraded you. It'll show within ((du:5 to 7 "
              "days))."),
        ("c", f"Great. If anything goes wrong, call me on [[P:{ph_us_t(p, 2)}]]."),
    ]


@case("asr")
def meter_reading_and_card_payment(g):
    acc = g.digits(10, first_nonzero=True)
    r1, r2 = g.digits(5, first_nonzero=True), g.digits(5, first_nonzero=True)
    card = g.card("visa")
    c = card_groups(card)
    bad = c[1][:2] + str((int(c[1][2]) + 3) % 10) + c[1][3]
    m, y = g.expiry()
    cv = g.cvv()
    return [
        ("a", "solmere gas and power [[N:priyesh]] speaking"),
        ("c", f"hi i want to give a reading and pay my bill account [[A:{sd(acc)}]]"),
        ("a", "go ahead with the reading"),
        ("c", f"electric is ((o:{sd(r1)})) and the gas is ((o:{sd(r2)}))"),
        ("a", "thanks that makes the bill ((pr:one hundred and seventy four pounds twenty)) "
              "how are you paying"),
        ("c", f"card [[C#a:{sd(c[0])}]] um [[C#a~:{sd(bad)}]] no hang on that's wrong it's "
              f"[[C#a:{sd(c[1])}]] then [[C#a:{sd(c[2])} {sd(c[3])}]]"),
        ("a", "and what's the cvv"),
        ("c", f"[[V:{cvv_a(cv, 0)}]]"),
        ("a", "and the expiry"),
        ("c", f"[[X:{exp_a(m, y, 0)}]]"),
        ("a", "thanks that's paid and your next reading's due in ((du:three months))"),
    ]


@case("transcript")
def laptops_for_new_starters(g):
    card = g.card("mc")
    m, y = g.expiry()
    cv = g.cvv()
    order = g.pat("TB-19999999")
    return [
        ("a", "TechBridge business sales, [[N:Lionel]] speaking."),
        ("c", "Hi, it's [[N:Henrike Aalto]] from Fernway Studio. I need ((q:3)) laptops for new "
              "starters on ((d:Monday))."),
        ("a", "We have the ((m:ThinkPad X1 Carbon)) at ((pr:£1,349)) or the ((m:EliteBook 840 "
              "G10)) "
              "at ((pr:£1,099)). Both in stock."),
        ("c", "The EliteBooks, please, with ((q:3)) docking stations."),
        ("a", "That's ((pr:£3,672)) including VAT at ((pct:20%)). How would you like to pay?"),
        ("c", f"Company Mastercard: [[C:{g4(card)}]]. Expiry [[X:{exp_t(m, y, 2)}]]. CVC "
              f"[[V:{cv}]]."),
        ("a", "And an email for the invoice?"),
        ("c", "[[E:accounts@fernwaystudio.fi]], and copy me in, "
              "[[E:henrike.aalto@fernwaystudio.fi]]."),
        ("a", f"Done. Your order number is [[A:{order}]]. Next-day delivery before ((t:noon))."),
        ("c", "And they'll come with ((du:three-year)) warranties?"),
        ("a", "Yes, on-site, from ((y:2025))."),
    ]


@case("asr")
def young_driver_car_quote(g):
    d, mo, yv = g.dob(1999, 2004)
    pc = g.postcode("CV1")
    n = g.r.randrange(2, 99)
    return [
        ("a", "hi you're through to larkspur mutual car quotes it's [[N:fenella]]"),
        ("c", "hiya i need a quote for my first car"),
        ("a", "exciting what's the car"),
        ("c", "a ((y:twenty nineteen)) ((m:mazda two)) with the ((m:one point five)) engine"),
        ("a", "and when did you pass your test"),
        ("c", "in ((y:twenty twenty two)) so about ((du:three years)) ago"),
        ("a", "and can i take your full name and date of birth"),
        ("c", f"[[N:ifan]] [[N:rhys-morgan]] [[D:{dob_a(d, mo, yv, 6)}]]"),
        ("a", "where's the car kept overnight"),
        ("c", f"on the drive at [[AD:{nw(n)} spon end coventry]] [[PC:{pc_a(pc, 1)}]]"),
        ("a", "okay with a black box it's ((pr:one thousand one hundred and forty pounds)) for "
              "the year or ((pr:ninety six a month))"),
        ("c", "can you email that so i can show my mum"),
        ("a", "of course what's the email"),
        ("c", "[[E:ifan r m at outlook dot com]]"),
    ]


@case("transcript")
def rebooked_after_cancellation(g):
    pnr = g.pat("AA9AA9")
    p = g.phone_uk("mobile")
    return [
        ("a", "Aurelian Air, disruption desk, [[N:Kwabena]]... sorry, [[N:Kobina]] speaking."),
        ("c", "Hi, my flight ((fl:AU 2490)) to Amsterdam was cancelled. I have a meeting at "
              "((t:9 am)) tomorrow."),
        ("a", "I'm sorry. Booking reference?"),
        ("c", f"[[A:{pnr}]]. The passenger is [[N:Sebastián Olmedo]]."),
        ("a", "I can put you on ((fl:KL 1004)) at ((t:19:40)) tonight, landing ((t:22:05)), or "
              "first thing on ((fl:AU 2482)) at ((t:06:10))."),
        ("c", "Tonight's, please."),
        ("a", "Done. Seat ((o:17A)). Your new e-ticket goes to [[E:s.olmedo@rutamail.es]]."),
        ("c", f"Can you text it too? [[P:{ph_uk_t(p, 1)}]]."),
        ("a", "I'll text it now. You're also due ((pr:€250)) compensation; the form is in the "
              "email."),
    ]


@case("asr")
def dob_given_unasked_read_back(g):
    d, mo, yv = g.dob(1944, 1960)
    ssn = g.ssn()
    z = g.zip("KY")
    n = g.r.randrange(100, 999)
    return [
        ("a", "bluegrass savings and loan this is [[N:marlene]]"),
        ("c", f"hello dear i'm [[N:eustace]] [[N:pemberton]] born [[D:{dob_a(d, mo, yv, 1)}]] "
              f"they always ask so i'll say it first"),
        ("a", f"ha thank you mister [[N:pemberton]] so that's [[D:{nw(mo)} {nw(d)} {yr(yv)}]]"),
        ("c", "that's right"),
        ("a", "and the last four of your social"),
        ("c", f"[[S:{sd(ssn[2], z='zero')}]]"),
        ("a", f"and you're still at [[AD:{house(n, 1)} old frankfort pike]] "
              f"[[PC:{sd(z)}]]"),
        ("c", "still there ((du:forty one years)) now"),
        ("a", "lovely what can i do for you today"),
        ("c", "my cd's maturing next month and i want to roll it over"),
        ("a", "the new rate for ((du:twelve months)) is ((pct:four point two five percent))"),
    ]


@case("transcript")
def school_trip_deposit(g):
    d, mo, yv = g.dob(2011, 2013)
    card = g.card("visa")
    m, y = g.expiry()
    cv = g.cvv()
    return [
        ("a", "Hollins Park Academy finance office, Mrs [[N:Okonedo]] speaking."),
        ("c", "Hello, I'd like to pay the deposit for the ski trip in ((d:February))."),
        ("a", "Of course. Student's name and date of birth?"),
        ("c", f"[[N:Matilda Szabo]], [[D:{dob_t(d, mo, yv, 0)}]]."),
        ("a", "Thank you. The deposit is ((pr:£150)), and the balance of ((pr:£745)) is due in "
              "((cnt:three)) parts."),
        ("c", f"I'll pay the deposit now. [[C:{g4(card)}]], expires [[X:{exp_t(m, y, 0)}]]."),
        ("a", "And the security code on the back?"),
        ("c", f"[[V:{cv}]]."),
        ("a", "That's taken. The trip is ((du:six days)); the coach leaves at ((t:5:45 am))."),
        ("c", "Could the receipt go to [[E:agnes.szabo@meltmail.co.uk]]?"),
        ("a", "I'll send it this afternoon."),
    ]


@case("asr")
def car_service_name_like_words(g):
    card = g.card("visa")
    c = card_groups(card)
    m, y = g.expiry()
    cv = g.cvv()
    p = g.phone_us()
    return [
        ("a", "thanks for calling lakeside auto service this is [[N:miles]]"),
        ("c", "hey [[N:miles]] it's [[N:sterling]] [[N:price]] i dropped off the silver ((m:rav "
              "four)) this morning"),
        ("a", "oh yes mister [[N:price]] so she's at ((q:forty two thousand)) miles and due the "
              "big "
              "service"),
        ("c", "what's the price on that"),
        ("a", "it's ((pr:four eighty nine ninety five)) and the rear brakes are down to ((o:three "
              "millimeters)) so another ((pr:two sixty)) for those"),
        ("c", "okay do both can i pay over the phone so i can just grab it"),
        ("a", "sure card number when you're ready"),
        ("c", f"[[C#a:{pairs(c[0] + c[1])}]]"),
        ("a", "okay"),
        ("c", f"[[C#a:{pairs(c[2] + c[3])}]]"),
        ("a", "and the expiration and the little code on the back"),
        ("c", f"[[X:{exp_a(m, y, 0)}]] and [[V:{cvv_a(cv, 0)}]]"),
        ("a", f"perfect she'll be ready by ((t:four thirty)) we'll text [[P:{ph_a(p, dbl=False)}]] "
              f"when she's done"),
        ("c", "sounds good thanks [[N:miles]]"),
    ]


# ==== END OF CASES ====

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
