#!/usr/bin/env python3
"""Write data/redaction/dev31.jsonl, a redaction development set (case ids t27-001 ...).

Written as the held-out set test27.jsonl, measured once with the twenty-ninth round's code,
then renamed dev31 and tuned on in the thirtieth round.

    python3 data/redaction/make_dev31.py           # build, validate, print counts, write
    python3 data/redaction/make_dev31.py --check   # build and validate only

Any failed check prints FAIL lines, exits 1 and writes nothing. The output is the same bytes on
every run: one random.Random(SEED) drives every number, drawn in a fixed order. Standard library
only.

What the set leans on
---------------------
People and places as calls say them, in industries earlier sets did not cover: hospitals'
patient transport, GP and clinic bookings, care homes, adoption and fostering, churches and
wedding registrars, sports clubs, driving schools, scaffolding and skip hire, window cleaners,
allotments, museums and galleries, boat moorings, caravan and RV parks, language schools,
recruitment agencies, payroll bureaus, charity shops and taxi firms (four IVR cases). Callers
from the US, UK, Ireland, Canada, Australia, New Zealand, South Africa and India, each with its
own national identifiers, postcodes and address shapes. Names of callers, agents, colleagues,
staff the agent names and third parties (patients, children, tenants, executors, referees,
godparents, host families), from Yoruba, Igbo, Zulu, Xhosa, Maori, Tamil, Punjabi, Polish,
Portuguese, Vietnamese, Korean, Irish, Welsh and Arabic; spelled letter by letter or in the
phonetic alphabet, corrected, said again, double-barrelled, with particles, and names that are
also words (Hope, Will, Summer, Rose, Grant, Sky, Faith, Gift, Frank, Precious) beside the same
words used ordinarily. Addresses with flats, units, house names, townlands, a rural route,
South African complexes and estates, Indian society/sector/nagar lines, said in pieces or
corrected; postcodes of the eight countries, some in the phonetic alphabet, one corrected.
Cards, codes, expiries, national ids, phones, e-mails, dates of birth and account numbers in
ordinary and hard shapes. Many look-alikes: business, church, hospital, boat and place names
that contain a name or a saint, street words that are not addresses ("the main road was
closed"), counts, times, prices, durations, percentages, years, dates, flight and model numbers,
room, bay, pitch, berth, plot, site, stand and queue numbers, ages, a temperature, receipts.

Markup (stripped by code; every offset is computed from the clean text)
------------------------------------------------------------------------
[[TYPE:text]]        a pii value in one piece: a group of its own
[[TYPE#tag:text]]    a piece of a value: the same tag in one case is the same group
[[TYPE#xN:text]]     a wrong piece or value the caller then corrects: a group of its own,
                     left out of the card Luhn / id checks (it is still checked for shape)
[[TYPE#rN:text]]     a partial read-back (a card's last four): a group of its own, checked
                     to be a part of a full card in the same case
((kind:text))        a keep span (look-alike)
Groups are numbered g1, g2, ... in order of first appearance in the case. Each case also
carries its country (not written to the file); the validator uses it for id and postcode checks.

Labelling choices (where the README is silent or earlier sets differ)
--------------------------------------------------------------------
- National identifiers are SSN: US SSN (or its last four), UK National Insurance number, Irish
  PPS number, Canadian SIN, Australian TFN, New Zealand IRD number, South African ID number,
  Indian Aadhaar number and PAN. A last four said alone or read back is an SSN group of its own.
- ACCOUNT_NUMBER, each a group of its own: NHS number, NHI number, Medicare number (US MBI and
  Australian), provincial health card numbers (with the version code), hospital numbers,
  insurance member ids, driving and learner licence numbers, passport numbers, a Working With
  Children Check number, membership, player, customer, student, employee, booking, taxi account
  and mooring licence numbers, sort codes, BSBs, routing and transit numbers (each apart from
  the account number that follows), bank account numbers, IBANs, a super fund member number.
- A Canadian bank's three-digit institution number names the bank, not the person: `other`.
- `other` covers ages, a temperature, queue positions, cab numbers, payment receipt numbers, a
  language level ("b two"), and room, bay, pitch, site, stand, berth, mooring, bed, plot and field
  numbers; the span is the number only ("room" and "plot" stay outside).
- Keep spans hold the number with its unit where the unit belongs to it ("six yard",
  "25-tonne", "9.3 metres", "4 days" before "' notice", "12 minute" before "walk"), a count only
  the number ("3" bags); "the" stays outside a date; an IVR's "sixteen digit" is a `count`. An
  Indian salary in lakh grouping ("₹9,90,000") is a `price`.
- Ordinary number words in the talk that are no value (IVR menu "press one" and the reply "two",
  "the three digits on the back", "fourth floor", "a four-digit code") are not spans.
- NAME: titles and honorifics stay outside (Mr, Mrs, Ms, Dr, doctor, Pastor, Father, religious
  "sister", "ji", "madam"); particles and hyphens are inside ("ap Rhys", "ab Iorwerth", "de la
  Cruz", "van der Westhuizen", "Ní Fhlatharta", "nic an bhaird", "mac giolla phadraig",
  "Te Whata-Brown", "Al-Amin"); a first name and surname together are one span; a family name
  alone ("the Ashworth family"), nicknames and first names alone are NAMEs. A spelled name
  (letters, hyphenated letters or phonetic alphabet) is a NAME group of its own; the pieces of
  one spelling split by "dash" share a group; a name restated in pieces ("Te Whata with a
  hyphen, then Brown") is one group. A wrong name the agent offers ("Christina" for Krystyna)
  and the recogniser's spelling ("neve" for Niamh) are NAMEs too. Words that are also names
  are labelled only where they name a person. Business, church, club, hospital, shop and boat
  names that contain a name or a saint (Bell's Bakery, Lynch's solicitors, Hope House hospice,
  St Brigid's, Grace Community Church, the Lady Harriet) are not NAMEs; a person's name inside
  a street name is part of the ADDRESS.
- ADDRESS: the street line with house names, townlands, complexes and estates, Indian
  society/sector/nagar lines, rural route ("RR 1") and the town or suburb when it follows in the
  same breath; counties ("Co. Galway"), states and provinces ("Ontario", "ohio", "CO") stay
  outside, and so does a label before an Indian address ("house number", "No."). An address
  broken by a filler is one group in pieces; a neighbour's address is labelled; a wrong address
  the agent has on file and an IVR's read-back are groups of their own.
- POSTCODE: ZIPs, UK postcodes, Eircodes, Canadian postal codes, Australian, New Zealand and
  South African postcodes and Indian PIN codes; an old postcode the caller corrects is labelled
  (its own group, marked x).
- Cards: the pieces of one card share a group; an agent's full read-back is a group of its own;
  a read-back of the last four is a group of its own (marked r); a wrong block the caller
  corrects is a group of its own (marked x, left out of the Luhn check). The expiry of a card
  the caller says has expired is an EXPIRY.
- Phones only from the fictional ranges the README names: US 555-0100..0199 (also used for
  Canada, which shares the plan) and the UK drama ranges 07700 900xxx, 020 7946 0xxx and
  0161/0113/0117 496 0xxx. Callers from Ireland, Australia, New Zealand, South Africa and India
  therefore give no phone numbers.
- E-mail addresses are labelled whole as said; no e-mail or street is reused across cases.
- Transcript style keeps the diacritics of names (Siân, Wiśniewska, Ó Flatharta); the asr style
  writes them without ("phadraig", "joao"), as a recogniser would.

Validator checks
----------------
- markup well formed (no stray [[ ]] (( )) left), known pii types and keep kinds;
- offsets give back the marked text; every span non-empty, starting and ending on a letter or
  digit (a leading + or currency sign, a final % or a.m./p.m. excepted), not inside a word;
  no two spans (pii or keep) overlap;
- asr utterances are lower case with no punctuation but apostrophes and hyphens; transcript
  utterances start with a capital;
- every digit written as a digit is inside a span; no run of four or more digit words outside;
- cards: the digits of each group (spoken digits turned into digits, "double"/"triple" and
  tens/teens/hundred/thousand expanded) are Visa 16, Mastercard 16 (51-55, 2221-2720), Amex 15
  or Discover 16 and pass Luhn (x groups excepted); r groups are part of a full card in the case;
- CVV 3-4 digits; EXPIRY a valid month and a year 2020-2035; DOB a real day, month and year
  (1920-2022);
- national ids pass their checks for the case's country: SSN shape, NI prefix/suffix letters,
  PPS mod 23 letter, SIN Luhn, TFN weights mod 11, IRD mod 11 with the second weights,
  South African ID date and Luhn, Aadhaar Verhoeff, PAN shape; or a last four;
- phones in the fictional ranges above; postcodes of the right shape for the case's country;
  account numbers hold a digit (an IBAN passes mod 97); e-mails are addresses (transcript) or
  "... at ... dot ..." without "@" (asr); addresses hold a number or an address word; names
  hold no digits and start with no title;
- a look-alike of 13-19 digits never passes Luhn, and never has the digits of a pii span in the
  same utterance;
- no e-mail and no street (numbers set aside) reused across cases;
- minimum counts: 80 cases, 1,000 utterances, 400 utterances without pii, 280 keep spans of
  every kind, 3 IVR cases, the per-type pii minimums of the brief, at least half the
  utterances in asr style, all eight countries.
"""
import datetime
import json
import os
import random
import re
import sys

SEED = 270527
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev31.jsonl")

PII_TYPES = ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME")
KEEP_KINDS = ("quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other")
MINIMUM = {"cases": 80, "utterances": 1000, "no_pii_utterances": 400, "keep": 280,
           "ivr_cases": 3, "CARD_NUMBER": 25, "CVV": 20, "EXPIRY": 20, "SSN": 20, "PHONE": 35,
           "EMAIL": 20, "DOB": 25, "ADDRESS": 45, "POSTCODE": 45, "ACCOUNT_NUMBER": 40,
           "NAME": 250}

# ---------------------------------------------------------------------------------------------
# number words and check digits
# ---------------------------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
              "sept": 9, "oct": 10, "nov": 11, "dec": 12}
PHONETIC = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
            "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J",
            "juliett": "J", "kilo": "K", "lima": "L", "mike": "M", "november": "N",
            "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T",
            "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W", "x-ray": "X",
            "xray": "X", "yankee": "Y", "zulu": "Z"}
PHON_OF = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
           "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo",
           "L": "lima", "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec",
           "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform", "V": "victor",
           "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
UNITW = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
         "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
TEENW = {w: str(i) for i, w in enumerate(ONES) if i >= 10}
TENW = {w: str(i) for i, w in enumerate(TENS) if w}
SKIPW = {"dash", "slash", "dot", "space", "hyphen", "stroke", "and", "plus", "point"}
ORDW = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30}
SAFE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"   # no I, O, Q: they read as digits when spoken


def words(n, und=True):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + ("" if r == 0 else (" and " if und else " ") + words(r))
    if n < 1000000:
        t, r = divmod(n, 1000)
        if r == 0:
            return words(t) + " thousand"
        return words(t) + " thousand" + (" and " if r < 100 else " ") + words(r)
    raise ValueError(n)


def ordinal(n):
    for w, v in ORDW.items():
        if v == n:
            return w
    t, u = divmod(n, 10)
    return TENS[t] + " " + [w for w, v in ORDW.items() if v == u][0]


def ord_digits(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
      [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
      [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
      [9, 4, 5, 3, 1, 2, 7, 6, 0, 8], [4, 2, 8, 9, 5, 7, 6, 3, 1, 0],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def pps_letter(d7, second=""):
    tot = sum(int(c) * w for c, w in zip(d7, [8, 7, 6, 5, 4, 3, 2]))
    if second:
        tot += 9 * (0 if second == "W" else ord(second) - 64)
    r = tot % 23
    return "W" if r == 0 else chr(64 + r)


def ird_check(base8):
    for wts in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(c) * w for c, w in zip(base8, wts)) % 11
        chk = 0 if r == 0 else 11 - r
        if chk != 10:
            return chk
    return None


def tfn_ok(d):
    return len(d) == 9 and sum(int(c) * w for c, w in
                               zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def nhs_check(d9):
    r = 11 - sum(int(c) * w for c, w in zip(d9, range(10, 1, -1))) % 11
    return None if r == 10 else (0 if r == 11 else r)


def iban_ok(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


# ---------------------------------------------------------------------------------------------
# seeded value generators (one random.Random for the whole set)
# ---------------------------------------------------------------------------------------------
class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def n(self, lo, hi):
        return self.r.randint(lo, hi)

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, k, first="123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(k - 1))

    def pat(self, p):
        out = []
        for ch in p:
            if ch == "L":
                out.append(self.r.choice(SAFE_LETTERS))
            elif ch == "d":
                out.append(self.r.choice("0123456789"))
            elif ch == "n":
                out.append(self.r.choice("123456789"))
            else:
                out.append(ch)
        return "".join(out)

    # payment cards
    def card(self, kind="visa"):
        r = self.r
        if kind == "visa":
            p, ln = "4", 16
        elif kind == "mc":
            p, ln = (str(r.randint(51, 55)) if r.random() < 0.6 else str(r.randint(2221, 2720))), 16
        elif kind == "amex":
            p, ln = r.choice(["34", "37"]), 15
        elif kind == "disc":
            p, ln = r.choice(["6011", "65"]), 16
        else:
            raise ValueError(kind)
        body = p + "".join(r.choice("0123456789") for _ in range(ln - 1 - len(p)))
        return body + luhn_digit(body)

    def cvv(self, amex=False):
        return self.digits(4 if amex else 3, first="0123456789")

    def expiry(self, expired=False):
        return (self.n(1, 12), self.n(2022, 2024) if expired else self.n(2027, 2032))

    # national identifiers
    def ssn_us(self):
        while True:
            a, g, s = self.n(1, 665), self.n(1, 99), self.n(1, 9999)
            if a != 666:
                return f"{a:03d}{g:02d}{s:04d}"

    def ni_uk(self):
        first, second = "ABCEGHJKLMNPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.pick(first) + self.pick(second)
            if p not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
                return p + self.digits(6, first="0123456789") + self.pick("ABCD")

    def pps_ie(self, second=""):
        d7 = self.digits(7, first="0123456789")
        return d7 + pps_letter(d7, second) + second

    def sin_ca(self):
        body = self.digits(8, first="1234567")
        return body + luhn_digit(body)

    def tfn_au(self):
        while True:
            d8 = self.digits(8)
            s = sum(int(c) * w for c, w in zip(d8, [1, 4, 3, 7, 5, 8, 6, 9]))
            if s % 11 != 10:
                d = str(s % 11)
                assert tfn_ok(d8 + d)
                return d8 + d

    def ird_nz(self):
        while True:
            base = str(self.n(10000000, 14999999))
            chk = ird_check(base)
            if chk is not None:
                return base + str(chk)

    def id_za(self, dob):
        body = dob.strftime("%y%m%d") + self.digits(4, first="0123456789") + "08"
        return body + luhn_digit(body)

    def aadhaar(self):
        body = self.digits(11, first="23456789")
        return body + verhoeff_digit(body)

    def pan_in(self, surname_initial):
        return self.pat("LLL") + "P" + surname_initial + self.pat("dddd") + self.pat("L")

    # phones: only the fictional ranges the README names
    def phone_uk(self, kind=None):
        kind = kind or self.pick(["07700", "020", "0161", "0113", "0117"])
        tail = self.digits(3, first="0123456789")
        return {"07700": "07700900", "020": "02079460", "0161": "01614960",
                "0113": "01134960", "0117": "01174960"}[kind] + tail

    def phone_us(self, area=None):
        area = area or self.pick(["212", "312", "415", "503", "617", "206", "303", "404",
                                  "512", "602", "416", "604", "403", "613", "902"])
        return area + "55501" + self.digits(2, first="0123456789")

    # postcodes
    def pc_uk(self, outward):
        return outward + " " + self.pick("123456789") + self.pick("ABDEFGHJLNPRSTUWXYZ") + \
            self.pick("ABDEFGHJLNPRSTUWXYZ")

    def eircode(self, routing):
        cs = "0123456789ACDEFHKNPRTVWXY"
        return routing + " " + "".join(self.pick(cs) for _ in range(4))

    def pc_ca(self, fsa):
        return fsa + " " + self.pick("123456789") + self.pick("ABCEGHJKLMNPRSTVWXYZ") + \
            self.pick("123456789")

    def pc_num(self, lo, hi, width=4):
        return f"{self.n(lo, hi):0{width}d}"

    # accounts
    def nhs(self):
        while True:
            d9 = self.digits(9)
            c = nhs_check(d9)
            if c is not None:
                return d9 + str(c)

    def iban_ie(self, bank="AIBK"):
        bban = bank + self.digits(6, first="0123456789") + self.digits(8, first="0123456789")
        chk = 98 - int("".join(str(int(c, 36)) for c in bban + "IE00")) % 97
        iban = f"IE{chk:02d}{bban}"
        assert iban_ok(iban)
        return iban

    def routing_us(self):
        while True:
            d8 = self.digits(8, first="0123")
            for c in "0123456789":
                d = d8 + c
                if (3 * (int(d[0]) + int(d[3]) + int(d[6])) + 7 * (int(d[1]) + int(d[4]) +
                        int(d[7])) + int(d[2]) + int(d[5]) + int(d[8])) % 10 == 0:
                    return d

    def dob(self, lo=1941, hi=2005):
        return datetime.date(self.n(lo, hi), self.n(1, 12), self.n(1, 28))

    def time(self, lo=8, hi=17, step=15):
        return (self.n(lo, hi), self.pick(list(range(0, 60, step))))

    def money(self, lo, hi, cents=False, step=1):
        whole = self.n(lo // step, hi // step) * step
        return whole * 100 + (self.pick([0, 50, 99, 25, 75, 20, 45]) if cents else 0)

    def tracking(self, k=14):
        while True:
            d = self.digits(k)
            if not luhn_ok(d):
                return d


# ---------------------------------------------------------------------------------------------
# rendering in the case's style
# ---------------------------------------------------------------------------------------------
CUR = {"GBP": ("£", "pounds"), "USD": ("$", "dollars"), "EUR": ("€", "euro"),
       "AUD": ("$", "dollars"), "NZD": ("$", "dollars"), "CAD": ("$", "dollars"),
       "ZAR": ("R", "rand"), "INR": ("₹", "rupees")}


class Sty:
    def __init__(self, style, gen):
        self.asr = style == "asr"
        self.r = gen.r

    # digits
    def sd(self, d, dbl=0.3, zero=None):
        """Speak a string of digits (and letters) one by one."""
        zero = zero or ("oh" if self.r.random() < 0.8 else "zero")
        out, i = [], 0
        d = d.replace(" ", "")
        while i < len(d):
            ch = d[i]
            if ch.isalpha():
                out.append(ch.lower())
                i += 1
                continue
            if not ch.isdigit():
                i += 1
                continue
            w = zero if ch == "0" else ONES[int(ch)]
            if (i + 1 < len(d) and d[i + 1] == ch and not (i + 2 < len(d) and d[i + 2] == ch)
                    and self.r.random() < dbl):
                out.append("double " + w)
                i += 2
                continue
            out.append(w)
            i += 1
        return " ".join(out)

    def pairs(self, d):
        """Speak digits in pairs ("forty one eleven"), a single leading digit alone."""
        out = []
        if len(d) % 2:
            out.append("oh" if d[0] == "0" else ONES[int(d[0])])
            d = d[1:]
        for i in range(0, len(d), 2):
            p = d[i:i + 2]
            out.append("oh " + ONES[int(p[1])] if p[0] == "0" else words(int(p)))
        return " ".join(out)

    def grp(self, d, sizes, sep=" "):
        out, i = [], 0
        for k in sizes:
            out.append(d[i:i + k])
            i += k
        if i < len(d):
            out.append(d[i:])
        return sep.join(x for x in out if x)

    def dg(self, d, sizes=None, sep=" ", dbl=0.3):
        if self.asr:
            return self.sd(d, dbl=dbl)
        return self.grp(d, sizes, sep) if sizes else d

    def odd(self, d):
        """The recogniser's digits in odd groups."""
        out, i = [], 0
        while i < len(d):
            k = self.r.choice([2, 3, 4, 5, 6])
            out.append(d[i:i + k])
            i += k
        return " ".join(out)

    def card(self, n, mode=None):
        sizes = [4, 6, 5] if len(n) == 15 else [4, 4, 4, 4]
        if not self.asr:
            return self.grp(n, sizes, "-" if mode == "dash" else " ")
        if mode == "odd":
            return self.odd(n)
        if mode == "pairs":
            return " ".join(self.pairs(b) for b in self.blocks_raw(n))
        return self.sd(n)

    def blocks_raw(self, n):
        sizes = [4, 6, 5] if len(n) == 15 else [4, 4, 4, 4]
        out, i = [], 0
        for k in sizes:
            out.append(n[i:i + k])
            i += k
        return out

    def blocks(self, n, mode=None):
        raw = self.blocks_raw(n)
        if not self.asr:
            return raw
        if mode == "pairs":
            return [self.pairs(b) for b in raw]
        return [self.sd(b) for b in raw]

    def cvv(self, c, mode=None):
        if not self.asr:
            return c
        if mode == "words" and len(c) == 3 and c[0] != "0" and c[1] != "0":
            return ONES[int(c[0])] + " " + words(int(c[1:]))
        return self.sd(c, dbl=0.2)

    def exp(self, m, y, mode=None):
        yy = y % 100
        if not self.asr:
            if mode == "long":
                return f"{m:02d}/{y}"
            if mode == "month":
                return f"{MONTHS[m - 1].capitalize()} {y}"
            return f"{m:02d}/{yy:02d}"
        mode = mode or self.r.choice(["oh", "plain", "month"])
        if mode == "month":
            return f"{MONTHS[m - 1]} {words(yy)}"
        if mode == "oh" and m < 10:
            return f"oh {ONES[m]} {words(yy)}"
        return f"{words(m)} {words(yy)}"

    def yearw(self, y):
        if 1900 <= y < 2000:
            yy = y - 1900
            return "nineteen " + (words(yy) if yy >= 10 else "oh " + ONES[yy])
        yy = y - 2000
        if yy == 0:
            return "two thousand"
        if yy >= 10 and self.r.random() < 0.5:
            return "twenty " + words(yy)
        return "two thousand " + ("and " if self.r.random() < 0.6 else "") + words(yy)

    def dob(self, d, us=False, mode=None):
        m = MONTHS[d.month - 1]
        if not self.asr:
            mode = mode or self.r.choice(["num", "long"])
            if mode == "num":
                return d.strftime("%m/%d/%Y") if us else d.strftime("%d/%m/%Y")
            if us:
                return f"{m.capitalize()} {d.day}, {d.year}"
            return f"{d.day} {m.capitalize()} {d.year}"
        mode = mode or self.r.choice(["of", "md", "mdc"] if us else ["of", "of", "md"])
        y = self.yearw(d.year)
        if mode == "of":
            return f"{ordinal(d.day)} of {m} {y}"
        if mode == "md":
            return f"{m} {ordinal(d.day)} {y}"
        return f"{m} {words(d.day)} {y}"

    def phone(self, p, mode=None):
        if not self.asr:
            if p.startswith("07700"):
                if mode == "intl":
                    return f"+44 7700 {p[5:]}"
                return f"07700 {p[5:]}" if mode != "split" else f"07700 900 {p[8:]}"
            if p.startswith("020"):
                return f"020 {p[3:7]} {p[7:]}"
            if p.startswith("0"):
                return f"{p[:4]} {p[4:7]} {p[7:]}"
            if mode == "intl":
                return f"+1 {p[:3]} {p[3:6]} {p[6:]}"
            return f"{p[:3]}-{p[3:6]}-{p[6:]}"
        if mode == "hundred" and p.startswith("07700"):
            return "oh seven seven hundred nine hundred " + self.sd(p[8:])
        if mode == "triple" and p[3:6] == "555":
            return self.sd(p[:3]) + " triple five " + self.sd(p[6:])
        if mode == "pairs" and not p.startswith("0"):
            return self.sd(p[:3]) + " " + self.sd(p[3:6]) + " " + self.pairs(p[6:])
        return self.sd(p)

    def pc(self, code, phon=False, mix=False):
        """Letter-and-digit postcodes (UK, Canada, Ireland)."""
        if not self.asr:
            return code
        out = []
        for part in code.split():
            toks = []
            for ch in part:
                if ch.isdigit():
                    toks.append(ONES[int(ch)] if ch != "0" else "zero")
                elif phon or (mix and self.r.random() < 0.5):
                    toks.append(PHON_OF[ch])
                else:
                    toks.append(ch.lower())
            out.append(" ".join(toks))
        return " ".join(out)

    def pc_outward_num(self, code):
        """UK postcode with the outward district said as a number: 'c f thirty seven'."""
        if not self.asr:
            return code
        out, inw = code.split()
        m = re.match(r"([A-Z]+)(\d+)([A-Z]?)$", out)
        letters, num, tail = m.groups()
        parts = [" ".join(c.lower() for c in letters), words(int(num))]
        if tail:
            parts.append(tail.lower())
        return " ".join(parts) + " " + self.pc(inw)

    def hn(self, k):
        """A house, flat or unit number as said."""
        if not self.asr:
            return str(k)
        if k < 100:
            return words(k)
        a, b = divmod(k, 100)
        tail = words(b) if b >= 10 else ("oh " + ONES[b] if b else "hundred")
        return (ONES[a] if a < 10 else words(a)) + " " + tail

    def num(self, d):
        """Digit-only postcodes (ZIP, AU, NZ, ZA, India)."""
        return self.sd(d) if self.asr else d

    def alnum(self, s, phon=False, sizes=None, sep=" "):
        if not self.asr:
            return self.grp(s.replace(" ", ""), sizes, sep) if sizes else s
        toks = []
        for ch in s:
            if ch.isdigit():
                toks.append(ONES[int(ch)] if ch != "0" else "oh")
            elif ch.isalpha():
                toks.append(PHON_OF[ch.upper()] if phon else ch.lower())
            elif ch == "-":
                toks.append("dash")
        return " ".join(toks)

    def email(self, addr):
        if not self.asr:
            return addr
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[.@_-]", addr.lower()):
            if tok == ".":
                out.append("dot")
            elif tok == "@":
                out.append("at")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append("dash")
            elif tok.isdigit():
                out.append(self.pairs(tok) if len(tok) == 2 and tok[0] != "0" and
                           self.r.random() < 0.6 else self.sd(tok, dbl=0))
            else:
                out.append(tok)
        return " ".join(out)

    # look-alikes
    def n(self, k):
        return words(k) if self.asr else str(k)

    def money(self, cents, cur, mode=None):
        whole, frac = divmod(cents, 100)
        sym, name = CUR[cur]
        if not self.asr:
            if cur == "INR" and mode == "rs":
                return f"Rs {whole:,}"
            return f"{sym}{whole:,}" + (f".{frac:02d}" if frac else "")
        if mode == "short" and frac:
            return f"{words(whole)} {words(frac) if frac >= 10 else 'oh ' + ONES[frac]}"
        s = words(whole) + " " + name
        if frac:
            s += " " + words(frac)
        return s

    def time(self, hm, ampm=None):
        h, m = hm
        if not self.asr:
            ap = ""
            if ampm and h > 12:
                h -= 12
            if ampm:
                ap = " " + self.r.choice([ampm, ampm, ampm[0] + "." + ampm[1] + "."])
            if m == 0 and ampm:
                return f"{h}{ap}"
            return f"{h}:{m:02d}{ap}"
        h12 = h - 12 if h > 12 else h
        c = self.r.random()
        if m == 30 and c < 0.5:
            return f"half past {words(h12)}"
        if m == 15 and c < 0.5:
            return f"quarter past {words(h12)}"
        if m == 45 and c < 0.5:
            return f"quarter to {words(h12 % 12 + 1)}"
        if m == 0:
            return f"{words(h12)} o'clock" if c < 0.5 else words(h12)
        return f"{words(h12)} {words(m) if m >= 10 else 'oh ' + ONES[m]}"

    def dur(self, k, unit):
        return f"{words(k) if self.asr else k} {unit}"

    def pct(self, k):
        return f"{words(k)} percent" if self.asr else f"{k}%"

    def year(self, y):
        return self.yearw(y) if self.asr else str(y)

    def date(self, day, month=None, mode=None):
        """An ordinary date; mode 'day' gives the day alone ('14th' / 'fourteenth')."""
        if mode == "day" or month is None:
            return ordinal(day) if self.asr else ord_digits(day)
        mname = MONTHS[month - 1]
        if self.asr:
            return f"{ordinal(day)} of {mname}" if self.r.random() < 0.6 else \
                f"{mname} {ordinal(day)}"
        return f"{day} {mname.capitalize()}" if self.r.random() < 0.5 else \
            f"{mname.capitalize()} {ord_digits(day)}"

    def flight(self, code, k):
        if not self.asr:
            return f"{code} {k}"
        return " ".join(c.lower() for c in code) + " " + self.sd(str(k), dbl=0)

    def model(self, pre, k):
        if not self.asr:
            return f"{pre}-{k}"
        return " ".join(c.lower() for c in pre) + " " + words(k, und=False)


def M(typ, text, tag=None):
    assert typ in PII_TYPES, typ
    return f"[[{typ}#{tag}:{text}]]" if tag else f"[[{typ}:{text}]]"


def K(kind, text):
    assert kind in KEEP_KINDS, kind
    return f"(({kind}:{text}))"


def A(t):
    return ("agent", t)


def C(t):
    return ("customer", t)


def V(t):
    return ("ivr", t)


CASES = []


def case(style, country, industry):
    def deco(fn):
        CASES.append((style, country, industry, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
# the conversations
# ---------------------------------------------------------------------------------------------
# === CASES ===
# ---- hospitals' patient transport ----
@case("transcript", "UK", "patient transport")
def _(g, s):
    nhs, d, ph = g.nhs(), g.dob(1936, 1950), g.phone_uk("0117")
    pc, hn, t = g.pc_uk("CF37"), g.n(2, 60), g.time(9, 11)
    return [
        A("Patient Transport Service, you're through to [[NAME:Siân]]. Is this a new booking?"),
        C("Yes, hi, it's for my father. He's got an outpatient appointment at the Royal "
          "Glamorgan."),
        A("No problem. Can I take the patient's full name first?"),
        C("[[NAME:Emrys ap Rhys]]. Rhys is [[NAME:R-H-Y-S]], the Welsh way."),
        A("Thank you. And his date of birth?"),
        C(f"{M('DOB', s.dob(d))}."),
        A("And his NHS number, if you have it to hand?"),
        C(f"Hang on, it's on the letter. {M('ACCOUNT_NUMBER', s.dg(nhs, [3, 3, 4]))}."),
        A("Lovely. And where are we collecting him from?"),
        C(f"[[ADDRESS:Bryn Awel, {hn} Heol y Dderwen, Pontypridd]], {M('POSTCODE', s.pc(pc))}."),
        A("Is the pickup from the front of the house, or is there a lane?"),
        C("There's a lane at the side. The main road was closed last week for the gas works, so "
          "the driver might want to come up from the chapel end."),
        A(f"I'll put that in the notes. The appointment's at {K('time', s.time(t, 'am'))}?"),
        C("Yes, in the eye clinic. It says outpatients block B."),
        A("Does he need a wheelchair or can he walk to the vehicle with help?"),
        C(f"He walks with a frame but it's slow, a good "
          f"{K('duration', s.dur(g.n(4, 9), 'minutes'))} to the gate."),
        A("Is anyone travelling with him as an escort?"),
        C("Me. [[NAME:Gwen Pritchard]], I'm his daughter."),
        A("And a contact number for you, [[NAME:Gwen]]?"),
        C(f"{M('PHONE', s.phone(ph))}."),
        A(f"That's {M('PHONE', s.phone(ph))}. The crew will ring about "
          f"{K('duration', s.dur(g.pick([20, 30, 45]), 'minutes'))} before they arrive."),
        C("Perfect. Diolch."),
    ]


@case("asr", "IE", "patient transport")
def _(g, s):
    ec, d, mrn, t = g.eircode("P51"), g.dob(1936, 1950), g.digits(7), g.time(8, 10)
    early = g.pick([20, 30, 45])
    return [
        A("ambulance transport bookings this is [[NAME:ciaran]] speaking how can i help"),
        C("hi [[NAME:ciaran]] it's about my mam she's to be brought in to the mercy for her "
          "dialysis on thursday"),
        A("okay no bother what's the patient's name"),
        C("it's [[NAME:neve o'riordan]]"),
        A("and how do you spell the first name for me"),
        C("[[NAME:n i a m h]] the irish way"),
        A("grand [[NAME:niamh o'riordan]] got it and her date of birth"),
        C(f"the {M('DOB', s.dob(d, mode='of'))}"),
        A("and her hospital number if you have it it'd be on the appointment card"),
        C(f"it's {M('ACCOUNT_NUMBER', s.dg(mrn))}"),
        A("and we're collecting her from home is it"),
        C(f"yeah [[ADDRESS:knockaclarig cottage gortnahoe]] outside ballydesmond the eircode is "
          f"{M('POSTCODE', s.pc(ec, phon=True))}"),
        A("perfect and that's county cork"),
        C("cork yeah right on the kerry border the lane is very narrow now the big ambulance "
          "won't get up it"),
        A(f"i'll put a note for a car then pickup for a {K('time', s.time(t))} slot"),
        C(f"she has to be there {K('duration', s.dur(early, 'minutes'))} early they said"),
        A("no problem and will anyone be travelling with her"),
        C("i'll go with her i'm her daughter [[NAME:aoife]]"),
        A("lovely [[NAME:aoife]] we'll ring the landline the evening before"),
        C("thanks a million"),
    ]


@case("asr", "US", "patient transport")
def _(g, s):
    mbi, zp, ph = g.pat("nLLdLLdLLdd"), "972" + g.digits(2, first="0123"), g.phone_us("503")
    d, apt, hn, t = g.dob(1944, 1958), g.n(2, 9), g.n(1100, 4800), g.time(6, 11)
    return [
        A("thanks for calling riverbend medical rides my name is [[NAME:dakota]] who am i "
          "speaking with"),
        C("hi [[NAME:dakota]] this is [[NAME:hope alvarez]] i'm calling to set up rides for my "
          "husband"),
        A("okay [[NAME:hope]] i hope we can get that sorted for you today what's your husband's "
          "name"),
        C("[[NAME:ramon alvarez]] [[NAME:r a m o n]]"),
        A("and his date of birth"),
        C(f"{M('DOB', s.dob(d, us=True, mode='md'))}"),
        A("and he's on medicare is that right i'll need the medicare number off the red white "
          "and blue card"),
        C(f"okay it's {M('ACCOUNT_NUMBER', s.alnum(mbi[:4]), 'm')} um "
          f"{M('ACCOUNT_NUMBER', s.alnum(mbi[4:]), 'm')}"),
        A("got it and where do we pick him up"),
        C(f"[[ADDRESS:{s.hn(hn)} northeast killingsworth street apartment {s.n(apt)} portland]] "
          f"oregon {M('POSTCODE', s.num(zp))}"),
        A("and the dialysis center is the one on sandy boulevard"),
        C("that's the one it's behind the fred meyer"),
        A(f"okay his chair time is {K('time', s.time(t))} monday wednesday and friday"),
        C(f"yes and he's done after about {K('duration', s.dur(g.n(3, 4), 'hours'))} so pickup "
          f"after that"),
        A("and a good callback number for you"),
        C(f"{M('PHONE', s.phone(ph, 'triple'))}"),
        A(f"i have {M('PHONE', s.phone(ph))} and we'll text you when the driver is "
          f"{K('duration', s.dur(g.pick([10, 15, 20]), 'minutes'))} out"),
        C("great thank you [[NAME:dakota]]"),
    ]


@case("transcript", "CA", "patient transport")
def _(g, s):
    hc, vc, pc, ph = g.digits(10), g.pat("LL"), g.pc_ca("M4C"), g.phone_us("416")
    d, unit, hn = g.dob(1939, 1955), g.n(301, 1809), g.n(10, 999)
    t = g.time(9, 10)
    return [
        A("Sunnybrook Patient Transfer, this is [[NAME:Mateus]]. Are you booking or checking on "
          "a booking?"),
        C("Booking. My aunt's being discharged Friday and she can't do stairs, so she needs a "
          "stretcher transfer home."),
        A("Okay. What's the patient's name?"),
        C("[[NAME:Małgorzata Wiśniewska]]. I'll spell the last name: "
          "[[NAME:W-I-S-N-I-E-W-S-K-A]]."),
        A("Thanks. Health card number and version code?"),
        C(f"{M('ACCOUNT_NUMBER', hc[:4] + '-' + hc[4:7] + '-' + hc[7:] + '-' + vc)}."),
        A("And her date of birth?"),
        C(f"{M('DOB', s.dob(d, us=True, mode='long'))}."),
        A("Where's she going?"),
        C(f"Her condo. [[ADDRESS:Unit {unit}, {hn} Main Street, Toronto]], "
          f"{M('POSTCODE', s.pc(pc))}."),
        A("Is there an elevator in the building?"),
        C("Yes, and a ramp at the front. The elevator goes right to her floor."),
        A(f"Great. Discharge is usually around {K('time', s.time(t, 'am'))}, so we'll book "
          f"the crew for {K('time', s.time((t[0] + 1, t[1]), 'am'))}."),
        C("Can I ride along?"),
        A("One escort is fine. Can I get your name and number?"),
        C(f"[[NAME:Joanna Wiśniewska-Lee]], {M('PHONE', s.phone(ph))}."),
        A(f"Thanks, [[NAME:Joanna]]. The transfer fee is "
          f"{K('price', s.money(g.money(240, 300), 'CAD'))}, and OHIP doesn't cover it, just so "
          f"you know."),
        C("That's fine, I'll pay when they arrive."),
    ]


@case("asr", "AU", "patient transport")
def _(g, s):
    mc, pc, d = g.digits(10, first="2345"), g.pc_num(4207, 4230), g.dob(1940, 1956)
    unit, hn, t = g.n(1, 12), g.n(3, 150), g.time(9, 14)
    return [
        A("queensland health patient transport you're speaking with [[NAME:tane]]"),
        C("g'day [[NAME:tane]] i'm ringing for my nan she's got a specialist appointment at the "
          "gold coast university hospital"),
        A("no worries what's your nan's name"),
        C("[[NAME:dulcie mcgrath]] that's [[NAME:m c g r a t h]]"),
        A("and date of birth for [[NAME:dulcie]]"),
        C(f"{M('DOB', s.dob(d, mode='of'))}"),
        A("and her medicare number"),
        C(f"yep {M('ACCOUNT_NUMBER', s.dg(mc))}"),
        A("and the pickup address"),
        C(f"[[ADDRESS:unit {s.n(unit)} {s.hn(hn)} coolangatta road bilinga]] "
          f"{M('POSTCODE', s.num(pc))}"),
        A("is there parking out the front for the transport vehicle"),
        C("there's a loading zone but the main road gets chockers in the morning with the "
          "school run"),
        A(f"righto the appointment's at {K('time', s.time(t))} so we'll aim to be there an hour "
          f"before"),
        C("an hour yeah that's heaps of time"),
        A(f"and she's eligible because it's over "
          f"{K('quantity', s.dur(g.n(50, 90), 'kilometres'))} from home is that right"),
        C("yeah it's about that from her place"),
        A("all booked i'll send the confirmation to her phone"),
        C("cheers mate"),
    ]


# ---- GP and clinic bookings ----
@case("asr", "UK", "gp booking")
def _(g, s):
    nhs, d, pc = g.nhs(), g.dob(2012, 2019), g.pc_uk(g.pick(["SE15", "SE22"]))
    hn, t, t2 = g.n(3, 160), g.time(9, 11, step=10), g.time(14, 16, step=10)
    return [
        A("good morning peckham rye medical centre [[NAME:bethan]] speaking"),
        C("morning i need an appointment with a gp please it's for my son he's had a "
          "temperature since yesterday"),
        A("okay can i take his name please"),
        C("[[NAME:oluwaseun adeyemi]]"),
        A("sorry could you spell the first name for me"),
        C("[[NAME:oscar lima uniform whiskey alpha sierra echo uniform november]]"),
        A("thank you and his date of birth"),
        C(f"the {M('DOB', s.dob(d, mode='of'))}"),
        A("and the first line of the address and postcode just to make sure i've got the right "
          "record"),
        C(f"[[ADDRESS:{s.hn(hn)} bellenden road]] {M('POSTCODE', s.pc(pc, phon=True))}"),
        A("lovely i've got him do you have his nhs number as well it's not essential"),
        C(f"erm {M('ACCOUNT_NUMBER', s.dg(nhs[:6]), 'n')} hang on "
          f"{M('ACCOUNT_NUMBER', s.dg(nhs[6:]), 'n')}"),
        A("that's fine what's his temperature been"),
        C(f"it was {K('other', s.n(g.n(38, 39)) + ' point ' + s.n(g.n(1, 9)))} this morning"),
        A(f"i can do {K('time', s.time(t))} with doctor [[NAME:okafor]]"),
        C("is there nothing sooner he's only little"),
        A(f"there's a cancellation at {K('time', s.time(t2))} with our nurse practitioner "
          f"[[NAME:grant]] if that's better"),
        C("[[NAME:grant]]'s fine yeah we'll take that"),
        A("okay booked bring his red book if you've still got it"),
        C("will do thanks"),
    ]


@case("transcript", "NZ", "gp booking")
def _(g, s):
    nhi, d, pc = g.pat("LLLdddd"), g.dob(2020, 2021), g.pc_num(6021, 6023)
    hn, t, day, fee = g.n(2, 140), g.time(9, 11), g.n(2, 27), g.money(19, 65)
    return [
        A("Kia ora, Newtown Family Health, [[NAME:Mereana]] speaking."),
        C("Kia ora, I'd like to book my daughter in. She's due for her immunisations."),
        A("Sure. What's her name?"),
        C("[[NAME:Aroha Te Whata-Brown]]. [[NAME#b:Te Whata]] with a hyphen, then "
          "[[NAME#b:Brown]]."),
        A("And her date of birth?"),
        C(f"{M('DOB', s.dob(d))}."),
        A("Do you have her NHI number? It's in the Well Child book."),
        C(f"Yes, {M('ACCOUNT_NUMBER', nhi)}."),
        A("Has your address changed since she was last in?"),
        C(f"Yes, we moved. [[ADDRESS:{hn} Rintoul Street, Newtown, Wellington]] "
          f"{M('POSTCODE', pc)}."),
        A(f"Thanks. The nurse has {K('time', s.time(t, 'am'))} on Thursday the "
          f"{K('date', ord_digits(day))}."),
        C("That works. Is it free?"),
        A(f"Immunisations are free for under-fives. If she needs to see the doctor as well it's "
          f"{K('price', s.money(fee, 'NZD'))}."),
        C("Okay. Oh, and can you note that her koro will bring her? [[NAME:Hone Te Whata]]."),
        A("No problem, I'll add [[NAME:Hone]] as an authorised adult. Anything else?"),
        C("No, that's all. Ngā mihi."),
    ]


@case("asr", "IN", "clinic booking")
def _(g, s):
    aad, pin = g.aadhaar(), "4110" + g.digits(2, first="0123456")
    fl, sec, fee = g.n(101, 904), g.n(2, 29), g.money(400, 900, step=50)
    t1, t3 = g.time(16, 17, step=30), g.time(18, 19, step=30)
    return [
        A("good afternoon sahyadri clinic appointments desk this is [[NAME:pooja]] speaking"),
        C("hello [[NAME:pooja]] ji i want to book with the skin specialist for my wife"),
        A("sure sir which doctor you want doctor [[NAME:kulkarni]] or doctor "
          "[[NAME:deshpande]]"),
        C("[[NAME:kulkarni]] madam only last time also we went to her"),
        A("okay patient name please"),
        C("[[NAME:harpreet kaur sandhu]]"),
        A("[[NAME:harpreet kaur]] and surname is [[NAME:sandhu]] correct"),
        C("correct [[NAME:s a n d h u]]"),
        A("for new registration we need aadhaar number please"),
        C(f"it is {M('SSN', s.dg(aad))}"),
        A("and address sir"),
        C(f"[[ADDRESS:flat {s.hn(fl)} b wing sai shraddha society sector {s.n(sec)} nigdi "
          f"pune]] {M('POSTCODE', s.num(pin))}"),
        A(f"thank you consultation fee is {K('price', s.money(fee, 'INR'))} payable at "
          f"reception"),
        C("okay and timing"),
        A(f"doctor sits from {K('time', s.time(t1))} you can come by {K('time', s.time(t3))}"),
        C("okay we will come thank you"),
        A("you will get sms confirmation thank you sir"),
    ]


@case("transcript", "ZA", "clinic booking")
def _(g, s):
    d = g.dob(1978, 1992)
    zid, pc, u, hn = g.id_za(d), g.pc_num(4319, 4320), g.n(3, 48), g.n(5, 220)
    t, day, fee = g.time(8, 11), g.n(2, 27), g.money(450, 950, step=10)
    em = f"nomvula.mn{g.n(10, 99)}@webmail.co.za"
    return [
        A("Good morning, Umhlanga Medical Centre, [[NAME:Thandeka]] speaking."),
        C("Morning. I'd like to book a check-up with the gynae, please. My name is "
          "[[NAME:Nomvula Mkhize-Ndlovu]]."),
        A("Thank you, Mrs [[NAME:Mkhize-Ndlovu]]. Are you an existing patient?"),
        C("No, it's my first time. I was referred by Dr [[NAME:Pillay]] at the Musgrave clinic."),
        A("Okay, then I'll need your ID number to open a file."),
        C(f"{M('SSN', zid)}."),
        A("And your date of birth, just to confirm?"),
        C(f"{M('DOB', s.dob(d))}."),
        A("Thanks. Your residential address?"),
        C(f"[[ADDRESS:Unit {u} Ocean Breeze, {hn} Chartwell Drive, Umhlanga]], "
          f"{M('POSTCODE', pc)}."),
        A("Is that a complex? Must we post results there?"),
        C(f"No, results by email is fine. It's {M('EMAIL', em)}."),
        A(f"The consultation is {K('price', s.money(fee, 'ZAR'))}, and the medical aid can pay "
          f"directly. Which medical aid are you on?"),
        C("Discovery. I'll bring the card."),
        A(f"Then Dr [[NAME:Naidoo]] has {K('time', s.time(t, 'am'))} on Tuesday the "
          f"{K('date', ord_digits(day))}."),
        C("Perfect. Sho, that was quick."),
    ]


@case("transcript", "US", "clinic booking")
def _(g, s):
    d, mid, ph = g.dob(1961, 1979), g.pat("LLLdddddddd"), g.phone_us("617")
    t, day, mon = g.time(8, 11), g.n(2, 27), g.n(1, 12)
    em = f"will.okonkwohart{g.n(10, 99)}@fastmail.com"
    return [
        A("Beacon Hill Family Practice, this is [[NAME:Trinity]]. How can I help you?"),
        C("Hi, I need to schedule a physical. My name's [[NAME:Will Okonkwo-Hart]]."),
        A("Sure, [[NAME:Will]]. Are you a current patient with us?"),
        C("I will be, if you'll take me. I just moved from Atlanta."),
        A("We'd be glad to. Date of birth?"),
        C(f"{M('DOB', s.dob(d, us=True))}."),
        A("And your insurance? I'll need the member ID off the card."),
        C(f"It's Blue Cross. Member ID {M('ACCOUNT_NUMBER', mid)}."),
        A("And a phone number for reminders?"),
        C(f"Cell is {M('PHONE', s.phone(ph))}."),
        A("Got it. And an email for the patient portal?"),
        C(f"Sure, it's {M('EMAIL', em)}."),
        A(f"Thanks. Dr. [[NAME:Feldman]] has a new-patient slot on "
          f"{K('date', s.date(day, mon))} at {K('time', s.time(t, 'am'))}. It's a "
          f"{K('duration', s.dur(g.pick([40, 45, 60]), 'minute'))} visit."),
        C("That works. What will it cost me?"),
        A(f"A preventive visit is usually covered in full. If they add a lab panel, there might "
          f"be a copay of {K('price', s.money(g.money(20, 50, step=5), 'USD'))}."),
        C("Great, thanks, [[NAME:Trinity]]."),
    ]


@case("asr", "CA", "clinic booking")
def _(g, s):
    hc, d = "9" + g.digits(9, first="0123456789"), g.dob(1988, 2000)
    pc, ph = g.pc_ca(g.pick(["V5L", "V5N"])), g.phone_us("604")
    return [
        A("commercial drive walk-in clinic this is [[NAME:priya]]"),
        C("hi um can i get on the wait list for today"),
        A(f"sure the wait is about {K('duration', s.dur(g.n(2, 3), 'hours'))} right now what's "
          f"the name"),
        C("[[NAME:ji-woo park]]"),
        A("is that [[NAME:j i w o o]]"),
        C("yeah with a dash in between [[NAME#p:ji]] and [[NAME#p:woo]]"),
        A("and your bc services card number"),
        C(f"{M('ACCOUNT_NUMBER', s.dg(hc))}"),
        A("date of birth"),
        C(f"{M('DOB', s.dob(d, us=True, mode='md'))}"),
        A("and postal code"),
        C(f"{M('POSTCODE', s.pc(pc, mix=True))}"),
        A("okay and a number we can text when you're next"),
        C(f"{M('PHONE', s.phone(ph))}"),
        A(f"you're number {K('other', words(g.n(6, 14)))} in line we'll text you when there's "
          f"{K('count', words(g.n(2, 3)))} ahead of you"),
        C("okay can i go grab a coffee"),
        A("yeah just stay close"),
    ]


# ---- care homes ----
@case("transcript", "UK", "care home")
def _(g, s):
    cn, cv, ex = g.card("visa"), g.cvv(), g.expiry()
    fee, room, wk, pct = g.money(1100, 1500, cents=True), g.n(3, 40), g.n(2, 6), g.n(3, 6)
    b = s.blocks(cn)
    return [
        A("Good afternoon, Larkfield Grange, [[NAME:Precious]] speaking."),
        C(f"Hi [[NAME:Precious]], it's [[NAME:Rowena Hope-Tasker]]. I'm calling to pay the "
          f"top-up for my mother's respite weeks."),
        A(f"Of course. That's Mrs [[NAME:Winifred Tasker]] in room {K('other', str(room))}?"),
        C(f"That's her. The invoice says {K('price', s.money(fee, 'GBP'))} for "
          f"{K('count', str(wk))} weeks."),
        A(f"Yes, the weekly fee went up {K('percentage', s.pct(pct))} in April, I'm afraid."),
        C("I saw. Can I pay it by card now?"),
        A("You can. Go ahead with the long number when you're ready."),
        C(f"{M('CARD_NUMBER', b[0] + ' ' + b[1], 'c')}, sorry, where are my glasses, "
          f"{M('CARD_NUMBER', b[2] + ' ' + b[3], 'c')}."),
        A(f"Thank you. I'll read that back: {M('CARD_NUMBER', s.card(cn))}. The expiry?"),
        C(f"{M('EXPIRY', s.exp(*ex))}."),
        A("And the three digits on the back?"),
        C(f"{M('CVV', cv)}."),
        A(f"That's gone through. Your receipt number is {K('other', g.pat('RC-dddddd'))}."),
        C("Lovely. How's Mum settling in, while I have you?"),
        A("She's doing well. She joined the singing group in the conservatory, and "
          "[[NAME:Summer]], our activities lead, says she knew every word."),
        C("That sounds like her. Tell [[NAME:Summer]] thank you. Is the summer fete still on "
          "Sunday?"),
        A(f"It is, from {K('time', s.time((g.n(1, 3), 0), 'pm'))}. See you then."),
    ]


@case("asr", "IE", "care home")
def _(g, s):
    t1, t2, n, room = g.time(10, 11, step=30), g.time(19, 20, step=30), g.n(2, 4), g.n(4, 30)
    t3 = g.time(10, 11, step=30)
    return [
        A("good morning st brigid's nursing home [[NAME:maeve]] speaking"),
        C("hi [[NAME:maeve]] it's [[NAME:declan mac giolla phadraig]] i'm ringing about "
          "visiting my father [[NAME:seamus]]"),
        A("ah hello [[NAME:declan]] [[NAME:seamus]] was in great form at breakfast"),
        C("good to hear what are the visiting hours these days"),
        A(f"it's {K('time', s.time(t1))} to {K('time', s.time(t2))} every day but we ask for "
          f"no more than {K('count', words(n))} visitors at a time in the rooms"),
        C("that's grand there'll only be me and my sister"),
        A(f"and he's moved to room {K('other', words(room))} on the ground floor now did "
          f"anyone tell you"),
        C("no nobody said why did he move"),
        A("it's nearer the nurses station and there's a view of the garden he's happy out"),
        C("and is father [[NAME:padraig]] still saying mass there on sundays"),
        A(f"he is at {K('time', s.time(t3))} in the day room your dad never misses it"),
        C("brilliant we'll come after mass so"),
        A("see you sunday"),
    ]


@case("asr", "ZA", "care home")
def _(g, s):
    d = g.dob(1938, 1948)
    zid, pc, u, hn = g.id_za(d), g.pc_num(7500, 7500), g.n(2, 40), g.n(3, 90)
    fee, wait = g.money(9000, 16000, step=500), g.n(3, 6)
    em = f"siya.qwabe{g.n(10, 99)}@gmail.com"
    return [
        A("good morning sunbird retirement village admissions [[NAME:lindiwe]] speaking"),
        C("morning my name is [[NAME:siyabonga qwabe]] i'm enquiring about a place for my "
          "grandmother [[NAME:nokuthula qwabe]]"),
        A("okay is she still living on her own at the moment"),
        C("she's staying with us but she fell last month and we're at work all day"),
        A("sorry to hear that we'll need her id number to start the application"),
        C(f"it's {M('SSN', s.dg(zid[:6]), 'z')} wait let me check the book "
          f"{M('SSN', s.dg(zid[6:]), 'z')}"),
        A("and the address where she's living now"),
        C(f"[[ADDRESS:unit {s.n(u)} protea court {s.hn(hn)} voortrekker road parow]] "
          f"{M('POSTCODE', s.num(pc))}"),
        A(f"the monthly fee for frail care is from {K('price', s.money(fee, 'ZAR'))} does she "
          f"have a pension"),
        C("just the sassa grant and my uncle [[NAME:gift qwabe]] helps as well"),
        A(f"we have a waiting list of about {K('duration', s.dur(wait, 'months'))} for frail "
          f"care"),
        C("honestly it would be a gift if she could get in before winter"),
        A("i'll email you the forms what's the best address"),
        C(f"{M('EMAIL', s.email(em))}"),
        A("sent you should have it now"),
    ]


@case("transcript", "AU", "care home")
def _(g, s):
    cn, cv, ex = g.card("amex"), g.cvv(amex=True), g.expiry()
    nights, fee, pct = g.n(7, 21), g.money(60, 70, cents=True), g.n(80, 85)
    day, mon = g.n(2, 27), g.n(1, 12)
    return [
        A("Good morning, Banksia Grove Aged Care, [[NAME:Jarrah]] speaking."),
        C("Hi [[NAME:Jarrah]], it's [[NAME:Phuong Tran-Nguyen]], calling about the respite "
          "booking for my father-in-law, [[NAME:Bao Tran]]."),
        A(f"Hi [[NAME:Phuong]]. Yes, I've got him booked in for "
          f"{K('duration', s.dur(nights, 'nights'))} from {K('date', s.date(day, mon))}."),
        C("That's right. The letter says there's a basic daily fee to pay upfront?"),
        A(f"Yes, {K('price', s.money(fee, 'AUD'))} a day, which is "
          f"{K('percentage', s.pct(pct))} of the single age pension."),
        C("Okay. I'll pay it on my Amex."),
        A("No worries. Card number when you're ready."),
        C(f"{M('CARD_NUMBER', s.card(cn))}."),
        A("Thanks. And the expiry?"),
        C(f"{M('EXPIRY', s.exp(*ex, mode='long'))}."),
        A("And the four-digit code on the front?"),
        C(f"{M('CVV', cv)}."),
        A("Lovely, that's processed. Can you bring his Medicare card and his Webster packs on "
          "the day?"),
        C("Will do. He's very deaf, so please tell the night staff to speak on his left side."),
        A("I'll put it in his care plan. Thanks, [[NAME:Phuong]]."),
    ]


@case("asr", "US", "care home")
def _(g, s):
    ssn, d, zp = g.ssn_us(), g.dob(1935, 1947), "432" + g.digits(2, first="012")
    hn, ph, pos, k = g.n(100, 9800), g.phone_us("614"), g.n(3, 9), g.n(2, 4)
    return [
        A("thank you for calling maple crest assisted living this is [[NAME:latoya]] how can i "
          "help"),
        C("hi [[NAME:latoya]] my name is [[NAME:frank kowalczyk]] i'm calling about my mother "
          "[[NAME:irena]] she's on your waitlist"),
        A("okay let me pull her up can i have her last name"),
        C("[[NAME:kowalczyk]] [[NAME:k o w a l c z y k]]"),
        A("and her date of birth"),
        C(f"{M('DOB', s.dob(d, us=True))}"),
        A("and for verification the last four of her social"),
        C(f"{M('SSN', s.sd(ssn[5:]))}"),
        A(f"thank you [[NAME:frank]] she's number {K('other', words(pos))} on the list for a "
          f"one bedroom"),
        C("to be frank we were hoping she'd be higher up by now"),
        A(f"i understand we had {K('count', words(k))} move-ins this month so it is moving is "
          f"her address still the one on file"),
        C(f"no she's staying with me now [[ADDRESS:{s.hn(hn)} olentangy river road columbus]] "
          f"ohio {M('POSTCODE', s.num(zp))}"),
        A("and the best number to reach you"),
        C(f"{M('PHONE', s.phone(ph, 'pairs'))}"),
        A("i'll call you as soon as a unit opens up"),
    ]


# ---- adoption and fostering ----
@case("asr", "UK", "fostering")
def _(g, s):
    ni, d, pc = g.ni_uk(), g.dob(1979, 1990), g.pc_uk(g.pick(["LS8", "LS9"]))
    hn, ph, a1, a2 = g.n(2, 190), g.phone_uk("0113"), g.n(9, 14), g.n(4, 8)
    return [
        A("leeds fostering team you're speaking with [[NAME:marcus]]"),
        C("hiya i filled in the form online to be a foster carer and it said to ring and book "
          "the first visit"),
        A("brilliant thanks for calling can i take your name"),
        C("it's [[NAME:chiamaka obi-walsh]] that's [[NAME:c h i a m a k a]]"),
        A("and is anyone else in the household applying with you"),
        C(f"my husband [[NAME:liam walsh]] and we've got {K('count', words(g.n(2, 3)))} kids of our own"),
        A("lovely how old are they"),
        C(f"{K('other', words(a1))} and {K('other', words(a2))}"),
        A("and your date of birth"),
        C(f"{M('DOB', s.dob(d))}"),
        A("we'll run the checks so i'll need your national insurance number"),
        C(f"{M('SSN', s.alnum(ni))}"),
        A("and your address"),
        C(f"[[ADDRESS:{s.hn(hn)} harehills lane]] {M('POSTCODE', s.pc(pc))}"),
        A("we'll also need two referees who aren't family"),
        C("sister [[NAME:bernadette ugwu]] from church and my old manager [[NAME:faith okoro]]"),
        A("that's fine and a number for the social worker to ring you on"),
        C(f"{M('PHONE', s.phone(ph))}"),
        A(f"lovely someone will call you within {K('duration', s.dur(g.n(5, 10), 'working days'))}"),
    ]


@case("transcript", "US", "adoption")
def _(g, s):
    s1, s2, d = g.ssn_us(), g.ssn_us(), g.dob(1978, 1988)
    fee, visits, wk = g.money(2500, 3500, step=250), g.n(2, 4), g.n(2, 3)
    em = f"joy.nakamurahale{g.n(10, 99)}@outlook.com"
    return [
        A("Good morning, Hearthstone Adoption Services, this is [[NAME:Rosalind]]."),
        C("Hi, this is [[NAME:Joy Nakamura-Hale]]. We're starting the home study and the packet "
          "says to call with our Social Security numbers for the background check."),
        A("Yes, for both applicants. Let's start with you, [[NAME:Joy]]."),
        C(f"Mine is {M('SSN', s1[:3] + '-' + s1[3:5] + '-' + s1[5:])}."),
        A(f"Let me repeat the last four: {M('SSN', s1[5:])}."),
        C("Correct."),
        A("And your husband's?"),
        C("He's right here. [[NAME:Grant]], do you want to say yours?"),
        C(f"Hi. It's {M('SSN', s2[:3] + ' ' + s2[3:5] + ' ' + s2[5:])}."),
        A("Thank you, Mr [[NAME:Hale]]. And your date of birth?"),
        C(f"{M('DOB', s.dob(d, us=True))}."),
        A(f"The home study fee is {K('price', s.money(fee, 'USD'))}, and the social worker will "
          f"make {K('count', str(visits))} visits. Who are your references?"),
        C("My sister, [[NAME:Faith Nakamura]], and our pastor, Pastor [[NAME:Isaiah Whitfield]]."),
        A("I'll email the reference forms. What's the best email?"),
        C(f"It's {M('EMAIL', em)}."),
        A(f"Great. Your social worker, [[NAME:Delphine]], will be in touch within "
          f"{K('duration', s.dur(wk, 'weeks'))}."),
    ]


@case("transcript", "CA", "fostering")
def _(g, s):
    sin, pc, hn, rr = g.sin_ca(), g.pc_ca(g.pick(["K0G", "K0H"])), g.n(1000, 9000), g.n(1, 6)
    age, day, mon = g.n(16, 18), g.n(2, 27), g.n(1, 12)
    return [
        A("Family and Children's Services, [[NAME:Ashok]] speaking."),
        C("Hi, it's [[NAME:Tomasz Wróblewski]]. We're approved foster parents and we've moved, "
          "so I need to update our file."),
        A("Sure, [[NAME:Tomasz]]. What's the new address?"),
        C(f"[[ADDRESS:{hn} Rideau Ferry Road, RR {rr}, Perth]], Ontario, {M('POSTCODE', pc)}."),
        A("Is that a rural route with a civic number?"),
        C("Yes, the civic number's on a blue sign at the end of the lane."),
        A("Thanks. Since it's a new home, we'll redo the safety check. I'll also need to confirm "
          "your SIN for the file."),
        C(f"{M('SSN', s.grp(sin, [3, 3, 3]))}."),
        A("Thank you. Is [[NAME:Agnieszka]] still the second caregiver?"),
        C("Yes, and my mother-in-law, [[NAME:Halina Zielińska]], moved in with us, so she'll need "
          "a police check too."),
        A(f"Okay. Anyone over {K('other', str(age))} living in the home needs one. Is there a "
          f"well on the property?"),
        C(f"Yes, and we had the water tested. The report came back on "
          f"{K('date', s.date(day, mon))}."),
        A("Perfect, send that in and I'll book the home visit."),
    ]


@case("asr", "NZ", "fostering")
def _(g, s):
    acct = g.pick(["01", "02", "06", "12", "38"]) + g.digits(4) + g.digits(7) + g.digits(2)
    pc, hn, dd, wk = g.pc_num(3216, 3216), g.n(2, 190), g.n(3, 5), g.n(2, 6)
    return [
        A("kia ora you've reached the caregiver support line this is [[NAME:wiremu]]"),
        C(f"kia ora [[NAME:wiremu]] it's [[NAME:ngaire tipene]] i've got {K('count', words(g.n(2, 3)))} "
          f"mokopuna with me under a care arrangement and the allowance hasn't come through"),
        A("sorry to hear that let me have a look what are the tamariki's names"),
        C("[[NAME:manaia]] and [[NAME:kahurangi tipene-hughes]]"),
        A("thanks and can you confirm the bank account the allowance goes into"),
        C(f"{M('ACCOUNT_NUMBER', s.dg(acct))}"),
        A("hmm that's different from the one we've got it looks like we have an old account"),
        C("yeah i changed banks after the branch in town closed"),
        A("no worries i'll update it can you confirm your address too"),
        C(f"[[ADDRESS:{s.hn(hn)} grey street hamilton east]] {M('POSTCODE', s.num(pc))}"),
        A(f"kei te pai the payment will go through in the next "
          f"{K('duration', s.dur(dd, 'working days'))} and i'll backdate it "
          f"{K('duration', s.dur(wk, 'weeks'))}"),
        C("ka pai thank you so much"),
    ]


# ---- churches and wedding registrars ----
@case("transcript", "UK", "wedding registrar")
def _(g, s):
    d1, d2, pc = g.dob(1988, 1996), g.dob(1989, 1997), g.pc_uk(g.pick(["B11", "B12"]))
    hn, fl, fee, t = g.n(20, 400), g.n(1, 9), g.money(35, 42), g.time(9, 15)
    day, mon, guests = g.n(2, 27), g.n(1, 12), g.pick([40, 60, 80])
    return [
        A("Birmingham Register Office, [[NAME:Harriet]] speaking. How can I help?"),
        C("Hello, we'd like to book our appointment to give notice of marriage. I'm "
          "[[NAME:Yusuf Al-Amin]]."),
        A("Congratulations! And your partner's name?"),
        C("[[NAME:Layla Haddad]]. That's [[NAME:H-A-D-D-A-D]]."),
        A("Thank you. You both need to attend in person with ID. Dates of birth?"),
        C(f"Mine is {M('DOB', s.dob(d1, mode='long'))}, and Layla's is "
          f"{M('DOB', s.dob(d2, mode='long'))}."),
        A("And you both live in the district?"),
        C(f"Yes, [[ADDRESS:Flat {fl}, {hn} Ladypool Road, Sparkbrook]], "
          f"{M('POSTCODE', s.pc(pc))}."),
        A(f"The fee is {K('price', s.money(fee, 'GBP'))} each, payable on the day. I "
          f"have {K('time', s.time(t, 'am' if t[0] < 12 else 'pm'))} on "
          f"{K('date', s.date(day, mon))}."),
        C("That's fine. The wedding itself is planned for the summer. Is that all right with "
          "the notice period?"),
        A(f"Yes, notice lasts a year, so a summer date is fine. The ceremony room at the Old "
          f"Library holds {K('count', str(guests))} guests."),
        C("Perfect. We'll see you then."),
    ]


@case("asr", "IE", "church")
def _(g, s):
    t, day, mon, dur = g.time(11, 12, step=30), g.n(2, 27), g.n(1, 12), g.pick([60, 90])
    return [
        A("hello st columba's parish office [[NAME:bernie]] speaking"),
        C("hi [[NAME:bernie]] i'm looking to book a baptism for our little one"),
        A("lovely what's the baby's name"),
        C("[[NAME#a:saoirse]] [[NAME:s a o i r s e]] [[NAME#a:nic an bhaird]]"),
        A("beautiful and the parents names"),
        C("i'm [[NAME:roisin nic an bhaird]] and her dad is [[NAME:colm ward]]"),
        A(f"we do baptisms after the {K('time', s.time(t))} mass on sundays the next free one "
          f"is the {K('date', s.date(day, mon))}"),
        C("that'd be perfect and do the godparents have to be catholic"),
        A("at least one of them does who are you asking"),
        C("my brother [[NAME:fiachra]] and my friend [[NAME:grace o'halloran]]"),
        A(f"grand and father [[NAME:declan]] will want to meet you beforehand for the "
          f"preparation evening it's about {K('duration', s.dur(dur, 'minutes'))}"),
        C("no problem is there a fee"),
        A("there's no fee but people usually give an offering it's up to yourselves"),
        C("thanks a million [[NAME:bernie]]"),
    ]


@case("asr", "ZA", "church")
def _(g, s):
    cn, ex, cv = g.card("mc"), g.expiry(), g.cvv()
    dep, day, mon = g.money(1500, 3000, step=250), g.n(2, 27), g.n(1, 12)
    b = s.blocks(cn)
    return [
        A("good morning rosebank union church office [[NAME:karabo]] speaking"),
        C("morning my name is [[NAME:chinedu okafor]] my fiancee and i want to book the chapel "
          "for our wedding"),
        A("congratulations and what's your fiancee's name"),
        C("[[NAME:adaeze nwosu]]"),
        A("and which date were you thinking of"),
        C(f"the {K('date', s.date(day, mon))} if it's free"),
        A(f"that saturday is open the deposit to hold the chapel is "
          f"{K('price', s.money(dep, 'ZAR'))}"),
        C("okay can i pay now with card"),
        A("yes please go ahead"),
        C(f"{M('CARD_NUMBER', b[0] + ' ' + b[1], 'c')} sorry my phone is ringing "
          f"{M('CARD_NUMBER', b[2] + ' ' + b[3], 'c')}"),
        A("and the expiry date"),
        C(f"{M('EXPIRY', s.exp(*ex))}"),
        A("and the cvv"),
        C(f"{M('CVV', s.cvv(cv, 'words'))}"),
        A("thank you it's approved pastor [[NAME:mokoena]] does the marriage prep classes he'll "
          "phone you this week"),
        C("thank you so much [[NAME:karabo]]"),
    ]


@case("asr", "US", "church")
def _(g, s):
    d1, m1, d2 = g.n(2, 13), g.n(3, 5), g.n(14, 27)
    t1, t2 = g.time(8, 9, step=30), g.time(11, 11, step=15)
    em = f"willmccray{g.n(10, 99)}@icloud.com"
    return [
        A("good morning grace community church this is [[NAME:faith]]"),
        C("hi [[NAME:faith]] this is [[NAME:will mccray]] we talked last week about dedicating "
          "our baby"),
        A("oh hi [[NAME:will]] yes how's little [[NAME:rose]] doing"),
        C("she's great she's sleeping through finally i will say we had faith it would happen"),
        A(f"ha i bet so the dedication sundays this spring are the {K('date', s.date(d1, m1))} "
          f"and the {K('date', s.date(d2, m1))}"),
        C("the second one works my parents fly in that week"),
        A("perfect i'll put you down can i get an email so i can send the form"),
        C(f"sure it's {M('EMAIL', s.email(em))}"),
        A(f"and is the {K('time', s.time(t1))} service or the {K('time', s.time(t2))} service "
          f"better"),
        C("the early one she naps after lunch"),
        A("got it pastor [[NAME:ruiz]] will call you the week before"),
        C("thanks [[NAME:faith]] have a blessed day"),
    ]


@case("transcript", "AU", "wedding registrar")
def _(g, s):
    cn, ex, cv = g.card("visa"), g.expiry(), g.cvv()
    d1, d2, pc, hn = g.dob(1985, 1995), g.dob(1986, 1996), g.pc_num(3051, 3068), g.n(3, 240)
    fee, t, day, mon = g.money(400, 500, cents=True), g.time(10, 15), g.n(2, 27), g.n(1, 12)
    b = s.blocks(cn)
    return [
        A("Births, Deaths and Marriages, [[NAME:Kirsty]] speaking."),
        C("Hi [[NAME:Kirsty]]. Our celebrant says we need to book the registry office for the "
          "ceremony itself."),
        A("Sure, I can do that. Names of both parties?"),
        C("[[NAME:Declan Fitzgerald-Ong]] and [[NAME:Sky Mahe]]."),
        A("Dates of birth?"),
        C(f"{M('DOB', s.dob(d1))} for me, and {M('DOB', s.dob(d2))} for [[NAME:Sky]]."),
        A("And your residential address?"),
        C(f"[[ADDRESS:{hn} Nicholson Street, Fitzroy North]], {M('POSTCODE', pc)}."),
        A(f"The ceremony fee is {K('price', s.money(fee, 'AUD'))}. I have "
          f"{K('time', s.time(t, 'am' if t[0] < 12 else 'pm'))} on "
          f"{K('date', s.date(day, mon))} in the garden room. The sky's been kind this year, "
          f"so fingers crossed."),
        C("Great, I'll pay by card."),
        A("Go ahead."),
        C(f"{M('CARD_NUMBER', b[0] + ' ' + b[1] + ' ' + b[2], 'c')}, and the last block is "
          f"{M('CARD_NUMBER', b[3], 'c')}."),
        A("Expiry and CVV?"),
        C(f"{M('EXPIRY', s.exp(*ex))}, and {M('CVV', cv)}."),
        A("Thank you, you're booked. We'll email the confirmation."),
    ]


# ---- sports clubs ----
@case("asr", "UK", "sports club")
def _(g, s):
    d, mem, cn, ex, cv = g.dob(2012, 2015), g.pat("LLdddd"), g.card("mc"), g.expiry(), g.cvv()
    fee, pct, t, yr = g.money(85, 140), g.pick([10, 15, 20]), g.time(17, 18, step=30), g.n(2016, 2019)
    return [
        A("hello pontyclun rugby club membership [[NAME:gareth]] speaking"),
        C("hiya [[NAME:gareth]] i'm trying to renew my son's junior membership but the website "
          "keeps crashing"),
        A("no worries i can do it over the phone what's his name"),
        C("[[NAME:rhys pugh-morgan]]"),
        A("and his membership number it starts with two letters"),
        C(f"{M('ACCOUNT_NUMBER', s.alnum(mem, phon=True))}"),
        A(f"lovely he's been with us since {K('year', s.year(yr))} and his date of birth"),
        C(f"{M('DOB', s.dob(d))}"),
        A(f"the junior fee is {K('price', s.money(fee, 'GBP'))} and there's "
          f"{K('percentage', s.pct(pct))} off if there's a sibling in the club"),
        C("just the one thank god is card okay"),
        A("card's fine"),
        C(f"{M('CARD_NUMBER', s.card(cn))}"),
        A("expiry"),
        C(f"{M('EXPIRY', s.exp(*ex))}"),
        A("and the three digits on the back"),
        C(f"{M('CVV', s.cvv(cv))}"),
        A(f"all done training is {K('time', s.time(t))} thursdays on the back pitch"),
    ]


@case("transcript", "NZ", "sports club")
def _(g, s):
    reg, d, fee, pct = g.pat("NZN-dddddd"), g.dob(2011, 2014), g.money(90, 160), g.pick([10, 20])
    day, mon, t, hrs = g.n(2, 27), g.n(2, 4), g.time(9, 10, step=30), g.n(2, 3)
    em = f"faith.tuilagi{g.n(10, 99)}@xtra.co.nz"
    return [
        A("Kia ora, Hutt Valley Netball, [[NAME:Leilani]] speaking."),
        C("Hi, I'm registering two girls for the winter season. I'm their mum, "
          "[[NAME:Faith Tuilagi]]."),
        A("Great. Are they returning players?"),
        C("[[NAME:Talia]] is. [[NAME:Moana]] is new this year."),
        A("What's Talia's player number?"),
        C(f"{M('ACCOUNT_NUMBER', reg)}."),
        A("And Moana's date of birth?"),
        C(f"{M('DOB', s.dob(d))}."),
        A(f"Thanks. Registration is {K('price', s.money(fee, 'NZD'))} each, with "
          f"{K('percentage', s.pct(pct))} off the second player."),
        C("Good. Can you send the invoice by email?"),
        A("Sure, what's the address?"),
        C(f"It's {M('EMAIL', em)}."),
        A(f"Done. Grading is on {K('date', s.date(day, mon))} from "
          f"{K('time', s.time(t, 'am'))}. Bring a water bottle, it goes for about "
          f"{K('duration', s.dur(hrs, 'hours'))}."),
        C("Sweet as, thanks [[NAME:Leilani]]."),
    ]


@case("asr", "IE", "sports club")
def _(g, s):
    ec, fee, t, t2 = g.eircode("T12"), g.money(150, 260, step=10), g.time(9, 10, step=30), g.n(10, 11)
    em = f"grainne.nishuilleabhain{g.n(10, 99)}@eircom.net"
    return [
        A("good evening st finbarr's club [[NAME:donal]] here"),
        C("hi [[NAME:donal]] it's [[NAME:grainne ni shuilleabhain]] i'm after joining and i've "
          "the two kids for the juveniles"),
        A(f"great stuff the family membership is {K('price', s.money(fee, 'EUR'))} for "
          f"the year"),
        C("that's grand how do i pay it"),
        A("there's a link on the club app i'll send it what's your eircode first"),
        C(f"{M('POSTCODE', s.pc(ec, phon=True))}"),
        A("and an email for the link"),
        C(f"{M('EMAIL', s.email(em))}"),
        A("and the kids names"),
        C("[[NAME:oisin]] and [[NAME:caoimhe]] both [[NAME:o'sullivan]] they have their dad's "
          "name"),
        A(f"lovely training is {K('time', s.time(t))} saturday mornings down the lough field"),
        C("is there parking down there"),
        A(f"there is but it fills up by {K('time', words(t2))} so come early"),
    ]


@case("transcript", "US", "sports club")
def _(g, s):
    cn, ex, cv, d = g.card("disc"), g.expiry(), g.cvv(), g.dob(2014, 2017)
    zp, hn, fee, uni = "787" + g.digits(2, first="0123"), g.n(100, 4999), g.money(95, 175), g.money(25, 45)
    day, mon, t, fld = g.n(2, 27), g.n(2, 3), g.time(9, 11), g.n(2, 6)
    return [
        A("Eastside Little League, this is [[NAME:Hunter]]. How can I help?"),
        C("Hi [[NAME:Hunter]], I'm trying to register my daughter, [[NAME:Sky Delgado-Pratt]], "
          "for spring ball."),
        A("Sure. What's her birthday? League age depends on it."),
        C(f"{M('DOB', s.dob(d, us=True))}."),
        A("Okay, she'll be in Minors. And your address, to check the boundary?"),
        C(f"[[ADDRESS:{hn} East Cesar Chavez Street, Austin]], Texas {M('POSTCODE', zp)}."),
        A(f"That's in our boundary. The fee is {K('price', s.money(fee, 'USD'))}, plus "
          f"{K('price', s.money(uni, 'USD'))} for the uniform."),
        C("I'll pay with my Discover card."),
        A("Go ahead."),
        C(f"{M('CARD_NUMBER', s.card(cn, 'dash'))}."),
        A("Expiration and security code?"),
        C(f"{M('EXPIRY', s.exp(*ex))}, code {M('CVV', cv)}."),
        A(f"You're set. Tryouts are {K('date', s.date(day, mon))} at "
          f"{K('time', s.time(t, 'am'))}, field {K('other', str(fld))}."),
        C("Thanks so much!"),
    ]


@case("asr", "IN", "sports club")
def _(g, s):
    age, hn, sec, pin = g.n(9, 14), g.n(100, 3500), g.n(15, 48), "1600" + g.digits(2, first="1234")
    fee, wk, t1, t2 = g.money(4000, 9000, step=500), g.n(3, 6), (6, g.pick([0, 30])), (8, 0)
    return [
        A("hello royal cricket academy [[NAME:manpreet]] speaking"),
        C("sat sri akal ji i want admission for my son in the summer camp"),
        A("sat sri akal what is the boy's name and age"),
        C(f"[[NAME:arjun singh gill]] he is {K('other', words(age))} years"),
        A("and father's name"),
        C("[[NAME:gurdeep singh gill]]"),
        A("address please"),
        C(f"house number [[ADDRESS:{s.hn(hn)} sector {words(sec)} c chandigarh]] "
          f"{M('POSTCODE', s.num(pin))}"),
        A(f"camp fee is {K('price', s.money(fee, 'INR'))} for "
          f"{K('duration', s.dur(wk, 'weeks'))} with kit"),
        C("kit means bat also"),
        A("no sir only whites and cap bat you have to bring"),
        C("okay and timing"),
        A(f"{K('time', s.time(t1))} to {K('time', s.time(t2))} morning batch"),
        C("theek hai thank you"),
    ]


# ---- driving schools ----
@case("transcript", "UK", "driving school")
def _(g, s):
    d = g.dob(2003, 2006)
    lic = "ADEBA" + str(d.year)[2] + f"{d.month:02d}{d.day:02d}" + str(d.year)[3] + "K9" + \
        g.pick("123456789") + g.pat("LL")
    cn, ex, cv, pc = g.card("visa"), g.expiry(), g.cvv(), g.pc_uk("CF24")
    fl, hn, t = g.n(2, 40), g.n(20, 200), g.time(9, 16)
    p1, mins, p2, blk, yr = g.money(34, 40), g.pick([60, 90]), g.money(300, 360, step=5), g.pick([5, 10]), g.n(2023, 2024)
    b = s.blocks(cn)
    return [
        A("Good morning, Clearway Driving School, [[NAME:Bronwen]] speaking."),
        C(f"Hi, I'd like to book some lessons. I passed my theory in {K('year', str(yr))}."),
        A("Great! What's your name?"),
        C("[[NAME:Kayode Adebayo-Smith]]."),
        A("And your provisional licence number, so we can check it online?"),
        C(f"It's {M('ACCOUNT_NUMBER', lic)}."),
        A(f"Thanks. You'd be with [[NAME:Grant]]; he's got Tuesday at "
          f"{K('time', s.time(t, 'am' if t[0] < 12 else 'pm'))}. Lessons are "
          f"{K('price', s.money(p1, 'GBP'))} for "
          f"{K('duration', s.dur(mins, 'minutes'))}, or {K('price', s.money(p2, 'GBP'))} "
          f"for a block of {K('count', str(blk))}."),
        C("I'll do the block. My student grant came in, so I might as well."),
        A("Lovely. Where would [[NAME:Grant]] pick you up?"),
        C(f"From halls. [[ADDRESS:Flat {fl}, Opal Court, {hn} Cathays Terrace, Cardiff]], "
          f"{M('POSTCODE', s.pc(pc))}."),
        A("And you're paying by card?"),
        C(f"Yes. {M('CARD_NUMBER', b[0] + ' ' + b[1], 'c')}... "
          f"{M('CARD_NUMBER', b[2] + ' ' + b[3], 'c')}."),
        A(f"The last four were {M('CARD_NUMBER', b[3], 'r1')}?"),
        C(f"Yes. Expiry {M('EXPIRY', s.exp(*ex, mode='long'))}, and the code is {M('CVV', cv)}."),
        A(f"All booked. His car is the {K('model_number', s.model('DC', g.n(200, 450)))} "
          f"dual-control hatchback with the sign on the roof."),
    ]


@case("asr", "AU", "driving school")
def _(g, s):
    lic, pc, unit, hn = g.digits(8), g.pc_num(2166, 2166), g.n(2, 12), g.n(3, 90)
    day, t, p, mins, hrs = g.n(2, 27), g.time(15, 17, step=30), g.money(70, 85), 60, g.n(20, 60)
    return [
        A("g'day smart start driving school [[NAME:bianca]] speaking"),
        C("hi i'm calling to book a lesson for my daughter she has her learner's"),
        A("too easy what's her name"),
        C("[[NAME:nguyen thi lan]] [[NAME:nguyen]] is the family name"),
        A("so [[NAME:lan]] is her first name"),
        C("yes [[NAME:lan]] [[NAME:l a n]]"),
        A("and her learner licence number"),
        C(f"{M('ACCOUNT_NUMBER', s.dg(lic))}"),
        A("and where will the instructor pick her up"),
        C(f"[[ADDRESS:{s.n(unit)} slash {s.hn(hn)} john street cabramatta]] "
          f"{M('POSTCODE', s.num(pc))}"),
        A(f"our instructor [[NAME:mo]] has a spot on the {K('date', s.date(day, mode='day'))} "
          f"at {K('time', s.time(t))} it's {K('price', s.money(p, 'AUD'))} for "
          f"{K('duration', s.dur(mins, 'minutes'))}"),
        C(f"okay she has done {K('duration', s.dur(hrs, 'hours'))} in the logbook already"),
        A("good on her see you then"),
    ]


@case("asr", "CA", "driving school")
def _(g, s):
    lic = g.pick("MOWK") + g.digits(4, "0123456789") + "-" + g.digits(5, "0123456789") + "-" + \
        g.digits(5, "0123456789")
    ph, p, k, day, mon, t = g.phone_us("905"), g.money(600, 800, step=5), g.n(8, 10), g.n(2, 27), g.n(1, 12), g.time(9, 10)
    em = f"ama.owusumensah{g.n(10, 99)}@gmail.com"
    return [
        A("young drivers of mississauga this is [[NAME:harjit]]"),
        C("hi i want to sign up for the beginner driver course i passed my written test last "
          "week"),
        A("congrats what's your full name"),
        C("[[NAME:ama owusu-mensah]]"),
        A("and your licence number"),
        C(f"{M('ACCOUNT_NUMBER', s.alnum(lic))}"),
        A(f"the course is {K('price', s.money(p, 'CAD'))} plus tax and includes "
          f"{K('count', words(k))} in car lessons"),
        C("okay can i get an email with the schedule"),
        A("sure what's the email"),
        C(f"{M('EMAIL', s.email(em))}"),
        A("and a cell number"),
        C(f"{M('PHONE', s.phone(ph))}"),
        A(f"perfect in class starts {K('date', s.date(day, mon))} at {K('time', s.time(t))} "
          f"you'll get a confirmation"),
    ]


@case("transcript", "IN", "driving school")
def _(g, s):
    ll = "KA" + f"{g.n(1, 53):02d}" + " " + str(g.n(2019, 2024)) + g.digits(7, "0123456789")
    fee, days, mins, n, cr, mn = g.money(5000, 7500, step=500), g.n(15, 21), g.pick([30, 45]), g.n(10, 400), g.n(2, 9), g.n(1, 12)
    pin, extra, t1, t2 = "5600" + g.digits(2, first="1234"), g.money(50, 150, step=50), g.time(6, 7, step=30), g.time(17, 18, step=30)
    return [
        A("Good morning, Sri Ganesh Motor Driving School, [[NAME:Lakshmi]] speaking."),
        C("Good morning madam. I have got my learner's licence and want to join for four-wheeler "
          "training."),
        A(f"Okay sir. The course is {K('price', s.money(fee, 'INR', 'rs'))} for "
          f"{K('count', str(days))} days, {K('duration', s.dur(mins, 'minutes'))} each day. "
          f"Your name?"),
        C("[[NAME:Karthik Venkataraman]]."),
        A("Learner's licence number, sir?"),
        C(f"{M('ACCOUNT_NUMBER', ll)}."),
        A("And residential address for pickup?"),
        C(f"No. [[ADDRESS:{n}, {ord_digits(cr)} Cross, {ord_digits(mn)} Main, Vijayanagar, "
          f"Bengaluru]] {M('POSTCODE', pin)}."),
        A(f"Pickup from home is extra, sir. {K('price', s.money(extra, 'INR', 'rs'))} "
          f"per day."),
        C("That is fine. What are the timings?"),
        A(f"Morning {K('time', s.time(t1))} or evening {K('time', s.time(t2))} batch."),
        C("Morning only. Office is there."),
        A("Okay sir, Mr [[NAME:Raju]] will be your trainer. Please bring your Aadhaar copy and "
          "photos."),
    ]


# ---- scaffolding and skip hire ----
@case("asr", "UK", "skip hire")
def _(g, s):
    cn, ex, cv, size = g.card("visa"), g.expiry(), g.cvv(), g.pick([4, 6, 8])
    p, wk, pc, hn = g.money(220, 330, step=5), g.n(2, 3), g.pc_uk(g.pick(["NG7", "NG9"])), g.n(2, 300)
    t1 = g.time(7, 9, step=30)
    b = s.blocks(cn)
    wrong = b[2].split()
    wrong[1] = "two" if wrong[1] != "two" else "three"
    wrong = " ".join(wrong)
    return [
        A("morning trent valley skips [[NAME:dean]] speaking"),
        C("morning i need a skip dropping off on thursday if you've got one"),
        A("what's it for"),
        C("bathroom rip out tiles and an old bath"),
        A(f"a {K('quantity', words(size) + ' yard')} would do it that's "
          f"{K('price', s.money(p, 'GBP'))} for {K('duration', s.dur(wk, 'weeks'))}"),
        C("go on then"),
        A("delivery address"),
        C(f"[[ADDRESS:{s.hn(hn)} ilkeston road lenton]] {M('POSTCODE', s.pc(pc))}"),
        A("is there room on the drive or will it be on the road because that needs a permit"),
        C("on the drive the main road's a nightmare anyway"),
        A("card number then please"),
        C(f"{M('CARD_NUMBER', b[0] + ' ' + b[1], 'c')} um {M('CARD_NUMBER', wrong, 'x1')} no "
          f"sorry {M('CARD_NUMBER', b[2] + ' ' + b[3], 'c')}"),
        A("and the expiry"),
        C(f"{M('EXPIRY', s.exp(*ex))}"),
        A("three digit code"),
        C(f"{M('CVV', s.cvv(cv))}"),
        A(f"that's booked the driver will be there from {K('time', s.time(t1))}"),
    ]


@case("transcript", "IE", "skip hire")
def _(g, s):
    cn, ex, cv, ec = g.card("mc"), g.expiry(), g.cvv(), g.eircode("H91")
    size, p, t = g.pick([6, 8, 12]), g.money(280, 420, step=10), g.n(18, 26)
    return [
        A("Corrib Skip Hire, [[NAME:Tadhg]] speaking."),
        C("Hi, it's [[NAME:Fionnuala Ní Fhlatharta]]. I'm clearing out my late aunt's house and "
          "I need a skip."),
        A(f"Sorry for your loss. A {K('quantity', str(size) + '-yard')} is "
          f"{K('price', s.money(p, 'EUR'))} including the levy. Where's it going?"),
        C(f"[[ADDRESS:Cnoc Álainn House, Ballinahown, Moycullen]], Co. Galway, "
          f"{M('POSTCODE', ec)}."),
        A(f"Grand. Will the lorry get in? It's a {K('quantity', str(t) + '-tonne')} truck."),
        C("The gate's wide, it's the boreen after it that's tight."),
        A("Our driver [[NAME:Mossie]] knows the area. Card details so?"),
        C(f"{M('CARD_NUMBER', s.card(cn))}."),
        A("Expiry?"),
        C(f"{M('EXPIRY', s.exp(*ex))}."),
        A("And the CVV?"),
        C(f"{M('CVV', cv)}."),
        A("Thanks, [[NAME:Fionnuala]]. Whose name goes on the invoice?"),
        C("Put it in my brother's name, he's the executor: [[NAME:Colm Ó Flatharta]]."),
    ]


@case("transcript", "AU", "scaffolding")
def _(g, s):
    pc, hn, hn2, m = g.pc_num(3191, 3191), g.n(10, 90), g.n(91, 160), g.n(30, 60)
    dep, tot, sur = g.pick([20, 25, 30]), g.money(4000, 9000, step=50), g.pick([1, 2])
    cn, ex, cv = g.card("mc"), g.expiry(), g.cvv()
    b = s.blocks(cn)
    return [
        A("Southern Cross Scaffolding, [[NAME:Brodie]] speaking."),
        C("Hi, it's [[NAME:Rangi Parata]]. I got your quote for the re-roof and I want to go "
          "ahead."),
        A(f"Good stuff. That's {K('quantity', str(m) + ' metres')} of scaffold around a "
          f"double-storey?"),
        C("Yep. Can you confirm the site address on the quote?"),
        A(f"I've got [[ADDRESS:{hn} Beach Road, Sandringham]], {M('POSTCODE', pc)}."),
        C(f"Close, but it's [[ADDRESS:{hn2} Beach Road]]. You've got next door."),
        A(f"Sorry about that, fixed. We use the {K('model_number', s.model('KS', g.n(300, 900)))} "
          f"kwikstage system. Total is {K('price', s.money(tot, 'AUD'))} and the deposit "
          f"is {K('percentage', s.pct(dep))}."),
        C("Card okay?"),
        A(f"Card's fine, there's a {K('percentage', s.pct(sur))} surcharge."),
        C(f"Righto. {M('CARD_NUMBER', b[0], 'c')}, {M('CARD_NUMBER', b[1], 'c')}, "
          f"{M('CARD_NUMBER', b[2], 'c')}, {M('CARD_NUMBER', b[3], 'c')}."),
        A("Expiry and the three on the back?"),
        C(f"{M('EXPIRY', s.exp(*ex))}, {M('CVV', cv)}."),
        A("Done. The crew's out Monday first thing."),
    ]


@case("transcript", "UK", "scaffolding")
def _(g, s):
    hn, pc, t, ph, k, days = g.n(2, 80), g.pc_uk("PO4"), g.time(8, 10), g.phone_uk("07700"), g.n(3, 8), g.n(2, 5)
    return [
        A("Apex Scaffolding, [[NAME:Lee]] speaking."),
        C(f"Hi, my name's [[NAME:Dorota Kamińska]]. Your lads are putting up scaffold next door "
          f"at [[ADDRESS:{hn} Elm Grove]] and they've damaged my fence."),
        A("I'm sorry to hear that. Which property are you?"),
        C(f"Next door, [[ADDRESS:{hn + 2} Elm Grove, Southsea]], {M('POSTCODE', s.pc(pc))}."),
        A("And the job's for a Mr [[NAME:Okonjo]], is it?"),
        C("That's him. I've spoken to [[NAME:Chidi]] and he said to ring you."),
        A(f"Right. The supervisor on that job is [[NAME:Wayne Crossley]]. He'll come out at "
          f"{K('time', s.time(t, 'am'))} tomorrow. What's the best number?"),
        C(f"My mobile, {M('PHONE', s.phone(ph, 'split'))}."),
        A("Can you take photos of the damage? It helps with the insurance."),
        C(f"I've got {K('count', str(k))} already."),
        A(f"Perfect. We'll have it put right within {K('duration', s.dur(days, 'days'))}."),
        C("Thank you."),
    ]


@case("asr", "ZA", "skip hire")
def _(g, s):
    size, p, days = g.pick([6, 9]), g.money(1800, 2800, step=50), g.n(5, 7)
    hn, pc, cn, ex, cv = g.n(10, 200), g.pc_num(2193, 2193), g.card("visa"), g.expiry(), g.cvv()
    return [
        A("good day jozi skip hire [[NAME:bongani]] speaking"),
        C("hi [[NAME:bongani]] my name is [[NAME:pieter van der westhuizen]] i need a skip for "
          "rubble"),
        A(f"okay our {K('quantity', words(size) + ' cube')} is "
          f"{K('price', s.money(p, 'ZAR'))} for {K('duration', s.dur(days, 'days'))}"),
        C("fine and can it go on the pavement"),
        A("we'll need the address first"),
        C(f"[[ADDRESS:{s.hn(hn)} jan smuts avenue parktown north]] {M('POSTCODE', s.num(pc))}"),
        A("lekker is there an estate gate or security"),
        C("no it's a free standing house"),
        A("card number for the deposit"),
        C(f"{M('CARD_NUMBER', s.card(cn, 'odd'))}"),
        A("expiry"),
        C(f"{M('EXPIRY', s.exp(*ex))}"),
        A("and cvv"),
        C(f"{M('CVV', s.cvv(cv))}"),
        A("thanks [[NAME:pieter]] it's approved"),
    ]


# ---- window cleaners ----
@case("asr", "UK", "window cleaner")
def _(g, s):
    hn, pc, wk, p, p2 = g.n(2, 120), g.pc_uk("HU5"), g.n(4, 8), g.money(12, 25), g.money(15, 40, step=5)
    ph = g.phone_uk("07700")
    return [
        A("sparkle and shine window cleaning [[NAME:kev]] speaking"),
        C("hi [[NAME:kev]] it's [[NAME:summer oyelaran]] i'd like to go on your round please"),
        A("no problem what's the address"),
        C(f"[[ADDRESS:{s.hn(hn)} jubilee crescent]] {M('POSTCODE', s.pc(pc, phon=True))}"),
        A(f"oh yeah we do jubilee crescent every {K('duration', s.dur(wk, 'weeks'))} front and "
          f"back is {K('price', s.money(p, 'GBP'))}"),
        C("lovely and do you do conservatory roofs"),
        A(f"we do that's an extra {K('price', s.money(p2, 'GBP'))} we use a "
          f"{K('model_number', s.model('WF', g.n(20, 60)))} water fed pole so no ladders on "
          f"your roof"),
        C("brilliant the last lot cracked a panel"),
        A("best number to text you the day before"),
        C(f"{M('PHONE', s.phone(ph, 'hundred'))}"),
        A(f"so {M('PHONE', s.phone(ph))}"),
        C("that's it and can i pay by card each time"),
        A("we send a link by text and you pay online"),
        C("perfect thanks [[NAME:kev]]"),
    ]


@case("transcript", "US", "window cleaner")
def _(g, s):
    p, day, mon, t = g.money(180, 320, step=5), g.n(2, 27), g.n(3, 10), g.time(8, 13)
    hn, zp, ph = g.n(100, 9000), "803" + g.digits(2, first="0123"), g.phone_us("303")
    cn, ex, cv = g.card("mc"), g.expiry(), g.cvv()
    return [
        A("Crystal View Window Washing, this is [[NAME:Dwayne]]."),
        C("Hi [[NAME:Dwayne]], I'm [[NAME:Rosa Tamayo-Lindqvist]]. I'd like a quote for a "
          "two-story house."),
        A(f"Sure. Inside and out is usually {K('price', s.money(p, 'USD'))} for that "
          f"size, screens included."),
        C("Inside and out, please. When's your next opening?"),
        A(f"{K('date', s.date(day, mon))} at {K('time', s.time(t, 'am' if t[0] < 12 else 'pm'))}. "
          f"What's the address?"),
        C(f"[[ADDRESS:{hn} Larkspur Lane, Boulder]], CO {M('POSTCODE', zp)}."),
        A("And a phone number for the crew?"),
        C(f"{M('PHONE', s.phone(ph))}."),
        A("We take a card to hold the slot; you're not charged until the job's done."),
        C(f"Sure, {M('CARD_NUMBER', s.card(cn))}."),
        A("Expiration?"),
        C(f"{M('EXPIRY', s.exp(*ex, mode='month'))}."),
        A("And the security code?"),
        C(f"{M('CVV', cv)}."),
        A("You're on the books, [[NAME:Rosa]]."),
    ]


@case("asr", "NZ", "window cleaner")
def _(g, s):
    hn, pc, p, ref, wk, day = g.n(100, 700), g.pc_num(1024, 1024), g.money(90, 180), g.pat("CV-dddd"), g.n(6, 12), g.n(2, 27)
    return [
        A("kia ora clear view windows [[NAME:hemi]] speaking"),
        C("hi [[NAME:hemi]] it's [[NAME:bridget o'donoghue]] you did my windows last week and i "
          "want to pay the invoice but i've lost it"),
        A("no worries what's your address"),
        C(f"[[ADDRESS:{s.hn(hn)} mount eden road mount eden]] {M('POSTCODE', s.num(pc))}"),
        A(f"got you it was {K('price', s.money(p, 'NZD'))} you can pay online just put "
          f"your customer number as the reference"),
        C("what's my customer number"),
        A(f"it's {M('ACCOUNT_NUMBER', s.alnum(ref))}"),
        C("and when are you back"),
        A(f"every {K('duration', s.dur(wk, 'weeks'))} so around the "
          f"{K('date', s.date(day, mode='day'))}"),
        C("sweet see you then"),
    ]


@case("transcript", "CA", "window cleaner")
def _(g, s):
    n, hn, pc, fl, p = g.n(2, 12), g.n(1000, 6500), g.pc_ca("B3L"), g.n(3, 4), g.money(120, 220, step=5)
    ph, day, mon = g.phone_us("902"), g.n(2, 27), g.n(4, 10)
    em = f"b.rahimi{g.n(10, 99)}@eastlink.ca"
    return [
        A("Good morning, Squeegee Squad, [[NAME:Mathieu]] speaking."),
        C("Hi. I'm the landlord of a unit, calling for my tenant, [[NAME:Amara Nwachukwu]]. She "
          "wants the windows done before she moves out."),
        A("Okay. What's the address?"),
        C(f"[[ADDRESS:Apartment {n}, {hn} Quinpool Road, Halifax]], {M('POSTCODE', pc)}."),
        A("Is it a walk-up or a high-rise?"),
        C(f"A walk-up, {K('count', str(fl))} floors."),
        A(f"That's {K('price', s.money(p, 'CAD'))} for the unit. Who do I bill, you or "
          f"the tenant?"),
        C(f"Me. [[NAME:Bashir Rahimi]], email {M('EMAIL', em)}."),
        A("And a phone number for the tenant so the crew can get in?"),
        C(f"Her cell is {M('PHONE', s.phone(ph, 'intl'))}."),
        A(f"Great, I'll text [[NAME:Amara]] about {K('date', s.date(day, mon))}."),
    ]


# ---- allotments ----
@case("transcript", "UK", "allotment")
def _(g, s):
    hn, pc, k, yrs, p, plot = g.n(2, 90), g.pc_uk("LL57"), g.n(12, 40), g.n(2, 4), g.money(20, 45, cents=True), g.n(3, 60)
    em = f"tomos.abiorwerth{g.n(10, 99)}@btinternet.com"
    return [
        A("Good morning, Allotments Office, [[NAME:Eleri]] speaking."),
        C("Hello, I'd like to go on the waiting list for the Hillside site. My name's "
          "[[NAME:Tomos ab Iorwerth]]."),
        A("Lovely. You'll need to live in the city. Address, please?"),
        C(f"[[ADDRESS:{hn} Ffordd Pentre, Bangor]], {M('POSTCODE', s.pc(pc))}."),
        A(f"Thank you. There are {K('count', str(k))} people ahead of you on the Hillside list, "
          f"I'm afraid. It's about {K('duration', s.dur(yrs, 'years'))}."),
        C("Oh, that long. What about half plots?"),
        A(f"Half plots come up more often. The rent is {K('price', s.money(p, 'GBP'))} a year. "
          f"Plot {K('other', str(plot))} at Maesgeirchen might be free in the spring."),
        C("That would be fine. Can you email me when it is?"),
        A("Of course. What's your email?"),
        C(f"It's {M('EMAIL', em)}."),
        A("Thank you, Mr [[NAME:ab Iorwerth]]."),
    ]


@case("asr", "UK", "allotment")
def _(g, s):
    plot, p, w, cn, ex, cv = g.n(3, 90), g.money(30, 60), g.money(5, 12), g.card("visa"), g.expiry(), g.cvv()
    day, mon = g.n(2, 27), g.n(3, 10)
    b = s.blocks(cn)
    return [
        A("good afternoon beeston allotment society [[NAME:colin]] speaking"),
        C(f"hiya [[NAME:colin]] it's [[NAME:rose adeleke]] on plot {K('other', words(plot))}"),
        A("hello [[NAME:rose]] how's the plot doing"),
        C("the roses are doing well the potatoes not so much i'm calling to pay my rent"),
        A(f"lovely it's {K('price', s.money(p, 'GBP'))} for the year and "
          f"{K('price', s.money(w, 'GBP'))} for the water"),
        C("can i do it on card"),
        A("yep go ahead"),
        C(f"{M('CARD_NUMBER', b[0] + ' ' + b[1], 'c')} hold on the dog's barking "
          f"{M('CARD_NUMBER', b[2] + ' ' + b[3], 'c')}"),
        A("and the expiry"),
        C(f"{M('EXPIRY', s.exp(*ex))}"),
        A("and the cvc"),
        C(f"{M('CVV', s.cvv(cv))}"),
        A(f"lovely and the skip's coming on the {K('date', s.date(day, mon))} if you need to "
          f"get rid of anything"),
        C("ta [[NAME:colin]]"),
    ]


@case("transcript", "NZ", "allotment")
def _(g, s):
    yr, bed, day, mon, p, t = g.n(2014, 2020), g.n(2, 40), g.n(2, 27), g.n(1, 12), g.money(20, 60), g.time(10, 12)
    return [
        A("Kia ora, Aro Valley Community Gardens, [[NAME:Kiri]] speaking."),
        C(f"Hi [[NAME:Kiri]], it's [[NAME:Duc Anh Pham]]. I've had a plot with you since "
          f"{K('year', str(yr))} and I'm moving to Christchurch."),
        A("Oh no, we'll miss you. Which plot is it?"),
        C(f"Bed {K('other', str(bed))}, by the compost bays."),
        A(f"Okay. Your fee's paid to {K('date', s.date(day, mon))}, so there's "
          f"{K('price', s.money(p, 'NZD'))} to refund."),
        C("Give it to the seed fund, it's fine."),
        A("That's generous, thank you. Can [[NAME:Maia]] take over your bed? She's next on the "
          "list."),
        C("Of course. Tell her the garlic goes in on the shortest day."),
        A(f"Ha, noted. Drop the shed key in the box by {K('time', s.time(t, 'am'))} Saturday."),
        C("Will do. Ka kite."),
    ]


# ---- museums and galleries ----
@case("asr", "UK", "museum")
def _(g, s):
    p, hn, pc, cn, ex, cv = g.money(60, 95), g.n(100, 900), g.pc_uk("G12"), g.card("amex"), g.expiry(), g.cvv(amex=True)
    mem = g.pat("HM-dddddd")
    em = f"kirsty.basu{g.n(10, 99)}@hotmail.co.uk"
    return [
        A("thank you for calling the hunterian members line [[NAME:ailsa]] speaking"),
        C("hi i'd like to buy a joint membership as a present for my parents"),
        A(f"lovely the joint membership is {K('price', s.money(p, 'GBP'))} a year and "
          f"includes the exhibitions"),
        C("great it's for [[NAME:morag]] and [[NAME:hamish mcintyre]]"),
        A("and their address for the cards"),
        C(f"[[ADDRESS:{s.hn(hn)} great western road glasgow]] {M('POSTCODE', s.pc(pc))}"),
        A("and your name as the purchaser"),
        C("[[NAME:kirsty mcintyre-basu]]"),
        A("and an email for the receipt"),
        C(f"{M('EMAIL', s.email(em))}"),
        A("and the card number"),
        C(f"{M('CARD_NUMBER', s.card(cn))}"),
        A("expiry and the four digit code on the front"),
        C(f"{M('EXPIRY', s.exp(*ex))} and {M('CVV', s.cvv(cv))}"),
        A(f"done their membership number is {M('ACCOUNT_NUMBER', s.alnum(mem))} it'll be on the "
          f"cards"),
    ]


@case("transcript", "US", "gallery")
def _(g, s):
    gift, hn, apt, zp, yr = g.money(100, 1000, step=50), g.n(100, 2900), g.n(2, 9), "452" + g.digits(2, first="0123"), g.n(2025, 2026)
    cn, ex, cv = g.card("visa"), g.expiry(), g.cvv()
    return [
        A("Thank you for calling the Whitmore Gallery development office, this is "
          "[[NAME:Odessa]]."),
        C("Hi [[NAME:Odessa]], I'd like to make a gift in memory of my father, "
          "[[NAME:Teodoro de la Cruz]]."),
        A("I'm so sorry for your loss, and thank you. May I have your name?"),
        C("[[NAME:Marisol de la Cruz-Whitaker]]."),
        A("How much would you like to give?"),
        C(f"{K('price', s.money(gift, 'USD'))}."),
        A("Thank you. For the acknowledgment letter, what's your address?"),
        C(f"[[ADDRESS:{hn} Vine Street, Apartment {apt}, Cincinnati]], Ohio {M('POSTCODE', zp)}."),
        A("And the card you'd like to use?"),
        C(f"{M('CARD_NUMBER', s.card(cn, 'dash'))}."),
        A("Expiration and the code on the back?"),
        C(f"{M('EXPIRY', s.exp(*ex, mode='long'))}, {M('CVV', cv)}."),
        A(f"Thank you. His name will be listed in the {K('year', str(yr))} annual report."),
    ]


@case("transcript", "IE", "gallery")
def _(g, s):
    k, ad, t1, t2, mins, day, nd = g.n(22, 30), g.n(2, 4), g.time(10, 10, step=30), g.time(13, 14, step=30), g.pick([45, 60]), g.n(2, 27), g.n(3, 7)
    em = f"c.breathnach{g.n(10, 99)}@scoilbhride.ie"
    return [
        A("Good morning, gallery bookings, [[NAME:Orla]] speaking."),
        C("Hi [[NAME:Orla]], my name is [[NAME:Caitríona Breathnach]], I teach at Scoil Bhríde. "
          "I'd like to book a guided tour for my class."),
        A("Lovely. How many students?"),
        C(f"{K('count', str(k))}, plus {K('count', str(ad))} adults."),
        A(f"Tours run at {K('time', s.time(t1, 'am'))} and {K('time', s.time(t2))}. They last "
          f"about {K('duration', s.dur(mins, 'minutes'))}."),
        C("The earlier one, please. On a Thursday if possible."),
        A(f"Thursday the {K('date', ord_digits(day))} is free. Can I have a contact email?"),
        C(f"It's {M('EMAIL', em)}."),
        A(f"Thanks. It's free for schools, but we ask for {K('duration', s.dur(nd, 'days'))}' "
          f"notice to cancel."),
        C("No problem. Our principal, [[NAME:Eamon Kavanagh]], might come along too."),
        A("The more the merrier."),
    ]


@case("asr", "AU", "museum")
def _(g, s):
    d, wwc, hn, pc, day, t = g.dob(1990, 2003), g.digits(7) + "-" + g.digits(2, "0123456789"), g.n(2, 250), g.pc_num(3053, 3054), g.n(2, 27), g.time(9, 10, step=30)
    em = f"danny.kang{g.n(10, 99)}@bigpond.com"
    return [
        A("good morning melbourne museum volunteer program [[NAME:tahlia]] speaking"),
        C("hi i sent in an application to volunteer in the dinosaur walk and i was told to "
          "ring"),
        A("oh lovely what's your name"),
        C("[[NAME:dong-hyun kang]] but everyone calls me [[NAME:danny]]"),
        A("and date of birth"),
        C(f"{M('DOB', s.dob(d))}"),
        A("we need a working with children check number for the school holiday program"),
        C(f"{M('ACCOUNT_NUMBER', s.alnum(wwc))}"),
        A("and your address"),
        C(f"[[ADDRESS:{s.hn(hn)} rathdowne street carlton]] {M('POSTCODE', s.num(pc))}"),
        A("and an email"),
        C(f"{M('EMAIL', s.email(em))}"),
        A(f"thanks [[NAME:danny]] induction is on the {K('date', s.date(day, mode='day'))} at "
          f"{K('time', s.time(t))}"),
    ]


# ---- boat moorings ----
@case("transcript", "UK", "mooring")
def _(g, s):
    moor, ln, p, hn, hn2, pc = g.n(10, 200), g.n(60, 95), g.money(380, 720, cents=True), g.n(2, 90), g.n(2, 60), g.pc_uk("TR11")
    cn, ex, cv = g.card("mc"), g.expiry(), g.cvv()
    return [
        A("Good morning, Harbour Office, [[NAME:Jago]] speaking."),
        C("Morning. It's [[NAME:Morwenna Trevithick]]. I'm renewing the mooring for the Lady "
          "Harriet."),
        A(f"Morning, Mrs [[NAME:Trevithick]]. That's mooring {K('other', str(moor))} up the "
          f"estuary?"),
        C("That's the one."),
        A(f"For a boat of {K('quantity', str(ln // 10) + '.' + str(ln % 10) + ' metres')} it's "
          f"{K('price', s.money(p, 'GBP'))} this year."),
        C("Fine. Has my address changed on your system? I moved."),
        A(f"I've got [[ADDRESS:{hn} Fore Street, Kingsbridge]]."),
        C(f"It's now [[ADDRESS:Chy an Mor, {hn2} Cliff Road, Falmouth]], {M('POSTCODE', s.pc(pc))}."),
        A("Updated. And the card for the payment?"),
        C(f"{M('CARD_NUMBER', s.card(cn))}."),
        A("Expiry?"),
        C(f"{M('EXPIRY', s.exp(*ex))}."),
        A("And the security code?"),
        C(f"{M('CVV', cv)}."),
        A("Thank you. Your licence disc will be in the post."),
    ]


@case("asr", "NZ", "mooring")
def _(g, s):
    berth, fee, day, mon = g.n(10, 99), g.money(150, 350, step=50), g.n(2, 27), g.n(1, 12)
    cn, ex, cv = g.card("visa"), g.expiry(), g.cvv()
    em = f"lachie.ferris{g.n(10, 99)}@gmail.com"
    return [
        A("westhaven marina berth office [[NAME:ana]] speaking"),
        C(f"kia ora [[NAME:ana]] it's [[NAME:tama ngata]] about berth {K('other', words(berth))} "
          f"on c pier"),
        A("kia ora [[NAME:tama]] what can i do for you"),
        C("i'm selling the boat to a mate [[NAME:lachlan ferris]] can the berth lease go across to "
          "him"),
        A(f"it can but he'll need to apply and there's a transfer fee of "
          f"{K('price', s.money(fee, 'NZD'))}"),
        C(f"i'll pay that now on card and send the form to him his email is "
          f"{M('EMAIL', s.email(em))}"),
        A("go ahead with the card"),
        C(f"{M('CARD_NUMBER', s.card(cn, 'pairs'))}"),
        A("expiry"),
        C(f"{M('EXPIRY', s.exp(*ex, mode='month'))}"),
        A("and the three digits"),
        C(f"{M('CVV', s.cvv(cv))}"),
        A(f"sweet and the lease is paid up to the {K('date', s.date(day, mon))} so he's sorted "
          f"till then"),
    ]


@case("asr", "CA", "mooring")
def _(g, s):
    ft, dock, p, ph, t1, t2 = g.n(28, 44), g.pick("abcdefg"), g.money(2, 4, cents=True), g.phone_us("604"), g.time(13, 14), g.time(18, 19)
    cn, ex, cv = g.card("mc"), g.expiry(), g.cvv()
    return [
        A("good morning granville island marina this is [[NAME:sunita]]"),
        C("hi my name's [[NAME:connor macisaac]] i'm bringing my sailboat over from victoria and "
          "i need a transient slip for a few nights"),
        A("sure what's the length overall"),
        C(f"{K('quantity', words(ft) + ' feet')}"),
        A(f"we have a slip on {dock} dock at {K('price', s.money(p, 'CAD', 'short'))} a foot "
          f"per night"),
        C("perfect"),
        A("and a cell number"),
        C(f"{M('PHONE', s.phone(ph))}"),
        A("and a card to hold it"),
        C(f"{M('CARD_NUMBER', s.card(cn, 'odd'))}"),
        A("expiry"),
        C(f"{M('EXPIRY', s.exp(*ex))}"),
        A("cvv"),
        C(f"{M('CVV', s.cvv(cv))}"),
        A(f"you're booked check in after {K('time', s.time(t1))} and the fuel dock closes at "
          f"{K('time', s.time(t2))}"),
    ]


# ---- caravan parks ----
@case("asr", "UK", "caravan park")
def _(g, s):
    ref, pitch, p, ln, ph, t = g.pat("SB-dddddd"), g.n(10, 140), g.money(28, 45), g.n(6, 8), g.phone_uk("07700"), g.time(14, 16)
    return [
        A("hello and welcome to sandy bay holiday park [[NAME:jodie]] speaking"),
        C("hiya we've got a static booked for august and i wanted to add a touring pitch for my "
          "brother"),
        A("okay can i take the booking reference"),
        C(f"{M('ACCOUNT_NUMBER', s.alnum(ref, phon=True))}"),
        A("thank you and is that [[NAME:kerry-ann mcbride]]"),
        C("yep that's me"),
        A("and your brother's name for the pitch"),
        C("[[NAME:craig mcbride]]"),
        A(f"we've got pitch {K('other', words(pitch))} near the shower block with electric it's "
          f"{K('price', s.money(p, 'GBP'))} a night"),
        C(f"that's fine he's got a {K('quantity', words(ln) + ' metre')} caravan"),
        A("no problem that'll fit can i take a mobile number for him"),
        C(f"{M('PHONE', s.phone(ph))}"),
        A(f"lovely so {M('PHONE', s.phone(ph))} and arrival is after {K('time', s.time(t))}"),
        C("great thanks [[NAME:jodie]]"),
    ]


@case("transcript", "AU", "caravan park")
def _(g, s):
    ref, d1, m1, n, site, p, t = g.pat("BB-ddddd"), g.n(2, 20), g.n(3, 10), g.n(3, 4), g.n(5, 80), g.money(55, 80), g.time(13, 15)
    d2 = d1 + 7
    em = f"hamish.nagarajan{g.n(10, 99)}@optusnet.com.au"
    return [
        A("Good afternoon, Bellarine Bay Holiday Park, [[NAME:Shayla]] speaking."),
        C("Hi, I'm [[NAME:Hamish Nagarajan]]. We've got a powered site booked for the long "
          "weekend and I need to change the dates."),
        A("Sure. Booking reference?"),
        C(f"{M('ACCOUNT_NUMBER', ref)}."),
        A(f"Thanks. You're booked in from {K('date', s.date(d1, m1))} for "
          f"{K('duration', s.dur(n, 'nights'))}."),
        C("Can we push it back a week? School holidays got moved."),
        A(f"Let me see. Site {K('other', str(site))} is free from the "
          f"{K('date', ord_digits(d2))}. Same price, {K('price', s.money(p, 'AUD'))} a "
          f"night."),
        C("Perfect."),
        A(f"Is the email still {M('EMAIL', em)}?"),
        C("Yes, that's right."),
        A(f"Done. Check-in's from {K('time', s.time(t))}, and we'll text you on the day."),
    ]


@case("asr", "IE", "caravan park")
def _(g, s):
    bay, hn, ec, pct, p = g.n(10, 120), g.n(2, 80), g.eircode("Y21"), g.pick([10, 12, 15]), g.money(1500, 3500, step=100)
    em = f"agata.lewandowska{g.n(10, 99)}@gmail.com"
    return [
        A("hello curracloe caravan park [[NAME:sinead]] speaking"),
        C("hi [[NAME:sinead]] i'm ringing about selling our mobile home on the park we're after "
          "buying a house"),
        A("oh congratulations can i take your names and the bay number"),
        C(f"[[NAME:piotr]] and [[NAME:agata lewandowski]] bay {K('other', words(bay))}"),
        A("and is your postal address still the one in wexford town"),
        C(f"no the new house is [[ADDRESS:{s.hn(hn)} st aidan's crescent enniscorthy]] "
          f"{M('POSTCODE', s.pc(ec))}"),
        A(f"okay the park takes {K('percentage', s.pct(pct))} commission on a sale on site"),
        C("and if we sell to someone off the park"),
        A(f"they'd need to move it and the transport is around "
          f"{K('price', s.money(p, 'EUR'))}"),
        C("okay we'll think about it can you email me the site fees for next year"),
        A("sure what's the email"),
        C(f"{M('EMAIL', s.email(em))}"),
        A("grand i'll send that this afternoon"),
    ]


@case("transcript", "ZA", "caravan park")
def _(g, s):
    ref, stand, d1, d2, ad, ch = g.pat("JBCP-dddd"), g.n(10, 90), g.n(14, 20), g.n(26, 31), g.n(2, 4), g.n(1, 3)
    fl, t, p = g.n(100, 199), g.time(9, 17), g.money(120, 220, step=10)
    return [
        A("Good day, Jeffreys Bay Caravan Park, [[NAME:Annelie]] speaking."),
        C("Hi, it's [[NAME:Thabo Molefe]]. We booked a stand for December and I want to confirm."),
        A("Sure, Mr [[NAME:Molefe]]. What's the reference?"),
        C(f"{M('ACCOUNT_NUMBER', ref)}."),
        A(f"Got it. Stand {K('other', str(stand))}, from the {K('date', ord_digits(d1))} to the "
          f"{K('date', ord_digits(d2))}, {K('count', str(ad))} adults and "
          f"{K('count', str(ch))} children."),
        C("Yes. My brother-in-law [[NAME:Sizwe Khumalo]] is flying in to join us; can he be "
          "added?"),
        A("Of course. When does he arrive?"),
        C(f"On {K('flight_number', s.flight('FA', fl))} from Joburg, landing at "
          f"{K('time', s.time(t))}."),
        A(f"Okay, an extra adult is {K('price', s.money(p, 'ZAR'))} per night."),
        C("That's fine. Put it on the booking."),
        A("Done. Enjoy the waves."),
    ]


# ---- language schools ----
@case("transcript", "UK", "language school")
def _(g, s):
    d, pp, fl, t, p, hn, pc, mins = g.dob(2007, 2009), g.pat("Mdddddddd"), g.n(900, 999), g.time(6, 11), g.money(90, 140), g.n(2, 120), g.pc_uk("BN1"), g.n(10, 20)
    ph = g.phone_uk("07700")
    return [
        A("Good morning, Brighton Language College, [[NAME:Imogen]] speaking."),
        C("Hello, I am calling for my daughter. She starts the summer course next week. My name "
          "is [[NAME:Kim Min-jun]]."),
        A("Hello, Mr [[NAME:Kim]]. Your daughter's name?"),
        C("[[NAME:Kim Seo-yeon]]. [[NAME#s:S-E-O]], dash, [[NAME#s:Y-E-O-N]]."),
        A("Thank you. Date of birth, for the insurance?"),
        C(f"{M('DOB', s.dob(d))}."),
        A("And her passport number?"),
        C(f"{M('ACCOUNT_NUMBER', pp)}."),
        A("And her flight?"),
        C(f"{K('flight_number', s.flight('KE', fl))} into Heathrow, landing at "
          f"{K('time', s.time(t, 'am'))}."),
        A(f"Our driver, [[NAME:Baz]], will meet her. The transfer is "
          f"{K('price', s.money(p, 'GBP'))}."),
        C("Where will she stay?"),
        A(f"With the [[NAME:Ashworth]] family at [[ADDRESS:{hn} Ditchling Rise]], "
          f"{M('POSTCODE', s.pc(pc))}. It's a {K('duration', s.dur(mins, 'minute'))} walk from "
          f"school."),
        C("Can I have their phone number?"),
        A(f"Of course, [[NAME:Helen Ashworth]]'s mobile is {M('PHONE', s.phone(ph))}."),
    ]


@case("asr", "IE", "language school")
def _(g, s):
    lvl, sid, n, hn, ec, pps, t = g.pick(["b one", "b two", "c one"]), g.pat("LEA-ddddd"), g.n(2, 30), g.n(10, 400), g.eircode("D07"), g.pps_ie(), g.time(14, 16)
    em = f"jp.carvalho{g.n(10, 99)}@gmail.com"
    return [
        A("good afternoon liffey english academy [[NAME:aisling]] speaking"),
        C(f"hi my name is [[NAME:joao pedro carvalho]] i am a student in the "
          f"{K('other', lvl)} class"),
        A("hi [[NAME:joao]] how can i help"),
        C("i need a letter for my bank to say i study here and with my address"),
        A("no problem can you confirm your student number"),
        C(f"{M('ACCOUNT_NUMBER', s.alnum(sid))}"),
        A("and the address you want on the letter"),
        C(f"[[ADDRESS:apartment {s.n(n)} {s.hn(hn)} north circular road phibsborough]] "
          f"{M('POSTCODE', s.pc(ec))}"),
        A("okay and do you want your pps number on it"),
        C(f"yes please the bank asked for it it's {M('SSN', s.alnum(pps))}"),
        A(f"okay the letter will be ready at reception tomorrow after {K('time', s.time(t))}"),
        C("thank you can you send a copy to my email also"),
        A("sure what is it"),
        C(f"{M('EMAIL', s.email(em))}"),
    ]


@case("transcript", "CA", "language school")
def _(g, s):
    day, mon, t1, t2, wk, p, pct, yr = g.n(2, 27), g.n(1, 12), g.time(18, 18, step=30), g.time(20, 20, step=30), g.n(8, 12), g.money(280, 450, step=5), g.pick([15, 20, 25]), g.n(2019, 2023)
    ph = g.phone_us("514")
    em = f"aditya.r{g.n(10, 99)}@videotron.ca"
    return [
        A("Bonjour, École Plateau Langues, [[NAME:Geneviève]] speaking."),
        C("Hi, I'd like to sign up for the evening French course. My name is "
          "[[NAME:Aditya Raghunathan]]."),
        A(f"Welcome! The next session starts {K('date', s.date(day, mon))}. Classes are "
          f"{K('time', s.time(t1))} to {K('time', s.time(t2))}, twice a week, for "
          f"{K('duration', s.dur(wk, 'weeks'))}."),
        C("And the cost?"),
        A(f"{K('price', s.money(p, 'CAD'))} plus tax for the session. Quebec residents get "
          f"{K('percentage', s.pct(pct))} off."),
        C(f"I moved here in {K('year', str(yr))}, so I think I qualify."),
        A("Great. Email and phone?"),
        C(f"Email is {M('EMAIL', em)}, and my cell is {M('PHONE', s.phone(ph))}."),
        A(f"Let me read the number back: {M('PHONE', s.phone(ph))}."),
        C("That's right."),
        A("Merci! I'll send you the placement test tonight."),
    ]


@case("asr", "AU", "language school")
def _(g, s):
    sid, d, t1, t2, att, now, day = g.pat("BEC-dddddd"), g.dob(1996, 2004), g.time(13, 13, step=30), g.time(17, 17, step=30), 80, g.n(88, 97), g.n(2, 27)
    return [
        A("good morning bondi english college student services [[NAME:matilda]] speaking"),
        C("hi i'm [[NAME:vo thi thu trang]] i need to change my class to afternoons because i got "
          "a job"),
        A("congrats can i get your student id"),
        C(f"{M('ACCOUNT_NUMBER', s.alnum(sid))}"),
        A("and your date of birth"),
        C(f"{M('DOB', s.dob(d))}"),
        A(f"okay afternoon classes are {K('time', s.time(t1))} to {K('time', s.time(t2))} and "
          f"you'll need to keep your attendance above {K('percentage', s.pct(att))} for your "
          f"visa"),
        C("yes i know my attendance is good"),
        A(f"it's {K('percentage', s.pct(now))} so you're fine i'll move you from monday the "
          f"{K('date', s.date(day, mode='day'))}"),
        C("thank you so much"),
    ]


# ---- recruitment agencies ----
@case("asr", "UK", "recruitment")
def _(g, s):
    ni, d, ph, t1, t2, p = g.ni_uk(), g.dob(1990, 2003), g.phone_uk("0161"), g.time(21, 22), g.time(6, 6), g.money(12, 14, cents=True)
    return [
        A("good morning northern staffing [[NAME:jade]] speaking"),
        C("hiya i registered online for warehouse work and it says i've got to send my national "
          "insurance number"),
        A("you can give it me now what's your name first"),
        C("[[NAME:kacper nowakowski]]"),
        A("and the ni number"),
        C(f"{M('SSN', s.alnum(ni[:4]), 'n')} um sorry {M('SSN', s.alnum(ni[4:]), 'n')}"),
        A("and your date of birth"),
        C(f"{M('DOB', s.dob(d))}"),
        A("and a referee from your last job"),
        C("my supervisor at the bakery [[NAME:tracy beaumont]]"),
        A("and your phone number"),
        C(f"{M('PHONE', s.phone(ph))}"),
        A(f"lovely we've got nights in trafford park {K('time', s.time(t1))} to "
          f"{K('time', s.time(t2))} at {K('price', s.money(p, 'GBP'))} an hour"),
        C("yeah i'll take it"),
    ]


def inr_lakh(rupees):
    s = str(rupees)
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return "₹" + ",".join(parts + [tail]) if parts else "₹" + tail


@case("transcript", "IN", "recruitment")
def _(g, s):
    pan, n, sec, pin, ctc, day, mon = g.pan_in("M"), g.n(100, 2500), g.n(40, 57), "1220" + g.digits(2, first="01"), g.n(5, 12) * 100000 + g.n(0, 9) * 10000, g.n(1, 15), g.n(1, 12)
    em = f"rohit.malhotra{g.n(10, 99)}@rediffmail.com"
    return [
        A("Good afternoon, TalentBridge Consultants, [[NAME:Neha]] speaking."),
        C("Hello [[NAME:Neha]], this is [[NAME:Rohit Malhotra]]. I was shortlisted for the "
          "accounts executive role."),
        A("Yes, [[NAME:Rohit]]. For the offer letter, I need your PAN and current address."),
        C(f"PAN is {M('SSN', pan)}."),
        A(f"Let me repeat: {M('SSN', ' '.join(pan))}."),
        C("Correct."),
        A("And address?"),
        C(f"[[ADDRESS:{n}, Sector {sec}, Gurugram]] {M('POSTCODE', pin)}."),
        A(f"The CTC is {K('price', inr_lakh(ctc))} per annum, and joining is on "
          f"{K('date', s.date(day, mon))}."),
        C(f"Okay. Please send the letter to {M('EMAIL', em)}."),
        A("Sure. Your reporting manager will be Ms [[NAME:Swati Iyer]]."),
    ]


@case("asr", "ZA", "recruitment")
def _(g, s):
    d = g.dob(1995, 2003)
    zid, day, mon, t, hrs = g.id_za(d), g.n(2, 27), g.n(1, 12), g.time(9, 10), g.n(2, 3)
    em = f"lwazi.mahlangu{g.n(10, 99)}@gmail.com"
    return [
        A("good morning career hub recruitment [[NAME:precious]] speaking"),
        C("hi [[NAME:precious]] my name is [[NAME:lwazi mahlangu]] i applied for the call centre "
          "job"),
        A("oh yes [[NAME:lwazi]] we'd like you to come in for an assessment can i verify your id "
          "number"),
        C(f"{M('SSN', s.dg(zid))}"),
        A("and your date of birth"),
        C(f"{M('DOB', s.dob(d))}"),
        A(f"the assessment is the {K('date', s.date(day, mon))} at {K('time', s.time(t))} it "
          f"takes about {K('duration', s.dur(hrs, 'hours'))}"),
        C("okay where is it"),
        A("our offices are on the fourth floor of the bank building across from the taxi rank"),
        C("okay and who must i ask for"),
        A("ask for [[NAME:lerato]] at reception"),
        C("can you email me the details"),
        A("sure what's your email"),
        C(f"{M('EMAIL', s.email(em))}"),
    ]


@case("transcript", "CA", "recruitment")
def _(g, s):
    sin, tr, inst, acct, ph, hn, pc, t = g.sin_ca(), g.digits(5), g.pick(["001", "002", "003", "004", "006", "010"]), g.digits(7), g.phone_us("403"), g.n(100, 9000), g.pc_ca("T2E"), g.time(6, 7, step=30)
    return [
        A("Good morning, Prairie Staffing, [[NAME:Ryan]] speaking."),
        C("Hi [[NAME:Ryan]], it's [[NAME:Marguerite Saint-Pierre]]. I start the warehouse "
          "contract Monday and I haven't sent my payroll info."),
        A("Let's do it now. Your SIN?"),
        C(f"{M('SSN', s.grp(sin, [3, 3, 3]))}."),
        A("And for direct deposit: transit, institution and account numbers?"),
        C(f"Transit {M('ACCOUNT_NUMBER', tr)}, institution {K('other', inst)}, account "
          f"{M('ACCOUNT_NUMBER', acct)}."),
        A("And your phone?"),
        C(f"{M('PHONE', s.phone(ph))}."),
        A("And your address for the tax slips?"),
        C(f"[[ADDRESS:{hn} Edmonton Trail NE, Calgary]], {M('POSTCODE', pc)}."),
        A(f"Great. Shift starts at {K('time', s.time(t, 'am'))}, steel-toed boots required."),
    ]


@case("transcript", "NZ", "recruitment")
def _(g, s):
    ird, pct, t = g.ird_nz(), g.pick([3, 4, 6, 8, 10]), g.time(10, 12)
    em = f"rhiannon.aperahama{g.n(10, 99)}@gmail.com"
    return [
        A("Kia ora, Harbour Recruitment, [[NAME:Tui]] speaking."),
        C("Hi [[NAME:Tui]], it's [[NAME:Rhiannon Aperahama]]. I've accepted the temp role at the "
          "port and they want my IRD number and tax code."),
        A("Sure. What's your IRD number?"),
        C(f"{M('SSN', s.grp(ird, [3, 3, 3], '-'))}."),
        A("And your tax code?"),
        C("M, it's my only job."),
        A("Thanks. Are you in KiwiSaver?"),
        C(f"Yes, at {K('percentage', s.pct(pct))}."),
        A(f"Great. Your timesheet goes to [[NAME:Sione]] every Friday by "
          f"{K('time', s.time(t, 'am'))}. Can I confirm your email?"),
        C(f"It's {M('EMAIL', em)}."),
        A("Perfect, welcome aboard."),
    ]


# ---- payroll bureaus ----
@case("transcript", "UK", "payroll")
def _(g, s):
    d, ni, sc, acct, hn, pc, hrs, p, day = g.dob(1985, 2004), g.ni_uk(), g.digits(6), g.digits(8), g.n(2, 200), g.pc_uk("L20"), g.n(16, 37), g.money(12, 15, cents=True), g.n(25, 28)
    ph = g.phone_uk("07700")
    return [
        A("Good morning, Ledger Lane Payroll, [[NAME:Hannah]] speaking."),
        C("Hi [[NAME:Hannah]], it's [[NAME:Gareth Okoye-Bell]] from Bell's Bakery. I've got a new "
          "starter to add to this month's run."),
        A("No problem. What's his name?"),
        C("[[NAME:Przemysław Zając]]. He goes by [[NAME:Przemek]]."),
        A("Date of birth and National Insurance number?"),
        C(f"{M('DOB', s.dob(d, mode='num'))}, and "
          f"{M('SSN', ni[:2] + ' ' + ni[2:4] + ' ' + ni[4:6] + ' ' + ni[6:8] + ' ' + ni[8])}."),
        A("Bank details for his wages?"),
        C(f"Sort code {M('ACCOUNT_NUMBER', s.grp(sc, [2, 2, 2], '-'))}, account "
          f"{M('ACCOUNT_NUMBER', acct)}."),
        A("And his address and a mobile number?"),
        C(f"[[ADDRESS:{hn} Stanley Road, Bootle]], {M('POSTCODE', s.pc(pc))}. Mobile "
          f"{M('PHONE', s.phone(ph, 'intl'))}."),
        A("Hours and rate?"),
        C(f"{K('duration', s.dur(hrs, 'hours'))} a week at {K('price', s.money(p, 'GBP'))} an "
          f"hour."),
        A(f"Done. He'll be on the run for the {K('date', ord_digits(day))}."),
    ]


@case("asr", "IE", "payroll")
def _(g, s):
    pps, iban, day = g.pps_ie("A"), g.iban_ie(g.pick(["AIBK", "BOFI"])), g.n(2, 27)
    return [
        A("good morning clarke payroll services [[NAME:eimear]] speaking"),
        C("hi [[NAME:eimear]] it's [[NAME:ronan mulcahy]] i'm after changing banks and i want my "
          "wages going into the new account"),
        A("no problem which company are you with"),
        C("mulcahy and sons haulage it's my uncle's firm"),
        A("grand can you confirm your pps number first"),
        C(f"{M('SSN', s.alnum(pps))}"),
        A("and the new iban"),
        C(f"{M('ACCOUNT_NUMBER', s.alnum(iban[:8]), 'i')} hang on i'll read it off the app "
          f"{M('ACCOUNT_NUMBER', s.dg(iban[8:]), 'i')}"),
        A(f"okay that'll be in place for the run on the {K('date', s.date(day, mode='day'))}"),
        C("and will the old account get anything"),
        A("no the whole net pay goes to the new one"),
        C("perfect thanks"),
    ]


@case("asr", "AU", "payroll")
def _(g, s):
    tfn, bsb, acct, sup, days = g.tfn_au(), g.digits(6, "0"), g.digits(8), g.digits(9), g.n(2, 3)
    return [
        A("thanks for calling payroll assist [[NAME:courtney]] speaking"),
        C("hi [[NAME:courtney]] it's [[NAME:sandeep grewal]] i started at the vineyard last week "
          "and i haven't been paid"),
        A("sorry about that let me check have you done your tax file number declaration"),
        C("i gave it to the manager [[NAME:shane]]"),
        A("it hasn't come through can you give me the tfn now"),
        C(f"{M('SSN', s.dg(tfn))}"),
        A("and your bsb and account number"),
        C(f"bsb {M('ACCOUNT_NUMBER', s.dg(bsb))} account {M('ACCOUNT_NUMBER', s.dg(acct))}"),
        A("and your super fund and member number"),
        C(f"it's the industry one member number {M('ACCOUNT_NUMBER', s.dg(sup))}"),
        A(f"thanks you'll get an off cycle payment in {K('duration', s.dur(days, 'days'))}"),
        C("legend thanks"),
    ]


@case("asr", "US", "payroll")
def _(g, s):
    ssn, rt, acct, hn, zp, k = g.ssn_us(), g.routing_us(), g.digits(10), g.n(100, 9900), "191" + g.digits(2, first="0123"), g.n(2, 3)
    return [
        A("thank you for calling keystone payroll this is [[NAME:brandon]]"),
        C("hi [[NAME:brandon]] i'm [[NAME:guadalupe ortiz-mendez]] i'm a new hire at the dental "
          "office and i need to set up direct deposit"),
        A("sure first i need your social to verify"),
        C(f"{M('SSN', s.sd(ssn))}"),
        A("and the routing number"),
        C(f"{M('ACCOUNT_NUMBER', s.dg(rt))}"),
        A("and the account number"),
        C(f"{M('ACCOUNT_NUMBER', s.odd(acct))}"),
        A(f"let me read that back {M('ACCOUNT_NUMBER', s.sd(acct))}"),
        C("yep"),
        A("and your mailing address"),
        C(f"[[ADDRESS:{s.hn(hn)} south broad street philadelphia]] "
          f"{M('POSTCODE', s.num(zp))}"),
        A(f"okay direct deposit kicks in after {K('count', words(k))} pay periods so you'll get "
          f"a paper check first"),
    ]


@case("asr", "UK", "payroll")
def _(g, s):
    emp, d, day, wait, p = g.pat("dddddd"), g.dob(1970, 1995), g.n(25, 28), g.n(2, 6), g.money(40, 180, cents=True)
    return [
        V("welcome to the paywise employee helpline calls may be recorded for training"),
        V("please say or enter your employee number"),
        C(f"{M('ACCOUNT_NUMBER', s.dg(emp))}"),
        V("thank you now please say your date of birth"),
        C(f"{M('DOB', s.dob(d))}"),
        V(f"thank you your next pay date is the {K('date', s.date(day, mode='day'))} for "
          f"payslips press one to speak to an adviser press two"),
        C("two"),
        V(f"please hold the expected wait time is {K('duration', s.dur(wait, 'minutes'))}"),
        A("hello paywise you're through to [[NAME:dilip]] can i take your name"),
        C("[[NAME:bronagh mccafferty]]"),
        A("thanks [[NAME:bronagh]] i can see you've been verified how can i help"),
        C(f"my tax code's changed and i think i've been overcharged about "
          f"{K('price', s.money(p, 'GBP'))}"),
        A(f"i can see that it'll be refunded in your next pay on the "
          f"{K('date', s.date(day, mode='day'))}"),
    ]


# ---- charity shops ----
@case("asr", "UK", "charity shop")
def _(g, s):
    hn, pc, day, mon, t1, t2, ph = g.n(2, 120), g.pc_uk("BS5"), g.n(2, 27), g.n(1, 12), g.time(9, 10), g.time(12, 13), g.phone_uk("0117")
    return [
        A("hello hope house hospice furniture collections [[NAME:paula]] speaking"),
        C("hiya i've got a sofa and a wardrobe to donate my mum's moving into a care home"),
        A("lovely does the sofa still have its fire label on"),
        C("yeah it's on the bottom"),
        A("what's the collection address"),
        C(f"[[ADDRESS:{s.hn(hn)} stapleton road easton]] {M('POSTCODE', s.pc(pc, mix=True))}"),
        A(f"we can collect on the {K('date', s.date(day, mon))} between "
          f"{K('time', s.time(t1))} and {K('time', s.time(t2))}"),
        C("that's fine"),
        A("and a phone number for the driver"),
        C(f"{M('PHONE', s.phone(ph))}"),
        A(f"so that's {M('PHONE', s.phone(ph))} and would your mum like to gift aid the sale"),
        C("yes she pays tax her name's [[NAME:hope ferreira]]"),
        A("lovely i'll post the form to her"),
    ]


@case("transcript", "AU", "charity shop")
def _(g, s):
    hn, pc, t1, t2, n = g.n(2, 90), g.pc_num(4509, 4509), g.time(9, 10), g.time(12, 13), g.n(5, 15)
    return [
        A("Good morning, Lighthouse Op Shop, [[NAME:Marjorie]] speaking."),
        C("Hi [[NAME:Marjorie]], it's [[NAME:Keanu Walker-Wilson]]. We've got a trailer load of "
          "kids' clothes and toys to donate."),
        A("Lovely. We can't take cots or car seats, just so you know."),
        C("No worries, none of those. Can you pick up?"),
        A("We do pickups on Wednesdays. What's the address?"),
        C(f"[[ADDRESS:{hn} Wattle Drive, Mango Hill]], {M('POSTCODE', pc)}."),
        A(f"Got it. Our driver [[NAME:Stan]] will be there between "
          f"{K('time', s.time(t1, 'am'))} and {K('time', s.time(t2))}."),
        C(f"Great. There's about {K('count', str(n))} bags."),
        A("Perfect. Leave them under cover if it's raining."),
    ]


@case("asr", "US", "charity shop")
def _(g, s):
    n, hn, u, zp, p, ph, day, mon, t1, t2 = g.n(8, 15), g.n(1000, 4999), g.n(2, 9), "972" + g.digits(2, first="01"), g.money(25, 60, step=5), g.phone_us("503"), g.n(2, 27), g.n(1, 12), g.time(8, 10), g.time(11, 13)
    return [
        A("thank you for calling second chance thrift donation pickups this is [[NAME:marcus]]"),
        C(f"hi i'm moving and i have a dresser a dining table and like "
          f"{K('count', words(n))} boxes"),
        A("we can do that what's the pickup address"),
        C(f"[[ADDRESS:{s.hn(hn)} southeast hawthorne boulevard unit {s.n(u)} portland]] "
          f"{M('POSTCODE', s.num(zp))}"),
        A("is there an elevator"),
        C("no it's a walk up on the third floor"),
        A(f"our crew can do stairs but there's an extra fee of "
          f"{K('price', s.money(p, 'USD'))}"),
        C("that's fine"),
        A("name and phone"),
        C(f"[[NAME:tuan nguyen-baker]] {M('PHONE', s.phone(ph, 'pairs'))}"),
        A(f"that's {M('PHONE', s.phone(ph))}"),
        C("yep"),
        A(f"we'll be there {K('date', s.date(day, mon))} between {K('time', s.time(t1))} and "
          f"{K('time', s.time(t2))}"),
    ]


@case("transcript", "ZA", "charity shop")
def _(g, s):
    n, hn, pc, t1, t2, day, mon = g.n(2, 80), g.n(2, 150), g.pc_num(7550, 7550), g.time(9, 10), g.time(12, 13), g.n(2, 27), g.n(1, 12)
    return [
        A("Good morning, Hospice Shop, [[NAME:Elmarie]] speaking."),
        C("Morning, it's [[NAME:Zanele Mthembu]]. I'd like to donate my late father's books and "
          "furniture."),
        A("Sorry for your loss. We'd be grateful. Where are they?"),
        C(f"[[ADDRESS:{n} Kingfisher Estate, {hn} Wellington Road, Durbanville]], "
          f"{M('POSTCODE', pc)}."),
        A("Will our driver need a code for the estate gate?"),
        C("I'll meet him at the gate. What time?"),
        A(f"Between {K('time', s.time(t1, 'am'))} and {K('time', s.time(t2))} on "
          f"{K('date', s.date(day, mon))}."),
        C("Thank you. Can I get a tax certificate for the donation?"),
        A("Yes, in the executor's name. Who is the executor?"),
        C("My brother, [[NAME:Mandla Mthembu]]."),
    ]


# ---- taxi firms ----
@case("transcript", "UK", "taxi")
def _(g, s):
    hn, pc, fl, t, n, bags, p, ph = g.n(2, 400), g.pc_uk("M14"), g.n(1000, 1999), g.time(9, 11), g.n(2, 4), g.n(2, 3), g.money(35, 55), g.phone_uk("0161")
    t0 = (t[0] - 3, t[1])
    return [
        A("Ace Cars, [[NAME:Shazia]] speaking."),
        C("Hi, I need a car to Manchester Airport on Saturday morning."),
        A("Pickup address?"),
        C(f"[[ADDRESS:{hn} Wilmslow Road, Rusholme]], {M('POSTCODE', s.pc(pc))}."),
        A("What time's your flight?"),
        C(f"{K('flight_number', s.flight('LS', fl))} at {K('time', s.time(t, 'am'))}, so I need "
          f"to leave about {K('time', s.time(t0, 'am'))}."),
        A(f"Okay. How many passengers?"),
        C(f"{K('count', str(n))}, with {K('count', str(bags))} big cases."),
        A(f"I'll send an estate. It's {K('price', s.money(p, 'GBP'))} fixed. Name and "
          f"number?"),
        C(f"[[NAME:Adebola Fashola]], {M('PHONE', s.phone(ph))}."),
        A(f"That's {M('PHONE', s.phone(ph))}. Your driver's [[NAME:Tariq]], he'll text when "
          f"he's outside."),
    ]


@case("asr", "IE", "taxi")
def _(g, s):
    acct, hn, ec, t2 = g.pat("SC-dddd"), g.n(2, 60), g.eircode("V94"), g.n(10, 11)
    t = (t2 - 1, g.pick([15, 30]))
    return [
        A("hello shannonside cabs [[NAME:mairead]] speaking"),
        C("hi it's [[NAME:tadhg o'brien]] from lynch's solicitors we've an account with ye"),
        A("ye do what's the account number"),
        C(f"{M('ACCOUNT_NUMBER', s.alnum(acct))}"),
        A("and where's the pickup"),
        C(f"from my house [[ADDRESS:{s.hn(hn)} ashbrook avenue ennis road]] "
          f"{M('POSTCODE', s.pc(ec, mix=True))}"),
        A("and going to"),
        C(f"the courthouse i need to be there for {K('time', words(t2))}"),
        A(f"grand a car will be with you at {K('time', s.time(t))}"),
        C("and it goes on the account yeah"),
        A("it does"),
    ]


@case("asr", "US", "taxi")
def _(g, s):
    ph, hn, zp, wait, cab = g.phone_us("312"), g.n(1000, 4999), "606" + g.digits(2, first="0123"), g.n(6, 14), g.n(100, 999)
    addr = f"{s.hn(hn)} north milwaukee avenue chicago"
    return [
        V("thank you for calling yellow top taxi to book a ride say book a ride to check on a "
          "ride say status"),
        C("book a ride"),
        V("please say the phone number on your account"),
        C(f"{M('PHONE', s.phone(ph))}"),
        V("i found an account for [[NAME:beatriz okafor]] is that correct"),
        C("yes"),
        V("please say your pickup address"),
        C(f"[[ADDRESS:{addr}]] {M('POSTCODE', s.num(zp))}"),
        V(f"you said [[ADDRESS:{addr}]] is that correct"),
        C("yes"),
        V(f"the estimated wait time is {K('duration', s.dur(wait, 'minutes'))} please hold to "
          f"confirm with a dispatcher"),
        A("hi [[NAME:beatriz]] this is [[NAME:luis]] at dispatch where are you headed"),
        C("union station"),
        A(f"okay cab {K('other', s.sd(str(cab), dbl=0))} is on the way"),
    ]


@case("asr", "IN", "taxi")
def _(g, s):
    fl, t, fl_no, hn, pin, p = g.n(100, 999), g.time(5, 9), g.n(1, 25), g.n(101, 1204), "4000" + g.digits(2, first="5"), g.money(900, 1500, step=50)
    t0 = (t[0] - 3 if t[0] > 3 else 1, t[1])
    return [
        A("hello cool cab service [[NAME:sunil]] speaking"),
        C("hello i want a cab tomorrow early morning for airport"),
        A("domestic or international madam"),
        C(f"international flight {K('flight_number', s.flight('AI', fl))}"),
        A("what time is the flight"),
        C(f"{K('time', s.time(t))}"),
        A(f"then pickup at {K('time', s.time(t0))} pickup address please"),
        C(f"[[ADDRESS:flat {s.hn(hn)} c wing shanti kunj co-op housing society lokhandwala "
          f"complex andheri west]] {M('POSTCODE', s.num(pin))}"),
        A("name please"),
        C("[[NAME:fatima shaikh]]"),
        A(f"fare will be {K('price', s.money(p, 'INR'))} including toll"),
        C("okay send me the driver details"),
        A("driver [[NAME:ramesh]] will call you in the morning"),
    ]


@case("asr", "CA", "taxi")
def _(g, s):
    t, cab, ph, t2 = g.time(22, 23), g.n(100, 999), g.phone_us("613"), g.time(10, 12)
    return [
        A("blue line taxi lost and found this is [[NAME:amir]]"),
        C("hi i left my laptop bag in a cab last night"),
        A("okay what time and where were you picked up"),
        C(f"around {K('time', s.time(t))} from the bars on bank street back to my place"),
        A("do you know the cab number"),
        C(f"i think it was {K('other', s.pairs(str(cab)))}"),
        A("what's in the bag"),
        C(f"a {K('model_number', s.model('XPS', g.n(13, 15)))} laptop and a charger"),
        A("we have a laptop bag turned in from last night can i get your name"),
        C("[[NAME:siobhan tremblay-akana]]"),
        A("and a number to call when it's ready"),
        C(f"{M('PHONE', s.phone(ph, 'triple'))}"),
        A(f"that's {M('PHONE', s.phone(ph))}"),
        C("yep"),
        A(f"you can pick it up after {K('time', s.time(t2))} at the depot"),
    ]


# ---- more IVR ----
@case("asr", "UK", "gp booking")
def _(g, s):
    q, d, hn, t, day, mon, hrs, ph = g.n(3, 9), g.dob(1950, 1970), g.n(2, 99), g.time(8, 9, step=10), g.n(2, 27), g.n(1, 12), g.n(10, 12), g.phone_uk("07700")
    return [
        V("thank you for calling the meadows surgery if your call is a life threatening "
          "emergency please hang up and call for an ambulance"),
        V("for appointments press one for prescriptions press two"),
        C("one"),
        V(f"you are number {K('other', words(q))} in the queue"),
        A("meadows surgery [[NAME:carys]] speaking"),
        C("hi i need a blood test appointment for my husband"),
        A("name and date of birth"),
        C(f"[[NAME:anwar hossain]] {M('DOB', s.dob(d))}"),
        A("and the first line of the address"),
        C(f"[[ADDRESS:{s.hn(hn)} queen mary avenue]]"),
        A(f"i have {K('time', s.time(t))} on the {K('date', s.date(day, mon))} with the "
          f"phlebotomist and can i check his mobile for the reminder text"),
        C(f"{M('PHONE', s.phone(ph))}"),
        A(f"so {M('PHONE', s.phone(ph, 'hundred'))} lovely"),
        C("he'll need to fast won't he"),
        A(f"yes nothing to eat for {K('duration', s.dur(hrs, 'hours'))} before water is fine"),
    ]


@case("asr", "AU", "taxi")
def _(g, s):
    cn, ex, cv, p = g.card("visa"), g.expiry(), g.cvv(), g.money(40, 120, cents=True)
    return [
        V(f"welcome to the secure payment line for coastal cabs please say or key your "
          f"{K('count', words(len(cn)))} digit card number"),
        C(f"{M('CARD_NUMBER', s.card(cn, 'pairs'))}"),
        V("please say the expiry date"),
        C(f"{M('EXPIRY', s.exp(*ex))}"),
        V("please say the three digit security code"),
        C(f"{M('CVV', s.cvv(cv))}"),
        V(f"thank you a payment of {K('price', s.money(p, 'AUD'))} will be taken say yes to "
          f"confirm or no to cancel"),
        C("yes"),
        V(f"your payment was successful your receipt number is "
          f"{K('other', s.sd(g.digits(6), dbl=0))}"),
        V("thank you for riding with coastal cabs goodbye"),
    ]


# ---- a few more: corrected names, addresses in pieces, corrected postcodes ----
@case("transcript", "US", "caravan park")
def _(g, s):
    ft, site, n, p, ph, t = g.n(28, 40), g.n(10, 120), g.n(3, 7), g.money(55, 95), g.phone_us("206"), g.time(22, 22)
    cn, ex, cv = g.card("mc"), g.expiry(), g.cvv()
    return [
        A("Pine Hollow RV Resort, this is [[NAME:Shelby]]."),
        C("Hi, I'd like to book a full hookup site for the week of the Fourth."),
        A("Let me check. How long is your rig?"),
        C(f"{K('quantity', str(ft) + ' feet')}, plus a tow car."),
        A(f"I have site {K('other', str(site))} for {K('duration', s.dur(n, 'nights'))} at "
          f"{K('price', s.money(p, 'USD'))} a night. Can I get a name?"),
        C("[[NAME:Krystyna Kowalewska-Doyle]]."),
        A("Is that [[NAME:Christina]] with a C-H?"),
        C("No, [[NAME:Krystyna]] with a K, and a Y in the middle."),
        A("Got it. Phone number?"),
        C(f"{M('PHONE', s.phone(ph, 'intl'))}."),
        A(f"{M('PHONE', s.phone(ph))}. And a card for the deposit?"),
        C(f"{M('CARD_NUMBER', s.card(cn))}."),
        A("Expiration and security code?"),
        C(f"{M('EXPIRY', s.exp(*ex, mode='long'))}, {M('CVV', cv)}."),
        A(f"You're all set. Quiet hours start at {K('time', s.time(t, 'pm'))}, and the main road "
          f"into the park is gravel, so take it slow."),
    ]


@case("asr", "UK", "clinic booking")
def _(g, s):
    n, hn, pc, old, d, t, day, mon, p, hrs = g.n(1, 9), g.n(2, 300), g.pc_uk("LS5"), g.pc_uk("LS4"), g.dob(1960, 1985), g.time(9, 16), g.n(2, 27), g.n(1, 12), g.money(2, 6), g.n(2, 4)
    ph = g.phone_uk("0113")
    return [
        A("good afternoon kirkstall physio clinic [[NAME:niamh]] speaking"),
        C("hi i've been referred by my gp for my knee"),
        A("okay can i take your name"),
        C("[[NAME:dafydd rhys-jenkins]]"),
        A("and your address"),
        C(f"[[ADDRESS#a:flat {s.n(n)}]] um it's above the chip shop "
          f"[[ADDRESS#a:{s.hn(hn)} kirkstall lane]]"),
        A("and the postcode"),
        C(f"{M('POSTCODE', s.pc(old), 'x1')} no sorry that's my old one "
          f"{M('POSTCODE', s.pc(pc, mix=True))}"),
        A("thanks and your date of birth"),
        C(f"{M('DOB', s.dob(d))}"),
        A(f"we've got {K('time', s.time(t))} on the {K('date', s.date(day, mon))} with our "
          f"physio [[NAME:bartosz]]"),
        C("is there parking"),
        A(f"there's a pay and display opposite it's {K('price', s.money(p, 'GBP'))} for "
          f"{K('duration', s.dur(hrs, 'hours'))}"),
        C("great"),
        A("and a mobile for the reminder"),
        C(f"{M('PHONE', s.phone(ph))}"),
    ]


@case("asr", "IN", "care home")
def _(g, s):
    aad, age, n, st, pin, p, k, t1, t2 = g.aadhaar(), g.n(78, 89), g.n(2, 90), g.n(2, 12), "6000" + g.digits(2, first="4"), g.money(25000, 45000, step=1000), g.n(2, 3), g.time(10, 11), g.time(17, 18)
    return [
        A("vanakkam anbu illam senior care [[NAME:revathi]] speaking"),
        C("vanakkam madam i am calling from singapore about admission for my father"),
        A("okay sir father's name and age"),
        C(f"[[NAME:subramanian natarajan]] he is {K('other', words(age))}"),
        A("and your name sir"),
        C("[[NAME:arun subramanian]]"),
        A("father's aadhaar number we need for registration"),
        C(f"{M('SSN', s.dg(aad[:8]), 'a')} one minute madam {M('SSN', s.dg(aad[8:]), 'a')}"),
        A(f"last four digits {M('SSN', s.dg(aad[8:]))} correct"),
        C("correct"),
        A("and current address of father"),
        C(f"[[ADDRESS:{s.hn(n)} {ordinal(st)} street anna nagar west chennai]] "
          f"{M('POSTCODE', s.num(pin))}"),
        A(f"monthly charge is {K('price', s.money(p, 'INR'))} for a shared room with "
          f"{K('count', words(k))} beds including food"),
        C("okay can i visit on saturday"),
        A(f"yes visiting time is {K('time', s.time(t1))} to {K('time', s.time(t2))}"),
    ]


@case("asr", "IE", "mooring")
def _(g, s):
    lic, ln, p, old = g.pat("KM-ddddd"), g.n(6, 12), g.money(450, 900, step=5), g.expiry(expired=True)
    cn, ex, cv, day = g.card("visa"), g.expiry(), g.cvv(), g.n(2, 27)
    em = f"eoghan.macaodha{g.n(10, 99)}@gmail.com"
    return [
        A("good morning kinsale marina [[NAME:orlaith]] speaking"),
        C("hi [[NAME:orlaith]] it's [[NAME:eoghan mac aodha]] i want to pay the annual mooring "
          "for the swallow"),
        A("no problem have you your mooring licence number"),
        C(f"{M('ACCOUNT_NUMBER', s.alnum(lic))}"),
        A(f"thanks that's for a boat of {K('quantity', words(ln) + ' metres')} so it's "
          f"{K('price', s.money(p, 'EUR'))} for the year"),
        C("grand i'll pay by card hang on"),
        C(f"oh this one expired in {M('EXPIRY', s.exp(*old, mode='month'))} let me get the "
          f"other one"),
        A("no rush"),
        C(f"okay {M('CARD_NUMBER', s.card(cn))}"),
        A("and the expiry on that one"),
        C(f"{M('EXPIRY', s.exp(*ex, mode='oh'))}"),
        A("and the three digits on the back"),
        C(f"{M('CVV', s.cvv(cv))}"),
        A("that's gone through can i email the receipt"),
        C(f"yeah {M('EMAIL', s.email(em))}"),
        A(f"sent the harbour master will check the chain before the "
          f"{K('date', s.date(day, mode='day'))}"),
    ]


# === END CASES ===


# ---------------------------------------------------------------------------------------------
# build: strip the markup, compute offsets
# ---------------------------------------------------------------------------------------------
TOKEN = re.compile(r"\[\[([A-Z_]+)(?:#([a-z0-9]+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")


class BuildError(Exception):
    pass


def strip_markup(marked):
    clean, pos, spans = "", 0, []
    for m in TOKEN.finditer(marked):
        clean += marked[pos:m.start()]
        if m.group(1):
            kind, tag, inner, is_pii = m.group(1), m.group(2), m.group(3), True
        else:
            kind, tag, inner, is_pii = m.group(4), None, m.group(5), False
        start = len(clean)
        clean += inner
        spans.append({"pii": is_pii, "kind": kind, "tag": tag, "start": start,
                      "end": len(clean), "text": inner})
        pos = m.end()
    clean += marked[pos:]
    return clean, spans


def build():
    gen = Gen(SEED)
    cases = []
    for idx, (style, country, industry, fn) in enumerate(CASES, 1):
        sty = Sty(style, gen)
        lines = fn(gen, sty)
        utts, pii, keep, raw = [], [], [], []
        groups, tags = {}, {}
        for ui, (speaker, marked) in enumerate(lines):
            clean, spans = strip_markup(marked)
            utts.append({"speaker": speaker, "text": clean})
            raw.append((marked, clean, spans))
            for sp in sorted(spans, key=lambda x: x["start"]):
                if sp["pii"]:
                    key = ("tag", sp["tag"]) if sp["tag"] else ("one", ui, sp["start"])
                    if key not in groups:
                        groups[key] = f"g{len(groups) + 1}"
                    gid = groups[key]
                    tags[gid] = sp["tag"] or ""
                    pii.append({"utterance": ui, "start": sp["start"], "end": sp["end"],
                                "type": sp["kind"], "group": gid})
                else:
                    keep.append({"utterance": ui, "start": sp["start"], "end": sp["end"],
                                 "kind": sp["kind"]})
        cases.append({"obj": {"case_id": f"t27-{idx:03d}", "style": style, "utterances": utts,
                              "pii": pii, "keep": keep},
                      "country": country, "industry": industry, "raw": raw, "tags": tags})
    return cases


# ---------------------------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------------------------
def spoken_norm(text, strict=True):
    """Turn a value as said into its characters: digits, letters (single or phonetic)."""
    toks = text.split()
    out, i, mult = [], 0, 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t.isdigit():
            piece = t
        elif t in UNITW:
            piece = UNITW[t]
        elif t in TEENW:
            piece = TEENW[t]
        elif t in TENW:
            if nxt in UNITW and nxt not in ("oh", "zero"):
                piece = TENW[t] + UNITW[nxt]
                i += 1
            else:
                piece = TENW[t] + "0"
        elif t == "hundred":
            piece = "00"
        elif t == "thousand":
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            nj = toks[j] if j < len(toks) else None
            if nj in UNITW and nj not in ("oh", "zero"):
                piece, i = "00", j - 1
            elif nj in TEENW or nj in TENW:
                piece, i = "0", j - 1
            else:
                piece = "000"
        elif len(t) == 1 and t.isalpha():
            piece = t.upper()
        elif t in PHONETIC:
            piece = PHONETIC[t]
        elif t in SKIPW:
            i += 1
            continue
        else:
            if strict:
                raise BuildError(f"unexpected word {t!r} in value {text!r}")
            i += 1
            continue
        out.append(piece * mult if len(piece) == 1 else piece)
        mult = 1
        i += 1
    return "".join(out)


def value_chars(text, style, strict=True):
    if style == "asr":
        return spoken_norm(text, strict)
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


def digits_of(text, style):
    return re.sub(r"\D", "", value_chars(text, style, strict=False))


def card_ok(d):
    if not d.isdigit() or not luhn_ok(d):
        return False
    if len(d) == 16 and d[0] == "4":
        return True
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if len(d) == 15 and d[:2] in ("34", "37"):
        return True
    if len(d) == 16 and (d.startswith("6011") or d.startswith("65") or
                         644 <= int(d[:3]) <= 649):
        return True
    return False


def ssn_ok(v, country):
    if re.fullmatch(r"\d{4}", v):
        return True                                   # last four, said as such
    if country == "US":
        return bool(re.fullmatch(r"\d{9}", v)) and 1 <= int(v[:3]) <= 665 and \
            v[3:5] != "00" and v[5:] != "0000"
    if country == "UK":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v)) and \
            v[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    if country == "IE":
        m = re.fullmatch(r"(\d{7})([A-W])([AHW]?)", v)
        return bool(m) and pps_letter(m.group(1), m.group(3)) == m.group(2)
    if country == "CA":
        return bool(re.fullmatch(r"[1-7]\d{8}", v)) and luhn_ok(v)
    if country == "AU":
        return v.isdigit() and tfn_ok(v)
    if country == "NZ":
        return bool(re.fullmatch(r"\d{8,9}", v)) and 10000000 < int(v) < 150000000 and \
            ird_check(v[:-1].zfill(8)) == int(v[-1])
    if country == "ZA":
        if not re.fullmatch(r"\d{13}", v) or not luhn_ok(v):
            return False
        try:
            datetime.date(1900 + int(v[:2]), int(v[2:4]), int(v[4:6]))
        except ValueError:
            return False
        return True
    if country == "IN":
        if re.fullmatch(r"[2-9]\d{11}", v):
            return verhoeff_ok(v)
        return bool(re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", v))
    return False


def phone_ok(d):
    if not d.isdigit():
        return False
    if d.startswith("44") and len(d) == 12:
        d = "0" + d[2:]
    if d.startswith("1") and len(d) == 11:
        d = d[1:]
    if len(d) == 11 and d.startswith("0"):
        return d.startswith("07700900") or d[:8] in ("02079460", "01614960", "01134960",
                                                      "01174960")
    if len(d) == 10:
        return d[0] in "23456789" and d[3:8] == "55501"
    return False


POSTCODE_RE = {
    "US": r"\d{5}(\d{4})?",
    "UK": r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}",
    "IE": r"([ACDEFHKNPRTVWXY]\d{2}|D6W)[0-9ACDEFHKNPRTVWXY]{4}",
    "CA": r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d",
    "AU": r"\d{4}", "NZ": r"\d{4}", "ZA": r"\d{4}", "IN": r"[1-8]\d{5}",
}

TITLE_WORDS = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "father",
               "reverend", "rev", "sister", "pastor", "canon", "sir", "madam", "auntie",
               "nurse", "councillor", "professor", "prof"}
ADDRESS_WORDS = {"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "dr",
                 "close", "crescent", "way", "place", "court", "terrace", "grove", "gardens",
                 "park", "row", "square", "hill", "rise", "view", "walk", "mews", "parade",
                 "boulevard", "blvd", "highway", "hwy", "route", "rr", "box", "farm", "cottage",
                 "house", "heol", "ffordd", "nagar", "society", "sector", "colony", "complex",
                 "estate", "flat", "apartment", "apt", "unit", "suite", "marg", "chowk",
                 "bagh", "vihar", "enclave", "heights", "manor", "lodge", "villa", "bungalow",
                 "townland", "cross", "green", "circle", "pl", "cres", "tce", "pde", "hwy",
                 "quay", "wharf", "mill", "barn", "croft", "glen", "bay", "point", "chase",
                 "lodge", "halt", "end", "drove", "brae", "wynd", "loan", "hse", "bldg",
                 "building", "tower", "block", "road.", "concession", "line", "sideroad",
                 "kraal", "plot", "phase", "layout", "cross.", "main", "mansions", "residency",
                 "apartments", "cottages", "hall", "rectory", "manse", "presbytery", "nook",
                 "acres", "meadows", "court.", "village", "lakes", "ridge", "gate", "close."}


def check_date_like(text, kind):
    """DOB / EXPIRY sanity: returns an error string or None."""
    t = text.lower().replace(",", " ").strip()
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})", t)
    if kind == "DOB":
        if m:
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if not ((1 <= b <= 12 and 1 <= a <= 31) or (1 <= a <= 12 and 1 <= b <= 31)):
                return "bad day/month"
            return None if 1920 <= y <= 2022 else "bad year"
        toks = [x for x in t.split() if x not in ("of", "the")]
        mi = [i for i, x in enumerate(toks) if x in MONTHS or x in MONTH_ABBR]
        if len(mi) != 1:
            return "no month name"
        i = mi[0]
        before, after = toks[:i], toks[i + 1:]
        day_toks, year_toks = (before, after) if before else (None, after)
        if day_toks is None:
            day, used = parse_day(after)
            year_toks = after[used:]
        else:
            day, used = parse_day(day_toks)
            if used != len(day_toks):
                return "junk before month"
        if not day or not 1 <= day <= 31:
            return "no day"
        ys = "".join(year_toks) if all(x.isdigit() for x in year_toks) else \
            spoken_norm(" ".join(year_toks))
        if not ys.isdigit() or not (len(ys) == 2 or (len(ys) == 4 and 1920 <= int(ys) <= 2022)):
            return f"bad year {ys!r}"
        return None
    # EXPIRY
    if m:
        return "expiry has a day"
    m = re.fullmatch(r"(\d{1,2})\s*/\s*(\d{2}|\d{4})", t)
    if m:
        mo, y = int(m.group(1)), int(m.group(2))
    else:
        toks = t.split()
        mi = [i for i, x in enumerate(toks) if x in MONTHS or x in MONTH_ABBR]
        if mi:
            x = toks[mi[0]]
            mo = MONTHS.index(x) + 1 if x in MONTHS else MONTH_ABBR[x]
            rest = " ".join(toks[mi[0] + 1:])
            ys = rest if rest.isdigit() else spoken_norm(rest)
            y = int(ys) if ys.isdigit() else -1
        else:
            ds = spoken_norm(t) if not re.fullmatch(r"\d+", t.replace(" ", "")) else \
                t.replace(" ", "")
            if len(ds) in (3, 5):
                mo, y = int(ds[:1]), int(ds[1:])
            elif len(ds) in (4, 6):
                mo, y = int(ds[:2]), int(ds[2:])
            else:
                return f"expiry digits {ds!r}"
    if not 1 <= mo <= 12:
        return "bad month"
    if not (20 <= y <= 35 or 2020 <= y <= 2035):
        return "bad year"
    return None


def parse_day(toks):
    if not toks:
        return None, 0
    t = toks[0]
    m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)?", t)
    if m:
        return int(m.group(1)), 1
    if t in ("twenty", "thirty") and len(toks) > 1:
        n = toks[1]
        if n in ORDW and ORDW[n] < 10:
            return int(TENW[t]) * 10 + ORDW[n], 2
        if n in UNITW and n not in ("oh", "zero"):
            return int(TENW[t]) * 10 + int(UNITW[n]), 2
    if t in ORDW:
        return ORDW[t], 1
    if t in ONES:
        return ONES.index(t), 1
    if t in ("twenty", "thirty"):
        return int(TENW[t]) * 10, 1
    return None, 0


def validate(cases):
    errs = []
    seen_email, seen_addr = {}, {}

    def err(c, msg):
        errs.append(f"{c['obj']['case_id']} ({c['industry']}): {msg}")

    for c in cases:
        o, style, country = c["obj"], c["obj"]["style"], c["country"]
        full_cards = []
        # ---- markup and text ----
        for ui, (marked, clean, spans) in enumerate(c["raw"]):
            for bad in ("[[", "]]", "((", "))"):
                if bad in clean:
                    err(c, f"u{ui}: stray markup {bad!r}: {clean!r}")
            if not clean or clean != clean.strip() or "  " in clean:
                err(c, f"u{ui}: empty text or bad spacing: {clean!r}")
            if style == "asr" and not re.fullmatch(r"[a-z0-9' -]+", clean):
                err(c, f"u{ui}: not asr style: {clean!r}")
            if style == "transcript" and not (clean[0].isupper() or clean[0].isdigit() or
                                              clean[0] in "+$£€"):
                err(c, f"u{ui}: transcript line should start with a capital: {clean!r}")
            for sp in spans:
                if sp["pii"] and sp["kind"] not in PII_TYPES:
                    err(c, f"u{ui}: unknown pii type {sp['kind']}")
                if not sp["pii"] and sp["kind"] not in KEEP_KINDS:
                    err(c, f"u{ui}: unknown keep kind {sp['kind']}")
        for p in o["pii"] + o["keep"]:
            if not 0 <= p["utterance"] < len(o["utterances"]):
                err(c, f"span utterance out of range {p}")
        # offsets recomputed from the clean text must give back the marked text
        for ui, (marked, clean, spans) in enumerate(c["raw"]):
            text = o["utterances"][ui]["text"]
            assert text == clean
            for sp in spans:
                s, e = sp["start"], sp["end"]
                if text[s:e] != sp["text"]:
                    err(c, f"u{ui}: offset mismatch {sp['text']!r}")
                if s >= e:
                    err(c, f"u{ui}: empty span")
                    continue
                first, last = text[s], text[e - 1]
                if not (first.isalnum() or first in "+$£€₹"):
                    err(c, f"u{ui}: span starts with {first!r}: {sp['text']!r}")
                if not (last.isalnum() or last == "%" or
                        (last == "." and re.search(r"[ap]\.m\.$", sp["text"]))):
                    err(c, f"u{ui}: span ends with {last!r}: {sp['text']!r}")
                if s > 0 and text[s - 1].isalnum():
                    err(c, f"u{ui}: span starts inside a word: {sp['text']!r}")
                if e < len(text) and text[e].isalnum():
                    err(c, f"u{ui}: span ends inside a word: {sp['text']!r}")
            ordered = sorted(spans, key=lambda x: x["start"])
            for a, b in zip(ordered, ordered[1:]):
                if b["start"] < a["end"]:
                    err(c, f"u{ui}: overlapping spans {a['text']!r} / {b['text']!r}")
            # every digit inside a span; no run of four digit words outside spans
            covered = [False] * len(text)
            for sp in spans:
                for k in range(sp["start"], sp["end"]):
                    covered[k] = True
            for k, ch in enumerate(text):
                if ch.isdigit() and not covered[k]:
                    err(c, f"u{ui}: digit outside a span: {text!r}")
                    break
            masked = "".join(ch if not covered[k] else "#" for k, ch in enumerate(text))
            run = 0
            for w in re.findall(r"[a-z#']+", masked.lower()):
                run = run + 1 if w in UNITW else 0
                if run >= 4:
                    err(c, f"u{ui}: four digit words outside spans: {text!r}")
                    break
        # ---- values ----
        groups = {}
        for p in o["pii"]:
            groups.setdefault(p["group"], []).append(p)
        for gid, ps in groups.items():
            types = {p["type"] for p in ps}
            if len(types) != 1:
                err(c, f"group {gid} mixes types {types}")
                continue
            typ = types.pop()
            tag = c["tags"][gid]
            texts = [o["utterances"][p["utterance"]]["text"][p["start"]:p["end"]] for p in ps]
            try:
                joined = "".join(value_chars(t, style) for t in texts) if typ not in (
                    "NAME", "ADDRESS", "EMAIL", "DOB", "EXPIRY") else None
            except BuildError as ex:
                err(c, f"group {gid}: {ex}")
                continue
            if tag.startswith(("x", "r")) and typ not in ("CARD_NUMBER", "SSN", "PHONE",
                                                          "POSTCODE", "ACCOUNT_NUMBER"):
                err(c, f"group {gid}: x/r mark on {typ}")
            if typ == "CARD_NUMBER":
                if tag.startswith("x"):
                    if not re.fullmatch(r"\d{1,16}", joined):
                        err(c, f"wrong card piece {joined!r}")
                elif tag.startswith("r"):
                    pass            # checked below against the case's full cards
                elif not card_ok(joined):
                    err(c, f"card group {gid} fails Luhn/prefix/length: {joined!r}")
                else:
                    full_cards.append(joined)
            elif typ == "CVV":
                if not re.fullmatch(r"\d{3,4}", joined):
                    err(c, f"CVV {joined!r}")
            elif typ == "SSN":
                if not tag.startswith(("x", "r")) and not ssn_ok(joined, country):
                    err(c, f"national id {joined!r} fails its check ({country})")
            elif typ == "PHONE":
                if not phone_ok(joined):
                    err(c, f"phone {joined!r} not in a fictional range")
            elif typ == "POSTCODE":
                if not re.fullmatch(POSTCODE_RE[country], joined):
                    err(c, f"postcode {joined!r} wrong shape for {country}")
            elif typ == "ACCOUNT_NUMBER":
                if not re.search(r"\d", joined) or len(joined) < 4:
                    err(c, f"account number {joined!r}")
                if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{4}\d{14}", joined) and not iban_ok(joined):
                    err(c, f"IBAN {joined!r} fails mod 97")
            elif typ == "NAME":
                for t in texts:
                    if re.search(r"\d", t):
                        err(c, f"name with digits {t!r}")
                    if t.split()[0].lower().strip(".") in TITLE_WORDS:
                        err(c, f"name starts with a title {t!r}")
            elif typ == "EMAIL":
                t = " ".join(texts)
                if style == "asr":
                    if "@" in t or " at " not in f" {t} " or " dot " not in f" {t} ":
                        err(c, f"spoken e-mail {t!r}")
                elif not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", t):
                    err(c, f"e-mail {t!r}")
            elif typ == "ADDRESS":
                t = " ".join(texts).lower()
                toks = re.findall(r"[a-z]+|\d+", t)
                if not (any(x.isdigit() or x in ONES or x in TENW for x in toks) or
                        any(x in ADDRESS_WORDS for x in toks)):
                    err(c, f"address without number or place word {t!r}")
            elif typ in ("DOB", "EXPIRY"):
                for t in texts:
                    e = check_date_like(t, typ)
                    if e:
                        err(c, f"{typ} {t!r}: {e}")
        for gid, ps in groups.items():
            if ps[0]["type"] == "CARD_NUMBER" and c["tags"][gid].startswith("r"):
                texts = [o["utterances"][p["utterance"]]["text"][p["start"]:p["end"]]
                         for p in ps]
                d = "".join(value_chars(t, style) for t in texts)
                if len(d) < 4 or not any(d in fc for fc in full_cards):
                    err(c, f"card read-back {d!r} is not part of the case's card")
        # e-mails and addresses not reused across cases
        for p in o["pii"]:
            if p["type"] not in ("EMAIL", "ADDRESS"):
                continue
            t = o["utterances"][p["utterance"]]["text"][p["start"]:p["end"]].lower()
            t = re.sub(r"\bdot\b", ".", t)
            t = re.sub(r"\bat\b", "@", t)
            if p["type"] == "EMAIL":
                key = re.sub(r"[^a-z0-9@.]", "", t)
            else:   # the street without its numbers, so a number said as words still matches
                key = " ".join(w for w in re.findall(r"[a-z]+", t)
                               if w not in UNITW and w not in TEENW and w not in TENW and
                               w not in ("hundred", "thousand", "slash", "and"))
                key = re.sub(r"\b(flat|unit|apartment|apt|no)\b", "", key).replace(" ", "")
            store = seen_email if p["type"] == "EMAIL" else seen_addr
            if key in store and store[key] != o["case_id"]:
                err(c, f"{p['type']} reused from {store[key]}: {t!r}")
            store.setdefault(key, o["case_id"])
        # look-alikes
        for kp in o["keep"]:
            t = o["utterances"][kp["utterance"]]["text"][kp["start"]:kp["end"]]
            d = digits_of(t, style)
            if 13 <= len(d) <= 19 and luhn_ok(d):
                err(c, f"look-alike {t!r} passes Luhn")
            for p in o["pii"]:
                if p["utterance"] != kp["utterance"] or p["type"] in ("NAME", "EMAIL"):
                    continue
                pt = o["utterances"][p["utterance"]]["text"][p["start"]:p["end"]]
                pd = digits_of(pt, style)
                if len(d) >= 2 and (d == pd or (len(d) >= 4 and d in pd)):
                    err(c, f"look-alike {t!r} has the digits of pii {pt!r}")
    return errs


def counts(cases):
    ct = {t: 0 for t in PII_TYPES}
    kinds = {k: 0 for k in KEEP_KINDS}
    n_utt = n_asr = n_nopii = n_keep = n_ivr = 0
    for c in cases:
        o = c["obj"]
        n_utt += len(o["utterances"])
        if o["style"] == "asr":
            n_asr += len(o["utterances"])
        with_pii = {p["utterance"] for p in o["pii"]}
        n_nopii += len(o["utterances"]) - len(with_pii)
        for p in o["pii"]:
            ct[p["type"]] += 1
        for k in o["keep"]:
            kinds[k["kind"]] += 1
            n_keep += 1
        if any(u["speaker"] == "ivr" for u in o["utterances"]):
            n_ivr += 1
    return {"cases": len(cases), "utterances": n_utt, "asr_utterances": n_asr,
            "no_pii_utterances": n_nopii, "keep": n_keep, "ivr_cases": n_ivr,
            "keep_kinds": kinds, **ct}


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        cases = build()
    except (BuildError, AssertionError, ValueError) as ex:
        print(f"build failed: {ex}", file=sys.stderr)
        return 1
    errs = validate(cases)
    ct = counts(cases)
    for k, v in MINIMUM.items():
        if ct[k] < v:
            errs.append(f"minimum not met: {k} = {ct[k]} < {v}")
    if ct["asr_utterances"] * 2 < ct["utterances"]:
        errs.append("fewer than half the utterances are in asr style")
    for kind, v in ct["keep_kinds"].items():
        if v == 0:
            errs.append(f"no keep span of kind {kind}")
    countries = {c["country"] for c in cases}
    if countries != {"US", "UK", "IE", "CA", "AU", "NZ", "ZA", "IN"}:
        errs.append(f"countries {sorted(countries)}")
    ids = [c["obj"]["case_id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate case ids")
    for k, v in ct.items():
        print(f"{k}: {v}")
    if errs:
        for e in errs:
            print("FAIL", e, file=sys.stderr)
        print(f"{len(errs)} failed checks; nothing written", file=sys.stderr)
        return 1
    if check_only:
        print("check passed")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c["obj"], ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
