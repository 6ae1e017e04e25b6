#!/usr/bin/env python3
"""Write data/redaction/dev23.jsonl (84 hand-written call snippets, 42 asr and 42 transcript): written as
the held-out test19.jsonl, measured once with the twenty-first round's code, then made a development set
in round twenty-two.

Run: python data/redaction/make_dev23.py   (standard library only; it refuses to write, exit 1, while any
check below fails, and prints the counts per type and per keep kind).

What this set leans on (earlier sets covered these little):
- industries: hotels and holiday lets, airlines and rail, couriers and parcel lockers, online marketplaces
  and returns, IT help desks and software licences, home insurance and property claims, letting agents and
  landlords, student finance and universities, pensions and payroll, vehicle finance;
- callers in the US, UK, Ireland, Canada, Australia, New Zealand, South Africa and India with their own
  identifiers (SSN, NI, PPS, SIN, TFN, IRD, SA ID, Aadhaar, PAN), postcodes and phone formats;
- spelling: phonetic alphabet ("p for papa", "M as in Mary", booking references in NATO words), surnames
  spelled letter by letter after being said, e-mails spelled out;
- values in three or more pieces across turns with the agent's "mm hmm", "yep", "go on" between, values given
  before the agent asks, a caller abandoning a piece ("no wait"), and the agent reading a value back wrongly
  with the caller correcting one piece;
- addresses in less common shapes: PO box, rural route / RD / site-and-box, "Lot 30", flat or unit after the
  street, building names, an Indian cross/main/block address, a postcode said before the street, a town
  introduced separately ("in brighton", "out past hays kansas");
- names from many cultures, agents' names in quick greetings, people not on the call, and names that are also
  words (Grace, Faith, Rose, Hope, Will, Bill, Mark, Sunny, Summer) used as names in some cases and as
  ordinary words in others (never both in one case);
- look-alikes beside real values: prices, times, dates, durations, counts, percentages, seat, gate, room and
  berth numbers, flight numbers, order/tracking/waybill numbers, error codes, versions, serial numbers,
  model numbers, years and ages.

Markup in the conversations (stripped by this script, which computes the offsets):
  [[TYPE:text]]        a pii value said in one piece (a group of its own)
  [[TYPE#tag:text]]    a piece of a value; pieces with the same tag in one case share a group
  [[TYPE#tag!:text]]   a piece that stays in the group but is left out of the card Luhn check (a piece the
                       caller abandons or repeats as a correction)
  ((kind:text))        a keep span (look-alike)
Groups are renamed g1, g2, ... by first appearance in each case; cases are numbered t19-001 ... in order.

Every number comes from random.Random(SEED): cards pass the Luhn check, long keep numbers (orders, tracking,
waybills, tickets) fail it. The only digits written into the code are format constants: country codes (+91,
+48), mobile and postcode prefixes inside the helpers (07, 04, 9400, 5600, area letters and routing keys).

Checks (nothing is written while any fails): span offsets and text; types, keep kinds and speakers in the
README's lists; groups numbered by first appearance and not mixing types; card groups pass Luhn; keep spans
with 10 or more digits fail Luhn; no digit outside every pii and keep span; no overlapping spans; no two
pieces of one group in one utterance parted only by spaces or punctuation; asr utterances lower case
without punctuation (apostrophes inside words allowed); no markup left over; no title inside a NAME span;
no name word labelled in a case said again in that case outside a pii span; 6 to 25 utterances a case;
the minimum counts; the two styles half and half within 10%.

Labelling choices where the README is silent:
 1. ACCOUNT_NUMBER: booking references, PNRs, reservation and confirmation numbers; hotel and airline member
    and frequent-flyer numbers; rail photocard and railcard numbers; marketplace member IDs and customer IDs;
    software licence keys (they identify the customer's account); insurance policy and claim numbers,
    including an airline's lost-baggage file reference and a courier's damage report number; student numbers,
    student-finance customer reference numbers and university application numbers; employee numbers and IT
    user IDs; pension, superannuation, KiwiSaver and EPF (UAN) member numbers; tenancy bond numbers; vehicle
    finance agreement, contract and lease numbers. An Indian IFSC code, a South African branch code, a US
    routing number and a sort code are ACCOUNT_NUMBERs of their own, as in earlier sets; so are car
    registrations and VINs (as in test18). The agent's read-back of an account's last four digits is an
    ACCOUNT_NUMBER in its own group.
 2. `other` keep: order, tracking, consignment, waybill and AWB numbers; bag tags; refund and invoice
    references; IT ticket numbers; service tags and serial numbers; error codes; version numbers; a police
    report number; a remote-support session id and its one-time password; parcel-locker collection codes; a
    dealer's stock number; train numbers; seat, gate, room or unit (hotel), coach, berth and car numbers and
    a locker door; clothing sizes; a railcard type ("16-25"); an Indian rail waiting status ("r a c five");
    ages ("11", "sixty five", "two year old"). For seats, gates, rooms and the like the span is the number
    (with a seat letter), not the word "seat" or "gate".
 3. Other keep kinds: nights of a stay, warranty and grace periods, a bond of "four weeks rent" and turnaround
    times are `duration`; people, items, failed attempts, characters, devices, licence seats, instalments and
    payments left are `count`; weights, distances, hours worked, points, miles and hail size are `quantity`;
    a model year is a `year`. A `date` span covers the day and month (and year when said), not the weekday or
    "the". A flight number span includes the airline code ("SC 446", "p a two seventy four"). A model number
    span is the model code, with the family word when it is part of the model name ("Latitude 7450").
 4. A surname (or a booking reference) spelled out right after being said, by letters or the phonetic
    alphabet, is a second mention: its own group of the same type. The name-word check ignores single
    letters and the phonetic-alphabet and spelling words ("for", "as", "double", "mary").
 5. The agent's wrong read-back is pii of the value's type in a group of its own; the caller's corrected
    piece joins the caller's original group (as the README's earlier choice for corrected card pieces). A
    value read from the agent's records that the caller then corrects (a wrong date of birth on file) is
    labelled too, in its own group.
 6. A piece the caller starts and abandons ("um one oh no wait") stays in the card's group; it and repeated
    correction pieces are left out of the Luhn check, as are card groups of four digits (the last four).
 7. The last four digits of a phone number are a PHONE; the last three digits of a SIN are an SSN.
 8. A company mailbox ("accounts at fenwick joinery dot co dot uk") is an EMAIL. A phone span includes its
    country code ("+91 ..."). A card's last four said by the caller or the agent ("the Visa ending 9155")
    is a CARD_NUMBER in its own group. A value the agent reads from the file for the caller to confirm
    ("is the address still ...", "is the mobile still ...") is labelled like a read-back, in its own group.
 9. ADDRESS spans include building names, flat/unit/apartment numbers before or after the street, lot
    numbers, PO boxes, rural routes ("r r two site five box forty three", "r d five"), and an Indian
    address's cross, main road, block and locality; a town after a comma in the same breath is inside;
    states, provinces and countries are outside; a town introduced with "in" or "out past" is outside.
10. Business and place names (hotels, cottages, stations, a street named for a rental listing with no house
    number, "seventeenth avenue") are not pii; a pet's name is not a name (README).
11. A price said with its period in asr ("eight hundred and fifty a week") includes the period, as in the
    README's "forty nine ninety nine a month"; "ten dollar brokerage fee" covers "ten dollar".
12. The recogniser's misheard words ("lakeshore sweets", "my geezer burst", "bizarre uk") are left as heard.
"""

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 190419
r = random.Random(SEED)
OUT = Path(__file__).resolve().parent / "dev23.jsonl"
PREFIX = "t19-"

PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}
STYLES = ["asr", "transcript"]

MIN_CASES, MIN_UTTERANCES, MIN_KEEP, MIN_PLAIN = 80, 800, 290, 60
MIN_GROUPS = {"CARD_NUMBER": 28, "CVV": 20, "EXPIRY": 20, "SSN": 12, "PHONE": 20, "EMAIL": 18,
              "DOB": 20, "ADDRESS": 20, "POSTCODE": 24, "ACCOUNT_NUMBER": 55, "NAME": 200}

# ---------------------------------------------------------------------------------------------
# numbers: every digit in the set comes from r
# ---------------------------------------------------------------------------------------------

ONES = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
         "nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def dig(n, first_nonzero=True):
    """n random digits as a string."""
    s = "".join(str(r.randint(0, 9)) for _ in range(n))
    if first_nonzero and n and s[0] == "0":
        s = str(r.randint(1, 9)) + s[1:]
    return s


def num(lo, hi):
    return r.randint(lo, hi)


def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(prefix="4", length=16):
    body = prefix + dig(length - len(prefix) - 1, first_nonzero=False)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def amex():
    return card(r.choice(["34", "37"]), 15)


def mc():
    return card("5" + str(r.randint(1, 5)))


def nonluhn(n, prefix=""):
    s = prefix + dig(n - len(prefix), first_nonzero=not prefix)
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def grp(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return out


def g4(s):
    """card number in the transcript style."""
    if len(s) == 15:
        return " ".join(grp(s, [4, 6, 5]))
    return " ".join(grp(s, [4, 4, 4, 4]))


def dw(c, zero="oh"):
    return zero if c == "0" else ONES[int(c)]


def D(s, zero="oh"):
    """digit by digit: 405 -> four oh five."""
    return " ".join(dw(c, zero) for c in s if c.isdigit())


def DB(s, zero="oh"):
    """digit by digit with double and triple."""
    s = "".join(c for c in s if c.isdigit())
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        n = j - i
        while n > 0:
            if n == 3:
                out.append("triple " + dw(s[i], zero))
                n = 0
            elif n >= 2:
                out.append("double " + dw(s[i], zero))
                n -= 2
            else:
                out.append(dw(s[i], zero))
                n -= 1
        i = j
    return " ".join(out)


def two(p):
    """a two-digit chunk as it is said in pairs."""
    if p == "00":
        return "double oh"
    if p[0] == "0":
        return "oh " + ONES[int(p[1])]
    n = int(p)
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def P(s):
    """in pairs: 4405 -> forty four oh five; odd length starts with a single digit."""
    s = "".join(c for c in s if c.isdigit())
    out = []
    if len(s) % 2:
        out.append(dw(s[0]))
        s = s[1:]
    out += [two(s[i:i + 2]) for i in range(0, len(s), 2)]
    return " ".join(out)


def N(n, and_=True):
    """an integer in words."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        h, rest = divmod(n, 100)
        if not rest:
            return ONES[h] + " hundred"
        return ONES[h] + " hundred " + ("and " if and_ else "") + N(rest)
    th, rest = divmod(n, 1000)
    if not rest:
        return N(th) + " thousand"
    if rest < 100:
        return N(th) + " thousand " + ("and " if and_ else "") + N(rest)
    return N(th) + " thousand " + N(rest, and_)


def odd(s):
    """digits in odd groups, the way a recogniser sometimes writes them."""
    s = "".join(c for c in s if c.isdigit())
    out, i = [], 0
    while i < len(s):
        k = r.choice([2, 3, 4, 6])
        out.append(s[i:i + k])
        i += k
    return " ".join(out)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
             7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
             13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
             17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
             30: "thirtieth"}


def ordw(n):
    """an ordinal in words: 23 -> twenty third."""
    if n in ORD_WORDS:
        return ORD_WORDS[n]
    return TENS[n // 10] + " " + ORD_WORDS[n % 10]


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand and " + ONES[y - 2000]
    if 2010 <= y < 2100:
        return "twenty " + N(y - 2000)
    a, b = divmod(y, 100)
    return N(a) + " " + (two(f"{b:02d}") if b else "hundred")


def money(lo, hi, cents=True):
    """a price as a string with two decimals (or a whole number)."""
    whole = r.randint(lo, hi)
    if not cents:
        return str(whole)
    return f"{whole}.{r.randint(0, 99):02d}"


def commas(s):
    """1299.99 -> 1,299.99"""
    whole, _, frac = s.partition(".")
    whole = f"{int(whole):,}"
    return whole + ("." + frac if frac else "")


def dob(lo=1950, hi=2004):
    return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)


def expiry():
    return f"{r.randint(1, 12):02d}", f"{r.randint(26, 31)}"


def cvv(n=3):
    return dig(n, first_nonzero=False)


# phones ---------------------------------------------------------------------------------------

def us_phone():
    return str(r.randint(2, 9)) + dig(2, False), str(r.randint(2, 9)) + dig(2, False), dig(4, False)


def uk_mobile():
    return "07" + str(r.randint(4, 9)) + dig(2, False), dig(6, False)


def ie_mobile():
    return "08" + r.choice("35679"), dig(3, False), dig(4, False)


def au_mobile():
    return "04" + dig(2, False), dig(3, False), dig(3, False)


def nz_mobile():
    return "02" + r.choice("1279"), dig(3, False), dig(4, False)


def za_mobile():
    return "0" + r.choice(["82", "83", "72", "73", "76", "84"]), dig(3, False), dig(4, False)


def in_mobile():
    return str(r.randint(6, 9)) + dig(4, False), dig(5, False)


# postcodes ------------------------------------------------------------------------------------

UK_AREAS = ["M", "B", "LS", "CF", "EH", "G", "BS", "NG", "SW", "N", "E", "L", "S", "PL", "EX",
            "TR", "SA", "LL", "NP", "YO", "HU", "DN", "LE", "CV", "OX", "RG", "BN", "CT", "NE",
            "DH", "CA", "LA", "PR", "BB", "BD", "HX", "SK", "ST", "WV", "DY"]
UK_TAIL = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    area = r.choice(UK_AREAS)
    district = str(r.randint(1, 28 if len(area) == 1 else 19))
    return f"{area}{district} {r.randint(1, 9)}{r.choice(UK_TAIL)}{r.choice(UK_TAIL)}"


def eircode(key=None):
    key = key or r.choice(["D02", "D04", "D08", "D15", "D24", "T12", "T23", "H91", "V94", "A94", "X91",
                           "R95", "F91", "Y35", "P31"])
    tail = "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    if not any(c.isalpha() for c in tail):
        tail = r.choice("ACDEFHKNPRTVWXY") + tail[1:]
    return f"{key} {tail}"


def ca_postcode():
    a = "ABCEGHJKLMNPRSTVXY"
    b = "ABCEGHJKLMNPRSTVWXYZ"
    return (f"{r.choice(a)}{r.randint(0, 9)}{r.choice(b)} "
            f"{r.randint(0, 9)}{r.choice(b)}{r.randint(0, 9)}")


def zip5():
    return dig(5, False).replace("000", "001")


def au_postcode():
    return str(r.randint(2000, 7999))


def nz_postcode():
    return str(r.randint(1010, 9893))


def za_postcode():
    return f"{r.randint(1, 9899):04d}"


def in_pin():
    return str(r.randint(1, 8)) + dig(5, False)


# national identifiers -------------------------------------------------------------------------

def us_ssn():
    a = r.randint(101, 665)
    return f"{a:03d}", f"{r.randint(10, 99):02d}", f"{r.randint(1000, 9999):04d}"


def ni_number():
    first = r.choice("ABCEGHJKLMNPRSTWXYZ")
    second = r.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{first}{second}", dig(2, False), dig(2, False), dig(2, False), r.choice("ABCD")


def pps():
    return dig(7, False) + r.choice("ABCDEFGHJKLMNPTW")


def spell(s, zero="oh"):
    """a code said character by character: CF14 6NR -> c f one four six n r."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(dw(ch, zero))
        elif ch.isalpha():
            out.append(ch.lower())
    return " ".join(out)


def za_id():
    yy, mm, dd = dob(1955, 2003)
    body = f"{yy % 100:02d}{mm:02d}{dd:02d}{r.randint(0, 9999):04d}0" + str(r.choice([8, 9]))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban(country, bank, n):
    s = country + dig(2, False) + bank + dig(n, False)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


NATO = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", """alpha bravo charlie delta echo foxtrot golf hotel
india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey
x-ray yankee zulu""".split()))


def pnr(n=6):
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    s = [r.choice(letters) for _ in range(n)]
    for i in r.sample(range(1, n), 2):
        s[i] = str(r.randint(2, 9))
    return "".join(s)


def nato(s, style="transcript"):
    """K7X -> 'K for kilo, 7, X for x-ray' (transcript) or 'k for kilo seven x for xray' (asr)."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch if style == "transcript" else dw(ch))
        elif ch.isalpha():
            w = NATO[ch.upper()]
            if style == "transcript":
                out.append(f"{ch.upper()} for {w}")
            else:
                out.append(f"{ch.lower()} for {w.replace('-', '')}")
    return (", " if style == "transcript" else " ").join(out)


def pick(*xs):
    return r.choice(xs)


def t24(lo=6, hi=22, step=5):
    return f"{r.randint(lo, hi):02d}:{r.randrange(0, 60, step):02d}"


def tam(lo=7, hi=19, half=True):
    """9 am, 2:30 pm"""
    h = r.randint(lo, hi)
    m = r.choice([0, 0, 30, 15, 45]) if half else 0
    suf = "am" if h < 12 else "pm"
    h12 = h if h <= 12 else h - 12
    return f"{h12}:{m:02d} {suf}" if m else f"{h12} {suf}"


def tw(lo=7, hi=19, half=True):
    """nine fifteen, two pm"""
    h = r.randint(lo, hi)
    h12 = h if h <= 12 else h - 12
    m = r.choice([0, 15, 30, 45]) if half else 0
    if not m:
        return f"{N(h12)} {'am' if h < 12 else 'pm'}"
    return f"{N(h12)} {N(m)}"


def hexcode():
    return "0x8007" + "".join(r.choice("0123456789ABCDEF") for _ in range(4))


def alnum(n, letters="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    s = [r.choice(letters + "23456789") for _ in range(n)]
    for i in r.sample(range(n), 2):
        if not s[i].isdigit():
            s[i] = str(r.randint(2, 9))
    return "".join(s)


def pan(surname_initial):
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "".join(r.choice(L) for _ in range(3)) + "P" + surname_initial + dig(4, False) + r.choice(L)


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = r.choice("123459JKLSWYZ") + "".join(r.choice(chars) for _ in range(16))
    if sum(c.isdigit() for c in s) < 6:
        s = s[:11] + dig(6, False)
    return s


# ---------------------------------------------------------------------------------------------
# reading spoken digits back, for the checks
# ---------------------------------------------------------------------------------------------

WORD_VAL = {w: i for i, w in enumerate(ONES)}
WORD_VAL.update({"oh": 0, "o": 0, "nought": 0})
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_VAL = {w: 10 * i for i, w in enumerate(TENS) if w}
for _i, _w in enumerate("first second third fourth fifth sixth seventh eighth ninth".split(), 1):
    WORD_VAL[_w] = _i
for _i, _w in enumerate(("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
                         "seventeenth eighteenth nineteenth").split(), 10):
    TEEN_VAL[_w] = _i
TENS_VAL.update({"twentieth": 20, "thirtieth": 30})
NUMWORDS = set(WORD_VAL) | set(TEEN_VAL) | set(TENS_VAL) | {"hundred", "thousand", "double",
                                                            "triple"}


def spoken_digits(text):
    """the digit string that a span stands for (digits and number words)."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    run = []

    def flush():
        if not run:
            return
        if any(t in ("hundred", "thousand") for t in run):
            total = cur = 0
            for t in run:
                if t in WORD_VAL:
                    cur += WORD_VAL[t]
                elif t in TEEN_VAL:
                    cur += TEEN_VAL[t]
                elif t in TENS_VAL:
                    cur += TENS_VAL[t]
                elif t == "hundred":
                    cur = (cur or 1) * 100
                elif t == "thousand":
                    total += (cur or 1) * 1000
                    cur = 0
            out.append(str(total + cur))
        else:
            i = 0
            while i < len(run):
                t = run[i]
                if t in ("double", "triple") and i + 1 < len(run) and run[i + 1] in WORD_VAL:
                    out.append(str(WORD_VAL[run[i + 1]]) * (2 if t == "double" else 3))
                    i += 2
                    continue
                if t in TENS_VAL and i + 1 < len(run) and run[i + 1] in WORD_VAL \
                        and WORD_VAL[run[i + 1]] > 0 and run[i + 1] not in ("oh", "o", "nought"):
                    out.append(str(TENS_VAL[t] + WORD_VAL[run[i + 1]]))
                    i += 2
                    continue
                if t in WORD_VAL:
                    out.append(str(WORD_VAL[t]))
                elif t in TEEN_VAL:
                    out.append(str(TEEN_VAL[t]))
                elif t in TENS_VAL:
                    out.append(str(TENS_VAL[t]))
                i += 1
        run.clear()

    for t in toks:
        if t.isdigit():
            flush()
            out.append(t)
        elif t in NUMWORDS or (t == "and" and run and run[-1] in ("hundred", "thousand")):
            run.append(t)
        else:
            flush()
    flush()
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------------------------

CASES = []


def case(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


# ---- hotels and holiday lets ------------------------------------------------------------------

@case("transcript")
def _():
    ref = dig(6)
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    dep = money(60, 140, cents=False)
    d1 = ordinal(num(3, 27))
    nights = num(2, 5)
    return [
        "A: Good afternoon, Harbourside Hotel, you're through to [[NAME:Kezia]].",
        f"C: Hi [[NAME:Kezia]]. I booked a sea-view room for ((duration:{nights} nights)) from the "
        f"((date:{d1} of March)), and the confirmation email says I need to pay a deposit over the phone.",
        "A: No problem at all. Can I take the booking reference?",
        f"C: It's [[ACCOUNT_NUMBER:HSH-{ref}]].",
        "A: Thank you. And the name on the booking?",
        "C: [[NAME:Rhiannon Pritchard]].",
        f"A: Lovely, Ms [[NAME:Pritchard]]. The deposit is ((price:£{dep})), which is ((percentage:{pick(20, 25, 30)}%)) "
        "of the stay. What's the long number on the card?",
        f"C: [[CARD_NUMBER:{g4(crd)}]].",
        "A: And the expiry?",
        f"C: [[EXPIRY:{m}/{y}]].",
        "A: And the three digits on the back?",
        f"C: [[CVV:{cv}]].",
        f"A: That's gone through. The card ending [[CARD_NUMBER:{crd[-4:]}]] has been charged "
        f"((price:£{dep})). Check-in is from ((time:{tam(14, 16, False)})).",
        "C: Perfect, thanks so much.",
    ]


@case("asr")
def _():
    conf = dig(8)
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    z = zip5()
    hold = num(50, 150)
    day = num(2, 28)
    return [
        "A: thank you for calling lakeshore sweets this is [[NAME:dev]] how can i help",
        "C: hi yeah i'm calling about a reservation for next weekend it's under [[NAME:thanh nguyen]] "
        "[[NAME:n g u y e n]]",
        "A: got it and do you have the confirmation number",
        f"C: yeah it's [[ACCOUNT_NUMBER:{D(conf)}]]",
        f"A: okay i see it ((duration:{N(num(2, 4))} nights)) in a king room checking in on the ((date:{ordw(day)} of june))",
        "C: that's right i need to put a different card on it for the incidentals the one on file expired",
        "A: sure go ahead with the card number whenever you're ready",
        f"C: okay it's [[CARD_NUMBER#c:{P(crd[:4])}]]",
        "A: mm hmm",
        f"C: [[CARD_NUMBER#c:{P(crd[4:8])}]]",
        "A: go on",
        f"C: [[CARD_NUMBER#c:{D(crd[8:12])}]] and then [[CARD_NUMBER#c:{D(crd[12:])}]]",
        "A: and the expiration date",
        f"C: [[EXPIRY:{two(m)} {two(y)}]]",
        "A: and the security code on the back",
        f"C: [[CVV:{D(cv)}]]",
        "A: and the billing zip",
        f"C: [[POSTCODE:{D(z)}]]",
        f"A: perfect that's all updated there's a hold of ((price:{N(hold)} dollars)) a night for incidentals",
        "C: okay great thanks",
    ]


@case("transcript")
def _():
    eir = eircode("P31")
    n = num(2, 140)
    iban = "IE" + dig(2, False) + "AIBK" + dig(14, False)
    ib = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    ph = ie_mobile()
    dep = money(150, 400, cents=False)
    d = ordinal(num(1, 28))
    return [
        "A: Hello, Wild Atlantic Cottages, [[NAME:Siobhán]] speaking.",
        "C: Hi [[NAME:Siobhán]], this is [[NAME:Pádraig Ó Murchú]]. We stayed in Fuchsia Cottage last week "
        "and I'm still waiting on the damage deposit.",
        "A: Sorry about that. What was the arrival date?",
        f"C: The ((date:{d} of August)), for ((duration:{num(3, 7)} nights)).",
        f"A: Got it. The deposit was ((price:€{dep})); it should be back within ((duration:{pick(5, 7, 10)} working days)). "
        "Can I confirm the address we have for you?",
        f"C: Yeah, it's [[POSTCODE:{eir}]], that's the Eircode, and the house is "
        f"[[ADDRESS:{n} Clonard Park, Ballincollig]].",
        "A: And is the refund going back to a card or to a bank account?",
        f"C: The bank, we paid by transfer. The IBAN is [[ACCOUNT_NUMBER:{ib}]].",
        f"A: Let me read that back: [[ACCOUNT_NUMBER:{ib}]].",
        "C: That's it.",
        "A: And a contact number in case finance need to reach you?",
        f"C: [[PHONE:{' '.join(ph)}]].",
        "A: Grand. I'll flag it to finance today and mark it urgent.",
        "C: Thanks a million.",
    ]


@case("asr")
def _():
    bk = dig(7)
    ph = au_mobile()
    total = num(900, 1900)
    d = num(2, 28)
    nts = num(4, 7)
    return [
        "A: morning you've reached coastal stays [[NAME:mel]] speaking",
        f"C: oh hi [[NAME:mel]] um my name's [[NAME:grace adeyemi]] i've got a booking at the beach house "
        f"in byron for the ((date:{ordw(d)} of january))",
        "A: lovely let me pull that up have you got the booking number",
        f"C: yep [[ACCOUNT_NUMBER:{odd(bk)}]]",
        "A: thanks miss [[NAME:adeyemi]] what can i do for you",
        f"C: we need to cut it down from ((duration:{N(nts)} nights)) to ((duration:{N(nts - num(1, 3))})) my "
        "partner's work has changed things",
        f"A: okay so there's a ((percentage:{N(pick(50, 100))} percent)) charge on the nights you drop if it's "
        f"inside ((duration:{N(pick(7, 14, 30))} days))",
        "C: yeah i figured that's fine",
        "A: and can i get a mobile to send the new confirmation to",
        f"C: [[PHONE:{D(''.join(ph))}]]",
        f"A: that's [[PHONE:{P(ph[0])} {D(ph[1])} {D(ph[2])}]]",
        "C: yep",
        f"A: done the new total is ((price:{N(total)} dollars)) and you'll get a text in a minute",
        "C: thanks heaps",
    ]


@case("transcript")
def _():
    mem = dig(9)
    yy, mm, dd = dob(1960, 1995)
    nn = dig(2)
    pts = num(4, 12) * 1000
    d1 = num(2, 20)
    n4 = num(2, 5)
    return [
        "A: Thanks for calling Meridian Rewards, this is [[NAME:Tasha]]. Can I have your member number?",
        f"C: Sure, it's [[ACCOUNT_NUMBER:MR {mem[:3]} {mem[3:6]} {mem[6:]}]].",
        "A: And for security, your date of birth?",
        f"C: [[DOB:{MONTHS[mm - 1]} {dd}, {yy}]].",
        "A: Thank you, Mr. [[NAME:Javier Morales]]. What can I do for you today?",
        f"C: I stayed at your Denver property last month, ((duration:{n4} nights)), and the points never showed up.",
        f"A: I see the stay from ((date:October {d1})) to ((date:October {d1 + n4})). You should have earned "
        f"((quantity:{pts:,} points)).",
        "C: Right, and the account shows nothing for that stay.",
        f"A: I'll add them manually. It will take up to ((duration:{pick(48, 72)} hours)). Will you want a confirmation by email?",
        f"C: Yes, but the one on file is old. The new one is [[EMAIL:javi.morales{nn}@protonmail.com]], "
        "that's [[NAME:Morales]] with an S at the end.",
        f"A: Got it, [[EMAIL:javi.morales{nn}@protonmail.com]]. Anything else?",
        "C: No, that's everything. Thanks for sorting it.",
    ]


@case("asr")
def _():
    bid = dig(6)
    nn = dig(2)
    mob = in_mobile()
    rate = num(45, 95) * 100
    return [
        "A: namaste thank you for calling sea breeze resort goa this is [[NAME:rohit]]",
        f"C: hi [[NAME:rohit]] i made a booking for my parents for ((duration:{N(num(3, 6))} nights)) from the "
        f"((date:{ordw(num(18, 27))} of december))",
        "A: may i have the booking id please",
        f"C: [[ACCOUNT_NUMBER:s b {D(bid)}]]",
        "A: thank you ma'am and whose name is the booking under",
        "C: it's under my father's name [[NAME:ramesh sharma]] i'm his daughter [[NAME:priya]]",
        "A: okay ma'am how can i help you",
        "C: they're senior citizens so they wanted a ground floor room and also i want the invoice sent "
        "to my email not his",
        "A: sure may i have your email id",
        f"C: it's [[EMAIL:p for papa r i y a dot sharma {D(nn)} at gmail dot com]]",
        f"A: [[EMAIL:priya dot sharma {D(nn)} at gmail dot com]] correct",
        "C: yes correct",
        "A: and one contact number ma'am",
        f"C: [[PHONE:{D(mob[0])} {D(mob[1])}]]",
        f"A: noted the ground floor room is confirmed and the rate remains ((price:{N(rate)} rupees)) per night",
        "C: okay and breakfast is included no",
        f"A: yes ma'am breakfast is from ((time:{tw(6, 7)})) to ((time:{tw(10, 10)}))",
        "C: perfect thank you so much",
    ]


@case("transcript")
def _():
    c4 = card("4")[-4:]
    pc = ca_postcode()
    amt = commas(money(1100, 2600))
    d = num(3, 27)
    rf = nonluhn(10)
    return [
        "A: StayNorth guest support, [[NAME:Marcus]] here.",
        "C: Hi [[NAME:Marcus]]. My name is [[NAME:Geneviève Tremblay]]. I was charged twice for a chalet in "
        "Whistler we booked for the summer.",
        "A: I'm sorry to hear that. Which card was charged?",
        f"C: The Visa ending [[CARD_NUMBER:{c4}]].",
        "A: Thanks. And the postal code on your account?",
        f"C: [[POSTCODE:{pc}]].",
        f"A: I can see two charges of ((price:${amt})) on ((date:May {d})), about ((duration:{num(2, 4)} minutes)) apart.",
        "C: Yes, exactly.",
        "A: Normally one of them is a pre-authorization that drops off, but both have settled, so I'll refund "
        f"the second one now. The refund reference is ((other:RF{rf})).",
        "C: How long will that take?",
        f"A: ((duration:{num(2, 3)} to {num(5, 7)} business days)) once it's processed.",
        "C: Okay. Can you send that to my email as well?",
        "A: Of course. Is it still [[EMAIL:gen.tremblay@videotron.ca]]?",
        "C: Yes, that's the one.",
        "A: Done. Anything else I can help with?",
        "C: No, that's all. Thanks, [[NAME:Marcus]].",
    ]


@case("asr")
def _():
    n = num(120, 2400)
    rd = num(1, 9)
    pc = nz_postcode()
    crd = mc()
    m, y = expiry()
    cv = cvv()
    return [
        "A: kia ora lakeside motor lodge [[NAME:hemi]] speaking",
        f"C: kia ora [[NAME:hemi]] it's [[NAME:aroha ngata]] we stayed in unit ((other:{N(num(1, 12))})) on the weekend and "
        "i think we left a phone charger and a kid's jacket",
        "A: oh yes we've got a jacket and a charger in lost property what size is the jacket",
        f"C: it's a size ((other:{N(pick(6, 8, 10))})) blue puffer",
        "A: that's the one do you want us to courier it up to you",
        f"C: yes please to [[ADDRESS:{N(n, False)} kaharoa road r d {ONES[rd]} rotorua]]",
        "A: and the postcode",
        f"C: [[POSTCODE:{D(pc)}]]",
        f"A: the courier is ((price:{N(num(9, 19))} dollars)) can i grab a card for that",
        f"C: yep it's [[CARD_NUMBER#c:{D(crd[:8])}]] sorry the kids are yelling [[CARD_NUMBER#c:{D(crd[8:])}]]",
        "A: no worries and the expiry",
        f"C: [[EXPIRY:{two(m)} {two(y)}]]",
        "A: and the three on the back",
        f"C: [[CVV:{D(cv)}]]",
        f"A: sweet that's all done it'll go out tomorrow and should be with you in ((duration:{N(num(2, 3))} days))",
        "C: awesome thanks [[NAME:hemi]]",
    ]


@case("transcript")
def _():
    ref = dig(5)
    id1, id2 = za_id(), za_id()
    ph = za_mobile()
    adults = num(2, 4)
    return [
        "A: Good morning, Kruger Gate Lodge reservations, [[NAME:Pieter]] speaking.",
        f"C: Morning [[NAME:Pieter]], it's [[NAME:Thandiwe Dlamini]]. I have a booking for ((count:{adults})) adults "
        "and our daughter next month, and the email said you need ID numbers for the park permits.",
        "A: That's right. Do you have the booking reference?",
        f"C: [[ACCOUNT_NUMBER:KGL{ref}]].",
        "A: Thank you. Let's start with your ID number.",
        f"C: [[SSN:{id1}]].",
        "A: And the next adult?",
        f"C: That's my husband, [[NAME:Sipho Dlamini]]. His is [[SSN:{id2}]].",
        "A: And your daughter doesn't need one, I just need her age.",
        f"C: She's ((other:{num(6, 12)})).",
        f"A: Perfect. The morning game drive leaves at ((time:{pick('5:30 am', '6 am', '5:45 am')})) and the rate is "
        f"((price:R{commas(str(num(32, 68) * 100 + pick(0, 50)))})) per night. Can I confirm your cell number?",
        f"C: [[PHONE:{' '.join(ph)}]].",
        "A: Great, the permits will come through by SMS.",
        "C: Thanks very much.",
    ]


@case("asr")
def _():
    pc = "CF" + str(num(3, 24)) + " " + str(num(1, 9)) + r.choice(UK_TAIL) + r.choice(UK_TAIL)
    n = num(2, 90)
    mob = uk_mobile()
    d1 = num(2, 9)
    return [
        "A: hiya snowdonia cottage breaks [[NAME:ffion]] speaking",
        "C: hi [[NAME:ffion]] it's [[NAME:dafydd llewellyn]] that's [[NAME:double l e w e double l y n]]",
        "A: lovely thanks mr [[NAME:llewellyn]] what can i do for you",
        f"C: we booked the barn for the ((date:{ordw(d1)} of april)) but my wife's mum has gone into hospital "
        "so we need to move it",
        f"A: oh i'm sorry to hear that let me see we could do the ((date:{ordw(d1 + 7)})) or the "
        f"((date:{ordw(d1 + 14)}))",
        f"C: the ((date:{ordw(d1 + 7)})) please",
        f"A: there's a ((price:{N(pick(20, 25, 30))} pound)) change fee is that okay",
        "C: yeah that's fine",
        "A: i'll just update your address as well we've got an old one on here",
        f"C: yeah we moved it's [[POSTCODE:{spell(pc)}]] and the house is [[ADDRESS:{N(n)} heol y deri rhiwbina]]",
        f"A: and is the mobile still [[PHONE:{D(mob[0])} {DB(mob[1])}]]",
        "C: yeah that's the same",
        f"A: right that's moved to the ((date:{ordw(d1 + 7)})) for ((duration:{N(num(2, 4))} nights))",
        "C: diolch thanks",
    ]


# ---- airlines ---------------------------------------------------------------------------------

@case("transcript")
def _():
    ref = pnr()
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    fl = dig(4)
    return [
        "A: Skyways customer service, [[NAME:Jordan]] speaking. How can I help?",
        "C: Hi, I'd like to add a hold bag to my flight on Friday.",
        "A: Sure. Can I have the booking reference?",
        f"C: It's [[ACCOUNT_NUMBER:{ref}]], that's [[ACCOUNT_NUMBER:{nato(ref)}]].",
        "A: Thank you. And the lead passenger's surname?",
        "C: [[NAME:Wiśniewski]]. [[NAME:W-I-S-N-I-E-W-S-K-I]].",
        f"A: Thanks, Mr [[NAME:Wiśniewski]]. I can see flight ((flight_number:SW {fl})) to Kraków, departing at "
        f"((time:{t24(5, 9)})). A ((quantity:{pick(20, 23)} kg)) bag is ((price:£{num(35, 55)})) each way.",
        "C: That's fine. Can you put it on my card?",
        "A: Of course. The long number when you're ready.",
        f"C: [[CARD_NUMBER:{g4(crd)}]].",
        "A: Expiry date?",
        f"C: [[EXPIRY:{m}/{y}]].",
        "A: And the security code?",
        f"C: [[CVV:{cv}]].",
        f"A: Done. You're in seat ((other:{num(8, 30)}C)), and bag drop closes ((duration:{pick(40, 45, 60)} minutes)) before departure.",
        "C: Brilliant. Do you know which gate it usually goes from?",
        f"A: It's only announced on the day, usually about ((duration:{pick(60, 90)} minutes)) before.",
        "C: Great, thanks for your help.",
    ]


@case("asr")
def _():
    ff = dig(9)
    yy, mm, dd = dob(1965, 1992)
    fl = num(200, 999)
    ph = us_phone()
    wrong = ph[1][1] + ph[1][0] + ph[1][2]
    if wrong == ph[1]:
        wrong = str((int(ph[1][0]) + 1) % 10) + ph[1][1:]
    miles = num(600, 1900)
    return [
        "A: thanks for calling pacific air this is [[NAME:jenna]] can i get your",
        f"C: yeah hi sorry my frequent flyer number is [[ACCOUNT_NUMBER:{D(ff)}]]",
        "A: okay perfect and the name on the account",
        "C: [[NAME:mark okafor]]",
        "A: and your date of birth mister [[NAME:okafor]]",
        f"C: [[DOB:{MONTHS[mm - 1].lower()} {ordw(dd)} {year_words(yy)}]]",
        "A: thank you what can i do for you today",
        f"C: i flew ((flight_number:p a {P(str(fl))})) houston to denver last week and the miles never showed up",
        f"A: okay i see that one you were in ((other:{N(num(10, 35))} a)) the ticket just wasn't linked so i'll add "
        f"it now you'll get ((quantity:{N(miles)} miles))",
        "C: great and can you update my phone number while you're in there",
        "A: sure go ahead",
        f"C: it's [[PHONE#p:{D(ph[0])}]] um [[PHONE#p:{D(ph[1])} {D(ph[2])}]]",
        f"A: so that's [[PHONE:{D(ph[0])} {D(wrong)} {D(ph[2])}]]",
        f"C: no the middle bit is [[PHONE#p:{D(ph[1])}]]",
        f"A: sorry [[PHONE:{D(ph[0])} {D(ph[1])} {D(ph[2])}]]",
        "C: that's it",
        "A: all updated anything else",
        "C: nope that's everything",
    ]


@case("transcript")
def _():
    ref = pnr()
    nn = dig(2)
    ph = au_mobile()
    f1 = num(400, 480)
    return [
        "A: Southern Cross Airlines, this is [[NAME:Brooke]].",
        "C: Hi [[NAME:Brooke]]. Our flight to Perth tonight was cancelled and the app won't let me rebook.",
        "A: I'm sorry about that. What's the booking reference?",
        f"C: [[ACCOUNT_NUMBER:{ref}]].",
        "A: And the passengers?",
        f"C: Me, [[NAME:Pham Minh Chau]], and my daughter [[NAME:Linh]]. She's ((other:{num(4, 9)})).",
        f"A: Thanks. The ((time:{tam(17, 18)})) ((flight_number:SC {f1})) was cancelled. I can put you on "
        f"((flight_number:SC {f1 + 4})) at ((time:{tam(20, 21)})) or the first one tomorrow at "
        f"((time:{tam(6, 7, False)})).",
        "C: Tonight, please. Can we sit together?",
        f"A: Yes, ((other:{num(20, 34)}A)) and the seat next to it. Gate ((other:{num(3, 19)})), boarding "
        f"((duration:{pick(30, 40)} minutes)) before.",
        f"C: Thank you. Can you send the new itinerary to [[EMAIL:chau.pham{nn}@outlook.com.au]]?",
        "A: Yes. And a mobile in case anything else changes?",
        f"C: [[PHONE:{' '.join(ph)}]].",
        f"A: All done, and you're each eligible for a ((price:${pick(20, 25, 30)})) meal voucher.",
        "C: Oh, that's kind. Thanks.",
    ]


@case("asr")
def _():
    fref = dig(5)
    tag = dig(6)
    tail = "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    ph = ie_mobile()
    return [
        "A: emerald air baggage services [[NAME:ciara]] speaking",
        "C: hi my bag didn't come off the flight from boston this morning",
        "A: sorry to hear that do you have the file reference they gave you at the desk",
        f"C: i do it's [[ACCOUNT_NUMBER:s n n e i {D(fref)}]]",
        "A: grand and the bag tag number",
        f"C: ((other:e i {D(tag)}))",
        "A: thanks and the name",
        "C: [[NAME:eoin fitzgerald]]",
        "A: and where will we deliver it when it turns up",
        f"C: to the house it's [[ADDRESS:the old forge ballyvourney]] the eircode is [[POSTCODE:{spell(pick('P12', 'P14'))} {spell(tail)}]]",
        "A: and a phone number for the driver",
        f"C: [[PHONE:{D(ph[0])} {D(ph[1])} {DB(ph[2])}]]",
        f"A: it's a black suitcase yeah about ((quantity:{N(num(18, 23))} kilos))",
        "C: yeah black with a green strap on the handle",
        f"A: we'll get it to you as soon as it lands and you can claim up to ((price:{N(pick(50, 60))} euro)) a day "
        "for essentials just keep the receipts",
        "C: grand thanks",
    ]


@case("transcript")
def _():
    ref = pnr()
    c4 = card("4")[-4:]
    mob = in_mobile()
    return [
        "A: Good evening, IndiSky Airlines, this is [[NAME:Kavya]]. How may I help you?",
        f"C: Hi [[NAME:Kavya]], I'm [[NAME:Arjun Mehta]]. I'm flying to Bengaluru on the ((date:{ordinal(num(2, 28))})) and I "
        "want to upgrade.",
        "A: Sure, sir. May I have your PNR?",
        f"C: [[ACCOUNT_NUMBER:{ref}]].",
        f"A: Thank you. That's ((flight_number:IS {num(100, 899)})) from Delhi at ((time:{t24(5, 9)})). The upgrade "
        f"to Stretch would be ((price:Rs {commas(str(num(25, 60) * 100))})).",
        "C: That's fine. There's a card saved on my profile, can you use that?",
        f"A: I can see a card ending [[CARD_NUMBER:{c4}]]. Shall I use it?",
        "C: Yes, please.",
        f"A: Done, you're in seat ((other:{num(1, 3)}C)). I'll send the e-ticket to "
        "[[EMAIL:arjun.mehta@rediffmail.com]], is that right?",
        f"C: Yes, correct. And my mobile is [[PHONE:+91 {mob[0]} {mob[1]}]] for the SMS.",
        "A: Noted. Anything else?",
        "C: No. I just hope the flight is on time this time.",
        "A: I hope so too, sir. Have a good trip.",
    ]


@case("asr")
def _():
    ref = pnr()
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    pc = ca_postcode()
    return [
        "A: thanks for calling northern air this is [[NAME:luc]]",
        "C: hi there i want to add my dog to my booking",
        "A: sure what's the reservation code",
        f"C: [[ACCOUNT_NUMBER:{spell(ref)}]]",
        "A: thank you and your name",
        "C: [[NAME:zhang wei]] [[NAME:z h a n g]] is the last name",
        "A: okay mister [[NAME:zhang]] what kind of dog and how heavy is she",
        f"C: she's a shih tzu her name is biscuit she's about ((quantity:{N(num(5, 7))} kilos)) with the carrier",
        f"A: that works anything under ((quantity:{N(pick(8, 10))} kilos)) can go in the cabin the fee is "
        f"((price:{N(pick(100, 110, 125))} dollars)) each way",
        "C: okay that's fine",
        "A: can i get the card number",
        f"C: [[CARD_NUMBER:{odd(crd)}]]",
        "A: and the expiry",
        f"C: [[EXPIRY:{two(m)} {two(y)}]]",
        "A: the cvv",
        f"C: [[CVV:{D(cv)}]]",
        "A: and the postal code for the card",
        f"C: [[POSTCODE:{spell(pc)}]]",
        f"A: you're all set biscuit is booked on ((flight_number:n a {D(dig(3))})) on the ((date:{ordw(num(2, 28))}))",
        "C: perfect thank you",
    ]


@case("transcript")
def _():
    ref = pnr()
    n = num(100, 2999)
    z = "388" + dig(2, False)
    c4 = card("4")[-4:]
    ph = us_phone()
    d = num(2, 27)
    return [
        "A: Thank you for calling Bluegrass Airways, my name is [[NAME:Andre]].",
        "C: Hi [[NAME:Andre]]. I'm calling about a refund for my mother's ticket. Her flight was canceled and "
        "she never got the money back.",
        "A: I can help with that. What's the confirmation code?",
        f"C: [[ACCOUNT_NUMBER:{ref}]].",
        "A: And the passenger's name?",
        "C: [[NAME:Rose Whitfield]]. I'm her daughter, [[NAME:Faith Whitfield]].",
        "A: Thank you. Is Ms. [[NAME:Whitfield]] with you? I need her permission to speak with you.",
        "C: Yes, she's right here. She says that's fine.",
        f"A: Great. I see the refund of ((price:${money(180, 420)})) was issued as a check on ((date:February {d})).",
        "C: She never got it. She's moved, and she only uses a P.O. box now.",
        "A: Okay, what's the new mailing address?",
        f"C: [[ADDRESS:P.O. Box {n}, Tupelo]], Mississippi [[POSTCODE:{z}]].",
        f"A: I'll void the old check and reissue it. It takes ((duration:{num(5, 7)} to {num(10, 14)} business days)).",
        "C: Can it go back on her card instead?",
        f"A: Only to the original card, the one ending in [[CARD_NUMBER:{c4}]].",
        "C: That card's closed. The check is fine.",
        "A: Okay. And a phone number for her?",
        f"C: [[PHONE:{ph[0]}-{ph[1]}-{ph[2]}]].",
        "A: Done. Anything else today?",
        "C: No, that's it. Thank you.",
    ]


@case("asr")
def _():
    ref = pnr()
    ph = za_mobile()
    return [
        "A: good afternoon blue crane air [[NAME:lerato]] speaking how can i assist",
        "C: hi [[NAME:lerato]] my name is [[NAME:johan van der merwe]] i missed my connection in joburg "
        "yesterday because the first flight was late",
        "A: i'm sorry sir can i have the booking reference",
        f"C: [[ACCOUNT_NUMBER:{spell(ref)}]]",
        f"A: thank you mister [[NAME:van der merwe]] i see ((flight_number:b c {P(str(num(10, 99)))} {D(dig(1))})) "
        f"landed ((duration:{N(num(2, 4))} hours)) late",
        f"C: yes and i had to pay for a hotel near the airport the bill was ((price:{N(num(900, 1900))} rand))",
        "A: you can claim that back i'll open a claim for you now",
        "C: okay thanks",
        "A: can i have an email for the claim form",
        "C: it's [[EMAIL:j v d merwe at telkomsa dot net]]",
        "A: and your cell number",
        f"C: [[PHONE:{D(ph[0])} {D(ph[1])} {D(ph[2])}]]",
        "A: you'll get the form in a few minutes just send the hotel invoice back within "
        f"((duration:{N(pick(30, 60))} days))",
        "C: will do thanks",
    ]


@case("transcript")
def _():
    ap = dig(9)
    ph = nz_mobile()
    d = num(2, 28)
    return [
        "A: Kia ora, Aotearoa Air, [[NAME:Mere]] speaking.",
        "C: Kia ora [[NAME:Mere]]. I'm booking a flight for my daughter, [[NAME:Hope Tane]]. It's her first "
        f"time flying alone, she's ((other:{num(12, 14)})).",
        f"A: Lovely. At that age the unaccompanied minor service is optional; it's ((price:${pick(45, 50, 60)})) each way.",
        "C: I'd like it anyway. Can it all go on my Airpoints?",
        "A: Sure, what's your Airpoints number?",
        f"C: [[ACCOUNT_NUMBER:{ap}]].",
        "A: Thanks, Mr [[NAME:Tane]]. And your first name?",
        "C: [[NAME:Wiremu]].",
        f"A: The flight is ((flight_number:AA {num(400, 599)})) from Wellington to Auckland on "
        f"((date:{d} July)), leaving at ((time:{tam(7, 10)})).",
        "C: Yes. Her grandmother will meet her there. That's [[NAME:Ngaire Parata]], and her number is "
        f"[[PHONE:{' '.join(ph)}]].",
        "A: I'll add her as the pick-up contact. She'll need photo ID at the gate.",
        "C: Understood. Thanks so much.",
    ]


@case("asr")
def _():
    ref = pnr()
    acct = dig(11)
    ifsc = "SBIN0" + dig(6, False)
    return [
        "A: hello indisky refunds desk [[NAME:aman]] this side",
        f"C: hello [[NAME:aman]] my flight was cancelled on the ((date:{ordw(num(1, 28))})) and the refund still hasn't come",
        "A: please give me your pnr",
        f"C: [[ACCOUNT_NUMBER:{spell(ref)}]]",
        "A: and the passenger name",
        "C: [[NAME:sunita verma]]",
        f"A: ma'am the refund of ((price:{N(num(5, 12) * 1000 + num(1, 9) * 100)} rupees)) failed because the "
        "card was blocked so we need your bank details",
        f"C: okay the account number is [[ACCOUNT_NUMBER#a:{D(acct[:4])}]]",
        "A: yes",
        f"C: [[ACCOUNT_NUMBER#a:{D(acct[4:8])}]]",
        "A: go on",
        f"C: [[ACCOUNT_NUMBER#a:{D(acct[8:])}]]",
        "A: and the ifsc code",
        f"C: [[ACCOUNT_NUMBER:{spell(ifsc, 'zero')}]]",
        f"A: thank you ma'am it will be credited within ((duration:{N(pick(5, 7, 10))} working days))",
        "C: okay thank you",
    ]


# ---- rail -------------------------------------------------------------------------------------

@case("transcript")
def _():
    ref = pnr(8)
    rc = dig(8)
    sc = f"{dig(2)}-{dig(2, False)}-{dig(2, False)}"
    acc = dig(8, False)
    while acc[6] == acc[7]:
        acc = dig(8, False)
    fare = money(18, 46)
    late = num(31, 58)
    half = f"{float(fare) / 2:.2f}"
    return [
        "A: Good morning, Northway Rail Delay Repay, you're speaking to [[NAME:Callum]].",
        f"C: Hi, I'm claiming for a delay on Tuesday. The ((time:{t24(16, 19, 1)})) from Leeds to York got in "
        f"((duration:{late} minutes)) late.",
        "A: Sorry about that. Can I take your name?",
        "C: [[NAME:Summer Okonkwo]]. That's [[NAME:O-K-O-N-K-W-O]].",
        "A: Thank you, [[NAME:Summer]]. What's the booking reference on the ticket?",
        f"C: [[ACCOUNT_NUMBER:{ref}]].",
        "A: And did you travel on a railcard?",
        f"C: Yes, a ((other:{pick('16-25', '26-30')})) railcard, number [[ACCOUNT_NUMBER:{rc}]].",
        f"A: For ((duration:{late // 30 * 30} to {late // 30 * 30 + 29} minutes)) you get "
        f"((percentage:{late // 30 * 50}%)) of the single fare back, so "
        f"((price:£{half})). Would you like that as a bank transfer?",
        f"C: Yes please. Sort code [[ACCOUNT_NUMBER:{sc}]], account number [[ACCOUNT_NUMBER#acc:{acc}]].",
        f"A: Let me read those back: [[ACCOUNT_NUMBER:{sc}]] and [[ACCOUNT_NUMBER:{acc[:6] + acc[7] + acc[6]}]].",
        f"C: No, the last two are [[ACCOUNT_NUMBER#acc:{acc[6:]}]].",
        f"A: Sorry, [[ACCOUNT_NUMBER:{acc}]]. Got it.",
        f"A: It should arrive within ((duration:{pick(3, 5)} working days)).",
        "C: Lovely, thank you.",
    ]


@case("asr")
def _():
    pc_ = "BN" + str(num(1, 3)) + " " + str(num(1, 9)) + r.choice(UK_TAIL) + r.choice(UK_TAIL)
    photo = dig(8)
    yy, mm, dd = dob(1975, 2000)
    n1, n2 = num(3, 99), num(1, 9)
    price = num(4800, 5900)
    d = num(1, 28)
    return [
        "A: hello you're through to [[NAME:will]] at southern lines season tickets",
        "C: oh hi um i need to change the address on my season ticket account",
        "A: no problem can i have your photocard number",
        f"C: [[ACCOUNT_NUMBER:{odd(photo)}]]",
        "A: and your name",
        "C: [[NAME:yusuf al haddad]]",
        "A: and your date of birth please",
        f"C: it's the [[DOB:{ordw(dd)} of {MONTHS[mm - 1].lower()} {two(str(yy)[2:])}]]",
        "A: thanks and what's the new address",
        f"C: it's [[ADDRESS:{N(n1)} marlowe road flat {ONES[n2]}]] in brighton",
        "A: and the postcode",
        f"C: [[POSTCODE:{spell(pc_)}]]",
        f"A: that's [[POSTCODE:{spell(pc_)}]]",
        "C: yep",
        f"A: lovely your annual brighton to london ticket is ((price:{N(price)} pounds)) and it renews on the "
        f"((date:{ordw(d)} of march))",
        "C: okay cool cheers",
    ]


@case("transcript")
def _():
    ph = "+48 " + dig(3) + " " + dig(3, False) + " " + dig(3, False)
    return [
        "A: Western Rail lost property, [[NAME:Orla]] speaking.",
        f"C: Hello. I left my laptop bag on the train from Galway to Dublin yesterday, the ((time:{t24(13, 17, 60)})).",
        "A: Oh no. Do you remember where you were sitting?",
        f"C: Coach C, seat ((other:{num(10, 60)})).",
        "A: What does the bag look like?",
        f"C: A grey backpack, with a Lenovo ((model_number:{pick('X1 Carbon', 'T14s', 'X13 Yoga')})) inside and a Polish dictionary.",
        "A: One came in last night, I think that's yours. Can I take your name?",
        "C: [[NAME:Agnieszka Kowalska]]. [[NAME:K-O-W-A-L-S-K-A]].",
        "A: And a phone number?",
        f"C: It's a Polish number, [[PHONE:{ph}]].",
        "A: And an email in case we need to send you a collection form?",
        "C: [[EMAIL:a.kowalska@wp.pl]].",
        f"A: You can collect it at Heuston any weekday between ((time:{tam(8, 10, False)})) and ((time:{tam(16, 18, False)})). "
        "Bring photo ID.",
        "C: Thank you so much, I was really worried.",
    ]


@case("asr")
def _():
    conf = pnr(6)
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    z = zip5()
    fare = num(60, 180)
    return [
        "A: coastline rail this is [[NAME:shay]] how can i help",
        "C: hi i need to move my trip from saturday to sunday",
        "A: sure what's the reservation number",
        f"C: it's [[ACCOUNT_NUMBER:{spell(conf)}]]",
        "A: and the name on the reservation",
        "C: [[NAME:lucia fernandez]]",
        f"A: okay ms [[NAME:fernandez]] i have you on train ((other:{N(num(500, 799), False)})) to san diego i can do "
        f"sunday at ((time:{tw(8, 11)})) the difference is ((price:{N(fare % 40 + 12)} dollars))",
        "C: yeah that's fine",
        "A: would you like to use the card on file",
        "C: no a different one",
        "A: go ahead",
        f"C: [[CARD_NUMBER#c:{DB(crd[:4])}]] um [[CARD_NUMBER#c!:{D(crd[5] + crd[4])}]] no wait "
        f"[[CARD_NUMBER#c:{DB(crd[4:12])}]] oh sorry [[CARD_NUMBER#c:{DB(crd[12:])}]]",
        "A: and the expiration",
        f"C: [[EXPIRY:{two(m)} {year_words(2000 + int(y))}]]",
        "A: and the code on the back",
        f"C: [[CVV:{D(cv)}]]",
        "A: billing zip",
        f"C: [[POSTCODE:{D(z)}]]",
        "A: all set you'll get the new tickets by email",
        "C: thank you",
    ]


@case("transcript")
def _():
    yy, mm, dd = dob(1948, 1958)
    c4 = mc()[-4:]
    ref = pnr(6)
    return [
        "A: VIA Coastal, this is [[NAME:Nathalie]]. How can I help you?",
        f"C: Good afternoon. I booked a trip to Halifax and I forgot to ask for the senior fare. I've been riding "
        f"this line since ((year:{num(1975, 1995)})) and never once asked for it.",
        "A: I can fix that. What's the booking number?",
        f"C: [[ACCOUNT_NUMBER:{ref}]].",
        "A: And the passenger's name?",
        "C: [[NAME:Bill Campbell]]. That's me.",
        f"A: For the senior fare you need to be ((other:{pick(60, 65)})) or over. Could you confirm your date of birth?",
        f"C: [[DOB:{MONTHS[mm - 1]} {dd}, {yy}]].",
        f"A: Thank you, Mr. [[NAME:Campbell]]. That saves you ((percentage:{pick(10, 15)}%)), so ((price:${money(18, 40)})) "
        f"goes back on the card ending [[CARD_NUMBER:{c4}]].",
        f"C: Wonderful. And I'm still in car ((other:{num(2, 9)})), seat ((other:{num(10, 60)}D))?",
        f"A: Yes, nothing else has changed. Departure is ((time:{t24(7, 18)})) from Montréal.",
        "C: Thanks, dear.",
    ]


@case("asr")
def _():
    pnr10 = dig(10)
    ages = (num(58, 72), num(55, 70))
    coach = num(1, 9)
    b1 = num(1, 72)
    mob = in_mobile()
    return [
        "A: good morning rail yatri helpline [[NAME:suresh]] speaking",
        "C: good morning i booked tickets for my in laws and one berth is still waiting list",
        "A: please tell me the pnr number",
        f"C: [[ACCOUNT_NUMBER:{odd(pnr10)}]]",
        f"A: sir one passenger is confirmed in coach ((other:s {ONES[coach]})) berth ((other:{N(b1)})) and the "
        f"second one is ((other:r a c {N(num(1, 9))})) right now",
        "C: what does that mean",
        "A: it means they will share a side berth if it doesn't confirm before the chart is prepared",
        "C: oh okay when is the chart prepared",
        f"A: ((duration:{N(pick(3, 4))} hours)) before departure",
        "C: okay the passengers are [[NAME:mohan lal gupta]] and [[NAME:kamla gupta]]",
        f"A: yes sir ages ((other:{N(ages[0])})) and ((other:{N(ages[1])})) i can see it",
        "C: can you send updates to my mobile",
        f"A: yes tell me the number",
        f"C: [[PHONE:{D(mob[0])} {D(mob[1])}]]",
        "A: done sir you will get an sms when it confirms",
        "C: thank you",
    ]


# ---- couriers and parcel lockers --------------------------------------------------------------

@case("transcript")
def _():
    trk = nonluhn(15)
    pc = uk_postcode()
    n = num(2, 88)
    mob = uk_mobile()
    return [
        "A: Swiftpost deliveries, [[NAME:Amir]] speaking, how can I help?",
        "C: Hi, I had a card through the door saying you'd missed me, but I was in all day.",
        "A: Sorry about that. Have you got the tracking number from the card?",
        f"C: Yes, it's ((other:H{trk})).",
        "A: Thanks. And your name?",
        "C: [[NAME:Delyth Morgan]].",
        f"A: I can see a failed attempt at ((time:{t24(9, 11, 1)})) this morning. Can I confirm the delivery address?",
        f"C: It's [[POSTCODE:{pc}]], [[ADDRESS:{n} Kestrel Way]], the house with the green door.",
        "A: That matches. The driver's note just says no answer. I can book a redelivery for tomorrow between "
        f"((time:{tam(7, 9, False)})) and ((time:{tam(12, 14, False)})), or you can collect it from the depot.",
        "C: Tomorrow's fine. If I'm not in, can he leave it with my neighbour, Mrs [[NAME:Doherty]]?",
        "A: Which side is she?",
        "C: On the left as you face the house.",
        "A: Done. And a mobile for the text updates?",
        f"C: [[PHONE:{mob[0]} {mob[1]}]].",
        f"A: Lovely. Just so you know, if the second attempt fails it goes back after ((duration:{pick(3, 5, 7)} days)).",
        "C: Is there any grace period if I'm away?",
        f"A: You can ask the depot to hold it for ((duration:{pick(10, 14)} days)) in total.",
        "C: Great. Thanks, [[NAME:Amir]].",
    ]


@case("asr")
def _():
    trk = nonluhn(22, "9400")
    code, code2 = dig(6), dig(6)
    ph = us_phone()
    nn = dig(2)
    return [
        "A: hi this is [[NAME:tre]] with parcelbox support",
        "C: hey um yeah my locker code isn't working",
        "A: sorry about that what's the tracking number",
        f"C: it's ((other:{odd(trk)}))",
        "A: okay and your name",
        "C: [[NAME:sunny patel]]",
        f"A: thanks [[NAME:sunny]] i see it's in the locker at the kroger on main street door ((other:b {N(num(10, 40))}))",
        "C: yeah i'm standing right in front of it and it keeps saying invalid code",
        f"A: the code you got by text was it ((other:{D(code)}))",
        "C: yeah that one",
        f"A: okay that expired at ((time:{tw(17, 20, False)})) yesterday that's why i'll send you a new one what's the mobile "
        "on the account",
        f"C: [[PHONE:{P(ph[0])} {D(ph[1])} {P(ph[2])}]]",
        "A: and the email",
        f"C: [[EMAIL:sunny p {D(nn)} at yahoo dot com]]",
        f"A: okay new code sent it's good for ((duration:{N(pick(48, 72))} hours))",
        f"C: got it it's ((other:{D(code2)})) right",
        "A: yep that's it",
        "C: oh it opened thanks man",
    ]


@case("transcript")
def _():
    con = nonluhn(10)
    pc = str(num(2580, 2629))
    ph = au_mobile()
    rep = dig(6)
    lot = num(2, 60)
    return [
        "A: Outback Express, [[NAME:Kylie]] speaking.",
        "C: Hi [[NAME:Kylie]]. A parcel arrived yesterday completely smashed. It was a KitchenPro "
        f"((model_number:KM-{num(2, 9)}{pick('50', '00', '20')})) mixer.",
        "A: Oh no, I'm sorry. Have you got the consignment number?",
        f"C: ((other:OEX{con})).",
        "A: Thanks. The sender has to lodge the claim, but I can open a damage report for you. Who's it addressed to?",
        f"C: Me, [[NAME:Matiu Walker]], at [[ADDRESS:Lot {lot} Settlers Road, Bungendore]], New South Wales "
        f"[[POSTCODE:{pc}]].",
        "A: And a contact number?",
        f"C: [[PHONE:{' '.join(ph)}]].",
        "A: And an email for the report?",
        "C: [[EMAIL:matiu.walker@bigpond.com]].",
        f"A: Your report number is [[ACCOUNT_NUMBER:DR-{rep}]]. Please keep the box and packaging for "
        f"((duration:{pick(14, 30)} days)).",
        f"C: Will do. It's about ((quantity:{num(5, 12)} kilos)) with the box, do you want to pick it up?",
        "A: No need, photos are enough.",
        "C: Okay, thanks for your help.",
    ]


@case("asr")
def _():
    wb = nonluhn(12)
    crd = mc()
    m, y = expiry()
    cv = cvv()
    duty = money(20, 80)
    box = num(10, 90)
    pc = "B2N " + str(num(1, 9)) + r.choice("ABCEGHJKLMNPRSTVWXYZ") + str(num(0, 9))
    dl, ce = duty.split(".")
    return [
        "A: thanks for calling maple courier this is [[NAME:jo]]",
        "C: hi i got a notice saying i owe duties on a package from portugal",
        "A: okay can i have the waybill number",
        f"C: ((other:{odd(wb)}))",
        "A: thank you and the name on the package",
        "C: [[NAME:joao da silva]]",
        f"A: okay mister [[NAME:da silva]] the duties and taxes come to ((price:{N(int(dl))} dollars and "
        f"{N(int(ce))} cents))",
        "C: that's more than the stuff cost",
        f"A: it's ((percentage:{N(pick(13, 15))} percent)) hst plus a ((price:{N(pick(10, 15))} dollar)) brokerage fee",
        "C: fine can i pay it now",
        "A: sure the card number please",
        f"C: [[CARD_NUMBER#c:{P(crd[:8])}]] hold on [[CARD_NUMBER#c:{P(crd[8:])}]]",
        "A: expiry",
        f"C: [[EXPIRY:{two(m)} {two(y)}]]",
        "A: and the security code",
        f"C: [[CVV:{D(cv)}]]",
        "A: and i'll confirm the delivery address",
        f"C: it's [[ADDRESS:r r {N(num(1, 6))} site {N(num(2, 40))} box {N(box)} bible hill]]",
        "A: and the postal code",
        f"C: [[POSTCODE:{spell(pc)}]]",
        "A: perfect it'll go out on tomorrow's truck",
        "C: thanks",
    ]


@case("transcript")
def _():
    trk = nonluhn(10)
    n, u = num(3, 140), num(1, 9)
    pc = str(num(3110, 3119))
    ph = nz_mobile()
    return [
        "A: Kiwi Couriers, [[NAME:Tama]] speaking.",
        "C: Hi, it's [[NAME:Mele Fifita]]. I'm expecting a parcel and the tracking says the address is incomplete.",
        "A: Let's have a look. What's the tracking number?",
        f"C: ((other:KC{trk}NZ)).",
        "A: It just says Tui Crescent, there's no number.",
        f"C: Oh. It's [[ADDRESS:{n} Tui Crescent, Unit {u}, Tauranga]] [[POSTCODE:{pc}]].",
        "A: Got it. And the best number to reach you on?",
        f"C: [[PHONE:{' '.join(ph)}]].",
        "A: Is there somewhere safe to leave it?",
        "C: Behind the blue wheelie bin, please.",
        f"A: Done. Our rates rose last month, so there's a ((price:${money(3, 6)})) address correction fee, but that "
        "goes to the sender.",
        "C: Oh, okay. Good.",
        f"A: It'll be out tomorrow, between ((time:{tam(9, 11, False)})) and ((time:{tam(13, 15, False)})).",
        "C: Thanks heaps.",
    ]


@case("asr")
def _():
    wb = nonluhn(11)
    zid = za_id()
    n = num(100, 4999)
    pc = f"{num(0, 1):01d}{num(100, 199)}"
    vat = num(150, 600)
    return [
        "A: good day swift cargo [[NAME:bongani]] speaking",
        "C: hi i'm phoning about a parcel from china that's stuck in customs",
        "A: okay can i have the waybill number",
        f"C: ((other:{odd(wb)}))",
        "A: thanks customs needs the receiver's id number before they release it",
        f"C: okay it's [[SSN:{odd(zid)}]]",
        "A: and the full name as it is on the id",
        "C: [[NAME:nomvula precious khumalo]]",
        f"A: thanks ms [[NAME:khumalo]] there's also vat of ((price:{N(vat)} rand)) to pay",
        "C: that's fine send me the bill and i'll pay by eft",
        "A: i'll email the invoice what's your email",
        "C: [[EMAIL:nomvula k at gmail dot com]]",
        "A: and must we deliver to the po box on the account",
        f"C: no please bring it to the house [[ADDRESS:{N(n, False)} tsamaya avenue mamelodi east]] "
        f"[[POSTCODE:{D(pc, 'zero')}]]",
        f"A: okay it should be with you ((duration:{N(num(2, 3))} to {N(num(5, 7))} working days)) after payment",
        "C: thank you",
    ]


@case("transcript")
def _():
    awb = nonluhn(11)
    n = num(101, 504)
    crs = ordinal(num(1, 16))
    pc = "5600" + str(num(10, 99))
    mob = in_mobile()
    amt = commas(str(num(1, 3)) + str(num(100, 999)))
    return [
        "A: Namaste, DakExpress, this is [[NAME:Pooja]]. How can I help?",
        f"C: Hi [[NAME:Pooja]]. My parcel has been showing out for delivery for ((duration:{num(2, 4)} days)).",
        "A: Sorry for that, ma'am. Can you share the AWB number?",
        f"C: ((other:{awb})).",
        "A: Thank you. The delivery executive says the address was not found. Can you confirm the address?",
        f"C: It's [[ADDRESS:Flat {n}, Sai Krupa Apartments, {crs} Cross, Indiranagar, Bengaluru]] [[POSTCODE:{pc}]].",
        "A: Is there any landmark?",
        "C: Opposite the Cauvery school, near the bakery.",
        "A: And the receiver's name and mobile?",
        f"C: [[NAME:Meera Nair]], [[PHONE:{mob[0]} {mob[1]}]].",
        f"A: It's cash on delivery, ((price:Rs {amt})). Please keep change ready.",
        "C: Okay. What time will he come?",
        f"A: Between ((time:{tam(13, 15, False)})) and ((time:{tam(17, 19, False)})) today.",
        "C: Fine, thank you.",
    ]


@case("asr")
def _():
    trk = nonluhn(12)
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    eir = eircode()
    fee = num(18, 45)
    return [
        "A: green parcel ireland [[NAME:niamh]] speaking",
        "C: hi there i got a text saying there's a customs charge on a parcel from the uk",
        f"A: yeah since brexit anything over ((price:{N(pick(135, 150))} euro)) gets charged",
        "C: right can i pay it over the phone",
        "A: you can what's the tracking number",
        f"C: ((other:{odd(trk)}))",
        "A: and the name on it",
        "C: [[NAME:chukwuemeka obi]] that's [[NAME:o for oscar b for bravo i for india]]",
        f"A: thanks mister [[NAME:obi]] it's ((price:{N(fee)} euro {N(num(10, 95))})) for the vat and the handling fee",
        "C: go on so",
        "A: the card number so",
        f"C: [[CARD_NUMBER#c:{D(crd[:4])}]]",
        "A: yep",
        f"C: [[CARD_NUMBER#c:{D(crd[4:8])}]]",
        "A: yep",
        f"C: [[CARD_NUMBER#c:{D(crd[8:12])}]]",
        "A: go on",
        f"C: [[CARD_NUMBER#c:{D(crd[12:])}]]",
        "A: and the expiry",
        f"C: [[EXPIRY:{two(m)} {two(y)}]]",
        "A: and the cvv",
        f"C: [[CVV:{D(cv)}]]",
        f"A: grand and just confirming the eircode is [[POSTCODE:{spell(eir)}]]",
        "C: yeah that's it",
        "A: perfect it'll be with you tomorrow or the day after",
    ]


# ---- online marketplaces and returns ----------------------------------------------------------

@case("transcript")
def _():
    o = nonluhn(17)
    n, apt = num(100, 3999), num(1, 40)
    z = "9" + dig(4, False)
    c4 = card("4")[-4:]
    nn = dig(2)
    size = num(6, 10)
    return [
        "A: Thanks for calling ShopLane, this is [[NAME:Brianna]].",
        "C: Hi [[NAME:Brianna]]. I'm trying to return a pair of boots and the label won't print.",
        "A: I can help with that. Could I get the order number?",
        f"C: It's ((other:{o[:3]}-{o[3:10]}-{o[10:]})).",
        "A: Thank you. And the name on the account?",
        "C: [[NAME:Alejandra Ruiz]].",
        f"A: Thanks, Ms. [[NAME:Ruiz]]. I see ((count:{num(2, 3)})) items on that order, the boots at "
        f"((price:${money(60, 140)})) and a belt. Just the boots?",
        f"C: Just the boots. They're a size ((other:{size})) and I need a ((other:{size + 1})).",
        f"A: I'll email you a new label. Pickup from [[ADDRESS:{n} Alvarado Street, Apt {apt}, Los Angeles]] "
        f"[[POSTCODE:{z}]]?",
        "C: Yes, that's right.",
        f"A: And the refund goes back to the card ending [[CARD_NUMBER:{c4}]], within "
        f"((duration:{num(3, 5)} to {num(6, 10)} days)) of the boots reaching us.",
        f"C: Perfect. Can you send the label to my other email, [[EMAIL:ale.ruiz{nn}@yahoo.com]]?",
        "A: Sure, that's sent now.",
        "C: Thank you!",
    ]


@case("asr")
def _():
    nn = dig(2)
    o = nonluhn(12)
    d = num(1, 20)
    amt = num(120, 480)
    c4 = card("4")[-4:]
    return [
        "A: hi you're through to [[NAME:priti]] at bizarre uk how can i help",
        "C: hiya i bought a bike off a seller on your site and it never turned up",
        "A: oh no sorry about that can i take your name",
        "C: [[NAME:tomasz nowak]]",
        "A: and the email on the account",
        f"C: [[EMAIL:t nowak {D(nn)} at hotmail dot co dot uk]]",
        "A: thanks [[NAME:tomasz]] and the order number",
        f"C: ((other:{odd(o)}))",
        f"A: okay so the seller is [[NAME:dean holloway]] and it says dispatched on the "
        f"((date:{ordw(d)} of october))",
        "C: yeah but there's no tracking and he's not answering my messages",
        f"A: right i'll mark it as item not received and open a case he's got ((duration:{N(num(2, 5))} days)) "
        "to respond",
        "C: and if he doesn't",
        f"A: then you get a full refund so the ((price:{N(amt)} pounds)) goes back to your card ending "
        f"[[CARD_NUMBER:{D(c4)}]]",
        "C: yeah that's the one",
        "A: okay that's all done you'll get an email in a minute",
        "C: cheers",
    ]


@case("transcript")
def _():
    yy, mm, dd = dob(1970, 2001)
    ph = au_mobile()
    return [
        "A: Good afternoon, Trove Market, [[NAME:Hayden]] speaking.",
        "C: Hi. My account's been locked after someone tried to log in from overseas.",
        "A: I'm sorry. I'll need to verify you first. What's the email on the account?",
        "C: [[EMAIL:layla.mansour@icloud.com]].",
        "A: And your full name?",
        "C: [[NAME:Layla Mansour]]. That's [[NAME:M as in Mary, A-N-S-O-U-R]].",
        "A: Date of birth?",
        f"C: [[DOB:{dd} {MONTHS[mm - 1]} {yy}]].",
        "A: And the mobile number on the account?",
        f"C: [[PHONE:{' '.join(ph)}]].",
        f"A: Thanks, Ms [[NAME:Mansour]]. I can see ((count:{num(3, 9)})) failed attempts at ((time:{tam(1, 4)})) "
        f"our time. I'll unlock it, and you'll need a new password of at least ((count:{pick(10, 12)})) characters.",
        "C: Will it log me out everywhere?",
        f"A: Yes, on all ((count:{num(2, 5)})) devices. The reset link expires in ((duration:{pick(15, 30, 60)} minutes)).",
        "C: Okay, got it.",
        "A: Anything else I can do?",
        "C: No, that's all. Thanks heaps.",
    ]


@case("asr")
def _():
    o = nonluhn(15)
    n = num(3, 60)
    blk = num(2, 9)
    pin = "5600" + str(num(10, 99))
    acct = dig(14, False)
    ifsc = "HDFC0" + dig(6, False)
    mob = in_mobile()
    amt = num(1800, 4500)
    return [
        "A: hello welcome to kartly customer care my name is [[NAME:neha]] how may i help you",
        "C: hi [[NAME:neha]] i want to return a mixer grinder the jar is cracked",
        "A: sorry for the inconvenience sir please share the order id",
        f"C: ((other:o d {odd(o)}))",
        "A: thank you sir may i know your name",
        "C: [[NAME:venkatesh iyer]]",
        f"A: mister [[NAME:iyer]] pickup will be from [[ADDRESS:{N(n)} second main road {ordw(blk)} block "
        "jayanagar]] correct",
        "C: yes yes near the ganesha temple",
        f"A: and pin code [[POSTCODE:{D(pin, 'zero')}]]",
        "C: correct",
        f"A: the refund is ((price:{N(amt)} rupees)) and since you paid cash on delivery i need bank details",
        f"C: okay account number [[ACCOUNT_NUMBER#a:{D(acct[:7], 'zero')}]] just a minute "
        f"[[ACCOUNT_NUMBER#a:{D(acct[7:], 'zero')}]]",
        "A: and the ifsc code",
        f"C: [[ACCOUNT_NUMBER:{spell(ifsc, 'zero')}]]",
        "A: and your mobile for the pickup executive",
        f"C: [[PHONE:{D(mob[0])} {D(mob[1])}]]",
        f"A: pickup is scheduled tomorrow between ((time:{N(num(9, 11))} am)) and ((time:{N(num(1, 4))} pm))",
        "C: okay thank you",
    ]


@case("transcript")
def _():
    pc = ca_postcode()
    old4 = card("4")[-4:]
    crd = mc()
    m, y = expiry()
    cv = cvv()
    amt = money(499, 749)
    return [
        "A: Northmart Marketplace, you're speaking with [[NAME:Priyanka]].",
        f"C: Hi. There's an order on my account that I didn't place, a ((model_number:{pick('PS5', 'PS4 Pro')})) bundle.",
        "A: I'm sorry to hear that. Can I have your name and the postal code on the account?",
        f"C: [[NAME:Olumide Adebayo]], [[POSTCODE:{pc}]].",
        f"A: Thank you. I see an order for ((price:${amt})) placed at ((time:{tam(1, 4)})), going to an "
        "address in Mississauga.",
        "C: That's not me. I'm in Ottawa.",
        f"A: I've cancelled it before it shipped and removed the card ending [[CARD_NUMBER:{old4}]]. "
        "Would you like to add a new card?",
        f"C: Yes, the bank sent me a new one. It's [[CARD_NUMBER:{g4(crd)}]].",
        "A: And the expiry?",
        f"C: [[EXPIRY:{m}/{y}]], and the CVC is [[CVV:{cv}]].",
        "A: That's added. I've also reset your password and turned on two-step verification.",
        "C: Thank you. Will I be charged for the order?",
        "A: No, it was cancelled before payment was captured.",
        "C: Good. Thanks for your help.",
    ]


@case("asr")
def _():
    mid = dig(7)
    acct = f"{num(1, 38):02d}{dig(4, False)}{dig(7, False)}{dig(2, False)}"
    amt = num(400, 1500)
    return [
        "A: kia ora this is [[NAME:sione]] at kiwi trade how can i help",
        f"C: oh hi yeah i sold a heat pump on the site and the buyer still hasn't paid it's been "
        f"((duration:{N(num(5, 9))} days))",
        "A: okay can i get your member id",
        f"C: [[ACCOUNT_NUMBER:{D(mid)}]]",
        "A: thanks and your name",
        "C: [[NAME:rangi te whata]]",
        f"A: thanks [[NAME:rangi]] it sold for ((price:{N(amt)} dollars)) i'll send the buyer a non payment "
        f"notice they've got ((duration:{N(num(2, 4))} days)) to pay",
        "C: he said the bank account on the listing bounced can you check it",
        f"A: the one on the listing is [[ACCOUNT_NUMBER:{D(acct[:2])} {D(acct[2:6])} {D(acct[6:13])} "
        f"{D(acct[13:]) }]]",
        f"C: oh no that's my old one the new one is [[ACCOUNT_NUMBER#n:{D(acct[:2])} {D(acct[2:6])}]] um "
        f"[[ACCOUNT_NUMBER#n:{DB(dig(7, False))} {D(dig(2, False))}]]",
        "A: okay i've updated it on the listing and i'll let the buyer know",
        "C: sweet as",
        "A: anything else",
        "C: nah that's it cheers",
    ]


@case("transcript")
def _():
    o = nonluhn(10)
    u, n = num(1, 30), num(2, 120)
    pc = f"{num(1, 9)}{num(100, 999)}"
    ph = za_mobile()
    acc = dig(10)
    br = dig(6)
    return [
        "A: Good morning, Jabula Shop, [[NAME:Zanele]] speaking.",
        f"C: Morning. I want to return a kettle, it stopped working after ((duration:{N(num(2, 5))} weeks)).",
        "A: Sorry about that. What's the order number?",
        f"C: ((other:JS{o})).",
        "A: And your name, please?",
        "C: [[NAME:Ayesha Patel]].",
        f"A: Thank you, Mrs [[NAME:Patel]]. It's still under the ((duration:{pick(6, 12)} month)) warranty, so we "
        "can collect it. Is the collection address the same?",
        f"C: Yes, [[ADDRESS:Unit {u}, Protea Gardens, {n} Jacaranda Street, Lyttelton]], [[POSTCODE:{pc}]].",
        "A: And a cell number for the driver?",
        f"C: [[PHONE:{' '.join(ph)}]].",
        f"A: Would you like a replacement or a refund of ((price:R{num(399, 899)}))?",
        "C: A refund, please, into my account. It's [[ACCOUNT_NUMBER:" + acc + "]], branch code "
        f"[[ACCOUNT_NUMBER:{br}]].",
        "A: Got it. The courier will come on Thursday.",
        "C: Thanks very much.",
    ]


@case("asr")
def _():
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    eir = eircode()
    ph = ie_mobile()
    return [
        "A: hi there you're through to [[NAME:aoife]] at shamrock marketplace",
        "C: hi i'm trying to buy a cot for the baby on the app and the payment keeps failing",
        "A: ah that's annoying i can put it through for you over the phone",
        "C: oh great i was hoping you'd say that",
        "A: what's the name on the account",
        "C: [[NAME:grainne mcdonagh]]",
        f"A: and the eircode for delivery",
        f"C: [[POSTCODE:{spell(eir)}]]",
        f"A: grand the cot is ((price:{N(num(150, 320))} euro)) with free delivery in ((duration:{N(num(3, 7))} "
        "working days)) can i take the card number",
        f"C: [[CARD_NUMBER#c:{P(crd[:6])}]] uh [[CARD_NUMBER#c:{P(crd[6:])}]]",
        "A: and expiry",
        f"C: [[EXPIRY:{two(m)} {two(y)}]]",
        "A: and the three digits",
        f"C: [[CVV:{D(cv)}]]",
        f"A: and a mobile number for the delivery text",
        f"C: [[PHONE:{D(ph[0])} {D(ph[1])} {D(ph[2])}]]",
        "A: lovely that's gone through",
        "C: ah thanks a million",
    ]


# ---- IT help desks and software licences -----------------------------------------------------

@case("transcript")
def _():
    emp = dig(6)
    tag = alnum(7)
    ver = f"{num(4, 6)}.{num(0, 9)}.{num(1, 9)}"
    inc = dig(7, False)
    return [
        "A: IT Service Desk, this is [[NAME:Marco]]. Can I get your employee ID?",
        f"C: Sure, it's [[ACCOUNT_NUMBER:E{emp}]].",
        "A: Thanks. And your name?",
        "C: [[NAME:Kimberly Tran]].",
        "A: Hi [[NAME:Kimberly]], what's going on?",
        f"C: My laptop won't connect to the VPN since the update last night. It just says error ((other:{hexcode()})).",
        "A: Which model is it?",
        f"C: A Dell ((model_number:Latitude {pick(5440, 7440, 7450, 9450)})).",
        "A: And the service tag on the bottom?",
        f"C: ((other:{tag})).",
        f"A: Okay. The client was updated to version ((other:{ver})) and it needs the new profile. I've opened "
        f"ticket ((other:INC{inc})).",
        f"C: I've already restarted it ((count:{num(2, 4)} times)).",
        "A: Then I'll push the profile remotely. Your manager is [[NAME:Greg Olsen]], right? I'll copy him on the ticket.",
        "C: Yes. How long will it take?",
        f"A: About ((duration:{pick(10, 15, 20)} minutes)). Keep it plugged in and on the network.",
        "C: Will do, thanks.",
    ]


@case("asr")
def _():
    key = "LGR" + alnum(4) + alnum(4)
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    seats = num(6, 25)
    return [
        "A: good morning ledgerly support [[NAME:hollie]] speaking",
        "C: morning i need to renew our licence it ran out yesterday and nobody can log in",
        "A: oh dear let's get you sorted have you got the licence key",
        f"C: yeah it's [[ACCOUNT_NUMBER:{spell(key)}]]",
        "A: thanks that's registered to fenwick joinery and who am i speaking to",
        "C: [[NAME:gethin rees]]",
        f"A: thanks [[NAME:gethin]] so you've got ((count:{N(seats)} seats)) on version ((other:{N(num(10, 12))} point "
        f"{N(num(1, 4))})) renewing for ((duration:{N(pick(12, 24))} months)) is ((price:{N(seats * num(90, 140))} pounds)) plus vat",
        "C: yeah go on then",
        "A: card number when you're ready",
        f"C: [[CARD_NUMBER#c:{D(crd[:4])} {D(crd[4:8])}]] hang on it's worn [[CARD_NUMBER#c:{D(crd[8:12])}]]",
        "A: take your time",
        f"C: [[CARD_NUMBER#c:{D(crd[12:])}]]",
        "A: and the expiry date",
        f"C: [[EXPIRY:{two(m)} {two(y)}]]",
        "A: and the security number",
        f"C: [[CVV:{D(cv)}]]",
        "A: lovely and the invoice goes to [[EMAIL:accounts at fenwick joinery dot co dot uk]]",
        "C: yep that's our office one",
        f"A: that's all done everyone should be able to log in within ((duration:{N(num(5, 15))} minutes))",
        "C: brilliant thank you",
    ]


@case("transcript")
def _():
    sn = dig(8)
    yy, mm, dd = dob(1998, 2006)
    ph4 = dig(4, False)
    return [
        "A: University IT Services, [[NAME:Darragh]] speaking.",
        f"C: Hi, I'm locked out of my student account and I've an assignment due at ((time:{tam(15, 18, False)})).",
        "A: No bother. What's your student number?",
        f"C: [[ACCOUNT_NUMBER:{sn}]].",
        "A: And your name?",
        "C: [[NAME:Oluwaseun Balogun]].",
        "A: And your date of birth?",
        f"C: [[DOB:{dd:02d}/{mm:02d}/{yy}]].",
        f"A: Thanks. There were ((count:{num(5, 8)})) wrong password attempts, so it's locked for "
        f"((duration:{pick(30, 60)} minutes)), but I can clear that. I'll text a temporary password to the mobile "
        f"ending [[PHONE:{ph4}]].",
        "C: That's still my number.",
        f"A: Sent. It expires in ((duration:{pick(10, 15)} minutes)), and you'll have to set a new one with at least "
        f"((count:{pick(12, 14)})) characters.",
        "C: Got it. Is the learning site working? It was down this morning.",
        "A: Yes, it's all back up now. Good luck with the assignment.",
        "C: Thanks a million.",
    ]


@case("asr")
def _():
    code = dig(9)
    pw = alnum(6, "abcdefghjkmnpqrstuvwxyz").lower()
    t = dig(5)
    return [
        "A: g'day techmate support [[NAME:brad]] speaking",
        "C: hi [[NAME:brad]] it's [[NAME:duc tran]] from the physio clinic",
        "A: hey [[NAME:duc]] what's up",
        f"C: our printer's stopped scanning to email it's the ((model_number:m f c l {D(str(num(3000, 8999)))}))",
        f"A: okay does it show an error",
        f"C: yeah it says error ((other:{N(num(20, 99))}))",
        f"A: that's usually the mail password it changes every ((duration:{N(pick(60, 90))} days)) i'll jump on remotely "
        "can you read me the id on the remote support window",
        f"C: it's ((other:{odd(code)}))",
        "A: and the password under it",
        f"C: ((other:{spell(pw)}))",
        "A: right i'm in give me a sec okay that's fixed try a scan now",
        "C: yep it's come through",
        f"A: also ((count:{N(num(2, 4))})) of your staff still haven't done the password reset [[NAME:kirra]] "
        "[[NAME:harpreet]] and the new guy [[NAME:tomasi]]",
        "C: yeah i'll chase them it's sunny today so half of them are out on the beach walk with patients",
        f"A: no worries the ticket's ((other:{D(t)})) if it happens again",
        "C: cheers mate",
    ]


@case("transcript")
def _():
    cid = dig(7)
    pn = pan("K")
    err = str(num(1001, 1999))
    yr = num(2024, 2026)
    return [
        "A: Good afternoon, Finlytics support, this is [[NAME:Rahul]].",
        f"C: Hi [[NAME:Rahul]], I'm [[NAME:Deepa Krishnan]]. I bought the ((year:{yr})) edition of the tax software "
        f"and activation fails with error ((other:{err})).",
        "A: Sorry about that, ma'am. Can I have your customer ID?",
        f"C: [[ACCOUNT_NUMBER:FIN-{cid}]].",
        f"A: Thank you. You've used ((count:{pick(2, 3)})) of your activations. Did you change laptops?",
        "C: Yes, the old one died last month.",
        "A: I'll reset the activations; please try again in a few minutes.",
        f"C: Okay. Also, the invoice needs my PAN for tax purposes. It's [[SSN:{pn}]].",
        "A: I'll reissue it with the PAN. Should it go to [[EMAIL:deepa.krishnan@yahoo.co.in]]?",
        "C: Yes. I hope this doesn't happen every year.",
        "A: It shouldn't, ma'am. The activation is tied to your login now, not the machine.",
        "C: That's good. Thank you.",
    ]


@case("asr")
def _():
    emp = dig(6)
    yy, mm, dd = dob(1972, 1999)
    sin3 = dig(3, False)
    nn = dig(2)
    return [
        "A: hi you've reached the people systems help desk this is [[NAME:farah]]",
        "C: hi i can't get into the payroll portal to download my tax slip",
        "A: okay can i get your employee number",
        f"C: [[ACCOUNT_NUMBER:{D(emp)}]]",
        "A: and your full name",
        "C: [[NAME:mateus oliveira]]",
        "A: and to verify your date of birth",
        f"C: [[DOB:{MONTHS[mm - 1].lower()} {ordw(dd)} {year_words(yy)}]]",
        "A: and the last three digits of your sin",
        f"C: [[SSN:{D(sin3)}]]",
        f"A: thanks [[NAME:mateus]] the account was disabled after ((count:{N(num(3, 6))})) failed attempts "
        f"i'll reset it and the temporary password goes to your personal email [[EMAIL:m o l i v e i r a {D(nn)} at gmail dot com]]",
        "C: yes that's right",
        "A: okay sent you'll be asked to change it when you log in",
        "C: and where's the tax slip once i'm in",
        f"A: under documents then tax then ((year:{year_words(num(2024, 2025))}))",
        "C: perfect thanks",
    ]


@case("transcript")
def _():
    inv = dig(8)
    c4 = card("5")[-4:]
    d = num(2, 27)
    return [
        "A: Kia ora, Kōwhai Software billing, [[NAME:Anahera]] speaking.",
        "C: Hi. I was charged for an annual plan, but I'd cancelled it.",
        "A: Sorry about that. Can I get the email on the account?",
        "C: [[EMAIL:liam.osullivan@xtra.co.nz]].",
        "A: And your name?",
        "C: [[NAME:Liam O'Sullivan]].",
        f"A: Thanks, [[NAME:Liam]]. I can see a charge of ((price:NZ${money(129, 249)})) on ((date:{d} March)), "
        f"invoice ((other:INV-{inv})). The cancellation came through at ((time:{tam(23, 23)})) the same day.",
        "C: So it should have stopped.",
        f"A: Yes, our system renewed it first. I'll refund it to the card ending [[CARD_NUMBER:{c4}]]; "
        f"allow ((duration:{num(3, 5)} to {num(7, 10)} working days)).",
        "C: Great. Will I lose my files?",
        f"A: No, they're kept for ((duration:{pick(60, 90)} days)) and you can export them any time.",
        "C: Perfect, thanks.",
    ]


@case("asr")
def _():
    uid = dig(7)
    t = nonluhn(10)
    ser = alnum(10)
    ph = za_mobile()
    return [
        "A: good morning it service desk [[NAME:kagiso]] speaking",
        "C: morning my laptop screen has gone black and i have a presentation at "
        f"((time:{tw(10, 12, False)}))",
        "A: eish okay can i have your user id",
        f"C: [[ACCOUNT_NUMBER:u {D(uid)}]]",
        "A: and your name",
        "C: [[NAME:mandla ndlovu]]",
        "A: thanks [[NAME:mandla]] can you read me the serial number on the bottom of the laptop",
        f"C: ((other:{spell(ser)}))",
        "A: okay it's still under warranty i'll log it with the supplier and get you a loan laptop",
        "C: can i get it before the meeting",
        f"A: yes collect it from the third floor in ((duration:{N(num(15, 30))} minutes)) your ticket is "
        f"((other:{odd(t)}))",
        "A: and what's your cell in case the technician needs you",
        f"C: [[PHONE:{D(ph[0])} {D(ph[1])} {D(ph[2])}]]",
        "A: noted i'll send you an sms when it's ready",
        "C: thank you so much",
    ]


# ---- home insurance and property claims -------------------------------------------------------

@case("transcript")
def _():
    pol = dig(8)
    yy, mm, dd = dob(1968, 1996)
    n, hn = num(1, 40), num(2, 180)
    pc = "S" + str(num(1, 36)) + " " + str(num(1, 9)) + r.choice(UK_TAIL) + r.choice(UK_TAIL)
    cl = dig(7)
    mob = uk_mobile()
    return [
        "A: Good morning, Hearthguard Home Insurance claims, [[NAME:Jess]] speaking.",
        "C: Hi. A pipe burst in our loft last night and the kitchen ceiling's come down.",
        "A: Oh no. Is everyone safe?",
        "C: Yes, we turned the water off at the stopcock.",
        "A: Good. Can I take your policy number?",
        f"C: [[ACCOUNT_NUMBER:HG{pol}]].",
        "A: And your name and date of birth?",
        f"C: [[NAME:Oksana Petrenko]], [[DOB:{dd} {MONTHS[mm - 1]} {yy}]].",
        "A: Thank you. And the address of the property?",
        f"C: [[ADDRESS:Flat {n}, Cedar Court, {hn} Mill Lane, Sheffield]], [[POSTCODE:{pc}]].",
        f"A: Your excess is ((price:£{pick(100, 250, 350)})). I'll send an emergency plumber between "
        f"((time:{tam(9, 10, False)})) and ((time:{tam(12, 13, False)})). Your claim number is [[ACCOUNT_NUMBER:CL-{cl}]].",
        "C: How long will the drying out take?",
        f"A: Usually ((duration:{num(2, 3)} to {num(4, 5)} weeks)) with dehumidifiers. Is [[PHONE:{mob[0]} {mob[1]}]] "
        "the best number for the plumber?",
        "C: Yes, that's my mobile.",
        "A: Lovely. They'll ring you before they set off.",
        "C: Thank you, that's a weight off.",
    ]


@case("asr")
def _():
    pol = dig(10)
    ss4 = dig(4, False)
    box = num(10, 99)
    z = "676" + dig(2, False)
    ph = us_phone()
    ded = num(18, 45) * 100
    return [
        "A: thank you for calling prairie mutual claims my name is [[NAME:dustin]]",
        "C: hi we had a hailstorm tuesday and it tore up the roof and both trucks",
        "A: i'm sorry to hear that is everybody okay",
        "C: yeah we're fine just shook up",
        "A: okay can i get the policy number",
        f"C: [[ACCOUNT_NUMBER:{P(pol)}]]",
        "A: and the named insured",
        "C: that's me [[NAME:bill jorgensen]]",
        "A: and for verification the last four of your social",
        f"C: [[SSN:{D(ss4)}]]",
        "A: thanks mister [[NAME:jorgensen]] and the property address",
        f"C: [[ADDRESS:rural route {N(num(1, 9))} box {N(box)}]] out past hays kansas [[POSTCODE:{D(z)}]]",
        "A: how big were the hailstones",
        f"C: some of them were ((quantity:{N(num(2, 3))} inches)) across",
        f"A: wow okay your deductible is ((percentage:{N(pick(1, 2))} percent)) of the dwelling coverage so about "
        f"((price:{N(ded)} dollars))",
        "C: yeah i figured",
        f"A: an adjuster will call you within ((duration:{N(pick(24, 48, 72))} hours)) is [[PHONE:{D(ph[0])} {D(ph[1])} "
        f"{D(ph[2])}]] the best number",
        "C: yes ma'am",
    ]


@case("transcript")
def _():
    pol = dig(9)
    n = num(2, 90)
    pc = "41" + str(num(10, 99))
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    return [
        "A: Southern Shield Insurance, [[NAME:Tayla]] speaking.",
        "C: Hi. A tree came down on our carport in the storm on Saturday.",
        "A: Oh, I'm sorry. Is anyone hurt?",
        "C: No, just the car and the roof sheets.",
        "A: Can I have the policy number?",
        f"C: [[ACCOUNT_NUMBER:SSH{pol}]].",
        "A: And your name?",
        "C: [[NAME:Mariana Costa]].",
        "A: And the insured address?",
        f"C: [[ADDRESS:{n} Banksia Drive, Mount Cotton]], Queensland [[POSTCODE:{pc}]].",
        f"A: Thanks, [[NAME:Mariana]]. Your excess is ((price:${commas(str(pick(500, 750, 1000)))})). You can pay it now or have it "
        "taken off the settlement.",
        "C: I'll pay it now and get it over with.",
        "A: Card number?",
        f"C: [[CARD_NUMBER:{g4(crd)}]].",
        "A: Expiry?",
        f"C: [[EXPIRY:{m}/{y}]].",
        "A: And the CVV?",
        f"C: [[CVV:{cv}]].",
        f"A: Thanks. An assessor will be in touch within ((duration:{num(2, 3)} business days)). Where should I email "
        "the claim documents?",
        "C: [[EMAIL:mariana.costa.qld@gmail.com]].",
        "A: Done. Take photos of everything before it's moved.",
        "C: Will do, thanks.",
    ]


@case("asr")
def _():
    pol = dig(8)
    eir = eircode()
    yy, mm, dd = dob(1955, 1985)
    crd = mc()
    m, y = expiry()
    cv = cvv()
    prem = num(380, 760)
    return [
        "A: good afternoon celtic home insurance [[NAME:sinead]] speaking",
        "C: hello i got a letter about renewing the house insurance and i want to pay it over the phone",
        "A: no problem at all have you the policy number there",
        f"C: i do it's [[ACCOUNT_NUMBER:c h {D(pol[:4])} {D(pol[4:])}]]",
        "A: and your date of birth",
        f"C: [[DOB:{ordw(dd)} of {MONTHS[mm - 1].lower()} {year_words(yy)}]]",
        f"A: thank you and the eircode of the house",
        f"C: [[POSTCODE:{spell(eir)}]]",
        f"A: lovely mrs [[NAME:kavanagh]] the renewal is ((price:{N(prem)} euro)) for the year or "
        f"((price:{N(prem // 12 + 4)} euro)) a month",
        "C: i'll pay the whole lot",
        "A: grand go ahead with the card",
        f"C: [[CARD_NUMBER#c:{DB(crd[:4])}]]",
        "A: mm hmm",
        f"C: [[CARD_NUMBER#c:{DB(crd[4:8])}]]",
        "A: yep",
        f"C: [[CARD_NUMBER#c:{DB(crd[8:12])}]] and [[CARD_NUMBER#c:{DB(crd[12:])}]]",
        "A: and the expiry",
        f"C: [[EXPIRY:{two(m)} {two(y)}]]",
        "A: and the three digits on the back",
        f"C: [[CVV:{D(cv)}]]",
        "A: that's gone through you're covered for another year",
        "C: lovely thanks pet",
    ]


@case("transcript")
def _():
    pol = dig(9)
    rpt = f"{num(2024, 2025)}-{dig(6, False)}"
    n, apt = num(100, 990), num(101, 2400)
    pc = "M" + str(num(4, 6)) + r.choice("ABCEGHJKLMNPRSTV") + " " + str(num(1, 9)) + r.choice("ABCEGHJKLMNPRSTV") + str(num(0, 9))
    laptop = money(1100, 2400, cents=False)
    return [
        "A: Maple Leaf Home & Tenant, this is [[NAME:Connor]] in claims.",
        "C: Hi. My apartment was broken into yesterday while I was at work.",
        "A: I'm so sorry. Have you reported it to the police?",
        f"C: Yes, they gave me a report number, ((other:{rpt})).",
        "A: Thank you. And your policy number?",
        f"C: [[ACCOUNT_NUMBER:{pol}]].",
        "A: And your full name?",
        "C: [[NAME:Diego Hernández]].",
        "A: And the address?",
        f"C: [[ADDRESS:{n} Queen Street West, Unit {apt}, Toronto]], [[POSTCODE:{pc}]].",
        "A: What was taken?",
        f"C: A MacBook, about ((price:${commas(laptop)})), a bike, and ((count:{num(2, 3)})) watches.",
        "A: Do you have receipts?",
        "C: For the laptop, yes. I'm giving you the values in good faith for the rest.",
        f"A: That's fine, photos or bank statements help. Your deductible is ((price:${commas(str(pick(500, 1000)))})).",
        "C: Okay. What happens next?",
        f"A: An adjuster will call you within ((duration:{num(1, 2)} business days)).",
        "C: Thanks for your help.",
    ]


@case("asr")
def _():
    pol = dig(9)
    zid = za_id()
    ph = za_mobile()
    n = num(5, 300)
    pc = f"{num(7700, 7999)}"
    return [
        "A: good afternoon protea home cover claims [[NAME:thabo]] speaking",
        "C: hi my geezer burst this morning and the water went through the ceiling",
        "A: shame i'm sorry have you switched off the water at the mains",
        "C: yes my neighbour helped me",
        "A: okay can i have your policy number",
        f"C: [[ACCOUNT_NUMBER:{D(pol)}]]",
        "A: and your id number for verification",
        f"C: [[SSN#z:{D(zid[:6])}]] uh [[SSN#z:{D(zid[6:])}]]",
        "A: thank you and your name",
        "C: [[NAME:fatima adams]]",
        "A: what's the address of the property ms [[NAME:adams]]",
        f"C: [[ADDRESS:{N(n)} lotus road athlone]] [[POSTCODE:{D(pc)}]]",
        f"A: okay i'm sending a plumber he'll be there in about ((duration:{N(num(2, 3))} hours)) your excess is "
        f"((price:{N(pick(500, 750, 1000))} rand))",
        "C: okay fine",
        "A: and your cell number for the plumber",
        f"C: [[PHONE:{D(ph[0])} {D(ph[1])} {D(ph[2])}]]",
        "A: you'll get an sms with his name",
        "C: thanks so much",
    ]


@case("transcript")
def _():
    cl = dig(7)
    yy, mm, dd = dob(1950, 1980)
    n = num(2, 60)
    pc = "80" + str(num(11, 99))
    return [
        "A: Kia ora, Shaky Isles Insurance, [[NAME:Nikau]] speaking.",
        "C: Hello. I'm ringing about a claim for cracks after the earthquake last month.",
        "A: Do you have the claim number?",
        f"C: [[ACCOUNT_NUMBER:CLM{cl}]].",
        "A: Thank you. For security, your full name and date of birth?",
        f"C: [[NAME:Margaret Hohaia]], [[DOB:{dd} {MONTHS[mm - 1]} {yy}]].",
        "A: And the property address?",
        f"C: [[ADDRESS:{n} Kowhai Street, Lyttelton]] [[POSTCODE:{pc}]].",
        f"A: Thanks, Mrs [[NAME:Hohaia]]. The engineer's report came back: the chimney needs taking down and "
        f"((count:{num(3, 6)})) walls need relining. The estimate is ((price:${commas(money(18000, 42000, False))})).",
        "C: Goodness. And the excess?",
        f"A: ((percentage:{pick(1, 2)}%)) of the sum insured, so ((price:${commas(str(num(4, 9) * 1000))})).",
        "C: When can they start?",
        f"A: The builder has a slot in ((duration:{num(5, 8)} weeks)).",
        "C: Alright. Please email it all to my son, [[NAME:Rawiri]], at [[EMAIL:rawiri.hohaia@gmail.com]].",
        "A: I'll need your written permission for that, I'll send you a form.",
        "C: Thank you, dear.",
    ]


# ---- letting agents and landlords -------------------------------------------------------------

@case("asr")
def _():
    n, f = num(2, 120), num(1, 12)
    pc = "LS" + str(num(1, 29)) + " " + str(num(1, 9)) + r.choice(UK_TAIL) + r.choice(UK_TAIL)
    mob = uk_mobile()
    return [
        "A: morning parkside lettings [[NAME:becky]] speaking",
        "C: hi yeah i'm a tenant at one of your properties and the boiler's packed in again",
        "A: oh no which property is it",
        f"C: [[ADDRESS:{N(n)} tenby street flat {N(f)}]] [[POSTCODE:{spell(pc)}]]",
        "A: and your name",
        "C: [[NAME:kwame asante]]",
        "A: thanks [[NAME:kwame]] the landlord there is mister [[NAME:hargreaves]] isn't it",
        "C: yeah but he said to ring you lot",
        "A: that's fine when did it stop working",
        f"C: last night about ((time:{N(num(9, 11))})) no hot water no heating and i've got a "
        f"((other:{N(num(2, 4))} year old)) in the house",
        f"A: right i hope we can get someone out today i'll ring the gas engineer and call you back on "
        f"[[PHONE:{D(mob[0])} {D(mob[1])}]] is that right",
        "C: yeah that's the one",
        f"A: and if it's not fixed by ((time:{N(num(4, 6))} o'clock)) we'll drop some electric heaters round",
        "C: okay cheers that'd be great",
    ]


@case("transcript")
def _():
    unit = f"{num(2, 4)}{num(10, 20)}"
    yy, mm, dd = dob(1980, 2001)
    ssn = us_ssn()
    n, a = num(100, 3999), num(1, 30)
    z = "300" + dig(2, False)
    crd = amex()
    m, y = expiry()
    cv = cvv(4)
    return [
        "A: Oakridge Apartments leasing office, this is [[NAME:Shanice]].",
        "C: Hi, I'd like to finish my application over the phone. The online form kept timing out.",
        "A: Sure. Which unit are you applying for?",
        f"C: ((other:{unit}B)), the ((count:{num(2, 3)}))-bedroom.",
        "A: Great. Your full name?",
        "C: [[NAME:Ngozi Eze]].",
        "A: Date of birth?",
        f"C: [[DOB:{mm}/{dd}/{yy}]].",
        "A: And your Social Security number for the background check?",
        f"C: [[SSN:{'-'.join(ssn)}]].",
        "A: Current address?",
        f"C: [[ADDRESS:{n} Magnolia Court, Apt {a}, Decatur]], Georgia [[POSTCODE:{z}]].",
        f"A: Thank you. The application fee is ((price:${pick(35, 50, 75)})). Card number?",
        f"C: It's an Amex, [[CARD_NUMBER:{g4(crd)}]].",
        "A: Expiration?",
        f"C: [[EXPIRY:{m}/{y}]].",
        "A: And the four-digit code on the front?",
        f"C: [[CVV:{cv}]].",
        f"A: You'll hear back within ((duration:{pick(24, 48, 72)} hours)). Rent is ((price:${commas(str(num(1200, 1900)))})) "
        f"a month, due on the ((date:{ordinal(pick(1, 5))})).",
        "C: Thank you so much!",
    ]


@case("asr")
def _():
    yy, mm, dd = dob(1985, 2002)
    lic = dig(9)
    nn = dig(2)
    ph = au_mobile()
    rent = num(5, 8) * 100 + pick(0, 20, 50, 80)
    return [
        "A: hi harbour property [[NAME:jade]] speaking",
        "C: hi i'm calling about the unit on beach road i went to the inspection on saturday",
        "A: oh yes are you putting in an application",
        "C: yes i'm [[NAME:chen jia hui]]",
        "A: lovely i just need a couple of things your date of birth",
        f"C: [[DOB:{two(f'{dd:02d}')} {two(f'{mm:02d}')} {year_words(yy)}]]",
        "A: and your driver's licence number for the id check",
        f"C: [[ACCOUNT_NUMBER:{odd(lic)}]]",
        "A: thanks and an email we can send the forms to",
        f"C: [[EMAIL:c h e n j h {D(nn)} at outlook dot com]]",
        "A: and the best mobile",
        f"C: [[PHONE:{D(ph[0])} {D(ph[1])} {D(ph[2])}]]",
        f"A: just so you know the rent is ((price:{N(rent)} a week)) and the bond is ((duration:{N(pick(4, 6))} weeks)) rent",
        "C: yeah that's fine when will i hear back",
        f"A: usually within ((duration:{N(num(2, 3))} business days)) the owner is pretty quick",
        "C: okay thank you",
    ]


@case("transcript")
def _():
    pp = pps()
    ib = iban("IE", "BOFI", 14)
    eir = eircode()
    n = num(2, 80)
    rent = num(1100, 1800)
    return [
        "A: Good morning, Liffey Lettings, [[NAME:Cathal]] speaking.",
        "C: Hi [[NAME:Cathal]], I'm the new tenant in the flat on Harbour Row. I need the landlord's bit of the HAP "
        "form filled in.",
        "A: No problem. Can I take your name?",
        "C: [[NAME:Ifeoma Nwachukwu]].",
        "A: And the council will want your PPS number on it as well.",
        f"C: It's [[SSN:{pp}]].",
        f"A: Thanks. And the address is [[ADDRESS:Apartment {n}, The Maltings, Harbour Row, Cobh]], "
        f"[[POSTCODE:{eir}]]?",
        "C: That's right.",
        f"A: The rent on the lease is ((price:€{commas(str(rent))})) a month. Where should the council pay your share "
        "of the deposit back to if you leave?",
        f"C: My account, [[ACCOUNT_NUMBER:{ib}]].",
        "A: Perfect. I'll have the form signed and posted today.",
        "C: Brilliant, thanks a million.",
    ]


@case("asr")
def _():
    sin = dig(9)
    yy, mm, dd = dob(1988, 2003)
    n, a = num(10, 990), num(100, 1500)
    kids = num(1, 3)
    pc = "T" + str(num(2, 3)) + r.choice("ABCEGHJKLMNPRSTV") + " " + str(num(1, 9)) + r.choice("ABCEGHJKLMNPRSTV") + str(num(0, 9))
    return [
        "A: good afternoon bowriver rentals this is [[NAME:kayla]]",
        "C: hey i'm applying for the two bedroom on seventeenth avenue and the form asked me to call in",
        "A: sure we just need a couple of things for the credit check can i get your full name",
        "C: [[NAME:amir haddad]]",
        "A: and your date of birth",
        f"C: [[DOB:{MONTHS[mm - 1].lower()} {N(dd)} {year_words(yy)}]]",
        "A: and your social insurance number",
        f"C: [[SSN#s:{D(sin[:3])}]] uh [[SSN#s:{D(sin[3:])}]]",
        "A: and your current address",
        f"C: it's [[ADDRESS:{N(n, False)} centre street north unit {N(a, False)}]] in calgary [[POSTCODE:{spell(pc)}]]",
        "A: perfect and how many people would be living there",
        (f"C: ((count:{N(kids + 2)})) me my wife and our son" if kids == 1 else
         f"C: ((count:{N(kids + 2)})) me my wife and our ((count:{N(kids)})) kids"),
        f"A: okay the credit check takes about ((duration:{N(pick(24, 48))} hours)) and i'll call you",
        "C: awesome thanks",
    ]


@case("transcript")
def _():
    bond = dig(7)
    yy, mm, dd = dob(1975, 2000)
    acct = f"{num(1, 38):02d}-{dig(4, False)}-{dig(7, False)}-{dig(2, False)}"
    amt = num(16, 28) * 100
    return [
        "A: Kia ora, Tenancy Bonds, [[NAME:Ana]] speaking.",
        f"C: Hi, I moved out ((duration:{num(2, 6)} weeks)) ago and my bond hasn't come back.",
        "A: I can check that. What's the bond number?",
        f"C: [[ACCOUNT_NUMBER:{bond}]].",
        "A: And your name and date of birth?",
        f"C: [[NAME:Tevita Fifita]], [[DOB:{dd:02d}/{mm:02d}/{yy}]].",
        f"A: Thanks, [[NAME:Tevita]]. The bond is ((price:${commas(str(amt))})). Your landlord, Mrs [[NAME:Grayson]], "
        "signed the refund form, but the bank account on it was incomplete.",
        f"C: Oh. It should be [[ACCOUNT_NUMBER:{acct}]].",
        f"A: Let me read that back: [[ACCOUNT_NUMBER:{acct}]].",
        "C: Yes.",
        f"A: Great. It'll be paid within ((duration:{num(2, 5)} working days)).",
        "C: Thank you so much.",
    ]


@case("asr")
def _():
    aad = dig(12, False)
    pn = pan("R")
    n = num(2, 90)
    pin = "4110" + str(num(10, 99))
    rent = num(15, 35) * 1000
    return [
        "A: hello homeshield rentals this is [[NAME:anjali]]",
        "C: hello [[NAME:anjali]] i'm calling about the rental agreement for the flat in kothrud",
        "A: yes sir we are preparing the agreement may i have your full name",
        "C: [[NAME:rohan kulkarni]]",
        "A: and your aadhaar number for the police verification",
        f"C: [[SSN:{D(aad[:4])} {D(aad[4:8])} {D(aad[8:])}]]",
        "A: and your pan",
        f"C: [[SSN:{spell(pn)}]]",
        "A: and your present address sir",
        f"C: [[ADDRESS:{N(n)} shivaji nagar lane {N(num(2, 9))} karve road pune]] [[POSTCODE:{D(pin, 'zero')}]]",
        f"A: thank you the rent is ((price:{N(rent)} rupees)) and the deposit is ((duration:{N(num(3, 6))} months)) rent",
        f"C: and the agreement is for ((duration:{N(pick(11, 12))} months)) right",
        "A: yes sir you can sign it on saturday",
        "C: okay thank you",
    ]


# ---- student finance and universities ---------------------------------------------------------

@case("transcript")
def _():
    crn = dig(11)
    yy, mm, dd = dob(2003, 2006)
    pc = uk_postcode()
    sc = f"{dig(2)}-{dig(2, False)}-{dig(2, False)}"
    acc = dig(8, False)
    ni = ni_number()
    amt = commas(money(1800, 3900))
    return [
        "A: Student Finance, you're speaking to [[NAME:Rhys]]. Can I take your customer reference number?",
        f"C: It's [[ACCOUNT_NUMBER:{crn}]].",
        "A: Thank you. Your full name and date of birth?",
        f"C: [[NAME:Simran Kaur]], [[DOB:{dd} {MONTHS[mm - 1]} {yy}]].",
        "A: And the postcode on your account?",
        f"C: [[POSTCODE:{pc}]].",
        "A: Thanks, [[NAME:Simran]]. How can I help?",
        f"C: My maintenance loan hasn't arrived and term started ((duration:{num(2, 3)} weeks)) ago.",
        f"A: I can see ((price:£{amt})) was due on ((date:{num(18, 28)} September)), but the payment was rejected by "
        "the bank. Did you change accounts?",
        f"C: Yes, I switched to a student account. Sort code [[ACCOUNT_NUMBER:{sc}]], account number "
        f"[[ACCOUNT_NUMBER:{acc}]].",
        "A: And just to confirm it's you, your National Insurance number?",
        f"C: [[SSN:{' '.join(ni)}]].",
        f"A: That's updated. It'll be paid within ((duration:{num(3, 4)} to {num(5, 6)} working days)).",
        "C: Will I get a letter?",
        "A: A confirmation goes to your online account.",
        "C: Okay, thank you.",
    ]


@case("asr")
def _():
    sid = dig(9)
    ss4 = dig(4, False)
    fine = num(20, 90)
    tuition = num(1200, 3800)
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    return [
        "A: office of student accounts this is [[NAME:tiana]]",
        "C: hi i'm trying to register for summer session and it says there's a hold on my account",
        "A: okay i can look what's your student id",
        f"C: [[ACCOUNT_NUMBER:{D(sid)}]]",
        "A: and your name",
        "C: [[NAME:marisol vega]]",
        "A: and the last four of your social",
        f"C: [[SSN:{D(ss4)}]]",
        f"A: thank you [[NAME:marisol]] the hold is for a ((price:{N(fine)} dollar)) library fine and summer "
        f"tuition is ((price:{N(tuition)} dollars))",
        "C: can i pay all of it by card",
        "A: sure go ahead",
        f"C: okay [[CARD_NUMBER#c:{D(crd[:4])}]] um [[CARD_NUMBER#c:{D(crd[4:10])}]] and then "
        f"[[CARD_NUMBER#c:{D(crd[10:])}]]",
        "A: expiration",
        f"C: [[EXPIRY:{two(m)} {two(y)}]]",
        "A: and the cvv",
        f"C: [[CVV:{D(cv)}]]",
        f"A: you're all set the hold lifts within ((duration:{N(pick(24, 48))} hours)) and then you can register",
        "C: awesome thank you",
    ]


@case("transcript")
def _():
    sin = dig(9)
    yy, mm, dd = dob(1996, 2005)
    pc = "K" + str(num(1, 2)) + r.choice("ABCEGHJKLMNPRSTV") + " " + str(num(1, 9)) + r.choice("ABCEGHJKLMNPRSTV") + str(num(0, 9))
    ph = us_phone()
    return [
        "A: National Student Loans Service Centre, this is [[NAME:Émilie]].",
        "C: Hi. I finished school in April and I got a letter about repayment, but I can't afford it yet.",
        "A: I understand. Can I have your social insurance number to find your file?",
        f"C: [[SSN:{sin[:3]} {sin[3:6]} {sin[6:]}]].",
        "A: And your name and date of birth?",
        f"C: [[NAME:Kwabena Mensah]], [[DOB:{MONTHS[mm - 1]} {dd}, {yy}]].",
        "A: Thank you. And your postal code?",
        f"C: [[POSTCODE:{pc}]].",
        f"A: Thanks, Mr. [[NAME:Mensah]]. You're still in your grace period, so nothing is due until "
        f"((date:{MONTHS[num(9, 11)]} {num(1, 30)})). If your income is under ((price:${commas(str(num(40, 45) * 1000))})), you can "
        "apply for the Repayment Assistance Plan.",
        "C: I'm definitely under that.",
        "A: I'll send you the form. Is the best number still the one ending in "
        f"[[PHONE:{ph[2]}]]?",
        f"C: No, it's [[PHONE:{ph[0]}-{us_phone()[1]}-{dig(4, False)}]] now.",
        "A: Updated. You'll get a text when the form's ready.",
        "C: Thanks a lot.",
    ]


@case("asr")
def _():
    sn = dig(8)
    tfn = dig(9)
    ph = au_mobile()
    return [
        "A: hi student central [[NAME:mia]] speaking",
        "C: hi i'm a new international student and i've started a casual job and they're asking about a tax file "
        "number and my uni says i need to give it for my fees as well",
        "A: right so can i grab your student number",
        f"C: [[ACCOUNT_NUMBER:{D(sn)}]]",
        "A: and your name",
        "C: [[NAME:nguyen thi lan]]",
        f"A: thanks [[NAME:lan]] so for the help loan you'd need a tax file number have you got one now",
        f"C: yes it came last week it's [[SSN#t:{D(tfn[:3])}]] uh [[SSN#t:{D(tfn[3:])}]]",
        "A: perfect i'll add it and can you confirm your mobile",
        f"C: [[PHONE:{D(ph[0])} {D(ph[1])} {D(ph[2])}]]",
        "A: and your student email is the one with your number in it right",
        f"C: yes [[EMAIL:{D(sn)} at student dot unimelb dot edu dot au]]",
        f"A: great the census date is the ((date:{ordw(num(20, 31))} of march)) so it's in before then",
        "C: oh okay thank you so much",
    ]


@case("transcript")
def _():
    app = dig(10)
    yy, mm, dd = dob(2005, 2007)
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    fee = commas(str(num(1, 2) * 1000 + pick(0, 500)))
    return [
        "A: Good morning, admissions office, this is [[NAME:Shreya]].",
        "C: Good morning. My son got a seat in the B.Com programme and we need to pay the admission fee.",
        "A: Congratulations! May I have the application number?",
        f"C: [[ACCOUNT_NUMBER:APP{app}]].",
        "A: And the student's name and date of birth?",
        f"C: [[NAME:Aditya Rao]], [[DOB:{dd:02d}-{mm:02d}-{yy}]].",
        f"A: Thank you. The fee is ((price:Rs {fee})) and must be paid within ((duration:{num(3, 7)} days)). Would you "
        "like to pay by card now?",
        "C: Yes. I'm his father, [[NAME:Srinivas Rao]], it's my card.",
        "A: That's fine, sir. The card number?",
        f"C: [[CARD_NUMBER:{g4(crd)}]].",
        "A: Expiry date?",
        f"C: [[EXPIRY:{m}/{y}]].",
        "A: And the CVV?",
        f"C: [[CVV:{cv}]].",
        f"A: Payment successful. Classes begin on ((date:{ordinal(num(1, 10))} July)).",
        "C: Thank you very much.",
    ]


@case("asr")
def _():
    pp = pps()
    yy, mm, dd = dob(2002, 2006)
    app = dig(7)
    eir = eircode()
    grant = num(2, 6) * 1000 + pick(0, 500)
    return [
        "A: hello you're through to the student grants helpline [[NAME:ronan]] speaking",
        "C: hi i applied for the grant in may and it still says pending",
        "A: okay can i take your application number",
        f"C: [[ACCOUNT_NUMBER:{D(app)}]]",
        "A: and your pps number",
        f"C: [[SSN:{spell(pp)}]]",
        "A: and your date of birth",
        f"C: [[DOB:{ordw(dd)} of {MONTHS[mm - 1].lower()} {year_words(yy)}]]",
        "A: thanks is that [[NAME:caoimhe]] yeah",
        "C: yeah",
        "A: we're waiting on your mam's income details from revenue that's what's holding it up",
        "C: oh right she did send them",
        f"A: it can take ((duration:{N(num(2, 4))} weeks)) to link up the grant would be ((price:{N(grant)} euro)) for "
        "the year if it's approved",
        "A: and just confirming your eircode for the letter",
        f"C: [[POSTCODE:{spell(eir)}]]",
        "C: thanks",
    ]


@case("transcript")
def _():
    zid = za_id()
    sn = dig(9)
    ph = za_mobile()
    allow = num(10, 16) * 100
    return [
        "A: Good afternoon, student funding contact centre, [[NAME:Lindiwe]] speaking.",
        f"C: Hi. My book allowance hasn't come through and classes started ((duration:{num(3, 5)} weeks)) ago.",
        "A: I'm sorry. Can I have your ID number?",
        f"C: [[SSN:{zid}]].",
        "A: And your student number?",
        f"C: [[ACCOUNT_NUMBER:{sn}]].",
        "A: Thank you, and your name?",
        "C: [[NAME:Sibusiso Mahlangu]].",
        f"A: Thanks, [[NAME:Sibusiso]]. Your university hasn't confirmed your registration yet. Once they do, the "
        f"((price:R{commas(str(allow))})) is paid within ((duration:{num(7, 14)} days)).",
        "C: Who do I speak to at the university?",
        "A: The financial aid office. I'll also send you an SMS. Is your cell number "
        f"[[PHONE:{' '.join(ph)}]]?",
        "C: Yes. And can you email me too? [[EMAIL:sibusiso.m@mylife.unisa.ac.za]].",
        "A: Done.",
        "C: Thank you.",
    ]


# ---- pensions and payroll ---------------------------------------------------------------------

@case("asr")
def _():
    ni = ni_number()
    yy, mm, dd = dob(1940, 1955)
    n = num(2, 150)
    pc = "BD" + str(num(1, 22)) + " " + str(num(1, 9)) + r.choice(UK_TAIL) + r.choice(UK_TAIL)
    return [
        "A: good afternoon you're through to the civic pensions team [[NAME:lauren]] speaking",
        "C: hello love i'm ringing about my husband's pension he passed away last month",
        "A: oh i'm so sorry for your loss can i take his full name",
        "C: [[NAME:derek whitworth]]",
        "A: and do you have his national insurance number",
        f"C: i've got it here it's [[SSN:{spell(''.join(ni))}]]",
        "A: thank you and his date of birth",
        f"C: [[DOB:{ordw(dd)} of {MONTHS[mm - 1].lower()} {year_words(yy)}]]",
        "A: and can i take your name as well",
        "C: [[NAME:joan whitworth]]",
        f"A: thank you mrs [[NAME:whitworth]] you should be entitled to a spouse's pension of "
        f"((percentage:{N(pick(50, 60))} percent)) of his i'll send you a form is the address still [[ADDRESS:{N(n)} moorside "
        "avenue]]",
        "C: yes that's right",
        f"A: and the postcode [[POSTCODE:{spell(pc)}]]",
        "C: that's it",
        f"A: you'll need to send the death certificate with it the form should be with you in "
        f"((duration:{N(num(3, 5))} working days))",
        "C: thank you love you've been very kind",
    ]


@case("transcript")
def _():
    emp = dig(6)
    ss4 = dig(4, False)
    routing = "0" + dig(8, False)
    acct = dig(10, False)
    return [
        "A: Payroll Services, this is [[NAME:Dana]]. May I have your employee number?",
        f"C: [[ACCOUNT_NUMBER:{emp}]]. This is [[NAME:Chidi Okonjo]].",
        "A: And the last four of your Social?",
        f"C: [[SSN:{ss4}]].",
        "A: Thank you, Mr. [[NAME:Okonjo]]. What can I do for you?",
        "C: I changed banks, and I need my direct deposit updated before the next payday.",
        "A: I can do that. The routing number?",
        f"C: [[ACCOUNT_NUMBER:{routing}]].",
        "A: And the account number?",
        f"C: [[ACCOUNT_NUMBER:{acct}]].",
        f"A: Reading back: routing [[ACCOUNT_NUMBER:{routing}]], account ending [[ACCOUNT_NUMBER:{acct[-4:]}]].",
        f"C: Correct. Also, my supervisor, [[NAME:Will Foster]], said my overtime from last week is missing. It was "
        f"((quantity:{num(4, 9)}.{pick(5, 25, 75)} hours)).",
        f"A: I only see ((quantity:{pick(38, 40)} hours)) regular. The overtime hasn't been approved yet; he has to approve "
        f"it in the timesheet system by ((time:{tam(15, 17, False)})) Friday.",
        "C: Okay, I'll let him know.",
        "A: The new account is active from the next pay run.",
        "C: Thanks.",
    ]


@case("asr")
def _():
    mem = dig(8)
    yy, mm, dd = dob(1970, 1995)
    tfn = dig(9)
    bal = num(3000, 12000)
    return [
        "A: hi you've called sunrise super my name's [[NAME:josh]]",
        "C: hi i want to roll my old super accounts into this one",
        "A: sure can i get your member number",
        f"C: [[ACCOUNT_NUMBER:{D(mem)}]]",
        "A: and your full name and date of birth",
        f"C: [[NAME:rosa delgado]] [[DOB:{ordw(dd)} {MONTHS[mm - 1].lower()} {year_words(yy)}]]",
        "A: thanks [[NAME:rosa]] to search for your other accounts i need your tax file number",
        f"C: [[SSN:{D(tfn[:3])} {D(tfn[3:6])} {D(tfn[6:])}]]",
        f"A: okay i can see ((count:{N(2)})) other accounts one with about ((price:{N(bal)} dollars)) and a small one "
        f"with ((price:{N(num(200, 900))} dollars)) and they're both charging fees",
        "C: yeah roll them both in",
        f"A: done it takes up to ((duration:{N(num(3, 5))} business days)) and you'll get a letter from each fund",
        "C: easy thanks",
    ]


@case("transcript")
def _():
    pp = pps()
    emp = dig(5)
    ib = iban("IE", "AIBK", 14)
    net = money(1800, 3200)
    return [
        "A: Payroll, [[NAME:Gráinne]] speaking.",
        f"C: Hi, it's [[NAME:Mark Adeyinka]] from the Galway warehouse, employee number [[ACCOUNT_NUMBER:{emp}]].",
        "A: Hi [[NAME:Mark]]. What's up?",
        "C: My payslip says emergency tax this month and I've lost nearly half my wages.",
        "A: That usually means Revenue hasn't sent us your tax credits. Can you confirm your PPS number?",
        f"C: [[SSN:{pp}]].",
        "A: Thanks. I can see it's been updated this morning, so the refund will come in the next pay.",
        f"C: How much should the net pay be normally?",
        f"A: About ((price:€{commas(net)})) for the month.",
        f"C: Okay. And the bank is still [[ACCOUNT_NUMBER:{ib}]]?",
        "A: Yes, that's the one on file.",
        "C: Grand, thanks.",
    ]


@case("asr")
def _():
    sin = dig(9)
    yy, mm, dd = dob(1956, 1962)
    site, box = num(2, 30), num(2, 60)
    pc = "E" + str(num(1, 9)) + r.choice("ABCEGHJKLMNPRSTV") + " " + str(num(1, 9)) + r.choice("ABCEGHJKLMNPRSTV") + str(num(0, 9))
    amt = num(700, 1300)
    age = pick(60, 65)
    return [
        "A: good morning pension services canada this is [[NAME:marc]]",
        f"C: hi i'm turning ((other:{N(age)})) in the fall and i want to start my pension",
        "A: happy early birthday can i get your social insurance number",
        f"C: [[SSN#s:{D(sin[:3])}]] hang on my glasses [[SSN#s:{D(sin[3:])}]]",
        "A: and your name and date of birth",
        f"C: [[NAME:yvonne leblanc]] [[DOB:{MONTHS[mm - 1].lower()} {ordw(dd)} {year_words(yy)}]]",
        "A: and your mailing address",
        f"C: it's [[ADDRESS:site {N(site)} box {N(box)} r r {N(num(1, 4))} shediac]] new brunswick",
        "A: postal code",
        f"C: [[POSTCODE:{spell(pc)}]]",
        f"A: okay based on your contributions you'd get about ((price:{N(amt)} dollars)) a month starting at "
        f"((other:{N(age)})) or more if you wait until ((other:{N(age + 5)}))",
        f"C: i'll start it at ((other:{N(age)})) i think",
        f"A: i'll mail you the application it takes about ((duration:{N(pick(8, 12))} weeks)) once we get it back",
        "C: okay thank you dear",
    ]


@case("transcript")
def _():
    mem = dig(8)
    ird = dig(9)
    yy, mm, dd = dob(1988, 2000)
    bal = commas(money(18000, 46000))
    return [
        "A: Kia ora, Harbour KiwiSaver, [[NAME:Tui]] speaking.",
        "C: Kia ora. I'm buying my first home and I want to withdraw my KiwiSaver for the deposit.",
        "A: Exciting! Can I get your member number?",
        f"C: [[ACCOUNT_NUMBER:{mem}]].",
        "A: And your IRD number?",
        f"C: [[SSN:{ird[:3]}-{ird[3:6]}-{ird[6:]}]].",
        "A: Your full name and date of birth?",
        f"C: [[NAME:Kahurangi Tipene]], [[DOB:{dd} {MONTHS[mm - 1]} {yy}]].",
        f"A: Thanks, [[NAME:Kahurangi]]. Your balance is ((price:${bal})), and you can take out everything except "
        "the government's contributions.",
        f"C: Settlement is on the ((date:{ordinal(num(2, 28))} of {MONTHS[num(0, 11)]})).",
        f"A: We need the application at least ((duration:{pick(10, 15)} working days)) before that. Shall I email the "
        "form to [[EMAIL:k.tipene@gmail.com]]?",
        "C: Yes, please.",
        "A: Your solicitor has to sign it as well, and send us the sale and purchase agreement.",
        "C: Okay, cheers for that.",
    ]


@case("asr")
def _():
    uan = dig(12)
    aad = dig(12, False)
    yy, mm, dd = dob(1968, 1985)
    wrong_dd = dd + 1 if dd < 28 else dd - 1
    mob = in_mobile()
    return [
        "A: namaste epf helpdesk [[NAME:sanjay]] speaking",
        "C: namaste sir my pf withdrawal claim got rejected",
        "A: please tell your uan number",
        f"C: [[ACCOUNT_NUMBER:{D(uan, 'zero')}]]",
        "A: and the member name",
        "C: [[NAME:lakshmi narayanan]]",
        f"A: madam the date of birth in our records is [[DOB:{two(f'{wrong_dd:02d}')} {two(f'{mm:02d}')} {year_words(yy)}]] "
        "but in your aadhaar it is different so the claim was rejected",
        f"C: no no my date of birth is [[DOB:{ordw(dd)} {MONTHS[mm - 1].lower()} {year_words(yy)}]] the office made a "
        "mistake",
        "A: then you have to submit the joint declaration form through your employer",
        f"C: my aadhaar number is [[SSN:{D(aad[:4], 'zero')} {D(aad[4:8], 'zero')} {D(aad[8:], 'zero')}]] can you "
        "check it",
        "A: madam i cannot change it on call please submit the form online it takes "
        f"((duration:{N(num(15, 30))} days))",
        "C: okay the otp will come on my mobile",
        f"A: yes on the mobile linked to the uan ending [[PHONE:{D(mob[1][-4:])}]]",
        "C: yes that is my number thank you",
    ]


# ---- vehicle finance --------------------------------------------------------------------------

@case("transcript")
def _():
    agr = dig(8)
    yy, mm, dd = dob(1975, 1999)
    pc = "SA" + str(num(1, 18)) + " " + str(num(1, 9)) + r.choice(UK_TAIL) + r.choice(UK_TAIL)
    reg = "CF" + str(num(16, 24)) + " " + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    pay = money(180, 390)
    return [
        "A: Good afternoon, Northgate Motor Finance, you're speaking with [[NAME:Tom]].",
        "C: Hi [[NAME:Tom]]. I missed my car payment this month and I want to sort it before it goes on my credit file.",
        "A: Thanks for calling us. Can I take your agreement number?",
        f"C: [[ACCOUNT_NUMBER:NMF{agr}]].",
        "A: And your name, date of birth and postcode?",
        f"C: [[NAME:Bronwen Jenkins]], [[DOB:{dd:02d}/{mm:02d}/{yy}]], [[POSTCODE:{pc}]].",
        "A: Thanks, [[NAME:Bronwen]]. And the registration of the car?",
        f"C: [[ACCOUNT_NUMBER:{reg}]]. It's the ((year:{2000 + int(reg[2:4]) - pick(0, 1)})) Corsa.",
        f"A: Lovely. The missed payment is ((price:£{pay})) plus a ((price:£{pick(15, 25)})) late fee. Can I take a card?",
        f"C: Yes. [[CARD_NUMBER:{g4(crd)}]].",
        "A: Expiry?",
        f"C: [[EXPIRY:{m}/{y}]].",
        "A: And the security code?",
        f"C: [[CVV:{cv}]].",
        f"A: That's gone through, and it won't be reported. You've got ((count:{num(8, 30)})) payments left.",
        "C: Thanks, that's a relief.",
    ]


@case("asr")
def _():
    acct = dig(10)
    v = vin()
    ss4 = dig(4, False)
    crd = card("5" + str(num(1, 5)))
    m, y = expiry()
    cv = cvv()
    z = zip5()
    pay = num(280, 640)
    return [
        "A: thank you for calling lone star auto finance this is [[NAME:rick]]",
        f"C: hey i need to make a payment on my ((year:{year_words(num(2018, 2023))})) ((model_number:f one fifty)) and "
        "also i think the vin on my account is wrong",
        "A: okay let's start with the account number",
        f"C: [[ACCOUNT_NUMBER:{P(acct)}]]",
        "A: and the last four of your social",
        f"C: [[SSN:{D(ss4)}]]",
        "A: thank you and your name",
        "C: [[NAME:graciela montoya]]",
        f"A: okay ms [[NAME:montoya]] the vin on the account is [[ACCOUNT_NUMBER:{spell(v)}]]",
        f"C: hang on let me check the insurance card yeah that matches i was looking at the dealer's stock number "
        f"((other:{D(dig(6))})) on the window sticker",
        f"A: no problem and the payment is ((price:{N(pay)} dollars)) today",
        "C: yep",
        "A: go ahead with the card when you're ready",
        f"C: [[CARD_NUMBER#c:{P(crd[:4])}]]",
        "A: uh huh",
        f"C: [[CARD_NUMBER#c:{P(crd[4:8])}]] hold on",
        "A: take your time",
        f"C: [[CARD_NUMBER#c:{P(crd[8:])}]]",
        "A: expiration",
        f"C: [[EXPIRY:{two(m)} {two(y)}]]",
        "A: and the three digit code",
        f"C: [[CVV:{D(cv)}]]",
        "A: billing zip",
        f"C: [[POSTCODE:{D(z)}]]",
        "A: posted you'll get a confirmation email",
    ]


@case("transcript")
def _():
    con = dig(9)
    rego = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + str(num(10, 99)) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    yy, mm, dd = dob(1980, 2000)
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    bal = commas(money(6000, 19000))
    return [
        "A: Good morning, Sunburnt Country Car Loans, [[NAME:Jarrah]] speaking.",
        f"C: Hi, I sold my car privately, the ((year:{num(2016, 2022)})) Mazda ((model_number:CX-{pick(3, 5)})), and I want "
        "to pay out the loan.",
        "A: No worries. What's the contract number?",
        f"C: [[ACCOUNT_NUMBER:{con}]].",
        "A: And your name and date of birth?",
        f"C: [[NAME:Hamid Rahimi]], [[DOB:{dd} {MONTHS[mm - 1]} {yy}]].",
        "A: And the rego of the car?",
        f"C: [[ACCOUNT_NUMBER:{rego}]].",
        f"A: Thanks, [[NAME:Hamid]]. The payout figure today is ((price:${bal})), which includes a "
        f"((price:${pick(150, 250, 300)})) early termination fee. It's valid for ((duration:{pick(7, 10, 14)} days)).",
        "C: Can I pay part of it on a card?",
        f"A: Up to ((price:${commas(str(pick(2000, 5000)))})) on a card, and the rest by bank transfer.",
        "C: Okay, let's do the card part now.",
        "A: Card number?",
        f"C: [[CARD_NUMBER:{g4(crd)}]].",
        "A: Expiry?",
        f"C: [[EXPIRY:{m}/{y}]].",
        "A: CVV?",
        f"C: [[CVV:{cv}]].",
        "A: Done. Once the rest clears, we'll release the security interest on the car.",
        "C: Great, thanks.",
    ]


@case("asr")
def _():
    acct = dig(11)
    zid = za_id()
    ph = za_mobile()
    reg = f"c a {D(dig(3))} {D(dig(3, False))}"
    inst = num(3500, 8900)
    return [
        "A: good morning ubuntu vehicle finance [[NAME:nokuthula]] speaking",
        "C: morning i want to find out how much is left on my car",
        "A: no problem can i have your account number",
        f"C: [[ACCOUNT_NUMBER:{odd(acct)}]]",
        "A: and your id number please",
        f"C: [[SSN:{odd(zid)}]]",
        "A: thank you and your full names",
        "C: [[NAME:lwazi mokoena]]",
        f"A: thank you mister [[NAME:mokoena]] is this for the ((year:{year_words(num(2017, 2022))})) polo with "
        "registration",
        f"C: yes [[ACCOUNT_NUMBER:{reg}]]",
        f"A: okay you have ((count:{N(num(6, 20))})) instalments of ((price:{N(inst)} rand)) left and then the "
        f"balloon payment of ((percentage:{N(pick(20, 30, 35))} percent))",
        "C: can you sms me the settlement letter",
        f"A: sure to [[PHONE:{D(ph[0])} {D(ph[1])} {D(ph[2])}]]",
        "C: yes that's my number",
        "A: it's on its way",
        "C: thanks",
    ]


@case("transcript")
def _():
    lease = dig(9)
    v = vin()
    pc = "H" + str(num(1, 9)) + r.choice("ABCEGHJKLMNPRSTV") + " " + str(num(1, 9)) + r.choice("ABCEGHJKLMNPRSTV") + str(num(0, 9))
    crd = mc()
    m, y = expiry()
    cv = cvv()
    over = num(1200, 5800)
    rate = pick("0.08", "0.10", "0.12")
    return [
        "A: Laurentian Auto Leasing, this is [[NAME:Sébastien]].",
        "C: Hi, I'm returning my lease next week and I got an estimate for extra kilometres.",
        "A: Sure. What's the lease account number?",
        f"C: [[ACCOUNT_NUMBER:{lease}]].",
        "A: And your name?",
        "C: [[NAME:Fernanda Oliveira Santos]].",
        f"A: Thank you. And can you read me the VIN from the windshield, just to make sure it's the right vehicle?",
        f"C: [[ACCOUNT_NUMBER:{v}]].",
        f"A: That matches. You're ((quantity:{commas(str(over))} km)) over the allowance, at ((price:${rate})) a kilometre.",
        "C: Can I pay that now, so it's not a surprise at the dealership?",
        "A: Yes. Card number?",
        f"C: [[CARD_NUMBER:{g4(crd)}]].",
        "A: Expiry?",
        f"C: [[EXPIRY:{m}/{y}]].",
        "A: And the CVC?",
        f"C: [[CVV:{cv}]].",
        "A: And the postal code on the card?",
        f"C: [[POSTCODE:{pc}]].",
        "A: Done, the receipt's going to your email on file.",
        "C: Perfect. Thanks.",
    ]


@case("asr")
def _():
    agr = dig(8)
    yr = num(16, 24)
    half = num(1, 2)
    regn = dig(5)
    eir = eircode()
    crd = card("4")
    m, y = expiry()
    cv = cvv()
    amt = num(250, 520)
    return [
        "A: hello emerald motor finance [[NAME:shane]] speaking",
        "C: hi there i'm after getting a text saying my direct debit bounced",
        "A: ah sorry about that can i take the agreement number",
        f"C: [[ACCOUNT_NUMBER:{D(agr)}]]",
        "A: and the reg of the car",
        f"C: [[ACCOUNT_NUMBER:{D(str(yr))} {ONES[half]} d {D(regn)}]]",
        "A: and your name",
        "C: [[NAME:dorota zielinska]]",
        "A: and the eircode",
        f"C: [[POSTCODE:{spell(eir)}]]",
        f"A: grand [[NAME:dorota]] the payment was ((price:{N(amt)} euro)) we'll try the debit again in "
        f"((duration:{N(num(5, 10))} days)) or you can pay it by card now",
        "C: i'll pay it now i changed banks that's why it bounced",
        "A: no problem go ahead",
        f"C: [[CARD_NUMBER#c:{D(crd[:8])}]] sorry the line is breaking up",
        "A: that's grand",
        f"C: [[CARD_NUMBER#c:{D(crd[8:])}]]",
        "A: and expiry",
        f"C: [[EXPIRY:{two(m)} {two(y)}]]",
        "A: and the cvv",
        f"C: [[CVV:{D(cv)}]]",
        "A: that's gone through and you can send us the new bank details by post for the direct debit",
        "C: lovely thanks",
    ]


# ==== END OF CASES ====

# ---------------------------------------------------------------------------------------------
# markup, offsets, checks
# ---------------------------------------------------------------------------------------------

MARK = re.compile(r"\[\[([A-Z_]+)(?:#([A-Za-z0-9]+)(!?))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")

# words inside a spelled-out name that are not name words (phonetic alphabet and glue)
SPELL_WORDS = set("""alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett
kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray
yankee zulu for as in like dash hyphen double apostrophe capital space then and with the of
that's thats is it's its mary apple""".split())


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def words(s):
    return re.findall(r"[a-z]+(?:'[a-z]+)*", fold(s).lower())


def parse_case(idx, style, lines, problems):
    cid = f"{PREFIX}{idx:03d}"
    utts, pii, keep = [], [], []
    solo = 0
    for ui, line in enumerate(lines):
        if line[:3] not in ("A: ", "C: ", "I: "):
            problems.append(f"{cid} u{ui}: no speaker prefix: {line[:40]!r}")
            continue
        speaker = SPEAKERS[line[0]]
        raw = line[3:]
        text, pos = "", 0
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()]
            if m.group(1):
                typ, tag, bang, inner = m.group(1), m.group(2), m.group(3), m.group(4)
                start = len(text)
                text += inner
                if tag:
                    key = ("tag", tag)
                else:
                    solo += 1
                    key = ("solo", solo)
                pii.append({"utterance": ui, "start": start, "end": len(text), "type": typ,
                            "_key": key, "_skip": bool(bang), "_text": inner})
            else:
                kind, inner = m.group(5), m.group(6)
                start = len(text)
                text += inner
                keep.append({"utterance": ui, "start": start, "end": len(text), "kind": kind,
                             "_text": inner})
            pos = m.end()
        text += raw[pos:]
        utts.append({"speaker": speaker, "text": text})
    # groups by first appearance
    pii.sort(key=lambda s: (s["utterance"], s["start"]))
    keep.sort(key=lambda s: (s["utterance"], s["start"]))
    names = {}
    for s in pii:
        if s["_key"] not in names:
            names[s["_key"]] = f"g{len(names) + 1}"
        s["group"] = names[s["_key"]]
    return {"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep}


def check_case(c, problems):
    cid = c["case_id"]
    utts = c["utterances"]

    def bad(msg):
        problems.append(f"{cid}: {msg}")

    if c["style"] not in STYLES:
        bad(f"style {c['style']}")
    if not 6 <= len(utts) <= 25:
        bad(f"{len(utts)} utterances")
    for ui, u in enumerate(utts):
        t = u["text"]
        if u["speaker"] not in SPEAKERS.values():
            bad(f"u{ui} speaker {u['speaker']}")
        for m in ("[[", "]]", "((", "))"):
            if m in t:
                bad(f"u{ui} markup left over: {t!r}")
        if not t.strip() or t != t.strip() or "  " in t:
            bad(f"u{ui} spacing: {t!r}")
        if c["style"] == "asr":
            if re.search(r"[^a-z0-9' ]", t):
                bad(f"u{ui} asr has capitals or punctuation: {t!r}")
            if re.search(r"(^|[^a-z])'|'($|[^a-z])", t):
                bad(f"u{ui} asr apostrophe outside a word: {t!r}")
    spans = [("pii", s) for s in c["pii"]] + [("keep", s) for s in c["keep"]]
    for kind, s in spans:
        ui = s["utterance"]
        if not 0 <= ui < len(utts):
            bad(f"span in missing utterance {ui}")
            continue
        t = utts[ui]["text"]
        got = t[s["start"]:s["end"]]
        if not (0 <= s["start"] < s["end"] <= len(t)) or got != s["_text"]:
            bad(f"u{ui} offsets {s['start']}-{s['end']} give {got!r}, not {s['_text']!r}")
        if got != got.strip() or not got:
            bad(f"u{ui} span has outer spaces: {got!r}")
        elif not (got[0].isalnum() or got[0] in "$£€+R") or not (got[-1].isalnum() or got[-1] in "%"):
            bad(f"u{ui} span starts or ends with punctuation: {got!r}")
        # a span must not cut a word
        if s["start"] > 0 and t[s["start"] - 1].isalnum():
            bad(f"u{ui} span starts inside a word: {got!r}")
        if s["end"] < len(t) and t[s["end"]].isalnum():
            bad(f"u{ui} span ends inside a word: {got!r}")
        if kind == "pii" and s["type"] == "NAME" and re.match(r"(?i)(mr|mrs|ms|miss|dr|mister|missus)\b", got):
            bad(f"u{ui} title inside a NAME span: {got!r}")
        if kind == "pii" and s["type"] not in PII_TYPES:
            bad(f"u{ui} pii type {s['type']}")
        if kind == "keep":
            if s["kind"] not in KEEP_KINDS:
                bad(f"u{ui} keep kind {s['kind']}")
            ds = spoken_digits(got)
            if len(ds) >= 10 and luhn_ok(ds):
                bad(f"u{ui} keep span with {len(ds)} digits passes Luhn: {got!r}")
            if not ds and not re.search(r"\d", got):
                bad(f"u{ui} keep span without a number: {got!r}")
    # overlaps
    by_utt = {}
    for kind, s in spans:
        by_utt.setdefault(s["utterance"], []).append((s["start"], s["end"], kind, s["_text"]))
    for ui, lst in by_utt.items():
        lst.sort()
        for a, b in zip(lst, lst[1:]):
            if b[0] < a[1]:
                bad(f"u{ui} spans overlap: {a[3]!r} / {b[3]!r}")
    # digits outside spans
    for ui, u in enumerate(utts):
        covered = set()
        for st, en, _, _ in by_utt.get(ui, []):
            covered.update(range(st, en))
        for i, ch in enumerate(u["text"]):
            if ch.isdigit() and i not in covered:
                bad(f"u{ui} digit outside every span at {i}: {u['text']!r}")
                break
    # groups: numbering, types, adjacency, Luhn
    seen, order = {}, []
    for s in sorted(c["pii"], key=lambda s: (s["utterance"], s["start"])):
        g = s["group"]
        if g not in seen:
            seen[g] = s["type"]
            order.append(g)
            if g != f"g{len(order)}":
                bad(f"group {g} out of order")
        elif seen[g] != s["type"]:
            bad(f"group {g} mixes {seen[g]} and {s['type']}")
    groups = {}
    for s in sorted(c["pii"], key=lambda s: (s["utterance"], s["start"])):
        groups.setdefault(s["group"], []).append(s)
    for g, pieces in groups.items():
        for a, b in zip(pieces, pieces[1:]):
            if a["utterance"] == b["utterance"]:
                between = utts[a["utterance"]]["text"][a["end"]:b["start"]]
                if not re.search(r"[A-Za-z0-9]", between):
                    bad(f"group {g}: pieces parted only by {between!r}")
        if pieces[0]["type"] == "CARD_NUMBER":
            used = [p for p in pieces if not p["_skip"]]
            ds = "".join(spoken_digits(p["_text"]) for p in used)
            if not used or len(ds) <= 4:
                continue
            if not 13 <= len(ds) <= 19 or not luhn_ok(ds):
                bad(f"card group {g} digits {ds} fail Luhn")
    # name words said again outside a pii span
    namewords = set()
    for s in c["pii"]:
        if s["type"] == "NAME":
            for w in words(s["_text"]):
                if len(w) > 1 and w not in SPELL_WORDS:
                    namewords.add(w)
    for ui, u in enumerate(utts):
        t = u["text"]
        cuts = sorted((s["start"], s["end"]) for s in c["pii"] if s["utterance"] == ui)
        outside, pos = [], 0
        for st, en in cuts:
            outside.append(t[pos:st])
            pos = en
        outside.append(t[pos:])
        for w in words(" ".join(outside)):
            if w in namewords:
                bad(f"u{ui} name word {w!r} said outside a pii span: {t!r}")


def plain(c, ui):
    """an utterance with no pii, no keep and no number at all."""
    if any(s["utterance"] == ui for s in c["pii"] + c["keep"]):
        return False
    t = c["utterances"][ui]["text"]
    if re.search(r"\d", t):
        return False
    return not any(w in NUMWORDS and w not in ("o",) for w in words(t))


def build():
    problems = []
    cases = []
    for i, (style, fn) in enumerate(CASES, 1):
        lines = fn()
        c = parse_case(i, style, lines, problems)
        check_case(c, problems)
        cases.append(c)
    return cases, problems


def main():
    cases, problems = build()
    n_utt = sum(len(c["utterances"]) for c in cases)
    n_keep = sum(len(c["keep"]) for c in cases)
    per_type = {t: 0 for t in PII_TYPES}
    spans_type = {t: 0 for t in PII_TYPES}
    for c in cases:
        for g in {(s["group"], s["type"]) for s in c["pii"]}:
            per_type[g[1]] += 1
        for s in c["pii"]:
            spans_type[s["type"]] += 1
    per_kind = {k: 0 for k in KEEP_KINDS}
    for c in cases:
        for s in c["keep"]:
            per_kind[s["kind"]] += 1
    styles = {s: sum(1 for c in cases if c["style"] == s) for s in STYLES}
    plain_utts = [(c["case_id"], ui) for c in cases for ui in range(len(c["utterances"]))
                  if plain(c, ui)]
    plain_cases = {cid for cid, _ in plain_utts}

    print(f"cases {len(cases)}  utterances {n_utt}  keep spans {n_keep}  "
          f"pii spans {sum(len(c['pii']) for c in cases)}")
    print("styles: " + ", ".join(f"{s} {n}" for s, n in styles.items()))
    print(f"utterances with no pii and no number: {len(plain_utts)} in {len(plain_cases)} cases")
    print("pii values (groups) / spans per type:")
    for t in PII_TYPES:
        print(f"  {t:15s} {per_type[t]:4d} / {spans_type[t]:4d}")
    print("keep spans per kind:")
    for k in KEEP_KINDS:
        print(f"  {k:15s} {per_kind[k]:4d}")

    if len(cases) < MIN_CASES:
        problems.append(f"only {len(cases)} cases")
    if n_utt < MIN_UTTERANCES:
        problems.append(f"only {n_utt} utterances")
    if n_keep < MIN_KEEP:
        problems.append(f"only {n_keep} keep spans")
    for t, n in MIN_GROUPS.items():
        if per_type[t] < n:
            problems.append(f"only {per_type[t]} {t} values (need {n})")
    if len(plain_utts) < MIN_PLAIN:
        problems.append(f"only {len(plain_utts)} plain utterances")
    if len(plain_cases) < len(cases) // 3:
        problems.append(f"plain utterances in only {len(plain_cases)} cases")
    half = len(cases) / 2
    for s, n in styles.items():
        if abs(n - half) > 0.1 * half:
            problems.append(f"style {s}: {n} of {len(cases)} cases")

    if problems:
        print(f"\n{len(problems)} problems; nothing written:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            rec = {"case_id": c["case_id"], "style": c["style"], "utterances": c["utterances"],
                   "pii": [{k: s[k] for k in ("utterance", "start", "end", "type", "group")}
                           for s in c["pii"]],
                   "keep": [{k: s[k] for k in ("utterance", "start", "end", "kind")}
                            for s in c["keep"]]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"\nwrote {OUT} ({len(cases)} cases)")


if __name__ == "__main__":
    main()
