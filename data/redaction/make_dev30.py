#!/usr/bin/env python3
"""Write dev30.jsonl, a redaction development set (case ids t26-001 ...).

Written as the held-out set test26.jsonl, measured once with the twenty-eighth round's code,
then renamed dev30 and tuned on in the twenty-ninth round.

    python3 data/redaction/make_dev30.py           # build, validate, print counts, write
    python3 data/redaction/make_dev30.py --check   # build and validate only

Deterministic: one seeded random.Random (R) drives every number, and the cases are built in a
fixed order, so every run writes the same bytes. Any failed check prints FAIL lines, exits 1 and
writes nothing. Only the standard library is used. The labeller read lines 1-257 of README.md
(format, span conventions, how the earlier sets were made) and no other file of the repository.

What the set leans on
---------------------
Payments and identity checks where the talk around the numbers is messy, in industries earlier
sets did not cover: council tax (one IVR), parking fines and clamps, dentists, opticians, vets,
airline change fees, bags and seat upgrades, mobile top-ups (IVR) and SIM replacement/RICA, car
hire damage charges, solicitors, accountants and tax agents, school trips and uniform shops,
wedding and event venues, tool hire, storage units, boiler cover and home warranty, removals
deposits, bike shops, cinema memberships (IVR), music lessons and florists. Callers from the US,
UK, Ireland, Canada, Australia, New Zealand, South Africa and India. Cards read in 2 to 5 pieces
over several turns with back-channels, callers asking the agent to wait or to repeat, corrected
pieces, wrong read-backs corrected, restarts from the beginning, cards (with expiry and code) given
before they are asked for, last fours said by either side; codes and expiries said before the
ask, in one breath with the card, "worn off", "double"/"triple", month names, "end of", expired
cards; amounts, times, seats, gates, rooms, locker and gate codes, PUKs, OTPs beside them; callers
interrupted, on speakerphone, reading from letters, a second person giving the card, holds and
transfers where a new agent checks again; dates of birth in many shapes; addresses and postcodes
of the eight countries; account, booking, fine and membership numbers with letters and digits
(phonetic alphabet, "dash"); names from many languages and names that are also words.

Markup (stripped by code; every offset is computed from the clean text)
-----------------------------------------------------------------------
[[TYPE:text]]        a pii value said in one piece (a group of its own)
[[TYPE#tag:text]]    a piece of a value; the same tag in a case is the same group. Pieces of one
                     group with only spaces between them are merged into one span (a value is
                     split only by something that is not a digit word). Groups are numbered g1,
                     g2, ... in order of first appearance.
[[TYPE#tag!:text]]   "!" marks a corrected wrong piece: it stays in the value's group (README:
                     a corrected card/SSN piece stays in the group) and is left out of the Luhn,
                     national-id and phone checks.
card tags l4...      a card's last four, said by agent or caller: a group of its own, checked to
                     equal the last four of a card read out in the case ("l4...!": a card on
                     file or an old card that is not read out).
card tags rb...      one or more blocks of a card said again: the agent's read-back or the
                     caller's repeat or correction of a block: a group of its own, checked to be
                     inside a card of the case ("rb...!": a wrong read-back, not checked).
card tags ab...      an abandoned start: the first digits before the caller restarts from the
                     beginning; a group of its own, checked to be the start of a card of the case.
((kind:text))        a keep span (look-alike).

Labelling choices where the README is silent or earlier sets differ
-------------------------------------------------------------------
- A whole card read back wrongly is one rb group; the caller's correction of a block is another.
  A block the caller says again when asked to repeat is an rb group; the rest of the card after
  it stays in the card's group. A restarted card: the abandoned start is its own group.
- An expired card's number and expiry are labelled; the agent saying when it ran out ("april
  twenty twenty five") is a date look-alike. "end of" before an expiry is outside the span.
- A surname spelled out after the name ("... that's h r y t s e n k o") is a NAME group of its
  own (a second mention). Agents' first names, the caller addressing the agent, children, third
  parties and the person a card message is from are NAMEs; titles (Mr, Mrs, Ms., mister, coach,
  the doctor) stay outside; pets' names (George, Mango, Pepper, Bramble) and business names
  (Kowalski Brothers, Baxter and Pruitt) are not names. Ordinary uses of words that are also
  names in the set (hope, will, summer, rose, frankly) are left unlabelled on purpose.
- SSN holds the national ids: US SSN (full or last four; an agent's read-back of the last four is
  its own group), UK National Insurance number, Irish PPS, Canadian SIN, Australian TFN, South
  African ID (its birth date matches the DOB said in the same case) and Indian Aadhaar and PAN.
  An agent's read-back of an ID is a group of its own.
- ACCOUNT_NUMBER: council tax references, PCN/citation/infringement/clamp notice numbers, number
  plates, driving licence numbers (UK ones built from name and birth date), passport numbers,
  NHS numbers (mod-11 check) and health-card/medical-aid/insurance member ids, UTRs, sort codes
  and bank account numbers (each its own group), booking references and PNRs, frequent flyer
  and rewards numbers, a booking's confirmation code, rental agreement, claim, quote, job, order,
  policy, contract, customer, membership, pupil and student numbers.
- keep `other`: a payment's receipt, confirmation, transaction and dispute references, OTPs,
  account and SIM PINs/PUKs, gate, keypad and locker codes, storage unit and locker numbers,
  seats, gates, rooms, a school grade/class, clothing sizes by age, ages, temperatures,
  anniversaries ("ninetieth"), IMEIs, SIM serials and pet microchips (generated to fail Luhn),
  a bike frame serial and a fare code printed on every ticket.
- keep spans are number expressions only (digits, number words or ordinals); weekdays and bare
  month names are not spans. A rate belongs to the price ("nineteen pounds a month", "£56 a
  day", "per kg" is inside); "each way", "for the weekend" are outside. Counted things stay
  outside count spans ("38" boxes). Idioms and descriptions ("one moment", "the three digits",
  "press one", "the old one") are not spans.
- Phones come only from the README's fictional ranges: US and Canadian NPA-555-01xx and the UK
  Ofcom drama ranges (07700 900xxx, 020 7946 0xxx, 0161/0113/0117 496 0xxx), with +1/+44 forms.
  Callers in Ireland, Australia, New Zealand, South Africa and India give a UK mobile (with a
  reason said) or no phone.
- ADDRESS holds the street line and the town or suburb when it follows in the same breath; a town
  introduced with "in" is outside (README). Indian addresses keep plot/flat, society, road and
  area together. A wrong address the caller corrects is labelled too (its own group).
- Transcript text may carry accents (Gráinne, Siobhán, Zoë); ASR text is plain ASCII lower case.

Validator
---------
markup well formed (no nested or stray [[ ]] (( ))); known types, kinds and speakers; ASR
utterances only [a-z0-9' -]; every offset matches its text; spans non-empty, no edge space or
punctuation (a leading $ £ € + and a trailing % or a.m./p.m. allowed), not starting or ending
inside a word; no two spans (pii or keep) overlap; no two pii spans of one type with only a space
between them; each group has one type. Values (spoken numbers turned into digits, "double",
"triple", tens, teens, "hundred", spelled letters and "b for bravo"): card groups 15/16 digits
with a real prefix (Visa 4, Mastercard 51-55 and 2221-2720, Amex 34/37, Discover 6011/644-649/65)
passing Luhn, l4/rb/ab groups matched against the case's cards; CVV 3-4 digits; EXPIRY a month
name or a valid month; SSN by the case's country with its check (SSN area/group/serial, NI
pattern, PPS check letter, SIN Luhn, TFN weights, SA ID Luhn and date, Aadhaar Verhoeff, PAN
pattern); phones in the fictional ranges; postcodes in the country's shape (US ZIP, UK
postcode, Eircode, Canadian, AU/NZ/ZA 4 digits, Indian PIN); account numbers 4-34 letters and
digits with a digit; DOBs are generated dates 1941-2005 in the renderings made for them;
e-mails typed addresses or spoken "... at ... dot ..." without "@"; ADDRESS starts with a number
(or flat/unit/plot + number) and has a street word; NAME has no digits or title. Look-alikes hold
a number, never pass Luhn at 13-19 digits, and never have the digits of a pii span of the same
utterance. No digit outside a span and no run of four digit words outside a span; a word of a
NAME said in the case never appears unlabelled elsewhere in the case (listed ordinary words
excepted); no e-mail or address reused across cases; minimum counts: 80 cases, 1,000
utterances, 400 without pii, 280 keep spans covering all eleven kinds, 3 IVR cases, pii spans
CARD_NUMBER 40, CVV 25, EXPIRY 25, SSN 20, PHONE 35, EMAIL 20, DOB 25, ADDRESS 30, POSTCODE 35,
ACCOUNT_NUMBER 50, NAME 150, and at least 55% of utterances in asr style.
"""

import datetime
import json
import os
import re
import sys
import random

R = random.Random(20262026)   # the one seeded generator: every number in the set comes from it
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev30.jsonl")

# ----------------------------------------------------------------------------------------------
# number words
# ----------------------------------------------------------------------------------------------
ONES = "zero one two three four five six seven eight nine".split()
TEEN_W = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS_W = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DIG = {w: str(i) for i, w in enumerate(ONES)}
DIG.update({"oh": "0", "nought": "0"})
TEENS = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
TENS = {w: str(i) for i, w in enumerate(TENS_W) if w}
NATO = {w: w[0].upper() for w in (
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november "
    "oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu").split()}
SKIP = {"and", "dash", "hyphen", "slash", "space", "of", "the", "point", "plus", "st", "nd", "rd",
        "th"}
DIGIT_WORDS = set(DIG) | set(TEENS) | set(TENS) | {"double", "triple", "hundred"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON_ABBR = {m[:3].lower() for m in MONTHS} | {"sept"}
ORD_W = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
         8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
         14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
         18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ordw(n):
    if n in ORD_W:
        return ORD_W[n]
    return TENS_W[n // 10] + " " + ORD_W[n % 10]


def ordt(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def nw(n):
    """An integer in words ("one hundred and twelve")."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEEN_W[n - 10]
    if n < 100:
        return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + ("" if r == 0 else " and " + nw(r))
    t, r = divmod(n, 1000)
    if r == 0:
        return nw(t) + " thousand"
    if r < 100:
        return nw(t) + " thousand and " + nw(r)
    return nw(t) + " thousand " + nw(r)


def pair_w(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEEN_W[b]
    return TENS_W[a] + ("" if b == 0 else " " + ONES[b])


def d1(c, z):
    return z if c == "0" else ONES[int(c)]


def sd(d, mode=None, z=None):
    """Say a digit string the way callers do: digit by digit, in pairs, with double/triple."""
    mode = mode or R.choice(["d", "d", "d", "p", "m"])
    z = z or R.choice(["oh", "oh", "oh", "zero"])
    out, i, n = [], 0, len(d)
    while i < n:
        c = d[i]
        if mode != "d" and c != "0" and i + 1 < n and (mode == "p" or R.random() < 0.5):
            p = d[i:i + 2]
            if not (p[1] == "0" and p[0] != "1"):
                out.append(pair_w(p))
                i += 2
                continue
        if i + 2 < n and d[i + 1] == c and d[i + 2] == c and R.random() < 0.4:
            out.append("triple " + d1(c, z))
            i += 3
            continue
        if i + 1 < n and d[i + 1] == c and R.random() < 0.55:
            out.append("double " + d1(c, z))
            i += 2
            continue
        out.append(d1(c, z))
        i += 1
    return " ".join(out)


def sa(s, nato=0.0, dash=False, mode=None):
    """Say an id with letters and digits in ASR style."""
    out = []
    for m in re.finditer(r"[A-Za-z]|\d+|-", s):
        t = m.group(0)
        if t == "-":
            if dash:
                out.append("dash")
        elif t.isdigit():
            out.append(sd(t, mode))
        else:
            l = t.lower()
            if R.random() < nato:
                word = [w for w in NATO if w[0] == l][0]
                out.append(f"{l} for {word}" if R.random() < 0.6 else f"{l} as in {word}")
            else:
                out.append(l)
    return " ".join(out)


# ----------------------------------------------------------------------------------------------
# style-aware rendering (ST is the style of the case being built)
# ----------------------------------------------------------------------------------------------
ST = "transcript"


def asr():
    return ST == "asr"


def dg(d, mode=None):
    """Digits as the case's style says them."""
    return sd(d, mode) if asr() else d


def num(n):
    return nw(n) if asr() else str(n)


def rint(a, b):
    return R.randint(a, b)


def rdig(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def rlet(n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(pool) for _ in range(n))


def chunks(d, *sizes):
    assert sum(sizes) == len(d), (d, sizes)
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return out


def wrong(s):
    """The same block with one digit changed (a mis-said or mis-heard piece)."""
    i = rint(0, len(s) - 1)
    c = R.choice([x for x in "0123456789" if x != s[i]])
    return s[:i] + c + s[i + 1:]


def swap2(s):
    """The same block with two neighbouring digits swapped (a mis-read-back)."""
    for _ in range(20):
        i = rint(0, len(s) - 2)
        if s[i] != s[i + 1]:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return wrong(s)


# ---- cards ------------------------------------------------------------------------------------
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_digit(body):
    return [c for c in "0123456789" if luhn_ok(body + c)][0]


def card(brand="visa"):
    if brand == "visa":
        pre, n = "4", 16
    elif brand == "mc":
        pre, n = str(rint(51, 55)), 16
    elif brand == "mc2":
        pre, n = str(rint(2221, 2720)), 16
    elif brand == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif brand == "disc":
        pre, n = R.choice(["6011", "65", str(rint(644, 649))]), 16
    else:
        raise ValueError(brand)
    body = pre + rdig(n - 1 - len(pre))
    return body + luhn_digit(body)


def card_ok(d):
    if len(d) == 15:
        return d[:2] in ("34", "37") and luhn_ok(d)
    if len(d) != 16:
        return False
    good = (d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720
            or d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649)
    return good and luhn_ok(d)


def card_t(d):
    if len(d) == 15:
        return " ".join(chunks(d, 4, 6, 5))
    return " ".join(chunks(d, 4, 4, 4, 4))


def not_luhn(n, first="123456789"):
    while True:
        d = rdig(n, first)
        if not luhn_ok(d):
            return d


def cvv(n=3):
    return rdig(n)


# ---- expiry -----------------------------------------------------------------------------------
def expiry(expired=False):
    if expired:
        return rint(1, 12), rint(2023, 2025)
    return rint(1, 12), rint(2027, 2032)


def exp_r(m, y, fmt=None):
    M = MONTHS[m - 1]
    if asr():
        fmt = fmt or R.choice(["mmyy", "mmyy", "m_yy", "name", "name_full", "slash", "of"])
        yy = y % 100
        if fmt == "mmyy":
            return sd(f"{m:02d}", "d") + " " + pair_w(f"{yy:02d}")
        if fmt == "m_yy":
            return (ONES[m] if m < 10 else pair_w(str(m))) + " " + pair_w(f"{yy:02d}")
        if fmt == "name":
            return M.lower() + " " + pair_w(f"{yy:02d}")
        if fmt == "name_full":
            return M.lower() + " twenty " + pair_w(f"{yy:02d}")
        if fmt == "slash":
            return sd(f"{m:02d}", "d", "zero") + " slash " + sd(f"{yy:02d}", "d")
        if fmt == "of":
            return sd(f"{m:02d}", "d") + " of " + pair_w(f"{yy:02d}")
        raise ValueError(fmt)
    fmt = fmt or R.choice(["mm/yy", "mm/yy", "mm/yyyy", "Month yyyy", "Mon yy"])
    if fmt == "mm/yy":
        return f"{m:02d}/{y % 100:02d}"
    if fmt == "mm/yyyy":
        return f"{m:02d}/{y}"
    if fmt == "Month yyyy":
        return f"{M} {y}"
    if fmt == "Mon yy":
        return f"{M[:3]} {y}"
    raise ValueError(fmt)


# ---- dates of birth ---------------------------------------------------------------------------
REG_DOB = set()


def dob(lo=1941, hi=2005):
    start = datetime.date(lo, 1, 1).toordinal()
    end = datetime.date(hi, 12, 31).toordinal()
    return datetime.date.fromordinal(rint(start, end))


def year_w(y):
    if y >= 2000:
        r = y - 2000
        return R.choice(["two thousand and ", "two thousand "]) + nw(r) if r else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return nw(hi) + " hundred"
    if lo < 10:
        return nw(hi) + " oh " + ONES[lo]
    return nw(hi) + " " + nw(lo)


def dob_r(d, fmt=None):
    M = MONTHS[d.month - 1]
    if asr():
        fmt = fmt or R.choice(["ord", "us", "num", "short", "third", "yy"])
        if fmt == "ord":
            s = f"{ordw(d.day)} of {M.lower()} {year_w(d.year)}"
        elif fmt == "us":
            s = f"{M.lower()} {ordw(d.day)} {year_w(d.year)}"
        elif fmt == "num":
            s = f"{sd(f'{d.day:02d}', 'd')} {sd(f'{d.month:02d}', 'd')} {pair_w(f'{d.year % 100:02d}') if d.year % 100 >= 10 else 'oh ' + ONES[d.year % 10]}"
        elif fmt == "short":
            s = f"{nw(d.day)} {M.lower()} {year_w(d.year)}"
        elif fmt == "third":
            s = f"{ordw(d.day)} of the {ordw(d.month)} {year_w(d.year)}"
        elif fmt == "yy":
            yy = d.year % 100
            s = f"{ordw(d.day)} {M.lower()} {pair_w(f'{yy:02d}') if yy >= 10 else 'oh ' + ONES[yy]}"
        else:
            raise ValueError(fmt)
    else:
        fmt = fmt or R.choice(["dmy", "mdy", "long", "uslong", "ordof", "iso", "dots"])
        if fmt == "dmy":
            s = f"{d.day:02d}/{d.month:02d}/{d.year}"
        elif fmt == "mdy":
            s = f"{d.month:02d}/{d.day:02d}/{d.year}"
        elif fmt == "long":
            s = f"{d.day} {M} {d.year}"
        elif fmt == "uslong":
            s = f"{M} {d.day}, {d.year}"
        elif fmt == "ordof":
            s = f"{ordt(d.day)} of {M} {d.year}"
        elif fmt == "iso":
            s = d.isoformat()
        elif fmt == "dots":
            s = f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
        else:
            raise ValueError(fmt)
    REG_DOB.add(s)
    return s


# ---- national identifiers ---------------------------------------------------------------------
VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num_s):
    c = 0
    for i, ch in enumerate(reversed(num_s)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def pps_letter(d7, second=""):
    s = sum(int(d7[i]) * (8 - i) for i in range(7))
    if second:
        s += 9 * ((ord(second) - 64) % 23)
    r = s % 23
    return "W" if r == 0 else chr(64 + r)


def ird_check(base8):
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(a) * b for a, b in zip(base8, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return str(c)
    return None


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
PAN_RE = re.compile(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]")


def nid(country, **kw):
    """A national identifier with a valid check digit/letter, canonical form (no spaces)."""
    if country == "US":
        return f"{rint(1, 665):03d}{rint(1, 99):02d}{rint(1, 9999):04d}"
    if country == "UK":
        while True:
            p = rlet(1, "ABCEGHJKLMNPRSTWXYZ") + rlet(1, "ABCEGHJKLMNPRSTWXYZ")
            if p not in NI_BAD:
                return p + rdig(6) + R.choice("ABCD")
    if country == "IE":
        d7 = rdig(7)
        second = kw.get("second", R.choice(["", "A"]))
        return d7 + pps_letter(d7, second) + second
    if country == "CA":
        body = rdig(8, "1234567")
        return body + luhn_digit(body)
    if country == "AU":
        while True:
            body = rdig(8, "123456789")
            s = sum(int(a) * b for a, b in zip(body, TFN_W))
            if s % 11 != 10:
                d9 = s % 11
                full = body + str(d9)
                if sum(int(a) * b for a, b in zip(full, TFN_W)) % 11 == 0:
                    return full
    if country == "NZ":
        while True:
            base = str(rint(10000000, 14999999))
            c = ird_check(base)
            if c is not None:
                return base + c
    if country == "ZA":
        b = kw["dob"]
        body = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}{rint(0, 9999):04d}{R.choice('01')}8"
        return body + luhn_digit(body)
    if country == "IN":
        if kw.get("pan"):
            return rlet(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "P" + kw["pan"][0].upper() + rdig(4) + rlet(1)
        body = rdig(11, "23456789")
        return body + verhoeff_digit(body)
    raise ValueError(country)


def nid_ok(country, s):
    if country == "US":
        if len(s) == 4 and s.isdigit():
            return s != "0000"
        return (len(s) == 9 and s.isdigit() and 1 <= int(s[:3]) <= 665 and int(s[3:5]) >= 1
                and int(s[5:]) >= 1)
    if country == "UK":
        return bool(NI_RE.fullmatch(s)) and s[:2] not in NI_BAD
    if country == "IE":
        m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s)
        return bool(m) and pps_letter(m.group(1), m.group(3)) == m.group(2)
    if country == "CA":
        return len(s) == 9 and s.isdigit() and s[0] in "1234567" and luhn_ok(s)
    if country == "AU":
        return (len(s) == 9 and s.isdigit()
                and sum(int(a) * b for a, b in zip(s, TFN_W)) % 11 == 0)
    if country == "NZ":
        return (len(s) in (8, 9) and s.isdigit() and 10000000 < int(s) < 150000000
                and ird_check(s[:-1].zfill(8)) == s[-1])
    if country == "ZA":
        if not (len(s) == 13 and s.isdigit() and luhn_ok(s) and s[10] in "01"):
            return False
        try:
            datetime.date(2000 + int(s[:2]), int(s[2:4]), int(s[4:6]))
        except ValueError:
            return False
        return True
    if country == "IN":
        if PAN_RE.fullmatch(s):
            return True
        return len(s) == 12 and s.isdigit() and s[0] in "23456789" and verhoeff_ok(s)
    return False


def nid_r(s, country):
    """A national identifier rendered in the case's style."""
    if asr():
        return sa(s)
    if country == "US":
        return R.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s])
    if country == "UK":
        return R.choice([f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}", s])
    if country in ("CA", "AU"):
        return R.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])
    if country == "NZ":
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"
    if country == "ZA":
        return R.choice([s, f"{s[:6]} {s[6:10]} {s[10:]}"])
    if country == "IN" and s.isdigit():
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    return s


# ---- phones (fictional ranges only) ------------------------------------------------------------
AREAS = {"US": ["312", "503", "614", "512", "404", "602", "720", "612", "206", "919", "704", "415"],
         "CA": ["416", "604", "514", "403", "613", "902", "204", "780"]}


def phone(kind="uk_mob", area=None):
    if kind in ("US", "CA"):
        return (area or R.choice(AREAS[kind])) + "55501" + rdig(2)
    if kind == "uk_mob":
        return "07700900" + rdig(3)
    if kind == "uk_lon":
        return "02079460" + rdig(3)
    if kind == "uk_geo":
        return "0" + R.choice(["161", "113", "117"]) + "4960" + rdig(3)
    raise ValueError(kind)


def phone_ok(d):
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    if len(d) == 10 and d[0] != "0":
        return d[0] in "23456789" and d[3:8] == "55501"
    if len(d) == 12 and d[:2] == "44":
        d = "0" + d[2:]
    if len(d) == 11 and d[0] == "0":
        return bool(re.fullmatch(r"07700900\d{3}|02079460\d{3}|0(161|113|117)4960\d{3}", d))
    return False


def phone_r(d, intl=False):
    if asr():
        if intl:
            return ("plus four four " if d[0] == "0" else "plus one ") + sd(d[1:] if d[0] == "0" else d)
        return sd(d)
    if d[0] != "0":
        if intl:
            return f"+1 {d[:3]} {d[3:6]} {d[6:]}"
        return R.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}",
                         f"{d[:3]} {d[3:6]} {d[6:]}"])
    if d.startswith("07"):
        return f"+44 {d[1:5]} {d[5:]}" if intl else R.choice([f"{d[:5]} {d[5:]}", d])
    if d.startswith("020"):
        return f"020 {d[3:7]} {d[7:]}"
    return f"{d[:4]} {d[4:7]} {d[7:]}"


# ---- postcodes --------------------------------------------------------------------------------
ZIP_PRE = {"OH": (430, 458), "TX": (750, 799), "OR": (970, 979), "GA": (300, 319),
           "IL": (600, 629), "AZ": (850, 865), "CO": (800, 816), "MN": (550, 567),
           "NC": (270, 289), "WA": (980, 994), "MA": (10, 27), "NY": (100, 149),
           "FL": (320, 349), "PA": (150, 196), "MI": (480, 499), "CA": (900, 961)}
UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["D02", "D04", "D06", "D08", "D6W", "D12", "T12", "T23", "H91", "V94", "X91", "A65",
            "F94", "R95", "A92", "P31", "W23", "Y35"]
EIR_CH = "ACDEFHKNPRTVWXY"
CA_FIRST = {"ON": "MKLNP", "BC": "V", "QC": "HGJ", "AB": "T", "NS": "B", "MB": "R"}
CA_LET = "ABCEGHJKLMNPRSTVWXYZ"
AU_RANGE = {"NSW": (2000, 2599), "VIC": (3000, 3207), "QLD": (4000, 4179), "WA": (6000, 6199),
            "SA": (5000, 5199), "TAS": (7000, 7199)}
NZ_RANGE = {"Auckland": (1010, 1072), "Wellington": (6011, 6037), "Christchurch": (8011, 8083),
            "Dunedin": (9010, 9016), "Hamilton": (3200, 3216)}
ZA_RANGE = {"Cape Town": (7700, 8005), "Johannesburg": (2000, 2198), "Durban": (4001, 4091),
            "Pretoria": (2, 184), "Gqeberha": (6001, 6070)}
IN_RANGE = {"Mumbai": (400001, 400104), "Delhi": (110001, 110096), "Bengaluru": (560001, 560103),
            "Chennai": (600001, 600119), "Pune": (411001, 411062), "Hyderabad": (500001, 500098),
            "Kolkata": (700001, 700156)}


def postcode(country, where=None):
    if country == "US":
        lo, hi = ZIP_PRE[where]
        return f"{rint(lo, hi):03d}{rint(1, 99):02d}"
    if country == "UK":
        return where + " " + str(rint(1, 9)) + rlet(2, UK_INWARD)
    if country == "IE":
        return (where or R.choice(EIR_KEYS)) + " " + R.choice(EIR_CH) + "".join(
            R.choice(EIR_CH + "0123456789") for _ in range(3))
    if country == "CA":
        return (R.choice(CA_FIRST[where]) + str(rint(1, 9)) + R.choice(CA_LET) + " "
                + str(rint(1, 9)) + R.choice(CA_LET) + str(rint(0, 9)))
    if country == "AU":
        lo, hi = AU_RANGE[where]
        return f"{rint(lo, hi):04d}"
    if country == "NZ":
        lo, hi = NZ_RANGE[where]
        return f"{rint(lo, hi):04d}"
    if country == "ZA":
        lo, hi = ZA_RANGE[where]
        return f"{rint(lo, hi):04d}"
    if country == "IN":
        lo, hi = IN_RANGE[where]
        return str(rint(lo, hi))
    raise ValueError(country)


PC_RE = {
    "US": re.compile(r"\d{5}(\d{4})?"),
    "UK": re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}"),
    "IE": re.compile(r"([AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}"),
    "CA": re.compile(r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d"),
    "AU": re.compile(r"(0[289]|[1-9]\d)\d{2}"),
    "NZ": re.compile(r"\d{4}"),
    "ZA": re.compile(r"\d{4}"),
    "IN": re.compile(r"[1-8]\d{5}"),
}


def pc_r(pc):
    if asr():
        return sa(pc)
    return pc


# ---- accounts and other ids ---------------------------------------------------------------------
def acct(shape):
    """'9' a digit, 'A' a letter, 'X' a letter or digit; anything else is kept."""
    out = []
    for ch in shape:
        if ch == "9":
            out.append(R.choice("0123456789"))
        elif ch == "A":
            out.append(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "X":
            out.append(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789"))
        else:
            out.append(ch)
    return "".join(out)


def dvla(surname, initials, b, female=False):
    """A UK driving licence number built the DVLA way from the holder's name and birth date."""
    sur = re.sub(r"[^A-Z]", "", surname.upper())[:5].ljust(5, "9")
    mm = b.month + (50 if female else 0)
    return (f"{sur}{(b.year % 100) // 10}{mm:02d}{b.day:02d}{b.year % 10}"
            f"{initials.upper()[:2].ljust(2, '9')}9{rlet(2)}")


def nhs_number():
    """An NHS number with its mod-11 check digit (a health-card number: ACCOUNT_NUMBER here)."""
    while True:
        body = rdig(9, "4")
        c = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c != 10:
            return body + str(c)


def ac_r(s, nato=0.0, dash=False, mode=None):
    return sa(s, nato, dash, mode) if asr() else s


# ---- look-alike values ---------------------------------------------------------------------------
CUR = {"GBP": ("£", "pounds", "pence", "quid"), "USD": ("$", "dollars", "cents", "bucks"),
       "EUR": ("€", "euro", "cent", "euro"), "CAD": ("$", "dollars", "cents", "bucks"),
       "AUD": ("$", "dollars", "cents", "bucks"), "NZD": ("$", "dollars", "cents", "bucks"),
       "ZAR": ("R", "rand", "cents", "rand"), "INR": ("Rs ", "rupees", "paise", "rupees")}


def price(lo, hi, cur="GBP", cents=True):
    whole = rint(lo, hi)
    c = R.choice([0, 0, 50, 99, rint(1, 99)]) if cents else 0
    sym, big, small, slang = CUR[cur]
    if asr():
        if c == 0:
            return f"{nw(whole)} {R.choice([big, big, slang])}"
        return R.choice([f"{nw(whole)} {big} {nw(c)}", f"{nw(whole)} {nw(c)}",
                         f"{nw(whole)} {big} and {nw(c)} {small}"])
    w = f"{whole:,}"
    if cur == "INR":
        return f"Rs {w}" + (f".{c:02d}" if c else "")
    return f"{sym}{w}.{c:02d}" if c else f"{sym}{w}"


def tm(lo=7, hi=18):
    h, m = rint(lo, hi), R.choice([0, 0, 15, 30, 45, 5 * rint(1, 11)])
    h12 = h if h <= 12 else h - 12
    ap = "am" if h < 12 else "pm"
    if asr():
        if m == 0:
            return R.choice([f"{nw(h12)} o'clock", f"{nw(h12)} {' '.join(ap)}"])
        if m == 30:
            return R.choice([f"half {nw(h12)}", f"half past {nw(h12)}", f"{nw(h12)} thirty"])
        if m == 15:
            return f"quarter past {nw(h12)}"
        if m == 45:
            return f"quarter to {nw(h12 % 12 + 1)}"
        return f"{nw(h12)} {nw(m) if m >= 10 else 'oh ' + ONES[m]}"
    if m == 0:
        return R.choice([f"{h12} {ap}", f"{h12}{ap}", f"{h12} o'clock"])
    return R.choice([f"{h:02d}:{m:02d}", f"{h12}:{m:02d}", f"{h12}:{m:02d} {ap}"])


def twin():
    """An appointment window: two times a few hours apart."""
    h = rint(8, 12)
    e = h + rint(2, 4)
    out = []
    for x in (h, e):
        h12, ap = (x if x <= 12 else x - 12), ("am" if x < 12 else "pm")
        out.append(R.choice([nw(h12), f"{nw(h12)} o'clock"]) if asr() else R.choice([f"{h12} {ap}", f"{h12}{ap}", f"{h12}:00"]))
    return out


def qty(lo, hi, unit_t, unit_a):
    n = rint(lo, hi)
    return f"{nw(n)} {unit_a}" if asr() else f"{n} {unit_t}"


def dur(lo, hi, unit):
    n = rint(lo, hi)
    return f"{nw(n)} {unit}" if asr() else f"{n} {unit}"


def pct(lo, hi):
    n = rint(lo, hi)
    return f"{nw(n)} percent" if asr() else f"{n}%"


def day():
    n = rint(1, 28)
    return ordw(n) if asr() else ordt(n)


def mday():
    n, m = rint(1, 28), rint(1, 12)
    if asr():
        return R.choice([f"{MONTHS[m - 1].lower()} {ordw(n)}", f"{ordw(n)} of {MONTHS[m - 1].lower()}"])
    return R.choice([f"{MONTHS[m - 1]} {ordt(n)}", f"{n} {MONTHS[m - 1]}", f"{ordt(n)} {MONTHS[m - 1]}"])


def year(lo=2015, hi=2025):
    y = rint(lo, hi)
    return f"twenty {nw(y - 2000)}" if asr() else str(y)


def seat():
    s = str(rint(1, 38)) + R.choice("ABCDEF")
    return sa(s) if asr() else s


def flight(code):
    n = str(rint(10, 2999))
    return (sa(code) + " " + sd(n)) if asr() else f"{code} {n}"


def model(shape):
    m = acct(shape)
    return sa(m) if asr() else m


def house(n):
    """A house number as people say it ("thirty nine fifty six", "one twenty")."""
    if not asr():
        return str(n)
    if n < 100 or (n < 1000 and R.random() < 0.4):
        return nw(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " " + (pair_w(f"{r:02d}") if r >= 10 else ("hundred" if r == 0 else "oh " + ONES[r]))
    hi, lo = divmod(n, 100)
    return pair_w(str(hi)) + " " + (pair_w(f"{lo:02d}") if lo >= 10 else ("hundred" if lo == 0 else "oh " + ONES[lo]))


def cnt(lo, hi):
    return num(rint(lo, hi))


# ----------------------------------------------------------------------------------------------
# markup
# ----------------------------------------------------------------------------------------------
def pii(t, text, tag=None):
    return f"[[{t}{'#' + tag if tag else ''}:{text}]]"


def CN(x, tag=None):
    return pii("CARD_NUMBER", x, tag)


def CV(x, tag=None):
    return pii("CVV", x, tag)


def EX(x, tag=None):
    return pii("EXPIRY", x, tag)


def SS(x, tag=None):
    return pii("SSN", x, tag)


def PH(x, tag=None):
    return pii("PHONE", x, tag)


def EM(x, tag=None):
    return pii("EMAIL", x, tag)


def DB(x, tag=None):
    return pii("DOB", x, tag)


def AD(x, tag=None):
    return pii("ADDRESS", x, tag)


def PC(x, tag=None):
    return pii("POSTCODE", x, tag)


def AC(x, tag=None):
    return pii("ACCOUNT_NUMBER", x, tag)


def NM(x, tag=None):
    return pii("NAME", x, tag)


def K(kind, x):
    return f"(({kind}:{x}))"


def A(t):
    return ("agent", t)


def C(t):
    return ("customer", t)


def I(t):
    return ("ivr", t)


CASES = []


def case(style, country):
    def deco(fn):
        fn.style, fn.country = style, country
        CASES.append(fn)
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# build and validate
# ----------------------------------------------------------------------------------------------
PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS", "POSTCODE",
             "ACCOUNT_NUMBER", "NAME"]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
MIN_PII = {"CARD_NUMBER": 40, "CVV": 25, "EXPIRY": 25, "SSN": 20, "PHONE": 35, "EMAIL": 20,
           "DOB": 25, "ADDRESS": 30, "POSTCODE": 35, "ACCOUNT_NUMBER": 50, "NAME": 150}
MIN_CASES, MIN_UTTS, MIN_PLAIN, MIN_KEEP, MIN_IVR, MIN_ASR_SHARE = 80, 1000, 400, 280, 3, 0.55
MARK_RE = re.compile(r"\[\[([A-Z_]+)(?:#([A-Za-z0-9_]+!?))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "mx", "sir", "madam"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "close",
                "crescent", "way", "place", "court", "terrace", "parade", "boulevard", "blvd",
                "grove", "row", "hill", "square", "gardens", "mews", "walk", "highway", "circle",
                "park", "rise", "green", "marg", "quay", "wharf", "trail", "pike", "loop", "view",
                "heights", "mall", "esplanade", "cross", "nagar", "layout", "brae", "wynd", "vale",
                "kingsway", "broadway", "sector", "block", "colony", "enclave", "vihar", "phase",
                "pde", "tce", "cres"}
UNIT_WORDS = {"flat", "apartment", "apt", "unit", "suite", "house", "shop", "no", "plot", "door"}
MONTH_WORDS = {m.lower() for m in MONTHS} | MON_ABBR
ORDINAL_WORDS = set(ORD_W.values()) | {w[:-1] + "ieth" for w in TENS_W if w}
# ordinary words that are also names in this set; their ordinary uses are left unlabelled on
# purpose (look-alikes), so the unlabelled-name check skips them
ORDINARY_WORDS = {"may", "will", "mark", "grace", "rose", "hope", "joy", "bill", "frank",
                  "summer", "dawn", "faith", "sandy", "penny", "robin", "sunny", "hunter", "page",
                  "baker", "cook", "king", "marsh", "field", "wood", "brook", "lane", "hill", "hall",
                  "price", "mason", "young", "stone", "sterling", "chase", "august", "june",
                  "april", "precious", "van", "de", "der", "da", "mac", "ó", "ní", "o"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


def norm(text):
    """Spoken or typed value -> its characters (digits, capital letters); unknown words apart."""
    toks = re.findall(r"[A-Za-z]+|\d+", text)
    out, unk, i = [], [], 0
    while i < len(toks):
        t = toks[i]
        low = t.lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif low in ("double", "triple") and nxt is not None:
            n = 2 if low == "double" else 3
            if nxt in DIG:
                out.append(DIG[nxt] * n)
            elif len(nxt) == 1:
                out.append(nxt.upper() * n)
            else:
                unk.append(t)
            i += 2
            continue
        elif low in DIG:
            out.append(DIG[low])
        elif low in TEENS:
            out.append(TEENS[low])
        elif low in TENS:
            if nxt in DIG and DIG[nxt] != "0":
                out.append(TENS[low] + DIG[nxt])
                i += 2
                continue
            out.append(TENS[low] + "0")
        elif low == "hundred":
            out.append("00")
        elif low in SKIP:
            pass
        elif len(t) == 1 or t.isupper():
            out.append(t.upper())
            if len(t) == 1 and nxt == "for" and i + 2 < len(toks) and toks[i + 2].lower()[0] == low:
                i += 3
                continue
            if (len(t) == 1 and nxt == "as" and i + 3 < len(toks) and toks[i + 2].lower() == "in"
                    and toks[i + 3].lower()[0] == low):
                i += 4
                continue
        elif low in NATO:
            out.append(NATO[low])
        else:
            unk.append(t)
        i += 1
    return "".join(out), unk


def digits_of(text):
    return "".join(ch for ch in norm(text)[0] if ch.isdigit())


def canon(typ, text):
    """A comparable form of an e-mail or address, for the reuse check across cases."""
    low = text.lower()
    if typ == "EMAIL":
        low = re.sub(r"\s+at\s+", "@", " " + low + " ")
        low = re.sub(r"\s+dot\s+", ".", low)
        low = low.replace(" underscore ", "_").replace(" dash ", "-")
        return re.sub(r"\s+", "", low)
    words = []
    for w in re.findall(r"[a-z]+|\d+", low):
        words.append(DIG.get(w, TEENS.get(w, w)))
    return " ".join(words)


def strip_markup(mk, errs, where):
    out, spans, pos, clen = [], [], 0, 0
    for m in MARK_RE.finditer(mk):
        pre = mk[pos:m.start()]
        out.append(pre)
        clen += len(pre)
        if m.group(1):
            kind, typ, tag, val = "pii", m.group(1), m.group(2), m.group(3)
        else:
            kind, typ, tag, val = "keep", m.group(4), None, m.group(5)
        for bad in ("[[", "]]", "((", "))"):
            if bad in val:
                errs.append(f"{where}: nested or broken markup in {val!r}")
        spans.append({"kind": kind, "type": typ, "tag": tag, "start": clen,
                      "end": clen + len(val), "text": val})
        out.append(val)
        clen += len(val)
        pos = m.end()
    out.append(mk[pos:])
    text = "".join(out)
    # pieces of one value with only spaces between them are one span (the convention: a value is
    # split only by something that is not a digit word)
    merged = []
    for sp in spans:
        prev = merged[-1] if merged else None
        if (prev and sp["kind"] == "pii" and prev["kind"] == "pii" and sp["tag"]
                and sp["tag"] == prev["tag"] and sp["type"] == prev["type"]
                and not text[prev["end"]:sp["start"]].strip()):
            prev["end"] = sp["end"]
            prev["text"] = text[prev["start"]:prev["end"]]
        else:
            merged.append(sp)
    spans = merged
    for bad in ("[[", "]]", "((", "))"):
        if bad in text:
            errs.append(f"{where}: stray markup {bad!r} in {text!r}")
    return text, spans


def edge_ok(text, s, e):
    span = text[s:e]
    if not span or span != span.strip():
        return False
    if not (span[0].isalnum() or span[0] in "$£€+"):
        return False
    if not (span[-1].isalnum() or span[-1] == "%" or span.lower().endswith(("a.m.", "p.m."))):
        return False
    if s > 0 and text[s - 1].isalnum():
        return False
    if e < len(text) and text[e].isalnum():
        return False
    return True


def check_group(typ, tag, pieces, country, style, full_cards, errs, where):
    """pieces: list of (span, wrong_flag). Checks one value (a group)."""
    base = tag.rstrip("!") if tag else ""
    flagged = bool(tag and tag.endswith("!"))
    texts = [sp["text"] for sp, _ in pieces]
    normed = [norm(t) for t in texts]
    chars = "".join(c for (c, _), (_, w) in zip(normed, pieces) if not w)
    unk = [u for _, us in normed for u in us]
    joined = " ".join(texts)
    if typ in ("CARD_NUMBER", "CVV", "PHONE", "SSN", "POSTCODE", "ACCOUNT_NUMBER") and unk:
        errs.append(f"{where}: {typ} {joined!r} holds words {unk}")
        return
    if typ == "CARD_NUMBER":
        alld = "".join(c for c, _ in normed)
        if not alld.isdigit():
            errs.append(f"{where}: card {joined!r} not digits")
        elif base.startswith("l4"):
            if len(alld) != 4 or (not flagged and full_cards and alld not in [c[-4:] for c in full_cards]):
                errs.append(f"{where}: last four {joined!r} does not match a card of the case")
        elif base.startswith("rb"):
            if not 2 <= len(alld) <= 19 or (not flagged and not any(alld in c for c in full_cards)):
                errs.append(f"{where}: block read-back {joined!r} not in a card of the case")
        elif base.startswith("ab"):
            if not flagged and not any(c.startswith(alld) for c in full_cards):
                errs.append(f"{where}: abandoned start {joined!r} not the start of a card")
        elif not card_ok(chars):
            errs.append(f"{where}: card {joined!r} -> {chars} fails length/prefix/Luhn")
    elif typ == "CVV":
        if not (chars.isdigit() and len(chars) in (3, 4)):
            errs.append(f"{where}: CVV {joined!r}")
    elif typ == "EXPIRY":
        words = set(re.findall(r"[a-z]+", joined.lower()))
        if not words & MONTH_WORDS:
            d = digits_of(joined)
            if unk or len(d) not in (3, 4, 6) or not 1 <= int(d[:2] if len(d) != 3 else d[0]) <= 12:
                errs.append(f"{where}: expiry {joined!r} has no valid month")
    elif typ == "SSN":
        if not nid_ok(country, chars):
            errs.append(f"{where}: national id {joined!r} -> {chars} fails the {country} check")
    elif typ == "PHONE":
        if not phone_ok(chars):
            errs.append(f"{where}: phone {joined!r} -> {chars} not in a fictional range")
    elif typ == "POSTCODE":
        if not PC_RE[country].fullmatch(chars):
            errs.append(f"{where}: postcode {joined!r} -> {chars} wrong shape for {country}")
    elif typ == "ACCOUNT_NUMBER":
        if not (4 <= len(chars) <= 34 and chars.isalnum() and any(c.isdigit() for c in chars)):
            errs.append(f"{where}: account number {joined!r} -> {chars}")
    elif typ == "DOB":
        if joined not in REG_DOB:
            errs.append(f"{where}: DOB {joined!r} is not a generated date of birth")
    elif typ == "EMAIL":
        if style == "asr":
            if "@" in joined or " at " not in f" {joined} " or " dot " not in f" {joined} ":
                errs.append(f"{where}: spoken e-mail {joined!r}")
        elif not EMAIL_RE.fullmatch(joined):
            errs.append(f"{where}: e-mail {joined!r}")
    elif typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+[a-z]?", joined.lower())
        first = toks[0] if toks else ""
        numeric = first[:1].isdigit() or first in DIG or first in TEENS or first in TENS
        if first in UNIT_WORDS and len(toks) > 1:
            numeric = toks[1][:1].isdigit() or toks[1] in DIG or toks[1] in TEENS or toks[1] in TENS
        if not numeric or not set(toks) & STREET_WORDS:
            errs.append(f"{where}: address {joined!r} needs a number and a street word")
    elif typ == "NAME":
        for t in texts:
            if re.search(r"\d", t) or t.split()[0].lower().rstrip(".") in TITLES:
                errs.append(f"{where}: name {t!r}")


def build():
    global ST
    errs, records, seen = [], [], {}
    stats = {"pii": {t: 0 for t in PII_TYPES}, "keep": {k: 0 for k in KEEP_KINDS}, "utts": 0,
             "plain": 0, "asr_utts": 0, "ivr_cases": 0, "cards": 0, "cards_pieces": 0,
             "cards_multi_utt": 0, "card_readbacks": 0, "corrected_pieces": 0,
             "countries": {}}
    for ci, fn in enumerate(CASES, 1):
        cid = f"t26-{ci:03d}"
        ST = fn.style
        lines = fn(fn.style)
        utts, all_spans = [], []
        for ui, (spk, mk) in enumerate(lines):
            where = f"{cid}#{ui} ({fn.__name__})"
            text, spans = strip_markup(mk, errs, where)
            if spk not in ("agent", "customer", "ivr"):
                errs.append(f"{where}: speaker {spk}")
            if fn.style == "asr" and not re.fullmatch(r"[a-z0-9' \-]+", text):
                errs.append(f"{where}: not ASR style: {text!r}")
            if fn.style == "transcript" and not re.search(r"[A-Z0-9.,?!]", text):
                errs.append(f"{where}: not transcript style: {text!r}")
            for sp in spans:
                sp["utt"] = ui
                if text[sp["start"]:sp["end"]] != sp["text"]:
                    errs.append(f"{where}: offsets do not match {sp['text']!r}")
                if not edge_ok(text, sp["start"], sp["end"]):
                    errs.append(f"{where}: bad span edges {sp['text']!r}")
                if sp["kind"] == "pii" and sp["type"] not in PII_TYPES:
                    errs.append(f"{where}: pii type {sp['type']}")
                if sp["kind"] == "keep" and sp["type"] not in KEEP_KINDS:
                    errs.append(f"{where}: keep kind {sp['type']}")
            ordered = sorted(spans, key=lambda s: s["start"])
            for a, b in zip(ordered, ordered[1:]):
                if b["start"] < a["end"]:
                    errs.append(f"{where}: spans overlap {a['text']!r} / {b['text']!r}")
            masked = list(text)
            for sp in spans:
                for k in range(sp["start"], sp["end"]):
                    masked[k] = "\0"
            outside = "".join(masked)
            if re.search(r"\d", outside):
                errs.append(f"{where}: digit outside any span: {text!r}")
            run = 0
            for tok in re.findall(r"[a-z]+|\0+|\S", outside.lower()):
                run = run + 1 if tok in DIGIT_WORDS else 0
                if run >= 4:
                    errs.append(f"{where}: four digit words outside a span: {text!r}")
                    break
            utts.append({"speaker": spk, "text": text})
            all_spans.extend(spans)
        # two values of one type with only spaces between them would read as one value
        for ui in range(len(utts)):
            sps = sorted([s for s in all_spans if s["utt"] == ui and s["kind"] == "pii"], key=lambda s: s["start"])
            for x, y in zip(sps, sps[1:]):
                if x["type"] == y["type"] and not utts[ui]["text"][x["end"]:y["start"]].strip():
                    errs.append(f"{cid}#{ui}: two {x['type']} spans with only a space between")
        # every word of a name said in the case is labelled wherever it is said
        name_words = set()
        for s in all_spans:
            if s["kind"] == "pii" and s["type"] == "NAME":
                name_words |= {w for w in re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", s["text"].lower()) if len(w) > 1}
        name_words -= ORDINARY_WORDS
        for ui, u in enumerate(utts):
            masked = list(u["text"])
            for s in all_spans:
                if s["utt"] == ui:
                    for k in range(s["start"], s["end"]):
                        masked[k] = " "
            for w in re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", "".join(masked).lower()):
                if w in name_words or (w.endswith("'s") and w[:-2] in name_words):
                    errs.append(f"{cid}#{ui} ({fn.__name__}): name word {w!r} outside a NAME span")
        # groups, in order of first appearance
        pii_spans = sorted([s for s in all_spans if s["kind"] == "pii"], key=lambda s: (s["utt"], s["start"]))
        keep_spans = sorted([s for s in all_spans if s["kind"] == "keep"], key=lambda s: (s["utt"], s["start"]))
        gmap, groups, order = {}, {}, []
        for sp in pii_spans:
            key = (sp["type"], sp["tag"].rstrip("!")) if sp["tag"] else ("_", id(sp))
            if key not in gmap:
                gmap[key] = f"g{len(gmap) + 1}"
                order.append(gmap[key])
                groups[gmap[key]] = []
            sp["group"] = gmap[key]
            groups[gmap[key]].append(sp)
        for g, sps in groups.items():
            if len({s["type"] for s in sps}) != 1:
                errs.append(f"{cid}: group {g} mixes types")
        # full cards first (read-backs, last fours and restarts are checked against them)
        full_cards = []
        for g, sps in groups.items():
            tag = (sps[0]["tag"] or "").rstrip("!")
            if sps[0]["type"] == "CARD_NUMBER" and not tag.startswith(("l4", "rb", "ab")):
                full_cards.append("".join(digits_of(s["text"]) for s in sps if not (s["tag"] or "").endswith("!")))
        for g, sps in groups.items():
            typ, tag = sps[0]["type"], sps[0]["tag"]
            pieces = [(s, bool(s["tag"] and s["tag"].endswith("!") and not
                               (s["tag"].startswith(("l4", "rb", "ab"))))) for s in sps]
            if tag and any((s["tag"] or "").endswith("!") for s in sps) and tag.startswith(("l4", "rb", "ab")):
                tag = tag.rstrip("!") + "!"
            check_group(typ, tag, pieces, fn.country, fn.style, full_cards, errs, f"{cid} {g} ({fn.__name__})")
            if typ in ("EMAIL", "ADDRESS"):
                c = canon(typ, " ".join(s["text"] for s in sps))
                if c in seen and seen[c] != cid:
                    errs.append(f"{cid}: {typ} {c!r} reused from {seen[c]}")
                seen.setdefault(c, cid)
            if typ == "CARD_NUMBER":
                tb = (tag or "").rstrip("!")
                if tb.startswith(("l4", "rb")):
                    stats["card_readbacks"] += 1
                elif not tb.startswith("ab"):
                    stats["cards"] += 1
                    if len(sps) > 1:
                        stats["cards_pieces"] += 1
                    if len({s["utt"] for s in sps}) > 1:
                        stats["cards_multi_utt"] += 1
                    stats["corrected_pieces"] += sum(1 for _, w in pieces if w)
        # look-alikes
        for kp in keep_spans:
            kd = digits_of(kp["text"])
            if 13 <= len(kd) <= 19 and luhn_ok(kd):
                errs.append(f"{cid}: look-alike {kp['text']!r} passes Luhn")
            for sps in groups.values():
                for s in sps:
                    if s["utt"] == kp["utt"] and len(kd) >= 3 and digits_of(s["text"]) == kd:
                        errs.append(f"{cid}: look-alike {kp['text']!r} has the digits of a pii span")
        for kp in keep_spans:
            words = set(re.findall(r"[a-z]+", kp["text"].lower()))
            if not (re.search(r"\d", kp["text"]) or words & (DIGIT_WORDS | ORDINAL_WORDS)):
                errs.append(f"{cid}: look-alike {kp['text']!r} holds no number")
        rec = {"case_id": cid, "style": fn.style, "utterances": utts,
               "pii": [{"utterance": s["utt"], "start": s["start"], "end": s["end"],
                        "type": s["type"], "group": s["group"]} for s in pii_spans],
               "keep": [{"utterance": s["utt"], "start": s["start"], "end": s["end"],
                         "kind": s["type"]} for s in keep_spans]}
        records.append(rec)
        # counts
        stats["utts"] += len(utts)
        if fn.style == "asr":
            stats["asr_utts"] += len(utts)
        with_pii = {s["utt"] for s in pii_spans}
        stats["plain"] += len(utts) - len(with_pii)
        if any(u["speaker"] == "ivr" for u in utts):
            stats["ivr_cases"] += 1
        for s in pii_spans:
            stats["pii"][s["type"]] += 1
        for s in keep_spans:
            stats["keep"][s["type"]] += 1
        stats["countries"][fn.country] = stats["countries"].get(fn.country, 0) + 1
    return records, stats, errs


def check_counts(records, stats, errs):
    if len(records) < MIN_CASES:
        errs.append(f"only {len(records)} cases (need {MIN_CASES})")
    if stats["utts"] < MIN_UTTS:
        errs.append(f"only {stats['utts']} utterances (need {MIN_UTTS})")
    if stats["plain"] < MIN_PLAIN:
        errs.append(f"only {stats['plain']} utterances without pii (need {MIN_PLAIN})")
    nkeep = sum(stats["keep"].values())
    if nkeep < MIN_KEEP:
        errs.append(f"only {nkeep} keep spans (need {MIN_KEEP})")
    for k, v in stats["keep"].items():
        if v == 0:
            errs.append(f"no keep span of kind {k}")
    if stats["ivr_cases"] < MIN_IVR:
        errs.append(f"only {stats['ivr_cases']} IVR cases (need {MIN_IVR})")
    for t, need in MIN_PII.items():
        if stats["pii"][t] < need:
            errs.append(f"only {stats['pii'][t]} {t} spans (need {need})")
    if stats["utts"] and stats["asr_utts"] / stats["utts"] < MIN_ASR_SHARE:
        errs.append(f"ASR share {stats['asr_utts'] / stats['utts']:.2f} below {MIN_ASR_SHARE}")


def report(records, stats):
    nkeep = sum(stats["keep"].values())
    print(f"cases {len(records)}  utterances {stats['utts']}  asr utterances {stats['asr_utts']} "
          f"({stats['asr_utts'] / max(1, stats['utts']):.0%})  utterances without pii {stats['plain']}  "
          f"ivr cases {stats['ivr_cases']}")
    print("pii spans " + ", ".join(f"{t} {n}" for t, n in stats["pii"].items())
          + f"  (total {sum(stats['pii'].values())})")
    print(f"keep spans {nkeep}: " + ", ".join(f"{k} {n}" for k, n in stats["keep"].items()))
    print(f"card values {stats['cards']} (in pieces {stats['cards_pieces']}, over several "
          f"utterances {stats['cards_multi_utt']}, corrected pieces {stats['corrected_pieces']}), "
          f"read-back/last-four groups {stats['card_readbacks']}")
    print("cases per country " + ", ".join(f"{k} {v}" for k, v in sorted(stats["countries"].items())))


def main(argv):
    check_only = "--check" in argv
    records, stats, errs = build()
    check_counts(records, stats, errs)
    report(records, stats)
    if errs:
        for e in errs:
            print("FAIL", e, file=sys.stderr)
        print(f"{len(errs)} failed checks; nothing written", file=sys.stderr)
        return 1
    if check_only:
        print("all checks pass (--check: nothing written)")
        return 0
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print(f"wrote {OUT}")
    return 0


# ----------------------------------------------------------------------------------------------
# the conversations
# ----------------------------------------------------------------------------------------------
@case("asr", "UK")
def council_tax_letter(S):
    ref = acct("99999999")
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    pc = postcode("UK", "LS8")
    hn = rint(2, 140)
    return [
        A(f"good morning leeds council tax you're speaking with {NM('bronwen')} how can i help"),
        C("hiya yeah i've had a reminder letter about my council tax and i want to get it paid before it goes any further"),
        A("no problem have you got the account reference it's in the box top right of the letter"),
        C(f"top right hang on i've got it upside down right it says account reference {AC(ac_r(ref))}"),
        A("lovely and the name on the account"),
        C(f"{NM('tomasz wojcik')} that's {NM('w o j c i k')}"),
        A("and the property address"),
        C(f"{AD(f'{house(hn)} harehills crescent')} {PC(pc_r(pc))}"),
        A(f"thank you so the reminder's for {K('price', price(90, 260))} which covers the missed {K('count', cnt(2, 3))} instalments"),
        C("yeah that sounds about right i was off work for a bit"),
        A("that's fine do you want to pay the whole lot today"),
        C("yes on my debit card"),
        A("okay when you're ready"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A("mm-hmm"),
        C(f"{CN(sd(p[2]), 'c')} sorry the kettle's going {CN(sd(p[3]), 'c')}"),
        A("and the expiry"),
        C(f"end of {EX(exp_r(m, y, 'name'))}"),
        A("and the three digits on the back"),
        C(f"{CV(sd(cv))}"),
        A(f"that's gone through you'll get a receipt number {K('other', sd(acct('9999999')))} and the next instalment is on the {K('date', day())}"),
        C("brilliant cheers"),
    ]


@case("transcript", "UK")
def parking_pcn(S):
    pcn = acct("AA99999999")
    reg = acct("AA99 AAA")
    c = card("mc")
    m, y = expiry()
    cv = cvv()
    return [
        A(f"Parking Services, {NM('Rhiannon')} speaking."),
        C(f"Hi, I've got a ticket off my windscreen and I want to pay it. It's a Mastercard, {CN(card_t(c))}, expires {EX(exp_r(m, y))} and the code on the back is {CV(cv)}."),
        A("Okay, thank you, you're very quick! Before I take that, I'll need the penalty charge notice number, it starts with two letters."),
        C(f"Right, {AC(pcn)}."),
        A("And the vehicle registration?"),
        C(f"{AC(reg)}."),
        A(f"Thanks. So that was issued at {K('time', tm())} in bay {K('other', str(rint(10, 99)))} on Castle Street."),
        C(f"I was in there {K('duration', dur(8, 12, 'minutes'))}! The machine wasn't taking cards."),
        A(f"I understand. If you pay within {K('duration', dur(14, 14, 'days'))} it's reduced by {K('percentage', '50%')}, so it's {K('price', price(35, 35, cents=False))} instead of {K('price', price(70, 70, cents=False))}."),
        C("Fine, just do it. Can I appeal afterwards?"),
        A("Once it's paid the case is closed, I'm afraid. You can appeal first and the discount's held."),
        C("Oh. No, just take it. Life's too short."),
        A(f"Okay. Can I just confirm the card, ending {CN(c[-4:], 'l4')}?"),
        C("That's it."),
        A(f"And the name on the card?"),
        C(f"{NM('Oluwaseun Adeyemi-Clarke')}."),
        A(f"That's all gone through, Mr {NM('Adeyemi-Clarke')}. Your payment reference is {K('other', acct('PAY-999999'))}."),
        C("Cheers."),
    ]


@case("asr", "US")
def parking_citation(S):
    cit = acct("A9999999")
    plate = acct("9AAA999")
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    z = postcode("US", "OR")
    return [
        I(f"welcome to the city of portland parking citation line payments are accepted {K('duration', 'twenty four hours')} a day"),
        A(f"hi this is {NM('marcus')} with parking citations can i get your citation number"),
        C(f"yeah it's {AC(ac_r(cit))}"),
        A("and the plate on the vehicle"),
        C(f"{AC(ac_r(plate))} oregon plates"),
        A(f"okay i see a citation from the {K('date', day())} for an expired meter the fine is {K('price', price(44, 44, 'USD', False))}"),
        C("yep that's the one my kids were screaming i forgot to feed the meter"),
        A("got it go ahead with the card number when you're ready"),
        C(f"okay it's {CN(sd(p[0]), 'c')} hold on one sec"),
        C("jayden put that down no okay sorry"),
        A("no problem"),
        C(f"{CN(sd(p[1]), 'c')} {CN(sd(p[2]), 'c')}"),
        A("uh huh"),
        C(f"{CN(sd(p[3]), 'c')} and the code on the back is {CV(sd(cv))} it expires {EX(exp_r(m, y))}"),
        A("and the billing zip"),
        C(f"{PC(sd(z))}"),
        A(f"thank you that's processed your confirmation number is {K('other', sa(acct('AA99999')))}"),
        C("thanks so much"),
    ]


@case("transcript", "IE")
def dentist_dundalk(S):
    b = dob()
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    ph = phone("uk_mob")
    eir = postcode("IE", "A91")
    hn = rint(3, 60)
    return [
        A(f"Good afternoon, Clanbrassil Dental, this is {NM('Gráinne')}."),
        C(f"Hi {NM('Gráinne')}, I'm ringing to pay the balance from my appointment on Monday."),
        A("No bother. What's the patient's name?"),
        C(f"It's for my son, {NM('Cathal Mac Giolla Phádraig')}."),
        A("And his date of birth?"),
        C(f"The {DB(dob_r(b, 'ordof'))}."),
        A(f"Grand, I have him. That was {K('count', str(rint(2, 3)))} fillings and a clean, so {K('price', price(140, 260, 'EUR'))} left after the deposit."),
        C("That's right. Can I pay by card?"),
        A("You can, go ahead."),
        C(f"{CN(p[0], 'c')} {CN(p[1], 'c')}, hang on, the lad's shouting, {CN(p[2], 'c')}..."),
        A("Yep."),
        C(f"{CN(p[3], 'c')}. Expiry {EX(exp_r(m, y, 'mm/yy'))}."),
        A("And the security code?"),
        C(f"{CV(cv)}."),
        A("And is the address still "+AD(f"{hn} Castletown Road, Dundalk")+"?"),
        C(f"It is, {PC(eir)}. And use my mobile, it's a Northern number, {PH(phone_r(ph))}."),
        A(f"Lovely. His check-up's booked for {K('date', mday())} at {K('time', tm())}."),
        C("Perfect, thanks a million."),
    ]


@case("asr", "ZA")
def dentist_durban(S):
    b = dob(1960, 1998)
    idn = nid("ZA", dob=b)
    med = acct("99999999")
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    pc = postcode("ZA", "Durban")
    hn = rint(4, 90)
    return [
        A(f"morning you're through to umhlanga smiles this is {NM('precious')}"),
        C(f"morning {NM('precious')} it's {NM('thandiwe nkosi')} i need to settle the account for my crown"),
        A("okay mam can i have your id number please"),
        C(f"{SS(sa(idn))}"),
        A("thank you and the date of birth on the file"),
        C(f"{DB(dob_r(b, 'ord'))}"),
        A(f"okay i see the medical aid paid {K('percentage', pct(60, 80))} so the shortfall is {K('price', price(1800, 4200, 'ZAR'))}"),
        C(f"and my medical aid number is {AC(sa(med))} if you need it"),
        A("no that's fine they've already paid their part"),
        C("okay let me get the card out of my bag"),
        A("take your time"),
        C(f"it's {CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')} {CN(sd(p[2]), 'c')}"),
        A(f"i've got {CN(sd(swap2(p[2])), 'rb1!')} for the third block"),
        C(f"no {CN(sd(p[2]), 'rb2')} i think you swapped them"),
        A("sorry yes got it"),
        C(f"and then {CN(sd(p[3]), 'c')}"),
        A("expiry date"),
        C(f"{EX(exp_r(m, y, 'slash'))}"),
        A("and the c v v"),
        C(f"{CV(sd(cv))}"),
        A("and the postal address for the receipt"),
        C(f"{AD(f'{house(hn)} chartwell drive umhlanga')} {PC(sd(pc))}"),
        A("thank you it's approved"),
    ]


@case("asr", "US")
def dentist_ohio_ivr(S):
    b = dob(1950, 1995)
    acc = acct("99999999")
    c = card("disc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    ph = phone("US", "614")
    z = postcode("US", "OH")
    return [
        I("thank you for calling bright path dental billing to pay your balance say payment or press one"),
        C("payment"),
        I("please say or enter your patient account number"),
        C(f"{AC(sa(acc))}"),
        I("please say the patient's date of birth"),
        C(f"{DB(dob_r(b, 'us'))}"),
        I(f"thank you your balance is {K('price', price(80, 400, 'USD'))} please say or enter your card number"),
        C(f"{CN(sd(p[0], 'd'), 'c')} {CN(sd(p[1], 'd'), 'c')} uh {CN(sd(p[2], 'd'), 'c')} {CN(sd(p[3], 'd'), 'c')}"),
        I("i'm sorry i didn't get that let me get you to someone who can help"),
        A(f"hi there this is {NM('deshawn')} in billing i see the system didn't catch your card can i get the number again"),
        C(f"sure {CN(card_t(c), 'c2')}"),
        A("perfect and the expiration"),
        C(f"{EX(exp_r(m, y, 'mmyy'))}"),
        A("security code"),
        C(f"{CV(sd(cv))}"),
        A("billing zip"),
        C(f"{PC(sd(z))}"),
        A("and a phone number in case there's a problem with the payment"),
        C(f"{PH(phone_r(ph))}"),
        A("all set you're at a zero balance"),
    ]


@case("asr", "CA")
def optician_toronto(S):
    b = dob(1955, 2000)
    hc = acct("9999-999-999-AA")
    c = card("mc2")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    pc = postcode("CA", "ON")
    ph = phone("CA", "416")
    return [
        A(f"good morning queen street eyecare this is {NM('priya')}"),
        C("hi i'm calling about my glasses order i got a message that the lenses are in"),
        A("great can i get your name"),
        C(f"{NM('mireille beauchamp')}"),
        A("and how do you spell the last name"),
        C(f"{NM('b e a u c h a m p')}"),
        A("and your date of birth"),
        C(f"{DB(dob_r(b))}"),
        A(f"perfect so the frames and lenses come to {K('price', price(380, 690, 'CAD'))} and your insurance covered {K('price', price(150, 250, 'CAD', False))}"),
        C("so i owe the rest okay can i pay that now"),
        A("sure go ahead"),
        C(f"it's a mastercard {CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A("okay"),
        C(f"{CN(sd(p[2]), 'c')} um {CN(sd(p[3]), 'c')}"),
        A("and expiry"),
        C(f"{EX(exp_r(m, y, 'name'))}"),
        A("and the three digit code"),
        C(f"{CV(sd(cv))}"),
        A(f"and is your health card number still {AC(sa(hc))}"),
        C("yes"),
        A(f"and the postal code on file is {PC(sa(pc))}"),
        C(f"that's right and my cell is {PH(phone_r(ph))}"),
        A(f"thank you you can pick them up after {K('time', tm())} tomorrow"),
    ]


@case("asr", "UK")
def optician_lenses(S):
    b = dob(1948, 1990)
    mem = acct("AA999999")
    ph = phone("uk_mob")
    pc = postcode("UK", "BS3")
    hn = rint(2, 99)
    e = "robin dot marsh at btinternet dot com"
    return [
        A(f"hello you're through to the contact lens team at harbour opticians it's {NM('kerry')}"),
        C(f"hi {NM('kerry')} i want to change my direct debit for the lens plan"),
        A("no problem what's your name"),
        C(f"it's {NM('robin marsh')}"),
        A("and your date of birth please"),
        C(f"{DB(dob_r(b, 'short'))}"),
        A("and the first line of your address"),
        C(f"{AD(f'{house(hn)} greville road bedminster')} {PC(pc_r(pc))}"),
        A("great and have you got your plan number"),
        C(f"it's on the email {AC(sa(mem))}"),
        A(f"found you so you're on the monthly dailies at {K('price', price(18, 29) + ' a month')}"),
        C("yeah that's gone up again hasn't it"),
        A(f"it went up by {K('percentage', pct(3, 9))} in april i'm afraid"),
        C("right and the email you've got is that the old one"),
        A(f"we've got {EM(e)}"),
        C("no that's my work one i've left there"),
        A("okay what's the new one"),
        C(f"{EM('robinmarsh seven seven at gmail dot com')} that's all one word"),
        A("and the mobile number"),
        C(f"{PH(phone_r(ph))}"),
        A("okay i'll send you a link to update the bank details"),
        C("perfect"),
    ]


@case("transcript", "IN")
def optician_bengaluru(S):
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    pin = postcode("IN", "Bengaluru")
    hn = rint(10, 900)
    return [
        A(f"Namaskara, Lensmart Indiranagar, {NM('Shreya')} here. How can I help?"),
        C(f"Hello, this is {NM('Venkatesh Iyer')}. I ordered progressive lenses last week and I want to pay the balance online."),
        A("Sure sir. What is the order number?"),
        C(f"{AC(acct('LM99999999'))}."),
        A(f"Thank you. The total was {K('price', price(8000, 14000, 'INR', False))} and you paid {K('price', price(2000, 2000, 'INR', False))} advance, so the balance is remaining."),
        C("Yes. Please send the payment link to my email."),
        A("What is your email ID sir?"),
        C(f"{EM('venkat.iyer.blr@rediffmail.com')}."),
        A("Link has gone. Or if you want, I can take the card here itself."),
        C(f"Let me do it on phone only, the link never opens. Card is {CN(p[0], 'c')}..."),
        A("Yes sir."),
        C(f"{CN(p[1], 'c')} {CN(p[2], 'c')} {CN(p[3], 'c')}."),
        A(f"Expiry and CVV?"),
        C(f"Expiry {EX(exp_r(m, y, 'mm/yy'))}, CVV {CV(cv)}."),
        A(f"You'll get an OTP, please tell me once it comes."),
        C(f"Yes, it's {K('other', rdig(6))}."),
        A(f"Done sir. And for delivery, same address? {AD(f'{hn}, 12th Main Road, HAL 2nd Stage')}, {PC(pin)}?"),
        C("Yes, same."),
        A(f"It will reach you by {K('date', mday())}."),
    ]


@case("asr", "AU")
def vet_brisbane(S):
    cl = acct("999999")
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    bad = wrong(p[1])
    m, y = expiry()
    cv = cvv()
    pc = postcode("AU", "QLD")
    hn = rint(2, 80)
    return [
        A(f"g'day paws and claws vet hospital {NM('bec')} speaking"),
        C(f"hi {NM('bec')} i'm ringing to pay for george's surgery he came home yesterday"),
        A("oh lovely how's he doing"),
        C(f"he's alright he's sulking in the cone of shame he's a big boy {K('quantity', qty(28, 41, 'kg', 'kilos'))} of sook"),
        A("ha can i grab the owner's name"),
        C(f"{NM('hamish fraser-tui')}"),
        A("and is it still the address on "+f"{AD(f'{house(hn)} waratah street bardon')}"),
        C(f"yep {PC(sd(pc))}"),
        A(f"perfect your client number's {AC(sa(cl))} and the invoice comes to {K('price', price(900, 2600, 'AUD'))}"),
        C("yeah i was hoping you'd say something smaller"),
        A(f"we can split it over {K('count', cnt(3, 4))} payments if that helps"),
        C("nah let's just get it done card's ready"),
        C(f"{CN(sd(p[0]), 'c')} uh {CN(sd(bad), 'c!')} no sorry that's wrong {CN(sd(p[1]), 'c')}"),
        A("okay so the second block's "+CN(sd(p[1]), 'rb1')),
        C(f"yep then {CN(sd(p[2]), 'c')} {CN(sd(p[3]), 'c')}"),
        A("and the expiry"),
        C(f"{EX(exp_r(m, y))}"),
        A("and the three numbers on the back"),
        C("ah that's worn off completely hang on i'll look in the app"),
        A("no worries"),
        C(f"right the app says {CV(sd(cv))}"),
        A(f"beauty that's all paid and george's stitches come out in {K('duration', dur(10, 14, 'days'))}"),
    ]


@case("transcript", "NZ")
def vet_christchurch(S):
    c1 = card("mc")
    m1, y1 = expiry(expired=True)
    c2 = card("visa")
    p2 = chunks(c2, 4, 4, 4, 4)
    m2, y2 = expiry()
    cv = cvv()
    pc = postcode("NZ", "Christchurch")
    hn = rint(3, 150)
    chip = not_luhn(15, "9")
    return [
        A(f"Kia ora, Riccarton Vets, {NM('Anahera')} speaking."),
        C(f"Hi, it's {NM('Wiremu Pōtae')}. You've got me on speaker, my wife's here with the cards."),
        A("No worries. Is this about Mango's bill?"),
        C(f"Yep. The dental one, {K('price', price(480, 900, 'NZD'))}."),
        A("Great. Can I confirm your address first?"),
        C(f"{AD(f'{hn} Middleton Road, Upper Riccarton')}, {PC(pc)}."),
        A(f"And the microchip number on Mango's file is {K('other', chip)}, just so I know it's the right cat."),
        C("Sounds right, I've never memorised it."),
        A("Okay, go ahead with the card."),
        C(f"(wife) It's {CN(card_t(c1))}, expiry {EX(exp_r(m1, y1, 'mm/yy'))}."),
        A(f"Ah, that one expired in {K('date', MONTHS[m1 - 1] + ' ' + str(y1))}, I'm afraid it's been declined."),
        C(f"Oh no, sorry, wrong card. Here. {CN(p2[0], 'c')} {CN(p2[1], 'c')}..."),
        A("Mm-hm."),
        C(f"{CN(p2[2], 'c')}, then {CN(p2[3], 'c')}."),
        A("And the expiry on this one?"),
        C(f"{EX(exp_r(m2, y2))}, and the three digits are {CV(cv)}."),
        A(f"Lovely, that's approved. I'll email the receipt, is it still {EM('kowhai.potae@xtra.co.nz')}?"),
        C("That's us. Thanks heaps."),
    ]


@case("asr", "UK")
def vet_insurance_transfer(S):
    b = dob(1958, 1996)
    pol = acct("AAA9999999")
    pc = postcode("UK", "NE6")
    hn = rint(1, 60)
    ph = phone("uk_geo")
    return [
        A(f"thanks for calling tynemouth vets this is {NM('ashleigh')}"),
        C("hiya i need to claim on the insurance for bramble's x-ray and they said you send it direct"),
        A("we can do yes what's the owner's name"),
        C(f"{NM('moira mcandrew')} that's {NM('m c a n d r e w')}"),
        A("i'll need to put you through to our claims desk one moment"),
        C("okay"),
        A(f"hi there you're through to {NM('callum')} on claims i just need to check a few details again sorry can i take your full name"),
        C(f"again {NM('moira mcandrew')}"),
        A("and your date of birth"),
        C(f"{DB(dob_r(b))}"),
        A("and the first line of the address and postcode"),
        C(f"{AD(f'{house(hn)} chillingham road')} {PC(sa(pc))}"),
        A("and the policy number"),
        C(f"it's {AC(sa(pol, nato=0.5))}"),
        A(f"thanks so the x-ray was {K('price', price(300, 700))} and there's a {K('price', price(99, 99, cents=False))} excess on your policy"),
        C(f"fine and she's {K('other', nw(rint(6, 12)))} so is there the co-pay thing"),
        A(f"yes over {K('other', 'eight')} it's {K('percentage', pct(20, 20))} on top of the excess"),
        C("ugh okay"),
        A("and a contact number"),
        C(f"it's the landline {PH(sd(ph))}"),
        A(f"lovely you'll hear back within {K('duration', dur(5, 10, 'working days'))}"),
    ]


@case("asr", "UK")
def airline_change_fee(S):
    pnr = acct("AX9AX9")
    b = dob(1970, 2001)
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    return [
        A(f"good afternoon skylark airways changes desk this is {NM('imogen')}"),
        C("hi i need to move my flight back a day my dad's not well"),
        A("oh i'm sorry to hear that can i have the booking reference"),
        C(f"{AC(sa(pnr, nato=0.7))}"),
        A("and the lead passenger's name"),
        C(f"{NM('ngozi okonkwo-baines')}"),
        A("and for security the passenger's date of birth"),
        C(f"{DB(dob_r(b, 'ord'))}"),
        A(f"thank you so you're on the {K('flight_number', flight('SK'))} on the {K('date', day())} at {K('time', tm())}"),
        C("that's the one can i go the day after"),
        A(f"i can the change fee is {K('price', price(45, 75, cents=False))} plus a fare difference of {K('price', price(12, 60))}"),
        C("fine and can i keep my seat"),
        A(f"seat {K('other', seat())} is free on the new flight so yes"),
        C("great okay card number"),
        C(f"{CN(sd(p[0], 'd'), 'c')} {CN(sd(p[1], 'd'), 'c')}"),
        A(f"so that's {CN(sd(p[0] + swap2(p[1]), 'd'), 'rb1!')}"),
        C(f"no the second bit's {CN(sd(p[1], 'd'), 'rb2')}"),
        A("sorry got it carry on"),
        C(f"{CN(sd(p[2]), 'c')} {CN(sd(p[3]), 'c')}"),
        A("expiry"),
        C(f"{EX(exp_r(m, y, 'mmyy'))}"),
        A("and the code on the back"),
        C(f"{CV(sd(cv))}"),
        A("that's all changed you'll get a new confirmation by email"),
    ]


@case("transcript", "US")
def airline_upgrade_amex(S):
    ff = acct("99999999999")
    conf = acct("AA9AXA")
    c = card("amex")
    p = chunks(c, 4, 6, 5)
    m, y = expiry()
    cv = cvv(4)
    z = postcode("US", "IL")
    return [
        A(f"Thank you for calling Meridian Air premier line, this is {NM('Dwayne')}. How can I help?"),
        C(f"Hey {NM('Dwayne')}, I want to see if I can upgrade to first on my Chicago flight tomorrow."),
        A("Happy to look. Can I have your confirmation code or frequent flyer number?"),
        C(f"Frequent flyer is {AC(ff)}."),
        A(f"Thanks, Ms. {NM('Kowalczyk-Reyes')}. I see confirmation {AC(conf)}, {K('flight_number', flight('MR'))} departing at {K('time', tm())}."),
        C("That's it."),
        A(f"There's one seat left in first, {K('other', seat())}. The upgrade is {K('price', price(189, 420, 'USD', False))} for the {K('duration', dur(3, 5, 'hour'))} flight."),
        C("I'll take it. Amex okay?"),
        A("Of course."),
        C(f"{CN(p[0], 'ab1')}... wait, sorry, the gate agent is calling something, one second."),
        A("Take your time."),
        C(f"Okay. {CN(p[0], 'c2')} {CN(p[1], 'c2')} {CN(p[2], 'c2')}."),
        A("And the expiration?"),
        C(f"{EX(exp_r(m, y, 'mm/yy'))}."),
        A("And the four-digit code on the front."),
        C(f"{CV(cv)}."),
        A("Billing ZIP?"),
        C(f"{PC(z)}."),
        A(f"You're all set in {K('other', seat())}. Wait, sorry, I said that wrong, you're in the seat I mentioned."),
        C("Ha, okay. Thanks!"),
    ]


@case("asr", "IN")
def airline_pnr_family(S):
    pnr = acct("A9XAXA")
    b1 = dob(1965, 1985)
    b2 = dob(2000, 2005)
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    return [
        A(f"good evening thank you for calling vistaar airlines this is {NM('rohan')}"),
        C("yes hello i want to add extra baggage and change seats for my family"),
        A("sure ma'am please tell me the pnr"),
        C(f"{AC(sa(pnr))}"),
        A("and the passenger names"),
        C(f"{NM('lakshmi raghunathan')} and my daughter {NM('aditi raghunathan')}"),
        A("for verification date of birth of the first passenger"),
        C(f"{DB(dob_r(b1, 'num'))}"),
        A(f"and for {NM('aditi')}"),
        C(f"{DB(dob_r(b2, 'ord'))}"),
        A(f"thank you ma'am you have {K('quantity', qty(15, 15, 'kg', 'kg'))} included per person extra is {K('price', price(450, 700, 'INR', False) + ' per kg')}"),
        C(f"then add {K('quantity', qty(5, 10, 'kg', 'kg'))} for me"),
        A(f"done and seats {K('other', seat())} and {K('other', seat())} are together"),
        C("yes yes that is fine"),
        A(f"total {K('price', price(3000, 7000, 'INR', False))} please give card details"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A("yes"),
        C(f"{CN(sd(p[2]), 'c')} {CN(sd(p[3]), 'c')} expiry {EX(exp_r(m, y, 'mmyy'))} cvv {CV(sd(cv))}"),
        A("and the email id for the boarding pass"),
        C(f"{EM('lakshmi dot raghunathan at yahoo dot co dot in')}"),
        A("otp has come on your mobile ma'am"),
        C(f"it is {K('other', sd(rdig(6)))}"),
        A("payment successful"),
    ]


@case("transcript", "IE")
def airline_bag_cork(S):
    c = card("visa")
    m, y = expiry()
    cv = cvv()
    bref = acct("AXAAX9")
    eir = postcode("IE", "T12")
    hn = rint(2, 40)
    return [
        A(f"Good morning, Atlantic Air, {NM('Ciarán')} speaking."),
        C(f"Hi {NM('Ciarán')}. Visa {CN(card_t(c))}, {EX(exp_r(m, y, 'mm/yy'))}, {CV(cv)}. Sorry, I've been on hold so long I had it all ready."),
        A("Ha, I appreciate that, but hold onto it a second! What are we paying for?"),
        C(f"Adding a bag to booking {AC(bref)}."),
        A("And your name?"),
        C(f"{NM('Siobhán Ó Ceallaigh')}."),
        A(f"Okay, I see you on the {K('flight_number', flight('AT'))} to Lanzarote. A {K('quantity', qty(20, 23, 'kg', 'kg'))} bag is {K('price', price(35, 60, 'EUR', False))} each way."),
        C(f"Grand, just the {K('count', 'one')} bag, outbound and return."),
        A("And is the billing address on the card your home address?"),
        C(f"Yes, {AD(f'{hn} Blackrock Road, Ballintemple')}, {PC(eir)}."),
        A(f"Great. So the card was ending {CN(c[-4:], 'l4')}?"),
        C("That's it."),
        A("It's gone through. Anything else?"),
        C(f"Can I check the check-in closes at {K('time', tm())}?"),
        A(f"It closes {K('duration', dur(40, 40, 'minutes'))} before departure, so yes, about then."),
        C("Perfect."),
    ]


@case("asr", "AU")
def airline_restart_sydney(S):
    ff = acct("99999999")
    b = dob(1960, 1995)
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    return [
        A(f"hi you've reached southern cross air this is {NM('kylie')}"),
        C(f"hi {NM('kylie')} i want to use points plus pay to upgrade my melbourne flight"),
        A("sure what's your frequent flyer number"),
        C(f"{AC(sa(ff))}"),
        A("and your date of birth"),
        C(f"{DB(dob_r(b))}"),
        A(f"thanks {NM('hiroshi tanaka-wells')} so that's {K('flight_number', flight('SX'))} on {K('date', mday())}"),
        C("that's it"),
        A(f"the upgrade needs {K('count', num(rint(8, 20) * 1000))} points plus {K('price', price(89, 199, 'AUD'))}"),
        C(f"okay card's {CN(sd(p[0] + p[1][:2]), 'ab1')} actually hang on i'll start again i was reading the old one"),
        A("no dramas from the top"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')} {CN(sd(p[2]), 'c')}"),
        A("yep"),
        C(f"{CN(sd(p[3]), 'c')}"),
        A("and expiry"),
        C(f"{EX(exp_r(m, y))}"),
        A("security code"),
        C(f"{CV(sd(cv))}"),
        A(f"lovely you're in {K('other', seat())} now"),
        C(f"legend thanks {NM('kylie')}"),
    ]


@case("asr", "UK")
def topup_ivr(S):
    ph = phone("uk_mob")
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    return [
        I("welcome to volt mobile top-up please say or key in the mobile number you'd like to top up"),
        C(f"{PH(sd(ph[:5]), 'p')} {PH(sd(ph[5:]), 'p')}"),
        I(f"you said {PH(' '.join(ONES[int(x)] for x in ph))} is that correct"),
        C("yes"),
        I(f"how much would you like to top up you can say {K('price', price(10, 10, cents=False))} {K('price', price(20, 20, cents=False))} or {K('price', price(30, 30, cents=False))}"),
        C(f"{K('price', price(20, 20, cents=False))}"),
        I("please say or key in the long number across the front of your card"),
        C(f"{CN(sd(p[0], 'd'), 'c')} {CN(sd(p[1], 'd'), 'c')} {CN(sd(p[2], 'd'), 'c')}"),
        I("please continue"),
        C(f"{CN(sd(p[3], 'd'), 'c')}"),
        I("please say the expiry date as four digits"),
        C(f"{EX(sd(f'{m:02d}{y % 100:02d}', 'd'))}"),
        I("and the last three digits on the signature strip"),
        C(f"{CV(sd(cv, 'd'))}"),
        I("sorry that payment has been declined please hold for an advisor"),
        A(f"hi you're through to {NM('jodie')} at volt i can see your top-up was declined can i check the number you're topping up"),
        C(f"{PH(phone_r(ph))}"),
        A("thanks it looks like your bank flagged it have you got a different card"),
        C("no it's the only one i'll ring them and try again later"),
        A(f"no problem your allowance of {K('quantity', qty(10, 30, 'GB', 'gig'))} carries on until the {K('date', day())} anyway"),
        C("okay thanks"),
    ]


@case("asr", "US")
def topup_prepaid_us(S):
    ph = phone("US", "704")
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    z = postcode("US", "NC")
    return [
        A(f"thanks for calling zipline prepaid my name is {NM('tamika')} what's the number on the account"),
        C(f"it's {PH(sd(ph[:3]), 'p')} um {PH(sd(ph[3:6]), 'p')} {PH(sd(ph[6:]), 'p')}"),
        A(f"and the four digit account pin"),
        C(f"it's my birthday year i think no wait it's {K('other', sd(rdig(4)))}"),
        A(f"okay you're on the {K('price', price(35, 45, 'USD', False) + (' a month' if asr() else ''))} plan and it's due tomorrow"),
        C(f"yeah i wanna pay it and the security code's {CV(sd(cv))} before i forget it's a mastercard"),
        A("ha okay go ahead with the card number"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A("mm-hmm"),
        C(f"{CN(sd(p[2]), 'c')} {CN(sd(p[3]), 'c')}"),
        A("and expiration"),
        C(f"{EX(exp_r(m, y, 'name'))}"),
        A("and billing zip"),
        C(f"{PC(sd(z))}"),
        A(f"you're all set and i added the {K('quantity', qty(5, 5, 'GB', 'gig'))} bonus for autopay if you want it"),
        C("sure why not"),
    ]


@case("transcript", "UK")
def sim_replacement_lost(S):
    b = dob(1962, 2001)
    ph = phone("uk_mob")
    pc = postcode("UK", "M14")
    hn = rint(1, 120)
    imei = not_luhn(15, "3")
    iccid = not_luhn(19, "8")
    return [
        A(f"Hello, Lumen Mobile, you're speaking with {NM('Faisal')}."),
        C("Hi, I've lost my phone on the bus and I need a new SIM sending out so I can keep my number."),
        A(f"Sorry to hear that. What's the number?"),
        C(f"{PH(phone_r(ph))}."),
        A("And the account holder's full name?"),
        C(f"{NM('Agnieszka Nowak-Bailey')}."),
        A("And your date of birth?"),
        C(f"{DB(dob_r(b))}."),
        A("Thanks. And the address we'd be sending it to?"),
        C(f"{AD(f'Flat {rint(1, 9)}, {hn} Wilmslow Road, Manchester')}, {PC(pc)}."),
        A(f"Okay. I'll bar the old handset too. Is the IMEI on your account {K('other', imei)}?"),
        C("No idea, probably. It was the one I got last year."),
        A(f"That's fine. The new SIM's serial will be {K('other', iccid)}, you'll need it to activate."),
        C("Do I need to pay for it?"),
        A(f"It's {K('price', price(5, 10, cents=False))}, added to your next bill. It'll be with you in {K('duration', dur(2, 3, 'working days'))}."),
        C("Fine. And can I get a text on my partner's phone instead? It's "+PH(phone_r(phone('uk_mob')))+"."),
        A("I can do that. All sorted."),
    ]


@case("asr", "CA")
def sim_swap_calgary(S):
    b = dob(1970, 2004)
    ph = phone("CA", "403")
    acc = acct("999999999")
    pc = postcode("CA", "AB")
    hn = rint(100, 9999)
    return [
        A(f"hi you've reached northwind wireless my name is {NM('jean-luc')} how can i help"),
        C("hey so my sim card stopped working after i dropped the phone in the snow"),
        A("oh no okay what's the phone number"),
        C(f"{PH(phone_r(ph))}"),
        A("and the account number on your bill"),
        C(f"hang on i'm reading it off the bill it's {AC(sa(acc))}"),
        A("and can i get your name"),
        C(f"{NM('oksana hrytsenko')} that's {NM('h r y t s e n k o')}"),
        A(f"and your date of birth"),
        C(f"{DB(dob_r(b, 'us'))}"),
        A("and the postal code on the account"),
        C(f"{PC(sa(pc))}"),
        A(f"i can mail you one is it still going to {AD(f'{house(hn)} seventeenth avenue southwest')}"),
        C("yeah that's me the basement suite"),
        A(f"perfect it's {K('price', price(15, 25, 'CAD', False))} and you'll keep your {K('quantity', qty(20, 60, 'GB', 'gigs'))} plan"),
        C("sounds good"),
    ]


@case("asr", "ZA")
def sim_rica_joburg(S):
    b = dob(1975, 2003)
    idn = nid("ZA", dob=b)
    pc = postcode("ZA", "Johannesburg")
    hn = rint(2, 300)
    return [
        A(f"good day you're speaking to {NM('sipho')} at kudu mobile"),
        C("hi i bought a new sim at the garage and it says i must rica it"),
        A("okay no problem i can do that over the phone can i have your full names"),
        C(f"{NM('johanna van der merwe')}"),
        A("and your id number"),
        C(f"{SS(sa(idn))}"),
        A(f"let me read that back {SS(sd(idn[:6], 'd'), 'rb')} {SS(sd(idn[6:], 'd'), 'rb')}"),
        C("that's right"),
        A("and your residential address"),
        C(f"{AD(f'{house(hn)} jan smuts avenue parktown north')} {PC(sa(pc))}"),
        A(f"thank you the sim will be active in about {K('duration', dur(2, 4, 'hours'))}"),
        C(f"and the bundle i bought was {K('quantity', qty(1, 3, 'GB', 'gig'))} for {K('price', price(99, 149, 'ZAR', False))} is that loaded"),
        A("it'll load once the rica goes through"),
        C("okay dankie"),
    ]


@case("asr", "IN")
def sim_replacement_pune(S):
    aad = nid("IN")
    pin = postcode("IN", "Pune")
    hn = rint(2, 80)
    return [
        A(f"welcome to tarang telecom my name is {NM('sneha')} how may i help you"),
        C("my sim card is damaged i need a duplicate sim"),
        A("sure sir may i know the name on the connection"),
        C(f"{NM('aniruddha kulkarni')}"),
        A("sir for duplicate sim we need aadhaar verification please tell your aadhaar number"),
        C(f"{SS(sd(aad[:4]), 'a')} {SS(sd(aad[4:8]), 'a')} wait wait {SS(sd(aad[8:]), 'a')}"),
        A(f"and your address with pin code"),
        C(f"{AD(f'flat {nw(rint(1, 12))} sai krupa society {nw(hn)} prabhat road erandwane pune')} {PC(sd(pin))}"),
        A(f"thank you sir the duplicate sim charge is {K('price', price(25, 50, 'INR', False))} and you can collect from the store after {K('time', tm())}"),
        C("and my old number will stay same"),
        A(f"yes sir same number it will activate within {K('duration', dur(4, 6, 'hours'))} after you insert"),
        C("okay and any email confirmation"),
        A("please tell your email id"),
        C(f"{EM('aniruddha dot k seven at gmail dot com')}"),
        A("done sir thank you for calling"),
    ]


@case("transcript", "UK")
def car_hire_damage_uk(S):
    b = dob(1960, 1999)
    lic = dvla("Okafor", "CE", b, female=True)
    ra = acct("RA-99999999")
    reg = acct("AA99 AAA")
    c = card("visa")
    pc = postcode("UK", "NG7")
    hn = rint(1, 90)
    return [
        A(f"Damage and Recoveries, Swift Car Hire, {NM('Gareth')} speaking."),
        C(f"Hello, my name's {NM('Chidinma Okafor')}. I've had a letter saying you're charging me for a scratch, and I want to dispute it."),
        A("I'm sorry to hear that. Do you have the rental agreement number?"),
        C(f"It's {AC(ra)}. The car was {AC(reg)}, a grey hatchback."),
        A("Thank you. For security, your date of birth and the licence number you hired with?"),
        C(f"{DB(dob_r(b))}, and the licence is {AC(lic)}."),
        A(f"Thanks, Ms {NM('Okafor')}. The charge is {K('price', price(250, 600, cents=False))} against the card ending {CN(c[-4:], 'l4!')}, for a scratch on the rear bumper."),
        C(f"That scratch was there when I picked it up! I've got photos from the car park at {K('time', tm())} on the day."),
        A(f"Okay, if you email those within {K('duration', dur(14, 28, 'days'))} we'll put the charge on hold. What's your email?"),
        C(f"{EM('chidinma.okafor@outlook.com')}."),
        A(f"And is your address still {AD(f'{hn} Lenton Boulevard, Nottingham')}, {PC(pc)}?"),
        C("Yes."),
        A(f"Great. Your dispute reference is {K('other', acct('DSP-999999'))}."),
        C("Thank you."),
    ]


@case("asr", "US")
def car_hire_damage_us(S):
    b = dob(1955, 1998)
    claim = acct("DC-99999999")
    old = card("visa")
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    z = postcode("US", "AZ")
    return [
        A(f"redline rentals damage claims this is {NM('brianna')} may i have your claim number"),
        C(f"yeah {AC(sa(claim, dash=True))}"),
        A("and your name and date of birth"),
        C(f"{NM('teodoro villanueva')} and {DB(dob_r(b, 'us'))}"),
        A(f"okay mister {NM('villanueva')} we tried to charge the {K('price', price(400, 950, 'USD', False))} to your card ending {CN(sd(old[-4:], 'd'), 'l4!')} and it was declined"),
        C(f"yeah that card got closed when someone stole the number i've got a new one"),
        A("okay go ahead"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')} uh {CN(sd(p[2]), 'c')}"),
        A("mm-hmm"),
        C(f"{CN(sd(p[3]), 'c')} expires {EX(exp_r(m, y))} security code {CV(sd(cv))}"),
        A("and billing zip"),
        C(f"{PC(sd(z))}"),
        A(f"thank you and i'm noting the odometer was at {K('quantity', qty(20000, 60000, 'miles', 'miles'))} at return"),
        C("whatever you say i just want it closed"),
    ]


@case("asr", "NZ")
def car_hire_queenstown(S):
    book = acct("QN999999")
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    ph = phone("uk_mob")
    return [
        A(f"kia ora alpine campervans {NM('manaia')} speaking"),
        C("hi there i'm calling about the bond on my campervan hire i was told there's a charge for the windscreen"),
        A("yeah right can i have the booking number"),
        C(f"{AC(sa(book))}"),
        A(f"thanks {NM('siobhan murphy-grant')} yeah there's a chip repair of {K('price', price(120, 250, 'NZD', False))} coming off the bond"),
        C("fair enough it was a truck on the crown range but i've got to pay it on a different card the bond one's cancelled"),
        A("sweet go ahead"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A("yep"),
        C(f"{CN(sd(p[2]), 'c')} sorry this is my uk card by the way {CN(sd(p[3]), 'c')}"),
        A(f"no worries that's fine expiry"),
        C(f"{EX(exp_r(m, y))} and {CV(sd(cv))} on the back"),
        A("and a contact number"),
        C(f"my uk mobile {PH(phone_r(ph, intl=True))}"),
        A(f"choice the rest of the bond {K('price', price(1500, 2500, 'NZD', False))} will be back in {K('duration', dur(5, 10, 'days'))}"),
    ]


@case("transcript", "UK")
def solicitor_conveyancing(S):
    ni = nid("UK")
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    mat = acct("AAA/99999")
    return [
        A(f"Good morning, Hartley Quinn Solicitors, {NM('Priyanka')} in accounts."),
        C(f"Hi, it's {NM('Desmond Achterberg')}, I'm buying a flat with you and I've had an invoice for the searches."),
        A(f"Thank you, Mr {NM('Achterberg')}. Have you got the matter reference?"),
        C(f"It's {AC(mat)}."),
        A(f"Lovely. So that's {K('price', price(280, 480))} for searches, plus our fee of {K('price', price(1200, 1800, cents=False))} plus VAT at {K('percentage', '20%')}."),
        C("I only want to pay the searches today. Can I do it on the phone?"),
        A(f"Yes. Before I do, the ID check failed because we didn't have your National Insurance number."),
        C(f"Oh, okay. It's {SS(nid_r(ni, 'UK'))}."),
        A("Thank you. Go ahead with the card when ready."),
        C(f"{CN(p[0], 'c')} {CN(p[1], 'c')}, sorry, my glasses... {CN(p[2], 'c')}..."),
        A("Yes."),
        C(f"{CN(p[3], 'c')}. Expires {EX(exp_r(m, y, 'Month yyyy'))}. Security code {CV(cv)}."),
        A(f"Thank you. Can I take a contact number too?"),
        C(f"{PH(phone_r(phone('uk_lon')))}, that's work, or email me at {EM('d.achterberg@achterberg-design.co.uk')}."),
        A("Perfect, you'll have a receipt by email."),
    ]


@case("asr", "IE")
def accountant_galway(S):
    pps = nid("IE")
    eir = postcode("IE", "H91")
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    hn = rint(2, 60)
    return [
        A(f"hello corrib accountancy {NM('fionnuala')} speaking"),
        C(f"hi {NM('fionnuala')} it's {NM('padraig de burca')} ye did my tax return and i've the bill here in front of me"),
        A(f"ah hello {NM('padraig')} give me one second till i pull you up what's your pps number"),
        C(f"{SS(sa(pps))}"),
        A(f"grand and the address we have is {AD(f'{house(hn)} college road galway')} {PC(sa(eir))}"),
        C("that's it"),
        A(f"so the fee for the return was {K('price', price(350, 600, 'EUR', False))} and you paid {K('price', price(100, 100, 'EUR', False))} up front"),
        C("right so i'll pay the rest now on the card"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')} hold on my eyes {CN(sd(p[2]), 'c')} {CN(sd(p[3]), 'c')}"),
        A("and the expiry"),
        C(f"{EX(exp_r(m, y, 'name_full'))}"),
        A("and the three digits"),
        C(f"{CV(sd(cv))}"),
        A(f"lovely that's paid the revenue should refund you in about {K('duration', dur(3, 5, 'weeks'))}"),
        C("sound thanks"),
    ]


@case("transcript", "AU")
def accountant_perth(S):
    tfn = nid("AU")
    b = dob(1950, 1995)
    pc = postcode("AU", "WA")
    hn = rint(2, 200)
    c = card("mc")
    m, y = expiry()
    cv = cvv()
    return [
        A(f"Swan River Tax, {NM('Mei Lin')} speaking."),
        C(f"Hi {NM('Mei Lin')}, it's {NM('Callum Ngata')}. I dropped my paperwork in for the {K('year', year(2023, 2024))} return last week."),
        A(f"Hi {NM('Callum')}. Yes, I have it. I just need your tax file number, it wasn't on the forms."),
        C(f"Sure, {SS(nid_r(tfn, 'AU'))}."),
        A("And your date of birth, to match the ATO record?"),
        C(f"{DB(dob_r(b))}."),
        A(f"Thanks. And you're still at {AD(f'{hn} Walcott Street, Mount Lawley')}, {PC(pc)}?"),
        C("Still there."),
        A(f"Great. Our fee is {K('price', price(220, 440, 'AUD', False))}, or it can come out of your refund for an extra {K('price', price(20, 30, 'AUD', False))}."),
        C(f"I'll just pay it. Card's {CN(card_t(c))}."),
        A(f"And the expiry and CVC?"),
        C(f"{EX(exp_r(m, y, 'Mon yy'))} and {CV(cv)}."),
        A(f"Done. Lodgement should be within {K('duration', dur(3, 7, 'days'))}. Is {EM('callum.ngata@bigpond.com')} the best email?"),
        C("That's the one."),
    ]


@case("asr", "IN")
def accountant_chennai(S):
    pan = nid("IN", pan="Subramaniam")
    aad = nid("IN")
    pin = postcode("IN", "Chennai")
    hn = rint(2, 90)
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    return [
        A(f"good morning srinivasan and associates chartered accountants this is {NM('kavitha')}"),
        C(f"good morning madam {NM('bala subramaniam')} speaking regarding my itr filing"),
        A("yes sir please tell me your pan number"),
        C(f"{SS(sa(pan, nato=0.4))}"),
        A("and aadhaar for linking"),
        C(f"{SS(sa(aad))}"),
        A(f"thank you sir for assessment year {K('year', 'twenty twenty five')} our fee is {K('price', price(3000, 6000, 'INR', False))} plus gst {K('percentage', pct(18, 18))}"),
        C("okay i will pay by card now only"),
        A("please go ahead"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A("yes sir"),
        C(f"{CN(sd(p[2]), 'c')} wait my wife is asking something one minute"),
        A("no problem sir"),
        C(f"sorry {CN(sd(p[3]), 'c')} expiry {EX(exp_r(m, y))} and cvv {CV(sd(cv))}"),
        A("and communication address"),
        C(f"{AD(f'{nw(hn)} east coast road thiruvanmiyur')} {PC(sd(pin))}"),
        A("thank you sir receipt will come on email"),
    ]


@case("asr", "CA")
def accountant_halifax(S):
    sin = nid("CA")
    b = dob(1945, 1990)
    c1 = card("visa")
    m1, y1 = expiry(expired=True)
    c2 = card("mc")
    p2 = chunks(c2, 4, 4, 4, 4)
    m2, y2 = expiry()
    cv = cvv()
    pc = postcode("CA", "NS")
    hn = rint(10, 999)
    return [
        A(f"good afternoon harbourview bookkeeping this is {NM('noor')}"),
        C(f"hi {NM('noor')} it's {NM('elspeth macisaac')} calling about my invoice for the estate paperwork"),
        A(f"hi {NM('elspeth')} before i get into the file can you confirm your social insurance number"),
        C(f"{SS(sd(sin[:3]), 's')} {SS(sd(sin[3:6]), 's')} um {SS(sd(sin[6:]), 's')}"),
        A("and your date of birth"),
        C(f"{DB(dob_r(b, 'third'))}"),
        A(f"thank you the invoice is {K('price', price(600, 1400, 'CAD'))}"),
        C(f"okay put it on my visa {CN(sd(c1))} expiry {EX(exp_r(m1, y1, 'mmyy'))}"),
        A(f"hmm that's showing expired it says {K('date', MONTHS[m1 - 1].lower() + ' ' + year(y1, y1))}"),
        C("oh for heaven's sake they sent me a new one let me find my purse"),
        A("take your time"),
        C(f"okay this is the mastercard {CN(sd(p2[0]), 'c')} {CN(sd(p2[1]), 'c')} {CN(sd(p2[2]), 'c')}"),
        A("mm-hmm"),
        C(f"{CN(sd(p2[3]), 'c')} {EX(exp_r(m2, y2, 'name'))} and {CV(sd(cv))}"),
        A(f"thank you and your mailing address for the receipt"),
        C(f"{AD(f'{house(hn)} robie street halifax')} {PC(sa(pc))}"),
    ]


@case("asr", "US")
def law_firm_retainer(S):
    ssn = nid("US")
    b = dob(1955, 1995)
    z = postcode("US", "GA")
    hn = rint(100, 9999)
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    ph = phone("US", "404")
    return [
        A(f"baxter and pruitt law office this is {NM('latoya')} in intake"),
        C(f"hi yes this is {NM('hope delacroix')} i spoke with mister {NM('adebayo')} yesterday about the bankruptcy and he said to call you to start the file"),
        A("sure i just need some details can i get your social"),
        C(f"{SS(sd(ssn[:3]), 's')} {SS(sd(ssn[3:5]), 's')} {SS(sd(ssn[5:]), 's')}"),
        A(f"so the last four are {SS(sd(ssn[5:], 'd'))}"),
        C("yes ma'am"),
        A("and your date of birth"),
        C(f"{DB(dob_r(b, 'us'))}"),
        A("and your address"),
        C(f"{AD(f'{house(hn)} peachtree industrial boulevard apartment {nw(rint(2, 30))}')} in doraville {PC(sd(z))}"),
        A("and a good phone number"),
        C(f"{PH(phone_r(ph))}"),
        A(f"okay the retainer is {K('price', price(1200, 1800, 'USD', False))} and we can take half today"),
        C("i have hope it's gonna be okay i'll do half on my card"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')} {CN(sd(p[2]), 'c')} {CN(sd(p[3]), 'c')}"),
        A(f"let me repeat {CN(sd(c[:8], 'd') + ' ' + sd(wrong(c[8:]), 'd'), 'rb1!')}"),
        C(f"no the last part is {CN(sd(c[8:12]), 'rb2')} then {CN(sd(c[12:]), 'rb2')}"),
        A(f"got it expiration and security code"),
        C(f"{EX(exp_r(m, y))} and {CV(sd(cv))}"),
    ]


@case("asr", "UK")
def school_trip_parent(S):
    pupil = acct("P99999")
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    ph = phone("uk_mob")
    return [
        A(f"hello st aidan's academy finance office {NM('lorraine')} speaking"),
        C("hiya i'm trying to pay for the summer trip to the outdoor centre and the parent app keeps crashing"),
        A("oh it's been doing that all week what's your child's name"),
        C(f"{NM('summer okoro')}"),
        A(f"and her pupil number it's on the letter that came home"),
        C(f"hang on it's in her bag {AC(sa(pupil))}"),
        A(f"lovely so the trip is {K('price', price(180, 260, cents=False))} and you've paid the {K('price', price(50, 50, cents=False))} deposit"),
        C(f"yeah and she needs a packed lunch for the {K('count', cnt(2, 3))} days or is that included"),
        A("lunches are included it's just the coach day she needs one"),
        C("okay card then it's a visa"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A("yep"),
        C(f"{CN(sd(p[2]), 'c')} sorry {NM('summer')} put that down no i'm on the phone {CN(sd(p[3]), 'c')}"),
        A(f"ha and the expiry"),
        C(f"{EX(exp_r(m, y, 'of'))}"),
        A("and the three digits"),
        C(f"{CV(sd(cv))}"),
        A(f"all paid and can i update your mobile it says {PH(sd(phone('uk_mob')))}"),
        C(f"no that's old it's {PH(sd(ph))} now"),
        A(f"done the coach leaves at {K('time', tm())} from the front gates"),
    ]


@case("transcript", "IE")
def uniform_shop_order(S):
    order = acct("UNI-99999")
    eir = postcode("IE", "D6W")
    hn = rint(2, 90)
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    return [
        A(f"Good morning, Kelly's Schoolwear, {NM('Aisling')} speaking."),
        C(f"Hi, I placed an order online for the jumpers and the crest is wrong, and I want to add {K('count', str(rint(2, 3)))} polo shirts while I'm at it."),
        A("No problem. What's the order number?"),
        C(f"{AC(order)}."),
        A(f"Thanks. So that's {K('count', str(rint(2, 3)))} jumpers, age {K('other', '9-10')}, for Terenure College?"),
        C("That's the problem, they should be for St Joseph's!"),
        A(f"Sorry about that. The polos are {K('price', price(9, 14, 'EUR', True))} each. Same delivery address?"),
        C(f"Yes, {AD(f'{hn} Fortfield Road, Terenure')}, {PC(eir)}."),
        A("And I'll take payment for the polos now."),
        C(f"{CN(p[0], 'c')} {CN(p[1], 'c')} {CN(p[2], 'c')}..."),
        A("Go on."),
        C(f"{CN(p[3], 'c')}. Expiry {EX(exp_r(m, y, 'mm/yyyy'))}, and {CV(cv)}."),
        A(f"Thanks. They'll be with you in {K('duration', dur(3, 5, 'working days'))}. What's the best email for the tracking link?"),
        C(f"{EM('nuala.brennan.terenure@gmail.com')}."),
        A(f"Perfect. And the name for the delivery?"),
        C(f"{NM('Nuala Brennan')}."),
    ]


@case("asr", "ZA")
def school_tour_cape_town(S):
    b = dob(1972, 1992)
    idn = nid("ZA", dob=b)
    acc = acct("99999999")
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    ph = phone("uk_mob")
    return [
        A(f"good morning bergvliet primary finance this is mrs sorry {NM('fatima davids')} speaking"),
        C(f"morning {NM('fatima')} it's {NM('pieter-steyn botha')} i'm phoning to pay for my son's grade {K('other', 'six')} tour"),
        A("okay what's his name"),
        C(f"{NM('ruan botha')} he's in {K('other', 'six b')}"),
        A(f"and your family account number"),
        C(f"{AC(sa(acc))}"),
        A(f"thank you the tour is {K('price', price(2800, 3900, 'ZAR', False))} for the {K('count', cnt(3, 4))} nights"),
        C(f"okay it's a visa {CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')} {CN(sd(p[2]), 'c')}"),
        A("sorry you're breaking up can you say the last bit again"),
        C(f"{CN(sd(p[2]), 'rb1')} and then {CN(sd(p[3]), 'c')}"),
        A("and expiry and cvv"),
        C(f"{EX(exp_r(m, y, 'slash'))} and {CV(sd(cv))}"),
        A(f"thank you and for the indemnity form we need the parent's id number"),
        C(f"{SS(sa(idn))}"),
        A("and a cell number while they're away"),
        C(f"i'm actually working in london that month so use my uk number {PH(phone_r(ph, intl=True))}"),
    ]


@case("asr", "US")
def school_band_trip(S):
    sid = acct("99999999")
    c = card("disc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    ph = phone("US", "612")
    z = postcode("US", "MN")
    return [
        A(f"hi this is coach {NM('dana whitfield')} at lakeview middle school activities office"),
        C("hi i'm calling about the band trip to chicago i got an email saying we still owe"),
        A("sure what's the student's name"),
        C(f"{NM('maxwell ortiz-lindqvist')} and his student id is {AC(sd(sid))}"),
        A(f"okay so the trip is {K('price', price(420, 560, 'USD', False))} and you've paid {K('price', price(200, 200, 'USD', False))}"),
        C(f"right and the email said the bus leaves at {K('time', tm())} on the {K('date', day())}"),
        A("that's right can i take the balance now"),
        C(f"yeah hold on my husband has the card honey can you read me the card"),
        C(f"okay he says {CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A("okay"),
        C(f"{CN(sd(p[2]), 'c')} {CN(sd(p[3]), 'c')} and it's {EX(exp_r(m, y))} and the back is {CV(sd(cv))}"),
        A("and the billing zip code"),
        C(f"{PC(sd(z))}"),
        A("and the best phone for the chaperones to reach you"),
        C(f"{PH(sd(ph[:3]), 'p')} {PH(sd(ph[3:]), 'p')}"),
        A(f"got it you're all paid up"),
    ]


@case("transcript", "US")
def wedding_venue_deposit(S):
    c = card("amex")
    p = chunks(c, 4, 6, 5)
    m, y = expiry()
    cv = cvv(4)
    z = postcode("US", "CO")
    hn = rint(100, 9999)
    ph = phone("US", "720")
    return [
        A(f"Thank you for calling Aspen Ridge Barn, this is {NM('Kelsey')}, events coordinator."),
        C(f"Hi {NM('Kelsey')}! This is {NM('Grace Nakamura')}, we toured last weekend and we want to book it!"),
        A(f"Oh congratulations! What date were you thinking?"),
        C(f"{K('date', mday())}, next year. It's a Saturday."),
        A(f"That's open. For {K('count', str(rint(90, 160)))} guests the venue fee is {K('price', price(6500, 9800, 'USD', False))}, and we take a {K('percentage', pct(25, 30))} deposit to hold the date."),
        C(f"Okay. My fiancé {NM('Theo Abernathy-Singh')} is here too, he has the card."),
        C(f"Hey, it's an Amex. {CN(p[0], 'c')} {CN(p[1], 'c')}... sorry, {CN(p[2], 'c')}."),
        A("And the expiration?"),
        C(f"{EX(exp_r(m, y))}. And the four digits on the front are {CV(cv)}."),
        A("Billing address?"),
        C(f"{AD(f'{hn} Larimer Street, Unit {rint(2, 40)}, Denver')}, {PC(z)}."),
        A(f"Perfect. And a phone number for the contract?"),
        C(f"Use mine, {PH(phone_r(ph))}, and my email is {EM('grace.nakamura.co@gmail.com')}."),
        A(f"Got it. Your date is held. The final walkthrough is {K('duration', dur(30, 60, 'days'))} before."),
        C("We're so excited, thank you!"),
    ]


@case("asr", "UK")
def wedding_venue_restart(S):
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    pc = postcode("UK", "YO10")
    hn = rint(2, 80)
    bk = acct("WED-9999")
    return [
        A(f"good afternoon hollin hall weddings {NM('bethan')} speaking"),
        C(f"hi {NM('bethan')} it's {NM('will baker')} we're getting married there in may and i need to pay the second instalment"),
        A(f"oh lovely have you got your booking reference"),
        C(f"it's {AC(sa(bk, dash=True))}"),
        A(f"thanks so the second instalment is {K('price', price(2000, 3500, cents=False))}"),
        C(f"right i will just check with my fiancee she's doing the budget spreadsheet"),
        C(f"okay card number {CN(sd(p[0]), 'ab1')} {CN(sd(p[1][:2]), 'ab1')} no hang on i've lost my place let me start again"),
        A("no problem whenever you're ready"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A("mm-hmm"),
        C(f"{CN(sd(p[2]), 'c')} {CN(sd(p[3]), 'c')}"),
        A("and the expiry date"),
        C(f"{EX(exp_r(m, y, 'name'))}"),
        A("and the security number"),
        C(f"{CV(sd(cv))}"),
        A(f"and is your address still {AD(f'{house(hn)} heslington lane york')}"),
        C(f"yeah {PC(sa(pc))}"),
        A(f"brilliant and the final numbers are due {K('duration', dur(6, 8, 'weeks'))} before"),
    ]


@case("asr", "IN")
def banquet_hall_hyderabad(S):
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    pin = postcode("IN", "Hyderabad")
    hn = rint(1, 40)
    bk = acct("BK9999")
    return [
        A(f"namaste royal orchid banquets this is {NM('farhan')} speaking"),
        C(f"hello {NM('farhan')} ji i am {NM('meenakshi reddy')} we booked the hall for my daughter's sangeet"),
        A(f"yes madam booking id please"),
        C(f"{AC(sa(bk))}"),
        A(f"madam you have booked for {K('count', cnt(250, 400))} guests on {K('date', mday())} the balance is {K('price', price(150000, 260000, 'INR', False))}"),
        C(f"we want to increase to {K('count', cnt(420, 480))} guests is that possible"),
        A(f"yes madam per plate is {K('price', price(900, 1400, 'INR', False))} extra"),
        C(f"okay i will pay advance {K('price', price(50000, 50000, 'INR', False))} now on card"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')} {CN(sd(p[2]), 'c')} {CN(sd(p[3]), 'c')}"),
        A(f"madam i got {CN(sd(p[0] + p[1] + p[2], 'd'), 'rb1')} and then last four"),
        C(f"last four {CN(sd(p[3], 'd'), 'l4')}"),
        A("expiry and cvv"),
        C(f"{EX(exp_r(m, y))} cvv {CV(sd(cv))}"),
        A("and billing address madam"),
        C(f"{AD(f'plot {nw(hn)} road number {nw(rint(2, 14))} banjara hills')} {PC(sd(pin))}"),
        A(f"thank you madam receipt will come on your registered email"),
    ]


@case("asr", "CA")
def event_hall_montreal(S):
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    pc = postcode("CA", "QC")
    ph = phone("CA", "514")
    return [
        A(f"bonjour salle saint-laurent events this is {NM('amelie')}"),
        C(f"hi {NM('amelie')} it's {NM('rahim chowdhury')} i'm booking the small room for my parents' {K('other', 'fortieth')} anniversary"),
        A(f"oh how nice what date"),
        C(f"{K('date', mday())} a sunday from {K('time', tm())}"),
        A(f"okay for up to {K('count', cnt(40, 60))} people it's {K('price', price(850, 1200, 'CAD', False))} with a deposit of {K('price', price(250, 250, 'CAD', False))}"),
        C(f"perfect my sister {NM('nasrin')} is going to pay she's on speaker"),
        C(f"hi okay it's {CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')} {CN(sd(p[2]), 'c')} hold on {NM('rahim')} stop talking {CN(sd(p[3]), 'c')}"),
        A("and the expiry"),
        C(f"{EX(exp_r(m, y, 'mmyy'))}"),
        A("and the code on the back"),
        C(f"{CV(sd(cv))}"),
        A("and a phone number for the contract"),
        C(f"{PH(phone_r(ph))}"),
        A("and your postal code"),
        C(f"{PC(sa(pc))}"),
        A("merci you'll get the contract by email today"),
    ]


@case("transcript", "UK")
def tool_hire_deposit(S):
    acc = acct("TH999999")
    c = card("visa")
    m, y = expiry()
    cv = cvv()
    pc = postcode("UK", "CF24")
    hn = rint(2, 120)
    ph = phone("uk_mob")
    return [
        A(f"HireMate Cardiff, {NM('Dylan')} speaking."),
        C(f"Hi, I want to hire a breaker for the weekend. I've got an account, it's {AC(acc)}. Card's {CN(card_t(c))}, {EX(exp_r(m, y))}, {CV(cv)}, if you need it."),
        A("Ha, steady on! Let me find the account first. Name?"),
        C(f"{NM('Marek Zielinski')}."),
        A(f"Okay Mr {NM('Zielinski')}. Which breaker, the {K('model_number', model('DHR999'))} or the bigger {K('model_number', model('TE-999'))}?"),
        C("The big one. It's for a concrete path."),
        A(f"That's {K('price', price(45, 65) + ' a day')}, or {K('price', price(90, 120))} for the weekend, plus a {K('price', price(150, 150, cents=False))} deposit on the card."),
        C("Weekend, please. Can you deliver?"),
        A(f"Yes, to {AD(f'{hn} Crwys Road, Cathays')}, {PC(pc)}?"),
        C(f"That's right. Before {K('time', tm())} if you can."),
        A(f"I'll put that on the note. And a mobile for the driver?"),
        C(f"{PH(phone_r(ph))}."),
        A(f"Lovely. The breaker weighs {K('quantity', qty(25, 32, 'kg', 'kilos'))}, so have someone to help lift it."),
        C("Will do, cheers."),
    ]


@case("asr", "AU")
def tool_hire_adelaide(S):
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    pc = postcode("AU", "SA")
    hn = rint(2, 150)
    lic = acct("AA9999999")
    return [
        A(f"hi you've called hire it yourself salisbury {NM('jarrah')} speaking"),
        C("hi mate i want to get a post hole digger tomorrow morning"),
        A(f"yep we've got the {K('model_number', model('AX-99'))} available what time"),
        C(f"first thing {K('time', tm(7, 9))}"),
        A(f"no worries it's {K('price', price(89, 129, 'AUD', False))} for the day can i get your name"),
        C(f"{NM('kostas papadopoulos')}"),
        A(f"and i need a driver licence number for the hire agreement"),
        C(f"{AC(sa(lic))}"),
        A(f"and address"),
        C(f"{AD(f'{house(hn)} main north road elizabeth')} {PC(sd(pc))}"),
        A(f"and the card for the {K('price', price(200, 200, 'AUD', False))} bond"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A("yep"),
        C(f"{CN(sd(p[2]), 'c')} then {CN(sd(wrong(p[3])), 'c!')} no {CN(sd(p[3]), 'c')}"),
        A(f"so ending {CN(sd(p[3], 'd'), 'l4')}"),
        C(f"yep expiry {EX(exp_r(m, y))} code {CV(sd(cv))}"),
        A("sweet see you in the morning"),
    ]


@case("asr", "IE")
def tool_hire_kildare(S):
    acc = acct("99999")
    eir = postcode("IE", "W23")
    ph = phone("uk_mob")
    hn = rint(2, 60)
    return [
        A(f"morning maynooth plant and tool hire {NM('declan')} here"),
        C(f"howya {NM('declan')} it's {NM('eoin fitzgerald')} here i've the mini digger since tuesday and i need to keep it another few days"),
        A(f"no bother have you the account number"),
        C(f"it's {AC(sa(acc))} i think it's on the docket"),
        A(f"yeah that's you so the {K('model_number', model('99U'))} is on {K('price', price(120, 160, 'EUR', False) + ' a day')} or {K('price', price(450, 550, 'EUR', False))} for the week"),
        C("go for the week so it's cheaper"),
        A(f"will do and is the site still {AD(f'{house(hn)} straffan road maynooth')}"),
        C(f"it is {PC(sa(eir))}"),
        A("and the mobile we have is an english number"),
        C(f"yeah it's {PH(sd(ph))} i never changed it"),
        A(f"grand so you'll have it back to us by {K('time', tm())} next tuesday"),
        C(f"yeah and the lad said there's about {K('quantity', qty(20, 40, 'litres', 'litres'))} of diesel in it is that right"),
        A("we charge for what you use so fill it before you bring it back"),
        C("dead on"),
    ]


@case("asr", "UK")
def storage_unit_change(S):
    acc = acct("SS999999")
    pc = postcode("UK", "B15")
    hn = rint(2, 200)
    ph = phone("uk_geo")
    old_e = "mark dot fenwick at hotmail dot co dot uk"
    return [
        A(f"good morning safestore edgbaston you're through to {NM('jasmin')}"),
        C(f"hi i rent unit {K('other', sa(acct('A99')))} and i want to move to a smaller one"),
        A("okay what's the name on the account"),
        C(f"{NM('mark fenwick')}"),
        A(f"thanks {NM('mark')} sorry mister {NM('fenwick')} can i confirm the address on the account"),
        C(f"{AD(f'{house(hn)} hagley road')} {PC(sa(pc))}"),
        A(f"great so you're in a {K('quantity', qty(50, 75, 'sq ft', 'square foot'))} unit at {K('price', price(80, 120) + ' a month')}"),
        C(f"yeah and i only need about half that now"),
        A(f"we've got a {K('quantity', qty(25, 35, 'sq ft', 'square foot'))} on the ground floor for {K('price', price(45, 65))} and your gate code stays the same {K('other', sd(rdig(4)))}"),
        C("brilliant i'll take it"),
        A(f"and your account number for the transfer form is {AC(sa(acc))}"),
        C("okay"),
        A(f"and the email we have is {EM(old_e)}"),
        C(f"no i don't use that anymore it's {EM('mfenwick seventy one at gmail dot com')}"),
        A("and a phone number"),
        C(f"the home number {PH(sd(ph))}"),
        A("lovely we'll have the new unit ready tomorrow"),
    ]


@case("transcript", "US")
def storage_lien_notice(S):
    acc = acct("99999999")
    c = card("visa")
    m, y = expiry()
    cv = cvv()
    z = postcode("US", "TX")
    hn = rint(100, 9999)
    ph = phone("US", "512")
    b = dob(1960, 1998)
    return [
        A(f"Lone Star Self Storage, this is {NM('Ramón')}."),
        C(f"Hi, I got a lien notice on my door, I mean on my unit. Unit {K('other', acct('C-999'))}. I need to pay before the auction."),
        A("Okay. What's the name on the lease?"),
        C(f"{NM('Brooke Tennyson-Okeke')}."),
        A("And for verification, your date of birth and the phone on file?"),
        C(f"{DB(dob_r(b, 'mdy'))}, and {PH(phone_r(ph))}."),
        A(f"Thank you. You're {K('count', str(rint(2, 4)))} months behind, so it's {K('price', price(380, 640, 'USD'))} with the late fees."),
        C("Ugh. Okay. Can I pay it all now?"),
        A(f"Yes. Card?"),
        C(f"{CN(card_t(c))}, expiration {EX(exp_r(m, y))}, CVV {CV(cv)}."),
        A(f"And the billing address?"),
        C(f"{AD(f'{hn} Burnet Road, Apt {rint(100, 399)}, Austin')}, {PC(z)}."),
        A(f"All set. The auction is cancelled and your account {AC(acc)} is current. Your gate code is reset to {K('other', rdig(4))}."),
        C("Thank you so much."),
    ]


@case("asr", "CA")
def storage_vancouver(S):
    acc = acct("VS-99999")
    pc = postcode("CA", "BC")
    ph = phone("CA", "604")
    hn = rint(100, 8000)
    return [
        A(f"thanks for calling cascade storage this is {NM('gurpreet')}"),
        C(f"hi i'm moving out of my unit on the {K('date', day())} and want to know how to close the account"),
        A("sure what's your account number"),
        C(f"{AC(sa(acc, dash=True))}"),
        A("and the name"),
        C(f"{NM('haruka sato')} that's {NM('s a t o')}"),
        A(f"okay {NM('haruka')} and the phone on the account"),
        C(f"{PH(sd(ph[:3]), 'p')} hang on i just got a new number it's the old one you'll have {PH(sd(ph[3:]), 'p')}"),
        A("perfect that matches and your forwarding address for the deposit cheque"),
        C(f"{AD(f'{house(hn)} kingsway burnaby')} {PC(sa(pc))}"),
        A(f"great you'll get the {K('price', price(100, 100, 'CAD', False))} deposit back within {K('duration', dur(10, 15, 'business days'))} once we inspect the unit"),
        C(f"and do i need to bring the lock or leave it"),
        A("take your lock with you and sweep it out please"),
        C("will do thanks"),
    ]


@case("asr", "UK")
def boiler_cover_renewal(S):
    pol = acct("BC9999999")
    b = dob(1945, 1985)
    pc = postcode("UK", "EX4")
    hn = rint(1, 99)
    sort = f"{rint(10, 99)}{rint(10, 99)}{rint(10, 99)}"
    acc = rdig(8)
    return [
        A(f"good afternoon homeshield boiler cover this is {NM('patrick')} how can i help"),
        C("hello dear my renewal letter's come and i want to keep the cover but pay monthly instead"),
        A("of course can i take the policy number it's at the top of the letter"),
        C(f"let me get my reading glasses {AC(sa(pol))}"),
        A("and your name please"),
        C(f"{NM('dorothy pengelly')} mrs"),
        A(f"and your date of birth mrs {NM('pengelly')}"),
        C(f"{DB(dob_r(b, 'ord'))}"),
        A(f"and the address we're covering"),
        C(f"{AD(f'{nw(hn)} pennsylvania road exeter')} {PC(sa(pc))}"),
        A(f"thank you so your boiler's the {K('model_number', model('AAA 99i'))} installed in {K('year', year(2009, 2016))}"),
        C("i think so the man last year said it was getting on a bit"),
        A(f"monthly it's {K('price', price(14, 22) + ' a month')} and i'll need the sort code and account number"),
        C(f"sort code {AC(sd(sort, 'p'))} and the account number {AC(sd(acc))}"),
        A(f"lovely your first payment goes out on the {K('date', day())}"),
        C("thank you dear"),
    ]


@case("transcript", "IE")
def boiler_service_limerick(S):
    eir = postcode("IE", "V94")
    hn = rint(2, 80)
    ph = phone("uk_mob")
    cust = acct("GS-99999")
    w = twin()
    return [
        A(f"Shannon Gas Services, {NM('Orla')} speaking, how can I help?"),
        C("Hi, my boiler's making a banging noise and the pressure keeps dropping. I'm on your annual service plan."),
        A("Oh, not good. Can I get your customer number?"),
        C(f"Hang on, it's on the sticker on the boiler... {AC(cust)}."),
        A(f"Thanks. And that's Mr {NM('Tadhg Ó Briain')}?"),
        C("It's my dad's house, I'm his daughter. He's beside me, he's a bit deaf."),
        A(f"No problem. The address is {AD(f'{hn} Ennis Road, Limerick')}, {PC(eir)}?"),
        C(f"That's it. What pressure should it be at? It's saying {K('quantity', '0.5 bar')}."),
        A(f"It should be between {K('quantity', '1 and 1.5 bar')}. I can get an engineer out Thursday between {K('time', w[0])} and {K('time', w[1])}."),
        C("Perfect. Can he ring me before? My number is "+PH(phone_r(ph))+"."),
        A(f"He will. The callout's covered on your plan, parts are {K('percentage', '10%')} off."),
        C("Great, thanks."),
    ]


@case("asr", "US")
def home_warranty_furnace(S):
    con = acct("HW99999999")
    ph = phone("US", "919")
    z = postcode("US", "NC")
    hn = rint(100, 9999)
    return [
        A(f"thank you for calling shieldpoint home warranty my name is {NM('travis')} can i have your contract number"),
        C(f"um yeah i have the card here somewhere it's {AC(sa(con, mode='d'))}"),
        A(f"and the covered address"),
        C(f"{AD(f'{house(hn)} oberlin road')} in raleigh {PC(sd(z))}"),
        A("and who am i speaking with"),
        C(f"{NM('sunny castellanos')}"),
        A(f"okay {NM('sunny')} what's going on"),
        C(f"the furnace won't kick on it's like {K('other', 'fifty eight degrees')} in here and i have a newborn"),
        A(f"oh no okay i'm marking this urgent there's a {K('price', price(100, 125, 'USD', False))} service fee"),
        C("that's fine"),
        A(f"a technician will call you within {K('duration', dur(2, 4, 'hours'))} is the best number {PH(sd(ph))}"),
        C(f"yes that's my cell"),
        A(f"and do you know the furnace model"),
        C(f"it says {K('model_number', model('AA99A999'))} on the sticker"),
        A("perfect that helps them bring parts"),
    ]


@case("asr", "NZ")
def removals_deposit_wellington(S):
    pc1 = postcode("NZ", "Wellington")
    pc2 = postcode("NZ", "Auckland")
    h1, h2 = rint(2, 200), rint(2, 200)
    q = acct("Q99999")
    c = card("visa")
    m, y = expiry()
    cv = cvv()
    return [
        A(f"kia ora capital movers {NM('aroha')} speaking"),
        C(f"hi {NM('aroha')} i got a quote from you guys last week for moving up to auckland i want to pay the deposit"),
        A("sweet have you got the quote number"),
        C(f"{AC(sa(q))}"),
        A(f"thanks and that's for {NM('liam tuhiwai')} from {AD(f'{house(h1)} the terrace wellington')} {PC(sd(pc1))}"),
        C(f"yep going to {AD(f'{house(h2)} ponsonby road')} {PC(sd(pc2))}"),
        A(f"so that's a {K('count', cnt(2, 3))} bedroom move on {K('date', mday())} total {K('price', price(3200, 4800, 'NZD', False))} and the deposit is {K('percentage', pct(20, 20))}"),
        C(f"cool card's {CN(sd(c))}"),
        A("got it and the expiry"),
        C(f"{EX(exp_r(m, y))} and the cvc is {CV(sd(cv))}"),
        A(f"all done the truck will arrive at {K('time', tm())} and the crew's about {K('duration', dur(6, 8, 'hours'))} loading"),
        C("choice thanks"),
    ]


@case("transcript", "UK")
def removals_two_addresses(S):
    pc1 = postcode("UK", "L8")
    pc2 = postcode("UK", "CH43")
    h1, h2 = rint(2, 150), rint(2, 150)
    ph = phone("uk_mob")
    q = acct("RM-9999-AA")
    return [
        A(f"Mersey Removals, {NM('Jade')} speaking."),
        C(f"Hi, I booked a survey for my move and I need to change the date. Reference {AC(q)}."),
        A(f"Thanks. Is that {NM('Ayodele Brathwaite')}?"),
        C("That's me."),
        A(f"So you're moving from {AD(f'{h1} Princes Avenue, Liverpool')}, {PC(pc1)}, to..."),
        C(f"{AD(f'{h2} Shrewsbury Road, Oxton')}, {PC(pc2)}. And it's now the {K('date', day())}, the solicitors have pushed completion back."),
        A(f"No problem. That's a Friday, so there's a {K('price', price(50, 80, cents=False))} surcharge."),
        C(f"Fine. We've got about {K('count', cnt(25, 40))} boxes and a piano, is that still okay?"),
        A(f"The piano needs {K('count', str(rint(3, 4)))} crew, so I'll note that. What's the best mobile?"),
        C(f"{PH(phone_r(ph))}."),
        A(f"And the email for the updated quote?"),
        C(f"{EM('ayo.brathwaite@icloud.com')}."),
        A("Great, that's all changed."),
    ]


@case("asr", "ZA")
def removals_gqeberha(S):
    b = dob(1965, 1995)
    idn = nid("ZA", dob=b)
    pc = postcode("ZA", "Gqeberha")
    hn = rint(2, 120)
    q = acct("MV99999")
    return [
        A(f"morning bay removals this is {NM('nomvula')}"),
        C(f"morning i need to book a move for the end of the month and pay the deposit my name is {NM('riaan du plessis')}"),
        A(f"okay mister {NM('du plessis')} do you have a quote number"),
        C(f"{AC(sa(q))}"),
        A(f"and for the contract i need your id number"),
        C(f"{SS(sd(idn[:6]), 'i')} um {SS(sd(idn[6:]), 'i')}"),
        A(f"and the date of birth is the same as the start of the id"),
        C(f"yes {DB(dob_r(b, 'ord'))}"),
        A(f"and the pickup address"),
        C(f"{AD(f'{house(hn)} cape road mill park')} {PC(sd(pc))}"),
        A(f"so for the {K('count', cnt(3, 4))} bedroom house the deposit is {K('price', price(1500, 2500, 'ZAR', False))} and we'll need {K('duration', dur(2, 3, 'days'))} notice to change the date"),
        C("okay that's fine i'll eft it today"),
        A("perfect the banking details are on the quote use the quote number as reference"),
    ]


@case("asr", "AU")
def removals_hobart(S):
    pc1 = postcode("AU", "TAS")
    pc2 = postcode("AU", "VIC")
    h1, h2 = rint(2, 200), rint(2, 200)
    b = dob(1950, 1990)
    return [
        A(f"good morning island movers {NM('brodie')} speaking"),
        C(f"hi i'm moving my mum from hobart to melbourne and i want to book the interstate service"),
        A("no worries whose name is the booking under"),
        C(f"my mum's {NM('ngaire whitcombe')} but i'm {NM('tessa whitcombe')} i'm organising it"),
        A(f"okay and your mum's date of birth for the insurance form"),
        C(f"hang on mum what's your birthday she says {DB(dob_r(b, 'short'))}"),
        A(f"thanks and the pickup"),
        C(f"{AD(f'{house(h1)} sandy bay road sandy bay')} {PC(sd(pc1))}"),
        A("and delivery"),
        C(f"{AD(f'unit {nw(rint(2, 12))} {house(h2)} glenferrie road hawthorn')} {PC(sd(pc2))}"),
        A(f"the ferry crossing adds {K('price', price(350, 600, 'AUD', False))} and it's about {K('duration', dur(4, 6, 'days'))} door to door"),
        C("that's fine can you email me the quote"),
        A("sure what's the email"),
        C(f"{EM('tessa dot whitcombe at outlook dot com dot au')}"),
        A(f"sent it'll have a {K('percentage', pct(10, 15))} deposit to lock it in"),
    ]


@case("transcript", "UK")
def bike_shop_repair(S):
    ph = phone("uk_mob")
    serial = acct("WTU999A99999A")
    job = acct("JOB-9999")
    return [
        A(f"Spokes & Sprockets, {NM('Ollie')} speaking."),
        C(f"Hi {NM('Ollie')}, it's {NM('Frank Adomako')}. I dropped my bike off on Saturday for a service, is it ready?"),
        A(f"Let me check. Job number?"),
        C(f"{AC(job)}."),
        A(f"Got it. So the mechanic found the chain was stretched past {K('percentage', '0.75%')}, so it needs a new chain and cassette."),
        C("Right. How much is that going to be?"),
        A(f"Parts are {K('price', price(70, 110))}, plus the service at {K('price', price(55, 75, cents=False))}."),
        C("Frankly that's more than I wanted, but go on then."),
        A(f"Also, for the insurance form you asked about, the frame serial is {K('other', serial)}."),
        C(f"Great. Can you text me when it's done? {PH(phone_r(ph))}."),
        A(f"Will do. Should be ready by {K('time', tm())} tomorrow."),
        C("Cheers."),
    ]


@case("asr", "US")
def bike_shop_order(S):
    order = acct("99999")
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    z = postcode("US", "WA")
    e = "dakota dot reyes dot bikes at gmail dot com"
    return [
        A(f"rainier cycles this is {NM('skyler')}"),
        C(f"hey so i'm calling to pay for the gravel bike you're holding for me my name's {NM('dakota reyes')} and the code on my card is {CV(sd(cv))} i always forget that part"),
        A(f"ha okay i'll remember that i see the {K('model_number', model('AAA 99'))} in the {K('quantity', qty(54, 58, 'cm', 'centimeter'))} frame"),
        C(f"yep that's the one"),
        A(f"so that's {K('price', price(1800, 2600, 'USD', False))} minus your {K('price', price(200, 200, 'USD', False))} deposit"),
        C(f"cool it's a mastercard {CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A("mm-hmm"),
        C(f"{CN(sd(p[2]), 'c')} {CN(sd(p[3]), 'c')} and it expires {EX(exp_r(m, y))}"),
        A("and billing zip"),
        C(f"{PC(sd(z))}"),
        A(f"and i'll send the receipt to {EM(e)} is that right"),
        C("yep"),
        A(f"order {AC(sd(order))} it's ready for pickup anytime after {K('time', tm())}"),
    ]


@case("asr", "UK")
def cinema_membership(S):
    mem = acct("99999999")
    b = dob(1980, 2004)
    pc = postcode("UK", "G12")
    c = card("visa")
    return [
        A(f"hi you're through to cineworks members line my name's {NM('kieran')}"),
        C("hiya i want to cancel my unlimited membership i've moved and there's no cinema near me now"),
        A(f"sorry to hear that can i have your membership number"),
        C(f"{AC(sd(mem[:4]), 'm')} {AC(sd(mem[4:]), 'm')}"),
        A("and your name and date of birth"),
        C(f"{NM('eilidh mcgregor')} {DB(dob_r(b, 'yy'))}"),
        A(f"thanks {NM('eilidh')} and the postcode on your account"),
        C(f"{PC(sa(pc))}"),
        A(f"okay you're on {K('price', price(17, 22) + ' a month')} and there's a minimum of {K('duration', dur(12, 12, 'months'))} which you finished in march"),
        C("so i can just cancel"),
        A(f"yep you'll get {K('duration', dur(30, 30, 'days'))} notice and the last payment comes from the card ending {CN(sd(c[-4:], 'd'), 'l4!')}"),
        C("okay that's fine"),
        A(f"and i can see you've got {K('count', cnt(2, 4))} free tickets left use them before the {K('date', day())}"),
        C("oh nice i'll go this weekend"),
    ]


@case("transcript", "AU")
def cinema_membership_melbourne(S):
    mem = acct("AC99999999")
    pc = postcode("AU", "VIC")
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    return [
        A(f"Good evening, Astor Picture Club, {NM('Zoë')} speaking."),
        C(f"Hi {NM('Zoë')}, I'm trying to renew my membership online but the payment page times out."),
        A(f"Sorry about that. What's your membership number?"),
        C(f"{AC(mem)}."),
        A(f"And your name?"),
        C(f"{NM('Dimitri Alexandropoulos')}. And my partner {NM('June Lim')} is on the same one."),
        A(f"Yep, I see you both. Renewal is {K('price', price(110, 160, 'AUD', False))} for the year, and it includes {K('count', str(rint(6, 10)))} free sessions."),
        C(f"Great, here's the card. {CN(p[0], 'c')} {CN(p[1], 'c')}..."),
        A("Got it."),
        C(f"{CN(p[2], 'c')} {CN(p[3], 'c')}, {EX(exp_r(m, y, 'mm/yy'))}, {CV(cv)}."),
        A(f"And the postcode for the card?"),
        C(f"{PC(pc)}."),
        A(f"All renewed. The new cards will say valid to {K('date', mday())}."),
        C("Thanks heaps."),
    ]


@case("asr", "US")
def cinema_ivr_membership(S):
    mem = acct("9999999999")
    ph = phone("US", "206")
    b = dob(1975, 2004)
    e = "jordan dot amsel at protonmail dot com"
    return [
        I("thanks for calling marquee cinemas for showtimes press one for marquee plus membership press two"),
        C("two"),
        I("please say or enter your ten digit membership number"),
        C(f"{AC(sd(mem[:5], 'd'), 'm')} uh {AC(sd(mem[5:], 'd'), 'm')}"),
        I("for your security please say your date of birth"),
        C(f"{DB(dob_r(b, 'us'))}"),
        I(f"thank you your membership renews on {K('date', mday())} at {K('price', price(19, 25, 'USD', True) + ' a month')} to speak to a representative say agent"),
        C("agent"),
        A(f"hi this is {NM('bailey')} with marquee plus how can i help"),
        C(f"hi my name's {NM('jordan amsel')} i want to change the email on my account i keep missing the free popcorn emails"),
        A(f"sure i have you verified what's the new email"),
        C(f"{EM(e)}"),
        A(f"and is {PH(sd(ph))} still the best number"),
        C("yep"),
        A(f"you're all set and you have {K('count', cnt(2, 3))} reward tickets that expire in {K('duration', dur(30, 45, 'days'))}"),
    ]


@case("asr", "IE")
def music_lessons_cork(S):
    eir = postcode("IE", "T23")
    hn = rint(2, 90)
    e = "maire dot odonovan at eircom dot net"
    ph = phone("uk_mob")
    return [
        A(f"hello lee valley school of music {NM('rory')} speaking"),
        C(f"hi {NM('rory')} i want to sign my daughter up for fiddle lessons for the autumn term"),
        A("great what's her name"),
        C(f"{NM('saoirse o donovan')} she's {K('other', cnt(8, 10))}"),
        A(f"lovely we have a slot on wednesdays at {K('time', tm())} for {K('duration', dur(30, 30, 'minutes'))} it's {K('price', price(150, 220, 'EUR', False))} for the {K('count', cnt(10, 12))} weeks"),
        C("that's perfect and can i pay the deposit now"),
        A("you can i'll send you a link and your name"),
        C(f"{NM('maire o donovan')}"),
        A("and the email"),
        C(f"{EM(e)}"),
        A(f"and the address"),
        C(f"{AD(f'{house(hn)} model farm road cork')} {PC(sa(eir))}"),
        A("and a phone number"),
        C(f"it's a uk mobile i'm still on my english contract {PH(sd(ph))}"),
        A("grand you'll get the link in a minute"),
    ]


@case("transcript", "IN")
def music_lessons_delhi(S):
    pin = postcode("IN", "Delhi")
    hn = rint(2, 300)
    c = card("visa")
    m, y = expiry()
    cv = cvv()
    return [
        A(f"Good evening, Raag Sangeet Academy, {NM('Ishita')} speaking."),
        C(f"Hello, I am {NM('Harpreet Kaur Sandhu')}. I want to enrol my son for tabla classes."),
        A(f"Sure ma'am. What is your son's name and age?"),
        C(f"{NM('Gurnoor Singh Sandhu')}, he is {K('other', str(rint(7, 11)))} years old."),
        A(f"Batch is Tuesday and Friday, {K('time', tm())}, fee is {K('price', price(2500, 4000, 'INR', False))} per month, plus registration {K('price', price(500, 1000, 'INR', False))}."),
        C(f"Okay, I will pay {K('duration', dur(3, 3, 'months'))} together."),
        A(f"Then {K('percentage', '5%')} discount. Your email ma'am?"),
        C(f"{EM('harpreet.sandhu82@gmail.com')}."),
        A(f"And address?"),
        C(f"{AD(f'{hn}, Sector 9, Rohini, New Delhi')} {PC(pin)}."),
        A("And card details?"),
        C(f"{CN(card_t(c))}, {EX(exp_r(m, y))}, CVV {CV(cv)}."),
        A(f"Thank you ma'am, first class is on {K('date', mday())}."),
    ]


@case("transcript", "CA")
def music_lessons_ottawa(S):
    pc = postcode("CA", "ON")
    ph = phone("CA", "613")
    hn = rint(10, 999)
    return [
        A(f"Glebe Music Studio, {NM('Marguerite')} speaking."),
        C(f"Hi, this is {NM('Kwame Asante-Leblanc')}. My son takes piano with Mr. {NM('Dubois')}... sorry, with {NM('Yannick')}, and I need to reschedule next week."),
        A(f"Of course. Your son is {NM('Kofi')}?"),
        C(f"Yes. He has a recital on {K('date', mday())} so we'd like an extra lesson before it."),
        A(f"{NM('Yannick')} has {K('time', tm())} on Thursday. A single lesson is {K('price', price(45, 70, 'CAD', False))} for {K('duration', dur(45, 45, 'minutes'))}."),
        C(f"That works. Can you confirm the phone number on file? It might be my old one."),
        A(f"I have {PH(phone_r(ph))}."),
        C("That's right. And the address for the invoice?"),
        A(f"{AD(f'{hn} Bank Street, Ottawa')}, {PC(pc)}."),
        C("Perfect. Thank you."),
    ]


@case("transcript", "UK")
def music_lessons_guitar_uk(S):
    pc = postcode("UK", "OX4")
    hn = rint(2, 200)
    ph = phone("uk_lon")
    b = dob(1990, 2005)
    return [
        A(f"Cowley Road Music, {NM('Harriet')} speaking."),
        C(f"Hi, I'm calling about adult guitar lessons. My name's {NM('Rafael Quintero')}."),
        A(f"Great! We do {K('duration', dur(30, 30, 'minutes'))} or {K('duration', dur(60, 60, 'minutes'))}. The hour is {K('price', price(38, 48, cents=False))}."),
        C(f"The hour, please. Evenings if possible, after {K('time', tm())}."),
        A(f"We have Wednesdays with {NM('Callum')}. Can I take your details? Date of birth first, it's for our safeguarding register."),
        C(f"{DB(dob_r(b))}."),
        A(f"And your address?"),
        C(f"{AD(f'{hn} Magdalen Road, Oxford')}, {PC(pc)}."),
        A("And a phone number?"),
        C(f"My work line, {PH(phone_r(ph))}."),
        A(f"And an email?"),
        C(f"{EM('rafa.quintero@proton.me')}."),
        A(f"Lovely. Your first lesson's on {K('date', mday())}."),
    ]


@case("asr", "UK")
def florist_delivery_uk(S):
    pc = postcode("UK", "EH6")
    hn = rint(2, 120)
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    ph = phone("uk_mob")
    return [
        A(f"good morning thistle and bloom florists {NM('morag')} speaking"),
        C(f"hi i'd like to send flowers to my gran it's her {K('other', 'ninetieth')} on friday"),
        A(f"oh lovely what's her name"),
        C(f"{NM('isobel rose lennox')}"),
        A("and the address"),
        C(f"{AD(f'flat {nw(rint(1, 9))} {house(hn)} great junction street leith')} {PC(sa(pc))}"),
        A(f"and what would you like on the card"),
        C(f"happy {K('other', 'ninetieth')} gran love from all of us in toronto"),
        A(f"aw and which bouquet the rose and peony one is {K('price', price(45, 65, cents=False))} and delivery's {K('price', price(6, 9, cents=True))}"),
        C(f"perfect that one and can you put in {K('count', cnt(3, 5))} extra roses"),
        A(f"yep go ahead with the card"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A("mm-hmm"),
        C(f"{CN(sd(p[2]), 'c')} sorry my toddler's just pressed something {CN(sd(p[3]), 'c')}"),
        A(f"and the expiry and security code"),
        C(f"{EX(exp_r(m, y))} {CV(sd(cv))}"),
        A("and a number in case the driver can't get in"),
        C(f"my aunt's there {NM('heather')} {PH(sd(ph))}"),
    ]


@case("transcript", "US")
def florist_sympathy_us(S):
    z = postcode("US", "PA")
    hn = rint(100, 9999)
    c = card("amex")
    m, y = expiry()
    cv = cvv(4)
    w = twin()
    return [
        A(f"Petal & Stem, this is {NM('Lucia')}."),
        C(f"Hi. I need to send a sympathy arrangement to a funeral home, and another one to the family's house."),
        A("I'm so sorry. Let's start with the funeral home. Which one?"),
        C(f"Kowalski Brothers on Main Street. The service is at {K('time', tm())} on the {K('date', day())}."),
        A(f"We deliver there every day. The standing spray starts at {K('price', price(175, 250, 'USD', False))}."),
        C(f"That's fine. And to the house, a smaller one with {K('count', str(rint(12, 24)))} white lilies. Send it to Mrs. {NM('Halvorsen')}..."),
        A("Sorry, first name?"),
        C(f"{NM('Ingrid Halvorsen')}. {AD(f'{hn} Walnut Street, Pittsburgh')}, {PC(z)}."),
        A(f"Delivery window is {K('time', w[0])} to {K('time', w[1])}. And payment?"),
        C(f"Amex, {CN(card_t(c))}, expires {EX(exp_r(m, y))}, and the four on the front is {CV(cv)}."),
        A(f"Thank you. And the card message?"),
        C(f"\"With love, the {NM('Brennan')} family.\""),
    ]


@case("asr", "ZA")
def florist_pretoria(S):
    pc = postcode("ZA", "Pretoria")
    hn = rint(2, 400)
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    return [
        A(f"good afternoon jacaranda flowers this is {NM('lerato')}"),
        C(f"hi {NM('lerato')} i want to send flowers to my mother for her birthday tomorrow"),
        A("lovely what's her name and address"),
        C(f"{NM('mmabatho mokoena')} {AD(f'{house(hn)} lynnwood road menlo park')} {PC(sd(pc))}"),
        A(f"okay and the proteas or the roses the proteas are {K('price', price(450, 650, 'ZAR', False))}"),
        C(f"proteas and add the chocolates and deliver before {K('time', tm())} she goes to church"),
        A(f"okay card number"),
        C(f"{CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A(f"sorry i missed the second part the line is bad"),
        C(f"{CN(sd(p[1]), 'rb1')} then {CN(sd(p[2]), 'c')} {CN(sd(p[3]), 'c')}"),
        A("expiry"),
        C(f"{EX(exp_r(m, y, 'm_yy'))} and the cvv is {CV(sd(cv))}"),
        A(f"thank you and your name for the card"),
        C(f"just say from {NM('karabo')} with love"),
    ]


@case("asr", "NZ")
def florist_dunedin(S):
    pc = postcode("NZ", "Dunedin")
    hn = rint(2, 200)
    e = "ruby dot tangaroa at gmail dot com"
    return [
        A(f"kia ora octagon flowers {NM('hemi')} here"),
        C(f"hi there i ordered flowers online for my friend's new baby and i put the wrong address in"),
        A("no worries what's the order name"),
        C(f"{NM('ruby tangaroa')} and the email on it is {EM(e)}"),
        A(f"got it so it's going to {NM('kate')} at {AD(f'{house(hn)} stuart street north dunedin')}"),
        C(f"yeah that's wrong it should be {AD(f'{house(hn + rint(1, 20))} stuart street')} {PC(sd(pc))} i always mix them up"),
        A(f"easy fixed it's going out on the {K('time', tm())} run"),
        C(f"sweet and the balloon's included right the {K('price', price(15, 15, 'NZD', False))} one"),
        A("yep it's on there"),
        C("awesome thanks"),
    ]


@case("asr", "UK")
def council_tax_ivr(S):
    ref = acct("99999999")
    pc = postcode("UK", "S10")
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    return [
        I("sheffield council tax payments please say or key your eight digit council tax reference"),
        C(f"{AC(sd(ref, 'd'))}"),
        I("and the postcode of the property"),
        C(f"{PC(sa(pc))}"),
        I(f"the balance on this account is {K('price', price(180, 900))} how much would you like to pay"),
        C(f"{K('price', price(100, 150, cents=False))}"),
        I("please say or key the long card number"),
        C(f"{CN(sd(p[0], 'd'), 'c')} {CN(sd(p[1], 'd'), 'c')} {CN(sd(p[2], 'd'), 'c')} {CN(sd(p[3], 'd'), 'c')}"),
        I("and the expiry date"),
        C(f"{EX(sd(f'{m:02d}{y % 100:02d}', 'd'))}"),
        I("and the three digit security code"),
        C(f"{CV(sd(cv, 'd'))}"),
        I(f"thank you your payment has been accepted your receipt number is {K('other', sd(rdig(9), 'd'))}"),
        C("oh hang on i wanted to ask about the single person discount"),
        I("to speak to an advisor please hold"),
        A(f"hello council tax {NM('naveed')} speaking"),
        C(f"hi yeah my partner moved out so it's just me now can i get the {K('percentage', pct(25, 25))} off"),
        A(f"you can what's your name and council tax reference"),
        C(f"{NM('jolene firth')} and it's {AC(sd(ref))}"),
        A(f"and the date they moved out"),
        C(f"the {K('date', day())} of last month"),
        A("i'll apply it from then you'll get a new bill in the post"),
    ]


@case("transcript", "UK")
def council_tax_hold(S):
    ni = nid("UK")
    b = dob(1985, 2004)
    ref = acct("9999999999")
    pc = postcode("UK", "NE1")
    hn = rint(1, 60)
    return [
        A(f"Newcastle City Council, council tax team, {NM('Siobhan')} speaking."),
        C(f"Hi, I'm a student and I've had a bill, but students are exempt, aren't they?"),
        A(f"Full-time students are, yes. What's the account reference?"),
        C(f"{AC(ref)}."),
        A(f"And your name?"),
        C(f"{NM('Yusuf Al-Amin')}. There's {K('count', '3')} of us in the flat, all students."),
        A("Okay, can you hold for a moment while I check the exemption records?"),
        C("Sure."),
        A(f"Sorry for the wait. Thank you for holding. Can you confirm your date of birth and National Insurance number for me?"),
        C(f"{DB(dob_r(b))}, and it's {SS(nid_r(ni, 'UK'))}."),
        A(f"Thanks. And the address is {AD(f'Flat {rint(1, 6)}, {hn} Osborne Road, Jesmond')}, {PC(pc)}?"),
        C("Yes."),
        A(f"I need a student certificate from each of you within {K('duration', dur(21, 28, 'days'))}, then the bill for {K('price', price(1400, 2200))} is cancelled."),
        C("Brilliant, thank you."),
    ]


@case("asr", "IE")
def parking_fine_dublin(S):
    fine = acct("AA99999999")
    reg = f"{rint(151, 242)}-D-{rint(1000, 99999)}"
    c1 = card("visa")
    m1, y1 = expiry(expired=True)
    c2 = card("visa")
    p2 = chunks(c2, 4, 4, 4, 4)
    m2, y2 = expiry()
    cv = cvv()
    return [
        A(f"dublin city parking enforcement you're speaking with {NM('eamon')}"),
        C("hi i got a clamp on my car on camden street and i need it off fast i've a hospital appointment"),
        A("okay i'll be quick what's the notice number on the sticker"),
        C(f"it's {AC(sa(fine))}"),
        A("and the reg"),
        C(f"{AC(sa(reg, dash=False))}"),
        A(f"the release fee is {K('price', price(80, 80, 'EUR', False))} card number please"),
        C(f"{CN(sd(c1))} expiry {EX(exp_r(m1, y1, 'mmyy'))}"),
        A(f"that card's out of date it ran out in {K('date', MONTHS[m1 - 1].lower() + ' ' + year(y1, y1))}"),
        C("ah for god's sake hang on i've the credit union one"),
        C(f"{CN(sd(p2[0]), 'c')} {CN(sd(p2[1]), 'c')} {CN(sd(p2[2]), 'c')}"),
        A("go on"),
        C(f"{CN(sd(p2[3]), 'c')} {EX(exp_r(m2, y2, 'name'))} and {CV(sd(cv))}"),
        A(f"that's gone through the declamper will be there within {K('duration', dur(2, 3, 'hours'))}"),
        C("that long i'll miss my appointment"),
        A(f"i'll mark it urgent they're on pearse street so hopefully less"),
    ]


@case("transcript", "AU")
def parking_infringement_sydney(S):
    inf = acct("999999999")
    rego = acct("AAA99A")
    c = card("mc")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    pc = postcode("AU", "NSW")
    return [
        A(f"Inner West Council, parking, {NM('Hamish')} speaking."),
        C(f"Hi, I got a fine for parking in a loading zone, but the sign says {K('time', '6am')} to {K('time', '10am')} and I was there at {K('time', tm())}."),
        A(f"Let's have a look. Infringement number?"),
        C(f"{AC(inf)}."),
        A(f"And the rego?"),
        C(f"{AC(rego)}."),
        A(f"Okay, the photos show {K('time', tm())}, so it stands, sorry. It's {K('price', price(130, 210, 'AUD', False))}. You can request a review within {K('duration', dur(28, 28, 'days'))}."),
        C("Fine, I'll just pay it. Is it okay if I give you the card now?"),
        A("Sure."),
        C(f"{CN(p[0], 'c')} {CN(p[1], 'c')}..."),
        A("Yep."),
        C(f"{CN(p[2], 'c')} {CN(p[3], 'c')}, expiry {EX(exp_r(m, y))}, CVC {CV(cv)}."),
        A(f"And your postcode, for the card?"),
        C(f"{PC(pc)}."),
        A(f"Done. Your receipt number is {K('other', acct('R99999999'))}."),
    ]


@case("asr", "CA")
def parking_ticket_winnipeg(S):
    tkt = acct("AA9999999")
    plate = acct("AAA 999")
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    pc = postcode("CA", "MB")
    return [
        A(f"city of winnipeg parking services this is {NM('tyler')}"),
        C(f"hi i'm calling about a ticket i got downtown my name's {NM('rosalind mcallister-fontaine')}"),
        A("can i have the ticket number"),
        C(f"{AC(sa(tkt))}"),
        A("and the plate"),
        C(f"{AC(sa(plate))}"),
        A(f"okay it's {K('price', price(60, 90, 'CAD', False))} or {K('price', price(45, 70, 'CAD', False))} if paid within {K('duration', dur(15, 15, 'days'))}"),
        C(f"i'll pay now sorry my kid's talking over me hang on"),
        C(f"okay {CN(sd(p[0]), 'c')} {CN(sd(p[1]), 'c')}"),
        A("and then"),
        C(f"{CN(sd(p[2]), 'c')} no wait sorry i'll say that again {CN(sd(p[2]), 'rb1')}"),
        A("okay i've got that"),
        C(f"{CN(sd(p[3]), 'c')} expiry {EX(exp_r(m, y))} and {CV(sd(cv))}"),
        A("and the postal code for the card"),
        C(f"{PC(sa(pc))}"),
        A("you're all paid up"),
    ]


@case("asr", "UK")
def dentist_talkover(S):
    b = dob(1940, 1960)
    nhs = nhs_number()
    ph = phone("uk_geo")
    pc = postcode("UK", "LS6")
    hn = rint(2, 90)
    street = " st michael's road"
    return [
        A(f"good morning headingley dental {NM('chloe')} speaking"),
        C("hello love i need to cancel my husband's appointment he's"),
        A("sorry i didn't catch"),
        C("he's in hospital with his hip"),
        A("oh i'm sorry to hear that what's his name"),
        C(f"{NM('albert haigh')} he's under the doctor sorry under {NM('priya')} the hygienist"),
        A(f"and his date of birth"),
        C(f"{DB(dob_r(b, 'num'))}"),
        A(f"thank you and i've got the nhs number as {AC(sd(nhs, 'd'))} is that right"),
        C("i've no idea love it's probably on the card somewhere"),
        A(f"not to worry the address is {AD(house(hn) + street)} {PC(sa(pc))}"),
        C(f"that's it and if you need to ring the house it's {PH(sd(ph))}"),
        A(f"lovely i've cancelled the {K('time', tm())} on the {K('date', day())} and there's no charge because it's hospital"),
        C("thank you love"),
    ]


@case("asr", "NZ")
def dentist_auckland(S):
    b = dob(1985, 2005)
    e = "mere dot kingi ninety two at gmail dot com"
    return [
        A(f"kia ora ponsonby dental {NM('tama')} speaking"),
        C(f"hi i've got a chipped tooth can i get in today"),
        A(f"let me look are you an existing patient"),
        C(f"yeah {NM('mere kingi')} that's {NM('k i n g i')}"),
        A(f"and your date of birth {NM('mere')}"),
        C(f"{DB(dob_r(b, 'ord'))}"),
        A(f"got you we've got {K('time', tm())} with the doctor sorry with {NM('anjali')} would that work"),
        C(f"yes please how much roughly"),
        A(f"the exam's {K('price', price(70, 90, 'NZD', False))} and a filling's from {K('price', price(180, 260, 'NZD', False))} depending on the size"),
        C("okay"),
        A(f"and is your email still {EM(e)}"),
        C("yep"),
        A(f"cool come in {K('duration', dur(10, 15, 'minutes'))} early to fill in the form"),
    ]


@case("transcript", "US")
def optician_insurance_us(S):
    b = dob(1960, 2000)
    mem = acct("AAA999999999")
    ph = phone("US", "415")
    e = "tran.minh.khoa@yahoo.com"
    return [
        A(f"ClearView Optometry, this is {NM('Brandon')}. How can I help you?"),
        C(f"Hi, I'm trying to book an eye exam and check if my vision insurance covers contacts. My name is {NM('Minh Khoa Tran')}."),
        A(f"Sure. Date of birth?"),
        C(f"{DB(dob_r(b, 'mdy'))}."),
        A("And the member ID on your insurance card?"),
        C(f"{AC(mem)}. Sorry, is the letter at the start an O or a zero?"),
        A(f"Looks like a letter. Okay, you're covered for an exam every {K('duration', dur(12, 12, 'months'))} and {K('price', price(130, 150, 'USD', False))} toward contacts."),
        C(f"Great. Do you have anything next week?"),
        A(f"{K('date', mday())} at {K('time', tm())}. Can I confirm your phone and email?"),
        C(f"{PH(phone_r(ph))}, and {EM(e)}."),
        A("You're booked. Bring your current glasses."),
    ]


@case("transcript", "US")
def vet_after_hours_pickup(S):
    ph = phone("US", "503")
    e = "sam.okonjo.pdx@gmail.com"
    c = card("visa")
    p = chunks(c, 4, 4, 4, 4)
    m, y = expiry()
    cv = cvv()
    return [
        A(f"Rose City Animal Hospital, this is {NM('Courtney')}."),
        C(f"Hi, it's {NM('Samuel Okonjo')}. My cat Pepper is ready to go home, but I can't get there before you close."),
        A(f"No problem. We can leave her meds in the after-hours locker, and the vet tech stays till {K('time', tm())} for Pepper."),
        C("Oh, perfect. Can I pay now?"),
        A(f"Sure. The total is {K('price', price(340, 780, 'USD'))}."),
        C(f"Okay. {CN(p[0], 'c')} {CN(p[1], 'c')} {CN(p[2], 'c')}, wait, one sec, my other line... okay, {CN(p[3], 'c')}."),
        A("And expiration and the three-digit code?"),
        C(f"{EX(exp_r(m, y))}, {CV(cv)}."),
        A(f"Thanks. The locker is number {K('other', str(rint(2, 12)))} and the code is {K('other', rdig(4))}."),
        C(f"Got it. Can you email me the discharge notes? {EM(e)}."),
        A(f"Will do. And we'll text {PH(phone_r(ph))} when she's ready."),
        C("Thank you!"),
    ]


@case("asr", "ZA")
def airline_seat_cape_town(S):
    b = dob(1970, 2000)
    pp = acct("A99999999")
    bk = acct("AX9AXA")
    return [
        A(f"good morning fynbos air {NM('zanele')} speaking"),
        C(f"hi i want to pay for extra legroom on my flight to joburg tomorrow"),
        A("sure can i have the booking reference"),
        C(f"{AC(sa(bk, nato=0.5))}"),
        A(f"and the passenger's name"),
        C(f"{NM('charlotte van wyk')} and my husband {NM('dawid van wyk')}"),
        A(f"and for the international part of the trip i need the passport number for {NM('charlotte')}"),
        C(f"{AC(sa(pp))}"),
        A(f"and her date of birth"),
        C(f"{DB(dob_r(b, 'short'))}"),
        A(f"thank you the {K('flight_number', flight('FY'))} leaves at {K('time', tm())} from gate {K('other', sa(acct('A9')))} and the exit row seats are {K('other', seat())} and {K('other', seat())}"),
        C(f"how much are those"),
        A(f"{K('price', price(250, 400, 'ZAR', False))} per seat"),
        C("okay we'll pay at the airport then"),
    ]


@case("transcript", "CA")
def airline_loyalty_toronto(S):
    b = dob(1950, 1990)
    loy = rdig(9)
    e = "beatrix.oyelaran@rogers.com"
    return [
        A(f"Maple Air Rewards, this is {NM('Connor')}."),
        C(f"Hi, I'm missing points from a flight I took in {K('year', year(2024, 2025))}. My name is {NM('Beatrix Oyelaran')}."),
        A(f"Can I have your rewards number?"),
        C(f"{AC(loy)}."),
        A(f"And date of birth?"),
        C(f"{DB(dob_r(b, 'uslong'))}."),
        A(f"Which flight was it?"),
        C(f"{K('flight_number', flight('MA'))} from Toronto to Halifax, seat {K('other', seat())}."),
        A(f"I see it. It should have earned {K('count', str(rint(800, 1500)))} points. I'll add them now; they'll show in {K('duration', dur(3, 5, 'business days'))}."),
        C(f"Thanks. Can you confirm the email you have?"),
        A(f"{EM(e)}."),
        C("That's right."),
    ]


@case("transcript", "US")
def sim_port_us(S):
    ssn = nid("US")
    b = dob(1965, 2003)
    ph = phone("US", "312")
    imei = not_luhn(15, "3")
    return [
        A(f"Thanks for calling Beacon Wireless, this is {NM('Jasmine')}. Can I get the number you're calling about?"),
        C(f"{PH(phone_r(ph))}."),
        A(f"And for verification, the last four of the account holder's Social?"),
        C(f"{SS(ssn[5:])}."),
        A(f"Thank you. And your name?"),
        C(f"{NM('Augustin Mbeki-Harrow')}. I got a new phone and the SIM doesn't fit."),
        A(f"No problem, we'll do an eSIM. What's the new phone's IMEI? It's under Settings, About."),
        C(f"Okay... {K('other', imei)}."),
        A(f"Got it. And your date of birth, one more check since this is a SIM change?"),
        C(f"{DB(dob_r(b, 'mdy'))}."),
        A(f"Thanks. You'll get a text with a code; it's good for {K('duration', dur(10, 15, 'minutes'))}."),
        C(f"Got it: {K('other', rdig(6))}."),
        A("Perfect, the eSIM is active. Restart the phone."),
    ]


@case("asr", "UK")
def accountant_self_assessment(S):
    ni = nid("UK")
    utr = rdig(10, "123456789")
    b = dob(1960, 1995)
    e = "bill dot atherton at atherton joinery dot co dot uk"
    return [
        A(f"good morning pennine accountants {NM('rukhsana')} speaking"),
        C(f"morning it's {NM('bill atherton')} i'm a joiner you did my tax return last year and i've had a letter from hmrc"),
        A(f"hi {NM('bill')} let me pull you up can i have your utr number"),
        C(f"it's on the letter {AC(sd(utr[:5]), 'u')} {AC(sd(utr[5:]), 'u')}"),
        A(f"and your national insurance number"),
        C(f"{SS(sa(ni))}"),
        A(f"and date of birth"),
        C(f"{DB(dob_r(b, 'third'))}"),
        A(f"thanks so this is for the {K('year', 'twenty twenty three to twenty four')} year they're saying you owe {K('price', price(300, 1200))} in payments on account"),
        C("i thought we'd paid all that in january"),
        A(f"you paid the balancing payment the first payment on account is due on the {K('date', '31st of january' if not asr() else 'thirty first of january')} and the second in july"),
        C("right so i've not missed anything"),
        A(f"no and i'll email you a breakdown is it still {EM(e)}"),
        C("that's it cheers love"),
    ]


@case("transcript", "US")
def accountant_cpa_us(S):
    ssn = nid("US")
    b = dob(1950, 1995)
    z = postcode("US", "FL")
    hn = rint(100, 9999)
    e = "penny.castellano@comcast.net"
    return [
        A(f"Good afternoon, Whitmore CPA Group, this is {NM('Allison')}."),
        C(f"Hi {NM('Allison')}, this is {NM('Penny Castellano')}. I'm a new client, I'm calling to set up my {K('year', year(2024, 2025))} return."),
        A("Welcome! I'll set up your profile. Full Social Security number?"),
        C(f"{SS(nid_r(ssn, 'US'))}."),
        A(f"Date of birth?"),
        C(f"{DB(dob_r(b, 'uslong'))}."),
        A(f"Mailing address?"),
        C(f"{AD(f'{hn} Bayshore Boulevard, Apt {rint(2, 20)}C, Tampa')}, {PC(z)}."),
        A(f"And email for the secure portal?"),
        C(f"{EM(e)}."),
        A(f"Great. Our fee for an individual return starts at {K('price', price(350, 450, 'USD', False))}. I'll send the engagement letter, please sign within {K('duration', dur(7, 10, 'days'))}."),
        C("Sounds good."),
    ]


@case("asr", "UK")
def uniform_shop_online(S):
    order = acct("SW999999")
    c = card("visa")
    e = "kemi dot adebayo at live dot co dot uk"
    return [
        A(f"hi you're through to school uniform direct {NM('ellie')} speaking"),
        C(f"hi i ordered a blazer in the wrong size can i swap it"),
        A("course you can what's the order number"),
        C(f"{AC(sa(order))}"),
        A(f"and the name on the order"),
        C(f"{NM('kemi adebayo')}"),
        A(f"thanks {NM('kemi')} so you've got the blazer in age {K('other', 'eleven to twelve')} and you want"),
        C(f"the {K('other', 'thirteen to fourteen')} he's shot up over the summer"),
        A(f"they do that it's {K('price', price(4, 6))} more so i'll take that from the card ending {CN(sd(c[-4:], 'd'), 'l4!')}"),
        C("yeah that's fine"),
        A(f"and i'll send a returns label to {EM(e)}"),
        C("perfect"),
        A(f"send the old one back within {K('duration', dur(14, 30, 'days'))} and the new one goes out today"),
    ]


@case("transcript", "ZA")
def wedding_venue_stellenbosch(S):
    b = dob(1985, 2000)
    idn = nid("ZA", dob=b)
    e = "anel.jacobs@icloud.com"
    c = card("visa")
    m, y = expiry()
    cv = cvv()
    return [
        A(f"Good morning, Lanzerac Wine Estate weddings, {NM('Candice')} speaking."),
        C(f"Hi {NM('Candice')}, it's {NM('Anél Jacobs')}. We met on {K('date', mday())} about the chapel?"),
        A(f"Of course! Have you decided?"),
        C(f"We have! We'd like the {K('date', mday())} date. And the bridal suite, room {K('other', str(rint(1, 20)))}, for the night before."),
        A(f"Wonderful. For the contract I'll need your ID number."),
        C(f"{SS(nid_r(idn, 'ZA'))}."),
        A(f"Thank you. The deposit is {K('price', price(15000, 25000, 'ZAR', False))}, which is {K('percentage', '30%')} of the package."),
        C(f"Can I pay that on card now? {CN(card_t(c))}, {EX(exp_r(m, y))}, CVV {CV(cv)}."),
        A(f"Yes. And I'll email the contract to...?"),
        C(f"{EM(e)}."),
        A("Perfect. Congratulations!"),
    ]


@case("asr", "UK")
def topup_transfer_recheck(S):
    ph = phone("uk_mob")
    b = dob(1970, 2000)
    puk = rdig(8)
    pc = postcode("UK", "PL4")
    return [
        A(f"hello volt mobile {NM('dean')} speaking"),
        C("hi my phone's locked it's asking for a puk code"),
        A(f"okay i'll need to pass you to the security team they can give you that hold on a sec"),
        C("okay"),
        A(f"hi you're through to security my name's {NM('precious')} can i take the mobile number that's locked"),
        C(f"{PH(sd(ph))}"),
        A(f"and your full name"),
        C(f"{NM('ranjit bhogal')}"),
        A("and date of birth"),
        C(f"{DB(dob_r(b, 'num'))}"),
        A("and the postcode on the account"),
        C(f"{PC(sa(pc))}"),
        A(f"thank you your puk code is {K('other', sd(puk, 'd'))} you get {K('count', cnt(10, 10))} tries so go slowly"),
        C(f"hang on can you say it again"),
        A(f"{K('other', sd(puk, 'd'))}"),
        C(f"got it and my top-up of {K('price', price(15, 15, cents=False))} went through this morning yeah"),
        A(f"yes it's on there you've got {K('quantity', qty(8, 25, 'GB', 'gig'))} left"),
    ]


@case("asr", "AU")
def storage_locker_gold_coast(S):
    b = dob(1975, 2002)
    e = "tayla dot brennan at icloud dot com"
    acc = acct("GC99999")
    ph = phone("uk_mob")
    return [
        A(f"hi coastal self storage {NM('shay')} speaking"),
        C(f"hi i'm locked out of my unit the keypad's not taking my code"),
        A(f"no dramas what's your name"),
        C(f"{NM('tayla brennan')} unit {K('other', sa(acct('B99')))}"),
        A(f"and your date of birth"),
        C(f"{DB(dob_r(b, 'yy'))}"),
        A(f"and your account number"),
        C(f"{AC(sa(acc))}"),
        A(f"okay your access was paused because the payment of {K('price', price(90, 150, 'AUD', False))} bounced"),
        C("oh no it's my old card i moved over from the uk"),
        A(f"i can send a link to update the card to {EM(e)} or text your mobile"),
        C(f"email's best my mobile's still the uk number {PH(sd(ph))}"),
        A(f"sent once it's paid your new code will be {K('other', sd(rdig(4), 'd'))}"),
        C("thanks heaps"),
    ]


@case("asr", "US")
def airline_lookalikes_only(S):
    return [
        A(f"hi thanks for calling cardinal air this is {NM('marisol')}"),
        C("hi i just want to check something about my flight i don't need to change anything"),
        A("sure what do you need"),
        C(f"i'm on the {K('flight_number', flight('CD'))} tomorrow and it says gate {K('other', sa(acct('A99')))} but the app says something else"),
        A(f"it moved to gate {K('other', sa(acct('A99')))} and it's now leaving at {K('time', tm())}"),
        C(f"okay and i'm in seat {K('other', seat())} is that still a window"),
        A("yep still a window"),
        C(f"and can i bring a bag that's {K('quantity', qty(22, 24, 'inches', 'inches'))} long"),
        A(f"carry-ons can be up to {K('quantity', '22 inches' if not asr() else 'twenty two inches')} so you might have to check it that's {K('price', price(35, 40, 'USD', False))}"),
        C(f"ugh okay and the layover in denver is {K('duration', dur(50, 55, 'minutes'))} is that enough"),
        A(f"it's tight but the gates are close and boarding starts {K('duration', dur(30, 40, 'minutes'))} before"),
        C(f"okay last thing my confirmation email had a number like {K('other', sd(not_luhn(14), 'd'))} on it what's that"),
        A("that's the fare rule code it's the same on everyone's ticket you don't need it"),
        C("oh okay thanks that's all"),
    ]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
