#!/usr/bin/env python3
"""Write dev19.jsonl: written as a fifteenth held-out set (test15.jsonl) of labelled call
snippets for the transcript redactor, measured once (issue 14, the figures are in the README),
then made a development set.

How it was written
------------------
Every conversation below was written by hand for this set, working from the Format and Span
conventions of README.md and its paragraph of earlier labelling choices, without opening any
other set, any other generator or the redactor's code. Each case is a small function that
returns its turns as (speaker, text) pairs with inline markup:

    [[TYPE:text]]        a pii span in a group of its own
    [[TYPE#grp:text]]    a pii span; spans of one case with the same grp label are one value
    ((kind:text))        a keep (look-alike) span

TYPE is a full type name or a short code (CARD, CVV, EXP, SSN, PHONE, EMAIL, DOB, ADDR, PC,
ACCT, NAME). Names, streets, e-mail addresses, companies and look-alikes (prices, times,
readings, codes) are written by hand. Personal numbers (cards, CVVs, expiry dates, SSNs and
other national identifiers, phones, dates of birth, house numbers, postcodes, account and
reference numbers), IMEIs and courier tracking numbers come from one `random.Random(SEED)`
with a fixed seed, drawn in case order, and are rendered in the case's style by small helpers
(digit by digit with "oh"/"zero", "double", pairs such as "forty one eleven", typed groups).

The markup is stripped by code, every offset is computed from the clean text, and group
labels are renumbered g1, g2, ... in order of first appearance within the case. The script
then validates everything and exits with status 1, writing nothing, if any check fails:
types and kinds are known; offsets lie inside the text and give back the marked text; no span
is empty, has leading/trailing space or punctuation, or starts or ends inside a word; no two
spans (pii or keep) overlap; groups are g1, g2, ... by first appearance and one type each;
every card group's digits (spoken digits turned into digits, joined over the group) pass the
Luhn check; CVVs have 3-4 digits, phones 9-13, SSN-type values have a US/Canadian/Australian
(9 digits or a last four), UK National Insurance or Irish PPS shape, postcodes a US, UK,
Canadian, Australian or Eircode shape; every card, CVV, phone, SSN, postcode and account
value, as said, is (part of) a number the generator drew, which catches renderings that read
back wrongly ("fifty" + "four" heard as 54); every digit character in every utterance is
inside a pii or keep span, no run of four or more number words and no spelled-out run of
letters is left outside a span, and no word of a case's NAME spans appears outside a span in
that case (common words excepted); every keep span holds a number; ASR text is lower case
without punctuation (but "mm-hmm") or "@"; no utterance of five words or more appears twice
(span contents masked); the minimum counts of the brief hold (80 cases, 800 utterances, the
per-type minimums, 290 keep spans, every keep kind, 40-60% transcript). Two runs give
byte-identical output.

    python3 data/redaction/make_dev19.py            # writes dev19.jsonl, prints the counts
    python3 data/redaction/make_dev19.py --check    # builds and validates only

Labelling choices (where the README's conventions are silent)
---------------------------------------------------------------
- Every mention of a name is its own NAME group (an agent repeating the caller's name, a
  customer greeting the agent back). A first name and surname said together are one span in
  both styles; a spelled-out name ("O-Y-E-L-A-R-A-N", "t a d h g") after the name is a second
  NAME span in its own group. Titles (Mr., Ms., Mrs, Dr., mister, miss, doctor) stay outside.
  Pets (Biscuit, Bruno, a cat), companies ("Anna Livia Bank", "Lee Valley Power", "hunter
  valley water"), shops, products, hospitals and places are not names.
- Names that are ordinary words (Rose, Hunter, Grace, Mark, Bill, Will, June, Summer, Dawn,
  Hope, Frank) are NAME only where they name a person; the same words used as words ("the
  bill", "grace period", "mark it as urgent", "will do") are left unlabelled, neither pii nor
  keep.
- A name inside an e-mail address is part of the EMAIL span only. A caller who says an e-mail
  and then spells it out in full gives two EMAIL groups (the spelling is a second mention).
  A scammer's e-mail address given by the caller is still an EMAIL.
- Cards: a corrected piece stays in the card's group (the slip and the correction are both
  labelled); the slipped digits were drawn so that the joined digits of the group still pass
  Luhn. A number the caller finishes after being cut off continues the same group. An agent's
  or IVR's read-back of the full number or of the last four is a CARD_NUMBER group of its own,
  as is an agent quoting the last four of a card on file; every card whose last four is read
  back was drawn so that those four digits pass Luhn on their own. An expired card's number
  and expiry are labelled like any other.
- A corrected piece of an SSN stays in that value's group (the validator accepts an SSN,
  postcode, phone or account group of 3+ pieces when it is valid without one piece). A date of
  birth the caller gives by mistake (her own, then her husband's) is a DOB too, its own group.
- UK National Insurance, Canadian SIN, Australian TFN and Irish PPS numbers are SSN; the last
  four of a SIN said as such is SSN; a full NI number said when only part was asked for is
  still SSN.
- ACCOUNT_NUMBER holds sort codes and BSBs (each its own group, apart from the account
  number), IBANs, NHS, Medicare (its one-digit individual reference number is a piece of the
  Medicare group), health-card (with its version letters), insurance member, known-traveller
  and prescription (Rx) numbers, driving-licence numbers, vehicle registrations, NMI and MPRN
  meter-point numbers, the last four of a prepayment key number, booking references (PNRs),
  bag tags, baggage reports, loyalty, frequent-flyer and roadside membership numbers, PAC
  porting codes, rental agreements, claim, case, service-order, payment-confirmation, order and
  e-Transfer references. A label said before an id ("rx", "ID", "reference") stays outside;
  letters that are part of the id are inside.
- `other` look-alikes: meter readings, an IMEI (drawn to pass Luhn, as real ones do; read as
  digits or words), courier tracking numbers (drawn to fail Luhn), prepayment top-up codes,
  one-time passcodes read back by the caller, IVR menu digits, "*#06#", error and fault codes,
  speed-test results and plan speeds, an area code said on its own, room, gate, seat, floor,
  terminal, row and "Lot" numbers, mile markers, motorway and highway numbers, junctions and
  marker posts, kilometres and miles, temperatures (with "minus"), ages, heights, a form
  number ("FP57"), drug strengths ("metformin five hundred"), carrier dimensions, a plan code
  ("the one twenty five plan"). Amounts of goods (tablets, pens, litres, kWh, gigabytes, boxes)
  are `quantity`; numbers of people, items or events are `count`, without the thing counted.
  A date spoken with its weekday ("Tuesday the 14th", "thursday the ninth") is `date` on the
  day number only; weekday and month names alone and "noon" are not labelled; durations and
  times without a number ("an hour", "the hour") are not labelled.
- Model spans hold the model designation with its product name ("iPhone 13", "Hub 5",
  "Pixel 8", "nighthawk ax twelve", "RAV4", mazda "three"); the maker stays outside, and model
  names without a number (a Golf, a Rogue, a cr v) are not labelled.
- An Australian or US state, a Canadian province or "Co. Cork" said around a postcode stays
  outside both the ADDRESS and POSTCODE spans; a town or a Dublin district ("Dublin 8") said in
  the same breath as the street is inside the ADDRESS span (in ASR, a town right after the
  street). A ZIP+4 is one span, typed or spoken. An Eircode or UK postcode broken by "um" is
  one group in two spans.
- Where a caller says a value is "the same as my phone number" or "the same as my username",
  that mention is not labelled.
- Expiry and CVV are labelled only where asked for (by agent or IVR) or named by the caller, as
  the README says.
"""
import json
import os
import random
import re
import sys

SEED = 151515
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev19.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS", "POSTCODE",
         "ACCOUNT_NUMBER", "NAME"]
SHORT = {"CARD": "CARD_NUMBER", "EXP": "EXPIRY", "ADDR": "ADDRESS", "PC": "POSTCODE",
         "ACCT": "ACCOUNT_NUMBER"}
KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration", "percentage",
         "model_number", "count", "other"]
SPEAKERS = {"a": "agent", "c": "customer", "i": "ivr",
            "agent": "agent", "customer": "customer", "ivr": "ivr"}

MINIMUMS = {"CARD_NUMBER": 28, "CVV": 20, "EXPIRY": 20, "SSN": 12, "PHONE": 20, "EMAIL": 18,
            "DOB": 20, "ADDRESS": 20, "POSTCODE": 24, "ACCOUNT_NUMBER": 55, "NAME": 200}
MIN_KEEP = 290
MIN_CASES = 80
MIN_UTTS = 800

# ---------------------------------------------------------------------------------------------
# numbers


def luhn_ok(ds):
    total = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError(body)


LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
REGISTRY = []


def reg(value):
    REGISTRY.append(re.sub(r"[^A-Z0-9]", "", value.upper()))
    return value


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def d(self, n):
        return reg("".join(str(self.r.randrange(10)) for _ in range(n)))

    def nz(self, n):
        return reg(str(self.r.randrange(1, 10)) + self.d(n - 1))

    def num(self, lo, hi):
        return self.r.randint(lo, hi)

    def pat(self, p):
        out = []
        for ch in p:
            if ch == "9":
                out.append(str(self.r.randrange(10)))
            elif ch == "1":
                out.append(str(self.r.randrange(1, 10)))
            elif ch == "A":
                out.append(self.r.choice(LETTERS))
            else:
                out.append(ch)
        return reg("".join(out))

    def card(self, brand, last4=False):
        while True:
            if brand == "visa":
                pre, n = "4", 16
            elif brand == "mc":
                pre, n = self.r.choice(["51", "52", "53", "54", "55", str(self.r.randint(2221, 2720))]), 16
            elif brand == "amex":
                pre, n = self.r.choice(["34", "37"]), 15
            elif brand == "disc":
                pre, n = self.r.choice(["6011", "65", "644", "647", "649"]), 16
            else:
                raise ValueError(brand)
            body = pre + self.d(n - 1 - len(pre))
            ds = body + luhn_digit(body)
            if not last4 or luhn_ok(ds[-4:]):
                return reg(ds)

    def slip(self, full, start, length):
        """A wrong version of full[start:start+length] (one digit off) such that the digits as
        said (before, slip, correction, rest) still pass Luhn."""
        right = full[start:start + length]
        cands = []
        for i in range(length):
            for c in "0123456789":
                if c == right[i]:
                    continue
                w = right[:i] + c + right[i + 1:]
                if luhn_ok(full[:start] + w + full[start:]):
                    cands.append(w)
        return self.r.choice(cands)

    def cvv(self, n=3):
        return self.d(n)

    def exp(self, lo=2027, hi=2032):
        return self.r.randint(1, 12), self.r.randint(lo, hi)

    def ssn(self):
        return reg("%03d%02d%04d" % (self.r.randint(1, 665), self.r.randint(1, 99), self.r.randint(1, 9999)))

    def ni(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.r.choice(first) + self.r.choice(second)
            if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                return reg(p + self.d(6) + self.r.choice("ABCD"))

    def sin(self):
        body = self.r.choice("1234567") + self.d(7)
        return reg(body + luhn_digit(body))

    def tfn(self):
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            body = self.nz(8)
            for c in "0123456789":
                ds = body + c
                if sum(int(x) * k for x, k in zip(ds, w)) % 11 == 0:
                    return reg(ds)

    def pps(self, new=False):
        ds = self.d(7)
        second = "A" if new else ""
        total = sum(int(x) * k for x, k in zip(ds, [8, 7, 6, 5, 4, 3, 2]))
        if second:
            total += 9 * (ord(second) - 64)
        r = total % 23
        return reg(ds + ("W" if r == 0 else chr(64 + r)) + second)

    def us_phone(self, area):
        return reg(area + "55501" + self.d(2))

    def uk_mobile(self):
        return reg("07700900" + self.d(3))

    def uk_land(self, code):
        # drama ranges: 020 7946 0xxx, 0113/0117/0161 496 0xxx, 029 2018 0xxx
        if code == "020":
            return reg("02079460" + self.d(3))
        if code == "029":
            return reg("02920180" + self.d(3))
        return reg(code + "4960" + self.d(3))

    def au_mobile(self):
        return reg("0491570" + str(self.r.randint(110, 159)))

    def au_land(self, area):
        return reg({"02": "025550", "03": "037010", "07": "075550", "08": "085550"}[area] + self.d(4))

    def ie_mobile(self):
        return reg("08" + self.r.choice("35679") + self.nz(7))

    def ie_land(self, code):
        return reg(code + self.nz(7))

    def zip5(self, pre):
        return reg(pre + self.d(5 - len(pre)))

    def zip4(self, pre):
        return reg(pre + self.d(5 - len(pre)) + "-" + self.d(4))

    def uk_pc(self, outward):
        return reg(outward + " " + str(self.r.randrange(10)) + self.r.choice("ABDEFGHJLNPQRSTUWXYZ") +
                   self.r.choice("ABDEFGHJLNPQRSTUWXYZ"))

    def ca_pc(self, first):
        L = "ABCEGHJKLMNPRSTVWXYZ"
        return reg(first + str(self.r.randrange(10)) + self.r.choice(L) + " " + str(self.r.randrange(10)) +
                   self.r.choice(L) + str(self.r.randrange(10)))

    def au_pc(self, lo, hi):
        return reg("%04d" % self.r.randint(lo, hi))

    def eircode(self, rk):
        S = "ACDEFHKNPRTVWXY"
        if self.r.random() < 0.5:
            return reg(rk + " " + self.r.choice(S) + "".join(self.r.choice(S + "0123456789") for _ in range(3)))
        return reg(rk + " " + self.r.choice(S) + self.d(3))

    def dob(self, lo=1941, hi=2005):
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def house(self, lo=2, hi=198):
        return self.r.randint(lo, hi)

    def tracking(self, n):
        while True:
            ds = self.nz(n)
            if not luhn_ok(ds):
                return ds

    def imei(self):
        body = "35" + self.d(12)
        return reg(body + luhn_digit(body))


g = Gen(SEED)

# ---------------------------------------------------------------------------------------------
# rendering

ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["", "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD1 = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordw(n):
    if n <= 20:
        return ORD1[n]
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD1[n % 10]


def ordt(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def dw(c, zero="oh"):
    return zero if c == "0" else ONES[int(c)]


def sd(ds, zero="oh", dbl=False):
    """digit by digit; with dbl, repeats become 'double x' / 'triple x'"""
    words, i = [], 0
    ds = ds.replace(" ", "").replace("-", "")
    while i < len(ds):
        c = ds[i]
        if dbl and i + 1 < len(ds) and ds[i + 1] == c:
            if i + 2 < len(ds) and ds[i + 2] == c:
                words.append("triple " + dw(c, zero))
                i += 3
                continue
            words.append("double " + dw(c, zero))
            i += 2
            continue
        words.append(dw(c, zero))
        i += 1
    return " ".join(words)


def two(p, zero="oh"):
    a, b = p[0], p[1]
    if a == "0":
        return "double " + zero if b == "0" else zero + " " + ONES[int(b)]
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + ONES[int(b)])


def sp(ds, zero="oh"):
    """in pairs: 4111 -> forty one eleven; odd length starts with a single digit"""
    ds = ds.replace(" ", "").replace("-", "")
    parts = []
    if len(ds) % 2:
        parts.append(dw(ds[0], zero))
        ds = ds[1:]
    parts += [two(ds[i:i + 2], zero) for i in range(0, len(ds), 2)]
    return " ".join(parts)


def numw(n):
    """a house number or small amount as people say it: 7, 42 -> forty two, 118 -> one eighteen"""
    s = str(n)
    if n < 10:
        return ONES[n]
    if n < 100:
        return two(s)
    if n < 1000:
        return ONES[int(s[0])] + " " + (two(s[1:]) if s[1:] != "00" else "hundred")
    return sp(s)


def chunks(ds, sizes):
    ds = ds.replace(" ", "").replace("-", "")
    out, i = [], 0
    for n in sizes:
        out.append(ds[i:i + n])
        i += n
    assert i == len(ds), (ds, sizes)
    return out


def card_t(ds, sep=" "):
    return sep.join(chunks(ds, [4, 6, 5] if len(ds) == 15 else [4, 4, 4, 4]))


def yearw(y, us=False):
    if 2000 <= y <= 2009:
        return "two thousand " + ("" if us else "and ") + ONES[y - 2000] if y > 2000 else "two thousand"
    s = str(y)
    hi, lo = s[:2], s[2:]
    return two(hi) + " " + (two(lo) if lo != "00" else "hundred")


def spell(s, zero="oh"):
    """letters and digits one by one, lower case: 'M5V 2T6' -> 'm five v two t six'"""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(dw(ch, zero))
        elif ch.isalpha():
            out.append(ch.lower())
    return " ".join(out)


def spell_caps(word, sep="-"):
    return sep.join(ch.upper() for ch in word if ch.isalpha())


def ph_uk(p, intl=False):
    if intl:
        return "+44 " + (p[1:5] + " " + p[5:] if p.startswith("07") else p[1:3] + " " + p[3:7] + " " + p[7:])
    if p.startswith("07"):
        return p[:5] + " " + p[5:]
    if p.startswith("020") or p.startswith("029"):
        return p[:3] + " " + p[3:7] + " " + p[7:]
    return p[:4] + " " + p[4:7] + " " + p[7:]


def ph_us(p, form=0):
    if form == 0:
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if form == 1:
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if form == 2:
        return "%s.%s.%s" % (p[:3], p[3:6], p[6:])
    return "+1 %s %s %s" % (p[:3], p[3:6], p[6:])


def ph_au(p, intl=False):
    if p.startswith("04"):
        return ("+61 " + p[1:4] + " " + p[4:7] + " " + p[7:]) if intl else p[:4] + " " + p[4:7] + " " + p[7:]
    return ("+61 " + p[1] + " " + p[2:6] + " " + p[6:]) if intl else "(" + p[:2] + ") " + p[2:6] + " " + p[6:]


def ph_ie(p, intl=False):
    if p.startswith("01"):
        return ("+353 1 " + p[2:5] + " " + p[5:]) if intl else "01 " + p[2:5] + " " + p[5:]
    return ("+353 " + p[1:3] + " " + p[3:6] + " " + p[6:]) if intl else p[:3] + " " + p[3:6] + " " + p[6:]


def mon(m):
    return MONTHS[m].title()


def dob_t(dob, fmt):
    y, m, d = dob
    if fmt == "dmy":
        return "%d %s %d" % (d, mon(m), y)
    if fmt == "mdy":
        return "%s %d, %d" % (mon(m), d, y)
    if fmt == "dmy/":
        return "%02d/%02d/%d" % (d, m, y)
    if fmt == "mdy/":
        return "%02d/%02d/%d" % (m, d, y)
    if fmt == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if fmt == "ord":
        return "%s of %s %d" % (ordt(d), mon(m), y)
    if fmt == "short":
        return "%d/%d/%02d" % (d, m, y % 100)
    if fmt == "dots":
        return "%02d.%02d.%d" % (d, m, y)
    if fmt == "abbr":
        return "%s %d, %d" % (mon(m)[:3], d, y)
    raise ValueError(fmt)


def dob_s(dob, fmt, us=False):
    y, m, d = dob
    yw = yearw(y, us)
    if fmt == "ord_of":
        return "%s of %s %s" % (ordw(d), MONTHS[m], yw)
    if fmt == "month_ord":
        return "%s %s %s" % (MONTHS[m], ordw(d), yw)
    if fmt == "month_day":
        return "%s %s %s" % (MONTHS[m], numw(d), yw)
    if fmt == "num_mdy":
        return "%s %s %s" % (numw(m), numw(d), two("%02d" % (y % 100)))
    if fmt == "num_dmy":
        return "%s %s %s" % (numw(d), two("%02d" % m), two("%02d" % (y % 100)))
    if fmt == "digits":
        return sd("%02d%02d%d" % (d, m, y))
    if fmt == "digits_us":
        return sd("%02d%02d%d" % (m, d, y))
    raise ValueError(fmt)


def exp_t(e, fmt="/"):
    m, y = e
    if fmt == "/":
        return "%02d/%02d" % (m, y % 100)
    if fmt == "/full":
        return "%02d/%d" % (m, y)
    if fmt == "word":
        return "%s %d" % (mon(m), y)
    if fmt == "-":
        return "%02d-%02d" % (m, y % 100)
    raise ValueError(fmt)


def exp_s(e, fmt="oh"):
    m, y = e
    yy = two("%02d" % (y % 100))
    if fmt == "oh":
        return "%s %s" % (two("%02d" % m) if m < 10 else numw(m), yy)
    if fmt == "plain":
        return "%s %s" % (numw(m), yy)
    if fmt == "month":
        return "%s %s" % (MONTHS[m], yy)
    if fmt == "month_full":
        return "%s %s" % (MONTHS[m], yearw(y))
    if fmt == "slash":
        return "%s slash %s" % (two("%02d" % m), yy)
    raise ValueError(fmt)


# ---------------------------------------------------------------------------------------------
# cases

CASES = []


def case(style):
    assert style in ("transcript", "asr")

    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco

# ---------------------------------------------------------------------------------------------
# markup, building and checks

MARK = re.compile(r"\[\[([A-Z_]+)(?:#(\w+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
NUMW = {w: i for i, w in enumerate(ONES)}
NUMW["oh"] = 0
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {w: 10 * i for i, w in enumerate(TENS) if w}
NUMBER_WORDS = set(NUMW) | set(TEENW) | set(TENW)
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir", "madam"}
ERRORS = []
# words that are names in some case and ordinary words elsewhere in it
COMMON_NAME_WORDS = {"rose", "hunter", "grace", "mark", "bill", "will", "sky", "june", "may", "hope",
                     "de", "la", "van", "der", "mac", "st", "bay", "joy", "dawn", "frank", "sunny",
                     "summer", "penny", "guy", "pat", "hazel", "ivy", "jade", "ray", "lane", "young",
                     "king", "park", "chase", "wood", "hill", "brook", "ford", "west", "long", "ash"}


def err(msg):
    ERRORS.append(msg)


def parse(text):
    """strip the markup; return clean text and spans (kind, start, end, type_or_kind, label, body)"""
    parts, spans, pos, n = [], [], 0, 0
    for m in MARK.finditer(text):
        lit = text[pos:m.start()]
        parts.append(lit)
        n += len(lit)
        if m.group(1) is not None:
            body = m.group(3)
            spans.append(("pii", n, n + len(body), SHORT.get(m.group(1), m.group(1)), m.group(2), body))
        else:
            body = m.group(5)
            spans.append(("keep", n, n + len(body), m.group(4), None, body))
        parts.append(body)
        n += len(body)
        pos = m.end()
    parts.append(text[pos:])
    clean = "".join(parts)
    for bad in ("[[", "]]", "((", "))"):
        if bad in clean:
            err("stray markup %r in %r" % (bad, text))
    return clean, spans


def to_chars(text):
    """digits and letters of a value as said: 'double five oh' -> '550', 'forty one' -> '41'"""
    text = " ".join(w.upper() if re.search(r"\d", w) else w for w in text.split())
    toks = re.findall(r"[A-Za-z]+|\d+", text)
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        lt = t.lower()
        if t.isdigit():
            out.append(t)
        elif lt in NUMW:
            out.append(str(NUMW[lt]))
        elif lt in TEENW:
            out.append(str(TEENW[lt]))
        elif lt in TENW:
            nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
            if nxt in NUMW and nxt not in ("zero", "oh"):
                out.append(str(TENW[lt] + NUMW[nxt]))
                i += 1
            else:
                out.append(str(TENW[lt]))
        elif lt in ("double", "triple") and i + 1 < len(toks):
            nxt = toks[i + 1]
            val = str(NUMW[nxt.lower()]) if nxt.lower() in NUMW else nxt.upper()
            out.append(val * (2 if lt == "double" else 3))
            i += 1
        elif lt == "hundred":
            out.append("00")
        elif t.isalpha() and (len(t) == 1 or t.isupper()):
            out.append(t.upper())
        i += 1
    return "".join(out)


def digits_of(text):
    return re.sub(r"\D", "", to_chars(text))


RE_SSN = re.compile(r"^(\d{9}|\d{4}|[A-Z]{2}\d{6}[A-D]|\d{7}[A-W][A-Z]?)$")
RE_PC = re.compile(r"^(\d{5}(\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|[A-Z]\d[A-Z]\d[A-Z]\d|\d{4}|"
                   r"[A-Z]\d[\dW][A-Z\d]{4})$")
RE_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


ORDINAL_WORDS = set(ORD1[1:]) | {"thirtieth", "hundred", "thousand", "half", "quarter", "dozen"}


def has_number(text):
    words = re.findall(r"[a-z]+", text.lower())
    return bool(re.search(r"\d", text)) or any(w in NUMBER_WORDS or w in ORDINAL_WORDS for w in words)


def from_generator(typ, joined, npieces):
    """the value's digits and letters, as said, are (part of) a number the generator drew"""
    key = to_chars(joined)
    if typ == "CARD_NUMBER" and len(digits_of(joined)) > 16 and npieces >= 2:
        return True
    if typ in ("CVV", "PHONE", "CARD_NUMBER"):
        key = digits_of(joined)
    cands = [key]
    if typ == "PHONE":
        for cc in ("1", "44", "61", "353"):
            if key.startswith(cc):
                cands += [key[len(cc):], "0" + key[len(cc):]]
    return any(c and c in r for c in cands for r in REGISTRY)


def check_group(cid, typ, bodies, style):
    """a group of 3+ pieces of an SSN, postcode, phone or account may hold a slip the caller
    corrected: it passes if the value without one of its pieces passes"""
    tries = [bodies]
    if typ in ("SSN", "POSTCODE", "PHONE", "ACCOUNT_NUMBER") and len(bodies) >= 3:
        tries += [bodies[:i] + bodies[i + 1:] for i in range(len(bodies))]
    results = []
    for t in tries:
        mark = len(ERRORS)
        check_one(cid, typ, t, style)
        results.append(ERRORS[mark:])
        del ERRORS[mark:]
        if not results[-1]:
            return
    ERRORS.extend(results[0])


def check_one(cid, typ, bodies, style):
    joined = " ".join(bodies)
    where = "%s %s %r" % (cid, typ, bodies)
    if typ in ("CARD_NUMBER", "CVV", "PHONE", "SSN", "POSTCODE", "ACCOUNT_NUMBER") and \
            not from_generator(typ, joined, len(bodies)):
        err("value not drawn by the generator (misread as said?): %s -> %s" % (where, to_chars(joined)))
    if typ == "CARD_NUMBER":
        ds = digits_of(joined)
        if not luhn_ok(ds):
            err("card fails Luhn: " + where + " " + ds)
        if not (len(ds) in (4, 15, 16) or (len(ds) > 16 and len(bodies) >= 2)):
            err("card length %d: %s" % (len(ds), where))
    elif typ == "CVV":
        if not (3 <= len(digits_of(joined)) <= 4) or to_chars(joined) != digits_of(joined):
            err("cvv shape: " + where)
    elif typ == "PHONE":
        if not 9 <= len(digits_of(joined)) <= 13:
            err("phone length: " + where + " " + digits_of(joined))
    elif typ == "SSN":
        if not RE_SSN.match(to_chars(joined)):
            err("ssn shape: " + where + " " + to_chars(joined))
    elif typ == "POSTCODE":
        if not RE_PC.match(to_chars(joined)):
            err("postcode shape: " + where + " " + to_chars(joined))
    elif typ == "EXPIRY":
        low = joined.lower()
        if not (any(mo in low for mo in MONTHS[1:]) or 3 <= len(digits_of(joined)) <= 6):
            err("expiry shape: " + where)
    elif typ == "EMAIL":
        if "@" in joined:
            if style == "asr" or not all(RE_EMAIL.match(b) for b in bodies):
                err("email shape: " + where)
        elif not (" at " in " %s " % joined and " dot " in " %s " % joined):
            err("spoken email shape: " + where)
    elif typ == "NAME":
        for b in bodies:
            if re.search(r"\d", b) or b.split()[0].lower().strip(".") in TITLES:
                err("name shape: " + where)
            if style == "transcript" and not re.search(r"[A-Z]", b):
                err("name not capitalised in transcript: " + where)
    elif typ in ("ADDRESS", "DOB"):
        if not has_number(joined):
            err("no number in %s" % where)
    elif typ == "ACCOUNT_NUMBER":
        ch = to_chars(joined)
        if len(ch) < 4 or not re.search(r"\d", ch):
            err("account shape: " + where + " " + ch)


def edge_ok(text, s, e):
    body = text[s:e]
    if not body or body != body.strip():
        return False
    if not (body[0].isalnum() or body[0] in "$£€(+#*"):
        return False
    if not (body[-1].isalnum() or body[-1] in "%)#" or body.endswith(".m.")):
        return False
    if s > 0 and text[s - 1].isalnum():
        return False
    if e < len(text) and text[e].isalnum():
        return False
    return True


def build():
    cases = []
    seen_utts = {}
    for idx, (style, fn) in enumerate(CASES, 1):
        cid = "t15-%03d" % idx
        turns = fn()
        utts, pii, keep = [], [], []
        raw_pii = []
        for ui, (spk, marked) in enumerate(turns):
            if spk not in SPEAKERS:
                err("%s: speaker %r" % (cid, spk))
            text, spans = parse(marked)
            utts.append({"speaker": SPEAKERS.get(spk, spk), "text": text})
            if style == "asr":
                if not re.fullmatch(r"[a-z0-9']+( [a-z0-9']+)*", text.replace("mm-hmm", "mmhmm")):
                    err("%s u%d: asr text not lower case / unpunctuated: %r" % (cid, ui, text))
            elif not re.fullmatch(r"\S.*\S|\S", text) or "  " in text:
                err("%s u%d: spacing: %r" % (cid, ui, text))
            if not re.sub("[\u00a3\u20ac]", "", text).isascii():
                err("%s u%d: non-ascii" % (cid, ui))
            occupied = []
            for kind, s, e, tk, label, body in spans:
                if text[s:e] != body:
                    err("%s u%d: offsets do not give back %r" % (cid, ui, body))
                if not edge_ok(text, s, e):
                    err("%s u%d: bad span edge %r in %r" % (cid, ui, body, text))
                if kind == "pii":
                    if tk not in TYPES:
                        err("%s: unknown type %s" % (cid, tk))
                    raw_pii.append((ui, s, e, tk, label, body))
                else:
                    if tk not in KINDS:
                        err("%s: unknown kind %s" % (cid, tk))
                    if not has_number(body):
                        err("%s u%d: keep without a number %r" % (cid, ui, body))
                    keep.append({"utterance": ui, "start": s, "end": e, "kind": tk})
                occupied.append((s, e))
            occupied.sort()
            for (s1, e1), (s2, e2) in zip(occupied, occupied[1:]):
                if s2 < e1:
                    err("%s u%d: overlapping spans in %r" % (cid, ui, text))
            for pos, ch in enumerate(text):
                if ch.isdigit() and not any(s <= pos < e for s, e in occupied):
                    err("%s u%d: digit outside spans at %d in %r" % (cid, ui, pos, text))
            for m in re.finditer(r"(?<![\w'])[A-Za-z](?:[ -][A-Za-z]){2,}(?![\w'])", text):
                if not any(s <= m.start() < e for s, e in occupied) and m.group().lower() not in ("a c t", "w a"):
                    err("%s u%d: spelled letters outside a span: %r in %r" % (cid, ui, m.group(), text))
            run = 0
            for m in re.finditer(r"[A-Za-z]+", text):
                inside = any(s <= m.start() < e for s, e in occupied)
                if not inside and m.group().lower() in NUMBER_WORDS:
                    run += 1
                    if run >= 4:
                        err("%s u%d: run of number words outside spans in %r" % (cid, ui, text))
                        break
                else:
                    run = 0
            masked = text
            for s, e in sorted(occupied, reverse=True):
                masked = masked[:s] + "#" + masked[e:]
            key = re.sub(r"[^a-z0-9# ]", "", masked.lower())
            if len(key.split()) >= 5:
                if key in seen_utts:
                    err("%s u%d: utterance repeats %s: %r" % (cid, ui, seen_utts[key], text))
                seen_utts.setdefault(key, "%s u%d" % (cid, ui))
        # groups by first appearance
        raw_pii.sort(key=lambda x: (x[0], x[1]))
        names, gtypes, gbodies = {}, {}, {}
        for ui, s, e, tk, label, body in raw_pii:
            key = label if label is not None else object()
            if key not in names:
                names[key] = "g%d" % (len(names) + 1)
            gid = names[key]
            if gtypes.setdefault(gid, tk) != tk:
                err("%s: group %s (%s) mixes types" % (cid, label, gid))
            gbodies.setdefault(gid, []).append(body)
            pii.append({"utterance": ui, "start": s, "end": e, "type": tk, "group": gid})
        expect = 1
        seen_g = set()
        for p in pii:
            if p["group"] not in seen_g:
                if p["group"] != "g%d" % expect:
                    err("%s: groups not numbered by first appearance" % cid)
                seen_g.add(p["group"])
                expect += 1
        for gid, bodies in gbodies.items():
            check_group(cid, gtypes[gid], bodies, style)
        name_words = set()
        for gid, bodies in gbodies.items():
            if gtypes[gid] == "NAME":
                for b in bodies:
                    name_words |= {w.lower() for w in re.findall(r"[A-Za-z]{2,}", b)}
        name_words -= COMMON_NAME_WORDS
        for ui, u in enumerate(utts):
            occ = [(p["start"], p["end"]) for p in pii if p["utterance"] == ui] + \
                [(k["start"], k["end"]) for k in keep if k["utterance"] == ui]
            for m in re.finditer(r"[A-Za-z]+", u["text"]):
                if m.group().lower() in name_words and not any(s <= m.start() < e for s, e in occ):
                    err("%s u%d: name word %r outside a NAME span: %r" % (cid, ui, m.group(), u["text"]))
        keep.sort(key=lambda k: (k["utterance"], k["start"]))
        if not utts:
            err("%s: no utterances" % cid)
        cases.append({"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep})
    return cases


def counts(cases):
    rows = {}

    def add(key, style, n=1):
        rows.setdefault(key, {"transcript": 0, "asr": 0})
        rows[key][style] += n
    for c in cases:
        st = c["style"]
        add("cases", st)
        add("utterances", st, len(c["utterances"]))
        busy = {p["utterance"] for p in c["pii"]} | {k["utterance"] for k in c["keep"]}
        add("ordinary utterances", st, len(c["utterances"]) - len(busy))
        groups = {}
        for p in c["pii"]:
            add("span " + p["type"], st)
            groups[p["group"]] = p["type"]
        for t in groups.values():
            add("value " + t, st)
        for k in c["keep"]:
            add("keep " + k["kind"], st)
            add("keep all", st)
    return rows


def main():
    check_only = "--check" in sys.argv[1:]
    cases = build()
    rows = counts(cases)
    tot = {k: v["transcript"] + v["asr"] for k, v in rows.items()}
    if tot.get("cases", 0) < MIN_CASES:
        err("only %d cases" % tot.get("cases", 0))
    if tot.get("utterances", 0) < MIN_UTTS:
        err("only %d utterances" % tot.get("utterances", 0))
    for t, n in MINIMUMS.items():
        if tot.get("value " + t, 0) < n:
            err("only %d %s values (need %d)" % (tot.get("value " + t, 0), t, n))
    if tot.get("keep all", 0) < MIN_KEEP:
        err("only %d keep spans" % tot.get("keep all", 0))
    for k in KINDS:
        if tot.get("keep " + k, 0) == 0:
            err("no keep span of kind %s" % k)
    share = rows["utterances"]["transcript"] / max(1, tot["utterances"])
    if not 0.4 <= share <= 0.6:
        err("transcript share of utterances %.2f" % share)
    order = ["cases", "utterances", "ordinary utterances"] + ["span " + t for t in TYPES] + \
        ["value " + t for t in TYPES] + ["keep " + k for k in KINDS] + ["keep all"]
    print("%-36s %10s %6s %6s" % ("", "transcript", "asr", "total"))
    for key in order:
        if key in rows:
            r = rows[key]
            print("%-36s %10d %6d %6d" % (key, r["transcript"], r["asr"], tot[key]))
    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e, file=sys.stderr)
        print("%d check(s) failed; nothing written" % len(ERRORS), file=sys.stderr)
        return 1
    if check_only:
        print("all checks passed (--check: nothing written)")
        return 0
    lines = [json.dumps(c, ensure_ascii=False) for c in cases]
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %s (%d cases)" % (OUT, len(cases)))
    return 0

# ----- energy and water -----------------------------------------------------------------------


@case("transcript")
def uk_energy_move_out():
    acct = g.pat("1199 9999 99")
    flat = g.house(1, 9)
    old_no = g.house()
    pc_old = g.uk_pc("LS6")
    new_no = g.house()
    pc_new = g.uk_pc("YO10")
    dob = g.dob()
    ph = g.uk_mobile()
    return [
        ("a", "Good morning, Northfield Energy, you're through to [[NAME:Callum]]. How can I help today?"),
        ("c", "Hiya [[NAME:Callum]]. I'm moving out of my flat on the ((date:28th)) and I wanted to give you a closing reading and sort out the final bill."),
        ("a", "No problem at all. Can I take the account number, please? It's at the top right of your statement."),
        ("c", f"Yeah, it's [[ACCT:{acct}]]."),
        ("a", "And the name on the account?"),
        ("c", "[[NAME:Harriet Oyelaran]]. That's [[NAME:O-Y-E-L-A-R-A-N]]."),
        ("a", "Thanks, [[NAME:Harriet]]. For security, can you confirm your date of birth and the address we supply?"),
        ("c", f"[[DOB:{dob_t(dob, 'dmy')}]], and it's [[ADDR:Flat {flat}, {old_no} Headingley Lane, Leeds]], [[PC:{pc_old}]]."),
        ("a", "Lovely, that all matches. Go ahead with the readings when you're ready."),
        ("c", "The day register says ((other:04417)) and the night one is ((other:01986)). I took a photo at ((time:7:40)) this morning in case."),
        ("a", "Perfect. And where should we send the final bill?"),
        ("c", f"My new place is [[ADDR:{new_no} Tadcaster Road, York]], [[PC:{pc_new}]]."),
        ("a", f"So that's [[PC:{pc_new}]]. If the bill comes to more than ((price:£30)) we'll ask you to pay it within ((duration:14 days)). Is [[PHONE:{ph_uk(ph)}]] still the best number for you?"),
        ("c", "That's the one. Oh, and my partner [[NAME:Rhys]] might ring about the direct debit, is that okay?"),
        ("a", "He'd need adding as a named person first, but I can email you the form."),
        ("c", "Don't worry, I'll just call back myself. Thanks, [[NAME:Callum]]."),
    ]


@case("asr")
def uk_water_leak():
    acct = g.d(10)
    a1, a2 = acct[:5], acct[5:]
    no = g.house()
    pc = g.uk_pc("BS3")
    ph = g.uk_land("0117")
    return [
        ("a", "hello you're through to severn vale water my name's [[NAME:priya]] how can i help"),
        ("c", "oh hi [[NAME:priya]] um yeah i think i've got a leak somewhere my bill's gone from like ((price:thirty eight pounds)) to ((price:a hundred and ninety)) in one quarter"),
        ("a", "oh no okay let's have a look can i get your customer reference it's a ten digit number on the front of the bill"),
        ("c", f"yeah hang on [[ACCT#r:{sd(a1)}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[ACCT#r:{sd(a2, dbl=True)}]]"),
        ("a", "thank you and can i take your name and the first line of the address"),
        ("c", f"it's [[NAME:tobias wren]] [[NAME:w r e n]] and the address is [[ADDR:{numw(no)} greville road bedminster]]"),
        ("a", f"and the postcode please"),
        ("c", f"[[PC:{spell(pc)}]]"),
        ("a", f"lovely thanks [[NAME:tobias]] so the meter reading we had in march was ((other:six four two)) cubic metres and the one in june was ((other:seven nine eight))"),
        ("c", "that's mad we're only ((count:two)) of us in the house"),
        ("a", "yeah that works out around ((quantity:fourteen hundred litres)) a day so it does sound like a leak can you do a quick test for me turn off every tap and watch the meter for ((duration:twenty minutes))"),
        ("c", "okay um i'm looking at it now the little red dial is still spinning"),
        ("a", "right that's a leak on your side i'm going to book a leak check it's free and we can get someone out thursday the ((date:ninth)) between ((time:eight)) and ((time:one))"),
        ("c", "yeah thursday's fine"),
        ("a", f"and is [[PHONE:{sd(ph)}]] the right number for the engineer to call"),
        ("c", "yep that's the landline"),
    ]


@case("transcript")
def us_gas_card_payment():
    card = g.card("visa", last4=True)
    e = g.exp()
    cv = g.cvv()
    acct = g.pat("9999999-99")
    zp = g.zip5("432")
    no = g.house(100, 9800)
    return [
        ("a", "Thank you for calling Buckeye Gas & Electric, this is [[NAME:Darnell]]. Who do I have the pleasure of speaking with?"),
        ("c", "Hi [[NAME:Darnell]], this is [[NAME:Maureen Kowalczyk]]. I got a disconnect notice and I want to pay today."),
        ("a", "I can definitely help with that, Ms. [[NAME:Kowalczyk]]. What's the account number?"),
        ("c", f"It's [[ACCT:{acct}]]."),
        ("a", f"And the service address?"),
        ("c", f"[[ADDR:{no} Sawmill Parkway, Columbus]], Ohio [[PC:{zp}]]."),
        ("a", "Thank you. I see a past-due balance of ((price:$247.63)), and the notice says service would be interrupted after ((date:May 22)). If we take a payment today, that stops it."),
        ("c", "Okay. Can I pay with a card? There's a fee, right?"),
        ("a", "There's a ((price:$2.95)) convenience fee. Go ahead with the card number when you're ready."),
        ("c", f"[[CARD:{card_t(card)}]]."),
        ("a", "And the expiration date?"),
        ("c", f"[[EXP:{exp_t(e)}]]."),
        ("a", "And the three-digit code on the back?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", f"Thank you. So that's the Visa ending in [[CARD:{card[-4:]}]] for ((price:$250.58)) total. Your confirmation number is [[ACCT:{g.pat('PMT-1999999')}]]."),
        ("c", "Great. Is my heat going to stay on? It's supposed to drop to ((other:28 degrees)) tonight."),
        ("a", "Yes ma'am, it'll post within ((duration:two hours)) and the disconnect order is cancelled."),
        ("c", "Thank you so much, [[NAME:Darnell]]."),
    ]


@case("asr")
def au_energy_hardship():
    nmi = g.pat("4102999999")
    no = g.house()
    pc = g.au_pc(3140, 3199)
    dob = g.dob()
    em_user = "jacinta.moretti"
    return [
        ("a", "good afternoon you've reached coastline energy my name is [[NAME:brodie]]"),
        ("c", "hi [[NAME:brodie]] um i'm ringing because i can't pay the whole bill this time it's ((price:six hundred and twelve dollars)) and i just don't have it"),
        ("a", "that's okay that's what we're here for can i grab your name first"),
        ("c", "[[NAME:jacinta moretti]]"),
        ("a", "thanks [[NAME:jacinta]] and can you confirm your date of birth for me"),
        ("c", f"[[DOB:{dob_s(dob, 'ord_of')}]]"),
        ("a", "and the supply address"),
        ("c", f"[[ADDR:{numw(no)} banksia street ringwood east]] victoria [[PC:{sd(pc)}]]"),
        ("a", "perfect so i can set up a payment plan we could split it into ((count:six)) fortnightly payments of ((price:a hundred and two dollars))"),
        ("c", "that's better um could it start on the ((date:fourteenth)) that's when i get paid"),
        ("a", "yep we can do that and i can see your usage has been about ((quantity:twenty six kilowatt hours)) a day which is high for winter have you got a heater running"),
        ("c", "yeah a little oil one in the kids' room and the old split system it's like a ((year:two thousand and nine)) model"),
        ("a", "right those older ones can be expensive we've also got a ((percentage:fifteen percent)) concession if you hold a health care card"),
        ("c", "i do actually"),
        ("a", f"great i'll need the details later but first can you confirm your email so i can send the plan through"),
        ("c", f"it's [[EMAIL:jacinta dot moretti at bigpond dot com]]"),
        ("a", f"and just so we've got the right meter your nmi is [[ACCT:{sd(nmi)}]]"),
        ("c", "i have no idea but if that's what it says on the bill yeah"),
    ]


@case("transcript")
def ie_energy_mprn():
    mprn = g.pat("10 999 999 999")
    no = g.house(1, 60)
    ec = g.eircode("T12")
    ph = g.ie_mobile()
    dob = g.dob()
    return [
        ("a", "Good evening, Lee Valley Power, you're talking to [[NAME:Siobhan]]."),
        ("c", "Hi [[NAME:Siobhan]], I'm after switching to you from my old supplier and the form's asking for an MPRN. Where do I find that?"),
        ("a", "It's an ((count:11))-digit number starting with ((other:10)), usually on the old bill or on a sticker by the meter."),
        ("c", f"Grand, got it. It's [[ACCT:{mprn}]]."),
        ("a", "Perfect. Can I get your full name?"),
        ("c", "[[NAME:Declan O'Brien]], with the apostrophe."),
        ("a", "And the address for the supply, [[NAME:Declan]]?"),
        ("c", f"[[ADDR:{no} Ashgrove Lawn, Ballincollig]], Co. Cork. The Eircode is [[PC:{ec}]]."),
        ("a", f"Lovely. And a contact number?"),
        ("c", f"[[PHONE:{ph_ie(ph)}]]."),
        ("a", "And your date of birth, please? We need it for the credit check."),
        ("c", f"[[DOB:{dob_t(dob, 'dmy/')}]]."),
        ("a", "Thanks. The meter reading on the day of the switch will be estimated unless you send one in. Have you a reading?"),
        ("c", "It says ((other:38211.4)) but the last bit is red, does that count?"),
        ("a", "Just the black numbers, so ((other:38211)). Your unit rate will be ((price:34.2 cent)) and the standing charge ((price:€0.71)) a day, with ((percentage:12%)) off for the first ((duration:12 months))."),
        ("c", "Sound. And when does it actually go live?"),
        ("a", "The switch takes about ((duration:three weeks)), so roughly the ((date:19th)) of next month."),
    ]


@case("asr")
def ca_hydro_new_service():
    acct = g.d(12)
    no = g.house(10, 990)
    unit = g.house(100, 2400)
    pc = g.ca_pc("M")
    ph = g.us_phone("416")
    dob = g.dob()
    return [
        ("a", "thanks for calling lakeshore hydro this is [[NAME:marc-andre]] speaking how can i help you today".replace("-", " ")),
        ("c", "hey yeah i just moved into a condo and i need to put the hydro in my name"),
        ("a", "sure thing what's the address of the new place"),
        ("c", f"it's [[ADDR:unit {numw(unit)} {numw(no)} queens quay west toronto]]"),
        ("a", "and the postal code"),
        ("c", f"[[PC:{spell(pc)}]]"),
        ("a", f"okay so [[PC:{spell(pc)}]] got it and your name"),
        ("c", "[[NAME:priyanka sandhu]] [[NAME:s a n d h u]]"),
        ("a", "thanks [[NAME:priyanka]] and a date of birth"),
        ("c", f"[[DOB:{dob_s(dob, 'month_day', us=True)}]]"),
        ("a", "and the best phone number"),
        ("c", f"[[PHONE#p:{sd(ph[:3])}]] uh sorry my cat just knocked something over [[PHONE#p:{sd(ph[3:], dbl=True)}]]"),
        ("a", "no worries so your start date would be the ((date:first)) and there's a ((price:twenty five dollar)) account setup fee on the first bill"),
        ("c", "okay and um do i need to read the meter or anything"),
        ("a", "no it's a smart meter so it reads every hour and you'll be on time of use so off peak is after ((time:seven pm))"),
        ("c", "nice okay"),
        ("a", f"your new account number is [[ACCT:{sp(acct)}]] and you'll get a welcome email within ((duration:forty eight hours))"),
        ("c", "awesome thanks"),
    ]


@case("transcript")
def us_water_high_bill():
    acct = g.pat("WA-999999")
    no = g.house(1000, 9999)
    zp = g.zip4("850")
    ph = g.us_phone("602")
    return [
        ("a", "City of Mesquite Ridge Water Services, this is [[NAME:Lorena]]."),
        ("c", "Hi [[NAME:Lorena]]. My water bill this month is ((price:$318)) and it's usually like ((price:$60)). Something's wrong."),
        ("a", "I'm sorry about that. Can I have the account number from the top of the bill?"),
        ("c", f"[[ACCT:{acct}]]."),
        ("a", "And can you verify the service address?"),
        ("c", f"[[ADDR:{no} W Cactus Wren Drive, Phoenix]], AZ [[PC:{zp}]]."),
        ("a", "Thank you. Who am I speaking with?"),
        ("c", "[[NAME:Gil Hunter]]. My wife [[NAME:Rosa]] usually handles the bills but she's out of town."),
        ("a", "No problem, Mr. [[NAME:Hunter]], you're both on the account. So we read the meter on ((date:June 3)) at ((other:48,209)) gallons and the month before it was ((other:23,614))."),
        ("c", "That's almost ((quantity:25,000 gallons))! We didn't fill a pool or anything."),
        ("a", "It could be an irrigation leak. A lot of folks had broken drip lines after the freeze. Do you have a timer running at night?"),
        ("c", "The sprinklers go at ((time:4:30 a.m.)) for ((duration:20 minutes)), three days a week."),
        ("a", "Okay. I'd recommend checking those. If you get it repaired and send us the receipt within ((duration:30 days)), you can get a one-time leak adjustment of up to ((percentage:50%)) of the excess."),
        ("c", "Alright. Can you have a tech come look at the meter anyway?"),
        ("a", f"Sure. I've put in a service order, number [[ACCT:{g.pat('SO-1999999')}]]. They'll call [[PHONE:{ph_us(ph, 1)}]] before they come out. Is that still good?"),
        ("c", "Yep, that's my cell."),
    ]


@case("asr")
def ie_water_outage():
    no = g.house(1, 80)
    ec = g.eircode("H91")
    ph = g.ie_mobile()
    ph2 = g.ie_land("091")
    return [
        ("i", "you're through to the water supply line calls may be recorded"),
        ("a", "hello my name is [[NAME:orla]] how can i help"),
        ("c", "hi [[NAME:orla]] there's no water at all in the house since about ((time:half six)) this morning and the neighbours have none either"),
        ("a", "okay can i take your address"),
        ("c", f"[[ADDR:{numw(no)} cois na habhann knocknacarra galway]]"),
        ("a", "and do you have the eircode handy"),
        ("c", f"i do it's [[PC#e:{spell(ec[:3])}]] um hold on [[PC#e:{spell(ec[4:])}]]"),
        ("a", "thanks there's a burst main on that road we've a crew on site since ((time:eight o'clock)) and we're hoping to have supply back by ((time:four)) this afternoon"),
        ("c", "right because my mother lives with us she's ((other:eighty seven)) and she's on dialysis at home so we really need the water"),
        ("a", "oh okay i'll flag that as a priority customer can i take her name"),
        ("c", "[[NAME:bridget mcnamara]]"),
        ("a", "and the best number to contact you on"),
        ("c", f"[[PHONE:{sd(ph[:3])} {sp(ph[3:6])} {sd(ph[6:])}]] or the house phone is [[PHONE:{sd(ph2[:3])} {sd(ph2[3:], dbl=True)}]]"),
        ("a", "grand we'll have a tanker at the green by the school within the hour and i'll get someone to drop ((quantity:twenty litres)) of bottled water to the door for [[NAME:bridget]]"),
        ("c", "that'd be great thank you"),
        ("a", "not at all and your reference for today is the burst on the ((date:twelfth)) you won't need a number just mention the road"),
    ]


@case("transcript")
def uk_prepay_meter_topup():
    card = g.card("mc", last4=True)
    e = g.exp()
    cv = g.cvv()
    key = g.pat("9999 9999 9999 9999 999")
    topup = "5807 4416 2058 7731 9026"
    pc = g.uk_pc("NE6")
    no = g.house()
    return [
        ("a", "Tyne Coast Energy, [[NAME:Aidan]] speaking."),
        ("c", "Hi, my prepayment meter's on emergency credit and the shop won't take my key. I need to top up over the phone."),
        ("a", "I can do that. Can I start with your name and postcode?"),
        ("c", f"[[NAME:Shanice Whitby]], [[PC:{pc}]]."),
        ("a", "And the first line of your address, [[NAME:Shanice]]?"),
        ("c", f"[[ADDR:{no} Shields Road]]."),
        ("a", f"Thanks. I can see your key number ends in [[ACCT:{key.replace(' ', '')[-4:]}]] - is that the one you've got?"),
        ("c", "No idea, it's blue and it's got a crack on it."),
        ("a", "That'll be it. How much would you like to top up?"),
        ("c", "((price:£25)) please. And I've got ((price:£4.80)) of emergency credit to pay back, right?"),
        ("a", "That's right, so ((price:£20.20)) will show as usable. Card number when you're ready."),
        ("c", f"[[CARD#c:{card_t(card)[:9]}]]... sorry, my little one's pulling at me... [[CARD#c:{card_t(card)[10:]}]]."),
        ("a", "That's fine. Expiry?"),
        ("c", f"[[EXP:{exp_t(e, '/')}]]."),
        ("a", "And the last three digits on the signature strip?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", f"Lovely. That's ((price:£25)) on the Mastercard ending [[CARD:{card[-4:]}]]. Your top-up code is ((other:{topup})) - you'll need to type it into the meter."),
        ("c", "Hang on, let me get a pen. Can you read it slowly?"),
    ]


# ----- mobile and broadband -------------------------------------------------------------------


@case("transcript")
def uk_mobile_pac_port():
    ph = g.uk_mobile()
    pac = g.pat("AAA999999")
    dob = g.dob()
    imei = g.imei()
    pc = g.uk_pc("M14")
    return [
        ("a", "Thanks for calling Meridian Mobile, my name's [[NAME:Jordan]], can I start with the number you're calling about?"),
        ("c", f"Yeah, it's [[PHONE:{ph_uk(ph)}]]."),
        ("a", "And who am I speaking to?"),
        ("c", "[[NAME:Grace Adebayo-Lewis]]."),
        ("a", "Thanks, [[NAME:Grace]]. Can you confirm your date of birth and postcode?"),
        ("c", f"[[DOB:{dob_t(dob, 'dmy/')}]], and [[PC:{pc.lower()}]]."),
        ("a", "Brilliant. What can I do for you today?"),
        ("c", "I want my PAC code. I'm leaving, I'm afraid. I've been paying ((price:£38 a month)) for ((quantity:30GB)) and someone's offering me unlimited for ((price:£20))."),
        ("a", "I understand. Before I do that, you're out of contract on the ((date:3rd)), so I could do unlimited data for ((price:£22 a month)) on a ((duration:12-month)) SIM-only plan."),
        ("c", "Honestly, I've made my mind up. There's no grace period or anything on the notice, is there?"),
        ("a", f"No, there's a ((duration:30-day)) notice, but porting with a PAC ends it automatically. Your PAC code is [[ACCT:{pac}]], and it's valid for ((duration:30 days))."),
        ("c", f"Sorry, can you repeat that?"),
        ("a", f"Of course: [[ACCT:{' '.join(pac[:3])} {pac[3:6]} {pac[6:]}]]. I'll text it to you as well."),
        ("c", "Thanks. And will my phone be unlocked? It's an ((model_number:iPhone 13))."),
        ("a", f"Let me check. The IMEI on the account is ((other:{imei})) - yes, that handset was unlocked when you upgraded in ((year:2022))."),
        ("c", "Great. Thanks, [[NAME:Jordan]]."),
    ]


@case("asr")
def us_broadband_outage():
    acct = g.d(16)
    no = g.house(100, 9999)
    zp = g.zip5("787")
    ph = g.us_phone("512")
    return [
        ("i", "thank you for calling lonestar fiber para espanol oprima dos"),
        ("a", "hi this is [[NAME:kendra]] with lonestar fiber technical support can i get your name"),
        ("c", "yeah it's [[NAME:wade thibodeaux]]"),
        ("a", "thanks [[NAME:wade]] and what's the service address"),
        ("c", f"[[ADDR:{numw(no)} bluebonnet hollow drive austin]] texas [[PC:{sd(zp, zero='zero')}]]"),
        ("a", "okay and what's going on with the internet"),
        ("c", "so it keeps dropping like every ((duration:ten minutes)) and the light on the router is blinking orange and the app says error ((other:six fifty one))"),
        ("a", "got it what router model do you have it's on the sticker on the bottom"),
        ("c", "it says ((model_number:nighthawk ax twelve)) and then a serial under it"),
        ("a", "okay we don't need the serial did you run a speed test"),
        ("c", "yeah i got ((other:eleven megabits)) down and like ((other:two point four)) up and i'm paying for the gig plan"),
        ("a", "that's definitely not right i'm seeing ((count:forty seven)) disconnects on your line since yesterday let me send a refresh signal"),
        ("c", "okay um do i need to unplug it"),
        ("a", "no just give it about ((duration:five minutes)) and if it doesn't hold i'll book a tech can you confirm your account number for me"),
        ("c", f"[[ACCT:{acct[:4]} {acct[4:6]} {acct[6:12]} {acct[12:]}]]"),
        ("a", "perfect and the best callback number"),
        ("c", f"[[PHONE:{sd(ph[:3])} {sp(ph[3:6])} {sp(ph[6:])}]]"),
        ("a", "great i'll also credit you ((price:fifteen dollars)) for the trouble"),
    ]


@case("transcript")
def ca_mobile_roaming_bill():
    ph = g.us_phone("604")
    acct = g.pat("9999 9999 9")
    pc = g.ca_pc("V")
    return [
        ("a", "Pacific Cellular, this is [[NAME:Navdeep]]. Can I have the phone number on the account?"),
        ("c", f"Sure, [[PHONE:{ph_us(ph, 1)}]]."),
        ("a", "And the account holder's name?"),
        ("c", "That's me, [[NAME:Colette Fournier]]."),
        ("a", "Thanks, [[NAME:Colette]]. Can you confirm the postal code on file?"),
        ("c", f"[[PC:{pc.lower()}]]."),
        ("a", "Thank you. How can I help?"),
        ("c", "My bill is ((price:$412.86)) and it's normally ((price:$65)). I was in Seattle for ((duration:four days)) and I bought the US roam pass."),
        ("a", "Let me look. I see the roam pass was added on ((date:March 9)) at ((time:11:52 p.m.)) Pacific, but you'd already used ((quantity:3.1 GB)) that day before it started."),
        ("c", "So that's all pay-per-use?"),
        ("a", "Yes, at ((price:$7 per 100 MB)), but there's a ((price:$50)) cap per day, so it should have stopped there. I'll reverse ((price:$288.40))."),
        ("c", "Oh, thank goodness. Can you email me the adjusted bill?"),
        ("a", "Sure. Which email?"),
        ("c", "[[EMAIL:colette.fournier88@shaw.ca]]."),
        ("a", f"Done. Your account number for reference is [[ACCT:{acct}]], and the credit will show in ((duration:one to two billing cycles))."),
        ("c", "Thanks so much, [[NAME:Navdeep]]."),
    ]


@case("asr")
def au_nbn_dropouts():
    avc = reg("AVC" + g.d(12))
    dob = g.dob()
    no = g.house(1, 200)
    pc = g.au_pc(4000, 4179)
    return [
        ("a", "g'day you're through to southern cross broadband it's [[NAME:tayla]] speaking"),
        ("c", "hi [[NAME:tayla]] my name's [[NAME:hamish mcintyre]] the internet's been dropping out all week and i work from home"),
        ("a", "oh that's no good [[NAME:hamish]] can i just confirm your date of birth first"),
        ("c", f"yep [[DOB:{dob_s(dob, 'num_dmy')}]]"),
        ("a", "and the address of the service"),
        ("c", f"[[ADDR:{numw(no)} jacaranda avenue kedron]] queensland [[PC:{sd(pc)}]]"),
        ("a", "thank you what modem have you got"),
        ("c", "it's the one you sent me the ((model_number:tp link vx two twenty))"),
        ("a", "okay and is it a fibre box on the wall or the copper"),
        ("c", "it's fibre to the node so copper i think the tech last time said we're about ((other:six hundred metres)) from the node"),
        ("a", "right that explains some of it i'm seeing your sync speed at ((other:thirty one megs)) and you're on the ((other:fifty)) plan plus ((count:twelve)) dropouts since ((time:six am))"),
        ("c", "yeah it goes every time it rains"),
        ("a", f"that sounds like a line fault i'll raise it with nbn your service id is [[ACCT:a v c {sd(avc[3:])}]] and i'll email the fault number to you"),
        ("c", f"okay it's [[EMAIL:h m c i n t y r e at outlook dot com]] all one word"),
        ("a", "lovely they'll call within ((duration:two business days)) and i'll pop a ((price:twenty dollar)) credit on the account"),
    ]


@case("transcript")
def ie_broadband_signup_amex():
    card = g.card("amex")
    e = g.exp()
    cv = g.cvv(4)
    ec = g.eircode("D15").replace(" ", "")
    no = g.house(1, 90)
    ph = g.ie_mobile()
    return [
        ("a", "Hi there, you're speaking with [[NAME:Ciara]] at Liffey Broadband. Are you looking to sign up?"),
        ("c", "I am, yeah. I saw the ((other:500Mb)) fibre for ((price:€39.99)) a month."),
        ("a", "That's the one. Let me check you're in the footprint. What's your Eircode?"),
        ("c", f"[[PC:{ec}]]."),
        ("a", f"And the address?"),
        ("c", f"[[ADDR:{no} Castlecurragh Vale, Mulhuddart, Dublin 15]]."),
        ("a", "Good news, you can get the full speed there. The first ((duration:six months)) are ((price:€29.99)), then ((price:€39.99)) after that, on a ((duration:12-month)) contract. Can I take your name?"),
        ("c", "[[NAME:Eamon Fitzgerald]]."),
        ("a", "And a mobile number, [[NAME:Eamon]]?"),
        ("c", f"[[PHONE:{ph_ie(ph, intl=True)}]]."),
        ("a", "Thanks. There's a once-off installation fee of ((price:€50)). Would you like to pay that by card now?"),
        ("c", f"Go on. It's an American Express: [[CARD:{card_t(card)}]]."),
        ("a", "And the expiry?"),
        ("c", f"[[EXP:{exp_t(e, '/full')}]], and the four-digit code on the front is [[CVV:{cv}]]."),
        ("a", "Perfect, that's gone through. An engineer will be out on Tuesday the ((date:14th)) between ((time:8am)) and ((time:1pm))."),
        ("c", "Grand. Will he need to get into the attic? We've two dogs, Biscuit and Bruno, so I'll have to put them out."),
        ("a", "Usually just the front room where the fibre comes in. It takes about ((duration:two hours))."),
    ]


@case("asr")
def uk_lost_phone_block():
    ph = g.uk_mobile()
    dob = g.dob()
    pc = g.uk_pc("G12")
    imei = g.imei()
    return [
        ("a", "hello you're through to thistle mobile my name's [[NAME:fraser]] how can i help"),
        ("c", "hiya i've lost my phone i think it was nicked on the subway about an hour ago"),
        ("a", "oh no i'm sorry let's get it blocked what's the number"),
        ("c", f"it's [[PHONE:{sd(ph, dbl=True)}]]"),
        ("a", "and your name"),
        ("c", "[[NAME:morag dunleavy]]"),
        ("a", "thanks [[NAME:morag]] and to confirm it's you your date of birth and postcode"),
        ("c", f"[[DOB:{dob_s(dob, 'ord_of')}]] and it's [[PC#p:{spell(pc[:3])}]] um [[PC#p:{spell(pc[4:])}]]"),
        ("a", f"lovely so i've barred the sim now and i'll block the handset too the imei we have is ((other:{sd(imei)})) is that the ((model_number:galaxy s twenty three))"),
        ("c", "yeah the purple one"),
        ("a", "okay that's blocked on every network now a new sim is free and it'll get to you in ((duration:one to two days)) or you can pick one up in a store with id"),
        ("c", "i'll go to the one in buchanan street can i keep the same number"),
        ("a", "yes the number stays the same and you've still got ((quantity:eighteen gig)) of data left this month"),
        ("c", "oh thank god and will i get charged if they make calls"),
        ("a", "anything after ((time:two fifteen)) when you called us isn't your responsibility and i'll add a note for the police report"),
        ("c", "cheers [[NAME:fraser]]"),
    ]


@case("transcript")
def us_mobile_add_line_ssn4():
    ssn = g.ssn()
    ph = g.us_phone("919")
    ph2 = g.us_phone("919")
    imei = g.imei()
    acct = g.d(9)
    return [
        ("a", "Thanks for calling Blue Ridge Wireless, my name is [[NAME:Tiffany]]. What's the mobile number you're calling about?"),
        ("c", f"[[PHONE:{ph_us(ph, 0)}]]."),
        ("a", "And is this the account holder?"),
        ("c", "Yes, [[NAME:Marcus Bell]]."),
        ("a", "Thank you, Mr. [[NAME:Bell]]. For verification, can I get the last four of your Social?"),
        ("c", f"[[SSN:{ssn[-4:]}]]."),
        ("a", "Perfect, you're verified. How can I help?"),
        ("c", "I want to add a line for my daughter [[NAME:Kayla]]. She's ((other:14)) and she's getting my old phone."),
        ("a", "Sure. A new line is ((price:$25/month)) with autopay, and she'd get ((quantity:10GB)) of high-speed data. What phone is it?"),
        ("c", "An ((model_number:iPhone 12)). I've got the IMEI right here: ((other:" + imei + "))."),
        ("a", "Great, that's compatible. Would you like her to have a new number from the same area code?"),
        ("c", "Yeah, 919 is fine." .replace("919", "((other:919))")),
        ("a", f"Okay, her new number is [[PHONE:{ph_us(ph2, 1)}]]. The eSIM will be ready in about ((duration:15 minutes))."),
        ("c", "Can I set screen time limits on her line, like no data after ((time:10 pm))?"),
        ("a", "Yes, that's in the family controls in the app, it's free for the first ((duration:three months)) and then ((price:$4.99 a month))."),
        ("c", f"Okay. Oh, and the account number - is it still [[ACCT:{acct}]]? I need it for my work reimbursement."),
        ("a", "That's correct."),
    ]


@case("asr")
def ca_internet_card_split():
    card = g.card("mc")
    c = chunks(card, [4, 4, 4, 4])
    e = g.exp()
    cv = g.cvv()
    pc = g.ca_pc("K")
    acct = g.pat("9999999999")
    return [
        ("a", "rideau telecom billing this is [[NAME:stephane]] speaking"),
        ("c", "hi [[NAME:stephane]] i need to pay my internet bill it's overdue and you guys sent me a text saying it'll get suspended"),
        ("a", "okay no problem can i have your account number"),
        ("c", f"[[ACCT:{sp(acct)}]]"),
        ("a", "and whose name is the account under"),
        ("c", "[[NAME:ngozi okafor]] that's [[NAME:n g o z i]]"),
        ("a", "thank you [[NAME:ngozi]] and your postal code"),
        ("c", f"[[PC:{spell(pc)}]]"),
        ("a", "thank you so the balance is ((price:one forty three fifty)) would you like to pay the full amount"),
        ("c", "yes please with my mastercard"),
        ("a", "go ahead"),
        ("c", f"[[CARD#c:{sd(c[0])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD#c:{sd(c[1])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD#c:{sp(c[2])} {sp(c[3])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXP:{exp_s(e, 'oh')}]]"),
        ("a", "and the cvv on the back"),
        ("c", f"[[CVV:{sd(cv)}]]"),
        ("a", "perfect that's processed and your service won't be interrupted you'll get a confirmation by text in about ((duration:ten minutes))"),
        ("c", "thanks also is there a cheaper plan i'm only using like ((quantity:two hundred gigs)) a month"),
        ("a", "there is the ((other:one twenty five)) plan at ((price:fifty five a month)) i can switch you from the next cycle on the ((date:twentieth))"),
    ]


@case("transcript")
def au_prepaid_recharge():
    card = g.card("visa", last4=True)
    e = g.exp()
    cv = g.cvv()
    ph = g.au_mobile()
    return [
        ("i", "Welcome to Outback Mobile. For recharge, press 1. For everything else, press 2.".replace("1.", "((other:1)).").replace("2.", "((other:2)).")),
        ("a", "Hi, you've got [[NAME:Jarrah]]. What number are we recharging today?"),
        ("c", f"Hi [[NAME:Jarrah]]. It's my nan's phone, actually: [[PHONE:{ph_au(ph)}]]. She's in a home and it ran out."),
        ("a", "No worries. What's her name, just so I can check it against the service?"),
        ("c", "[[NAME:Dorothy Kingsley]]. I'm her grandson, [[NAME:Liam]]."),
        ("a", "Thanks, [[NAME:Liam]]. Prepaid recharges don't need the account holder, so that's fine. Which recharge would you like?"),
        ("c", "The ((price:$30)) one. She only calls me and my mum, so ((quantity:20GB)) is way more than she needs."),
        ("a", "Easy. The ((price:$30)) pack lasts ((duration:28 days)). Card number when you're ready."),
        ("c", f"[[CARD:{card_t(card)}]]."),
        ("a", "Expiry?"),
        ("c", f"[[EXP:{exp_t(e, '-')}]]."),
        ("a", "And the CVV?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", f"Done. Visa ending [[CARD:{card[-4:]}]], ((price:$30)). Her expiry date is now the ((date:4th of June)), and the balance shows ((price:$0.00)) until midnight."),
        ("c", "Is there a way to make it automatic? She's ((other:91)) and doesn't know how to do any of this."),
        ("a", "Yes, I can set auto-recharge on that card every ((duration:28 days)). Want me to do that?"),
        ("c", "Yes please. Cheers, [[NAME:Jarrah]]."),
    ]


@case("asr")
def us_cable_tech_appointment():
    acct = g.pat("8499 1999 9999 9999")
    no = g.house(10, 999)
    apt = g.house(1, 40)
    z5 = g.zip5("303")
    ph = g.us_phone("404")
    return [
        ("a", "thank you for calling peachtree cable my name is [[NAME:deshawn]] can i get your first and last name"),
        ("c", "yes ma'am i mean sir sorry it's [[NAME:latoya grant]]"),
        ("a", "no problem miss [[NAME:grant]] what can i do for you"),
        ("c", "my cable box is showing a code ((other:s zero six oh oh)) and nothing comes on i tried unplugging it like ((count:three)) times"),
        ("a", "okay let me pull up your account can you verify the address"),
        ("c", f"[[ADDR:{numw(no)} ponce de leon avenue apartment {numw(apt)} atlanta]] [[PC:{sd(z5)}]]"),
        ("a", "thank you and the account number it's the long one at the top of your statement"),
        ("c", f"[[ACCT#a:{sd(acct[:4])} {sd(acct[5:9])}]] uh hold on my son's yelling [[ACCT#a:{sd(acct[10:14])} {sp(acct[15:])}]]"),
        ("a", "got it that code means the box lost its authorization i sent a hit but it didn't take so we'll need a technician"),
        ("c", "ugh okay when"),
        ("a", "the earliest is saturday the ((date:eighteenth)) between ((time:eight)) and ((time:eleven a m)) or monday ((time:one to five))"),
        ("c", "saturday's good"),
        ("a", "okay and what's the best number for the tech to call when they're on their way"),
        ("c", f"[[PHONE:{sp(ph[:3])} {sd(ph[3:])}]]"),
        ("a", f"so that's [[PHONE:{sd(ph)}]]"),
        ("c", "yes"),
        ("a", "perfect and there's no charge for the visit since it's our equipment your confirmation is sent by text"),
    ]


@case("transcript")
def uk_broadband_speed_complaint():
    acct = g.pat("AA99999999")
    pc = g.uk_pc("NG7")
    no = g.house()
    return [
        ("a", "Good afternoon, Trentside Broadband, you're speaking with [[NAME:Nadia]]."),
        ("c", f"Hi [[NAME:Nadia]]. I want to complain about my speeds. My account number's [[ACCT:{acct}]]."),
        ("a", "Thanks. Can you confirm your full name and the address?"),
        ("c", f"[[NAME:Peter Ashdown]], [[ADDR:{no} Lenton Boulevard, Nottingham]], [[PC:{pc}]]."),
        ("a", "Thanks, Mr. [[NAME:Ashdown]]. What speeds are you getting?"),
        ("c", "I'm paying for ((other:150 meg)). Every evening between ((time:7)) and ((time:11)) it drops to ((other:12 Mbps)) download. I've got ((count:14)) speed tests saved."),
        ("a", "And are those over Wi-Fi or wired?"),
        ("c", "Wired, laptop plugged straight into the hub. The hub's a ((model_number:Hub 5)), the white one."),
        ("a", "Okay. Your minimum guaranteed speed is ((other:84 Mbps)), so if it's below that for ((duration:three days)) in a row you can leave without a fee or get a credit."),
        ("c", "It's been below for ((duration:three weeks))."),
        ("a", "Then I'm sorry. I'm raising a complaint, and I'll apply ((percentage:50%)) off your line rental for this month, that's ((price:£17.50)). Could you email the tests to us?"),
        ("c", "Sure, what address?"),
        ("a", "Just reply to the complaint email I'm sending you now, and put your account number in the subject line."),
        ("c", "And if it doesn't improve?"),
        ("a", "If it's still low after ((duration:30 days)), you can cancel penalty-free. I'll call you back on the ((date:22nd)) at ((time:6:30 pm)) to check."),
    ]


@case("asr")
def ie_mobile_roaming_shock():
    ph = g.ie_mobile()
    acct = g.pat("99999999")
    dob = g.dob()
    return [
        ("a", "hello you're talking to [[NAME:aoife]] in emerald mobile customer care"),
        ("c", "hi [[NAME:aoife]] i got a bill for ((price:two hundred and eighty euro)) and i've never had a bill over ((price:forty))"),
        ("a", "oh no let's take a look what's the mobile number"),
        ("c", f"[[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sp(ph[6:])}]]"),
        ("a", "and can you confirm your name and date of birth"),
        ("c", f"[[NAME:padraig kavanagh]] [[DOB:{dob_s(dob, 'month_ord')}]]"),
        ("a", "thanks [[NAME:padraig]] i can see you were in the states from the ((date:second)) to the ((date:ninth)) and there's ((quantity:four point two gig)) of data used over there"),
        ("c", "ah no i had it on airplane mode the whole time except the hotel wifi"),
        ("a", "it looks like the phone was using data in the background on the ((date:third)) there's a big chunk around ((time:four in the morning))"),
        ("c", "that was the day we landed in boston"),
        ("a", "okay look as it's your first time i can cap it at the ((price:sixty euro)) daily limit which would bring it down to ((price:a hundred euro)) and change"),
        ("c", "that'd be great"),
        ("a", f"no problem i'll put that through now your account number for the credit is [[ACCT:{sd(acct, dbl=True)}]] and you'll see it on the next bill"),
        ("c", "thanks a million [[NAME:aoife]]"),
    ]


@case("transcript")
def ca_mobile_fraud_sin():
    sin = g.sin()
    dob = g.dob()
    no = g.house(10, 999)
    pc = g.ca_pc("T").replace(" ", "")
    ph = g.us_phone("403")
    em = "okwuosa.chidi@gmail.com"
    return [
        ("a", "Prairie Wireless fraud department, this is [[NAME:Brent]]."),
        ("c", "Hi [[NAME:Brent]], I got a text saying a new iPhone was ordered on my account. I didn't order anything!"),
        ("a", "Okay, let's look into it right away. Can I have your name?"),
        ("c", "[[NAME:Chidi Okwuosa]]."),
        ("a", f"And the mobile number on the account, [[NAME:Chidi]]?"),
        ("c", f"[[PHONE:{ph_us(ph, 3)}]]."),
        ("a", "Since this is a fraud case, I need to verify a bit more. Your date of birth and the postal code?"),
        ("c", f"[[DOB:{dob_t(dob, 'iso')}]], and [[PC:{pc}]]."),
        ("a", "Thank you. I can see an order for an ((model_number:iPhone 16 Pro)) placed at ((time:2:14 a.m.)) and a change of email. Did you change your email?"),
        ("c", f"No! My email is [[EMAIL:{em}]]."),
        ("a", "The new one is different, so I've locked the account and cancelled the order. The credit check on the order used your SIN. Is it this one?"),
        ("c", f"I mean, my SIN is [[SSN:{sin[:3]} {sin[3:6]} {sin[6:]}]]. How did they get that?"),
        ("a", "I'm not sure, sir, but I'd recommend contacting both credit bureaus. I'll put a ((duration:90-day)) fraud flag on your account."),
        ("c", "Okay. And nobody can change the address now?"),
        ("a", f"Not without a PIN. Your home address is [[ADDR:{no} Kensington Road NW, Calgary]], correct?"),
        ("c", "Yes. Thank you so much, [[NAME:Brent]]."),
    ]


# ----- pharmacy and healthcare billing --------------------------------------------------------


@case("asr")
def us_pharmacy_refill():
    rx = g.d(7)
    dob = g.dob()
    mem = g.pat("AA9999999999")
    ph = g.us_phone("216")
    return [
        ("i", "thank you for calling lakeside pharmacy if this is a medical emergency hang up and dial ((other:nine one one))"),
        ("a", "lakeside pharmacy this is [[NAME:heather]] how can i help you"),
        ("c", "hi heather i need to refill my blood pressure medicine".replace("hi heather", "hi [[NAME:heather]]")),
        ("a", "sure what's the prescription number it's the number on the label that starts with rx"),
        ("c", f"okay rx [[ACCT#r:{sd(rx[:3])}]] um the print's tiny [[ACCT#r:{sd(rx[3:])}]]"),
        ("a", "and your name and date of birth"),
        ("c", f"[[NAME:eugene pawlowski]] [[DOB:{dob_s(dob, 'num_mdy')}]]"),
        ("a", "thank you mister [[NAME:pawlowski]] so that's the ((other:lisinopril twenty milligram)) ((quantity:ninety)) tablets"),
        ("c", "yes and um my insurance changed in january i've got the new card"),
        ("a", "okay can you read me the member id"),
        ("c", f"[[ACCT:{spell(mem)}]]"),
        ("a", "and there's a group number under it"),
        ("c", "same as the member id except the last part i think no wait it says the group is on the back hang on"),
        ("a", "that's okay i can look it up with the member id your copay is ((price:ten dollars)) for a ((duration:ninety day)) supply"),
        ("c", "oh that's better than before it was ((price:twenty two fifty))"),
        ("a", "great it'll be ready after ((time:three o'clock)) tomorrow do you want a text when it's ready"),
        ("c", f"yes please [[PHONE:{sd(ph)}]]"),
        ("a", "perfect you're all set"),
    ]


@case("transcript")
def uk_prepayment_certificate():
    card = g.card("visa", last4=True)
    e = g.exp()
    cv = g.cvv()
    nhs = g.pat("999 999 9999")
    dob = g.dob()
    pc = g.uk_pc("CF10")
    no = g.house()
    return [
        ("a", "NHS prescription services, you're speaking to [[NAME:Owain]]. How can I help?"),
        ("c", "Hello, I'd like to buy a prescription prepayment certificate. I'm on ((count:five)) different medicines now."),
        ("a", "Of course. The ((duration:12-month)) certificate is ((price:£114.50)), or ((price:£32.05)) for ((duration:three months)). Which would you like?"),
        ("c", "The ((duration:12-month)) one, please."),
        ("a", "Can I take your full name?"),
        ("c", "Mrs [[NAME:Hope Pritchard]]."),
        ("a", "And your date of birth, Mrs [[NAME:Pritchard]]?"),
        ("c", f"[[DOB:{dob_t(dob, 'ord')}]]."),
        ("a", "And your address with postcode?"),
        ("c", f"[[ADDR:{no} Cathedral Road, Cardiff]], [[PC:{pc}]]."),
        ("a", "Do you know your NHS number? It's not essential."),
        ("c", f"I've got it on a letter here: [[ACCT:{nhs}]]."),
        ("a", "Thank you. And would you like it to start today or backdated? You can backdate up to ((duration:one month)) if you've paid for prescriptions."),
        ("c", "I paid for ((count:three)) items on the ((date:2nd)), so backdate it please."),
        ("a", "Okay, from the ((date:2nd)). Card details, please."),
        ("c", f"[[CARD:{card_t(card)}]], expiry [[EXP:{exp_t(e)}]], security number [[CVV:{cv}]]."),
        ("a", f"Thank you. The payment's gone through on the card ending [[CARD:{card[-4:]}]]. You can claim a refund for the ((price:£29.70)) using form ((other:FP57))."),
        ("c", "Wonderful, thank you, [[NAME:Owain]]."),
    ]


@case("asr")
def au_pharmacy_medicare():
    med = g.pat("1999 99999 9 1")
    dob = g.dob()
    no = g.house(1, 120)
    pc = g.au_pc(2040, 2234)
    return [
        ("a", "good morning harbourside chemist [[NAME:mei]] speaking"),
        ("c", "oh hi [[NAME:mei]] it's [[NAME:colin brassington]] i've got a script from doctor [[NAME:ferreira]] and i wanted to check you've got it in stock before i come down"),
        ("a", "sure thing [[NAME:colin]] what's the medication"),
        ("c", "it's ((other:metformin five hundred)) ((quantity:a hundred and twenty)) tablets with ((count:five)) repeats"),
        ("a", "yep we've got that is it an e script or paper"),
        ("c", "e script she texted me a token"),
        ("a", "great when you come in we'll need your medicare card can you read me the number so i can set up your profile"),
        ("c", f"yep it's [[ACCT#m:{sd(med[:4])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[ACCT#m:{sd(med[5:10])} {sd(med[11])}]] and i'm number [[ACCT#m:{numw(int(med[-1]))}]] on the card"),
        ("a", "and your date of birth"),
        ("c", f"[[DOB:{dob_s(dob, 'ord_of')}]]"),
        ("a", "and your address"),
        ("c", f"[[ADDR:{numw(no)} kirribilli avenue milsons point]] new south wales [[PC:{sd(pc)}]]"),
        ("a", "lovely the pbs price will be ((price:thirty one sixty)) unless you've got a concession card"),
        ("c", "no not yet i'm only ((other:sixty one))"),
        ("a", "no worries it'll be ready in about ((duration:twenty minutes))"),
    ]


@case("transcript")
def us_hospital_billing_ssn():
    acct = g.pat("HB99999999")
    dob = g.dob()
    ssn = g.ssn()
    card = g.card("disc", last4=True)
    e = g.exp()
    cv = g.cvv()
    return [
        ("a", "St. Brendan Regional Medical Center patient financial services, this is [[NAME:Yolanda]]."),
        ("c", "Hi, I got a bill for my ER visit and I can't pay ((price:$3,840)) all at once."),
        ("a", "I understand. Can I have the patient's name and date of birth?"),
        ("c", f"It's me, [[NAME:Travis Okonjo]], [[DOB:{dob_t(dob, 'mdy/')}]]."),
        ("a", "And the account number on the statement?"),
        ("c", f"[[ACCT:{acct}]]."),
        ("a", "Thank you, Mr. [[NAME:Okonjo]]. I see the visit on ((date:January 7)). Your insurance paid ((price:$9,210)) and this is your deductible and coinsurance. You may qualify for financial assistance. I'd need your Social Security number to run the application."),
        ("c", f"Okay, it's [[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        ("a", "And your household size and yearly income?"),
        ("c", "((count:Three)) of us, and I made about ((price:$41,000)) last year."),
        ("a", "Based on that you'd get a ((percentage:40%)) discount, so the balance would be ((price:$2,304)). You can spread that over ((duration:12 months)) interest-free, ((price:$192)) a month."),
        ("c", "That I can do. Can I make the first payment now?"),
        ("a", "Sure. Card number?"),
        ("c", f"It's a Discover, [[CARD:{card_t(card, '-')}]]."),
        ("a", "Expiration and security code?"),
        ("c", f"[[EXP:{exp_t(e, 'word')}]], and the code is [[CVV:{cv}]]."),
        ("a", f"Thank you. ((price:$192)) on the Discover ending in [[CARD:{card[-4:]}]]. The next one will be on the ((date:15th)) of each month."),
    ]


@case("asr")
def ca_pharmacy_health_card():
    hc = g.pat("9999 999 999 AA")
    dob = g.dob()
    ph = g.us_phone("613")
    return [
        ("a", "rideau street pharmacy [[NAME:anjali]] speaking"),
        ("c", "hi it's [[NAME:gerald thibault]] calling for my wife [[NAME:francine]] her doctor faxed in a prescription this morning"),
        ("a", "okay i'll need her health card number and date of birth"),
        ("c", f"the card is [[ACCT:{sd(hc[:12])} {spell(hc[13:])}]]"),
        ("a", "and her birthday"),
        ("c", f"[[DOB:{dob_s(dob, 'month_ord', us=True)}]]"),
        ("a", "okay i found it it's the ((other:amoxicillin five hundred)) three times a day for ((duration:ten days))"),
        ("c", "yes that's the one can i pick it up for her she's in bed with a fever of like ((other:thirty nine))"),
        ("a", "of course just bring some id the total is ((price:eighteen forty nine)) after her plan pays"),
        ("c", "okay and um do you deliver"),
        ("a", "we do within ((other:five kilometres)) for ((price:four ninety nine)) and the driver goes out at ((time:two))"),
        ("c", "that would be great we're on the ((other:eleventh floor)) at the riverside building"),
        ("a", "perfect what's a good phone number for the driver"),
        ("c", f"[[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:], dbl=True)}]]"),
        ("a", "great we'll call when we're downstairs"),
    ]


@case("transcript")
def ie_hospital_pps():
    pps = g.pps(new=True)
    dob = g.dob()
    ec = g.eircode("V94")
    no = g.house(1, 80)
    mc = g.pat("999999A")
    return [
        ("a", "Accounts department, University Hospital, [[NAME:Roisin]] speaking."),
        ("c", "Hello, I got a bill for ((price:€80)) for an A&E visit but I have a medical card."),
        ("a", "Okay, if you had a valid medical card on the day the charge shouldn't apply. What's the patient's name?"),
        ("c", "[[NAME:Martina Ni Bhriain]]. That's me."),
        ("a", "And the date of birth, [[NAME:Martina]]?"),
        ("c", f"[[DOB:{dob_t(dob, 'dmy')}]]."),
        ("a", "Thank you. Do you have the medical card number?"),
        ("c", f"It's [[ACCT:{mc}]], and my PPS number is [[SSN:{pps}]] if you need that."),
        ("a", "That's grand. I can see the visit on the ((date:11th of March)) at ((time:22:40)), and the card was registered on the system from the ((date:1st)). It looks like it wasn't scanned at reception."),
        ("c", "I was in a bit of a state, I'd fallen off a ladder."),
        ("a", "Understandable. I'll cancel the charge. Is your address still "
              f"[[ADDR:{no} O'Connell Avenue, Limerick]], [[PC:{ec}]]?"),
        ("c", "It is, yeah."),
        ("a", "Okay, you'll get a letter confirming it within ((duration:ten working days)). Anything else?"),
        ("c", "No, that's it. Thanks, [[NAME:Roisin]], you're very good."),
    ]


@case("asr")
def us_medical_claim_dispute():
    claim = g.pat("9999999999")
    mem = g.pat("W999999999")
    ssn = g.ssn()
    dob = g.dob()
    return [
        ("a", "thanks for calling granite state health plan member services my name is [[NAME:bethany]] may i have your member id"),
        ("c", f"[[ACCT:{spell(mem)}]]"),
        ("a", "thank you and your name and date of birth"),
        ("c", f"[[NAME:rodney fairweather]] [[DOB:{dob_s(dob, 'month_ord', us=True)}]]"),
        ("a", "and for verification the last four of your social"),
        ("c", f"[[SSN:{sp(ssn[-4:])}]]"),
        ("a", "thank you mister [[NAME:fairweather]] how can i help"),
        ("c", "i got an explanation of benefits saying my mri was denied it was ((price:twenty six hundred dollars)) and my doctor said it was pre approved"),
        ("a", "okay do you have the claim number it's ten digits"),
        ("c", f"yeah [[ACCT#c:{sd(claim[:5])}]] hold on the dog [[ACCT#c:{sd(claim[5:])}]]"),
        ("a", "thank you i see the claim for ((date:october twelfth)) denied for no prior authorization but i do see an authorization on file from ((date:october third)) it looks like the provider used the wrong code"),
        ("c", "so what do i do"),
        ("a", "i'm going to send it back for reprocessing it takes up to ((duration:thirty days)) and you won't owe anything except your ((price:two fifty)) copay"),
        ("c", "okay and who was the doctor on the authorization just so i can tell them"),
        ("a", "doctor [[NAME:anand rao]] at seacoast imaging"),
        ("c", "right thanks [[NAME:bethany]]"),
    ]


@case("transcript")
def uk_dentist_amex_payment():
    card = g.card("amex", last4=True)
    e = g.exp()
    cv = g.cvv(4)
    ph = g.uk_land("0113")
    return [
        ("a", "Good morning, Roundhay Dental Practice, [[NAME:Bethan]] speaking."),
        ("c", "Hi, it's [[NAME:Will Gathercole]]. I had a crown fitted on Friday and I've got the invoice for ((price:£685)). Can I pay over the phone?"),
        ("a", "Of course, Mr. [[NAME:Gathercole]]. Can I confirm the phone number we have for you?"),
        ("c", f"[[PHONE:{ph_uk(ph)}]], the home number."),
        ("a", "Lovely. Card number when you're ready."),
        ("c", f"It's an Amex. [[CARD:{card_t(card)}]]."),
        ("a", "And the expiry?"),
        ("c", f"[[EXP:{exp_t(e)}]]. The code's on the front, [[CVV:{cv}]]."),
        ("a", f"Thanks, that's gone through on the Amex ending [[CARD:{card[-4:]}]]. Now, Dr. [[NAME:Nwachukwu]] wants to see you in ((duration:six weeks)) to check the bite. Will Thursday the ((date:9th)) at ((time:10:15)) work?"),
        ("c", "I'm at work until ((time:4)). Anything later?"),
        ("a", "We've ((time:4:40)) on the ((date:16th))."),
        ("c", "That'll do. Will it be ((price:£27.50)) again for the check-up?"),
        ("a", "That's right. We'll send a reminder ((duration:48 hours)) before."),
        ("c", "Thanks, [[NAME:Bethan]]."),
    ]


@case("asr")
def au_private_health_claim():
    mem = g.pat("99999999")
    dob = g.dob()
    em = "k dot nakamura ninety one at gmail dot com"
    card = g.card("visa")
    e = g.exp()
    cv = g.cvv()
    c = chunks(card, [4, 4, 4, 4])
    return [
        ("a", "you're through to coral health members my name's [[NAME:kirra]] can i grab your membership number"),
        ("c", f"yep [[ACCT:{sp(mem)}]]"),
        ("a", "thanks and who am i speaking with"),
        ("c", "[[NAME:kenji nakamura]]"),
        ("a", "hi [[NAME:kenji]] can you confirm your date of birth"),
        ("c", f"[[DOB:{dob_s(dob, 'num_dmy')}]]"),
        ("a", "thanks what can i do for you today"),
        ("c", "my premium payment bounced because my old card expired and i want to update it"),
        ("a", "no worries i can update that now go ahead with the new card number"),
        ("c", f"[[CARD#c:{sd(c[0])} {sd(c[1])}]] sorry the kettle's going [[CARD#c:{sd(c[2])} {sd(c[3])}]]"),
        ("a", "and the expiry on that one"),
        ("c", f"[[EXP:{exp_s(e, 'month')}]]"),
        ("a", "and the three numbers on the back"),
        ("c", f"[[CVV:{sd(cv, zero='zero')}]]"),
        ("a", "lovely your premium is ((price:two hundred and sixteen forty)) a month and i'll retry the missed one tonight so you stay covered"),
        ("c", "great and can you send me the receipt by email"),
        ("a", "sure what's the email"),
        ("c", f"[[EMAIL:{em}]]"),
        ("a", "done you've still got ((price:eight hundred dollars)) left on extras for this calendar year"),
    ]


@case("transcript")
def us_pharmacy_insulin_price():
    rx = g.pat("RX-9999999")
    dob = g.dob()
    ph = g.us_phone("480")
    return [
        ("a", "Desert Bloom Pharmacy, this is [[NAME:Mateo]], how can I help you?"),
        ("c", "Hi [[NAME:Mateo]]. I'm calling about my son's insulin. Last month it was ((price:$35)) and today the app says ((price:$289.99))."),
        ("a", "Let me check. What's the patient's name and date of birth?"),
        ("c", f"[[NAME:Caleb Strickland]], [[DOB:{dob_t(dob, 'mdy', )}]]."),
        ("a", "And you are?"),
        ("c", "His mom, [[NAME:Dana Strickland]]."),
        ("a", f"Thank you. I see prescription [[ACCT:{rx}]], ((quantity:5 pens)) of ((other:100 units/mL)). It looks like his plan changed on ((date:the 1st)) and the new plan wants a prior authorization.".replace("((date:the 1st))", "the ((date:1st))")),
        ("c", "Nobody told us that. He has ((duration:three days)) of insulin left."),
        ("a", "I'm so sorry. Two things: I can call Dr. [[NAME:Whitfield]]'s office today to start the PA, and I can apply the manufacturer's copay card, which caps it at ((price:$35)) while that goes through."),
        ("c", "Yes, please do both."),
        ("a", "Okay. The copay card is applied - the total is ((price:$35.00)). It'll be ready at the drive-thru after ((time:5:30)). What's the best number for updates?"),
        ("c", f"[[PHONE:{ph_us(ph, 2)}]]."),
        ("a", "Got it. And do you want us to email the PA status? We can send it to the email on file."),
        ("c", "Actually, use my work one, [[EMAIL:dstrickland@copperline-eng.com]]."),
        ("a", "Will do. We'll update you within ((duration:72 hours))."),
    ]


@case("asr")
def uk_pharmacy_delivery():
    nhs = g.d(10)
    dob = g.dob()
    no = g.house()
    pc = g.uk_pc("L17")
    ph = g.uk_mobile()
    return [
        ("a", "hiya you're through to mersey pharmacy [[NAME:kelly]] speaking"),
        ("c", "oh hello love it's [[NAME:maureen hatton]] i'm ringing about my husband's tablets they were meant to come yesterday"),
        ("a", "i'm sorry about that [[NAME:maureen]] what's your husband's name"),
        ("c", "[[NAME:bill]] well [[NAME:william hatton]]"),
        ("a", "and his date of birth"),
        ("c", f"[[DOB:{dob_s(dob, 'ord_of')}]] no sorry that's mine hang on his is the"),
        ("c", f"[[DOB:{dob_s(g.dob(1935, 1950), 'ord_of')}]]"),
        ("a", "okay i've found him do you know his nhs number at all"),
        ("c", f"it's on this letter [[ACCT:{sd(nhs[:3])} {sd(nhs[3:6])} {sd(nhs[6:])}]]"),
        ("a", "lovely and the address"),
        ("c", f"[[ADDR:{numw(no)} aigburth vale liverpool]] [[PC:{spell(pc)}]]"),
        ("a", "right so the driver had it out yesterday but there was no answer at ((time:half four)) he left a card"),
        ("c", "oh we were at the hospital he has his bloods done every ((duration:two weeks))"),
        ("a", "no problem i'll put it back on for tomorrow morning it's the ((other:warfarin three milligram)) and the ((quantity:twenty eight)) omeprazole"),
        ("c", "that's it and can he ring me before he comes"),
        ("a", "course what's your mobile"),
        ("c", f"[[PHONE:{sd(ph[:5])} {sp(ph[5:])}]]"),
        ("a", "brilliant he'll call about ((duration:ten minutes)) before"),
    ]


@case("asr")
def ie_gp_bill_email():
    dob = g.dob()
    ph = g.ie_land("021")
    return [
        ("a", "good afternoon blackpool family practice [[NAME:noreen]] speaking"),
        ("c", "hi [[NAME:noreen]] this is [[NAME:fiachra dolan]] i was in with doctor [[NAME:hegarty]] on tuesday and i was charged ((price:seventy euro)) but i have a gp visit card"),
        ("a", "oh sorry about that let me look it up date of birth"),
        ("c", f"[[DOB:{dob_s(dob, 'digits')}]]"),
        ("a", "okay i see it yes the card was only added on wednesday so the system didn't pick it up i'll refund the ((price:seventy)) back onto your card"),
        ("c", "great how long will that take"),
        ("a", "about ((duration:three to five working days)) do you want a receipt emailed"),
        ("c", "yeah it's [[EMAIL:f i a c h r a dot dolan at eircom dot net]]"),
        ("a", "and the spelling of the first part again"),
        ("c", "[[NAME:f i a c h r a]]"),
        ("a", "grand and is the number we have still [[PHONE:{}]]".format(sd(ph[:3]) + " " + sd(ph[3:], dbl=True))),
        ("c", "it is yeah"),
        ("a", "perfect sorry again about the mix up"),
    ]


@case("transcript")
def ca_dental_billing():
    mem = g.pat("ID 999999999")
    dob = g.dob()
    card = g.card("visa", last4=True)
    return [
        ("a", "Westbrook Family Dental, [[NAME:Shauna]] speaking."),
        ("c", "Hi, it's [[NAME:Rajesh Venkataraman]]. I'm calling about a balance on my account - ((price:$214.60))?"),
        ("a", "Hi Mr. [[NAME:Venkataraman]]. That's from the cleaning and ((count:two)) fillings on ((date:February 20)). Your insurance covered ((percentage:80%)) of the fillings but only ((percentage:70%)) of the cleaning."),
        ("c", "I thought cleanings were ((percentage:100%))."),
        ("a", "On your plan, basic is ((percentage:80%)) and preventive is ((percentage:70%)), oddly. I can resubmit if your plan says otherwise. What's your member ID?"),
        ("c", f"It's [[ACCT:{mem[3:]}]], and the plan's under my wife, [[NAME:Lakshmi]] - no sorry, [[NAME:Lakshmi Ramaswamy]], she kept her name."),
        ("a", "And her date of birth?"),
        ("c", f"[[DOB:{dob_t(dob, 'abbr')}]]."),
        ("a", "Thanks. I'll call the insurer. If it stands, would you like to pay with the card on file?"),
        ("c", "Which card is that?"),
        ("a", f"A Visa ending [[CARD:{card[-4:]}]]."),
        ("c", "Yes, that's fine."),
        ("a", "Great, I'll call you back by ((time:3:00)) today."),
    ]


# ----- car rental and roadside assistance -----------------------------------------------------


@case("asr")
def us_roadside_flat_tire():
    mem = g.pat("999 999 999 9999 999 9").replace(" ", "")
    ph = g.us_phone("614")
    plate = g.pat("AAA 9999")
    return [
        ("a", "thank you for calling keystone auto club roadside assistance this is [[NAME:rick]] are you in a safe location"),
        ("c", "yeah i'm pulled over on the shoulder i've got a flat and the spare's flat too can you believe it"),
        ("a", "oh no okay let's get someone out to you can i have your membership number"),
        ("c", f"it's a long one [[ACCT#m:{sd(mem[:6])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[ACCT#m:{sd(mem[6:13], dbl=True)}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[ACCT#m:{sd(mem[13:])}]]"),
        ("a", "thank you and your name"),
        ("c", "[[NAME:sherri vandermolen]]"),
        ("a", "okay miss [[NAME:vandermolen]] where exactly are you"),
        ("c", "i'm on ((other:seventy one)) southbound just past mile marker ((other:one oh nine)) near the rest area"),
        ("a", "okay and what vehicle"),
        ("c", f"a silver ((year:twenty nineteen)) honda cr v plate [[ACCT:{spell(plate)}]]"),
        ("a", "and a callback number"),
        ("c", f"[[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sp(ph[6:])}]]"),
        ("a", "got it the truck's estimated at ((duration:forty five minutes)) and the tow is free up to ((other:five miles)) on your plan after that it's ((price:four dollars a mile))"),
        ("c", "okay there's a tire place at exit ((other:one oh four)) can they take me there"),
        ("a", "yep that's within range they'll text you when they're ((duration:ten minutes)) out"),
    ]


@case("transcript")
def uk_car_hire_licence():
    bk = g.pat("AA999999")
    lic = g.pat("AAAAA9999999AA99")
    card = g.card("mc", last4=True)
    e = g.exp()
    cv = g.cvv()
    dob = g.dob(1960, 2000)
    return [
        ("a", "Good afternoon, Heathrow Hire, [[NAME:Zainab]] speaking. How can I help?"),
        ("c", f"Hi, I've got a booking for Saturday - reference [[ACCT:{bk}]] - and I need to change the card and add a second driver."),
        ("a", "No problem. Can I take the lead driver's name?"),
        ("c", "[[NAME:Oliver Brightwell]]."),
        ("a", "Thanks, Mr. [[NAME:Brightwell]]. I can see a VW Golf or similar, picking up at Terminal ((other:5)) at ((time:06:45)), returning on the ((date:24th)). Who's the second driver?"),
        ("c", "My sister, [[NAME:Imogen Brightwell]]."),
        ("a", "Lovely. I'll need her driving licence number and date of birth."),
        ("c", f"It's [[ACCT:{lic}]], and she was born [[DOB:{dob_t(dob, 'dmy/')}]]."),
        ("a", "Thank you. The additional driver is ((price:£12.50)) a day, capped at ((price:£125)). Now, the new card?"),
        ("c", f"[[CARD:{card_t(card)}]]."),
        ("a", "Expiry and security code?"),
        ("c", f"[[EXP:{exp_t(e)}]], [[CVV:{cv}]]."),
        ("a", f"Lovely. So the Mastercard ending [[CARD:{card[-4:]}]] is now on the booking, and the ((price:£1,200)) deposit will be held on it at pick-up. What's your flight number, in case you're delayed?"),
        ("c", "((flight_number:BA 2661)) from Nice, landing at ((time:06:05))."),
        ("a", "Perfect, we'll hold the car for ((duration:two hours)) after landing."),
    ]


@case("asr")
def ca_roadside_tow_km():
    mem = g.pat("620 999 999999999 9")
    ph = g.us_phone("780")
    pc = g.ca_pc("T")
    return [
        ("a", "alberta motor association roadside this is [[NAME:curtis]]"),
        ("c", "hi [[NAME:curtis]] my truck just died on the highway and it's ((other:minus twenty eight)) out here"),
        ("a", "okay let's get you help fast are you off the road"),
        ("c", "yeah i'm on the shoulder of the sixteen about ((other:forty kilometres)) west of edmonton near the ((other:two twenty eight)) turnoff".replace("of the sixteen", "of highway ((other:sixteen))")),
        ("a", "okay and your membership number"),
        ("c", f"um it's [[ACCT#m:{sd(mem[:3])} {sd(mem[4:7])}]] uh [[ACCT#m:{sd(mem[8:])}]]"),
        ("a", "thanks and your name"),
        ("c", "[[NAME:dwayne cardinal]]"),
        ("a", "okay [[NAME:dwayne]] and the postal code on your membership"),
        ("c", f"[[PC:{spell(pc)}]]"),
        ("a", "perfect you've got the plus plan so towing is covered up to ((other:two hundred kilometres)) where do you want to go"),
        ("c", "my mechanic's in stony plain that's maybe ((other:thirty k)) from here"),
        ("a", "no problem the truck's about ((duration:an hour and ten)) out because of the weather keep your engine off if you've got exhaust issues and stay in the vehicle"),
        ("c", "yeah i've got blankets"),
        ("a", f"good what number can the driver reach you at"),
        ("c", f"[[PHONE:{sd(ph[:3])} {sp(ph[3:6])} {sd(ph[6:])}]]"),
        ("a", "okay i'll call you back in ((duration:thirty minutes)) to check on you"),
    ]


@case("transcript")
def au_rental_damage_claim():
    ra = g.pat("RA99999999")
    claim = g.pat("DC-999999")
    card = g.card("mc", last4=True)
    return [
        ("a", "Sunburnt Country Car Rental, you're speaking with [[NAME:Brooke]]."),
        ("c", "Hi [[NAME:Brooke]], I've been charged ((price:$1,650)) for damage on a car I returned in Cairns and I didn't damage anything."),
        ("a", "I'm sorry to hear that. Do you have the rental agreement number?"),
        ("c", f"[[ACCT:{ra}]]."),
        ("a", "Thanks. And your name?"),
        ("c", "[[NAME:Mark Delacroix]]."),
        ("a", "Thanks, [[NAME:Mark]]. I can see a damage claim, [[ACCT:{}]], for a scratch on the rear bumper of the ((model_number:RAV4)). The car was returned on the ((date:3rd)) at ((time:7:12 am)) to the after-hours drop box.".format(claim)),
        ("c", "Exactly, there was nobody there to check it. I took ((count:eight)) photos in the car park before I dropped the keys."),
        ("a", "Those would really help. Could you email them to claims with the reference in the subject?"),
        ("c", "Sure. And can you stop the charge in the meantime?"),
        ("a", f"I can put it on hold for ((duration:14 days)). It was charged to your Mastercard ending [[CARD:{card[-4:]}]] - is that right?"),
        ("c", "Yes. And the car had ((other:48,311 km)) on it at return, if that matters - it's in one of the photos."),
        ("a", "That matches our record. Can I confirm your email for the claim team?"),
        ("c", "[[EMAIL:mark.delacroix@iinet.net.au]]."),
        ("a", "Perfect. You'll hear back within ((duration:five business days))."),
    ]


@case("asr")
def ie_car_hire_airport_card():
    bk = g.pat("9999999999")
    card = g.card("visa")
    c = chunks(card, [4, 4, 4, 4])
    wrong = g.slip(card, 8, 4)
    e = g.exp()
    cv = g.cvv()
    return [
        ("a", "hello shannon car hire [[NAME:dearbhla]] speaking"),
        ("c", "hi there i've a booking for tomorrow and the website keeps rejecting my card so i was told to ring"),
        ("a", "no bother what's the booking number"),
        ("c", f"[[ACCT:{sp(bk)}]]"),
        ("a", "grand and the name"),
        ("c", "[[NAME:seamus fitzpatrick]]"),
        ("a", "lovely [[NAME:seamus]] so i see a ((model_number:skoda octavia)) for ((count:seven)) days collecting at ((time:ten past nine)) off the ((flight_number:ei one oh five)) from boston".replace("((model_number:skoda octavia))", "skoda octavia")),
        ("c", "that's it yeah"),
        ("a", "okay go ahead with the card number"),
        ("c", f"[[CARD#c:{sd(c[0])} {sd(c[1])}]] [[CARD#c:{sd(wrong)}]] no sorry [[CARD#c:{sd(c[2])}]]"),
        ("a", "okay"),
        ("c", f"[[CARD#c:{sd(c[3])}]]"),
        ("a", "and the expiry date"),
        ("c", f"[[EXP:{exp_s(e, 'plain')}]]"),
        ("a", "and the three digit code"),
        ("c", f"[[CVV:{sd(cv)}]]"),
        ("a", "that's gone through now a deposit of ((price:fifteen hundred euro)) will be held on the card on collection unless you take the super cover at ((price:thirty two euro)) a day"),
        ("c", "ah go on so i'll take the cover"),
        ("a", "grand the desk is opposite arrivals in terminal ((other:one)) and they open at ((time:six)) in the morning"),
    ]


@case("transcript")
def us_rental_late_return():
    ra = g.pat("9999999999")
    card = g.card("visa", last4=True)
    e = g.exp()
    cv = g.cvv()
    email = "j.ferraro.realty@yahoo.com"
    return [
        ("a", "Thank you for calling Sunbelt Rent-A-Car, my name is [[NAME:Courtney]]. How can I help?"),
        ("c", "Hi [[NAME:Courtney]]. I've got a car due back at Tampa airport at noon today and my flight got moved. Can I extend by a day?"),
        ("a", "Sure. What's the rental agreement number? It's on the paperwork in the glove box."),
        ("c", f"[[ACCT:{ra}]]."),
        ("a", "And your last name?"),
        ("c", "[[NAME:Ferraro]]. [[NAME:Joseph Ferraro]]."),
        ("a", "Thanks, Mr. [[NAME:Ferraro]]. You have a Nissan Rogue at ((price:$58.99/day)). Extending to tomorrow at ((time:12:00)) is one more day plus tax, about ((price:$71.40)). Same card?"),
        ("c", "No, that was my company card. Use my personal one."),
        ("a", "Go ahead."),
        ("c", f"[[CARD:{card_t(card)}]], expires [[EXP:{exp_t(e, '/full')}]], CVV [[CVV:{cv}]]."),
        ("a", f"Got it, Visa ending [[CARD:{card[-4:]}]]. Also, the car had ((other:22,104)) miles at pickup and a full tank, so please refill or it's ((price:$9.49 a gallon))."),
        ("c", "Ouch. Okay. Can you email me the updated agreement?"),
        ("a", "Of course - which email?"),
        ("c", f"[[EMAIL:{email}]]."),
        ("a", "Sent. You're all set for tomorrow at noon."),
    ]


@case("asr")
def uk_breakdown_motorway():
    mem = g.pat("99999999")
    reg_ = g.pat("AA99 AAA")
    ph = g.uk_mobile()
    pc = g.uk_pc("S11")
    return [
        ("a", "you're through to road rescue my name's [[NAME:gemma]] are you and your passengers safe"),
        ("c", "yeah we're behind the barrier on the ((other:m one)) my car's just cut out and there's smoke coming out the bonnet"),
        ("a", "okay you've done the right thing stay behind the barrier what's your membership number"),
        ("c", f"i don't know it off hand is it linked to my reg it's [[ACCT:{spell(reg_, zero='zero')}]]"),
        ("a", "yes that works i've found you is that [[NAME:ravi chandarana]]"),
        ("c", "yeah that's me"),
        ("a", "and can you confirm your postcode for me [[NAME:ravi]]"),
        ("c", f"[[PC:{spell(pc)}]]"),
        ("a", "perfect and where are you exactly can you see a marker post"),
        ("c", "the blue sign says ((other:a four six one two)) slash b".replace(" slash b", "")),
        ("a", "brilliant that's northbound between junctions ((other:thirty one)) and ((other:thirty two)) i'm putting it through as a priority because it's a motorway the highways patrol might get there first"),
        ("c", "okay i've got my mum in the car she's ((other:seventy eight)) she's a bit shaken"),
        ("a", "is she okay to stand behind the barrier with you"),
        ("c", "yeah she's out"),
        ("a", f"okay your membership number is [[ACCT:{sd(mem, dbl=True)}]] if anyone asks and what number can the patrol ring you on"),
        ("c", f"[[PHONE:{sd(ph)}]]"),
        ("a", "lovely the estimated arrival is ((duration:thirty five minutes)) i'll text you a link to track them"),
    ]


@case("transcript")
def ca_rental_toll_charges():
    ra = g.pat("99999999")
    plate = g.pat("AAAA 999")
    no = g.house(10, 999)
    pc = g.ca_pc("L")
    card = g.card("mc", last4=True)
    return [
        ("a", "Maple Leaf Car Rental customer relations, [[NAME:Ashley]] speaking."),
        ("c", "Hi, I got a bill for ((price:$96.30)) in toll charges for the 407 and I only drove on it once.".replace("407", "((other:407))")),
        ("a", "I can look into that. Can I get your name and the rental agreement number?"),
        ("c", f"[[NAME:Benjamin Osei-Tutu]], and the agreement is [[ACCT:{ra}]]."),
        ("a", f"Thank you, [[NAME:Benjamin]]. I see a Kia Sportage with plate [[ACCT:{plate}]] rented ((date:April 2)) to ((date:April 6)). There are ((count:four)) trips on the toll statement, plus the ((price:$14.95)) admin fee for each."),
        ("c", "I drove it once, to the airport. Maybe the previous renter?"),
        ("a", "Let me check the times. The trips are on the ((date:3rd)) at ((time:07:42)), ((time:07:58)), and the ((date:5th))..."),
        ("c", "The ((date:3rd)) at ((time:7:42)), that was me. The others I don't know."),
        ("a", "Interesting - the ((time:07:58)) one is a duplicate of yours, I'll remove it and the admin fee. The ((date:5th)) one shows the same transponder... I'll need to escalate."),
        ("c", "Okay. Where should I send my receipts? My address is "
              f"[[ADDR:{no} Bay Street, Hamilton]], Ontario, [[PC:{pc}]], if you need to mail anything."),
        ("a", f"Thanks. I've refunded ((price:$47.15)) to the Mastercard ending [[CARD:{card[-4:]}]] and opened a case. You'll hear back within ((duration:10 business days))."),
    ]


@case("asr")
def au_roadside_battery():
    mem = g.pat("999 999 999")
    ph = g.au_mobile()
    no = g.house(1, 99)
    pc = g.au_pc(6000, 6199)
    return [
        ("a", "hi you've called west coast roadside my name's [[NAME:shaun]] what's happened"),
        ("c", "hi [[NAME:shaun]] my car won't start in the woolies car park i think it's the battery the lights are all dim"),
        ("a", "okay not a problem can i get your membership number"),
        ("c", f"[[ACCT:{sd(mem[:3])} {sd(mem[4:7])} {sd(mem[8:])}]]"),
        ("a", "and who have i got on the line"),
        ("c", "[[NAME:summer o'halloran]]"),
        ("a", "thanks [[NAME:summer]] and the address on the membership"),
        ("c", f"[[ADDR:{numw(no)} rosemary lane bassendean]] w a [[PC:{sd(pc)}]]"),
        ("a", "cool and where are you now"),
        ("c", "the woolworths on old perth road in the car park near the trolley bay row ((other:c))".replace(" row ((other:c))", "")),
        ("a", "no worries what's the car"),
        ("c", f"it's a ((year:twenty fifteen)) mazda ((model_number:three))"),
        ("a", "okay the patrol will test the battery and if it's dead they can sell you one on the spot it's about ((price:two twenty nine)) for that car with a ((duration:three year)) warranty"),
        ("c", "yeah that's fine"),
        ("a", f"and your mobile is [[PHONE:{sd(ph[:4])} {sd(ph[4:7])} {sd(ph[7:])}]]"),
        ("c", "that's the one"),
        ("a", "great they're about ((duration:fifty minutes)) away it's a busy arvo"),
    ]


@case("transcript")
def ie_roadside_motorway():
    mem = g.pat("IE999999")
    reg_ = reg(g.pat("99") + "-D-" + g.pat("99999"))
    ph = g.ie_mobile()
    return [
        ("a", "Celtic Rescue, you're through to [[NAME:Conor]]. Are you in a safe place?"),
        ("c", "I'm in the hard shoulder on the M7, near Portlaoise. The car's overheating, the temperature gauge is right up.".replace("M7", "((other:M7))")),
        ("a", "Get out of the car and stand behind the barrier, please. What's your membership number?"),
        ("c", f"[[ACCT:{mem}]]."),
        ("a", "And your name?"),
        ("c", "[[NAME:Sorcha Mulcahy]]."),
        ("a", "And the registration of the car, [[NAME:Sorcha]]?"),
        ("c", f"[[ACCT:{reg_}]]. It's a silver Ford Focus."),
        ("a", "And can you see a marker post? It'll have a number like ((other:M7 N 078.2))."),
        ("c", "The nearest says ((other:M7 S 091.6)), so I'm southbound."),
        ("a", "Perfect. Your mobile number?"),
        ("c", f"[[PHONE:{ph_ie(ph)}]]."),
        ("a", "Thanks. A technician is ((duration:40 minutes)) out. Don't open the radiator cap, it could be at ((other:120 degrees))."),
        ("c", "Wasn't planning on it! Thanks, [[NAME:Conor]]."),
    ]


@case("asr")
def us_rental_under25_dob():
    conf = g.pat("99999999AA")
    dob = g.dob(2000, 2004)
    ph = g.us_phone("702")
    email_spoken = "t r e y dot w a s h i n g t o n at icloud dot com"
    return [
        ("a", "thank you for calling mojave rentals this is [[NAME:paige]]"),
        ("c", "hey [[NAME:paige]] i'm trying to book a car for next weekend but the website keeps adding like ((price:thirty dollars)) a day"),
        ("a", "that's probably the young renter fee can i get the driver's date of birth"),
        ("c", f"[[DOB:{dob_s(dob, 'num_mdy')}]]"),
        ("a", "yeah so anyone under ((other:twenty five)) pays the young renter fee ((price:twenty nine ninety nine)) a day"),
        ("c", "man okay what if my girlfriend books it she's ((other:twenty six))"),
        ("a", "she could but she'd have to be the primary driver and you'd be an additional driver and the fee would still apply when you drive"),
        ("c", "that's dumb okay whatever just book it under me"),
        ("a", "okay name please"),
        ("c", "[[NAME:trey washington]]"),
        ("a", "and an email"),
        ("c", f"[[EMAIL:{email_spoken}]]"),
        ("a", "and phone"),
        ("c", f"[[PHONE:{sd(ph[:3])} {sd(ph[3:])}]]"),
        ("a", f"alright your confirmation is [[ACCT:{spell(conf)}]] for a compact pickup ((date:friday the twentieth)) at ((time:five pm)) from harry reid airport returning sunday at ((time:six))".replace("((date:friday the twentieth))", "friday the ((date:twentieth))")),
        ("c", "sweet thanks"),
    ]


# ----- airlines and hotels --------------------------------------------------------------------


@case("transcript")
def uk_airline_rebooking():
    pnr = g.pat("AAA9AA")
    ff = g.pat("999999999")
    return [
        ("a", "Good evening, Albion Airways, you're speaking with [[NAME:Priti]]. Can I take your booking reference?"),
        ("c", f"Hi, it's [[ACCT:{pnr}]]. Our flight to Lisbon's been cancelled."),
        ("a", "I'm so sorry. Can you confirm the lead passenger's name?"),
        ("c", "[[NAME:Daniel Okafor-Reid]]. I'm travelling with my wife [[NAME:Rose]] and our son [[NAME:Ezra]]."),
        ("a", "Thank you, Mr. [[NAME:Okafor-Reid]]. I can see ((flight_number:AB 1472)) at ((time:18:35)) was cancelled because of the air traffic control strike. I can move you to ((flight_number:AB 1480)) tomorrow at ((time:07:10)), or ((flight_number:AB 1476)) at ((time:13:55))."),
        ("c", "The ((time:13:55)), please. Our son's ((other:four)), a ((time:5 a.m.)) start would be a nightmare."),
        ("a", "Done. You're in seats ((other:23A)), ((other:23B)) and ((other:23C)). Departure's from Gatwick South, and check-in closes ((duration:40 minutes)) before."),
        ("c", "Will we get a hotel for tonight? We live two hours away.".replace("two hours", "((duration:two hours))")),
        ("a", "You can book a reasonable hotel and claim it back, up to ((price:£120)) a room, plus ((price:£15)) per person for meals. Keep the receipts."),
        ("c", "Okay. Can I add my frequent flyer number? I think it dropped off."),
        ("a", "Of course."),
        ("c", f"It's [[ACCT:{ff[:3]} {ff[3:6]} {ff[6:]}]]."),
        ("a", "Added. You'll also be entitled to ((price:£350)) each in compensation since it was cancelled with less than ((duration:14 days')) notice - sorry, let me double-check that, strikes by our own staff count but air traffic control doesn't.".replace("((duration:14 days'))", "((duration:14 days))'")),
        ("c", "So no compensation?"),
        ("a", "Not for ATC, I'm afraid. But your new confirmation will go to the email on the booking. Is it still [[EMAIL:dan.okaforreid@btinternet.com]]?"),
        ("c", "Yes, that's right. Thanks, [[NAME:Priti]]."),
    ]


@case("asr")
def ie_hotel_card_split():
    card = g.card("visa", last4=True)
    c = chunks(card, [4, 4, 4, 4])
    e = g.exp()
    cv = g.cvv()
    return [
        ("a", "good afternoon the harbour view hotel kinsale this is [[NAME:grainne]]"),
        ("c", "hi [[NAME:grainne]] i'd like to book a room for the ((date:fourteenth)) and ((date:fifteenth)) of august"),
        ("a", "lovely for how many people"),
        ("c", "((count:two)) adults and we've a dog is that okay"),
        ("a", "we do have ((count:two)) dog friendly rooms on the ground floor there's a ((price:twenty five euro)) charge per night for the dog"),
        ("c", "that's fine she's very well behaved"),
        ("a", "perfect so that's a king room at ((price:two hundred and forty)) a night with breakfast can i take a name"),
        ("c", "[[NAME:tadhg o'riordan]] that's [[NAME:t a d h g]]"),
        ("a", "thank you [[NAME:tadhg]] and a card to secure the booking"),
        ("c", f"okay it's [[CARD#c:{sd(c[0])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD#c:{sp(c[1])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD#c:{sd(c[2], dbl=True)} {sd(c[3])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXP:{exp_s(e, 'oh')}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{sd(cv)}]]"),
        ("a", f"grand so that's secured on the card ending [[CARD:{sd(card[-4:])}]] nothing is charged until you check out and you can cancel free up to ((duration:forty eight hours)) before"),
        ("c", "perfect and what time is check in"),
        ("a", "from ((time:three)) and your room will be ((other:one oh six))"),
    ]


@case("transcript")
def us_hotel_loyalty_amex():
    loy = g.pat("999 999 999")
    card = g.card("amex", last4=True)
    e = g.exp()
    cv = g.cvv(4)
    zp = g.zip5("606")
    return [
        ("a", "Thank you for calling Lakefront Suites reservations, this is [[NAME:Brandon]]. May I have your rewards number?"),
        ("c", f"Sure, it's [[ACCT:{loy}]]."),
        ("a", "Thank you. I have the account under [[NAME:Felicity Abernathy]] - is that you?"),
        ("c", "That's me."),
        ("a", "Thank you, Ms. [[NAME:Abernathy]]. How can I help today?"),
        ("c", "I need ((count:three)) rooms for a work trip, ((date:October 8)) through the ((date:11th)), at your Chicago River North hotel."),
        ("a", "Let me check... I have ((count:three)) king rooms at ((price:$289)) a night, or your corporate rate of ((price:$249)) if you book with the company card."),
        ("c", "The corporate rate, please. The other two guests are [[NAME:Tomasz Wierzbicki]] and [[NAME:June Okeke]]."),
        ("a", "Perfect. And the card?"),
        ("c", f"It's the corporate Amex, [[CARD:{card_t(card)}]]."),
        ("a", "Expiration and the four-digit security code?"),
        ("c", f"[[EXP:{exp_t(e, '/')}]] and [[CVV:{cv}]]."),
        ("a", "And the billing ZIP code for the card?"),
        ("c", f"[[PC:{zp}]]."),
        ("a", f"Thank you. All ((count:three)) rooms are confirmed on the Amex ending [[CARD:{card[-4:]}]]. You'll be on the ((other:14th floor)), and parking is ((price:$62)) a night."),
        ("c", "Yikes. We'll take the train. Is there a gym?"),
        ("a", "Yes, on floor ((other:3)), open ((other:24/7))."),
        ("c", "Great. Thanks, [[NAME:Brandon]]."),
    ]


@case("asr")
def au_airline_lost_bag():
    tag = g.pat("AA999999")
    fref = g.pat("AAAAA99999")
    ph = g.au_mobile()
    no = g.house(1, 300)
    pc = g.au_pc(3000, 3207)
    return [
        ("a", "welcome to southern skies baggage services my name's [[NAME:jess]] how can i help"),
        ("c", "hi [[NAME:jess]] my bag didn't come off the plane in melbourne i was on ((flight_number:s k four one two)) from sydney this morning"),
        ("a", "i'm sorry about that did you fill out a report at the airport"),
        ("c", f"yeah they gave me a reference [[ACCT:{spell(fref)}]]"),
        ("a", "thanks can i take the name on the report"),
        ("c", "[[NAME:hunter mcallister]]"),
        ("a", "thanks [[NAME:hunter]] do you have the bag tag number it's on the sticker they put on your boarding pass"),
        ("c", f"um it says [[ACCT#t:{spell(tag[:2])}]] and then [[ACCT#t:{sd(tag[2:])}]]"),
        ("a", "okay good news the bag was scanned in brisbane it looks like it went on the wrong flight it'll come down on the ((flight_number:s k four four three)) landing ((time:six forty)) tonight"),
        ("c", "oh thank god it's got my work laptop in it"),
        ("a", "we'll courier it to you tonight or tomorrow morning what address"),
        ("c", f"[[ADDR:{numw(no)} brunswick street fitzroy]] [[PC:{sd(pc)}]]"),
        ("a", "and a mobile for the driver"),
        ("c", f"[[PHONE:{sd(ph[:4])} {sp(ph[4:])}]]"),
        ("a", f"perfect and if you need to buy anything tonight you can claim up to ((price:a hundred and fifty dollars)) just keep the receipts"),
        ("c", "great cheers"),
    ]


@case("transcript")
def ca_airline_refund_readback():
    bk = g.pat("AAA9AA")
    card = g.card("visa", last4=True)
    return [
        ("a", "Thank you for calling Northern Lights Air, my name is [[NAME:Genevieve]]. How may I help you?"),
        ("c", "Hi [[NAME:Genevieve]]. My flight from Ottawa to Vancouver on the ((date:19th)) was cancelled and I was promised a refund ((duration:six weeks)) ago."),
        ("a", "I apologize for the wait. May I have the booking reference?"),
        ("c", f"[[ACCT:{bk}]]."),
        ("a", "Thank you. And the passenger names?"),
        ("c", "[[NAME:Marguerite Lavoie]] and [[NAME:Yusuf Hassan]]."),
        ("a", "Thank you, [[NAME:Marguerite]]. I see ((flight_number:NL 308)) was cancelled, and a refund of ((price:$1,146.22)) was approved on ((date:May 2)). It went back to the original form of payment, the Visa ending in [[CARD:{}]].".format(card[-4:])),
        ("c", "That card was cancelled last month - I lost my wallet."),
        ("a", "Then your bank should forward it to your new card. If it bounced back to us, we'd issue a travel credit instead."),
        ("c", "I don't want a credit. Can you check?"),
        ("a", "I'll open a payment trace - it takes ((duration:7 to 10 business days)). Can I confirm your email?"),
        ("c", "[[EMAIL:mlavoie.ottawa@videotron.ca]]."),
        ("a", "Perfect. You'll also be eligible for ((price:$400)) each under the passenger protection rules, since the cancellation was within our control. I'll submit that now."),
        ("c", "Oh! I didn't know that. Thank you so much."),
    ]


@case("asr")
def us_airline_known_traveler():
    ktn = g.pat("TT9999999").replace("TT", "")
    dob = g.dob()
    conf = g.pat("AA9AAA")
    return [
        ("a", "thanks for calling frontier peaks airlines this is [[NAME:jared]] can i get your confirmation code"),
        ("c", f"yeah it's [[ACCT:{spell(conf)}]]"),
        ("a", "and the passenger name"),
        ("c", "[[NAME:anita kapoor-mehta]]".replace("-", " ")),
        ("a", "thanks miss [[NAME:kapoor mehta]] what can i help with"),
        ("c", "my boarding pass doesn't have pre check on it and i have a known traveler number"),
        ("a", "okay it might not be in the reservation let me add it what's the number"),
        ("c", f"[[ACCT:{sd(ktn)}]]"),
        ("a", "and to match it i need your date of birth exactly as on your id"),
        ("c", f"[[DOB:{dob_s(dob, 'month_day', us=True)}]]"),
        ("a", "okay it's added and it matched your boarding pass should update within about an hour you're on ((flight_number:f p nineteen oh six)) tomorrow at ((time:six fifteen a m)) gate ((other:b twelve)) seat ((other:fourteen c))"),
        ("c", "can i move to an aisle"),
        ("a", "i have ((other:nine d)) for ((price:thirty nine dollars)) or ((other:twenty two c)) for free"),
        ("c", "i'll take ((other:twenty two c))"),
        ("a", "done anything else"),
        ("c", "nope that's it thanks [[NAME:jared]]"),
    ]


@case("transcript")
def ie_hotel_complaint():
    bk = g.pat("HVD-99999")
    return [
        ("a", "Good morning, Merrion Grove Hotel guest relations, [[NAME:Niamh]] speaking."),
        ("c", "Hi [[NAME:Niamh]], I stayed with you last weekend and I want to make a complaint."),
        ("a", "I'm sorry to hear that. Can I take your name and booking reference?"),
        ("c", f"[[NAME:Colm Brannigan]], reference [[ACCT:{bk}]]."),
        ("a", "Thank you, Mr. [[NAME:Brannigan]]. I see you were in room ((other:412)) for ((count:two)) nights, checking out on the ((date:9th))."),
        ("c", "Yes. The heating didn't work. It was ((other:14 degrees)) in the room - I had a thermometer on my phone. We were moved to ((other:508)) at ((time:11pm)) and that one faced the nightclub."),
        ("a", "That's not the stay we want for anyone. Did you speak to the night manager?"),
        ("c", "Yes, a fella called [[NAME:Gavin]]. He said he'd note it but we still paid the full ((price:€389)) a night."),
        ("a", "I can see [[NAME:Gavin]]'s note. I'd like to refund the first night in full and offer ((percentage:25%)) off the second."),
        ("c", "That's fair enough. Will it go back on my card?"),
        ("a", "Yes, within ((duration:five to seven working days)). I'll send a confirmation to the email on the booking."),
        ("c", "Can you send it to my wife's instead? [[EMAIL:aine.brannigan@gmail.com]]. She booked it."),
        ("a", "Of course. And is that [[NAME:Aine]] spelled A-I-N-E?".replace("A-I-N-E", "[[NAME:A-I-N-E]]")),
        ("c", "That's it."),
    ]


@case("asr")
def uk_hotel_card_correction():
    card = g.card("mc", last4=True)
    c = chunks(card, [4, 4, 4, 4])
    wrong = g.slip(card, 4, 4)
    e = g.exp()
    cv = g.cvv()
    ph = g.uk_land("0161")
    pc = g.uk_pc("M14")
    return [
        ("a", "good evening the quayside hotel salford [[NAME:tomasz]] speaking"),
        ("c", "hiya i need to book a twin room for tomorrow night for my lad and his mate they've got a gig at the arena"),
        ("a", "no problem we've got a twin at ((price:ninety eight pounds)) room only can i take a name for the booking"),
        ("c", "put it under me [[NAME:dawn whitworth]] but the guests are [[NAME:kieran whitworth]] and [[NAME:josh]] i don't know his surname"),
        ("a", "that's fine and a card to guarantee it"),
        ("c", f"[[CARD#c:{sp(c[0])}]] [[CARD#c:{sp(wrong)}]] no wait [[CARD#c:{sp(c[1])}]] [[CARD#c:{sp(c[2])}]] [[CARD#c:{sp(c[3])}]]"),
        ("a", f"so that's [[CARD:{sd(card)}]]"),
        ("c", "yeah that's right"),
        ("a", "and the expiry date"),
        ("c", f"[[EXP:{exp_s(e, 'slash')}]]"),
        ("a", "and the last three digits on the back"),
        ("c", f"[[CVV:{sd(cv)}]]"),
        ("a", "and a postcode for the card"),
        ("c", f"[[PC:{spell(pc)}]]"),
        ("a", "and a number to reach you on"),
        ("c", f"[[PHONE:{sd(ph[:4])} {sd(ph[4:], dbl=True)}]]"),
        ("a", "perfect they can check in from ((time:three)) and check out is by ((time:eleven)) breakfast is ((price:fourteen ninety five)) each if they want it"),
        ("c", "they'll want it trust me"),
    ]


@case("transcript")
def us_hotel_lost_item_tracking():
    trk = g.tracking(22)
    no = g.house(100, 9999)
    zp = g.zip4("981")
    return [
        ("a", "Puget Sound Inn, front desk, this is [[NAME:Kyle]]."),
        ("c", "Hi [[NAME:Kyle]], I checked out yesterday and I think I left my laptop charger in room ((other:718))."),
        ("a", "Let me check lost and found. What's the name on the reservation?"),
        ("c", "[[NAME:Ingrid Solberg]]."),
        ("a", "Yes, Ms. [[NAME:Solberg]], housekeeping found a ((model_number:USB-C 65W)) charger and a phone cable. We can ship them for ((price:$15))."),
        ("c", "That'd be great. Ship them to [[ADDR:" + f"{no} Rainier Avenue South, Apt 4C, Seattle" + f"]], WA [[PC:{zp}]]."),
        ("a", "Done. It'll go out with the ((time:3 pm)) pickup. The tracking number is ((other:" + trk + "))."),
        ("c", "Can you text that to me? I won't remember it."),
        ("a", "Sure - I'll text it to the mobile on the reservation."),
        ("c", "Perfect. Oh, and my colleague [[NAME:Viktor]] was in ((other:720)) - he says he left a book."),
        ("a", "I'll check with housekeeping for [[NAME:Viktor]] and call you back in ((duration:15 minutes))."),
    ]


@case("asr")
def ca_hotel_asr_digits():
    card = g.card("visa", last4=True)
    e = g.exp()
    cv = g.cvv()
    pc = g.ca_pc("H")
    return [
        ("a", "bonjour hello chateau fleuve hotel [[NAME:sophie]] speaking"),
        ("c", "hi i'd like to reserve a room for the winter carnival weekend"),
        ("a", "of course which dates"),
        ("c", "arriving the ((date:thirtieth)) of january leaving the ((date:second))"),
        ("a", "okay i have a queen room at ((price:two seventy nine)) or a suite with a river view at ((price:four forty)) per night"),
        ("c", "the queen's fine"),
        ("a", "name please"),
        ("c", "[[NAME:bill tremblay]]"),
        ("a", "thank you mister [[NAME:tremblay]] and the card"),
        ("c", f"[[CARD#c:{card[:4]} {card[4:6]} {card[6:12]}]] uh"),
        ("a", "sorry you cut out after the first ((count:twelve)) digits"),
        ("c", f"oh the last bit is [[CARD#c:{sp(card[12:])}]]"),
        ("a", f"so the full number is [[CARD:{sd(card, dbl=True)}]]"),
        ("c", "yep"),
        ("a", "got it expiry"),
        ("c", f"[[EXP:{exp_s(e, 'month_full')}]]"),
        ("a", "and the code on the back"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "and the postal code for the billing address"),
        ("c", f"[[PC:{spell(pc)}]]"),
        ("a", "perfect and an email for the confirmation"),
        ("c", "[[EMAIL:b tremblay at videotron dot ca]] that's b t r e m b l a y".replace("that's b t r e m b l a y", "that's [[EMAIL:b t r e m b l a y at videotron dot ca]]")),
        ("a", "thank you parking is ((price:thirty two dollars)) a night and the ice hotel shuttle leaves at ((time:six thirty))"),
    ]


@case("transcript")
def uk_airline_name_correction():
    pnr = g.pat("AA9AAA")
    dob = g.dob()
    ph = g.uk_mobile()
    return [
        ("a", "Hello, Caledonian Air, [[NAME:Ewan]] speaking. How can I help?"),
        ("c", f"Hi [[NAME:Ewan]], my surname's spelt wrong on my ticket. Booking [[ACCT:{pnr}]]."),
        ("a", "Let's get that sorted. What does it say at the moment?"),
        ("c", "It says [[NAME:Siobhan Mcaulay]] but it should be [[NAME:M-C-A-U-L-E-Y]], with an E-Y at the end."),
        ("a", "So [[NAME:Siobhan McAuley]]. Can you confirm your date of birth as it's on your passport?"),
        ("c", f"[[DOB:{dob_t(dob, 'dmy')}]]."),
        ("a", "Thank you. Corrections of up to ((count:three)) letters are free, so there's no charge. You're on ((flight_number:CA 215)) from Glasgow to Dublin on the ((date:17th)), departing ((time:08:20))."),
        ("c", "Brilliant. And can I add my sister? She's booked separately but we'd like to sit together."),
        ("a", "What's her booking reference?"),
        ("c", "I don't have it, but it's under [[NAME:Kirsty McAuley]] and her mobile's the same as mine."),
        ("a", f"Is that [[PHONE:{ph_uk(ph, intl=True)}]]?"),
        ("c", "Yes."),
        ("a", "Found it. I've linked the bookings. Seats ((other:7A)) and ((other:7B)) are free to reserve for ((price:£8)) each, or you'll be seated together automatically at check-in if it's possible."),
        ("c", "We'll pay the ((price:£16)). Thanks, [[NAME:Ewan]]."),
    ]


@case("asr")
def us_airline_pet_fee_card():
    conf = g.pat("AA9A9A")
    card = g.card("disc")
    e = g.exp()
    cv = g.cvv()
    return [
        ("a", "thank you for calling gulf coast air my name is [[NAME:tamika]] how can i help"),
        ("c", "hi i need to add my cat to my flight in cabin"),
        ("a", "sure can i get the confirmation code"),
        ("c", f"[[ACCT:{spell(conf)}]]"),
        ("a", "and your name"),
        ("c", "[[NAME:lucille boudreaux]]"),
        ("a", "thank you [[NAME:lucille]] so you're on ((flight_number:g c twenty two forty)) new orleans to houston on the ((date:ninth)) the in cabin pet fee is ((price:ninety five dollars)) each way and the carrier has to fit under the seat about ((other:eighteen by eleven by eleven)) inches"),
        ("c", "that's fine her name is biscuit she's about ((quantity:nine pounds))"),
        ("a", "aw okay i can take the payment now"),
        ("c", f"it's a discover card [[CARD#c:{sp(card[:4])}]] um [[CARD#c:{sp(card[4:8])}]] um [[CARD#c:{sd(card[8:12])}]] [[CARD#c:{sp(card[12:])}]]"),
        ("a", "expiration"),
        ("c", f"[[EXP:{exp_s(e, 'oh')}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{sd(cv)}]]"),
        ("a", "you're all set you'll need her rabies certificate at the counter and check in at least ((duration:an hour and a half)) before"),
    ]


@case("asr")
def ie_airline_seat_change():
    bk = g.pat("A9AAAA")
    ff = g.pat("999999999")
    return [
        ("a", "hello aer atlantic reservations [[NAME:cathal]] speaking"),
        ("c", "hi [[NAME:cathal]] i'm flying to new york on the ((date:twenty first)) and i want to change my seat it's put me in the middle"),
        ("a", "no problem what's the booking reference"),
        ("c", f"[[ACCT:{spell(bk)}]]"),
        ("a", "and the passenger name"),
        ("c", "[[NAME:ruairi o'connell]]"),
        ("a", "thanks [[NAME:ruairi]] you're on the ((flight_number:e a one oh five)) dublin to jfk at ((time:eleven forty)) in seat ((other:thirty four e)) i have ((other:twenty eight a)) window or ((other:thirty one c)) aisle"),
        ("c", "the aisle please my knees are bad i'm ((other:six foot four))"),
        ("a", "done and you've got the ((quantity:twenty three kilo)) bag included would you like to add your frequent flyer number"),
        ("c", f"yeah it's [[ACCT:{sd(ff[:3])} {sd(ff[3:6])} {sd(ff[6:])}]]"),
        ("a", "added you'll earn ((count:six thousand)) points on that return"),
        ("c", "grand thanks a million"),
    ]


# ----- banking --------------------------------------------------------------------------------


@case("transcript")
def us_bank_fraud_ssn4():
    ssn = g.ssn()
    dob = g.dob()
    card = g.card("visa", last4=True)
    ph = g.us_phone("313")
    return [
        ("a", "Great Lakes Federal Credit Union fraud prevention, this is [[NAME:Derek]]. We're calling about some unusual activity on your debit card. Is this [[NAME:Yvonne Castellanos]]?"),
        ("c", "Yes, this is she."),
        ("a", "Thank you. Before I go on, can you verify the last four digits of your Social Security number and your date of birth?"),
        ("c", f"[[SSN:{ssn[-4:]}]], and [[DOB:{dob_t(dob, 'mdy')}]]."),
        ("a", f"Thank you, Ms. [[NAME:Castellanos]]. This is about the Visa debit card ending in [[CARD:{card[-4:]}]]. Did you make a purchase of ((price:$1,249.00)) at an electronics store in Miami today at ((time:9:14 a.m.))?"),
        ("c", "No! I'm in Detroit, I've been at work since ((time:seven))."),
        ("a", "And a ((price:$1.00)) charge at a gas station yesterday at ((time:11:52 p.m.))?"),
        ("c", "No, that's not me either."),
        ("a", "Okay. Those look like card testing. I've blocked the card and declined the ((price:$1,249)) charge. I'll order a new card; it'll arrive in ((duration:5 to 7 business days)). Is your mailing address still the same?"),
        ("c", "Yes. Can I get it faster? I'm travelling on the ((date:14th))."),
        ("a", "I can expedite it for free, it'll arrive in ((duration:two business days)). We'll text the tracking to [[PHONE:" + ph_us(ph, 1) + "]]."),
        ("c", "That's my cell, yes. Thank you, [[NAME:Derek]]."),
    ]


@case("asr")
def uk_bank_sort_code_ni():
    sc = g.d(6)
    acct = g.d(8)
    dob = g.dob()
    ni = g.ni()
    pc = g.uk_pc("EH7")
    return [
        ("i", "welcome to lothian bank please say or enter your sort code and account number"),
        ("c", f"[[ACCT:{sp(sc)}]] [[ACCT:{sd(acct)}]]"),
        ("i", "thank you please hold while we connect you"),
        ("a", "hello you're through to [[NAME:isla]] can i take your full name please"),
        ("c", "[[NAME:struan macleod]]"),
        ("a", "thanks [[NAME:struan]] and your date of birth"),
        ("c", f"[[DOB:{dob_s(dob, 'num_dmy')}]]"),
        ("a", "and your postcode"),
        ("c", f"[[PC:{spell(pc)}]]"),
        ("a", "lovely how can i help"),
        ("c", "i'm opening an isa and the form's asking for my national insurance number i've got it here"),
        ("a", "i can add that for you go ahead"),
        ("c", f"[[SSN:{spell(ni[:2])} {sp(ni[2:8])} {ni[8].lower()}]]"),
        ("a", f"so that's [[SSN:{spell(ni)}]]"),
        ("c", "that's it"),
        ("a", "great that's added the cash isa is paying ((percentage:four point one percent)) and you can put in up to ((price:twenty thousand pounds)) this tax year"),
        ("c", "i'll do ((price:five grand)) for now"),
    ]


@case("transcript")
def ca_bank_sin_card():
    sin = g.sin()
    dob = g.dob()
    pc = g.ca_pc("B")
    card = g.card("visa", last4=True)
    no = g.house(1, 400)
    return [
        ("a", "Atlantic Trust, this is [[NAME:Kyle]] in new accounts."),
        ("c", "Hi [[NAME:Kyle]]. I'd like to open a TFSA and I was told I could do it by phone."),
        ("a", "Absolutely. I'll need some information. Your full legal name?"),
        ("c", "[[NAME:Rowan Fitzgerald-Doucette]]."),
        ("a", "Date of birth?"),
        ("c", f"[[DOB:{dob_t(dob, 'dmy/')}]]. Day first."),
        ("a", "Thank you. Home address and postal code?"),
        ("c", f"[[ADDR:{no} Robie Street, Halifax]], Nova Scotia, [[PC:{pc}]]."),
        ("a", "And since a TFSA is registered, I need your Social Insurance Number."),
        ("c", f"[[SSN:{sin[:3]}-{sin[3:6]}-{sin[6:]}]]."),
        ("a", "Thank you. Your contribution room this year is ((price:$7,000)). Would you like to fund it from your chequing account or by debit from another bank?"),
        ("c", "Chequing. ((price:$2,500)) to start, please."),
        ("a", f"Done. Also, I see your Visa ending in [[CARD:{card[-4:]}]] is up for renewal next month - the new one's already in the mail."),
        ("c", "Perfect, thanks."),
    ]


@case("asr")
def au_bank_bsb_tfn():
    bsb = g.pat("06")
    bsb = reg(bsb + g.d(4))
    acct = g.d(8)
    tfn = g.tfn()
    dob = g.dob()
    no = g.house(1, 150)
    pc = g.au_pc(2600, 2617)
    ph = g.au_land("02")
    return [
        ("a", "good morning southern cross bank my name's [[NAME:lachlan]] how can i help"),
        ("c", "hi [[NAME:lachlan]] i've started a new job and they want me to set up a savings account for my pay"),
        ("a", "easy can i get your full name"),
        ("c", "[[NAME:matilda chen-harris]]".replace("-", " ")),
        ("a", "and can i have your birthday"),
        ("c", f"[[DOB:{dob_s(dob, 'ord_of')}]]"),
        ("a", "and your residential address"),
        ("c", f"[[ADDR:{numw(no)} mort street braddon]] a c t [[PC:{sd(pc)}]]"),
        ("a", "thanks would you like to give us your tax file number if you don't we have to withhold tax on the interest"),
        ("c", f"oh yeah it's [[SSN:{sd(tfn[:3])} {sd(tfn[3:6])} {sd(tfn[6:])}]]"),
        ("a", f"lovely your new bsb is [[ACCT:{sd(bsb[:3])} {sd(bsb[3:])}]] and the account number is [[ACCT:{sp(acct)}]] you'll earn ((percentage:five point one)) percent for the first ((duration:four months))".replace("((percentage:five point one)) percent", "((percentage:five point one percent))")),
        ("c", "and that's what i give to payroll"),
        ("a", "that's right and is [[PHONE:{}]] the best contact number".format(sd(ph[:2]) + " " + sd(ph[2:6], dbl=True) + " " + sd(ph[6:]))),
        ("c", "no that's my mum's landline use my mobile it's the same as my username on the app"),
        ("a", "ah okay i'll just leave it for now and you can update it in the app"),
    ]


@case("transcript")
def ie_bank_pps_iban():
    pps = g.pps()
    iban = g.pat("IE99 AAAA 9999 9999 9999 99")
    dob = g.dob()
    ph = g.ie_mobile()
    ec = g.eircode("D08")
    no = g.house(1, 90)
    return [
        ("a", "Good afternoon, Anna Livia Bank, you're speaking to [[NAME:Fionnuala]]."),
        ("c", "Hi [[NAME:Fionnuala]]. I need to set up a standing order for my rent and I want to check the details."),
        ("a", "Of course. Can I take your name and date of birth?"),
        ("c", f"[[NAME:Killian Doherty]], [[DOB:{dob_t(dob, 'ord')}]]."),
        ("a", "And the mobile number on your account?"),
        ("c", f"[[PHONE:{ph_ie(ph)}]]."),
        ("a", "Thanks, [[NAME:Killian]]. I've sent a code to that phone - can you read it to me?"),
        ("c", "((other:448 210)). Is it safe to read that out?".replace("((other:448 210))", "It's ((other:448 210))")),
        ("a", "Yes, to us, on a call you started. Now, who's the landlord?"),
        ("c", f"[[NAME:Agnieszka Nowicka]]. Her IBAN is [[ACCT:{iban}]]."),
        ("a", "And the amount and date?"),
        ("c", "((price:€1,650)) on the ((date:1st)) of every month, starting next month."),
        ("a", "Done. One more thing - we're updating our records and I see we don't have your PPS number on file. Do you have it?"),
        ("c", f"Sure, [[SSN:{pps}]]."),
        ("a", f"Thank you. And your address is still [[ADDR:Apartment {g.house(1, 40)}, {no} Thomas Street, Dublin 8]], [[PC:{ec}]]?"),
        ("c", "That's right."),
    ]


@case("asr")
def us_bank_ssn_spoken_correction():
    ssn = g.ssn()
    no = g.house(100, 9999)
    zp = g.zip4("152")
    card = g.card("mc", last4=True)
    wrong_mid = ssn[3:5][::-1] if ssn[3] != ssn[4] else ("1" if ssn[3] != "1" else "2") + ssn[4]
    return [
        ("a", "three rivers bank this is [[NAME:colleen]] how can i help you"),
        ("c", "hi my debit card got eaten by the atm on liberty avenue and i need a new one"),
        ("a", "oh i'm sorry let me get you verified can i have your full name"),
        ("c", "[[NAME:stanley wojcik]]"),
        ("a", "and your social security number"),
        ("c", f"[[SSN#s:{sd(ssn[:3])}]] [[SSN#s:{sd(wrong_mid)}]] no [[SSN#s:{sd(ssn[3:5])}]] [[SSN#s:{sd(ssn[5:])}]]"),
        ("a", f"let me read that back [[SSN:{sd(ssn[:3])} {sd(ssn[3:5])} {sd(ssn[5:])}]]"),
        ("c", "yes that's right sorry i always mix up the middle"),
        ("a", f"no problem and the address we'd mail the card to is [[ADDR:{numw(no)} murray avenue pittsburgh]] [[PC:{sd(zp[:5])} {sd(zp[6:])}]]"),
        ("c", "yep still there"),
        ("a", f"okay i've cancelled the card ending [[CARD:{sp(card[-4:])}]] a new one will arrive in ((duration:seven to ten days)) or you can pick up an instant card at any branch"),
        ("c", "which branch is closest to squirrel hill"),
        ("a", "the forbes avenue branch it's open till ((time:five)) today and ((time:noon)) on saturday".replace("((time:noon))", "noon")),
        ("c", "great i'll go there thanks [[NAME:colleen]]"),
    ]


@case("transcript")
def uk_credit_card_slip():
    card = g.card("visa")
    wrong = g.slip(card, 12, 4)
    e = g.exp()
    cv = g.cvv()
    dob = g.dob()
    pc = g.uk_pc("B15")
    return [
        ("a", "Midland Card Services, [[NAME:Harpreet]] speaking. How can I help?"),
        ("c", "Hi, I want to pay off my credit card balance with my debit card."),
        ("a", "No problem. Can I take the credit card number first, please?"),
        ("c", f"[[CARD#c:{card[:4]} {card[4:8]} {card[8:12]} {wrong}]] - sorry, no, the last bit is [[CARD#c:{card[12:]}]]."),
        ("a", "Thank you. And your name, date of birth and postcode?"),
        ("c", f"[[NAME:Olumide Adeyemi]], [[DOB:{dob_t(dob, 'dmy')}]], [[PC:{pc}]]."),
        ("a", "Thanks, [[NAME:Olumide]]. Your balance is ((price:£1,482.19)) and the minimum payment of ((price:£44.47)) is due on the ((date:25th)). How much would you like to pay?"),
        ("c", "All of it. Can I also check the interest rate?"),
        ("a", "It's ((percentage:24.9% APR)) on purchases. Paying in full means no interest next month. Now, the debit card number?"),
        ("c", "Hang on, let me get it out of my purse."),
        ("c", f"[[CARD:{card_t(g.card('visa'))}]], expiry [[EXP:{exp_t(e)}]], and the code is [[CVV:{cv}]]."),
        ("a", "Thank you, that's gone through. You'll see it on your account in ((duration:one to two working days))."),
    ]


@case("asr")
def ca_credit_card_lost_split():
    card = g.card("mc", last4=True)
    sin = g.sin()
    dob = g.dob()
    ph = g.us_phone("902")
    return [
        ("a", "hi you've reached harbour card services lost and stolen this is [[NAME:jolene]]"),
        ("c", "hi i think i lost my credit card at the airport in halifax"),
        ("a", "okay let's block it right away do you have the card number"),
        ("c", "not the whole thing but it's on my statement on my phone hold on"),
        ("c", f"okay [[CARD#c:{sd(card[:4])} {sd(card[4:8])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD#c:{sd(card[8:12])}]] sorry my flight's boarding they're calling rows ((other:twenty)) to ((other:thirty)) [[CARD#c:{sd(card[12:])}]]"),
        ("a", "okay and your name"),
        ("c", "[[NAME:reginald mackenzie]]"),
        ("a", "and the last four of your social insurance number"),
        ("c", f"[[SSN:{sd(sin[-4:])}]]"),
        ("a", "and when were you born"),
        ("c", f"[[DOB:{dob_s(dob, 'month_day')}]]"),
        ("a", f"thank you mister [[NAME:mackenzie]] the card ending [[CARD:{sd(card[-4:])}]] is blocked i see no new charges since ((time:one twelve pm)) the replacement will go to your home address in ((duration:five to seven business days))"),
        ("c", "great and can you text me when it ships"),
        ("a", f"sure to [[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]]"),
        ("c", "yep gotta run thanks"),
    ]


@case("transcript")
def au_bank_tfn_email():
    tfn = g.tfn()
    dob = g.dob()
    acct = g.pat("9999 99999")
    ph = g.au_mobile()
    return [
        ("a", "Thanks for calling Kookaburra Credit Union, you're speaking with [[NAME:Tegan]]."),
        ("c", f"Hi [[NAME:Tegan]], my name's [[NAME:Angus Pemberton]]. My member number is [[ACCT:{acct}]]."),
        ("a", "Thanks, [[NAME:Angus]]. Can you confirm your date of birth and mobile?"),
        ("c", f"[[DOB:{dob_t(dob, 'dmy')}]] and [[PHONE:{ph_au(ph, intl=True)}]]."),
        ("a", "Perfect. What can I help with?"),
        ("c", "I got a letter saying you withheld ((percentage:47%)) tax on my interest because I didn't give you a TFN. I did give it to you!"),
        ("a", "I'm sorry, it's not showing on your profile. Would you like to give it to me now?"),
        ("c", f"Yes, it's [[SSN:{tfn[:3]} {tfn[3:6]} {tfn[6:]}]]."),
        ("a", "Thank you, that's added. The ((price:$84.60)) withheld this year will be credited to you when you lodge your return."),
        ("c", "Okay. Can you email me a statement showing that?"),
        ("a", "Sure. What's your email?"),
        ("c", "[[EMAIL:angus.pemberton@optusnet.com.au]]."),
        ("a", "Sent. It'll come from our no-reply address within ((duration:ten minutes))."),
    ]


@case("asr")
def uk_bank_same_as_phone():
    ph = g.uk_mobile()
    acct = g.d(8)
    ni = g.ni()
    dob = g.dob()
    return [
        ("a", "good afternoon pennine building society [[NAME:lauren]] speaking"),
        ("c", "hiya it's [[NAME:frank oduya]] i'm trying to log in and it says my account number's wrong"),
        ("a", "okay what are you putting in"),
        ("c", "i thought it was the same as my phone number because i set it up that way years ago"),
        ("a", "ah no your account number is separate but you might have set your phone number as your username can you give me your date of birth"),
        ("c", f"[[DOB:{dob_s(dob, 'ord_of')}]]"),
        ("a", "and your mobile"),
        ("c", f"[[PHONE:{sd(ph[:5])} {sd(ph[5:])}]]"),
        ("a", f"thanks [[NAME:frank]] and for extra security the last ((count:three)) characters of your national insurance number"),
        ("c", f"[[SSN:{spell(ni)}]] oh sorry you only wanted the last ((count:three))"),
        ("a", "that's alright it matches your account number is [[ACCT:{}]] and your username is the same as your mobile number".format(sd(acct))),
        ("c", "right that makes sense cheers"),
        ("a", "you're welcome and the grace period on your mortgage payment ends on the ((date:fifth)) just so you know"),
    ]


@case("transcript")
def us_mortgage_ssn_email():
    loan = g.pat("0099999999")
    ssn = g.ssn()
    zp = g.zip5("276")
    no = g.house(100, 9999)
    return [
        ("a", "Thank you for calling Tar Heel Home Lending, this is [[NAME:Whitney]]. Can I have your loan number?"),
        ("c", f"It's [[ACCT:{loan}]]."),
        ("a", "And your name?"),
        ("c", "[[NAME:Cedric Bolden]]. My wife [[NAME:Grace]] is on the loan too."),
        ("a", "Thank you, Mr. [[NAME:Bolden]]. To verify, I'll need your Social Security number and the property address."),
        ("c", f"[[SSN:{ssn[:3]} {ssn[3:5]} {ssn[5:]}]]. The house is [[ADDR:{no} Glenwood Avenue, Raleigh]], [[PC:{zp}]]."),
        ("a", "Thank you. What's the question on the loan today?"),
        ("c", "Our escrow went up and the payment jumped from ((price:$1,912)) to ((price:$2,287)). What happened?"),
        ("a", "Your county property tax went up about ((percentage:18%)) after the reassessment, and your homeowners insurance went from ((price:$1,640)) to ((price:$2,310)) a year. That created a shortage of ((price:$1,118))."),
        ("c", "Can we pay the shortage up front instead?"),
        ("a", "Yes, if you pay it by ((date:June 30)), your payment would be ((price:$2,194)) instead. I can email you the escrow analysis."),
        ("c", "Please. Send it to [[EMAIL:cbolden.grace@outlook.com]]."),
        ("a", "Done. Anything else?"),
        ("c", "No, that's everything. Thank you, [[NAME:Whitney]]."),
    ]


@case("asr")
def ie_credit_union_pps_spoken():
    pps = g.pps()
    mem = g.pat("99999")
    dob = g.dob()
    return [
        ("a", "hello you're through to st canice's credit union this is [[NAME:breda]]"),
        ("c", "hi [[NAME:breda]] i'm looking to apply for a car loan and the online form keeps timing out"),
        ("a", "ah that's annoying i can start it for you over the phone what's your member number"),
        ("c", f"[[ACCT:{sd(mem)}]]"),
        ("a", "and your name"),
        ("c", "[[NAME:donal phelan]]"),
        ("a", "and date of birth"),
        ("c", f"[[DOB:{dob_s(dob, 'ord_of')}]]"),
        ("a", "thanks [[NAME:donal]] how much are you looking to borrow"),
        ("c", "about ((price:fourteen thousand)) over ((duration:five years)) for a ((year:twenty twenty one)) toyota"),
        ("a", "okay our car loan rate is ((percentage:six point nine five percent)) so that'd be around ((price:two seventy six)) a month i'll need your pps number for the application"),
        ("c", f"[[SSN:{sd(pps[:7])} {spell(pps[7:])}]]"),
        ("a", "and an email where we can send the documents"),
        ("c", "[[EMAIL:donal phelan seventy four at gmail dot com]]"),
        ("a", "grand you'll need to upload ((count:three)) months of payslips and a bank statement"),
    ]


@case("transcript")
def ca_etransfer_fraud():
    sin = g.sin()
    ph = g.us_phone("514")
    ref = g.pat("CA9AAA9A")
    return [
        ("a", "Laurentian Bank fraud services, [[NAME:Mathieu]] speaking."),
        ("c", "Hello [[NAME:Mathieu]], I sent an e-Transfer to someone selling concert tickets and now they've blocked me. I think it's a scam."),
        ("a", "I'm sorry. Let's see what we can do. Your name, please?"),
        ("c", "[[NAME:Camille Bergeron-Roy]]."),
        ("a", "And for verification, the last four digits of your SIN and your phone number?"),
        ("c", f"[[SSN:{sin[-4:]}]], and [[PHONE:{ph_us(ph, 0)}]]."),
        ("a", "Thank you. What was the amount and when?"),
        ("c", "((price:$640)), yesterday at about ((time:8:30 pm)), to an email address, [[EMAIL:tix.resale.mtl@proton.me]]."),
        ("a", "I see it - transfer reference [[ACCT:" + ref + "]]. It was deposited at ((time:8:41 pm)), so I'm afraid it's already been accepted."),
        ("c", "So I can't get it back?"),
        ("a", "We'll contact the receiving bank, but I can't promise. Please also report it to the Canadian Anti-Fraud Centre. Your case number is [[ACCT:" + g.pat("FR-9999-9999") + "]]."),
        ("c", "Okay. Thank you."),
    ]


@case("asr")
def us_credit_card_expired():
    old = g.card("visa", last4=True)
    old_e = g.exp(2023, 2024)
    new = g.card("visa")
    e = g.exp()
    cv = g.cvv()
    return [
        ("a", "thank you for calling desert sun credit card services my name is [[NAME:marisol]]"),
        ("c", "hi [[NAME:marisol]] my card got declined at the grocery store and i don't know why"),
        ("a", "i'm sorry about that can i have the card number"),
        ("c", f"[[CARD:{sd(old)}]]"),
        ("a", "and the expiration date on it"),
        ("c", f"it says [[EXP:{exp_s(old_e, 'plain')}]] oh"),
        ("a", "yeah that card expired we mailed a replacement in ((date:december)) did you get a new card in the mail".replace("((date:december))", "december")),
        ("c", "oh maybe my husband put it in the drawer hold on let me look"),
        ("c", f"okay yeah here it is it's [[CARD#n:{sd(new[:8])}]] [[CARD#n:{sp(new[8:])}]]"),
        ("a", "and the new expiration"),
        ("c", f"[[EXP:{exp_s(e, 'oh')}]]"),
        ("a", "and the security code on the back of the new one"),
        ("c", f"[[CVV:{sd(cv)}]]"),
        ("a", "okay i've activated it you should be good to go any autopays on the old card ending [[CARD:{}]] should move over automatically".format(sp(old[-4:]))),
        ("c", "oh good my phone bill and netflix are on there"),
        ("a", "yep and your balance is ((price:three hundred twelve forty)) due on the ((date:eighteenth))"),
        ("c", "okay thank you so much"),
    ]


@case("transcript")
def uk_bank_email_spelled():
    acct = g.d(8)
    sc = g.d(6)
    dob = g.dob()
    return [
        ("a", "Good morning, Wessex Bank, you're through to [[NAME:Sanjay]]. Can I take your sort code and account number?"),
        ("c", f"[[ACCT:{sc[:2]}-{sc[2:4]}-{sc[4:]}]], [[ACCT:{acct}]]."),
        ("a", "And your full name and date of birth?"),
        ("c", f"[[NAME:Philippa Rowntree-Hale]], [[DOB:{dob_t(dob, 'dots')}]]."),
        ("a", "Thank you, [[NAME:Philippa]]. How can I help?"),
        ("c", "I'm not getting your emails any more. I think you've got my old address."),
        ("a", "Let's update it. What's the new one?"),
        ("c", "It's [[EMAIL:P-I-P-P-A dot R-H at proton dot me]]. All lower case."),
        ("a", "So that's [[EMAIL:pippa.rh@proton.me]]?"),
        ("c", "Exactly."),
        ("a", "Done. You'll get a confirmation to the new address and a notice to the old one in ((duration:24 hours)). While I have you, your fixed saver matures on the ((date:30th)) - the new rate would be ((percentage:4.35%))."),
        ("c", "I'll think about it. Thanks, [[NAME:Sanjay]]."),
    ]


@case("asr")
def au_card_declined_abroad():
    card = g.card("mc", last4=True)
    e = g.exp()
    cv = g.cvv()
    dob = g.dob()
    return [
        ("a", "thanks for calling sunshine coast bank you're speaking with [[NAME:dylan]]"),
        ("c", "hi [[NAME:dylan]] i'm in bali and my card keeps getting declined i've got like ((price:forty bucks)) in cash"),
        ("a", "oh no let's fix that can i get your name"),
        ("c", "[[NAME:chloe ferguson]]"),
        ("a", "and your date of birth [[NAME:chloe]]"),
        ("c", f"[[DOB:{dob_s(dob, 'digits')}]]"),
        ("a", "thanks and i'll send a code to your mobile now can you read it to me"),
        ("c", "it's ((other:seven one four three one nine))"),
        ("a", "perfect so which card is it"),
        ("c", f"the mastercard [[CARD#c:{sd(card[:4])} {sd(card[4:8])} {sd(card[8:12])}]] um [[CARD#c:{sd(card[12:])}]]"),
        ("a", "and the expiry and cvv so i can check it's the current card"),
        ("c", f"[[EXP:{exp_s(e, 'month')}]] and [[CVV:{sd(cv)}]]"),
        ("a", f"okay so the card ending [[CARD:{sd(card[-4:])}]] was blocked because of a transaction at ((time:two am)) our time it looked unusual i've removed the block and added a travel note until the ((date:twenty eighth))"),
        ("c", "amazing thank you"),
    ]


# ----- short calls: readings, codes, quantities and quick payments ----------------------------


@case("asr")
def uk_meter_reading_ivr():
    acct = g.d(10)
    return [
        ("i", "welcome to pennant energy to give us a meter reading please say or key in your ten digit account number"),
        ("c", f"[[ACCT:{sd(acct)}]]"),
        ("i", "thank you please say your electricity reading from left to right ignoring any numbers in red"),
        ("c", "((other:four five two one eight))"),
        ("i", "you said ((other:four five two one eight)) is that right"),
        ("c", "yes"),
        ("i", "that reading is higher than we expected if you'd like to speak to an adviser say adviser"),
        ("c", "adviser"),
        ("a", "hiya you're through to [[NAME:lewis]] i see you've just given us a reading of ((other:forty five two eighteen))"),
        ("c", "yeah it seems like a lot we've had the heater on for the new baby"),
        ("a", "ah congratulations that would explain it it's about ((quantity:nine hundred units)) since the last reading in ((date:january)) on your tariff that's roughly ((price:two hundred and forty pounds))".replace("((date:january))", "january")),
        ("c", "oof okay and my direct debit's only ((price:ninety five))"),
        ("a", "i can bump it to ((price:a hundred and twenty)) from next month so you don't build up a debt or leave it and review it in ((duration:three months))"),
        ("c", "bump it please"),
    ]


@case("transcript")
def us_phone_unlock_imei():
    imei = g.imei()
    imei2 = g.imei()
    return [
        ("a", "Blue Ridge Wireless device support, this is [[NAME:Jasmine]]. How can I help?"),
        ("c", "Hi [[NAME:Jasmine]]. I paid off my phone and I want it unlocked so I can use a local SIM in Mexico."),
        ("a", "Sure. Can you dial ((other:*#06#)) and read me the IMEI that shows up?"),
        ("c", f"It shows two. The first IMEI is ((other:{imei})) and the second is ((other:{imei2}))."),
        ("a", "The first one is fine. That's the ((model_number:Pixel 8)) on your line, paid off on ((date:March 30)). It's been active more than ((duration:60 days)), so it qualifies."),
        ("c", "Great. How long does it take?"),
        ("a", "Usually within ((duration:two business days)). You'll get a text, then just restart with the new SIM. Data there is about ((price:200 pesos)) for ((quantity:6 GB)) if you buy it at the airport."),
        ("c", "Nice. And can I keep my number here active for ((price:$10)) a month or something?"),
        ("a", "There's a number-lock plan at ((price:$8)) a month for up to ((duration:6 months))."),
        ("c", "Let's do that. Thanks."),
    ]


@case("asr")
def au_water_bill_quick_pay():
    card = g.card("visa")
    e = g.exp()
    cv = g.cvv()
    acct = g.pat("9999 9999 999")
    return [
        ("a", "hunter valley water billing this is [[NAME:kayla]]"),
        ("c", "hi i just want to pay my water bill it's ((price:two hundred and six dollars eighty))"),
        ("a", "no worries what's the account number"),
        ("c", f"[[ACCT:{sd(acct[:4])} {sd(acct[5:9])} {sd(acct[10:])}]]"),
        ("a", "and whose name is it under"),
        ("c", "[[NAME:aaron hunter]] funny i know"),
        ("a", "ha that's great okay card number"),
        ("c", f"[[CARD:{sd(card[:4])} {sd(card[4:8])} {sd(card[8:12], dbl=True)} {sp(card[12:])}]]"),
        ("a", "expiry"),
        ("c", f"[[EXP:{exp_s(e, 'plain')}]]"),
        ("a", "and the cvv"),
        ("c", f"[[CVV:{sd(cv)}]]"),
        ("a", "all done your receipt number is ((other:r seven seven four)) you don't need to keep it though it'll show on the next bill"),
    ]


@case("transcript")
def ca_pharmacy_supply_order():
    acct = g.pat("PH-99999")
    return [
        ("a", "MedSupply Canada order desk, [[NAME:Heather]] speaking."),
        ("c", f"Hi [[NAME:Heather]], it's [[NAME:Omar]] from Bloor West Pharmacy, account [[ACCT:{acct}]]. I want to confirm today's order before the cut-off."),
        ("a", "Sure. I have ((quantity:12 boxes)) of the ((other:0.5 mL)) syringes, ((quantity:40)) of the ((other:100-count)) glucose strips, and ((quantity:6 cases)) of the flu vaccine."),
        ("c", "The strips should be ((quantity:4)), not ((quantity:40)). Somebody added a zero."),
        ("a", "Fixed - ((quantity:4)). The vaccine has to ship cold, between ((other:2)) and ((other:8 degrees)), so it'll go on the ((time:6 am)) truck."),
        ("c", "Perfect. What's the lot number on the vaccine? My pharmacist wants it for the log."),
        ("a", "Lot ((other:V2K-4471-B)), expiring ((date:2026-11-30)). Your total is ((price:$3,882.40)) before tax."),
        ("c", "Great. And the order number?"),
        ("a", f"[[ACCT:{g.pat('SO99999999')}]]. You'll get the tracking by email."),
        ("c", "Thanks, [[NAME:Heather]]."),
    ]


@case("asr")
def us_parcel_tracking_spoken():
    trk = g.tracking(20)
    ord_ = g.pat("99999999")
    return [
        ("a", "hi thanks for calling rx direct mail order pharmacy this is [[NAME:corey]]"),
        ("c", "hi [[NAME:corey]] my medication was supposed to come two days ago and the tracking hasn't moved".replace("two days", "((duration:two days))")),
        ("a", "i'm sorry can you give me the order number or the tracking number"),
        ("c", f"the tracking is ((other:{sd(trk[:10])} {sd(trk[10:])}))"),
        ("a", "thank you and can i get your name to pull up the order"),
        ("c", "[[NAME:patricia mulvaney]]"),
        ("a", f"okay [[NAME:patricia]] i see order [[ACCT:{sp(ord_)}]] shipped on the ((date:third)) it's showing at the memphis hub it got held because it needs to stay under ((other:seventy seven degrees)) and the truck was delayed"),
        ("c", "it's my insulin i've only got ((quantity:two pens)) left"),
        ("a", "i'm going to reship it overnight free of charge it'll be there tomorrow by ((time:ten thirty am)) and if the first one shows up you can just throw it out don't use it"),
        ("c", "okay thank you"),
    ]


@case("transcript")
def ie_electricity_card_2series():
    card = g.card("mc", last4=True)
    while card[0] != "2":
        card = g.card("mc", last4=True)
    e = g.exp()
    cv = g.cvv()
    acct = g.pat("999999999")
    return [
        ("a", "Shannon Energy payments, [[NAME:Ronan]] speaking."),
        ("c", f"Hi [[NAME:Ronan]], I want to pay my bill. The account number's [[ACCT:{acct}]]."),
        ("a", "Thanks. Can I take your name?"),
        ("c", "[[NAME:Eileen Geraghty]]."),
        ("a", "Thank you, [[NAME:Eileen]]. The balance is ((price:€312.45)), including the ((price:€12)) late payment fee. Would you like to pay it all?"),
        ("c", "All of it. Can you take off the late fee? I was in hospital for ((duration:ten days))."),
        ("a", "I'm sorry to hear that. I'll remove it this once, so it's ((price:€300.45))."),
        ("c", f"Thanks. The card is [[CARD:{card_t(card)}]], expiry [[EXP:{exp_t(e, '/')}]], and the security number [[CVV:{cv}]]."),
        ("a", f"That's approved - Mastercard ending [[CARD:{card[-4:]}]]. Would you like a payment plan for the winter? You can spread it into ((count:12)) equal payments."),
        ("c", "Maybe. Send me the details."),
    ]


@case("asr")
def uk_broadband_engineer_email():
    acct = g.pat("BB99999999")
    pc = g.uk_pc("PL4")
    return [
        ("a", "hello you're through to tamar broadband my name's [[NAME:kerensa]]"),
        ("c", "hi [[NAME:kerensa]] my router's showing a red light and the app says error ((other:e seven one)) and i've had no internet since ((time:ten)) last night"),
        ("a", "oh no can i take your account number"),
        ("c", f"[[ACCT:{spell(acct)}]]"),
        ("a", "and your postcode"),
        ("c", f"[[PC:{spell(pc)}]]"),
        ("a", "thanks and your name"),
        ("c", "[[NAME:jago penhaligon]] [[NAME:j a g o]]"),
        ("a", "thanks [[NAME:jago]] there's a fault at the cabinet on your road it's affecting ((count:thirty)) homes an openreach engineer is booked for ((date:tomorrow)) between ((time:eight)) and ((time:one))".replace("((date:tomorrow))", "tomorrow")),
        ("c", "i work from home is there anything you can do today"),
        ("a", "i can send you a ((other:four g)) backup dongle with ((quantity:fifty gig)) on it it'll be with you by ((time:ten thirty)) tomorrow though so probably not worth it i can also credit ((price:seven pounds fifty)) a day for the outage"),
        ("c", "okay yeah do the credit and can you email me updates"),
        ("a", "sure what's your email"),
        ("c", "[[EMAIL:j penhaligon at btinternet dot com]] that's p e n h a l i g o n".replace("that's p e n h a l i g o n", "that's [[NAME:p e n h a l i g o n]]")),
        ("a", "lovely i'll send a text and an email when it's fixed"),
    ]


@case("transcript")
def us_mail_order_pharmacy_address():
    no = g.house(100, 9999)
    zp = g.zip4("554")
    card = g.card("disc", last4=True)
    e = g.exp()
    cv = g.cvv()
    dob = g.dob()
    unit = g.house(2, 30)
    return [
        ("a", "North Star Mail Pharmacy, this is [[NAME:Gretchen]]. Who am I speaking with?"),
        ("c", "This is [[NAME:Arvid Lindqvist]]. I moved and I need my prescriptions sent to the new address."),
        ("a", f"Okay, Mr. [[NAME:Lindqvist]], first your date of birth, please."),
        ("c", f"[[DOB:{dob_t(dob, 'mdy/')}]]."),
        ("a", "Thank you. And the new address?"),
        ("c", f"[[ADDR:{no} Nicollet Avenue, Unit {unit}B, Minneapolis]], Minnesota [[PC:{zp}]]."),
        ("a", "Got it. Your next shipment is ((quantity:90 tablets)) of atorvastatin and ((quantity:180)) of metformin, shipping on the ((date:12th)). The copay total is ((price:$18.40)). Do you want to update the card on file too?"),
        ("c", f"Yes, please. It's a Discover: [[CARD:{card[:4]} {card[4:10]} {card[10:]}]]."),
        ("a", "And expiration and CVV?"),
        ("c", f"[[EXP:{exp_t(e, '/full')}]], and [[CVV:{cv}]]."),
        ("a", f"Thank you, that's saved. The Discover ending [[CARD:{card[-4:]}]] will be charged when it ships."),
        ("c", "Perfect. Thank you, [[NAME:Gretchen]]."),
    ]


@case("asr")
def ca_hotel_ivr_payment():
    card = g.card("visa", last4=True)
    e = g.exp()
    cv = g.cvv()
    bk = g.pat("99999999")
    return [
        ("i", "welcome to rocky mountain lodge payments please enter or say your booking number"),
        ("c", f"[[ACCT:{sd(bk)}]]"),
        ("i", f"thank you the balance for booking [[ACCT:{sd(bk)}]] is ((price:eight hundred and twelve dollars and fifty cents)) to pay this balance now say yes"),
        ("c", "yes"),
        ("i", "please say or enter your card number"),
        ("c", f"[[CARD:{sd(card, dbl=True)}]]"),
        ("i", "please say or enter the expiry date as four digits"),
        ("c", f"[[EXP:{sd('%02d%02d' % (e[0], e[1] % 100))}]]"),
        ("i", "please say or enter the three digit security code"),
        ("c", f"[[CVV:{sd(cv)}]]"),
        ("i", f"thank you your payment of ((price:eight hundred and twelve dollars and fifty cents)) on the card ending [[CARD:{sd(card[-4:])}]] was approved your confirmation number is ((other:{sd(g.tracking(7))}))"),
        ("c", "agent"),
        ("a", "hi this is [[NAME:mackenzie]] at rocky mountain lodge how can i help"),
        ("c", "hi [[NAME:mackenzie]] i just paid and i wanted to ask about the hot springs shuttle is it included"),
        ("a", "it is it runs every ((duration:forty five minutes)) from ((time:seven am)) and the springs are about ((other:thirty nine degrees)) so bring a towel"),
    ]


@case("transcript")
def uk_isa_transfer_ni():
    ni = g.ni()
    acct = g.d(8)
    dob = g.dob()
    ph = g.uk_land("029")
    return [
        ("a", "Good afternoon, Severnside Savings, [[NAME:Gareth]] speaking."),
        ("c", "Hello, I'd like to transfer my old ISA to you. It's got about ((price:£18,600)) in it."),
        ("a", "Lovely. Are you already a customer?"),
        ("c", f"Yes, [[NAME:Delyth Morgan-Pryce]], savings account [[ACCT:{acct}]]."),
        ("a", "Thank you. Can I have your date of birth and the phone number on the account?"),
        ("c", f"[[DOB:{dob_t(dob, 'dmy')}]], and it's [[PHONE:{ph_uk(ph)}]]."),
        ("a", "Thanks, Mrs [[NAME:Morgan-Pryce]]. For an ISA I also need your National Insurance number."),
        ("c", f"It's [[SSN:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]]."),
        ("a", "Thank you. The transfer usually takes ((duration:15 working days)), and your money keeps its tax-free status. Our ((duration:one-year)) fixed rate is ((percentage:4.2%)), or the easy access is ((percentage:3.65%))."),
        ("c", "The fixed, please. Can you mark it as urgent? The old bank's rate drops on the ((date:1st))."),
        ("a", "I'll mark it, but the old provider controls the timing. You'll get a letter within ((duration:five days))."),
        ("c", "Thank you, [[NAME:Gareth]]."),
    ]


if __name__ == "__main__":
    sys.exit(main())
