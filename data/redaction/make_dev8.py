#!/usr/bin/env python3
"""Write data/redaction/dev8.jsonl: written as a fourth held-out set (test4.jsonl), measured once
(issue 14, the figures are in the README), then made a development set.

Written fresh by a labeller who read only data/redaction/README.md (format and span
conventions). No other file under data/redaction/, no redactor code, no evaluation script and
no test was opened, and the redactor was not run. People, companies, streets, e-mail addresses
and situations are invented for this set.

Every conversation below is written by hand with inline markup:

    [[TYPE:text]]        a pii span             TYPE: N NAME, A ACCOUNT_NUMBER, C CARD_NUMBER,
    [[TYPE#x:text]]      a piece of value x           V CVV, E EXPIRY, S SSN, P PHONE, M EMAIL,
    [[C#x~:text]]        a card piece the speaker     D DOB, AD ADDRESS, PC POSTCODE
                         corrects (all its digits superseded)
    [[C#x~4:text]]       a card piece whose last 4 digits are corrected later
    ((kind:text))        a look-alike (keep)     kind: q quantity, t time, pr price,
                                                 fl flight_number, dt date, yr year,
                                                 du duration, pct percentage, mo model_number,
                                                 ct count, o other

Numbers (cards, CVVs, expiry dates, SSNs, phones, ZIPs, postcodes, dates of birth, account and
reference numbers, house numbers, e-mail digits) come from random.Random(SEED) and are rendered
in the case's style by small helpers. Look-alikes are written by hand. The markup is stripped
by code and every offset is computed from the clean text; groups are renamed g1, g2, ... in
order of first appearance within the case.

Choices made where the README's conventions leave room:
- A full name said in one breath is one NAME span in both styles ("Folasade Okonkwo-Baird",
  "bartosz kaczmarek"); a surname spelled out after it (letter by letter or NATO, the NATO
  words included) is a NAME span in a group of its own.
- A card number the customer corrects mid-way keeps the wrong piece as CARD_NUMBER in the
  value's group (the correction is part of saying that value); the checker leaves the
  superseded digits out when it checks length and Luhn. A card abandoned after a few digits
  ("sorry, wrong card") is its own group.
- A corrected account/reference number: the wrong attempt and the right one are each their
  own group.
- Name-like ordinary words ("rose bushes", "mark it", "will do", "amber warning") are `other`
  look-alikes where labelled, the word alone as the span; they are not labelled everywhere.
- Weekdays and months used as dates are `date`; "today"/"tomorrow" are not labelled. A room,
  seat, gate or platform number is `other` without the word "room"/"seat"; an age is `other`.
- An ASR e-mail is fully spoken ("... at ... dot ..."), never with "@".

Checks (exit status 1 and nothing written if any fails): every span is inside its text,
non-empty, equal to its value, on word boundaries, without leading/trailing space or
punctuation (an opening "(" or "+" of a phone, a currency sign, a closing "%" and a final
"a.m."/"p.m." excepted); no two spans (pii or keep) overlap; card values (superseded digits
left out) are 15 (Amex) or 16 digits and pass Luhn; CVV 3-4 digits; SSN 9 digits of the
allowed shape, or 4; phones 10-12 digits; EXPIRY has a month; ZIP 5 digits, UK postcodes match
the postcode pattern; e-mails are addresses (typed) or "... at ... dot ..." (ASR); ADDRESS
starts with a number or flat/unit/apartment and has a street word; NAME has no digits and no
title, and has a capital in a transcript; a look-alike of 13-19 digits fails Luhn, and no
look-alike has the digits of a pii span in the same utterance; no digit is outside a span and
no run of four or more digit words is; no word used in a NAME span appears outside a span
unless it is listed in COMMON_NAME_WORDS; ASR text has no capitals and no punctuation besides
apostrophes and hyphens; no utterance of four words or more appears twice (span contents
masked); the minimum counts of the brief hold; two builds give the same file.

    python3 data/redaction/make_dev8.py            # writes dev8.jsonl, prints the counts
    python3 data/redaction/make_dev8.py --check    # builds and validates only
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

SEED = 4_2026_0917
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "dev8.jsonl")

TR, AS = "transcript", "asr"
AG, CU, IV = "agent", "customer", "ivr"

PII_CODES = {
    "N": "NAME", "A": "ACCOUNT_NUMBER", "C": "CARD_NUMBER", "V": "CVV", "E": "EXPIRY",
    "S": "SSN", "P": "PHONE", "M": "EMAIL", "D": "DOB", "AD": "ADDRESS", "PC": "POSTCODE",
}
KEEP_CODES = {
    "q": "quantity", "t": "time", "pr": "price", "fl": "flight_number", "dt": "date",
    "yr": "year", "du": "duration", "pct": "percentage", "mo": "model_number", "ct": "count",
    "o": "other",
}
PII_TYPES = ["NAME", "ACCOUNT_NUMBER", "CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL",
             "DOB", "ADDRESS", "POSTCODE"]
KEEP_KINDS = list(KEEP_CODES.values())

MIN_PII = {"NAME": 80, "ACCOUNT_NUMBER": 55, "CARD_NUMBER": 40, "CVV": 20, "EXPIRY": 20,
           "SSN": 15, "PHONE": 25, "EMAIL": 20, "DOB": 20, "ADDRESS": 20, "POSTCODE": 20}
MIN_CASES, MIN_UTTS, MIN_KEEP, MIN_ORDINARY, MIN_PER_KEEP_KIND = 80, 420, 180, 100, 8

# Words that are names in some snippet but also ordinary words elsewhere in the set.
COMMON_NAME_WORDS = {
    "rose", "mark", "will", "grace", "hope", "bill", "amber", "sunny", "holly", "ivy", "dean",
    "frank", "penny", "heather", "june", "may", "april", "joy", "faith", "robin", "summer",
    "hunter", "chase", "grant", "pearl", "hazel", "olive", "iris", "glen", "reed", "cliff", "jack",
    "de", "la", "van", "der", "del", "da", "dos", "le", "el", "al", "bin", "mac", "ni", "mc",
    "for", "as", "in", "and",
    "dawn", "sky", "storm", "ray", "brook", "river", "win", "patience", "precious",
}
NATO = {"alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
        "india", "juliet", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa",
        "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "whisky",
        "xray", "x-ray", "yankee", "zulu"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir", "madam"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive",
                "dr", "way", "crescent", "court", "ct", "place", "pl", "terrace", "grove",
                "gardens", "parade", "row", "mews", "hill", "boulevard", "blvd", "walk", "square",
                "rise", "view", "park", "green", "circle", "trail", "pike", "highway", "hwy",
                "parkway", "loop", "wynd", "brae", "gate", "yard", "quay", "wharf", "path",
                "heights", "meadow", "meadows", "fold", "chase", "croft", "end", "vale"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]

# ---------------------------------------------------------------------------------------------
# number words

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
ORD_TENS = {2: "twentieth", 3: "thirtieth"}
DIGIT_WORDS = set(UNITS) | set(TEENS) | set(TENS[2:]) | {"oh", "nought", "double", "triple",
                                                          "hundred", "thousand"}


def n2w(n):
    """Cardinal words for 0..9999."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + UNITS[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else " and " + n2w(r))
    th, r = divmod(n, 1000)
    if r == 0:
        return n2w(th) + " thousand"
    if r < 100:
        return n2w(th) + " thousand and " + n2w(r)
    return n2w(th) + " thousand " + n2w(r)


def ordw(n):
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return ORD_TENS[t]
    return TENS[t] + " " + ORD_UNITS[u]


def ord_t(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def yearw(y, form="plain"):
    """1987 -> nineteen eighty seven; 2003 -> two thousand and three / two thousand three."""
    if y >= 2000 and y < 2010:
        return "two thousand " + ("and " if form == "and" else "") + UNITS[y - 2000]
    if y >= 2010 and form == "thousand":
        return "two thousand " + ("and " if y % 100 < 10 else "") + n2w(y - 2000)
    hi, lo = divmod(y, 100)
    if lo == 0:
        return n2w(hi) + " hundred"
    if lo < 10:
        return n2w(hi) + " oh " + UNITS[lo]
    return n2w(hi) + " " + n2w(lo)


def say(s, zero="oh", double=False):
    """Digit by digit. Letters are said as lower-case letters, separators dropped.
    double=True says runs of two/three equal digits as "double x"/"triple x"."""
    out, i = [], 0
    s2 = [ch for ch in s if ch.isalnum()]
    while i < len(s2):
        ch = s2[i]
        if not ch.isdigit():
            out.append(ch.lower())
            i += 1
            continue
        w = zero if ch == "0" else UNITS[int(ch)]
        if double:
            j = i
            while j < len(s2) and s2[j] == ch:
                j += 1
            run = j - i
            if run == 3:
                out.append("triple " + w)
                i = j
                continue
            if run >= 2:
                out.append("double " + w)
                i += 2
                continue
        out.append(w)
        i += 1
    return " ".join(out)


def pair_w(c, zero="oh"):
    if c[0] == "0":
        return (zero + " " + (zero if c[1] == "0" else UNITS[int(c[1])]))
    return n2w(int(c))


def pairs(s, zero="oh"):
    """Two digits at a time: 4111 -> forty one eleven. An odd final digit is said alone."""
    ds = "".join(ch for ch in s if ch.isdigit())
    out = [pair_w(ds[i:i + 2], zero) for i in range(0, len(ds) - 1, 2)]
    if len(ds) % 2:
        out.append(zero if ds[-1] == "0" else UNITS[int(ds[-1])])
    return " ".join(out)


def hund(s4, zero="oh"):
    """A four-digit block: 4700 -> forty seven hundred, else pairs."""
    if s4[1:] == "000" and s4[0] != "0":
        return UNITS[int(s4[0])] + " thousand"
    if s4[2:] == "00" and s4[0] != "0":
        return n2w(int(s4[:2])) + " hundred"
    return pairs(s4, zero)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return out


def grp(s, sizes, sep=" "):
    return sep.join(chunks(s, sizes))


def house_w(n):
    """House numbers as people say them: 7 -> seven, 42 -> forty two, 118 -> one eighteen,
    1204 -> twelve oh four."""
    if n < 100:
        return n2w(n)
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return UNITS[h] + " hundred"
        return UNITS[h] + " " + (("oh " + UNITS[r]) if r < 10 else n2w(r))
    hi, lo = divmod(n, 100)
    return n2w(hi) + " " + (("oh " + UNITS[lo]) if 0 < lo < 10 else ("hundred" if lo == 0 else n2w(lo)))


# ---------------------------------------------------------------------------------------------
# renderers for dates, phones, postcodes

def exp_t(e, form="mm/yy"):
    m, y = e
    return {
        "mm/yy": f"{m:02d}/{y % 100:02d}",
        "m/yy": f"{m}/{y % 100:02d}",
        "mm/yyyy": f"{m:02d}/{y}",
        "mm-yy": f"{m:02d}-{y % 100:02d}",
        "mon yyyy": f"{MONTHS[m - 1].capitalize()} {y}",
        "mon yy": f"{MONTHS[m - 1].capitalize()} '{y % 100:02d}",
        "mmyy": f"{m:02d}{y % 100:02d}",
    }[form]


def exp_a(e, form="oh"):
    m, y = e
    yy = n2w(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 100]
    mm_oh = ("oh " + UNITS[m]) if m < 10 else n2w(m)
    return {
        "oh": f"{mm_oh} {yy}",                                   # oh five twenty nine
        "zero": f"{('zero ' + UNITS[m]) if m < 10 else n2w(m)} {yy}",
        "plain": f"{n2w(m)} {yy}",                                # five twenty nine
        "mon": f"{MONTHS[m - 1]} {yy}",                           # may twenty nine
        "monfull": f"{MONTHS[m - 1]} {yearw(y, 'thousand')}",     # may two thousand twenty nine
        "slash": f"{say(f'{m:02d}', 'zero')} slash {say(f'{y % 100:02d}')}",
        "digits": say(f"{m:02d}{y % 100:02d}"),                   # oh five two nine
    }[form]


def dob_t(b, form="uk"):
    d, m, y = b
    M = MONTHS[m - 1].capitalize()
    return {
        "uk": f"{d:02d}/{m:02d}/{y}",
        "us": f"{m:02d}/{d:02d}/{y}",
        "us_short": f"{m}/{d}/{y % 100:02d}",
        "us_dash": f"{m}-{d}-{y % 100:02d}",
        "long_us": f"{M} {d}, {y}",
        "long_uk": f"{d} {M} {y}",
        "ord_uk": f"{ord_t(d)} {M} {y}",
        "ord_of": f"{ord_t(d)} of {M}, {y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "dots": f"{d:02d}.{m:02d}.{y}",
        "mon_abbr": f"{d} {M[:3]} {y}",
    }[form]


def dob_a(b, form="ordof"):
    d, m, y = b
    mon = MONTHS[m - 1]
    yy = y % 100
    yy_w = n2w(yy) if yy >= 10 else "oh " + UNITS[yy]
    return {
        "ordof": f"{ordw(d)} of {mon} {yearw(y)}",               # fourteenth of march nineteen eighty seven
        "ordof_and": f"{ordw(d)} of {mon} {yearw(y, 'and')}",
        "mord": f"{mon} {ordw(d)} {yearw(y)}",                   # march fourteenth nineteen eighty seven
        "mord_yy": f"{mon} {ordw(d)} {yy_w}",                    # march fourteenth eighty seven
        "ord_yy": f"{ordw(d)} {mon} {yy_w}",                     # fourteenth march eighty seven
        "digits": say(f"{d:02d}{m:02d}{yy:02d}"),                # one four oh three eight seven
        "digits_us": say(f"{m:02d}{d:02d}{y}"),                  # oh three one four one nine eight seven
        "nums": f"{n2w(d)} {n2w(m)} {yy_w}",                     # fourteen three eighty seven
        "nums_us": f"{n2w(m)} {n2w(d)} {yy_w}",                  # three fourteen eighty seven
        "thethe": f"{ordw(d)} of the {ordw(m)} {yy_w}",          # fourteenth of the third eighty seven
        "slash": f"{n2w(d)} slash {n2w(m)} slash {yy_w}",
    }[form]


def ph_t(p, form="std"):
    """Typed phone numbers. p is a digit string: 10 digits US, 11 digits UK (leading 0)."""
    if len(p) == 10:
        a, b, c = p[:3], p[3:6], p[6:]
        return {"std": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
                "intl": f"+1 {a} {b} {c}", "plain": p, "one": f"1-{a}-{b}-{c}"}[form]
    if p.startswith("07"):
        return {"std": f"{p[:5]} {p[5:]}", "intl": f"+44 {p[1:5]} {p[5:]}", "plain": p,
                "three": f"{p[:5]} {p[5:8]} {p[8:]}"}[form]
    if p.startswith("020"):
        return {"std": f"{p[:3]} {p[3:7]} {p[7:]}", "intl": f"+44 20 {p[3:7]} {p[7:]}",
                "plain": p}[form]
    return {"std": f"{p[:4]} {p[4:7]} {p[7:]}", "intl": f"+44 {p[1:4]} {p[4:7]} {p[7:]}",
            "plain": p}[form]


NATO_OF = {
    "a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
    "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
    "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
    "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
    "y": "yankee", "z": "zulu"}


def pc_a(pc, nato=False, zero="oh"):
    """UK postcode said aloud: 'LS6 2QT' -> 'l s six two q t' (nato: 'l for lima ...')."""
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(zero if ch == "0" else UNITS[int(ch)])
        elif nato:
            out.append(f"{ch.lower()} for {NATO_OF[ch.lower()]}")
        else:
            out.append(ch.lower())
    return " ".join(out)


def spell(name, sep=" "):
    return sep.join(ch for ch in name if ch.isalpha())


def nato_spell(word):
    return " ".join(f"{ch.lower()} for {NATO_OF[ch.lower()]}" for ch in word if ch.isalpha())


# ---------------------------------------------------------------------------------------------
# seeded generator

def luhn_ok(ds):
    s = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


UK_OUTWARD = ["LS6", "M14", "BS3", "CF24", "EH7", "G12", "NE6", "B29", "SW9", "N16", "E17",
              "NG7", "L15", "S11", "OX4", "BN2", "PL4", "EX4", "YO31", "AB24", "SA1", "DD1",
              "HU5", "LE3", "CV1", "BT9", "TR1", "IV2", "LN2", "WR5", "ST4", "DE22", "HG1",
              "PO5", "SE15", "NW5", "CB4", "RG1", "GL1", "KY16"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
US_AREAS = {"IL": ("312", "606"), "OR": ("503", "972"), "TX": ("512", "787"),
            "GA": ("404", "303"), "AZ": ("602", "850"), "OH": ("614", "432"),
            "MN": ("612", "554"), "NC": ("919", "276"), "WA": ("206", "981"),
            "CO": ("303", "802"), "FL": ("813", "336"), "MI": ("313", "482"),
            "PA": ("215", "191"), "NY": ("718", "112"), "TN": ("615", "372"),
            "WI": ("414", "532"), "NM": ("505", "871"), "MA": ("617", "021")}


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def d(self, n, lead_nonzero=False):
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        if lead_nonzero and s[0] == "0":
            s = str(self.r.randrange(1, 10)) + s[1:]
        return s

    def pat(self, p):
        """'9' a digit, '1' a non-zero digit, '@' a letter (no I or O); anything else
        literal."""
        out = []
        for ch in p:
            if ch == "9":
                out.append(str(self.r.randrange(10)))
            elif ch == "1":
                out.append(str(self.r.randrange(1, 10)))
            elif ch == "@":
                out.append(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))
            else:
                out.append(ch)
        return "".join(out)

    def num(self, lo, hi):
        return self.r.randint(lo, hi)

    def card(self, kind="visa"):
        r = self.r
        if kind == "visa":
            body = "4" + self.d(14)
        elif kind == "mc":
            body = "5" + str(r.randint(1, 5)) + self.d(13)
        elif kind == "mc2":
            body = str(r.randint(2221, 2720)) + self.d(11)
        elif kind == "amex":
            body = r.choice(["34", "37"]) + self.d(12)
        elif kind == "disc":
            body = "6011" + self.d(11)
        else:
            raise ValueError(kind)
        return luhn_complete(body)

    def card_with_double(self, kind="visa", tries=200):
        for _ in range(tries):
            c = self.card(kind)
            if re.search(r"(\d)\1", c):
                return c
        raise AssertionError

    def card_with_hundred(self, kind="visa", tries=5000):
        """A card with a four-digit block like 4700 (said "forty seven hundred")."""
        for _ in range(tries):
            c = self.card(kind)
            if any(re.fullmatch(r"[1-9][1-9]00", b) for b in chunks(c, [4, 4, 4, 4])):
                return c
        raise AssertionError

    def cvv(self, n=3):
        return self.d(n)

    def expiry(self, lo=2027, hi=2032):
        return (self.r.randint(1, 12), self.r.randint(lo, hi))

    def dob(self, lo=1941, hi=2005):
        y = self.r.randint(lo, hi)
        m = self.r.randint(1, 12)
        dim = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return (self.r.randint(1, dim), m, y)

    def ssn(self):
        a = self.r.randint(1, 665)
        return f"{a:03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"

    def phone_us(self, state=None, fictional=True):
        area = US_AREAS[state][0] if state else self.r.choice([v[0] for v in US_AREAS.values()])
        if fictional:
            return f"{area}5550{self.r.randint(100, 199)}"
        return f"{area}{self.r.randint(201, 989)}{self.d(4)}"

    def phone_uk(self, kind="mobile"):
        if kind == "mobile":
            return f"07700900{self.r.randint(0, 999):03d}"
        if kind == "london":
            return f"02079460{self.r.randint(0, 999):03d}"
        pre = {"manchester": "0161", "leeds": "0113", "bristol": "0117"}[kind]
        return f"{pre}4960{self.r.randint(0, 999):03d}"

    def zip(self, state):
        pre = US_AREAS[state][1]
        return pre + self.d(2)

    def postcode(self, outward=None):
        o = outward or self.r.choice(UK_OUTWARD)
        return f"{o} {self.r.randint(1, 9)}{self.r.choice(INWARD_LETTERS)}{self.r.choice(INWARD_LETTERS)}"

    def tracking_fail(self, n=16):
        while True:
            s = self.d(n, lead_nonzero=True)
            if not luhn_ok(s):
                return s

    def other4(self, avoid):
        while True:
            s = self.d(len(avoid))
            if s != avoid:
                return s

    def choice(self, seq):
        return self.r.choice(seq)


# ---------------------------------------------------------------------------------------------
# the conversations

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


@case
def bank_card_fraud(g):
    card = g.card("visa")
    p = chunks(card, [4, 4, 4, 4])
    e = g.expiry()
    return TR, [
        (AG, "Kestrel Mutual card security, this is [[N:Anselm]]. Can I start with your full name?"),
        (CU, "It's [[N:Folasade Okonkwo-Baird]]. There's a payment on my debit card I never made, ((pr:£612.40)) to some electronics shop."),
        (AG, "I'm sorry to hear that, Ms [[N:Okonkwo-Baird]]. Can you read me the long number on the front of the card?"),
        (CU, f"[[C#a:{p[0]} {p[1]}]], hang on, the hall light's gone, [[C#a:{p[2]} {p[3]}]]."),
        (AG, "Thank you. And the expiry date on it?"),
        (CU, f"[[E:{exp_t(e, 'mm/yy')}]]."),
        (AG, "I can see it. It went through at ((t:2:14 a.m.)) this morning, online. I'm stopping the card now and a replacement will reach you in ((du:three to five working days))."),
        (CU, "Right. And I get the money back?"),
        (AG, "You will, once the claim's done. I'll text you when it's credited."),
    ]


@case
def telecom_bill_up(g):
    acct = g.d(10, True)
    b = g.dob(1968, 1990)
    return AS, [
        (AG, "corvid telecom you're through to [[N:priyanka]] how can i help"),
        (CU, "hiya [[N:priyanka]] it's about my bill it's gone up to ((pr:sixty four pounds)) and i was paying ((pr:thirty nine ninety nine a month))"),
        (AG, "oh no okay let's have a look have you got your account number handy"),
        (CU, f"yeah it's [[A#a:{say(acct[:4])}]] um [[A#a:{say(acct[4:])}]]"),
        (AG, f"so that's [[A:{say(acct)}]] and the name on the account"),
        (CU, "[[N:bartosz kaczmarek]]"),
        (AG, "and for security your date of birth please"),
        (CU, f"[[D:{dob_a(b, 'ordof')}]]"),
        (AG, "lovely thanks [[N:bartosz]] right so your discount ended in ((dt:march)) that's why it's jumped"),
        (CU, "nobody told me that though"),
        (AG, "i can put you on a new deal at ((pr:forty two pounds)) for ((du:twenty four months)) if that helps"),
        (CU, "go on then"),
    ]


@case
def insurance_claim_flood(g):
    pol = g.pat("LFI-999999-@@")
    ph = g.phone_uk("leeds")
    pc = g.postcode("LS6")
    house = g.num(3, 140)
    return TR, [
        (AG, "Lanternfield Home Insurance claims, you're speaking with [[N:Declan]]."),
        (CU, "Hello [[N:Declan]], it's [[N:Marisol Etxeberria]]. The kitchen flooded overnight, a pipe burst under the sink."),
        (AG, "Oh no. Is everyone safe? Can I take your policy number?"),
        (CU, f"Everyone's fine. It's [[A:{pol}]]."),
        (AG, "And can you confirm the address of the property?"),
        (CU, f"[[AD:{house} Wetherby Grove, Headingley]], [[PC:{pc}]]."),
        (AG, "Thank you. Roughly how deep was the water?"),
        (CU, "About ((o:4 cm)) across the whole floor. The plumber says the laminate's ruined."),
        (AG, f"I'll get a loss adjuster to call you within ((du:48 hours)). Is [[P:{ph_t(ph)}]] still the best number?"),
        (CU, "Yes, that's my landline."),
    ]


@case
def utility_meter_asr(g):
    acct = g.pat("99999999")
    read1 = "four seven two one"
    return AS, [
        (AG, "pebblecrest energy this is [[N:tomasz]] speaking"),
        (CU, "hi [[N:tomasz]] i've been sent a bill for ((pr:three hundred and twelve pounds)) and it's an estimate again"),
        (AG, "let me look can i grab the account number"),
        (CU, f"[[A:{pairs(acct)}]]"),
        (AG, "and who am i speaking with"),
        (CU, "[[N:olumide adebayo-fraser]] but the account might still be in my wife's name [[N:rose]]"),
        (AG, "that's fine she's on as a joint holder so when did you last read the meter"),
        (CU, f"((dt:last tuesday)) it said ((o:{read1}))"),
        (AG, "okay we've estimated it at way more than that i'll rebill using your reading it'll take ((du:a couple of days))"),
        (CU, "thank you she's been worried sick about it"),
    ]


@case
def retail_sofa_amex(g):
    card = g.card("amex")
    p = chunks(card, [4, 6, 5])
    cid = g.cvv(4)
    e = g.expiry()
    order = g.pat("JV-99999")
    return TR, [
        (AG, "Juniper & Vale, good afternoon, [[N:Colette]] speaking."),
        (CU, f"Hi, I'd like to pay the balance on an order. The reference is [[A:{order}]]."),
        (AG, "Let me bring that up. That's the Linden corner sofa and ((q:2)) footstools, with ((pr:£1,186.00)) outstanding. Who am I speaking with?"),
        (CU, "[[N:Hiroshi Tanabe]]."),
        (AG, "Thanks, Mr [[N:Tanabe]]. Which card would you like to use?"),
        (CU, f"American Express. [[C:{p[0]} {p[1]} {p[2]}]]."),
        (AG, "And the expiry, and the four-digit code on the front?"),
        (CU, f"Expires [[E:{exp_t(e, 'mm/yyyy')}]], code [[V:{cid}]]."),
        (AG, f"So that's [[C:{p[0]} {p[1]} {p[2]}]]. Taking ((pr:£1,186.00)) now... that's gone through."),
        (CU, "Brilliant. When can you deliver?"),
        (AG, "We've got ((dt:Thursday the 19th)), between ((t:7 a.m.)) and ((t:1 p.m.))."),
        (CU, "That works."),
    ]


@case
def building_society_pairs(g):
    card = g.card("mc")
    p = chunks(card, [4, 4, 4, 4])
    e = g.expiry()
    cv = g.cvv()
    acct = g.d(8, True)
    return AS, [
        (AG, "saltmarsh building society [[N:eilidh]] speaking how can i help"),
        (CU, "hello there i need to pay off the arrears on my loan before friday"),
        (AG, "okay no problem what's the loan account number"),
        (CU, f"[[A:{say(acct, 'zero')}]]"),
        (AG, "and your name please"),
        (CU, "[[N:segun afolabi]]"),
        (AG, "thanks [[N:segun]] the arrears are ((pr:two hundred and forty pounds)) do you want to pay that by card"),
        (CU, f"yes please it's [[C#a:{pairs(p[0])}]]"),
        (AG, "mm-hmm"),
        (CU, f"[[C#a:{pairs(p[1])} {pairs(p[2])}]]"),
        (AG, "yep"),
        (CU, f"[[C#a:{pairs(p[3])}]]"),
        (AG, "and the expiry date on that one"),
        (CU, f"[[E:{exp_a(e, 'oh')}]]"),
        (AG, "and the three digits on the back"),
        (CU, f"[[V:{say(cv)}]]"),
        (AG, "perfect that's all paid you'll get a confirmation letter in ((du:seven to ten days))"),
    ]


@case
def us_hospital_billing(g):
    acct = g.pat("MHB-9999999")
    ssn = g.ssn()
    b = g.dob(1950, 1985)
    ph = g.phone_us("OH")
    z = g.zip("OH")
    return TR, [
        (AG, "Merriweather Health Billing, this is [[N:Dwayne]]. How can I help you today?"),
        (CU, "Hi [[N:Dwayne]]. I got a bill for an ER visit from ((dt:August 3rd)) and I think insurance should've covered it."),
        (AG, "I can look into that. Do you have the patient account number from the statement?"),
        (CU, f"Yes, [[A:{acct}]]."),
        (AG, "And the patient's date of birth?"),
        (CU, f"[[D:{dob_t(b, 'us')}]]. It's me, [[N:Teodora Vasquez-Lind]]."),
        (AG, "Thank you. For verification, the last four of your Social?"),
        (CU, f"[[S:{ssn[5:]}]]."),
        (AG, "Okay, I see the charge, ((pr:$1,842.16)). It was billed to a plan that ended ((dt:June 30th))."),
        (CU, "I changed jobs. The new insurance started ((dt:July 1st))."),
        (AG, f"Then we'll rebill the new carrier. Can I confirm your ZIP, [[PC:{z}]], and a good callback number?"),
        (CU, f"That's right. Call me on [[P:{ph_t(ph, 'dash')}]]."),
        (AG, "Noted. You won't be charged while it's being rebilled, which usually takes ((du:30 to 45 days))."),
    ]


@case
def airline_rebook_asr(g):
    pnr = g.pat("@@@@9@")
    return AS, [
        (AG, "halyard air reservations you're speaking with [[N:mateus]]"),
        (CU, "hi [[N:mateus]] my flight got cancelled ((fl:hy four one seven)) to lisbon this morning"),
        (AG, "i'm really sorry about that can i take the booking reference"),
        (CU, f"it's [[A:{nato_spell(pnr[:2])} {say(pnr[2:])}]]"),
        (AG, f"thank you so [[A:{say(pnr)}]] and the lead passenger"),
        (CU, "that's me [[N:ingrid halvorsen]] [[N:h a l v o r s e n]]"),
        (AG, "okay miss [[N:halvorsen]] i can put you on ((fl:hy four two one)) at ((t:six forty)) this evening or tomorrow morning at ((t:eight fifteen))"),
        (CU, "this evening please i've got ((ct:two)) kids with me and we're exhausted"),
        (AG, "of course i'll add a meal voucher for ((pr:fifteen euros)) each"),
        (CU, "thank you so much"),
    ]


@case
def housing_repair(g):
    ten = g.pat("FHA/99999")
    house = g.num(2, 88)
    pc = g.postcode("NE6")
    ph = g.phone_uk()
    return TR, [
        (AG, "Fernhollow Housing repairs line, [[N:Gwenllian]] speaking."),
        (CU, "Hi, our boiler's packed in again. Third time since ((dt:November))."),
        (AG, "That's not good enough, I'm sorry. Can I take your tenancy reference?"),
        (CU, f"It's [[A:{ten}]]."),
        (AG, f"Thanks. Is that [[AD:Flat {house}, Corbridge Court, Byker]]?"),
        (CU, f"That's it, [[PC:{pc}]]."),
        (AG, "And you're Mr [[N:Haddad]]?"),
        (CU, "Yes, [[N:Yusuf Haddad]]. The engineer last time was [[N:Mark]], he said the part needed replacing."),
        (AG, "I can see his notes. I'll book it as an emergency, so someone will be out within ((du:24 hours)). Is [[P:" + ph_t(ph) + "]] the right number?"),
        (CU, "Yes. My neighbour [[N:Bernadette]] has a key if I'm out."),
        (AG, "I'll ((o:mark)) that on the job."),
    ]


@case
def council_tax_asr(g):
    ctax = g.d(9, True)
    house = g.num(11, 219)
    pc = g.postcode("BN2")
    b = g.dob(1975, 2000)
    return AS, [
        (AG, "bramblegate council council tax [[N:kwame]] speaking"),
        (CU, "morning i've just moved house and i want to set up council tax"),
        (AG, "no problem are you already registered with us at your old address"),
        (CU, f"yeah the reference was [[A:{say(ctax[:5])} {say(ctax[5:])}]] i think"),
        (AG, "okay and what's the new address"),
        (CU, f"[[AD:{house_w(house)} marine parade brighton]] [[PC:{pc_a(pc, nato=True)}]]"),
        (AG, "and your full name"),
        (CU, "[[N:aoife mcgonagle]]"),
        (AG, "date of birth"),
        (CU, f"[[D:{dob_a(b, 'digits')}]]"),
        (AG, "thanks [[N:aoife]] do you live there on your own"),
        (CU, "yeah just me so i should get the ((pct:twenty five percent)) discount"),
        (AG, "that's right single person discount i'll apply it from ((dt:the first of the month)) your first bill comes in ((du:about two weeks))"),
    ]


@case
def uni_student_finance(g):
    sid = g.pat("W99999999")
    b = g.dob(2001, 2005)
    ph = g.phone_uk()
    em_d = g.d(2)
    return TR, [
        (AG, "Westerly University student finance office, [[N:Rafferty]] here."),
        (CU, "Hi, I'm a first year. My hardship ((o:grant)) application says it's on hold."),
        (AG, "I can check. What's your student number?"),
        (CU, f"[[A:{sid}]]."),
        (AG, "And your date of birth?"),
        (CU, f"[[D:{dob_t(b, 'long_uk')}]]."),
        (AG, "Thanks, [[N:Zainab]]. It's on hold because we're missing a bank statement from ((dt:September))."),
        (CU, "I uploaded it last week."),
        (AG, f"I can't see it. Could you email it to us and copy in your university address? Is that [[M:z.sheikh-ali{em_d}@westerly.ac.uk]]?"),
        (CU, f"Yes. Or you can ring me on [[P:{ph_t(ph, 'intl')}]] if anything else is missing."),
        (AG, "Will do. Once it arrives the grant of ((pr:£750)) should be paid within ((du:five working days))."),
        (CU, "Thank you, that really helps."),
    ]


@case
def us_auto_claim_asr(g):
    pol = g.pat("99999999")
    ssn = g.ssn()
    house = g.num(120, 2890)
    z = g.zip("TX")
    return AS, [
        (AG, "lodestar auto insurance this is [[N:shanice]] can i get your name please"),
        (CU, "yeah it's [[N:rodrigo villasenor]]"),
        (AG, "okay [[N:rodrigo]] and are you calling about a new claim"),
        (CU, "yeah somebody backed into me in a parking lot on ((dt:saturday))"),
        (AG, "sorry to hear that was anyone hurt"),
        (CU, "no no just the bumper"),
        (AG, "okay what's your policy number"),
        (CU, f"[[A#a:{say(pol[:4])}]] hold on it's on the card in my glovebox [[A#a:{say(pol[4:])}]]"),
        (AG, "and to verify your identity your social security number"),
        (CU, f"[[S:{say(ssn)}]]"),
        (AG, "and the garaging address on the policy"),
        (CU, f"[[AD:{house_w(house)} bluebonnet trail austin]] [[PC:{say(z)}]]"),
        (AG, "perfect your deductible is ((pr:five hundred dollars)) and i'll have an adjuster reach out in ((du:one to two business days))"),
    ]


@case
def telecom_new_contract(g):
    card = g.card("mc2")
    e = g.expiry()
    cv = g.cvv()
    b = g.dob(1980, 1999)
    em = f"lucas.fairbrother{g.d(2)}@mailbox.org"
    return TR, [
        (AG, "Tessellate Mobile sales, you're through to [[N:Imogen]]. Are you an existing customer?"),
        (CU, "No, new. I want the ((mo:Pixel 9a)) on the ((pr:£28 a month)) plan you advertised."),
        (AG, "Lovely. That one's ((du:24 months)) with ((q:100GB)) of data. Can I take your name?"),
        (CU, "[[N:Lucas Fairbrother]]."),
        (AG, "Date of birth?"),
        (CU, f"[[D:{dob_t(b, 'ord_uk')}]]."),
        (AG, "And an email for the contract?"),
        (CU, f"[[M:{em}]]."),
        (AG, "Thanks. There's an upfront cost of ((pr:£30)). Card number when you're ready."),
        (CU, f"[[C:{grp(card, [4, 4, 4, 4], '-')}]]."),
        (AG, "Expiry?"),
        (CU, f"[[E:{exp_t(e, 'mon yyyy')}]]."),
        (AG, "And the security code?"),
        (CU, f"[[V:{cv}]]."),
        (AG, "All done. The phone ships today and your price rises by ((pct:3.9%)) each April, as per the terms."),
    ]


@case
def ivr_card_payment(g):
    card = g.card_with_double("visa")
    e = g.expiry()
    cv = g.cvv()
    acct = g.d(9, True)
    return AS, [
        (IV, "welcome to the northmoor water automated payment line please say or enter your customer reference number"),
        (CU, f"[[A:{say(acct)}]]"),
        (IV, f"thank you i heard [[A:{say(acct)}]] is that correct"),
        (CU, "yes"),
        (IV, "your balance is ((pr:one hundred and eighty six pounds forty)) how much would you like to pay"),
        (CU, "all of it"),
        (IV, "please say or enter your sixteen digit card number"),
        (CU, f"[[C:{say(card, double=True)}]]"),
        (IV, "now the expiry date month then year"),
        (CU, f"[[E:{exp_a(e, 'digits')}]]"),
        (IV, "and the three digit security code from the back of the card"),
        (CU, f"[[V:{say(cv, 'zero')}]]"),
        (IV, f"to confirm your card number is [[C:{say(card)}]] is that correct"),
        (CU, "yes"),
        (IV, "thank you your payment has been taken please allow ((du:three working days)) for it to show on your account"),
    ]


@case
def pharmacy_prescription(g):
    nhs = g.d(10, True)
    b = g.dob(1941, 1955)
    ph = g.phone_uk("bristol")
    return TR, [
        (AG, "Oakbarrow Pharmacy, [[N:Dev]] speaking."),
        (CU, "Hello, I'm ringing for my mum, [[N:Hope Abernethy]]. Her repeat prescription hasn't come through."),
        (AG, "I can check. Could I have her NHS number?"),
        (CU, f"[[A:{grp(nhs, [3, 3, 4])}]]."),
        (AG, "And her date of birth?"),
        (CU, f"[[D:{dob_t(b, 'uk')}]]."),
        (AG, "Thank you. The surgery hasn't signed it off yet. It's for the ((o:5 mg)) tablets, ((q:56)) of them?"),
        (CU, "That's right. She's got ((ct:three)) left, so it's getting urgent."),
        (AG, "I'll chase the surgery this morning and call you back by ((t:4 o'clock)). What's your name and number?"),
        (CU, f"[[N:Callum Abernethy]], on [[P:{ph_t(ph)}]]."),
        (AG, "Thanks, [[N:Callum]]. I ((o:hope)) to have good news for you."),
    ]


@case
def gym_cancel_card_fix(g):
    mem = g.d(7, True)
    card = g.card("visa")
    p = chunks(card, [4, 4, 4, 4])
    wrong = g.other4(p[3])
    e = g.expiry()
    return AS, [
        (AG, "thistledown fitness [[N:jordan]] speaking"),
        (CU, "hi [[N:jordan]] i want to change the card my membership comes out of"),
        (AG, "sure what's your membership number"),
        (CU, f"it's [[A:{say(mem)}]] and the name's [[N:farida nazarova]]"),
        (AG, "thanks [[N:farida]] go ahead with the new card"),
        (CU, f"[[C#a~4:{say(p[0])} {say(p[1])} {say(p[2])} {say(wrong)}]] no sorry that last bit was [[C#a:{say(p[3])}]]"),
        (AG, f"okay let me read that back [[C:{say(card)}]]"),
        (CU, "yes"),
        (AG, "and when does it expire"),
        (CU, f"[[E:{exp_a(e, 'mon')}]]"),
        (AG, "done your next payment of ((pr:thirty four ninety nine)) will come from that card on ((dt:the first))"),
        (CU, "great and can i freeze it for ((du:a month)) in ((dt:august)) i'm away"),
        (AG, "yep freezes are ((pr:five pounds)) a month i'll pop that on for you"),
    ]


@case
def us_shoes_discover_split(g):
    card = g.card("disc")
    p = chunks(card, [4, 4, 4, 4])
    e = g.expiry()
    cv = g.cvv()
    return AS, [
        (AG, "thanks for holding [[N:denise]] i've got your order up the ((q:two)) pairs of trail runners right"),
        (CU, "yeah the ((o:size ten)) ones i just need to pay for them"),
        (AG, "go ahead with the card whenever you're ready"),
        (CU, f"okay [[C#a:{say(p[0])} {say(p[1])}]]"),
        (AG, "go on"),
        (CU, f"[[C#a:{say(p[2], 'zero')}]]"),
        (AG, "sorry you broke up a bit after that"),
        (CU, f"[[C#a:{say(p[3], 'zero')}]]"),
        (AG, "got it and the expiration"),
        (CU, f"[[E:{exp_a(e, 'slash')}]]"),
        (AG, "security code"),
        (CU, f"[[V:{say(cv)}]]"),
        (AG, "okay that's ((pr:two sixty four eighteen)) with tax it ships in ((du:two to three days))"),
    ]


@case
def us_credit_union_ssn(g):
    ssn = g.ssn()
    acct = g.d(10, True)
    ph = g.phone_us("OR")
    em = f"bjorn.ekwueme{g.d(3)}@gmail.com"
    return TR, [
        (AG, "Silverbirch Credit Union, member services. My name is [[N:Paloma]]."),
        (CU, "Hi [[N:Paloma]], I'm locked out of online banking."),
        (AG, "I can help with that. What's your member account number?"),
        (CU, f"[[A:{acct}]]."),
        (AG, "And your full Social Security number, please."),
        (CU, f"[[S:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        (AG, "Thank you, Mr [[N:Ekwueme]]. I'll send a reset link. Is the email still [[M:" + em + "]]?"),
        (CU, f"Yes. And my cell is [[P:{ph_t(ph, 'std')}]] if you need to text a code."),
        (AG, "You've had ((ct:5)) failed attempts, so the lock lasts ((du:30 minutes)) after the reset."),
        (CU, "That's fine, I'm not in a rush."),
    ]


@case
def travel_deposit_amex_asr(g):
    card = g.card_with_double("amex")
    p = chunks(card, [4, 6, 5])
    e = g.expiry()
    cid = g.cvv(4)
    ref = g.pat("AMB99999")
    return AS, [
        (AG, "ambergate travel [[N:niamh]] speaking"),
        (CU, f"hi [[N:niamh]] i've got a holiday on hold the reference is [[A:{say(ref)}]]"),
        (AG, "oh yes the crete trip for four adults leaving ((dt:the twelfth of june)) on ((fl:ab nine oh two))"),
        (CU, "that's the one it's me my husband [[N:kostas]] and his parents"),
        (AG, "lovely the deposit is ((pr:two hundred pounds)) per person how would you like to pay"),
        (CU, f"amex [[C#a:{say(p[0], double=True)}]] [[C#a:{say(p[1], double=True)}]] um [[C#a:{say(p[2], double=True)}]]"),
        (AG, "and the four digits above the number on the front"),
        (CU, f"[[V:{say(cid)}]] and it runs out [[E:{exp_a(e, 'plain')}]]"),
        (AG, "brilliant that's taken the balance is due ((du:ten weeks)) before you travel"),
    ]


@case
def car_insurance_one_breath(g):
    card = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    pol = g.pat("99999999/@@")
    b = g.dob(1961, 1979)
    house = g.num(4, 96)
    pc = g.postcode("CF24")
    return TR, [
        (AG, "Good morning, Lanternfield Motor renewals, [[N:Harriet]] speaking."),
        (CU, f"Morning. My renewal's come through at ((pr:£684)) and I'd like to pay it. Policy [[A:{pol}]]."),
        (AG, "Thanks. Can you confirm the first line of your address and postcode?"),
        (CU, f"[[AD:{house} Mackintosh Place, Roath]], [[PC:{pc}]]."),
        (AG, "Lovely, and can you confirm the policyholder's date of birth?"),
        (CU, f"[[D:{dob_t(b, 'dots')}]]."),
        (AG, "Perfect. Go ahead with the card details."),
        (CU, f"Card [[C:{card}]], expiry [[E:{exp_t(e, 'm/yy')}]], CVV [[V:{cv}]]."),
        (AG, "That's gone through. Your no-claims is now ((du:nine years)), which knocked ((pct:12%)) off."),
        (CU, "Still more than last year."),
    ]


@case
def broadband_outage_nocue(g):
    acct = g.pat("CB999999999")
    return AS, [
        (AG, "cobaltline broadband you're speaking to [[N:tunde]]"),
        (CU, "hiya my internet's been down since ((t:six o'clock)) last night"),
        (AG, "sorry about that what's on the top right of your bill the number under the logo"),
        (CU, f"[[A#a:{say(acct[:5])}]] sorry the kids are screaming [[A#a:{say(acct[5:])}]]"),
        (AG, "thanks [[N:chidinma]] and is the router the ((mo:h g six two one)) the black one"),
        (CU, "yeah the light's flashing ((o:amber))"),
        (AG, "okay there's an outage in your area an engineer called [[N:ray]] is on it now should be fixed by ((t:three)) this afternoon"),
        (CU, "i work from home though"),
        (AG, "i understand i'll add a credit of ((pr:ten pounds)) for the day"),
        (CU, "fine thanks"),
    ]


@case
def retail_return_email(g):
    order = g.pat("99-999999-999")
    em = f"ros.achterberg{g.d(2)}@outlook.com"
    ph = g.phone_uk()
    return TR, [
        (AG, "Marrowbone Home customer care, it's [[N:Saoirse]]. How can I help?"),
        (CU, "Hi. I ordered ((q:six)) dining chairs and ((q:four)) arrived with scratches."),
        (AG, "I'm sorry. Have you got the order number?"),
        (CU, f"It's [[A:{order}]]."),
        (AG, "Thank you. They're the Askern oak chairs, model ((mo:AK-6120)), at ((pr:£89)) each?"),
        (CU, "Yes."),
        (AG, f"I'll email you a returns label. Is [[M:{em}]] right?"),
        (CU, f"That's me. The courier can ring [[P:{ph_t(ph, 'three')}]] before they come."),
        (AG, "Collection will be within ((du:ten days)), and we'll refund as soon as they're back."),
        (CU, "Could you send the replacements instead of a refund?"),
        (AG, "Of course, I'll mark it as an exchange."),
    ]


@case
def us_state_revenue_asr(g):
    ssn = g.ssn()
    b = g.dob(1955, 1990)
    house = g.num(210, 9800)
    z = g.zip("AZ")
    return AS, [
        (AG, "arizona department of revenue this is [[N:marcus]] how can i help"),
        (CU, "hi [[N:marcus]] i got a letter saying i owe ((pr:four hundred and twelve dollars)) from ((yr:twenty twenty two))"),
        (AG, "okay i can look at that can i have your social please"),
        (CU, f"[[S:{say(ssn, double=True)}]]"),
        (AG, "and what's your birthday"),
        (CU, f"[[D:{dob_a(b, 'nums_us')}]]"),
        (AG, "and your current mailing address"),
        (CU, f"[[AD:{house_w(house)} east saguaro lane mesa]] [[PC:{say(z)}]]"),
        (AG, "thank you mister [[N:okafor]] so it looks like a dependent was claimed twice"),
        (CU, "oh that'll be my ex she claimed our son too"),
        (AG, "you can appeal within ((du:sixty days)) i'll send you the form"),
    ]


@case
def hotel_change_readback(g):
    card = g.card("mc")
    e = g.expiry()
    cv = g.cvv()
    return TR, [
        (AG, "Ridgemoor Hotels reservations, this is [[N:Beatriz]]."),
        (CU, "Hi [[N:Beatriz]], I need to extend my stay at the Galway hotel by one night."),
        (AG, "Certainly. Name on the booking?"),
        (CU, "[[N:Padraig Ó Ceallaigh]]. I'm in room ((o:214)) at the moment."),
        (AG, "Got you. The extra night is ((pr:€165)). Shall I use the card on file or a new one?"),
        (CU, f"A new one, please. [[C:{grp(card, [4, 4, 4, 4])}]], expiring [[E:{exp_t(e, 'mm/yy')}]]."),
        (AG, f"Let me read that back: [[C:{grp(card, [4, 4, 4, 4])}]], expiry [[E:{exp_t(e, 'mm/yy')}]]. And the CVC?"),
        (CU, f"[[V:{cv}]]."),
        (AG, "Done. Checkout is now ((dt:Sunday)) at ((t:11 a.m.))."),
    ]


@case
def bereavement_energy_asr(g):
    acct = g.d(8, True)
    house = g.num(3, 70)
    pc = g.postcode("HU5")
    b = g.dob(1941, 1950)
    return AS, [
        (AG, "marigold energy bereavement team you're speaking with [[N:anwen]]"),
        (CU, "hello my dad passed away ((dt:last week)) and i need to sort out his gas and electric"),
        (AG, "i'm so sorry for your loss take your time what was your dad's name"),
        (CU, "[[N:wilfred ashworth]] everyone called him [[N:wilf]]"),
        (AG, "and the address of the property"),
        (CU, f"[[AD:{house_w(house)} cottingham road hull]] [[PC:{pc_a(pc)}]]"),
        (AG, "thank you and do you happen to have his account number"),
        (CU, f"i've got an old bill here [[A:{say(acct, 'zero')}]]"),
        (AG, f"and just to make sure it's the right account his date of birth"),
        (CU, f"[[D:{dob_a(b, 'ordof')}]]"),
        (AG, "that's all matched i'll freeze the account so nothing's taken while you sort things out"),
        (CU, "thank you that's one less thing"),
    ]


@case
def mortgage_holiday_correction(g):
    wrong = g.d(8, True)
    right = wrong[:5] + g.other4(wrong[5:])[:3]
    ph = g.phone_uk("manchester")
    em = f"anjali.raghunathan@{g.choice(['btinternet.com', 'yahoo.co.uk', 'sky.com'])}"
    return TR, [
        (AG, "Coppergate Mortgages, [[N:Ewan]] speaking."),
        (CU, "Hello. I've been made redundant and I need to ask about a payment holiday."),
        (AG, "I'm sorry to hear that. Let's see what we can do. Your mortgage account number?"),
        (CU, f"[[A:{wrong}]], no, sorry, that's the old one. It's [[A:{right}]]."),
        (AG, "Thank you, Mrs [[N:Raghunathan]]. We can offer up to ((du:three months)), but interest still builds up."),
        (CU, "How much would that add?"),
        (AG, "Roughly ((pr:£47 a month)) over the rest of the term at your rate of ((pct:4.29%))."),
        (CU, f"I'll think about it. Can you send it in writing to [[M:{em}]]?"),
        (AG, f"Of course. And I'll call you on [[P:{ph_t(ph)}]] on ((dt:Friday)) to follow up."),
        (CU, "Thank you, that's kind."),
    ]


@case
def mobile_port_pac(g):
    pac = g.pat("@@@999999")
    ph = g.phone_uk()
    b = g.dob(1985, 2003)
    return AS, [
        (AG, "nightjar mobile you're through to [[N:sunny]] how can i help"),
        (CU, "hiya [[N:sunny]] i'm moving my number over from my old network i've got the pac code"),
        (AG, "great read it out for me"),
        (CU, f"[[A:{say(pac[:3])} {say(pac[3:])}]]"),
        (AG, "and the number you're bringing across"),
        (CU, f"[[P:{say(ph, double=True)}]]"),
        (AG, f"so that's [[P:{say(ph)}]] and can i have your date of birth"),
        (CU, f"[[D:{dob_a(b, 'mord')}]]"),
        (AG, "lovely it'll switch over ((dt:tomorrow morning)) you might lose signal for ((du:about an hour))"),
        (CU, "that's fine as long as it's not all day"),
    ]


@case
def dental_appointment(g):
    pat = g.pat("WD-99999")
    b = g.dob(1942, 1960)
    ph = g.phone_uk("london")
    return TR, [
        (AG, "Wrenfield Dental, [[N:Precious]] speaking."),
        (CU, "Hello, I've broken a crown and I'm in a lot of pain. I'm a patient of Dr [[N:Lindqvist]]."),
        (AG, "Oh dear. What's your name and date of birth?"),
        (CU, f"[[N:Augustin Mbeki-Rowe]], [[D:{dob_t(b, 'long_uk')}]]."),
        (AG, f"Found you. Your patient number is [[A:{pat}]], you'll need it for the form."),
        (CU, "Thanks. When's the earliest?"),
        (AG, "We've an emergency slot at ((t:8:40)) tomorrow or ((t:3:15)) today with Dr [[N:Sadiq]]."),
        (CU, "Today, please."),
        (AG, f"Booked. It's a ((o:band 2)) fee of ((pr:£73.20)). Can I confirm your mobile, [[P:{ph_t(ph)}]]?"),
        (CU, "That's the home number, but it's fine."),
    ]


@case
def ferry_odd_groups(g):
    card = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    ref = g.pat("GF99999")
    return AS, [
        (AG, "gannet ferries bookings this is [[N:morag]]"),
        (CU, "hi i want to book the ((t:nine thirty)) sailing to stornoway on ((dt:the twenty first)) for ((ct:two)) adults and a car"),
        (AG, "okay that's ((pr:two hundred and six pounds)) return can i take a card"),
        (CU, f"[[C:{grp(card, [4, 2, 6, 4])}]]"),
        (AG, "and the expiry and the security number"),
        (CU, f"[[E:{exp_a(e, 'zero')}]] and [[V:{say(cv, 'zero')}]]"),
        (AG, f"and the name for the booking"),
        (CU, "[[N:iain macaulay]]"),
        (AG, f"thanks [[N:iain]] your reference is [[A:{say(ref)}]] check in closes ((du:forty five minutes)) before sailing"),
    ]


@case
def us_pharmacy_benefits(g):
    mem = g.pat("HHP999999999")
    b = g.dob(1946, 1970)
    ssn = g.ssn()
    z = g.zip("GA")
    return TR, [
        (AG, "Halcyon Health Plan pharmacy benefits, this is [[N:Tamika]]."),
        (CU, "Hi, my insulin was denied at the pharmacy today. They said prior authorization."),
        (AG, "Let's take a look. Member ID?"),
        (CU, f"[[A:{mem}]]."),
        (AG, "Date of birth and ZIP code?"),
        (CU, f"[[D:{dob_t(b, 'us_short')}]], [[PC:{z}]]."),
        (AG, "And the last four of your SSN, please."),
        (CU, f"[[S:{ssn[5:]}]]."),
        (AG, "Thank you, Mr [[N:Delacroix]]. Your doctor switched you to a ((o:100-unit)) pen, which needs a new approval. I'll send the form to the office now."),
        (CU, "How long does that take? I've only got ((du:two days)) left."),
        (AG, "I'll mark it urgent, so ((du:24 to 72 hours)). Meanwhile you can get a ((du:7-day)) emergency supply for ((pr:$35)) or less."),
    ]


@case
def charity_donation_asr(g):
    card = g.card("visa")
    p = chunks(card, [4, 4, 4, 4])
    e = g.expiry()
    cv = g.cvv()
    house = g.num(5, 160)
    pc = g.postcode("EX4")
    em_d = g.d(2)
    return AS, [
        (AG, "hello it's [[N:rohan]] from the coastal rescue appeal thanks for calling in after the advert"),
        (CU, "oh hello yes i'd like to give ((pr:twenty pounds)) a month"),
        (AG, "that's wonderful could i take your name and address for the gift aid"),
        (CU, f"[[N:dorothy pengelly]] [[AD:{house_w(house)} topsham road exeter]] [[PC:{pc_a(pc)}]]"),
        (AG, "and an email for the receipts"),
        (CU, f"[[M:dot pengelly {say(em_d)} at btinternet dot com]]"),
        (AG, "and the card you'd like the gift to come from"),
        (CU, f"[[C#a:{say(p[0])} {say(p[1])}]] hang on my glasses [[C#a:{say(p[2])} {say(p[3])}]]"),
        (AG, "expiry date"),
        (CU, f"[[E:{exp_a(e, 'mon')}]]"),
        (AG, "and the three numbers on the back"),
        (CU, f"[[V:{say(cv)}]]"),
        (AG, "thank you [[N:dorothy]] your first gift goes out on ((dt:the fifth)) and it'll fund about ((du:six hours)) of crew training"),
    ]


@case
def bank_wrong_payee(g):
    own = g.d(8, True)
    payee = g.d(8, True)
    return TR, [
        (AG, "Kestrel Mutual, [[N:Oskar]] speaking. How can I help?"),
        (CU, "I've sent my rent to the wrong account. ((pr:£950)), on ((dt:Monday))."),
        (AG, "Okay, let's try and get it back. Your account number first?"),
        (CU, f"[[A:{own}]]."),
        (AG, "Thank you. And what account did it go to?"),
        (CU, f"[[A:{payee}]]. It should have gone to my landlord, [[N:Reuben Castellanos]], but I typed one digit wrong."),
        (AG, "I'll raise a recall request with the other bank. They have ((du:20 working days)) to respond."),
        (CU, "And if they don't?"),
        (AG, "Then we escalate it. You'll get updates by text."),
    ]


@case
def school_admission_asr(g):
    ref = g.pat("SA999999")
    b = g.dob(2019, 2020)
    ph = g.phone_uk()
    return AS, [
        (AG, "admissions team [[N:lowri]] speaking"),
        (CU, "hi i applied for a reception place for my daughter and i haven't heard anything"),
        (AG, "what's the application reference"),
        (CU, f"[[A:{say(ref[:2])} {pairs(ref[2:])}]]"),
        (AG, "and your daughter's name and date of birth"),
        (CU, f"[[N:amara oyelaran]] [[D:{dob_a(b, 'ordof_and')}]]"),
        (AG, "okay offers go out on ((dt:the sixteenth of april)) she's down for ((ct:three)) schools"),
        (CU, f"okay can you ring me on [[P:{say(ph, 'oh')}]] if anything changes"),
        (AG, "of course"),
    ]


@case
def us_cable_asr(g):
    ssn = g.ssn()
    acct = g.d(12, True)
    ph = g.phone_us("MN")
    em_d = g.d(2)
    return AS, [
        (AG, "thanks for calling prairieline cable this is [[N:garrett]]"),
        (CU, "hey [[N:garrett]] my bill went up ((pct:eighteen percent)) and i want to know why"),
        (AG, "sure thing what's the account number"),
        (CU, f"[[A:{say(acct[:4])} {say(acct[4:8])} {say(acct[8:])}]]"),
        (AG, "and the last four of the account holder's social"),
        (CU, f"[[S:{say(ssn[5:])}]]"),
        (AG, "thank you so your promo rate expired after ((du:twelve months)) you're on ((pr:eighty nine ninety nine)) now"),
        (CU, "that's crazy can you do anything"),
        (AG, "i can get you to ((pr:sixty nine)) if you keep the ((mo:x b six)) box what's a good number and email for the confirmation"),
        (CU, f"[[P:{say(ph)}]] and it's [[M:lena v {say(em_d)} at hotmail dot com]]"),
        (AG, "got it you'll see the new rate next cycle"),
    ]


@case
def us_apartment_portal(g):
    unit = f"{g.num(1, 4)}{g.choice('ABCD')}"
    house = g.num(1100, 4800)
    z = g.zip("IL")
    ph = g.phone_us("IL")
    em = f"k.abernathy-soto{g.d(2)}@yahoo.com"
    return TR, [
        (AG, "Pinecroft Property Management, this is [[N:Reggie]]."),
        (CU, "Hi [[N:Reggie]], I'm a tenant and I can't log in to pay my rent."),
        (AG, "No problem. What's the property address?"),
        (CU, f"[[AD:{house} N Kedzie Ave, Apt {unit}, Chicago]], [[PC:{z}]]."),
        (AG, "And your name?"),
        (CU, "[[N:Karina Abernathy-Soto]]."),
        (AG, f"I've reset it. The link went to [[M:{em}]]. Rent's ((pr:$1,475)), and after ((dt:the 5th)) there's a ((pct:5%)) late fee."),
        (CU, f"Got it. Can you text me too? [[P:{ph_t(ph, 'dot')}]]."),
        (AG, "Done. Anything else?"),
        (CU, "The dishwasher's leaking, actually."),
        (AG, "I'll open a maintenance ticket, someone will come out ((dt:Wednesday)) between ((t:9)) and ((t:noon))."),
    ]


@case
def benefits_claim_asr(g):
    ref = g.pat("UC99999999")
    b = g.dob(1958, 1980)
    house = g.num(2, 60)
    pc = g.postcode("LE3")
    ph = g.phone_uk()
    return AS, [
        (AG, "good afternoon you're through to the benefits helpline my name's [[N:fatima]]"),
        (CU, "hiya my payment's not gone in and it was due ((dt:yesterday))"),
        (AG, "sorry about that have you got your claim reference"),
        (CU, f"[[A#a:{say(ref[:2])} {say(ref[2:6])}]] uh [[A#a:{say(ref[6:])}]]"),
        (AG, "and can you tell me your date of birth"),
        (CU, f"[[D:{dob_a(b, 'thethe')}]]"),
        (AG, "and your address"),
        (CU, f"[[AD:flat {house_w(house)} narborough road leicester]] [[PC:{pc_a(pc)}]]"),
        (AG, "okay [[N:jolanta]] i can see it was held because your fit note ran out"),
        (CU, "i sent the new one in ((du:ten days)) ago"),
        (AG, f"it's just been scanned i'll release it now it should be with you by ((t:midnight)) if we need you is [[P:{say(ph)}]] the best number"),
        (CU, "yeah that's my mobile"),
    ]


@case
def flight_delay_compensation(g):
    pnr = g.pat("@9@@@9")
    em = f"dimitra.papadakis{g.d(2)}@protonmail.com"
    ph = g.phone_uk()
    return TR, [
        (AG, "Halyard Air customer relations, [[N:Sebastián]] speaking."),
        (CU, "Hello. Our flight from Heraklion was ((du:six hours)) late in ((dt:July)) and nobody's answered my claim."),
        (AG, f"I'm sorry about that. What's the booking reference?"),
        (CU, f"[[A:{pnr}]]. The flight was ((fl:HY 2291)), and we'd been rebooked from ((fl:HY 2285))."),
        (AG, "Thank you. I can see it. Compensation is ((pr:€400)) per passenger, and there were ((ct:4)) of you?"),
        (CU, "Yes, me, my husband and our two boys."),
        (AG, f"I'll approve it now. The confirmation will go to [[M:{em}]]."),
        (CU, f"Great. If there's any problem, call [[P:{ph_t(ph, 'intl')}]]."),
        (AG, "Payment takes ((du:14 days)). Thanks for your patience, Mrs [[N:Papadakis]]."),
    ]


@case
def roadside_breakdown_asr(g):
    mem = g.d(9, True)
    ph = g.phone_uk()
    return AS, [
        (AG, "ridgeline rescue [[N:holly]] speaking are you in a safe place"),
        (CU, "yeah i'm on the hard shoulder of the ((o:m five)) just past ((o:junction twenty three)) the engine just died"),
        (AG, "okay stay behind the barrier what's your membership number"),
        (CU, f"[[A#a:{say(mem[:3])}]] um [[A#a:{say(mem[3:6])}]] um [[A#a:{say(mem[6:])}]]"),
        (AG, "thanks and what's the car"),
        (CU, "a silver ((mo:ford focus)) a ((yr:twenty sixteen)) one"),
        (AG, f"and your name and a mobile number"),
        (CU, f"[[N:gethin prosser]] [[P:{say(ph)}]]"),
        (AG, "a patrol's on the way should be with you in ((du:forty minutes))"),
        (CU, "thank you it's freezing out here"),
    ]


@case
def us_doctor_scheduling(g):
    mem = g.pat("XZ99999999")
    b = g.dob(1962, 1988)
    ssn = g.ssn()
    ph = g.phone_us("NC")
    return TR, [
        (AG, "Cedar Hollow Family Medicine, this is [[N:Krystal]]. How can I help?"),
        (CU, "Hi, I need to book a physical. I'm a new patient."),
        (AG, "Welcome! Can I get your full name and date of birth?"),
        (CU, f"[[N:Nguyen Thi Hoa]], [[D:{dob_t(b, 'long_us')}]]."),
        (AG, "And your insurance member ID?"),
        (CU, f"[[A:{mem}]]."),
        (AG, "We also need the last four of your Social for the chart."),
        (CU, f"It's [[S:{ssn[5:]}]]."),
        (AG, f"Thank you. Our first opening is ((dt:October 14)) at ((t:10:20 a.m.)). Best number to confirm?"),
        (CU, f"[[P:{ph_t(ph, 'one')}]]."),
        (AG, "You're all set. Please arrive ((du:15 minutes)) early to fill in the forms."),
    ]


@case
def bank_fraud_readback_pieces(g):
    card = g.card("visa")
    p = chunks(card, [4, 4, 4, 4])
    e = g.expiry()
    cv = g.cvv()
    return AS, [
        (AG, "kestrel mutual fraud team you're speaking with [[N:caoimhe]] can i take your full name"),
        (CU, "it's [[N:hamid farahani]] [[N:f for foxtrot a r a h a n i]]"),
        (AG, "thank you and the card you're calling about"),
        (CU, f"[[C:{pairs(card)}]]"),
        (AG, f"let me read that back [[C#b:{pairs(p[0])} {pairs(p[1])}]]"),
        (CU, "yep"),
        (AG, f"[[C#b:{pairs(p[2])} {pairs(p[3])}]]"),
        (CU, "that's it"),
        (AG, "and the expiry date and the security number please"),
        (CU, f"[[E:{exp_a(e, 'mon')}]] [[V:{say(cv)}]]"),
        (AG, "thanks there were ((ct:three)) payments to a gaming site at ((t:four in the morning)) were those you"),
        (CU, "no definitely not i was asleep"),
        (AG, "okay i'm cancelling the card now and refunding the ((pr:three hundred and sixty pounds))"),
    ]


@case
def us_utility_new_service(g):
    ssn = g.ssn()
    b = g.dob(1970, 1998)
    house = g.num(300, 7800)
    z = g.zip("WA")
    em = f"amadou.diallo.{g.d(2)}@icloud.com"
    ph = g.phone_us("WA")
    return TR, [
        (AG, "Tidewell Utilities, new service. My name's [[N:Bryce]]."),
        (CU, "Hi, I'm moving next week and need power and water turned on."),
        (AG, "Sure. What's the service address?"),
        (CU, f"[[AD:{house} Rainier Ave S, Unit 12, Seattle]], [[PC:{z}]]."),
        (AG, "Got it. For the credit check I'll need your SSN and date of birth."),
        (CU, f"[[S:{ssn}]], and I was born [[D:{dob_t(b, 'us')}]]."),
        (AG, f"Thank you. Your name as it appears on your ID?"),
        (CU, "[[N:Amadou Diallo]]."),
        (AG, f"And contact details?"),
        (CU, f"[[M:{em}]], phone [[P:{ph_t(ph, 'dash')}]]."),
        (AG, "You're approved with no deposit. Service starts ((dt:Monday the 3rd)), and the connection fee of ((pr:$25)) goes on your first bill."),
    ]


@case
def electronics_order_asr(g):
    order = g.pat("@@9999999")
    em_d = g.d(3)
    return AS, [
        (AG, "voltmarket orders [[N:kenji]] speaking"),
        (CU, "hi my laptop order says delivered but nothing came"),
        (AG, "oh no what's the order number it starts with two letters"),
        (CU, f"[[A:{say(order[:2])} {say(order[2:])}]]"),
        (AG, "thanks that's the ((mo:zenbook fourteen)) and ((q:two)) usb c hubs yeah"),
        (CU, "yeah ((pr:nine hundred and forty nine pounds)) all in"),
        (AG, "right the driver's photo shows a different door i'll open an investigation it takes up to ((du:forty eight hours))"),
        (CU, "can you email me the case number"),
        (AG, "sure what's the best email"),
        (CU, f"[[M:r a j e s h {say(em_d)} at gmail dot com]]"),
        (AG, "got it thanks [[N:rajesh]]"),
    ]


@case
def uni_it_helpdesk(g):
    staff = g.pat("E999999")
    em = f"m.gallagher-oni@westerly.ac.uk"
    ph = g.phone_uk("leeds")
    return TR, [
        (AG, "Westerly University IT service desk, [[N:Tobiah]] speaking."),
        (CU, "Hi, my multi-factor app stopped working and I've got ((ct:200)) exam scripts to upload by ((t:5pm))."),
        (AG, "Okay, let's get you in. Staff number?"),
        (CU, f"[[A:{staff}]]. I'm [[N:Moira Gallagher-Oni]], School of Engineering."),
        (AG, f"Thanks. Your login is [[M:{em}]]?"),
        (CU, f"That's right. My desk phone is [[P:{ph_t(ph)}]] if you need it."),
        (AG, "I've reset MFA. Re-register on your phone, and the code is valid for ((du:ten minutes))."),
        (CU, "I've got an old ((mo:iPhone 11)), will that work?"),
        (AG, "Yes, anything from ((mo:iOS 16)) up is fine."),
        (CU, "Brilliant, it's worked. Thank you so much."),
    ]


@case
def pension_asr(g):
    ref = g.pat("99999999@")
    b = g.dob(1957, 1962)
    house = g.num(12, 90)
    pc = g.postcode("DD1")
    return AS, [
        (AG, "heatherbell pensions [[N:alasdair]] speaking"),
        (CU, "hello i'm retiring in ((dt:may)) and i want to know what my options are"),
        (AG, "congratulations can i have your plan reference it's on the annual statement"),
        (CU, f"[[A:{say(ref[:4])} {say(ref[4:])}]]"),
        (AG, "and can you confirm your date of birth for me"),
        (CU, f"[[D:{dob_a(b, 'ord_yy')}]]"),
        (AG, "thank you mrs [[N:thornycroft]] and when do you want to start drawing it"),
        (CU, "from ((dt:june)) if i can i've been paying in since ((yr:nineteen ninety one)) so there should be a fair bit"),
        (AG, f"there's a pot of ((pr:a hundred and eighty two thousand)) you can take ((pct:twenty five percent)) tax free we'll send a pack to [[AD:{house_w(house)} perth road dundee]] is that still right"),
        (CU, f"yes [[PC:{pc_a(pc)}]]"),
        (AG, "lovely it'll be with you in ((du:five to seven days))"),
    ]


@case
def streaming_expired_card(g):
    old_e = (g.num(1, 2), 2026)
    card = g.card("mc")
    e = g.expiry()
    cv = g.cvv()
    return TR, [
        (AG, "Skylark Streaming support, you're chatting with [[N:Anouk]]."),
        (CU, f"Hi, my account's been paused. I think it's because my card expired, it was [[E:{exp_t(old_e, 'mm/yy')}]]."),
        (AG, "That's right, the last payment failed on ((dt:the 2nd)). Would you like to add a new card?"),
        (CU, f"Yes: [[C:{grp(card, [4, 4, 4, 4])}]]."),
        (AG, "And the new expiry date and security code?"),
        (CU, f"[[E:{exp_t(e, 'mm/yy')}]] and [[V:{cv}]]."),
        (AG, "All set. The ((pr:£10.99)) has gone through and everything's unlocked again."),
        (CU, "Perfect, thanks. Can I move to the cheaper plan at some point?"),
        (AG, "Any time. It's ((pr:£5.99)) with adverts, and the change takes effect at your next billing date."),
    ]


@case
def pet_insurance_asr(g):
    pol = g.pat("CPI999999")
    card = g.card_with_double("mc")
    p = chunks(card, [4, 4, 4, 4])
    e = g.expiry()
    cv = g.cvv()
    return AS, [
        (AG, "cairnwood pet insurance [[N:lachlan]] speaking"),
        (CU, "hi it's about my dog biscuit he needs his leg operated on"),
        (AG, "oh poor thing how old is he"),
        (CU, "he's ((o:nine)) the vet doctor [[N:okereke]] says it's his cruciate"),
        (AG, f"okay can i take the policy number"),
        (CU, f"[[A:{say(pol[:3])} {say(pol[3:], 'zero')}]]"),
        (AG, "thanks the excess is ((pr:ninety nine pounds)) plus ((pct:twenty percent)) because of his age do you want to pay the excess now"),
        (CU, f"yeah go on [[C#a:{say(p[0], double=True)} {say(p[1], double=True)}]]"),
        (AG, "uh huh"),
        (CU, f"[[C#a:{say(p[2], double=True)} {say(p[3], double=True)}]]"),
        (AG, "and the c v c on the back and the expiry"),
        (CU, f"[[V:{say(cv)}]] and it's [[E:{exp_a(e, 'monfull')}]]"),
        (AG, "lovely all paid i hope the surgery goes well for him"),
    ]


@case
def card_corrected_transcript(g):
    card = g.card("visa")
    p = chunks(card, [4, 4, 4, 4])
    wrong = g.other4(p[3])
    e = g.expiry()
    cv = g.cvv()
    ref = g.pat("OR-9999-9999")
    return TR, [
        (AG, "Orchardline Rail, it's [[N:Femi]]. What can I do for you?"),
        (CU, f"I need to pay a penalty fare, reference [[A:{ref}]]. ((pr:£20)), I think."),
        (AG, "That's right, the ((pr:£20)) reduced fare if it's paid within ((du:21 days)). Card number?"),
        (CU, f"[[C#a~4:{p[0]} {p[1]} {p[2]} {wrong}]]... no, sorry, the last four are [[C#a:{p[3]}]]."),
        (AG, f"So [[C:{grp(card, [4, 4, 4, 4])}]]?"),
        (CU, "Yes."),
        (AG, "Expiry and CVV?"),
        (CU, f"[[E:{exp_t(e, 'mon yy')}]], [[V:{cv}]]."),
        (AG, "Paid. You'll get a receipt by post."),
    ]


@case
def us_tax_prep_ssn(g):
    ssn = g.ssn()
    ssn2 = g.ssn()
    b = g.dob(1963, 1990)
    house = g.num(40, 980)
    z = g.zip("MI")
    return TR, [
        (AG, "Thanks for calling Brightline Tax, this is [[N:Dolores]]. Are you a returning client?"),
        (CU, "Yes, I filed with you in ((yr:2023)). I need to add my wife to the return this year."),
        (AG, "Congratulations! I'll need both Social Security numbers."),
        (CU, f"Mine is [[S:{ssn[:3]} {ssn[3:5]} {ssn[5:]}]], and hers is [[S:{ssn2}]]."),
        (AG, "And her full name and date of birth?"),
        (CU, f"[[N:Yesenia Kowalczyk-Reyes]], [[D:{dob_t(b, 'iso')}]]."),
        (AG, "And your current address?"),
        (CU, f"[[AD:{house} Woodward Heights Blvd, Ferndale]], Michigan [[PC:{z}]]."),
        (AG, "Perfect. Married filing jointly, your fee will be ((pr:$189)) instead of ((pr:$129))."),
    ]


@case
def us_bank_ssn_asr(g):
    ssn = g.ssn()
    acct = g.d(9, True)
    ph = g.phone_us("TN")
    return AS, [
        (AG, "volunteer state bank this is [[N:tanner]] who do i have the pleasure of speaking with"),
        (CU, "[[N:latoya whitfield]]"),
        (AG, "thank you miss [[N:whitfield]] what can i do for you"),
        (CU, "i need a stop payment on a check it was for ((pr:three hundred fifty dollars)) check number ((o:one oh four two))"),
        (AG, "sure i'll just need to verify your social"),
        (CU, f"[[S#b:{say(ssn[:3])}]] uh [[S#b:{say(ssn[3:5])} {say(ssn[5:])}]]"),
        (AG, f"thank you i have last four [[S:{say(ssn[5:])}]] correct"),
        (CU, "yes"),
        (AG, f"and the account number for that check"),
        (CU, f"[[A:{say(acct)}]]"),
        (AG, f"okay the stop payment fee is ((pr:thirty dollars)) and it's good for ((du:six months)) we'll text [[P:{say(ph)}]] when it's done"),
    ]


@case
def telecom_update_contact(g):
    em = f"seren.ap-rhys{g.d(2)}@gmail.com"
    ph = g.phone_uk()
    house = g.num(2, 40)
    pc = g.postcode("SA1")
    acct = g.pat("CT-99999999")
    return TR, [
        (AG, "Corvid Telecom, [[N:Ffion]] speaking."),
        (CU, f"Hi [[N:Ffion]]. I've moved and need to update my details. Account [[A:{acct}]]."),
        (AG, "Of course. Who am I speaking with?"),
        (CU, "[[N:Seren ap Rhys]]."),
        (AG, "What's the new address?"),
        (CU, f"[[AD:{house} Bryn-y-Mor Crescent, Uplands, Swansea]], [[PC:{pc}]]."),
        (AG, "And is your mobile still the same?"),
        (CU, f"No, it's [[P:{ph_t(ph, 'std')}]] now, and the email's [[M:{em}]]."),
        (AG, "Updated. Your broadband moves over on ((dt:the 28th)), and there's no charge as you're in contract until ((dt:March 2027))."),
    ]


@case
def asr_contact_update_spelled(g):
    ph = g.phone_uk()
    house = g.num(3, 48)
    pc = g.postcode("G12")
    em_d = g.d(2)
    return AS, [
        (AG, "corvid telecom [[N:ruaridh]] speaking"),
        (CU, "hiya i need to change my email address on the account"),
        (AG, "no bother can you confirm your name and postcode first"),
        (CU, f"[[N:xiaoling mccall]] [[PC:{pc_a(pc, nato=True)}]]"),
        (AG, "thanks and the new email"),
        (CU, f"[[M:x i a o l i n g dot m c c a l l {say(em_d)} at gmail dot com]]"),
        (AG, f"okay and we've got your address as [[AD:flat {house_w(house)} great western road glasgow]]"),
        (CU, "that's right"),
        (AG, f"and is [[P:{say(ph, double=True)}]] still your mobile"),
        (CU, "it is aye"),
        (AG, "that's all updated you'll get a confirmation email in ((du:a few minutes))"),
    ]


@case
def card_turns_readback(g):
    card = g.card("mc2")
    p = chunks(card, [4, 4, 4, 4])
    e = g.expiry()
    cv = g.cvv()
    return TR, [
        (AG, "Quillon Card Services, [[N:Ingeborg]] speaking. I understand you'd like to make a payment?"),
        (CU, "Yes, ((pr:£150)) towards my credit card, from my debit card."),
        (AG, "Go ahead with the debit card number."),
        (CU, f"[[C#a:{p[0]}]]"),
        (AG, "Yep."),
        (CU, f"[[C#a:{p[1]}]]"),
        (AG, "Go on."),
        (CU, f"[[C#a:{p[2]} {p[3]}]]"),
        (AG, f"Thank you, that's [[C:{grp(card, [4, 4, 4, 4])}]]. Expiry?"),
        (CU, f"[[E:{exp_t(e, 'mm/yyyy')}]]."),
        (AG, "And the three-digit code from the signature strip?"),
        (CU, f"[[V:{cv}]]."),
        (AG, "Payment's done. It'll show on your credit card in ((du:one to two working days))."),
    ]


@case
def wrong_card_then_right(g):
    old = g.card("visa")
    card = g.card("mc")
    p = chunks(card, [4, 4, 4, 4])
    e = g.expiry()
    cv = g.cvv()
    return AS, [
        (AG, "okay [[N:mehmet]] the total's ((pr:forty one pounds fifty)) for the ((q:three)) ink cartridges what card are you using"),
        (CU, f"[[C#w~:{say(old[:4])} {say(old[4:6])}]] oh wait that's my work card hang on"),
        (AG, "no problem take your time"),
        (CU, f"right [[C#a:{say(p[0])} {say(p[1])} {say(p[2])} {say(p[3])}]]"),
        (AG, "and the expiry"),
        (CU, f"[[E:{exp_a(e, 'digits')}]]"),
        (AG, "and the little code on the back"),
        (CU, f"[[V:{say(cv)}]]"),
        (AG, "lovely that's gone through they'll be with you ((dt:thursday))"),
    ]


@case
def us_health_insurance(g):
    mem = g.pat("9@@99999999")
    b = g.dob(1975, 1995)
    ssn = g.ssn()
    ph = g.phone_us("CO")
    return TR, [
        (AG, "Summit Peak Health, member services, [[N:Chelsea]] speaking."),
        (CU, "Hi. My son's ER claim from ((dt:last Tuesday)) was denied and I don't understand why."),
        (AG, "I can help. Your member number?"),
        (CU, f"[[A:{mem}]]."),
        (AG, "And the subscriber's date of birth and SSN?"),
        (CU, f"[[D:{dob_t(b, 'us_dash')}]], [[S:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        (AG, "Thank you. It was coded as out of network. The hospital's in network, so it's a coding error on our end."),
        (CU, "So I don't owe the ((pr:$2,310))?"),
        (AG, f"No, you'll owe your ((pr:$250)) copay at most. I'll reprocess it and call you at [[P:{ph_t(ph, 'std')}]] when it's done."),
    ]


@case
def library_dob_fix_asr(g):
    card = g.d(10, True)
    b = g.dob(1944, 1958)
    wrong_b = ((b[0] % 28) + 1, b[1], b[2])
    em_d = g.d(2)
    return AS, [
        (AG, "hello city libraries [[N:ewa]] speaking"),
        (CU, "hello dear i've been locked out of the e-books thing on my ((mo:kindle))"),
        (AG, "oh that's annoying what's your library card number"),
        (CU, f"[[A:{say(card[:5])} {say(card[5:])}]]"),
        (AG, "can i just check your date of birth"),
        (CU, f"[[D:{dob_a(wrong_b, 'thethe')}]]"),
        (AG, "hmm that doesn't match what i've got here"),
        (CU, f"oh sorry i always do that it's [[D:{dob_a(b, 'ordof')}]]"),
        (AG, "that's it mr [[N:pryce]] i've reset your pin i'll email a new one where should it go"),
        (CU, f"[[M:alwyn pryce {say(em_d)} at talktalk dot net]]"),
        (AG, "done you can borrow up to ((ct:ten)) e-books at a time for ((du:three weeks)) each"),
    ]


@case
def rail_refund(g):
    tkt = g.pat("ORL-9999999")
    em = f"t.albuquerque{g.d(2)}@gmail.com"
    return TR, [
        (AG, "Orchardline Rail refunds, [[N:Kasia]] speaking."),
        (CU, "Hi. My ((t:07:42)) from Reading was cancelled and I had to get a taxi. Can I claim?"),
        (AG, "You can claim the fare and reasonable costs. What's the ticket reference?"),
        (CU, f"[[A:{tkt}]]. The replacement left from ((o:platform 9)) an hour later, so I gave up."),
        (AG, "Understood. Keep the taxi receipt and send it to us. What email should the claim form go to?"),
        (CU, f"[[M:{em}]]. I'm [[N:Thiago Albuquerque]]."),
        (AG, "Sent. Refunds usually take ((du:up to 28 days))."),
        (CU, "Thanks."),
    ]


@case
def us_movers_asr(g):
    quote = g.pat("Q-999999")
    h1, h2 = g.num(100, 990), g.num(1000, 8900)
    z1, z2 = g.zip("PA"), g.zip("NY")
    ph = g.phone_us("PA")
    return AS, [
        (AG, "steady hands moving this is [[N:vinnie]]"),
        (CU, f"hey i got a quote from you guys it's [[A:{say(quote)}]] and i wanna book it"),
        (AG, "sure what's the pickup address"),
        (CU, f"[[AD:{house_w(h1)} south fourth street philadelphia]] [[PC:{say(z1)}]]"),
        (AG, "and drop off"),
        (CU, f"[[AD:{house_w(h2)} ocean parkway brooklyn]] [[PC:{say(z2)}]]"),
        (AG, "okay it's a ((du:four hour)) minimum with ((ct:three)) guys at ((pr:one sixty an hour)) and we can do ((dt:the twenty second))"),
        (CU, "perfect"),
        (AG, f"and a good number for the crew lead"),
        (CU, f"[[P:{say(ph)}]] ask for [[N:delroy]] that's me"),
    ]


@case
def vet_claim_pet_name(g):
    pol = g.pat("CW/999999")
    em = f"hodan.warsame{g.d(2)}@hotmail.co.uk"
    return TR, [
        (AG, "Cairnwood Pet Insurance, claims. [[N:Aled]] speaking."),
        (CU, "Hi, I'm [[N:Hodan Warsame]]. I sent in a claim for my cat, Pickle, ((du:three weeks)) ago."),
        (AG, "Let me look. Policy number, please?"),
        (CU, f"[[A:{pol}]]."),
        (AG, "Thanks. The vet, Dr [[N:Brannigan]], still needs to send the clinical history. Once we have it, it's ((du:about ten days))."),
        (CU, "Can you chase them? The bill was ((pr:£1,240)) and it's sitting on my credit card."),
        (AG, f"I'll email them today and copy you in at [[M:{em}]]."),
        (CU, "Thank you."),
    ]


@case
def council_repair_robin(g):
    ten = g.d(8, True)
    house = g.num(5, 120)
    pc = g.postcode("NG7")
    return AS, [
        (AG, "council housing repairs [[N:shona]] speaking"),
        (CU, "hiya there's a ((o:robin)) nesting in my bathroom vent and the fan's stopped working"),
        (AG, "oh bless okay we can't move it while it's nesting but we'll look at the fan can you read me the number on your rent card"),
        (CU, f"[[A#x:{say(ten[:4])}]] hang on [[A#x:{say(ten[4:])}]]"),
        (AG, "and the address"),
        (CU, f"[[AD:{house_w(house)} radford road nottingham]] [[PC:{pc_a(pc)}]]"),
        (AG, "lovely is anyone else in the household"),
        (CU, "just me and my neighbour [[N:robin]] checks on me he's got a spare key"),
        (AG, "okay we'll come out ((dt:next monday)) between ((t:eight)) and ((t:one))"),
    ]


@case
def hospital_letter(g):
    hosp = g.pat("H999999")
    b = g.dob(1950, 1975)
    return TR, [
        (AG, "Outpatient appointments, [[N:Bronagh]] speaking."),
        (CU, "Hello, I've had a letter for ((dt:Tuesday 9th)) but I'll be away. Can I move it?"),
        (AG, "Of course. What's the hospital number on the letter? It starts with an H."),
        (CU, f"[[A:{hosp}]]."),
        (AG, "Can you confirm your date of birth as well?"),
        (CU, f"[[D:{dob_t(b, 'ord_of')}]]."),
        (AG, "Thank you, Mrs [[N:Kertész]]. It's with Mr [[N:Abiodun]], the orthopaedic consultant. I can do ((dt:the 23rd)) at ((t:10:40)), clinic ((o:4B))."),
        (CU, "That's fine. Is it the same building?"),
        (AG, "Yes, the outpatient block, second floor."),
    ]


@case
def loyalty_asr(g):
    mem = g.tracking_fail(12)
    b = g.dob(1980, 2001)
    em_d = g.d(2)
    return AS, [
        (AG, "bloomfield rewards [[N:tess]] speaking"),
        (CU, "hi my points haven't gone on from my shop on ((dt:saturday)) i spent ((pr:a hundred and twelve pounds))"),
        (AG, "let's have a look what's the number on the back of your rewards card"),
        (CU, f"[[A#a:{say(mem[:4])}]] um [[A#a:{say(mem[4:8])}]] sorry it's worn off a bit [[A#a:{say(mem[8:])}]]"),
        (AG, "and can you tell me your date of birth to confirm"),
        (CU, f"[[D:{dob_a(b, 'digits_us')}]]"),
        (AG, "thanks [[N:ji-woo]] i can see the shop it just hadn't synced i've added the ((ct:five hundred and sixty)) points"),
        (CU, "brilliant can you send me a statement"),
        (AG, "sure where to"),
        (CU, f"[[M:jiwoo baek {say(em_d)} at gmail dot com]]"),
    ]


@case
def us_payroll_hr(g):
    ssn = g.ssn()
    b = g.dob(1985, 2002)
    house = g.num(20, 4800)
    z = g.zip("WI")
    em = f"keahi.kalani{g.d(2)}@outlook.com"
    return TR, [
        (AG, "PeopleFirst payroll support, [[N:Brittany]] speaking."),
        (CU, "Hi, I started at Lakeshore Foods ((dt:two weeks ago)) and my first paycheck never showed up."),
        (AG, "I'm sorry. Can I have your name and Social Security number?"),
        (CU, f"[[N:Keahi Kalani]]. SSN is [[S:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        (AG, f"Thank you. I have SSN ending [[S:{ssn[5:]}]], date of birth [[D:{dob_t(b, 'us')}]]?"),
        (CU, "Yes."),
        (AG, f"Your direct deposit was rejected, so a paper check went to [[AD:{house} W Lincoln Ave, Milwaukee]], [[PC:{z}]]."),
        (CU, "That's my old address! I moved."),
        (AG, f"I'll void it and reissue. I'll also email the new deposit form to [[M:{em}]]."),
    ]


@case
def travel_insurance_claim_asr(g):
    pol = g.pat("AT999999")
    em_d = g.d(2)
    ph = g.phone_uk()
    return AS, [
        (AG, "wayfarer travel insurance [[N:gareth]] speaking"),
        (CU, "hi i need to claim my connection got cancelled and i was stuck in dubai for ((du:two nights))"),
        (AG, "oh no what flights were they"),
        (CU, f"((fl:ek four three three)) and then ((fl:ek oh oh one)) on ((dt:the fourteenth)) i've got all the receipts"),
        (AG, "and the policy number"),
        (CU, f"[[A:{say(pol)}]]"),
        (AG, "thanks i'll send you the form what's your email"),
        (CU, f"[[M:aroha ngata {say(em_d)} at xtra dot co dot nz]]"),
        (AG, f"and a phone number"),
        (CU, f"[[P:{say(ph)}]]"),
        (AG, "okay the hotel's covered up to ((pr:a hundred and fifty pounds)) a night"),
    ]


@case
def business_handsets(g):
    card = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    po = g.pat("PO-99999")
    return TR, [
        (AG, "Tessellate Business, [[N:Ravi]] speaking."),
        (CU, f"Hi [[N:Ravi]], it's [[N:Shazia Iqbal]] from Wexcombe Joinery. We'd like ((q:25)) of the ((mo:Galaxy A35)) handsets."),
        (AG, "Great. That's ((pr:£219)) each before the ((pct:10%)) volume discount. Is there a purchase order number?"),
        (CU, f"Yes, [[A:{po}]]."),
        (AG, "And how will you pay?"),
        (CU, f"Company card: [[C:{grp(card, [4, 4, 4, 4])}]], expiry [[E:{exp_t(e, 'mm/yy')}]], security code [[V:{cv}]]."),
        (AG, "Thanks. They'll arrive in ((du:three working days))."),
    ]


@case
def us_water_faith(g):
    acct = g.d(10, True)
    house = g.num(100, 7999)
    z = g.zip("NM")
    ph = g.phone_us("NM")
    return AS, [
        (AG, "rio grande water this is [[N:faith]] how can i help you"),
        (CU, "hi [[N:faith]] there's water bubbling up out of the sidewalk in front of my house"),
        (AG, "okay what's the address"),
        (CU, f"[[AD:{house_w(house)} candelaria road northwest albuquerque]] [[PC:{say(z)}]]"),
        (AG, "are you a customer with us"),
        (CU, f"yeah account [[A:{say(acct[:5])} {say(acct[5:])}]]"),
        (AG, f"okay i'm sending a crew out they'll be there within ((du:two hours)) can they reach you at [[P:{say(ph)}]]"),
        (CU, "yeah that's my cell"),
    ]


@case
def school_trip_payment(g):
    card = g.card("mc")
    e = g.expiry()
    cv = g.cvv()
    return TR, [
        (AG, "Ashcombe Primary, school office, Mrs [[N:Patel]] speaking."),
        (CU, "Hi, I'm ringing to pay for the ((o:Year 5)) residential. My son is [[N:Tomasz Wiśniewski]], in Miss [[N:Grant]]'s class."),
        (AG, "Lovely. It's ((pr:£285)), or you can pay ((pr:£95)) now and the rest by ((dt:May 1st))."),
        (CU, "The full amount, please."),
        (AG, "Card number?"),
        (CU, f"[[C:{card}]]."),
        (AG, "Expiry date and CVV?"),
        (CU, f"[[E:{exp_t(e, 'mm-yy')}]], [[V:{cv}]]."),
        (AG, "All paid. The kit list comes home in his book bag ((dt:Friday))."),
    ]


@case
def ivr_bank_balance(g):
    acct = g.d(8, True)
    b = g.dob(1960, 1995)
    return AS, [
        (IV, "welcome to kestrel mutual telephone banking please say your account number"),
        (CU, f"[[A:{pairs(acct)}]]"),
        (IV, f"i heard [[A:{say(acct)}]] is that right"),
        (CU, "yes"),
        (IV, "please say your date of birth for example the ((dt:first of january nineteen seventy))"),
        (CU, f"[[D:{dob_a(b, 'ordof')}]]"),
        (IV, "thank you your available balance is ((pr:two thousand and fourteen pounds sixty two)) to hear recent transactions say transactions"),
        (CU, "agent"),
        (IV, "please hold while i connect you your call may be recorded"),
        (AG, "hello you're through to [[N:mahalia]] i can see you've passed security what can i help with"),
        (CU, "hi [[N:mahalia]] i just want to check if my salary's in yet"),
        (AG, "it came in at ((t:six a m)) this morning so you're all good"),
    ]


@case
def grocery_substitutions(g):
    order = g.pat("9999999999")
    house = g.num(2, 150)
    pc = g.postcode("SE15")
    em = f"oksana.hrytsenko{g.d(2)}@gmail.com"
    return TR, [
        (AG, "FreshFolk Groceries, [[N:Tariq]] speaking."),
        (CU, f"Hi, my order [[A:{order}]] came with some odd substitutions. I ordered ((q:2)) litres of oat milk and got ((q:6)) tins of sardines."),
        (AG, "That's definitely wrong, sorry. I'll refund the sardines and credit ((pr:£3.40)) for the milk."),
        (CU, "Thanks. Also, can I change the address for next week's delivery?"),
        (AG, "Sure, what's the new one?"),
        (CU, f"[[AD:Flat 3, {house} Bellenden Road]], [[PC:{pc}]]. The slot's ((t:6-7pm)) on ((dt:Thursday))."),
        (AG, f"Done. I'll send confirmation to [[M:{em}]]."),
        (CU, "That's me. Thanks, [[N:Tariq]]."),
    ]


@case
def us_debt_collection(g):
    acct = g.pat("99999-999")
    ssn = g.ssn()
    card = g.card("visa")
    p = chunks(card, [4, 4, 4, 4])
    e = g.expiry()
    cv = g.cvv()
    return AS, [
        (AG, "hi this is [[N:courtney]] with meridian recovery services this is an attempt to collect a debt am i speaking with [[N:delbert]]"),
        (CU, "yeah this is him i want to settle the medical one"),
        (AG, f"okay for account [[A:{say(acct)}]] can you verify the last four of your social"),
        (CU, f"[[S:{say(ssn[5:])}]]"),
        (AG, "thank you the balance is ((pr:one thousand two hundred six dollars)) and we can accept ((pct:sixty percent)) as a settlement today"),
        (CU, f"okay let's do it [[C#a:{say(p[0])} {say(p[1])}]]"),
        (AG, "okay"),
        (CU, f"[[C#a:{say(p[2])}]]"),
        (AG, "mm-hmm"),
        (CU, f"[[C#a:{say(p[3])}]] expiration [[E:{exp_a(e, 'plain')}]] and the code on the back is [[V:{say(cv)}]]"),
        (AG, "all set you'll get a paid in full letter in ((du:seven to ten business days))"),
    ]


@case
def passport_office(g):
    ref = g.pat("9999-9999-9999")
    b = g.dob(1990, 2005)
    em = f"s.hallgrimsdottir{g.d(2)}@gmail.com"
    ph = g.phone_uk()
    return TR, [
        (AG, "Passport Advice Line, [[N:Gideon]] speaking."),
        (CU, f"Hi, I applied ((du:seven weeks)) ago and I fly on ((dt:the 3rd of August)). Reference [[A:{ref}]]."),
        (AG, "Can you confirm the applicant's name and date of birth?"),
        (CU, f"[[N:Sigrún Hallgrímsdóttir]], [[D:{dob_t(b, 'mon_abbr')}]]. I was born in Reykjavik but I've lived here since ((yr:2009))."),
        (AG, "It's been approved and it's being printed. Expect it within ((du:five days))."),
        (CU, f"Can you send me a text when it's dispatched? [[P:{ph_t(ph)}]]."),
        (AG, f"We'll email [[M:{em}]] and text that number."),
    ]


@case
def gas_safety_dean(g):
    house = g.num(4, 99)
    pc = g.postcode("B29")
    return AS, [
        (AG, "hi it's [[N:dean]] from hearthside gas i'm the engineer booked for your safety check"),
        (CU, "oh hiya yes you're due ((dt:today)) aren't you"),
        (AG, f"that's right just confirming it's [[AD:{house_w(house)} bristol road selly oak]] [[PC:{pc_a(pc)}]]"),
        (CU, "yeah that's us the boiler's in the loft"),
        (AG, "no problem i'm about ((du:twenty minutes)) away it's a ((mo:worcester greenstar)) isn't it"),
        (CU, "yeah about ((ct:eight)) years old"),
        (AG, "lovely see you soon"),
    ]


@case
def card_dispute_typed(g):
    card = g.card("visa")
    ref = g.pat("DSP-999999")
    return TR, [
        (AG, "Quillon Card Services disputes, [[N:Marguerite]] speaking."),
        (CU, "Hello. I cancelled a gym membership in ((dt:January)) and they've kept charging me ((pr:£39.99)) a month."),
        (AG, "I'm sorry. Which card is it on?"),
        (CU, f"[[C:{card}]]."),
        (AG, f"That's [[C:{grp(card, [4, 4, 4, 4])}]]? And your name?"),
        (CU, "Yes. [[N:Aino Virtanen]]."),
        (AG, f"Thank you. I've opened dispute [[A:{ref}]] for ((ct:three)) charges. We'll credit you while it's looked at."),
        (CU, "Thank you, that's a relief."),
    ]


@case
def hotel_mixed_digits_asr(g):
    card = g.card("mc")
    p = chunks(card, [4, 4, 4, 4])
    e = g.expiry()
    cv = g.cvv()
    return AS, [
        (AG, "ridgemoor hotel edinburgh front desk [[N:kirsty]] speaking"),
        (CU, "hi i'm booked in for ((ct:three)) nights from ((dt:friday)) and i need to guarantee the room with a card"),
        (AG, "no problem what's the name on the booking"),
        (CU, "[[N:thandiwe dlamini]]"),
        (AG, "lovely go ahead with the card"),
        (CU, f"[[C:{p[0]} {say(p[1])} {p[2]} {say(p[3])}]]"),
        (AG, "and the expiry and cvv"),
        (CU, f"[[E:{exp_a(e, 'oh')}]] [[V:{say(cv)}]]"),
        (AG, "thanks check in is from ((t:three pm)) and breakfast is until ((t:ten thirty))"),
    ]


@case
def us_wire_transfer(g):
    acct = g.d(10, True)
    dest = g.d(12, True)
    ssn = g.ssn()
    ph = g.phone_us("FL")
    return TR, [
        (AG, "Gulfstream Savings, wire desk. This is [[N:Mitchell]]."),
        (CU, f"Hi, I need to send a wire for my house closing, ((pr:$48,250)), from account [[A:{acct}]]."),
        (AG, "For a wire that size I'll need to verify you. Full Social, please."),
        (CU, f"[[S:{ssn}]]."),
        (AG, "Thanks. Receiving account number?"),
        (CU, f"[[A:{dest}]], at the title company."),
        (AG, f"Before I send it, I have to call you back on the number we have on file, [[P:{ph_t(ph, 'std')}]]. Did the title company give you those details by phone or email?"),
        (CU, "By email."),
        (AG, "Please call them on a number you already know and confirm before we send. Email wire fraud is very common."),
    ]


@case
def broadband_new_asr(g):
    house = g.num(10, 300)
    pc = g.postcode("CV1")
    b = g.dob(1970, 1999)
    card = g.card_with_hundred("visa")
    p = chunks(card, [4, 4, 4, 4])
    cv = g.cvv()
    em_d = g.d(2)
    return AS, [
        (AG, "cobaltline broadband sales [[N:jasmine]] speaking"),
        (CU, "hiya i want the ((q:five hundred)) meg fibre for ((pr:thirty two pounds)) a month"),
        (AG, "okay let me check your address"),
        (CU, f"[[AD:{house_w(house)} far gosford street coventry]] [[PC:{pc_a(pc)}]]"),
        (AG, "you can get it and your name and date of birth"),
        (CU, f"[[N:kofi asante-mensah]] [[D:{dob_a(b, 'nums')}]]"),
        (AG, "and an email"),
        (CU, f"[[M:kofi a m {say(em_d)} at yahoo dot com]]"),
        (AG, "there's a ((pr:ten pound)) setup fee can i take a card for that"),
        (CU, f"[[C:{' '.join(hund(x) for x in p)}]]"),
        (AG, "and the three digits on the back of it"),
        (CU, f"[[V:{say(cv)}]]"),
    ]


@case
def complaint_call(g):
    return TR, [
        (AG, "Marigold Energy complaints, [[N:Solomon]] speaking."),
        (CU, "I've been passed around for an hour. I want someone to actually fix this."),
        (AG, "I'm really sorry. I'll stay with you until it's sorted. What's happened?"),
        (CU, "You switched me to a smart meter and since then the bills make no sense."),
        (AG, "Have the readings been coming through?"),
        (CU, "No idea. The display just says it's in credit mode or something."),
        (AG, "That sounds like it was set up as prepayment by mistake. I'll get that changed today."),
        (CU, "Finally. Thank you."),
        (AG, "I'll also put ((pr:£50)) on your account for the trouble."),
    ]


@case
def roaming_asr(g):
    ph = g.phone_uk()
    return AS, [
        (AG, "nightjar mobile this is [[N:pearl]]"),
        (CU, "hi [[N:pearl]] i'm in portugal and i've just had a text saying i've used ((pct:eighty percent)) of my roaming data"),
        (AG, "okay what's the mobile number"),
        (CU, f"[[P:{say(ph)}]]"),
        (AG, "and who am i speaking to"),
        (CU, "[[N:zsofia kertesz-brown]]"),
        (AG, "thanks you've got ((q:twelve gig)) of roaming and you've used about ten i can add a ((pr:five pound)) booster for ((du:seven days))"),
        (CU, "yes please that's fine"),
        (AG, "done you'll get a text in a minute"),
    ]


@case
def car_hire(g):
    ref = g.pat("@@999999")
    card = g.card("mc2")
    e = g.expiry()
    cv = g.cvv()
    return TR, [
        (AG, "Fellwalker Car Hire, [[N:Ignacio]] speaking."),
        (CU, f"Hi, I've a booking at Manchester Airport, reference [[A:{ref}]]. My flight, ((fl:LS 1842)), lands ((du:two hours)) late."),
        (AG, "No problem, we'll hold the car. It's the ((mo:Skoda Octavia)) estate, a ((yr:2024)) model."),
        (CU, "Great. The deposit needs to go on a different card, my partner's. Is that okay?"),
        (AG, "It has to be in the driver's name, I'm afraid. Is that yours?"),
        (CU, f"Yes, it's mine. [[C:{grp(card, [4, 4, 4, 4])}]], expires [[E:{exp_t(e, 'mm/yy')}]], security code [[V:{cv}]]."),
        (AG, "Thanks, a ((pr:£250)) hold will be placed when you collect."),
    ]


@case
def amex_pairs_readback_asr(g):
    card = g.card("amex")
    p = chunks(card, [4, 6, 5])
    cid = g.cvv(4)
    e = g.expiry()
    return AS, [
        (AG, "okay mister [[N:adeyemi]] what card would you like to use for the deposit"),
        (CU, f"an amex [[C#a:{pairs(p[0])}]] [[C#a:{pairs(p[1])}]] um [[C#a:{pairs(p[2])}]]"),
        (AG, f"just reading it back to you [[C:{say(card)}]]"),
        (CU, "yep that's right"),
        (AG, "and the four digit code on the front and the expiry"),
        (CU, f"[[V:{pairs(cid)}]] expiry [[E:{exp_a(e, 'mon')}]]"),
        (AG, "lovely that's the ((pr:five hundred pound)) deposit taken for the marquee on ((dt:the ninth of august))"),
    ]


@case
def home_contents_claim(g):
    claim = g.pat("LFC-9999999")
    em = f"marites.dimaculangan{g.d(2)}@yahoo.com"
    return TR, [
        (AG, "Lanternfield claims, [[N:Oluwaseun]] speaking."),
        (CU, f"Hello, I'm chasing a burglary claim, [[A:{claim}]]."),
        (AG, "Thanks. I have the list: a ((mo:MacBook Air M2)), ((q:two)) watches and a ((mo:PS5)). Do you have receipts?"),
        (CU, "For the laptop, yes, I bought it in ((yr:2023)). The watches were my grandmother's, from the ((yr:1970s))."),
        (AG, "For the watches a valuation will do. Can you email it?"),
        (CU, f"Yes. Is it still going to [[M:{em}]]?"),
        (AG, "That's it. Once we have the valuation, we aim to settle within ((du:ten working days))."),
        (CU, "Thank you, [[N:Oluwaseun]]."),
    ]


@case
def rent_arrears_triple(g):
    ten = g.pat("@@@99999")
    card = g.card_with_double("visa")
    e = g.expiry()
    cv = g.cvv()
    return AS, [
        (AG, "fernhollow housing income team [[N:grace]] speaking"),
        (CU, "hiya i got a letter about rent arrears i want to pay some off"),
        (AG, "thanks for calling what's your tenancy reference"),
        (CU, f"[[A:{say(ten)}]]"),
        (AG, "and your name"),
        (CU, "[[N:shabnam rahimi]]"),
        (AG, "thanks [[N:shabnam]] the arrears are ((pr:four hundred and eighty pounds)) how much can you pay today"),
        (CU, f"((pr:a hundred and twenty)) now and the rest over ((du:three months)) here's my card [[C:{say(card, double=True)}]]"),
        (AG, "and the expiry please"),
        (CU, f"[[E:{exp_a(e, 'digits')}]]"),
        (AG, "and the security number on the back"),
        (CU, f"[[V:{say(cv, double=True)}]]"),
        (AG, "thank you the agreement will come through in the post"),
    ]


@case
def uni_accommodation(g):
    sid = g.pat("W99999999")
    card = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    return TR, [
        (AG, "Westerly University accommodation office, [[N:Hamish]] speaking."),
        (CU, f"Hi, I'm a second-year, student number [[A:{sid}]]. I need to pay my rent instalment."),
        (AG, "Can I take your surname and the spelling?"),
        (CU, "It's [[N:Oyelowo]], [[N:O-Y-E-L-O-W-O]]."),
        (AG, "Thanks. You're in Tamarind House, room ((o:C214)), and the instalment is ((pr:£1,932.50))."),
        (CU, f"That's right. The card is [[C:{grp(card, [4, 4, 4, 4])}]]."),
        (AG, "And the expiry and the three-digit code?"),
        (CU, f"[[E:{exp_t(e, 'mm/yy')}]] and [[V:{cv}]]."),
        (AG, "Paid. The next one's due on ((dt:1 January))."),
    ]


@case
def county_property_tax_asr(g):
    parcel = g.pat("99-999-99-999")
    house = g.num(1000, 9800)
    z = g.zip("OH")
    card = g.card("disc")
    p = chunks(card, [4, 4, 4, 4])
    e = (5, 2030)
    cv = g.cvv()
    return AS, [
        (AG, "franklin county treasurer's office this is [[N:bethany]]"),
        (CU, "hi i want to pay the second half property tax it's ((pr:two thousand one hundred and eight dollars))"),
        (AG, "okay do you have the parcel number"),
        (CU, f"[[A:{say(parcel)}]] for [[AD:{house_w(house)} sawmill road dublin]] [[PC:{say(z)}]]"),
        (AG, "got it go ahead with the card"),
        (CU, f"[[C#a:{say(p[0])}]]"),
        (AG, "and the next four"),
        (CU, f"[[C#a:{say(p[1])}]]"),
        (AG, "uh huh"),
        (CU, f"[[C#a:{say(p[2])} {say(p[3])}]]"),
        (AG, "expiration date"),
        (CU, f"[[E:{exp_a(e, 'plain')}]]"),
        (AG, "[[E:five thirty]] so [[E:may twenty thirty]] okay and the c v v"),
        (CU, f"[[V:{say(cv)}]]"),
        (AG, "there's a ((pct:two point three five percent)) card fee so the total is ((pr:two thousand one fifty seven fifty seven))"),
    ]


@case
def energy_dob_split(g):
    acct = g.pat("PE-9999-9999")
    b = g.dob(1979, 1992)
    em = f"ozan.yildirim{g.d(2)}@gmail.com"
    return TR, [
        (AG, "Pebblecrest Energy, [[N:Lorcan]] here. How can I help?"),
        (CU, f"Hi, I want to set up a payment plan. My account is [[A:{acct}]]."),
        (AG, "Sure. Can I take your name and date of birth for security?"),
        (CU, f"[[N:Ozan Yıldırım]]. Born in [[D#d:{b[2]}]]... sorry, [[D#d:{ord_t(b[0])} {MONTHS[b[1] - 1].capitalize()}]]."),
        (AG, "Thank you. The balance is ((pr:£388.12)). We could spread it over ((du:six months)) at about ((pr:£65)) a month."),
        (CU, "That works. Can you email me the plan?"),
        (AG, f"Of course, to [[M:{em}]]?"),
        (CU, "Yes, that's right."),
    ]


@case
def airline_baggage_asr(g):
    tag = g.pat("@@999999")
    ph = g.phone_uk()
    house = g.num(2, 80)
    pc = g.postcode("BT9")
    return AS, [
        (AG, "halyard air baggage services [[N:connor]] speaking"),
        (CU, "hi my case didn't come off the ((fl:hy eight oh six)) from amsterdam last night"),
        (AG, "sorry about that have you got the tag number from the sticker on your boarding pass"),
        (CU, f"[[A:{say(tag[:2])} {say(tag[2:])}]]"),
        (AG, "thanks it's been found it missed the connection it'll come in on ((fl:hy eight one two)) this afternoon we can courier it to you"),
        (CU, f"yes please [[AD:{house_w(house)} malone avenue belfast]] [[PC:{pc_a(pc)}]]"),
        (AG, "and a contact number for the driver"),
        (CU, f"[[P:{say(ph, 'zero')}]]"),
        (AG, "great it should be with you by ((t:eight tonight))"),
    ]


@case
def card_unprompted_asr(g):
    card = g.card("visa")
    e = g.expiry()
    cv = "7" * 2 + g.d(1)
    acct = g.d(8, True)
    return AS, [
        (AG, "northmoor water [[N:ifeoma]] speaking"),
        (CU, f"hi i'm just paying my bill account [[A:{say(acct)}]] and the card's [[C:{say(card)}]]"),
        (AG, "oh okay hang on let me get to the right screen"),
        (CU, "sorry i just wanted to get it done before i forget"),
        (AG, "no that's fine i've got it when does the card expire"),
        (CU, f"end of [[E:{exp_a(e, 'mon')}]] and the cvv is [[V:{say(cv, double=True)}]]"),
        (AG, "perfect and how much are we paying today"),
        (CU, "((pr:sixty one pounds twenty)) the full bill"),
        (AG, "done you're all clear until ((dt:october))"),
    ]


@case
def telecom_will(g):
    ph = g.phone_uk("london")
    acct = g.d(9, True)
    return TR, [
        (AG, "Corvid Telecom, you're through to [[N:Will]]."),
        (CU, f"Hi [[N:Will]]. My landline, [[P:{ph_t(ph)}]], has a crackle on it since the storm."),
        (AG, f"Sorry to hear that. Is the account in your name?"),
        (CU, f"It's in my husband's, [[N:Delroy Beckford]]. Account number [[A:{acct}]]."),
        (AG, "Thanks. I'll need his permission to go further. Is he there?"),
        (CU, "He's here, hang on."),
        (AG, "Thanks, I've got his okay. I'll run a line test now, it takes ((du:about two minutes))."),
        (CU, "Okay."),
        (AG, "There's a fault at the cabinet. An engineer will come on ((dt:Wednesday)), between ((t:8am)) and ((t:1pm))."),
    ]


@case
def life_claim_bereavement_asr(g):
    pol = g.pat("99999999")
    b = g.dob(1941, 1952)
    house = g.num(2, 60)
    pc = g.postcode("TR1")
    return AS, [
        (AG, "lanternfield life bereavement line you're speaking with [[N:rhiannon]]"),
        (CU, "hello my mum died ((dt:last month)) and i think she had a policy with you"),
        (AG, "i'm so sorry can you tell me her name"),
        (CU, "[[N:morwenna trevithick]]"),
        (AG, "do you know when she was born"),
        (CU, f"she was born in [[D#d:{yearw(b[2])}]] on the [[D#d:{ordw(b[0])} of {MONTHS[b[1] - 1]}]]"),
        (AG, f"thank you and her last address"),
        (CU, f"[[AD:{house_w(house)} lemon street truro]] [[PC:{pc_a(pc)}]]"),
        (AG, f"i've found it policy [[A:{say(pol)}]] i'll send you a claim pack you'll need a copy of the death certificate"),
        (CU, "thank you"),
    ]


@case
def coach_tour_odd_groups(g):
    card = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    ref = g.pat("AMB-9999-@")
    return TR, [
        (AG, "Ambergate Travel, coach holidays. [[N:Marika]] speaking."),
        (CU, f"Hi, I'm paying the balance on booking [[A:{ref}]], the ((du:eight-day)) lakes tour for ((ct:2))."),
        (AG, "That's ((pr:£1,318)). Card number please."),
        (CU, f"[[C:{grp(card, [4, 2, 4, 6])}]]. Sorry, I lost my place there."),
        (AG, "No problem. Expiry and CVV?"),
        (CU, f"[[E:{exp_t(e, 'mon yyyy')}]], and [[V:{cv}]]."),
        (AG, "Thank you. The coach leaves ((dt:Saturday)) at ((t:08:15)) from bay ((o:12))."),
    ]


@case
def travel_colleague_correction_asr(g):
    wrong = g.pat("@@@9@9")
    right = wrong[:3] + g.pat("9@9")
    return AS, [
        (AG, "ambergate travel good morning [[N:bogdan]] speaking"),
        (CU, "hiya we're booked on the ((fl:ba two four nine)) to rio next week and the airline's moved us to a different flight"),
        (AG, "okay let me look what's the booking reference"),
        (CU, f"[[A:{say(wrong)}]] no sorry that's last year's it's [[A:{say(right)}]]"),
        (AG, f"got it yeah you've been moved to ((fl:ba two five one)) it leaves ((du:three hours)) later"),
        (CU, "we'll miss the transfer to the hotel then"),
        (AG, "i'll get my colleague [[N:siobhan]] to rebook the transfer she does all the ground arrangements"),
        (CU, "thank you we went with you in ((yr:twenty nineteen)) as well and it was brilliant"),
        (AG, "glad to hear it [[N:siobhan]] will ring you back within ((du:the hour))"),
    ]


@case
def car_finance_hundred_asr(g):
    agr = g.pat("99999999")
    card = g.card_with_hundred("mc")
    p = chunks(card, [4, 4, 4, 4])
    e = g.expiry()
    cv = g.cvv()
    return AS, [
        (AG, "coppergate motor finance [[N:aleksander]] speaking"),
        (CU, "hi i missed my car payment this month and i want to pay it before it goes on my credit file"),
        (AG, f"okay what's your agreement number"),
        (CU, f"[[A:{pairs(agr)}]] it's for the ((mo:golf gti)) the ((yr:twenty twenty one)) one"),
        (AG, "thanks mister [[N:rahman]] the payment is ((pr:three eighty nine ninety)) go ahead with your card"),
        (CU, f"[[C:{' '.join(hund(x) for x in p)}]]"),
        (AG, "and when does it run out and what's the code on the back"),
        (CU, f"[[E:{exp_a(e, 'oh')}]] code [[V:{say(cv)}]]"),
        (AG, "all done your rate stays at ((pct:nine point nine percent)) nothing's been reported"),
    ]


@case
def alumni_donation(g):
    card = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    em = f"priyamvada.s{g.d(2)}@alumni.westerly.ac.uk"
    return TR, [
        (AG, "Hello, it's [[N:Josephine]] calling from the Westerly University alumni office. Am I speaking with [[N:Priyamvada Subramaniam]]?"),
        (CU, "Speaking. Is this about the bursary fund?"),
        (AG, "It is! You graduated in ((yr:1998)), so we're asking your year group to help fund ((ct:30)) bursaries."),
        (CU, "Happy to. Put me down for ((pr:£25)) a month."),
        (AG, "Thank you so much. Can I take a card number?"),
        (CU, f"[[C:{grp(card, [4, 4, 4, 4])}]], expiry [[E:{exp_t(e, 'mm/yy')}]]."),
        (AG, f"So that's [[C:{grp(card, [4, 4, 4, 4])}]], [[E:{exp_t(e, 'mm/yy')}]]. And the security code?"),
        (CU, f"[[V:{cv}]]. Send the receipt to [[M:{em}]]."),
        (AG, "Will do. My colleague [[N:Anselmo]] will write to confirm the gift aid."),
    ]


# ---------------------------------------------------------------------------------------------
# markup, spans and checks

MARK = re.compile(r"\[\[([A-Z]{1,2})(?:#([a-z0-9]+))?(~\d*)?:(.+?)\]\]|\(\(([a-z]{1,3}):(.+?)\)\)")


class Fail(Exception):
    pass


def parse(text):
    """Strip markup; return clean text, pii spans and keep spans."""
    out, pii, keep, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(text):
        pre = text[pos:m.start()]
        out.append(pre)
        length += len(pre)
        if m.group(1):
            code, grp_, sup, val = m.group(1), m.group(2), m.group(3), m.group(4)
            if code not in PII_CODES:
                raise Fail(f"unknown pii code {code!r} in {text!r}")
            pii.append({"start": length, "end": length + len(val), "type": PII_CODES[code],
                        "grp": grp_, "sup": sup, "val": val})
        else:
            code, val = m.group(5), m.group(6)
            if code not in KEEP_CODES:
                raise Fail(f"unknown keep code {code!r} in {text!r}")
            keep.append({"start": length, "end": length + len(val), "kind": KEEP_CODES[code],
                         "val": val})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(text[pos:])
    clean = "".join(out)
    if "[[" in clean or "]]" in clean or "((" in clean or "))" in clean:
        raise Fail(f"markup left in {clean!r}")
    return clean, pii, keep


SPOKEN_UNITS = {w: i for i, w in enumerate(UNITS)}
SPOKEN_UNITS.update({"oh": 0, "nought": 0})
SPOKEN_TEENS = {w: 10 + i for i, w in enumerate(TEENS)}
SPOKEN_TENS = {w: 10 * i for i, w in enumerate(TENS) if w}


def spoken_digits(s):
    """Digits of a value said in words, digits or both ("double five", "forty one eleven",
    "forty seven hundred", "4620 43"). Returns (digits, other tokens)."""
    toks = [t for t in re.split(r"[\s\-/.,()+]+", s.lower()) if t]
    parts, other, mult, i = [], [], 1, 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            parts.append(t * mult if mult > 1 and len(t) == 1 else t)
            mult = 1
        elif re.search(r"\d", t):
            parts.append(re.sub(r"\D", "", t))
            other.append(re.sub(r"\d", "", t))
            mult = 1
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
        elif t in SPOKEN_UNITS:
            parts.append(str(SPOKEN_UNITS[t]) * mult)
            mult = 1
        elif t in SPOKEN_TEENS:
            parts.append(str(SPOKEN_TEENS[t]))
        elif t in SPOKEN_TENS:
            v = SPOKEN_TENS[t]
            if i + 1 < len(toks) and toks[i + 1] in SPOKEN_UNITS and toks[i + 1] not in ("oh", "zero", "nought"):
                v += SPOKEN_UNITS[toks[i + 1]]
                i += 1
            parts.append(str(v))
        elif t == "hundred" and parts:
            parts[-1] = parts[-1] + "00"
        elif t == "thousand" and parts:
            parts[-1] = parts[-1] + "000"
        else:
            other.append(t)
        i += 1
    return "".join(parts), other


def is_word_char(ch):
    return ch.isalnum() or ch == "'"


OK_LEAD = set("(+£$€")
OK_TRAIL = set("%")


def span_shape_ok(text, s, e):
    val = text[s:e]
    if not val or s < 0 or e > len(text) or s >= e:
        return "empty or outside"
    if val != val.strip():
        return "leading/trailing space"
    if not (val[0].isalnum() or val[0] in OK_LEAD):
        return f"leading punctuation {val[0]!r}"
    if not (val[-1].isalnum() or val[-1] in OK_TRAIL or re.search(r"\b[ap]\.m\.$", val)):
        return f"trailing punctuation {val[-1]!r}"
    if s > 0 and text[s - 1].isalnum():
        return "starts inside a word"
    if e < len(text) and text[e].isalnum():
        return "ends inside a word"
    return None


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")
LETTER_WORD = re.compile(r"^[a-z]$")


def spoken_postcode(val):
    toks = [t for t in val.lower().split() if t not in ("for", "as", "in")]
    out = []
    for t in toks:
        if t in NATO:
            continue          # the letter before it was already taken
        if len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif t.isdigit():
            out.append(t)
        elif t in SPOKEN_UNITS:
            out.append(str(SPOKEN_UNITS[t]))
        elif t == "double":
            out.append("*")
        else:
            return None
    s = ""
    for i, ch in enumerate(out):
        if ch == "*":
            continue
        if i > 0 and out[i - 1] == "*":
            s += ch
        s += ch
    return s


def check_value(style, typ, val, group_vals):
    """Shape checks of one pii span. Returns an error string or None."""
    low = val.lower()
    if typ == "NAME":
        if re.search(r"\d", val):
            return "digit in NAME"
        words = re.findall(r"[A-Za-z]+", low)
        if words and words[0] in TITLES:
            return "title inside NAME"
        if style == TR and not re.search(r"[A-Z]", val):
            return "NAME without a capital in a transcript"
    elif typ == "CVV":
        ds, other = spoken_digits(val)
        if other or not 3 <= len(ds) <= 4:
            return f"CVV {val!r}"
    elif typ == "EXPIRY":
        ds, other = spoken_digits(val)
        if any(m in low for m in MONTHS + MON3):
            return None
        m = re.match(r"^(\d{1,2})\s*[/-]?\s*(\d{2}|\d{4})$", val)
        if m and 1 <= int(m.group(1)) <= 12:
            return None
        if style == AS:
            first = spoken_digits(val.split(" slash ")[0])[0] if " slash " in val else None
            toks = low.split()
            # month said first as one or two words
            cand = []
            if first:
                cand.append(first)
            if toks and toks[0] in SPOKEN_UNITS or (toks and toks[0] in SPOKEN_TEENS):
                cand.append(spoken_digits(" ".join(toks[:1]))[0])
                if len(toks) > 1:
                    cand.append(spoken_digits(" ".join(toks[:2]))[0])
            if any(c and 1 <= int(c) <= 12 for c in cand):
                return None
        return f"EXPIRY without a month {val!r}"
    elif typ == "SSN":
        ds, other = spoken_digits(val)
        if other:
            return f"SSN with words {other}"
        # length and shape are checked on the whole value (pieces joined)
    elif typ == "PHONE":
        ds, other = spoken_digits(val)
        if other:
            return f"PHONE with words {other}"
    elif typ == "EMAIL":
        if style == TR:
            if not re.match(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$", val):
                return f"EMAIL {val!r}"
        else:
            if "@" in val or " at " not in f" {low} " or " dot " not in f" {low} ":
                return f"ASR EMAIL {val!r}"
    elif typ == "ADDRESS":
        toks = re.findall(r"[a-z0-9]+", low)
        if not toks:
            return "empty ADDRESS"
        if not (toks[0][0].isdigit() or toks[0] in DIGIT_WORDS or toks[0] in
                ("flat", "unit", "apartment", "apt", "suite")):
            return f"ADDRESS does not start with a number {val!r}"
        if not any(t in STREET_WORDS for t in toks):
            return f"ADDRESS without a street word {val!r}"
    elif typ == "POSTCODE":
        if style == TR:
            if re.fullmatch(r"\d{5}", val) or UK_PC.match(val):
                return None
            return f"POSTCODE {val!r}"
        ds, other = spoken_digits(val)
        if not other and len(ds) == 5:
            return None
        if re.fullmatch(r"\d{5}", val):
            return None
        pc = spoken_postcode(val)
        if pc and UK_PC.match(pc):
            return None
        return f"ASR POSTCODE {val!r} -> {pc!r}"
    elif typ == "DOB":
        ds, other = spoken_digits(val)
        if not ds and not any(m in low for m in MONTHS):
            return f"DOB {val!r}"
    elif typ == "ACCOUNT_NUMBER":
        ds, other = spoken_digits(val)
        if not ds:
            return f"ACCOUNT_NUMBER without a digit {val!r}"
    elif typ == "CARD_NUMBER":
        ds, other = spoken_digits(val)
        if other:
            return f"CARD_NUMBER with words {other} in {val!r}"
    return None


def build_case(idx, fn, g):
    style, turns = fn(g)
    cid = f"t4-{idx:03d}"
    utts, pii_all, keep_all = [], [], []
    for ui, (spk, raw) in enumerate(turns):
        if spk not in (AG, CU, IV):
            raise Fail(f"{cid}: speaker {spk!r}")
        clean, pii, keep = parse(raw)
        utts.append({"speaker": spk, "text": clean})
        for p in pii:
            p["utterance"] = ui
            pii_all.append(p)
        for k in keep:
            k["utterance"] = ui
            keep_all.append(k)
    # groups: named pieces share a group, unnamed spans get their own; g1.. by first appearance
    pii_all.sort(key=lambda p: (p["utterance"], p["start"]))
    names, n = {}, 0
    for p in pii_all:
        key = p["grp"] if p["grp"] else object()
        if key not in names:
            n += 1
            names[key] = f"g{n}"
        p["group"] = names[key]
    keep_all.sort(key=lambda k: (k["utterance"], k["start"]))
    case = {
        "case_id": cid, "style": style, "utterances": utts,
        "pii": [{"utterance": p["utterance"], "start": p["start"], "end": p["end"],
                 "type": p["type"], "group": p["group"]} for p in pii_all],
        "keep": [{"utterance": k["utterance"], "start": k["start"], "end": k["end"],
                  "kind": k["kind"]} for k in keep_all],
    }
    check_case(case, pii_all, keep_all)
    return case, pii_all


def check_case(case, pii_all, keep_all):
    cid, style, utts = case["case_id"], case["style"], case["utterances"]
    errs = []
    spans_by_utt = defaultdict(list)
    for p in pii_all:
        spans_by_utt[p["utterance"]].append(("pii", p))
    for k in keep_all:
        spans_by_utt[k["utterance"]].append(("keep", k))
    for ui, u in enumerate(utts):
        text = u["text"]
        if style == AS:
            if re.search(r"[A-Z]", text):
                errs.append(f"utt {ui}: capital letter in ASR: {text!r}")
            if re.search(r"[^a-z0-9 '\-]", text):
                errs.append(f"utt {ui}: punctuation in ASR: {text!r}")
        if text != text.strip() or "  " in text:
            errs.append(f"utt {ui}: stray spaces: {text!r}")
        spans = sorted(spans_by_utt[ui], key=lambda x: x[1]["start"])
        for kind, sp in spans:
            s, e = sp["start"], sp["end"]
            if text[s:e] != sp["val"]:
                errs.append(f"utt {ui}: offset mismatch {sp['val']!r}")
            why = span_shape_ok(text, s, e)
            if why:
                errs.append(f"utt {ui}: {why}: {text[s:e]!r}")
        for (k1, a), (k2, b) in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                errs.append(f"utt {ui}: overlap {a['val']!r} / {b['val']!r}")
        masked = list(text)
        for _, sp in spans:
            for i in range(sp["start"], sp["end"]):
                masked[i] = "#"
        masked = "".join(masked)
        if re.search(r"\d", masked):
            errs.append(f"utt {ui}: digit outside a span: {masked!r}")
        run = 0
        for t in re.findall(r"[A-Za-z#']+", masked.lower()):
            run = run + 1 if t in DIGIT_WORDS else 0
            if run >= 4:
                errs.append(f"utt {ui}: run of digit words outside a span: {masked!r}")
                break
        # look-alikes
        pii_digits = [spoken_digits(sp["val"])[0] for kd, sp in spans if kd == "pii"]
        for kd, sp in spans:
            if kd != "keep":
                continue
            dk = spoken_digits(sp["val"])[0]
            if 13 <= len(dk) <= 19 and luhn_ok(dk):
                errs.append(f"utt {ui}: look-alike passes Luhn: {sp['val']!r}")
            for dp in pii_digits:
                if len(dk) >= 3 and len(dp) >= 3 and (dk == dp or (len(dk) >= 4 and dk in dp)
                                                      or (len(dp) >= 4 and dp in dk)):
                    errs.append(f"utt {ui}: look-alike {sp['val']!r} has pii digits {dp}")
    # value shapes
    groups = defaultdict(list)
    for p in pii_all:
        groups[p["group"]].append(p)
        why = check_value(style, p["type"], p["val"], None)
        if why:
            errs.append(f"utt {p['utterance']}: {why}")
    for gname, ps in groups.items():
        types = {p["type"] for p in ps}
        if len(types) != 1:
            errs.append(f"group {gname} mixes types {types}")
            continue
        typ = types.pop()
        if typ == "CARD_NUMBER":
            ds = ""
            for p in ps:
                d = spoken_digits(p["val"])[0]
                sup = p["sup"]
                if sup == "~":
                    d = ""
                elif sup:
                    d = d[:-int(sup[1:])]
                ds += d
            if all(p["sup"] == "~" for p in ps):
                continue
            if len(ds) not in (15, 16) or not luhn_ok(ds):
                errs.append(f"card group {gname}: {ds} ({len(ds)} digits) fails")
            if len(ds) == 15 and ds[:2] not in ("34", "37"):
                errs.append(f"card group {gname}: 15 digits but not Amex")
        elif typ == "PHONE":
            ds = "".join(spoken_digits(p["val"])[0] for p in ps)
            if not 10 <= len(ds) <= 12:
                errs.append(f"phone group {gname}: {ds}")
        elif typ == "SSN":
            ds = "".join(spoken_digits(p["val"])[0] for p in ps)
            if len(ds) not in (4, 9):
                errs.append(f"ssn group {gname}: {ds}")
            elif len(ds) == 9 and not (1 <= int(ds[:3]) <= 665 and 1 <= int(ds[3:5]) <= 99
                                       and 1 <= int(ds[5:]) <= 9999):
                errs.append(f"ssn group {gname}: shape {ds}")
        elif typ == "CVV":
            ds = "".join(spoken_digits(p["val"])[0] for p in ps)
            if not 3 <= len(ds) <= 4:
                errs.append(f"cvv group {gname}: {ds}")
        elif typ == "ACCOUNT_NUMBER":
            chars = "".join(re.sub(r"[^A-Za-z0-9]", "", p["val"]) for p in ps)
            if len(chars) < 3:
                errs.append(f"account group {gname}: too short {chars!r}")
        elif any(p["sup"] for p in ps):
            errs.append(f"group {gname}: '~' only allowed on cards")
    if errs:
        raise Fail(f"{cid}:\n  " + "\n  ".join(errs))


def mask_text(u, spans):
    t = list(u)
    for s, e in sorted(spans, reverse=True):
        t[s:e] = list("<X>")
    return "".join(t)


def check_set(cases, pii_by_case):
    errs = []
    # no utterance of 4+ words appears twice (span contents masked)
    seen = {}
    name_words = set()
    for case, pii_all in zip(cases, pii_by_case):
        for p in pii_all:
            if p["type"] == "NAME":
                for w in re.findall(r"[a-z']+", p["val"].lower()):
                    w = w.strip("'")
                    if len(w) >= 2 and w not in COMMON_NAME_WORDS and w not in NATO:
                        name_words.add(w)
    for case in cases:
        spans_by_utt = defaultdict(list)
        for p in case["pii"] + case["keep"]:
            spans_by_utt[p["utterance"]].append((p["start"], p["end"]))
        for ui, u in enumerate(case["utterances"]):
            m = mask_text(u["text"], spans_by_utt[ui])
            key = " ".join(re.findall(r"[a-z0-9<>']+", m.lower()))
            if len([w for w in key.split() if w != "<x>"]) >= 4:
                if key in seen:
                    errs.append(f"{case['case_id']} utt {ui} repeats {seen[key]}: {u['text']!r}")
                else:
                    seen[key] = f"{case['case_id']} utt {ui}"
            outside = re.sub(r"<X>", " ", m.lower())
            for w in re.findall(r"[a-z']+", outside):
                w2 = w.strip("'")
                if w2.endswith("'s"):
                    w2 = w2[:-2]
                if w2 in name_words:
                    errs.append(f"{case['case_id']} utt {ui}: name word {w2!r} outside a span: "
                                f"{u['text']!r}")
    return errs


def build():
    g = Gen(SEED)
    cases, pii_by_case = [], []
    for i, fn in enumerate(CASES, 1):
        c, p = build_case(i, fn, g)
        cases.append(c)
        pii_by_case.append(p)
    errs = check_set(cases, pii_by_case)
    if errs:
        raise Fail("\n".join(errs))
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    return cases, pii_by_case, text


def counts(cases):
    rows = {}
    for style in (TR, AS, None):
        cs = [c for c in cases if style is None or c["style"] == style]
        r = Counter()
        r["cases"] = len(cs)
        for c in cs:
            r["utterances"] += len(c["utterances"])
            used = {p["utterance"] for p in c["pii"]} | {k["utterance"] for k in c["keep"]}
            r["ordinary"] += sum(1 for i in range(len(c["utterances"])) if i not in used)
            for p in c["pii"]:
                r["span:" + p["type"]] += 1
            for t in {(p["type"], p["group"]) for p in c["pii"]}:
                r["group:" + t[0]] += 1
            for k in c["keep"]:
                r["keep:" + k["kind"]] += 1
            r["pii spans"] += len(c["pii"])
            r["keep spans"] += len(c["keep"])
        rows[style or "total"] = r
    return rows


def extra_counts(cases, pii_by_case):
    x = Counter()
    for c, ps in zip(cases, pii_by_case):
        groups = defaultdict(list)
        for p in ps:
            groups[p["group"]].append(p)
        for gname, g in groups.items():
            if g[0]["type"] == "CARD_NUMBER":
                x["card values"] += 1
                if len(g) > 1:
                    x["card values in pieces"] += 1
                if len({p["utterance"] for p in g}) > 1:
                    x["card values over several utterances"] += 1
                if c["utterances"][g[0]["utterance"]]["speaker"] != CU:
                    x["card values said by agent/ivr"] += 1
                if any(p["sup"] for p in g):
                    x["card values with a correction"] += 1
            if g[0]["type"] == "ACCOUNT_NUMBER" and len(g) > 1:
                x["account values in pieces"] += 1
            if g[0]["type"] == "NAME" and c["utterances"][g[0]["utterance"]]["speaker"] != CU:
                x["NAME spans said by agent/ivr"] += 1
    x["ivr utterances"] = sum(1 for c in cases for u in c["utterances"] if u["speaker"] == IV)
    return x


def report(cases, pii_by_case):
    rows = counts(cases)
    t, a, tot = rows[TR], rows[AS], rows["total"]
    lines = [f"{'':42s}{'transcript':>11s}{'asr':>6s}{'total':>7s}"]
    for key in ["cases", "utterances", "ordinary"]:
        lines.append(f"{key:42s}{t[key]:>11d}{a[key]:>6d}{tot[key]:>7d}")
    for pre, title in (("span:", "pii spans"), ("group:", "pii values (groups)")):
        lines.append(title)
        for typ in PII_TYPES:
            k = pre + typ
            lines.append(f"  {typ:40s}{t[k]:>11d}{a[k]:>6d}{tot[k]:>7d}")
    lines.append("keep (look-alikes)")
    for kind in KEEP_KINDS:
        k = "keep:" + kind
        lines.append(f"  {kind:40s}{t[k]:>11d}{a[k]:>6d}{tot[k]:>7d}")
    for key in ["pii spans", "keep spans"]:
        lines.append(f"{key:42s}{t[key]:>11d}{a[key]:>6d}{tot[key]:>7d}")
    for k, v in sorted(extra_counts(cases, pii_by_case).items()):
        lines.append(f"- {k}: {v}")
    share = t["utterances"] / tot["utterances"]
    lines.append(f"transcript share of utterances: {share:.0%}")
    return "\n".join(lines)


def minimums(cases):
    tot = counts(cases)["total"]
    errs = []
    if tot["cases"] < MIN_CASES:
        errs.append(f"cases {tot['cases']} < {MIN_CASES}")
    if tot["utterances"] < MIN_UTTS:
        errs.append(f"utterances {tot['utterances']} < {MIN_UTTS}")
    if tot["ordinary"] < MIN_ORDINARY:
        errs.append(f"ordinary {tot['ordinary']} < {MIN_ORDINARY}")
    if tot["keep spans"] < MIN_KEEP:
        errs.append(f"keep {tot['keep spans']} < {MIN_KEEP}")
    for typ, n in MIN_PII.items():
        if tot["span:" + typ] < n:
            errs.append(f"{typ} spans {tot['span:' + typ]} < {n}")
    for kind in KEEP_KINDS:
        if tot["keep:" + kind] < MIN_PER_KEEP_KIND:
            errs.append(f"keep {kind} {tot['keep:' + kind]} < {MIN_PER_KEEP_KIND}")
    t = counts(cases)[TR]
    share = t["cases"] / tot["cases"]
    if not 0.4 <= share <= 0.6:
        errs.append(f"transcript share of cases {share:.2f} outside 0.4-0.6")
    return errs


def main(argv):
    check_only = "--check" in argv
    try:
        cases, pii_by_case, text = build()
        _, _, text2 = build()
        if text != text2:
            raise Fail("two builds differ")
    except Fail as e:
        print("FAILED:\n" + str(e), file=sys.stderr)
        return 1
    print(report(cases, pii_by_case))
    errs = minimums(cases)
    if errs:
        print("FAILED minimums:\n  " + "\n  ".join(errs), file=sys.stderr)
        return 1
    if not check_only:
        with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"wrote {OUT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
