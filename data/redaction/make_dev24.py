#!/usr/bin/env python3
"""Write dev24.jsonl (written as the held-out test20.jsonl, measured once with the twenty-second
round's code, then made a development set in round twenty-three) for the transcript redactor (README format and span
conventions).  Standard library only; every number comes from random.Random(SEED), so two runs
give byte-identical output.  Run: python3 data/redaction/make_dev24.py

The conversations are hand-written, one function each (86 calls, half `asr`, half
`transcript`), with inline markup in the utterances:
    [[TYPE:text]]       a pii value said in one piece (a group of its own)
    [[TYPE#tag:text]]   a piece of a value; pieces with the same tag in one case share a group
    ((kind:text))       a keep span (a look-alike that must not be redacted)
The script strips the markup, computes [start, end) offsets, numbers groups g1, g2, ... by first
appearance in each case, numbers cases t20-001 ..., and refuses to write (exit 1, listing the
problems) unless every check passes: span text and offsets; types, keep kinds, speakers and
styles from the README's lists; groups numbered by first appearance and never mixing types;
a piece tag used only once (a piece left untagged); card groups pass Luhn (groups of 12 or more
digits; read-backs of a last four are not checked) and hold 4, 15 or 16 digits; keep spans of 10
or more digits fail Luhn; no digit outside a pii or keep span; no overlapping spans; two pieces
of one group in one utterance parted only by spaces or punctuation; asr text with capitals,
punctuation or an apostrophe outside a word; leftover markup or braces; a name word (two letters
or more, not the "as"/"in" of a spelling) labelled in a case and said again in that case
outside a pii span; 6 to 25 utterances a case; the minimum counts; the two styles half and half
within 10% (|asr - transcript| <= 10% of the total, by cases and by utterances); at least 60
plain utterances (no span, no digit, no number word) in at least half the cases.  Spoken
numbers are read back to digits for the Luhn checks: runs of number words digit by digit ("oh
double seven" 077, "forty one eleven" 4111, "twenty twenty five" 2025) unless the run holds
"hundred" or "thousand" ("nine hundred" 900, "one thousand five hundred and fifty six" 1556).

What this set leans on
- Industries earlier sets covered little: debt collection and arrears (letters read out, payment
  arrangements with several amounts and dates, council tax, utility and medical debt),
  buy-now-pay-later and payday loans (an IVR pay-by-phone line), funeral directors and
  bereavement teams (a relative giving a deceased person's details), immigration, visa and
  passport services (passport numbers, application references, interpreters), car dealerships
  and garages (VINs, plates, mileage, part and stock numbers), pest control, emergency plumbers,
  childcare, schools and exam boards, sports and concert ticketing (section, bay, row and seat
  numbers), streaming, meal-kit and newspaper subscriptions, pet insurance and vets.
- Callers from the US, UK, Ireland, Canada, Australia, New Zealand, South Africa and India with
  their own identifiers (SSN, NI, PPS, SIN, IRD, SA ID, Aadhaar, PAN, Medicare, CRN, NSN),
  postcodes (ZIP, UK postcode, Eircode, Canadian postal code, 4-digit AU/NZ/SA codes, Indian
  PIN) and phone formats.
- Numbers said oddly: "oh double seven", "four triple two", "triple" in codes, "nine hundred",
  "twenty twenty five", "april twenty twenty seven" (an expiry), digits grouped oddly in asr
  (a card read as 4, 2, 6 and 4 digits), a phone begun by the caller and finished by the
  agent, a phone and a date of birth corrected in the middle, keypad entries the IVR reads
  back.
- Third parties: a son turning off a stopcock, a husband reading out the rest of a card, a
  deaf husband on speakerphone correcting his own date of birth, a son relaying a pay date,
  a daughter consenting on speaker, interpreters for an Arabic and a Samoan speaker, a son
  translating for his father.
- Names that are also places or months, used both ways across the set: Paris, Austin, Jordan,
  Florence, Georgia, April, June and Sydney as people in some calls, and as a city, a country,
  a US state or a month in others.  Names with particles (de la Cruz, van der Merwe, van Wyk,
  du Plessis, du Toit, bin Yusof, al-Masri, al amin, O'Sullivan, O'Keefe, MacLeod, MacDonald,
  Mac Giolla Phadraig), double-barrelled surnames, nicknames beside full names (Flo, Venky,
  Lizzie, Bobby, Barney, Tommy, Seun, J.J.), surnames spelled letter by letter and "as in".
- Look-alikes beside real values: balances, instalments, fees and refunds, dates and times,
  durations, quantities (mileage, litres, kilograms, doses), percentages (APR, tax, subsidy,
  discount), counts, seat and row numbers, part, model and tyre numbers, years and ages.

Labelling choices where the README is silent (also the earlier labellers' choices listed in the
README are followed: VINs, plates, BSBs, IBANs and Medicare numbers are ACCOUNT_NUMBERs,
national ids are SSNs, pets' names are not names, a first name and surname said together are
one NAME span, ...):
 1. ACCOUNT_NUMBER, because it identifies a person or their account: passport numbers of every
    country; visa and immigration references (GWF number, USCIS A-number and receipt number,
    IRCC UCI, Home Affairs TRN, Irish IRP card number, NZ client number, UK passport
    application reference, UK ETA reference, Passport Seva file number); a collector's or
    lender's reference for a debt or loan; funeral plan, insurance policy, subscriber, member,
    supporter and council tax account numbers; a school's learner account reference, a student
    id, an AP ID, a New Zealand NSN, an exam candidate number; a UK funded-childcare code;
    an Australian CRN; number plates of every country (and Australian "rego"); the last four of
    a bank account an agent reads out.
 2. Look-alikes (`other`), because they identify a purchase, a place or a thing, not a person:
    order numbers (tickets, buy-now-pay-later purchases; the long ones fail Luhn), a payment
    confirmation number, pet microchip numbers (fail Luhn), exam centre numbers, a dealer's
    stock number, meter readings, IVR menu options ("press 1", "press one"), section, block,
    bay, row and seat numbers (the number only; a row letter without digits is left alone),
    school years, grades and classes ("Grade 6", "Class 1", "Year 7", "4th grade", "sixth
    class": the whole expression), exam band scores and AP scores, and ages of people and pets
    (the number only: "she was ((other:eighty seven))", "a ((other:six)) year old spaniel").
 3. `model_number`: part numbers, an appliance model number, a tyre size, a car model named
    with a number ("rav four").  `quantity`: mileage and odometer readings with their unit
    ("... thousand miles", "... k's", or a bare figure), litres, gallons, kilograms, grams,
    inches, millimetres, a dose ("half a tablet", "... mg").  `count`: numbers of tickets,
    payments, accounts, bedrooms, extractions, marks, recipes, people and days a week.
    `duration`: terms, processing and arrival times, the hours of funded childcare.  `time`:
    clock times in any form ("half eight", "three o'clock", "seven" in "between seven and
    nine").  `date`: due dates, dates of death and funerals, a bare month ("March"), a weekday
    with its date ("thursday the eleventh": one span).  `price`: amounts with their currency and
    rate words ("£.. a month", "seventy two dollars a day", "AUD ...", "Rs ..."), and the
    words "dollars ... cents" when said.  `flight_number`: the airline code with the number
    ("BA ..", "DL ...").  Number words in asr are labelled like digits, and a month name
    inside a date ("June 2", "april eighteenth") is part of the date, never a NAME.
 4. A deceased person's name, date of birth, address and id are pii like anyone's; the date of
    death and the age at death are look-alikes (`date`, `other`).
 5. Business names that hold a surname ("Hollins and Daughters", "Whitmore and Sons",
    "Kinsella's funeral home") are not NAMEs; a person named on a streaming profile is.
 6. A spelling of a name is its own NAME group, one span over the whole spelling, "as in"
    words included ("A as in apple, C, H, T as in Tom, ..."); a nickname and the full name are
    separate groups, and so are a first name and the full name said straight after it
    ("melissa melissa kowalski").  Titles stay outside (Mr, Mrs., Ms., mister), also in an
    agent's own introduction ("Mrs. Kapoor").
 7. Interpreters and relatives on the caller's side speak as `customer`; a background voice is
    written inside the customer's utterance in brackets and labelled the same way.
 8. Pieces: a number begun by the caller and finished by the agent ("i can see one here ending
    ...") is one group; a corrected phone or date-of-birth piece stays in the value's group (as
    the README's earlier choice for card and SSN pieces), and the value then said again in full
    is a group of its own.  A customer saying the last four of a card for security is a
    CARD_NUMBER (as a read-back); a phone given as "a number ending in ..." is a PHONE.  An
    agent or IVR stating a value on file (an email, an address, a postcode, a phone, a card's
    last four) is labelled like a read-back, in a group of its own.
 9. EXPIRY: also an IVR's read-back of a keypad expiry, an agent stating the expiry of a card on
    file, and an expiry said with its month and full year ("april twenty twenty seven").
10. ADDRESS: house and flat labels are part of the street line ("No. 12, 3rd Cross, ...",
    "House 45, Sector 9, Gurugram", "Flat 2, ..."); a county or state after the town is
    outside, like a state ("... Tralee" then ", County Kerry"); a town
    said straight after the street is inside, one introduced with "in" or "that's in" outside.
11. A PAN, an Aadhaar number, an IRD number, a South African ID, a SIN, an NI number and a PPS
    number are SSNs (as test18).
12. Within a case every word of a labelled name is labelled wherever it is said again, so a
    name that is also a place or a month is never used both ways in one call.
"""

import datetime
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

SEED = 20_611_417
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev24.jsonl")

TYPES = ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
         "POSTCODE", "ACCOUNT_NUMBER", "NAME")
KINDS = ("quantity", "time", "price", "flight_number", "date", "year", "duration",
         "percentage", "model_number", "count", "other")
SPEAKERS = ("agent", "customer", "ivr")
STYLES = ("asr", "transcript")
SPK = {"a": "agent", "c": "customer", "i": "ivr"}

MINIMUM = {"CARD_NUMBER": 28, "CVV": 20, "EXPIRY": 20, "SSN": 12, "PHONE": 20, "EMAIL": 18,
           "DOB": 20, "ADDRESS": 20, "POSTCODE": 24, "ACCOUNT_NUMBER": 55, "NAME": 200}
MIN_CASES, MIN_UTTS, MIN_KEEP, MIN_PLAIN = 80, 800, 290, 60

# ---------------------------------------------------------------- number helpers

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENSW = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDS = ("_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
MONTHS = ("_ January February March April May June July August September October November "
          "December").split()
MON3 = [m[:3] for m in MONTHS]


def nw(n, and_=True):
    """An integer (0 .. 999,999) in words, British 'and' unless and_=False."""
    joiner = " and " if and_ else " "
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENSW[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        r = n % 100
        return ONES[n // 100] + " hundred" + ("" if r == 0 else joiner + nw(r, and_))
    r = n % 1000
    s = nw(n // 1000, and_) + " thousand"
    if r == 0:
        return s
    if r < 100:
        return s + joiner + nw(r, and_)
    return s + " " + nw(r, and_)


def ordw(n):
    """1 -> first, 23 -> twenty third, 30 -> thirtieth."""
    if n < 20:
        return ORDS[n]
    if n % 10 == 0:
        return TENSW[n // 10][:-1] + "ieth"
    return TENSW[n // 10] + " " + ORDS[n % 10]


def ords(n):
    """1 -> 1st, 22 -> 22nd, 13 -> 13th."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def yw(y):
    """A year as said: 1984 nineteen eighty four, 1907 nineteen oh seven, 2005 two thousand
    and five, 2025 twenty twenty five."""
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y % 10])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return nw(hi) + " hundred"
    if lo < 10:
        return nw(hi) + " oh " + ONES[lo]
    return nw(hi) + " " + nw(lo)


def sp(s, zero="oh", runs=True):
    """Digits (and letters) one by one as a speaker says them; with runs, two equal digits are
    'double x' and three 'triple x'.  Spaces and punctuation in s are dropped."""
    chars = [c for c in s if c.isalnum()]
    out = []
    i = 0
    while i < len(chars):
        c = chars[i]
        if c.isalpha():
            out.append(c.lower())
            i += 1
            continue
        w = zero if c == "0" else ONES[int(c)]
        j = i
        while j < len(chars) and chars[j] == c:
            j += 1
        n = j - i
        if runs and n >= 2:
            while n >= 2:
                if n == 3:
                    out.append("triple " + w)
                    n = 0
                else:
                    out.append("double " + w)
                    n -= 2
            if n == 1:
                out.append(w)
        else:
            out.extend([w] * n)
        i = j
    return " ".join(out)


def grp(s, *sizes):
    """Split a digit string into groups: grp('12345678', 4, 4) -> '1234 5678'."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


def money(x, sym="£"):
    """12.5 -> £12.50, 1200 -> £1,200.00 ; sym may be '$', '€', 'R', 'Rs ' ..."""
    return f"{sym}{x:,.2f}"


def money0(x, sym="£"):
    return f"{sym}{x:,}"


def money_w(x, unit="pounds", sub="", and_=True):
    """45.5 -> forty five pounds fifty ; 300 -> three hundred pounds."""
    whole = int(x)
    cents = int(round((x - whole) * 100))
    s = nw(whole, and_) + " " + unit
    if cents:
        s += " " + (nw(cents, and_) if cents >= 10 else "oh " + ONES[cents]) + (" " + sub if sub else "")
    return s


def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return len(ds) > 0 and tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


UNITS = {"zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4,
         "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {w: i for i, w in enumerate(ONES) if i >= 10}
TENS = {w: i for i, w in enumerate(TENSW) if i >= 2}


def _seq_digits(toks):
    """Number words said digit by digit or in pairs: 'oh double seven' -> '077',
    'forty one eleven' -> '4111', 'twenty twenty five' -> '2025'."""
    out, mult, i = [], 1, 0
    while i < len(toks):
        t = toks[i]
        if t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t in UNITS:
            out.append(str(UNITS[t]) * mult)
            mult = 1
        elif t in TEENS:
            out.append(str(TEENS[t]))
        elif t in TENS:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in UNITS and UNITS[nxt] > 0:
                out.append(f"{TENS[t]}{UNITS[nxt]}")
                i += 1
            else:
                out.append(f"{TENS[t]}0")
        i += 1
    return "".join(out)


def _value_digits(toks):
    """A run with 'hundred' or 'thousand' is a quantity: 'one thousand five hundred and
    fifty six' -> '1556', 'forty seven hundred' -> '4700', 'nine hundred' -> '900'."""
    total = cur = 0
    for t in toks:
        if t in UNITS:
            cur += UNITS[t]
        elif t in TEENS:
            cur += TEENS[t]
        elif t in TENS:
            cur += 10 * TENS[t]
        elif t == "hundred":
            cur = max(cur, 1) * 100
        elif t == "thousand":
            total += max(cur, 1) * 1000
            cur = 0
    return str(total + cur)


NUMBER_TOKENS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand", "double", "triple"}


def to_digits(text):
    """The digits a span says, written or spoken: runs of number words are read digit by
    digit ('oh double seven' -> '077') unless they hold 'hundred' or 'thousand', which make
    them an amount ('nine hundred' -> '900'); 'and' inside a run is skipped."""
    toks = re.findall(r"[a-z]+|\d", text.lower())
    out, run = [], []

    def flush():
        if run:
            words = [t for t in run if t != "and"]
            if {"hundred", "thousand"} & set(words):
                out.append(_value_digits(words))
            else:
                out.append(_seq_digits(words))
            run.clear()

    for k, t in enumerate(toks):
        if t.isdigit():
            flush()
            out.append(t)
        elif t in NUMBER_TOKENS:
            run.append(t)
        elif t == "and" and run and k + 1 < len(toks) and toks[k + 1] in NUMBER_TOKENS:
            run.append(t)
        else:
            flush()
    flush()
    return "".join(out)


class Gen:
    """Every number in the set comes from here (one random.Random(SEED))."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def i(self, a, b):
        return self.r.randint(a, b)

    def pick(self, seq):
        return self.r.choice(list(seq))

    def d(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def dn(self, n):
        return str(self.r.randint(1, 9)) + self.d(n - 1)

    def L(self, n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def card(self, prefix="4", length=16):
        body = prefix + self.d(length - len(prefix) - 1)
        return body + luhn_digit(body)

    def nl(self, n, prefix=""):
        """n digits (prefix included) that fail the Luhn check."""
        while True:
            s = prefix + (self.dn(n - len(prefix)) if not prefix else self.d(n - len(prefix)))
            if not luhn_ok(s):
                return s

    def amt(self, a, b, step=1):
        return self.r.randrange(a, b + 1, step)

    def cents(self, a, b):
        return round(self.r.randint(a * 100, b * 100) / 100, 2)

    def exp(self):
        return f"{self.i(1, 12):02d}", f"{self.i(26, 31)}"

    def date(self, y1, y2):
        a = datetime.date(y1, 1, 1).toordinal()
        b = datetime.date(y2, 12, 31).toordinal()
        return datetime.date.fromordinal(self.r.randint(a, b))

    def hm(self, h1=8, h2=17, steps=(0, 15, 30, 45)):
        return self.i(h1, h2), self.pick(steps)

    def uk_pc(self, area):
        return f"{area}{self.i(1, 20)} {self.i(1, 9)}{self.L(2, 'ABDEFGHJLNPQRSTUWXYZ')}"

    def ca_pc(self, first):
        a = "ABCEGHJKLMNPRSTVWXYZ"
        return f"{first}{self.i(1, 9)}{self.L(1, a)} {self.i(1, 9)}{self.L(1, a)}{self.i(0, 9)}"

    def eircode(self, routing):
        a = "ACDEFHKNPRTVWXY"
        pats = ["LDLD", "LDDL", "LLDD", "LDDD", "DLLD"]
        p = self.pick(pats)
        u = "".join(self.L(1, a) if ch == "L" else str(self.i(0, 9)) for ch in p)
        return f"{routing} {u}"

    def ni(self):
        return (f"{self.L(1, 'ABCEGHJKLMNOPRSTWXYZ')}{self.L(1, 'ABCEGHJKLMNPRSTWXYZ')} "
                f"{self.d(2)} {self.d(2)} {self.d(2)} {self.L(1, 'ABCD')}")

    def ssn(self):
        return f"{self.i(101, 665)}-{self.i(10, 99)}-{self.i(1000, 9999)}"

    def sin(self):
        body = str(self.i(1, 7)) + self.d(7)
        s = body + luhn_digit(body)
        return f"{s[:3]} {s[3:6]} {s[6:]}"

    def vin(self):
        a = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "".join(self.r.choice(a) for _ in range(17))

    def said_id(self, dob):
        """South African ID number from a date of birth."""
        return f"{dob:%y%m%d}{self.d(4)}{self.i(0, 1)}8{self.d(1)}"


def dmy(t):
    return f"{t.day:02d}/{t.month:02d}/{t.year}"


def mdy(t):
    return f"{t.month:02d}/{t.day:02d}/{t.year}"


def long_uk(t):
    return f"{t.day} {MONTHS[t.month]} {t.year}"


def long_us(t):
    return f"{MONTHS[t.month]} {t.day}, {t.year}"


def say_uk(t):
    return f"{ordw(t.day)} of {MONTHS[t.month].lower()} {yw(t.year)}"


def say_us(t):
    return f"{MONTHS[t.month].lower()} {ordw(t.day)} {yw(t.year)}"


def hhmm(h, m, ampm=True):
    hh = h if h <= 12 else h - 12
    s = f"{hh}:{m:02d}" if m or not ampm else f"{hh}"
    if ampm:
        s += " am" if h < 12 else " pm"
    return s


def t_w(h, m):
    """A time in words: ten thirty, half past two, quarter to four, eleven o'clock."""
    hh = h if h <= 12 else h - 12
    if m == 0:
        return f"{ONES[hh]} o'clock"
    if m == 30:
        return f"half past {ONES[hh]}"
    if m == 15:
        return f"quarter past {ONES[hh]}"
    if m == 45:
        nxt = hh % 12 + 1
        return f"quarter to {ONES[nxt]}"
    return f"{ONES[hh]} {nw(m)}"


def dw(x, unit="", and_=False):
    """Dollars (or pounds) and cents as said without the units in the middle:
    42.5 -> forty two fifty ; 300 -> three hundred (+ unit)."""
    whole = int(x)
    cents = int(round((x - whole) * 100))
    if cents:
        return f"{nw(whole, and_)} " + (nw(cents, and_) if cents >= 10 else "oh " + ONES[cents])
    return nw(whole, and_) + (" " + unit if unit else "")


def exp_w(mm, yy):
    """An expiry as said: ('09', '28') -> oh nine twenty eight ; ('12', '31') -> twelve thirty one."""
    m = int(mm)
    return (sp(mm) if m < 10 else nw(m)) + " " + nw(int(yy))


def ceil_div(a, b):
    return -(-a // b)


CASES = []


def case(fn):
    CASES.append(fn)
    return fn

# ---------------------------------------------------------------- conversations

@case
def debt_letter_uk(g):
    ref = g.d(8)
    dob = g.date(1979, 1994)
    hn, pc = g.i(2, 96), g.uk_pc("NG")
    bal = g.cents(700, 2300)
    inst = g.amt(25, 60, 5)
    months = ceil_div(int(bal), inst)
    day = g.i(20, 28)
    mon = g.i(1, 12)
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    days = g.i(5, 10)
    return "transcript", [
        ("a", "Good afternoon, Castlegate Recoveries, you're speaking with [[NAME:Delroy]]. How can I help?"),
        ("c", "Hi, yeah, I've had a letter from you and I don't really understand it."),
        ("a", "No problem. Have you got the letter in front of you? There's a reference at the top right."),
        ("c", f"Hang on... it says reference [[ACCOUNT_NUMBER:CR-{ref[:4]}-{ref[4:]}]]."),
        ("a", "Thank you. And can I take your full name and date of birth, please?"),
        ("c", f"[[NAME:Leanne Marsh]]. Born [[DOB:{long_uk(dob)}]]."),
        ("a", "And the first line of the address and the postcode?"),
        ("c", f"[[ADDRESS:{hn} Tenby Close, Bulwell]], [[POSTCODE:{pc}]]."),
        ("a", f"Thanks, Ms [[NAME:Marsh]]. So this is the old catalogue account, and the balance we've been passed is ((price:{money(bal)}))."),
        ("c", f"I can't pay that in one go. I'm on Universal Credit. Could I do something like ((price:£{inst} a month))?"),
        ("a", f"Let me have a look. At ((price:£{inst} a month)) that would clear it in about ((duration:{months} months)), and we'd freeze any further charges while you keep to it."),
        ("c", f"That's fine. Can it come out on the ((date:{ords(day)})), though? That's when I get paid."),
        ("a", f"Yes, so the first payment on the ((date:{ords(day)} of {MONTHS[mon]})) and then the ((date:{ords(day)})) of every month. Would you like to make the first one by card today?"),
        ("c", "Yeah, go on, let's get it started."),
        ("a", "Okay, the long number across the front of the card when you're ready."),
        ("c", f"[[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]]."),
        ("a", "And the expiry?"),
        ("c", f"[[EXPIRY:{mm}/{yy}]]."),
        ("a", "And the three digits on the back, please."),
        ("c", f"[[CVV:{cvv}]]."),
        ("a", f"That's gone through, ((price:{money(inst)})) taken. You'll get the arrangement confirmed in writing within ((duration:{days} working days))."),
        ("c", "Brilliant. Thanks for being decent about it, honestly I've been dreading this call."),
    ]


@case
def bnpl_missed_au(g):
    mob = "04" + g.d(8)
    em = g.d(2)
    inst = g.pick([37.5, 42.5, 48.25, 55.75, 61.5])
    fee = g.pick([10, 15])
    d1, d2 = g.i(1, 14), g.i(15, 28)
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    return "asr", [
        ("a", "thanks for calling payright support my name's [[NAME:kirra]] who am i speaking with"),
        ("c", "hi [[NAME:kirra]] um it's [[NAME:sydney alvarez]]"),
        ("a", "thanks [[NAME:sydney]] can i grab the mobile number on the account"),
        ("c", f"yeah it's [[PHONE:{sp(mob)}]]"),
        ("a", "and the email address"),
        ("c", f"[[EMAIL:syd dot alvarez {sp(em, runs=False)} at outlook dot com]]"),
        ("a", f"okay so i can see your second instalment of ((price:{dw(inst)})) didn't go through on the ((date:{ordw(d1)})) so there's a late fee of ((price:{nw(fee)} dollars)) on there as well"),
        ("c", "yeah my card got replaced the bank sent me a new card after some dodgy transactions"),
        ("a", "ah no worries do you want to pop the new card on now"),
        ("c", f"yep it's [[CARD_NUMBER#c:{sp(card[:8])}]] um hang on my glasses [[CARD_NUMBER#c:{sp(card[8:])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "and the cvv on the back"),
        ("c", f"[[CVV:{sp(cvv)}]]"),
        ("a", f"lovely that's on there now do you want me to retry the ((price:{dw(inst + fee)})) today"),
        ("c", "yes please just get it sorted"),
        ("a", f"done that's gone through and your next one comes out on the ((date:{ordw(d2)}))"),
        ("c", "cheers appreciate it"),
    ]


@case
def payday_loan_us(g):
    loan = g.d(9)
    ssn4 = g.d(4)
    dob = g.date(1985, 1999)
    payoff = g.cents(380, 900)
    apr = g.pick([391, 414, 459, 521])
    d = g.date(2025, 2025)
    part = g.amt(100, 200, 25)
    area = g.pick(["405", "918", "580"])
    ph = g.d(7)
    ext = g.pick([7, 14])
    return "transcript", [
        ("a", "QuickBridge Loans, this is [[NAME:Tanisha]]. Who do I have the pleasure of speaking with?"),
        ("c", "Hey, it's [[NAME:Jordan Pike]]. I've got a loan with you guys and I need to push the due date back."),
        ("a", "I can look into that, Mr. [[NAME:Pike]]. Do you have your loan number?"),
        ("c", f"Yeah, it's [[ACCOUNT_NUMBER:{loan}]]."),
        ("a", "And to verify, the last four of your Social and your date of birth?"),
        ("c", f"Last four [[SSN:{ssn4}]], and I was born [[DOB:{mdy(dob)}]]."),
        ("a", f"Thank you. So the payoff on this one today is ((price:{money(payoff, '$')})), and it's due on ((date:{MONTHS[d.month]} {ords(d.day)})). Our APR on that product is ((percentage:{apr}%)), so I'd really encourage paying down what you can."),
        ("c", f"I can do ((price:${part})) on Friday but not the whole thing."),
        ("a", f"Okay. If you pay ((price:${part})) we can extend the remainder by ((duration:{ext} days)). There's no extension fee in Oklahoma, just the finance charge on what's left."),
        ("c", "That works. Will you text me the new date?"),
        ("a", "Sure. Is the cell number on file still good?"),
        ("c", f"It changed, actually. It's [[PHONE:({area}) {ph[:3]}-{ph[3:]}]]."),
        ("a", f"Got it, [[PHONE:({area}) {ph[:3]}-{ph[3:]}]]. I've set the extension up and the text will come through shortly."),
        ("c", "Appreciate you."),
    ]

@case
def funeral_mother_uk(g):
    dob = g.date(1934, 1941)
    age = 2025 - dob.year - g.i(0, 1)
    dod = g.date(2025, 2025)
    hn = g.i(3, 140)
    pc = g.uk_pc("ST")
    ni = g.ni()
    h = g.pick([13, 14, 15])
    mob = "07" + g.d(9)
    return "asr", [
        ("a", "good morning hollins and daughters funeral directors you're through to [[NAME:bernadette]]"),
        ("c", "hi um my mum passed away last night at the hospice and the nurse said i should ring you"),
        ("a", "oh i'm so sorry for your loss take your time there's no rush at all can i take your name first"),
        ("c", "it's [[NAME:carol pickering]]"),
        ("a", "thank you [[NAME:carol]] and what was your mum's full name"),
        ("c", "[[NAME:florence ada pickering]] but nobody ever called her that she was [[NAME:flo]] to everyone"),
        ("a", "and do you have her date of birth"),
        ("c", f"the [[DOB:{say_uk(dob)}]]"),
        ("a", f"so she was ((other:{nw(age)}))"),
        ("c", "yeah she'd have had a party in the spring she was looking forward to it"),
        ("a", f"and the hospice will have put the date of death as the ((date:{ordw(dod.day)} of {MONTHS[dod.month].lower()}))"),
        ("c", "i think so it was just before midnight"),
        ("a", "and her home address"),
        ("c", f"[[ADDRESS:{nw(hn)} wellington road hanley]] [[POSTCODE:{sp(pc)}]]"),
        ("a", "we'll need her national insurance number for the forms later on but it's not urgent"),
        ("c", f"i've got her pension letter here actually it says [[SSN:{sp(ni)}]]"),
        ("a", f"lovely we can bring her into our chapel of rest this afternoon about ((time:{t_w(h, 0)})) is the best number for you a mobile"),
        ("c", f"yeah [[PHONE#m:{sp(mob[:5])}]] um [[PHONE#m:{sp(mob[5:])}]]"),
        ("a", "thank you i'll ring you once she's with us and we can talk about the service whenever you feel ready"),
    ]


@case
def bank_bereavement_ie(g):
    sc = g.d(6)
    acct = g.d(8)
    iban = f"IE{g.d(2)} BOFI {sc[:4]} {sc[4:]}{acct[:2]} {acct[2:6]} {acct[6:]}"
    pps = g.d(7) + g.pick("ABCDEFHKPTW")
    eir = g.eircode("P43")
    hn = g.i(2, 60)
    bal = g.cents(1200, 8800)
    dod = g.date(2025, 2025)
    fd = g.i(1, 28)
    mob = "08" + g.pick("3567") + g.d(7)
    n_acc = g.i(2, 3)
    return "transcript", [
        ("a", "Bereavement Support, my name is [[NAME:Aoife]]. Before we start, can I say how sorry I am that you're calling us today."),
        ("c", "Thanks. It's about my father's accounts. He died last week."),
        ("a", "I'm sorry. Can I take your name, and then your father's?"),
        ("c", "I'm [[NAME:Niamh O'Sullivan]], and my dad was [[NAME:Seamus Patrick O'Sullivan]]."),
        ("a", "Thank you, [[NAME:Niamh]]. Do you have any of his account details to hand?"),
        ("c", f"I've his last statement here. The IBAN is [[ACCOUNT_NUMBER:{iban}]]."),
        ("a", "Thank you. And his PPS number, if you have it?"),
        ("c", f"It's on a letter from Revenue... [[SSN:{pps}]]."),
        ("a", "And his address as we'd have it?"),
        ("c", f"[[ADDRESS:{hn} Ard Na Mara, Crosshaven]], and the Eircode is [[POSTCODE:{eir}]]."),
        ("a", f"Okay, I've found him. I can see ((count:{n_acc})) accounts in his sole name. The current account has ((price:€{bal:,.2f})) in it."),
        ("c", "Is that frozen now? Because the undertaker asked about paying for the funeral out of it."),
        ("a", "We can pay the funeral director directly against their invoice, so you don't have to wait for probate for that part."),
        ("c", f"Oh, that's a relief. The funeral is on the ((date:{ords(fd)})) and it's all been a lot."),
        ("a", f"Of course. I'll note the date of death as the ((date:{ords(dod.day)} of {MONTHS[dod.month]})). What's the best number for you?"),
        ("c", f"My mobile, [[PHONE:{mob[:3]} {mob[3:6]} {mob[6:]}]]."),
        ("a", "Thanks, [[NAME:Niamh]]. I'll send out the bereavement pack today, and you can ring me directly if anything comes up."),
    ]


@case
def visa_centre_in(g):
    pp = g.pick("JKLMNPRSTUVZ") + g.d(7)
    gwf = "GWF0" + g.d(8)
    dob = g.date(1982, 1996)
    em = g.d(2)
    mob = g.pick("6789") + g.d(9)
    cc = g.pick(["91"])
    h, m = g.hm(9, 15, (0, 30))
    fee = g.pick([12500, 14000, 16200])
    days = g.pick([3, 5])
    yrs = g.pick([10, 5])
    return "asr", [
        ("a", "welcome to the uk visa application centre helpline this is [[NAME:rahul]] speaking how may i help you"),
        ("c", "hi [[NAME:rahul]] i want to check my biometrics appointment and also the priority service"),
        ("a", "sure may i have your gwf reference number please"),
        ("c", f"yes it's [[ACCOUNT_NUMBER:g w f {sp(gwf[3:], zero='zero')}]]"),
        ("a", "and your passport number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(pp, zero='zero', runs=False)}]]"),
        ("a", "thank you and the applicant's full name and date of birth"),
        ("c", f"[[NAME:venkatesh raghunathan]] date of birth [[DOB:{ordw(dob.day)} {MONTHS[dob.month].lower()} {yw(dob.year)}]]"),
        ("a", f"okay mister [[NAME:raghunathan]] your appointment is at the bengaluru centre at ((time:{t_w(h, m)})) on the day you booked please carry the original passport"),
        ("c", "okay and my friends call me [[NAME:venky]] will that be a problem if the form says [[NAME:venkatesh]]"),
        ("a", "no sir the name on the form must simply match the passport"),
        ("c", f"okay and the priority service how much is that i think the website said ((price:{nw(fee, False)} rupees))"),
        ("a", f"yes priority is ((price:{nw(fee, False)} rupees)) and you get a decision in about ((duration:{nw(days)} working days))"),
        ("c", f"one more thing they ask about travel in the last ((duration:{nw(yrs)} years)) i went to jordan for a conference does that matter"),
        ("a", "just declare it on the form with the dates it won't be a problem"),
        ("c", "okay and you'll send the confirmation to my email"),
        ("a", "yes can you confirm the email"),
        ("c", f"[[EMAIL:v raghunathan {sp(em, zero='zero', runs=False)} at gmail dot com]]"),
        ("a", "and a mobile number with country code"),
        ("c", f"[[PHONE:plus {sp(cc)} {sp(mob[:5], zero='zero')} {sp(mob[5:], zero='zero')}]]"),
        ("a", "perfect everything is updated have a good day"),
    ]

@case
def passport_renewal_us(g):
    old = g.dn(9)
    dob = g.date(1978, 1992)
    rec_d = g.i(1, 20)
    fly = g.i(2, 20)
    fl = g.i(100, 899)
    hn = g.i(100, 620)
    apt = f"{g.i(1, 4)}{g.pick('ABCD')}"
    zp = "314" + g.d(2)
    fee = g.pick([60])
    card = g.card("37", 15)
    mm, yy = g.exp()
    cid = g.d(4)
    days = g.pick([14, 10])
    return "transcript", [
        ("a", "National Passport Information Center, this is [[NAME:Derrick]]. Can I have your name, please?"),
        ("c", "Hi, it's [[NAME:Marisol de la Cruz]]. I sent in a renewal by mail and I'm getting nervous about it."),
        ("a", "I can check on that. Do you have the application locator number, or the number of the old passport?"),
        ("c", f"I have the old passport number. It's [[ACCOUNT_NUMBER:{old}]]."),
        ("a", "And your date of birth?"),
        ("c", f"[[DOB:{long_us(dob)}]]."),
        ("a", f"Thank you, Ms. [[NAME:de la Cruz]]. We received it on ((date:May {rec_d})) and it's in process, routine service. When are you traveling?"),
        ("c", f"I fly to Paris on ((date:June {fly})). It's Delta ((flight_number:DL {fl})) out of Atlanta."),
        ("a", f"Okay, that's inside ((duration:{days} days)) now, so you have a choice: you can upgrade to expedited for ((price:${fee})), or I can book you an appointment at the Atlanta Passport Agency."),
        ("c", "The agency is a long drive for me. Let's do the upgrade."),
        ("a", "Sure. First let me confirm the mailing address on the application."),
        ("c", f"[[ADDRESS:{hn} Abercorn Street, Apartment {apt}, Savannah]], Georgia [[POSTCODE:{zp}]]."),
        ("a", "That matches. And the card for the upgrade fee?"),
        ("c", f"It's an Amex. [[CARD_NUMBER:{grp(card, 4, 6, 5)}]]."),
        ("a", "Expiration date?"),
        ("c", f"[[EXPIRY:{mm}/{yy}]]."),
        ("a", "And the four-digit code on the front of the card."),
        ("c", f"[[CVV:{cid}]]."),
        ("a", f"Thank you. The ((price:${fee})) has been charged and the application is now expedited. You should have the book before ((date:June {fly})), and I'd keep an eye on your email for the shipping notice."),
        ("c", "Okay. Thank you so much, that's a weight off."),
    ]


@case
def dealership_service_us(g):
    vin = g.vin()
    miles = g.amt(38, 71) * 1000 + g.amt(0, 9) * 100
    yr = g.pick([2018, 2019, 2020])
    part = f"{g.d(2)}{g.d(3)}{g.d(3)}"
    oil = g.pick([79.95, 89.95, 94.99])
    h = g.pick([7, 8])
    area = g.pick(["214", "972", "469"])
    ph = g.d(7)
    return "asr", [
        ("a", "thanks for calling lone star chevrolet service this is [[NAME:jolene]] how can i help you"),
        ("c", "hey yeah i need to get my truck in it's making a grinding noise when i brake"),
        ("a", "okay can i get your name"),
        ("c", "[[NAME:austin whitaker]]"),
        ("a", "alright [[NAME:austin]] what are we working on year make and model"),
        ("c", f"it's a ((year:{yw(yr)})) silverado"),
        ("a", "do you have the vin handy it's on the insurance card"),
        ("c", f"yeah hold on [[ACCOUNT_NUMBER#v:{sp(vin[:8], zero='zero', runs=False)}]] uh [[ACCOUNT_NUMBER#v:{sp(vin[8:], zero='zero', runs=False)}]]"),
        ("a", "and about how many miles on it"),
        ("c", f"like ((quantity:{nw(miles, False)} miles))"),
        ("a", f"okay so at ((quantity:{nw(miles // 1000, False)} thousand)) you're probably due for front pads anyway i'm showing the pad set is part number ((model_number:{sp(part, zero='zero', runs=False)})) and we've got those in stock"),
        ("c", "how much are we talking"),
        ("a", f"i'd want the tech to look first but we can do the inspection and an oil change together the oil change is ((price:{dw(oil)})) right now"),
        ("c", "yeah let's do that"),
        ("a", f"i have ((time:{ONES[h]} am)) tomorrow can you drop it off then"),
        ("c", "that works"),
        ("a", "and a good cell number for you"),
        ("c", f"[[PHONE:{sp(area, zero='zero', runs=False)} {sp(ph, zero='zero', runs=False)}]]"),
        ("a", "perfect you're all set see you in the morning"),
    ]

@case
def garage_mot_uk(g):
    yr = g.pick([2015, 2016, 2017])
    plate = f"SK{yr % 100} {g.L(3, 'ABCDEFGHJKLMNPRSTUVWXY')}"
    miles = g.amt(52000, 98000)
    mot = g.pick([54.85])
    svc = g.pick([149, 169, 189])
    tread = g.pick([2, 3])
    d = g.i(3, 27)
    h1, m1 = 8, g.pick([30])
    h2, m2 = 13, g.pick([15, 45])
    mob = "07" + g.d(9)
    hn = g.i(3, 88)
    pc = f"IV2 {g.i(3, 7)}{g.L(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    return "transcript", [
        ("a", "Morning, Culloden Road Garage, [[NAME:Kelly]] speaking."),
        ("c", "Hiya, I need to book the car in for its MOT. It runs out at the end of the month."),
        ("a", "No bother. What's the registration?"),
        ("c", f"It's [[ACCOUNT_NUMBER:{plate}]]."),
        ("a", f"That's coming up as a ((year:{yr})) Vauxhall Astra, silver, is that right?"),
        ("c", "That's her."),
        ("a", "And the mileage, roughly?"),
        ("c", f"It was ((quantity:{miles:,})) last time I looked, so a bit more now."),
        ("a", f"Okay. The MOT is ((price:£{mot:.2f})), and while it's in we can do a full service for ((price:£{svc})) if you want."),
        ("c", f"Just the MOT for now. Oh, and the front tyre, I think it's down to about ((quantity:{tread}mm))."),
        ("a", f"We'll check the tread while it's up. I've got ((time:{h1}:{m1:02d})) on Thursday the ((date:{ords(d)})), or ((time:{h2 - 12}:{m2:02d})) on the Friday."),
        ("c", f"Thursday's better. Put me down for ((time:half {ONES[h1]})), I'll drop it on the way to work."),
        ("a", "Name for the booking?"),
        ("c", "[[NAME:Hamish MacLeod]]."),
        ("a", "And a contact number, Mr [[NAME:MacLeod]]?"),
        ("c", f"[[PHONE:{mob[:5]} {mob[5:]}]]."),
        ("a", "And the address for the invoice?"),
        ("c", f"[[ADDRESS:{hn} Drumossie Avenue, Inverness]], [[POSTCODE:{pc}]]."),
        ("a", f"Lovely. That's you booked, ((time:{h1}:{m1:02d})) Thursday. Bring the locking wheel nut key if it has one."),
        ("c", "Will do. Cheers, [[NAME:Kelly]]."),
    ]


@case
def pest_termites_au(g):
    hn = g.i(4, 96)
    pc = "41" + g.d(2)
    fee = g.pick([249, 279, 295])
    h1 = g.pick([7, 8])
    h2 = h1 + 2
    mob = "04" + g.d(8)
    beds = g.i(3, 5)
    return "asr", [
        ("a", "g'day coastal pest and termite [[NAME:shane]] speaking"),
        ("c", "oh hi [[NAME:shane]] um i think we've got termites in the back deck there's like mud tunnels up the posts"),
        ("a", "righto yeah that does sound like them can i grab your name"),
        ("c", "[[NAME:bronwyn tait]]"),
        ("a", "and the property address [[NAME:bronwyn]]"),
        ("c", f"[[ADDRESS:{nw(hn, False)} jacaranda drive carindale]] [[POSTCODE:{sp(pc)}]]"),
        ("a", "and what sort of place is it"),
        ("c", f"a ((count:{nw(beds)})) bedroom lowset brick with the timber deck out the back"),
        ("a", f"okay we do a full timber pest inspection for ((price:{nw(fee)} dollars)) and if the tech finds activity he'll quote the treatment on the spot"),
        ("c", "how soon can someone come out i'm freaking out a bit"),
        ("a", f"i've got a tech in your area on thursday between ((time:{ONES[h1]})) and ((time:{ONES[h2]})) in the morning"),
        ("c", "yeah that's fine my husband works from home thursdays"),
        ("a", "and the best mobile to text the day before"),
        ("c", f"hang on it's probably better to use his [[NAME:darren]] what's your number again yeah he says [[PHONE#d:{sp(mob[:4])} {sp(mob[4:7])}]] um [[PHONE#d:{sp(mob[7:])}]]"),
        ("a", "and an email for the report"),
        ("c", "[[EMAIL:bron tait at bigpond dot com]]"),
        ("a", "beauty you'll get the report emailed through the same day"),
        ("c", "thanks heaps"),
    ]


@case
def plumber_flood_ca(g):
    depth = g.pick([2, 3, 4])
    eta = g.pick([40, 45, 50])
    hn = g.i(300, 1400)
    pc = g.ca_pc("M")
    callout = g.pick([189, 199, 225])
    hourly = g.pick([135, 145, 155])
    card = g.card("5" + g.pick("12345"))
    mm, yy = g.exp()
    cvv = g.d(3)
    area = g.pick(["647", "416"])
    ph = g.d(7)
    out = g.pick([10, 15])
    return "transcript", [
        ("a", "Maple Leaf Emergency Plumbing, [[NAME:Trevor]] here. What's going on?"),
        ("c", f"Hi, we have water coming up through the floor drain in the basement. It's maybe ((quantity:{depth} inches)) deep already."),
        ("a", "Okay. First thing, do you know where your main shut-off valve is?"),
        ("c", "My son just turned it off, he's shouting up the stairs at me. Yes, it's off."),
        ("a", f"Good. I can have someone there in about ((duration:{eta} minutes)). What's the address?"),
        ("c", f"[[ADDRESS:{hn} Dovercourt Road, Toronto]], postal code [[POSTCODE:{pc}]]."),
        ("a", "And your name?"),
        ("c", "[[NAME:Gurpreet Sandhu]]."),
        ("a", f"Thanks, [[NAME:Gurpreet]]. Just so you know, the emergency call-out is ((price:${callout})), and then it's ((price:${hourly} an hour)) after the first hour. We take a card to hold the booking."),
        ("c", f"Fine, whatever it takes. It's a Mastercard, [[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]]."),
        ("a", "Expiry?"),
        ("c", f"[[EXPIRY:{mm}/{yy}]]."),
        ("a", "And the three-digit code on the back?"),
        ("c", f"[[CVV:{cvv}]]."),
        ("a", f"Thank you. So that's the card ending in [[CARD_NUMBER:{card[-4:]}]], expiring [[EXPIRY:{mm}/{yy}]]. Nothing is charged until the job's done."),
        ("c", "Okay."),
        ("a", "Best number for the plumber to call you on?"),
        ("c", f"My cell, [[PHONE:{area}-{ph[:3]}-{ph[3:]}]]."),
        ("a", f"Great. His name is [[NAME:Dario]], and he'll call when he's about ((duration:{out} minutes)) out. Keep everyone out of the water in case it reaches an outlet."),
        ("c", "Thank you, please tell him to hurry."),
    ]


@case
def childcare_enrol_nz(g):
    dob = g.date(2022, 2023)
    days = g.i(2, 4)
    rate = g.pick([68, 72, 75])
    free = g.pick([20])
    mob = "021" + g.d(7)
    hn = g.i(5, 120)
    pc = "32" + g.d(2)
    start = g.i(2, 27)
    return "asr", [
        ("a", "kia ora little kowhai early learning [[NAME:mereana]] speaking"),
        ("c", "hi um i'm looking to enrol my daughter we've just moved down to hamilton"),
        ("a", "oh lovely welcome what's her name and date of birth"),
        ("c", f"[[NAME:georgia rose tamihana]] and she was born on the [[DOB:{say_uk(dob)}]]"),
        ("a", "and are you mum"),
        ("c", "yes i'm [[NAME:hinemoa]] [[NAME:hinemoa tamihana]] sorry the little one's pulling at my phone"),
        ("a", f"ha no worries we've got a space for ((count:{nw(days)})) days a week in our toddler room"),
        ("c", "how much does that work out"),
        ("a", f"for the toddlers it's ((price:{nw(rate)} dollars a day)) and when she's old enough she gets the ((duration:{nw(free)} hours)) free ece so it drops right down"),
        ("c", "okay that's not too bad"),
        ("a", "i'll send you the enrolment pack what's the best mobile"),
        ("c", f"[[PHONE:{sp(mob)}]]"),
        ("a", "and your email"),
        ("c", "[[EMAIL:hine dot tamihana at xtra dot co dot nz]]"),
        ("a", "and your home address for the form"),
        ("c", f"[[ADDRESS:{nw(hn, False)} clarkin road fairfield hamilton]] [[POSTCODE:{sp(pc)}]]"),
        ("a", f"perfect she could start on monday the ((date:{ordw(start)})) if that suits"),
        ("c", "that'd be amazing thank you so much"),
    ]


@case
def school_fees_za(g):
    dob = g.date(1978, 1986)
    idn = g.said_id(dob)
    grade = g.i(2, 6)
    fee = g.pick([1850, 2150, 2400])
    n = g.i(2, 4)
    extra = g.pick([600, 700, 800])
    months = ceil_div(fee * n, extra)
    acc = g.d(5)
    mob = "08" + g.pick("234") + g.d(7)
    return "transcript", [
        ("a", "Good morning, Rietvlei Primary accounts office, [[NAME:Thandeka]] speaking."),
        ("c", "Morning. It's [[NAME:Pieter van der Merwe]]. I got an SMS saying the school fees are behind."),
        ("a", "Yes, Mr [[NAME:van der Merwe]]. Which learner is it for?"),
        ("c", f"My son, [[NAME:Ruan]]. He's in ((other:Grade {grade}))."),
        ("a", f"Okay, I see the account is in arrears by ((price:R{fee * n:,.2f})). That's ((count:{n})) months of ((price:R{fee:,}))."),
        ("c", "I know. I was retrenched earlier this year. Can I pay it off over a few months on top of the normal fees?"),
        ("a", "We can do an arrangement. For the form I'll need your ID number."),
        ("c", f"[[SSN:{idn}]]."),
        ("a", f"Thank you. If you pay ((price:R{extra})) extra a month, the arrears are cleared in ((duration:{months} months))."),
        ("c", "I can manage that. Can I pay by EFT?"),
        ("a", f"Yes, and please use the learner's account number as the reference: [[ACCOUNT_NUMBER:RV{acc}]]."),
        ("c", f"[[ACCOUNT_NUMBER:RV{acc}]], got it."),
        ("a", "And the best cell number for you?"),
        ("c", f"[[PHONE:{mob[:3]} {mob[3:6]} {mob[6:]}]]."),
        ("a", "Thank you. The bursar will sign the arrangement and we'll send a copy home in [[NAME:Ruan]]'s bag."),
        ("c", "Thanks, I appreciate you not making a big thing of it."),
    ]


@case
def exam_remark_uk(g):
    cand = g.d(4)
    centre = g.dn(5)
    dob = g.date(2006, 2007)
    marks = g.i(2, 5)
    fee = g.pick([45, 52, 58])
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.pick("123456789") * 3
    days = g.pick([20, 30])
    return "asr", [
        ("a", "you're through to candidate services at northern examinations this is [[NAME:gemma]]"),
        ("c", "hiya i'm ringing about a review of marking for my son's a level maths"),
        ("a", "okay is the school requesting it or was he a private candidate"),
        ("c", "private candidate he sat it at a college in leeds"),
        ("a", "can i have his candidate number and the centre number"),
        ("c", f"candidate number is [[ACCOUNT_NUMBER:{sp(cand)}]] and the centre is ((other:{sp(centre)}))"),
        ("a", "and the candidate's name"),
        ("c", "[[NAME:tobias greenhalgh]] that's [[NAME:g r e e n h a l g h]]"),
        ("a", "and his date of birth"),
        ("c", f"[[DOB:{ordw(dob.day)} {MONTHS[dob.month].lower()} {yw(dob.year)}]]"),
        ("a", f"thank you so i can see he was ((count:{nw(marks)} marks)) off the grade boundary"),
        ("c", "yeah that's why we want it looked at"),
        ("a", f"the fee is ((price:{nw(fee)} pounds)) and it's refunded if the grade goes up"),
        ("c", "okay can i pay that now"),
        ("a", "yes go ahead with the long card number"),
        ("c", f"[[CARD_NUMBER:{sp(card[:4])} {sp(card[4:8])} {sp(card[8:12])} {sp(card[12:])}]]"),
        ("a", "expiry date"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "and the last three digits on the back"),
        ("c", f"[[CVV:{sp(cvv)}]]"),
        ("a", f"lovely that's taken you'll have the outcome within ((duration:{nw(days)} calendar days))"),
    ]

@case
def concert_ticket_us(g):
    em = g.d(2)
    o = g.nl(10)
    nt = g.pick([2])
    m, d = g.i(7, 11), g.i(2, 28)
    sec, row, s1 = g.i(101, 128), g.i(3, 22), g.i(1, 17)
    last4 = g.d(4)
    tot = g.cents(180, 420)
    h = g.pick([7, 8])
    return "transcript", [
        ("a", "Thanks for calling TixHub, this is [[NAME:Brandon]]. Can I get your name?"),
        ("c", "Hi, it's [[NAME:April Nguyen]]. I bought tickets for the Austin show and only one of them is showing in my app."),
        ("a", "Sorry about that, let's get it fixed. What's the email on the account?"),
        ("c", f"[[EMAIL:april.nguyen{em}@yahoo.com]]."),
        ("a", "And do you have the order number?"),
        ("c", f"It's ((other:{o[:2]}-{o[2:6]}-{o[6:]}))."),
        ("a", f"Got it. So that's ((count:{nt})) tickets for the ((date:{MONTHS[m]} {d})) show at Moody Center, Section ((other:{sec})), Row ((other:{row})), Seats ((other:{s1})) and ((other:{s1 + 1}))."),
        ("c", "That's right."),
        ("a", "For security, can you tell me the last four digits of the card you paid with?"),
        ("c", f"[[CARD_NUMBER:{last4}]]."),
        ("a", "And roughly what was the total?"),
        ("c", f"I think it was ((price:${tot})) with all the fees."),
        ("a", "That matches. The second ticket was stuck in a transfer that never completed. I've cancelled that, so if you refresh the app you should see both."),
        ("c", "Oh, there it is. Both of them!"),
        ("a", f"Perfect. Doors open at ((time:{h} pm)), and the barcode goes live a day before, so screenshots won't work."),
        ("c", "Good to know. Thank you so much, [[NAME:Brandon]]."),
    ]


@case
def footy_tickets_au(g):
    member = g.d(7)
    dob = g.date(1986, 1995)
    bay, row, s1 = g.i(101, 145), g.i(5, 30), g.i(1, 20)
    adult, kid = g.pick([62, 68, 74]), g.pick([24, 28])
    tot = 2 * adult + kid
    n = g.pick([3])
    card = g.card("4222")
    mm, yy = g.exp()
    cvv = g.d(3)
    hrs = g.pick([24, 48])
    return "asr", [
        ("a", "thanks for calling crows membership [[NAME:jess]] speaking"),
        ("c", "hi [[NAME:jess]] i'm trying to buy tickets for the showdown but the website keeps kicking me out"),
        ("a", "no dramas i can do it over the phone what's your member number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(member)}]]"),
        ("a", "and can you confirm your name and date of birth"),
        ("c", f"[[NAME:tayla brennan]] [[DOB:{ordw(dob.day)} of {MONTHS[dob.month].lower()} {yw(dob.year)}]]"),
        ("a", "thanks [[NAME:tayla]] how many are we after"),
        ("c", f"((count:{nw(n)})) me my partner and our son he's little"),
        ("a", f"okay i've got ((count:{nw(n)})) together in bay ((other:{sp(str(bay))})) row ((other:{nw(row)})) seats ((other:{nw(s1)})) to ((other:{nw(s1 + 2)}))"),
        ("c", "are they undercover"),
        ("a", "yep they're under the roof"),
        ("c", "sweet how much"),
        ("a", f"so ((price:{nw(adult)} dollars)) each for the adults and ((price:{nw(kid)})) for the junior so ((price:{nw(tot)} dollars)) all up"),
        ("c", f"yep card is [[CARD_NUMBER#k:{sp(card[:4])}]] uh [[CARD_NUMBER#k:{sp(card[4:10])}]] sorry [[CARD_NUMBER#k:{sp(card[10:])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{sp(cvv)}]]"),
        ("a", f"all done they'll be in your app within ((duration:{nw(hrs)} hours))"),
        ("c", "legend thanks heaps"),
    ]


@case
def streaming_payment_ca(g):
    card = g.card("45")
    mm, yy = g.exp()
    cvv = g.d(3)
    plan = g.pick([16.49, 18.99, 20.99])
    off = g.pick([50, 25])
    tax = g.pick([13])
    today = round(plan * (100 - off) / 100 * (100 + tax) / 100, 2)
    return "transcript", [
        ("a", "Thanks for contacting StreamNorth, you're speaking with [[NAME:Marc-Antoine]]."),
        ("c", "Hi. My payment failed and now my account's on hold. My name's [[NAME:Chantelle Boucher]]."),
        ("a", "Let me pull that up. What's the email on the account?"),
        ("c", "[[EMAIL:chantelle.boucher@videotron.ca]]."),
        ("a", "Thanks. The card on file expired at the end of last month, so that's why. Would you like to add a new one?"),
        ("c", f"Yes. It's [[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]]."),
        ("a", "And the expiry date?"),
        ("c", f"[[EXPIRY:{mm}/{yy}]]."),
        ("a", "And the CVV?"),
        ("c", f"[[CVV:{cvv}]]."),
        ("a", f"Done. You're on the Standard plan at ((price:${plan} a month)) plus tax. Because of the interruption I've taken ((percentage:{off}%)) off this month."),
        ("c", "Oh, nice. So what gets charged today?"),
        ("a", f"((price:${today:.2f})), that's with the ((percentage:{tax}%)) HST."),
        ("c", "Fine. Can you also take my ex off the account? There's a profile called [[NAME:Kevin]] still on it."),
        ("a", "I can't delete profiles from here, but under Settings you can sign out of all devices and change the password, which locks everyone else out."),
        ("c", "Good enough. Thanks."),
    ]


@case
def mealkit_move_uk(g):
    flat = g.i(2, 12)
    hn = g.i(10, 98)
    pc = g.uk_pc("BS")
    box = g.pick([44.99, 47.99, 52.49])
    recipes, people = g.i(3, 4), g.pick([2, 4])
    d = g.i(2, 27)
    off = g.pick([20, 25, 30])
    return "asr", [
        ("a", "hello you're through to freshcrate my name's [[NAME:callum]] how can i help"),
        ("c", "hi [[NAME:callum]] i've moved house and i need to change the delivery address before thursday's box"),
        ("a", "no problem can i take the email on the account"),
        ("c", "[[EMAIL:june dot okafor at hotmail dot co dot uk]]"),
        ("a", "lovely and is that [[NAME:june okafor]]"),
        ("c", "that's me"),
        ("a", "great and what's the new address"),
        ("c", f"[[ADDRESS:flat {nw(flat)} {nw(hn, False)} cotham brow]] that's in bristol [[POSTCODE:{sp(pc)}]]"),
        ("a", f"i'll just read that back [[ADDRESS:flat {nw(flat)} {nw(hn, False)} cotham brow]] [[POSTCODE:{sp(pc)}]]"),
        ("c", "yeah that's right is there somewhere safe they can leave it there's no concierge"),
        ("a", "i'll add a note to leave it in the porch"),
        ("c", "perfect and can i skip next week i'm away"),
        ("a", f"done next week's skipped so you'll get this thursday's as normal that's ((count:{nw(recipes)})) recipes for ((count:{nw(people)})) people at ((price:{dw(box)} a week))"),
        ("c", "great"),
        ("a", f"and your ((percentage:{nw(off)} percent)) off code is still on there so it'll come off your box after the skip on ((date:thursday the {ordw(d)}))"),
        ("c", "brilliant cheers [[NAME:callum]]"),
    ]


@case
def newspaper_sub_ie(g):
    sub = g.d(6)
    hn = g.i(3, 70)
    eir = g.eircode("V92")
    wk, old = g.pick([6.5, 7.2]), g.pick([14.2, 15.8])
    d = g.i(2, 27)
    card = g.card("5" + g.pick("1234"))
    mm, yy = g.exp()
    cvv = g.d(3)
    return "transcript", [
        ("a", "Good morning, Irish Daily subscriptions, [[NAME:Ciara]] speaking."),
        ("c", "Morning. I want to switch my subscription to weekends only, and I'm moving house as well, so both."),
        ("a", "No problem at all. Have you your subscriber number there?"),
        ("c", f"I have, it's on the renewal letter. [[ACCOUNT_NUMBER:IDS-{sub}]]."),
        ("a", "And your name?"),
        ("c", "[[NAME:Declan Fitzgerald]]."),
        ("a", f"Thanks, Mr [[NAME:Fitzgerald]]. Weekend-only delivery is ((price:€{wk:.2f} a week)), down from ((price:€{old:.2f})). And what's the new address?"),
        ("c", f"[[ADDRESS:{hn} Mountain View Park, Tralee]], County Kerry, and the Eircode is [[POSTCODE:{eir}]]."),
        ("a", f"Lovely. The first delivery there will be Saturday the ((date:{ords(d)})). Will you keep paying by card?"),
        ("c", f"A new card, actually, the old one was cancelled. [[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]], expiry [[EXPIRY:{mm}/{yy}]], and the code on the back is [[CVV:{cvv}]]."),
        ("a", f"Thank you. So that's the card ending [[CARD_NUMBER:{card[-4:]}]]. The paper will be left in the box by the gate, same as before?"),
        ("c", "There's no box at the new place. Could the driver leave it inside the porch?"),
        ("a", "I'll put that on the delivery note."),
        ("c", "Grand, thanks a million."),
    ]


@case
def pet_insurance_claim_uk(g):
    pol = g.d(8)
    dob = g.date(1970, 1990)
    age = g.i(3, 8)
    chip = g.nl(15, "826")
    bill = g.amt(900, 2400, 10)
    excess = g.pick([99, 120])
    share = g.pick([20, 10])
    back = round((bill - excess) * (100 - share) / 100, 2)
    pc = g.uk_pc("CF")
    last4 = g.d(4)
    return "asr", [
        ("a", "pawsure claims [[NAME:imogen]] speaking how can i help"),
        ("c", "hi yeah i need to make a claim my dog had surgery last week"),
        ("a", "oh no is he alright can i take your policy number"),
        ("c", f"it's [[ACCOUNT_NUMBER:p s {sp(pol)}]]"),
        ("a", "and the policyholder's name and date of birth"),
        ("c", f"[[NAME:rhys pritchard]] [[DOB:{say_uk(dob)}]]"),
        ("a", "and your pet's name"),
        ("c", f"biscuit he's a ((other:{nw(age)})) year old cocker spaniel he ate a sock"),
        ("a", "oh bless him can i take the microchip number so we match the right dog"),
        ("c", f"yeah it's on his vaccination card ((other:{sp(chip, runs=False)}))"),
        ("a", "and the total on the vet's invoice"),
        ("c", f"((price:{nw(bill)} pounds))"),
        ("a", f"okay so your excess is ((price:{nw(excess)} pounds)) and because of his age there's a ((percentage:{nw(share)} percent)) co payment"),
        ("c", "so what do i actually get back"),
        ("a", f"it'd be ((price:{money_w(back)})) if the claim's approved"),
        ("c", "okay that's still a lot better than nothing"),
        ("a", f"we'll pay it into the account your premiums come from the one ending [[ACCOUNT_NUMBER:{sp(last4)}]] and is your postcode still [[POSTCODE:{sp(pc)}]]"),
        ("c", "yep same place"),
    ]


@case
def vet_bill_us(g):
    ph = g.d(7)
    bal = g.cents(420, 980)
    ext = g.i(2, 4)
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    lbs = g.i(14, 38)
    area = g.pick(["503", "971"])
    days = g.pick([7, 10, 14])
    return "transcript", [
        ("a", "Cedar Creek Animal Hospital, this is [[NAME:Kayla]]."),
        ("c", "Hi, I'm calling to pay for Pepper's dental yesterday, and to ask about her meds."),
        ("a", "Sure. Whose name is the account under?"),
        ("c", "[[NAME:Rosalind Achterberg]]. That's [[NAME:A as in apple, C, H, T as in Tom, E, R, B as in boy, E, R, G]]."),
        ("a", "Thank you. And the phone number on the account?"),
        ("c", f"[[PHONE:({area}) {ph[:3]}-{ph[3:]}]]."),
        ("a", f"Got her. Pepper's balance is ((price:${bal})), and that includes the ((count:{ext})) extractions."),
        ("c", "Ouch. Okay. Please don't use the card on file, I'll give you a new one."),
        ("a", "Go ahead."),
        ("c", f"[[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]], expires [[EXPIRY:{mm}/{yy}]], security code [[CVV:{cvv}]]."),
        ("a", f"That went through. And for the meds, she's ((quantity:{lbs} pounds)), so it's ((quantity:half a tablet)) twice a day for ((duration:{days} days)), with food."),
        ("c", "With food. Got it. She's already sulking at me."),
        ("a", "They always do after a dental. Soft food for the first few days helps."),
        ("c", "Thanks so much."),
    ]


@case
def emi_bounce_interpreter_in(g):
    dob = g.date(1950, 1958)
    pan = g.L(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "P" + g.L(1) + g.d(4) + g.L(1)
    emi = g.pick([4200, 3850, 5100])
    loan = g.d(10)
    due, pay = g.i(3, 7), g.i(9, 14)
    charge = g.pick([590, 500, 750])
    mob = g.pick("6789") + g.d(9)
    return "asr", [
        ("a", "hello this is [[NAME:deepika]] calling from swiftcash finance am i speaking to mister [[NAME:subramanian]]"),
        ("c", "i'm his son [[NAME:karthik]] my father doesn't speak much english so i'll translate for him"),
        ("a", "okay thank you i need to verify him first can you ask his date of birth"),
        ("c", f"he says [[DOB:{ordw(dob.day)} {MONTHS[dob.month].lower()} {yw(dob.year)}]]"),
        ("a", "and his pan number please"),
        ("c", f"wait he's getting the card [[SSN:{sp(pan, zero='zero', runs=False)}]]"),
        ("a", f"thank you sir the emi of ((price:{nw(emi, False)} rupees)) on loan account [[ACCOUNT_NUMBER:{sp(loan, zero='zero', runs=False)}]] was due on the ((date:{ordw(due)})) and it has bounced"),
        ("c", f"he says the pension came late this month he can pay on the ((date:{ordw(pay)}))"),
        ("a", f"that is fine but there will be a bounce charge of ((price:{nw(charge, False)} rupees))"),
        ("c", "he is asking if you can waive it this time he has never missed before"),
        ("a", f"i can waive ((percentage:{nw(g.pick([50]))} percent)) of it as a goodwill gesture"),
        ("c", "okay he agrees"),
        ("a", "please confirm the mobile number for the payment link"),
        ("c", f"[[PHONE:{sp(mob[:5], zero='zero')} {sp(mob[5:], zero='zero')}]]"),
        ("a", "okay the link is sent please tell him to pay before the date to avoid further charges"),
        ("c", "yes i'll help him do it thank you madam"),
    ]

@case
def medical_debt_us(g):
    acct = g.d(3) + "-" + g.d(6)
    ssn = g.ssn()
    dob = g.date(1962, 1980)
    hn = g.i(1200, 9800)
    zp = "432" + g.d(2)
    bal = g.cents(1400, 3900)
    down = g.amt(100, 250, 25)
    monthly = g.amt(75, 150, 25)
    d1 = g.i(1, 15)
    m1 = g.i(1, 12)
    months = ceil_div(int(bal - down), monthly)
    return "transcript", [
        ("a", "Buckeye Recovery Services. This is an attempt to collect a debt and any information obtained will be used for that purpose. My name is [[NAME:Curtis]]."),
        ("c", f"Yeah, I got your letter about a hospital bill. I'm reading it right now. It says account number [[ACCOUNT_NUMBER:{acct}]]."),
        ("a", "Thank you. To verify, your full name, date of birth and Social Security number?"),
        ("c", f"[[NAME:Dolores Whitfield-Grant]], [[DOB:{mdy(dob)}]], and Social is [[SSN:{ssn}]]."),
        ("a", f"Thank you, Ms. [[NAME:Whitfield-Grant]]. This is from Riverside Medical Center, balance ((price:${bal:,.2f}))."),
        ("c", "I thought insurance covered that. But fine, I can't pay it all at once."),
        ("a", f"We can set up a plan. If you put ((price:${down})) down today, the rest could be ((price:${monthly} a month)) for ((duration:{months} months))."),
        ("c", f"Can the down payment be on the ((date:{ords(d1)})) instead? I get paid then."),
        ("a", f"Sure, ((price:${down})) on ((date:{MONTHS[m1]} {d1})), then ((price:${monthly})) on the ((date:{ords(d1)})) of each month after that. Is the address on the letter still current?"),
        ("c", f"Yes, [[ADDRESS:{hn} Sawmill Parkway, Powell]], Ohio [[POSTCODE:{zp}]]."),
        ("a", "I'll mail the agreement there. Nothing is final until you sign and return it."),
        ("c", "Okay. Thanks for not being pushy."),
    ]


@case
def bnpl_phone_finish_uk(g):
    mob = "077" + g.d(8)
    inst = g.amt(30, 120) + g.pick([0, 0.5, 0.99])
    order_amt = round(inst * 3, 2)
    late = g.pick([5])
    parts = g.pick([3])
    em = g.d(2)
    d = g.i(2, 27)
    return "asr", [
        ("a", "hi you're through to splitpay customer care my name is [[NAME:tomasz]]"),
        ("c", "hiya i've got an email saying my payment failed and there's a late fee on it"),
        ("a", "sorry about that can i have the mobile number on your account"),
        ("c", f"yeah it's [[PHONE#p:{sp(mob[:6])}]] um i always forget the end of my own number"),
        ("a", f"i can see one here ending [[PHONE#p:{sp(mob[6:])}]] is that you"),
        ("c", "yeah that's it"),
        ("a", "and your name"),
        ("c", "[[NAME:shannon mcgrory]]"),
        ("a", f"okay [[NAME:shannon]] so it's the order from the shoe shop ((price:{money_w(order_amt)})) split into ((count:{nw(parts)})) and the second instalment of ((price:{money_w(inst)})) failed"),
        ("c", "i had no money in that account it was before payday"),
        ("a", f"i can take it now and i'll remove the ((price:{nw(late)} pound)) late fee as it's your first one"),
        ("c", "oh thanks that's good of you yeah take it from the same card"),
        ("a", f"done and your last one is on the ((date:{ordw(d)})) we'll email you a reminder is that still [[EMAIL:shan mcgrory {sp(em, runs=False)} at gmail dot com]]"),
        ("c", "yeah that's right"),
    ]


@case
def payday_arrangement_ca(g):
    loan = "PL" + g.d(7)
    sin = g.sin()
    owed = g.cents(600, 1300)
    a1, a2 = g.amt(150, 250, 10), g.amt(150, 250, 10)
    a3 = round(owed - a1 - a2, 2)
    parts = g.pick([3])
    m = g.i(1, 10)
    d1, d2, d3 = g.i(1, 8), g.i(12, 19), g.i(22, 28)
    area = g.pick(["204", "431"])
    ph = g.d(7)
    return "transcript", [
        ("a", "Prairie Cash Advance, [[NAME:Janelle]] speaking. How can I help?"),
        ("c", f"Hi, I have a loan with you, number [[ACCOUNT_NUMBER:{loan}]], and I can't make the full payment this week."),
        ("a", "Okay, I'm glad you called before it was missed. Can I have your name and the SIN you applied with?"),
        ("c", f"[[NAME:Brett Kowalchuk]], and the SIN is [[SSN:{sin}]]."),
        ("a", f"Thanks, [[NAME:Brett]]. You owe ((price:${owed:,.2f})) in total. Manitoba allows an extended payment plan, so we could split it into ((count:{parts}))."),
        ("c", "What would that look like?"),
        ("a", f"((price:${a1})) on ((date:{MONTHS[m]} {d1})), ((price:${a2})) on ((date:{MONTHS[m]} {d2})), and the last ((price:${a3:.2f})) on ((date:{MONTHS[m]} {d3}))."),
        ("c", f"Could the first one be ((price:${a1 - 50})) instead? I've got rent."),
        ("a", f"Then the last one would go up to ((price:${a3 + 50:.2f})). Is that okay?"),
        ("c", "Yeah, that's fine."),
        ("a", "Alright, it's set up. What number should we text the reminders to?"),
        ("c", f"[[PHONE:{area}-{ph[:3]}-{ph[3:]}]]."),
        ("a", "You'll get a text the day before each one. Anything else I can help with?"),
        ("c", "No, that's everything. Thanks."),
    ]


@case
def funeral_home_us(g):
    dob = g.date(1939, 1948)
    ssn = g.ssn()
    age = 2025 - dob.year - 1
    h, m = g.hm(10, 14, (0, 30))
    certs = g.i(5, 10)
    per = g.pick([20, 25])
    area = g.pick(["901", "731"])
    ph = g.d(7)
    return "asr", [
        ("a", "thank you for calling whitmore and sons funeral home this is [[NAME:delphine]] how may i help you"),
        ("c", "hi um i'm calling about my grandmother she passed this morning at home hospice was with her"),
        ("a", "i'm so sorry honey what was her name"),
        ("c", "[[NAME:paris mae holloway]] everybody called her miss [[NAME:mae]]"),
        ("a", "and who am i speaking with"),
        ("c", "her granddaughter [[NAME:tasha]] [[NAME:latasha holloway]]"),
        ("a", "thank you [[NAME:tasha]] for the death certificate i'll need her date of birth and social if you have it"),
        ("c", f"i have her medicare letter here born [[DOB:{say_us(dob)}]] and the social is [[SSN:{sp(ssn, runs=False)}]]"),
        ("a", f"so she was ((other:{nw(age, False)}))"),
        ("c", "yes ma'am she'd been sick a long time"),
        ("a", f"we can come to the house within the hour and if the family wants to meet we have ((time:{t_w(h, m)})) tomorrow"),
        ("c", "and how many death certificates do we need the bank already asked me for one"),
        ("a", f"most families get about ((count:{nw(certs)})) they're ((price:{nw(per)} dollars)) each from the county"),
        ("c", "okay and you can call me on this number"),
        ("a", "what is it"),
        ("c", f"[[PHONE:{sp(area, runs=False)} {sp(ph[:3], runs=False)} {sp(ph[3:], runs=False)}]]"),
        ("a", "alright we're on our way"),
    ]


@case
def funeral_director_au(g):
    plan = "FP" + g.d(6)
    dob = g.date(1936, 1946)
    med = g.dn(10)
    hn = g.i(3, 99)
    pc = "2" + g.d(3)
    h, m = g.hm(10, 14, (0, 30))
    cost = g.amt(6800, 9400, 50)
    paid = g.amt(4000, 6000, 100)
    mob = "04" + g.d(8)
    return "transcript", [
        ("a", "Good afternoon, Bayside Funerals, [[NAME:Lachlan]] speaking."),
        ("c", "Hello. My father passed away on Sunday and he had a prepaid funeral plan with you. I'm his son, [[NAME:Graham Pemberton]]."),
        ("a", "I'm very sorry, [[NAME:Graham]]. Do you have the plan number?"),
        ("c", f"It's on the certificate here. [[ACCOUNT_NUMBER:{plan}]]."),
        ("a", "And your father's full name and date of birth?"),
        ("c", f"[[NAME:Kenneth Arthur Pemberton]], born [[DOB:{dob.day} {MONTHS[dob.month]} {dob.year}]]."),
        ("a", f"Thank you. The plan covers ((price:${paid:,})) of a ((price:${cost:,})) service, so there'd be about ((price:${cost - paid:,})) for the family to cover, depending on what you choose."),
        ("c", "That's fine. He moved up here from Sydney to be near the grandkids, so most of his friends will be travelling."),
        ("a", f"Then a service later in the day helps, say ((time:{hhmm(h, m)}))? And for the forms I'll need his Medicare number and the address."),
        ("c", f"Medicare is [[ACCOUNT_NUMBER:{med[:4]} {med[4:9]} {med[9]}]]. He lived at [[ADDRESS:{hn} Tweed Coast Road, Bogangar]], New South Wales, [[POSTCODE:{pc}]]."),
        ("a", "Thank you. And the best number for you?"),
        ("c", f"[[PHONE:{mob[:4]} {mob[4:7]} {mob[7:]}]]."),
        ("a", "I'll call you tomorrow morning once he's in our care, and we can go through the rest then."),
        ("c", "Thanks, [[NAME:Lachlan]]. It's a lot easier with the plan already there."),
    ]


@case
def uscis_biometrics_us(g):
    anum = g.dn(9)
    rcpt = "IOE" + g.d(10)
    dob = g.date(1984, 1997)
    d = g.i(2, 28)
    h, m = g.hm(8, 15, (0, 30))
    wk = g.i(2, 4)
    area = g.pick(["713", "832"])
    ph = g.d(7)
    return "asr", [
        ("a", "thank you for calling the uscis contact center this is [[NAME:marcus]] may i have your name"),
        ("c", "yes it's [[NAME:ahmad bin yusof]]"),
        ("a", "and your a number"),
        ("c", f"[[ACCOUNT_NUMBER:a {sp(anum, zero='zero', runs=False)}]]"),
        ("a", "and the receipt number for the application you're calling about"),
        ("c", f"it's [[ACCOUNT_NUMBER:i o e {sp(rcpt[3:], zero='zero', runs=False)}]]"),
        ("a", "and your date of birth"),
        ("c", f"[[DOB:{say_us(dob)}]]"),
        ("a", f"thank you mister [[NAME:ahmad]] i see your biometrics appointment is scheduled for ((date:april {ordw(d)})) at ((time:{t_w(h, m)})) in the morning at the houston office"),
        ("c", "i can't make that day i'm working a court hearing i'm an interpreter"),
        ("a", f"okay i can submit a reschedule request for you it can take about ((duration:{nw(wk)} weeks)) to get the new notice"),
        ("c", "please do that"),
        ("a", "and what's the best phone number to reach you"),
        ("c", f"[[PHONE:{sp(area, zero='zero', runs=False)} {sp(ph, zero='zero', runs=False)}]]"),
        ("a", "okay the request is in keep an eye on your mail and your online account"),
        ("c", "thank you so much"),
    ]

@case
def ircc_interpreter_ca(g):
    uci = g.d(8)
    pp = g.pick("NPR") + g.d(8)
    dob = g.date(1979, 1992)
    area = g.pick(["613", "343"])
    ph = g.d(7)
    wrong = ph[3:5] + ph[6] + ph[5] if ph[5] != ph[6] else ph[4] + ph[3] + ph[5:]
    days = g.pick([30, 60, 90])
    return "transcript", [
        ("a", "Immigration, Refugees and Citizenship Canada, this is [[NAME:Stephanie]]."),
        ("c", "Hello, my name is [[NAME:Omar]], I'm an interpreter. I'm calling with [[NAME:Rania al-Masri]], she speaks Arabic. She has given consent for me to speak for her."),
        ("a", "Thank you. I'll need her to confirm that herself first. Can you ask her to say yes?"),
        ("c", "(Caller, in English: Yes. Yes, I agree.)"),
        ("a", "Thank you. What's her UCI number?"),
        ("c", f"She's reading it from her letter... [[ACCOUNT_NUMBER:{uci[:4]}-{uci[4:]}]]."),
        ("a", "And her date of birth and passport number?"),
        ("c", f"She says born [[DOB:{dob.day} {MONTHS[dob.month]} {dob.year}]], and the passport is [[ACCOUNT_NUMBER:{pp}]]."),
        ("a", "Thank you. I can see her work permit extension was received and is in processing. What is her question?"),
        ("c", "She wants to know if she can keep working while she waits, because her current permit ends soon."),
        ("a", "If she applied before the old permit expired, she can keep working under the same conditions until a decision is made. That's called maintained status."),
        ("c", "She is very relieved. She asks how long the decision takes."),
        ("a", f"Right now the processing time is about ((duration:{days} days)). Is there a phone number she wants on file?"),
        ("c", f"Yes, [[PHONE#x:{area}-{ph[:3]}-{wrong}]]. Sorry, she's correcting me, the end is [[PHONE#x:{ph[3:]}]]."),
        ("a", f"So that's [[PHONE:{area}-{ph[:3]}-{ph[3:]}]]?"),
        ("c", "Yes, that's right."),
        ("a", "Thank you, I've updated it. She'll get any requests through her online account."),
    ]

@case
def nct_booking_ie(g):
    yr = g.pick([2012, 2013, 2014])
    reg = f"{yr % 100}{g.pick('12')}-{g.pick(['D', 'KE', 'MH', 'WW'])}-{g.i(1000, 99999)}"
    km = g.amt(140, 260) * 1000 + g.amt(0, 9) * 100
    fee = g.pick([55])
    d = g.i(2, 27)
    h, m = g.hm(8, 16, (0, 20, 40))
    mob = "087" + g.d(7)
    return "asr", [
        ("a", "national car testing service [[NAME:orla]] speaking"),
        ("c", "hi there i need to book the nct for my car it's due next month"),
        ("a", "no problem what's the registration"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(reg.split('-')[0])} {' '.join(reg.split('-')[1].lower())} {sp(reg.split('-')[2])}]]"),
        ("a", f"grand that's a ((year:{yw(yr)})) toyota corolla and what's the odometer reading roughly"),
        ("c", f"about ((quantity:{nw(km // 1000)} thousand kilometres))"),
        ("a", f"okay i've got the naas centre on the ((date:{ordw(d)})) at ((time:{t_w(h, m)}))"),
        ("c", "that's perfect"),
        ("a", f"the fee is ((price:{nw(fee)} euro)) payable on the day and what name will i put on it"),
        ("c", "[[NAME:siobhan kavanagh]]"),
        ("a", "and a mobile for the reminder text"),
        ("c", f"[[PHONE:{sp(mob[:3])} {sp(mob[3:6])} {sp(mob[6:])}]]"),
        ("a", "lovely you're booked in bring your log book or the registration cert"),
        ("c", "thanks a million"),
    ]


@case
def nursery_funding_uk(g):
    code = g.d(11)
    dob = g.date(2022, 2023)
    ni = g.ni()
    hrs = g.pick([15, 30])
    mob = "07" + g.d(9)
    d = g.i(2, 27)
    return "transcript", [
        ("a", "Hello, Little Acorns Nursery, [[NAME:Bethan]] speaking."),
        ("c", "Hi, it's [[NAME:Elizabeth Rowntree]], [[NAME:Lizzie]]'s mum. She's [[NAME:Elizabeth]] as well, so there's big [[NAME:Lizzie]] and little [[NAME:Lizzie]]."),
        ("a", "Ha, I know exactly who you are! How can I help?"),
        ("c", f"I've got our code for the ((duration:{hrs} hours)) funding through finally. Do you want it now?"),
        ("a", "Yes please, I'll put it straight into the system."),
        ("c", f"It's [[ACCOUNT_NUMBER:{code}]]."),
        ("a", "Thank you. And I need to check it against your National Insurance number and her date of birth."),
        ("c", f"Mine's [[SSN:{ni}]], and she was born [[DOB:{dob.day} {MONTHS[dob.month]} {dob.year}]]."),
        ("a", f"That's validated. The funded hours will start from the ((date:{ords(d)})), so your next invoice will be a lot smaller."),
        ("c", "Thank goodness for that. Can you text me when the new invoice is ready?"),
        ("a", "Of course. Is the mobile still the same?"),
        ("c", f"Yes, [[PHONE:{mob[:5]} {mob[5:]}]]."),
        ("a", "Lovely. See you at pick-up."),
    ]

@case
def daycare_tuition_us(g):
    owed = g.pick([900])
    wk = g.pick([300, 325, 350])
    weeks = g.i(2, 3)
    card = g.card("5" + g.pick("345"))
    mm, yy = g.exp()
    cvv = g.d(3)
    late = g.pick([25, 35])
    return "asr", [
        ("a", "good morning sunshine kids academy this is [[NAME:brianna]] in the office"),
        ("c", "hi [[NAME:brianna]] it's [[NAME:melissa]] [[NAME:melissa kowalski]] [[NAME:ava]]'s mom"),
        ("a", "oh hi how was the trip"),
        ("c", "amazing we just got back from italy florence was gorgeous but now i'm behind on everything including tuition"),
        ("a", f"yeah i was gonna call you it's ((price:{nw(owed, False)} dollars)) for the ((count:{nw(weeks)})) weeks you were away since we hold the spot"),
        ("c", "yeah that's fair can i pay it now"),
        ("a", "sure go ahead with the card"),
        ("c", f"okay it's [[CARD_NUMBER#k:{sp(card[:4], zero='zero')} {sp(card[4:8], zero='zero')}]] wait [[NAME:ava]] put that down [[CARD_NUMBER#k:{sp(card[8:], zero='zero')}]]"),
        ("a", "and the expiration"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "and the code on the back"),
        ("c", f"[[CVV:{sp(cvv, zero='zero')}]]"),
        ("a", f"got it and i waived the ((price:{nw(late)} dollar)) late fee since you told us about the trip ahead of time"),
        ("c", f"thank you so much and it's back to the normal ((price:{nw(wk, False)} a week)) from monday right"),
        ("a", "yep see you both monday"),
    ]


@case
def visa_trn_au(g):
    trn = "EGO" + g.d(10)
    pp = g.pick("EFGHKLMN") + g.d(7)
    dob = g.date(1990, 2000)
    w = g.i(3, 8)
    fee = g.pick([710, 650])
    mob = "04" + g.d(8)
    em = g.d(2)
    return "transcript", [
        ("a", "Department of Home Affairs, Global Service Centre, you're speaking with [[NAME:Priyanka]]."),
        ("c", "Hi. I'm calling about my student visa application. I lodged it ages ago."),
        ("a", "Do you have your Transaction Reference Number? It starts with E-G-O."),
        ("c", f"Yes. [[ACCOUNT_NUMBER:{trn}]]."),
        ("a", "And your full name, date of birth and passport number, please."),
        ("c", f"[[NAME:Nguyen Thi Mai Anh]]. [[DOB:{dob.day:02d}/{dob.month:02d}/{dob.year}]]. Passport [[ACCOUNT_NUMBER:{pp}]]."),
        ("a", f"Thank you. The application is with a case officer. Your health examinations were received ((duration:{w} weeks)) ago, which is the last thing we were waiting on."),
        ("c", f"So it should come soon? I already paid the ((price:AUD {fee})) and my course starts in Brisbane next month."),
        ("a", "I can't give a date, but nothing is outstanding. Make sure your contact details are current so you don't miss a request."),
        ("c", f"My new mobile is [[PHONE:{mob[:4]} {mob[4:7]} {mob[7:]}]], and email [[EMAIL:maianh.nguyen{em}@gmail.com]]."),
        ("a", "I'll note those, but please also update them in ImmiAccount, because that's where the officer will look."),
        ("c", "Okay, I'll do that tonight. Thank you."),
    ]


@case
def ielts_results_uk(g):
    cand = g.d(6)
    pp = g.dn(9)
    dob = g.date(1995, 2003)
    td = g.date(2025, 2025)
    band = g.pick(["six point five", "seven", "seven point five"])
    need = g.pick(["seven", "seven point five", "eight"])
    fee = g.pick([115, 120])
    days = g.pick([5, 7])
    return "asr", [
        ("a", "hello ielts candidate support [[NAME:farah]] speaking"),
        ("c", "hi i want to ask for a remark on my writing i got a lower score than i need"),
        ("a", "okay can i take your candidate number please"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(cand, zero='zero')}]]"),
        ("a", "and your name as on the passport"),
        ("c", "[[NAME:wojciech szczepanski]] i'll spell the surname [[NAME:s as in sugar z c z e p as in peter a n s k i]]"),
        ("a", "thank you and your passport number and date of birth"),
        ("c", f"passport [[ACCOUNT_NUMBER:{sp(pp)}]] and birthday [[DOB:{ordw(dob.day)} {MONTHS[dob.month].lower()} {yw(dob.year)}]]"),
        ("a", f"great i can see the test on the ((date:{ordw(td.day)} of {MONTHS[td.month].lower()})) you got ((other:{band})) in writing"),
        ("c", f"yeah and the nursing council needs ((other:{need}))"),
        ("a", f"an enquiry on results costs ((price:{nw(fee)} pounds)) and it's refunded if your score goes up results come back in about ((duration:{nw(days)} to {nw(days + 14)} days))"),
        ("c", "okay let's do it"),
        ("a", "i'll send the form to your email you'll pay online"),
        ("c", "perfect thank you"),
    ]

@case
def passport_seva_in(g):
    fileno = "BN" + g.pick("AB") + g.d(9)
    aad = g.pick("23456789") + g.d(11)
    hn = g.i(12, 480)
    cross = g.i(1, 12)
    pin = "5600" + g.d(2)
    mob = g.pick("6789") + g.d(9)
    cc = g.pick(["91"])
    em = g.d(3)
    d = g.i(2, 27)
    h, m = g.hm(9, 15, (0, 30))
    days = g.pick([3, 7])
    return "transcript", [
        ("a", "Passport Seva helpline, this is [[NAME:Anand]]. Please tell me your file number."),
        ("c", f"Good afternoon. It's [[ACCOUNT_NUMBER:{fileno}]]."),
        ("a", "Thank you. Applicant name?"),
        ("c", "[[NAME:Sowmya Krishnamurthy]]. I'm calling because the police verification is still pending."),
        ("a", "I can see that, madam. For verification the police station needs your Aadhaar and current address. Can you confirm them?"),
        ("c", f"Aadhaar is [[SSN:{aad[:4]} {aad[4:8]} {aad[8:]}]]. Address is [[ADDRESS:No. {hn}, {ords(cross)} Cross, Indiranagar, Bengaluru]], PIN [[POSTCODE:{pin}]]."),
        ("a", f"Your verification visit is scheduled for the ((date:{ords(d)})) between ((time:{h}:{m:02d})) and ((time:{h + 2}:{m:02d})). Please keep the originals ready."),
        ("c", "Okay. Will they call me before they come?"),
        ("a", "Usually yes. Which mobile should they use?"),
        ("c", f"[[PHONE:+{cc} {mob[:5]} {mob[5:]}]]."),
        ("a", f"Noted. After the police report is uploaded, the passport is normally dispatched within ((duration:{days} working days)). You'll get updates on [[EMAIL:sowmya.k{em}@rediffmail.com]]. Is that correct?"),
        ("c", "Yes, that's my email. Thank you."),
    ]

@case
def car_service_za(g):
    plate = f"CA {g.d(3)}-{g.d(3)}"
    km = g.amt(60, 180) * 1000 + g.amt(0, 9) * 100
    svc = g.amt(3200, 5600, 50)
    yr = g.pick([2017, 2018, 2019])
    mob = "08" + g.pick("234") + g.d(7)
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    dep = g.pick([500, 1000])
    h = g.pick([7, 8])
    return "asr", [
        ("a", "morning bellville toyota service desk this is [[NAME:sipho]]"),
        ("c", "hi [[NAME:sipho]] it's [[NAME:anneke du plessis]] i want to book my car for its major service"),
        ("a", "no problem ma'am what's the registration"),
        ("c", f"[[ACCOUNT_NUMBER:{' '.join(plate[:2].lower())} {sp(plate[3:])}]]"),
        ("a", f"okay i've got a ((year:{yw(yr)})) corolla cross what's the mileage on it"),
        ("c", f"it's on ((quantity:{nw(km)} k)) or thereabouts"),
        ("a", f"then it's the big one with the cambelt check that's around ((price:{nw(svc)} rand))"),
        ("c", "eish okay when can you take it"),
        ("a", f"thursday if you drop it by ((time:{ONES[h]} o'clock)) we need a deposit of ((price:{nw(dep)} rand)) to hold the booking"),
        ("c", f"fine my card is [[CARD_NUMBER:{card[:4]} {card[4:6]} {card[6:12]} {card[12:]}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "and the cvv"),
        ("c", f"[[CVV:{sp(cvv)}]]"),
        ("a", "and a cell number for when it's ready"),
        ("c", f"[[PHONE:{sp(mob[:3])} {sp(mob[3:6])} {sp(mob[6:])}]]"),
        ("a", "sharp you're booked see you thursday"),
    ]


@case
def council_tax_ivr_uk(g):
    acc = g.d(9)
    k1, k2 = g.pick([1]), g.pick([2])
    hn = g.i(2, 120)
    pc = g.uk_pc("LS")
    arrears = g.cents(300, 900)
    inst = g.amt(30, 60, 5)
    d1 = g.i(1, 15)
    d2 = d1 + 14
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    return "transcript", [
        ("i", "Welcome to Leeds City Council. Please enter your council tax account number, followed by the hash key."),
        ("i", f"You entered [[ACCOUNT_NUMBER:{' '.join(acc)}]]. If this is correct, press ((other:{k1})). To re-enter, press ((other:{k2}))."),
        ("a", "Council tax, [[NAME:Nadia]] speaking. I've got your account up. Can you confirm your name and address?"),
        ("c", f"[[NAME:Craig Oduya]], [[ADDRESS:{hn} Harehills Lane]], [[POSTCODE:{pc}]]."),
        ("a", f"Thank you. So there's ((price:£{arrears:,.2f})) in arrears, and a summons will be issued if we don't agree something today."),
        ("c", f"I can pay ((price:£{inst})) now and the same again on the ((date:{ords(d2)})), and then I'll be back on the normal instalments."),
        ("a", f"That works. So ((price:£{inst})) today, ((price:£{inst})) on the ((date:{ords(d2)})), and the remaining ((price:£{arrears - 2 * inst:,.2f})) spread over your instalments to ((date:March))."),
        ("c", "Okay. I'll put the first bit on my card."),
        ("a", "The long number on the front, please."),
        ("c", f"[[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]]."),
        ("a", "Expiry?"),
        ("c", f"[[EXPIRY:{mm}/{yy}]]."),
        ("a", "And the security code."),
        ("c", f"[[CVV:{cvv}]]."),
        ("a", "That's approved. I'll put a note on the account so the summons doesn't go out."),
        ("c", "Thanks. That's a weight off."),
    ]

@case
def bnpl_card_update_us(g):
    em = g.d(2)
    order = g.cents(160, 480)
    parts = g.pick([4])
    q = round(order / parts, 2)
    card = g.card("5" + g.pick("1245"))
    mm, yy = g.exp()
    cvv = g.d(3)
    d = g.i(2, 27)
    return "asr", [
        ("a", "hi thanks for calling fourpay my name is [[NAME:destiny]] can i get the email on your account"),
        ("c", f"yeah it's [[EMAIL:kaylee underscore brooks {sp(em, zero='zero', runs=False)} at icloud dot com]]"),
        ("a", "thank you and your name"),
        ("c", "[[NAME:kaylee brooks]]"),
        ("a", f"okay [[NAME:kaylee]] i see your order from urban threads ((price:{dw(order)})) split into ((count:{nw(parts)})) payments of ((price:{dw(q)})) and the card on there got declined"),
        ("c", "yeah my bank shut that card i've got a new one"),
        ("a", "go ahead"),
        ("c", f"okay [[CARD_NUMBER:{card[:4]} {card[4:7]} {card[7:13]} {card[13:]}]]"),
        ("a", "and the expiration date"),
        ("c", f"[[EXPIRY:{MONTHS[int(mm)].lower()} {yw(2000 + int(yy))}]]"),
        ("a", "and the cvc"),
        ("c", f"[[CVV:{sp(cvv, zero='zero', runs=False)}]]"),
        ("a", f"thanks i've charged the missed payment and your next one is due on the ((date:{ordw(d)})) there's no late fee since you called in"),
        ("c", "oh awesome thank you"),
    ]


@case
def finance_arrears_nz(g):
    loan = "L" + g.d(7)
    dob = g.date(1983, 1996)
    hn = g.i(2, 160)
    pc = "06" + g.d(2)
    owed = g.cents(900, 2600)
    wk = g.amt(40, 90, 5)
    weeks = ceil_div(int(owed), wk)
    d = g.i(2, 27)
    mob = "02" + g.pick("127") + g.d(7)
    return "transcript", [
        ("a", "Kiwi Cash Finance, collections team, [[NAME:Ropata]] speaking."),
        ("c", "Hi, I got a text to call about my loan. I've fallen behind, sorry."),
        ("a", "Thanks for calling back. What's your loan number?"),
        ("c", f"It's [[ACCOUNT_NUMBER:{loan}]]."),
        ("a", "And your name and date of birth?"),
        ("c", f"[[NAME:Kayla Te Hira]], [[DOB:{dob.day}/{dob.month}/{dob.year}]]."),
        ("a", f"Thanks, [[NAME:Kayla]]. The arrears are ((price:${owed:,.2f})). What could you manage each week?"),
        ("c", f"Maybe ((price:${wk} a week))? I've just started a new job."),
        ("a", f"That'd clear it in about ((duration:{weeks} weeks)). First payment on Friday the ((date:{ords(d)}))?"),
        ("c", "Yes, that's payday."),
        ("a", "Can you confirm your address, so the agreement goes to the right place?"),
        ("c", f"[[ADDRESS:{hn} Glenfield Road, Glenfield, Auckland]] [[POSTCODE:{pc}]]."),
        ("a", "And the best mobile?"),
        ("c", f"[[PHONE:{mob[:3]} {mob[3:6]} {mob[6:]}]]."),
        ("a", "All set. If anything changes, call us before a payment's missed and we can adjust it."),
        ("c", "Will do, thanks for being understanding."),
    ]


@case
def death_notice_ie(g):
    hn = g.i(2, 40)
    eir = g.eircode("R95")
    h1, h2 = g.pick([16, 17]), g.pick([10, 11])
    fee = g.pick([90, 120, 150])
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    mob = "08" + g.pick("3567") + g.d(7)
    return "asr", [
        ("a", "good morning kinsella's funeral home [[NAME:padraig]] speaking"),
        ("c", "hi [[NAME:padraig]] it's [[NAME:brid dunne]] we spoke last night about my father"),
        ("a", "ah [[NAME:brid]] i'm sorry for your trouble how are ye all holding up"),
        ("c", "ah we're grand considering we want to get the death notice up today"),
        ("a", "of course i'll take it down now his full name first"),
        ("c", "[[NAME:thomas joseph dunne]] but put [[NAME:tommy]] in brackets nobody ever called him [[NAME:thomas]] only the bank"),
        ("a", "and the address for the notice"),
        ("c", f"[[ADDRESS:{nw(hn)} saint canice's road kilkenny]] and the eircode is [[POSTCODE:{sp(eir)}]] if you need it"),
        ("a", f"so reposing at the house from ((time:{t_w(h1, 0)})) tomorrow and the funeral mass at ((time:{t_w(h2, 0)})) the morning after"),
        ("c", "yes and family flowers only donations if desired to the hospice"),
        ("a", f"lovely the notice is ((price:{nw(fee)} euro)) will i take that on a card now"),
        ("c", f"yeah hang on my husband has it [[CARD_NUMBER#k:{sp(card[:8])}]] what's the rest [[NAME:ger]] [[CARD_NUMBER#k:{sp(card[8:])}]]"),
        ("a", "and the expiry date"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "and the three numbers on the back"),
        ("c", f"[[CVV:{sp(cvv)}]]"),
        ("a", "and a mobile in case the paper comes back with a query"),
        ("c", f"[[PHONE:{sp(mob[:3])} {sp(mob[3:])}]]"),
        ("a", "that's all done it'll be up online within the hour"),
    ]

@case
def energy_bereavement_uk(g):
    acc = g.d(10)
    hn = g.i(2, 90)
    pc = g.uk_pc("M")
    dod = g.date(2025, 2025)
    e_read = g.i(10000, 60000)
    g_read = g.i(1000, 9000)
    cred = g.cents(20, 140)
    mob = "07" + g.d(9)
    return "transcript", [
        ("a", "Brightwave Energy, you're through to the bereavement team. My name's [[NAME:Sophie]]."),
        ("c", "Hi. My mum died a couple of weeks ago and I need to sort out her gas and electric."),
        ("a", "I'm so sorry. I'll make this as easy as I can. Do you have her account number?"),
        ("c", f"I've got a bill here. It says [[ACCOUNT_NUMBER:{acc}]]."),
        ("a", "Thank you. And her name and the supply address?"),
        ("c", f"[[NAME:Margaret Ellen Sowerby]], [[ADDRESS:{hn} Brook Lane, Sale]], [[POSTCODE:{pc}]]."),
        ("a", "And what's your name, and your relationship to her?"),
        ("c", "[[NAME:Joanne Sowerby]]. I'm her daughter, I'm the executor."),
        ("a", "Thank you, [[NAME:Joanne]]. What date did she pass away?"),
        ("c", f"The ((date:{ords(dod.day)} of {MONTHS[dod.month]}))."),
        ("a", "If you can give me meter readings from around that date, we'll close the account on them."),
        ("c", f"I took photos. Electric is ((other:{e_read:05d})) and gas is ((other:{g_read:04d}))."),
        ("a", f"Perfect. The account will be in credit by about ((price:£{cred:.2f})), which we'll refund to the estate. Where should the final bill go?"),
        ("c", f"To me, please. And you can call me on [[PHONE:{mob[:5]} {mob[5:]}]]."),
        ("a", "I'll send a letter with the final bill and the refund form. You don't need to do anything else for now."),
        ("c", "Thank you, you've been really kind."),
    ]


@case
def bed_bugs_us(g):
    hn = g.i(100, 990)
    apt = g.i(2, 30)
    zp = "606" + g.d(2)
    rooms = g.i(1, 3)
    price = g.amt(450, 900, 25)
    dep = g.pick([150, 200])
    d = g.i(2, 27)
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    return "asr", [
        ("a", "thanks for calling windy city pest solutions this is [[NAME:marcus]]"),
        ("c", "hi yeah um i think i have bed bugs i woke up with bites all down my arm"),
        ("a", "sorry to hear that how many bedrooms are affected"),
        ("c", f"just the ((count:{nw(rooms)})) i think"),
        ("a", f"okay for a heat treatment that size it's ((price:{nw(price, False)} dollars)) and we take a ((price:{nw(dep, False)} dollar)) deposit to book"),
        ("c", "wow okay yeah i need it gone"),
        ("a", "can i get your name and the address"),
        ("c", f"[[NAME:darnell okafor]] it's [[ADDRESS:{nw(hn, False)} west belmont avenue apartment {nw(apt)} chicago]] [[POSTCODE:{sp(zp, zero='zero', runs=False)}]]"),
        ("a", f"earliest i have is ((date:june {ordw(d)})) in the morning"),
        ("c", "that's fine"),
        ("a", "card for the deposit"),
        ("c", f"[[CARD_NUMBER:{sp(card, zero='zero')}]]"),
        ("a", "expiration"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "security code"),
        ("c", f"[[CVV:{sp(cvv, zero='zero')}]]"),
        ("a", "you're booked we'll email you a prep sheet bag all your clothes and don't move anything to another room"),
        ("c", "got it thank you"),
    ]


@case
def hot_water_au(g):
    hn = g.i(2, 88)
    pc = "3" + g.d(3)
    callout = g.pick([149, 165, 180])
    eta_h, eta_m = g.hm(13, 17, (0, 30))
    unit = g.pick([1450, 1690, 1890])
    litres = g.pick([250, 315])
    card = g.card("5" + g.pick("1235"))
    mm, yy = g.exp()
    cvv = g.d(3)
    mob = "04" + g.d(8)
    return "transcript", [
        ("a", "Rapid Response Plumbing, this is [[NAME:Cooper]]."),
        ("c", "Hi, our hot water system's completely died. It's leaking from the bottom of the tank and there's no hot water at all."),
        ("a", "Sounds like the tank's gone. Is it gas or electric, and do you know the size?"),
        ("c", f"Electric. The sticker says ((quantity:{litres} litres))."),
        ("a", f"Okay. A replacement of that size is about ((price:${unit:,})) installed. The call-out is ((price:${callout})), which comes off the job if you go ahead."),
        ("c", "Fine. When can someone come?"),
        ("a", f"I can have [[NAME:Jase]] there between ((time:{hhmm(eta_h, eta_m)})) and ((time:{hhmm(eta_h + 1, eta_m)})). Address?"),
        ("c", f"[[ADDRESS:{hn} Banksia Crescent, Ringwood East]], Victoria, [[POSTCODE:{pc}]]. Name's [[NAME:Tegan Brierley-Hughes]]."),
        ("a", "And a card to lock in the call-out?"),
        ("c", f"[[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]], expiry [[EXPIRY:{mm}/{yy}]], CVV [[CVV:{cvv}]]."),
        ("a", f"Thanks, [[NAME:Tegan]]. I'll just read back the card, ending [[CARD_NUMBER:{card[-4:]}]], expiry [[EXPIRY:{mm}/{yy}]]. Mobile for the plumber?"),
        ("c", f"[[PHONE:{mob[:4]} {mob[4:7]} {mob[7:]}]]. Turn the power to it off in the meantime?"),
        ("a", "Yes, at the switchboard, and the cold water valve on the tank if you can reach it."),
        ("c", "Will do. Thanks."),
    ]


@case
def boiler_leak_uk(g):
    hn = g.i(2, 60)
    pc = g.uk_pc("CH")
    callout = g.pick([95, 110, 125])
    hourly = g.pick([65, 75])
    eta = g.pick([60, 90])
    mob = "07" + g.pick("459") + "222" + g.d(5)
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    return "asr", [
        ("a", "dee valley emergency plumbing [[NAME:gareth]] speaking"),
        ("c", "hiya there's water pouring out from under the boiler and it's gone through the kitchen ceiling"),
        ("a", "right first thing turn the stopcock off it's usually under the kitchen sink"),
        ("c", "my son's doing it now [[NAME:connor]] is it going off yeah he says it's off"),
        ("a", f"good i can get someone to you in about ((duration:{nw(eta)} minutes)) it's ((price:{nw(callout)} pounds)) call out and then ((price:{nw(hourly)} pounds an hour))"),
        ("c", "yeah just send someone please"),
        ("a", "what's the address"),
        ("c", f"[[ADDRESS:{nw(hn)} hoole road]] in chester [[POSTCODE:{sp(pc)}]]"),
        ("a", "and your name and a mobile"),
        ("c", f"[[NAME:wendy ashcroft]] and the mobile is [[PHONE:{sp(mob)}]]"),
        ("a", "and i'll need a card for the call out"),
        ("c", f"[[CARD_NUMBER#k:{sp(card[:4])} {sp(card[4:8])}]] um [[CARD_NUMBER#k:{sp(card[8:])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "and the security number"),
        ("c", f"[[CVV:{sp(cvv)}]]"),
        ("a", "that's gone through put some towels and a bucket down and keep everyone out of the kitchen"),
        ("c", "okay thank you so much"),
    ]

@case
def ap_scores_us(g):
    apid = g.d(8)
    dob = g.date(2007, 2008)
    em = g.d(2)
    n_sends = g.i(2, 4)
    per = g.pick([15])
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    yr = g.pick([2025])
    score = g.i(3, 5)
    return "transcript", [
        ("a", "College Board, AP Services. This is [[NAME:Tyler]]."),
        ("c", "Hi, I'm calling for my daughter. She needs to send her scores to colleges and the website keeps erroring out."),
        ("a", "I can help with that. Is your daughter with you? I'll need her permission."),
        ("c", "Yes, she's right here, you're on speaker."),
        ("c", "(Daughter, on speaker:) Hi, yes, that's fine, she can do it for me."),
        ("a", "Great. What's the student's name and AP ID?"),
        ("c", f"[[NAME:Camila Ortega-Reyes]]. The AP ID is [[ACCOUNT_NUMBER:{apid}]]."),
        ("a", "And her date of birth, and the email on the account?"),
        ("c", f"[[DOB:{mdy(dob)}]], and it's [[EMAIL:camila.ortegareyes{em}@gmail.com]]."),
        ("a", f"Thanks. I see her ((year:{yr})) scores, including a ((other:{score})) on Calculus AB. Congratulations. How many colleges?"),
        ("c", f"((count:{n_sends})). She already used the free one in June."),
        ("a", f"Then it's ((price:${per})) per report, so ((price:${per * n_sends})) total. I can take a card."),
        ("c", f"[[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]]. Expires [[EXPIRY:{mm}/{yy}]], and the code is [[CVV:{cvv}]]."),
        ("a", "That's processed. The reports go out within a week, and she'll get a confirmation email."),
        ("c", "Thank you so much."),
    ]


@case
def winter_tires_ca(g):
    plate = f"{g.L(4)} {g.d(3)}"
    km = g.amt(40, 190) * 1000
    w, a, r = g.pick([205, 215, 225]), g.pick([55, 60, 65]), g.pick([16, 17])
    price = g.cents(90, 160)
    h, m = g.hm(8, 16, (0, 30))
    area = g.pick(["613", "819"])
    ph = g.d(7)
    return "asr", [
        ("a", "good morning ottawa valley tire [[NAME:luc]] speaking"),
        ("c", "hi it's [[NAME:robert macdonald]] i need the winter tires put on"),
        ("a", "sure are you in our system"),
        ("c", "should be under [[NAME:bobby macdonald]] probably my wife booked it last year"),
        ("a", "found you what's the plate"),
        ("c", f"[[ACCOUNT_NUMBER:{' '.join(plate[:4].lower())} {sp(plate[5:])}]]"),
        ("a", "and it's the same ((model_number:rav four)) roughly how many kilometres now"),
        ("c", f"((quantity:{nw(km // 1000)} thousand)) give or take"),
        ("a", f"and you want us to store the summers we have your winters on the rack size ((model_number:{nw(w, False)} {nw(a)} r {nw(r)}))"),
        ("c", "yeah that's them"),
        ("a", f"it's ((price:{dw(price)})) for the swap and balance i have ((time:{t_w(h, m)})) tomorrow"),
        ("c", "perfect"),
        ("a", "best number to call when it's done"),
        ("c", f"[[PHONE:{sp(area)} {sp(ph[:3])} {sp(ph[3:])}]]"),
        ("a", "you're booked see you tomorrow"),
    ]


@case
def football_membership_uk(g):
    mem = g.d(7)
    dob = g.date(1968, 1990)
    block = g.pick(["N", "S", "E"]) + str(g.i(101, 132))
    row, s1 = g.pick("ABCDEFGHJKLMNP"), g.i(10, 140)
    price = g.pick([545, 595, 625])
    kid = g.pick([120, 140])
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    kid_age = g.i(6, 11)
    return "transcript", [
        ("a", "Good morning, Ashton Vale FC ticket office, [[NAME:Danny]] speaking."),
        ("c", "Morning, I want to renew my season ticket and add my lad on this year."),
        ("a", "Lovely. Can I have your supporter number?"),
        ("c", f"[[ACCOUNT_NUMBER:{mem}]]."),
        ("a", "And your name and date of birth?"),
        ("c", f"[[NAME:Stuart Hennessy-Clarke]], [[DOB:{dmy(dob)}]]."),
        ("a", f"Thanks, [[NAME:Stuart]]. You're in Block ((other:{block})), Row {row}, Seat ((other:{s1})). Do you want your lad next to you?"),
        ("c", f"If you can. He's ((other:{kid_age})), it's his first full season."),
        ("a", f"Seat ((other:{s1 + 1})) is free, so that's fine. Your renewal is ((price:£{price})) and the junior is ((price:£{kid})), so ((price:£{price + kid})) altogether."),
        ("c", "Go on then. Card's ready."),
        ("a", "Long number, please."),
        ("c", f"[[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]]."),
        ("a", "Expiry and security code?"),
        ("c", f"Expiry [[EXPIRY:{mm}/{yy}]], security code [[CVV:{cvv}]]."),
        ("a", "All done. Both cards will be posted out before the first home game."),
        ("c", "Cheers, mate. He'll be made up."),
    ]

@case
def concert_resale_nz(g):
    o = g.nl(11)
    em = g.d(2)
    sec, row, s1 = g.pick(["A", "B", "C"]), g.i(4, 30), g.i(1, 28)
    last4 = g.d(4)
    price = g.cents(95, 180)
    d = g.i(2, 27)
    mob = "02" + g.pick("127") + g.d(7)
    return "asr", [
        ("a", "kia ora you've reached ticketek new zealand this is [[NAME:aroha]]"),
        ("c", "hi um i bought resale tickets and the seller's name is still on them is that gonna be a problem at the door"),
        ("a", "let's have a look can i get your order number"),
        ("c", f"yeah it's ((other:{sp(o[:3], runs=False)} {sp(o[3:7], runs=False)} {sp(o[7:], runs=False)}))"),
        ("a", "and your email"),
        ("c", f"[[EMAIL:mattie dot faleolo {sp(em, runs=False)} at gmail dot com]]"),
        ("a", "thanks and is that [[NAME:matiu faleolo]]"),
        ("c", "yep that's me"),
        ("a", f"okay so section {sec.lower()} row ((other:{nw(row)})) seat ((other:{nw(s1)})) for the ((date:{ordw(d)})) and you paid ((price:{dw(price)}))"),
        ("c", "yeah that's it"),
        ("a", "and the last four of the card you used"),
        ("c", f"[[CARD_NUMBER:{sp(last4)}]]"),
        ("a", "perfect i've reissued it in your name you'll get a new barcode by email and the old one won't scan"),
        ("c", "oh sweet as and can you text it as well"),
        ("a", "what's the mobile"),
        ("c", f"[[PHONE:{sp(mob[:3])} {sp(mob[3:])}]]"),
        ("a", "done enjoy the show"),
    ]


@case
def streaming_cancel_au(g):
    em = g.d(2)
    plan = g.pick([18.99, 25.99])
    d = g.i(2, 27)
    m = g.i(1, 12)
    last4 = g.d(4)
    months = g.i(2, 3)
    lo = g.pick([3, 5])
    return "transcript", [
        ("a", "Hi, you're chatting with StreamOz support on the phone, I'm [[NAME:Jarrah]]. What can I do for you?"),
        ("c", "I want to cancel. I was charged for months I didn't use because I forgot about the free trial."),
        ("a", "Sorry to hear that. What's the email address on the account?"),
        ("c", f"[[EMAIL:m.papadopoulos{em}@bigpond.com]]."),
        ("a", "Thanks. And the name on the account?"),
        ("c", "[[NAME:Mia Papadopoulos]]."),
        ("a", f"Okay, [[NAME:Mia]], I can see ((count:{months})) charges of ((price:${plan})) since the trial ended, on the card ending [[CARD_NUMBER:{last4}]]."),
        ("c", "That's the one. Can I get any of that back?"),
        ("a", f"Since there's no viewing on the account since the trial, I can refund the last ((count:{months})) in full, so ((price:${plan * months:.2f})). It'll take ((duration:{lo} to {lo + 2} business days))."),
        ("c", "Oh, great, I wasn't expecting that."),
        ("a", f"And I've cancelled the plan effective today, the ((date:{d} {MONTHS[m]})). You'll get an email confirming both."),
        ("c", "Thanks, that was easier than I thought."),
    ]

@case
def mealkit_card_us(g):
    em = g.d(2)
    hn = g.i(100, 9900)
    zp = "850" + g.d(2)
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    box = g.cents(59, 89)
    off = g.pick([40, 50, 60])
    return "asr", [
        ("a", "hi thanks for calling homechef direct my name is [[NAME:kiara]] can i get your email"),
        ("c", f"sure it's [[EMAIL:dustin dot yazzie {sp(em, zero='zero', runs=False)} at yahoo dot com]]"),
        ("a", "and your name"),
        ("c", "[[NAME:dustin yazzie]]"),
        ("a", "thanks [[NAME:dustin]] what can i do for you"),
        ("c", "my box didn't come this week it says the payment failed but my card is fine"),
        ("a", "i see the card on file ended in an old expiry would you like to update it"),
        ("c", f"yeah use this one [[CARD_NUMBER:{card[:4]} {card[4:10]} {card[10:]}]]"),
        ("a", "expiration date"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{sp(cvv, zero='zero')}]]"),
        ("a", "and can i confirm your delivery address"),
        ("c", f"[[ADDRESS:{nw(hn, False)} east camelback road phoenix]] [[POSTCODE:{sp(zp, zero='zero', runs=False)}]]"),
        ("a", f"perfect since you missed a box i've put ((percentage:{nw(off)} percent)) off your next one so it's ((price:{dw(round(box * (100 - off) / 100, 2))})) instead of ((price:{dw(box)}))"),
        ("c", "oh nice thank you"),
    ]


@case
def newspaper_ca(g):
    sub = g.d(9)
    hn = g.i(10, 2400)
    pc = g.ca_pc("V")
    price = g.cents(20, 40)
    tax = g.pick([5, 12])
    card = g.card("5" + g.pick("1245"))
    mm, yy = g.exp()
    cvv = g.d(3)
    area = g.pick(["604", "778"])
    ph = g.d(7)
    weeks = g.i(2, 4)
    st = g.i(12, 70)
    return "transcript", [
        ("a", "Pacific Herald subscriber services, this is [[NAME:Harpreet]]."),
        ("c", "Hi. I'm going to be away for a few weeks and I want to put the paper on hold."),
        ("a", "Sure. Subscriber number, or the phone number on the account?"),
        ("c", f"Phone number is probably easier. [[PHONE:{area}-{ph[:3]}-{ph[3:]}]]."),
        ("a", "And your name?"),
        ("c", "[[NAME:Eleanor Vasquez]]."),
        ("a", f"Thank you, Ms. [[NAME:Vasquez]]. Your subscriber number is [[ACCOUNT_NUMBER:{sub}]], you may want to note that. How long is the hold?"),
        ("c", f"((duration:{weeks} weeks)), starting Monday. And while I have you, my card expired, so I need to update it."),
        ("a", "Go ahead with the new card."),
        ("c", f"[[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]]. Expiry is [[EXPIRY:{mm}/{yy}]]. CVC [[CVV:{cvv}]]."),
        ("a", f"Updated. Your monthly rate stays at ((price:${price:.2f})) plus ((percentage:{tax}%)) tax, and you won't be charged for the held weeks. The delivery address is still [[ADDRESS:{hn} West {ords(st)} Avenue, Vancouver]], [[POSTCODE:{pc}]]?"),
        ("c", "Yes, that's it."),
        ("a", "You're all set. Enjoy your trip."),
    ]


@case
def pet_insurance_ie(g):
    pol = g.d(7)
    dob = g.date(1975, 1995)
    chip = g.nl(15, "372")
    bill = g.amt(400, 1600, 10)
    excess = g.pick([75, 100])
    eir = g.eircode("D24")
    em = g.d(2)
    return "asr", [
        ("a", "good afternoon petcover ireland [[NAME:sinead]] speaking"),
        ("c", "hi it's about a claim for my cat she was hit by a car last month she's grand now thank god"),
        ("a", "oh the poor thing i'm glad she's okay have you your policy number"),
        ("c", f"i have it's [[ACCOUNT_NUMBER:p c i {sp(pol)}]]"),
        ("a", "and your name and date of birth"),
        ("c", f"[[NAME:eoin mac giolla phadraig]] [[DOB:{say_uk(dob)}]]"),
        ("a", "and the cat's name and microchip"),
        ("c", f"her name is pickle and the chip is ((other:{sp(chip[:3], runs=False)} {sp(chip[3:9], runs=False)} {sp(chip[9:], runs=False)}))"),
        ("a", f"thanks and the vet's invoice came to ((price:{nw(bill)} euro))"),
        ("c", "yeah the vet sent it on to you already"),
        ("a", f"okay we've got it the excess is ((price:{nw(excess)} euro)) so you'll get ((price:{nw(bill - excess)} euro)) back once it's assessed"),
        ("c", "great and will you email me"),
        ("a", "we will can i confirm the email and the eircode we have"),
        ("c", f"[[EMAIL:eoin m g p {sp(em, runs=False)} at eircom dot net]] and [[POSTCODE:{sp(eir)}]]"),
        ("a", "perfect you'll hear from us within the week"),
    ]

@case
def vet_nz(g):
    bal = g.cents(180, 640)
    kg = g.i(4, 38)
    mg = g.pick([50, 100, 200])
    days = g.i(5, 10)
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    mob = "02" + g.pick("127") + g.d(7)
    h, m = g.hm(9, 16, (0, 15, 30, 45))
    return "transcript", [
        ("a", "Riccarton Vets, [[NAME:Hannah]] speaking."),
        ("c", "Hi, it's [[NAME:Sione Taufa]], I'm picking Rangi up this afternoon after his surgery and wanted to pay over the phone first so I'm not waiting around."),
        ("a", f"No problem. Rangi's all done and doing well. The total's ((price:${bal:.2f})), including his pain relief to go home."),
        ("c", f"Great. Card is [[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]]."),
        ("a", "Expiry?"),
        ("c", f"[[EXPIRY:{mm}/{yy}]]. And the code's [[CVV:{cvv}]]."),
        ("a", f"Thanks, that's paid. He weighed in at ((quantity:{kg} kg)), so the tablets are ((quantity:{mg} mg)), once a day for ((duration:{days} days))."),
        ("c", "Okay. What time can I get him?"),
        ("a", f"Any time after ((time:{hhmm(h, m)})). Is this the best number if the vet needs to call?"),
        ("c", f"Yes, [[PHONE:{mob[:3]} {mob[3:6]} {mob[6:]}]]."),
        ("a", "Lovely, see you then. Bring a towel for the car, he might be a bit wobbly."),
        ("c", "Ha, will do. Thanks."),
    ]


@case
def utility_debt_au(g):
    ref = g.d(9)
    dob = g.date(1970, 1992)
    hn = g.i(2, 70)
    pc = "5" + g.d(3)
    owed = g.cents(700, 2200)
    fn = g.amt(40, 90, 5)
    bsb = g.d(6)
    acct = g.d(8)
    d = g.i(2, 27)
    return "asr", [
        ("a", "hi you're speaking with [[NAME:bec]] from southern cross collections calling on behalf of sa power and gas"),
        ("c", f"yeah i got the letter i'm just reading it now reference [[ACCOUNT_NUMBER:{sp(ref[:3])} {sp(ref[3:6])} {sp(ref[6:])}]]"),
        ("a", "thanks can you confirm your full name and date of birth"),
        ("c", f"[[NAME:troy anderson]] [[DOB:{ordw(dob.day)} of {MONTHS[dob.month].lower()} {yw(dob.year)}]]"),
        ("a", f"thanks [[NAME:troy]] so the old account at [[ADDRESS:{nw(hn)} gawler street]] [[POSTCODE:{sp(pc)}]] closed with ((price:{money_w(owed, 'dollars')})) owing"),
        ("c", "yeah i moved out and the final bill went to the old place i never saw it"),
        ("a", f"that happens we can set up a plan how about ((price:{nw(fn)} dollars a fortnight))"),
        ("c", "yeah i can do that if it comes out on payday"),
        ("a", "sure what are the bsb and account number for the direct debit"),
        ("c", f"bsb is [[ACCOUNT_NUMBER:{sp(bsb)}]] and the account is [[ACCOUNT_NUMBER:{sp(acct)}]]"),
        ("a", f"first one on thursday the ((date:{ordw(d)})) then every second thursday you'll get it in writing"),
        ("c", "cheers"),
    ]

@case
def micro_loan_za(g):
    dob = g.date(1985, 1997)
    idn = g.said_id(dob)
    loan = g.d(8)
    owed = g.amt(1800, 4800, 50)
    a1 = g.amt(500, 900, 50)
    a2 = owed - a1
    d1, d2 = g.i(1, 10), g.i(20, 24)
    pay = g.i(25, 28)
    m = g.i(1, 11)
    mob = "07" + g.pick("2346") + g.d(7)
    return "transcript", [
        ("a", "Good day, Ubuntu Micro Loans, you're speaking to [[NAME:Lerato]]."),
        ("c", "Hello, I'm [[NAME:Bongani Zulu]]. You people keep phoning my mother's house about my loan."),
        ("a", "I'm sorry about that, Mr [[NAME:Zulu]]. Can you confirm your ID number so I can look at it?"),
        ("c", f"[[SSN:{idn[:6]} {idn[6:10]} {idn[10:]}]]."),
        ("a", f"Thank you. Loan [[ACCOUNT_NUMBER:{loan}]], ((price:R{owed:,})) outstanding. I'll take your mother's number off the account."),
        ("c", "Please. Now, I can't pay all of that this month."),
        ("a", f"We can split it: ((price:R{a1})) on the ((date:{ords(d1)} of {MONTHS[m]})), and ((price:R{a2:,})) on the ((date:{ords(d2)} of {MONTHS[m + 1]}))."),
        ("c", f"My son is saying something, hold on... He says the second one must be on the ((date:{ords(pay)})), that's when my contract pays."),
        ("a", f"The ((date:{ords(pay)} of {MONTHS[m + 1]})) is fine."),
        ("c", "Okay. Then do that."),
        ("a", "Done. What number should we use for you from now on?"),
        ("c", f"[[PHONE:{mob[:3]} {mob[3:6]} {mob[6:]}]]. Only that one."),
        ("a", "Noted. You'll get an SMS with the arrangement."),
    ]


@case
def payday_arrears_uk(g):
    loan = "QL" + g.d(8)
    dob = g.date(1988, 1998)
    wrong = dob.year - 1
    pc = g.uk_pc("SR")
    owed = g.cents(350, 900)
    inst = g.amt(40, 80, 10)
    d = g.i(2, 27)
    em = g.d(2)
    behind = g.i(2, 3)
    return "asr", [
        ("a", "you're through to quidlend my name's [[NAME:abby]] can i take your loan reference"),
        ("c", f"[[ACCOUNT_NUMBER:q l {sp(loan[2:])}]]"),
        ("a", "thank you and your full name"),
        ("c", "[[NAME:jade armstrong blyth]]"),
        ("a", "and your date of birth"),
        ("c", f"[[DOB#b:{ordw(dob.day)} of {MONTHS[dob.month].lower()} {yw(wrong)}]] no sorry [[DOB#b:{nw(dob.year % 100)}]] i'm always doing that"),
        ("a", "no problem and the postcode"),
        ("c", f"[[POSTCODE:{sp(pc)}]]"),
        ("a", f"okay [[NAME:jade]] the balance is ((price:{money_w(owed)})) and it's ((count:{nw(behind)})) payments behind"),
        ("c", f"i know i've been off sick can i pay ((price:{nw(inst)} pound a month))"),
        ("a", f"yes we can freeze the interest while you pay that first one on the ((date:{ordw(d)}))"),
        ("c", "thank you that really helps"),
        ("a", "i'll email the plan over is it still the same email"),
        ("c", f"yeah [[EMAIL:jade a b {sp(em, runs=False)} at hotmail dot co dot uk]]"),
    ]

@case
def preneed_plan_us(g):
    plan = "PN-" + g.d(6)
    dob = g.date(1948, 1958)
    monthly = g.cents(60, 140)
    card = g.card("37", 15)
    mm, yy = g.exp()
    cid = g.d(4)
    hn = g.i(100, 8800)
    zp = "331" + g.d(2)
    left = g.i(8, 30)
    st = g.i(60, 140)
    return "transcript", [
        ("a", "Palm Grove Memorial, pre-arrangement office. This is [[NAME:Yolanda]]."),
        ("c", "Good morning. I have a pre-need plan with you, and my card on the monthly payment is changing."),
        ("a", "Of course. What's the plan number?"),
        ("c", f"[[ACCOUNT_NUMBER:{plan}]]. It's in my husband's name and mine, but I handle the bills."),
        ("a", "And your name and date of birth?"),
        ("c", f"[[NAME:Gloria Fontaine]], [[DOB:{long_us(dob)}]]."),
        ("a", f"Thank you, Mrs. [[NAME:Fontaine]]. I see ((count:{left})) payments of ((price:${monthly:.2f})) left on the plan. What's the new card?"),
        ("c", f"It's an American Express. [[CARD_NUMBER:{grp(card, 4, 6, 5)}]]."),
        ("a", "And the expiration?"),
        ("c", f"[[EXPIRY:{mm}/{yy}]]. The code on the front is [[CVV:{cid}]]."),
        ("a", f"That's updated. Is the mailing address still [[ADDRESS:{hn} Southwest {ords(st)} Court, Miami]], Florida [[POSTCODE:{zp}]]?"),
        ("c", "Yes. We're not going anywhere, not until we need you anyway."),
        ("a", "Ha. Hopefully not for a long while. You'll get a confirmation letter this week."),
    ]


@case
def funeral_nz(g):
    dob = g.date(1940, 1950)
    ird = g.d(9)
    hn = g.i(2, 80)
    pc = "90" + g.d(2)
    h = g.pick([11, 13, 14])
    mob = "02" + g.pick("127") + g.d(7)
    return "asr", [
        ("a", "kia ora you've reached otago funeral services this is [[NAME:wiremu]]"),
        ("c", "hi um my dad died this morning at the rest home they said to ring you"),
        ("a", "i'm so sorry e hoa can i get your name"),
        ("c", "it's [[NAME:kirsty]] [[NAME:kirsty mcallister]]"),
        ("a", "and your dad's full name"),
        ("c", "[[NAME:bartholomew james mcallister]] but everyone called him [[NAME:barney]]"),
        ("a", "and his date of birth"),
        ("c", f"[[DOB:{say_uk(dob)}]]"),
        ("a", "we'll collect him from the rest home this morning is his address still his old house or the rest home"),
        ("c", f"his house [[ADDRESS:{nw(hn)} highgate roslyn dunedin]] [[POSTCODE:{sp(pc)}]] it's on the market but it's still his"),
        ("a", "the estate lawyer will need his ird number at some stage have you got it"),
        ("c", f"i've got his tax letter here [[SSN:{sp(ird[:3])} {sp(ird[3:6])} {sp(ird[6:])}]]"),
        ("a", f"thank you could you and the family come in tomorrow at ((time:{t_w(h, 0)})) to talk about the service"),
        ("c", f"yep and my number is [[PHONE:{sp(mob)}]]"),
        ("a", "thank you i'll ring you once he's in our care"),
    ]


@case
def passport_office_uk(g):
    pp = g.dn(9)
    ref = g.d(4) + "-" + g.d(4) + "-" + g.d(4) + "-" + g.d(4)
    dob = g.date(1955, 1968)
    pc = g.uk_pc("B")
    d = g.i(2, 27)
    wk = g.i(2, 3)
    fee = g.pick([193.5, 207.5])
    return "transcript", [
        ("a", "HM Passport Office Adviceline, you're speaking with [[NAME:Priya]]."),
        ("c", "Hello. I applied for a renewal online about a month ago and I'm travelling to Paris soon. It's for my daughter's wedding."),
        ("a", "Congratulations. Have you got the application reference?"),
        ("c", f"Yes, [[ACCOUNT_NUMBER:{ref}]]."),
        ("a", "Thank you. And your full name, date of birth and the number of your old passport?"),
        ("c", f"[[NAME:Bernard Ashworth]], [[DOB:{dmy(dob)}]], and the old passport number is [[ACCOUNT_NUMBER:{pp}]]."),
        ("a", f"Thanks, Mr [[NAME:Ashworth]]. I can see we're waiting for your old passport to arrive. We sent a reminder on the ((date:{ords(d)})). Have you posted it?"),
        ("c", "Oh. I thought I only had to upload a photo. It's still in the drawer."),
        ("a", f"You'll need to post it to us in the envelope we sent. Once we have it, it's usually about ((duration:{wk} weeks))."),
        ("c", f"And if that's too late, is there a fast track? I'd pay the ((price:£{fee:.2f})) or whatever it is."),
        ("a", f"The fast track is only for new applications at the moment, so the best thing is to send the old passport today. Can I confirm your postcode is [[POSTCODE:{pc}]]?"),
        ("c", "That's right. I'll go to the post office now."),
        ("a", "Use a tracked service, and keep the receipt."),
    ]


@case
def irp_renewal_ie(g):
    irp = g.d(7)
    pp = g.pick("EGKP") + g.d(8)
    dob = g.date(1988, 1998)
    yr = g.pick([2025])
    mob = "08" + g.pick("3567") + g.d(7)
    em = g.d(2)
    fee = g.pick([300])
    return "asr", [
        ("a", "immigration service delivery [[NAME:ciaran]] speaking how can i help"),
        ("c", "hi i'm trying to renew my irp card online and it keeps saying my details don't match my name is [[NAME:adaeze okonkwo]]"),
        ("a", "okay can i take your irp number it's on the front of the card"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(irp, zero='zero')}]]"),
        ("a", "and your passport number and date of birth"),
        ("c", f"passport is [[ACCOUNT_NUMBER:{sp(pp, zero='zero', runs=False)}]] and i was born [[DOB:{ordw(dob.day)} {MONTHS[dob.month].lower()} {yw(dob.year)}]]"),
        ("a", f"i see the problem your passport was renewed in ((year:{yw(yr)})) and the system has the old number you'll need to email us a copy of the new one"),
        ("c", "okay what email do i send it to and will it affect my renewal date"),
        ("a", "no your permission stays valid while it's being processed i'll send you the address what's your email"),
        ("c", f"[[EMAIL:adaeze dot o {sp(em, runs=False)} at gmail dot com]]"),
        ("a", "and a mobile number"),
        ("c", f"[[PHONE:{sp(mob[:3])} {sp(mob[3:])}]]"),
        ("a", f"grand once they update it you can pay the ((price:{nw(fee)} euro)) fee online as normal"),
        ("c", "thank you that's a relief"),
    ]

@case
def smart_id_za(g):
    dob = g.date(1990, 2004)
    idn = g.said_id(dob)
    d = g.i(2, 27)
    m = g.i(1, 12)
    h, mi = g.hm(8, 14, (0, 30))
    fee = g.pick([140])
    mob = "06" + g.pick("0123") + g.d(7)
    em = g.d(2)
    return "transcript", [
        ("a", "Department of Home Affairs contact centre, [[NAME:Nomvula]] speaking."),
        ("c", "Hi. I booked a Smart ID appointment at a bank branch and I didn't get an SMS confirming it."),
        ("a", "Let me check. Your ID number, please."),
        ("c", f"[[SSN:{idn}]]."),
        ("a", "And your full names?"),
        ("c", "[[NAME:Thabo Daniel Mokoena]]."),
        ("a", f"Thank you, Mr [[NAME:Mokoena]]. I can see the booking at the Sandton branch, ((date:{d} {MONTHS[m]})) at ((time:{h:02d}:{mi:02d})). The SMS went to a number ending in [[PHONE:{g.d(3)}]]."),
        ("c", f"That's my old number. The new one is [[PHONE:{mob[:3]} {mob[3:6]} {mob[6:]}]]."),
        ("a", f"I've updated it. Please also bring your green ID book, and the fee is ((price:R{fee})), payable at the branch by card."),
        ("c", f"Okay. And can the confirmation go to my email as well? It's [[EMAIL:thabo.mokoena{em}@webmail.co.za]]."),
        ("a", "Yes, it's on its way. Anything else?"),
        ("c", "No, that's all. Thanks."),
    ]


@case
def dealership_deposit_us(g):
    stock = "P" + g.d(5)
    vin = g.vin()
    price = g.amt(28000, 46000, 100)
    apr = g.pick(["five point nine", "six point four", "four point nine"])
    mo = g.pick([60, 72])
    miles = g.amt(60, 140) * 1000
    trade = g.amt(8, 16) * 500
    dep = g.pick([500, 1000])
    days = g.pick([3, 7])
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    yr = g.pick([2024, 2025])
    return "asr", [
        ("a", "thanks for calling sunbelt ford sales this is [[NAME:cody]]"),
        ("c", "hey [[NAME:cody]] it's [[NAME:yusuf al amin]] we talked saturday about the bronco"),
        ("a", f"yes sir the ((year:{yw(yr)})) stock number ((other:{sp(stock, zero='zero', runs=False)})) it's still on the lot"),
        ("c", "i want to put a deposit on it before someone else grabs it"),
        ("a", f"smart move we're at ((price:{nw(price, False)} dollars)) before tax and for your trade the accord with ((quantity:{nw(miles, False)} miles)) we can do ((price:{nw(trade, False)}))"),
        ("c", "and the rate you mentioned"),
        ("a", f"with your credit union preapproval it's ((percentage:{apr} percent)) for ((duration:{nw(mo, False)} months))"),
        ("c", "okay let's do the deposit"),
        ("a", f"it's ((price:{nw(dep, False)} dollars)) and it's refundable for ((duration:{nw(days)} days)) go ahead with the card"),
        ("c", f"[[CARD_NUMBER:{card[:4]} {card[4:6]} {card[6:12]} {card[12:]}]]"),
        ("a", "expiration"),
        ("c", f"[[EXPIRY:{sp(mm)} {yw(2000 + int(yy))}]]"),
        ("a", "and the three digit code"),
        ("c", f"[[CVV:{sp(cvv, zero='zero')}]]"),
        ("a", "got it and can you read me the vin off the window sticker i texted you so we know it's the same truck"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(vin, zero='zero', runs=False)}]]"),
        ("a", "that's the one you're all set it's got your name on it"),
    ]

@case
def recall_garage_uk(g):
    vin = g.vin()
    yr = g.pick([2019, 2020, 2021])
    plate = f"{g.L(2)}{yr % 100 + g.pick([0, 50])} {g.L(3)}"
    miles = g.amt(18000, 52000)
    part = f"{g.d(3)}-{g.d(3)}-{g.d(2)}"
    hrs = g.pick([2, 3])
    d = g.i(2, 27)
    mob = "07" + g.d(9)
    return "transcript", [
        ("a", "Hello, Castle Motors Volkswagen, service department. It's [[NAME:Ryan]]."),
        ("c", "Hi. I've had a letter about a recall on my car and it says to ring a dealer."),
        ("a", "No problem. Does the letter have the VIN on it? It's a long number with letters in."),
        ("c", f"Yes. It's [[ACCOUNT_NUMBER:{vin}]]. And the reg is [[ACCOUNT_NUMBER:{plate}]]."),
        ("a", f"Thanks. Yes, that's a ((year:{yr})) Golf, and it's the fuel pump recall. We replace the pump module, part number ((model_number:{part})), free of charge. It takes about ((duration:{hrs} hours))."),
        ("c", f"Does the mileage matter? It's only done ((quantity:{miles:,} miles))."),
        ("a", f"No, it applies to every car in the range. I can fit you in on the ((date:{ords(d)})), and we'll give you a courtesy car."),
        ("c", "That's fine. What name do you need?"),
        ("a", "The keeper's name, as on the letter, please."),
        ("c", "[[NAME:Oluwaseun Adebayo-Smith]]. People call me [[NAME:Seun]]."),
        ("a", "And a mobile for the reminder?"),
        ("c", f"[[PHONE:{mob[:5]} {mob[5:]}]]."),
        ("a", "And an email for the booking confirmation?"),
        ("c", "[[EMAIL:seun.adebayosmith@outlook.com]]."),
        ("a", "All booked. Bring the letter and the locking wheel nut key."),
    ]


@case
def childcare_ccs_au(g):
    crn = g.d(9) + g.L(1)
    dob = g.date(2021, 2023)
    pdob = g.date(1986, 1994)
    fee = g.pick([128, 135, 142])
    sub = g.pick([85, 90, 72])
    days = g.i(2, 4)
    mob = "04" + g.d(8)
    return "asr", [
        ("a", "good morning bright beginnings elc [[NAME:chloe]] speaking"),
        ("c", "hi [[NAME:chloe]] it's [[NAME:sarah]] [[NAME:sarah nguyen]] i'm filling in the enrolment for my son and i'm stuck on the child care subsidy bit"),
        ("a", "no worries it's mostly the crns you need yours and his from centrelink"),
        ("c", f"okay mine is [[ACCOUNT_NUMBER:{sp(crn[:9], zero='zero')} {crn[9].lower()}]]"),
        ("a", "and your date of birth"),
        ("c", f"[[DOB:{say_uk(pdob)}]]"),
        ("a", "and your son's name and date of birth"),
        ("c", f"[[NAME:kai nguyen]] [[DOB:{ordw(dob.day)} of {MONTHS[dob.month].lower()} {yw(dob.year)}]]"),
        ("a", "perfect his crn should be on your mygov letter too"),
        ("c", "i'll have to find it can i send it later"),
        ("a", f"yep just email it through the daily fee is ((price:{nw(fee)} dollars)) but at ((percentage:{nw(sub)} percent)) subsidy you'd only pay about ((price:{dw(round(fee * (100 - sub) / 100, 2))})) a day"),
        ("c", f"oh that's not bad for ((count:{nw(days)})) days then"),
        ("a", "what's the best mobile for you"),
        ("c", f"[[PHONE:{sp(mob[:4])} {sp(mob[4:7])} {sp(mob[7:])}]]"),
        ("a", "thanks i'll text you the link to the portal"),
    ]


@case
def school_district_us(g):
    sid = g.d(7)
    dob = g.date(2013, 2016)
    hn = g.i(100, 9800)
    zp = "303" + g.d(2)
    unit = g.i(2, 40)
    area = g.pick(["470", "404"])
    bal = g.cents(5, 25)
    grade = g.i(3, 6)
    ph = g.d(7)
    return "transcript", [
        ("a", "Peachtree County Schools, student services. This is [[NAME:Keisha]]."),
        ("c", "Hi. We just moved, and I need to update my son's address so he's still in the right bus zone."),
        ("a", "Sure. Student's name and ID number?"),
        ("c", f"[[NAME:Jordan Ellis Washington]], ID [[ACCOUNT_NUMBER:{sid}]]. He goes by [[NAME:J.J.]] at school."),
        ("a", "And his date of birth?"),
        ("c", f"[[DOB:{mdy(dob)}]]."),
        ("a", f"Thank you. He's in ((other:{ords(grade)} grade)) at Oak Hill Elementary. What's the new address?"),
        ("c", f"[[ADDRESS:{hn} Roswell Road, Unit {unit}, Sandy Springs]], [[POSTCODE:{zp}]]."),
        ("a", f"That's still in the Oak Hill zone, so no change of school. Also, his lunch account is negative ((price:${bal:.2f})). You can top it up online."),
        ("c", "Oh, I didn't know. I'll do that tonight."),
        ("a", "And a phone number for the new household?"),
        ("c", f"[[PHONE:({area}) {ph[:3]}-{ph[3:]}]]."),
        ("a", "Got it. The new bus stop will be in the parent portal by Friday."),
    ]

@case
def book_rental_ie(g):
    cls = g.i(1, 6)
    fee = g.pick([45, 60, 75])
    kids = g.pick([2])
    card = g.card("5" + g.pick("1345"))
    mm, yy = g.exp()
    cvv = g.d(3)
    d = g.i(2, 27)
    return "asr", [
        ("a", "hello scoil mhuire school office [[NAME:maire]] speaking"),
        ("c", "hi [[NAME:maire]] it's [[NAME:louise brennan]] i'm trying to pay the book rental but the online thing keeps failing"),
        ("a", "ah that thing i can take it over the phone which child is it for"),
        ("c", f"both of them [[NAME:cillian]] in ((other:{ordw(cls)} class)) and [[NAME:aoibheann]] in junior infants"),
        ("a", f"so that's ((price:{nw(fee)} euro)) each for the ((count:{nw(kids)})) of them ((price:{nw(fee * kids)} euro)) altogether"),
        ("c", f"grand here's the card [[CARD_NUMBER#x:{card[:4]} {card[4:8]}]] sorry the kids are screaming [[CARD_NUMBER#x:{card[8:]}]]"),
        ("a", "no bother and the expiry"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "and the three digits on the back"),
        ("c", f"[[CVV:{sp(cvv)}]]"),
        ("a", f"that's gone through the books will go home in their bags on the ((date:{ordw(d)}))"),
        ("c", "you're a star thanks a million"),
    ]

@case
def school_admission_in(g):
    dob = g.date(2019, 2020)
    aad = g.pick("23456789") + g.d(11)
    hn = g.i(10, 300)
    sector = g.i(10, 60)
    pin = "1220" + g.d(2)
    fee = g.amt(45000, 90000, 500)
    reg = g.pick([2500, 3000])
    mob = g.pick("6789") + g.d(9)
    em = g.d(2)
    d = g.i(2, 27)
    m = g.i(1, 3)
    cls = g.pick([1])
    return "transcript", [
        ("a", "Good morning, Delhi Public Academy admissions office, Mrs. [[NAME:Kapoor]] speaking."),
        ("c", f"Good morning, ma'am. I want to apply for my daughter for ((other:Class {cls})) in the next session."),
        ("a", "Yes. May I have the child's name and date of birth?"),
        ("c", f"[[NAME:Aarohi Malhotra]]. Date of birth [[DOB:{dmy(dob)}]]."),
        ("a", "And her Aadhaar number? It is needed for the form."),
        ("c", f"[[SSN:{aad[:4]} {aad[4:8]} {aad[8:]}]]."),
        ("a", "Your residential address, please. Distance from school is part of the points."),
        ("c", f"[[ADDRESS:House {hn}, Sector {sector}, Gurugram]], [[POSTCODE:{pin}]]."),
        ("a", f"Thank you. The registration fee is ((price:Rs {reg:,})), non-refundable, and the annual fee is around ((price:Rs {fee:,})). The draw will be held on the ((date:{ords(d)} of {MONTHS[m]}))."),
        ("c", "How will we know the result?"),
        ("a", "It will be put on the website, and you will get an SMS and an email. Please give me both."),
        ("c", f"Mobile is [[PHONE:{mob[:5]} {mob[5:]}]], and email is [[EMAIL:rohit.malhotra{em}@gmail.com]]. I'm her father, [[NAME:Rohit]]."),
        ("a", "Thank you, Mr. [[NAME:Malhotra]]. Please upload her birth certificate and photograph on the portal by this Friday."),
        ("c", "Sure, I'll do it today itself."),
    ]

@case
def gcse_certificate_uk(g):
    yr = g.pick([2003, 2004, 2006, 2008])
    centre = g.dn(5)
    cand = g.d(4)
    dob = g.date(yr - 17, yr - 16)
    hn = g.i(2, 150)
    pc = g.uk_pc("PO")
    fee = g.pick([47, 51, 55])
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    days = g.pick([10, 15])
    return "asr", [
        ("a", "certificate services at wessex examinations [[NAME:laura]] speaking"),
        ("c", "hiya i need a copy of my gcse certificate for a job i lost the original years ago"),
        ("a", "no problem we'll need the year you sat them and the centre number if you've got it"),
        ("c", f"it was ((year:{yw(yr)})) the summer and i've got an old results slip here it says centre ((other:{sp(centre)})) and candidate number [[ACCOUNT_NUMBER:{sp(cand)}]]"),
        ("a", "and your name at the time"),
        ("c", "[[NAME:kirsty lomas]] but i'm [[NAME:kirsty okonjo]] now i got married"),
        ("a", "and your date of birth"),
        ("c", f"[[DOB:{say_uk(dob)}]]"),
        ("a", "and where should we post it"),
        ("c", f"[[ADDRESS:{nw(hn)} kingston crescent portsmouth]] [[POSTCODE:{sp(pc)}]]"),
        ("a", f"okay the fee is ((price:{nw(fee)} pounds)) can i take a card"),
        ("c", f"yeah [[CARD_NUMBER:{sp(card)}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{sp(cvv)}]]"),
        ("a", f"lovely it'll be with you within ((duration:{nw(days)} working days))"),
        ("c", "brilliant thanks"),
    ]


@case
def resale_tickets_au(g):
    o = g.nl(11)
    n = g.pick([2])
    sec, row, s1 = g.i(101, 140), g.pick("ABCDEFGHJKLMN"), g.i(1, 30)
    d, m = g.i(2, 27), g.i(1, 12)
    paid = g.cents(120, 260)
    pct = g.pick([10, 12])
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    em = g.d(2)
    return "transcript", [
        ("a", "Ticketmaster Australia, [[NAME:Bree]] speaking."),
        ("c", "Hi, I bought tickets for the show in Sydney but I can't go any more. Can I resell them through you?"),
        ("a", "Yes, through our fan-to-fan resale. What's the order number?"),
        ("c", f"((other:{o[:1]}-{o[1:6]}-{o[6:]}))."),
        ("a", "And the name on the account?"),
        ("c", "[[NAME:Tamsin Ebrahimi]]."),
        ("a", f"Thanks, [[NAME:Tamsin]]. I can see ((count:{n})) tickets, Section ((other:{sec})), Row {row}, Seats ((other:{s1})) and ((other:{s1 + 1})), for ((date:{d} {MONTHS[m]})). You paid ((price:${paid:.2f})) each, so you can list them at up to that."),
        ("c", "Just list them at what I paid."),
        ("a", f"Done. There's a ((percentage:{pct}%)) resale fee that comes out of the payout. Which card should we pay it to?"),
        ("c", f"[[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]], expiry [[EXPIRY:{mm}/{yy}]]."),
        ("a", "And the CVV, just to verify the card."),
        ("c", f"[[CVV:{cvv}]]."),
        ("a", f"Thank you. We'll email you at [[EMAIL:tamsin.e{em}@icloud.com]] when they sell. If they don't sell, your tickets stay valid."),
        ("c", "Perfect, thanks."),
    ]


@case
def nba_upgrade_us(g):
    sec1, row1, s1 = g.i(301, 330), g.i(3, 20), g.i(1, 20)
    sec2, row2 = g.i(101, 120), g.i(8, 22)
    extra = g.pick([85, 95, 120])
    last4 = g.d(4)
    area = g.pick(["504", "985"])
    ph = g.d(7)
    return "asr", [
        ("a", "thanks for calling the pelicans ticket office this is [[NAME:andre]]"),
        ("c", "hey i'm trying to upgrade my seats for the playoff game and the app won't let me"),
        ("a", "i can do that for you what's the email on the account"),
        ("c", "[[EMAIL:florence dot baptiste at gmail dot com]]"),
        ("a", "and is that [[NAME:florence baptiste]]"),
        ("c", "yes sir"),
        ("a", f"okay you have section ((other:{sp(str(sec1))})) row ((other:{nw(row1)})) seats ((other:{nw(s1)})) and ((other:{nw(s1 + 1)})) i can move you down to section ((other:{sp(str(sec2))})) row ((other:{nw(row2)})) for an extra ((price:{nw(extra, False)} dollars)) a seat"),
        ("c", "do it my husband is gonna lose his mind"),
        ("a", f"should i charge the visa on file ending in [[CARD_NUMBER:{sp(last4, zero='zero', runs=False)}]]"),
        ("c", "yes that one"),
        ("a", "and a good number in case the tip off time changes"),
        ("c", f"[[PHONE:{sp(area, zero='zero', runs=False)} {sp(ph, zero='zero', runs=False)}]]"),
        ("a", "done your new tickets are in the app the old ones won't scan anymore"),
        ("c", "thank you so much"),
    ]

@case
def sports_stream_cancel_uk(g):
    em = g.d(2)
    price = g.pick([34.99, 29.99])
    last4 = g.d(4)
    d, m = g.i(2, 27), g.i(1, 12)
    left = g.i(2, 5)
    pct = g.pick([50, 40])
    return "transcript", [
        ("a", "Hello, PitchPass customer support, you're speaking to [[NAME:Ollie]]."),
        ("c", "Hi. I'm trying to cancel, but the website only lets me pause it."),
        ("a", "I can help with that. What's the email on the account?"),
        ("c", f"[[EMAIL:georgia.pennington{em}@btinternet.com]]."),
        ("a", "And your full name, for security?"),
        ("c", "[[NAME:Georgia Pennington]]."),
        ("a", f"Thanks, [[NAME:Georgia]]. You're on the annual contract at ((price:£{price} a month)), paid on the card ending [[CARD_NUMBER:{last4}]]. There are ((count:{left})) payments left."),
        ("c", "I didn't realise it was a contract. The season's over, I don't need it."),
        ("a", f"I could offer you ((percentage:{pct}%)) off for the rest of the contract instead?"),
        ("c", "No, thanks. I just want it stopped."),
        ("a", f"Okay. As a one-off I can end it without the early exit fee. Your last payment was on the ((date:{d} {MONTHS[m]})), and you'll keep access until the end of that month."),
        ("c", "Great, thank you."),
        ("a", "You'll get an email confirming the cancellation in the next few minutes."),
    ]


@case
def mealkit_move_ca(g):
    hn = g.i(1000, 6900)
    apt = g.i(2, 12)
    pc = g.ca_pc("H")
    card = g.card("5" + g.pick("1235"))
    mm, yy = g.exp()
    cvv = g.d(3)
    box = g.cents(70, 95)
    pct = g.pick([25, 30])
    return "asr", [
        ("a", "bonjour hello goodplate canada this is [[NAME:amelie]]"),
        ("c", "hi i'm moving to montreal next week and i want my boxes to follow me"),
        ("a", "of course can i have the email on the account"),
        ("c", "[[EMAIL:nate dot okeefe at outlook dot com]]"),
        ("a", "and your name"),
        ("c", "[[NAME:nathan o'keefe]]"),
        ("a", "and what's the new address"),
        ("c", f"[[ADDRESS:{nw(hn, False)} rue saint denis apartment {nw(apt)} montreal]] [[POSTCODE:{sp(pc)}]]"),
        ("a", "that's in our delivery zone do you want to keep the same card"),
        ("c", f"no use my new one [[CARD_NUMBER#n:{sp(card[:8])}]] uh hold on [[CARD_NUMBER#n:{sp(card[8:])}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "and the cvv"),
        ("c", f"[[CVV:{sp(cvv)}]]"),
        ("a", f"done and as a welcome to the new place here's ((percentage:{nw(pct)} percent)) off your next box so it's ((price:{dw(round(box * (100 - pct) / 100, 2))})) instead of ((price:{dw(box)}))"),
        ("c", "sweet thank you"),
    ]


@case
def newspaper_au(g):
    hn = g.i(2, 120)
    pc = "40" + g.d(2)
    wk = g.cents(6, 12)
    cycle = g.pick([4])
    trial = g.pick([8, 12])
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    sub = g.d(8)
    d = g.i(2, 27)
    return "transcript", [
        ("a", "The Courier-Mail subscriptions, [[NAME:Mitch]] speaking."),
        ("c", "Hi. I'd like to start the weekend paper with the digital access, please."),
        ("a", "Lovely. Can I have your name?"),
        ("c", "[[NAME:Ruth Abernethy]]."),
        ("a", "And the delivery address?"),
        ("c", f"[[ADDRESS:{hn} Jubilee Terrace, Bardon]], [[POSTCODE:{pc}]]."),
        ("a", f"The weekend plus digital package is ((price:${wk:.2f} a week)), billed every ((duration:{cycle} weeks)), and the first ((duration:{trial} weeks)) are half price."),
        ("c", "That's fine. I'll pay by card."),
        ("a", "Go ahead."),
        ("c", f"[[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]]. Expiry [[EXPIRY:{mm}/{yy}]]. CVV [[CVV:{cvv}]]."),
        ("a", f"You're all set, Ms [[NAME:Abernethy]]. Your subscriber number is [[ACCOUNT_NUMBER:{sub}]], and the first paper arrives Saturday the ((date:{ords(d)}))."),
        ("c", "Thank you. Will it go in the letterbox or on the drive?"),
        ("a", "On the drive, unless you leave a note for the driver."),
    ]


@case
def pet_insurance_us(g):
    pol = g.d(8)
    zp = "972" + g.d(2)
    inv = g.cents(600, 1500)
    ded = g.pick([250, 500])
    pct = g.pick([80, 70, 90])
    back = round((inv - ded) * pct / 100, 2)
    chip = g.nl(15, "985")
    return "asr", [
        ("a", "thanks for calling trupaws pet insurance this is [[NAME:megan]]"),
        ("c", "hi i just got a reimbursement and it's way less than i expected"),
        ("a", "let me take a look what's your policy number"),
        ("c", f"[[ACCOUNT_NUMBER:t p {sp(pol, zero='zero')}]]"),
        ("a", "and your name and zip code"),
        ("c", f"[[NAME:georgia whitlock]] and zip is [[POSTCODE:{sp(zp, zero='zero', runs=False)}]]"),
        ("a", f"thanks [[NAME:georgia]] so this is for luna's x rays the invoice was ((price:{money_w(inv, 'dollars', 'cents', False)})) and your annual deductible is ((price:{nw(ded, False)} dollars)) which hadn't been met yet"),
        ("c", "oh i forgot about the deductible"),
        ("a", f"then you're on the ((percentage:{nw(pct)} percent)) plan so it's ((percentage:{nw(pct)} percent)) of what's left which is ((price:{dw(back)}))"),
        ("c", "okay that makes sense i guess"),
        ("a", "also we still need her microchip number on file do you have it"),
        ("c", f"yeah ((other:{sp(chip, zero='zero', runs=False)}))"),
        ("a", "perfect and i'll email you the breakdown"),
        ("c", "thank you"),
    ]


@case
def ooh_vet_uk(g):
    kg = g.i(5, 9)
    grams = g.pick([100, 180, 200])
    pct = g.pick([70, 85])
    fee = g.pick([195, 220, 245])
    hn = g.i(2, 300)
    pc = g.uk_pc("LE")
    mob = "07" + g.d(9)
    mins = g.pick([15, 20, 25])
    last4 = g.d(4)
    mm, yy = g.exp()
    return "transcript", [
        ("a", "NightVet Leicester, [[NAME:Callie]] speaking. Is this an emergency?"),
        ("c", "Yes. My dog's eaten a whole bar of dark chocolate. He's a little terrier."),
        ("a", "Okay. How much does he weigh, and how big was the bar?"),
        ("c", f"He's about ((quantity:{kg} kilos)), and it was a ((quantity:{grams}g)) bar, ((percentage:{pct}%)) cocoa."),
        ("a", f"That's a toxic dose for his size, so you need to bring him in now. The emergency consult is ((price:£{fee})). What's your name?"),
        ("c", "[[NAME:Priyesh Mistry]]. The dog is Alfie."),
        ("a", "And your address and a mobile number?"),
        ("c", f"[[ADDRESS:{hn} Evington Road, Leicester]], [[POSTCODE:{pc}]]. Mobile [[PHONE:{mob[:5]} {mob[5:]}]]."),
        ("a", f"We're about ((duration:{mins} minutes)) from you. Have you been to us before? I can pre-authorise the card we have on file."),
        ("c", "Yes, in the spring. Use that one."),
        ("a", f"The card ending [[CARD_NUMBER:{last4}]], expiry [[EXPIRY:{mm}/{yy}]]?"),
        ("c", "That's it. We're leaving now."),
        ("a", "Don't try to make him sick at home. Just come straight in."),
    ]

@case
def rats_roof_za(g):
    hn = g.i(2, 90)
    pc = "21" + g.d(2)
    price = g.amt(650, 1200, 50)
    weeks = g.pick([2, 3])
    h1 = g.pick([8, 9])
    h2 = h1 + 3
    mob = "08" + g.pick("234") + g.d(7)
    return "asr", [
        ("a", "good afternoon pestfree gauteng [[NAME:lindiwe]] speaking"),
        ("c", "hi there's rats in my roof i can hear them running around every night"),
        ("a", "shame that's horrible we can do an inspection and baiting what's the address"),
        ("c", f"[[ADDRESS:{nw(hn)} tyrone avenue parkhurst johannesburg]] [[POSTCODE:{sp(pc)}]]"),
        ("a", "and your name"),
        ("c", "[[NAME:johan van wyk]]"),
        ("a", f"thanks mister [[NAME:van wyk]] the inspection and first baiting is ((price:{nw(price)} rand)) and then follow ups every ((duration:{nw(weeks)} weeks)) if we find activity"),
        ("c", "okay when can you come"),
        ("a", f"friday between ((time:{ONES[h1]})) and ((time:{ONES[h2 - 12] if h2 > 12 else ONES[h2]}))"),
        ("c", "that's fine my domestic worker will be home to let them in"),
        ("a", "and a cell number"),
        ("c", f"[[PHONE:{sp(mob)}]]"),
        ("a", "sharp you'll get an sms the day before"),
    ]


@case
def car_service_in(g):
    km = g.amt(20, 60) * 1000
    reg = f"KA {g.i(1, 59):02d} {g.L(2)} {g.d(4)}"
    yr = g.pick([2018, 2019, 2020])
    est = g.amt(4500, 9000, 100)
    pads = g.amt(1800, 3200, 100)
    pick = g.pick([300, 400])
    d = g.i(2, 27)
    h1, h2 = g.pick([9, 10]), g.pick([17, 18])
    flat = g.i(101, 1904)
    pin = "5600" + g.d(2)
    mob = g.pick("6789") + g.d(9)
    return "transcript", [
        ("a", "Hello, Arena Motors service centre, Whitefield. This is [[NAME:Suresh]]."),
        ("c", f"Hi, I want to book my car for the ((quantity:{km:,} km)) service."),
        ("a", "Sure, sir. Vehicle number?"),
        ("c", f"[[ACCOUNT_NUMBER:{reg}]]."),
        ("a", f"Thank you. That's the Dzire, ((year:{yr})) model. Your name, sir?"),
        ("c", "[[NAME:Naveen Reddy]]."),
        ("a", f"Mr. [[NAME:Reddy]], the estimate for this service is around ((price:Rs {est:,})). If the brake pads need changing, that's ((price:Rs {pads:,})) extra, we'll call you first."),
        ("c", "Okay. When can you take it?"),
        ("a", f"Saturday the ((date:{ords(d)})), drop-off at ((time:{h1} am)), ready by ((time:{h2 - 12} pm))."),
        ("c", "Can you do pick-up and drop? I'm working from home that day."),
        ("a", f"Yes, for ((price:Rs {pick})). Pick-up address?"),
        ("c", f"[[ADDRESS:Flat {flat}, Prestige Shantiniketan, Whitefield]], [[POSTCODE:{pin}]]."),
        ("a", "And your mobile for the driver?"),
        ("c", f"[[PHONE:{mob[:5]} {mob[5:]}]]."),
        ("a", "Done, sir. You'll get an SMS with the driver's details on Saturday morning."),
    ]


@case
def visa_interpreter_nz(g):
    client = g.d(9)
    dob = g.date(1958, 1968)
    pp = g.L(2) + g.d(6)
    d = g.i(2, 27)
    m = g.i(1, 12)
    mob = "02" + g.pick("127") + g.d(7)
    return "asr", [
        ("a", "kia ora immigration new zealand this is [[NAME:aisha]] how can i help"),
        ("c", "talofa i'm calling for my uncle he only speaks samoan so i'll interpret for him my name is [[NAME:lagi]]"),
        ("a", "thanks [[NAME:lagi]] i just need to hear him say it's okay for you to speak for him"),
        ("c", "he says yes it's okay he's nodding too"),
        ("a", "lovely what's his client number"),
        ("c", f"he's reading it off the letter [[ACCOUNT_NUMBER:{sp(client)}]]"),
        ("a", "and his full name and date of birth"),
        ("c", f"[[NAME:faleolo sione tuilagi]] born [[DOB:{say_uk(dob)}]]"),
        ("a", "and his passport number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(pp, runs=False)}]]"),
        ("a", f"thank you his visitor visa was approved and it was emailed on the ((date:{ordw(d)} of {MONTHS[m].lower()}))"),
        ("c", "he says he never got it what email did it go to"),
        ("a", "the one on the application was [[EMAIL:mele tuilagi at gmail dot com]]"),
        ("c", "oh that's his daughter's email she'll have it he's laughing now"),
        ("a", "and is there a phone number he'd like us to have"),
        ("c", f"use mine [[PHONE:{sp(mob)}]]"),
        ("a", "perfect i've added that enjoy the trip"),
    ]

@case
def bnpl_dispute_us(g):
    em = g.d(2)
    o = g.nl(12)
    d = g.i(2, 27)
    total = g.cents(700, 1600)
    paid = round(total / 4, 2)
    pause = g.pick([30, 45])
    area = g.pick(["602", "480"])
    ph = g.d(7)
    return "transcript", [
        ("a", "Thank you for calling Affirmly, this is [[NAME:Jasmine]]. How can I help you?"),
        ("c", "Hi. I returned a mattress weeks ago and I'm still being billed for it."),
        ("a", "I'm sorry about that. Can I get the email address on your account?"),
        ("c", f"[[EMAIL:hvillanueva{em}@gmail.com]]."),
        ("a", "And your name?"),
        ("c", "[[NAME:Hector Villanueva]]."),
        ("a", f"Thanks, Mr. [[NAME:Villanueva]]. I see the loan for the mattress, ((price:${total:,.2f})), order number ((other:{o})). You've paid ((price:${paid:.2f})) so far."),
        ("c", f"Right. I returned it on ((date:April {d})). I have the pickup receipt from the store."),
        ("a", f"The store hasn't told us about the return yet. I'm opening a dispute and pausing your payments for ((duration:{pause} days)) while we check with them."),
        ("c", "And I'll get back what I already paid?"),
        ("a", "If the return is confirmed, yes, it goes back to your card. Can you upload the receipt in the app under Disputes?"),
        ("c", "I'll do it tonight."),
        ("a", f"Great. And we'll text updates to [[PHONE:({area}) {ph[:3]}-{ph[3:]}]], is that still right?"),
        ("c", "Yes, that's my cell."),
    ]


@case
def funeral_home_ca(g):
    dob = g.date(1935, 1946)
    sin = g.sin()
    hn = g.i(10, 480)
    pc = g.ca_pc("B")
    area = g.pick(["902", "782"])
    ph = g.d(7)
    h = g.pick([10, 11, 14])
    age = 2025 - dob.year - 1
    return "asr", [
        ("a", "good evening harbourview funeral home this is [[NAME:colin]] speaking"),
        ("c", "hi my name's [[NAME:heather macisaac]] my mother just passed at the hospital in halifax"),
        ("a", "i'm very sorry [[NAME:heather]] we'll take care of her what was her name"),
        ("c", f"[[NAME:margaret anne macisaac]] she'd have been ((other:{nw(age + 1)})) next month"),
        ("a", "and her date of birth for the registration of death"),
        ("c", f"[[DOB:{say_us(dob)}]]"),
        ("a", "we'll also need her social insurance number for the death registration and the cpp do you have it"),
        ("c", f"it's on her old card i've got it here [[SSN:{sp(sin)}]]"),
        ("a", "and her home address"),
        ("c", f"[[ADDRESS:{nw(hn, False)} purcells cove road halifax]] [[POSTCODE:{sp(pc)}]]"),
        ("a", f"could you come in tomorrow at ((time:{t_w(h, 0)})) to go over the arrangements"),
        ("c", "yes my brother will come with me"),
        ("a", "and the best number for you tonight"),
        ("c", f"[[PHONE:{sp(area)} {sp(ph[:3])} {sp(ph[3:])}]]"),
        ("a", "thank you we'll call once she's in our care"),
    ]


@case
def debt_spouse_prompt_uk(g):
    ref = g.d(4) + "/" + g.d(6)
    dob = g.date(1960, 1975)
    wd = dob.day + 1 if dob.day < 28 else dob.day - 1
    pc = g.uk_pc("DN")
    bal = g.cents(900, 3100)
    inst = g.amt(20, 50, 5)
    day = g.i(1, 28)
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    return "transcript", [
        ("a", "Good morning, Northgate Credit Management, [[NAME:Liam]] speaking."),
        ("c", "Hello, love. I've got my husband here, it's his debt really but he's deaf as a post, so he's asked me to deal with it. You're on speaker."),
        ("a", "That's fine, as long as he's happy for you to speak for him. Can he say so?"),
        ("c", "(Husband, in background: Yes, she can sort it.)"),
        ("a", "Thank you. What's the reference on the letter?"),
        ("c", f"[[ACCOUNT_NUMBER:{ref}]]."),
        ("a", "And his full name and date of birth?"),
        ("c", f"[[NAME:Raymond Eric Tillotson]], born [[DOB#d:{wd} {MONTHS[dob.month]} {dob.year}]]... (Husband, in background: It's the [[DOB#d:{ords(dob.day)}]]!) Sorry, he's right. [[DOB:{dob.day} {MONTHS[dob.month]} {dob.year}]]."),
        ("a", "And the postcode?"),
        ("c", f"[[POSTCODE:{pc}]]."),
        ("a", f"Thanks. The balance is ((price:£{bal:,.2f})). What can you afford each month?"),
        ("c", f"We're both on pensions. ((price:£{inst})) a month, he says. (Husband: On the ((date:{ords(day)})).) On the ((date:{ords(day)})), when the pension goes in."),
        ("a", f"That's fine. Would you like to pay the first ((price:£{inst})) today by card?"),
        ("c", f"Yes. [[CARD_NUMBER:{grp(card, 4, 4, 4, 4)}]], expiry [[EXPIRY:{mm}/{yy}]], and the number on the back is [[CVV:{cvv}]]."),
        ("a", "That's gone through. I'll send the arrangement in writing to Mr [[NAME:Tillotson]]."),
    ]

@case
def water_heater_us(g):
    hn = g.pick([900])
    st = g.pick(["east colfax avenue", "south pearl street"])
    zp = "802" + g.d(2)
    model = f"{g.L(2)}{g.d(2)}{g.L(1)}{g.d(3)}"
    gal = g.pick([40, 50])
    callout = g.pick([149, 179])
    h, m = g.hm(14, 17, (0, 30))
    card = g.card("4")
    mm, yy = g.exp()
    cvv = g.d(3)
    area = g.pick(["303", "720"])
    ph = g.d(7)
    return "asr", [
        ("a", "mile high plumbing and drain this is [[NAME:trent]] what's going on"),
        ("c", "hi my water heater is leaking all over the garage floor"),
        ("a", "okay turn the cold water valve on top of it to off do you know the make or model it's on the sticker"),
        ("c", f"it says rheem model ((model_number:{sp(model, zero='zero', runs=False)})) ((quantity:{nw(gal, False)} gallon))"),
        ("a", f"got it we can have a tech out between ((time:{t_w(h, m)})) and ((time:{t_w(h + 2, m)})) the trip charge is ((price:{nw(callout, False)} dollars))"),
        ("c", "that's fine what do you need"),
        ("a", "name and address"),
        ("c", f"[[NAME:meredith kowalczyk]] [[ADDRESS:{nw(hn, False)} {st} denver]] [[POSTCODE:{sp(zp, zero='zero', runs=False)}]]"),
        ("a", "and a card to hold the appointment"),
        ("c", f"[[CARD_NUMBER#z:{sp(card[:4], zero='zero')} {sp(card[4:8], zero='zero')}]] hang on the dog's going nuts [[CARD_NUMBER#z:{sp(card[8:], zero='zero')}]]"),
        ("a", "and the expiration"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "and the code on the back"),
        ("c", f"[[CVV:{sp(cvv, zero='zero')}]]"),
        ("a", "and a cell number so the tech can call when he's on the way"),
        ("c", f"[[PHONE:{sp(area, zero='zero')} {sp(ph, zero='zero')}]]"),
        ("a", "you're all set keep the garage door open so he can get in"),
        ("c", "will do thanks"),
    ]

@case
def school_nsn_nz(g):
    nsn = g.d(10)
    dob = g.date(2011, 2013)
    yr = g.i(7, 9)
    mob = "02" + g.pick("127") + g.d(7)
    em = g.d(2)
    fee = g.pick([45, 60, 85])
    d = g.i(2, 27)
    return "transcript", [
        ("a", "Kia ora, Rangitoto College office, [[NAME:Leanne]] speaking."),
        ("c", "Hi, it's [[NAME:Daniel Fonoti-Harris]]. My son's just started and I don't think you've got my details right."),
        ("a", "No worries. What's your son's name?"),
        ("c", f"[[NAME:Tane Fonoti-Harris]]. He's in ((other:Year {yr}))."),
        ("a", "And his date of birth, or his National Student Number if you have it?"),
        ("c", f"I've got both here from his old school. NSN is [[ACCOUNT_NUMBER:{nsn}]], and he was born [[DOB:{dob.day}/{dob.month}/{dob.year}]]."),
        ("a", "Thanks. I can see his mum's details on the file but not yours. What's your mobile?"),
        ("c", f"[[PHONE:{mob[:3]} {mob[3:6]} {mob[6:]}]]."),
        ("a", "And an email?"),
        ("c", f"[[EMAIL:dan.fonotiharris{em}@xtra.co.nz]]."),
        ("a", f"Done. You'll both get the newsletters now. There's also the camp fee of ((price:${fee})) due on the ((date:{ords(d)})), you'll see it on the parent portal."),
        ("c", "Great, thanks. He's already asking about camp."),
    ]


@case
def garage_rego_au(g):
    rego = f"{g.d(1)}{g.L(3)}{g.d(3)}"
    km = g.amt(80, 220) * 1000
    price = g.pick([289, 319, 349])
    h = g.pick([7, 8])
    card = g.card("5" + g.pick("1234"))
    mm, yy = g.exp()
    cvv = g.d(3)
    mob = "04" + g.d(8)
    return "asr", [
        ("a", "morning westside auto [[NAME:dave]] speaking"),
        ("c", "g'day i need a roadworthy and a logbook service my rego's about to run out"),
        ("a", "no worries what's the rego"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(rego)}]]"),
        ("a", "yep that's the hilux how many k's on it"),
        ("c", f"just over ((quantity:{nw(km)} k's))"),
        ("a", f"okay the logbook service at that mileage is ((price:{nw(price)} dollars)) and the roadworthy's on top of that i can do thursday if you drop it at ((time:{ONES[h]}))"),
        ("c", "sweet can i pay upfront so i'm not waiting around"),
        ("a", "yep go for it"),
        ("c", f"[[CARD_NUMBER#r:{sp(card[:8])}]] uh [[CARD_NUMBER#r:{sp(card[8:])}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{exp_w(mm, yy)}]]"),
        ("a", "and the three on the back"),
        ("c", f"[[CVV:{sp(cvv)}]]"),
        ("a", "and your name and a mobile so i can text you when it's done"),
        ("c", f"[[NAME:shaun kowalski]] [[PHONE:{sp(mob)}]]"),
        ("a", "too easy see you thursday"),
    ]

@case
def uk_eta_za(g):
    ref = g.d(16)
    pp = "A" + g.d(8)
    pp2 = "A" + g.d(8)
    dob = g.date(1978, 1990)
    fl = g.i(50, 59)
    h, m = g.hm(17, 21, (0, 15, 30, 45))
    mins = g.pick([20, 35])
    days = g.pick([3])
    em = g.d(2)
    return "transcript", [
        ("a", "UK Visas and Immigration contact centre, [[NAME:Gemma]] speaking."),
        ("c", "Hello. I'm flying to London tomorrow night and the app still says my ETA is pending. I'm panicking a bit."),
        ("a", "Let's have a look. Do you have the application reference?"),
        ("c", f"Yes, [[ACCOUNT_NUMBER:{grp(ref, 4, 4, 4, 4)}]]."),
        ("a", "And your name, passport number and date of birth?"),
        ("c", f"[[NAME:Charlize du Toit]], passport [[ACCOUNT_NUMBER:{pp}]], born [[DOB:{dob.day} {MONTHS[dob.month]} {dob.year}]]."),
        ("a", f"Thank you. Good news, it was approved about ((duration:{mins} minutes)) ago. The email should reach [[EMAIL:charlize.dutoit{em}@gmail.com]] shortly."),
        ("c", f"Oh, thank goodness. And my husband's? We're on the same flight, ((flight_number:BA {fl})) at ((time:{h}:{m:02d})) from Cape Town."),
        ("a", "I'd need his details, and his consent, to look at his."),
        ("c", f"He's right here. (Husband: Hi, yes, go ahead.) [[NAME:Francois du Toit]], passport [[ACCOUNT_NUMBER:{pp2}]]."),
        ("a", f"His is still under review. Most decisions come within ((duration:{days} working days)), but many are much quicker. He can't board until it's granted."),
        ("c", "So we just wait?"),
        ("a", "I'm afraid so. Keep checking the app. If it's refused, the email will say why."),
        ("c", "Okay. Thank you for being honest."),
    ]


@case
def payday_ivr_us(g):
    loan = g.d(8)
    k1, k2 = g.pick([1]), g.pick([2])
    bal = g.cents(300, 900)
    due = g.cents(80, 200)
    d = g.i(2, 27)
    last4 = g.d(4)
    mm, yy = g.exp()
    conf = g.nl(10)
    return "asr", [
        ("i", "welcome to lendright please enter your loan number followed by the pound key"),
        ("i", f"you entered [[ACCOUNT_NUMBER:{sp(loan, zero='zero', runs=False)}]] if this is correct press ((other:{ONES[k1]}))"),
        ("i", f"your balance is ((price:{money_w(bal, 'dollars', 'cents', False)})) your next payment of ((price:{money_w(due, 'dollars', 'cents', False)})) is due on ((date:{MONTHS[g.i(1, 12)].lower()} {ordw(d)})) to make a payment press ((other:{ONES[k1]})) to speak to an agent press ((other:{ONES[k2]}))"),
        ("i", "please enter your card number followed by the pound key"),
        ("i", f"you entered a card ending in [[CARD_NUMBER:{sp(last4, zero='zero', runs=False)}]] please enter the expiration date as four digits"),
        ("i", f"you entered [[EXPIRY:{sp(mm, zero='zero', runs=False)} {sp(yy, zero='zero', runs=False)}]] please enter the security code"),
        ("i", f"thank you your payment of ((price:{money_w(due, 'dollars', 'cents', False)})) was successful your confirmation number is ((other:{sp(conf, zero='zero', runs=False)}))"),
        ("c", "agent"),
        ("a", "thanks for calling lendright this is [[NAME:marisa]] how can i help"),
        ("c", "hi i just paid on the phone thing and i wanted to make sure it went to the right loan"),
        ("a", "can i get your name"),
        ("c", "[[NAME:desmond okoro]]"),
        ("a", "yes mister [[NAME:okoro]] i see it it posted to your loan just now you're all caught up"),
        ("c", "okay perfect that's all i needed"),
    ]

# ---- END CASES

# ---------------------------------------------------------------- build and check

MARK = re.compile(r"\[\[([A-Z_]+)(?:#([A-Za-z0-9_]+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
NUMWORDS = set(ONES) | set(TENSW[2:]) | {"hundred", "thousand", "million", "double", "triple"}
NOT_NAME_WORDS = {"as", "in"}  # the words of a spelling ("n as in nancy") inside a NAME span


def strip(raw):
    """Markup -> (plain text, [(start, end, span text, TYPE or None, tag or None, kind or None)])."""
    out, spans, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        if m.group(1) is not None:
            text, typ, tag, kind = m.group(3), m.group(1), m.group(2), None
        else:
            text, typ, tag, kind = m.group(5), None, None, m.group(4)
        out.append(text)
        spans.append((start, start + len(text), text, typ, tag, kind))
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans


def build(gen):
    cases, problems = [], []
    for n, fn in enumerate(CASES, 1):
        cid = f"t20-{n:03d}"
        style, utts = fn(gen)
        rec = {"case_id": cid, "style": style, "utterances": [], "pii": [], "keep": []}
        keys = {}
        raw_pii = []
        for ui, (spk, raw) in enumerate(utts):
            text, spans = strip(raw)
            rec["utterances"].append({"speaker": SPK.get(spk, spk), "text": text})
            for (s, e, t, typ, tag, kind) in spans:
                if text[s:e] != t or t != t.strip() or not t:
                    problems.append(f"{cid} u{ui}: bad span text {t!r}")
                if typ is not None:
                    key = ("tag", tag) if tag else ("own", ui, s)
                    raw_pii.append((ui, s, e, typ, key))
                else:
                    rec["keep"].append({"utterance": ui, "start": s, "end": e, "kind": kind})
        raw_pii.sort(key=lambda x: (x[0], x[1]))
        tag_uses = Counter(k for (_, _, _, _, k) in raw_pii if k[0] == "tag")
        for k, cnt in tag_uses.items():
            if cnt < 2:
                problems.append(f"{cid}: piece tag #{k[1]} used once (a piece left untagged?)")
        for (ui, s, e, typ, key) in raw_pii:
            if key not in keys:
                keys[key] = f"g{len(keys) + 1}"
            rec["pii"].append({"utterance": ui, "start": s, "end": e, "type": typ,
                               "group": keys[key]})
        rec["keep"].sort(key=lambda x: (x["utterance"], x["start"]))
        cases.append((rec, fn.__name__))
    return cases, problems


def check(cases):
    problems = []
    per_type, per_kind = Counter(), Counter()
    n_utts = n_keep = 0
    styles, style_utts = Counter(), Counter()
    plain_total, plain_cases = 0, 0
    for rec, fname in cases:
        cid = rec["case_id"]
        where = f"{cid} ({fname})"
        utts = rec["utterances"]
        n_utts += len(utts)
        styles[rec["style"]] += 1
        style_utts[rec["style"]] += len(utts)
        if rec["style"] not in STYLES:
            problems.append(f"{where}: style {rec['style']!r}")
        if not 6 <= len(utts) <= 25:
            problems.append(f"{where}: {len(utts)} utterances (6 to 25 wanted)")
        for ui, u in enumerate(utts):
            if u["speaker"] not in SPEAKERS:
                problems.append(f"{where} u{ui}: speaker {u['speaker']!r}")
            t = u["text"]
            if any(x in t for x in ("[[", "]]", "((", "))", "{", "}")):
                problems.append(f"{where} u{ui}: markup left over: {t!r}")
            if rec["style"] == "asr":
                if re.search(r"[A-Z]", t):
                    problems.append(f"{where} u{ui}: capitals in asr: {t!r}")
                bad = re.sub(r"[a-z0-9 ']", "", t)
                if bad:
                    problems.append(f"{where} u{ui}: punctuation {bad!r} in asr: {t!r}")
                if re.search(r"(^|[^a-z])'|'($|[^a-z])", t):
                    problems.append(f"{where} u{ui}: apostrophe outside a word in asr: {t!r}")
                if "  " in t or t != t.strip():
                    problems.append(f"{where} u{ui}: stray spaces in asr: {t!r}")
        # spans: offsets, types, overlaps, digits
        spans_by_u = defaultdict(list)
        for p in rec["pii"]:
            if p["type"] not in TYPES:
                problems.append(f"{where}: type {p['type']!r}")
            spans_by_u[p["utterance"]].append((p["start"], p["end"], "pii", p))
        for k in rec["keep"]:
            if k["kind"] not in KINDS:
                problems.append(f"{where}: keep kind {k['kind']!r}")
            spans_by_u[k["utterance"]].append((k["start"], k["end"], "keep", k))
            per_kind[k["kind"]] += 1
            n_keep += 1
            kt = utts[k["utterance"]]["text"][k["start"]:k["end"]]
            digs = to_digits(kt)
            if len(digs) >= 10 and luhn_ok(digs):
                problems.append(f"{where}: keep span with {len(digs)} digits passes Luhn: {kt!r}")
        for ui, sp_ in spans_by_u.items():
            t = utts[ui]["text"]
            sp_.sort(key=lambda x: (x[0], x[1]))
            for a, b in zip(sp_, sp_[1:]):
                if b[0] < a[1]:
                    problems.append(f"{where} u{ui}: spans overlap: {t[a[0]:a[1]]!r} / {t[b[0]:b[1]]!r}")
            for (s, e, _, _) in sp_:
                if not (0 <= s < e <= len(t)):
                    problems.append(f"{where} u{ui}: offsets {s},{e} out of range")
        for ui, u in enumerate(utts):
            covered = [False] * len(u["text"])
            for (s, e, _, _) in spans_by_u.get(ui, []):
                for x in range(s, min(e, len(covered))):
                    covered[x] = True
            for x, ch in enumerate(u["text"]):
                if ch.isdigit() and not covered[x]:
                    problems.append(f"{where} u{ui}: digit outside every span at {x}: {u['text']!r}")
                    break
        # groups
        seen, gtype, gpieces = [], {}, defaultdict(list)
        for p in sorted(rec["pii"], key=lambda p: (p["utterance"], p["start"])):
            g = p["group"]
            if g not in seen:
                seen.append(g)
            if gtype.setdefault(g, p["type"]) != p["type"]:
                problems.append(f"{where}: group {g} mixes {gtype[g]} and {p['type']}")
            gpieces[g].append(p)
        if seen != [f"g{i}" for i in range(1, len(seen) + 1)]:
            problems.append(f"{where}: groups not numbered by first appearance: {seen}")
        for g, ps in gpieces.items():
            per_type[gtype[g]] += 1
            texts = [utts[p["utterance"]]["text"][p["start"]:p["end"]] for p in ps]
            if gtype[g] == "CARD_NUMBER":
                digs = "".join(to_digits(x) for x in texts)
                if len(digs) >= 12 and not luhn_ok(digs):
                    problems.append(f"{where}: card group {g} fails Luhn: {digs}")
                if len(digs) not in (4, 15, 16):
                    problems.append(f"{where}: card group {g} has {len(digs)} digits")
            for a, b in zip(ps, ps[1:]):
                if a["utterance"] == b["utterance"]:
                    gap = utts[a["utterance"]]["text"][a["end"]:b["start"]]
                    if not re.search(r"[A-Za-z0-9]", gap):
                        problems.append(f"{where}: pieces of {g} parted only by {gap!r}")
        # name words said again outside pii
        words = set()
        for p in rec["pii"]:
            if p["type"] == "NAME":
                t = utts[p["utterance"]]["text"][p["start"]:p["end"]]
                for w in re.findall(r"[A-Za-z]+", t):
                    if len(w) > 1 and w.lower() not in NOT_NAME_WORDS:
                        words.add(w.lower())
        for ui, u in enumerate(utts):
            t = u["text"]
            inside = [False] * len(t)
            for p in rec["pii"]:
                if p["utterance"] == ui:
                    for x in range(p["start"], p["end"]):
                        inside[x] = True
            for m in re.finditer(r"[A-Za-z]+", t):
                if m.group(0).lower() in words and not inside[m.start()]:
                    problems.append(f"{where} u{ui}: name word {m.group(0)!r} outside a pii span")
        # plain utterances: no pii, no keep, no digit, no number word
        n_plain = 0
        for ui, u in enumerate(utts):
            if ui in spans_by_u or re.search(r"\d", u["text"]):
                continue
            toks = set(re.findall(r"[a-z]+", u["text"].lower()))
            if toks & NUMWORDS:
                continue
            n_plain += 1
        plain_total += n_plain
        plain_cases += n_plain > 0
    # totals
    if len(cases) < MIN_CASES:
        problems.append(f"{len(cases)} cases < {MIN_CASES}")
    if n_utts < MIN_UTTS:
        problems.append(f"{n_utts} utterances < {MIN_UTTS}")
    if n_keep < MIN_KEEP:
        problems.append(f"{n_keep} keep spans < {MIN_KEEP}")
    for t, m in MINIMUM.items():
        if per_type[t] < m:
            problems.append(f"{t}: {per_type[t]} values < {m}")
    if plain_total < MIN_PLAIN:
        problems.append(f"{plain_total} plain utterances < {MIN_PLAIN}")
    if plain_cases < len(cases) // 2:
        problems.append(f"plain utterances in only {plain_cases} of {len(cases)} cases")
    for name, cnt in (("cases", styles), ("utterances", style_utts)):
        tot = sum(cnt.values())
        if tot and abs(cnt["asr"] - cnt["transcript"]) > 0.10 * tot:
            problems.append(f"styles not half and half by {name}: {dict(cnt)}")
    stats = {"cases": len(cases), "utterances": n_utts, "keep": n_keep,
             "styles (cases)": dict(styles), "styles (utterances)": dict(style_utts),
             "plain utterances": plain_total, "cases with plain utterances": plain_cases,
             "pii values per type": {t: per_type[t] for t in TYPES},
             "pii spans": sum(len(r["pii"]) for r, _ in cases),
             "keep per kind": {k: per_kind[k] for k in KINDS}}
    return problems, stats


def main():
    cases, problems = build(Gen(SEED))
    more, stats = check(cases)
    problems += more
    for k, v in stats.items():
        print(f"{k}: {v}")
    if problems:
        print(f"\n{len(problems)} problem(s); {OUT} not written:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec, _ in cases:
            f.write(json.dumps(rec) + "\n")
    print(f"\nwrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
