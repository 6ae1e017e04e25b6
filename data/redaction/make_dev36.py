#!/usr/bin/env python3
"""Write data/redaction/dev36.jsonl, a redaction development set (case ids t32-001 ...).

Written as the held-out set test32.jsonl, measured once with the thirty-fourth round's code, then
renamed dev36 and tuned on in the thirty-fifth round.

What the set leans on
---------------------
Every case is its own hand-written conversation (its own people, reason for calling, wording,
hesitations and order of events), no per-step line templates.  The set leans on personal data
said by AGENTS and SYSTEMS, not only by callers: agents reading details back from the screen,
warm transfers where the first agent summarises the caller's details to a colleague, a second
agent re-asking what the first one took, supervisors joining, callbacks that open with the
caller's details, IVRs reading back what was keyed, end-of-call summaries and agents correcting
the caller's record ("we had your postcode as ... it should be ...").  Card payments carry
weight (card numbers, CVVs and expiries in pieces over turns, corrected, restarted, read back by
agent and IVR, keyed into the IVR then given again to an agent, beside numbers that are no card
data).  Industries: hospital billing and patient portals, car breakdown memberships, home
warranties, satellite TV, mobile phone insurance, courier claims, student housing, holiday
parks, bridal and formal wear hire, office equipment leasing, vending and coffee machine
servicing, alarm monitoring, private school fees, credit unions, pawn and cheque cashing and
music streaming family plans.  Callers from the UK, Ireland, the US, Canada and Australia; about
two thirds of the utterances in the recogniser's (asr) style with its homophones ("for",
"to", "won", "ate") in and around values; look-alikes (keep spans) beside real values.

Markup
------
Each case is a function decorated with @case(style) that returns a list of (speaker, text).
In the text:
  [[TYPE:text]]              a pii value said in one piece (a group of its own)
  [[TYPE#tag:text]]          a piece of a value; the same tag in one case = the same group
  [[TYPE|flags:text]]        flags for the validator only (never written to the file):
                               x   a wrong, abandoned or repeated card piece: it stays in the
                                   card's group but is left out of the Luhn check
                               p   a partial value: a card's last four or a read-back block, a
                                   phone's or an SSN's last four
                               uk, ie, us, ca, au   the postcode's country
                               ni  a UK National Insurance number (an SSN)
  ((kind:text))              a keep span (look-alike)
Numbers come from one seeded random.Random (the G object) and are rendered in the case's style
by its helpers (dg, pairs, card blocks, exp, dob, phone, postcode, money, clock ...).  The
markup is stripped by code and every offset is computed from the clean text.

Labelling choices
-----------------
- Cards: a card's pieces share one group; digits said before a restart, a corrected (wrong)
  block and a repeated block stay in the card's group (flag x, outside the Luhn check).  Every
  read-back (agent or IVR, full, one block or the last four), any last four said by either side
  and a card said again in full (to the IVR, then to an agent) is a CARD_NUMBER group of its own.
  An agent reading back the wrong block that the caller then corrects is a group of its own too
  (flags p,x).
- "CVV", "security code", "CID", "expires", "end of", "valid thru" stay outside CVV and EXPIRY
  spans; CVV/EXPIRY are labelled only where asked for or named.
- Every agent/IVR read-back of a value (DOB, address, postcode, phone, e-mail, account number)
  is a group of its own of the same type; a whole wrong value that is then corrected ("we had your
  postcode as X, it should be Y") is labelled, X and Y each a group of its own.
- A phone's or an SSN's last four said as such is a group of its own (flag p).
- ACCOUNT_NUMBER: membership, policy, plan, claim, member, patient/MRN, hospital account,
  booking, order, invoice, contract/lease, pawn ticket, student/pupil ids, sort codes (a group
  apart from the account number), routing numbers and number plates.
- `other` look-alikes: tracking and waybill numbers (they fail Luhn), IMEIs, serials, receipt,
  confirmation and transaction numbers, one-time codes, alarm passcodes and PINs, rooms, seats,
  lockers, pitches, lodges, queue tickets, error codes, ages and "Year 9" style school years.
- A UK National Insurance number is an SSN; Irish Eircodes, Canadian and Australian postal
  codes are POSTCODEs.
- NAME: first name and surname said together are one span; a spelled surname is a group of its
  own; titles (Mr, Mrs, Dr, mister, miss) stay outside; pets and business names are not names; a
  name inside an e-mail is left to the EMAIL span.
- ADDRESS: the street line with a house/building name, flat or unit before it and the town when
  it follows in the same breath; counties, states and provinces are outside; the postcode is
  its own span.
- The recogniser's homophones ("for", "to", "ate", "won") inside a value are part of the span
  (they are digits); outside values they are left unlabelled (not keep spans).
- Dates of birth read back by an agent are DOB groups of their own; other dates are `date`.

Validator (any failure: exit status 1, nothing written)
-------------------------------------------------------
markup well formed; offsets match the text; spans non-empty, no leading/trailing space or
punctuation, not starting/ending inside a word; no overlaps (pii or keep); asr utterances lower
case without punctuation; card groups 15/16 digits (x pieces left out) passing Luhn with a real
prefix (Visa 4, Mastercard 51-55/2221-2720, Amex 34/37 with 15 digits, Discover 6011/65), or 4-8
digits where marked p; CVV 3-4 digits; EXPIRY a valid month; SSN 9 digits of the allowed shape,
4 digits (p) or a NI number (ni); phones in the fictional ranges (US 555-01xx, UK 07700 900xxx,
020 7946 0xxx, 0113/0117/0161 496 0xxx, or a last four marked p); postcodes of the right shape
for their country; e-mails typed or spoken ("at" ... "dot", never "@" in asr); ADDRESS starts
with a number, a flat/unit word or a house/building name followed by a numbered street, and has a
street word; NAME holds no digits or titles; ACCOUNT_NUMBER holds a digit; no digit outside a span
and no run of four or more digit words outside a span; look-alikes of 13-19 digits fail Luhn and
hold no pii span's digits (3 or more) of the same utterance; a name word labelled in a case is
never left unlabelled elsewhere in that case (nor spelled out letter by letter); no e-mail or street reused across cases; no
utterance of nine words or more repeated across cases; the minimum counts of the brief.

Run
---
    python3 data/redaction/make_dev36.py           # validates, writes dev36.jsonl, prints counts
    python3 data/redaction/make_dev36.py --check   # validates and prints counts, writes nothing
Deterministic: one random.Random(3203); same file every run.
"""
import json
import os
import random
import re
import sys

SEED = 3203
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev36.jsonl")

PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]

# ---------------------------------------------------------------------------- numbers to words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    if n < 1000000:
        rest = n % 1000
        head = words(n // 1000) + " thousand"
        if rest == 0:
            return head
        return head + (" and " if rest < 100 else " ") + words(rest)
    raise ValueError(n)


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def sfx(n):
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        k = int(c)
        if i % 2 == 1:
            k *= 2
            if k > 9:
                k -= 9
        s += k
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi) + " hundred"
    if lo < 10:
        return words(hi) + " oh " + ONES[lo]
    return words(hi) + " " + words(lo)


# ------------------------------------------------------------------------------ the generator
UK_OUT = ["SW1A", "M14", "LS6", "BS7", "EH10", "G12", "CF24", "NE6", "B29", "L17", "S10",
          "NG7", "OX4", "CB1", "BN2", "YO31", "PL4", "EX2", "DE22", "LE2", "SO17", "NR2",
          "HU5", "AB24", "DD1", "BT9", "SA2", "CV4", "RG1", "GU2", "KT1", "TN1", "N16",
          "E8", "SE15", "W4", "NW5", "CH2", "LA1", "DH1"]
IE_KEYS = ["D02", "D04", "D6W", "D08", "A94", "T12", "H91", "V94", "A65", "K78", "R95",
           "X91", "F91", "N37", "P31"]
CA_FSA = ["M5V", "M4C", "K2P", "V6B", "V5K", "H2X", "T2P", "T6E", "R3C", "B3H", "S7N",
          "E1C", "A1C", "L8P", "N6A"]
AU_PC = ["2000", "2010", "2150", "3000", "3056", "3121", "4000", "4101", "5000", "6000",
         "6160", "7000", "2600", "0800", "2480"]
US_ZIP3 = ["021", "100", "112", "191", "303", "331", "432", "606", "481", "554", "631",
           "752", "787", "802", "850", "891", "941", "973", "981", "282"]
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "kilo": "K",
        "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q",
        "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


class G:
    """Seeded numbers, rendered in the current case's style (self.asr)."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.asr = True

    # --- raw values
    def digits(self, n, first_nonzero=True):
        s = str(self.r.randint(1 if first_nonzero else 0, 9))
        return s + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def card(self, brand="visa"):
        r = self.r
        if brand == "visa":
            p = "4" + self.digits(5, False)
            n = 16
        elif brand == "mc":
            p = str(r.randint(51, 55)) + self.digits(4, False)
            n = 16
        elif brand == "mc2":
            p = str(r.randint(2221, 2720)) + self.digits(2, False)
            n = 16
        elif brand == "amex":
            p = r.choice(["34", "37"]) + self.digits(4, False)
            n = 15
        elif brand == "disc":
            p = r.choice(["6011", "65" + self.digits(2, False)])
            n = 16
        else:
            raise ValueError(brand)
        body = p + "".join(str(r.randint(0, 9)) for _ in range(n - 1 - len(p)))
        return luhn_complete(body)

    def blocks(self, card):
        if len(card) == 15:
            return [card[:4], card[4:10], card[10:]]
        return [card[i:i + 4] for i in range(0, 16, 4)]

    def wrong(self, block):
        """A block of the same length that differs in one or two places."""
        s = list(block)
        for i in self.r.sample(range(len(s)), min(2, len(s))):
            s[i] = str((int(s[i]) + self.r.randint(1, 8)) % 10)
        return "".join(s)

    def cvv(self, n=3):
        return self.digits(n, False) if self.r.random() < 0.3 else self.digits(n)

    def expiry(self, expired=False):
        return (self.r.randint(1, 12), self.r.randint(2022, 2024) if expired
                else self.r.randint(2027, 2032))

    def dob_raw(self):
        y = self.r.randint(1941, 2005)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, MDAYS[m - 1])
        return (d, m, y)

    def ssn_raw(self):
        a = self.r.randint(1, 665)
        while a == 666:
            a = self.r.randint(1, 665)
        return "%03d%02d%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def nino_raw(self):
        r = self.r
        while True:
            pre = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
            if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return pre + self.digits(6, False) + r.choice("ABCD")

    def phone_raw(self, kind):
        r = self.r
        if kind == "ukm":
            return "07700900" + "%03d" % r.randint(0, 999)
        if kind == "lon":
            return "02079460" + "%03d" % r.randint(0, 999)
        if kind == "geo":
            return r.choice(["0161", "0113", "0117"]) + "4960" + "%03d" % r.randint(0, 999)
        if kind == "us":
            return str(r.randint(2, 9)) + self.digits(2, False) + "55501" + "%02d" % r.randint(0, 99)
        raise ValueError(kind)

    def pc_raw(self, c):
        r = self.r
        if c == "uk":
            return r.choice(UK_OUT) + str(r.randint(1, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        if c == "ie":
            return r.choice(IE_KEYS) + r.choice("ACDEFHKNPRTVWXY") + "".join(r.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(2)) + str(r.randint(0, 9))
        if c == "ca":
            return r.choice(CA_FSA) + str(r.randint(0, 9)) + r.choice("ABCEGHJKLMNPRSTVWXYZ") + str(r.randint(0, 9))
        if c == "au":
            return r.choice(AU_PC)
        if c == "us":
            return r.choice(US_ZIP3) + "%02d" % r.randint(1, 99)
        raise ValueError(c)

    def acct_raw(self, pattern):
        """# a digit, @ a letter, anything else literal."""
        out = []
        for i, ch in enumerate(pattern):
            if ch == "#":
                out.append(str(self.r.randint(1 if i == 0 else 0, 9)))
            elif ch == "@":
                out.append(self.r.choice(LETTERS))
            else:
                out.append(ch)
        return "".join(out)

    # --- renderers
    def dw(self, c, homo=0.0):
        if c == "0":
            return self.r.choice(["oh", "oh", "zero"])
        w = ONES[int(c)]
        if homo and self.r.random() < homo:
            w = {"four": "for", "two": "to", "one": "won", "eight": "ate"}.get(w, w)
        return w

    def dg(self, s, homo=0.0, dbl=0.35):
        """Digits (and letters) one by one; transcript style keeps them as written."""
        if not self.asr:
            return s
        out = []
        i = 0
        while i < len(s):
            c = s[i]
            if c.isdigit():
                if (i + 1 < len(s) and s[i + 1] == c and self.r.random() < dbl and
                        not (i + 2 < len(s) and s[i + 2] == c)):
                    out.append(("double " + self.dw(c)))
                    i += 2
                    continue
                out.append(self.dw(c, homo))
            elif c.isalpha():
                out.append(c.lower())
            elif c == "-":
                out.append("dash")
            i += 1
        return " ".join(out)

    def pairs(self, s, homo=0.0):
        """Digits said two at a time ("forty one eleven", "oh seven")."""
        if not self.asr:
            return s
        out = []
        if len(s) % 2:
            out.append(self.dw(s[0], homo))
            s = s[1:]
        for i in range(0, len(s), 2):
            a, b = s[i], s[i + 1]
            if a == "0":
                out.append(self.dw("0") + " " + self.dw(b, homo))
            else:
                out.append(words(int(a + b)))
        return " ".join(out)

    def mix(self, s, homo=0.0):
        return self.pairs(s, homo) if self.r.random() < 0.4 else self.dg(s, homo)

    def cardt(self, card):
        return " ".join(self.blocks(card))

    def exp(self, e, form=None):
        m, y = e
        f = form if form is not None else self.r.randint(0, 3)
        if not self.asr:
            return ["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%s %d" % (MONTHS[m - 1].title(), y),
                    "%02d/%02d" % (m, y % 100)][f]
        return ["%s %s" % (self.dw("0") + " " + ONES[m] if m < 10 else words(m), words(y % 100)),
                "%s %s" % (MONTHS[m - 1], words(y % 100)),
                "%s %s" % (words(m), words(y % 100)),
                "%s twenty %s" % (MONTHS[m - 1], words(y % 100))][f]

    def dob(self, d, form=None):
        day, m, y = d
        f = form if form is not None else self.r.randint(0, 3)
        if not self.asr:
            return ["%d %s %d" % (day, MONTHS[m - 1].title(), y), "%02d/%02d/%d" % (day, m, y),
                    "%s %d%s, %d" % (MONTHS[m - 1].title(), day, sfx(day), y),
                    "%d/%d/%d" % (m, day, y)][f]
        return ["%s of %s %s" % (ordinal(day), MONTHS[m - 1], year_words(y)),
                "%s %s %s" % (MONTHS[m - 1], ordinal(day), year_words(y)),
                "%s of %s %s" % (ordinal(day), MONTHS[m - 1], words(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 100]),
                "%s %s %s" % (self.pairs("%02d" % day), self.pairs("%02d" % m), year_words(y))][f]

    def phone(self, p, groups=None):
        if groups is None:
            if p.startswith("07"):
                groups = [5, 6]
            elif p.startswith("020"):
                groups = [3, 4, 4]
            elif p.startswith("0"):
                groups = [4, 3, 4]
            else:
                groups = [3, 3, 4]
        parts = []
        i = 0
        for gsz in groups:
            parts.append(p[i:i + gsz])
            i += gsz
        if not self.asr:
            return ("-" if len(p) == 10 and not p.startswith("0") else " ").join(parts)
        return " ".join(self.dg(x) for x in parts)

    def pc(self, pc, mode=None):
        c = pc.replace(" ", "")
        if pc.isdigit() or len(c) < 5:
            parts = [c]
        elif c[:3] in IE_KEYS and len(c) == 7:
            parts = [c[:3], c[3:]]
        else:
            parts = [c[:-3], c[-3:]]
        if not self.asr:
            return " ".join(parts)
        if mode == "au":
            return self.r.choice([self.dg(c), self.pairs(c)])
        return " ".join(self.dg(x) for x in parts)

    def acct(self, a, homo=0.0):
        if not self.asr:
            return a
        return self.dg(a, homo)

    # --- look-alikes (rendered; the caller wraps them in ((kind:...)))
    def num(self, lo, hi):
        n = self.r.randint(lo, hi)
        return words(n) if self.asr else str(n)

    def money(self, lo, hi, cur="£", cents=True, per=""):
        n = self.r.randint(lo, hi)
        c = self.r.choice([0, 49, 50, 95, 99, 25, 75]) if cents else 0
        if not self.asr:
            return "%s%s%s%s" % (cur, "{:,}".format(n), ".%02d" % c if cents else "", per)
        cw = {"£": "pounds", "$": "dollars", "€": "euro"}[cur]
        if c and self.r.random() < 0.5:
            return "%s %s" % (words(n), words(c)) + per
        return "%s %s%s" % (words(n), cw, " " + words(c) if c else "") + per

    def clock(self):
        h = self.r.randint(7, 18)
        mi = self.r.choice([0, 15, 30, 45, 10, 20, 40])
        h12 = h if h <= 12 else h - 12
        ap = "am" if h < 12 else "pm"
        if not self.asr:
            return "%d:%02d %s" % (h12, mi, ap) if mi else "%d %s" % (h12, ap)
        if mi == 0:
            return "%s o'clock" % words(h12) if self.r.random() < 0.5 else "%s %s" % (words(h12), " ".join(ap))
        if mi == 30 and self.r.random() < 0.5:
            return "half past " + words(h12)
        return "%s %s" % (words(h12), words(mi) if mi >= 10 else "oh " + words(mi))

    def dur(self, lo, hi, unit="minutes"):
        return "%s %s" % (self.num(lo, hi), unit)

    def pct(self):
        a = self.r.randint(2, 18)
        b = self.r.choice([0, 0, 5, 9, 4])
        if not self.asr:
            return "%d%%" % a if not b else "%d.%d%%" % (a, b)
        return "%s%s percent" % (words(a), "" if not b else " point " + " ".join(ONES[int(x)] for x in str(b)))

    def yr(self, lo, hi):
        y = self.r.randint(lo, hi)
        return year_words(y) if self.asr else str(y)

    def day(self, form=None):
        m = self.r.randint(1, 12)
        d = self.r.randint(1, MDAYS[m - 1])
        f = form if form is not None else self.r.randint(0, 1)
        if not self.asr:
            return ["%d%s %s" % (d, sfx(d), MONTHS[m - 1].title()), "%s %d" % (MONTHS[m - 1].title(), d)][f]
        return ["%s of %s" % (ordinal(d), MONTHS[m - 1]), "%s %s" % (MONTHS[m - 1], ordinal(d))][f]

    def flight(self, code):
        n = str(self.r.randint(100, 2999))
        return "%s %s" % (code, n) if not self.asr else "%s %s" % (" ".join(code.lower()), self.pairs(n))

    def model(self, prefix, n=4):
        d = self.digits(n)
        if not self.asr:
            return "%s-%s" % (prefix, d)
        return "%s %s" % (" ".join(prefix.lower()), self.pairs(d))

    def other(self, n):
        d = self.digits(n)
        return d if not self.asr else self.mix(d)

    def track(self, n=14, prefix=""):
        while True:
            d = self.digits(n)
            if not luhn_ok(d):
                break
        if not self.asr:
            return prefix + d
        return (" ".join(prefix.lower()) + " " if prefix else "") + self.dg(d)


CASES = []


def case(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


# ================================================================================== the cases

# ---------------------------------------------------------------- hospital billing, patient portals
@case("asr")
def er_bill_for_wife(g):
    acct = g.acct_raw("HB########")
    dob = g.dob_raw()
    card = g.card("visa")
    b = g.blocks(card)
    cvv = g.cvv()
    e = g.expiry()
    amt = g.money(180, 940, "$")
    return [
        ("agent", "thank you for calling saint brendan's patient billing this is [[NAME:marisol]] can i start with the guarantor's name on the bill"),
        ("customer", "yeah it's [[NAME:dwayne okafor]] i'm calling about my wife's emergency room visit"),
        ("agent", f"okay mister [[NAME:okafor]] i have an account here [[ACCOUNT_NUMBER:{g.acct(acct)}]] and the patient's date of birth shows as [[DOB:{g.dob(dob)}]] is that her"),
        ("customer", "that's her yep [[NAME:adaeze]]"),
        ("agent", f"alright so after the insurance paid their part there's ((price:{amt})) left over from the visit on the ((date:{g.day()}))"),
        ("customer", "can i just put that on a card today and be done with it"),
        ("agent", "absolutely go ahead with the long number on the front whenever you're ready"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[0])} {g.dg(b[1], homo=.4)}]] uh hold on i gotta tilt it the light's bad [[CARD_NUMBER#c:{g.dg(b[2])} {g.dg(b[3])}]]"),
        ("agent", "got it and the expiration"),
        ("customer", f"[[EXPIRY:{g.exp(e)}]]"),
        ("agent", "and the three digits on the back"),
        ("customer", f"[[CVV:{g.dg(cvv)}]]"),
        ("agent", f"okay that's the visa ending in [[CARD_NUMBER|p:{g.dg(b[3])}]] for ((price:{amt})) shall i go ahead"),
        ("customer", "yes please"),
        ("agent", f"that's gone through your confirmation number is ((other:{g.other(9)})) and it'll drop off her portal in about ((duration:{g.dur(24, 72, 'hours')}))"),
        ("customer", "perfect thank you so much"),
    ]


@case("transcript")
def ivr_hospital_pay_then_agent(g):
    acct = g.acct_raw("#########")
    card = g.card("mc")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    bal = g.money(60, 700, "$")
    return [
        ("ivr", "Welcome to Lakeshore Regional Medical Center billing. Please enter your nine digit hospital account number, followed by the pound key."),
        ("ivr", f"You entered [[ACCOUNT_NUMBER:{acct}]]. If this is correct, press one. To re-enter, press two."),
        ("ivr", f"Your balance due is ((price:{bal})). To pay the full balance, press one."),
        ("ivr", "Please enter your card number now."),
        ("ivr", f"You entered [[CARD_NUMBER:{' '.join(card)}]]. If correct, press one."),
        ("ivr", "Please enter the card's expiration date as four digits."),
        ("ivr", "We're sorry, we could not process that entry. Please hold for a representative."),
        ("agent", "Hi, this is [[NAME:Terrence]] in patient accounts. I see the system kicked you over during a payment, is that right?"),
        ("customer", "Yeah, it didn't like my expiration date for some reason."),
        ("agent", f"No problem. I can see the account and the Mastercard you keyed in, ending [[CARD_NUMBER|p:{b[3]}]]. Can I get your name, please?"),
        ("customer", "[[NAME:Rosalind Abernathy-Cole]]."),
        ("agent", "Thank you, Ms. [[NAME:Abernathy-Cole]]. What's the expiration date on that card?"),
        ("customer", f"It says [[EXPIRY:{g.exp(e, 1)}]]."),
        ("agent", "That's the problem, it wanted it as month and year only. And the security code on the back?"),
        ("customer", f"[[CVV:{cvv}]]."),
        ("agent", f"Perfect. So that's ((price:{bal})) today, and your reference is ((other:{g.other(10)})). Anything else?"),
        ("customer", "No, that's it. Thanks, [[NAME:Terrence]]."),
    ]


@case("asr")
def private_hospital_selfpay_uk(g):
    pc_old = g.pc_raw("uk")
    pc_new = g.pc_raw("uk")
    card = g.card("mc2")
    b = g.blocks(card)
    wrong = g.wrong(b[1])
    e = g.expiry()
    cvv = g.cvv()
    inv = g.acct_raw("INV-######")
    return [
        ("agent", "good morning you're through to the finance team at the harrowgate clinic my name's [[NAME:bethan]]"),
        ("customer", f"hi there i've had an invoice for my knee scan it's [[ACCOUNT_NUMBER:{g.acct(inv)}]]"),
        ("agent", "lovely let me find that and your name please"),
        ("customer", "[[NAME:callum mcardle]]"),
        ("agent", f"thank you [[NAME:callum]] i've got you at [[ADDRESS:{g.num(2, 98)} ivybridge road]] [[POSTCODE|uk:{g.pc(pc_old)}]] is that still right"),
        ("customer", f"oh no we moved in march it's [[ADDRESS:flat {g.num(1, 9)} {g.num(11, 40)} wexcombe terrace]] and the postcode's [[POSTCODE|uk:{g.pc(pc_new)}]]"),
        ("agent", "i'll update that now bear with me"),
        ("agent", f"done so the self pay balance is ((price:{g.money(240, 690)})) would you like to settle it today"),
        ("customer", "yeah go on then card's a mastercard"),
        ("customer", f"[[CARD_NUMBER#c|x:{g.dg(b[0])} {g.dg(wrong)}]] no wait sorry let me start again"),
        ("agent", "no worries from the top"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[0])} {g.dg(b[1])} {g.dg(b[2])}]] erm [[CARD_NUMBER#c:{g.dg(b[3])}]]"),
        ("agent", "and the expiry date"),
        ("customer", f"[[EXPIRY:{g.exp(e, 0)}]]"),
        ("agent", "last thing the three digit code on the signature strip"),
        ("customer", f"[[CVV:{g.dg(cvv)}]]"),
        ("agent", "that's all gone through you'll get a receipt to the new address within ((duration:{0}))".format(g.dur(3, 5, "working days"))),
        ("customer", "brilliant cheers [[NAME:bethan]]"),
    ]


@case("asr")
def financial_assistance_warm_transfer(g):
    acct = g.acct_raw("########")
    dob = g.dob_raw()
    ssn = g.ssn_raw()
    zipc = g.pc_raw("us")
    kids = g.r.randint(2, 3)
    return [
        ("agent", "okay ms [[NAME:villanueva]] i'm going to bring in someone from financial assistance and stay on the line while i explain so you don't have to repeat everything"),
        ("customer", "okay thank you"),
        ("agent", "hi [[NAME:deshawn]] it's [[NAME:kelsey]] from billing i've got [[NAME:luz villanueva]] on the line"),
        ("agent", f"her account's [[ACCOUNT_NUMBER:{g.acct(acct)}]] date of birth [[DOB:{g.dob(dob)}]] and i've verified the last four of her social [[SSN|p:{g.dg(ssn[5:])}]]"),
        ("agent", f"she's got ((count:{g.num(3, 5)})) open statements from the surgery and she's lost her job so she wants to apply for the charity care program"),
        ("agent", "hi mrs [[NAME:villanueva]] i'm [[NAME:deshawn]] thanks for holding"),
        ("customer", "hi"),
        ("agent", "so i just need to confirm the address we'd be mailing the application to"),
        ("customer", f"[[ADDRESS:{g.pairs(str(g.r.randint(210, 989)))} calloway street apartment {g.num(2, 6)} c]] [[POSTCODE|us:{g.pc(zipc)}]]"),
        ("agent", "and how many people live in the household"),
        ("customer", f"it's me and my ((count:{words(kids)})) boys"),
        ("agent", f"okay for a household of ((count:{words(kids + 1)})) the income limit is ((price:{g.money(38000, 52000, '$', cents=False)})) a year so you'll likely qualify"),
        ("customer", "oh thank god"),
        ("agent", f"the packet should reach you in about ((duration:{g.dur(7, 10, 'days')})) and your statements are on hold for ((duration:{g.dur(60, 90, 'days')}))"),
        ("customer", "thank you both so much"),
    ]


@case("asr")
def uninsured_visitor_amex_canada(g):
    card = g.card("amex")
    b = g.blocks(card)
    e = g.expiry()
    cid = g.cvv(4)
    pc = g.pc_raw("ca")
    mrn = g.acct_raw("#######")
    return [
        ("agent", "accounts receivable [[NAME:genevieve]] speaking"),
        ("customer", "hi i was visiting family in toronto and ended up in emergency and now i've got a bill i don't have provincial coverage"),
        ("agent", "i'm sorry to hear that do you have the medical record number from the top of the statement"),
        ("customer", f"it's [[ACCOUNT_NUMBER:{g.acct(mrn)}]]"),
        ("agent", "thank you and your full name"),
        ("customer", "[[NAME:ingrid solberg]] [[NAME:s o l b e r g]]"),
        ("agent", f"perfect [[NAME:ingrid]] the total for the visit is ((price:{g.money(900, 2400, '$')})) and there's a ((percentage:{g.pct()})) discount if it's paid in full within ((duration:{g.dur(30, 30, 'days')}))"),
        ("customer", "i'll pay it now on my american express"),
        ("agent", "okay read it out in the groups it's printed in"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[0])}]] then [[CARD_NUMBER#c:{g.dg(b[1])}]] then [[CARD_NUMBER#c:{g.dg(b[2])}]]"),
        ("agent", f"let me read that back [[CARD_NUMBER:{g.dg(b[0])} {g.dg(b[1])} {g.dg(b[2])}]]"),
        ("customer", "that's it"),
        ("agent", "the expiry and the four digit code above the number"),
        ("customer", f"expires [[EXPIRY:{g.exp(e, 3)}]] and the code is [[CVV:{g.dg(cid)}]]"),
        ("agent", "and a billing postal code for the card"),
        ("customer", f"it's a canadian card actually [[POSTCODE#p|ca:{g.dg(pc[:3])}]] um [[POSTCODE#p|ca:{g.dg(pc[3:])}]]"),
        ("agent", "that's approved you'll have a zero balance by tomorrow"),
    ]


@case("transcript")
def portal_locked_out(g):
    dob = g.dob_raw()
    ph = g.phone_raw("us")
    mrn = g.acct_raw("MRN-#######")
    return [
        ("agent", "Patient portal support, this is [[NAME:Anjali]]. How can I help?"),
        ("customer", "Hi, I've tried to log in over and over and now it says I'm locked out."),
        ("agent", "I can help with that. What's the patient's full name?"),
        ("customer", "It's me, [[NAME:Bartholomew Greenhalgh]]."),
        ("agent", f"Thank you. I have a [[NAME:Bartholomew Greenhalgh]], date of birth [[DOB:{g.dob(dob, 2)}]]. Is that you?"),
        ("customer", "That's me."),
        ("agent", f"And for security, can you give me the medical record number? It's on any after-visit summary."),
        ("customer", f"Hang on... [[ACCOUNT_NUMBER:{mrn}]]."),
        ("agent", "Great. The e-mail on file is [[EMAIL:bart.greenhalgh@fastmail.com]], is that current?"),
        ("customer", "No, I don't use that one anymore. Can you change it to [[EMAIL:bgreenhalgh.home@protonmail.com]]?"),
        ("agent", "Done. I'm also going to send a one-time code by text to the number ending in [[PHONE|p:%s]]." % ph[-4:]),
        ("customer", "Yep, that's my cell."),
        ("agent", f"You should have it now. It's good for ((duration:{g.dur(10, 15, 'minutes')}))."),
        ("customer", f"Got it, ((other:{g.digits(6)})). Okay, I'm in!"),
        ("agent", "Wonderful. Anything else today?"),
        ("customer", "No, that's everything."),
    ]


@case("asr")
def portal_proxy_for_child(g):
    hosp = g.acct_raw("@@######")
    dob = g.dob_raw()
    dob = (dob[0], dob[1], g.r.randint(2012, 2016))
    ph = g.phone_raw("ukm")
    return [
        ("agent", "hello patient online services [[NAME:oluwaseun]] speaking"),
        ("customer", "hi i'm trying to get proxy access for my son's account so i can see his appointments"),
        ("agent", "of course what's your son's name"),
        ("customer", "[[NAME:teodor]] [[NAME:wiśniewski]] that's [[NAME:w i s n i e w s k i]]"),
        ("agent", "and his date of birth"),
        ("customer", f"[[DOB:{g.dob(dob, 0)}]]"),
        ("agent", f"okay so he's ((other:{g.num(8, 11)})) and can you give me his hospital number it starts with two letters"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.acct(hosp)}]]"),
        ("agent", "thanks and your name as his parent"),
        ("customer", "[[NAME:marta wiśniewska]]"),
        ("agent", "and an email for the invite"),
        ("customer", "[[EMAIL:marta dot wisniewska at outlook dot com]] all one word except the dot"),
        ("agent", "[[EMAIL:marta dot wisniewska at outlook dot com]]"),
        ("customer", "that's it"),
        ("agent", f"and we text a code to the mobile we have for you is that [[PHONE:{g.phone(ph)}]]"),
        ("customer", "yeah that's right"),
        ("agent", f"brilliant the invite lasts ((duration:{g.dur(7, 7, 'days')})) and once you accept it you'll see everything until he turns ((other:{g.num(16, 16)}))"),
    ]


@case("asr")
def portal_registration_medicare_au(g):
    med = g.acct_raw("#### ##### #")
    pc = g.pc_raw("au")
    dob = g.dob_raw()
    hn = g.r.randint(2, 9)
    hn2 = g.r.randint(11, 60)
    return [
        ("agent", "you're speaking with [[NAME:hamish]] from the patient portal help line"),
        ("customer", "hi [[NAME:hamish]] i'm registering on the new portal and it won't match my details"),
        ("agent", "okay that usually means something's different to our records can i get your name"),
        ("customer", "[[NAME:priyanka raghunathan]]"),
        ("agent", "and your date of birth"),
        ("customer", f"[[DOB:{g.dob(dob, 1)}]]"),
        ("agent", "and what did you put for your medicare number"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.acct(med)}]] and the little number next to my name is ((other:{g.num(1, 5)}))"),
        ("agent", f"right so we've got your street as [[ADDRESS:{words(hn)} harcourt parade]] but you might've typed something else"),
        ("customer", f"oh i put unit nine we're actually [[ADDRESS:unit {words(hn)} {words(hn2)} harcourt parade]] [[POSTCODE|au:{g.pc(pc, 'au')}]]"),
        ("agent", "that'll be it the system wants it exactly like the medicare card let me fix our end"),
        ("customer", "sorry about that"),
        ("agent", f"not at all try again now and you should be able to book telehealth from ((time:{g.clock()})) tomorrow"),
        ("customer", "great it's letting me in"),
    ]


@case("asr")
def portal_callback_billing_question(g):
    ph = g.phone_raw("us")
    email_user = "leontyne.b"
    return [
        ("agent", f"hi is this [[NAME:leontyne]] this is [[NAME:curtis]] from portal support returning your call to [[PHONE:{g.phone(ph)}]]"),
        ("customer", "oh yes hi thanks for calling back"),
        ("agent", "you left a message saying you couldn't see your lab results"),
        ("customer", "right it says pending but my doctor already called me about them"),
        ("agent", f"okay and just to verify it's [[NAME:leontyne bradshaw]] and the email on the portal is [[EMAIL:{email_user.replace('.', ' dot ')} at yahoo dot com]]"),
        ("customer", "yes that's me"),
        ("agent", f"i see ((count:{g.num(4, 7)})) results from the ((date:{g.day(0)})) the doctor has to release them first but it's been ((duration:{g.dur(3, 6, 'days')}))"),
        ("customer", "so what do i do"),
        ("agent", "i'll message the clinic now and flag it as urgent"),
        ("customer", "okay and can you make sure my phone is the one they call"),
        ("agent", f"it's the one ending [[PHONE|p:{g.dg(ph[-4:])}]] on the chart so yes"),
        ("customer", "that's the right one"),
        ("agent", f"you should see them by ((time:{g.clock()})) tomorrow otherwise give us another ring"),
        ("customer", "will do thanks"),
    ]

# ---------------------------------------------------------------- car breakdown memberships
@case("asr")
def breakdown_hard_shoulder(g):
    mem = g.acct_raw("########")
    pc = g.pc_raw("uk")
    plate = g.acct_raw("@@## @@@")
    ph = g.phone_raw("ukm")
    return [
        ("agent", "breakdown assistance you're speaking to [[NAME:gethin]] are you and everyone with you in a safe place"),
        ("customer", "yeah we're behind the barrier up the bank it's just me and my daughter"),
        ("agent", "good that's the main thing can i take your membership number"),
        ("customer", f"um it's on the card hang on [[ACCOUNT_NUMBER#m:{g.dg(mem[:4])}]] uh [[ACCOUNT_NUMBER#m:{g.dg(mem[4:])}]]"),
        ("agent", f"thank you i've got [[NAME:nkechi adeyemi-barnes]] at [[ADDRESS:{g.num(3, 140)} cotterill avenue]] [[POSTCODE|uk:{g.pc(pc)}]] is that you"),
        ("customer", "that's me yeah"),
        ("agent", "and which vehicle are you in"),
        ("customer", f"the silver one [[ACCOUNT_NUMBER:{g.acct(plate)}]] it just lost all power"),
        ("agent", f"whereabouts are you roughly which junction did you pass last"),
        ("customer", f"we'd just gone past junction ((other:{g.num(10, 39)})) heading north maybe ((quantity:{g.num(2, 6)} miles)) after"),
        ("agent", f"okay i can see the marker post numbers on your side do you see a little blue sign with numbers on"),
        ("customer", f"it says ((other:{g.other(4)})) b"),
        ("agent", f"perfect that's pinned a patrol's ((duration:{g.dur(40, 70, 'minutes')})) away and they'll ring you on [[PHONE:{g.phone(ph)}]] when they're close"),
        ("customer", "yeah that's my mobile"),
        ("agent", "stay behind the barrier and don't go back to the car for anything"),
    ]


@case("transcript")
def breakdown_renewal_amex(g):
    mem = g.acct_raw("RM########")
    card = g.card("amex")
    b = g.blocks(card)
    e = g.expiry()
    cid = g.cvv(4)
    plate = g.acct_raw("@@## @@@")
    return [
        ("agent", "Good afternoon, membership renewals, Priya speaking.".replace("Priya", "[[NAME:Priya]]")),
        ("customer", "Hi, my roadside cover runs out on Friday and I want to renew but add home start."),
        ("agent", "Sure. Can I have the membership number, or the registration of the car it covers?"),
        ("customer", f"The reg is [[ACCOUNT_NUMBER:{plate}]]."),
        ("agent", f"Thanks. That brings up a membership for Mr Lionel Sutcliffe, number [[ACCOUNT_NUMBER:{mem}]].".replace("Lionel Sutcliffe", "[[NAME:Lionel Sutcliffe]]")),
        ("customer", "That's my dad, I'm his son, [[NAME:Ashley]]. I pay for it."),
        ("agent", "Okay, is Mr Sutcliffe there to give permission for me to speak to you?".replace("Sutcliffe", "[[NAME:Sutcliffe]]")),
        ("customer", "He's right here. Dad? ... He says yes, go ahead."),
        ("agent", f"Thank you. With home start it's ((price:{g.money(120, 190)})) for the year, up from ((price:{g.money(80, 115)})). Same card as last year?"),
        ("customer", "No, new one. It's an Amex."),
        ("agent", "Go ahead whenever you're ready."),
        ("customer", f"[[CARD_NUMBER#c:{b[0]}]], [[CARD_NUMBER#c:{b[1]}]], [[CARD_NUMBER#c:{b[2]}]]."),
        ("agent", "And the expiry date and the four-digit code on the front?"),
        ("customer", f"[[EXPIRY:{g.exp(e, 0)}]], and [[CVV:{cid}]]."),
        ("agent", f"Lovely. So that's the Amex ending [[CARD_NUMBER|p:{b[2][-4:]}]], expiring [[EXPIRY:{g.exp(e, 2)}]]. All renewed from ((date:{g.day(0)})) and the documents will come by e-mail."),
        ("customer", "Brilliant, thanks Priya.".replace("Priya", "[[NAME:Priya]]")),
    ]


@case("asr")
def breakdown_galway_eircode(g):
    mem = g.acct_raw("IE######")
    ec = g.pc_raw("ie")
    return [
        ("agent", "roadside rescue [[NAME:siobhán]] speaking how can i help"),
        ("customer", "hiya my car won't start i'm outside my sister's house in galway"),
        ("agent", "oh no okay have you got your membership number there"),
        ("customer", f"i do it's [[ACCOUNT_NUMBER:{g.acct(mem)}]]"),
        ("agent", "thanks and is that [[NAME:fionnuala ní bhriain]]"),
        ("customer", "that's me"),
        ("agent", "and what's the address where the car is now"),
        ("customer", f"it's [[ADDRESS:{g.num(2, 60)} bothar na mban]] in knocknacarra"),
        ("agent", "and the eircode if you have it"),
        ("customer", f"let me check her post [[POSTCODE#e|ie:{g.dg(ec[:3])}]] then [[POSTCODE#e|ie:{g.dg(ec[3:5])}]] ah what's that [[POSTCODE#e|ie:{g.dg(ec[5:])}]]"),
        ("agent", f"so that's [[POSTCODE|ie:{g.dg(ec)}]]"),
        ("customer", "that's it"),
        ("agent", f"lovely what happens when you turn the key"),
        ("customer", "just a clicking noise and the dash lights flicker"),
        ("agent", f"sounds like the battery a patrol will be with you in about ((duration:{g.dur(45, 80, 'minutes')})) and if it needs a new one they carry them from ((price:{g.money(110, 170, '€', cents=False)}))"),
        ("customer", "grand thanks a million"),
    ]


@case("asr")
def breakdown_upgrade_second_agent(g):
    mem = g.acct_raw("########")
    pc = g.pc_raw("uk")
    card = g.card("visa")
    b = g.blocks(card)
    wrong = g.wrong(b[2])
    e = g.expiry()
    cvv = g.cvv()
    return [
        ("agent", "hi there you're through to membership my colleague said you wanted to add european cover sorry but i'll need to take your details again"),
        ("customer", "i literally just gave them to the other fella"),
        ("agent", "i know i'm sorry it doesn't come across on our system what's the membership number"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.mix(mem)}]]"),
        ("agent", "and the postcode on the membership"),
        ("customer", f"[[POSTCODE|uk:{g.pc(pc)}]]"),
        ("agent", f"thank you mister [[NAME:oyelaran]] so european cover for a trip of ((duration:{g.dur(8, 21, 'days')})) is ((price:{g.money(40, 95)}))"),
        ("customer", "fine whatever let's just do it"),
        ("agent", "card number when you're ready"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[0])} {g.dg(b[1])}]] [[CARD_NUMBER#c|x:{g.dg(wrong)}]]"),
        ("agent", "mm-hmm"),
        ("customer", f"no sorry that third bit's [[CARD_NUMBER#c:{g.dg(b[2])}]] then [[CARD_NUMBER#c:{g.dg(b[3])}]]"),
        ("agent", f"okay so the third group is [[CARD_NUMBER|p:{g.dg(b[2])}]] not [[CARD_NUMBER|p,x:{g.dg(wrong)}]]"),
        ("customer", "yes"),
        ("agent", "expiry"),
        ("customer", f"[[EXPIRY:{g.exp(e, 2)}]]"),
        ("agent", "and the security code"),
        ("customer", f"[[CVV:{g.dg(cvv, homo=.5)}]]"),
        ("agent", f"that's done you're covered from the ((date:{g.day(0)})) and i've made a note so nobody asks for your number twice again"),
        ("customer", "appreciate that"),
    ]


@case("transcript")
def breakdown_canada_highway(g):
    mem = g.acct_raw("### ### ### #########")
    pc = g.pc_raw("ca")
    ph = g.phone_raw("us")
    return [
        ("agent", "Roadside assistance, this is Marc-André. Are you in a safe location?".replace("Marc-André", "[[NAME:Marc-André]]")),
        ("customer", "Yes, I'm pulled over on the shoulder. I've got a flat and the spare's flat too."),
        ("agent", "Okay. Can I get the member number from your card?"),
        ("customer", f"It's long. [[ACCOUNT_NUMBER:{mem}]]."),
        ("agent", "Thank you. And your name?"),
        ("customer", "[[NAME:Wren Takahashi-Muir]]."),
        ("agent", f"Thanks, Wren. I have your home as postal code [[POSTCODE|ca:{g.pc(pc)}]]. And a callback number?".replace("Thanks, Wren", "Thanks, [[NAME:Wren]]")),
        ("customer", f"[[PHONE:{g.phone(ph)}]]."),
        ("agent", "Where are you exactly?"),
        ("customer", f"Eastbound, about ((quantity:{g.num(8, 40)} km)) past the last exit, near a big billboard for a water park."),
        ("agent", f"Got it. A tow truck can be there in ((duration:{g.dur(50, 90, 'minutes')})). Your plan covers the first ((quantity:{g.num(100, 200)} kilometres)) of towing."),
        ("customer", "That's plenty, the tire place is in town."),
        ("agent", f"Great. The driver will call from a private number. Your service call number is ((other:{g.other(7)}))."),
        ("customer", "Okay, thanks Marc-André.".replace("Marc-André", "[[NAME:Marc-André]]")),
    ]


# ---------------------------------------------------------------- home warranties
@case("asr")
def warranty_water_heater_transfer(g):
    pol = g.acct_raw("HW-#######")
    zipc = g.pc_raw("us")
    ph = g.phone_raw("us")
    return [
        ("agent", "okay [[NAME:mrs gallagher]] i'm going to transfer you to claims and i'll introduce you first".replace("[[NAME:mrs gallagher]]", "mrs [[NAME:gallagher]]")),
        ("customer", "sure"),
        ("agent", f"hey [[NAME:tobias]] i have [[NAME:colleen gallagher]] contract [[ACCOUNT_NUMBER:{g.acct(pol)}]] at [[ADDRESS:{g.pairs(str(g.r.randint(1100, 9800)))} sandpiper lane]] [[POSTCODE|us:{g.pc(zipc)}]]"),
        ("agent", f"her water heater is leaking from the bottom it's a ((year:{g.yr(2009, 2016)})) unit and the model on the label is ((model_number:{g.model('GX', 3)}))"),
        ("agent", "ok [[NAME:colleen]] you're with [[NAME:tobias]] now"),
        ("agent", "hi [[NAME:colleen]] sorry about the leak is the water shut off"),
        ("customer", "yeah my husband turned the valve"),
        ("agent", "perfect so your plan has a service fee per visit do you want me to go over that"),
        ("customer", "please"),
        ("agent", f"it's ((price:{g.money(75, 125, '$', cents=False)})) and then water heaters are covered up to ((price:{g.money(1500, 2500, '$', cents=False)}))"),
        ("customer", "okay that's fine"),
        ("agent", f"and the best number for the plumber to reach you"),
        ("customer", f"my cell [[PHONE#p:{g.dg(ph[:3])}]] uh [[PHONE#p:{g.dg(ph[3:6])}]] [[PHONE#p:{g.dg(ph[6:])}]]"),
        ("agent", f"great your claim number is [[ACCOUNT_NUMBER:{g.dg(g.digits(8))}]] someone should call within ((duration:{g.dur(4, 24, 'hours')}))"),
        ("customer", "thank you"),
    ]


@case("transcript")
def warranty_new_plan_discover(g):
    card = g.card("disc")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    zipc = g.pc_raw("us")
    return [
        ("agent", "Thanks for choosing Keystone Home Shield, this is Dolores. Are you a current customer?".replace("Dolores", "[[NAME:Dolores]]")),
        ("customer", "No, we just closed on a house and the realtor said we should get a warranty."),
        ("agent", "Congratulations! What's the property address?"),
        ("customer", f"[[ADDRESS:{g.num(100, 9999)} Quillan Court, Unit {g.num(2, 30)}B]], [[POSTCODE|us:{zipc}]]."),
        ("agent", f"Is it a condo or a single-family home? Under ((quantity:{g.num(4000, 5000)} square feet))?"),
        ("customer", "Condo, way under."),
        ("agent", f"Great. The Gold plan is ((price:{g.money(40, 70, '$', per='/month')})) or ((price:{g.money(480, 700, '$', cents=False)})) a year if you pay up front."),
        ("customer", "Up front. Name is [[NAME:Yusuf Demirci]]."),
        ("agent", "Thank you, Mr [[NAME:Demirci]]. Card number?"),
        ("customer", f"It's a Discover, [[CARD_NUMBER#c:{b[0]} {b[1]}]]... sorry, my kid's yelling... [[CARD_NUMBER#c:{b[2]} {b[3]}]]."),
        ("agent", "No problem. Expiration and CVV?"),
        ("customer", f"[[EXPIRY:{g.exp(e, 3)}]], [[CVV:{cvv}]]."),
        ("agent", f"That's processed. Coverage starts after a ((duration:{g.dur(30, 30, 'day')})) waiting period, so from ((date:{g.day(1)}))."),
        ("customer", "Perfect, thanks."),
    ]


@case("asr")
def warranty_denied_claim_supervisor(g):
    pol = g.acct_raw("########")
    clm = g.acct_raw("C#######")
    ph = g.phone_raw("us")
    return [
        ("customer", "this is the third time i'm calling about the same claim my ac has been out for ((duration:{0}))".format(g.dur(9, 16, "days"))),
        ("agent", "i'm really sorry [[NAME:mr haddad]] i can see the notes on claim [[ACCOUNT_NUMBER:{0}]]".replace("[[NAME:mr haddad]]", "mr [[NAME:haddad]]").format(g.acct(clm))),
        ("customer", "then you can see they denied it for pre-existing when i bought the house with a brand new unit"),
        ("agent", "let me get my supervisor on with us one moment"),
        ("agent", "hi [[NAME:mr haddad]] my name is [[NAME:ximena]] i'm the supervisor [[NAME:brooke]] filled me in".replace("[[NAME:mr haddad]]", "mr [[NAME:haddad]]")),
        ("agent", f"just to confirm i'm on the right contract it's [[ACCOUNT_NUMBER:{g.acct(pol)}]] and the unit was installed in ((year:{g.yr(2019, 2023)}))"),
        ("customer", "right and i have the installer's invoice"),
        ("agent", "that changes things can you email it to us"),
        ("customer", "what's the address"),
        ("agent", "it's claims review at keystone shield dot com and put the claim number in the subject"),
        ("customer", f"okay and can you call me back on [[PHONE:{g.phone(ph)}]] when it's looked at"),
        ("agent", f"i'll do it myself and i'm putting an emergency override on it so you'll hear by ((time:{g.clock()})) tomorrow"),
        ("agent", f"so to sum up [[NAME:karim haddad]] contract [[ACCOUNT_NUMBER:{g.acct(pol)}]] callback on [[PHONE:{g.phone(ph)}]] denial under review"),
        ("customer", "thank you that's all i wanted"),
    ]


@case("asr")
def warranty_tech_callback(g):
    zipc = g.pc_raw("us")
    hn = g.r.randint(120, 980)
    return [
        ("agent", f"hi good morning this is [[NAME:renata]] calling from the service scheduling team for a [[NAME:mr abernethy]] at [[ADDRESS:{g.pairs(str(hn))} larkspur drive]]".replace("[[NAME:mr abernethy]]", "mr [[NAME:abernethy]]")),
        ("customer", "yeah that's me"),
        ("agent", f"great you put in a request for your dishwasher i just need to confirm the zip is [[POSTCODE|us:{g.pc(zipc)}]]"),
        ("customer", "correct"),
        ("agent", f"the technician can come ((date:{g.day(1)})) between ((time:{g.clock()})) and ((time:{g.clock()})) does that work"),
        ("customer", "it has to be in the afternoon i'm at work till lunchtime"),
        ("agent", "no problem i have an afternoon slot the day after would that be better"),
        ("customer", "yeah that's great"),
        ("agent", f"okay and just so you know there's a ((price:{g.money(65, 110, '$', cents=False)})) trade call fee payable to the tech on the day"),
        ("customer", "that's fine is there a gate code thing or anything they need"),
        ("agent", "you tell me [[NAME:mr abernethy]] is there".replace("[[NAME:mr abernethy]]", "mr [[NAME:abernethy]]")),
        ("customer", f"oh yeah it's ((other:{g.other(4)})) at the community gate"),
        ("agent", "i've added that to the job notes have a good day"),
    ]


@case("asr")
def warranty_ivr_contract_then_agent(g):
    con = g.digits(9)
    card = g.card("mc")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    zipc = g.pc_raw("us")
    return [
        ("ivr", "please enter or say your contract number"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.dg(con)}]]"),
        ("ivr", f"i heard [[ACCOUNT_NUMBER:{g.dg(con)}]] is that correct"),
        ("customer", "yes"),
        ("ivr", f"your monthly payment of ((price:{g.money(45, 80, '$')})) is past due to make a payment now say payment"),
        ("customer", "payment"),
        ("ivr", "please key in your card number followed by the pound key"),
        ("ivr", f"you entered a card ending in [[CARD_NUMBER|p:{g.dg(b[3])}]] please key in the expiry date"),
        ("ivr", f"you entered [[EXPIRY:{g.exp(e, 0)}]] please key in the security code"),
        ("ivr", "sorry the payment was not successful please hold for an agent"),
        ("agent", "hi thanks for holding it's [[NAME:jerome]] i can see the payment didn't go through can i have the name on the contract"),
        ("customer", "[[NAME:oksana petrenko]]"),
        ("agent", f"and the billing zip for the card"),
        ("customer", f"[[POSTCODE|us:{g.pc(zipc)}]] that's probably what was wrong i moved"),
        ("agent", "okay let's try again with you reading it to me just the card number first"),
        ("customer", f"[[CARD_NUMBER#k:{g.dg(b[0])}]] [[CARD_NUMBER#k:{g.dg(b[1])}]] [[CARD_NUMBER#k:{g.dg(b[2])}]] [[CARD_NUMBER#k:{g.dg(b[3])}]]"),
        ("agent", "and the three digit code"),
        ("customer", f"[[CVV:{g.dg(cvv)}]]"),
        ("agent", "that one went through you're all caught up"),
    ]

# ---------------------------------------------------------------- satellite TV
@case("asr")
def satellite_eircode_fix_and_pay(g):
    acc = g.acct_raw("#########")
    ec_old = g.pc_raw("ie")
    ec_new = g.pc_raw("ie")
    card = g.card("mc")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    return [
        ("agent", "hello you're through to [[NAME:darragh]] in accounts can i get your account number please"),
        ("customer", f"yeah hi it's [[ACCOUNT_NUMBER:{g.acct(acc, homo=.3)}]]"),
        ("agent", "thanks and the name on the account"),
        ("customer", "[[NAME:aoife kinsella]]"),
        ("agent", f"grand [[NAME:aoife]] your eircode on file is [[POSTCODE|ie:{g.pc(ec_old)}]] but the post keeps coming back to us"),
        ("customer", f"ah that's wrong that's my old place the new one is [[POSTCODE#n|ie:{g.dg(ec_new[:3])}]] sorry [[POSTCODE#n|ie:{g.dg(ec_new[3:])}]]"),
        ("agent", f"so [[POSTCODE|ie:{g.dg(ec_new)}]] yeah"),
        ("customer", "yep"),
        ("agent", f"sorted now there's ((price:{g.money(60, 140, '€')})) outstanding from the last ((count:{g.num(2, 3)})) bills do you want to clear that"),
        ("customer", "go on so mastercard"),
        ("customer", f"[[CARD_NUMBER#c:{g.pairs(b[0])} {g.pairs(b[1])}]] [[CARD_NUMBER#c:{g.pairs(b[2])}]] um [[CARD_NUMBER#c:{g.dg(b[3])}]]"),
        ("agent", "expiry date"),
        ("customer", f"[[EXPIRY:{g.exp(e, 1)}]]"),
        ("agent", "and the three at the back"),
        ("customer", f"[[CVV:{g.dg(cvv)}]]"),
        ("agent", f"that's paid and you're back to ((price:{g.money(30, 65, '€', per=' a month')})) from next month"),
    ]


@case("asr")
def satellite_dish_realign(g):
    acc = g.acct_raw("##########")
    pc = g.pc_raw("uk")
    ph = g.phone_raw("geo")
    hn = g.r.randint(2, 80)
    return [
        ("agent", "good evening technical support [[NAME:kwabena]] speaking"),
        ("customer", "hiya since the storm last night half the channels say no signal"),
        ("agent", "ah yeah we've had a lot of those today it's usually the dish gets knocked can i take the account number"),
        ("customer", f"i don't have it to hand can you find me another way"),
        ("agent", "sure what's the postcode and the first line of the address"),
        ("customer", f"it's [[POSTCODE|uk:{g.pc(pc)}]] and it's [[ADDRESS:{words(hn)} marlowe gardens]]"),
        ("agent", f"thanks is that [[NAME:mr]] sorry [[NAME:mrs tamsin quayle]]".replace("[[NAME:mr]]", "mr").replace("[[NAME:mrs tamsin quayle]]", "mrs [[NAME:tamsin quayle]]")),
        ("customer", "yes that's me"),
        ("agent", f"right i can book an engineer the earliest is ((date:{g.day(0)})) either ((time:{g.clock()})) to ((time:{g.clock()})) or an afternoon"),
        ("customer", "morning's fine"),
        ("agent", f"and what's the best number on the day is it still the landline [[PHONE:{g.phone(ph)}]]"),
        ("customer", "yeah we still have it somehow"),
        ("agent", f"great the visit's free because it's weather related normally it'd be ((price:{g.money(45, 75)}))"),
        ("customer", "oh that's good"),
        ("agent", f"your booking reference is [[ACCOUNT_NUMBER:{g.acct(acc)}]] if you need to change it"),
    ]


@case("transcript")
def satellite_cancel_sports(g):
    acc = g.acct_raw("########")
    return [
        ("agent", "Retentions, you're speaking to Hollie. Can I start with your account number?".replace("Hollie", "[[NAME:Hollie]]")),
        ("customer", f"[[ACCOUNT_NUMBER:{acc}]]."),
        ("agent", "And your name and the e-mail address we have on file?"),
        ("customer", "Rhodri Pemberton-Evans, and it's rhodri.pe@btinternet.com.".replace("Rhodri Pemberton-Evans", "[[NAME:Rhodri Pemberton-Evans]]").replace("rhodri.pe@btinternet.com", "[[EMAIL:rhodri.pe@btinternet.com]]")),
        ("agent", "Thanks, Rhodri. How can I help today?".replace("Rhodri", "[[NAME:Rhodri]]")),
        ("customer", "I want to drop the sports package. I only got it for the cricket and that's finished."),
        ("agent", f"Understood. You're paying ((price:{g.money(25, 35)})) a month for sports. I can offer ((percentage:{g.pct()})) off for the next ((duration:{g.dur(6, 12, 'months')})) if you keep it."),
        ("customer", "No, honestly I won't watch it."),
        ("agent", f"No problem. It'll be removed at the end of your billing month, on ((date:{g.day(0)})). Your new bill will be ((price:{g.money(28, 44)}))."),
        ("customer", "Great. Will I get something in writing?"),
        ("agent", "Yes, a confirmation will go to rhodri.pe@btinternet.com within the hour.".replace("rhodri.pe@btinternet.com", "[[EMAIL:rhodri.pe@btinternet.com]]")),
        ("customer", "Thanks."),
        ("agent", "And just so you know, if you change your mind, there's a free ((duration:{0})) trial available again from next season.".format(g.dur(7, 14, "day"))),
        ("customer", "I'll bear it in mind."),
    ]


@case("asr")
def satellite_boxing_ppv_declined(g):
    acc = g.acct_raw("#########")
    c1 = g.card("visa")
    b1 = g.blocks(c1)
    c2 = g.card("mc2")
    b2 = g.blocks(c2)
    e1 = g.expiry()
    e2 = g.expiry()
    cvv1 = g.cvv()
    cvv2 = g.cvv()
    return [
        ("customer", "i'm trying to buy the fight for saturday and it keeps saying card declined on the box"),
        ("agent", "okay let's do it over the phone then can i take your name and account number"),
        ("customer", f"[[NAME:lamar whitfield]] and it's [[ACCOUNT_NUMBER:{g.dg(acc)}]]"),
        ("agent", f"thanks [[NAME:lamar]] the event's ((price:{g.money(19, 25)})) and starts at ((time:{g.clock()})) which card is it"),
        ("customer", f"[[CARD_NUMBER#a:{g.dg(b1[0])} {g.dg(b1[1])} {g.dg(b1[2])} {g.dg(b1[3])}]]"),
        ("agent", "and the expiry and security code"),
        ("customer", f"[[EXPIRY:{g.exp(e1, 0)}]] and [[CVV:{g.dg(cvv1)}]]"),
        ("agent", f"hmm i'm getting a decline on the one ending [[CARD_NUMBER|p:{g.dg(b1[3])}]] as well it might be your bank blocking it"),
        ("customer", "typical hang on i'll get my other card"),
        ("customer", f"right [[CARD_NUMBER#b:{g.dg(b2[0])} {g.dg(b2[1])}]] hold on [[CARD_NUMBER#b:{g.dg(b2[2])} {g.dg(b2[3])}]]"),
        ("agent", f"just reading it back [[CARD_NUMBER:{g.dg(b2[0])} {g.dg(b2[1])} {g.dg(b2[2])} {g.dg(b2[3])}]]"),
        ("customer", "yep"),
        ("agent", "expiry on this one"),
        ("customer", f"[[EXPIRY:{g.exp(e2, 2)}]] code [[CVV:{g.dg(cvv2)}]]"),
        ("agent", "that's gone through turn your box off at the plug and on again and it'll be on channel ((other:{0}))".format(g.num(400, 499))),
        ("customer", "sweet cheers"),
    ]


@case("asr")
def satellite_move_house_us(g):
    acc = g.acct_raw("8###########")
    z1 = g.pc_raw("us")
    z2 = g.pc_raw("us")
    ssn = g.ssn_raw()
    return [
        ("agent", "thanks for calling skyway dish my name is [[NAME:august]] how can i help"),
        ("customer", "we're moving next month and i want to take the service with us"),
        ("agent", "happy to help with that can i verify the last four of the account holder's social"),
        ("customer", f"[[SSN|p:{g.dg(ssn[5:])}]]"),
        ("agent", f"and i have the service address as [[ADDRESS:{g.pairs(str(g.r.randint(1200, 8800)))} tamarack way]] [[POSTCODE|us:{g.pc(z1)}]]"),
        ("customer", "that's the old one yeah"),
        ("agent", "and where are you moving to"),
        ("customer", f"[[ADDRESS:{g.pairs(str(g.r.randint(200, 990)))} north juniper road]] it's in the same county the zip's [[POSTCODE|us:{g.pc(z2)}]]"),
        ("agent", "and is that a house or an apartment because that matters for the dish"),
        ("customer", "a house with a big yard facing south"),
        ("agent", f"perfect we can do the install on ((date:{g.day(1)})) there's normally a ((price:{g.money(99, 149, '$', cents=False)})) relocation fee but i'll waive it"),
        ("customer", "oh awesome thanks [[NAME:august]]"),
        ("agent", f"and can i confirm the account number i'm putting the notes on [[ACCOUNT_NUMBER:{g.acct(acc)}]]"),
        ("customer", "i have no idea but sure"),
    ]


# ---------------------------------------------------------------- mobile phone insurance
@case("transcript")
def phone_insurance_cracked_screen_au(g):
    pol = g.acct_raw("MPI-######")
    card = g.card("amex")
    b = g.blocks(card)
    e = g.expiry()
    cid = g.cvv(4)
    pc = g.pc_raw("au")
    dob = g.dob_raw()
    return [
        ("agent", "G'day, device claims, you're talking to Shannon.".replace("Shannon", "[[NAME:Shannon]]")),
        ("customer", "Hi Shannon, I dropped my phone at the footy and the screen's completely shattered.".replace("Shannon", "[[NAME:Shannon]]")),
        ("agent", "Oh no. Let's get a claim started. Policy number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{pol}]]."),
        ("agent", f"Thanks. And to verify, your date of birth?"),
        ("customer", f"[[DOB:{g.dob(dob, 1)}]]."),
        ("agent", f"Thank you, Mr Ferreira. Can you read me the IMEI? Dial star hash zero six hash.".replace("Mr Ferreira", "Mr [[NAME:Ferreira]]")),
        ("customer", f"It says ((other:{g.track(15)}))."),
        ("agent", f"Great, that matches. The excess for a screen is ((price:{g.money(99, 149, '$', cents=False)})). How would you like to pay?"),
        ("customer", f"Amex. [[CARD_NUMBER#c:{b[0]} {b[1]} {b[2]}]], expiry [[EXPIRY:{g.exp(e, 0)}]], code on the front is [[CVV:{cid}]]."),
        ("agent", "Got it. And we'll send a courier bag. Still at the address in Fremantle?"),
        ("customer", f"Yep, [[ADDRESS:{g.num(2, 120)} Marmion Street]], [[POSTCODE|au:{pc}]]."),
        ("agent", f"Lovely. Bag arrives in ((duration:{g.dur(1, 3, 'business days')})), repair takes about ((duration:{g.dur(5, 7, 'days')})) after we receive it."),
        ("customer", "Beauty, thanks."),
    ]


@case("asr")
def phone_insurance_stolen_uk(g):
    pol = g.acct_raw("@@#######")
    ph = g.phone_raw("ukm")
    ni = g.nino_raw()
    return [
        ("agent", "hi you're through to [[NAME:ravi]] at gadget cover you're reporting a theft is that right"),
        ("customer", "yeah someone snatched it off the table in a cafe about ((duration:an hour)) ago".replace("((duration:an hour))", "an hour")),
        ("agent", "i'm sorry that's horrible have you reported it to the police yet"),
        ("customer", f"yeah they gave me a crime number [[ACCOUNT_NUMBER:{g.acct(g.acct_raw('@@/#####/##').replace('/', ''))}]]"),
        ("agent", "thank you and what's the number of the phone that was taken"),
        ("customer", f"[[PHONE:{g.phone(ph)}]]"),
        ("agent", f"okay i've found your policy [[ACCOUNT_NUMBER:{g.acct(pol)}]] under [[NAME:ebony achterberg]] is that you"),
        ("customer", "yeah"),
        ("agent", "for theft claims we need one more piece of id can you give me your national insurance number"),
        ("customer", f"[[SSN#n|ni:{g.dg(ni[:2])}]] um [[SSN#n|ni:{g.dg(ni[2:8])}]] [[SSN#n|ni:{g.dg(ni[8:])}]]"),
        ("agent", f"great i'll put a block on the handset with the networks and your excess for theft is ((price:{g.money(100, 175)}))"),
        ("customer", "do i pay that now"),
        ("agent", "no we take it when the replacement's approved usually a day or two"),
        ("customer", "okay thanks [[NAME:ravi]]"),
    ]


@case("asr")
def phone_insurance_spouse_reads_card(g):
    ph = g.phone_raw("us")
    card = g.card("visa")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    return [
        ("agent", "thank you for calling device protect this is [[NAME:faisal]] who am i speaking with"),
        ("customer", "hi it's [[NAME:jolene]] [[NAME:mccaffrey]] i want to add insurance to my new phone"),
        ("agent", f"sure what's the mobile number on the line"),
        ("customer", f"[[PHONE:{g.phone(ph)}]]"),
        ("agent", f"okay the premium for that model is ((price:{g.money(9, 17, '$', per=' a month')})) with a ((price:{g.money(99, 199, '$', cents=False)})) deductible"),
        ("customer", "fine my husband has the card give me a second"),
        ("customer", "[[NAME:duane]] read it out loud he's on speaker"),
        ("customer", f"uh okay [[CARD_NUMBER#c:{g.dg(b[0])}]] [[CARD_NUMBER#c:{g.dg(b[1], homo=.5)}]]"),
        ("agent", "go ahead"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[2])}]] is that a six or a zero [[NAME:jo]] yeah zero [[CARD_NUMBER#c:{g.dg(b[3])}]]"),
        ("agent", "and the expiration date on it"),
        ("customer", f"[[EXPIRY:{g.exp(e, 0)}]]"),
        ("agent", "security code on the back"),
        ("customer", f"he says [[CVV:{g.dg(cvv)}]]"),
        ("agent", f"alright you're covered starting today on the phone ending [[PHONE|p:{g.dg(ph[-4:])}]] and the card ending [[CARD_NUMBER|p:{g.dg(b[3])}]]"),
        ("customer", "thank you"),
    ]


@case("asr")
def phone_insurance_claim_status_ca(g):
    clm = g.acct_raw("CL-########")
    pc_wrong = g.pc_raw("ca")
    pc = g.pc_raw("ca")
    hn = g.r.randint(20, 400)
    return [
        ("agent", "claims status [[NAME:yannick]] speaking"),
        ("customer", f"hi i'm checking on a claim [[ACCOUNT_NUMBER:{g.acct(clm)}]]"),
        ("agent", "thanks and your name"),
        ("customer", "[[NAME:harpreet dhaliwal]]"),
        ("agent", f"okay [[NAME:harpreet]] it's approved and the replacement ships today to [[ADDRESS:{g.pairs(str(hn))} lakeshore boulevard west suite {g.num(300, 999)}]] [[POSTCODE|ca:{g.pc(pc_wrong)}]]"),
        ("customer", "wait that postal code's not right"),
        ("agent", "what should it be"),
        ("customer", f"[[POSTCODE#p|ca:{g.dg(pc[:3])}]] [[POSTCODE#p|ca:{g.dg(pc[3:])}]]"),
        ("agent", f"got it so [[POSTCODE|ca:{g.dg(pc)}]] i'll fix it before it ships"),
        ("customer", "thank goodness i'd have never seen it"),
        ("agent", f"it'll come with a prepaid return label for the old phone you have ((duration:{g.dur(14, 30, 'days')})) to send it back or there's a ((price:{g.money(150, 300, '$', cents=False)})) non-return fee"),
        ("customer", "got it"),
    ]


@case("transcript")
def phone_insurance_ivr_then_agent_uk(g):
    pol = g.acct_raw("########")
    card = g.card("visa")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    return [
        ("ivr", "To pay your excess, please enter your eight-digit policy number."),
        ("ivr", f"Thank you. You entered [[ACCOUNT_NUMBER:{' '.join(pol)}]]."),
        ("ivr", "Please enter your sixteen-digit card number."),
        ("ivr", f"You entered [[CARD_NUMBER:{' '.join(b[0])}, {' '.join(b[1])}, {' '.join(b[2])}, {' '.join(b[3])}]]. If this is correct, press one."),
        ("ivr", "Please enter the expiry date, month then year."),
        ("ivr", "Sorry, I didn't get that. Transferring you to an adviser."),
        ("agent", "Hello, Kerry-Ann speaking, I can see you were halfway through paying. Can I take your name?".replace("Kerry-Ann", "[[NAME:Kerry-Ann]]")),
        ("customer", "It's Dmitri Vasquez. My phone keypad's broken, that's the whole problem, I'm using my wife's.".replace("Dmitri Vasquez", "[[NAME:Dmitri Vasquez]]")),
        ("agent", "Ha, of course. I'll need you to read the card to me, I'm afraid I can't see what you keyed."),
        ("customer", f"Fine. [[CARD_NUMBER#k:{b[0]} {b[1]}]], [[CARD_NUMBER#k:{b[2]} {b[3]}]]."),
        ("agent", "Expiry?"),
        ("customer", f"[[EXPIRY:{g.exp(e, 0)}]]."),
        ("agent", "And the three-digit code?"),
        ("customer", f"[[CVV:{cvv}]]."),
        ("agent", f"Thank you, Mr [[NAME:Vasquez]]. That's ((price:{g.money(50, 95, cents=False)})) taken, receipt number ((other:{g.other(8)}))."),
    ]

# ---------------------------------------------------------------- courier claims
@case("asr")
def courier_lost_parcel_ca(g):
    clm = g.acct_raw("########")
    pc = g.pc_raw("ca")
    ph = g.phone_raw("us")
    return [
        ("agent", "parcel claims this is [[NAME:nadia]] do you have a tracking number"),
        ("customer", f"yes it's ((other:{g.track(16)}))"),
        ("agent", f"okay it shows delivered to a mailbox ((duration:{g.dur(2, 4, 'days')})) ago"),
        ("customer", "well it's not in my mailbox and none of my neighbours have it"),
        ("agent", "i'm sorry let me open a claim what's your name"),
        ("customer", "[[NAME:szymon]] [[NAME:krawczyk]] the last name is [[NAME:k r a w c z y k]]"),
        ("agent", "and the delivery postal code"),
        ("customer", f"[[POSTCODE#p|ca:{g.dg(pc[:3])}]] uh [[POSTCODE#p|ca:{g.dg(pc[3:])}]]"),
        ("agent", f"and what was in it and what was it worth"),
        ("customer", f"a pair of boots ((price:{g.money(140, 260, '$')})) and it weighed maybe ((quantity:{g.num(2, 4)} kilos))"),
        ("agent", f"okay your claim number is [[ACCOUNT_NUMBER:{g.dg(clm)}]] and a phone number for the investigator"),
        ("customer", f"[[PHONE:{g.phone(ph)}]]"),
        ("agent", f"they'll be in touch in ((duration:{g.dur(3, 5, 'business days')})) thanks [[NAME:szymon]]"),
    ]


@case("asr")
def courier_damaged_vase_uk(g):
    pc_s = g.pc_raw("uk")
    pc_r = g.pc_raw("uk")
    clm = g.acct_raw("DC######")
    return [
        ("customer", "hello i sent a vase to my niece and it arrived in about forty pieces".replace("forty", "a hundred")),
        ("agent", "oh dear i'm sorry to hear that i'm [[NAME:morwenna]] i'll take the details did you take photos"),
        ("customer", "she did yes"),
        ("agent", f"good and what's the waybill number on your receipt"),
        ("customer", f"((other:{g.track(14, 'JD')}))"),
        ("agent", "thanks and you're the sender"),
        ("customer", f"i am [[NAME:pauline ashworth]] [[ADDRESS:{g.num(2, 90)} kestrel rise]] [[POSTCODE|uk:{g.pc(pc_s)}]]"),
        ("agent", "and your niece's name and address"),
        ("customer", f"[[NAME:imogen ashworth-lowe]] it's [[ADDRESS:flat {g.num(1, 12)} the maltings {g.num(2, 40)} brewery yard]] [[POSTCODE|uk:{g.pc(pc_r)}]]"),
        ("agent", f"and what did you declare it at"),
        ("customer", f"((price:{g.money(60, 120)})) it was my mother's"),
        ("agent", f"oh that's a shame the standard cover is up to ((price:{g.money(20, 25, cents=False)})) did you add extra cover"),
        ("customer", "i ticked the box yes"),
        ("agent", f"then you're covered your claim reference is [[ACCOUNT_NUMBER:{g.acct(clm)}]] and we aim to decide within ((duration:{g.dur(10, 14, 'working days')}))"),
    ]


@case("transcript")
def courier_refund_to_card_us(g):
    card_last = g.card("visa")[-4:]
    clm = g.acct_raw("#########")
    return [
        ("agent", "Claims resolution, this is Jamal. How can I help?".replace("Jamal", "[[NAME:Jamal]]")),
        ("customer", "Hi, I got an e-mail that my claim was approved but I haven't seen any money."),
        ("agent", "Let me check. What's the claim number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{clm}]]."),
        ("agent", "And your name and the e-mail you filed it under?"),
        ("customer", "Beatriz Okonkwo-Lindqvist, beatriz.ol@gmail.com.".replace("Beatriz Okonkwo-Lindqvist", "[[NAME:Beatriz Okonkwo-Lindqvist]]").replace("beatriz.ol@gmail.com", "[[EMAIL:beatriz.ol@gmail.com]]")),
        ("agent", f"Thanks. It was approved for ((price:{g.money(80, 300, '$')})) and refunded to the card you paid shipping with, ending [[CARD_NUMBER|p:{card_last}]]."),
        ("customer", "Oh, that card's closed. I replaced it last month."),
        ("agent", f"That's fine, a refund to a closed card usually bounces back to us in ((duration:{g.dur(5, 10, 'business days')})). Then we can mail a check."),
        ("customer", "Can you send it to a different card?"),
        ("agent", "Unfortunately not once it's issued. But I'll put a note to mail the check as soon as it bounces."),
        ("customer", "Okay. What address will it go to?"),
        ("agent", f"The one on the claim: [[ADDRESS:{g.num(100, 9999)} Osprey Hollow, Apt {g.num(2, 40)}]]. Is that right?"),
        ("customer", "Yes."),
    ]


@case("asr")
def courier_claim_au_unit(g):
    pc = g.pc_raw("au")
    clm = g.acct_raw("#######")
    u = g.r.randint(2, 30)
    hn = g.r.randint(10, 200)
    return [
        ("agent", "you're through to [[NAME:tahlia]] in customer care"),
        ("customer", "hi yeah my parcel was left out in the rain and everything's ruined"),
        ("agent", "oh no that's no good do you have the consignment number"),
        ("customer", f"((other:{g.track(13)}))"),
        ("agent", "thank you and who am i speaking with"),
        ("customer", "[[NAME:bronwyn o'halloran]]"),
        ("agent", f"thanks [[NAME:bronwyn]] i've got it going to [[ADDRESS:{words(u)} stroke {words(hn)} ballarat road]] is that a unit"),
        ("customer", f"yeah unit {words(u)} postcode [[POSTCODE|au:{g.pc(pc, 'au')}]] the driver left it at the gate instead of the letterbox room".replace(f"yeah unit {words(u)}", f"yeah [[ADDRESS:unit {words(u)} {words(hn)} ballarat road]]")),
        ("agent", f"i'm opening a claim now [[ACCOUNT_NUMBER:{g.dg(clm)}]] can you email us photos"),
        ("customer", "sure what's the email"),
        ("agent", "it's on the text we'll send you in a minute just reply with the photos"),
        ("customer", f"okay and how long does it take"),
        ("agent", f"normally about ((duration:{g.dur(5, 10, 'days')})) and the sender's cover was ((price:{g.money(100, 300, '$', cents=False)}))"),
    ]


@case("asr")
def courier_claim_warm_transfer_uk(g):
    acc = g.acct_raw("AC-######")
    pc = g.pc_raw("uk")
    ph = g.phone_raw("lon")
    return [
        ("agent", "okay i'm going to put you through to the business claims desk they'll sort the compensation stay on the line"),
        ("customer", "okay"),
        ("agent", f"hi [[NAME:anneliese]] it's [[NAME:dev]] i've got [[NAME:mr cosmin radu]] from radu joinery business account [[ACCOUNT_NUMBER:{g.acct(acc)}]]".replace("[[NAME:mr cosmin radu]]", "mr [[NAME:cosmin radu]]").replace("from radu joinery", "from the joinery")),
        ("agent", f"((count:{g.num(3, 6)})) pallets collected from [[ADDRESS:unit {g.num(2, 20)} fennimore trading estate]] [[POSTCODE|uk:{g.pc(pc)}]] ((count:one)) never arrived".replace("((count:one))", "one of them")),
        ("agent", f"best contact is [[PHONE:{g.phone(ph)}]] i'll leave you to it"),
        ("agent", "thanks [[NAME:dev]] hello [[NAME:mr radu]] sorry about this".replace("[[NAME:mr radu]]", "mr [[NAME:radu]]")),
        ("customer", "it's the second time this year"),
        ("agent", "i can see that what was on the missing pallet"),
        ("customer", f"kitchen doors about ((quantity:{g.num(180, 320)} kilos)) worth ((price:{g.money(2000, 4500, cents=False)}))"),
        ("agent", f"your contract covers up to ((price:{g.money(1000, 1500, cents=False)})) per pallet but as it's a repeat i'm going to escalate it"),
        ("customer", "i'd appreciate that"),
        ("agent", f"i'll call you on the same number by ((time:{g.clock()})) on ((date:{g.day(0)}))"),
    ]


# ---------------------------------------------------------------- student housing
@case("asr")
def student_halls_deposit_parent(g):
    sid = g.acct_raw("########")
    card = g.card("visa")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    pc = g.pc_raw("uk")
    return [
        ("agent", "accommodation office [[NAME:lowri]] speaking"),
        ("customer", "hi i'm calling to pay my daughter's deposit for her room"),
        ("agent", "lovely what's her student number"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.dg(sid)}]]"),
        ("agent", f"so that's [[NAME:zainab]] [[NAME:chaudhry]] in room ((other:{g.other(3)})) at the new halls"),
        ("customer", "yes i'm her mum [[NAME:saima]]"),
        ("agent", f"hi [[NAME:saima]] the deposit's ((price:{g.money(200, 350, cents=False)})) and the first instalment of rent ((price:{g.money(1500, 2400)})) is due ((date:{g.day(1)}))"),
        ("customer", "just the deposit today please"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[0])} {g.dg(b[1])}]] [[CARD_NUMBER#c:{g.dg(b[2])}]] and [[CARD_NUMBER#c:{g.dg(b[3])}]]"),
        ("agent", "expiry"),
        ("customer", f"[[EXPIRY:{g.exp(e, 0)}]]"),
        ("agent", "and the three digits"),
        ("customer", f"[[CVV:{g.dg(cvv, homo=.5)}]]"),
        ("agent", f"and the billing postcode for the card"),
        ("customer", f"[[POSTCODE|uk:{g.pc(pc)}]]"),
        ("agent", "that's all paid she'll get her key at the welcome desk on arrival day"),
    ]


@case("transcript")
def student_housing_guarantor_intl(g):
    ni = g.nino_raw()
    dob = g.dob_raw()
    ref = g.acct_raw("SH-#####")
    return [
        ("agent", "Hello, Elmfield Student Living, Connor speaking.".replace("Connor", "[[NAME:Connor]]")),
        ("customer", "Hello, I'm calling for my son Haoran, he's starting in September and needs a UK guarantor.".replace("Haoran", "[[NAME:Haoran]]")),
        ("agent", "Of course. Can I have the booking reference?"),
        ("customer", f"[[ACCOUNT_NUMBER:{ref}]]."),
        ("agent", "Thank you. That's Haoran Zhou, studio on the third floor.".replace("Haoran Zhou", "[[NAME:Haoran Zhou]]").replace("third floor", "top floor")),
        ("customer", "Yes. My cousin in Manchester agreed to be the guarantor. Her name is Li Wenjing.".replace("Li Wenjing", "[[NAME:Li Wenjing]]")),
        ("agent", "Perfect. She'll need to fill in the form, and we'll need her National Insurance number and date of birth."),
        ("customer", f"I have them here. National Insurance [[SSN|ni:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]], born [[DOB:{g.dob(dob, 0)}]]."),
        ("agent", f"Great. Alternatively, there's a guarantor service that costs ((percentage:{g.pct()})) of the annual rent."),
        ("customer", "No, the cousin is fine."),
        ("agent", "Okay. I'll e-mail the form to the address on the booking. Does she have an e-mail?"),
        ("customer", "wenjing.li.mcr@hotmail.co.uk.".replace("wenjing.li.mcr@hotmail.co.uk", "[[EMAIL:wenjing.li.mcr@hotmail.co.uk]]")),
        ("agent", f"Got it. She has ((duration:{g.dur(14, 14, 'days')})) to sign it."),
    ]


@case("asr")
def student_housing_dublin_visa(g):
    ref = g.acct_raw("DUB######")
    ec = g.pc_raw("ie")
    card = g.card("visa")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    return [
        ("agent", "hi you've reached campus residences my name is [[NAME:cillian]]"),
        ("customer", "hey i have a booking and i need to pay the balance before i can get my keys"),
        ("agent", "no bother booking reference"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.acct(ref)}]]"),
        ("agent", f"thanks that's [[NAME:océane]] [[NAME:marchetti]] your balance is ((price:{g.money(1200, 3100, '€')}))"),
        ("customer", "yes that's me"),
        ("agent", "card when you're ready"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[0])}]] [[CARD_NUMBER#c:{g.dg(b[1])}]] sorry my english numbers [[CARD_NUMBER#c:{g.dg(b[2])}]] [[CARD_NUMBER#c:{g.dg(b[3])}]]"),
        ("agent", f"your english numbers are perfect i'll read them back [[CARD_NUMBER:{g.dg(b[0])} {g.dg(b[1])} {g.dg(b[2])} {g.dg(b[3])}]]"),
        ("customer", "yes correct"),
        ("agent", "expiry date and security code"),
        ("customer", f"[[EXPIRY:{g.exp(e, 0)}]] and [[CVV:{g.dg(cvv)}]]"),
        ("agent", "and the eircode of your home address in ireland if you have one"),
        ("customer", "i don't have one yet i'm from lyon"),
        ("agent", f"that's grand i'll put the residence one [[POSTCODE|ie:{g.pc(ec)}]]"),
        ("agent", f"all paid you can collect keys from ((time:{g.clock()})) at reception"),
    ]


@case("asr")
def student_residence_canada(g):
    sid = g.acct_raw("#########")
    pc = g.pc_raw("ca")
    ph = g.phone_raw("us")
    return [
        ("agent", "residence life good afternoon [[NAME:simone]] speaking"),
        ("customer", "hi i'm calling about a maintenance issue in my room the heater isn't working"),
        ("agent", "okay which building and room"),
        ("customer", f"tower b room ((other:{g.other(4)}))".replace("tower b", "north tower")),
        ("agent", "and your student number"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.mix(sid)}]]"),
        ("agent", "got it [[NAME:mateo]] right"),
        ("customer", "yeah [[NAME:mateo]] [[NAME:quispe]]"),
        ("agent", f"okay a technician can come ((date:{g.day(1)})) is it really cold"),
        ("customer", f"it's like ((other:{g.num(12, 15)} degrees)) in here"),
        ("agent", "yikes i'll mark it urgent in the meantime you can grab a space heater from the front desk"),
        ("customer", f"thanks can they text me when they're coming [[PHONE:{g.phone(ph)}]]"),
        ("agent", f"sure and your mailing postal code for the work order is still [[POSTCODE|ca:{g.pc(pc)}]]"),
        ("customer", "yes that's the residence one"),
    ]


@case("asr")
def student_accom_au_restart(g):
    sid = g.acct_raw("#######")
    card = g.card("mc")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    return [
        ("agent", "uni lodge you're speaking with [[NAME:kirra]]"),
        ("customer", "hi i need to pay my rent for the next fortnight"),
        ("agent", "sure thing your student id"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.dg(sid)}]]"),
        ("agent", f"thanks [[NAME:thanh huong]] you're in ((other:{g.other(3)})) and it's ((price:{g.money(380, 620, '$')})) for the fortnight"),
        ("customer", "yep that's right"),
        ("customer", f"[[CARD_NUMBER#c|x:{g.dg(b[0])} {g.dg(b[1][:2])}]] oh hang on that's my old card"),
        ("customer", "sorry new one"),
        ("agent", "no worries"),
        ("customer", f"it starts the same [[CARD_NUMBER#c:{g.dg(b[0])} {g.dg(b[1])}]] then [[CARD_NUMBER#c:{g.dg(b[2])} {g.dg(b[3])}]]"),
        ("agent", "and the expiry on the new one"),
        ("customer", f"[[EXPIRY:{g.exp(e, 2)}]]"),
        ("agent", "and the cvv"),
        ("customer", f"[[CVV:{g.dg(cvv)}]]"),
        ("agent", f"all done that's the card ending [[CARD_NUMBER|p:{g.dg(b[3])}]] receipt's in your inbox"),
    ]


# ---------------------------------------------------------------- holiday parks
@case("transcript")
def holiday_park_lodge_booking(g):
    card = g.card("mc")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    ph = g.phone_raw("ukm")
    return [
        ("agent", "Thank you for calling Heatherbank Holiday Park, this is Gwen.".replace("Gwen", "[[NAME:Gwen]]")),
        ("customer", f"Hi, I'd like to book a lodge for ((count:{g.num(3, 7)})) nights from the ((date:{g.day(0)}))."),
        ("agent", f"Lovely. How many guests?"),
        ("customer", f"((count:{g.num(2, 4)})) adults and a dog."),
        ("agent", f"I've got the ((other:{g.r.choice(['Larch', 'Rowan', 'Alder'])} {g.num(2, 20)})) lodge, which is pet friendly. It's ((price:{g.money(450, 890)})) plus ((price:{g.money(15, 30)})) for the dog."),
        ("customer", "Perfect."),
        ("agent", "Lead guest's name?"),
        ("customer", "[[NAME:Aurelia Fontaine-Hughes]]."),
        ("agent", "And a mobile number?"),
        ("customer", f"[[PHONE:{g.phone(ph)}]]."),
        ("agent", "We take a deposit today. Card number, please."),
        ("customer", f"[[CARD_NUMBER#c:{b[0]} {b[1]} {b[2]} {b[3]}]], expires [[EXPIRY:{g.exp(e, 0)}]]."),
        ("agent", "And the security code?"),
        ("customer", f"[[CVV:{cvv}]]."),
        ("agent", f"Thanks, Ms [[NAME:Fontaine-Hughes]], the ((percentage:{g.pct()})) deposit is taken. Check-in is from ((time:{g.clock()}))."),
    ]


@case("asr")
def holiday_park_change_dates(g):
    ref = g.acct_raw("HP#######")
    card = g.card("mc2")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    pc = g.pc_raw("uk")
    return [
        ("agent", f"hello again is that [[NAME:mrs dunleavy]] this is [[NAME:craig]] from sandy cove park calling you back about booking [[ACCOUNT_NUMBER:{g.acct(ref)}]]".replace("[[NAME:mrs dunleavy]]", "mrs [[NAME:dunleavy]]")),
        ("customer", "oh yes hi thanks for ringing back"),
        ("agent", f"so you wanted to move from the ((date:{g.day(0)})) to later in the summer i can do the ((date:{g.day(0)})) on the same pitch"),
        ("customer", "what pitch number was it"),
        ("agent", f"((other:{g.num(20, 140)})) the one by the play area"),
        ("customer", "perfect yes"),
        ("agent", f"it's peak season so there's a ((price:{g.money(80, 160)})) difference can i take that on a card"),
        ("customer", "yeah it's a mastercard"),
        ("customer", f"[[CARD_NUMBER#c:{g.pairs(b[0])}]] [[CARD_NUMBER#c:{g.pairs(b[1])}]] [[CARD_NUMBER#c:{g.pairs(b[2])}]] [[CARD_NUMBER#c:{g.pairs(b[3])}]]"),
        ("agent", "sorry can you say the second group again"),
        ("customer", f"[[CARD_NUMBER#c|x:{g.dg(b[1])}]]"),
        ("agent", "thank you and the expiry"),
        ("customer", f"[[EXPIRY:{g.exp(e, 0)}]]"),
        ("agent", "and the code on the back"),
        ("customer", f"[[CVV:{g.dg(cvv)}]]"),
        ("agent", f"and is your postcode still [[POSTCODE|uk:{g.pc(pc)}]] for the confirmation letter"),
        ("customer", "yes"),
    ]


@case("asr")
def holiday_park_wexford(g):
    ec = g.pc_raw("ie")
    card = g.card("visa")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    return [
        ("agent", "good morning ballyconnick holiday village [[NAME:orla]] speaking"),
        ("customer", "hi [[NAME:orla]] i'm looking to book a mobile home for the june bank holiday"),
        ("agent", f"lovely we've a ((count:{g.num(2, 3)})) bedroom one left for ((price:{g.money(380, 560, '€', cents=False)})) for the weekend"),
        ("customer", "we'll take it name's [[NAME:pádraig]] [[NAME:mac giolla phádraig]] and don't ask me to spell it"),
        ("agent", "ha i'll manage and your address"),
        ("customer", f"[[ADDRESS:{g.num(2, 60)} rathgar close]] [[POSTCODE|ie:{g.pc(ec)}]]"),
        ("agent", "deposit is half so go ahead with the card"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[0])}]] [[CARD_NUMBER#c:{g.dg(b[1])}]] [[CARD_NUMBER#c:{g.dg(b[2])}]] hang on the kids are fighting [[CARD_NUMBER#c:{g.dg(b[3])}]]"),
        ("agent", "and it runs out when"),
        ("customer", f"end of [[EXPIRY:{g.exp(e, 1)}]]"),
        ("agent", "and the three digit number"),
        ("customer", f"[[CVV:{g.dg(cvv)}]]"),
        ("agent", f"perfect the rest is due ((duration:{g.dur(14, 28, 'days')})) before you arrive and check in's from ((time:{g.clock()}))"),
    ]


@case("asr")
def holiday_park_ivr_balance(g):
    ref = g.digits(8)
    card = g.card("visa")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    return [
        ("ivr", "welcome to the holiday park payment line please enter your eight digit booking number"),
        ("ivr", f"you entered [[ACCOUNT_NUMBER:{g.dg(ref)}]] if this is correct press one"),
        ("ivr", f"the balance on this booking is ((price:{g.money(300, 900)})) to pay now press one"),
        ("ivr", "please enter your card number followed by the hash key"),
        ("ivr", f"you entered [[CARD_NUMBER:{g.dg(b[0])} {g.dg(b[1])} {g.dg(b[2])} {g.dg(b[3])}]] if this is correct press one"),
        ("ivr", "please enter the expiry date as four digits"),
        ("ivr", f"you entered [[EXPIRY:{g.dg('%02d%02d' % (e[0], e[1] % 100))}]]"),
        ("ivr", "please enter the three digit security code from the back of your card"),
        ("ivr", f"thank you your payment was successful your payment reference is ((other:{g.other(9)}))"),
        ("ivr", f"the card ending [[CARD_NUMBER|p:{g.dg(b[3])}]] has been charged goodbye"),
    ]


@case("transcript")
def holiday_park_au_cabin(g):
    pc = g.pc_raw("au")
    ref = g.acct_raw("BK-#####")
    return [
        ("agent", "Morning, Coral Bay Holiday Park, Jarrah speaking.".replace("Jarrah", "[[NAME:Jarrah]]")),
        ("customer", "Hi, I booked a cabin online and I've put the wrong e-mail, so I never got the confirmation."),
        ("agent", "Easy fix. What's the booking number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{ref}]]."),
        ("agent", "Thanks. I have it under Saoirse Tanaka, is that right?".replace("Saoirse Tanaka", "[[NAME:Saoirse Tanaka]]")),
        ("customer", "Yes, that's me."),
        ("agent", "The e-mail we have is saoirse.tanaka@gmial.com.".replace("saoirse.tanaka@gmial.com", "[[EMAIL:saoirse.tanaka@gmial.com]]")),
        ("customer", "Ha, yes, the typo. It should be saoirse.tanaka@gmail.com.".replace("saoirse.tanaka@gmail.com", "[[EMAIL:saoirse.tanaka@gmail.com]]")),
        ("agent", "Fixed. And can I confirm your home address for the booking?"),
        ("customer", f"[[ADDRESS:{g.num(2, 90)} Wattlebird Crescent, Mandurah]], [[POSTCODE|au:{pc}]]."),
        ("agent", f"Perfect. You're in cabin ((other:{g.num(2, 40)})), ((count:{g.num(3, 6)})) nights, and the total is ((price:{g.money(600, 1300, '$')}))."),
        ("customer", "Great. What time can we arrive?"),
        ("agent", f"From ((time:{g.clock()})). The office closes at ((time:{g.clock()})), but there's a key safe after hours."),
    ]

# ---------------------------------------------------------------- bridal and formal wear hire
@case("asr")
def bridal_gown_deposit_correction(g):
    card = g.card("visa")
    b = g.blocks(card)
    wrong = g.wrong(b[3])
    e = g.expiry()
    cvv = g.cvv()
    ph = g.phone_raw("us")
    return [
        ("agent", "ever after gown rental this is [[NAME:giselle]] how can i help"),
        ("customer", "hi i tried on a dress saturday and i want to put the deposit down before someone else grabs it"),
        ("agent", f"oh exciting which style was it the tag has a number on it"),
        ("customer", f"it was ((model_number:{g.model('EA', 3)})) in ivory size ((other:{g.num(4, 14)}))"),
        ("agent", f"okay and the wedding date"),
        ("customer", f"((date:{g.day(1)})) next year"),
        ("agent", f"perfect the rental's ((price:{g.money(300, 650, '$', cents=False)})) and the deposit is ((price:{g.money(100, 150, '$', cents=False)})) what's your name"),
        ("customer", "[[NAME:marisa delgado-whitcombe]]"),
        ("agent", "and the card"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[0])} {g.dg(b[1])} {g.dg(b[2])}]] [[CARD_NUMBER#c|x:{g.dg(wrong)}]]"),
        ("agent", f"i got [[CARD_NUMBER|p,x:{g.dg(wrong)}]] at the end"),
        ("customer", f"oh no sorry it's [[CARD_NUMBER#c:{g.dg(b[3])}]] i read the wrong line"),
        ("agent", "no problem expiration"),
        ("customer", f"[[EXPIRY:{g.exp(e, 0)}]] and the code's [[CVV:{g.dg(cvv)}]]"),
        ("agent", f"and a cell number for fitting reminders"),
        ("customer", f"[[PHONE:{g.phone(ph)}]]"),
        ("agent", "you're all set we'll text you ((duration:{0})) before your first fitting".format(g.dur(2, 3, "weeks"))),
    ]


@case("asr")
def groomsmen_suits_uk(g):
    ref = g.acct_raw("SH####")
    pc = g.pc_raw("uk")
    dob = g.dob_raw()
    return [
        ("agent", "hello formal hire [[NAME:eilidh]] speaking"),
        ("customer", f"hiya i'm getting married on the ((date:{g.day(0)})) and i've got suits booked for the lads under [[ACCOUNT_NUMBER:{g.acct(ref)}]]"),
        ("agent", "brilliant what's the name on the booking"),
        ("customer", "[[NAME:ruaridh mackenzie]]"),
        ("agent", f"congratulations [[NAME:ruaridh]] i've got ((count:{g.num(4, 6)})) suits on here is that still right"),
        ("customer", "one less actually my brother [[NAME:fraser]]'s not coming he's stuck abroad"),
        ("agent", "ah sorry to hear that i'll take him off"),
        ("customer", f"and my best man [[NAME:tomasz]] needs his trousers changed to a ((quantity:{g.num(30, 36)} inch)) waist"),
        ("agent", f"no bother the age rule means i need a date of birth for anyone under ((other:{g.num(21, 21)})) is anyone"),
        ("customer", f"my nephew [[NAME:kacper]] he's a page boy he was born [[DOB:{g.dob((dob[0], dob[1], g.r.randint(2014, 2018)), 0)}]]"),
        ("agent", f"thanks so his is a junior suit that's ((price:{g.money(35, 60)})) instead of ((price:{g.money(90, 140)}))"),
        ("customer", "even better"),
        ("agent", f"and the suits will be delivered to [[ADDRESS:{g.num(2, 60)} craiglockhart drive]] [[POSTCODE|uk:{g.pc(pc)}]] on the thursday before"),
        ("customer", "aye that's my flat"),
    ]


@case("transcript")
def prom_tux_parent_discover(g):
    card = g.card("disc")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    zipc = g.pc_raw("us")
    return [
        ("agent", "Thanks for calling Dapper Rentals, this is Quentin.".replace("Quentin", "[[NAME:Quentin]]")),
        ("customer", "Hi, I'm reserving a tux for my son's prom. His name is [[NAME:Elijah Oyelowo]]."),
        ("agent", f"Great. Do you have his measurements? Chest, waist, and height?"),
        ("customer", f"((quantity:{g.num(36, 42)} inch)) chest, ((quantity:{g.num(28, 34)})) waist, and he's ((quantity:{g.num(5, 6)} foot {g.num(1, 11)})).".replace("((quantity:", "((quantity:", 1)),
        ("agent", f"Perfect. The slim-fit package is ((price:{g.money(149, 219, '$')})), pickup ((date:{g.day(1)})), return the following Monday."),
        ("customer", "Sounds good. I'll pay with my Discover."),
        ("agent", "Go ahead with the card number."),
        ("customer", f"[[CARD_NUMBER#c:{b[0]}]]... [[CARD_NUMBER#c:{b[1]}]]... [[CARD_NUMBER#c:{b[2]}]]... [[CARD_NUMBER#c:{b[3]}]]."),
        ("agent", f"Got it. Expiration date and security code?"),
        ("customer", f"[[EXPIRY:{g.exp(e, 1)}]], [[CVV:{cvv}]]. The billing zip is [[POSTCODE|us:{zipc}]]."),
        ("agent", "And your name as it appears on the card?"),
        ("customer", "[[NAME:Folasade Oyelowo]]."),
        ("agent", f"Thank you, Mrs [[NAME:Oyelowo]]. There's a ((price:{g.money(10, 15, '$', cents=False)})) damage waiver, do you want that?"),
        ("customer", "Yes please, he's seventeen.".replace("seventeen", "a teenager")),
    ]


@case("asr")
def bridal_late_return_supervisor_ca(g):
    ref = g.acct_raw("#######")
    card_last = g.card("mc")[-4:]
    email = "lucie dot bergeron at videotron dot ca"
    return [
        ("customer", "i was charged a late fee for the veil and i returned it on time i have the receipt"),
        ("agent", "i understand ma'am can i have the rental number"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.dg(ref)}]]"),
        ("agent", f"i see a ((price:{g.money(40, 80, '$', cents=False)})) charge on the card ending [[CARD_NUMBER|p:{g.dg(card_last)}]] for a return logged on the ((date:{g.day(0)}))"),
        ("customer", "that's not when i brought it in i brought it in the day before"),
        ("agent", "i'm going to ask my supervisor to join us"),
        ("agent", "hello this is [[NAME:évelyne]] i'm the store supervisor i've listened to the call"),
        ("agent", "can you confirm your full name for me"),
        ("customer", "[[NAME:lucie bergeron]]"),
        ("agent", f"thank you [[NAME:lucie]] i can see the drop box was emptied late that weekend so it wasn't your fault i'm reversing the fee"),
        ("customer", "thank you"),
        ("agent", f"it'll be back on the card in ((duration:{g.dur(3, 7, 'business days')})) and i'll email the confirmation to [[EMAIL:{email}]]"),
        ("customer", "perfect"),
    ]


@case("asr")
def formal_hire_au_delivery(g):
    pc = g.pc_raw("au")
    dob = g.dob_raw()
    dob2 = (dob[0], dob[1], g.r.randint(2005, 2007))
    u = g.r.randint(2, 40)
    return [
        ("agent", "black tie hire [[NAME:lachlan]] speaking"),
        ("customer", f"hi i've got a suit booked for my formal on the ((date:{g.day(0)})) and i want it delivered instead of picking it up"),
        ("agent", "sure what's your name"),
        ("customer", "[[NAME:jedda]] [[NAME:kowalczyk-brown]]"),
        ("agent", f"and date of birth to find you"),
        ("customer", f"[[DOB:{g.dob(dob2, 1)}]]"),
        ("agent", f"got you so that's [[DOB:{g.dob(dob2, 0)}]] you're in our system"),
        ("agent", "delivery address"),
        ("customer", f"[[ADDRESS:apartment {words(u)} {g.num(10, 90)} kingfisher circuit]] [[POSTCODE|au:{g.pc(pc, 'au')}]]"),
        ("agent", f"delivery is ((price:{g.money(15, 30, '$', cents=False)})) and it comes between ((time:{g.clock()})) and ((time:{g.clock()}))"),
        ("customer", "that's fine can you text me when it's on the way"),
        ("agent", "yep we'll use the number on the booking"),
    ]


# ---------------------------------------------------------------- office equipment leasing
@case("transcript")
def copier_lease_dublin(g):
    acc = g.acct_raw("LSE-######")
    ec = g.pc_raw("ie")
    return [
        ("agent", "Good morning, Corrib Office Finance, Niamh speaking.".replace("Niamh", "[[NAME:Niamh]]")),
        ("customer", "Hi, we lease a copier from you and we want to upgrade to a colour one before the lease ends."),
        ("agent", "Sure. What's the lease agreement number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{acc}]]."),
        ("agent", f"Thank you. That's for Kavanagh & Oduya Accountants at [[ADDRESS:Unit {g.num(2, 30)}, {g.num(2, 80)} Sandyford Business Park]], [[POSTCODE|ie:{g.pc(ec)}]]?".replace("Kavanagh & Oduya Accountants", "the accountancy practice")),
        ("customer", "That's us. I'm Temitope, the office manager.".replace("Temitope", "[[NAME:Temitope]]")),
        ("agent", f"Great. You're on the ((model_number:{g.model('MX', 4)})) at ((price:{g.money(90, 160, '€', per=' a month')})), with ((count:{g.num(8, 20)})) months left."),
        ("customer", "What would the colour one cost?"),
        ("agent", f"The ((model_number:{g.model('CX', 4)})) is ((price:{g.money(140, 220, '€', per=' a month')})) over ((duration:{g.dur(36, 60, 'months')})), and we'd roll the remaining balance in at ((percentage:{g.pct()}))."),
        ("customer", "Can you e-mail me a quote?"),
        ("agent", "Of course. Which address?"),
        ("customer", "t.adebayo@corrib-accounts.ie.".replace("t.adebayo@corrib-accounts.ie", "[[EMAIL:t.adebayo@corrib-accounts.ie]]")),
        ("agent", f"It'll be with you within ((duration:{g.dur(1, 2, 'hours')}))."),
    ]


@case("asr")
def lease_end_buyout_sort_code(g):
    acc = g.acct_raw("########")
    sc = g.acct_raw("##-##-##")
    ba = g.acct_raw("########")
    return [
        ("agent", f"so [[NAME:mr oduya]] just to summarise before i put this through".replace("[[NAME:mr oduya]]", "mr [[NAME:oduya]]")),
        ("agent", f"you're buying out agreement [[ACCOUNT_NUMBER:{g.acct(acc)}]] for ((price:{g.money(300, 900)})) and we'll take it by direct debit from sort code [[ACCOUNT_NUMBER:{g.pairs(sc.replace('-', ''))}]] account [[ACCOUNT_NUMBER:{g.dg(ba)}]]"),
        ("customer", "that's right"),
        ("agent", f"on the ((date:{g.day(0)})) and the title transfers to you the same day"),
        ("customer", "and what about the servicing contract"),
        ("agent", "that ends with the lease so after that call outs are charged"),
        ("customer", "how much"),
        ("agent", f"((price:{g.money(70, 110)})) an hour plus parts"),
        ("customer", "okay fine we barely use it now anyway"),
        ("agent", "and your name for the mandate the account holder"),
        ("customer", "[[NAME:chidi oduya]] [[NAME:c h i d i]]"),
        ("agent", "thank you and the documents go to [[EMAIL:chidi at oduya design dot co dot uk]] is that right"),
        ("customer", "yep"),
        ("agent", f"you'll have them in ((duration:{g.dur(2, 3, 'working days')}))"),
    ]


@case("asr")
def lease_credit_application_ssn(g):
    ssn = g.ssn_raw()
    dob = g.dob_raw()
    zipc = g.pc_raw("us")
    ph = g.phone_raw("us")
    return [
        ("agent", "this is [[NAME:brandon]] with summit equipment finance thanks for applying for the lease on the plotter"),
        ("customer", "yeah i got an email saying you needed more info"),
        ("agent", "right since the business is under ((duration:two years)) old we need a personal guarantee from the owner".replace("((duration:two years))", "a couple of years")),
        ("customer", "that's me [[NAME:valentina russo]]"),
        ("agent", "okay i'll need your social security number"),
        ("customer", f"[[SSN#s:{g.dg(ssn[:3])}]] [[SSN#s:{g.dg(ssn[3:5])}]] uh [[SSN#s:{g.dg(ssn[5:])}]]"),
        ("agent", "date of birth"),
        ("customer", f"[[DOB:{g.dob(dob, 1)}]]"),
        ("agent", "and your home address"),
        ("customer", f"[[ADDRESS:{g.pairs(str(g.r.randint(1000, 9999)))} wisteria bend lane]] [[POSTCODE|us:{g.pc(zipc)}]]"),
        ("agent", f"let me read it back social [[SSN:{g.dg(ssn)}]] born [[DOB:{g.dob(dob, 3)}]] is that all right"),
        ("customer", "yes"),
        ("agent", f"great the term is ((duration:{g.dur(36, 48, 'months')})) at ((price:{g.money(180, 320, '$', per=' a month')})) i'll call you at [[PHONE:{g.phone(ph)}]] once it's decided"),
    ]


@case("asr")
def lease_payment_amex_invoices(g):
    card = g.card("amex")
    b = g.blocks(card)
    e = g.expiry()
    cid = g.cvv(4)
    i1 = g.acct_raw("########")
    i2 = g.acct_raw("########")
    return [
        ("agent", "credit control [[NAME:ffion]] speaking"),
        ("customer", "hi it's [[NAME:jasper]] from the architects on the quay we've got two overdue invoices i want to pay"),
        ("agent", "thanks [[NAME:jasper]] what are the invoice numbers"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.dg(i1)}]] and [[ACCOUNT_NUMBER:{g.dg(i2)}]]"),
        ("agent", f"so that's ((price:{g.money(200, 600)})) and ((price:{g.money(200, 600)})) together it's a bit over a thousand".replace("a bit over a thousand", "the total on screen")),
        ("customer", "fine amex"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[0])}]] [[CARD_NUMBER#c:{g.mix(b[1])}]] [[CARD_NUMBER#c:{g.dg(b[2])}]]"),
        ("agent", "expiry and the four digits on the front"),
        ("customer", f"[[EXPIRY:{g.exp(e, 0)}]] [[CVV:{g.dg(cid)}]]"),
        ("agent", f"okay reading back the amex ending [[CARD_NUMBER|p:{g.dg(b[2][-4:])}]] expiring [[EXPIRY:{g.exp(e, 1)}]]"),
        ("customer", "yep"),
        ("agent", f"done i'll send both receipts and there's a ((percentage:{g.pct()})) surcharge on amex i should've mentioned"),
        ("customer", "ah well"),
    ]


@case("asr")
def printer_lease_service_ca(g):
    acc = g.acct_raw("#######")
    pc = g.pc_raw("ca")
    ph = g.phone_raw("us")
    return [
        ("agent", "service desk [[NAME:olumide]] speaking"),
        ("customer", f"hi our leased printer keeps jamming and showing error ((other:{g.r.choice('ce')} {g.pairs(g.digits(4))}))"),
        ("agent", "okay can i get the serial number off the back"),
        ("customer", f"((other:{g.dg(g.acct_raw('@@@#######'))}))"),
        ("agent", f"thanks that's under account [[ACCOUNT_NUMBER:{g.dg(acc)}]] at [[ADDRESS:{g.pairs(str(g.r.randint(1000, 9900)))} rue saint denis suite {g.num(200, 500)}]] is that where it is"),
        ("customer", "yes that's us"),
        ("agent", f"and the postal code [[POSTCODE|ca:{g.pc(pc)}]]"),
        ("customer", "right"),
        ("agent", "who should the tech ask for"),
        ("customer", "me [[NAME:anouk]] [[NAME:tremblay]] at the front desk"),
        ("agent", f"and a direct line"),
        ("customer", f"[[PHONE:{g.phone(ph)}]]"),
        ("agent", f"the tech will be there ((date:{g.day(1)})) after ((time:{g.clock()})) it's covered under your lease so no charge"),
    ]


# ---------------------------------------------------------------- vending and coffee machine servicing
@case("asr")
def coffee_machine_engineer_uk(g):
    pc = g.pc_raw("uk")
    acc = g.acct_raw("CM-#####")
    return [
        ("agent", "good morning bean to cup servicing [[NAME:ashok]] speaking"),
        ("customer", "hi our machine in the staff kitchen has stopped and it's flashing an error code"),
        ("agent", "oh no what does it say"),
        ("customer", f"((other:e {g.num(10, 99)})) and it won't grind"),
        ("agent", "sounds like the grinder's jammed can i take your customer number"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.acct(acc)}]]"),
        ("agent", f"thanks so that's the ((model_number:{g.model('BX', 3)})) at [[ADDRESS:unit {g.num(2, 40)} harbourside business park]] [[POSTCODE|uk:{g.pc(pc)}]]"),
        ("customer", "that's us"),
        ("agent", f"an engineer can be there ((date:{g.day(0)})) between ((time:{g.clock()})) and lunchtime who's the contact on site"),
        ("customer", "ask for [[NAME:nerys]] on reception or me [[NAME:benedikt]]"),
        ("agent", f"lovely and please don't try to clear it yourself it voids the warranty which runs for ((duration:{g.dur(2, 3, 'years')}))"),
        ("customer", f"noted we've got ((count:{g.num(40, 90)})) people without coffee so the sooner the better"),
    ]


@case("transcript")
def vending_refund_public(g):
    ph = g.phone_raw("geo")
    return [
        ("agent", "Vending helpline, Dominika speaking.".replace("Dominika", "[[NAME:Dominika]]")),
        ("customer", "Hi, there's a sticker on the machine at the leisure centre that says to call if it takes your money."),
        ("agent", "That's right. Which machine? There's a number on the sticker."),
        ("customer", f"Machine ((other:{g.other(5)}))."),
        ("agent", "Thank you. And how much did it take?"),
        ("customer", f"((price:{g.money(2, 3)})). It said vend failed and didn't give it back."),
        ("agent", "Sorry about that. I can send a refund by bank transfer or post you a voucher. Can I take your name?"),
        ("customer", "[[NAME:Grace Mbeki-Holloway]]."),
        ("agent", "Thanks, Grace. And a contact number?".replace("Grace", "[[NAME:Grace]]")),
        ("customer", f"[[PHONE:{g.phone(ph)}]]."),
        ("agent", "And would you like the voucher posted?"),
        ("customer", f"Yes, please. [[ADDRESS:Rosewood Cottage, {g.num(2, 30)} Millbrook Lane]], Ilkley."),
        ("agent", f"Done. It'll arrive within ((duration:{g.dur(5, 7, 'days')})), valid for ((duration:{g.dur(6, 12, 'months')}))."),
    ]


@case("asr")
def coffee_contract_renewal_us(g):
    card = g.card("mc")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    acc = g.acct_raw("#######")
    return [
        ("agent", f"hi this is [[NAME:trey]] from brewline office coffee calling for [[NAME:ms nakamura]] about account [[ACCOUNT_NUMBER:{g.dg(acc)}]]".replace("[[NAME:ms nakamura]]", "ms [[NAME:nakamura]]")),
        ("customer", "speaking"),
        ("agent", f"your service contract on the two machines expires on the ((date:{g.day(0)})) and the card we have on file has expired"),
        ("customer", "oh right we changed banks do you want the new card"),
        ("agent", f"yes please the renewal is ((price:{g.money(600, 1100, '$', cents=False)})) for ((count:{g.num(12, 12)})) months including ((count:{g.num(4, 6)})) service visits"),
        ("customer", f"okay [[CARD_NUMBER#c:{g.dg(b[0])} {g.dg(b[1])}]]"),
        ("agent", "mm-hmm"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[2])} {g.dg(b[3], homo=.5)}]]"),
        ("agent", "expiration"),
        ("customer", f"[[EXPIRY:{g.exp(e, 3)}]]"),
        ("agent", "security code"),
        ("customer", f"[[CVV:{g.dg(cvv)}]]"),
        ("agent", f"thank you [[NAME:ms nakamura]] that's renewed until the same date next year".replace("[[NAME:ms nakamura]]", "ms [[NAME:nakamura]]")),
    ]


@case("asr")
def vending_invoice_query_ie(g):
    acc = g.acct_raw("V#####")
    inv = g.acct_raw("######")
    return [
        ("agent", "hello [[NAME:eimear]] in accounts"),
        ("customer", "hi [[NAME:eimear]] it's [[NAME:seán]] from the gym in athlone we got an invoice for a restock we never had"),
        ("agent", "ah sorry about that what's the account"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.acct(acc)}]] and the invoice is [[ACCOUNT_NUMBER:{g.dg(inv)}]]"),
        ("agent", f"i see a restock on the ((date:{g.day(0)})) of ((count:{g.num(60, 140)})) snacks and ((count:{g.num(30, 90)})) drinks for ((price:{g.money(150, 400, '€')}))"),
        ("customer", "that's the thing the machine was unplugged that week for the floor being done"),
        ("agent", "okay i'll ask the driver's route sheet and credit it if he didn't stop"),
        ("customer", "thanks and can you email me when it's sorted"),
        ("agent", "sure what email"),
        ("customer", "[[EMAIL:sean at athlone fitness dot ie]]"),
        ("agent", f"grand i'll have an answer within ((duration:{g.dur(2, 3, 'days')}))"),
    ]


@case("asr")
def coffee_lease_au(g):
    pc = g.pc_raw("au")
    ph = g.phone_raw("us")
    return [
        ("agent", "hi you're through to [[NAME:matilda]] at crema leasing"),
        ("customer", "g'day we run a little cafe and our lease machine's group head is leaking"),
        ("agent", "no good which machine is it"),
        ("customer", f"the ((model_number:{g.model('LM', 2)})) the ((count:{g.num(2, 3)})) group one"),
        ("agent", "and the business address"),
        ("customer", f"[[ADDRESS:shop {g.num(2, 12)} {g.num(10, 200)} beach road]] [[POSTCODE|au:{g.pc(pc, 'au')}]]".replace("shop ", "unit ")),
        ("agent", "and your name"),
        ("customer", "[[NAME:dimitri papadakis]]"),
        ("agent", f"thanks [[NAME:dimitri]] tech's booked for ((time:{g.clock()})) tomorrow before you open"),
        ("customer", "legend"),
    ]

# ---------------------------------------------------------------- alarm monitoring
@case("asr")
def alarm_center_callback_us(g):
    ph = g.phone_raw("us")
    own = g.phone_raw("us")
    zipc = g.pc_raw("us")
    hn = g.r.randint(1000, 9800)
    return [
        ("agent", f"hello this is [[NAME:corinne]] at the monitoring center am i speaking with [[NAME:ambrose whitlock]] at [[ADDRESS:{g.pairs(str(hn))} chickadee lane]]"),
        ("customer", "yes what's happened"),
        ("agent", f"we received a back door zone alarm at ((time:{g.clock()})) can you give me your passcode please"),
        ("customer", f"it's uh ((other:{g.r.choice(['bluebird', 'marigold', 'otter'])} {g.num(10, 99)}))"),
        ("agent", "thank you that's correct are you at the property"),
        ("customer", f"no i'm at the airport we fly out on ((flight_number:{g.flight('DL')})) in an hour"),
        ("agent", "would you like us to dispatch police or call your keyholder first"),
        ("customer", "call my neighbor [[NAME:dolores]] first she has a key"),
        ("agent", f"i have [[NAME:dolores]] [[NAME:fitzgerald]] at [[PHONE:{g.phone(ph)}]] is that her"),
        ("customer", "yes"),
        ("agent", f"okay i'll call her now and ring you back at the number on the account within ((duration:{g.dur(5, 10, 'minutes')}))"),
        ("customer", f"that's my cell it ends in [[PHONE|p:{g.dg(own[-4:])}]]"),
        ("agent", f"that's the one i have talk soon mister [[NAME:whitlock]]"),
    ]


@case("asr")
def alarm_keyholders_uk(g):
    acc = g.acct_raw("AM######")
    p1 = g.phone_raw("ukm")
    p2 = g.phone_raw("ukm")
    pc = g.pc_raw("uk")
    return [
        ("agent", "alarm monitoring [[NAME:hywel]] speaking how can i help"),
        ("customer", f"hi i need to update the keyholders on our account it's [[ACCOUNT_NUMBER:{g.acct(acc)}]]"),
        ("agent", f"thank you is that for [[ADDRESS:the old forge {g.num(2, 40)} church street]] [[POSTCODE|uk:{g.pc(pc)}]]"),
        ("customer", "that's it i'm [[NAME:philippa]] [[NAME:llewellyn-jones]]"),
        ("agent", f"hi [[NAME:philippa]] who's on there at the moment is [[NAME:gareth]] and [[NAME:sunita]]"),
        ("customer", "[[NAME:gareth]]'s moved away so take him off and add my son"),
        ("agent", "what's your son's name"),
        ("customer", f"[[NAME:rhys llewellyn-jones]] and his mobile is [[PHONE#a:{g.dg(p1[:5])}]] uh [[PHONE#a:{g.dg(p1[5:])}]]"),
        ("agent", f"and is he within ((duration:{g.dur(20, 30, 'minutes')})) of the house keyholders need to be"),
        ("customer", f"he's about ((quantity:{g.num(3, 8)} miles)) away so yes"),
        ("agent", f"lovely and [[NAME:sunita]] is still on [[PHONE:{g.phone(p2)}]]"),
        ("customer", "yes she's next door"),
        ("agent", f"done so the keyholders are now [[NAME:sunita]] then [[NAME:rhys]]"),
    ]


@case("transcript")
def alarm_install_credit_check(g):
    ssn = g.ssn_raw()
    dob = g.dob_raw()
    zipc = g.pc_raw("us")
    return [
        ("agent", "Thanks for calling Bastion Home Security, this is Everett. Are you calling about a new system?".replace("Everett", "[[NAME:Everett]]")),
        ("customer", "Yes, I'd like the basic package with the doorbell camera."),
        ("agent", f"Great. That's ((price:{g.money(29, 49, '$', per='/month')})) with a ((duration:{g.dur(36, 36, '-month')})) agreement. I'll need to run a soft credit check. Full name?".replace(" -month", "-month")),
        ("customer", "[[NAME:Marguerite Oyelaran-Stubbs]]."),
        ("agent", "Date of birth?"),
        ("customer", f"[[DOB:{g.dob(dob, 3)}]]."),
        ("agent", "And your Social Security number?"),
        ("customer", f"[[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        ("agent", f"Thank you. And the install address?"),
        ("customer", f"[[ADDRESS:{g.num(100, 9999)} Persimmon Drive]], [[POSTCODE|us:{zipc}]]."),
        ("agent", "You're approved. The earliest install is Thursday between ((time:{0})) and ((time:{1})).".format(g.clock(), g.clock())),
        ("customer", "That works."),
        ("agent", "And an e-mail for the contract?"),
        ("customer", "mo.stubbs@icloud.com.".replace("mo.stubbs@icloud.com", "[[EMAIL:mo.stubbs@icloud.com]]")),
    ]


@case("asr")
def alarm_false_alarm_fee_ca(g):
    card = g.card("visa")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    acc = g.acct_raw("########")
    return [
        ("customer", "i got a letter saying i owe a false alarm fee from the city"),
        ("agent", "yes sorry about that the police attended on the ((date:{0})) and the city passes on the charge can i get the account number on the letter".format(g.day(0))),
        ("customer", f"[[ACCOUNT_NUMBER:{g.dg(acc)}]]"),
        ("agent", f"thank you [[NAME:mr olawale]] it's ((price:{g.money(95, 160, '$', cents=False)})) do you want to pay it now".replace("[[NAME:mr olawale]]", "mr [[NAME:olawale]]")),
        ("customer", "i suppose so"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[0])} {g.dg(b[1])}]]"),
        ("agent", "yep"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[2])}]] sorry [[CARD_NUMBER#c|x:{g.dg(b[2])}]] then [[CARD_NUMBER#c:{g.dg(b[3])}]]"),
        ("agent", "and the expiry"),
        ("customer", f"[[EXPIRY:{g.exp(e, 0)}]]"),
        ("agent", "and the cvv"),
        ("customer", f"[[CVV:{g.dg(cvv)}]]"),
        ("agent", f"that's paid and to avoid another one you can add a ((duration:{g.dur(30, 60, 'second')})) entry delay to your panel"),
        ("customer", "yeah my cat keeps setting off the motion sensor"),
    ]


@case("asr")
def alarm_supervisor_dispatch_complaint(g):
    acc = g.acct_raw("#######")
    ph = g.phone_raw("lon")
    dob = g.dob_raw()
    return [
        ("agent", "i'm going to bring my team leader in she's been listening"),
        ("agent", "hello it's [[NAME:marguerite]] i'm the duty manager tonight"),
        ("customer", "why did nobody call me when the panic button went off my mum was on the floor for an hour"),
        ("agent", "i'm so sorry let me look can you confirm the account holder"),
        ("customer", f"[[NAME:winifred osei]] account [[ACCOUNT_NUMBER:{g.dg(acc)}]] i'm her daughter [[NAME:abena]]"),
        ("agent", f"and her date of birth please"),
        ("customer", f"[[DOB:{g.dob(dob, 0)}]]"),
        ("agent", f"thank you the alert came in at ((time:{g.clock()})) and we called the first contact at [[PHONE:{g.phone(ph)}]]"),
        ("customer", "that's the landline at her house that's where she was lying"),
        ("agent", "then it should have gone straight to the second contact i can see it didn't that's a failure on our side"),
        ("customer", "yes it is"),
        ("agent", "i'm escalating this as a formal complaint and i'll ring you back tomorrow myself"),
        ("agent", f"so just to confirm [[NAME:winifred osei]] born [[DOB:{g.dob(dob, 1)}]] contacts updated daughter [[NAME:abena]] first"),
    ]


# ---------------------------------------------------------------- private school fees
@case("transcript")
def school_fees_amex(g):
    card = g.card("amex")
    b = g.blocks(card)
    e = g.expiry()
    cid = g.cvv(4)
    pid = g.acct_raw("P#####")
    return [
        ("agent", "Bursary and fees office, Mrs Achterberg speaking.".replace("Achterberg", "[[NAME:Achterberg]]")),
        ("customer", "Good morning, I'd like to pay the summer term fees for my daughter."),
        ("agent", "Of course. Pupil's name and reference?"),
        ("customer", f"Ottilie Farquharson, ((other:Year {g.num(7, 11)})), reference [[ACCOUNT_NUMBER:{pid}]].".replace("Ottilie Farquharson", "[[NAME:Ottilie Farquharson]]")),
        ("agent", f"Thank you. The term's fees are ((price:{g.money(6500, 9800)})), which includes the ((price:{g.money(300, 600)})) trip to Normandy."),
        ("customer", f"Yes, she flies out on ((flight_number:{g.flight('BA')})), I believe. Amex, please."),
        ("agent", "Ready when you are."),
        ("customer", f"[[CARD_NUMBER#c:{b[0]}]], [[CARD_NUMBER#c:{b[1]}]], [[CARD_NUMBER#c:{b[2]}]]."),
        ("agent", "Expiry and the four-digit code?"),
        ("customer", f"Expiry [[EXPIRY:{g.exp(e, 0)}]], code [[CVV:{cid}]]."),
        ("agent", f"Thank you. There's a ((percentage:{g.pct()})) card fee on Amex, which brings it to just over the amount I said. Is that all right?"),
        ("customer", "Yes, fine."),
        ("agent", f"Done. Receipt number ((other:{g.other(7)})). The receipt goes to the parent e-mail, farquharson.home@gmail.com.".replace("farquharson.home@gmail.com", "[[EMAIL:farquharson.home@gmail.com]]")),
    ]


@case("asr")
def school_bursary_ni(g):
    ni = g.nino_raw()
    pid = g.acct_raw("######")
    dob = g.dob_raw()
    return [
        ("agent", "hello bursaries [[NAME:mr oyedele]] speaking".replace("[[NAME:mr oyedele]]", "mr [[NAME:oyedele]]")),
        ("customer", "hi i've applied for a bursary for my son for next year and the form's asking for things i don't understand"),
        ("agent", "happy to help what's the pupil number on the letter"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.dg(pid)}]] he's [[NAME:kofi]] [[NAME:amankwah]]"),
        ("agent", f"thanks and you're his mum"),
        ("customer", "yes [[NAME:efua amankwah]]"),
        ("agent", "okay so the bit about national insurance that's your own number as the parent"),
        ("customer", f"oh right so [[SSN|ni:{g.dg(ni)}]]"),
        ("agent", f"you can give that on the form not to me but yes that's the shape of it and your date of birth goes under it"),
        ("customer", f"so i write [[DOB:{g.dob(dob, 2)}]] there"),
        ("agent", f"that's right and the household income is the last tax year so ((year:{g.yr(2023, 2024)})) to ((year:{g.yr(2024, 2025)}))"),
        ("customer", "okay that makes sense"),
        ("agent", f"the deadline is ((date:{g.day(0)})) and you'll hear by the end of term"),
    ]


@case("asr")
def tuition_card_us(g):
    card = g.card("mc2")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    sid = g.acct_raw("#######")
    email = "harper dot quill at me dot com"
    return [
        ("agent", "st ambrose academy business office this is [[NAME:lorraine]]"),
        ("customer", "hi i'm paying the tuition installment for [[NAME:juniper]] [[NAME:quill]] in ((other:{0})) grade".format(g.r.choice(["seventh", "eighth", "fifth"]))),
        ("agent", f"sure her student id is on the statement"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.dg(sid)}]]"),
        ("agent", f"thank you the installment is ((price:{g.money(1200, 2400, '$', cents=False)})) and i'll need the card number"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[0])} {g.dg(b[1], homo=.5)}]] hold on [[CARD_NUMBER#c:{g.dg(b[2])}]]"),
        ("agent", "mm-hmm"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[3])}]]"),
        ("agent", "expiration and the three digit code"),
        ("customer", f"[[EXPIRY:{g.exp(e, 2)}]] [[CVV:{g.dg(cvv)}]]"),
        ("agent", f"and who should the receipt go to"),
        ("customer", f"me [[NAME:harper quill]] at [[EMAIL:{email}]]"),
        ("agent", f"perfect the next one's due ((date:{g.day(1)}))"),
    ]


@case("asr")
def school_fees_au_bsb(g):
    bsb = g.acct_raw("######")
    ba = g.acct_raw("#########")
    sid = g.acct_raw("#####")
    return [
        ("agent", "fees office [[NAME:bridget]] speaking"),
        ("customer", "hi i want to set up a direct debit for the fees instead of paying each term"),
        ("agent", "sure what's the student's name and number"),
        ("customer", f"[[NAME:ollie]] [[NAME:ngata]] [[ACCOUNT_NUMBER:{g.dg(sid)}]]"),
        ("agent", "and the account you'd like it taken from bsb first"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.dg(bsb[:3])} {g.dg(bsb[3:])}]] then the account [[ACCOUNT_NUMBER:{g.mix(ba)}]]"),
        ("agent", f"so that's ((count:{g.num(10, 10)})) payments of ((price:{g.money(900, 1800, '$')})) on the ((date:{g.day(0)})) each month".replace("((date:", "((date:", 1)),
        ("customer", "yep"),
        ("agent", "and the account holder's name"),
        ("customer", "[[NAME:tane ngata]]"),
        ("agent", f"thank you [[NAME:tane]] the first one comes out after the forms are signed usually ((duration:{g.dur(5, 10, 'days')}))"),
    ]


# ---------------------------------------------------------------- credit unions
@case("asr")
def credit_union_loan_payment_us(g):
    mem = g.acct_raw("########")
    ssn = g.ssn_raw()
    dob = g.dob_raw()
    ph = g.phone_raw("us")
    return [
        ("agent", "thanks for calling prairie federal credit union this is [[NAME:mckenna]] can i have your member number"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.dg(mem)}]]"),
        ("agent", "and the last four of your social"),
        ("customer", f"[[SSN|p:{g.dg(ssn[5:])}]]"),
        ("agent", f"thank you and can you confirm the date of birth on the account"),
        ("customer", f"[[DOB:{g.dob(dob, 1)}]]"),
        ("agent", f"great [[NAME:mister tran]] how can i help".replace("[[NAME:mister tran]]", "mister [[NAME:tran]]")),
        ("customer", "i want to make an extra payment on my car loan from my savings"),
        ("agent", f"sure your balance is ((price:{g.money(4000, 16000, '$')})) at ((percentage:{g.pct()})) how much would you like to pay"),
        ("customer", f"((price:{g.money(500, 2000, '$', cents=False)}))"),
        ("agent", "done and that goes straight to principal"),
        ("customer", "and can you update my phone it's changed"),
        ("agent", f"sure what's the new one"),
        ("customer", f"[[PHONE:{g.phone(ph)}]]"),
        ("agent", f"updated to the one ending [[PHONE|p:{g.dg(ph[-4:])}]] anything else [[NAME:mister tran]]".replace("[[NAME:mister tran]]", "mister [[NAME:tran]]")),
    ]


@case("transcript")
def credit_union_address_correction_ca(g):
    mem = g.acct_raw("######")
    pc_old = g.pc_raw("ca")
    pc_new = g.pc_raw("ca")
    dob = g.dob_raw()
    return [
        ("agent", "Good afternoon, Fraser Valley Credit Union, Ines speaking.".replace("Ines", "[[NAME:Ines]]")),
        ("customer", "Hi, my statements stopped arriving and I think you have my address wrong."),
        ("agent", f"Let's check. Member number?"),
        ("customer", f"[[ACCOUNT_NUMBER:{mem}]]."),
        ("agent", f"Thank you. Can you confirm your date of birth?"),
        ("customer", f"[[DOB:{g.dob(dob, 2)}]]."),
        ("agent", f"Thanks, Mr Szabó. We have [[ADDRESS:{g.num(100, 999)} Cedar Street]], [[POSTCODE|ca:{g.pc(pc_old)}]].".replace("Mr Szabó", "Mr [[NAME:Szabó]]")),
        ("customer", f"The street's right but it's [[ADDRESS:Unit {g.num(2, 20)}, {g.num(100, 999)} Cedar Street]], and the postal code is [[POSTCODE|ca:{g.pc(pc_new)}]]."),
        ("agent", "I see, the unit number was missing and the postal code was a digit off. I've corrected both."),
        ("customer", "Thanks. Can you resend the last two statements?"),
        ("agent", f"Yes, I'll post the ((date:{g.day(1)})) and ((date:{g.day(1)})) statements today."),
        ("customer", "Great. And my first name is spelled Levente, L-E-V-E-N-T-E, on the letters it was wrong too.".replace("Levente, L-E-V-E-N-T-E,", "[[NAME:Levente]], [[NAME:L-E-V-E-N-T-E]],")),
        ("agent", "Fixed that as well, Levente.".replace("Levente", "[[NAME:Levente]]")),
    ]


@case("asr")
def credit_union_loan_ie(g):
    mem = g.acct_raw("#####")
    ec = g.pc_raw("ie")
    dob = g.dob_raw()
    return [
        ("agent", "good morning [[NAME:bríd]] speaking at the credit union"),
        ("customer", f"hi [[NAME:bríd]] i'm looking to borrow ((price:{g.money(3000, 8000, '€', cents=False)})) for a car"),
        ("agent", "no problem are you a member"),
        ("customer", f"i am my number is [[ACCOUNT_NUMBER:{g.dg(mem)}]]"),
        ("agent", "and your name and date of birth"),
        ("customer", f"[[NAME:ciarán o'sullivan]] [[DOB:{g.dob(dob, 0)}]]"),
        ("agent", f"thanks [[NAME:ciarán]] and still at [[ADDRESS:{g.num(2, 80)} knockaun heights]] [[POSTCODE|ie:{g.pc(ec)}]]"),
        ("customer", "that's it"),
        ("agent", f"okay our car loan rate is ((percentage:{g.pct()})) over up to ((duration:{g.dur(3, 5, 'years')})) you'd need your last ((count:{g.num(3, 3)})) payslips"),
        ("customer", "i can drop them in thursday"),
        ("agent", f"grand we're open till ((time:{g.clock()})) on thursdays"),
    ]


@case("asr")
def credit_union_transfer_loans_ssn(g):
    mem = g.acct_raw("#########")
    ssn = g.ssn_raw()
    dob = g.dob_raw()
    zipc = g.pc_raw("us")
    return [
        ("agent", "okay i'm going to conference in our loan officer so you don't have to start over"),
        ("agent", f"hi [[NAME:rashida]] i have member [[NAME:bogdan ionescu]] number [[ACCOUNT_NUMBER:{g.dg(mem)}]] verified with social [[SSN:{g.dg(ssn)}]]"),
        ("agent", f"date of birth [[DOB:{g.dob(dob, 3)}]] he's interested in a home equity line"),
        ("agent", "thank you hi [[NAME:bogdan]] i'm [[NAME:rashida]]"),
        ("customer", "hello"),
        ("agent", "so for a heloc i need the property address"),
        ("customer", f"[[ADDRESS:{g.pairs(str(g.r.randint(200, 9900)))} east magnolia avenue]] [[POSTCODE|us:{g.pc(zipc)}]]"),
        ("agent", f"and roughly what's it worth and what do you owe"),
        ("customer", f"maybe ((price:{g.money(300, 480, '$', cents=False)} thousand)) and we owe about half".replace(" dollars thousand", " thousand")),
        ("agent", f"you could borrow up to ((percentage:{g.pct()})) of the equity i'll send the application to your email"),
        ("customer", "[[EMAIL:bogdan dot ionescu eighty at gmail dot com]]".replace(" eighty ", " ")),
        ("agent", "got it you'll have it within the hour"),
    ]


@case("asr")
def credit_union_lost_card_ni(g):
    card = g.card("visa")
    b = g.blocks(card)
    ni = g.nino_raw()
    mem = g.acct_raw("######")
    return [
        ("agent", "hello you're through to [[NAME:tegan]] at the credit union how can i help"),
        ("customer", "i've lost my debit card i think i left it in a taxi"),
        ("agent", "let's get it cancelled straight away what's your member number"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.dg(mem)}]]"),
        ("agent", "and for security your national insurance number"),
        ("customer", f"[[SSN#n|ni:{g.dg(ni[:2])} {g.dg(ni[2:4])}]] [[SSN#n|ni:{g.dg(ni[4:8])} {g.dg(ni[8])}]]"),
        ("agent", f"thank you [[NAME:obadiah]] i can see one card on the account ending [[CARD_NUMBER|p:{g.dg(b[3])}]] is that the one"),
        ("customer", "yes"),
        ("agent", f"it's stopped now the last transaction on it was ((price:{g.money(8, 30)})) at ((time:{g.clock()})) was that you"),
        ("customer", "yeah that was the taxi"),
        ("agent", f"okay a new card will be with you in ((duration:{g.dur(5, 7, 'working days')})) with a new number"),
        ("customer", "thanks"),
    ]

# ---------------------------------------------------------------- pawn and cheque cashing
@case("asr")
def pawn_ticket_extension_card(g):
    tkt = g.acct_raw("######")
    card = g.card("visa")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    dob = g.dob_raw()
    return [
        ("agent", "golden anchor pawn this is [[NAME:reggie]]"),
        ("customer", "hey i got a loan on a guitar with you and i can't make it in before it goes into forfeit can i extend over the phone"),
        ("agent", "yeah we can do that what's the ticket number"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.dg(tkt)}]]"),
        ("agent", f"and your date of birth to match the id we scanned"),
        ("customer", f"[[DOB:{g.dob(dob, 1)}]]"),
        ("agent", f"okay [[NAME:desmond]] that's the ((year:{g.yr(1968, 1979)})) stratocaster the extension fee for ((duration:{g.dur(30, 30, 'days')})) is ((price:{g.money(45, 90, '$')}))"),
        ("customer", "yeah do it"),
        ("customer", f"card's [[CARD_NUMBER#c:{g.dg(b[0])}]] [[CARD_NUMBER#c:{g.dg(b[1])}]] [[CARD_NUMBER#c:{g.dg(b[2])}]] [[CARD_NUMBER#c:{g.dg(b[3])}]]"),
        ("agent", "expiration"),
        ("customer", f"[[EXPIRY:{g.exp(e, 0)}]]"),
        ("agent", "and the three on the back"),
        ("customer", f"[[CVV:{g.dg(cvv)}]]"),
        ("agent", f"you're good till ((date:{g.day(1)})) and the payoff to get it back is ((price:{g.money(300, 700, '$')}))"),
        ("customer", "thanks man"),
    ]


@case("asr")
def cheque_cashing_account_phone(g):
    ssn = g.ssn_raw()
    ph_old = g.phone_raw("us")
    ph = g.phone_raw("us")
    mem = g.acct_raw("##########")
    return [
        ("agent", "quick cash check cashing this is [[NAME:yolanda]] how can i help you"),
        ("customer", "hi i tried to cash my paycheck at the store and they said my account's flagged"),
        ("agent", "i'm sorry about that let me look what's your customer number it's on the back of the card"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.mix(mem)}]]"),
        ("agent", "and the last four of your social"),
        ("customer", f"[[SSN|p:{g.dg(ssn[5:], homo=.5)}]]"),
        ("agent", f"thank you [[NAME:mr ferreira-santos]] it looks like your phone number bounced when we tried to verify your employer's check".replace("[[NAME:mr ferreira-santos]]", "mr [[NAME:ferreira-santos]]")),
        ("agent", f"we have you at [[PHONE:{g.phone(ph_old)}]]"),
        ("customer", f"oh that's my old number it's [[PHONE#n:{g.dg(ph[:3])}]] [[PHONE#n:{g.dg(ph[3:6])}]] [[PHONE#n:{g.dg(ph[6:])}]] now"),
        ("agent", "okay updated and i've cleared the flag"),
        ("customer", "so i can go back in today"),
        ("agent", f"yes just bring the same id the fee is ((percentage:{g.pct()})) of the check like usual"),
        ("customer", f"it's for ((price:{g.money(600, 1400, '$')})) so what's that come to"),
        ("agent", "the cashier will show you before you sign anything"),
    ]


@case("transcript")
def pawn_shop_item_ca(g):
    tkt = g.acct_raw("T-######")
    ph = g.phone_raw("us")
    return [
        ("agent", "Northside Pawn & Loan, Mireille speaking.".replace("Mireille", "[[NAME:Mireille]]")),
        ("customer", "Hi, my husband pawned my ring without asking and I want to buy it back."),
        ("agent", "Oh dear. Do you have the ticket?"),
        ("customer", f"I found it in his jacket. It's [[ACCOUNT_NUMBER:{tkt}]]."),
        ("agent", "The ticket holder has to redeem it, or give written permission. Is the name on it Gustavo Ferraz?".replace("Gustavo Ferraz", "[[NAME:Gustavo Ferraz]]")),
        ("customer", "Yes, that's him. I'm Ana-Lúcia Ferraz.".replace("Ana-Lúcia Ferraz", "[[NAME:Ana-Lúcia Ferraz]]")),
        ("agent", f"If he signs the back of the ticket and you bring ID, you can redeem it. It's ((price:{g.money(180, 420, '$')})) plus ((percentage:{g.pct()})) interest so far."),
        ("customer", "Can you hold it? The loan is up soon."),
        ("agent", f"It's good until ((date:{g.day(0)})). I'll put a note on it. What's a number to reach you?"),
        ("customer", f"[[PHONE:{g.phone(ph)}]]."),
        ("agent", f"Got it. We're open until ((time:{g.clock()})) weekdays."),
        ("customer", "Thank you, Mireille.".replace("Mireille", "[[NAME:Mireille]]")),
    ]


@case("asr")
def pawnbroker_redeem_uk(g):
    tkt = g.acct_raw("#######")
    card = g.card("mc")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    dob = g.dob_raw()
    email = "prudence dot okafor at live dot co dot uk"
    return [
        ("agent", "afternoon you're through to [[NAME:lorcan]] at the pawnbrokers"),
        ("customer", "hi i want to pay off my loan and have the watch posted to me rather than come in"),
        ("agent", "we can do that with insured delivery can i take the agreement number"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.dg(tkt)}]]"),
        ("agent", f"thanks and i need to go through security your date of birth"),
        ("customer", f"[[DOB:{g.dob(dob, 0)}]]"),
        ("agent", f"and the email on the agreement"),
        ("customer", f"[[EMAIL:{email}]]"),
        ("agent", f"so that's [[EMAIL:{email}]] lovely [[NAME:prudence]] so to redeem it's ((price:{g.money(400, 900)})) plus ((price:{g.money(12, 20)})) for special delivery"),
        ("customer", f"okay card number [[CARD_NUMBER#c:{g.dg(b[0])} {g.dg(b[1])}]] erm [[CARD_NUMBER#c:{g.dg(b[2])} {g.dg(b[3])}]]"),
        ("agent", "and the expiry"),
        ("customer", f"[[EXPIRY:{g.exp(e, 1)}]]"),
        ("agent", "security code"),
        ("customer", f"[[CVV:{g.dg(cvv)}]]"),
        ("agent", f"that's all paid the watch will go out ((date:{g.day(0)})) signed for so make sure someone's in"),
    ]


# ---------------------------------------------------------------- music streaming family plans
@case("asr")
def streaming_family_add_member_au(g):
    card = g.card("mc")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    pc = g.pc_raw("au")
    return [
        ("agent", "hey you're chatting with [[NAME:kobe]] from listen plus support what can i do for you"),
        ("customer", "hi i want to switch to the family plan so my two kids can have their own accounts".replace("my two kids", "the kids")),
        ("agent", f"easy the family plan is ((price:{g.money(19, 25, '$', per=' a month')})) for up to ((count:{g.num(6, 6)})) accounts who's the main account holder"),
        ("customer", "me [[NAME:mele]] [[NAME:fifita]] my login email is [[EMAIL:mele dot fifita at bigpond dot com]]"),
        ("agent", "thanks [[NAME:mele]] and everyone has to live at the same address what's your postcode"),
        ("customer", f"[[POSTCODE|au:{g.pc(pc, 'au')}]]"),
        ("agent", "and the card you'd like to use for the new price"),
        ("customer", f"[[CARD_NUMBER#c:{g.dg(b[0])} {g.dg(b[1])} {g.dg(b[2])}]] um [[CARD_NUMBER#c:{g.dg(b[3])}]]"),
        ("agent", "expiry"),
        ("customer", f"[[EXPIRY:{g.exp(e, 0)}]]"),
        ("agent", "and the three digit code"),
        ("customer", f"[[CVV:{g.dg(cvv, homo=.5)}]]"),
        ("agent", "you're on family now you can invite the kids by email from the app"),
        ("customer", f"the younger one is only ((other:{g.num(9, 12)})) is that okay"),
        ("agent", f"yep anyone under ((other:{g.num(13, 13)})) gets the kids profile with explicit songs off"),
    ]


@case("transcript")
def streaming_family_billing_dispute(g):
    last = g.card("visa")[-4:]
    return [
        ("agent", "Hi, you're chatting with Benedetta from account support. What's going on?".replace("Benedetta", "[[NAME:Benedetta]]")),
        ("customer", "I've been charged twice this month for the family plan."),
        ("agent", "Sorry about that. Can I have the e-mail on the account?"),
        ("customer", "marcus.achebe.music@gmail.com.".replace("marcus.achebe.music@gmail.com", "[[EMAIL:marcus.achebe.music@gmail.com]]")),
        ("agent", f"Thanks, Marcus. I see two charges of ((price:{g.money(16, 22, '$')})) on the ((date:{g.day(0)})) to the card ending [[CARD_NUMBER|p:{last}]].".replace("Thanks, Marcus.", "Thanks, [[NAME:Marcus]].")),
        ("customer", "Right, one of those shouldn't be there."),
        ("agent", "It looks like one of your family members, k.achebe2009@outlook.com, started her own family plan by mistake.".replace("k.achebe2009@outlook.com", "[[EMAIL:k.achebe2009@outlook.com]]")),
        ("customer", "That'll be my daughter, Kemi.".replace("Kemi", "[[NAME:Kemi]]")),
        ("agent", f"I'll cancel hers and refund it. It'll take ((duration:{g.dur(5, 10, 'business days')}))."),
        ("customer", "Thank you. Can you stop members from doing that?"),
        ("agent", "Yes, I've turned on purchase approval, so any new plan needs your okay first."),
        ("customer", "Perfect."),
    ]


@case("asr")
def streaming_ivr_then_agent_uk(g):
    card = g.card("mc2")
    b = g.blocks(card)
    e = g.expiry()
    cvv = g.cvv()
    ph = g.phone_raw("ukm")
    return [
        ("ivr", "to update your payment details please enter the mobile number linked to your account"),
        ("ivr", f"you entered [[PHONE:{g.phone(ph)}]] please now enter your new card number"),
        ("ivr", f"you entered a card ending in [[CARD_NUMBER|p:{g.dg(b[3])}]] please enter the expiry date"),
        ("ivr", "that expiry date is not valid please hold while we connect you"),
        ("agent", "hi you're through to [[NAME:zara]] i can see you had some trouble updating your card"),
        ("customer", "yeah it keeps saying invalid expiry it's a brand new card"),
        ("agent", "what does it say on the card for the expiry"),
        ("customer", f"valid thru [[EXPIRY:{g.exp(e, 0)}]]"),
        ("agent", "ah it wants the month and year with no gap sometimes that trips it up i'll take it here instead can i have the full number"),
        ("customer", f"[[CARD_NUMBER#k:{g.dg(b[0])} {g.dg(b[1])}]] [[CARD_NUMBER#k:{g.dg(b[2])} {g.dg(b[3])}]]"),
        ("agent", "and the three digits on the back"),
        ("customer", f"[[CVV:{g.dg(cvv)}]]"),
        ("agent", f"thanks and your name for the card"),
        ("customer", "[[NAME:jasmine okonedo]]"),
        ("agent", f"done [[NAME:jasmine]] your family plan renews on the ((date:{g.day(0)})) at ((price:{g.money(17, 20)}))"),
    ]


@case("asr")
def streaming_student_discount_ie(g):
    dob = g.dob_raw()
    dob = (dob[0], dob[1], g.r.randint(2001, 2005))
    return [
        ("agent", "hi there it's [[NAME:tadhg]] from support how can i help"),
        ("customer", "hi i'm on my parents' family plan and i want my own student account now i'm in college"),
        ("agent", "no problem you'll need to leave the family plan first and verify you're a student what's your email"),
        ("customer", "[[EMAIL:ailbhe dot nic giolla at mail dot ucd dot ie]] that's my college one"),
        ("agent", "and your name"),
        ("customer", "[[NAME:ailbhe]] [[NAME:nic giolla]]"),
        ("agent", f"and your date of birth"),
        ("customer", f"[[DOB:{g.dob(dob, 0)}]]"),
        ("agent", f"grand the student plan is ((price:{g.money(5, 6, '€', per=' a month')})) and you can keep it for up to ((duration:{g.dur(4, 4, 'years')}))"),
        ("customer", "and my playlists come with me"),
        ("agent", "they do everything stays with your login"),
        ("customer", "brilliant"),
    ]


@case("transcript")
def streaming_household_check_ca(g):
    pc = g.pc_raw("ca")
    dob = g.dob_raw()
    return [
        ("agent", "Thanks for contacting us, this is Priyanka. How can I help?".replace("Priyanka", "[[NAME:Priyanka]]")),
        ("customer", "Hi, my account got kicked off the family plan because it says I don't live there."),
        ("agent", "Sorry about that. We ask members to confirm their address every so often. Can I have your e-mail?"),
        ("customer", "noor.haddadin@rogers.com.".replace("noor.haddadin@rogers.com", "[[EMAIL:noor.haddadin@rogers.com]]")),
        ("agent", "Thanks, Noor, that's [[EMAIL:noor.haddadin@rogers.com]]. And your date of birth to verify?".replace("Noor,", "[[NAME:Noor]],")),
        ("customer", f"[[DOB:{g.dob(dob, 2)}]]."),
        ("agent", "What address do you share with the plan manager?"),
        ("customer", f"[[ADDRESS:{g.num(10, 999)} Rideau Terrace]], Ottawa, [[POSTCODE|ca:{g.pc(pc)}]]. I'm at university in Halifax ((duration:{g.dur(8, 8, 'months')})) of the year though."),
        ("agent", "That's fine, students away from home can stay on the plan. I've marked your account as verified."),
        ("customer", "Thank you! Do I need to do anything?"),
        ("agent", "Just log out and back in. You're good until the next check in ((duration:{0})).".format(g.dur(12, 12, "months"))),
    ]


# ---------------------------------------------------------------- more read-backs and summaries
@case("asr")
def portal_ivr_dob_keyed(g):
    dob = g.dob_raw()
    mrn = g.digits(8)
    ph = g.phone_raw("geo")
    return [
        ("ivr", "welcome to the patient appointments line please key in your hospital number"),
        ("ivr", f"you entered [[ACCOUNT_NUMBER:{g.dg(mrn)}]] now please key in your date of birth as eight digits"),
        ("ivr", f"you entered [[DOB:{g.dg('%02d%02d%d' % dob)}]] thank you"),
        ("ivr", f"you have ((count:{g.num(1, 3)})) upcoming appointments the next is on ((date:{g.day(0)})) at ((time:{g.clock()})) to speak to the booking team please hold"),
        ("agent", "hello appointments [[NAME:perpetua]] speaking"),
        ("customer", "hi i need to move my appointment i'm away that week"),
        ("agent", f"no problem i can see your details came through so that's [[NAME:ifeoma]] [[NAME:nwachukwu]] born [[DOB:{g.dob(dob, 0)}]]"),
        ("customer", "that's right"),
        ("agent", f"i've got a slot ((duration:{g.dur(2, 3, 'weeks')})) later same time would that do"),
        ("customer", "perfect"),
        ("agent", f"and we'll send the letter and a text to [[PHONE:{g.phone(ph)}]] is that still your number"),
        ("customer", "it's the house phone yeah that's fine"),
        ("agent", f"lovely you're booked please arrive ((duration:{g.dur(10, 15, 'minutes')})) early"),
    ]


@case("transcript")
def student_arrival_pickup(g):
    dob = g.dob_raw()
    dob = (dob[0], dob[1], g.r.randint(2004, 2006))
    ref = g.acct_raw("RES-######")
    pc = g.pc_raw("uk")
    return [
        ("agent", "Good evening, Riverside Halls arrivals desk, this is Fergus.".replace("Fergus", "[[NAME:Fergus]]")),
        ("customer", "Hello, I'm an international student arriving next week and I booked the airport pickup."),
        ("agent", "Welcome! Can I have your booking reference?"),
        ("customer", f"[[ACCOUNT_NUMBER:{ref}]]. My name is [[NAME:Thandiwe Mokoena]]."),
        ("agent", f"Thank you, Thandiwe. I need your date of birth to match your passport.".replace("Thandiwe", "[[NAME:Thandiwe]]")),
        ("customer", f"[[DOB:{g.dob(dob, 0)}]]."),
        ("agent", "And your flight?"),
        ("customer", f"((flight_number:{g.flight('SA')})) to London, then ((flight_number:{g.flight('BA')})) up to Edinburgh, landing at ((time:{g.clock()}))."),
        ("agent", f"Perfect. The driver will wait up to ((duration:{g.dur(60, 90, 'minutes')})) after landing. Let me read back what I've got."),
        ("agent", f"Thandiwe Mokoena, born [[DOB:{g.dob(dob, 1)}]], going to [[ADDRESS:Flat {g.num(1, 9)}, Cramond House, {g.num(2, 60)} Riverside Walk]], [[POSTCODE|uk:{pc}]].".replace("Thandiwe Mokoena", "[[NAME:Thandiwe Mokoena]]")),
        ("customer", "That's all correct."),
        ("agent", f"Great. Your room key will be in an envelope with the driver, and your first rent payment is due ((date:{g.day(0)}))."),
    ]


@case("asr")
def breakdown_add_partner_summary(g):
    mem = g.acct_raw("#########")
    dob = g.dob_raw()
    pc = g.pc_raw("uk")
    ph = g.phone_raw("ukm")
    hn = g.r.randint(2, 99)
    return [
        ("agent", "hello membership team [[NAME:anwen]] speaking"),
        ("customer", "hi i'd like to add my partner to my breakdown cover so she's covered in any car"),
        ("agent", "of course that's our joint cover can i take your membership number first"),
        ("customer", f"[[ACCOUNT_NUMBER:{g.mix(mem)}]]"),
        ("agent", "thank you and your partner's full name"),
        ("customer", "[[NAME:keziah]] [[NAME:abernathy]] it's k e z i a h".replace("k e z i a h", "[[NAME:k e z i a h]]")),
        ("agent", "and her date of birth"),
        ("customer", f"[[DOB:{g.dob(dob, 1)}]]"),
        ("agent", f"and she lives with you at the same address"),
        ("customer", "yeah"),
        ("agent", f"lovely that's an extra ((price:{g.money(30, 55)})) for the rest of the year"),
        ("agent", f"so just to recap [[NAME:keziah abernathy]] born [[DOB:{g.dob(dob, 0)}]] added to membership [[ACCOUNT_NUMBER:{g.mix(mem)}]] at [[ADDRESS:{words(hn)} pennywort close]] [[POSTCODE|uk:{g.pc(pc)}]] and we'll text [[PHONE:{g.phone(ph)}]] to confirm"),
        ("customer", "perfect that's all right"),
        ("agent", f"she's covered from midnight and her card will arrive in ((duration:{g.dur(7, 10, 'days')}))"),
    ]


# ============================================================================ markup and checks
MARK = re.compile(r"\[\[([A-Z_]+)(?:#(\w+))?(?:\|([\w,]+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
DIGIT_WORD = {"zero": "0", "oh": "0", "o": "0", "one": "1", "won": "1", "two": "2", "to": "2",
              "too": "2", "three": "3", "four": "4", "for": "4", "five": "5", "six": "6",
              "seven": "7", "eight": "8", "ate": "8", "nine": "9"}
PLAIN_DIGIT = {"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight",
               "nine", "double", "triple"}
TEEN = {w: str(i) for i, w in enumerate(ONES) if i >= 10}
TENW = {w: i for i, w in enumerate(TENS) if w}
UNIT = {w: i for i, w in enumerate(ONES) if 1 <= i <= 9}
PUNCT = set(".,;:!?'\"()[]{}-/")
STREET = {"street", "st", "road", "rd", "avenue", "ave", "lane", "close", "drive", "way",
          "crescent", "court", "place", "terrace", "grove", "parade", "boulevard", "row",
          "gardens", "square", "mews", "hill", "walk", "rise", "view", "highway", "circuit",
          "parkway", "green", "wynd", "quay", "park", "estate", "heights", "loop", "trail",
          "pike", "boulevard", "blvd", "crescent", "cres", "hollow", "meadows", "vale", "yard",
          "end", "brae", "bank", "fold", "bothar", "bóthar", "sráid", "ascaill", "cove", "path", "crossing", "rue", "chemin", "bend"}
FLATW = {"flat", "apartment", "apt", "unit", "suite", "apartamento", "room"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir", "madam",
          "pastor", "father", "sister", "prof", "professor"}
NUMW = set(ONES) | set(TENW) | {"hundred", "thousand", "double", "triple", "oh", "won", "to",
                                "for", "ate"}


class Bad(Exception):
    pass


def to_digits(text, keep_letters=False):
    """Digits said or written in a span, in order ("double oh" -> 00, "forty one" -> 41)."""
    toks = re.findall(r"[A-Za-z']+|\d+", text.lower().replace("-", " "))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in DIGIT_WORD:
            out.append(DIGIT_WORD[toks[i + 1]] * (2 if t == "double" else 3))
            i += 1
        elif t in DIGIT_WORD and not (t == "o" and keep_letters):
            out.append(DIGIT_WORD[t])
        elif t in TEEN:
            out.append(TEEN[t])
        elif t in TENW:
            if i + 1 < len(toks) and toks[i + 1] in UNIT:
                out.append(str(TENW[t] * 10 + UNIT[toks[i + 1]]))
                i += 1
            else:
                out.append(str(TENW[t] * 10))
        elif t == "hundred" and out:
            out.append("00")
        elif t == "thousand" and out:
            out.append("000")
        elif keep_letters and len(t) <= 3 and t.isalpha():
            out.append(t.upper())
        elif keep_letters and t in NATO:
            out.append(NATO[t])
        i += 1
    return "".join(out)


def parse(marked):
    clean = []
    spans = []
    pos = 0
    last = 0
    for m in MARK.finditer(marked):
        pre = marked[last:m.start()]
        if "[[" in pre or "]]" in pre or "((" in pre or "))" in pre:
            raise Bad("stray markup in %r" % marked)
        clean.append(pre)
        pos += len(pre)
        if m.group(1):
            typ, tag, flags, body = m.group(1), m.group(2), m.group(3), m.group(4)
            if typ not in PII_TYPES:
                raise Bad("unknown type %s" % typ)
            spans.append(("pii", typ, tag, set((flags or "").split(",")) - {""}, pos, pos + len(body)))
        else:
            kind, body = m.group(5), m.group(6)
            if kind not in KEEP_KINDS:
                raise Bad("unknown keep kind %s" % kind)
            spans.append(("keep", kind, None, set(), pos, pos + len(body)))
        if "[[" in body or "((" in body:
            raise Bad("nested markup in %r" % marked)
        clean.append(body)
        pos += len(body)
        last = m.end()
    rest = marked[last:]
    if "[[" in rest or "]]" in rest or "((" in rest or "))" in rest:
        raise Bad("stray markup in %r" % marked)
    clean.append(rest)
    return "".join(clean), spans


def prefix_ok(d):
    if len(d) == 16 and d[0] == "4":
        return True
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if len(d) == 15 and d[:2] in ("34", "37"):
        return True
    if len(d) == 16 and (d.startswith("6011") or d.startswith("65")):
        return True
    return False


def phone_ok(d):
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    if len(d) == 10 and d[0] in "23456789" and d[3:8] == "55501":
        return True
    if len(d) == 11 and (d.startswith("07700900") or d.startswith("02079460") or
                         d[:8] in ("01614960", "01134960", "01174960")):
        return True
    return False


PC_RE = {"uk": r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$", "ie": r"^[A-Z]\d[\dW][A-Z\d]{4}$",
         "us": r"^\d{5}(\d{4})?$", "ca": r"^[A-Z]\d[A-Z]\d[A-Z]\d$", "au": r"^\d{4}$"}


def word_tokens(text):
    return [(m.group(0).lower(), m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+", text)]


def check_span_edges(cid, ui, text, s, e, what):
    if not (0 <= s < e <= len(text)):
        raise Bad("%s u%d: bad offsets %s" % (cid, ui, what))
    body = text[s:e]
    if body != body.strip():
        raise Bad("%s u%d: space at edge of %r" % (cid, ui, body))
    if body[0] in PUNCT:
        raise Bad("%s u%d: punctuation at start of %r" % (cid, ui, body))
    if body[-1] in PUNCT and not re.search(r"[ap]\.m\.$", body):
        raise Bad("%s u%d: punctuation at end of %r" % (cid, ui, body))
    if s > 0 and text[s - 1].isalnum():
        raise Bad("%s u%d: %r starts inside a word" % (cid, ui, body))
    if e < len(text) and text[e].isalnum():
        raise Bad("%s u%d: %r ends inside a word" % (cid, ui, body))


def build():
    g = G(SEED)
    out = []
    all_utts = {}
    emails = {}
    streets = {}
    for n, (style, fn) in enumerate(CASES, 1):
        cid = "t32-%03d" % n
        g.asr = style == "asr"
        try:
            lines = fn(g)
        except Exception as ex:  # a slip in a case function
            raise Bad("%s (%s): %r" % (cid, fn.__name__, ex))
        utts, pii, keep = [], [], []
        tags = {}
        groups = {}   # gid -> (type, [(ui, s, e, flags)])
        gn = 0
        for ui, (spk, marked) in enumerate(lines):
            if spk not in ("agent", "customer", "ivr"):
                raise Bad("%s: speaker %r" % (cid, spk))
            text, spans = parse(marked)
            if text != text.strip() or "  " in text or not text:
                raise Bad("%s u%d: spacing in %r" % (cid, ui, text))
            if style == "asr":
                if re.search(r"[A-Z]", text) or re.search(r"[.,?!;:@\"]", text):
                    raise Bad("%s u%d: asr text not lower case/unpunctuated: %r" % (cid, ui, text))
            utts.append({"speaker": spk, "text": text})
            for kind, typ, tag, flags, s, e in spans:
                check_span_edges(cid, ui, text, s, e, typ)
                if kind == "pii":
                    key = tag if tag else "_%d_%d" % (ui, s)
                    if key not in tags:
                        gn += 1
                        tags[key] = "g%d" % gn
                        groups[tags[key]] = (typ, [])
                    gid = tags[key]
                    if groups[gid][0] != typ:
                        raise Bad("%s: group %s mixes types" % (cid, tag))
                    groups[gid][1].append((ui, s, e, flags))
                    pii.append({"utterance": ui, "start": s, "end": e, "type": typ, "group": gid})
                else:
                    keep.append({"utterance": ui, "start": s, "end": e, "kind": typ})
        # overlaps
        for ui, u in enumerate(utts):
            sp = sorted([(p["start"], p["end"]) for p in pii if p["utterance"] == ui] +
                        [(k["start"], k["end"]) for k in keep if k["utterance"] == ui])
            for a, b in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    raise Bad("%s u%d: overlapping spans" % (cid, ui))
        # groups
        for gid, (typ, pieces) in groups.items():
            texts = [utts[ui]["text"][s:e] for ui, s, e, f in pieces]
            flags = set().union(*[f for _, _, _, f in pieces])
            kept = [utts[ui]["text"][s:e] for ui, s, e, f in pieces if "x" not in f]
            d = "".join(to_digits(t) for t in kept)
            where = "%s %s %r" % (cid, gid, texts)
            if typ == "CARD_NUMBER":
                if all("p" in f for _, _, _, f in pieces):
                    if not 4 <= len("".join(to_digits(t) for t in texts)) <= 8:
                        raise Bad("partial card " + where)
                elif not (len(d) in (15, 16) and luhn_ok(d) and prefix_ok(d)):
                    raise Bad("card fails (%s) %s" % (d, where))
            elif typ == "CVV":
                if not 3 <= len(d) <= 4:
                    raise Bad("cvv " + where)
            elif typ == "EXPIRY":
                t = " ".join(texts).lower()
                if not any(mn in t.split() for mn in MONTHS):
                    mm = {4: d[:2], 3: d[:1], 6: d[:2]}.get(len(d))
                    if mm is None or not 1 <= int(mm) <= 12:
                        raise Bad("expiry " + where)
            elif typ == "SSN":
                if "ni" in flags:
                    v = "".join(to_digits(t, keep_letters=True) for t in texts)
                    if not re.match(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$", v):
                        raise Bad("ni number %s %s" % (v, where))
                elif "p" in flags:
                    if len(d) != 4:
                        raise Bad("ssn last four " + where)
                else:
                    if not (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
                            and d[3:5] != "00" and d[5:] != "0000"):
                        raise Bad("ssn " + where)
            elif typ == "PHONE":
                if "p" in flags:
                    if len(d) != 4:
                        raise Bad("phone last four " + where)
                elif not phone_ok(d):
                    raise Bad("phone %s %s" % (d, where))
            elif typ == "POSTCODE":
                cs = flags & set(PC_RE)
                if len(cs) != 1:
                    raise Bad("postcode country " + where)
                v = "".join(to_digits(t, keep_letters=True) for t in texts)
                if not re.match(PC_RE[cs.pop()], v):
                    raise Bad("postcode %s %s" % (v, where))
            elif typ == "EMAIL":
                for ui, s, e, f in pieces:
                    t = utts[ui]["text"][s:e]
                    if "@" in t:
                        if style == "asr" or not re.match(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", t):
                            raise Bad("email " + where)
                    elif not (" at " in " %s " % t.lower() and " dot " in " %s " % t.lower()):
                        raise Bad("spoken email " + where)
                norm = " ".join(texts).lower()
                norm = re.sub(r"\s+at\s+", "@", norm)
                norm = re.sub(r"\s+dot\s+", ".", norm).replace(" ", "")
                if norm in emails and emails[norm] != cid:
                    raise Bad("email reused %s %s" % (norm, where))
                emails[norm] = cid
            elif typ == "ADDRESS":
                first = texts[0]
                toks = [t for t, _, _ in word_tokens(first)]
                alltoks = [t for x in texts for t, _, _ in word_tokens(x)]
                lead = re.match(r"\d", first) or (toks and (toks[0] in NUMW or toks[0] in FLATW))
                if not lead:
                    # a house or building name, then a numbered street
                    num_at = [i for i, t in enumerate(toks) if t in NUMW]
                    if not re.search(r"\d", first) and not num_at:
                        raise Bad("address start " + where)
                st = [i for i, t in enumerate(alltoks) if t in STREET]
                if not st:
                    raise Bad("address street word " + where)
                i = st[0]
                before = [t for t in alltoks[:i] if t not in NUMW and t not in FLATW and t != "and"]
                key = " ".join(before[-2:] + [alltoks[i]])
                if key in streets and streets[key] != cid:
                    raise Bad("street reused %s %s" % (key, where))
                streets[key] = cid
            elif typ == "NAME":
                for t in texts:
                    if re.search(r"\d", t) or any(w in TITLES for w, _, _ in word_tokens(t)):
                        raise Bad("name " + where)
            elif typ == "ACCOUNT_NUMBER":
                if not to_digits(" ".join(texts)):
                    raise Bad("account number without a digit " + where)
            elif typ == "DOB":
                t = " ".join(texts).lower()
                if not (to_digits(t) or any(mn in t for mn in MONTHS)):
                    raise Bad("dob " + where)
        # name words left unlabelled; digits outside spans; look-alikes
        name_words = set()
        for p in pii:
            if p["type"] == "NAME":
                for w, _, _ in word_tokens(utts[p["utterance"]]["text"][p["start"]:p["end"]]):
                    if len(w) >= 2:
                        name_words.add(w)
        for ui, u in enumerate(utts):
            text = u["text"]
            ps = [(p["start"], p["end"]) for p in pii if p["utterance"] == ui]
            ks = [(k["start"], k["end"]) for k in keep if k["utterance"] == ui]
            inside = lambda a, b, sp: any(s <= a and b <= e for s, e in sp)
            for w, a, b in word_tokens(text):
                if w in name_words and not inside(a, b, ps):
                    raise Bad("%s u%d: name word %r left unlabelled" % (cid, ui, w))
            letters = [(w, a, b) for w, a, b in word_tokens(text) if not inside(a, b, ps)]
            i = 0
            while i < len(letters):
                j = i
                while j < len(letters) and len(letters[j][0]) == 1:
                    j += 1
                if j - i >= 3 and "".join(w for w, _, _ in letters[i:j]) in name_words:
                    raise Bad("%s u%d: spelled name left unlabelled" % (cid, ui))
                i = max(j, i + 1)
            for m in re.finditer(r"\d", text):
                if not inside(m.start(), m.end(), ps + ks):
                    raise Bad("%s u%d: digit outside a span: %r" % (cid, ui, text))
            run = 0
            for m in re.finditer(r"[A-Za-z']+", text):
                if m.group(0).lower() in PLAIN_DIGIT and not inside(m.start(), m.end(), ps + ks):
                    run += 1
                    if run >= 4:
                        raise Bad("%s u%d: four digit words outside a span: %r" % (cid, ui, text))
                else:
                    run = 0
            pds = [to_digits(text[s:e]) for s, e in ps]
            for s, e in ks:
                kd = to_digits(text[s:e])
                if 13 <= len(kd) <= 19 and luhn_ok(kd):
                    raise Bad("%s u%d: look-alike passes Luhn %r" % (cid, ui, text[s:e]))
                for pd in pds:
                    if len(pd) >= 3 and pd in kd:
                        raise Bad("%s u%d: look-alike holds pii digits %r" % (cid, ui, text[s:e]))
            # repeated long utterances across cases
            norm = " ".join(re.findall(r"[a-z0-9']+", text.lower()))
            if len(norm.split()) >= 9:
                if norm in all_utts and all_utts[norm] != cid:
                    raise Bad("%s u%d: utterance repeats %s: %r" % (cid, ui, all_utts[norm], text))
                all_utts[norm] = cid
        out.append({"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep})
    return out


MINIMUM = {"cases": 80, "utterances": 1000, "no_pii": 400, "keep": 280, "ivr_cases": 3,
           "asr_share": 0.60, "CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10,
           "PHONE": 35, "EMAIL": 25, "DOB": 25, "ADDRESS": 40, "POSTCODE": 40,
           "ACCOUNT_NUMBER": 45, "NAME": 200, "card_groups": 45}


def counts(cases):
    c = {"cases": len(cases), "utterances": 0, "no_pii": 0, "keep": 0, "ivr_cases": 0,
         "asr_utts": 0}
    spans = {t: 0 for t in PII_TYPES}
    grps = {t: 0 for t in PII_TYPES}
    kinds = {k: 0 for k in KEEP_KINDS}
    for cs in cases:
        n = len(cs["utterances"])
        c["utterances"] += n
        if cs["style"] == "asr":
            c["asr_utts"] += n
        if any(u["speaker"] == "ivr" for u in cs["utterances"]):
            c["ivr_cases"] += 1
        with_pii = {p["utterance"] for p in cs["pii"]}
        c["no_pii"] += n - len(with_pii)
        for p in cs["pii"]:
            spans[p["type"]] += 1
        seen = {}
        for p in cs["pii"]:
            seen[p["group"]] = p["type"]
        for t in seen.values():
            grps[t] += 1
        for k in cs["keep"]:
            kinds[k["kind"]] += 1
            c["keep"] += 1
    c["asr_share"] = c["asr_utts"] / max(1, c["utterances"])
    return c, spans, grps, kinds


def main():
    check_only = "--check" in sys.argv[1:]
    try:
        cases = build()
    except Bad as ex:
        print("INVALID:", ex, file=sys.stderr)
        sys.exit(1)
    c, spans, grps, kinds = counts(cases)
    print("cases %d  utterances %d  asr share %.3f  utterances without pii %d  ivr cases %d"
          % (c["cases"], c["utterances"], c["asr_share"], c["no_pii"], c["ivr_cases"]))
    print("pii spans / groups:")
    for t in PII_TYPES:
        print("  %-15s %4d / %4d" % (t, spans[t], grps[t]))
    print("keep spans %d:" % c["keep"], ", ".join("%s %d" % (k, v) for k, v in kinds.items()))
    short = []
    for k, v in MINIMUM.items():
        have = spans.get(k) if k in spans else (grps["CARD_NUMBER"] if k == "card_groups" else c[k])
        if have < v:
            short.append("%s %s < %s" % (k, have, v))
    if any(v == 0 for v in kinds.values()):
        short.append("a keep kind is missing")
    if short:
        print("BELOW MINIMUM: " + "; ".join(short), file=sys.stderr)
        sys.exit(1)
    if check_only:
        print("check only: nothing written")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for cs in cases:
            f.write(json.dumps(cs, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
