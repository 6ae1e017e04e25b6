#!/usr/bin/env python3
"""Write data/redaction/dev35.jsonl, a redaction development set (case ids t31-001 ...).

Written as the held-out set test31.jsonl, measured once with the thirty-third round's code, then
renamed dev35 and tuned on in the thirty-fourth round.

What the set leans on
---------------------
Card payments under hard listening conditions, each case written by hand as its own
conversation (each is a function below with its own people, reason for calling, wording and
order of events; no per-step line templates): callers reading a card in a car, on a train, at a
till, with children or a dog about, on speakerphone, with someone else reading the card out
beside them, on a bad line ("sorry was that a five or a nine"), from a banking app or a photo of
the card; cards that belong to someone else (a spouse, a parent, a company) with that person's
name; cards given to an IVR and then to an agent; cards declined and a second card given; cards
given again after a failed payment.  Cards come typed, as spoken digits, with "double"/"triple",
in pairs and "hundreds", in two to five pieces over turns with fillers, interruptions,
corrections, restarts and read-backs in between; CVVs and expiries are asked for and said in odd
ways.  Beside them stand numbers that are not card data (amounts, quantities, times, dates, order
counts, the shop's own codes, ages).  The industries are ones earlier sets did not name: garden
centres and nurseries, furniture and mattress delivery, appliance repair, window cleaners and
roofers, wedding dress shops, tattoo studios, piano tuners, party and bouncy-castle hire, driving
tests and MOTs, airport parking, coach tours, wine clubs, meal kits, sports coaching, pool and
hot-tub servicing, costume hire, tree surgeons and self-publishing printers.  Addresses and
postcodes of the UK, Ireland, the US, Canada and Australia in many shapes (house and building
names before the street, flats and units, postcodes spelled or said in pieces, deliveries to
someone else); names said in passing, after "for", "to" and "from", and names that are also
words; phones, e-mails, dates of birth, account/order/booking numbers and a few SSNs.  About two
thirds of the utterances are in the recogniser's (asr) style, with its homophones ("for",
"to", "won", "ate") in and around values.

Markup (in the hand-written conversations below)
------------------------------------------------
  [[TYPE:text]]          a pii value said in one piece (a group of its own)
  [[TYPE#tag:text]]      a piece of a value; the same tag in a case is the same group
  [[TYPE#tag!:text]]     a piece that stays in the value's group but is a wrong/repeated piece
                         (digits said before a restart, a corrected block, a repeated block):
                         the validator leaves it out of the Luhn check
  [[TYPE#tag~:text]]     (or [[TYPE~:text]]) a partial value: a card's last four, a read-back of
                         one or more blocks, a phone's last four, an SSN's last four
  [[TYPE~^:text]]        a card's last four of a card not said in full in the case (an old
                         card on file): not checked against the case's cards
  [[POSTCODE@cc:text]]   the postcode's country (uk, ie, us, ca, au) when it is not the case's
  ((kind:text))          a keep span (look-alike)
Groups are numbered g1, g2, ... in order of first appearance within the case.  Every number in
a span comes from one seeded random.Random (SEED) and is rendered in the case's style by small
helpers; offsets are computed by code from the clean text.  Running the script twice writes the
same file.

Labelling choices (where the README's conventions leave room)
--------------------------------------------------------------
* Card digits said before a restart, a corrected block and a repeated block stay in the card's
  group (marked "!" so the Luhn check skips them); a card said again in full (e.g. after a
  failed payment) is a new group; every agent read-back (of the whole card or of one or more
  blocks) and every last four (said by either side) is a CARD_NUMBER group of its own.
* A single digit the agent asks about on a bad line ("was that a five or a nine", "nine") is not
  labelled: one digit on its own identifies nothing.  A block the agent asks about or reads back
  is a read-back group of its own, a wrong one too (marked "!" as its digits are not the card's);
  the caller's answer repeating the right block stays in the card's group.
* "valid thru", "end of", "expires", "CVV", "CID" and "security code" stay outside EXPIRY and CVV
  spans; the expiry span is the month and year only ("oh four twenty eight", "04/28", "april
  twenty eight").
* A first name and surname said together are one NAME span; a spelled surname is a NAME group of
  its own; titles (Mr, Mrs, Dr, mister) stay outside; pets' names, business names (even with a
  person's name in them) are not names; a name inside an e-mail belongs to the EMAIL span.
* ADDRESS: a house or building name, a flat/unit/apartment and the town said in the same breath
  are inside; a county, state or province and the postcode are outside; the postcode is its own
  POSTCODE span.  Irish Eircodes, Canadian postal codes and Australian postcodes are POSTCODEs.
* Order, booking, job, invoice, membership, policy, voucher and customer account numbers,
  driving licence numbers, test booking references and number plates are ACCOUNT_NUMBERs;
  receipts, approval codes, tracking numbers, the shop's product and stock codes (model_number),
  rooms, seats, tables, lockers, bays, pitches and ages are keep spans (`other` unless a better
  kind fits).
* A UK National Insurance number is an SSN, and an SSN's last four read back is an SSN group of
  its own.  A phone's last four said as such is a PHONE group of its own.  Learner permits,
  provisional licences, warranty, claim, hire, gift-card and voucher numbers are ACCOUNT_NUMBERs;
  ISBNs, appliance serials, gate and buzzer codes, error codes, extensions, floors, desks,
  zones, seats, coach sizes ("fifty two seater"), age groups ("under twelve"), temperatures and
  ages are `other`; a quantity span leaves out the thing counted ("((quantity:14)) tables") but
  keeps a unit ("forty three foot", "sixty four ml").
* A name the agent reads from the record (never said by the caller) is a NAME all the same;
  every later mention of a labelled name word in the case is labelled too.
* The recogniser's homophones ("to", "for", "won", "ate") are inside a value's span when they
  stand for one of its digits, and left unlabelled between or around values.

Validator (any failure exits 1 and writes nothing)
--------------------------------------------------
markup well formed (balanced, known types and kinds); offsets match the text; spans non-empty,
no leading/trailing space or punctuation, not starting/ending inside a word; no overlapping spans
(pii or keep); asr utterances lower case with no punctuation but apostrophes and hyphens; card
groups: digits (spoken digits turned to digits, "!" pieces left out) are 15 (Amex 34/37) or 16
(Visa 4, Mastercard 51-55/2221-2720, Discover 6011/65) digits and pass Luhn, or a "~" partial of
3-8 digits that is part of a card said in full in the case (when there is one, unless marked
"^"); CVV 3-4 digits; EXPIRY has a valid month; SSN of US shape (area 001-665 not 000, group 01-99, serial 0001-9999),
a UK NI number or a "~" last four; phones in the README's fictional ranges (US 555-01xx, UK 07700
900xxx, 020 7946 0xxx, 0161/0113/0117 496 0xxx) or a "~" last four; postcodes of the right shape
for their country; e-mails typed (transcript) or spoken with "at"/"dot" (asr, never "@");
ADDRESS starts with a number, a flat/unit word or a house/building name followed by a numbered
street, and has a street word; NAME has no digits or titles; no digit outside a span and no run
of four or more digit words outside a span; keep spans of 13-19 digits fail Luhn and hold no pii
value's digits of the same utterance; a name word (two letters or more) labelled in a case is
never left outside a pii span elsewhere in that case; no e-mail or street reused across cases; no
utterance of nine words or more (span contents masked) repeated across cases; the minimum counts
of the brief; two spans of one type (names excepted) with only a space between them (a value
said in one breath is one span).

Run
---
    python3 data/redaction/make_dev35.py           # writes dev35.jsonl, prints the counts
    python3 data/redaction/make_dev35.py --check   # builds and validates only
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

SEED = 3131
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev35.jsonl")

PII_TYPES = {"CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"}
KEEP_KINDS = {"quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"}

MINIMUM = {"cases": 80, "utterances": 1000, "no_pii_utterances": 400, "keep": 280, "ivr_cases": 3,
           "asr_share": 0.60,
           "CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35, "EMAIL": 25,
           "DOB": 20, "ADDRESS": 40, "POSTCODE": 40, "ACCOUNT_NUMBER": 40, "NAME": 200,
           "card_groups": 45}

# ----------------------------------------------------------------------------- words and digits
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
         16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}

DIGIT_WORD = {w: str(i) for i, w in enumerate(UNITS)}
DIGIT_WORD["oh"] = "0"
HOMOPHONE = {"won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"}
TEEN_WORD = {w: str(n) for n, w in TEENS.items()}
TENS_WORD = {w: n for n, w in TENS.items()}
PHONETIC = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
            "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "kilo": "K",
            "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q",
            "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
            "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
IGNORE_IN_VALUE = {"and", "slash", "dash", "hyphen", "plus", "space"}
COUNTED_DIGIT_WORDS = set(DIGIT_WORD) | set(TEEN_WORD) | set(TENS_WORD)


def nw(n):
    """integer -> British English words"""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + UNITS[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else " and " + nw(r))
    th, r = divmod(n, 1000)
    if r == 0:
        return nw(th) + " thousand"
    return nw(th) + " thousand" + (" and " if r < 100 else " ") + nw(r)


def norm_value(text):
    """spoken or typed value -> (letters/digits string, unknown words)"""
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out, unk, mult, i = [], [], 1, 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in ("double", "triple"):
            mult = 2 if w == "double" else 3
        elif w in DIGIT_WORD or w in HOMOPHONE:
            out.append((DIGIT_WORD.get(w) or HOMOPHONE[w]) * mult)
            mult = 1
        elif w in TEEN_WORD:
            out.append(TEEN_WORD[w])
        elif w in TENS_WORD:
            t = TENS_WORD[w]
            if nxt is not None and (nxt in DIGIT_WORD or nxt in HOMOPHONE) and nxt not in ("zero", "oh"):
                out.append(str(t * 10 + int(DIGIT_WORD.get(nxt) or HOMOPHONE[nxt])))
                i += 1
            else:
                out.append(str(t * 10))
        elif w == "hundred":
            out.append("00")
        elif w == "thousand":
            out.append("000")
        elif w in IGNORE_IN_VALUE:
            pass
        elif w in PHONETIC:
            out.append(PHONETIC[w] * mult)
            mult = 1
        elif len(w) == 1 and w.isalpha():
            out.append(w.upper() * mult)
            mult = 1
        elif any(ch.isdigit() for ch in w):
            out.append(w.upper())
        else:
            unk.append(w)
        i += 1
    return "".join(out), unk


def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def card_prefix_ok(d):
    if len(d) == 15:
        return d[:2] in ("34", "37")
    if len(d) == 16:
        return (d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720
                or d[:4] == "6011" or d[:2] == "65")
    return False


# ----------------------------------------------------------------------------- generator
UK_OUT = ["LS6", "BS7", "EH10", "CF14", "B15", "NG7", "OX4", "CB1", "YO31", "BN2", "G12", "PL4",
          "EX4", "TR1", "NE6", "L17", "S11", "GL50", "BA1", "HU5", "DE22", "LE2", "NR2", "IP4",
          "CT1", "SO15", "RG1", "TN1", "M20", "SK4", "WA14", "CH2", "LL57", "SA1", "DH1", "HG2",
          "LA1", "CA3", "TQ2", "KT2", "SW11", "N16", "SE22", "E17", "W5", "BT9", "AB10", "IV2"]
UK_IN = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["D02", "D04", "D08", "D15", "A65", "A94", "T12", "H91", "V94", "X91", "F91", "R95",
            "P31", "W23", "Y35", "K78", "N91", "E32", "A92", "T23"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"
CA_FIRST = {"on": "KLMNP", "qc": "GHJ", "bc": "V", "ab": "T", "mb": "R", "ns": "B", "sk": "S"}
CA_L = "ABCEGHJKLMNPRSTVWXYZ"
AU_RANGE = {"nsw": (2000, 2599), "vic": (3000, 3999), "qld": (4000, 4899), "sa": (5000, 5799),
            "wa": (6000, 6799), "tas": (7000, 7799)}
ZIP_PREFIX = {"tx": (75, 79), "ca": (90, 96), "ny": (10, 14), "or": (97, 97), "wa": (98, 99),
              "fl": (32, 34), "il": (60, 62), "oh": (43, 45), "ga": (30, 31), "ma": (1, 2),
              "co": (80, 81), "az": (85, 86), "nc": (27, 28), "mn": (55, 56), "pa": (15, 19)}
US_AREA = ["212", "312", "415", "503", "614", "713", "720", "773", "919", "404", "617", "612",
           "206", "480", "305", "215"]
CA_AREA = ["416", "604", "403", "514", "613", "902", "204", "306"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.style = "asr"

    # -- basic numbers
    def i(self, lo, hi):
        return self.r.randint(lo, hi)

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.r.randint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    # -- spoken rendering
    def say(self, d, mode=None, zero=None):
        """digit string -> words (asr).  modes: d digits, p pairs, x doubles, n numerals,
        h 'forty seven hundred'; checked by parsing back"""
        if mode is None:
            mode = self.r.choice("ddpx")
        if zero is None:
            zero = self.r.choice(["oh", "oh", "zero"])
        u = [zero if c == "0" else UNITS[int(c)] for c in d]
        if mode == "n":
            out = d
        elif mode == "p":
            parts, k = [], 0
            if len(d) % 2:
                parts.append(u[0])
                k = 1
            while k < len(d):
                a, b = d[k], d[k + 1]
                if a == "0":
                    parts.append(zero + " " + u[k + 1] if b != "0" else "double " + zero)
                elif a == "1":
                    parts.append(TEENS[int(a + b)])
                elif b == "0":
                    parts.append(u[k] + " " + zero)
                else:
                    parts.append(TENS[int(a)] + " " + UNITS[int(b)])
                k += 2
            out = " ".join(parts)
        elif mode == "x":
            parts, k = [], 0
            while k < len(d):
                j = k
                while j < len(d) and d[j] == d[k]:
                    j += 1
                run = j - k
                w = u[k]
                if run == 1:
                    parts.append(w)
                elif run == 2:
                    parts.append("double " + w)
                elif run == 3:
                    parts.append("triple " + w)
                else:
                    parts.extend(["double " + w] * (run // 2) + ([w] if run % 2 else []))
                k = j
            out = " ".join(parts)
        elif mode == "h" and len(d) == 4 and d.endswith("00") and d[0] != "0" and d[1] != "0":
            out = nw(int(d[:2])) + " hundred"
        else:
            out = " ".join(u)
        if norm_value(out)[0] != d:
            out = " ".join(u)
        assert norm_value(out)[0] == d, (d, out)
        return out

    def sd(self, d, mode=None):
        """say a digit string in the current style"""
        return d if self.style == "transcript" else self.say(d, mode)

    def w(self, n):
        return str(n) if self.style == "transcript" else nw(n)

    # -- cards
    def card(self, brand="visa"):
        r = self.r
        if brand == "visa":
            body = "4" + self.digits(14)
        elif brand == "mc":
            body = (str(r.randint(51, 55)) + self.digits(13)) if r.random() < 0.6 else \
                (str(r.randint(2221, 2720)) + self.digits(11))
        elif brand == "amex":
            body = r.choice(["34", "37"]) + self.digits(12)
        elif brand == "disc":
            body = ("6011" + self.digits(11)) if r.random() < 0.5 else ("65" + self.digits(13))
        else:
            raise ValueError(brand)
        return body + luhn_digit(body)

    @staticmethod
    def cut(d, *lens):
        assert sum(lens) == len(d), (lens, len(d))
        out, k = [], 0
        for n in lens:
            out.append(d[k:k + n])
            k += n
        return out

    @staticmethod
    def blocks(d):
        return Gen.cut(d, 4, 6, 5) if len(d) == 15 else Gen.cut(d, 4, 4, 4, 4)

    def typed(self, d, sep=" "):
        return sep.join(self.blocks(d))

    def wrong(self, d):
        """a block with one digit changed"""
        k = self.r.randrange(len(d))
        c = str((int(d[k]) + self.r.randint(1, 8)) % 10)
        return d[:k] + c + d[k + 1:]

    def cvv(self, n=3):
        return self.digits(n)

    def exp(self, expired=False):
        m = self.i(1, 12)
        y = self.i(2023, 2025) if expired else self.i(2027, 2032)
        return m, y

    def exp_s(self, m, y, how=None):
        if self.style == "transcript":
            how = how or self.r.choice(["mm/yy", "mm/yy", "mm/yyyy", "mon"])
            if how == "mm/yy":
                return f"{m:02d}/{y % 100:02d}"
            if how == "mm/yyyy":
                return f"{m:02d}/{y}"
            return f"{MONTHS[m - 1].capitalize()} {y}"
        how = how or self.r.choice(["oh", "plain", "month", "slash", "digits", "full"])
        yy = nw(y % 100)
        if how == "month":
            return f"{MONTHS[m - 1]} {yy}"
        if how == "full":
            return f"{MONTHS[m - 1]} twenty {yy}"
        if how == "slash":
            return f"{self.say(f'{m:02d}', 'd')} slash {yy}"
        if how == "digits":
            return self.say(f"{m:02d}{y % 100:02d}", "d")
        if how == "oh" and m < 10:
            return f"oh {UNITS[m]} {yy}"
        return f"{nw(m)} {yy}"

    # -- other pii
    def ssn(self):
        a = self.i(1, 665)
        while a == 0:
            a = self.i(1, 665)
        return f"{a:03d}", f"{self.i(1, 99):02d}", f"{self.i(1, 9999):04d}"

    def ni(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.pick(first) + self.pick(second)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return p, self.digits(6), self.pick("ABCD")

    def phone_uk(self, kind=None):
        kind = kind or self.pick(["mob", "mob", "lon", "man", "lee", "bri"])
        x = self.digits(3)
        return {"mob": "07700900" + x, "lon": "02079460" + x, "man": "01614960" + x,
                "lee": "01134960" + x, "bri": "01174960" + x}[kind]

    def phone_uk_t(self, d):
        if d.startswith("07"):
            return f"{d[:5]} {d[5:]}"
        if d.startswith("020"):
            return f"{d[:3]} {d[3:7]} {d[7:]}"
        return f"{d[:4]} {d[4:7]} {d[7:]}"

    def phone_us(self, ca=False):
        return self.pick(CA_AREA if ca else US_AREA) + "55501" + self.digits(2)

    def phone_us_t(self, d):
        return self.pick([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
                          f"{d[:3]}.{d[3:6]}.{d[6:]}"])

    def dob(self):
        return self.i(1941, 2005), self.i(1, 12), self.i(1, 28)

    def dob_s(self, y, m, d, us=False):
        if self.style == "transcript":
            return self.pick([f"{d:02d}/{m:02d}/{y}" if not us else f"{m:02d}/{d:02d}/{y}",
                              f"{d} {MONTHS[m - 1].capitalize()} {y}",
                              f"{MONTHS[m - 1].capitalize()} {d}, {y}"])
        yw = nw(y // 100) + " " + (nw(y % 100) if y % 100 >= 10 else "oh " + nw(y % 100))
        if y % 100 == 0:
            yw = "two thousand"
        elif y > 2000:
            yw = "two thousand and " + nw(y % 100)
        dd = ORD.get(d) or (TENS[d // 10] + " " + ORD[d % 10])
        return self.pick([f"{dd} of {MONTHS[m - 1]} {yw}", f"{MONTHS[m - 1]} {dd} {yw}",
                          f"{dd} {MONTHS[m - 1]} {nw(y % 100) if y < 2000 and y % 100 >= 10 else yw}",
                          self.say(f"{d:02d}{m:02d}", "d") + " " + yw])

    def uk_pc(self, out=None):
        """a real outward code (the town's where the call names one) and a random inward code"""
        return out or self.pick(UK_OUT), str(self.i(1, 9)) + self.pick(UK_IN) + self.pick(UK_IN)

    def eircode(self):
        return self.pick(EIR_KEYS), "".join(self.pick(EIR_CH) for _ in range(3)) + self.pick("ACDEFHKNPRTVWXY")

    def ca_pc(self, prov="on"):
        f = self.pick(CA_FIRST[prov])
        return (f + str(self.i(0, 9)) + self.pick(CA_L), str(self.i(0, 9)) + self.pick(CA_L)
                + str(self.i(0, 9)))

    def au_pc(self, st="nsw"):
        return str(self.i(*AU_RANGE[st]))

    def zip(self, st="tx"):
        lo, hi = ZIP_PREFIX[st]
        return f"{self.i(lo, hi):02d}" + self.digits(3)

    def spell(self, s):
        """spell letters and digits one by one (asr)"""
        out = []
        for ch in s:
            out.append(UNITS[int(ch)] if ch.isdigit() else ch.lower())
        return " ".join(out)

    # -- look-alike numbers
    def money(self, lo, hi, cur="£", pence=None):
        n = self.i(lo, hi)
        p = self.pick([0, 50, 99, 95, 49, 25]) if pence is None else pence
        if self.style == "transcript":
            return f"{cur}{n:,}" + (f".{p:02d}" if p else "")
        unit = {"£": "pounds", "$": "dollars", "€": "euro"}[cur]
        if p and self.r.random() < 0.5:
            return f"{nw(n)} {nw(p)}"
        return f"{nw(n)} {unit}" + (f" {nw(p)}" if p else "")

    def clock(self, ampm=True, lo=7, hi=18):
        h = self.i(lo, hi)
        m = self.pick([0, 0, 15, 30, 30, 45])
        h12 = h if h <= 12 else h - 12
        suf = ("am" if h < 12 else "pm") if ampm else ""
        if self.style == "transcript":
            t = f"{h12}" if m == 0 else f"{h12}:{m:02d}"
            return (t + " " + suf).strip()
        if m == 0:
            t = nw(h12) + (" o'clock" if not ampm else "")
        elif m == 30 and not ampm:
            t = "half " + nw(h12)
        else:
            t = nw(h12) + " " + nw(m)
        return (t + " " + suf).strip()

    def date(self, month=None):
        d = self.i(1, 28)
        m = month or self.i(1, 12)
        if self.style == "transcript":
            suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return self.pick([f"{d}{suf} {MONTHS[m - 1].capitalize()}",
                              f"{MONTHS[m - 1].capitalize()} {d}"])
        dd = ORD.get(d) or (TENS[d // 10] + " " + ORD[d % 10])
        return self.pick([f"{dd} of {MONTHS[m - 1]}", f"{MONTHS[m - 1]} {dd}"])

    def dayn(self):
        d = self.i(2, 28)
        if self.style == "transcript":
            suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return f"{d}{suf}"
        return ORD.get(d) or (TENS[d // 10] + " " + ORD[d % 10])

    def year(self, lo=2008, hi=2024):
        y = self.i(lo, hi)
        if self.style == "transcript":
            return str(y)
        if y < 2000:
            return nw(y // 100) + " " + (nw(y % 100) if y % 100 >= 10 else "oh " + nw(y % 100))
        return "twenty " + nw(y % 100) if y % 100 >= 10 else "two thousand and " + nw(y % 100)

    def pct(self, lo=5, hi=40):
        n = self.i(lo, hi)
        return f"{n}%" if self.style == "transcript" else f"{nw(n)} percent"

    def num(self, lo, hi):
        return self.w(self.i(lo, hi))

    def code(self, letters, ndig, sep=""):
        """model/stock code like WM-4021 (transcript) / 'w m forty twenty one' (asr)"""
        d = self.digits(ndig, first_nonzero=True)
        if self.style == "transcript":
            return f"{letters}{sep}{d}"
        return " ".join(letters.lower()) + " " + self.say(d, self.pick("dp"))

    def track(self, n=16):
        while True:
            d = self.digits(n, first_nonzero=True)
            if not luhn_ok(d):
                return d

    def sayj(self, *pieces, mode=None):
        """several pieces said in one breath (one span): rendered piece by piece, checked"""
        out = " ".join(self.say(p, mode) for p in pieces)
        if norm_value(out)[0] != "".join(pieces):
            out = self.say("".join(pieces), "d")
        return out

    def pc_say(self, outw, inw):
        """postcode in asr: letters and digits one by one"""
        return self.spell(outw + inw)

    def hom(self, s):
        """the recogniser's homophones inside a spoken value: one digit word swapped"""
        toks = s.split()
        idx = [k for k, t in enumerate(toks) if t in ("four", "two", "one", "eight")
               and not (k > 0 and toks[k - 1] in TENS_WORD)]
        if not idx:
            return s
        k = self.pick(idx)
        toks[k] = {"four": "for", "two": "to", "one": "won", "eight": "ate"}[toks[k]]
        return " ".join(toks)


# ----------------------------------------------------------------------------- markup and cases
CASES = []
SPEAKER = {"a": "agent", "c": "customer", "i": "ivr"}


def case(style, cc="uk"):
    def deco(fn):
        CASES.append((style, cc, fn))
        return fn
    return deco


MARK = re.compile(r"\[\[([A-Z_]+)(?:@([a-z]+))?(?:#([A-Za-z0-9]+))?([!~^]*):([^\[\]]*?)\]\]"
                  r"|\(\(([a-z_]+):([^()]*?)\)\)")


class Bad(Exception):
    pass


def parse_utt(text):
    clean, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(text):
        clean.append(text[pos:m.start()])
        n += len(text[pos:m.start()])
        if m.group(1):
            typ, cc, tag, marks, val = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
            if typ not in PII_TYPES:
                raise Bad(f"unknown type {typ}")
            spans.append({"pii": True, "type": typ, "cc": cc, "tag": tag, "marks": marks,
                          "start": n, "end": n + len(val), "text": val})
        else:
            kind, val = m.group(6), m.group(7)
            if kind not in KEEP_KINDS:
                raise Bad(f"unknown keep kind {kind}")
            spans.append({"pii": False, "kind": kind, "start": n, "end": n + len(val), "text": val})
        clean.append(val)
        n += len(val)
        pos = m.end()
    clean.append(text[pos:])
    out = "".join(clean)
    for bad in ("[[", "]]", "((", "))", "#", "~", "^"):
        if bad in out:
            raise Bad(f"stray markup {bad!r} in {out!r}")
    return out, spans


def build():
    g = Gen(SEED)
    cases = []
    for k, (style, cc, fn) in enumerate(CASES, 1):
        g.style = style
        lines = fn(g)
        cid = f"t31-{k:03d}"
        utts, pii, keep, meta = [], [], [], []
        tags, ng = {}, 0
        for ui, (sp, text) in enumerate(lines):
            try:
                clean, spans = parse_utt(text)
            except Bad as e:
                raise Bad(f"{cid} utt {ui}: {e}")
            utts.append({"speaker": SPEAKER[sp], "text": clean})
            for s in spans:
                if s["pii"]:
                    if s["tag"] is None:
                        ng += 1
                        gid = f"g{ng}"
                    else:
                        if s["tag"] not in tags:
                            ng += 1
                            tags[s["tag"]] = f"g{ng}"
                        gid = tags[s["tag"]]
                    pii.append({"utterance": ui, "start": s["start"], "end": s["end"],
                                "type": s["type"], "group": gid})
                    meta.append({"marks": s["marks"], "cc": s["cc"] or cc, "text": s["text"]})
                else:
                    keep.append({"utterance": ui, "start": s["start"], "end": s["end"],
                                 "kind": s["kind"]})
        cases.append(({"case_id": cid, "style": style, "utterances": utts, "pii": pii,
                       "keep": keep}, meta))
    return cases


# ----------------------------------------------------------------------------- validator
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
                "crescent", "way", "place", "pl", "court", "ct", "terrace", "parade", "grove",
                "boulevard", "blvd", "gardens", "row", "hill", "park", "square", "mews", "walk",
                "rise", "view", "green", "highway", "hwy", "parkway", "circle", "trail", "quay",
                "wynd", "brae", "vale", "heights", "esplanade", "crossing", "loop", "pike",
                "bank", "croft", "meadows", "road,", "broadway", "strand", "pass"}
FLAT_WORDS = {"flat", "unit", "apartment", "apt", "suite", "ste", "apartments"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "sir", "madam", "mx", "prof"}
PUNCT = set(".,;:!?\"'()-/&")
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
PC_RE = {"uk": UK_PC,
         "ie": re.compile(r"^[AC-FHKNPRTV-Y]\d{2}[AC-FHKNPRTV-Y0-9]{4}$"),
         "us": re.compile(r"^\d{5}(\d{4})?$"),
         "ca": re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d$"),
         "au": re.compile(r"^\d{4}$")}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def is_number_token(t):
    return any(ch.isdigit() for ch in t) or t in DIGIT_WORD or t in TEEN_WORD or t in TENS_WORD


def phone_ok(d):
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    if len(d) == 12 and d.startswith("44"):
        d = "0" + d[2:]
    if len(d) == 10:
        return d[0] in "23456789" and d[3:8] == "55501"
    if len(d) == 11:
        return any(d.startswith(p) for p in ("07700900", "02079460", "01614960", "01134960",
                                              "01174960"))
    return False


def ssn_ok(v):
    if re.fullmatch(r"\d{9}", v):
        a, gr, s = int(v[:3]), int(v[3:5]), int(v[5:])
        return 1 <= a <= 665 and gr >= 1 and s >= 1
    return bool(NI_RE.match(v))


def validate(cases):
    errs = []
    emails, streets, long_utts = {}, {}, {}

    def err(cid, msg):
        errs.append(f"{cid}: {msg}")

    for c, meta in cases:
        cid, style, utts = c["case_id"], c["style"], c["utterances"]
        if style not in ("asr", "transcript"):
            err(cid, "bad style")
        allspans = defaultdict(list)
        for s in c["pii"]:
            allspans[s["utterance"]].append((s["start"], s["end"], s["type"]))
        for s in c["keep"]:
            allspans[s["utterance"]].append((s["start"], s["end"], "keep:" + s["kind"]))
        # per-utterance checks
        for ui, u in enumerate(utts):
            t = u["text"]
            if not t.strip() or t != t.strip() or "  " in t:
                err(cid, f"utt {ui} spacing: {t!r}")
            if style == "asr":
                if t != t.lower():
                    err(cid, f"utt {ui} not lower case: {t!r}")
                if re.search(r"[^a-z0-9' \-]", t):
                    err(cid, f"utt {ui} punctuation in asr: {t!r}")
            sp = sorted(allspans[ui])
            for (a, b, ty) in sp:
                v = t[a:b]
                if not (0 <= a < b <= len(t)):
                    err(cid, f"utt {ui} span out of text {ty}")
                    continue
                if v != v.strip() or v[0] in PUNCT or v[-1] in PUNCT:
                    err(cid, f"utt {ui} span edge {ty} {v!r}")
                if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                    err(cid, f"utt {ui} span inside word {ty} {v!r}")
            for (a1, b1, t1), (a2, b2, t2) in zip(sp, sp[1:]):
                if a2 >= b1 and not t[b1:a2].strip() and t1 == t2 and t1 != "NAME" and not t1.startswith("keep"):
                    err(cid, f"utt {ui} two {t1} spans with only space between: {t!r}")
                if a2 < b1:
                    err(cid, f"utt {ui} overlap {t1} {t2}: {t[a1:b1]!r} / {t[a2:b2]!r}")
            # outside text: no digits, no run of 4 digit words
            mask = list(t)
            for (a, b, ty) in sp:
                for k in range(a, b):
                    mask[k] = "\x00"
            outside = "".join(mask)
            if re.search(r"\d", outside):
                err(cid, f"utt {ui} digit outside span: {t!r}")
            run = 0
            for tok in re.split(r"[\s\x00]+|(?<=\w)[-](?=\w)", outside):
                tok = tok.strip(".,?!;:'\"").lower()
                if not tok:
                    run = 0
                    continue
                if tok in COUNTED_DIGIT_WORDS:
                    run += 1
                    if run >= 4:
                        err(cid, f"utt {ui} run of digit words outside span: {t!r}")
                        break
                else:
                    run = 0
            # repeated long utterances across cases (span contents masked)
            masked = t
            for (a, b, ty) in sorted(sp, reverse=True):
                masked = masked[:a] + "<" + ty + ">" + masked[b:]
            key = re.sub(r"[^a-z<>_: ]", "", masked.lower())
            if len(key.split()) >= 9:
                if key in long_utts and long_utts[key] != cid:
                    err(cid, f"utt {ui} repeats a line of {long_utts[key]}: {t!r}")
                long_utts.setdefault(key, cid)
        # value checks, grouped
        groups = defaultdict(list)
        for s, m in zip(c["pii"], meta):
            groups[s["group"]].append((s, m))
        full_cards = []
        for gid, items in groups.items():
            if items[0][0]["type"] == "CARD_NUMBER" and not any("~" in m["marks"] for _, m in items):
                full_cards.append("".join(norm_value(m["text"])[0] for _, m in items
                                          if "!" not in m["marks"]))
        for gid, items in groups.items():
            types = {s["type"] for s, _ in items}
            if len(types) != 1:
                err(cid, f"group {gid} mixes types {types}")
                continue
            typ = types.pop()
            partial = any("~" in m["marks"] for _, m in items)
            texts = [m["text"] for _, m in items]
            good = [m["text"] for _, m in items if "!" not in m["marks"]]
            if not good:
                good = texts
            joined = "".join(norm_value(x)[0] for x in good)
            unk = [w for x in texts for w in norm_value(x)[1]]
            if typ == "CARD_NUMBER":
                if unk or not joined.isdigit():
                    err(cid, f"card {gid} not digits: {texts} {unk}")
                elif partial:
                    if not 3 <= len(joined) <= 8:
                        err(cid, f"partial card {gid} length {joined}")
                    if full_cards and not set("!^") & set("".join(m["marks"] for _, m in items)) and \
                            not any(joined in fc for fc in full_cards):
                        err(cid, f"partial card {gid} {joined} not part of a card in the case")
                elif not (card_prefix_ok(joined) and luhn_ok(joined)):
                    err(cid, f"card {gid} bad: {joined} {texts}")
            elif typ == "CVV":
                if unk or not re.fullmatch(r"\d{3,4}", joined):
                    err(cid, f"cvv {gid} bad: {texts}")
            elif typ == "EXPIRY":
                low = " ".join(texts).lower()
                if any(mn in low.split() for mn in MONTHS) or any(mn[:3] in low.split() for mn in MONTHS):
                    pass
                else:
                    d = joined
                    mm = d[:1] if len(d) in (3, 5) else d[:2]
                    if not d.isdigit() or len(d) not in (3, 4, 5, 6) or not 1 <= int(mm) <= 12:
                        err(cid, f"expiry {gid} bad: {texts} -> {d}")
            elif typ == "SSN":
                if partial:
                    if not re.fullmatch(r"\d{4}", joined):
                        err(cid, f"ssn last four {gid} bad {texts}")
                elif not ssn_ok(joined) and not ssn_ok(re.sub(r"[^A-Za-z0-9]", "", "".join(good)).upper()):
                    err(cid, f"ssn {gid} bad: {texts} -> {joined}")
            elif typ == "PHONE":
                if unk or not joined.isdigit():
                    err(cid, f"phone {gid} not digits {texts} {unk}")
                elif partial:
                    if not re.fullmatch(r"\d{3,4}", joined):
                        err(cid, f"phone partial {gid} bad {texts}")
                elif not phone_ok(joined):
                    err(cid, f"phone {gid} not fictional: {joined}")
            elif typ == "POSTCODE":
                cc = items[0][1]["cc"]
                if cc not in PC_RE:
                    err(cid, f"postcode {gid} unknown country {cc}")
                elif not PC_RE[cc].match(joined) and not PC_RE[cc].match(
                        re.sub(r"[^A-Za-z0-9]", "", "".join(good)).upper()):
                    err(cid, f"postcode {gid} ({cc}) bad: {texts} -> {joined} {unk}")
            elif typ == "EMAIL":
                for x in texts:
                    if style == "asr":
                        if "@" in x or " at " not in f" {x} " or " dot " not in f" {x} ":
                            err(cid, f"asr email bad {x!r}")
                    elif not EMAIL_RE.match(x):
                        err(cid, f"typed email bad {x!r}")
                key = re.sub(r"[^a-z0-9]", "", " ".join(texts).lower().replace(" at ", "@").replace(" dot ", "."))
                if key in emails and emails[key] != cid:
                    err(cid, f"email reused from {emails[key]}: {texts}")
                emails.setdefault(key, cid)
            elif typ == "ADDRESS":
                for x in texts:
                    toks = [t.strip(",.") for t in x.lower().split()]
                    toks = [t for t in toks if t]
                    if not any(t in STREET_WORDS for t in toks):
                        err(cid, f"address without street word {x!r}")
                        continue
                    first_street = min(k for k, t in enumerate(toks) if t in STREET_WORDS)
                    if not (is_number_token(toks[0]) or toks[0] in FLAT_WORDS or
                            any(is_number_token(t) for t in toks[1:first_street])):
                        err(cid, f"address start {x!r}")
                    name = " ".join(t for t in toks[max(0, first_street - 2):first_street + 1]
                                    if not is_number_token(t))
                    if name in streets and streets[name] != cid:
                        err(cid, f"street reused from {streets[name]}: {x!r}")
                    streets.setdefault(name, cid)
            elif typ == "NAME":
                for x in texts:
                    if re.search(r"\d", x) or any(t.strip(".").lower() in TITLES for t in x.split()):
                        err(cid, f"name bad {x!r}")
            elif typ == "DOB":
                low = " ".join(texts).lower()
                if not (re.search(r"\d", low) or any(mn in low for mn in MONTHS) or
                        any(w in COUNTED_DIGIT_WORDS for w in low.split())):
                    err(cid, f"dob bad {texts}")
            elif typ == "ACCOUNT_NUMBER":
                raw = re.sub(r"[^A-Za-z0-9]", "", "".join(good))
                if sum(ch.isdigit() for ch in joined) < 2 or max(len(joined), len(raw)) < 5:
                    err(cid, f"account {gid} too few digits {texts} -> {joined}")
        # keep look-alikes
        for s in c["keep"]:
            t = utts[s["utterance"]]["text"][s["start"]:s["end"]]
            d = "".join(ch for ch in t if ch.isdigit())
            if not d:
                nv, _ = norm_value(t)
                d = nv if nv.isdigit() else ""
            if 13 <= len(d) <= 19 and luhn_ok(d):
                err(cid, f"look-alike passes Luhn {t!r}")
            for p, m in zip(c["pii"], meta):
                if p["utterance"] == s["utterance"]:
                    pd = "".join(ch for ch in norm_value(m["text"])[0] if ch.isdigit())
                    if len(pd) >= 4 and len(d) >= 4 and pd in d:
                        err(cid, f"look-alike {t!r} holds pii digits {pd}")
        # name words labelled in a case never left unlabelled elsewhere in it
        name_words = set()
        for s in c["pii"]:
            if s["type"] == "NAME":
                v = utts[s["utterance"]]["text"][s["start"]:s["end"]]
                for wd in re.findall(r"[A-Za-z']+", v):
                    wd = wd.lower().strip("'")
                    if len(wd) >= 2 and not wd.endswith("'s"):
                        name_words.add(wd)
        for ui, u in enumerate(utts):
            t = u["text"]
            covered = [(s["start"], s["end"]) for s in c["pii"] if s["utterance"] == ui]
            for m in re.finditer(r"[A-Za-z]+", t):
                if m.group().lower() in name_words and \
                        not any(a <= m.start() and m.end() <= b for a, b in covered):
                    err(cid, f"utt {ui} name word {m.group()!r} left unlabelled: {t!r}")
    return errs


def counts(cases):
    cn = {"cases": len(cases)}
    utts = [u for c, _ in cases for u in c["utterances"]]
    cn["utterances"] = len(utts)
    asr = sum(len(c["utterances"]) for c, _ in cases if c["style"] == "asr")
    cn["asr_utterances"] = asr
    cn["asr_share"] = round(asr / len(utts), 3)
    nopii = 0
    for c, _ in cases:
        have = {s["utterance"] for s in c["pii"]}
        nopii += sum(1 for k in range(len(c["utterances"])) if k not in have)
    cn["no_pii_utterances"] = nopii
    cn["ivr_cases"] = sum(1 for c, _ in cases if any(u["speaker"] == "ivr" for u in c["utterances"]))
    spans, groups = Counter(), Counter()
    for c, _ in cases:
        seen = set()
        for s in c["pii"]:
            spans[s["type"]] += 1
            if s["group"] not in seen:
                seen.add(s["group"])
                groups[s["type"]] += 1
    kinds = Counter(s["kind"] for c, _ in cases for s in c["keep"])
    cn["keep"] = sum(kinds.values())
    return cn, spans, groups, kinds


def main():
    cases = build()
    errs = validate(cases)
    cn, spans, groups, kinds = counts(cases)
    short = []
    for k, v in MINIMUM.items():
        if k in PII_TYPES:
            have = spans[k]
        elif k == "card_groups":
            have = groups["CARD_NUMBER"]
        else:
            have = cn[k]
        if have < v:
            short.append(f"minimum {k}: {have} < {v}")
    missing = KEEP_KINDS - set(kinds)
    if missing:
        short.append(f"keep kinds missing: {sorted(missing)}")
    print(f"cases {cn['cases']}  utterances {cn['utterances']}  asr {cn['asr_utterances']} "
          f"({cn['asr_share']:.1%})  no-pii utterances {cn['no_pii_utterances']}  "
          f"ivr cases {cn['ivr_cases']}")
    print("pii spans / groups:")
    for t in sorted(PII_TYPES):
        print(f"  {t:15s} {spans[t]:4d} / {groups[t]:4d}")
    print(f"keep spans {cn['keep']}:")
    for k in sorted(KEEP_KINDS):
        print(f"  {k:15s} {kinds[k]:4d}")
    if errs or short:
        for e in errs + short:
            print("FAIL", e, file=sys.stderr)
        print(f"{len(errs) + len(short)} problems; nothing written", file=sys.stderr)
        sys.exit(1)
    if "--check" in sys.argv:
        print("check ok (nothing written)")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for c, _ in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")


# ============================================================================= the conversations
# Each case is its own hand-written call.  g renders numbers in the case's style.

@case("asr")
def _(g):  # garden centre, caller in the car on hands-free, delivery to her mum
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    a, b = g.uk_pc("NW9")
    return [
        ("a", "good morning thornbury garden centre you're through to [[NAME:hazel]]"),
        ("c", "hi [[NAME:hazel]] i'm in the car on the hands free so if i cut out that's why"),
        ("a", "no problem at all what can i do for you"),
        ("c", f"i put a deposit down on one of the big olive trees the ((price:{g.money(180, 320, pence=0)})) ones and i want to pay off the rest and have it delivered"),
        ("a", "lovely what name is the reservation under"),
        ("c", "[[NAME:martin okafor]]"),
        ("a", f"got it mister [[NAME:okafor]] so the balance is ((price:{g.money(90, 170)})) and delivery on top of that"),
        ("c", "and it's not coming to me it's going to my mum's"),
        ("a", "that's fine what's the address"),
        ("c", f"[[ADDRESS:the old forge {nw(g.i(2, 60))} mill lane kingsbury]] postcode [[POSTCODE:{g.pc_say(a, b)}]]"),
        ("a", "and who'll be in to take it"),
        ("c", "mum will [[NAME:rose okafor]] she doesn't go far"),
        ("a", "okay and whenever you're ready with the card"),
        ("c", f"right it's [[CARD_NUMBER#c:{g.hom(g.say(p[0], 'd'))}]] hang on i'm just pulling into a lay-by"),
        ("a", "take your time"),
        ("c", f"okay parked up [[CARD_NUMBER#c:{g.sayj(p[1], p[2])}]] and then [[CARD_NUMBER#c:{g.say(p[3])}]]"),
        ("a", f"so ending [[CARD_NUMBER~:{g.say(p[3], 'd')}]] and the expiry on it"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y)}]]"),
        ("a", "and the three numbers on the back"),
        ("c", f"[[CVV:{g.say(cv, 'd')}]]"),
        ("a", f"that's all gone through we'll have it with her on the ((date:{g.date()})) any time after ((time:{g.clock()}))"),
        ("c", "smashing thanks [[NAME:hazel]]"),
    ]


@case("transcript")
def _(g):  # mattress delivery, caller at a supermarket till, card declined then husband's card
    n1 = g.card("mc"); cv1 = g.cvv(); m1, y1 = g.exp()
    n2 = g.card("visa"); q = g.blocks(n2); cv2 = g.cvv(); m2, y2 = g.exp()
    o = g.digits(7, True)
    return [
        ("a", "Dreamwell Beds, [[NAME:Aaron]] speaking."),
        ("c", "Hi [[NAME:Aaron]], I'm standing at a till in the supermarket so sorry if it's noisy. I've had a text saying my mattress payment didn't go through?"),
        ("a", "Ah, let me look. Have you got the order number from the text?"),
        ("c", f"It says [[ACCOUNT_NUMBER:DW{o}]]."),
        ("a", f"Thanks. Yes, the ((model_number:{g.code('KS-', 4)})) king pocket sprung at ((price:{g.money(400, 900)})), and the card on file was declined."),
        ("c", "Can I give you the same card again first? I think it was just a blip."),
        ("a", "Of course, go ahead."),
        ("c", f"[[CARD_NUMBER:{g.typed(n1)}]], expiry [[EXPIRY:{g.exp_s(m1, y1, 'mm/yy')}]] and the back is [[CVV:{cv1}]]."),
        ("a", "Thank you... no, I'm afraid that's been declined again. Do you have another card?"),
        ("c", "Hang on, the lady behind me is sighing. Right. I'll use my husband's, it's a joint account."),
        ("a", "Whose name is on the card?"),
        ("c", "[[NAME:Declan Murray]]."),
        ("c", f"It's [[CARD_NUMBER#b:{q[0]} {q[1]}]], sorry, I'm packing bags at the same time, [[CARD_NUMBER#b:{q[2]} {q[3]}]]."),
        ("a", f"Let me read that back: [[CARD_NUMBER:{g.typed(n2)}]]?"),
        ("c", f"Yes. Expires [[EXPIRY:{g.exp_s(m2, y2)}]], code on the back [[CVV:{cv2}]]."),
        ("a", f"That's approved. Your delivery is still on the ((date:{g.date()})), any time from ((time:{g.clock()}))."),
        ("c", "Perfect, thank you so much."),
    ]


@case("asr")
def _(g):  # tattoo studio deposit, caller on a train going in and out of tunnels, amex
    n = g.card("amex"); p = g.cut(n, 4, 6, 5); cv = g.cvv(4); m, y = g.exp()
    ph = g.phone_uk("mob")
    return [
        ("a", "inkwell studio [[NAME:jay]] speaking"),
        ("c", "hiya it's [[NAME:summer]] i'm booked in with [[NAME:ivy]] for the sleeve and she said to ring and pay the deposit"),
        ("a", f"oh yeah [[NAME:summer]] i've got you the first session's ((duration:{nw(g.i(3, 6))} hours)) and the deposit is ((price:{g.money(60, 150, pence=0)}))"),
        ("c", "great i'm on the train so i might drop out when we hit the tunnels"),
        ("a", "no worries if you lose me i'll ring you back what number have you got there"),
        ("c", f"it's [[PHONE#p:{g.say(ph[:5], 'd')} {g.say(ph[5:], 'x')}]]"),
        ("a", "lovely and what card are you paying with"),
        ("c", f"american express it's [[CARD_NUMBER#c:{g.say(p[0])} {g.say(p[1][:3])}]] oh here we go tunnel"),
        ("a", "hello you still there"),
        ("c", f"sorry i'm back where was i [[CARD_NUMBER#c!:{g.say(p[1][:3], 'd')}]] and then [[CARD_NUMBER#c:{g.say(p[1][3:], 'd')}]]"),
        ("a", f"i had [[CARD_NUMBER~:{g.hom(g.say(p[0], 'd'))}]] then [[CARD_NUMBER~:{g.say(p[1], 'd')}]] so far"),
        ("c", f"yep and the last bit is [[CARD_NUMBER#c:{g.hom(g.say(p[2], 'd'))}]]"),
        ("a", "when does it run out"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'month')}]]"),
        ("a", "and it's an amex so it's the four numbers on the front above the long number"),
        ("c", f"oh is it those um [[CVV:{g.say(cv, 'd')}]]"),
        ("a", f"perfect that's taken you're all set for the ((date:{g.date()})) at ((time:{g.clock()}))"),
        ("c", "amazing cheers [[NAME:jay]]"),
    ]


@case("asr", cc="ie")
def _(g):  # piano tuner, Irish caller, house name and eircode in pieces, no card
    k, r = g.eircode()
    ph = g.phone_uk("lon")
    yr = g.year(1905, 1935)
    return [
        ("a", "good afternoon harmony piano services [[NAME:robin]] here"),
        ("c", "hello [[NAME:robin]] i'd like to get the piano tuned it hasn't been done since we moved"),
        ("a", "sure what kind of piano is it"),
        ("c", f"it's an old upright a bechstein from ((year:{yr})) or so my grandmother's"),
        ("a", "lovely old thing and where are you based"),
        ("c", f"we're out past the village it's [[ADDRESS:rosehill cottage {nw(g.i(2, 40))} glebe road ballymore]]"),
        ("a", "and have you the eircode"),
        ("c", f"i do it's [[POSTCODE#e:{g.spell(k)}]] um"),
        ("a", "take your time"),
        ("c", f"[[POSTCODE#e:{g.spell(r)}]] sorry it's on the fridge"),
        ("a", f"grand so i can do the ((date:{g.date()})) in the morning the tuning is ((price:{g.money(90, 140, '€', pence=0)})) and it takes about ((duration:{nw(g.i(1, 2))} and a half hours))"),
        ("c", "that suits and i'll pay on the day"),
        ("a", "of course can i take a name and a contact number"),
        ("c", f"[[NAME:niamh brennan]] and the number is [[PHONE:{g.say(ph, 'd')}]] that's a london number i use it for work"),
        ("a", "and an email for the confirmation"),
        ("c", "[[EMAIL:niamh dot brennan at eircom dot net]]"),
        ("a", "that's all booked [[NAME:niamh]]"),
    ]


@case("transcript")
def _(g):  # bouncy castle hire, card read from a banking app (virtual card)
    n = g.card("visa"); cv = g.cvv(); m, y = g.exp()
    a, b = g.uk_pc("W9")
    return [
        ("a", "Jumping Jacks Party Hire, this is [[NAME:Bill]]."),
        ("c", f"Hi [[NAME:Bill]], I'd like to book the ((quantity:{g.i(12, 16)}ft)) castle for my son's party on the ((date:{g.dayn()}))."),
        ("a", f"Lovely. How old is he going to be?"),
        ("c", f"((other:{g.i(5, 9)})). We've got about ((count:{g.i(15, 25)})) kids coming."),
        ("a", f"Then the ((quantity:{g.i(12, 16)}ft)) is right. It's ((price:{g.money(75, 130, pence=0)})) for the day, and we deliver from ((time:{g.clock()}))."),
        ("c", "Great. Where do you need the address?"),
        ("a", "Just the delivery address and postcode please."),
        ("c", f"[[ADDRESS:Unit {g.i(2, 9)}, Bramble Court, {g.i(10, 90)} Harrow Road]], [[POSTCODE:{a} {b}]]. It's the block at the back."),
        ("a", "And the name for the booking?"),
        ("c", "[[NAME:Priya Raman]]."),
        ("a", "Thanks [[NAME:Priya]]. Would you like to pay the whole thing now?"),
        ("c", "Yes. I don't have my purse, so I'm reading it off the banking app, it's one of those virtual cards."),
        ("a", "That's fine."),
        ("c", f"[[CARD_NUMBER:{g.typed(n, '')}]] it shows it all as one line. Expiry [[EXPIRY:{g.exp_s(m, y, 'mm/yy')}]], and I have to tap to show the CVV... [[CVV:{cv}]]."),
        ("a", f"That's gone through. Receipt number ((other:{g.digits(6, True)})) will come by text."),
        ("c", "Brilliant, thanks [[NAME:Bill]]."),
    ]


@case("asr")
def _(g):  # airport parking: card to the IVR, IVR fails, agent takes it again
    n = g.card("mc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    bk = g.digits(8, True)
    fl = f"e z y {g.say(g.digits(4, True), 'd')}"
    return [
        ("i", "welcome to skypark airport parking please say or key in your booking reference"),
        ("c", f"[[ACCOUNT_NUMBER:{g.say(bk, 'd')}]]"),
        ("i", "thank you to pay the balance please say your sixteen digit card number"),
        ("c", f"[[CARD_NUMBER#c:{g.say(p[0] + p[1], 'd')}]] uh [[CARD_NUMBER#c:{g.say(p[2] + p[3], 'd')}]]"),
        ("i", "sorry i didn't get that please try again"),
        ("c", f"[[CARD_NUMBER:{g.say(n, 'd')}]]"),
        ("i", "sorry we are unable to take your payment please hold for an advisor"),
        ("a", "hi you're through to [[NAME:grace]] at skypark i can see you were trying to pay your balance"),
        ("c", "yes the robot kept saying it didn't catch it i'm at the petrol station so it's a bit loud"),
        ("a", "no problem i'll take it myself can you confirm the booking reference for me"),
        ("c", f"[[ACCOUNT_NUMBER:{g.say(bk, 'p')}]]"),
        ("a", f"thanks that's the long stay from the ((date:{g.date()})) for ((duration:{nw(g.i(6, 14))} days)) and you're flying out on ((flight_number:{fl}))"),
        ("c", "that's it"),
        ("a", "okay go ahead with the card"),
        ("c", f"[[CARD_NUMBER#d:{g.say(p[0], 'p')} {g.say(p[1], 'x')}]] sorry a lorry just went past [[CARD_NUMBER#d:{g.sayj(p[2], p[3])}]]"),
        ("a", f"and i've got the expiry as [[EXPIRY:{g.exp_s(m, y, 'oh')}]] from your booking is that still right"),
        ("c", "yes"),
        ("a", "and the security number on the back"),
        ("c", f"[[CVV:{g.say(cv)}]]"),
        ("a", f"lovely that's ((price:{g.money(45, 120)})) taken and your space is in ((other:zone {g.spell(g.pick('ABCDE'))})) thanks for calling"),
    ]


@case("asr")
def _(g):  # driving test booking, mum's card, bad line: "was that a five or a nine"
    lic = "".join(g.pick("ABCDEFGHJKLMNPRSTW") for _ in range(5)) + g.digits(6) + "".join(g.pick("ABCDEFGHJKLMNPRSTW") for _ in range(2)) + g.digits(1) + "".join(g.pick("ABCDEFGHJKLMNPRSTW") for _ in range(2))
    yy, mm, dd = g.dob(); yy = g.i(2003, 2005)
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    return [
        ("a", "driving test bookings my name's [[NAME:kieran]] how can i help"),
        ("c", "hi i want to book my practical test i've passed the theory"),
        ("a", "congratulations can i take your provisional licence number"),
        ("c", f"yeah it's [[ACCOUNT_NUMBER#l:{g.spell(lic[:11])}]] um [[ACCOUNT_NUMBER#l:{g.spell(lic[11:])}]]"),
        ("a", "and your date of birth"),
        ("c", f"[[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", f"thanks [[NAME:tilly]] i've got you there the nearest centre has a slot on the ((date:{g.date()})) at ((time:{g.clock()}))"),
        ("c", "yes please i'll take it my mum's paying she's just here"),
        ("a", "okay can she read me the card when she's ready it's the name on the card i need first"),
        ("c", "mum he wants your name it's [[NAME:caroline webb]]"),
        ("a", "and the long number"),
        ("c", f"she's reading it out [[CARD_NUMBER#c:{g.hom(g.say(p[0], 'd'))} {g.say(p[1], 'd')}]]"),
        ("a", "sorry the line's breaking up was that a five or a nine in the middle"),
        ("c", "a five i think mum was it a five yeah"),
        ("a", "okay carry on"),
        ("c", f"[[CARD_NUMBER#c:{g.hom(g.say(p[2], 'd'))}]] and [[CARD_NUMBER#c:{g.hom(g.say(p[3], 'd'))}]]"),
        ("a", f"so that's [[CARD_NUMBER:{g.sayj(*p, mode='d')}]]"),
        ("c", "yep"),
        ("a", "and the expiry date and the last three on the back"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'slash')}]] and [[CVV:{g.say(cv, 'd')}]]"),
        ("a", f"that's ((price:{g.money(62, 62, pence=75)})) paid you'll get an email confirming it all good luck"),
    ]


@case("transcript")
def _(g):  # MOT booking at a garage, no card, plate and phone
    plate = g.pick(["LB", "YK", "MA", "SN", "BD"]) + f"{g.i(10, 24)} " + "".join(g.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    ph = g.phone_uk("man")
    return [
        ("a", "Hillside Motors, [[NAME:Wes]] speaking."),
        ("c", "Hi, I need an MOT, it runs out at the end of the month."),
        ("a", "No problem. What's the registration?"),
        ("c", f"[[ACCOUNT_NUMBER:{plate}]]."),
        ("a", f"That's a ((year:{g.year(2012, 2018)})) Astra? It's ((price:{g.money(40, 55, pence=85)})) for the MOT, and we've got ((time:{g.clock()})) on the ((date:{g.dayn()}))."),
        ("c", "That's fine. Do I need to pay now?"),
        ("a", "No, you pay when you collect it. Can I take a name and number?"),
        ("c", f"[[NAME:Grace Adeyemi]], and it's [[PHONE:{g.phone_uk_t(ph)}]]."),
        ("a", "Thanks [[NAME:Grace]]. Roughly how many miles is it on?"),
        ("c", f"About ((quantity:{g.i(40, 95)},{g.i(100, 999)} miles))."),
        ("a", f"Fine. It takes about ((duration:{g.i(45, 60)} minutes)), you can wait in reception if you like."),
        ("c", "I'll wait. Thanks, [[NAME:Wes]]."),
    ]


@case("asr", cc="us")
def _(g):  # wedding dress shop (US), mother pays the balance on a bad line, discover card
    n = g.card("disc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    z = g.zip("ga")
    st = g.say(str(g.i(1000, 9800)), 'p')
    return [
        ("a", "thank you for calling belle aisle bridal this is [[NAME:amber]]"),
        ("c", "hi [[NAME:amber]] i'm calling about my daughter's dress she's [[NAME:hope delgado]] the wedding's in the spring"),
        ("a", f"oh yes [[NAME:hope]]'s gown came in last week we just need the balance of ((price:{g.money(800, 1600, '$')})) before the first fitting"),
        ("c", "i'm paying it i'm her mother [[NAME:lorraine delgado]] the line's awful i'm out at the farm"),
        ("a", "i'll go slow then what card will you use"),
        ("c", f"discover [[CARD_NUMBER#c:{g.say(p[0], 'd')}]]"),
        ("a", "okay"),
        ("c", f"[[CARD_NUMBER#c:{g.say(p[1], 'd')}]]"),
        ("a", f"sorry was that [[CARD_NUMBER~:{g.say(p[1], 'd')}]] or [[CARD_NUMBER~!:{g.say(g.wrong(p[1]), 'd')}]] you broke up"),
        ("c", f"the first one [[CARD_NUMBER#c!:{g.say(p[1], 'd')}]] then [[CARD_NUMBER#c:{g.say(p[2], 'd')} {g.say(p[3], 'p')}]]"),
        ("a", "got it expiration"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'plain')}]]"),
        ("a", "and the three digit code"),
        ("c", f"[[CVV:{g.say(cv, 'd')}]]"),
        ("a", "and the billing address and zip"),
        ("c", f"[[ADDRESS:{st} county road {g.say(str(g.i(100, 999)), 'p')} madison]] georgia [[POSTCODE:{g.say(z, 'd')}]]"),
        ("a", f"wonderful that went through her fitting is on the ((date:{g.date()})) and alterations take about ((duration:{nw(g.i(3, 6))} weeks))"),
        ("c", "thank you [[NAME:amber]]"),
    ]


@case("asr", cc="au")
def _(g):  # coach tour booked from Australia, 2-series mastercard read from a photo
    n = g.card("mc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    pc = g.au_pc("qld")
    bk = g.digits(6, True)
    return [
        ("a", "emerald isle coach tours you're speaking with [[NAME:ciaran]]"),
        ("c", f"g'day [[NAME:ciaran]] it's early here in brisbane so forgive me i want to book two seats on the ((duration:{nw(g.i(7, 12))} day)) west coast tour"),
        ("a", f"no bother at all which departure were you looking at"),
        ("c", f"the ((date:{g.date()})) one it leaves dublin at ((time:{g.clock()}))"),
        ("a", f"i have seats together on that it's ((price:{g.money(1100, 1900, '€', pence=0)})) per person sharing"),
        ("c", "lovely put us down it's me [[NAME:margaret quill]] and my husband [[NAME:rowan quill]]"),
        ("a", "and your home address for the tickets"),
        ("c", f"[[ADDRESS:unit {nw(g.i(2, 30))} {nw(g.i(10, 99))} jacaranda street toowong]] queensland [[POSTCODE:{g.say(pc, g.pick('dp'))}]]"),
        ("a", "great and how will you pay"),
        ("c", "i've got a photo of the card on my phone because my glasses are in the other room"),
        ("c", f"it's [[CARD_NUMBER#c:{g.hom(g.say(p[0], 'd'))} {g.say(p[1], 'd')}]] then zooming in [[CARD_NUMBER#c:{g.say(p[2] + p[3], 'd')}]]"),
        ("a", f"so i have [[CARD_NUMBER:{g.sayj(*p, mode='d')}]] is that right"),
        ("c", "that's right"),
        ("a", "expiry date on it"),
        ("c", f"it says valid thru [[EXPIRY:{g.exp_s(m, y, 'slash')}]]"),
        ("a", "and the back of the card"),
        ("c", f"oh the photo's only the front hang on love [[NAME:rowan]] can you read me the back of the card it's [[CVV:{g.say(cv, 'd')}]]"),
        ("a", f"thanks [[NAME:margaret]] that's booked your reference is [[ACCOUNT_NUMBER:{g.say(bk, 'p')}]]"),
    ]


@case("transcript", cc="us")
def _(g):  # wine club: expired card on file, new card, typed email
    mem = g.digits(8, True)
    m0, y0 = g.exp(expired=True)
    n = g.card("visa"); cv = g.cvv(); m, y = g.exp()
    z = g.zip("or")
    return [
        ("a", "Thanks for calling Willamette Cellars Wine Club, this is [[NAME:Jordan]]. Can I have your membership number?"),
        ("c", f"Sure, it's [[ACCOUNT_NUMBER:{mem}]]."),
        ("a", "Thank you, [[NAME:Emiko Tanaka]]?"),
        ("c", "That's me. I got an email that my quarterly shipment is on hold."),
        ("a", f"Yes, the card we have expired at the end of [[EXPIRY:{g.exp_s(m0, y0, 'mm/yyyy')}]], so the ((count:{g.i(6, 12)}))-bottle shipment couldn't be charged."),
        ("c", "Right, I have the new card here."),
        ("c", f"It's [[CARD_NUMBER:{g.typed(n, '-')}]], expires [[EXPIRY:{g.exp_s(m, y, 'mm/yy')}]], CVV [[CVV:{cv}]]."),
        ("a", f"Got it. The shipment total is ((price:{g.money(150, 290, '$')})) with your ((percentage:{g.pct(10, 20)})) member discount."),
        ("c", f"Is the Pinot the ((year:{g.year(2018, 2022)})) again?"),
        ("a", "It is. Shall I send it to the same address?"),
        ("c", f"No, to my office: [[ADDRESS:Suite {g.i(200, 450)}, {g.i(100, 2999)} SW Alder Street, Portland]], OR [[POSTCODE:{z}]]. Someone of drinking age is always at the front desk."),
        ("a", "Noted. And the receipt to the email on file?"),
        ("c", "Actually, please update it to [[EMAIL:e.tanaka.wine@fastmail.com]]."),
        ("a", "Done. Thanks, [[NAME:Emiko]]."),
    ]


@case("asr")
def _(g):  # meal kit: pause deliveries, card on file known by last four only, flat move
    a, b = g.uk_pc()
    last4 = g.digits(4)
    return [
        ("a", "hi you're through to fresh fork my name is [[NAME:leon]] who am i speaking with"),
        ("c", "hi [[NAME:leon]] it's [[NAME:bethany cole]] i want to pause my boxes and change my address"),
        ("a", "of course can you confirm the email on the account"),
        ("c", f"[[EMAIL:beth cole {nw(g.i(80, 99))} at hotmail dot co dot uk]]"),
        ("a", f"thanks and for security the last four digits of the card we charge"),
        ("c", f"[[CARD_NUMBER~:{g.say(last4, 'd')}]]"),
        ("a", f"perfect so you're on ((count:{nw(g.i(3, 5))})) recipes a week for two people"),
        ("c", f"yes but i'm moving on the ((date:{g.date()})) so can you skip the next ((count:{nw(g.i(2, 3))})) weeks"),
        ("a", "done and the new address"),
        ("c", f"[[ADDRESS:flat {nw(g.i(2, 9))} b {nw(g.i(10, 80))} canal street]] and the postcode is [[POSTCODE#p:{g.spell(a)}]] hmm i always forget the end [[POSTCODE#p:{g.spell(b)}]]"),
        ("a", f"lovely and there's a ((percentage:{g.pct(20, 50)})) off code for your first box back if you want it"),
        ("c", "oh go on then"),
        ("a", "it's on your account now anything else"),
        ("c", "no that's everything ta"),
    ]


@case("asr", cc="uk")
def _(g):  # tree surgeon in Northern Ireland, quote and deposit, card read by a teenage son
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    a, b = g.uk_pc("BT23")
    ph = g.phone_uk("mob")
    return [
        ("a", "oakline tree surgery [[NAME:sean]] speaking"),
        ("c", "hi [[NAME:sean]] it's mrs [[NAME:hanlon]]" + " you came out to look at the big sycamore"),
        ("a", f"i did aye that's the one about ((quantity:{nw(g.i(40, 70))} foot)) tall we quoted ((price:{g.money(600, 1200, pence=0)})) to take it down and grind the stump"),
        ("c", "that's it we want to go ahead what do you need from me"),
        ("a", f"a deposit of ((percentage:{g.pct(20, 30)})) and we can book you in"),
        ("c", "my son's going to read the card to me my hands are covered in soil [[NAME:callum]] read it out"),
        ("c", f"he says [[CARD_NUMBER#c:{g.say(p[0], 'x')} {g.say(p[1], 'x')}]] no wait [[NAME:callum]] that's not right start again"),
        ("c", f"[[CARD_NUMBER#c!:{g.hom(g.say(p[0], 'd'))} {g.say(p[1], 'd')}]] yeah that was right sorry then [[CARD_NUMBER#c:{g.say(p[2], 'd')} {g.say(p[3], 'p')}]]"),
        ("a", "lovely and the expiry and the three on the back"),
        ("c", f"end of [[EXPIRY:{g.exp_s(m, y, 'month')}]] and the three is [[CVV:{g.say(cv, 'p')}]]"),
        ("a", "that's through and the address is the one in ballygowan"),
        ("c", f"yes [[ADDRESS:the willows {nw(g.i(3, 80))} manse road ballygowan]] [[POSTCODE:{g.spell(a + b)}]]"),
        ("a", "and a mobile for the lads on the day"),
        ("c", f"[[PHONE#p:{g.say(ph[:5], 'd')} {g.say(ph[5:8], 'd')} {g.say(ph[8:], 'p')}]]"),
        ("a", f"grand they'll be there on the ((date:{g.date()})) from about ((time:{g.clock()}))"),
    ]


@case("transcript", cc="us")
def _(g):  # appliance repair (US): washer model, serial look-alike, call-out fee
    n = g.card("amex"); cv = g.cvv(4); m, y = g.exp()
    z = g.zip("il")
    ph = g.phone_us()
    job = g.digits(7, True)
    return [
        ("a", "Midwest Appliance Repair, [[NAME:Dana]] speaking, how can I help?"),
        ("c", "Hi, my washer is leaking from underneath and making a grinding noise."),
        ("a", "Sorry to hear that. What's the model number? It's usually inside the door."),
        ("c", f"It says ((model_number:{g.code('WTW', 4)}HW)), and there's a serial, ((other:{g.code('C', 8)}))."),
        ("a", f"Thanks. We have a tech in your area on ((date:{g.date()})) between ((time:{g.clock(lo=7, hi=11)})) and ((time:{g.clock(lo=12, hi=18)}))."),
        ("c", "That works. What does it cost?"),
        ("a", f"The diagnostic visit is ((price:{g.money(79, 99, '$', pence=0)})), which goes towards the repair. We take it now to hold the slot."),
        ("c", f"Okay. It's an Amex: [[CARD_NUMBER:{g.typed(n)}]]."),
        ("a", f"Expiration and the four-digit code on the front?"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y)}]], and [[CVV:{cv}]]."),
        ("a", "And the service address?"),
        ("c", f"[[ADDRESS:{g.i(100, 9999)} N Kedzie Ave, Apt {g.i(1, 4)}R, Chicago]], IL [[POSTCODE:{z}]]."),
        ("a", f"Best number for the tech to call ahead?"),
        ("c", f"[[PHONE:{g.phone_us_t(ph)}]]. Ask for [[NAME:Luis]] or [[NAME:May Ortega]], that's my wife."),
        ("a", f"Perfect. Your job number is [[ACCOUNT_NUMBER:{job}]]."),
    ]


@case("asr", cc="ca")
def _(g):  # roofer in Toronto, deposit, dog barking, unit address, postal code in pieces
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    o, i = g.ca_pc("on")
    ph = g.phone_us(ca=True)
    return [
        ("a", "north shore roofing this is [[NAME:brianna]]"),
        ("c", "hi [[NAME:brianna]] [[NAME:tom]] here the guy who came out yesterday said i should call to lock in the date for the shingles"),
        ("a", f"hi [[NAME:tom]] yes i see the quote ((price:{g.money(8000, 14000, '$', pence=0)})) for the full tear off and we need a ((price:{g.money(500, 1500, '$', pence=0)})) deposit"),
        ("c", "sure can you hold on one sec the dog's going nuts at the mailman"),
        ("c", "okay sorry about that go ahead"),
        ("a", "can i get your last name and the address for the job"),
        ("c", f"[[NAME:kowalczyk]] k o w a l c z y k and it's [[ADDRESS:unit {nw(g.i(2, 12))} {g.say(str(g.i(120, 400)), 'p')} birchmount road scarborough]]"),
        ("a", "and the postal code"),
        ("c", f"[[POSTCODE#p:{g.spell(o)}]] that is the first half then [[POSTCODE#p:{g.spell(i)}]]"),
        ("a", "and what card for the deposit"),
        ("c", f"visa [[CARD_NUMBER#c:{g.say(p[0], 'p')} {g.say(p[1], 'p')}]] buster quiet [[CARD_NUMBER#c:{g.sayj(p[2], p[3], mode='d')}]]"),
        ("a", "sorry i lost the middle with the barking can you give me the second group again"),
        ("c", f"[[CARD_NUMBER#c!:{g.hom(g.say(p[1], 'd'))}]]"),
        ("a", "thanks and expiry and cvv"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'digits')}]] and [[CVV:{g.say(cv, 'd')}]]"),
        ("a", "and a good number for the crew"),
        ("c", f"[[PHONE:{g.say(ph, 'd')}]]"),
        ("a", f"you're booked for the week of the ((date:{g.date()})) weather permitting it's about ((duration:{nw(g.i(2, 3))} days)) on site"),
    ]


@case("transcript")
def _(g):  # self-publishing printer, company card, ISBN look-alike, quantities
    n = g.card("mc"); cv = g.cvv(); m, y = g.exp()
    isbn = "978" + g.digits(10)
    while luhn_ok(isbn):
        isbn = "978" + g.digits(10)
    o = g.digits(6, True)
    a, b = g.uk_pc("LA9")
    return [
        ("a", "Quillstone Print, you're through to [[NAME:Fern]]."),
        ("c", "Hi [[NAME:Fern]], it's [[NAME:Ade Okonjo]]. I'm ordering the second print run of my novel."),
        ("a", "Lovely. Do you have the project number?"),
        ("c", f"[[ACCOUNT_NUMBER:QP-{o}]]. The ISBN is ((other:{isbn})) if that helps."),
        ("a", f"Got it. ((count:{g.i(280, 420)})) pages, paperback. How many copies this time?"),
        ("c", f"((quantity:{g.i(3, 8)}00)) copies, same cream paper."),
        ("a", f"That's ((price:{g.money(1400, 2600)})) including delivery, about ((duration:{g.i(10, 14)} working days))."),
        ("c", "I'll pay on the company card, the publishing company is mine but the card is in my business partner's name, [[NAME:Hannah Wilde]]. She's said it's fine."),
        ("a", "That's fine as long as you have her permission. Go ahead."),
        ("c", f"[[CARD_NUMBER:{g.typed(n)}]], expiry [[EXPIRY:{g.exp_s(m, y, 'mm/yyyy')}]], security [[CVV:{cv}]]."),
        ("a", "And deliver to the same warehouse?"),
        ("c", f"No, to [[NAME:Hannah]]'s house this time: [[ADDRESS:Larkspur House, {g.i(2, 60)} Chapel Row, Kendal]], [[POSTCODE:{a} {b}]]."),
        ("a", "Noted. Invoice to [[EMAIL:accounts@wildeokonjobooks.co.uk]]?"),
        ("c", "Yes please. Thanks [[NAME:Fern]]."),
    ]


@case("asr")
def _(g):  # costume hire on speakerphone, a friend reads the card out beside her
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    ph = g.phone_uk("lee")
    return [
        ("a", "curtain call costume hire [[NAME:ivy]] speaking"),
        ("c", "hi [[NAME:ivy]] you're on speaker there's four of us here we're sorting costumes for a hen do"),
        ("a", "oh fun how many costumes are you after"),
        ("c", f"((count:{nw(g.i(6, 9))})) in total the eighties ones from your website"),
        ("a", f"they're ((price:{g.money(25, 40, pence=0)})) each for ((duration:{nw(g.i(2, 4))} nights)) plus a deposit"),
        ("c", "okay whose card are we using [[NAME:jess]] yours okay [[NAME:jess]] is going to read it out"),
        ("c", f"she says [[CARD_NUMBER#c:{g.say(p[0], 'd')}]] stop laughing [[CARD_NUMBER#c:{g.hom(g.say(p[1], 'd'))}]]"),
        ("a", "sorry i can hear a lot of people can she say that second bit again"),
        ("c", f"[[CARD_NUMBER#c!:{g.say(p[1], 'p')}]] then [[CARD_NUMBER#c:{g.hom(g.say(p[2], 'd'))} {g.say(p[3], 'x')}]]"),
        ("a", "and whose name is on the card"),
        ("c", "[[NAME:jessica harlow]]"),
        ("a", "expiry and security code"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'oh')}]] and the code is [[CVV:{g.say(cv, 'd')}]]"),
        ("a", "and a phone number in case there's a problem with the return"),
        ("c", f"use mine it's [[PHONE:{g.say(ph, 'd')}]]"),
        ("a", f"that's booked collection is from ((time:{g.clock()})) on the ((date:{g.date()}))"),
    ]


@case("asr", cc="us")
def _(g):  # pool servicing in Florida, amex, chemicals and temperatures
    n = g.card("amex"); p = g.cut(n, 4, 6, 5); cv = g.cvv(4); m, y = g.exp()
    z = g.zip("fl")
    return [
        ("a", "sunshine pool and spa this is [[NAME:marco]]"),
        ("c", f"hey [[NAME:marco]] it's [[NAME:rebecca stone]] over on [[ADDRESS:{g.say(str(g.i(100, 999)), 'p')} palmetto way]] the pool's gone green again"),
        ("a", f"oh no when did we last come out"),
        ("c", f"the ((date:{g.date()})) and it's been like ((other:{nw(g.i(88, 96))} degrees)) every day since"),
        ("a", f"that'll do it we'll shock it with about ((quantity:{nw(g.i(2, 4))} pounds)) of chlorine and add algaecide the visit is ((price:{g.money(95, 160, '$', pence=0)}))"),
        ("c", "fine do you need a card"),
        ("a", "yes please the card we had on file failed last month"),
        ("c", f"okay it's amex [[CARD_NUMBER#c:{g.say(p[0], 'd')} {g.say(p[1], 'd')}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD_NUMBER#c:{g.say(p[2], 'd')}]]"),
        ("a", f"and that's the [[CARD_NUMBER~:{g.say(p[2][1:], 'd')}]] at the end"),
        ("c", "yes"),
        ("a", "expiration date"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'full')}]]"),
        ("a", "and the four digit code on the front"),
        ("c", f"[[CVV:{g.say(cv, 'p')}]]"),
        ("a", "and the zip for the billing"),
        ("c", f"[[POSTCODE:{g.say(z, 'd')}]]"),
        ("a", f"great we'll see you ((date:{g.date()})) morning"),
    ]


@case("asr", cc="us")
def _(g):  # furniture store financing: SSN and read-back of last four
    a, b, c_ = g.ssn()
    yy, mm, dd = g.dob()
    z = g.zip("tx")
    ph = g.phone_us()
    return [
        ("a", "hi this is [[NAME:keisha]] with hearthstone furniture financing how can i help you"),
        ("c", f"hi i'm buying a sectional and the sales guy said to call and do the credit application over the phone"),
        ("a", "sure i can do that can i get your full name"),
        ("c", "[[NAME:will pritchard]]"),
        ("a", "thanks [[NAME:will]] and your date of birth"),
        ("c", f"[[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", "and your social security number"),
        ("c", f"[[SSN#s:{g.say(a, 'd')}]] uh [[SSN#s:{g.say(b, 'd')} {g.say(c_, 'p')}]]"),
        ("a", f"let me just confirm the last four [[SSN~:{g.say(c_, 'd')}]]"),
        ("c", "correct"),
        ("a", f"and your annual household income roughly"),
        ("c", f"about ((price:{nw(g.i(55, 95))} thousand))"),
        ("a", "and the home address"),
        ("c", f"[[ADDRESS:{g.say(str(g.i(1000, 9999)), 'p')} bluebonnet trail apartment {g.say(str(g.i(100, 350)), 'p')} round rock]] texas [[POSTCODE:{g.say(z, 'd')}]]"),
        ("a", "and a cell number"),
        ("c", f"[[PHONE#p:{g.say(ph[:3], 'd')}]] um [[PHONE#p:{g.say(ph[3:], 'd')}]]"),
        ("a", f"okay you're approved for ((price:{nw(g.i(3, 6))} thousand dollars)) at ((percentage:{g.pct(0, 0)})) for ((duration:{nw(g.i(12, 24))} months))"),
        ("c", "oh great thank you"),
    ]


@case("transcript")
def _(g):  # hot tub servicing: annual contract renewal, account number, card given after failure
    acc = g.digits(6, True)
    n = g.card("visa"); cv = g.cvv(); m, y = g.exp()
    ph = g.phone_uk("bri")
    a, b = g.uk_pc("BS40")
    return [
        ("a", "Good morning, AquaCare Hot Tubs, [[NAME:Shona]] speaking."),
        ("c", f"Morning. I'm renewing the service plan for our hot tub. The reminder letter says account [[ACCOUNT_NUMBER:HT{acc}]]."),
        ("a", "Thank you. Is that Mr [[NAME:Patel]]?"),
        ("c", "Yes, [[NAME:Raj Patel]]."),
        ("a", f"Lovely. The plan is ((price:{g.money(180, 260, pence=0)})) a year, ((count:{g.i(2, 4)})) visits, water testing and a filter change."),
        ("c", f"Fine. Card: [[CARD_NUMBER#c:{g.blocks(n)[0]} {g.blocks(n)[1]}]]... sorry, my wife's asking who's on the phone... [[CARD_NUMBER#c:{g.blocks(n)[2]} {g.blocks(n)[3]}]]."),
        ("a", "And the expiry and security code?"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'mon')}]], and [[CVV:{cv}]]."),
        ("a", "Thank you. Hmm, it's come back as failed. It might be the bank's security check. Could you give me the number once more?"),
        ("c", f"Sure. [[CARD_NUMBER:{g.typed(n)}]]."),
        ("a", "That's gone through now, sorry about that."),
        ("c", "No problem. Is the address still right?"),
        ("a", f"I have [[ADDRESS:The Granary, {g.i(2, 40)} Orchard Lane, Chew Magna]], [[POSTCODE:{a} {b}]]."),
        ("c", f"That's right. And my mobile has changed, it's [[PHONE:{g.phone_uk_t(ph)}]]."),
        ("a", f"Updated. First visit will be the week of the ((date:{g.date()}))."),
    ]


@case("asr")
def _(g):  # tennis coaching for a child: child's DOB, parent's card in the car park
    yy, mm, dd = g.dob(); yy = g.i(2012, 2016)
    n = g.card("mc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    em = f"fiona dot lindqvist at outlook dot com"
    return [
        ("a", "hi you've reached ace tennis academy i'm [[NAME:rowan]] one of the coaches"),
        ("c", "hi [[NAME:rowan]] i'm in the car park at the moment my daughter wants to join the saturday squad"),
        ("a", "brilliant how old is she"),
        ("c", f"she's ((other:{nw(g.i(9, 12))})) she's been playing at school"),
        ("a", "perfect what's her name and her date of birth for the lta registration"),
        ("c", f"[[NAME:elsa lindqvist]] and she was born [[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", f"lovely the squad runs ((time:{g.clock(lo=7, hi=11)})) till ((time:{g.clock(lo=12, hi=18)})) and it's ((price:{g.money(90, 140, pence=0)})) for the ((duration:{nw(g.i(10, 12))} week)) term"),
        ("c", "that's fine can i pay now"),
        ("a", "yes go ahead"),
        ("c", f"it's [[CARD_NUMBER#c:{g.say(p[0], 'p')}]] hang on someone's trying to get out next to me [[CARD_NUMBER#c:{g.hom(g.say(p[1], 'd'))}]]"),
        ("a", "okay"),
        ("c", f"[[CARD_NUMBER#c:{g.say(p[2], 'd')}]] uh [[CARD_NUMBER#c!:{g.say(g.wrong(p[3]), 'd')}]] no sorry [[CARD_NUMBER#c:{g.hom(g.say(p[3], 'd'))}]]"),
        ("a", f"i've got the last four as [[CARD_NUMBER~:{g.hom(g.say(p[3], 'd'))}]]"),
        ("c", "yes that's it"),
        ("a", "expiry and the three digits"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y)}]] [[CVV:{g.say(cv, 'd')}]]"),
        ("a", "and your own name and an email for the receipts"),
        ("c", f"[[NAME:fiona lindqvist]] and it's [[EMAIL:{em}]]"),
    ]


@case("asr")
def _(g):  # IVR payment for furniture delivery, then an agent for the CVV
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    o = g.digits(8, True)
    return [
        ("i", "thank you for calling oak and iron furniture payments line please say your order number"),
        ("c", f"[[ACCOUNT_NUMBER#o:{g.say(o[:4], 'd')}]] um [[ACCOUNT_NUMBER#o:{g.say(o[4:], 'd')}]]"),
        ("i", f"thank you your balance is ((price:{g.money(300, 900)})) please say your card number"),
        ("c", f"[[CARD_NUMBER:{g.sayj(*p, mode='d')}]]"),
        ("i", f"you said a card ending [[CARD_NUMBER~:{g.say(p[3], 'd')}]] is that correct please say yes or no"),
        ("c", "yes"),
        ("i", "please say the expiry date as four digits"),
        ("c", f"[[EXPIRY:{g.say(f'{m:02d}{y % 100:02d}', 'd')}]]"),
        ("i", "please say the three digit security code"),
        ("c", f"[[CVV:{g.say(cv, 'd')}]]"),
        ("i", "sorry that security code was not recognised transferring you to an advisor"),
        ("a", "hello [[NAME:patrick]] speaking i can see you were paying for a delivery"),
        ("c", "yes it wouldn't take my security code"),
        ("a", "i'll take it for you can you read the three numbers on the back"),
        ("c", f"[[CVV:{g.say(cv, 'd')}]]"),
        ("a", f"and that's the card ending [[CARD_NUMBER~:{g.say(p[3], 'd')}]] yes"),
        ("c", "that's it"),
        ("a", f"okay that's gone through your dining table and ((count:{nw(g.i(4, 8))})) chairs will come on the ((date:{g.date()}))"),
    ]


@case("transcript")
def _(g):  # wholesale plant nursery: trade account, invoice numbers, no card
    acc = g.digits(5, True)
    inv1, inv2 = g.digits(6, True), g.digits(6, True)
    a, b = g.uk_pc("HG2")
    return [
        ("a", "Fernbrook Nurseries trade desk, [[NAME:Gareth]] speaking."),
        ("c", f"Hi [[NAME:Gareth]], it's [[NAME:Lily Chambers]] from Greenway Landscaping. Trade account [[ACCOUNT_NUMBER:TR-{acc}]]."),
        ("a", "Morning [[NAME:Lily]]. What can I do for you?"),
        ("c", f"Two things. Invoice [[ACCOUNT_NUMBER:{inv1}]] has us down for ((quantity:{g.i(40, 80)})) box hedging plants but we only got ((quantity:{g.i(20, 39)}))."),
        ("a", "I'll raise a credit for the missing ones. And the second thing?"),
        ("c", f"I'd like to order ((quantity:{g.i(10, 30)})) ((model_number:{g.code('RB', 3)})) bare-root roses and ((quantity:{g.i(5, 15)})) bags of mulch."),
        ("a", f"That'll be invoice [[ACCOUNT_NUMBER:{inv2}]], ((price:{g.money(300, 700)})) less your ((percentage:{g.pct(10, 15)})) trade discount."),
        ("c", "Can it go to the site rather than the yard?"),
        ("a", "Of course, what's the site address?"),
        ("c", f"[[ADDRESS:Plot {g.i(3, 30)}, {g.i(2, 90)} Meadowsweet Drive, Harrogate]], [[POSTCODE:{a} {b}]]. Ask for [[NAME:Noah]] on site."),
        ("a", f"We deliver on ((date:{g.date()})), before ((time:{g.clock()}))."),
        ("c", "Great, thanks [[NAME:Gareth]]."),
    ]


@case("asr", cc="ie")
def _(g):  # driving test (Ireland): learner permit, DOB, card declined then partner's card
    perm = g.digits(9, True)
    yy, mm, dd = g.dob(); yy = g.i(1996, 2005)
    n1 = g.card("visa"); n2 = g.card("mc"); p2 = g.blocks(n2); cv = g.cvv(); m, y = g.exp()
    cv1 = g.cvv(); m1, y1 = g.exp()
    k, r = g.eircode()
    return [
        ("a", "road safety bookings you're talking to [[NAME:aoife]]"),
        ("c", "hi i'm trying to book a driving test and the website keeps crashing"),
        ("a", "i can do it for you what's your learner permit number"),
        ("c", f"[[ACCOUNT_NUMBER:{g.say(perm, 'd')}]]"),
        ("a", "and date of birth"),
        ("c", f"[[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", "grand that's [[NAME:conor fitzgerald]] and the eircode on file"),
        ("c", f"[[POSTCODE:{g.spell(k + r)}]]"),
        ("a", f"the fee is ((price:{g.money(85, 85, '€', pence=0)})) can i take a card"),
        ("c", f"[[CARD_NUMBER:{g.sayj(*g.blocks(n1))}]] expiry [[EXPIRY:{g.exp_s(m1, y1)}]] code [[CVV:{g.say(cv1, 'd')}]]"),
        ("a", "sorry that's been declined have you another card"),
        ("c", "ah no that's my own it's probably empty hang on my girlfriend's here she'll lend me hers [[NAME:saoirse]] can i use yours"),
        ("c", f"okay she's reading it [[CARD_NUMBER#b:{g.say(p2[0], 'p')} {g.say(p2[1], 'p')} {g.say(p2[2], 'p')} {g.say(p2[3], 'p')}]]"),
        ("a", "and the name on that card"),
        ("c", "[[NAME:saoirse kehoe]]"),
        ("a", "expiry and the three digits"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'month')}]] and [[CVV:{g.say(cv, 'p')}]]"),
        ("a", f"that's approved your test is ((time:{g.clock()})) on the ((date:{g.date()})) at the finglas centre"),
    ]


@case("asr")
def _(g):  # window cleaner: new round customer, monthly, kids in the background
    a, b = g.uk_pc()
    ph = g.phone_uk("mob")
    return [
        ("a", "crystal clear window cleaning [[NAME:dale]] speaking"),
        ("c", "hiya your flyer came through the door and i'd like to sign up"),
        ("a", "lovely what's the address"),
        ("c", f"[[ADDRESS:{nw(g.i(2, 150))} larch crescent]] it's the one with the red door [[POSTCODE:{g.pc_say(a, b)}]]"),
        ("a", f"is that a semi or detached"),
        ("c", "semi and there's a conservatory at the back stop it you two put that down"),
        ("a", f"ha no worries we'd do it every ((duration:{nw(g.i(4, 6))} weeks)) it's ((price:{g.money(14, 22, pence=0)})) with the conservatory roof extra"),
        ("c", "that's fine how do i pay"),
        ("a", "most people do it by bank transfer after each clean or cash if you're in can i get a name and mobile"),
        ("c", f"[[NAME:gemma ridley]] and the mobile is [[PHONE#p:{g.say(ph[:5], 'd')}]] sorry he's just grabbed it [[PHONE#p:{g.say(ph[5:], 'p')}]]"),
        ("a", f"great [[NAME:gemma]] we're on your street on the ((date:{g.dayn()})) so we'll start then"),
        ("c", "perfect thanks"),
    ]


@case("transcript", cc="us")
def _(g):  # hot tub finance (US): SSN typed, employer, DOB
    a, b, c_ = g.ssn()
    yy, mm, dd = g.dob()
    z = g.zip("az")
    ph = g.phone_us()
    return [
        ("a", "Desert Spas financing, this is [[NAME:Tyler]]. Are you calling about an application?"),
        ("c", f"Yes. I picked out the ((model_number:{g.code('Cascade ', 3)})) at the showroom and the salesman said you'd finish the paperwork."),
        ("a", "Sure. Full legal name?"),
        ("c", "[[NAME:Marisol Vega Ruiz]]."),
        ("a", "Date of birth?"),
        ("c", f"[[DOB:{g.dob_s(yy, mm, dd, us=True)}]]."),
        ("a", "And your Social Security number?"),
        ("c", f"[[SSN:{a}-{b}-{c_}]]."),
        ("a", "Home address?"),
        ("c", f"[[ADDRESS:{g.i(1000, 9999)} E Saguaro Blvd, Unit {g.i(1, 40)}, Mesa]], AZ [[POSTCODE:{z}]]."),
        ("a", "Best phone number?"),
        ("c", f"[[PHONE:{g.phone_us_t(ph)}]]."),
        ("a", f"Thank you. You're approved for ((price:{g.money(7000, 12000, '$', pence=0)})) over ((duration:{g.i(48, 72)} months)). Delivery is about ((duration:{g.i(2, 4)} weeks)) out."),
        ("c", "Great, thank you [[NAME:Tyler]]."),
    ]


@case("asr")
def _(g):  # bouncy castle cancelled for rain: refund to card, last four only, booking ref
    bk = g.digits(6, True)
    l4 = g.digits(4)
    return [
        ("a", "bounce about hire this is [[NAME:kayleigh]]"),
        ("c", "hi we had the castle booked for saturday and it's meant to pour down all day"),
        ("a", "oh no do you have your booking number"),
        ("c", f"it's [[ACCOUNT_NUMBER:{g.hom(g.say(bk, 'd'))}]]"),
        ("a", "thanks and the name on the booking"),
        ("c", "[[NAME:daniel ashworth]]"),
        ("a", f"okay [[NAME:daniel]] you can move it to another date for free or cancel and we refund the ((price:{g.money(60, 110, pence=0)})) minus the ((price:{g.money(10, 20, pence=0)})) admin"),
        ("c", f"can we move it to the ((date:{g.date()})) instead"),
        ("a", "let me check yes that's free same time"),
        ("c", "and if that's rained off too"),
        ("a", f"then it's a full refund to the card ending [[CARD_NUMBER~:{g.say(l4, 'd')}]]"),
        ("c", "that's my wife's card but yeah that's fine"),
        ("a", "lovely you're all moved over"),
    ]


@case("asr")
def _(g):  # wedding dress alterations: collection, bride sends her sister, card over the phone in a shop doorway
    n = g.card("mc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    ref = g.digits(5, True)
    return [
        ("a", "good afternoon ivory and lace [[NAME:celeste]] speaking"),
        ("c", "hi it's [[NAME:may]] i had my dress taken in and i'm meant to pick it up tomorrow but i can't"),
        ("a", f"no problem [[NAME:may]] is this the one with the lace sleeves reference [[ACCOUNT_NUMBER:{g.say(ref, 'd')}]]"),
        ("c", "that's it my sister [[NAME:ruby]] is going to collect it can she"),
        ("a", f"of course she'll just need to show some id and the alterations balance is ((price:{g.money(80, 180, pence=0)})) can you pay that now"),
        ("c", "yeah i'm just stood in a shop doorway it's chucking it down hold on"),
        ("c", f"okay [[CARD_NUMBER#c!:{g.sayj(p[0], p[1][:2])}]] oh sorry let me start that again"),
        ("c", f"[[CARD_NUMBER#c:{g.sayj(*p, mode='d')}]]"),
        ("a", "and the date it expires"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y)}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{g.say(cv, 'd')}]]"),
        ("a", f"that's paid [[NAME:ruby]] can collect any time after ((time:{g.clock()}))"),
        ("c", "thank you so much"),
    ]


@case("transcript", cc="au")
def _(g):  # airport parking in Melbourne, corporate card with a colleague's name, flight number
    n = g.card("amex"); cv = g.cvv(4); m, y = g.exp()
    pc = g.au_pc("vic")
    em = "r.nakamura@bluegumconsulting.com.au"
    bk = g.digits(7, True)
    return [
        ("a", "ParkSafe Tullamarine, you're speaking with [[NAME:Shane]]."),
        ("c", f"Hi [[NAME:Shane]], I'd like to book valet parking from the ((date:{g.date()})), I'm on ((flight_number:QF {g.i(400, 499)})) at ((time:{g.clock()}))."),
        ("a", f"And returning?"),
        ("c", f"The ((date:{g.date()})), ((flight_number:QF {g.i(400, 499)})), lands about ((time:{g.clock()}))."),
        ("a", f"That's ((duration:{g.i(4, 9)} days)) valet, ((price:{g.money(160, 260, '$')})). Name and email?"),
        ("c", f"[[NAME:Ryo Nakamura]], [[EMAIL:{em}]]."),
        ("a", "And payment?"),
        ("c", f"Company Amex. It's in my manager's name, [[NAME:Bridget Hollis]]. [[CARD_NUMBER:{g.typed(n)}]]."),
        ("a", "Expiry and the four-digit code?"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'mm/yy')}]] and [[CVV:{cv}]]."),
        ("a", "Billing address on the card?"),
        ("c", f"[[ADDRESS:Level {g.i(3, 20)}, {g.i(10, 400)} Flinders Lane, Melbourne]] VIC [[POSTCODE:{pc}]]."),
        ("a", f"Thanks [[NAME:Ryo]], booking [[ACCOUNT_NUMBER:PS{bk}]]. Leave the keys at ((other:desk {g.i(2, 6)}))."),
    ]


@case("asr")
def _(g):  # piano removal and tuning: delivering a piano to a daughter, address for someone else
    a, b = g.uk_pc("SW6")
    ph1 = g.phone_uk("mob"); ph2 = g.phone_uk("lon")
    return [
        ("a", "keynote piano services [[NAME:bernard]] here"),
        ("c", "good morning i'm giving my old piano to my daughter and need it moved and tuned"),
        ("a", "of course where's it going from and to"),
        ("c", f"from here in [[ADDRESS:{nw(g.i(3, 99))} abbotsford gardens]] to her flat in london"),
        ("a", "and her address"),
        ("c", f"[[ADDRESS:flat {nw(g.i(10, 60))} kestrel house {nw(g.i(100, 300))} wandsworth bridge road]] [[POSTCODE#p:{g.spell(a)}]] and the end bit is [[POSTCODE#p:{g.spell(b)}]]"),
        ("a", f"is there a lift"),
        ("c", f"yes she's on the ((other:{ORD[g.i(3, 9)]} floor)) though"),
        ("a", f"that's fine the move is ((price:{g.money(280, 420, pence=0)})) and tuning ((price:{g.money(70, 95, pence=0)})) once it's settled for ((duration:{nw(g.i(2, 3))} weeks))"),
        ("c", "and who do you need to ring"),
        ("a", "her number and yours please"),
        ("c", f"she's [[NAME:harriet lowe]] [[PHONE:{g.say(ph1, 'd')}]] and mine is [[PHONE#q:{g.say(ph2[:3], 'd')}]] uh [[PHONE#q:{g.say(ph2[3:], 'd')}]]"),
        ("a", "and your name sir"),
        ("c", "[[NAME:alistair lowe]]"),
    ]


@case("asr", cc="us")
def _(g):  # wine club (US): age check by DOB, card read at a gas station, gift to a friend
    yy, mm, dd = g.dob(); yy = g.i(1950, 1990)
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    z = g.zip("ca")
    return [
        ("a", "thanks for calling redwood ridge vineyards this is [[NAME:skyler]]"),
        ("c", "hi [[NAME:skyler]] i want to send a three month wine club gift to a friend"),
        ("a", "love that i just have to verify you're over the age can i get your date of birth"),
        ("c", f"[[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", "thank you and the friend's name and address"),
        ("c", f"it's [[NAME:hazel fontaine]] [[ADDRESS:{nw(g.i(10, 99))} {nw(g.i(10, 99))} vista del mar drive san diego]] [[POSTCODE:{g.say(z, 'd')}]]"),
        ("a", f"and the gift is ((count:{nw(g.i(2, 4))})) bottles a month for ((duration:{nw(g.i(3, 3))} months)) ((price:{g.money(89, 149, '$')})) a shipment"),
        ("c", "great i'm at a gas station pump so excuse the beeping"),
        ("c", f"card is [[CARD_NUMBER#c:{g.sayj(p[0], p[1])}]] hold on [[CARD_NUMBER#c:{g.sayj(p[2], p[3])}]]"),
        ("a", f"and the expiration"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'slash')}]] cvv [[CVV:{g.say(cv, 'd')}]]"),
        ("a", "and your name as it's on the card"),
        ("c", "[[NAME:owen pratt]]"),
        ("a", f"all set [[NAME:owen]] the first box ships on the ((date:{g.date()}))"),
    ]


@case("transcript")
def _(g):  # tattoo studio: under-18 check, DOB, email, deposit on a partner's card
    yy, mm, dd = g.dob(); yy = g.i(1995, 2004)
    n = g.card("visa"); cv = g.cvv(); m, y = g.exp()
    return [
        ("a", "Black Lotus Tattoo, [[NAME:Robin]] here."),
        ("c", "Hi, I'd like to book a consultation for a fine-line piece on my forearm."),
        ("a", "Sure. We need everyone to be over eighteen, so can I take your date of birth?"),
        ("c", f"[[DOB:{g.dob_s(yy, mm, dd)}]]."),
        ("a", "And your name and email?"),
        ("c", "[[NAME:Willow Burke]], [[EMAIL:willow.burke.art@gmail.com]]."),
        ("a", f"Thanks [[NAME:Willow]]. The artist for fine-line is [[NAME:Tasha]]. She has ((time:{g.clock()})) on ((date:{g.date()})). The deposit is ((price:{g.money(40, 80, pence=0)})), non-refundable."),
        ("c", "Okay. My girlfriend's paying, she's right here. It's her card, [[NAME:Nadia Okoro]]."),
        ("c", f"She's reading: [[CARD_NUMBER#c:{g.blocks(n)[0]} {g.blocks(n)[1]}]]... is that a six or an eight? An eight... [[CARD_NUMBER#c:{g.blocks(n)[2]} {g.blocks(n)[3]}]]."),
        ("a", f"So that's [[CARD_NUMBER:{g.typed(n)}]]?"),
        ("c", f"Yes. [[EXPIRY:{g.exp_s(m, y)}]], and [[CVV:{cv}]]."),
        ("a", "All booked. Bring your reference images on the day."),
    ]


@case("transcript")
def _(g):  # meal kit: account locked, identity by email, phone and postcode, delivery to a neighbour
    a, b = g.uk_pc()
    ph = g.phone_uk("lee")
    acc = g.digits(8, True)
    return [
        ("a", "Hello, you're through to Harvest Box support, [[NAME:Imogen]] speaking."),
        ("c", "Hi [[NAME:Imogen]], I can't log in and I need to change tomorrow's delivery."),
        ("a", "Let's get you sorted. What's the email on the account?"),
        ("c", "[[EMAIL:j.achterberg@proton.me]]."),
        ("a", f"Thanks. And the phone number and postcode, please?"),
        ("c", f"[[PHONE:{g.phone_uk_t(ph)}]] and [[POSTCODE:{a}{b}]]."),
        ("a", f"Great, I can see account [[ACCOUNT_NUMBER:{acc}]], ((count:{g.i(3, 5)})) meals for ((count:{g.i(2, 4)})). What would you like to change?"),
        ("c", "I'm away tomorrow. Can it go next door? My neighbour is [[NAME:Esther Quinn]]."),
        ("a", "Of course, what's her house number?"),
        ("c", f"[[ADDRESS:{g.i(2, 90)} Wharfedale Avenue]], same postcode."),
        ("a", f"Done, and the driver will leave a note. Your delivery window is ((time:{g.clock(lo=7, hi=11)})) to ((time:{g.clock(lo=12, hi=18)}))."),
        ("c", "Thanks. And why can't I log in?"),
        ("a", f"Your password reset link expired; I've sent a new one that lasts ((duration:{g.i(12, 48)} hours))."),
    ]


@case("asr")
def _(g):  # sports coaching job: NI number for the background check, DOB, address
    ni = g.ni()
    yy, mm, dd = g.dob(); yy = g.i(1980, 2001)
    a, b = g.uk_pc("L20")
    return [
        ("a", "hi it's [[NAME:martha]] from the county football coaching scheme thanks for calling back"),
        ("c", "no problem it's about the assistant coach job"),
        ("a", "yes before we can put you on the rota we need to run the background check can i confirm some details"),
        ("c", "go for it"),
        ("a", "full name first"),
        ("c", "[[NAME:jamal osei-bonsu]] o s e i hyphen b o n s u"),
        ("a", "date of birth"),
        ("c", f"[[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", "and your national insurance number"),
        ("c", f"[[SSN#n:{g.spell(ni[0])} {g.say(ni[1][:2], 'd')}]] um [[SSN#n:{g.say(ni[1][2:], 'p')} {ni[2].lower()}]]"),
        ("a", f"and your address for the last ((duration:{nw(g.i(3, 5))} years))"),
        ("c", f"just the one [[ADDRESS:{nw(g.i(10, 200))} stanley road bootle]] [[POSTCODE:{g.pc_say(a, b)}]]"),
        ("a", f"lovely the check takes about ((duration:{nw(g.i(5, 10))} working days)) and then you'll be with the under ((other:{nw(g.i(9, 12))})) on the ((date:{g.dayn()}))"),
        ("c", "sounds good cheers [[NAME:martha]]"),
    ]


@case("asr", cc="ca")
def _(g):  # coach tour of the Rockies booked from Vancouver, visa in three pieces with read-back block
    n = g.card("visa"); p = g.cut(n, 6, 5, 5); cv = g.cvv(); m, y = g.exp()
    o, i = g.ca_pc("bc")
    ph = g.phone_us(ca=True)
    return [
        ("a", "good morning summit coachlines this is [[NAME:jasmine]]"),
        ("c", f"hi [[NAME:jasmine]] we're looking at the ((duration:{nw(g.i(5, 8))} day)) rockies tour in june for ((count:{nw(g.i(2, 4))})) of us"),
        ("a", f"great that departs vancouver at ((time:{g.clock()})) on the ((date:{g.date(6)})) and it's ((price:{g.money(1500, 2400, '$', pence=0)})) per person"),
        ("c", "okay book it under [[NAME:grant mcallister]]"),
        ("a", "and how will you pay the deposit"),
        ("c", f"visa first bit is [[CARD_NUMBER#c:{g.hom(g.say(p[0], 'd'))}]]"),
        ("a", f"[[CARD_NUMBER~:{g.say(p[0], 'd')}]] okay"),
        ("c", f"then [[CARD_NUMBER#c:{g.hom(g.say(p[1], 'd'))}]] and [[CARD_NUMBER#c:{g.say(p[2], 'd')}]]"),
        ("a", "expiry date"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y)}]]"),
        ("a", "and the three digits"),
        ("c", f"[[CVV:{g.say(cv, 'x')}]]"),
        ("a", "and your address and postal code"),
        ("c", f"[[ADDRESS:{g.say(str(g.i(1000, 4999)), 'p')} west fourth avenue unit {g.say(str(g.i(100, 999)), 'p')} vancouver]] [[POSTCODE#p:{g.spell(o)}]] uh [[POSTCODE#p:{g.spell(i)}]]"),
        ("a", "and a phone"),
        ("c", f"[[PHONE:{g.say(ph, 'd')}]]"),
        ("a", "thanks [[NAME:grant]] you'll get the itinerary by email"),
    ]


@case("asr")
def _(g):  # costume hire IVR: overdue return fee, then the caller reads a new card to an agent
    acc = g.digits(6, True)
    n = g.card("disc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    return [
        ("i", "welcome to masquerade costume hire if you are calling about a return press one or say returns"),
        ("c", "returns"),
        ("i", "please say or enter your hire number"),
        ("c", f"[[ACCOUNT_NUMBER:{g.say(acc, 'd')}]]"),
        ("i", f"thank you there is a late return charge of ((price:{g.money(10, 40, pence=0)})) on this hire to pay now say pay"),
        ("c", "speak to someone"),
        ("a", "hello you're through to [[NAME:pippa]] how can i help"),
        ("c", "hi i got charged for bringing the gorilla suit back late but i brought it back on the tuesday"),
        ("a", f"let me look it was due back by ((time:{g.clock()})) on the monday i'm afraid"),
        ("c", "fine i'll pay it but not on the card you've got use this new one"),
        ("c", f"[[CARD_NUMBER#c:{g.sayj(p[0], p[1])}]] one second my kid's shouting [[CARD_NUMBER#c:{g.sayj(p[2], p[3])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'oh')}]]"),
        ("a", "and the code on the back"),
        ("c", f"[[CVV:{g.say(cv, 'p')}]]"),
        ("a", "done and i've taken the old card off"),
    ]


@case("asr")
def _(g):  # MOT at a garage: payment failed, caller gives the card again in full, car park noise
    n = g.card("mc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    plate = g.pick(["wn", "ky", "ll", "rj", "fg"]) + " " + g.say(g.digits(2, True), "p") + " " + " ".join(g.pick("abcdefghjklmnprstuvwxyz") for _ in range(3))
    return [
        ("a", "kingsway mot centre it's [[NAME:lorna]]"),
        ("c", "hiya my car's with you for its mot and the lad said i could pay over the phone before i pick it up"),
        ("a", "what's the reg"),
        ("c", f"[[ACCOUNT_NUMBER:{plate}]]"),
        ("a", f"yep that's passed with an advisory on the front tyres it's ((price:{g.money(45, 55, pence=85)}))"),
        ("c", f"great card is [[CARD_NUMBER#c:{g.sayj(p[0], p[1], mode='p')}]] sorry there's a bin lorry"),
        ("a", "go on"),
        ("c", f"[[CARD_NUMBER#c:{g.say(p[2], 'd')}]] um [[CARD_NUMBER#c:{g.say(p[3], 'd')}]] expiry [[EXPIRY:{g.exp_s(m, y, 'plain')}]] and [[CVV:{g.say(cv, 'd')}]]"),
        ("a", "hmm it says payment failed can you read me the whole number again slowly"),
        ("c", f"[[CARD_NUMBER:{g.sayj(p[0], p[1], p[2], p[3], mode='d')}]]"),
        ("a", f"ah i had one digit wrong that's gone through now the car's ready from ((time:{g.clock()}))"),
        ("c", "nice one [[NAME:lorna]]"),
    ]


@case("transcript", cc="ie")
def _(g):  # roofer in Cork: storm damage, townland house name, Eircode, photos by email
    k, r = g.eircode()
    ph = g.phone_uk("mob")
    return [
        ("a", "Munster Roofing, [[NAME:Declan]] speaking."),
        ("c", "Hello [[NAME:Declan]], we lost a good few slates in the storm last night and there's water coming in."),
        ("a", "Sorry to hear that. Where are you?"),
        ("c", f"[[ADDRESS:Knockmore House, {g.i(2, 30)} Church Road, Ballincollig]], Co. Cork, [[POSTCODE:{k} {r}]]."),
        ("a", "And who am I speaking to?"),
        ("c", "[[NAME:Maeve Sheridan]]."),
        ("a", f"Can you send a few photos? We can get someone out ((date:{g.date()})), or tarp it today for ((price:{g.money(150, 250, '€', pence=0)}))."),
        ("c", "Tarp it today please. Where do I send the photos?"),
        ("a", "To [[EMAIL:jobs@munsterroofing.ie]], and put your Eircode in the subject."),
        ("c", f"Will do. My mobile is [[PHONE:{g.phone_uk_t(ph)}]], it's a UK number, I work over there."),
        ("a", f"Grand, [[NAME:Maeve]]. The lads will be with you before ((time:{g.clock()}))."),
    ]


@case("asr")
def _(g):  # garden centre gift vouchers for a retirement, card read off a banking app, balance query
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    v = g.digits(10, True)
    return [
        ("a", "hello bluebell garden centre [[NAME:ivy]] speaking"),
        ("c", f"hello i'd like to buy a gift voucher for a colleague who's retiring ((price:{g.money(50, 150, pence=0)})) please"),
        ("a", "lovely who's it for so i can put the name on"),
        ("c", "for [[NAME:graham pike]] from everyone at the surgery"),
        ("a", "and are you paying by card"),
        ("c", "yes i'm reading it off my banking app give me a second it hides the middle numbers till i press show"),
        ("c", f"[[CARD_NUMBER#c:{g.say(p[0], 'd')}]] and now [[CARD_NUMBER#c:{g.sayj(p[1], p[2], p[3], mode='p')}]]"),
        ("a", f"so ending [[CARD_NUMBER~:{g.say(p[3], 'p')}]] and the expiry"),
        ("c", f"it says [[EXPIRY:{g.exp_s(m, y, 'digits')}]] and the cvv is [[CVV:{g.say(cv, 'd')}]]"),
        ("a", f"lovely and your voucher number is [[ACCOUNT_NUMBER:{g.say(v, 'd')}]] it's valid for ((duration:{nw(g.i(2, 3))} years))"),
        ("c", "and can he use it in the cafe too"),
        ("a", "yes anywhere in the centre"),
    ]


@case("asr")
def _(g):  # meal kit card update with a blender going in the kitchen
    n = g.card("mc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    return [
        ("a", "hi you're through to green pan kitchen boxes i'm [[NAME:summer]]"),
        ("c", "hi [[NAME:summer]] my card got replaced and my box didn't come this week"),
        ("a", "sorry about that can i take your email to find you"),
        ("c", f"[[EMAIL:tobias dot wren {nw(g.i(10, 99))} at gmail dot com]]"),
        ("a", "got you [[NAME:tobias]] and do you want to give me the new card now"),
        ("c", "yeah sorry one sec my partner's making smoothies it's so loud"),
        ("c", f"[[CARD_NUMBER#c:{g.hom(g.say(p[0], 'd'))}]] can you turn that off for a second"),
        ("c", f"thanks [[CARD_NUMBER#c:{g.sayj(p[1], p[2])}]] and the last four [[CARD_NUMBER#c:{g.say(p[3], 'n')}]]"),
        ("a", f"great and the expiry"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'month')}]]"),
        ("a", "cvv"),
        ("c", f"[[CVV:{g.hom(g.say(cv, 'd'))}]]"),
        ("a", f"that's updated i can send this week's box on the ((date:{g.dayn()})) and i've added ((percentage:{g.pct(20, 30)})) off for the trouble"),
        ("c", "oh that's kind thanks"),
    ]


@case("transcript", cc="us")
def _(g):  # pool opening service (US), no card: address, phone, email, gate code
    z = g.zip("ny")
    ph = g.phone_us()
    return [
        ("a", "Good morning, Blue Lagoon Pools, this is [[NAME:Vanessa]]."),
        ("c", "Hi [[NAME:Vanessa]], I'd like to schedule our pool opening for the season."),
        ("a", "Happy to. Is this a new account?"),
        ("c", "Yes, we just bought the house. It's [[NAME:Gordon Feld]]."),
        ("a", "Welcome! What's the address?"),
        ("c", f"[[ADDRESS:{g.i(10, 300)} Old Post Road, Rye]], NY [[POSTCODE:{z}]]."),
        ("a", f"In-ground? Roughly what size?"),
        ("c", f"In-ground, about ((quantity:{g.i(16, 20)} by {g.i(32, 40)} feet)), with a spa."),
        ("a", f"Openings are ((price:{g.money(275, 395, '$', pence=0)})). We have ((date:{g.date(5)})) or ((date:{g.date(5)}))."),
        ("c", f"The first one. The side gate code is ((other:{g.digits(4, True)}))."),
        ("a", "Thanks. Phone and email for the invoice?"),
        ("c", f"[[PHONE:{g.phone_us_t(ph)}]] and [[EMAIL:gfeld@ryehomes.net]]."),
        ("a", "You're all set, [[NAME:Gordon]]."),
    ]


@case("asr", cc="us")
def _(g):  # self-publishing printer (US): royalties tax form, SSN in pieces, address
    a, b, c_ = g.ssn()
    z = g.zip("mn")
    return [
        ("a", "thanks for calling pagecraft press author support this is [[NAME:elliot]]"),
        ("c", "hi [[NAME:elliot]] i need to set up my royalty payments and the form keeps rejecting my social"),
        ("a", "i can enter it for you who am i speaking with"),
        ("c", "[[NAME:june halvorsen]] the author account's under that name"),
        ("a", "okay [[NAME:june]] go ahead with the social security number"),
        ("c", f"[[SSN#s:{g.say(a, 'd')}]] uh [[SSN#s:{g.say(b, 'd')}]] hmm i always have to think [[SSN#s:{g.say(c_, 'd')}]]"),
        ("a", f"thank you so that ends in [[SSN~:{g.say(c_, 'p')}]] and your mailing address"),
        ("c", f"[[ADDRESS:{g.say(str(g.i(100, 999)), 'p')} lakeview terrace duluth]] minnesota [[POSTCODE:{g.say(z, 'd')}]]"),
        ("a", f"that's saved royalties pay out ((duration:{nw(g.i(60, 90))} days)) after the end of each quarter and you've sold ((count:{nw(g.i(120, 480))})) copies so far"),
        ("c", "oh wow that's more than i thought"),
        ("a", "congratulations anything else"),
        ("c", "no that's it thank you"),
    ]


@case("asr")
def _(g):  # marquee and party hire: company card for a summer do, postcode in pieces, chairs and tables
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    a, b = g.uk_pc()
    return [
        ("a", "big top party hire it's [[NAME:rhys]]"),
        ("c", f"hi [[NAME:rhys]] i'm organising our office summer party and we need a marquee for about ((count:{nw(g.i(60, 120))})) people"),
        ("a", f"lovely that'd be the ((quantity:{nw(g.i(9, 12))} by {nw(g.i(18, 24))} metre)) one with ((quantity:{nw(g.i(10, 14))})) tables and chairs"),
        ("c", "perfect where does it need to go we're at a farm venue"),
        ("a", "what's the postcode"),
        ("c", f"[[POSTCODE#p:{g.spell(a)}]] i think the second half is [[POSTCODE#p:{g.spell(b)}]] yeah"),
        ("a", f"that's ((price:{g.money(1200, 2200, pence=0)})) all in and we need half now"),
        ("c", "it's going on the company card it's in my boss's name [[NAME:victoria ames]]"),
        ("c", f"number is [[CARD_NUMBER#c:{g.say(p[0], 'x')}]] sorry hang on [[CARD_NUMBER#c:{g.say(p[1], 'x')}]] and [[CARD_NUMBER#c:{g.sayj(p[2], p[3], mode='x')}]]"),
        ("a", "and when does it expire"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'oh')}]] and the code's [[CVV:{g.say(cv, 'd')}]]"),
        ("a", f"lovely we'll be there to put it up at ((time:{g.clock()})) the day before"),
    ]


@case("asr")
def _(g):  # appliance repair (UK): fridge freezer under warranty, model number, phone, address
    w = g.digits(8, True)
    a, b = g.uk_pc("SK4")
    ph = g.phone_uk("man")
    return [
        ("a", "fixit appliance repairs you're speaking to [[NAME:chloe]]"),
        ("c", "hello my fridge freezer's stopped freezing it's still under the extended warranty"),
        ("a", "okay do you have the warranty number"),
        ("c", f"yes [[ACCOUNT_NUMBER:{g.say(w, 'p')}]]"),
        ("a", f"thank you and the model number it's on a sticker inside"),
        ("c", f"((model_number:{g.code('RF', 4)} s w)) and it was bought in ((year:{g.year(2019, 2023)}))"),
        ("a", "and the address the engineer needs to attend"),
        ("c", f"[[ADDRESS:apartment {nw(g.i(2, 40))} the old mill {nw(g.i(2, 30))} bridge street stockport]] [[POSTCODE:{g.pc_say(a, b)}]]"),
        ("a", "and who will be in"),
        ("c", f"me [[NAME:joyce ferguson]] or my lodger [[NAME:bill]]"),
        ("a", "and a contact number"),
        ("c", f"[[PHONE:{g.say(ph, 'd')}]]"),
        ("a", f"the engineer can come ((date:{g.date()})) between ((time:{g.clock(lo=7, hi=11)})) and ((time:{g.clock(lo=12, hi=18)}))"),
        ("c", "that's fine i'll tell [[NAME:bill]]"),
    ]


@case("transcript")
def _(g):  # commercial window cleaning: invoice query, contact details, PO number
    inv = g.digits(5, True)
    po = g.digits(6, True)
    ph = g.phone_uk("lon")
    return [
        ("a", "ClearView Commercial, [[NAME:Nathan]] speaking."),
        ("c", f"Hi, this is [[NAME:Olivia Brandt]] at Harbour Dental. I'm querying invoice [[ACCOUNT_NUMBER:INV-{inv}]]."),
        ("a", "Let me pull it up. What seems to be wrong?"),
        ("c", f"It charges ((count:{g.i(4, 6)})) visits this quarter but you only came ((count:{g.i(2, 3)})) times."),
        ("a", f"You're right, two were cancelled for the weather. I'll reissue it at ((price:{g.money(180, 320)}))."),
        ("c", f"Thanks. Can you put our purchase order on it? It's [[ACCOUNT_NUMBER:{po}]]."),
        ("a", "Of course. Where should the new invoice go?"),
        ("c", "To [[EMAIL:olivia.brandt@harbourdental.co.uk]], and copy [[EMAIL:accounts@harbourdental.co.uk]]."),
        ("a", "Done. And a direct line in case finance has questions?"),
        ("c", f"[[PHONE:{g.phone_uk_t(ph)}]], extension ((other:{g.i(20, 49)})) is reception, ask for me."),
        ("a", "Thanks [[NAME:Olivia]]."),
    ]


@case("asr")
def _(g):  # airport parking (UK): amend booking, plate, card declined then amex
    bk = g.digits(7, True)
    n1 = g.card("visa"); cv1 = g.cvv(); m1, y1 = g.exp()
    n2 = g.card("amex"); q = g.cut(n2, 4, 6, 5); cv2 = g.cvv(4); m2, y2 = g.exp()
    fl = "b a " + g.say(g.digits(3, True), "d")
    return [
        ("a", "park and fly gatwick [[NAME:harvey]] speaking"),
        ("c", f"hi i need to add ((duration:{nw(g.i(2, 4))} days)) to my parking our flight back has been changed"),
        ("a", "no problem booking reference"),
        ("c", f"[[ACCOUNT_NUMBER:{g.say(bk, 'd')}]]"),
        ("a", f"and what's the new flight"),
        ("c", f"((flight_number:{fl})) landing on the ((date:{g.date()}))"),
        ("a", f"okay the extra days come to ((price:{g.money(30, 70)})) can i take a card"),
        ("c", f"[[CARD_NUMBER:{g.sayj(*g.blocks(n1))}]] expiry [[EXPIRY:{g.exp_s(m1, y1)}]] and [[CVV:{g.say(cv1, 'd')}]]"),
        ("a", "hmm that's been declined do you have another"),
        ("c", "typical hang on i'll use the amex"),
        ("c", f"[[CARD_NUMBER#x:{g.say(q[0], 'd')}]] then [[CARD_NUMBER#x:{g.say(q[1], 'p')}]] then [[CARD_NUMBER#x:{g.say(q[2], 'd')}]]"),
        ("a", f"so that's [[CARD_NUMBER~:{g.say(q[0], 'd')}]] the middle [[CARD_NUMBER~:{g.say(q[1], 'd')}]] and the end [[CARD_NUMBER~:{g.say(q[2], 'd')}]]"),
        ("c", f"yep expiry [[EXPIRY:{g.exp_s(m2, y2, 'digits')}]] and the front code is [[CVV:{g.say(cv2, 'd')}]]"),
        ("a", "that's gone through you're extended"),
    ]


@case("asr")
def _(g):  # tattoo touch-up: ordinary talk full of numbers, only a name and a date
    return [
        ("a", "needle and anchor tattoo it's [[NAME:jay]]"),
        ("c", f"hey [[NAME:jay]] it's [[NAME:marcus]] you did my swallow about ((duration:{nw(g.i(6, 10))} weeks)) ago"),
        ("a", "oh yeah [[NAME:marcus]] how's it healing"),
        ("c", "mostly good but there's a patch on the wing that's faded"),
        ("a", f"that's normal touch ups are free within ((duration:{nw(g.i(3, 6))} months)) it only takes about ((duration:{nw(g.i(20, 40))} minutes))"),
        ("c", "nice when can you fit me in"),
        ("a", f"i've got ((time:{g.clock()})) on ((date:{g.date()})) or anything after ((time:{g.clock()})) the week after"),
        ("c", "the first one please"),
        ("a", "done keep moisturising it and stay out of the sun"),
        ("c", f"will do i've got a ((quantity:{nw(g.i(50, 100))} ml)) tub of the balm you gave me"),
        ("a", "perfect see you then"),
    ]


@case("asr")
def _(g):  # driving school block booking: learner's DOB, phone, email, dad's card read out on speaker
    yy, mm, dd = g.dob(); yy = g.i(2005, 2005)
    ph = g.phone_uk("mob")
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    return [
        ("a", "l plates driving school [[NAME:shirley]] speaking"),
        ("c", f"hi i want to book a block of ((count:{nw(g.i(10, 20))})) lessons for my son you're on speaker by the way he's here too"),
        ("a", "hello both what's his name and date of birth"),
        ("c", f"[[NAME:ethan brooke]] and he's [[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", f"and does he have his provisional yet"),
        ("c", "yeah it came last week"),
        ("a", f"great the block is ((price:{g.money(400, 650, pence=0)})) and lessons are ((duration:{nw(g.i(1, 2))} and a half hours)) each"),
        ("c", "okay i'll pay now it's my card [[NAME:neil brooke]]"),
        ("c", f"[[CARD_NUMBER#c:{g.say(p[0], 'p')}]] [[NAME:ethan]] stop talking [[CARD_NUMBER#c:{g.sayj(p[1], p[2], p[3], mode='p')}]]"),
        ("a", f"i missed a bit was the second group [[CARD_NUMBER~:{g.say(p[1], 'p')}]]"),
        ("c", f"yes then [[CARD_NUMBER#c!:{g.sayj(p[2], p[3])}]]"),
        ("a", "and expiry and cvv"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y)}]] and [[CVV:{g.say(cv, 'd')}]]"),
        ("a", "and [[NAME:ethan]]'s mobile so the instructor can text him"),
        ("c", f"[[PHONE:{g.sayj(ph[:5], ph[5:])}]] and his email is [[EMAIL:ethan brooke oh five at icloud dot com]]"),
    ]


@case("transcript")
def _(g):  # wine club (UK) for a dad's birthday, card belongs to the caller's father
    yy, mm, dd = g.dob(); yy = g.i(1945, 1960)
    n = g.card("mc"); cv = g.cvv(); m, y = g.exp()
    a, b = g.uk_pc("OX18")
    return [
        ("a", "Good afternoon, The Claret Society, [[NAME:Philippa]] speaking."),
        ("c", "Hello. I'm calling for my father, he'd like to join the club but he's hard of hearing, so he's asked me to do it. He's sitting next to me."),
        ("a", "Of course. Could I have his full name and date of birth?"),
        ("c", f"[[NAME:Lionel Ashcombe]], born [[DOB:{g.dob_s(yy, mm, dd)}]]."),
        ("a", f"Thank you. Membership is ((price:{g.money(25, 45, pence=0)})) a month for ((count:{g.i(3, 6)})) bottles. Which address?"),
        ("c", f"[[ADDRESS:The Old Rectory, {g.i(1, 20)} Church Walk, Burford]], [[POSTCODE:{a} {b}]]."),
        ("a", "And payment?"),
        ("c", f"His card. He's reading it to me: [[CARD_NUMBER#c:{g.blocks(n)[0]}]]... Dad, the next four... [[CARD_NUMBER#c:{g.blocks(n)[1]} {g.blocks(n)[2]} {g.blocks(n)[3]}]]."),
        ("a", f"Let me repeat that: [[CARD_NUMBER:{g.typed(n)}]]."),
        ("c", f"Correct. It expires [[EXPIRY:{g.exp_s(m, y, 'mm/yyyy')}]], and the number on the back is [[CVV:{cv}]]."),
        ("a", f"Lovely. The first case goes out on the ((date:{g.date()})), including a ((year:{g.year(2010, 2018)})) Bordeaux."),
        ("c", "He'll be delighted. Thank you, [[NAME:Philippa]]."),
    ]


@case("asr", cc="au")
def _(g):  # mattress delivery in Perth: delivery for a mum, postcode and unit, phone via email
    pc = g.au_pc("wa")
    o = g.digits(7, True)
    return [
        ("a", "hi this is [[NAME:brooke]] at sleepwell mattresses"),
        ("c", f"hi [[NAME:brooke]] i bought a mattress for my mum online and i need to change the delivery address order [[ACCOUNT_NUMBER:{g.say(o, 'd')}]]"),
        ("a", f"got it the queen ((model_number:{g.code('CL', 3)})) what's the new address"),
        ("c", f"[[ADDRESS:unit {nw(g.i(2, 12))} {nw(g.i(10, 90))} kookaburra close morley]] [[POSTCODE:{g.say(pc, 'p')}]]"),
        ("a", "and who'll be receiving it"),
        ("c", "my mum [[NAME:grace petrakis]] she's home most days"),
        ("a", "and a contact email for her"),
        ("c", f"[[EMAIL:grace petrakis {nw(g.i(40, 60))} at bigpond dot com]]"),
        ("a", f"lovely delivery is ((date:{g.date()})) between ((time:{g.clock(lo=7, hi=11)})) and ((time:{g.clock(lo=12, hi=18)})) and we'll take the old one for ((price:{g.money(30, 60, '$', pence=0)}))"),
        ("c", "yes please take it away"),
    ]


@case("asr")
def _(g):  # garden landscaping quote: names that are words, no card, email and phone
    ph = g.phone_uk("lee")
    a, b = g.uk_pc()
    return [
        ("a", "evergreen landscapes [[NAME:heather]] speaking"),
        ("c", "hi [[NAME:heather]] my name's [[NAME:hope]] [[NAME:hope sterling]] i'd like someone to quote for a new patio"),
        ("a", f"lovely how big an area roughly"),
        ("c", f"about ((quantity:{nw(g.i(20, 40))} square metres)) at the back and we'd like a raised bed as well"),
        ("a", f"we're booking quotes from the ((date:{g.date()})) what's the address"),
        ("c", f"[[ADDRESS:{nw(g.i(2, 99))} sorrel way]] [[POSTCODE:{g.pc_say(a, b)}]]"),
        ("a", "and a number"),
        ("c", f"[[PHONE:{g.say(ph, 'd')}]] or email [[EMAIL:hope dot sterling at yahoo dot co dot uk]]"),
        ("a", f"thank you [[NAME:hope]] [[NAME:stan]] will come out he'll need about ((duration:{nw(g.i(30, 60))} minutes))"),
        ("c", "great thank you"),
    ]


@case("transcript", cc="ca")
def _(g):  # hot tub delivery in Calgary, card declined, then partner's visa, postal code
    n1 = g.card("mc"); cv1 = g.cvv(); m1, y1 = g.exp()
    n2 = g.card("visa"); cv2 = g.cvv(); m2, y2 = g.exp()
    o, i = g.ca_pc("ab")
    return [
        ("a", "Prairie Spas, [[NAME:Colton]] speaking."),
        ("c", f"Hi, I'm paying the balance on the ((model_number:{g.code('Aspen ', 3)})) hot tub so you can schedule delivery."),
        ("a", f"Sure, name on the order?"),
        ("c", "[[NAME:Ingrid Solberg]]."),
        ("a", f"Thanks [[NAME:Ingrid]]. The balance is ((price:{g.money(3000, 6000, '$')}))."),
        ("c", f"Mastercard, [[CARD_NUMBER:{g.typed(n1)}]], expiry [[EXPIRY:{g.exp_s(m1, y1)}]], code [[CVV:{cv1}]]."),
        ("a", "I'm sorry, that was declined, probably the limit. Another card?"),
        ("c", f"Ugh. My husband's, hold on. [[NAME:Anders]], can I have your Visa? ... Okay: [[CARD_NUMBER:{g.typed(n2)}]]."),
        ("a", "Whose name is on that one?"),
        ("c", f"[[NAME:Anders Solberg]]. Expiry [[EXPIRY:{g.exp_s(m2, y2)}]], code [[CVV:{cv2}]]."),
        ("a", "That went through. Delivery address?"),
        ("c", f"[[ADDRESS:{g.i(10, 300)} Cougar Ridge Heights SW, Calgary]], [[POSTCODE:{o} {i}]]."),
        ("a", f"We'll need clear access ((quantity:{g.i(4, 6)} feet)) wide. Delivery on ((date:{g.date()}))."),
    ]


@case("asr")
def _(g):  # bouncy castle and soft play for a christening, card in two pieces with a baby crying
    n = g.card("visa"); p = g.cut(n, 8, 8); cv = g.cvv(); m, y = g.exp()
    ph = g.phone_uk("bri")
    return [
        ("a", "little jumpers hire [[NAME:kerry]] speaking"),
        ("c", f"hi we need soft play for a christening on the ((date:{g.date()})) for about ((count:{nw(g.i(8, 15))})) toddlers"),
        ("a", f"lovely the soft play pack is ((price:{g.money(90, 150, pence=0)})) for ((duration:{nw(g.i(4, 6))} hours))"),
        ("c", "great sorry the baby's crying i'll be quick can i pay now"),
        ("a", "of course"),
        ("c", f"it's [[CARD_NUMBER#c:{g.hom(g.say(p[0], 'd'))}]] shh shh it's okay [[CARD_NUMBER#c:{g.say(p[1], 'd')}]]"),
        ("a", "and the expiry date and the three numbers on the back"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'slash')}]] and [[CVV:{g.say(cv, 'd')}]]"),
        ("a", "and the name and a number"),
        ("c", f"[[NAME:rose ellington]] and it's [[PHONE:{g.say(ph, 'd')}]]"),
        ("a", "and where's it going"),
        ("c", f"the church hall [[ADDRESS:{nw(g.i(2, 40))} vicarage lane]]"),
        ("a", f"we'll set up at ((time:{g.clock()})) thanks [[NAME:rose]]"),
    ]


@case("asr", cc="us")
def _(g):  # sports coaching (US): kids' soccer camp, child's DOB, parent's card, email
    yy, mm, dd = g.dob(); yy = g.i(2013, 2017)
    n = g.card("disc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    return [
        ("a", "hi thanks for calling goalline soccer camps this is [[NAME:trent]]"),
        ("c", f"hi i'd like to sign my son up for the ((date:{g.date(7)})) week camp"),
        ("a", "awesome what's his name and date of birth"),
        ("c", f"[[NAME:mateo reyes]] [[NAME:r e y e s]] and he was born [[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", f"great he'll be in the under ((other:{nw(g.i(10, 12))})) group it's ((price:{g.money(180, 260, '$', pence=0)}))"),
        ("c", "okay card is discover"),
        ("c", f"[[CARD_NUMBER#c:{g.hom(g.say(p[0], 'd'))}]] um [[CARD_NUMBER#c:{g.say(p[1], 'd')}]] um [[CARD_NUMBER#c:{g.sayj(p[2], p[3], mode='d')}]]"),
        ("a", f"expiration and the security code"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'plain')}]] and [[CVV:{g.say(cv, 'd')}]]"),
        ("a", "and your name and email"),
        ("c", f"[[NAME:camila reyes]] and it's [[EMAIL:camila dot reyes dot {nw(g.i(10, 99))} at gmail dot com]]"),
        ("a", f"you're all set drop off is ((time:{g.clock()})) each day"),
    ]


@case("asr")
def _(g):  # tree surgeon: hedge and stump, payment after the job, card given twice after failure
    n = g.card("mc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    job = g.digits(5, True)
    return [
        ("a", "branch and root tree care [[NAME:finn]] speaking"),
        ("c", f"hi [[NAME:finn]] the lads finished the hedge today i want to pay the invoice job number [[ACCOUNT_NUMBER:{g.say(job, 'd')}]]"),
        ("a", f"thanks that's ((price:{g.money(250, 480, pence=0)})) for the hedge and the ((count:{nw(g.i(2, 3))})) stumps"),
        ("c", f"okay it's [[CARD_NUMBER:{g.sayj(*p)}]] expiry [[EXPIRY:{g.exp_s(m, y)}]] and [[CVV:{g.say(cv, 'd')}]]"),
        ("a", "sorry it's saying the payment failed i think i might have typed one wrong"),
        ("c", f"okay again [[CARD_NUMBER#r:{g.say(p[0], 'd')}]] pause [[CARD_NUMBER#r:{g.say(p[1], 'd')}]] pause [[CARD_NUMBER#r:{g.say(p[2], 'd')}]] pause [[CARD_NUMBER#r:{g.say(p[3], 'd')}]]"),
        ("a", "ha thank you yes i had a six instead of an eight that's gone through"),
        ("c", "great and can you send the receipt to my wife [[NAME:bryony]] she does the accounts"),
        ("a", "what's her email"),
        ("c", f"[[EMAIL:bryony at thehollies dot co dot uk]]"),
        ("a", "done thanks again"),
    ]


@case("transcript")
def _(g):  # coach tour (UK) for a grandmother: her DOB for the concession, her phone, daughter pays
    yy, mm, dd = g.dob(); yy = g.i(1941, 1955)
    ph = g.phone_uk("man")
    n = g.card("visa"); cv = g.cvv(); m, y = g.exp()
    bk = g.digits(6, True)
    return [
        ("a", "Good morning, Heritage Coach Holidays, [[NAME:Malcolm]] speaking."),
        ("c", f"Hi, I'm booking the ((duration:{g.i(4, 6)}-day)) Lake District tour for my mum as a surprise."),
        ("a", "How lovely. Your mum's name?"),
        ("c", "[[NAME:Dorothy Finch]]. She's over seventy, is there a discount?"),
        ("a", f"There is, ((percentage:{g.pct(10, 15)})) for over-seventies. I'll need her date of birth."),
        ("c", f"[[DOB:{g.dob_s(yy, mm, dd)}]]."),
        ("a", f"Thank you. The tour leaves on ((date:{g.date()})) at ((time:{g.clock()})) from the Piccadilly stop, seat ((other:{g.i(5, 40)})) is free near the front."),
        ("c", f"Perfect, she gets travel sick. Her phone number for the driver is [[PHONE:{g.phone_uk_t(ph)}]]."),
        ("a", "And who's paying?"),
        ("c", f"Me, [[NAME:Claire Finch-Doyle]]. [[CARD_NUMBER:{g.typed(n)}]], expiry [[EXPIRY:{g.exp_s(m, y)}]], CVV [[CVV:{cv}]]."),
        ("a", f"Lovely. That's ((price:{g.money(380, 560)})). The booking reference is [[ACCOUNT_NUMBER:HC{bk}]]."),
        ("c", "Thank you, [[NAME:Malcolm]]."),
    ]


@case("asr")
def _(g):  # mattress return: collection from a second-floor flat, account and postcode, no card
    o = g.digits(8, True)
    a, b = g.uk_pc()
    return [
        ("a", "nod off beds customer care it's [[NAME:lucy]]"),
        ("c", f"hi [[NAME:lucy]] i'm within the ((duration:{nw(g.i(60, 100))} night)) trial and the mattress is killing my back"),
        ("a", "oh no we'll get it collected what's the order number"),
        ("c", f"[[ACCOUNT_NUMBER#o:{g.say(o[:4], 'p')}]] hang on [[ACCOUNT_NUMBER#o:{g.say(o[4:], 'p')}]]"),
        ("a", "and the collection address"),
        ("c", f"[[ADDRESS:flat {nw(g.i(4, 20))} second floor {nw(g.i(10, 200))} marlborough road]] [[POSTCODE:{g.pc_say(a, b)}]] there's no lift sorry"),
        ("a", f"that's fine there'll be ((count:{nw(g.i(2, 2))})) of them and the refund of ((price:{g.money(400, 800, pence=0)})) goes back in ((duration:{nw(g.i(5, 10))} days)) after"),
        ("c", "and what do i need to do with it"),
        ("a", "nothing just have it off the bed they'll bag it"),
        ("c", "brilliant thanks"),
    ]


@case("asr", cc="us")
def _(g):  # piano tuner (US): apartment building name, buzzer, phone, email, card on a bad connection
    z = g.zip("ma")
    ph = g.phone_us()
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    return [
        ("a", "hi this is [[NAME:avery]] at back bay piano tuning"),
        ("c", "hi [[NAME:avery]] i need my grand tuned before a recital sorry i'm on the subway platform"),
        ("a", f"no problem we can do ((date:{g.date()})) what's the address"),
        ("c", f"[[ADDRESS:the ashworth {g.say(str(g.i(100, 400)), 'p')} commonwealth avenue apartment {nw(g.i(2, 9))} c boston]] [[POSTCODE:{g.say(z, 'd')}]] buzz ((other:{nw(g.i(2, 9))} c)) when you get there"),
        ("a", f"and the fee is ((price:{g.money(150, 220, '$', pence=0)})) we take a card to hold it"),
        ("c", f"sure [[CARD_NUMBER#c:{g.sayj(p[0], p[1])}]] train's coming [[CARD_NUMBER#c:{g.hom(g.say(p[2], 'd'))}]]"),
        ("a", f"you cut out after [[CARD_NUMBER~:{g.say(p[2], 'd')}]]"),
        ("c", f"then [[CARD_NUMBER#c:{g.hom(g.say(p[3], 'd'))}]] that's the end"),
        ("a", f"expiration and code"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'month')}]] code [[CVV:{g.say(cv, 'd')}]]"),
        ("a", "and a number and email"),
        ("c", f"[[PHONE:{g.say(ph, 'd')}]] and [[EMAIL:nadia kim piano at gmail dot com]]"),
        ("a", "and the name"),
        ("c", "[[NAME:nadia kim]]"),
    ]


@case("asr")
def _(g):  # appliance repair follow-up: engineer no-show, ordinary talk, a name and a job number
    job = g.digits(7, True)
    return [
        ("a", "you're through to repairline [[NAME:dev]] speaking"),
        ("c", f"hi the engineer was meant to come between ((time:{g.clock(lo=7, hi=11)})) and ((time:{g.clock(lo=12, hi=18)})) and nobody turned up"),
        ("a", "i'm really sorry have you got the job number"),
        ("c", f"[[ACCOUNT_NUMBER:{g.hom(g.say(job, 'd'))}]]"),
        ("a", "thanks mrs [[NAME:adebayo]] i can see he was held up on an earlier job"),
        ("c", f"i took ((duration:{nw(g.i(2, 3))} hours)) off work for this"),
        ("a", f"i understand i can put you first on the list for ((date:{g.date()})) so ((time:{g.clock()})) at the latest"),
        ("c", "fine but if he doesn't show again i want a refund of the call out"),
        ("a", f"that's fair i've noted that on the job and added a ((price:{g.money(20, 30, pence=0)})) credit"),
        ("c", "okay thank you"),
    ]


@case("transcript", cc="us")
def _(g):  # costume rental for a theatre (US): tax-exempt account, invoice, contacts
    acc = g.digits(6, True)
    po = g.digits(5, True)
    ph = g.phone_us()
    z = g.zip("il")
    return [
        ("a", "Starlight Costume Rentals, [[NAME:Roxanne]] speaking."),
        ("c", f"Hi [[NAME:Roxanne]], this is [[NAME:Bill Okafor]], wardrobe at the Lakeside Community Theatre. Account [[ACCOUNT_NUMBER:{acc}]]."),
        ("a", "Hi [[NAME:Bill]], what are you putting on?"),
        ("c", f"Guys and Dolls. We need ((count:{g.i(18, 30)})) costumes for ((duration:{g.i(3, 5)} weeks)) from ((date:{g.date()}))."),
        ("a", f"That comes to ((price:{g.money(900, 1600, '$')})) with your ((percentage:{g.pct(15, 25)})) nonprofit rate."),
        ("c", f"Please invoice it against PO [[ACCOUNT_NUMBER:{po}]]."),
        ("a", "Delivery to the theater?"),
        ("c", f"Yes, stage door at [[ADDRESS:{g.i(100, 999)} Lakeshore Drive, Evanston]], IL [[POSTCODE:{z}]]."),
        ("a", "And who signs for it?"),
        ("c", f"Our stage manager, [[NAME:Summer Castillo]], [[PHONE:{g.phone_us_t(ph)}]]."),
        ("a", "Great, see you then."),
    ]


@case("asr", cc="ie")
def _(g):  # wedding dress shop (Ireland): deposit, bride's mother's card read from a photo, eircode
    n = g.card("mc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    k, r = g.eircode()
    return [
        ("a", "good morning the bridal loft [[NAME:orla]] speaking"),
        ("c", "hi [[NAME:orla]] it's [[NAME:aisling]] i tried on the lace one on saturday and i want to order it"),
        ("a", f"oh how exciting that's the ((model_number:{g.code('SL', 4)})) it takes about ((duration:{nw(g.i(4, 6))} months)) to come in and the deposit is ((percentage:{g.pct(40, 50)}))"),
        ("c", "my mam's paying and she sent me a photo of her card"),
        ("a", "that's grand whose name is on it"),
        ("c", "[[NAME:bernadette nolan]]"),
        ("c", f"the number is [[CARD_NUMBER#c:{g.say(p[0], 'd')}]] oh the photo's blurry [[CARD_NUMBER#c:{g.sayj(p[1], p[2], p[3])}]]"),
        ("a", "expiry and the three on the back"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y)}]] and she wrote the back one on a post-it [[CVV:{g.say(cv, 'd')}]]"),
        ("a", "lovely and your eircode for the order form"),
        ("c", f"[[POSTCODE:{g.spell(k + r)}]]"),
        ("a", f"perfect your first fitting will be ((duration:{nw(g.i(6, 8))} weeks)) before the big day"),
    ]


@case("asr")
def _(g):  # driving test cancellation: refund, booking reference with letters, DOB, phone
    ref = g.digits(8, True)
    yy, mm, dd = g.dob(); yy = g.i(1998, 2005)
    ph = g.phone_uk("mob")
    return [
        ("a", "you're through to the driving test line my name's [[NAME:priya]]"),
        ("c", "hiya i need to cancel my test i've broken my wrist"),
        ("a", "oh no sorry to hear that can you give me the booking reference"),
        ("c", f"[[ACCOUNT_NUMBER:{g.say(ref, 'd')}]]"),
        ("a", "and your date of birth"),
        ("c", f"[[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", f"thank you as it's more than ((duration:{nw(g.i(3, 10))} working days)) away you'll get the full ((price:{g.money(62, 62, pence=75)})) back"),
        ("c", "oh good and how long does that take"),
        ("a", f"up to ((duration:{nw(g.i(5, 14))} days)) can i confirm a mobile for the text"),
        ("c", f"[[PHONE:{g.sayj(ph[:5], ph[5:8], ph[8:])}]]"),
        ("a", "done get well soon"),
    ]


@case("asr")
def _(g):  # hot tub servicing: chemical delivery and a technician visit, phone last four check
    ph = g.phone_uk("lee")
    a, b = g.uk_pc("BT23")
    return [
        ("a", "bubbles hot tub care [[NAME:nathan]] speaking"),
        ("c", "hi my hot tub's showing an error code and it won't heat"),
        ("a", f"what's the code on the panel"),
        ("c", f"it says ((other:f l {g.say(g.digits(1, True), 'd')}))"),
        ("a", f"that's a flow problem probably the filter can i find your account by your phone number"),
        ("c", f"[[PHONE:{g.say(ph, 'd')}]]"),
        ("a", f"and that's [[NAME:eileen castle]]"),
        ("c", "that's me"),
        ("a", f"and still at [[ADDRESS:{nw(g.i(2, 80))} foxglove rise]] [[POSTCODE:{g.pc_say(a, b)}]]"),
        ("c", "yes"),
        ("a", f"we can come on the ((date:{g.dayn()})) and bring ((quantity:{nw(g.i(2, 4))})) new filters the visit is ((price:{g.money(65, 95, pence=0)}))"),
        ("c", "great see you then"),
    ]


@case("asr")
def _(g):  # wine club: sign-up with DOB, e-mail spelled, card read from the car at a petrol pump
    yy, mm, dd = g.dob(); yy = g.i(1960, 1995)
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    return [
        ("a", "hello vine and barrel wine club it's [[NAME:saffron]]"),
        ("c", f"hi i saw the offer for ((count:{nw(g.i(6, 12))})) bottles at half price and i want to join"),
        ("a", "lovely i just need your date of birth first to check you're over age"),
        ("c", f"[[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", "and your email"),
        ("c", f"[[EMAIL:o g u n d e l e dot t at live dot co dot uk]]"),
        ("a", "and your name to go with it"),
        ("c", "[[NAME:tunde ogundele]]"),
        ("a", "thanks [[NAME:tunde]] and the card for the first case"),
        ("c", f"one sec i'm at the pump [[CARD_NUMBER#c:{g.hom(g.say(p[0], 'd'))}]] um [[CARD_NUMBER#c:{g.sayj(p[1], p[2])}]] um [[CARD_NUMBER#c:{g.say(p[3], 'x')}]]"),
        ("a", f"and when does it expire"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'digits')}]] and the back is [[CVV:{g.say(cv, 'p')}]]"),
        ("a", f"perfect the first case arrives in ((duration:{nw(g.i(3, 5))} working days))"),
    ]


@case("transcript")
def _(g):  # garden centre: café booking and a plant order for a neighbour's birthday, e-mail, phone
    ph = g.phone_uk("bri")
    a, b = g.uk_pc("BS16")
    return [
        ("a", "Primrose Hill Garden Centre, [[NAME:Amber]] speaking."),
        ("c", f"Hello, I'd like to book a table in the café for ((count:{g.i(4, 8)})) on ((date:{g.date()})) at ((time:{g.clock()}))."),
        ("a", "Of course. What name?"),
        ("c", "[[NAME:Violet Henshaw]]. And could you deliver a potted camellia to my neighbour that morning?"),
        ("a", f"We can. The camellias are ((price:{g.money(25, 45, pence=99)})). Who's it for?"),
        ("c", f"[[NAME:Jean Albright]], [[ADDRESS:{g.i(2, 60)} Holly Bank, Stapleton]], [[POSTCODE:{a} {b}]]."),
        ("a", "And a message for the card?"),
        ("c", "Happy birthday from [[NAME:Violet]] and [[NAME:Ron]]."),
        ("a", "Lovely. Can I take a phone number and email for the booking?"),
        ("c", f"[[PHONE:{g.phone_uk_t(ph)}]], [[EMAIL:violet.henshaw@btinternet.com]]."),
        ("a", "All done. You can pay in store on the day."),
    ]


@case("asr", cc="us")
def _(g):  # roof repair (US): insurance claim number, homeowner's DOB, address, card for deductible
    cl = g.digits(9, True)
    yy, mm, dd = g.dob()
    z = g.zip("co")
    n = g.card("mc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    return [
        ("a", "front range roofing this is [[NAME:cody]] how can i help"),
        ("c", "hi we had hail damage and our insurance approved the claim so we're ready to schedule"),
        ("a", "great what's the claim number"),
        ("c", f"[[ACCOUNT_NUMBER:{g.say(cl, 'd')}]]"),
        ("a", "and the policyholder's name and date of birth"),
        ("c", f"[[NAME:dwight kessler]] born [[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", "and the property address"),
        ("c", f"[[ADDRESS:{g.say(str(g.i(1000, 9999)), 'p')} aspen grove court lakewood]] colorado [[POSTCODE:{g.say(z, 'd')}]]"),
        ("a", f"we collect the ((price:{g.money(1000, 2500, '$', pence=0)})) deductible up front"),
        ("c", f"okay my wife's reading the card she's better with numbers [[CARD_NUMBER#c:{g.sayj(p[0], p[1], mode='p')}]] wait what [[CARD_NUMBER#c:{g.sayj(p[2], p[3], mode='p')}]]"),
        ("a", "and expiration and cvc"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y)}]] cvc is [[CVV:{g.say(cv, 'd')}]]"),
        ("a", f"perfect the crew starts ((date:{g.date()})) it's about ((duration:{nw(g.i(1, 3))} days))"),
    ]


@case("asr")
def _(g):  # IVR top-up for a meal kit gift card, then a read-back to an agent
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    gc = g.digits(12, True)
    while luhn_ok(gc):
        gc = g.digits(12, True)
    return [
        ("i", "welcome to tasty crate gift cards please say the gift card number"),
        ("c", f"[[ACCOUNT_NUMBER:{g.say(gc, 'd')}]]"),
        ("i", f"your balance is ((price:{g.money(0, 20)})) to top up say top up"),
        ("c", "top up"),
        ("i", "please say the card number you want to pay with"),
        ("c", f"[[CARD_NUMBER:{g.sayj(*p, mode='d')}]]"),
        ("i", "please say the expiry date"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'slash')}]]"),
        ("i", "please say the security code"),
        ("c", "agent"),
        ("a", "hi it's [[NAME:marnie]] i'll finish that top up for you how much would you like to add"),
        ("c", f"((price:{g.money(25, 75, pence=0)})) please and the code is [[CVV:{g.say(cv, 'd')}]]"),
        ("a", f"and just to check that's the card ending [[CARD_NUMBER~:{g.say(p[3], 'd')}]]"),
        ("c", "yes"),
        ("a", "all done"),
    ]


@case("transcript", cc="au")
def _(g):  # party hire in Brisbane: glassware and a jumping castle, phone via e-mail, card on site
    pc = g.au_pc("qld")
    bk = g.digits(5, True)
    return [
        ("a", "Good morning, Sunny Coast Party Hire, [[NAME:Kylie]] speaking."),
        ("c", f"Hi [[NAME:Kylie]], I'm after a jumping castle and ((quantity:{g.i(60, 120)})) champagne flutes for my daughter's engagement party."),
        ("a", f"Congratulations! Which date?"),
        ("c", f"((date:{g.date()})). We're at [[ADDRESS:{g.i(2, 90)} Frangipani Crescent, Buderim]] QLD [[POSTCODE:{pc}]]."),
        ("a", f"Lovely. That's ((price:{g.money(250, 450, '$')})) with delivery. Your name?"),
        ("c", "[[NAME:Tamsin Boyle]]. The party's for [[NAME:Jade]] and her fiancé [[NAME:Rowan]]."),
        ("a", "And an email?"),
        ("c", "[[EMAIL:tamsin.boyle@optusnet.com.au]]."),
        ("a", f"I've booked it as [[ACCOUNT_NUMBER:SC-{bk}]]. Pay the driver on the day, card or cash."),
        ("c", "Perfect, thanks."),
    ]


@case("asr")
def _(g):  # tattoo studio: gift voucher for a brother, card from a banking app, voucher number
    n = g.card("mc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    v = g.digits(8, True)
    return [
        ("a", "iron lotus tattoo [[NAME:jade]] speaking"),
        ("c", "hi can you buy gift vouchers over the phone it's for my brother's birthday"),
        ("a", f"yeah they come in any amount from ((price:{g.money(25, 50, pence=0)})) up"),
        ("c", f"((price:{g.money(100, 200, pence=0)})) please it's for [[NAME:alfie]] from [[NAME:lottie]]"),
        ("a", "and the card"),
        ("c", f"i'm on the banking app [[CARD_NUMBER#c:{g.say(p[0], 'p')}]] the app keeps timing out hold on [[CARD_NUMBER#c:{g.sayj(p[1], p[2], p[3], mode='p')}]]"),
        ("a", f"so ending [[CARD_NUMBER~:{g.hom(g.say(p[3], 'd'))}]] and the expiry"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'oh')}]] and the cvc [[CVV:{g.say(cv, 'd')}]]"),
        ("a", f"that's done the voucher number is [[ACCOUNT_NUMBER:{g.say(v, 'd')}]] and it's good for ((duration:{nw(g.i(12, 12))} months))"),
        ("c", "cheers"),
    ]


@case("asr", cc="ca")
def _(g):  # driving lessons in Montreal: learner's DOB, postal code, e-mail, Mastercard from the bus
    yy, mm, dd = g.dob(); yy = g.i(2005, 2005)
    o, i = g.ca_pc("qc")
    n = g.card("mc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    return [
        ("a", "bonjour hi you've reached ecole de conduite rive sud this is [[NAME:julien]]"),
        ("c", f"hi i want to register for the ((count:{nw(g.i(12, 15))})) lesson package sorry i'm on the bus"),
        ("a", "no problem name and date of birth"),
        ("c", f"[[NAME:amelie tremblay]] born the [[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", "and your postal code"),
        ("c", f"[[POSTCODE:{g.spell(o + i)}]]"),
        ("a", "email"),
        ("c", "[[EMAIL:amelie dot tremblay at videotron dot ca]]"),
        ("a", f"the package is ((price:{g.money(700, 950, '$', pence=0)})) do you want to pay now"),
        ("c", f"yes [[CARD_NUMBER#c:{g.say(p[0], 'd')}]] this is my stop one sec [[CARD_NUMBER#c:{g.say(p[1], 'd')}]] okay [[CARD_NUMBER#c:{g.sayj(p[2], p[3])}]]"),
        ("a", "expiry and cvv"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y)}]] and [[CVV:{g.say(cv, 'd')}]]"),
    ]


@case("asr")
def _(g):  # window cleaner: complaint about streaks, ordinary talk with times and counts, no pii but a name
    return [
        ("a", "sparkle window services [[NAME:craig]] here"),
        ("c", f"hi [[NAME:craig]] your lad came on the ((date:{g.dayn()})) and there's streaks all over the front"),
        ("a", "oh i'm sorry about that which windows"),
        ("c", f"the big bay and the ((count:{nw(g.i(3, 4))})) upstairs ones it looks worse than before"),
        ("a", f"i'll come back myself no charge i'm nearby on the ((date:{g.dayn()})) around ((time:{g.clock()}))"),
        ("c", "that's fine i'm working from home"),
        ("a", f"and i'll knock ((percentage:{g.pct(10, 25)})) off the next one"),
        ("c", "you don't have to do that"),
        ("a", "no it's fair see you then"),
    ]


@case("asr")
def _(g):  # furniture delivery: sofa for an elderly father, his DOB for the assisted-delivery form
    yy, mm, dd = g.dob(); yy = g.i(1941, 1950)
    a, b = g.uk_pc("WA14")
    ph = g.phone_uk("man")
    o = g.digits(9, True)
    return [
        ("a", "homecraft furniture deliveries this is [[NAME:holly]]"),
        ("c", f"hi i bought a riser recliner for my dad and i want to book the two person delivery order [[ACCOUNT_NUMBER:{g.say(o, 'p')}]]"),
        ("a", "of course for the assisted delivery i need the recipient's name and date of birth"),
        ("c", f"[[NAME:stanley whitcombe]] he was born on the [[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", "and his address"),
        ("c", f"[[ADDRESS:{nw(g.i(1, 40))} alder court sheltered housing flat {nw(g.i(1, 30))} hale road altrincham]] [[POSTCODE:{g.pc_say(a, b)}]]"),
        ("a", f"is there parking outside for a ((quantity:{nw(g.i(7, 7))} and a half tonne)) van"),
        ("c", "there's a bay by the door"),
        ("a", "and a phone for the driver to call ahead"),
        ("c", f"ring his landline [[PHONE:{g.sayj(ph[:4], ph[4:])}]] he's a bit deaf so let it ring"),
        ("a", f"will do we'll come on the ((date:{g.date()})) and take the old chair away"),
    ]


@case("transcript")
def _(g):  # meal kit: student discount, DOB and university e-mail, card typed in two pieces
    yy, mm, dd = g.dob(); yy = g.i(2001, 2005)
    n = g.card("visa"); cv = g.cvv(); m, y = g.exp()
    return [
        ("a", "Hi, this is [[NAME:Sanjay]] at Spoon & Fork. How can I help?"),
        ("c", "Hi, I want to sign up with the student discount but the website wants a uni email."),
        ("a", f"Sure. It's ((percentage:{g.pct(30, 40)})) off for ((duration:{g.i(3, 6)} months)). What's your uni email?"),
        ("c", "[[EMAIL:k.mensah@students.kent.ac.uk]]."),
        ("a", "And your date of birth, please?"),
        ("c", f"[[DOB:{g.dob_s(yy, mm, dd)}]]."),
        ("a", "Name?"),
        ("c", "[[NAME:Kofi Mensah]]."),
        ("a", "And the card?"),
        ("c", f"[[CARD_NUMBER#c:{g.blocks(n)[0]} {g.blocks(n)[1]}]] - hang on, my flatmate's shouting - [[CARD_NUMBER#c:{g.blocks(n)[2]} {g.blocks(n)[3]}]]. Expiry [[EXPIRY:{g.exp_s(m, y, 'mm/yy')}]], code [[CVV:{cv}]]."),
        ("a", f"Lovely, [[NAME:Kofi]]. First box arrives on the ((date:{g.dayn()}))."),
    ]


@case("asr")
def _(g):  # tree surgeon: emergency fallen tree, caller outside in the wind, phone in pieces, card later
    ph = g.phone_uk("mob")
    a, b = g.uk_pc("RH18")
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    return [
        ("a", "timberline tree surgeons emergency line [[NAME:gus]] speaking"),
        ("c", "a tree's come down across our drive in the wind and we can't get the car out"),
        ("a", "are the power lines okay"),
        ("c", "yes it's just the drive it's a big ash"),
        ("a", "right what's the address"),
        ("c", f"[[ADDRESS:keeper's lodge {nw(g.i(1, 9))} forest row]] [[POSTCODE#p:{g.spell(a)}]] sorry the wind [[POSTCODE#p:{g.spell(b)}]]"),
        ("a", "and your mobile in case i lose you"),
        ("c", f"[[PHONE#t:{g.say(ph[:5], 'd')}]] uh [[PHONE#t:{g.say(ph[5:], 'd')}]]"),
        ("a", f"emergency callout is ((price:{g.money(250, 400, pence=0)})) and we'll be there within ((duration:{nw(g.i(1, 2))} hours)) i need a card to send the crew"),
        ("c", f"[[CARD_NUMBER#c:{g.sayj(p[0], p[1])}]] can you hear me [[CARD_NUMBER#c:{g.sayj(p[2], p[3])}]]"),
        ("a", f"just about was it [[CARD_NUMBER~:{g.hom(g.say(p[2], 'd'))}]] in the third bit"),
        ("c", f"yes expiry [[EXPIRY:{g.exp_s(m, y)}]] cvv [[CVV:{g.say(cv, 'd')}]]"),
        ("a", "crew's on the way"),
    ]


@case("asr", cc="us")
def _(g):  # mattress store (US): store card application with SSN, last four read back
    a, b, c_ = g.ssn()
    yy, mm, dd = g.dob()
    ph = g.phone_us()
    return [
        ("a", "hi this is [[NAME:destiny]] with slumber city credit how can i help"),
        ("c", "hi i'm in your store and they said i could apply for the card by phone"),
        ("a", "sure what's your full name"),
        ("c", "[[NAME:robin castellano]]"),
        ("a", "date of birth"),
        ("c", f"[[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", "social security number"),
        ("c", f"[[SSN:{g.say(a + b + c_, 'd')}]]"),
        ("a", f"and that ends [[SSN~:{g.say(c_, 'd')}]] right"),
        ("c", "right"),
        ("a", "and a mobile number"),
        ("c", f"[[PHONE:{g.say(ph, 'd')}]]"),
        ("a", f"okay you're approved with a ((price:{nw(g.i(2, 5))} thousand dollars)) limit and ((percentage:{g.pct(0, 0)})) for ((duration:{nw(g.i(12, 18))} months)) on today's purchase"),
    ]


@case("transcript")
def _(g):  # piano tuner, repeat customer, a contact change: new e-mail and phone, no card
    ph = g.phone_uk("lon")
    return [
        ("a", "Morning, Fairweather Pianos, [[NAME:Ralph]] here."),
        ("c", "Hello [[NAME:Ralph]], it's [[NAME:Grace Obi]], you tune our piano every spring."),
        ("a", f"Ah, the Steinway in Highgate. It's been about ((duration:{g.i(11, 14)} months))."),
        ("c", "That's right. We've changed our contact details, so before you book me in..."),
        ("a", "Go ahead."),
        ("c", f"New mobile [[PHONE:{g.phone_uk_t(ph)}]], and email [[EMAIL:grace.obi.music@icloud.com]]."),
        ("a", f"Updated. I can do ((date:{g.date()})) at ((time:{g.clock()}))."),
        ("c", "Perfect. Same fee as last year?"),
        ("a", f"It's gone up a little, ((price:{g.money(95, 120, pence=0)})) now."),
        ("c", "That's fine. See you then."),
    ]


@case("asr")
def _(g):  # bouncy castle damage deposit returned to a different card: new card given, old last four
    l4 = g.digits(4)
    n = g.card("mc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    bk = g.digits(6, True)
    return [
        ("a", "happy hops hire [[NAME:stacey]] speaking"),
        ("c", f"hi it's about the deposit for the castle booking [[ACCOUNT_NUMBER:{g.say(bk, 'd')}]] it was meant to come back"),
        ("a", f"yes the ((price:{g.money(50, 100, pence=0)})) deposit we tried to refund it to the card ending [[CARD_NUMBER~^:{g.say(l4, 'd')}]] but it bounced"),
        ("c", "oh that card was cancelled can it go on my new one"),
        ("a", "i'll need the full number"),
        ("c", f"[[CARD_NUMBER#c:{g.say(p[0], 'd')}]] hang on the dog's got the post [[CARD_NUMBER#c:{g.sayj(p[1], p[2], p[3])}]]"),
        ("a", f"and the expiry"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'month')}]]"),
        ("a", "and the three on the back just to verify it"),
        ("c", f"[[CVV:{g.say(cv, 'd')}]]"),
        ("a", f"done it'll be back in ((duration:{nw(g.i(3, 5))} to {nw(g.i(6, 10))} days))"),
    ]


@case("asr", cc="au")
def _(g):  # pool servicing in Adelaide: weekly contract, DOB for a seniors' rate, phone last four
    yy, mm, dd = g.dob(); yy = g.i(1941, 1958)
    pc = g.au_pc("sa")
    ph = g.phone_uk("mob")
    return [
        ("a", "crystal waters pool care this is [[NAME:mitch]]"),
        ("c", f"hello i'd like the weekly pool clean and i read you do a seniors rate"),
        ("a", f"we do ((percentage:{g.pct(10, 15)})) off can i grab your name and date of birth"),
        ("c", f"[[NAME:margaret o'dowd]] and it's [[DOB:{g.dob_s(yy, mm, dd)}]]"),
        ("a", "and the address"),
        ("c", f"[[ADDRESS:{nw(g.i(2, 99))} wattle street glenelg]] [[POSTCODE:{g.say(pc, 'd')}]]"),
        ("a", f"and a contact number"),
        ("c", f"it's my english mobile my son set it up [[PHONE:{g.say(ph, 'd')}]]"),
        ("a", f"just confirming that ends [[PHONE~:{g.say(ph[-4:], 'd')}]]"),
        ("c", "yes"),
        ("a", f"lovely we'll come every {g.pick(['monday', 'tuesday', 'thursday'])} starting ((date:{g.date()}))"),
    ]


@case("transcript", cc="us")
def _(g):  # tattoo removal clinic (US): DOB, consent, card declined, second card
    yy, mm, dd = g.dob(); yy = g.i(1980, 2000)
    n1 = g.card("disc"); cv1 = g.cvv(); m1, y1 = g.exp()
    n2 = g.card("visa"); cv2 = g.cvv(); m2, y2 = g.exp()
    return [
        ("a", "Clean Slate Laser Studio, this is [[NAME:Brianna]]."),
        ("c", "Hi, I'd like to book a laser removal session, it's a small tattoo on my ankle."),
        ("a", f"Sure. Sessions are ((price:{g.money(150, 250, '$', pence=0)})) and most people need ((count:{g.i(5, 8)})) to ((count:{g.i(9, 12)})). Name and date of birth?"),
        ("c", f"[[NAME:Ivy Marchetti]], [[DOB:{g.dob_s(yy, mm, dd, us=True)}]]."),
        ("a", "We take payment at booking. Card?"),
        ("c", f"Discover, [[CARD_NUMBER:{g.typed(n1)}]], exp [[EXPIRY:{g.exp_s(m1, y1, 'mm/yy')}]], CID [[CVV:{cv1}]]."),
        ("a", "I'm sorry, that didn't go through. Do you have another card?"),
        ("c", f"Try this one: [[CARD_NUMBER:{g.typed(n2)}]], expires [[EXPIRY:{g.exp_s(m2, y2)}]], security code [[CVV:{cv2}]]."),
        ("a", f"That worked. You're booked for ((date:{g.date()})) at ((time:{g.clock()}))."),
    ]


@case("asr")
def _(g):  # coach day trip: a group leader pays on a club card, counts of seats, e-mail
    n = g.card("visa"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    return [
        ("a", "good afternoon dalesway coaches [[NAME:pauline]] speaking"),
        ("c", f"hello i run the walking club and we want the coach to the coast on the ((date:{g.date()})) for ((count:{nw(g.i(30, 48))})) people"),
        ("a", f"lovely the ((other:{nw(g.i(49, 53))} seater)) is free that day it's ((price:{g.money(600, 900, pence=0)})) return leaving at ((time:{g.clock()}))"),
        ("c", "that's fine the card is the club's card in our treasurer's name [[NAME:alan marsh]]"),
        ("c", f"it's [[CARD_NUMBER#c:{g.say(p[0], 'x')}]] um [[CARD_NUMBER#c:{g.say(p[1], 'x')}]] um [[CARD_NUMBER#c:{g.say(p[2], 'x')}]] um [[CARD_NUMBER#c:{g.say(p[3], 'x')}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{g.exp_s(m, y, 'full')}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{g.say(cv, 'd')}]]"),
        ("a", "and an email for the confirmation"),
        ("c", "[[EMAIL:dalesway walkers at outlook dot com]]"),
        ("a", "all booked"),
    ]


@case("asr")
def _(g):  # piano tuner: card on a crackly landline, agent reads back a wrong block, caller corrects
    n = g.card("mc"); p = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    bad = g.wrong(p[2])
    a, b = g.uk_pc("EX4")
    return [
        ("a", "tempo piano tuning [[NAME:gideon]] speaking"),
        ("c", "hello this is [[NAME:ottoline parry]] you tuned my piano last year"),
        ("a", "hello yes the upright in exeter what can i do for you"),
        ("c", f"it's gone flat again and i've a concert at the house on the ((date:{g.date()}))"),
        ("a", f"i can come on the ((date:{g.date()})) it's ((price:{g.money(75, 95, pence=0)})) and i take a card over the phone now to save faff on the day"),
        ("c", f"very well it's [[CARD_NUMBER#c:{g.hom(g.say(p[0], 'd'))}]] oh this line crackles [[CARD_NUMBER#c:{g.say(p[1], 'd')}]] and [[CARD_NUMBER#c:{g.sayj(p[2], p[3], mode='d')}]]"),
        ("a", f"sorry the line's awful i've got the third group as [[CARD_NUMBER~!:{g.say(bad, 'd')}]]"),
        ("c", f"no [[CARD_NUMBER#c!:{g.hom(g.say(p[2], 'd'))}]]"),
        ("a", "thank you and the expiry"),
        ("c", f"it says [[EXPIRY:{g.exp_s(m, y, 'month')}]] in very small print"),
        ("a", "and the three digits by the signature"),
        ("c", f"[[CVV:{g.say(cv, 'd')}]]"),
        ("a", f"lovely is it still [[ADDRESS:lyndhurst {nw(g.i(2, 60))} pennsylvania road]] [[POSTCODE:{g.pc_say(a, b)}]]"),
        ("c", "it is thank you [[NAME:gideon]]"),
    ]


@case("transcript", cc="us")
def _(g):  # self-publishing printer (US): proof copies, card read from a photo with a thumb over it
    n = g.card("disc"); q = g.blocks(n); cv = g.cvv(); m, y = g.exp()
    z = g.zip("nc")
    o = g.digits(7, True)
    return [
        ("a", "BindRight Press, author services, this is [[NAME:Marcus]]."),
        ("c", f"Hi [[NAME:Marcus]], I'm [[NAME:Rowan Ellery]]. I need ((quantity:{g.i(3, 6)})) proof copies of my cookbook before the full run."),
        ("a", f"Sure. Order [[ACCOUNT_NUMBER:BR-{o}]]? That's ((count:{g.i(180, 260)})) pages in full color, ((price:{g.money(22, 35, '$')})) per proof."),
        ("c", "That's the one. I'm paying with a card I took a picture of, and my thumb is over part of it, so bear with me."),
        ("c", f"[[CARD_NUMBER#c:{q[0]} {q[1]}]], then [[CARD_NUMBER#c!:{q[2][:2]}]]... hmm, I can't see the next two. Let me find the card itself."),
        ("c", f"Okay, here it is. [[CARD_NUMBER#c:{q[2]} {q[3]}]]."),
        ("a", f"So the whole number is [[CARD_NUMBER:{g.typed(n)}]]?"),
        ("c", f"Yes. Valid thru [[EXPIRY:{g.exp_s(m, y, 'mm/yy')}]], and the CID is [[CVV:{cv}]]."),
        ("a", "Shipping address?"),
        ("c", f"[[ADDRESS:{g.i(100, 4999)} Tryon Road, Apt {g.i(2, 30)}B, Raleigh]], NC [[POSTCODE:{z}]]."),
        ("a", f"Proofs ship in ((duration:{g.i(3, 5)} business days)). Thanks, [[NAME:Rowan]]."),
    ]


if __name__ == "__main__":
    main()
