#!/usr/bin/env python3
"""Write data/redaction/dev45.jsonl, a redaction development set (case ids t41-001 ...).

Written as the held-out set test41.jsonl, measured once with the forty-third round's code, then
renamed dev45 and tuned on in the forty-fourth round.

What the set leans on
---------------------
Number-dense calls in financial services: banks, building societies and credit
unions, card issuers, lenders and buy-now-pay-later firms, debt advice and
collections, pensions, annuities and investment platforms, money transfer
services and insurers collecting premiums.  Card and account details sit among
many numbers that are not personal data: balances, APRs and AERs, minimum
payments, statement and due dates, amounts and dates read from statements,
merchants with store and register numbers, loan terms, fees, credit limits,
exchange rates, transfer and receipt references, units and card-reader models.
The calls activate new cards, report lost cards and order replacements, dispute
transactions read out line by line, set up direct debits, standing orders and
autopay (sort codes, routing, transit and BSB numbers, IBANs said in pieces),
pay arrears and premiums by card, move money and check identity first (date of
birth, postcode, first line of address, SSN or its last four, NI and PPS
numbers; memorable answers are not labelled).  Card payments carry the most
weight: cards in one to five pieces over turns, restarts, corrected and
repeated blocks, read-backs by agents and IVRs (whole, one block, last four,
a misheard one), CVVs and expiries asked and said in varied ways, a card given
and withdrawn, two cards in one call.  Callers are in the UK (Northern Ireland
included), Ireland, the US, Canada and Australia.  About half the utterances are
in each style; nine calls have an IVR.

How it is built
---------------
Every call below is its own hand-written function (people, firm, reason for
calling, wording and order of events are written case by case).  The markup is
inline: [[TYPE#grp:text]] for pii (grp is local to the case; a '~' after it
marks a piece that is not part of the final value, which the Luhn and phone
checks leave out: digits said before a restart, a corrected or repeated block,
a phone extension, a misheard read-back) and ((kind:text)) for keep spans.
The markup is stripped in code and every offset is computed from the clean
text; groups are renumbered g1, g2, ... in order of first appearance.  Every
generated number (cards, codes, expiries, SSNs, NI and PPS numbers, phones,
postcodes, account numbers, IBANs with valid check digits, routing numbers with
valid check digits, dates of birth, house and flat numbers, amounts, rates,
dates, model numbers, references) comes from ONE random.Random(41), drawn in
case order; small everyday numbers in the wording (durations, counts, times,
ages, keypad options) are written by hand.  Names, streets, firms and e-mail
addresses are written by hand.  Phones are fiction ranges: US/Canada 555-01xx,
UK Ofcom drama numbers (07700 900xxx, 020 7946 0xxx, 0113/0117/0118/0161 496
0xxx, 029 2018 0xxx, 028 9649 6xxx), Australian ACMA numbers ((0X) 5550 xxxx,
0491 57x xxx).  No Irish phone numbers are used.

Choices where the conventions are silent (applied throughout)
-------------------------------------------------------------
* Card pieces: digits said before a restart, a corrected block and a block
  repeated on request stay in the card's group.  A card said again in full,
  every read-back (whole card, one or more blocks, last four, by agent or IVR),
  any last four said by either side, a misheard IVR or agent read-back and a
  card given and then withdrawn are groups of their own.
* Pieces of one value are split only by words (fillers, asides, "then", "and")
  or a change of turn; pieces separated only by spaces or punctuation ("...",
  commas) are one span.
* A card's last four is always a CARD_NUMBER, also for cards listed as debts;
  an account's last four is an ACCOUNT_NUMBER, a phone's a PHONE, an SSN's an SSN.
* "expires", "valid thru", "end of", "CVV", "CVC", "security code" stay outside;
  "slash" and "of" between month and year are inside the EXPIRY.  The expiry of
  an expired card is labelled; a card's "valid from" date is a `date` look-alike.
* A phone's extension is a piece of the phone's group ("extension" outside).
* ACCOUNT_NUMBER: bank account numbers, sort codes, routing, transit and BSB
  numbers, IBANs and IFSC codes (each a group apart from the account number),
  member, customer, investor, plan, policy, loan, agreement, contract, mortgage
  and merchant numbers, order numbers, dispute, case, chargeback and fraud
  references, a police report number, council tax and debt-plan references and
  a bill's customer reference number.
* `other`: payment confirmations, receipts, request and transfer numbers,
  money-transfer tracking numbers, one-time codes, store, register, terminal
  and agent-location numbers, keypad options, a BPAY biller code, a bank's
  institution number, an ABN (a business's number), exchange rates, a tax code,
  an index name, an instalment's position ("payment 3") and ages.
  `quantity`: fund units, air miles, kWh.  `count`: numbers of payments, of
  digits ("16-digit"), of months of payslips.  `year`: tax years, a fund's year.
  `date` also holds "today", "tonight" and an IVR's example date.
* NI and PPS numbers are SSNs; Eircodes, Canadian and Australian postcodes are
  POSTCODEs.
* NAME: agents, callers, third parties (payees, landlords, relatives, a
  scammer), an account name shown to the agent ("l ferraro"), names spelled
  letter by letter (a group of their own); titles outside.  A name inside an
  e-mail belongs to the EMAIL span; a company's e-mail address is not labelled.
* ADDRESS: number, street, flat/unit/apartment/suite (before or after) and the
  town or Dublin district when said in the same breath; state and province
  abbreviations and towns introduced separately are outside.
* Amounts said as words keep their unit and a rate after them ("a day") inside
  the price span; "APR"/"AER" stay outside the percentage.

Checks (the script exits with status 1 and writes nothing if any fails)
-----------------------------------------------------------------------
spans inside their text, no overlaps, no leading/trailing space or punctuation
(currency signs, "%" and a final "a.m."/"p.m." allowed), not starting or ending
inside a word, no number word outside every span glued to a span; cards of
15/16 digits pass Luhn (Amex 15), other card groups are a last four or a block
of a card in the case; CVV 3-4 digits; SSN of the allowed shape, its last four,
an NI or a PPS number; phones 10-12 digits in a US/UK/Australian shape or a last
four; expiry months valid; ZIP, UK, Irish, Canadian and Australian postcodes in
shape; e-mails typed (with '@') or spoken ("at" ... "dot", never '@' in asr);
ADDRESS starts with a number (after flat/unit/apartment/suite) and has a street
word; NAME without digits or titles; look-alikes of 13-19 digits fail Luhn and
hold no pii digits of their utterance; no digit outside a span and no run of
four or more number words outside spans; asr text lower case without
punctuation; a name word labelled in a case is never left unlabelled in it; no
e-mail or street in two cases; no utterance of nine words or more (span
contents masked) in two cases; the brief's minimum counts.

Run
---
    python3 data/redaction/make_dev45.py            # validate, print counts, write dev45.jsonl
    python3 data/redaction/make_dev45.py --check    # validate and print counts only
Standard library only; the output is identical on every run and under any
PYTHONHASHSEED.
"""

import json
import os
import re
import sys
import random
import unicodedata

SEED = 41
OUT_NAME = "dev45.jsonl"

# ---------------------------------------------------------------------------
# Number generation: ONE random.Random(41), drawn in case order.
# ---------------------------------------------------------------------------

def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError


class Gen:
    UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
    EIR_CHARS = "0123456789ACDEFHKNPRTVWXY"
    CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
    NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
    NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"

    def __init__(self, seed):
        self.r = random.Random(seed)

    # basic draws
    def ri(self, a, b):
        return self.r.randint(a, b)

    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first_nonzero=True):
        out = []
        for i in range(n):
            if i == 0 and first_nonzero:
                out.append(str(self.r.randint(1, 9)))
            else:
                out.append(str(self.r.randrange(10)))
        return "".join(out)

    # cards
    def _card(self, prefix, length):
        body = prefix + "".join(str(self.r.randrange(10)) for _ in range(length - len(prefix) - 1))
        return body + luhn_digit(body)

    def visa(self):
        return self._card("4", 16)

    def mc(self):
        if self.r.random() < 0.75:
            return self._card("5" + str(self.r.randint(1, 5)), 16)
        return self._card(str(self.r.randint(2221, 2720)), 16)

    def amex(self):
        return self._card(self.r.choice(["34", "37"]), 15)

    def disc(self):
        return self._card("6011", 16)

    def cvv(self, n=3):
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def expiry(self, lo=2027, hi=2032):
        return self.r.randint(1, 12), self.r.randint(lo, hi)

    # national ids
    def ssn(self):
        while True:
            area = self.r.randint(1, 665)
            if area != 666:
                break
        return "%03d%02d%04d" % (area, self.r.randint(1, 99), self.r.randint(1, 9999))

    def ni(self):
        while True:
            p = self.r.choice(self.NI_FIRST) + self.r.choice(self.NI_SECOND)
            if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        return p + "".join(str(self.r.randrange(10)) for _ in range(6)) + self.r.choice("ABCD")

    def pps(self):
        ds = "".join(str(self.r.randrange(10)) for _ in range(7))
        tot = sum(int(d) * (8 - i) for i, d in enumerate(ds)) % 23
        return ds + ("W" if tot == 0 else chr(64 + tot))

    # phones
    def phone_us(self, area):
        return area + "55501" + "%02d" % self.r.randint(0, 99)

    def phone_uk_mob(self):
        return "07700900" + "%03d" % self.r.randint(0, 999)

    def phone_uk_land(self, code):
        table = {"020": "02079460", "0113": "01134960", "0117": "01174960",
                 "0121": "01214960", "0131": "01314960", "0141": "01414960",
                 "0151": "01514960", "0161": "01614960", "0191": "01914980",
                 "028": "02896496", "029": "02920180", "0118": "01184960",
                 "0115": "01154960", "0116": "01164960", "0114": "01144960"}
        return table[code] + "%03d" % self.r.randint(0, 999)

    def phone_au(self, area):
        """ACMA's numbers for fiction: (0X) 5550 xxxx landlines, 0491 57x xxx mobiles"""
        if area == "04":
            return "049157" + "%04d" % self.r.randint(0, 9999)
        return area + "5550" + "%04d" % self.r.randint(0, 9999)

    # postcodes
    def zip(self, prefix):
        return prefix + "%02d" % self.r.randint(1, 99)

    def ukpc(self, outward):
        return outward + " " + str(self.r.randint(1, 9)) + self.r.choice(self.UK_INWARD) + self.r.choice(self.UK_INWARD)

    def eir(self, rk):
        return rk + " " + "".join(self.r.choice(self.EIR_CHARS) for _ in range(4))

    def capc(self, fsa):
        return fsa + " " + str(self.r.randint(1, 9)) + self.r.choice(self.CA_LETTERS) + str(self.r.randint(0, 9))

    def aupc(self, lo, hi):
        return str(self.r.randint(lo, hi))

    # dates
    def dob(self, lo=1941, hi=2005):
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def day(self):
        return self.r.randint(1, 28)

    def month(self):
        return self.r.randint(1, 12)

    # accounts
    def acct(self, n):
        return self.digits(n)

    def sort(self):
        return "%02d-%02d-%02d" % (self.r.randint(10, 99), self.r.randint(0, 99), self.r.randint(0, 99))

    def routing(self):
        while True:
            body = "%02d" % self.r.randint(1, 12) + "".join(str(self.r.randrange(10)) for _ in range(6))
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            s = sum(int(d) * w[i] for i, d in enumerate(body))
            return body + str((10 - s % 10) % 10)

    def bsb(self):
        return "%03d-%03d" % (self.r.choice([62, 63, 64, 32, 33, 34, 82, 83, 84, 12, 13, 182]), self.r.randint(0, 999))

    def iban(self, country, bank, bban_digits):
        bban = bank + bban_digits
        conv = "".join(str(int(c, 36)) for c in bban + country + "00")
        chk = 98 - int(conv) % 97
        return country + "%02d" % chk + bban

    def amt(self, lo, hi):
        """an amount in cents between lo and hi (whole units)"""
        return self.r.randint(lo * 100, hi * 100)

    def whole(self, lo, hi):
        return self.r.randint(lo, hi)

    def house(self, lo=1, hi=199):
        return self.r.randint(lo, hi)

    def tracking(self, n):
        while True:
            s = self.digits(n)
            if not luhn_ok(s):
                return s

    def code(self, pattern):
        """pattern: 9 = digit, A = letter (no I O), other chars kept"""
        out = []
        for ch in pattern:
            if ch == "9":
                out.append(str(self.r.randrange(10)))
            elif ch == "A":
                out.append(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))
            else:
                out.append(ch)
        return "".join(out)

    def pct(self, lo, hi, dp=1):
        v = self.r.randint(int(lo * 10 ** dp), int(hi * 10 ** dp))
        return v / (10 ** dp)


# ---------------------------------------------------------------------------
# Rendering helpers (deterministic; no random draws)
# ---------------------------------------------------------------------------

ONES = "zero one two three four five six seven eight nine".split()
TEENS_W = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS_W = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = "January February March April May June July August September October November December".split()
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth",
       "twenty ninth", "thirtieth", "thirty first"]
ORD_SUF = lambda d: str(d) + ("th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def w(s, zero="oh"):
    """digits -> digit words"""
    return " ".join(zero if c == "0" else ONES[int(c)] for c in s if c.isdigit())


def wd(s, zero="oh"):
    """digit words with double/triple for runs"""
    s = "".join(c for c in s if c.isdigit())
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        word = zero if s[i] == "0" else ONES[int(s[i])]
        while run > 0:
            if run == 3 or run == 5:
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


def two(n):
    """0..99 as words"""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS_W[n - 10]
    t, u = divmod(n, 10)
    return TENS_W[t] + ("" if u == 0 else " " + ONES[u])


def wp(s, zero="oh"):
    """digits said in pairs: '4107' -> 'forty one oh seven'"""
    s = "".join(c for c in s if c.isdigit())
    out = []
    for i in range(0, len(s), 2):
        ch = s[i:i + 2]
        if len(ch) == 1:
            out.append(w(ch, zero))
        elif ch[0] == "0":
            out.append(w(ch, zero))
        else:
            out.append(two(int(ch)))
    return " ".join(out)


def say3(n):
    """a three-digit number said the everyday way: 210 -> 'two ten', 305 -> 'three oh five'"""
    h, r = divmod(n, 100)
    return ONES[h] + " " + (two(r) if r >= 10 else "oh " + ONES[r])


def n2w(n, uk=True):
    """cardinal words"""
    if n < 100:
        return two(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + ("" if r == 0 else (" and " if uk else " ") + two(r))
    if n < 1000000:
        t, r = divmod(n, 1000)
        head = n2w(t, uk) + " thousand"
        if r == 0:
            return head
        if r < 100:
            return head + (" and " if uk else " ") + two(r)
        return head + " " + n2w(r, uk)
    m, r = divmod(n, 1000000)
    return n2w(m, uk) + " million" + ("" if r == 0 else " " + n2w(r, uk))


def money_t(cents, sym="£", dec=True):
    units, c = divmod(cents, 100)
    if dec:
        return "%s%s.%02d" % (sym, "{:,}".format(units), c)
    return "%s%s" % (sym, "{:,}".format(units))


def money_w(cents, unit="pounds", sub=None, uk=True, and_=False):
    """'forty two pounds sixty' / 'forty two dollars and sixty cents'"""
    units, c = divmod(cents, 100)
    s = n2w(units, uk) + " " + unit
    if c:
        if sub:
            s += (" and " if and_ else " ") + two(c) + " " + sub
        else:
            s += " " + (two(c) if c >= 10 else "oh " + ONES[c])
    return s


def dec_w(x, dp=None):
    """a decimal number in words: 19.99 -> 'nineteen point nine nine'"""
    txt = ("%." + str(dp) + "f") % x if dp is not None else repr(x)
    if "." not in txt:
        return n2w(int(txt), False)
    whole_, frac = txt.split(".")
    frac = frac.rstrip("0") or "0"
    return n2w(int(whole_), False) + " point " + " ".join(ONES[int(c)] for c in frac)


def money_short(cents):
    """'twelve forty' style, units then cents (no currency word)"""
    units, c = divmod(cents, 100)
    return n2w(units, False) + " " + (two(c) if c >= 10 else ("oh " + ONES[c] if c else "even"))


def year_w(y):
    if 2000 <= y < 2010:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two(hi) + " hundred"
    if lo < 10:
        return two(hi) + " oh " + ONES[lo]
    return two(hi) + " " + two(lo)


def yy_w(y):
    lo = y % 100
    return ("oh " + ONES[lo]) if lo < 10 else two(lo)


def mon(m):
    return MONTHS[m - 1]


def card_t(n, sep=" "):
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join([n[i:i + 4] for i in range(0, 16, 4)])


def blocks(n):
    if len(n) == 15:
        return [n[:4], n[4:10], n[10:]]
    return [n[i:i + 4] for i in range(0, 16, 4)]


def exp_t(m, y, sep="/"):
    return "%02d%s%02d" % (m, sep, y % 100)


def phone_us_t(p, sep="-"):
    return sep.join([p[:3], p[3:6], p[6:]])


def phone_uk_t(p):
    if p.startswith("07"):
        return p[:5] + " " + p[5:]
    if p.startswith("02"):
        return p[:3] + " " + p[3:7] + " " + p[7:]
    return p[:4] + " " + p[4:7] + " " + p[7:]


def phone_au_t(p):
    return p[:2] + " " + p[2:6] + " " + p[6:]


def spaced(s):
    """'AB12' -> 'a b 1 2' style letters for asr (lower case)"""
    return " ".join(c.lower() for c in s if c != " ")


def sp_alnum(s, zero="oh"):
    """letters as letters, digits as words, for asr"""
    out = []
    for c in s:
        if c.isdigit():
            out.append(zero if c == "0" else ONES[int(c)])
        elif c.isalpha():
            out.append(c.lower())
    return " ".join(out)


# ---------------------------------------------------------------------------
# Markup, parsing, validation
# ---------------------------------------------------------------------------

PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
MINIMUMS = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35, "EMAIL": 25,
            "DOB": 20, "ADDRESS": 35, "POSTCODE": 35, "ACCOUNT_NUMBER": 45, "NAME": 200}
MIN_CASES, MIN_UTTS, MIN_PLAIN_UTTS, MIN_KEEP, MIN_IVR = 80, 1000, 400, 280, 6

MARK_RE = re.compile(r"\[\[([A-Z_]+)(?:#([A-Za-z0-9]+)(~?))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}

NUM_UNITS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
             "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
NUM_TEENS = {w_: str(10 + i) for i, w_ in enumerate(TEENS_W)}
NUM_TENS = {TENS_W[i]: str(i) for i in range(2, 10)}
NUMBER_WORDS = set(NUM_UNITS) | set(NUM_TEENS) | set(NUM_TENS) | {"hundred", "thousand", "double", "triple"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
SKIP_WORDS = {"dash", "hyphen", "slash", "space", "and", "point", "dot"}
MONTH_WORDS = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
MONTH_WORDS.update({m.lower()[:3]: i + 1 for i, m in enumerate(MONTHS)})
MONTH_WORDS["sept"] = 9
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
                "crescent", "way", "place", "pl", "court", "ct", "terrace", "parade", "boulevard",
                "blvd", "grove", "gardens", "row", "square", "hill", "walk", "mews", "view", "rise",
                "green", "wynd", "circle", "highway", "parkway", "trail", "quay", "park", "esplanade",
                "promenade", "brae", "gate", "loan", "crossing", "pike", "circuit", "heights",
                "vale", "yard", "wharf", "bend", "meadows", "rue", "chemin", "broadway", "lawn", "drove", "lane's", "estate", "road's"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir", "madam", "mx"}
EDGE_OK_START = set("$£€")
EDGE_OK_END = set("%")


def tokens(text):
    return re.findall(r"[a-z]+|\d+", text.lower())


def compact(text):
    """turn a spoken or typed value into letters and digits"""
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            if nxt in NUM_UNITS:
                out.append(NUM_UNITS[nxt] * n)
            elif len(nxt) == 1:
                out.append(nxt.upper() * n)
            elif nxt in NATO:
                out.append(NATO[nxt] * n)
            else:
                out.append("?")
            i += 2
            continue
        elif t == "as" and nxt == "in":
            i += 3
            continue
        elif t in NUM_UNITS:
            out.append(NUM_UNITS[t])
        elif t in NUM_TEENS:
            out.append(NUM_TEENS[t])
        elif t in NUM_TENS:
            if nxt in NUM_UNITS and NUM_UNITS[nxt] != "0":
                out.append(NUM_TENS[t] + NUM_UNITS[nxt])
                i += 2
                continue
            out.append(NUM_TENS[t] + "0")
        elif t in ("hundred", "thousand"):
            width = 2 if t == "hundred" else 3
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            nx = toks[j] if j < len(toks) else None
            nx2 = toks[j + 1] if j + 1 < len(toks) else None
            if nx in NUM_TEENS and width == 2:
                out.append(NUM_TEENS[nx])
                i = j + 1
                continue
            if nx in NUM_TENS and width == 2:
                if nx2 in NUM_UNITS and NUM_UNITS[nx2] != "0":
                    out.append(NUM_TENS[nx] + NUM_UNITS[nx2])
                    i = j + 2
                else:
                    out.append(NUM_TENS[nx] + "0")
                    i = j + 1
                continue
            if nx in NUM_UNITS and toks[i + 1] == "and" and width == 2:
                out.append("0" + NUM_UNITS[nx])
                i = j + 1
                continue
            out.append("0" * width)
        elif t in NATO:
            out.append(NATO[t])
        elif t in SKIP_WORDS:
            pass
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def digits_of(text):
    return "".join(c for c in compact(text) if c.isdigit())


class Bad(Exception):
    pass


def parse_line(raw):
    """strip the markup from one utterance; return clean text, pii, keep"""
    clean = []
    pos = 0
    pii, keep = [], []
    last = 0
    for m in MARK_RE.finditer(raw):
        clean.append(raw[last:m.start()])
        pos += len(raw[last:m.start()])
        if m.group(1):
            typ, grp, flag, body = m.group(1), m.group(2), m.group(3), m.group(4)
            if typ not in PII_TYPES:
                raise Bad("unknown pii type %s" % typ)
            pii.append({"start": pos, "end": pos + len(body), "type": typ, "grp": grp,
                        "extra": flag == "~", "text": body})
        else:
            kind, body = m.group(5), m.group(6)
            if kind not in KEEP_KINDS:
                raise Bad("unknown keep kind %s" % kind)
            keep.append({"start": pos, "end": pos + len(body), "kind": kind, "text": body})
        clean.append(body)
        pos += len(body)
        last = m.end()
    clean.append(raw[last:])
    text = "".join(clean)
    if "[[" in text or "]]" in text or "((" in text or "))" in text:
        raise Bad("leftover markup in: %r" % raw)
    return text, pii, keep


def build_case(idx, style, block):
    cid = "t41-%03d" % idx
    utts, pii, keep = [], [], []
    auto = 0
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        sp, _, raw = line.partition(": ")
        if sp not in SPEAKERS:
            raise Bad("%s: bad speaker line %r" % (cid, line))
        text, p, k = parse_line(raw)
        u = len(utts)
        utts.append({"speaker": SPEAKERS[sp], "text": text})
        for s in p:
            if s["grp"] is None:
                auto += 1
                s["grp"] = "_auto%d" % auto
            s["utterance"] = u
            pii.append(s)
        for s in k:
            s["utterance"] = u
            keep.append(s)
    # renumber groups in order of first appearance
    pii.sort(key=lambda s: (s["utterance"], s["start"]))
    keep.sort(key=lambda s: (s["utterance"], s["start"]))
    names = {}
    for s in pii:
        if s["grp"] not in names:
            names[s["grp"]] = "g%d" % (len(names) + 1)
        s["group"] = names[s["grp"]]
    return {"case_id": cid, "style": style, "utterances": utts, "_pii": pii, "_keep": keep}


def public(case):
    return {"case_id": case["case_id"], "style": case["style"], "utterances": case["utterances"],
            "pii": [{"utterance": s["utterance"], "start": s["start"], "end": s["end"],
                     "type": s["type"], "group": s["group"]} for s in case["_pii"]],
            "keep": [{"utterance": s["utterance"], "start": s["start"], "end": s["end"],
                      "kind": s["kind"]} for s in case["_keep"]]}


def check_span_edges(cid, text, s, errs):
    a, b = s["start"], s["end"]
    body = text[a:b]
    if not (0 <= a < b <= len(text)):
        errs.append("%s: span out of range %r" % (cid, body))
        return
    if body != s["text"]:
        errs.append("%s: offset mismatch %r" % (cid, body))
    first, last = body[0], body[-1]
    if not (first.isalnum() or first in EDGE_OK_START or unicodedata.category(first) == "Sc"):
        errs.append("%s: span starts with %r: %r" % (cid, first, body))
    if not (last.isalnum() or last in EDGE_OK_END or body.endswith("a.m.") or body.endswith("p.m.")):
        errs.append("%s: span ends with %r: %r" % (cid, last, body))
    if a > 0 and text[a - 1].isalnum():
        errs.append("%s: span starts inside a word: %r" % (cid, body))
    if b < len(text) and text[b].isalnum():
        errs.append("%s: span ends inside a word: %r" % (cid, body))


def check_glued(cid, text, s, covered, errs):
    """a number word outside every span right beside a span: likely a slip in its limits"""
    a, b = s["start"], s["end"]
    m1 = re.search(r"([A-Za-z]+)(\s+)$", text[:a])
    m2 = re.match(r"(\s+)([A-Za-z]+)", text[b:])
    found = []
    after_ordinal = m1 and re.search(r"\b(last|first)\s+$", text[:m1.start(1)].lower())
    if m1 and not covered[m1.start(1)] and not after_ordinal:
        found.append(m1.group(1))
    if m2 and not covered[b + len(m2.group(1))]:
        found.append(m2.group(2))
    for wd_ in found:
        if wd_.lower() in NUMBER_WORDS and wd_.lower() != "o":
            errs.append("%s: number word %r right beside span %r" % (cid, wd_, s["text"]))


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][ABD-HJLNP-UW-Z]{2}$")
EIR_PC = re.compile(r"^[AC-FHKNPRTV-Y][0-9]{2}[0-9AC-FHKNPRTV-Y]{4}$|^D6W[0-9AC-FHKNPRTV-Y]{4}$")
CA_PC = re.compile(r"^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][0-9][ABCEGHJ-NPRSTV-Z][0-9]$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
PPS_RE = re.compile(r"^[0-9]{7}[A-W][AHWTX]?$")
EMAIL_T = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def phone_shape(d):
    nanp = lambda x: len(x) == 10 and x[0] in "23456789" and x[3] in "23456789"
    if nanp(d) or (len(d) == 11 and d[0] == "1" and nanp(d[1:])):
        return True
    if len(d) == 11 and d[0] == "0" and d[1] in "1237":
        return True
    if len(d) == 12 and d.startswith("44") and d[2] in "1237":
        return True
    if len(d) == 10 and d[0] == "0" and d[1] in "2378":  # Australian landline (0X 5550 xxxx)
        return True
    if len(d) == 10 and d.startswith("04"):  # Australian mobile
        return True
    return False


def check_value(cid, typ, pieces, all_cards, all_phones, errs):
    """pieces: spans of one group (in order)"""
    full = " ".join(s["text"] for s in pieces if not s["extra"])
    alltext = " ".join(s["text"] for s in pieces)
    d = digits_of(full)
    c = compact(full)
    if typ == "CARD_NUMBER" and all(s["extra"] for s in pieces):
        # a whole wrong value (a misheard read-back): digits only, not checked against Luhn
        dd = digits_of(alltext)
        if not (compact(alltext) == dd and 4 <= len(dd) <= 16):
            errs.append("%s: wrong card value not digits %r" % (cid, alltext))
    elif typ == "CARD_NUMBER":
        if not d.isdigit() or c != d:
            errs.append("%s: card not digits %r" % (cid, alltext))
        elif len(d) in (15, 16):
            if not luhn_ok(d):
                errs.append("%s: card fails Luhn %r" % (cid, alltext))
            if len(d) == 15 and d[:2] not in ("34", "37"):
                errs.append("%s: 15-digit card not Amex %r" % (cid, alltext))
        elif len(d) == 4:
            pass
        elif not any(d in full_ for full_ in all_cards):
            errs.append("%s: card piece of %d digits matches no card: %r" % (cid, len(d), alltext))
    elif typ == "CVV":
        if not (c == d and len(d) in (3, 4)):
            errs.append("%s: bad CVV %r" % (cid, alltext))
    elif typ == "SSN":
        ok = False
        if c == d and len(d) == 9:
            area, grp_, ser = int(d[:3]), int(d[3:5]), int(d[5:])
            ok = 1 <= area <= 665 and area != 666 and grp_ >= 1 and ser >= 1
        elif c == d and len(d) == 4:
            ok = True
        elif NI_RE.match(c) or PPS_RE.match(c):
            ok = True
        if not ok:
            errs.append("%s: bad SSN %r (%s)" % (cid, alltext, c))
    elif typ == "PHONE":
        if c != d:
            errs.append("%s: phone has letters %r" % (cid, alltext))
        elif len(d) == 4:
            pass  # a phone's last four, said as such
        elif not phone_shape(d):
            errs.append("%s: bad phone shape %r (%s)" % (cid, alltext, d))
    elif typ == "EXPIRY":
        toks = tokens(full)
        months = [MONTH_WORDS[t] for t in toks if t in MONTH_WORDS]
        if months:
            pass
        else:
            ok = False
            if len(d) == 3:
                ok = 1 <= int(d[0]) <= 9
            elif len(d) == 4:
                ok = 1 <= int(d[:2]) <= 12 or (d[0] != "0" and 20 <= int(d[1:3]) <= 30 and False)
            elif len(d) == 5:
                ok = 1 <= int(d[0]) <= 9 and d[1:3] == "20"
            elif len(d) == 6:
                ok = 1 <= int(d[:2]) <= 12 and d[2:4] == "20"
            if not ok:
                errs.append("%s: bad expiry %r (%s)" % (cid, alltext, d))
    elif typ == "POSTCODE":
        ok = (c == d and len(d) in (4, 5)) or (c == d and len(d) == 9) or UK_PC.match(c) \
            or EIR_PC.match(c) or CA_PC.match(c)
        if not ok:
            errs.append("%s: bad postcode %r (%s)" % (cid, alltext, c))
    elif typ == "EMAIL":
        if "@" in alltext:
            if not all(EMAIL_T.match(s["text"]) for s in pieces):
                errs.append("%s: bad typed e-mail %r" % (cid, alltext))
        elif not (" at " in " " + full + " " and " dot " in " " + full + " "):
            errs.append("%s: bad spoken e-mail %r" % (cid, alltext))
    elif typ == "ADDRESS":
        first = tokens(pieces[0]["text"])
        lead = first[:1]
        if first and first[0] in ("flat", "apartment", "apt", "unit", "suite"):
            lead = first[1:2] if len(first) > 1 else []
            # flat number then house number
        if not lead or not (lead[0].isdigit() or lead[0] in NUM_UNITS or lead[0] in NUM_TEENS
                            or lead[0] in NUM_TENS):
            errs.append("%s: address does not start with a number %r" % (cid, alltext))
        if not any(t in STREET_WORDS for t in tokens(alltext)):
            errs.append("%s: address without street word %r" % (cid, alltext))
    elif typ == "NAME":
        for s in pieces:
            if any(ch.isdigit() for ch in s["text"]):
                errs.append("%s: digit in name %r" % (cid, s["text"]))
            if any(t in TITLES for t in tokens(s["text"])):
                errs.append("%s: title in name %r" % (cid, s["text"]))
    elif typ == "DOB":
        toks = tokens(alltext)
        if not (any(t in MONTH_WORDS for t in toks) or len(digits_of(alltext)) >= 4):
            errs.append("%s: odd date of birth %r" % (cid, alltext))
    elif typ == "ACCOUNT_NUMBER":
        if not d:
            errs.append("%s: account number without digits %r" % (cid, alltext))


def street_key(text):
    toks = tokens(text)
    for i, t in enumerate(toks):
        if t in STREET_WORDS and i > 0:
            j = i - 1
            name = []
            while j >= 0 and not (toks[j].isdigit() or toks[j] in NUMBER_WORDS):
                name.insert(0, toks[j])
                j -= 1
            return " ".join(name + [t])
    return None


def email_key(text):
    t = text.lower().strip()
    if "@" not in t:
        t = re.sub(r"\s+at\s+", "@", t)
        t = re.sub(r"\s+dot\s+", ".", t)
        t = t.replace(" ", "")
    return t


def validate(cases):
    errs = []
    emails, streets, long_utts = {}, {}, {}
    for case in cases:
        cid = case["case_id"]
        style = case["style"]
        if style not in ("asr", "transcript"):
            errs.append("%s: bad style" % cid)
        utts = case["utterances"]
        pii, keep = case["_pii"], case["_keep"]
        groups = {}
        for s in pii:
            groups.setdefault(s["group"], []).append(s)
        # group ids ordered, one type per group
        for i, g in enumerate(groups):
            if g != "g%d" % (i + 1):
                errs.append("%s: group order" % cid)
            if len(set(s["type"] for s in groups[g])) != 1:
                errs.append("%s: mixed types in %s" % (cid, g))
        all_cards = []
        all_phones = []
        for g, ps in groups.items():
            if ps[0]["type"] == "CARD_NUMBER":
                d = digits_of(" ".join(s["text"] for s in ps if not s["extra"]))
                if len(d) in (15, 16):
                    all_cards.append(d)
            if ps[0]["type"] == "PHONE":
                d = digits_of(" ".join(s["text"] for s in ps if not s["extra"]))
                if len(d) >= 10:
                    all_phones.append(d)
        for g, ps in groups.items():
            check_value(cid, ps[0]["type"], ps, all_cards, all_phones, errs)
        # per utterance checks
        for ui, u in enumerate(utts):
            text = u["text"]
            sp = [s for s in pii if s["utterance"] == ui] + [s for s in keep if s["utterance"] == ui]
            sp.sort(key=lambda s: s["start"])
            for s in sp:
                check_span_edges(cid, text, s, errs)
            for a, b in zip(sp, sp[1:]):
                if b["start"] < a["end"]:
                    errs.append("%s: overlap %r %r" % (cid, a["text"], b["text"]))
                elif a.get("group") and a.get("group") == b.get("group") and \
                        not re.search(r"[^\W\d_]", text[a["end"]:b["start"]]):
                    errs.append("%s: pieces %r %r of one group should be one span" % (cid, a["text"], b["text"]))
            covered = [False] * len(text)
            for s in sp:
                for i in range(s["start"], s["end"]):
                    covered[i] = True
            for s in sp:
                check_glued(cid, text, s, covered, errs)
            for i, ch in enumerate(text):
                if ch.isdigit() and not covered[i]:
                    errs.append("%s: digit outside spans in %r" % (cid, text))
                    break
            outside = "".join(" " if covered[i] else ch for i, ch in enumerate(text))
            run = 0
            for t in re.findall(r"[a-z]+|\S", outside.lower()):
                if t in NUMBER_WORDS:
                    run += 1
                    if run >= 4:
                        errs.append("%s: run of number words outside spans in %r" % (cid, text))
                        break
                else:
                    run = 0
            if style == "asr":
                if any(ch.isupper() for ch in text) or any(ch in ",.?!;:@\"" for ch in text):
                    errs.append("%s: asr text with capitals or punctuation %r" % (cid, text))
            else:
                if not any(ch.isupper() or ch.isdigit() or ch in ".,?!" for ch in text):
                    errs.append("%s: transcript text not capitalised %r" % (cid, text))
            # look-alikes
            up = [s for s in pii if s["utterance"] == ui]
            for k in [s for s in keep if s["utterance"] == ui]:
                kd = digits_of(k["text"])
                if 13 <= len(kd) <= 19 and luhn_ok(kd):
                    errs.append("%s: look-alike passes Luhn %r" % (cid, k["text"]))
                for s in up:
                    pd = digits_of(s["text"])
                    if len(pd) >= 3 and pd in kd:
                        errs.append("%s: look-alike %r holds pii digits %r" % (cid, k["text"], s["text"]))
                    if len(kd) >= 4 and kd in pd:
                        errs.append("%s: pii %r holds look-alike digits %r" % (cid, s["text"], k["text"]))
            if u["speaker"] not in ("agent", "customer", "ivr"):
                errs.append("%s: bad speaker" % cid)
        # name words never left unlabelled in the case
        name_words = set()
        for s in pii:
            if s["type"] == "NAME":
                for t in re.findall(r"[^\W\d_]+", s["text"].lower()):
                    if len(t) >= 2:
                        name_words.add(t)
        for ui, u in enumerate(utts):
            text = u["text"]
            chars = list(text)
            for s in pii:
                if s["utterance"] == ui:
                    for i in range(s["start"], s["end"]):
                        chars[i] = " "
            for t in re.findall(r"[^\W\d_]+", "".join(chars).lower()):
                if t in name_words:
                    errs.append("%s: name word %r unlabelled in %r" % (cid, t, text))
        # cross-case uniqueness
        seen_e, seen_s = set(), set()
        for s in pii:
            if s["type"] == "EMAIL":
                seen_e.add(email_key(s["text"]))
            if s["type"] == "ADDRESS":
                k = street_key(s["text"])
                if k:
                    seen_s.add(k)
        for e in seen_e:
            if e in emails and emails[e] != cid:
                errs.append("%s: e-mail also in %s" % (cid, emails[e]))
            emails[e] = cid
        for st in seen_s:
            if st in streets and streets[st] != cid:
                errs.append("%s: street %r also in %s" % (cid, st, streets[st]))
            streets[st] = cid
        for ui, u in enumerate(utts):
            sp = [s for s in pii if s["utterance"] == ui] + [s for s in keep if s["utterance"] == ui]
            chars = list(u["text"])
            for s in sorted(sp, key=lambda s: -s["start"]):
                chars[s["start"]:s["end"]] = list("\u2022")
            words = re.findall(r"[a-z0-9'\u2022]+", "".join(chars).lower())
            if len(words) >= 9:
                key = " ".join(words)
                if key in long_utts and long_utts[key] != cid:
                    errs.append("%s: utterance also in %s: %r" % (cid, long_utts[key], u["text"]))
                long_utts.setdefault(key, cid)
    return errs


def counts(cases):
    c = {"pii": {t: 0 for t in PII_TYPES}, "groups": {t: 0 for t in PII_TYPES},
         "keep": {k: 0 for k in KEEP_KINDS}}
    n_utts = n_plain = n_ivr = 0
    style_cases = {"asr": 0, "transcript": 0}
    style_utts = {"asr": 0, "transcript": 0}
    for case in cases:
        n_utts += len(case["utterances"])
        style_cases[case["style"]] += 1
        style_utts[case["style"]] += len(case["utterances"])
        with_pii = set(s["utterance"] for s in case["_pii"])
        n_plain += len(case["utterances"]) - len(with_pii)
        if any(u["speaker"] == "ivr" for u in case["utterances"]):
            n_ivr += 1
        gs = {}
        for s in case["_pii"]:
            c["pii"][s["type"]] += 1
            gs[s["group"]] = s["type"]
        for t in gs.values():
            c["groups"][t] += 1
        for s in case["_keep"]:
            c["keep"][s["kind"]] += 1
    c.update(cases=len(cases), utterances=n_utts, plain=n_plain, ivr=n_ivr,
             style_cases=style_cases, style_utts=style_utts)
    return c


def check_minimums(c):
    errs = []
    for t, m in MINIMUMS.items():
        if c["pii"][t] < m:
            errs.append("minimum: %s has %d spans, needs %d" % (t, c["pii"][t], m))
    if c["cases"] < MIN_CASES:
        errs.append("minimum: %d cases" % c["cases"])
    if c["utterances"] < MIN_UTTS:
        errs.append("minimum: %d utterances" % c["utterances"])
    if c["plain"] < MIN_PLAIN_UTTS:
        errs.append("minimum: %d utterances without pii" % c["plain"])
    if sum(c["keep"].values()) < MIN_KEEP:
        errs.append("minimum: %d keep spans" % sum(c["keep"].values()))
    for k in KEEP_KINDS:
        if c["keep"][k] == 0:
            errs.append("minimum: no keep span of kind %s" % k)
    if c["ivr"] < MIN_IVR:
        errs.append("minimum: %d IVR cases" % c["ivr"])
    return errs


def report(c):
    print("cases: %d" % c["cases"])
    print("utterances: %d (without pii: %d)" % (c["utterances"], c["plain"]))
    print("IVR cases: %d" % c["ivr"])
    for s in ("asr", "transcript"):
        print("style %-10s cases %3d (%.0f%%)  utterances %4d (%.0f%%)" % (
            s, c["style_cases"][s], 100.0 * c["style_cases"][s] / c["cases"],
            c["style_utts"][s], 100.0 * c["style_utts"][s] / c["utterances"]))
    print("pii spans (groups) per type:")
    for t in PII_TYPES:
        print("  %-15s %4d  (%d)" % (t, c["pii"][t], c["groups"][t]))
    print("pii spans total: %d" % sum(c["pii"].values()))
    print("keep spans per kind:")
    for k in KEEP_KINDS:
        print("  %-15s %4d" % (k, c["keep"][k]))
    print("keep spans total: %d" % sum(c["keep"].values()))


CASES = []


def conv(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


def main(argv):
    check_only = "--check" in argv
    g = Gen(SEED)
    built = []
    errs = []
    for i, (style, fn) in enumerate(CASES, 1):
        try:
            block = fn(g)
            built.append(build_case(i, style, block))
        except Bad as e:
            errs.append(str(e))
    if not errs:
        errs = validate(built)
    c = counts(built)
    errs += check_minimums(c)
    report(c)
    if errs:
        for e in errs:
            print("ERROR: " + e, file=sys.stderr)
        print("%d problem(s); nothing written" % len(errs), file=sys.stderr)
        return 1
    if check_only:
        print("checked; nothing written (--check)")
        return 0
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for case_ in built:
            f.write(json.dumps(public(case_), ensure_ascii=False) + "\n")
    print("wrote %s" % out)
    return 0


# ---------------------------------------------------------------------------
# The conversations. Each function is one call, written by hand; it draws its
# numbers from the shared generator in the order the case is listed.
# Markup: [[TYPE#grp:text]] pii (grp local to the case; '~' after grp marks a
# piece that is not part of the final value: digits before a restart, a
# corrected block, a repeated block, a phone's extension), ((kind:text)) keep.
# ---------------------------------------------------------------------------


@conv("asr")
def c001(g):
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    by, bm, bd = g.dob(1956, 1992)
    pc = g.ukpc("LS6")
    od = g.whole(3, 15) * 100
    bal = g.amt(200, 2400)
    old4 = g.digits(4, False)
    b = blocks(card)
    return f"""
A: morning you're through to card services my name's [[NAME:priya]] how can i help today
C: hiya yeah my new debit card's come in the post and the letter says i've got to activate it before it'll work
A: no problem i can sort that for you first i just need to get you through security can i take your full name
C: [[NAME:gareth lloyd pryce]]
A: thanks [[NAME:gareth]] and your date of birth please
C: [[DOB:{ORD[bd]} of {mon(bm).lower()} {year_w(by)}]]
A: and the postcode on the account
C: [[POSTCODE:{sp_alnum(pc)}]]
A: lovely that's all matched up have you got the new card in front of you
C: yeah hang on it's still in the envelope with all the leaflets
A: no rush
C: right so it's [[CARD_NUMBER#a:{w(b[0])} {w(b[1])}]] um [[CARD_NUMBER#a:{w(b[2])}]]
A: mm-hmm
C: [[CARD_NUMBER#a:{w(b[3])}]]
A: so that's the one ending [[CARD_NUMBER:{w(b[3])}]] and what's the expiry date on the front
C: [[EXPIRY:{w('%02d' % em)} {yy_w(ey)}]]
A: and the three digit security code from the signature strip on the back
C: [[CVV:{w(cvv)}]]
A: perfect that's activated now you can use it straight away and the old one ending [[CARD_NUMBER:{w(old4)}]] will stop working at midnight
C: okay and has my overdraft stayed at ((price:{n2w(od)} pounds))
A: yes the arranged overdraft is still ((price:{n2w(od)} pounds)) and your balance right now is ((price:{money_w(bal)}))
C: oh that's better than i thought to be honest
A: ha well that's always nice to hear is there anything else today
C: no that's everything cheers
A: you're welcome [[NAME:gareth]] take care
"""


@conv("transcript")
def c002(g):
    old4 = g.digits(4, False)
    new4 = g.digits(4, False)
    by, bm, bd = g.dob(1961, 1999)
    hn = g.house(1200, 4800)
    zp = g.zip("606")
    ph = g.phone_us("312")
    mo = g.month()
    d1, d2, d3 = g.day(), g.day(), g.day()
    a1, a2, a3 = g.amt(4, 60), g.amt(20, 300), g.amt(2, 30)
    s1, s2 = g.digits(4), g.digits(5)
    fee = g.whole(15, 30) * 100
    return f"""
A: Thank you for calling Lakeshore Card Services, this is [[NAME:Marcus]]. Who am I speaking with today?
C: Hi [[NAME:Marcus]], it's [[NAME:Yesenia Ortiz]]. I lost my wallet last night and my credit card was in it.
A: I'm sorry to hear that, Ms. [[NAME:Ortiz]]. Let's lock it down right now. Can you give me the last four of that card?
C: It ends in [[CARD_NUMBER:{old4}]].
A: Thank you. And to verify, your date of birth?
C: [[DOB:{bm:02d}/{bd:02d}/{by}]].
A: Perfect. I've frozen the card ending [[CARD_NUMBER:{old4}]]. Before I close it for good, I see three recent charges. Can you tell me if they're yours?
C: Sure, go ahead.
A: First, ((price:{money_t(a1, '$')})) at Shell station ((other:{s1})) on ((date:{mon(mo)} {d1})) at ((time:11:52 p.m.)).
C: That's me, I filled up on the way home.
A: Next, ((price:{money_t(a2, '$')})) at Rosie's Tap Room on ((date:{mon(mo)} {d2})).
C: No. I left there before midnight and I definitely didn't spend that much.
A: Okay, I'll mark that one as unauthorized. And the last one is ((price:{money_t(a3, '$')})) at a Walgreens, store number ((other:{s2})).
C: Not mine either. I haven't been to a Walgreens in weeks.
A: Got it. Both of those go to our fraud team and you won't be liable for them. Now, for the replacement, is your address still [[ADDRESS:{hn} W Belmont Ave, Apt {g.whole(1, 6)}{g.pick('ABCDR')}]], Chicago, [[POSTCODE:{zp}]]?
C: Yes, that's right.
A: Standard delivery is ((duration:7 to 10 business days)). I can expedite it for ((price:{money_t(fee, '$', False)})), or waive it since this was a loss. I'll waive it.
C: Oh, thank you, that's really kind.
A: The new card will end in [[CARD_NUMBER:{new4}]] and we'll text [[PHONE:{phone_us_t(ph)}]] when it ships. Is that still your cell?
C: It is.
A: Great. Anything else I can help with, [[NAME:Yesenia]]?
C: No, that's all. Thanks again.
"""


@conv("asr")
def c003(g):
    mem = g.acct(6)
    by, bm, bd = g.dob(1975, 1999)
    eir = g.eir("D08")
    sort6 = g.digits(6)
    acc8 = g.digits(8)
    iban = g.iban("IE", "AIBK", sort6 + acc8)
    amt = g.whole(45, 140) * 10
    day = g.day()
    loan = g.amt(40, 160)
    return f"""
A: good afternoon saint canice's credit union [[NAME:declan]] speaking
C: hi [[NAME:declan]] it's [[NAME:aoife ni dhonaill]] i want to set up a standing order to pay my rent out of my account
A: no bother at all can i get your member number first
C: it's [[ACCOUNT_NUMBER:{w(mem)}]]
A: thanks [[NAME:aoife]] and your date of birth
C: [[DOB:{ORD[bd]} of {mon(bm).lower()} {year_w(by)}]]
A: and the eircode we'd have for you
C: [[POSTCODE:{sp_alnum(eir)}]]
A: grand you're all verified so who's the standing order going to
C: my landlord [[NAME:tomas brennan]] he sent me his bank details in a text
A: and have you the iban there
C: i do it's [[ACCOUNT_NUMBER#a:{sp_alnum(iban[:8])}]] and then [[ACCOUNT_NUMBER#a:{w(iban[8:14])}]]
A: yep
C: [[ACCOUNT_NUMBER#a:{w(iban[14:18])}]] sorry the screen keeps going dark on me [[ACCOUNT_NUMBER#a:{w(iban[18:])}]]
A: i'll read that back to you [[ACCOUNT_NUMBER:{sp_alnum(iban)}]]
C: that's it yeah
A: and how much is it and what day of the month
C: ((price:{n2w(amt)} euro)) and he wants it on the ((date:{ORD[day]})) if that's possible
A: that's fine standing orders can go any day it usually takes ((duration:three working days)) to set up so the first one will go next month
C: perfect and it won't mess with the loan repayment will it
A: no the loan comes out separately that's ((price:{money_w(loan, 'euro', 'cent')})) every fortnight and that stays as it is
C: okay grand
A: so just to confirm ((price:{n2w(amt)} euro)) to [[NAME:tomas brennan]] on the ((date:{ORD[day]})) of each month and the reference will say rent
C: that's everything thanks a million
A: not at all mind yourself
"""


@conv("transcript")
def c004(g):
    order = g.code("99999999")
    eml = g.whole(10, 99)
    pc = g.aupc(4000, 4179)
    total = g.amt(180, 600)
    inst = total // 4
    late = g.whole(8, 10) * 100
    card = g.mc()
    em, ey = g.expiry()
    cvv = g.cvv()
    rcpt = g.code("AA999999")
    due_m, due_d = g.month(), g.day()
    b = blocks(card)
    return f"""
A: Hi, you're through to Paylo, my name's [[NAME:Tayla]]. How can I help?
C: Hi [[NAME:Tayla]]. I got a text saying I missed a payment and there's a late fee now.
A: Let's have a look. What's the email address on your Paylo account?
C: [[EMAIL:thutrang.pham{eml}@bigpond.com]]
A: Thanks. And the postcode?
C: [[POSTCODE:{pc}]].
A: Lovely, I've found you, [[NAME:Thu Trang]]. So this is the order [[ACCOUNT_NUMBER:{order}]] from the outdoor store, total ((price:{money_t(total, '$')})), split into ((count:4)) payments.
C: Yes, that's the tent.
A: Payment ((other:3)) of ((price:{money_t(inst, '$')})) didn't go through on the card we had, so a late fee of ((price:{money_t(late, '$')})) was added.
C: The card on there expired. Can I pay it now with my new one?
A: Of course. I'll take the ((price:{money_t(inst + late, '$')})) now. Go ahead with the card number when you're ready.
C: [[CARD_NUMBER#a~:{b[0]} {b[1][:2]}]]... sorry, I lost my place. Starting again: [[CARD_NUMBER#a:{b[0]} {b[1]} {b[2]}]]
A: Yep.
C: [[CARD_NUMBER#a:{b[3]}]].
A: And the expiry?
C: [[EXPIRY:{exp_t(em, ey)}]].
A: And the three digits on the back.
C: [[CVV:{cvv}]].
A: Thanks. That's gone through. Your receipt number is ((other:{rcpt})). Do you want this card to be used for the last payment too?
C: Yes please, the one ending [[CARD_NUMBER:{b[3]}]].
A: Done. The final payment of ((price:{money_t(inst, '$')})) comes out on ((date:{due_d} {mon(due_m)})), and there are no more fees on the order.
C: Great. Thanks for sorting that.
A: No worries, [[NAME:Thu Trang]]. Have a good afternoon.
"""


@conv("asr")
def c005(g):
    last4 = g.digits(4, False)
    mo = g.month()
    days = [g.day() for _ in range(6)]
    amts = [g.amt(3, 240) for _ in range(6)]
    store = [g.digits(4) for _ in range(3)]
    case_no = g.digits(9)
    zp = g.zip("331")
    return f"""
A: thank you for calling harbor federal card disputes this is [[NAME:denise]] can i have the last four of the card you're calling about
C: yeah it ends in [[CARD_NUMBER:{w(last4)}]]
A: and the billing zip code
C: [[POSTCODE:{w(zp)}]]
A: thank you and who am i speaking with
C: [[NAME:oluwaseun adeyemi]]
A: thanks mister [[NAME:adeyemi]] i understand there are some charges you don't recognize
C: yeah a few things on my statement i've never seen before
A: okay i'm going to go through the last six transactions one at a time and you tell me yes or no
C: sure go ahead
A: ((date:{mon(mo).lower()} {ORD[days[0]]})) ((price:{money_w(amts[0], 'dollars', 'cents', False, True)})) at publix number ((other:{w(store[0])}))
C: yes that's groceries
A: ((date:{mon(mo).lower()} {ORD[days[1]]})) ((price:{money_short(amts[1])})) at an online merchant called zentrix digital
C: no that's not me
A: okay ((date:{mon(mo).lower()} {ORD[days[2]]})) ((price:{money_short(amts[2])})) at the marathon gas on biscayne
C: yeah that's mine
A: ((date:{mon(mo).lower()} {ORD[days[3]]})) ((price:{money_short(amts[3])})) zentrix digital again
C: no none of the zentrix ones are me
A: got it ((date:{mon(mo).lower()} {ORD[days[4]]})) ((price:{money_short(amts[4])})) at walgreens store ((other:{w(store[1])}))
C: yes
A: and ((date:{mon(mo).lower()} {ORD[days[5]]})) ((price:{money_short(amts[5])})) at cvs number ((other:{w(store[2])}))
C: yep that was a prescription
A: so you're disputing two charges from zentrix digital let me open that for you
C: how long does it take
A: you'll get a provisional credit within ((duration:ten business days)) while we investigate and your dispute case number is [[ACCOUNT_NUMBER:{w(case_no)}]]
C: can you say that again slower
A: sure [[ACCOUNT_NUMBER:{w(case_no[:3])} {w(case_no[3:6])} {w(case_no[6:])}]]
C: got it thank you
A: we're also sending a new card since this one's been compromised it should arrive in ((duration:five to seven days))
C: okay thanks [[NAME:denise]]
"""


@conv("transcript")
def c006(g):
    send = g.whole(3, 20) * 50 * 100
    fee = g.amt(4, 12)
    rate = g.pct(40, 44, 4)
    ref = g.tracking(10)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    ph = g.phone_us("416")
    hn = g.house(10, 900)
    pc = g.capc("M6H")
    by, bm, bd = g.dob(1965, 1995)
    php = int(send / 100 * rate)
    return f"""
A: Welcome to SwiftRemit, my name is [[NAME:Bogdan]]. How can I help you today?
C: Hello, I'd like to send money to my mother in Manila. I usually do it online but the website keeps failing.
A: I can do that over the phone. May I have your full name and date of birth?
C: [[NAME:Maricel Dela Cruz]], born [[DOB:{mon(bm)} {bd}, {by}]].
A: Thank you. And your address?
C: [[ADDRESS:{hn} Dovercourt Road, Toronto]], [[POSTCODE:{pc}]].
A: Got it. How much are you sending, and who is picking it up?
C: ((price:{money_t(send, '$', False)})) Canadian, to [[NAME:Rosalinda Dela Cruz]], cash pickup.
A: Today's rate is ((other:{rate:.4f})) pesos to the dollar, so she'll receive ((price:{php:,} pesos)). The fee is ((price:{money_t(fee, '$')})).
C: That's fine.
A: How would you like to pay?
C: Credit card. It's [[CARD_NUMBER#a:{card_t(card)}]].
A: Let me repeat it: [[CARD_NUMBER:{card_t(card)}]].
C: Yes.
A: Expiry date and security code, please.
C: [[EXPIRY:{exp_t(em, ey)}]], and the code is [[CVV:{cvv}]].
A: And a phone number in case we need to reach you about the transfer?
C: [[PHONE:{phone_us_t(ph)}]].
A: Thank you. The transfer is complete. Your reference number is ((other:{ref})). Your mother will need that number and her ID to collect it.
C: How soon can she pick it up?
A: Usually within ((duration:15 minutes)), at any partner location.
C: Perfect, thank you [[NAME:Bogdan]].
"""


@conv("asr")
def c007(g):
    card = g.mc()
    by, bm, bd = g.dob(1950, 1985)
    pc = g.ukpc("NE6")
    amt = g.amt(20, 180)
    b = blocks(card)
    return f"""
I: welcome to northgate bank card services to activate your new card please say or key in the long number across the front of the card
C: [[CARD_NUMBER#a:{w(b[0])} {w(b[1])}]]
I: please continue
C: [[CARD_NUMBER#a:{w(b[2])} {w(b[3])}]]
I: thank you that was the card ending [[CARD_NUMBER:{w(b[3])}]] if that's correct say yes otherwise say no
C: yes
I: now please say your date of birth for example the first of february nineteen eighty
C: [[DOB:{ORD[bd]} of {mon(bm).lower()} {year_w(by)}]]
I: thank you your card is now active to hear your pin say pin to speak to someone about something else say advisor
C: advisor
I: please hold calls may be recorded
A: hello you're through to [[NAME:kirsty]] how can i help
C: hiya love i've just activated me new card but the old one got declined in the shop this morning and i don't know why
A: i'll have a look for you can i just take the postcode and the first line of your address
C: [[POSTCODE:{sp_alnum(pc)}]] and it's [[ADDRESS:{w(str(g.house(2, 90)))} heaton park road]]
A: thank you and your name
C: [[NAME:maureen hedley]]
A: right [[NAME:maureen]] so that decline was at the co-op for ((price:{money_w(amt)})) at ((time:nine fourteen)) this morning and it was on the old card which was cancelled when the new one was sent out
C: oh so i should've used the new one
A: exactly yeah the new one's live now so you'll be fine to go back and use it
C: well that's a relief i thought someone had been at it
A: no no nothing like that everything's fine on the account
C: thank you pet
A: you're welcome bye now
"""


@conv("transcript")
def c008(g):
    ni = g.ni()
    by, bm, bd = g.dob(1970, 1994)
    wage = g.amt(1100, 2100)
    cb = g.amt(90, 180)
    c1_acc = g.digits(16)
    c1_bal = g.amt(1500, 6000)
    c2_acc = g.code("AA9999999")
    c2_bal = g.amt(200, 900)
    ctr = g.digits(10)
    ct_arr = g.amt(300, 1200)
    offer = g.amt(5, 40)
    rent = g.amt(400, 900)
    while luhn_ok(c1_acc):
        c1_acc = c1_acc[:-1] + str((int(c1_acc[-1]) + 1) % 10)
    return f"""
A: Hello, you're through to StepClear debt advice, I'm [[NAME:Femi]]. Is this your first time calling us?
C: Yes. I've got a pile of letters and I don't know where to start.
A: That's what we're here for. Can I take your full name?
C: [[NAME:Leanne Hardcastle]].
A: Thanks, [[NAME:Leanne]]. And your date of birth and National Insurance number? We use it to check which benefits you might be missing.
C: [[DOB:{bd}/{bm}/{by}]], and my NI number is [[SSN:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]].
A: Great. Let's start with income. What comes in each month?
C: My wages are about ((price:{money_t(wage)})) after tax, and I get ((price:{money_t(cb)})) child benefit every ((duration:four weeks)).
A: And your rent?
C: ((price:{money_t(rent)})) a month, and that's paid up.
A: Good. Now the debts. Do you have the letters with you?
C: Yes. The first is a credit card. The account number on the letter is [[ACCOUNT_NUMBER:{c1_acc}]] and it says I owe ((price:{money_t(c1_bal)})).
A: Is that the full card number or an account number? It looks long.
C: It says "account number" at the top. The card itself was cut up ages ago.
A: Okay, I'll note it as the account. Next?
C: A catalogue, account [[ACCOUNT_NUMBER:{c2_acc}]], ((price:{money_t(c2_bal)})).
A: And the council tax letter?
C: Reference [[ACCOUNT_NUMBER:{ctr}]]. They want ((price:{money_t(ct_arr)})) by the end of the month or they'll go to court.
A: Council tax is a priority debt, so we deal with that one first. I'll draft an offer of ((price:{money_t(offer)})) a month to the council and hold the other two for ((duration:30 days)) while we do a budget.
C: That would be such a relief.
A: I'll email everything over. Which address should I use?
C: [[EMAIL:leanne.hardcastle{g.whole(1, 99)}@gmail.com]]
A: Lovely. You'll get it within ((duration:an hour)).
"""


@conv("asr")
def c009(g):
    ssn = g.ssn()
    by, bm, bd = g.dob(1958, 1972)
    old_acc = g.code("999999999")
    bal = g.amt(40000, 380000)
    new_acc = g.digits(8)
    p1, p2 = g.whole(40, 70), None
    p2 = 100 - p1
    fee = g.pct(0.1, 0.6, 2)
    ph = g.phone_us("614")
    return f"""
A: thanks for calling keystone retirement services my name is [[NAME:jamal]] may i have your name please
C: it's [[NAME:carol ann wozniak]]
A: hi [[NAME:carol ann]] what can i help you with today
C: i retired in ((date:june)) and i want to roll my old work plan over into an ira with you guys
A: sure thing i'll need to verify a few things first what's your social security number
C: [[SSN:{w(ssn[:3])} {w(ssn[3:5])} {w(ssn[5:])}]]
A: and date of birth
C: [[DOB:{mon(bm).lower()} {ORD[bd]} {year_w(by)}]]
A: thank you do you have the account number from the old plan
C: yeah the statement says [[ACCOUNT_NUMBER:{w(old_acc)}]] and the balance is ((price:{n2w(bal // 100, False)} dollars)) and change
A: okay and i see you already opened the rollover ira online the account ending in [[ACCOUNT_NUMBER:{w(new_acc[-4:])}]]
C: yes that's the one
A: great so we'll request a direct rollover from the old plan so there's no tax withheld
C: and how do you want it invested
A: that's up to you on the form you chose ((percentage:{n2w(p1)} percent)) in the target date fund and ((percentage:{n2w(p2)} percent)) in the bond index fund
C: that's right
A: the bond index fund has an expense ratio of ((percentage:{dec_w(fee)} percent)) just so you're aware
C: okay that's fine
A: the transfer usually takes ((duration:two to three weeks)) and we'll call you at [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]] if anything comes up
C: that's my cell yes
A: perfect anything else [[NAME:carol ann]]
C: no that's it thanks [[NAME:jamal]]
"""


@conv("transcript")
def c010(g):
    pol = g.code("HO-9999999")
    prem = g.amt(300, 1400)
    card = g.amex()
    em, ey = g.expiry()
    cid = g.cvv(4)
    conf = g.code("999999")
    wrong = g.digits(6)
    b = blocks(card)
    while wrong == b[1]:
        wrong = g.digits(6)
    return f"""
A: Granite Mutual billing, this is [[NAME:Kelsey]]. How can I help?
C: Hi, I got a notice that my homeowners premium is past due. I'd like to pay it.
A: Sure. Can I have the policy number?
C: [[ACCOUNT_NUMBER:{pol}]].
A: Thank you. And the name on the policy?
C: [[NAME:Dmitri Volkov]].
A: Thanks, Mr. [[NAME:Volkov]]. The amount due is ((price:{money_t(prem, '$')})). Your grace period ends in ((duration:ten days)), so there's no lapse yet.
C: Good. I'll pay with my Amex.
A: Go ahead with the card number.
C: [[CARD_NUMBER#a:{b[0]}]], then [[CARD_NUMBER#a~:{wrong}]]... no, wait. The middle part is [[CARD_NUMBER#a:{b[1]}]], then [[CARD_NUMBER#a:{b[2]}]].
A: So that's [[CARD_NUMBER:{card_t(card)}]]?
C: Correct.
A: Expiration date?
C: [[EXPIRY:{mon(em)} {ey}]].
A: And the four-digit code on the front of the card.
C: [[CVV:{cid}]].
A: Thank you. The payment of ((price:{money_t(prem, '$')})) went through. Your confirmation number is ((other:{conf})).
C: Can you set it up so this happens automatically next year?
A: I can enroll you in autopay on this card. It will charge ((duration:14 days)) before the renewal date, and we'll email you a reminder first.
C: Do that, please.
A: Done. Anything else today?
C: No, that's all.
"""


@conv("asr")
def c011(g):
    by, bm, bd = g.dob(1980, 2000)
    ph = g.phone_au("03")
    bsb = g.bsb()
    acc = g.digits(9)
    amt = g.amt(600, 4200)
    inv = g.code("9999")
    hn = g.house(2, 60)
    pc = g.aupc(3040, 3079)
    code = g.cvv(6)
    return f"""
A: g'day you're talking to [[NAME:brodie]] at southern cross bank how can i help
C: hi [[NAME:brodie]] i'm trying to pay my tiler through the app and it keeps saying the payee can't be added
A: oh no let's get it done over the phone then can i grab your name
C: [[NAME:priyanka raghunathan]]
A: and your date of birth [[NAME:priyanka]]
C: [[DOB:{ORD[bd]} {mon(bm).lower()} {year_w(by)}]]
A: and what's the best number for you
C: [[PHONE:{w(ph[:2])} {w(ph[2:6])} {w(ph[6:])}]]
A: okay i've just sent a six digit code to that number can you read it out when it comes through
C: yep it's ((other:{w(code)}))
A: perfect you're verified who are we paying
C: it's [[NAME:luca ferraro]] the tiler and he gave me the bsb [[ACCOUNT_NUMBER:{w(bsb[:3])} {w(bsb[4:])}]]
A: yep and the account number
C: [[ACCOUNT_NUMBER#a:{w(acc[:3])}]] hang on the invoice is folded [[ACCOUNT_NUMBER#a:{w(acc[3:])}]]
A: so bsb [[ACCOUNT_NUMBER:{w(bsb[:3])} {w(bsb[4:])}]] account [[ACCOUNT_NUMBER:{w(acc)}]] is that right
C: yeah that's what it says
A: and how much
C: ((price:{money_w(amt, 'dollars', 'cents', False, True)})) and the reference should be invoice ((other:{w(inv)}))
A: the name on that account comes back as [[NAME:l ferraro]] so that looks right do you want it to go today
C: yes please he's finishing the bathroom tomorrow
A: done it'll show in his account in ((duration:about an hour)) because it's going through osko
C: great and it's coming out of my everyday account not the savings
A: that's right the everyday one and you'll have ((price:{money_short(g.amt(100, 900))})) left in there after this
C: okay cool thanks
A: is there anything else [[NAME:priyanka]]
C: oh actually can you update my address i moved last month it's [[ADDRESS:{w(str(hn))} tennyson street brunswick east]] [[POSTCODE:{w(pc)}]]
A: done that's updated anything else
C: no that's it thanks heaps
"""


@conv("transcript")
def c012(g):
    ni = g.ni()
    acc = g.digits(8)
    old_acc = g.digits(8)
    old_sc = g.sort()
    val = g.amt(4000, 19000)
    aer = g.pct(3.5, 4.6, 2)
    by, bm, bd = g.dob(1948, 1975)
    return f"""
A: Good morning, Thornbury Building Society, [[NAME:Ruth]] speaking.
C: Morning. I want to move my ISA from the bank to you. I opened a cash ISA with you last week.
A: Lovely. Can I take your name and date of birth?
C: [[NAME:Clive Ashworth-Bates]], [[DOB:{bd} {mon(bm)} {by}]].
A: Thank you, Mr. [[NAME:Ashworth-Bates]]. And your National Insurance number, as it's an ISA?
C: [[SSN:{ni}]].
A: I can see the new ISA, account number [[ACCOUNT_NUMBER:{acc}]], opened with ((price:£1.00)). Is that right?
C: That's the one.
A: Now the ISA you're transferring. Do you have the sort code and account number?
C: Sort code [[ACCOUNT_NUMBER:{old_sc}]], account [[ACCOUNT_NUMBER:{old_acc}]]. The balance is about ((price:{money_t(val)})).
A: And does it include money paid in this tax year, ((year:2025/26))?
C: About ((price:£{g.whole(10, 40) * 100:,})) in ((date:April)), yes.
A: That's fine, the whole amount comes across. Our rate on that ISA is ((percentage:{aer:.2f}%)) AER variable.
C: The bank only gives me ((percentage:{g.pct(0.6, 1.6, 1)}%)). That's why I'm moving.
A: Understandable. The transfer takes up to ((duration:15 working days)), and you won't lose the tax-free status as long as you don't withdraw it yourself.
C: Good. I won't touch it.
A: I'll send the transfer form to the bank today. Is the address still [[ADDRESS:{g.house(1, 140)} Kirkstall Lane, Headingley]]?
C: Yes, [[POSTCODE:{g.ukpc('LS6')}]].
A: Perfect. You'll get a letter when the money arrives.
C: Thank you, [[NAME:Ruth]].
"""


@conv("asr")
def c013(g):
    new = g.visa()
    old = g.mc()
    em, ey = g.expiry()
    amt = g.amt(2000, 9000)
    lim = g.whole(8, 20) * 1000
    fee = g.whole(1, 4)
    apr = g.pct(19.9, 22.9, 2)
    pc = g.capc("V5K")
    ph = g.phone_us("604")
    nb = blocks(new)
    ob = blocks(old)
    return f"""
A: hi thanks for calling maple leaf card services you're speaking with [[NAME:gurpreet]]
C: hi i got approved for the new card and there's a balance transfer offer i want to use
A: sure can i get the card number of your new card with us
C: [[CARD_NUMBER#a:{wp(nb[0])}]] uh [[CARD_NUMBER#a:{wp(nb[1])}]]
A: yep
C: [[CARD_NUMBER#a:{wp(nb[2])} {wp(nb[3])}]]
A: and your name and postal code
C: [[NAME:hiroshi tanaka]] and the postal code is [[POSTCODE:{sp_alnum(pc)}]]
A: thanks [[NAME:hiroshi]] and i'll send a code to the phone ending [[PHONE:{w(ph[-4:])}]] is that still good
C: yes
A: okay verified so the offer is ((percentage:zero percent)) for ((duration:twelve months)) with a ((percentage:{n2w(fee)} percent)) transfer fee after that it goes to the regular rate of ((percentage:{dec_w(apr)} percent))
C: fine which card is it coming off the other bank's
A: yes i'll need the full number of the card you're paying off
C: okay it's [[CARD_NUMBER#b:{w(ob[0])} {w(ob[1])}]]
A: mm-hmm
C: [[CARD_NUMBER#b:{w(ob[2])}]] and [[CARD_NUMBER#b:{w(ob[3])}]]
A: and the expiry on that one
C: it's [[EXPIRY:{w('%02d' % em)} slash {yy_w(ey)}]]
A: and how much do you want to transfer your new limit is ((price:{n2w(lim, False)} dollars))
C: ((price:{money_w(amt, 'dollars', None, False)})) that's the whole balance
A: okay so with the fee that'll put you at ((price:{n2w((amt * (100 + fee)) // 10000, False)} dollars)) and change on the new card
C: and how long before it shows
A: ((duration:five to ten business days)) keep making the minimum payment on the old card until you see it's gone through
C: got it thank you
"""


@conv("transcript")
def c014(g):
    old4 = g.digits(4, False)
    new = g.visa()
    by, bm, bd = g.dob(1984, 2002)
    hn = g.house(1, 60)
    eir = g.eir("T12")
    cash = g.whole(2, 6) * 100 * 100
    eml = g.whole(1, 99)
    fl = g.digits(3)
    return f"""
A: Emerald Bank, ((duration:24-hour)) card line, [[NAME:Niamh]] speaking. How can I help?
C: Hi. I'm in Lisbon and my bag was stolen on a tram. My debit card was in it.
A: Oh no, I'm so sorry. Are you somewhere safe now?
C: Yes, I'm back at the hotel.
A: Good. First let's cancel the card. Can I have your name and date of birth?
C: [[NAME:Caoimhe Ó Súilleabháin]], [[DOB:{bd:02d}/{bm:02d}/{by}]].
A: Thank you, [[NAME:Caoimhe]]. I can see the debit card ending [[CARD_NUMBER:{old4}]]. There's been no activity since ((time:09:40)) this morning, when you paid ((price:€{g.whole(3, 9)}.{g.whole(10, 99)})) at a café.
C: That was me. So nothing's been taken?
A: Nothing yet. I've cancelled it now. Can you confirm your home address for the replacement?
C: [[ADDRESS:{hn} Evergreen Road, Turners Cross, Cork]], [[POSTCODE:{eir}]].
A: When are you flying home?
C: Sunday, on flight ((flight_number:EI {fl})).
A: The new card would reach Cork in ((duration:3 to 5 working days)), so it will be waiting for you. Do you need emergency cash while you're there?
C: Could I? I have about ((price:€{g.whole(12, 35)})) in my pocket.
A: I can arrange up to ((price:€{cash // 100:,})) for collection at a money transfer agent near your hotel. I'll email the collection code to the address on file. Is that [[EMAIL:caoimhe.osullivan{eml}@eircom.net]]?
C: Yes, that's right.
A: The new card ends in [[CARD_NUMBER:{new[-4:]}]], and your PIN stays the same.
C: Thank you so much, [[NAME:Niamh]].
"""


@conv("asr")
def c015(g):
    loan = g.code("999999")
    by, bm, bd = g.dob(1985, 2003)
    hn = g.house(1, 120)
    pc = g.ukpc("B23")
    arrears = g.amt(150, 500)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    b = blocks(card)
    rest = g.amt(50, 150)
    return f"""
A: hello quidsline collections you're speaking to [[NAME:ashok]] how can i help
C: yeah i've had a letter saying my loan's in arrears and i want to pay some of it off today
A: okay have you got your loan reference
C: is that the one starting with q l
A: that's it but i just need the numbers after it
C: [[ACCOUNT_NUMBER:{w(loan)}]]
A: and your full name and date of birth
C: [[NAME:kayleigh o'donnell]] [[DOB:{w('%02d' % bd)} {w('%02d' % bm)} {w(str(by)[2:])}]]
A: and the first line of your address and postcode
C: [[ADDRESS:{n2w(hn)} glenpark road]] erdington [[POSTCODE:{sp_alnum(pc)}]]
A: thank you [[NAME:kayleigh]] so the arrears are ((price:{money_w(arrears)})) how much can you pay today
C: i can do ((price:{money_w(arrears - rest)})) and then the rest next friday when i get paid
A: that's fine i'll set that up as an arrangement what card are you paying with
C: debit card [[CARD_NUMBER#a:{w(b[0])}]]
A: mm-hmm
C: [[CARD_NUMBER#a:{w(b[1])}]]
A: yep
C: [[CARD_NUMBER#a:{w(b[2][:2])}]] sorry my kid's shouting [[CARD_NUMBER#a:{w(b[2][2:])}]]
A: no worries
C: [[CARD_NUMBER#a:{w(b[3])}]]
A: and the expiry
C: [[EXPIRY:{w(str(em))} {yy_w(ey)}]]
A: and the last three digits on the back
C: [[CVV:{w(cvv)}]]
A: that's gone through so ((price:{money_w(arrears - rest)})) paid and ((price:{money_w(rest)})) left to pay on the ((date:{ORD[g.day()]})) do you want me to take that automatically from the same card ending [[CARD_NUMBER:{w(b[3])}]]
C: no i'll ring up and do it
A: okay that's fine as long as it's in by ((time:eight pm)) that day your account stays on the arrangement
C: okay thanks for being nice about it
"""


@conv("transcript")
def c016(g):
    acc = g.digits(12)
    zp = g.zip("752")
    ssn4 = g.digits(4)
    bal = g.amt(800, 4500)
    mn = g.amt(35, 140)
    due_m, due_d = g.month(), g.day()
    card = g.disc()
    conf = g.code("A99999999")
    em, ey = g.expiry()
    return f"""
I: Thank you for calling Lone Star Energy Credit. For English, press ((other:1)). Para español, oprima ((other:2)).
I: Please enter or say your ((count:12))-digit account number.
C: [[ACCOUNT_NUMBER:{acc[:4]} {acc[4:8]} {acc[8:]}]]
I: Now say or enter the billing ZIP code.
C: [[POSTCODE:{zp}]]
I: And the last four digits of the primary account holder's Social Security number.
C: [[SSN:{ssn4}]]
I: Thank you. Your current balance is ((price:{money_t(bal, '$')})). Your minimum payment of ((price:{money_t(mn, '$')})) is due ((date:{mon(due_m)} {due_d})). To make a payment, say "payment." To hear recent transactions, say "transactions."
C: Payment.
I: How much would you like to pay? You can say "minimum," "full balance," or an amount.
C: Minimum.
I: Please say or enter the card number you'd like to pay with.
C: [[CARD_NUMBER#a:{card[:8]}... {card[8:]}]]
I: I heard a card ending in [[CARD_NUMBER:{card[-4:]}]]. Is that right?
C: Yes.
I: Please enter the expiration date as four digits.
C: [[EXPIRY:{exp_t(em, ey, '')}]]
I: Thank you. You are paying ((price:{money_t(mn, '$')})) from the card ending in [[CARD_NUMBER:{card[-4:]}]]. To confirm, press ((other:1)).
I: Your payment is scheduled. Your confirmation number is ((other:{conf})). Once again, that's ((other:{conf})).
C: Representative.
I: Please hold while I transfer you. Wait times are currently under ((duration:5 minutes)).
A: Lone Star Energy Credit, this is [[NAME:Raúl]]. I see you just made a payment. What else can I help with?
C: I just want to know why my bill went up so much this month.
A: Sure. Your usage was ((quantity:1,{g.digits(3)} kWh)), up from about ((quantity:{g.whole(700, 950)} kWh)) last month. That's mostly the AC in the heat.
C: Figures. Okay, thanks.
"""


@conv("asr")
def c017(g):
    card4 = g.digits(4, False)
    rt = g.routing()
    acc = g.digits(10)
    ph = g.phone_us("617")
    ext = g.digits(4)
    eml = g.whole(1, 99)
    mn = g.amt(25, 90)
    bal = g.amt(600, 3000)
    return f"""
A: atlantic card services my name is [[NAME:tiffany]] may i have your name please
C: yeah [[NAME:rich mcnulty]]
A: hi [[NAME:rich]] and the last four of the card
C: [[CARD_NUMBER:{w(card4)}]]
A: thank you what can i do for you
C: i keep forgetting to pay so i want to set up autopay from my checking account
A: sure do you want to pay the minimum the statement balance or a fixed amount
C: the statement balance every month
A: okay so this month that would be ((price:{money_w(bal, 'dollars', 'cents', False, True)})) whereas the minimum is just ((price:{money_short(mn)}))
C: yeah i don't want to pay interest
A: smart can i have the routing number
C: it's [[ACCOUNT_NUMBER:{w(rt)}]]
A: and the checking account number
C: [[ACCOUNT_NUMBER#a:{w(acc[:5])}]] um [[ACCOUNT_NUMBER#a:{w(acc[5:])}]]
A: thank you it'll take effect from your next statement which closes on the ((date:{ORD[g.day()]}))
C: okay
A: and can i confirm a phone number and email for the autopay reminders
C: the phone's my work number [[PHONE#b:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]] extension [[PHONE#b~:{w(ext)}]] and the email is [[EMAIL:rich dot mcnulty {w(str(eml))} at comcast dot net]]
A: i'll put the email for reminders since the extension might not go to you directly
C: yeah that's better
A: all set [[NAME:rich]] you'll get an email ((duration:three days)) before each payment
C: thanks
"""


@conv("transcript")
def c018(g):
    mid = g.digits(10)
    tid = g.code("99999999")
    model = g.code("A99")
    rent = g.amt(15, 30)
    arrears = rent * 2
    card = g.mc()
    em, ey = g.expiry()
    cvv = g.cvv()
    pc = g.ukpc("BS8")
    b = blocks(card)
    return f"""
A: PayPoint Merchant Services, [[NAME:Ewan]] speaking.
C: Hi, I run a café in Bristol. Our card machine has been saying "declined, contact helpdesk" since this morning.
A: Sorry about that. Can I take your merchant ID? It's on the back of the terminal.
C: [[ACCOUNT_NUMBER:{mid}]].
A: Thanks. And your name and the business postcode?
C: [[NAME:Ngozi Fairweather]], [[POSTCODE:{pc}]].
A: Thank you, [[NAME:Ngozi]]. I can see the terminal, ID ((other:{tid})), it's the ((model_number:Move {model[1:]}00)) model. The problem is that the monthly rental for ((count:2)) months hasn't been collected, so the account is on hold.
C: Oh. We changed bank accounts in the summer. I thought I'd updated it.
A: The direct debit went to the old account and failed. The arrears are ((price:{money_t(arrears)})). If you pay that now by card, I can lift the hold straight away.
C: Okay, let's do that. I'll use the business credit card.
A: Go ahead.
C: [[CARD_NUMBER#a:{b[0]} {b[1]}]]
A: Mm-hmm.
C: [[CARD_NUMBER#a:{b[2]} {b[3]}]].
A: Expiry?
C: [[EXPIRY:{em:02d}/{ey}]].
A: And the CVC?
C: [[CVV:{cvv}]].
A: Lovely. Payment taken. Can you restart the terminal? Hold the red button for ((duration:5 seconds)).
C: It's rebooting... it says "ready" now.
A: Great. Try a ((price:£0.01)) test sale and then refund it.
C: That worked. Thank you so much.
A: I'll also email you a new direct debit form, so the rental of ((price:{money_t(rent)})) a month comes from the new account.
C: Perfect.
"""


@conv("asr")
def c019(g):
    pps = g.pps()
    pol = g.code("99999999")
    by, bm, bd = g.dob(1962, 1970)
    eir = g.eir("H91")
    hn = g.house(2, 90)
    val = g.amt(60000, 240000)
    lump = g.whole(20, 25)
    return f"""
A: good morning shannonside life and pensions [[NAME:orla]] speaking
C: good morning i'm turning sixty six next year and i want to know what my options are with my pension
A: of course can i take your name and your policy number
C: [[NAME:fergal mac giolla phádraig]] and the policy number is [[ACCOUNT_NUMBER:{w(pol)}]]
A: thanks [[NAME:fergal]] and for security your pps number
C: [[SSN#a:{w(pps[:7])}]] and then the letter [[SSN#a:{pps[7].lower()}]]
A: and the date of birth
C: [[DOB:{ORD[bd]} of {mon(bm).lower()} {year_w(by)}]]
A: and your eircode
C: [[POSTCODE:{sp_alnum(eir)}]]
A: grand so the current value of the fund is ((price:{money_w(val, 'euro', 'cent', True, True)}))
C: and how much of that can i take tax free
A: you can usually take up to ((percentage:{n2w(lump)} percent)) as a tax free lump sum and the rest would go into an approved retirement fund or an annuity
C: what would an annuity pay
A: at your age today a rough quote would be around ((price:{n2w(g.whole(3000, 7000))} euro)) a year but it depends on rates on the day you retire
C: okay can you post me out the options pack
A: i can is the address still [[ADDRESS:{n2w(hn)} college road galway]]
C: that's it yeah
A: it'll be with you in about ((duration:a week)) and there's a phone number inside for a free meeting with one of our advisers
C: lovely thanks [[NAME:orla]]
"""


@conv("transcript")
def c020(g):
    inv = g.code("AA9999999")
    by, bm, bd = g.dob(1968, 1990)
    ph = g.phone_au("02")
    units = g.whole(200, 2500)
    px = g.amt(1, 9)
    bsb = g.bsb()
    acc = g.digits(8)
    eml = g.whole(1, 99)
    ref = g.code("WD99999999")
    return f"""
A: Harbourline Invest, [[NAME:Connor]] speaking.
C: Hi [[NAME:Connor]]. I'd like to sell some of my ETF units and move the cash to my bank.
A: Sure. Can I get your investor number?
C: [[ACCOUNT_NUMBER:{inv}]].
A: And your name, date of birth and mobile?
C: [[NAME:Wei Ling Cheung]], [[DOB:{bd:02d}/{bm:02d}/{by}]], [[PHONE:{phone_au_t(ph)}]].
A: Thanks, [[NAME:Wei Ling]]. I've sent a code to that number.
C: It's ((other:{g.digits(6)})).
A: Verified. You hold ((quantity:{units:,} units)) of the ((other:ASX 200)) tracker. What would you like to sell?
C: Half, please.
A: That's ((quantity:{units // 2:,} units)). The last price was ((price:${px // 100}.{px % 100:02d})), so it's roughly ((price:{money_t(units // 2 * px, '$')})), less brokerage of ((price:{money_t(g.amt(5, 15), '$')})).
C: Fine. Where will the money go?
A: To the linked account, BSB [[ACCOUNT_NUMBER:{bsb}]], account number ending [[ACCOUNT_NUMBER:{acc[-3:]}]]. Is that still right?
C: No, I closed that one. The new account is BSB [[ACCOUNT_NUMBER:{g.bsb()}]], account [[ACCOUNT_NUMBER:{acc}]].
A: To change the linked account I need you to confirm by email. I'll send the form to [[EMAIL:weiling.cheung{eml}@outlook.com.au]].
C: Okay.
A: Once it's back, the sale settles in ((duration:2 business days)) and the money is paid the day after. Your request number is ((other:{ref})).
C: Thanks.
"""


@conv("asr")
def c021(g):
    pol = g.code("AA999999")
    prem = g.amt(40, 130)
    c1 = g.visa()
    e1m, e1y = g.expiry()
    v1 = g.cvv()
    c2 = g.mc()
    e2m, e2y = g.expiry()
    v2 = g.cvv()
    ph = g.phone_uk_mob()
    eml = g.whole(1, 99)
    return f"""
A: hello you're through to [[NAME:callum]] at fenwick motor insurance
C: hi i've had an email saying my monthly payment bounced
A: right let's have a look what's your policy number
C: it's [[ACCOUNT_NUMBER:{sp_alnum(pol)}]]
A: and can you confirm your name and the mobile number on the policy
C: [[NAME:shabnam qureshi]] and it's [[PHONE:{w(ph[:5])} {w(ph[5:])}]]
A: thanks [[NAME:shabnam]] yeah so the direct debit for ((price:{money_w(prem)})) came back unpaid on the ((date:{ORD[g.day()]})) if it's not paid in ((duration:seven days)) we'd have to cancel the cover
C: oh god no i need the car for work can i pay it now on a card
A: of course go ahead with the long number
C: okay [[CARD_NUMBER#a:{w(c1[:4])} {w(c1[4:8])} {w(c1[8:12])} {w(c1[12:])}]]
A: and the expiry
C: [[EXPIRY:{w('%02d' % e1m)} {yy_w(e1y)}]]
A: and the security number on the back
C: [[CVV:{w(v1)}]]
A: hmm that's been declined as well i'm afraid
C: seriously that's my main account maybe it's because the direct debit went out and came back
A: could be have you got another card you could use
C: yeah i've got a credit card hang on it's in the car
A: no problem i'll wait
C: okay it's [[CARD_NUMBER#b:{wd(c2[:4])} {wd(c2[4:8])}]] no wait sorry [[CARD_NUMBER#b:{wd(c2[8:12])}]] no i'm reading it right [[CARD_NUMBER#b:{wd(c2[12:])}]]
A: so that's [[CARD_NUMBER:{w(c2)}]]
C: that's it
A: expiry on this one
C: [[EXPIRY:{mon(e2m).lower()} {year_w(e2y)}]]
A: and the three digits
C: [[CVV:{w(v2)}]]
A: brilliant that one's gone through so you're all paid up for this month do you want to keep the direct debit going from next month
C: yeah just keep it as it is it was a one off
A: okay i'll send a receipt to [[EMAIL:shabnam dot q {w(str(eml))} at hotmail dot co dot uk]] is that right
C: yeah that's me
"""


@conv("transcript")
def c022(g):
    mem = g.digits(7)
    ssn1 = g.ssn()
    by, bm, bd = g.dob(1985, 1998)
    hn = g.house(100, 2900)
    zp = g.zip("972")
    ph = g.phone_us("503")
    eml = g.whole(1, 99)
    ssn4 = g.digits(4)
    return f"""
A: Thanks for calling Columbia River Credit Union, this is [[NAME:Hana]]. How can I help?
C: Hi, my wife and I just got married and I'd like to add her to my savings and checking as a joint owner.
A: Congratulations! Can I have your member number and the last four of your Social?
C: Member number [[ACCOUNT_NUMBER:{mem}]], and the last four are [[SSN:{ssn4}]].
A: Thank you, Mr. [[NAME:Abernathy]]. Is she there with you? I'll need to speak with her too.
C: Yes, I'll put you on speaker.
C: Hi, I'm [[NAME:Soo-ah Abernathy]]. Well, it's still [[NAME:Soo-ah Kim]] on my license.
A: Hi [[NAME:Soo-ah]]. That's fine, we'll use the name on your ID for now. Can I have your full Social Security number and date of birth?
C: [[SSN:{ssn1[:3]}-{ssn1[3:5]}-{ssn1[5:]}]], and I was born [[DOB:{bm}/{bd}/{by}]].
A: And your address and phone?
C: Same address, [[ADDRESS:{hn} SE Division Street, Portland]], [[POSTCODE:{zp}]]. My cell is [[PHONE:{ph[:3]}.{ph[3:6]}.{ph[6:]}]].
A: And an email for online banking?
C: [[EMAIL:sooah.kim{eml}@protonmail.com]]
A: Thank you. I've started the request. You'll both get a DocuSign email within ((duration:an hour)). Once you both sign, she'll be on the accounts in ((duration:1 to 2 business days)).
C: Does she get her own debit card?
A: Yes, it arrives in ((duration:7 to 10 days)). She'll also need to bring her license to a branch within ((duration:30 days)) for the ID check.
C: Great, thanks [[NAME:Hana]].
"""


@conv("asr")
def c023(g):
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    ph = g.phone_au("08")
    b = blocks(card)
    wrong = g.digits(4)
    if wrong == b[3]:
        wrong = wrong[:3] + str((int(wrong[3]) + 1) % 10)
    return f"""
I: welcome to coral coast bank to activate your new card please say the sixteen digit number on the front of the card
C: [[CARD_NUMBER#a:{w(b[0])} {w(b[1])}]] uh [[CARD_NUMBER#a:{w(b[2])} {w(b[3])}]]
I: i heard a card ending in [[CARD_NUMBER:{w(wrong)}]] is that correct please say yes or no
C: no
I: sorry about that please say just the last four digits of the card
C: [[CARD_NUMBER:{w(b[3])}]]
I: thank you that's the card ending [[CARD_NUMBER:{w(b[3])}]] is that correct
C: yes
I: now please say the expiry date as it's shown on the card
C: [[EXPIRY:{w('%02d' % em)} {w('%02d' % (ey % 100))}]]
I: and the three digit security code from the back
C: [[CVV:{w(cvv)}]]
I: thank you your card is now active we'll send you a text message to confirm please say the mobile number you'd like us to use
C: [[PHONE:{w(ph[:4])} {w(ph[4:7])} {w(ph[7:])}]]
I: i heard [[PHONE:{w(ph)}]] is that right
C: yep
I: thanks you can choose your pin in the app or at any of our atms if you need anything else say menu otherwise you can hang up now
C: menu
I: main menu for balances say balance for lost or stolen cards say lost card for anything else say agent
C: agent
I: please hold we'll be with you in about ((duration:four minutes))
A: hi it's [[NAME:jacinta]] thanks for waiting what can i help you with
C: oh hi i just activated the new card i just want to check my old one's cancelled it's got a tap and go limit on it
A: yep the old card stops working as soon as the new one's activated so you're all good
C: sweet that's all thanks
"""


@conv("transcript")
def c024(g):
    loan = g.code("AL-99999999")
    pc = g.capc("J8Y")
    hn = g.house(10, 700)
    payoff = g.amt(6000, 21000)
    perdiem = g.amt(1, 4)
    good_m, good_d = g.month(), g.day()
    transit = g.digits(5)
    acc = g.digits(7)
    ph = g.phone_us("819")
    eml = g.whole(1, 99)
    return f"""
A: Trillium Auto Finance, this is [[NAME:Meaghan]]. How can I help you?
C: Hi, I'd like a payoff quote for my car loan. I'm selling the car.
A: Sure. What's your loan number?
C: [[ACCOUNT_NUMBER:{loan}]].
A: And your name and postal code?
C: [[NAME:Étienne Lavoie]], [[POSTCODE:{pc}]].
A: Thank you. And the address we have on file?
C: [[ADDRESS:{hn} rue Laurier, Gatineau]].
A: Perfect. Your payoff amount is ((price:{money_t(payoff, '$')})), good until ((date:{mon(good_m)} {good_d})). After that, interest adds ((price:{money_t(perdiem, '$')} a day)).
C: The buyer is paying me next week, so that should work. How do I pay it?
A: We can pull it from your bank account by pre-authorized debit. I'd need the transit number, institution number and account number.
C: Transit [[ACCOUNT_NUMBER:{transit}]], institution ((other:{g.pick(['001', '002', '003', '004', '006', '010', '815'])})), account [[ACCOUNT_NUMBER:{acc}]].
A: Thank you. When the payment clears, we release the lien within ((duration:10 business days)) and mail you the release letter.
C: Can you email it instead? The buyer wants a copy.
A: Yes. What email should I use?
C: [[EMAIL:e.lavoie{eml}@videotron.ca]].
A: And a phone number in case there's a problem with the debit?
C: [[PHONE:{phone_us_t(ph, ' ')}]].
A: All set, [[NAME:Étienne]]. The debit will come out on the ((date:{good_d - 1 if good_d > 1 else 1}th)).
C: Great, merci.
"""


@conv("asr")
def c025(g):
    d4 = g.digits(4, False)
    c4 = g.digits(4, False)
    mo = g.month()
    days = [g.day() for _ in range(4)]
    amt = g.amt(9, 20)
    eml = g.whole(1, 99)
    ph = g.phone_us("205")
    dref = g.digits(8)
    return f"""
A: thank you for calling magnolia bank this is [[NAME:travis]] how can i help you today
C: hi yes i've got charges from a streaming service on both of my cards and i only signed up for a free trial
A: i'm sorry about that which cards are we talking about
C: my debit card ending [[CARD_NUMBER:{w(d4)}]] and my credit card ending in [[CARD_NUMBER:{w(c4)}]]
A: and your name
C: [[NAME:lashonda whitfield]]
A: thank you ms [[NAME:whitfield]] and your phone number on the account
C: [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
A: okay on the debit card i see ((price:{money_short(amt)})) on ((date:{mon(mo).lower()} {ORD[days[0]]})) and again on ((date:{mon(mo).lower()} {ORD[days[1]]}))
C: that's two already and it's supposed to be monthly
A: and then on the credit card there's the same amount on ((date:{mon(mo).lower()} {ORD[days[2]]})) and ((date:{ORD[days[3]]}))
C: so four charges i only ever used it once
A: did you contact the merchant first we do ask that customers try that
C: i emailed them twice and got nothing back
A: okay then i'll file a dispute on all four you'll get a letter by email can you give me the email address
C: it's [[EMAIL:l whitfield {n2w(eml)} at yahoo dot com]]
A: so that's [[EMAIL:l dot whitfield {n2w(eml)} at yahoo dot com]]
C: no there's no dot after the l it's all one word [[EMAIL:l whitfield {n2w(eml)} at yahoo dot com]]
A: got it that's what i have and your dispute reference is [[ACCOUNT_NUMBER:{w(dref)}]]
C: and do i get the money back now
A: on the debit card it's credited within ((duration:ten business days)) on the credit card the charges are held while we look into it so you won't pay interest on them
C: okay thank you [[NAME:travis]]
"""


@conv("transcript")
def c026(g):
    by, bm, bd = g.dob(1944, 1960)
    pc = g.ukpc("BS7")
    a1, a2 = g.amt(1500, 4000), g.amt(2000, 6000)
    sc = g.sort()
    acc = g.digits(8)
    case_ref = g.code("FR-9999999")
    ph = g.phone_uk_land("0117")
    eml = g.whole(1, 99)
    return f"""
A: Kestrel Bank fraud team, you're speaking with [[NAME:Jasper]]. Can I take your name, please?
C: [[NAME:Hyacinth Barrow]]. I think I've been scammed. My son told me to ring you straight away.
A: I'm sorry, Mrs. [[NAME:Barrow]]. You've done the right thing. Before we go on, can I confirm your date of birth and postcode?
C: [[DOB:{bd} {mon(bm)} {by}]], and it's [[POSTCODE:{pc}]].
A: Thank you. Tell me what happened in your own words.
C: A man knocked on the door and said some of my roof tiles were loose. He said his name was [[NAME:Dean Sharples]]. He gave me bank details and I paid him a deposit, then he rang and asked for more for materials.
A: I can see two payments. ((price:{money_t(a1)})) at ((time:10:14)) on Tuesday, and ((price:{money_t(a2)})) at ((time:15:02)) yesterday. Is that right?
C: Yes. And he hasn't come back.
A: Both went to sort code [[ACCOUNT_NUMBER:{sc}]], account number [[ACCOUNT_NUMBER:{acc}]]. I'm going to contact the receiving bank now and ask them to freeze whatever is left.
C: Will I get it back?
A: For this kind of scam, you're usually reimbursed up to ((price:£85,000)), and we aim to decide within ((duration:5 working days)). I can't promise until the claim is reviewed, but you've reported it quickly, which helps.
C: Oh, thank goodness.
A: Your case reference is [[ACCOUNT_NUMBER:{case_ref}]]. Is [[PHONE:{phone_uk_t(ph)}]] still the best number for you?
C: Yes, that's the house phone. I'm always in.
A: And can we email you? We'll send a summary of the claim.
C: My son set it up. It's [[EMAIL:hyacinth.barrow{eml}@btinternet.com]].
A: Thank you. Please don't answer if he rings again, and if anyone calls saying they're from the bank, hang up and call the number on your card.
C: I will. Thank you, [[NAME:Jasper]].
"""


@conv("asr")
def c027(g):
    pol = g.code("99999999")
    eir = g.eir("R93")
    hn = g.house(1, 60)
    prem = g.amt(280, 900)
    ncd = g.whole(10, 40)
    card = g.mc()
    em, ey = g.expiry()
    cvv = g.cvv()
    eml = g.whole(1, 99)
    b = blocks(card)
    return f"""
A: good morning barrow valley insurance [[NAME:sinead]] speaking how can i help
C: morning i got the renewal for the house insurance and i want to pay it over the phone
A: no problem what's the policy number
C: [[ACCOUNT_NUMBER:{wp(pol)}]]
A: and your name and the address of the property
C: [[NAME:padraig kehoe]] [[ADDRESS:{n2w(hn)} ashgrove park carlow]]
A: and the eircode
C: [[POSTCODE:{sp_alnum(eir)}]]
A: thanks [[NAME:padraig]] so the renewal premium is ((price:{money_w(prem, 'euro', 'cent', True, True)})) and that includes your ((percentage:{n2w(ncd)} percent)) claims free discount
C: grand it's gone up a bit but sure look
A: it has it's the rebuild costs mostly go ahead with the card when you're ready
C: [[CARD_NUMBER#a:{w(b[0])}]]
A: yep
C: [[CARD_NUMBER#a:{w(b[1])}]]
A: sorry you broke up there can you say the second four again
C: [[CARD_NUMBER#a~:{w(b[1])}]]
A: got it
C: [[CARD_NUMBER#a:{w(b[2])} {w(b[3])}]]
A: and when does it expire
C: it's the end of [[EXPIRY:{mon(em).lower()} {yy_w(ey)}]]
A: and the three numbers on the back
C: [[CVV:{w(cvv)}]]
A: that's gone through now so you're covered for another year from the ((date:{ORD[g.day()]} of {mon(g.month()).lower()}))
C: and will you send me out the documents
A: we'll email them is it still [[EMAIL:padraig kehoe {n2w(eml)} at gmail dot com]]
C: it is yeah
A: lovely they'll be with you in ((duration:a few minutes)) anything else at all
C: no that's it thanks a million
"""


@conv("transcript")
def c028(g):
    ssn = g.ssn()
    by, bm, bd = g.dob(1990, 2001)
    past = g.amt(150, 600)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    hn = g.house(100, 9900)
    zp = g.zip("787")
    ph = g.phone_us("512")
    ext = g.digits(3)
    eml = g.whole(1, 99)
    conf = g.code("99999999")
    return f"""
A: Thank you for calling Pinnacle Loan Servicing. My name is [[NAME:Dwayne]]. Can I have your full Social Security number?
C: Sure, it's [[SSN:{ssn[:3]} {ssn[3:5]} {ssn[5:]}]].
A: And your name and date of birth?
C: [[NAME:Lan Nguyen]], [[DOB:{mon(bm)} {bd}, {by}]].
A: Thank you, [[NAME:Lan]]. I see your account is ((count:42)) days past due, with ((price:{money_t(past, '$')})) owing. Is that what you're calling about?
C: Yes. I changed jobs and my autopay bank account closed. I want to pay it now.
A: I can take a debit card payment today.
C: Okay. The card number is [[CARD_NUMBER:{card_t(card, '-')}]].
A: Expiration and the CVV?
C: [[EXPIRY:{em}/{ey}]]. CVV [[CVV:{cvv}]].
A: Thank you. The payment of ((price:{money_t(past, '$')})) is processed, confirmation ((other:{conf})). Your account is current again.
C: Thank goodness. Also, I moved. Can I update my address?
A: Of course.
C: [[ADDRESS:{hn} Burnet Road, Unit {g.whole(101, 340)}]], Austin, Texas [[POSTCODE:{zp}]].
A: And your phone?
C: My work line is best during the day: [[PHONE#b:{phone_us_t(ph)}]], extension [[PHONE#b~:{ext}]].
A: Got it. And email?
C: [[EMAIL:lan.nguyen.atx{eml}@gmail.com]]
A: Everything's updated. Would you like to look at an income-driven plan? Your payment could drop below ((price:${g.whole(8, 25) * 10})) a month.
C: Yes, please send me the information.
"""


@conv("asr")
def c029(g):
    order = g.digits(9)
    eml = g.whole(1, 99)
    ph = g.phone_uk_mob()
    c4 = g.digits(4, False)
    total = g.amt(60, 220)
    inst = total // 3
    mo = g.month()
    d1, d2 = g.day(), g.day()
    return f"""
A: hi thanks for calling zippa you're speaking with [[NAME:oisin]] what can i do for you
C: hiya i sent some trainers back ages ago and i'm still getting charged for them
A: ah that's annoying let me take a look can i get the email address on your zippa account
C: it's [[EMAIL:jade underscore mwangi {w(str(eml))} at outlook dot com]]
A: and just to confirm it's you what's your mobile number
C: [[PHONE:{wd(ph)}]]
A: brilliant thanks [[NAME:jade]] which order is it
C: the order number from the shop is [[ACCOUNT_NUMBER:{w(order)}]]
A: got it so that's ((price:{money_w(total)})) split into ((count:three)) payments and the retailer hasn't marked it as returned yet
C: i've got the proof of postage i sent it on the ((date:{ORD[d1]} of {mon(mo).lower()}))
A: okay what i can do is pause the payments for ((duration:twenty one days)) while we chase the retailer
C: what about the one you've already taken
A: that's ((price:{money_w(inst)})) from the card ending [[CARD_NUMBER:{w(c4)}]] on the ((date:{ORD[d2]})) that'll come back to you once they confirm the return
C: okay can you send me something saying the payments are paused
A: yeah you'll get an email in a minute and a push notification in the app
C: cool thanks [[NAME:oisin]]
A: no worries [[NAME:jade]] have a good day
"""


@conv("transcript")
def c030(g):
    ref = g.code("RR-999999")
    by, bm, bd = g.dob(1978, 1996)
    hn = g.house(1, 40)
    flat = g.house(1, 12)
    pc = g.aupc(2140, 2170)
    ph = g.phone_au("04")
    owed = g.amt(1800, 5200)
    inst = g.whole(40, 120) * 100
    partner = g.visa()
    card = g.mc()
    em, ey = g.expiry()
    cvv = g.cvv()
    return f"""
A: Redgum Recoveries, [[NAME:Shannon]] speaking.
C: Hi, I got a letter from you about an old phone bill. I want to sort out a payment plan.
A: Good on you. What's the reference on the letter?
C: [[ACCOUNT_NUMBER:{ref}]].
A: And your name and date of birth?
C: [[NAME:Mustafa Haidari]], [[DOB:{bd}/{bm}/{by}]].
A: And your current address?
C: [[ADDRESS:{flat}/{hn} Station Street, Wentworthville]] NSW [[POSTCODE:{pc}]].
A: Thanks, [[NAME:Mustafa]]. The balance is ((price:{money_t(owed, '$')})). How much could you manage each fortnight?
C: About ((price:{money_t(inst, '$', False)})).
A: That works. It would take about ((count:{-(-owed // inst)})) payments. Which card should the payments come from?
C: Use this one: [[CARD_NUMBER:{card_t(partner)}]]... actually, no, sorry, that's my partner's card. Don't use that one.
A: No problem, I'll delete it. The card needs to be in your name.
C: Here's mine: [[CARD_NUMBER#a:{blocks(card)[0]} {blocks(card)[1]}]], hang on, [[CARD_NUMBER#a:{blocks(card)[2]} {blocks(card)[3]}]].
A: Expiry and CVV?
C: [[EXPIRY:{em:02d}/{ey % 100}]], and [[CVV:{cvv}]].
A: Thanks. The first payment comes out on Friday. And your mobile?
C: [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]].
A: Great. We'll text you a reminder ((duration:2 days)) before each payment.
C: Cheers.
"""


@conv("asr")
def c031(g):
    c4 = g.digits(4, False)
    fare = g.amt(280, 900)
    fl1, fl2 = g.digits(4), g.digits(3)
    miles = g.whole(20, 90) * 1000
    ph = g.phone_us("720")
    eml = g.whole(1, 99)
    mo = g.month()
    d1 = g.day()
    dref = g.code("AA999999")
    return f"""
A: skyward rewards card member services this is [[NAME:bethany]] who do i have the pleasure of speaking with
C: hey [[NAME:bethany]] this is [[NAME:arjun venkataraman]]
A: hi [[NAME:arjun]] can you verify the last four of your card and your home phone
C: card ends in [[CARD_NUMBER:{w(c4)}]] and the phone is [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
A: thank you what can i help with
C: i booked a flight on the airline's site it glitched and i got charged twice for the same ticket
A: oh no let me pull up your recent activity i see two charges of ((price:{money_w(fare, 'dollars', 'cents', False, True)})) both on ((date:{mon(mo).lower()} {ORD[d1]}))
C: yep that's them it's one booking for flight ((flight_number:{sp_alnum('UA')} {n2w(int(fl1), False)})) connecting to ((flight_number:{sp_alnum('UA')} {n2w(int(fl2), False)}))
A: and did the airline send you two confirmation emails or just one
C: just one and they're telling me to call my bank
A: okay i'll dispute the second charge as a duplicate you'll see a temporary credit within ((duration:two billing cycles)) at the latest usually much faster
C: will i still get the miles on the first one
A: yes the ((quantity:{n2w(miles, False)} miles)) from the valid purchase stay on your account and we'll take back the miles from the duplicate once it's refunded
C: makes sense
A: your dispute reference is [[ACCOUNT_NUMBER:{sp_alnum(dref)}]] and we'll email updates to the address on file is that still [[EMAIL:arjun dot v {w(str(eml))} at icloud dot com]]
C: yep that's right
A: great anything else
C: no that's it appreciate it
"""


@conv("transcript")
def c032(g):
    macc = g.digits(10)
    by, bm, bd = g.dob(1970, 1988)
    hn = g.house(1, 99)
    pc = g.ukpc("M20")
    arrears = g.amt(700, 1800)
    mpay = g.amt(700, 1400)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    ph = g.phone_uk_land("0161")
    b = blocks(card)
    return f"""
A: Good afternoon, Pennine Building Society mortgage support, this is [[NAME:Agnieszka]].
C: Hi. I've had a letter saying my mortgage is ((count:two)) months behind. I want to pay what I can today.
A: Thank you for calling. Can I have your mortgage account number?
C: [[ACCOUNT_NUMBER:{macc[:4]} {macc[4:7]} {macc[7:]}]].
A: And your full name, date of birth and the property address?
C: [[NAME:Darren Oyelaran]], [[DOB:{bd:02d}/{bm:02d}/{by}]], [[ADDRESS:{hn} Fog Lane, Didsbury]], [[POSTCODE:{pc}]].
A: Thank you, [[NAME:Darren]]. The arrears are ((price:{money_t(arrears)})), and your monthly payment is ((price:{money_t(mpay)})). How much would you like to pay?
C: All of the arrears, on my debit card. I had a redundancy payment come through.
A: That's great news. Go ahead with the long card number.
C: [[CARD_NUMBER#a~:{b[0]}... {b[1][:2]}]], no, hang on, I'll start again. [[CARD_NUMBER#a:{card_t(card)}]].
A: Thank you. Expiry date?
C: [[EXPIRY:{exp_t(em, ey)}]].
A: And the security code?
C: [[CVV:{cvv}]].
A: That's gone through, ((price:{money_t(arrears)})), from the card ending [[CARD_NUMBER:{b[3]}]]. Your account is now up to date.
C: That's a weight off.
A: I'll note that you were made redundant. If next month is a struggle, call us before the ((date:1st)) and we can look at a payment holiday of up to ((duration:3 months)).
C: I've got interviews, so fingers crossed. Can you call me on the landline if anything comes up? [[PHONE:{phone_uk_t(ph)}]].
A: I'll add it. Good luck with the interviews, [[NAME:Darren]].
"""


@conv("asr")
def c033(g):
    mem = g.digits(9)
    by, bm, bd = g.dob(1960, 1975)
    hn = g.house(2, 120)
    pc = g.aupc(6000, 6099)
    ph = g.phone_au("04")
    eml = g.whole(1, 99)
    bal = g.amt(150000, 600000)
    ins = g.amt(12, 40)
    return f"""
A: hello you're through to wattle super my name's [[NAME:kieran]] can i start with your member number
C: yeah it's [[ACCOUNT_NUMBER:{w(mem[:3])} {w(mem[3:6])} {w(mem[6:])}]]
A: and your full name and date of birth
C: [[NAME:delphine achterberg]] [[DOB:{ORD[bd]} of {mon(bm).lower()} {year_w(by)}]]
A: thanks [[NAME:delphine]] what can i help with
C: i moved house and i've been getting emails saying your mail's coming back
A: right we've got an old address in subiaco what's the new one
C: [[ADDRESS:{n2w(hn)} walcott street mount lawley]] [[POSTCODE:{w(pc)}]]
A: and is your mobile still [[PHONE:{w(ph[:4])} {w(ph[4:7])} {w(ph[7:])}]]
C: yes
A: and the email
C: [[EMAIL:d achterberg {n2w(eml)} at iinet dot net dot au]]
A: lovely all updated while you're on do you want your balance
C: go on then
A: it's ((price:{money_w(bal, 'dollars', 'cents', False, True)})) as at close of business yesterday and the insurance premiums are ((price:{money_short(ins)})) a week
C: is that the death and disability cover
A: yes death and total and permanent disability you can reduce it or cancel it in the member portal
C: i'll leave it for now i'm thinking about retiring in ((duration:a couple of years)) so i'll ring back then
A: no worries we run free retirement seminars every month as well
C: good to know thanks [[NAME:kieran]]
"""


@conv("transcript")
def c034(g):
    c1 = g.mc()
    e1m, e1y = g.expiry()
    v1 = g.cvv()
    c2 = g.mc()
    v2 = g.cvv()
    pc = g.capc("T2S")
    ph = g.phone_us("403")
    lim = g.whole(5, 25) * 1000
    return f"""
A: Good evening, Prairie Rose Card Activation, this is [[NAME:Jaskaran]]. Are you calling to activate a card?
C: Two, actually. One for me and one for my daughter as an authorized user.
A: Perfect. Let's start with yours. What's the card number?
C: [[CARD_NUMBER:{card_t(c1)}]].
A: And the expiry and the three-digit code on the back?
C: [[EXPIRY:{e1m:02d}/{e1y}]], code [[CVV:{v1}]].
A: Thank you. And your name, postal code and phone number?
C: [[NAME:Bernadette Okonkwo]], [[POSTCODE:{pc}]], [[PHONE:{phone_us_t(ph)}]].
A: Your card is active, Ms. [[NAME:Okonkwo]]. Your credit limit is ((price:${lim:,})). Now your daughter's card.
C: Her name is [[NAME:Chiamaka]]. The number is [[CARD_NUMBER#a:{c2[:4]} {c2[4:8]}]]... sorry, [[CARD_NUMBER#a:{c2[8:12]} {c2[12:]}]].
A: So the card ending [[CARD_NUMBER:{c2[-4:]}]]. It has the same expiry as yours, [[EXPIRY:{e1m:02d}/{e1y}]]?
C: Yes, same date.
A: And the code on the back of her card?
C: [[CVV:{v2}]].
A: Both cards are active. Would you like a spending limit on your daughter's card? Many parents set ((price:${g.whole(4, 8) * 100})) a month.
C: Make it ((price:${g.whole(1, 3) * 100})). She's ((other:19)) and just started university.
A: Done. She can use it right away, and all her purchases appear on your statement.
C: Thank you, [[NAME:Jaskaran]].
"""


@conv("asr")
def c035(g):
    app = g.code("99999999")
    by, bm, bd = g.dob(1994, 2004)
    hn1, hn2 = g.house(1, 90), g.house(1, 200)
    pc1, pc2 = g.ukpc("G12"), g.ukpc("EH6")
    sal = g.whole(24, 48) * 1000
    rent = g.amt(500, 1100)
    eml = g.whole(1, 99)
    ph = g.phone_uk_mob()
    return f"""
A: hi you're through to thistle card applications my name's [[NAME:fraser]]
C: hi i applied for a credit card online and it says my application's been referred
A: okay no bother have you got the application reference
C: [[ACCOUNT_NUMBER:{w(app)}]]
A: thank you and your full name
C: [[NAME:eilidh macaskill]]
A: and date of birth
C: [[DOB:{w('%02d' % bd)} {w('%02d' % bm)} {year_w(by)}]]
A: great so it's been referred because we couldn't match your address on the credit file how long have you been at your current address
C: about eight months i moved from glasgow to leith
A: that'll be it can you give me the previous address
C: [[ADDRESS:{n2w(hn1)} highburgh road glasgow]] [[POSTCODE:{sp_alnum(pc1)}]]
A: and the current one
C: [[ADDRESS:flat {n2w(g.whole(1, 9))} {n2w(hn2)} great junction street]] edinburgh [[POSTCODE:{sp_alnum(pc2)}]]
A: thanks and your annual income before tax
C: ((price:{n2w(sal)} pounds)) and my rent's ((price:{money_w(rent)})) a month
A: right i've added the previous address and sent it back through underwriting you'll hear back within ((duration:forty eight hours))
C: will it be an email
A: yeah to [[EMAIL:eilidh dot macaskill {n2w(eml)} at gmail dot com]] and we might text [[PHONE:{w(ph[:5])} {w(ph[5:8])} {w(ph[8:])}]] if we need anything else
C: okay cool
A: anything else i can help with the now
C: no that's great thanks
"""


@conv("transcript")
def c036(g):
    pol = g.code("PA-9999999")
    zp = g.zip("303")
    prem = g.amt(90, 260)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    conf = g.digits(10)
    ph4 = g.digits(4)
    return f"""
I: Welcome to Peachtree Auto Insurance automated payments. Please say or enter your policy number, including letters.
C: [[ACCOUNT_NUMBER:{pol.replace('-', ' ')}]]
I: Thank you. For security, please enter the ZIP code where the vehicle is garaged.
C: [[POSTCODE:{zp}]]
I: Your current amount due is ((price:{money_t(prem, '$')})). To pay this amount, press ((other:1)). To pay a different amount, press ((other:2)).
C: One.
I: Please enter your card number, followed by the pound sign.
C: [[CARD_NUMBER:{card}]]
I: You entered [[CARD_NUMBER:{card_t(card)}]]. If this is correct, press ((other:1)).
C: One.
I: Please enter the expiration month and year.
C: [[EXPIRY:{em:02d}{ey % 100}]]
I: Please enter the three-digit security code.
C: [[CVV:{cvv}]]
I: Processing. Please wait... Your payment of ((price:{money_t(prem, '$')})) has been approved. Your confirmation number is ((other:{conf})). A text receipt has been sent to the mobile number ending in [[PHONE:{ph4}]].
C: Agent. Talk to an agent.
I: Transferring you now.
A: Peachtree Auto, this is [[NAME:Lorenzo]]. How can I help?
C: Hi, I just paid through the system, but I want to take my son off the policy. He bought his own car.
A: Congratulations to him. What's your son's name?
C: [[NAME:Tyrese Holloway]].
A: Thank you. Removing him from ((date:next Monday)) lowers your premium by about ((price:${g.whole(35, 95)})) a month. The refund for the rest of this term goes back to the card you just used.
C: Great, do it.
"""


@conv("asr")
def c037(g):
    eml = g.whole(1, 99)
    eir = g.eir("A92")
    hn = g.house(1, 80)
    iban = g.iban("PL", "", g.digits(24, False))
    send = g.whole(2, 12) * 50
    fee = g.amt(2, 6)
    rate = g.pct(4.1, 4.4, 4)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    b = blocks(card)
    return f"""
A: hello you're through to euroswift money transfer this is [[NAME:gintare]] how can i help
C: hi i want to send money to my sister in poland i usually do it in the shop in drogheda but it's closed today
A: no problem we can do it on the phone are you already registered with us
C: yeah under [[NAME:bartosz wisniewski]] and my email's [[EMAIL:bartek w {n2w(eml)} at wp dot pl]]
A: i have you there [[NAME:bartosz]] can you confirm your address and eircode
C: [[ADDRESS:{n2w(hn)} north road drogheda]] and the eircode is [[POSTCODE:{sp_alnum(eir)}]]
A: perfect and who are you sending to
C: [[NAME:agnieszka wisniewska]] to her bank account
A: okay can i have the iban it should start with p l
C: yes [[ACCOUNT_NUMBER#a:p l {w(iban[2:4])} {w(iban[4:8])}]] uh [[ACCOUNT_NUMBER#a:{w(iban[8:12])} {w(iban[12:16])}]]
A: go on
C: [[ACCOUNT_NUMBER#a:{w(iban[16:20])} {w(iban[20:24])} {w(iban[24:])}]]
A: i'll just check that it's a valid iban yeah that's valid how much are you sending
C: ((price:{n2w(send)} euro))
A: that's ((price:{n2w(int(send * rate))} zloty)) at today's rate of ((other:{dec_w(rate)})) and our fee is ((price:{money_w(fee, 'euro', 'cent', True, True)}))
C: okay fine
A: and you're paying by card
C: yeah visa debit [[CARD_NUMBER#b:{w(b[0])} {w(b[1])}]]
A: mm-hmm
C: [[CARD_NUMBER#b:{w(b[2])} {w(b[3])}]] expiry [[EXPIRY:{w('%02d' % em)} {yy_w(ey)}]] and the code on the back is [[CVV:{w(cvv)}]]
A: thank you that's been authorised and the money should be in her account ((duration:within one working day))
C: brilliant thanks [[NAME:gintare]]
"""


@conv("transcript")
def c038(g):
    dmp = g.code("DMP999999")
    by, bm, bd = g.dob(1966, 1990)
    hn = g.house(1, 300)
    pc = g.ukpc("CF24")
    sc = g.sort()
    acc = g.digits(8)
    pay = g.amt(90, 400)
    eml = g.whole(1, 99)
    ph = g.phone_uk_land("029")
    return f"""
A: Good morning, ClearPath Debt Solutions, you're speaking to [[NAME:Rhys]].
C: Morning, [[NAME:Rhys]]. I'm on one of your debt management plans and I need to change the date my payment comes out.
A: No problem. Can I take your plan reference?
C: [[ACCOUNT_NUMBER:{dmp}]].
A: And your name and date of birth?
C: [[NAME:Gwenllian Pritchard]], [[DOB:{bd}.{bm}.{by}]].
A: Thank you. And the first line of your address and postcode?
C: [[ADDRESS:{hn} Richmond Road, Roath]], [[POSTCODE:{pc}]].
A: Lovely. Your payment is ((price:{money_t(pay)})) on the ((date:1st)) of each month, shared between ((count:5)) creditors. What date would suit you?
C: The ((date:28th)). My new job pays on the ((date:25th)), so the ((date:1st)) is always tight.
A: That's fine. Is it still coming from the same bank account?
C: No, I've switched banks. Sort code [[ACCOUNT_NUMBER:{sc}]], account number [[ACCOUNT_NUMBER:{acc}]].
A: Thank you. I'll send a new direct debit mandate by email. Is that still [[EMAIL:gwen.pritchard{eml}@yahoo.co.uk]]?
C: Yes.
A: And your phone number, in case the first collection fails?
C: [[PHONE:{phone_uk_t(ph)}]].
A: All done. The first collection on the new date will be the ((date:28th)) of next month, so there's no gap.
C: Brilliant. Thanks.
"""


@conv("asr")
def c039(g):
    card = g.amex()
    em, ey = g.expiry()
    cid = g.cvv(4)
    hn = g.house(100, 9000)
    zp = g.zip("850")
    ph = g.phone_us("480")
    ext = g.digits(3)
    eml = g.whole(1, 99)
    lim = g.whole(10, 50) * 1000
    b = blocks(card)
    return f"""
A: good morning desert sun business cards this is [[NAME:mireya]] how can i help you
C: morning i've got a new corporate card for our company and i need to activate it
A: sure can you read me the card number
C: it's [[CARD_NUMBER#a:{w(b[0])}]] um [[CARD_NUMBER#a:{w(b[1])}]] and [[CARD_NUMBER#a:{w(b[2])}]]
A: okay and that's an amex so there's a four digit code on the front above the number
C: yeah [[CVV:{w(cid)}]]
A: and the expiration
C: [[EXPIRY:{w(str(em))} slash {year_w(ey)}]]
A: thank you and your name as it appears on the card
C: [[NAME:thaddeus moreno]]
A: and the business address
C: [[ADDRESS:{n2w(hn, False)} east camelback road suite {say3(g.whole(100, 450))} phoenix]] [[POSTCODE:{w(zp)}]]
A: and a contact phone
C: the office is [[PHONE#b:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]] and i'm extension [[PHONE#b~:{w(ext)}]]
A: okay your card's active with a limit of ((price:{n2w(lim, False)} dollars)) your company's administrator can change that
C: that's our finance manager [[NAME:rosalind fairbanks]]
A: yes i see her on the account would you like statements emailed to you as well
C: yeah send them to [[EMAIL:t moreno {w(str(eml))} at sunlogistics dot com]]
A: all set [[NAME:thaddeus]]
"""


@conv("transcript")
def c040(g):
    old4 = g.digits(4, False)
    new = g.visa()
    by, bm, bd = g.dob(1986, 2001)
    mo = g.month()
    txs = [(g.day(), g.amt(8, 140)) for _ in range(5)]
    hn = g.house(1, 200)
    pc = g.aupc(3180, 3207)
    ph = g.phone_au("04")
    return f"""
A: Jacaranda Bank, you're speaking with [[NAME:Mitch]].
C: Hi. I'm in Bali and my card has been skimmed, I think. There are charges I didn't make.
A: Sorry to hear that. Can I get your name and date of birth?
C: [[NAME:Saskia van der Berg]], [[DOB:{bd} {mon(bm)} {by}]].
A: Thanks, [[NAME:Saskia]]. Which card is it?
C: The Visa debit ending [[CARD_NUMBER:{old4}]].
A: I've put a temporary block on it. Let's go through the recent transactions. Tell me which ones are yours.
C: Okay.
A: ((date:{txs[0][0]} {mon(mo)})), ((price:{money_t(txs[0][1], '$')})) at Warung Sari Rasa, Ubud.
C: Mine. Dinner.
A: ((date:{txs[1][0]} {mon(mo)})), ((price:{money_t(txs[1][1], '$')})) at Circle K, store ((other:{g.digits(4)})).
C: Also mine.
A: ((date:{txs[2][0]} {mon(mo)})), ((price:{money_t(txs[2][1], '$')})), an ATM withdrawal in Denpasar at ((time:2:47 a.m.)).
C: No. I was asleep. That's not me.
A: ((date:{txs[3][0]} {mon(mo)})), ((price:{money_t(txs[3][1], '$')})), the same ATM at ((time:2:49 a.m.)).
C: Not me either.
A: And ((date:{txs[4][0]} {mon(mo)})), ((price:{money_t(txs[4][1], '$')})) at an online electronics store.
C: Definitely not.
A: So three disputed. I'll cancel this card and refund those while we investigate. Where should we send the new card?
C: I'm home in ((duration:ten days)). Send it to [[ADDRESS:{hn} Ormond Road, Elwood]] VIC [[POSTCODE:{pc}]].
A: Done. The new card ends in [[CARD_NUMBER:{new[-4:]}]]. You can add it to your phone wallet now and use it right away.
C: Oh, that's great. Will you text me?
A: Yes, to [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]]. Is that still your mobile?
C: It is. Thanks so much, [[NAME:Mitch]].
"""


@conv("asr")
def c041(g):
    agr = g.code("99999999")
    by, bm, bd = g.dob(1975, 1995)
    hn = g.house(1, 150)
    pc = g.ukpc("NG5")
    settle = g.amt(1800, 7000)
    card = g.mc()
    fm, fy = g.expiry(2023, 2025)
    em, ey = g.expiry()
    cvv = g.cvv()
    ph = g.phone_uk_mob()
    b = blocks(card)
    return f"""
A: good afternoon you're through to carwise finance my name is [[NAME:imogen]] how can i help
C: hiya i want to settle my car finance early i've had a bit of money come in
A: oh lovely can i take your agreement number
C: [[ACCOUNT_NUMBER:{w(agr)}]]
A: and your name date of birth and postcode
C: [[NAME:wayne ellery]] [[DOB:{ORD[bd]} {mon(bm).lower()} {year_w(by)}]] [[POSTCODE:{sp_alnum(pc)}]]
A: and the first line of the address
C: [[ADDRESS:{n2w(hn)} mansfield road]]
A: thank you [[NAME:wayne]] so the settlement figure is ((price:{money_w(settle)})) that's valid for ((duration:twenty eight days)) and it includes the rebate on the interest
C: yeah i'll pay it all now on my debit card
A: okay the long number please
C: [[CARD_NUMBER#a:{w(b[0])} {w(b[1])}]] hang on the numbers are a bit worn [[CARD_NUMBER#a:{w(b[2])} {w(b[3])}]]
A: and the expiry date
C: it says ((date:{w('%02d' % fm)} {yy_w(fy)}))
A: that sounds like it might be the valid from date is there another date next to it
C: oh yeah sorry the other one's [[EXPIRY:{w('%02d' % em)} {yy_w(ey)}]]
A: that's the one and the three numbers on the back
C: [[CVV:{w(cvv)}]]
A: lovely that's all gone through the agreement's settled you'll get a letter and the logbook stuff is all yours now
C: nice one and do i need to do anything
A: nothing at all we'll update your credit file within ((duration:thirty days)) is [[PHONE:{w(ph)}]] still the best number if we need you
C: yeah that's the one cheers
"""


@conv("transcript")
def c042(g):
    ssn4 = g.digits(4)
    by, bm, bd = g.dob(1979, 1993)
    wire = g.amt(40000, 120000)
    rt = g.routing()
    acc = g.digits(12)
    ph = g.phone_us("919")
    ext = g.digits(3)
    fee = g.whole(25, 35) * 100
    esc = g.code("ES-99-99999")
    hn = g.house(100, 8000)
    zp = g.zip("276")
    return f"""
A: Tar Heel Savings, wire transfer desk, this is [[NAME:Courtney]].
C: Hi, [[NAME:Courtney]]. I'm closing on a house on Friday and I need to wire my down payment to the title company.
A: Congratulations! Let's get you verified. Your name, date of birth and the last four of your Social?
C: [[NAME:Desmond Achebe-Lyons]], [[DOB:{bm}/{bd}/{by}]], last four [[SSN:{ssn4}]].
A: Thank you. How much is the wire, and do you have the title company's instructions?
C: ((price:{money_t(wire, '$')})). The instructions say routing number [[ACCOUNT_NUMBER:{rt}]], account [[ACCOUNT_NUMBER:{acc}]], reference escrow number [[ACCOUNT_NUMBER:{esc}]].
A: Before we send anything, I have to ask: did you get those instructions by email?
C: Yes, from the closing agent.
A: Wire fraud around closings is very common. Please call the title company on a number you found yourself, not one from the email, and confirm the account number with them.
C: I have their office number from their website. It's [[PHONE#b:{phone_us_t(ph)}]], extension [[PHONE#b~:{ext}]], for [[NAME:Marisol Quintero]].
A: Great. If you'd like, I can hold while you call her on your other phone.
C: Okay, one moment.
A: Take your time.
C: She confirmed it. Account ending [[ACCOUNT_NUMBER:{acc[-4:]}]], same routing number.
A: Perfect. The wire fee is ((price:{money_t(fee, '$')})). The wire will go out today before the ((time:4 p.m.)) cutoff and should arrive within ((duration:a few hours)).
C: And the address for the new house is [[ADDRESS:{hn} Glenwood Avenue, Raleigh]], [[POSTCODE:{zp}]], if you need it for your records.
A: Thanks, I'll update your mailing address from ((date:the closing date)). Anything else?
C: No, that's it. Thank you for the warning about the email.
"""


@conv("asr")
def c043(g):
    c4 = g.digits(4, False)
    pc = g.capc("K1S")
    bal = g.amt(1200, 4500)
    mn = g.amt(30, 120)
    due_m, due_d = g.month(), g.day()
    apr = g.pct(19.9, 24.9, 2)
    st_m, st_d = g.month(), g.day()
    purch = g.amt(400, 1200)
    intr = g.amt(10, 60)
    transit = g.digits(5)
    acc = g.digits(7)
    ph = g.phone_us("613")
    return f"""
A: thank you for calling rideau card services my name is [[NAME:nathalie]] can i have your name
C: hi it's [[NAME:graham mckittrick]]
A: hi [[NAME:graham]] and the last four digits of the card and your postal code
C: [[CARD_NUMBER:{w(c4)}]] and [[POSTCODE:{sp_alnum(pc, 'zero')}]]
A: thank you how can i help
C: can you just give me a rundown of where my account is at i haven't looked at it in a while
A: sure your last statement was on ((date:{mon(st_m).lower()} {ORD[st_d]})) the statement balance was ((price:{money_w(bal, 'dollars', 'cents', False, True)})) the minimum payment is ((price:{money_short(mn)})) due ((date:{mon(due_m).lower()} {ORD[due_d]})) new purchases since then total ((price:{money_short(purch)})) and interest charged last month was ((price:{money_short(intr)}))
C: wow okay what's my interest rate
A: purchases are at ((percentage:{dec_w(apr)} percent))
C: okay i want to pay the full statement balance from my chequing account
A: sure can i get the transit number and the account number
C: transit [[ACCOUNT_NUMBER:{w(transit, 'zero')}]] and the account is [[ACCOUNT_NUMBER#a:{w(acc[:3], 'zero')}]] uh [[ACCOUNT_NUMBER#a:{w(acc[3:], 'zero')}]]
A: thank you and that's at which bank
C: scotiabank
A: okay i've scheduled ((price:{money_w(bal, 'dollars', 'cents', False, True)})) for today it'll show on your card in ((duration:two to three business days))
C: perfect and can you add a cell number for alerts [[PHONE:{w(ph[:3], 'zero')} {w(ph[3:6], 'zero')} {w(ph[6:], 'zero')}]]
A: added anything else
C: nope thanks [[NAME:nathalie]]
"""


@conv("transcript")
def c044(g):
    pol = g.code("MTR/9999999")
    hn = g.house(1, 90)
    eir = g.eir("V94")
    prem = g.amt(480, 1400)
    inst = g.amt(40, 120)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    eml = g.whole(1, 99)
    b = blocks(card)
    return f"""
A: Good afternoon, Shannon Direct Insurance, [[NAME:Ciarán]] speaking.
C: Hi, [[NAME:Ciarán]]. My car insurance instalment didn't go out and I've got a letter saying the policy will be cancelled.
A: Let's sort that. Can I have your policy number?
C: It's [[ACCOUNT_NUMBER:{pol.split('/')[1]}]], after the letters M-T-R.
A: Thank you. And your name and address?
C: [[NAME:Róisín Fitzgerald]], [[ADDRESS:{hn} O'Connell Avenue, Limerick]], [[POSTCODE:{eir}]].
A: Thanks, [[NAME:Róisín]]. The instalment of ((price:€{inst // 100}.{inst % 100:02d})) was returned by your bank. If you pay it by card today, the policy stays live.
C: Great. I have my card here.
A: Go ahead.
C: [[CARD_NUMBER#a:{b[0]}]]
A: Yes.
C: [[CARD_NUMBER#a:{b[1]}]]
A: Mm-hmm.
C: [[CARD_NUMBER#a:{b[2]} {b[3]}]].
A: And the expiry?
C: [[EXPIRY:{mon(em)} {ey}]].
A: Last three digits on the back?
C: [[CVV:{cvv}]].
A: That's paid. Your annual premium is ((price:€{prem // 100:,}.{prem % 100:02d})) and you have ((count:7)) instalments left. Would you like to keep paying by direct debit?
C: Yes, but from my new account. I'll do that online.
A: Perfect. I'll email the link to [[EMAIL:roisin.fitz{eml}@gmail.com]].
C: Thanks a million.
"""


@conv("asr")
def c045(g):
    loan = g.digits(9)
    by, bm, bd = g.dob(1982, 1996)
    hn = g.house(2, 90)
    pc = g.aupc(4101, 4122)
    bsb = g.bsb()
    acc = g.digits(8)
    rep = g.amt(1800, 3600)
    ph = g.phone_au("04")
    eml = g.whole(1, 99)
    rate = g.pct(5.6, 6.8, 2)
    return f"""
A: hi you've called kookaburra home loans it's [[NAME:tegan]] speaking
C: hi [[NAME:tegan]] we just settled on our house last week and i need to set up the repayments from our other bank
A: congratulations can i get the loan account number
C: [[ACCOUNT_NUMBER:{w(loan)}]]
A: and your name and date of birth
C: [[NAME:joel papadopoulos]] [[DOB:{ORD[bd]} of {mon(bm).lower()} {year_w(by)}]]
A: and the security address
C: [[ADDRESS:{n2w(hn)} gladstone road highgate hill]] [[POSTCODE:{w(pc)}]]
A: thank you [[NAME:joel]] so your repayment is ((price:{money_w(rep, 'dollars', 'cents', False, True)})) a month at ((percentage:{dec_w(rate)} percent)) variable
C: can we do fortnightly instead
A: yep that comes to ((price:{money_short(rep * 12 // 26)})) a fortnight and it takes a bit off the loan over time
C: let's do that and the bsb is [[ACCOUNT_NUMBER:{w(bsb.replace('-', ''))}]]
A: yep and the account number
C: [[ACCOUNT_NUMBER:{w(acc)}]] it's a joint account with my partner [[NAME:hoang]]
A: that's fine as long as you're on it i'll email the direct debit form to [[EMAIL:joel dot papa {n2w(eml)} at gmail dot com]] for you both to sign
C: cool and can you text me when it's set up
A: sure on [[PHONE:{w(ph[:4])} {w(ph[4:7])} {w(ph[7:])}]]
C: that's me
A: done the first one will come out in ((duration:two weeks)) from the date we get the form back
C: sweet cheers
"""


@conv("transcript")
def c046(g):
    cc = g.mc()
    by, bm, bd = g.dob(1952, 1990)
    bal = g.amt(300, 3000)
    mn = g.amt(25, 90)
    deb = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    conf = g.code("9999-9999")
    return f"""
I: Welcome to Harbourside Credit Card payments. Please key in the ((count:16))-digit number of your Harbourside credit card.
C: [[CARD_NUMBER:{cc}]]
I: Thank you. Now key in your date of birth as ((count:8)) digits, for example, ((date:zero one zero three one nine eight five)).
C: [[DOB:{bd:02d}{bm:02d}{by}]]
I: Your balance is ((price:{money_t(bal)})). Your minimum payment is ((price:{money_t(mn)})). To pay the minimum, press ((other:1)). To pay the full balance, press ((other:2)). To pay another amount, press ((other:3)).
C: Two.
I: You have chosen to pay ((price:{money_t(bal)})). Please key in the ((count:16))-digit number of the debit card you'd like to pay from.
C: [[CARD_NUMBER:{deb}]]
I: You entered a card ending in [[CARD_NUMBER:{deb[-4:]}]]. Please key in the expiry date, month then year.
C: [[EXPIRY:{em:02d}{ey % 100}]]
I: And the ((count:3))-digit security code from the back of the card.
C: [[CVV:{cvv}]]
I: Thank you. Please hold while we process your payment.
I: Your payment of ((price:{money_t(bal)})) from the card ending [[CARD_NUMBER:{deb[-4:]}]] to the credit card ending [[CARD_NUMBER:{cc[-4:]}]] has been accepted. Your reference is ((other:{conf})). It may take up to ((duration:2 working days)) to show on your account.
I: To hear the reference again, press ((other:1)). To end this call, hang up now.
C: One.
I: Your reference is ((other:{conf})). Goodbye.
"""


@conv("asr")
def c047(g):
    ssn4 = g.digits(4)
    by, bm, bd = g.dob(1960, 1985)
    debts = [(g.digits(4), g.amt(1500, 9000)) for _ in range(3)]
    hn = g.house(100, 9000)
    zp = g.zip("462")
    ph = g.phone_us("317")
    eml = g.whole(1, 99)
    dep = g.amt(180, 450)
    return f"""
A: thanks for calling hoosier debt relief this is [[NAME:bryce]] are you calling about enrolling in a program
C: yeah i saw your ad i've got a lot of credit card debt and i'm drowning honestly
A: okay i'm sorry you're dealing with that let's take a look can i have your name
C: [[NAME:tammy sue halvorsen]]
A: and your date of birth and the last four of your social so i can pull a soft credit report it won't affect your score
C: [[DOB:{mon(bm).lower()} {ORD[bd]} {year_w(by)}]] and [[SSN:{w(ssn4)}]]
A: okay i see three cards a capital card ending [[CARD_NUMBER:{w(debts[0][0])}]] with ((price:{money_short(debts[0][1])})) another one ending [[CARD_NUMBER:{w(debts[1][0])}]] with ((price:{money_short(debts[1][1])})) and a store card ending [[CARD_NUMBER:{w(debts[2][0])}]] with ((price:{money_short(debts[2][1])}))
C: yep that's all of them
A: so in the program you stop paying the cards and instead put ((price:{money_short(dep)})) a month into a dedicated account and we negotiate with each creditor usually settling for around ((percentage:{n2w(g.whole(40, 60))} percent)) of the balance
C: doesn't that wreck my credit
A: it does hurt your credit in the short term i have to be upfront about that and the program takes ((duration:thirty six to forty eight months))
C: let me think about it can you send me the paperwork
A: sure what's your address
C: [[ADDRESS:{n2w(hn, False)} north college avenue indianapolis]] [[POSTCODE:{w(zp)}]]
A: and your email
C: [[EMAIL:tammysue h {w(str(eml))} at aol dot com]]
A: and the best phone number
C: [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
A: perfect you'll get it today and you might also want to talk to a nonprofit credit counselor before you decide
C: okay thanks for being straight with me
"""


@conv("transcript")
def c048(g):
    by, bm, bd = g.dob(2003, 2007)
    hn = g.house(100, 3000)
    pc = g.capc("R3T")
    ph = g.phone_us("204")
    eml = g.whole(1, 99)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    dep = g.whole(5, 20) * 10
    mem = g.digits(7)
    return f"""
A: Red River Credit Union, this is [[NAME:Anneliese]]. How can I help?
C: Hi! I'm starting university in Winnipeg in ((date:September)) and I want to open a student chequing account.
A: Great. I can start that with you now, and you'll finish in a branch with your ID. What's your full name?
C: [[NAME:Kai Marchetti-Moose]].
A: Date of birth?
C: [[DOB:{mon(bm)} {bd}, {by}]].
A: Thanks, [[NAME:Kai]]. And your address?
C: Right now I'm at my parents' place, but from next month it's [[ADDRESS:{hn} Pembina Highway, Unit {g.whole(2, 24)}{g.whole(1, 20):02d}]], [[POSTCODE:{pc}]].
A: I'll use the new one. Phone number and email?
C: [[PHONE:{phone_us_t(ph)}]], and [[EMAIL:kai.mm{eml}@umanitoba.ca]].
A: Perfect. The student account has no monthly fee and comes with ((count:25)) free transactions. You can make the opening deposit of ((price:${dep})) by card if you like.
C: Sure, my mom gave me her credit card for it. Oh wait, actually it has to be mine, right?
A: It's fine for a parent to fund the deposit, as long as she's okay with it.
C: She's right here. It's [[CARD_NUMBER:{card_t(card)}]], expiry [[EXPIRY:{em:02d}/{ey % 100}]], CVV [[CVV:{cvv}]].
A: Thank you. Your new member number is [[ACCOUNT_NUMBER:{mem}]]. Bring your student ID and passport to any branch within ((duration:30 days)).
C: Will do. Thanks, [[NAME:Anneliese]]!
"""


@conv("asr")
def c049(g):
    ni = g.ni()
    plan = g.code("AA9999999")
    by, bm, bd = g.dob(1957, 1966)
    hn = g.house(1, 90)
    pc = g.ukpc("EX4")
    pot = g.amt(80000, 300000)
    sc = g.sort()
    acc = g.digits(8)
    inc = g.whole(400, 1200)
    tc = g.whole(1100, 1300)
    return f"""
A: good morning westward pensions [[NAME:tamsin]] speaking
C: morning i want to start taking an income from my pension pot i turned fifty seven in the spring
A: lovely can i take your name and plan number
C: [[NAME:nigel brakespear]] and the plan number is [[ACCOUNT_NUMBER:{sp_alnum(plan)}]]
A: and your national insurance number please
C: [[SSN:{sp_alnum(ni)}]]
A: and date of birth and postcode
C: [[DOB:{ORD[bd]} of {mon(bm).lower()} {year_w(by)}]] [[POSTCODE:{sp_alnum(pc)}]]
A: thank you [[NAME:nigel]] so your pot is currently ((price:{money_w(pot)})) you can take ((percentage:twenty five percent)) tax free and then draw an income from the rest
C: i don't want the lump sum yet i just want ((price:{n2w(inc)} pounds)) a month
A: okay that's fine just so you know the first payment might be taxed on an emergency tax code something like ((other:{two(tc // 100)} {two(tc % 100)} l)) month one until hmrc sends us your proper code
C: ah right i'd heard about that
A: which account should the payments go to
C: sort code [[ACCOUNT_NUMBER:{w(sc.replace('-', ''))}]] account number [[ACCOUNT_NUMBER:{w(acc)}]]
A: and the address is still [[ADDRESS:{n2w(hn)} polsloe road exeter]]
C: that's right
A: i'll send the forms out today once they're back payments start on the ((date:twenty fifth)) of the following month
C: brilliant thank you
"""


@conv("transcript")
def c050(g):
    pol = g.code("AA-999999")
    hn = g.house(1, 120)
    pc = g.aupc(5031, 5048)
    prem = g.amt(700, 1900)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    ph = g.phone_au("08")
    eml = g.whole(1, 99)
    b = blocks(card)
    wrong = b[2][:2] + b[2][3] + b[2][2]
    if wrong == b[2]:
        wrong = b[2][:3] + str((int(b[2][3]) + 1) % 10)
    return f"""
A: Good morning, Saltbush Insurance, [[NAME:Aisha]] speaking.
C: Hi, my car insurance renewal is due and I want to pay it in full.
A: Sure. What's your policy number?
C: [[ACCOUNT_NUMBER:{pol}]].
A: And your name and address, please?
C: [[NAME:Lachlan Brennan-Tuala]], [[ADDRESS:{hn} Hampstead Road, Broadview]] SA [[POSTCODE:{pc}]].
A: Thanks, [[NAME:Lachlan]]. The renewal premium is ((price:{money_t(prem, '$')})), which includes a ((percentage:{g.whole(5, 15)}%)) discount for paying annually.
C: Great. Card number is [[CARD_NUMBER#a:{b[0]} {b[1]} {b[2]} {b[3]}]].
A: Let me read it back: [[CARD_NUMBER#rb~:{b[0]} {b[1]}, {wrong}, {b[3]}]].
C: No, the third block is [[CARD_NUMBER:{b[2]}]].
A: Sorry, [[CARD_NUMBER:{b[2]}]]. Got it. Expiry and CVV?
C: [[EXPIRY:{em:02d}/{ey % 100}]], [[CVV:{cvv}]].
A: Payment approved. Your policy now runs to next year. Where should I send the certificate?
C: Email, please: [[EMAIL:lachie.bt{eml}@internode.on.net]].
A: Done. And the mobile on file is [[PHONE:{ph[:2]} {ph[2:6]} {ph[6:]}]]. Is that still right?
C: That's my home phone. It's fine.
A: Lovely. You're all set.
"""


@conv("asr")
def c051(g):
    old4 = g.digits(4, False)
    new4 = g.digits(4, False)
    by, bm, bd = g.dob(1968, 1990)
    pc = g.ukpc("SE15")
    hn = g.house(1, 200)
    mo = g.month()
    tx = [(g.day(), g.amt(2, 90)) for _ in range(4)]
    return f"""
A: hello you're through to riverside bank lost and stolen cards my name's [[NAME:tunde]]
C: hi i think i've left my debit card in a cash machine it just didn't come out and then the screen went back to the start
A: oh no okay let's get it stopped can i take your name
C: [[NAME:penny oduya]]
A: and your date of birth [[NAME:penny]]
C: [[DOB:{ORD[bd]} {mon(bm).lower()} {year_w(by)}]]
A: and the postcode
C: [[POSTCODE:{sp_alnum(pc)}]]
A: thank you is it the card ending [[CARD_NUMBER:{w(old4)}]]
C: yeah that's the only one i've got
A: right i've stopped that now nobody can use it let me just check the last few things on it the ((date:{ORD[tx[0][0]]} of {mon(mo).lower()})) ((price:{money_w(tx[0][1])})) at tesco express the ((date:{ORD[tx[1][0]]})) ((price:{money_w(tx[1][1])})) at the pharmacy the ((date:{ORD[tx[2][0]]})) ((price:{money_w(tx[2][1])})) transport for london and then this morning ((price:{money_w(tx[3][1])})) at a pret
C: yeah those are all me
A: good and the cash machine didn't pay out any cash so nothing's been taken
C: phew okay
A: i'll order a new card it'll go to [[ADDRESS:{n2w(hn)} bellenden road]] is that right
C: yes
A: it'll be there in ((duration:three to five working days)) and it'll end in [[CARD_NUMBER:{w(new4)}]] and you'll get a new pin separately
C: can i still get money out before then
A: yeah you can take up to ((price:{n2w(g.whole(2, 5) * 100)} pounds)) out at any of our branches with photo id
C: okay that's fine thanks [[NAME:tunde]]
"""


@conv("transcript")
def c052(g):
    mid = g.digits(9)
    model = g.digits(3)
    cb_amt = g.amt(80, 600)
    cust4 = g.digits(4, False)
    fee = g.whole(15, 25) * 100
    cbref = g.code("CB-99999999")
    tx_m, tx_d = g.month(), g.day()
    hn = g.house(10, 990)
    zp = g.zip("802")
    ph = g.phone_us("303")
    eml = g.whole(1, 99)
    store = g.digits(3)
    return f"""
A: Summit Merchant Services, chargebacks team, this is [[NAME:Priscilla]].
C: Hi, I run a bike shop and I got a letter about a chargeback. I don't understand it.
A: I can help. What's your merchant ID?
C: [[ACCOUNT_NUMBER:{mid}]].
A: And your name?
C: [[NAME:Anders Kristiansen]]. I'm the owner.
A: Thanks, [[NAME:Anders]]. The chargeback is for ((price:{money_t(cb_amt, '$')})) from ((date:{mon(tx_m)} {tx_d})), on a card ending [[CARD_NUMBER:{cust4}]]. The cardholder says the item was never received.
C: That was an in-store sale. He picked the bike up himself. I have the receipt here, it shows the card ending [[CARD_NUMBER:{cust4}]], and it was tapped on our ((model_number:T-{model})) reader at register ((other:{store[-1]})).
A: That helps a lot. If you can upload the signed receipt and any camera footage, we'll fight it. The case number is [[ACCOUNT_NUMBER:{cbref}]].
C: What's the fee?
A: ((price:{money_t(fee, '$', False)})), and it's refunded if you win.
C: Okay. Where do I send everything?
A: Through the merchant portal, or I can email you a secure upload link. What's your email?
C: [[EMAIL:anders.k{eml}@spokecycles.com]]
A: And the business address and phone, to confirm the account?
C: [[ADDRESS:{hn} South Broadway, Denver]], [[POSTCODE:{zp}]]. Phone is [[PHONE:{phone_us_t(ph)}]].
A: Perfect. You have ((duration:10 days)) to respond. Most cases like this are decided within ((duration:45 days)).
C: Thank you, [[NAME:Priscilla]].
"""


@conv("asr")
def c053(g):
    eml = g.whole(1, 99)
    ph = g.phone_au("04")
    old = g.visa()
    om, oy = g.expiry(2024, 2025)
    new = g.mc()
    em, ey = g.expiry()
    cvv = g.cvv()
    owe = g.amt(40, 200)
    return f"""
A: hey thanks for calling spendly this is [[NAME:zara]] how can i help
C: hi i got an email saying my payment failed and i need to update my card
A: no worries can i get the email on your account
C: it's [[EMAIL:kirra mundine {w(str(eml))} at outlook dot com]]
A: and your mobile
C: [[PHONE:{w(ph[:4])} {w(ph[4:7])} {w(ph[7:])}]]
A: thanks [[NAME:kirra]] so the card we have on file expired that's why it failed okay what's the new card
C: okay it's [[CARD_NUMBER:{w(old)}]]
A: and the expiry on that
C: [[EXPIRY:{w('%02d' % om)} {yy_w(oy)}]]
A: hmm that one's expired too i think that might be the same old card
C: oh my god you're right i grabbed the wrong one out of my wallet hang on
A: all good
C: okay this is the right card [[CARD_NUMBER#a:{w(new[:4])}]] um [[CARD_NUMBER#a:{w(new[4:8])} {w(new[8:12])}]]
A: yep
C: [[CARD_NUMBER#a:{w(new[12:])}]] expiry [[EXPIRY:{w('%02d' % em)} {yy_w(ey)}]] and the cvc is [[CVV:{w(cvv)}]]
A: sweet that's saved do you want me to take the missed payment of ((price:{money_w(owe, 'dollars', 'cents', False, True)})) now
C: yeah go for it
A: done and the late fee's been waived since it was just the card expiring
C: legend thank you
"""


@conv("transcript")
def c054(g):
    mem = g.digits(5)
    pps = g.pps()
    by, bm, bd = g.dob(1985, 1998)
    hn = g.house(1, 70)
    eir = g.eir("F91")
    sal = g.whole(32, 60) * 1000
    loan = g.whole(4, 15) * 1000
    term = g.pick([36, 48, 60])
    apr = g.pct(6.5, 9.9, 1)
    eml = g.whole(1, 99)
    return f"""
A: Good morning, Ballysadare Credit Union, [[NAME:Eimear]] speaking.
C: Hi, [[NAME:Eimear]]. I'd like to apply for a car loan.
A: Lovely. Are you a member with us?
C: Yes, member number [[ACCOUNT_NUMBER:{mem}]].
A: And your name, date of birth and PPS number?
C: [[NAME:Dónal Mac Craith]], [[DOB:{bd}/{bm}/{by}]], PPS [[SSN:{pps}]].
A: Thanks, [[NAME:Dónal]]. How much are you looking to borrow, and over what term?
C: ((price:€{loan:,})) over ((duration:{term} months)), if that works.
A: Our car loan rate is ((percentage:{apr}%)) APR. On ((price:€{loan:,})) over ((duration:{term} months)), repayments would be about ((price:€{int(loan * (1 + apr / 100 * term / 24) / term)})) a month.
C: That's fine. I'm earning ((price:€{sal:,})) a year.
A: Great. I'll need ((count:3)) months of payslips, ((count:6)) months of bank statements, and the quote from the dealer. Is your address still [[ADDRESS:{hn} Pearse Road, Sligo]], [[POSTCODE:{eir}]]?
C: Yes.
A: I'll email the checklist to [[EMAIL:donal.mccraith{eml}@gmail.com]]. Once we have everything, a decision usually takes ((duration:2 working days)).
C: Perfect, thank you.
"""


@conv("asr")
def c055(g):
    card = g.visa()
    zp = g.zip("940")
    ph = g.phone_us("650")
    m1, d1 = g.month(), g.day()
    d2 = g.day()
    return f"""
I: welcome to bayshore bank please say or enter your debit card number
C: [[CARD_NUMBER:{card[:4]} {card[4:10]} {card[10:12]} {card[12:]}]]
I: thank you and the five digit zip code on your account
C: [[POSTCODE:{w(zp)}]]
I: thank you in a few words tell me what you're calling about
C: travel notice and um my pin
I: i can help you with your pin first would you like to reset your pin
C: yes
I: we've sent a one time code by text message to the phone number ending [[PHONE:{w(ph[-4:])}]] please say or enter the code
C: ((other:{w(g.digits(6))}))
I: thank you please enter your new four digit pin on your keypad now
I: your pin has been changed now let me get someone to help with your travel notice
A: hi this is [[NAME:dev]] at bayshore you're traveling
C: yeah i'm going to japan and korea for ((duration:three weeks)) i don't want my card blocked
A: sure what are your travel dates
C: leaving ((date:{mon(m1).lower()} {ORD[d1]})) coming back ((date:{mon(m1 % 12 + 1).lower()} {ORD[d2]}))
A: got it and is [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]] the best number to reach you while you're away
C: yeah same cell
A: you're all set and just so you know foreign transactions on this card have a ((percentage:{n2w(g.whole(2, 3))} percent)) fee
C: oh good to know thanks [[NAME:dev]]
"""


@conv("transcript")
def c056(g):
    acc = g.code("AA999999")
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    sub = g.whole(5, 20) * 100
    px = g.amt(1, 4)
    allowance = 20000
    used = g.whole(3, 15) * 1000
    by, bm, bd = g.dob(1980, 1999)
    pc = g.ukpc("RG1")
    b = blocks(card)
    return f"""
A: Good afternoon, Ashdown Investments, [[NAME:Callum]] speaking.
C: Hi, I want to top up my stocks and shares ISA before the end of the tax year, and the website won't take my card.
A: I can take it by phone. What's your account number?
C: [[ACCOUNT_NUMBER:{acc}]].
A: Name, date of birth and postcode?
C: [[NAME:Harriet Osei-Mensah]], [[DOB:{bd} {mon(bm)} {by}]], [[POSTCODE:{pc}]].
A: Thanks, [[NAME:Harriet]]. You've paid in ((price:£{used:,})) so far this year, so you have ((price:£{allowance - used:,})) left of your ((price:£{allowance:,})) allowance. How much would you like to add?
C: ((price:£{sub:,})), into the Global Tracker and the ((year:{g.pick([2040, 2045, 2050, 2055])})) target date fund, half each.
A: The Global Tracker is ((price:£{px // 100}.{px % 100:02d})) a unit today, so that's about ((quantity:{int(sub / 2 / (px / 100))} units)). Card number?
C: [[CARD_NUMBER#a:{b[0]} {b[1]}]]...
A: Yes?
C: [[CARD_NUMBER#a:{b[2]} {b[3]}]].
A: Expiry and security code?
C: [[EXPIRY:{em:02d}/{ey % 100}]], [[CVV:{cvv}]].
A: Paid. The money will be invested at the next valuation point, ((time:12 noon)) tomorrow.
C: Will that still count for this tax year?
A: Yes, because the money arrived today.
C: Perfect.
"""


@conv("asr")
def c057(g):
    ref = g.tracking(10)
    amt = g.whole(3, 15) * 100
    fee = g.amt(5, 15)
    ph = g.phone_us("780")
    hn = g.house(100, 9000)
    pc = g.capc("T5K")
    loc = g.digits(5)
    return f"""
A: good afternoon global link money transfer customer care this is [[NAME:rahel]]
C: hi my cousin sent me money from the states yesterday and when i went to pick it up they said it's on hold
A: okay i can look into that do you have the tracking number
C: yeah it's ((other:{w(ref[:3])} {w(ref[3:6])} {w(ref[6:])}))
A: thank you and your full name as the receiver
C: [[NAME:dawit tesfaye]]
A: and who sent it
C: [[NAME:meron gebremedhin]]
A: okay i see it ((price:{n2w(amt, False)} us dollars)) sent from a location in minneapolis it's on hold for a routine compliance check because the name on your id doesn't exactly match
C: my id says [[NAME:dawit tesfaye alemu]] she probably left off the last part
A: that's it yes we just need to verify your address and phone and then i can release it
C: [[ADDRESS:{n2w(hn, False)} one eighteen avenue northwest edmonton]] [[POSTCODE:{sp_alnum(pc)}]]
A: and the phone
C: [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
A: thank you it's released you can pick it up at the same agent location number ((other:{w(loc)})) in about ((duration:thirty minutes)) the sender already paid the ((price:{money_w(fee, 'dollars', 'cents', False, True)})) fee so there's nothing for you to pay
C: okay thank you so much
"""


@conv("transcript")
def c058(g):
    c4 = g.digits(4, False)
    ssn4 = g.digits(4)
    lim = g.whole(3, 12) * 1000
    bal = g.amt(500, 2800)
    util = g.whole(10, 60)
    inc = g.whole(45, 120) * 1000
    rent = g.whole(10, 25) * 100
    new_lim = lim + g.whole(2, 6) * 1000
    apr = g.pct(18.9, 27.9, 2)
    eml = g.whole(1, 99)
    by, bm, bd = g.dob(1975, 1997)
    return f"""
A: Thanks for calling Evergreen Card Services, this is [[NAME:Dominic]]. Who am I speaking with?
C: [[NAME:Sunita Balasubramanian]].
A: Hi, [[NAME:Sunita]]. Can I have the last four of your card, the last four of your Social, and your date of birth?
C: Card [[CARD_NUMBER:{c4}]], Social [[SSN:{ssn4}]], and [[DOB:{bm:02d}-{bd:02d}-{by}]].
A: Thank you. What can I do for you?
C: I'd like to ask for a higher credit limit.
A: Sure. Right now your limit is ((price:${lim:,})), your balance is ((price:{money_t(bal, '$')})), and you're using about ((percentage:{util}%)) of it. Your purchase APR is ((percentage:{apr:.2f}%)). You've had the card since ((year:{g.whole(2015, 2022)})) with no late payments.
C: Great. My income has gone up, so I thought it was time.
A: What's your total annual income now?
C: ((price:${inc:,})).
A: And monthly housing costs?
C: ((price:${rent:,})) rent.
A: Thank you. This is a soft review, so it won't affect your credit score. One moment.
C: Sure.
A: Good news: you're approved for a new limit of ((price:${new_lim:,})), effective right away.
C: That's great. Will you send me something?
A: Yes, an email to [[EMAIL:sunita.bala{eml}@yahoo.com]] and a letter in ((duration:7 to 10 days)).
C: Thank you, [[NAME:Dominic]].
"""


@conv("asr")
def c059(g):
    sc = g.sort()
    acc = g.digits(8)
    by, bm, bd = g.dob(1950, 1975)
    hn = g.house(1, 200)
    pc = g.ukpc("BT9")
    ph = g.phone_uk_land("028")
    so_sc = g.sort()
    so_acc = g.digits(8)
    amt = g.whole(5, 20) * 5
    return f"""
A: good morning lagan bank [[NAME:ciara]] speaking how can i help
C: morning love i want to set up a standing order for my granddaughter she's starting at queen's
A: ah lovely can i get your sort code and account number first
C: [[ACCOUNT_NUMBER:{w(sc.replace('-', ''))}]] and [[ACCOUNT_NUMBER:{w(acc)}]]
A: and your name and date of birth
C: [[NAME:sadie mcilwaine]] [[DOB:{ORD[bd]} of {mon(bm).lower()} {year_w(by)}]]
A: and your address with the postcode
C: [[ADDRESS:{n2w(hn)} malone road]] [[POSTCODE:{sp_alnum(pc)}]]
A: thanks mrs [[NAME:mcilwaine]] so who's it going to
C: [[NAME:aoibheann mcilwaine]] i'll spell the first name [[NAME:a o i b h e a n n]]
A: thank you and her sort code and account
C: [[ACCOUNT_NUMBER:{w(so_sc[:2])} {w(so_sc[3:5])} {w(so_sc[6:])}]] and [[ACCOUNT_NUMBER#a:{w(so_acc[:4])}]] hold on my glasses [[ACCOUNT_NUMBER#a:{w(so_acc[4:])}]]
A: and how much
C: ((price:{n2w(amt)} pounds)) every week on a friday till she finishes
A: that's fine i'll set it with no end date and you can cancel it whenever you like
C: grand and if there's a problem ring me on the house phone [[PHONE:{w(ph[:3])} {w(ph[3:7])} {w(ph[7:])}]]
A: will do the first payment goes this friday
C: thanks love
"""


@conv("transcript")
def c060(g):
    loan1 = g.digits(10)
    cc4 = g.digits(4, False)
    by, bm, bd = g.dob(1970, 1990)
    hn = g.house(1, 80)
    pc = g.aupc(2300, 2330)
    ph = g.phone_au("02")
    eml = g.whole(1, 99)
    l_bal = g.amt(8000, 25000)
    c_bal = g.amt(2000, 9000)
    inc = g.amt(900, 1600)
    return f"""
A: Ironbark Bank hardship team, this is [[NAME:Declan]].
C: Hi [[NAME:Declan]], my name is [[NAME:Marguerite Ashby]]. I'm a financial counsellor, and I've got my client on the line with me. We'd like to apply for hardship on two of her accounts.
A: Thanks, [[NAME:Marguerite]]. I'll need the client to confirm she's happy for you to speak for her.
C: Hi, yes, I'm [[NAME:Ngaire Tamihana]]. [[NAME:Marguerite]] can talk for me.
A: Thank you, [[NAME:Ngaire]]. Can you confirm your date of birth and your address?
C: [[DOB:{bd:02d}/{bm:02d}/{by}]], and I'm at [[ADDRESS:{hn} Maitland Road, Islington]] NSW [[POSTCODE:{pc}]].
A: Thanks. Which accounts are we looking at?
C: The personal loan, account [[ACCOUNT_NUMBER:{loan1}]], with about ((price:{money_t(l_bal, '$')})) owing, and the credit card ending [[CARD_NUMBER:{cc4}]], around ((price:{money_t(c_bal, '$')})).
A: And what's changed?
C: I lost my job in ((date:March)). I'm on ((price:{money_t(inc, '$')})) a fortnight from Centrelink and my partner's casual work.
A: I'm sorry to hear that. For the loan, I can offer ((duration:three months)) of reduced repayments at ((price:${g.whole(4, 10) * 10})) a fortnight, and I'll freeze interest on the card for the same period.
C: That would really help.
A: I'll put it in writing. Should I send it to [[EMAIL:ngaire.t{eml}@gmail.com]]?
C: Yes, please. And can you send a copy to me? It's [[EMAIL:m.ashby@northfc.org.au]].
A: Of course. And the best phone number for you, [[NAME:Ngaire]]?
C: [[PHONE:{phone_au_t(ph)}]].
A: Great. Nothing will be reported as missed while the arrangement is in place. I'll call you both in ((duration:eight weeks)) to see how things are going.
"""


@conv("asr")
def c061(g):
    pol = g.code("99999999")
    ssn = g.ssn()
    by, bm, bd = g.dob(1955, 1975)
    prem = g.amt(60, 220)
    owe = prem * 3
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    hn = g.house(100, 9999)
    zp = g.zip("281")
    ph = g.phone_us("704")
    b = blocks(card)
    return f"""
A: thank you for calling piedmont life this is [[NAME:yolanda]] how may i help you
C: hi i got a letter that my life insurance lapsed and i need to get it back
A: i can help with reinstatement what's the policy number
C: [[ACCOUNT_NUMBER:{w(pol)}]]
A: and the insured's name
C: that's me [[NAME:hollis b raeburn]]
A: and your social and date of birth
C: [[SSN:{w(ssn)}]] and [[DOB:{w(str(bm))} {w(str(bd))} {w(str(by)[2:])}]]
A: thank you mister [[NAME:raeburn]] the policy lapsed because ((count:three)) monthly premiums of ((price:{money_short(prem)})) were missed so to reinstate we need ((price:{money_w(owe, 'dollars', 'cents', False, True)})) and a short health statement
C: okay i can pay that now
A: great what card
C: [[CARD_NUMBER#a:{w(b[0])}]] [[NAME:ellie]] can you turn that down [[CARD_NUMBER#a:{w(b[1])}]]
A: go ahead
C: [[CARD_NUMBER#a:{w(b[2])}]] uh [[CARD_NUMBER#a:{w(b[3])}]] and it says valid thru [[EXPIRY:{w('%02d' % em)} {yy_w(ey)}]]
A: and the three digit code
C: [[CVV:{w(cvv)}]]
A: that's processed now i'll mail the health statement to [[ADDRESS:{n2w(hn, False)} providence road charlotte]] is that still correct
C: yes [[POSTCODE:{w(zp)}]]
A: once it's signed and back your coverage is reinstated and we can set up autopay so this doesn't happen again
C: yeah let's do that call me at [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]] when you get the form
A: will do
"""


@conv("transcript")
def c062(g):
    c4 = g.digits(4, False)
    model = g.code("9999")
    code = g.digits(8)
    by, bm, bd = g.dob(1945, 1965)
    hn = g.house(1, 99)
    pc = g.ukpc("SO16")
    ph = g.phone_uk_land("0118")
    eml = g.whole(1, 99)
    return f"""
A: Good morning, Westcombe Bank online banking support, [[NAME:Olamide]] speaking.
C: Good morning. My little card reader has stopped working, the one I need to log in.
A: I can help with that. What does the screen show?
C: Nothing at all. I've changed the batteries. It's the grey one, model ((model_number:CR-{model})).
A: That model does wear out. I'll send you a new one. First, can I take your name and date of birth?
C: [[NAME:Lettice Pemberton-Hale]], [[DOB:{bd}/{bm:02d}/{by}]].
A: Thank you. And the last four digits of the debit card you use with the reader?
C: [[CARD_NUMBER:{c4}]].
A: And the address it should go to?
C: [[ADDRESS:{hn} Winchester Road, Shirley]], Southampton, [[POSTCODE:{pc}]].
A: Thank you. The new reader will arrive in ((duration:5 to 7 working days)). Until then, you can log in with the app, or I can give you a one-off code now.
C: I don't use the app. Can I have the code?
A: Yes. I'll text it to [[PHONE:{phone_uk_t(ph)}]]... sorry, that's a landline. It will be read to you by an automated voice.
C: That's fine.
A: It's sent. You should hear it shortly. It's ((count:8)) digits and lasts ((duration:10 minutes)).
C: Here it is: ((other:{code})).
A: Don't read it to me, please. Only type it into the website. We'll never ask you for it.
C: Oh dear, sorry. I'll type it in.
A: No harm done. It's now used up. I'll also email you how to use the new reader, to [[EMAIL:lettice.ph{eml}@talktalk.net]].
C: Thank you so much.
"""


@conv("asr")
def c063(g):
    macc = g.digits(8)
    by, bm, bd = g.dob(1965, 1985)
    hn = g.house(1, 60)
    eir = g.eir("F93")
    arr = g.amt(900, 3000)
    pay = g.amt(400, 900)
    card = g.mc()
    em, ey = g.expiry()
    cvv = g.cvv()
    ph = g.phone_uk_mob()
    b = blocks(card)
    return f"""
A: hello you're through to foyle mortgages arrears support this is [[NAME:conall]]
C: hi i'm ringing about my mortgage i'm behind and i want to pay something off today
A: right thanks for ringing can i get the mortgage account number
C: [[ACCOUNT_NUMBER:{w(macc[:4])} {w(macc[4:])}]]
A: and your name date of birth and the property
C: [[NAME:siobhan gallagher]] [[DOB:{ORD[bd]} {mon(bm).lower()} {year_w(by)}]] and it's [[ADDRESS:{n2w(hn)} port road letterkenny]]
A: and the eircode
C: [[POSTCODE:{sp_alnum(eir)}]]
A: thank you so you're ((price:{money_w(arr, 'euro', 'cent', True, True)})) behind what can you pay today
C: ((price:{money_w(pay, 'euro', None)}))
A: that's grand what card are you using
C: it's [[CARD_NUMBER#a:{w(b[0])}]]
A: yep
C: [[CARD_NUMBER#a:{w(b[1])}]]
A: yep
C: [[CARD_NUMBER#a:{w(b[2])}]]
A: and the last four
C: [[CARD_NUMBER#a:{w(b[3])}]]
A: and expiry
C: [[EXPIRY:{w(str(em))} {yy_w(ey)}]]
A: and the cvv
C: [[CVV:{w(cvv)}]]
A: lovely that's gone through i'll put a note on that you'll ring us next month with a plan for the rest is the northern number still best [[PHONE:{w(ph[:5])} {w(ph[5:])}]]
C: yeah i work over the border so that's the one i use
A: grand talk to you then
"""


@conv("transcript")
def c064(g):
    acc = g.code("RRSP-999999")
    transit = g.digits(5)
    bacc = g.digits(7)
    amt = g.whole(2, 15) * 500
    room = g.whole(8000, 30000)
    pc = g.capc("H2V")
    ph = g.phone_us("514")
    eml = g.whole(1, 99)
    by, bm, bd = g.dob(1975, 1992)
    return f"""
A: Laurentide Invest, good afternoon, [[NAME:Mathieu]] speaking.
C: Hi. I'd like to make an RRSP contribution before the deadline. The website says my bank account isn't verified.
A: I can do it by phone. What's your account number?
C: [[ACCOUNT_NUMBER:{acc}]].
A: And your name, date of birth and postal code?
C: [[NAME:Ingrid Solberg-Tremblay]], [[DOB:{by}-{bm:02d}-{bd:02d}]], [[POSTCODE:{pc}]].
A: Thank you. How much, and from which bank account?
C: ((price:${amt:,})) from my chequing: transit [[ACCOUNT_NUMBER:{transit}]], account [[ACCOUNT_NUMBER:{bacc}]].
A: Thanks. Your notice of assessment showed ((price:${room:,})) in contribution room, so that's fine. Do you want it to count for the ((year:{g.whole(2024, 2025)})) tax year?
C: Yes, that's the point.
A: Then it needs to be in by ((time:5 p.m.)) Eastern on the deadline day. Today is fine. I'll also verify the bank account so you can do this online next time. We'll make two small deposits under ((price:$1)) and you confirm the amounts.
C: Okay. Where will you send the receipt?
A: By email, to [[EMAIL:ingrid.st{eml}@videotron.ca]], within ((duration:48 hours)). And your phone?
C: [[PHONE:{ph[:3]} {ph[3:6]}-{ph[6:]}]].
A: Done. Anything else?
C: No, that's everything. Merci.
"""


@conv("asr")
def c065(g):
    acc = g.code("A9999999")
    by, bm, bd = g.dob(1970, 1992)
    hn = g.house(1, 150)
    pc = g.ukpc("L17")
    arr = g.amt(60, 300)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    eml = g.whole(1, 99)
    b = blocks(card)
    wrong = g.digits(4)
    if wrong == b[1]:
        wrong = str((int(wrong[0]) + 1) % 10) + wrong[1:]
    return f"""
A: hiya you're through to [[NAME:bronagh]] at homestyle catalogue accounts
C: hiya i want to pay what i owe i got a text saying i'm behind
A: no worries can i take your account number
C: it's [[ACCOUNT_NUMBER:{sp_alnum(acc)}]]
A: and your name and date of birth
C: [[NAME:stacey-ann mcguinness]] [[DOB:{ORD[bd]} of {mon(bm).lower()} {year_w(by)}]]
A: and can i just check the address and postcode
C: [[ADDRESS:{n2w(hn)} aigburth road]] [[POSTCODE:{sp_alnum(pc)}]]
A: lovely so the arrears are ((price:{money_w(arr)})) and if you pay that today it'll stop any more late fees
C: yeah i'll do that on my card
A: okay go ahead
C: [[CARD_NUMBER#a:{w(b[0])}]]
A: yep
C: [[CARD_NUMBER#a~:{w(wrong)}]] no that's wrong sorry [[CARD_NUMBER#a:{w(b[1])}]]
A: okay so [[CARD_NUMBER:{w(b[1])}]] for the second bit yeah
C: yeah [[CARD_NUMBER#a:{w(b[2])}]]
A: mm-hmm
C: [[CARD_NUMBER#a:{w(b[3])}]]
A: and the expiry and the three numbers on the back
C: [[EXPIRY:{w(str(em))} {yy_w(ey)}]] and [[CVV:{w(cvv)}]]
A: that's taken now shall i send a receipt to your email
C: yeah it's [[EMAIL:stacey ann mcg {w(str(eml))} at hotmail dot co dot uk]]
A: done thanks [[NAME:stacey-ann]]
"""


@conv("transcript")
def c066(g):
    by, bm, bd = g.dob(1982, 1995)
    inc = g.amt(2800, 5200)
    exp_ = [g.amt(900, 1800), g.amt(200, 450), g.amt(300, 700), g.amt(100, 250)]
    cards = [(g.digits(4, False), g.amt(1500, 8000), g.pct(21.9, 29.9, 2)) for _ in range(3)]
    hn = g.house(100, 9999)
    zp = g.zip("441")
    ph = g.phone_us("216")
    eml = g.whole(1, 99)
    dmp = g.amt(300, 700)
    return f"""
A: Lakefront Credit Counseling, this is [[NAME:Yvette]]. This call is free and confidential. May I have your name?
C: [[NAME:Bao Tran]].
A: Thanks, [[NAME:Bao]]. Let's build a budget. What's your take-home pay each month?
C: About ((price:{money_t(inc, '$')})).
A: And your main expenses: rent, car, groceries, utilities?
C: Rent ((price:{money_t(exp_[0], '$')})), car payment ((price:{money_t(exp_[1], '$')})), groceries around ((price:{money_t(exp_[2], '$')})), utilities ((price:{money_t(exp_[3], '$')})).
A: And your unsecured debts?
C: Three credit cards. One ending [[CARD_NUMBER:{cards[0][0]}]], ((price:{money_t(cards[0][1], '$')})) at ((percentage:{cards[0][2]:.2f}%)). Another ending [[CARD_NUMBER:{cards[1][0]}]], ((price:{money_t(cards[1][1], '$')})) at ((percentage:{cards[1][2]:.2f}%)). And a store card ending [[CARD_NUMBER:{cards[2][0]}]], ((price:{money_t(cards[2][1], '$')})) at ((percentage:{cards[2][2]:.2f}%)).
A: Thank you. On a debt management plan, those creditors usually drop the rate to around ((percentage:{g.whole(6, 10)}%)), and you'd pay us one payment of about ((price:{money_t(dmp, '$')})) a month. You'd be debt-free in about ((duration:4 years)).
C: And my credit?
A: The cards get closed, which can dip your score at first, but on-time payments help it recover.
C: Okay. Can you send me the proposal?
A: Sure. Your date of birth, address and email?
C: [[DOB:{bm}/{bd}/{by}]]. [[ADDRESS:{hn} Lorain Avenue, Apt {g.whole(1, 9)}]], Cleveland, Ohio [[POSTCODE:{zp}]]. Email [[EMAIL:bao.tran.cle{eml}@gmail.com]].
A: And phone?
C: [[PHONE:{phone_us_t(ph)}]].
A: You'll have it by tomorrow.
"""


@conv("asr")
def c067(g):
    c4 = g.digits(4, False)
    by, bm, bd = g.dob(1960, 1985)
    ph = g.phone_au("03")
    subs = [g.amt(9, 30), g.amt(40, 90), g.amt(10, 25), g.amt(60, 140), g.amt(5, 20)]
    days = [g.day() for _ in range(5)]
    return f"""
A: hi thanks for calling banksia card services you're talking to [[NAME:jarrod]]
C: hi [[NAME:jarrod]] i'm closing my credit card but i want to make sure i move all the regular payments off it first
A: sure thing can i get your name and date of birth
C: [[NAME:maxine kostopoulos]] [[DOB:{ORD[bd]} {mon(bm).lower()} {year_w(by)}]]
A: and the last four of the card
C: [[CARD_NUMBER:{w(c4)}]]
A: thanks [[NAME:maxine]] okay here's what's been coming out regularly over the last ((duration:three months)) ready
C: go
A: streaming service ((price:{money_short(subs[0])})) on the ((date:{ORD[days[0]]})) gym membership ((price:{money_short(subs[1])})) on the ((date:{ORD[days[1]]})) a cloud storage plan ((price:{money_short(subs[2])})) on the ((date:{ORD[days[2]]})) your car insurance ((price:{money_short(subs[3])})) on the ((date:{ORD[days[3]]})) and a news app ((price:{money_short(subs[4])})) on the ((date:{ORD[days[4]]}))
C: oh i forgot about the news app i'll cancel that one
A: and the others you'll need to update with the merchants yourself i can't move them for you
C: yeah fair enough how long do i have
A: i'll leave the card open for ((duration:thirty days)) then close it anything that comes in after that will be declined
C: perfect and my balance is zero right
A: it's ((price:zero dollars)) yep nothing owing
C: great can you call me on [[PHONE:{w(ph[:2])} {w(ph[2:6])} {w(ph[6:])}]] before you close it just in case
A: sure i'll put a note on it
"""


@conv("transcript")
def c068(g):
    eml = g.whole(1, 99)
    eir = g.eir("D15")
    hn = g.house(1, 90)
    amt = g.whole(2, 10) * 100
    rate = g.whole(1500, 1800)
    fee = g.amt(3, 8)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    ref = g.tracking(16)
    b = blocks(card)
    return f"""
A: Hello, Wirepoint Transfers, [[NAME:Ruairí]] speaking.
C: Hi. I want to send money to my father in Lagos for his hospital bill.
A: I'm sorry he's unwell. Are you registered with us?
C: Yes. [[NAME:Chukwuemeka Obi]], email [[EMAIL:emeka.obi{eml}@gmail.com]].
A: Thank you, [[NAME:Chukwuemeka]]. Can you confirm your address?
C: [[ADDRESS:{hn} Blanchardstown Road North, Dublin 15]], [[POSTCODE:{eir}]].
A: Thanks. Who's receiving?
C: [[NAME:Ikechukwu Obi]], to his bank account. It's already saved as a recipient.
A: Yes, I see him. How much?
C: ((price:€{amt:,})).
A: At today's rate of ((other:{rate:,})) naira to the euro, he'll receive ((price:₦{amt * rate:,})). The fee is ((price:€{fee // 100}.{fee % 100:02d})). How will you pay?
C: Debit card. [[CARD_NUMBER#a~:{b[0]} {b[1][:3]}]]... hold on, let me start again, I skipped a number. [[CARD_NUMBER#a:{b[0]} {b[1]} {b[2]} {b[3]}]].
A: Expiry date?
C: [[EXPIRY:{em:02d}/{ey}]].
A: And the CVV?
C: [[CVV:{cvv}]].
A: Approved. Your transfer number is ((other:{ref})). The money should be in his account ((duration:within minutes)).
C: Thank you so much.
"""


@conv("asr")
def c069(g):
    card = g.visa()
    zp = g.zip("191")
    ssn4 = g.digits(4)
    bal = g.amt(300, 4000)
    mo = g.month()
    tx = [(g.day(), g.amt(3, 180)) for _ in range(5)]
    dref = g.digits(8)
    b = blocks(card)
    return f"""
I: thank you for calling liberty square bank to get started say or enter your card number
C: [[CARD_NUMBER:{w(b[0])} {b[1]} {b[2][:2]} {w(b[2][2:])} {b[3]}]]
I: and the last four digits of your social security number
C: [[SSN:{w(ssn4)}]]
I: thank you your available balance is ((price:{money_w(bal, 'dollars', 'cents', False, True)})) to hear recent transactions say transactions
C: transactions
I: here are your five most recent transactions on ((date:{mon(mo).lower()} {ORD[tx[0][0]]})) ((price:{money_w(tx[0][1], 'dollars', 'cents', False, True)})) at wawa on ((date:{mon(mo).lower()} {ORD[tx[1][0]]})) ((price:{money_w(tx[1][1], 'dollars', 'cents', False, True)})) at septa on ((date:{mon(mo).lower()} {ORD[tx[2][0]]})) ((price:{money_w(tx[2][1], 'dollars', 'cents', False, True)})) at an online purchase from quickbuy marketplace on ((date:{mon(mo).lower()} {ORD[tx[3][0]]})) ((price:{money_w(tx[3][1], 'dollars', 'cents', False, True)})) at quickbuy marketplace and on ((date:{mon(mo).lower()} {ORD[tx[4][0]]})) ((price:{money_w(tx[4][1], 'dollars', 'cents', False, True)})) at acme markets
I: to hear these again say repeat to speak to a representative say representative
C: representative
I: please hold
A: liberty square bank this is [[NAME:keisha]] how can i help
C: hi the two quickbuy ones i didn't buy anything from them
A: okay let me pull those up for security what's your billing zip code
C: [[POSTCODE:{w(zp)}]]
A: and your name
C: [[NAME:francis xavier dunleavy]]
A: thank you mister [[NAME:dunleavy]] i see the two quickbuy charges i'll block the card and dispute both your dispute number is [[ACCOUNT_NUMBER:{w(dref)}]]
C: okay and a new card
A: yes it'll arrive in ((duration:five to seven business days)) and the card you have now won't work anymore
C: alright thank you [[NAME:keisha]]
"""


@conv("transcript")
def c070(g):
    eml = g.whole(1, 99)
    by, bm, bd = g.dob(1988, 2003)
    pc = g.ukpc("N16")
    ph = g.phone_uk_mob()
    agr = [(g.digits(10), g.amt(30, 300), g.whole(2, 5)) for _ in range(3)]
    card4 = g.digits(4, False)
    return f"""
A: Hi, you're speaking to [[NAME:Jonah]] at Splitly. How can I help?
C: Hi. I want to close my account, but I know I've still got some things to pay off. Can you tell me what's left?
A: Sure. Can I take the email on the account?
C: [[EMAIL:ines.ferreira.{eml}@proton.me]]
A: And your date of birth and postcode?
C: [[DOB:{bd:02d}/{bm:02d}/{by}]], [[POSTCODE:{pc}]].
A: Thanks, [[NAME:Inês]]. You've got three open agreements. The first, [[ACCOUNT_NUMBER:{agr[0][0]}]], has ((price:{money_t(agr[0][1])})) left over ((count:{agr[0][2]})) payments.
C: Okay.
A: The second, [[ACCOUNT_NUMBER:{agr[1][0]}]], ((price:{money_t(agr[1][1])})) over ((count:{agr[1][2]})) payments. And the third, [[ACCOUNT_NUMBER:{agr[2][0]}]], ((price:{money_t(agr[2][1])})) over ((count:{agr[2][2]})).
C: Can I just pay them all now?
A: You can. That's ((price:{money_t(sum(a[1] for a in agr))})) in total, taken from the card ending [[CARD_NUMBER:{card4}]] that's on your account.
C: Yes, do that.
A: Done. All three are settled. I'll close the account now. You'll get an email confirming it, and we'll tell the credit reference agencies the agreements were paid in full.
C: Will you delete my mobile number too? [[PHONE:{phone_uk_t(ph)}]].
A: We keep contact details for ((duration:6 years)) after closure for legal reasons, but we won't contact you for marketing.
C: Fine. Thanks, [[NAME:Jonah]].
"""


@conv("asr")
def c071(g):
    deb4 = g.digits(4, False)
    cc_old4 = g.digits(4, False)
    new = g.mc()
    em, ey = g.expiry()
    cvv = g.cvv()
    ph = g.phone_us("902")
    pc = g.capc("B3H")
    b = blocks(new)
    return f"""
A: good morning atlantic tide bank this is [[NAME:siddharth]]
C: morning i've just got my replacement credit card and i want to activate it and make sure the old one is dead
A: no problem can i have your name and postal code
C: [[NAME:morag macintyre]] and it's [[POSTCODE:{sp_alnum(pc, 'zero')}]]
A: thanks and the new card number
C: [[CARD_NUMBER#a:{wp(b[0])} {wp(b[1])}]] uh [[CARD_NUMBER#a:{wp(b[2])} {wp(b[3])}]]
A: and the expiry and three digit code
C: [[EXPIRY:{w('%02d' % em, 'zero')} {yy_w(ey)}]] and the code's [[CVV:{w(cvv, 'zero')}]]
A: thank you it's active and yes the old credit card ending [[CARD_NUMBER:{w(cc_old4, 'zero')}]] was cancelled when we sent this one
C: and my debit card isn't affected
A: no your debit card ending [[CARD_NUMBER:{w(deb4, 'zero')}]] is separate it keeps working as normal
C: oh good and can you check you have my cell
A: we've got [[PHONE:{w(ph[:3], 'zero')} {w(ph[3:6], 'zero')} {w(ph[6:], 'zero')}]]
C: that's it
A: great you're all set [[NAME:morag]]
"""


@conv("transcript")
def c072(g):
    loan = g.code("PL-9999999")
    ssn4 = g.digits(4)
    by, bm, bd = g.dob(1972, 1994)
    past = g.amt(200, 700)
    card = g.disc()
    em, ey = g.expiry()
    cvv = g.cvv()
    hn = g.house(100, 9000)
    zp = g.zip("853")
    b = blocks(card)
    return f"""
A: Saguaro Lending, this is [[NAME:Alejandra]]. How can I help?
C: Hi, I'm calling to make a payment on my personal loan. I'm a couple of weeks behind.
A: Sure. Can I have the loan number?
C: [[ACCOUNT_NUMBER:{loan}]].
A: And your name, date of birth, and the last four of your Social?
C: [[NAME:Rutger Vandersloot]], [[DOB:{bm}/{bd}/{by}]], [[SSN:{ssn4}]].
A: Thank you. The past-due amount is ((price:{money_t(past, '$')})). How would you like to pay?
C: Discover card. [[CARD_NUMBER#a:{b[0]} {b[1]}]], then [[CARD_NUMBER#a:{b[2]}]]... are you still there?
A: I'm here, but you cut out for a second. Could you give me the whole number again from the start?
C: Sure. [[CARD_NUMBER:{card_t(card)}]].
A: Thank you. Expiration?
C: [[EXPIRY:{em:02d}/{ey}]].
A: And the security code?
C: [[CVV:{cvv}]].
A: The payment of ((price:{money_t(past, '$')})) went through, and your loan is current. Is your mailing address still [[ADDRESS:{hn} East Southern Avenue, Mesa]], [[POSTCODE:{zp}]]?
C: Yes.
A: Great. Would you like a text reminder ((duration:3 days)) before each due date?
C: Yes, that would help.
A: Done. Thanks, [[NAME:Rutger]].
"""


@conv("asr")
def c073(g):
    pol = g.code("HE999999")
    card = g.amex()
    em, ey = g.expiry()
    cid = g.cvv(4)
    hn = g.house(1, 120)
    pc = g.ukpc("OX4")
    prem = g.amt(8, 25)
    eml = g.whole(1, 99)
    b = blocks(card)
    return f"""
A: good afternoon homeguard emergency cover my name's [[NAME:beatrix]] how can i help
C: hello i want to switch my payments from direct debit to my credit card
A: of course can i take the policy number
C: [[ACCOUNT_NUMBER:{sp_alnum(pol)}]]
A: and the name and address on the policy
C: [[NAME:rajesh parmar]] [[ADDRESS:{n2w(hn)} cowley road oxford]] [[POSTCODE:ox {sp_alnum(pc[2:])}]]
A: thank you [[NAME:rajesh]] your cover's ((price:{money_w(prem)})) a month and it's taken on the ((date:{ORD[g.day()]})) which card would you like to use
C: it's an amex [[CARD_NUMBER#a:{w(b[0])}]]
A: yep
C: [[CARD_NUMBER#a:{w(b[1])}]]
A: sorry was that six digits in the middle
C: yes [[CARD_NUMBER#a~:{w(b[1])}]] and then the last five [[CARD_NUMBER#a:{w(b[2])}]]
A: lovely and the expiry
C: [[EXPIRY:{w('%02d' % em)} {yy_w(ey)}]]
A: and the four digit code on the front
C: [[CVV:{w(cid)}]]
A: thank you that's all set up from next month and i'll email confirmation to
C: [[EMAIL:r parmar {w(str(eml))} at btinternet dot com]]
A: perfect thanks very much
"""


@conv("transcript")
def c074(g):
    acc = g.digits(8)
    iban = g.iban("IE", "BOFI", g.digits(6) + acc)
    by, bm, bd = g.dob(1958, 1980)
    eir = g.eir("N37")
    amts = [g.amt(60, 180) for _ in range(3)]
    days = [g.day() for _ in range(3)]
    mo = g.month()
    return f"""
A: Good morning, Shannon Valley Bank, [[NAME:Fiachra]] speaking.
C: Hello. An electricity company took a direct debit from me three times this month. I switched supplier months ago.
A: That's frustrating. Let's look. Can I have your name and date of birth?
C: [[NAME:Mairéad Lenihan]], [[DOB:{ORD_SUF(bd)} {mon(bm)} {by}]].
A: And your Eircode?
C: [[POSTCODE:{eir}]].
A: Thanks. Which account is it on?
C: My current account. The IBAN is [[ACCOUNT_NUMBER:{' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))}]].
A: Thank you. I see three collections from the old supplier: ((price:€{amts[0] // 100}.{amts[0] % 100:02d})) on ((date:{days[0]} {mon(mo)})), ((price:€{amts[1] // 100}.{amts[1] % 100:02d})) on ((date:{days[1]} {mon(mo)})), and ((price:€{amts[2] // 100}.{amts[2] % 100:02d})) on ((date:{days[2]} {mon(mo)})).
C: None of them should be there.
A: Under the SEPA direct debit rules you're entitled to a refund, because the mandate was cancelled. I'll claim all three back and cancel the mandate.
C: How long will it take?
A: Usually ((duration:10 working days)). You don't need to contact the supplier, but you can if you want to.
C: I'd rather not. Thank you.
A: You're welcome, Ms. [[NAME:Lenihan]].
"""


@conv("asr")
def c075(g):
    cust = g.digits(8)
    bal1, bal2 = g.amt(200, 3000), g.amt(1000, 20000)
    tr = g.whole(5, 40) * 10
    biller = g.digits(5)
    crn = g.digits(10)
    bill = g.amt(120, 600)
    receipt = g.code("999999")
    return f"""
I: welcome to murray river bank phone banking please say or enter your customer number
C: [[ACCOUNT_NUMBER:{w(cust)}]]
I: thank you now enter your phone banking access code using your keypad
I: thank you your everyday account balance is ((price:{money_w(bal1, 'dollars', 'cents', False, True)})) your savings account balance is ((price:{money_w(bal2, 'dollars', 'cents', False, True)})) what would you like to do you can say transfer pay a bill or something else
C: transfer
I: how much would you like to transfer
C: ((price:{n2w(tr, False)} dollars))
I: from which account
C: savings
I: to transfer ((price:{n2w(tr, False)} dollars)) from savings to everyday say yes to confirm
C: yes
I: done your receipt number is ((other:{w(receipt)})) what else would you like to do
C: pay a bill
I: please say or enter the biller code
C: ((other:{w(biller)}))
I: that's the biller for hunter water now say or enter your customer reference number
C: [[ACCOUNT_NUMBER:{w(crn[:5])} {w(crn[5:])}]]
I: how much would you like to pay
C: ((price:{money_w(bill, 'dollars', 'cents', False, True)}))
I: paying ((price:{money_w(bill, 'dollars', 'cents', False, True)})) to hunter water from your everyday account say yes to confirm
C: yes
I: thank you your payment will be processed ((date:tonight)) your receipt number is ((other:{w(g.digits(6))})) goodbye
"""


@conv("transcript")
def c076(g):
    c4 = g.digits(4, False)
    by, bm, bd = g.dob(1975, 1995)
    mo = g.month()
    tx = [(g.day(), g.amt(15, 400)) for _ in range(5)]
    fl = g.digits(4)
    eml = g.whole(1, 99)
    cb = g.code("CB999999")
    return f"""
A: Good afternoon, Meridian Credit Cards, you're speaking to [[NAME:Adaeze]]. Can I take your name?
C: [[NAME:Tobias Wren]]. I've just got back from Spain and there are charges on my card I don't recognise.
A: Sorry to hear that, Mr. [[NAME:Wren]]. Can you confirm your date of birth and the last four of the card?
C: [[DOB:{bd} {mon(bm)} {by}]], and the card ends [[CARD_NUMBER:{c4}]].
A: Thank you. I'll read the transactions from your trip. Stop me at any you don't recognise.
C: Go ahead.
A: ((date:{tx[0][0]} {mon(mo)})), ((price:€{tx[0][1] // 100}.{tx[0][1] % 100:02d})), Vueling, flight ((flight_number:VY {fl})).
C: That's mine, the flight home. I changed it.
A: ((date:{tx[1][0]} {mon(mo)})), ((price:€{tx[1][1] // 100}.{tx[1][1] % 100:02d})), Hotel Marina Azul, Málaga.
C: Mine.
A: ((date:{tx[2][0]} {mon(mo)})), ((price:€{tx[2][1] // 100}.{tx[2][1] % 100:02d})), a restaurant called La Taberna, at ((time:23:48)).
C: We ate there, yes.
A: ((date:{tx[3][0]} {mon(mo)})), ((price:€{tx[3][1] // 100}.{tx[3][1] % 100:02d})), the same restaurant, ((time:23:51)).
C: No. We only paid once. They must have run the card twice.
A: And ((date:{tx[4][0]} {mon(mo)})), ((price:€{tx[4][1] // 100}.{tx[4][1] % 100:02d})), car hire excess charge.
C: That's wrong too. We returned the car with no damage and I have the check-in form.
A: I'll raise two disputes, reference [[ACCOUNT_NUMBER:{cb}]]. The amounts will be credited while we investigate, usually within ((duration:5 working days)). Could you email the car hire form to us?
C: Yes. From [[EMAIL:tobias.wren{eml}@icloud.com]].
A: Perfect. I'll send you the upload link now.
"""


@conv("asr")
def c077(g):
    cnum = g.digits(10)
    ssn = g.ssn()
    by, bm, bd = g.dob(1948, 1960)
    kby, kbm, kbd = g.dob(2007, 2012)
    hn = g.house(100, 9000)
    zp = g.zip("551")
    ph = g.phone_us("651")
    return f"""
A: good morning northstar annuities this is [[NAME:greta]] how can i help you
C: good morning i need to update the beneficiaries on my annuity contract
A: certainly can i have the contract number
C: [[ACCOUNT_NUMBER:{w(cnum[:5])} {w(cnum[5:])}]]
A: and the owner's name social and date of birth
C: [[NAME:leland pettigrew]] [[SSN:{w(ssn[:3])} {w(ssn[3:5])} {w(ssn[5:])}]] and [[DOB:{mon(bm).lower()} {ORD[bd]} {year_w(by)}]]
A: thank you mister [[NAME:pettigrew]] who would you like to add
C: my grandson [[NAME:emeric]] i want him to get half and my daughter the other half
A: and your daughter is already listed as [[NAME:corinne pettigrew-haas]]
C: that's her
A: for your grandson i'll need his full name and date of birth
C: [[NAME:emeric haas]] born [[DOB:{mon(kbm).lower()} {ORD[kbd]} {year_w(kby)}]]
A: since he's a minor the benefit would usually go to a custodian until he's ((other:twenty one)) or we can set up a trust would you like information on that
C: yes please send it to the house
A: is that still [[ADDRESS:{n2w(hn, False)} summit avenue saint paul]] [[POSTCODE:{w(zp)}]]
C: yes
A: i'll mail the change form and the custodian information it needs your signature and a witness
C: fine and call me if there's a problem [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
A: will do have a good day
"""


@conv("transcript")
def c078(g):
    d4 = g.digits(4, False)
    c4 = g.digits(4, False)
    nd4 = g.digits(4, False)
    nc4 = g.digits(4, False)
    by, bm, bd = g.dob(1960, 1990)
    hn = g.house(1, 400)
    pc = g.capc("V8V")
    ph = g.phone_us("250")
    eml = g.whole(1, 99)
    return f"""
A: Pacific Cedar Bank, lost and stolen, this is [[NAME:Tamsin]]. How can I help?
C: I've lost my wallet. My debit card and my credit card were both in it.
A: I'm sorry. Let's block both now. Your name and date of birth?
C: [[NAME:Florian Beaudoin-Kaur]], [[DOB:{mon(bm)} {bd}, {by}]].
A: Thank you. I see a debit card ending [[CARD_NUMBER:{d4}]] and a credit card ending [[CARD_NUMBER:{c4}]]. Are those the two?
C: Yes.
A: Both are blocked now. There's no activity on either since yesterday. I'll order replacements. Your address is [[ADDRESS:{hn} Cook Street, Victoria]], [[POSTCODE:{pc}]]?
C: Yes, that's right.
A: The new debit card will end in [[CARD_NUMBER:{nd4}]], and the new credit card in [[CARD_NUMBER:{nc4}]]. They'll arrive in ((duration:5 to 7 business days)), separately.
C: Do I need to change anything online?
A: Any bills on the old credit card need the new number. I can email you a list of the recurring merchants we've seen on it.
C: That would be great. [[EMAIL:florian.bk{eml}@shaw.ca]].
A: And I'll text [[PHONE:{phone_us_t(ph)}]] when each card ships.
C: Thank you, [[NAME:Tamsin]].
"""


@conv("asr")
def c079(g):
    c4 = g.digits(4, False)
    by, bm, bd = g.dob(1970, 1995)
    st_bal = g.amt(600, 3000)
    mn = g.amt(25, 80)
    cur = g.amt(700, 3500)
    lim = g.whole(2, 10) * 1000
    apr = g.pct(13.8, 22.9, 1)
    deb = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    eml = g.whole(1, 99)
    b = blocks(deb)
    return f"""
A: good morning shamrock card services [[NAME:padraic]] speaking
C: hi i'd like a quick summary of my credit card and then i want to pay some of it
A: sure can i take your name date of birth and the last four of the card
C: [[NAME:yetunde okoro-byrne]] [[DOB:{ORD[bd]} of {mon(bm).lower()} {year_w(by)}]] and [[CARD_NUMBER:{w(c4)}]]
A: thanks [[NAME:yetunde]] okay your credit limit is ((price:{n2w(lim)} euro)) your last statement balance was ((price:{money_w(st_bal, 'euro', 'cent', True, True)})) the minimum payment was ((price:{money_w(mn, 'euro', 'cent', True, True)})) and your current balance including new spending is ((price:{money_w(cur, 'euro', 'cent', True, True)})) the interest rate on purchases is ((percentage:{dec_w(apr)} percent))
C: okay i'll clear the statement balance
A: do you want to pay from a debit card
C: yeah it's with a different bank [[CARD_NUMBER#a:{w(b[0])}]] [[NAME:tayo]] stop that [[CARD_NUMBER#a:{w(b[1])}]]
A: go on
C: [[CARD_NUMBER#a:{w(b[2])} {w(b[3])}]] expires [[EXPIRY:{w('%02d' % em)} {yy_w(ey)}]] and the three on the back are [[CVV:{w(cvv)}]]
A: perfect that's ((price:{money_w(st_bal, 'euro', 'cent', True, True)})) paid so there'll be no interest on last month's purchases
C: great and send me a receipt to [[EMAIL:yetunde o b {w(str(eml))} at gmail dot com]]
A: done
"""


@conv("transcript")
def c080(g):
    eml = g.whole(1, 99)
    ph = g.phone_au("04")
    by, bm, bd = g.dob(1992, 2004)
    plans = [(g.amt(80, 400), g.day()) for _ in range(3)]
    mo = g.month()
    pc = g.aupc(6100, 6160)
    return f"""
A: Hi, you're through to Tapnpay customer care, I'm [[NAME:Priyanka]].
C: Hi. I'm really struggling at the moment and I can't make my next few payments. Is there anything you can do?
A: Thanks for reaching out. We have a hardship program that can help. Can I get the email on your account?
C: [[EMAIL:jayden.w.{eml}@hotmail.com]]
A: And your date of birth and mobile?
C: [[DOB:{bd}/{bm}/{by}]], and [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]].
A: Thanks, [[NAME:Jayden]]. You've got three active plans. The next payments are ((price:{money_t(plans[0][0] // 4, '$')})) on ((date:{plans[0][1]} {mon(mo)})), ((price:{money_t(plans[1][0] // 4, '$')})) on ((date:{plans[1][1]} {mon(mo)})), and ((price:{money_t(plans[2][0] // 4, '$')})) on ((date:{plans[2][1]} {mon(mo)})).
C: Yeah. I had my hours cut at work.
A: I'm sorry. I can pause all three plans for ((duration:30 days)) with no late fees. Your account will be locked for new purchases during that time.
C: That's fine, I don't want to buy anything.
A: Okay. After ((duration:30 days)) we'll check in. If things are still hard, we can extend it or spread the payments out.
C: Will this go on my credit file?
A: A hardship arrangement may be noted, but it isn't recorded as a missed payment. I'll send the details by email and text.
C: And my postcode changed, I'm in [[POSTCODE:{pc}]] now.
A: I'll update that. Take care, [[NAME:Jayden]].
"""


@conv("asr")
def c081(g):
    eml = g.whole(1, 99)
    ph = g.phone_uk_mob()
    acc = g.digits(12)
    ifsc = g.code("PUNB0999999")
    send = g.whole(2, 20) * 50
    rate = g.pct(105, 115, 2)
    fee = g.amt(1, 5)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    b = blocks(card)
    return f"""
A: hello you're through to [[NAME:darshan]] at desiremit how can i help
C: hi i'm sending money home to my brother's account and the app says the ifsc code is wrong
A: let me help can i take your registered mobile number
C: [[PHONE:{w(ph[:5])} {w(ph[5:8])} {w(ph[8:])}]]
A: and your email address
C: [[EMAIL:harpreet kaur {w(str(eml))} at gmail dot com]]
A: thanks [[NAME:harpreet]] what's the account number and the ifsc code you're using
C: account number is [[ACCOUNT_NUMBER:{w(acc[:4])} {w(acc[4:8])} {w(acc[8:])}]] and ifsc [[ACCOUNT_NUMBER:{sp_alnum(ifsc, 'zero')}]]
A: okay the fifth character of an ifsc is always a zero i think the app read it as the letter o
C: oh yeah i typed it as an o
A: i've corrected it and it now shows the punjab national bank branch in ludhiana is that right
C: yes that's it
A: and the account name [[NAME:gurvinder singh]]
C: yeah that's my brother
A: how much are you sending
C: ((price:{n2w(send)} pounds))
A: at ((other:{dec_w(rate)})) rupees to the pound he'll get about ((price:{n2w(int(send * rate))} rupees)) and our fee is ((price:{money_w(fee)}))
C: okay pay with my card
A: sure go ahead
C: [[CARD_NUMBER#a:{w(b[0])} {w(b[1])}]] sorry [[CARD_NUMBER#a:{w(b[2])} {w(b[3])}]] and that's expiring [[EXPIRY:{w('%02d' % em)} {yy_w(ey)}]] and [[CVV:{w(cvv)}]] on the back
A: done it should reach him in ((duration:about two hours))
C: thank you
"""


@conv("transcript")
def c082(g):
    mem = g.digits(8)
    loan = g.code("99-AL-999")
    by, bm, bd = g.dob(1980, 1998)
    pay = g.amt(280, 650)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    ph = g.phone_us("615")
    ext = g.digits(4)
    hn = g.house(100, 9000)
    zp = g.zip("372")
    b = blocks(card)
    return f"""
A: Cumberland Federal Credit Union, this is [[NAME:Marcus]]. How may I help you?
C: Hi, I need to make my car payment over the phone. Autopay didn't go through because I changed banks.
A: I can take it. Your member number?
C: [[ACCOUNT_NUMBER:{mem}]].
A: And your name and date of birth?
C: [[NAME:Loretta Mae Vickery]], [[DOB:{mon(bm)} {bd}, {by}]].
A: Thank you. I see auto loan [[ACCOUNT_NUMBER:{loan}]] with a payment of ((price:{money_t(pay, '$')})) due today. Paying by card?
C: Yes, a Visa debit. [[CARD_NUMBER#a:{b[0]}]]
A: Go ahead.
C: [[CARD_NUMBER#a:{b[1]}]], and [[CARD_NUMBER#a~:{b[1]}]]... I mean [[CARD_NUMBER#a:{b[2]}]], sorry, I said that block twice.
A: No problem. So after [[CARD_NUMBER:{b[1]}]] it's [[CARD_NUMBER:{b[2]}]]?
C: Yes, then [[CARD_NUMBER#a:{b[3]}]].
A: Thank you. Expiry and CVV?
C: [[EXPIRY:{em:02d}/{ey % 100}]], and [[CVV:{cvv}]].
A: Payment made. Do you want to update autopay to your new bank while I have you?
C: I'll do that online. But can you update my work number? It's [[PHONE#b:{phone_us_t(ph)}]], extension [[PHONE#b~:{ext}]].
A: Updated. And your mailing address is still [[ADDRESS:{hn} Old Hickory Boulevard, Nashville]], [[POSTCODE:{zp}]]?
C: Yes, it is.
A: You're all set, Ms. [[NAME:Vickery]].
"""


@conv("transcript")
def c083(g):
    ref = g.code("99999999")
    by, bm, bd = g.dob(1985, 2000)
    hn = g.house(10, 999)
    pc = g.capc("L5B")
    old_hn = g.house(10, 999)
    ph = g.phone_us("905")
    eml = g.whole(1, 99)
    owed = g.amt(900, 4000)
    opened_y = g.whole(2019, 2023)
    pr = g.code("99-9999999")
    return f"""
A: Northland Collections, this is [[NAME:Summer]]. This is an attempt to collect a debt. How can I help?
C: Hi. I got a letter saying I owe ((price:{money_t(owed, '$')})) on a credit card I never opened.
A: I understand. Can I have the reference number from the letter?
C: [[ACCOUNT_NUMBER:{ref}]].
A: And your name and date of birth?
C: [[NAME:Aleksandra Nowicka-Reid]], [[DOB:{bd} {mon(bm)} {by}]].
A: Thank you. The account was opened in ((year:{opened_y})) with an address in Brampton. Have you ever lived there?
C: Never. I've been at [[ADDRESS:{hn} Hurontario Street, Mississauga]], [[POSTCODE:{pc}]], for ((duration:eight years)). Before that I was at [[ADDRESS:{old_hn} Dundas Street West]] in Toronto.
A: Then this could be identity theft. Have you reported it to the police?
C: Yes, last week. The report number is [[ACCOUNT_NUMBER:{pr}]].
A: Thank you. I'm putting the account on hold, so there will be no collection activity for ((duration:30 days)) while we send your dispute to the creditor. Please email us a copy of the police report.
C: What's the address?
A: It's disputes@northlandcollections.ca, and put the reference number in the subject.
C: Okay. Can you call me when there's an update? [[PHONE:{phone_us_t(ph)}]]. Or email [[EMAIL:aleks.nr{eml}@gmail.com]].
A: I'll note both. Also, place a fraud alert with both credit bureaus. It's free and lasts ((duration:six years)).
C: I'll do that today. Thank you, [[NAME:Summer]].
"""


@conv("transcript")
def c084(g):
    acc = g.digits(8)
    bal = g.amt(3000, 30000)
    rate = g.pct(2.5, 4.75, 2)
    bonus = g.pct(0.5, 1.0, 2)
    sc = g.sort()
    lacc = g.digits(8)
    amt = g.whole(5, 30) * 100
    by, bm, bd = g.dob(1950, 1980)
    pc = g.ukpc("YO31")
    return f"""
I: Welcome to Ouse Valley Building Society. Please enter your ((count:8))-digit savings account number.
C: [[ACCOUNT_NUMBER:{acc}]]
I: Thank you. Please enter your date of birth as day, month and year.
C: [[DOB:{bd:02d}{bm:02d}{by}]]
I: Your balance is ((price:{money_t(bal)})). Your interest rate is ((percentage:{rate:.2f}%)) gross. For anything else, please hold for an adviser.
A: Good morning, Ouse Valley, [[NAME:Faith]] speaking. How can I help?
C: Morning. I'd like to move some money to my current account at the bank. And the rate seems to have dropped.
A: Let me check. Can you confirm your postcode and the answer to your memorable question?
C: [[POSTCODE:{pc}]], and the answer is "lighthouse".
A: Thank you, Mr. [[NAME:Haworth]]. Yes, the base rate fell, and your rate went down on the ((date:1st)). There's a ((percentage:{bonus:.2f}%)) bonus on our new ((duration:one-year)) fixed bond if you'd like to look at that later.
C: Maybe. For now, I want ((price:£{amt:,})) sent to my linked account.
A: That's sort code [[ACCOUNT_NUMBER:{sc}]], account number ending [[ACCOUNT_NUMBER:{lacc[-4:]}]]?
C: That's it.
A: Done. It will arrive ((date:today)), and you'll have ((price:{money_t(bal - amt * 100)})) left in savings.
C: Thanks very much.
"""


@conv("asr")
def c085(g):
    pol = g.code("RI-9999999")
    prem = g.amt(12, 30)
    card = g.visa()
    em, ey = g.expiry()
    cvv = g.cvv()
    hn = g.house(100, 9000)
    zp = g.zip("787")
    eml = g.whole(1, 99)
    b = blocks(card)
    return f"""
A: hi you've reached bluebonnet renters insurance this is [[NAME:colby]]
C: hey my landlord says i need proof of renters insurance by friday and my policy got cancelled for non payment
A: okay let's see if we can reinstate it what's the policy number
C: it's r i [[ACCOUNT_NUMBER:{w(pol[3:])}]]
A: and your name
C: [[NAME:marisol oyelowo]]
A: thanks [[NAME:marisol]] yeah it cancelled last week we can reinstate it today if you pay the missed month of ((price:{money_short(prem)})) plus this month
C: okay let's do it
A: card number please
C: [[CARD_NUMBER#a:{wd(b[0])} {wd(b[1])}]] hold on my cat's on the keyboard [[CARD_NUMBER#a:{wd(b[2])} {wd(b[3])}]]
A: and the expiration date
C: [[EXPIRY:{mon(em).lower()} of {year_w(ey)}]]
A: and the security code
C: [[CVV:{wd(cvv)}]]
A: perfect you're reinstated with no gap in coverage and i'll email the proof of insurance for your landlord where should it go
C: [[EMAIL:marisol o {w(str(eml))} at gmail dot com]]
A: and it's for the apartment at [[ADDRESS:{n2w(hn, False)} guadalupe street apartment {say3(g.whole(101, 420))} austin]] [[POSTCODE:{w(zp)}]]
C: yes that's the one
A: sent it'll show ((price:{n2w(g.whole(2, 6) * 10000, False)} dollars)) of personal property coverage and ((price:{n2w(g.whole(1, 3) * 100000, False)})) liability which is what most landlords ask for
C: great thanks [[NAME:colby]]
"""


@conv("transcript")
def c086(g):
    abn = g.digits(11)
    by, bm, bd = g.dob(1972, 1992)
    hn = g.house(1, 300)
    pc = g.aupc(3121, 3146)
    ph = g.phone_au("03")
    eml = g.whole(1, 99)
    sales = g.whole(30, 90) * 1000
    adv = g.whole(10, 40) * 1000
    pct = g.whole(8, 15)
    bsb = g.bsb()
    acc = g.digits(9)
    m1, m2 = g.digits(3), g.digits(3)
    return f"""
A: Good morning, Tallowwood Business Finance, [[NAME:Oscar]] speaking.
C: Hi [[NAME:Oscar]]. I own a small bakery in Richmond and I'm interested in the cash advance you offer through card sales.
A: Sure. Who am I speaking with?
C: [[NAME:Rosa Delacroix-Mbeki]].
A: Thanks, [[NAME:Rosa]]. How much do you take on cards each month, roughly?
C: About ((price:${sales:,})). We've got two terminals, a ((model_number:A{m1})) at the counter and an older ((model_number:S{m2})) in the café area.
A: Both work with us. Based on that, you could get an advance of up to ((price:${adv:,})), repaid automatically as ((percentage:{pct}%)) of each day's card sales.
C: Okay. What do you need from me?
A: Your ABN, date of birth, the business address, and the account where the money goes.
C: ABN is ((other:{abn[:2]} {abn[2:5]} {abn[5:8]} {abn[8:]})). I was born [[DOB:{bd}/{bm}/{by}]]. The shop is [[ADDRESS:{hn} Bridge Road, Richmond]] VIC [[POSTCODE:{pc}]].
A: And the bank account?
C: BSB [[ACCOUNT_NUMBER:{bsb}]], account [[ACCOUNT_NUMBER:{acc}]].
A: Thank you. I'll send the offer to your email. What's the address?
C: [[EMAIL:rosa{eml}@crumbandcrust.com.au]]
A: And a mobile for the verification code?
C: Use the shop phone: [[PHONE:{phone_au_t(ph)}]].
A: Perfect. You'll have the offer within ((duration:24 hours)), and funds usually arrive ((duration:2 business days)) after you sign.
C: Thanks, [[NAME:Oscar]].
"""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
