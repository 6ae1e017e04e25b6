#!/usr/bin/env python3
"""Write dev20.jsonl: written as a sixteenth held-out set (test16.jsonl), measured once (issue
14, the figures are in the README), then made a development set: a redaction set (92 calls, 1,123 utterances, half
`transcript` and half `asr` style) in the format of data/redaction/README.md.

How it was written
------------------
Every conversation below was written by hand for this set, with the labels inline:
`[[TYPE:text]]` or `[[TYPE#grp:text]]` for a pii span (the pieces of one value share a
`#grp` label; an unlabelled span is a value of its own) and `((kind:text))` for a keep span.
`[[CARD_NUMBER#grp!:text]]` marks a card piece the caller then corrected: it stays in the
card's group (as the README's labelling choices say) and is only left out of the Luhn check.
Every number (cards, CVVs, expiries, ids, phones, postcodes, house numbers, dates, prices,
times and the other look-alikes) is drawn from random.Random(SEED) with the fixed SEED below,
so running the script twice writes byte-identical output. Offsets are computed from the clean
text after the markup is removed, and groups are renumbered g1, g2, ... by first appearance.
Lean: insurance claims (motor, home, travel, pet), government and council services (tax,
benefits, parking permits, licences), hospital and GP calls, retail returns and deliveries,
hotels and restaurants, debt collection and payment plans; callers in the US, UK, Canada,
Australia and Ireland with their own ID, phone and postcode formats.

Checks (the script exits 1 and writes nothing if any fails): span offsets inside the text and
on word edges, pii types and keep kinds from the README lists, speakers, one type per group,
groups numbered g1, g2, ... by first appearance, no overlapping spans (pii or keep), every
digit character in every utterance inside a span, every full card group passes Luhn (corrected
pieces left out), a four-digit card group (a read-back of the last four, or of one piece) is
part of a full card of the same case when the case has one, CVV groups read as 3 or 4 digits,
asr text lower case without punctuation, and the brief's minimum counts.

Labelling choices where the README's conventions are silent
-----------------------------------------------------------
- UK, Irish and Canadian vehicle registrations/plates are ACCOUNT_NUMBERs (like the VINs earlier
  labellers chose), as are driving licence numbers, NHS numbers, hospital, chart and MRN
  numbers, health-card, Medicare and medical-card numbers, insurance member and group IDs,
  prescription numbers, crime reference numbers, penalty charge notice numbers, permit numbers,
  claimant IDs, Centrelink-style customer reference numbers, council rates assessment numbers,
  UK UTRs, Australian ABNs, US EINs, passport application numbers, airline booking references,
  frequent-flyer numbers and a tow company's job number.
- A sort code and a BSB are ACCOUNT_NUMBERs of their own; an agent's "account ending 762" or
  "account ending 9352" is an ACCOUNT_NUMBER read-back (its own group).
- UK National Insurance, Irish PPS, Canadian SIN and Australian TFN numbers are SSNs (as the
  README's labelling choices say); the letters of an NI or PPS number are inside the span.
- Letters that belong to an id are inside its span ("m o t ...", "t r ...", "p p ...", "s o ...").
- A caller's abandoned start of a value ("oh seven no sorry oh eight ...", a wrong card or SSN
  piece) stays in that value's group. A first-name restart ("jess sorry jessica tran") is two
  NAME values.
- An agent repeating one piece of a card back ("two six eight nine then") is a CARD_NUMBER in a
  group of its own, like a last-four read-back.
- A surname spelled out after the name ("nadia hussain h u s s a i n") is a separate NAME value
  (a second mention); an e-mail spelled letter by letter and then said plainly is two EMAIL values.
- Every mention of a person's name is labelled, including a caller greeting the agent by first
  name ("hi rose", "thanks frank"); titles (Mr, Ms, Dr, Sister, mister, doctor) stay outside.
  Names of pets, companies, hospitals, streets and towns are not NAMEs.
- State and province names or abbreviations (NSW, vic, wa, queensland, CA, NC, Ontario) stay
  outside both ADDRESS and POSTCODE; a suburb said straight after the street is in the ADDRESS.
- An Amex's four-digit front code is a CVV.
- "It's the same as my phone number" style mentions are not labelled.
- Keep kinds: `quantity` is a measured amount with its unit (kg, kilos, litres, square feet,
  centimetres, milligrams, gallons); `count` is a number of people, items, boxes, points,
  instalments, tablets or weeks paid (the number only); `duration` includes its unit ("6 weeks",
  "12-month", "fourteen day", "the hour"); `price` includes the currency and a rate said with it
  ("$120 per person", "seventy nine a fortnight"); `time` includes bare hours ("eleven to eight")
  and "half seven"; `date` takes ordinal days without "the" and a month with a year; a tax year
  ("2021-22") is a `year`.
- `other`: order quantities (trays, chairs), a pet's microchip number, an airline bag tag, a
  courier tracking number that fails Luhn, tax form names with digits (P800, CP14), dashboard and
  router error codes, a highway number and a mile marker, towing miles and kilometres, an
  odometer and a water-meter reading, speed-test results, a building buzzer code, a parking zone,
  clinic, treatment-room, ward, bed, hotel-room and floor numbers, shoe sizes, ages (including a
  "70th" birthday), temperatures and a points transfer ratio ("three to one").
- In asr text the agent's "mm-hmm" is written "mm hmm" (no punctuation); apostrophes stay.
"""
import datetime
import json
import random
import re
import sys
from pathlib import Path

SEED = 16_2093_77
R = random.Random(SEED)
OUT = Path(__file__).resolve().with_name("dev20.jsonl")

PII_TYPES = {"CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"}
KEEP_KINDS = {"quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"}
SPEAKERS = {"agent", "customer", "ivr"}

# --------------------------------------------------------------------------- number words
ONES = "zero one two three four five six seven eight nine".split()
TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
        "nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = ("_ January February March April May June July August September October "
          "November December").split()
MON3 = [m[:3] for m in MONTHS]
ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
        7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
        13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
        17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
        30: "thirtieth"}


def dw(ch, zero="oh"):
    return zero if ch == "0" else ONES[int(ch)]


def dig(s, zero="oh"):
    """Digit by digit: '4105' -> 'four one oh five'."""
    return " ".join(dw(c, zero) for c in s)


def dbl(s, zero="oh"):
    """Digit by digit with runs collapsed: '4005' -> 'four double oh five'."""
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        n, w = j - i, dw(s[i], zero)
        while n >= 3 and n != 4:
            out.append("triple " + w)
            n -= 3
        while n >= 2:
            out.append("double " + w)
            n -= 2
        if n == 1:
            out.append(w)
        i = j
    return " ".join(out)


def pw(p, zero="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return f"{zero} {dw(p[1], zero)}"
    if a == 1:
        return TEEN[b]
    return TENS[a] if b == 0 else f"{TENS[a]} {ONES[b]}"


def prs(s, zero="oh"):
    """In pairs: '4111' -> 'forty one eleven', '4700' -> 'forty seven hundred'."""
    parts, i, prev = [], 0, None
    if len(s) % 2:
        parts.append(dw(s[0], zero))
        i = 1
    while i < len(s):
        p = s[i:i + 2]
        if p == "00" and prev and prev[0] != "0" and prev[1] != "0":
            parts.append("hundred")
        elif p == "00":
            parts.append(f"double {zero}")
        else:
            parts.append(pw(p, zero))
        prev = p
        i += 2
    return " ".join(parts)


UNITW = {w: i for i, w in enumerate(ONES)}
UNITW["oh"] = 0
TEENW = {w: 10 + i for i, w in enumerate(TEEN)}
TENW = {w: i for i, w in enumerate(TENS) if w != "_"}


def words_to_digits(text):
    """Digits said in a span ('forty one eleven', 'double oh', '4405-6107'); None if not a number."""
    toks = text.split()
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if re.fullmatch(r"[0-9][0-9-]*", t):
            out.append(t.replace("-", ""))
        elif t in ("double", "triple"):
            if i + 1 >= len(toks) or toks[i + 1] not in UNITW:
                return None
            out.append(str(UNITW[toks[i + 1]]) * (2 if t == "double" else 3))
            i += 1
        elif t in UNITW:
            out.append(str(UNITW[t]))
        elif t in TEENW:
            out.append(str(TEENW[t]))
        elif t in TENW:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt in UNITW and nxt not in ("oh", "zero"):
                out.append(f"{TENW[t]}{UNITW[nxt]}")
                i += 1
            else:
                out.append(f"{TENW[t]}0")
        elif t == "hundred":
            out.append("00")
        elif t == "thousand":
            out.append("000")
        else:
            return None
        i += 1
    return "".join(out)


def chk(words, s):
    if words_to_digits(words) != s:
        raise SystemExit(f"generator bug: {words!r} does not read as {s!r}")
    return words


def say(s, spec):
    """Read digits s in chunks: spec like '4d 4b 4p 4z' (d digits, b doubles, p pairs, z zero)."""
    parts, i = [], 0
    for tok in spec.split():
        n, m = int(tok[:-1]), tok[-1]
        c = s[i:i + n]
        i += n
        parts.append({"d": dig(c), "z": dig(c, "zero"), "b": dbl(c), "p": prs(c)}[m])
    assert i == len(s), (s, spec)
    return chk(" ".join(parts), s)


def rs(s, sizes=None, modes="ddbbp"):
    """Random reading of digits s in varied groupings (checked to read back as s)."""
    for _ in range(200):
        sz = list(sizes) if sizes else []
        if not sz:
            left = len(s)
            while left:
                n = min(left, R.choice([2, 3, 3, 4, 4]))
                if left - n == 1:
                    n = left if left <= 4 else n - 1
                sz.append(n)
                left -= n
        spec = " ".join(f"{n}{R.choice(modes)}" for n in sz)
        parts, i = [], 0
        for tok in spec.split():
            n, m = int(tok[:-1]), tok[-1]
            c = s[i:i + n]
            i += n
            parts.append({"d": dig(c), "z": dig(c, "zero"), "b": dbl(c), "p": prs(c)}[m])
        out = " ".join(parts)
        if words_to_digits(out) == s:
            return out
    raise SystemExit(f"generator bug: no reading for {s}")


def odd(s, sizes):
    """Digits as digits in odd groups: odd('4620430601824056', [4, 2, 6, 4])."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s)
    return " ".join(out)


def nw(n):
    """Cardinal words: 1240 -> 'one thousand two hundred and forty'."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEEN[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        h = ONES[n // 100] + " hundred"
        return h if n % 100 == 0 else h + " and " + nw(n % 100)
    t = nw(n // 1000) + " thousand"
    r = n % 1000
    if r == 0:
        return t
    return t + (" and " if r < 100 else " ") + nw(r)


def yw(y):
    """Year words: 1987 -> 'nineteen eighty seven', 2004 -> 'two thousand and four'."""
    if 2000 <= y <= 2009:
        return "two thousand" if y == 2000 else "two thousand and " + ONES[y - 2000]
    hi, lo = divmod(y, 100)
    if lo == 0:
        return nw(hi) + " hundred"
    return nw(hi) + " " + ("oh " + ONES[lo] if lo < 10 else nw(lo))


def ow(n):
    if n in ORDW:
        return ORDW[n]
    return TENS[n // 10] + " " + ORDW[n % 10]


def osx(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def spell(s, zero="oh"):
    """Letter by letter, lower case: 'M6G 2K4' -> 'm six g two k four'."""
    return " ".join(dw(c, zero) if c.isdigit() else c.lower() for c in s if c != " ")


def spelln(s):
    return " ".join(s.lower())


# --------------------------------------------------------------------------- values
def rint(a, b):
    return R.randint(a, b)


def rd(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def rl(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_fill(prefix, n):
    body = prefix + rd(n - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(kind):
    if kind == "visa":
        return luhn_fill("4", 16)
    if kind == "mc":
        return luhn_fill(R.choice(["51", "52", "53", "54", "55", "2221", "2720", "2453"]), 16)
    if kind == "amex":
        return luhn_fill(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_fill(R.choice(["6011", "65", "644"]), 16)
    raise ValueError(kind)


def tcard(d, sep=" "):
    """Typed card: 4-4-4-4, or 4-6-5 for a 15-digit Amex."""
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def not_luhn(n, first="123456789"):
    while True:
        d = rd(n, first)
        if not luhn_ok(d):
            return d


def cvv(n=3):
    return rd(n)


def expiry():
    return rint(1, 12), rint(26, 32)


def ssn():
    area = rint(1, 899)
    while area == 666:
        area = rint(1, 899)
    return f"{area:03d}{rint(1, 99):02d}{rint(101, 9999):04d}"


def nino():
    a = R.choice("ABCEGHJKLMNOPRSTWXYZ")
    b = R.choice("ABCEGHJKLMNPRSTWXYZ")
    return a + b + rd(6) + R.choice("ABCD")


def sin_ca():
    return luhn_fill(R.choice("1234567"), 9)


def tfn_au():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = rd(8, "123456789")
        for c in "0123456789":
            if sum(int(x) * y for x, y in zip(d + c, w)) % 11 == 0:
                return d + c


def pps_ie():
    d = rd(7)
    tot = sum(int(x) * w for x, w in zip(d, range(8, 1, -1)))
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23]


def us_phone(areas=("212", "415", "312", "617", "503", "404", "713", "602", "206", "919")):
    return R.choice(areas) + rd(3, "23456789") + rd(4)


def ca_phone():
    return us_phone(("416", "604", "514", "403", "613", "902", "204", "306", "780", "905"))


def fus(d, how=0):
    return [f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
            f"{d[:3]}.{d[3:6]}.{d[6:]}", f"+1 {d[:3]} {d[3:6]} {d[6:]}"][how]


def uk_mobile():
    return "07" + rd(9, "3456789")


def uk_land():
    return R.choice(["0113", "0161", "0121", "0117", "0131", "0141", "0191"]) + rd(7, "2345678")


def au_mobile():
    return "04" + rd(8)


def au_land():
    return R.choice(["02", "03", "07", "08"]) + rd(8, "3456789")


def ie_mobile():
    return "08" + R.choice("35679") + rd(7, "123456789")


def ie_land():
    return R.choice(["01", "021", "091", "061"]) + rd(7, "2345678")


UK_OUT = [("LS", "Leeds"), ("M", "Manchester"), ("B", "Birmingham"), ("CF", "Cardiff"),
          ("EH", "Edinburgh"), ("BS", "Bristol"), ("NE", "Newcastle"), ("G", "Glasgow"),
          ("NG", "Nottingham"), ("L", "Liverpool"), ("S", "Sheffield"), ("PL", "Plymouth"),
          ("YO", "York"), ("LE", "Leicester"), ("BN", "Brighton"), ("DE", "Derby")]


def uk_pc(area=None):
    a = area or R.choice(UK_OUT)[0]
    return f"{a}{rint(1, 29)} {rint(1, 9)}{rl(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


CA_FIRST = "ABCEGHJKLMNPRSTVXY"
CA_L = "ABCEGHJKLMNPRSTVWXYZ"


def ca_pc(first=None):
    f = first or R.choice(CA_FIRST)
    return f"{f}{rint(0, 9)}{R.choice(CA_L)} {rint(0, 9)}{R.choice(CA_L)}{rint(0, 9)}"


AU_RANGE = {"NSW": (2000, 2599), "VIC": (3000, 3999), "QLD": (4000, 4999),
            "SA": (5000, 5799), "WA": (6000, 6797), "TAS": (7000, 7799), "ACT": (2600, 2618)}


def au_pc(state):
    lo, hi = AU_RANGE[state]
    return str(rint(lo, hi))


def eircode(key=None):
    k = key or R.choice(["D02", "D04", "D06", "D6W", "D08", "D12", "D15", "A94", "T12", "T23",
                         "H91", "V94", "X91", "F92", "R95", "A63", "W23", "N37"])
    return k + " " + R.choice("ACDEFHKNPRTVWXY") + "".join(
        R.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(3))


def zip5():
    return rd(5, "0123456789")


def zip4():
    return rd(5) + "-" + rd(4)


def dob(lo=1938, hi=2006):
    return datetime.date(rint(lo, hi), rint(1, 12), rint(1, 28))


def day(y=2025, months=range(1, 13)):
    return datetime.date(y, R.choice(list(months)), rint(1, 28))


def dmy(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def mdy(d, sep="/"):
    return f"{d.month:02d}{sep}{d.day:02d}{sep}{d.year}"


def long_us(d):
    return f"{MONTHS[d.month]} {d.day}, {d.year}"


def long_uk(d):
    return f"{d.day} {MONTHS[d.month]} {d.year}"


def sp_dob(d, how):
    """Spoken dates, lower case."""
    m = MONTHS[d.month].lower()
    yy = f"{d.year % 100:02d}"
    return {
        "of": f"{ow(d.day)} of {m} {yw(d.year)}",
        "the_of": f"the {ow(d.day)} of {m} {yw(d.year)}",
        "md": f"{m} {ow(d.day)} {yw(d.year)}",
        "md_short": f"{m} {ow(d.day)} {prs(yy)}",
        "num_dm": f"{prs(f'{d.day:02d}')} {prs(f'{d.month:02d}')} {prs(yy)}",
        "num_md": f"{prs(f'{d.month:02d}')} {prs(f'{d.day:02d}')} {yw(d.year)}",
        "ord_month": f"{ow(d.day)} of the {ow(d.month)} {prs(yy)}",
        "digits": f"{dig(f'{d.day:02d}')} {dig(f'{d.month:02d}')} {dig(str(d.year))}",
    }[how]


def money(lo, hi, step=1):
    return R.randrange(lo, hi + 1, step)


def cents():
    return R.choice([0, 0, 50, 99, 95, 25, 49, 75, 10])


def fm(n, c=0, cur="$"):
    s = f"{cur}{n:,}"
    return s + (f".{c:02d}" if c else "")


def clock12():
    h, mi = rint(1, 12), R.choice([0, 15, 30, 45, 10, 20, 40, 50])
    return h, mi


def tclock(h, mi, ampm=""):
    return f"{h}:{mi:02d}" + (f" {ampm}" if ampm else "")


def sclock(h, mi):
    if mi == 0:
        return f"{nw(h)} o'clock"
    if mi == 30 and R.random() < 0.5:
        return f"half {nw(h)}"
    if mi == 15 and R.random() < 0.5:
        return f"quarter past {nw(h)}"
    return f"{nw(h)} {'oh ' + ONES[mi] if mi < 10 else nw(mi)}"


def email(user, dom):
    return f"{user}@{dom}"


def sp_email(user, dom):
    """'ella.byrne84', 'gmail.com' -> 'ella dot byrne eighty four at gmail dot com'."""
    def piece(p):
        m = re.fullmatch(r"([a-z]*)([0-9]*)", p)
        if m and m.group(2):
            w = prs(m.group(2)) if len(m.group(2)) == 2 else dig(m.group(2))
            return (m.group(1) + " " + w).strip()
        return p.replace("_", " underscore ")
    u = " dot ".join(piece(p) for p in user.split("."))
    d = " dot ".join(dom.split("."))
    return re.sub(r" +", " ", f"{u} at {d}").strip()


CASES = []


def case(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


# =========================================================================== conversations
# ---- insurance claims: motor, home, travel, pet --------------------------------------------


@case("transcript")
def motor_uk_rear_end():
    pol = "HMC" + rd(7)
    reg = rl(2, "ABCDEFGHKLMNPRSTVWY") + rd(2, "1234567") + " " + rl(3, "ABCDEFGHJKLMNPRSTUVWXYZ")
    loss = day(2025, range(3, 7))
    b = dob(1968, 1994)
    pc = uk_pc("LS")
    est, exc = money(900, 3400), R.choice([100, 150, 250, 350])
    ph = uk_mobile()
    hh, mm = rint(6, 10), R.choice([5, 15, 30, 45])
    return [
        ("agent", "Good morning, Harbourside Motor Claims, you're speaking with [[NAME:Kelly]]. Have you got your policy number handy?"),
        ("customer", f"Morning [[NAME:Kelly]]. Yes, it's [[ACCOUNT_NUMBER:{pol}]], and the garage has already quoted ((price:£{est:,})) for the back end."),
        ("agent", "Thanks. And who am I speaking with?"),
        ("customer", f"[[NAME:Gareth Pryce]]. Date of birth [[DOB:{dmy(b)}]] if you need it."),
        ("agent", f"Perfect, thank you Mr [[NAME:Pryce]]. When did the accident happen?"),
        ("customer", f"((date:{loss.day} {MONTHS[loss.month]})), about ((time:{tclock(hh, mm)})) in the evening. A van went into the back of me at the lights on Kirkstall Road."),
        ("agent", "Sorry to hear that. Is the registration still the same as on the policy?"),
        ("customer", f"Yes, [[ACCOUNT_NUMBER:{reg}]]."),
        ("agent", "And did you get the other driver's details?"),
        ("customer", f"His name was [[NAME:Desmond Achebe]], he gave me his mobile, [[PHONE:{ph[:5]} {ph[5:]}]]."),
        ("agent", f"Lovely. Your excess on this policy is ((price:£{exc})). Can I just confirm the postcode on the policy is [[POSTCODE:{pc}]]?"),
        ("customer", "That's right."),
    ]


@case("asr")
def motor_ie_wing_mirror():
    pol = rd(2, "123456789") + rd(6)
    ph = ie_mobile()
    ec = eircode("D6W")
    loss = day(2025, range(4, 9))
    b = dob(1975, 1999)
    amt = money(180, 640)
    hh, mm = clock12()
    return [
        ("agent", "you're through to claims my name is [[NAME:rose]] how can i help"),
        ("customer", f"hi [[NAME:rose]] um yeah i'm calling about a claim on my car policy it's [[ACCOUNT_NUMBER#p:{say(pol[:4], '4p')}]] uh [[ACCOUNT_NUMBER#p:{say(pol[4:], '4d')}]]"),
        ("agent", f"okay that's [[ACCOUNT_NUMBER:{rs(pol, [2, 3, 3])}]] yeah"),
        ("customer", "that's it yeah"),
        ("agent", "and your name please"),
        ("customer", "[[NAME:aoife brennan]]"),
        ("agent", "and date of birth [[NAME:aoife]]"),
        ("customer", f"[[DOB:{sp_dob(b, 'the_of')}]] and the damage happened on the ((date:{ow(loss.day)} of {MONTHS[loss.month].lower()})) so like last week"),
        ("agent", "okay and what happened"),
        ("customer", f"someone took the wing mirror clean off in the car park the garage said it's ((price:{nw(amt)} euro)) to replace it"),
        ("agent", "right and the best number to get you on"),
        ("customer", f"[[PHONE#m:{dig(ph[:2])}]] no sorry [[PHONE#m:{dig(ph[:3])} {rs(ph[3:], [3, 4])}]]"),
        ("agent", "mm hmm"),
        ("agent", f"and the eircode for the policy address is that [[POSTCODE:{spell(ec)}]]"),
        ("customer", f"yeah that's right i'm there since ((year:{yw(rint(2012, 2020))}))"),
        ("agent", f"grand we'll have an assessor call you back before ((time:{sclock(hh, mm)})) tomorrow"),
    ]


@case("transcript")
def motor_us_deductible():
    pol = f"{rl(3)}-{rd(6)}-{rd(2)}"
    claim = "CLM" + rd(8)
    s4 = ssn()[-4:]
    z = zip4()
    c = card("visa")
    cv = cvv()
    em, ey = expiry()
    ded = R.choice([250, 500, 750, 1000])
    hh, mm = clock12()
    return [
        ("agent", "Thank you for calling Keystone Auto. This is [[NAME:Brandon]]. Can I get the policy number?"),
        ("customer", f"Sure, [[ACCOUNT_NUMBER:{pol}]]."),
        ("agent", "And for verification, the last four of the policyholder's Social?"),
        ("customer", f"[[SSN:{s4}]]."),
        ("agent", "Thank you, Ms. [[NAME:Okafor]]. I see claim number [[ACCOUNT_NUMBER:" + claim + f"]] opened yesterday at ((time:{tclock(hh, mm, 'PM')})). How can I help?"),
        ("customer", f"The body shop says I need to pay my ((price:${ded})) deductible before they release the car. Can I do that by card?"),
        ("agent", "Absolutely. Go ahead with the card number."),
        ("customer", f"[[CARD_NUMBER:{tcard(c)}]], expires [[EXPIRY:{em:02d}/{ey}]], and the code on the back is [[CVV:{cv}]]."),
        ("agent", f"Thank you. And the billing ZIP?"),
        ("customer", f"[[POSTCODE:{z}]]."),
        ("agent", f"That's processed. The card ending [[CARD_NUMBER:{c[-4:]}]] has been charged ((price:${ded}.00)). Anything else, [[NAME:Chioma]]?"),
        ("customer", "No, that's everything. Thanks, [[NAME:Brandon]]."),
    ]


@case("asr")
def motor_au_hail_partner():
    pol = "MOT" + rd(8)
    state = "VIC"
    pc = au_pc(state)
    hn = rint(3, 180)
    ph = au_mobile()
    b1 = dob(1970, 1990)
    b2 = dob(1970, 1990)
    amt = money(2200, 7800)
    hail = day(2025, range(1, 4))
    return [
        ("agent", "thanks for holding you're speaking with [[NAME:mark]] at southern cross insurance"),
        ("customer", "oh hi [[NAME:mark]] yeah i'm ringing for my partner actually the car's in her name she's at work"),
        ("agent", "no worries can i get her full name"),
        ("customer", "[[NAME:jess]] sorry [[NAME:jessica tran]] and i'm [[NAME:will]] [[NAME:will nguyen]]"),
        ("agent", "and [[NAME:jessica]]'s date of birth"),
        ("customer", f"[[DOB:{sp_dob(b1, 'num_dm')}]] and mine's [[DOB:{sp_dob(b2, 'of')}]] if you need that too"),
        ("agent", "just hers is fine and the policy number"),
        ("customer", f"[[ACCOUNT_NUMBER:m o t {rs(pol[3:], [4, 4])}]]"),
        ("agent", "okay so this is the hail claim"),
        ("customer", f"yeah the storm on the ((date:{ow(hail.day)})) the panel beater reckons ((price:{nw(amt)} dollars)) near enough"),
        ("agent", "and is the car still garaged at the same address"),
        ("customer", f"yep [[ADDRESS:{nw(hn)} brunswick road brunswick]] vic [[POSTCODE:{say(pc, '4d')}]]"),
        ("agent", "and a contact number for [[NAME:jessica]]"),
        ("customer", f"[[PHONE#m:{say(ph[:4], '4d')}]]"),
        ("agent", "yep"),
        ("customer", f"[[PHONE#m:{rs(ph[4:], [3, 3])}]]"),
        ("agent", f"great i'll read that back [[PHONE:{rs(ph, [2, 4, 4])}]]"),
    ]


@case("transcript")
def home_ca_water():
    claim = f"{rd(2, '123456789')}-{rd(6)}"
    pol = "HP" + rd(9)
    pc = ca_pc("M").replace(" ", "").lower()
    ph = ca_phone()
    amt = money(4000, 19000)
    sq = money(120, 600, 10)
    loss = day(2025, range(1, 5))
    return [
        ("agent", "Maple Shield Home Claims, this is [[NAME:Grace]]. Do you have a claim number already?"),
        ("customer", f"Hi [[NAME:Grace]], yes: [[ACCOUNT_NUMBER:{claim}]]. The policy is [[ACCOUNT_NUMBER:{pol}]]."),
        ("agent", "Thank you. Can I confirm your name?"),
        ("customer", "[[NAME:Martin Lefebvre]]. My wife [[NAME:Sylvie]] opened the claim."),
        ("agent", "Got it. What's the update on your end?"),
        ("customer", f"The restoration company measured ((quantity:{sq} square feet)) of damaged flooring in the basement and quoted ((price:${amt:,})). The pipe burst on ((date:{MONTHS[loss.month]} {loss.day})), so the dehumidifiers have been running about ((duration:{rint(9, 16)} days))."),
        ("agent", "Understood. I'll send that to your adjuster, [[NAME:Paul Okonjo]]. Is the postal code still " + f"[[POSTCODE:{pc}]]?"),
        ("customer", "Yes, that's it."),
        ("agent", f"And the best number is [[PHONE:{fus(ph, 1)}]]?"),
        ("customer", f"That's my cell, yes. Or email me at [[EMAIL:{email('mlefebvre' + rd(2), 'videotron.ca')}]]."),
        ("agent", f"Perfect. [[NAME:Paul]] usually calls back within ((duration:{rint(24, 48)} hours))."),
    ]


@case("asr")
def home_uk_burglary():
    pol = "HH" + rd(8)
    crime = rd(2, "1234") + rd(8)
    pc = uk_pc("M")
    hn = rint(2, 140)
    flat = rint(1, 12)
    lap = money(700, 1500)
    tv = money(300, 900)
    return [
        ("agent", "home claims this is [[NAME:hunter]] speaking"),
        ("customer", "hi [[NAME:hunter]] um we've been burgled last night and the police told me to ring you"),
        ("agent", "oh i'm really sorry can i start with your name"),
        ("customer", f"it's [[NAME:nadia hussain]] [[NAME:h u s s a i n]]"),
        ("agent", "thank you and have you got a crime reference number from the police"),
        ("customer", f"yeah it's [[ACCOUNT_NUMBER#c:{say(crime[:2], '2p')}]] um [[ACCOUNT_NUMBER#c:{rs(crime[2:], [4, 4])}]]"),
        ("agent", "lovely and your policy number"),
        ("customer", f"[[ACCOUNT_NUMBER:h h {rs(pol[2:], [4, 4])}]]"),
        ("agent", "what was taken"),
        ("customer", f"my laptop a ((model_number:macbook air m two)) which was about ((price:{nw(lap)} pounds)) and the telly which was ((price:{nw(tv)} quid))"),
        ("agent", f"and the address is that [[ADDRESS:flat {nw(flat)} {nw(hn)} wilmslow road]]"),
        ("customer", f"yeah in manchester [[POSTCODE:{spell(pc)}]]"),
        ("agent", f"so that's [[POSTCODE:{pc.lower()}]]"),
        ("customer", "yep"),
        ("agent", f"okay someone will contact you within ((duration:two working days))"),
    ]


@case("transcript")
def home_ie_storm():
    pol = "IHS-" + rd(6) + "-" + rl(1)
    ec = eircode(R.choice(["H91", "T12"]))
    hn = rint(1, 60)
    amt = money(2500, 9000)
    storm = day(2025, range(1, 3))
    b = dob(1950, 1980)
    return [
        ("agent", "Emerald Home Insurance, [[NAME:Ciarán]] speaking."),
        ("customer", "Hello [[NAME:Ciarán]], I want to make a claim for storm damage. A chunk of the roof came off."),
        ("agent", "Oh no. Can I take the policy number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{pol}]]."),
        ("agent", "And your full name and date of birth?"),
        ("customer", f"[[NAME:Bridget Ní Fhlaithearta]], [[DOB:{long_uk(b)}]]."),
        ("agent", "And the address of the property?"),
        ("customer", f"[[ADDRESS:{hn} Seapoint Terrace, Salthill]], [[POSTCODE:{ec}]]."),
        ("agent", f"Thank you. When did it happen?"),
        ("customer", f"During the storm on ((date:{storm.day} {MONTHS[storm.month]})). The roofer says ((price:€{amt:,})) to fix it, and ((count:{rint(30, 60)})) slates are gone."),
        ("agent", f"I'll log that now. Could I get an email for the claim documents?"),
        ("customer", f"[[EMAIL:{email('bridgetnf' + rd(2), 'eircom.net')}]]."),
        ("agent", "Lovely. My colleague [[NAME:Declan Moriarty]] will be your handler."),
    ]


@case("asr")
def home_us_pipe_card():
    pol = rd(3, "123456789") + rd(7)
    z = zip5()
    hn = rint(100, 9800)
    c = card("mc")
    cv = cvv()
    em, ey = expiry()
    exc = R.choice([500, 1000, 1500])
    return [
        ("agent", "hi this is [[NAME:bill]] with lakeshore home insurance"),
        ("customer", "hi [[NAME:bill]] so i got a letter about my excess uh the deductible for the water claim"),
        ("agent", "sure can i get your policy number"),
        ("customer", f"[[ACCOUNT_NUMBER:{rs(pol, [3, 3, 4])}]]"),
        ("agent", "and your name"),
        ("customer", "[[NAME:tamika jefferson]]"),
        ("agent", f"okay [[NAME:tamika]] yes there's a ((price:{nw(exc)} dollar)) deductible outstanding on that do you want to pay that today"),
        ("customer", "yeah on my card"),
        ("agent", "go ahead"),
        ("customer", f"okay it's [[CARD_NUMBER#a:{rs(c[:4], [4])}]] [[CARD_NUMBER#a:{rs(c[4:8], [4])}]]"),
        ("agent", "mm hmm"),
        ("customer", f"[[CARD_NUMBER#a:{rs(c[8:12], [4])}]] hold on my son's yelling [[CARD_NUMBER#a:{rs(c[12:], [4])}]]"),
        ("agent", "and the expiration"),
        ("customer", f"[[EXPIRY:{prs(f'{em:02d}')} {prs(str(ey))}]]"),
        ("agent", "and the security code"),
        ("customer", f"[[CVV:{dig(cv)}]]"),
        ("agent", f"and the billing address is that still [[ADDRESS:{nw(hn) if hn < 1000 else prs(str(hn))} north maple avenue]] [[POSTCODE:{rs(z, [5])}]]"),
        ("customer", "yes it is"),
    ]


@case("transcript")
def travel_au_cancelled_flight():
    pol = "TRV" + rd(7)
    book = rl(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    while not any(ch.isdigit() for ch in book):
        book = rl(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    fl = f"QF {rint(1, 99)}"
    d1 = day(2025, range(6, 9))
    b = dob(1960, 1985)
    amt = money(600, 2800)
    ph = au_mobile()
    return [
        ("agent", "Good afternoon, Wattle Travel Insurance, [[NAME:Sunny]] speaking."),
        ("customer", "Hi [[NAME:Sunny]], I need to claim for a cancelled flight. Policy number is [[ACCOUNT_NUMBER:" + pol + "]]."),
        ("agent", "Thanks. And your name and date of birth?"),
        ("customer", f"[[NAME:Lachlan Fraser]], [[DOB:{dmy(b)}]]."),
        ("agent", "Which flight was it?"),
        ("customer", f"((flight_number:{fl})) to London on ((date:{dmy(d1)})). The airline booking reference was [[ACCOUNT_NUMBER:{book}]]."),
        ("agent", "And what are you claiming for?"),
        ("customer", f"We had to stay an extra ((duration:{rint(2, 4)} nights)) in Singapore, the hotel was ((price:${amt:,})), plus meals."),
        ("agent", f"Understood. You'll need receipts. There's a ((price:${R.choice([100, 200, 250])})) excess on this policy."),
        ("customer", "That's fine."),
        ("agent", f"And can we reach you on [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]]?"),
        ("customer", "Yes, that's my mobile."),
    ]


@case("asr")
def travel_ca_mother_hospital():
    pol = "TR" + rd(8)
    b_mom = dob(1938, 1955)
    b_me = dob(1965, 1985)
    fl = rint(100, 899)
    bill = money(6000, 28000)
    ph = ca_phone()
    days = rint(3, 9)
    return [
        ("agent", "good morning true north travel insurance you're speaking with [[NAME:faith]]"),
        ("customer", "hi [[NAME:faith]] um i'm calling on behalf of my mother she was in hospital in florida"),
        ("agent", "oh i'm sorry to hear that what's your mother's name"),
        ("customer", f"[[NAME:margaret o'sullivan]] and i'm her son [[NAME:kevin]]"),
        ("agent", "and her date of birth"),
        ("customer", f"[[DOB:{sp_dob(b_mom, 'md')}]]"),
        ("agent", "thank you and the policy number"),
        ("customer", f"it's [[ACCOUNT_NUMBER#p:t r {rs(pol[2:6], [4])}]] uh [[ACCOUNT_NUMBER#p:{rs(pol[6:], [4])}]]"),
        ("agent", "sorry can you say the start of that again"),
        ("customer", "sorry it's a bad line i'm in the car park"),
        ("agent", f"okay so [[ACCOUNT_NUMBER:t r {rs(pol[2:], [2, 2, 2, 2])}]]"),
        ("customer", f"that's right she was in for ((duration:{nw(days)} days)) and the bill is ((price:{nw(bill)} us dollars))"),
        ("agent", "okay and when does she fly home"),
        ("customer", f"thursday on ((flight_number:air canada {rs(str(fl), [3])})) we were told she needs ((count:two)) seats"),
        ("agent", "and the best number for you [[NAME:kevin]]"),
        ("customer", f"[[PHONE:{rs(ph, [3, 3, 4])}]]"),
    ]


@case("transcript")
def travel_uk_lost_bag():
    pol = "EUR/" + rd(6)
    tag = "BA" + rd(6)
    fl = f"BA{rint(100, 2999)}"
    sort = f"{rd(2)}-{rd(2)}-{rd(2)}"
    acc = rd(8)
    d1 = day(2025, range(5, 9))
    kg = rint(14, 23)
    amt = money(300, 1400)
    return [
        ("agent", "Meridian Travel Cover, [[NAME:Priya]] speaking, how can I help?"),
        ("customer", f"Hi [[NAME:Priya]], my suitcase never arrived on ((flight_number:{fl})) and the airline has given up looking. Policy is [[ACCOUNT_NUMBER:{pol}]]."),
        ("agent", "Sorry to hear that. Your name please?"),
        ("customer", "[[NAME:Oliver Whitcombe]]."),
        ("agent", "What was the date of travel?"),
        ("customer", f"((date:{d1.day} {MON3[d1.month]})). The bag tag number is ((other:{tag})), it weighed ((quantity:{kg} kg))."),
        ("agent", f"And the value of the contents?"),
        ("customer", f"About ((price:£{amt:,})) all in."),
        ("agent", "We pay claims by bank transfer. Can I take your sort code and account number?"),
        ("customer", f"Sort code [[ACCOUNT_NUMBER:{sort}]], account [[ACCOUNT_NUMBER:{acc}]]."),
        ("agent", f"Thanks, that's sort code [[ACCOUNT_NUMBER:{sort.replace('-', ' ')}]], account ending [[ACCOUNT_NUMBER:{acc[-4:]}]]."),
        ("customer", "Correct."),
    ]


@case("asr")
def travel_ie_ski():
    pol = rd(3, "123456789") + rd(5)
    ph = ie_mobile()
    user = R.choice(["niamh", "orla", "sinead"])
    last = "keogh"
    yy = rd(2)
    b = dob(1985, 2000)
    amt = money(900, 3000)
    return [
        ("agent", "hi you're through to shamrock travel insurance my name is [[NAME:dawn]]"),
        ("customer", f"hi [[NAME:dawn]] i'm ringing about a claim i broke my wrist skiing in austria"),
        ("agent", "ouch okay can i get your name and date of birth"),
        ("customer", f"[[NAME:{user} keogh]] [[NAME:k e o g h]] and i'm [[DOB:{sp_dob(b, 'ord_month')}]]"),
        ("agent", "and the policy number"),
        ("customer", f"[[ACCOUNT_NUMBER#p:{rs(pol[:3], [3])}]]"),
        ("agent", "yep"),
        ("customer", f"[[ACCOUNT_NUMBER#p:{rs(pol[3:], [3, 2])}]]"),
        ("agent", "okay and what did the clinic charge you"),
        ("customer", f"((price:{nw(amt)} euro)) and the x ray was separate i think about ((price:{nw(rint(90, 190))} euro)) um"),
        ("agent", "we'll need an email to send you the form"),
        ("customer", f"[[EMAIL:{user} dot {spelln(last)} {prs(yy)} at gmail dot com]]"),
        ("agent", "and a mobile number"),
        ("customer", f"[[PHONE#m:{say(ph[:3], '3d')}]]"),
        ("agent", "mm hmm"),
        ("customer", f"[[PHONE#m:{rs(ph[3:], [3, 4])}]]"),
    ]


@case("transcript")
def pet_us_dog_surgery():
    pol = "PET-" + rd(7)
    claim = rd(9, "123456789")
    member = "M" + rd(8)
    amt = money(1800, 6500)
    cents_ = cents()
    kg = rint(18, 40)
    age = rint(3, 12)
    ph = us_phone()
    return [
        ("agent", "PawSure Pet Insurance, this is [[NAME:Jack]]. How can I help today?"),
        ("customer", f"Hi [[NAME:Jack]]. I submitted a claim for my dog Biscuit's knee surgery and I'm checking the status. Claim number [[ACCOUNT_NUMBER:{claim}]]."),
        ("agent", "Let me pull that up. Can I get the name on the policy?"),
        ("customer", "[[NAME:Rebecca Lindqvist]]. My member ID is [[ACCOUNT_NUMBER:" + member + "]] and the policy is [[ACCOUNT_NUMBER:" + pol + "]]."),
        ("agent", f"Thanks, [[NAME:Rebecca]]. I see the invoice for ((price:{fm(amt, cents_)})) from Dr. [[NAME:Alvarez]]."),
        ("customer", f"That's right. He's ((other:{age} years old)) and about ((quantity:{kg} pounds)), if that matters for the pre-existing review."),
        ("agent", f"It does help. Reimbursement is at ((percentage:{R.choice([70, 80, 90])}%)) after the deductible. It's in review and should take ((duration:{rint(5, 10)} business days))."),
        ("customer", f"Okay. Can you text me at [[PHONE:{fus(ph, 1)}]] when it's done?"),
        ("agent", "Will do."),
    ]


@case("asr")
def pet_uk_cat_arrears():
    pol = "PP" + rd(7)
    c = card("mc")
    wrong = c[:4] + str((int(c[4]) + 3) % 10) + c[5:8]
    cv = cvv()
    em, ey = expiry()
    arrears = money(30, 90)
    vet = money(200, 900)
    return [
        ("agent", "you're through to whiskers and paws insurance this is [[NAME:amber]]"),
        ("customer", f"hi [[NAME:amber]] it's [[NAME:stuart mcallister]] i had a letter saying my policy's gonna lapse"),
        ("agent", f"let me look can i get the policy number"),
        ("customer", f"[[ACCOUNT_NUMBER:p p {rs(pol[2:], [3, 4])}]]"),
        ("agent", "sorry you broke up there"),
        ("customer", f"yeah [[ACCOUNT_NUMBER:p p {rs(pol[2:], [3, 4])}]] i've got a vet bill coming for ((price:{nw(vet)} pounds)) so i can't let it lapse"),
        ("agent", f"right there's ((price:{nw(arrears)} pounds)) outstanding would you like to pay that by card"),
        ("customer", "yeah go on"),
        ("customer", f"[[CARD_NUMBER#a!:{rs(wrong, [4, 4])}]] no hang on that's wrong [[CARD_NUMBER#a:{rs(c[:8], [4, 4])}]]"),
        ("agent", "okay from the start of that second bit"),
        ("customer", f"[[CARD_NUMBER#a:{rs(c[8:], [4, 4])}]]"),
        ("agent", "expiry date"),
        ("customer", f"[[EXPIRY:{prs(f'{em:02d}')} {prs(str(ey))}]]"),
        ("agent", "and the three digits on the back"),
        ("customer", f"[[CVV:{dbl(cv)}]]"),
        ("agent", f"lovely that's gone through on the card ending [[CARD_NUMBER:{rs(c[-4:], [4])}]]"),
    ]


@case("transcript")
def pet_au_microchip():
    pol = "AUP" + rd(8)
    chip = "956" + rd(12)
    state = "QLD"
    pc = au_pc(state)
    amt = money(300, 2400)
    ph = au_land()
    hn = rint(2, 90)
    return [
        ("agent", "Cockatoo Pet Insurance, you're speaking with [[NAME:Tahlia]]."),
        ("customer", f"Hi [[NAME:Tahlia]], I'm [[NAME:Brett Kowalski]]. I need to add a microchip number to my claim. Policy [[ACCOUNT_NUMBER:{pol}]]."),
        ("agent", "Sure, what's the microchip number?"),
        ("customer", f"((other:{chip})). The vet bill was ((price:${amt:,})) for the snake bite."),
        ("agent", "Poor thing. And is your address still " + f"[[ADDRESS:{hn} Jacaranda Street, Toowong]] {state} [[POSTCODE:{pc}]]?"),
        ("customer", "Yes."),
        ("agent", f"And the home phone, [[PHONE:({ph[:2]}) {ph[2:6]} {ph[6:]}]]?"),
        ("customer", f"That's the one. Also the vet, Dr [[NAME:Hope Nakamura]], said she'd email you the history."),
        ("agent", f"Great, that'll be assessed within ((duration:{rint(5, 10)} business days))."),
    ]


@case("asr")
def pet_ca_spelled():
    pol = rd(4, "123456789") + rd(5)
    pc = ca_pc("V")
    ph = ca_phone()
    b = dob(1980, 1998)
    amt = money(400, 1900)
    return [
        ("agent", "northern paws pet insurance my name is [[NAME:victor]]"),
        ("customer", "hi [[NAME:victor]] uh i'm calling about my claim for my cat she swallowed a hair tie"),
        ("agent", "oh no okay what's the name on the account"),
        ("customer", f"[[NAME:emily szczepanski]] the last name is [[NAME:s z c z e p a n s k i]]"),
        ("agent", "thank you and your postal code"),
        ("customer", f"[[POSTCODE:{spell(ca_pc('V').replace(' ', ''))}]] wait no sorry we moved it's [[POSTCODE:{spell(pc)}]]"),
        ("agent", f"okay and your date of birth please"),
        ("customer", f"[[DOB:{sp_dob(b, 'md_short')}]]"),
        ("agent", "and the policy number"),
        ("customer", f"[[ACCOUNT_NUMBER:{rs(pol, [3, 3, 3])}]]"),
        ("agent", f"okay i see it the surgery was ((price:{nw(amt)} dollars)) yeah"),
        ("customer", f"yeah and she was in overnight so like ((duration:{nw(rint(18, 30))} hours))"),
        ("agent", "and a good number to reach you"),
        ("customer", f"[[PHONE:{rs(ph, [3, 3, 4])}]]"),
    ]


@case("transcript")
def motor_ie_new_driver():
    quote = "Q" + rd(7)
    lic = rd(9)
    b = dob(1998, 2006)
    c = card("visa")
    cv = cvv()
    em, ey = expiry()
    prem = money(900, 2400)
    ncb = rint(1, 4)
    return [
        ("agent", "Liffey Motor Insurance, [[NAME:Siobhán]] speaking."),
        ("customer", f"Hi, I got an online quote, reference [[ACCOUNT_NUMBER:{quote}]], and I'd like to buy it."),
        ("agent", "Great. Name and date of birth?"),
        ("customer", f"[[NAME:Conor Fitzgerald]], [[DOB:{dmy(b, '.')}]]."),
        ("agent", "And your driving licence number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{lic}]]. I've had it ((duration:{ncb} years)) with no claims."),
        ("agent", f"Thank you. The annual premium is ((price:€{prem:,})), or ((count:{R.choice([10, 11, 12])})) monthly instalments. How would you like to pay?"),
        ("customer", f"In full. Card number [[CARD_NUMBER:{tcard(c, '-')}]]."),
        ("agent", "Expiry and security code?"),
        ("customer", f"[[EXPIRY:{em:02d}/{ey}]] and [[CVV:{cv}]]."),
        ("agent", f"Thank you, [[NAME:Conor]]. You're covered from ((time:{R.choice([9, 10, 12])}:00)) today."),
    ]


@case("asr")
def motor_us_tow():
    pol = rd(4) + rl(2).lower() + rd(4)
    ph = us_phone(("713", "832", "281"))
    z = zip5()
    mile = rint(20, 380)
    hh, mm = clock12()
    return [
        ("ivr", "thank you for calling lone star roadside please hold for the next available agent"),
        ("agent", "roadside this is [[NAME:frank]] are you in a safe place"),
        ("customer", f"yeah i'm on the shoulder of ((other:i forty five)) around mile marker ((other:{nw(mile)})) it's just a flat but i don't have a spare"),
        ("agent", "okay can i get your policy number"),
        ("customer", f"[[ACCOUNT_NUMBER:{rs(pol[:4], [4])} {spelln(pol[4:6])} {rs(pol[6:], [4])}]]"),
        ("agent", "and your name"),
        ("customer", "[[NAME:darnell washington]]"),
        ("agent", f"okay [[NAME:darnell]] and the zip code where you are"),
        ("customer", f"um [[POSTCODE:{dig(z)}]] i think"),
        ("agent", "and a callback number"),
        ("customer", f"[[PHONE:{prs(ph[:3])} {dig(ph[3:6])} {prs(ph[6:])}]]"),
        ("agent", f"the truck is about ((duration:forty five minutes)) out should be there by ((time:{sclock(hh, mm)}))"),
        ("customer", "okay thanks [[NAME:frank]]"),
        ("agent", f"you're covered for up to ((other:{nw(R.choice([15, 25, 50]))} miles)) of towing"),
    ]


# ---- government and council: tax, benefits, parking permits, licences ---------------------


@case("transcript")
def gov_uk_tax_refund():
    ni = nino()
    utr = rd(10, "123456789")
    b = dob(1960, 1990)
    pc = uk_pc("NG")
    hn = rint(1, 200)
    ref = money(120, 1800)
    ty = rint(2021, 2024)
    return [
        ("ivr", "Welcome to the Revenue and Customs helpline. Calls may be recorded for training."),
        ("agent", "Hello, you're through to [[NAME:Malcolm]]. Can I take your National Insurance number, please?"),
        ("customer", f"Yes, it's [[SSN:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]]."),
        ("agent", "And your full name and date of birth?"),
        ("customer", f"[[NAME:Harriet Osei-Bonsu]], [[DOB:{long_uk(b)}]]."),
        ("agent", "And the first line of your address and the postcode?"),
        ("customer", f"[[ADDRESS:{hn} Mansfield Road]], [[POSTCODE:{pc}]]."),
        ("agent", f"Thank you. I can see a ((other:P800)) for the ((year:{ty}-{(ty + 1) % 100:02d})) tax year showing a refund of ((price:£{ref:,}.{rint(10, 99)}))."),
        ("customer", f"I got the letter. I'm also self-employed on the side, so I've got a UTR as well, [[ACCOUNT_NUMBER:{utr[:5]} {utr[5:]}]]. Will the refund go against that?"),
        ("agent", f"No, they're separate. The refund will reach your bank within ((duration:{rint(5, 10)} working days))."),
        ("customer", f"Brilliant, thanks [[NAME:Malcolm]]."),
    ]


@case("asr")
def gov_uk_benefits():
    ni = nino()
    b = dob(1975, 2000)
    land = uk_land()
    mob = uk_mobile()
    pc = uk_pc("L")
    hn = rint(3, 99)
    amt = money(300, 900)
    pay = day(2025, range(7, 12))
    return [
        ("agent", "universal support line you're speaking to [[NAME:bernadette]]"),
        ("customer", "hiya i'm ringing because my payment didn't go in"),
        ("agent", "okay can i take your national insurance number"),
        ("customer", f"yeah it's [[SSN#n:{spell(ni[:2])} {rs(ni[2:4], [2])}]] um [[SSN#n:{rs(ni[4:8], [2, 2])} {ni[8].lower()}]]"),
        ("agent", f"so that's [[SSN:{spell(ni)}]]"),
        ("customer", "yeah"),
        ("agent", "and your name and date of birth"),
        ("customer", f"[[NAME:kayleigh dunne]] [[DOB:{sp_dob(b, 'the_of')}]]"),
        ("agent", "and a contact number"),
        ("customer", f"[[PHONE#p:{say(land[:4], '4d')}]] no sorry that's the landline it's [[PHONE#p:{rs(mob, [5, 3, 3])}]]"),
        ("agent", f"and you're still at [[ADDRESS:{nw(hn)} scotland road]]"),
        ("customer", f"yeah [[POSTCODE:{spell(pc)}]]"),
        ("agent", f"okay i can see your payment of ((price:{nw(amt)} pounds {nw(rint(10, 99))})) is scheduled for the ((date:{ow(pay.day)})) it was held for a check"),
        ("customer", "oh right so it's coming"),
        ("agent", f"yes within ((duration:{nw(rint(2, 5))} working days))"),
    ]


@case("transcript")
def gov_us_irs_plan():
    s = ssn()
    b = dob(1955, 1990)
    z = zip5()
    ty = rint(2020, 2023)
    owed = money(1800, 14000)
    mo = money(100, 450)
    ph = us_phone()
    return [
        ("agent", "Internal Revenue line, this is agent [[NAME:Reyes]]. How can I help?"),
        ("customer", f"I got a ((other:CP14)) notice about taxes I owe for ((year:{ty})) and I want to set up a payment plan."),
        ("agent", "I can help with that. Social Security number?"),
        ("customer", f"[[SSN:{s[:3]}-{s[3:5]}-{s[5:]}]]."),
        ("agent", "Name and date of birth?"),
        ("customer", f"[[NAME:Douglas Whitfield]]. [[DOB:{mdy(b)}]]."),
        ("agent", "And the ZIP code on your last return?"),
        ("customer", f"[[POSTCODE:{z}]]."),
        ("agent", f"Thank you, Mr. [[NAME:Whitfield]]. The balance is ((price:${owed:,}.{rint(10, 99)})) including penalties. Interest is currently ((percentage:{R.choice([7, 8])}%)) a year."),
        ("customer", f"Could I do ((price:${mo} a month))?"),
        ("agent", f"That works for a ((duration:{rint(24, 72)}-month)) plan. Is [[PHONE:{fus(ph, 0)}]] still the best number?"),
        ("customer", "Yes."),
    ]


@case("asr")
def gov_us_unemployment():
    s4 = ssn()[-4:]
    cid = rd(9, "123456789")
    b = dob(1970, 1999)
    ph = us_phone(("503", "971"))
    wk = money(300, 650)
    return [
        ("agent", "employment department this is [[NAME:joy]]"),
        ("customer", "hi [[NAME:joy]] uh i filed my weekly claim but it says pending"),
        ("agent", "okay do you have your claimant id"),
        ("customer", f"yeah [[ACCOUNT_NUMBER:{rs(cid, [3, 3, 3])}]]"),
        ("agent", "and the last four of your social"),
        ("customer", f"[[SSN:{dig(s4)}]]"),
        ("agent", "name and date of birth"),
        ("customer", f"[[NAME:luis ortega]] [[DOB:{sp_dob(b, 'num_md')}]]"),
        ("agent", f"okay [[NAME:luis]] i see your weekly benefit amount is ((price:{nw(wk)} dollars)) and you've got ((count:{nw(rint(3, 12))})) weeks paid so far"),
        ("agent", "the pending is just an id check can i get a phone number"),
        ("customer", f"[[PHONE#p:{prs(ph[:3])} {dig(ph[3:6])}]] wait sorry [[PHONE#p:{prs(ph[:3])}]] [[PHONE#p:{dig(ph[3:6])} {rs(ph[6:], [4])}]]"),
        ("agent", f"[[PHONE:{dig(ph)}]]"),
        ("customer", "yeah"),
        ("agent", f"you'll get a call within ((duration:{nw(R.choice([24, 48, 72]))} hours))"),
    ]


@case("transcript")
def gov_ca_cra():
    sn = sin_ca()
    b = dob(1950, 1985)
    pc = ca_pc("K")
    noa = day(2025, range(3, 6))
    amt = money(200, 2600)
    ph = ca_phone()
    hn = rint(10, 999)
    return [
        ("agent", "Canada Revenue Agency, my name is [[NAME:Chantal]]. Before we begin, what's your social insurance number?"),
        ("customer", f"[[SSN:{sn[:3]} {sn[3:6]} {sn[6:]}]]."),
        ("agent", "Your full name and date of birth?"),
        ("customer", f"[[NAME:Robert Gagnon]], [[DOB:{b.isoformat()}]]."),
        ("agent", "And your address as it appears on your last return?"),
        ("customer", f"[[ADDRESS:{hn} Bank Street, Unit {rint(1, 20)}, Ottawa]] Ontario [[POSTCODE:{pc}]]."),
        ("agent", f"Thank you. What can I help with?"),
        ("customer", f"My notice of assessment dated ((date:{MONTHS[noa.month]} {noa.day}, {noa.year})) says I owe ((price:${amt:,}.{rint(10, 99)})). I think my RRSP slip was missed."),
        ("agent", f"I'll open a review. It takes about ((duration:{rint(6, 10)} weeks)). Is [[PHONE:{fus(ph, 0)}]] the best number?"),
        ("customer", f"Yes. And [[NAME:Chantal]], could you mail the forms instead of using My Account?"),
        ("agent", "Of course."),
    ]


@case("asr")
def gov_ca_licence_renewal():
    lic = rl(1) + rd(14)
    b = dob(1960, 1995)
    pc = ca_pc("L")
    fee = money(80, 95)
    hh, mm = clock12()
    return [
        ("agent", "service ontario this is [[NAME:patrice]]"),
        ("customer", "hi [[NAME:patrice]] i need to renew my driver's licence and the website keeps timing out"),
        ("agent", "i can help can i get the licence number"),
        ("customer", f"it's [[ACCOUNT_NUMBER#l:{lic[0].lower()} {rs(lic[1:5], [4])}]] uh [[ACCOUNT_NUMBER#l:{rs(lic[5:10], [2, 3])}]] [[ACCOUNT_NUMBER#l:{rs(lic[10:], [5])}]]"),
        ("agent", "that's a long one okay and your name"),
        ("customer", "[[NAME:anita deshpande]] [[NAME:d e s h p a n d e]]"),
        ("agent", "date of birth"),
        ("customer", f"[[DOB:{sp_dob(b, 'md')}]]"),
        ("agent", "and the postal code on the licence"),
        ("customer", f"[[POSTCODE:{spell(pc.replace(' ', ''), 'zero')}]]"),
        ("agent", f"okay the renewal fee is ((price:{nw(fee)} dollars)) and you'll need a new photo so you'll have to come in"),
        ("customer", f"okay is there anything thursday at like ((time:{sclock(hh, mm)}))"),
        ("agent", f"yes we have that it'll take about ((duration:{nw(R.choice([15, 20, 30]))} minutes))"),
    ]


@case("transcript")
def gov_au_tax_return():
    tf = tfn_au()
    abn = rd(11, "123456789")
    b = dob(1965, 1995)
    pc = au_pc("NSW")
    ph = au_mobile()
    refund = money(300, 3800)
    fy = rint(2022, 2024)
    return [
        ("agent", "Good morning, Tax Office, you're speaking with [[NAME:Brooke]]. Can I get your tax file number?"),
        ("customer", f"Yep, [[SSN:{tf[:3]} {tf[3:6]} {tf[6:]}]]."),
        ("agent", "And your full name and date of birth?"),
        ("customer", f"[[NAME:Matthew Papadopoulos]], [[DOB:{dmy(b)}]]."),
        ("agent", "And your postcode?"),
        ("customer", f"Parramatta, NSW [[POSTCODE:{pc}]]."),
        ("agent", f"Thanks [[NAME:Matthew]]. How can I help?"),
        ("customer", f"My ((year:{fy}-{(fy + 1) % 100:02d})) return was lodged ((duration:{rint(5, 9)} weeks)) ago and I haven't had my refund. I also have an ABN for my sole trader stuff, [[ACCOUNT_NUMBER:{abn[:2]} {abn[2:5]} {abn[5:8]} {abn[8:]}]]."),
        ("agent", f"I can see a refund of ((price:${refund:,}.{rint(10, 99)})) held for review. We'll text [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]] when it's released."),
        ("customer", "Okay, thanks."),
    ]


@case("asr")
def gov_au_centrelink():
    crn = rd(9, "123456789") + rl(1)
    tf = tfn_au()
    ph = au_mobile()
    b = dob(1980, 2000)
    amt = money(500, 1100)
    return [
        ("agent", "you're through to services australia my name's [[NAME:summer]]"),
        ("customer", "oh hi [[NAME:summer]] um i need to update my partner's details on my claim"),
        ("agent", "sure can i get your customer reference number"),
        ("customer", f"[[ACCOUNT_NUMBER#c:{rs(crn[:3], [3])}]]"),
        ("agent", "yep"),
        ("customer", f"[[ACCOUNT_NUMBER#c:{rs(crn[3:9], [3, 3])} {crn[-1].lower()}]]"),
        ("agent", "and your name and date of birth"),
        ("customer", f"[[NAME:shannon o'brien]] [[DOB:{sp_dob(b, 'ord_month')}]]"),
        ("agent", "what's your partner's name"),
        ("customer", f"[[NAME:kai morgan]] he's just moved in he said to give you his tax file number it's [[SSN:{rs(tf, [3, 3, 3])}]]"),
        ("agent", f"okay so that's [[SSN:{dig(tf)}]]"),
        ("customer", "yep"),
        ("agent", f"that may change your payment it's currently ((price:{nw(amt)} dollars a fortnight))"),
        ("customer", "yeah figured"),
        ("agent", f"and is [[PHONE:{rs(ph, [4, 3, 3])}]] still your mobile"),
        ("customer", "yep that's me"),
    ]


@case("transcript")
def gov_ie_motor_tax():
    pps = pps_ie()
    reg = f"{rint(15, 24)}{R.choice('12')}-{R.choice(['D', 'C', 'G', 'KY', 'L'])}-{rint(100, 99999)}"
    ec = eircode("T12")
    c = card("mc")
    cv = cvv()
    em, ey = expiry()
    tax = money(180, 750)
    return [
        ("agent", "Motor Tax Office, [[NAME:Deirdre]] speaking."),
        ("customer", "Hi, I'm trying to renew my motor tax but the online system won't take my PIN."),
        ("agent", "I can do it over the phone. What's the registration?"),
        ("customer", f"[[ACCOUNT_NUMBER:{reg}]]."),
        ("agent", "And your PPS number, please?"),
        ("customer", f"[[SSN:{pps}]]."),
        ("agent", "And your name and Eircode?"),
        ("customer", f"[[NAME:Fionnuala Hegarty]], [[POSTCODE:{ec}]]."),
        ("agent", f"Thank you. For ((duration:{R.choice([3, 6, 12])} months)) it's ((price:€{tax}.00)). Card number when you're ready."),
        ("customer", f"[[CARD_NUMBER:{tcard(c)}]], expiry [[EXPIRY:{em:02d}/{ey % 100:02d}]], CVV [[CVV:{cv}]]."),
        ("agent", f"That's gone through. The disc will be posted within ((duration:{rint(3, 7)} days))."),
    ]


@case("asr")
def gov_ie_welfare():
    pps = pps_ie()
    b = dob(1955, 1990)
    ph = ie_mobile()
    ec = eircode()
    hn = rint(2, 80)
    amt = money(220, 320)
    return [
        ("agent", "department of social protection this is [[NAME:eamon]]"),
        ("customer", "hi [[NAME:eamon]] it's about my jobseeker's payment"),
        ("agent", "okay your pps number please"),
        ("customer", f"[[SSN#s:{rs(pps[:4], [4])}]] uh [[SSN#s:{rs(pps[4:7], [3])} {pps[7].lower()}]]"),
        ("agent", "and your name"),
        ("customer", "[[NAME:tadhg o'connell]]"),
        ("agent", "date of birth"),
        ("customer", f"[[DOB:{sp_dob(b, 'of')}]]"),
        ("agent", "and the best number for you"),
        ("customer", f"my number is [[PHONE#m:oh seven]] no sorry [[PHONE#m:{dig(ph[:3])} {rs(ph[3:], [3, 4])}]]"),
        ("agent", f"and the address we have is [[ADDRESS:{nw(hn)} saint john's park]]"),
        ("customer", f"that's right and the eircode is [[POSTCODE:{spell(ec)}]]"),
        ("agent", f"okay your payment of ((price:{nw(amt)} euro)) will go in on tuesday the ((date:{ow(rint(1, 28))}))"),
    ]


@case("transcript")
def gov_uk_parking_permit():
    permit = "RP" + rd(6)
    reg = rl(2, "ABCDEFGHKLMNPRSTVWY") + rd(2, "1234567") + " " + rl(3, "ABCDEFGHJKLMNPRSTUVWXYZ")
    hn = rint(1, 150)
    pc = uk_pc("BS")
    c = card("amex")
    cv = cvv(4)
    em, ey = expiry()
    fee = money(60, 180)
    return [
        ("agent", "Parking Services, [[NAME:Tom]] speaking."),
        ("customer", f"Hi [[NAME:Tom]]. I need to renew my resident's permit, number [[ACCOUNT_NUMBER:{permit}]]."),
        ("agent", "Sure. Your name and the vehicle registration?"),
        ("customer", f"[[NAME:Imogen Clarke-Fairley]], and the car is [[ACCOUNT_NUMBER:{reg}]]."),
        ("agent", "And the address for the permit?"),
        ("customer", f"[[ADDRESS:Flat {rint(1, 9)}, {hn} Gloucester Road, Bristol]], [[POSTCODE:{pc}]]."),
        ("agent", f"That's zone ((other:{rl(1)}{rint(1, 9)})). A ((duration:{R.choice([6, 12])}-month)) permit is ((price:£{fee})). Card number?"),
        ("customer", f"[[CARD_NUMBER:{tcard(c)}]]."),
        ("agent", "Expiry and the four-digit code on the front?"),
        ("customer", f"[[EXPIRY:{MON3[em]} {2000 + ey}]], code [[CVV:{cv}]]."),
        ("agent", f"Done. Your permit runs from ((date:{rint(1, 28)} {MONTHS[rint(1, 12)]})) and the confirmation goes to the email on file."),
    ]


@case("asr")
def gov_uk_pcn():
    pcn = rl(2).lower() + rd(8)
    reg = rl(2, "ABCDEFGHKLMNPRSTVWY") + rd(2, "1234567") + rl(3, "ABCDEFGHJKLMNPRSTUVWXYZ")
    c = card("visa")
    cv = cvv()
    em, ey = expiry()
    fine = R.choice([70, 110, 130])
    return [
        ("agent", "parking enforcement you're through to [[NAME:carl]]"),
        ("customer", "hi i want to pay a parking ticket i've got the penalty charge notice here"),
        ("agent", "can you read me the notice number"),
        ("customer", f"it's [[ACCOUNT_NUMBER:{spelln(pcn[:2])} {rs(pcn[2:], [4, 4])}]]"),
        ("agent", "and the vehicle registration"),
        ("customer", f"[[ACCOUNT_NUMBER:{spell(reg)}]]"),
        ("agent", f"okay that's ((price:{nw(fine)} pounds)) but if you pay today it's reduced by ((percentage:fifty percent)) so ((price:{nw(fine // 2)} pounds))"),
        ("customer", "yeah i'll pay now can i get your name sorry"),
        ("agent", "it's [[NAME:carl]]"),
        ("customer", f"okay [[NAME:carl]] it's [[CARD_NUMBER#c:{rs(c[:4], [4])}]]"),
        ("agent", "mm hmm"),
        ("customer", f"[[CARD_NUMBER#c:{rs(c[4:8], [4])}]]"),
        ("agent", "yep"),
        ("customer", f"[[CARD_NUMBER#c:{rs(c[8:], [4, 4])}]]"),
        ("agent", "expiry"),
        ("customer", f"[[EXPIRY:{prs(f'{em:02d}')} slash {prs(str(ey))}]]"),
        ("agent", "security number"),
        ("customer", f"[[CVV:{dig(cv)}]]"),
        ("agent", f"thank you that's been taken from the card ending [[CARD_NUMBER:{rs(c[-4:], [2, 2], 'p')}]]"),
    ]


@case("transcript")
def gov_us_dmv():
    lic = rl(1) + rd(7)
    b = dob(1950, 2004)
    hn = rint(100, 9999)
    z = zip4()
    fee = money(30, 60)
    em_ = email("ptrinh" + rd(2), "yahoo.com")
    mo = day(2025, range(8, 12))
    hh, mm = rint(8, 11), R.choice([0, 15, 30, 45])
    return [
        ("agent", "Department of Motor Vehicles, this is [[NAME:Kimberly]]. How can I help?"),
        ("customer", "I moved and need to update the address on my driver's license."),
        ("agent", "Sure. License number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{lic}]]."),
        ("agent", "Name and date of birth as on the license?"),
        ("customer", f"[[NAME:Phuong Trinh]], [[DOB:{MON3[b.month]} {b.day}, {b.year}]]."),
        ("agent", "New address?"),
        ("customer", f"[[ADDRESS:{hn} West Olive Avenue, Apt {rint(1, 40)}{R.choice('ABCD')}, Fresno]], CA [[POSTCODE:{z}]]."),
        ("agent", f"Got it. There's a ((price:${fee})) fee for a replacement card, or the change is free if you just keep the old one."),
        ("customer", "I'll keep the old one."),
        ("agent", f"Fine. Confirmation will go to [[EMAIL:{em_}]], is that right?"),
        ("customer", f"Yes. Also, my real ID appointment is on ((date:{mdy(mo)})) at ((time:{tclock(hh, mm, 'a.m.')})), does this affect it?"),
        ("agent", "No, that stays as booked."),
    ]


@case("asr")
def gov_au_council_rates():
    assess = rd(7, "123456789")
    state = "WA"
    pc = au_pc(state)
    hn = rint(1, 120)
    amt = money(1400, 3200)
    due = day(2025, range(8, 11))
    return [
        ("agent", "city of fremantle rates this is [[NAME:holly]]"),
        ("customer", "hi [[NAME:holly]] um i wanted to set up instalments for my rates notice"),
        ("agent", "sure can i get the assessment number from the top of the notice"),
        ("customer", f"[[ACCOUNT_NUMBER:{rs(assess, [3, 4])}]]"),
        ("agent", "and the property address"),
        ("customer", f"[[ADDRESS:{nw(hn)} hampton road beaconsfield]] wa [[POSTCODE:{say(pc, '2p 2p')}]]"),
        ("agent", "and the owner's name"),
        ("customer", "[[NAME:graham pettersen]] and [[NAME:louise pettersen]]"),
        ("agent", f"okay so the total is ((price:{nw(amt)} dollars)) first instalment due the ((date:{ow(due.day)} of {MONTHS[due.month].lower()}))"),
        ("customer", "and how many instalments is that"),
        ("agent", f"((count:four)) and there's a ((price:{nw(rint(8, 15))} dollar)) admin fee"),
        ("customer", f"oh also can i swap to the bigger bin the ((quantity:{nw(R.choice([240, 360]))} litre)) one"),
        ("agent", "i'll put that through to waste services for you"),
    ]


@case("transcript")
def gov_ca_toronto_permit():
    permit = "T" + rd(7)
    plate = rl(4) + " " + rd(3)
    pc = ca_pc("M")
    c = card("mc")
    cv = cvv()
    em, ey = expiry()
    fee = money(45, 70)
    return [
        ("agent", "City of Toronto Parking, [[NAME:Mark]] speaking."),
        ("customer", f"Hi [[NAME:Mark]], I'm buying a temporary parking permit for my street. My name's [[NAME:Yasmin Haddad]]."),
        ("agent", "Sure. Plate number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{plate}]]."),
        ("agent", "And the postal code where you'll be parking?"),
        ("customer", f"[[POSTCODE:{pc.replace(' ', '').lower()}]]."),
        ("agent", f"So [[POSTCODE:{pc}]], that's area ((other:{rint(1, 9)}{R.choice('ABC')})). For ((duration:{R.choice([7, 14])} days)) it's ((price:${fee}.{rint(10, 99)})). Card number?"),
        ("customer", f"[[CARD_NUMBER:{c}]]."),
        ("agent", "Expiry and CVV?"),
        ("customer", f"[[EXPIRY:{em:02d}/{ey}]], [[CVV:{cv}]]."),
        ("agent", f"Thank you. Your permit number is [[ACCOUNT_NUMBER:{permit}]] and a copy goes to your email."),
        ("customer", f"It's [[EMAIL:{email('yhaddad', 'rogers.com')}]]."),
    ]


@case("asr")
def gov_uk_council_tax():
    acct = rd(8, "123456789")
    hn = rint(2, 120)
    pc = uk_pc("S")
    c = card("visa")
    cv = cvv()
    em, ey = expiry()
    mo = money(90, 220)
    arrears = money(300, 900)
    return [
        ("agent", "council tax you're speaking to [[NAME:pat]]"),
        ("customer", "hiya [[NAME:pat]] i've got a reminder letter and i want to sort a payment plan"),
        ("agent", "no problem what's the account reference on the letter"),
        ("customer", f"[[ACCOUNT_NUMBER:{rs(acct, [4, 4])}]]"),
        ("agent", "and your name"),
        ("customer", "[[NAME:dean hollis]]"),
        ("agent", f"thanks [[NAME:dean]] that's [[ADDRESS:{nw(hn)} abbeydale road]] yeah"),
        ("customer", f"yep sheffield [[POSTCODE:{spell(pc)}]]"),
        ("agent", f"okay so you're ((price:{nw(arrears)} pounds)) behind i can spread it over ((duration:{nw(rint(4, 9))} months)) at ((price:{nw(mo)} pounds a month))"),
        ("customer", "yeah that's fine can i pay the first one now"),
        ("agent", "go ahead with the long number"),
        ("customer", f"[[CARD_NUMBER:{rs(c, [4, 4, 4, 4])}]]"),
        ("agent", "and the expiry"),
        ("customer", f"[[EXPIRY:{dig(f'{em:02d}')} {prs(str(ey))}]]"),
        ("agent", "and the cvv"),
        ("customer", f"[[CVV:{dig(cv)}]]"),
        ("agent", "lovely all done"),
    ]


@case("transcript")
def gov_ie_passport():
    app = rd(10, "123456789")
    b = dob(1985, 2015)
    ph = ie_land()
    em_ = email("mcguinness.family", "gmail.com")
    fee = money(75, 95)
    wk = rint(3, 10)
    return [
        ("agent", "Passport Service, [[NAME:Niall]] speaking."),
        ("customer", f"Hi [[NAME:Niall]], I'm checking on my son's passport application. I'm his mother, [[NAME:Gráinne McGuinness]]."),
        ("agent", "What's the application number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{app}]]."),
        ("agent", "And your son's name and date of birth?"),
        ("customer", f"[[NAME:Rían McGuinness]], [[DOB:{dmy(b)}]]."),
        ("agent", f"It's with the printing team. Child renewals take around ((duration:{wk} weeks)). You paid ((price:€{fee})) on the ((date:{osx(rint(1, 28))})) of last month."),
        ("customer", f"Great. Can you email me when it's posted? [[EMAIL:{em_}]]."),
        ("agent", f"We'll email you and text the phone number, [[PHONE:({ph[:len(ph) - 7]}) {ph[-7:-4]} {ph[-4:]}]]."),
        ("customer", "That's the landline, that's grand."),
    ]


@case("asr")
def gov_us_water_bill():
    acct = rd(6) + rd(4)
    hn = rint(100, 4999)
    z = zip5()
    c = card("disc")
    cv = cvv()
    em, ey = expiry()
    read = rd(6, "123456789")
    amt = money(90, 400)
    gal = money(4000, 15000, 100)
    return [
        ("agent", "city utilities billing this is [[NAME:gene]]"),
        ("customer", "hi [[NAME:gene]] my water bill is like triple what it normally is"),
        ("agent", "okay can i get the account number"),
        ("customer", f"[[ACCOUNT_NUMBER#a:{rs(acct[:6], [3, 3])}]] um [[ACCOUNT_NUMBER#a:{rs(acct[6:], [4])}]]"),
        ("agent", "and the service address"),
        ("customer", f"[[ADDRESS:{prs(str(hn))} east maplewood drive]] [[POSTCODE:{dig(z)}]]"),
        ("agent", "and your name"),
        ("customer", "[[NAME:stephanie bauer]]"),
        ("agent", f"okay the meter reading was ((other:{rs(read, [3, 3])})) that's ((quantity:{nw(gal)} gallons)) you might have a leak"),
        ("customer", f"oh great okay well i'll pay the ((price:{nw(amt)} dollars)) now anyway"),
        ("customer", f"it's a discover [[CARD_NUMBER:{rs(c, [4, 4, 4, 4])}]] expiration [[EXPIRY:{prs(f'{em:02d}')} {prs(str(2000 + ey))}]] and the code is [[CVV:{dig(cv)}]]"),
        ("agent", "thank you i'll send a tech out to check the meter"),
    ]


# ---- hospital and GP appointments ----------------------------------------------------------


@case("transcript")
def gp_uk_blood_test():
    nhs = rd(10, "456789")
    b = dob(1950, 1995)
    ph = uk_mobile()
    d1 = day(2025, range(9, 12))
    hh, mm = R.choice([8, 9, 10, 11]), R.choice([0, 10, 20, 30, 40, 50])
    return [
        ("agent", "Good morning, Elmfield Surgery, [[NAME:Wendy]] speaking."),
        ("customer", f"Morning. I need to book the blood test Dr [[NAME:Okoro]] asked for. I'm [[NAME:Patrick Sullivan]], date of birth [[DOB:{dmy(b)}]]."),
        ("agent", "Thank you. Could you give me your NHS number as well?"),
        ("customer", f"[[ACCOUNT_NUMBER:{nhs[:3]} {nhs[3:6]} {nhs[6:]}]]."),
        ("agent", f"Lovely. The nurse, Sister [[NAME:Grace Adeyemi]], has ((time:{tclock(hh, mm)})) on ((date:{d1.strftime('%A')} {osx(d1.day)} {MONTHS[d1.month]})). It's a fasting test, so nothing to eat for ((duration:{R.choice([10, 12])} hours)) before."),
        ("customer", "That's fine. Which room?"),
        ("agent", f"Treatment room ((other:{rint(2, 9)})), ground floor."),
        ("customer", "Great."),
        ("agent", f"And is [[PHONE:{ph[:5]} {ph[5:]}]] still your mobile for the reminder text?"),
        ("customer", "Yes, it is."),
    ]


@case("asr")
def hosp_uk_mother_outpatient():
    hosp = rl(3).lower() + rd(7)
    b = dob(1935, 1950)
    ph = uk_land()
    clinic = rint(2, 30)
    hh, mm = clock12()
    return [
        ("agent", "outpatients appointments [[NAME:sharon]] speaking"),
        ("customer", "hello i'm calling for my mum she's got a letter about her eye clinic but she's hard of hearing"),
        ("agent", "that's fine what's your mum's name"),
        ("customer", "[[NAME:eileen]] [[NAME:eileen whitworth]] and i'm her daughter [[NAME:carol]]"),
        ("agent", "and her hospital number it's on the top right of the letter"),
        ("customer", f"[[ACCOUNT_NUMBER:{spelln(hosp[:3])} {rs(hosp[3:], [3, 4])}]]"),
        ("agent", f"and her date of birth"),
        ("customer", f"[[DOB:{sp_dob(b, 'ord_month')}]] she was born in the war"),
        ("agent", f"okay i've got her she's booked in clinic ((other:{nw(clinic)})) on tuesday at ((time:{sclock(hh, mm)}))"),
        ("customer", "can we move it she's got the podiatrist then"),
        ("agent", f"i've got the following week same time or ((time:{sclock(rint(1, 4), R.choice([0, 15, 30]))})) in the afternoon"),
        ("customer", "the afternoon one please"),
        ("agent", f"done and the contact number is [[PHONE:{rs(ph, [4, 3, 4])}]]"),
        ("customer", "yes that's her landline"),
    ]


@case("transcript")
def hosp_us_billing():
    mrn = rd(8)
    member = rl(3) + rd(9)
    b = dob(1950, 1990)
    bal = money(150, 2400)
    c = card("visa")
    cv = cvv()
    em, ey = expiry()
    z = zip5()
    return [
        ("agent", "Patient Financial Services at St. Anne's Medical Center, this is [[NAME:Tiffany]]."),
        ("customer", "Hi, I got a bill and I'd like to pay it."),
        ("agent", "Sure. Do you have the medical record number or account number?"),
        ("customer", f"MRN [[ACCOUNT_NUMBER:{mrn}]]. Patient is [[NAME:Alan Kowalczyk]], date of birth [[DOB:{mdy(b, '-')}]]."),
        ("agent", f"Thank you. The balance after insurance is ((price:${bal:,}.{rint(10, 99)})). Your insurance member ID is [[ACCOUNT_NUMBER:{member}]], correct?"),
        ("customer", "Yes."),
        ("agent", "How would you like to pay?"),
        ("customer", f"Visa, [[CARD_NUMBER:{tcard(c)}]], expires [[EXPIRY:{em}/{ey}]]. Security code is [[CVV:{cv}]]."),
        ("agent", "And the billing ZIP?"),
        ("customer", f"[[POSTCODE:{z}]]."),
        ("agent", f"Thanks, Mr. [[NAME:Kowalczyk]]. Receipt to the email on file?"),
        ("customer", f"Actually, send it to [[EMAIL:{email('al.kowalczyk', 'outlook.com')}]]."),
    ]


@case("asr")
def clinic_us_appointment():
    b = dob(1975, 2002)
    ph = us_phone(("312", "773"))
    member = rl(3) + rd(8)
    d1 = day(2025, range(9, 12))
    hh, mm = clock12()
    return [
        ("agent", "lakeview family clinic this is [[NAME:chase]]"),
        ("customer", f"hi yeah this is [[NAME:marisol vega]] date of birth [[DOB:{sp_dob(b, 'num_md')}]] i need to see someone about my ear"),
        ("agent", "okay [[NAME:marisol]] let me pull you up do you have new insurance"),
        ("customer", f"yeah it's blue cross the member id is [[ACCOUNT_NUMBER#m:{spelln(member[:3])}]] uh [[ACCOUNT_NUMBER#m:{rs(member[3:], [4, 4])}]]"),
        ("agent", f"got it [[ACCOUNT_NUMBER:{spelln(member[:3])} {rs(member[3:], [2, 3, 3])}]]"),
        ("customer", "yep"),
        ("agent", f"i have ((date:{MONTHS[d1.month].lower()} {ow(d1.day)})) at ((time:{sclock(hh, mm)})) with doctor [[NAME:patel]]"),
        ("customer", "that works"),
        ("agent", "best number for a reminder"),
        ("customer", f"[[PHONE#p:{prs(ph[:3])}]] um [[PHONE#p:{dig(ph[3:6])}]] [[PHONE#p:{prs(ph[6:])}]]"),
        ("agent", f"and please come ((duration:fifteen minutes)) early for paperwork"),
    ]


@case("transcript")
def clinic_ca_health_card():
    hc = rd(10, "123456789")
    vc = rl(2)
    b = dob(1960, 2000)
    pc = ca_pc("K")
    ph = ca_phone()
    hh, mm = rint(1, 6), R.choice([0, 20, 40])
    return [
        ("agent", "Rideau Walk-in Clinic, [[NAME:Amélie]] speaking."),
        ("customer", "Hi, can I book a same-day appointment for my partner? He's got a fever."),
        ("agent", "Sure. His name and health card number?"),
        ("customer", f"[[NAME:Jonah Whitehorse]]. Health card [[ACCOUNT_NUMBER:{hc[:4]}-{hc[4:7]}-{hc[7:]}-{vc}]]."),
        ("agent", "Date of birth?"),
        ("customer", f"[[DOB:{b.year}/{b.month:02d}/{b.day:02d}]]. His temperature's been ((other:{rint(38, 39)}.{rint(1, 9)}°C)) since last night."),
        ("agent", f"Okay. We have ((time:{tclock(hh, mm, 'PM')})) with Dr. [[NAME:Mireille Tremblay]]. Postal code on file is [[POSTCODE:{pc}]]?"),
        ("customer", "That's right."),
        ("agent", f"And the phone is [[PHONE:{fus(ph, 2)}]]?"),
        ("customer", f"That's his. I'm [[NAME:Laurel]], you can reach me at the same number."),
        ("agent", "Noted."),
    ]


@case("asr")
def hosp_ca_partner_ward():
    hc = rd(9, "123456789")
    b = dob(1955, 1980)
    ph = ca_phone()
    floor = rint(3, 12)
    bed = rint(1, 40)
    return [
        ("agent", "saint boniface hospital patient information [[NAME:darlene]] speaking"),
        ("customer", "hi i'm trying to find out where my husband was moved to he came in last night"),
        ("agent", "okay what's his name"),
        ("customer", "[[NAME:harold kaminski]] [[NAME:k a m i n s k i]]"),
        ("agent", "and his date of birth"),
        ("customer", f"[[DOB:{sp_dob(b, 'md')}]]"),
        ("agent", "i'll need to confirm who i'm speaking to as well"),
        ("customer", f"i'm his wife [[NAME:bev]] [[NAME:beverly kaminski]] his health card is [[ACCOUNT_NUMBER:{rs(hc, [3, 3, 3])}]] if that helps"),
        ("agent", f"okay he's on ((other:{nw(floor)})) north bed ((other:{nw(bed)}))"),
        ("customer", "what are visiting hours"),
        ("agent", f"((time:eleven)) to ((time:eight)) and only ((count:two)) visitors at a time"),
        ("customer", f"okay and can the nurse call me on [[PHONE:{rs(ph, [3, 3, 4])}]]"),
        ("agent", "i'll pass that on"),
    ]


@case("transcript")
def gp_au_medicare():
    mc = rd(10, "23456")
    b = dob(1970, 2005)
    ph = au_mobile()
    fee = money(60, 95)
    hh, mm = clock12()
    return [
        ("agent", "Good morning, Bondi Junction Medical Centre, [[NAME:Kirra]] speaking."),
        ("customer", "Hi [[NAME:Kirra]], I'd like to book in with Dr [[NAME:Sanjay Mehta]] for today if possible."),
        ("agent", "He's got ((time:" + tclock(hh, mm) + ")) this afternoon. Are you a new patient?"),
        ("customer", f"Yes. [[NAME:Zoe Karamanlis]], born [[DOB:{b.day} {MON3[b.month]} {b.year}]]."),
        ("agent", "Can I get your Medicare number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{mc[:4]} {mc[4:9]} {mc[9]}]], I'm the second person on the card."),
        ("agent", f"Thanks. Dr [[NAME:Mehta]] isn't bulk billing today, so it's ((price:${fee})) and you'll get about ((price:${rint(40, 45)}.{rint(10, 90)})) back from Medicare."),
        ("customer", "That's fine."),
        ("agent", f"And a mobile number?"),
        ("customer", f"[[PHONE:+61 {ph[1:4]} {ph[4:7]} {ph[7:]}]]."),
        ("agent", f"Perfect, see you at ((time:{tclock(hh, mm)}))."),
    ]


@case("asr")
def hosp_au_preadmission():
    mc = rd(10, "23456")
    b = dob(1950, 1975)
    state = "SA"
    pc = au_pc(state)
    hn = rint(2, 200)
    cm = rint(155, 190)
    kg = rint(55, 110)
    return [
        ("agent", "pre admission clinic this is [[NAME:kylie]]"),
        ("customer", "g'day [[NAME:kylie]] it's [[NAME:barry]] [[NAME:barry mcnamara]] i'm booked in for my knee next week"),
        ("agent", "thanks [[NAME:barry]] date of birth"),
        ("customer", f"[[DOB:{sp_dob(b, 'the_of')}]]"),
        ("agent", "and your medicare number"),
        ("customer", f"[[ACCOUNT_NUMBER#m:{rs(mc[:4], [4])}]] hang on my glasses [[ACCOUNT_NUMBER#m:{rs(mc[4:], [5, 1])}]]"),
        ("agent", "and your address"),
        ("customer", f"[[ADDRESS:{nw(hn)} anzac highway glenelg]] [[POSTCODE:{say(pc, '4d')}]]"),
        ("agent", "and your height and weight for the anaesthetist"),
        ("customer", f"((quantity:{nw(cm)} centimetres)) and about ((quantity:{nw(kg)} kilos)) give or take"),
        ("agent", f"okay nothing to eat for ((duration:six hours)) before and come in at ((time:six thirty am))"),
        ("customer", "righto"),
    ]


@case("transcript")
def gp_ie_medical_card():
    mcn = rd(7) + rl(1)
    b = dob(1945, 1990)
    ec = eircode()
    ph = ie_mobile()
    em_ = email("eoin.lenihan" + rd(2), "hotmail.com")
    return [
        ("agent", "Good morning, Riverside Medical Practice, [[NAME:Orla]] speaking."),
        ("customer", "Hi, I've moved to the area and want to register with the practice. I have a medical card."),
        ("agent", "Great. What's the number on the medical card?"),
        ("customer", f"[[ACCOUNT_NUMBER:{mcn}]]."),
        ("agent", "Name and date of birth?"),
        ("customer", f"[[NAME:Eoin Lenihan]], [[DOB:{b.day}/{b.month}/{b.year % 100:02d}]]."),
        ("agent", "And your new Eircode?"),
        ("customer", f"[[POSTCODE:{ec.replace(' ', '')}]]."),
        ("agent", f"Thanks. That's [[POSTCODE:{ec}]], yes, we cover that. Mobile number?"),
        ("customer", f"[[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]]. And my email is [[EMAIL:{em_}]]."),
        ("agent", f"Perfect. The form takes ((duration:{rint(5, 10)} minutes)) online and Dr [[NAME:Byrne]] will see you for a new-patient check."),
    ]


@case("asr")
def hosp_ie_child():
    mrn = rd(7, "123456789")
    b = dob(2012, 2021)
    ph = ie_mobile()
    hh, mm = clock12()
    return [
        ("agent", "children's health appointments this is [[NAME:maeve]]"),
        ("customer", "hi i'm ringing about my daughter's appointment in the fracture clinic"),
        ("agent", "okay what's her name"),
        ("customer", f"[[NAME:ellie rose kavanagh]] she's ((other:{nw(2025 - b.year)}))"),
        ("agent", "and her date of birth"),
        ("customer", f"[[DOB:{sp_dob(b, 'of')}]]"),
        ("agent", "and do you have her chart number"),
        ("customer", f"[[ACCOUNT_NUMBER:{rs(mrn, [3, 4])}]]"),
        ("agent", f"okay she's down for ((time:{sclock(hh, mm)})) thursday"),
        ("customer", f"she had a temperature of ((other:thirty eight point five)) last night is that okay to come in"),
        ("agent", f"if it's gone in ((duration:twenty four hours)) that's fine otherwise ring us back can i take your number"),
        ("customer", f"[[PHONE:{dig(ph[:3])} {rs(ph[3:], [2, 2, 3])}]] i'm her mam [[NAME:lisa]]"),
    ]


@case("transcript")
def hosp_uk_selfpay():
    inv = "INV-" + rd(6)
    c = card("mc")
    cv = cvv()
    em, ey = expiry()
    amt = money(400, 3200)
    hn = rint(1, 99)
    pc = uk_pc("EH")
    return [
        ("agent", "Morningside Private Hospital, accounts, [[NAME:Fraser]] speaking."),
        ("customer", f"Hello, I'm calling to pay an invoice, [[ACCOUNT_NUMBER:{inv}]], for my MRI scan."),
        ("agent", f"Of course. That's ((price:£{amt:,})) for Ms [[NAME:Ailsa Drummond]]?"),
        ("customer", f"Yes, that's me."),
        ("agent", "Could I take the long card number?"),
        ("customer", f"[[CARD_NUMBER:{tcard(c)}]]."),
        ("agent", "Expiry and security code?"),
        ("customer", f"Expires [[EXPIRY:{MONTHS[em]} 20{ey}]], security code [[CVV:{cv}]]."),
        ("agent", "And the billing address?"),
        ("customer", f"[[ADDRESS:{hn}/{rint(1, 9)} Comiston Road, Edinburgh]] [[POSTCODE:{pc}]]."),
        ("agent", f"Thank you. That's paid, and the receipt will be emailed within ((duration:{rint(2, 4)} hours))."),
    ]


@case("asr")
def pharmacy_us_refill():
    rx = rd(7, "123456789")
    b = dob(1945, 1985)
    ph = us_phone(("602", "480"))
    mg = R.choice([250, 500, 875])
    tabs = R.choice([20, 28, 30])
    return [
        ("agent", "desert sky pharmacy this is [[NAME:ray]]"),
        ("customer", "hi [[NAME:ray]] i need a refill on my antibiotics the doctor called it in"),
        ("agent", "okay name and date of birth"),
        ("customer", f"[[NAME:gloria esparza]] [[DOB:{sp_dob(b, 'md')}]]"),
        ("agent", "do you have the prescription number"),
        ("customer", f"it's [[ACCOUNT_NUMBER:{rs(rx, [3, 4])}]]"),
        ("agent", f"okay that's the ((quantity:{nw(mg)} milligram)) amoxicillin ((count:{nw(tabs)})) tablets"),
        ("customer", f"yeah my fever is still ((other:a hundred and one)) so i really need it today"),
        ("agent", f"it'll be ready in about ((duration:an hour)) we close at ((time:nine))"),
        ("customer", f"can you text me at [[PHONE:{rs(ph, [3, 3, 4])}]] when it's ready"),
        ("agent", "sure will"),
    ]


@case("transcript")
def dental_us_checkup():
    member = rd(11)
    grp = rd(6)
    b = dob(1980, 2010)
    em_ = email("hollister.fam" + rd(2), "gmail.com")
    price = money(95, 240)
    pct = R.choice([80, 100])
    return [
        ("agent", "Bright Smile Dental, this is [[NAME:Heather]]. How can I help?"),
        ("customer", f"Hi, I want to book a cleaning for my son, [[NAME:Caleb Hollister]]. Date of birth [[DOB:{long_us(b)}]]."),
        ("agent", "Sure. Insurance?"),
        ("customer", f"Delta Dental, member ID [[ACCOUNT_NUMBER:{member}]], group [[ACCOUNT_NUMBER:{grp}]]. The subscriber is me, [[NAME:Jenna Hollister]]."),
        ("agent", f"Thanks. Cleanings are covered at ((percentage:{pct}%)), so nothing out of pocket. Without insurance it's ((price:${price})). Do you have an email for the intake forms?"),
        ("customer", f"[[EMAIL:{em_}]]."),
        ("agent", f"Great, we'll see [[NAME:Caleb]] on ((date:{MONTHS[rint(9, 11)]} {osx(rint(1, 28))})) at ((time:{rint(1, 4)}:{R.choice(['00', '30'])} pm))."),
    ]


@case("asr")
def gp_uk_repeat_prescription():
    nhs = rd(10, "456789")
    b = dob(1940, 1975)
    ph = uk_mobile()
    return [
        ("agent", "hello meadowbank surgery [[NAME:julie]] speaking"),
        ("customer", "oh hello [[NAME:julie]] it's mister sorry it's [[NAME:dennis ackroyd]] i need my repeat prescription"),
        ("agent", "of course [[NAME:dennis]] can i have your date of birth"),
        ("customer", f"[[DOB:{sp_dob(b, 'digits')}]]"),
        ("agent", "and your nhs number if you've got it"),
        ("customer", f"[[ACCOUNT_NUMBER#n:{rs(nhs[:3], [3])}]] [[ACCOUNT_NUMBER#n:{rs(nhs[3:6], [3])}]] um [[ACCOUNT_NUMBER#n:{rs(nhs[6:], [4])}]]"),
        ("agent", f"so [[ACCOUNT_NUMBER:{rs(nhs, [2, 4, 4])}]]"),
        ("customer", "that's it"),
        ("agent", f"which items do you need"),
        ("customer", f"the ramipril ((quantity:{nw(R.choice([5, 10]))} milligram)) and the statins"),
        ("agent", f"they'll be at boots in ((duration:{nw(rint(2, 3))} working days))"),
        ("customer", f"lovely and can they text me on [[PHONE:{rs(ph, [5, 6])}]]"),
    ]


# ---- retail returns and deliveries -----------------------------------------------------------


@case("transcript")
def retail_us_return_refund():
    order = f"{rd(3, '123456789')}-{rd(7)}-{rd(7)}"
    rma = "RMA" + rd(6)
    trk = not_luhn(12, "7")
    last4 = rd(4)
    z = zip5()
    amt = money(25, 400)
    em_ = email("kwame.asante", "gmail.com")
    return [
        ("agent", "Thanks for calling Brightcart, this is [[NAME:Megan]]. What's the order number?"),
        ("customer", f"Hi [[NAME:Megan]], it's [[ACCOUNT_NUMBER:{order}]]. I returned a blender ((duration:{rint(2, 3)} weeks)) ago and haven't seen my refund."),
        ("agent", "Let me check. Can I get the email on the account?"),
        ("customer", f"[[EMAIL:{em_}]]."),
        ("agent", f"Thank you, [[NAME:Kwame]]. I see return [[ACCOUNT_NUMBER:{rma}]]. The tracking number ((other:{trk})) shows it arrived at our warehouse on ((date:{MONTHS[rint(6, 9)]} {rint(1, 28)})). The refund of ((price:${amt}.{rint(10, 99)})) went back to the Visa ending [[CARD_NUMBER:{last4}]]."),
        ("customer", "Oh, I cancelled that card. What happens now?"),
        ("agent", f"It'll bounce back to us in ((duration:{rint(5, 10)} to {rint(11, 15)} days)) and we'll issue store credit. Is the billing ZIP still [[POSTCODE:{z}]]?"),
        ("customer", "Yes."),
        ("agent", "Okay, I've added a note."),
    ]


@case("asr")
def retail_uk_missing_parcel():
    order = rd(9, "123456789")
    pc = uk_pc("B")
    hn = rint(2, 250)
    ph = uk_mobile()
    h1 = rint(8, 11)
    return [
        ("agent", "hi you're through to homeway customer services my name's [[NAME:lauren]]"),
        ("customer", "hi [[NAME:lauren]] my parcel says delivered but it's not here"),
        ("agent", "oh no can i take the order number"),
        ("customer", "um it's the same as my phone number i think no wait that's the account hang on"),
        ("customer", f"here it is [[ACCOUNT_NUMBER#o:{rs(order[:3], [3])}]]"),
        ("agent", "yep"),
        ("customer", f"[[ACCOUNT_NUMBER#o:{rs(order[3:], [3, 3])}]]"),
        ("agent", "and the delivery postcode"),
        ("customer", f"[[POSTCODE:{spell(pc)}]] [[ADDRESS:{nw(hn)} bristol road south]]"),
        ("agent", f"okay so that's [[ADDRESS:{nw(hn)} bristol road south]] [[POSTCODE:{spell(pc)}]] it was dropped at ((time:{nw(h1)} forty)) this morning and it says left with a neighbour"),
        ("customer", "oh right i'll knock on and check"),
        ("agent", f"if it's not there ring back we'll reship it's ((count:{nw(R.choice([2, 3]))})) items so we'll send the lot"),
        ("customer", f"okay can you text me if anything changes [[PHONE:{rs(ph, [5, 3, 3])}]]"),
        ("agent", "will do"),
    ]


@case("transcript")
def retail_ca_return_restock():
    rma = f"{rl(2)}-{rd(5)}"
    model = f"{rl(3)}-{rint(100, 999)}{rl(1)}"
    pc = ca_pc("V")
    price = money(180, 1200)
    pct = R.choice([10, 15, 20])
    em_ = email("d.fontaine" + rd(2), "shaw.ca")
    return [
        ("agent", "Coastline Electronics returns, this is [[NAME:Devon]]."),
        ("customer", f"Hi [[NAME:Devon]], I'm returning a soundbar, the ((model_number:{model})). I was given RMA [[ACCOUNT_NUMBER:{rma}]]."),
        ("agent", "Got it. And your name?"),
        ("customer", "[[NAME:Danielle Fontaine]]."),
        ("agent", f"Since the box was opened, there's a ((percentage:{pct}%)) restocking fee on the ((price:${price}.99)) purchase."),
        ("customer", "Even if it's defective? It cuts out every ((duration:" + f"{rint(5, 20)} minutes" + "))."),
        ("agent", "If it's defective the fee is waived. I'll mark it as defective. Postal code for the return label?"),
        ("customer", f"[[POSTCODE:{pc}]]."),
        ("agent", "And send the label to which email?"),
        ("customer", f"[[EMAIL:{em_}]]."),
        ("agent", f"Done. Drop it at any post office within ((duration:{rint(10, 30)} days))."),
    ]


@case("asr")
def retail_au_tracking():
    trk = not_luhn(13, "3")
    state = "NSW"
    pc = au_pc(state)
    hn = rint(1, 90)
    unit = rint(1, 30)
    ph = au_mobile()
    kg = rint(2, 25)
    return [
        ("agent", "good afternoon parcel direct [[NAME:jayden]] speaking"),
        ("customer", "hi [[NAME:jayden]] i've got a card saying you tried to deliver but i was home all day"),
        ("agent", "sorry about that have you got the tracking number"),
        ("customer", f"yeah ((other:{rs(trk, [3, 3, 3, 4])}))"),
        ("agent", "and the delivery address"),
        ("customer", f"[[ADDRESS:unit {nw(unit)} {nw(hn)} king street newtown]] [[POSTCODE:{say(pc, '2p 2p')}]]"),
        ("agent", f"okay it's ((quantity:{nw(kg)} kilos)) so it needs a signature can i get your name"),
        ("customer", "[[NAME:mia castellano]]"),
        ("agent", "and a mobile so the driver can call ahead"),
        ("customer", f"[[PHONE#m:{say(ph[:4], '4d')}]] [[PHONE#m:{dig(ph[4:7])}]] um [[PHONE#m:{rs(ph[7:], [3])}]]"),
        ("agent", f"okay it's rebooked for tomorrow between ((time:eight)) and ((time:twelve))"),
        ("customer", "thanks heaps"),
    ]


@case("transcript")
def retail_ie_shoe_return():
    order = "IE" + rd(8)
    ec = eircode("D08")
    size = R.choice([38, 39, 40, 41, 42, 43])
    price = money(60, 180)
    em_ = email("saoirse.nolan", "icloud.com")
    return [
        ("agent", "Hi, you're chatting with [[NAME:Aisling]] from Cobblestone Shoes. How can I help?"),
        ("customer", f"Hi [[NAME:Aisling]], I need to swap runners for a bigger size. Order [[ACCOUNT_NUMBER:{order}]]."),
        ("agent", "No problem. Can I confirm the name and email?"),
        ("customer", f"[[NAME:Saoirse Nolan]], [[EMAIL:{em_}]]."),
        ("agent", f"Thanks. You ordered a size ((other:{size})) at ((price:€{price}.00)). What size would you like?"),
        ("customer", f"((other:{size + 1})), please."),
        ("agent", f"We have it. The courier will collect the old pair from [[POSTCODE:{ec}]], is that right?"),
        ("customer", "Yes, that's my Eircode."),
        ("agent", f"Great. Collection is free and the new pair should arrive in ((duration:{rint(2, 4)}-{rint(5, 6)} working days))."),
    ]


@case("asr")
def retail_us_redeliver_amex():
    order = rd(3, "123456789") + rd(6)
    hn = rint(100, 999)
    apt = rint(2, 30)
    z = zip4()
    ph = us_phone(("404", "678"))
    c = card("amex")
    cv = cvv(4)
    em, ey = expiry()
    fee = money(10, 30)
    return [
        ("agent", "thank you for calling peach state furniture this is [[NAME:tyrone]]"),
        ("customer", "hi i need to reschedule a delivery and update the card"),
        ("agent", "sure what's the order number"),
        ("customer", f"[[ACCOUNT_NUMBER#o:{rs(order[:3], [3])}]] uh [[ACCOUNT_NUMBER#o:{rs(order[3:], [3, 3])}]]"),
        ("agent", "and the delivery address"),
        ("customer", f"[[ADDRESS:{prs(str(hn))} peachtree street apartment {nw(apt)} b]] atlanta [[POSTCODE:{dig(z[:5])} dash {dig(z[6:])}]]"),
        ("agent", f"okay the redelivery fee is ((price:{nw(fee)} dollars)) which card"),
        ("customer", f"amex [[CARD_NUMBER#c:{rs(c[:4], [4])}]]"),
        ("agent", "mm hmm"),
        ("customer", f"[[CARD_NUMBER#c:{rs(c[4:10], [3, 3])}]]"),
        ("agent", "mm hmm"),
        ("customer", f"[[CARD_NUMBER#c:{rs(c[10:], [2, 3])}]] expires [[EXPIRY:{prs(f'{em:02d}')} {prs(str(ey))}]] and the four digit code on the front is [[CVV:{dig(cv)}]]"),
        ("agent", "and your name as it appears on the card"),
        ("customer", "[[NAME:latoya simmons]]"),
        ("agent", f"thanks [[NAME:latoya]] and best phone for the driver"),
        ("customer", f"[[PHONE:{rs(ph, [3, 3, 4])}]]"),
    ]


@case("transcript")
def retail_uk_faulty_kettle():
    order = "WEB-" + rd(7)
    model = f"{rl(2)}{rint(1000, 9999)}"
    last4 = rd(4)
    price = money(30, 120)
    em_ = email("bev_ashworth", "btinternet.com")
    return [
        ("agent", "Good afternoon, Hartley & Finch, [[NAME:Sophie]] speaking."),
        ("customer", f"Hi, the kettle I bought last month has stopped working. It's the ((model_number:{model})), order [[ACCOUNT_NUMBER:{order}]]."),
        ("agent", "I'm sorry about that. Could you confirm your name and the email on the order?"),
        ("customer", f"[[NAME:Beverley Ashworth]], [[EMAIL:{em_}]]."),
        ("agent", f"Thank you. It's within the ((duration:{R.choice([1, 2])}-year)) guarantee, so I can refund the ((price:£{price}.{rint(10, 99)})) to the Mastercard ending [[CARD_NUMBER:{last4}]], or send a replacement."),
        ("customer", "A replacement, please. Does it have to go back first?"),
        ("agent", f"No, keep it until the courier collects. You'll get a label by email within ((duration:{R.choice([24, 48])} hours))."),
    ]


@case("asr")
def retail_ca_furniture_floor():
    order = "SO" + rd(7)
    pc = ca_pc("H")
    ph = ca_phone()
    floor = rint(4, 22)
    chairs = R.choice([4, 6, 8])
    return [
        ("agent", "bonjour hi maison nord delivery this is [[NAME:jean luc]]"),
        ("customer", "hi [[NAME:jean luc]] i'm calling about my dining set delivery"),
        ("agent", "sure what's your order number"),
        ("customer", f"[[ACCOUNT_NUMBER:s o {rs(order[2:], [3, 4])}]]"),
        ("agent", f"okay one table and ((other:{nw(chairs)})) chairs yeah"),
        ("customer", f"yes and i'm on the ((other:{ow(floor)})) floor is that a problem"),
        ("agent", "as long as there's an elevator what's the postal code"),
        ("customer", f"[[POSTCODE:{spell(pc.replace(' ', ''))}]]"),
        ("agent", f"so [[POSTCODE:{spell(pc)}]] we can do saturday between ((time:nine)) and ((time:one))"),
        ("customer", f"perfect my name's [[NAME:yusuf demir]] and my cell is [[PHONE:{rs(ph, [3, 3, 4])}]]"),
        ("agent", f"thanks [[NAME:yusuf]] they'll call ((duration:thirty minutes)) before"),
    ]


@case("transcript")
def retail_au_click_collect():
    order = rd(8, "123456789")
    ph = au_mobile()
    em_ = email("tkhoury", "bigpond.com")
    hh = rint(5, 9)
    return [
        ("agent", "Hi, Outback Home click and collect, [[NAME:Ruby]] here."),
        ("customer", f"Hi [[NAME:Ruby]]. I got a text saying my order's ready but I can't get there till tonight. Order number [[ACCOUNT_NUMBER:{order}]]."),
        ("agent", "No worries. Name on the order?"),
        ("customer", "[[NAME:Tarek Khoury]]. My brother [[NAME:Sami]] might pick it up instead."),
        ("agent", f"He'll need to bring ID and the order email. Is that [[EMAIL:{em_}]]?"),
        ("customer", "Yes."),
        ("agent", f"We're open till ((time:{hh} pm)) and we hold orders for ((duration:{R.choice([7, 14])} days)). It's ((count:{rint(2, 5)})) boxes, so bring a car."),
        ("customer", f"Got it. Can you text [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]] when it's at the desk?"),
        ("agent", "Will do."),
    ]


@case("asr")
def retail_ie_exchange_spelled_email():
    order = rd(8, "123456789")
    ec = eircode("H91")
    hn = rint(1, 60)
    user = "cathal"
    last = "mulqueen"
    return [
        ("agent", "hello you're through to west coast outdoors this is [[NAME:colm]]"),
        ("customer", "hi [[NAME:colm]] i want to exchange a jacket i got online it's too small"),
        ("agent", "no bother order number please"),
        ("customer", f"[[ACCOUNT_NUMBER:{rs(order, [4, 4])}]]"),
        ("agent", "and the email you used"),
        ("customer", f"[[EMAIL:{user} dot {last} at gmail dot com]] that's [[EMAIL:{spelln(user)} dot {spelln(last)} at gmail dot com]]"),
        ("agent", "perfect and your name"),
        ("customer", f"[[NAME:cathal mulqueen]]"),
        ("agent", f"okay we'll send a courier to [[ADDRESS:{nw(hn)} college road galway]] yeah"),
        ("customer", f"yeah the eircode's [[POSTCODE:{spell(ec)}]]"),
        ("agent", f"and you want the large instead of the medium it's ((price:{nw(money(90, 160))} euro)) same price"),
        ("customer", "yeah perfect"),
    ]


@case("transcript")
def retail_us_loyalty():
    member = rd(12, "123456789")
    ph = us_phone(("206", "425"))
    em_ = email("mariana.silva" + rd(2), "hotmail.com")
    pts = money(800, 9000, 50)
    pct = R.choice([15, 20, 25])
    return [
        ("agent", "Evergreen Rewards, this is [[NAME:Skyler]]. Can I get your member number or phone?"),
        ("customer", f"Member number [[ACCOUNT_NUMBER:{member[:4]} {member[4:8]} {member[8:]}]]."),
        ("agent", "Thank you. And your name?"),
        ("customer", "[[NAME:Mariana Silva]]."),
        ("agent", f"Hi [[NAME:Mariana]]. You have ((count:{pts:,})) points. What can I help with?"),
        ("customer", f"I never got the ((percentage:{pct}%)) off birthday coupon. Is my email right? It should be [[EMAIL:{em_}]]."),
        ("agent", f"It was spelled wrong, I've fixed it. I'll resend the coupon. It's good on anything over ((price:${R.choice([25, 50])})). Phone still [[PHONE:{fus(ph, 1)}]]?"),
        ("customer", "Yes, thanks."),
    ]


@case("asr")
def retail_uk_tv_visa_correction():
    order = rd(2, "123456789") + rd(7)
    model = f"{rl(2)}{rint(40, 75)}{rl(1)}{rint(100, 999)}"
    c = card("visa")
    wrong = c[8:12][::-1] if c[8:12][::-1] != c[8:12] else str((int(c[8:12]) + 1111) % 10000).zfill(4)
    cv = cvv()
    em, ey = expiry()
    upgrade = money(100, 300)
    return [
        ("agent", "hello electric avenue customer care [[NAME:gemma]] speaking"),
        ("customer", "hi [[NAME:gemma]] my tv turned up with a cracked screen"),
        ("agent", "oh no what's the order number"),
        ("customer", f"[[ACCOUNT_NUMBER:{rs(order, [3, 3, 3])}]] it's the ((model_number:{spelln(model[:2])} {nw(int(model[2:4]))} {model[4].lower()} {rs(model[5:], [3])})) the big one"),
        ("agent", f"right we're out of those but the next model up is ((price:{nw(upgrade)} pounds)) more would you want that"),
        ("customer", "yeah go on i'll pay the difference"),
        ("agent", "okay card number"),
        ("customer", f"[[CARD_NUMBER#c:{rs(c[:8], [4, 4])}]]"),
        ("agent", "yep"),
        ("customer", f"[[CARD_NUMBER#c!:{rs(wrong, [4])}]] no [[CARD_NUMBER#c:{rs(c[8:12], [4])}]] sorry the kids are shouting [[CARD_NUMBER#c:{rs(c[12:], [4])}]]"),
        ("agent", "expiry date"),
        ("customer", f"[[EXPIRY:{dig(f'{em:02d}')} {prs(str(ey))}]]"),
        ("agent", "and the three on the back"),
        ("customer", f"[[CVV:{dig(cv)}]]"),
        ("agent", f"so that's the card ending [[CARD_NUMBER:{rs(c[-4:], [4])}]] for ((price:{nw(upgrade)} pounds)) yeah"),
        ("customer", "yep"),
    ]


@case("transcript")
def retail_ca_buzzer_redelivery():
    order = rd(10, "123456789")
    hn = rint(100, 2999)
    unit = rint(100, 3500)
    pc = ca_pc("T")
    ph = ca_phone()
    buzz = rd(4, "123456789")
    c = card("mc")
    cv = cvv()
    em, ey = expiry()
    fee = money(12, 25)
    return [
        ("agent", "Prairie Post customer care, [[NAME:Harpreet]] speaking."),
        ("customer", f"Hi, the driver couldn't get into my building yesterday. Order [[ACCOUNT_NUMBER:{order}]]."),
        ("agent", "Sorry about that. What's the address?"),
        ("customer", f"[[ADDRESS:{unit}-{hn} {rint(4, 40)} Avenue SW, Calgary]], [[POSTCODE:{pc}]]. The buzzer code is ((other:{buzz})), it's not on the label."),
        ("agent", f"I'll add it. Redelivery is ((price:${fee}.{rint(10, 99)})). Card number?"),
        ("customer", f"[[CARD_NUMBER:{tcard(c, '')}]]."),
        ("agent", "Expiry and CVC?"),
        ("customer", f"[[EXPIRY:{em:02d}-{ey}]], [[CVV:{cv}]]."),
        ("agent", f"Thanks. Name and phone for the driver?"),
        ("customer", f"[[NAME:Connor Blackbird]], [[PHONE:{fus(ph, 3)}]]."),
        ("agent", f"You're booked for tomorrow between ((time:{rint(8, 11)} am)) and ((time:{rint(1, 5)} pm))."),
    ]


@case("asr")
def retail_au_shoe_refund():
    order = rl(2).lower() + rd(7)
    last4 = rd(4)
    em_user = "brooke.h" + rd(2)
    price = money(80, 240)
    return [
        ("agent", "hi thanks for calling stride athletic you're speaking with [[NAME:cody]]"),
        ("customer", "hey [[NAME:cody]] i sent back some shoes a couple of weeks ago and i'm still waiting on the refund"),
        ("agent", "yep no dramas what's the order number"),
        ("customer", f"[[ACCOUNT_NUMBER:{spelln(order[:2])} {rs(order[2:], [3, 4])}]]"),
        ("agent", "and your email"),
        ("customer", f"[[EMAIL:{sp_email(em_user, 'outlook.com')}]]"),
        ("agent", "and your name"),
        ("customer", "[[NAME:brooke hennessy]]"),
        ("agent", f"okay [[NAME:brooke]] the return came in on the ((date:{ow(rint(1, 28))})) and the refund of ((price:{nw(price)} dollars {nw(rint(10, 95))})) went out yesterday to the card ending [[CARD_NUMBER:{rs(last4, [4])}]]"),
        ("customer", f"so [[CARD_NUMBER:{rs(last4, [2, 2], 'p')}]] yeah that's my debit"),
        ("agent", f"it can take ((duration:three to five business days)) to show up"),
        ("customer", "sweet thanks"),
    ]


# ---- hotels and restaurants ------------------------------------------------------------------


@case("transcript")
def hotel_uk_guarantee():
    ref = rl(3) + rd(5)
    c = card("visa")
    cv = cvv()
    em, ey = expiry()
    arr = day(2025, range(9, 12))
    n = rint(2, 5)
    rate = money(89, 240)
    fl = f"EI {rint(150, 399)}"
    hh, mm = rint(6, 11), R.choice([5, 20, 35, 50])
    return [
        ("agent", "Good evening, The Carrick Hotel, [[NAME:Callum]] speaking."),
        ("customer", f"Hi, I'd like to book a double for ((duration:{n} nights)) from ((date:{arr.day} {MONTHS[arr.month]})). Name's [[NAME:Stefan Novak]]."),
        ("agent", f"We have a double at ((price:£{rate} per night)) including breakfast. I'll need a card to guarantee it."),
        ("customer", f"Sure, [[CARD_NUMBER:{tcard(c)}]], expiry [[EXPIRY:{em:02d}/{ey}]]."),
        ("agent", "And the security code?"),
        ("customer", f"[[CVV:{cv}]]. Also, I'm landing on ((flight_number:{fl})) at ((time:{tclock(hh, mm)} pm)), is late check-in okay?"),
        ("agent", f"Reception is open all night. Your booking reference is [[ACCOUNT_NUMBER:{ref}]]."),
        ("customer", "Thank you."),
        ("agent", f"Free cancellation until ((time:{R.choice([12, 2, 6])} pm)) the day before. Enjoy your stay, Mr [[NAME:Novak]]."),
    ]


@case("asr")
def hotel_us_amex_room():
    conf = rd(9, "123456789")
    c = card("amex")
    cv = cvv(4)
    em, ey = expiry()
    room = rint(201, 1899)
    fl = rint(100, 2999)
    return [
        ("agent", "grand plaza reservations this is [[NAME:destiny]]"),
        ("customer", "hi [[NAME:destiny]] i have a reservation tonight and i need to change the card on it"),
        ("agent", "sure confirmation number"),
        ("customer", f"[[ACCOUNT_NUMBER:{rs(conf, [3, 3, 3])}]]"),
        ("agent", "and the name"),
        ("customer", "[[NAME:gregory adebayo]]"),
        ("agent", "okay go ahead with the new card"),
        ("customer", f"it's an amex [[CARD_NUMBER#c:{rs(c[:4], [4])}]]"),
        ("agent", "mm hmm"),
        ("customer", f"[[CARD_NUMBER#c:{rs(c[4:10], [6])}]]"),
        ("agent", "mm hmm"),
        ("customer", f"[[CARD_NUMBER#c:{rs(c[10:], [5])}]]"),
        ("agent", "expiration"),
        ("customer", f"[[EXPIRY:{prs(f'{em:02d}')} of {prs(str(ey))}]]"),
        ("agent", "and the four digit security code"),
        ("customer", f"[[CVV:{dig(cv)}]]"),
        ("agent", f"perfect you're in room ((other:{prs(str(room))})) check in is from ((time:three pm))"),
        ("customer", f"my flight's ((flight_number:delta {rs(str(fl), [len(str(fl))])})) so i'll be there around ((time:nine))"),
        ("agent", "no problem we'll hold it"),
    ]


@case("transcript")
def restaurant_ie_group_deposit():
    ph = ie_mobile()
    c = card("mc")
    cv = cvv()
    em, ey = expiry()
    n = rint(6, 14)
    dep = R.choice([10, 15, 20])
    d1 = day(2025, range(10, 13))
    hh = rint(6, 9)
    return [
        ("agent", "Hello, The Copper Kettle, [[NAME:Róisín]] speaking."),
        ("customer", f"Hi, I'd like to book for ((count:{n})) people on ((date:Saturday the {osx(d1.day)})) at ((time:{hh}:30))."),
        ("agent", f"Lovely. For groups of ((count:{min(n, 6)})) or more we take a ((price:€{dep})) deposit per person. Name for the booking?"),
        ("customer", f"[[NAME:Declan Foley]]. It's my dad's ((other:{osx(R.choice([40, 50, 60, 70, 80]))}))."),
        ("agent", "Oh lovely! Card number for the deposit?"),
        ("customer", f"[[CARD_NUMBER:{tcard(c)}]], expiry [[EXPIRY:{em:02d}/{ey}]], and [[CVV:{cv}]] on the back."),
        ("agent", f"Thanks. That's ((price:€{dep * n})) taken. Contact number?"),
        ("customer", f"[[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]]."),
        ("agent", f"Perfect, see you then, [[NAME:Declan]]."),
    ]


@case("asr")
def hotel_au_loyalty_late_checkout():
    member = rd(10, "123456789")
    ph = au_mobile()
    user, dom = "priyanka", "gmail.com"
    num = rd(3)
    floor = rint(5, 30)
    return [
        ("agent", "harbour view hotel guest services [[NAME:brodie]] speaking"),
        ("customer", "hi [[NAME:brodie]] i'm in the hotel now can i get a late checkout tomorrow"),
        ("agent", "let me check are you a rewards member"),
        ("customer", f"yeah my number's [[ACCOUNT_NUMBER:{rs(member, [4, 3, 3])}]]"),
        ("agent", "and your name"),
        ("customer", "[[NAME:priyanka venkataraman]]"),
        ("agent", f"okay [[NAME:priyanka]] you're gold so i can do ((time:two pm)) at no charge after that it's ((price:{nw(rint(30, 60))} dollars)) an hour"),
        ("customer", f"two's fine also can you send the invoice to my email it's [[EMAIL:{spelln(user)} {dig(num)} at gmail dot com]]"),
        ("agent", f"so that's [[EMAIL:{user} {dig(num)} at gmail dot com]]"),
        ("customer", f"yep and i'm on the ((other:{ow(floor)})) floor the ice machine's broken"),
        ("agent", f"i'll get maintenance up can i grab a mobile in case they need to call"),
        ("customer", f"[[PHONE:{rs(ph, [4, 3, 3])}]]"),
    ]


@case("transcript")
def hotel_ca_complaint_refund():
    book = rd(10, "123456789")
    last4 = rd(4)
    amt = money(120, 500)
    pct = R.choice([20, 25, 50])
    room = rint(100, 999)
    em_ = email("nathalie.ouellet", "bell.net")
    return [
        ("agent", "Laurentian Hotels guest relations, [[NAME:Olivier]] speaking."),
        ("customer", f"Hello [[NAME:Olivier]], I stayed in room ((other:{room})) last weekend and the heat didn't work. It was ((other:{rint(12, 16)} degrees)) in the room."),
        ("agent", "I'm very sorry. Could I have your booking number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{book}]]. I'm [[NAME:Nathalie Ouellet]]."),
        ("agent", f"Thank you, Ms. [[NAME:Ouellet]]. I can refund ((percentage:{pct}%)) of the stay, that's ((price:${amt}.{rint(10, 99)})) back to the card ending [[CARD_NUMBER:{last4}]]."),
        ("customer", f"That's fair. Can you email confirmation to [[EMAIL:{em_}]]?"),
        ("agent", f"Of course. It will take ((duration:{rint(5, 10)} business days)) to appear."),
    ]


@case("asr")
def restaurant_uk_deposit_correction():
    ph = uk_mobile()
    c = card("mc")
    wrong = c[:4] + c[5] + c[4] + c[6:8] if c[4] != c[5] else c[:4] + str((int(c[4:8]) + 2) % 10000).zfill(4)
    cv = cvv()
    em, ey = expiry()
    n = rint(8, 12)
    return [
        ("agent", "good afternoon the old vicarage [[NAME:molly]] speaking"),
        ("customer", f"hi [[NAME:molly]] i'd like to book the private room for ((count:{nw(n)})) on friday"),
        ("agent", f"lovely what time"),
        ("customer", "((time:half seven)) if you've got it"),
        ("agent", "we do what name is it under"),
        ("customer", f"[[NAME:hughes]] [[NAME:h u g h e s]] [[NAME:owen hughes]]"),
        ("agent", f"and there's a ((price:ten pound)) deposit per head so ((price:{nw(n * 10)} pounds)) can i take a card"),
        ("customer", f"yeah [[CARD_NUMBER#c!:{rs(wrong, [4, 4])}]] no sorry i said that wrong [[CARD_NUMBER#c:{rs(c[:8], [4, 4])}]] [[CARD_NUMBER#c:{rs(c[8:], [4, 4])}]]"),
        ("agent", "expiry"),
        ("customer", f"[[EXPIRY:{dig(f'{em:02d}')} {prs(str(ey))}]]"),
        ("agent", "and the last three digits on the back"),
        ("customer", f"[[CVV:{dig(cv)}]]"),
        ("agent", "and a contact number"),
        ("customer", f"[[PHONE#m:{say(ph[:5], '5d')}]]"),
        ("agent", "yep"),
        ("customer", f"[[PHONE#m:{rs(ph[5:], [3, 3])}]]"),
        ("agent", f"lovely you're all booked [[NAME:owen]]"),
    ]


@case("transcript")
def catering_us_discover():
    order = "CAT-" + rd(5)
    hn = rint(100, 9999)
    z = zip5()
    ph = us_phone(("919", "984"))
    c = card("disc")
    cv = cvv()
    em, ey = expiry()
    trays = rint(3, 12)
    ppl = rint(40, 150)
    total = money(600, 2400)
    return [
        ("agent", "Carolina Smokehouse catering, this is [[NAME:Wade]]."),
        ("customer", f"Hi [[NAME:Wade]], this is [[NAME:Tasha Greenberg]]. I need to confirm catering order [[ACCOUNT_NUMBER:{order}]] for Saturday."),
        ("agent", f"Got it. ((other:{trays})) trays of pulled pork, ((other:{trays - 1})) of mac and cheese, for about ((count:{ppl})) guests. Delivery to [[ADDRESS:{hn} Glenwood Avenue, Raleigh]], NC [[POSTCODE:{z}]]?"),
        ("customer", f"Yes. Setup by ((time:{rint(10, 11)}:30 am)) please."),
        ("agent", f"Sure. The total is ((price:${total:,}.{rint(10, 99)})) with a ((percentage:{R.choice([18, 20])}%)) service charge. Card?"),
        ("customer", f"Discover, [[CARD_NUMBER:{tcard(c)}]], exp [[EXPIRY:{em}/{2000 + ey}]], code [[CVV:{cv}]]."),
        ("agent", f"And a day-of contact number?"),
        ("customer", f"[[PHONE:{fus(ph, 1)}]]."),
        ("agent", "You're all set."),
    ]


@case("asr")
def hotel_ie_cancellation():
    ref = rd(8, "123456789")
    last4 = rd(4)
    arr = day(2025, range(10, 13))
    user = "fergal.kinsella"
    amt = money(150, 600)
    return [
        ("agent", "good morning kilkenny castle hotel reservations [[NAME:bronagh]] speaking"),
        ("customer", "hi [[NAME:bronagh]] i need to cancel a booking unfortunately"),
        ("agent", "that's no problem have you the booking reference"),
        ("customer", f"[[ACCOUNT_NUMBER:{rs(ref, [4, 4])}]]"),
        ("agent", "and the name"),
        ("customer", "[[NAME:fergal kinsella]]"),
        ("agent", f"that's arriving the ((date:{ow(arr.day)} of {MONTHS[arr.month].lower()})) for ((duration:two nights)) yeah"),
        ("customer", "that's it"),
        ("agent", f"you're inside the free cancellation so the ((price:{nw(amt)} euro)) deposit goes back to the card ending [[CARD_NUMBER:{rs(last4, [4])}]]"),
        ("customer", f"[[CARD_NUMBER:{dig(last4)}]] yeah that's the one"),
        ("agent", "and i'll email the cancellation to the address we have"),
        ("customer", f"which is it [[EMAIL:{sp_email(user, 'gmail.com')}]]"),
        ("agent", "that's the one"),
    ]


@case("transcript")
def restaurant_au_anniversary():
    ph = au_mobile()
    em_ = email("g.ferraro", "optusnet.com.au")
    yr = rint(2005, 2015)
    n = 2
    hh, mm = rint(6, 8), R.choice([0, 15, 30, 45])
    return [
        ("agent", "Hi, Lantana Dining, [[NAME:Chloe]] speaking."),
        ("customer", f"Hi [[NAME:Chloe]]. I'd like a table for two on Friday at ((time:{tclock(hh, mm)})). It's our anniversary, we met there in ((year:{yr}))."),
        ("agent", "How lovely! Name?"),
        ("customer", "[[NAME:Giovanni Ferraro]]. My wife is [[NAME:Anh]]."),
        ("agent", f"We've got the window table. The degustation is ((price:${R.choice([120, 145, 165])} per person)) and takes about ((duration:{R.choice([2, 3])} hours))."),
        ("customer", "Perfect. Could you do a cake?"),
        ("agent", f"Sure, ((price:${rint(30, 60)})) extra. A mobile and email for the confirmation?"),
        ("customer", f"[[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]] and [[EMAIL:{em_}]]."),
        ("agent", "Booked!"),
    ]


@case("asr")
def hotel_ca_parents_visa():
    c = card("visa")
    cv = cvv()
    em, ey = expiry()
    pc = ca_pc("B")
    arr = day(2025, range(11, 13))
    rate = money(140, 260)
    return [
        ("agent", "hi thanks for calling the lord nelson this is [[NAME:amber]]"),
        ("customer", "hi [[NAME:amber]] i want to book a room for my parents they're coming to visit"),
        ("agent", "sure what are the dates"),
        ("customer", f"the ((date:{ow(arr.day)})) for ((duration:three nights))"),
        ("agent", f"okay i have a queen at ((price:{nw(rate)} a night)) whose names should be on it"),
        ("customer", "[[NAME:ronald macisaac]] and [[NAME:joan macisaac]] but i'm paying i'm [[NAME:heather]]"),
        ("agent", "okay [[NAME:heather]] go ahead with the card"),
        ("customer", f"[[CARD_NUMBER#c:{rs(c[:4], [4])}]] uh [[CARD_NUMBER#c:{rs(c[4:], [4, 4, 4])}]]"),
        ("agent", "expiry and security code"),
        ("customer", f"[[EXPIRY:{prs(f'{em:02d}')} {prs(str(ey))}]] and [[CVV:{dig(cv)}]]"),
        ("agent", "and your postal code"),
        ("customer", f"[[POSTCODE:{spell(pc)}]]"),
        ("agent", f"great and parking is ((price:{nw(rint(20, 35))} dollars)) a day if they're driving"),
    ]


@case("transcript")
def hotel_uk_lost_property():
    room = rint(101, 450)
    ph = uk_mobile()
    hn = rint(1, 200)
    pc = uk_pc("YO")
    model = f"{rl(2)}-{rint(100, 999)}"
    post = money(8, 20)
    return [
        ("agent", "Minster Lodge reception, [[NAME:Hannah]] speaking."),
        ("customer", f"Hi [[NAME:Hannah]], I stayed in room ((other:{room})) last night and left my headphones, ((model_number:{model})), black case."),
        ("agent", "Let me check lost property... yes, we have them. Name?"),
        ("customer", "[[NAME:Rajesh Pillai]]."),
        ("agent", f"We can post them recorded delivery for ((price:£{post}.{rint(10, 99)})). What's the address?"),
        ("customer", f"[[ADDRESS:{hn} Heworth Green, York]], [[POSTCODE:{pc}]]."),
        ("agent", f"So that's [[ADDRESS:{hn} Heworth Green]], [[POSTCODE:{pc.replace(' ', '')}]]. And a phone number?"),
        ("customer", f"[[PHONE:+44 {ph[1:5]} {ph[5:]}]]."),
        ("agent", f"They'll go out by ((time:{rint(2, 4)} pm)) today."),
    ]


@case("asr")
def hotel_us_points_transfer():
    member = rd(9, "123456789")
    ff = rl(2).lower() + rd(7)
    pts = money(10000, 90000, 500)
    user = "obi"
    last = "nwosu"
    return [
        ("agent", "summit rewards this is [[NAME:drew]] how can i help"),
        ("customer", "hi [[NAME:drew]] i want to move some points to my airline account"),
        ("agent", "sure member number"),
        ("customer", f"[[ACCOUNT_NUMBER:{rs(member, [3, 3, 3])}]]"),
        ("agent", "and your name"),
        ("customer", "[[NAME:obinna nwosu]]"),
        ("agent", f"okay you've got ((count:{nw(pts)})) points how many do you want to move"),
        ("customer", f"all of them to united my mileageplus is [[ACCOUNT_NUMBER:{spelln(ff[:2])} {rs(ff[2:], [3, 4])}]]"),
        ("agent", f"got it it transfers at ((other:three to one)) and takes up to ((duration:seventy two hours))"),
        ("customer", "cool can you email me the confirmation"),
        ("agent", "what's the email"),
        ("customer", f"[[EMAIL:{spelln(user)} dot {spelln(last)} at yahoo dot com]]"),
        ("agent", f"so [[EMAIL:{user} dot {last} at yahoo dot com]] you're all set"),
    ]


# ---- debt collection and payment plans -------------------------------------------------------


@case("transcript")
def debt_us_collections_plan():
    acct = rd(10, "123456789")
    s4 = ssn()[-4:]
    b = dob(1960, 1995)
    bal = money(900, 6000)
    mo = money(50, 200)
    c = card("visa")
    cv = cvv()
    em, ey = expiry()
    pct = R.choice([30, 40, 50])
    return [
        ("agent", "This is [[NAME:Jessica Hale]] with Summit Recovery Services. This call is an attempt to collect a debt. Am I speaking with [[NAME:Marcus Bell]]?"),
        ("customer", "Yes, this is him."),
        ("agent", f"For verification, can you give me your date of birth and the last four of your Social?"),
        ("customer", f"[[DOB:{mdy(b)}]], and [[SSN:{s4}]]."),
        ("agent", f"Thank you. I'm calling about account [[ACCOUNT_NUMBER:{acct}]], originally a store card, with a balance of ((price:${bal:,}.{rint(10, 99)}))."),
        ("customer", f"I can't pay that all at once. Could I do ((price:${mo} a month))?"),
        ("agent", f"We can do that, or settle today for ((percentage:{pct}%)) of the balance."),
        ("customer", "The monthly plan, please. Take the first payment now."),
        ("agent", "Card number?"),
        ("customer", f"[[CARD_NUMBER:{tcard(c)}]], expiration [[EXPIRY:{em:02d}/{ey}]], CVV [[CVV:{cv}]]."),
        ("agent", f"Thank you. Payments will come out on the ((date:{osx(rint(1, 28))})) of each month for ((duration:{rint(8, 30)} months))."),
    ]


@case("asr")
def debt_uk_plan_interrupted():
    ref = rl(2).lower() + rd(8)
    b = dob(1965, 1998)
    pc = uk_pc("NE")
    c = card("visa")
    cv = cvv()
    em, ey = expiry()
    owed = money(400, 3000)
    mo = money(20, 80)
    return [
        ("agent", "hello you're through to northgate collections my name's [[NAME:craig]] can i take your reference"),
        ("customer", f"yeah it's [[ACCOUNT_NUMBER#r:{spelln(ref[:2])} {rs(ref[2:6], [4])}]] um [[ACCOUNT_NUMBER#r:{rs(ref[6:], [4])}]]"),
        ("agent", "and your name and date of birth"),
        ("customer", f"[[NAME:leanne robson]] [[DOB:{sp_dob(b, 'num_dm')}]]"),
        ("agent", "and the postcode"),
        ("customer", f"[[POSTCODE:{spell(pc)}]]"),
        ("agent", f"thanks [[NAME:leanne]] so the balance is ((price:{nw(owed)} pounds)) what can you afford each month"),
        ("customer", f"honestly about ((price:{nw(mo)} quid)) i've just gone on universal credit"),
        ("agent", "that's fine we'll set that up do you want to make the first one by card"),
        ("customer", f"yeah [[CARD_NUMBER#c:{rs(c[:4], [4])}]] [[CARD_NUMBER#c:{rs(c[4:8], [4])}]]"),
        ("agent", "sorry the line went you said"),
        ("agent", f"[[CARD_NUMBER:{rs(c[4:8], [4])}]] then"),
        ("customer", f"yeah [[CARD_NUMBER#c:{rs(c[8:], [4, 4])}]]"),
        ("agent", "expiry"),
        ("customer", f"[[EXPIRY:{dig(f'{em:02d}')} {prs(str(ey))}]]"),
        ("agent", "and security code"),
        ("customer", f"[[CVV:{dig(cv)}]]"),
        ("agent", f"done first payment of ((price:{nw(mo)} pounds)) taken the next is in ((duration:four weeks))"),
    ]


@case("transcript")
def debt_ca_settlement_sin():
    acct = "CR-" + rd(8)
    sn = sin_ca()
    b = dob(1955, 1990)
    pc = ca_pc("R")
    bal = money(1200, 9000)
    pct = R.choice([40, 45, 55, 60])
    em_ = email("wes.kowal", "mts.net")
    return [
        ("agent", "Good afternoon, Prairie Credit Solutions, this is [[NAME:Sunita]]. May I speak with [[NAME:Wesley Kowal]]?"),
        ("customer", "Speaking."),
        ("agent", "To verify your identity, please confirm your date of birth and postal code."),
        ("customer", f"[[DOB:{long_us(b)}]], [[POSTCODE:{pc}]]."),
        ("agent", f"Thank you. This is regarding account [[ACCOUNT_NUMBER:{acct}]], a balance of ((price:${bal:,})) from a line of credit."),
        ("customer", f"I disputed this in ((year:{rint(2019, 2022)})). Before I agree to anything, I want it in writing."),
        ("agent", f"Of course. We can offer a settlement at ((percentage:{pct}%)) of the balance. For the letter I'll need your SIN to match the file."),
        ("customer", f"It's [[SSN:{sn[:3]}-{sn[3:6]}-{sn[6:]}]]."),
        ("agent", f"Thank you. I'll email the offer. What address?"),
        ("customer", f"[[EMAIL:{em_}]]. And you can't call me before ((time:{rint(8, 9)} a.m.)), I work nights."),
        ("agent", "Noted on the file."),
    ]


@case("asr")
def debt_au_mc_readback():
    acct = rd(9, "123456789")
    b = dob(1970, 2000)
    hn = rint(2, 150)
    state = "QLD"
    pc = au_pc(state)
    ph = au_mobile()
    c = card("mc")
    cv = cvv()
    em, ey = expiry()
    amt = money(100, 600)
    return [
        ("agent", "good morning this is [[NAME:nathan]] from coastal collections am i speaking with [[NAME:tegan walsh]]"),
        ("customer", "yeah that's me"),
        ("agent", "before i go on can you confirm your date of birth"),
        ("customer", f"[[DOB:{sp_dob(b, 'of')}]]"),
        ("agent", f"and your address"),
        ("customer", f"[[ADDRESS:{nw(hn)} mango street nambour]] queensland [[POSTCODE:{say(pc, '4d')}]]"),
        ("agent", f"thanks [[NAME:tegan]] it's about account [[ACCOUNT_NUMBER:{rs(acct, [3, 3, 3])}]] with ((price:{nw(amt)} dollars)) overdue"),
        ("customer", "yeah i can pay it today actually i just got paid"),
        ("agent", "great go ahead with the card"),
        ("customer", f"[[CARD_NUMBER#c:{rs(c[:4], [4])}]]"),
        ("agent", "yep"),
        ("customer", f"[[CARD_NUMBER#c:{rs(c[4:8], [4])}]]"),
        ("agent", "yep"),
        ("customer", f"[[CARD_NUMBER#c:{rs(c[8:12], [4])}]] [[CARD_NUMBER#c:{rs(c[12:], [4])}]] expiry [[EXPIRY:{prs(f'{em:02d}')} {prs(str(ey))}]] and the code's [[CVV:{dig(cv)}]]"),
        ("agent", f"so that's the mastercard ending [[CARD_NUMBER:{rs(c[-4:], [4])}]] for ((price:{nw(amt)} dollars)) today"),
        ("customer", "yep"),
        ("agent", f"and is [[PHONE:{rs(ph, [4, 3, 3])}]] still the best number"),
        ("customer", "yep that's me"),
    ]


@case("transcript")
def debt_ie_credit_union():
    mem = rd(6, "123456789")
    pps = pps_ie()
    b = dob(1960, 1995)
    ph = ie_mobile()
    arrears = money(300, 2500)
    wk = money(20, 60)
    return [
        ("agent", "Good morning, St. Brigid's Credit Union, [[NAME:Noreen]] speaking."),
        ("customer", "Hi [[NAME:Noreen]], I got a letter about arrears on my loan and I'd like to sort out a plan."),
        ("agent", "Of course. Your member number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{mem}]]."),
        ("agent", "And for security, your PPS number and date of birth?"),
        ("customer", f"[[SSN:{pps}]], and [[DOB:{b.day:02d}-{b.month:02d}-{b.year}]]."),
        ("agent", f"Thank you, Mr [[NAME:Dolan]]. The arrears are ((price:€{arrears:,})). What can you manage?"),
        ("customer", f"((price:€{wk} a week)) from my wages."),
        ("agent", f"That clears it in about ((duration:{arrears // wk + 1} weeks)). I'll send the agreement. Is [[PHONE:{ph[:3]} {ph[3:]}]] right for texts?"),
        ("customer", "Yes."),
    ]


@case("asr")
def debt_us_medical_ssn_correction():
    acct = rd(8, "123456789")
    s = ssn()
    wrong = s[:3] + s[4] + s[3] + s[5:] if s[3] != s[4] else s[:3] + str((int(s[3:5]) + 11) % 100).zfill(2) + s[5:]
    b = dob(1955, 1995)
    z = zip5()
    c = card("disc")
    cv = cvv()
    em, ey = expiry()
    amt = money(200, 1500)
    return [
        ("agent", "hi this is [[NAME:brianna]] with medical accounts recovery i'm calling for [[NAME:roberto salazar]]"),
        ("customer", "yeah that's me what's this about"),
        ("agent", "it's about a bill from valley regional hospital can i verify your social security number"),
        ("customer", f"[[SSN#s!:{rs(wrong[:5], [3, 2])}]] no wait [[SSN#s:{dig(s[:3])} {dig(s[3:5])} {rs(s[5:], [4])}]]"),
        ("agent", "and date of birth"),
        ("customer", f"[[DOB:{sp_dob(b, 'num_md')}]]"),
        ("agent", f"thank you account [[ACCOUNT_NUMBER:{rs(acct, [4, 4])}]] has ((price:{nw(amt)} dollars)) outstanding from your er visit"),
        ("customer", "i thought insurance covered that"),
        ("agent", f"they paid ((percentage:eighty percent)) this is your part"),
        ("customer", "fine i'll just pay it on my discover"),
        ("customer", f"[[CARD_NUMBER:{rs(c, [4, 4, 4, 4])}]] expires [[EXPIRY:{prs(f'{em:02d}')} {prs(str(ey))}]] code [[CVV:{dig(cv)}]] zip's [[POSTCODE:{dig(z)}]]"),
        ("agent", "thank you you'll get a receipt in the mail"),
    ]


@case("transcript")
def debt_uk_direct_debit():
    ref = "DC" + rd(7)
    sort = rd(6)
    acc = rd(8)
    b = dob(1960, 1995)
    hn = rint(1, 99)
    pc = uk_pc("CF")
    ph = uk_land()
    mo = money(25, 120)
    return [
        ("agent", "Good morning, Castell Debt Recovery, [[NAME:Rhys]] speaking."),
        ("customer", f"Hi, I want to set up a direct debit for my arrangement. The reference is [[ACCOUNT_NUMBER:{ref}]]."),
        ("agent", "Thank you. Can you confirm your name, date of birth and address?"),
        ("customer", f"[[NAME:Carys Llewellyn]], [[DOB:{dmy(b)}]], [[ADDRESS:{hn} Cathedral Road, Cardiff]], [[POSTCODE:{pc}]]."),
        ("agent", f"Thank you. The agreed amount is ((price:£{mo}.00)) a month. Sort code and account number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{sort[:2]}-{sort[2:4]}-{sort[4:]}]] and [[ACCOUNT_NUMBER:{acc}]]."),
        ("agent", f"And which day of the month? We can do any day from the ((date:{osx(1)})) to the ((date:{osx(28)}))."),
        ("customer", f"The ((date:{osx(rint(2, 27))})), after I'm paid."),
        ("agent", f"Done. You'll get a letter within ((duration:{rint(3, 5)} working days)). Is [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]] still your home number?"),
        ("customer", "It is."),
    ]


@case("asr")
def debt_ca_amex_plan():
    acct = rd(7, "123456789")
    c = card("amex")
    cv = cvv(4)
    em, ey = expiry()
    mo = money(75, 300)
    user = "tremblay.julie" + rd(2)
    return [
        ("agent", "hello this is [[NAME:mike]] from lakehead financial recovery is this [[NAME:julie tremblay]]"),
        ("customer", "oui yes that's me"),
        ("agent", f"i'm calling about account ending [[ACCOUNT_NUMBER:{rs(acct[-4:], [4])}]] we spoke last week about a plan"),
        ("customer", f"yes i want to do the ((price:{nw(mo)} dollars)) a month"),
        ("agent", "great which card"),
        ("customer", f"amex [[CARD_NUMBER#c:{rs(c[:4], [4])}]] uh [[CARD_NUMBER#c:{rs(c[4:10], [3, 3])}]] and [[CARD_NUMBER#c:{rs(c[10:], [2, 3])}]]"),
        ("agent", "and the expiry"),
        ("customer", f"[[EXPIRY:{prs(f'{em:02d}')} {prs(str(ey))}]]"),
        ("agent", "and the four digit code"),
        ("customer", f"[[CVV:{dig(cv)}]]"),
        ("agent", "and an email for the agreement"),
        ("customer", f"[[EMAIL:{sp_email(user, 'videotron.ca')}]]"),
        ("agent", f"you'll have it within ((duration:the hour)) thank you [[NAME:julie]]"),
    ]


@case("transcript")
def debt_au_bsb():
    ref = rd(10, "123456789")
    bsb = rd(6)
    acc = rd(9)
    b = dob(1965, 1998)
    pc = au_pc("VIC")
    amt = money(2000, 9000)
    fn = money(40, 150)
    return [
        ("agent", "Good afternoon, Southern Star Collections, [[NAME:Liam]] speaking."),
        ("customer", f"Hi [[NAME:Liam]], it's [[NAME:Bronwyn Cartwright]]. I want to set up a payment plan for reference [[ACCOUNT_NUMBER:{ref}]]."),
        ("agent", "Sure. Date of birth and postcode for security?"),
        ("customer", f"[[DOB:{dmy(b)}]], and [[POSTCODE:{pc}]]."),
        ("agent", f"Thanks. The balance is ((price:${amt:,}.{rint(10, 99)})). We could do ((price:${fn} a fortnight))."),
        ("customer", "That works. Direct debit from my bank account."),
        ("agent", "BSB and account number?"),
        ("customer", f"BSB [[ACCOUNT_NUMBER:{bsb[:3]}-{bsb[3:]}]], account [[ACCOUNT_NUMBER:{acc}]]."),
        ("agent", f"That's BSB [[ACCOUNT_NUMBER:{bsb[:3]} {bsb[3:]}]], account ending [[ACCOUNT_NUMBER:{acc[-3:]}]]. First debit in ((duration:{rint(7, 14)} days))."),
        ("customer", "Great."),
    ]


@case("asr")
def debt_ie_partner():
    ref = rd(8, "123456789")
    b = dob(1960, 1990)
    c = card("visa")
    cv = cvv()
    em, ey = expiry()
    amt = money(100, 900)
    return [
        ("agent", "hello you're through to liffey credit management [[NAME:aoibhinn]] speaking"),
        ("customer", "hi i'm ringing on behalf of my husband he's in hospital and there's a letter here about his account"),
        ("agent", "sorry to hear that what's his name"),
        ("customer", "[[NAME:padraig]] [[NAME:padraig o'rourke]] and i'm [[NAME:sinead]]"),
        ("agent", "and his date of birth"),
        ("customer", f"[[DOB:{sp_dob(b, 'the_of')}]]"),
        ("agent", "and the reference on the letter"),
        ("customer", f"[[ACCOUNT_NUMBER:{rs(ref, [2, 3, 3])}]]"),
        ("agent", f"okay i can take a payment from you with his permission it's ((price:{nw(amt)} euro)) to clear the arrears"),
        ("customer", f"he said to pay it off on my card [[CARD_NUMBER:{rs(c[:8], [4, 4])} {rs(c[8:], [4, 4])}]]"),
        ("agent", "expiry date"),
        ("customer", f"[[EXPIRY:{dig(f'{em:02d}')} {prs(str(ey))}]]"),
        ("agent", "and the three on the back"),
        ("customer", f"[[CVV:{dbl(cv)}]]"),
        ("agent", f"that's gone through i'll note the account"),
    ]


@case("transcript")
def debt_us_dispute():
    acct = rd(12)
    hn = rint(100, 9999)
    z = zip4()
    em_ = email("k.ramirez" + rd(4), "gmail.com")
    s4 = ssn()[-4:]
    amt1, amt2 = money(200, 900), money(40, 190)
    d1 = day(2024, range(1, 13))
    return [
        ("agent", "Meridian Account Services, this is [[NAME:Trevor]]. How may I help you?"),
        ("customer", f"I'm disputing a debt you're trying to collect. Account [[ACCOUNT_NUMBER:{acct}]]. My name is [[NAME:Karina Ramirez]]."),
        ("agent", "I can help with that. Last four of your Social for verification?"),
        ("customer", f"[[SSN:{s4}]]."),
        ("agent", f"Thank you. It shows ((price:${amt1}.{rint(10, 99)})) from a gym membership, plus ((price:${amt2})) in fees, last payment ((date:{mdy(d1)}))."),
        ("customer", f"I cancelled that membership in writing. I'll send proof. Please update my address to [[ADDRESS:{hn} Cactus Wren Drive, Tucson]], AZ [[POSTCODE:{z}]]."),
        ("agent", f"Updated. Collection activity is paused for ((duration:{R.choice([30, 45, 60])} days)) while we review. Where should we send the validation notice?"),
        ("customer", f"By email, [[EMAIL:{em_}]]."),
        ("agent", "Done."),
    ]


@case("asr")
def debt_uk_readback_nino():
    ref = rd(9, "123456789")
    ni = nino()
    ph = uk_mobile()
    c = card("mc")
    cv = cvv()
    em, ey = expiry()
    amt = money(30, 200)
    return [
        ("agent", "you're through to pennine financial [[NAME:shaun]] speaking"),
        ("customer", f"hi [[NAME:shaun]] i'm ringing to make a payment my reference is [[ACCOUNT_NUMBER:{rs(ref, [3, 3, 3])}]]"),
        ("agent", "for security can i take your national insurance number"),
        ("customer", f"[[SSN:{spell(ni[:2])} {rs(ni[2:8], [2, 2, 2])} {ni[8].lower()}]]"),
        ("agent", "and your name"),
        ("customer", "[[NAME:stacey bramhall]]"),
        ("agent", f"thank you [[NAME:stacey]] how much would you like to pay"),
        ("customer", f"((price:{nw(amt)} pounds)) on my card"),
        ("customer", f"[[CARD_NUMBER:{rs(c, [4, 4, 4, 4])}]] expires [[EXPIRY:{prs(f'{em:02d}')} {prs(str(ey))}]] security [[CVV:{dig(cv)}]]"),
        ("agent", f"let me just read that back [[CARD_NUMBER:{rs(c, [2, 2, 4, 4, 4])}]]"),
        ("customer", "yeah"),
        ("agent", f"that's gone through and i'll text a receipt to [[PHONE:{rs(ph, [5, 3, 3])}]]"),
    ]


# ---- extra: look-alikes crowded around real values -----------------------------------------


@case("transcript")
def motor_au_breakdown_odometer():
    pol = "CMP" + rd(7)
    b = dob(1975, 2000)
    loss = day(2025, range(5, 9))
    odo = money(20000, 190000)
    claim = money(1500, 6000)
    ph = au_land()
    tow = rint(8, 60)
    return [
        ("agent", "Red Gum Motor Claims, [[NAME:Jarrah]] speaking. Policy number, please?"),
        ("customer", f"[[ACCOUNT_NUMBER:{pol}]], and I'm claiming ((price:${claim:,})) for the engine damage."),
        ("agent", "And your name and date of birth?"),
        ("customer", f"[[NAME:Felicity Okonkwo]], [[DOB:{dmy(b)}]]. It happened on ((date:{dmy(loss)})), coming back from Ballarat."),
        ("agent", "What happened?"),
        ("customer", f"The dash showed error code ((other:P0{rint(100, 999)})), then it overheated. The gauge said ((other:{rint(110, 125)} degrees)). The odometer reads ((other:{odo:,} km))."),
        ("agent", f"Was it towed?"),
        ("customer", f"Yes, ((other:{tow} kilometres)) to a garage in Bacchus Marsh. They said the head gasket's gone on the ((year:{rint(2012, 2019)})) model."),
        ("agent", f"Okay. Did you get the tow driver's details?"),
        ("customer", f"Just his first name, [[NAME:Shane]], and the tow company's job number, [[ACCOUNT_NUMBER:{rd(6, '123456789')}]], which is printed above their number, [[PHONE:({ph[:2]}) {ph[2:6]} {ph[6:]}]]."),
        ("agent", f"That's plenty. An assessor will call within ((duration:{rint(2, 3)} business days))."),
    ]


@case("asr")
def retail_uk_router_speedtest():
    order = rd(8, "123456789")
    ph = uk_mobile()
    pc = uk_pc("LE")
    speed = rint(3, 15)
    promised = R.choice([67, 74, 150, 500])
    return [
        ("agent", "hi you're through to swiftline broadband returns this is [[NAME:jade]]"),
        ("customer", "hi [[NAME:jade]] the router you sent me is rubbish i want to send it back"),
        ("agent", "sorry to hear that what's the order number"),
        ("customer", f"[[ACCOUNT_NUMBER:{rs(order, [4, 4])}]] and my number's [[PHONE:{rs(ph, [5, 6])}]] if you need it"),
        ("agent", "what's happening with it"),
        ("customer", f"it keeps showing error ((other:e {rs(rd(3, '1234'), [3], 'd')})) and the speed test says ((other:{nw(speed)} megs)) when i'm paying for ((other:{nw(promised)}))"),
        ("agent", f"okay is it the ((model_number:hub {nw(rint(3, 6))})) the white one"),
        ("customer", f"yeah i've had it ((duration:{nw(rint(3, 12))} days)) and restarted it like ((count:{nw(rint(10, 30))})) times"),
        ("agent", "right you're in the ((duration:fourteen day)) window so i'll send a returns bag what's the postcode"),
        ("customer", f"[[POSTCODE:{spell(pc)}]] and the name's [[NAME:kieran moss]]"),
        ("agent", f"thanks [[NAME:kieran]] and you'll get ((percentage:fifty percent)) off next month for the hassle"),
    ]


@case("transcript")
def gov_us_business_licence():
    lic = "BL-" + rd(2) + "-" + rd(5)
    ein = rd(2) + "-" + rd(7)
    hn = rint(100, 5000)
    z = zip5()
    fee = money(50, 400)
    ph = us_phone(("617", "857"))
    yr = rint(2016, 2022)
    yr2 = rint(2026, 2027)
    return [
        ("agent", "City Clerk's office, licensing, this is [[NAME:Bernard]]."),
        ("customer", f"Hi, I'm renewing the business license for my bakery. License [[ACCOUNT_NUMBER:{lic}]]. We've been open since ((year:{yr}))."),
        ("agent", "Name of the owner?"),
        ("customer", f"[[NAME:Colleen Fitzpatrick]]. Our federal EIN is [[ACCOUNT_NUMBER:{ein}]]."),
        ("agent", "And the premises address?"),
        ("customer", f"[[ADDRESS:{hn} Dorchester Avenue, Boston]], MA [[POSTCODE:{z}]]. It's ((quantity:{rint(800, 2400)} square feet)) with seating for ((count:{rint(12, 40)}))."),
        ("agent", f"Thanks. The renewal fee is ((price:${fee})), plus ((price:${rint(10, 25)})) for the food handling inspection, which is ((duration:{rint(30, 90)} minutes))."),
        ("customer", f"Fine. The inspector can call me at [[PHONE:{fus(ph, 0)}]], we're open from ((time:{rint(5, 7)} a.m.))."),
        ("agent", f"Great. The new license runs to ((date:{MONTHS[rint(1, 12)]} {yr2})) and your fire inspection is due in ((year:{yr2 + 1}))."),
    ]


@case("asr")
def debt_au_partner_tfn():
    ref = rd(8, "123456789")
    tf = tfn_au()
    b1 = dob(1975, 1995)
    b2 = dob(1975, 1995)
    ph = au_mobile()
    amt = money(800, 4000)
    fn = money(50, 150)
    return [
        ("agent", "hi it's [[NAME:georgia]] from outback debt solutions can i speak to [[NAME:lachie]]"),
        ("customer", "he's at work this is his partner [[NAME:keeley]] is it about the car loan"),
        ("agent", "i can only discuss it with him unless he's authorised you"),
        ("customer", "he did we filled in the form last month i'm on there as a third party"),
        ("agent", f"okay let me check can i get your full name and date of birth"),
        ("customer", f"[[NAME:keeley anne dawson]] [[DOB:{sp_dob(b1, 'ord_month')}]] and his is [[DOB:{sp_dob(b2, 'num_dm')}]]"),
        ("agent", f"yes you're on there the reference is [[ACCOUNT_NUMBER:{rs(ref, [4, 4])}]] and it's ((price:{nw(amt)} dollars)) overdue by ((duration:{nw(rint(60, 120))} days))"),
        ("customer", f"can we do ((price:{nw(fn)} a fortnight)) he gets paid every second thursday"),
        ("agent", "we can do that i'll need his tax file number for the hardship form"),
        ("customer", f"[[SSN#t:{rs(tf[:3], [3])}]] um [[SSN#t:{rs(tf[3:], [3, 3])}]]"),
        ("agent", f"and the best number for him"),
        ("customer", f"[[PHONE:{rs(ph, [4, 3, 3])}]] after ((time:four))"),
        ("agent", f"thanks [[NAME:keeley]] that's set from the ((date:{ow(rint(1, 28))}))"),
    ]


# --------------------------------------------------------------------------- build and check
MARK = re.compile(r"\[\[([A-Z_]+)(?:#([A-Za-z0-9_]+)(!?))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")


def parse_utt(raw):
    """Markup -> clean text and spans (offsets computed from the clean text)."""
    clean, spans, last, off = [], [], 0, 0
    for m in MARK.finditer(raw):
        lead = raw[last:m.start()]
        clean.append(lead)
        off += len(lead)
        if m.group(1):
            txt = m.group(4)
            spans.append(("pii", m.group(1), m.group(2), m.group(3) == "!", off, off + len(txt), txt))
        else:
            txt = m.group(6)
            spans.append(("keep", m.group(5), None, False, off, off + len(txt), txt))
        clean.append(txt)
        off += len(txt)
        last = m.end()
    clean.append(raw[last:])
    return "".join(clean), spans


def build():
    out, side, errors = [], [], []
    for n, (style, fn) in enumerate(CASES, 1):
        cid = f"t16-{n:03d}"
        utts, pii, keep, superseded = [], [], [], set()
        for ui, (spk, raw) in enumerate(fn()):
            text, spans = parse_utt(raw)
            for marker in ("[[", "]]", "((", "))"):
                if marker in text:
                    errors.append(f"{cid} u{ui}: stray markup {marker!r}")
            utts.append({"speaker": spk, "text": text})
            for kind, typ, lab, sup, s, e, txt in spans:
                if kind == "pii":
                    pii.append((ui, s, e, typ, lab))
                    if sup:
                        superseded.add((ui, s))
                else:
                    keep.append({"utterance": ui, "start": s, "end": e, "kind": typ})
        pii.sort(key=lambda x: (x[0], x[1]))
        names, gi, plist = {}, 0, []
        for ui, s, e, typ, lab in pii:
            if lab is None or lab not in names:
                gi += 1
                g = f"g{gi}"
                if lab is not None:
                    names[lab] = g
            else:
                g = names[lab]
            plist.append({"utterance": ui, "start": s, "end": e, "type": typ, "group": g})
        keep.sort(key=lambda k: (k["utterance"], k["start"]))
        out.append({"case_id": cid, "style": style, "utterances": utts, "pii": plist,
                    "keep": keep})
        side.append(superseded)
    return out, side, errors


MINIMUMS = {"CARD_NUMBER": 28, "CVV": 20, "EXPIRY": 20, "SSN": 12, "PHONE": 20, "EMAIL": 18,
            "DOB": 20, "ADDRESS": 20, "POSTCODE": 24, "ACCOUNT_NUMBER": 55, "NAME": 200}
ASR_OK = re.compile(r"[a-z0-9' ]+")


def check(cases, side, errors):
    ids = set()
    for c, superseded in zip(cases, side):
        cid = c["case_id"]
        if cid in ids:
            errors.append(f"{cid}: duplicate id")
        ids.add(cid)
        if c["style"] not in ("transcript", "asr"):
            errors.append(f"{cid}: bad style")
        utts = c["utterances"]
        if not utts:
            errors.append(f"{cid}: no utterances")
        for ui, u in enumerate(utts):
            if u["speaker"] not in SPEAKERS:
                errors.append(f"{cid} u{ui}: bad speaker")
            t = u["text"]
            if not t or t != t.strip() or "  " in t:
                errors.append(f"{cid} u{ui}: empty or badly spaced text {t!r}")
            if c["style"] == "asr" and not ASR_OK.fullmatch(t):
                errors.append(f"{cid} u{ui}: asr text not lower case without punctuation: {t!r}")
        covered = {}
        for sp in c["pii"] + c["keep"]:
            ui = sp["utterance"]
            if not 0 <= ui < len(utts):
                errors.append(f"{cid}: span on missing utterance {ui}")
                continue
            t = utts[ui]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errors.append(f"{cid} u{ui}: bad offsets {s}-{e}")
                continue
            piece = t[s:e]
            if piece != piece.strip() or not piece.strip(" ,.?!"):
                errors.append(f"{cid} u{ui}: span {piece!r} has edge space or is empty")
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                errors.append(f"{cid} u{ui}: span {piece!r} cuts a word")
            for i in range(s, e):
                if i in covered.setdefault(ui, set()):
                    errors.append(f"{cid} u{ui}: overlapping spans at {i} ({piece!r})")
                    break
            covered[ui].update(range(s, e))
        for sp in c["pii"]:
            if sp["type"] not in PII_TYPES:
                errors.append(f"{cid}: bad pii type {sp['type']}")
        for sp in c["keep"]:
            if sp["kind"] not in KEEP_KINDS:
                errors.append(f"{cid}: bad keep kind {sp['kind']}")
        # groups g1, g2, ... by first appearance, one type each
        seen, gtype = [], {}
        for sp in sorted(c["pii"], key=lambda x: (x["utterance"], x["start"])):
            g = sp["group"]
            if g not in seen:
                seen.append(g)
            if gtype.setdefault(g, sp["type"]) != sp["type"]:
                errors.append(f"{cid}: group {g} mixes types")
        if seen != [f"g{i}" for i in range(1, len(seen) + 1)]:
            errors.append(f"{cid}: groups not numbered by first appearance: {seen}")
        # every digit character is inside a span
        for ui, u in enumerate(utts):
            for i, ch in enumerate(u["text"]):
                if ch.isdigit() and i not in covered.get(ui, set()):
                    errors.append(f"{cid} u{ui}: digit {ch!r} at {i} outside any span: {u['text']!r}")
        # card groups: full numbers pass Luhn; a four-digit group (last four, or a piece read back)
        # must be part of a full card of the same case, where the case has one
        cards, fours = [], []
        for g in seen:
            if gtype[g] not in ("CARD_NUMBER", "CVV"):
                continue
            parts = [sp for sp in c["pii"] if sp["group"] == g
                     and (sp["utterance"], sp["start"]) not in superseded]
            ds = "".join(words_to_digits(utts[sp["utterance"]]["text"][sp["start"]:sp["end"]]) or "?"
                         for sp in parts)
            if gtype[g] == "CVV":
                if not re.fullmatch(r"[0-9]{3,4}", ds):
                    errors.append(f"{cid}: CVV group {g} reads {ds!r}")
                continue
            if len(ds) == 4 and ds.isdigit():
                fours.append((g, ds))
            elif ds.isdigit() and 13 <= len(ds) <= 19 and luhn_ok(ds):
                cards.append(ds)
            else:
                errors.append(f"{cid}: card group {g} reads {ds!r}, fails the Luhn check")
        for g, ds in fours:
            if cards and not any(ds in cd for cd in cards):
                errors.append(f"{cid}: last four {ds} in {g} is in no card of the case")
    # totals
    counts = totals(cases)
    for t, m in MINIMUMS.items():
        if counts["groups"].get(t, 0) < m:
            errors.append(f"total: {t} has {counts['groups'].get(t, 0)} values, needs {m}")
    if len(cases) < 80:
        errors.append(f"total: {len(cases)} cases, needs 80")
    if counts["utterances"] < 800:
        errors.append(f"total: {counts['utterances']} utterances, needs 800")
    if counts["keep_total"] < 290:
        errors.append(f"total: {counts['keep_total']} keep spans, needs 290")
    st = counts["styles"]
    if abs(st.get("asr", 0) - st.get("transcript", 0)) > len(cases) // 10:
        errors.append(f"total: styles unbalanced {st}")
    return errors


def totals(cases):
    groups, keep, styles, utt = {}, {}, {}, 0
    for c in cases:
        styles[c["style"]] = styles.get(c["style"], 0) + 1
        utt += len(c["utterances"])
        gs = {}
        for sp in c["pii"]:
            gs[sp["group"]] = sp["type"]
        for t in gs.values():
            groups[t] = groups.get(t, 0) + 1
        for k in c["keep"]:
            keep[k["kind"]] = keep.get(k["kind"], 0) + 1
    return {"groups": groups, "keep": keep, "styles": styles, "utterances": utt,
            "keep_total": sum(keep.values())}


def main():
    cases, side, errors = build()
    errors = check(cases, side, errors)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        sys.exit(1)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    OUT.write_text(text, encoding="utf-8")
    t = totals(cases)
    print(f"wrote {OUT.name}: {len(cases)} cases, {t['utterances']} utterances, styles {t['styles']}")
    print("values per type:", dict(sorted(t["groups"].items())))
    print(f"keep spans ({t['keep_total']}):", dict(sorted(t["keep"].items())))


if __name__ == "__main__":
    main()
