#!/usr/bin/env python3
"""Writes data/redaction/dev34.jsonl, a redaction development set (case ids t30-001 ...).

Written as the held-out set test30.jsonl, measured once with the thirty-second round's code, then
renamed dev34 and tuned on in the thirty-third round.

What the set leans on
---------------------
Every case is its own hand-written conversation (no per-step line templates): its own people,
reason for calling, wording, hesitations and order of events. The main weight is card payments
and their codes in industries earlier sets did not name: florists and gift delivery, parking,
tolls and car parks, salons and spas, music and driving lessons, wedding and event venues,
used-car deposits (UK, US, Canada), home care agencies (fees, payroll, intake, background
checks), charity phone donations and lotteries, theatre box offices, boat, kayak and bike hire,
language schools, print shops, locksmiths, catering, photographers, kennels, catteries and dog
walkers, escape rooms. Cards come in every shape: typed in groups, spoken digit by digit, with
"double"/"triple", in pairs ("forty one"), in two to five pieces over turns with fillers and
interruptions between them, restarted, a block corrected ("no wait it's ..."), read back by the
agent (whole, one or two blocks, the last four), given before it is asked for, asked for twice
because the line broke up, said to an IVR, with the recogniser's homophones ("to", "ate")
between blocks; expiries and codes said in odd ways ("valid thru", "it runs out in the spring
... oh three twenty nine", "the three on the back", the four digits on the front of an Amex)
beside numbers that are no card data (prices, quantities, booking times, rooms, seats, racks,
event dates, ages, model numbers, flight numbers). Names are said in passing (staff mentioned
mid-sentence, "ask for bronagh at the front desk", "a bouquet for saoirse"), many are also words
(Hope, Will, Grace, Rose, Bill, Summer, May, Sonny, Dawn, Honor, Patience, Kit, Sol, Harmony) and
come from many languages; addresses carry house and building names before the street; there are
phones, e-mails, dates of birth, account, booking and order numbers, SSNs and NI numbers and
postcodes. About two thirds of the utterances are in the recogniser's (asr) style.

Markup (inside each hand-written line)
--------------------------------------
  [[TYPE:text]]         a pii value said in one piece: a group of its own
  [[TYPE#tag:text]]     a piece of a value: the same tag in one case is the same group
  [[TYPE!p:text]]       a partial card (a last four, a block read back) or partial phone: a
                        group of its own, checked as 3-16 digits instead of a full card
  [[TYPE#tag!x:text]]   a piece that stays in the value's group but is left out of the
                        validator's value check: a wrong block the caller corrects, digits said
                        before a restart, a repeated block, a phone's extension
  ((kind:text))         a keep span (look-alike)
The lines are f-strings: every number comes from the one seeded generator G (random.Random,
seed 3030) and is rendered in the case's style by small helpers (w: digit by digit; dd: with
double/triple; pr: in pairs; sp: one of those; grp: typed digits in odd groups; exp_a/exp_t,
dob_a/dob_t, pc_a/pc_t, ph_a/ph_t, ssn_a, ni_a, price_a/price_t, time_a/time_t, date_a/date_t).
The markup is stripped by code and every offset is computed from the clean text. Groups are
numbered g1, g2, ... in order of first appearance in the case.

Labelling choices
-----------------
- Cards: a card broken by anything that is not a digit word is one span per piece, same group.
  Digits said before a restart, a wrong block the caller corrects and a block the caller repeats
  stay in the card's group (marked !x so the Luhn check skips them). A card said again in full
  after a complete first saying (asked again, line broke up, "in single numbers please") is a
  group of its own, as is any agent or IVR read-back (whole, one or more blocks, the last four)
  and a last four said by either side.
- EXPIRY and CVV cover the value only: "valid thru", "end of", "expires", "it runs out", "exp",
  "CID", "the code's" stay outside. Labelled only where asked for or named.
- NAME: every mention is its own group; a first name and surname said together are one span; a
  spelled surname is a span (and group) of its own; the recogniser's forms and a pronunciation
  ("fanshaw") are names. Titles (mr, mrs, mister, Madame, ma'am), pets (biscuit, pickle),
  businesses, venues, pubs, hotels and house names are not names. A name that is also a word is
  labelled only where it is a name; inside a case it is never also used as the word.
- ADDRESS: the street line with its number; a house or building name, floor, flat, unit or
  apartment before it is inside ("briar cottage fifty mill brow", "second floor mercer house
  ..."); the town is inside when it follows in the same breath, the state or province outside;
  the postcode or ZIP is its own POSTCODE span. A UK NI number is an SSN; a Canadian postal code
  a POSTCODE.
- ACCOUNT_NUMBER: booking, order, invoice, PO, job, voucher and gift-card numbers, customer,
  student, candidate, membership, supporter and access-register numbers, penalty notice numbers,
  number plates, provisional driving licences, passports, VINs, Medicare ids, routing numbers,
  sort codes and bank accounts (a sort code or routing number a group apart from the account).
  A wrong account number the caller abandons is a group of its own.
- PHONE: an extension is a piece of the phone (same group, marked !x); a number cut off by a bad
  line and then said again whole is one group, the cut-off piece marked !x.
- keep kinds: price (with its currency or unit), time, date (event dates; a month alone), year,
  duration, percentage, flight_number, model_number (car and kit models, "transit custom", "rav
  four"), quantity (goods: stems, flyers, gsm, miles, sizes, images), count (people, guests,
  visits, lessons, entries, shifts, players), other (receipt and approval numbers, stock and
  cost codes, room, seat, rack, run, level, wheelchair-space and queue numbers, ages, exam
  grades, form codes such as W-4, a TV channel, a house number said alone on a card message).
- The recogniser's homophones ("to", "ate", "for") between values are left unlabelled (they are
  neither pii nor keep); inside a value they are inside its span.

Validator (any failure prints the reason, exits 1 and writes nothing)
---------------------------------------------------------------------
- markup well formed (no stray [[ ]] (( )) left), known types and keep kinds, offsets match the
  clean text; every span non-empty, no leading/trailing space or punctuation (a leading
  currency sign or "+", a trailing "%" or "a.m."/"p.m." excepted), not starting or ending inside
  a word; no two spans (pii or keep) overlap; two pieces of one value (or two NAMEs) split only
  by a space are refused (they are one span);
- asr utterances are lower case without . , ? ! ; : " or @;
- CARD_NUMBER groups: digits (spoken digits, double/triple, pairs, hundreds and the homophones
  turned into digits), joined over the group without !x pieces, have a real prefix (Visa 4,
  Mastercard 51-55 and 2221-2720, Amex 34/37, Discover 6011/65), 15 digits for Amex and 16 for
  the others, and pass Luhn; a !p group holds 3-16 digits;
- CVV 3-4 digits; EXPIRY a month name or a valid month (MYY, MMYY, MMYYYY); SSN 9 digits with
  area 001-665 (no 666), group and serial not zero, or a last four, or an NI number's shape;
  PHONE in the fictional ranges only (07700 900xxx, 020 7946 0xxx, 0113/0117/0161 496 0xxx,
  US 555-01xx, with +44/+1 allowed); POSTCODE a UK postcode, a US ZIP (or ZIP+4) or a Canadian
  postal code; EMAIL typed (transcript) or spoken "... at ... dot ..." (never "@" in asr);
  ADDRESS starts with a number, a flat/unit/apartment word or a name before a numbered street,
  and has a street word; NAME has no digits and no titles;
- no digit outside a span, and no run of four or more digit words outside a span;
- a look-alike of 13-19 digits fails Luhn, and no look-alike holds a pii span's digits (4 or
  more) in the same utterance, or the other way round;
- a name word labelled in a case is never left unlabelled elsewhere in that case;
- no e-mail and no street is used in two cases; no utterance of nine words or more (span
  contents masked) appears in two cases;
- the minimum counts of the brief: 80 cases, 1,000 utterances, 400 utterances with no pii, 280
  keep spans covering every keep kind, 3 IVR cases, 60% of utterances in asr style, pii spans
  CARD_NUMBER 60 (and 45 card groups), CVV 30, EXPIRY 30, SSN 15, PHONE 35, EMAIL 25, DOB 20,
  ADDRESS 30, POSTCODE 35, ACCOUNT_NUMBER 40, NAME 200.

Run (deterministic: the same file every run)
--------------------------------------------
    python3 data/redaction/make_dev34.py           # validates, writes dev34.jsonl, prints counts
    python3 data/redaction/make_dev34.py --check   # builds and validates only, writes nothing
    (--lax: a shortfall in the minimum counts is reported without exit status 1; nothing is
    written then)
"""

import json
import os
import random
import re
import sys

SEED = 3030
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev34.jsonl")

PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
MINIMA = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 15, "PHONE": 35, "EMAIL": 25,
          "DOB": 20, "ADDRESS": 30, "POSTCODE": 35, "ACCOUNT_NUMBER": 40, "NAME": 200}

# ---------------------------------------------------------------- numbers and words

DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_T = [m.capitalize() for m in MONTHS]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def sfx(d):
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def words(n):
    """0..9999 as words, British style ("one hundred and five")."""
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEEN[n - 10]
    if n < 100:
        return TENW[n // 10] + ("" if n % 10 == 0 else " " + DIG[n % 10])
    if n < 1000:
        h = DIG[n // 100] + " hundred"
        return h if n % 100 == 0 else h + " and " + words(n % 100)
    t = words(n // 1000) + " thousand"
    return t if n % 1000 == 0 else t + (" and " if n % 1000 < 100 else " ") + words(n % 1000)


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


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


UK_OUT = ["SW1A", "EC1V", "M14", "LS6", "BS8", "CF10", "G12", "EH3", "B15", "NG7", "L17",
          "BT9", "OX4", "CB2", "YO1", "NE1", "SE15", "N16", "E8", "W12", "BN2", "PL4", "EX4",
          "S10", "DE22", "LE2", "SO14", "TN34", "GU1", "HU5", "AB10", "IV2", "SA1", "LL57",
          "CH2", "DN1", "KY16", "PA20", "TR1", "NR2", "IP4", "CO1", "ME4", "RG1", "SN1"]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"


class Gen:
    """Every number in the set comes from this one seeded generator."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    # ----- raw values
    def n(self, lo, hi):
        return self.r.randint(lo, hi)

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, k, lead=True):
        s = str(self.r.randint(1, 9)) if lead else str(self.r.randint(0, 9))
        return s + "".join(str(self.r.randint(0, 9)) for _ in range(k - 1))

    def card(self, brand="visa"):
        if brand == "visa":
            body = "4" + self.digits(14, False)
        elif brand == "mc":
            body = "5" + str(self.r.randint(1, 5)) + self.digits(13, False)
        elif brand == "mc2":
            body = str(self.r.randint(2221, 2720)) + self.digits(11, False)
        elif brand == "amex":
            body = self.pick(["34", "37"]) + self.digits(12, False)
        elif brand == "disc":
            body = self.pick(["6011" + self.digits(11, False), "65" + self.digits(13, False)])
        else:
            raise ValueError(brand)
        c = body + luhn_digit(body)
        # a card never holds a run of five equal digits (easier to read aloud)
        if re.search(r"(\d)\1{4}", c):
            return self.card(brand)
        return c

    def badcard(self, good, block):
        """the good card with one 4-digit block replaced by a wrong one (a mis-said block)."""
        b = blocks(good)
        w = self.digits(len(b[block]), False)
        while w == b[block]:
            w = self.digits(len(b[block]), False)
        return w

    def cvv(self, k=3):
        return self.digits(k, True)

    def exp(self):
        return self.r.randint(1, 12), self.r.randint(27, 32)

    def ssn(self):
        a = self.r.randint(1, 665)
        while a == 666:
            a = self.r.randint(1, 665)
        return "%03d%02d%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def ni(self):
        p = self.pick(["AB", "CE", "JH", "KL", "MR", "NP", "PE", "RT", "SW", "WT", "YH", "ZR"])
        return p + self.digits(6, False) + self.pick("ABCD")

    def ph_mob(self):
        return "07700900" + "%03d" % self.r.randint(0, 999)

    def ph_lon(self):
        return "02079460" + "%03d" % self.r.randint(0, 999)

    def ph_geo(self):
        return "0" + self.pick(["161", "113", "117"]) + "4960" + "%03d" % self.r.randint(0, 999)

    def ph_us(self):
        return str(self.r.randint(2, 9)) + self.digits(2, False) + "55501" + "%02d" % self.r.randint(0, 99)

    def ukpc(self):
        return self.pick(UK_OUT), str(self.r.randint(1, 9)) + self.pick(IN_LET) + self.pick(IN_LET)

    def zip(self, prefix=None):
        if prefix:
            return prefix + self.digits(5 - len(prefix), False)
        return self.digits(5, True)

    def dob(self):
        return self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(1941, 2005)

    def date(self):
        return self.r.randint(1, 28), self.r.randint(1, 12)

    # ----- spoken renderings (asr)
    def w(self, s):
        """digit by digit; a zero is "oh" or "zero"."""
        z = self.pick(["oh", "zero"])
        return " ".join(z if c == "0" else DIG[int(c)] for c in s)

    def dd(self, s):
        """digit by digit with "double"/"triple" for runs."""
        out, i = [], 0
        z = self.pick(["oh", "zero"])
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            run = j - i
            word = z if s[i] == "0" else DIG[int(s[i])]
            while run > 0:
                if run >= 3 and run != 4:
                    out.append("triple " + word)
                    run -= 3
                elif run >= 2:
                    out.append("double " + word)
                    run -= 2
                else:
                    out.append(word)
                    run -= 1
            i = j
        return " ".join(out)

    def pr(self, s):
        """in pairs: "forty one", "oh six", "eleven"."""
        out = []
        if len(s) % 2:
            out.append("oh" if s[0] == "0" else DIG[int(s[0])])
            s0, s = s, s[1:]
        for i in range(0, len(s) - 1, 2):
            a, b = s[i], s[i + 1]
            if a == "0":
                out.append("double oh" if b == "0" else "oh " + DIG[int(b)])
            elif b == "0" and i + 2 >= len(s):
                # a final "forty" could run into the next word ("forty two"): say "four oh"
                out.append(DIG[int(a)] + " oh")
            else:
                out.append(words(int(a + b)))
        return " ".join(x.strip() for x in out)

    def sp(self, s):
        """a block in one of the spoken shapes."""
        return self.pick([self.w, self.dd, self.pr, self.w])(s)

    def grp(self, s):
        """typed digits in odd groups, as the recogniser writes them."""
        out, i = [], 0
        while i < len(s):
            k = self.r.randint(2, 5)
            out.append(s[i:i + k])
            i += k
        return " ".join(out)

    def ph_a(self, p):
        """a phone spoken; returns the whole string."""
        if p.startswith("07700"):
            return self.pick([self.w(p[:5]) + " " + self.dd(p[5:]), self.w(p[:5]) + " " + self.w(p[5:8]) + " " + self.pr(p[8:]),
                              "oh seven seven double oh " + self.w(p[5:])])
        if p.startswith("0207946"):
            return "oh two oh " + self.pick(["seven nine four six ", "seven nine four six "]) + self.sp(p[7:])
        if p.startswith("0"):
            return self.w(p[:4]) + " " + self.sp(p[4:7]) + " " + self.sp(p[7:])
        return self.w(p[:3]) + " " + self.pick(["five five five", "triple five"]) + " " + self.sp(p[6:])

    def ph_t(self, p):
        if p.startswith("07700"):
            return p[:5] + " " + p[5:]
        if p.startswith("020"):
            return p[:3] + " " + p[3:7] + " " + p[7:]
        if p.startswith("0"):
            return p[:4] + " " + p[4:7] + " " + p[7:]
        return self.pick([p[:3] + "-" + p[3:6] + "-" + p[6:], p[:3] + "." + p[3:6] + "." + p[6:], p[:3] + " " + p[3:6] + " " + p[6:]])

    def exp_a(self, mm, yy, mode=None):
        mode = mode if mode is not None else self.r.randint(0, 4)
        m2 = "%02d" % mm
        if mode == 0:
            return self.w(m2) + " " + words(yy)
        if mode == 1:
            return MONTHS[mm - 1] + " twenty " + words(yy)
        if mode == 2:
            return words(mm) + " " + words(yy)
        if mode == 3:
            return self.w(m2) + " slash " + words(yy)
        return self.w(m2) + " " + self.w(str(yy))

    def exp_t(self, mm, yy, mode=None):
        mode = mode if mode is not None else self.r.randint(0, 3)
        if mode == 0:
            return "%02d/%02d" % (mm, yy)
        if mode == 1:
            return "%02d/20%02d" % (mm, yy)
        if mode == 2:
            return "%s 20%02d" % (MON_T[mm - 1], yy)
        return "%02d-%02d" % (mm, yy)

    def pc_a(self, pc):
        o, i = pc
        spell = lambda x: " ".join(DIG[int(c)] if c.isdigit() else c.lower() for c in x)
        return self.pick([spell(o) + " " + spell(i), (o + " " + i).lower(), spell(o) + " " + i.lower()])

    def pc_t(self, pc):
        return pc[0] + " " + pc[1]

    def dob_a(self, d, mode=None):
        dd_, mm, yy = d
        mode = mode if mode is not None else self.r.randint(0, 3)
        y = words(yy // 100) + " " + (words(yy % 100) if yy % 100 >= 10 else "oh " + DIG[yy % 100]) if yy < 2000 else "two thousand and " + words(yy % 100)
        if mode == 0:
            return "the " + ORD[dd_] + " of " + MONTHS[mm - 1] + " " + y
        if mode == 1:
            return MONTHS[mm - 1] + " " + ORD[dd_] + " " + y
        if mode == 2:
            return self.w("%02d" % dd_) + " " + self.w("%02d" % mm) + " " + self.pr(str(yy)[2:])
        return ORD[dd_] + " " + MONTHS[mm - 1] + " " + y

    def dob_t(self, d, mode=None):
        dd_, mm, yy = d
        mode = mode if mode is not None else self.r.randint(0, 2)
        if mode == 0:
            return "%02d/%02d/%d" % (dd_, mm, yy)
        if mode == 1:
            return "%d %s %d" % (dd_, MON_T[mm - 1], yy)
        return "%s %d, %d" % (MON_T[mm - 1], dd_, yy)

    def ssn_a(self, s):
        return self.pick([self.w(s[:3]) + " " + self.w(s[3:5]) + " " + self.w(s[5:]),
                          self.sp(s[:3]) + " " + self.sp(s[3:5]) + " " + self.sp(s[5:])])

    def ssn_t(self, s):
        return s[:3] + "-" + s[3:5] + "-" + s[5:]

    def ni_a(self, s):
        return " ".join(c.lower() for c in s[:2]) + " " + self.sp(s[2:4]) + " " + self.sp(s[4:6]) + " " + self.sp(s[6:8]) + " " + s[8].lower()

    def ni_t(self, s):
        return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])

    # ----- look-alike values
    def price_a(self, lo, hi, unit=None):
        p = self.r.randint(lo, hi)
        pence = self.pick([0, 0, 50, 99, 95, 25])
        if unit == "dollars":
            return words(p) + " dollars" + ("" if not pence else " " + words(pence))
        if pence and p < 100:
            return self.pick([words(p) + " " + words(pence), words(p) + " pounds " + words(pence)])
        return self.pick([words(p) + " pounds", words(p) + " quid", words(p)])

    def price_t(self, lo, hi, cur="£"):
        p = self.r.randint(lo, hi)
        pence = self.pick([0, 0, 50, 99, 95, 25])
        if p >= 1000:
            body = "{:,}".format(p)
        else:
            body = str(p)
        return cur + body + ("" if not pence else ".%02d" % pence)

    def time_a(self, lo=1, hi=12):
        h = self.r.randint(lo, hi)
        m = self.pick([0, 15, 30, 45, 0, 30])
        nxt = DIG[h % 12 + 1] if h % 12 + 1 < 10 else words(h % 12 + 1)
        hw = words(h)
        return self.pick([hw + " o'clock" if m == 0 else "half past " + hw,
                          hw + " " + ("thirty" if m == 30 else "fifteen" if m == 15 else "forty five" if m == 45 else "pm"),
                          "half " + nxt if m == 30 else "quarter past " + hw,
                          hw + " " + self.pick(["am", "pm", "in the morning", "in the evening"])])

    def time_t(self, lo=1, hi=12):
        h = self.r.randint(lo, hi)
        m = self.pick([0, 15, 30, 45, 0, 30])
        return self.pick(["%d:%02d%s" % (h, m, self.pick(["am", "pm", " am", " pm", ""])),
                          "%d%s" % (h, self.pick(["am", "pm", " p.m.", " a.m."]))])

    def date_a(self):
        d, m = self.date()
        return self.pick([ORD[d] + " of " + MONTHS[m - 1], MONTHS[m - 1] + " " + ORD[d], MONTHS[m - 1] + " the " + ORD[d]])

    def date_t(self):
        d, m = self.date()
        return self.pick(["%d %s" % (d, MON_T[m - 1]), "%s %d%s" % (MON_T[m - 1], d, sfx(d)), "%d%s %s" % (d, sfx(d), MON_T[m - 1]),
                          "%02d/%02d" % (d, m)])

    def nw(self, lo, hi):
        """a number in words."""
        return words(self.r.randint(lo, hi))

    def nt(self, lo, hi):
        return str(self.r.randint(lo, hi))


def blocks(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[:4], c[4:8], c[8:12], c[12:]]


def card_t(c):
    return " ".join(blocks(c))


G = Gen(SEED)
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def A(t):
    return ("agent", t)


def C(t):
    return ("customer", t)


def I(t):
    return ("ivr", t)

# ---------------------------------------------------------------- the conversations
# Each case below is its own hand-written call. Values come from G (one seeded Random),
# rendered inside the f-strings; markup is stripped and offsets computed by build().


@case
def florist_graduation(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); pc = g.ukpc(); hn = g.n(3, 88)
    return "asr", [
        A("good morning bloom and bramble florists you're through to [[NAME:aoife]]"),
        C("oh hi yeah i'd like to order a bouquet for [[NAME:saoirse]] it's her graduation on friday"),
        A(f"aw congratulations to her we've got the seasonal hand tied at ((price:{g.price_a(35, 55)})) or the peony one at ((price:{g.price_a(60, 80)}))"),
        C("the peony one definitely how many flowers is that"),
        A(f"it's about ((quantity:{g.nw(18, 26)})) stems with eucalyptus and it comes in a water bubble"),
        C("perfect and can you do friday morning she's out from the afternoon"),
        A("we can do a morning slot yeah what's the delivery address"),
        C(f"it's [[ADDRESS:{words(hn)} larkspur road]] and the postcode is [[POSTCODE:{g.pc_a(pc)}]]"),
        A("and the card message"),
        C("just say so proud of you love mam and dad"),
        A("that's lovely okay so how would you like to pay"),
        C(f"card yeah it's a visa [[CARD_NUMBER#c:{g.w(b[0])}]] um [[CARD_NUMBER#c:{g.sp(b[1])}]]"),
        A("mm-hmm"),
        C(f"[[CARD_NUMBER#c:{g.dd(b[2])} {g.w(b[3])}]]"),
        A("and when does it expire"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 0)}]]"),
        A("and the three digits on the back"),
        C(f"[[CVV:{g.w(v)}]]"),
        A(f"lovely that's gone through you'll get a text when the driver's about ((duration:{g.nw(20, 40)} minutes)) away"),
    ]


@case
def parking_fine_ivr(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); ref = g.pick("ABCFHK") + g.digits(8)
    return "asr", [
        I("welcome to the city parking payments line calls may be recorded"),
        I("to pay a penalty charge notice say pay or press one"),
        C("pay"),
        I("please say or key the penalty charge notice number it is printed at the top of the notice"),
        C(f"[[ACCOUNT_NUMBER:{ref[0].lower()} {g.w(ref[1:5])} {g.w(ref[5:])}]]"),
        I(f"thank you the amount due is ((price:{g.price_a(35, 70)})) this is the discounted rate if paid within ((duration:{g.nw(14, 28)} days)) of the notice"),
        I("please say or key your card number now"),
        C(f"[[CARD_NUMBER#c!x:{g.w(b[0])} {g.w(b[1])} {g.w(b[2])}]]"),
        I("sorry i didn't get all of that please say the whole card number again"),
        C(f"[[CARD_NUMBER#c:{g.w(b[0])} {g.w(b[1])} {g.w(b[2])} {g.w(b[3])}]]"),
        I(f"you said a card ending [[CARD_NUMBER!p:{g.w(b[3])}]] if that is correct say yes"),
        C("yes"),
        I("please say the expiry date as four digits month then year"),
        C(f"[[EXPIRY:{g.w('%02d' % mm)} {g.w(str(yy))}]]"),
        I("and the three digit security code from the back of the card"),
        C(f"[[CVV:{g.w(v)}]]"),
        I("please wait while we process your payment"),
        I(f"your payment has been accepted your receipt number is ((other:{g.w(g.digits(7))})) goodbye"),
    ]


@case
def salon_deposit_transcript(g):
    c = g.card("amex"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(4); p = g.ph_mob()
    return "transcript", [
        A("Hello, Velvet Room Hair and Beauty, [[NAME:Bronagh]] speaking."),
        C("Hi [[NAME:Bronagh]], it's [[NAME:Hope Adeyemi]]. I'm trying to book the balayage with [[NAME:Tamsin]] for next week?"),
        A(f"Let me look... [[NAME:Tamsin]] has Thursday at ((time:{g.time_t()})) or Saturday morning."),
        C("Thursday's better. How long does it take?"),
        A(f"Allow about ((duration:{g.nw(3, 4)} and a half hours)), and we take a ((price:{g.price_t(25, 50)})) deposit for colour appointments over ((duration:{g.nw(2, 3)} hours))."),
        C("That's fine. Do you need a card now?"),
        A("Yes please, whenever you're ready."),
        C(f"It's an Amex, [[CARD_NUMBER#c:{b[0]}]]... [[CARD_NUMBER#c:{b[1]}]]... sorry, I'm reading it off my phone... [[CARD_NUMBER#c:{b[2]}]]."),
        A("Thank you. And the expiry?"),
        C(f"[[EXPIRY:{g.exp_t(mm, yy, 0)}]]."),
        A("And on an Amex it's the four digits on the front, above the number."),
        C(f"Oh, right, that's [[CVV:{v}]]."),
        A(f"Perfect. Can I take a mobile for the reminder text?"),
        C(f"[[PHONE:{g.ph_t(p)}]]."),
        A(f"Lovely. So that's Thursday with [[NAME:Tamsin]], deposit taken on the card ending [[CARD_NUMBER!p:{b[2][-4:]}]]. If you cancel within ((duration:{g.nt(24, 48)} hours)) the deposit's kept, I'm afraid."),
        C("Understood. Thanks so much!"),
    ]


@case
def driving_lessons_block(g):
    c = g.card("visa"); b = blocks(c); wrong = g.badcard(c, 1); mm, yy = g.exp(); v = g.cvv(); p = g.ph_mob()
    acct = g.digits(6)
    return "asr", [
        A("clearway driving school [[NAME:femi]] speaking"),
        C(f"hiya i'm ringing about lessons for my son he's just turned ((other:{g.nw(17, 18)}))"),
        A(f"oh brilliant first time learner we do a block of ((quantity:{g.nw(6, 12)})) for ((price:{g.price_a(300, 390)})) or pay as you go"),
        C("yeah that's what his mate did who's the instructor in our area"),
        A("round your way it'd be [[NAME:will]] he does mornings and saturdays"),
        C("saturdays are perfect he's in college all week"),
        A("and whose name is the booking under"),
        C("mine it's [[NAME:deborah]] surname's [[NAME:n w a c h u k w u]] so [[NAME:nwachukwu]] sorry i always spell it"),
        A(f"thanks [[NAME:deborah]] have you got a student number from the theory test no okay i'll make a new record it's [[ACCOUNT_NUMBER:{g.w(acct)}]]"),
        C("right hang on i'll get my card out"),
        C(f"[[CARD_NUMBER#c:{g.w(b[0])}]] um [[CARD_NUMBER#c!x:{g.w(wrong)}]] no wait it's [[CARD_NUMBER#c:{g.w(b[1])}]] sorry"),
        A("no problem carry on"),
        C(f"[[CARD_NUMBER#c:{g.sp(b[2])}]] and then [[CARD_NUMBER#c:{g.sp(b[3])}]]"),
        A("and the expiry"),
        C(f"it runs out in the spring i think hang on [[EXPIRY:{g.exp_a(mm, yy, 0)}]]"),
        A("and the security code"),
        C(f"[[CVV:{g.w(v)}]]"),
        A(f"lovely and a mobile for [[NAME:will]] to text about pickups"),
        C(f"his or mine mine's probably safer [[PHONE:{g.ph_a(p)}]]"),
        A("grand i'll get the first one in for the saturday after next"),
    ]


@case
def used_car_deposit_us(g):
    c = g.card("disc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); s = g.ssn(); d = g.dob(); z = g.zip("787")
    hn = g.n(100, 9800)
    return "transcript", [
        A("Lone Star Pre-Owned, this is [[NAME:Marisol]]. How can I help you?"),
        C(f"Hi [[NAME:Marisol]]. I saw the ((year:{g.nt(2016, 2021)})) Tacoma on your lot online, stock number ((other:{g.pick('TX')}{g.digits(5)})), and I want to hold it."),
        A(f"That one's getting a lot of calls. We can hold it for ((duration:{g.pick(['48', '72'])} hours)) with a refundable deposit."),
        C(f"How much is the deposit?"),
        A(f"((price:{g.price_t(250, 500, '$')})), and it comes off the sticker price of ((price:{g.price_t(24000, 31000, '$')}))."),
        C("Okay, let's do it. I'll also want to apply for financing."),
        A("Sure. For the credit application I'll need your full name, date of birth and Social Security number."),
        C(f"It's [[NAME:Ezequiel Vargas-Ortiz]], born [[DOB:{g.dob_t(d, 0)}]], and the social is [[SSN:{g.ssn_t(s)}]]."),
        A("And your current address?"),
        C(f"[[ADDRESS:{hn} Bluebonnet Trail, Apt {g.n(2, 30)}, Austin]], [[POSTCODE:{z}]]."),
        A("Thanks. Now the deposit card, please."),
        C(f"Discover, [[CARD_NUMBER#c:{card_t(c)}]]."),
        A(f"Expiration and the CVV?"),
        C(f"[[EXPIRY:{g.exp_t(mm, yy, 1)}]], CVV [[CVV:{v}]]."),
        A(f"Got it. I'll read back the last four of the social to confirm: [[SSN:{s[-4:]}]]."),
        C("Correct."),
        A(f"You're all set. The hold runs until ((time:{g.time_t()})) Friday, and your deposit receipt is ((other:{g.pick('DR')}-{g.digits(6)}))."),
    ]


@case
def charity_phone_gift(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); pc = g.ukpc(); hn = g.n(2, 60)
    return "asr", [
        A("hello you're through to the lighthouse children's hospice appeal my name's [[NAME:ruairi]] thanks so much for calling in"),
        C("hi yeah i saw the advert on telly last night and i want to give something"),
        A(f"that's so kind would that be a one off gift or a monthly one we find even ((price:{g.price_a(5, 10)})) a month pays for an hour of a nurse's time"),
        C(f"let's say monthly ((price:{g.price_a(12, 20)})) and i've got my card here actually it's [[CARD_NUMBER#d!x:{g.pr(b[0])} {g.pr(b[1])}]]"),
        A("oh sorry i need to take a couple of details first before the card could i get your name"),
        C("course it's [[NAME:grace o'donoghue]]"),
        A("thanks [[NAME:grace]] and your home address for gift aid"),
        C(f"[[ADDRESS:briar cottage {words(hn)} mill brow]] it's a little house on the corner [[POSTCODE:{g.pc_a(pc)}]]"),
        A(f"are you a uk taxpayer because if so gift aid adds ((percentage:twenty five percent)) at no cost to you"),
        C("yes i am tick that"),
        A("brilliant okay so the card you started giving me go from the top"),
        C(f"[[CARD_NUMBER#d:{g.pr(b[0])} {g.pr(b[1])} {g.pr(b[2])}]] um [[CARD_NUMBER#d:{g.pr(b[3])}]]"),
        A(f"and that's valid thru"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 3)}]]"),
        A("and the last three digits on the signature strip"),
        C(f"[[CVV:{g.pr(v)}]]"),
        A(f"perfect the first payment goes out on the ((date:{g.date_a()})) and you'll get a welcome pack in about ((duration:{g.nw(7, 14)} days))"),
        C("lovely do you need an email"),
        A("only if you'd like updates by email"),
        C("go on then it's [[EMAIL:grace dot odonoghue at eircom dot net]]"),
    ]


@case
def theatre_box_office(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); ref = g.digits(7); row = g.pick("DEFGHJK"); s1 = g.n(4, 18)
    return "transcript", [
        A("Good afternoon, Lyceum Box Office, [[NAME:Callum]] speaking."),
        C(f"Hi, I'd like two tickets for the Saturday matinee of The Winter's Tale, please."),
        A(f"Certainly. That's the ((time:{g.time_t(2, 3)})) performance. Stalls or circle?"),
        C("Stalls if there's anything on the aisle."),
        A(f"I have row {row}, seats ((other:{row}{s1})) and ((other:{row}{s1 + 1})), at ((price:{g.price_t(32, 58)})) each, plus a ((price:{g.price_t(2, 3)})) booking fee per ticket."),
        C("Lovely. Can I use a card?"),
        A("Of course. Long number first, please."),
        C(f"[[CARD_NUMBER#c:{b[0]} {b[1]}]]—sorry, someone's at the door—[[CARD_NUMBER#c:{b[2]} {b[3]}]]."),
        A(f"Thank you. Let me read the last block back: [[CARD_NUMBER!p:{b[3]}]]?"),
        C("That's right."),
        A("Expiry date?"),
        C(f"It says valid thru [[EXPIRY:{g.exp_t(mm, yy, 0)}]]."),
        A("And the three-digit code on the back?"),
        C(f"[[CVV:{v}]]."),
        A("And the name the booking is under?"),
        C("[[NAME:Peregrine Holt]]. The tickets are a present for my aunt, [[NAME:Rosalind Achterberg]], she'll collect them."),
        A(f"I'll put both names on it. Your booking reference is [[ACCOUNT_NUMBER:{ref}]], and tickets can be collected from ((duration:{g.nt(30, 60)} minutes)) before curtain up."),
        C("Perfect, thank you, [[NAME:Callum]]."),
    ]


@case
def boat_hire_line_breaks(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); p = g.ph_mob()
    return "asr", [
        A("willowmere boat hire [[NAME:kasia]] here"),
        C("hiya is that the place on the river with the little electric boats"),
        A(f"that's us yeah they seat up to ((count:{g.nw(5, 8)})) people and it's ((price:{g.price_a(40, 60)})) an hour"),
        C(f"we'd want it for ((duration:{g.nw(2, 3)} hours)) on sunday for my dad's birthday he's ((other:{g.nw(61, 80)}))"),
        A(f"lovely i've got a slot from ((time:{g.time_a()})) can i take a name"),
        C("it's [[NAME:sonny mcallister]] that's [[NAME:m c a l l i s t e r]]"),
        A("and we take a card to hold it but we only charge on the day"),
        C(f"okay it's [[CARD_NUMBER#e:{g.dd(b[0])} {g.dd(b[1])}]] sorry [[CARD_NUMBER#e:{g.dd(b[2])} {g.dd(b[3])}]]"),
        A("sorry [[NAME:sonny]] you broke up after the first bit i got nothing after that"),
        C("i'm on the train hang on is that better"),
        A("much better go again from the start"),
        C(f"[[CARD_NUMBER#d:{g.w(b[0])} {g.w(b[1])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#d:{g.w(b[2])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#d:{g.w(b[3])}]]"),
        A("got it and the expiry and the code on the back"),
        C(f"expiry's [[EXPIRY:{g.exp_a(mm, yy, 2)}]] and the code's [[CVV:{g.w(v)}]]"),
        A("and a number in case the river's up and we have to cancel"),
        C(f"this one [[PHONE:{g.ph_a(p)}]]"),
        A("lovely you're booked in life jackets are included see you sunday"),
    ]


@case
def language_school_enrol(g):
    c = g.card("mc2"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); d = g.dob(); pp = g.pick("CEFGK") + g.digits(8)
    return "transcript", [
        A("Good morning, Meridian Language Academy, admissions. This is [[NAME:Ines]]."),
        C("Hello [[NAME:Ines]], my name is [[NAME:Takumi Watanabe]]. I would like to register for the intensive English course."),
        A(f"Of course. The intensive course is ((duration:{g.nt(4, 12)} weeks)), ((duration:{g.nt(20, 25)} hours)) a week, starting ((date:{g.date_t()}))."),
        C(f"Yes, that one. I arrive in London on flight ((flight_number:JL {g.digits(3)})). Is it possible to pay the deposit today?"),
        A(f"Yes. The deposit is ((price:{g.price_t(200, 400)})), the rest is due on the first day. First I need your date of birth and passport number for the visa letter."),
        C(f"Date of birth [[DOB:{g.dob_t(d, 1)}]]. Passport [[ACCOUNT_NUMBER:{pp}]]."),
        A("Thank you. And an email for the confirmation letter?"),
        C("[[EMAIL:t.watanabe.tokyo@outlook.jp]]."),
        A("Thanks. Then the card number, please."),
        C(f"[[CARD_NUMBER#c:{b[0]}]]... [[CARD_NUMBER#c:{b[1]}]]... [[CARD_NUMBER#c:{b[2]}]]... and [[CARD_NUMBER#c:{b[3]}]]."),
        A(f"Just checking, the second group was [[CARD_NUMBER!p:{b[1]}]]?"),
        C("Yes, correct."),
        A("Expiry and security code, please."),
        C(f"Expiry [[EXPIRY:{g.exp_t(mm, yy, 2)}]]. The code is [[CVV:{v}]]."),
        A("Thank you. Your student number will be on the letter. Is there anything else?"),
        C("Is there accommodation with a family?"),
        A(f"Yes, homestay is ((price:{g.price_t(180, 260)})) a week with breakfast and dinner. Our homestay officer, [[NAME:Oluwaseun]], will email you."),
    ]


@case
def locksmith_night(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); pc = g.ukpc(); fl = g.n(2, 40); hn = g.n(5, 200)
    return "asr", [
        A("keyline emergency locksmiths you're through to [[NAME:dawn]]"),
        C("oh thank god hi i've locked myself out and my phone's nearly dead"),
        A("okay don't worry we'll get someone out to you where are you"),
        C(f"[[ADDRESS:flat {words(fl)} {words(hn)} canal wharf road]] [[POSTCODE:{g.pc_a(pc)}]]"),
        A(f"okay our nearest engineer is [[NAME:tomasz]] he's about ((duration:{g.nw(25, 45)} minutes)) away"),
        C("how much is it going to be"),
        A(f"after ((time:{g.time_a(9, 11)} pm)) it's a ((price:{g.price_a(95, 140)})) call out and that includes the first ((duration:half hour)) of labour"),
        C("fine whatever just send him"),
        A("i need to take a card to dispatch is that okay"),
        C(f"yeah it's [[CARD_NUMBER#c:{g.w(b[0])}]] hang on the light in the hallway's gone off [[CARD_NUMBER#c:{g.w(b[1])}]]"),
        A("take your time"),
        C(f"[[CARD_NUMBER#c:{g.sp(b[2])}]] erm [[CARD_NUMBER#c:{g.sp(b[3])}]]"),
        A(f"so ending [[CARD_NUMBER!p:{g.w(b[3])}]] and the expiry on it"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 1)}]]"),
        A("and the three numbers on the back"),
        C(f"it's [[CVV:{g.w(v)}]] can you hurry it's freezing"),
        A("he's on his way he'll ring you when he's outside what's the name please"),
        C("[[NAME:ayesha qureshi]] that's [[NAME:q u r e s h i]]"),
    ]


@case
def catering_wedding(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); inv = g.digits(5); e = g.ph_lon(); dt = g.date_t()
    return "transcript", [
        A("Saffron & Sage Catering, good morning, you're speaking with [[NAME:Priyanka]]."),
        C("Morning! It's [[NAME:Will Ferreira-Jones]]. We've got the wedding next month and I'm calling to pay the balance."),
        A(f"Congratulations! Let me find you. Is that the event at Hartwell Barn on ((date:{dt}))?"),
        C("That's the one."),
        A(f"I have ((count:{g.nt(90, 140)})) guests for the wedding breakfast and ((count:{g.nt(30, 60)})) extra for the evening buffet. Invoice [[ACCOUNT_NUMBER:INV-{inv}]]."),
        C("Yes. What's left to pay?"),
        A(f"You paid the ((percentage:{g.pick(['25', '30'])}%)) deposit, so the balance is ((price:{g.price_t(4200, 7800)}))."),
        C("Okay. I'll put it on my credit card. Ready?"),
        A("Go ahead."),
        C(f"[[CARD_NUMBER#c:{b[0]} {b[1]}]]... hold on, my glasses... [[CARD_NUMBER#c:{b[2]}]], then [[CARD_NUMBER#c:{b[3]}]]."),
        A("Thank you. Expiry date?"),
        C(f"[[EXPIRY:{g.exp_t(mm, yy, 3)}]]."),
        A("And the CVV, please?"),
        C(f"[[CVV:{v}]]."),
        A("That's gone through. Is the best number still the landline?"),
        C(f"Yes, [[PHONE:{g.ph_t(e)}]]. If I don't answer, try my fiancée, [[NAME:Anneliese]]."),
        A("Lovely. Our head chef, [[NAME:Bartholomew]], is going to call the week before about final dietary numbers."),
    ]


@case
def kennels_summer_stay(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); cust = g.digits(5); p = g.ph_geo()
    return "asr", [
        A("hollybank kennels and cattery [[NAME:jo]] speaking"),
        C("hi it's [[NAME:summer okafor]] i've got two dogs booked in with you for august i just wanted to pay the rest"),
        A(f"hiya [[NAME:summer]] have you got your customer number handy it's on the confirmation"),
        C(f"um it's [[ACCOUNT_NUMBER:{g.pr(cust[:2])} {g.w(cust[2:])}]]"),
        A(f"lovely so that's biscuit and pickle for ((duration:{g.nw(8, 14)} nights)) from the ((date:{g.date_a()}))"),
        C("that's them are they in the same kennel"),
        A(f"yes they're sharing one of the big runs number ((other:{g.nw(3, 19)})) by the paddock"),
        C("aw good and how much is left"),
        A(f"so it's ((price:{g.price_a(18, 26)})) a night each and you paid ((price:{g.price_a(50, 80)})) deposit so it's ((price:{g.price_a(300, 560)})) left"),
        C(f"okay i'll pay now i'll read you the card it's a visa debit [[CARD_NUMBER#c:{g.w(b[0])} {g.w(b[1])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#c:{g.w(b[2])}]] and the last bit's [[CARD_NUMBER#c:{g.w(b[3])}]]"),
        A("and the expiry date"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 4)}]]"),
        A("and the cvv"),
        C(f"it's [[CVV:{g.w(v)}]]"),
        A("that's all paid can i check we've still got the right number for emergencies"),
        C(f"it'll be my mum's landline [[PHONE:{g.ph_a(p)}]] she's got a key"),
        A("perfect and she's mrs [[NAME:okafor]] too"),
        C("no she's [[NAME:patience adebayo]] she went back to her own name"),
    ]


@case
def escape_room_group(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); bk = g.digits(6)
    return "asr", [
        A("hi you've reached lockdown escape rooms this is [[NAME:dev]]"),
        C(f"hey can i book the pharaoh's tomb room for saturday there'll be ((count:{g.nw(5, 7)})) of us"),
        A(f"sure that room takes up to ((count:{g.nw(8, 8)})) and you get ((duration:{g.pick(['sixty', 'seventy five', 'ninety'])} minutes)) in there i've got ((time:{g.time_a(1, 5)})) or ((time:{g.time_a(6, 8)} pm))"),
        C("the later one it's a birthday thing"),
        A(f"nice it's ((price:{g.price_a(22, 28)})) a head or if you pay for the whole room upfront it's ((price:{g.price_a(130, 160)}))"),
        C("whole room and can i give you the card now"),
        A("go for it"),
        C(f"[[CARD_NUMBER#c:{g.dd(b[0])}]] then [[CARD_NUMBER#c!x:{g.w(b[1][:2])}]] no sorry i'm reading the wrong line [[CARD_NUMBER#c:{g.w(b[1])} {g.w(b[2])} {g.w(b[3])}]]"),
        A(f"okay i've got it ending [[CARD_NUMBER!p:{g.pr(b[3])}]] what's the expiry"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 0)}]] and before you ask the back is [[CVV:{g.w(v)}]]"),
        A("ha thanks and a name for the booking"),
        C("[[NAME:may lindqvist]] it's [[NAME:l i n d q v i s t]]"),
        A(f"brilliant [[NAME:may]] your booking number is [[ACCOUNT_NUMBER:{g.w(bk)}]] get there ((duration:{g.nw(10, 20)} minutes)) early for the briefing"),
        C("will do can we bring a cake"),
        A("yeah there's a room at the front you can use after"),
    ]


@case
def print_shop_flyers(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); em = "ozzy"; pc = g.ukpc(); hn = g.n(3, 140)
    return "asr", [
        A("inkwell print and copy hi this is [[NAME:rhiannon]]"),
        C("hiya i uploaded some flyers on your website but the payment page keeps crashing"),
        A("oh sorry about that i can take payment over the phone what's the order number"),
        C(f"it's [[ACCOUNT_NUMBER:p w {g.w(g.digits(6))}]]"),
        A(f"found it ((quantity:{g.nw(2, 5)} thousand)) a five flyers double sided on ((quantity:{g.nw(130, 170)} gsm)) silk"),
        C("yeah that's it they're for my band's gig"),
        A(f"cool so that's ((price:{g.price_a(85, 140)})) plus ((price:{g.price_a(6, 9)})) delivery you want them for the ((date:{g.date_a()}))"),
        C("yeah before then ideally"),
        A("no problem can i take the long number"),
        C(f"[[CARD_NUMBER#c:{g.pr(b[0])} {g.pr(b[1])}]]"),
        A(f"sorry was that [[CARD_NUMBER!p:{g.w(b[1])}]]"),
        C(f"yeah then [[CARD_NUMBER#c:{g.pr(b[2])} {g.pr(b[3])}]]"),
        A("and the expiry and three digit code"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 2)}]] code's [[CVV:{g.w(v)}]]"),
        A("and is the delivery to the address on the order"),
        C(f"no send it to the venue it's the crooked billet [[ADDRESS:{words(hn)} tannery street]] [[POSTCODE:{g.pc_a(pc)}]]"),
        A("and whose name should i put on the parcel"),
        C("mine [[NAME:osman yilmaz]] spelled [[NAME:y i l m a z]]"),
    ]


@case
def home_care_assessment(g):
    ni = g.ni(); d = (g.n(1, 28), g.n(1, 12), g.n(1936, 1948)); pc = g.ukpc(); hn = g.n(2, 80); p = g.ph_mob()
    return "asr", [
        A("good afternoon carewell home support [[NAME:lorraine]] speaking how can i help"),
        C("hello i'm ringing about getting some help for my father he's had a fall and he's home from hospital friday"),
        A("oh i'm sorry to hear that we can arrange an assessment visit what's your dad's name"),
        C("[[NAME:bill]] well [[NAME:william hargreaves]] on paper"),
        A("and his date of birth"),
        C(f"[[DOB:{g.dob_a(d, 0)}]]"),
        A(f"so he's ((other:{words(2025 - d[2])})) thanks and the address we'd be visiting"),
        C(f"[[ADDRESS:the old forge {words(hn)} sandpit lane]] it's a bungalow [[POSTCODE:{g.pc_a(pc)}]]"),
        A("if the council is helping with funding i'll need his national insurance number do you have that"),
        C(f"hang on it's on this letter [[SSN#n:{ni[:2].lower()[0]} {ni[1].lower()} {g.w(ni[2:4])}]] erm [[SSN#n:{g.w(ni[4:8])} {ni[8].lower()}]]"),
        A(f"lovely and how many visits are we thinking"),
        C(f"the hospital said ((count:{g.nw(2, 3)})) a day morning and bedtime about ((duration:half an hour)) each"),
        A("that's fine and who should our coordinator call to arrange it"),
        C(f"me i'm his daughter [[NAME:jacqueline]] my mobile's [[PHONE:{g.ph_a(p)}]]"),
        A(f"okay [[NAME:jacqueline]] our assessor [[NAME:kwame]] will ring you tomorrow before ((time:{g.time_a(10, 12)}))"),
    ]


@case
def piano_lessons_pairs(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); em = g.digits(2)
    return "asr", [
        A("hello allegro music studio it's [[NAME:magdalena]]"),
        C(f"hi my daughter's been on your waiting list for piano she's ((other:{g.nw(7, 9)})) and we got an email saying there's a space"),
        A("oh lovely what's her name i'll pull it up"),
        C("[[NAME:isla rose kowalczyk]]"),
        A(f"found her so it's tuesdays at ((time:{g.time_a(4, 5)})) with [[NAME:benedikt]] ((duration:{g.pick(['thirty', 'forty five'])} minute)) lessons"),
        C("great how does payment work"),
        A(f"we bill by the term it's ((count:{g.nw(10, 12)})) lessons at ((price:{g.price_a(18, 24)})) so ((price:{g.price_a(200, 280)})) for this term"),
        C(f"okay i'll do it now card's [[CARD_NUMBER#c:{g.pr(b[0])} {g.pr(b[1])}]]"),
        A("okay"),
        C(f"[[CARD_NUMBER#c:{g.pr(b[2])}]] and [[CARD_NUMBER#c:{g.pr(b[3])}]]"),
        A(f"let me read it back [[CARD_NUMBER:{g.pr(b[0])} {g.pr(b[1])} {g.pr(b[2])} {g.pr(b[3])}]]"),
        C("yep that's right"),
        A("and the expiry month and year"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 1)}]]"),
        A("and the security number on the back"),
        C(f"[[CVV:{g.pr(v)}]]"),
        A("and what email should the invoices go to"),
        C(f"[[EMAIL:kowalczyk dot family at proton dot me]]"),
    ]


@case
def wedding_venue_amex(g):
    c = g.card("amex"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(4); bk = g.digits(5); yr = g.n(2027, 2028)
    return "transcript", [
        A("Ashcombe Manor events team, [[NAME:Francesca]] speaking."),
        C(f"Hi [[NAME:Francesca]], it's [[NAME:Delphine Marchetti]]. We viewed the orangery last week for a wedding in ((year:{yr}))."),
        A("Of course, I remember you and your fiancé. Have you decided?"),
        C(f"We have! We'd love to take the ((date:{g.date_t()})) if it's still free."),
        A(f"It is. To secure it we take a ((price:{g.price_t(1500, 3000)})) booking fee, which is non-refundable, then ((percentage:{g.pick(['40', '50'])}%)) six months before."),
        C("Understood. Can I pay it on Amex?"),
        A(f"Yes, there's a ((percentage:{g.pick(['1.5', '2', '2.5'])}%)) surcharge on Amex, I'm afraid."),
        C("That's okay, it's got the points. The number is"),
        C(f"[[CARD_NUMBER#c:{b[0]} {b[1]} {b[2]}]]."),
        A(f"Thank you. And expiry, and the four-digit code on the front?"),
        C(f"Expires [[EXPIRY:{g.exp_t(mm, yy, 0)}]]. Code is [[CVV:{v}]]."),
        A(f"All done. Your event booking number is [[ACCOUNT_NUMBER:AM-{bk}]]. Capacity in the orangery is ((count:{g.nt(110, 140)})) seated."),
        C("Perfect. Can you send the contract to my partner too? His name is [[NAME:Laurence Obi]]."),
        A("Of course. What's his email?"),
        C("[[EMAIL:laurence.obi@fastmail.co.uk]]."),
    ]


@case
def toll_account_topup(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); acct = g.digits(9); pc = g.ukpc()
    return "asr", [
        A("welcome to tyne crossing tag accounts you're speaking with [[NAME:geordie]]"),
        C("hiya my tag's been beeping red at the barrier i think my balance has run out"),
        A("no bother can i have your account number it's nine digits"),
        C(f"[[ACCOUNT_NUMBER:{g.w(g.digits(6))}]] oh no hang on that's my old one"),
        A("take your time"),
        C(f"here we go [[ACCOUNT_NUMBER:{g.w(acct)}]]"),
        A("and the postcode on the account"),
        C(f"[[POSTCODE:{g.pc_a(pc)}]]"),
        A(f"okay so you're at ((price:{g.price_a(0, 0)})) and you've had ((count:{g.nw(2, 4)})) trips go through unpaid they're ((price:{words(g.n(1, 3))} {words(g.pick([20, 40, 60, 80]))})) each"),
        C(f"ah right can i top up ((price:{g.price_a(20, 40)})) then"),
        A("course which card"),
        C(f"visa [[CARD_NUMBER#c:{g.w(b[0])}]] uh [[CARD_NUMBER#c:{g.w(b[1])} {g.w(b[2])}]] uh [[CARD_NUMBER#c:{g.w(b[3])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 3)}]]"),
        A("and the three on the back"),
        C(f"[[CVV:{g.w(v)}]]"),
        A(f"done your balance is back up and the unpaid trips have cleared you've got ((duration:{g.nw(24, 24)} hours)) before they'd go to a penalty anyway"),
        C("cheers mate"),
    ]


@case
def florist_sympathy_wreath(g):
    c = g.card("mc2"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); p = g.ph_geo(); hn = g.n(4, 60); pc = g.ukpc(); n14 = g.nw(11, 40)
    return "asr", [
        A("petals on the parade [[NAME:hollie]] speaking"),
        C("hello love i need to order a wreath for a funeral on thursday"),
        A("i'm sorry for your loss do you know what you'd like"),
        C(f"something in white and a bit of lilac she loved lilac it's my auntie [[NAME:dorota]] the service is at ((time:{g.time_a(10, 11)}))"),
        A(f"we do a classic ring in whites from ((price:{g.price_a(65, 85)})) or a lettered tribute that's priced per letter"),
        C("just the ring i think can it go straight to the funeral home"),
        A("yes what's the address of the funeral directors"),
        C(f"it's ashworth and daughters [[ADDRESS:{words(hn)} kiln lane]] [[POSTCODE:{g.pc_a(pc)}]] ask for [[NAME:grzegorz]] he's expecting flowers"),
        A("lovely and what would you like on the card"),
        C(f"rest easy auntie from all of us at number ((other:{n14}))"),
        A(f"sorry did you want the number ((other:{n14})) on the card as well"),
        C("no just say from the family"),
        A("of course and payment"),
        C(f"my card it's a mastercard [[CARD_NUMBER#c:{g.w(b[0])}]]"),
        A("mm-hmm"),
        C(f"[[CARD_NUMBER#c:{g.w(b[1])}]] um [[CARD_NUMBER#c:{g.sp(b[2])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#c:{g.sp(b[3])}]]"),
        A(f"i'll just read the last four back [[CARD_NUMBER!p:{g.w(b[3])}]]"),
        C("that's it"),
        A("the expiry and the security code please"),
        C(f"it says [[EXPIRY:{g.exp_a(mm, yy, 0)}]] and then [[CVV:{g.w(v)}]] on the back"),
        A("and a contact number in case the funeral home has a question"),
        C(f"[[PHONE:{g.ph_a(p)}]]"),
    ]


@case
def spa_voucher_for_rose(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); vc = g.digits(8)
    return "transcript", [
        A("Thank you for calling Linden Spa, this is [[NAME:Anouk]]."),
        C("Hi [[NAME:Anouk]]. I'd like to buy a gift voucher, it's a surprise for my sister."),
        A(f"Lovely. We have the Twilight Ritual, that's a ((duration:{g.pick(['60', '90', '120'])}-minute)) massage and facial at ((price:{g.price_t(110, 140)})), or a monetary voucher."),
        C("The Twilight Ritual, please. Can it be sent to her directly?"),
        A("We can email it. What name should go on the voucher?"),
        C("It's for [[NAME:Rose]]. [[NAME:Rose Adeyemi-Clarke]]."),
        A("And her email?"),
        C("[[EMAIL:rosie.ac@btinternet.com]]."),
        A("Thank you. And your name, for the message?"),
        C("Oh, from [[NAME:Imogen]] and the kids."),
        A("Lovely. And how would you like to pay today?"),
        C(f"Visa. I'll give it to you in fours: [[CARD_NUMBER#c:{b[0]}]]. [[CARD_NUMBER#c:{b[1]}]]. [[CARD_NUMBER#c:{b[2]}]]. [[CARD_NUMBER#c:{b[3]}]]."),
        A(f"Thank you. That's ending [[CARD_NUMBER!p:{b[3]}]]. And the expiry?"),
        C(f"End of [[EXPIRY:{g.exp_t(mm, yy, 2)}]]."),
        A("And the security code?"),
        C(f"[[CVV:{v}]]."),
        A(f"Done. The voucher number is [[ACCOUNT_NUMBER:LS{vc}]], it's valid for ((duration:{g.pick(['6', '12', '18'])} months)), and she can book by phone."),
    ]


@case
def season_parking_permit(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); plate = g.pick(["YK", "LB", "MA", "BD"]) + g.digits(2) + "".join(g.pick("XYZRTW") for _ in range(3))
    pc = g.ukpc(); hn = g.n(10, 99); em = g.n(2, 9)
    return "asr", [
        A("riverside car parks permits team [[NAME:nadia]] speaking"),
        C("hiya i work at the hospital and i want one of the monthly permits for the multi storey"),
        A(f"no problem the staff rate is ((price:{g.price_a(45, 70)})) a month is it just the one car"),
        C(f"just the one it's a little corsa reg [[ACCOUNT_NUMBER:{plate[:4].lower()} {plate[4:].lower()}]]"),
        A("and your name"),
        C("[[NAME:ngozi eze]] first name's [[NAME:n g o z i]]"),
        A("and your home address and postcode"),
        C(f"[[ADDRESS:{words(hn)} hawthorn crescent]] [[POSTCODE:{g.pc_a(pc)}]]"),
        A(f"okay and you'd want it from the ((date:{g.date_a()}))"),
        C("yeah the first of next month"),
        A("okay card number please"),
        C(f"[[CARD_NUMBER#c!x:{g.w(b[0])} {g.w(b[1])}]] oh sorry that's my other card hang on"),
        C(f"right [[CARD_NUMBER#c:{g.w(b[0])} {g.w(b[1])}]] wait no it was right first time [[CARD_NUMBER#c:{g.w(b[2])} {g.w(b[3])}]]"),
        A("okay so the whole thing again just so i've got it in order"),
        C(f"[[CARD_NUMBER:{g.grp(c)}]]"),
        A("thank you and when does it expire"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 2)}]]"),
        A("security code"),
        C(f"[[CVV:{g.w(v)}]]"),
        A(f"all done your permit lets you park on levels ((other:{g.nw(3, 4)})) to ((other:{g.nw(5, 6)})) only not the top deck"),
    ]


@case
def bike_hire_tourist(g):
    c = g.card("amex"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(4); p = g.ph_us(); room = g.n(101, 640)
    return "asr", [
        A("hi there cycle the loch hire centre [[NAME:ewan]] speaking"),
        C("hi we're staying in town and want to rent bikes tomorrow two adults and one kid"),
        A(f"sure thing we've got hybrids for adults and a ((model_number:jr twenty four)) for the wee one what height is your kid"),
        C(f"about ((quantity:{g.nw(3, 4)} foot {g.nw(2, 9)})) she's ((other:{g.nw(8, 10)}))"),
        A(f"perfect a full day is ((price:{g.price_a(28, 35)})) per adult and ((price:{g.price_a(15, 20)})) for the junior bike helmets included"),
        C("great can i reserve with a card i'm american is that a problem"),
        A("not at all go ahead"),
        C(f"it's an amex [[CARD_NUMBER#c:{g.w(b[0])}]] then six digits [[CARD_NUMBER#c:{g.w(b[1])}]] then [[CARD_NUMBER#c:{g.w(b[2])}]]"),
        A("and the expiry"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 0)}]]"),
        A("and with amex it's the four little numbers on the front"),
        C(f"oh okay [[CVV:{g.dd(v)}]]"),
        A("and a name and phone for the booking"),
        C(f"[[NAME:tyler brooks]] my cell is [[PHONE:{g.ph_a(p)}]] or you can call the hotel we're in room ((other:{g.w(str(room))}))"),
        A(f"grand [[NAME:tyler]] pick up's from ((time:{g.time_a(8, 10)})) and bring them back by ((time:{g.time_a(5, 6)} pm))"),
    ]


@case
def photographer_newborn_us(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); p = g.ph_us(); z = g.zip("303"); hn = g.n(100, 4900)
    return "transcript", [
        A("Hi, Little Sprout Photography, this is [[NAME:Keisha]]."),
        C("Hi [[NAME:Keisha]]! I'm due in about three weeks and I wanted to book a newborn session."),
        A(f"Congratulations! We book newborns in the first ((duration:{g.nt(10, 14)} days)), so I'll pencil a window and we confirm once baby arrives. The session is ((price:{g.price_t(350, 450, '$')}))."),
        C("Sounds great. Is it at your studio or at home?"),
        A(f"Either. In-home is an extra ((price:{g.price_t(50, 75, '$')})). What's your name?"),
        C("[[NAME:Marguerite Oyelaran-Diaz]]."),
        A("And if it's in-home, the address?"),
        C(f"[[ADDRESS:{hn} Peachtree Hollow Drive, Decatur]], Georgia [[POSTCODE:{z}]]."),
        A(f"Got it. I'll need a ((price:{g.price_t(100, 150, '$')})) retainer on a card."),
        C(f"Sure. [[CARD_NUMBER#c:{b[0]}-{b[1]}-{b[2]}]], and the last four are [[CARD_NUMBER#c:{b[3]}]]."),
        A("And the expiration?"),
        C(f"[[EXPIRY:{g.exp_t(mm, yy, 0)}]], and the code on the back is [[CVV:{v}]]."),
        A("Thanks! Best phone number for when the baby comes?"),
        C(f"My husband's, actually, he'll be less busy. [[NAME:Dominic]], [[PHONE:{g.ph_t(p)}]]."),
        A("Perfect. You'll get a prep guide by email. Which email?"),
        C("[[EMAIL:m.oyelaran.diaz@gmail.com]]."),
    ]


@case
def used_car_asr_us_ssn(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); s = g.ssn(); d = g.dob(); p = g.ph_us(); z = g.zip("441")
    hn = g.n(100, 9999)
    return "asr", [
        A("thanks for calling lakeshore auto outlet this is [[NAME:trey]] in finance"),
        C(f"hey [[NAME:trey]] uh i was in yesterday looking at the ((year:{g.nw(2018, 2021)})) equinox the silver one"),
        A("oh yeah with the sunroof you want to put a deposit down"),
        C(f"yeah and see if i can get financed i've got about ((price:{g.price_a(1500, 3000, 'dollars')})) to put down"),
        A("okay i'll need to run a soft credit pull can i get your full legal name"),
        C("it's [[NAME:grace ann kowalski]]"),
        A("date of birth"),
        C(f"[[DOB:{g.dob_a(d, 1)}]]"),
        A("and your social"),
        C(f"[[SSN#s:{g.w(s[:3])}]] uh [[SSN#s:{g.w(s[3:5])}]] um [[SSN#s!x:{g.w(g.digits(2))}]] no sorry [[SSN#s:{g.w(s[5:])}]]"),
        A(f"let me just confirm the last four [[SSN:{g.w(s[5:])}]]"),
        C("yep"),
        A("and your home address"),
        C(f"[[ADDRESS:{g.pr(str(hn))} west clifton boulevard lakewood]] ohio [[POSTCODE:{g.w(z)}]]"),
        A(f"and the refundable hold is ((price:{g.price_a(200, 500, 'dollars')})) what card"),
        C(f"[[CARD_NUMBER:{g.grp(c)}]]"),
        A(f"got it expiration"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 2)}]]"),
        A("cvv"),
        C(f"[[CVV:{g.w(v)}]] and my cell's [[PHONE:{g.ph_a(p)}]] if you need me"),
    ]


@case
def home_care_caregiver_us(g):
    s = g.ssn(); d = g.dob(); p = g.ph_us(); z = g.zip("850"); hn = g.n(100, 9800); acct = g.digits(10); rt = "1" + g.digits(8, False)
    return "transcript", [
        A("BrightPath Home Care, payroll desk, this is [[NAME:Renata]]."),
        C("Hi [[NAME:Renata]], this is [[NAME:Solomon Tesfaye]]. I started as a caregiver two weeks ago and my first paycheck didn't come through."),
        A("I'm sorry about that, [[NAME:Solomon]]. Let me look you up. Can you verify the last four of your Social?"),
        C(f"[[SSN:{s[-4:]}]]."),
        A("And your date of birth?"),
        C(f"[[DOB:{g.dob_t(d, 2)}]]."),
        A(f"Thank you. I see it. The direct deposit bounced because the routing number on file has ((count:{g.nt(8, 8)})) digits instead of ((count:{g.nt(9, 9)}))."),
        C("Oh no. Let me read it off my check. Routing number is"),
        C(f"[[ACCOUNT_NUMBER:{rt}]], and the account is [[ACCOUNT_NUMBER:{acct}]]."),
        A(f"Okay, I've updated both. A paper check for ((price:{g.price_t(600, 900, '$')})) can go out today if you want. Is your address still [[ADDRESS:{hn} East Camelback Road, Unit {g.n(2, 40)}]]?"),
        C(f"Yes, Phoenix [[POSTCODE:{z}]]."),
        A("Great. And can I confirm your full Social, because the ((other:W-4)) form looks incomplete?"),
        C(f"Sure, it's [[SSN:{g.ssn_t(s)}]]."),
        A(f"Thank you. Your coordinator, [[NAME:Maribel]], mentioned you've done ((count:{g.nt(20, 30)})) visits already."),
        C(f"Yes, with Mrs. [[NAME:Delacroix]] mostly. Can you call me when the check is sent? [[PHONE:{g.ph_t(p)}]]."),
    ]


@case
def theatre_ivr_then_agent(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); ref = g.digits(8); seat = g.n(1, 30)
    return "asr", [
        I("thank you for calling the grand opera house box office for the panto say tickets for collections say collect"),
        C("tickets"),
        I("please say your booking reference if you have one or say new booking"),
        C("new booking"),
        I(f"all our advisors are busy you are number ((other:{g.nw(3, 7)})) in the queue"),
        A("hello box office [[NAME:precious]] speaking sorry for the wait"),
        C(f"that's okay i want ((count:{g.nw(3, 5)})) tickets for the sunday ((time:{g.time_a(1, 2)})) show"),
        A(f"we've got seats together in the upper circle row b seats ((other:{g.nw(seat, seat)})) onwards at ((price:{g.price_a(22, 30)})) each"),
        C("lovely i'll take them i'll pay by card"),
        A("go ahead"),
        C(f"[[CARD_NUMBER#c:{g.dd(b[0])} {g.dd(b[1])}]] oh you cut out there did you get that"),
        A("i got the first eight"),
        C(f"okay then [[CARD_NUMBER#c:{g.dd(b[2])} {g.dd(b[3])}]]"),
        A("and expiry"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 3)}]]"),
        A("and the last three on the back"),
        C(f"[[CVV:{g.dd(v)}]]"),
        A(f"thanks your booking reference is [[ACCOUNT_NUMBER:{g.w(ref)}]] and what name for collection"),
        C("[[NAME:hope ferreira]] with an f"),
    ]


@case
def charity_ivr_keyed(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); pc = g.ukpc(); don = g.digits(7)
    return "transcript", [
        I("Thank you for supporting the Coastwatch Lifeboat Appeal. To donate by card, please stay on the line."),
        I(f"Please enter or say the amount you would like to give, in pounds, followed by the hash key."),
        C(f"((price:{g.nt(10, 50)}))."),
        I("Thank you. Please enter your card number, followed by the hash key."),
        C(f"[[CARD_NUMBER#c:{c}]]"),
        I(f"Please enter the card's expiry date as four digits."),
        C(f"[[EXPIRY:{'%02d%02d' % (mm, yy)}]]"),
        I("Please enter the three-digit security code from the back of the card."),
        C(f"[[CVV:{v}]]"),
        I("Please say your house number and postcode so we can claim Gift Aid, or press star to skip."),
        C(f"[[POSTCODE:{g.pc_t(pc)}]]."),
        I(f"Thank you. Your donation reference is [[ACCOUNT_NUMBER:{don}]]. To speak to someone, press zero."),
        C("Hello? I pressed zero."),
        A("Hi, you're through to [[NAME:Morwenna]] at Coastwatch. How can I help?"),
        C(f"I just gave by phone, but I didn't give my house number. It's [[ADDRESS:Gwel an Mor, {g.n(2, 40)} Penhallow Lane]]."),
        A(f"No problem, I'll add that to the donation. Thank you so much, that will help keep the inshore boats out on ((percentage:{g.nt(60, 90)}%)) of winter call-outs."),
    ]


@case
def salon_front_desk_asr(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); p = g.ph_mob()
    return "asr", [
        A("good morning glow studio how can i help"),
        C("hi i've had a voucher for a gel manicure and i want to book it and add a pedicure"),
        A(f"okay lovely the pedi's an extra ((price:{g.price_a(25, 35)})) and we'd need to take that on a card to hold it"),
        C("no that's fine who's free on wednesday"),
        A(f"[[NAME:bronagh]] has ((time:{g.time_a(11, 12)})) or [[NAME:chiara]] has ((time:{g.time_a(3, 4)} pm))"),
        C("i'll go with the afternoon"),
        A(f"perfect when you come in ask for [[NAME:bronagh]] at the front desk she'll check your voucher and then take you through to [[NAME:chiara]]"),
        C("okay and the card"),
        A("yep long number first"),
        C(f"[[CARD_NUMBER#c:{g.pr(b[0])}]] sorry i'm driving hang on i've pulled over [[CARD_NUMBER#c:{g.pr(b[1])}]]"),
        A("no rush"),
        C(f"[[CARD_NUMBER#c:{g.w(b[2])} {g.w(b[3])}]] and it runs out [[EXPIRY:{g.exp_a(mm, yy, 1)}]]"),
        A("and the code from the back"),
        C(f"[[CVV:{g.w(v)}]]"),
        A("and can i take your name and mobile"),
        C(f"[[NAME:dawn mcgillivray]] [[PHONE:{g.ph_a(p)}]]"),
        A(f"thanks [[NAME:dawn]] you're all booked in for the ((date:{g.date_a()}))"),
    ]


@case
def driving_test_transcript(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); lic = "".join(g.pick("ABCDEFGHJKLMNPRSTWY") for _ in range(5)) + g.digits(6, False) + "".join(g.pick("ABCDEFGHJKLMNPRSTWY") for _ in range(2)) + g.digits(1) + "AB"
    em = g.ph_mob()
    return "transcript", [
        A("Good afternoon, Fast Lane Driving Academy, [[NAME:Henrik]] speaking."),
        C("Hi [[NAME:Henrik]], it's [[NAME:Mei-Ling Zhou]]. I'm calling to book the intensive course before my test."),
        A(f"Great. When's your test, [[NAME:Mei-Ling]]?"),
        C(f"((date:{g.date_t()})), at ((time:{g.time_t(8, 11)})) at the Chadderton centre."),
        A(f"So we'd do ((duration:{g.nt(10, 20)} hours)) over ((duration:{g.nt(4, 5)} days)) the week before. It's ((price:{g.price_t(420, 650)})). Can I take your provisional licence number?"),
        C(f"It's [[ACCOUNT_NUMBER:{lic}]]."),
        A("Thanks. And a mobile for your instructor?"),
        C(f"[[PHONE:{g.ph_t(em)}]]."),
        A("Lovely. Card payment now, or a deposit?"),
        C("All of it. Visa."),
        A("Go ahead."),
        C(f"[[CARD_NUMBER#c:{b[0]} {b[1]} {b[2]}]]—sorry, [[CARD_NUMBER#c!x:{g.badcard(c, 2)}]]? No. [[CARD_NUMBER#c!x:{b[2]}]], yes, and [[CARD_NUMBER#c:{b[3]}]]."),
        A(f"So the third block is [[CARD_NUMBER!p:{b[2]}]]?"),
        C("Yes."),
        A("Expiry and CVV?"),
        C(f"[[EXPIRY:{g.exp_t(mm, yy, 3)}]], CVV [[CVV:{v}]]."),
        A("Your instructor is [[NAME:Yusuf]]. He'll text you on the Monday."),
    ]


@case
def cattery_long_stay(g):
    c = g.card("disc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); em = g.pick(["btinternet", "yahoo", "hotmail"]); pc = g.ukpc(); hn = g.n(2, 120)
    return "asr", [
        A("purrfect stays cattery it's [[NAME:margit]]"),
        C(f"hi i'm going to japan for ((duration:{g.nw(3, 4)} weeks)) and i need somewhere for my two cats"),
        A(f"oh lovely we have a double pen free from the ((date:{g.date_a()})) it's ((price:{g.price_a(18, 24)})) a night for two cats sharing"),
        C("that's fine they're brothers they'll share"),
        A("and are their vaccinations up to date we need to see the cards on arrival"),
        C(f"yes they had boosters in ((date:{MONTHS[g.n(0, 11)]}))"),
        A("perfect what's your name and address"),
        C(f"[[NAME:jun takahashi-reid]] well just [[NAME:jun reid]] on the booking it's shorter [[ADDRESS:{words(hn)} ferncliffe avenue]] [[POSTCODE:{g.pc_a(pc)}]]"),
        A("and for the deposit a card please"),
        C(f"it's a discover card is that okay [[CARD_NUMBER#c:{g.w(b[0])} {g.dd(b[1])}]]"),
        A("we can take discover yes go on"),
        C(f"[[CARD_NUMBER#c:{g.w(b[2])}]] and [[CARD_NUMBER#c:{g.w(b[3])}]]"),
        A("expiry and the code"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 0)}]] [[CVV:{g.w(v)}]]"),
        A("and an email and i'll send you photos of them while you're away"),
        C(f"oh that's sweet [[EMAIL:jun dot reid at {em} dot co dot uk]]"),
    ]


@case
def locksmith_commercial_transcript(g):
    c = g.card("mc2"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); p = g.ph_lon(); pc = g.ukpc(); hn = g.n(10, 300); po = g.digits(6)
    return "transcript", [
        A("Citadel Locks & Safes, [[NAME:Olumide]] speaking."),
        C("Hi [[NAME:Olumide]], this is [[NAME:Beatrix Lindgren]], I manage the Fox & Fiddle pub. Someone's snapped a key in our cellar door."),
        A(f"Right. Is the cellar secure otherwise? We can have someone there within ((duration:{g.nt(60, 90)} minutes))."),
        C(f"Yes. It's [[ADDRESS:Unit {g.n(1, 9)}, {hn} Tanner's Yard]], [[POSTCODE:{g.pc_t(pc)}]]."),
        A(f"Got it. We'll also quote for a new euro cylinder, the ((model_number:ABS-{g.nt(30, 50)}/{g.nt(30, 50)})) is what most pubs go for, about ((price:{g.price_t(85, 120)})) fitted."),
        C(f"Fine. Can I pay on the company card? Our PO number is [[ACCOUNT_NUMBER:PO-{po}]]."),
        A("Sure, I'll put that on the invoice. Card number?"),
        C(f"[[CARD_NUMBER#c:{b[0]}]] ... [[CARD_NUMBER#c:{b[1]}]] ... [[CARD_NUMBER#c:{b[2]}]] ... [[CARD_NUMBER#c:{b[3]}]]."),
        A("Thanks. Expiry?"),
        C(f"It's printed as [[EXPIRY:{'%02d / %02d' % (mm, yy)}]]."),
        A("And the security code?"),
        C(f"[[CVV:{v}]]."),
        A("What's the best number for the engineer to call when he's outside?"),
        C(f"The pub landline, [[PHONE:{g.ph_t(p)}]]. Ask for me or for [[NAME:Cormac]], he's on the bar."),
    ]


@case
def boat_hire_canal_week(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); bk = g.digits(6); d = g.dob(); em = g.pick(["outlook", "gmail"])
    return "asr", [
        A("hello narrowboat holidays [[NAME:yvonne]] speaking"),
        C(f"hi we've booked a boat for a week in ((date:{MONTHS[g.n(5, 8)]})) and i want to pay the balance"),
        A("lovely what's the booking reference"),
        C(f"[[ACCOUNT_NUMBER:n b {g.sp(bk[:3])} {g.sp(bk[3:])}]]"),
        A(f"thank you and can i just take the lead hirer's date of birth for security"),
        C(f"that's my husband [[NAME:rajesh]] he's [[DOB:{g.dob_a(d, 3)}]]"),
        A(f"great so that's the ((model_number:heron class forty)) sleeps ((count:{g.nw(4, 6)})) and the balance is ((price:{g.price_a(900, 1400)}))"),
        C("yep and can i ask is the damage deposit on top of that"),
        A(f"it is it's ((price:{g.price_a(200, 300)})) but we just pre-authorise it on the day"),
        C(f"okay the card is [[CARD_NUMBER#c:{g.w(b[0])}]] um hang on [[CARD_NUMBER#c:{g.w(b[1])} {g.w(b[2])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#c:{g.w(b[3])}]] and the expiry's [[EXPIRY:{g.exp_a(mm, yy, 2)}]] and the security is [[CVV:{g.w(v)}]]"),
        A(f"all paid and the confirmation will come to [[EMAIL:r dot s dot patel at {em} dot com]] is that still right"),
        C("yes that's his we share it"),
        A(f"great you'll collect at ((time:{g.time_a(2, 3)} pm)) from the marina and there's a ((duration:{g.pick(['thirty', 'forty five'])} minute)) handover"),
    ]


@case
def language_school_asr_parent(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); d = g.dob(); sid = g.digits(7)
    return "asr", [
        A("escuela sol language centre good morning [[NAME:lucia]] speaking"),
        C("hi i'm calling for my son he's doing the spanish a level revision course at easter"),
        A("oh great is he already enrolled or is this a new booking"),
        C(f"already enrolled he's got a student number [[ACCOUNT_NUMBER:{g.w(sid)}]]"),
        A("thank you and his name and date of birth just to check"),
        C(f"[[NAME:will okonkwo]] born [[DOB:{g.dob_a(d, 0)}]]"),
        A(f"found him so the easter course is ((duration:{g.nw(5, 5)} mornings)) and the balance is ((price:{g.price_a(180, 260)}))"),
        C("okay i'll pay now it's my card not his"),
        A("that's fine"),
        C(f"[[CARD_NUMBER#c:{g.pr(b[0])} {g.pr(b[1])}]] erm [[CARD_NUMBER#c:{g.pr(b[2])}]]"),
        A(f"sorry it cut out after [[CARD_NUMBER!p:{g.pr(b[1])}]]"),
        C(f"[[CARD_NUMBER#c!x:{g.pr(b[2])}]] then [[CARD_NUMBER#c:{g.pr(b[3])}]]"),
        A("got it expiry"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 4)}]]"),
        A("and the cvc"),
        C(f"[[CVV:{g.w(v)}]]"),
        A(f"thank you and his teacher's [[NAME:ximena]] she'll be in room ((other:{g.nw(2, 9)})) on the first day"),
    ]


@case
def gift_hamper_corporate(g):
    c = g.card("amex"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(4); p = g.ph_geo(); pc = g.ukpc(); hn = g.n(2, 99)
    return "asr", [
        A("hamper and co corporate gifting [[NAME:siobhan]] speaking"),
        C(f"hi it's [[NAME:ravi chandrasekaran]] from dunmore accountants we want ((quantity:{g.nw(30, 60)})) of the festive hampers for clients"),
        A(f"oh lovely the festive classic is ((price:{g.price_a(45, 65)})) each and over forty we do ((percentage:{g.nw(10, 15)} percent)) off"),
        C("great and they'd all go out to different addresses is that okay"),
        A("yes you just upload a spreadsheet but can i take a main contact address for the invoice"),
        C(f"[[ADDRESS:second floor mercer house {words(hn)} king's parade]] [[POSTCODE:{g.pc_a(pc)}]]"),
        A("and a phone number"),
        C(f"[[PHONE#ph:{g.ph_a(p)}]] extension [[PHONE#ph!x:{g.w(g.digits(3))}]]"),
        A("and are you paying on a card today"),
        C(f"yeah the company amex [[CARD_NUMBER#c:{g.w(b[0])}]] um [[CARD_NUMBER#c:{g.w(b[1])}]] um [[CARD_NUMBER#c:{g.w(b[2])}]]"),
        A(f"i've got ending [[CARD_NUMBER!p:{g.w(b[2][-4:])}]] and the four digit code and the expiry please"),
        C(f"code [[CVV:{g.w(v)}]] expiry [[EXPIRY:{g.exp_a(mm, yy, 2)}]]"),
        A(f"thank you and they'll dispatch from the ((date:{g.date_a()}))"),
    ]


@case
def spa_couples_day_asr(g):
    c = g.card("visa"); b = blocks(c); wrong = g.badcard(c, 3); mm, yy = g.exp(); v = g.cvv(); em = g.pick(["icloud", "gmail", "yahoo"])
    return "asr", [
        A("serenity springs spa reservations this is [[NAME:zara]]"),
        C("hiya can i book a couples day for my anniversary"),
        A(f"aw yes the couples day is ((price:{g.price_a(190, 260)})) for two with a ((duration:{g.pick(['sixty', 'ninety'])} minute)) massage each lunch and the thermal suite"),
        C("perfect can we do saturday the whatever it is next saturday"),
        A(f"that's the ((date:{g.date_a()})) i've got arrival at ((time:{g.time_a(9, 10)})) names please"),
        C("[[NAME:sunny]] and [[NAME:kiran bajwa]]"),
        A("and the card to secure it"),
        C(f"okay [[CARD_NUMBER#c:{g.w(b[0])} {g.w(b[1])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#c:{g.w(b[2])}]] and then [[CARD_NUMBER#c!x:{g.w(wrong)}]]"),
        A(f"was that last bit [[CARD_NUMBER!p:{g.w(wrong)}]] because it's not going through"),
        C(f"oh no sorry it's [[CARD_NUMBER#c:{g.w(b[3])}]] i read the bank's number off the back"),
        A(f"that's worked expiry and cvv"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 1)}]] and [[CVV:{g.w(v)}]]"),
        A("and where should i send the confirmation"),
        C(f"[[EMAIL:kiran dot bajwa at {em} dot com]]"),
        A("lovely robes and slippers are provided just bring swimwear"),
    ]


@case
def escape_room_corporate_transcript(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); inv = g.digits(6); p = g.ph_mob()
    return "transcript", [
        A("Hi, Cipher Escape Games, [[NAME:Tobias]] speaking."),
        C(f"Hi [[NAME:Tobias]], I'm organising a team day for ((count:{g.nt(18, 30)})) people. Can you split us across rooms?"),
        A(f"Sure, we can run three rooms in parallel: the Vault, the Lab and the Lighthouse. Groups of ((count:{g.nt(6, 8)})), ((duration:{g.nt(60, 75)} minutes)) each."),
        C("That works. What's the price for a corporate booking?"),
        A(f"((price:{g.price_t(25, 32)})) per person, so ((price:{g.price_t(600, 900)})) in total. Who should I put as the organiser?"),
        C("[[NAME:Carys Pritchard-Mensah]], from Ledgerline."),
        A("And a mobile for the day?"),
        C(f"[[PHONE:{g.ph_t(p)}]]."),
        A("Can you pay now, or do you need an invoice?"),
        C(f"Card now. Could you put our cost code on the receipt? It's ((other:CC-{g.nt(100, 999)}))."),
        A("Of course. Go ahead with the card."),
        C(f"[[CARD_NUMBER:{card_t(c)}]], expires [[EXPIRY:{g.exp_t(mm, yy, 1)}]], security code [[CVV:{v}]]."),
        A(f"Thank you. Your invoice number is [[ACCOUNT_NUMBER:{inv}]]. See you at ((time:{g.time_t(1, 3)}))."),
    ]


@case
def driving_lessons_gift_asr(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); d = g.dob(); p = g.ph_mob(); pc = g.ukpc(); hn = g.n(3, 70)
    return "asr", [
        A("roadready driving lessons [[NAME:declan]] speaking"),
        C("hi i want to buy lessons as a present for my granddaughter's birthday"),
        A(f"oh how lovely we do gift packs of ((quantity:{g.nw(3, 5)})) or ((quantity:{g.nw(8, 10)})) lessons"),
        C("the bigger one please her name's [[NAME:amara nwosu]]"),
        A("we need her date of birth to check she's old enough"),
        C(f"[[DOB:{g.dob_a((d[0], d[1], g.n(2006, 2008)), 0)}]]"),
        A("perfect and her address for the pick ups"),
        C(f"[[ADDRESS:{words(hn)} orchard rise]] [[POSTCODE:{g.pc_a(pc)}]] it's near the big roundabout"),
        A(f"lovely that's ((price:{g.price_a(280, 340)})) for the pack"),
        C(f"i'll pay on my card [[CARD_NUMBER#c:{g.pr(b[0])} {g.pr(b[1])} {g.pr(b[2])} {g.pr(b[3])}]]"),
        A(f"could you say that in single numbers for me sorry"),
        C(f"[[CARD_NUMBER:{g.w(c)}]]"),
        A("thanks and the expiry"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 0)}]] and on the back [[CVV:{g.w(v)}]]"),
        A("and your phone number in case we need you"),
        C(f"[[PHONE:{g.ph_a(p)}]]"),
    ]


@case
def venue_viewing_no_card(g):
    p = g.ph_mob(); em = g.pick(["hotmail", "gmail", "live"])
    return "asr", [
        A("hello the granary at little hemsby weddings and events [[NAME:poppy]] speaking"),
        C("hi we're getting married next year and wanted to come and see the barn"),
        A(f"congratulations we do open viewings on the first sunday of the month from ((time:{g.time_a(10, 11)})) or i can book you a private one"),
        C("private would be better my fiancé works weekends"),
        A(f"no problem how about a weekday evening i've got ((date:{g.date_a()})) at ((time:{g.time_a(5, 6)} thirty))"),
        C("that's perfect"),
        A("and roughly how many guests are you thinking"),
        C(f"about ((count:{g.nw(90, 130)})) in the day and maybe ((count:{g.nw(150, 190)})) at night"),
        A(f"that's fine the barn seats ((count:{g.nw(140, 160)})) for dinner can i take your names"),
        C("i'm [[NAME:nkechi]] and he's [[NAME:tomas]]"),
        A("lovely and a number and an email"),
        C(f"[[PHONE:{g.ph_a(p)}]] and email is [[EMAIL:nkechi and tomas at {em} dot co dot uk]] with and spelled out"),
        A("ha brilliant i'll send you the brochure tonight with our date availability"),
        C("amazing is there parking"),
        A(f"there's a field that takes about ((count:{g.nw(60, 80)})) cars and we recommend a coach back to town"),
    ]


@case
def used_car_uk_deposit_asr(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); p = g.ph_mob(); pc = g.ukpc(); hn = g.n(2, 150)
    reg = g.pick(["LR", "WK", "SF", "EJ", "DY"]) + g.digits(2) + "".join(g.pick("BCDFGHKNPRSVWXY") for _ in range(3))
    return "asr", [
        A("good afternoon motorvale cars [[NAME:gaz]] speaking"),
        C(f"hiya i'm ringing about the blue focus on your website the ((year:{g.nw(2017, 2020)})) one"),
        A(f"oh yeah the ((model_number:st line)) reg [[ACCOUNT_NUMBER:{reg[:4].lower()} {reg[4:].lower()}]] it's had a lot of interest"),
        C(f"i can't get there till saturday can i put a deposit on to hold it"),
        A(f"yep it's ((price:{g.price_a(200, 500)})) fully refundable if you don't like it on the test drive"),
        C("okay what do you need"),
        A("name address and a card"),
        C(f"[[NAME:connor brennan]] that's [[NAME:b r e n n a n]] and i'm at [[ADDRESS:{words(hn)} maple grove]] [[POSTCODE:{g.pc_a(pc)}]]"),
        A("and the long number on the card"),
        C(f"[[CARD_NUMBER#c:{g.sp(b[0])} {g.sp(b[1])} {g.sp(b[2])}]] i'll just turn it over [[CARD_NUMBER#c:{g.sp(b[3])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 0)}]] and the three numbers are [[CVV:{g.w(v)}]]"),
        A("and a mobile"),
        C(f"[[PHONE:{g.ph_a(p)}]]"),
        A(f"lovely it's yours till saturday at ((time:{g.time_a(4, 5)}))"),
    ]


@case
def charity_sponsor_child_transcript(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); pc = g.ukpc(); hn = g.n(2, 90); sup = g.digits(8); d = g.dob()
    return "transcript", [
        A("Good evening, Brightwater Children's Fund, this is [[NAME:Adaeze]]. Thank you for calling."),
        C(f"Hello [[NAME:Adaeze]]. I'm calling about the water pumps appeal I saw on Channel ((other:{g.nt(4, 5)}))."),
        A(f"Thank you! A gift of ((price:{g.price_t(25, 30)})) pays for a hand pump repair kit. Are you an existing supporter?"),
        C(f"Yes, I think my supporter number is [[ACCOUNT_NUMBER:{sup}]]."),
        A("Let me check... and for security, your date of birth?"),
        C(f"[[DOB:{g.dob_t(d, 1)}]]."),
        A("Thank you, Mr [[NAME:Abernethy]]. Is the address still the same?"),
        C(f"It is, [[ADDRESS:{hn} Gorse Hill Road]], [[POSTCODE:{g.pc_t(pc)}]]."),
        A("How much would you like to give today?"),
        C(f"((price:{g.price_t(100, 150)})). On my Mastercard."),
        A("Lovely. Go ahead."),
        C(f"[[CARD_NUMBER#c:{b[0]} {b[1]}]], then [[CARD_NUMBER#c:{b[2]}]], then [[CARD_NUMBER#c:{b[3]}]]. Expiry [[EXPIRY:{g.exp_t(mm, yy, 0)}]]."),
        A("And the security code, please?"),
        C(f"[[CVV:{v}]]."),
        A(f"Thank you so much, Mr [[NAME:Abernethy]]. With Gift Aid that's worth ((percentage:{g.nt(25, 25)}%)) more to us."),
    ]


@case
def catering_office_lunch_asr(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); acct = g.digits(6); pc = g.ukpc(); hn = g.n(5, 300)
    return "asr", [
        A("good morning fork and field catering [[NAME:amir]] speaking"),
        C(f"hi it's [[NAME:bethan]] from harcourt legal i need to order lunch for a training day on ((date:{g.date_a()}))"),
        A("no problem have you ordered with us before"),
        C(f"yeah our account's [[ACCOUNT_NUMBER:h l {g.w(acct)}]]"),
        A(f"found you so what are we thinking"),
        C(f"sandwich platters for ((count:{g.nw(20, 30)})) people and a fruit bowl and can you do ((quantity:{g.nw(4, 6)})) gluten free"),
        A(f"course the platters are ((price:{g.price_a(7, 9)})) a head and the fruit's ((price:{g.price_a(25, 35)})) delivered to"),
        C(f"our new office [[ADDRESS:third floor {words(hn)} quayside walk]] [[POSTCODE:{g.pc_a(pc)}]] for ((time:{g.time_a(12, 12)} fifteen))"),
        A("and would you like to pay on account or card this time"),
        C(f"card the account's being moved over [[CARD_NUMBER#c:{g.w(b[0])}]] to [[CARD_NUMBER#c:{g.w(b[1])}]]"),
        A("sorry did you say two there"),
        C(f"no i said to like to you [[CARD_NUMBER#c!x:{g.w(b[0])} {g.w(b[1])}]] and then [[CARD_NUMBER#c:{g.w(b[2])} {g.w(b[3])}]]"),
        A("ah got you expiry and code"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 3)}]] and [[CVV:{g.w(v)}]]"),
        A("lovely that's all booked"),
    ]


@case
def photographer_wedding_asr(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); em = g.pick(["gmail", "outlook"]); p = g.ph_mob()
    return "asr", [
        A("hiya you're through to [[NAME:jude]] at golden hour photography"),
        C("hi [[NAME:jude]] we met you at the wedding fair you gave us a leaflet"),
        A(f"oh hi yes the couple getting married in the lakes in ((year:{g.nw(2026, 2027)}))"),
        C("that's us we'd like to book you for the full day"),
        A(f"amazing the full day is ((price:{g.price_a(1400, 1900)})) and that's ((duration:{g.nw(8, 10)} hours)) of coverage and about ((quantity:{g.nw(500, 700)})) edited photos"),
        C("great and how much to book"),
        A(f"a ((price:{g.price_a(250, 400)})) retainer can i take names first"),
        C("i'm [[NAME:felicity]] and my partner is [[NAME:oisin]] surname [[NAME:d o h e r t y]]"),
        A("and an email i'll send the contract over"),
        C(f"[[EMAIL:flick dot doherty at {em} dot com]]"),
        A("and the card for the retainer"),
        C(f"[[CARD_NUMBER#c:{g.dd(b[0])}]] hmm [[CARD_NUMBER#c:{g.pr(b[1])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#c:{g.pr(b[2])} {g.dd(b[3])}]]"),
        A(f"let me check the middle two blocks [[CARD_NUMBER!p:{g.w(b[1])} {g.w(b[2])}]]"),
        C("yeah"),
        A("and the expiry and the cvc"),
        C(f"expires [[EXPIRY:{g.exp_a(mm, yy, 1)}]] cvc's [[CVV:{g.w(v)}]]"),
        A("and a number for on the day"),
        C(f"mine [[PHONE:{g.ph_a(p)}]]"),
    ]


@case
def kennels_daycare_transcript(g):
    c = g.card("disc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); p = g.ph_lon(); em = "harriet"
    return "transcript", [
        A("Barkley Meadows Dog Daycare, [[NAME:Callista]] speaking."),
        C(f"Hi, I'd like to sign up my spaniel for daycare, ((count:{g.nt(2, 3)})) days a week."),
        A(f"Lovely. Our ((count:{g.nt(10, 12)}))-day bundle is ((price:{g.price_t(220, 280)})), or ((price:{g.price_t(25, 32)})) a day. What's your dog's name?"),
        C("Pickle. And I'm [[NAME:Harriet Nakamura-Bell]]."),
        A("Hi [[NAME:Harriet]]. What's the best email for updates and photos?"),
        C("[[EMAIL:harriet.nb@posteo.net]]."),
        A("And a phone number?"),
        C(f"[[PHONE:{g.ph_t(p)}]], that's my work line."),
        A("Great. Shall I take payment for the bundle now?"),
        C(f"Yes, please. [[CARD_NUMBER#c:{b[0]} {b[1]}]]... sorry, bad signal... [[CARD_NUMBER#c:{b[2]} {b[3]}]]."),
        A("Sorry, you broke up. Could you read the whole number again?"),
        C(f"[[CARD_NUMBER:{card_t(c)}]]."),
        A("Got it, thanks. Expiry and CVV?"),
        C(f"[[EXPIRY:{g.exp_t(mm, yy, 0)}]] and [[CVV:{v}]]."),
        A(f"Perfect. Drop-off is from ((time:{g.time_t(7, 8)})) and pick-up by ((time:{g.time_t(6, 6)})). Pickle's first day will be a half-day trial."),
    ]


@case
def music_exam_entry_asr(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); d = g.dob(); cand = g.digits(8); em = g.pick(["btinternet", "sky"])
    return "asr", [
        A("harmony music school office [[NAME:ffion]] speaking"),
        C(f"hiya i need to enter my son for his grade ((other:{g.nw(3, 5)})) violin exam and the online form won't take my card"),
        A("oh sorry i can do it over the phone what's his name"),
        C("[[NAME:gabriel mensah-hart]]"),
        A("and his date of birth for the exam board"),
        C(f"[[DOB:{g.dob_a((d[0], d[1], g.n(2012, 2016)), 2)}]]"),
        A(f"and has he got a candidate number from before"),
        C(f"yeah it's [[ACCOUNT_NUMBER#cn:{g.sp(cand[:4])}]] um [[ACCOUNT_NUMBER#cn:{g.sp(cand[4:])}]]"),
        A(f"the entry fee for that grade is ((price:{g.price_a(55, 75)})) and the session's in the ((date:{g.date_a()})) window"),
        C(f"fine card's [[CARD_NUMBER#c:{g.w(b[0])} {g.w(b[1])}]] uh [[CARD_NUMBER#c!x:{g.w(b[2][:2])}]] sorry my thumb's over it [[CARD_NUMBER#c:{g.w(b[2])} {g.w(b[3])}]]"),
        A("and the expiry"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 0)}]] and the cvv is [[CVV:{g.w(v)}]]"),
        A("and the email the exam board should use"),
        C(f"[[EMAIL:mensah hart family at {em} dot com]] all one word"),
        A("lovely his teacher mr [[NAME:ochieng]] will get the timetable too"),
    ]


@case
def toll_bridge_penalty_transcript(g):
    c = g.card("mc2"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); pcn = "TB" + g.digits(8); pc = g.ukpc(); reg = g.pick(["KX", "GN", "VO"]) + g.digits(2) + "".join(g.pick("BCDFGHKNPRSVWXY") for _ in range(3))
    return "transcript", [
        A("Severn Link Toll Enforcement, you're speaking to [[NAME:Gwilym]]."),
        C(f"Hi [[NAME:Gwilym]], I've had a penalty through the post for not paying the crossing. I honestly thought I had auto-pay."),
        A("I can look into that. What's the penalty notice number?"),
        C(f"[[ACCOUNT_NUMBER:{pcn}]]."),
        A("And the vehicle registration?"),
        C(f"[[ACCOUNT_NUMBER:{reg}]]."),
        A(f"Thank you. The crossing was on ((date:{g.date_t()})) at ((time:{g.time_t(5, 9)})). Your auto-pay card expired the month before, so the charge failed."),
        C("Ah. That'll be it. Can I just pay the toll then?"),
        A(f"If you pay within ((duration:{g.nt(14, 14)} days)) we can reduce it to the toll plus a ((price:{g.price_t(15, 25)})) admin fee. That's ((price:{g.price_t(20, 35)})) total."),
        C("Yes, please. And can you update the auto-pay card at the same time?"),
        A("Of course. Card number, please."),
        C(f"[[CARD_NUMBER#c:{b[0]}]], [[CARD_NUMBER#c!x:{g.badcard(c, 1)}]]... no, sorry, that's wrong, [[CARD_NUMBER#c:{b[1]} {b[2]} {b[3]}]]."),
        A(f"So [[CARD_NUMBER:{card_t(c)}]]?"),
        C(f"Yes. Valid thru [[EXPIRY:{g.exp_t(mm, yy, 0)}]], and the code is [[CVV:{v}]]."),
        A(f"Thanks. And the postcode the card is registered to?"),
        C(f"[[POSTCODE:{g.pc_t(pc)}]]."),
    ]


@case
def salon_bridal_trial_asr(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); p = g.ph_mob()
    return "asr", [
        A("maison belle bridal hair and makeup [[NAME:giedre]] speaking"),
        C("hi i'm getting married in the autumn and i want to book a trial for hair and makeup"),
        A(f"congratulations a joint trial is ((price:{g.price_a(120, 160)})) and it takes about ((duration:{g.nw(2, 3)} hours))"),
        C("do i pay that now"),
        A(f"we take ((price:{g.price_a(50, 60)})) to book and the rest on the day which date were you thinking"),
        C(f"the ((date:{g.date_a()})) if you've got it in the morning"),
        A(f"i've got ((time:{g.time_a(9, 10)})) with [[NAME:valentina]] she does most of our brides"),
        C(f"perfect the card's [[CARD_NUMBER#c:{g.w(b[0])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#c:{g.w(b[1])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#c:{g.w(b[2])}]]"),
        A("yep"),
        C(f"and [[CARD_NUMBER#c:{g.w(b[3])}]] expiry [[EXPIRY:{g.exp_a(mm, yy, 2)}]] the code [[CVV:{g.w(v)}]]"),
        A("you've done this before haven't you and your name"),
        C(f"[[NAME:harmony ikeda]] and my number's [[PHONE:{g.ph_a(p)}]]"),
    ]


@case
def locksmith_safe_us(g):
    c = g.card("amex"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(4); p = g.ph_us(); z = g.zip("331"); hn = g.n(100, 9900)
    return "asr", [
        A("keymaster lock and safe miami this is [[NAME:yesenia]]"),
        C("hi my dad passed and we can't get into his safe we don't have the combination"),
        A(f"i'm so sorry we can do a safe opening what make is it there's usually a plate on the door"),
        C(f"it says ((model_number:sentry sfw {g.nw(100, 200)})) or something"),
        A(f"okay that's a digital one a technician can come out the opening fee starts at ((price:{g.price_a(250, 350, 'dollars')}))"),
        C("that's fine the address is"),
        C(f"[[ADDRESS:{g.pr(str(hn))} southwest {ORD[g.n(8, 31)]} terrace miami]] [[POSTCODE:{g.w(z)}]]"),
        A("we'll also need proof you're allowed to open it like the executor paperwork"),
        C("i'm the executor i have the letters from the court"),
        A("perfect can i take a card to book the appointment"),
        C(f"amex [[CARD_NUMBER#c:{g.w(b[0])}]] then [[CARD_NUMBER#c!x:{g.w(b[1][:3])}]] wait [[CARD_NUMBER#c:{g.w(b[1])} {g.w(b[2])}]]"),
        A("and expiry and the four digit code on the front"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 0)}]] and [[CVV:{g.w(v)}]]"),
        A("your name please and a cell number"),
        C(f"[[NAME:alejandro quintero]] cell [[PHONE:{g.ph_a(p)}]]"),
    ]


@case
def florist_same_day_transcript(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); pc = g.ukpc(); hn = g.n(2, 80); p = g.ph_mob()
    return "transcript", [
        A("Wildflower & Wren, [[NAME:Esme]] speaking."),
        C("Hi [[NAME:Esme]]! Is it too late for same-day delivery? I completely forgot my mum's birthday."),
        A(f"You're fine if we get it out before ((time:{g.time_t(1, 2)} pm)). Who's it for?"),
        C("It's a bouquet for [[NAME:Saoirse Flanagan]], she's at work today so can it go to her office?"),
        A("Of course. Address?"),
        C(f"[[ADDRESS:Linden House, {hn} Merchant Street]], [[POSTCODE:{g.pc_t(pc)}]]. Reception's on the ground floor."),
        A(f"Lovely. Our same-day bouquets start at ((price:{g.price_t(40, 50)})); the large one is ((price:{g.price_t(65, 80)})) with ((quantity:{g.nt(20, 30)})) stems."),
        C("The large one. And a card saying \"Sorry I'm late again, love you\"."),
        A("Ha, noted. Card number, please."),
        C(f"[[CARD_NUMBER:{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}]]."),
        A("Expiry?"),
        C(f"[[EXPIRY:{g.exp_t(mm, yy, 0)}]]. Security code's [[CVV:{v}]]."),
        A("And your number in case reception won't sign?"),
        C(f"[[PHONE:{g.ph_t(p)}]]. I'm [[NAME:Niamh]], by the way."),
    ]


@case
def home_care_private_fees_asr(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); inv = g.digits(6); pc = g.ukpc(); em = g.pick(["aol", "gmail"])
    return "asr", [
        A("hello homefield care accounts [[NAME:tracey]] speaking"),
        C("hi i'm phoning to pay my mother's care invoice she has the carers three times a day"),
        A("okay what's the invoice number"),
        C(f"it's [[ACCOUNT_NUMBER:{g.pr(inv)}]]"),
        A("and your mum's name and postcode please"),
        C(f"[[NAME:marjorie featherstonehaugh]] you say it [[NAME:fanshaw]] and it's [[POSTCODE:{g.pc_a(pc)}]]"),
        A(f"thank you so the invoice is ((price:{g.price_a(1100, 1700)})) for ((count:{g.nw(80, 93)})) visits last month"),
        C("that's right can i pay it on my card"),
        A("you can yes"),
        C(f"[[CARD_NUMBER#c:{g.sp(b[0])}]] er [[CARD_NUMBER#c!x:{g.sp(g.badcard(c, 1))}]] no hang on that's wrong [[CARD_NUMBER#c:{g.sp(b[1])}]] then [[CARD_NUMBER#c:{g.sp(b[2])} {g.sp(b[3])}]]"),
        A(f"thank you so that ends [[CARD_NUMBER!p:{g.w(b[3])}]] and the expiry"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 4)}]] and the number on the back [[CVV:{g.w(v)}]]"),
        A("shall i email you a receipt"),
        C(f"please [[EMAIL:pam dot featherstone at {em} dot com]]"),
        A(f"done and [[NAME:marjorie]]'s carer [[NAME:blessing]] asked me to say she's doing really well"),
    ]


@case
def driving_motorway_lesson_asr(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); p = g.ph_mob()
    return "asr", [
        A("pass plus driving [[NAME:kamal]] speaking"),
        C("hi i passed my test last month and i'm scared of motorways can i book a couple of lessons"),
        A(f"course a lot of people do that we do a ((duration:{g.nw(2, 2)} hour)) motorway session for ((price:{g.price_a(80, 100)}))"),
        C("okay two of those please"),
        A(f"i've got tuesday ((time:{g.time_a(6, 7)} pm)) or thursday in the day who's it for"),
        C("me [[NAME:grace mcbride]] that's [[NAME:m c b r i d e]]"),
        A("and your number"),
        C(f"[[PHONE#ph!x:{g.w(p[:5])} {g.w(p[5:8])}]]"),
        A("sorry you went quiet at the end"),
        C(f"[[PHONE#ph:{g.ph_a(p)}]]"),
        A("got it and shall i take payment"),
        C(f"go on [[CARD_NUMBER#c:{g.dd(b[0])} {g.dd(b[1])}]] uh huh [[CARD_NUMBER#c:{g.dd(b[2])} {g.dd(b[3])}]]"),
        A(f"and the expiry date [[NAME:grace]]"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 1)}]] and the back is [[CVV:{g.dd(v)}]]"),
    ]


@case
def kennels_account_update_asr(g):
    d = g.dob(); p = g.ph_mob(); pc = g.ukpc(); hn = g.n(2, 95); em = g.pick(["gmail", "yahoo"]); acct = g.digits(5)
    return "asr", [
        A("oakridge boarding kennels [[NAME:fern]] speaking"),
        C("hi i've moved house and i need to change my details before i book the dogs in for christmas"),
        A(f"no problem can i take your customer number or your surname"),
        C(f"[[NAME:okoro]] customer number [[ACCOUNT_NUMBER:{g.w(acct)}]]"),
        A("and just for security your date of birth"),
        C(f"[[DOB:{g.dob_a(d, 1)}]]"),
        A("lovely and the new address"),
        C(f"[[ADDRESS:the coach house {words(hn)} badger's lane]] [[POSTCODE:{g.pc_a(pc)}]]"),
        A("and has your mobile changed"),
        C(f"yeah it's [[PHONE:{g.ph_a(p)}]] now and email [[EMAIL:tunde okoro at {em} dot com]] no dots"),
        A(f"all updated christmas is filling up fast we've got ((count:{g.nw(3, 6)})) runs left for the ((date:{g.date_a()}))"),
        C("oh grab one i'll ring back with card details tonight"),
        A(f"i can hold it till ((time:{g.time_a(5, 6)})) tomorrow"),
    ]


@case
def spa_membership_freeze_transcript(g):
    d = g.dob(); mem = g.digits(7); em = "olu"
    return "transcript", [
        A("Thermae Club, membership team. This is [[NAME:Priscilla]]."),
        C("Hi [[NAME:Priscilla]]. I need to freeze my membership, I've broken my ankle."),
        A("Oh no, I'm sorry. Can I take your membership number?"),
        C(f"[[ACCOUNT_NUMBER:TC-{mem}]]."),
        A("And your full name and date of birth, please?"),
        C(f"[[NAME:Oluwadamilare Benson]]. [[DOB:{g.dob_t(d, 0)}]]."),
        A(f"Thank you, Mr [[NAME:Benson]]. We can freeze for up to ((duration:{g.nt(3, 6)} months)) at ((price:{g.price_t(5, 10)})) a month. When would you like it to start?"),
        C(f"From today if possible. The cast comes off in about ((duration:{g.nt(6, 8)} weeks))."),
        A("Done. I'll email the confirmation. Is it still the Yahoo address?"),
        C("No, please use [[EMAIL:dami.benson@protonmail.com]]."),
        A(f"Updated. Your freeze ends on ((date:{g.date_t()})) unless you call us. Get well soon!"),
    ]


@case
def print_shop_business_cards_asr(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); order = g.digits(6); em = g.pick(["gmail", "icloud"])
    return "asr", [
        A("press and proof print shop [[NAME:hamish]] speaking"),
        C(f"hi i sent over a design for business cards and i want to check the proof before you print ((quantity:{g.nw(250, 500)})) of them"),
        A("sure what's the order number"),
        C(f"[[ACCOUNT_NUMBER:{g.sp(order)}]]"),
        A(f"okay i've got it here ((quantity:{g.nw(350, 400)} gsm)) matt with spot gloss the phone number on it is that yours"),
        C("no that's the office number that's fine to print"),
        A("and the email on the card says studio at your company dot com is that right"),
        C("yeah that's right that's the shared one"),
        A(f"great it's ((price:{g.price_a(45, 70)})) and they'll be ready ((date:{g.pick(['thursday', 'friday'])})) do you want to pay now"),
        C(f"yes please [[CARD_NUMBER#c:{g.w(b[0])}]] uh [[CARD_NUMBER#c!x:{g.w(b[0])}]] sorry i said that twice [[CARD_NUMBER#c:{g.w(b[1])} {g.w(b[2])} {g.w(b[3])}]]"),
        A(f"got it ending [[CARD_NUMBER!p:{g.w(b[3])}]] expiry and code"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 0)}]] [[CVV:{g.w(v)}]]"),
        A("and where shall i send the receipt"),
        C(f"my own one [[EMAIL:rhys dot a dot m at {em} dot com]]"),
    ]


@case
def boat_charter_flight_transcript(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); p = g.ph_us(); bk = g.digits(6)
    return "transcript", [
        A("Aegean Blue Charters, good morning. [[NAME:Stavros]] speaking."),
        C(f"Hi [[NAME:Stavros]], I'm booking a day boat for our family holiday in Naxos. We land on ((flight_number:A3 {g.nt(600, 699)})) on the Tuesday."),
        A(f"Wonderful. The skippered day trip is ((price:{g.price_t(650, 900, '€')})) for up to ((count:{g.nt(8, 10)})) people, leaving the port at ((time:{g.time_t(9, 10)})). How many are you?"),
        C(f"((count:{g.nt(5, 7)})), including my mother-in-law, [[NAME:Constance]], and the kids."),
        A(f"Perfect. We take a ((percentage:{g.nt(30, 30)}%)) deposit by card. Your name?"),
        C("[[NAME:Bryony Castellanos]]."),
        A("Go ahead with the card."),
        C(f"[[CARD_NUMBER#c:{b[0]} {b[1]}]]... [[CARD_NUMBER#c:{b[2]} {b[3]}]]. It's valid until [[EXPIRY:{g.exp_t(mm, yy, 2)}]], and the CVV is [[CVV:{v}]]."),
        A(f"Thank you. Booking [[ACCOUNT_NUMBER:ABC-{bk}]]. And a mobile that works in Greece?"),
        C(f"My US cell, [[PHONE:+1 {g.ph_t(p)}]]."),
    ]


@case
def home_care_intake_us_asr(g):
    s = g.ssn(); d = (g.n(1, 28), g.n(1, 12), g.n(1938, 1950)); p = g.ph_us(); z = g.zip("190"); hn = g.n(100, 8800); mid = g.digits(9)
    return "asr", [
        A("good morning keystone home health intake this is [[NAME:danielle]]"),
        C("hi i'm calling to set up care for my mother she's coming home from rehab next week"),
        A("okay i can start the intake what's your mom's full name"),
        C("it's [[NAME:dolores ann pietrowski]] but she goes by [[NAME:lola]]"),
        A("no problem and her date of birth"),
        C(f"[[DOB:{g.dob_a(d, 1)}]]"),
        A("does she have medicare or medicaid"),
        C(f"medicare her id is [[ACCOUNT_NUMBER:{g.w(mid[:4])} {g.w(mid[4:])}]] hang on there's letters too i'll send a photo"),
        A("that's fine and for the agency paperwork i do need her social security number"),
        C(f"it's [[SSN:{g.ssn_a(s)}]]"),
        A(f"thank you let me read back the last four [[SSN:{g.w(s[-4:])}]]"),
        C("yes"),
        A("and where will she be living"),
        C(f"at mine [[ADDRESS:{g.pr(str(hn))} old york road jenkintown]] [[POSTCODE:{g.w(z)}]]"),
        A(f"okay and a phone number for you"),
        C(f"[[PHONE:{g.ph_a(p)}]] i'm [[NAME:teresa]] her daughter"),
        A(f"thanks [[NAME:teresa]] a nurse will call within ((duration:{g.nw(24, 48)} hours)) to schedule the first visit"),
    ]


@case
def used_car_trade_in_transcript(g):
    s = g.ssn(); d = g.dob(); p = g.ph_us(); em = "quentin"; vin = "1HG" + "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
    return "transcript", [
        A("Prairie Motors, sales and finance, this is [[NAME:Bo]]."),
        C("Hi [[NAME:Bo]], [[NAME:Quentin Adewale-Moss]]. I'm coming in Saturday to trade in my Civic and I wanted to get pre-approved."),
        A("Sure thing. Can I get your date of birth and Social to run the application?"),
        C(f"[[DOB:{g.dob_t(d, 2)}]], and it's [[SSN:{s[:3]} {s[3:5]} {s[5:]}]]."),
        A(f"Thank you. And the VIN on the trade-in, if you have it?"),
        C(f"It's on my insurance card... [[ACCOUNT_NUMBER:{vin}]]."),
        A(f"Got it. A ((year:{g.nt(2014, 2018)})) Civic with about ((quantity:{g.nt(80, 130)},000 miles))? We'd be looking at around ((price:{g.price_t(7000, 11000, '$')})) in trade, subject to inspection."),
        C("That's about what I expected. Can you email me the pre-approval?"),
        A("Yes, what's the address?"),
        C("[[EMAIL:q.adewale.moss@yahoo.com]]."),
        A(f"And a cell?"),
        C(f"[[PHONE:{g.ph_t(p)}]]."),
        A(f"Great. The rate looks like ((percentage:{g.nt(5, 8)}.{g.nt(1, 9)}%)) APR over ((duration:{g.nt(48, 72)} months)), and your approval code is ((other:PA{g.digits(6)})). See you Saturday."),
    ]


@case
def home_care_staff_ni_asr(g):
    ni = g.ni(); d = g.dob(); pc = g.ukpc(); hn = g.n(3, 120); p = g.ph_mob(); sc = g.digits(6); acct = g.digits(8)
    return "asr", [
        A("hello helping hands recruitment [[NAME:sinead]] speaking"),
        C("hi i've been offered a carer job with you and i was told to ring with my bank details for payroll"),
        A("lovely welcome aboard what's your name"),
        C("[[NAME:precious moyo]]"),
        A("and your national insurance number"),
        C(f"[[SSN:{g.ni_a(ni)}]]"),
        A("and date of birth"),
        C(f"[[DOB:{g.dob_a(d, 2)}]]"),
        A("and the sort code and account number for your wages"),
        C(f"sort code [[ACCOUNT_NUMBER:{g.pr(sc)}]] account [[ACCOUNT_NUMBER:{g.w(acct)}]]"),
        A(f"let me read the account number back [[ACCOUNT_NUMBER:{g.w(acct)}]]"),
        C("that's right"),
        A("and your home address"),
        C(f"[[ADDRESS:flat {words(g.n(1, 12))} {words(hn)} cromwell road]] [[POSTCODE:{g.pc_a(pc)}]]"),
        A(f"perfect you'll be paid on the ((date:{ORD[g.n(25, 28)]})) of each month your induction is on monday at ((time:{g.time_a(9, 9)}))"),
        C(f"great and my mobile's [[PHONE:{g.ph_a(p)}]] if you need it"),
    ]


@case
def escape_room_reschedule_asr(g):
    bk = g.digits(7); p = g.ph_mob(); em = g.pick(["hotmail", "gmail"])
    return "asr", [
        A("hello mind trap escape rooms [[NAME:lewis]] speaking"),
        C("hi we've got a booking for the zombie lab on friday and two of us have got covid can we move it"),
        A("oh no sorry to hear that what's the booking reference"),
        C(f"um [[ACCOUNT_NUMBER#r:{g.w(bk[:3])}]] hang on it's on my email [[ACCOUNT_NUMBER#r:{g.w(bk[3:])}]]"),
        A("and the name on it"),
        C("[[NAME:rosalind okeke]] or it might be under [[NAME:tobi]] my husband"),
        A(f"found it under [[NAME:tobi]] there's a ((percentage:{g.nw(10, 10)} percent)) fee to move within ((duration:{g.nw(48, 48)} hours)) but i'll waive it for illness"),
        C(f"aw thanks could we do the ((date:{g.date_a()})) instead"),
        A(f"i've got ((time:{g.time_a(6, 8)} pm)) that day still ((count:{g.nw(5, 6)})) players"),
        C("yeah same group"),
        A("lovely is the number on the booking still right"),
        C(f"it's [[PHONE:{g.ph_a(p)}]]"),
        A("that's the one you'll get a new confirmation shortly"),
    ]


@case
def theatre_access_booking_asr(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); acc = g.digits(6); em = g.pick(["btinternet", "virginmedia"])
    return "asr", [
        A("hello you're through to the access line at the royal exchange theatre my name's [[NAME:aled]]"),
        C("hello love i'm a wheelchair user and i want to book for the christmas show with my carer"),
        A("of course are you on our access register"),
        C(f"i am my number's [[ACCOUNT_NUMBER:{g.w(acc)}]]"),
        A(f"thank you mister [[NAME:ferguson]] your carer's ticket is free and your ticket is ((price:{g.price_a(15, 25)}))"),
        C(f"that's grand the ((date:{g.date_a()})) evening if you can"),
        A(f"i have wheelchair space ((other:{g.nw(2, 6)})) in the stalls for the ((time:{g.time_a(7, 7)} thirty)) show"),
        C("that's the one"),
        A("and how are you paying"),
        C(f"card [[CARD_NUMBER#c:{g.w(b[0])}]] i'm reading it slowly the print's tiny [[CARD_NUMBER#c:{g.w(b[1])}]]"),
        A("yep take your time"),
        C(f"[[CARD_NUMBER#c:{g.w(b[2])}]] um [[CARD_NUMBER#c:{g.w(b[3])}]] expires [[EXPIRY:{g.exp_a(mm, yy, 4)}]]"),
        A("and the security number please"),
        C(f"on the back it's [[CVV:{g.w(v)}]]"),
        A(f"lovely the tickets will be emailed is that [[EMAIL:jim ferguson at {em} dot net]]"),
        C("that's it"),
    ]


@case
def music_studio_rehearsal_transcript(g):
    c = g.card("mc2"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); p = g.ph_mob()
    return "transcript", [
        A("Basement Tapes Studios, [[NAME:Ronan]] here."),
        C(f"Hey [[NAME:Ronan]], it's [[NAME:Summer]] from Velvet Static. We need Studio B for ((duration:{g.nt(4, 6)} hours)) on Thursday."),
        A(f"Hi [[NAME:Summer]]. Thursday from ((time:{g.time_t(6, 7)} pm)) is free. It's ((price:{g.price_t(14, 20)})) an hour, or ((price:{g.price_t(60, 80)})) for the block."),
        C("Block, please. Do you still have the Ampeg rig?"),
        A(f"Yep, the ((model_number:SVT-{g.nt(3, 7)}PRO)) and the big fridge cab."),
        C(f"Perfect. Card's [[CARD_NUMBER#c:{b[0]} {b[1]}]]..."),
        A("Mm-hm."),
        C(f"[[CARD_NUMBER#c:{b[2]} {b[3]}]]. Expiry [[EXPIRY:{g.exp_t(mm, yy, 3)}]]."),
        A("Security code?"),
        C(f"[[CVV:{v}]]."),
        A("And your number's still the one ending in the same digits?"),
        C(f"New phone, actually: [[PHONE:{g.ph_t(p)}]]."),
    ]


@case
def bike_repair_collection_asr(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); job = g.digits(5)
    return "asr", [
        A("spokes and sprockets bike hire and repairs [[NAME:marek]] speaking"),
        C("hi you've got my bike in for a service i got a text saying it's ready"),
        A("great what's the job number on the ticket"),
        C(f"[[ACCOUNT_NUMBER:{g.pr(job)}]]"),
        A(f"okay the ((model_number:trek fx {g.nw(2, 3)})) we replaced the chain and the rear cassette it came to ((price:{g.price_a(85, 130)}))"),
        C("ouch okay can i pay over the phone so i can just grab it"),
        A("yep go for it"),
        C(f"[[CARD_NUMBER#c!x:{g.dd(b[0])}]] erm [[CARD_NUMBER#c!x:{g.dd(b[1])}]] no sorry hang on i'll start again"),
        C(f"[[CARD_NUMBER#c:{g.w(b[0])} {g.w(b[1])} {g.w(b[2])} {g.w(b[3])}]]"),
        A("and the expiry"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 2)}]]"),
        A("and the three digit code"),
        C(f"[[CVV:{g.pr(v)}]]"),
        A(f"paid we're open till ((time:{g.time_a(5, 6)} thirty)) and it's in rack ((other:{g.nw(3, 12)})) just give your name at the counter"),
        C("it's [[NAME:obi]] thanks"),
    ]


@case
def charity_legacy_enquiry_transcript(g):
    d = g.dob(); p = g.ph_geo(); pc = g.ukpc(); hn = g.n(2, 60); sup = g.digits(7)
    return "transcript", [
        A("Good morning, Hedgerow Wildlife Trust, supporter care. You're speaking to [[NAME:Ottilie]]."),
        C("Good morning. My name is [[NAME:Barnaby Whitlock]]. I'd like some information about leaving a gift in my will."),
        A("Thank you so much for thinking of us, Mr [[NAME:Whitlock]]. I can post our legacy guide. Are you already a member?"),
        C(f"Yes, for about ((duration:{g.nt(20, 30)} years)). My number is [[ACCOUNT_NUMBER:{sup}]]."),
        A("And for security, could you confirm your date of birth?"),
        C(f"[[DOB:{g.dob_t((d[0], d[1], g.n(1941, 1950)), 1)}]]."),
        A("Thank you. And the address for the guide?"),
        C(f"[[ADDRESS:Meadowsweet, {hn} Church Lane, Little Hadham]], [[POSTCODE:{g.pc_t(pc)}]]."),
        A(f"Lovely. And would you like our legacy officer, [[NAME:Rupert]], to call you? He's in on Tuesdays."),
        C(f"Yes, please. The landline is [[PHONE:{g.ph_t(p)}]]. After ((time:{g.time_t(10, 11)})) is best."),
        A(f"Noted. Gifts in wills fund about ((percentage:{g.nt(30, 45)}%)) of our reserves, so it really makes a difference."),
    ]


@case
def parking_app_refund_asr(g):
    c = g.card("mc"); b = blocks(c); em = g.pick(["gmail", "outlook"])
    return "asr", [
        A("parkwise app support [[NAME:chidi]] speaking"),
        C(f"hi i got charged twice for parking at the train station yesterday both for ((price:{g.price_a(6, 12)}))"),
        A("sorry about that can i take the email on your app account"),
        C(f"[[EMAIL:lena vogel at {em} dot com]] that's [[NAME:v o g e l]]"),
        A(f"thanks [[NAME:lena]] i can see two sessions location code ((other:{g.nw(4, 9)} {g.nw(10, 99)})) started a minute apart"),
        C("yeah the app froze and i pressed it again"),
        A("no worries which card were you charged on can you give me the last four"),
        C(f"[[CARD_NUMBER!p:{g.w(b[3])}]]"),
        A(f"yep that matches i've refunded one it'll take ((duration:{g.nw(3, 5)} to {g.nw(6, 10)} working days))"),
        C("great thanks"),
        A(f"and just so you know the session runs for ((duration:{g.nw(2, 4)} hours)) so you don't need to press start again if it freezes"),
    ]


@case
def catering_funeral_tea_asr(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); p = g.ph_mob(); hn = g.n(3, 40); pc = g.ukpc()
    return "asr", [
        A("hello butterwick bakes and catering [[NAME:jeanette]] speaking"),
        C("hello i need a funeral tea for my brother's service next wednesday"),
        A("i'm so sorry how many are you expecting"),
        C(f"they think about ((count:{g.nw(50, 80)})) it's at the village hall [[ADDRESS:{words(hn)} chapel brow]] [[POSTCODE:{g.pc_a(pc)}]]"),
        A(f"our traditional tea is ((price:{g.price_a(9, 13)})) per person with sandwiches sausage rolls scones and cakes"),
        C("that's fine he loved a scone"),
        A(f"bless him we'd set up from ((time:{g.time_a(12, 12)})) and we'd need ((percentage:{g.nw(50, 50)} percent)) upfront"),
        C(f"right my card is [[CARD_NUMBER#c:{g.w(b[0])}]] oh hold on [[CARD_NUMBER#c:{g.w(b[1])}]]"),
        A("it's okay no rush"),
        C(f"[[CARD_NUMBER#c:{g.w(b[2])} {g.w(b[3])}]] it runs out [[EXPIRY:{g.exp_a(mm, yy, 1)}]] and the three on the back [[CVV:{g.w(v)}]]"),
        A(f"thank you and your name and a number"),
        C(f"[[NAME:eileen]] [[PHONE:{g.ph_a(p)}]] and his name was [[NAME:francis]] if you need it for the board"),
    ]


@case
def wedding_venue_balance_asr(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); bk = g.digits(5); pc = g.ukpc()
    return "asr", [
        A("good afternoon thornbury castle events [[NAME:imelda]] speaking"),
        C(f"hi it's [[NAME:priya]] we're getting married with you on the ((date:{g.date_a()})) and the balance is due"),
        A("oh hi [[NAME:priya]] yes can i just take your booking reference and postcode"),
        C(f"[[ACCOUNT_NUMBER:t c {g.w(bk)}]] and [[POSTCODE:{g.pc_a(pc)}]]"),
        A(f"perfect so the remaining balance is ((price:{g.price_a(6000, 9000)})) would you like to pay it all today"),
        C(f"i'm going to split it i'll do ((price:{g.price_a(3000, 4000)})) on this card and my fiancé will do the rest"),
        A("that's no problem"),
        C(f"okay [[CARD_NUMBER#c:{g.w(b[0])} {g.grp(b[1] + b[2])}]] and [[CARD_NUMBER#c:{g.w(b[3])}]]"),
        A(f"sorry i missed the middle eight could you repeat them"),
        C(f"[[CARD_NUMBER#c!x:{g.w(b[1])} {g.w(b[2])}]]"),
        A("thank you and the expiry and the security code"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 3)}]] and [[CVV:{g.w(v)}]]"),
        A(f"brilliant that's gone through your final numbers meeting is ((duration:{g.nw(4, 6)} weeks)) before"),
    ]


@case
def language_school_online_transcript(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); d = g.dob()
    return "transcript", [
        A("Lingua Franca Online, student services, [[NAME:Anders]] speaking."),
        C("Hi [[NAME:Anders]]. I'm [[NAME:Chiamaka Eze-Lindqvist]], I'd like to enrol in the business French course."),
        A(f"Great choice. It's ((count:{g.nt(16, 24)})) live sessions over ((duration:{g.nt(8, 12)} weeks)). Have you taken a placement test?"),
        C(f"Yes, I scored ((other:B{g.nt(1, 2)})) on it last week."),
        A(f"Then the B-level group on Tuesdays at ((time:{g.time_t(6, 7)} pm)) would suit. The fee is ((price:{g.price_t(300, 450)})). May I take your date of birth and email for your student account?"),
        C(f"[[DOB:{g.dob_t(d, 0)}]], and [[EMAIL:chiamaka.el@gmx.de]]."),
        A("Thank you. And payment?"),
        C(f"Card. [[CARD_NUMBER:{card_t(c)}]], expiry [[EXPIRY:{g.exp_t(mm, yy, 1)}]], CVC [[CVV:{v}]]."),
        A(f"Just to confirm the last four: [[CARD_NUMBER!p:{b[3]}]]."),
        C("Correct."),
        A("You're enrolled. Your tutor is Madame [[NAME:Guillot]]."),
    ]


@case
def locksmith_car_keys_asr(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); p = g.ph_mob(); pc = g.ukpc()
    return "asr", [
        A("auto key rescue [[NAME:stevie]] speaking"),
        C("hiya i've lost the only key to my van and i'm stuck at a job"),
        A(f"okay what make and model is it and what year"),
        C(f"it's a ((model_number:transit custom)) ((year:{g.nw(2016, 2021)})) plate"),
        A(f"we can cut and program a new key at the roadside it's about ((price:{g.price_a(180, 260)})) where are you"),
        C(f"i'm outside a house on a new estate the postcode is [[POSTCODE:{g.pc_a(pc)}]]"),
        A(f"okay we can get there in about ((duration:{g.nw(40, 70)} minutes)) i'll need a card to book it"),
        C(f"go on [[CARD_NUMBER#c:{g.w(b[0])} {g.w(b[1])} {g.sp(b[2])}]]"),
        A("and the last bit"),
        C(f"[[CARD_NUMBER#c:{g.sp(b[3])}]] expiry [[EXPIRY:{g.exp_a(mm, yy, 0)}]]"),
        A("and the cvv"),
        C(f"[[CVV:{g.w(v)}]]"),
        A("and your name and mobile"),
        C(f"[[NAME:dariusz nowak]] [[PHONE:{g.ph_a(p)}]]"),
    ]


@case
def photographer_headshots_asr(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); em = g.pick(["gmail", "hotmail"]); pc = g.ukpc(); hn = g.n(2, 200)
    return "asr", [
        A("hello lumen studio [[NAME:ade]] speaking"),
        C("hi i'm an actor i need new headshots for my agent"),
        A(f"sure our actor package is ((price:{g.price_a(150, 220)})) that's ((duration:{g.nw(1, 2)} hours)) ((count:{g.nw(3, 4)})) looks and ((quantity:{g.nw(10, 15)})) retouched images"),
        C("great do you have anything next week"),
        A(f"wednesday at ((time:{g.time_a(10, 11)})) what's your name"),
        C("[[NAME:honor blackwood-adeyemi]] double barrelled"),
        A(f"and we need a ((price:{g.price_a(50, 50)})) deposit"),
        C(f"okay [[CARD_NUMBER#c:{g.pr(b[0])}]] um [[CARD_NUMBER#c:{g.pr(b[1])} {g.pr(b[2])} {g.pr(b[3])}]]"),
        A("and expiry and cvv"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 2)}]] [[CVV:{g.pr(v)}]]"),
        A("and an email for the gallery link"),
        C(f"[[EMAIL:honor b a at {em} dot co dot uk]] and i'm at [[ADDRESS:{words(hn)} jubilee terrace]] [[POSTCODE:{g.pc_a(pc)}]] if you post anything"),
    ]


@case
def gift_delivery_balloons_asr(g):
    c = g.card("mc2"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); pc = g.ukpc(); hn = g.n(2, 80); em = g.pick(["gmail", "yahoo"])
    return "asr", [
        A("float away balloons and gifts [[NAME:tia]] speaking"),
        C(f"hi i want to send a balloon bouquet to my nan she's turning ((other:{g.nw(90, 99)})) on saturday"),
        A("aw amazing what's her name for the card"),
        C("[[NAME:mabel]] but everyone calls her nanna [[NAME:may]]"),
        A(f"cute we do a milestone bunch with the big foil numbers for ((price:{g.price_a(35, 45)})) and the address"),
        C(f"[[ADDRESS:ivy lodge care home {words(hn)} beacon hill]] [[POSTCODE:{g.pc_a(pc)}]] she's in room ((other:{g.nw(10, 40)}))"),
        A("and payment"),
        C(f"[[CARD_NUMBER#c!x:{g.w(b[0])}]] to [[CARD_NUMBER#c!x:{g.w(b[1])}]] ate [[CARD_NUMBER#c!x:{g.w(b[2])}]]"),
        A("sorry did you say two and eight in there or was that you pausing"),
        C(f"no i was saying to and ate sorry i mean just the numbers [[CARD_NUMBER#c:{g.w(c[:8])} {g.w(c[8:])}]]"),
        A("ha got you expiry"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 0)}]] and the back's [[CVV:{g.w(v)}]]"),
        A("and your email for the photo of the delivery"),
        C(f"[[EMAIL:kezia dot hall at {em} dot com]]"),
    ]


@case
def salon_complaint_no_card_transcript(g):
    d = g.dob(); p = g.ph_mob(); em = "lori"
    return "transcript", [
        A("Good morning, Hush Hair Group head office, this is [[NAME:Dawn]]."),
        C("Hi [[NAME:Dawn]]. I want to make a complaint about a colour I had done at your Kingsway salon."),
        A("I'm sorry to hear that. Can I take your name?"),
        C("[[NAME:Lorraine Achebe]]."),
        A("Thank you, [[NAME:Lorraine]]. When was the appointment?"),
        C(f"((date:{g.date_t()})), with a stylist called [[NAME:Yasmin]]. I asked for copper and it's come out pink."),
        A("Oh dear. To find your client record, could you give me your date of birth?"),
        C(f"[[DOB:{g.dob_t(d, 1)}]]."),
        A(f"I've found it. You paid ((price:{g.price_t(95, 140)})). We'd like to offer a free corrective colour with our senior colourist, or a ((percentage:{g.nt(50, 100)}%)) refund."),
        C("The corrective colour, please, but not with [[NAME:Yasmin]]."),
        A(f"Of course. Our senior colourist at Kingsway is [[NAME:Hope]]; she has ((time:{g.time_t(10, 11)})) on Friday. Is this still the best number? [[PHONE:{g.ph_t(p)}]]"),
        C("Yes, that's right."),
    ]


@case
def ferry_and_bike_tour_asr(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); em = g.pick(["web", "gmx"]); bk = g.digits(6)
    return "asr", [
        A("island cycle tours [[NAME:catriona]] speaking"),
        C(f"hello we are german tourists we fly into glasgow on ((flight_number:lh nine {g.nw(20, 60)})) and want to do the arran bike tour"),
        A(f"wunderbar the ((duration:{g.nw(3, 4)} day)) tour is ((price:{g.price_a(420, 520)})) each including bikes ferry and bed and breakfast"),
        C(f"good for two persons from the ((date:{g.date_a()}))"),
        A("lovely can i take the names"),
        C("[[NAME:jurgen]] and [[NAME:annelie hoffmann]] with two n at the end"),
        A(f"and the deposit is ((price:{g.price_a(100, 100)})) per person by card"),
        C(f"yes visa [[CARD_NUMBER#c:{g.w(b[0])}]] erm [[CARD_NUMBER#c!x:{g.w(g.badcard(c, 1))}]] ah no [[CARD_NUMBER#c:{g.w(b[1])} {g.w(b[2])}]] um [[CARD_NUMBER#c:{g.w(b[3])}]]"),
        A("and the date it expires"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 2)}]] and the code [[CVV:{g.w(v)}]]"),
        A("and an email please"),
        C(f"[[EMAIL:j hoffmann at {em} dot de]]"),
        A(f"danke your booking is [[ACCOUNT_NUMBER:{g.w(bk)}]] the ferry leaves ardrossan at ((time:{g.time_a(9, 10)} forty five))"),
    ]


@case
def car_park_lost_ticket_asr(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv()
    return "asr", [
        A("hello castlegate car park help point you're through to [[NAME:norma]]"),
        C("hi i've lost my ticket and the barrier won't let me out"),
        A(f"okay no problem a lost ticket is the daily maximum which is ((price:{g.price_a(15, 25)}))"),
        C(f"but i've only been here ((duration:{g.nw(2, 3)} hours))"),
        A("i'm sorry i can only see your plate came in this morning i can't see the time from here"),
        C("fine fine can i pay you then the machine's broken"),
        A("yes i can take it over the intercom"),
        C(f"[[CARD_NUMBER#c:{g.w(b[0])}]] can you hear me [[CARD_NUMBER#c:{g.w(b[1])}]]"),
        A(f"you're crackling i got [[CARD_NUMBER!p:{g.w(b[0])}]] and then nothing"),
        C(f"[[CARD_NUMBER#c!x:{g.w(b[1])}]] then [[CARD_NUMBER#c:{g.dd(b[2])} {g.dd(b[3])}]]"),
        A("and the expiry and the three on the back"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 1)}]] [[CVV:{g.w(v)}]]"),
        A(f"the barrier's up you've got ((duration:{g.nw(10, 15)} minutes)) to exit"),
    ]


@case
def spa_hotel_package_transcript(g):
    c = g.card("amex"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(4); p = g.ph_lon(); pc = g.ukpc(); hn = g.n(2, 150)
    return "transcript", [
        A("Rosewood Spa Hotel reservations, [[NAME:Guillermo]] speaking."),
        C(f"Hello [[NAME:Guillermo]]. I'd like the spa break for two on ((date:{g.date_t()})), the one with dinner."),
        A(f"Certainly. The Spa & Supper package is ((price:{g.price_t(280, 360)})) per room per night. How many nights?"),
        C(f"((count:{g.nt(1, 2)})). Under the name [[NAME:Imogen Ferrante-Baptiste]]."),
        A("Thank you. And your address for the booking?"),
        C(f"[[ADDRESS:Apartment {g.n(2, 30)}, The Maltings, {hn} Wharf Street]], [[POSTCODE:{g.pc_t(pc)}]]."),
        A("And a card to guarantee the room?"),
        C(f"Amex: [[CARD_NUMBER#c:{b[0]} {b[1]}]]... and [[CARD_NUMBER#c:{b[2]}]]."),
        A("Expiry and the four-digit code?"),
        C(f"[[EXPIRY:{g.exp_t(mm, yy, 2)}]], code [[CVV:{v}]]."),
        A("And a contact number?"),
        C(f"[[PHONE:{g.ph_t(p)}]]."),
    ]


@case
def dog_walker_kennel_asr(g):
    p = g.ph_mob(); em = g.pick(["gmail", "icloud"]); pc = g.ukpc(); hn = g.n(2, 60); d = g.dob()
    return "asr", [
        A("happy paws kennels and walking [[NAME:keeley]] speaking"),
        C("hi i've just moved to the area and need a dog walker for weekdays"),
        A(f"we do group walks ((duration:{g.nw(1, 1)} hour)) for ((price:{g.price_a(12, 16)})) or solo walks at ((price:{g.price_a(18, 22)}))"),
        C("group's fine he's really friendly"),
        A("lovely i'll need to register you first what's your name"),
        C("[[NAME:sol rivera]] that's [[NAME:r i v e r a]]"),
        A("and your address"),
        C(f"[[ADDRESS:{words(hn)} poplar row]] [[POSTCODE:{g.pc_a(pc)}]]"),
        A("and we ask for a date of birth for the insurance"),
        C(f"[[DOB:{g.dob_a(d, 0)}]]"),
        A("and mobile and email"),
        C(f"[[PHONE:{g.ph_a(p)}]] and [[EMAIL:sol rivera at {em} dot com]]"),
        A(f"perfect our walker [[NAME:kit]] will pop round for a meet on monday at ((time:{g.time_a(10, 11)}))"),
    ]


@case
def print_shop_banner_transcript(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); order = g.digits(5); em = "fatima"
    return "transcript", [
        A("Good morning, Big Format Printing, [[NAME:Kofi]] speaking."),
        C(f"Hi [[NAME:Kofi]], it's [[NAME:Fatima Al-Rashid]] from Westgate Primary. I need a banner for our summer fair."),
        A(f"Sure. Our PVC banners are ((price:{g.price_t(40, 60)})) for a ((quantity:{g.nt(2, 3)}m x 1m)). With eyelets?"),
        C("Yes, please. I've uploaded the artwork already."),
        A("Great, what's the order number?"),
        C(f"[[ACCOUNT_NUMBER:WEB-{order}]]."),
        A(f"Found it. We can print it for ((date:{g.date_t()})). Card or invoice to the school?"),
        C(f"Card, the school's purchasing card. [[CARD_NUMBER#c:{b[0]} {b[1]}]]..."),
        A("Yes?"),
        C(f"...[[CARD_NUMBER#c:{b[2]}]], sorry, and [[CARD_NUMBER#c:{b[3]}]]. Expires [[EXPIRY:{g.exp_t(mm, yy, 0)}]]. Security code [[CVV:{v}]]."),
        A("Lovely. Where should the receipt go?"),
        C("[[EMAIL:f.alrashid@westgate-primary.org.uk]]."),
    ]


@case
def used_car_canada_asr(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); d = g.dob(); p = g.ph_us(); hn = g.n(10, 990)
    pc = g.pick("KLMN") + str(g.n(1, 9)) + g.pick("ABCEGHJKLMNPRSTVXY") + " " + str(g.n(1, 9)) + g.pick("ABCEGHJKLMNPRSTVXY") + str(g.n(1, 9))
    return "asr", [
        A("maple ridge auto sales good morning [[NAME:chantal]] speaking"),
        C(f"hi i'm calling about the ((year:{g.nw(2019, 2022)})) ((model_number:rav four)) you have listed i want to leave a deposit"),
        A(f"sure it's a ((price:{g.price_a(500, 500, 'dollars')})) refundable deposit can i get your name"),
        C("[[NAME:arjun malhotra]]"),
        A("and your date of birth for the paperwork"),
        C(f"[[DOB:{g.dob_a(d, 3)}]]"),
        A("and your address"),
        C(f"[[ADDRESS:{g.pr(str(hn))} lakeshore road east mississauga]] [[POSTCODE:{' '.join(DIG[int(x)] if x.isdigit() else x.lower() for x in pc.replace(' ', ''))}]]"),
        A("and the card"),
        C(f"[[CARD_NUMBER#c:{g.w(b[0])}]] um [[CARD_NUMBER#c!x:{g.w(b[1][:2])}]] sorry start that block again [[CARD_NUMBER#c:{g.w(b[1])} {g.w(b[2])} {g.w(b[3])}]]"),
        A("expiry and cvc"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 0)}]] cvc [[CVV:{g.w(v)}]]"),
        A("and a phone number"),
        C(f"[[PHONE:{g.ph_a(p)}]]"),
    ]


@case
def home_care_respite_asr(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); d = (g.n(1, 28), g.n(1, 12), g.n(1940, 1952)); pc = g.ukpc(); hn = g.n(2, 99)
    return "asr", [
        A("hello silverlinings respite care [[NAME:bernadette]] speaking"),
        C("hi i look after my husband he has dementia and i need a break for a weekend my sister's getting married"),
        A(f"of course we can do live in respite it's ((price:{g.price_a(180, 240)})) a day can i take his details"),
        C(f"[[NAME:bill macphee]] well [[NAME:william macphee]] officially he was born [[DOB:{g.dob_a(d, 0)}]]"),
        A("and the address where the carer would stay"),
        C(f"[[ADDRESS:rowan cottage {words(hn)} station road]] [[POSTCODE:{g.pc_a(pc)}]]"),
        A(f"lovely and for ((count:{g.nw(2, 3)})) nights from the ((date:{g.date_a()}))"),
        C("that's right and i'll pay the deposit now"),
        C(f"[[CARD_NUMBER#c:{g.pr(b[0])} {g.pr(b[1])}]] um [[CARD_NUMBER#c:{g.pr(b[2])}]] um [[CARD_NUMBER#c:{g.pr(b[3])}]]"),
        A(f"thank you ending [[CARD_NUMBER!p:{g.pr(b[3])}]] expiry and the code"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 1)}]] and [[CVV:{g.w(v)}]]"),
        A(f"the carer's [[NAME:agnieszka]] she'll arrive at ((time:{g.time_a(9, 10)})) on the friday"),
    ]


@case
def theatre_membership_us_transcript(g):
    c = g.card("disc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); s = g.ssn(); d = g.dob(); z = g.zip("606"); hn = g.n(100, 4900)
    return "transcript", [
        A("Lakefront Playhouse patron services, this is [[NAME:Dashiell]]."),
        C("Hi [[NAME:Dashiell]], I'm [[NAME:Wilhelmina Oduya]]. I want to renew my season membership and add the donor level."),
        A(f"Wonderful. The Patron level is ((price:{g.price_t(350, 500, '$')})), and ((percentage:{g.nt(60, 80)}%)) of it is tax-deductible. For the tax receipt, do you want it issued to you personally?"),
        C("Yes. Do you need my Social for that?"),
        A("No, we never ask for that. Just your address."),
        C(f"Okay, good. [[ADDRESS:{hn} North Sheridan Road, Chicago]], [[POSTCODE:{z}]]."),
        A(f"And to confirm your record, your date of birth?"),
        C(f"[[DOB:{g.dob_t(d, 0)}]]."),
        A("Thank you. Card for the renewal?"),
        C(f"Discover, [[CARD_NUMBER:{b[0]}-{b[1]}-{b[2]}-{b[3]}]], exp [[EXPIRY:{g.exp_t(mm, yy, 3)}]], CID [[CVV:{v}]]."),
        A(f"All done. Your seats stay the same: row {g.pick('KLM')}, seats ((other:{g.nt(10, 14)})) and ((other:{g.nt(15, 18)}))."),
    ]


@case
def escape_room_gift_card_asr(g):
    c = g.card("mc"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); gc = g.digits(10); em = g.pick(["gmail", "outlook"])
    return "asr", [
        A("hi you're through to the puzzle box escape rooms [[NAME:lachlan]] speaking"),
        C("hiya can i buy a gift card for my brother and his mates"),
        A(f"yep they come in any amount but a room for ((count:{g.nw(4, 5)})) is about ((price:{g.price_a(90, 110)}))"),
        C(f"let's do ((price:{g.price_a(100, 100)})) then"),
        A("who's it for"),
        C("my brother [[NAME:sonny delacroix-mbeki]] it's for his birthday"),
        A("and the card for payment"),
        C(f"[[CARD_NUMBER#c:{g.dd(b[0])} {g.w(b[1])}]] sorry the last bit was [[CARD_NUMBER#c!x:{g.w(b[1])}]] yeah then [[CARD_NUMBER#c:{g.w(b[2])} {g.w(b[3])}]]"),
        A("and the expiry and security number"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 3)}]] [[CVV:{g.w(v)}]]"),
        A(f"lovely the gift card number is [[ACCOUNT_NUMBER:{g.w(gc)}]] and it's valid for ((duration:{g.nw(12, 12)} months)) where shall i email it"),
        C(f"[[EMAIL:bex dot delacroix at {em} dot com]]"),
    ]


@case
def charity_raffle_dob_transcript(g):
    c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); d = g.dob(); pc = g.ukpc(); hn = g.n(2, 120)
    return "transcript", [
        A("Hospice at Home Lottery, [[NAME:Wilfred]] speaking."),
        C(f"Hi [[NAME:Wilfred]]. I'd like to sign up for the weekly lottery, ((count:{g.nt(2, 3)})) entries."),
        A(f"Lovely. Each entry is ((price:{g.price_t(1, 1)})) a week and the top prize is ((price:{g.price_t(1000, 2500)})). Players must be over ((other:{g.nt(18, 18)})), so can I take your date of birth?"),
        C(f"[[DOB:{g.dob_t(d, 2)}]]. I'm [[NAME:Clementine Abara]]."),
        A("Thank you, [[NAME:Clementine]]. And your address?"),
        C(f"[[ADDRESS:{hn} Heathfield Close]], [[POSTCODE:{g.pc_t(pc)}]]."),
        A("And would you like to pay by card each month, or annually?"),
        C(f"Annually. [[CARD_NUMBER#c:{b[0]} {b[1]} {b[2]}]]; last four [[CARD_NUMBER#c:{b[3]}]]."),
        A("Expiry and the three-digit code, please."),
        C(f"[[EXPIRY:{g.exp_t(mm, yy, 1)}]]; [[CVV:{v}]]."),
        A(f"Thank you. Your lucky numbers will be sent in the post within ((duration:{g.nt(7, 10)} days))."),
    ]


@case
def boat_mooring_kayak_asr(g):
    c = g.card("mc2"); b = blocks(c); mm, yy = g.exp(); v = g.cvv(); d = g.dob(); p = g.ph_mob()
    return "asr", [
        A("paddle point kayak hire [[NAME:morag]] speaking"),
        C(f"hi can i book two sea kayaks for sunday morning for me and my daughter she's ((other:{g.nw(12, 15)}))"),
        A(f"we can do that it's ((price:{g.price_a(35, 45)})) each for ((duration:{g.nw(3, 3)} hours)) and under sixteens need a parent in the next kayak which is fine"),
        C("great"),
        A("i'll need the adult's name and date of birth for the waiver"),
        C(f"[[NAME:ines castellano]] [[DOB:{g.dob_a(d, 1)}]]"),
        A("and a mobile that'll be on you"),
        C(f"[[PHONE:{g.ph_a(p)}]]"),
        A("and a card to book"),
        C(f"[[CARD_NUMBER#c:{g.w(b[0])}]] hold on the kids are shouting [[CARD_NUMBER#c:{g.w(b[1])}]] um [[CARD_NUMBER#c!x:{g.w(b[1])}]] sorry said that twice [[CARD_NUMBER#c:{g.w(b[2])} {g.w(b[3])}]]"),
        A(f"got it expiry and the cvv"),
        C(f"[[EXPIRY:{g.exp_a(mm, yy, 0)}]] and [[CVV:{g.w(v)}]]"),
        A(f"perfect meet at the slipway at ((time:{g.time_a(9, 9)} thirty)) and bring a change of clothes"),
    ]

@case
def home_care_background_check_asr(g):
    s = g.ssn(); d = g.dob(); p = g.ph_us(); em = g.pick(["gmail", "yahoo"]); c = g.card("visa"); b = blocks(c); mm, yy = g.exp(); v = g.cvv()
    return "asr", [
        A("comfort keepers of tampa bay hiring line this is [[NAME:latoya]]"),
        C("hi i applied online for the caregiver position and got an email saying i need to pay for my background check"),
        A(f"yes ma'am it's ((price:{g.price_a(35, 45, 'dollars')})) and we reimburse it after your first ((count:{g.nw(30, 30)})) shifts can i get your name"),
        C("[[NAME:marisela fuentes-obi]]"),
        A("and your date of birth"),
        C(f"[[DOB:{g.dob_a(d, 1)}]]"),
        A("and the social for the background check"),
        C(f"[[SSN#s:{g.w(s[:3])}]] uh [[SSN#s:{g.w(s[3:5])}]] and then [[SSN#s:{g.dd(s[5:])}]]"),
        A(f"so that's [[SSN:{g.w(s[:3])} {g.w(s[3:5])} {g.w(s[5:])}]]"),
        C("that's right"),
        A("and the card for the fee"),
        C(f"[[CARD_NUMBER#c:{g.w(b[0])} {g.w(b[1])}]] and then [[CARD_NUMBER#c:{g.w(b[2])} {g.w(b[3])}]] expiration [[EXPIRY:{g.exp_a(mm, yy, 2)}]] and the code's [[CVV:{g.w(v)}]]"),
        A("and your phone and email"),
        C(f"[[PHONE:{g.ph_a(p)}]] and [[EMAIL:marisela f o at {em} dot com]]"),
        A(f"thank you results usually take ((duration:{g.nw(3, 5)} business days))"),
    ]

# ---------------------------------------------------------------- markup and checks

MARK = re.compile(r"\[\[([A-Z_]+)(?:#(\w+))?(?:!(\w+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")

UNITS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
         "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
HOMO = {"won": "1", "to": "2", "too": "2", "for": "4", "fore": "4", "ate": "8"}
TEENS = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENS = {w: str(i) for i, w in enumerate(TENW) if w}
DIGIT_WORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand", "double", "triple"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir", "madam", "prof",
          "professor", "mx"}
STREET_WORDS = {"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "dr", "close",
                "way", "crescent", "place", "terrace", "court", "parade", "row", "gardens", "square",
                "hill", "boulevard", "blvd", "mews", "grove", "walk", "rise", "view", "wynd", "brae",
                "quay", "green", "brow", "hey", "lea", "side", "end", "park", "circle", "trail", "pike", "highway", "loke", "gate", "yard"}
UNIT_WORDS = {"flat", "unit", "apartment", "apt", "suite", "apt."}
NAME_STOP = {"de", "da", "van", "von", "la", "le", "del", "di", "du", "bin", "mac", "st", "al", "el"}
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
CA_PC = re.compile(r"^[A-Z]\d[A-Z]\d[A-Z]\d$")


def to_digits(span, homo=True):
    """the digits a span says (typed digits kept, spoken digits turned into digits)."""
    toks = re.findall(r"[a-z]+|\d+", span.lower().replace("-", " "))
    out, mult, i = "", 1, 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out += t[0] * mult + t[1:] if mult > 1 else t
            mult = 1
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
        elif t in UNITS or (homo and t in HOMO):
            out += (UNITS.get(t) or HOMO[t]) * mult
            mult = 1
        elif t in TEENS:
            out += TEENS[t]
        elif t in TENS:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in UNITS and UNITS[nxt] != "0":
                out += TENS[t] + UNITS[nxt]
                i += 1
            else:
                out += TENS[t] + "0"
        elif t == "hundred":
            out += "00"
        elif t == "thousand":
            out += "000"
        i += 1
    return out


def alnum_letters(span):
    """postcode or NI number: spoken digits to digits, letters kept, spaces dropped."""
    toks = re.findall(r"[a-z]+|\d+", span.lower())
    out, run = "", []
    numw = set(UNITS) | set(TEENS) | set(TENS) | {"double", "triple", "hundred"}
    for t in toks + ["|"]:
        if t in numw or t.isdigit():
            run.append(t)
            continue
        if run:
            out += to_digits(" ".join(run), homo=False)
            run = []
        if t != "|":
            out += t
    return out.upper()


def parse(raw):
    text, spans, pos = "", [], 0
    for m in MARK.finditer(raw):
        text += raw[pos:m.start()]
        if m.group(1):
            val = m.group(4)
            spans.append(("pii", len(text), len(text) + len(val), m.group(1), m.group(2), m.group(3)))
        else:
            val = m.group(6)
            spans.append(("keep", len(text), len(text) + len(val), m.group(5), None, None))
        text += val
        pos = m.end()
    text += raw[pos:]
    return text, spans


class Bad(Exception):
    pass


def fail(cid, msg):
    raise Bad("%s: %s" % (cid, msg))


def edge_ok(text, s, e):
    v = text[s:e]
    if not v or v != v.strip():
        return False
    if not (v[0].isalnum() or v[0] in "£$€+"):
        return False
    if not (v[-1].isalnum() or v[-1] == "%" or v.endswith(("a.m.", "p.m."))):
        return False
    if s > 0 and text[s - 1].isalnum():
        return False
    if e < len(text) and text[e].isalnum():
        return False
    return True


def phone_ok(d):
    if d.startswith("44"):
        d = "0" + d[2:]
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return bool(re.fullmatch(r"07700900\d{3}|02079460\d{3}|0(161|113|117)4960\d{3}|[2-9]\d\d55501\d\d", d))


def ssn_ok(s):
    d = to_digits(s)
    if len(d) == 4:
        return True
    if len(d) == 9:
        return 1 <= int(d[:3]) <= 665 and d[3:5] != "00" and d[5:] != "0000"
    ni = alnum_letters(s)
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", ni))


def build():
    out = []
    for k, fn in enumerate(CASES):
        cid = "t30-%03d" % (k + 1)
        style, lines = fn(G)
        utts, pii, keep, groups = [], [], [], {}
        partflags = {}
        for ui, (spk, raw) in enumerate(lines):
            if "[[" in MARK.sub("", raw) or "]]" in MARK.sub("", raw) or "((" in MARK.sub("", raw) or "))" in MARK.sub("", raw):
                fail(cid, "markup not well formed: %r" % raw)
            text, spans = parse(raw)
            utts.append({"speaker": spk, "text": text})
            for kind, s, e, t, tag, flag in spans:
                if kind == "pii":
                    if t not in PII_TYPES:
                        fail(cid, "bad type " + t)
                    key = tag if tag else ("_own", ui, s)
                    if key not in groups:
                        groups[key] = "g%d" % (len(groups) + 1)
                    pii.append({"utterance": ui, "start": s, "end": e, "type": t, "group": groups[key]})
                    partflags[(ui, s)] = flag
                else:
                    if t not in KEEP_KINDS:
                        fail(cid, "bad keep kind " + t)
                    keep.append({"utterance": ui, "start": s, "end": e, "kind": t})
        out.append(({"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep}, partflags))
    return out


def validate(cases):
    seen_mail, seen_street, seen_utt = {}, {}, {}
    for c, flags in cases:
        cid, utts = c["case_id"], c["utterances"]
        if c["style"] not in ("asr", "transcript"):
            fail(cid, "style")
        for u in utts:
            if u["speaker"] not in ("agent", "customer", "ivr"):
                fail(cid, "speaker")
            if c["style"] == "asr":
                if u["text"] != u["text"].lower():
                    fail(cid, "asr not lower case: " + u["text"])
                if re.search(r"[.,?!;:\"@]", u["text"]):
                    fail(cid, "asr punctuation: " + u["text"])
        allsp = [(p["utterance"], p["start"], p["end"], "pii") for p in c["pii"]] + \
                [(q["utterance"], q["start"], q["end"], "keep") for q in c["keep"]]
        for ui, s, e, _ in allsp:
            t = utts[ui]["text"]
            if not (0 <= s < e <= len(t)) or not edge_ok(t, s, e):
                fail(cid, "bad span edges %r in %r" % (t[s:e], t))
        allsp.sort()
        for a, b in zip(allsp, allsp[1:]):
            if a[0] == b[0] and b[1] < a[2]:
                fail(cid, "overlap in %r" % utts[a[0]]["text"])
        byu = sorted((p["utterance"], p["start"], p["end"], p["group"], p["type"]) for p in c["pii"])
        for a, b in zip(byu, byu[1:]):
            if a[0] == b[0] and (a[3] == b[3] or a[4] == b[4]) and not utts[a[0]]["text"][a[2]:b[1]].strip():
                fail(cid, "pieces of one value split by a space only: %r" % utts[a[0]]["text"])
        # per type (pieces of one value are joined by group; marked wrong pieces are left out)
        cardgroups, joined = {}, {}
        for p in c["pii"]:
            v = utts[p["utterance"]]["text"][p["start"]:p["end"]]
            fl = flags[(p["utterance"], p["start"])]
            if p["type"] == "CARD_NUMBER":
                cardgroups.setdefault(p["group"], []).append((v, fl))
            elif fl != "x":
                j = joined.setdefault(p["group"], [p["type"], [], set()])
                j[1].append(v)
                j[2].add(fl)
        for gname, (t, vs, fls) in joined.items():
            v = " ".join(vs)
            if t == "CVV":
                if not re.fullmatch(r"\d{3,4}", to_digits(v)):
                    fail(cid, "cvv " + v)
            elif t == "EXPIRY":
                lv = v.lower()
                if not any(m in lv.split() for m in MONTHS + [m.lower() for m in MON_T]):
                    d = to_digits(v)
                    mm = int(d[:1]) if len(d) == 3 else int(d[:2]) if len(d) in (4, 6) else 0
                    if not 1 <= mm <= 12:
                        fail(cid, "expiry " + v)
            elif t == "SSN":
                if not ssn_ok(v):
                    fail(cid, "ssn " + v)
            elif t == "PHONE":
                if "p" not in fls and not phone_ok(to_digits(v)):
                    fail(cid, "phone " + v)
            elif t == "POSTCODE":
                pc = alnum_letters(v)
                if not (UK_PC.match(pc) or CA_PC.match(pc) or re.fullmatch(r"\d{5}(\d{4})?", pc)):
                    fail(cid, "postcode %r -> %s" % (v, pc))
        for p in c["pii"]:
            v = utts[p["utterance"]]["text"][p["start"]:p["end"]]
            t = p["type"]
            if t == "EMAIL":
                if c["style"] == "transcript" and re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v):
                    pass
                elif " at " in v and " dot " in v and "@" not in v:
                    pass
                else:
                    fail(cid, "email " + v)
                key = re.sub(r"\W", "", v.lower().replace(" at ", "@").replace(" dot ", "."))
                if seen_mail.get(key, cid) != cid:
                    fail(cid, "email reused " + v)
                seen_mail[key] = cid
            elif t == "ADDRESS":
                toks = re.findall(r"[a-z']+|\d+\w*", v.lower())
                numeric = lambda x: x[0].isdigit() or x in UNITS or x in TEENS or x in TENS
                if not (numeric(toks[0]) or toks[0] in UNIT_WORDS or any(numeric(x) for x in toks[1:])):
                    fail(cid, "address start " + v)
                sw = [i for i, x in enumerate(toks) if x in STREET_WORDS]
                if not sw:
                    fail(cid, "address street word " + v)
                i = sw[0]
                street = " ".join(toks[max(0, i - 1):i + 1])
                if seen_street.get(street, cid) != cid:
                    fail(cid, "street reused " + street)
                seen_street[street] = cid
            elif t == "NAME":
                if re.search(r"\d", v) or any(x in TITLES for x in re.findall(r"[a-z]+", v.lower())):
                    fail(cid, "name " + v)
            elif t in ("ACCOUNT_NUMBER", "DOB"):
                if not (re.search(r"\d", v) or to_digits(v) or any(m in v.lower() for m in MONTHS)):
                    fail(cid, t + " " + v)
        for gname, pieces in cardgroups.items():
            fl = [f for _, f in pieces]
            if "p" in fl:
                d = "".join(to_digits(v) for v, _ in pieces)
                if not (3 <= len(d) <= 16):
                    fail(cid, "card part " + str(pieces))
                continue
            d = "".join(to_digits(v) for v, f in pieces if f != "x")
            brand = re.match(r"4|5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[47]|6011|65", d)
            ok = brand and luhn_ok(d) and (len(d) == 15 if d[:2] in ("34", "37") else len(d) == 16)
            if not ok:
                fail(cid, "card %s -> %s" % (pieces, d))
        # outside spans: digits and runs of digit words
        names = set()
        for p in c["pii"]:
            if p["type"] == "NAME":
                v = utts[p["utterance"]]["text"][p["start"]:p["end"]].lower()
                names |= {x for x in re.findall(r"[a-z']+", v) if len(x) > 1 and x not in NAME_STOP}
        for ui, u in enumerate(utts):
            t = u["text"]
            sps = sorted([(p["start"], p["end"], "P") for p in c["pii"] if p["utterance"] == ui] +
                         [(q["start"], q["end"], "K") for q in c["keep"] if q["utterance"] == ui], reverse=True)
            masked = t
            for s, e, _ in sps:
                masked = masked[:s] + " | " + masked[e:]
            if re.search(r"\d", masked):
                fail(cid, "digit outside a span: %r" % t)
            run = 0
            for tok in re.findall(r"[a-z']+|\|", masked.lower()):
                run = run + 1 if tok in DIGIT_WORDS else 0
                if run >= 4:
                    fail(cid, "run of digit words outside a span: %r" % t)
            for tok in re.findall(r"[a-z']+", masked.lower()):
                if tok in names:
                    fail(cid, "name word %r left unlabelled in %r" % (tok, t))
            piid = [to_digits(t[p["start"]:p["end"]]) for p in c["pii"] if p["utterance"] == ui]
            for q in c["keep"]:
                if q["utterance"] != ui:
                    continue
                kd = to_digits(t[q["start"]:q["end"]], homo=False)
                if 13 <= len(kd) <= 19 and luhn_ok(kd):
                    fail(cid, "look-alike passes Luhn: " + t)
                for d in piid:
                    if len(kd) >= 4 and len(d) >= 4 and (d in kd or kd in d):
                        fail(cid, "look-alike holds pii digits: " + t)
            # repeated long utterances across cases
            norm = " ".join(re.sub(r"[^a-z'| ]", "", masked.lower()).split())
            if len([x for x in norm.split() if x != "|"]) >= 9:
                if seen_utt.get(norm, cid) != cid:
                    fail(cid, "utterance repeated from %s: %r" % (seen_utt[norm], t))
                seen_utt[norm] = cid


def counts(cases):
    cs = [c for c, _ in cases]
    spans = {t: 0 for t in PII_TYPES}
    grps = {t: set() for t in PII_TYPES}
    kinds = {k: 0 for k in KEEP_KINDS}
    n_utt = n_asr = n_clean = n_ivr = 0
    for c in cs:
        n_utt += len(c["utterances"])
        if c["style"] == "asr":
            n_asr += len(c["utterances"])
        with_pii = {p["utterance"] for p in c["pii"]}
        n_clean += len(c["utterances"]) - len(with_pii)
        if any(u["speaker"] == "ivr" for u in c["utterances"]):
            n_ivr += 1
        for p in c["pii"]:
            spans[p["type"]] += 1
            grps[p["type"]].add((c["case_id"], p["group"]))
        for q in c["keep"]:
            kinds[q["kind"]] += 1
    return {"cases": len(cs), "utterances": n_utt, "asr_utterances": n_asr, "asr_share": n_asr / max(1, n_utt),
            "no_pii_utterances": n_clean, "ivr_cases": n_ivr, "spans": spans,
            "groups": {t: len(g) for t, g in grps.items()}, "keep": kinds, "keep_total": sum(kinds.values())}


def check_minima(ct):
    bad = []
    if ct["cases"] < 80:
        bad.append("cases %d < 80" % ct["cases"])
    if ct["utterances"] < 1000:
        bad.append("utterances %d < 1000" % ct["utterances"])
    if ct["no_pii_utterances"] < 400:
        bad.append("no-pii utterances %d < 400" % ct["no_pii_utterances"])
    if ct["keep_total"] < 280:
        bad.append("keep spans %d < 280" % ct["keep_total"])
    if any(v == 0 for v in ct["keep"].values()):
        bad.append("keep kind missing")
    if ct["ivr_cases"] < 3:
        bad.append("ivr cases < 3")
    if ct["asr_share"] < 0.6:
        bad.append("asr share %.2f < 0.60" % ct["asr_share"])
    for t, m in MINIMA.items():
        if ct["spans"][t] < m:
            bad.append("%s spans %d < %d" % (t, ct["spans"][t], m))
    if ct["groups"]["CARD_NUMBER"] < 45:
        bad.append("card groups %d < 45" % ct["groups"]["CARD_NUMBER"])
    return bad


def report(ct):
    print("cases %d, utterances %d, asr utterances %d (%.1f%%), utterances with no pii %d, ivr cases %d"
          % (ct["cases"], ct["utterances"], ct["asr_utterances"], 100 * ct["asr_share"], ct["no_pii_utterances"], ct["ivr_cases"]))
    print("pii spans / groups:")
    for t in PII_TYPES:
        print("  %-15s %4d spans %4d groups" % (t, ct["spans"][t], ct["groups"][t]))
    print("  %-15s %4d spans %4d groups" % ("total", sum(ct["spans"].values()), sum(ct["groups"].values())))
    print("keep spans by kind (%d):" % ct["keep_total"])
    for k in KEEP_KINDS:
        print("  %-15s %4d" % (k, ct["keep"][k]))


def main():
    check_only = "--check" in sys.argv[1:]
    lax = "--lax" in sys.argv[1:]
    try:
        cases = build()
        validate(cases)
    except Bad as e:
        print("FAILED:", e)
        sys.exit(1)
    ct = counts(cases)
    report(ct)
    bad = check_minima(ct)
    if bad:
        print("FAILED minimum counts: " + "; ".join(bad))
        if not lax:
            sys.exit(1)
    if check_only or bad:
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for c, _ in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
