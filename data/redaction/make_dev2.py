#!/usr/bin/env python3
"""Write data/redaction/dev2.jsonl: a second development set for the transcript redactor.

The conversations below were written fresh for this file (not adapted from dev.jsonl or
test.jsonl). Each case is a small function that returns a list of (speaker, text) turns with
inline markup:

    [[TYPE:text]]        a pii span of TYPE (its own group)
    [[TYPE#x:text]]      a pii span in group x (pieces of one value share x within a case)
    ((kind:text))        a look-alike that must NOT be redacted

Names, streets, e-mail addresses and look-alikes are written by hand. Card numbers, security
codes, expiry dates, SSNs, phones, postcodes, dates of birth and account numbers come from a
seeded generator (`Gen`) and are rendered in the case's style by the helpers below. The markup
is stripped by code and every offset is computed from the clean text; `check_case` then
validates every span and the script exits with status 1 (writing nothing) if any check fails.

    python3 data/redaction/make_dev2.py           # writes dev2.jsonl, prints the counts
    python3 data/redaction/make_dev2.py --check   # builds and validates only
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "dev2.jsonl"
SEED = 240917

PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
SPEAKERS = {"a": "agent", "c": "customer", "i": "ivr"}

# 1.5x the test-set minimums of the brief (pii counted in spans).
MIN_SPANS = {"CARD_NUMBER": 68, "CVV": 38, "EXPIRY": 38, "SSN": 23, "PHONE": 38, "EMAIL": 30,
             "DOB": 30, "ADDRESS": 30, "POSTCODE": 30, "ACCOUNT_NUMBER": 38, "NAME": 40}
MIN_KEEP = 120
MIN_ORDINARY = 120
MIN_UTTERANCES = 400
TRANSCRIPT_SHARE = (0.40, 0.50)  # about 45% of utterances in transcript style

# --------------------------------------------------------------------------------------------
# number words
# --------------------------------------------------------------------------------------------

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD_UNITS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
             7: "seventh", 8: "eighth", 9: "ninth"}
ORD_WORDS = {10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
             15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
             19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def digit_word(ch: str, zero: str = "oh") -> str:
    return zero if ch == "0" else DIGIT_WORDS[int(ch)]


def say(d: str, zero: str = "oh", double: bool = False) -> str:
    """Digit by digit: '4005' -> 'four oh oh five' (or 'four double oh five')."""
    words, i = [], 0
    while i < len(d):
        if double and i + 1 < len(d) and d[i + 1] == d[i] and (i + 2 >= len(d) or d[i + 2] != d[i]):
            words.append("double " + digit_word(d[i], zero))
            i += 2
        else:
            words.append(digit_word(d[i], zero))
            i += 1
    return " ".join(words)


def two(dd: str, zero: str = "oh") -> str:
    """A pair of digits as one spoken group: '41' forty one, '05' oh five, '11' eleven."""
    a, b = int(dd[0]), int(dd[1])
    if a == 0:
        return f"double {zero}" if b == 0 else f"{zero} {DIGIT_WORDS[b]}"
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else f"{TENS[a]} {DIGIT_WORDS[b]}"


def say_pairs(d: str, zero: str = "oh") -> str:
    """'4111' -> 'forty one eleven'; an odd last digit is said alone."""
    parts = [two(d[i:i + 2], zero) for i in range(0, len(d) - 1, 2)]
    if len(d) % 2:
        parts.append(digit_word(d[-1], zero))
    return " ".join(parts)


def num_words(n: int) -> str:
    if n < 10:
        return DIGIT_WORDS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIGIT_WORDS[n % 10])


def year_words(y: int) -> str:
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " " + DIGIT_WORDS[y - 2000])
    hi, lo = divmod(y, 100)
    return two(str(hi)) + " " + ("hundred" if lo == 0 else two(f"{lo:02d}"))


def ordinal_words(n: int) -> str:
    if n in ORD_UNITS:
        return ORD_UNITS[n]
    if n in ORD_WORDS:
        return ORD_WORDS[n]
    return TENS[n // 10] + " " + ORD_UNITS[n % 10]


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def groups(d: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    assert i == len(d), (d, sizes)
    return out


# --------------------------------------------------------------------------------------------
# generators
# --------------------------------------------------------------------------------------------


def luhn_ok(d: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


ZIP_PREFIX = {"OH": "43", "TX": "75", "CA": "94", "IL": "60", "FL": "33", "AZ": "85",
              "CO": "80", "MN": "55", "GA": "30", "WA": "98", "NC": "27", "MI": "48",
              "PA": "19", "OR": "97", "TN": "37", "MA": "02", "NY": "11", "WI": "53",
              "NM": "87", "KY": "40", "LA": "70", "MO": "63", "IA": "52", "VT": "05"}
UK_OUTWARD = ["LS6", "BS3", "G12", "CF24", "M20", "EH7", "NE6", "B15", "NR2", "OX4", "SE15",
              "BT9", "L17", "S10", "CB1", "YO31", "PL4", "DD1", "LE2", "SW9", "N16", "E17",
              "BN2", "HU5", "AB10", "TR1", "KY16", "WR1", "M14", "NG7"]
UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


class Gen:
    """All generated numbers come from one seeded random stream, drawn in case order."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def card(self, brand: str = "visa") -> str:
        if brand == "visa":
            return luhn_complete("4" + self.digits(14))
        if brand == "mc":
            return luhn_complete(self.r.choice(["51", "52", "53", "54", "55"]) + self.digits(13))
        if brand == "mc2":
            return luhn_complete(str(self.r.randint(2221, 2720)) + self.digits(11))
        if brand == "amex":
            return luhn_complete(self.r.choice(["34", "37"]) + self.digits(12))
        if brand == "discover":
            return luhn_complete(self.r.choice(["6011", "6500", "6541"]) + self.digits(11))
        raise ValueError(brand)

    def not_luhn(self, n: int) -> str:
        """A long number (tracking, IMEI-like reference) that fails the Luhn check."""
        while True:
            d = self.digits(n, first_nonzero=True)
            if not luhn_ok(d):
                return d

    def cvv(self, n: int = 3) -> str:
        return self.digits(n)

    def expiry(self, expired: bool = False) -> tuple[int, int]:
        return self.r.randint(1, 12), (self.r.choice([2023, 2024]) if expired else self.r.randint(2027, 2032))

    def ssn(self) -> str:
        area = self.r.randint(1, 665)
        return f"{area:03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"

    def us_phone(self) -> str:
        """A US number in the 555-0100..0199 range kept for fiction."""
        area = f"{self.r.randint(2, 9)}{self.r.randint(0, 9)}{self.r.randint(0, 9)}"
        return area + "55501" + self.digits(2)

    def uk_mobile(self) -> str:
        return "07700900" + self.digits(3)

    def uk_london(self) -> str:
        return "02079460" + self.digits(3)

    def uk_geo(self) -> str:
        return self.r.choice(["0161", "0113", "0117", "0118", "0121", "0131", "0141", "0191"]) + "4960" + self.digits(3)

    def zip(self, state: str | None = None) -> str:
        prefix = ZIP_PREFIX[state] if state else self.r.choice(list(ZIP_PREFIX.values()))
        return prefix + self.digits(3)

    def uk_postcode(self, outward: str | None = None) -> tuple[str, str]:
        out = outward or self.r.choice(UK_OUTWARD)
        inward = str(self.r.randint(0, 9)) + "".join(self.r.choice(UK_INWARD_LETTERS) for _ in range(2))
        return out, inward

    def dob(self, lo: int = 1941, hi: int = 2005) -> tuple[int, int, int]:
        return self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(lo, hi)

    def pick(self, seq):
        return self.r.choice(seq)


# --------------------------------------------------------------------------------------------
# renderers (transcript: digits; asr: words, lower case)
# --------------------------------------------------------------------------------------------


def ct(card: str, sep: str = " ") -> str:
    """Card number as typed: '4111 1111 1111 1111', Amex '3714 496353 98431'."""
    sizes = [4, 6, 5] if len(card) == 15 else [4, 4, 4, 4]
    return sep.join(groups(card, sizes))


def mmyy(m: int, y: int, sep: str = "/", full_year: bool = False) -> str:
    return f"{m:02d}{sep}{y if full_year else y % 100:02d}"


def exp_said(m: int, y: int, form: str) -> str:
    """Spoken expiry dates."""
    month = MONTHS[m - 1].lower()
    if form == "mm_yy":        # oh four twenty seven
        return f"{two(f'{m:02d}')} {two(str(y % 100))}"
    if form == "m_yy":         # four twenty seven
        return f"{num_words(m)} {two(str(y % 100))}"
    if form == "month_year":   # april twenty twenty seven
        return f"{month} {year_words(y)}"
    if form == "month_of_yy":  # april of twenty seven
        return f"{month} of {two(str(y % 100))}"
    if form == "digits":       # zero four two seven
        return say(f"{m:02d}{y % 100:02d}", zero="zero")
    if form == "slash":        # oh four slash two seven
        return f"{say(f'{m:02d}')} slash {say(str(y % 100))}"
    raise ValueError(form)


def dob_t(dob: tuple[int, int, int], form: str) -> str:
    d, m, y = dob
    if form == "dmy":
        return f"{d} {MONTHS[m - 1]} {y}"
    if form == "mdy":
        return f"{MONTHS[m - 1]} {d}, {y}"
    if form == "us":
        return f"{m:02d}/{d:02d}/{y}"
    if form == "uk":
        return f"{d:02d}/{m:02d}/{y}"
    if form == "ord":
        return f"{ordinal(d)} of {MONTHS[m - 1]} {y}"
    if form == "short":
        return f"{m}/{d}/{y % 100:02d}"
    if form == "dots":
        return f"{d:02d}.{m:02d}.{y}"
    raise ValueError(form)


def dob_said(dob: tuple[int, int, int], form: str) -> str:
    d, m, y = dob
    month = MONTHS[m - 1].lower()
    if form == "ord_of":       # fifth of june eighty two
        return f"{ordinal_words(d)} of {month} {two(str(y % 100)) if y < 2000 else year_words(y)}"
    if form == "month_ord":    # june fifth nineteen eighty two
        return f"{month} {ordinal_words(d)} {year_words(y)}"
    if form == "slashes":      # oh three slash twelve slash nineteen seventy
        return f"{two(f'{m:02d}')} slash {two(f'{d:02d}')} slash {year_words(y)}"
    if form == "numbers":      # three twelve seventy
        return f"{num_words(m)} {num_words(d)} {two(str(y % 100)) if y < 2000 else year_words(y)}"
    if form == "day_month":    # the twelfth of march two thousand three -> span from the day
        return f"{ordinal_words(d)} of {month} {year_words(y)}"
    if form == "digits":       # one two oh four one nine eight eight
        return say(f"{m:02d}{d:02d}{y}")
    raise ValueError(form)


def ph_us(d: str, form: str = "paren") -> str:
    a, e, n = d[:3], d[3:6], d[6:]
    return {"paren": f"({a}) {e}-{n}", "dash": f"{a}-{e}-{n}", "dot": f"{a}.{e}.{n}",
            "intl": f"+1 {a} {e} {n}", "plain": d, "intl_dash": f"+1-{a}-{e}-{n}"}[form]


def ph_uk(d: str, intl: bool = False) -> str:
    """07700 900123, 020 7946 0958, 0161 496 0321 (with +44 when intl)."""
    if d.startswith("07"):
        parts = [d[:5], d[5:]]
    elif d.startswith("02"):
        parts = [d[:3], d[3:7], d[7:]]
    else:
        parts = [d[:4], d[4:7], d[7:]]
    if intl:
        parts[0] = "+44 " + parts[0][1:]
    return " ".join(parts)


def ssn_t(s: str, sep: str = "-") -> str:
    return f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}"


def pc_uk(pc: tuple[str, str]) -> str:
    return f"{pc[0]} {pc[1]}"


def pc_uk_said(pc: tuple[str, str], zero: str = "zero") -> str:
    """'M20 6WA' -> 'm two zero six w a'; two-digit districts said as a number sometimes."""
    out = []
    for ch in (pc[0] + pc[1]).lower():
        out.append(digit_word(ch, zero) if ch.isdigit() else ch)
    return " ".join(out)


def odd_groups(d: str, g: Gen) -> str:
    """Digits as a recogniser sometimes writes them: '4620 43 060182 4056'."""
    out, i = [], 0
    while i < len(d):
        n = min(len(d) - i, g.r.choice([2, 2, 3, 4, 4, 5, 6]))
        out.append(d[i:i + n])
        i += n
    return " ".join(out)


# --------------------------------------------------------------------------------------------
# markup -> case
# --------------------------------------------------------------------------------------------

MARK = re.compile(r"\[\[([A-Z_]+)(?:#(\w+))?:(.+?)\]\]|\(\(([a-z_]+):(.+?)\)\)")


def parse(marked: str):
    """Strip markup; return clean text, pii [(type, grp, start, end)], keep [(kind, start, end)]."""
    out, pii, keep, pos, n = [], [], [], 0, 0
    for m in MARK.finditer(marked):
        plain = marked[pos:m.start()]
        out.append(plain)
        n += len(plain)
        if m.group(1):
            inner = m.group(3)
            pii.append((m.group(1), m.group(2), n, n + len(inner)))
        else:
            inner = m.group(5)
            keep.append((m.group(4), n, n + len(inner)))
        out.append(inner)
        n += len(inner)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), pii, keep


def build(case_id: str, style: str, turns) -> dict:
    utterances, pii, keep, gmap = [], [], [], {}
    for ui, (spk, marked) in enumerate(turns):
        text, ps, ks = parse(marked)
        utterances.append({"speaker": SPEAKERS[spk], "text": text})
        for typ, grp, s, e in ps:
            key = grp if grp is not None else f"_auto{len(gmap)}_{ui}_{s}"
            if key not in gmap:
                gmap[key] = f"g{len(gmap) + 1}"
            pii.append({"utterance": ui, "start": s, "end": e, "type": typ, "group": gmap[key]})
        for kind, s, e in ks:
            keep.append({"utterance": ui, "start": s, "end": e, "kind": kind})
    return {"case_id": case_id, "style": style, "utterances": utterances, "pii": pii, "keep": keep}


# --------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------

WORD_DIGITS = {w: i for i, w in enumerate(DIGIT_WORDS)} | {"oh": 0, "o": 0}
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_VAL = {w: i for i, w in enumerate(TENS) if w}
MONTH_WORDS = {m.lower() for m in MONTHS} | {m.lower()[:3] for m in MONTHS}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
                "way", "court", "ct", "crescent", "terrace", "place", "pl", "boulevard", "blvd",
                "row", "mews", "parade", "trail", "pike", "grove", "gardens", "walk", "square",
                "circle", "highway", "parkway", "view", "rise", "hill", "loop", "run", "green",
                "wynd", "brae", "park", "bend", "hollow", "heights", "path", "quay", "yard"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "mx", "sir", "madam"}
UK_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_TYPED = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
ALLOWED_START = set("(+$£€")


def spoken_digits(text: str) -> str:
    """Digits of a span with spoken numbers turned into digits ('forty one eleven' -> '4111')."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in WORD_DIGITS:
            out.append(str(WORD_DIGITS[nxt]) * (2 if t == "double" else 3))
            i += 1
        elif t in WORD_DIGITS and t != "o":
            out.append(str(WORD_DIGITS[t]))
        elif t in TEEN_VAL:
            out.append(str(TEEN_VAL[t]))
        elif t in TENS_VAL:
            if nxt in WORD_DIGITS and WORD_DIGITS[nxt] != 0:
                out.append(f"{TENS_VAL[t]}{WORD_DIGITS[nxt]}")
                i += 1
            else:
                out.append(f"{TENS_VAL[t]}0")
        elif t == "hundred":
            out.append("00")
        elif t == "thousand":
            out.append("000")
        i += 1
    return "".join(out)


def digit_word_tokens(text: str):
    """(start, end) of each token that is a digit word or a digit group."""
    for m in re.finditer(r"[A-Za-z]+|\d+", text):
        w = m.group(0).lower()
        if w in WORD_DIGITS and w != "o" or w in TEEN_VAL or w in TENS_VAL or w in ("double", "triple"):
            yield m.start(), m.end()


def uk_postcode_said_ok(text: str) -> bool:
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    options = [""]
    for t in toks:
        if t.isdigit():
            alts = [t]
        elif t == "oh":
            alts = ["0", "O"]
        elif t in WORD_DIGITS:
            alts = [str(WORD_DIGITS[t])]
        elif t in TEEN_VAL:
            alts = [str(TEEN_VAL[t])]
        elif len(t) == 1:
            alts = [t.upper()]
        elif re.fullmatch(r"[a-z]{1,2}\d*", t):
            alts = [t.upper()]
        else:
            return False
        options = [o + a for o in options for a in alts]
    return any(UK_POSTCODE.match(o) for o in options)


def check_value(typ: str, value: str, style: str) -> str | None:
    low = value.lower()
    words = re.findall(r"[a-z]+", low)
    digits = spoken_digits(value)
    if typ == "CVV":
        return None if len(digits) in (3, 4) else f"CVV digits {digits!r}"
    if typ == "EXPIRY":
        if any(w in MONTH_WORDS for w in words):
            return None
        month = digits[:1] if len(digits) in (3, 5) else digits[:2]
        return None if month and 1 <= int(month) <= 12 and len(digits) in (3, 4, 5, 6) else f"EXPIRY {digits!r}"
    if typ == "SSN":
        if len(digits) == 4:
            return None if digits != "0000" else "SSN last four"
        if len(digits) != 9:
            return f"SSN digits {digits!r}"
        a, gr, s = int(digits[:3]), int(digits[3:5]), int(digits[5:])
        return None if 1 <= a <= 665 and 1 <= gr <= 99 and 1 <= s <= 9999 else f"SSN shape {digits!r}"
    if typ == "PHONE":
        main = re.split(r"\b(?:ext|extension|x)\b", low)[0]
        n = len(spoken_digits(main))
        return None if 10 <= n <= 12 else f"PHONE digits {spoken_digits(main)!r}"
    if typ == "EMAIL":
        if style == "transcript":
            return None if EMAIL_TYPED.match(value) else f"EMAIL typed {value!r}"
        has_at = " at " in f" {low} " or "@" in low
        has_dot = " dot " in f" {low} " or "." in low
        return None if has_at and has_dot else f"EMAIL spoken {value!r}"
    if typ == "DOB":
        ok = any(w in MONTH_WORDS for w in words) or len(digits) >= 4
        return None if ok else f"DOB {value!r}"
    if typ == "ADDRESS":
        first = re.findall(r"[a-z]+|\d+[a-z]?", low)[0]
        starts = (first[0].isdigit() or first in WORD_DIGITS or first in TEEN_VAL or first in TENS_VAL
                  or first in ("flat", "apartment", "apt", "unit", "suite"))
        has_street = any(w in STREET_WORDS for w in words)
        return None if starts and has_street else f"ADDRESS {value!r}"
    if typ == "POSTCODE":
        if len(digits) in (5, 9) and not re.search(r"[a-z]", re.sub(
                r"\b(zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|ten|eleven|twelve|"
                r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                r"fifty|sixty|seventy|eighty|ninety|dash)\b", "", low)):
            return None
        return None if uk_postcode_said_ok(value) else f"POSTCODE {value!r}"
    if typ == "ACCOUNT_NUMBER":
        return None if len(digits) >= 2 else f"ACCOUNT_NUMBER digits {digits!r}"
    if typ == "NAME":
        if re.search(r"\d", value):
            return f"NAME has digits {value!r}"
        if words and words[0] in TITLES:
            return f"NAME starts with a title {value!r}"
        return None
    return None


def check_case(case: dict) -> list[str]:
    errs: list[str] = []
    cid, style = case["case_id"], case["style"]
    utts = case["utterances"]
    by_utt: dict[int, list] = {}
    group_types: dict[str, str] = {}
    group_digits: dict[str, str] = {}
    group_vals: dict[str, list[str]] = {}
    for p in case["pii"]:
        by_utt.setdefault(p["utterance"], []).append(("pii", p))
        if p["type"] not in PII_TYPES:
            errs.append(f"{cid}: bad type {p['type']}")
        if group_types.setdefault(p["group"], p["type"]) != p["type"]:
            errs.append(f"{cid}: group {p['group']} mixes types")
    for k in case["keep"]:
        by_utt.setdefault(k["utterance"], []).append(("keep", k))
        if k["kind"] not in KEEP_KINDS:
            errs.append(f"{cid}: bad keep kind {k['kind']}")
    if style not in ("transcript", "asr"):
        errs.append(f"{cid}: bad style")
    for ui, u in enumerate(utts):
        text = u["text"]
        if style == "asr" and re.search(r"[A-Z]", text):
            errs.append(f"{cid}/{ui}: capitals in an asr utterance: {text!r}")
        if any(x in text for x in ("[[", "]]", "((", "))")):
            errs.append(f"{cid}/{ui}: markup left in text")
        spans = sorted(by_utt.get(ui, []), key=lambda x: x[1]["start"])
        covered = [False] * len(text)
        for kind, sp in spans:
            s, e = sp["start"], sp["end"]
            val = text[s:e] if 0 <= s < e <= len(text) else None
            where = f"{cid}/{ui} {sp.get('type', sp.get('kind'))} {val!r}"
            if val is None:
                errs.append(f"{where}: span outside text or empty")
                continue
            if val != val.strip():
                errs.append(f"{where}: leading/trailing space")
            if not (val[0].isalnum() or val[0] in ALLOWED_START):
                errs.append(f"{where}: starts with punctuation")
            if not (val[-1].isalnum() or val[-1] == "%" or re.search(r"[ap]\.m\.$", val)):
                errs.append(f"{where}: ends with punctuation")
            if s > 0 and text[s - 1].isalnum() or e < len(text) and text[e].isalnum():
                errs.append(f"{where}: starts or ends inside a word")
            for i in range(s, e):
                covered[i] = True
            if kind == "pii":
                group_vals.setdefault(sp["group"], []).append(val)
                if sp["type"] == "CARD_NUMBER":
                    group_digits[sp["group"]] = group_digits.get(sp["group"], "") + spoken_digits(val)
            else:
                kd = spoken_digits(val)
                if 13 <= len(kd) <= 19 and luhn_ok(kd):
                    errs.append(f"{where}: look-alike passes Luhn")
                for k2, sp2 in spans:
                    if k2 == "pii":
                        pd = spoken_digits(text[sp2["start"]:sp2["end"]])
                        if kd and (kd == pd or len(kd) >= 3 and kd in pd):
                            errs.append(f"{where}: look-alike has the digits of a pii span")
        for (_, a), (_, b) in zip(spans, spans[1:]):
            if a["end"] > b["start"]:
                errs.append(f"{cid}/{ui}: overlapping spans {a} {b}")
        for i, ch in enumerate(text):
            if ch.isdigit() and not covered[i]:
                errs.append(f"{cid}/{ui}: digit outside any span: {text!r}")
                break
        run, prev_end = 0, None
        for s, e in digit_word_tokens(text):
            if covered[s]:
                run, prev_end = 0, None
                continue
            run = run + 1 if prev_end is not None and text[prev_end:s].strip() == "" else 1
            prev_end = e
            if run >= 4:
                errs.append(f"{cid}/{ui}: run of digit words outside spans: {text!r}")
                break
    # a value said in pieces is checked whole (the pieces joined in order)
    for grp, vals in group_vals.items():
        typ = group_types[grp]
        pieces = vals if typ in ("NAME", "ADDRESS") else [" ".join(vals)]
        for val in pieces:
            msg = check_value(typ, val, style)
            if msg:
                errs.append(f"{cid} {grp}: {msg}")
    for grp, d in group_digits.items():
        if len(d) not in (15, 16) or not luhn_ok(d) or (len(d) == 15 and d[:2] not in ("34", "37")):
            errs.append(f"{cid}: card group {grp} digits {d!r} (len {len(d)}) fail")
    return errs


# --------------------------------------------------------------------------------------------
# the conversations
# --------------------------------------------------------------------------------------------

CASES = []


def case(style: str, topic: str):
    def deco(fn):
        CASES.append((style, topic, fn))
        return fn
    return deco

# --------------------------------------------------------------------------------------------
# build, check, count, write
# --------------------------------------------------------------------------------------------


def build_all() -> list[dict]:
    g = Gen(SEED)
    return [build(f"d2-{i:03d}", style, fn(g)) for i, (style, _topic, fn) in enumerate(CASES, 1)]


def count(cases: list[dict]) -> dict:
    c: Counter = Counter()
    for case in cases:
        st = case["style"]
        c["cases", st] += 1
        c["utterances", st] += len(case["utterances"])
        labelled = {p["utterance"] for p in case["pii"]} | {k["utterance"] for k in case["keep"]}
        c["ordinary", st] += len(case["utterances"]) - len(labelled)
        for p in case["pii"]:
            c["span", p["type"], st] += 1
        for typ, grp in {(p["type"], p["group"]) for p in case["pii"]}:
            c["value", typ, st] += 1
        for k in case["keep"]:
            c["keep", k["kind"], st] += 1
    return c


def table(c: Counter) -> str:
    def row(label, *key):
        t, a = c[(*key, "transcript")], c[(*key, "asr")]
        return f"| {label} | {t} | {a} | {t + a} |"
    lines = ["| | transcript | asr | total |", "|---|---:|---:|---:|",
             row("cases", "cases"), row("utterances", "utterances"),
             row("ordinary utterances (no pii, no keep)", "ordinary"), "| **pii spans** | | | |"]
    lines += [row(t, "span", t) for t in PII_TYPES]
    tot = lambda st, kind, names: sum(c[(kind, n, st)] for n in names)
    ts, as_ = tot("transcript", "span", PII_TYPES), tot("asr", "span", PII_TYPES)
    lines.append(f"| all pii spans | {ts} | {as_} | {ts + as_} |")
    lines.append("| **pii values (groups)** | | | |")
    lines += [row(t, "value", t) for t in PII_TYPES]
    lines.append("| **keep (look-alikes)** | | | |")
    lines += [row(k, "keep", k) for k in KEEP_KINDS]
    tk, ak = tot("transcript", "keep", KEEP_KINDS), tot("asr", "keep", KEEP_KINDS)
    lines.append(f"| all keep spans | {tk} | {ak} | {tk + ak} |")
    return "\n".join(lines)


def check_all(cases: list[dict], c: Counter) -> list[str]:
    errs = [e for case in cases for e in check_case(case)]
    both = lambda *key: c[(*key, "transcript")] + c[(*key, "asr")]
    for t, n in MIN_SPANS.items():
        if both("span", t) < n:
            errs.append(f"only {both('span', t)} {t} spans, need {n}")
    keeps = sum(both("keep", k) for k in KEEP_KINDS)
    if keeps < MIN_KEEP:
        errs.append(f"only {keeps} look-alikes, need {MIN_KEEP}")
    if both("ordinary") < MIN_ORDINARY:
        errs.append(f"only {both('ordinary')} ordinary utterances, need {MIN_ORDINARY}")
    n_utt = both("utterances")
    if n_utt < MIN_UTTERANCES:
        errs.append(f"only {n_utt} utterances, need {MIN_UTTERANCES}")
    share = c["utterances", "transcript"] / max(n_utt, 1)
    if not TRANSCRIPT_SHARE[0] <= share <= TRANSCRIPT_SHARE[1]:
        errs.append(f"transcript share {share:.2f} outside {TRANSCRIPT_SHARE}")
    # variety: no utterance of four words or more said twice in the set
    seen: dict[str, str] = {}
    for case in cases:
        for u in case["utterances"]:
            key = re.sub(r"[^a-z ]", "", u["text"].lower()).strip()
            if len(key.split()) >= 4:
                if key in seen:
                    errs.append(f"{case['case_id']}: utterance repeats {seen[key]}: {u['text']!r}")
                seen.setdefault(key, case["case_id"])
    ids = [case["case_id"] for case in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate case ids")
    return errs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="build and validate only; write nothing")
    args = ap.parse_args()
    cases = build_all()
    c = count(cases)
    errs = check_all(cases, c)
    again = build_all()
    if json.dumps(again) != json.dumps(cases):
        errs.append("generation is not deterministic")
    n_utt = c["utterances", "transcript"] + c["utterances", "asr"]
    print(f"### dev2.jsonl ({len(cases)} cases, {n_utt} utterances, "
          f"{c['utterances', 'transcript'] / max(n_utt, 1):.0%} transcript)\n")
    print(table(c))
    if errs:
        print(f"\n{len(errs)} check(s) failed:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    if not args.check:
        with OUT.open("w", encoding="utf-8") as f:
            for case in cases:
                f.write(json.dumps(case, ensure_ascii=False) + "\n")
        print(f"\nwrote {OUT} ({len(cases)} cases)")
    else:
        print("\nall checks passed (nothing written: --check)")


# ---- cards and payments: transcript ---------------------------------------------------------


@case("transcript", "banking")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    return [
        ("a", "Good afternoon, Harrowgate Bank card services, my name is [[NAME:Delphine]]. What can I do for you?"),
        ("c", "Hi [[NAME:Delphine]], my card keeps getting declined and the holding deposit on the flat has to be paid by ((time:5 pm)) today or it goes to the next person."),
        ("a", "Right, let's get that moving. Could you read me the long number on the front of the card?"),
        ("c", f"[[CARD_NUMBER:{ct(c)}]]."),
        ("a", "And the expiry date, month and year?"),
        ("c", f"[[EXPIRY:{mmyy(m, y)}]]."),
        ("a", "Last thing, the three digits on the signature strip."),
        ("c", f"[[CVV:{v}]]."),
        ("a", "Thank you. There's an automatic fraud block from ((time:11:52)) this morning. I've released it, so if you try the payment again now it should go straight through."),
    ]


@case("transcript", "retail")
def _(g):
    c, (m, y), v = g.card("amex"), g.expiry(), g.cvv(4)
    return [
        ("a", "So the replacement desk ships today, but the original refund went back to a card that's been closed, so I need a new card to take the delivery surcharge of ((price:$34.50))."),
        ("c", f"Fine, use the Amex. [[CARD_NUMBER:{ct(c, '-')}]]."),
        ("a", f"Reading that back: [[CARD_NUMBER:{ct(c)}]]. Is that right?"),
        ("c", f"That's right. It runs out [[EXPIRY:{MONTHS[m - 1]} {y}]] and the code on the front is [[CVV:{v}]]."),
        ("a", "Perfect, that's gone through. The desk will arrive between ((time:8 a.m.)) and ((time:noon)) on ((date:May 9th))."),
        ("c", "Great, I start working from home that week so the timing's tight."),
    ]


@case("transcript", "telecom")
def _(g):
    c, (m, y), v = g.card("mc"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "To stop the disconnection I can take the overdue ((price:£86.40)) now, over the phone. Which card would you like to use?"),
        ("c", f"My debit card. [[CARD_NUMBER#a:{p[0]} {p[1]}]]"),
        ("a", "Mm-hmm."),
        ("c", f"[[CARD_NUMBER#a:{p[2]} {p[3]}]]."),
        ("a", "Got it. When does it expire?"),
        ("c", f"[[EXPIRY:{mmyy(m, y, full_year=True)}]]."),
        ("a", "And the security number on the back, please."),
        ("c", f"[[CVV:{v}]]."),
        ("a", "That's paid. The line won't be cut off, and you'll get a text confirmation within ((duration:ten minutes))."),
    ]


@case("transcript", "insurance")
def _(g):
    c, (m, y), v = g.card("discover"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "The policy lapses at midnight unless the missed premium is paid, so let's take it now. Card number when you're ready."),
        ("c", f"OK, it's [[CARD_NUMBER#a:{p[0]} {p[1]}]]... sorry, I can't find my glasses... [[CARD_NUMBER#a:{p[2]} {p[3]}]]."),
        ("a", "No problem at all. Expiry?"),
        ("c", f"[[EXPIRY:{m}/{y % 100:02d}]]"),
        ("a", "And the CVV?"),
        ("c", f"[[CVV:{v}]]."),
        ("a", "Thank you. That's ((price:$212.17)) taken and the policy stays active. I'm sorry about the reminder letter going to your old address."),
    ]


@case("transcript", "banking")
def _(g):
    old_m, old_y = g.expiry(expired=True)
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    return [
        ("c", "I think the problem is that the card you have on file is my old one."),
        ("a", "Let me look. Yes, the card ending there shows as expired."),
        ("c", f"It expired [[EXPIRY:{MONTHS[old_m - 1]} {old_y}]]. The new one is [[CARD_NUMBER:{c}]]."),
        ("a", "Thanks. What's the expiry on the new card?"),
        ("c", f"[[EXPIRY:{mmyy(m, y)}]], and the security code is [[CVV:{v}]]."),
        ("a", f"Just to confirm, expiry [[EXPIRY:{mmyy(m, y)}]] and code [[CVV:{v}]]?"),
        ("c", "Yes."),
        ("a", "Updated. Your ((price:$19.99)) monthly subscription will come off the new card from now on."),
    ]


@case("transcript", "travel")
def _(g):
    c, (m, y), v = g.card("mc2"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "The change fee to move you onto the ((time:18:40)) departure is ((price:€75)). Shall I take that on a card?"),
        ("c", "Please, I just need to get home tonight."),
        ("a", "Go ahead with the card number."),
        ("c", f"[[CARD_NUMBER#a:{p[0]} {p[1]} {p[2]}]]"),
        ("a", "Yep."),
        ("c", f"[[CARD_NUMBER#a:{p[3]}]]."),
        ("a", f"So that's [[CARD_NUMBER#b:{p[0]} {p[1]}]]..."),
        ("c", "Yes."),
        ("a", f"...[[CARD_NUMBER#b:{p[2]} {p[3]}]]. And the expiry and the code on the back?"),
        ("c", f"[[EXPIRY:{mmyy(m, y)}]], [[CVV:{v}]]."),
        ("a", "All done. Boarding starts ((duration:45 minutes)) before departure, from Gate ((other:14)) most likely."),
    ]


@case("transcript", "utilities")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    return [
        ("c", "I want to pay the whole arrears today so the engineer doesn't come to fit the prepayment meter."),
        ("a", "I can take that. The balance is ((price:£1,146.08))."),
        ("c", f"OK. Card: [[CARD_NUMBER:{ct(c)}]], expiry [[EXPIRY:{mmyy(m, y, '/')}]], CVV [[CVV:{v}]]."),
        ("a", "Thank you, that's gone through. I've cancelled the warrant visit that was booked for ((date:Friday 21 March))."),
        ("c", "Thank God. My mum's on oxygen at home, we can't have the power going off."),
        ("a", "I'll add her to the priority services register as well, so you'd get notice of any planned cuts."),
    ]


@case("transcript", "retail")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    return [
        ("a", "You're through to [[NAME:Sunniva]] at Brightwell Home. Are you calling about an order?"),
        ("c", "I'm placing one. We need ((quantity:400)) of the folding chairs for a wedding on the ((date:28th)), can you still deliver by then?"),
        ("a", "We can if it goes in today. How would you like to pay?"),
        ("c", f"Card. [[CARD_NUMBER:{ct(c, '')}]]"),
        ("a", f"I'll just repeat it: [[CARD_NUMBER:{ct(c)}]]."),
        ("c", f"Yes, expires [[EXPIRY:{mmyy(m, y)}]], three-digit code [[CVV:{v}]]."),
        ("a", "Thank you. That's ((price:$3,960)) including delivery, arriving on ((date:June 26)) between ((time:7)) and ((time:11 a.m.))"),
    ]


# ---- cards and payments: asr -----------------------------------------------------------------


@case("asr", "banking")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    return [
        ("a", "okay and what's the card you want to use for the transfer fee"),
        ("c", f"its the visa debit [[CARD_NUMBER:{say(c)}]]"),
        ("a", "and when does that one expire"),
        ("c", f"[[EXPIRY:{exp_said(m, y, 'mm_yy')}]]"),
        ("a", "and the last three on the back"),
        ("c", f"[[CVV:{say(v)}]]"),
        ("a", "thank you bear with me while that goes through it can take a minute or so"),
    ]


@case("asr", "retail")
def _(g):
    c, (m, y), v = g.card("mc"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "alright i can reserve the last two in stock for you if we take payment now"),
        ("c", "yeah please do they're for my daughter's birthday on saturday"),
        ("a", "lovely whenever you're ready with the card"),
        ("c", f"[[CARD_NUMBER:{' '.join(say_pairs(x) for x in p)}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{exp_said(m, y, 'month_year')}]]"),
        ("a", "security code"),
        ("c", f"[[CVV:{say(v)}]]"),
        ("a", "perfect they'll be held at the front desk for ((duration:forty eight hours))"),
    ]


@case("asr", "telecom")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "okay fire away with the card number"),
        ("c", f"[[CARD_NUMBER#a:{say(p[0])} {say(p[1])}]]"),
        ("a", "okay"),
        ("c", f"[[CARD_NUMBER#a:{say(p[2])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD_NUMBER#a:{say(p[3])}]]"),
        ("a", "and expiry"),
        ("c", f"[[EXPIRY:{exp_said(m, y, 'm_yy')}]]"),
        ("a", "cvv"),
        ("c", f"[[CVV:{say(v)}]] and can you make sure the roaming is switched on this time i'm flying out on the ((date:fourteenth))"),
    ]


@case("asr", "insurance")
def _(g):
    c, (m, y), v = g.card("mc"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "so to reinstate the cover today i'll need the payment card"),
        ("c", f"right um [[CARD_NUMBER#a:{say(p[0])}]] um let me see [[CARD_NUMBER#a:{say(p[1])}]]"),
        ("a", "take your time"),
        ("c", f"hang on the dog's going mad at the postman sorry [[CARD_NUMBER#a:{say(p[2])} {say(p[3])}]]"),
        ("a", "no worries expiry date on that"),
        ("c", f"[[EXPIRY:{exp_said(m, y, 'month_of_yy')}]]"),
        ("a", "and the three digit code"),
        ("c", f"[[CVV:{say(v, zero='zero')}]]"),
    ]


@case("asr", "travel")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    return [
        ("a", "and how are you paying for the upgrade today"),
        ("c", f"card number is [[CARD_NUMBER:{odd_groups(c, g)}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{m:02d} {y % 100}]]"),
        ("a", "and the code on the back of it"),
        ("c", f"[[CVV:{v}]]"),
        ("a", "thank you that's ((price:one hundred and ten dollars)) charged and the seat is yours"),
    ]


@case("asr", "retail")
def _(g):
    c, (m, y), v = g.card("amex"), g.expiry(), g.cvv(4)
    p = groups(c, [4, 6, 5])
    return [
        ("c", "i wanna pay off the store card balance before the interest kicks in"),
        ("a", "sure which card are you paying with"),
        ("c", f"american express [[CARD_NUMBER:{say(p[0])} {say(p[1])} {say(p[2])}]]"),
        ("a", f"let me read it back [[CARD_NUMBER:{say(p[0])} {say(p[1])} {say(p[2])}]]"),
        ("c", "yep"),
        ("a", "and the four digit code on the front"),
        ("c", f"[[CVV:{say(v)}]] expires [[EXPIRY:{exp_said(m, y, 'mm_yy')}]]"),
        ("a", "lovely that clears the ((price:six hundred and forty pounds)) so no interest this month"),
    ]


@case("asr", "banking")
def _(g):
    c, (m, y), v = g.card("discover"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "for security can you read me the card number"),
        ("c", f"[[CARD_NUMBER:{say(p[0], double=True)} {say(p[1], double=True)} {say(p[2], double=True)} {say(p[3], double=True)}]]"),
        ("a", f"thanks and just to confirm that was [[CARD_NUMBER:{say(c)}]]"),
        ("c", "correct"),
        ("a", "and the expiry and cvv please"),
        ("c", f"[[EXPIRY:{exp_said(m, y, 'slash')}]] and [[CVV:{say(v, double=True)}]]"),
        ("a", "thank you i can see three transactions in lisbon that you don't recognise"),
        ("c", "i've never been to portugal in my life"),
    ]


@case("asr", "utilities")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "you're through to the payments line this is [[NAME:gideon]]"),
        ("c", f"hi [[NAME:gideon]] i got a letter saying the water's being cut off on ((date:monday)) i want to pay it now"),
        ("a", "okay let's do that now what's the card"),
        ("c", f"[[CARD_NUMBER#a:{say_pairs(p[0])} {say(p[1])}]] sorry the kids are screaming [[CARD_NUMBER#a:{say(p[2])} {say_pairs(p[3])}]]"),
        ("a", "thank you and the expiry"),
        ("c", f"[[EXPIRY:{exp_said(m, y, 'digits')}]]"),
        ("a", "security number"),
        ("c", f"[[CVV:{say(v)}]]"),
    ]


@case("asr", "retail")
def _(g):
    c, (m, y), v = g.card("mc2"), g.expiry(), g.cvv()
    return [
        ("c", f"yeah hi i'm ringing to pay for the sofa i've got the card here its [[CARD_NUMBER:{say(c, zero='zero')}]] expiry [[EXPIRY:{exp_said(m, y, 'mm_yy')}]] and the code's [[CVV:{say(v, zero='zero')}]]"),
        ("a", "wow okay you were ready for me"),
        ("c", "i've been on hold ((duration:forty minutes)) i had plenty of time"),
        ("a", "i'm sorry about the wait let me just put that through"),
        ("a", "right that's taken and the sofa's booked for delivery ((date:next wednesday))"),
    ]


@case("asr", "travel")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "the hotel needs a card to guarantee the room for late arrival"),
        ("c", f"okay um [[CARD_NUMBER#a:{say(p[0])}]]"),
        ("a", "yep"),
        ("c", f"[[CARD_NUMBER#a:{say(p[1])}]]"),
        ("a", "go on"),
        ("c", f"[[CARD_NUMBER#a:{say(p[2])}]] uh [[CARD_NUMBER#a:{say(p[3])}]]"),
        ("a", f"so that's [[CARD_NUMBER#b:{say(c)}]]"),
        ("c", f"yes expiry [[EXPIRY:{exp_said(m, y, 'm_yy')}]] code [[CVV:{say(v)}]]"),
        ("a", "great we'll hold room ((other:four one two)) for you until ((time:two am))"),
    ]


@case("asr", "banking")
def _(g):
    c, (m, y), v = g.card("mc"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "what's the number on the new card"),
        ("c", f"[[CARD_NUMBER:{p[0]} {say(p[1])} {p[2]} {say(p[3])}]]"),
        ("a", "and the valid thru date"),
        ("c", f"[[EXPIRY:{m}/{y % 100}]]"),
        ("a", "and the code"),
        ("c", f"[[CVV:{v}]]"),
        ("a", f"thanks i'm reading [[CVV:{say(v)}]] expiring [[EXPIRY:{exp_said(m, y, 'month_year')}]] is that right"),
        ("c", "that's right"),
    ]


@case("asr", "charity")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "and would you like to make that a monthly gift of ((price:ten pounds)) or a one off"),
        ("c", "one off for now"),
        ("a", "no problem can i take the card details"),
        ("c", f"[[CARD_NUMBER#a:{say(p[0])} {say(p[1])}]]"),
        ("a", "uh huh"),
        ("c", f"[[CARD_NUMBER#a:{say(p[2])}]] and then [[CARD_NUMBER#a:{say(p[3])}]]"),
        ("a", "and the expiry date"),
        ("c", f"it says valid until [[EXPIRY:{exp_said(m, y, 'mm_yy')}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{say(v)}]]"),
    ]


@case("asr", "telecom")
def _(g):
    c, (m, y), v = g.card("amex"), g.expiry(), g.cvv(4)
    p = groups(c, [4, 6, 5])
    return [
        ("a", "okay so for the new handset there's an upfront cost of ((price:ninety nine)) what card would you like to use"),
        ("c", f"amex [[CARD_NUMBER:{say_pairs(p[0])} {say(p[1])} {say(p[2])}]]"),
        ("a", "and is that the four digits on the front for the code"),
        ("c", f"yeah [[CVV:{say_pairs(v)}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{exp_said(m, y, 'month_of_yy')}]]"),
        ("a", "lovely the ((model_number:pixel nine)) will be with you ((date:tomorrow)) before ((time:one pm))"),
    ]


@case("asr", "ivr")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    return [
        ("i", "please say or enter your card number"),
        ("c", f"[[CARD_NUMBER:{say(c)}]]"),
        ("i", f"you said [[CARD_NUMBER:{say(c)}]] if that's correct say yes"),
        ("c", "yes"),
        ("i", "please say the expiry date as four digits"),
        ("c", f"[[EXPIRY:{say(f'{m:02d}{y % 100}')}]]"),
        ("i", "and now the three digit security code"),
        ("c", f"[[CVV:{say(v)}]]"),
        ("i", "thank you please hold while we process your payment"),
    ]


@case("asr", "travel")
def _(g):
    c, (m, y), v = g.card("mc"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("c", "look i'm stuck in the airport in denver with no way to get to the hotel and my card's been stopped"),
        ("a", "i'm sorry to hear that let me see what's happened can you give me the card number"),
        ("c", f"[[CARD_NUMBER#a:{say_pairs(p[0])} {say_pairs(p[1])}]] hang on they're calling something over the speaker"),
        ("a", "that's okay"),
        ("c", f"[[CARD_NUMBER#a:{say_pairs(p[2])} {say_pairs(p[3])}]]"),
        ("a", "and the expiry on that"),
        ("c", f"[[EXPIRY:{exp_said(m, y, 'month_year')}]]"),
        ("a", f"and the cvv"),
        ("c", f"[[CVV:{say(v)}]]"),
        ("a", "thank you the block was because of the ((price:twelve hundred dollar)) rental car hold i've cleared it now"),
    ]


@case("asr", "insurance")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "the excess on the claim is ((price:two fifty)) can i take that now"),
        ("c", "go on then"),
        ("c", f"its [[CARD_NUMBER#a:{say(p[0])} {say(p[1])} {say(p[2])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD_NUMBER#a:{say(p[3])}]] expiring [[EXPIRY:{exp_said(m, y, 'mm_yy')}]]"),
        ("a", "and the three numbers on the back"),
        ("c", f"[[CVV:{say(v)}]]"),
        ("a", f"so that was [[CARD_NUMBER#b:{say(p[0])} {say(p[1])}]] then [[CARD_NUMBER#b:{say(p[2])} {say(p[3])}]]"),
        ("c", "yeah"),
    ]


# ---- identity, contact details, accounts: transcript ---------------------------------------


@case("transcript", "banking")
def _(g):
    dob, ssn, z, ph = g.dob(), g.ssn(), g.zip("OH"), g.us_phone()
    return [
        ("a", "Welcome to Cuyahoga Federal Credit Union, this is [[NAME:Winona]]. Are you opening a new account with us today?"),
        ("c", "Yes, a joint checking account with my wife. We close on the house on the ((date:14th)) and the lender wants the funds sitting here first."),
        ("a", "Congratulations. Let's start with the primary holder. Your full legal name?"),
        ("c", "[[NAME:Teodoro Villanueva]]."),
        ("a", "Date of birth?"),
        ("c", f"[[DOB:{dob_t(dob, 'mdy')}]]."),
        ("a", "Social Security number?"),
        ("c", f"[[SSN:{ssn_t(ssn)}]]."),
        ("a", "And your home address?"),
        ("c", f"[[ADDRESS:1187 Larkspur Lane, Dayton]], Ohio [[POSTCODE:{z}]]."),
        ("a", "Best number to reach you?"),
        ("c", f"Cell is [[PHONE:{ph_us(ph, 'paren')}]]."),
        ("a", "Thank you, Mr. [[NAME:Villanueva]]. Your wife will get her own link to finish her part, it takes about ((duration:ten minutes))."),
    ]


@case("transcript", "utilities")
def _(g):
    dob, old, new = g.dob(), g.uk_postcode("LS6"), g.uk_postcode("YO31")
    return [
        ("a", "Northfield Energy, you're speaking with [[NAME:Rhys]]. How can I help?"),
        ("c", "I'm moving house on Saturday and I need to close the account at my old place and open one at the new one."),
        ("a", "Of course. Can I take the account holder's name?"),
        ("c", "[[NAME:Margit Halvorsen]]. The surname is [[NAME:H-A-L-V-O-R-S-E-N]]."),
        ("a", "Thanks. And your date of birth for security?"),
        ("c", f"[[DOB:{dob_t(dob, 'dmy')}]]."),
        ("a", "And the address you're leaving?"),
        ("c", f"[[ADDRESS:Flat 6, 22 Pendle View, Leeds]], [[POSTCODE:{pc_uk(old)}]]."),
        ("a", "And where are you moving to?"),
        ("c", f"[[ADDRESS:9 Whitethorn Close]], in York. Postcode [[POSTCODE:{pc_uk(new)}]]."),
        ("a", f"So that's [[POSTCODE:{pc_uk(new)}]]?"),
        ("c", "That's it."),
        ("a", "Lovely. I'll need meter readings from both on the day. A photo from your phone is fine."),
    ]


@case("transcript", "insurance")
def _(g):
    pol = f"HQ-{g.digits(4)}-{g.digits(3)}"
    ph = g.us_phone()
    return [
        ("a", "Claims line, this is [[NAME:Anouk]]. Is everyone safe?"),
        ("c", "Yes, thank God. Someone rear-ended me on I-((other:71)) near mile marker ((other:62)). The car's not drivable."),
        ("a", "I'm glad you're OK. What's your policy number?"),
        ("c", f"[[ACCOUNT_NUMBER:{pol}]]."),
        ("a", "And the vehicle?"),
        ("c", "A ((year:2019)) Honda Civic."),
        ("a", "Did you get the other driver's details?"),
        ("c", f"His name's [[NAME:Lorcan Doyle]], and his number is [[PHONE:{ph_us(ph, 'dash')}]]. He says he's with another insurer."),
        ("a", "That's really helpful. I'm sending a tow truck now; the estimate is ((duration:35 to 50 minutes))."),
        ("c", "It's getting dark and I've got ((count:two)) kids in the back. Please hurry."),
    ]


@case("transcript", "telecom")
def _(g):
    acct, mob, dob = g.digits(8, True), g.uk_mobile(), g.dob()
    return [
        ("a", "Hello, you're through to Kestrel Mobile, my name's [[NAME:Imogen]]. Could I start with your account number?"),
        ("c", f"It's [[ACCOUNT_NUMBER:{acct}]]."),
        ("a", "And the mobile number on the account?"),
        ("c", f"[[PHONE:{ph_uk(mob)}]]."),
        ("a", "And finally your date of birth?"),
        ("c", f"[[DOB:{dob_t(dob, 'ord')}]]."),
        ("a", "Thanks, [[NAME:Fergus]]. What's happened?"),
        ("c", "My bill has jumped to ((price:£148)) this month. I've been on the same ((price:£22)) plan for ((duration:three years))."),
        ("a", "I can see roaming charges from the ((date:2nd)) to the ((date:9th)). Were you abroad?"),
        ("c", "I was in Spain, but your text said I'd be capped."),
    ]


@case("transcript", "healthcare")
def _(g):
    dob, mem, ph = g.dob(), "W" + g.digits(9), g.us_phone()
    return [
        ("a", "Thank you for calling Pinecrest Pharmacy benefits. Who am I speaking with?"),
        ("c", "This is [[NAME:Esperanza Delgado]], I'm calling for my father, [[NAME:Aurelio Delgado]]."),
        ("a", "Thank you. Can I have his member ID?"),
        ("c", f"[[ACCOUNT_NUMBER:{mem}]]."),
        ("a", "And his date of birth?"),
        ("c", f"[[DOB:{dob_t(dob, 'us')}]]."),
        ("a", "What can I help with?"),
        ("c", "His insulin was refused at the counter. He has ((duration:two days)) left and the pharmacy says the prior authorisation expired."),
        ("a", "I'm putting in an urgent override now. That allows a ((duration:30-day)) supply today while the doctor renews it."),
        ("c", f"Can someone call me when it's done? [[PHONE:{ph_us(ph, 'dot')}]]."),
        ("a", f"I'll have the pharmacist call [[PHONE:{ph_us(ph, 'dash')}]] within the hour."),
    ]


@case("transcript", "mortgage")
def _(g):
    loan, ssn = g.digits(10, True), g.ssn()
    return [
        ("a", "Meridian Home Loans, [[NAME:Tariq]] speaking."),
        ("c", "Hi [[NAME:Tariq]], I've had no word on my final approval and we close ((date:next Friday))."),
        ("a", "Let me check. What's the loan number?"),
        ("c", f"[[ACCOUNT_NUMBER:{loan}]]."),
        ("a", "And to verify, the last four of your Social?"),
        ("c", f"[[SSN:{ssn[-4:]}]]."),
        ("a", f"Thank you. I'm showing [[SSN:{ssn[-4:]}]] matches. The underwriter is waiting on ((count:one)) more bank statement."),
        ("c", "I uploaded that ((duration:four days)) ago!"),
        ("a", "I can see it now; it was filed under the wrong category. I'll move it and flag the file as urgent."),
    ]


@case("transcript", "travel")
def _(g):
    ff, em_user = "ZW" + g.digits(7), "b.holloway"
    return [
        ("a", "Aurora Airways loyalty desk, you're speaking to [[NAME:Cressida]]."),
        ("c", "Hello. I flew ((flight_number:AU 382)) to Toronto last week and the miles never showed up."),
        ("a", "Let me look into that. What's your membership number?"),
        ("c", f"[[ACCOUNT_NUMBER:{ff}]]."),
        ("a", "And the name on the membership?"),
        ("c", "[[NAME:Beatrix Holloway]]."),
        ("a", "Thank you, Ms. [[NAME:Holloway]]. The flight was booked under a different spelling of your surname, so it didn't match."),
        ("c", "Ridiculous. Can you email me once it's fixed?"),
        ("a", f"Of course. Is it still [[EMAIL:{em_user}@fastmail.com]]?"),
        ("c", f"No, it's [[EMAIL:beatrix.holloway1958@gmail.com]] now."),
        ("a", "Updated. The ((quantity:3,412)) miles will post within ((duration:72 hours))."),
    ]


@case("transcript", "government")
def _(g):
    ssn, dob, z = g.ssn(), g.dob(), g.zip("NM")
    return [
        ("a", "You've reached the benefits helpline. Before we begin, I need to verify your identity. Full name?"),
        ("c", "[[NAME:Ximena Ortega]]."),
        ("a", "Social Security number?"),
        ("c", f"[[SSN:{ssn_t(ssn, ' ')}]]."),
        ("a", "Date of birth?"),
        ("c", f"[[DOB:{dob_t(dob, 'short')}]]."),
        ("a", "And the ZIP code where you receive mail?"),
        ("c", f"[[POSTCODE:{z}]]."),
        ("a", "Thank you. I see your payment for ((date:March)) was held. We sent a letter asking for proof of address."),
        ("c", "I never got it. I moved in ((date:January)) and rent is due on the ((date:1st))."),
    ]


@case("transcript", "retail")
def _(g):
    order, ph = g.digits(7, True), g.uk_london()
    track = g.not_luhn(16)
    return [
        ("c", f"Hi, I'm chasing order [[ACCOUNT_NUMBER:{order}]]. It was meant to arrive yesterday for my son's ((other:18th))."),
        ("a", "Let me check. I have a tracking number here."),
        ("a", f"It's [[ACCOUNT_NUMBER:{order}]], tracking ((other:{ct(track)})). It's showing at the local depot."),
        ("c", "Can the courier call me before coming? They never find the house."),
        ("a", "What number should they use?"),
        ("c", f"[[PHONE:{ph_uk(ph, intl=True)}]]."),
        ("a", "I've added that with a note. Delivery is booked between ((time:10:00)) and ((time:14:00)) tomorrow."),
    ]


# ---- identity, contact details, accounts: asr ----------------------------------------------


@case("asr", "banking")
def _(g):
    dob, ssn, z = g.dob(), g.ssn(), g.zip("TX")
    return [
        ("a", "thanks for calling lone star savings my name is [[NAME:bartholomew]] can i get your full name please"),
        ("c", "yeah its [[NAME:desmond okafor]]"),
        ("a", "and your date of birth mister [[NAME:okafor]]"),
        ("c", f"[[DOB:{dob_said(dob, 'month_ord')}]]"),
        ("a", "and the social"),
        ("c", f"[[SSN:{say(ssn[:3])} {say(ssn[3:5])} {say(ssn[5:])}]]"),
        ("a", "and the zip code on the account"),
        ("c", f"[[POSTCODE:{say(z)}]]"),
        ("a", "perfect you're verified what can i help with"),
        ("c", "somebody took out ((price:two grand)) from my savings at an atm in houston last night and i was asleep at home"),
    ]


@case("asr", "utilities")
def _(g):
    dob, pc = g.dob(), g.uk_postcode("M20")
    return [
        ("a", "hiya you're through to [[NAME:jolene]] at northern gas can i take the name on the account"),
        ("c", "[[NAME:thandiwe mokoena]] that's [[NAME:m o k o e n a]]"),
        ("a", "thank you and first line of the address and postcode"),
        ("c", f"[[ADDRESS:forty one copperbeech road]] [[POSTCODE:{pc_uk_said(pc)}]]"),
        ("a", f"that's [[POSTCODE:{pc_uk_said(pc)}]] yeah"),
        ("c", "yeah"),
        ("a", "and date of birth"),
        ("c", f"[[DOB:{dob_said(dob, 'ord_of')}]]"),
        ("a", "lovely what can i do for you"),
        ("c", "the boiler's gone and i've got a newborn in the house its freezing"),
    ]


@case("asr", "telecom")
def _(g):
    mob, acct = g.uk_mobile(), g.digits(9, True)
    return [
        ("a", "what's the best number to call you back on if we get cut off"),
        ("c", f"[[PHONE:{say(mob, double=True)}]]"),
        ("a", f"so [[PHONE:{say(mob)}]]"),
        ("c", "that's it"),
        ("a", "and your account number please"),
        ("c", f"um [[ACCOUNT_NUMBER#a:{say(acct[:5])}]] uh [[ACCOUNT_NUMBER#a:{say(acct[5:])}]]"),
        ("a", "great and what's the issue today"),
        ("c", "broadband's been dropping every ((duration:twenty minutes)) for ((duration:a week)) and i work from home"),
    ]


@case("asr", "insurance")
def _(g):
    claim, ph = g.digits(8, True), g.us_phone()
    return [
        ("a", "claims this is [[NAME:paloma]] do you have a claim number already"),
        ("c", f"yeah the claim number is [[ACCOUNT_NUMBER:{say_pairs(claim)}]]"),
        ("a", f"thanks [[ACCOUNT_NUMBER:{say(claim)}]] i've got it up"),
        ("c", "the adjuster was supposed to come out on tuesday and nobody showed the roof is still open to the rain"),
        ("a", "i'm really sorry about that let me get someone out there today what's a good number for the adjuster to call"),
        ("c", f"[[PHONE:{say(ph[:3])} {say(ph[3:6])} {say_pairs(ph[6:])}]]"),
        ("a", "got it someone will call you within the next ((duration:two hours))"),
    ]


@case("asr", "retail")
def _(g):
    order = g.digits(8, True)
    return [
        ("a", "can i have your email address please"),
        ("c", "[[EMAIL:oluwaseun dot adebayo at protonmail dot com]]"),
        ("a", "sorry could you spell the first part"),
        ("c", "[[EMAIL:o l u w a s e u n dot a d e b a y o at protonmail dot com]]"),
        ("a", "thank you and the order number"),
        ("c", f"[[ACCOUNT_NUMBER:{odd_groups(order, g)}]]"),
        ("a", "okay so it looks like the parcel was left at a neighbour's"),
        ("c", "which neighbour i've knocked on every door"),
    ]


@case("asr", "healthcare")
def _(g):
    dob, ph = g.dob(), g.us_phone()
    return [
        ("a", "okay i just need to confirm some details first what's the patient's name"),
        ("c", "[[NAME:kwame asante]]"),
        ("a", "and what's his birthday"),
        ("c", f"[[DOB:{dob_said(dob, 'slashes')}]]"),
        ("a", "and a callback number"),
        ("c", f"[[PHONE:{say(ph[:3])} {say(ph[3:6], zero='zero')} {say(ph[6:], zero='zero')}]]"),
        ("a", "thanks so the appointment is moved to ((date:thursday the third)) at ((time:nine fifteen))"),
        ("c", "that's too late he's out of his blood pressure tablets ((date:tomorrow))"),
        ("a", "i'll send a message to the doctor today for an emergency prescription"),
    ]


@case("asr", "travel")
def _(g):
    ref = f"{g.pick('bcdfghjkmnpqrstvwxyz')}{g.digits(1)}{g.pick('bcdfghjkmnpqrstvwxyz')}{g.pick('bcdfghjkmnpqrstvwxyz')}{g.digits(1)}{g.pick('bcdfghjkmnpqrstvwxyz')}"
    spoken = " ".join(digit_word(ch) if ch.isdigit() else ch for ch in ref)
    return [
        ("c", "hi my flight from manchester was cancelled and i'm stuck in reykjavik with my two kids"),
        ("a", "oh no i'm sorry to hear that can i take the booking reference"),
        ("c", f"[[ACCOUNT_NUMBER:{spoken}]]"),
        ("a", "and the lead passenger's surname"),
        ("c", "[[NAME:kearney]]"),
        ("a", f"thank you so booking [[ACCOUNT_NUMBER:{spoken}]] for [[NAME:siobhan kearney]] and two children"),
        ("c", "yes"),
        ("a", "i can get you on ((flight_number:fi four forty)) ((date:tomorrow)) at ((time:seven forty)) and i'll book a hotel for tonight"),
    ]


@case("asr", "banking")
def _(g):
    ssn = g.ssn()
    return [
        ("a", "for verification can you give me the last four of your social"),
        ("c", f"[[SSN:{say(ssn[-4:])}]]"),
        ("a", "thank you and the name on the account"),
        ("c", "[[NAME:harriet pemberton]]"),
        ("a", "thanks miss [[NAME:pemberton]] how can i help"),
        ("c", "i need to stop a check i wrote i think it was stolen out of my mailbox"),
        ("a", "okay do you know the check number and the amount"),
        ("c", "it's check ((other:two oh four)) for ((price:eight hundred and fifty dollars))"),
    ]


@case("asr", "government")
def _(g):
    ssn, dob, z = g.ssn(), g.dob(), g.zip("GA")
    return [
        ("a", "okay i'll need your social security number"),
        ("c", f"[[SSN#a:{say(ssn[:3])}]] um [[SSN#a:{say(ssn[3:5])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[SSN#a:{say(ssn[5:])}]]"),
        ("a", "and your d o b"),
        ("c", f"[[DOB:{dob_said(dob, 'numbers')}]]"),
        ("a", "and your zip"),
        ("c", f"[[POSTCODE:{say(z)}]]"),
        ("a", "okay your unemployment claim was approved the first payment goes out in ((duration:three to five business days))"),
    ]


# ---- contact details: changes, read-backs, values in one breath -----------------------------


@case("transcript", "banking")
def _(g):
    mob, home, pc = g.uk_mobile(), g.uk_geo(), g.uk_postcode("EH7")
    return [
        ("a", "I can update your contact details now. What's the new address?"),
        ("c", f"[[ADDRESS:2F1, 36 Inkerman Street, Edinburgh]] [[POSTCODE:{pc_uk(pc)}]]. And the mobile's changed too, it's [[PHONE:{ph_uk(mob)}]]."),
        ("a", f"So [[ADDRESS:2F1, 36 Inkerman Street]], [[POSTCODE:{pc_uk(pc)}]], and mobile [[PHONE:{ph_uk(mob)}]]."),
        ("c", f"Yes. You can delete the landline, [[PHONE:{ph_uk(home)}]], I don't have it any more."),
        ("a", "Done. Anything else while I have you?"),
        ("c", "Just make sure the new cards go to the new flat. The old one gets cleared out on ((date:Monday))."),
    ]


@case("asr", "retail")
def _(g):
    z = g.zip("WA")
    return [
        ("a", "and what's the email you'd like the receipt sent to"),
        ("c", "[[EMAIL:k wexler plus bills @ icloud.com]]"),
        ("a", "and that's icloud not gmail"),
        ("c", "yep icloud"),
        ("a", "and the delivery address"),
        ("c", f"its [[ADDRESS:four four oh two old mill pike tacoma]] [[POSTCODE:{say(z)}]]"),
        ("a", f"okay [[ADDRESS:forty four oh two old mill pike]] and that's [[POSTCODE:{say(z)}]]"),
        ("c", "right and please tell the driver to leave it by the garage not the front door"),
    ]


@case("transcript", "telecom")
def _(g):
    dob = g.dob()
    return [
        ("a", "Before I make any changes, can you confirm your date of birth?"),
        ("c", f"[[DOB:{dob_t(dob, 'uk')}]]."),
        ("a", f"Thank you, [[DOB:{dob_t(dob, 'dmy')}]], that matches. And the email address on the account?"),
        ("c", "It was [[EMAIL:ines_carvalho@sapo.pt]] but I want it changed to [[EMAIL:ines.carvalho.lx@gmail.com]]."),
        ("a", "Let me read that back: [[EMAIL:ines.carvalho.lx@gmail.com]]."),
        ("c", "Perfect. The bills have been going to an inbox I can't get into since ((year:2022))."),
    ]


@case("asr", "utilities")
def _(g):
    mob, pc = g.uk_mobile(), g.uk_postcode("NE6")
    return [
        ("c", f"hello yeah i'm phoning about a gas smell outside my house its [[ADDRESS:twelve foxglove crescent]] [[POSTCODE:{pc_uk_said(pc)}]]"),
        ("a", "okay please don't use any switches or naked flames is anyone else in the house"),
        ("c", "just me and my mam she's ((other:eighty six))"),
        ("a", "please both go outside and leave the door open an engineer will be with you within ((duration:an hour)) what number can they reach you on"),
        ("c", f"[[PHONE#a:{say(mob[:5])} {say(mob[5:8])}]] um [[PHONE#a:{say(mob[8:])}]]"),
        ("a", f"thank you i've got [[PHONE:{say(mob)}]] stay on that phone please"),
    ]


@case("transcript", "insurance")
def _(g):
    ph, z = g.us_phone(), g.zip("FL")
    return [
        ("a", "Storm claims, this is [[NAME:Gideon]]. I'll need the address of the damaged property."),
        ("c", f"[[ADDRESS:2205 Bayou Bend Boulevard, Unit 12, Pensacola]], Florida [[POSTCODE:{z}]]."),
        ("a", "Thank you. And is this the best contact number, the one you're calling from?"),
        ("c", f"No, use my sister's. [[PHONE:{ph_us(ph, 'intl')}]]. We're staying with her; half the roof is in the yard."),
        ("a", "I'm so sorry. I'm approving ((price:$1,500)) for emergency living expenses today, and an adjuster will contact you within ((duration:48 hours))."),
        ("c", "Thank you. Honestly, I didn't know if we were even covered."),
    ]


@case("asr", "telecom")
def _(g):
    dob = g.dob()
    return [
        ("a", "can i take your email so i can send the new contract over"),
        ("c", "yeah its [[EMAIL:zofia underscore nowak eighty eight at wp dot pl]]"),
        ("a", "and is that an underscore or a dash"),
        ("c", "underscore"),
        ("a", "and to confirm your birthday"),
        ("c", f"[[DOB:{dob_said(dob, 'day_month')}]]"),
        ("a", f"lovely [[DOB:{dob_said(dob, 'ord_of')}]] thank you"),
        ("c", "how long is the contract again"),
        ("a", "((duration:twenty four months)) at ((price:twenty five a month))"),
    ]


@case("transcript", "healthcare")
def _(g):
    dob, ph = g.dob(), g.us_phone()
    return [
        ("a", "Lakeside Family Practice, [[NAME:Winona]] speaking."),
        ("c", "Hi, I need to update my details before my appointment on the ((date:22nd)). I'm [[NAME:Nadia Boukhari]], date of birth [[DOB:" + dob_t(dob, 'us') + "]]."),
        ("a", "Go ahead."),
        ("c", f"New address is [[ADDRESS:940 Harbison Street, Apt 3C]], and my new number is [[PHONE:{ph_us(ph, 'dash')} ext. 4]]. That's my office, ask for me."),
        ("a", "Got it. I've added a note to ask for you by name."),
        ("c", "Also, I'll need a ((duration:40-minute)) slot, not ((duration:20)). I have a lot to go over."),
    ]


@case("asr", "banking")
def _(g):
    z, ph = g.zip("MN"), g.us_phone()
    return [
        ("c", f"yeah so i moved its [[ADDRESS:three eighteen cedar bluff drive]] in saint paul [[POSTCODE:{say(z, zero='zero')}]]"),
        ("a", "okay and is your phone number the same"),
        ("c", f"no its [[PHONE#a:{say(ph[:3])} {say(ph[3:6])} {say(ph[6:8])}]] uh [[PHONE#a:{say(ph[8:])}]]"),
        ("a", f"so [[PHONE:{say(ph)}]]"),
        ("c", "yes"),
        ("a", "and the email"),
        ("c", "[[EMAIL:rasmus dot bergqvist at live dot com]]"),
        ("a", "and your new debit card will go out to the new address in ((duration:seven to ten days))"),
    ]


# ---- more cards: read-backs, volunteered values, odd groupings ------------------------------


@case("transcript", "retail")
def _(g):
    c, (m, y), v = g.card("mc"), g.expiry(), g.cvv()
    return [
        ("c", f"I want to pay for the bike I reserved. Card is [[CARD_NUMBER:{ct(c)}]], valid to [[EXPIRY:{mmyy(m, y)}]], code [[CVV:{v}]]."),
        ("a", f"Thanks. I'll confirm the expiry, [[EXPIRY:{mmyy(m, y)}]], and the security code [[CVV:{v}]]?"),
        ("c", "Yes."),
        ("a", "That's ((price:$849)) for the bike and ((price:$60)) for the first service, taken in full."),
        ("c", "When can I pick it up? I need it for a charity ride on the ((date:19th))."),
        ("a", "It'll be built and ready from ((time:3 p.m.)) on ((date:Thursday))."),
    ]


@case("transcript", "travel")
def _(g):
    c, (m, y), v = g.card("amex"), g.expiry(), g.cvv(4)
    return [
        ("a", "The only seat left tonight is in business and the fare difference is ((price:$1,280)). Do you want me to hold it?"),
        ("c", "My father's in hospital in Boston. Yes, take it."),
        ("a", "Card number, please."),
        ("c", f"[[CARD_NUMBER:{c}]]."),
        ("a", f"Let me repeat that: [[CARD_NUMBER#r:{c[:4]} {c[4:10]}]]..."),
        ("c", "Mm-hmm."),
        ("a", f"...[[CARD_NUMBER#r:{c[10:]}]]. And the four-digit code on the front?"),
        ("c", f"[[CVV:{v}]]. It expires [[EXPIRY:{mmyy(m, y, full_year=True)}]]."),
        ("a", "You're confirmed on ((flight_number:DL 1127)), departing ((time:21:05)). I'm very sorry about your father."),
    ]


@case("transcript", "banking")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "To activate the replacement card, read me the number on the front."),
        ("c", f"[[CARD_NUMBER#a:{p[0]} {p[1]}]]. Hold on, my son's shouting for me. Right, [[CARD_NUMBER#a:{p[2]} {p[3]}]]."),
        ("a", "Thank you. And the expiry on the new card?"),
        ("c", f"It says [[EXPIRY:{mmyy(m, y)}]]."),
        ("a", "And the three-digit security code?"),
        ("c", f"[[CVV:{v}]]."),
        ("a", "Activated. Your PIN is the same as on the old card, and any direct debits will move across automatically."),
        ("c", "Good, because my rent goes out on the ((date:1st))."),
    ]


@case("transcript", "hospitality")
def _(g):
    c, (m, y), v = g.card("discover"), g.expiry(), g.cvv()
    return [
        ("a", "Harbourview Hotel reservations, [[NAME:Marisol]] speaking."),
        ("c", "Hi [[NAME:Marisol]]. I need to guarantee our room, we won't get in before ((time:midnight)). The flight was delayed ((duration:four hours))."),
        ("a", "No problem. I'll need a card to hold it."),
        ("c", f"Discover, [[CARD_NUMBER:{ct(c, '-')}]], expiry [[EXPIRY:{m}/{y}]]."),
        ("a", "And the CVV?"),
        ("c", f"[[CVV:{v}]]."),
        ("a", "All set. Room ((other:1412)) is held for you, and the night desk knows you're coming."),
    ]


@case("asr", "retail")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "okay can i take the long number"),
        ("c", f"[[CARD_NUMBER:{p[0]} {two(p[1][:2])} {two(p[1][2:])} {say(p[2])} {p[3]}]]"),
        ("a", f"okay i'll read it back [[CARD_NUMBER:{say_pairs(c)}]]"),
        ("c", "yeah that's it"),
        ("a", "expiry and security code"),
        ("c", f"[[EXPIRY:{exp_said(m, y, 'm_yy')}]] and [[CVV:{say(v)}]]"),
        ("a", f"so [[EXPIRY:{exp_said(m, y, 'month_year')}]] and [[CVV:{say(v)}]] got it"),
    ]


@case("asr", "telecom")
def _(g):
    c, (m, y), v = g.card("mc2"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "the reconnection fee is ((price:fifteen pounds)) do you want to pay that on the card we have or a new one"),
        ("c", "new one the old one got cancelled"),
        ("a", "go for it"),
        ("c", f"[[CARD_NUMBER#a:{say(p[0])} {say(p[1])}]]"),
        ("a", "yeah"),
        ("c", f"[[CARD_NUMBER#a:{say(p[2])}]]"),
        ("a", "okay go on"),
        ("c", f"[[CARD_NUMBER#a:{say(p[3])}]] expires in [[EXPIRY:{exp_said(m, y, 'month_of_yy')}]] and the back is [[CVV:{say(v)}]]"),
        ("a", "brilliant the line will be back on within ((duration:two hours))"),
    ]


@case("asr", "insurance")
def _(g):
    c, (m, y), v = g.card("visa"), g.expiry(), g.cvv()
    return [
        ("c", "i need to pay my car insurance before midnight or it lapses and i've got to drive to work at ((time:six am))"),
        ("a", "okay let's get that sorted what's the card number"),
        ("c", f"[[CARD_NUMBER:{odd_groups(c, g)}]]"),
        ("a", f"and the expiry on that card"),
        ("c", f"[[EXPIRY:{m:02d}{y % 100}]]"),
        ("a", "and security code"),
        ("c", f"[[CVV:{say(v)}]]"),
        ("a", "that's paid you're covered from right now"),
        ("c", "oh thank god"),
    ]


@case("asr", "banking")
def _(g):
    c, (m, y), v = g.card("mc"), g.expiry(), g.cvv()
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "i can see the card was frozen after the third wrong pin can you confirm the card number for me"),
        ("c", f"[[CARD_NUMBER#a:{say_pairs(p[0])}]] sorry [[CARD_NUMBER#a:{say_pairs(p[1])} {say(p[2])}]] um [[CARD_NUMBER#a:{say(p[3])}]]"),
        ("a", "okay thanks and when does it run out"),
        ("c", f"[[EXPIRY:{exp_said(m, y, 'mm_yy')}]]"),
        ("a", f"[[EXPIRY:{exp_said(m, y, 'mm_yy')}]] and the security code on the back"),
        ("c", f"[[CVV:{say(v)}]]"),
        ("a", "okay i've unfrozen it and reset the pin attempts you can use it at the machine now"),
    ]


@case("transcript", "subscriptions")
def _(g):
    (m, y), v = g.expiry(), g.cvv()
    return [
        ("a", "Streamline TV, you're speaking with [[NAME:Tamsin]]. How can I help?"),
        ("c", "My bank sent me a new card with the same number but a new expiry, and now your payment's failing."),
        ("a", "I can update that. What's the new expiry date?"),
        ("c", f"[[EXPIRY:{MONTHS[m - 1][:3]} {y}]]."),
        ("a", "And the new security code?"),
        ("c", f"[[CVV:{v}]]."),
        ("a", "Updated. I'll retry the ((price:£10.99)) now, so you won't lose the ((count:4)) profiles."),
    ]


@case("asr", "subscriptions")
def _(g):
    (m, y), v = g.expiry(), g.cvv()
    return [
        ("c", "hi um my gym membership payment bounced because i got a new card"),
        ("a", "okay is it the same card number"),
        ("c", "same number just the date and the code changed"),
        ("a", "go ahead with the new expiry"),
        ("c", f"[[EXPIRY:{exp_said(m, y, 'slash')}]]"),
        ("a", "and the new three digit code"),
        ("c", f"[[CVV:{say(v, zero='zero')}]]"),
        ("a", "sorted and i've waived the ((price:five pound)) late fee"),
    ]


# ---- identity-heavy calls -------------------------------------------------------------------


@case("transcript", "tax")
def _(g):
    ssn, dob, z = g.ssn(), g.dob(), g.zip("IL")
    return [
        ("a", "Thanks for calling Prairie Tax Partners. Are you a returning client?"),
        ("c", "New. I need an extension filed today, the deadline's ((date:April 15)) and I'm missing a ((other:1099))."),
        ("a", "We can do that. Full name as it appears on your return?"),
        ("c", "[[NAME:Gwendolyn Marchetti]]."),
        ("a", "Social Security number?"),
        ("c", f"[[SSN:{ssn}]]."),
        ("a", f"That's [[SSN:{ssn_t(ssn)}]]?"),
        ("c", f"Correct. Born [[DOB:{dob_t(dob, 'mdy')}]]. Address is [[ADDRESS:73 Wexford Avenue, Apartment 2R, Evanston]], [[POSTCODE:{z}]]."),
        ("a", "And an email for the engagement letter?"),
        ("c", "[[EMAIL:gwen.marchetti@comcast.net]]."),
        ("a", "You'll have it in ((duration:a few minutes)). Our fee for the extension is ((price:$95))."),
    ]


@case("asr", "tax")
def _(g):
    ssn = g.ssn()
    return [
        ("a", "and can i get your social to pull up last year's return"),
        ("c", f"sure [[SSN:{say(ssn[:3])}, {say(ssn[3:5])}, {say(ssn[5:])}]]"),
        ("a", f"thank you so last four [[SSN:{say(ssn[-4:])}]]"),
        ("c", "yes"),
        ("a", "okay i see we filed for you in ((year:twenty twenty two)) and ((year:twenty twenty three))"),
        ("c", "right but this year i got a letter from the irs saying i owe ((price:three thousand two hundred)) and i have ((duration:thirty days)) to respond"),
        ("a", "okay don't panic let's get the letter scanned in and we'll look at it ((date:today))"),
    ]


@case("asr", "pensions")
def _(g):
    mem, dob, pc, mob = g.digits(8, True), g.dob(1941, 1960), g.uk_postcode("CF24"), g.uk_mobile()
    return [
        ("a", "you're through to the pensions helpline my name's [[NAME:rhiannon]]"),
        ("c", "hi [[NAME:rhiannon]] i'm calling because my husband passed away last week and i don't know what happens to his pension"),
        ("a", "i'm so sorry for your loss take your time do you have his member number"),
        ("c", f"[[ACCOUNT_NUMBER:{say(mem, zero='zero')}]]"),
        ("a", "thank you and his full name and date of birth"),
        ("c", f"[[NAME:emrys prydderch]] and he was born [[DOB:{dob_said(dob, 'ord_of')}]]"),
        ("a", "and the postcode at home"),
        ("c", f"[[POSTCODE:{pc_uk_said(pc, zero='oh')}]]"),
        ("a", "thank you what's the best number for the bereavement team to call you"),
        ("c", f"[[PHONE:{say(mob[:5], double=True)} {say(mob[5:], double=True)}]]"),
    ]


@case("transcript", "car_rental")
def _(g):
    res, rew, mob = g.digits(9, True), "R" + g.digits(8), g.uk_mobile()
    return [
        ("a", "Roadstar Car Hire, [[NAME:Ifeoma]] speaking."),
        ("c", f"Hi, I've got a reservation, [[ACCOUNT_NUMBER:{res}]], for pickup at Glasgow Airport."),
        ("a", "Thanks. Is that under [[NAME:Callum Strachan]]?"),
        ("c", f"Yes. My rewards number is [[ACCOUNT_NUMBER:{rew}]], it didn't get added."),
        ("a", "Added now. Your flight is ((flight_number:EZY 6913))? It's showing delayed."),
        ("c", "By ((duration:three hours)). Will you still have the car?"),
        ("a", "The desk closes at ((time:23:30)), but I'll move you to the out-of-hours key box. We'll text the code to the mobile on the booking."),
        ("c", f"That's [[PHONE:{ph_uk(mob, intl=True)}]]. And email me as well, [[EMAIL:c.strachan@btinternet.com]]."),
    ]


@case("asr", "retail")
def _(g):
    order = g.digits(7, True)
    return [
        ("c", f"hi yeah i'm calling about an order number [[ACCOUNT_NUMBER:{' '.join(order)}]]"),
        ("a", f"okay so [[ACCOUNT_NUMBER:{say(order)}]]"),
        ("c", "yeah the blender arrived in pieces"),
        ("a", "oh i'm sorry about that i can send a returns label where should i email it"),
        ("c", "[[EMAIL:mehmet.yilmaz@hotmail.co.uk]]"),
        ("a", "is that dot co dot uk at the end"),
        ("c", "yep"),
        ("a", "sent and a replacement goes out ((date:tomorrow)) it's the ((model_number:vortex nine hundred)) right"),
    ]


@case("transcript", "insurance")
def _(g):
    pol, claim = f"HM{g.digits(7)}", f"CLM-{g.digits(5)}-B"
    return [
        ("a", "Home claims, good morning. Do you have your policy number to hand?"),
        ("c", f"Yes, [[ACCOUNT_NUMBER:{pol}]]. I already opened a claim on Saturday, reference [[ACCOUNT_NUMBER:{claim}]]."),
        ("a", f"Thank you. Claim [[ACCOUNT_NUMBER:{claim}]], escape of water."),
        ("c", "The ceiling came down in the kitchen last night. We've got no electrics on the ground floor and a ((other:6-month-old))."),
        ("a", "That's an emergency. I'm sending an electrician today and arranging a hotel for tonight; it's covered up to ((price:£250)) a night."),
        ("c", "Thank you. I was dreading this call."),
    ]


@case("asr", "banking")
def _(g):
    acct = g.digits(8, True)
    return [
        ("a", "okay who are you sending the money to"),
        ("c", "my landlord [[NAME:hamish gillespie]]"),
        ("a", "and his account number"),
        ("c", f"[[ACCOUNT_NUMBER:{say(acct[:4])} {acct[4:]}]]"),
        ("a", "and how much"),
        ("c", "((price:eleven hundred and fifty pounds)) it's the deposit and first month"),
        ("a", "okay just so you know we'll never ask you to move money to a safe account has anyone asked you to make this payment"),
        ("c", "no no it's for the flat i'm moving in on the ((date:twelfth))"),
    ]


@case("asr", "hospitality")
def _(g):
    rew = g.digits(9, True)
    return [
        ("a", "and do you have a rewards number you'd like to add to the stay"),
        ("c", f"yes hang on its [[ACCOUNT_NUMBER#x:{say(rew[:3])}]] uh [[ACCOUNT_NUMBER#x:{say(rew[3:])}]]"),
        ("a", "lovely and the email for the confirmation"),
        ("c", "[[EMAIL:j watanabe at yahoo dot co dot jp]]"),
        ("a", "so that's [[EMAIL:j watanabe at yahoo dot co dot jp]] with no dot after the j"),
        ("c", "no dot yeah"),
        ("a", "great that's ((duration:three nights)) checking in ((date:friday)) and a late checkout till ((time:two))"),
    ]


@case("transcript", "student_loans")
def _(g):
    ssn, dob, acct, ph = g.ssn(), g.dob(), g.digits(10, True), g.us_phone()
    return [
        ("a", "Student loan servicing, this is [[NAME:Marcus]]. Can I get your account number?"),
        ("c", f"[[ACCOUNT_NUMBER:{acct}]]."),
        ("a", "And your date of birth?"),
        ("c", f"[[DOB:{dob_t(dob, 'dots')}]]. Sorry, I'm used to the European way. [[DOB:{dob_t(dob, 'mdy')}]]."),
        ("a", "No problem. And the last four of your Social?"),
        ("c", f"[[SSN:{ssn[-4:]}]]."),
        ("a", "Thank you. What can I help with?"),
        ("c", "I lost my job in ((date:February)) and my payment of ((price:$412)) is due on the ((date:28th)). I can't make it."),
        ("a", "I can put you into a ((duration:three-month)) forbearance today. What number should we text the confirmation to?"),
        ("c", f"[[PHONE:{ph_us(ph, 'intl_dash')}]]."),
    ]


@case("asr", "housing")
def _(g):
    z = g.zip("NY")
    return [
        ("a", "what's the address of the property"),
        ("c", f"[[ADDRESS:one sixty six tolland street apartment four b brooklyn]] new york [[POSTCODE:{say(z)}]]"),
        ("a", f"okay so [[ADDRESS:one six six tolland street apartment four b]]"),
        ("c", "yeah four b"),
        ("a", "and what's the problem"),
        ("c", "there's been no heat for ((duration:six days)) and it's ((other:nineteen degrees)) outside i've got a baby"),
        ("a", "i'm logging this as an emergency repair the landlord has ((duration:twenty four hours)) to respond"),
    ]


@case("transcript", "courier")
def _(g):
    pc, mob = g.uk_postcode("WR1"), g.uk_mobile()
    return [
        ("a", "Swiftpost customer care, [[NAME:Aled]] speaking."),
        ("c", "Hi [[NAME:Aled]]. Your driver says he couldn't find my address, but he was never here. I've got the doorbell camera."),
        ("a", "Sorry about that. What's the address?"),
        ("c", f"[[ADDRESS:Unit 4, 81 Ferrybridge Lane, Worcester]], [[POSTCODE:{pc_uk(pc)}]]. It's a small business unit behind the garage."),
        ("a", "And your name?"),
        ("c", "[[NAME:Keziah Morrow]]."),
        ("a", f"Thank you, [[NAME:Keziah]]. I'll rebook for tomorrow and add a note. Can the driver ring [[PHONE:{ph_uk(mob)}]] if he's lost?"),
        ("c", "Yes. The parcel is ((quantity:12 kg)) of printer ink and we've got an order going out at ((time:9:30)) so I really need it."),
    ]


@case("asr", "pet_insurance")
def _(g):
    pol, mob = g.digits(8, True), g.uk_mobile()
    return [
        ("a", "pet claims can i take the policy number"),
        ("c", f"[[ACCOUNT_NUMBER:{say_pairs(pol)}]]"),
        ("a", "thank you and the pet's name"),
        ("c", "biscuit he's a ((other:four year old)) spaniel he ate a sock and they're saying he needs surgery ((date:tonight))"),
        ("a", "oh poor biscuit and is the policy in your name"),
        ("c", "no my partner's [[NAME:ottilie marsh]]"),
        ("a", "okay i can still give the vet a pre approval what's the vet's number"),
        ("c", f"[[PHONE:{say(mob[:5])} {say_pairs(mob[5:])}]]"),
    ]


@case("transcript", "healthcare")
def _(g):
    dob, mem = g.dob(2012, 2021), f"{g.digits(3)}-{g.digits(3)}-{g.digits(3)}"
    return [
        ("a", "Riverside Children's Clinic. How can I help?"),
        ("c", "My daughter has a fever of ((other:103)) and a rash. Can someone see her today?"),
        ("a", "Let me check. What's her name and date of birth?"),
        ("c", f"[[NAME:Amara Eze]], [[DOB:{dob_t(dob, 'mdy')}]]."),
        ("a", "And is she on your insurance? What's the member number on the card?"),
        ("c", f"[[ACCOUNT_NUMBER:{mem}]]. It's under my husband's name, [[NAME:Chidi Eze]]."),
        ("a", "We have a ((time:3:45)) with Dr. [[NAME:Abernathy]]. Please come ((duration:15 minutes)) early."),
    ]


@case("asr", "telecom")
def _(g):
    ph, acct = g.us_phone(), g.digits(9, True)
    return [
        ("a", "okay so you want to transfer your number over to us which number is it"),
        ("c", f"[[PHONE:{ph[:3]} {ph[3:6]} {ph[6:8]} {ph[8:]}]]"),
        ("a", "and what's your account number with your old carrier"),
        ("c", f"[[ACCOUNT_NUMBER:{say(acct, zero='zero')}]]"),
        ("a", "okay and the name on that account"),
        ("c", "[[NAME:anwen tudur]] [[NAME:t u d u r]]"),
        ("a", "the port can take up to ((duration:twenty four hours)) and your old phone will stop working once it's done"),
    ]


@case("transcript", "banking")
def _(g):
    ssn, dob, ph = g.ssn(), g.dob(), g.us_phone()
    return [
        ("i", "Please enter or say your account number, followed by the pound key."),
        ("c", "Representative."),
        ("a", "Thanks for holding, you're speaking with [[NAME:Paolo]]. Can I get your name?"),
        ("c", "[[NAME:Leilani Kahale]]. I need to report my wallet stolen. My Social Security card was in it."),
        ("a", "I'm sorry. I'll lock your cards first. Can you give me your Social?"),
        ("c", f"[[SSN:{ssn_t(ssn)}]]."),
        ("a", "And the date of birth on file?"),
        ("c", f"[[DOB:{dob_t(dob, 'us')}]]."),
        ("a", "Your cards are locked. I'd also suggest a credit freeze with the ((count:three)) bureaus. What number can our fraud team reach you on?"),
        ("c", f"[[PHONE:{ph_us(ph, 'paren')}]], any time before ((time:10 pm))."),
    ]


@case("asr", "government")
def _(g):
    ssn, z = g.ssn(), g.zip("AZ")
    return [
        ("a", "i just need the social of the person you're calling about"),
        ("c", f"it's my mom's its [[SSN:{ssn[:3]} {ssn[3:5]} {ssn[5:]}]]"),
        ("a", "and her name"),
        ("c", "[[NAME:rosalind achterberg]]"),
        ("a", "and her mailing address"),
        ("c", f"[[ADDRESS:sixteen ten saguaro trail tucson]] arizona [[POSTCODE:{say(z)}]]"),
        ("a", "thank you i see her medicare card was reissued on the ((date:third)) it should arrive in ((duration:about two weeks))"),
        ("c", "she has a surgery on the ((date:ninth)) will she be covered without the card"),
        ("a", "yes the hospital can verify her coverage directly"),
    ]


@case("transcript", "retail")
def _(g):
    z1, z2 = g.zip("CO"), g.zip("OR")
    return [
        ("a", "I see two addresses on your profile. Which one should the mattress go to?"),
        ("c", f"Not [[ADDRESS:4850 Kestrel Way, Boulder]], that's my old place. The new one is [[ADDRESS:27 Ravensworth Terrace, Bend]], Oregon [[POSTCODE:{z2}]]."),
        ("a", f"Got it. Should I remove the Colorado address, ZIP [[POSTCODE:{z1}]]?"),
        ("c", "Yes, please delete it."),
        ("a", "Done. Delivery to Bend is ((duration:5 to 7 business days)); we'll call ((duration:a day)) ahead with a ((duration:two-hour)) window."),
    ]


@case("asr", "utilities")
def _(g):
    acct, pc, dob = g.digits(10, True), g.uk_postcode("BS3"), g.dob()
    return [
        ("a", "can you give me your customer reference it's on the top right of the bill"),
        ("c", f"[[ACCOUNT_NUMBER:{odd_groups(acct, g)}]]"),
        ("a", "thanks and the postcode"),
        ("c", f"[[POSTCODE:{pc_uk_said(pc)}]]"),
        ("a", "and when were you born"),
        ("c", f"[[DOB:{dob_said(dob, 'digits')}]]"),
        ("a", "great how can i help"),
        ("c", "my direct debit went up from ((price:ninety)) to ((price:two hundred and ten)) and i can't afford that"),
        ("a", "let me look at your usage there might be an estimated reading pushing it up"),
    ]


@case("transcript", "utilities")
def _(g):
    pc = g.uk_postcode("PL4")
    return [
        ("a", "I can send the new tariff details by email or post. Which would you prefer?"),
        ("c", "Email. It's [[EMAIL:cormac.brennan@eircom.net]]."),
        ("a", "And just to check the address we'd use for anything by post: [[ADDRESS:53 Abbotsford Place, Plymouth]], [[POSTCODE:" + pc_uk(pc) + "]]?"),
        ("c", "That's right."),
        ("a", "Great. The fixed rate is ((percentage:12%)) lower than your current variable one, fixed for ((duration:18 months))."),
        ("c", "And there's no exit fee?"),
        ("a", "Not on this one."),
    ]


@case("asr", "insurance")
def _(g):
    dob, pol, ph = g.dob(2006, 2008), g.digits(10, True), g.us_phone()
    return [
        ("c", f"hi i'm calling to add my son to my car insurance he just passed his test my policy's [[ACCOUNT_NUMBER:{say(pol[:4])} {say(pol[4:7])} {say(pol[7:])}]]"),
        ("a", "congratulations to him what's his name and date of birth"),
        ("c", f"[[NAME:tobias wexler]] [[DOB:{dob_said(dob, 'month_ord')}]]"),
        ("a", "and he'll be driving the ((year:twenty fifteen)) corolla"),
        ("c", "yeah mostly to college it's about ((quantity:twelve miles)) each way"),
        ("a", "okay that adds ((price:sixty eight dollars)) a month do you want a text with the new documents"),
        ("c", f"yes to [[PHONE:{say_pairs(ph[:3] + ph[3:6] + ph[6:])}]]"),
    ]


@case("transcript", "travel")
def _(g):
    dob, mob = g.dob(1962, 1990), g.uk_mobile()
    return [
        ("a", "For the passenger list I need each traveller's full name and date of birth as on the passport."),
        ("c", f"[[NAME:Harriet Okonkwo-Bell]], [[DOB:{dob_t(dob, 'dmy')}]]. And my mother, [[NAME:Grace Okonkwo]], born [[DOB:{dob_t(g.dob(1941, 1955), 'dmy')}]]."),
        ("a", "Thank you. Any mobility assistance needed?"),
        ("c", "Yes, Mum uses a wheelchair. She can manage about ((quantity:10 metres)) on foot."),
        ("a", "I've added assistance at both airports. And a mobile number we can use on the day of travel?"),
        ("c", f"[[PHONE:{ph_uk(mob, intl=True)}]]."),
        ("a", "Thank you. The cruise departs ((date:Saturday 12 July)) at ((time:17:00)); boarding opens ((duration:three hours)) earlier."),
    ]


@case("asr", "retail")
def _(g):
    mob = g.uk_mobile()
    return [
        ("a", "and what's the best email to reach you"),
        ("c", "[[EMAIL:saoirse flanagan at outlook dot ie]]"),
        ("a", "and that's outlook dot i e for ireland"),
        ("c", "yeah that's it most people put dot com"),
        ("a", "and a mobile"),
        ("c", f"[[PHONE:{say(mob[:5])} {say_pairs(mob[5:])}]]"),
        ("a", "perfect i'll text you when the ((model_number:kx two hundred)) is back in stock should be ((duration:two weeks))"),
    ]


# ---- e-mails, addresses, SSNs, billing details ---------------------------------------------


@case("transcript", "subscriptions")
def _(g):
    return [
        ("c", "I'm locked out of my account. The reset emails go to an address I closed years ago."),
        ("a", "I can help. What's the old email address on the account?"),
        ("c", "Probably [[EMAIL:lorcan_d1979@hotmail.com]]."),
        ("a", "Yes, that's the one we have. What would you like it changed to?"),
        ("c", "[[EMAIL:lorcan.doyle@pm.me]]."),
        ("a", "So that's [[EMAIL:lorcan.doyle@pm.me]], with pm dot me at the end?"),
        ("c", "Correct."),
        ("a", "Done. A reset link is on its way; it's valid for ((duration:30 minutes))."),
    ]


@case("asr", "telecom")
def _(g):
    return [
        ("a", "what email should the bill go to"),
        ("c", "[[EMAIL:pavla dash horakova at seznam dot cz]] all lower case"),
        ("a", "let me repeat that [[EMAIL:pavla dash horakova at seznam dot c z]]"),
        ("c", "yes that's it"),
        ("a", "great from next month you'll get the bill by email instead of paper and that saves you ((price:one fifty)) a month"),
        ("c", "oh good i didn't know paper bills cost extra"),
    ]


@case("asr", "banking")
def _(g):
    dob = g.dob()
    return [
        ("a", "to finish setting up online banking i need an email address"),
        ("c", "[[EMAIL:yusuf.demir @ gmail.com]]"),
        ("a", "so that's [[EMAIL:yusuf dot demir at gmail dot com]]"),
        ("c", "yes"),
        ("a", "and can you just confirm your birthday for me"),
        ("c", f"[[DOB:{dob_said(dob, 'month_ord')}]]"),
        ("a", "thank you mister [[NAME:demir]] you'll get an activation code by text in ((duration:a minute or two))"),
    ]


@case("transcript", "logistics")
def _(g):
    ph = g.us_phone()
    return [
        ("a", "Northwind Freight, [[NAME:Kofi]] speaking."),
        ("c", "Hi, this is [[NAME:Dmitri Sokolov]], I manage receiving at the Joliet warehouse. We've got ((count:three)) trucks waiting and no delivery paperwork."),
        ("a", "I'll email it over. Where to?"),
        ("c", "[[EMAIL:d.sokolov@northwind-logistics.com]], and copy my personal one, [[EMAIL:dmitri.sokolov.84@yandex.ru]], in case the work server's down."),
        ("a", f"Will do. If there's a problem I'll call you directly."),
        ("c", f"Use the desk line, [[PHONE:{ph_us(ph, 'intl')} ext. 2209]]. The dock closes at ((time:4:00 p.m.)) and we'll be charged demurrage after that."),
        ("a", "Understood, sending it in the next ((duration:five minutes))."),
    ]


@case("asr", "healthcare")
def _(g):
    return [
        ("a", "and where should we send the test results"),
        ("c", "[[EMAIL:chiamaka c h i a m a k a dot eze at gmail dot com]]"),
        ("a", "so that's [[EMAIL:chiamaka dot eze at gmail dot com]]"),
        ("c", "yes"),
        ("a", "results usually come back in ((duration:three to five days)) but the doctor will phone if anything needs urgent attention"),
        ("c", "okay thank you i've been so anxious about it"),
    ]


@case("transcript", "tax")
def _(g):
    s1, s2, d1, d2, z = g.ssn(), g.ssn(), g.dob(1965, 1990), g.dob(1965, 1990), g.zip("NC")
    return [
        ("a", "For the joint return I'll need both of your Social Security numbers and dates of birth."),
        ("c", f"Mine is [[SSN:{ssn_t(s1)}]], [[DOB:{dob_t(d1, 'us')}]]. My husband's is [[SSN:{ssn_t(s2)}]], [[DOB:{dob_t(d2, 'us')}]]."),
        ("a", "And his full name?"),
        ("c", "[[NAME:Elliot Fairbanks]]."),
        ("a", "Current address?"),
        ("c", f"[[ADDRESS:5 Millpond Mews, Cary]], North Carolina [[POSTCODE:{z}]]."),
        ("a", "Thank you. With the ((count:two)) dependents and the childcare credit, you're looking at a refund rather than a bill."),
        ("c", "That's a relief. Last year we owed ((price:$2,300))."),
    ]


@case("asr", "banking")
def _(g):
    ssn, dob, z = g.ssn(), g.dob(), g.zip("KY")
    return [
        ("a", "alright i'll need your social"),
        ("c", f"[[SSN:{say(ssn)}]]"),
        ("a", f"thank you [[SSN:{say(ssn[:3])} {say(ssn[3:5])} {say(ssn[5:])}]]"),
        ("c", f"that's right and my birthday is [[DOB:{dob_said(dob, 'numbers')}]] before you ask"),
        ("a", "ha thank you and your address"),
        ("c", f"[[ADDRESS:twenty seven ten sycamore ridge road lexington]] [[POSTCODE:{say(z)}]]"),
        ("a", "perfect you're all verified so what's going on with the home equity line"),
    ]


@case("transcript", "retail")
def _(g):
    c, (m, y), v, z = g.card("visa"), g.expiry(), g.cvv(), g.zip("PA")
    return [
        ("a", "The order didn't go through because the billing address didn't match. Can we take the card again?"),
        ("c", f"[[CARD_NUMBER:{ct(c)}]], [[EXPIRY:{mmyy(m, y)}]], CVV [[CVV:{v}]]."),
        ("a", "And the billing address exactly as your bank has it?"),
        ("c", f"[[ADDRESS:615 Chestnut Grove, Apt 9, Philadelphia]], [[POSTCODE:{z}]]."),
        ("a", f"I had [[ADDRESS:615 Chestnut Grove]] without the apartment, so that was the problem. Let me retry."),
        ("c", "OK."),
        ("a", f"That worked. Just confirming the card: [[CARD_NUMBER:{ct(c, '-')}]]. Your order of ((quantity:6)) cases ships ((date:tomorrow))."),
    ]


@case("asr", "retail")
def _(g):
    c, (m, y), v, z = g.card("mc"), g.expiry(), g.cvv(), g.zip("MI")
    p = groups(c, [4, 4, 4, 4])
    return [
        ("a", "okay i'm ready for the card number"),
        ("c", f"[[CARD_NUMBER#a:{say(p[0])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD_NUMBER#a:{say(p[1])} {say(p[2])}]]"),
        ("a", "uh huh"),
        ("c", f"[[CARD_NUMBER#a:{say(p[3])}]]"),
        ("a", "and the billing zip"),
        ("c", f"[[POSTCODE:{say(z)}]] expiry [[EXPIRY:{exp_said(m, y, 'mm_yy')}]] and the code is [[CVV:{say(v)}]]"),
        ("a", "great that's all gone through you'll get a confirmation email in ((duration:a few minutes))"),
    ]


@case("transcript", "bereavement")
def _(g):
    land, mob, pc = g.uk_geo(), g.uk_mobile(), g.uk_postcode("S10")
    return [
        ("a", "I'm very sorry for your loss. I'll make sure everything goes to you from now on. Can I take your name?"),
        ("c", "[[NAME:Judith Penhaligon]]. I'm his daughter and the executor."),
        ("a", "Thank you. And your address for correspondence?"),
        ("c", f"[[ADDRESS:Flat 3, 118 Endcliffe Vale Road, Sheffield]] [[POSTCODE:{pc_uk(pc)}]]."),
        ("a", "And a phone number?"),
        ("c", f"Home is [[PHONE:{ph_uk(land)}]], mobile [[PHONE:{ph_uk(mob)}]]."),
        ("a", "Thank you. I'll freeze the account so no more direct debits go out, and send the forms within ((duration:5 working days))."),
        ("c", "Thank you. Dad banked with you for ((duration:over 50 years)), he'd have hated all this paperwork."),
    ]


@case("asr", "gym")
def _(g):
    mb, ph = g.digits(7), g.us_phone()
    return [
        ("a", "can i get your membership number"),
        ("c", f"[[ACCOUNT_NUMBER:m b {say(mb)}]]"),
        ("a", "and the phone number on the account"),
        ("c", f"[[PHONE:{say(ph[:3], zero='zero')} {say(ph[3:6], zero='zero')} {say(ph[6:], zero='zero')}]]"),
        ("a", "thanks [[NAME:mariam]] what can i do for you"),
        ("c", "i want to freeze my membership for ((duration:three months)) i broke my ankle"),
        ("a", "sorry to hear that it's ((price:five dollars)) a month while it's frozen is that okay"),
    ]


@case("transcript", "insurance")
def _(g):
    pol, ref = f"TR-{g.digits(6)}", f"{g.digits(2)}-{g.digits(4)}-{g.digits(2)}"
    return [
        ("a", "Travel insurance emergency line. Where are you now, and is everyone safe?"),
        ("c", "We're in a hospital in Crete. My husband fell and broke his hip, they want to operate tonight and they're asking for ((price:€9,000)) up front."),
        ("a", "I'll deal with the hospital directly. What's the policy number?"),
        ("c", f"[[ACCOUNT_NUMBER:{pol}]]."),
        ("a", f"Thank you. Your emergency case reference is [[ACCOUNT_NUMBER:{ref}]]. Quote it to the hospital and to anyone from our team."),
        ("c", f"[[ACCOUNT_NUMBER:{ref}]]. Got it."),
        ("a", "I'll call the hospital within ((duration:20 minutes)) to guarantee payment. Your husband's full name?"),
        ("c", "[[NAME:Bogdan Petrescu]]."),
    ]


@case("asr", "utilities")
def _(g):
    pc, pc2 = g.uk_postcode("G12"), g.uk_postcode("DD1")
    return [
        ("c", f"aye hello i'm moving out of [[ADDRESS:flat two forty eight kersland street]] [[POSTCODE:{pc_uk_said(pc)}]] on friday"),
        ("a", "okay and where are you moving to"),
        ("c", f"[[ADDRESS:seven lark rise dundee]] [[POSTCODE:{pc_uk_said(pc2)}]]"),
        ("a", "and have you got a final meter reading for the old flat"),
        ("c", "i'll take one on friday morning it's at about ((quantity:forty one thousand)) on the clock"),
        ("a", "great just ring us with it on the day"),
    ]


@case("transcript", "retail")
def _(g):
    pc1, pc2 = g.uk_postcode("N16"), g.uk_postcode("BN2")
    return [
        ("a", "Is the gift going to the same address as the billing address?"),
        ("c", f"No. Bill me at [[ADDRESS:19 Stoke Newington Church Street, London]] [[POSTCODE:{pc_uk(pc1)}]], but deliver to my nan: [[ADDRESS:Flat 1, 4 Marine Parade, Brighton]], [[POSTCODE:{pc_uk(pc2)}]]."),
        ("a", f"Let me confirm the delivery one: [[ADDRESS:Flat 1, 4 Marine Parade, Brighton]], [[POSTCODE:{pc_uk(pc2)}]]."),
        ("c", "Yes. It's her ((other:90th)) on ((date:Sunday)), so it has to arrive by ((date:Saturday))."),
        ("a", "With next-day delivery it'll get there ((date:Friday)). That's an extra ((price:£6.95))."),
    ]


# ---- hard look-alikes (with some pii alongside) --------------------------------------------


@case("asr", "logistics")
def _(g):
    track = g.not_luhn(16)
    po = g.digits(6, True)
    return [
        ("c", "hi i'm chasing a pallet delivery we ordered ((quantity:twelve hundred)) boxes for the warehouse and only half turned up"),
        ("a", "okay do you have a tracking number"),
        ("c", f"yeah its ((other:{say(track)}))"),
        ("a", "thanks and the purchase order number"),
        ("c", f"p o [[ACCOUNT_NUMBER:{say(po)}]]"),
        ("a", "okay so the second pallet is still at the hub in leicester it'll go out on the ((date:eighteenth))"),
        ("c", "we've got a client collection at ((time:seventeen hundred)) on the ((date:seventeenth)) that's no good"),
    ]


@case("asr", "travel")
def _(g):
    ff = g.digits(9, True)
    return [
        ("a", "okay i've found you on ((flight_number:ba two nine seven)) to chicago it's delayed to ((time:nineteen fifteen))"),
        ("c", "that's ((duration:five hours)) late i'll miss my connection to denver"),
        ("a", "i can protect you on the ((flight_number:united fifteen forty two)) in the morning seat ((other:twenty three a))"),
        ("c", "fine can you add my frequent flyer number"),
        ("a", "go ahead"),
        ("c", f"[[ACCOUNT_NUMBER:{say(ff[:4])} {say(ff[4:])}]]"),
        ("a", f"added and you'll get a meal voucher for ((price:fifteen pounds)) at the desk by gate ((other:b nine))"),
    ]


@case("asr", "telecom")
def _(g):
    return [
        ("a", "so on the unlimited plan you get ((quantity:fifty gigs)) of hotspot and it's ((price:forty nine ninety nine a month))"),
        ("c", "and does that include the ((model_number:galaxy s twenty four))"),
        ("a", "the phone is extra it's ((price:twenty eight a month)) over ((duration:thirty six months))"),
        ("c", "hmm my current bill is about ((price:seventy)) so that's a big jump"),
        ("a", "there's ((percentage:fifteen percent)) off for the first ((duration:six months)) if you switch today"),
        ("c", "let me talk to my wife first she's been with you since ((year:two thousand four))"),
    ]


@case("transcript", "b2b")
def _(g):
    po = f"PO-{g.digits(5)}"
    return [
        ("c", "We need to place a repeat order: ((quantity:4,000)) units of the ((model_number:XR-5000)) and ((quantity:250)) of the ((model_number:TX-220)) brackets."),
        ("a", "Certainly. The XR is ((price:$3.15)) a unit at that volume, and I can give you ((percentage:8%)) off the brackets."),
        ("c", f"Good. Our purchase order is [[ACCOUNT_NUMBER:{po}]]."),
        ("a", f"Got it, [[ACCOUNT_NUMBER:{po}]]. Lead time is ((duration:three weeks)), so delivery around the week of ((date:June 9))."),
        ("c", "That's cutting it close. Our line shuts down for maintenance on ((date:June 16)) and we lose ((price:$40,000)) a day if parts aren't here."),
        ("a", "I'll mark it priority and split the shipment so the first ((quantity:2,000)) leave this week."),
    ]


@case("asr", "mortgage")
def _(g):
    loan = g.digits(10, True)
    return [
        ("a", "so the best rate i can offer today is ((percentage:six point one two five percent)) on a ((duration:thirty year)) fixed"),
        ("c", "last week it was ((percentage:five point nine))"),
        ("a", "rates moved up on tuesday but i can lock this one for ((duration:forty five days))"),
        ("c", "we close on the ((date:twenty first)) so lock it please the loan number is"),
        ("c", f"[[ACCOUNT_NUMBER:{say(loan[:3])} {say(loan[3:6])} {say(loan[6:])}]]"),
        ("a", "locked the loan amount is ((price:three eighty two thousand)) and your payment stays under ((price:twenty four hundred))"),
    ]


@case("transcript", "hospitality")
def _(g):
    return [
        ("a", "Good evening, Castlegate Hotel front desk."),
        ("c", "Hi, I'm in room ((other:2214)). The air conditioning's broken and it's ((other:31 degrees)) in here."),
        ("a", "I'm so sorry. I can move you to ((other:1806)) right away; it has the same view."),
        ("c", "We're ((count:2)) adults and ((count:3)) children, will it fit us?"),
        ("a", "Yes, it's a family suite. I'll also take ((percentage:20%)) off tonight's ((price:£189)) rate."),
        ("c", "Thank you. The kids have been up since ((time:5 a.m.))."),
        ("a", "Breakfast is served until ((time:10:30)), so there's no rush in the morning."),
    ]


@case("asr", "complaint")
def _(g):
    acct = g.digits(8, True)
    return [
        ("c", "this is the ((count:fourth)) time i'm calling about the same thing and every time i explain it from scratch"),
        ("a", "i'm really sorry let me make sure it doesn't happen again what's your account number"),
        ("c", f"[[ACCOUNT_NUMBER:{acct[:2]} {acct[2:5]} {acct[5:]}]]"),
        ("a", "thank you i see notes from the ((date:second)) and the ((date:ninth))"),
        ("c", "i'm ((other:eighty two)) years old i can't keep sitting on hold for ((duration:an hour))"),
        ("a", "you won't have to i'm going to own this personally and call you back ((date:tomorrow)) at ((time:ten)) with an answer"),
    ]


@case("transcript", "tech_support")
def _(g):
    return [
        ("c", "My laptop won't update. It keeps failing with error ((other:0x80070005))."),
        ("a", "What model is it?"),
        ("c", "An ((model_number:Aspire 7 A715-42G)). It's only ((duration:8 months)) old."),
        ("a", "OK. And are you on the ((other:5 GHz)) Wi-Fi or a cable?"),
        ("c", "Wi-Fi. The router's an ((model_number:Archer AX55))."),
        ("a", "That error is usually permissions. Let's try running the update tool as administrator; it'll take about ((duration:20 minutes))."),
        ("c", "I've got a dissertation due at ((time:midnight)), so I really need this working."),
    ]


@case("transcript", "insurance")
def _(g):
    pol = f"AU{g.digits(8)}"
    dob = g.dob()
    return [
        ("c", f"I need to report an accident. Policy [[ACCOUNT_NUMBER:{pol}]], my date of birth is [[DOB:{dob_t(dob, 'ord')}]]."),
        ("a", "Thank you. Is anyone hurt?"),
        ("c", "No. A deer ran out on Route ((other:9)) near mile marker ((other:14)). I was doing maybe ((quantity:35 mph))."),
        ("a", "What vehicle?"),
        ("c", "A ((year:2017)) Ford ((model_number:F-150))."),
        ("a", "Animal strikes fall under comprehensive, so it's your ((price:$1,000)) deductible, and we cover ((percentage:100%)) after that."),
        ("c", "Can I get a rental? I commute ((quantity:60 miles)) a day."),
    ]


@case("asr", "travel")
def _(g):
    em = "tobias dot wexler at fastmail dot com"
    return [
        ("c", "hi i'm at the gate and they just said the flight's overbooked and i'm not on it"),
        ("a", "oh no let me look you were on the ((time:six fifteen am)) to atlanta"),
        ("c", "yes and my daughter's graduation is at ((time:two)) this afternoon"),
        ("a", "i can put you on the ((time:eight oh five)) it lands at ((time:ten forty)) and you'll get ((price:four hundred dollars)) in compensation"),
        ("c", "okay do it please send the boarding pass to my email"),
        ("a", "sure what's the email"),
        ("c", f"[[EMAIL:{em}]]"),
        ("a", f"okay that's [[EMAIL:{em}]] you should have it in ((duration:a minute))"),
    ]


# ---- more SSNs, phones, dates of birth ------------------------------------------------------


@case("asr", "benefits")
def _(g):
    ssn, dob, ph = g.ssn(), g.dob(), g.us_phone()
    return [
        ("i", "please say or key in your social security number"),
        ("c", f"[[SSN:{say_pairs(ssn[:2])} {say(ssn[2])} {say_pairs(ssn[3:5])} {say_pairs(ssn[5:])}]]"),
        ("i", "now say your date of birth"),
        ("c", f"[[DOB:{dob_said(dob, 'month_ord')}]]"),
        ("i", "thank you please hold for the next available representative"),
        ("a", "hi this is [[NAME:dolores]] i see you're calling about your disability payment"),
        ("c", "yes it didn't come this month and my rent was due on the ((date:first))"),
        ("a", "okay it looks like the payment bounced from your old bank i'll need a number to call you when it's reissued"),
        ("c", f"[[PHONE:{say(ph[:3])} {say_pairs(ph[3:5])} {say(ph[5:])}]]"),
    ]


@case("transcript", "employment")
def _(g):
    ssn, dob, ph, z = g.ssn(), g.dob(1975, 2003), g.us_phone(), g.zip("TN")
    return [
        ("a", "HR shared services, this is [[NAME:Renata]]. How can I help?"),
        ("c", "Hi [[NAME:Renata]], I started on Monday and my first paycheck is on the ((date:15th)), but payroll says my Social doesn't match."),
        ("a", "Let's check. What did you put on your form?"),
        ("c", f"[[SSN:{ssn_t(ssn, ' ')}]]."),
        ("a", f"We have [[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:7]}{(int(ssn[7]) + 1) % 10}{ssn[8]}]]. Looks like a typo on our side. Date of birth?"),
        ("c", f"[[DOB:{dob_t(dob, 'mdy')}]]."),
        ("a", "Fixed. What's the best number if payroll needs you?"),
        ("c", f"[[PHONE:{ph_us(ph, 'dash')}]]. And my address changed as well, it's now [[ADDRESS:88 Magnolia Bend, Knoxville]], [[POSTCODE:{z}]]."),
    ]


@case("asr", "telecom")
def _(g):
    london, mob = g.uk_london(), g.uk_mobile()
    return [
        ("c", f"hiya i need to divert my office line [[PHONE:{say(london[:3])} {say(london[3:7])} {say(london[7:])}]] to my mobile while we're closed for the refit"),
        ("a", "no problem which mobile"),
        ("c", f"[[PHONE:plus four four {say(mob[1:5], double=True)} {say(mob[5:])}]]"),
        ("a", "okay and how long do you need the divert"),
        ("c", "from ((date:monday the fourth)) for ((duration:two weeks)) we reopen on the ((date:eighteenth))"),
        ("a", "done it's ((price:three pounds)) a week and it switches on at ((time:midnight)) sunday"),
    ]


@case("transcript", "banking")
def _(g):
    dob, acct = g.dob(), g.digits(8, True)
    return [
        ("a", "Before we talk about the account, I have to ask a few security questions. What's your date of birth?"),
        ("c", f"[[DOB:{dob_t(dob, 'mdy')}]]."),
        ("a", "And your account number?"),
        ("c", f"[[ACCOUNT_NUMBER:{acct}]]."),
        ("a", "Thank you. You mentioned a payment you didn't authorise?"),
        ("c", "Yes, ((price:£2,750)) to someone called 'Safe Holdings'. A man rang yesterday claiming to be from your fraud team."),
        ("a", "I'm sorry, that sounds like a scam. I'm raising a fraud claim now; you should hear back within ((duration:15 working days))."),
    ]


@case("asr", "insurance")
def _(g):
    dob, ssn, ph = g.dob(), g.ssn(), g.us_phone()
    return [
        ("a", "i just need to verify you before we discuss the life policy what's your date of birth"),
        ("c", f"[[DOB:{dob_said(dob, 'slashes')}]]"),
        ("a", "and last four of the social"),
        ("c", f"[[SSN:{say_pairs(ssn[-4:])}]]"),
        ("a", f"that's [[SSN:{say(ssn[-4:])}]] okay thank you"),
        ("c", "i want to change the beneficiary to my daughter"),
        ("a", "okay what's her name and a number for her"),
        ("c", f"[[NAME:ines carvalho]] [[PHONE:{say(ph)}]]"),
    ]


@case("transcript", "utilities")
def _(g):
    return [
        ("c", "We've had no power since ((time:2 a.m.)) and my husband's on a home dialysis machine."),
        ("a", "I'm so sorry. Is the machine running on its battery now?"),
        ("c", "Yes, but it only lasts about ((duration:four hours))."),
        ("a", "I'm marking this as a medical priority. There's a crew ((duration:40 minutes)) away, and I'm asking them to come to you first."),
        ("c", "Thank you. The whole street's dark."),
        ("a", "If the battery runs low before they arrive, please call ((other:999)) straight away."),
    ]


@case("asr", "retail")
def _(g):
    return [
        ("c", "yeah hi so i bought a washing machine from you last month and it's flooded the kitchen twice"),
        ("a", "oh no i'm sorry to hear that is it still leaking now"),
        ("c", "no i turned it off at the wall but i've got a newborn and no way to wash anything"),
        ("a", "okay i can get an engineer out ((date:thursday)) or if you'd rather we can just swap it for a new one"),
        ("c", "swap it please i don't trust it"),
        ("a", "okay that's booked the new one will come ((date:wednesday)) and they'll take the old one away"),
    ]


@case("transcript", "travel")
def _(g):
    ph = g.uk_london()
    return [
        ("a", "Highland Rail Tours, [[NAME:Yolanda]] speaking."),
        ("c", "Hi, my mother is meant to be on your coach tour, and she hasn't been in touch since ((date:Tuesday)). She's ((other:79)) and she's diabetic."),
        ("a", "I understand. What's her name?"),
        ("c", "[[NAME:Philippa Ashcombe]]."),
        ("a", "She's with the group in Inverness tonight. I'll ask the tour manager to have her call you. What's your number?"),
        ("c", f"[[PHONE:{ph_uk(ph)}]]. Please tell her to ring whatever the time."),
    ]


# ---- recogniser quirks, late introductions ------------------------------------------------


@case("asr", "banking")
def _(g):
    acct, z = g.digits(8, True), g.zip("WI")
    return [
        ("a", "hi there who am i speaking with"),
        ("c", "its [[NAME:annikalindqvist]]"),
        ("a", "sorry was that [[NAME:annika lindqvist]]"),
        ("c", "yeah thats right the account number is [[ACCOUNT_NUMBER:" + " ".join([acct[:2], acct[2:4], acct[4:6], acct[6:]]) + "]]"),
        ("a", "thank you and the zip code"),
        ("c", f"[[POSTCODE:{say(z[:2])} {z[2:]}]]"),
        ("a", "okay ms [[NAME:lindqvist]] i see the overdraft fee from ((date:friday)) what happened there"),
        ("c", "my paycheck was late ((duration:two days)) and the rent came out first"),
    ]


@case("transcript", "telecom")
def _(g):
    mob = g.uk_mobile()
    return [
        ("a", "Thanks for waiting. I've looked at the mast outage in your area and an engineer is already on site."),
        ("c", "How long? My dad has a personal alarm that only works with mobile signal."),
        ("a", "They're estimating ((time:6 pm)) today. In the meantime I can send you a free signal booster by courier."),
        ("c", f"Yes, please. Text the tracking to [[PHONE:{ph_uk(mob)}]]."),
        ("a", "Done. By the way, I'm [[NAME:Jonah]], if you need to call back, ask for me."),
        ("c", "Thanks, [[NAME:Jonah]], you've been a star."),
    ]


@case("asr", "insurance")
def _(g):
    pol, mob = f"{g.digits(3)}{g.pick('abcdefghjkmnpqrstuvwxyz')}{g.digits(5)}", g.uk_mobile()
    spoken = " ".join(ch if ch.isalpha() else digit_word(ch) for ch in pol)
    return [
        ("c", "hi i've broken down on the hard shoulder of the m six near junction ((other:twelve)) and i've got my two girls in the car"),
        ("a", "okay first please get everyone out of the car and behind the barrier if it's safe to do so"),
        ("c", "we're out we're behind the barrier it's pouring down"),
        ("a", "well done what's your policy number or your car registration"),
        ("c", f"policy [[ACCOUNT_NUMBER:{spoken}]]"),
        ("a", "thanks and is the mobile you're calling from the best one to reach you on"),
        ("c", f"no i'm on my wife's [[PHONE:oh {say_pairs(mob[1:])}]]"),
        ("a", "a patrol is on its way the estimate is ((duration:forty minutes)) i'll text you their location"),
    ]


@case("asr", "retail")
def _(g):
    pc, z = g.uk_postcode("NG7"), g.zip("MO")
    return [
        ("a", "okay so where would you like the replacement sent"),
        ("c", f"not my house i'm at my sister's till the ((date:twentieth)) so [[ADDRESS:flat nine thirty one clifton boulevard nottingham]] [[POSTCODE:{pc_uk_said(pc)}]]"),
        ("a", f"got it [[ADDRESS:flat nine thirty one clifton boulevard]] and the email for updates"),
        ("c", "[[EMAIL:ronan h underscore ninety one at gmail dot com]]"),
        ("a", "and is it the same email for the receipt"),
        ("c", "no send the receipt to my husband he's paying [[EMAIL:m adeyemi @ adeyemi builders dot co dot uk]]"),
        ("a", "okay both added the phone should arrive ((date:tomorrow)) before ((time:twelve thirty))"),
    ]


@case("transcript", "banking")
def _(g):
    z = g.zip("LA")
    return [
        ("c", "Hi, I'm calling because a statement came to my house addressed to someone I've never heard of."),
        ("a", "Thank you for letting us know. What name is on the letter?"),
        ("c", "[[NAME:Percival Thibodeaux]]. It's addressed to [[ADDRESS:4410 Magazine Street, New Orleans]], which is my address, [[POSTCODE:" + z + "]]."),
        ("a", "I'll flag that account so we contact him to update it. Please mark the envelope 'not known at this address' and post it back."),
        ("c", "Will do. I was worried someone was opening accounts in my name."),
        ("a", "I understand. I've also put a note on your own profile so any new application in your name gets an extra check."),
    ]


if __name__ == "__main__":
    main()
