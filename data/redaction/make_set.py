#!/usr/bin/env python3
"""Build the redaction dev and test sets (data/redaction/dev.jsonl, data/redaction/test.jsonl).

Run:  python3 data/redaction/make_set.py          (writes both files, prints the counts)
      python3 data/redaction/make_set.py --check  (builds and validates, writes nothing)

How a case is written
---------------------
A case is a short piece of a call, one line per utterance, prefixed with the speaker:
``A:`` agent, ``C:`` customer, ``I:`` IVR. Personal data is marked inline as

    [[TYPE:text]]          one pii span, its own group
    [[TYPE#grp:text]]      one piece of a value split over several spans (same ``grp``)

and look-alikes that must NOT be redacted as

    ((kind:text))

The markers are stripped by ``parse_line`` and every character offset is computed there from the
clean text; nothing is counted by hand. Types and kinds have short aliases (``CARD``, ``EXP``,
``ADDR``, ``POST``, ``ACCT``; ``qty``, ``dur``, ``pct``, ``model``, ``flight``).

Numbers (card numbers, CVVs, expiry dates, SSNs, phones, ZIP and UK postcodes, dates of birth,
account numbers) come from the seeded generators below and are rendered in the case's style by
the ``say_*`` / ``*_t`` helpers; names, streets, e-mail addresses and the look-alikes are written
by hand in each conversation. Cases that need generated numbers are functions of a ``Gen``;
the others are plain strings.

Dev and test are written from different conversations (``DEV`` and ``TEST`` below) with
different people, streets and phrasings; ``check_separation`` fails the build if a non-trivial
utterance (with its pii/keep contents masked) or a name/street/e-mail value appears in both.
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import ClassVar

HERE = Path(__file__).resolve().parent

PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
PII_ALIASES = {"CARD": "CARD_NUMBER", "EXP": "EXPIRY", "ADDR": "ADDRESS", "POST": "POSTCODE",
               "ACCT": "ACCOUNT_NUMBER"}
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
KEEP_ALIASES = {"qty": "quantity", "flight": "flight_number", "dur": "duration",
                "pct": "percentage", "model": "model_number"}
STYLES = ["transcript", "asr"]
SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}

# --------------------------------------------------------------------------------------------
# Number words
# --------------------------------------------------------------------------------------------
ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
TENS_IDX = {w: n for n, w in TENS.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
            "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
            "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
            "thirty first"]
WORD_DIGIT = {w: str(i) for i, w in enumerate(ONES)}
WORD_DIGIT["oh"] = "0"


def to_digits(text: str) -> tuple[str, list[str]]:
    """Spoken or typed number -> digit string, plus the words that were not number words.

    Understands digits, zero/oh, one..nineteen, twenty..ninety (+ a unit), "double"/"triple"
    before a digit, "hundred" (-> 00) and "thousand" (-> 000), as people read out numbers in
    groups ("forty one hundred", "one twenty three", "double five").
    """
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out: list[str] = []
    other: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in WORD_DIGIT:
            out.append(WORD_DIGIT[t])
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS_IDX:
            if nxt in ONES[1:]:
                out.append(f"{TENS_IDX[t]}{ONES.index(nxt)}")
                i += 1
            else:
                out.append(f"{TENS_IDX[t]}0")
        elif t in ("double", "triple") and nxt is not None and (nxt in WORD_DIGIT or nxt.isdigit()):
            d = nxt if nxt.isdigit() else WORD_DIGIT[nxt]
            out.append(d * (2 if t == "double" else 3))
            i += 1
        elif t == "hundred":
            out.append("00")
        elif t == "thousand":
            out.append("000")
        else:
            other.append(t)
        i += 1
    return "".join(out), other


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_check_digit(partial: str) -> str:
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError("unreachable")


def _roundtrip(rendered: str, digits: str) -> str:
    got, other = to_digits(rendered)
    assert got == digits and not other, f"renderer bug: {rendered!r} -> {got!r}, want {digits!r}"
    return rendered


def say(d: str, zero: str = "zero", doubles: bool = False) -> str:
    """Digit by digit: '4007' -> 'four zero zero seven' / 'four oh oh seven' / 'four double oh seven'."""
    words, i = [], 0
    while i < len(d):
        w = zero if d[i] == "0" else ONES[int(d[i])]
        run = 1
        while i + run < len(d) and d[i + run] == d[i]:
            run += 1
        if doubles and run == 3:
            words.append(f"triple {w}")
            i += 3
        elif doubles and run >= 2:
            words.append(f"double {w}")
            i += 2
        else:
            words.append(w)
            i += 1
    return _roundtrip(" ".join(words), d)


def say_pair(p: str) -> str:
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return f"oh {ONES[b]}" if b else "oh oh"
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else f"{TENS[a]} {ONES[b]}"


def say_quad(q: str) -> str:
    """A group of four read as people read card groups: '4111' -> 'forty one eleven'."""
    if q[0] != "0" and q[1:] == "000":
        return f"{ONES[int(q[0])]} thousand"
    if q[0] != "0" and q[2:] == "00":
        return f"{say_pair(q[:2])} hundred"
    return f"{say_pair(q[:2])} {say_pair(q[2:])}"


def say_groups(d: str, sizes: list[int] | None = None, sep: str = " ") -> str:
    """Read in groups: quads as 'forty one eleven', pairs as 'forty one', 3 as 'one twenty three'."""
    sizes = sizes or [4] * (len(d) // 4) + ([len(d) % 4] if len(d) % 4 else [])
    assert sum(sizes) == len(d), (sizes, d)
    parts, pos = [], 0
    for n in sizes:
        g = d[pos:pos + n]
        pos += n
        if n == 4:
            parts.append(say_quad(g))
        elif n == 2:
            parts.append(say_pair(g))
        elif n == 3:
            parts.append(f"{say(g[0], 'oh')} {say_pair(g[1:])}")
        elif n == 1:
            parts.append(say(g, "oh"))
        else:
            parts.append(say(g, "oh"))
    return _roundtrip(sep.join(parts), d)


def grouped(d: str, sizes: list[int], sep: str = " ") -> str:
    """Typed digits in groups: grouped('4111111111111111', [4,4,4,4], '-')."""
    assert sum(sizes) == len(d), (sizes, d)
    parts, pos = [], 0
    for n in sizes:
        parts.append(d[pos:pos + n])
        pos += n
    return sep.join(parts)


def card_t(d: str, sep: str = " ") -> str:
    """A card as typed: 4-4-4-4, Amex 4-6-5."""
    return grouped(d, [4, 6, 5] if len(d) == 15 else [4, 4, 4, 4], sep)


def cut(d: str, sizes: list[int]) -> list[str]:
    assert sum(sizes) == len(d), (sizes, d)
    out, pos = [], 0
    for n in sizes:
        out.append(d[pos:pos + n])
        pos += n
    return out


def say_year(y: int, short: bool = False) -> str:
    if short:
        return say_pair(f"{y % 100:02d}")
    if 2000 <= y <= 2009:
        return "two thousand" + (f" {ONES[y - 2000]}" if y > 2000 else "")
    return f"{say_pair(str(y)[:2])} {say_pair(str(y)[2:])}"


def say_num(n: int) -> str:
    """House numbers and the like as people say them: 42 'forty two', 123 'one twenty three',
    1450 'fourteen fifty', 2200 'twenty two hundred', 8 'eight'."""
    s = str(n)
    if n < 10:
        return ONES[n]
    if n < 100:
        return say_pair(s)
    if n < 1000:
        return f"{ONES[int(s[0])]} {say_pair(s[1:])}" if s[1:] != "00" else f"{ONES[int(s[0])]} hundred"
    return say_quad(s)


# --------------------------------------------------------------------------------------------
# Renderers for dates, expiry, phones, postcodes
# --------------------------------------------------------------------------------------------
def month_name(m: int) -> str:
    return MONTHS[m - 1]


def exp_t(mm: int, yy: int, fmt: str = "mm/yy") -> str:
    return {
        "mm/yy": f"{mm:02d}/{yy:02d}",
        "mm/yyyy": f"{mm:02d}/20{yy:02d}",
        "mm-yy": f"{mm:02d}-{yy:02d}",
        "Month yyyy": f"{month_name(mm).capitalize()} 20{yy:02d}",
        "Mon yy": f"{month_name(mm).capitalize()[:3]} '{yy:02d}",
        "m/yy": f"{mm}/{yy:02d}",
    }[fmt]


def exp_s(mm: int, yy: int, fmt: str = "oh") -> str:
    """Spoken expiry: 'oh four twenty seven', 'april twenty twenty seven', 'april of twenty seven',
    'zero four two seven', 'four twenty seven', 'oh four slash twenty seven'."""
    m2 = f"{mm:02d}"
    return {
        "oh": f"{say_pair(m2)} {say_pair(f'{yy:02d}')}",
        "month yyyy": f"{month_name(mm)} {say_year(2000 + yy)}",
        "month of yy": f"{month_name(mm)} of {say_pair(f'{yy:02d}')}",
        "month yy": f"{month_name(mm)} {say_pair(f'{yy:02d}')}",
        "digits": say(f"{m2}{yy:02d}"),
        "short": f"{say_num(mm)} {say_pair(f'{yy:02d}')}",
        "slash": f"{say_pair(m2)} slash {say_pair(f'{yy:02d}')}",
    }[fmt]


def day_suffix(d: int) -> str:
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def date_t(x: dt.date, fmt: str) -> str:
    """Typed dates: 'd Month yyyy', 'Month d, yyyy', 'Month dth, yyyy', 'mm/dd/yyyy',
    'dd/mm/yyyy', 'yyyy-mm-dd', 'dth of Month yyyy', 'm/d/yy'."""
    M = month_name(x.month).capitalize()
    return {
        "d Month yyyy": f"{x.day} {M} {x.year}",
        "Month d, yyyy": f"{M} {x.day}, {x.year}",
        "Month dth, yyyy": f"{M} {x.day}{day_suffix(x.day)}, {x.year}",
        "mm/dd/yyyy": f"{x.month:02d}/{x.day:02d}/{x.year}",
        "dd/mm/yyyy": f"{x.day:02d}/{x.month:02d}/{x.year}",
        "dd.mm.yyyy": f"{x.day:02d}.{x.month:02d}.{x.year}",
        "yyyy-mm-dd": f"{x.year}-{x.month:02d}-{x.day:02d}",
        "dth of Month yyyy": f"{x.day}{day_suffix(x.day)} of {M} {x.year}",
        "m/d/yy": f"{x.month}/{x.day}/{x.year % 100:02d}",
    }[fmt]


def date_s(x: dt.date, fmt: str) -> str:
    """Spoken dates: 'fifth of june eighty two', 'june fifth nineteen eighty two',
    'oh six slash oh five slash nineteen eighty two', 'six five eighty two', ..."""
    m = month_name(x.month)
    o = ORDINALS[x.day]
    y = say_year(x.year)
    yy = say_pair(f"{x.year % 100:02d}")
    return {
        "oth of month yy": f"{o} of {m} {yy}",
        "oth of month yyyy": f"{o} of {m} {y}",
        "month oth yyyy": f"{m} {o} {y}",
        "month oth yy": f"{m} {o} {yy}",
        "month d yyyy": f"{m} {say_num(x.day)} {y}",
        "slashes": f"{say_pair(f'{x.month:02d}')} slash {say_pair(f'{x.day:02d}')} slash {y}",
        "uk slashes": f"{say_pair(f'{x.day:02d}')} slash {say_pair(f'{x.month:02d}')} slash {y}",
        "m d yy": f"{say_num(x.month)} {say_num(x.day)} {yy}",
        "digits": say(f"{x.month:02d}{x.day:02d}{x.year}", "oh"),
    }[fmt]


def us_phone_t(d: str, fmt: str = "(xxx) xxx-xxxx") -> str:
    a, b, c = d[:3], d[3:6], d[6:]
    return {
        "(xxx) xxx-xxxx": f"({a}) {b}-{c}",
        "xxx-xxx-xxxx": f"{a}-{b}-{c}",
        "xxx.xxx.xxxx": f"{a}.{b}.{c}",
        "+1 xxx xxx xxxx": f"+1 {a} {b} {c}",
        "1-xxx-xxx-xxxx": f"1-{a}-{b}-{c}",
        "plain": d,
    }[fmt]


def uk_phone_t(d: str, intl: bool = False) -> str:
    """UK numbers, d with the leading 0: 07700 900123, 020 7946 0958, 0161 496 0321."""
    if d.startswith("07"):
        s = f"{d[:5]} {d[5:]}"
    elif d.startswith("02"):
        s = f"{d[:3]} {d[3:7]} {d[7:]}"
    else:
        s = f"{d[:4]} {d[4:7]} {d[7:]}"
    return "+44 " + s[1:] if intl else s


def say_phone(d: str, how: str = "oh") -> str:
    """Spoken phones: digit by digit with oh, with doubles, or area/exchange then pairs."""
    if how == "oh":
        return say(d, "oh")
    if how == "zero":
        return say(d, "zero")
    if how == "doubles":
        return say(d, "oh", doubles=True)
    if how == "pairs":  # 'four one five, two oh one, thirty three forty four'
        return _roundtrip(f"{say(d[:3], 'oh')} {say(d[3:6], 'oh')} {say_groups(d[6:], [2, 2])}", d)
    if how == "digits odd":
        return f"{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"
    raise ValueError(how)


UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # letters allowed in the inward code


def say_postcode_uk(pc: str) -> str:
    """'M1 1AE' -> 'm one one a e'."""
    words = []
    for c in pc.replace(" ", ""):
        words.append(ONES[int(c)] if c.isdigit() else c.lower())
    return " ".join(words)


def norm_uk_postcode(text: str) -> str:
    out = []
    for t in re.findall(r"[a-z]+|\d+", text.lower()):
        if t.isdigit():
            out.append(t)
        elif t in WORD_DIGIT and t != "oh":
            out.append(WORD_DIGIT[t])
        elif len(t) <= 4 and t not in WORD_DIGIT:
            out.append(t.upper())
        else:
            return ""
    return "".join(out)


def spell(s: str) -> str:
    """'PX4471' -> 'p x four four seven one' (ASR spelling of an alphanumeric id)."""
    return " ".join(ONES[int(c)] if c.isdigit() else c.lower() for c in s)


# --------------------------------------------------------------------------------------------
# Seeded generators
# --------------------------------------------------------------------------------------------
class Gen:
    """Seeded source of numbers for one file. All values are unique across both files."""

    used: ClassVar[set] = set()

    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def _unique(self, kind: str, make):
        for _ in range(1000):
            v = make()
            if (kind, v) not in Gen.used:
                Gen.used.add((kind, v))
                return v
        raise AssertionError(f"cannot make a unique {kind}")

    def digits(self, n: int, first_nonzero: bool = True) -> str:
        r = self.rng
        s = "".join(r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = r.choice("123456789") + s[1:]
        return s

    def card(self, brand: str = "visa") -> str:
        r = self.rng

        def make():
            if brand == "visa":
                head, n = "4" + self.digits(5, False), 16
            elif brand == "mc":
                head, n = r.choice(["51", "52", "53", "54", "55", "2221", "2304", "2589"]), 16
            elif brand == "amex":
                head, n = r.choice(["34", "37"]), 15
            elif brand == "discover":
                head, n = r.choice(["6011", "65", "6440"]), 16
            else:
                raise ValueError(brand)
            body = head + self.digits(n - 1 - len(head), False)
            return body + luhn_check_digit(body)
        d = self._unique("card", make)
        assert luhn_ok(d)
        return d

    def luhn_fail(self, n: int) -> str:
        """A long number that is NOT a valid card number (tracking numbers and the like)."""
        def make():
            body = self.digits(n - 1)
            good = luhn_check_digit(body)
            return body + self.rng.choice([c for c in "0123456789" if c != good])
        d = self._unique("long", make)
        assert not luhn_ok(d)
        return d

    def cvv(self, n: int = 3) -> str:
        return self._unique("cvv", lambda: self.digits(n, False))

    def expiry(self) -> tuple[int, int]:
        return self._unique("exp", lambda: (self.rng.randint(1, 12), self.rng.randint(27, 32)))

    def ssn(self) -> str:
        def make():
            r = self.rng
            area = r.randint(1, 665)
            return f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        return self._unique("ssn", make)

    def us_phone(self) -> str:
        def make():
            r = self.rng
            area = r.choice(["206", "303", "312", "404", "415", "503", "512", "602", "617",
                             "702", "720", "801", "813", "919", "971", "210", "614", "763"])
            exch = r.choice(["555", str(r.randint(201, 989))])
            line = f"01{r.randint(0, 99):02d}" if exch == "555" else f"{r.randint(0, 9999):04d}"
            return area + exch + line
        return self._unique("phone", make)

    def uk_phone(self, kind: str = "mobile") -> str:
        """Numbers from the ranges Ofcom keeps for drama (never assigned)."""
        r = self.rng
        make = {
            "mobile": lambda: f"07700900{r.randint(0, 999):03d}",
            "london": lambda: f"0207946{r.randint(0, 999):04d}"[:11],
            "manchester": lambda: f"0161496{r.randint(0, 999):04d}",
            "leeds": lambda: f"0113496{r.randint(0, 999):04d}",
            "bristol": lambda: f"0117496{r.randint(0, 999):04d}",
        }[kind]
        d = self._unique("phone", make)
        assert len(d) == 11, d
        return d

    def zip(self, prefix: str = "") -> str:
        return self._unique("zip", lambda: prefix + self.digits(5 - len(prefix)))

    def uk_postcode(self, outward: str) -> str:
        r = self.rng
        return self._unique("ukpc", lambda: f"{outward} {r.randint(1, 9)}{r.choice(UK_LETTERS)}{r.choice(UK_LETTERS)}")

    def dob(self) -> dt.date:
        r = self.rng
        return self._unique("dob", lambda: dt.date(r.randint(1941, 2005), r.randint(1, 12), r.randint(1, 28)))

    def date_in(self, year: int) -> dt.date:
        r = self.rng
        return dt.date(year, r.randint(1, 12), r.randint(1, 28))

    def acct(self, n: int, first_nonzero: bool = True) -> str:
        return self._unique("acct", lambda: self.digits(n, first_nonzero))

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def pick(self, xs):
        return self.rng.choice(xs)


# --------------------------------------------------------------------------------------------
# Parsing the markup into utterances with offsets
# --------------------------------------------------------------------------------------------
MARK = re.compile(r"\[\[([A-Z_]+)(?:#(\w+))?:(.+?)\]\]|\(\(([a-z_]+):(.+?)\)\)")


def parse_line(raw: str):
    """Strip the markup of one utterance; return (text, pii spans, keep spans) with offsets."""
    text, pos, pii, keep = "", 0, [], []
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        start = len(text)
        if m.group(1):
            typ = PII_ALIASES.get(m.group(1), m.group(1))
            assert typ in PII_TYPES, f"unknown pii type {m.group(1)!r} in {raw!r}"
            text += m.group(3)
            pii.append({"start": start, "end": len(text), "type": typ, "group": m.group(2)})
        else:
            kind = KEEP_ALIASES.get(m.group(4), m.group(4))
            assert kind in KEEP_KINDS, f"unknown keep kind {m.group(4)!r} in {raw!r}"
            text += m.group(5)
            keep.append({"start": start, "end": len(text), "kind": kind})
        pos = m.end()
    text += raw[pos:]
    for bad in ("[[", "]]", "((", "))"):
        assert bad not in text, f"unbalanced markup in {raw!r}"
    return text, pii, keep


def build_case(case_id: str, style: str, body: str) -> dict:
    utts, pii, keep = [], [], []
    auto = 0
    for line in body.strip("\n").splitlines():
        line = line.strip()
        if not line:
            continue
        spk, sep, rest = line.partition(":")
        assert sep and spk in SPEAKERS, f"{case_id}: bad line {line!r}"
        text, p, k = parse_line(rest.strip())
        i = len(utts)
        utts.append({"speaker": SPEAKERS[spk], "text": text})
        for s in p:
            if s["group"] is None:
                auto += 1
                grp = f"g{auto}"
            else:
                assert not re.fullmatch(r"g\d+", s["group"]), f"{case_id}: reserved group {s['group']}"
                grp = s["group"]
            pii.append({"utterance": i, "start": s["start"], "end": s["end"], "type": s["type"], "group": grp})
        for s in k:
            keep.append({"utterance": i, "start": s["start"], "end": s["end"], "kind": s["kind"]})
    # renumber groups in order of first appearance: g1, g2, ...
    order: dict[str, str] = {}
    for s in pii:
        order.setdefault(s["group"], f"g{len(order) + 1}")
    for s in pii:
        s["group"] = order[s["group"]]
    return {"case_id": case_id, "style": style, "utterances": utts, "pii": pii, "keep": keep}


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------
STREET_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "lane", "drive", "way", "court",
                "close", "crescent", "place", "terrace", "boulevard", "row", "walk", "gardens",
                "hollow", "parade", "gate", "square", "mews", "circle", "highway", "grove",
                "loop", "trail", "pike", "view", "hill"}


def has_number_start(text: str) -> bool:
    first = re.findall(r"[a-z]+|\d+\w*", text.lower())[0]
    return (first[0].isdigit() or first in WORD_DIGIT or first in TEENS or first in TENS_IDX
            or first in ("flat", "apartment", "apt", "unit", "suite"))


def check_span_text(cid, typ, frag, style):
    """Type-specific sanity checks on one span's text."""
    digits, other = to_digits(frag)
    low = frag.lower()
    if typ in ("CARD_NUMBER", "CVV", "SSN"):
        assert not other, f"{cid}: {typ} span {frag!r} holds non-digit words {other}"
    elif typ == "PHONE":
        assert not other, f"{cid}: PHONE span {frag!r} holds non-digit words {other}"
    elif typ == "EMAIL":
        if style == "transcript" and "@" in frag:
            assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", frag), f"{cid}: bad e-mail {frag!r}"
        else:
            assert " at " in low and " dot " in low, f"{cid}: bad spoken e-mail {frag!r}"
        if style == "asr":
            assert "@" not in frag, f"{cid}: ASR e-mail with @ {frag!r}"
    elif typ == "EXPIRY":
        months = [m for m in MONTHS if re.search(rf"\b{m[:3]}", low)]
        if months:
            yy = digits
            assert len(yy) in (2, 4), f"{cid}: expiry year {frag!r}"
        else:
            assert len(digits) in (3, 4, 6), f"{cid}: expiry digits {frag!r} -> {digits}"
            mm = int(digits[:-2] if len(digits) in (3, 4) else digits[:2])
            assert 1 <= mm <= 12, f"{cid}: expiry month {frag!r}"
    elif typ == "DOB":
        assert any(re.search(rf"\b{m[:3]}", low) for m in MONTHS) or len(digits) >= 4, f"{cid}: DOB {frag!r}"
    elif typ == "ADDRESS":
        assert has_number_start(frag), f"{cid}: address should start with the number {frag!r}"
        assert STREET_WORDS & set(re.findall(r"[a-z]+", low)), f"{cid}: address without street word {frag!r}"
    elif typ == "POSTCODE":
        if digits and not re.search(r"[a-z]", re.sub(r"\b(zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)\b", "", low)):
            assert len(digits) in (5, 9), f"{cid}: ZIP {frag!r} -> {digits}"
        else:
            pc = norm_uk_postcode(frag)
            assert re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", pc), f"{cid}: UK postcode {frag!r} -> {pc}"
    elif typ == "ACCOUNT_NUMBER":
        assert len(digits) >= 5 or re.fullmatch(r"[A-Z0-9][A-Z0-9-]{4,}", frag), f"{cid}: account number too short {frag!r}"
    elif typ == "NAME":
        assert not re.search(r"\d", frag), f"{cid}: digit in name {frag!r}"
        assert all(re.fullmatch(r"[A-Za-z][A-Za-z'\-]*", w) for w in frag.split()), f"{cid}: name {frag!r}"
        if style == "transcript":
            assert all(w[0].isupper() for w in frag.split()), f"{cid}: lower-case name {frag!r}"
        assert frag.lower().split()[0] not in ("mr", "mrs", "ms", "miss", "dr"), f"{cid}: title in name span {frag!r}"


def check_group_value(cid, typ, frags):
    digits = "".join(to_digits(f)[0] for f in frags)
    if typ == "CARD_NUMBER":
        assert len(digits) in (15, 16), f"{cid}: card length {len(digits)} {frags}"
        assert luhn_ok(digits), f"{cid}: card fails Luhn {digits} {frags}"
        assert (len(digits) == 15) == (digits[:2] in ("34", "37")), f"{cid}: Amex length {digits}"
    elif typ == "CVV":
        assert len(digits) in (3, 4), f"{cid}: CVV {frags}"
    elif typ == "SSN":
        assert len(digits) in (4, 9), f"{cid}: SSN {frags}"
        if len(digits) == 9:
            area, grp, ser = int(digits[:3]), int(digits[3:5]), int(digits[5:])
            assert 1 <= area <= 665 and 1 <= grp <= 99 and 1 <= ser <= 9999, f"{cid}: SSN shape {digits}"
    elif typ == "PHONE":
        ok = (len(digits) == 10 or (len(digits) == 11 and digits[0] in "10")
              or (len(digits) == 12 and digits.startswith("44")))
        assert ok, f"{cid}: phone {frags} -> {digits}"


def numeric_runs_outside(text: str, spans) -> list[str]:
    """Digits, or runs of 4+ digit words, that no span covers (a missing label): every number
    written with digits is either pii or a look-alike."""
    masked = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            masked[i] = "#"
    masked = "".join(masked)
    hits = re.findall(r"\d[\d \-]*", masked)
    words = re.findall(r"[a-z]+|\d+|#+", masked.lower())
    run = []
    for w in [*words, "#"]:
        if w in WORD_DIGIT or w in ("double", "triple"):
            run.append(w)
        else:
            if len(run) >= 4:
                hits.append(" ".join(run))
            run = []
    return hits


def validate_case(c: dict) -> None:
    cid, style = c["case_id"], c["style"]
    assert style in STYLES, cid
    assert re.fullmatch(r"[dt]-\d{3}", cid), cid
    utts = c["utterances"]
    assert utts, cid
    for u in utts:
        assert u["speaker"] in SPEAKERS.values(), cid
        assert u["text"] and u["text"] == u["text"].strip(), f"{cid}: empty or padded utterance"
        if style == "asr":
            assert "@" not in u["text"] and "$" not in u["text"], f"{cid}: formatted text in ASR: {u['text']!r}"
    by_utt = defaultdict(list)
    for kind, spans in (("pii", c["pii"]), ("keep", c["keep"])):
        for s in spans:
            assert 0 <= s["utterance"] < len(utts), cid
            text = utts[s["utterance"]]["text"]
            assert 0 <= s["start"] < s["end"] <= len(text), f"{cid}: span outside text {s}"
            frag = text[s["start"]:s["end"]]
            assert frag == frag.strip(), f"{cid}: span with leading/trailing space {frag!r}"
            assert frag[-1] not in ".,;:!?\"'" or re.search(r"\b[ap]\.m\.$", frag), f"{cid}: span ends in punctuation {frag!r}"
            assert frag[0] not in ".,;:!?\"'", f"{cid}: span starts with punctuation {frag!r}"
            # a span must not cut a word in two
            assert s["start"] == 0 or not (text[s["start"] - 1].isalnum() and frag[0].isalnum()), f"{cid}: span starts mid-word {frag!r}"
            assert s["end"] == len(text) or not (text[s["end"]].isalnum() and frag[-1].isalnum()), f"{cid}: span ends mid-word {frag!r}"
            by_utt[s["utterance"]].append((s["start"], s["end"], kind, frag))
            if kind == "pii":
                check_span_text(cid, s["type"], frag, style)
    for spans in by_utt.values():
        spans.sort()
        for a, b in itertools.pairwise(spans):
            assert a[1] <= b[0], f"{cid}: overlapping spans {a} {b}"
    # groups: one type per group, value checks over the joined pieces
    groups = defaultdict(list)
    for s in sorted(c["pii"], key=lambda s: (s["utterance"], s["start"])):
        groups[s["group"]].append(s)
    for g, spans in groups.items():
        types = {s["type"] for s in spans}
        assert len(types) == 1, f"{cid}: group {g} mixes {types}"
        frags = [utts[s["utterance"]]["text"][s["start"]:s["end"]] for s in spans]
        check_group_value(cid, spans[0]["type"], frags)
    # look-alikes: never a valid card, never the same digits as pii in the same utterance
    for k in c["keep"]:
        kd, _ = to_digits(utts[k["utterance"]]["text"][k["start"]:k["end"]])
        if 13 <= len(kd) <= 19:
            assert not luhn_ok(kd), f"{cid}: look-alike {kd} passes Luhn"
        for s in c["pii"]:
            if s["utterance"] != k["utterance"]:
                continue
            pd, _ = to_digits(utts[s["utterance"]]["text"][s["start"]:s["end"]])
            if kd and pd:
                assert kd != pd, f"{cid}: keep {kd} has the digits of pii {pd}"
                assert len(kd) < 3 or kd not in pd, f"{cid}: keep {kd} inside pii {pd}"
                assert len(pd) < 3 or pd not in kd, f"{cid}: pii {pd} inside keep {kd}"
    # nothing that looks like an unlabelled number
    for i, u in enumerate(utts):
        spans = [s for s in c["pii"] + c["keep"] if s["utterance"] == i]
        runs = numeric_runs_outside(u["text"], spans)
        assert not runs, f"{cid}: unlabelled numbers {runs} in {u['text']!r}"


# --------------------------------------------------------------------------------------------
# The conversations
# --------------------------------------------------------------------------------------------
DEV: list = []   # (style, body or function of Gen)
TEST: list = []


def case(split: list, style: str):
    """Decorator: register a conversation that needs generated numbers."""
    assert style in STYLES

    def deco(fn):
        split.append((style, fn))
        return fn
    return deco


def add(split: list, style: str, body: str) -> None:
    """Register a conversation written out in full."""
    assert style in STYLES
    split.append((style, body))


# ============================================================================================
# DEV conversations (tune on these). People, streets and phrasings here appear nowhere in TEST.
# ============================================================================================

@case(DEV, "asr")
def _(g):
    c = g.card("visa")
    a, b = cut(c, [8, 8])
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: so the second bag is ((price:thirty five dollars)) each way i can take that now what's the card number
C: um it's a visa [[CARD#c:{say(a)}]]
A: okay
C: [[CARD#c:{say(b, "oh")}]]
A: and the expiry and the three digits on the back
C: [[EXP:{exp_s(mm, yy, "oh")}]] and [[CVV:{say(v)}]]
"""


@case(DEV, "transcript")
def _(g):
    c = g.card("mc")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: Thanks for holding. I can put the order through for the ((qty:24)) stacking chairs now. Which card would you like to use?
C: Mastercard. It's [[CARD:{card_t(c)}]].
A: Let me read that back to you: [[CARD:{card_t(c, "-")}]]. And the expiry date and the CVC on the back?
C: [[EXP:{exp_t(mm, yy)}]], and the code is [[CVV:{v}]].
"""


@case(DEV, "asr")
def _(g):
    c = g.card("visa")
    mm, yy = g.expiry()
    return f"""
A: okay i can take the payment for the ((model:ax three thousand)) router now that's ((price:one nineteen)) what's the long number
C: it's [[CARD:{say_groups(c)}]]
A: let me just repeat that [[CARD:{say(c, "oh")}]] and when does it expire
C: [[EXP:{exp_s(mm, yy, "month yyyy")}]]
"""


add(DEV, "transcript", """
A: Good afternoon, Harbor Federal, my name is [[NAME:Brianna]]. Who am I speaking with today?
C: Hi [[NAME:Brianna]], this is [[NAME:Felicity Agyeman]].
A: Thank you, Ms. [[NAME:Agyeman]]. How can I help?
C: There's a charge of ((price:$612.40)) on my statement I don't recognise.
""")


@case(DEV, "transcript")
def _(g):
    d = g.dob()
    s = g.ssn()
    z = g.zip()
    return f"""
A: Before I can look at the charge I need to verify a few things. Can I have your date of birth?
C: [[DOB:{date_t(d, "Month d, yyyy")}]].
A: And the last four of your Social?
C: [[SSN:{s[-4:]}]].
A: And the billing ZIP code?
C: [[POST:{z}]].
"""


@case(DEV, "asr")
def _(g):
    s = g.ssn()
    d = g.dob()
    return f"""
A: thank you for calling redline wireless this is [[NAME:marcus]] can i get your name
C: yeah it's [[NAME:ronan kavanagh]]
A: thanks [[NAME:ronan]] and to pull up the account i'll need your full social security number
C: okay [[SSN:{say(s)}]]
A: and your date of birth
C: [[DOB:{date_s(d, "month oth yyyy")}]] i've been trying to get this phone unlocked for like ((dur:three weeks)) now
"""


@case(DEV, "asr")
def _(g):
    p = g.us_phone()
    return f"""
A: what's the best number to reach you on if we get cut off
C: my cell [[PHONE:{say_phone(p, "oh")}]]
A: [[PHONE:{say_phone(p, "pairs")}]]
"""


@case(DEV, "transcript")
def _(g):
    p = g.uk_phone("mobile")
    pc = g.uk_postcode("CF10")
    return f"""
A: Could I take a contact number in case the courier needs you?
C: Yes, it's [[PHONE:{uk_phone_t(p)}]].
A: And just to confirm the delivery address?
C: [[ADDR:Flat 2, 38 Seaview Parade, Cardiff]], [[POST:{pc}]].
A: Lovely, [[POST:{pc}]]. It's booked for ((date:Thursday the 9th)) between ((time:8am)) and ((time:1pm)).
"""


add(DEV, "asr", """
A: and what email should we send the claim documents to
C: it's [[EMAIL:mei ling dot zhou at gmail dot com]]
A: [[EMAIL:mei ling dot zhou at gmail dot com]] and the assessor should be in touch within ((dur:five working days))
""")


add(DEV, "transcript", """
A: What email address do you have on the account?
C: [[EMAIL:octavia.brandt77@outlook.com]]
A: Thanks. And is [[ADDR:1190 Pinecrest Avenue]] still your home address?
C: No, I moved in ((date:March)). It's [[ADDR:4 Thistle Close]] now.
""")


@case(DEV, "transcript")
def _(g):
    pol = f"HF-{g.acct(4)}-{g.acct(3)}"
    return f"""
A: Do you have your policy number handy?
C: Yes, it's [[ACCT:{pol}]].
A: Thank you. I can see the claim for the water damage. Is this your first claim with us since you joined in ((year:2013))?
C: First one in ((dur:eleven years)), yes. And the ceiling is coming down.
"""


@case(DEV, "asr")
def _(g):
    o = g.acct(8)
    return f"""
A: can you read me the order number it starts with w
C: [[ACCT:w {" ".join(o)}]]
A: okay i see it it was supposed to arrive on the ((date:twelfth)) i can offer ((pct:ten percent)) off for the delay
C: it's the ((count:third)) time i've called about it and i've shopped with you since ((year:two thousand nine))
"""


@case(DEV, "asr")
def _(g):
    m = g.acct(9)
    return f"""
A: can i have your member number please
C: hang on it's on the card [[ACCT:{say(m, "oh")}]]
A: perfect and you said the procedure is on the ((date:twenty second))
C: yeah at ((time:seven thirty)) in the morning and they need the authorization before then
"""


add(DEV, "transcript", """
A: The replacement unit is the ((model:HX-2200)). It ships in ((dur:three to five business days)).
C: I need it before my sister's wedding on the ((date:21st)).
A: I'll flag it for express shipping at no charge.
""")


add(DEV, "transcript", """
C: I'm on flight ((flight:DL 2231)) and it's been cancelled. I've been here since ((time:6 am)).
A: I'm sorry, that's a long wait. I can get you on the ((time:4:15)) departure, arriving ((time:7:40)) local time.
C: Okay. I've got ((count:two)) kids with me, can we sit together?
""")


@case(DEV, "asr")
def _(g):
    c = g.card("amex")
    a, b, cc = cut(c, [4, 6, 5])
    mm, yy = g.expiry()
    v = g.cvv(4)
    return f"""
A: what card are we using for the ((pct:twenty percent)) deposit
C: amex hold on [[CARD#c:{say(a)}]]
A: mm-hmm
C: [[CARD#c:{say(b)}]]
A: go on
C: [[CARD#c:{say(cc)}]]
A: and the four digit code on the front
C: [[CVV:{say(v, "oh")}]] and it expires [[EXP:{exp_s(mm, yy, "month of yy")}]]
"""


@case(DEV, "transcript")
def _(g):
    c = g.card("discover")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: I can take that payment for you. What's the card number?
C: It's a Discover, [[CARD:{c}]].
A: Thank you. Expiration?
C: [[EXP:{exp_t(mm, yy, "mm/yyyy")}]]
A: [[EXP:{exp_t(mm, yy, "mm/yy")}]], and the security code?
C: [[CVV:{v}]]
A: Great, that's ((price:$148.20)) paid today.
"""


@case(DEV, "asr")
def _(g):
    c = g.card("visa")
    a, b = cut(c, [6, 10])
    b1, b2 = cut(b, [4, 6])
    return f"""
A: okay go ahead with the card number whenever you're ready
C: [[CARD#c:{say(a, "oh")}]] sorry hang on the light's bad in here [[CARD#c:{say(b1, "oh")}]]
A: okay
C: [[CARD#c:{say(b2, "oh")}]]
"""


@case(DEV, "transcript")
def _(g):
    p = g.us_phone()
    e = "samir.haddad@protonmail.com"
    return f"""
A: I'll need a callback number and an email for the ticket.
C: Phone is [[PHONE:{us_phone_t(p, "xxx-xxx-xxxx")}]] and email is [[EMAIL:{e}]].
A: Got it, [[PHONE:{us_phone_t(p, "(xxx) xxx-xxxx")}]]. Someone will call you back within ((dur:24 hours)).
"""


@case(DEV, "asr")
def _(g):
    z = g.zip()
    return f"""
A: can i get the address where the car is
C: we're at [[ADDR:two oh five copperfield lane]] the zip is [[POST:{say(z, "oh")}]] me and my daughter are sat on the grass
A: a truck will be there in about ((dur:forty minutes))
"""


@case(DEV, "asr")
def _(g):
    pc = g.uk_postcode("RG1")
    p = g.uk_phone("mobile")
    return f"""
A: and what's the postcode there
C: [[POST:{say_postcode_uk(pc)}]]
A: and the first line of the address
C: [[ADDR:twelve marlowe street]] and you can get me on [[PHONE:{say(p, "oh", doubles=True)}]]
"""


@case(DEV, "transcript")
def _(g):
    d = g.dob()
    return f"""
A: Can you confirm the name of the account holder?
C: It's my mother's account, [[NAME:Lucinda Farrow]]. I have power of attorney.
A: Thank you. And her date of birth?
C: [[DOB:{date_t(d, "d Month yyyy")}]].
A: Thanks. Mrs [[NAME:Farrow]]'s account shows a payment due on ((date:15 December)).
"""


@case(DEV, "asr")
def _(g):
    d = g.dob()
    ref = g.letters(2) + g.acct(6)
    return f"""
A: can i have the reference number from your letter
C: [[ACCT:{spell(ref)}]]
A: thank you and your date of birth
C: [[DOB:{date_s(d, "oth of month yy")}]]
A: okay mister [[NAME:paredes]] i can see the appeal from ((year:twenty twenty four))
"""


add(DEV, "transcript", """
A: Thanks for calling Brightwater Insurance, you're speaking with [[NAME:Gloria]].
C: Hi [[NAME:Gloria]]. My name's [[NAME:Theo Marchetti]], I was rear-ended about ((dur:an hour)) ago.
""")


@case(DEV, "transcript")
def _(g):
    a = g.acct(8, first_nonzero=False)
    s = g.ssn()
    return f"""
A: Can I take the account number?
C: [[ACCT:{a}]]
A: And for security, your Social Security number?
C: [[SSN:{s[:3]}-{s[3:5]}-{s[5:]}]]
A: Thank you, Ms [[NAME:Petrova]]. I see the wire for ((price:$4,800)) is pending.
C: It has to land by ((time:3 p.m.)) or I lose the apartment.
"""


add(DEV, "asr", """
A: what email do you want the e ticket sent to
C: [[EMAIL:n underscore petrova at yahoo dot co dot uk]]
A: and the flight is ((flight:ba four one two)) on the ((date:fourteenth))
C: yes the ((time:six fifty)) in the morning
""")


@case(DEV, "transcript")
def _(g):
    c = g.card("visa")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: Welcome back. Shall I use the card on file?
C: No, new card. [[CARD:{card_t(c)}]], expires [[EXP:{exp_t(mm, yy, "mm/yy")}]], security code [[CVV:{v}]].
A: Thank you. Receipt to [[EMAIL:ronan.k@fastmail.com]]?
"""


@case(DEV, "asr")
def _(g):
    t = g.luhn_fail(16)
    return f"""
A: do you have the tracking number
C: yeah it's ((other:{say(t, "zero")}))
A: okay that shows it's been at the depot ((dur:four days)) it'll be out tomorrow before noon
"""


@case(DEV, "transcript")
def _(g):
    pol = "BW" + g.acct(7)
    d = g.dob()
    z = g.zip("122")
    return f"""
A: Brightwater claims, can I start with your policy number?
C: [[ACCT:{pol}]]. Date of birth [[DOB:{date_t(d, "m/d/yy")}]], and the house is [[ADDR:77 Orchard Gate, Albany]], NY [[POST:{z}]].
A: Thank you. That's ZIP [[POST:{z}]]?
C: Yes. The tree went straight through the roof about ((dur:twenty minutes)) ago.
"""


@case(DEV, "asr")
def _(g):
    s = g.ssn()
    d = g.dob()
    p = g.us_phone()
    return f"""
A: i'll need to verify you first can you give me the last four of your social and your birthday
C: yeah last four [[SSN:{say(s[-4:], "oh")}]] and birthday [[DOB:{date_s(d, "m d yy")}]]
A: thanks and the phone number on the account
C: [[PHONE:{say_phone(p, "doubles")}]]
A: [[PHONE:{say_phone(p, "digits odd")}]] okay that matches
"""


@case(DEV, "transcript")
def _(g):
    c = g.card("mc")
    a, b = cut(c, [8, 8])
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: That's ((qty:two)) tickets for the ((date:June 6)) show. Go ahead with the card when you're ready.
C: [[CARD#c:{grouped(a, [4, 4])}]]
A: Mm-hmm.
C: [[CARD#c:{grouped(b, [4, 4])}]]. Expiry [[EXP:{exp_t(mm, yy, "Mon yy")}]] and the code is [[CVV:{v}]].
A: So [[EXP:{exp_t(mm, yy, "mm/yy")}]] and [[CVV:{v}]]. Thank you, Mr [[NAME:Haddad]].
"""


@case(DEV, "asr")
def _(g):
    c = g.card("visa")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: okay and which card
C: same visa as before it's [[CARD:{grouped(c, [4, 2, 6, 4])}]]
A: and the expiry and code
C: [[EXP:{exp_s(mm, yy, "oh")}]] code [[CVV:{say(v, "oh")}]]
A: so [[EXP:{exp_s(mm, yy, "slash")}]] and [[CVV:{say(v)}]] thanks
"""


@case(DEV, "asr")
def _(g):
    a = g.acct(10)
    pc = g.uk_postcode("RG4")
    return f"""
A: can you give me your account number from the top of the bill
C: [[ACCT:{grouped(a, [3, 3, 4])}]]
A: [[ACCT:{say(a, "oh")}]] and the postcode at the property
C: [[POST:{say_postcode_uk(pc)}]] it's [[ADDR:nine lantern hill road]] the boiler's gone and my dad's ((count:ninety)) he can't be without heating
"""


@case(DEV, "transcript")
def _(g):
    ref = g.letters(3) + g.acct(1) + g.letters(2)
    ff = g.acct(9)
    d = g.dob()
    return f"""
A: What's the booking reference for the ((time:18:05)) to Lisbon?
C: [[ACCT:{ref}]]. And my frequent flyer number is [[ACCT:{ff}]].
A: And the passenger's date of birth, as it appears on the passport?
C: [[DOB:{date_t(d, "dd/mm/yyyy")}]]. She's my daughter, [[NAME:Nadia]]. Confirmation to [[EMAIL:ignacio.paredes@icloud.com]], please.
"""


@case(DEV, "transcript")
def _(g):
    s = g.ssn()
    return f"""
A: To open the dispute I'll need your full Social Security number.
C: Sure. [[SSN:{s[:3]} {s[3:5]} {s[5:]}]].
A: Thanks, ending [[SSN:{s[-4:]}]]. I've opened the dispute for the ((price:$2,150)) charge.
"""

# ============================================================================================
# TEST conversations (the figures we report). Nothing here is reused from DEV.
# ============================================================================================

# ---- payments: card number, expiry, security code -----------------------------------------

@case(TEST, "asr")
def _(g):
    c = g.card("visa")
    a, b = cut(c, [8, 8])
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: the rebooking fee comes to ((price:seventy five dollars)) and i'll need a card for that
C: fine whatever i just need to get home tonight the ((time:six ten)) was my last option
C: okay so [[CARD#c:{say(a)}]]
A: mm-hmm
C: [[CARD#c:{say(b)}]]
A: and when does that card expire
C: [[EXP:{exp_s(mm, yy, "month yyyy")}]]
A: the cvv please
C: [[CVV:{say(v, "oh")}]]
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("visa")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: Which card would you like to pay with today?
C: Visa debit. [[CARD:{card_t(c)}]].
A: Just to confirm, that's [[CARD:{card_t(c, "-")}]]?
C: Yes, correct.
A: What's the expiration date on the card?
C: It expires [[EXP:{exp_t(mm, yy, "Month yyyy")}]].
A: And the three-digit security code?
C: [[CVV:{v}]].
"""


@case(TEST, "asr")
def _(g):
    c = g.card("mc")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: alright go ahead with the sixteen digits on the front
C: [[CARD:{say_groups(c)}]]
A: okay i've got [[CARD:{say(c)}]] is that right
C: yes
A: and the expiration month and year
C: [[EXP:{exp_s(mm, yy, "digits")}]]
A: and the cvv
C: uh [[CVV:{say(v)}]]
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("amex")
    mm, yy = g.expiry()
    v = g.cvv(4)
    return f"""
A: We can take the premium today so the policy doesn't lapse. Do you have a card handy?
C: Yes, American Express. [[CARD:{card_t(c)}]].
A: Thank you. For Amex I'll need the four-digit code printed on the front.
C: [[CVV:{v}]].
A: And the expiry?
C: [[EXP:{exp_t(mm, yy, "m/yy")}]].
"""


@case(TEST, "asr")
def _(g):
    c = g.card("visa")
    a, b, rest = cut(c, [4, 4, 8])
    mm, yy = g.expiry()
    return f"""
A: and the card number for the replacement fee
C: okay [[CARD#c:{say(a, "oh")}]] um [[CARD#c:{say(b, "oh")}]] hang on the dog's going mad sorry
C: right where was i [[CARD#c:{say(rest, "oh")}]]
A: thank you and the expiry
C: [[EXP:{exp_s(mm, yy, "oh")}]]
"""


@case(TEST, "asr")
def _(g):
    c = g.card("mc")
    a, b, rest = cut(c, [4, 4, 8])
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: can you read me the card number please
C: sure [[CARD#c:{say(a)}]]
A: go on
C: [[CARD#c:{say(b)}]]
A: okay
C: [[CARD#c:{say(rest, "oh")}]]
A: and the expiry date
C: it expires in [[EXP:{exp_s(mm, yy, "month of yy")}]]
A: and the last three digits on the back
C: [[CVV:{say(v)}]]
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("mc")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: The upgrade to business is ((price:$389)). What card number would you like to use?
C: [[CARD:{c}]]
A: Expiry and security code, please.
C: [[EXP:{exp_t(mm, yy, "mm/yyyy")}]], [[CVV:{v}]].
"""


@case(TEST, "asr")
def _(g):
    c = g.card("visa")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: ok and the card
C: [[CARD:{grouped(c, [4, 2, 7, 3])}]]
A: and expiry
C: [[EXP:{exp_s(mm, yy, "short")}]]
A: and the security code on the back
C: [[CVV:{" ".join(v)}]]
"""


@case(TEST, "asr")
def _(g):
    c = g.card("discover")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: which card are we putting this on
C: discover card [[CARD:{say(c, "oh", doubles=True)}]]
A: and the expiration
C: [[EXP:{exp_s(mm, yy, "month yy")}]]
A: three digit code
C: [[CVV:{say(v, "oh", doubles=True)}]]
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("visa")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
I: Please say or enter your sixteen-digit card number.
C: [[CARD:{card_t(c)}]]
I: Thank you. Now say or enter the expiration date as four digits.
C: [[EXP:{mm:02d}{yy:02d}]]
I: Please enter the three-digit security code.
C: [[CVV:{v}]]
I: Your payment of ((price:$212.56)) has been accepted.
"""


@case(TEST, "asr")
def _(g):
    c = g.card("visa")
    mm, yy = g.expiry()
    return f"""
A: i'll need the number off the card
C: yep [[CARD:{say(c)}]]
A: so that's [[CARD:{say_groups(c)}]]
C: correct
A: and what's the end date on it
C: [[EXP:{exp_s(mm, yy, "slash")}]]
"""


@case(TEST, "asr")
def _(g):
    c = g.card("mc")
    a, b = cut(c, [8, 8])
    v = g.cvv()
    return f"""
A: could you read out the mastercard number for me
C: [[CARD:{say_groups(a)} {grouped(b, [4, 4])}]]
A: and the three on the signature strip
C: [[CVV:{say(v)}]]
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("visa")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
C: I need this deposit paid by ((time:5 pm)) or we lose the venue for Saturday. My daughter's wedding is in ((dur:nine days)).
A: Let's get it done right now. What card are you using?
C: [[CARD:{c}]], expiry [[EXP:{exp_t(mm, yy, "mm/yy")}]].
A: Thank you. And the CVV?
C: [[CVV:{v}]]
"""


@case(TEST, "asr")
def _(g):
    c = g.card("visa")
    a, b, rest = cut(c, [6, 6, 4])
    mm, yy = g.expiry()
    return f"""
A: okay whenever you're ready with the card
C: [[CARD#c:{say(a, "oh")}]]
A: yep
C: [[CARD#c:{say(b, "oh")}]]
A: mm-hmm
C: [[CARD#c:{say(rest, "oh")}]] and it runs out [[EXP:{exp_s(mm, yy, "month yyyy")}]]
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("discover")
    a, b = cut(c, [8, 8])
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: Okay, I'm ready for the card number.
C: The first part is [[CARD#c:{grouped(a, [4, 4])}]]
A: Mhm.
C: then [[CARD#c:{grouped(b, [4, 4])}]].
A: Valid thru date?
C: [[EXP:{exp_t(mm, yy, "mm-yy")}]]
A: And the CID on the back?
C: [[CVV:{v}]]
"""


@case(TEST, "asr")
def _(g):
    c = g.card("mc")
    a, rest = cut(c, [4, 12])
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: okay and what's the long number
C: [[CARD#c:{say(a)}]] um [[CARD#c:{say(rest)}]]
A: [[CARD:{say(c)}]]
C: that's it
A: expiry
C: [[EXP:{exp_s(mm, yy, "oh")}]]
A: cvc
C: [[CVV:{say(v)}]]
"""


@case(TEST, "asr")
def _(g):
    c = g.card("amex")
    a, b, cc = cut(c, [4, 6, 5])
    v = g.cvv(4)
    mm, yy = g.expiry()
    return f"""
A: amex is fine can i take the number
C: [[CARD:{say(a)} {say(b)} {say(cc)}]]
A: let me read it back [[CARD:{say_groups(c, [4, 2, 4, 5])}]]
C: yes
A: and the four digits above the number on the front
C: [[CVV:{say(v)}]]
A: and expiry
C: [[EXP:{exp_s(mm, yy, "month of yy")}]]
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("visa")
    mm, yy = g.expiry()
    return f"""
A: I see the card we have on file for the room expired. Would you like to update it?
C: Yes, sorry. The new one is [[CARD:{card_t(c)}]].
A: Thank you. Expiration?
C: [[EXP:{exp_t(mm, yy, "mm/yy")}]]. Check-in is still the ((date:18th)), right?
A: Yes, ((date:Friday the 18th)), ((dur:two nights)).
"""


@case(TEST, "asr")
def _(g):
    c = g.card("visa")
    v = g.cvv()
    mm, yy = g.expiry()
    return f"""
A: right to stop the policy lapsing i can take the ((price:hundred and twelve pounds)) now what card
C: yeah it's [[CARD:{say(c, "oh")}]]
A: and the security number
C: [[CVV:{say(v, "oh")}]]
A: [[CVV:{say(v, "oh")}]] lovely and the expiry
C: [[EXP:{exp_s(mm, yy, "oh")}]]
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("mc")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: Can you give me the card number?
C: [[CARD:{card_t(c)}]]
A: I'll read that back: [[CARD:{card_t(c)}]].
C: Yes.
A: Expiry month and year?
C: [[EXP:{exp_t(mm, yy, "mm/yy")}]]
A: Security code?
C: [[CVV:{v}]]
A: Thank you, Mr [[NAME:Whitlock]]. That's been taken.
"""


@case(TEST, "asr")
def _(g):
    c = g.card("visa")
    a, b = cut(c, [10, 6])
    return f"""
A: right i'm ready for the card number when you are
C: [[CARD#c:{say(a)}]] hang on let me get my glasses
C: okay [[CARD#c:{say(b)}]]
A: thank you
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("visa")
    m0, _ = g.expiry()
    mm, yy = g.expiry()
    return f"""
C: The payment bounced because my old card expired in [[EXP:{exp_t(m0, 25, "mm/yy")}]]. I've got the new one here.
A: No problem. What's the number on the new card?
C: [[CARD:{card_t(c)}]], and this one expires [[EXP:{exp_t(mm, yy, "mm/yy")}]].
A: Thank you. I'll retry the payment now.
"""


@case(TEST, "asr")
def _(g):
    c = g.card("mc")
    a, b = cut(c, [8, 8])
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: the copay for the prescription is ((price:forty two fifty)) how would you like to pay
C: card [[CARD#c:{say_groups(a)}]]
A: okay
C: [[CARD#c:{say_groups(b)}]]
A: and expiry and the cvv
C: [[EXP:{exp_s(mm, yy, "short")}]] and [[CVV:{say(v, "oh")}]]
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("amex")
    mm, yy = g.expiry()
    v = g.cvv(4)
    return f"""
A: For the rental we hold a ((price:$300)) deposit on a credit card. Which card will you use?
C: Amex, [[CARD:{card_t(c, "-")}]].
A: So [[CARD:{card_t(c)}]]. Expiration date?
C: [[EXP:{exp_t(mm, yy, "Month yyyy")}]]
A: And the four-digit CID?
C: [[CVV:{v}]]
"""


@case(TEST, "asr")
def _(g):
    c = g.card("visa")
    a, b = cut(c, [8, 8])
    v = g.cvv()
    mm, yy = g.expiry()
    return f"""
C: they said they're cutting the gas off tomorrow if i don't pay so i want to pay it now
A: okay i can take a card payment what's the card number
C: [[CARD#c:{say(a, "oh")}]] sorry [[CARD#c:{say(b, "oh")}]]
A: and the expiry
C: [[EXP:{exp_s(mm, yy, "month yyyy")}]]
A: and the cvv
C: [[CVV:{say(v)}]]
"""


@case(TEST, "asr")
def _(g):
    c = g.card("discover")
    a, b, rest = cut(c, [4, 4, 8])
    mm, yy = g.expiry()
    return f"""
A: and the card number please
C: it's [[CARD#c:{say(a)}]] hold on the baby's crying
A: take your time
C: sorry [[CARD#c:{say(b)}]]
A: okay go on
C: [[CARD#c:{say(rest)}]]
A: and the expiry date
C: [[EXP:{exp_s(mm, yy, "digits")}]]
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("visa")
    v = g.cvv()
    mm, yy = g.expiry()
    return f"""
A: To secure tonight's room I'll need a card. Go ahead when you're ready.
C: Okay. [[CARD:{grouped(c, [4, 4, 4, 4], ".")}]]. Sorry, I'm reading it off a photo.
A: That's fine. The expiration and the code on the back?
C: Expires [[EXP:{exp_t(mm, yy, "Month yyyy")}]], code [[CVV:{v}]].
A: Perfect. You're booked at the airport hotel, the shuttle runs every ((dur:20 minutes)).
"""


@case(TEST, "asr")
def _(g):
    c = g.card("mc")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: what card would you like to use for the ((price:nine ninety nine)) activation fee
C: it's a mastercard [[CARD:{say(c, "oh", doubles=True)}]]
A: thank you so i have [[CARD:{say_groups(c)}]]
C: yeah
A: and the month and year it runs out
C: [[EXP:{exp_s(mm, yy, "oh")}]] and the code's [[CVV:{say(v)}]]
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("discover")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: You'll need to pay the ((price:$1,040)) balance to stop the collections referral. What card would you like to use?
C: My Discover, [[CARD:{card_t(c)}]].
A: Thank you. The expiration date and security code?
C: [[EXP:{exp_t(mm, yy, "mm/yy")}]] and [[CVV:{v}]].
A: Thank you, that's [[EXP:{exp_t(mm, yy, "mm/yy")}]] and [[CVV:{v}]]. Processing now.
"""


# ---- identity checks: names, dates of birth, SSNs, account/policy/member numbers -----------

@case(TEST, "transcript")
def _(g):
    d = g.dob()
    a = g.acct(8, first_nonzero=False)
    a = "00" + a[2:]
    return f"""
A: Thank you for calling Keystone Bank, my name is [[NAME:Jerome]]. May I have your full name?
C: [[NAME:Marisol Quintero]].
A: Thank you, Ms. [[NAME:Quintero]]. And your date of birth?
C: [[DOB:{date_t(d, "Month dth, yyyy")}]].
A: And the account number you're calling about?
C: My account is [[ACCT:{a}]].
"""


@case(TEST, "asr")
def _(g):
    s = g.ssn()
    return f"""
A: for security can you give me your social security number
C: yeah [[SSN:{say(s)}]]
"""


@case(TEST, "asr")
def _(g):
    s = g.ssn()
    d = g.dob()
    return f"""
A: okay i can help with that i just need to verify who i'm speaking with can i get your full name
C: [[NAME:oluwaseun adeyemi]]
A: and your social
C: [[SSN:{say(s, "oh")}]]
A: and date of birth
C: i was born on the [[DOB:{date_s(d, "oth of month yy")}]]
"""


@case(TEST, "transcript")
def _(g):
    s = g.ssn()
    a = g.acct(10)
    return f"""
A: I can look into the roaming charges. What's the account number?
C: [[ACCT:{a}]].
A: And the last four digits of the account holder's Social Security number?
C: The last four of my social is [[SSN:{s[-4:]}]].
A: Thank you. I see ((price:$318.72)) in roaming from ((date:October 3rd)).
"""


@case(TEST, "asr")
def _(g):
    pol = f"PX{g.acct(4)}{g.acct(3)}"
    d = g.dob()
    return f"""
A: do you have your policy number there
C: yeah it's [[ACCT:{spell(pol)}]]
A: and can you confirm the date of birth of the main driver
C: that's me [[DOB:{date_s(d, "month oth yyyy")}]]
C: i've never made a claim in my life and now some guy's gone into the back of me at the lights
"""


@case(TEST, "transcript")
def _(g):
    mid = g.letters(3) + g.acct(9)
    d = g.dob()
    return f"""
A: Can I have the member ID from the front of your insurance card?
C: Sure, it's [[ACCT:{mid}]].
A: And the patient's date of birth?
C: DOB is [[DOB:{date_t(d, "mm/dd/yyyy")}]].
A: Thanks. The MRI on the ((date:24th)) still needs prior authorization.
C: My surgery's scheduled for ((date:December 2nd)). I can't push it back again.
"""


@case(TEST, "asr")
def _(g):
    d = g.dob()
    return f"""
A: and what's the date of birth on the account
C: [[DOB:{date_s(d, "slashes")}]]
A: perfect that matches
"""


@case(TEST, "transcript")
def _(g):
    d = g.dob()
    pc = g.uk_postcode("HG1")
    return f"""
A: I just need to run through security. Your full name, please?
C: [[NAME:Harriet Pembroke]].
A: And the date of birth on the account?
C: [[DOB:{date_t(d, "dd.mm.yyyy")}]]
A: And the first line of your address and postcode?
C: [[ADDR:14 Kestrel Close, Harrogate]], [[POST:{pc}]].
A: Thank you, Miss [[NAME:Pembroke]], you're through security.
"""


@case(TEST, "asr")
def _(g):
    pc = g.uk_postcode("M14")
    return f"""
A: can i take the postcode of the property where the meter is
C: [[POST:{say_postcode_uk(pc)}]]
A: and the address
C: [[ADDR:flat four b twenty two ashdown crescent]]
A: i can see the smart meter there last read on the ((date:ninth))
"""


@case(TEST, "transcript")
def _(g):
    z = g.zip("837")
    return f"""
A: Where should we send the replacement card?
C: [[ADDR:42 Tamarind Way, Apt 3C, Boise]], ID [[POST:{z}]].
A: And is that also your mailing address?
C: Yes, since ((date:August)).
"""


@case(TEST, "asr")
def _(g):
    z = g.zip("984")
    return f"""
A: okay and the new address
C: [[ADDR:one twenty three westbrook drive apartment four b tacoma]]
A: and zip
C: [[POST:{say(z, "oh")}]]
"""


add(TEST, "transcript", """
C: The account's in my husband's name, [[NAME:Desmond Achterberg]]. He's in hospital and I'm trying to sort the bills.
A: I'm sorry to hear that. I'll need Mr [[NAME:Achterberg]] to add you as an authorised user, or a power of attorney.
C: He had a stroke on Tuesday. He can't come to the phone.
A: I understand. Let me see what we can do under our bereavement and hardship team.
""")


add(TEST, "asr", """
C: hi this is [[NAME:graham]] calling about my mum's account her name's [[NAME:harriet pembroke]]
A: hi [[NAME:graham]] and what's your relationship to the account holder
C: i'm her son she's given me permission she's sat right here
""")


@case(TEST, "transcript")
def _(g):
    clm = f"CLM-{g.acct(4)}-{g.acct(4, first_nonzero=False)}"
    d = g.dob()
    return f"""
A: Do you have the claim number from your first call?
C: Yes. [[ACCT:{clm}]].
A: Thank you. Can you confirm your date of birth?
C: [[DOB:{date_t(d, "d Month yyyy")}]]
A: Thanks. I can see the assessor was booked for ((date:November 27)) but never went out.
C: I've called ((count:four)) times now. The roof is still open.
"""


@case(TEST, "asr")
def _(g):
    o = g.acct(7)
    return f"""
A: have you got the order number
C: yeah order number [[ACCT:{" ".join(o)}]]
A: okay that's the ((model:vx four hundred)) cordless vacuum
C: yeah it arrived with a cracked handle
"""


@case(TEST, "transcript")
def _(g):
    mid = g.acct(11)
    p = g.us_phone()
    return f"""
A: I'll need your member number to look up the benefits.
C: It's [[ACCT:{mid}]].
A: And a phone number in case we get disconnected?
C: [[PHONE:{us_phone_t(p, "(xxx) xxx-xxxx")}]]
"""


@case(TEST, "asr")
def _(g):
    s = g.ssn()
    d = g.dob()
    z = g.zip()
    return f"""
A: okay to open the application i'll need a few things starting with your social
C: sure [[SSN:{say(s[:3])} {say(s[3:5], "oh")} {say(s[5:], "oh")}]]
A: date of birth
C: [[DOB:{date_s(d, "month d yyyy")}]]
A: and your current zip code
C: [[POST:{say(z)}]]
"""


@case(TEST, "transcript")
def _(g):
    s = g.ssn()
    return f"""
A: Can you verify your Social Security number for me?
C: [[SSN:{s[:3]}-{s[3:5]}-{s[5:]}]]
A: Thank you. That's ending in [[SSN:{s[-4:]}]], correct?
C: Correct.
"""


@case(TEST, "asr")
def _(g):
    s = g.ssn()
    return f"""
A: and just the last four of the social
C: last four of my social is [[SSN:{say(s[-4:])}]]
A: thank you mister [[NAME:karaca]] i've got the account up
"""


add(TEST, "transcript", """
A: Thanks for calling Northfield Mutual, this is [[NAME:Tasha]]. Who do I have the pleasure of speaking with?
C: It's [[NAME:Yusuf Karaca]].
A: Hi [[NAME:Yusuf]]. What can I do for you?
C: I got a letter saying my premium's going up ((pct:38%)). I've been with you ((dur:nineteen years)).
""")


add(TEST, "asr", """
A: can i take your full name please
C: it's [[NAME:siobhan mulcahy]]
A: thanks [[NAME:siobhan]] and is that [[NAME:mulcahy]] [[NAME:m u l c a h y]]
C: that's it yeah
""")


@case(TEST, "transcript")
def _(g):
    ref = g.letters(2) + g.acct(8)
    return f"""
A: What's the reference number on your letter?
C: It starts with two letters, [[ACCT:{ref}]].
A: Thank you, Mr [[NAME:Wieczorek]]. I can see the overpayment.
C: Good, because that's ((price:640 pounds)) I need back before rent's due.
"""


@case(TEST, "asr")
def _(g):
    a = g.acct(12)
    return f"""
A: and the account number on your bill
C: [[ACCT:{grouped(a, [4, 4, 4])}]]
A: okay [[ACCT:{say(a, "oh")}]] thank you
C: i've been on hold for ((dur:an hour and ten minutes)) by the way
"""


@case(TEST, "transcript")
def _(g):
    d = g.dob()
    pol = f"{g.letters(1)}{g.acct(8)}"
    return f"""
A: Can I take the policy number and the policyholder's date of birth?
C: Policy [[ACCT:{pol}]], and I was born [[DOB:{date_t(d, "dth of Month yyyy")}]].
A: Thank you. You're covered for the tow and up to ((dur:three days)) of car hire.
"""


@case(TEST, "asr")
def _(g):
    d = g.dob()
    return f"""
A: i'll just need your date of birth before i can go into the account
C: it's [[DOB:{date_s(d, "uk slashes")}]]
A: thank you and the name of the account holder
C: [[NAME:lakshmi raghunathan]]
"""


# ---- contact details: e-mail, phone, address, postcode --------------------------------------

add(TEST, "transcript", """
A: What's the best email to send the refund confirmation to?
C: It's [[EMAIL:yusuf.karaca@gmail.com]].
A: Thanks, I've sent it to [[EMAIL:yusuf.karaca@gmail.com]]. It can take ((dur:up to ten minutes)) to arrive.
""")


add(TEST, "asr", """
A: and an email address for the booking
C: yeah it's [[EMAIL:siobhan underscore m at yahoo dot co dot uk]]
A: [[NAME:siobhan]] with an [[NAME:s i o b h a n]]
C: yeah
""")


@case(TEST, "asr")
def _(g):
    p = g.us_phone()
    return f"""
A: what's a good email and phone for the technician
C: email is [[EMAIL:t dot wieczorek at outlook dot com]] and my cell is [[PHONE:{say_phone(p, "doubles")}]]
A: so [[EMAIL:t dot wieczorek at outlook dot com]] and [[PHONE:{say_phone(p, "pairs")}]]
C: yep that's right the engineer's coming between ((time:eight)) and ((time:twelve)) isn't he
"""


@case(TEST, "transcript")
def _(g):
    p = g.uk_phone("london")
    return f"""
A: Can I confirm the contact details we hold? Email first.
C: [[EMAIL:lakshmi.r1979@hotmail.com]]
A: And the phone number?
C: It's [[PHONE:{uk_phone_t(p, intl=True)}]]. I'm abroad at the moment, so please keep the country code.
"""


add(TEST, "asr", """
A: what's your email
C: it's [[EMAIL:beatriz calloway eighty one at gmail dot com]] all one word
A: perfect i'll send the return label there now
""")


add(TEST, "transcript", """
A: Which email should the invoice go to?
C: My work one, please: [[EMAIL:fergus.lindqvist@lindqvist-joinery.co.uk]].
A: Thank you. That invoice covers the ((qty:1,200)) hinges and the ((qty:40)) cabinet doors.
""")


add(TEST, "asr", """
A: and an email for the claim updates
C: [[EMAIL:annika a n n i k a dot solberg at icloud dot com]]
A: thank you i'll email you the claim pack within the hour
""")


@case(TEST, "asr")
def _(g):
    p = g.uk_phone("mobile")
    return f"""
A: and what's the best number to get you on
C: my mobile [[PHONE:{say(p, "oh", doubles=True)}]]
A: [[PHONE:{say(p, "oh")}]]
C: that's it yeah
"""


@case(TEST, "transcript")
def _(g):
    p = g.uk_phone("mobile")
    pc = g.uk_postcode("BS8")
    return f"""
A: I'll get a recovery truck out to you. Where are you now?
C: We've broken down outside [[ADDR:9 Wexford Gardens, Bristol]], [[POST:{pc}]]. I've got my two-year-old in the back and it's freezing.
A: Okay, I'm marking this as a priority. What number can the driver call?
C: [[PHONE:{uk_phone_t(p)}]].
A: They'll be with you in about ((dur:35 minutes)).
"""


@case(TEST, "asr")
def _(g):
    p = g.us_phone()
    z = g.zip("454")
    return f"""
C: yeah my car's dead on the side of the road i'm on [[ADDR:forty seven hundred caldwell avenue]] in dayton
A: okay is that [[POST:{say(z, "oh")}]] for the zip
C: i think so yeah
A: and the number the driver can reach you on
C: [[PHONE:{say_phone(p, "oh")}]]
"""


@case(TEST, "transcript")
def _(g):
    p = g.us_phone()
    return f"""
A: Is [[PHONE:{us_phone_t(p, "xxx.xxx.xxxx")}]] still the best number for you?
C: No, that's my old landline. Use my cell.
A: Go ahead.
C: [[PHONE:{us_phone_t(g.us_phone(), "+1 xxx xxx xxxx")}]]
"""


@case(TEST, "asr")
def _(g):
    p = g.uk_phone("manchester")
    return f"""
A: can i take a landline number as well
C: yeah it's [[PHONE:{say(p, "oh")}]]
A: thank you and what's the best time to call
C: after ((time:six)) i'm at work till then
"""


@case(TEST, "transcript")
def _(g):
    p = g.us_phone()
    z = g.zip("805")
    return f"""
A: I'll update the billing address. What's the new one?
C: [[ADDR:1618 Larkspur Lane, Fort Collins]], Colorado [[POST:{z}]].
A: Thanks. And the phone on the account is still [[PHONE:{us_phone_t(p, "xxx-xxx-xxxx")}]]?
C: That's right.
"""


@case(TEST, "asr")
def _(g):
    p = g.us_phone()
    return f"""
A: can you give me a callback number
C: [[PHONE:{say_phone(p, "digits odd")}]]
A: thank you i'll call you back in ((dur:fifteen minutes)) if we get cut off
"""


@case(TEST, "transcript")
def _(g):
    pc = g.uk_postcode("NR2")
    return f"""
A: And what's the address for the new connection?
C: [[ADDR:Flat 6, 31 Briarcliff Terrace, Norwich]], [[POST:{pc}]].
A: Thanks. The earliest engineer slot is ((date:Wednesday 10 December)).
C: I move in on the ((date:3rd)). I work from home, I can't go a week without broadband.
"""


@case(TEST, "asr")
def _(g):
    pc = g.uk_postcode("LS6")
    return f"""
A: what's the postcode please
C: [[POST:{say_postcode_uk(pc)}]]
A: and the house number
C: [[ADDR:eighty eight halvorsen road]]
A: okay i can see [[ADDR:eighty eight halvorsen road]] the parcel was left with a neighbour at ((time:two fourteen))
"""


@case(TEST, "transcript")
def _(g):
    z = g.zip()
    return f"""
A: Can I get the ZIP code for the billing address?
C: [[POST:{z}]].
A: Thank you. And the street address?
C: [[ADDR:2200 Magnolia Boulevard, Suite 410]].
"""


@case(TEST, "asr")
def _(g):
    z = g.zip("992")
    return f"""
A: and what's the address you want it shipped to
C: [[ADDR:thirty one sycamore hollow spokane]] washington [[POST:{say(z)}]]
A: and that's a house not an apartment
C: house yeah
"""


@case(TEST, "transcript")
def _(g):
    pc = g.uk_postcode("EH3")
    p = g.uk_phone("mobile")
    return f"""
A: Can I take your name and address for the complaint?
C: [[NAME:Rhys Llewellyn]], [[ADDR:5 Fenwick Place, Edinburgh]], [[POST:{pc}]].
A: Thank you, Mr [[NAME:Llewellyn]]. And a contact number?
C: [[PHONE:{uk_phone_t(p, intl=True)}]].
"""


@case(TEST, "asr")
def _(g):
    p = g.us_phone()
    return f"""
A: and who am i speaking with
C: this is [[NAME:chidi okonkwo]] calling for my brother
A: okay mister [[NAME:okonkwo]] i can't discuss the account with you unless he's on the line
C: he's right here let me put him on speaker his number's [[PHONE:{say_phone(p, "oh")}]] if you need it
"""


add(TEST, "transcript", """
A: And the email you'd like the itinerary sent to?
C: [[EMAIL:connor_vasquez@yahoo.com]]. That's [[NAME:Connor]] with two n's.
A: Got it, [[EMAIL:connor_vasquez@yahoo.com]].
""")


add(TEST, "asr", """
A: and your email address
C: yeah [[EMAIL:i hartley at proton dot me]]
A: [[EMAIL:i hartley at proton dot me]]
C: yeah
""")


add(TEST, "transcript", """
A: Who's the primary contact for the business account?
C: That's me, [[NAME:Nikhil Banerjee]]. Email is [[EMAIL:nikhil@banerjee-dental.com]].
A: Thank you, Dr [[NAME:Banerjee]]. I see ((qty:14)) lines on the account.
""")


add(TEST, "asr", """
A: and what email have we got for you
C: it should be [[EMAIL:rosalind dot mbeki at btinternet dot com]]
A: i've got [[EMAIL:r mbeki at btinternet dot com]]
C: oh that's my old one can you change it
""")


# ---- look-alikes: numbers that must stay ------------------------------------------------------

add(TEST, "transcript", """
C: I placed an order for ((qty:3500)) units of the ((model:TR-7700)) and only ((qty:2,150)) showed up.
A: I'm sorry about that. When was the delivery?
C: ((date:Monday the 17th)). Our production line starts on ((date:December 1st)) and we can't run without the rest.
A: Let me check the warehouse. I can see ((qty:1,350)) units allocated to you at the Reno site.
""")


add(TEST, "asr", """
C: we need ((qty:fourteen hundred)) crates by friday or the shipment to the supermarket gets cancelled
A: okay let me see how many we've got in stock
A: i can do ((qty:eight hundred)) from stock today and the other ((qty:six hundred)) on thursday
C: that works as long as they're on the ((time:six am)) truck
""")


add(TEST, "transcript", """
C: My flight ((flight:UA 1587)) to Denver was cancelled and the next one you've offered is ((dur:two days)) from now.
A: I'm sorry. I can see you were booked on the ((time:7:05)) departure.
A: I can put you on ((flight:UA 889)) at ((time:13:40)) tomorrow, or on a partner flight tonight at ((time:21:15)).
C: Tonight, please. I've been in this airport for ((dur:eleven hours)).
""")


add(TEST, "asr", """
C: i'm on ((flight:ba two nine seven)) to chicago and they've just said it's delayed to ((time:nine forty))
C: i've got a connection at ((time:eleven fifteen)) and there's no way i'm making it
A: okay let me look at the connection for you
""")


add(TEST, "transcript", """
A: The TV you're looking at is ((price:$1,149.99)), or ((price:$47.92)) a month over ((dur:24 months)) at ((pct:0%)) APR.
C: And if I pay it off early?
A: No penalty. After the promotional period the rate is ((pct:29.99%)).
""")


add(TEST, "asr", """
A: so the unlimited plan is ((price:fifty four ninety nine a month)) per line
C: and i've got ((count:four)) lines
A: with ((count:four)) lines it drops to ((price:thirty five each))
C: okay and is that locked in or does it go up after ((dur:twelve months))
""")


add(TEST, "transcript", """
C: You charged me ((price:1350 pounds)) twice. My rent goes out on the ((date:28th)) and now I'm overdrawn.
A: I'm really sorry. I can see both payments on ((date:19 November)). I'll reverse the duplicate now.
C: How long will that take?
A: It'll be back in ((dur:three to five working days)). I'll also refund the ((price:£25)) overdraft fee.
""")


@case(TEST, "asr")
def _(g):
    t = g.luhn_fail(16)
    return f"""
A: have you got the tracking number there
C: yes it's ((other:{say(t, "zero")}))
A: okay that parcel is showing as delivered at ((time:three twenty two)) yesterday
C: well it's not here and it's my son's birthday present his party's on saturday
"""


@case(TEST, "transcript")
def _(g):
    t = g.luhn_fail(16)
    return f"""
C: The tracking number is ((other:{grouped(t, [4, 4, 4, 4])})) and it hasn't moved in ((dur:six days)).
A: I see it. It's stuck at the Memphis hub. I'll open a trace.
C: It's insulin supplies. I have ((dur:two days)) left.
"""


@case(TEST, "asr")
def _(g):
    t = g.luhn_fail(16)
    return f"""
A: is that the tracking number starting ((other:{say(t[:4])})) or is that the order number
C: that's the tracking the full thing is ((other:{say(t)}))
A: okay thanks it's out for delivery today
"""


add(TEST, "transcript", """
A: Your appointment is confirmed for ((date:March 9th)) at ((time:3:45)).
C: Great. And the closing on the house is on the ((date:16th)), so the appraisal has to be done before then.
A: It will be. The appraiser needs about ((dur:forty-five minutes)) at the property.
""")


add(TEST, "asr", """
C: i've banked with you since ((year:two thousand six)) and this is how you treat me
A: i'm sorry you feel that way let me see what i can do
C: ((dur:twenty years)) and you're charging me for a late payment that was ((dur:one day)) late
""")


add(TEST, "transcript", """
C: I've been a customer since ((year:2007)). ((dur:Nineteen years)).
A: Thank you for your loyalty. I can apply a ((pct:15%)) discount to your renewal.
C: The renewal went up from ((price:$1,180)) to ((price:$1,730)). ((pct:Fifteen percent)) doesn't cover that.
""")


add(TEST, "asr", """
C: that's the ((count:fifth)) time i've rung about this
A: i'm sorry about that i can see the previous notes
C: i've got ((count:three)) kids and no hot water since sunday
A: i'll get an engineer booked for ((time:eight am)) tomorrow
""")


add(TEST, "transcript", """
A: Which model is the washer?
C: It's the ((model:WM-3400X)). Bought it ((dur:eighteen months)) ago.
A: That's still within the ((dur:two-year)) warranty. Is it showing an error code?
C: Yes, ((other:E21)).
""")


add(TEST, "asr", """
A: what model is the phone
C: it's the ((model:galaxy s twenty four)) the screen just went black
A: and how old is it
C: about ((dur:four months)) i got it in ((date:july))
""")


add(TEST, "transcript", """
A: I can see you're in room ((other:1204)) checking out on the ((date:22nd)).
C: Yes, and the heating in the room has been off since we arrived. It's ((other:14 degrees)) in here and my mother is ((other:81)).
""")


add(TEST, "asr", """
C: the car's only got ((qty:twenty three thousand)) miles on it and the gearbox has gone
A: okay and when did you buy it
C: ((year:twenty twenty three)) brand new from your dealership in may
A: right so that's inside the ((dur:three year)) warranty
""")


add(TEST, "transcript", """
C: Your engineer said he'd come between ((time:8:00)) and ((time:12:00)). It's now ((time:15:20)).
A: I'm so sorry. I can see he's running late on a previous job. The new estimate is ((time:16:45)).
C: I've taken a day off work for this. That's ((price:£140)) I've lost.
""")


add(TEST, "asr", """
A: so the broadband's showing ((qty:nine)) megs down at the moment when it should be ((qty:seventy)) at least
C: yeah and i teach online i've got a class at ((time:four)) that's ((count:thirty)) students
A: i'll push this to the fault team as urgent
""")


add(TEST, "transcript", """
A: The interest rate on the new loan would be ((pct:6.49%)) fixed for ((dur:five years)).
C: And the monthly payment?
A: On ((price:$28,000)) that's ((price:$547.80)) a month over ((dur:60 months)).
""")


add(TEST, "asr", """
C: i bought ((qty:six)) of the garden chairs and ((qty:two)) came broken
A: sorry about that was that order placed on the ((date:twentieth))
C: yeah and i'm hosting my dad's ((other:seventieth)) on ((date:sunday the thirtieth))
""")


add(TEST, "transcript", """
A: Gate ((other:B22)) is about a ((dur:15-minute)) walk from where you are.
C: Boarding closes at ((time:10:50))! It's ((time:10:38)) now.
A: I'll call the gate and let them know you're on your way.
""")


add(TEST, "asr", """
C: i got charged ((price:two hundred and forty nine dollars)) for a phone i sent back ((dur:sixteen days)) ago
A: okay i'll check when the return was received
A: i can see it got to the warehouse on the ((date:fifth)) so you should have had a credit by now
""")


# ---- more identity and contact cases (dense) --------------------------------------------------

@case(TEST, "transcript")
def _(g):
    d = g.dob()
    rx = g.acct(7)
    p = g.us_phone()
    return f"""
A: Pharmacy, this is [[NAME:Devon]]. Can I get the patient's name and date of birth?
C: [[NAME:Gwen Talbot]], [[DOB:{date_t(d, "m/d/yy")}]].
A: Thank you. Which prescription is it?
C: The blood thinner, Rx number [[ACCT:{rx}]]. I've got ((count:two)) pills left and the refill was rejected.
A: I'll call the doctor's office now. What's the best number to reach you?
C: [[PHONE:{us_phone_t(p, "1-xxx-xxx-xxxx")}]].
"""


@case(TEST, "asr")
def _(g):
    s = g.ssn()
    d = g.dob()
    a = g.acct(9)
    return f"""
C: someone's used my debit card in another country i've just had ((qty:three)) texts
A: okay let's lock it straight away can i get the account number
C: [[ACCT:{say(a)}]]
A: [[ACCT:{say_groups(a, [3, 2, 4])}]] and your social please
C: [[SSN:{s[:3]} {s[3:5]} {s[5:]}]]
A: and the date of birth on your profile
C: [[DOB:{date_s(d, "month oth yy")}]]
"""


@case(TEST, "transcript")
def _(g):
    s = g.ssn()
    d = g.dob()
    z = g.zip("276")
    return f"""
A: For the benefits application I'll need your Social Security number.
C: [[SSN:{s}]].
A: Date of birth?
C: [[DOB:{date_t(d, "Month d, yyyy")}]].
A: And your home address?
C: [[ADDR:811 Old Mill Lane, Raleigh]], North Carolina [[POST:{z}]].
"""


@case(TEST, "asr")
def _(g):
    clm = g.acct(8)
    p = g.us_phone()
    return f"""
A: did they give you a claim number
C: yeah [[ACCT:c l m {say(clm)}]]
A: sorry is the c l m part of it
C: yeah it's all one thing
A: [[ACCT:c l m {say_groups(clm, [4, 4])}]]
C: that's it
A: okay got it and the best number and email for the adjuster
C: [[PHONE:{say_phone(p, "pairs")}]] and email is [[EMAIL:callum rennie at live dot com]]
"""


@case(TEST, "transcript")
def _(g):
    a = g.acct(10)
    d = g.dob()
    pc = g.uk_postcode("S10")
    return f"""
A: Can I take your energy account number?
C: It's [[ACCT:{grouped(a, [4, 3, 3], " ")}]].
A: Thanks. And your date of birth and postcode?
C: [[DOB:{date_t(d, "d Month yyyy")}]], and it's [[POST:{pc}]]. [[ADDR:27 Pemberton Street, Sheffield]].
A: Thank you, Mrs [[NAME:Moraes]]. I can see the ((price:£412)) bill.
"""


@case(TEST, "asr")
def _(g):
    a = g.acct(9)
    p = g.us_phone()
    z = g.zip("857")
    return f"""
A: what's the account number on the bill
C: [[ACCT:{say(a, "oh")}]]
A: and the service address
C: [[ADDR:fifty five stonebridge drive tucson]] [[POST:{say(z, "oh")}]]
A: and is [[PHONE:{say_phone(p, "oh")}]] still good for you
C: no that's disconnected use [[PHONE:{say_phone(g.us_phone(), "pairs")}]]
"""


@case(TEST, "transcript")
def _(g):
    loan = g.acct(10)
    s = g.ssn()
    d = g.dob()
    p = g.us_phone()
    return f"""
A: Auto loans, can I have the loan account number?
C: [[ACCT:{loan}]]
A: And the last four of your SSN and your date of birth?
C: [[SSN:{s[-4:]}]], [[DOB:{date_t(d, "mm/dd/yyyy")}]].
A: Thank you. If we need to reach you, is it still [[PHONE:{us_phone_t(p, "(xxx) xxx-xxxx")}]]?
C: Yes. Look, the payment is ((dur:three days)) late because I was in the hospital.
"""


@case(TEST, "asr")
def _(g):
    mid = g.letters(1) + g.acct(8)
    d = g.dob()
    z = g.zip("537")
    p = g.us_phone()
    return f"""
A: can i get the member id off the card
C: [[ACCT:{spell(mid)}]]
A: date of birth
C: [[DOB:{date_s(d, "month oth yyyy")}]]
A: zip
C: [[POST:{say(z)}]]
A: and a number we can call you back on
C: [[PHONE:{say_phone(p, "digits odd")}]]
"""


@case(TEST, "transcript")
def _(g):
    ff = g.letters(2) + g.acct(7)
    p = g.us_phone()
    return f"""
A: Do you have a frequent flyer number you'd like to add?
C: Yes, [[ACCT:{ff}]].
A: And an email and mobile for flight alerts?
C: [[EMAIL:hiroshi.tanabe@gmail.com]] and [[PHONE:{us_phone_t(p, "xxx-xxx-xxxx")}]].
A: Thank you, Mr [[NAME:Tanabe]]. You're on ((flight:AA 2417)) departing at ((time:6:55 a.m.))
"""


@case(TEST, "asr")
def _(g):
    o = g.acct(7)
    z = g.zip()
    return f"""
A: can you tell me the order number
C: it's [[ACCT:{say(o)}]]
A: [[ACCT:{" ".join(o)}]] and the email on the order
C: [[EMAIL:esperanza ruiz at hotmail dot com]]
A: and the billing zip
C: [[POST:{say(z, "oh")}]]
"""


@case(TEST, "transcript")
def _(g):
    s = g.ssn()
    z = g.zip("681")
    return f"""
A: I can update the address on the account. Can you verify your full Social Security number first?
C: [[SSN:{s[:3]}-{s[3:5]}-{s[5:]}]].
A: Thank you. And the new address?
C: [[ADDR:4410 Aldergrove Avenue, Unit 12, Omaha]], Nebraska, [[POST:{z}]].
A: So [[ADDR:4410 Aldergrove Avenue, Unit 12]], [[POST:{z}]]. Got it.
"""


@case(TEST, "asr")
def _(g):
    pc = g.uk_postcode("G12")
    p = g.uk_phone("leeds")
    return f"""
A: what's the address you're calling about
C: it's [[ADDR:thirteen ravenscroft road glasgow]] [[POST:{say_postcode_uk(pc)}]]
A: and the best contact number
C: [[PHONE:{say(p, "oh")}]] that's my work
A: and your name please
C: [[NAME:zainab osei]] the water's coming through the light fittings
"""


@case(TEST, "transcript")
def _(g):
    d = g.dob()
    z = g.zip()
    return f"""
A: To get you a quote I'll need your date of birth.
C: [[DOB:{date_t(d, "Month dth, yyyy")}]]
A: And the address where the car is kept overnight?
C: [[ADDR:16 Chestnut Row]], [[POST:{z}]].
A: And an email to send the quote to?
C: [[EMAIL:bart.crane@aol.com]]
"""


@case(TEST, "asr")
def _(g):
    s = "55" + g.ssn()[2:]
    d = g.dob()
    return f"""
A: and your social security number
C: [[SSN:{say(s, "oh", doubles=True)}]]
A: okay and date of birth
C: i was born [[DOB:{date_s(d, "m d yy")}]]
"""


@case(TEST, "transcript")
def _(g):
    loan = g.acct(12)
    s = g.ssn()
    p = g.us_phone()
    return f"""
A: Mortgage servicing, this is [[NAME:Marguerite]]. Loan number?
C: [[ACCT:{grouped(loan, [4, 4, 4], "-")}]].
A: And for verification, the borrower's Social?
C: [[SSN:{s[:3]}-{s[3:5]}-{s[5:]}]].
A: Thank you. I'll have the escrow team call you back at [[PHONE:{us_phone_t(p, "(xxx) xxx-xxxx")}]].
C: Please, because the closing is ((date:Friday the 12th)) and the lender still doesn't have the payoff letter.
"""


@case(TEST, "asr")
def _(g):
    d = g.dob()
    a = g.acct(8, first_nonzero=False)
    return f"""
A: can i have the account number and the date of birth of the account holder
C: account's [[ACCT:{say(a, "oh")}]] and his birthday is [[DOB:{date_s(d, "month oth yy")}]]
A: and you are
C: i'm his daughter [[NAME:ayesha]]
"""


@case(TEST, "transcript")
def _(g):
    ref = f"{g.acct(2)}-{g.acct(4)}-{g.acct(2)}"
    p = g.uk_phone("bristol")
    return f"""
A: Have you got a reference from the engineer?
C: Yes, REF [[ACCT:{ref}]].
A: Thank you, Mr [[NAME:O'Halloran]]. I'll book the follow-up visit and the engineer will ring [[PHONE:{uk_phone_t(p)}]] ((dur:30 minutes)) before.
"""


@case(TEST, "asr")
def _(g):
    z = g.zip()
    return f"""
A: and what address should the technician go to
C: [[ADDR:nineteen oh two quarry hill road]]
A: [[ADDR:nineteen oh two quarry hill road]] and the zip code
C: [[POST:{say(z)}]]
A: [[POST:{say(z)}]] okay
"""


@case(TEST, "transcript")
def _(g):
    ln = g.acct(9)
    return f"""
A: Do you have your rewards number?
C: I do. [[ACCT:{ln}]].
A: Thank you. And should I send the folio to [[EMAIL:w.fairbanks@fairbankslaw.com]]?
C: Yes, that's the one.
"""


@case(TEST, "asr")
def _(g):
    c = g.card("visa")
    v = g.cvv()
    mm, yy = g.expiry()
    return f"""
A: okay so i'll need the card details to pay the excess
C: [[CARD:{say_groups(c)}]]
A: expiry
C: it says [[EXP:{exp_s(mm, yy, "oh")}]]
A: and the code on the back
C: it's a bit worn i think it's [[CVV:{say(v)}]]
"""


@case(TEST, "transcript")
def _(g):
    d = g.dob()
    p = g.uk_phone("mobile")
    pc = g.uk_postcode("CB4")
    return f"""
A: I'll need to ask a few security questions. What's your date of birth?
C: It's [[DOB:{date_t(d, "dd/mm/yyyy")}]].
A: And your postcode?
C: [[POST:{pc}]]
A: And the mobile number we have for you?
C: [[PHONE:{uk_phone_t(p)}]]
A: Thank you, you're verified.
"""


@case(TEST, "asr")
def _(g):
    d = g.dob()
    a = g.acct(10)
    return f"""
A: can i take your name
C: [[NAME:wendell fairbanks]]
A: and your date of birth mister [[NAME:fairbanks]]
C: [[DOB:{date_s(d, "oth of month yyyy")}]]
A: and the account number if you have it
C: it's [[ACCT:{grouped(a, [2, 5, 3], " ")}]]
"""


@case(TEST, "asr")
def _(g):
    s = g.ssn()
    d = g.dob()
    return f"""
A: and to file the extension i'll need the social on the return
C: okay it's [[SSN#s:{say(s[:3])}]] uh [[SSN#s:{say(s[3:])}]]
A: and the date of birth
C: [[DOB:{date_s(d, "month d yyyy")}]]
A: okay the deadline is ((date:april fifteenth)) so we're fine
"""


@case(TEST, "transcript")
def _(g):
    s = g.ssn()
    p = g.us_phone()
    return f"""
C: I got a notice that my student loan is going into default. My SSN is [[SSN:{s[:3]}-{s[3:5]}-{s[5:]}]].
A: Thank you. I can see the payment due on ((date:October 15)) was missed. Can I confirm your email?
C: It's [[EMAIL:z.osei@valleystate.edu]]. And my phone is [[PHONE:{us_phone_t(p, "xxx-xxx-xxxx")}]].
A: I can set up an income-driven plan today, which could bring the payment down to ((price:$0)).
"""


@case(TEST, "asr")
def _(g):
    c = g.card("mc")
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: just so you know there's a ((pct:three percent)) fee on card payments
C: that's fine the card's [[CARD:{say(c, "oh")}]]
A: and when does it expire
C: [[EXP:{exp_s(mm, yy, "month yy")}]]
A: and the cvv
C: [[CVV:{say(v, "oh")}]]
A: that's [[CVV:{say(v, "oh")}]] yeah
C: yes
"""


add(TEST, "asr", """
C: i'm on ((flight:delta fourteen oh six)) and we've been sat on the tarmac for ((dur:three hours))
C: my phone's on like ((pct:ten percent)) and i've got a connection at ((time:eight twenty))
A: okay i can see the flight the crew are waiting for a gate
A: i've protected you on the ((time:ten fifteen)) if you miss it you'll be in seat ((other:thirty one c))
""")


@case(TEST, "transcript")
def _(g):
    s = g.ssn()
    d = g.dob()
    p = g.us_phone()
    return f"""
A: Let's get the new checking account opened. Full legal name?
C: [[NAME:Callum James Rennie]].
A: Date of birth and Social Security number?
C: [[DOB:{date_t(d, "mm/dd/yyyy")}]], and [[SSN:{s[:3]} {s[3:5]} {s[5:]}]].
A: And a mobile number for the security codes?
C: [[PHONE:{us_phone_t(p, "(xxx) xxx-xxxx")}]]
A: Thank you. There's a ((price:$25)) minimum opening deposit.
"""


add(TEST, "asr", """
A: what year is the vehicle
C: it's a ((year:twenty twenty one)) i've had it since ((year:twenty twenty two))
A: and roughly how many miles
C: about ((qty:forty thousand)) and the transmission's slipping
A: okay at ((qty:forty thousand)) you're still inside the powertrain warranty
""")


@case(TEST, "asr")
def _(g):
    d = g.dob()
    e = "imogen dot hartley at gmail dot com"
    return f"""
A: can i take your date of birth to find the booking
C: [[DOB:{date_s(d, "oth of month yyyy")}]]
A: thank you and the email on the booking
C: [[EMAIL:{e}]]
A: i can see it you're checking in on the ((date:twenty third)) for ((dur:four nights))
"""


# ---- more card numbers ------------------------------------------------------------------------

@case(TEST, "transcript")
def _(g):
    c = g.card("mc")
    mm, yy = g.expiry()
    return f"""
C: If this bill isn't paid today my line gets cut off, and I run my business off this phone.
A: I can take it now. What's the card number?
C: It's [[CARD:{card_t(c)}]], valid until [[EXP:{exp_t(mm, yy, "mm/yy")}]].
A: Thank you. That's gone through, your service is safe.
"""


@case(TEST, "asr")
def _(g):
    c = g.card("visa")
    a, b = cut(c, [8, 8])
    v = g.cvv()
    return f"""
I: please say your card number now
C: [[CARD#c:{say(a, "oh", doubles=True)}]]
I: please continue
C: [[CARD#c:{say(b, "oh", doubles=True)}]]
I: now say the three digit security code
C: [[CVV:{say(v, "oh")}]]
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("amex")
    v = g.cvv(4)
    return f"""
A: And which card should I charge the ((price:$89)) reinstatement fee to?
C: Amex. [[CARD:{c}]].
A: And the four digits on the front, above the card number?
C: [[CVV:{v}]].
"""


@case(TEST, "asr")
def _(g):
    c = g.card("discover")
    mm, yy = g.expiry()
    return f"""
A: okay i'm ready for the discover number
C: [[CARD:{say_groups(c)}]]
A: perfect and it's good through
C: [[EXP:{exp_s(mm, yy, "month yyyy")}]]
"""


@case(TEST, "asr")
def _(g):
    c = g.card("visa")
    while not any(q[2:] == "00" for q in cut(c, [4, 4, 4, 4])):
        c = g.card("visa")
    v = g.cvv()
    return f"""
A: the room's ((price:one eighty nine)) a night can i take a card to hold it
C: yeah it's [[CARD:{say_groups(c)}]]
A: [[CARD:{say(c, "oh")}]] and the code
C: [[CVV:{say(v)}]]
"""


@case(TEST, "transcript")
def _(g):
    c = g.card("visa")
    a, b = cut(c, [12, 4])
    mm, yy = g.expiry()
    v = g.cvv()
    return f"""
A: Go ahead with the long number.
C: [[CARD#c:{grouped(a, [4, 4, 4])}]]... sorry, my son's shouting... [[CARD#c:{b}]].
A: No problem. Expiry?
C: [[EXP:{exp_t(mm, yy, "mm/yy")}]]
A: And the three digits on the back?
C: [[CVV:{v}]]
"""

# ============================================================================================
# Build, check, count, write
# ============================================================================================
SEEDS = {"dev": 20261130, "test": 77031}


def build(split: list, prefix: str, seed: int) -> list[dict]:
    g = Gen(seed)
    cases = []
    for n, (style, body) in enumerate(split, 1):
        text = body(g) if callable(body) else body
        c = build_case(f"{prefix}-{n:03d}", style, text)
        validate_case(c)
        cases.append(c)
    return cases


def masked_lines(cases: list[dict]) -> dict[str, str]:
    """Utterance text with pii/keep contents replaced by a slot, lower-cased, unpunctuated."""
    out = {}
    for c in cases:
        for i, u in enumerate(c["utterances"]):
            spans = sorted([s for s in c["pii"] + c["keep"] if s["utterance"] == i], key=lambda s: s["start"])
            t, pos = "", 0
            for s in spans:
                t += u["text"][pos:s["start"]] + " SLOT "
                pos = s["end"]
            t += u["text"][pos:]
            t = " ".join(re.findall(r"[a-z']+|SLOT", t.replace("SLOT", "\0").lower().replace("\0", "SLOT")))
            out.setdefault(t, c["case_id"])
    return out


def values(cases: list[dict], types: set[str]) -> dict[str, str]:
    out = {}
    for c in cases:
        for s in c["pii"]:
            if s["type"] in types:
                v = c["utterances"][s["utterance"]]["text"][s["start"]:s["end"]].lower()
                out.setdefault(v, c["case_id"])
    return out


def street_name(address: str) -> str:
    """'Flat 2, 38 Seaview Parade, Cardiff' -> 'seaview parade'; 'nine lantern hill road' ->
    'lantern hill road' (the part with the street word, without numbers and unit words)."""
    parts = [p for p in address.lower().split(",") if STREET_WORDS & set(re.findall(r"[a-z]+", p))]
    words = re.findall(r"[a-z]+", parts[0])
    drop = set(WORD_DIGIT) | set(TEENS) | set(TENS_IDX) | {"hundred", "thousand", "flat", "apartment", "apt", "unit", "suite"}
    return " ".join(w for w in words if w not in drop and len(w) > 1)


def check_separation(dev: list[dict], test: list[dict]) -> None:
    """Dev must not share sentences (beyond short back-channels), people, streets or e-mails
    with test."""
    md, mt = masked_lines(dev), masked_lines(test)
    shared = [(t, md[t], mt[t]) for t in md.keys() & mt.keys() if len(t.split()) >= 4]
    assert not shared, f"dev and test share utterances: {shared}"
    vd, vt = values(dev, {"EMAIL", "ADDRESS"}), values(test, {"EMAIL", "ADDRESS"})
    assert not (vd.keys() & vt.keys()), f"shared e-mail/address values: {vd.keys() & vt.keys()}"
    name_d = {w for v in values(dev, {"NAME"}) for w in v.split()}
    name_t = {w for v in values(test, {"NAME"}) for w in v.split()}
    assert not (name_d & name_t), f"dev and test share names: {name_d & name_t}"
    streets_d = {street_name(v) for v in values(dev, {"ADDRESS"})}
    streets_t = {street_name(v) for v in values(test, {"ADDRESS"})}
    assert not (streets_d & streets_t), f"dev and test share streets: {streets_d & streets_t}"


def counts(cases: list[dict]) -> dict:
    pii = Counter()
    groups = Counter()
    keep = Counter()
    utt = Counter()
    ordinary = Counter()
    n_cases = Counter()
    for c in cases:
        st = c["style"]
        n_cases[st] += 1
        utt[st] += len(c["utterances"])
        for s in c["pii"]:
            pii[(s["type"], st)] += 1
        for g in {(s["group"], s["type"]) for s in c["pii"]}:
            groups[(g[1], st)] += 1
        for s in c["keep"]:
            keep[(s["kind"], st)] += 1
        marked = {s["utterance"] for s in c["pii"] + c["keep"]}
        ordinary[st] += sum(1 for i in range(len(c["utterances"])) if i not in marked)
    return {"pii": pii, "groups": groups, "keep": keep, "utt": utt, "ordinary": ordinary, "cases": n_cases}


def table(name: str, cases: list[dict]) -> str:
    k = counts(cases)
    L = [f"### {name} ({sum(k['cases'].values())} cases, {sum(k['utt'].values())} utterances)", ""]
    L.append("| | transcript | asr | total |")
    L.append("|---|---:|---:|---:|")

    def row(label, counter, key=None):
        a = counter[(key, "transcript")] if key else counter["transcript"]
        b = counter[(key, "asr")] if key else counter["asr"]
        L.append(f"| {label} | {a} | {b} | {a + b} |")
    row("cases", k["cases"])
    row("utterances", k["utt"])
    row("ordinary utterances (no pii, no keep)", k["ordinary"])
    L.append("| **pii spans** | | | |")
    for t in PII_TYPES:
        row(t, k["pii"], t)
    L.append(f"| all pii spans | {sum(v for (t, s), v in k['pii'].items() if s == 'transcript')} | "
             f"{sum(v for (t, s), v in k['pii'].items() if s == 'asr')} | {sum(k['pii'].values())} |")
    L.append("| **pii values (groups)** | | | |")
    for t in PII_TYPES:
        row(t, k["groups"], t)
    L.append("| **keep (look-alikes)** | | | |")
    for t in KEEP_KINDS:
        row(t, k["keep"], t)
    L.append(f"| all keep spans | {sum(v for (t, s), v in k['keep'].items() if s == 'transcript')} | "
             f"{sum(v for (t, s), v in k['keep'].items() if s == 'asr')} | {sum(k['keep'].values())} |")
    return "\n".join(L)


# What the brief asks of the test file (spans, not values), and of dev about in proportion.
MINIMUMS = {"CARD_NUMBER": 45, "CVV": 25, "EXPIRY": 25, "SSN": 15, "PHONE": 25, "EMAIL": 20,
            "DOB": 20, "ADDRESS": 20, "POSTCODE": 20, "ACCOUNT_NUMBER": 25, "NAME": 25}


def check_minimums(cases: list[dict], scale: float, min_utts: int) -> list[str]:
    k = counts(cases)
    short = []
    for t, n in MINIMUMS.items():
        have = k["pii"][(t, "transcript")] + k["pii"][(t, "asr")]
        if have < int(n * scale):
            short.append(f"{t}: {have} < {int(n * scale)}")
    if sum(k["keep"].values()) < int(70 * scale):
        short.append(f"keep: {sum(k['keep'].values())} < {int(70 * scale)}")
    if sum(k["ordinary"].values()) < int(60 * scale):
        short.append(f"ordinary: {sum(k['ordinary'].values())} < {int(60 * scale)}")
    if sum(k["utt"].values()) < min_utts:
        short.append(f"utterances: {sum(k['utt'].values())} < {min_utts}")
    return short


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="build and validate, write nothing")
    args = ap.parse_args(argv)
    Gen.used.clear()
    dev = build(DEV, "d", SEEDS["dev"])
    test = build(TEST, "t", SEEDS["test"])
    check_separation(dev, test)
    problems = ([f"dev {p}" for p in check_minimums(dev, 0.3, 110)]
                + [f"test {p}" for p in check_minimums(test, 1.0, 320)])
    print(table("dev.jsonl", dev))
    print()
    print(table("test.jsonl", test))
    if problems:
        print("\nBELOW TARGET:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    if not args.check:
        for name, cases in (("dev.jsonl", dev), ("test.jsonl", test)):
            with open(HERE / name, "w", encoding="utf-8") as f:
                for c in cases:
                    f.write(json.dumps(c, ensure_ascii=False) + "\n")
        print(f"\nwrote {HERE / 'dev.jsonl'} and {HERE / 'test.jsonl'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
