#!/usr/bin/env python3
"""Write dev21.jsonl, a redaction development set (written by the labeller for test17 as the held-out
test17.jsonl, measured once with the nineteenth round's code, then renamed dev21 for the twentieth round).

How it was written
------------------
Every conversation below was hand-written for this set.  Each utterance is written with inline
markup: ``[[TYPE:text]]`` or ``[[TYPE#grp:text]]`` for a pii span (pieces of one value share a
``#grp`` label; a span without one is a value of its own) and ``((kind:text))`` for a keep span.
The script strips the markup, computes ``[start, end)`` offsets into the clean text, renames the
groups ``g1, g2, ...`` in order of first appearance within the case and writes one JSON object per
line in the README's format.  Every number (card numbers, phone numbers, postcodes, ids, prices,
times, dates, meter readings ...) is drawn from ``random.Random(SEED)`` with SEED = 170417, so two
runs give byte-identical output.  Nothing is read from any other set.

Before writing, the script checks: offsets and span texts, pii types and keep kinds, speakers and
styles, groups numbered g1, g2, ... by first appearance, every full card number (13-19 digits, pieces
of a group joined) passes the Luhn check, every digit character in every utterance lies inside a pii
or keep span, no two spans overlap, asr text is lower case without punctuation, no markup is left,
every word of a labelled name said again in the case is labelled too (bar names that are also
ordinary words), no long keep number passes Luhn, and the brief's minimum counts and style mix.  If any check fails it prints the problems and exits 1 writing
nothing.

Labelling choices where the conventions are silent
--------------------------------------------------
1.  Cards: every full card number (13-19 digits, the pieces of its group joined) passes Luhn.  A
    card group shorter than a full number appears only as the last four (read-back, "the one
    ending ..."), a piece the caller says again when asked ("sorry did you say"), or the abandoned
    start of a number the caller restarts; the check requires it to be a run of digits inside a
    full, Luhn-valid card group of the same case.  A card read by mistake (a husband's card, the
    old card) is a full CARD_NUMBER value of its own.
2.  A restarted or wholly restated value ("... sorry let me start again ...", "I read that wrong,
    it's ..."): the abandoned or wrong value is a span of the same type in a group of its own; the
    restated value is its own group.  A corrected piece ("eight four eight no wait five four
    eight"; a postcode's second half said wrong then right): the piece taken back is a span of the
    same type in a group of its own, the corrected piece joins the value's group.
3.  A value split by an agent's "mm hmm"/"yep" in another turn, by the caller's own filler or aside,
    or by the agent interrupting ("sorry can you hold on"), is one group with a span per piece.  A
    ZIP+4 said "... dash ..." is two spans of one group; typed, or said without a break, one
    span.
4.  A UK National Insurance number, an Irish PPS number, a Canadian SIN and an Australian tax file
    number are SSN; so are the last four of a US SSN.  Medicare numbers (the IRN said after a pause
    is a piece of the same group), health-fund and dental member and group numbers, sort codes,
    frequent-flyer numbers, booking references (letters only too), claim and baggage-file
    references, meter point numbers (MPAN, MPRN, GPRN, NMI), pensioner concession card numbers, pet
    microchip numbers and subscription member ids are ACCOUNT_NUMBER.
5.  A label said before an id ("policy", "claim", "sort code", "member ID") is outside the span;
    letters written joined to the id ("HH-", "CMP-", "MBR-", "IE/HM/") are inside.  A sort code and
    the account number after it are two ACCOUNT_NUMBER values.
6.  "Same as my phone number", "it's the number you have", "the card on file", "the mobile we have"
    are not labelled at all.
7.  Pet names (Biscuit, Max, Bella), company, product and airline names, and place names on their
    own (towns, counties, states, countries) are not labelled.
8.  Names misheard by the recogniser or the agent ("shiv on kee nan", "o'dwyer") are NAME as said.
    A surname spelled letter by letter ("o k a f o r", "Z-H-A-N-G") is a NAME span of its own
    (own group).  A name word used as an ordinary word ("grace period", "mark it", "the bill") is
    not labelled; a name word inside a street name ("prairie rose crescent") is part of ADDRESS.
9.  EMAIL covers the address as said; a letter-by-letter restatement after it ("that's b o b b i e
    oh nine at yahoo dot com") is a second EMAIL value in its own group.
10. POSTCODE: an Australian state before the postcode, typed ("NSW") or said ("victoria", "a c t"),
    is outside; some Australian postcodes are said with no state.  A Canadian or UK postcode or an
    Eircode spoken letter by letter is one span from its first to its last character (two pieces of
    one group where the caller pauses between the halves).  An Eircode is a POSTCODE.
11. ADDRESS includes flat, unit, apartment, suite and villa parts and a town said in the same
    breath (a Dublin postal district, "Dublin 15", counts as the town); a county, state, province
    or country after it, a town after "in", and the postcode are outside.
12. PHONE: a phone's last three or four digits ("the mobile ending five one oh") are PHONE.
    Brackets round an area code and a "+1" prefix are inside the span.
13. Keep kinds: measured amounts with a unit (kilograms, pounds weight, grams, milligrams, square
    metres or feet, kWh, therms, cubic metres used) are `quantity`; how many people, kids,
    passengers, tickets, bedrooms, payments, fillings, visits, devices, cards, or boxes charged
    are `count`; the brief's `other` list is followed for order quantities in a subscription or
    order ("5 jars", "3 bags", "twelve boxes" in a gift subscription), room, gate, seat and floor
    numbers, error codes, temperatures (with "minus" and the unit inside), ages, tracking numbers
    that fail Luhn (a bag tag number too), speed-test results (with "Mbps"/"megabits"), meter
    readings (with "cubic metres" when said), wind speeds and kilometres.  Interest rates,
    discounts and shares are `percentage`; balances, premiums, excesses, fees, rates per kWh and
    refunds are `price`; a term or a delay ("25 years", "10 hours", "six month" CD) is `duration`;
    a bare year ("built in 1904", "since 2019") is `year`.
14. A date of birth said for a spouse, parent or child is DOB too.  An age is `other` keep.
15. A price said with its period keeps the period inside ("$2,567 a month", "£746 a month",
    "$366 a year"); per-unit words ("per kWh", "per person", "each way", "a box") stay outside.
    "percent" is inside a percentage.  A time keeps "am"/"pm"/"o'clock"/"in the morning" inside;
    "half past six" and "quarter to eight" are one span each; a time range is two time spans.
16. A model number spelled letter by letter is one model_number span; a spoken error code
    ("error code five hundred eighty six", "u seven two two") is `other`.
17. Ordinary uses of number words are not labelled: "the last four", "the three digits",
    "four-digit code", "one"/"a new one", "first line", "once", "twice", "half the roof", "a couple
    of weeks", "hold on one second", "one l", "two ds", "band one".  A number word beside the thing
    counted ("two passengers", "two cards") is a `count`.
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 170417
R = random.Random(SEED)
OUT = Path(__file__).resolve().parent / "dev21.jsonl"

PII_TYPES = {"CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"}
KEEP_KINDS = {"quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"}
SPEAKERS = {"a": "agent", "c": "customer", "i": "ivr"}

# ---------------------------------------------------------------- number helpers


def dn(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_finish(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(brand):
    if brand == "visa":
        return luhn_finish("4" + dn(14))
    if brand == "mc":
        if R.random() < 0.25:
            return luhn_finish(str(R.randint(2221, 2720)) + dn(11))
        return luhn_finish("5" + str(R.randint(1, 5)) + dn(13))
    if brand == "amex":
        return luhn_finish(R.choice(["34", "37"]) + dn(12))
    if brand == "disc":
        if R.random() < 0.5:
            return luhn_finish("6011" + dn(11))
        return luhn_finish("65" + dn(13))
    raise ValueError(brand)


def nonluhn(k):
    """A digit string of length k that fails the Luhn check (tracking numbers)."""
    s = dn(k, True)
    while luhn_ok(s):
        s = dn(k, True)
    return s


def cgroups(d):
    """Digit groups of a card as printed."""
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def tcard(d, sep=" "):
    return sep.join(cgroups(d))


ONE = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _dw(c, z):
    return z if c == "0" else ONE[int(c)]


def _pair(p, z):
    a, b = p
    if a == "0":
        return z + " " + _dw(b, z)
    if a == "1":
        return TEEN[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + ONE[int(b)])


def sp(d, mode="mix", z=None):
    """Say a digit string as words.  mode: single, dbl (doubles), pairs, mix."""
    d = re.sub(r"\D", "", d)
    if z is None:
        z = "oh" if R.random() < 0.75 else "zero"
    out = []
    i = 0
    n = len(d)
    while i < n:
        rest = d[i:]
        if mode == "single":
            out.append(_dw(d[i], z))
            i += 1
            continue
        if mode in ("dbl", "mix") and len(rest) >= 3 and rest[0] == rest[1] == rest[2] \
                and R.random() < 0.6:
            out.append("triple " + _dw(rest[0], z))
            i += 3
            continue
        if mode in ("dbl", "mix") and len(rest) >= 2 and rest[0] == rest[1] and R.random() < 0.75:
            out.append("double " + _dw(rest[0], z))
            i += 2
            continue
        if mode in ("pairs", "mix") and len(rest) >= 4 and rest[2:4] == "00" and rest[0] != "0" \
                and rest[1] != "0" and R.random() < 0.7:
            out.append(_pair(rest[:2], z) + " hundred")
            i += 4
            continue
        want_pair = (mode == "pairs" and (n - i) % 2 == 0) or (mode == "mix" and R.random() < 0.4)
        if want_pair and len(rest) >= 2 and rest[0] != "0":
            last = len(rest) == 2
            if rest[1] != "0" or rest[0] == "1" or last:
                out.append(_pair(rest[:2], z))
                i += 2
                continue
        out.append(_dw(d[i], z))
        i += 1
    return " ".join(out)


SINGLE = {w: str(i) for i, w in enumerate(ONE)}
SINGLE.update({"oh": "0", "o": "0"})
TEENW = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENW = {w: str(i) for i, w in enumerate(TENS) if w}


def parse_digits(text):
    """Digits of a spoken or typed number span (used for the Luhn check)."""
    toks = re.sub(r"[-/.,()]", " ", text.lower()).split()
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out += t
            i += 1
        elif t in ("double", "triple"):
            out += SINGLE[toks[i + 1]] * (2 if t == "double" else 3)
            i += 2
        elif t in SINGLE:
            out += SINGLE[t]
            i += 1
        elif t in TEENW:
            out += TEENW[t]
            i += 1
        elif t in TENW:
            if i + 1 < len(toks) and toks[i + 1] in SINGLE and SINGLE[toks[i + 1]] != "0":
                out += TENW[t] + SINGLE[toks[i + 1]]
                i += 2
            else:
                out += TENW[t] + "0"
                i += 1
        elif t == "hundred":
            out += "00"
            i += 1
        else:
            raise ValueError("not a digit word: %r in %r" % (t, text))
    return out


def cardinal(n):
    """0 <= n < 1,000,000 in words (US style, no 'and')."""
    if n < 10:
        return ONE[n]
    if n < 20:
        return TEEN[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONE[n % 10])
    if n < 1000:
        return ONE[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + cardinal(n % 100))
    return cardinal(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + cardinal(n % 1000))


def cardinal_and(n):
    """British style with 'and'."""
    if n < 100:
        return cardinal(n)
    if n < 1000:
        return ONE[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + cardinal(n % 100))
    rest = n % 1000
    head = cardinal(n // 1000) + " thousand"
    if rest == 0:
        return head
    if rest < 100:
        return head + " and " + cardinal(rest)
    return head + " " + cardinal_and(rest)


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordw(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD[n % 10]


def ordn(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def yearw(y):
    if 2000 <= y < 2010:
        return R.choice(["two thousand and ", "two thousand "]) + ONE[y - 2000] if y > 2000 \
            else "two thousand"
    if y >= 2010:
        return "twenty " + cardinal(y - 2000)
    hi, lo = divmod(y, 100)
    if lo == 0:
        return cardinal(hi) + " hundred"
    if lo < 10:
        return cardinal(hi) + " oh " + ONE[lo]
    return cardinal(hi) + " " + cardinal(lo)


def dob(lo=1938, hi=2006):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def dob_t(v, fmt):
    y, m, d = v
    if fmt == "us":
        return "%02d/%02d/%d" % (m, d, y)
    if fmt == "eu":
        return "%02d/%02d/%d" % (d, m, y)
    if fmt == "eu2":
        return "%d.%d.%02d" % (d, m, y % 100)
    if fmt == "long_us":
        return "%s %d, %d" % (MONTHS[m], d, y)
    if fmt == "long_eu":
        return "%d %s %d" % (d, MONTHS[m], y)
    if fmt == "ord_eu":
        return "%s of %s %d" % (ordn(d), MONTHS[m], y)
    if fmt == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if fmt == "short_us":
        return "%d/%d/%02d" % (m, d, y % 100)
    raise ValueError(fmt)


def dob_w(v, fmt):
    y, m, d = v
    mon = MONTHS[m].lower()
    if fmt == "ord_of":
        return "%s of %s %s" % (ordw(d), mon, yearw(y))
    if fmt == "mon_ord":
        return "%s %s %s" % (mon, ordw(d), yearw(y))
    if fmt == "mon_ord_short":
        return "%s %s %s" % (mon, ordw(d), cardinal(y % 100) if y % 100 >= 10
                             else "oh " + ONE[y % 100])
    if fmt == "digits":
        return sp("%02d%02d%02d" % (d, m, y % 100), "single")
    if fmt == "digits_us":
        return sp("%02d%02d%02d" % (m, d, y % 100), "single")
    if fmt == "ord_of_the":
        return "%s of the %s %s" % (ordw(d), ordw(m), yearw(y))
    if fmt == "num_us":
        return "%s %s %s" % (cardinal(m), cardinal(d), yearw(y))
    raise ValueError(fmt)


def pat(p):
    """# digit, @ letter, anything else literal."""
    out = []
    for ch in p:
        if ch == "#":
            out.append(str(R.randint(0, 9)))
        elif ch == "@":
            out.append(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def spell(s):
    """Letters and digits said one by one, lower case."""
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append("oh" if ch == "0" else ONE[int(ch)])
        elif ch.isalpha():
            out.append(ch)
    return " ".join(out)


# ---------------------------------------------------------------- country formats

US_AREAS = ["212", "312", "415", "503", "617", "720", "713", "404", "602", "919", "206", "813"]
CA_AREAS = ["416", "604", "403", "514", "613", "902", "780", "204"]


def nanp(areas):
    return R.choice(areas) + str(R.randint(2, 9)) + dn(2) + dn(4)


def fmt_nanp(p, how=0):
    a, b, c = p[:3], p[3:6], p[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
            "+1 %s %s %s" % (a, b, c)][how]


def nanp_w(p, mode="mix"):
    return "%s %s %s" % (sp(p[:3], mode), sp(p[3:6], mode), sp(p[6:], mode))


def uk_mob():
    return "07" + str(R.choice([4, 5, 7, 8, 9])) + dn(8)


def uk_land():
    return R.choice(["0161", "0113", "0117", "0131", "0141", "0121", "01632"]) + dn(6)


def fmt_uk(p):
    if p.startswith("07") or p.startswith("016"):
        return p[:5] + " " + p[5:]
    return p[:4] + " " + p[4:7] + " " + p[7:]


def au_mob():
    return "04" + dn(8)


def au_land():
    return R.choice(["02", "03", "07", "08"]) + str(R.randint(5, 9)) + dn(7)


def fmt_au(p):
    if p.startswith("04"):
        return "%s %s %s" % (p[:4], p[4:7], p[7:])
    return "(%s) %s %s" % (p[:2], p[2:6], p[6:])


def ie_mob():
    return "08" + R.choice("35679") + dn(7)


def ie_land():
    return R.choice(["01", "021", "091", "061"]) + str(R.randint(2, 9)) + dn(6)


def fmt_ie(p):
    if p.startswith("08"):
        return "%s %s %s" % (p[:3], p[3:6], p[6:])
    if p.startswith("01"):
        return "(01) %s %s" % (p[2:5], p[5:])
    return "(%s) %s %s" % (p[:3], p[3:6], p[6:])


UK_OUT = ["LS6", "M14", "BS3", "SW11", "EH7", "CF10", "G12", "NE2", "B29", "L17", "OX4", "NG7",
          "BN2", "S10", "YO31", "PL4", "CB1", "N16", "E17", "SE15"]


def uk_pc():
    return R.choice(UK_OUT) + " " + str(R.randint(1, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + \
        R.choice("ABDEFGHJLNPQRSTUWXYZ")


CA_FIRST = "ABCEGHJKLMNPRSTVXY"
CA_LET = "ABCEGHJKLMNPRSTVWXYZ"


def ca_pc():
    return "%s%d%s %d%s%d" % (R.choice(CA_FIRST), R.randint(0, 9), R.choice(CA_LET),
                              R.randint(0, 9), R.choice(CA_LET), R.randint(0, 9))


AU_PC = {"NSW": (2000, 2770), "VIC": (3000, 3996), "QLD": (4000, 4895), "SA": (5000, 5700),
         "WA": (6000, 6770), "TAS": (7000, 7470), "ACT": (2600, 2620)}


def au_pc(state):
    lo, hi = AU_PC[state]
    return str(R.randint(lo, hi))


EIR_KEYS = ["D02", "D04", "D06", "D6W", "D08", "D15", "D24", "A94", "A96", "T12", "T23", "H91",
            "V94", "X91", "R95", "W91", "F92", "P31"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def eircode(key=None):
    return (key or R.choice(EIR_KEYS)) + " " + R.choice("ACDEFHKNPRTVWXY") + "".join(
        R.choice(EIR_CH) for _ in range(3))


def us_zip():
    return dn(5, True)


def us_ssn():
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    return "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def fmt_ssn(s, sep="-"):
    return s[:3] + sep + s[3:5] + sep + s[5:]


def ca_sin():
    return luhn_finish(str(R.randint(1, 7)) + dn(7))


def fmt_sin(s, sep=" "):
    return s[:3] + sep + s[3:6] + sep + s[6:]


def au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        s = dn(8, True)
        for c in "0123456789":
            t = s + c
            if sum(int(x) * k for x, k in zip(t, w)) % 11 == 0:
                return t


def fmt_tfn(s):
    return s[:3] + " " + s[3:6] + " " + s[6:]


def uk_ni():
    return R.choice(["JT", "NM", "AB", "CE", "PR", "WK", "SH", "GL", "RY", "TP", "LB", "HN"]) + \
        dn(6) + R.choice("ABCD")


def fmt_ni(s):
    return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])


def pps():
    return dn(7) + R.choice("ABCDEFHKLMPRTW") + R.choice(["", "", "A", "W"])


def sortcode():
    return "%02d-%02d-%02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99))


# ---------------------------------------------------------------- keep helpers


def price(lo, hi, cur="$", cents=True):
    v = R.randint(lo, hi)
    c = R.choice([0, 49, 50, 95, 99, R.randint(1, 98)]) if cents else 0
    whole = "{:,}".format(v)
    return "%s%s.%02d" % (cur, whole, c) if cents else "%s%s" % (cur, whole)


def price_w(lo, hi, unit="dollars"):
    v = R.randint(lo, hi)
    c = R.choice([0, 0, 50, 99, 95, 25])
    if v >= 1000:
        v = round(v, -2)
        c = 0
    if c == 0:
        return "%s %s" % (cardinal(v), unit)
    if R.random() < 0.5:
        return "%s %s" % (cardinal(v), cardinal(c))
    return "%s %s %s" % (cardinal(v), unit, cardinal(c))


def tm():
    h = R.randint(7, 11) if R.random() < 0.5 else R.randint(1, 6)
    ap = "am" if h >= 7 else "pm"
    mi = R.choice([0, 0, 15, 30, 45, 10, 20, 40])
    return ("%d %s" % (h, ap)) if mi == 0 else ("%d:%02d %s" % (h, mi, ap))


def tm_w():
    h = R.randint(1, 11)
    k = R.randint(0, 4)
    if k == 0:
        return "half past " + ONE[h] if h < 10 else "half past " + TEEN[h - 10]
    if k == 1:
        return (ONE[h] if h < 10 else TEEN[h - 10]) + " o'clock"
    if k == 2:
        return (ONE[h] if h < 10 else TEEN[h - 10]) + " " + R.choice(["thirty", "fifteen",
                                                                       "forty five", "twenty"])
    if k == 3:
        return "quarter to " + (ONE[h] if h < 10 else TEEN[h - 10])
    return (ONE[h] if h < 10 else TEEN[h - 10]) + (R.choice([" am", " in the morning"]) if h >= 7
                                                  else R.choice([" pm", " in the afternoon"]))


def pct(lo, hi, dec=True):
    v = R.randint(lo, hi)
    if dec:
        return "%d.%d%%" % (v, R.randint(0, 9))
    return "%d%%" % v


def pct_w(lo, hi):
    v = R.randint(lo, hi)
    if R.random() < 0.5:
        return "%s point %s percent" % (cardinal(v), ONE[R.randint(1, 9)])
    return "%s percent" % cardinal(v)


def day():
    return R.randint(1, 28)


def mon():
    return MONTHS[R.randint(1, 12)]


def date_t(style="us"):
    d, m = day(), mon()
    if style == "us":
        return "%s %s" % (m, ordn(d)) if R.random() < 0.5 else "%s %d" % (m, d)
    return "%s %s" % (ordn(d), m) if R.random() < 0.5 else "%d %s" % (d, m)


def date_w():
    d, m = day(), mon().lower()
    return R.choice(["%s of %s" % (ordw(d), m), "%s %s" % (m, ordw(d))])


def on_date_w():
    """A spoken date with its keep markup, "the" outside the span."""
    d, m = day(), mon().lower()
    if R.random() < 0.5:
        return "the ((date:%s of %s))" % (ordw(d), m)
    return "((date:%s %s))" % (m, ordw(d))


def hno_w(h):
    """A house number as said: 7 -> seven, 123 -> one twenty three, 4280 -> forty two eighty."""
    if h < 100:
        return cardinal(h)
    if h < 1000:
        rest = h % 100
        if rest == 0:
            return cardinal(h)
        return ONE[h // 100] + " " + (cardinal(rest) if rest >= 10 else "oh " + ONE[rest])
    hi, lo = divmod(h, 100)
    if lo == 0:
        return cardinal(hi) + " hundred"
    return cardinal(hi) + " " + (cardinal(lo) if lo >= 10 else "oh " + ONE[lo])


def flight(carrier):
    return "%s %d" % (carrier, R.randint(10, 2999))


def flight_w(carrier):
    n = R.randint(100, 999)
    return "%s %s" % (carrier, sp(str(n), R.choice(["single", "pairs"])))


def expiry():
    return R.randint(1, 12), R.randint(25, 31)


def exp_t(e, fmt=0):
    m, y = e
    return ["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%s %02d" % (MONTHS[m][:3], y),
            "%02d%02d" % (m, y), "%s 20%02d" % (MONTHS[m], y)][fmt]


def exp_w(e, fmt=0):
    m, y = e
    yy = cardinal(y)
    return ["%s %s %s" % ("oh" if m < 10 else "", cardinal(m), yy),
            "%s %s" % (MONTHS[m].lower(), yy),
            "%s %s" % (cardinal(m), yy),
            "%s slash %s" % (sp("%02d" % m, "single"), sp("%02d" % y, "single")),
            "%s twenty %s" % (MONTHS[m].lower(), yy)][fmt].strip()


def cvv(k=3):
    return dn(k)


def n(lo, hi):
    return R.randint(lo, hi)


def nw(lo, hi):
    return cardinal(R.randint(lo, hi))


# ---------------------------------------------------------------- conversations

CASES = []


def case(style):
    def deco(f):
        CASES.append((style, f))
        return f
    return deco


# ---- mortgages and savings ------------------------------------------------------------------

@case("transcript")
def uk_mortgage_overpay():
    acct = pat("########")
    pc = uk_pc()
    b = dob(1962, 1991)
    bal = price(90000, 240000, "£")
    over = price(2000, 15000, "£", False)
    lim = pct(9, 10, False)
    rate = pct(3, 5)
    yrs = n(8, 22)
    when = date_t("eu")
    return [
        ("a", "Good morning, Harcastle Building Society mortgages, you're speaking with [[NAME:Priya]]. How can I help?"),
        ("c", "Morning. I'd like to make a lump sum overpayment on my mortgage, but I don't want to go over the limit and get charged."),
        ("a", "Of course. Can I take the mortgage account number, please?"),
        ("c", f"It's [[ACCOUNT_NUMBER:{acct}]]."),
        ("a", "Thank you. And your full name and date of birth?"),
        ("c", f"[[NAME:Gareth Pryce-Owen]], [[DOB:{dob_t(b, 'eu')}]]."),
        ("a", "And the postcode of the property?"),
        ("c", f"[[POSTCODE:{pc}]]."),
        ("a", f"Thanks, Mr [[NAME:Pryce-Owen]]. Your balance today is ((price:{bal})), on a fixed rate of ((percentage:{rate})) until ((date:{when})), so you can overpay up to ((percentage:{lim})) a year without an early repayment charge."),
        ("c", f"So would ((price:{over})) be all right?"),
        ("a", f"Yes, that's well within it. It would take roughly ((duration:{yrs} months)) off the term if you keep the payments the same."),
        ("c", "Brilliant. My wife [[NAME:Eleri]] will be pleased, she's been on at me about it."),
    ]


@case("asr")
def us_joint_savings():
    p = nanp(US_AREAS)
    b1, b2 = dob(1950, 1975), dob(1950, 1975)
    s1, s2 = dn(4), dn(4)
    apy = pct_w(3, 4)
    dep = nw(2, 9) + " thousand dollars"
    return [
        ("a", "thanks for calling lakeshore savings this is [[NAME:marcus]] who do i have the pleasure of speaking with"),
        ("c", "hi [[NAME:marcus]] um this is [[NAME:dolores quintana]] and my husband [[NAME:ray]] is here too we have the joint savings"),
        ("a", "okay great i'll need to verify both of you can i start with your date of birth mrs [[NAME:quintana]]"),
        ("c", f"sure it's [[DOB:{dob_w(b1, 'mon_ord')}]]"),
        ("a", "and the last four of your social"),
        ("c", f"[[SSN:{sp(s1, 'single')}]]"),
        ("a", "thank you and mister [[NAME:quintana]] same two things please"),
        ("c", f"he says [[DOB:{dob_w(b2, 'num_us')}]] and his last four is uh [[SSN:{sp(s2, 'pairs')}]]"),
        ("a", f"perfect so what can i do for you today"),
        ("c", f"we want to move ((price:{dep})) from checking into the savings because the rate's better right now"),
        ("a", f"sure the savings is paying ((percentage:{apy})) at the moment and what's the best number to reach you if anything needs confirming"),
        ("c", f"my cell [[PHONE:{nanp_w(p)}]]"),
        ("a", f"that's [[PHONE:{nanp_w(p, 'single')}]]"),
        ("c", "yes that's it"),
    ]



@case("transcript")
def ie_mortgage_switch():
    pp = pps()
    eir = eircode("D15")
    acct = pat("ML-#######")
    hno = n(2, 140)
    bal = price(150000, 380000, "€", False)
    val = price(320000, 560000, "€", False)
    rate = pct(3, 4)
    newrate = pct(2, 3)
    yrs = n(18, 30)
    vdate = date_t("eu")
    return [
        ("a", "Good afternoon, Liffey Home Loans switching team, [[NAME:Ciarán Daly]] speaking."),
        ("c", "Hi [[NAME:Ciarán]], I'm ringing about switching my mortgage over to you. I filled in the form online."),
        ("a", "Lovely. Can I get your name and your PPS number to pull up the application?"),
        ("c", f"It's [[NAME:Aisling Moran]], PPS [[SSN:{pp}]]."),
        ("a", "Thanks [[NAME:Aisling]]. And the property address?"),
        ("c", f"[[ADDRESS:{hno} Castlefield Grove, Clonsilla, Dublin 15]], [[POSTCODE:{eir}]]."),
        ("a", f"Grand. I see the valuation came back on ((date:{vdate})) at ((price:{val})), and the outstanding balance with your current lender is ((price:{bal})), is that right?"),
        ("c", f"That's right. I'm paying ((percentage:{rate})) with them at the moment and there's ((duration:{yrs} years)) left."),
        ("a", f"Our four-year fixed would be ((percentage:{newrate})). Your application reference is [[ACCOUNT_NUMBER:{acct}]] if you need to quote it."),
        ("c", "And my husband, does he need to do anything? He's on the mortgage too."),
        ("a", "He'll need to sign the offer as well. What's his full name, as it's on the deeds?"),
        ("c", "[[NAME:Declan Joseph Moran]]."),
    ]


@case("asr")
def ca_tfsa_sin():
    sin = ca_sin()
    pc = ca_pc()
    p = nanp(CA_AREAS)
    room = price_w(6000, 9500)
    yr = R.randint(2009, 2015)
    return [
        ("a", "northshore credit union this is [[NAME:jasmine]] how can i help you today"),
        ("c", "hi [[NAME:jasmine]] i'm trying to open a tax free savings account and the app keeps asking for my sin"),
        ("a", "okay no problem i can open it here on the phone can i get your full name first"),
        ("c", "[[NAME:tremaine okafor]] [[NAME:o k a f o r]]"),
        ("a", "thank you mister [[NAME:okafor]] and your social insurance number when you're ready"),
        ("c", f"okay it's [[SSN#s1:{sp(sin[:3], 'single')}]]"),
        ("a", "mm hmm"),
        ("c", f"[[SSN#s1:{sp(sin[3:6], 'dbl')}]] uh [[SSN#s1:{sp(sin[6:], 'single')}]]"),
        ("a", f"got it and you've been a canadian resident since at least ((year:{yearw(yr)}))"),
        ("c", "yeah since i was a kid"),
        ("a", f"good so your contribution room for this year would be around ((price:{room})) and what's your postal code"),
        ("c", f"[[POSTCODE:{spell(pc)}]]"),
        ("a", f"[[POSTCODE:{spell(pc)}]]"),
        ("c", "yep"),
        ("a", "and a phone number for the account"),
        ("c", f"[[PHONE:{nanp_w(p)}]]"),
    ]


@case("transcript")
def au_home_loan_hardship():
    tfn = au_tfn()
    st = "QLD"
    pc = au_pc(st)
    mob = au_mob()
    hno = n(3, 88)
    rep = price(2100, 3900, "$", False)
    rate = pct(5, 6)
    wks = n(6, 12)
    kids = n(2, 4)
    hours = pct(20, 40, False)
    return [
        ("a", "Thanks for calling Coral Coast Bank, hardship team, this is [[NAME:Bronwyn]]."),
        ("c", "Hi [[NAME:Bronwyn]], I'm struggling with the home loan repayments since my hours got cut, and I don't know what my options are."),
        ("a", "I'm sorry to hear that. I can go through it with you. Can I grab your full name?"),
        ("c", "[[NAME:Kieran Whitely]]."),
        ("a", "And for the hardship application we'll need your tax file number."),
        ("c", f"Sure, [[SSN:{fmt_tfn(tfn)}]]."),
        ("a", "Thanks [[NAME:Kieran]]. Can you confirm the security property address?"),
        ("c", f"[[ADDRESS:{hno} Banksia Crescent, Bundamba]], {st} [[POSTCODE:{pc}]]."),
        ("a", f"Lovely. Your repayment is ((price:{rep} a month)) at ((percentage:{rate})). We could look at a pause of up to ((duration:{wks} weeks)) to start with."),
        ("c", f"That would help. It's me, my partner and ((count:{kids})) kids on one wage at the moment, and my hours went down by about ((percentage:{hours}))."),
        ("a", "Understood. What's the best mobile for the case manager to call you on?"),
        ("c", f"[[PHONE:{fmt_au(mob)}]]."),
        ("a", f"So that's [[PHONE:{fmt_au(mob)}]]. Someone will ring within ((duration:2 business days))."),
    ]


@case("asr")
def uk_isa_transfer():
    ni = uk_ni()
    sc = sortcode()
    acct = dn(8)
    b = dob(1955, 1985)
    rate = pct_w(4, 5)
    amt = price_w(8000, 19000, "pounds")
    return [
        ("a", "you're through to brightwater savings my name's [[NAME:callum]] how can i help"),
        ("c", "oh hello [[NAME:callum]] um i want to transfer my old cash isa over to you"),
        ("a", "lovely i can start that for you can i take your name please"),
        ("c", "it's [[NAME:hilary]] [[NAME:hillary]] sorry [[NAME:hilary ashworth]] with one l in [[NAME:hilary]]"),
        ("a", "no problem and your date of birth"),
        ("c", f"[[DOB:{dob_w(b, 'ord_of')}]]"),
        ("a", "and your national insurance number"),
        ("c", f"[[SSN#n1:{spell(ni[:2])} {sp(ni[2:4], 'pairs')}]] um [[SSN#n1:{sp(ni[4:8], 'pairs')} {ni[8].lower()}]]"),
        ("a", "thank you and the sort code and account number for the old isa"),
        ("c", f"sort code [[ACCOUNT_NUMBER:{sp(sc, 'pairs')}]] and the account is [[ACCOUNT_NUMBER:{sp(acct, 'mix')}]]"),
        ("a", f"so account [[ACCOUNT_NUMBER:{sp(acct, 'single')}]]"),
        ("c", f"that's right there's about ((price:{amt})) in it"),
        ("a", f"great and our easy access isa is paying ((percentage:{rate})) at the moment"),
    ]


@case("transcript")
def us_mortgage_escrow():
    loan = dn(10, True)
    z = us_zip()
    z4 = dn(4)
    hno = n(100, 9899)
    short = price(300, 1900)
    mon = n(12, 12)
    newpay = price(1800, 3400)
    tax = pct(10, 30, False)
    when = date_t("us")
    return [
        ("a", "Thank you for calling Keystone Mortgage Servicing, my name is [[NAME:Darnell]]. May I have your loan number?"),
        ("c", f"Yes, it's [[ACCOUNT_NUMBER:{loan}]]."),
        ("a", "Thank you. And who am I speaking with?"),
        ("c", "[[NAME:Teresa Kowalczyk]]. My husband [[NAME:Stan]] is the co-borrower."),
        ("a", "Thank you, Ms. [[NAME:Kowalczyk]]. For verification, can you give me the property address?"),
        ("c", f"[[ADDRESS:{hno} Old Orchard Road]], Lancaster, PA [[POSTCODE:{z}-{z4}]]."),
        ("a", "Perfect. What can I help you with?"),
        ("c", "I got a letter saying there's an escrow shortage and my payment is going up. I don't understand why."),
        ("a", f"The county property taxes went up about ((percentage:{tax})) this year, so there's a shortage of ((price:{short})). You can pay it in one go, or we spread it over ((duration:{mon} months))."),
        ("c", "What would the monthly payment be if it's spread?"),
        ("a", f"It would go to ((price:{newpay})) starting with the payment due ((date:{when}))."),
        ("c", "And if a payment's a few days late, is there a grace period?"),
        ("a", f"Yes, ((duration:{n(10, 15)} days)), then a late charge of ((price:{price(30, 60)}))."),
        ("c", "Okay. [[NAME:Stan]] and I will talk about it and call back."),
        ("a", "Of course. Is there anything else today, Mrs. [[NAME:Kowalczyk]]?"),
        ("c", "No, thanks, [[NAME:Darnell]]."),
    ]


@case("asr")
def ie_savings_misheard():
    b = dob(1978, 1999)
    eir = eircode()
    mob = ie_mob()
    acct = dn(8)
    rate = pct_w(2, 3)
    amt = price_w(200, 900, "euro")
    return [
        ("a", "hello you're through to shannonside credit union my name is [[NAME:eoin]]"),
        ("c", "hi [[NAME:owen]] it's [[NAME:shiv on]] [[NAME:kee nan]] here i'm a member"),
        ("a", "hi [[NAME:siobhan]] can you spell the surname for me there"),
        ("c", "[[NAME:k e a n e]]"),
        ("a", "lovely and your date of birth"),
        ("c", f"[[DOB:{dob_w(b, 'ord_of_the')}]]"),
        ("a", "and your eircode please"),
        ("c", f"[[POSTCODE#e1:{spell(eir[:3])}]] hang on the baby's pulling at the phone [[POSTCODE#e1:{spell(eir[4:])}]]"),
        ("a", f"perfect that matches what's the query today"),
        ("c", f"i want to set up a standing order into the savings um ((price:{amt} a month))"),
        ("a", f"no problem the regular saver is at ((percentage:{rate})) which account is it coming from"),
        ("c", f"the current account ending [[ACCOUNT_NUMBER:{sp(acct[-4:], 'single')}]]"),
        ("a", "and is the mobile still the same one we have"),
        ("c", f"no it changed it's [[PHONE#p1:{sp(mob[:3], 'single')}]]"),
        ("a", "mm hmm"),
        ("c", f"[[PHONE#p1:{sp(mob[3:], 'mix')}]]"),
    ]


@case("transcript")
def ca_mortgage_renewal():
    mnum = pat("#######-##")
    pc = ca_pc()
    p = nanp(CA_AREAS)
    email_local = "nadia.bergeron" + dn(2)
    rate = pct(4, 5)
    term = n(3, 5)
    amort = n(20, 24)
    bal = price(240000, 520000, "$", False)
    renew = date_t("us")
    return [
        ("a", "Prairie Trust mortgage renewals, [[NAME:Liam]] speaking."),
        ("c", f"Hi [[NAME:Liam]], my mortgage is up for renewal on ((date:{renew})) and I haven't signed anything yet."),
        ("a", "Let's take a look. What's the mortgage number?"),
        ("c", f"[[ACCOUNT_NUMBER:{mnum}]]."),
        ("a", "And your name and postal code?"),
        ("c", f"[[NAME:Nadia Bergeron]], [[POSTCODE:{pc.lower().replace(' ', '')}]]."),
        ("a", f"Thanks, [[NAME:Nadia]]. Your remaining balance is about ((price:{bal})) with ((duration:{amort} years)) left on the amortization. We can offer ((percentage:{rate})) fixed for ((duration:{term} years))."),
        ("c", "Can you email me the offer? It's the same email as before, or maybe not, let me give it to you."),
        ("a", "Sure, go ahead."),
        ("c", f"[[EMAIL:{email_local}@shaw.ca]]."),
        ("a", "Got it. And a phone number in case the underwriter has questions?"),
        ("c", f"[[PHONE:{fmt_nanp(p, 1)}]]."),
    ]


@case("asr")
def au_child_saver():
    b1 = dob(1975, 1992)
    b2 = dob(2013, 2019)
    st = "VIC"
    pc = au_pc(st)
    hno = n(2, 60)
    age = n(6, 11)
    amt = price_w(20, 80)
    bonus = pct_w(4, 5)
    return [
        ("a", "g'day you've called greenway bank my name's [[NAME:shannon]] how can i help"),
        ("c", "hi [[NAME:shannon]] i want to open a kids saver for my daughter she's ((other:" + cardinal(age) + "))"),
        ("a", "oh lovely are you a customer with us already"),
        ("c", "yeah i am it's [[NAME:matt]] [[NAME:matthew o'loughlin]]"),
        ("a", "thanks [[NAME:matthew]] can i have your date of birth"),
        ("c", f"[[DOB:{dob_w(b1, 'ord_of')}]]"),
        ("a", "and your daughter's full name and date of birth"),
        ("c", f"[[NAME:ruby grace o'loughlin]] and she was born on the [[DOB:{dob_w(b2, 'ord_of')}]]"),
        ("a", "and the home address for her account"),
        ("c", f"[[ADDRESS:{hno_w(hno)} wattle street unit {ONE[n(1, 9)]} brunswick]] victoria [[POSTCODE:{sp(pc, R.choice(['single', 'pairs']))}]]"),
        ("a", f"great so with the kids saver there's a bonus rate of ((percentage:{bonus})) if you deposit at least ((price:{amt} each month))"),
        ("c", "that works uh do i need to bring her in"),
        ("a", "no we can do it all over the phone today"),
    ]


@case("asr")
def us_cd_corrected_account():
    acct = dn(9, True)
    wrong = list(acct[-3:])
    wrong[0] = str((int(wrong[0]) + 3) % 10)
    wrong = "".join(wrong)
    p = nanp(US_AREAS)
    term = nw(6, 18)
    rate = pct_w(4, 5)
    amt = price_w(5000, 25000)
    return [
        ("a", "harborview bank this is [[NAME:keisha]] speaking may i have your account number please"),
        ("c", f"yeah it's [[ACCOUNT_NUMBER#a1:{sp(acct[:6], 'mix')}]] [[ACCOUNT_NUMBER#bad:{sp(wrong, 'single')}]] no wait [[ACCOUNT_NUMBER#a1:{sp(acct[-3:], 'single')}]]"),
        ("a", "okay and your name"),
        ("c", "[[NAME:howard finch]]"),
        ("a", "thank you mister [[NAME:finch]] what can i do for you"),
        ("c", "i've got a cd maturing next week and i want to roll it into a new one"),
        ("a", f"sure our ((duration:{term} month)) cd is at ((percentage:{rate})) right now"),
        ("c", f"okay and it'd be the whole thing about ((price:{amt}))"),
        ("a", "i can set that up can i confirm the phone on file ends in"),
        ("c", f"[[PHONE:{sp(p[-4:], 'pairs')}]]"),
        ("a", "that's right you're all set"),
        ("c", "thanks [[NAME:keisha]]"),
    ]


# ---- credit-card disputes and fraud lines ---------------------------------------------------

@case("transcript")
def us_dispute_visa():
    cn = card("visa")
    e = expiry()
    cv = cvv()
    amt = price(80, 640)
    when = date_t("us")
    t = tm()
    days = n(7, 10)
    return [
        ("a", "Thank you for calling Summit Card Services disputes, this is [[NAME:Renee]]. Can I have the card number, please?"),
        ("c", f"Sure. [[CARD_NUMBER:{tcard(cn)}]]."),
        ("a", "And the name on the card?"),
        ("c", "[[NAME:Joel Amsterdam]]."),
        ("a", "For security, the expiration date and the three-digit code on the back?"),
        ("c", f"Expires [[EXPIRY:{exp_t(e)}]], code is [[CVV:{cv}]]."),
        ("a", f"Thank you, Mr. [[NAME:Amsterdam]]. Which charge are you disputing?"),
        ("c", f"There's a charge for ((price:{amt})) from a furniture store on ((date:{when})), at ((time:{t})). I never got the delivery."),
        ("a", f"I see it on the card ending [[CARD_NUMBER:{cn[-4:]}]]. I'll open a dispute and issue a temporary credit within ((duration:{days} business days))."),
        ("c", "Thanks. My neighbour [[NAME:Rose]] says the same store did it to her."),
        ("a", "I'll mark it on the dispute that other customers may be affected."),
        ("c", "Do I need to send anything?"),
        ("a", "If you have the order confirmation, you can upload it. The merchant gets to respond too."),
        ("c", "Okay, thanks, [[NAME:Renee]]."),
    ]


@case("asr")
def uk_fraud_split_card():
    cn = card("mc")
    g = cgroups(cn)
    e = expiry()
    cv = cvv()
    a1, a2 = price_w(30, 300, "pounds"), price_w(300, 900, "pounds")
    t1 = tm_w()
    cnt = nw(3, 6)
    return [
        ("i", "welcome to the fraud line please hold while we connect you"),
        ("a", "hello fraud team you're speaking to [[NAME:aled]] i understand we've sent you a text about some transactions"),
        ("c", "yeah there's loads on there i don't recognise i'm panicking a bit"),
        ("a", "okay don't worry we'll sort it can i take the long number on the card"),
        ("c", f"yeah [[CARD_NUMBER#c1:{sp(g[0], 'mix')} {sp(g[1], 'mix')}]]"),
        ("a", "mm hmm"),
        ("c", f"[[CARD_NUMBER#c1:{sp(g[2], 'mix')}]]"),
        ("a", "yep"),
        ("c", f"[[CARD_NUMBER#c1:{sp(g[3], 'single')}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{exp_w(e, 0)}]]"),
        ("a", "and the three digits on the back"),
        ("c", f"[[CVV:{sp(cv, 'single')}]]"),
        ("a", f"thanks i can see ((count:{cnt})) payments since about ((time:{t1})) this morning one for ((price:{a1})) and a bigger one for ((price:{a2}))"),
        ("c", "none of them are mine"),
        ("a", "right i'll cancel the card now and order a new one and what's your name please"),
        ("c", "[[NAME:bethan lloyd]]"),
    ]


@case("transcript")
def ca_replacement_two_cards():
    old = card("visa")
    new = card("visa")
    pc = ca_pc()
    hno = n(10, 2400)
    e = expiry()
    fee = price(10, 25)
    days = n(5, 10)
    return [
        ("a", "Maple Leaf Card Services, this is [[NAME:Anjali]], how can I help you today?"),
        ("c", "Hi, I got a replacement card in the mail but my old one still works, and I'm confused which one to use."),
        ("a", "I can help. Can you read me the number on the old card first?"),
        ("c", f"[[CARD_NUMBER:{tcard(old)}]]."),
        ("a", "And the new one?"),
        ("c", f"[[CARD_NUMBER:{tcard(new, '-')}]], expiry [[EXPIRY:{exp_t(e, 1)}]]."),
        ("a", f"Thank you. The card ending [[CARD_NUMBER:{old[-4:]}]] will be closed once you activate the one ending [[CARD_NUMBER:{new[-4:]}]]. The ((price:{fee})) replacement fee has been waived."),
        ("c", "Okay. And my address, is it still right? I moved last year."),
        ("a", f"We have [[ADDRESS:{hno} Rue Saint-Denis, Montreal]], [[POSTCODE:{pc}]]."),
        ("c", "That's the new one, good."),
        ("a", f"And who am I speaking with, for my notes?"),
        ("c", "[[NAME:Étienne Laflamme]]."),
        ("a", f"Thanks, [[NAME:Étienne]]. Any automatic payments will move over within ((duration:{days} days))."),
    ]


@case("asr")
def au_amex_restart():
    cn = card("amex")
    g = cgroups(cn)
    e = expiry()
    cv = cvv(4)
    amt = price_w(150, 1400)
    when = on_date_w()
    return [
        ("a", "thanks for calling the card disputes line you're speaking with [[NAME:tahlia]]"),
        ("c", "hi [[NAME:tahlia]] it's [[NAME:graham ferreira]] i'm disputing a hotel charge on my amex"),
        ("a", "okay [[NAME:graham]] can you read me the card number"),
        ("c", f"yep [[CARD_NUMBER#x:{sp(g[0], 'single')} {sp(g[1][:2], 'single')}]] sorry let me start again i skipped one [[CARD_NUMBER#c1:{sp(g[0], 'mix')}]] [[CARD_NUMBER#c1:{sp(g[1], 'mix')}]] [[CARD_NUMBER#c1:{sp(g[2], 'mix')}]]"),
        ("a", "thank you and the four digit code on the front of the card"),
        ("c", f"[[CVV:{sp(cv, 'pairs')}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{exp_w(e, 1)}]]"),
        ("a", f"okay which charge is it"),
        ("c", f"the hotel in cairns charged me ((price:{amt})) on {when} for a night i cancelled"),
        ("a", "and did you cancel in writing"),
        ("c", "yeah i've got the email from them"),
        ("a", "good i'll lodge it now you'll get a reference by text"),
    ]


@case("transcript")
def ie_mastercard_hotel():
    cn = card("mc")
    local = "ronan.tierney" + dn(2)
    amt = price(180, 900, "€")
    fl = flight("EI")
    when = date_t("eu")
    nights = n(2, 5)
    room = n(101, 845)
    return [
        ("a", "Good morning, Atlantic Card disputes, [[NAME:Gráinne]] speaking."),
        ("c", "Morning. I was charged for a hotel I never stayed in. My flight was cancelled."),
        ("a", "Sorry to hear that. Can I take the card number?"),
        ("c", f"[[CARD_NUMBER:{cn}]]."),
        ("a", "Thank you. And your name?"),
        ("c", "[[NAME:Rónán Tierney]]."),
        ("a", f"Thanks, [[NAME:Rónán]]. What are the details of the charge?"),
        ("c", f"((price:{amt})) from the hotel, for ((count:{nights})) nights from ((date:{when})). I was meant to be on ((flight_number:{fl})) and it was cancelled, so I never left Dublin. They even had me down for room ((other:{room}))."),
        ("a", "Have you got the cancellation notice from the airline?"),
        ("c", "Yes, I can send it on."),
        ("a", "Great, send it to us and we'll reply to the email on your file. Is that still current?"),
        ("c", f"It's [[EMAIL:{local}@eircom.net]]."),
    ]


@case("asr")
def us_wrong_card_then_right():
    husband = card("visa")
    own = card("mc")
    b = dob(1958, 1980)
    amt = price_w(40, 400)
    e = expiry()
    return [
        ("a", "thank you for calling first river card services my name is [[NAME:tyrone]] may i have the card number"),
        ("c", f"sure it's [[CARD_NUMBER:{sp(husband, 'mix')}]] no wait that's [[NAME:phil]]'s card my husband's hang on"),
        ("a", "no problem take your time"),
        ("c", f"okay mine is [[CARD_NUMBER:{sp(own, 'mix')}]]"),
        ("a", "thank you and your name"),
        ("c", "[[NAME:marianne kessler]]"),
        ("a", "and your date of birth mrs [[NAME:kessler]]"),
        ("c", f"[[DOB:{dob_w(b, 'num_us')}]]"),
        ("a", "thank you and the expiration on your card"),
        ("c", f"[[EXPIRY:{exp_w(e, 2)}]]"),
        ("a", f"okay what's going on with the account today"),
        ("c", f"there's a charge for ((price:{amt})) from a gym i cancelled in the spring"),
        ("a", f"i see that on the card ending [[CARD_NUMBER:{sp(own[-4:], 'pairs')}]] i'll start a dispute"),
    ]


@case("transcript")
def uk_subscription_chargeback():
    cn = card("visa")
    ph = uk_land()
    amt = price(6, 18, "£")
    mons = n(4, 9)
    tot = price(40, 140, "£")
    when = date_t("eu")
    return [
        ("a", "Hello, Thistle Bank card services, you're speaking with [[NAME:Fraser]]."),
        ("c", "Hi [[NAME:Fraser]]. I've been charged for a streaming subscription for months after I cancelled it."),
        ("a", "Right, let's have a look. Long card number, please."),
        ("c", f"[[CARD_NUMBER:{tcard(cn)}]]."),
        ("a", f"And your name?"),
        ("c", "[[NAME:Morag Sinclair]]."),
        ("a", f"Thanks, Mrs [[NAME:Sinclair]]. I can see ((price:{amt})) going out monthly. How long since you cancelled?"),
        ("c", f"I cancelled on ((date:{when})), so that's ((count:{mons})) payments, about ((price:{tot})) in total."),
        ("a", f"OK. I'll raise a chargeback on the card ending [[CARD_NUMBER:{cn[-4:]}]] for those payments. Best number to reach you on?"),
        ("c", f"The house phone, [[PHONE:{fmt_uk(ph)}]]."),
        ("a", "Lovely. You should hear within a few weeks."),
    ]


@case("asr")
def ca_fraud_interrupted():
    cn = card("visa")
    g = cgroups(cn)
    e = expiry()
    cv = cvv()
    t = tm_w()
    a1 = price_w(400, 1900)
    km = nw(200, 900)
    return [
        ("a", "fraud prevention this is [[NAME:dominic]] can i get the card number you're calling about"),
        ("c", f"okay it's [[CARD_NUMBER#c1:{sp(g[0] + g[1], 'mix')}]]"),
        ("a", "sorry can you hold on one second my screen just froze"),
        ("c", "sure"),
        ("a", "okay go ahead sorry about that"),
        ("c", f"[[CARD_NUMBER#c1:{sp(g[2], 'single')}]] [[CARD_NUMBER#c1:{sp(g[3], 'dbl')}]]"),
        ("a", "and the expiry and the cvv"),
        ("c", f"[[EXPIRY:{exp_w(e, 3)}]] and [[CVV:{sp(cv, 'single')}]]"),
        ("a", f"thank you so we blocked a transaction of ((price:{a1})) at a gas station at ((time:{t})) about ((other:{km} kilometres)) from your home address"),
        ("c", "that wasn't me i was asleep"),
        ("a", "okay i'll confirm it as fraud and who am i speaking with"),
        ("c", "[[NAME:priyanka raman]]"),
        ("a", "thanks [[NAME:priyanka]] a new card goes out today"),
    ]


@case("transcript")
def au_visa_address_check():
    cn = card("visa")
    b = dob(1970, 1996)
    st = "WA"
    pc = au_pc(st)
    hno = n(1, 220)
    unit = n(1, 40)
    amt = price(19, 95)
    cnt = n(3, 12)
    e = expiry()
    cv = cvv()
    return [
        ("a", "Good afternoon, Southern Cross Bank fraud team, [[NAME:Lachlan]] speaking."),
        ("c", f"Hi [[NAME:Lachlan]], I've got ((count:{cnt})) little charges on my card from an app store I've never used."),
        ("a", "No worries, we see a lot of those. What's the card number?"),
        ("c", f"[[CARD_NUMBER:{tcard(cn)}]], expiry [[EXPIRY:{exp_t(e, 0)}]], and the CVV is [[CVV:{cv}]] if you need it."),
        ("a", "Thanks. Your full name and date of birth?"),
        ("c", f"[[NAME:Mei Lin Ho]], [[DOB:{dob_t(b, 'eu')}]]."),
        ("a", "And the residential address we have on file?"),
        ("c", f"[[ADDRESS:Unit {unit}, {hno} Marine Parade, Cottesloe]] {st} [[POSTCODE:{pc}]]."),
        ("a", f"Thanks, [[NAME:Mei Lin]]. They're each ((price:{amt})), which is typical of card testing. I'll block the card and send a new one."),
        ("c", "Will I get the money back?"),
        ("a", "Yes, once the investigation closes, usually within a couple of weeks."),
    ]


@case("asr")
def ie_fraud_expired_card():
    cn = card("visa")
    g = cgroups(cn)
    e = expiry()
    amt = price_w(60, 600, "euro")
    cnt = nw(2, 5)
    mob = ie_mob()
    return [
        ("a", "good evening you're through to the card security team this is [[NAME:niamh]]"),
        ("c", "hi [[NAME:neve]] um i got a text saying my card was used in spain and i'm in sligo"),
        ("a", "okay let's check it out can you give me the card number"),
        ("c", f"[[CARD_NUMBER#c1:{sp(g[0], 'dbl')} {sp(g[1], 'dbl')}]] uh [[CARD_NUMBER#c1:{sp(g[2], 'dbl')} {sp(g[3], 'dbl')}]]"),
        ("a", "and the expiry date on it"),
        ("c", f"it says [[EXPIRY:{exp_w(e, 4)}]] but i think that's the old one actually"),
        ("a", f"that's the one we have it's fine and your name"),
        ("c", "[[NAME:fergal mac giolla]]"),
        ("a", f"okay [[NAME:fergal]] i see ((count:{cnt})) attempts in madrid totalling ((price:{amt})) all declined"),
        ("c", "oh thank god"),
        ("a", "we'll text the new card pin to the mobile ending"),
        ("c", f"[[PHONE:{sp(mob[-3:], 'single')}]] yeah that's me"),
    ]


@case("transcript")
def us_discover_concert():
    cn = card("disc")
    ssn4 = dn(4)
    tix = n(2, 6)
    amt = price(150, 900)
    when = date_t("us")
    fee = price(12, 40)
    return [
        ("a", "Thanks for calling Pioneer Card member services, I'm [[NAME:Courtney]]. How can I help?"),
        ("c", "Hi, the concert I bought tickets for got canceled and the seller won't refund me."),
        ("a", "I'm sorry. Can I have your card number?"),
        ("c", f"[[CARD_NUMBER:{tcard(cn, '')}]]."),
        ("a", "And the last four of your Social?"),
        ("c", f"[[SSN:{ssn4}]]."),
        ("a", "Thank you. And your name, please?"),
        ("c", "[[NAME:Hunter Gallagher]]. Yes, [[NAME:Hunter]]'s my first name."),
        ("a", f"Got it, [[NAME:Hunter]]. I see ((count:{tix})) tickets at ((price:{amt})) total plus a ((price:{fee})) service fee. The show was ((date:{when}))?"),
        ("c", "Right, and they announced the cancellation a week before."),
        ("a", "I'll file the dispute for the full amount, fees included."),
    ]


@case("asr")
def uk_digits_odd_groups():
    cn = card("visa")
    e = expiry()
    cv = cvv()
    amt = price_w(200, 1800, "pounds")
    t = tm_w()
    return [
        ("a", "card services [[NAME:jodie]] speaking how can i help"),
        ("c", "hiya i want to report my card lost i think i left it in a taxi last night"),
        ("a", "oh no okay have you got the number from a statement or the app"),
        ("c", f"yeah [[CARD_NUMBER:{cn[:4]} {cn[4:6]} {cn[6:12]} {cn[12:]}]]"),
        ("a", "thank you and the expiry and security code if you have them"),
        ("c", f"the app says [[EXPIRY:{exp_t(e, 3)}]] and i remember the code is [[CVV:{cv}]]"),
        ("a", f"okay there's a pending payment of ((price:{amt})) from a jeweller at ((time:{t})) today was that you"),
        ("c", "no way"),
        ("a", "right i'll stop the card and that payment can i just confirm your name"),
        ("c", "[[NAME:kayleigh dunmore]]"),
        ("a", "thanks [[NAME:kayleigh]] the new card will be with you in ((duration:three to five working days))"),
    ]


@case("transcript")
def ca_amex_car_rental():
    cn = card("amex")
    e = expiry()
    amt = price(600, 2400)
    km = n(1200, 4800)
    days = n(4, 14)
    when = date_t("us")
    p = nanp(CA_AREAS)
    return [
        ("a", "Good morning, this is [[NAME:Olivier]] with card disputes. Can I get the card number?"),
        ("c", f"Yes, [[CARD_NUMBER:{tcard(cn)}]], expires [[EXPIRY:{exp_t(e, 2)}]]."),
        ("a", "Thank you. And the cardmember name?"),
        ("c", "[[NAME:Gwen Abernathy]]."),
        ("a", "What can I help with, Ms. [[NAME:Abernathy]]?"),
        ("c", f"The rental company charged me ((price:{amt})) for extra mileage. I drove ((other:{km} km)) over ((duration:{days} days)), and the contract said unlimited."),
        ("a", f"When did you return the car?"),
        ("c", f"((date:{when})), at the airport."),
        ("a", "I'll open a dispute. Do you have the contract?"),
        ("c", "I do. Can you call me if you need anything else?"),
        ("a", f"Sure, is [[PHONE:{fmt_nanp(p, 0)}]] still good?"),
        ("c", "Yes."),
    ]


@case("asr")
def us_daughter_helps_mother():
    cn = card("mc")
    g = cgroups(cn)
    b = dob(1935, 1948)
    p = nanp(US_AREAS)
    amt = price_w(900, 4000)
    cnt = nw(2, 4)
    return [
        ("a", "thank you for calling the fraud department this is [[NAME:brandon]]"),
        ("c", "hi [[NAME:brandon]] i'm calling for my mom she's right here on speaker her name is [[NAME:evelyn marsh]]"),
        ("a", "hi mrs [[NAME:marsh]] can you tell me that it's okay for me to speak with"),
        ("c", "yes please talk to my daughter [[NAME:carol]]"),
        ("a", "thank you and mrs [[NAME:marsh]] your date of birth"),
        ("c", f"[[DOB:{dob_w(b, 'mon_ord')}]]"),
        ("a", "and the card number"),
        ("c", f"it's [[CARD_NUMBER#c1:{sp(g[0], 'single')}]] mom tilt it to the light [[CARD_NUMBER#c1:{sp(g[1], 'single')}]] [[CARD_NUMBER#c1:{sp(g[2] + g[3], 'mix')}]]"),
        ("a", f"thank you i see ((count:{cnt})) gift card purchases yesterday for ((price:{amt})) in total"),
        ("c", "somebody called her pretending to be from the bank"),
        ("a", "that's a common scam we'll block it what's a good number for you [[NAME:carol]]"),
        ("c", f"[[PHONE:{nanp_w(p)}]]"),
    ]


# ---- airlines and travel agencies -----------------------------------------------------------

@case("transcript")
def us_airline_change_child():
    ref = pat("@@@@@@")
    cn = card("visa")
    e = expiry()
    cv = cvv()
    b = dob(2012, 2019)
    f1, f2 = flight("UA"), flight("UA")
    t1, t2 = tm(), tm()
    d1 = date_t("us")
    fee = price(75, 199)
    diff = price(20, 180)
    row = n(10, 34)
    return [
        ("a", "Thank you for calling Skyline Airways reservations, my name is [[NAME:Gloria]]. Do you have your confirmation code?"),
        ("c", f"Yes, it's [[ACCOUNT_NUMBER:{ref}]]."),
        ("a", "Thank you. I see ((count:two)) passengers, [[NAME:Andre Baptiste]] and [[NAME:Micah Baptiste]]. Who am I speaking with?"),
        ("c", f"This is [[NAME:Andre]]. [[NAME:Micah]]'s my son. We're on ((flight_number:{f1})) on ((date:{d1})) at ((time:{t1})), and I need to move us to a later flight."),
        ("a", f"I have ((flight_number:{f2})) at ((time:{t2})) the same day. Since [[NAME:Micah]] is a minor, can you confirm his date of birth?"),
        ("c", f"[[DOB:{dob_t(b, 'us')}]]."),
        ("a", f"Thank you. The change fee is ((price:{fee})) plus a fare difference of ((price:{diff})) per person. How would you like to pay?"),
        ("c", f"Card: [[CARD_NUMBER:{tcard(cn)}]], expiration [[EXPIRY:{exp_t(e, 0)}]], security code [[CVV:{cv}]]."),
        ("a", f"That went through on the card ending [[CARD_NUMBER:{cn[-4:]}]]. Your confirmation code stays the same."),
        ("c", "Great. Can you keep us seated together?"),
        ("a", f"Yes, you're in seats ((other:{row}A)) and ((other:{row}B))."),
    ]


@case("asr")
def uk_package_holiday_spelled_email():
    ref = pat("@@#####")
    b = dob(1968, 1990)
    local = "j" + "hartigan"
    dom = R.choice(["gmail", "hotmail", "outlook"])
    nights = nw(7, 14)
    pp = price_w(900, 3200, "pounds")
    fl = flight_w("easyjet")
    return [
        ("a", "hello sunseeker holidays you're speaking to [[NAME:kirsty]]"),
        ("c", "oh hi [[NAME:kirsty]] it's [[NAME:jeanette hartigan]] i've got a holiday booked and i need to change the dates"),
        ("a", "no problem have you got your booking reference"),
        ("c", f"yes it's [[ACCOUNT_NUMBER:{spell(ref)}]]"),
        ("a", "and the lead passenger's date of birth"),
        ("c", f"that's me [[DOB:{dob_w(b, 'ord_of')}]]"),
        ("a", f"lovely so you're booked for ((count:{nights})) nights in lanzarote flying out on ((flight_number:{fl}))"),
        ("c", "yeah but my partner [[NAME:dev]] has got a hospital appointment that week so we need to go a week later"),
        ("a", f"i can do that the price goes up to ((price:{pp})) all in and i'll email the new confirmation what's the email"),
        ("c", f"it's [[EMAIL:{local} at {dom} dot com]]"),
        ("a", "can you spell that for me"),
        ("c", f"[[EMAIL:{' '.join(local)} at {dom} dot com]]"),
        ("a", "perfect that's gone through"),
    ]


@case("transcript")
def ca_aeroplan_seat():
    ffn = dn(9, True)
    fl = flight("AC")
    seat = "%d%s" % (n(12, 40), R.choice("ACDF"))
    gate = "%s%d" % (R.choice("CDE"), n(30, 99))
    t = tm()
    d1 = date_t("us")
    local = "h.nakamura" + dn(3)
    fee = price(40, 120)
    return [
        ("a", "Air North Canada, this is [[NAME:Sébastien]]. How can I help?"),
        ("c", "Hi, I'm flying next week and my Aeroplan number didn't get added to the booking."),
        ("a", "I can add it. What's your name as it appears on the ticket?"),
        ("c", "[[NAME:Hiroshi Nakamura]]."),
        ("a", f"I see you on ((flight_number:{fl})), departing ((date:{d1})) at ((time:{t})) from gate ((other:{gate})). And the Aeroplan number?"),
        ("c", f"[[ACCOUNT_NUMBER:{ffn[:3]} {ffn[3:6]} {ffn[6:]}]]."),
        ("a", f"Added. You're also in seat ((other:{seat})). Would you like to upgrade? It's ((price:{fee})) for extra legroom."),
        ("c", "No thanks. Can you send the updated itinerary to my email?"),
        ("a", "Of course. What address should I use?"),
        ("c", f"[[EMAIL:{local}@sympatico.ca]]."),
        ("a", f"Done, Mr. [[NAME:Nakamura]]."),
    ]


@case("asr")
def au_qantas_change_mobile_split():
    ffn = dn(8, True)
    mob = au_mob()
    cn = card("mc")
    e = expiry()
    cv = cvv()
    f1 = flight_w("qantas")
    t = tm_w()
    fee = price_w(60, 250)
    kg = nw(20, 32)
    return [
        ("a", "qantas link reservations you're talking to [[NAME:bec]]"),
        ("c", "hi [[NAME:bec]] this is [[NAME:darren ng]] i'm trying to change my flight to brisbane"),
        ("a", "sure can i get your frequent flyer number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(ffn, 'mix')}]]"),
        ("a", f"thanks [[NAME:darren]] so you're on ((flight_number:{f1})) at ((time:{t})) tomorrow"),
        ("c", "yeah i need the next day same time if you've got it"),
        ("a", f"yep got a seat there's a ((price:{fee})) change fee and you've still got ((quantity:{kg} kilos)) checked"),
        ("c", f"fine i'll pay on the card [[CARD_NUMBER:{sp(cn, 'mix')}]]"),
        ("a", "expiry and cvv"),
        ("c", f"[[EXPIRY:{exp_w(e, 0)}]] [[CVV:{sp(cv, 'single')}]]"),
        ("a", "and a mobile for the sms updates"),
        ("c", f"[[PHONE#p1:{sp(mob[:4], 'single')}]]"),
        ("a", "mhm"),
        ("c", f"[[PHONE#p1:{sp(mob[4:7], 'dbl')}]]"),
        ("a", "yep"),
        ("c", f"[[PHONE#p1:{sp(mob[7:], 'dbl')}]]"),
    ]


@case("transcript")
def ie_budget_airline_family():
    ref = pat("@#@@#@")
    b1, b2 = dob(1975, 1992), dob(1975, 1992)
    fl = flight("FR")
    bag = n(10, 20)
    fee = price(25, 70, "€")
    d1 = date_t("eu")
    t = tm()
    return [
        ("a", "Hi, you're through to Emerald Air customer service, [[NAME:Dara]] speaking."),
        ("c", "Hi [[NAME:Dara]], I need to add bags to a booking for myself and my wife."),
        ("a", "No problem. What's the booking reference?"),
        ("c", f"[[ACCOUNT_NUMBER:{ref}]]."),
        ("a", "And the passenger names?"),
        ("c", "[[NAME:Pádraig Ó Súilleabháin]] and [[NAME:Cliodhna Ó Súilleabháin]]."),
        ("a", "Can you confirm dates of birth for both passengers, for security?"),
        ("c", f"Mine is [[DOB:{dob_t(b1, 'eu2')}]] and hers is [[DOB:{dob_t(b2, 'long_eu')}]]."),
        ("a", f"Thanks. You're on ((flight_number:{fl})) on ((date:{d1})) at ((time:{t})). A ((quantity:{bag}kg)) bag is ((price:{fee})) each way per person."),
        ("c", "Grand, add one each both ways."),
        ("a", "Done. The payment link will go to the email on the booking."),
    ]


@case("asr")
def us_tour_agency_card_interrupted():
    cn = card("visa")
    g = cgroups(cn)
    e = expiry()
    cv = cvv()
    p = nanp(US_AREAS)
    local = "bobbie" + dn(2)
    dep = price_w(200, 600)
    pax = nw(3, 5)
    return [
        ("a", "wanderlust travel this is [[NAME:celeste]] how can i help you"),
        ("c", f"hi [[NAME:celeste]] it's [[NAME:roberta]] but everyone calls me [[NAME:bobbie]] [[NAME:bobbie lindqvist]] i want to put the deposit down on the alaska tour for ((count:{pax})) of us"),
        ("a", f"oh wonderful the deposit is ((price:{dep})) per person can i take a card"),
        ("c", f"sure [[CARD_NUMBER#c1:{sp(g[0], 'single')} {sp(g[1], 'mix')}]]"),
        ("a", "sorry did you say"),
        ("c", f"[[CARD_NUMBER#c2:{sp(g[1], 'single')}]] yeah and then [[CARD_NUMBER#c1:{sp(g[2], 'mix')} {sp(g[3], 'mix')}]]"),
        ("a", "and the expiration and security code"),
        ("c", f"[[EXPIRY:{exp_w(e, 1)}]] code [[CVV:{sp(cv, 'mix')}]]"),
        ("a", "great and an email for the confirmation"),
        ("c", f"[[EMAIL:{local} at yahoo dot com]] that's [[EMAIL:{spell(local)} at yahoo dot com]]"),
        ("a", "and a phone number"),
        ("c", f"[[PHONE:{nanp_w(p, 'pairs')}]]"),
    ]


@case("transcript")
def uk_cancelled_flight_compensation():
    ref = pat("@@@@##")
    hno = n(2, 180)
    pc = uk_pc()
    sc = sortcode()
    acct = dn(8)
    fl = flight("BA")
    km = n(1600, 3400)
    hrs = n(4, 11)
    comp = price(220, 520, "£", False)
    when = date_t("eu")
    claim = pat("CMP-######")
    return [
        ("a", "Good afternoon, Britannic Airways customer relations, [[NAME:Harriet]] speaking."),
        ("c", f"Hi [[NAME:Harriet]]. My flight ((flight_number:{fl})) on ((date:{when})) was delayed ((duration:{hrs} hours)) and I put in a compensation claim, but I've heard nothing."),
        ("a", "I'm sorry about that. Do you have the claim reference?"),
        ("c", f"It's [[ACCOUNT_NUMBER:{claim}]], and the booking reference was [[ACCOUNT_NUMBER:{ref}]]."),
        ("a", f"Thank you. The route's about ((other:{km} km)), so you're due ((price:{comp})) per passenger. Can I confirm the name on the claim?"),
        ("c", "[[NAME:Oluwaseun Adeyemi]]. It's for me and my colleague [[NAME:Tom Redfern]]."),
        ("a", "Would you like it paid by bank transfer?"),
        ("c", f"Yes please. Sort code [[ACCOUNT_NUMBER:{sc}]], account [[ACCOUNT_NUMBER:{acct}]]."),
        ("a", f"And your postal address, for our records?"),
        ("c", f"[[ADDRESS:{hno} Kingfisher Way, Reading]], [[POSTCODE:{pc}]]."),
        ("a", f"Thanks, [[NAME:Oluwaseun]]. That's [[POSTCODE:{pc}]]? Great. You'll get an email once it's paid."),
    ]


@case("asr")
def ca_westjet_misheard_name():
    code = pat("@@@@@@")
    b = dob(1980, 2001)
    p = nanp(CA_AREAS)
    f1 = flight_w("westjet")
    temp = nw(18, 35)
    kg = nw(23, 32)
    fee = price_w(30, 100)
    return [
        ("a", "thanks for calling westwind airlines this is [[NAME:jordan]]"),
        ("c", "hey [[NAME:jordan]] my name is [[NAME:saoirse]] [[NAME:sir sha]] [[NAME:mcilroy]] and my flight's been cancelled because of the storm"),
        ("a", "oh sorry about that it's ((other:minus " + temp + ")) out there today what's your booking code"),
        ("c", f"[[ACCOUNT_NUMBER:{spell(code)}]]"),
        ("a", "and just to confirm your date of birth"),
        ("c", f"[[DOB:{dob_w(b, 'mon_ord')}]]"),
        ("a", f"thank you i can put you on ((flight_number:{f1})) tomorrow morning no charge and your bag allowance stays at ((quantity:{kg} kilograms))"),
        ("c", f"okay and the hotel tonight i paid ((price:{fee})) for a taxi too"),
        ("a", "keep your receipts and submit them online and is this the best number to text you"),
        ("c", f"no use my cell [[PHONE#p1:{sp(p[:3], 'single')}]] um [[PHONE#p1:{sp(p[3:], 'mix')}]]"),
        ("a", f"so [[PHONE:{nanp_w(p, 'single')}]]"),
        ("c", "yep"),
    ]


@case("transcript")
def au_travel_agent_mother():
    ref = pat("TRV-#####")
    b1, b2 = dob(1970, 1985), dob(1940, 1955)
    st = "SA"
    pc = au_pc(st)
    hno = n(3, 90)
    cost = price(3000, 9000, "$", False)
    dep = pct(10, 25, False)
    age = n(70, 84)
    nights = n(10, 21)
    return [
        ("a", "Hello, Horizons Travel, [[NAME:Kylie]] speaking."),
        ("c", f"Hi [[NAME:Kylie]], it's [[NAME:Rosalind Papadopoulos]]. I'm booking the river cruise for myself and my mum, booking [[ACCOUNT_NUMBER:{ref}]]."),
        ("a", "Lovely. I need both travellers' full names and dates of birth for the cruise line."),
        ("c", f"Me, [[NAME:Rosalind Anne Papadopoulos]], [[DOB:{dob_t(b1, 'eu')}]]. Mum is [[NAME:Eleni Papadopoulos]], [[DOB:{dob_t(b2, 'long_eu')}]]. She's ((other:{age})), so does she need travel insurance with a medical?"),
        ("a", "She'll need a pre-existing conditions check, yes. What's your home address?"),
        ("c", f"[[ADDRESS:{hno} Jacaranda Avenue, Glenelg]] {st} [[POSTCODE:{pc}]]."),
        ("a", f"Thanks. The ((count:{nights}))-night cruise is ((price:{cost})) for the two of you, with a ((percentage:{dep})) deposit today."),
        ("c", "That's fine. Can Mum's name go first on the cabin?"),
        ("a", "Of course. I'll send the paperwork to you, [[NAME:Rosalind]]."),
    ]


@case("asr")
def ie_aer_change_card_readback():
    cn = card("mc")
    e = expiry()
    cv = cvv()
    local = "aoife.brennan"
    f1, f2 = flight_w("e i"), flight_w("e i")
    fee = price_w(60, 160, "euro")
    d1 = on_date_w()
    return [
        ("a", "good morning emerald isle airlines [[NAME:colm]] speaking"),
        ("c", "hi [[NAME:colm]] i want to move my flight to boston to a day later"),
        ("a", "no bother whose name is the booking under"),
        ("c", "[[NAME:eefa]] sorry [[NAME:aoife brennan]]"),
        ("a", f"thanks [[NAME:aoife]] so i have you on ((flight_number:{f1})) on {d1} i can move you to ((flight_number:{f2})) the next day"),
        ("c", "perfect"),
        ("a", f"there's a change fee of ((price:{fee})) can i take a card"),
        ("c", f"[[CARD_NUMBER:{sp(cn, 'mix')}]] expiry [[EXPIRY:{exp_w(e, 0)}]] and the code is [[CVV:{sp(cv, 'single')}]]"),
        ("a", f"okay that's gone through on the card ending [[CARD_NUMBER:{sp(cn[-4:], 'single')}]] and i'll send the itinerary to [[EMAIL:{local.replace('.', ' dot ')} at gmail dot com]]"),
        ("c", "yeah that's right"),
    ]


@case("transcript")
def us_lost_bag():
    fileref = pat("@@@UA#####")
    tag = nonluhn(10)
    hno = n(100, 8800)
    z = us_zip()
    p = nanp(US_AREAS)
    fl = flight("UA")
    lbs = n(35, 50)
    val = price(300, 1200)
    days = n(3, 5)
    return [
        ("a", "Baggage services, this is [[NAME:Marisol]]. Do you have your file reference?"),
        ("c", f"Yes, [[ACCOUNT_NUMBER:{fileref}]]. My bag didn't make it off ((flight_number:{fl}))."),
        ("a", f"I see it. The tag number ((other:{tag})), a black suitcase about ((quantity:{lbs} pounds))?"),
        ("c", "That's the one."),
        ("a", "Good news, it's been located. Where should we deliver it?"),
        ("c", f"[[ADDRESS:{hno} Juniper Hollow Lane, Boulder]], Colorado [[POSTCODE:{z}]]."),
        ("a", f"And a phone number for the courier?"),
        ("c", f"[[PHONE:{fmt_nanp(p, 2)}]]. And who should I say I talked to?"),
        ("a", f"I'm [[NAME:Marisol]]. And your name, for the courier?"),
        ("c", "[[NAME:Bill Trautmann]]."),
        ("a", f"Thanks, Mr. [[NAME:Trautmann]]. If you bought essentials in the meantime, you can claim up to ((price:{val})) for the first ((duration:{days} days))."),
    ]


@case("asr")
def uk_agency_name_change_child():
    ref = pat("@@######")
    b = dob(2010, 2018)
    mob = uk_mob()
    fee = price_w(25, 75, "pounds")
    age = nw(6, 14)
    return [
        ("a", "hi you're through to travelhub my name's [[NAME:sunita]]"),
        ("c", "hi [[NAME:sunita]] i booked a holiday for me and my kids and i spelt my son's name wrong on it"),
        ("a", "oh that happens a lot what's the booking reference"),
        ("c", f"[[ACCOUNT_NUMBER#r1:{spell(ref[:2])} {sp(ref[2:5], 'single')}]] um [[ACCOUNT_NUMBER#r1:{sp(ref[5:], 'single')}]]"),
        ("a", "lovely and your name"),
        ("c", "[[NAME:stacey whitmore]]"),
        ("a", "and what should your son's name be"),
        ("c", f"you've got [[NAME:callum]] with two l's but it should be [[NAME:calum]] with one l [[NAME:c a l u m]] sorry i've confused myself he's ((other:{age}))"),
        ("a", "no problem and his date of birth"),
        ("c", f"[[DOB:{dob_w(b, 'ord_of')}]]"),
        ("a", f"okay there's a ((price:{fee})) admin fee for a name correction and a mobile number for the text confirmation"),
        ("c", f"[[PHONE:{sp(mob, 'dbl')}]]"),
    ]


# ---- home and contents insurance renewals ---------------------------------------------------

@case("transcript")
def uk_home_renewal():
    pol = pat("HH-####-###")
    hno = n(1, 140)
    pc = uk_pc()
    b1, b2 = dob(1960, 1988), dob(1960, 1988)
    old, new = price(280, 520, "£"), price(540, 880, "£")
    up = pct(20, 60, False)
    exc = price(100, 500, "£", False)
    built = R.randint(1890, 1975)
    beds = n(2, 5)
    return [
        ("a", "Good morning, Hearthstone Insurance renewals, you're speaking with [[NAME:Imogen]]."),
        ("c", f"Hi [[NAME:Imogen]]. My renewal's gone up from ((price:{old})) to ((price:{new})), that's ((percentage:{up})) more, and nothing's changed."),
        ("a", "Let me look into it. What's the policy number?"),
        ("c", f"[[ACCOUNT_NUMBER:{pol}]]."),
        ("a", "And can I take the first line of the address and postcode?"),
        ("c", f"[[ADDRESS:{hno} Larkspur Road]], [[POSTCODE:{pc}]]."),
        ("a", "And the policyholders' names and dates of birth?"),
        ("c", f"[[NAME:Simon Okonkwo-Price]], [[DOB:{dob_t(b1, 'eu')}]], and [[NAME:Julia Okonkwo-Price]], [[DOB:{dob_t(b2, 'ord_eu')}]]."),
        ("a", f"Thanks. It's a ((count:{beds}))-bedroom house built in ((year:{built})), with a ((price:{exc})) voluntary excess. If you raise the excess, the premium comes down."),
        ("c", "What would it be with double the excess?"),
        ("a", f"It would come down to ((price:{price(450, 530, '£')}))."),
        ("c", "Let me talk to [[NAME:Julia]] and ring you back."),
    ]


@case("asr")
def us_contents_zip4_spoken():
    pol = pat("##-####-##")
    hno = n(100, 9999)
    z = us_zip()
    z4 = dn(4)
    ssn4 = dn(4)
    prem = price_w(180, 400)
    cover = nw(30, 90) + " thousand dollars"
    return [
        ("a", "good afternoon bluebonnet insurance this is [[NAME:travis]] how can i help"),
        ("c", "hi [[NAME:travis]] i'm renting a new place and i need to move my renters policy over"),
        ("a", "sure can i get the policy number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(pol, 'mix')}]]"),
        ("a", "and your name and the last four of your social"),
        ("c", f"[[NAME:alejandra ruiz]] and [[SSN:{sp(ssn4, 'single')}]]"),
        ("a", "thanks what's the new address"),
        ("c", f"[[ADDRESS:{hno_w(hno)} mesquite trail apartment {cardinal(n(1, 30))} c]] austin texas [[POSTCODE#z1:{sp(z, 'single')}]] dash [[POSTCODE#z1:{sp(z4, 'single')}]]"),
        ("a", f"perfect your personal property coverage stays at ((price:{cover})) and the annual premium goes to ((price:{prem}))"),
        ("c", "okay that's fine uh do i need to do anything else"),
        ("a", "no ma'am you'll get the new declarations page by email"),
    ]


@case("transcript")
def ca_home_renewal_card():
    pol = pat("HO-#######")
    pc = ca_pc()
    cn = card("mc")
    e = expiry()
    cv = cvv()
    prem = price(900, 2400)
    mon = price(80, 200)
    disc = pct(5, 15, False)
    return [
        ("a", "Lakeshore Mutual, this is [[NAME:Mackenzie]]."),
        ("c", f"Hi [[NAME:Mackenzie]], I'd like to pay my home insurance renewal in full. Policy [[ACCOUNT_NUMBER:{pol}]]."),
        ("a", "Sure. Can I confirm your name and postal code?"),
        ("c", f"[[NAME:Harpreet Dhillon]], [[POSTCODE:{pc}]]."),
        ("a", f"Thank you, that's [[POSTCODE:{pc.replace(' ', '')}]]. Your premium is ((price:{prem})), or ((price:{mon} a month)). Paying in full gives you a ((percentage:{disc})) discount."),
        ("c", "In full, please. The card is a Mastercard."),
        ("a", "Go ahead with the number."),
        ("c", f"[[CARD_NUMBER:{tcard(cn)}]], expiry [[EXPIRY:{exp_t(e, 0)}]], CVC [[CVV:{cv}]]."),
        ("a", f"Thank you, Mr. [[NAME:Dhillon]]. That's processed."),
    ]


@case("asr")
def au_contents_claim_bike():
    pol = pat("@@@#######")
    st = "NSW"
    pc = au_pc(st)
    hno = n(2, 99)
    unit = n(1, 24)
    local = "tkovac"
    amt = price_w(800, 3000)
    when = on_date_w()
    exc = price_w(100, 500)
    return [
        ("a", "thanks for calling harbour city insurance my name's [[NAME:jess]]"),
        ("c", "hi [[NAME:jess]] it's [[NAME:tomislav kovac]] i need to make a claim my bike got stolen from the garage"),
        ("a", "oh no sorry to hear that what's the policy number"),
        ("c", f"[[ACCOUNT_NUMBER:{spell(pol[:3])} {sp(pol[3:], 'mix')}]]"),
        ("a", "and the address where it was stolen from"),
        ("c", f"[[ADDRESS:unit {cardinal(unit)} {hno_w(hno)} bondi road bondi]] [[POSTCODE:{sp(pc, 'pairs')}]]"),
        ("a", f"and when did it happen"),
        ("c", f"on {when} overnight i reported it to the police"),
        ("a", f"okay and roughly how much was the bike worth"),
        ("c", f"about ((price:{amt}))"),
        ("a", f"okay your excess is ((price:{exc})) and i'll send the claim form to your email is that still [[EMAIL:t kovac at bigpond dot com]]"),
        ("c", f"yeah [[EMAIL:{spell(local)} at bigpond dot com]]"),
    ]


@case("transcript")
def ie_home_insurance_eircode():
    pol = pat("IE/HM/######")
    eir = eircode()
    cn = card("visa")
    e = expiry()
    cv = cvv()
    sqm = n(90, 220)
    rebuild = price(250000, 480000, "€", False)
    prem = price(380, 900, "€")
    built = R.randint(1960, 2012)
    return [
        ("a", "Good afternoon, Brú Insurance, [[NAME:Fionnuala]] speaking."),
        ("c", f"Hi, I'm renewing my house insurance, policy [[ACCOUNT_NUMBER:{pol}]]."),
        ("a", "Thanks. Your name and Eircode, please?"),
        ("c", f"[[NAME:Brendan Cusack]], [[POSTCODE:{eir}]]."),
        ("a", f"Thank you, [[NAME:Brendan]]. We have the house at ((quantity:{sqm} square metres)), built ((year:{built})), with a rebuild cost of ((price:{rebuild})). Is that still right?"),
        ("c", "We put in an extension last year, so it's bigger now."),
        ("a", f"Then we should raise the rebuild cost or you could be under-insured. With the extension, the premium is ((price:{prem}))."),
        ("c", f"Fine. I'll pay now. [[CARD_NUMBER:{tcard(cn)}]], [[EXPIRY:{exp_t(e, 2)}]], security number [[CVV:{cv}]]."),
        ("a", "Thank you, that's all renewed. Is the landline still the best number?"),
        ("c", f"It is, [[PHONE:{fmt_ie(ie_land())}]]."),
    ]


@case("asr")
def uk_water_leak_claim():
    pol = pat("HC#######")
    claim = pat("CL-######")
    mob = uk_mob()
    hno = n(2, 60)
    pc = uk_pc()
    when = on_date_w()
    t = tm_w()
    amt = price_w(1200, 6000, "pounds")
    days = nw(3, 10)
    return [
        ("a", "home claims you're speaking with [[NAME:nathan]] can i take your policy number"),
        ("c", f"[[ACCOUNT_NUMBER:{spell(pol[:2])} {sp(pol[2:], 'mix')}]]"),
        ("a", "thank you and your name"),
        ("c", "[[NAME:doreen]] [[NAME:doreen maclaren]]"),
        ("a", "and what's happened [[NAME:doreen]]"),
        ("c", f"the pipe under the bath burst on {when} about ((time:{t})) and it's come through the kitchen ceiling"),
        ("a", "oh dear is the water off now"),
        ("c", f"yes the plumber came and he said the repair is about ((price:{amt})) and it'll take ((duration:{days} days)) to dry out"),
        ("a", "right i've opened a claim for you the claim number is"),
        ("a", f"[[ACCOUNT_NUMBER:{spell(claim)}]]"),
        ("c", "hang on let me get a pen"),
        ("a", f"and can i confirm the property is [[ADDRESS:{hno_w(hno)} heather close]] [[POSTCODE:{spell(pc)}]]"),
        ("c", "yes that's it"),
        ("a", "and a mobile for the loss adjuster"),
        ("c", f"[[PHONE#p1:{sp(mob[:5], 'mix')}]] uh [[PHONE#p1:{sp(mob[5:], 'mix')}]]"),
    ]


@case("transcript")
def us_add_spouse_policy():
    pol = pat("HMP-#########")
    ssn = us_ssn()
    b = dob(1965, 1990)
    hno = n(10, 990)
    z = us_zip()
    prem = price(1100, 2600)
    inc = price(40, 160)
    when = date_t("us")
    return [
        ("a", "Thank you for calling Granite State Insurance, this is [[NAME:Kendra]]."),
        ("c", f"Hi [[NAME:Kendra]], I just got married and want to add my wife to our homeowners policy. It's [[ACCOUNT_NUMBER:{pol}]]."),
        ("a", "Congratulations! Who am I speaking with?"),
        ("c", "[[NAME:Marcus Delgado]]."),
        ("a", "And your wife's full name and date of birth?"),
        ("c", f"[[NAME:Ana Sofia Delgado]], born [[DOB:{dob_t(b, 'long_us')}]]. She was [[NAME:Ana Sofia Reyes]] before."),
        ("a", "We also run a quick insurance score with her Social Security number. Does she consent?"),
        ("c", f"Yes, she's right here. It's [[SSN:{fmt_ssn(ssn)}]]."),
        ("a", f"Thank you. And she lives with you at [[ADDRESS:{hno} Birchwood Drive, Concord]], New Hampshire [[POSTCODE:{z}]]?"),
        ("c", f"Yes, since ((date:{when}))."),
        ("a", f"Your annual premium goes from ((price:{prem})) to about ((price:{inc})) more. I'll email the updated documents."),
    ]


@case("asr")
def ca_renewal_postcode_corrected():
    pol = pat("########")
    pc = ca_pc()
    bad = pc[:4] + str((int(pc[4]) + 2) % 10) + pc[5:]
    b = dob(1950, 1975)
    prem = price_w(1400, 2600)
    claims = nw(2, 3)
    years = nw(5, 12)
    return [
        ("a", "good morning true north home insurance [[NAME:raj]] speaking"),
        ("c", "good morning i'm calling about my renewal the price went up again"),
        ("a", "i can take a look may i have the policy number"),
        ("c", f"[[ACCOUNT_NUMBER#p1:{sp(pol[:4], 'pairs')}]] mm [[ACCOUNT_NUMBER#p1:{sp(pol[4:], 'pairs')}]]"),
        ("a", "and your name and date of birth"),
        ("c", f"[[NAME:beverley thorsteinson]] [[DOB:{dob_w(b, 'mon_ord')}]]"),
        ("a", "and the postal code of the insured home"),
        ("c", f"[[POSTCODE#c1:{spell(pc[:4])}]] [[POSTCODE#bad:{spell(bad[4:])}]] no sorry [[POSTCODE#c1:{spell(pc[4:])}]]"),
        ("a", f"okay [[POSTCODE:{spell(pc)}]]"),
        ("c", "yes"),
        ("a", f"so the renewal is ((price:{prem})) because there were ((count:{claims})) claims in your area this year but you've been with us ((duration:{years} years)) so i can add a loyalty discount"),
        ("c", "well that's something thank you [[NAME:raj]]"),
    ]


@case("transcript")
def au_renewal_card_expiry():
    pol = pat("@@-######-#")
    cn = card("visa")
    e = expiry()
    cv = cvv()
    st = "TAS"
    pc = au_pc(st)
    hno = n(4, 200)
    prem = price(1200, 2900, "$")
    flood = price(100, 400, "$")
    return [
        ("a", "Good morning, Apple Isle Insurance renewals, [[NAME:Declan]] here."),
        ("c", f"Hi [[NAME:Declan]], I'd like to renew my home and contents. Policy [[ACCOUNT_NUMBER:{pol}]]."),
        ("a", "Could I confirm your name and the insured address?"),
        ("c", f"[[NAME:Georgina Flett]], [[ADDRESS:{hno} Sandy Bay Road, Sandy Bay]] {st} [[POSTCODE:{pc}]]."),
        ("a", f"Thank you. The renewal premium is ((price:{prem})), and the flood cover adds ((price:{flood}))."),
        ("c", "Leave the flood cover on. I'll pay with my Visa."),
        ("a", "Go ahead."),
        ("c", f"[[CARD_NUMBER:{tcard(cn)}]]. It expires [[EXPIRY:{exp_t(e, 4)}]], and the three digits are [[CVV:{cv}]]."),
        ("a", f"Thanks, [[NAME:Georgina]]. That's paid and you'll get your certificate by email."),
    ]


@case("asr")
def ie_contents_eircode_readback():
    pol = pat("###-###-###")
    eir = eircode()
    mob = ie_mob()
    prem = price_w(120, 400, "euro")
    cover = nw(20, 60) + " thousand euro"
    item = price_w(1500, 4000, "euro")
    return [
        ("a", "hello you're through to claddagh insurance [[NAME:maeve]] speaking"),
        ("c", "hi [[NAME:maeve]] i want to renew my contents insurance and add my engagement ring to it"),
        ("a", "congratulations can i get your policy number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(pol, 'single')}]]"),
        ("a", "and your name"),
        ("c", "[[NAME:orlaith]] [[NAME:or la]] sorry the line's bad [[NAME:o r l a i t h]] [[NAME:delaney]]"),
        ("a", "thanks [[NAME:orlaith]] and your eircode"),
        ("c", f"[[POSTCODE:{spell(eir)}]]"),
        ("a", f"that's [[POSTCODE:{spell(eir)}]]"),
        ("c", "yeah"),
        ("a", f"okay so general contents is covered to ((price:{cover})) but the ring at ((price:{item})) needs to be listed separately the renewal comes to ((price:{prem}))"),
        ("c", f"okay and can you text me the documents my mobile is [[PHONE:{sp(mob, 'mix')}]]"),
    ]


@case("transcript")
def uk_landlord_two_properties():
    pol = pat("LL########")
    h1, h2 = n(2, 90), n(2, 90)
    pc1, pc2 = uk_pc(), uk_pc()
    rent1, rent2 = price(700, 1400, "£", False), price(700, 1400, "£", False)
    prem = price(300, 700, "£")
    tenants = n(2, 4)
    when = date_t("eu")
    return [
        ("a", "Good afternoon, Keystone Landlord Insurance, [[NAME:Patrick]] speaking."),
        ("c", f"Hello [[NAME:Patrick]]. I've got landlord cover with you on one flat, policy [[ACCOUNT_NUMBER:{pol}]], and I want to add a second property."),
        ("a", "Of course. Can I confirm your name?"),
        ("c", "[[NAME:Anand Krishnamurthy]]."),
        ("a", "And the address of the existing property?"),
        ("c", f"[[ADDRESS:Flat {n(1, 9)}, {h1} Victoria Terrace, Leeds]], [[POSTCODE:{pc1}]]. Rent is ((price:{rent1} a month))."),
        ("a", "And the new one?"),
        ("c", f"[[ADDRESS:{h2} Abbey Mews, Sheffield]], [[POSTCODE:{pc2}]]. It's let to ((count:{tenants})) students from ((date:{when})), ((price:{rent2} a month)) in total."),
        ("a", f"Thank you. Adding it brings your premium to ((price:{prem} a year))."),
        ("c", "That's fine, go ahead."),
    ]


@case("asr")
def us_storm_claim():
    pol = pat("##########")
    claim = pat("##-####-###")
    p = nanp(US_AREAS)
    hno = n(100, 9999)
    z = us_zip()
    wind = nw(60, 95)
    sqft = nw(12, 30) + " hundred square feet"
    when = on_date_w()
    return [
        ("a", "thank you for calling gulf coast property claims this is [[NAME:latoya]]"),
        ("c", "hi [[NAME:latoya]] we had hail and wind on {0} and it tore up half the roof".format(when)),
        ("a", "i'm so sorry can i have the policy number"),
        ("c", f"[[ACCOUNT_NUMBER#p1:{sp(pol[:5], 'mix')}]] uh hold on my glasses [[ACCOUNT_NUMBER#p1:{sp(pol[5:], 'mix')}]]"),
        ("a", "thank you and the name on the policy"),
        ("c", "[[NAME:vernon pettibone]] [[NAME:p e t t i b o n e]]"),
        ("a", f"and the property address"),
        ("c", f"[[ADDRESS:{hno_w(hno)} pelican bay drive]] in pensacola [[POSTCODE:{sp(z, 'mix')}]]"),
        ("a", f"okay the weather service had gusts up to ((other:{wind} miles an hour)) there so that matches about how much of the roof"),
        ("c", f"the roofer said about ((quantity:{sqft}))"),
        ("a", f"i've opened the claim it's [[ACCOUNT_NUMBER:{sp(claim, 'mix')}]] and an adjuster will call you at"),
        ("c", f"[[PHONE:{nanp_w(p)}]]"),
    ]


# ---- veterinary and dental practices --------------------------------------------------------

@case("transcript")
def uk_vet_insurance_microchip():
    pol = pat("PET#######")
    chip = "826" + dn(12)
    mob = uk_mob()
    kg = "%d.%d" % (n(8, 38), n(0, 9))
    age = n(2, 13)
    temp = "%d.%d" % (n(38, 40), n(0, 9))
    t = tm()
    cost = price(180, 900, "£")
    return [
        ("a", "Good morning, Meadowbank Veterinary Surgery, [[NAME:Sophie]] speaking."),
        ("c", "Hi [[NAME:Sophie]], it's [[NAME:Rhiannon Batey]]. I'm ringing about Biscuit, my spaniel. The vet saw her yesterday."),
        ("a", f"Yes, I have the notes here. She's ((other:{age})), weighed in at ((quantity:{kg} kg)) and had a temperature of ((other:{temp}°C))."),
        ("c", f"That's her. The bill was ((price:{cost})) and I want to claim it on her insurance. The policy is [[ACCOUNT_NUMBER:{pol}]]."),
        ("a", "We can send the claim directly. I'll need her microchip number for the form. Do you have it?"),
        ("c", f"It's [[ACCOUNT_NUMBER:{chip}]]."),
        ("a", f"Perfect, that matches our records. Mr [[NAME:Hollis]] wants to see her again tomorrow at ((time:{t})). Is that okay?"),
        ("c", "Yes, that's fine."),
        ("a", "And is this still the best mobile for you?"),
        ("c", f"Yes, [[PHONE:{fmt_uk(mob)}]]."),
    ]


@case("asr")
def us_vet_deposit_card():
    cn = card("disc")
    g = cgroups(cn)
    e = expiry()
    cv = cvv()
    lbs = nw(40, 90)
    mg = nw(2, 5) + " hundred milligrams"
    dep = price_w(150, 500)
    t = tm_w()
    return [
        ("a", "riverbend animal hospital this is [[NAME:kayla]] how can i help"),
        ("c", "hi [[NAME:kayla]] this is [[NAME:dwayne holcomb]] my lab max is booked for his surgery tomorrow and you said i need to put down a deposit"),
        ("a", f"yes for the knee surgery we take ((price:{dep})) up front and he needs to be here by ((time:{t}))"),
        ("c", "okay can i pay now"),
        ("a", "sure go ahead with the card"),
        ("c", f"[[CARD_NUMBER#c1:{sp(g[0], 'pairs')} {sp(g[1], 'pairs')}]]"),
        ("a", "uh huh"),
        ("c", f"[[CARD_NUMBER#c1:{sp(g[2], 'pairs')} {sp(g[3], 'pairs')}]]"),
        ("a", "and the expiration and the cvv"),
        ("c", f"[[EXPIRY:{exp_w(e, 0)}]] and [[CVV:{sp(cv, 'single')}]]"),
        ("a", f"that went through also he's ((quantity:{lbs} pounds)) right so the doctor will send him home with ((quantity:{mg})) of the pain medication twice a day"),
        ("c", "okay no food after midnight right"),
        ("a", "that's right thank you mister [[NAME:holcomb]]"),
    ]


@case("transcript")
def ca_dental_parent_child():
    mem = pat("#########")
    grp = pat("G-#####")
    b1, b2 = dob(1978, 1992), dob(2010, 2019)
    p = nanp(CA_AREAS)
    t = tm()
    d1 = date_t("us")
    cost = price(120, 480)
    cov = pct(50, 80, False)
    mins = n(30, 60)
    return [
        ("a", "Good afternoon, Riverside Family Dental, this is [[NAME:Chantal]]."),
        ("c", "Hi, I'd like to book a cleaning for myself and a checkup for my son."),
        ("a", "Of course. Your name and date of birth?"),
        ("c", f"[[NAME:Naomi Achterberg]], [[DOB:{dob_t(b1, 'iso')}]]."),
        ("a", "And your son's?"),
        ("c", f"[[NAME:Elias Achterberg]], [[DOB:{dob_t(b2, 'long_us')}]]."),
        ("a", "Do you have dental coverage?"),
        ("c", f"Yes, through work. Member ID [[ACCOUNT_NUMBER:{mem}]], group [[ACCOUNT_NUMBER:{grp}]]."),
        ("a", f"Great, cleanings are covered at ((percentage:{cov})), so your part would be about ((price:{cost})) for both. I have ((date:{d1})) at ((time:{t})); it takes about ((duration:{mins} minutes))."),
        ("c", "Perfect."),
        ("a", "And a phone number for reminders?"),
        ("c", f"[[PHONE:{fmt_nanp(p, 1)}]]."),
    ]


@case("asr")
def au_dental_medicare():
    med = dn(10, True)
    fund = pat("########")
    b = dob(1955, 1998)
    mob = au_mob()
    t = tm_w()
    cost = price_w(150, 400)
    fill = nw(2, 3)
    return [
        ("a", "good morning smile central dental this is [[NAME:rhys]]"),
        ("c", "hi [[NAME:rhys]] it's [[NAME:tegan mcnamara]] i've got a toothache and i need to get in today if possible"),
        ("a", f"oh no i've got a cancellation at ((time:{t})) can i grab your date of birth"),
        ("c", f"[[DOB:{dob_w(b, 'digits')}]]"),
        ("a", "and are you with a health fund"),
        ("c", f"yeah my member number is [[ACCOUNT_NUMBER:{sp(fund, 'mix')}]]"),
        ("a", "and your medicare number just for our records"),
        ("c", f"[[ACCOUNT_NUMBER#m1:{sp(med[:4], 'single')}]] um [[ACCOUNT_NUMBER#m1:{sp(med[4:9], 'single')}]] and the number next to my name is [[ACCOUNT_NUMBER#m1:{ONE[int(med[9]) or 1]}]]"),
        ("a", f"thanks and last time you were here you had ((count:{fill})) fillings on that side so it might be one of those the consult is ((price:{cost})) before your fund"),
        ("c", "that's fine"),
        ("a", "and the best mobile"),
        ("c", f"[[PHONE:{sp(mob, 'mix')}]]"),
    ]


@case("transcript")
def ie_vet_eircode_card():
    eir = eircode()
    mob = ie_mob()
    cn = card("mc")
    e = expiry()
    cv = cvv()
    vacc = n(2, 3)
    cost = price(60, 180, "€")
    kg = "%d.%d" % (n(3, 6), n(0, 9))
    age = n(8, 16)
    return [
        ("a", "Hello, Kilmore Veterinary Clinic, [[NAME:Róisín]] speaking."),
        ("c", f"Hi [[NAME:Róisín]], I'm a new client. I want to register my cat and get her boosters done."),
        ("a", "Lovely. Can I take your name, Eircode and mobile?"),
        ("c", f"[[NAME:Tadhg Kinsella]], [[POSTCODE:{eir}]], and [[PHONE:{fmt_ie(mob)}]]."),
        ("a", f"Thanks, [[NAME:Tadhg]]. How old is she, and roughly what does she weigh?"),
        ("c", f"She's ((other:{age} weeks))... no, sorry, ((other:{age} months)), and about ((quantity:{kg} kilos))."),
        ("a", f"She'll need ((count:{vacc})) vaccinations, ((price:{cost})) in total. We take a card to hold the booking."),
        ("c", f"[[CARD_NUMBER:{tcard(cn, '-')}]], expires [[EXPIRY:{exp_t(e, 0)}]], CVC [[CVV:{cv}]]."),
        ("a", "Perfect, you're booked in."),
    ]


@case("asr")
def uk_dental_misheard_email():
    b = dob(1950, 1999)
    hno = n(2, 150)
    pc = uk_pc()
    local = "graham.oduya"
    band = price_w(25, 75, "pounds")
    t = tm_w()
    d1 = on_date_w()
    return [
        ("a", "good afternoon parkside dental practice [[NAME:lucy]] speaking"),
        ("c", "hello i'd like to register as an nhs patient if you're taking people on"),
        ("a", "we are can i take your name"),
        ("c", "[[NAME:graham oduya]]"),
        ("a", "sorry was that [[NAME:o'dwyer]]"),
        ("c", "no [[NAME:o d u y a]]"),
        ("a", "got it and your date of birth"),
        ("c", f"[[DOB:{dob_w(b, 'ord_of_the')}]]"),
        ("a", "and your address"),
        ("c", f"[[ADDRESS:{hno_w(hno)} marlborough road]] [[POSTCODE:{spell(pc)}]]"),
        ("a", f"thank you your first check up would be {d1} at ((time:{t})) and it's a band one charge of ((price:{band}))"),
        ("c", "lovely"),
        ("a", "and an email to send the forms to"),
        ("c", f"[[EMAIL:{local.replace('.', ' dot ')} at btinternet dot com]]"),
    ]


@case("transcript")
def us_dental_spouse_ssn():
    mem = pat("W#########")
    ssn = us_ssn()
    b = dob(1962, 1990)
    p = nanp(US_AREAS)
    cost = price(800, 1800)
    cov = pct(40, 60, False)
    visits = n(2, 3)
    wks = n(2, 4)
    return [
        ("a", "Bright Smile Dental, this is [[NAME:Tiffany]]. How can I help you?"),
        ("c", "Hi, I'm calling to get a pre-authorization for my crown. The insurance is through my husband's job."),
        ("a", "Okay. What's the patient's name and date of birth?"),
        ("c", f"[[NAME:Lorraine Pakulski]], [[DOB:{dob_t(b, 'short_us')}]]."),
        ("a", "And the subscriber, your husband?"),
        ("c", f"[[NAME:Gene Pakulski]]. Member ID [[ACCOUNT_NUMBER:{mem}]]."),
        ("a", "The insurer also asks for the subscriber's Social Security number on this form."),
        ("c", f"Let me get it... [[SSN:{ssn[:3]} {ssn[3:5]} {ssn[5:]}]]."),
        ("a", f"Thank you. The crown is ((price:{cost})), and they usually cover ((percentage:{cov})). It takes ((count:{visits})) visits about ((duration:{wks} weeks)) apart."),
        ("c", "Is it Dr [[NAME:Mark Ellison]] doing it?"),
        ("a", "Yes, and [[NAME:Grace]] from our billing team will call you once the insurer replies."),
        ("c", "Okay. Call me when you hear back?"),
        ("a", f"Sure, at [[PHONE:{fmt_nanp(p, 0)}]]?"),
        ("c", "That's right."),
    ]


@case("asr")
def ca_pet_insurance_claim():
    claim = pat("C#######")
    pol = pat("###-###-###")
    local = "marc.tremblay" + dn(2)
    cost = price_w(1800, 4500)
    kg = nw(5, 40)
    age = nw(3, 12)
    days = nw(10, 14)
    return [
        ("a", "thank you for calling pawsure pet insurance this is [[NAME:genevieve]]"),
        ("c", "hi [[NAME:genevieve]] i'm following up on a claim for my dog's surgery"),
        ("a", "sure do you have the claim number"),
        ("c", f"[[ACCOUNT_NUMBER:{spell(claim[0])} {sp(claim[1:], 'mix')}]]"),
        ("a", "and the policy number and your name"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(pol, 'single')}]] and it's [[NAME:marc tremblay]]"),
        ("a", f"thanks [[NAME:marc]] so it's for bella ((other:{age})) years old ((quantity:{kg} kilos)) the surgery was ((price:{cost}))"),
        ("c", "yeah they said you needed more records"),
        ("a", f"we got them yesterday it should be processed within ((duration:{days} business days)) and we'll send the explanation to [[EMAIL:{local.replace('.', ' dot ')} at videotron dot ca]]"),
        ("c", "great thanks"),
    ]


@case("transcript")
def au_after_hours_vet_card():
    cn = card("mc")
    e = expiry()
    cv = cvv()
    temp = "%d.%d" % (n(39, 41), n(0, 9))
    kg = "%d.%d" % (n(3, 35), n(0, 9))
    t = tm()
    est = price(900, 2500, "$", False)
    dep = pct(40, 60, False)
    mob = au_mob()
    return [
        ("a", "After Hours Animal Emergency, this is [[NAME:Kate]]."),
        ("c", f"Hi, I brought my kelpie in at ((time:{t})). The vet said she needs to stay overnight."),
        ("a", f"Yes, Dr [[NAME:Nguyen]] has the estimate here. Her temperature was ((other:{temp} degrees)), she's ((quantity:{kg} kg)), and the estimate is ((price:{est})). We ask for ((percentage:{dep})) up front."),
        ("c", "Okay. Can I pay over the phone?"),
        ("a", "Yes. What's the name on the card?"),
        ("c", "[[NAME:Brodie Kerrigan]]."),
        ("a", "And the number, expiry and security code?"),
        ("c", f"[[CARD_NUMBER:{tcard(cn)}]], [[EXPIRY:{exp_t(e, 0)}]], [[CVV:{cv}]]."),
        ("a", "Thanks, [[NAME:Brodie]]. We'll ring you with an update in the morning."),
        ("c", f"My mobile's [[PHONE:{fmt_au(mob)}]]."),
    ]


@case("asr")
def ie_dental_pps_prsi():
    pp = pps()
    b = dob(1960, 1995)
    mob = ie_mob()
    t = tm_w()
    cost = price_w(40, 80, "euro")
    return [
        ("a", "good morning dental care clonmel [[NAME:aine]] speaking"),
        ("c", "hi [[NAME:aine]] i want to book the free check up under the treatment benefit"),
        ("a", "grand i'll need your pps number to check your prsi"),
        ("c", f"it's [[SSN#s1:{sp(pp[:4], 'single')}]] hang on [[SSN#s1:{sp(pp[4:7], 'single')} {spell(pp[7:])}]]"),
        ("a", "and your name and date of birth"),
        ("c", f"[[NAME:shay mus fitz gerald]] [[DOB:{dob_w(b, 'ord_of')}]]"),
        ("a", "thanks [[NAME:seamus]] okay you're eligible for the exam and a scale and polish"),
        ("c", "brilliant what's the soonest"),
        ("a", f"tuesday at ((time:{t})) the scale and polish is ((price:{cost})) with the benefit"),
        ("c", "perfect"),
        ("a", "and your mobile"),
        ("c", f"[[PHONE:{sp(mob[:3], 'single')} {sp(mob[3:], 'pairs')}]]"),
    ]


# ---- subscription boxes and streaming services ----------------------------------------------

@case("transcript")
def us_streaming_error_code():
    local = "kdobrev" + dn(2)
    last4 = card("visa")
    z = us_zip()
    err = "E%d-%d" % (n(100, 999), n(1, 9))
    mbps = n(3, 24)
    screens = n(2, 4)
    mp = price(9, 23)
    tv = pat("UN##@@####")
    return [
        ("a", "Thanks for contacting StreamNest support, this is [[NAME:Jamal]]. What's going on?"),
        ("c", f"Hi [[NAME:Jamal]]. Every show I start stops after a minute with error ((other:{err}))."),
        ("a", "Sorry about that. Can I get the email on the account?"),
        ("c", f"[[EMAIL:{local}@gmail.com]]."),
        ("a", "And to verify, the billing ZIP code and the last four of the card on file?"),
        ("c", f"[[POSTCODE:{z}]], and the card ends in [[CARD_NUMBER:{last4[-4:]}]]. The full number is [[CARD_NUMBER:{tcard(last4)}]] if you need it."),
        ("a", "The last four is plenty, thank you. What device are you watching on?"),
        ("c", f"A Samsung TV, model ((model_number:{tv}))."),
        ("a", f"And if you run a speed test on it, what do you get?"),
        ("c", f"About ((other:{mbps} Mbps))."),
        ("a", f"That's the problem, HD needs at least ((other:{n(15, 25)} Mbps)). Your plan is ((price:{mp} a month)) for ((count:{screens})) screens, so it isn't the account. Try restarting the router."),
        ("c", "Okay, I'll try that. Thanks."),
    ]


@case("asr")
def uk_meal_kit_address_change():
    order = pat("########")
    hno = n(2, 120)
    pc = uk_pc()
    local = "p.sandhu"
    price_box = price_w(40, 70, "pounds")
    portions = nw(2, 4)
    meals = nw(3, 5)
    slot1, slot2 = tm_w(), tm_w()
    return [
        ("a", "hi you're through to freshcrate my name's [[NAME:abbie]] how can i help"),
        ("c", "hi [[NAME:abbie]] i'm moving house next week and i need to change the delivery address for my box"),
        ("a", "no problem can i take your email address"),
        ("c", f"it's [[EMAIL:p dot sandhu at hotmail dot co dot uk]] that's [[EMAIL:{spell('p')} dot {spell('sandhu')} at hotmail dot co dot uk]]"),
        ("a", f"thanks [[NAME:parminder]] and your last order number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(order, 'mix')}]]"),
        ("a", "and what's the new address"),
        ("c", f"[[ADDRESS:{hno_w(hno)} cedar lane]] [[POSTCODE#p1:{spell(pc.split()[0])}]] [[POSTCODE#p1:{spell(pc.split()[1])}]]"),
        ("a", f"lovely and you're on ((other:{meals})) meals a week for ((count:{portions})) people at ((price:{price_box})) a box"),
        ("c", "yeah that's right"),
        ("a", f"and delivery would be between ((time:{slot1})) and ((time:{slot2}))"),
        ("c", "perfect thanks"),
    ]


@case("transcript")
def ca_subscription_box_card_update():
    mem = pat("MBR-#####-##")
    cn = card("visa")
    e = expiry()
    cv = cvv()
    pc = ca_pc()
    qty = n(2, 6)
    pr = price(29, 79)
    when = date_t("us")
    trk = nonluhn(16)
    return [
        ("a", "Hi, you've reached Northern Crate, this is [[NAME:Avery]]."),
        ("c", "Hi [[NAME:Avery]]. My card expired, so my box didn't ship this month."),
        ("a", "Let's fix that. Can I have your member number?"),
        ("c", f"[[ACCOUNT_NUMBER:{mem}]]."),
        ("a", "Thanks, Ms. [[NAME:Lindgren]]... sorry, is that [[NAME:Kirsten Lindgren]]?"),
        ("c", "Yes, that's me."),
        ("a", "Go ahead with the new card details when you're ready."),
        ("c", f"[[CARD_NUMBER:{tcard(cn)}]], expiry [[EXPIRY:{exp_t(e, 1)}]], and the CVV is [[CVV:{cv}]]. Billing postal code [[POSTCODE:{pc.lower()}]]."),
        ("a", f"Updated. I'll ship this month's box today. You're getting ((other:{qty})) jars of the maple spread in it, and it's ((price:{pr})). Next billing date is ((date:{when}))."),
        ("c", "Can I track it?"),
        ("a", f"Yes, the tracking number is ((other:{trk})). It should take ((duration:{n(3, 6)} business days))."),
        ("c", "Great, thank you."),
    ]


@case("asr")
def au_streaming_tv_model():
    local = "jarrah.w"
    mob = au_mob()
    err = nw(100, 999)
    model = pat("@@-##@####")
    mbps = nw(30, 90)
    pr = price_w(10, 25)
    return [
        ("a", "hi you're chatting with [[NAME:lachie]] from flicker streaming support how can i help"),
        ("c", "hey [[NAME:lachie]] my telly keeps saying error code ((other:" + err + ")) and won't load anything"),
        ("a", "ah okay what's the email on your account"),
        ("c", f"[[EMAIL:jarrah dot w at outlook dot com dot au]]"),
        ("a", "thanks [[NAME:jarrah]] and what's the model of the tv"),
        ("c", f"it's a sony uh ((model_number:{spell(model)}))"),
        ("a", f"okay and what's your internet speed like"),
        ("c", f"the speed test says ((other:{mbps} megabits))"),
        ("a", f"that's plenty i think the app needs an update i'll text you the steps what's your mobile"),
        ("c", f"[[PHONE:{sp(mob, 'mix')}]]"),
        ("a", f"sent and just so you know your plan went up to ((price:{pr} a month)) last week"),
        ("c", "yeah i saw that"),
    ]


@case("transcript")
def ie_coffee_subscription():
    order = pat("CB-######")
    eir = eircode("P17")
    hno = n(1, 60)
    cn = card("visa")
    e = expiry()
    cv = cvv()
    g = n(250, 1000)
    bags = n(2, 4)
    pr = price(18, 45, "€")
    wk = n(2, 4)
    return [
        ("a", "Hi, Bean There Coffee Club, [[NAME:Oisín]] speaking."),
        ("c", f"Hi [[NAME:Oisín]]. I want to change my subscription to ((other:{bags})) bags every ((duration:{wk} weeks)) instead of one."),
        ("a", "No problem. What's the order or subscription number?"),
        ("c", f"[[ACCOUNT_NUMBER:{order}]]. It's under [[NAME:Saoirse Nic Giolla Phádraig]]."),
        ("a", f"Got it. Each bag is ((quantity:{g}g)), so that's ((price:{pr})) per delivery. Still going to [[ADDRESS:{hno} Barrack Street, Kinsale]], [[POSTCODE:{eir}]]?"),
        ("c", "Yes. And can I change the card? The old one is cancelled."),
        ("a", "Sure."),
        ("c", f"[[CARD_NUMBER:{tcard(cn)}]], expiry [[EXPIRY:{exp_t(e, 0)}]], security code [[CVV:{cv}]]."),
        ("a", "All done. Your next delivery goes out on Friday."),
    ]


@case("asr")
def us_pet_food_autoship():
    cn = card("mc")
    g = cgroups(cn)
    e = expiry()
    cv = cvv()
    hno = n(100, 9999)
    z = us_zip()
    bags = nw(2, 4)
    lbs = nw(15, 40)
    pr = price_w(45, 120)
    disc = pct_w(5, 10)
    return [
        ("a", "thank you for calling chewbox autoship this is [[NAME:destiny]]"),
        ("c", "hi [[NAME:destiny]] this is [[NAME:greg]] [[NAME:gregory tafoya]] i want to update my autoship"),
        ("a", f"sure thing mister [[NAME:tafoya]] i see ((other:{bags})) bags of the ((quantity:{lbs} pound)) salmon formula every month at ((price:{pr})) with your ((percentage:{disc})) autoship discount"),
        ("c", "yeah so we moved and the card changed"),
        ("a", "okay what's the new address"),
        ("c", f"[[ADDRESS:{hno_w(hno)} saguaro vista road]] tucson [[POSTCODE:{sp(z, 'mix')}]]"),
        ("a", "and the new card"),
        ("c", f"[[CARD_NUMBER#c1:{sp(g[0] + g[1], 'mix')}]]"),
        ("a", "hang on i'm sorry could you start that again the call cut out"),
        ("c", f"[[CARD_NUMBER:{sp(cn, 'mix')}]]"),
        ("a", "got it and the expiration and the code"),
        ("c", f"[[EXPIRY:{exp_w(e, 2)}]] [[CVV:{sp(cv, 'pairs')}]]"),
        ("a", "all set"),
    ]


@case("transcript")
def uk_streaming_cancel_age_check():
    local = "b.achebe" + dn(2)
    cn = card("mc")
    b = dob(1990, 2006)
    pr = price(6, 15, "£")
    disc = pct(25, 50, False)
    mons = n(3, 6)
    when = date_t("eu")
    return [
        ("a", "Hello, Reelbox customer care, [[NAME:Aisha]] speaking."),
        ("c", "Hi [[NAME:Aisha]], I'd like to cancel my subscription, please."),
        ("a", "I can help with that. What's the email on the account?"),
        ("c", f"[[EMAIL:{local}@yahoo.co.uk]]."),
        ("a", "And for security, the date of birth on the profile?"),
        ("c", f"[[DOB:{dob_t(b, 'eu')}]]."),
        ("a", f"Thank you, [[NAME:Bola]]. Before you go, I can offer ((percentage:{disc})) off for the next ((duration:{mons} months)), so ((price:{pr} a month)) instead."),
        ("c", "No thanks, I'm not watching it. And please take my card off the account."),
        ("a", "There are ((count:two)) cards saved. Which one?"),
        ("c", f"The Mastercard, [[CARD_NUMBER:{tcard(cn)}]]."),
        ("a", f"Done. You can keep watching until ((date:{when})), and the card ending [[CARD_NUMBER:{cn[-4:]}]] has been removed."),
        ("c", "Thanks. Oh, and my brother [[NAME:Tunde]] was using a profile. Will his watch history go?"),
        ("a", "It stays for ((duration:ten months)) in case you come back."),
    ]


@case("asr")
def ca_gift_subscription_spouse():
    cn = card("visa")
    e = expiry()
    cv = cvv()
    pc1, pc2 = ca_pc(), ca_pc()
    hno = n(10, 999)
    pr = price_w(60, 150)
    issues = nw(6, 12)
    return [
        ("a", "good afternoon kindred reads book box [[NAME:noah]] speaking"),
        ("c", "hi [[NAME:noah]] i want to send a gift subscription to my husband's dad for his birthday"),
        ("a", "lovely who's it going to"),
        ("c", f"[[NAME:walter friesen]] at [[ADDRESS:{hno_w(hno)} prairie rose crescent winnipeg]] [[POSTCODE:{spell(pc1)}]]"),
        ("a", f"and that's ((other:{issues})) boxes for ((price:{pr})) and who's it from"),
        ("c", "from me and my husband so [[NAME:dana]] and [[NAME:kurt friesen]]"),
        ("a", "and your billing postal code"),
        ("c", f"[[POSTCODE:{spell(pc2)}]]"),
        ("a", "and the card"),
        ("c", f"[[CARD_NUMBER:{sp(cn, 'mix')}]] expires [[EXPIRY:{exp_w(e, 1)}]] and [[CVV:{sp(cv, 'mix')}]] on the back"),
        ("a", "okay the first box ships monday"),
    ]


@case("transcript")
def au_meal_kit_same_as_phone():
    acct = pat("#########")
    mob = au_mob()
    st = "QLD"
    pc = au_pc(st)
    hno = n(2, 90)
    local = "kaiya.rangi"
    pr = price(59, 119)
    disc = pct(20, 40, False)
    meals = n(3, 5)
    ppl = n(2, 4)
    when = date_t("eu")
    return [
        ("a", "Hi, you're through to Harvest Box, it's [[NAME:Sienna]]."),
        ("c", "Hi [[NAME:Sienna]]. I want to pause my deliveries while we're away."),
        ("a", "Sure. What's your customer number?"),
        ("c", "Oh, it's the same as my mobile number, I think? Or no, I've got it here: " + f"[[ACCOUNT_NUMBER:{acct}]]."),
        ("a", "Thanks. And your name?"),
        ("c", "[[NAME:Kaiya Rangi]]."),
        ("a", f"Thanks, [[NAME:Kaiya]]. I see ((other:{meals})) meals for ((count:{ppl})) people each week at ((price:{pr})), delivered to [[ADDRESS:{hno} Ironbark Street, Toowoomba]] {st} [[POSTCODE:{pc}]]. How long for the pause?"),
        ("c", f"Until ((date:{when})), please."),
        ("a", f"Done. If you'd like, I can add a ((percentage:{disc})) welcome-back discount for your first box. I'll email it to [[EMAIL:{local}@icloud.com]]."),
        ("c", "Yes please. And text me too, it's the number you have."),
    ]


@case("asr")
def ie_sports_streaming():
    local = "cathal" + dn(2)
    mob = ie_mob()
    err = spell(pat("@###"))
    pr = price_w(15, 35, "euro")
    t = tm_w()
    fans = nw(3, 6)
    return [
        ("a", "hiya you're through to pitchside tv [[NAME:ronan]] speaking"),
        ("c", "howya [[NAME:ronan]] the match is on at ((time:" + t + ")) and the app is giving me error ((other:" + err + "))"),
        ("a", "ah no let's sort it quick what's the email on the account"),
        ("c", f"[[EMAIL:{local} at eir dot ie]] that's [[EMAIL:c a t h a l {sp(local[-2:], 'single')} at eir dot ie]]"),
        ("a", "thanks [[NAME:cathal]] and the mobile on the account"),
        ("c", f"[[PHONE:{sp(mob, 'mix')}]]"),
        ("a", f"okay you've ((count:{fans})) devices logged in and the limit is ((count:two)) that's the error"),
        ("c", "ah that'll be the lads i gave the password to"),
        ("a", f"i'll log them all out and the monthly pass is still ((price:{pr}))"),
        ("c", "sound thanks a million"),
    ]


@case("transcript")
def us_box_fraud_last_four_ssn():
    mem = pat("SB#######")
    local = "tanya.whitlock"
    cn = card("amex")
    e = expiry()
    cv = cvv(4)
    boxes = n(3, 9)
    pr = price(30, 60)
    total = price(200, 500)
    when = date_t("us")
    return [
        ("a", "StyleBox member services, this is [[NAME:Caleb]]."),
        ("c", f"Hi [[NAME:Caleb]], I've been charged for ((count:{boxes})) boxes I never ordered, ((price:{total})) altogether."),
        ("a", "That's not good. What's your member ID?"),
        ("c", f"[[ACCOUNT_NUMBER:{mem}]]. The email is [[EMAIL:{local}@aol.com]]."),
        ("a", "Thanks, [[NAME:Tanya]]. It looks like someone changed the shipping address on " + f"((date:{when})). Each box was ((price:{pr}))."),
        ("c", "That wasn't me. I want the charges reversed and a new card on the account."),
        ("a", "I'll refund all of them. What card should we use going forward?"),
        ("c", f"My Amex, [[CARD_NUMBER:{tcard(cn)}]], [[EXPIRY:{exp_t(e, 0)}]], and the four-digit code [[CVV:{cv}]]."),
        ("a", "Got it. I've also reset your password, and a link will go to your email."),
    ]


@case("asr")
def uk_broadband_tv_bundle():
    acct = pat("@@########")
    ni = uk_ni()
    hno = n(2, 200)
    pc = uk_pc()
    mbps = nw(20, 70)
    pr = price_w(30, 70, "pounds")
    mons = nw(18, 24)
    return [
        ("a", "hello you're through to vista broadband and tv my name is [[NAME:kieran]]"),
        ("c", "hi [[NAME:kieran]] i want to add the sports pack to my tv but the website won't let me"),
        ("a", "okay what's your account number"),
        ("c", "it's the same as my phone number isn't it"),
        ("a", "not anymore we changed them it'll be on your bill starting with two letters"),
        ("c", f"oh right [[ACCOUNT_NUMBER:{spell(acct[:2])} {sp(acct[2:], 'mix')}]]"),
        ("a", "and the first line of the address and postcode"),
        ("c", f"[[ADDRESS:{hno_w(hno)} whitebeam drive]] [[POSTCODE:{spell(pc)}]]"),
        ("a", "thanks and because it changes the contract i need to run a quick credit check can i have your national insurance number"),
        ("c", f"[[SSN:{spell(ni[:2])} {sp(ni[2:8], 'single')} {ni[8].lower()}]]"),
        ("a", f"thank you so the bundle would be ((price:{pr} a month)) on a ((duration:{mons} month)) contract and your speed stays at ((other:{mbps} meg))"),
        ("c", "that's fine go on then"),
    ]


# ---- utilities: moving home -----------------------------------------------------------------

@case("transcript")
def uk_energy_move():
    acct = dn(10, True)
    mpan = dn(13, True)
    h1, h2 = n(2, 150), n(2, 150)
    pc1, pc2 = uk_pc(), uk_pc()
    r1, r2 = dn(5), dn(5)
    when = date_t("eu")
    kwh = n(1800, 3600)
    unit = "%d.%dp" % (n(22, 30), n(0, 9))
    sc = "%d.%dp" % (n(45, 60), n(0, 9))
    return [
        ("a", "Good morning, Beacon Energy home moves, [[NAME:Connor]] speaking."),
        ("c", f"Hi [[NAME:Connor]], I'm moving house on ((date:{when})) and want to take my electricity with me."),
        ("a", "Lovely. Can I have your account number?"),
        ("c", f"[[ACCOUNT_NUMBER:{acct}]]. Name's [[NAME:Ifeoma Nwachukwu]]."),
        ("a", "Thanks. What's the address you're leaving?"),
        ("c", f"[[ADDRESS:{h1} Primrose Hill Road, Oxford]], [[POSTCODE:{pc1}]]. The meter reads ((other:{r1})) today."),
        ("a", "And the new address?"),
        ("c", f"[[ADDRESS:Flat {n(2, 12)}, {h2} Cowley Road, Oxford]], [[POSTCODE:{pc2}]]. The letting agent gave me the MPAN: [[ACCOUNT_NUMBER:{mpan}]]."),
        ("a", f"Perfect. Please send us a reading at the new flat on the day. At about ((quantity:{kwh} kWh)) a year you'd pay ((price:{unit})) per kWh and a ((price:{sc})) daily standing charge."),
        ("c", f"Great. The new place's meter says ((other:{r2})) if that helps."),
        ("a", "That helps. I'll send a confirmation email."),
    ]


@case("asr")
def us_start_service_ssn_spoken():
    ssn = us_ssn()
    hno = n(100, 9999)
    z = us_zip()
    p = nanp(US_AREAS)
    dep = price_w(100, 300)
    when = on_date_w()
    return [
        ("a", "thanks for calling sunbelt power this is [[NAME:alyssa]] are you starting stopping or transferring service"),
        ("c", "starting i just moved here from ohio"),
        ("a", "welcome what's the service address"),
        ("c", f"[[ADDRESS:{hno_w(hno)} cactus wren way unit {cardinal(n(1, 40))}]] mesa arizona [[POSTCODE:{sp(z, 'single')}]]"),
        ("a", "and your name"),
        ("c", "[[NAME:kofi mensah]] [[NAME:k o f i]]"),
        ("a", "to skip the deposit i can run a credit check with your social security number"),
        ("c", f"okay [[SSN#s1:{sp(ssn[:3], 'single')}]] [[SSN#s1:{sp(ssn[3:5], 'pairs')}]] um [[SSN#s1:{sp(ssn[5:], 'mix')}]]"),
        ("a", f"thank you that cleared so no ((price:{dep})) deposit and what date do you want the power on"),
        ("c", f"{when} please"),
        ("a", "and a phone number"),
        ("c", f"[[PHONE:{nanp_w(p)}]]"),
    ]


@case("transcript")
def ca_hydro_sin_typed():
    acct = pat("#### ### ###")
    sin = ca_sin()
    hno = n(10, 3000)
    pc = ca_pc()
    local = "wei.zhang" + dn(2)
    when = date_t("us")
    fee = price(12, 40)
    read = dn(6)
    return [
        ("a", "Cascade Hydro, this is [[NAME:Tanner]]. How can I help?"),
        ("c", f"Hi, I'm moving to a new apartment on ((date:{when})) and need to open an account."),
        ("a", "Sure. Your full name?"),
        ("c", "[[NAME:Wei Zhang]]. [[NAME:Zhang]] is [[NAME:Z-H-A-N-G]]."),
        ("a", "We need ID for a new account. Would you like to give your SIN, or a driver's licence instead?"),
        ("c", f"SIN is fine: [[SSN:{fmt_sin(sin, '-')}]]."),
        ("a", "And the service address?"),
        ("c", f"[[ADDRESS:{hno} Kingsway, Suite {n(100, 1900)}, Vancouver]], BC [[POSTCODE:{pc}]]."),
        ("a", f"Thanks. There's a ((price:{fee})) account setup fee. Your new account number is [[ACCOUNT_NUMBER:{acct}]]. Do you see the meter reading?"),
        ("c", f"It shows ((other:{read}))."),
        ("a", "Great. Where should we send bills?"),
        ("c", f"[[EMAIL:{local}@outlook.com]]."),
    ]


@case("asr")
def au_nmi_move_in():
    nmi = dn(10, True) + dn(1)
    st = "VIC"
    pc = au_pc(st)
    hno = n(2, 200)
    unit = n(1, 30)
    b = dob(1985, 2003)
    mob = au_mob()
    fee = price_w(20, 60)
    when = on_date_w()
    t1, t2 = cardinal(n(7, 10)) + " am", cardinal(n(1, 5)) + " pm"
    return [
        ("a", "hi there you've reached lumen energy moving team my name's [[NAME:chloe]]"),
        ("c", "hi [[NAME:chloe]] i need to get the power connected at my new place"),
        ("a", "no worries what's the address"),
        ("c", f"[[ADDRESS:unit {cardinal(unit)} {hno_w(hno)} sydney road coburg]] [[POSTCODE:{sp(pc, 'single')}]]"),
        ("a", "and the nmi if you've got it it's on the welcome pack"),
        ("c", f"[[ACCOUNT_NUMBER#n1:{sp(nmi[:5], 'single')}]]"),
        ("a", "yep"),
        ("c", f"[[ACCOUNT_NUMBER#n1:{sp(nmi[5:], 'single')}]]"),
        ("a", "and your name and date of birth"),
        ("c", f"[[NAME:zara]] [[NAME:zara al amin]] [[DOB:{dob_w(b, 'ord_of')}]]"),
        ("a", f"thanks the connection fee is ((price:{fee})) and we can do {when} between ((time:{t1})) and ((time:{t2}))"),
        ("c", "that works"),
        ("a", "and your mobile"),
        ("c", f"[[PHONE:{sp(mob[:4], 'single')} {sp(mob[4:], 'mix')}]]"),
    ]


@case("transcript")
def ie_electricity_mprn_readings():
    mprn = "10" + dn(9)
    e1, e2 = eircode("D08"), eircode("T12")
    h1 = n(1, 80)
    mob = ie_mob()
    day1, night1 = dn(5), dn(5)
    when = date_t("eu")
    rate = "%d.%dc" % (n(28, 40), n(0, 9))
    disc = pct(5, 15, False)
    return [
        ("a", "Hello, Glas Energy, [[NAME:Caoimhe]] speaking."),
        ("c", f"Hi [[NAME:Caoimhe]]. I'm moving out of my apartment on ((date:{when})) and moving the account to my new house."),
        ("a", "No problem. What's the MPRN at the apartment?"),
        ("c", f"[[ACCOUNT_NUMBER:{mprn}]]."),
        ("a", "And your name?"),
        ("c", "[[NAME:Jakub Wiśniewski]]. I'm sharing the account with my partner, [[NAME:Ailbhe Corr]]."),
        ("a", f"Thanks, [[NAME:Jakub]]. Can you give me closing readings for day and night?"),
        ("c", f"Day ((other:{day1})), night ((other:{night1}))."),
        ("a", "And the new address?"),
        ("c", f"[[ADDRESS:{h1} Ballinlough Road, Cork]], [[POSTCODE:{e2}]]. The old one was [[POSTCODE:{e1}]], if you need it."),
        ("a", f"Great. Your unit rate at the new house would be ((price:{rate})) per kWh, with ((percentage:{disc})) off for paying by direct debit."),
        ("c", f"Perfect. My mobile is [[PHONE:{fmt_ie(mob)}]] if the installer needs to ring."),
    ]


@case("asr")
def uk_water_account_corrected():
    acct = dn(10, True)
    wrong = acct[:6] + str((int(acct[6]) + 4) % 10) + acct[7:]
    hno = n(2, 99)
    pc = uk_pc()
    read = nw(200, 900)
    cub = nw(100, 200)
    when = on_date_w()
    pr = price_w(30, 60, "pounds")
    return [
        ("a", "good afternoon severn valley water [[NAME:megan]] speaking"),
        ("c", "hello i'm moving out and need to close my water account"),
        ("a", "can i take the account number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(wrong, 'mix')}]] wait hang on i read that wrong it's [[ACCOUNT_NUMBER:{sp(acct, 'mix')}]]"),
        ("a", "thank you is that mr [[NAME:dafydd]] [[NAME:davies]]"),
        ("c", "yes [[NAME:dafydd]] with two ds"),
        ("a", "and the move out date"),
        ("c", f"{when}"),
        ("a", f"and can you read the meter on the day it's the black numbers"),
        ("c", f"it says ((other:{read} cubic metres)) and a bit"),
        ("a", f"okay you've used about ((quantity:{cub} cubic metres)) this year and the final bill will be around ((price:{pr}))"),
        ("a", f"where should we send it"),
        ("c", f"[[ADDRESS:{hno_w(hno)} orchard way]] [[POSTCODE:{spell(pc)}]]"),
        ("a", f"that's [[POSTCODE:{spell(pc)}]]"),
        ("c", "that's right"),
    ]


@case("transcript")
def us_gas_transfer_roommate():
    acct = pat("###-####-###")
    h1, h2 = n(100, 9999), n(100, 9999)
    z1, z2 = us_zip(), us_zip()
    ssn4 = dn(4)
    therms = n(30, 120)
    when = date_t("us")
    bill = price(40, 160)
    return [
        ("a", "Midwest Gas, this is [[NAME:Brianna]]. How can I help?"),
        ("c", f"Hi. I'm moving, and I want to transfer gas service to my new place. Account [[ACCOUNT_NUMBER:{acct}]]."),
        ("a", "Can I get your name and the last four of your Social?"),
        ("c", f"[[NAME:Logan Pietrowski]], [[SSN:{ssn4}]]."),
        ("a", f"Thanks. Current address is [[ADDRESS:{h1} North Elm Street, Apt {n(1, 20)}, Peoria]], [[POSTCODE:{z1}]]?"),
        ("c", f"Yes. And the new one is [[ADDRESS:{h2} West Lake Avenue, Peoria]], Illinois [[POSTCODE:{z2}]]. My roommate [[NAME:Desiree Hall]] is staying at the old place, so she'll open her own account."),
        ("a", f"Got it. When should we stop service at the old address?"),
        ("c", f"((date:{when}))."),
        ("a", f"Your average use there was ((quantity:{therms} therms)) a month, about ((price:{bill})). The new house may differ."),
        ("c", "Sounds good."),
    ]


@case("asr")
def ca_heat_pump_rebate():
    acct = pat("##########")
    pc = ca_pc()
    p = nanp(CA_AREAS)
    model = pat("@@@-##@")
    temp = nw(18, 30)
    reb = price_w(1000, 5000)
    return [
        ("a", "maritime power rebates [[NAME:siobhan]] speaking"),
        ("c", "hi [[NAME:siobhan]] it's [[NAME:donnie macisaac]] i just moved and put in a heat pump and i want the rebate"),
        ("a", "okay what's your account number at the new address"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(acct, 'pairs')}]]"),
        ("a", "and the postal code"),
        ("c", f"[[POSTCODE:{spell(pc)}]]"),
        ("a", "and the make and model of the heat pump"),
        ("c", f"it's a mitsubishi model ((model_number:{spell(model)}))"),
        ("a", f"okay that one's rated down to ((other:minus {temp})) so it qualifies for the ((price:{reb})) rebate"),
        ("c", "great what's next"),
        ("a", "an inspector will call you is it this number"),
        ("c", f"no it's [[PHONE:{nanp_w(p)}]]"),
        ("a", f"[[PHONE:{nanp_w(p, 'single')}]]"),
        ("c", "yes"),
    ]


@case("transcript")
def au_concession_move():
    conc = pat("###-###-###@")
    acct = pat("#########")
    b = dob(1940, 1958)
    st = "NSW"
    pc = au_pc(st)
    hno = n(2, 140)
    local = "noel.fairweather"
    rebate = price(250, 400, "$", False)
    when = date_t("eu")
    yr = R.randint(1995, 2012)
    return [
        ("a", "Good morning, Bluegum Energy, [[NAME:Tayla]] speaking."),
        ("c", f"Morning [[NAME:Tayla]]. I'm moving into a retirement village on ((date:{when})) and want the power in my name there. I've been with you since ((year:{yr}))."),
        ("a", "Thanks for being with us so long. What's your account number?"),
        ("c", f"[[ACCOUNT_NUMBER:{acct}]]. It's [[NAME:Noel Fairweather]]."),
        ("a", f"And your date of birth, Mr [[NAME:Fairweather]]?"),
        ("c", f"[[DOB:{dob_t(b, 'eu')}]]."),
        ("a", "And the new address?"),
        ("c", f"[[ADDRESS:Villa {n(1, 80)}, {hno} Pacific Highway, Port Macquarie]] {st} [[POSTCODE:{pc}]]."),
        ("a", "Do you have a pensioner concession card? You'd get the low income rebate."),
        ("c", f"Yes, the number is [[ACCOUNT_NUMBER:{conc}]]."),
        ("a", f"Lovely, that's ((price:{rebate} a year)) off. I'll email the new agreement to [[EMAIL:{local}@bigpond.com]]."),
        ("c", f"Thank you. Ring the home phone if anything's wrong, [[PHONE:{fmt_au(au_land())}]]."),
    ]


@case("asr")
def ie_gas_gprn_move():
    gprn = dn(7, True)
    eir = eircode()
    mob = ie_mob()
    read = nw(1000, 9999)
    when = on_date_w()
    pr = price_w(80, 200, "euro")
    yr = R.randint(2015, 2021)
    return [
        ("a", "hello you're through to bord gas customer care [[NAME:darragh]] speaking"),
        ("c", "hi [[NAME:darragh]] i'm selling the house and moving out so i need to close the gas account"),
        ("a", "no bother do you have the gprn it's on the bill"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(gprn, 'single')}]]"),
        ("a", "and your name"),
        ("c", "[[NAME:bernadette]] [[NAME:bernie]] [[NAME:o'sullivan]]"),
        ("a", f"thanks [[NAME:bernadette]] and the meter reading on the day"),
        ("c", f"i'm out {when} i'll read it then it's about ((other:{read})) now"),
        ("a", f"grand and you've been here since ((year:{yearw(yr)})) so where should we send the final bill"),
        ("c", f"to my daughter's house [[NAME:sinead]]'s the eircode is [[POSTCODE:{spell(eir)}]]"),
        ("a", f"and the last bill was ((price:{pr})) so the final one should be similar and is your mobile still"),
        ("c", f"[[PHONE#m1:{sp(mob[:3], 'single')}]] [[PHONE#m1:{sp(mob[3:6], 'single')}]] hold on [[PHONE#m1:{sp(mob[6:], 'pairs')}]]"),
    ]


@case("transcript")
def uk_flat_smart_meter():
    acct = pat("A-########")
    hno = n(2, 300)
    flat = n(10, 80)
    floor = n(3, 14)
    pc = uk_pc()
    mob = uk_mob()
    model = pat("@@@-###")
    kwh = n(1500, 2800)
    when = date_t("eu")
    t = tm()
    return [
        ("a", "Good afternoon, Orbit Power, [[NAME:Ellie]] speaking."),
        ("c", "Hi [[NAME:Ellie]], I've just moved into a flat and the smart meter isn't sending readings."),
        ("a", "Let's have a look. What's your new account number?"),
        ("c", f"[[ACCOUNT_NUMBER:{acct}]]."),
        ("a", "And the address?"),
        ("c", f"[[ADDRESS:Flat {flat}, {hno} Riverside Quay, Bristol]], [[POSTCODE:{pc}]]. It's on the ((other:{ordn(floor)})) floor, and the meter's in a cupboard by the lift."),
        ("a", f"Thank you. What model is the meter? It's on the front."),
        ("c", f"((model_number:{model}))."),
        ("a", f"That model loses signal in some blocks. An engineer can come on ((date:{when})) at ((time:{t})). Who should they ask for?"),
        ("c", f"[[NAME:Zainab Hussain]], on [[PHONE:{fmt_uk(mob)}]]."),
        ("a", f"Booked. Until then we'll estimate about ((quantity:{kwh} kWh)) a year."),
    ]


@case("asr")
def us_parent_move_medical():
    hno = n(100, 9999)
    z = us_zip()
    z4 = dn(4)
    b = dob(1932, 1945)
    p = nanp(US_AREAS)
    acct = dn(11, True)
    devices = nw(2, 3)
    when = on_date_w()
    return [
        ("a", "good morning piedmont electric this is [[NAME:jerome]] how can i help"),
        ("c", "hi [[NAME:jerome]] i'm calling for my father he's moving in with us and he's on oxygen so he needs to be on the medical list"),
        ("a", "of course what's his name"),
        ("c", "[[NAME:harold]] [[NAME:harold beaumont]] and i'm his son [[NAME:dale]]"),
        ("a", "and his date of birth"),
        ("c", f"[[DOB:{dob_w(b, 'num_us')}]]"),
        ("a", "and the account holder at your address"),
        ("c", f"that's me account [[ACCOUNT_NUMBER:{sp(acct, 'mix')}]]"),
        ("a", "and the address"),
        ("c", f"[[ADDRESS:{hno_w(hno)} magnolia court]] greenville [[POSTCODE:{sp(z, 'single')} {sp(z4, 'single')}]]"),
        ("a", f"and how many medical devices run on power"),
        ("c", f"((count:{devices})) the concentrator and a bed"),
        ("a", f"okay he'll be added from {when} and we'll call before any planned outage at"),
        ("c", f"[[PHONE:{nanp_w(p)}]]"),
    ]


@case("transcript")
def ca_final_bill_card():
    acct = pat("##########")
    cn = card("mc")
    e = expiry()
    cv = cvv()
    hno = n(10, 900)
    pc = ca_pc()
    bal = price(80, 320)
    read = dn(5)
    when = date_t("us")
    return [
        ("a", "Thank you for calling Laurentian Energy, this is [[NAME:Maxime]]."),
        ("c", "Hi [[NAME:Maxime]]. I moved out of my apartment and want to pay the final bill."),
        ("a", "Sure. Account number?"),
        ("c", f"[[ACCOUNT_NUMBER:{acct}]]. Name's [[NAME:Rebecca Oyelaran-Smith]]."),
        ("a", f"Thank you. I have a final reading of ((other:{read})) on ((date:{when})), and the balance is ((price:{bal}))."),
        ("c", "That's right. I'll pay by card."),
        ("a", "Go ahead."),
        ("c", f"[[CARD_NUMBER:{tcard(cn)}]], expiry [[EXPIRY:{exp_t(e, 0)}]], CVV [[CVV:{cv}]]."),
        ("a", "Payment processed. Where should we send the receipt?"),
        ("c", f"By mail to my new place: [[ADDRESS:{hno} Rue Wellington, Sherbrooke]], Quebec [[POSTCODE:{pc}]]."),
        ("a", "Done. Thanks for being a customer."),
    ]


@case("asr")
def au_couple_move_in():
    nmi = dn(11, True)
    st = "ACT"
    pc = au_pc(st)
    hno = n(2, 60)
    b1, b2 = dob(1980, 2000), dob(1980, 2000)
    mob = au_mob()
    when = on_date_w()
    rate = nw(25, 40) + " cents"
    disc = pct_w(5, 15)
    return [
        ("a", "g'day capital energy [[NAME:mitch]] speaking"),
        ("c", "hi [[NAME:mitch]] me and my partner are moving into a new place and we want both our names on the bill"),
        ("a", "easy what are your names"),
        ("c", "i'm [[NAME:anneliese brandt]] and he's [[NAME:kwame asante]] he's just here"),
        ("a", "and both dates of birth"),
        ("c", f"mine is [[DOB:{dob_w(b1, 'ord_of')}]] and [[NAME:kwame]]'s is um [[DOB:{dob_w(b2, 'digits')}]]"),
        ("a", "and the address"),
        ("c", f"[[ADDRESS:{hno_w(hno)} limestone avenue braddon]] a c t [[POSTCODE:{sp(pc, 'pairs')}]]"),
        ("a", f"and the nmi"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(nmi, 'mix')}]]"),
        ("a", f"great your usage rate will be ((price:{rate})) a kilowatt hour with ((percentage:{disc})) off for paying on time starting {when}"),
        ("a", "and a mobile"),
        ("c", f"[[PHONE:{sp(mob, 'dbl')}]]"),
    ]

# ================================================================ build and check

MARK = re.compile(r"\[\[([A-Z_]+)(?:#([A-Za-z0-9_]+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")

# names that are also ordinary words: allowed outside NAME spans (each such use checked by hand)
ORDINARY = {"mark", "bill", "grace", "rose", "hunter", "will", "may", "june", "april", "dawn",
            "hope", "joy", "pat", "penny", "jack", "frank", "sandy", "miles", "chase", "summer",
            "faith", "ray", "august", "holly", "ivy", "sky", "page", "robin", "carol", "gene"}

MINIMUMS = {"CARD_NUMBER": 28, "CVV": 20, "EXPIRY": 20, "SSN": 12, "PHONE": 20, "EMAIL": 18,
            "DOB": 20, "ADDRESS": 20, "POSTCODE": 24, "ACCOUNT_NUMBER": 55, "NAME": 200}


def render(idx, style, lines, errors):
    cid = "t17-%03d" % idx
    utts, pii, keep = [], [], []
    for ui, (spk, raw) in enumerate(lines):
        if spk not in SPEAKERS:
            errors.append("%s: bad speaker %r" % (cid, spk))
        text = ""
        pos = 0
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()]
            start = len(text)
            if m.group(1) is not None:
                typ, grp, val = m.group(1), m.group(2), m.group(3)
                text += val
                pii.append({"utterance": ui, "start": start, "end": len(text), "type": typ,
                            "_grp": grp, "_val": val})
            else:
                kind, val = m.group(4), m.group(5)
                text += val
                keep.append({"utterance": ui, "start": start, "end": len(text), "kind": kind,
                             "_val": val})
            pos = m.end()
        text += raw[pos:]
        utts.append({"speaker": SPEAKERS.get(spk, spk), "text": text})
    # groups in order of first appearance
    pii.sort(key=lambda s: (s["utterance"], s["start"]))
    keep.sort(key=lambda s: (s["utterance"], s["start"]))
    names = {}
    anon = 0
    for s in pii:
        key = s["_grp"]
        if key is None:
            anon += 1
            key = "_anon%d" % anon
        else:
            key = "n_" + key
        if key not in names:
            names[key] = "g%d" % (len(names) + 1)
        s["group"] = names[key]
    return {"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep}


def check(c, errors):
    cid = c["case_id"]
    if c["style"] not in ("transcript", "asr"):
        errors.append("%s: bad style" % cid)
    spans = []
    for s in c["pii"]:
        if s["type"] not in PII_TYPES:
            errors.append("%s: bad type %s" % (cid, s["type"]))
        spans.append((s["utterance"], s["start"], s["end"], s["_val"]))
    for s in c["keep"]:
        if s["kind"] not in KEEP_KINDS:
            errors.append("%s: bad kind %s" % (cid, s["kind"]))
        spans.append((s["utterance"], s["start"], s["end"], s["_val"]))
    for u, a, b, v in spans:
        text = c["utterances"][u]["text"]
        if not (0 <= a < b <= len(text)) or text[a:b] != v:
            errors.append("%s: offsets wrong for %r" % (cid, v))
        if v != v.strip() or not v:
            errors.append("%s: span with edge space %r" % (cid, v))
    spans.sort()
    for x, y in zip(spans, spans[1:]):
        if x[0] == y[0] and y[1] < x[2]:
            errors.append("%s: overlap %r %r" % (cid, x[3], y[3]))
    namewords = set()
    for s in c["pii"]:
        if s["type"] == "NAME":
            namewords.update(w.lower() for w in re.findall(r"[^\W\d_]+", s["_val"]) if len(w) > 2)
    for ui, u in enumerate(c["utterances"]):
        t = u["text"]
        inname = [False] * len(t)
        for s in c["pii"]:
            if s["utterance"] == ui:
                for k in range(s["start"], s["end"]):
                    inname[k] = True
        for m in re.finditer(r"[^\W\d_]+", t):
            w = m.group().lower()
            if w in namewords and w not in ORDINARY and not inname[m.start()]:
                errors.append("%s: name word %r outside a NAME span in %r" % (cid, w, t))
        if "[[" in t or "]]" in t or "((" in t or "))" in t or "{" in t or "}" in t:
            errors.append("%s: markup left in %r" % (cid, t))
        if t != t.strip() or "  " in t or not t:
            errors.append("%s: spacing in %r" % (cid, t))
        if c["style"] == "asr" and not re.fullmatch(r"[a-z0-9' ]+", t):
            errors.append("%s: asr text not lower case / has punctuation: %r" % (cid, t))
        covered = [False] * len(t)
        for u2, a, b, v in spans:
            if u2 == ui:
                for k in range(a, b):
                    covered[k] = True
        for k, ch in enumerate(t):
            if ch.isdigit() and not covered[k]:
                errors.append("%s: digit outside spans at %d in %r" % (cid, k, t))
                break
    # groups: numbered by first appearance, contiguous
    seen = []
    for s in c["pii"]:
        if s["group"] not in seen:
            seen.append(s["group"])
    if seen != ["g%d" % (i + 1) for i in range(len(seen))]:
        errors.append("%s: groups not numbered by first appearance" % cid)
    gtype = {}
    for s in c["pii"]:
        if gtype.setdefault(s["group"], s["type"]) != s["type"]:
            errors.append("%s: group %s mixes types" % (cid, s["group"]))
    # keep spans that are long digit strings must not look like card numbers
    for s in c["keep"]:
        d = re.sub(r"\D", "", s["_val"])
        if 13 <= len(d) <= 19 and luhn_ok(d):
            errors.append("%s: keep span %r passes Luhn" % (cid, s["_val"]))
    # cards
    digits = {}
    for s in c["pii"]:
        if s["type"] == "CARD_NUMBER":
            try:
                d = parse_digits(s["_val"])
            except (ValueError, KeyError, IndexError) as e:
                errors.append("%s: card span unparsable: %s" % (cid, e))
                d = ""
            digits[s["group"]] = digits.get(s["group"], "") + d
    full = [d for d in digits.values() if len(d) >= 13]
    for g, d in digits.items():
        if len(d) >= 13:
            if len(d) > 19 or not luhn_ok(d):
                errors.append("%s: card group %s fails Luhn: %s" % (cid, g, d))
        elif not any(d in f for f in full) or len(d) < 4:
            errors.append("%s: partial card group %s (%s) is not part of a full card" % (cid, g, d))


def main():
    errors = []
    cases = []
    for i, (style, f) in enumerate(CASES, 1):
        lines = f()
        c = render(i, style, lines, errors)
        check(c, errors)
        cases.append(c)
    # counts
    gcount = {}
    kcount = {}
    nutt = 0
    styles = {}
    for c in cases:
        nutt += len(c["utterances"])
        styles[c["style"]] = styles.get(c["style"], 0) + 1
        for g in {(s["group"], s["type"]) for s in c["pii"]}:
            gcount[g[1]] = gcount.get(g[1], 0) + 1
        for s in c["keep"]:
            kcount[s["kind"]] = kcount.get(s["kind"], 0) + 1
    if len(cases) < 80 or nutt < 800:
        errors.append("too few cases/utterances: %d/%d" % (len(cases), nutt))
    for t, m in MINIMUMS.items():
        if gcount.get(t, 0) < m:
            errors.append("too few %s: %d < %d" % (t, gcount.get(t, 0), m))
    if sum(kcount.values()) < 290:
        errors.append("too few keep spans: %d" % sum(kcount.values()))
    if abs(styles.get("asr", 0) - styles.get("transcript", 0)) > len(cases) // 10:
        errors.append("styles not about half and half: %r" % styles)
    stats = {"cases": len(cases), "utterances": nutt, "styles": styles,
             "pii_groups": dict(sorted(gcount.items())), "keep": dict(sorted(kcount.items())),
             "keep_total": sum(kcount.values())}
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(json.dumps(stats), file=sys.stderr)
        sys.exit(1)
    lines = []
    for c in cases:
        obj = {"case_id": c["case_id"], "style": c["style"], "utterances": c["utterances"],
               "pii": [{"utterance": s["utterance"], "start": s["start"], "end": s["end"],
                        "type": s["type"], "group": s["group"]} for s in c["pii"]],
               "keep": [{"utterance": s["utterance"], "start": s["start"], "end": s["end"],
                         "kind": s["kind"]} for s in c["keep"]]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps(stats), file=sys.stderr)


if __name__ == "__main__":
    main()
