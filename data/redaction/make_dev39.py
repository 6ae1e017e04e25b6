#!/usr/bin/env python3
"""Write data/redaction/dev39.jsonl, a redaction development set (case ids t35-001 ...).

Written as the held-out set test35.jsonl, measured once with the thirty-seventh round's code, then
renamed dev39 and tuned on in the thirty-eighth round.

What the set leans on
---------------------
Complaints, disputes and payment arrangements with callers who are upset, impatient or in a
hurry, in industries earlier sets did not name: buy-now-pay-later and store cards, payday and
car-title lenders, debt collection agencies, bailiffs, enforcement and sheriff officers, gym
contracts, timeshares and holiday clubs, furniture and sofa retailers, double glazing, solar and
home-improvement finance, marketplace seller and buyer support, ticket resale, airline refund
desks, phone contracts in arrears, parking charge notices, utility back-billing, subscription
boxes, dating apps, course providers, car warranties, home insurance and an ombudsman's
enquiry line. Every case is its own hand-written conversation (its own people, reason for
calling, wording and order of events).

Card payments carry the most weight: card disputes and chargebacks, refunds to a different card
than the one charged, fraud claims with the old and the new card in one call, payment plans.
Cards come in one to five pieces over turns, with fillers, interruptions, a block corrected, a
restart, a block repeated on request, a whole card given and withdrawn ("no don't use that
one"), read back by the agent or an IVR (whole, one block, the last four), with expiries and
codes asked and said in varied ways; five cases have an IVR. Numbers are said in regional ways
("nought", "double", "triple", "treble", "forty five hundred", pairs, Indian English doubles,
Irish "o"), with the recogniser's homophones ("for", "to", "won", "ate") inside some values.
Callers refuse a value and then give it, take a value back, talk over the agent; agents read
disclosures between values and supervisors re-ask for details. Callers and addresses come from
the UK, Ireland, the US, Canada and Australia (postcodes, Eircodes, ZIPs, Canadian and Australian
postcodes; typed, spoken, in pieces, with the phonetic alphabet). Names come from many languages,
and some are also words (Grace, Hope, Will, Faith, Sunny, Joy, Honey, Storm, Rose, Bill, May,
Summer, Skye, Crystal, Amber, Penny, Hazel, Daisy, Hunter, Chase, Destiny, Ivy, Patience,
Blessing, Dawn, Robin, Frank), said when asked and in passing, staff included ("the girl i spoke
to last week chantelle"). Look-alikes sit beside real values: amounts, fees, instalments,
interest rates, dates of transactions and due dates, durations, counts, times, years, meter
readings and distances, model numbers, flight numbers, and transaction references of 16-18
digits that fail the Luhn check. About 70% of the utterances are in the recogniser's style.

Markup
------
Each case is a function of the seeded generator that returns lines starting "A: " (agent),
"C: " (customer) or "I: " (ivr). Inside a line:

  [[TYPE:text]]        a pii value said in one piece (a group of its own)
  [[TYPE#tag:text]]    a piece of the value `tag`; pieces with the same tag share a group
  [[TYPE#tag!:text]]   a piece kept in the value's group but left out of the shape check
                       (digits said before a restart, a wrong block the caller corrects, a
                       block the caller repeats)
  [[TYPE#tag~:text]]   a partial value: a card's last four or a read-back of one or two
                       blocks (3-8 digits), the last four of an SSN or of a phone
                       ("[[CARD_NUMBER#~:...]]" with no tag: a partial value of its own)
  ((kind:text))        a keep span (look-alike)

The markup is stripped by code, every offset is computed from the clean text, and groups are
renamed g1, g2, ... in order of first appearance within the case. Every number comes from one
`random.Random(35)` (class Gen), rendered in the case's style by small helpers (w: digit by
digit, dbl: with double/triple/treble, pr: in pairs, hund: "forty five hundred", yr, ordw, nato,
hom: the recogniser's homophones). Phones are in the ranges kept for fiction (07700 900xxx,
020 7946 0xxx, 0113/0117/0161 496 0xxx, NXX 555 01xx, Australian (0x) 5550 xxxx and
0491 570 xxx); no Irish phone numbers are used.

Labelling choices
-----------------
(where README lines 1-351 leave room; applied the same way in every case)
- A card said in pieces: each unbroken run of digit words is one span (pieces with only a space
  between are joined into one span); pieces split by a filler, other words or another turn share
  the card's group.
- Digits said before a restart, a wrong block the caller corrects and a block the caller repeats
  (on request or by mistake) stay in the card's group.
- A card said again in full (to an IVR that misheard), every read-back (whole card, one or two
  blocks, the right block and the wrong one it replaced, by agent or IVR) and any last four (said
  by either side) are CARD_NUMBER groups of their own.
- A whole card the caller gives and then withdraws is labelled, as a group of its own; so are the
  first digits of a new card a caller starts to read out when the agent does not need them.
- The recogniser's homophones standing for a digit inside a value ("for", "to", "won", "ate") are
  inside the span; the same words used as ordinary words next to a value are outside.
- "expires", "expiry", "end of", "CVV", "cvc", "code", "security code" stay outside; "slash" and
  "of" between the month and year of a spoken expiry are inside it. CVV and EXPIRY are labelled
  only where the agent or IVR asked for them or the caller named them ("expiry 11/30, security
  code 319"); a refund that needs no code has none.
- Complaint, case, fraud-case, dispute and ombudsman references, order, booking and listing
  numbers, loan, agreement, policy, member, student, seller and contract numbers, claim numbers,
  parking charge notice and warrant numbers, vehicle registrations, VINs, sort codes, BSBs,
  routing, transit and institution numbers and IBANs are ACCOUNT_NUMBERs (a label such as "PCN"
  said before the number stays outside; letters that belong to the id are inside). A sort code,
  BSB, routing or transit number is a group apart from the account number after it.
- A payment's transaction reference (also when a bank asks the caller to quote it for a
  chargeback), refund receipts, payment confirmation numbers, one-time codes, a phone account's
  security PIN and an IVR's example expiry ("for example oh three twenty nine") are `other`
  look-alikes.
- US SSNs, UK National Insurance numbers and Irish PPS numbers are SSNs; the last four of an SSN,
  and the last four of a phone, are groups of their own.
- Values of other people (a fraudster's e-mail, delivery address and phone on an account opened in
  the caller's name, a relative's name, a seller's or buyer's name) are labelled like anyone's.
- ADDRESS covers the street line with a flat, unit or house name before it ("the old forge forty
  four hough green chester", "Flat 6, Sutton Wharf House, 9 Commercial Road, Plymouth", Glasgow
  "2/1, 58 ..." and Australian "5/22 ..." unit forms) and the town or suburb when it follows in the
  same breath, also without a comma in the recogniser's style; a town after "in", states,
  provinces and counties ("PA", "NSW", "QLD", "cork" after the suburb) stay outside. A Dublin
  postal district ("Dublin 22") is part of the address line; the Eircode is its own POSTCODE.
- NAME: a first name and surname said together are one span; a surname spelled letter by letter
  is a group of its own; titles (Mr, Mr., Ms, Ms., Mrs, Miss, mister, mrs) stay outside; a name
  inside an e-mail address is left to the EMAIL span; business names hold no labelled name.
- Keep spans: amounts with their currency words or signs (`price`, also "one lakh thirty
  thousand rupees"); rates (`percentage`); transaction, due and complaint dates and a month said
  alone (`date`, without "the"); a year alone (`year`); periods such as "ten day" cooling off or
  "30-day" notice (`duration`); meter readings, mileage, distances and data allowances
  (`quantity`); the number of payments, tickets, charges or windows (`count`, the number only);
  spoken flight numbers ("s k four eight two") are `flight_number`s.

Validator
---------
The script checks, and exits 1 writing nothing if any check fails: markup well formed (known
types and kinds, nothing left over, lines start with a speaker); offsets match the text; spans
non-empty, without leading/trailing space or punctuation (a keep may start with a currency sign
or end with %), not starting or ending inside a word; no two spans (pii or keep) overlap; no two
pieces of one value with only a space between, and no two values of one type with only a filler
between; asr utterances are lower case, without sentence punctuation, "/", brackets or "@"; card
groups, read digit by digit (digit words, "oh", "o", "nought", "double", "triple", "treble",
pairs, "hundred"/"thousand" groupings and the homophones turned into digits, unknown words
rejected), are 15/16 digits, Luhn-valid, with a real prefix (Visa 4; Mastercard 51-55 or
2221-2720; Amex 34/37 with 15 digits; Discover 6011/65), except partial groups (3-8 digits) and
pieces marked as restarted, corrected or repeated; CVV 3-4 digits; EXPIRY a valid month; SSN
shapes (US area 001-665, group 01-99, serial 0001-9999; NI number; PPS number; last four);
phones in the fictional ranges above; postcodes of a UK, Eircode, ZIP, Canadian or Australian
shape; e-mails typed (an address) or spoken ("... at ... dot ..."); ADDRESS starts with a number,
a flat/unit word or a house name before a numbered street and has a street word; NAME has no
digits or titles; DOB holds a date; ACCOUNT_NUMBER holds a digit; no digit outside a span, no run
of four or more digit words and no run of three or more spelled letters outside a span;
look-alikes of 13-19 digits fail Luhn and hold no pii digits of the same utterance; a name word
labelled in a case is never left unlabelled elsewhere in that case; no e-mail or street is reused
across cases; no utterance of nine words or more (span contents masked) is repeated across cases;
groups hold one type; and the minimum counts of the brief (CARD_NUMBER 60, CVV 30, EXPIRY 30,
SSN 10, PHONE 35, EMAIL 25, DOB 20, ADDRESS 35, POSTCODE 35, ACCOUNT_NUMBER 45, NAME 200; 80
cases, 1,000 utterances, 400 utterances without pii, 280 keep spans covering all eleven kinds,
3 IVR cases, 60% of utterances in asr style).

Run
---
Python 3.11, standard library only, self-contained (imports nothing from the repository):

    python3 data/redaction/make_dev39.py           # validate, write dev39.jsonl, print counts
    python3 data/redaction/make_dev39.py --check   # validate and print counts, write nothing

The output is deterministic: the same bytes on every run and under any PYTHONHASHSEED.
"""

import json
import os
import random
import re
import sys

OUT_NAME = "dev39.jsonl"

PII_TYPES = ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB",
             "ADDRESS", "POSTCODE", "ACCOUNT_NUMBER", "NAME")
KEEP_KINDS = ("quantity", "time", "price", "flight_number", "date", "year",
              "duration", "percentage", "model_number", "count", "other")
SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}

MINIMUMS = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35,
            "EMAIL": 25, "DOB": 20, "ADDRESS": 35, "POSTCODE": 35,
            "ACCOUNT_NUMBER": 45, "NAME": 200}
MIN_CASES = 80
MIN_UTTS = 1000
MIN_PLAIN_UTTS = 400
MIN_KEEPS = 280
MIN_IVR_CASES = 3
MIN_ASR_SHARE = 0.60

# ---------------------------------------------------------------- numbers

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise ValueError(body)


class Gen:
    """All numbers of the set come from this one seeded generator."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def d(self, n, first_nonzero=False):
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randrange(1, 10)) + s[1:]
        return s

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def between(self, a, b):
        return self.r.randint(a, b)

    def card(self, brand="visa", fixed=None):
        """A Luhn-valid card; fixed maps a 0-based position to a digit string placed there."""
        if brand == "visa":
            prefix, length = "4", 16
        elif brand == "mc":
            prefix, length = str(self.r.randint(51, 55)), 16
        elif brand == "mc2":
            prefix, length = str(self.r.randint(2221, 2720)), 16
        elif brand == "amex":
            prefix, length = self.pick(["34", "37"]), 15
        elif brand == "disc":
            prefix, length = self.pick(["6011", "65"]), 16
        else:
            raise ValueError(brand)
        body = list(prefix + self.d(length - 1 - len(prefix)))
        for pos, val in (fixed or {}).items():
            for k, ch in enumerate(val):
                if pos + k >= len(prefix) and pos + k < length - 1:
                    body[pos + k] = ch
        body = "".join(body)
        return body + luhn_digit(body)

    def not_luhn(self, n, first=None):
        while True:
            s = (first or "") + self.d(n - len(first or ""))
            if s[0] != "0" and not luhn_ok(s):
                return s

    def cvv(self, n=3):
        return self.d(n, first_nonzero=True)

    def exp(self, lo=2027, hi=2032):
        return self.r.randint(1, 12), self.r.randint(lo, hi)

    def ssn(self):
        while True:
            a = self.r.randint(1, 665)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def ni(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.pick(first) + self.pick(second)
            if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        return p + self.d(6) + self.pick("ABCD")

    def pps(self):
        digits = self.d(7)
        total = sum(int(c) * w for c, w in zip(digits, range(8, 1, -1)))
        rem = total % 23
        letter = "W" if rem == 0 else chr(ord("A") + rem - 1)
        return digits + letter

    def uk_mobile(self):
        return "07700 900" + self.d(3)

    def london(self):
        return "020 7946 0" + self.d(3)

    def uk_geo(self, city="0161"):
        return city + " 496 0" + self.d(3)

    def us_phone(self, area):
        return area + " 555 01" + self.d(2)

    def au_phone(self, kind="land", area="02"):
        if kind == "land":
            return area + " 5550 " + self.d(4)
        return "0491 570 " + self.d(3)

    def uk_pc(self, outward):
        return outward + " " + str(self.r.randrange(10)) + self.pick("ABDEFGHJLNPQRSTUWXYZ") + \
            self.pick("ABDEFGHJLNPQRSTUWXYZ")

    def eircode(self, routing):
        chars = "ACDEFHKNPRTVWXY0123456789"
        while True:
            s = "".join(self.pick(chars) for _ in range(4))
            if s[0].isalpha():
                return routing + " " + s

    def ca_pc(self, fsa):
        letters = "ABCEGHJKLMNPRSTVWXYZ"
        return fsa + " " + str(self.r.randrange(10)) + self.pick(letters) + str(self.r.randrange(10))

    def zip5(self, prefix):
        return prefix + self.d(5 - len(prefix))

    def au_pc(self, prefix):
        return prefix + self.d(4 - len(prefix))

    def dob(self, lo=1941, hi=2005):
        y = self.r.randint(lo, hi)
        m = self.r.randint(1, 12)
        dd = self.r.randint(1, 28)
        return dd, m, y

    def date(self, lo=2024, hi=2026):
        return self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(lo, hi)

    def day(self):
        return self.r.randint(1, 28)

    def money(self, lo, hi, cents=True):
        v = self.r.randint(lo, hi)
        if cents:
            return "%d.%02d" % (v, self.r.randrange(100))
        return str(v)

    def sort_code(self):
        return "%s-%s-%s" % (self.d(2, True), self.d(2), self.d(2))


def n2w(n):
    n = int(n)
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def _dw(ch, z):
    if ch.isdigit():
        return z if ch == "0" else UNITS[int(ch)]
    return ch.lower()


def w(s, z="oh"):
    """Digit by digit: '4405' -> 'four four oh five'."""
    return " ".join(_dw(c, z) for c in s if not c.isspace())


def dbl(s, z="oh", three="triple"):
    """Digit words with 'double'/'triple' for runs."""
    s = s.replace(" ", "")
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        word = _dw(s[i], z)
        while run > 0:
            if run >= 3 and run != 4:
                out.append(three + " " + word)
                run -= 3
            elif run >= 2:
                out.append("double " + word)
                run -= 2
            else:
                out.append(word)
                run -= 1
        i = j
    return " ".join(out)


def pr(s, z="oh"):
    """In pairs: '4405' -> 'forty four oh five'; odd length starts with a single digit."""
    s = s.replace(" ", "")
    out = []
    if len(s) % 2 == 1:
        out.append(_dw(s[0], z))
        s = s[1:]
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if p[0] == "0":
            out.append(_dw(p[0], z) + " " + _dw(p[1], z))
        else:
            out.append(n2w(p))
    return " ".join(out)


def hund(s, z="oh"):
    """Four digits ending in 00 as 'forty five hundred'; otherwise pairs."""
    s = s.replace(" ", "")
    if len(s) == 4 and s.endswith("00") and s[0] != "0":
        return n2w(s[:2]) + " hundred"
    if len(s) == 3 and s[1:] == "00":
        return UNITS[int(s[0])] + " hundred"
    return pr(s, z)


def grp(s, *sizes):
    s = s.replace(" ", "")
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


def yr(y):
    y = int(y)
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + UNITS[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return n2w(hi) + " hundred"
    if lo < 10:
        return n2w(hi) + " oh " + UNITS[lo]
    return n2w(hi) + " " + n2w(lo)


def mon(m):
    return MONTHS[m - 1]


def Mon(m):
    return MONTHS[m - 1].capitalize()


def ordw(d):
    if d < 20:
        return ORD_UNITS[d]
    t, u = divmod(d, 10)
    if u == 0:
        return {2: "twentieth", 3: "thirtieth"}[t]
    return TENS[t] + " " + ORD_UNITS[u]


def ordn(d):
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def mm(m):
    return "%02d" % m


def yy(y):
    return "%02d" % (y % 100)


# ---------------------------------------------------------------- spoken-number reading (validator)

DIGIT_WORD = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0"}
for _i, _u in enumerate(UNITS):
    DIGIT_WORD[_u] = str(_i)
HOMOPHONE = {"won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"}
TEEN_WORD = {t: str(10 + i) for i, t in enumerate(TEENS)}
TENS_WORD = {t: i for i, t in enumerate(TENS) if t}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "x-ray": "x",
        "yankee": "y", "zulu": "z"}
SEPARATOR_WORDS = {"dash", "hyphen", "slash", "space", "and", "plus", "stroke"}
RUN_WORDS = set(["zero", "oh", "nought", "naught"] + UNITS + TEENS + [t for t in TENS if t])


class ReadError(Exception):
    pass


def _small(tokens, i):
    """Read a number below 100 at tokens[i]; returns (value, next index) or (None, i)."""
    if i >= len(tokens):
        return None, i
    t = tokens[i]
    if t in TEEN_WORD:
        return int(TEEN_WORD[t]), i + 1
    if t in TENS_WORD:
        v = TENS_WORD[t] * 10
        if i + 1 < len(tokens) and tokens[i + 1] in UNITS[1:]:
            return v + UNITS.index(tokens[i + 1]), i + 2
        return v, i + 1
    if t in UNITS:
        return UNITS.index(t), i + 1
    return None, i


def read_value(text, strict=True, homophones=True):
    """Turn a span's text into its characters: digits (spoken or written) and letters
    (single letters or phonetic words). Unknown words raise ReadError when strict."""
    if re.search(r"\d", text) and not re.search(r"[a-z]", text):
        return re.sub(r"[^0-9A-Z]", "", text)
    s = text.lower()
    s = re.sub(r"[\-/,.()+:#']", " ", s)
    toks = s.split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if re.fullmatch(r"[a-z]*\d[a-z\d]*", t):
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple", "treble"):
            n = 2 if t == "double" else 3
            if i + 1 >= len(toks):
                raise ReadError("'%s' at the end" % t)
            nxt = toks[i + 1]
            if nxt in DIGIT_WORD:
                ch = DIGIT_WORD[nxt]
            elif homophones and nxt in HOMOPHONE:
                ch = HOMOPHONE[nxt]
            elif len(nxt) == 1 and nxt.isalpha():
                ch = nxt
            elif nxt in NATO:
                ch = NATO[nxt]
            else:
                raise ReadError("'%s %s'" % (t, nxt))
            out.append(ch * n)
            i += 2
            continue
        if t == "hundred":
            if not out or not out[-1].isdigit():
                raise ReadError("'hundred' without a number")
            val = int(out.pop()) * 100
            j = i + 1
            v = None
            if j < len(toks) and toks[j] == "and":
                v, j2 = _small(toks, j + 1)
            if v is not None:
                val += v
                i = j2
            else:
                i = i + 1
            out.append(str(val))
            continue
        if t == "thousand":
            if not out or not out[-1].isdigit():
                raise ReadError("'thousand' without a number")
            val = int(out.pop()) * 1000
            j = i + 1
            v, j2 = _small(toks, j)
            if v is not None and j2 < len(toks) and toks[j2] == "hundred":
                val += v * 100
                j = j2 + 1
            v = None
            if j < len(toks) and toks[j] == "and":
                v, j2 = _small(toks, j + 1)
            if v is not None:
                val += v
                j = j2
            i = j
            out.append(str(val))
            continue
        if t in TEEN_WORD:
            out.append(TEEN_WORD[t])
            i += 1
            continue
        if t in TENS_WORD:
            v = TENS_WORD[t] * 10
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(v + UNITS.index(toks[i + 1])))
                i += 2
            else:
                out.append(str(v))
                i += 1
            continue
        if t in DIGIT_WORD:
            out.append(DIGIT_WORD[t])
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            out.append(t)
            # "b as in bravo", "m for mike"
            if toks[i + 1:i + 3] == ["as", "in"] and i + 3 < len(toks) and toks[i + 3].startswith(t):
                i += 4
                continue
            if i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2].isalpha() and \
                    toks[i + 2].startswith(t) and toks[i + 2] not in DIGIT_WORD:
                i += 3
                continue
            i += 1
            continue
        if t in NATO:
            out.append(NATO[t])
            i += 1
            continue
        if homophones and t in HOMOPHONE:
            out.append(HOMOPHONE[t])
            i += 1
            continue
        if t in SEPARATOR_WORDS:
            i += 1
            continue
        if strict:
            raise ReadError("unknown word '%s'" % t)
        i += 1
    return "".join(out).upper()


def digits_of(text):
    try:
        v = read_value(text, strict=False, homophones=False)
    except ReadError:
        v = ""
    return re.sub(r"\D", "", v)


# ---------------------------------------------------------------- markup

MARK = re.compile(r"\[\[([A-Z_]+)(?:#([^:\]]*))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")


class Span:
    def __init__(self, utt, start, end, label, tag, flags, is_pii):
        self.utt, self.start, self.end = utt, start, end
        self.label, self.tag, self.flags, self.is_pii = label, tag, flags, is_pii
        self.group = None


def parse_line(raw, utt, errors, where, auto):
    clean = []
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        clean.append(raw[pos:m.start()])
        cur = sum(len(x) for x in clean)
        if m.group(1) is not None:
            label, tag, body = m.group(1), m.group(2) or "", m.group(3)
            if label not in PII_TYPES:
                errors.append("%s: unknown pii type %s" % (where, label))
            flags = set()
            while tag and tag[-1] in "!~":
                flags.add(tag[-1])
                tag = tag[:-1]
            if not tag:
                auto[0] += 1
                tag = "_auto%d" % auto[0]
            spans.append(Span(utt, cur, cur + len(body), label, tag, flags, True))
        else:
            label, body = m.group(4), m.group(5)
            if label not in KEEP_KINDS:
                errors.append("%s: unknown keep kind %s" % (where, label))
            spans.append(Span(utt, cur, cur + len(body), label, None, set(), False))
        clean.append(body)
        pos = m.end()
    clean.append(raw[pos:])
    text = "".join(clean)
    for bad in ("[[", "]]", "((", "))"):
        if bad in text:
            errors.append("%s: markup left over (%s): %r" % (where, bad, text))
    return text, spans


CASES = []


def case(style):
    def deco(fn):
        CASES.append((fn, style))
        return fn
    return deco


def q4(c):
    """A card's blocks of four (Amex: 4-6-5)."""
    if len(c) == 15:
        return c[:4], c[4:10], c[10:]
    return c[:4], c[4:8], c[8:12], c[12:16]


def nato(s):
    out = []
    names = {v: k for k, v in NATO.items() if k not in ("alfa", "juliett", "whisky", "x-ray")}
    for ch in s.replace(" ", "").lower():
        out.append(names[ch] if ch.isalpha() else UNITS[int(ch)])
    return " ".join(out)


HOMOPHONE_OF = {"four": "for", "two": "to", "one": "won", "eight": "ate"}


def hom(s, n=2):
    """The recogniser's homophones for up to n digit words: 'four' -> 'for', 'two' -> 'to'..."""
    out = []
    for t in s.split():
        if n > 0 and t in HOMOPHONE_OF:
            out.append(HOMOPHONE_OF[t])
            n -= 1
        else:
            out.append(t)
    return " ".join(out)


# ================================================================ cases
# Each case is its own conversation. Lines start with A: (agent), C: (customer) or I: (ivr).


@case("asr")
def sofa_bnpl_double_charge(g):
    old4 = g.d(4)
    c = g.card("visa", fixed={4: "4500"})
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    pc = g.uk_pc("LS6")
    dd, dm, dy = g.dob()
    return f"""
A: you're through to loftwell pay later my name's [[NAME:dominika]] how can i help
C: yeah hi you've taken ((price:forty nine ninety nine)) off me twice this month for the sofa and i want it back today not in a fortnight
A: i'm sorry about that let's get it sorted can i take your full name first
C: [[NAME:grace adeyemi]]
A: thank you [[NAME:grace]] and the postcode on the agreement please
C: [[POSTCODE:{w(pc)}]]
A: and your date of birth
C: [[DOB:{ordw(dd)} of {mon(dm)} {yr(dy)}]]
A: lovely thanks i can see the agreement for the corner sofa ((count:six)) payments with ((count:two)) taken so far
C: no that's the point there should only be one taken so far the second was meant for next month
A: you're right the one on the ((date:{ordw(g.day())})) is a duplicate it came off the card ending [[CARD_NUMBER#~:{w(old4)}]]
C: that card's stopped i cancelled it last week so don't go sending it there
A: okay i can refund to a different debit card in your name if you give me the long number
C: right it's [[CARD_NUMBER#c1:{hom(w(b[0]))}]] um [[CARD_NUMBER#c1:{hund(b[1])}]]
A: mm-hmm
C: [[CARD_NUMBER#c1:{pr(b[2])}]] and then [[CARD_NUMBER#c1:{w(b[3])}]]
A: so that's a card ending [[CARD_NUMBER#~:{w(b[3])}]] and the expiry on it
C: [[EXPIRY:{w(mm(mo))} {pr(yy(y))}]]
A: and the three digits on the back please
C: [[CVV:{hom(w(cv))}]]
A: thank you the ((price:forty nine ninety nine)) is going back now it usually shows in ((duration:three to five working days))
C: three to five i've got rent going out on friday
A: i understand i've marked it urgent and you'll get a text once it's released
C: fine thanks [[NAME:dominika]]
"""


@case("transcript")
def payday_arrears_plan(g):
    c = g.card("mc")
    b = q4(c)
    wrong = g.d(4)
    mo, y = g.exp()
    cv = g.cvv()
    dd, dm, dy = g.dob()
    ni = g.ni()
    ref = "QL" + g.d(7)
    amts = [g.money(40, 60, False), g.money(40, 60, False), g.money(40, 60, False)]
    days = [g.day() for _ in range(3)]
    return f"""
A: QuidLink collections, you're speaking with [[NAME:Tobias Lindqvist]]. Can I take your loan reference?
C: It's [[ACCOUNT_NUMBER:{ref}]]. And before you start, I know I'm behind, I've had a letter every day this week.
A: Understood. For security, your date of birth, please?
C: [[DOB:{dd:02d}/{dm:02d}/{dy}]].
A: And your National Insurance number?
C: Why do you need that? I'm not giving that out over the phone.
A: It's the second security question on the account; if you'd rather not, I can ask for your last payment amount instead.
C: I don't remember that. Fine, it's [[SSN:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]].
A: Thank you, Mr [[NAME:Ferreira]]. You're ((count:two)) payments behind, so the balance in arrears is ((price:£318.40)).
C: I can't do that in one go. I can do three smaller ones, starting on the ((date:{ordn(days[0])})).
A: We can set that up: ((price:£{amts[0]})) on the ((date:{ordn(days[0])} of next month)), ((price:£{amts[1]})) on the ((date:{ordn(days[1])})) and the rest on the ((date:{ordn(days[2])})). I have to read you a short statement first.
A: By agreeing to this arrangement you authorise QuidLink to take each instalment from the card you give today on the dates agreed. Interest is frozen at ((percentage:0%)) while the plan is kept to, and a missed instalment may end the arrangement.
C: Yes, yes. Can we get on with it? I'm on my lunch.
A: Of course. The long number on the card, please.
C: [[CARD_NUMBER#c1:{b[0]} {b[1]}]], [[CARD_NUMBER#c1!:{wrong}]], no sorry, [[CARD_NUMBER#c1:{b[2]} {b[3]}]].
A: So the third block is [[CARD_NUMBER#~:{b[2]}]], not [[CARD_NUMBER#~:{wrong}]]?
C: Yes, [[CARD_NUMBER#c1!:{b[2]}]].
A: And the expiry?
C: [[EXPIRY:{mm(mo)}/{yy(y)}]].
A: And the security code?
C: [[CVV:{cv}]].
A: That's set up, Mr [[NAME:Ferreira]]. You'll get a letter confirming the ((count:three)) dates.
"""


@case("asr")
def airline_refund_chargeback(g):
    fl = "TW " + g.d(4, True)
    pnr = "K" + g.d(1) + "X" + g.d(1) + "QM"
    c_old = g.card("visa")
    c = g.card("amex")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv(4)
    em_user = "hope.mbeki"
    return f"""
A: tradewind airways refunds desk this is [[NAME:aoife]] speaking
C: hi yeah my flight ((flight_number:{fl.lower()})) on the ((date:twelfth of march)) was cancelled and i still haven't had my money
A: i'm really sorry can i have the booking reference
C: it's [[ACCOUNT_NUMBER:{w(pnr)}]]
A: and the lead passenger's name
C: [[NAME:hope mbeki]] that's [[NAME:m b e k i]]
A: thank you [[NAME:hope]] i can see the refund of ((price:four hundred and twelve pounds)) was sent back on the ((date:second of april)) to the card it was booked on
C: that card doesn't exist any more it was closed when my bank had a data breach so it's gone nowhere
A: okay so what's happened is it's bounced and it's sitting with us as a credit which is good news
C: it's been ((duration:seven weeks)) i've already raised a chargeback with my bank to be honest
A: if there's a chargeback open we can't pay it twice so can i ask is the dispute still open
C: no they closed it and said to come back to you
A: right then i can send it to a new card the long number please
C: it's an amex [[CARD_NUMBER#c1:{w(b[0])}]]
A: yep
C: [[CARD_NUMBER#c1:{w(b[1])}]] hang on my glasses [[CARD_NUMBER#c1:{w(b[2])}]]
A: and the expiry date
C: [[EXPIRY:{mon(mo)} {yr(y)}]]
A: and the four digit code on the front of the card
C: [[CVV:{w(cv)}]]
A: and an email for the confirmation
C: [[EMAIL:hope dot mbeki at outlook dot com]]
A: that's [[EMAIL:hope dot m b e k i at outlook dot com]]
C: that's it
A: done the ((price:four hundred and twelve pounds)) goes to the card ending [[CARD_NUMBER#~:{w(b[2][-4:])}]] and the confirmation's on its way
"""


@case("asr")
def store_card_fraud_new_card(g):
    old = g.card("mc")
    new = g.card("mc")
    ob = q4(old)
    nb = q4(new)
    mo, y = g.exp()
    ph = g.uk_mobile()
    dd, dm, dy = g.dob()
    pc = g.uk_pc("CF14")
    txn = g.not_luhn(16, "5")
    return f"""
A: thanks for holding you're through to the harbury home store card fraud team i'm [[NAME:will]]
C: finally i've been on hold for ((duration:forty minutes)) somebody's used my store card online
A: i'm sorry let's lock it down first what's the card number
C: it's [[CARD_NUMBER#c1:{dbl(ob[0])} {dbl(ob[1])}]] um [[CARD_NUMBER#c1:{dbl(ob[2])} {dbl(ob[3])}]]
A: and your name as it's on the card
C: [[NAME:rukhsana begum]]
A: date of birth [[NAME:rukhsana]]
C: [[DOB:{dd} {mon(dm)} {yr(dy)}]]
A: thanks and the mobile we have ends in [[PHONE#~:{w(ph[-4:])}]] is that still yours
C: yes
A: i've blocked that card now what were the transactions you don't recognise
C: there's ((count:three)) of them all on the ((date:ninth)) one for ((price:two hundred and sixty pounds)) from some electrical site
A: i can see them the reference for the big one is ((other:{grp(txn, 4, 4, 4, 4)}))
C: i didn't get any of that i was at work all day
A: i've raised a fraud claim for all ((count:three)) you won't be liable while it's looked at
C: good and the new card
A: it was already issued when the block went on you should get it in ((duration:five working days)) to [[ADDRESS:forty two clos yr onnen]] [[POSTCODE:{w(pc)}]]
C: yes that's me
A: when it arrives the new number won't start with the same digits don't panic
C: it came this morning actually they sent one after the first alert it's [[CARD_NUMBER#c2~:{pr(nb[0])} {pr(nb[1])}]]
A: hold on you don't need to give me that one it's already linked
C: oh ok sorry
A: no harm i'll just note it's activated [[NAME:rukhsana]] anything else
C: no just make sure nobody else can use the old one
A: it's dead now you have my word
"""


@case("asr")
def debt_agency_ireland_pps(g):
    pps = g.pps()
    ec = g.eircode("V94")
    ref = "DR" + g.d(6)
    iban = "IE" + g.d(2) + " BOFI " + g.d(4) + " " + g.d(4) + " " + g.d(4) + " " + g.d(2)
    return f"""
A: good afternoon castlegate recoveries you're speaking to [[NAME:niamh]] can i take your reference
C: i haven't a reference i got a letter saying i owe money to a phone company i never heard of
A: okay not a problem what name is it under
C: [[NAME:seán ó coileáin]]
A: and the address on the letter
C: [[ADDRESS:fourteen ashgrove terrace]] in limerick [[POSTCODE:{w(ec, 'o')}]]
A: thank you i have it here it's for an account with a balance of ((price:three hundred and six euro)) from ((year:twenty twenty two))
C: i never had that contract i was living in galway then
A: in that case you can dispute it we'd need to confirm your identity with the pps number before we open a dispute
C: i'm not giving that out to a debt collector
A: that's your right but without it i can't put the dispute on the file and the letters will keep coming
C: grand so what does it do with it
A: it's only matched against the original account to show it wasn't opened by you then it's masked on our side
C: fine it's [[SSN#p1:{w(pps[:4], 'o')}]] uh [[SSN#p1:{w(pps[4:7], 'o')} {pps[7].lower()}]]
A: thanks and that doesn't match the pps on the phone account so that's a good sign
C: told you
A: i'm putting the account on hold for ((duration:thirty days)) while the dispute is looked at your dispute reference is [[ACCOUNT_NUMBER:{w(ref[:2])} {w(ref[2:], 'o')}]]
C: and if you do find it's mine i'm not paying in one go
A: then we'd set up a direct debit and you'd give us the iban but let's not get ahead of ourselves
C: it's [[ACCOUNT_NUMBER:{w(iban.replace(' ', ''), 'o')}]] anyway in case you need it
A: i'll note it but nothing will be taken while the dispute is open
C: right thanks [[NAME:niamh]]
"""


@case("asr")
def bailiff_council_tax_card(g):
    ref = g.d(8)
    c = g.card("visa", fixed={6: "77"})
    b = q4(c)
    mo, y = g.exp(2027, 2029)
    cv = g.cvv()
    pc = g.uk_pc("M14")
    ph = g.uk_geo("0161")
    return f"""
A: hallam enforcement agents you're speaking with [[NAME:rory]]
C: there's a bailiff outside my house right now and he says i owe council tax i'm not letting him in
A: okay please stay calm what's the reference on the notice he's given you
C: it's [[ACCOUNT_NUMBER:{pr(ref)}]]
A: and your name and address
C: [[NAME:dwayne okafor]] [[ADDRESS:sixty one ladybarn crescent]] [[POSTCODE:{w(pc)}]]
A: thank you i can see the liability order it's ((price:eight hundred and forty two pounds fifty)) including the ((price:seventy five pound)) compliance fee and the ((price:two hundred and thirty five pound)) enforcement fee
C: that's robbery the original bill was about ((price:five hundred quid))
A: the fees are set by law i'm afraid but if you pay today the agent leaves and no further fees are added
C: can i pay half
A: i can take a first payment today of at least ((percentage:fifty percent)) and set the rest over ((count:four)) weeks
C: go on then take it off my card it's [[CARD_NUMBER#c1:{w(b[0])}]]
A: go on
C: [[CARD_NUMBER#c1:{dbl(b[1])}]] hold on he's knocking again [[CARD_NUMBER#c1:{w(b[2])}]]
A: you said [[CARD_NUMBER#~:{w(b[2])}]]
C: yeah [[CARD_NUMBER#c1:{hom(w(b[3]))}]]
A: expires
C: [[EXPIRY:{w(mm(mo))} {w(yy(y))}]]
A: and the code on the back
C: [[CVV:{dbl(cv)}]]
A: that's ((price:four hundred and twenty one pounds twenty five)) taken the agent will get a message in a minute
C: and the rest
A: ((count:four)) weekly payments of ((price:one hundred and five pounds thirty one)) from the same card a best number for reminders
C: [[PHONE:{w(ph)}]]
A: thanks [[NAME:dwayne]] i've told the agent to leave
"""


@case("transcript")
def gym_contract_australia(g):
    mem = "FX" + g.d(6)
    ph = g.au_phone("mob")
    pc = g.au_pc("40")
    c = g.card("mc2")
    b = q4(c)
    return f"""
A: Ironbark Fitness member services, [[NAME:Kirra]] speaking.
C: Hi, I cancelled my membership in January and you've taken ((count:three)) more payments since. I want them back.
A: I'm sorry to hear that. Can I get your member number?
C: [[ACCOUNT_NUMBER:{mem}]].
A: Thanks. And your full name?
C: [[NAME:Summer Nakamura-Reid]].
A: Thanks, [[NAME:Summer]]. And the mobile on the account?
C: [[PHONE:{ph}]].
A: And your postcode?
C: [[POSTCODE:{pc}]].
A: Great. I can see a cancellation request from the ((date:14th of January)), but the contract has a ((duration:30-day)) notice period, so one payment was expected.
C: One, fine. But three? ((price:$27.95)) a fortnight, that's ((price:$83.85)) gone.
A: You're right, the last two shouldn't have come out. I'll refund ((price:$55.90)).
C: To the card I paid with? I've cancelled that card too.
A: Then I'll need another card. Just the number please, no security code needed for a refund.
C: [[CARD_NUMBER#c1:{b[0]} {b[1]} {b[2]} {b[3]}]].
A: That's a Mastercard ending [[CARD_NUMBER#~:{b[3]}]]?
C: Yes.
A: Done. You'll see it in ((duration:3 to 5 business days)). The reference is in an email to you shortly.
C: And nobody's going to ring me trying to sell me a new plan?
A: I've noted no marketing on the file.
"""


@case("asr")
def timeshare_exit_us(g):
    ssn = g.ssn()
    ph = g.us_phone("407")
    z = g.zip5("328")
    c = g.card("disc")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    em = "bill.szabo63"
    return f"""
A: thank you for calling suncastle vacation club owner services this is [[NAME:marisol]]
C: yeah i've been trying to get out of this timeshare for ((duration:two years)) and you just raised my maintenance fee again
A: i'm sorry sir can i get the owner's name
C: [[NAME:bill szabo]]
A: and for verification the last four of your social
C: [[SSN#~:{w(ssn[-4:])}]]
A: thank you mister [[NAME:szabo]] i see the annual maintenance fee went from ((price:eleven forty)) to ((price:thirteen twenty)) this year
C: a ((percentage:sixteen percent)) rise and the pool's been shut since june
A: the board sets the fee sir i can't change it but i can take a complaint and put the difference on hold
C: i want to pay what i paid last year and nothing else and i want the exit form
A: okay i can take ((price:eleven forty)) today and log the rest as disputed is that the discover card on file
C: no use a different one hold on it's [[CARD_NUMBER#c1:{pr(b[0])}]]
A: uh-huh
C: [[CARD_NUMBER#c1:{pr(b[1])}]] sorry [[CARD_NUMBER#c1:{pr(b[2])} {pr(b[3])}]]
A: expiration
C: [[EXPIRY:{w(mm(mo), 'zero')} {pr(yy(y))}]]
A: and the cvv
C: [[CVV:{w(cv, 'zero')}]]
A: that went through and a good number in case the disputes team calls you
C: [[PHONE#ph:{w(ph[:3], 'zero')}]] uh [[PHONE#ph:{w(ph[4:7])} {w(ph[8:], 'zero')}]]
A: and an email for the exit paperwork
C: [[EMAIL:{em.replace('.', ' dot ')} at yahoo dot com]]
A: and your zip is still [[POSTCODE:{w(z, 'zero')}]]
C: yeah
A: the exit packet goes out in ((duration:ten business days)) mister [[NAME:szabo]] anything else
C: just don't call me with any upgrade offers
"""


@case("asr")
def glazing_finance_supervisor(g):
    sc = g.sort_code()
    acct = g.d(8)
    dd, dm, dy = g.dob()
    pc = g.uk_pc("BS4")
    agr = "CV" + g.d(7)
    yfit = g.between(2021, 2023)
    return f"""
A: clearview home finance [[NAME:kasia]] speaking
C: i want to speak to someone above you i've explained this ((count:three)) times now
A: i can get my supervisor but she'll need to go through security again is that okay
C: whatever just get her
A: hi it's [[NAME:bernadette]] i'm the team leader i understand you're unhappy with how the windows agreement's been handled
C: the windows leak the fitters never came back and you're still taking ((price:sixty two pounds)) a month
A: i hear you can i take your name please
C: [[NAME:faith mcallister]]
A: and your date of birth [[NAME:faith]]
C: [[DOB:{n2w(dd)} {n2w(dm)} {pr(str(dy))}]]
A: and the first line of the address and postcode
C: [[ADDRESS:nine rowan hill]] [[POSTCODE:{w(pc)}]]
A: thank you i've got agreement [[ACCOUNT_NUMBER:{w(agr[:2])} {w(agr[2:])}]] for ((count:seven)) windows and a door fitted in ((year:{yr(yfit)}))
C: and they've leaked since the first winter i've got photos
A: okay what i can do today is pause the direct debit for ((duration:sixty days)) while the installer comes back
C: no i want it moved to my other account i'm not having it come out of the joint one while this goes on
A: i can do that too the sort code of the new account
C: [[ACCOUNT_NUMBER:{pr(sc.replace('-', ''))}]]
A: and the account number
C: [[ACCOUNT_NUMBER#a:{w(acct[:4])}]] uh [[ACCOUNT_NUMBER#a:{w(acct[4:])}]]
A: and you're the only account holder
C: yes just me
A: i have to read this the direct debit guarantee applies if there are any changes to the amount date or frequency you'll be told ((duration:ten working days)) in advance
C: fine
A: so nothing leaves the account for ((duration:sixty days)) and the first collection after that is ((price:sixty two pounds)) on the ((date:first))
C: and somebody rings me about the leak
A: the installer's been emailed and i've put a complaint on as well it'll be answered within ((duration:eight weeks))
"""


@case("transcript")
def marketplace_seller_payout_canada(g):
    inst = "0" + g.d(2)
    transit = g.d(5)
    acct = g.d(7)
    ph = g.us_phone("604")
    pc = g.ca_pc("V5K")
    sid = "SLR-" + g.d(6)
    return f"""
A: Seller Support, this is [[NAME:Priyanka]]. Can I get your seller ID?
C: [[ACCOUNT_NUMBER:{sid}]]. I've been waiting ((duration:three weeks)) for a payout of ((price:$2,140.18)) and nobody can tell me where it is.
A: I'm sorry about that. Can I have the name on the account?
C: [[NAME:Joy Tremblay-Nguyen]].
A: Thanks, [[NAME:Joy]]. For security, the phone number on the store?
C: [[PHONE:{ph[:3]}-{ph[4:7]}-{ph[8:]}]].
A: Thank you. I see the payout was returned by your bank on the ((date:Oct 3)). Did you change banks recently?
C: I moved to a credit union. I updated it in the dashboard, I swear.
A: The change didn't save because the transit number was missing a digit. I can take the details now if you like.
C: Go ahead.
A: Institution number first, that's three digits.
C: [[ACCOUNT_NUMBER:{inst}]].
A: Transit?
C: [[ACCOUNT_NUMBER:{transit}]].
A: And the account number.
C: [[ACCOUNT_NUMBER:{acct}]].
A: And the postal code on the bank account?
C: [[POSTCODE:{pc}]].
A: Done. Because it's a new bank account there's a ((duration:72-hour)) security hold, then the ((price:$2,140.18)) goes out with the next payout run.
C: Seventy-two hours. Fine. And I want the ((price:$35)) fee for the returned payment refunded, that wasn't my fault.
A: I've sent that to billing. You'll get an email when it's done.
"""


@case("asr")
def ticket_resale_refund_switch_card(g):
    c1 = g.card("visa")
    c2 = g.card("mc")
    b1 = q4(c1)
    b2 = q4(c2)
    mo, y = g.exp()
    cv = g.cvv()
    order = g.d(9)
    em = "sunny.oyelaran"
    return f"""
A: hi you're through to seatswap buyer support it's [[NAME:callum]]
C: hi the gig got moved to a tuesday and i can't go i was told i'd get a full refund
A: okay can i have your order number
C: [[ACCOUNT_NUMBER:{pr(order)}]]
A: and the email on the order
C: [[EMAIL:sunny dot oyelaran at icloud dot com]]
A: thanks [[NAME:sunny]] so that's ((count:two)) standing tickets at ((price:eighty four pounds)) each plus the booking fee
C: yeah and i want the fee back too it's not my fault they moved it
A: when an event's rescheduled the fee is refunded as well so ((price:one hundred and seventy nine fifty)) in total
C: great can it go to a different card the one i used is maxed
A: it can go to another card in your name go ahead
C: [[CARD_NUMBER#c1:{w(b1[0])} {w(b1[1])} {w(b1[2])} {w(b1[3])}]]
C: no wait don't use that one that's the joint one with my ex
A: no problem i'll scrap that one
C: use this one [[CARD_NUMBER#c2:{w(b2[0])}]] um [[CARD_NUMBER#c2:{w(b2[1])}]]
A: yep
C: [[CARD_NUMBER#c2:{pr(b2[2])} {pr(b2[3])}]]
A: let me read it back [[CARD_NUMBER:{w(b2[0])} {w(b2[1])} {w(b2[2])} {w(b2[3])}]]
C: yes
A: and the expiry
C: [[EXPIRY:{w(mm(mo))} {w(yy(y))}]]
A: and the code on the back
C: [[CVV:{w(cv)}]] is this going to take long
A: it's done now you'll see it in ((duration:up to ten days)) depending on the bank
"""


@case("asr")
def phone_contract_arrears_indian_english(g):
    ph = g.uk_mobile()
    alt = g.london()
    acc = g.d(10)
    c = g.card("visa", fixed={4: "9999"})
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    dd, dm, dy = g.dob()
    return f"""
A: welcome to telvana accounts my name is [[NAME:ellie]] can i take the mobile number on the account
C: yes it is [[PHONE:{w(ph[:5], 'zero')} {dbl(ph[6:9], 'zero')} {dbl(ph[9:], 'zero')}]]
A: thank you and the account holder's name
C: [[NAME:venkatesh raghunathan]] but you can call me [[NAME:venky]]
A: thank you and the date of birth please
C: [[DOB:{ordw(dd)} {mon(dm)} {yr(dy)}]]
A: thank you the account is ((count:two)) months in arrears ((price:ninety one pounds twenty)) in total and the line will be barred on the ((date:{ordw(g.day())}))
C: i know madam i had a problem with my salary it came late only two months in a row
A: i understand we can do a plan over ((count:three)) months if that helps
C: yes please do the needful i will pay ((price:thirty)) today and the rest in two parts
A: so ((price:thirty pounds)) today then ((price:thirty pounds sixty)) on the ((date:twentieth)) of each of the next ((count:two)) months
C: correct
A: the card number please
C: [[CARD_NUMBER#c1:{dbl(b[0], 'zero')}]] then [[CARD_NUMBER#c1:{dbl(b[1], 'zero', 'triple')}]] then [[CARD_NUMBER#c1:{dbl(b[2], 'zero')}]] then [[CARD_NUMBER#c1:{dbl(b[3], 'zero')}]]
A: the expiry month and year
C: [[EXPIRY:{w(mm(mo), 'zero')} slash {w(yy(y), 'zero')}]]
A: and the cvv
C: [[CVV:{w(cv, 'zero')}]]
A: that's ((price:thirty)) taken and is there another number we can reach you on if the line's barred
C: my landline [[PHONE:{w(alt[:3], 'zero')} {dbl(alt[4:8], 'zero')} {dbl(alt[9:], 'zero')}]]
A: thank you mister [[NAME:raghunathan]] your account number for your records is [[ACCOUNT_NUMBER:{pr(acc)}]]
"""


@case("asr")
def parking_charge_five_pieces(g):
    pcn = "PN" + g.d(8)
    plate = g.pick(["ke", "yr", "ln", "bd"]) + g.d(2) + " " + "".join(g.pick("abcdefghjkmnprstuvwxyz") for _ in range(3))
    c = g.card("mc")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    pc = g.uk_pc("NG7")
    return f"""
A: parkwise charge notices [[NAME:lewis]] speaking have you got the notice number
C: yeah it's [[ACCOUNT_NUMBER:{w(pcn[:2].lower())} {w(pcn[2:6])} {w(pcn[6:])}]] and i was in that car park for ((duration:eleven minutes)) and you want ((price:a hundred quid))
A: i understand the registration on the vehicle please
C: [[ACCOUNT_NUMBER:{w(plate)}]]
A: thanks it shows the car entered at ((time:two forty one)) and left at ((time:three oh four)) with no ticket bought
C: the machine was broken i tried ((count:four)) times
A: you can appeal but if you pay within ((duration:fourteen days)) it's reduced to ((price:sixty pounds)) and if the appeal fails you lose the discount
C: so i'm basically forced to pay
A: you don't have to but i'd be wrong to not tell you
C: fine ((price:sixty)) take it
A: name on the card
C: [[NAME:rosa lindgren]]
A: the card number [[NAME:rosa]]
C: [[CARD_NUMBER#c1:{w(b[0])}]]
A: yep
C: [[CARD_NUMBER#c1:{w(b[1][:2])}]] uh [[CARD_NUMBER#c1:{w(b[1][2:])}]]
C: [[CARD_NUMBER#c1:{w(b[2])}]] hang on the kids are screaming
C: [[CARD_NUMBER#c1:{hom(w(b[3]))}]]
A: so the last part is [[CARD_NUMBER#~:{w(b[3])}]]
C: yes
A: expiry date
C: [[EXPIRY:{pr(mm(mo))} {pr(yy(y))}]]
A: and security number
C: [[CVV:{w(cv)}]]
A: and the postcode the card's registered to
C: [[POSTCODE:{w(pc)}]]
A: thanks that's paid the notice is closed
C: and i'm still appealing the machine
A: you can log it online within ((duration:twenty eight days)) i'll note you called
"""


@case("transcript")
def utility_backbill_ombudsman(g):
    acct = g.d(10)
    pc = g.uk_pc("G12")
    mprn = g.d(10)
    em = "m.ashworth"
    ombud = "EO-" + g.d(6)
    dd, dm, dy = g.dob()
    return f"""
A: Beacon Energy complaints, [[NAME:Imran Qureshi]] speaking.
C: Hello. I've had a bill for ((price:£1,846.22)) covering ((duration:two years)) of gas, because you apparently never read the meter. I want to know how that's legal.
A: I'm sorry, that's a shock. Can I take the account number?
C: [[ACCOUNT_NUMBER:{acct}]].
A: Thank you. And the name and address on the account?
C: [[NAME:Margaret Ashworth]], [[ADDRESS:Flat 3, 27 Kelvinside Terrace, Glasgow]], [[POSTCODE:{pc}]].
A: And your date of birth, please?
C: [[DOB:{dd} {Mon(dm)} {dy}]].
A: Thank you, Mrs [[NAME:Ashworth]]. I can see the estimated readings ran from ((date:March 2023)) until the meter reader got access in ((date:April 2025)).
C: Nobody ever came. I was in nearly every day.
A: Under the back-billing rules we can only bill you for gas used in the last ((duration:12 months)) before the bill, so anything older than that should be written off.
C: So what do I owe?
A: The bill should be ((price:£712.40)), not ((price:£1,846.22)). I'll reissue it.
C: I want that in writing, and I want to complain about being chased by your debt team.
A: I'll log that now. The meter reading we got was ((quantity:18,443)) units, which matches the photo you sent. Can I confirm your email for the written reply?
C: [[EMAIL:{em}@fastmail.co.uk]].
A: Thanks. If you're not happy with our final response after ((duration:8 weeks)), you can go to the Energy Ombudsman.
C: I already have a case with them. The reference is [[ACCOUNT_NUMBER:{ombud}]].
A: Then I'll put that on the complaint so they see it. I'm sorry, Mrs [[NAME:Ashworth]].
"""


@case("asr")
def ivr_car_title_payment(g):
    loan = g.d(9)
    c = g.card("visa")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    z = g.zip5("752")
    return f"""
I: thank you for calling lonestar title loans payments line please say or key your loan number
C: [[ACCOUNT_NUMBER:{w(loan, 'zero')}]]
I: thank you please say your date of birth
C: i don't want to
I: sorry i didn't catch that please say your date of birth
C: ugh fine [[DOB:{mon(g.between(1, 12))} {ordw(g.day())} {yr(g.between(1958, 1999))}]]
I: thank you your payment of ((price:three hundred and twelve dollars)) is due on the ((date:fifteenth)) to make this payment by debit card say card
C: card
I: please say or key your sixteen digit card number
C: [[CARD_NUMBER#c1:{w(b[0], 'zero')} {w(b[1], 'zero')} {hom(w(b[2], 'zero'))} {w(b[3], 'zero')}]]
I: you said a card ending in [[CARD_NUMBER#~:{w(b[3], 'zero')}]] is that right
C: yes
I: please say the expiration month and year
C: [[EXPIRY:{mon(mo)} {pr(yy(y), 'zero')}]]
I: please say or key the three digit security code
C: [[CVV:{w(cv, 'zero')}]]
I: please say the billing zip code
C: [[POSTCODE:{w(z, 'zero')}]]
I: your payment of ((price:three hundred and twelve dollars)) has been accepted your confirmation number is ((other:{w(g.d(7), 'zero')}))
C: agent
I: please hold while i transfer you
A: lonestar title loans this is [[NAME:brandi]] how can i help
C: i just paid but i want to know why i'm still being charged a late fee of ((price:fifteen dollars))
A: let me look the payment posts tonight so the late fee from last month stays but no new one will be added
"""


@case("asr")
def subscription_box_after_cancel(g):
    last4 = g.d(4)
    ph = g.uk_mobile()
    sub = "pp" + g.d(6)
    return f"""
A: hello you're through to pantry parcel it's [[NAME:keeley]]
C: hi i cancelled my box ages ago and you've charged me again ((price:twenty nine ninety nine)) this morning
A: oh no let me have a look what's the email on the account
C: [[EMAIL:dawn underscore pilkington at hotmail dot co dot uk]]
A: and the name
C: [[NAME:dawn pilkington]]
A: thanks [[NAME:dawn]] hmm i can see you paused rather than cancelled back on the ((date:second of july))
C: i pressed cancel there's no way i pressed pause
A: the pause was for ((duration:eight weeks)) and it restarted automatically i'm sorry that's not clear on the app
C: it's a trap is what it is
A: i'll cancel it properly now and refund today's box is the charge on the card ending [[CARD_NUMBER#~:{w(last4)}]]
C: yeah that's the one
A: done cancelled and ((price:twenty nine ninety nine)) refunded you'll get an email with reference [[ACCOUNT_NUMBER:{w(sub[:2])} {w(sub[2:])}]]
C: and what if you charge me again
A: you can't be charged again but if anything looks wrong we'll text you on the mobile ending [[PHONE#~:{w(ph[-4:])}]]
C: okay
A: is there anything else today
C: no that's all bye
"""


@case("asr")
def dating_app_refund_us(g):
    ph = g.us_phone("312")
    last4 = g.d(4)
    z = g.zip5("606")
    return f"""
A: thanks for calling kindred support this is [[NAME:tyrone]]
C: hi i got charged ((price:eighty nine ninety nine)) for a ((duration:six month)) plan when all i wanted was the free week
A: sorry about that can i get the email on the profile
C: [[EMAIL:storm dot whitfield ninety at gmail dot com]]
A: and the phone number you verified with
C: [[PHONE#p:{w(ph[:3], 'zero')}]] uh [[PHONE#p:{w(ph[4:7])} {w(ph[8:], 'zero')}]]
A: thanks [[NAME:storm]] i can see the trial rolled into the plan on the ((date:ninth))
C: nobody told me it would do that and i haven't even logged in since
A: the app should have sent a reminder ((duration:two days)) before and i can't see that it did so i'll refund the whole thing
C: good because my friend [[NAME:honey]] had the exact same thing last month
A: it's going back to the card ending [[CARD_NUMBER#~:{w(last4, 'zero')}]] and your billing zip is [[POSTCODE:{w(z, 'zero')}]] right
C: yep
A: all done you'll get an email and i've turned off auto renew
"""


@case("transcript")
def course_provider_instalments(g):
    c = g.card("visa")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    dd, dm, dy = g.dob(1990, 2004)
    pc = g.uk_pc("B29")
    sid = "ST" + g.d(7)
    return f"""
A: Brightpath Learning student finance, [[NAME:Ola]] speaking.
C: Hi, I'm on the counselling diploma and the second instalment failed. I've had an email saying I'll be withdrawn in ((duration:seven days)).
A: Let's stop that happening. Your student number?
C: [[ACCOUNT_NUMBER:{sid}]].
A: And your full name and date of birth?
C: [[NAME:Anjali Desai]], [[DOB:{ordn(dd)} {Mon(dm)} {dy}]].
A: Thank you. And the address we have for you?
C: [[ADDRESS:112 Bournbrook Road, Selly Oak]], [[POSTCODE:{pc}]].
A: Great. The course fee is ((price:£1,950)) in ((count:six)) instalments of ((price:£325)). The one due on the ((date:1st of May)) was declined.
C: My card was replaced after it got skimmed. Can I give you the new one?
A: Yes please. Before you do, this call is recorded, but card details are paused from the recording when you read them.
C: OK. [[CARD_NUMBER#c1:{b[0]} {b[1]}]]... hang on... [[CARD_NUMBER#c1:{b[2]} {b[3]}]].
A: Expiry?
C: [[EXPIRY:{mm(mo)}/{y}]].
A: And the CVV?
C: [[CVV:{cv}]].
A: That's taken the ((price:£325)) and the remaining ((count:four)) will come from this card on the ((date:1st)) of each month.
C: And the withdrawal email?
A: Cancelled. You'll get a confirmation within the hour.
"""


@case("asr")
def car_warranty_us(g):
    vin = "1hgcm" + g.d(2) + "6" + g.d(2) + "a" + g.d(6)
    c = g.card("mc")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    z = g.zip5("850")
    con = g.d(8)
    return f"""
A: thank you for calling guardline auto protection this is [[NAME:chase]] how can i help
C: yeah i'm calling to cancel my warranty and get my money back your guys sold it to me over the phone and it doesn't cover anything
A: i'm sorry to hear that do you have your contract number
C: [[ACCOUNT_NUMBER:{pr(con)}]]
A: and the name on the contract
C: [[NAME:hector villanueva]]
A: thank you mister [[NAME:villanueva]] can you confirm the vin on the vehicle
C: it's [[ACCOUNT_NUMBER#v:{w(vin[:5])}]] um [[ACCOUNT_NUMBER#v:{w(vin[5:], 'zero')}]]
A: thank you that's the ((year:twenty sixteen)) sedan with about ((quantity:ninety four thousand)) miles
C: and the transmission went and you said it's not covered because of a pre existing condition
A: i see the claim was denied on the ((date:twenty second)) i can cancel it for you
C: and the refund
A: you've paid ((count:nine)) of ((count:twenty four)) monthly payments you'd get a prorated refund minus a ((price:fifty dollar)) fee
C: ((price:fifty dollars)) to cancel something that didn't work okay whatever
A: i'll also need a card on file to refund since the original card expired
C: [[CARD_NUMBER#c1:{pr(b[0], 'zero')} {pr(b[1], 'zero')}]] i'm reading it off my phone wait [[CARD_NUMBER#c1:{pr(b[2], 'zero')} {pr(b[3], 'zero')}]]
A: expiration and cvv
C: [[EXPIRY:{w(mm(mo), 'zero')} {w(yy(y), 'zero')}]] and [[CVV:{w(cv, 'zero')}]]
A: and the billing zip
C: [[POSTCODE:{w(z, 'zero')}]]
A: you're all set you'll get a cancellation letter in ((duration:ten to fourteen business days))
"""


@case("asr")
def home_insurance_complaint_ireland(g):
    pol = "HX" + g.d(7)
    ec = g.eircode("T12")
    comp = g.d(6)
    return f"""
A: good morning harbourside insurance claims this is [[NAME:ciarán]]
C: morning i'm ringing about my claim for the storm damage in january i've been waiting since and i'm at the end of my rope
A: i'm sorry to hear that have you got the policy number
C: [[ACCOUNT_NUMBER:{w(pol[:2])} {w(pol[2:], 'o')}]]
A: and the name on the policy
C: [[NAME:maeve o'riordan]]
A: and the address of the insured property
C: [[ADDRESS:twenty three bayview heights blackrock]] cork [[POSTCODE:{w(ec, 'o')}]]
A: thank you [[NAME:maeve]] i can see the loss adjuster visited on the ((date:sixth of february)) and the report's with us since
C: so why hasn't anyone rung me the roof's still got a tarp on it
A: there's a note that a second quote was needed for the roof
C: i sent two quotes one for ((price:eight thousand four hundred)) and one for ((price:nine thousand one hundred)) to a man called [[NAME:declan]]
A: i see them now he's been out on leave i'll reassign it today
C: i want to make a formal complaint
A: of course i've logged it your complaint reference is [[ACCOUNT_NUMBER:{w(comp, 'o')}]] and we'll respond within ((duration:forty working days))
C: forty
A: that's the maximum under the code i'll ask for it to be prioritised and if you're not happy you can go to the financial services and pensions ombudsman
C: right i'll hold you to that
"""


@case("asr")
def ivr_phone_arrears_barring(g):
    mob = g.uk_mobile()
    c = g.card("mc2")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    pac = g.d(4)
    return f"""
I: welcome to orbitel your account is currently in arrears to make a payment please say the mobile number on the account
C: [[PHONE:{dbl(mob.replace(' ', ''))}]]
I: thank you to confirm it's you please say the four digit security pin
C: ((other:{w(pac)}))
I: thank you the overdue balance is ((price:one hundred and four pounds eighteen)) say pay all or pay part
C: pay part
I: how much would you like to pay
C: ((price:fifty pounds))
I: please say or key your card number
C: [[CARD_NUMBER#c1!:{w(b[0])} {w(b[1][:2])}]] sorry [[CARD_NUMBER#c1:{w(b[0])} {w(b[1])} {w(b[2])} {w(b[3])}]]
I: the card number ends in [[CARD_NUMBER#~:{w(b[3])}]] if this is correct say yes
C: yes
I: say the expiry date as four digits
C: [[EXPIRY:{w(mm(mo) + yy(y))}]]
I: and the security code
C: [[CVV:{w(cv)}]]
I: thank you ((price:fifty pounds)) has been paid your remaining balance is ((price:fifty four pounds eighteen)) outgoing calls will stay barred until the balance is cleared to speak to an adviser say adviser
C: adviser
A: hi you're through to [[NAME:marcus]] in collections
C: i've just paid ((price:fifty)) can you not take the bar off now
A: i can unbar it for ((duration:seven days)) if you promise the rest by the ((date:twenty eighth))
C: yes i get paid on the ((date:twenty sixth))
A: done it'll be live in ((duration:about an hour))
"""


@case("asr")
def store_card_australia_storm(g):
    ph = g.au_phone("mob")
    pc = g.au_pc("21")
    c = g.card("visa")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    acct = g.d(9)
    return f"""
A: g'day you've called bondi homewares card services my name's [[NAME:jarrah]]
C: hi there's a late fee of ((price:forty five dollars)) on my store card and i paid on time
A: sorry to hear can i grab your account number
C: [[ACCOUNT_NUMBER:{w(acct)}]]
A: and your name
C: [[NAME:skye papadakis]]
A: thanks [[NAME:skye]] and the mobile on the account
C: [[PHONE#ph:{w(ph[:4])}]] uh [[PHONE#ph:{w(ph[5:8])} {w(ph[9:])}]]
A: and the postcode
C: [[POSTCODE:{w(pc)}]]
A: i can see a payment of ((price:two hundred and ten dollars)) on the ((date:third)) and the due date was the ((date:second))
C: the second was a sunday i paid on the monday the first working day
A: fair enough i'll take the fee off and set up autopay so it never happens again
C: fine set it up on my visa
A: go ahead with the card number
C: [[CARD_NUMBER#c1:{w(b[0])} {w(b[1])}]] hang on someone's at the door
C: sorry where was i
A: you'd given me [[CARD_NUMBER#~:{w(b[0])} {w(b[1])}]]
C: right then [[CARD_NUMBER#c1:{w(b[2])}]] and [[CARD_NUMBER#c1:{w(b[3])}]]
A: expiry
C: [[EXPIRY:{w(mm(mo))} {w(yy(y))}]]
A: and the three digits on the back
C: [[CVV:{w(cv)}]]
A: done the autopay takes the minimum on the due date each month
C: ta
"""


@case("transcript")
def sofa_retailer_us_refund_other_card(g):
    order = "SO" + g.d(8)
    z = g.zip5("190")
    ph = g.us_phone("215")
    c = g.card("visa")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    return f"""
A: Thank you for calling Lounge & Loft, this is [[NAME:Destiny]]. How can I help you today?
C: I ordered a sectional, model ((model_number:HX-220)), in March. It arrived with a torn cushion and a broken leg, and your delivery guys wouldn't take it back.
A: I'm so sorry. Do you have the order number?
C: [[ACCOUNT_NUMBER:{order}]].
A: Thank you. And the delivery address?
C: [[ADDRESS:4410 Larchwood Avenue, Apt 2C, Philadelphia]], PA [[POSTCODE:{z}]].
A: And a phone number for the driver?
C: [[PHONE:{ph[:3]}-{ph[4:7]}-{ph[8:]}]].
A: Thank you. I see the sectional was ((price:$1,899.00)). Our policy is a replacement or a full refund once it's collected.
C: Refund. But not to the card I paid with, my bank froze that one after this whole mess.
A: I can refund to another card in your name once the pickup is confirmed. Do you want to give me that now?
C: Yes. [[CARD_NUMBER:{b[0]}-{b[1]}-{b[2]}-{b[3]}]].
A: Expiration?
C: [[EXPIRY:{mm(mo)}/{yy(y)}]].
A: And the security code on the back.
C: [[CVV:{cv}]].
A: Thank you. Pickup is booked for Thursday, the ((date:12th)), between ((time:8am)) and ((time:noon)).
C: Noon. Fine. I'll be home.
"""



@case("asr")
def collections_interrupting_caller(g):
    c = g.card("mc")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    pc = g.uk_pc("SR2")
    ref = g.d(9)
    dd, dm, dy = g.dob()
    return f"""
A: good afternoon northgate credit management you're speaking to [[NAME:aleksander]] before we go on i have to tell you we are a debt collection agency and any information
C: yeah yeah i know who you are i just want to pay it and be done
A: okay can i take the reference from the letter
C: [[ACCOUNT_NUMBER:{w(ref[:3])} {w(ref[3:6])} {w(ref[6:])}]]
A: thank you and your full name
C: [[NAME:kerry-ann dobson]]
A: date of birth
C: [[DOB:{w(str(dd))} {w(mm(dm))} {pr(str(dy))}]]
A: and the first line of the address
C: [[ADDRESS:eighteen hylton park road]] [[POSTCODE:{w(pc)}]]
A: thanks [[NAME:kerry-ann]] the balance is ((price:six hundred and eighteen pounds forty)) from the original creditor which is
C: i know what it's from it's the catalogue can i pay or not [[CARD_NUMBER#c1!:{w(b[0])}]]
A: sorry i've got to read you something before i take a card
C: oh for god's sake go on
A: a card payment today won't settle the full balance unless we agree that in writing and you can ask for a statement of the account whenever you want
C: right from the top [[CARD_NUMBER#c1:{w(b[0])} {w(b[1])}]]
A: can you slow
C: [[CARD_NUMBER#c1:{w(b[2])}]] i'm at work i haven't got all day [[CARD_NUMBER#c1:{w(b[3])}]]
A: i got [[CARD_NUMBER#~:{w(b[2])}]] after the first eight is that right
C: yes and then [[CARD_NUMBER#c1!:{w(b[3])}]]
A: and the expiry
C: [[EXPIRY:{w(mm(mo))} {pr(yy(y))}]] and the code's [[CVV:{w(cv)}]] before you ask
A: how much are you paying today
C: all of it
A: that's ((price:six hundred and eighteen pounds forty)) gone through and you'll get a letter saying the balance is nil within ((duration:ten days))
"""


@case("asr")
def holiday_club_cancel_canada(g):
    mem = "mx" + g.d(6)
    pc = g.ca_pc("L4C")
    ph = g.us_phone("905")
    c = g.card("mc2")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    old4 = g.d(4)
    return f"""
A: thanks for calling maple escapes vacation club member care this is [[NAME:genevieve]]
C: hi we signed up at one of your presentations in cancun and we want out we're still inside the ((duration:ten day)) cooling off
A: i can help with that can i get your member number
C: [[ACCOUNT_NUMBER:{w(mem)}]]
A: and your name
C: [[NAME:rajesh balasubramanian]] and my wife [[NAME:anjum]] is on it too
A: thank you and your mailing address
C: [[ADDRESS:two twenty one cedar ridge crescent richmond hill]]
A: and the postal code
C: [[POSTCODE#pc:{nato(pc[:3])}]] um [[POSTCODE#pc:{w(pc[4:])}]]
A: thank you i see the deposit of ((price:two thousand four hundred dollars)) went on the card ending [[CARD_NUMBER#~:{w(old4)}]]
C: yes but send it back to a different card that one's my business card
A: go ahead
C: [[CARD_NUMBER#c1!:{w(b[0])} {w(b[1][:2])}]] sorry i lost my place let me start again [[CARD_NUMBER#c1:{w(b[0])} {w(b[1])}]]
A: mm-hmm
C: [[CARD_NUMBER#c1:{pr(b[2])} {pr(b[3])}]]
A: that's the card ending [[CARD_NUMBER#~:{pr(b[3])}]] expiry and the three digit code please
C: [[EXPIRY:{mon(mo)} {yr(y)}]] and [[CVV:{w(cv)}]]
A: and a phone number in case the refunds team needs you
C: [[PHONE:{w(ph[:3])} {w(ph[4:7])} {w(ph[8:])}]]
A: perfect the cancellation is confirmed you'll see the refund in ((duration:seven to ten business days))
C: and the ((price:ninety nine dollar)) admin fee they charged on top
A: that's included in the refund
"""


@case("transcript")
def airline_voucher_to_cash_ireland(g):
    pnr = "".join(g.pick("BCDFGHJKLMNPQRSTVWXZ") for _ in range(3)) + g.d(3)
    old4 = g.d(4)
    c = g.card("amex")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv(4)
    ec = g.eircode("D22")
    return f"""
A: Emerald Skies refunds, [[NAME:Siobhán]] speaking.
C: Hi. My flight ((flight_number:ES 417)) to Lanzarote on the ((date:2nd of August)) was cancelled and I was given a voucher. I want my money.
A: You're entitled to a cash refund for a cancellation. Booking reference?
C: [[ACCOUNT_NUMBER:{pnr}]].
A: And the passengers on it?
C: Me, [[NAME:Dara Kinsella]], and my partner [[NAME:Robin Achebe]].
A: Thanks, [[NAME:Dara]]. The refund would normally go to the card used, ending [[CARD_NUMBER#~:{old4}]].
C: That card was replaced after a fraud. Here's the new one: [[CARD_NUMBER:{b[0]} {b[1]} {b[2]}]].
A: And the expiry and the four-digit code on the front?
C: [[EXPIRY:{mm(mo)}/{yy(y)}]], [[CVV:{cv}]].
A: And your home address for the payment record?
C: [[ADDRESS:7 Ashfield Lawn, Clondalkin, Dublin 22]], [[POSTCODE:{ec}]].
A: And an email for the confirmation?
C: [[EMAIL:dkinsella.home@gmail.com]].
A: Done: ((price:€486.30)) to the card ending [[CARD_NUMBER#~:{b[2][-4:]}]]. Please allow ((duration:7 working days)).
C: And the ((price:€60)) I paid for a hotel that night?
A: That's claimed separately with the receipt; I'll email you the form.
"""


@case("asr")
def car_title_plan_ach(g):
    ssn = g.ssn()
    dd, dm, dy = g.dob()
    z = g.zip5("852")
    routing = g.d(9)
    acct = g.d(10)
    ph = g.us_phone("480")
    return f"""
A: desert star auto title this is [[NAME:lupe]] how can i help you
C: hi i'm behind on my title loan and i got a letter about repossession i need some kind of plan
A: okay i can look at that for you can i get your full name
C: [[NAME:darnell hope]]
A: and your social for verification
C: [[SSN:{w(ssn[:3], 'zero')} {w(ssn[3:5], 'zero')} {w(ssn[5:], 'zero')}]]
A: and your date of birth
C: [[DOB:{w(mm(dm), 'zero')} {w('%02d' % dd, 'zero')} {pr(str(dy))}]]
A: and the address where the vehicle's kept
C: [[ADDRESS:thirty eight ten saguaro vista drive]] in mesa [[POSTCODE:{w(z)}]]
A: thank you mister [[NAME:darnell]] i mean mister [[NAME:hope]] sorry you're ((count:two)) payments behind that's ((price:six hundred and forty dollars)) plus a ((price:thirty dollar)) late fee
C: i can't do that all at once i just started a new job first check is next friday
A: i can split it into ((count:two)) payments of ((price:three thirty five)) on the ((date:fifteenth)) and the ((date:thirtieth)) from your checking account
C: okay do that
A: routing number
C: [[ACCOUNT_NUMBER:{w(routing, 'zero')}]]
A: and the account number
C: [[ACCOUNT_NUMBER#a:{w(acct[:5], 'zero')}]] hold on it's on the other screen [[ACCOUNT_NUMBER#a:{w(acct[5:], 'zero')}]]
A: and the best number to reach you
C: [[PHONE:{w(ph[:3])} {w(ph[4:7])} {pr(ph[8:])}]]
A: the repossession is on hold as long as the first payment clears on the ((date:fifteenth))
"""


@case("asr")
def gym_frozen_membership_chargeback(g):
    mem = g.d(8)
    pc = g.uk_pc("OL9")
    last4 = g.d(4)
    return f"""
A: powerhouse gyms head office [[NAME:natasha]] speaking
C: yeah hi it's [[NAME:bill hartigan]] i've been charged ((price:thirty four ninety nine)) for ((count:five)) months when my membership's supposed to be frozen
A: i'm sorry about that can i take your membership number
C: [[ACCOUNT_NUMBER:{w(mem)}]]
A: and the first line of your address and postcode
C: [[ADDRESS:sixty six moorside way chadderton]] [[POSTCODE:{w(pc[:3]).replace('o l', 'oscar lima')} {w(pc[4:])}]]
A: thank you the freeze was put on by one of the team at the desk on the ((date:third of march)) but only for ((duration:one month))
C: no the lad at the desk [[NAME:jordan]] said it would stay frozen till my knee was sorted i've got the surgery letter
A: i believe you [[NAME:jordan]] should've put an end date on it i'll refund ((count:four)) of the ((count:five)) months
C: why only four
A: the first month was the freeze fee of ((price:five pounds)) a week so that one's right
C: i've already started a chargeback with my bank anyway
A: if there's a chargeback open we can't refund as well so you'd be paid twice do you want me to do it and you cancel the chargeback
C: no leave it to the bank then
A: okay i'll note it the refund would have gone to the card ending [[CARD_NUMBER#~:{w(last4)}]] if you change your mind
C: fine
A: and i've set the freeze with an end date of the ((date:first of september))
"""


@case("asr")
def bnpl_identity_fraud_us(g):
    ssn = g.ssn()
    dd, dm, dy = g.dob()
    z = g.zip5("441")
    z2 = g.zip5("432")
    ph = g.us_phone("216")
    case_ref = "fr" + g.d(7)
    return f"""
A: thank you for calling splitly fraud department this is [[NAME:kwame]]
C: hi i got an email saying i owe you ((price:three hundred and eighty dollars)) for a tv i never bought
A: i'm sorry let's check the account which email address did it come to
C: [[EMAIL:may lin c dot castellano at aol dot com]]
A: that isn't the email on the account the account was opened with [[EMAIL:mlcastellano dot deals at mailbox dot org]]
C: that's not mine at all
A: to open a fraud case i need to verify you your full name please
C: [[NAME:may-lin castellano]]
A: date of birth
C: [[DOB:{mon(dm)} {ordw(dd)} {yr(dy)}]]
A: and the last four of your social
C: [[SSN#~:{w(ssn[-4:], 'zero')}]]
A: the account has a delivery address of [[ADDRESS:nineteen oakmont circle columbus]] [[POSTCODE:{w(z2, 'zero')}]] is that you
C: no i've never lived in columbus i'm at [[ADDRESS:seven oh two euclid heights boulevard apartment six cleveland heights]] [[POSTCODE:{w(z, 'zero')}]]
A: and a phone number
C: [[PHONE:{w(ph[:3], 'zero')} {w(ph[4:7])} {w(ph[8:], 'zero')}]]
A: i've closed the account and blocked the ((count:four)) payments your fraud case number is [[ACCOUNT_NUMBER:{w(case_ref)}]]
C: will this hit my credit
A: we'll tell the bureaus it's fraud within ((duration:thirty days)) and you won't owe anything
"""


@case("transcript")
def glazing_dishonour_fee_australia(g):
    pc = g.au_pc("25")
    ph = g.au_phone("land", "02")
    bsb = g.d(3) + "-" + g.d(3)
    acct = g.d(8)
    loan = "SG" + g.d(6)
    return f"""
A: SunGuard Windows & Doors finance, [[NAME:Mitchell]] speaking.
C: Hi, it's [[NAME:Crystal Vu]]. I've been charged a ((price:$95)) dishonour fee and I want it gone.
A: Let me look. Can I confirm the address on the loan?
C: [[ADDRESS:Unit 4, 18 Kookaburra Close, Wollongong]] NSW [[POSTCODE:{pc}]].
A: And your loan number?
C: [[ACCOUNT_NUMBER:{loan}]].
A: Thanks, [[NAME:Crystal]]. The direct debit on the ((date:28th)) was returned unpaid.
C: Because your installer told me he'd pause it until the sliding door gets fixed. His name was [[NAME:Barry Osei]].
A: I can see a note from [[NAME:Barry]] about the door, but no pause was ever set up. That's on us, so I'll waive the fee.
C: Good. And I want the debits moved to my other account before the next one.
A: No problem. BSB?
C: [[ACCOUNT_NUMBER:{bsb}]].
A: Account number?
C: [[ACCOUNT_NUMBER:{acct}]].
A: And a contact number in case the bank rejects it?
C: [[PHONE:{ph}]].
A: Done. The rate stays at ((percentage:14.9%)), the next debit is ((price:$212.40)) on the ((date:28th)), and the door repair is booked for ((date:Tuesday 9 April)).
"""


@case("asr")
def marketplace_not_received_refund(g):
    order = g.d(3) + "-" + g.d(7) + "-" + g.d(7)
    c = g.card("visa", fixed={8: "0000"})
    b = q4(c)
    mo, y = g.exp()
    return f"""
A: you're through to bazaarly buyer protection my name is [[NAME:femi]]
C: hi i bought an e-bike battery a ((model_number:z four hundred)) and it never came and the seller's just blocked me
A: that's not on can i have the order number
C: [[ACCOUNT_NUMBER:{w(order[:3])} {pr(order[4:11])} {pr(order[12:])}]]
A: and the email on your account
C: [[EMAIL:penny dot arkwright at outlook dot com]]
A: thanks [[NAME:penny]] i can see the seller was a private seller called [[NAME:gary whitlock]] and the tracking says delivered on the ((date:nineteenth))
C: well it wasn't delivered to me i was in all day and nothing on the doorbell camera
A: okay under buyer protection you get the ((price:two hundred and forty nine pounds)) back whatever the tracking says because the seller hasn't answered in ((duration:three days))
C: finally can it go on a different card the one i used got replaced
A: sure what's the new card number
C: [[CARD_NUMBER#c1:{w(b[0])} {w(b[1])} {dbl(b[2])}]] and [[CARD_NUMBER#c1:{w(b[3])}]]
A: was that [[CARD_NUMBER#~:{dbl(b[2])}]] in the middle
C: yeah that's right all noughts
A: and the expiry
C: [[EXPIRY:{w(mm(mo))} {w(yy(y))}]]
A: lovely the refund's on its way ((duration:three to five days))
"""


@case("transcript")
def ticket_seller_payout_uk(g):
    sc = g.sort_code()
    acct = g.d(8)
    ph = g.uk_mobile()
    lst = [g.d(8), g.d(8)]
    return f"""
A: TixBack seller team, [[NAME:Ruth]] here.
C: Hi, I sold ((count:four)) tickets for the ((date:14 June)) show and the payout still hasn't landed. It's been ((duration:nine days)).
A: Sorry about that. What's the email on your seller account?
C: [[EMAIL:ikechukwu.n.obi@protonmail.com]].
A: Thanks. And your name?
C: [[NAME:Ikechukwu Obi]].
A: And the mobile number?
C: [[PHONE:{ph}]].
A: Thanks, [[NAME:Ikechukwu]]. I can see the two listings, [[ACCOUNT_NUMBER:{lst[0]}]] and [[ACCOUNT_NUMBER:{lst[1]}]], sold for ((price:£312)) in total. The payout failed because the account name didn't match.
C: It's my account. Maybe the bank has it as my full name, with my middle name, [[NAME:Chinedu]].
A: That'll be it. Can you give me the sort code and account number again, with the name exactly as the bank has it?
C: [[NAME:Ikechukwu Chinedu Obi]], sort code [[ACCOUNT_NUMBER:{sc}]], account [[ACCOUNT_NUMBER:{acct}]].
A: Thanks. I've updated it and asked for a manual payout; it goes out on the next run at ((time:4pm)).
C: And the ((price:£15)) you charged me for the failed payout?
A: I'll credit that back as well.
"""


@case("asr")
def payday_affordability_complaint(g):
    ni = g.ni()
    pc = g.uk_pc("L15")
    loans = g.between(6, 9)
    return f"""
A: hello you've reached cashsprout complaints my name's [[NAME:gemma]]
C: hi i want to make a complaint about irresponsible lending you gave me ((count:{n2w(loans)})) loans in a row and i was on benefits the whole time
A: okay i'm sorry to hear that can i take your full name
C: [[NAME:ivy mwangi]]
A: and your national insurance number [[NAME:ivy]]
C: [[SSN:{nato(ni[:2])} {pr(ni[2:8])} {nato(ni[8])}]]
A: thank you and your address
C: [[ADDRESS:forty one greenhill avenue wavertree]] [[POSTCODE:{w(pc)}]]
A: and an email for the final response
C: [[EMAIL:ivy mwangi eighty eight at gmail dot com]]
A: thanks i can see loans from ((year:twenty nineteen)) to ((year:twenty twenty three)) the biggest was ((price:seven hundred and fifty pounds)) at an apr of ((percentage:twelve hundred and ninety four percent))
C: and every time i paid one off you offered me another the same day
A: i've logged that we'll look at the affordability checks for each loan and reply within ((duration:eight weeks))
C: and if i'm not happy
A: then you can refer it to the financial ombudsman service for free
C: right a friend of mine [[NAME:latoya]] got all her interest back that way
A: i can't comment on other cases but your complaint is logged today the ((date:eleventh))
"""


@case("transcript")
def clamped_van_enforcement(g):
    plate = "".join(g.pick("ABCDEFGHJKLMNPRSTVWY") for _ in range(2)) + g.d(2) + " " + \
        "".join(g.pick("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
    c = g.card("visa")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    ph = g.uk_geo("0113")
    warrant = g.d(10)
    return f"""
A: Marston Lane Enforcement, [[NAME:Graham]] speaking.
C: You've clamped my van outside my house and I need it for work in an hour. What is this about?
A: Can I have the registration?
C: [[ACCOUNT_NUMBER:{plate}]].
A: Thank you. That's linked to warrant [[ACCOUNT_NUMBER:{warrant}]] for unpaid traffic penalties, registered to [[NAME:Sunil Varma]]. Is that you?
C: That's my brother. It's my van now, I bought it off him in ((year:2023)).
A: Do you have the logbook in your name?
C: Yes, I can send it. I can't wait ((duration:two weeks)) for you to check it though.
A: If you pay under protest today, the clamp comes off and you can claim it back once the logbook is checked. It's ((price:£385)) including the ((price:£110)) clamp fee.
C: Fine, under protest. Card: [[CARD_NUMBER#c1:{b[0]} {b[1]}]], sorry, [[CARD_NUMBER#c1:{b[2]} {b[3]}]].
A: Expiry and security code?
C: [[EXPIRY:{mm(mo)}/{yy(y)}]] and [[CVV:{cv}]].
A: And your name and address as the new keeper?
C: [[NAME:Rahul Varma]], [[ADDRESS:52 Harehills Lane, Leeds]], [[POSTCODE:{g.uk_pc('LS8')}]].
A: A contact number?
C: [[PHONE:{ph}]].
A: Paid. The agent will remove the clamp within ((duration:30 minutes)). Email the logbook to our disputes inbox with the warrant number.
"""


@case("asr")
def ivr_backbill_payment(g):
    acct = g.d(11)
    c = g.card("mc", fixed={4: "11"})
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    pc = g.uk_pc("NE6")
    return f"""
I: welcome to northpoint water payments this call may be recorded please say or enter your eleven digit customer number
C: [[ACCOUNT_NUMBER:{w(acct[:4])} {w(acct[4:8])} {w(acct[8:])}]]
I: please say the postcode of the property
C: [[POSTCODE:{w(pc)}]]
I: thank you your balance is ((price:five hundred and sixty one pounds seventy)) this includes a catch up bill for ((duration:nineteen months)) to pay by card say card to hear about payment plans say plan
C: card
I: how much do you want to pay
C: ((price:two hundred))
I: please say or key your card number
C: [[CARD_NUMBER#c1:{w(b[0])} {dbl(b[1])}]] uh [[CARD_NUMBER#c1:{w(b[2])} {w(b[3])}]]
I: please say the expiry date
C: [[EXPIRY:{w(mm(mo))} {w(yy(y))}]]
I: please say the three digit security number from the back of the card
C: [[CVV:{w(cv)}]]
I: thank you a payment of ((price:two hundred pounds)) has been taken from the card ending [[CARD_NUMBER#~:{w(b[3])}]] your reference is ((other:{w(g.d(8))}))
I: to speak to someone about your bill say adviser
C: adviser
A: hi it's [[NAME:shona]] in billing
C: i've just paid ((price:two hundred)) but i want to query this catch up thing nobody read the meter for over a year
A: i'll raise a back billing review for you and put the rest on hold for ((duration:thirty days))
"""


@case("asr")
def phone_arrears_us_refuses_then_gives(g):
    ph = g.us_phone("773")
    c = g.card("disc")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    z = g.zip5("606")
    acct = g.d(9)
    return f"""
A: thanks for calling lakeshore wireless collections this is [[NAME:deshawn]] can i have the wireless number on the account
C: [[PHONE:{w(ph[:3], 'zero')} {w(ph[4:7])} {w(ph[8:], 'zero')}]]
A: and who am i speaking with
C: [[NAME:grace kowalczyk]]
A: thank you ma'am the account shows ((price:two hundred and twelve dollars)) past due and service is suspended
C: yeah i know i want it turned back on my kid needs it for school
A: i can restore service today with a payment of at least ((price:one hundred and six dollars)) that's half the past due
C: fine
A: what card would you like to use
C: i'm not giving my card over the phone can i do it online
A: the online portal is blocked while the account's suspended it's this or a store
C: the store's ((duration:forty minutes)) away ugh okay it's a discover
A: go ahead
C: [[CARD_NUMBER#c1:{pr(b[0], 'zero')} {pr(b[1], 'zero')}]] wait is this call recorded
A: card details are masked on the recording ma'am
C: okay [[CARD_NUMBER#c1:{pr(b[2], 'zero')} {pr(b[3], 'zero')}]]
A: expiration date
C: [[EXPIRY:{w(str(mo), 'zero')} {pr(yy(y), 'zero')}]]
A: and the cvv on the back
C: [[CVV:{w(cv, 'zero')}]]
A: and the billing zip
C: [[POSTCODE:{w(z, 'zero')}]]
A: thank you service will be back within ((duration:two hours)) your account number for reference is [[ACCOUNT_NUMBER:{w(acct, 'zero')}]]
C: and the other ((price:hundred and six))
A: that's due by the ((date:twenty first)) or it suspends again
"""


@case("transcript")
def course_cancelled_refund_us(g):
    em = "faisal.haddad.nyc"
    ph = g.us_phone("718")
    c = g.card("amex")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv(4)
    sid = g.d(8)
    return f"""
A: Ridgeline Coding Academy, student accounts, this is [[NAME:Mallory]].
C: Hi. You cancelled the evening cohort I paid for, and I've been asking for my refund since the ((date:3rd)). I'm done being patient.
A: I'm sorry. Can I have your student ID?
C: [[ACCOUNT_NUMBER:{sid}]].
A: And your name?
C: [[NAME:Faisal Haddad]].
A: Thanks, Mr. [[NAME:Haddad]]. I see the ((price:$3,400)) tuition and the ((price:$250)) deposit. Both are refundable because we cancelled.
C: Then why hasn't it happened?
A: The refund to your original card was declined. Was that card closed?
C: Yes. Use my Amex: [[CARD_NUMBER:{b[0]} {b[1]} {b[2]}]].
A: Expiration date and the four-digit code, please.
C: [[EXPIRY:{mm(mo)}/{y}]], code [[CVV:{cv}]].
A: Thank you. And can I confirm your email and phone for the receipt?
C: [[EMAIL:{em}@gmail.com]], [[PHONE:{ph[:3]}.{ph[4:7]}.{ph[8:]}]].
A: Done. ((price:$3,650)) in total, ((duration:5 to 7 business days)).
C: Thank you. And tell Ms. [[NAME:Okafor]] in admissions she never called me back.
"""


@case("asr")
def car_warranty_australia_treble(g):
    rego = g.d(1) + "".join(g.pick("abcdefghjklmnprstvwxyz") for _ in range(3)) + g.d(3)
    c = g.card("visa", fixed={8: "555"})
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    pc = g.au_pc("31")
    return f"""
A: drivesafe warranties this is [[NAME:brodie]] how can i help
C: yeah g'day my engine claim got knocked back and i want to know why i've paid every month for ((duration:two years))
A: sorry to hear that what's the rego on the car
C: [[ACCOUNT_NUMBER:{w(rego)}]]
A: and your name
C: [[NAME:mick castellanos]]
A: and the address the car's registered to [[NAME:mick]]
C: [[ADDRESS:forty seven wattle grove frankston]] [[POSTCODE:{w(pc)}]]
A: thanks the claim was declined because the service history has a gap between ((quantity:sixty thousand)) and ((quantity:seventy five thousand kilometres))
C: that's rubbish i had it serviced at my mate's garage i've got the invoice
A: if you send the invoice in the claim can be reopened but i also see the monthly payment failed on the ((date:second))
C: yeah new card can you put it on now
A: sure go ahead
C: [[CARD_NUMBER#c1:{w(b[0])} {w(b[1])}]] um [[CARD_NUMBER#c1:{dbl(b[2], 'oh', 'treble')}]]
A: sorry can you say the third group again
C: [[CARD_NUMBER#c1!:{dbl(b[2], 'oh', 'treble')}]] then [[CARD_NUMBER#c1:{w(b[3])}]]
A: and the expiry
C: [[EXPIRY:{w(mm(mo))} {w(yy(y))}]]
A: and the cvv
C: [[CVV:{w(cv)}]]
A: that's the ((price:thirty nine ninety five)) taken so you're up to date and the claim's flagged for review
C: righto cheers
"""


@case("asr")
def parking_notice_ireland(g):
    pcn = g.d(9)
    plate = "191d" + g.d(5)
    c = g.card("mc")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    ec = g.eircode("H91")
    return f"""
A: parkright ireland this is [[NAME:aisling]]
C: howya i got a parking charge notice in the post for the hospital car park and i was only visiting my mother
A: sorry to hear that can i have the notice number
C: [[ACCOUNT_NUMBER:{w(pcn)}]]
A: and the car registration
C: [[ACCOUNT_NUMBER:{w(plate)}]]
A: thanks and your name
C: [[NAME:colm mac giolla]]
A: thanks [[NAME:colm]] the car was there for ((duration:four hours twelve minutes)) and the ticket was bought for ((duration:two hours))
C: the machine only took coins and i'd no more coins and the queue in the shop was out the door
A: i can reduce it to ((price:twenty euro)) from ((price:forty)) if it's paid today
C: go on so
A: card number please
C: [[CARD_NUMBER#c1:{w(b[0])} {w(b[1])}]] and then [[CARD_NUMBER#c1:{hom(w(b[2]))}]] and [[CARD_NUMBER#c1:{w(b[3])}]]
A: expiry
C: [[EXPIRY:{w(mm(mo))} {w(yy(y))}]]
A: and the three numbers on the back
C: [[CVV:{w(cv)}]]
A: and an email for the receipt
C: [[EMAIL:colmmacg at gmail dot com]]
A: and is the address still [[ADDRESS:twelve knocknacarra road]] [[POSTCODE:{w(ec)}]]
C: it is yeah
A: grand that's paid and the notice is closed
"""


@case("asr")
def home_insurance_supervisor_reasks(g):
    d1 = g.dob()
    pc = g.uk_pc("RG1")
    pol = "HB" + g.d(8)
    return f"""
A: hollybrook home insurance [[NAME:jade]] speaking
C: i've been passed around ((count:five)) different people about my kitchen ceiling and i want a manager now
A: i understand can i take the policy number and date of birth first so the manager has it
C: [[ACCOUNT_NUMBER:{w(pol[:2])} {w(pol[2:])}]] and [[DOB:{ordw(d1[0])} {mon(d1[1])} {yr(d1[2])}]]
A: thank you one moment
A: hello this is [[NAME:priti]] i'm the team manager i know you've been passed around but i do need to check a couple of things myself
C: you're joking
A: i'm sorry it's for your protection your full name
C: [[NAME:ngozi hartley]]
A: and date of birth
C: [[DOB:{w(str(d1[0]))} {w(str(d1[1]))} {pr(str(d1[2]))}]] same as i gave the last one
A: and the postcode and first line of the property
C: [[POSTCODE:{w(pc)}]] [[ADDRESS:three kennet side mews]]
A: thank you [[NAME:ngozi]] i can see the claim from the ((date:twenty fourth of november)) for water damage from the bathroom upstairs
C: the ceiling came down the surveyor said it was about ((price:six thousand)) to fix and nobody's approved a thing
A: the surveyor's report came in on the ((date:ninth)) and it's been sitting in a queue that shouldn't have happened
C: and the girl i spoke to last week [[NAME:chantelle]] said you'd pay for a hotel while the kitchen's unusable
A: alternative accommodation is covered up to ((price:five thousand pounds)) i'll approve it today and the repair less the ((price:two hundred and fifty pound)) excess
C: finally
A: i'm also logging a complaint for the delay and i'll call you back myself by ((time:five o'clock)) tomorrow
"""


@case("transcript")
def collections_plan_pennsylvania(g):
    ssn = g.ssn()
    dd, dm, dy = g.dob()
    z = g.zip5("181")
    c = g.card("visa")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    ph = g.us_phone("610")
    acct = "KR-" + g.d(7)
    return f"""
A: Keystone Recovery Services. This is an attempt to collect a debt, and any information obtained will be used for that purpose. My name is [[NAME:Travis]].
C: I got your letter. I'm not paying ((price:$2,300)) at once, so don't even ask.
A: Understood, we can talk about a plan. Can you verify your full name and the last four of your Social?
C: [[NAME:Consuela Ortega]], [[SSN#~:{ssn[-4:]}]].
A: And your date of birth?
C: [[DOB:{mm(dm)}/{dd:02d}/{dy}]].
A: And your current address?
C: [[ADDRESS:918 Linden Hollow, Allentown]], PA [[POSTCODE:{z}]].
A: Thank you, Ms. [[NAME:Ortega]]. Your account [[ACCOUNT_NUMBER:{acct}]] is for a furniture store card from the original creditor. I can offer ((count:six)) monthly payments of ((price:$383.34)), or ((count:twelve)) of ((price:$191.67)).
C: Twelve. Starting after the ((date:15th)), when I'm paid.
A: The first would be on the ((date:16th)), then the ((date:16th)) of each month. What card?
C: [[CARD_NUMBER#c1:{b[0]} {b[1]} {b[2]}]]... Sorry, the last part is [[CARD_NUMBER#c1:{b[3]}]].
A: Expiration date and CVV?
C: [[EXPIRY:{mm(mo)}/{yy(y)}]], [[CVV:{cv}]].
A: And a phone number for the payment reminders?
C: [[PHONE:{ph[:3]}-{ph[4:7]}-{ph[8:]}]].
A: Thank you. You'll receive the plan in writing within ((duration:5 days)).
"""


@case("asr")
def bnpl_caller_on_a_train(g):
    c = g.card("mc")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    return f"""
A: thanks for calling paylitely [[NAME:holly]] speaking
C: hi i've got about ((duration:two minutes)) before my train goes underground i need to pay my missed instalment it's [[CARD_NUMBER#c1!:{w(b[0])} {w(b[1][:2])}]]
A: sorry hold on i need to find your account before i can take a card
C: oh god okay it's under [[EMAIL:marguerite dot fontaine at btinternet dot com]]
A: and your name
C: [[NAME:marguerite fontaine]]
A: thanks [[NAME:marguerite]] i can see the missed instalment of ((price:thirty three pounds thirty three)) from the ((date:fifth)) plus a ((price:six pound)) late fee
C: fine just take it go [[CARD_NUMBER#c1:{w(b[0])} {w(b[1])} {w(b[2])} {w(b[3])}]]
A: and the expiry
C: [[EXPIRY:{w(str(mo))} {pr(yy(y))}]]
A: and the cvc
C: [[CVV:{w(cv)}]]
A: that's gone through
C: great and can you take the late fee off i've never missed before
A: it's your first so yes i'll refund the ((price:six pounds)) now
C: you're a star bye
"""


@case("transcript")
def subscription_box_canada_three_charges(g):
    pc = g.ca_pc("K1S")
    ph = g.us_phone("613")
    last4 = g.d(4)
    return f"""
A: Hearth & Harvest meal boxes, [[NAME:Tessa]] speaking.
C: Hi. You've charged me ((count:three)) times since I cancelled in February, and I want all three back.
A: I'm sorry. What's the email on the account?
C: [[EMAIL:rose.delacroix-ng@hotmail.ca]].
A: And your name and postal code?
C: [[NAME:Rose Delacroix-Ng]], [[POSTCODE:{pc}]].
A: Thank you, [[NAME:Rose]]. I can see the cancellation request on the ((date:Feb. 11)), but it was logged as a skip, not a cancel.
C: I have the confirmation email that says "cancelled".
A: Then that's our error. The ((count:three)) boxes were ((price:$71.97)) in total. I'll refund them to the card ending [[CARD_NUMBER#~:{last4}]].
C: Good. And confirm the account's actually closed this time.
A: It's closed now. Is [[PHONE:{ph[:3]}-{ph[4:7]}-{ph[8:]}]] still your number, in case the refund team needs you?
C: Yes.
A: You'll get an email within ((duration:24 hours)).
"""


@case("asr")
def holiday_club_direct_debit_refund(g):
    dd, dm, dy = g.dob()
    pc = g.uk_pc("CH1")
    sc = g.sort_code()
    acct = g.d(8)
    comp = "cmp" + g.d(6)
    return f"""
A: sunvista holiday club member services [[NAME:wes]] speaking
C: hi i cancelled my membership in writing in ((date:october)) and you've still taken the annual fee ((price:four hundred and ninety five pounds)) by direct debit
A: i'm sorry can i take your name
C: [[NAME:dilys pritchard]]
A: and date of birth
C: [[DOB:{ordw(dd)} of {mon(dm)} {yr(dy)}]]
A: and the address
C: [[ADDRESS:the old forge forty four hough green chester]] [[POSTCODE:{w(pc)}]]
A: thank you mrs [[NAME:pritchard]] i can see your letter was scanned on the ((date:thirtieth of october)) but not actioned
C: so i want that money back and i don't want to wait for a cheque
A: i can send it straight to your bank account i'll need the sort code and account number
C: i'm not sure about giving that out
A: it's only to send the refund you can also reclaim it through your bank under the direct debit guarantee if you'd prefer
C: no that takes ages go on [[ACCOUNT_NUMBER:{w(sc.replace('-', ''))}]] and the account is [[ACCOUNT_NUMBER#a:{w(acct[:4])}]] um [[ACCOUNT_NUMBER#a:{w(acct[4:])}]]
A: thanks i've cancelled the direct debit and the ((price:four hundred and ninety five pounds)) will be with you in ((duration:three to five working days))
C: and i want to complain about it
A: of course your complaint reference is [[ACCOUNT_NUMBER:{w(comp)}]]
"""


@case("asr")
def dating_app_card_fraud_uk(g):
    old = g.card("visa")
    ob = q4(old)
    new = g.card("visa")
    nb = q4(new)
    mo, y = g.exp()
    cv = g.cvv()
    ph = g.uk_mobile()
    return f"""
A: hello spark match billing you're speaking with [[NAME:oliwia]]
C: hi i've got ((count:six)) charges from you on my card and i've never even used your app someone's got my card details
A: i'm sorry to hear that what's the card number the charges are on
C: [[CARD_NUMBER#c1:{pr(ob[0])} {pr(ob[1])} {pr(ob[2])}]] uh [[CARD_NUMBER#c1!:{pr(ob[2])}]] sorry i said that twice [[CARD_NUMBER#c1:{pr(ob[3])}]]
A: okay i can see ((count:six)) premium upgrades at ((price:fourteen ninety nine)) each on a profile called [[NAME:kai]] registered with the mobile [[PHONE:{w(ph)}]]
C: that's not my number and i'm not [[NAME:kai]]
A: i've closed that profile and refunded all ((count:six)) to the card you gave
C: but that card's cancelled my bank sent me a new one
A: the refund will follow to the new card automatically but if you like i can note the new number
C: yes do that it's [[CARD_NUMBER#c2:{w(nb[0])} {w(nb[1])}]] uh [[CARD_NUMBER#c2:{w(nb[2])} {w(nb[3])}]] expiry [[EXPIRY:{w(mm(mo))} {w(yy(y))}]]
A: thanks i don't need the security code for that
C: okay and your name again
A: [[NAME:oliwia]] and your name for the note
C: [[NAME:tomasz wiśniewski]]
A: thanks [[NAME:tomasz]] you'll see the refund in ((duration:five to seven days))
"""


@case("transcript")
def ombudsman_referral_payday(g):
    dd, dm, dy = g.dob()
    pc = g.uk_pc("DN4")
    ph = g.uk_mobile()
    fos = "PNX-" + g.d(5) + "-" + "".join(g.pick("BCDFGHJKLMNPQRSTVWXZ") for _ in range(2)) + g.d(2)
    return f"""
A: Financial Ombudsman enquiry line, you're speaking to [[NAME:Olumide]].
C: Hello. I complained to a payday lender ((duration:ten weeks)) ago and I've heard nothing. Can I bring it to you?
A: Yes. If a business hasn't answered within ((duration:eight weeks)) you can. Can I take your name?
C: [[NAME:Patience Achterberg]].
A: Date of birth?
C: [[DOB:{dd} {Mon(dm)} {dy}]].
A: And your address?
C: [[ADDRESS:27 Wheatley Hall Road, Doncaster]], [[POSTCODE:{pc}]].
A: And a phone number?
C: [[PHONE:{ph}]]. Please don't call before ((time:10)), I work nights.
A: Noted. Which business is it, and roughly how many loans?
C: Swiftpenny. About ((count:eleven)) loans between ((year:2018)) and ((year:2021)). The biggest was ((price:£900)).
A: Thank you. I've set up your case; the reference is [[ACCOUNT_NUMBER:{fos}]]. An investigator will write to you, usually within ((duration:a few weeks)).
C: Do I need to send my bank statements now?
A: Not yet. The investigator will tell you exactly what's needed.
"""


@case("transcript")
def furniture_store_card_statement(g):
    dd, dm, dy = g.dob()
    pc = g.uk_pc("PL4")
    acct = g.d(12)
    ph = g.uk_geo("0117")
    return f"""
A: Westcombe Furniture card services, [[NAME:Harriet]] speaking.
C: Hi. My statement says I owe ((price:£2,460)) but the dining set was ((price:£1,980)) on ((percentage:0%)) interest. Where's the rest from?
A: Let me check. Your store card account number, please?
C: [[ACCOUNT_NUMBER:{acct[:4]} {acct[4:8]} {acct[8:]}]].
A: And your date of birth?
C: [[DOB:{dd}.{mm(dm)}.{dy}]].
A: Thank you. And your address?
C: [[ADDRESS:Flat 6, Sutton Wharf House, 9 Commercial Road, Plymouth]], [[POSTCODE:{pc}]].
A: Thanks, Miss [[NAME:Pengelly]]. The interest-free period ended on the ((date:30th of April)) with ((price:£380)) still owing, so interest at ((percentage:29.9%)) was backdated.
C: Nobody told me that. I paid what the statement said every month.
A: The minimum payment wouldn't have cleared it in time, I'm afraid. But if the end date wasn't on your statements, you can complain. I'll log it.
C: Please do. My number is [[PHONE:{ph}]], daytime.
A: Logged. You'll hear back within ((duration:eight weeks)).
"""


@case("asr")
def airline_refund_us_new_card(g):
    fl = "PZ " + g.d(3, True)
    ph = g.us_phone("619")
    z = g.zip5("921")
    c = g.card("visa")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    old4 = g.d(4)
    conf = "q" + g.d(2) + "rt" + g.d(1)
    return f"""
A: pacific zephyr airlines refund desk this is [[NAME:kiana]]
C: hi my flight ((flight_number:{fl.lower()})) from san diego to honolulu got cancelled twice and i'm owed ((price:seven hundred and eighty two dollars))
A: i'm sorry about that what's the confirmation code
C: [[ACCOUNT_NUMBER:{w(conf)}]]
A: and a phone number on the booking
C: [[PHONE#p:{w(ph[:3], 'zero')}]] uh [[PHONE#p:{w(ph[4:7])} {w(ph[8:], 'zero')}]]
A: thank you and the passenger name
C: [[NAME:leilani brooks-tanaka]] and my son [[NAME:makoa]]
A: i see a refund went to a card ending [[CARD_NUMBER#~:{w(old4, 'zero')}]] and bounced back
C: yeah that card got stolen in hawaii of all places
A: i can push it to a new card go ahead
C: [[CARD_NUMBER#c1:{w(b[0], 'zero')}]] hang on my son's asking me something [[CARD_NUMBER#c1:{w(b[1], 'zero')}]]
A: mm-hmm
C: [[CARD_NUMBER#c1:{pr(b[2], 'zero')} {pr(b[3], 'zero')}]]
A: reading that back [[CARD_NUMBER:{w(b[0], 'zero')} {w(b[1], 'zero')} {w(b[2], 'zero')} {w(b[3], 'zero')}]]
C: that's right
A: expiration date and security code
C: [[EXPIRY:{w(str(mo), 'zero')} slash {w(yy(y), 'zero')}]] code is [[CVV:{w(cv, 'zero')}]]
A: and the billing address for the card
C: [[ADDRESS:fifty five hundred mission gorge road unit two oh four san diego]] [[POSTCODE:{w(z, 'zero')}]]
A: done the ((price:seven hundred and eighty two dollars)) is on its way it can take ((duration:up to seven business days))
C: seven days okay as long as it actually shows up this time
"""


@case("asr")
def ivr_debt_agency_payment_readback(g):
    ref = g.d(10)
    c = g.card("visa", fixed={4: "00"})
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    pc = g.uk_pc("WV10")
    return f"""
I: you have reached redwater recoveries automated payments please say or key your ten digit reference number
C: [[ACCOUNT_NUMBER:{w(ref)}]]
I: please say the postcode on your letter
C: [[POSTCODE:{w(pc)}]]
I: thank you the balance on this account is ((price:one thousand two hundred and nine pounds)) your agreed instalment is ((price:forty pounds)) say instalment to pay that amount or say other amount
C: instalment
I: please say your card number
C: [[CARD_NUMBER#c1:{dbl(b[0], 'nought')} {dbl(b[1], 'nought')} {dbl(b[2], 'nought')} {dbl(b[3], 'nought')}]]
I: i heard [[CARD_NUMBER:{w(b[0], 'zero')} {w(b[1], 'zero')} {w(b[2], 'zero')} {w(b[3], 'zero')}]] is that correct
C: yes
I: please say the expiry date for example ((other:oh three twenty nine))
C: [[EXPIRY:{w(mm(mo))} {pr(yy(y))}]]
I: please say the card security code
C: [[CVV:{w(cv, 'nought')}]]
I: thank you your payment of ((price:forty pounds)) was successful your next instalment is due on the ((date:first of next month))
I: if you would like to talk to someone about your account please stay on the line
C: no thanks
"""


@case("transcript")
def marketplace_seller_chargeback_against_them(g):
    sc = g.sort_code()
    acct = g.d(8)
    ph = g.london()
    txn = g.not_luhn(18, "7")
    order = g.d(10)
    return f"""
A: Stallhub seller support, [[NAME:Ewa]] speaking.
C: Hi, it's [[NAME:Marcus Thornbury]], I run Copperline Vintage on your site. A buyer's raised a chargeback on a jacket she's already got, and you've frozen ((price:£640)) of my money.
A: I'm sorry. What's the order number?
C: [[ACCOUNT_NUMBER:{order}]].
A: Thanks. I can see the buyer, [[NAME:Lydia Marsh]], disputed the card payment as "item not received". The bank's transaction reference is ((other:{txn})).
C: I've got tracking and a signature. Her name's on the signature.
A: Then upload the proof of delivery and we'll send it to her bank. Until the bank decides, the ((price:£185)) for that order stays held, but I can release the other ((price:£455)).
C: Please do. And send it to my new account, the old one's closed.
A: Sure. Sort code and account number?
C: [[ACCOUNT_NUMBER:{sc}]], [[ACCOUNT_NUMBER:{acct}]].
A: And the phone number on your seller account, for security?
C: [[PHONE:{ph}]].
A: Thanks, Mr [[NAME:Thornbury]]. The ((price:£455)) will reach the new account in ((duration:1 to 2 working days)).
"""


@case("asr")
def ticket_resale_fake_tickets_dispute(g):
    c = g.card("mc")
    b = q4(c)
    txn = g.not_luhn(16, "5")
    return f"""
A: good evening ticketbay resolution centre [[NAME:ravi]] speaking
C: hiya i bought ((count:two)) tickets off your site and they got rejected at the gate the steward said they'd been sold ((count:three)) times over
A: oh no i'm sorry can i have the email you bought them with
C: [[EMAIL:ashanti dot boateng at yahoo dot co dot uk]]
A: thanks [[NAME:ashanti]] i see ((count:two)) tickets at ((price:one hundred and sixty five pounds)) each you're covered by the guarantee so it's a full refund
C: i've already asked my bank for a chargeback and they said to quote the transaction reference from my statement
A: go on what's the transaction reference
C: ((other:{w(txn[:4])} {w(txn[4:8])} {w(txn[8:12])} {w(txn[12:])}))
A: okay and which card did you pay with
C: my mastercard [[CARD_NUMBER#c1:{w(b[0])} {w(b[1])}]] um [[CARD_NUMBER#c1:{w(b[2])} {w(b[3])}]]
A: if the bank's chargeback goes through they refund you so i can't refund as well or it'd be paid twice
C: so which is quicker
A: ours is ((duration:three to five days)) and the bank's can take ((duration:up to forty five days)) so you could cancel the chargeback and let us do it
C: i'll ring them after this
A: i'll hold the refund for ((duration:forty eight hours)) and the seller [[NAME:duncan fairweather]] has been suspended
C: good
"""


@case("asr")
def course_provider_australia_instalment(g):
    sid = g.d(8)
    ph = g.au_phone("mob")
    pc = g.au_pc("60")
    c = g.card("mc")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    return f"""
A: southern cross college student accounts this is [[NAME:tahnee]]
C: hi i'm doing the cert four in bookkeeping and i got an email saying my access is cut off because a payment bounced
A: sorry about that can i get your student number
C: [[ACCOUNT_NUMBER:{pr(sid)}]]
A: thanks and your name and mobile
C: [[NAME:arjun pillai]] [[PHONE:{w(ph[:4])} {w(ph[5:8])} {w(ph[9:])}]]
A: thanks [[NAME:arjun]] the ((price:one hundred and eighty dollar)) instalment on the ((date:fourteenth)) was declined and there's a ((price:fifteen dollar)) fee
C: my bank replaced my card i'll give you the new one
A: go for it
C: [[CARD_NUMBER#c1:{w(b[0])} {w(b[1])}]] did you get that [[CARD_NUMBER#c1:{hom(w(b[2]) + ' ' + w(b[3]), 3)}]]
A: got it expiry and cvc
C: [[EXPIRY:{w(mm(mo))} {w(yy(y))}]] [[CVV:{w(cv)}]]
A: payment's through and your access will be back in ((duration:about an hour)) is your postal address still [[ADDRESS:eight banksia rise]] [[POSTCODE:{w(pc)}]]
C: yep same
A: and can you waive the fee
C: i'm asking you that
A: ha sorry yes i've waived it
"""


@case("asr")
def gym_cancellation_us(g):
    z = g.zip5("770")
    ph = g.us_phone("713")
    mem = g.d(7)
    return f"""
A: thank you for calling flexzone fitness this is [[NAME:brianna]]
C: yeah i've been trying to cancel for ((duration:three months)) your club says i have to send a certified letter are you serious
A: i'm sorry sir i can process the cancellation over the phone can i get your member id
C: [[ACCOUNT_NUMBER:{w(mem, 'zero')}]]
A: and your full name
C: [[NAME:obinna ezeh]]
A: and the address on the membership
C: [[ADDRESS:twenty two fifteen westheimer court apartment three twelve houston]] [[POSTCODE:{w(z, 'zero')}]]
A: thank you mister [[NAME:ezeh]] and a phone number
C: [[PHONE:{w(ph[:3])} {w(ph[4:7])} {w(ph[8:], 'zero')}]]
A: i've cancelled it effective today there's a ((price:forty nine dollar)) annual fee that was billed on the ((date:first)) which i can refund since you asked before then
C: i asked in june
A: i see a note from a manager named [[NAME:trey]] in june so yes i'll refund the annual fee and the last ((count:two)) monthly dues
C: thank you that's all i wanted
"""


@case("transcript")
def car_title_canada_complaint(g):
    pc = g.ca_pc("T2E")
    ph = g.us_phone("403")
    loan = "CT" + g.d(6)
    return f"""
A: Prairie Title Lending, you've reached [[NAME:Dakota]].
C: I want to file a complaint. Your rep said the rate was ((percentage:32%)), and the contract says ((percentage:59%)).
A: I'm sorry to hear that. Can I have your loan number?
C: [[ACCOUNT_NUMBER:{loan}]].
A: And your name and address?
C: [[NAME:Marie-Ève Gauthier]], [[ADDRESS:1418 Edmonton Trail NE, Calgary]], [[POSTCODE:{pc}]].
A: Thank you. Best phone number?
C: [[PHONE:{ph[:3]} {ph[4:7]} {ph[8:]}]].
A: And an email for the written response?
C: [[EMAIL:megauthier.yyc@gmail.com]].
A: The rep on your file is [[NAME:Cody]]. I'll forward your complaint and his notes to compliance; they reply within ((duration:30 days)).
C: And in the meantime I'm still paying ((price:$487)) a month at the higher rate?
A: I can put the loan on a rate review, which holds it at ((percentage:32%)) until the complaint is decided.
"""


@case("asr")
def debt_agency_ireland_second_pps(g):
    pps = g.pps()
    ec = g.eircode("R95")
    c = g.card("visa")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    return f"""
A: good morning lismore credit services [[NAME:eoin]] speaking
C: morning you've been writing to my mam about a loan of mine she's not well and i want it to stop
A: i'm sorry to hear that i can help but i'll need to confirm who you are your name please
C: [[NAME:sorcha brennan]]
A: and your pps number [[NAME:sorcha]]
C: [[SSN:{w(pps[:7], 'o')} {pps[7].lower()}]]
A: and the address you're living at now
C: [[ADDRESS:flat four ninety one john's quay kilkenny]] [[POSTCODE:{w(ec, 'o')}]]
A: thank you i've updated the address so the letters will come to you from now on
C: good and what do i owe
A: ((price:one thousand one hundred and forty euro)) we could do ((price:fifty euro)) a month
C: i'll pay ((price:a hundred)) now and ((price:fifty)) after on the card [[CARD_NUMBER#c1:{w(b[0], 'o')} {w(b[1], 'o')} {w(b[2], 'o')}]]
A: sorry was that [[CARD_NUMBER#~:{w(b[1], 'o')}]] in the second bit
C: yeah [[CARD_NUMBER#c1!:{w(b[1], 'o')}]] and the last bit is [[CARD_NUMBER#c1:{w(b[3], 'o')}]]
A: expiry and the three digit code
C: [[EXPIRY:{w(mm(mo), 'o')} {w(yy(y), 'o')}]] code [[CVV:{w(cv, 'o')}]]
A: that's the ((price:hundred)) taken and ((price:fifty)) a month from the ((date:first)) you'll get a letter to the new address
"""


@case("asr")
def utility_backbill_us_ssn_last_four(g):
    ssn = g.ssn()
    z = g.zip5("303")
    ph = g.us_phone("404")
    c = g.card("visa")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    acct = g.d(10)
    return f"""
A: peachtree power and light billing this is [[NAME:latrice]]
C: hi i just got a bill for ((price:eleven hundred dollars)) saying my meter was misread for ((duration:eighteen months)) how is that my problem
A: i understand that's frustrating let me pull up the account number please
C: [[ACCOUNT_NUMBER:{w(acct, 'zero')}]]
A: and to verify the last four of the account holder's social
C: [[SSN#~:{w(ssn[-4:], 'zero')}]]
A: thank you and the service address
C: [[ADDRESS:four forty one magnolia way decatur]] [[POSTCODE:{w(z, 'zero')}]]
A: thank you the old meter was faulty and was swapped on the ((date:second of march)) so your usage was estimated low until then
C: so what am i supposed to do pay ((price:eleven hundred)) at once
A: no you can spread it over the same number of months so that's ((count:eighteen)) payments of about ((price:sixty one dollars)) on top of your normal bill
C: that's better but i still want to dispute whether it's even right
A: you can i'll open a meter test request and the test fee is waived for disputes
C: fine and i'll pay this month's part now on my card
A: go ahead
C: [[CARD_NUMBER#c1:{w(b[0], 'zero')} {w(b[1], 'zero')}]] wait let me check that [[CARD_NUMBER#c1!:{w(b[1], 'zero')}]] yeah then [[CARD_NUMBER#c1:{w(b[2], 'zero')} {w(b[3], 'zero')}]]
A: expiration date
C: [[EXPIRY:{w(str(mo), 'zero')} {pr(yy(y), 'zero')}]]
A: and the security code
C: [[CVV:{w(cv, 'zero')}]]
A: and a number for the meter test appointment
C: [[PHONE:{w(ph[:3], 'zero')} {w(ph[4:7])} {w(ph[8:], 'zero')}]]
A: you're all set the meter test is booked and the payment plan starts with your next bill
"""


@case("asr")
def phone_arrears_australia(g):
    ph = g.au_phone("mob")
    alt = g.au_phone("land", "03")
    pc = g.au_pc("32")
    c = g.card("visa")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    dd, dm, dy = g.dob()
    return f"""
A: thanks for calling koala mobile collections it's [[NAME:shanelle]]
C: hi my phone's been cut off and i need it back on today i've got a job interview callback coming
A: let's sort it what's the mobile number that's been cut off
C: [[PHONE#p:{w(ph[:4])}]] uh [[PHONE#p:{hom(w(ph[5:8]) + ' ' + w(ph[9:]))}]]
A: and your name and date of birth
C: [[NAME:kylie wu]] [[DOB:{w(str(dd))} {w(str(dm))} {pr(str(dy))}]]
A: thanks [[NAME:kylie]] you're ((price:two hundred and forty six dollars)) behind across ((count:three)) bills
C: i can do ((price:a hundred)) today and the rest on payday
A: if you pay ((price:a hundred)) today i can reconnect you and set the rest for the ((date:twenty third))
C: yep card's [[CARD_NUMBER#c1:{dbl(b[0])} {dbl(b[1])}]] um [[CARD_NUMBER#c1:{dbl(b[2])}]] and [[CARD_NUMBER#c1:{dbl(b[3])}]]
A: expiry
C: [[EXPIRY:{w(mm(mo))} {w(yy(y))}]]
A: and the cvv
C: [[CVV:{w(cv)}]]
A: and a backup number in case we can't reach the mobile
C: my mum's landline [[PHONE:{w(alt)}]]
A: and the postcode for the account
C: [[POSTCODE:{w(pc)}]]
A: you'll be reconnected within ((duration:an hour)) good luck with the interview
"""


@case("transcript")
def parking_blue_badge_appeal(g):
    pcn = g.d(10)
    plate = "".join(g.pick("ABCDEFGHJKLMNPRSTVWY") for _ in range(2)) + g.d(2) + " " + \
        "".join(g.pick("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3))
    pc = g.uk_pc("CV3")
    return f"""
A: Citypark Appeals, [[NAME:Niall]] speaking.
C: I'm appealing a charge. I was in a disabled bay with my blue badge on display, and you've sent me a ((price:£100)) notice.
A: I'm sorry. What's the notice number?
C: PCN [[ACCOUNT_NUMBER:{pcn}]].
A: And the vehicle registration?
C: [[ACCOUNT_NUMBER:{plate}]].
A: Thank you. Name and address of the registered keeper?
C: [[NAME:Winifred Adebayo-Clarke]], [[ADDRESS:31 Kenilworth Drive, Coventry]], [[POSTCODE:{pc}]].
A: And an email so we can send you the outcome?
C: [[EMAIL:winnie.ac@outlook.com]].
A: Could you email a photo of both sides of the badge? We'll hold the charge for ((duration:28 days)) while it's reviewed.
C: The attendant, [[NAME:Dean]] it said on his badge, watched me put it on the dashboard at ((time:9:40)).
A: I'll add that to the notes. You should hear back within ((duration:two weeks)).
"""


@case("asr")
def bailiff_take_back_business_card(g):
    ref = g.d(9)
    pc = g.uk_pc("HU5")
    c1 = g.card("mc")
    c2 = g.card("visa")
    b1 = q4(c1)
    b2 = q4(c2)
    mo, y = g.exp()
    cv = g.cvv()
    return f"""
A: you're through to crownhill enforcement [[NAME:tariq]] speaking
C: hi i've got a notice of enforcement and i want it paid before anyone turns up
A: good what's the reference on the notice
C: [[ACCOUNT_NUMBER:{w(ref[:3])} {w(ref[3:6])} {w(ref[6:])}]]
A: and your name and postcode
C: [[NAME:hazel bright]] [[POSTCODE:{w(pc)}]]
A: thanks [[NAME:hazel]] it's ((price:three hundred and ten pounds)) including the ((price:seventy five pound)) compliance fee
C: okay card is [[CARD_NUMBER:{pr(b1[0])} {pr(b1[1])} {pr(b1[2])} {pr(b1[3])}]]
C: no don't use that one that's the business account use my personal one
A: no problem i haven't put it through go ahead
C: [[CARD_NUMBER#c2:{w(b2[0])} {w(b2[1])}]] um [[CARD_NUMBER#c2:{w(b2[2])}]] uh [[CARD_NUMBER#c2!:{w(b2[2])}]] sorry [[CARD_NUMBER#c2:{w(b2[3])}]]
A: so the card ends [[CARD_NUMBER#~:{w(b2[3])}]]
C: yes
A: expiry
C: [[EXPIRY:{w(mm(mo))} {pr(yy(y))}]]
A: and the security code
C: [[CVV:{w(cv)}]]
A: that's paid the case is closed and nobody will visit
C: can you email me that
A: what's the email
C: [[EMAIL:hazelbright seventy at hotmail dot co dot uk]]
"""


@case("asr")
def wine_club_fraud_old_and_new_card(g):
    old = g.card("visa")
    ob = q4(old)
    new = g.card("mc")
    nb = q4(new)
    rcpt = g.d(8)
    return f"""
A: vineyard club customer care [[NAME:lorcan]] speaking
C: hi i've been charged ((count:four)) times for a wine subscription i never signed up for
A: sorry to hear that can i take the card number so i can find the account
C: [[CARD_NUMBER#c1:{w(ob[0])} {w(ob[1])}]] uh [[CARD_NUMBER#c1:{w(ob[2])} {w(ob[3])}]]
A: thanks the subscription is under the name [[NAME:frank moreau]] with the email [[EMAIL:fmoreau dot cellar at gmx dot com]] is that you
C: no i'm [[NAME:yusuf adeyemi]] i've never heard of [[NAME:frank]]
A: then someone has used your card i've cancelled it and refunded all ((count:four)) boxes that's ((price:one hundred and ninety nine eighty)) in total
C: my bank's cancelled that card already i've got a new one [[CARD_NUMBER#c2~:{w(nb[0])} {w(nb[1])}]]
A: please don't read me the new one i don't need it the refund goes to the old card and the bank moves it across
C: oh okay
A: if the bank asks the refund receipt is ((other:{w(rcpt)}))
C: thanks [[NAME:lorcan]]
"""


@case("transcript")
def timeshare_loan_foreclosed_resort(g):
    ssn = g.ssn()
    z = g.zip5("299")
    return f"""
A: Coral Sands Resorts financing, this is [[NAME:Jerome]].
C: I'm calling about my timeshare loan. I stopped paying because the resort is in foreclosure and nobody can tell me whether I still own anything.
A: I understand. To discuss the loan I need to verify you. Full name and Social Security number?
C: [[NAME:Abigail Winterbourne]], [[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]].
A: Thank you. And your mailing address?
C: [[ADDRESS:66 Heron Point Road, Beaufort]], SC [[POSTCODE:{z}]].
A: Thank you, Ms. [[NAME:Winterbourne]]. The balance is ((price:$8,912.44)) and the loan is ((duration:90 days)) past due.
C: I want it in writing that the resort closed, and I want it reported as disputed on my credit.
A: I'll note the dispute today. What email should the letter go to?
C: [[EMAIL:abby.winterbourne@icloud.com]].
A: A specialist, [[NAME:Rochelle]], will contact you within ((duration:5 business days)). Late fees are paused until then.
C: Thank you. That's more than anyone's told me in ((duration:six months)).
"""


@case("asr")
def solar_panels_misselling(g):
    dd, dm, dy = g.dob()
    pc = g.uk_pc("SA2")
    return f"""
A: lumen home energy finance complaints [[NAME:owain]] speaking
C: hi i was sold solar panels by a salesman who swore they'd pay for themselves and the loan costs me more than i save
A: i'm sorry to hear that can i take your name
C: [[NAME:sunny chaudhry]]
A: and your date of birth
C: [[DOB:{ordw(dd)} {mon(dm)} {yr(dy)}]]
A: and the address where the panels are fitted
C: [[ADDRESS:fourteen larkspur close sketty]] [[POSTCODE:{w(pc)}]]
A: and an email so i can send you the complaint form
C: [[EMAIL:sunny dot c dot seventy at gmail dot com]]
A: thanks the salesman on the file is [[NAME:gavin pryce]] and his notes say the panels would save ((price:nine hundred pounds)) a year
C: they save about ((price:three hundred)) and the loan is ((price:ninety four pounds)) a month for ((duration:ten years))
A: i've logged it as a misrepresentation complaint we'll reply within ((duration:eight weeks)) and if you're not happy you can go to the ombudsman
C: okay
"""


@case("transcript")
def bnpl_returned_boots_australia(g):
    ph = g.au_phone("mob")
    pc = g.au_pc("20")
    return f"""
A: Splitroo support, [[NAME:Liam]] speaking.
C: Hi. I took a pair of boots back to the store ((duration:three weeks)) ago and you're still taking instalments.
A: Sorry about that. What's the email on your account?
C: [[EMAIL:amber.okonjo@bigpond.com]].
A: And your mobile?
C: [[PHONE:{ph}]].
A: Thanks, [[NAME:Amber]]. The order was ((price:$219.96)) in ((count:four)) payments of ((price:$54.99)), and the store hasn't processed the return yet.
C: I've got the return receipt. The guy who served me, [[NAME:Josh]], scanned the boots in front of me.
A: Then I'll pause the remaining payments for ((duration:21 days)) while we chase the store. Is your address still [[ADDRESS:5/22 Marine Parade, Coogee]]?
C: Yes, NSW [[POSTCODE:{pc}]].
A: Great. Once the return is confirmed, the ((price:$54.99)) you've already paid comes back to your card automatically.
C: Good. I'm not paying for boots I don't have.
"""


@case("transcript")
def dating_app_vip_tier_dispute(g):
    ph = g.us_phone("503")
    last4 = g.d(4)
    return f"""
A: Heartline Support, this is [[NAME:Carmen]].
C: Hi. My bank told me to contact you before they open a dispute. You charged me ((price:$119.99)) for a VIP tier I never chose.
A: I'm sorry. What's the email on the account?
C: [[EMAIL:wachebe.pdx@outlook.com]].
A: And the phone number?
C: [[PHONE:{ph[:3]}-{ph[4:7]}-{ph[8:]}]].
A: Thank you, Mr. [[NAME:Achebe]]. I see the upgrade on ((date:May 2)) at ((time:1:14am)).
C: I was asleep at ((time:one in the morning)). I didn't upgrade anything.
A: It was made from a device we haven't seen on your account before, so I'll refund it and log you out everywhere. It goes to the card ending [[CARD_NUMBER#~:{last4}]].
C: And if my bank still opens a chargeback?
A: Then you could be refunded twice, and the bank would take one back. It's simplest to tell them we've refunded.
C: OK. Please also change my password.
A: I've sent a reset link. Anything else, [[NAME:Wilfred]]?
C: No, thanks.
"""


@case("asr")
def store_card_payoff_restart(g):
    dd, dm, dy = g.dob()
    pc = g.uk_pc("E8")
    c = g.card("visa", fixed={12: "7"})
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    return f"""
A: hello you're through to marlowe's store card [[NAME:bethany]] speaking
C: hi i want to pay off my store card balance today with my debit card and close it
A: lovely can i take your name and date of birth
C: [[NAME:clement adjei]] [[DOB:{w(str(dd))} {mon(dm)} {yr(dy)}]]
A: and the address on the account
C: [[ADDRESS:two hundred and six kingsland high street]] [[POSTCODE:{w(pc)}]]
A: thanks [[NAME:clement]] the balance is ((price:three hundred and seventy two pounds nine)) go ahead with the debit card number
C: [[CARD_NUMBER#c1!:{w(b[0])} {w(b[1][:3])}]] hang on that's not right let me start again
C: [[CARD_NUMBER#c1:{w(b[0])} {hund(b[1])}]] uh [[CARD_NUMBER#c1:{w(b[2])}]] uh [[CARD_NUMBER#c1:{w(b[3])}]]
A: card ending [[CARD_NUMBER#~:{w(b[3])}]]
C: yes
A: expiry and the security code
C: [[EXPIRY:{w(str(mo))} {pr(yy(y))}]] and [[CVV:{w(cv)}]]
A: that's paid in full do you still want the account closed
C: yes please and no more catalogues
A: done the closure letter will come in ((duration:seven to ten days))
"""


@case("asr")
def car_warranty_uk_five_pieces(g):
    c = g.card("mc")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    pc = g.uk_pc("EX2")
    pol = g.d(9)
    return f"""
A: motorcare warranty renewals [[NAME:lindsay]] speaking
C: yeah you've been ringing me every day about renewing my warranty i'll renew if you stop ringing
A: sorry about the calls i'll take you off the list can i have your policy number
C: [[ACCOUNT_NUMBER:{w(pol)}]]
A: and your surname please
C: [[NAME:trelawney]] [[NAME:t r e l a w n e y]]
A: thanks and the postcode
C: [[POSTCODE:{w(pc)}]]
A: the renewal is ((price:three hundred and twenty nine pounds)) for ((duration:twelve months)) or ((count:ten)) payments of ((price:thirty two ninety)) with ((percentage:nine point nine percent)) apr
C: the one lump sum
A: card number please
C: [[CARD_NUMBER#c1:{w(b[0])}]] um [[CARD_NUMBER#c1:{w(b[1][:2])}]]
A: okay
C: [[CARD_NUMBER#c1:{w(b[1][2:])}]] sorry [[CARD_NUMBER#c1:{w(b[2])}]]
C: [[CARD_NUMBER#c1:{w(b[3][:2])}]] and [[CARD_NUMBER#c1:{w(b[3][2:])}]]
A: the last block was [[CARD_NUMBER#~:{w(b[3])}]]
C: yes
A: expires
C: [[EXPIRY:{w(mm(mo))} of {yr(y)}]]
A: and the three digits on the back
C: [[CVV:{w(cv)}]]
A: that's renewed and i've put a do not call on it
"""


@case("asr")
def sofa_interest_free_australia(g):
    dd, dm, dy = g.dob()
    ph = g.au_phone("land", "07")
    pc = g.au_pc("41")
    acct = g.d(10)
    return f"""
A: comfy couch co finance team [[NAME:jacinta]] speaking
C: hi i bought a modular on interest free and now i've got a statement with ((price:one hundred and twelve dollars)) interest on it
A: i'm sorry about that what's your account number
C: [[ACCOUNT_NUMBER:{w(acct)}]]
A: and your name and date of birth
C: [[NAME:harvey lam]] [[DOB:{ordw(dd)} of {mon(dm)} {yr(dy)}]]
A: thanks [[NAME:harvey]] the interest free period was ((duration:twenty four months)) and it ended on the ((date:seventh)) with ((price:eight hundred and forty dollars)) left so interest kicked in at ((percentage:twenty five point nine nine percent))
C: i set up payments that should have cleared it the store said so
A: the repayments you set were ((price:ninety dollars)) a month and you needed about ((price:one twenty)) a month to clear it in time
C: well no one told me
A: i can lodge a complaint and ask for the interest to be reversed what's the best number
C: [[PHONE:{w(ph)}]]
A: and the postal address for the letter
C: [[ADDRESS:nine ninety logan road mount gravatt]] [[POSTCODE:{w(pc)}]]
A: you'll hear within ((duration:twenty one days))
"""


@case("asr")
def holiday_club_amex_dispute_us(g):
    c = g.card("amex")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv(4)
    z = g.zip5("891")
    mem = g.d(8)
    return f"""
A: thank you for calling getaway circle this is [[NAME:dominic]]
C: hi i was charged ((price:three thousand nine hundred and ninety nine dollars)) for a membership at a presentation in vegas and i want out it was a total pressure job
A: i'm sorry you felt that way can i get your member number
C: [[ACCOUNT_NUMBER:{w(mem, 'zero')}]]
A: and your name
C: [[NAME:bianca ferrante]]
A: thanks [[NAME:bianca]] you signed on the ((date:eleventh)) so you're still inside the ((duration:five day)) rescission period
C: so i get all of it back
A: yes i need the card it was charged to so the refund matches
C: it's the amex [[CARD_NUMBER#c1:{w(b[0], 'zero')}]] um [[CARD_NUMBER#c1:{w(b[1], 'zero')}]] and [[CARD_NUMBER#c1:{w(b[2], 'zero')}]]
A: expiration date and the four digit code on the front
C: [[EXPIRY:{mon(mo)} {yr(y)}]] and [[CVV:{w(cv, 'zero')}]]
A: and the billing zip
C: [[POSTCODE:{w(z, 'zero')}]]
A: and an email for the cancellation letter
C: [[EMAIL:bianca ferrante at me dot com]]
A: done you'll see the credit in ((duration:seven to ten days)) and the letter within ((duration:a day))
C: and i don't want any calls from the sales guy [[NAME:rick]]
A: noted no calls
"""


@case("transcript")
def catalogue_debt_plan_leicester(g):
    ni = g.ni()
    pc = g.uk_pc("LE1")
    c = g.card("visa")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    ref = "AD" + g.d(7)
    return f"""
A: Ashby Debt Recovery, [[NAME:Keith]] speaking. This call is recorded.
C: Hi. I've had a letter about a catalogue debt of ((price:£1,127.60)). I want a payment plan before it goes anywhere near court.
A: We can do that. Your reference, please?
C: [[ACCOUNT_NUMBER:{ref}]].
A: And your name and National Insurance number?
C: [[NAME:Blessing Nwachukwu]], [[SSN:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]].
A: Thank you. And your address?
C: [[ADDRESS:Flat 12, Beaumont Court, 40 Regent Road, Leicester]], [[POSTCODE:{pc}]].
A: What can you afford each month?
C: ((price:£45)). Not a penny more; I've done a budget with a debt charity.
A: That's fine. At ((price:£45)) a month it's ((count:26)) payments. Would you like to make the first one today?
C: Yes. Card: [[CARD_NUMBER#c1:{b[0]} {b[1]} {b[2]} {b[3]}]], expiry [[EXPIRY:{mm(mo)}/{yy(y)}]], security code [[CVV:{cv}]].
A: Thank you. Could you repeat the middle two blocks? The line broke up.
C: [[CARD_NUMBER#c1!:{b[1]} {b[2]}]].
A: Thanks. That's the first ((price:£45)) paid, and the rest will be taken on the ((date:18th)) of each month.
C: And you'll stop the letters?
A: As long as the plan is kept, yes.
"""


@case("asr")
def glazing_variable_rate_ireland(g):
    ec = g.eircode("F91")
    c = g.card("mc")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    return f"""
A: good afternoon emerald glazing finance [[NAME:fionnuala]] speaking
C: hello i'm ringing about the windows ye fitted in march the repayments have gone up and nobody told me
A: i'm sorry to hear that can i have your name
C: [[NAME:pádraig ó súilleabháin]]
A: and the eircode of the house
C: [[POSTCODE:{w(ec, 'o')}]]
A: and the email address on the account
C: [[EMAIL:padraig dot osullivan at gmail dot com]]
A: thank you the rate on your loan is variable and it went from ((percentage:seven point nine)) to ((percentage:nine point four percent)) in ((date:june))
C: variable nobody said variable to me the fella who sold it [[NAME:tadhg]] said fixed
A: i'll raise a complaint about the sale and ask for the rise to be paused but there's ((price:one hundred and sixty euro)) in arrears since then
C: i'll pay that now to keep it clean card's [[CARD_NUMBER#c1:{w(b[0], 'o')} {w(b[1], 'o')}]] uh [[CARD_NUMBER#c1:{w(b[2], 'o')} {w(b[3], 'o')}]]
A: expiry
C: [[EXPIRY:{w(mm(mo), 'o')} {w(yy(y), 'o')}]]
A: and the three digit code on the back
C: [[CVV:{w(cv, 'o')}]]
A: that's the ((price:one hundred and sixty euro)) paid and the complaint's logged you'll get an email today
"""


@case("asr")
def craft_seller_payout_indian_english(g):
    ph = g.uk_mobile()
    sc = g.sort_code()
    acct = g.d(8)
    return f"""
A: hello crafthub seller help desk [[NAME:sophie]] speaking
C: hello madam this is [[NAME:harpreet kaur]] from leicester i sell handmade suits on your website and my payouts are stopped for ((duration:two weeks)) now
A: i'm sorry about that can you confirm the phone number on the shop
C: [[PHONE:{dbl(ph.replace(' ', ''))}]]
A: thanks the payouts were stopped because the bank account failed a name check can you give me the sort code and account number again
C: sort code is [[ACCOUNT_NUMBER:{pr(sc.replace('-', ''))}]] and account number is [[ACCOUNT_NUMBER:{dbl(acct)}]]
A: and the name exactly as the bank has it
C: [[NAME:harpreet kaur sandhu]] [[NAME:sandhu]] is my married name
A: that's the difference the shop is just [[NAME:harpreet kaur]] so i've added [[NAME:sandhu]] and the check has passed
C: oh thank god so when will i get the money
A: your pending ((price:one thousand two hundred and forty pounds)) goes out on ((date:friday))
C: very good for me that is almost ((price:one lakh thirty thousand rupees)) you know it's a lot
A: i understand i'm sorry for the wait
"""


@case("transcript")
def energy_catchup_bill_queensland(g):
    acct = g.d(10)
    pc = g.au_pc("42")
    ph = g.au_phone("land", "07")
    return f"""
A: Coastline Energy, [[NAME:Bree]] speaking.
C: Hi, I've received a catch-up bill for ((price:$1,312.80)) after ((duration:14 months)) of estimates. I rent, and I only moved in ((duration:10 months)) ago.
A: Let me look. Account number?
C: [[ACCOUNT_NUMBER:{acct}]].
A: And your name and the supply address?
C: [[NAME:Tomás Rinaldi]], [[ADDRESS:3/47 Orchid Avenue, Surfers Paradise]] QLD [[POSTCODE:{pc}]].
A: Thanks, [[NAME:Tomás]]. You're right: your account started on the ((date:3rd of August)), so the first ((duration:four months)) belong to the previous tenant. I'll rebill from your start date.
C: What will it be then?
A: About ((price:$936)). And because the estimates were our fault, we can only back-bill ((duration:nine months)), so it comes to ((price:$842.10)).
C: Can you email me that?
A: Of course. What's the address?
C: [[EMAIL:t.rinaldi.gc@gmail.com]].
A: And a number in case billing has questions?
C: [[PHONE:{ph}]].
A: Done. The revised bill will reach you within ((duration:5 business days)).
"""


@case("asr")
def college_fee_father_pays(g):
    dd, dm, dy = g.dob(2003, 2005)
    c = g.card("visa", fixed={4: "66"})
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    return f"""
A: good morning oakridge online college fees team [[NAME:rebecca]] speaking
C: good morning i am calling for my son's course fee he is doing the a level maths with you
A: i can help with that but i'll need to speak to the student first or have his permission on the account
C: he is here only one minute [[NAME:rohan]] come come
C: hello i'm [[NAME:rohan mehta]] my dad's sorting the payment
A: thanks [[NAME:rohan]] can you confirm your date of birth
C: [[DOB:{ordw(dd)} {mon(dm)} {yr(dy)}]]
A: thank you i'll add your dad as an authorised payer what's his full name
C: [[NAME:suresh mehta]]
C: hello madam so the fee is ((price:eight hundred and fifty pounds)) no
A: that's right it can be paid in ((count:three)) parts if you like
C: no no i will pay full one shot the card is [[CARD_NUMBER#c1:{dbl(b[0])} {dbl(b[1])}]] then [[CARD_NUMBER#c1:{dbl(b[2])} {dbl(b[3])}]]
A: and the expiry
C: [[EXPIRY:{w(mm(mo))} {w(yy(y))}]]
A: and the cvv please
C: [[CVV:{w(cv)}]]
A: that's paid in full thank you mister [[NAME:mehta]]
"""


@case("transcript")
def fallen_tree_claim_washington(g):
    z = g.zip5("985")
    ph = g.us_phone("360")
    clm = "EM-" + g.d(7)
    return f"""
A: Evergreen Mutual claims, this is [[NAME:Sadie]].
C: Hi. A tree came down on my garage in the storm on the ((date:9th)), and my adjuster hasn't called me back in ((duration:three weeks)).
A: I'm sorry. What's the claim number?
C: [[ACCOUNT_NUMBER:{clm}]].
A: And the property address?
C: [[ADDRESS:2207 Birchwood Lane, Olympia]], WA [[POSTCODE:{z}]].
A: And your name?
C: [[NAME:Hunter Halvorsen]].
A: Thanks, Mr. [[NAME:Halvorsen]]. Your adjuster is [[NAME:Glenn Park]].
C: That's him. He said ((duration:48 hours)), and that was on the ((date:12th)).
A: He's been moved onto the hail claims. I'll escalate this to his supervisor now. Best phone and email for you?
C: [[PHONE:{ph[:3]}-{ph[4:7]}-{ph[8:]}]], and [[EMAIL:hunter.halvorsen@comcast.net]].
A: You'll get a call by ((time:5pm)) tomorrow.
C: And the tarp I bought, ((price:$89))?
A: Keep the receipt; it's covered under emergency repairs.
"""


@case("asr")
def airline_delay_compensation_uk(g):
    ref = "".join(g.pick("bcdfghjklmnpqrstvwxz") for _ in range(2)) + g.d(1) + "".join(g.pick("bcdfghjklmnpqrstvwxz") for _ in range(2)) + g.d(1)
    c = g.card("mc2")
    b = q4(c)
    mo, y = g.exp()
    old4 = g.d(4)
    return f"""
A: skylark airways customer relations [[NAME:imogen]] speaking
C: hi our flight ((flight_number:s k four eight two)) was delayed ((duration:five hours)) and you've refused my compensation saying it was weather and it was a lovely clear day
A: i'm sorry can i have the booking reference
C: [[ACCOUNT_NUMBER:{nato(ref)}]]
A: and the lead passenger
C: [[NAME:oluwaseun bakare]]
A: thank you i've looked at the log and the delay was down to a crew shortage not weather so you're owed ((price:three hundred and fifty pounds)) per passenger
C: there's ((count:two)) of us me and my wife [[NAME:temi]]
A: so ((price:seven hundred pounds)) what email should the confirmation go to
C: [[EMAIL:seun bakare at outlook dot com]]
A: and the payment will go to the card used for the booking ending [[CARD_NUMBER#~:{w(old4)}]]
C: that one's expired use my new one [[CARD_NUMBER#c1:{w(b[0])} {w(b[1])} {pr(b[2])}]] uh [[CARD_NUMBER#c1:{pr(b[3])}]] expires [[EXPIRY:{mon(mo)} {yr(y)}]]
A: got it sorry again it should never have been rejected
"""


@case("transcript")
def phone_arrears_montreal(g):
    ph = g.us_phone("514")
    pc = g.ca_pc("H2X")
    c = g.card("visa")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    return f"""
A: Northwind Mobile, this is [[NAME:Émilie]].
C: Hi. I'm ((duration:two months)) behind because my hours got cut. I need an arrangement before you suspend my line.
A: I can help. What's the mobile number?
C: [[PHONE:{ph[:3]}-{ph[4:7]}-{ph[8:]}]].
A: And the account holder's name?
C: [[NAME:Gurpreet Dhaliwal]].
A: And the postal code on the account?
C: [[POSTCODE:{pc}]].
A: Thank you. The balance is ((price:$186.40)), which includes the device payment for the ((model_number:SM-A546W)). I can spread the overdue part over ((count:three)) bills.
C: Please. And could I drop to the ((quantity:10 GB)) plan? I don't need ((quantity:40 GB)).
A: Yes, that saves ((price:$15)) a month from the next cycle. Would you like to pay something today as well?
C: ((price:$60)). Card number is [[CARD_NUMBER#c1:{b[0]} {b[1]}]]... one second, my son's shouting... [[CARD_NUMBER#c1:{b[2]} {b[3]}]].
A: Expiry and CVV?
C: [[EXPIRY:{mm(mo)}/{yy(y)}]], [[CVV:{cv}]].
A: Paid. The confirmation goes to the email on file, [[EMAIL:g.dhaliwal@videotron.ca]]. Is that still right?
C: Yes, that's me.
"""


@case("transcript")
def gym_relocation_release_ireland(g):
    ec = g.eircode("D08")
    ec2 = g.eircode("T23")
    iban = "IE" + g.d(2) + " AIBK " + g.d(4) + " " + g.d(4) + " " + g.d(4) + " " + g.d(2)
    mem = "LL-" + g.d(6)
    return f"""
A: Liffey Leisure Clubs, [[NAME:Órla]] speaking.
C: Hi, I'm in a ((duration:12-month)) contract and I've just been told I'm being moved to Cork for work. Can I get out of it?
A: A move of more than ((quantity:30 km)) from any of our clubs counts. Can I have your member number?
C: [[ACCOUNT_NUMBER:{mem}]].
A: And your name and Eircode?
C: [[NAME:Dermot Fitzgerald]], [[POSTCODE:{ec}]].
A: Thanks, [[NAME:Dermot]]. Once we have proof of the new address, the contract ends at the end of the month. What's the new address?
C: [[ADDRESS:14 Lower Glanmire Road, Cork]], [[POSTCODE:{ec2}]]. I start on the ((date:1st of March)).
A: Perfect. We also refund the unused part of your joining fee, ((price:€40)). Which account should it go to?
C: My IBAN is [[ACCOUNT_NUMBER:{iban}]].
A: And an email for the release letter?
C: [[EMAIL:dermotfitz@gmail.com]].
A: Done. Send the tenancy agreement or a letter from your employer, and you'll have the release within ((duration:48 hours)).
"""


@case("asr")
def festival_cancelled_refund_australia(g):
    order = g.d(9)
    c = g.card("mc")
    b = q4(c)
    wrong = g.d(4)
    mo, y = g.exp()
    pc = g.au_pc("28")
    return f"""
A: ticketflip australia [[NAME:brooke]] speaking
C: hi the festival got called off because of the heat and your site says refunds go to the original card but that card doesn't exist anymore
A: no worries what's the order number
C: [[ACCOUNT_NUMBER:{w(order[:3])} {w(order[3:6])} {w(order[6:])}]]
A: and your name
C: [[NAME:rhys tangaroa]]
A: thanks [[NAME:rhys]] that's ((count:three)) general admission tickets ((price:four hundred and forty seven dollars)) in total
C: yeah so here's the new card [[CARD_NUMBER#c1:{w(b[0])}]] um [[CARD_NUMBER#c1!:{w(wrong)}]] no sorry that's wrong [[CARD_NUMBER#c1:{w(b[1])}]]
A: okay so the second group is [[CARD_NUMBER#~:{w(b[1])}]]
C: yep then [[CARD_NUMBER#c1:{w(b[2])}]] then [[CARD_NUMBER#c1:{w(b[3])}]]
A: and the expiry
C: [[EXPIRY:{w(mm(mo))} {w(yy(y))}]]
A: and the postcode the card's registered to
C: [[POSTCODE:{w(pc)}]]
A: done you'll see it in ((duration:five to ten business days))
C: sweet thanks
"""


@case("asr")
def beauty_box_wrong_address_us(g):
    z = g.zip5("972")
    last4 = g.d(4)
    return f"""
A: hi thanks for calling glowbox this is [[NAME:jasmine]]
C: hi i need to cancel and i want a refund for this month because i never got the box
A: oh no that's not great what email is the account under
C: [[EMAIL:daisy underscore b underscore rae at gmail dot com]]
A: and your zip code
C: [[POSTCODE:{w(z, 'zero')}]]
A: thanks [[NAME:daisy]] the box shipped on the ((date:third)) and tracking shows it went to [[ADDRESS:eleven twelve pine hollow trail]] is that you
C: no i moved out of there in ((date:march)) and i updated it on the app
A: i see the update went in after the box had shipped so i'll refund the ((price:twenty eight dollars)) and cancel
C: and it goes back to the card ending [[CARD_NUMBER#~:{w(last4, 'zero')}]] right
A: yes that's the one on file
C: okay thanks
"""


@case("asr")
def payday_ach_revocation_us(g):
    ssn = g.ssn()
    routing = g.d(9)
    acct = g.d(11)
    ph = g.us_phone("901")
    dd, dm, dy = g.dob()
    return f"""
A: quickfund direct this is [[NAME:jalen]] how can i help
C: i want to revoke your authorization to take money from my checking account you've tried ((count:three)) times this week and two of them bounced
A: i understand can i verify the last four of your social
C: [[SSN#~:{w(ssn[-4:], 'zero')}]]
A: and your name and date of birth
C: [[NAME:tamika washington-reyes]] [[DOB:{w(mm(dm), 'zero')} {w('%02d' % dd, 'zero')} {pr(str(dy))}]]
A: thank you and which account do you want to stop
C: routing [[ACCOUNT_NUMBER:{w(routing, 'zero')}]] account [[ACCOUNT_NUMBER#a:{w(acct[:6], 'zero')}]] hold on [[ACCOUNT_NUMBER#a:{w(acct[6:], 'zero')}]]
A: okay the authorization is revoked no more debits will be attempted but the balance of ((price:four hundred and sixty dollars)) is still owed
C: i know and i'll call back when i've been paid but each bounce costs me ((price:thirty five dollars)) from my bank
A: i've also waived our ((price:fifteen dollar)) returned payment fee what number should we call you on
C: [[PHONE:{w(ph[:3], 'zero')} {w(ph[4:7])} {w(ph[8:], 'zero')}]]
A: got it you'll get a letter confirming the revocation
"""


@case("asr")
def ivr_bnpl_misheard_card(g):
    ph = g.uk_mobile()
    c = g.card("visa")
    b = q4(c)
    heard = g.d(4)
    mo, y = g.exp()
    cv = g.cvv()
    otp = g.d(6)
    return f"""
I: welcome to paylo automated payments please say the mobile number linked to your account
C: [[PHONE:{w(ph)}]]
I: we've sent a code to that number please say the code
C: ((other:{w(otp)}))
I: you have ((count:two)) overdue instalments totalling ((price:sixty one pounds twenty)) to pay now say pay now or to speak to someone say agent
C: pay now
I: please say your card number
C: [[CARD_NUMBER:{w(b[0])} {w(b[1])} {w(b[2])} {w(b[3])}]]
I: i heard a card ending in [[CARD_NUMBER#~:{w(heard)}]] if that's correct say yes
C: no
I: please say your card number again slowly
C: [[CARD_NUMBER#c2:{w(b[0])}]] uh [[CARD_NUMBER#c2:{w(b[1])}]] uh [[CARD_NUMBER#c2:{w(b[2])}]] uh [[CARD_NUMBER#c2:{w(b[3])}]]
I: i now have a card ending in [[CARD_NUMBER#~:{w(b[3])}]] is that correct
C: yes
I: please say the expiry date
C: [[EXPIRY:{w(mm(mo))} {w(yy(y))}]]
I: please say the three digit security code
C: [[CVV:{w(cv)}]]
I: thank you ((price:sixty one pounds twenty)) has been paid your account is now up to date goodbye
"""


@case("transcript")
def sheriff_officers_council_tax(g):
    ref = g.d(8)
    dd, dm, dy = g.dob()
    pc = g.uk_pc("G11")
    c = g.card("mc")
    b = q4(c)
    mo, y = g.exp()
    cv = g.cvv()
    return f"""
A: Clydeside Sheriff Officers, [[NAME:Fraser]] speaking.
C: You've left a charge for payment at my door for council tax arrears. I didn't even know I owed anything.
A: I'm sorry. Can I have the reference on the charge?
C: [[ACCOUNT_NUMBER:{ref}]].
A: And your name and date of birth?
C: [[NAME:Morag Fairbairn]], [[DOB:{dd:02d}/{dm:02d}/{dy}]].
A: And the address?
C: [[ADDRESS:2/1, 58 Dumbarton Road, Glasgow]], [[POSTCODE:{pc}]].
A: Thank you. The arrears are from ((year:2022)) to ((year:2023)), ((price:£1,406.22)) including the ((percentage:10%)) statutory addition.
C: I was on a council tax reduction then. Someone's made a mistake.
A: Then ask the council to review it; we can hold any action for ((duration:14 days)) while they do. Do you want to pay anything today?
C: ((price:£100)), to show good faith. Card number [[CARD_NUMBER:{b[0]} {b[1]} {b[2]} {b[3]}]], expiry [[EXPIRY:{mm(mo)}/{yy(y)}]], CVV [[CVV:{cv}]].
A: Thank you, Ms [[NAME:Fairbairn]]. That's ((price:£100)) paid, and I've put the hold on until the ((date:24th)).
"""


# ---------------------------------------------------------------- build

def build():
    g = Gen(35)
    errors = []
    cases = []
    for idx, (fn, style) in enumerate(CASES, 1):
        cid = "t35-%03d" % idx
        block = fn(g)
        utts, spans = [], []
        auto = [0]
        for raw in block.strip("\n").split("\n"):
            raw = raw.strip()
            if not raw:
                continue
            m = re.match(r"([ACI]): (.*)$", raw)
            if not m:
                errors.append("%s (%s): bad line %r" % (cid, fn.__name__, raw))
                continue
            where = "%s (%s) u%d" % (cid, fn.__name__, len(utts))
            text, sp = parse_line(m.group(2), len(utts), errors, where, auto)
            utts.append({"speaker": SPEAKERS[m.group(1)], "text": text})
            spans.extend(sp)
        spans.sort(key=lambda s: (s.utt, s.start))
        names = {}
        for s in spans:
            if s.is_pii and s.tag not in names:
                names[s.tag] = "g%d" % (len(names) + 1)
            if s.is_pii:
                s.group = names[s.tag]
        cases.append({"case_id": cid, "fn": fn.__name__, "style": style,
                      "utterances": utts, "spans": spans})
    return cases, errors


def to_json(c):
    pii = [{"utterance": s.utt, "start": s.start, "end": s.end, "type": s.label,
            "group": s.group} for s in c["spans"] if s.is_pii]
    keep = [{"utterance": s.utt, "start": s.start, "end": s.end, "kind": s.label}
            for s in c["spans"] if not s.is_pii]
    return json.dumps({"case_id": c["case_id"], "style": c["style"],
                       "utterances": c["utterances"], "pii": pii, "keep": keep},
                      ensure_ascii=False)


# ---------------------------------------------------------------- validate

TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "sir", "madam", "doctor",
          "mx", "prof", "professor", "dame", "lord", "lady"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "close", "crescent", "way", "court", "ct", "place", "pl", "terrace", "grove",
                "gardens", "parade", "row", "hill", "boulevard", "blvd", "square", "mews",
                "park", "view", "walk", "rise", "green", "circle", "highway", "trail", "wynd",
                "vale", "quay", "esplanade", "parkway", "heights", "lawn", "brae", "hollow",
                "loop", "pike", "crossing", "promenade", "cove", "glen", "meadows", "wharf",
                "broadway", "chase", "drove", "yard", "clos", "heol"}
FLAT_WORDS = {"flat", "unit", "apartment", "apt", "suite", "apartamento", "number"}
POSTCODE_RES = [
    re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$"),                                # UK
    re.compile(r"^([AC-FHKNPRTV-Y]\d{2}|D6W)[AC-FHKNPRTV-Y0-9]{4}$"),               # Eircode
    re.compile(r"^\d{5}(\d{4})?$"),                                                 # ZIP
    re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d$"),  # Canada
    re.compile(r"^\d{4}$"),                                                         # Australia
]
PHONE_RES = [
    re.compile(r"^07700900\d{3}$"), re.compile(r"^02079460\d{3}$"),
    re.compile(r"^0(161|113|117)4960\d{3}$"), re.compile(r"^[2-9]\d{2}55501\d{2}$"),
    re.compile(r"^0[2378]5550\d{4}$"), re.compile(r"^0491570\d{3}$"),
]
WORDCH = re.compile(r"[0-9A-Za-zÀ-ÿ]")


def card_prefix_ok(d):
    if len(d) == 15:
        return d[:2] in ("34", "37")
    if len(d) != 16:
        return False
    if d[0] == "4":
        return True
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return True
    return d.startswith("6011") or d.startswith("65")


def phone_ok(d):
    if d.startswith("44") and len(d) == 12:
        d = "0" + d[2:]
    if d.startswith("61") and len(d) == 11:
        d = "0" + d[2:]
    if d.startswith("1") and len(d) == 11:
        d = d[1:]
    return any(r.match(d) for r in PHONE_RES)


def ssn_ok(v):
    if re.fullmatch(r"\d{9}", v):
        a, g_, s = int(v[:3]), int(v[3:5]), int(v[5:])
        return 1 <= a <= 665 and 1 <= g_ <= 99 and 1 <= s <= 9999
    if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v):
        return v[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
    if re.fullmatch(r"\d{7}[A-W][A-IW]?", v):
        return True
    return False


def expiry_ok(text):
    low = text.lower()
    toks = re.split(r"[\s/\-.,]+", low)
    if any(t in MONTHS or t[:3] in [m[:3] for m in MONTHS] and t.isalpha() for t in toks):
        return True
    d = digits_of(text)
    if len(d) in (3, 5):
        m = int(d[0])
    elif len(d) in (4, 6):
        m = int(d[:2])
    else:
        return False
    return 1 <= m <= 12


def email_ok(text, style):
    if "@" in text:
        return re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", text) is not None
    return " at " in text and " dot " in text


def address_ok(text):
    toks = [t for t in re.split(r"[\s,]+", text.lower()) if t]
    if not toks:
        return False
    has_street = any(t.strip(".") in STREET_WORDS for t in toks)

    def numlike(t):
        return bool(re.search(r"\d", t)) or t in DIGIT_WORD or t in TEEN_WORD or t in TENS_WORD
    starts = numlike(toks[0]) or toks[0] in FLAT_WORDS
    if not starts:
        # a house name before a numbered street
        starts = any(numlike(t) for t in toks[1:])
    return has_street and starts


def street_of(text):
    toks = [t.strip(".") for t in re.split(r"[\s,]+", text.lower()) if t]
    out = []
    started = False
    for t in toks:
        if re.search(r"\d", t) or t in DIGIT_WORD or t in TEEN_WORD or t in TENS_WORD or t in FLAT_WORDS:
            if started:
                out = []
            started = True
            continue
        if t in ("hundred", "double", "and", "a", "b", "c", "d"):
            continue
        out.append(t)
        if t in STREET_WORDS:
            return " ".join(out)
    return " ".join(out)


def name_tokens(text):
    return [t for t in re.split(r"[^a-zà-ÿ']+", text.lower()) if t]


def norm_tok(t):
    t = t.strip("'")
    if t.endswith("'s"):
        t = t[:-2]
    return t


def validate(cases):
    errors = []
    seen_utts = {}
    seen_emails = {}
    seen_streets = {}

    for c in cases:
        cid = "%s (%s)" % (c["case_id"], c["fn"])
        utts = c["utterances"]
        spans = c["spans"]
        if len(utts) < 2:
            errors.append("%s: fewer than two utterances" % cid)
        # per-span checks
        by_utt = {}
        for s in spans:
            by_utt.setdefault(s.utt, []).append(s)
            text = utts[s.utt]["text"]
            body = text[s.start:s.end]
            where = "%s u%d %s %r" % (cid, s.utt, s.label, body)
            if not (0 <= s.start < s.end <= len(text)):
                errors.append("%s: bad offsets" % where)
                continue
            first_ok = WORDCH.match(body[0]) or (not s.is_pii and body[0] in "£$€")
            last_ok = WORDCH.match(body[-1]) or (not s.is_pii and body[-1] == "%")
            if body != body.strip() or not first_ok or not last_ok:
                errors.append("%s: leading/trailing space or punctuation" % where)
            if s.start > 0 and WORDCH.match(text[s.start - 1]) and WORDCH.match(text[s.start]):
                errors.append("%s: starts inside a word" % where)
            if s.end < len(text) and WORDCH.match(text[s.end]) and WORDCH.match(text[s.end - 1]):
                errors.append("%s: ends inside a word" % where)
        for u, sp in by_utt.items():
            sp = sorted(sp, key=lambda s: s.start)
            text = utts[u]["text"]
            for a, b in zip(sp, sp[1:]):
                if b.start < a.end:
                    errors.append("%s u%d: overlapping spans %s/%s" % (cid, u, a.label, b.label))
                elif a.is_pii and b.is_pii and a.label == b.label and a.tag != b.tag and \
                        text[a.end:b.start].strip() in ("uh", "um", "er", "erm"):
                    errors.append("%s u%d: two %s values with only a filler between (one value?): %r %r"
                                  % (cid, u, a.label, text[a.start:a.end], text[b.start:b.end]))
                elif a.is_pii and b.is_pii and a.tag == b.tag and not text[a.end:b.start].strip():
                    errors.append("%s u%d: pieces of one value with only a space between: %r %r"
                                  % (cid, u, text[a.start:a.end], text[b.start:b.end]))

        # style
        for i, u in enumerate(utts):
            t = u["text"]
            if c["style"] == "asr":
                if t != t.lower():
                    errors.append("%s u%d: capitals in asr: %r" % (cid, i, t))
                if re.search(r"[.,?!;:\"@/()\u2019\u201c\u201d]", t):
                    errors.append("%s u%d: punctuation or @ in asr: %r" % (cid, i, t))
            if t != t.strip() or "  " in t:
                errors.append("%s u%d: stray spaces %r" % (cid, i, t))

        # digits and digit-word runs outside spans
        for i, u in enumerate(utts):
            t = list(u["text"])
            for s in by_utt.get(i, []):
                for k in range(s.start, s.end):
                    t[k] = " "
            masked = "".join(t)
            if re.search(r"\d", masked):
                errors.append("%s u%d: digit outside a span: %r" % (cid, i, masked))
            letters = 0
            for tok in masked.lower().split():
                tok = tok.strip(".,?!;:\"()")
                if not tok:
                    continue
                letters = letters + 1 if len(tok) == 1 and tok.isalpha() else 0
                if letters >= 3:
                    errors.append("%s u%d: letters spelled outside spans: %r" % (cid, i, masked))
                    break
            run = 0
            for tok in re.split(r"[^a-z\-]+", masked.lower()):
                if not tok:
                    continue
                if tok in RUN_WORDS or tok in ("double", "triple", "treble"):
                    run += 1
                    if run >= 4:
                        errors.append("%s u%d: four digit words outside spans: %r" % (cid, i, masked))
                        break
                else:
                    run = 0

        # groups
        groups = {}
        for s in spans:
            if s.is_pii:
                groups.setdefault(s.group, []).append(s)
        for gname, members in groups.items():
            types = {s.label for s in members}
            if len(types) != 1:
                errors.append("%s %s: mixed types %s" % (cid, gname, types))
                continue
            typ = members[0].label
            counted = [s for s in members if "!" not in s.flags]
            partial = any("~" in s.flags for s in members)
            texts = [utts[s.utt]["text"][s.start:s.end] for s in counted]
            joined = " ".join(texts)
            where = "%s %s %s %r" % (cid, gname, typ, joined)
            strict_types = ("CARD_NUMBER", "CVV", "SSN", "PHONE", "POSTCODE")
            val = ""
            if typ in strict_types:
                try:
                    val = read_value(joined, strict=True, homophones=True)
                except ReadError as e:
                    errors.append("%s: %s" % (where, e))
                    continue
                for s in members:
                    try:
                        read_value(utts[s.utt]["text"][s.start:s.end], strict=True)
                    except ReadError as e:
                        errors.append("%s: piece: %s" % (where, e))
            if typ == "CARD_NUMBER":
                if not val.isdigit():
                    errors.append("%s: not digits (%s)" % (where, val))
                elif partial:
                    if not 3 <= len(val) <= 8:
                        errors.append("%s: partial card block of %d digits" % (where, len(val)))
                else:
                    if not card_prefix_ok(val) or not luhn_ok(val):
                        errors.append("%s: card %s fails prefix/length/Luhn" % (where, val))
            elif typ == "CVV":
                if not re.fullmatch(r"\d{3,4}", val):
                    errors.append("%s: CVV %s" % (where, val))
            elif typ == "EXPIRY":
                if not expiry_ok(joined):
                    errors.append("%s: expiry month" % where)
            elif typ == "SSN":
                if partial:
                    if not re.fullmatch(r"\d{4}", val):
                        errors.append("%s: last four %s" % (where, val))
                elif not ssn_ok(val):
                    errors.append("%s: SSN/NI/PPS shape %s" % (where, val))
            elif typ == "PHONE":
                if partial:
                    if not re.fullmatch(r"\d{4}", val):
                        errors.append("%s: phone last four %s" % (where, val))
                elif not phone_ok(val):
                    errors.append("%s: phone %s not in a fictional range" % (where, val))
            elif typ == "POSTCODE":
                if not any(r.match(val) for r in POSTCODE_RES):
                    errors.append("%s: postcode shape %s" % (where, val))
            elif typ == "EMAIL":
                if not email_ok(joined, c["style"]):
                    errors.append("%s: e-mail shape" % where)
                key = re.sub(r"\s+", " ", joined.lower())
                if key in seen_emails and seen_emails[key] != c["case_id"]:
                    errors.append("%s: e-mail reused from %s" % (where, seen_emails[key]))
                seen_emails.setdefault(key, c["case_id"])
            elif typ == "ADDRESS":
                if not address_ok(joined):
                    errors.append("%s: address shape" % where)
                st = street_of(joined)
                if st in seen_streets and seen_streets[st] != c["case_id"]:
                    errors.append("%s: street %r reused from %s" % (where, st, seen_streets[st]))
                seen_streets.setdefault(st, c["case_id"])
            elif typ == "NAME":
                for s in members:
                    body = utts[s.utt]["text"][s.start:s.end]
                    if re.search(r"\d", body):
                        errors.append("%s: digit in a name" % where)
                    if any(norm_tok(t) in TITLES for t in name_tokens(body)):
                        errors.append("%s: title in a name" % where)
            elif typ == "DOB":
                low = joined.lower()
                if not (re.search(r"\d", low) or any(m in low for m in MONTHS) or digits_of(low)):
                    errors.append("%s: DOB without a date" % where)
            elif typ == "ACCOUNT_NUMBER":
                if not digits_of(joined):
                    errors.append("%s: account number without digits" % where)

        # keeps: Luhn and pii digits
        for s in spans:
            if s.is_pii:
                continue
            text = utts[s.utt]["text"]
            kd = digits_of(text[s.start:s.end])
            if 13 <= len(kd) <= 19 and luhn_ok(kd):
                errors.append("%s u%d: look-alike %s passes Luhn" % (cid, s.utt, kd))
            if len(kd) >= 4:
                for p in by_utt.get(s.utt, []):
                    if p.is_pii:
                        pd = digits_of(text[p.start:p.end])
                        if len(pd) >= 4 and pd in kd:
                            errors.append("%s u%d: look-alike holds pii digits %s" % (cid, s.utt, pd))

        # name words left unlabelled
        name_words = set()
        for s in spans:
            if s.is_pii and s.label == "NAME":
                for t in name_tokens(utts[s.utt]["text"][s.start:s.end]):
                    t = norm_tok(t)
                    if len(t) >= 2:
                        name_words.add(t)
        for i, u in enumerate(utts):
            t = list(u["text"])
            for s in by_utt.get(i, []):
                if s.is_pii:
                    for k in range(s.start, s.end):
                        t[k] = " "
            for tok in name_tokens("".join(t)):
                if norm_tok(tok) in name_words:
                    errors.append("%s u%d: name word %r left unlabelled" % (cid, i, tok))

        # long utterances repeated across cases (span contents masked)
        for i, u in enumerate(utts):
            t = list(u["text"])
            for s in sorted(by_utt.get(i, []), key=lambda s: -s.start):
                t[s.start:s.end] = list("<%s>" % s.label)
            key = " ".join(re.sub(r"[^\w<>' ]", " ", "".join(t).lower()).split())
            if len(key.split()) >= 9:
                if key in seen_utts and seen_utts[key] != c["case_id"]:
                    errors.append("%s u%d: utterance repeated from %s: %r" % (cid, i, seen_utts[key], key))
                seen_utts.setdefault(key, c["case_id"])
    return errors


def counts(cases):
    pii = {t: 0 for t in PII_TYPES}
    keep = {k: 0 for k in KEEP_KINDS}
    n_utt = n_plain = n_asr = 0
    ivr = 0
    for c in cases:
        pii_utts = set()
        for s in c["spans"]:
            if s.is_pii:
                pii[s.label] += 1
                pii_utts.add(s.utt)
            else:
                keep[s.label] += 1
        n_utt += len(c["utterances"])
        n_plain += len(c["utterances"]) - len(pii_utts)
        if c["style"] == "asr":
            n_asr += len(c["utterances"])
        if any(u["speaker"] == "ivr" for u in c["utterances"]):
            ivr += 1
    return {"pii": pii, "keep": keep, "cases": len(cases), "utterances": n_utt,
            "plain": n_plain, "asr_utts": n_asr, "ivr_cases": ivr}


def minimum_errors(k):
    errors = []
    for t, n in MINIMUMS.items():
        if k["pii"][t] < n:
            errors.append("minimum: %s %d < %d" % (t, k["pii"][t], n))
    if k["cases"] < MIN_CASES:
        errors.append("minimum: cases %d < %d" % (k["cases"], MIN_CASES))
    if k["utterances"] < MIN_UTTS:
        errors.append("minimum: utterances %d < %d" % (k["utterances"], MIN_UTTS))
    if k["plain"] < MIN_PLAIN_UTTS:
        errors.append("minimum: utterances without pii %d < %d" % (k["plain"], MIN_PLAIN_UTTS))
    if sum(k["keep"].values()) < MIN_KEEPS:
        errors.append("minimum: keep spans %d < %d" % (sum(k["keep"].values()), MIN_KEEPS))
    for kind, n in k["keep"].items():
        if n == 0:
            errors.append("minimum: no keep span of kind %s" % kind)
    if k["ivr_cases"] < MIN_IVR_CASES:
        errors.append("minimum: IVR cases %d < %d" % (k["ivr_cases"], MIN_IVR_CASES))
    share = k["asr_utts"] / max(1, k["utterances"])
    if share < MIN_ASR_SHARE:
        errors.append("minimum: asr share %.3f < %.2f" % (share, MIN_ASR_SHARE))
    return errors


def print_counts(k):
    print("cases: %d" % k["cases"])
    print("utterances: %d (without pii: %d; asr: %d = %.1f%%)" % (
        k["utterances"], k["plain"], k["asr_utts"], 100.0 * k["asr_utts"] / max(1, k["utterances"])))
    print("IVR cases: %d" % k["ivr_cases"])
    print("pii spans: %d" % sum(k["pii"].values()))
    for t in PII_TYPES:
        print("  %-15s %4d  (min %d)" % (t, k["pii"][t], MINIMUMS[t]))
    print("keep spans: %d" % sum(k["keep"].values()))
    for kind in KEEP_KINDS:
        print("  %-15s %4d" % (kind, k["keep"][kind]))


def main(argv):
    check_only = "--check" in argv[1:]
    cases, errors = build()
    if not errors:
        errors = validate(cases)
    k = counts(cases)
    errors += minimum_errors(k)
    print_counts(k)
    if errors:
        for e in errors:
            print("FAIL", e, file=sys.stderr)
        print("%d check(s) failed; nothing written" % len(errors), file=sys.stderr)
        return 1
    if check_only:
        print("all checks passed (--check: nothing written)")
        return 0
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    data = "".join(to_json(c) + "\n" for c in cases)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote %s" % out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
