#!/usr/bin/env python3
"""Write data/redaction/dev42.jsonl, a redaction development set (case ids t38-001 ...).

Written as the held-out set test38.jsonl, measured once with the fortieth round's code, then
renamed dev42 and tuned on in the forty-first round.

What the set leans on
---------------------
Callers who are hard to follow, and what a recogniser makes of them:

* elderly or unsure callers reading values off a fines letter, a bank statement, a tube
  sticker or a card, losing their place, reading the wrong line (a date or a cheque number
  next to the real value) and starting again;
* non-native speakers whose digits come out as the recogniser's homophones ("for", "to",
  "won", "ate", "tree", "free", "sex"), number words split or merged ("for tee two",
  "six tee eleven", "fourty-five"), stutters inside values ("f- five", "five- five"),
  several self-corrections in one value, letters spelled slowly ("r as in robert",
  "sierra lima ...");
* agents guiding a card out block by block ("just the first four for now"), cards in one
  to five pieces over several turns, restarts, corrected and repeated blocks, read-backs by
  agents and IVRs (whole, some blocks, the last four, a misheard read-back), codes and
  expiries asked in many ways, a card given and withdrawn, cards read out by someone else
  in the room; identity checks (dates of birth, postcodes, first lines of address, SSNs,
  NI, PPS and SIN numbers, last fours), phones with extensions and account numbers of many
  shapes; very short terse calls beside long ones;
* look-alikes right beside real values (amounts, rates, times, appointment dates, ages,
  plot numbers, receipts and tracking numbers that fail the Luhn check, model numbers,
  percentages, years, counts, durations, scores) and many ordinary utterances with no pii.

Industries: court fines and tribunal fees, solicitors' client accounts and legal aid,
immigration and visa advice, prison and inmate calling and trust accounts, fostering and
adoption, pawnbrokers, blood and plasma donation, heating oil, LPG and propane, chimney
sweeps, septic tanks and cesspits, fishing, hunting, boat and canal licences, genealogy and
DNA testing, music and driving lessons, tutoring, translation, allotments and community
gardens, church and community halls, taxi and minicab accounts, scrap cars. Callers and
addresses from the UK, Ireland, the US, Canada and Australia. About 65% of the utterances
are in the `asr` style, the rest `transcript`.

How it is built
---------------
Every case below is a function written as its own conversation. It draws its numbers from
one `random.Random(38)` (class `Gen`) in case order, renders them in the case's style with
small helpers (`sw` digit by digit, `hom` with the recogniser's homophones, `spairs` in
pairs, `asr_pairs` split and merged number words, `sdbl` with "double"/"triple", `say_id`
and `say_pc` for ids and postcodes, `stut` for a stutter, `cardt`, `exp_t`, `money_t`,
`n2w`, `yw`, `ordw`, ...) and marks values inline:

    [[TYPE:text]]          pii, a value of its own (a group of its own)
    [[TYPE#x:text]]        pii, a piece of group x (pieces of one value share a label)
    [[TYPE#x!:text]]       a piece kept in the value's group but left out of the value's
                           digits when the script checks them (digits before a restart, a
                           corrected or repeated block, a phone's extension), or a group
                           that is no complete value (a card withdrawn half way, an agent's
                           read-back of some blocks, an IVR's misheard read-back)
    ((kind:text))          a look-alike (keep span)

TYPE is CARD, CVV, EXP, SSN, PH, EM, DOB, ADDR, PC, ACCT or NAME (CARD_NUMBER, CVV, EXPIRY,
SSN, PHONE, EMAIL, DOB, ADDRESS, POSTCODE, ACCOUNT_NUMBER, NAME); kind is qty, time, price,
flight, date, year, dur, pct, model, count or other (quantity, ..., flight_number, ...,
duration, percentage, model_number, ...). The markup is stripped in code, every offset is
computed from the clean text and groups are renumbered g1, g2, ... in order of first
appearance within the case. Lines start with "A: " (agent), "C: " (customer) or "I: " (ivr).

Figures that are part of the wording and no one's data are written by hand, like the
durations, counts, time-slot hours, ages and school years: product sizes (a 45 kg bottle,
14 karat, a 10 by 20 foot plot), the Irish VAT rate, a statutory fifty per cent increase,
an IVR's example date and the airlines' letters before a flight number. Every other number
(card numbers, codes, expiries, SSNs, NI, PPS and SIN numbers, phones, postcodes, account
numbers, dates of birth, house numbers, amounts, rates, levels, volumes, model numbers,
flight numbers, plot numbers, years, appointment dates, receipts and tracking numbers) is
drawn from the one generator.

Checks (the script exits with status 1 and writes nothing if any fails)
-----------------------------------------------------------------------
* every span is inside its text, non-empty, has no leading or trailing space or
  punctuation (a leading currency sign, a trailing "%" or "a.m."/"p.m." excepted), does not
  start or end inside a word; no two spans (pii or keep) overlap; two pieces of one group
  in one utterance never have only a space between them (they would be one span);
* asr utterances have no capitals, no punctuation other than apostrophes and hyphens and
  no "@"; transcript utterances have capitals or punctuation;
* card numbers: spoken digits turned into digits (homophones, "double", pairs, split and
  merged number words, a stutter counted once), joined over the group without the `!`
  pieces, are 15 or 16 digits passing Luhn, or a last four; CVV 3-4 digits; SSN 9 digits
  with area 001-665, group 01-99, serial 0001-9999, a last four, a UK NI number or an Irish
  PPS number; phones 10-12 digits in a US, UK, Irish or Australian shape (extensions left
  out); expiries have a month 1-12 (or a month name); dates of birth name a month, are
  typed as day, month and year with separators, or have six or eight spoken digits; postcodes are UK postcodes, Eircodes, Canadian postal codes, ZIPs or
  Australian postcodes in shape; typed e-mails are addresses, spoken ones "... at ...
  dot ..."; an ADDRESS starts with a number (or flat/unit/apartment and a number) and has a
  street word; a NAME has no digits and no title; account numbers are letters and digits;
* a look-alike of 13-19 digits fails Luhn, holds no pii digits of its utterance and is not
  inside them;
* no digit is left outside a span and no run of four or more number words (homophones
  included) is;
* a name word labelled anywhere in a case is labelled everywhere in that case (single
  spelled letters and the example word after "as in" aside);
* no e-mail address and no street appear in two cases; no utterance of nine words or more
  appears in two cases, compared both as written and with every span masked;
* the minimum counts of the brief: CARD_NUMBER 60, CVV 30, EXPIRY 30, SSN 10, PHONE 35,
  EMAIL 25, DOB 20, ADDRESS 35, POSTCODE 35, ACCOUNT_NUMBER 45, NAME 200 spans; 80 cases;
  1,000 utterances; 400 utterances without pii; 280 keep spans covering all eleven kinds;
  six IVR cases; an asr share of utterances between 60% and 70%.

Labelling choices where the conventions are silent
--------------------------------------------------
* Cards: digits said before a restart, a corrected block and a repeated block stay in the
  card's group (marked `!`); a card said again in full, every read-back by an agent or an
  IVR (whole, some blocks, the last four) and a last four said by the caller are groups of
  their own; so are a card given and withdrawn half way and an IVR's misheard read-back.
* A stutter or false start inside a value ("f- five", "five- five") stays inside the
  value's span and counts once; cut-off words outside values are ordinary words.
* The recogniser's homophones and split or merged number words inside a value are inside
  its span; outside values they are ordinary words, never look-alikes.
* Phonetic spelling ("r as in robert", "sierra lima") is inside the span of the value it
  spells (names, ids, postcodes, e-mails).
* A spelled surname after the spoken name, and a full name said right after a first name,
  are NAME groups of their own (second mentions). Agents, callers, relatives, people in the
  room and people named in passing are all names; titles (Mr, Ms., mister, missus, doctor,
  Dr) stay outside; businesses, churches, boats and products are left unlabelled.
* A whole wrong value the caller then corrects (an account number, a kit id, an expiry) is
  labelled as a group of its own, and so is the corrected value; a whole value said again
  by the caller is a group of its own; a partial value abandoned for a restart stays in the
  restarted value's group (marked `!`).
* Every read-back of any value by an agent or an IVR is a group of its own.
* A phone's extension is a piece of the phone's group (marked `!`); "ext."/"extension"
  stays outside.
* UK NI, Irish PPS and Canadian SIN numbers and the last four of an SSN are SSNs; Eircodes,
  Canadian and Australian postal codes are POSTCODEs; a ZIP said after the street is a
  POSTCODE of its own.
* ACCOUNT_NUMBER: fine, notice, citation and offence numbers, case, appeal and tribunal
  references, inmate booking, FPS and prison numbers, pawn and pledge tickets, donor,
  member, tenancy, student and customer numbers, licence, permit, outdoors-card, boat
  index, registration and PCL numbers, DNA kit codes, UCI, A-, GWF and BRP numbers,
  passports, driving licences, theory certificates, number plates, VINs, order and booking
  references, sort codes, routing numbers and bank account numbers (each a group apart).
* other: receipts, payment references and confirmation numbers, tracking numbers, a cheque
  number, plot numbers, a terminal, ages, school years, test scores, a road number and a
  form name ("v five c").
* EXPIRY: "valid thru", "expires" stay outside, a spoken "slash" between month and year is
  inside; CVV: "CVV", "CVC", "security code" stay outside. Expiries and codes are labelled
  only where the agent or IVR asked for them or the caller named them.
* ADDRESS: a flat, unit or apartment before or after the number is inside, and so are the
  district and town said right after the street in the same breath ("..., Kimmage",
  "... lingard street erdington"); a town introduced separately ("that's in shrewsbury",
  "in truro", "it's outside of millbrook"), states and provinces are outside, and the
  postcode after the town is a span of its own.
* Keep spans: "the"/"on" before a date stay outside; weekdays and "tomorrow" are unlabelled;
  "an hour", "a week" and "half an hour" are durations; a rate said with a price ("a litre",
  "a month", "an hour", "a week", "a minute") is inside the price; a count covers the number
  only; an IVR's example date is a `date`.
* Dates of birth of children are drawn after 2005.

Run
---
    python3 data/redaction/make_dev42.py            # validate, print the counts, write dev42.jsonl
    python3 data/redaction/make_dev42.py --check    # validate and print the counts only

Output is identical on every run and under any PYTHONHASHSEED (one seeded generator, no set
or dict order reaches the output).
"""

import calendar
import json
import os
import re
import sys
import random

OUT_NAME = "dev42.jsonl"
CASE_PREFIX = "t38"

# ---------------------------------------------------------------------------
# seeded generator: every number in the set is drawn from this one stream,
# case by case, in the order the cases are listed below.
# ---------------------------------------------------------------------------

UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"
CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
ID_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.r.randint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def num(self, lo, hi):
        return self.r.randint(lo, hi)

    def pick(self, seq):
        return self.r.choice(list(seq))

    def letters(self, n, alphabet=ID_LETTERS):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def card(self, kind="visa"):
        if kind == "visa":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = "5" + str(self.r.randint(1, 5)) + self.digits(13)
        elif kind == "mc2":
            body = str(self.r.randint(2221, 2720)) + self.digits(11)
        elif kind == "amex":
            body = self.r.choice(["34", "37"]) + self.digits(12)
        elif kind == "disc":
            body = "6011" + self.digits(11)
        else:
            raise ValueError(kind)
        return body + luhn_digit(body)

    def cvv(self, n=3):
        return self.digits(n)

    def expiry(self):
        return self.r.randint(1, 12), self.r.randint(27, 32)

    def expired(self):
        return self.r.randint(1, 12), self.r.randint(24, 25)

    def ssn(self):
        area = self.r.randint(1, 665)
        return "%03d%02d%04d" % (area, self.r.randint(1, 99), self.r.randint(1, 9999))

    def sin(self):
        while True:
            body = str(self.r.randint(1, 6)) + self.digits(7)
            s = body + luhn_digit(body)
            if int(s[:3]) <= 665 and s[3:5] != "00" and s[5:] != "0000":
                return s

    def ni(self):
        return (self.r.choice(NI_FIRST) + self.r.choice(NI_SECOND) + self.digits(6)
                + self.r.choice("ABCD"))

    def pps(self, two=False):
        s = self.digits(7) + self.r.choice("ABCDEFGHJKLMNPRSTVW")
        if two:
            s += self.r.choice("AW")
        return s

    def phone_us(self, areas):
        return self.r.choice(list(areas)) + "55501" + self.digits(2)

    def phone_uk_mobile(self):
        return "07700900" + self.digits(3)

    def phone_uk_geo(self, area="0161"):
        if area == "020":
            return "02079460" + self.digits(3)
        if area == "0191":
            return "01914980" + self.digits(3)
        return area + "4960" + self.digits(3)

    def phone_ie(self):
        return "08" + self.r.choice("5679") + self.digits(7, first_nonzero=True)

    def phone_au(self, area=None):
        if area is None:
            return "0491570" + self.r.choice(["006", "156", "157", "158", "159", "110", "313", "737"])
        return area + "5550" + self.digits(4)

    def zip(self, prefix):
        return prefix + self.digits(5 - len(prefix))

    def uk_pc(self, outward):
        return outward + " " + str(self.r.randint(1, 9)) + self.letters(2, UK_INWARD)

    def eircode(self, routing):
        return routing + " " + self.r.choice("ACDEFHKNPRTVWXY") + "".join(
            self.r.choice(EIR_CHARS) for _ in range(3))

    def ca_pc(self, fsa):
        return fsa + " " + str(self.r.randint(0, 9)) + self.r.choice(CA_LETTERS) + str(self.r.randint(0, 9))

    def au_pc(self, lo, hi):
        return str(self.r.randint(lo, hi))

    def dob(self, lo=1941, hi=2005):
        y = self.r.randint(lo, hi)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, calendar.monthrange(y, m)[1])
        return d, m, y

    def day(self, lo=1, hi=28):
        return self.r.randint(lo, hi)

    def house(self, lo=1, hi=240):
        return self.r.randint(lo, hi)

    def money(self, lo, hi, pence=True):
        whole = self.r.randint(lo, hi)
        if not pence:
            return whole, 0
        return whole, self.r.choice([0, 0, 50, 99, 25, 75, 40, 10, 95, 60])

    def acct(self, shape):
        out = []
        for ch in shape:
            if ch == "D":
                out.append(str(self.r.randint(0, 9)))
            elif ch == "N":
                out.append(str(self.r.randint(1, 9)))
            elif ch == "L":
                out.append(self.r.choice(ID_LETTERS))
            else:
                out.append(ch)
        return "".join(out)

    def lookalike(self, n):
        s = str(self.r.randint(1, 9)) + self.digits(n - 1)
        if luhn_ok(s):
            s = s[:-1] + str((int(s[-1]) + 1) % 10)
        return s


# ---------------------------------------------------------------------------
# rendering helpers (a value's digits -> the words or digits a style writes)
# ---------------------------------------------------------------------------

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}


def sw(d, zero="oh", hom=None, at=None):
    """Spoken digit by digit. hom: digit -> word for every such digit;
    at: position -> word for single positions (the recogniser's homophones)."""
    out = []
    for i, ch in enumerate(d):
        if at and i in at:
            out.append(at[i])
        elif hom and ch in hom:
            out.append(hom[ch])
        elif ch == "0":
            out.append(zero)
        else:
            out.append(WORDS[int(ch)])
    return " ".join(out)


def sdbl(d, zero="oh"):
    """Digit by digit with 'double'/'triple' for repeats."""
    out = []
    i = 0
    while i < len(d):
        j = i
        while j < len(d) and d[j] == d[i]:
            j += 1
        run = j - i
        w = zero if d[i] == "0" else WORDS[int(d[i])]
        while run >= 3 and run != 4:
            out.append("triple " + w)
            run -= 3
        while run >= 2:
            out.append("double " + w)
            run -= 2
        if run == 1:
            out.append(w)
        i = j
    return " ".join(out)


def two(dd, zero="oh"):
    """Two digits said as one number: '41' forty one, '05' oh five, '00' double oh."""
    a, b = dd[0], dd[1]
    if a == "0":
        return (zero + " " + (zero if b == "0" else WORDS[int(b)])) if b != "0" else "double " + zero
    n = int(dd)
    if n < 20:
        return ONES[n]
    return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def spairs(d, zero="oh"):
    """Digits said in pairs ('forty one eleven'); an odd digit at the front alone."""
    out = []
    if len(d) % 2:
        out.append(zero if d[0] == "0" else WORDS[int(d[0])])
        d = d[1:]
    for i in range(0, len(d), 2):
        out.append(two(d[i:i + 2], zero))
    return " ".join(out)


SPLIT_TENS = {"forty": "for tee", "sixty": "six tee", "seventy": "seven tee", "eighty": "ate tee",
              "ninety": "nine tee"}


def asr_pairs(d, zero="oh"):
    """Digits in pairs as a recogniser mangles them: the first 40/60/70/80/90 split in two
    ('for tee two') and the last tens-and-unit pair merged with a hyphen ('fourty-two')."""
    words = spairs(d, zero).split()
    for i, w in enumerate(words):
        if w in SPLIT_TENS:
            words[i] = SPLIT_TENS[w]
            break
    for i in range(len(words) - 2, -1, -1):
        if words[i] in TENS_W[2:] and words[i + 1] in ONES[1:10]:
            words[i] = ("fourty" if words[i] == "forty" else words[i]) + "-" + words[i + 1]
            del words[i + 1]
            break
    return " ".join(words)


def n2w(n, and_=True):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        h = ONES[n // 100] + " hundred"
        r = n % 100
        return h if r == 0 else h + (" and " if and_ else " ") + n2w(r)
    t = n2w(n // 1000, and_) + " thousand"
    r = n % 1000
    if r == 0:
        return t
    return t + (" and " if (and_ and r < 100) else " ") + n2w(r, and_)


def yw(y):
    """A year in words: nineteen eighty four, two thousand and five, twenty twenty nine."""
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return n2w(hi) + " hundred"
    if lo < 10:
        return n2w(hi) + " oh " + ONES[lo]
    return n2w(hi) + " " + n2w(lo)


def ordw(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    t, u = divmod(n, 10)
    return TENS_W[t] + (" " + ORD[u] if u else "")


def ordt(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def grp(d, sizes, sep=" "):
    out = []
    i = 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


def cardt(c, sep=" "):
    """A card typed the way a transcript writes it: 4-4-4-4 or Amex 4-6-5."""
    return grp(c, [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4], sep)


def blocks(c):
    """A card's blocks (Amex 4/6/5, others 4/4/4/4)."""
    sizes = [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4]
    out = []
    i = 0
    for s in sizes:
        out.append(c[i:i + s])
        i += s
    return out


ASIN = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
        "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother",
        "n": "nancy", "p": "peter", "q": "queen", "r": "robert", "s": "sugar", "t": "tommy",
        "u": "uncle", "v": "victor", "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra"}


def say_id(s, zero="oh", dash=None, nato=False, asin=None):
    """An id with letters, spoken: letters one by one, digits as words.
    dash: word for '-' (None drops it); nato: letters by the phonetic alphabet;
    asin: letter -> word for 'x as in word' (True: every letter, from ASIN)."""
    if asin is True:
        asin = ASIN
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(zero if ch == "0" else WORDS[int(ch)])
        elif ch.isalpha():
            lo = ch.lower()
            if asin and lo in asin:
                out.append("%s as in %s" % (lo, asin[lo]))
            elif nato:
                out.append(NATO[lo])
            else:
                out.append(lo)
        elif ch in "-/":
            if dash:
                out.append(dash)
        # spaces dropped
    return " ".join(out)


def say_pc(pc, zero="oh", asin=None):
    return say_id(pc, zero=zero, asin=asin)


def mon(m):
    return MONTHS[m]


def mon_l(m):
    return MONTHS[m].lower()


def exp_t(e, sep="/"):
    return "%02d%s%02d" % (e[0], sep, e[1])


def money_t(m, cur="£"):
    whole, p = m
    if p:
        return "%s%s.%02d" % (cur, "{:,}".format(whole), p)
    return "%s%s" % (cur, "{:,}".format(whole))


def money_a(m, unit="pounds", sub="pence", short=True):
    """A price spoken: 'forty five pounds fifty' or 'forty five fifty'."""
    whole, p = m
    if not p:
        return "%s %s" % (n2w(whole), unit)
    if short:
        return "%s %s" % (n2w(whole), n2w(p))
    return "%s %s %s %s" % (n2w(whole), unit, n2w(p), sub)

# ---------------------------------------------------------------------------
# markup, spoken-number reader and checks
# ---------------------------------------------------------------------------

PII_TYPES = {"CARD": "CARD_NUMBER", "CVV": "CVV", "EXP": "EXPIRY", "SSN": "SSN", "PH": "PHONE",
             "EM": "EMAIL", "DOB": "DOB", "ADDR": "ADDRESS", "PC": "POSTCODE",
             "ACCT": "ACCOUNT_NUMBER", "NAME": "NAME"}
KEEP_KINDS = {"qty": "quantity", "time": "time", "price": "price", "flight": "flight_number",
              "date": "date", "year": "year", "dur": "duration", "pct": "percentage",
              "model": "model_number", "count": "count", "other": "other"}
ALL_PII = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
           "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
ALL_KEEP = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
            "percentage", "model_number", "count", "other"]
MINIMUMS = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35, "EMAIL": 25,
            "DOB": 20, "ADDRESS": 35, "POSTCODE": 35, "ACCOUNT_NUMBER": 45, "NAME": 200}
MIN_CASES = 80
MIN_UTTS = 1000
MIN_NO_PII = 400
MIN_KEEP = 280
MIN_IVR = 6
ASR_SHARE = (0.60, 0.70)

SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}

MARK = re.compile(r"\[\[([A-Z]+)(?:#([A-Za-z0-9]+)(!)?)?:(.+?)\]\]|\(\(([a-z]+):(.+?)\)\)")

UNIT = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "nil": 0, "one": 1, "won": 1, "two": 2,
        "to": 2, "too": 2, "three": 3, "tree": 3, "free": 3, "four": 4, "for": 4, "fore": 4,
        "five": 5, "six": 6, "sex": 6, "seven": 7, "eight": 8, "ate": 8, "nine": 9}
TEEN = {w: i for i, w in enumerate(ONES) if i >= 10}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fourty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
NUMWORDS = set(UNIT) | set(TEEN) | set(TENS) | {"hundred", "thousand", "double", "triple"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV.update({"alfa": "a", "whisky": "w", "xray": "x", "juliett": "j"})
SEPARATORS = {"dash", "hyphen", "slash", "stroke", "and", "of", "space"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir", "madam",
          "reverend", "rev", "father", "sister", "pastor", "prof", "professor"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "close",
                "crescent", "way", "court", "place", "parade", "terrace", "grove", "gardens",
                "row", "hill", "boulevard", "blvd", "square", "walk", "mews", "green", "rise",
                "view", "park", "circle", "highway", "trail", "path", "wynd", "brae", "quay",
                "vale", "drove", "lawn", "heights", "street's", "crossing", "pike", "loop",
                "parkway", "esplanade", "promenade", "cove", "meadows", "fold", "gate", "hollow",
                "ridge", "point", "glen", "chase", "end", "grange", "park", "yard", "ct", "dr",
                "ln", "pl", "cres", "tce", "hwy", "pde", "rue", "concession", "line", "sideroad",
                "avenida", "paddocks", "bank", "calle", "camino", "ffordd", "heol", "manor", "downs", "terr", "wharf", "pass", "run", "bend", "crest"}
MONTH_WORDS = {m.lower() for m in MONTHS if m} | {m.lower()[:3] for m in MONTHS if m} | {"sept"}


class CheckError(Exception):
    pass


def small_number(toks, i):
    """A number 0-99 said as one word or two ('forty one', 'for tee two'); (value, next)."""
    n = len(toks)
    t = toks[i]
    if t in UNIT:
        if i + 1 < n and toks[i + 1] in ("tee", "ty"):
            v = UNIT[t] * 10
            i += 2
            if i < n and toks[i] in UNIT and UNIT[toks[i]] and not (
                    i + 1 < n and toks[i + 1] in ("tee", "ty")):
                v += UNIT[toks[i]]
                i += 1
            return v, i
        return UNIT[t], i + 1
    if t in TEEN:
        return TEEN[t], i + 1
    if t in TENS:
        v = TENS[t] * 10
        i += 1
        if i < n and toks[i] in UNIT and UNIT[toks[i]] and not (
                i + 1 < n and toks[i + 1] in ("tee", "ty")):
            v += UNIT[toks[i]]
            i += 1
        return v, i
    return None


def number_phrase(toks, i):
    """A number phrase at i: digits string and next index, or None."""
    n = len(toks)
    t = toks[i]
    if t in ("double", "triple") and i + 1 < n and toks[i + 1] in UNIT:
        return str(UNIT[toks[i + 1]]) * (2 if t == "double" else 3), i + 2
    got = small_number(toks, i)
    if got is None:
        return None
    v, j = got
    if t in UNIT and UNIT[t] == 0 and not (j < n and toks[j] in ("hundred", "thousand")):
        return "0", j
    if j < n and toks[j] == "thousand":
        v *= 1000
        j += 1
        if j < n and toks[j] == "and":
            j += 1
        if j < n and (toks[j] in UNIT or toks[j] in TEEN or toks[j] in TENS):
            rest = small_number(toks, j)
            if rest is not None:
                r, j2 = rest
                if j2 < n and toks[j2] == "hundred":
                    r *= 100
                    j2 += 1
                    if j2 < n and toks[j2] == "and":
                        j2 += 1
                    more = small_number(toks, j2) if j2 < n else None
                    if more is not None:
                        r += more[0]
                        j2 = more[1]
                v += r
                j = j2
        return str(v), j
    if j < n and toks[j] == "hundred":
        v *= 100
        j += 1
        if j < n and toks[j] == "and":
            j += 1
        if j < n:
            more = small_number(toks, j)
            if more is not None and more[0] > 0:
                v += more[0]
                j = more[1]
        return str(v), j
    return str(v), j


def unstutter(text):
    """A word cut off and said again ('four- four', 'f- five') is said once."""
    text = re.sub(r"\b([A-Za-z]+)- (?=\1\b)", "", text)
    return re.sub(r"\b([A-Za-z]{1,3})- (?=\1)", "", text)


def norm(text):
    """A value's letters and digits as one string (spoken or typed), or None if a token
    is neither a digit word, a letter, a phonetic-alphabet word nor a separator."""
    text = re.sub(r"\b([Xx])-ray\b", r"\1ray", unstutter(text))
    raw = re.findall(r"[A-Za-z]+|\d+", text)
    toks = [t if t.isdigit() or (t.isupper() and t.isalpha()) else t.lower() for t in raw]
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t.isupper():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < n and len(toks[i + 1]) == 1 and toks[i + 1] != "o":
            out.append(toks[i + 1].upper() * (2 if t == "double" else 3))
            i += 2
            continue
        if len(t) == 1 and t != "o":
            if i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in":
                out.append(t.upper())
                i += 4
                continue
            out.append(t.upper())
            i += 1
            continue
        if t in NUMWORDS:
            got = number_phrase(toks, i)
            if got is None:
                return None
            out.append(got[0])
            i = got[1]
            continue
        if t in NATO_REV:
            out.append(NATO_REV[t].upper())
            i += 1
            continue
        if t in SEPARATORS:
            i += 1
            continue
        return None
    return "".join(out)


def loose_digits(text):
    """Digits of every number said or written in a stretch of text (other words skipped)."""
    raw = re.findall(r"[A-Za-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(raw):
        t = raw[i]
        if t.isdigit():
            out.append(t)
            i += 1
        elif t in NUMWORDS and t not in ("to", "too", "for", "fore", "won", "ate", "o"):
            got = number_phrase(raw, i)
            if got is None:
                i += 1
            else:
                out.append(got[0])
                i = got[1]
        else:
            i += 1
    return "".join(out)


def parse_case(lines):
    """Markup -> (utterances, pii, keep); offsets computed on the clean text."""
    utts, pii, keep = [], [], []
    auto = 0
    for ui, line in enumerate(lines):
        if line[1:3] != ": " or line[0] not in SPEAKERS:
            raise CheckError("bad speaker prefix: %r" % line[:20])
        spk = SPEAKERS[line[0]]
        src = line[3:]
        clean = []
        pos = 0
        last = 0
        for m in MARK.finditer(src):
            clean.append(src[last:m.start()])
            pos += m.start() - last
            if m.group(1):
                typ = m.group(1)
                if typ not in PII_TYPES:
                    raise CheckError("unknown pii type %s" % typ)
                txt = m.group(4)
                grp_label = m.group(2)
                if grp_label is None:
                    auto += 1
                    grp_label = "_auto%d" % auto
                pii.append({"utterance": ui, "start": pos, "end": pos + len(txt),
                            "type": PII_TYPES[typ], "label": grp_label,
                            "excluded": bool(m.group(3)), "text": txt})
            else:
                kind = m.group(5)
                if kind not in KEEP_KINDS:
                    raise CheckError("unknown keep kind %s" % kind)
                txt = m.group(6)
                keep.append({"utterance": ui, "start": pos, "end": pos + len(txt),
                             "kind": KEEP_KINDS[kind], "text": txt})
            clean.append(txt)
            pos += len(txt)
            last = m.end()
        clean.append(src[last:])
        text = "".join(clean)
        if "[[" in text or "]]" in text or "((" in text or "))" in text:
            raise CheckError("markup left in utterance %d: %r" % (ui, text))
        utts.append({"speaker": spk, "text": text})
    # groups renumbered g1, g2, ... in order of first appearance
    order = {}
    for p in pii:
        if p["label"] not in order:
            order[p["label"]] = "g%d" % (len(order) + 1)
        p["group"] = order[p["label"]]
    return utts, pii, keep


def word_edge_ok(text, s, e):
    if s > 0 and text[s - 1].isalnum() and text[s].isalnum():
        return False
    if e < len(text) and text[e].isalnum() and text[e - 1].isalnum():
        return False
    return True


def span_trim_ok(t):
    if not t or t != t.strip():
        return False
    first_ok = t[0].isalnum() or t[0] in "$£€"
    last_ok = t[-1].isalnum() or t[-1] == "%" or t.endswith("a.m.") or t.endswith("p.m.")
    return first_ok and last_ok


def phone_shape_ok(d):
    if not d.isdigit():
        return False
    if len(d) == 10:
        return d[0] != "1"
    if len(d) == 11:
        return d[0] in "01" or d.startswith("61")
    if len(d) == 12:
        return d.startswith("44") or d.startswith("353") or d.startswith("61")
    return False


def ssn_shape_ok(s):
    if re.fullmatch(r"\d{9}", s):
        return 1 <= int(s[:3]) <= 665 and s[3:5] != "00" and s[5:] != "0000"
    if re.fullmatch(r"\d{4}", s):
        return True
    if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return True
    if re.fullmatch(r"\d{7}[A-W][AW]?", s):
        return True
    return False


def postcode_ok(s):
    pats = [r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}",      # UK
            r"[A-Z]\d[\dW][A-Z\d]{4}",               # Eircode
            r"[A-Z]\d[A-Z]\d[A-Z]\d",                # Canada
            r"\d{5}", r"\d{9}",                      # ZIP, ZIP+4
            r"\d{4}"]                                # Australia
    return any(re.fullmatch(p, s) for p in pats)


def expiry_ok(t):
    words = set(re.findall(r"[a-z]+", t.lower()))
    if words & MONTH_WORDS:
        return bool(re.search(r"\d", t)) or bool(words & (NUMWORDS - {"to", "for", "won", "ate"}))
    d = norm(t)
    if d is None or not d.isdigit():
        return False
    if len(d) in (3, 5):
        m = int(d[0])
    elif len(d) in (4, 6):
        m = int(d[:2])
    else:
        return False
    return 1 <= m <= 12


def dob_ok(t):
    m = re.fullmatch(r"(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})", t)
    if m:
        parts = [int(x) for x in m.groups()]
        return (len(m.group(1)) == 4 or len(m.group(3)) in (2, 4)) and min(parts[:2] if len(m.group(1)) != 4 else parts[1:]) >= 1
    words = set(re.findall(r"[a-z]+", t.lower()))
    if words & MONTH_WORDS:
        return True
    d = norm(t)
    return d is not None and d.isdigit() and len(d) in (6, 8)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


def email_key(t):
    t = t.lower()
    t = re.sub(r"\s+at\s+", "@", " " + t + " ")
    t = re.sub(r"\s+dot\s+", ".", t)
    t = re.sub(r"\s+underscore\s+", "_", t)
    t = re.sub(r"\s+(dash|hyphen)\s+", "-", t)
    return re.sub(r"\s+", "", t)


def street_key(t):
    """The street of an address ('seaview parade', 'calle del sol', 'concession 6')."""
    toks = re.findall(r"[a-z']+|\d+", t.lower())
    for i, w in enumerate(toks):
        if w in STREET_WORDS and i > 0:
            j = i - 1
            names = []
            while j >= 0 and not toks[j].isdigit() and toks[j] not in NUMWORDS \
                    and toks[j] not in ("flat", "unit", "apartment", "apt", "suite"):
                names.insert(0, toks[j])
                j -= 1
            if names:
                return " ".join(names + [w])
            if i + 1 < len(toks):      # the street word comes first: 'calle del sol'
                return " ".join([w] + toks[i + 1:i + 3])
    return None


def has_street_word(t):
    toks = re.findall(r"[a-z']+", t.lower())
    return any(w in STREET_WORDS for w in toks)


def address_start_ok(t):
    toks = re.findall(r"[A-Za-z']+|\d+", t)
    if not toks:
        return False
    first = toks[0]
    if first.isdigit() or first.lower() in NUMWORDS:
        return True
    if first.lower() in ("flat", "unit", "apartment", "apt", "suite") and len(toks) > 1:
        return toks[1].isdigit() or toks[1].lower() in NUMWORDS or len(toks[1]) == 1
    return False


def outside_text(text, spans, types=None):
    """The text with the given spans blanked out."""
    chars = list(text)
    for sp in spans:
        for k in range(sp["start"], sp["end"]):
            chars[k] = " "
    return "".join(chars)


def check_case(cid, style, utts, pii, keep, errs):
    def err(msg):
        errs.append("%s: %s" % (cid, msg))

    if style not in ("asr", "transcript"):
        err("bad style")
    for ui, u in enumerate(utts):
        t = u["text"]
        if not t or t != t.strip() or "  " in t:
            err("utt %d: empty or stray spaces" % ui)
        if style == "asr":
            if re.search(r"[A-Z.,;:!?\"@$£€%/()]", t):
                err("utt %d: capitals or punctuation in asr: %r" % (ui, t))
        else:
            if not re.search(r"[A-Z]", t) and not re.search(r"[.,?!]", t):
                err("utt %d: transcript without capitals or punctuation: %r" % (ui, t))
    spans_by_utt = {}
    for sp in pii + keep:
        ui = sp["utterance"]
        t = utts[ui]["text"]
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(t)) or t[s:e] != sp["text"]:
            err("span outside text: %r" % sp["text"])
            continue
        if not span_trim_ok(sp["text"]):
            err("utt %d: span with edge space/punctuation: %r" % (ui, sp["text"]))
        if not word_edge_ok(t, s, e):
            err("utt %d: span starts/ends inside a word: %r" % (ui, sp["text"]))
        spans_by_utt.setdefault(ui, []).append(sp)
    for ui, sps in spans_by_utt.items():
        sps = sorted(sps, key=lambda x: x["start"])
        for a, b in zip(sps, sps[1:]):
            if b["start"] < a["end"]:
                err("utt %d: overlapping spans %r / %r" % (ui, a["text"], b["text"]))
    # every digit inside a span; no run of four digit words outside
    for ui, u in enumerate(utts):
        t = u["text"]
        sps = spans_by_utt.get(ui, [])
        out = outside_text(t, sps)
        if re.search(r"\d", out):
            err("utt %d: digit outside spans: %r" % (ui, t))
        marked = list(t)
        for sp in sps:
            for k in range(sp["start"], sp["end"]):
                marked[k] = "\x00"
        masked = re.sub("\x00+", " SPAN ", "".join(marked))
        toks = re.findall(r"[A-Za-z]+|SPAN", masked)
        run = 0
        for w in toks:
            if w != "SPAN" and w.lower() in NUMWORDS:
                run += 1
                if run >= 4:
                    err("utt %d: four digit words outside spans: %r" % (ui, t))
                    break
            else:
                run = 0
    # per-span value checks
    for sp in pii:
        typ, txt = sp["type"], sp["text"]
        if typ in ("CARD_NUMBER", "CVV", "PHONE"):
            d = norm(txt)
            if d is None or not d.isdigit():
                err("%s span not all digits: %r" % (typ, txt))
        elif typ == "NAME":
            if re.search(r"\d", txt):
                err("NAME with digit: %r" % txt)
            if set(re.findall(r"[a-z]+", txt.lower())) & TITLES:
                err("NAME with title: %r" % txt)
        elif typ == "EMAIL":
            if style == "asr":
                if "@" in txt or not re.search(r"\bat\b", txt) or not re.search(r"\bdot\b", txt):
                    err("spoken e-mail not '... at ... dot ...': %r" % txt)
            elif not EMAIL_RE.fullmatch(txt):
                err("typed e-mail not an address: %r" % txt)
        elif typ == "EXPIRY":
            if not expiry_ok(txt):
                err("EXPIRY without a valid month: %r" % txt)
        elif typ == "DOB":
            if not dob_ok(txt):
                err("DOB not a date: %r" % txt)
        elif typ == "ACCOUNT_NUMBER":
            a = norm(txt)
            if a is None or not re.search(r"\d", a):
                err("ACCOUNT_NUMBER not letters and digits: %r" % txt)
        elif typ == "SSN":
            a = norm(txt)
            if a is None:
                err("SSN not letters and digits: %r" % txt)
        elif typ == "POSTCODE":
            if norm(txt) is None:
                err("POSTCODE not letters and digits: %r" % txt)
    # per-group value checks
    groups = {}
    for sp in pii:
        groups.setdefault(sp["group"], []).append(sp)
    for g, sps in groups.items():
        types = {sp["type"] for sp in sps}
        if len(types) != 1:
            err("group %s mixes types" % g)
            continue
        typ = types.pop()
        ordered = sorted(sps, key=lambda x: (x["utterance"], x["start"]))
        for a, b in zip(ordered, ordered[1:]):
            if a["utterance"] == b["utterance"] and not utts[a["utterance"]]["text"][a["end"]:b["start"]].strip():
                err("group %s: two pieces with only a space between: %r %r" % (g, a["text"], b["text"]))
        main = [sp for sp in sps if not sp["excluded"]]
        if not main:
            # a value given up before it was complete (a card withdrawn half-way)
            continue
        joined = "".join(norm(sp["text"]) or "?" for sp in main)
        joined_text = " ".join(sp["text"] for sp in main)
        if typ == "CARD_NUMBER":
            if not (joined.isdigit() and len(joined) in (15, 16, 4) and (len(joined) == 4 or luhn_ok(joined))):
                err("card group %s: %s (%d digits) fails" % (g, joined, len(joined)))
            if len(joined) == 4 and len(main) > 1:
                err("card last four in pieces %s" % g)
        elif typ == "CVV":
            if not (joined.isdigit() and len(joined) in (3, 4)):
                err("CVV group %s: %s" % (g, joined))
        elif typ == "PHONE":
            if not phone_shape_ok(joined):
                err("phone group %s: %s" % (g, joined))
        elif typ == "SSN":
            if not ssn_shape_ok(joined):
                err("SSN group %s: %s" % (g, joined))
        elif typ == "POSTCODE":
            if not postcode_ok(joined):
                err("postcode group %s: %s" % (g, joined))
        elif typ == "EXPIRY":
            if not expiry_ok(joined_text):
                err("expiry group %s: %r" % (g, joined_text))
        elif typ == "ADDRESS":
            if not address_start_ok(main[0]["text"]):
                err("address does not start with a number: %r" % main[0]["text"])
            if not has_street_word(joined_text):
                err("address without a street word: %r" % joined_text)
        elif typ == "EMAIL" and len(main) > 1:
            if style == "asr" and not (" at " in joined_text and " dot " in joined_text):
                err("e-mail group %s not an address" % g)
    # look-alikes
    for kp in keep:
        kd = loose_digits(kp["text"])
        if 13 <= len(kd) <= 19 and luhn_ok(kd):
            err("look-alike passes Luhn: %r" % kp["text"])
        for sp in pii:
            if sp["utterance"] != kp["utterance"]:
                continue
            pd = norm(sp["text"]) or ""
            pd = re.sub(r"\D", "", pd)
            if len(pd) >= 3 and pd in kd:
                err("look-alike %r holds digits of pii %r" % (kp["text"], sp["text"]))
            elif len(kd) >= 4 and kd in pd:
                err("look-alike %r is inside pii %r" % (kp["text"], sp["text"]))
    # a name word labelled once is labelled everywhere in the case
    name_words = set()
    for sp in pii:
        if sp["type"] == "NAME":
            ws = re.findall(r"[a-z]+(?:'[a-z]+)*", sp["text"].lower())
            k = 0
            while k < len(ws):
                if ws[k] == "as" and k + 2 < len(ws) and ws[k + 1] == "in":
                    k += 3          # "t as in tango": the example word is no name word
                    continue
                if len(ws[k]) > 1:
                    name_words.add(ws[k])
                k += 1
    for ui, u in enumerate(utts):
        sps = [sp for sp in pii if sp["utterance"] == ui]
        out = outside_text(u["text"], sps).lower()
        for w in re.findall(r"[a-z]+(?:'[a-z]+)*", out):
            if w in name_words:
                err("utt %d: name word %r left unlabelled" % (ui, w))


def masked_key(u, spans):
    t = u["text"]
    chars = list(t)
    for sp in sorted(spans, key=lambda x: -x["start"]):
        chars[sp["start"]:sp["end"]] = list("\x00")
    t = "".join(chars).replace("\x00", " X ")
    return " ".join(re.findall(r"[a-z0-9']+", t.lower()))


# ---------------------------------------------------------------------------
# the conversations, in case order (each draws its numbers from g as it goes)
# ---------------------------------------------------------------------------

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


HOMO = {"1": "won", "2": "to", "3": "tree", "4": "for", "6": "sex", "8": "ate"}


def hom(d, which, three="tree", zero="oh"):
    """Digits spoken with the recogniser's homophones for the digits in `which`."""
    table = {k: HOMO[k] for k in which}
    if "3" in table:
        table["3"] = three
    return sw(d, zero=zero, hom=table)


def p2(n):
    return "%02d" % n


@case
def court_fine_letter(g):
    acct = g.acct("NDDDDDDDL")
    pc = g.uk_pc("LS6")
    amt = g.money(180, 420, pence=False)
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    rec = g.lookalike(8)
    return "asr", [
        "A: fines payment line you're speaking to [[NAME:kerry]] how can i help you today",
        "C: oh hello love yes i've had a letter about a fine and it says i can pay it over the telephone",
        "A: that's right i can take that for you have you got the letter there in front of you",
        "C: i have it's here somewhere hang on i've got my glasses on now",
        "A: no rush at all there's an account number near the top on the right hand side",
        "C: account number right it says [[ACCT:%s]] is that the one" % say_id(acct),
        "A: that's the one and can i take your name",
        "C: it's [[NAME:albert finch]] that's [[NAME:f i n c h]] like the little bird",
        "A: thank you mister [[NAME:finch]] and the postcode on the letter",
        "C: [[PC:%s]]" % say_pc(pc),
        "A: lovely that all matches the balance i'm showing is ((price:%s pounds))" % n2w(amt[0]),
        "C: that's what it says on here yes i'd like to clear the lot if i can",
        "A: of course we'll do the card in small bits so just the first four numbers for now",
        "C: [[CARD#a:%s]]" % sw(b[0]),
        "A: and the next four",
        "C: [[CARD#a!:%s]] oh no that's the first lot again i've lost my place" % sw(b[0]),
        "A: that's alright take your time it's the second group along",
        "C: [[CARD#a:%s]]" % sw(b[1]),
        "A: got that and the third group",
        "C: [[CARD#a:%s]]" % sw(b[2]),
        "A: and the very last four",
        "C: [[CARD#a:%s]]" % sw(b[3]),
        "A: thank you now the expiry date it's on the front underneath the long number",
        "C: it says valid thru [[EXP:%s %s]]" % (sw(p2(e[0])), two(p2(e[1]))),
        "A: and the three digit code on the back by the signature strip",
        "C: the little ones [[CVV:%s]] is it" % sw(cv),
        "A: that's it i'll put that through now for you",
        "A: that's gone through fine and your receipt number is ((other:%s))" % sw(rec),
        "C: would you say that again slowly i want to write it on the letter",
        "A: course it's ((other:%s))" % sw(rec),
        "C: thank you dear you've been very patient with me",
        "A: not at all mister [[NAME:finch]] you have a lovely afternoon",
    ]


@case
def inmate_phone_account(g):
    inmate = g.acct("NDDDDDD")
    c = g.card("visa")
    e = g.expiry()
    e_wrong = (e[0], e[1] - 1)
    cv = g.cvv()
    ph = g.phone_us(["313", "248", "734"])
    z = g.zip("482")
    dep = g.money(20, 60, pence=False)
    fee = g.money(2, 4)
    lim = g.pick([100, 150, 200])
    return "transcript", [
        "A: Thank you for calling Lakeshore Inmate Connect, this is [[NAME:Darnell]]. Who am I speaking with?",
        "C: Hi, this is [[NAME:Rosalind Tate]]. I'm trying to put money on my son's phone account and the website keeps logging me out.",
        "A: I'm sorry about that, Ms. [[NAME:Tate]]. I can do it with you over the phone. Do you have his inmate ID?",
        "C: It's on the paper they gave me at visiting. Hold on. [[ACCT:%s]]." % inmate,
        "A: Thank you. And the inmate's name?",
        "C: [[NAME:Marcus Tate]]. [[NAME:Marcus]] with a C.",
        "A: I've got him. Is the account you're funding registered to your phone number?",
        "C: It should be. [[PH:%s]]." % grp(ph, [3, 3], "-"),
        "A: Yes, that matches. How much would you like to add today?",
        "C: ((price:%s)), if that's the most I can do." % money_t(dep, "$"),
        "A: You can do up to ((price:$%d)), but ((price:%s)) is fine. There's a ((price:%s)) processing fee on top." % (lim, money_t(dep, "$"), money_t(fee, "$")),
        "C: Okay. That's fine.",
        "A: Go ahead with the card number when you're ready.",
        "C: [[CARD#a:%s]]." % cardt(c),
        "A: And the expiration?",
        "C: [[EXP#x:%s]]. No, wait, that's my old card. It's [[EXP#y:%s]]." % (exp_t(e_wrong), exp_t(e)),
        "A: [[EXP:%s]], got it. And the security code on the back?" % exp_t(e),
        "C: [[CVV:%s]]." % cv,
        "A: And the billing ZIP code?",
        "C: [[PC:%s]]." % z,
        "A: Thank you. That's approved. Each call he makes is up to ((dur:15 minutes)), so that should last him a while.",
        "C: He calls me every Sunday. Will he know the money's there?",
        "A: It shows on his account within ((dur:an hour)), usually sooner.",
        "C: Okay. Thank you, [[NAME:Darnell]]. You've been a big help.",
    ]


@case
def heating_oil_polish(g):
    acct = g.acct("NDDDDDD")
    eir = g.eircode("R95")
    ppl = g.num(95, 125)
    day = g.day(8, 27)
    c = g.card("mc")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    litres = g.pick([500, 700, 900, 1000])
    total = litres * ppl // 100
    return "asr", [
        "A: good morning [[NAME:siobhan]] speaking at the fuels office how can i help",
        "C: yes hello i want to order the oil for my house please the tank is almost finish",
        "A: no problem have you ordered from us before",
        "C: yes yes last winter the account number is [[ACCT:%s]]" % hom(acct, "248"),
        "A: sorry the line's gone a bit faint there can you give me that once more",
        "C: [[ACCT:%s]]" % sw(acct),
        "A: thank you and am i speaking to [[NAME:tomasz nowak]]",
        "C: yes is me [[NAME:tomasz]]",
        "A: and can you confirm the eircode for the delivery",
        "C: [[PC:%s]]" % say_pc(eir),
        "A: lovely how much would you like this time",
        f"C: ((qty:{n2w(litres)} litres)) please the same like last time",
        "A: the price today is ((price:%s cent a litre))" % n2w(ppl),
        "C: okay is fine",
        "A: the earliest we can get out to you is the ((date:%s))" % ordw(day),
        "C: good i am at work but the tank is at the side of the house you can go there",
        "A: perfect the driver doesn't need you home and how would you like to pay",
        "C: with card the mastercard",
        "A: okay go ahead with the long number on the front",
        "C: [[CARD#a:%s]] wait [[CARD#a:%s]]" % (hom(b[0] + b[1], "248"), hom(b[2] + b[3], "36")),
        "A: i'll read that back to make sure i have it [[CARD:%s]]" % sw(c),
        "C: yes correct",
        "A: and the expiry date",
        "C: [[EXP:%s]]" % hom(p2(e[0]) + p2(e[1]), "28"),
        "A: and the three numbers on the back",
        "C: [[CVV:%s]]" % hom(cv, "3", three="free"),
        "A: thank you that comes to ((price:%s euro)) all in" % n2w(total),
        "C: okay",
        "A: all done mister [[NAME:nowak]] you'll get a text the evening before",
        "C: thank you very much bye bye",
    ]


@case
def blood_donor_terse(g):
    donor = g.acct("LDDDDDDDDD")
    d = g.dob(1960, 2002)
    day = g.day(10, 27)
    return "asr", [
        "A: donor line [[NAME:priya]] speaking",
        "C: yeah need to move my appointment donor number [[ACCT:%s]]" % say_id(donor),
        "A: date of birth",
        "C: [[DOB:%s]]" % sw(p2(d[0]) + p2(d[1]) + p2(d[2] % 100)),
        "A: thanks you're down for ((time:ten forty)) tomorrow what would suit instead",
        "C: anything after ((time:five)) next week",
        "A: i've got the ((date:%s)) at ((time:five fifteen))" % ordw(day),
        "C: that's fine",
        "A: done we'll text you",
        "C: cheers",
    ]


@case
def solicitors_client_account(g):
    matter = g.acct("LL-DDDDD")
    sort = g.acct("DD-DD-DD")
    acc = g.acct("NDDDDDDD")
    acc_wrong = acc[:3] + acc[4] + acc[3] + acc[5:]
    if acc_wrong == acc:
        acc_wrong = acc[:6] + str((int(acc[6]) + 1) % 10) + acc[7]
    dep = g.money(18000, 46000, pence=False)
    chaps = g.money(25, 40, pence=False)
    day = g.day(3, 28)
    dep_pct = g.pick([5, 10])
    return "transcript", [
        "A: Good afternoon, conveyancing team, [[NAME:Bethany]] speaking.",
        "C: Hi [[NAME:Bethany]], it's [[NAME:Callum Ogunleye]]. You're handling my purchase. I wanted to check your bank details before I send the deposit.",
        "A: That's very sensible, Mr [[NAME:Ogunleye]]. Could you give me your matter reference first?",
        "C: It's on the client care letter. [[ACCT:%s]]." % matter,
        "A: Thank you. And what details do you have for our client account?" ,
        "C: I'm reading off the completion statement. Sort code [[ACCT:%s]]." % sort,
        "A: Yes.",
        "C: Account number [[ACCT:%s]]. Hang on, I've swapped two numbers. [[ACCT:%s]]." % (acc_wrong, acc),
        "A: The second one is right. So that's sort code [[ACCT:%s]], account [[ACCT:%s]]." % (sort, acc),
        "C: Good. An email came yesterday saying your bank had changed, which is why I rang.",
        "A: Please don't use anything from that email. Our details never change by email, and we'd always ring you first.",
        "C: I thought it looked odd. I'll forward it to you.",
        "A: Thank you. How much are you sending?",
        "C: The ((pct:%d%%)) deposit, so ((price:%s))." % (dep_pct, money_t(dep)),
        "A: That matches our figure. Your bank may charge a CHAPS fee of around ((price:%s))." % money_t(chaps),
        "C: That's fine. Is completion still the ((date:%s))?" % ordt(day),
        "A: It is, as long as the funds reach us ((dur:24 hours)) before.",
        "C: Great. I'll send it this afternoon.",
        "A: Call us when it's gone and I'll confirm it has landed.",
    ]


@case
def work_permit_extension(g):
    uci = g.acct("NDDDDDDD")
    d = g.dob(1985, 2001)
    ph = g.phone_us(["416", "647"])
    yy = g.num(10, 99)
    fee = g.money(120, 180, pence=False)
    fl = g.num(100, 999)
    day = g.day(3, 26)
    sin = g.sin()
    return "asr", [
        "A: maple gate immigration advisory good afternoon this is [[NAME:farah]]",
        "C: hello yes i call about my work permit it will finish soon and i need some help for extension",
        "A: of course i can book you in with one of our consultants can i get your name first",
        "C: my name is [[NAME:linh]] family name [[NAME:tran]] [[NAME:t as in tango r a n]]",
        "A: thank you [[NAME:linh]] do you have your u c i number it's printed on the permit",
        f"C: yes it is [[ACCT:{hom(uci, '1248')}]]",
        "A: i'm not sure i caught all of that was it eight digits",
        f"C: yes ((count:eight)) i say slow [[ACCT#u2:{sw(uci[:4])}]] and [[ACCT#u2:{sw(uci[4:])}]]",
        "A: perfect thank you and your date of birth",
        f"C: [[DOB:{ordw(d[0])} {mon_l(d[1])} {yw(d[2])}]]",
        "A: and a phone number where the consultant can call you back",
        f"C: [[PH:{hom(ph, '248')}]]",
        f"A: let me repeat that [[PH:{sw(ph[:3])} {sw(ph[3:6])} {sw(ph[6:])}]]",
        "C: yes is correct",
        "A: and an email address for the booking confirmation",
        f"C: [[EM:linh dot tran {n2w(yy)} at gmail dot com]]",
        "A: was that [[NAME:linh]] with an h on the end",
        "C: yes with h",
        f"A: lovely the consultation fee is ((price:{n2w(fee[0])} dollars)) and the first opening is the ((date:{ordw(day)})) in the morning",
        f"C: okay is fine and one more question my wife she comes on ((flight:a c {sw(str(fl))})) next month can she also work",
        "A: that's a separate application but the consultant can go through it with you both",
        "A: for the file i'll also need your social insurance number",
        f"C: [[SSN:{hom(sin, '36')}]]",
        "A: thank you you're all booked [[NAME:linh]] the email should arrive in ((dur:ten minutes)) or so",
        "C: thank you so much have a nice day",
    ]


@case
def pawn_renewal_restart(g):
    ticket = g.acct("DDDDDD")
    loan = g.money(150, 600, pence=False)
    c = g.card("disc")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    mo = g.num(1, 12)
    dd = g.day()
    rate = g.pick([15, 20, 25])
    interest = loan[0] * rate // 100
    return "asr", [
        "A: gold star pawn and loan this is [[NAME:rico]]",
        "C: hey [[NAME:rico]] it's [[NAME:dwayne]] i got a loan on my chain that's coming due and i can't get down there this week",
        "A: no problem we can extend it over the phone you got the ticket handy",
        f"C: yeah hold on it's [[ACCT:{asr_pairs(ticket)}]]",
        f"A: okay i see the ((qty:fourteen karat)) rope chain loan was ((price:{n2w(loan[0])} dollars))",
        "C: yeah that's the one",
        f"A: to push it out another ((dur:thirty days)) you just pay the interest that's ((pct:{n2w(rate)} percent)) so ((price:{n2w(interest)} bucks))",
        "C: alright let's do it i got my discover",
        "A: go ahead whenever",
        f"C: [[CARD#a!:{sw(b[0])} {sw(b[1][:2])}]] wait that's not hold on let me start over",
        "A: sure from the top",
        f"C: [[CARD#a:{sw(b[0])} {sw(b[1])}]] um [[CARD#a:{sw(b[2])} {sw(b[3])}]]",
        f"A: got it just the last four back to you [[CARD:{sw(b[3])}]]",
        "C: yep",
        "A: expiration date",
        f"C: [[EXP:{two(p2(e[0]))} {two(p2(e[1]))}]]",
        "A: and the code on the back",
        f"C: [[CVV:{sw(cv)}]]",
        f"A: all set your new due date is ((date:{mon_l(mo)} {ordw(dd)}))",
        "C: cool and when i pick it up i just bring the ticket",
        "A: the ticket your id and the balance and you're good",
        "C: appreciate it man",
    ]


@case
def chimney_sweep_booking(g):
    h = g.house(2, 90)
    pc = g.uk_pc("HX7")
    ph = g.phone_uk_mobile()
    price = g.money(80, 110, pence=False)
    return "transcript", [
        "A: Morning, sweeps' office, [[NAME:Gwen]] speaking.",
        "C: Hi, I'd like to book a sweep before the cold weather. We've got ((count:two)) chimneys, one with a wood burner.",
        "A: Lovely. What's the address?",
        f"C: [[ADDR:{h} Bracken Hollow, Hebden Bridge]].",
        "A: And the postcode?",
        f"C: [[PC:{pc}]].",
        "A: Thanks. Name for the booking?",
        "C: [[NAME:Ines Achterberg]].",
        "A: Could you spell the surname for me?",
        "C: [[NAME:A-C-H-T-E-R-B-E-R-G]].",
        "A: We've got Tuesday at ((time:8am)) or Friday at ((time:1pm)).",
        "C: Tuesday at ((time:8)) works, I'm up early anyway.",
        f"A: ((count:Two)) flues comes to ((price:£{price[0]})), and you'll get a certificate for your insurance.",
        "C: Great. Do you need a number?",
        "A: Yes please, a mobile if you have one.",
        f"C: [[PH:{grp(ph, [5])}]].",
        "A: You're booked in. He'll ring about ((dur:half an hour)) before he arrives.",
        "C: Perfect, thanks.",
    ]


@case
def fishing_licence_ivr(g):
    card_no = g.acct("NDDDDDDDDDDDDDD")
    price = g.money(25, 40)
    c = g.card("visa")
    b = blocks(c)
    wrong4 = b[3][:2] + str((int(b[3][2]) + 3) % 10) + b[3][3]
    e = g.expiry()
    cv = g.cvv()
    conf = g.lookalike(10)
    return "asr", [
        "I: welcome to the outdoors card and licence line please say your outdoors card number",
        f"C: [[ACCT:{sw(card_no, zero='zero')}]]",
        f"I: i heard [[ACCT:{sw(card_no, zero='zero')}]] is that right",
        "C: yes",
        "I: which licence would you like to buy say sport fishing or conservation fishing",
        "C: sport fishing",
        f"I: a one year sport fishing licence is ((price:{n2w(price[0])} dollars and {n2w(price[1]) if price[1] else 'zero'} cents)) say yes to continue",
        "C: yes",
        "I: please say your credit card number",
        f"C: [[CARD#a:{sw(b[0])} {sw(b[1])}]]",
        "I: please continue",
        f"C: [[CARD#a:{sw(b[2])} {sw(b[3])}]]",
        f"I: you said a card ending in [[CARD:{sw(wrong4)}]] is that correct",
        "C: no",
        "I: sorry about that let's try again please say the whole card number",
        f"C: [[CARD:{sw(c)}]]",
        f"I: card ending in [[CARD:{sw(b[3])}]] is that correct",
        "C: yes",
        "I: please say the expiry date as four digits month and year",
        f"C: [[EXP:{sw(p2(e[0]) + p2(e[1]), zero='zero')}]]",
        "I: and the three digit security code on the back of the card",
        f"C: [[CVV:{sw(cv, zero='zero')}]]",
        "I: thank you please hold while we process your payment",
        f"I: your payment was approved your confirmation number is ((other:{sw(conf, zero='zero')})) goodbye",
    ]


@case
def dna_kit_grandmother(g):
    kit = g.acct("LL-DDDD-DDDD")
    pos = [i for i, ch in enumerate(kit) if ch.isdigit()][g.num(0, 7)]
    wrong = kit[:pos] + str((int(kit[pos]) + 5) % 10) + kit[pos + 1:]
    d = g.dob(1941, 1950)
    nn = g.num(10, 99)
    share = g.num(12, 41)
    return "transcript", [
        "A: Thanks for calling Rootline DNA, this is [[NAME:Kenji]]. How can I help?",
        "C: Hello, dear. My granddaughter gave me one of your spit kits for my birthday and I can't get it registered on the computer.",
        "A: Happy birthday! I can register it for you right now. There's a barcode number on a sticker on the side of the tube.",
        f"C: Let me find my magnifier. It says [[ACCT:{wrong}]]. Oh, no, the ink's smudged, I read one wrong. [[ACCT:{kit}]].",
        f"A: [[ACCT:{kit}]], and that one's valid. Could I get your full name?",
        "C: [[NAME:Evelyn Marchetti]].",
        "A: And your date of birth, Mrs [[NAME:Marchetti]]?",
        f"C: [[DOB:{mon(d[1])} {d[0]}, {d[2]}]]. I'm not shy about it.",
        "A: Nor should you be. What email address should the results go to?",
        f"C: My granddaughter set one up for me. It's [[EM:evie.marchetti{nn}@outlook.com]].",
        f"A: Let me read that back: [[EM:evie.marchetti{nn}@outlook.com]].",
        "C: That's right, dear.",
        "A: You're all set. Once the lab receives the tube, results take about ((dur:6 to 8 weeks)).",
        f"C: My granddaughter's said she was ((pct:{share}%)) Irish, and she's been insufferable about it.",
        "A: Then you'll find out soon where she got it from. Anything else I can help with?",
        "C: No, that's everything. Thank you, [[NAME:Kenji]].",
    ]


@case
def learner_lessons_husband_card(g):
    permit = g.acct("DDDDDDDD")
    c = g.card("mc")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    ph = g.phone_au()
    price = g.money(600, 720, pence=False)
    day = g.day(2, 28)
    return "asr", [
        "A: you've called the learner driving school [[NAME:brooke]] speaking",
        "C: hi [[NAME:brooke]] i'm ringing to pay for my daughter's lessons she's got her test in a couple of months",
        "A: lovely what's your daughter's name",
        "C: [[NAME:matilda kowalczyk]] that's [[NAME:k o w a l c z y k]]",
        "A: yep i've got [[NAME:matilda]] here can you confirm her learner permit number for me",
        f"C: hang on it's in her wallet [[ACCT:{sw(permit)}]]",
        "A: thank you and you're after the pack of ((count:ten))",
        "C: yeah the ((count:ten)) pack she's hopeless at reverse parking",
        f"A: that's ((price:{n2w(price[0], and_=False)} dollars)) and each lesson is ((dur:sixty minutes))",
        "C: okay my husband's got the card i'll put him on speaker and he'll read it out",
        f"C: yeah g'day it's [[NAME:grant]] the number is [[CARD#a:{sw(b[0])} {sw(b[1])}]] hold on the light's rubbish in here [[CARD#a:{sw(b[2])} {sw(b[3])}]]",
        "A: thanks [[NAME:grant]] and the expiry",
        f"C: [[EXP:{two(p2(e[0]))} slash {two(p2(e[1]))}]]",
        "A: and the three digit code on the back",
        f"C: [[CVV:{sw(cv)}]]",
        "A: beauty that's gone through what's the best mobile to text the lesson times to",
        f"C: use mine it's [[PH:{sw(ph[:4])} {sw(ph[4:7])} {sw(ph[7:])}]]",
        f"A: i'll read it back [[PH:{sw(ph)}]]",
        "C: yep that's it",
        f"A: great [[NAME:matilda]]'s first lesson is the ((date:{ordw(day)})) at ((time:four thirty)) after school",
        "C: perfect thanks so much",
    ]


@case
def septic_rural_pump(g):
    h = g.house(1200, 9800)
    road = g.num(3, 40)
    z = g.zip("54")
    price = g.num(325, 450)
    c = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    ph = g.phone_us(["715", "920"])
    gal = g.pick([750, 1000, 1500])
    return "asr", [
        "A: clearwater septic [[NAME:hank]] speaking",
        "C: yeah hi we need the tank pumped it's backing up into the basement",
        "A: oh no okay what's the address out there",
        f"C: [[ADDR:{n2w(h // 100)} {two(p2(h % 100))} county road {n2w(road)}]]",
        "A: and that's what town",
        "C: it's outside of millbrook past the feed store",
        "A: and the zip",
        f"C: [[PC:{sw(z)}]]",
        "A: you know how big the tank is",
        f"C: it's ((qty:{n2w(gal, and_=False)} gallons)) i think that's what the inspection said",
        f"A: okay pumping's ((price:{n2w(price, and_=False)} dollars)) for up to that size we can be out tomorrow between ((time:eight)) and noon",
        "C: tomorrow's fine my boy [[NAME:hunter]] will be home",
        "A: i need a card to hold the appointment",
        f"C: [[CARD:{sw(c)}]]",
        "A: expiration",
        f"C: [[EXP:{n2w(e[0])} {two(p2(e[1]))}]]",
        "A: and the three on the back",
        f"C: [[CVV:{sw(cv)}]]",
        "A: last thing a phone number for the driver when he's on his way",
        f"C: [[PH:{sw(ph[:3])} {sw(ph[3:6])} {sdbl(ph[6:])}]]",
        "A: you're set and keep the lid area clear if you can",
    ]


@case
def property_tribunal_fee(g):
    ref = g.acct("LLL/NDLL/LSC/DDDD")
    fee = g.money(100, 200, pence=False)
    c = g.card("mc")
    e = g.expiry()
    cv = g.cvv()
    mo = g.num(1, 12)
    dd = g.day()
    return "transcript", [
        "A: Tribunal fees line, you're speaking with [[NAME:Owain]]. How can I help?",
        "C: Hello. I've had a notice saying I need to pay a hearing fee for my service charge case, and I'm worried I've missed the deadline.",
        "A: Let's have a look. Do you have the case reference? It's usually top left.",
        f"C: It's [[ACCT:{ref}]].",
        "A: Thank you. Can I take your name?",
        "C: [[NAME:Rukhsana Bibi]], I'm the applicant.",
        f"A: Thanks, Ms [[NAME:Bibi]]. You haven't missed it. The hearing fee is ((price:£{fee[0]})) and it's due within ((dur:14 days)) of the notice.",
        "C: Oh, thank goodness. Can I pay it now?",
        "A: Yes. Go ahead with the long card number.",
        f"C: It's [[CARD#a:{blocks(c)[0]} {blocks(c)[1]}]]... sorry, my glasses... [[CARD#a:{blocks(c)[2]} {blocks(c)[3]}]].",
        f"A: Thank you. That's a card ending [[CARD:{blocks(c)[3]}]]. What's the expiry date?",
        f"C: [[EXP:{mon(e[0])} 20{e[1]}]].",
        "A: And the last three digits on the back?",
        f"C: [[CVV:{cv}]].",
        "A: That's been taken. Where should we send the receipt?",
        "C: By email, please. [[EM:r.bibi.leaseholder@gmail.com]].",
        f"A: Done. Your hearing is listed for ((date:{ordt(dd)} {mon(mo)})), and you'll get the bundle instructions separately.",
        "C: Thank you, [[NAME:Owain]]. That's a weight off.",
    ]


@case
def piano_lessons_child(g):
    d = g.dob(2012, 2017)
    eir = g.eircode("H91")
    ph = g.phone_ie()
    price = g.num(18, 30)
    return "asr", [
        "A: hello music school [[NAME:aoife]] here",
        "C: hi [[NAME:aoife]] this is [[NAME:fernanda]] i'm calling to put my son down for piano lessons",
        "A: great how old is he",
        f"C: he's ((other:{n2w(2025 - d[2])})) his birthday is [[DOB:{ordw(d[0])} of {mon_l(d[1])} {yw(d[2])}]]",
        "A: lovely and his name",
        "C: [[NAME:bento]] [[NAME:bento oliveira]]",
        "A: has he played at all before",
        "C: a little on youtube he learned a song by himself now he wants a real teacher",
        f"A: perfect we do ((dur:half hour)) lessons for beginners at ((price:{n2w(price)} euro)) a lesson",
        "C: okay and what days",
        "A: we have wednesday at ((time:four)) or saturday morning at ((time:ten)) with [[NAME:cormac]]",
        "C: saturday is better for us",
        "A: no problem can i take an address for the enrolment form",
        "C: we are in the city near the cathedral can i give you the eircode",
        "A: that's perfect",
        f"C: [[PC:{say_pc(eir)}]]",
        "A: and a mobile number",
        f"C: [[PH#p:{hom(ph[:3], '8')}]] and then [[PH#p:{hom(ph[3:], '248')}]]",
        "A: grand you're all set he'll start this saturday",
        "C: he will be so happy thank you",
    ]


@case
def minicab_airport_account(g):
    acct = g.acct("LLDDDD")
    fl = g.num(100, 999)
    h = g.house(1, 60)
    pc = g.uk_pc("RG4")
    ph = g.phone_uk_mobile()
    fare = g.money(60, 95, pence=False)
    return "asr", [
        "A: executive cars bookings [[NAME:jas]] speaking",
        f"C: hi it's [[NAME:helen]] from the surveyors office booking on our account it's [[ACCT:{say_id(acct)}]]",
        "A: thanks [[NAME:helen]] that's come up what are we doing",
        "C: we've got a client flying in tomorrow and she'll need collecting from heathrow terminal ((other:five))",
        "A: okay what's the flight",
        f"C: ((flight:b a {sw(str(fl))})) landing at ((time:six forty)) in the morning",
        "A: and the passenger's name for the board",
        "C: it's doctor [[NAME:yevgenia lukashenko]] but just put her name on the board",
        "A: no problem and where are we taking her",
        f"C: [[ADDR:{n2w(h)} orchard mews caversham]] that's her hotel",
        "A: postcode",
        f"C: [[PC:{say_pc(pc)}]]",
        "A: how many passengers and bags",
        "C: just the ((count:one)) and probably ((count:two)) cases",
        f"A: that's ((price:{n2w(fare[0])} pounds)) including ((dur:forty five minutes)) waiting if the flight's late",
        "C: fine and can the driver text her when he's there her mobile is",
        f"C: [[PH:{sw(ph[:5])} {spairs(ph[5:])}]]",
        "A: will do booking confirmed i'll email it over to you",
    ]


@case
def adoption_info_evening(g):
    ph = g.phone_us(["503", "971"])
    dd = g.day(1, 28)
    mo = g.num(1, 12)
    return "transcript", [
        "A: Good morning, Northwest Family Adoption Services, this is [[NAME:Marisol]].",
        "C: Hi, my name's [[NAME:Jordan Whitfield]]. My husband and I are thinking about adopting and we don't really know where to start.",
        "A: That's exactly what our information evenings are for. There's no commitment, you just come and listen.",
        "C: That sounds perfect. When's the next one?",
        f"A: ((date:{mon(mo)} {dd})) at ((time:6:30 p.m.)). It runs about ((dur:two hours)) and there's time for questions.",
        "C: Can both of us come?",
        "A: Of course. Most couples do. Can I put you both down?",
        "C: Yes. My husband is [[NAME:Teo]], [[NAME:Teo Whitfield]].",
        "A: And a phone number, in case we need to change anything?",
        f"C: [[PH:{grp(ph, [3, 3], '.')}]].",
        "A: And an email address for the reminder and the directions?",
        "C: [[EM:jordan.and.teo.w@proton.me]].",
        "A: Thank you. We usually have about ((count:twelve)) families, so it's quite relaxed.",
        "C: How long does the whole process take, roughly, if we go ahead?",
        "A: It varies a lot, but home studies alone take ((dur:three to six months)). We'll explain it all on the night.",
        "C: Okay. Thank you, [[NAME:Marisol]]. See you then.",
    ]


def stut(spoken, idx, mode="frag"):
    """A stutter at word idx: 'f- five' (frag) or 'five- five' (word)."""
    words = spoken.split()
    w = words[idx]
    if mode == "word":
        words[idx] = w + "- " + w
    else:
        cut = w[:2] if w[:2] in ("th", "sh", "tw", "ei") else w[:1]
        words[idx] = cut + "- " + w
    return " ".join(words)


@case
def plasma_pay_card_stutter(g):
    donor = g.acct("NDDDDDD")
    ssn4 = g.digits(4)
    d = g.dob(1975, 2003)
    old4 = g.digits(4)
    h = g.house(1100, 9800)
    z = g.zip("85")
    bal = g.money(40, 90, pence=False)
    return "asr", [
        "A: thanks for calling donor support this is [[NAME:keisha]]",
        "C: hi um i l- lost my p- pay card the one y'all load after i donate",
        "A: okay no worries we can cancel it and send a new one can i get your donor id",
        f"C: yeah it's [[ACCT:{stut(stut(sw(donor), 2), 5, 'word')}]]",
        "A: thank you and the last four of your social",
        f"C: [[SSN:{stut(sw(ssn4), 0)}]]",
        "A: and your date of birth",
        f"C: [[DOB:{mon_l(d[1])} {ordw(d[0])} {yw(d[2])}]]",
        "A: do you remember the last four digits on the old card",
        f"C: i th- think it was [[CARD:{stut(sw(old4), 1, 'word')}]]",
        "A: yep that matches i've cancelled it so nobody else can use it",
        f"C: okay good cause i had like ((price:{n2w(bal[0])} dollars)) on there from friday",
        f"A: the balance moves over to the new card don't worry is your address still [[ADDR:{n2w(h // 100)} {two(p2(h % 100))} west ocotillo lane]]",
        "C: yeah s- same place",
        f"A: and the zip [[PC:{sw(z)}]]",
        "C: yup",
        "A: the new card will be there in ((dur:five to seven business days)) or you can grab one at the front desk next visit",
        "C: i'm coming in thursday anyway so i'll just get it then",
        "A: perfect bring your id and they'll load it right there",
        "C: sweet thanks [[NAME:keisha]]",
    ]


@case
def lpg_bottles_au(g):
    acct = g.acct("NDDDDDDD")
    h = g.house(2, 140)
    pc = g.au_pc(2250, 2263)
    price = g.money(230, 290, pence=True)
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    return "transcript", [
        "A: Good morning, Coastal Gas, you're speaking with [[NAME:Tahlia]].",
        "C: Hi, it's [[NAME:Raj Venkataraman]]. I need ((count:two)) ((qty:45 kg)) bottles swapped over, we're nearly out.",
        "A: No worries, [[NAME:Raj]]. What's your customer number?",
        f"C: [[ACCT:{acct}]].",
        f"A: Thanks. I've got you at [[ADDR:{h} Banksia Crescent, Tuggerah]]?",
        "C: That's us.",
        f"A: And the postcode there is [[PC:{pc}]]?",
        "C: Yep.",
        f"A: Delivery's Thursday. ((count:Two)) bottles comes to ((price:{money_t(price, '$')})) including delivery. Paying by card today?",
        f"C: Yep. [[CARD#a:{b[0]}]]... [[CARD#a:{b[1]} {b[2]}]]... hang on, the kids are yelling.",
        f"C: Sorry. [[CARD#a:{b[3]}]].",
        f"A: I'll read it back: [[CARD:{cardt(c)}]].",
        "C: Correct.",
        "A: Expiry and the CVV?",
        f"C: Expiry's [[EXP:{exp_t(e)}]], and the code is [[CVV:{cv}]].",
        "A: Lovely, that's approved. The driver can't leave bottles if the side gate's locked, so leave it unlatched for him.",
        "C: Will do. Cheers, [[NAME:Tahlia]].",
    ]


@case
def canal_licence_five_pieces(g):
    idx = g.acct("NDDDDD")
    price = g.money(900, 1300, pence=False)
    c = g.card("mc2")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    length = g.num(40, 70)
    return "asr", [
        "A: boat licensing good morning [[NAME:declan]] speaking",
        "C: morning i need to renew the licence on my narrowboat it ran out last week and i've had a reminder",
        "A: okay we can sort that now what's the boat's index number",
        f"C: [[ACCT:{asr_pairs(idx)}]]",
        f"A: and she's the kingfisher ((qty:{n2w(length)} foot)) is that right",
        "C: that's her",
        "A: and your name please",
        "C: [[NAME:gareth pryce jones]]",
        f"A: thanks [[NAME:gareth]] a ((dur:twelve month)) licence for her is ((price:{n2w(price[0])} pounds))",
        "C: it goes up every year doesn't it go on then i've got the card ready",
        "A: we'll go in bits start me off with the first four",
        f"C: [[CARD#a:{sw(b[0])}]]",
        "A: yep",
        f"C: [[CARD#a:{sw(b[1])}]]",
        "A: mm-hmm",
        f"C: [[CARD#a:{sw(b[2][:2])}]] um [[CARD#a:{sw(b[2][2:])}]]",
        "A: and the last bit",
        f"C: [[CARD#a:{sw(b[3])}]]",
        "A: expiry date",
        f"C: [[EXP:{two(p2(e[0]))} {two(p2(e[1]))}]]",
        "A: and the security code",
        f"C: [[CVV:{sw(cv)}]]",
        "A: and an email to send the licence to",
        "C: [[EM:gpj dot narrowboat at btinternet dot com]]",
        "A: done it's valid from today for ((dur:twelve months)) and you'll need to display it in a window on the towpath side",
        "C: will do cheers [[NAME:declan]]",
    ]


@case
def certified_translation_extension(g):
    ph = g.phone_us(["604", "778"])
    ext = g.digits(3)
    order = g.acct("TR-NDDDDD")
    per = g.num(35, 55)
    pages = 4
    c = g.card("amex")
    e = g.expiry()
    cv = g.cvv(4)
    return "transcript", [
        "A: Good afternoon, Clearword Translation, [[NAME:Mathieu]] speaking.",
        "C: Hi, I need some documents translated for my immigration file. A marriage certificate and a police certificate, both in Portuguese.",
        "A: We do that all the time. Are they going to IRCC?",
        "C: Yes. How much would it cost?",
        f"A: Certified translations are ((price:${per})) a page, and turnaround is ((dur:3 business days)).",
        f"C: It's ((count:{pages})) pages altogether.",
        f"A: So ((price:${per * pages})) plus tax. Can I take your name?",
        "C: [[NAME:Graça Medeiros]].",
        "A: And an email to send the quote and the upload link to?",
        "C: [[EM:graca.medeiros.van@gmail.com]].",
        "A: A phone number in case the translator has questions?",
        f"C: My work number is best. [[PH#p:{grp(ph, [3, 3], '-')}]], extension [[PH#p!:{ext}]].",
        f"A: [[PH#q:{grp(ph, [3, 3], '-')}]], extension [[PH#q!:{ext}]].",
        "C: That's it.",
        f"A: I've created the order. Your order number is [[ACCT:{order}]].",
        "C: Can I pay now so it's not held up?",
        "A: Sure. Go ahead with the card number.",
        f"C: It's an Amex. [[CARD:{cardt(c)}]].",
        "A: Expiry?",
        f"C: [[EXP:{exp_t(e)}]].",
        "A: And the four-digit code on the front of the card.",
        f"C: [[CVV:{cv}]].",
        "A: That's gone through. Upload the scans tonight and we'll start first thing tomorrow.",
    ]


@case
def allotment_rent_elderly(g):
    ten = g.acct("LLDDDDD")
    h = g.house(1, 80)
    pc = g.uk_pc("NG5")
    rent = g.money(28, 55, pence=False)
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    plot = g.num(3, 40)
    rise = g.num(3, 9)
    return "asr", [
        "A: parks and allotments [[NAME:sunita]] speaking",
        "C: hello dear it's about my allotment rent i've had the renewal and i don't do the internet",
        "A: that's no problem i can take it over the phone what's your tenancy number it's on the letter",
        f"C: oh where is it now it says plot ((other:{n2w(plot)} b)) at the top is that it",
        "A: that's the plot we need the tenancy number it's a bit further down and starts with two letters",
        f"C: oh here it is [[ACCT:{say_id(ten)}]]",
        "A: lovely and your name",
        "C: it's missus [[NAME:winifred ashby]]",
        "A: thank you missus [[NAME:ashby]] and can you confirm your address for me",
        f"C: [[ADDR:{n2w(h)} hawthorn road sherwood]]",
        "A: and the postcode",
        f"C: [[PC#p:{say_pc(pc.split()[0])}]] oh what is it now [[PC#p:{say_pc(pc.split()[1])}]]",
        f"A: thank you so it's ((price:{n2w(rent[0])} pounds)) for the year for a half plot",
        "C: it was less last year wasn't it",
        f"A: it's gone up by ((pct:{n2w(rise)} percent)) i'm afraid",
        "C: everything has love",
        "A: have you got your card there",
        "C: i've got it here it's my bank card",
        "A: lovely read me the numbers across the front a few at a time",
        f"C: [[CARD#a:{sw(b[0])}]]",
        "A: yes",
        f"C: [[CARD#a:{sw(b[1])}]] then [[CARD#a:{sw(b[2])}]]",
        "A: and the last four",
        f"C: [[CARD#a:{sw(b[3])}]]",
        "A: and the date on the front where it says expires",
        f"C: [[EXP:{sw(p2(e[0]))} {sw(p2(e[1]))}]]",
        "A: and the last three numbers on the back in the white strip",
        f"C: [[CVV:{sw(cv)}]]",
        "A: that's all paid and a receipt will come in the post",
        "C: thank you my runner beans will be pleased",
    ]


@case
def scrap_car_bank_details(g):
    plate = g.acct("LLDD LLL")
    h = g.house(3, 120)
    pc = g.uk_pc("B23")
    ph = g.phone_uk_mobile()
    sort = g.acct("DDDDDD")
    acc = g.acct("NDDDDDDD")
    offer = g.num(90, 180)
    return "asr", [
        "A: car collections [[NAME:liam]] speaking",
        "C: hello i want to scrap my car it did not pass the m o t",
        "A: okay no problem what's the registration",
        f"C: [[ACCT:{say_id(plate, nato=True)}]]",
        "A: that's a ((year:two thousand and eight)) astra in silver",
        "C: yes silver",
        f"A: we can offer ((price:{n2w(offer)} pounds)) and that includes collection",
        "C: okay is good",
        "A: and your name please",
        "C: [[NAME:bogdan popescu]]",
        "A: where's the car parked",
        f"C: in front of my house [[ADDR:{hom(str(h), '248')} lingard street erdington]]",
        "A: and the postcode",
        f"C: [[PC:{say_pc(pc).replace('two', 'to')}]]",
        "A: and a phone number for the driver",
        f"C: [[PH:{hom(ph, '8')}]]",
        "A: we pay by bank transfer once the car's collected so can i take your sort code",
        f"C: [[ACCT:{spairs(sort)}]]",
        "A: and the account number",
        f"C: [[ACCT:{hom(acc, '4')}]]",
        f"A: let me read that back sort code [[ACCT:{sw(sort)}]] account [[ACCT:{sw(acc)}]]",
        "C: yes correct",
        "A: the driver will need the logbook the ((other:v five c)) so have it ready",
        "C: okay i have it in the drawer",
    ]


@case
def parish_hall_christening(g):
    ref = g.acct("PH-NDDD")
    dd = g.day(1, 28)
    mo = g.num(1, 12)
    dep = g.money(100, 200, pence=False)
    c = g.card("mc")
    e = g.expiry()
    cv = g.cvv()
    ph = g.phone_ie()
    return "transcript", [
        "A: Hello, parish office, [[NAME:Nuala]] speaking.",
        "C: Hi [[NAME:Nuala]], my name's [[NAME:Ciarán Ó Dálaigh]]. We'd like to book the hall for a christening party.",
        "A: Congratulations! What date were you thinking?",
        f"C: Sunday the ((date:{ordt(dd)} of {mon(mo)})), after the ((time:12 o'clock)) Mass.",
        "A: The hall's free that afternoon. How many are you expecting?",
        "C: About ((count:60)), including children.",
        f"A: That's grand. The hall is ((price:€{dep[0]})) for the afternoon, and that includes the kitchen.",
        "C: Perfect. Do you need a deposit?",
        "A: The full amount secures it. I can take a card now if that suits.",
        f"C: Sure. [[CARD:{cardt(c, '-')}]].",
        "A: And the expiry?",
        f"C: [[EXP:{exp_t(e)}]].",
        "A: The three digits on the back?",
        f"C: [[CVV:{cv}]].",
        f"A: Thank you. Your booking reference is [[ACCT:{ref}]]. And a mobile number for the caretaker?",
        f"C: [[PH:{grp(ph, [3, 3])}]].",
        "A: He'll ring you the week before about the keys. Chairs and tables are all in the store room.",
        "C: Brilliant. Thanks a million.",
    ]


@case
def legal_aid_eviction_ni(g):
    d = g.dob(1988, 2003)
    ni = g.ni()
    h = g.house(1, 40)
    flat = g.num(1, 24)
    pc = g.uk_pc("M40")
    income = g.num(600, 900)
    dd = g.day()
    mo = g.num(1, 12)
    asin = {ni[0].lower(): NATO[ni[0].lower()], ni[1].lower(): NATO[ni[1].lower()],
            ni[8].lower(): NATO[ni[8].lower()]}
    return "asr", [
        "A: civil legal advice you're speaking to [[NAME:marcus]]",
        "C: hi um i'm being evicted and someone at the food bank said i might get legal aid",
        "A: i'm sorry to hear that let's see if you're eligible can i take your name",
        "C: [[NAME:shanice okafor]]",
        "A: thank you [[NAME:shanice]] and your date of birth",
        f"C: [[DOB:{ordw(d[0])} of {mon_l(d[1])} {two(p2(d[2] % 100))}]]",
        "A: and your national insurance number take it nice and slowly",
        f"C: [[SSN#n:{say_id(ni[:2], asin=asin)}]] um [[SSN#n:{spairs(ni[2:8])}]] and [[SSN#n:{say_id(ni[8], asin=asin)}]] at the end",
        f"A: let me read that back [[SSN:{say_id(ni)}]]",
        "C: yeah that's it",
        "A: and your address",
        f"C: [[ADDR:flat {n2w(flat)} {n2w(h)} cheetham court]]",
        "A: and the postcode",
        f"C: [[PC:{say_pc(pc)}]]",
        "A: are you getting any benefits at the moment",
        f"C: universal credit it's about ((price:{n2w(income, and_=False)} pounds a month)) and i've got ((count:two)) kids",
        "A: okay on that income you'd pass the financial test when is the court hearing",
        f"C: it's on the ((date:{ordw(dd)} of {mon_l(mo)}))",
        "A: right i'm going to put you through to a housing specialist they'll ring you back within ((dur:two working days))",
        "C: thank you i didn't know who else to ring",
    ]


@case
def deer_licence_ivr(g):
    d = g.dob(1960, 1998)
    price = g.money(38, 60, pence=True)
    c = g.card("mc")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    lic = g.acct("NDDDDDDDD")
    season = g.pick([2026, 2027])
    return "asr", [
        "I: thank you for calling the wildlife licensing line to buy a licence say buy to check an existing licence say check",
        "C: buy",
        "I: please say your customer number or say new customer",
        "C: new customer",
        "I: please say your date of birth for example ((date:january fifth nineteen eighty))",
        f"C: [[DOB:{mon_l(d[1])} {ordw(d[0])} {yw(d[2])}]]",
        f"I: i heard [[DOB:{mon_l(d[1])} {ordw(d[0])} {yw(d[2])}]] is that correct",
        "C: yes",
        "I: say the licence you want for example deer or small game",
        "C: deer",
        f"I: a resident deer licence with ((count:two)) tags is ((price:{money_a(price, 'dollars', 'cents', short=False)})) for the ((year:{yw(season)})) season to accept say yes",
        "C: yes",
        "I: please say your card number",
        f"C: [[CARD#a:{stut(sw(b[0]), 0)} {sw(b[1])}]] uh",
        "I: i didn't catch all of that please say the remaining digits",
        f"C: [[CARD#a:{sw(b[2])} {stut(sw(b[3]), 2, 'word')}]]",
        f"I: i have a card ending in [[CARD:{sw(b[3])}]] say yes if that is correct",
        "C: yes",
        "I: please say the expiry month and year",
        f"C: [[EXP:{mon_l(e[0])} {yw(2000 + e[1])}]]",
        "I: and the security code",
        f"C: [[CVV:{sw(cv)}]]",
        f"I: thank you your licence number is [[ACCT:{sw(lic)}]] a copy will be mailed to you",
    ]


@case
def prison_phone_credit_uk(g):
    pnum = g.acct("LDDDDLL")
    amt = g.num(10, 30)
    c = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    asin = {pnum[0].lower(): "alpha" if pnum[0] == "A" else NATO[pnum[0].lower()]}
    ppm = g.num(6, 12)
    return "asr", [
        "A: prison phone credit line [[NAME:gemma]] speaking",
        "C: hiya i want to put some credit on my partner's pin phone",
        "A: course can i have his prison number",
        f"C: [[ACCT:{say_id(pnum[:5], asin=asin)} {say_id(pnum[5:], nato=True)}]]",
        "A: and his full name",
        "C: [[NAME:kyle brennan]]",
        "A: and who am i speaking to",
        "C: [[NAME:chantelle]] [[NAME:chantelle rhodes]] i'm on his list",
        "A: yes i can see you there [[NAME:chantelle]] how much would you like to add",
        f"C: ((price:{n2w(amt)} pounds)) please",
        f"A: okay card number when you're ready",
        f"C: [[CARD:{sdbl(c)}]]",
        "A: and the expiry",
        f"C: [[EXP:{sw(p2(e[0]))} {two(p2(e[1]))}]]",
        "A: and the three digits on the back",
        f"C: [[CVV:{sdbl(cv)}]]",
        "A: all done it'll be on his account within ((dur:two hours))",
        "C: how much are calls to a mobile now",
        f"A: it's ((price:{n2w(ppm)} pence a minute)) to mobiles and less to landlines",
        "C: okay ta",
    ]


@case
def maths_tutor_partner_card(g):
    ph = g.phone_au("02")
    rate = g.num(60, 90)
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    return "asr", [
        "A: bright minds tutoring [[NAME:hamish]] speaking",
        "C: hi [[NAME:hamish]] i'm ringing about maths tutoring for my son he's in ((other:year eleven)) and he's really struggling",
        f"A: we can definitely help our senior maths tutors are ((price:{n2w(rate)} dollars an hour)) and most students do one session a week",
        "C: that's fine can we start next week",
        "A: yes we take the first ((count:four)) sessions up front to lock in a tutor",
        "C: okay my partner's got the card hang on [[NAME:noor]] can you read your card out",
        f"C: hi it's [[NAME:noor haddad]] the card is [[CARD#a:{sw(b[0])} {sw(b[1])}]] um [[CARD#a:{sw(b[2])}]]",
        "A: thanks [[NAME:noor]] and the last four",
        f"C: [[CARD#a:{sw(b[3])}]]",
        "A: expiry",
        f"C: [[EXP:{sw(p2(e[0]))} {sw(p2(e[1]))}]]",
        "A: and the code on the back",
        f"C: [[CVV:{sw(cv)}]]",
        "A: lovely and what's the best number to reach you",
        f"C: the home phone [[PH:{sw(ph[:2])} {sdbl(ph[2:6])} {sw(ph[6:])}]]",
        "A: and an email for the session reports",
        "C: [[EM:noor dot haddad at bigpond dot com]]",
        "A: perfect i'll match him with a tutor and you'll hear from us by friday",
    ]


@case
def pawn_redeem_amex(g):
    ticket = g.acct("LDDDDDD")
    d = g.dob(1958, 1992)
    loan = g.money(300, 900, pence=False)
    months = 3
    rate10 = g.num(45, 79)
    c = g.card("amex")
    e = g.expiry()
    cv = g.cvv(4)
    return "transcript", [
        "A: Hello, Crown Pledge, [[NAME:Barnaby]] speaking.",
        "C: Hi. I've got a watch in with you and I'd like to pay it off so I can collect it Saturday.",
        "A: Of course. Do you have the pledge ticket number?",
        f"C: It's [[ACCT:{ticket}]].",
        "A: Thank you. For security, can I have your date of birth?",
        f"C: [[DOB:{d[0]:02d}/{d[1]:02d}/{d[2]}]].",
        "A: Thanks. And the name on the agreement?",
        "C: [[NAME:Anneliese Brandt]].",
        f"A: That's all matched. The loan was ((price:£{loan[0]})) at ((pct:{rate10 / 10:.1f}%)) a month, taken out ((dur:{months} months)) ago.",
        f"C: So what do I owe?",
        f"A: ((price:£{loan[0] + loan[0] * rate10 * months // 1000})) to redeem in full today.",
        "C: Okay. Can I pay on my Amex?",
        "A: Yes, go ahead.",
        f"C: [[CARD:{cardt(c)}]].",
        f"A: Expiry?",
        f"C: [[EXP:{exp_t(e)}]].",
        "A: And the four digits printed above the number.",
        f"C: [[CVV:{cv}]].",
        "A: That's paid. Bring the ticket and your photo ID on Saturday and the watch is yours.",
        "C: Brilliant. Thank you.",
    ]


@case
def heating_oil_terse_order(g):
    acct = g.acct("NDDDDD")
    pc = g.uk_pc("LD3")
    ppl = g.num(58, 79)
    litres = g.pick([1000, 2000, 3000])
    return "asr", [
        "A: oil orders [[NAME:rhian]]",
        f"C: ((qty:{n2w(litres)} litres)) please account [[ACCT:{sdbl(acct)}]]",
        "A: postcode",
        f"C: [[PC:{say_pc(pc)}]]",
        f"A: ((price:{n2w(ppl)} pence a litre)) today delivery within ((dur:five working days)) that okay",
        "C: fine card on file",
        "A: done",
    ]


@case
def paternity_test_three_people(g):
    d_child = g.dob(2021, 2024)
    ph = g.phone_uk_geo("0117")
    price = g.num(200, 350)
    c = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    return "asr", [
        "A: good afternoon d n a testing services [[NAME:imogen]] speaking",
        "C: hi yeah i need to book a paternity test for my little boy",
        "A: okay we can help with that is this a peace of mind test or is it for court",
        "C: just peace of mind me and his mum just want to know",
        "A: understood i'll need the names of everyone being tested so the alleged father first",
        "C: that's me [[NAME:dean whitlock]]",
        "A: and the mother",
        "C: [[NAME:kasia]] [[NAME:kasia zielinska]] that's [[NAME:z i e l i n s k a]]",
        "A: thank you and the child's name and date of birth",
        f"C: [[NAME:oscar]] he was born [[DOB:{ordw(d_child[0])} of {mon_l(d_child[1])} {yw(d_child[2])}]]",
        f"A: lovely the peace of mind test is ((price:{n2w(price)} pounds)) and results are back in ((dur:five working days)) from when the swabs reach us",
        "C: and it all comes in the post",
        "A: yes a kit with ((count:three)) sets of swabs can i take a contact number",
        f"C: [[PH:{sw(ph[:4])} {sw(ph[4:7])} {sw(ph[7:])}]]",
        "A: and an email for the results they come password protected",
        "C: [[EM:dean dot whitlock at yahoo dot co dot uk]]",
        "A: and how would you like to pay",
        f"C: debit card [[CARD:{sw(c)}]]",
        "A: expiry",
        f"C: [[EXP:{sw(p2(e[0]))} slash {two(p2(e[1]))}]]",
        "A: and the c v v",
        f"C: [[CVV:{sw(cv)}]]",
        "A: that's all booked the kit goes out first class today",
    ]


@case
def boat_rego_outboard(g):
    rego = g.acct("LLNDDDQ")
    lic = g.acct("NDDDDDDD")
    h = g.house(3, 99)
    pc = g.au_pc(4550, 4575)
    model_hp = g.pick(["F115", "F150", "DF90", "F70"])
    fee = g.money(90, 140, pence=True)
    c = g.card("mc")
    e = g.expiry()
    cv = g.cvv()
    return "transcript", [
        "A: Maritime registrations, [[NAME:Cooper]] speaking.",
        "C: G'day, I need to renew the rego on my tinnie and update the motor details. I've put a new outboard on.",
        "A: No dramas. What's the registration number?",
        f"C: [[ACCT:{rego}]].",
        "A: And your marine licence number, to confirm it's you?",
        f"C: [[ACCT:{lic}]].",
        "A: Thanks, [[NAME:Lachlan]]. Is the address still [[ADDR:%d Mooloolah Esplanade, Mooloolaba]]?" % h,
        "C: Still there.",
        f"A: Postcode [[PC:{pc}]]?",
        "C: That's it.",
        "A: What's the new motor?",
        f"C: A Yamaha ((model:{model_hp})), four-stroke.",
        f"A: I've updated that. The renewal for ((dur:12 months)) is ((price:{money_t(fee, '$')})).",
        "C: Card's fine.",
        f"C: [[CARD#a:{blocks(c)[0]} {blocks(c)[1]}]] ... [[CARD#a:{blocks(c)[2]} {blocks(c)[3]}]], expiry [[EXP:{exp_t(e)}]], and the code's [[CVV:{cv}]].",
        "A: You're quick! That's all gone through. New sticker in the mail in about a week.",
        "C: Legend, thanks.",
    ]


@case
def teen_lessons_permit_restart(g):
    permit = g.acct("LDDDDDDD")
    d = g.dob(2008, 2009)
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    ph = g.phone_us(["614", "380"])
    price = g.num(380, 520)
    return "asr", [
        "A: thanks for calling safe start driving school this is [[NAME:tamika]]",
        "C: hi i'm signing my daughter up for the behind the wheel package",
        "A: great does she have her temporary permit yet",
        f"C: yeah she got it last month the number is [[ACCT:{say_id(permit)}]]",
        "A: and her name and date of birth",
        f"C: [[NAME:ruby]] [[NAME:ruby castellanos]] she was born [[DOB:{mon_l(d[1])} {ordw(d[0])} {yw(d[2])}]]",
        f"A: perfect the package is ((dur:eight hours)) of driving plus the classroom part for ((price:{n2w(price, and_=False)} dollars))",
        "C: okay let's do it",
        "A: go ahead with the card",
        f"C: [[CARD#a!:{sw(b[0])} {sw(b[1][:3])}]] oh shoot i'm reading my husband's card hold on",
        "C: okay this is mine",
        f"C: [[CARD#b:{sw(b[0][:2])}]] uh [[CARD#b:{sw(b[0][2:] + b[1])}]] um [[CARD#b:{sw(b[2] + b[3])}]]",
        "A: and that's your card",
        "C: yes that one's mine",
        "A: expiration",
        f"C: [[EXP:{two(p2(e[0]))} {two(p2(e[1]))}]]",
        "A: security code",
        f"C: [[CVV:{sw(cv)}]]",
        "A: and a good number for the instructor to text",
        f"C: [[PH:{sw(ph[:3])} {sw(ph[3:6])} {sw(ph[6:])}]]",
        "A: you're all set [[NAME:ruby]]'s first drive will be scheduled within ((dur:two weeks))",
    ]


@case
def traffic_citation_spanish(g):
    cit = g.acct("LDDDDDDD")
    d = g.dob(1970, 1995)
    h = g.house(100, 9900)
    z = g.zip("78")
    fine = g.num(180, 320)
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    dd = g.day()
    mo = g.num(1, 12)
    return "asr", [
        "A: municipal court payments this is [[NAME:veronica]]",
        "C: hello yes i have a ticket for the speed and i want to pay before the court date",
        "A: sure do you have the citation number it's on the top right",
        f"C: yes is [[ACCT:{say_id(cit[0])} {hom(cit[1:], '2468')}]]",
        "A: okay and your date of birth",
        f"C: [[DOB:{sw(p2(d[1]))} {sw(p2(d[0]))} {yw(d[2])}]]",
        "A: thank you and your name",
        "C: [[NAME:jesus alberto fuentes]]",
        f"A: i have it mister [[NAME:fuentes]] the amount is ((price:{n2w(fine, and_=False)} dollars)) and your court date is ((date:{mon_l(mo)} {ordw(dd)}))",
        "C: if i pay today i don't go to the court",
        "A: that's right paying it closes the case",
        "C: okay i pay with the card",
        f"C: [[CARD#a:{hom(b[0] + b[1], '2468')}]] and then [[CARD#a:{hom(b[2] + b[3], '2468')}]]",
        f"A: let me read it back [[CARD:{sw(b[0])} {sw(b[1])} {sw(b[2])} {sw(b[3])}]]",
        "C: yes that is correct",
        "A: expiration date",
        f"C: [[EXP:{hom(p2(e[0]) + p2(e[1]), '2468')}]]",
        "A: the three numbers on the back",
        f"C: [[CVV:{hom(cv, '2468')}]]",
        "A: and the billing address",
        f"C: [[ADDR:{n2w(h // 100)} {two(p2(h % 100))} calle del sol]] [[PC:{hom(z, '8')}]]",
        "A: thank you it's approved you'll get a receipt in the mail within ((dur:ten days))",
        "C: thank you very much",
    ]


@case
def fostering_enquiry_uk(g):
    h = g.house(4, 180)
    pc = g.uk_pc("CF14")
    ph = g.phone_uk_mobile()
    d = g.dob(1968, 1990)
    allowance = g.num(420, 560)
    return "transcript", [
        "A: Hello, Fostering Wales enquiry line, [[NAME:Bronwen]] speaking.",
        "C: Hi. I've been thinking about fostering for a while and I finally picked up the phone.",
        "A: I'm so glad you did. Can I take a few details and we'll arrange an informal chat?",
        "C: Of course. It's [[NAME:Adaeze Nwosu-Pritchard]].",
        "A: Thanks, [[NAME:Adaeze]]. And your address?",
        f"C: [[ADDR:{h} Ffordd Celyn, Llanishen, Cardiff]].",
        "A: And the postcode?",
        f"C: [[PC:{pc}]].",
        "A: And a date of birth, just for the record?",
        f"C: [[DOB:{d[0]} {mon(d[1])} {d[2]}]].",
        "A: Do you have a spare bedroom? It's one of the first things we ask.",
        "C: We have ((count:two)) spare rooms since our eldest went to university.",
        "A: Lovely. Is there anyone else in the household?",
        "C: My husband, [[NAME:Rhodri]], and our youngest, who's ((other:16)).",
        f"A: That's fine. Carers receive an allowance of around ((price:£{allowance} a week)) per child, depending on age.",
        "C: That's more than I expected. What's the best way to reach me?",
        "A: A mobile and an email, if you're happy to share them.",
        f"C: [[PH:{grp(ph, [5, 3])}]], and [[EM:adaeze.np@icloud.com]].",
        "A: Perfect. A social worker will call within ((dur:a week)) to arrange a visit.",
    ]


@case
def chimney_sweep_us_stove(g):
    h = g.house(10, 990)
    z = g.zip("05")
    price = g.num(180, 260)
    c = g.card("disc")
    e = g.expiry()
    cv = g.cvv()
    model = g.pick(['F602', 'F400', 'F500', 'F100'])
    return "asr", [
        "A: green mountain chimney this is [[NAME:wendell]]",
        "C: hi i need the chimney cleaned before we start burning it's been about ((dur:two years))",
        "A: okay is it a fireplace or a stove",
        f"C: a wood stove it's a jotul the ((model:f {sw(model[1:])})) the little black one",
        "A: oh those are great what's the address",
        f"C: [[ADDR:{n2w(h, and_=False)} sugar maple ridge]] out past the covered bridge",
        "A: and your zip",
        f"C: [[PC:{sw(z)}]]",
        f"A: okay a stove sweep with inspection is ((price:{n2w(price, and_=False)} dollars)) i can do tuesday at ((time:nine)) or ((time:one)) in the afternoon",
        "C: ((time:nine))'s good",
        "A: and a name for the booking",
        "C: [[NAME:sigrid]] [[NAME:sigrid lindqvist]]",
        "A: thanks [[NAME:sigrid]] we hold the slot with a card and only charge after",
        f"C: sure it's a discover [[CARD:{asr_pairs(c)}]]",
        "A: expiration",
        f"C: [[EXP:{sw(p2(e[0]), zero='zero')} {sw(p2(e[1]))}]]",
        "A: and the three digit code",
        f"C: [[CVV:{sw(cv, zero='zero')}]]",
        "A: you're set keep the stove cold from monday night so we can get in there",
    ]


@case
def hall_deposit_ivr_au(g):
    booking = g.acct("NDDDDD")
    dep = g.num(150, 300)
    c = g.card("mc")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    rec = g.lookalike(9)
    return "asr", [
        "I: welcome to the council venue bookings payment line please say or key your booking number",
        f"C: [[ACCT:{sw(booking)}]]",
        f"I: booking [[ACCT:{sw(booking)}]] for the community hall the bond payable is ((price:{n2w(dep)} dollars)) to pay now say pay",
        "C: pay",
        "I: please say your card number",
        f"C: [[CARD#a:{sw(b[0])} {sw(b[1])}]]",
        "I: go on",
        f"C: [[CARD#a:{sw(b[2])}]] that's it no wait [[CARD#a:{sw(b[3])}]]",
        f"I: card ending [[CARD:{sw(b[3])}]] is that right",
        "C: yep",
        "I: expiry date",
        f"C: [[EXP:{two(p2(e[0]))} {two(p2(e[1]))}]]",
        "I: security code",
        f"C: [[CVV:{sw(cv)}]]",
        "I: please wait",
        f"I: payment successful your receipt number is ((other:{sw(rec)})) to speak to the bookings team say agent",
        "C: agent",
        "A: bookings [[NAME:mei]] speaking",
        "C: hi i've just paid the bond for the hall and wanted to check we can get in at ((time:four)) to set up",
        "A: the hall's free from ((time:three)) that day so ((time:four))'s fine the key safe code comes by text the day before",
        "C: perfect and it's ((count:eighty)) people max",
        "A: ((count:one hundred)) seated so you're fine",
    ]


@case
def visa_centre_appointment(g):
    gwf = g.acct("GWFNDDDDDDDD")
    pp = g.acct("NDDDDDDDD")
    d = g.dob(1982, 2000)
    ph = g.phone_uk_geo("020")
    fee = g.money(55, 80, pence=False)
    fl = g.num(10, 899)
    dd = g.day()
    mo = g.num(1, 12)
    return "transcript", [
        "A: Visa application centre helpline, [[NAME:Olumide]] speaking. How can I help?",
        "C: Hello. I need to move my biometrics appointment. I have a flight and the date clashes.",
        "A: No problem. Can I have your GWF reference?",
        f"C: [[ACCT:{gwf}]].",
        "A: And your passport number?",
        f"C: [[ACCT:{pp}]].",
        "A: And your date of birth?",
        f"C: [[DOB:{d[0]} {mon(d[1])[:3]} {d[2]}]].",
        "A: Thank you, Ms [[NAME:Karimova]]. I see an appointment next Tuesday.",
        f"C: Yes, but I fly on ((flight:BA {fl})) that morning. Is there anything later in the week?",
        f"A: I have ((date:{ordt(dd)} {mon(mo)})) at ((time:10:15)) or ((time:14:40)).",
        "C: The afternoon one, please.",
        f"A: Done. There's a rebooking fee of ((price:£{fee[0]})). Can I confirm your email?",
        "C: [[EM:dilnoza.karimova@mail.ru]].",
        "A: And the contact number on the application is?",
        f"C: [[PH:{grp(ph, [3, 4])}]].",
        "A: Thank you, [[NAME:Dilnoza]]. The new confirmation will arrive within ((dur:an hour)). Bring it with your passport.",
    ]


@case
def taxi_ireland_short(g):
    h = g.house(1, 60)
    eir = g.eircode("D06")
    ph = g.phone_ie()
    return "asr", [
        "A: city cabs",
        f"C: hiya a taxi to [[ADDR:{n2w(h)} kenilworth square rathmines]] for ((time:half seven)) please",
        "A: eircode",
        f"C: [[PC:{say_pc(eir)}]]",
        "A: name",
        "C: [[NAME:fionnuala]]",
        "A: number",
        f"C: [[PH:{sw(ph[:3])} {sdbl(ph[3:])}]]",
        "A: grand ((dur:ten minutes)) before you'll get a text",
    ]


@case
def septic_canada_extension(g):
    h = g.house(100, 4900)
    pc = g.ca_pc("K0A")
    ph = g.phone_us(["613", "343"])
    ext = g.digits(4)
    price = g.money(340, 480, pence=False)
    c = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    gal = g.pick([900, 1000, 1200, 1500])
    return "transcript", [
        "A: Ottawa Valley Septic, [[NAME:Genevieve]] speaking.",
        "C: Hi, I'm calling for my parents' place. Their tank needs pumping and they can't manage the phone calls anymore.",
        "A: Happy to help. What's the address?",
        f"C: [[ADDR:{h} Concession 6, Carp]]. Postal code [[PC:{pc}]].",
        "A: Do you know the tank size?",
        f"C: The last invoice says ((qty:{gal:,} gallons)).",
        f"A: Okay. That's ((price:${price[0]})) plus HST, and we can do next Wednesday.",
        "C: Wednesday works. Can the driver call me instead of them? I'm at work but I'll pick up.",
        "A: Of course. What number?",
        f"C: [[PH#p:{grp(ph, [3, 3], '-')}]], ext. [[PH#p!:{ext}]].",
        "A: Got it. Your name?",
        "C: [[NAME:Pierre-Luc Tremblay]].",
        "A: And how would you like to pay, [[NAME:Pierre-Luc]]?",
        f"C: Visa. [[CARD:{cardt(c)}]], expires [[EXP:{exp_t(e)}]], code [[CVV:{cv}]].",
        "A: Thank you. We'll charge it after the job. The driver needs the lid uncovered, if someone can do that.",
        "C: I'll get the neighbour to shovel it off. Thanks.",
    ]


@case
def genealogy_refund_cancel(g):
    mem = g.acct("NDDDDDDDD")
    last4 = g.digits(4)
    refund = g.money(150, 260, pence=True)
    return "asr", [
        "A: thanks for calling family roots this is [[NAME:zoe]] how can i help",
        "C: hi it's [[NAME:natasha mcgregor]] i want to cancel my subscription i got charged for another year and i didn't want it",
        "A: sorry about that can i get your membership number",
        f"C: [[ACCT:{sw(mem)}]]",
        "A: thanks and the email on the account",
        "C: [[EM:tash dot mcgregor sixty at outlook dot com]]",
        "A: i can see the renewal went through ((dur:four days)) ago and we refund in full within the first ((dur:fourteen days))",
        "C: oh great i thought i'd lost it",
        f"A: it'll go back to the card ending [[CARD:{sw(last4)}]] is that one still active",
        "C: yeah that's my visa",
        f"A: done the refund is ((price:{money_a(refund, 'dollars', 'cents', short=False)})) and it'll show in ((dur:three to five days))",
        "C: do i lose all my family tree",
        "A: no your tree stays saved you just can't search new records you've got ((count:four hundred)) people in there",
        "C: my nan would be proud",
        "A: ha i'm sure she would anything else today",
        "C: no that's it thanks [[NAME:zoe]]",
    ]


@case
def guitar_lessons_block_readback(g):
    c = g.card("mc")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    ph = g.phone_us(["512", "737"])
    price = g.num(45, 70)
    model = g.pick(['FG800', 'FG830', 'FS800'])
    return "asr", [
        "A: riverside music studio this is [[NAME:colby]]",
        "C: hey i'm ((other:forty six)) and i've finally decided to learn guitar is that too old",
        "A: not at all half our students are adults what kind of guitar have you got",
        f"C: an acoustic my wife got me a yamaha ((model:{model[0].lower()} {model[1].lower()} {n2w(int(model[2:]), and_=False)})) for christmas",
        f"A: great little guitar lessons are ((dur:forty five minutes)) once a week and a ((dur:four week)) block is ((price:{n2w(price * 4, and_=False)} dollars))",
        "C: sounds good can i pay for the first block now",
        "A: sure what's the name",
        "C: [[NAME:anselm]] [[NAME:anselm okonkwo]]",
        "A: and the card number when you're ready",
        f"C: [[CARD#a:{sw(b[0])} {sw(b[1])}]] hang on let me turn it to the light [[CARD#a:{sw(b[2])} {sw(b[3])}]]",
        f"A: okay reading it back the first eight [[CARD#r1!:{sw(b[0])} {sw(b[1])}]]",
        "C: yep",
        f"A: and then [[CARD#r2!:{sw(b[2])} {sw(b[3])}]]",
        "C: that's right",
        "A: expiration and the code on the back",
        f"C: [[EXP:{sw(p2(e[0]))} {sw(p2(e[1]))}]] and [[CVV:{sw(cv)}]]",
        "A: and a cell number in case your teacher is sick",
        f"C: [[PH:{sw(ph[:3])} {sw(ph[3:6])} {spairs(ph[6:])}]]",
        "A: and an email for the schedule",
        "C: [[EM:anselm dot oko at fastmail dot com]]",
        "A: you're all set your teacher is [[NAME:priscilla]] thursdays at ((time:seven)) bring the yamaha",
    ]


@case
def scrap_car_ireland(g):
    yr = g.num(6, 12)
    reg = "%02d-D-%s" % (yr, g.digits(5, first_nonzero=True))
    eir = g.eircode("K78")
    h = g.house(1, 90)
    ph = g.phone_ie()
    offer = g.num(100, 250)
    return "asr", [
        "A: end of life vehicles [[NAME:padraig]] speaking",
        "C: hi i've an old car i want rid of it's been sitting in the drive for a year",
        "A: no bother what's the reg",
        f"C: [[ACCT:{two(reg[:2])} d {sw(reg[5:])}]]",
        f"A: a ((year:two thousand and {ONES[yr]})) corolla is it",
        "C: that's her she doesn't start though",
        f"A: that's grand we tow it away we'd give you ((price:{n2w(offer)} euro)) and the certificate of destruction for the revenue",
        "C: that'll do me",
        "A: and where's the car",
        f"C: [[ADDR:{n2w(h)} the paddocks lucan]] it's the one with the red door",
        "A: the eircode",
        f"C: [[PC:{say_pc(eir)}]]",
        "A: and who am i talking to",
        "C: [[NAME:enda]] [[NAME:enda mulqueen]]",
        "A: and a mobile",
        f"C: [[PH:{sw(ph[:3])} {sw(ph[3:6])} {sw(ph[6:])}]]",
        f"A: lovely [[NAME:enda]] the truck will be out friday week between ((time:nine)) and ((time:one))",
    ]


@case
def translation_romanian_homophones(g):
    order = g.acct("NDDDDD")
    price = g.num(40, 60)
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    return "asr", [
        "A: language line translations [[NAME:fleur]] speaking",
        "C: hello i sent my birth certificate for translation in english and i want to pay for it",
        "A: of course do you have the order number from the email",
        f"C: yes it is [[ACCT:{hom(order, '12468')}]]",
        f"A: thank you i've got it here ((count:one)) page romanian to english certified that's ((price:{n2w(price)} pounds))",
        "C: yes and when is ready",
        "A: ((dur:three working days)) from payment and we'll email the scan and post the original",
        "C: okay good i pay now",
        f"C: [[CARD#a:{hom(b[0], '12468')}]] uh [[CARD#a!:{hom(b[1][:2], '12468')}]] no sorry [[CARD#a:{hom(b[1], '12468')}]]",
        "A: okay carry on",
        f"C: [[CARD#a:{hom(b[2] + b[3], '12468')}]]",
        f"A: let me check the middle bit again was that [[CARD:{sw(b[1])}]]",
        "C: yes yes that",
        "A: and the expiry",
        f"C: [[EXP:{hom(p2(e[0]), '12468')} {hom(p2(e[1]), '12468')}]]",
        "A: and the three numbers on the back",
        f"C: [[CVV:{hom(cv, '12468', three='free')}]]",
        "A: thank you and can you confirm the email we should send it to",
        "C: [[EM:mihaela dot r as in robert at yahoo dot com]]",
        "A: that's [[EM:mihaela dot r at yahoo dot com]]",
        "C: yes correct",
        "A: perfect that's all paid",
    ]


@case
def community_garden_plot_ca(g):
    mem = g.acct("CG-DDDD")
    h = g.house(10, 990)
    pc = g.ca_pc("V5L")
    fee = g.money(45, 90, pence=False)
    c = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    plot = g.pick('ABCD') + '-' + str(g.num(1, 40))
    return "transcript", [
        "A: Good morning, Strathcona Community Garden, this is [[NAME:Harjit]].",
        "C: Hi, I'm on the waitlist and I got an email saying a plot's opened up. I'd like to take it.",
        "A: Congratulations! Can I have your member number?",
        f"C: [[ACCT:{mem}]].",
        "A: Thanks. You're [[NAME:Yuki Arakawa]]?",
        "C: That's me.",
        f"A: The plot is ((other:{plot})), ((qty:10 by 20 feet)), near the tool shed. The season fee is ((price:${fee[0]})).",
        "C: Perfect. Can I pay by card?",
        f"A: Yes. Go ahead.",
        f"C: [[CARD:{cardt(c)}]], expiry [[EXP:{exp_t(e)}]], and [[CVV:{cv}]] on the back.",
        "A: Thank you. I also need to confirm your mailing address for the insurance form.",
        f"C: [[ADDR:{h} East Pender Street, Vancouver]], [[PC:{pc}]].",
        "A: And is [[EM:yuki.arakawa.garden@gmail.com]] still the best email?",
        "C: Yes, it is.",
        "A: Great. The gate code and the watering roster will come by email this afternoon.",
    ]


@case
def legal_aid_intake_us(g):
    ssn = g.ssn()
    d = g.dob(1955, 1990)
    h = g.house(100, 9900)
    apt = g.num(1, 40)
    z = g.zip("606")
    ph = g.phone_us(["312", "773"])
    income = g.num(1100, 1900)
    return "asr", [
        "A: legal aid intake line this is [[NAME:beatriz]] are you calling about a new problem",
        "C: yes my landlord won't fix the heat and now he's trying to raise the rent",
        "A: i'm sorry that's a lot we can screen you for help today can i have your full name",
        "C: [[NAME:cornelius]] [[NAME:cornelius whitby]]",
        "A: date of birth",
        f"C: [[DOB:{sw(p2(d[1]))} {sw(p2(d[0]))} {two(p2(d[2] % 100))}]]",
        "A: and your social security number",
        f"C: [[SSN#s:{sw(ssn[:3])}]] uh [[SSN#s:{sw(ssn[3:5])}]] hold on [[SSN#s:{sw(ssn[5:])}]]",
        f"A: and your address",
        f"C: [[ADDR:{sw(str(h))} south kedzie avenue apartment {n2w(apt)}]]",
        "A: zip",
        f"C: [[PC:{sw(z)}]]",
        "A: how many people live in the household",
        "C: ((count:three)) me my daughter and my grandson",
        "A: and roughly what's the household income a month",
        f"C: about ((price:{n2w(income, and_=False)} dollars)) from my pension and her job",
        "A: okay that's within our guidelines best number to reach you",
        f"C: [[PH:{sw(ph[:3])} {sw(ph[3:6])} {sw(ph[6:])}]]",
        "A: an attorney will call you within ((dur:three business days)) keep any photos of the heaters and any letters from the landlord",
        "C: i got pictures of everything",
    ]


@case
def blood_donor_canada_records(g):
    donor = g.acct("LDDDDDDD")
    d = g.dob(1975, 2004)
    pc = g.ca_pc("T2N")
    ph = g.phone_us(["403", "587"])
    dd = g.day()
    mo = g.num(1, 12)
    return "transcript", [
        "A: Donor contact centre, [[NAME:Amandeep]] speaking.",
        "C: Hi. I moved last year and I think my records are still at my old address. I keep missing the reminders.",
        "A: Let's fix that. What's your donor number? It's on the back of your card.",
        f"C: [[ACCT:{donor}]].",
        "A: And your date of birth?",
        f"C: [[DOB:{mon(d[1])} {ordt(d[0])}, {d[2]}]].",
        "A: Thank you, [[NAME:Siobhan]]. What's the new address?",
        "C: Actually, it's pronounced [[NAME:Shiv-awn]], everyone gets it wrong. The address is in Calgary.",
        "A: Sorry about that! And the postal code?",
        f"C: [[PC:{pc}]].",
        "A: And is your mobile still the same?",
        f"C: No, it's [[PH:{grp(ph, [3, 3], ' ')}]] now.",
        f"A: Updated. Your last donation was on ((date:{mon(mo)} {dd})), and whole blood donors wait ((dur:56 days)) between donations, so you're eligible again.",
        "C: Great. Is there anything on Saturday?",
        "A: ((time:9:20)) or ((time:11:40)) at the downtown centre.",
        "C: ((time:9:20)), please.",
        "A: Booked. You'll get a text the day before.",
    ]


@case
def pawn_extension_corrected_block(g):
    ticket = g.acct("DDDDDD")
    amt = g.num(40, 120)
    c = g.card("visa")
    b = blocks(c)
    wrong = b[2][:3] + str((int(b[2][3]) + 4) % 10)
    e = g.expiry()
    cv = g.cvv()
    rate = g.pick([15, 20, 25])
    return "asr", [
        "A: cash converters loans [[NAME:kirra]] speaking",
        "C: hi i need to pay the fee on my loan to stop it going to sale",
        f"A: no worries what's the contract number",
        f"C: [[ACCT:{sw(ticket)}]]",
        "A: and your name",
        "C: [[NAME:jarrah]] [[NAME:jarrah wilkes]]",
        f"A: thanks [[NAME:jarrah]] the extension fee is ((price:{n2w(amt)} dollars)) that's ((pct:{n2w(rate)} percent)) of the loan",
        "C: yep card's ready",
        f"C: [[CARD#a:{sw(b[0])}]]",
        "A: mm-hmm",
        f"C: [[CARD#a:{sw(b[1])}]] then [[CARD#a!:{sw(wrong)}]]",
        f"C: no sorry that last lot was [[CARD#a:{sw(b[2])}]] then [[CARD#a:{sw(b[3])}]]",
        "A: okay so the third group is the corrected one",
        "C: yeah",
        "A: expiry",
        f"C: [[EXP:{sw(p2(e[0]))} {two(p2(e[1]))}]]",
        "A: and the c v v",
        f"C: [[CVV:{sw(cv)}]]",
        "A: that's through your items are held for another ((dur:thirty days))",
        "C: thanks heaps",
    ]


@case
def rod_licence_senior(g):
    d = g.dob(1941, 1956)
    h = g.house(1, 60)
    pc = g.uk_pc("SY3")
    price = g.money(20, 26, pence=True)
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    return "asr", [
        "A: rod licence sales [[NAME:tegan]] speaking",
        "C: hello yes i'd like my fishing licence for the year my grandson usually does it on the computer but he's away",
        "A: no problem can i take your name",
        "C: [[NAME:cledwyn]] [[NAME:cledwyn hughes]]",
        "A: and your date of birth there's a concession for over ((other:sixty fives))",
        f"C: oh good i'm ((other:{n2w(2025 - d[2])})) [[DOB:{ordw(d[0])} {mon_l(d[1])} {yw(d[2])}]]",
        f"A: that's the senior rate then ((price:{money_a(price, 'pounds', 'pence', short=False)})) for ((dur:twelve months))",
        "C: lovely",
        "A: can i take your address",
        f"C: [[ADDR:{n2w(h)} severn bank]] that's in shrewsbury",
        "A: postcode",
        f"C: [[PC:{say_pc(pc)}]]",
        "A: and we'll do the card now just read me the first four numbers",
        f"C: [[CARD#a:{sw(b[0])}]]",
        "A: and the next four",
        f"C: [[CARD#a:{sw(b[1])}]]",
        "A: and the next",
        f"C: [[CARD#a:{sw(b[2])}]]",
        "A: and the last four",
        f"C: [[CARD#a:{sw(b[3])}]]",
        "A: now the expiry it'll be two numbers a slash and two more",
        f"C: [[EXP:{sw(p2(e[0]))} slash {sw(p2(e[1]))}]]",
        "A: and on the back three numbers",
        f"C: [[CVV:{sw(cv)}]]",
        "A: that's all done mister [[NAME:hughes]] the licence number will come in a letter",
    ]


@case
def canal_visitor_ivr(g):
    c = g.card("mc")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    price = g.money(40, 70, pence=False)
    conf = g.lookalike(8)
    k = g.num(0, 3)
    heard = b[0] + b[1][:k] + str((int(b[1][k]) + 2) % 10) + b[1][k + 1:] + b[2] + b[3]
    return "asr", [
        "I: welcome to the waterways payment line for a visitor licence say visitor for anything else say other",
        "C: visitor",
        f"I: a ((dur:seven day)) visitor licence costs ((price:{n2w(price[0])} pounds)) please say your card number",
        f"C: [[CARD#a:{sw(b[0])}]] um [[CARD#a:{sw(b[1])}]]",
        "I: please continue",
        f"C: [[CARD#a:{sw(b[2])} {sw(b[3])}]]",
        f"I: i heard [[CARD#h!:{sw(heard)}]] is that correct",
        "C: no the middle bit",
        "I: please say the whole number again",
        f"C: [[CARD:{sw(b[0])} {sw(b[1])} {sw(b[2])} {sw(b[3])}]]",
        f"I: card ending [[CARD:{sw(b[3])}]] is that correct",
        "C: yes",
        "I: expiry date",
        f"C: [[EXP:{two(p2(e[0]))} {two(p2(e[1]))}]]",
        "I: security code",
        f"C: [[CVV:{sw(cv)}]]",
        f"I: payment accepted your reference is ((other:{sw(conf)}))",
    ]


@case
def tutoring_declined_second_card(g):
    c1 = g.card("visa")
    e1 = g.expiry()
    cv1 = g.cvv()
    c2 = g.card("mc")
    e2 = g.expiry()
    cv2 = g.cvv()
    h = g.house(2, 120)
    pc = g.uk_pc("OX4")
    rate = g.num(40, 60)
    return "transcript", [
        "A: Good evening, Cherwell Tutors, [[NAME:Ottilie]] speaking.",
        "C: Hi, it's [[NAME:Farhan Chowdhury]]. I'm booking chemistry tutoring for my daughter, [[NAME:Ayesha]]. She's in ((other:Year 12)).",
        f"A: Lovely. A-level chemistry is ((price:£{rate})) an hour, and we ask for a block of ((count:five)) sessions up front.",
        "C: That's fine. Let's use my Visa.",
        f"C: [[CARD:{cardt(c1)}]], expiry [[EXP:{exp_t(e1)}]], security code [[CVV:{cv1}]].",
        "A: I'm sorry, that's come back declined.",
        "C: Really? It might be the daily limit. Try my Mastercard.",
        f"C: [[CARD#b:{blocks(c2)[0]} {blocks(c2)[1]}]]... [[CARD#b:{blocks(c2)[2]} {blocks(c2)[3]}]].",
        f"A: And the expiry and the code on that one?",
        f"C: [[EXP:{exp_t(e2)}]] and [[CVV:{cv2}]].",
        "A: That's gone through. Where will the sessions be, at home or online?",
        f"C: At home. [[ADDR:{h} Cricket Road]], [[PC:{pc}]].",
        "A: And an email for the tutor's notes after each session?",
        "C: [[EM:farhan.chowdhury@btinternet.com]].",
        "A: Perfect. The tutor, Dr [[NAME:Margit Oyelaran]], will be in touch to arrange the first session.",
        "C: Thank you. [[NAME:Ayesha]] will be relieved.",
    ]


@case
def solicitor_fees_pps_ireland(g):
    pps = g.pps()
    h = g.house(1, 70)
    eir = g.eircode("T12")
    fee = g.num(900, 1800)
    vat = fee * 23 // 100
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    return "asr", [
        "A: good morning o'mahony and company solicitors [[NAME:grainne]] speaking",
        "C: hi [[NAME:grainne]] it's [[NAME:tadhg]] [[NAME:tadhg kiely]] i'm paying the fees for the probate",
        "A: hi [[NAME:tadhg]] before i take a payment i need to finish the identity check for our anti money laundering rules can you give me your p p s number",
        f"C: [[SSN:{sw(pps[:7])} {pps[7].lower()}]]",
        f"A: thank you and the address on your utility bill",
        f"C: [[ADDR:{n2w(h)} blackrock road cork]]",
        "A: and the eircode",
        f"C: [[PC:{say_pc(eir)}]]",
        f"A: lovely that's all verified so the fee is ((price:{n2w(fee, and_=False)} euro)) plus vat at ((pct:twenty three percent)) which is ((price:{n2w(vat, and_=False)} euro))",
        "C: grand go ahead",
        f"C: [[CARD#a:{sw(b[0])} {sw(b[1])}]]",
        "A: yep",
        f"C: [[CARD#a:{sw(b[2])}]] and the last four [[CARD#a:{sw(b[3])}]]",
        "A: expiry",
        f"C: [[EXP:{sw(p2(e[0]))} {two(p2(e[1]))}]]",
        "A: and the three digit code",
        f"C: [[CVV:{sw(cv)}]]",
        "A: that's gone through i'll send the receipt with the next letter",
    ]


@case
def jail_commissary_ivr(g):
    booking = g.acct("NDDDDDDDD")
    amt = g.num(20, 100)
    fee = g.money(3, 6, pence=True)
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    z = g.zip("33")
    return "asr", [
        "I: welcome to the county jail deposit line to add money to an inmate's commissary say commissary",
        "C: commissary",
        "I: please say the inmate's booking number",
        f"C: [[ACCT:{sw(booking)}]]",
        f"I: you said [[ACCT:{sw(booking)}]] the inmate's last name begins with o is that right",
        "C: yes",
        "I: how much would you like to deposit",
        f"C: ((price:{n2w(amt)} dollars))",
        f"I: a deposit of ((price:{n2w(amt)} dollars)) has a service fee of ((price:{money_a(fee, 'dollars', 'cents', short=False)})) please say your card number",
        f"C: [[CARD#a:{sw(b[0])} {sw(b[1])}]] uh [[CARD#a:{sw(b[2])} {sw(b[3])}]]",
        f"I: card ending in [[CARD:{sw(b[3])}]] say yes or no",
        "C: yes",
        "I: expiration month and year",
        f"C: [[EXP:{two(p2(e[0]))} {two(p2(e[1]))}]]",
        "I: security code",
        f"C: [[CVV:{sw(cv)}]]",
        "I: billing zip code",
        f"C: [[PC:{sw(z)}]]",
        "I: your deposit is complete funds are usually available within ((dur:twenty four hours)) goodbye",
    ]


@case
def immigration_consult_us(g):
    anum = g.acct("ANDDDDDDDD")
    ph = g.phone_us(["718", "929"])
    fee = g.num(150, 250)
    c = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    fl = g.num(100, 999)
    return "transcript", [
        "A: Liberty Immigration Counsel, this is [[NAME:Dmitri]]. How can I help you today?",
        "C: Hi, my name is [[NAME:Esperanza Villalobos]]. My green card is expiring and I also want to ask about citizenship.",
        f"A: Of course. An initial consultation with one of our attorneys is ((price:${fee})) for ((dur:45 minutes)). Would you like to book one?",
        "C: Yes, please. Do you need my A-number?",
        "A: It helps, yes.",
        f"C: It's [[ACCT:{anum[0]}-{anum[1:4]}-{anum[4:7]}-{anum[7:]}]].",
        "A: Thank you. And the best phone number for you?",
        f"C: [[PH:{grp(ph, [3, 3], '-')}]]. Texts are fine too.",
        "A: Great. I have Thursday at ((time:2:30)) or Friday at ((time:11)).",
        f"C: Friday. Oh, wait, I fly back from Bogotá Friday morning on ((flight:AV {fl})). Thursday, please.",
        "A: Thursday it is. To hold the slot I'll take the fee now. Card number?",
        f"C: [[CARD:{cardt(c)}]].",
        "A: Expiration date and security code?",
        f"C: [[EXP:{e[0]:02d}/20{e[1]}]], and [[CVV:{cv}]].",
        "A: All set, Ms. [[NAME:Villalobos]]. Bring your current card and any travel records from the last ((dur:five years)).",
        "C: Thank you so much, [[NAME:Dmitri]].",
    ]


@case
def outdoors_card_renewal_ca(g):
    oc = g.acct("NDDDDDDDDDDDDDD")
    d = g.dob(1955, 1995)
    h = g.house(10, 990)
    pc = g.ca_pc("P3E")
    ph = g.phone_us(["705", "249"])
    fee = g.money(9, 12, pence=True)
    tag_year = g.pick([2026, 2027])
    return "transcript", [
        "A: Fish and Wildlife licensing, [[NAME:Reuben]] speaking.",
        "C: Hi, my Outdoors Card expired and I'd like to renew it before moose season. I've got the old card here.",
        "A: Sure. Can you read me the number on it?",
        f"C: [[ACCT:{grp(oc, [6, 5])}]]. It's a bit worn at the end, so I hope that's right.",
        "A: That's found you. Date of birth?",
        f"C: [[DOB:{d[2]}-{d[1]:02d}-{d[0]:02d}]].",
        "A: Thanks, Mr [[NAME:Lemieux]]. Has your address changed?",
        f"C: Yes, we moved. It's [[ADDR:{h} Ramsey Lake Road, Sudbury]], [[PC:{pc}]].",
        "A: And the phone number?",
        f"C: [[PH:{grp(ph, [3, 3], '-')}]].",
        f"A: Updated. The card renewal is ((price:${fee[0]}.{fee[1]:02d})), and it's good for ((dur:three years)). Do you want to add a ((year:{tag_year})) hunting tag application too?",
        "C: Not yet, my brother-in-law, [[NAME:Gilles]], is doing the group application.",
        "A: No problem. The new card will arrive in about ((dur:two weeks)).",
    ]


@case
def church_hall_wedding_uk(g):
    h = g.house(2, 80)
    pc = g.uk_pc("YO31")
    ph = g.phone_uk_geo("0113")
    dd = g.day()
    mo = g.num(4, 9)
    fee = g.num(300, 600)
    dep = fee // 2
    return "transcript", [
        "A: Good morning, St Wilfrid's church office, [[NAME:Marjorie]] speaking.",
        "C: Hello, [[NAME:Marjorie]]. I'm [[NAME:Precious Mahlangu]], I'm getting married at the church in the summer and we'd like the hall for the reception.",
        f"A: How lovely. Which Saturday?",
        f"C: The ((date:{ordt(dd)} of {mon(mo)})).",
        "A: That's free. How many guests?",
        "C: About ((count:90)) for the meal and maybe ((count:120)) in the evening.",
        "A: The hall holds ((count:130)), so you're fine. Will you have a bar?",
        "C: My fiancé's cousin, [[NAME:Tobias Ferreira-Lund]], has a licence and will run it.",
        f"A: Then the hire is ((price:£{fee})) for the day, with ((price:£{dep})) deposit. We close at ((time:11.30pm)), I'm afraid.",
        "C: That's fine. Where do I send the deposit?",
        "A: We'll post you an invoice. Can I take your address?",
        f"C: [[ADDR:{h} Heworth Green, York]], [[PC:{pc}]].",
        "A: And a phone number and email?",
        f"C: [[PH:{grp(ph, [4, 3])}]] is my work line, and email is [[EM:precious.mahlangu@yahoo.co.uk]].",
        "A: Lovely. The invoice will go out this week. Congratulations to you both.",
    ]


@case
def corporate_cab_account_au(g):
    acct = g.acct("CC-DDDDD")
    c = g.card("amex")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv(4)
    ph = g.phone_au("03")
    fl = g.num(400, 999)
    fare = g.num(70, 110)
    return "transcript", [
        "A: Good afternoon, Southbank Corporate Cabs, [[NAME:Ravi]] speaking.",
        "C: Hi, [[NAME:Ravi]], it's [[NAME:Courtney Aldous]] from the engineering firm. We need to update the card on our account.",
        "A: Sure. Account number?",
        f"C: [[ACCT:{acct}]].",
        "A: Got it. Go ahead with the new card.",
        f"C: It's an Amex. [[CARD#a!:{b[0]} {b[1][:3]}]], no, sorry, let me start again. [[CARD#a:{b[0]} {b[1]}]]... [[CARD#a:{b[2]}]].",
        f"A: So that's [[CARD:{cardt(c)}]]?",
        "C: Yes.",
        "A: Expiry and the four-digit code?",
        f"C: [[EXP:{exp_t(e)}]], code [[CVV:{cv}]].",
        "A: Done. Anything else?",
        f"C: Yes, a pickup tomorrow for our director, [[NAME:Haruto Nishimura]], from Tullamarine. He's on ((flight:QF {fl})), landing ((time:7:05am)).",
        "A: And a mobile for the driver to call?",
        f"C: Use our office line, [[PH:{ph[:2]} {ph[2:6]} {ph[6:]}]].",
        f"A: Booked. It'll be about ((price:${fare})) to the city, charged to the new card.",
    ]


@case
def heating_oil_us_declined(g):
    acct = g.acct("DDDDDD")
    c1 = g.card("visa")
    e1 = g.expiry()
    c2 = g.card("disc")
    e2 = g.expiry()
    cv2 = g.cvv()
    ppg = g.money(3, 4, pence=True)
    lvl = g.num(8, 25)
    mn = g.pick([100, 150, 200])
    return "transcript", [
        "A: Harbor Fuel, [[NAME:Lorraine]] speaking.",
        f"C: Hi, this is [[NAME:Walt Kowalski-Reyes]]. Our tank gauge is reading about ((pct:{lvl}%)) and the forecast is brutal.",
        "A: Let's get you filled. What's the account number?",
        f"C: [[ACCT:{acct}]].",
        f"A: Okay. It's ((price:${ppg[0]}.{ppg[1]:02d} a gallon)) today, with a ((qty:{mn}-gallon)) minimum. Fill it up?",
        "C: Fill it. My wife, [[NAME:Faith]], usually does the ordering, but use the Visa on file.",
        f"A: The one ending [[CARD:{c1[-4:]}]]? That's expired, it says [[EXP:{exp_t((e1[0], 24))}]].",
        "C: Oh, right, they sent me a new one. Let me get my wallet.",
        f"C: Actually use the Discover. [[CARD:{cardt(c2)}]].",
        "A: Expiration and CVV?",
        f"C: [[EXP:{exp_t(e2)}]], [[CVV:{cv2}]].",
        "A: That went through. The truck can be there Thursday, and it's about ((dur:20 minutes)) on site.",
        "C: Great, the gate code hasn't changed.",
    ]


@case
def pawn_ireland_dob_check(g):
    ticket = g.acct("DDDDD")
    d = g.dob(1960, 1985)
    h = g.house(1, 80)
    eir = g.eircode("D12")
    ph = g.phone_ie()
    loan = g.num(200, 700)
    rate = g.num(2, 5)
    return "transcript", [
        "A: Good morning, Carroll's pawn office, [[NAME:Fiachra]] speaking.",
        "C: Hi, I've a ring in with you and the ticket says it's due next week. Can I get more time?",
        "A: You can. What's the pledge number on the ticket?",
        f"C: [[ACCT:{ticket}]].",
        "A: And your name and date of birth?",
        f"C: [[NAME:Bernadette Quinlivan]], [[DOB:{d[0]}/{d[1]}/{d[2]}]].",
        "A: Thanks. And the address we have?",
        f"C: [[ADDR:{h} Sundrive Road, Kimmage]], [[PC:{eir}]].",
        f"A: Grand. The loan was ((price:€{loan})) and the interest is ((pct:{rate}%)) a month. To extend by ((dur:six months)) you pay the interest to date.",
        "C: Can I do that in the shop on Friday?",
        "A: You can, or by card now. If you come in, bring the ticket and photo ID.",
        "C: I'll come in. Can you text me a reminder?",
        f"A: Sure. Is [[PH:{grp(ph, [3, 3])}]] still right?",
        "C: That's the one.",
    ]


@case
def legal_aid_sin_canada(g):
    sin = g.sin()
    d = g.dob(1950, 1995)
    h = g.house(100, 2900)
    apt = g.num(101, 1204)
    pc = g.ca_pc("M6H")
    ph = g.phone_us(["416", "647"])
    return "transcript", [
        "A: Legal Aid intake, [[NAME:Shreya]] speaking. Are you applying for a certificate?",
        "C: Yes, I think so. I'm going through a separation and my ex has a lawyer, and I don't.",
        "A: I'm sorry. Let's start with your name.",
        "C: [[NAME:Teodora Ilieva]].",
        "A: Date of birth?",
        f"C: [[DOB:{ordt(d[0])} {mon(d[1])} {d[2]}]].",
        "A: And your Social Insurance Number? We use it to check income.",
        f"C: [[SSN:{grp(sin, [3, 3])}]].",
        "A: Thank you. Your address?",
        f"C: [[ADDR:Apartment {apt}, {h} Dufferin Street, Toronto]], [[PC:{pc}]].",
        "A: How many people are in your household?",
        "C: Me and my ((count:two)) children. They're ((other:6)) and ((other:9)).",
        "A: And a phone number where it's safe to call you?",
        f"C: [[PH:{grp(ph, [3, 3], '-')}]]. It's my own phone, he doesn't have access.",
        "A: Thank you for telling me that. A caseworker will call within ((dur:48 hours)) and we'll note that only this number is to be used.",
    ]


@case
def inmate_trust_deposit_ca(g):
    fps = g.acct("NDDDDDL")
    amt = g.num(50, 200)
    c = g.card("mc")
    e = g.expiry()
    cv = g.cvv()
    ph = g.phone_us(["204", "431"])
    return "transcript", [
        "A: Offender trust accounts, [[NAME:Kwame]] speaking.",
        "C: Hi. I'd like to send money to my brother. He was transferred and I don't know if his account moved with him.",
        "A: It follows him. Do you have his FPS number?",
        f"C: [[ACCT:{fps}]].",
        "A: And his name?",
        "C: [[NAME:Darius Okoro-Bell]].",
        "A: He's at Stony Mountain now. How much are you sending?",
        f"C: ((price:${amt})).",
        "A: Card number, please.",
        f"C: [[CARD#a:{blocks(c)[0]}]], [[CARD#a:{blocks(c)[1]}]]... hang on, [[CARD#a!:{blocks(c)[1]}]], yes, then [[CARD#a:{blocks(c)[2]} {blocks(c)[3]}]].",
        "A: Expiry and CVC?",
        f"C: [[EXP:{exp_t(e)}]]. [[CVV:{cv}]].",
        "A: And a contact number for you, in case the payment is queried?",
        f"C: [[PH:{grp(ph, [3, 3], '-')}]]. I'm [[NAME:Amara]], his sister.",
        "A: Thank you, [[NAME:Amara]]. It'll show in his account within ((dur:three business days)).",
    ]


@case
def community_center_rental_us(g):
    h = g.house(100, 9900)
    z = g.zip("981")
    ph = g.phone_us(["206", "425"])
    fee = g.num(200, 450)
    c = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    dd = g.day()
    mo = g.num(1, 12)
    return "transcript", [
        "A: Rainier Valley Community Center, [[NAME:Tuan]] speaking.",
        "C: Hi, I'd like to rent the multipurpose room for my mom's ((other:80th)) birthday.",
        "A: Happy birthday to her! What date?",
        f"C: Saturday, ((date:{mon(mo)} {dd})), from ((time:1)) to ((time:6 p.m.)).",
        f"A: That's open. It's ((price:${fee})) for the afternoon, and it seats ((count:75)).",
        "C: Perfect. What do you need from me?",
        "A: A name, address, and a card for the deposit.",
        f"C: [[NAME:Lupe Tafuna]]. [[ADDR:{h} Rainier Avenue South, Seattle]], [[PC:{z}]].",
        f"A: And the card?",
        f"C: [[CARD:{cardt(c, '-')}]], expires [[EXP:{exp_t(e)}]], security code [[CVV:{cv}]].",
        "A: Thank you. A phone and email for the rental agreement?",
        f"C: [[PH:{grp(ph, [3, 3], '-')}]], and [[EM:lupe.tafuna@outlook.com]].",
        "A: You'll get the agreement today. Tables and chairs are included, and you'll need to be out by ((time:7)).",
        "C: Great. My brother [[NAME:Sione]] will pick up the keys.",
        "A: Just have him bring ID. See you then!",
    ]


@case
def scrap_car_canada_vin(g):
    plate = g.acct("LLLL DDD")
    vin = g.acct("NLLLLDDLDDLDDDDDD")
    h = g.house(10, 990)
    pc = g.ca_pc("L6Y")
    ph = g.phone_us(["905", "289"])
    yr = g.num(2003, 2011)
    offer = g.num(250, 500)
    return "transcript", [
        "A: GTA Auto Recyclers, [[NAME:Bogdana]] speaking.",
        f"C: Hi, I've got a ((year:{yr})) minivan that failed the safety. What would you give me for it?",
        "A: Is it running?",
        "C: It runs, but the transmission's gone.",
        f"A: We can do ((price:${offer})), and the tow is free. I'll need the plate and the VIN for the paperwork.",
        f"C: Plate is [[ACCT:{plate}]]. The VIN is [[ACCT:{vin}]].",
        f"A: Let me repeat the VIN: [[ACCT:{vin}]].",
        "C: That's right.",
        "A: And where's the vehicle?",
        f"C: [[ADDR:{h} Queen Street West, Brampton]], [[PC:{pc}]].",
        "A: Name on the ownership?",
        "C: [[NAME:Kuldeep Sandhu]].",
        "A: And a number for the driver?",
        f"C: [[PH:{grp(ph, [3, 3], '.')}]].",
        "A: The tow will be there Tuesday morning. Have the ownership signed and both keys ready, and remove the plates.",
    ]


@case
def septic_tank_au_booking(g):
    h = g.house(20, 900)
    pc = g.au_pc(3550, 3570)
    c = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    price = g.num(450, 700)
    model = g.pick(['BC-6', 'BC-10', 'BC-12'])
    size = int(model.split('-')[1]) * 1000
    return "transcript", [
        "A: Goulburn Valley Liquid Waste, [[NAME:Shane]] speaking.",
        "C: Hi, we need the septic pumped out. We've just bought the property and the agent reckons it hasn't been done in years.",
        "A: Fair enough. What system is it, do you know?",
        f"C: There's a plate on the lid that says Biocycle ((model:{model})).",
        f"A: That's an aerated one, ((qty:{size:,} litres)) or so. Where's the property?",
        f"C: [[ADDR:{h} Old Shepparton Road, Kialla]], [[PC:{pc}]].",
        "A: And your name?",
        "C: [[NAME:Annika Strand]].",
        f"A: Thanks, [[NAME:Annika]]. A full pump-out and service is ((price:${price})). We ask for the card number, expiry and code to confirm.",
        f"C: Sure, [[CARD:{cardt(c)}]], [[EXP:{exp_t(e)}]], [[CVV:{cv}]].",
        "A: Which was the expiry and which the code, just so I've got it right?",
        f"C: Expiry [[EXP:{exp_t(e)}]], code [[CVV:{cv}]].",
        "A: Beautiful. We'll be out Friday between ((time:8)) and ((time:10)). Make sure the lids are accessible.",
    ]


@case
def ancestry_kit_order_ca(g):
    h = g.house(10, 490)
    unit = g.num(1, 30)
    pc = g.ca_pc("B3H")
    c = g.card("mc")
    e = g.expiry()
    cv = g.cvv()
    price = g.money(99, 149, pence=True)
    track = g.lookalike(16)
    return "transcript", [
        "A: Heritage Helix customer care, [[NAME:Anneke]] speaking.",
        "C: Hi, I ordered ((count:two)) kits as gifts and I think I put in my old address. Can I still change it?",
        "A: If it hasn't shipped. What's the email on the order?",
        "C: [[EM:m.oconnell.halifax@gmail.com]].",
        "A: Found it. Order for [[NAME:Maeve O'Connell]]?",
        "C: That's me.",
        "A: It's packed but not shipped. What's the new address?",
        f"C: [[ADDR:Unit {unit}, {h} South Park Street, Halifax]], [[PC:{pc}]].",
        f"A: Updated. The shipping will be recharged, so I need the card number, expiry and code again. The total stays ((price:${price[0]}.{price[1]:02d})).",
        f"C: [[CARD:{cardt(c)}]], [[EXP:{exp_t(e)}]], and the code is [[CVV:{cv}]].",
        f"A: Done. Your tracking number will be ((other:{track})).",
        "C: Could you email that? I didn't catch it.",
        "A: Of course, it's on its way to you now.",
    ]


@case
def foster_licence_renewal_us(g):
    d = g.dob(1965, 1990)
    ssn4 = g.digits(4)
    lic = g.acct("FC-DDDDDD")
    h = g.house(100, 9900)
    z = g.zip("32")
    due = g.day(10, 28)
    return "transcript", [
        "A: Foster care licensing, this is [[NAME:Ngozi]].",
        "C: Hi, I'm a foster parent and my licence comes up for renewal next month. I wanted to make sure my paperwork is in.",
        "A: Sure. Your licence number?",
        f"C: [[ACCT:{lic}]].",
        "A: And for verification, your date of birth and the last four of your Social?",
        f"C: [[DOB:{d[1]}/{d[0]}/{d[2]}]], and [[SSN:{ssn4}]].",
        "A: Thank you, Ms. [[NAME:Abernathy]]. I have your medical form and the fire inspection. I'm missing the updated background check for your husband.",
        "C: [[NAME:Clarence]]? He did it last week.",
        "A: It can take ((dur:ten days)) to reach us. Is the address still [[ADDR:%d Palmetto Bluff Drive, Gainesville]]?" % h,
        f"C: Yes. ZIP [[PC:{z}]].",
        "A: And is [[EM:abernathy.fosterhome@gmail.com]] still good for the renewal packet?",
        "C: Yes, it is.",
        f"A: Great. As long as his check arrives by the ((date:{ordt(due)})), you're fine. You currently have ((count:two)) placements, correct?",
        "C: That's right, ((count:two)) boys.",
    ]


@case
def driving_test_booking_uk(g):
    lic = g.acct("LLLLLNDDDDDLLDLL")
    theory = g.acct("NDDDDDDDD")
    c = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    dd = g.day()
    mo = g.num(1, 12)
    fee = g.pick([62, 75])
    return "transcript", [
        "A: Driving test bookings, [[NAME:Hollie]] speaking.",
        "C: Hi, I'm booking a practical test for my son. He's dyslexic and the website keeps timing out on him.",
        "A: I can book it for you. I'll need his driving licence number.",
        f"C: [[ACCT:{lic}]].",
        "A: And his theory test pass certificate number?",
        f"C: [[ACCT:{theory}]].",
        "A: Thank you. Is this [[NAME:Ezekiel Adebayo-Hart]]?",
        "C: Yes. Everyone calls him [[NAME:Zeke]].",
        f"A: The earliest at your nearest centre is ((date:{ordt(dd)} {mon(mo)})) at ((time:08:57)).",
        "C: He'll take it. How much?",
        f"A: ((price:£{fee})) on a weekday. Card number, please.",
        f"C: [[CARD:{cardt(c)}]].",
        "A: Expiry?",
        f"C: [[EXP:{exp_t(e)}]].",
        "A: Security code?",
        f"C: [[CVV:{cv}]].",
        "A: Booked. The confirmation goes to the email on his licence account.",
        "C: Can you send it to me as well? [[EM:adebayo.hart.family@gmail.com]].",
        "A: I've added you. Good luck to [[NAME:Zeke]].",
    ]


@case
def certificate_order_archive(g):
    h = g.house(1, 90)
    pc = g.uk_pc("EX4")
    c = g.card("mc")
    e = g.expiry()
    cv = g.cvv()
    yr1 = g.num(1871, 1899)
    yr2 = yr1 + g.num(18, 30)
    price = g.money(11, 13, pence=True)
    return "transcript", [
        "A: Records office, [[NAME:Peregrine]] speaking.",
        f"C: Hello. I'm tracing my family tree and I'd like copies of ((count:two)) certificates: a birth in ((year:{yr1})) and a marriage in ((year:{yr2})).",
        "A: Certainly. Names on the birth?",
        "C: [[NAME:Ebenezer Tuckett]], born in Crediton.",
        "A: And the marriage?",
        "C: [[NAME:Ebenezer Tuckett]] and [[NAME:Philippa Venn]].",
        f"A: Each certificate is ((price:£{price[0]}.{price[1]:02d})). Would you like them posted?",
        f"C: Yes, please. [[ADDR:{h} Pennsylvania Road, Exeter]], [[PC:{pc}]].",
        "A: And your name?",
        "C: [[NAME:Rosamund Tuckett-Price]].",
        "A: Card number?",
        f"C: [[CARD:{cardt(c)}]], expiry [[EXP:{exp_t(e)}]], [[CVV:{cv}]] on the back.",
        "A: And an email for the order confirmation?",
        "C: [[EM:rosamund.tp@talktalk.net]].",
        "A: They'll be with you in ((dur:15 working days)).",
    ]


@case
def naati_translation_au(g):
    ph = g.phone_au()
    c = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    price = g.num(60, 90)
    return "transcript", [
        "A: Good morning, Harbourside Translations, [[NAME:Mariana]] speaking.",
        "C: Hi, I need my Vietnamese driver's licence translated so I can drive here. Does it need to be NAATI?",
        f"A: Yes, for the transport department it does. A licence is ((count:one)) page, ((price:${price})), and we can do it in ((dur:two days)).",
        "C: That's fine. I'll email a photo of it.",
        "A: Great. Your name as it appears on the licence?",
        "C: [[NAME:Nguyen Thi Thu Hang]].",
        "A: And your email?",
        "C: [[EM:thuhang.nguyen@hotmail.com]].",
        "A: And a mobile number?",
        f"C: [[PH:{grp(ph, [4, 3])}]].",
        "A: Lovely. Payment by card?",
        f"C: [[CARD:{cardt(c)}]]. Expires [[EXP:{exp_t(e)}]]. Code [[CVV:{cv}]].",
        "A: Thank you. Send the photo and we'll start as soon as it arrives.",
    ]


@case
def poa_ticket_ontario(g):
    off = g.acct("NDDDD LDDDDDDD")
    fine = g.num(85, 260)
    c = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    h = g.house(10, 990)
    pc = g.ca_pc("N2L")
    return "transcript", [
        "A: Provincial Offences payments, [[NAME:Chidi]] speaking.",
        "C: Hi, I got a ticket for a rolling stop and I just want to pay it.",
        "A: Okay. Can you read me the offence number? It's along the top.",
        f"C: [[ACCT:{off}]].",
        f"A: Thank you. The total payable is ((price:${fine})), including the victim fine surcharge.",
        "C: Okay.",
        "A: Name on the ticket?",
        "C: [[NAME:Beatrix Szabo]].",
        "A: Address on the ticket?",
        f"C: [[ADDR:{h} University Avenue West, Waterloo]], [[PC:{pc}]].",
        "A: And the card number, expiry and security code?",
        f"C: [[CARD:{cardt(c)}]], [[EXP:{exp_t(e)}]], [[CVV:{cv}]].",
        "A: It's paid. Keep the confirmation, and there are no demerit points for this one.",
    ]


@case
def pleasure_craft_licence_ca(g):
    pcl = g.acct("NNLDDDDDD")
    d = g.dob(1950, 1990)
    h = g.house(10, 900)
    pc = g.ca_pc("B2N")
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    yr = g.num(1998, 2012)
    ft = g.num(14, 22)
    rush = g.num(20, 40)
    return "asr", [
        "A: transport canada pleasure craft licensing [[NAME:mireille]] speaking",
        "C: yeah hi i bought a used boat off a guy in truro and i gotta transfer the licence into my name",
        "A: okay do you have the licence number from the old owner it's on the side of the boat and on the paper",
        f"C: the paper says [[ACCT:{sw(pcl[:2])} {pcl[2].lower()} {sw(pcl[3:])}]]",
        f"A: got it a ((year:{yw(yr)})) bowrider ((qty:{n2w(ft)} feet))",
        "C: that's her",
        "A: i'll need your name and date of birth for the new holder",
        f"C: [[NAME:brody]] [[NAME:brody macisaac]] born [[DOB:{mon_l(d[1])} {ordw(d[0])} {yw(d[2])}]]",
        "A: and your address",
        f"C: [[ADDR:{n2w(h, and_=False)} robie street]] in truro",
        "A: postal code",
        f"C: [[PC:{say_pc(pc)}]]",
        f"A: transfers are free but if you want it sped up there's a rush option for ((price:{n2w(rush)} dollars))",
        "C: nah i'm not going out till june",
        "A: fair enough then you'll get the new licence in ((dur:four to six weeks))",
        "C: hold on my buddy says i need a card for the pleasure craft operator thing too",
        "A: that's the operator card that's separate it's a course and test online",
        "C: right okay i'll do that then thanks",
        "A: no problem have a good season",
        "C: cheers",
    ]


@case
def music_school_term_ivr_au(g):
    student = g.acct("DDDDDD")
    fee = g.num(280, 420)
    c = g.card("mc")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    rec = g.lookalike(10)
    start = g.day(1, 9)
    return "asr", [
        "I: thanks for calling the conservatorium payments line please say your student number",
        f"C: [[ACCT:{sw(student)}]]",
        f"I: student number [[ACCT:{sw(student)}]] the term fee due is ((price:{n2w(fee)} dollars)) to pay the full amount say full",
        "C: full",
        "I: please say the sixteen digits on the front of your card",
        f"C: [[CARD#a:{sw(b[0])}]] hang on [[CARD#a:{sw(b[1])} {sw(b[2])}]]",
        "I: sorry i didn't get all of that say the rest of the number",
        f"C: [[CARD#a:{sw(b[3])}]]",
        f"I: the card ends in [[CARD:{sw(b[3])}]] is that right",
        "C: yeah",
        "I: say the expiry date",
        f"C: [[EXP:{sw(p2(e[0]))} {sw(p2(e[1]))}]]",
        "I: now the three digit security code",
        f"C: [[CVV:{sw(cv)}]]",
        f"I: thank you your payment has been accepted your receipt number is ((other:{sw(rec)})) term starts monday the ((date:{ordw(start)}))",
    ]


@case
def community_garden_au_email(g):
    mem = g.acct("NDDDD")
    ph = g.phone_au()
    c = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    fee = g.num(40, 80)
    plot = g.num(1, 60)
    return "asr", [
        "A: hi this is [[NAME:sienna]] at the community garden how can i help",
        f"C: hi [[NAME:sienna]] i've got plot ((other:{n2w(plot)})) and my renewal email bounced i think you've got my old email",
        "A: oh no okay what's your member number",
        f"C: [[ACCT:{spairs(mem)}]]",
        "A: i've got [[NAME:ibrahim]] [[NAME:ibrahim al-sayed]] is that you",
        "C: yeah that's me the new email is [[EM:ibby dot gardens at outlook dot com dot au]]",
        "A: was that with two b's",
        "C: yep",
        "A: updated and your mobile still the same",
        f"C: yeah [[PH:{sw(ph[:4])} {sw(ph[4:7])} {sw(ph[7:])}]]",
        f"A: great and do you want to pay the ((price:{n2w(fee)} dollar)) renewal now while i've got you",
        "C: may as well",
        f"C: [[CARD:{asr_pairs(c)}]]",
        "A: and expiry",
        f"C: [[EXP:{two(p2(e[0]))} {two(p2(e[1]))}]]",
        "A: and the three digits on the back",
        f"C: [[CVV:{sw(cv)}]]",
        "A: you're set for another year the working bee is the ((date:first saturday)) of the month",
        "C: i'll bring the zucchinis",
    ]


@case
def sat_tutoring_us(g):
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    price = g.num(90, 140)
    score1 = g.num(105, 125) * 10
    score2 = score1 + 150
    return "asr", [
        "A: peak prep tutoring this is [[NAME:jamal]]",
        "C: hi i'm calling about s a t prep for my daughter she took it once and she's not happy",
        "A: sure what did she get",
        f"C: ((other:{spairs(str(score1))})) and she wants at least ((other:{spairs(str(score2))})) for the schools she likes",
        f"A: that's very doable most students do ((count:eight)) sessions of ((dur:ninety minutes)) at ((price:{n2w(price, and_=False)} dollars)) each",
        "C: okay and who would she work with",
        "A: probably [[NAME:solveig]] she's our best math tutor what's your daughter's name",
        "C: [[NAME:imani]] [[NAME:imani pettigrew]]",
        "A: and your name",
        "C: [[NAME:renee pettigrew]]",
        "A: and an email for the schedule",
        "C: [[EM:renee dot pettigrew at gmail dot com]] that's [[NAME:p e t t i g r e w]]",
        "A: got it and we take the first session to book",
        f"C: okay [[CARD#a:{sw(b[0])} {sw(b[1])}]] um [[CARD#a:{sw(b[2])} {sw(b[3])}]]",
        "A: expiration",
        f"C: [[EXP:{sw(p2(e[0]))} {sw(p2(e[1]))}]]",
        "A: and the cvv",
        f"C: [[CVV:{sw(cv)}]]",
        "A: great [[NAME:solveig]] will email you tonight to set the first session",
    ]


@case
def fixed_charge_notice_ireland(g):
    notice = g.acct("NDDDDDDDDDL")
    fine = g.num(60, 160)
    c = g.card("mc")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    dd = g.day()
    off = (g.day(), g.num(1, 12))
    return "asr", [
        "A: fines payment service [[NAME:orla]] speaking",
        "C: hello i got a speeding notice in the post i'm reading it now and there's so many numbers on it",
        "A: don't worry we need the notice number it's a long one with a letter at the end",
        f"C: is it ((date:{sw(p2(off[0]) + p2(off[1]) + '25')})) no wait that's the date of it [[ACCT:{sw(notice[:10])} {notice[10].lower()}]]",
        "A: that's the one was it the ((other:n eighty one)) road",
        "C: that's right coming home from my sister's",
        f"A: okay the amount is ((price:{n2w(fine)} euro)) if you pay before the ((date:{ordw(dd)})) after that it goes up by ((pct:fifty percent))",
        "C: i'll pay it now so",
        "A: grand card number",
        f"C: [[CARD#a:{sw(b[0])}]] and then [[CARD#a!:{sw(b[0])}]] oh i've said that bit already",
        f"C: [[CARD#a:{sw(b[1])} {sw(b[2])} {sw(b[3])}]]",
        "A: and the expiry",
        f"C: [[EXP:{sw(p2(e[0]))} {sw(p2(e[1]))}]]",
        "A: security code",
        f"C: [[CVV:{sw(cv)}]]",
        "A: that's paid and you'll have ((count:three)) penalty points applied to your licence",
        "C: ah well lesson learned",
    ]


@case
def minicab_lost_phone(g):
    ph = g.phone_uk_mobile()
    ph2 = g.phone_uk_geo("0121")
    fare = g.money(12, 30, pence=True)
    model = g.pick(['fifteen pro', 'fourteen', 'thirteen mini', 'sixteen'])
    return "asr", [
        "A: city minicabs [[NAME:tariq]] speaking",
        "C: hi i think i left my phone in one of your cars last night i'm calling from my mum's landline",
        "A: oh no okay what time was the journey",
        "C: about ((time:quarter to midnight)) from broad street to kings heath",
        "A: and what kind of phone",
        f"C: an iphone ((model:{model})) in a green case",
        "A: let me check with the drivers one sec",
        "A: you're in luck driver [[NAME:wojciech]] found a green phone under the seat what's the number of the phone so i can ring it",
        f"C: [[PH:{sw(ph[:5])} {sw(ph[5:])}]]",
        "A: it's ringing in his car he can drop it off today for the same fare as the journey",
        f"C: which was ((price:{money_a(fare)})) yeah that's fine",
        "A: what's the address",
        "C: same as drop off the one on the account",
        "A: and your name",
        "C: [[NAME:zainab]] [[NAME:zainab qureshi]]",
        "A: and a number for him to call when he's outside",
        f"C: this landline [[PH:{sw(ph2[:4])} {sw(ph2[4:7])} {sw(ph2[7:])}]]",
        "A: he'll be there within the hour",
        "C: you're a lifesaver",
    ]


@case
def immigration_tribunal_fee(g):
    ref = g.acct("LLDDDDDDD")
    d = g.dob(1975, 2000)
    h = g.house(2, 120)
    pc = g.uk_pc("LS8")
    fee = g.pick([80, 140])
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    return "asr", [
        "A: tribunal fees [[NAME:stacey]] speaking",
        "C: hello i am calling for my appeal fee my solicitor said i must pay it before friday",
        "A: okay do you have the appeal reference",
        f"C: yes [[ACCT:{say_id(ref[:2])} {hom(ref[2:], '2468')}]]",
        "A: can i have your name",
        "C: [[NAME:abdirahman]] [[NAME:abdirahman warsame]]",
        "A: could you spell the surname please",
        "C: [[NAME:w a r s as in sugar a m e]]",
        "A: thank you and your date of birth",
        f"C: [[DOB:{hom(p2(d[0]), '2468')} {hom(p2(d[1]), '2468')} {yw(d[2])}]]",
        "A: and the address on the appeal",
        f"C: [[ADDR:{hom(str(h), '2468')} harehills lane leeds]] [[PC:{say_pc(pc)}]]",
        f"A: thank you the fee for an oral hearing is ((price:{n2w(fee)} pounds))",
        "C: yes i have the card",
        f"C: [[CARD#a:{hom(b[0] + b[1], '2468')}]]",
        "A: mm-hmm",
        f"C: [[CARD#a:{hom(b[2] + b[3], '2468')}]]",
        f"A: i'm reading it back [[CARD:{sw(c)}]]",
        "C: correct",
        "A: expiry",
        f"C: [[EXP:{hom(p2(e[0]) + p2(e[1]), '2468')}]]",
        "A: and the security code",
        f"C: [[CVV:{hom(cv, '2468')}]]",
        "A: that's paid your hearing notice will come in the post",
        "C: thank you very much for your patience",
    ]


@case
def rec_fishing_licence_au(g):
    h = g.house(1, 99)
    pc = g.au_pc(6160, 6175)
    c = g.card("visa")
    e = g.expiry()
    cv = g.cvv()
    price = g.num(40, 55)
    return "asr", [
        "A: fisheries licensing [[NAME:brent]] speaking",
        "C: hi mate i want a licence for the rock lobster season and marron if that's the same thing",
        f"A: they're separate licences but you can get them together the umbrella licence is ((price:{n2w(price)} dollars)) for ((dur:twelve months))",
        "C: yeah do that",
        "A: name",
        "C: [[NAME:callum]] [[NAME:callum rooke]]",
        "A: address",
        f"C: [[ADDR:{n2w(h)} mews road fremantle]]",
        "A: postcode",
        f"C: [[PC:{sw(pc)}]]",
        "A: card number",
        f"C: [[CARD#x:{sw(c[:8])}]] hold on mate there's a truck [[CARD#x:{sw(c[8:])}]]",
        "A: expiry",
        f"C: [[EXP:{sw(p2(e[0]))} {sw(p2(e[1]))}]]",
        "A: cvv",
        f"C: [[CVV:{sw(cv)}]]",
        "A: done remember it's ((count:eight)) lobsters a day per licence",
        "C: too right cheers",
    ]


@case
def blood_donor_ireland_terse(g):
    donor = g.acct("DDDDDDD")
    ph = g.phone_ie()
    return "asr", [
        "A: blood transfusion service [[NAME:clodagh]]",
        f"C: hi donor number [[ACCT:{sw(donor)}]] i need to cancel tomorrow i've a cold",
        "A: no bother you can't give for ((dur:a week)) after the symptoms clear shall i rebook",
        "C: leave it i'll ring back",
        f"A: grand we'll text [[PH:{sw(ph[:3])} {sw(ph[3:])}]] with the next clinic",
        "C: perfect",
    ]


@case
def propane_tank_ca(g):
    acct = g.acct("NDDDDDD")
    c = g.card("mc")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    ppl = g.num(70, 99)
    lvl = g.num(10, 30)
    tank = g.pick([250, 500, 1000])
    return "asr", [
        "A: northern propane this is [[NAME:marc-andre]]",
        f"C: yeah hi our tank's at ((pct:{n2w(lvl)} percent)) and the furnace is going full tilt can we get a fill",
        "A: for sure account number",
        f"C: [[ACCT:{sdbl(acct)}]]",
        f"A: that's the ((qty:{n2w(tank)} gallon)) tank on the back road",
        "C: that's it",
        f"A: we're at ((price:{n2w(ppl)} cents a litre)) and we can come thursday you want to put it on the card on file",
        "C: no that one got replaced new card",
        f"C: [[CARD#a:{sw(b[0])} {sw(b[1])}]] hold on the kid's yelling [[CARD#a:{sw(b[2])} {sw(b[3])}]]",
        "A: expiry",
        f"C: [[EXP:{two(p2(e[0]))} slash {two(p2(e[1]))}]]",
        "A: and the three digit",
        f"C: [[CVV:{sw(cv)}]]",
        "A: all set keep the path to the tank clear if it snows",
    ]


@case
def adoption_background_check(g):
    ssn = g.ssn()
    d = g.dob(1978, 1994)
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    fee = g.num(45, 90)
    return "asr", [
        "A: adoption services this is [[NAME:meredith]]",
        "C: hello i am [[NAME:oksana]] [[NAME:oksana hrytsenko]] my husband and i are doing the home study and i need to pay the background check",
        f"A: yes the fingerprint and background check is ((price:{n2w(fee)} dollars)) per adult i'll need your social security number to submit it",
        f"C: okay it is [[SSN#s:{hom(ssn[:3], '2468')}]] um [[SSN#s:{hom(ssn[3:5], '2468')}]] uh [[SSN#s!:{sw(ssn[5])}]] no wait [[SSN#s:{hom(ssn[5:], '2468')}]]",
        f"A: let me read it back [[SSN:{sw(ssn[:3])} {sw(ssn[3:5])} {sw(ssn[5:])}]]",
        "C: yes that is right",
        "A: and your date of birth",
        f"C: [[DOB:{hom(p2(d[1]), '2468')} {hom(p2(d[0]), '2468')} {yw(d[2])}]]",
        "A: and the card for the fee",
        f"C: [[CARD#a:{hom(b[0], '2468')}]] um [[CARD#a!:{hom(b[0], '2468')}]] oh this i said already",
        f"C: sorry [[CARD#a:{hom(b[1] + b[2] + b[3], '2468')}]]",
        "A: expiration",
        f"C: [[EXP:{hom(p2(e[0]) + p2(e[1]), '2468')}]]",
        "A: security code",
        f"C: [[CVV:{hom(cv, '2468', three='free')}]]",
        "A: thank you you'll get an email with the fingerprint appointment in ((dur:two or three days))",
    ]


@case
def chimney_sweep_ireland_terse(g):
    h = g.house(1, 60)
    eir = g.eircode("V94")
    ph = g.phone_ie()
    price = g.num(70, 110)
    return "asr", [
        "A: sweep",
        f"C: hi could you do a chimney in [[ADDR:{n2w(h)} oakview drive castletroy]] this week",
        "A: thursday ((time:ten)) o'clock eircode",
        f"C: [[PC:{say_pc(eir)}]]",
        "A: number",
        f"C: [[PH:{sw(ph)}]]",
        f"A: ((price:{n2w(price)} euro)) see you thursday",
    ]


@case
def plasma_terse_schedule(g):
    donor = g.acct("NDDDDDDD")
    bonus = g.num(50, 90)
    return "asr", [
        "A: plasma center",
        f"C: hey can i come in at ((time:three)) donor [[ACCT:{sw(donor)}]]",
        "A: we got ((time:three fifteen))",
        "C: cool is it still the bonus this week",
        f"A: yep ((price:{n2w(bonus)} dollars)) for the second visit",
        "C: bet see you then",
    ]


@case
def dna_kit_ireland_partner_email(g):
    kit = g.acct("LLLDDDDDDD")
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    price = g.num(69, 119)
    return "asr", [
        "A: hello you're through to ancestry support ireland [[NAME:ronan]] speaking",
        "C: hi i bought a second kit for my husband and i want it on a separate account not mine",
        "A: no problem what's the activation code on his tube",
        f"C: [[ACCT:{say_id(kit[:3])} {sw(kit[3:])}]]",
        "A: and his name",
        "C: [[NAME:fergal]] [[NAME:fergal de burca]]",
        "A: and the email for his account",
        "C: [[EM:fergaldeburca at eircom dot net]] all one word",
        "A: i'll move it over now there's a fee to add the health report to his if he wants it",
        f"C: how much is that ((price:{n2w(price)} euro)) was it on the website",
        "A: that's right",
        "C: go on so he's always complaining about his knees",
        f"C: [[CARD#a:{asr_pairs(b[0] + b[1])}]] and [[CARD#a:{asr_pairs(b[2] + b[3])}]]",
        "A: expiry",
        f"C: [[EXP:{sw(p2(e[0]))} {sw(p2(e[1]))}]]",
        "A: and the three digit code",
        f"C: [[CVV:{sw(cv)}]]",
        "A: all done results come to his email in about ((dur:six weeks))",
    ]


@case
def cesspit_empty_uk(g):
    h = g.house(1, 30)
    pc = g.uk_pc("TA10")
    c = g.card("mc")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    price = g.num(240, 380)
    size = g.pick([12, 18, 22])
    return "asr", [
        "A: west country tankers [[NAME:kelvin]] speaking",
        "C: hello our cesspit alarm's going off and it's not due for another month",
        "A: sounds like it's full how big is it",
        f"C: the man last time said ((qty:{n2w(size)} thousand litres))",
        f"A: okay that's a full tanker load ((price:{n2w(price)} pounds)) plus vat i can get someone to you tomorrow afternoon",
        "C: oh thank goodness",
        "A: what's the address",
        f"C: [[ADDR:{n2w(h)} cow lane long sutton]]",
        "A: and the postcode",
        f"C: [[PC:{say_pc(pc)}]]",
        "A: and a card to hold it",
        f"C: [[CARD#a:{sw(b[0])}]]",
        "A: yep",
        f"C: [[CARD#a:{sw(b[1])}]]",
        "A: mm",
        f"C: [[CARD#a:{sw(b[2])}]]",
        "A: go on",
        f"C: [[CARD#a:{sw(b[3])}]]",
        "A: expiry and the three numbers on the back",
        f"C: [[EXP:{sw(p2(e[0]))} {two(p2(e[1]))}]] and [[CVV:{sw(cv)}]]",
        "A: lovely name for the driver",
        "C: [[NAME:ffion]] [[NAME:ffion batten]]",
        "A: he'll ring when he's ((dur:twenty minutes)) away",
        "C: if i'm not in my neighbour [[NAME:rose]] has the key to the side gate",
    ]


@case
def lpg_uk_terse(g):
    acct = g.acct("LPDDDDDD")
    pc = g.uk_pc("IV2")
    lvl = g.num(20, 35)
    fill = g.pick([80, 85])
    return "asr", [
        "A: gas orders",
        f"C: lpg top up please account [[ACCT:{say_id(acct)}]]",
        "A: postcode",
        f"C: [[PC:{say_pc(pc)}]]",
        f"A: you're at ((pct:{n2w(lvl)} percent)) on the telemetry we'll fill to ((pct:{n2w(fill)})) next run",
        "C: ta",
    ]


@case
def immigration_advice_brp(g):
    brp = g.acct("LLDDDDDDD")
    h = g.house(1, 200)
    flat = g.num(1, 30)
    pc = g.uk_pc("E13")
    ph = g.phone_uk_mobile()
    return "asr", [
        "A: refugee and migrant advice line [[NAME:hana]] speaking",
        "C: hello i want to ask about my card the brp it finish and they say now is evisa",
        "A: yes that's right everyone is moving to evisas we can help you make the account do you have your brp number",
        f"C: yes is [[ACCT:{say_id(brp[:2], asin=True)} {hom(brp[2:], '12468')}]]",
        "A: i'm sorry the line is breaking up can you say the numbers slowly",
        f"C: [[ACCT#n:{sw(brp[2:5])}]] i say again [[ACCT#n!:{sw(brp[2:5])}]] then [[ACCT#n:{sw(brp[5:])}]]",
        "A: thank you and your address now",
        f"C: [[ADDR:flat {n2w(flat)} {hom(str(h), '12468')} barking road]]",
        "A: and postcode",
        f"C: [[PC:{say_pc(pc).replace('three', 'free')}]]",
        "A: and a mobile number",
        f"C: [[PH:{hom(ph, '8')}]]",
        "A: and do you have an email the evisa needs one",
        "C: yes [[EM:yonas dot tekle at gmail dot com]]",
        "A: lovely [[NAME:yonas]] i'll book you with an adviser on thursday at ((time:two)) bring your passport and the old card",
        "C: thank you sister thank you",
    ]


@case
def inmate_call_account_ivr(g):
    ph = g.phone_us(["601", "769"])
    amt = g.num(25, 75)
    c = g.card("visa")
    b = blocks(c)
    e = g.expiry()
    cv = g.cvv()
    z = g.zip("39")
    lo = g.pick([5, 10])
    hi = g.pick([200, 250])
    tfee = g.money(2, 4)
    return "asr", [
        "I: you have reached the inmate calling prepaid account service to add funds say add funds",
        "C: add funds",
        "I: please say the ten digit phone number your account is linked to",
        f"C: [[PH:{sw(ph[:3])} {sw(ph[3:6])} {sw(ph[6:])}]]",
        f"I: i heard [[PH:{sw(ph)}]] is that correct",
        "C: yes",
        f"I: how much would you like to add you can say an amount from ((price:{n2w(lo)})) to ((price:{n2w(hi)} dollars))",
        f"C: ((price:{n2w(amt)} dollars))",
        "I: please say your card number",
        f"C: [[CARD#a:{stut(sw(b[0] + b[1]), 3)}]] uh [[CARD#a:{sw(b[2] + b[3])}]]",
        f"I: i have a card ending in [[CARD:{sw(b[3])}]] say yes or no",
        "C: yes",
        "I: say the expiration date",
        f"C: [[EXP:{mon_l(e[0])} {yw(2000 + e[1])}]]",
        "I: say the security code",
        f"C: [[CVV:{sw(cv)}]]",
        "I: say the billing zip code",
        f"C: [[PC:{sw(z)}]]",
        "I: your payment is being processed",
        f"I: funds have been added a transaction fee of ((price:{money_a(tfee, 'dollars', 'cents', short=False)})) applies thank you goodbye",
    ]


@case
def inmate_account_bank_statement(g):
    routing = g.acct("NDDDDDDDD")
    acc = g.acct("NDDDDDDDDDD")
    k = g.num(3, 8)
    wrong1 = acc[:k] + str((int(acc[k]) + 3) % 10) + acc[k + 1:]
    check_no = g.num(1001, 1999)
    bal = g.money(400, 2400, pence=True)
    ph = g.phone_us(["504", "985"])
    amt = g.num(20, 60)
    dd = g.day()
    return "asr", [
        "A: inmate family services this is [[NAME:terrence]] how can i help",
        "C: yes good morning baby i want to put money on my grandson's phone from my bank my daughter said you can take it right out of the checking",
        "A: yes ma'am we can set that up can i get your name",
        "C: [[NAME:odessa]] [[NAME:odessa fairweather]]",
        "A: and the phone number on your account with us",
        f"C: [[PH:{sw(ph[:3])} {sw(ph[3:6])} {sw(ph[6:])}]]",
        "A: thank you miss [[NAME:odessa]] do you have a check or a bank statement in front of you",
        f"C: i have the statement from the ((date:{ordw(dd)})) right here on the table",
        "A: okay there should be a routing number nine digits",
        f"C: it says [[ACCT:{routing[:4]} {routing[4:6]} {routing[6:]}]] is that it",
        "A: that's the one now the account number",
        f"C: now let me see is it ((other:{spairs(str(check_no))})) no that's the check number i wrote to the church",
        f"C: the account is [[ACCT:{sw(wrong1)}]] hold on no these glasses [[ACCT#z!:{sw(acc[:k + 1])}]] no [[ACCT#z:{sw(acc)}]] that's it i'm sure",
        f"A: let me read back what i have [[ACCT:{acc[:3]} {acc[3:7]} {acc[7:]}]]",
        "C: yes baby that's right",
        f"A: and how much would you like to send today",
        f"C: ((price:{n2w(amt)} dollars)) i don't want to take too much the balance says ((price:{money_a(bal, 'dollars', 'cents', short=False)}))",
        "A: that's fine he can make about ((count:ten)) calls with that",
        "C: tell him his grandmother says to behave",
        "A: i'll make sure the message gets to him ma'am it'll be on his account in ((dur:one to two days))",
    ]


@case
def chimney_cancel_transcript(g):
    ref = g.acct("SW-DDDDD")
    pc = g.uk_pc("GL7")
    return "transcript", [
        "A: Sweeps' bookings, [[NAME:Dilys]].",
        f"C: Hi, I need to cancel tomorrow's sweep. Reference [[ACCT:{ref}]].",
        "A: Postcode to confirm?",
        f"C: [[PC:{pc}]].",
        "A: Cancelled. No charge if it's more than ((dur:24 hours)) ahead.",
        "C: Thanks.",
    ]


# ---------------------------------------------------------------------------
# build, validate, count, write
# ---------------------------------------------------------------------------

def build():
    g = Gen(38)
    out = []
    errs = []
    for n, fn in enumerate(CASES, 1):
        cid = "%s-%03d" % (CASE_PREFIX, n)
        try:
            style, lines = fn(g)
            utts, pii, keep = parse_case(lines)
        except CheckError as e:
            errs.append("%s (%s): %s" % (cid, fn.__name__, e))
            continue
        before = len(errs)
        check_case(cid, style, utts, pii, keep, errs)
        for k in range(before, len(errs)):
            errs[k] = errs[k].replace(cid, "%s (%s)" % (cid, fn.__name__), 1)
        out.append((cid, style, utts, pii, keep))
    return out, errs


def cross_checks(cases, errs):
    long_utts = {}
    emails = {}
    streets = {}
    for cid, style, utts, pii, keep in cases:
        for ui, u in enumerate(utts):
            keys = []
            if len(u["text"].split()) >= 9:
                keys.append("raw " + " ".join(re.findall(r"[a-z0-9']+", u["text"].lower())))
            masked = masked_key(u, [s for s in pii + keep if s["utterance"] == ui])
            if len(masked.split()) >= 9:
                keys.append("masked " + masked)
            for key in keys:
                if key in long_utts and long_utts[key] != cid:
                    errs.append("%s: utterance %d repeats one of %s: %r" % (cid, ui, long_utts[key], u["text"]))
                long_utts.setdefault(key, cid)
        for sp in pii:
            if sp["type"] == "EMAIL":
                k = email_key(sp["text"])
                if k in emails and emails[k] != cid:
                    errs.append("%s: e-mail also in %s: %r" % (cid, emails[k], sp["text"]))
                emails.setdefault(k, cid)
            if sp["type"] == "ADDRESS":
                k = street_key(sp["text"])
                if k is None:
                    errs.append("%s: no street found in address %r" % (cid, sp["text"]))
                    continue
                if k in streets and streets[k] != cid:
                    errs.append("%s: street also in %s: %r" % (cid, streets[k], k))
                streets.setdefault(k, cid)


def counts(cases):
    c = {"pii": {t: 0 for t in ALL_PII}, "keep": {k: 0 for k in ALL_KEEP}, "cases": len(cases),
         "utterances": 0, "no_pii": 0, "ivr_cases": 0, "style_utts": {"asr": 0, "transcript": 0},
         "style_cases": {"asr": 0, "transcript": 0}}
    for cid, style, utts, pii, keep in cases:
        c["utterances"] += len(utts)
        c["style_utts"][style] += len(utts)
        c["style_cases"][style] += 1
        with_pii = {sp["utterance"] for sp in pii}
        c["no_pii"] += sum(1 for i in range(len(utts)) if i not in with_pii)
        if any(u["speaker"] == "ivr" for u in utts):
            c["ivr_cases"] += 1
        for sp in pii:
            c["pii"][sp["type"]] += 1
        for kp in keep:
            c["keep"][kp["kind"]] += 1
    return c


def minimum_checks(c, errs):
    for t, m in MINIMUMS.items():
        if c["pii"][t] < m:
            errs.append("minimum: %s %d < %d" % (t, c["pii"][t], m))
    if c["cases"] < MIN_CASES:
        errs.append("minimum: cases %d < %d" % (c["cases"], MIN_CASES))
    if c["utterances"] < MIN_UTTS:
        errs.append("minimum: utterances %d < %d" % (c["utterances"], MIN_UTTS))
    if c["no_pii"] < MIN_NO_PII:
        errs.append("minimum: utterances without pii %d < %d" % (c["no_pii"], MIN_NO_PII))
    total_keep = sum(c["keep"].values())
    if total_keep < MIN_KEEP:
        errs.append("minimum: keep spans %d < %d" % (total_keep, MIN_KEEP))
    for k in ALL_KEEP:
        if c["keep"][k] == 0:
            errs.append("minimum: no keep span of kind %s" % k)
    if c["ivr_cases"] < MIN_IVR:
        errs.append("minimum: IVR cases %d < %d" % (c["ivr_cases"], MIN_IVR))
    share = c["style_utts"]["asr"] / max(1, c["utterances"])
    if not (ASR_SHARE[0] <= share <= ASR_SHARE[1]):
        errs.append("style: asr share of utterances %.3f outside %s" % (share, ASR_SHARE))


def print_counts(c):
    print("pii spans per type:")
    for t in ALL_PII:
        print("  %-15s %4d  (minimum %d)" % (t, c["pii"][t], MINIMUMS[t]))
    print("  %-15s %4d" % ("total", sum(c["pii"].values())))
    print("cases: %d" % c["cases"])
    print("utterances: %d" % c["utterances"])
    print("utterances without pii: %d" % c["no_pii"])
    print("keep spans per kind:")
    for k in ALL_KEEP:
        print("  %-15s %4d" % (k, c["keep"][k]))
    print("  %-15s %4d" % ("total", sum(c["keep"].values())))
    print("IVR cases: %d" % c["ivr_cases"])
    for s in ("asr", "transcript"):
        print("style %-10s %4d cases, %4d utterances (%.1f%% of utterances)" % (
            s, c["style_cases"][s], c["style_utts"][s],
            100.0 * c["style_utts"][s] / max(1, c["utterances"])))


def to_json(cid, style, utts, pii, keep):
    obj = {"case_id": cid, "style": style,
           "utterances": [{"speaker": u["speaker"], "text": u["text"]} for u in utts],
           "pii": [{"utterance": p["utterance"], "start": p["start"], "end": p["end"],
                    "type": p["type"], "group": p["group"]}
                   for p in sorted(pii, key=lambda x: (x["utterance"], x["start"]))],
           "keep": [{"utterance": k["utterance"], "start": k["start"], "end": k["end"],
                     "kind": k["kind"]}
                    for k in sorted(keep, key=lambda x: (x["utterance"], x["start"]))]}
    return json.dumps(obj, ensure_ascii=False)


def main(argv):
    check_only = "--check" in argv[1:]
    cases, errs = build()
    cross_checks(cases, errs)
    c = counts(cases)
    minimum_checks(c, errs)
    print_counts(c)
    if errs:
        for e in errs:
            print("FAIL " + e, file=sys.stderr)
        print("%d check(s) failed; nothing written" % len(errs), file=sys.stderr)
        return 1
    if check_only:
        print("all checks passed (--check: nothing written)")
        return 0
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    data = "".join(to_json(*case) + "\n" for case in cases)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("all checks passed; wrote %s (%d cases)" % (path, len(cases)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
