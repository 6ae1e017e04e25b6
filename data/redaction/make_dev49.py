#!/usr/bin/env python3
"""Write data/redaction/dev49.jsonl, a redaction development set (case ids t45-001 ...).

Written as the held-out set test45.jsonl, measured once with the forty-sixth round's code, then
renamed dev49 and tuned on in the forty-seventh round.

What the set leans on
---------------------
* Numbers said in groupings other than single digits, the way callers really say them: card
  numbers, codes, account and order numbers and phones in pairs ("forty five twelve"), in hundreds
  ("four hundred and six", "twelve hundred", "forty five hundred and twelve"), in thousands ("four
  thousand five hundred"), with "double" and "triple", teens and tens ("nineteen", "sixty"), with
  "oh", "zero" and "nought", several groupings mixed inside one value, and digits and number words
  mixed. Agents and IVRs read values back in a grouping different from the caller's (pairs read
  back as single digits, fours read back as a whole). Years of birth are said "nineteen seventy
  two" or "two thousand and eight"; house numbers, ZIPs and Australian postcodes "fourteen twenty
  two". In the transcript style the grouping shows in how the digits are written (pairs, blocks of
  eight, an Amex in 4-6-5, a phone in 3-3-2-2).
* Industries no earlier set named: garden centres, allotments and community gardens, piano tuners
  and movers, instrument repair and rental, print shops, photo labs, riding schools, trekking and
  pony club, livery and agistment yards, fishing licences, model and hobby shops, coin and stamp
  dealers and auctions, wine merchants and clubs, bakeries taking cake orders, framers, bridal
  shops and formal hire, show-dog kennels and handlers, beekeeping suppliers and associations,
  organ and choir societies.
* About half the utterances in each style (the counts printed by the script give the split).
* Card payments carry the most weight: cards in one to five pieces over turns, a corrected
  block, restarts, a block repeated on request, read-backs by agents and IVRs (whole, one or two
  blocks, the last four), CVVs and expiries asked and said in many ways, a card given and then
  withdrawn for another, an expired card on file replaced. Also identity checks (dates of birth,
  postcodes, first line of address, a full SSN or its last four, a UK NI number, an Irish PPS
  number), phones with extensions and phones given in pieces, and account, membership, order,
  job, licence, bidder and claim numbers of many shapes.
* Look-alikes right beside real values, said in the same groupings: prices said like "forty five
  twelve" for 45.12, times like "ten forty five", years, quantities, weights and sizes,
  model and catalogue numbers, lot, plot and seat numbers, percentages, counts and durations,
  and many ordinary utterances with no personal data at all.
* Callers and addresses from the UK, Ireland, the US, Canada and Australia (UK postcodes with
  real outward codes, Eircodes, ZIPs with the state's prefix, Canadian postal codes, Australian
  postcodes).

How it is built
---------------
Every conversation below is a function written by hand, one per case, with its own people,
business, reason for calling and order of events. Names, streets, e-mail addresses and wording
are written by hand; every generated number (card numbers with a Luhn check digit, CVVs,
expiries 2027-2032 and two expired cards, SSNs with area 001-665, NI and PPS numbers, phones in
the ranges kept for drama or fiction: US/Canada 555-01xx, UK 07700 900xxx / 020 7946 0xxx /
01xx 496 0xxx, Australia 0491 570 xxx and 0x 5550 xxxx, postcodes, dates of birth, house
numbers, account and order numbers, amounts, percentages, model and catalogue numbers, years)
is drawn from one random.Random(45), in case order, when the case function runs. The output is
therefore identical on every run and under any PYTHONHASHSEED (no set or dict order is used
for anything that is drawn or written). Small everyday numbers that belong to the wording
(durations, counts, time slots, ages, sizes and weights) are written by hand.

Values are rendered by `say(digits, spec)`, which says a digit string chunk by chunk (s singles,
z/n singles with "zero"/"nought", d and D with "double"/"triple", p pairs, h/H hundreds, t
thousands, c "twelve hundred", y years, g digits) and then reads its own words back with the
checker's parser; a rendering that does not read back as the same digits stops the build.

Markup, inline in each utterance: `[[TYPE:text]]` or `[[TYPE#grp:text]]` for pii (pieces with the
same local `#grp` are one group; groups are renumbered g1, g2, ... by first appearance) and
`((kind:text))` for keep spans. A pii piece may carry flags after `!`, used only by the checks
and never written: `x` a piece that is not part of the final value (digits before a restart, a
corrected block, a block repeated on request), left out of the Luhn join; `e` a phone extension,
left out of the phone's shape check; `p` a partial read-back (one or two blocks, a last four),
which must appear inside a full value of the same case; `o` the last four of a card on file that
is not said in full in the call. The markup is stripped in code and every offset is computed
from the clean text.

Checks (any failure prints FAIL lines, exits with status 1 and writes nothing): spans inside
their text, non-empty, no leading/trailing space or punctuation (a leading currency sign or "+",
a trailing "%" and a final "a.m."/"p.m." excepted), not starting or ending inside a word, no
overlaps; group numbering in order of first appearance; card groups 15 (Amex 34/37) or 16 digits
passing Luhn after the spoken words are turned into digits; CVV 3-4 digits; SSN 9 digits of the
allowed shape, 4 digits, or a UK NI / Irish PPS shape; phones 10-12 digits in a US/Canada (with or
without the leading 1), UK (0 or 44) or Australian shape; expiry with a valid month; ZIP (5 or
9 digits), UK postcode, Eircode, Canadian or Australian (4 digits) postcode shapes; e-mails typed
(address pattern, never in the asr style) or spoken ("... at ... dot ..."); ADDRESS starts with a
number and has a street word; NAME has no digit or title; DOB plausible (a four-digit year
1930-2020); look-alikes of 13-19 digits fail Luhn and no keep span contains the digits of a pii
span of its utterance; no digit and no run of four or more digit words outside a span; a name
word (two letters or more) labelled in a case is never left unlabelled elsewhere in that case;
no e-mail or street used in two cases; no utterance of nine words or more (span contents masked)
in two cases; asr utterances lower case without punctuation; and the minimum counts of the brief
(cases, utterances, utterances without pii, keep spans of all eleven kinds, IVR cases, pii spans
per type).

Choices made where the conventions are silent (applied the same way throughout)
-------------------------------------------------------------------------------
* Cards: digits said before a restart, a corrected block and a block repeated on request stay in
  the card's group. A card read back in full, a block read back, any last four (by either side,
  an agent or an IVR) and the wrong block an agent repeats while confirming a correction are
  each a CARD_NUMBER group of their own. A card given and then withdrawn is a full group of its
  own. The last four of an expired card on file (read by an IVR) is a CARD_NUMBER.
* "end of", "expires", "CVV", "CID", "CVC" and "security code" stay outside the values; "slash"
  and "of" between month and year stay inside the expiry. The expiry of an expired card on file
  is an EXPIRY.
* Every agent or IVR read-back (card, SSN, phone, e-mail, address, postcode, account number) is a
  group of its own. A whole wrong value the caller then corrects (a postal code) is labelled, in
  a group of its own; an old address on record read out by the agent is labelled too.
* A phone's extension is a piece of the phone's group. A US phone given with "+1" keeps the "+1"
  inside the span. Australian phones are accepted by the checks. No Irish phone numbers are
  used.
* A UK National Insurance number and an Irish PPS number are SSNs; Eircodes, Canadian and
  Australian postcodes are POSTCODEs.
* ACCOUNT_NUMBER: membership, client, customer, trade and bidder numbers, loyalty cards, order,
  job, work-order, repair-ticket, quote, invoice and entry numbers, insurance claim numbers,
  fishing licence and ALS numbers, an apiary registration, a retirement custodian account, sort
  codes, bank account numbers and an IBAN (a sort code is a group of its own before the account
  number).
* model_number: product model, style and catalogue numbers (seed and model-railway catalogue
  numbers included). other: keypad options ("press 1"), ages, plot and seat numbers, a stamp's
  plate number, auction lot numbers, dress sizes, a riding-school group ("Ride 3"), a pedigree
  dog's kennel-club registration (it identifies the dog, like a microchip), a discount code, a
  tax form's name ("W-9"), a music catalogue number ("BWV 542"), an accordion's bass count.
  Seat rows said as letters only ("row k") are left unlabelled.
* NAME: a first name and surname said together are one span; a surname spelled letter by letter
  is a group of its own (also "M-A-T-E-O"); titles stay outside; names written on cakes are
  people's names and are labelled; pets and horses are not labelled; business names and church
  or school names with a saint in them ("St Bede's") are not labelled, and no business name in
  the set shares a word with a person's name labelled in the same case. A name word inside an
  e-mail address is left to the EMAIL span.
* ADDRESS: the house or unit number starts the span ("16/43 ..."); an apartment said after the
  street, a Dublin postal district ("..., Dublin 15") and a town or district said right after the
  street (after a comma in the transcript style, in the same breath in the asr style) are inside,
  as in the conventions' examples; a town introduced with "in", a state or province ("NC", "KY")
  and the postcode stay outside. A business located on a street named without a number ("on Mill
  Street") is not labelled, and a corrected street is labelled again with its number.
* DOB: typed in each country's own order (day first in the UK, Ireland and Australia, month
  first in the US, ISO in one Canadian case); children's dates of birth after 2005 are used.
* Keep spans: an amount with its currency word and with a rate said right after it ("... a
  month", "... a night", "... each", "... per show") is one price span, as the conventions'
  "forty nine ninety nine a month" shows; ordinary number words in the asr style that are not
  look-alikes ("two whippets", "the dog for two") are left unlabelled, as the conventions allow.
  A voicemail greeting is spoken by the "ivr" speaker.
* The checker's look-alike rule is read strictly: a keep span may not contain the whole digit
  string of any pii span of the same utterance.

Run
---
    python3 data/redaction/make_dev49.py           # validates, prints the counts, writes dev49.jsonl
    python3 data/redaction/make_dev49.py --check   # validates and prints the counts only
"""
import json
import os
import random
import re
import string
import sys

R = random.Random(45)
A, C, I = "agent", "customer", "ivr"

# ---------------------------------------------------------------------------
# number words: rendering (generator side)
# ---------------------------------------------------------------------------
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD_W = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
         "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
         "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def w1(c, z="oh"):
    return z if c == "0" else UNIT_W[int(c)]


def w_small(n):
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + UNIT_W[n % 10])


def w2(s, z="oh"):
    """two digits as a pair: 45 forty five, 05 oh five, 40 forty, 12 twelve"""
    if s[0] == "0":
        return w1(s[0], z) + " " + w1(s[1], z)
    return w_small(int(s))


def w3(s, z="oh", and_=True):
    """three digits in hundreds: 406 four hundred and six"""
    if s[0] == "0":
        return w1("0", z) + " " + w2(s[1:], z)
    head = UNIT_W[int(s[0])] + " hundred"
    rest = int(s[1:])
    if rest == 0:
        return head
    return head + (" and " if and_ else " ") + w_small(rest)


def w4t(s, z="oh"):
    """four digits in thousands: 4500 four thousand five hundred, 2008 two thousand and eight"""
    if s[0] == "0":
        return w1("0", z) + " " + w3(s[1:], z)
    out = UNIT_W[int(s[0])] + " thousand"
    if s[1] != "0":
        out += " " + UNIT_W[int(s[1])] + " hundred"
    rest = int(s[2:])
    if rest:
        out += " and " + w_small(rest)
    return out


def w4c(s, z="oh"):
    """four digits as hundreds: 1200 twelve hundred, 4512 forty five hundred and twelve"""
    if s[0] == "0":
        return w1("0", z) + " " + w3(s[1:], z)
    if s[1] == "0" and s[0] != "1":
        return w4t(s, z)
    out = w_small(int(s[:2])) + " hundred"
    rest = int(s[2:])
    if rest:
        out += " and " + w_small(rest)
    return out


def w4y(s, z="oh"):
    """a year the way it is said: 1972 nineteen seventy two, 2008 two thousand and eight"""
    if s.startswith("200"):
        return "two thousand" + ("" if s[3] == "0" else " and " + UNIT_W[int(s[3])])
    if s[2:] == "00":
        return w_small(int(s[:2])) + " hundred"
    return w_small(int(s[:2])) + " " + w2(s[2:], z)


def wdbl(s, z="oh", digits=False):
    """singles with double and triple: 4455 double four double five"""
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        word = s[i] if digits else w1(s[i], z)
        while run > 0:
            if run == 1:
                out.append(word)
                run = 0
            elif run == 2 or run == 4:
                out.append("double " + word)
                run -= 2
            else:
                out.append("triple " + word)
                run -= 3
        i = j
    return " ".join(out)


def say(d, spec, z="oh", sep=" "):
    """Render the digit string d chunk by chunk. spec: chunk codes with lengths, e.g.
    "p4 s2 h3": s singles, z singles with zero, n singles with nought, d singles with
    double/triple, D digits with double/triple, p pairs, h hundreds (with and), H hundreds
    (without and), t thousands, c hundreds of four digits (twelve hundred), y year,
    g digits as digits.  The result is parsed back and must give d again."""
    out = []
    i = 0
    for code in spec.split():
        m, n = code[0], int(code[1:])
        ch = d[i:i + n]
        assert len(ch) == n, (d, spec)
        i += n
        if m == "s":
            out.append(" ".join(w1(c, z) for c in ch))
        elif m == "z":
            out.append(" ".join(w1(c, "zero") for c in ch))
        elif m == "n":
            out.append(" ".join(w1(c, "nought") for c in ch))
        elif m == "d":
            out.append(wdbl(ch, z))
        elif m == "D":
            out.append(wdbl(ch, z, digits=True))
        elif m == "p":
            assert n % 2 == 0, spec
            out.append(" ".join(w2(ch[k:k + 2], z) for k in range(0, n, 2)))
        elif m == "h":
            assert n == 3
            out.append(w3(ch, z))
        elif m == "H":
            assert n == 3
            out.append(w3(ch, z, and_=False))
        elif m == "t":
            assert n == 4
            out.append(w4t(ch, z))
        elif m == "c":
            assert n == 4
            out.append(w4c(ch, z))
        elif m == "y":
            assert n == 4
            out.append(w4y(ch, z))
        elif m == "g":
            out.append(ch)
        else:
            raise ValueError(spec)
    assert i == len(d), (d, spec)
    text = sep.join(out)
    back, unk = spoken(text)
    if back != d or unk:
        raise AssertionError("say(%r, %r) gives %r which reads back as %r %r" % (d, spec, text, back, unk))
    return text


def grp(d, sizes, sep=" "):
    """digits as digits in groups of the given sizes: grp('4405610769598540', '4444')"""
    out = []
    i = 0
    for s in sizes:
        out.append(d[i:i + int(s)])
        i += int(s)
    assert i == len(d), (d, sizes)
    return sep.join(out)


# ---------------------------------------------------------------------------
# number words: reading back (checker side)
# ---------------------------------------------------------------------------
UNIT = {"zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4,
        "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEEN = {w: 10 + k for k, w in enumerate(TEEN_W)}
TENS = {w: k * 10 for k, w in TENS_W.items()}
ORD_UNIT = {ORD_W[k]: k for k in range(1, 10)}
ORD_TEEN = {ORD_W[k]: k for k in range(10, 21)}
ORD_TEEN["thirtieth"] = 30
DIGIT_WORDS = set(UNIT) | set(TEEN) | set(TENS) | {"hundred", "thousand", "double", "triple"}
TOKEN_RE = re.compile(r"[A-Za-z]+|\d+")


def _small(toks, i):
    n = len(toks)
    t = toks[i]
    if t in TENS:
        if i + 1 < n and toks[i + 1] in UNIT and UNIT[toks[i + 1]] > 0:
            return TENS[t] + UNIT[toks[i + 1]], i + 2
        if i + 1 < n and toks[i + 1] in ORD_UNIT:
            return TENS[t] + ORD_UNIT[toks[i + 1]], i + 2
        return TENS[t], i + 1
    if t in TEEN:
        return TEEN[t], i + 1
    if t in UNIT:
        return UNIT[t], i + 1
    if t in ORD_UNIT:
        return ORD_UNIT[t], i + 1
    if t in ORD_TEEN:
        return ORD_TEEN[t], i + 1
    return None


def _tail(toks, j):
    k = j
    if k < len(toks) and toks[k] == "and":
        k += 1
    if k < len(toks):
        r = _small(toks, k)
        if r and r[0] > 0 and toks[k] not in ("oh", "zero", "nought"):
            if not (r[1] < len(toks) and toks[r[1]] in ("hundred", "thousand")):
                return r[1], r[0]
    return j, 0


def spoken(text):
    """Digits (and spelled letters) that a span says, with the words it could not read."""
    raw = TOKEN_RE.findall(text)
    toks = [t.lower() for t in raw]
    out, unk = [], []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < n:
            k = 2 if t == "double" else 3
            nx = toks[i + 1]
            if nx in UNIT:
                out.append(str(UNIT[nx]) * k)
                i += 2
                continue
            if nx.isdigit() and len(nx) == 1:
                out.append(nx * k)
                i += 2
                continue
        r = _small(toks, i)
        if r:
            val, j = r
            if j < n and toks[j] == "hundred" and val > 0:
                v = val * 100
                j, add = _tail(toks, j + 1)
                out.append(str(v + add))
                i = j
                continue
            if j < n and toks[j] == "thousand" and val > 0:
                v = val * 1000
                j += 1
                r2 = _small(toks, j) if j < n else None
                if r2 and r2[0] > 0 and r2[1] < n and toks[r2[1]] == "hundred":
                    v += r2[0] * 100
                    j = r2[1] + 1
                j, add = _tail(toks, j)
                out.append(str(v + add))
                i = j
                continue
            out.append(str(val))
            i = j
            continue
        if len(t) == 1:
            out.append(t.upper())
        elif raw[i].isupper() and len(raw[i]) <= 4:
            out.append(raw[i])
        else:
            unk.append(t)
        i += 1
    return "".join(out), unk


def luhn_ok(d):
    tot = 0
    for k, c in enumerate(reversed(d)):
        v = int(c)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


# ---------------------------------------------------------------------------
# the one generator: every number comes from R, drawn in case order
# ---------------------------------------------------------------------------
UK_IN_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIR_CHARS = "0123456789ACDEFHKNPRTVWXY"


class Gen:
    def __init__(self, r):
        self.r = r

    def n(self, lo, hi):
        return self.r.randint(lo, hi)

    def dig(self, k, lead=False):
        s = "".join(str(self.r.randint(0, 9)) for _ in range(k))
        if lead and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def _luhn(self, prefix, length):
        body = prefix + self.dig(length - len(prefix) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c
        raise AssertionError

    def card(self, kind="visa"):
        if kind == "visa":
            return self._luhn("4", 16)
        if kind == "mc":
            return self._luhn("5" + str(self.n(1, 5)), 16)
        if kind == "mc2":
            return self._luhn(str(self.n(2221, 2720)), 16)
        if kind == "amex":
            return self._luhn(self.pick(["34", "37"]), 15)
        if kind == "disc":
            return self._luhn("6011", 16)
        raise ValueError(kind)

    def fail_luhn(self, k, lead=True):
        body = self.dig(k - 1, lead)
        for c in "0123456789":
            if not luhn_ok(body + c) and self.r.random() < 0.5:
                return body + c
        return body + ("1" if luhn_ok(body + "0") else "0")

    def cvv(self, k=3):
        return self.dig(k, lead=True)

    def expiry(self, expired=False):
        m = "%02d" % self.n(1, 12)
        y = "%02d" % (self.n(24, 25) if expired else self.n(27, 32))
        return m, y

    def ssn(self):
        return "%03d%02d%04d" % (self.n(1, 665), self.n(1, 99), self.n(1, 9999))

    def ni(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.pick(first) + self.pick(second)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return p + self.dig(6) + self.pick("ABCD")

    def pps(self):
        d = self.dig(7, lead=True)
        tot = sum(int(c) * w for c, w in zip(d, [8, 7, 6, 5, 4, 3, 2]))
        return d + "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23]

    def dob(self, lo=1941, hi=2005):
        return "%04d" % self.n(lo, hi), "%02d" % self.n(1, 12), "%02d" % self.n(1, 28)

    def us_phone(self, area):
        return area + "55501" + self.dig(2)

    def uk_mobile(self):
        return "07700900" + self.dig(3)

    def uk_land(self, code):
        # drama ranges: 020 7946 0xxx, 0113/0114/0115/0116/0117/0118/0121/0131/0141/0151/0161 496 0xxx
        if code == "020":
            return "02079460" + self.dig(3)
        return code + "4960" + self.dig(3)

    def au_phone(self, mobile=True):
        if mobile:
            return "0491570" + "%03d" % self.n(6, 159)
        return self.pick(["02", "03", "07", "08"]) + "5550" + self.dig(4)

    def zip(self, prefix):
        return prefix + self.dig(5 - len(prefix))

    def ukpc(self, outward):
        return outward + " " + str(self.n(1, 9)) + self.pick(UK_IN_LETTERS) + self.pick(UK_IN_LETTERS)

    def eircode(self, key):
        return key + " " + "".join(self.pick(EIR_CHARS) for _ in range(4))

    def capc(self, fsa):
        return fsa + " " + str(self.n(0, 9)) + self.pick("ABCEGHJKLMNPRSTVWXYZ") + str(self.n(0, 9))

    def aupc(self, first):
        return first + self.dig(4 - len(first))

    def money(self, lo, hi, cents=True):
        a = str(self.n(lo, hi))
        return (a, "%02d" % self.n(1, 99)) if cents else (a, "00")

    def letters(self, k, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
        return "".join(self.pick(pool) for _ in range(k))


G = Gen(R)
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ---------------------------------------------------------------------------
# small rendering helpers used by the cases
# ---------------------------------------------------------------------------
def mon(m, cap=False, short=False):
    w = MONTHS[int(m) - 1]
    if short:
        w = w[:3]
    return w.capitalize() if cap else w


def ordw(day):
    d = int(day)
    if d <= 20:
        return ORD_W[d]
    tens = TENS_W[d // 10]
    return tens if d % 10 == 0 else tens + " " + ORD_W[d % 10]


def ordn(day):
    d = int(day)
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def spell(word, sep=" "):
    return sep.join(word.lower())


def pc_say(pc, z="oh"):
    """a postcode said character by character (UK, Eircode, Canadian)"""
    out = []
    for ch in pc.replace(" ", ""):
        out.append(w1(ch, z) if ch.isdigit() else ch.lower())
    return " ".join(out)


def amt(a):
    """an amount or quantity in words: 45 forty five, 406 four hundred and six, 1240 twelve hundred and forty"""
    a = int(a)
    if a < 100:
        return w_small(a)
    if a < 1000:
        return w3("%03d" % a)
    return w4c("%04d" % a)


def cents(c):
    return w2(c)


def pc_uk(pc, pair=True):
    """a UK postcode said with the outward number as a number: LE11 3TQ l e eleven three t q"""
    out, inw = pc.split()
    k = 0
    while k < len(out) and out[k].isalpha():
        k += 1
    head = " ".join(out[:k].lower())
    rest = out[k:]
    if rest.isdigit() and pair and len(rest) == 2:
        mid = w_small(int(rest)) if rest[0] != "0" else w2(rest)
    else:
        mid = " ".join(w1(ch) if ch.isdigit() else ch.lower() for ch in rest)
    tail = w1(inw[0]) + " " + " ".join(inw[1:].lower())
    return head + " " + mid + " " + tail


# ---------------------------------------------------------------------------
# the cases, in order (each draws its numbers from G when it is built)
# ---------------------------------------------------------------------------
@case
def garden_greenhouse():
    model = G.dig(3, True)
    price = G.n(380, 690)
    free_over = G.n(50, 90)
    hn = G.n(3, 88)
    pc = G.ukpc("LE11")
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    return "asr", [
        (A, "willowmere garden centre you're through to [[NAME:bethan]] how can i help"),
        (C, "hiya yeah i'm after the greenhouse from your spring leaflet the aluminium one"),
        (A, "is that the ((model_number:g h " + say(model, "h3") + ")) or the bigger one with the louvre window"),
        (C, "the ((quantity:six by eight)) one the smaller one"),
        (A, "okay that one's ((price:" + amt(price) + " pounds)) and delivery's free over ((price:" + amt(free_over) + " pounds)) so you're fine there"),
        (C, "grand and do you put it up as well or is that extra"),
        (A, "we don't erect them i'm afraid but it comes with the base and the instructions are pretty good"),
        (C, "fair enough go on then"),
        (A, "can i take your name please"),
        (C, "it's [[NAME:graham pettifer]]"),
        (A, "thanks [[NAME:graham]] and the delivery address"),
        (C, "[[ADDRESS:" + w_small(hn) + " harebell close]] in loughborough [[POSTCODE:" + pc_uk(pc) + "]]"),
        (A, "lovely and how would you like to pay"),
        (C, "card i've got it here [[CARD_NUMBER#c:" + say(card[:8], "p8") + "]] um hang on my glasses [[CARD_NUMBER#c:" + say(card[8:], "p8") + "]]"),
        (A, "let me read that back [[CARD_NUMBER:" + say(card, "s16") + "]]"),
        (C, "yep that's the one"),
        (A, "and the expiry"),
        (C, "[[EXPIRY:" + say(m + y, "p4") + "]]"),
        (A, "and the three digits on the back"),
        (C, "[[CVV:" + say(cv, "h3") + "]]"),
        (A, "perfect that's gone through we'll text you the day before with a ((duration:two hour)) slot"),
        (C, "cheers [[NAME:bethan]] ta-ra"),
    ]


@case
def allotment_renewal():
    member = G.dig(6, True)
    plot = G.n(11, 48)
    rent = G.money(28, 46)
    rise = G.n(3, 9)
    y0 = G.dob(1944, 1957)
    phone = G.uk_mobile()
    water = G.money(6, 14)
    return "transcript", [
        (A, "Holloway Fields Allotment Society, [[NAME:Margaret]] speaking."),
        (C, "Hello [[NAME:Margaret]], it's [[NAME:Devinder Chaudhry]], I've got the plot down by the brook."),
        (A, "Oh yes, hello. Is this about the renewal letter?"),
        (C, "It is. I've had the letter but I can't make the AGM, so can I renew over the phone?"),
        (A, "Of course. Have you got your membership number? It's at the top of the letter."),
        (C, "It's [[ACCOUNT_NUMBER:" + grp(member, "33") + "]], and the plot is ((other:" + str(plot) + "B))."),
        (A, "Lovely. So the rent this year is ((price:£" + rent[0] + "." + rent[1] + ")), that's gone up ((percentage:" + str(rise) + "%)), I'm afraid."),
        (C, "Everything has. Is the water charge on top of that?"),
        (A, "Yes, water's ((price:£" + water[0] + "." + water[1] + ")) for the season, unless you've got the concession."),
        (C, "I think I qualify for that now, actually."),
        (A, "It's for members over ((other:65)), so I'd just need your date of birth for the record."),
        (C, "[[DOB:" + ordn(y0[2]) + " " + mon(y0[1], cap=True) + " " + y0[0] + "]]."),
        (A, "That's fine, you're well over. And is the number we've got still right for you?"),
        (C, "I've changed it. The new one is [[PHONE#p:" + phone[:5] + "]], then [[PHONE#p:" + phone[5:8] + "]], then [[PHONE#p:" + phone[8:] + "]]."),
        (A, "So [[PHONE:" + phone[:5] + " " + phone[5:] + "]]. Got it."),
        (C, "That's right. And can I pay at the hut on Saturday?"),
        (A, "Yes, I'm there from ((time:10 till 12)), cash or cheque."),
        (C, "Perfect. Thanks, [[NAME:Margaret]]."),
    ]


@case
def piano_tuning():
    hn = G.dig(4, True)
    zp = G.zip("021")
    phone = G.us_phone("617")
    fee = G.n(110, 165)
    last = str(G.n(2015, 2021))
    pitch = G.n(35, 60)
    return "asr", [
        (A, "good morning harmonic piano service this is [[NAME:arturo]]"),
        (C, "hi [[NAME:arturo]] my name's [[NAME:colleen brasky]] i need my piano tuned it's been a while"),
        (A, "sure thing what kind of piano is it"),
        (C, "it's an old upright a baldwin i think we bought it secondhand"),
        (A, "and when was it last tuned roughly"),
        (C, "oh gosh ((year:" + say(last, "y4") + ")) maybe before the pandemic anyway"),
        (A, "okay so it might need a pitch raise first that's an extra ((duration:thirty minutes)) or so"),
        (C, "that's fine what's the damage"),
        (A, "a standard tuning is ((price:" + amt(fee) + " dollars)) and the pitch raise adds ((price:" + amt(pitch) + ")) on top"),
        (C, "okay let's do it"),
        (A, "what's the address"),
        (C, "it's [[ADDRESS:" + say(hn, "p4") + " linnet hollow road]] in brookline [[POSTCODE:" + say(zp, "s1 s1 h3") + "]]"),
        (A, "let me make sure i have that house number [[ADDRESS:" + say(hn, "s4") + " linnet hollow road]]"),
        (C, "yes"),
        (A, "and the zip was [[POSTCODE:" + say(zp, "s5") + "]]"),
        (C, "right"),
        (A, "i've got thursday at ((time:ten forty five)) or friday first thing"),
        (C, "thursday's good"),
        (A, "and a phone number in case i'm running late"),
        (C, "[[PHONE:" + say(phone, "s3 p2 s1 p4") + "]]"),
        (A, "perfect see you thursday [[NAME:colleen]]"),
    ]


@case
def violin_rehair():
    ticket = G.dig(5, True)
    card = G.card("amex")
    m, y = G.expiry()
    cid = G.cvv(4)
    pcd = G.capc("M6G")
    cost = G.money(85, 140)
    phone = G.us_phone("416")
    return "transcript", [
        (A, "Bloor Street Strings, repairs desk, this is [[NAME:Priyanka]]."),
        (C, "Hi, I dropped off a violin bow for a rehair last week and got a message saying it's ready."),
        (A, "Great. Do you have the repair ticket number?"),
        (C, "Yeah, it's [[ACCOUNT_NUMBER:RT-" + ticket + "]]."),
        (A, "Thanks. Under the name [[NAME:Okafor]]?"),
        (C, "That's me, [[NAME:Chidi Okafor]]."),
        (A, "So the rehair came to ((price:$" + cost[0] + "." + cost[1] + ")) with tax. We can ship it or you can pick it up."),
        (C, "Could you ship it? I'm in Toronto but I'm not near the store anymore."),
        (A, "Sure. What's the postal code?"),
        (C, "[[POSTCODE:" + pcd + "]]."),
        (A, "And I'll take the card for the repair and the shipping."),
        (C, "Okay, it's an Amex. [[CARD_NUMBER#a:" + card[:4] + "]] [[CARD_NUMBER#a:" + card[4:10] + "]] [[CARD_NUMBER#a:" + card[10:] + "]]."),
        (A, "I'll read it back in fours, if that's okay: [[CARD_NUMBER:" + grp(card, "4443", ", ") + "]]."),
        (C, "Sounds right."),
        (A, "Expiry, and the four-digit code on the front?"),
        (C, "[[EXPIRY:" + m + "/" + y + "]], and the code is [[CVV:" + cid + "]]."),
        (A, "Got it. And a phone number for the courier?"),
        (C, "[[PHONE:" + phone[:3] + "-" + phone[3:6] + "-" + phone[6:] + "]]."),
        (A, "Great, it'll go out tomorrow, usually ((duration:2 business days)) in Ontario."),
    ]


@case
def print_shop_cards():
    qty = G.n(2, 5) * 250
    price = G.money(60, 120)
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    phone = G.au_phone()
    pc = G.aupc("40")
    return "asr", [
        (A, "inkwell print and copy [[NAME:shaz]] speaking"),
        (C, "g'day [[NAME:shaz]] i put an order in online for business cards but it won't take my card"),
        (A, "no worries i can take it over the phone what's the name on the order"),
        (C, "[[NAME:brendan tulloch]]"),
        (A, "yep got it here ((count:" + amt(qty) + ")) cards double sided matte"),
        (C, "that's the one"),
        (A, "so that's ((price:" + amt(price[0]) + " " + cents(price[1]) + ")) including gst"),
        (C, "okay ready for the card"),
        (A, "go for it"),
        (C, "[[CARD_NUMBER#c!x:" + say(card[:4], "p4") + "]] no wait that's the old one hang on"),
        (A, "take your time"),
        (C, "right it's [[CARD_NUMBER#c:" + say(card[:4], "p4") + "]]"),
        (A, "mm-hmm"),
        (C, "[[CARD_NUMBER#c:" + say(card[4:8], "p4") + "]]"),
        (A, "yep"),
        (C, "[[CARD_NUMBER#c:" + say(card[8:12], "s4") + "]] and [[CARD_NUMBER#c:" + say(card[12:], "p4") + "]]"),
        (A, "and expiry and the security code"),
        (C, "[[EXPIRY:" + say(m, "s2") + " " + say(y, "p2") + "]] and [[CVV:" + say(cv, "s3") + "]]"),
        (A, "thanks that's approved ending in [[CARD_NUMBER!p:" + say(card[12:], "s4") + "]]"),
        (C, "beauty can you ring me when they're ready"),
        (A, "sure what's the best number"),
        (C, "[[PHONE:" + say(phone, "s4 s3 h3") + "]]"),
        (A, "and you're still at the brisbane postcode [[POSTCODE:" + say(pc, "p4") + "]] for delivery"),
        (C, "yep same"),
    ]


@case
def photo_lab_ivr():
    order = G.dig(7, True)
    rolls = G.n(3, 6)
    price = G.money(30, 70)
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    return "asr", [
        (I, "thank you for calling clearwater film lab to check on an order press ((other:one)) to pay for an order press ((other:two))"),
        (C, "((other:two))"),
        (I, "please say or enter your seven digit order number"),
        (C, "[[ACCOUNT_NUMBER:" + say(order, "s1 p2 p2 p2") + "]]"),
        (I, "i heard [[ACCOUNT_NUMBER:" + say(order, "s7") + "]] is that correct"),
        (C, "yes"),
        (I, "your order for ((count:" + amt(rolls) + ")) rolls of film developing and scanning comes to ((price:" + amt(price[0]) + " dollars and " + w_small(int(price[1])) + " cents)) please say or enter your card number"),
        (C, "[[CARD_NUMBER#c!x:" + say(card[:4], "p4") + "]]"),
        (I, "sorry i didn't get that please say or enter your card number"),
        (C, "[[CARD_NUMBER#c:" + say(card, "s16") + "]]"),
        (I, "please enter the expiration date as four digits"),
        (C, "[[EXPIRY:" + say(m + y, "s4") + "]]"),
        (I, "please enter the three digit security code"),
        (C, "[[CVV:" + say(cv, "s3") + "]]"),
        (I, "you entered a card ending in [[CARD_NUMBER!p:" + say(card[12:], "p4") + "]] to confirm press ((other:one))"),
        (C, "((other:one))"),
        (I, "thank you your payment has been accepted your prints will be ready for pickup after ((time:four p m)) tomorrow"),
    ]


@case
def riding_lessons_child():
    dob = G.dob(2012, 2016)
    eir = G.eircode("A94")
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    fee = G.money(120, 190, cents=False)
    return "transcript", [
        (A, "Good afternoon, Carrigmore Equestrian, [[NAME:Sinéad]] speaking."),
        (C, "Hi [[NAME:Sinéad]], I'm ringing to book my daughter into the Saturday beginners' block."),
        (A, "Lovely. Has she ridden before?"),
        (C, "Only on holidays, a pony trek or two. She's mad keen though."),
        (A, "Grand. What's her name and date of birth? We group them by age."),
        (C, "[[NAME:Aoife Brennan]], born [[DOB:" + dob[2] + "/" + dob[1] + "/" + dob[0] + "]]."),
        (A, "Perfect, she'd be in the junior group at ((time:9:30)). It's a block of ((count:6)) lessons, ((price:€" + fee[0] + ")) for the block."),
        (C, "That's fine. And the booking can go in my name, [[NAME:Orla Brennan]]."),
        (A, "Thanks, [[NAME:Orla]]. And your Eircode, for the waiver form?"),
        (C, "[[POSTCODE:" + eir + "]]."),
        (A, "And I can take the payment now if you like."),
        (C, "Yes. It's [[CARD_NUMBER#c:" + card[:4] + " " + card[4:8] + "]]... sorry, the dog... [[CARD_NUMBER#c:" + card[8:] + "]]."),
        (A, "So that's [[CARD_NUMBER:" + grp(card, "4444") + "]]?"),
        (C, "Yes."),
        (A, "Expiry and CVV?"),
        (C, "Expiry [[EXPIRY:" + m + "/20" + y + "]], CVV [[CVV:" + cv + "]]."),
        (A, "All done. She'll need a hat; we have ones to borrow, and boots with a small heel."),
        (C, "Brilliant. See you Saturday."),
    ]


@case
def livery_direct_debit():
    sort = G.dig(6)
    acct = G.dig(8, True)
    dob = G.dob(1962, 1990)
    hn = G.n(2, 60)
    pc = G.ukpc("CV35")
    fee = G.n(380, 620)
    height = G.n(14, 17)
    return "asr", [
        (A, "morning hollybrook livery [[NAME:tamsin]] speaking"),
        (C, "hi [[NAME:tamsin]] it's [[NAME:jo fairweather]] i've got the grey mare on full livery with you"),
        (A, "oh yes the big girl she's lovely how can i help"),
        (C, "i want to switch the monthly bill to direct debit i keep forgetting the transfer"),
        (A, "no problem the full livery is ((price:" + amt(fee) + " pounds a month)) so it'll come out on the ((date:first))"),
        (C, "yeah that's fine"),
        (A, "so i need the sort code first"),
        (C, "[[ACCOUNT_NUMBER:" + say(sort, "p6") + "]]"),
        (A, "and the account number"),
        (C, "[[ACCOUNT_NUMBER#a:" + say(acct[:4], "p4") + "]] um [[ACCOUNT_NUMBER#a:" + say(acct[4:], "c4") + "]]"),
        (A, "let me say that back [[ACCOUNT_NUMBER:" + say(acct, "s8") + "]]"),
        (C, "yep"),
        (A, "and for the mandate i need the account holder's date of birth and address"),
        (C, "[[DOB:" + say(dob[2], "p2") + " " + say(dob[1], "p2") + " " + say(dob[0], "y4") + "]] and it's [[ADDRESS:" + amt(hn) + " mill race lane]] [[POSTCODE:" + pc_uk(pc, pair=False) + "]]"),
        (A, "lovely oh and while i've got you the farrier's coming tuesday"),
        (C, "does she need the front ones doing"),
        (A, "he said all four this time she's been stumbling a bit"),
        (C, "fine put it on the bill"),
        (A, "and we're measuring everyone for the new rugs she's what ((quantity:" + w_small(height) + " two hands))"),
        (C, "about that yeah"),
    ]


@case
def fishing_licence_bc():
    dob = G.dob(1958, 1984)
    lic = G.dig(8, True)
    pcd = G.capc("V0N")
    card = G.card("mc2")
    m, y = G.expiry()
    cv = G.cvv()
    fee = G.money(40, 80)
    return "asr", [
        (A, "freshwater licensing this is [[NAME:marcus]] how can i help you today"),
        (C, "hi yeah i need a fishing licence for a trip up to the interior next month"),
        (A, "sure is it a resident licence or non-resident"),
        (C, "resident i'm in squamish"),
        (A, "okay and did you have a licence with us last year"),
        (C, "i did the number's [[ACCOUNT_NUMBER:" + say(lic, "p8") + "]]"),
        (A, "let me pull that up so that's [[ACCOUNT_NUMBER:" + say(lic, "s4 s4") + "]]"),
        (C, "yep"),
        (A, "and can you confirm your date of birth"),
        (C, "[[DOB:" + mon(dob[1]) + " " + ordw(dob[2]) + " " + say(dob[0], "y4") + "]]"),
        (A, "thanks and is the postal code still [[POSTCODE:" + pc_say(pcd) + "]]"),
        (C, "yeah same place"),
        (A, "okay do you want the annual or the ((duration:eight day)) licence"),
        (C, "what's the annual"),
        (A, "annual's ((price:" + amt(fee[0]) + " " + cents(fee[1]) + ")) plus the conservation surcharge if you're after salmon"),
        (C, "just trout and kokanee so the annual's fine"),
        (A, "okay i'll take the card when you're ready"),
        (C, "[[CARD_NUMBER#c:" + say(card[:4], "c4") + "]] [[CARD_NUMBER#c:" + say(card[4:8], "p4") + "]] [[CARD_NUMBER#c:" + say(card[8:12], "p4") + "]] [[CARD_NUMBER#c:" + say(card[12:], "d4") + "]]"),
        (A, "sorry the line cut out after the first bit can you give me the last eight again"),
        (C, "[[CARD_NUMBER#c!x:" + say(card[8:12], "s4") + "]] [[CARD_NUMBER#c!x:" + say(card[12:], "s4") + "]]"),
        (A, "got it and expiry"),
        (C, "[[EXPIRY:" + mon(m) + " " + say("20" + y, "y4") + "]]"),
        (A, "and the three digit code"),
        (C, "[[CVV:" + say(cv, "s1 p2") + "]]"),
        (A, "you're all set the licence will be emailed to the address on file"),
    ]


@case
def model_railway_order():
    cat1 = G.dig(4, True)
    cat2 = G.dig(4, True)
    p1 = G.money(30, 90)
    p2 = G.money(12, 40)
    card = G.card("visa")
    wrong = G.dig(4)
    m, y = G.expiry()
    cv = G.cvv()
    hn = G.n(2, 140)
    pc = G.ukpc("DE22")
    return "transcript", [
        (A, "Good morning, Junction Models, [[NAME:Ravi]] here."),
        (C, "Morning. I'd like to order a couple of things from the new catalogue, if they're in stock."),
        (A, "Go ahead, what are the catalogue numbers?"),
        (C, "The first is ((model_number:R" + cat1 + ")), the tank engine, and the second is ((model_number:R" + cat2 + ")), the three-coach set."),
        (A, "The engine's in, ((price:£" + p1[0] + "." + p1[1] + ")). The coaches are on back order, about ((duration:3 weeks))."),
        (C, "I'll take both, ship them together."),
        (A, "Right. Name and delivery address?"),
        (C, "[[NAME:Malcolm Pryce-Jenkins]], [[ADDRESS:" + str(hn) + " Bramblewick Crescent, Derby]], [[POSTCODE:" + pc + "]]."),
        (A, "And an email for the dispatch note?"),
        (C, "[[EMAIL:m.pryce.jenkins@btinternet.com]]"),
        (A, "Thank you. Card number when you're ready."),
        (C, "[[CARD_NUMBER#c:" + card[:4] + "]], [[CARD_NUMBER#c:" + card[4:8] + "]], [[CARD_NUMBER#c!x:" + wrong + "]], sorry, no, [[CARD_NUMBER#c:" + card[8:12] + "]], then [[CARD_NUMBER#c:" + card[12:] + "]]."),
        (A, "So the third block is [[CARD_NUMBER!p:" + card[8:12] + "]], not [[CARD_NUMBER!p:" + wrong + "]]?"),
        (C, "Correct."),
        (A, "And the expiry?"),
        (C, "[[EXPIRY:" + m + "/" + y + "]]."),
        (A, "Security code?"),
        (C, "[[CVV:" + cv + "]]."),
        (A, "Lovely. That's ((price:£" + p1[0] + "." + p1[1] + ")) now and ((price:£" + p2[0] + "." + p2[1] + ")) postage when the coaches go out."),
        (C, "Perfect, thanks [[NAME:Ravi]]."),
    ]


@case
def coin_dealer_gold():
    ssn = G.ssn()
    y1 = str(G.n(1900, 1915))
    y2 = str(G.n(1920, 1933))
    prem = G.n(2, 6)
    hn = G.dig(4, True)
    zp = G.zip("331")
    total = G.n(2100, 4800)
    return "asr", [
        (A, "liberty coin and bullion this is [[NAME:hector]]"),
        (C, "hi [[NAME:hector]] i called yesterday about selling some gold coins my dad left me"),
        (A, "oh right the double eagles"),
        (C, "yeah there's a ((year:" + say(y1, "y4") + ")) and a ((year:" + say(y2, "y4") + ")) and a few sovereigns"),
        (A, "okay so on the double eagles we're paying ((percentage:" + w_small(prem) + " percent)) over melt today"),
        (C, "and each one is about ((quantity:an ounce)) right"),
        (A, "a little under ((quantity:point nine six seven of an ounce)) of gold but yeah roughly"),
        (C, "okay what do you need from me"),
        (A, "for a sale this size we have to file a form so i'll need your full name social and address"),
        (C, "sure it's [[NAME:ramona fuentes]]"),
        (A, "and your social"),
        (C, "[[SSN#s:" + say(ssn[:3], "h3") + "]] [[SSN#s:" + say(ssn[3:5], "p2") + "]] [[SSN#s:" + say(ssn[5:], "p4") + "]]"),
        (A, "let me read it back [[SSN:" + say(ssn, "s3 s2 s4") + "]]"),
        (C, "yes"),
        (A, "and the address"),
        (C, "[[ADDRESS:" + say(hn, "p4") + " coral bean way miami]] [[POSTCODE:" + say(zp, "s5") + "]]"),
        (A, "okay at today's price you're looking at around ((price:" + amt(total) + " dollars)) for the lot"),
        (C, "that's more than i thought"),
        (A, "gold's been strong you want to bring them in or mail them insured"),
        (C, "i'll bring them in saturday morning"),
    ]


@case
def stamp_approvals():
    client = G.letters(2) + G.dig(5, True)
    sg = G.n(1, 9)
    price = G.money(45, 180)
    y = str(G.n(1840, 1841))
    hn = G.n(1, 30)
    pc = G.ukpc("TR1")
    dob = G.dob(1946, 1966)
    return "transcript", [
        (A, "Penrose Philatelic, good afternoon, [[NAME:Hilary]] speaking."),
        (C, "Good afternoon. I used to get your approvals booklets years ago and I'd like to start again."),
        (A, "Oh, how lovely. Do you remember your old client number?"),
        (C, "I've got an old envelope here: [[ACCOUNT_NUMBER:" + client + "]]."),
        (A, "Let me look. Yes, Mr [[NAME:Trethewey]]?"),
        (C, "That's me, [[NAME:Gerald Trethewey]]."),
        (A, "We need to re-check a few details as it's been so long. Are you still at [[ADDRESS:" + str(hn) + " Chapel Ope Row, Truro]]?"),
        (C, "No, I've moved. It's [[ADDRESS:" + str(hn + 7) + " Kenwyn Steps Terrace]] now, same town, [[POSTCODE:" + pc + "]]."),
        (A, "Thank you. And for the security question, your date of birth?"),
        (C, "[[DOB:" + dob[2] + "." + dob[1] + "." + dob[0] + "]]."),
        (A, "That's fine. What are you collecting these days?"),
        (C, "Great Britain, Queen Victoria mostly. I'm still after a decent ((year:" + y + ")) Penny Black."),
        (A, "We've got a nice four-margin one at the moment, plate ((other:" + str(sg) + ")), ((price:£" + price[0] + ")) with a certificate."),
        (C, "I'd like to see that in the first booklet, please."),
        (A, "I'll put it in. The booklets go out on ((duration:28 days)) approval, as before."),
        (C, "Lovely. Thank you, [[NAME:Hilary]]."),
    ]


@case
def wine_merchant_case():
    dob = G.dob(1975, 2003)
    v1 = str(G.n(2009, 2016))
    v2 = str(G.n(2017, 2021))
    price = G.money(120, 260)
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    hn = G.n(2, 90)
    pc = G.ukpc("BS6")
    return "asr", [
        (A, "hello vine and cellar [[NAME:fergus]] speaking"),
        (C, "oh hi i'd like to order the mixed case of rioja from your newsletter"),
        (A, "lovely that's the one with the ((year:" + say(v1, "y4") + ")) gran reserva and the ((year:" + say(v2, "y4") + ")) crianza"),
        (C, "that's it ((count:twelve)) bottles"),
        (A, "it is yes ((count:six)) of each and it comes to ((price:" + amt(price[0]) + " pounds " + cents(price[1]) + "))"),
        (C, "great"),
        (A, "because it's alcohol i do need to check you're over ((other:eighteen)) can i take a date of birth"),
        (C, "sure it's [[DOB:" + ordw(dob[2]) + " of " + mon(dob[1]) + " " + say(dob[0], "y4") + "]]"),
        (A, "perfect and your name"),
        (C, "[[NAME:imogen salter]]"),
        (A, "thanks [[NAME:imogen]] where are we delivering to"),
        (C, "[[ADDRESS:" + amt(hn) + " cotham brow bristol]] [[POSTCODE:" + pc_uk(pc) + "]]"),
        (A, "and i'll take your card"),
        (C, "okay [[CARD_NUMBER#c:" + say(card[:6], "p6") + "]] [[CARD_NUMBER#c:" + say(card[6:10], "c4") + "]] [[CARD_NUMBER#c:" + say(card[10:], "p6") + "]]"),
        (A, "sorry could you repeat the middle bit"),
        (C, "[[CARD_NUMBER#c!x:" + say(card[6:10], "s4") + "]]"),
        (A, "thank you and the expiry"),
        (C, "[[EXPIRY:" + say(m, "p2") + " slash " + say(y, "p2") + "]]"),
        (A, "security number"),
        (C, "[[CVV:" + say(cv, "h3") + "]]"),
        (A, "all done it'll be with you thursday someone over ((other:eighteen)) needs to sign"),
    ]


@case
def bakery_birthday_cake():
    phone = G.us_phone("503")
    card = G.card("disc")
    m, y = G.expiry()
    cv = G.cvv()
    price = G.money(55, 95)
    size = G.pick([8, 10, 12])
    return "transcript", [
        (A, "Rise & Shine Bakery, this is [[NAME:Dottie]]."),
        (C, "Hi [[NAME:Dottie]]! I'd like to order a birthday cake for Saturday."),
        (A, "Sure thing. What size were you thinking?"),
        (C, "It's for about ((count:25)) kids, so whatever that needs."),
        (A, "I'd go with a ((quantity:" + str(size) + "-inch)) double layer. Chocolate or vanilla?"),
        (C, "Chocolate, with the rainbow sprinkles, and it should say \"Happy ((other:7th)) Birthday [[NAME:Mateo]]\"."),
        (A, "Cute. Is that [[NAME:M-A-T-E-O]]?"),
        (C, "Yep."),
        (A, "And your name for the order?"),
        (C, "[[NAME:Lucia Ferraro-Diaz]]."),
        (A, "Thanks, [[NAME:Lucia]]. A phone number in case we have questions?"),
        (C, "[[PHONE:" + phone[:3] + " " + phone[3:6] + " " + phone[6:] + "]]."),
        (A, "We ask for a deposit on custom cakes. The total is ((price:$" + price[0] + "." + price[1] + ")), so half now."),
        (C, "Okay. It's a Discover, [[CARD_NUMBER#c:" + card[:4] + "]] ... [[CARD_NUMBER#c:" + card[4:8] + "]] ... hold on, my son's yelling ... [[CARD_NUMBER#c:" + card[8:] + "]]."),
        (A, "I got [[CARD_NUMBER:" + grp(card, "4444", "-") + "]]. Expiration?"),
        (C, "[[EXPIRY:" + str(int(m)) + "/" + y + "]]."),
        (A, "And the CVV on the back?"),
        (C, "[[CVV:" + cv + "]]."),
        (A, "Perfect. Pickup Saturday any time after ((time:8 a.m.))."),
    ]


@case
def framer_canvas():
    w, h = G.n(40, 90), G.n(50, 120)
    price = G.money(140, 380)
    phone = G.au_phone(mobile=False)
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    pc = G.aupc("30")
    less = G.n(6, 11) * 10
    return "asr", [
        (A, "the frame room fitzroy [[NAME:nadia]] speaking"),
        (C, "hi i dropped a watercolour in on tuesday for a quote i think it's ready"),
        (A, "what's the surname"),
        (C, "[[NAME:kowalczyk]] [[NAME:k o w a l c z y k]]"),
        (A, "got it [[NAME:kowalczyk]] so the piece is ((quantity:" + w_small(w) + " by " + amt(h) + " centimetres)) and with the oak frame and museum glass it's ((price:" + amt(price[0]) + " " + cents(price[1]) + "))"),
        (C, "okay that's a bit more than i hoped what's without the museum glass"),
        (A, "about ((price:" + amt(less) + ")) less but you'd get more glare and less uv protection"),
        (C, "no let's do it properly"),
        (A, "i'll take payment now and we start it this week"),
        (C, "sure it's [[CARD_NUMBER#c:" + say(card[:8], "p2 p2 p2 p2") + "]]"),
        (A, "yep"),
        (C, "[[CARD_NUMBER#c:" + say(card[8:12], "c4") + "]] and then [[CARD_NUMBER#c:" + say(card[12:], "p4") + "]]"),
        (A, "so the last two blocks were [[CARD_NUMBER!p:" + say(card[8:], "s4 s4") + "]]"),
        (C, "that's it"),
        (A, "expiry date"),
        (C, "end of [[EXPIRY:" + mon(m) + " " + say(y, "p2") + "]]"),
        (A, "cvv"),
        (C, "[[CVV:" + say(cv, "s3") + "]]"),
        (A, "and a number to ring when it's ready"),
        (C, "the home number's best [[PHONE:" + say(phone, "s2 p2 p2 p2 p2") + "]]"),
        (A, "and you're in fitzroy north yeah [[POSTCODE:" + say(pc, "p4") + "]]"),
        (C, "close enough yeah"),
        (A, "should be about ((duration:ten days)) i'll call you"),
    ]


@case
def bridal_deposit():
    style_no = G.dig(4, True)
    dep = G.money(300, 650, cents=False)
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    phone = G.us_phone("312")
    flight = G.n(1100, 2999)
    return "transcript", [
        (A, "Thank you for calling Belle Aurora Bridal, this is [[NAME:Kendra]]."),
        (C, "Hi [[NAME:Kendra]], I tried on a dress with you two weeks ago and I want to order it."),
        (A, "Congratulations! Do you have the style number?"),
        (C, "It's ((model_number:AL-" + style_no + ")), the lace one with the open back."),
        (A, "Gorgeous. And what size did we take for you?"),
        (C, "The consultant said a ((other:10)) but to order up for the hips."),
        (A, "Okay, I'll note a ((other:12)). The wedding date?"),
        (C, "((date:June 14th)). I'm flying in from Denver that week, on ((flight_number:UA " + str(flight) + ")), so the final fitting has to be before then."),
        (A, "Understood. To place the order we take a deposit of ((price:$" + dep[0] + ")). Name on the card?"),
        (C, "[[NAME:Brianna Castellanos-Wu]]."),
        (A, "Go ahead with the number."),
        (C, "It's [[CARD_NUMBER#c:" + card[:2] + "]] [[CARD_NUMBER#c:" + card[2:4] + "]] [[CARD_NUMBER#c:" + card[4:6] + "]] [[CARD_NUMBER#c:" + card[6:8] + "]], um, [[CARD_NUMBER#c:" + card[8:12] + "]], [[CARD_NUMBER#c:" + card[12:] + "]]."),
        (A, "Reading back: [[CARD_NUMBER:" + grp(card, "4444") + "]]."),
        (C, "Yes."),
        (A, "Expiration date and security code?"),
        (C, "[[EXPIRY:" + m + "/" + y + "]] and [[CVV:" + cv + "]]."),
        (A, "Thank you. And a cell number so the consultant can text you?"),
        (C, "[[PHONE:" + phone[:3] + "." + phone[3:6] + "." + phone[6:] + "]]."),
        (A, "Perfect. Gowns take about ((duration:16 weeks)), so we're right on time."),
    ]


@case
def show_kennels_boarding():
    kc = G.letters(2) + G.dig(8, True)
    nights = G.n(4, 9)
    rate = G.money(22, 38)
    phone = G.uk_land("0113")
    hn = G.n(2, 200)
    pc = G.ukpc("LS21")
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    return "asr", [
        (A, "ashgrove show kennels [[NAME:lorraine]] speaking"),
        (C, "hiya [[NAME:lorraine]] it's [[NAME:pauline]] with the two whippets i need to book them in for crufts week"),
        (A, "oh hello [[NAME:pauline]] are you showing this year"),
        (C, "only the dog the bitch is in season so she's staying with you and he's coming home after the first day"),
        (A, "okay so the bitch for ((count:" + w_small(nights) + ")) nights and the dog for two"),
        (C, "that's it"),
        (A, "i need their registration numbers for the insurance is the bitch still ((other:" + " ".join(kc[:2].lower()) + " " + say(kc[2:], "p8") + "))"),
        (C, "yes that's her"),
        (A, "lovely the rate's ((price:" + amt(rate[0]) + " " + cents(rate[1]) + " a night)) each and she'll want the heated run"),
        (C, "she will she's a wimp"),
        (A, "and we've got your address as [[ADDRESS:" + amt(hn) + " tanners yard otley]] [[POSTCODE:" + pc_uk(pc) + "]]"),
        (C, "yes"),
        (A, "and is the landline still [[PHONE:" + say(phone, "s4 s3 p4") + "]]"),
        (C, "yes but you're better on the mobile that week i'll text it to you"),
        (A, "can i take a deposit on the card now"),
        (C, "yeah [[CARD_NUMBER#c:" + say(card[:4], "s4") + "]] [[CARD_NUMBER#c:" + say(card[4:8], "p4") + "]] [[CARD_NUMBER#c:" + say(card[8:], "p8") + "]]"),
        (A, "expiry and code"),
        (C, "[[EXPIRY:" + say(m, "p2") + " " + say(y, "p2") + "]] and [[CVV:" + say(cv, "s3") + "]]"),
        (A, "lovely and good luck with him in the ring"),
    ]


@case
def bee_nucs_ireland():
    dep_pct = G.pick([25, 30, 50])
    cust = G.dig(6, True)
    eir = G.eircode("R93")
    price = G.money(160, 240, cents=False)
    frames = 5
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    return "transcript", [
        (A, "Slaney Apiary Supplies, [[NAME:Declan]] speaking."),
        (C, "Hi [[NAME:Declan]], it's [[NAME:Úna Kinsella]]. I'm looking to reserve a nucleus colony for May."),
        (A, "Hello [[NAME:Úna]]. Are you an existing customer?"),
        (C, "I am, my customer number is [[ACCOUNT_NUMBER:" + cust[:3] + " " + cust[3:] + "]]."),
        (A, "Grand. So it's a ((count:" + str(frames) + "))-frame nuc, native black bee, ((price:€" + price[0] + ")) and we collect in person only."),
        (C, "That's fine. Can I pay the deposit now?"),
        (A, "You can, it's ((percentage:" + str(dep_pct) + "%)) to reserve. Card number?"),
        (C, "[[CARD_NUMBER#c:" + card[:4] + "]]... [[CARD_NUMBER#c:" + card[4:8] + "]]... sorry, one second, I'm in my veil... [[CARD_NUMBER#c:" + card[8:12] + "]], [[CARD_NUMBER#c:" + card[12:] + "]]."),
        (A, "Card ending [[CARD_NUMBER!p:" + card[12:] + "]]. Expiry?"),
        (C, "[[EXPIRY:" + mon(m, cap=True) + " 20" + y + "]]."),
        (A, "And the three on the back?"),
        (C, "[[CVV:" + cv + "]]."),
        (A, "Great. And your Eircode hasn't changed? We've [[POSTCODE:" + eir + "]]."),
        (C, "Still the same."),
        (A, "We'll ring you when the queens are mated, usually the ((date:third week of May))."),
    ]


@case
def organ_society_renewal():
    mem = G.dig(5, True)
    fee = G.money(25, 45, cents=False)
    dob = G.dob(1941, 1958)
    return "asr", [
        (A, "good morning northern organists association membership secretary [[NAME:rosalind]] speaking"),
        (C, "good morning it's [[NAME:bernard okonkwo]] i want to renew my membership and change to the senior rate"),
        (A, "of course mister [[NAME:okonkwo]] what's your membership number"),
        (C, "it's [[ACCOUNT_NUMBER:" + say(mem, "s1 p4") + "]]"),
        (A, "i have you here and for the senior rate i need a date of birth"),
        (C, "[[DOB:" + say(dob[2], "p2") + " " + mon(dob[1]) + " " + say(dob[0], "y4") + "]]"),
        (A, "that's fine so the senior rate is ((price:" + amt(fee[0]) + " pounds)) and it includes the journal"),
        (C, "good can i have the journal by email now instead of post"),
        (A, "yes what's the email"),
        (C, "it's [[EMAIL:bernard dot okonkwo at organ dash loft dot co dot uk]]"),
        (A, "so [[EMAIL:b e r n a r d dot okonkwo at organ hyphen loft dot co dot uk]]"),
        (C, "that's it"),
        (A, "and are you coming to the recital at st cuthbert's on the ((date:twelfth))"),
        (C, "i'm playing in the second half the ((other:b w v five four two))"),
    ]


@case
def choir_tickets_ivr():
    n_t = G.n(2, 4)
    price = G.money(28, 55, cents=False)
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    zp = G.zip("551")
    return "asr", [
        (I, "welcome to the twin cities choral society box office for the winter concert say tickets for anything else say agent"),
        (C, "tickets"),
        (I, "how many tickets would you like"),
        (C, "((count:" + w_small(n_t) + "))"),
        (I, "adult tickets are ((price:" + amt(price[0]) + " dollars each)) please say or enter your card number"),
        (C, "[[CARD_NUMBER#c:" + say(card[:4], "p4") + "]] [[CARD_NUMBER#c:" + say(card[4:8], "p4") + "]] [[CARD_NUMBER#c:" + say(card[8:12], "p4") + "]] [[CARD_NUMBER#c:" + say(card[12:], "p4") + "]]"),
        (I, "i heard [[CARD_NUMBER:" + say(card, "s4 s4 s4 s4") + "]] if that's right say yes"),
        (C, "yes"),
        (I, "please say the expiration date"),
        (C, "[[EXPIRY:" + mon(m) + " of " + say("20" + y, "y4") + "]]"),
        (I, "and the three digit security code"),
        (C, "[[CVV:" + say(cv, "s1 p2") + "]]"),
        (I, "and the billing zip code"),
        (C, "[[POSTCODE:" + say(zp, "s5") + "]]"),
        (I, "thank you your seats are in row k seats ((other:" + w_small(11) + " through " + w_small(10 + n_t) + ")) your tickets will be held at will call"),
        (C, "agent"),
        (A, "box office this is [[NAME:tomasz]] i see you just bought tickets can i help with something else"),
        (C, "yeah my mother uses a wheelchair is row k okay for that"),
        (A, "row k is up a few steps let me move you to row c on the aisle same price"),
        (C, "oh thank you so much"),
    ]


@case
def garden_centre_landscaper():
    acct = G.dig(7, True)
    phone = G.us_phone("905")
    ext = G.n(21, 89)
    hn = G.n(12, 480)
    pcd = G.capc("L7G")
    trees = G.n(12, 30)
    disc = G.n(10, 20)
    return "transcript", [
        (A, "Halton Hills Garden Centre, trade desk, [[NAME:Gurpreet]] speaking."),
        (C, "Hi, it's [[NAME:Wes Dubois]] from Greenline Landscaping. We have a trade account."),
        (A, "Hi [[NAME:Wes]]. What's the account number?"),
        (C, "[[ACCOUNT_NUMBER:TR-" + acct[:3] + "-" + acct[3:] + "]]."),
        (A, "Got it. What can I do for you?"),
        (C, "I need ((count:" + str(trees) + ")) of the ((quantity:6-foot)) emerald cedars delivered to a job site on Thursday."),
        (A, "We have them. Your trade discount's ((percentage:" + str(disc) + "%)). Where's the site?"),
        (C, "[[ADDRESS:" + str(hn) + " Ravine Hollow Court, Georgetown]], [[POSTCODE:" + pcd + "]]."),
        (A, "And someone on site to sign?"),
        (C, "My foreman, [[NAME:Luis Ortega]]. Or call the office, [[PHONE#x:" + phone[:3] + "-" + phone[3:6] + "-" + phone[6:] + "]], extension [[PHONE#x!e:" + str(ext) + "]]."),
        (A, "So [[PHONE#r:" + phone[:3] + " " + phone[3:6] + " " + phone[6:] + "]], ext. [[PHONE#r!e:" + str(ext) + "]]. And it goes on the account as usual?"),
        (C, "Yes, thirty-day terms."),
        (A, "Done. Morning delivery, between ((time:7)) and ((time:11 a.m.))"),
    ]


@case
def community_garden_waitlist():
    dob = G.dob(1968, 1999)
    phone = G.au_phone()
    hn = G.n(3, 70)
    pc = G.aupc("26")
    wait = G.n(8, 18)
    fee = G.n(45, 90)
    return "asr", [
        (A, "hello braddon community garden it's [[NAME:wendy]] on the volunteer line"),
        (C, "hi [[NAME:wendy]] i'd like to get on the waiting list for a plot"),
        (A, "lovely the list's about ((duration:" + w_small(wait) + " months)) at the moment is that okay"),
        (C, "that's fine i'm not in a hurry"),
        (A, "can i get your name"),
        (C, "[[NAME:thanh nguyen]]"),
        (A, "and how do you spell the first name"),
        (C, "[[NAME:t h a n h]]"),
        (A, "and an email [[NAME:thanh]]"),
        (C, "it's [[EMAIL:thanh dot nguyen eighty eight at optusnet dot com dot au]]"),
        (A, "and a mobile"),
        (C, "[[PHONE:" + say(phone, "s4 p2 s1 s3") + "]]"),
        (A, "sorry was that [[PHONE:" + say(phone, "s4 s3 s3") + "]]"),
        (C, "yep"),
        (A, "and do you live locally you need to be in the act"),
        (C, "yes [[ADDRESS:" + amt(hn) + " limestone avenue ainslie]] [[POSTCODE:" + say(pc, "p4") + "]]"),
        (A, "perfect and the plot fee is ((price:" + amt(fee) + " dollars a year)) which you pay when one comes up"),
        (C, "great thanks"),
    ]


@case
def piano_tuner_school():
    inv = G.dig(5, True)
    phone = G.uk_land("0161")
    ext = G.dig(3, True)
    hz = 440
    pianos = G.n(3, 7)
    amount = G.money(220, 420, cents=False)
    return "transcript", [
        (A, "Hello, Wilbraham Piano Services, [[NAME:Ian]] speaking."),
        (C, "Hi [[NAME:Ian]], it's [[NAME:Claire Ashworth]], music department at St Bede's. You did our pianos in the summer."),
        (A, "Oh yes, hello [[NAME:Claire]]."),
        (C, "Two things. Finance says they can't find the invoice, and we need the hall piano done before the concert."),
        (A, "The invoice was [[ACCOUNT_NUMBER:" + inv + "]], ((count:" + str(pianos) + ")) pianos, ((price:£" + amount[0] + ")). I can re-send it."),
        (C, "Please do, to finance directly. And the hall piano, we're performing with a string group so it needs to be at ((quantity:A" + str(hz) + "))."),
        (A, "No problem. Who should I ring to get into the hall?"),
        (C, "The caretaker's office, [[PHONE#k:" + phone[:4] + " " + phone[4:7] + " " + phone[7:] + "]], then extension [[PHONE#k!e:" + ext + "]]."),
        (A, "Thursday at ((time:4:15)), after the pupils go?"),
        (C, "That works."),
    ]


@case
def guitar_setup_shop():
    order = G.dig(6, True)
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    price = G.money(65, 120)
    gauge = G.n(10, 12)
    return "asr", [
        (A, "fretworks guitar repair this is [[NAME:deshawn]]"),
        (C, "hey i'm calling about my telecaster you guys had it for a setup"),
        (A, "sure what's the work order number"),
        (C, "[[ACCOUNT_NUMBER:" + say(order, "h3 h3") + "]]"),
        (A, "so [[ACCOUNT_NUMBER:" + say(order, "s6") + "]] yeah it's done we put ((quantity:" + w_small(gauge) + "s)) on it like you asked"),
        (C, "cool how much do i owe"),
        (A, "((price:" + amt(price[0]) + " " + cents(price[1]) + ")) with the strings"),
        (C, "can i pay now and get it shipped i moved to austin"),
        (A, "sure go ahead with the card"),
        (C, "[[CARD_NUMBER#c:" + say(card[:4], "t4") + "]] [[CARD_NUMBER#c:" + say(card[4:8], "p4") + "]] uh [[CARD_NUMBER#c:" + say(card[8:12], "p4") + "]] [[CARD_NUMBER#c:" + say(card[12:], "c4") + "]]"),
        (A, "i'm gonna read it digit by digit [[CARD_NUMBER:" + say(card, "s16") + "]]"),
        (C, "that's right"),
        (A, "expiration and the code"),
        (C, "[[EXPIRY:" + say(m + y, "s4") + "]] code [[CVV:" + say(cv, "h3") + "]]"),
        (A, "got it and an email for the tracking"),
        (C, "[[EMAIL:jt dot harlan at proton mail dot com]]"),
        (A, "that's j t dot harlan all one word proton mail"),
        (C, "yep protonmail one word"),
    ]


@case
def wedding_invites_print():
    qty = G.n(6, 16) * 10
    price = G.money(180, 340)
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    eir = G.eircode("H91")
    proof = G.n(2, 3)
    return "transcript", [
        (A, "Claddagh Print, good morning, [[NAME:Fionnuala]] speaking."),
        (C, "Hi, it's [[NAME:Ciarán Ó Súilleabháin]]. I approved the proofs for our wedding invitations last night."),
        (A, "Congratulations! Yes, I have them here, ((count:" + str(qty) + ")) invitations and the RSVP cards."),
        (C, "Great. I need to pay the balance before you print, is that right?"),
        (A, "That's right, it's ((price:€" + price[0] + "." + price[1] + ")). Go ahead when you're ready."),
        (C, "[[CARD_NUMBER#c:" + card[:4] + " " + card[4:8] + " " + card[8:12] + "]], and the last four [[CARD_NUMBER#c:" + card[12:] + "]]."),
        (A, "Expiry?"),
        (C, "[[EXPIRY:" + m + " " + y + "]]."),
        (A, "And the CVV?"),
        (C, "[[CVV:" + cv + "]]."),
        (A, "Thank you. We'll post them to the Eircode on the order, [[POSTCODE:" + eir + "]]?"),
        (C, "Yes, that's my fiancée's place."),
        (A, "Lovely. They'll be ready in ((duration:" + str(proof) + " working days))."),
        (C, "And could you email the receipt? [[EMAIL:ciaran.osuilleabhain@gmail.com]]"),
    ]


@case
def photo_restoration_card_switch():
    card1 = G.card("visa")
    card2 = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    hn = G.n(2, 99)
    pc = G.ukpc("NE3")
    prints = G.n(2, 5)
    price = G.money(40, 85)
    return "asr", [
        (A, "silverline photo lab [[NAME:kerry]] speaking"),
        (C, "hello it's about the old wedding photo i sent in for restoring my granddad's one"),
        (A, "yes is that [[NAME:alan hepburn]]"),
        (C, "that's me"),
        (A, "it's come out lovely we've done ((count:" + w_small(prints) + ")) prints at ((quantity:ten by eight)) so it's ((price:" + amt(price[0]) + " " + cents(price[1]) + ")) in total"),
        (C, "right i'll pay that now it's [[CARD_NUMBER#a:" + say(card1[:8], "p8") + "]] [[CARD_NUMBER#a:" + say(card1[8:], "p8") + "]]"),
        (A, "okay"),
        (C, "actually no hang on put it on the other card that one's my wife's"),
        (A, "no problem i'll ignore that one go ahead"),
        (C, "[[CARD_NUMBER#b:" + say(card2[:4], "d4") + "]] [[CARD_NUMBER#b:" + say(card2[4:8], "d4") + "]] [[CARD_NUMBER#b:" + say(card2[8:12], "d4") + "]] [[CARD_NUMBER#b:" + say(card2[12:], "d4") + "]]"),
        (A, "and expiry on that one"),
        (C, "[[EXPIRY:" + say(m, "s2") + " " + say(y, "s2") + "]]"),
        (A, "and the last three on the back"),
        (C, "[[CVV:" + say(cv, "d3") + "]]"),
        (A, "and we'll post them to [[ADDRESS:" + amt(hn) + " kenton bar road]] [[POSTCODE:" + pc_uk(pc) + "]]"),
        (C, "that's right"),
    ]


@case
def riding_waiver_us():
    dob = G.dob(1980, 2001)
    phone = G.us_phone("540")
    phone2 = G.us_phone("540")
    rides = G.n(2, 4)
    price = G.n(55, 95)
    return "transcript", [
        (A, "Blue Ridge Trail Rides, this is [[NAME:Savannah]]."),
        (C, "Hi! I booked a trail ride online for Saturday but it says I need to finish the waiver by phone."),
        (A, "Sure, that happens when the form times out. What's your name?"),
        (C, "[[NAME:Keisha Lamont]]."),
        (A, "Got you, [[NAME:Keisha]]. Date of birth?"),
        (C, "[[DOB:" + mon(dob[1], cap=True) + " " + str(int(dob[2])) + ", " + dob[0] + "]]."),
        (A, "And your weight, roughly? We have a limit of ((quantity:240 pounds)) for the horses."),
        (C, "Oh, I'm well under that."),
        (A, "Great. Cell number?"),
        (C, "[[PHONE:" + phone + "]]."),
        (A, "And an emergency contact who won't be riding with you?"),
        (C, "My sister, [[NAME:Tanisha Lamont]], [[PHONE:" + phone2[:3] + " " + phone2[3:6] + " " + phone2[6:] + "]]."),
        (A, "Thank you. You're on the ((time:9 o'clock)) ride, ((duration:90 minutes)), ((price:$" + str(price) + ")) paid online already."),
        (C, "Perfect. Should I wear anything special?"),
        (A, "Long pants and closed-toe shoes. Helmets are provided."),
    ]


@case
def stamp_auction_ivr():
    bidder = G.dig(8, True)
    lot1 = G.n(100, 899)
    lot2 = G.n(100, 899)
    dob = G.dob(1950, 1975)
    limit = G.n(120, 600)
    return "asr", [
        (I, "welcome to harcourt and vale stamp auctions to place a commission bid please say or key in your bidder number"),
        (C, "[[ACCOUNT_NUMBER:" + say(bidder, "p8") + "]]"),
        (I, "thank you that was [[ACCOUNT_NUMBER:" + say(bidder, "s4 s4") + "]] for security please say your date of birth"),
        (C, "[[DOB:" + ordw(dob[2]) + " of the " + ordw(dob[1]) + " " + say(dob[0], "y4") + "]]"),
        (I, "sorry i didn't understand please say your date of birth as day month and year"),
        (C, "[[DOB:" + say(dob[2], "p2") + " " + say(dob[1], "p2") + " " + say(dob[0], "p4") + "]]"),
        (I, "thank you please say the lot number"),
        (C, "lot ((other:" + amt(lot1) + "))"),
        (I, "lot ((other:" + say(str(lot1), "s3") + ")) please say your maximum bid in pounds"),
        (C, "((price:" + amt(limit) + "))"),
        (I, "your bid has been recorded to bid on another lot say another lot or to speak to someone say operator"),
        (C, "operator"),
        (A, "good afternoon harcourt and vale [[NAME:philippa]] speaking"),
        (C, "hello i've just left a bid on the machine but i want to ask about lot ((other:" + amt(lot2) + ")) the cover"),
        (A, "the registered cover to india yes it's got a small tear on the flap it's in the description"),
        (C, "ah i missed that i'll leave it then thank you"),
    ]


@case
def coin_proof_set_canada():
    yr = str(G.n(2019, 2024))
    price = G.money(90, 260)
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    hn = G.n(100, 9800)
    pcd = G.capc("T2N")
    return "transcript", [
        (A, "Maple Leaf Numismatics, [[NAME:Josée]] speaking."),
        (C, "Hi [[NAME:Josée]], I'm looking for the ((year:" + yr + ")) proof set, the one with the silver dollar. Is it still available?"),
        (A, "We have two left. It's ((price:$" + price[0] + "." + price[1] + ")) plus shipping."),
        (C, "I'll take one. Can I give you my card?"),
        (A, "Of course. Name first, please."),
        (C, "[[NAME:Harvey Mbeki]]."),
        (A, "And the card number?"),
        (C, "[[CARD_NUMBER#c:" + card[:4] + "]] [[CARD_NUMBER#c:" + card[4:8] + "]] [[CARD_NUMBER#c:" + card[8:12] + "]] [[CARD_NUMBER#c:" + card[12:] + "]]."),
        (A, "Was the second group [[CARD_NUMBER!p:" + card[4:8] + "]]?"),
        (C, "Yes, that's right."),
        (A, "Expiry and security code?"),
        (C, "Expires [[EXPIRY:" + m + "/" + y + "]], code [[CVV:" + cv + "]]."),
        (A, "Shipping address?"),
        (C, "[[ADDRESS:" + str(hn) + " Crowchild Trail NW, Calgary]], [[POSTCODE:" + pcd + "]]."),
        (A, "It'll go registered mail, ((duration:3 to 5 days))."),
        (C, "And could you send the receipt to [[EMAIL:hmbeki.coins@shaw.ca]]?"),
        (A, "Will do. Thanks, [[NAME:Harvey]]."),
    ]


@case
def fishing_licence_montana():
    als = G.dig(9, True)
    ssn = G.ssn()
    dob = G.dob(1955, 1995)
    zp = G.zip("597")
    days = G.n(2, 10)
    fee = G.money(40, 120)
    return "transcript", [
        (A, "Fish, Wildlife and Parks licensing, this is [[NAME:Dale]]."),
        (C, "Hi [[NAME:Dale]], I'm trying to buy a fishing license online but it keeps saying my ALS number doesn't match."),
        (A, "Let's look. What's the ALS number you're entering?"),
        (C, "[[ACCOUNT_NUMBER:" + als + "]]."),
        (A, "And your date of birth?"),
        (C, "[[DOB:" + dob[1] + "/" + dob[2] + "/" + dob[0] + "]]."),
        (A, "Okay, I see the problem. The record has a different birth date. To fix it I need to verify the last four of your Social."),
        (C, "[[SSN:" + ssn[5:] + "]]."),
        (A, "Thank you, that matches. And your name?"),
        (C, "[[NAME:Russell Two Feathers]]."),
        (A, "Mr. [[NAME:Two Feathers]], the date was entered with the day and month swapped. I've corrected it."),
        (C, "Great. And the ZIP on file should be [[POSTCODE:" + zp + "]]."),
        (A, "It is. You can buy the ((duration:" + str(days) + "-day)) nonresident... sorry, you're a resident, the season license is ((price:$" + fee[0] + "." + fee[1] + "))."),
        (C, "The season one, I'll do it online now."),
    ]


@case
def trumpet_rent_to_own():
    ssn = G.ssn()
    dob = G.dob(1975, 1992)
    hn = G.dig(4, True)
    zp = G.zip("452")
    phone = G.us_phone("513")
    rent = G.money(19, 39)
    months = 36
    return "asr", [
        (A, "thanks for calling queen city band instruments this is [[NAME:maribel]]"),
        (C, "hi my son's starting band at school and we want to do the rent to own on a trumpet"),
        (A, "awesome the student trumpet is ((price:" + amt(rent[0]) + " " + cents(rent[1]) + " a month)) for ((duration:thirty six months)) and it's yours"),
        (C, "okay let's do that"),
        (A, "i'll need to run a quick credit check can i get your full name"),
        (C, "[[NAME:derrick ashby]]"),
        (A, "and your social security number"),
        (C, "[[SSN#s:" + say(ssn[:3], "s3") + "]] [[SSN#s:" + say(ssn[3:5], "p2") + "]] um [[SSN#s:" + say(ssn[5:], "p4") + "]]"),
        (A, "i have [[SSN:" + say(ssn, "s9") + "]]"),
        (C, "yep"),
        (A, "date of birth"),
        (C, "[[DOB:" + mon(dob[1]) + " " + w_small(int(dob[2])) + " " + say(dob[0], "y4") + "]]"),
        (A, "and your home address"),
        (C, "[[ADDRESS:" + say(hn, "p4") + " buckeye ridge drive cincinnati]] [[POSTCODE:" + say(zp, "s3 p2") + "]]"),
        (A, "and a good phone number"),
        (C, "[[PHONE:" + say(phone, "h3 s3 p4") + "]]"),
        (A, "and your son's name for the rental agreement"),
        (C, "it's [[NAME:jaylen ashby]]"),
        (A, "perfect you're approved [[NAME:jaylen]] can pick it up tomorrow after ((time:three thirty))"),
    ]


@case
def wedding_cake_tasting():
    phone = G.uk_mobile()
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    dep = G.n(40, 80)
    tiers = 3
    guests = G.n(80, 160)
    return "asr", [
        (A, "good morning crumb and honey cakes [[NAME:priya]] speaking"),
        (C, "hi [[NAME:priya]] i'd like to book a tasting for our wedding cake"),
        (A, "congratulations when's the wedding"),
        (C, "the ((date:twentieth of september)) next year"),
        (A, "lovely and roughly how many guests"),
        (C, "about ((count:" + amt(guests) + "))"),
        (A, "so probably ((count:three)) tiers and maybe a cutting cake at the back"),
        (C, "sounds good"),
        (A, "the tasting is ((price:" + amt(dep) + " pounds)) which comes off the cake if you book with us what's your name"),
        (C, "[[NAME:holly brannigan]] and my fiancé is [[NAME:callum]]"),
        (A, "and a mobile number [[NAME:holly]]"),
        (C, "[[PHONE:" + say(phone, "d5 s1 d2 h3") + "]]"),
        (A, "so that's [[PHONE:" + say(phone, "s5 s6") + "]]"),
        (C, "yeah"),
        (A, "and the card for the tasting fee"),
        (C, "[[CARD_NUMBER#c:" + say(card[:8], "p8") + "]] [[CARD_NUMBER#c:" + say(card[8:], "s8") + "]]"),
        (A, "expiry and the last three digits"),
        (C, "[[EXPIRY:" + say(m, "p2") + " " + say(y, "p2") + "]] [[CVV:" + say(cv, "s3") + "]]"),
        (A, "lovely i've booked you saturday at ((time:eleven)) bring [[NAME:callum]] hungry"),
    ]


@case
def framing_jersey_canada():
    phone = G.us_phone("604")
    hn = G.n(1000, 4999)
    pcd = G.capc("V5K")
    wrong = G.capc("V5L")
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    price = G.money(260, 480)
    return "transcript", [
        (A, "Hastings Frame Shop, this is [[NAME:Mei]]."),
        (C, "Hi, I'm calling about a hockey jersey I want framed. It's signed, so I want it done right."),
        (A, "We do a lot of those. Shadow box with UV glass is ((price:$" + price[0] + "." + price[1] + ")) for a standard jersey."),
        (C, "That's fine. Can you pick it up? I don't want to carry it on the bus."),
        (A, "We can. Name and address?"),
        (C, "[[NAME:Omar Haddad]], [[ADDRESS:" + str(hn) + " Pandora Street, Vancouver]], [[POSTCODE:" + wrong + "]], sorry, [[POSTCODE:" + pcd + "]]."),
        (A, "So the postal code is [[POSTCODE:" + pcd + "]], not [[POSTCODE:" + wrong + "]]?"),
        (C, "Right, I always mix them up."),
        (A, "And a phone number for the driver?"),
        (C, "[[PHONE:" + phone[:3] + " " + phone[3:6] + " " + phone[6:8] + " " + phone[8:] + "]]."),
        (A, "I'll take the card to hold the pickup."),
        (C, "[[CARD_NUMBER#c:" + card[:8] + "]] ... [[CARD_NUMBER#c:" + card[8:] + "]]."),
        (A, "Expiry date?"),
        (C, "[[EXPIRY:" + m + "/" + y + "]]."),
        (A, "CVV?"),
        (C, "[[CVV:" + cv + "]]."),
        (A, "Thank you, [[NAME:Omar]]. The driver comes Tuesday between ((time:1)) and ((time:4 p.m.))"),
    ]


@case
def bridal_alterations_au():
    dep_pct = G.pick([20, 30, 40])
    phone = G.au_phone()
    hn = G.n(2, 150)
    pc = G.aupc("21")
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    quote = G.money(180, 420, cents=False)
    return "asr", [
        (A, "good afternoon evermore bridal alterations [[NAME:georgia]] speaking"),
        (C, "hi i need alterations on my dress and two bridesmaids dresses too"),
        (A, "lovely when's the big day"),
        (C, "((date:march the ninth))"),
        (A, "that's fine we need about ((duration:eight weeks)) what's the bride's name"),
        (C, "that's me [[NAME:jessamy prideaux]] and the bridesmaids are [[NAME:kirra]] and [[NAME:tahnee]]"),
        (A, "lovely so the quote for all three is ((price:" + amt(quote[0]) + " dollars)) and we take a deposit of ((percentage:" + w_small(dep_pct) + " percent))"),
        (C, "okay do you want the card"),
        (A, "yes please"),
        (C, "[[CARD_NUMBER#c:" + say(card[:4], "c4") + "]] [[CARD_NUMBER#c:" + say(card[4:8], "c4") + "]] [[CARD_NUMBER#c:" + say(card[8:12], "p4") + "]] [[CARD_NUMBER#c:" + say(card[12:], "p4") + "]]"),
        (A, "so the card ends in [[CARD_NUMBER!p:" + say(card[12:], "s4") + "]] and expiry"),
        (C, "[[EXPIRY:" + say(m, "s2") + " " + say("20" + y, "y4") + "]] and the code's [[CVV:" + say(cv, "s1 p2") + "]]"),
        (A, "great and the best mobile for you"),
        (C, "[[PHONE:" + say(phone, "s4 s3 h3") + "]]"),
        (A, "and your address for the invoice"),
        (C, "[[ADDRESS:" + amt(hn) + " wattle flat road penrith]] [[POSTCODE:" + say(pc, "p4") + "]]"),
    ]


@case
def bee_package_us():
    zp = G.zip("275")
    hn = G.dig(4, True)
    card = G.card("amex")
    m, y = G.expiry()
    cid = G.cvv(4)
    price = G.money(150, 210)
    phone = G.us_phone("919")
    return "transcript", [
        (A, "Carolina Bee Supply, this is [[NAME:Wendell]]."),
        (C, "Hi, I'd like to order two packages of bees for April pickup, if you've still got them."),
        (A, "We do. Italians or Carniolans?"),
        (C, "Carniolans, ((quantity:3-pound)) packages with a mated queen."),
        (A, "That's ((price:$" + price[0] + "." + price[1] + " each)). Pickup is the ((date:second Saturday in April))."),
        (C, "Great. Name's [[NAME:Patrice Oyelaran-Smith]]."),
        (A, "Address for the invoice?"),
        (C, "[[ADDRESS:" + hn + " Honeysuckle Branch Lane, Raleigh]], NC [[POSTCODE:" + zp + "]]."),
        (A, "And a phone, in case the trucks are delayed?"),
        (C, "[[PHONE:" + phone[:3] + "-" + phone[3:6] + "-" + phone[6:] + "]]."),
        (A, "I'll take the card now."),
        (C, "It's an Amex, [[CARD_NUMBER#c:" + card[:4] + "]]-[[CARD_NUMBER#c:" + card[4:10] + "]]-[[CARD_NUMBER#c:" + card[10:] + "]]."),
        (A, "Expiration and the four-digit code?"),
        (C, "[[EXPIRY:" + m + "/" + y + "]], [[CVV:" + cid + "]]."),
        (A, "All set. Keep them somewhere cool and ventilated in the car, not the trunk."),
    ]


@case
def model_shop_order_ivr():
    order = G.letters(2) + G.dig(6, True)
    pc = G.ukpc("GL52")
    cat = G.dig(4, True)
    scale = 76
    return "asr", [
        (I, "you're through to tinplate and track models to check an order say order status"),
        (C, "order status"),
        (I, "please say your order reference it starts with two letters"),
        (C, "[[ACCOUNT_NUMBER:" + " ".join(order[:2].lower()) + " " + say(order[2:], "p6") + "]]"),
        (I, "thanks i heard [[ACCOUNT_NUMBER:" + " ".join(order[:2].lower()) + " " + say(order[2:], "s6") + "]] and what's the postcode on the order"),
        (C, "[[POSTCODE:" + pc_uk(pc) + "]]"),
        (I, "your order was dispatched yesterday to track it say tracking or to speak to the shop say shop"),
        (C, "shop"),
        (A, "hello tinplate and track [[NAME:kieran]] here"),
        (C, "hi [[NAME:kieran]] my order's been sent but i think you've sent the ((quantity:double o)) version of the signal box and i wanted ((quantity:n gauge))"),
        (A, "ah let me check the catalogue number you ordered was ((model_number:" + say(cat, "p4") + "))"),
        (C, "yes"),
        (A, "that one is ((quantity:one to " + w_small(scale) + ")) which is ((quantity:double o)) sorry the website's confusing the ((quantity:n gauge)) one is a different number"),
        (C, "can i send it back"),
        (A, "yes i'll email you a returns label what email have we got"),
        (C, "[[EMAIL:signalman sixty two at hotmail dot co dot uk]]"),
        (A, "[[EMAIL:signalman six two at hotmail dot co dot uk]] okay it'll be with you in ((duration:ten minutes))"),
    ]


@case
def christmas_tree_ireland():
    off = G.pick([5, 10, 15])
    loyalty = G.dig(10, True)
    eir = G.eircode("W91")
    hn = G.n(2, 60)
    height = G.n(6, 9)
    price = G.money(55, 110, cents=False)
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    return "transcript", [
        (A, "Kildare Garden Centre, [[NAME:Niamh]] speaking, how can I help?"),
        (C, "Hi [[NAME:Niamh]], I want to order a Christmas tree for delivery. A Nordmann fir."),
        (A, "No bother. What height?"),
        (C, "((quantity:" + str(height) + " foot)), the ceiling's high in the hall."),
        (A, "That's ((price:€" + price[0] + ")), and delivery is free within ((quantity:20 km))."),
        (C, "Great. I have a loyalty card if that helps: [[ACCOUNT_NUMBER:" + loyalty[:5] + " " + loyalty[5:] + "]]."),
        (A, "It does, ((percentage:" + str(off) + "%)) off. Name on the card is [[NAME:Siobhán Dunne]]?"),
        (C, "That's me. Delivery to [[ADDRESS:" + str(hn) + " Ard na Gréine Park, Naas]], [[POSTCODE:" + eir + "]]."),
        (A, "And I'll take payment now. Card number?"),
        (C, "[[CARD_NUMBER#c:" + card[:4] + "-" + card[4:8] + "]], [[CARD_NUMBER#c:" + card[8:12] + "-" + card[12:] + "]]."),
        (A, "Expiry [[EXPIRY:" + m + "/" + y + "]] on that?"),
        (C, "Yes. And the code on the back is [[CVV:" + cv + "]]."),
        (A, "Lovely. We deliver from the ((date:1st of December)). Do you want a stand with it?"),
        (C, "No, I have one from last year."),
    ]


@case
def community_plot_us():
    mem = G.dig(5, True)
    fee = G.n(35, 75)
    plot = G.n(10, 60)
    phone = G.us_phone("206")
    yr = str(G.n(2016, 2021))
    return "transcript", [
        (A, "Rainier Valley P-Patch, this is [[NAME:Ngozi]]."),
        (C, "Hi [[NAME:Ngozi]], I'm renewing my plot but the online form won't take my member number."),
        (A, "What number are you entering?"),
        (C, "[[ACCOUNT_NUMBER:PP-" + mem + "]]. I've had the plot since ((year:" + yr + "))."),
        (A, "Ah, the form wants it without the PP. Just the digits: [[ACCOUNT_NUMBER:" + mem + "]]."),
        (C, "Oh. That's silly."),
        (A, "I know. While I have you, is your plot still ((other:" + str(plot) + "C))?"),
        (C, "Yes, the one by the compost bins, unfortunately."),
        (A, "And is the email still [[EMAIL:gardenbee.li@yahoo.com]]?"),
        (C, "No, it's [[EMAIL:li.wenjun.garden@gmail.com]] now. The old one's full of spam."),
        (A, "Updated. And the phone, [[PHONE:" + phone[:3] + "-" + phone[3:6] + "-" + phone[6:] + "]]?"),
        (C, "Still good."),
        (A, "Great. The fee is ((price:$" + str(fee) + ")) this year, and there's a work party on ((date:April 12)) if you can make it."),
        (C, "Put me down. Thanks!"),
    ]


@case
def piano_move_au():
    off = G.pick([10, 15, 20])
    quote = G.dig(6, True)
    hn1 = G.n(2, 90)
    hn2 = G.n(2, 90)
    pc1 = G.aupc("50")
    pc2 = G.aupc("50")
    kg = G.n(210, 290)
    price = G.money(380, 720, cents=False)
    stairs = G.n(8, 16) * 10
    return "transcript", [
        (A, "Good morning, Adelaide Piano Movers and Tuning, [[NAME:Bronwyn]] speaking."),
        (C, "Hi [[NAME:Bronwyn]], I got a quote from you last week for moving an upright, and I want to book it."),
        (A, "Lovely. Quote number?"),
        (C, "[[ACCOUNT_NUMBER:Q" + quote + "]]."),
        (A, "Got it. Moving from [[ADDRESS:" + str(hn1) + " Jacaranda Terrace, Norwood]], [[POSTCODE:" + pc1 + "]], to [[ADDRESS:" + str(hn2) + "/" + str(hn1 + 3) + " Kingfisher Parade, Glenelg]], [[POSTCODE:" + pc2 + "]]?"),
        (C, "That's it. Upstairs at the new place, though, ((count:14)) steps. Is that on the quote?"),
        (A, "Let me see. It says ground floor. An upright is about ((quantity:" + str(kg) + " kg)), so stairs add ((price:$" + str(stairs) + "))."),
        (C, "Fine. Total?"),
        (A, "((price:$" + price[0] + ")) plus the stairs, and the tuning after the move is ((percentage:" + str(off) + "%)) off if you book it now."),
        (C, "Book both, please. Name is [[NAME:Tobias Lindqvist]], email [[EMAIL:tobias.lindqvist@bigpond.com]]."),
        (A, "Done. The crew will call the day before with a ((duration:two-hour)) window."),
    ]


@case
def sax_repad_uk():
    sax_model = G.n(23, 82)
    job = G.dig(5, True)
    phone = G.uk_mobile()
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    price = G.money(180, 340)
    return "asr", [
        (A, "woodwind workshop [[NAME:ollie]] speaking"),
        (C, "hi [[NAME:ollie]] it's [[NAME:femi adeyemi]] i left my alto with you for a full repad"),
        (A, "the ((model_number:y a s " + w_small(sax_model) + ")) yeah it's ready she plays beautifully now"),
        (C, "brilliant what's the final bill"),
        (A, "((price:" + amt(price[0]) + " pounds " + cents(price[1]) + ")) and that includes new corks on the neck"),
        (C, "can i pay over the phone and collect saturday"),
        (A, "course have you got the job number it's on your ticket"),
        (C, "[[ACCOUNT_NUMBER:" + say(job, "s1 p4") + "]]"),
        (A, "lovely and the card"),
        (C, "[[CARD_NUMBER#c:" + say(card[:4], "p4") + "]] [[CARD_NUMBER#c:" + say(card[4:8], "s4") + "]] [[CARD_NUMBER#c:" + say(card[8:12], "t4") + "]] [[CARD_NUMBER#c:" + say(card[12:], "p4") + "]]"),
        (A, "and the expiry and the code"),
        (C, "[[EXPIRY:" + say(m, "p2") + " " + say(y, "p2") + "]] [[CVV:" + say(cv, "s3") + "]]"),
        (A, "sorted and is this still your mobile [[PHONE:" + say(phone, "s5 h3 h3") + "]]"),
        (C, "yeah"),
        (A, "and do you want the receipt emailed"),
        (C, "please [[EMAIL:femi dot plays alto at gmail dot com]]"),
        (A, "no worries we're open ((time:ten till four)) saturday"),
    ]


@case
def banner_print_us():
    order = G.dig(7, True)
    card = G.card("disc")
    m, y = G.expiry()
    cv = G.cvv()
    zp = G.zip("787")
    w, h = G.n(3, 6), G.n(8, 14)
    price = G.money(90, 240)
    return "transcript", [
        (A, "Lone Star Sign & Print, this is [[NAME:Trey]]."),
        (C, "Hey [[NAME:Trey]], I need to pay for a banner order so you can start printing. Order [[ACCOUNT_NUMBER:" + order + "]]."),
        (A, "Okay, that's the ((quantity:" + str(w) + " by " + str(h) + " foot)) vinyl banner with grommets, ((price:$" + price[0] + "." + price[1] + ")). Name on the order is [[NAME:Yolanda Pruitt]]?"),
        (C, "That's me."),
        (A, "Go ahead with the card."),
        (C, "[[CARD_NUMBER#c!x:" + card[:4] + "]] [[CARD_NUMBER#c!x:" + card[4:6] + "]]... wait, let me start over. [[CARD_NUMBER#c:" + card[:4] + "]] [[CARD_NUMBER#c:" + card[4:8] + "]] [[CARD_NUMBER#c:" + card[8:12] + "]] [[CARD_NUMBER#c:" + card[12:] + "]]."),
        (A, "Okay, Discover ending [[CARD_NUMBER!p:" + card[12:] + "]]. Expiration?"),
        (C, "[[EXPIRY:" + m + "/20" + y + "]]."),
        (A, "CVV?"),
        (C, "[[CVV:" + cv + "]]."),
        (A, "Billing ZIP?"),
        (C, "[[POSTCODE:" + zp + "]]."),
        (A, "Perfect, it prints tonight and it'll be ready by ((time:noon)) tomorrow."),
        (C, "Thanks. Can you email me when it's done? [[EMAIL:ypruitt@txrealtygroup.com]]"),
    ]


@case
def slide_scanning_canada():
    shot = str(G.n(1958, 1975))
    order = G.dig(6, True)
    slides = G.n(3, 9) * 100
    per = G.n(25, 45)
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    pcd = G.capc("K1S")
    return "transcript", [
        (A, "Rideau Photo Lab, [[NAME:Étienne]] speaking."),
        (C, "Hi, I sent in my late husband's slides to be scanned. I wanted to check on them."),
        (A, "I'm sorry for your loss. Do you have the order number?"),
        (C, "[[ACCOUNT_NUMBER:" + order + "]]. It's under [[NAME:Margery Whitcombe]]."),
        (A, "Yes, Mrs. [[NAME:Whitcombe]]. We counted ((count:" + str(slides) + ")) slides, and they're done. ((price:" + str(per) + " cents each))."),
        (C, "Oh, that's more than I thought. He took so many of the garden."),
        (A, "Some of them are from ((year:" + shot + ")), the colours came out lovely."),
        (C, "I'll pay for them now. [[CARD_NUMBER#c:" + card[:4] + " " + card[4:8] + "]], then [[CARD_NUMBER#c:" + card[8:12] + " " + card[12:] + "]]."),
        (A, "And expiry?"),
        (C, "[[EXPIRY:" + mon(m, cap=True) + " " + y + "]]. Code [[CVV:" + cv + "]]."),
        (A, "Would you like them on a USB or sent by a download link?"),
        (C, "A USB, please, mailed to the house. [[POSTCODE:" + pcd + "]]."),
    ]


@case
def pony_club_camp():
    dob = G.dob(2011, 2015)
    mem = G.dig(6, True)
    fee = G.n(180, 260)
    phone = G.uk_mobile()
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    return "transcript", [
        (A, "Hello, Bramham Moor Pony Club, camp bookings, this is [[NAME:Fiona]]."),
        (C, "Hi [[NAME:Fiona]], I'd like to book my son onto summer camp, the ((duration:four-day)) one."),
        (A, "Lovely. Is he a member?"),
        (C, "Yes, [[NAME:Rory Atherton]], membership [[ACCOUNT_NUMBER:" + mem[:3] + "-" + mem[3:] + "]]."),
        (A, "And his date of birth, so we put him in the right ride?"),
        (C, "[[DOB:" + str(int(dob[2])) + " " + mon(dob[1], cap=True) + " " + dob[0] + "]]."),
        (A, "He'll be in ((other:Ride 3)) then. Camp is ((price:£" + str(fee) + ")) with stabling for the pony."),
        (C, "Fine. Can I pay by card?"),
        (A, "Of course. Go ahead."),
        (C, "[[CARD_NUMBER#c:" + card[:4] + "]], [[CARD_NUMBER#c:" + card[4:8] + "]], [[CARD_NUMBER#c:" + card[8:12] + "]], [[CARD_NUMBER#c:" + card[12:] + "]]. Expiry [[EXPIRY:" + m + "/" + y + "]], and [[CVV:" + cv + "]] on the back."),
        (A, "Thank you. And an emergency number for camp week?"),
        (C, "Mine, [[PHONE:" + phone[:5] + " " + phone[5:] + "]]. I'm [[NAME:Helen]], by the way, his mum."),
        (A, "Thanks, [[NAME:Helen]]. Arrival is ((time:8:30)) on the Monday, and he'll need his tack cleaned for inspection."),
    ]


@case
def agistment_au():
    acct = G.dig(6, True)
    phone = G.au_phone()
    hn = G.n(20, 900)
    pc = G.aupc("35")
    rate = G.n(60, 110)
    acres = G.n(3, 12)
    return "asr", [
        (A, "yarra glen agistment it's [[NAME:shelley]]"),
        (C, "hi [[NAME:shelley]] it's [[NAME:matt o'rourke]] i've got two horses on the back paddock"),
        (A, "hi [[NAME:matt]] what can i do for you"),
        (C, "i'm moving so i need to update my details and i want to add the old mare too"),
        (A, "no worries what's your account number"),
        (C, "[[ACCOUNT_NUMBER:" + say(acct, "p6") + "]]"),
        (A, "yep and the new address"),
        (C, "[[ADDRESS:" + amt(hn) + " melba highway dixons creek]] [[POSTCODE:" + say(pc, "c4") + "]]"),
        (A, "and the email for invoices"),
        (C, "[[EMAIL:matt dot orourke at bigpond dot com]]"),
        (A, "so [[EMAIL:m a t t dot o r o u r k e at bigpond dot com]]"),
        (C, "that's it"),
        (A, "and the mobile"),
        (C, "[[PHONE:" + say(phone, "p4 s3 h3") + "]]"),
        (A, "the third horse is ((price:" + amt(rate) + " dollars a week)) on the ((quantity:" + w_small(acres) + " acre)) paddock is that alright"),
        (C, "yeah that's fine"),
    ]


@case
def salmon_licence_ireland():
    dob = G.dob(1960, 1998)
    lic = G.dig(7, True)
    eir = G.eircode("F94")
    hn = G.n(2, 40)
    tags = G.n(3, 10)
    return "transcript", [
        (A, "Inland Fisheries licence desk, [[NAME:Colm]] speaking."),
        (C, "Hello, I bought a salmon licence online but the tags haven't come in the post."),
        (A, "Let me check. What's the licence number?"),
        (C, "[[ACCOUNT_NUMBER:SL" + lic + "]]."),
        (A, "And the name and date of birth on it?"),
        (C, "[[NAME:Pádraig Mac Giolla Bhríde]], [[DOB:" + dob[2] + "/" + dob[1] + "/" + dob[0] + "]]."),
        (A, "Thanks. And the address we have is [[ADDRESS:" + str(hn) + " Rosses Point Road, Donegal]], [[POSTCODE:" + eir + "]]. Is that right?"),
        (C, "Nearly. It's [[ADDRESS:" + str(hn) + " Rosses Road]], there's no Point in it. The postman probably got confused."),
        (A, "Ah. So [[ADDRESS:" + str(hn) + " Rosses Road]], same Eircode?"),
        (C, "Same Eircode, yes."),
        (A, "I'll send out a new set. You get ((count:" + str(tags) + ")) tags for the season, and the old ones will be cancelled."),
        (C, "Grand. Could you email the logbook too? [[EMAIL:padraig.macg@eircom.net]]"),
        (A, "Done. Allow ((duration:5 working days)) for the tags."),
    ]


@case
def coin_valuation_uk():
    phone = G.uk_land("0121")
    hn = G.n(2, 160)
    pc = G.ukpc("B13")
    y1 = str(G.n(1887, 1893))
    y2 = str(G.n(1935, 1937))
    return "asr", [
        (A, "hello sutton and webb numismatics [[NAME:len]] speaking"),
        (C, "oh hello i've got my late father's coin collection and i was told you do valuations"),
        (A, "we do there's no charge for the first look what sort of thing is it"),
        (C, "lots of old pennies and a few crowns there's a ((year:" + say(y1, "y4") + ")) one that looks silver"),
        (A, "the jubilee crowns yes those are silver and is there anything from ((year:" + say(y2, "y4") + "))"),
        (C, "i don't know i'd have to look"),
        (A, "no matter can i take your name"),
        (C, "[[NAME:audrey pennington]]"),
        (A, "thank you and your address [[NAME:audrey]] in case we do a home visit"),
        (C, "[[ADDRESS:" + amt(hn) + " school road moseley]] [[POSTCODE:" + pc_uk(pc) + "]]"),
        (A, "and a phone number"),
        (C, "[[PHONE:" + say(phone, "s4 h3 s4") + "]]"),
        (A, "and is there an email i can send the appointment to"),
        (C, "my son does all that it's [[EMAIL:n pennington at outlook dot com]]"),
        (A, "lovely we'll see you a week on tuesday at ((time:two)) bring the whole lot in a box"),
    ]


@case
def wine_club_ivr_update():
    mem = G.dig(8, True)
    dob = G.dob(1958, 1990)
    old4 = G.dig(4)
    old_m, old_y = G.expiry(expired=True)
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    zp = G.zip("954")
    bottles = 6
    return "transcript", [
        (I, "Thank you for calling Russian River Cellars wine club. Please enter your member number."),
        (C, "[[ACCOUNT_NUMBER:" + mem + "]]"),
        (I, "For verification, please enter your date of birth as eight digits."),
        (C, "[[DOB:" + dob[1] + dob[2] + dob[0] + "]]"),
        (I, "Your card on file, ending in [[CARD_NUMBER!o:" + old4 + "]], expired on [[EXPIRY:" + old_m + "/" + old_y + "]]. Your next shipment cannot be sent. To update your card, press ((other:1))."),
        (C, "((other:1))"),
        (I, "Please enter your new card number followed by the pound sign."),
        (C, "[[CARD_NUMBER:" + card + "]]"),
        (I, "Please enter the expiration date as four digits."),
        (C, "[[EXPIRY:" + m + y + "]]"),
        (I, "Please enter the security code."),
        (C, "[[CVV:" + cv + "]]"),
        (I, "Please enter your billing ZIP code."),
        (C, "[[POSTCODE:" + zp + "]]"),
        (I, "Thank you. Your card ending in [[CARD_NUMBER!p:" + card[12:] + "]] has been saved. Your ((count:" + str(bottles) + "))-bottle shipment will be sent within ((duration:48 hours))."),
    ]


@case
def cake_order_au():
    phone = G.au_phone()
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    price = G.money(70, 140, cents=False)
    return "transcript", [
        (A, "Good morning, Lamington Lane Bakery, [[NAME:Tegan]] speaking."),
        (C, "Hi [[NAME:Tegan]], I'd like to order a cake for my dad's ((other:80th)) on Sunday."),
        (A, "Lovely! What were you thinking?"),
        (C, "A pavlova, big enough for ((count:20)) people, and \"Happy Birthday [[NAME:Reg]]\" on a plaque."),
        (A, "Our large pav is ((price:$" + price[0] + ")), and the plaque is included. Your name?"),
        (C, "[[NAME:Anneliese Brightwater]]."),
        (A, "And a mobile, [[NAME:Anneliese]]?"),
        (C, "[[PHONE:" + phone[:4] + " " + phone[4:7] + " " + phone[7:] + "]]."),
        (A, "We take payment upfront for custom orders."),
        (C, "Sure: [[CARD_NUMBER#c:" + card[:4] + " " + card[4:8] + "]] ... [[CARD_NUMBER#c:" + card[8:12] + " " + card[12:] + "]], expiry [[EXPIRY:" + m + "/" + y + "]], CVC [[CVV:" + cv + "]]."),
        (A, "Thank you. Pick-up from ((time:8 a.m.)) Sunday; we close at ((time:1)) on Sundays."),
    ]


@case
def tapestry_framing_uk():
    stitched = str(G.n(1938, 1965))
    job = G.dig(4, True)
    hn = G.n(3, 80)
    pc = G.ukpc("YO31")
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    price = G.money(160, 320)
    return "transcript", [
        (A, "Minster Gate Framers, [[NAME:Rachel]] speaking."),
        (C, "Hello, I brought in a tapestry for framing. My grandmother stitched it in ((year:" + stitched + ")). Is it done?"),
        (A, "Do you have the job number?"),
        (C, "[[ACCOUNT_NUMBER:" + job + "]]."),
        (A, "Yes, it's stretched and framed. It looks wonderful. ((price:£" + price[0] + "." + price[1] + ")) altogether."),
        (C, "Could you deliver it? It's quite big to carry."),
        (A, "We can. Address?"),
        (C, "[[ADDRESS:" + str(hn) + " Huntington Road, York]], [[POSTCODE:" + pc + "]]. Name's [[NAME:Edwin Rowntree-Hall]]."),
        (A, "And I'll take payment now."),
        (C, "[[CARD_NUMBER#c:" + card[:8] + "]], [[CARD_NUMBER#c:" + card[8:] + "]]."),
        (A, "That's [[CARD_NUMBER:" + grp(card, "4444") + "]]? Expiry and security code, please."),
        (C, "Yes. [[EXPIRY:" + m + "/" + y + "]] and [[CVV:" + cv + "]]."),
        (A, "And your email for the delivery slot?"),
        (C, "[[EMAIL:edwin.rh@talktalk.net]]"),
    ]


@case
def veil_order_ireland():
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    price = G.n(140, 320)
    length = G.n(90, 300)
    return "asr", [
        (A, "hiya you're through to lace and linen bridal it's [[NAME:aisling]]"),
        (C, "hi [[NAME:aisling]] i was in on saturday and i want to order the cathedral veil"),
        (A, "oh the ((quantity:" + amt(length) + " centimetre)) one with the scalloped edge"),
        (C, "that's it"),
        (A, "grand it's ((price:" + amt(price) + " euro)) and it takes about ((duration:six weeks)) to come in"),
        (C, "perfect the wedding's in ((date:august))"),
        (A, "lovely can i take your name"),
        (C, "[[NAME:róisín mchugh]]"),
        (A, "and an email [[NAME:róisín]]"),
        (C, "[[EMAIL:roisin mchugh ninety one at gmail dot com]]"),
        (A, "and the card"),
        (C, "[[CARD_NUMBER#c:" + say(card[:4], "p4") + "]] [[CARD_NUMBER#c:" + say(card[4:8], "d4") + "]] [[CARD_NUMBER#c:" + say(card[8:12], "c4") + "]] [[CARD_NUMBER#c:" + say(card[12:], "p4") + "]]"),
        (A, "and the expiry"),
        (C, "[[EXPIRY:" + say(m, "p2") + " " + say("20" + y, "y4") + "]]"),
        (A, "and the three numbers on the back"),
        (C, "[[CVV:" + say(cv, "s3") + "]]"),
    ]


@case
def show_handler_us():
    reg = G.letters(2, "NRSTW") + G.dig(8, True)
    phone = G.us_phone("803")
    hn = G.dig(3, True)
    zp = G.zip("292")
    fee = G.n(85, 150)
    return "transcript", [
        (A, "Palmetto Show Kennels, this is [[NAME:Bobbie Jo]]."),
        (C, "Hi, I'm looking for a handler for my Cardigan Corgi at the Columbia show in ((date:March))."),
        (A, "We can do that. Is he registered?"),
        (C, "Yes, AKC ((other:" + reg + ")). He has ((count:9)) points, needs a major."),
        (A, "Okay. Handling is ((price:$" + str(fee) + " per show)), plus a bonus if he wins."),
        (C, "That's fair. I'm [[NAME:Desmond Achterberg]]."),
        (A, "Hi [[NAME:Desmond]]. Where are you located?"),
        (C, "[[ADDRESS:" + hn + " Pine Barren Lane, Lexington]], SC [[POSTCODE:" + zp + "]]."),
        (A, "And a cell and email?"),
        (C, "[[PHONE:" + phone[:3] + "-" + phone[3:6] + "-" + phone[6:] + "]], and [[EMAIL:d.achterberg@corgimail.net]]."),
        (A, "I'll send you the contract tonight. We'll want him here ((duration:two weeks)) before for conditioning."),
    ]


@case
def bbka_member_uk():
    mem = G.dig(6, True)
    dob = G.dob(1955, 1992)
    hn = G.n(2, 120)
    pc = G.ukpc("SY3")
    hives = G.n(2, 9)
    return "asr", [
        (A, "shropshire beekeepers association [[NAME:gwen]] speaking"),
        (C, "hello i need to renew my membership and update my hive insurance"),
        (A, "of course have you got your membership number"),
        (C, "[[ACCOUNT_NUMBER:" + say(mem, "h3 h3") + "]]"),
        (A, "thank you and the name"),
        (C, "[[NAME:idris vaughan]]"),
        (A, "and for the insurance i need your date of birth [[NAME:idris]]"),
        (C, "[[DOB:" + say(dob[2], "p2") + " " + say(dob[1], "p2") + " " + say(dob[0], "y4") + "]]"),
        (A, "and how many colonies are you running now"),
        (C, "((count:" + w_small(hives) + ")) and a nuc"),
        (A, "and still at [[ADDRESS:" + amt(hn) + " belle vue gardens]] [[POSTCODE:" + pc_uk(pc) + "]]"),
        (C, "yes"),
        (A, "and do you want the newsletter by email"),
        (C, "yes please it's [[EMAIL:idris at vaughan hives dot co dot uk]]"),
    ]


@case
def choir_soloist_fee():
    ni = G.ni()
    sort = G.dig(6)
    acct = G.dig(8, True)
    hn = G.n(2, 99)
    pc = G.ukpc("EH9")
    fee = G.n(250, 450)
    return "transcript", [
        (A, "Good afternoon, Edinburgh Bach Choir, treasurer speaking. [[NAME:Morag]]."),
        (C, "Hello, this is [[NAME:Lewis Abernethy]], I sang the tenor solos in the Passion on Saturday."),
        (A, "Oh, you were wonderful. You're calling about the fee?"),
        (C, "Yes, your form asks for my National Insurance number and bank details. Can I give them over the phone?"),
        (A, "You can. National Insurance first."),
        (C, "[[SSN:" + ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8] + "]]."),
        (A, "Thank you. Sort code and account number?"),
        (C, "Sort code [[ACCOUNT_NUMBER:" + sort[:2] + "-" + sort[2:4] + "-" + sort[4:] + "]], account [[ACCOUNT_NUMBER:" + acct + "]]."),
        (A, "And your address for the remittance slip?"),
        (C, "[[ADDRESS:" + str(hn) + " Marchmont Crescent]], [[POSTCODE:" + pc + "]]."),
        (A, "Lovely. The fee was ((price:£" + str(fee) + ")) as agreed; it'll go out with the ((date:end-of-month)) payments."),
        (C, "Perfect, thank you, [[NAME:Morag]]."),
    ]


@case
def organ_recital_ivr_canada():
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    pcd = G.capc("H2X")
    price = G.n(20, 45)
    return "asr", [
        (I, "bienvenue welcome to the saint-jean organ festival box office for english press ((other:two))"),
        (C, "((other:two))"),
        (I, "the sunday recital begins at ((time:three pm)) tickets are ((price:" + amt(price) + " dollars)) please say or enter your card number"),
        (C, "[[CARD_NUMBER#c:" + say(card[:4], "p4") + "]] [[CARD_NUMBER#c:" + say(card[4:8], "p4") + "]]"),
        (I, "please continue"),
        (C, "[[CARD_NUMBER#c:" + say(card[8:12], "p4") + "]] [[CARD_NUMBER#c:" + say(card[12:], "p4") + "]]"),
        (I, "i heard a card ending in [[CARD_NUMBER!p:" + say(card[12:], "s4") + "]] please say the expiry date"),
        (C, "[[EXPIRY:" + say(m, "s2") + " " + say(y, "s2") + "]]"),
        (I, "and the security code"),
        (C, "[[CVV:" + say(cv, "s3") + "]]"),
        (I, "and your postal code"),
        (C, "[[POSTCODE:" + pc_say(pcd) + "]]"),
        (I, "thank you your ticket will be at the door the organ loft is not accessible during the performance"),
    ]


@case
def garden_centre_questions_au():
    off = G.pick([10, 15, 20, 25])
    bag = G.money(9, 16)
    deal = G.n(25, 40)
    mower = G.dig(3, True)
    mower_price = G.n(380, 690)
    phone = G.au_phone()
    points = G.n(300, 900)
    return "transcript", [
        (A, "Good morning, Bayside Garden World, [[NAME:Jarrah]] speaking."),
        (C, "Hi, a couple of questions. Is the potting mix still on special?"),
        (A, "It is. The ((quantity:40L)) bags are ((price:$" + bag[0] + "." + bag[1] + ")), or ((count:3)) for ((price:$" + str(deal) + ")) till Sunday."),
        (C, "And do you have the ((model_number:LM-" + mower + ")) mower in stock? The website says ((other:2)) left."),
        (A, "We've got one on the floor. It's ((price:$" + str(mower_price) + ")), and there's ((percentage:" + str(off) + "%)) off outdoor power this weekend."),
        (C, "Great. Can you check my rewards points? It's under my phone number."),
        (A, "Sure, what's the number?"),
        (C, "[[PHONE:" + phone[:4] + " " + phone[4:7] + " " + phone[7:] + "]]."),
        (A, "That's [[NAME:Marguerite Fenwick]]?"),
        (C, "Yes."),
        (A, "You've got ((count:" + str(points) + ")) points, so that's ((price:$" + str(points // 100) + ")) off."),
        (C, "Lovely. What time do you open Saturday?"),
        (A, "((time:7:30)). The nursery opens at ((time:8))."),
    ]


@case
def allotment_shed_uk():
    w, d = G.n(5, 8), G.n(4, 6)
    price = G.n(320, 690)
    hn = G.n(2, 90)
    pc = G.ukpc("S7")
    phone = G.uk_land("0114")
    return "asr", [
        (A, "sheffield sheds and greenhouses [[NAME:dean]] speaking"),
        (C, "hiya i want one of your sheds for my allotment but i need to know if you can get it down a track"),
        (A, "which size were you looking at"),
        (C, "the ((quantity:" + w_small(w) + " by " + w_small(d) + ")) apex one"),
        (A, "that comes flat packed so yeah the lads can carry it about ((quantity:a hundred yards)) no problem"),
        (C, "it's about that from the gate"),
        (A, "it's ((price:" + amt(price) + " pounds)) with delivery and we can treat it for a bit more"),
        (C, "go on then treat it"),
        (A, "name and address"),
        (C, "[[NAME:stan krawczyk]] [[ADDRESS:" + amt(hn) + " abbeydale road]] [[POSTCODE:" + pc_uk(pc) + "]] but deliver to the allotments on the same road"),
        (A, "and a number for the driver"),
        (C, "[[PHONE:" + say(phone, "s4 s3 s1 h3") + "]]"),
        (A, "lovely it'll be ((duration:two to three weeks))"),
    ]


@case
def piano_tuning_ireland():
    eir = G.eircode("V94")
    hn = G.n(2, 70)
    fee = G.n(90, 140)
    return "asr", [
        (A, "hello this is [[NAME:tadhg]] the piano tuner returning your call"),
        (C, "oh hello thanks for ringing back my daughter's piano hasn't been tuned since we moved"),
        (A, "no problem how long ago was the move"),
        (C, "about ((duration:two years)) now"),
        (A, "that's grand it'll probably need two passes it's ((price:" + amt(fee) + " euro)) for the visit"),
        (C, "fine when could you come"),
        (A, "i'm in limerick on the ((date:fourteenth)) in the afternoon"),
        (C, "perfect the address is [[ADDRESS:" + amt(hn) + " ballinacurra gardens]] [[POSTCODE:" + pc_say(eir) + "]]"),
        (A, "and who will i ask for"),
        (C, "[[NAME:deirdre hanrahan]]"),
        (A, "and an email to send the invoice [[NAME:deirdre]]"),
        (C, "[[EMAIL:deirdre dot hanrahan at eircom dot net]]"),
        (A, "lovely i'll see you at ((time:two o'clock)) on the ((date:fourteenth))"),
    ]


@case
def cello_crack_au():
    claim = G.dig(9, True)
    phone = G.au_phone()
    quote = G.n(450, 900)
    return "transcript", [
        (A, "Strings Attached Workshop, [[NAME:Hamish]] speaking."),
        (C, "Hi [[NAME:Hamish]], my cello fell off its stand and there's a crack in the top. Can you fix it?"),
        (A, "Oh no. How long is the crack?"),
        (C, "About ((quantity:8 cm)), near the f-hole."),
        (A, "That's very fixable. It'd be around ((price:$" + str(quote) + ")), maybe ((duration:3 weeks))."),
        (C, "It's insured. They gave me a claim number, [[ACCOUNT_NUMBER:" + claim[:3] + " " + claim[3:6] + " " + claim[6:] + "]]."),
        (A, "Great, bring it in and I'll write a quote for them. Name?"),
        (C, "[[NAME:Yuki Tanabe-Ross]]."),
        (A, "And the best number to reach you, [[NAME:Yuki]]?"),
        (C, "[[PHONE:" + phone + "]]."),
        (A, "And an email for the quote?"),
        (C, "[[EMAIL:yuki.tr.cello@icloud.com]]."),
        (A, "Perfect. Loosen the strings before you bring it in."),
    ]


@case
def organist_fee_ireland():
    pps = G.pps()
    iban_tail = G.dig(14)
    eir = G.eircode("T12")
    hn = G.n(2, 60)
    fee = G.n(120, 260)
    services = G.n(4, 9)
    return "transcript", [
        (A, "St Fin Barre's Choral Society, [[NAME:Gráinne]] speaking."),
        (C, "Hi [[NAME:Gráinne]], it's [[NAME:Donnacha Lynch]]. I played for the carol services and I'm told I need to send in my PPS number before I'm paid."),
        (A, "That's right, for Revenue. Go ahead."),
        (C, "[[SSN:" + pps[:7] + pps[7:] + "]]."),
        (A, "Thank you. And the IBAN?"),
        (C, "[[ACCOUNT_NUMBER:IE" + iban_tail[:2] + " AIBK " + iban_tail[2:6] + " " + iban_tail[6:10] + " " + iban_tail[10:] + "]]."),
        (A, "Grand. That's ((count:" + str(services) + ")) services at ((price:€" + str(fee) + " each)). And your address for the records?"),
        (C, "[[ADDRESS:" + str(hn) + " Sunday's Well Road, Cork]], [[POSTCODE:" + eir + "]]."),
        (A, "Lovely. Payment goes out on the ((date:last Friday of the month))."),
        (C, "Thanks a million."),
    ]


@case
def rc_plane_us():
    charge = G.pick([60, 70, 80])
    order = G.dig(8, True)
    model = G.dig(3, True)
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    zp = G.zip("850")
    price = G.money(180, 420)
    return "asr", [
        (A, "desert sky hobbies this is [[NAME:rudy]]"),
        (C, "hey [[NAME:rudy]] i ordered the trainer plane last week the ((model_number:apprentice s " + say(model, "h3") + ")) and it came with a bad servo"),
        (A, "oh man sorry about that what's the order number"),
        (C, "[[ACCOUNT_NUMBER:" + say(order, "p8") + "]]"),
        (A, "got it [[NAME:guillermo sandoval]] right"),
        (C, "yep"),
        (A, "i can ship a servo today or swap the whole plane the servo's faster"),
        (C, "servo's fine also i want to add a second battery the ((quantity:three thousand m a h)) one"),
        (A, "that's ((price:" + amt(price[0]) + " " + cents(price[1]) + ")) hmm no sorry that's the plane the battery is on sale this week"),
        (C, "cool put it on my card"),
        (A, "the one on file expired can i get a new one"),
        (C, "[[CARD_NUMBER#c:" + say(card[:4], "p4") + "]] [[CARD_NUMBER#c:" + say(card[4:8], "p4") + "]] [[CARD_NUMBER#c:" + say(card[8:12], "p4") + "]] [[CARD_NUMBER#c:" + say(card[12:], "p4") + "]] expires [[EXPIRY:" + say(m, "p2") + " " + say(y, "p2") + "]] code [[CVV:" + say(cv, "s3") + "]]"),
        (A, "and billing zip"),
        (C, "[[POSTCODE:" + say(zp, "s5") + "]]"),
        (A, "done charge the battery to about ((percentage:" + w_small(charge) + " percent)) before the first flight"),
    ]


@case
def fishing_licence_nsw():
    dob = G.dob(1964, 1996)
    lic = G.dig(8, True)
    hn = G.n(2, 240)
    pc = G.aupc("24")
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    flight = G.n(400, 899)
    return "transcript", [
        (A, "Recreational fishing licences, [[NAME:Kylie]] speaking."),
        (C, "Hi [[NAME:Kylie]], my three-year licence ran out and I'm off to Lord Howe Island next week. Can I renew it now?"),
        (A, "Sure. What's the old licence number?"),
        (C, "[[ACCOUNT_NUMBER:" + lic + "]]."),
        (A, "And your date of birth?"),
        (C, "[[DOB:" + dob[2] + "/" + dob[1] + "/" + dob[0] + "]]."),
        (A, "Thanks, Mr [[NAME:Papadakis]]. Still at [[ADDRESS:" + str(hn) + " Hunter Street, Newcastle]], [[POSTCODE:" + pc + "]]?"),
        (C, "Yep. I fly out on ((flight_number:QF " + str(flight) + ")) Tuesday, so I need it before then."),
        (A, "It's instant. Card number?"),
        (C, "[[CARD_NUMBER#c:" + card[:4] + "]] [[CARD_NUMBER#c:" + card[4:8] + "]] [[CARD_NUMBER#c:" + card[8:12] + "]] ... and [[CARD_NUMBER#c:" + card[12:] + "]], expiry [[EXPIRY:" + m + "/" + y + "]], CVV [[CVV:" + cv + "]]."),
        (A, "Done. The ((duration:3-year)) licence starts today. Watch the bag limits on Lord Howe, they're strict."),
    ]


@case
def passport_photos_child():
    dob = G.dob(2014, 2019)
    phone = G.us_phone("720")
    flight = G.n(1200, 2899)
    pp = G.money(12, 20)
    return "transcript", [
        (A, "Mile High Photo, this is [[NAME:Cody]]."),
        (C, "Hi [[NAME:Cody]], I need passport photos for my daughter. She's ((other:6))."),
        (A, "No problem. For kids under ((other:16)) the rules are a bit looser. When do you need them?"),
        (C, "Today if possible. We fly to Mexico on ((flight_number:F9 " + str(flight) + ")) on the ((date:22nd))."),
        (A, "Tight, but doable with an expedited passport. Come in any time before ((time:6)). Name for the appointment?"),
        (C, "Her name is [[NAME:Sofía Restrepo]], born [[DOB:" + dob[1] + "/" + dob[2] + "/" + dob[0] + "]]."),
        (A, "And yours, for the booking?"),
        (C, "[[NAME:Andrés Restrepo]]."),
        (A, "And a phone number, [[NAME:Andrés]]?"),
        (C, "[[PHONE:" + phone[:3] + " " + phone[3:6] + " " + phone[6:] + "]]."),
        (A, "Got it. ((count:2)) photos is ((price:$" + pp[0] + "." + pp[1] + ")), and we'll check them against the State Department rules before you leave."),
    ]


@case
def print_payment_ivr_uk():
    order = G.dig(6, True)
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    price = G.money(40, 160)
    return "asr", [
        (I, "welcome to the pressworks payment line please say or enter your six digit job number"),
        (C, "[[ACCOUNT_NUMBER:" + say(order, "s3 h3") + "]]"),
        (I, "that's job [[ACCOUNT_NUMBER:" + say(order, "s6") + "]] for flyers and posters the balance is ((price:" + amt(price[0]) + " pounds " + cents(price[1]) + ")) please say or key your card number"),
        (C, "[[CARD_NUMBER#c:" + say(card[:4], "p4") + "]] [[CARD_NUMBER#c:" + say(card[4:8], "t4") + "]]"),
        (I, "go on"),
        (C, "[[CARD_NUMBER#c:" + say(card[8:12], "p4") + "]] [[CARD_NUMBER#c:" + say(card[12:], "c4") + "]]"),
        (I, "i have [[CARD_NUMBER:" + say(card, "s4 s4 s4 s4") + "]] is that right"),
        (C, "yes"),
        (I, "please say the expiry date as month and year"),
        (C, "[[EXPIRY:" + mon(m) + " " + say("20" + y, "y4") + "]]"),
        (I, "and the three digit security code"),
        (C, "[[CVV:" + say(cv, "h3") + "]]"),
        (I, "payment taken your job will be printed within ((duration:one working day))"),
    ]


@case
def stamp_consignment_w9():
    ssn = G.ssn()
    hn = G.dig(4, True)
    zp = G.zip("606")
    payout = G.money(900, 4800)
    lots = G.n(12, 40)
    return "transcript", [
        (A, "Lakeshore Stamp Auctions, consignor services, this is [[NAME:Gloria]]."),
        (C, "Hi [[NAME:Gloria]], this is [[NAME:Nathaniel Berglund]]. My collection sold in the last sale and I'm waiting on the check."),
        (A, "Congratulations, all ((count:" + str(lots) + ")) lots sold. The net is ((price:$" + payout[0] + "." + payout[1] + ")). But we don't have a ((other:W-9)) from you yet."),
        (C, "That's the tax form? Can I give you the information now?"),
        (A, "Yes. Your Social Security number, please."),
        (C, "[[SSN:" + ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:] + "]]."),
        (A, "And the mailing address for the check?"),
        (C, "[[ADDRESS:" + hn + " North Sheridan Road, Chicago]], [[POSTCODE:" + zp + "]]."),
        (A, "Thank you. The check goes out ((duration:10 days)) after we receive the form; I'll email it to you to sign."),
        (C, "Use [[EMAIL:nberglund.philately@comcast.net]]."),
    ]


@case
def kennel_boarding_canada():
    pcd = G.capc("T6E")
    hn = G.n(10, 99) * 100 + G.n(1, 99)
    phone = G.us_phone("780")
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    nights = G.n(5, 12)
    return "asr", [
        (A, "northern lights show kennels [[NAME:brynn]] speaking"),
        (C, "hi it's [[NAME:anders lindahl]] i've got the samoyed coming to you while we're at the nationals"),
        (A, "oh right the ((count:" + w_small(nights) + ")) nights from the ((date:ninth)) yeah"),
        (C, "that's it i need to leave a card for the deposit"),
        (A, "sure go ahead"),
        (C, "[[CARD_NUMBER#c:" + say(card[:2], "p2") + "]] [[CARD_NUMBER#c:" + say(card[2:6], "p4") + "]] [[CARD_NUMBER#c:" + say(card[6:12], "p6") + "]] [[CARD_NUMBER#c:" + say(card[12:], "p4") + "]]"),
        (A, "can you repeat the middle part"),
        (C, "[[CARD_NUMBER#c!x:" + say(card[6:12], "p6") + "]]"),
        (A, "thanks and expiry and code"),
        (C, "[[EXPIRY:" + say(m, "p2") + " " + say(y, "p2") + "]] [[CVV:" + say(cv, "s3") + "]]"),
        (A, "and we have you at [[ADDRESS:" + say(str(hn), "p4") + " whyte avenue]] [[POSTCODE:" + pc_say(pcd) + "]]"),
        (C, "yes"),
        (A, "and an emergency number while you're away"),
        (C, "my neighbour [[NAME:gail]] [[PHONE:" + say(phone, "s3 s3 p4") + "]]"),
        (A, "and your own email for the daily photos"),
        (C, "[[EMAIL:anders dot lindahl at telus dot net]]"),
    ]


@case
def bakery_wholesale_uk():
    acct = G.dig(5, True)
    inv1 = G.dig(6, True)
    inv2 = G.dig(6, True)
    amt1 = G.money(80, 240)
    loaves = G.n(18, 40)
    return "transcript", [
        (A, "Good morning, Ovenstone Bakery, accounts, [[NAME:Beverley]] speaking."),
        (C, "Hi [[NAME:Beverley]], it's [[NAME:Tariq]] from the Corner Café on Mill Street. Account [[ACCOUNT_NUMBER:CC" + acct + "]]."),
        (A, "Hi [[NAME:Tariq]]. What can I do for you?"),
        (C, "We've been charged twice for the same delivery, I think. Invoices [[ACCOUNT_NUMBER:" + inv1 + "]] and [[ACCOUNT_NUMBER:" + inv2 + "]]."),
        (A, "Let me look. Both are ((price:£" + amt1[0] + "." + amt1[1] + ")), ((count:" + str(loaves) + ")) sourdough and the croissants. You're right, same day. I'll credit the second one."),
        (C, "Thanks. And can we move our delivery to ((time:6:15))? The ((time:7)) slot's too late for breakfast."),
        (A, "I'll ask the driver; he does your road around then anyway."),
        (C, "Great. Send the credit note to [[EMAIL:hello@cornercafe-millst.co.uk]]."),
        (A, "Will do. Anything else?"),
        (C, "No, that's all, cheers."),
    ]


@case
def trekking_holiday_visitor():
    dep_pct = G.pick([20, 25, 30])
    dob = G.dob(1970, 1995)
    flight = G.n(100, 199)
    phone = G.us_phone("802")
    card = G.card("amex")
    m, y = G.expiry()
    cid = G.cvv(4)
    price = G.n(600, 950)
    nights = G.n(4, 7)
    return "transcript", [
        (A, "Connemara Trail Riding, good morning, [[NAME:Máire]] speaking."),
        (C, "Hi, I'm calling from Vermont. I'd like to book the ((duration:" + str(nights) + "-night)) coastal trek in June."),
        (A, "Lovely. How many riders, and how experienced?"),
        (C, "Just me. I've ridden ((duration:twenty years)), mostly Western, but I can post to the trot."),
        (A, "That's perfect. There's a weight limit of ((quantity:95 kg)) for the trek horses."),
        (C, "I'm well under. I'm [[NAME:Charlotte Vanderveer]], date of birth [[DOB:" + mon(dob[1], cap=True) + " " + str(int(dob[2])) + ", " + dob[0] + "]]."),
        (A, "Thank you, [[NAME:Charlotte]]. When do you arrive?"),
        (C, "Into Shannon on ((flight_number:EI " + str(flight) + ")), early on the ((date:6th))."),
        (A, "We'll collect you. The trek is ((price:€" + str(price) + ")) all in; we take a ((percentage:" + str(dep_pct) + "%)) deposit."),
        (C, "Okay. It's an Amex: [[CARD_NUMBER#c:" + card[:4] + "]] [[CARD_NUMBER#c:" + card[4:10] + "]] [[CARD_NUMBER#c:" + card[10:] + "]], expires [[EXPIRY:" + m + "/" + y + "]], and the code on the front is [[CVV:" + cid + "]]."),
        (A, "And a phone number in the States?"),
        (C, "[[PHONE:+1 " + phone[:3] + " " + phone[3:6] + " " + phone[6:] + "]]."),
    ]


@case
def en_primeur_canada():
    now_pct = G.pick([30, 40, 50])
    mem = G.dig(7, True)
    dob = G.dob(1960, 1988)
    vint = str(G.n(2022, 2023))
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    pcd = G.capc("M4W")
    price = G.n(600, 1800)
    return "asr", [
        (A, "good afternoon cellier saint-laurent [[NAME:anouk]] speaking"),
        (C, "hi [[NAME:anouk]] i'd like to put in my en primeur order for the ((year:" + say(vint, "y4") + ")) bordeaux"),
        (A, "of course what's your member number"),
        (C, "[[ACCOUNT_NUMBER:" + say(mem, "s1 p2 p2 p2") + "]]"),
        (A, "and your date of birth for verification"),
        (C, "[[DOB:" + ordw(dob[2]) + " of " + mon(dob[1]) + " " + say(dob[0], "y4") + "]]"),
        (A, "thank you mister [[NAME:lévesque]]"),
        (C, "i'll take a case of the pauillac and ((count:six)) of the sauternes"),
        (A, "that comes to ((price:" + amt(price) + " dollars)) and we take ((percentage:" + w_small(now_pct) + " percent)) now"),
        (C, "fine [[CARD_NUMBER#c:" + say(card[:8], "p8") + "]] [[CARD_NUMBER#c:" + say(card[8:], "p8") + "]]"),
        (A, "and the expiry"),
        (C, "[[EXPIRY:" + say(m, "p2") + " " + say(y, "p2") + "]] and the code is [[CVV:" + say(cv, "s3") + "]]"),
        (A, "and delivery to the same postal code [[POSTCODE:" + pc_say(pcd) + "]]"),
        (C, "yes but not before ((year:" + say(str(int(vint) + 2), "y4") + ")) obviously"),
    ]


@case
def coin_show_booth_au():
    tables = G.n(1, 3)
    fee = G.n(180, 420)
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    phone = G.au_phone()
    flight = G.n(400, 999)
    return "transcript", [
        (A, "Brisbane Coin and Banknote Fair, [[NAME:Darren]] speaking."),
        (C, "G'day [[NAME:Darren]], [[NAME:Lachlan Gillespie]] from Swan River Numismatics in Perth. I want a dealer table."),
        (A, "Good timing, we've got ((count:" + str(tables) + ")) left. ((price:$" + str(fee) + " per table)) for both days."),
        (C, "I'll take one. I'm flying in on ((flight_number:VA " + str(flight) + ")) the night before, can I set up early?"),
        (A, "Setup's from ((time:6:30 a.m.)) on the Saturday."),
        (C, "Perfect. Card: [[CARD_NUMBER#c:" + card[:4] + "]] [[CARD_NUMBER#c:" + card[4:8] + "]] [[CARD_NUMBER#c:" + card[8:12] + "]] [[CARD_NUMBER#c:" + card[12:] + "]], expiry [[EXPIRY:" + m + "/" + y + "]], CVV [[CVV:" + cv + "]]."),
        (A, "Thanks. Mobile for the day?"),
        (C, "[[PHONE:" + phone[:4] + " " + phone[4:7] + " " + phone[7:] + "]]."),
        (A, "Done. Bring ID for the security desk, we've got ((count:2)) guards this year."),
    ]


@case
def groomsmen_suit_hire():
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    phone = G.uk_mobile()
    hn = G.n(2, 99)
    pc = G.ukpc("CF14")
    chest = G.n(38, 46)
    price = G.n(59, 99)
    return "asr", [
        (A, "morning dapper and dunn formal hire [[NAME:rhys]] speaking"),
        (C, "hiya i'm getting married in ((date:june)) and i need suits for me and ((count:four)) groomsmen"),
        (A, "congratulations what's your name"),
        (C, "[[NAME:gethin pryce]]"),
        (A, "and the groomsmen's names so we can match the measurements"),
        (C, "[[NAME:owain]] [[NAME:dai]] [[NAME:bryn]] and my brother [[NAME:iestyn]]"),
        (A, "lovely and your own measurements"),
        (C, "((quantity:" + w_small(chest) + " chest)) and ((quantity:thirty two leg))"),
        (A, "the three piece is ((price:" + amt(price) + " pounds each)) and i'll need a card to hold the booking"),
        (C, "[[CARD_NUMBER#c:" + say(card[:4], "p4") + "]] [[CARD_NUMBER#c:" + say(card[4:8], "p4") + "]] [[CARD_NUMBER#c:" + say(card[8:12], "p4") + "]] [[CARD_NUMBER#c:" + say(card[12:], "p4") + "]]"),
        (A, "expiry and security"),
        (C, "[[EXPIRY:" + say(m + y, "p4") + "]] and [[CVV:" + say(cv, "s3") + "]]"),
        (A, "and your address and mobile"),
        (C, "[[ADDRESS:" + amt(hn) + " whitchurch road cardiff]] [[POSTCODE:" + pc_uk(pc) + "]] and the mobile's [[PHONE:" + say(phone, "s5 s3 h3") + "]]"),
    ]


@case
def diploma_framing_us():
    order = G.dig(6, True)
    grad = str(G.n(2022, 2024))
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    zp = G.zip("100")
    box = G.n(25, 45)
    return "asr", [
        (A, "campus frame and gift this is [[NAME:terrell]] how can i help"),
        (C, "hi i ordered a diploma frame online for my daughter's graduation and i got the wrong year on the engraving"),
        (A, "oh no what's the order number"),
        (C, "[[ACCOUNT_NUMBER:" + say(order, "p6") + "]]"),
        (A, "okay it says class of ((year:" + say(str(int(grad) - 1), "y4") + "))"),
        (C, "right it should be ((year:" + say(grad, "y4") + "))"),
        (A, "it hasn't gone to engraving yet so i'll fix it also we have the matching tassel box for ((price:" + amt(box) + " dollars))"),
        (C, "sure add it my card is [[CARD_NUMBER#c:" + say(card[:4], "d4") + "]] [[CARD_NUMBER#c:" + say(card[4:8], "p4") + "]] [[CARD_NUMBER#c:" + say(card[8:12], "c4") + "]] [[CARD_NUMBER#c:" + say(card[12:], "p4") + "]]"),
        (A, "and the expiration and cvv"),
        (C, "[[EXPIRY:" + say(m, "s2") + " " + say(y, "p2") + "]] [[CVV:" + say(cv, "h3") + "]]"),
        (A, "billing zip"),
        (C, "[[POSTCODE:" + say(zp, "s5") + "]]"),
        (A, "all set it ships in ((duration:three to five business days))"),
    ]


@case
def allotment_key_deposit_au():
    off = G.pick([20, 25, 30])
    mem = G.dig(4, True)
    dep = G.n(20, 50)
    phone = G.au_phone()
    hn = G.n(2, 120)
    pc = G.aupc("60")
    dob = G.dob(1949, 1960)
    plot = G.n(10, 60)
    return "transcript", [
        (A, "Fremantle Community Gardens, [[NAME:Isla]] speaking."),
        (C, "Hi [[NAME:Isla]], I've just been given plot ((other:" + str(plot) + ")) and the letter says I need to pay a key deposit."),
        (A, "Welcome! Yes, it's ((price:$" + str(dep) + ")), refundable. Can I have your name and member number?"),
        (C, "[[NAME:Giovanni Russo]], member [[ACCOUNT_NUMBER:" + mem + "]]."),
        (A, "Thanks, [[NAME:Giovanni]]. We also do a seniors' discount on the annual fee. Are you over ((other:65))?"),
        (C, "I am, born [[DOB:" + dob[2] + "/" + dob[1] + "/" + dob[0] + "]]."),
        (A, "Then it's ((percentage:" + str(off) + "%)) off. Your address?"),
        (C, "[[ADDRESS:" + str(hn) + " South Terrace, Fremantle]], [[POSTCODE:" + pc + "]]."),
        (A, "And a mobile?"),
        (C, "[[PHONE:" + phone + "]]."),
        (A, "The shed's open ((time:7)) till ((time:5)) and the water goes off at ((time:6 p.m.)) in summer."),
    ]


@case
def apiary_registration_canada():
    reg = G.dig(6, True)
    hn = G.n(1000, 9999)
    pcd = G.capc("N0B")
    phone = G.us_phone("519")
    dob = G.dob(1965, 1995)
    hives = G.n(4, 25)
    return "transcript", [
        (A, "Ontario Apiary Program, [[NAME:Bogdan]] speaking."),
        (C, "Hi, I need to update my beekeeper registration. I've moved my hives to a new property."),
        (A, "Sure. Registration number?"),
        (C, "[[ACCOUNT_NUMBER:" + reg[:3] + "-" + reg[3:] + "]]."),
        (A, "And your name and date of birth?"),
        (C, "[[NAME:Temperance Ojukwu]], [[DOB:" + dob[0] + "-" + dob[1] + "-" + dob[2] + "]]."),
        (A, "Thanks. The new apiary location?"),
        (C, "[[ADDRESS:" + str(hn) + " Hergott Line, Wellesley]], [[POSTCODE:" + pcd + "]]. It's a farm, so ((count:" + str(hives) + ")) hives at the back of the barn."),
        (A, "And a phone number for the inspector?"),
        (C, "[[PHONE:" + phone[:3] + "-" + phone[3:6] + "-" + phone[6:] + "]]."),
        (A, "Updated. Inspections in your area start around the ((date:15th of May))."),
    ]


@case
def choir_audition_au():
    dob = G.dob(1988, 2004)
    phone = G.au_phone()
    return "asr", [
        (A, "hello sydney harbour chorale this is [[NAME:annika]] the membership coordinator"),
        (C, "hi [[NAME:annika]] i saw you're auditioning altos for the spring season"),
        (A, "we are the auditions are on the ((date:third)) and ((date:fourth)) of next month what's your name"),
        (C, "[[NAME:marisol quintero]]"),
        (A, "and your date of birth just for our youth rate it's under ((other:twenty six))"),
        (C, "[[DOB:" + say(dob[2], "p2") + " " + say(dob[1], "p2") + " " + say(dob[0], "y4") + "]]"),
        (A, "lovely you qualify so the fee is half and the best number for you"),
        (C, "[[PHONE:" + say(phone, "s2 p2 s3 h3") + "]]"),
        (A, "and an email for the audition pack"),
        (C, "[[EMAIL:marisol dot q dot sings at gmail dot com]]"),
        (A, "great prepare ((count:two)) contrasting pieces about ((duration:three minutes)) each and we'll do some sight reading"),
        (C, "sight reading oh no"),
        (A, "don't worry it's gentle"),
    ]


@case
def livery_board_us():
    old_m, old_y = G.expiry(expired=True)
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    hn = G.dig(5, True)
    zp = G.zip("405")
    dob = G.dob(1970, 1990)
    board = G.n(650, 1200)
    return "transcript", [
        (A, "Bluegrass Boarding Stables, this is [[NAME:Darlene]]."),
        (C, "Hi [[NAME:Darlene]], it's [[NAME:Whitney Caldwell]]. I got an email saying my autopay failed."),
        (A, "Yes, the card on file expired [[EXPIRY:" + old_m + "/" + old_y + "]]. The board for this month is ((price:$" + str(board) + "))."),
        (C, "Sorry about that. Here's the new one: [[CARD_NUMBER#c:" + card[:4] + "]] [[CARD_NUMBER#c:" + card[4:8] + "]] [[CARD_NUMBER#c:" + card[8:12] + "]] [[CARD_NUMBER#c:" + card[12:] + "]]."),
        (A, "Expiration and CVV?"),
        (C, "[[EXPIRY:" + m + "/" + y + "]], [[CVV:" + cv + "]]."),
        (A, "And to update the autopay form I need to verify your date of birth and billing address."),
        (C, "[[DOB:" + dob[1] + "-" + dob[2] + "-" + dob[0] + "]], and [[ADDRESS:" + hn + " Iron Works Pike, Lexington]], KY [[POSTCODE:" + zp + "]]."),
        (A, "All set. Also, the farrier is out on the ((date:18th)); do you want Duchess done?"),
        (C, "Yes, just fronts. Thanks!"),
    ]


@case
def accordion_repair_canada():
    order = G.dig(5, True)
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    pcd = G.capc("R3L")
    price = G.money(180, 420)
    return "asr", [
        (A, "prairie squeezebox repair [[NAME:walt]] speaking"),
        (C, "hi [[NAME:walt]] it's [[NAME:oksana hrycenko]] you've got my grandfather's accordion the red one"),
        (A, "ah yes the ((other:one twenty)) bass hohner she needed new reeds in the low register"),
        (C, "is it done"),
        (A, "all done repair order [[ACCOUNT_NUMBER:" + say(order, "s1 p4") + "]] comes to ((price:" + amt(price[0]) + " " + cents(price[1]) + ")) before tax"),
        (C, "can you ship it to me in winnipeg"),
        (A, "sure i'll need a card and the postal code"),
        (C, "[[POSTCODE:" + pc_say(pcd) + "]] and the card is [[CARD_NUMBER#c:" + say(card[:8], "p8") + "]]"),
        (A, "yep keep going"),
        (C, "[[CARD_NUMBER#c:" + say(card[8:], "p8") + "]] expiry [[EXPIRY:" + say(m, "s2") + " " + say(y, "s2") + "]] and the code [[CVV:" + say(cv, "s3") + "]]"),
        (A, "got it it'll go out tomorrow in a hard case"),
    ]


@case
def plant_delivery_ivr_us():
    order = G.dig(7, True)
    zp = G.zip("303")
    phone = G.us_phone("404")
    return "asr", [
        (I, "thanks for calling peachtree garden center for delivery status please say your order number"),
        (C, "[[ACCOUNT_NUMBER:" + say(order, "s1 p2 p2 p2") + "]]"),
        (I, "and the delivery zip code"),
        (C, "[[POSTCODE:" + say(zp, "s5") + "]]"),
        (I, "your order of ((count:twelve)) ((quantity:three gallon)) azaleas is scheduled for thursday between ((time:eight)) and ((time:noon)) to change your delivery say agent"),
        (C, "agent"),
        (A, "peachtree delivery this is [[NAME:keshia]]"),
        (C, "hi i won't be home thursday can the driver leave them by the side gate"),
        (A, "sure i'll add a note can i confirm your phone number for the driver"),
        (C, "[[PHONE:" + say(phone, "s3 s3 p2 p2") + "]]"),
        (A, "and the name on the order"),
        (C, "[[NAME:beau thibodeaux]]"),
        (A, "done [[NAME:beau]] they'll text you a photo when they drop them off"),
    ]


@case
def piano_voicemail_uk():
    phone = G.uk_land("0117")
    hn = G.n(2, 80)
    pc = G.ukpc("BS8")
    return "transcript", [
        (I, "The person you are calling is not available. Please leave a message after the tone."),
        (C, "Hello, this is a message for [[NAME:Rupert]], the piano tuner. My name's [[NAME:Cressida Blackwood]]."),
        (C, "Our Bechstein needs tuning before a house concert on the ((date:21st)). We're at [[ADDRESS:" + str(hn) + " Royal York Crescent, Clifton]], [[POSTCODE:" + pc + "]]."),
        (C, "It's the ground-floor flat, so no stairs, you'll be relieved to hear. Any morning next week works."),
        (C, "Please ring me back on [[PHONE:" + phone[:4] + " " + phone[4:7] + " " + phone[7:] + "]]. That's [[PHONE:" + phone[:4] + " " + phone[4:] + "]]. Thank you."),
        (A, "Hi [[NAME:Cressida]], it's [[NAME:Rupert]] returning your call. Tuesday at ((time:10)) would suit me."),
        (C, "Tuesday's perfect. Will it take long?"),
        (A, "About ((duration:an hour and a half)) if it's been a while. I'll see you then."),
    ]


@case
def photo_prints_au():
    order = G.dig(6, True)
    prints = G.n(40, 150)
    price = G.money(20, 60)
    return "asr", [
        (A, "hi snapshot photo centre [[NAME:courtney]] speaking"),
        (C, "hi i uploaded ((count:" + amt(prints) + ")) photos for printing yesterday but i picked the wrong size"),
        (A, "no worries what's the order number"),
        (C, "[[ACCOUNT_NUMBER:" + say(order, "p6") + "]]"),
        (A, "okay so you've got them at ((quantity:six by four)) what did you want"),
        (C, "((quantity:seven by five)) for all of them"),
        (A, "that changes the price to ((price:" + amt(price[0]) + " " + cents(price[1]) + ")) is that okay"),
        (C, "yeah fine"),
        (A, "and the email for the new receipt still [[EMAIL:the tran family at outlook dot com dot au]]"),
        (C, "yep that's us"),
        (A, "ready ((time:after three)) tomorrow"),
    ]


@case
def rod_licence_uk():
    dob = G.dob(1945, 1985)
    hn = G.n(2, 140)
    pc = G.ukpc("HG3")
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    fee = G.money(30, 35)
    return "asr", [
        (A, "rod licence line this is [[NAME:craig]]"),
        (C, "hello i want a fishing licence for coarse and trout the ((count:two)) rod one"),
        (A, "the annual two rod is ((price:" + amt(fee[0]) + " pounds " + cents(fee[1]) + ")) but if you're over ((other:sixty five)) it's concessionary can i take your date of birth"),
        (C, "[[DOB:" + ordw(dob[2]) + " " + mon(dob[1]) + " " + say(dob[0], "y4") + "]]"),
        (A, "and your name"),
        (C, "[[NAME:wilfred ackroyd]]"),
        (A, "and your address mister [[NAME:ackroyd]]"),
        (C, "[[ADDRESS:" + amt(hn) + " nidd bank walk pateley bridge]] [[POSTCODE:" + pc_uk(pc) + "]]"),
        (A, "and the card"),
        (C, "[[CARD_NUMBER#c:" + say(card[:4], "p4") + "]] [[CARD_NUMBER#c:" + say(card[4:8], "s4") + "]] [[CARD_NUMBER#c:" + say(card[8:12], "p4") + "]] [[CARD_NUMBER#c:" + say(card[12:], "s4") + "]] expires [[EXPIRY:" + say(m, "p2") + " " + say(y, "p2") + "]] and [[CVV:" + say(cv, "s3") + "]] on the back"),
        (A, "that's all done it's valid for ((duration:three hundred and sixty five days)) from today"),
    ]


@case
def model_trains_ireland():
    cat1 = G.dig(5, True)
    cat2 = G.dig(5, True)
    p1 = G.money(60, 180)
    eir = G.eircode("D15")
    hn = G.n(2, 90)
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    return "transcript", [
        (A, "Heuston Hobbies, [[NAME:Fiachra]] speaking."),
        (C, "Hi, do you have the CIÉ ((model_number:" + cat1 + ")) locomotive in stock? The green one."),
        (A, "We do, ((price:€" + p1[0] + "." + p1[1] + ")). And the matching coaches, ((model_number:" + cat2 + ")), came in on Friday."),
        (C, "I'll take the loco now and the coaches at Christmas. Can you post it?"),
        (A, "Sure. Name and address?"),
        (C, "[[NAME:Cathal Ó Briain]], [[ADDRESS:" + str(hn) + " Castleknock Grove, Dublin 15]], [[POSTCODE:" + eir + "]]."),
        (A, "And the card?"),
        (C, "[[CARD_NUMBER#c:" + card[:4] + "]], [[CARD_NUMBER#c:" + card[4:8] + "]], [[CARD_NUMBER#c:" + card[8:12] + "]], [[CARD_NUMBER#c:" + card[12:] + "]]. Expiry [[EXPIRY:" + m + "/" + y + "]], security code [[CVV:" + cv + "]]."),
        (A, "Grand, I'll send it tracked today."),
    ]


@case
def gold_ira_coins_us():
    ssn = G.ssn()
    dob = G.dob(1950, 1968)
    acct = G.dig(9, True)
    coins = G.n(10, 40)
    fee = G.n(1, 3)
    return "transcript", [
        (A, "Heritage Precious Metals, retirement desk, this is [[NAME:Sherman]]."),
        (C, "Hi [[NAME:Sherman]], I want to move some of my IRA into gold coins. My custodian said to call you."),
        (A, "Sure. Do you have your custodian account number?"),
        (C, "[[ACCOUNT_NUMBER:" + acct[:3] + " " + acct[3:6] + " " + acct[6:] + "]]."),
        (A, "And to open the purchase I need your full name, date of birth and Social."),
        (C, "[[NAME:Dolores Weatherby-King]]. Born [[DOB:" + dob[1] + "/" + dob[2] + "/" + dob[0] + "]]. Social is [[SSN#s:" + ssn[:3] + "]]... [[SSN#s:" + ssn[3:5] + "]]... [[SSN#s:" + ssn[5:] + "]]."),
        (A, "Let me read that back: [[SSN:" + ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:] + "]]."),
        (C, "Correct."),
        (A, "You mentioned ((count:" + str(coins) + ")) American Eagles. Our spread is ((percentage:" + str(fee) + "%)) over spot for IRA-eligible coins."),
        (C, "Fine. How long does it take?"),
        (A, "Usually ((duration:7 to 10 business days)) once the custodian releases the funds."),
    ]


@case
def cake_order_canada():
    phone = G.us_phone("902")
    card = G.card("visa")
    m, y = G.expiry()
    cv = G.cvv()
    price = G.money(48, 90)
    return "transcript", [
        (A, "Good morning, Bluenose Bakeshop, [[NAME:Heather]] speaking."),
        (C, "Hi [[NAME:Heather]], I'd like a retirement cake for Friday. Carrot cake, cream cheese icing."),
        (A, "Lovely. Quarter slab or half slab?"),
        (C, "Half, there's about ((count:40)) people in the office."),
        (A, "Half slab is ((price:$" + price[0] + "." + price[1] + ")). What should it say?"),
        (C, "\"Happy Retirement, [[NAME:Gordie]], ((other:35)) years of service!\""),
        (A, "Ha, love it. Your name and number?"),
        (C, "[[NAME:Shauna MacIsaac]], [[PHONE:" + phone[:3] + " " + phone[3:6] + " " + phone[6:8] + " " + phone[8:] + "]]."),
        (A, "And we'll need it paid in advance, since it's custom."),
        (C, "Sure: [[CARD_NUMBER#c:" + card[:2] + " " + card[2:4] + " " + card[4:6] + " " + card[6:8] + "]], [[CARD_NUMBER#c:" + card[8:10] + " " + card[10:12] + " " + card[12:14] + " " + card[14:] + "]]."),
        (A, "So in fours that's [[CARD_NUMBER:" + grp(card, "4444") + "]]. Expiry and CVV?"),
        (C, "[[EXPIRY:" + m + "/" + y + "]] and [[CVV:" + cv + "]]."),
        (A, "Ready Friday from ((time:7:30))."),
    ]


@case
def junior_handler_au():
    dob = G.dob(2008, 2011)
    entry = G.dig(5, True)
    phone = G.au_phone()
    fee = G.n(12, 25)
    return "transcript", [
        (A, "Dogs Victoria show entries, [[NAME:Lorelei]] speaking."),
        (C, "Hi, I'm entering my daughter in junior handling at the Royal, but the form won't accept her date of birth."),
        (A, "What date are you putting in?"),
        (C, "[[DOB:" + dob[2] + "/" + dob[1] + "/" + dob[0] + "]]. Her name's [[NAME:Poppy Vukovic]]."),
        (A, "Ah, the form's set for ages ((other:10)) to ((other:17)) on the ((date:1st of January)). She should be fine; I'll enter it manually."),
        (C, "Thank you! The entry number it gave me was [[ACCOUNT_NUMBER:JH-" + entry + "]]."),
        (A, "Got it. The fee's ((price:$" + str(fee) + ")) and it's already paid. Can I have a contact number?"),
        (C, "[[PHONE:" + phone[:4] + " " + phone[4:7] + " " + phone[7:] + "]], I'm her mum, [[NAME:Ivana]]."),
        (A, "Thanks, [[NAME:Ivana]]. Her ring time will be on the schedule ((duration:a week)) before."),
    ]


@case
def seed_catalogue_uk():
    cust = G.dig(7, True)
    c1 = G.dig(4, True)
    c2 = G.dig(4, True)
    p1 = G.money(2, 5)
    hn = G.n(2, 140)
    pc = G.ukpc("IP14")
    free = G.n(20, 30)
    post = G.money(2, 4)
    return "transcript", [
        (A, "Good morning, Suffolk Heritage Seeds, order line, [[NAME:Judith]] speaking."),
        (C, "Morning. I'd like to order from the spring catalogue. My customer number is [[ACCOUNT_NUMBER:" + cust + "]]."),
        (A, "Thank you. That's Mr [[NAME:Bartholomew Tuck]]?"),
        (C, "Yes. I'd like ((count:2)) packets of ((model_number:" + c1 + ")), the Crimson Flowered broad bean, and one of ((model_number:" + c2 + ")), the Bull's Blood beetroot."),
        (A, "The broad beans are ((price:£" + p1[0] + "." + p1[1] + " a packet)). Still at [[ADDRESS:" + str(hn) + " Halesworth Road]], [[POSTCODE:" + pc + "]]?"),
        (C, "Yes. And can you email the confirmation this time? [[EMAIL:bart.tuck@btopenworld.com]]"),
        (A, "Of course. Orders over ((price:£" + str(free) + ")) go post-free, so you're just under; postage is ((price:£" + post[0] + "." + post[1] + "))."),
        (C, "Fine, thank you."),
    ]


@case
def photo_book_us():
    order = G.dig(8, True)
    pages = G.n(2, 6) * 10
    disc = G.pick([20, 25, 30, 40])
    price = G.money(45, 95)
    return "transcript", [
        (A, "Keepsake Photo Books customer care, this is [[NAME:Ramón]]."),
        (C, "Hi [[NAME:Ramón]], I placed an order last night and the discount code didn't apply."),
        (A, "Sorry about that. Order number?"),
        (C, "[[ACCOUNT_NUMBER:" + order[:4] + "-" + order[4:] + "]]."),
        (A, "I see it, a ((count:" + str(pages) + "))-page hardcover, ((price:$" + price[0] + "." + price[1] + ")). Which code did you use?"),
        (C, "((other:SPRING" + str(disc) + ")). It should be ((percentage:" + str(disc) + "%)) off."),
        (A, "That code ended at ((time:midnight)) Pacific, but I'll honor it. The refund goes back to the card in ((duration:3 to 5 days))."),
        (C, "Thank you. Can you send the confirmation to my other email, [[EMAIL:priya.raman.photos@yahoo.com]]?"),
        (A, "Sure. And the name on the account is [[NAME:Priya Raman]]?"),
        (C, "Yes."),
    ]


@case
def gown_preservation_canada():
    card = G.card("mc")
    m, y = G.expiry()
    cv = G.cvv()
    phone = G.us_phone("613")
    hn = G.n(10, 400)
    pcd = G.capc("K2P")
    apt = G.n(2, 18) * 100 + G.n(1, 12)
    price = G.n(280, 450)
    return "transcript", [
        (A, "Rideau Bridal, cleaning and preservation, [[NAME:Genevieve]] speaking."),
        (C, "Hi, I got married last weekend and I'd like the dress cleaned and boxed. There's a red wine stain on the train, sorry!"),
        (A, "Ha, very common. Preservation with stain treatment is ((price:$" + str(price) + ")). We can pick it up."),
        (C, "Yes, please. [[ADDRESS:" + str(hn) + " Metcalfe Street, Apartment " + str(apt) + ", Ottawa]], [[POSTCODE:" + pcd + "]]."),
        (A, "And your name?"),
        (C, "[[NAME:Zainab Thompson-Akhtar]]."),
        (A, "And a card to book the pickup, [[NAME:Zainab]]?"),
        (C, "[[CARD_NUMBER#c:" + card[:4] + "]] [[CARD_NUMBER#c:" + card[4:8] + "]] [[CARD_NUMBER#c:" + card[8:12] + "]], sorry, the last four are [[CARD_NUMBER#c:" + card[12:] + "]]. Expires [[EXPIRY:" + m + "/" + y + "]], CVV [[CVV:" + cv + "]]."),
        (A, "Thank you. A phone for the driver?"),
        (C, "[[PHONE:" + phone[:3] + "-" + phone[3:6] + "-" + phone[6:] + "]]."),
    ]

# ---------------------------------------------------------------------------
# markup, checks, counts, output
# ---------------------------------------------------------------------------
PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
MINIMUM = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35, "EMAIL": 25,
           "DOB": 20, "ADDRESS": 35, "POSTCODE": 35, "ACCOUNT_NUMBER": 45, "NAME": 200}
MIN_CASES, MIN_UTTS, MIN_PLAIN, MIN_KEEP, MIN_IVR = 80, 1000, 400, 280, 6

MARK_RE = re.compile(r"\[\[([A-Z_]+)(?:#([a-z0-9]+))?(?:!([a-z]+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
STREET_WORDS = {"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "way",
                "close", "crescent", "court", "ct", "place", "pl", "terrace", "grove", "gardens",
                "parade", "row", "hill", "boulevard", "blvd", "square", "walk", "mews", "rise",
                "park", "green", "circle", "highway", "hwy", "trail", "wynd", "brae", "yard",
                "loke", "chase", "drove", "esplanade", "quay", "heights", "view", "pike",
                "parkway", "cres", "tce", "pde", "brow", "steps", "line", "sideroad"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "sir", "madam", "doctor", "mx"}
WORD_RE = re.compile(r"[^\W\d_]+")
ACCOUNT_WORDS = {"dash", "hyphen", "slash", "dot", "point"}

def parse_utt(marked):
    """strip the markup; return the clean text, pii pieces and keep spans"""
    out, pii, keep = [], [], []
    pos = 0
    clean_len = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        clean_len += len(before)
        if m.group(1):
            body = m.group(4)
            pii.append({"start": clean_len, "end": clean_len + len(body), "type": m.group(1),
                        "lgrp": m.group(2), "flags": m.group(3) or ""})
        else:
            body = m.group(6)
            keep.append({"start": clean_len, "end": clean_len + len(body), "kind": m.group(5)})
        out.append(body)
        clean_len += len(body)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "((" not in text, marked
    return text, pii, keep


def build():
    rows, meta = [], []
    for k, fn in enumerate(CASES):
        style, utts = fn()
        cid = "t45-%03d" % (k + 1)
        utterances, pii, keep, flags = [], [], [], []
        gmap = {}
        for ui, (spk, marked) in enumerate(utts):
            text, p, kp = parse_utt(marked)
            utterances.append({"speaker": spk, "text": text})
            for s in p:
                key = s["lgrp"] if s["lgrp"] else ("_solo", ui, s["start"])
                if key not in gmap:
                    gmap[key] = "g%d" % (len(gmap) + 1)
                pii.append({"utterance": ui, "start": s["start"], "end": s["end"],
                            "type": s["type"], "group": gmap[key]})
                flags.append(s["flags"])
            for s in kp:
                keep.append({"utterance": ui, "start": s["start"], "end": s["end"], "kind": s["kind"]})
        rows.append({"case_id": cid, "style": style, "utterances": utterances, "pii": pii,
                     "keep": keep})
        meta.append({"flags": flags, "fn": fn.__name__})
    return rows, meta


def _edge_ok(text, s, e):
    if not (0 <= s < e <= len(text)):
        return "outside its text"
    span = text[s:e]
    if span != span.strip():
        return "leading or trailing space"
    first, last = span[0], span[-1]
    if first in string.punctuation and first not in "$£€+":
        return "leading punctuation"
    if last in string.punctuation and last != "%":
        if not (last == "." and (span.lower().endswith("a.m.") or span.lower().endswith("p.m."))):
            return "trailing punctuation"
    if first in "£€" or last in "£€":
        pass
    if s > 0 and text[s - 1].isalnum():
        return "starts inside a word"
    if e < len(text) and text[e].isalnum():
        return "ends inside a word"
    return None


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
EIR_PC = re.compile(r"^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}$")
CA_PC = re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
PPS_RE = re.compile(r"^\d{7}[A-W][AHW]?$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def phone_shape(d):
    if len(d) == 10 and d[0] in "23456789" and d[3] in "23456789":
        return True  # US / Canada
    if len(d) == 11 and d[0] == "1" and d[1] in "23456789":
        return True
    if len(d) == 11 and d[0] == "0" and d[1] in "12378":
        return True  # UK
    if len(d) == 12 and d.startswith("44") and d[2] in "12378":
        return True
    if len(d) == 10 and d[0] == "0" and d[1] in "2378" or len(d) == 10 and d.startswith("04"):
        return True  # Australia
    if len(d) == 11 and d.startswith("61") and d[2] in "2347":
        return True
    return False


def ssn_shape(d):
    if len(d) == 4 and d.isdigit():
        return True
    if len(d) == 9 and d.isdigit():
        a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
        return 1 <= a <= 665 and 1 <= g <= 99 and 1 <= s <= 9999
    return bool(NI_RE.match(d) or PPS_RE.match(d))


def check(rows, meta):
    errs = []
    email_seen, street_seen, long_utts = {}, {}, {}
    for row, mt in zip(rows, meta):
        cid = row["case_id"]
        utts = row["utterances"]

        def err(msg):
            errs.append("%s (%s): %s" % (cid, mt["fn"], msg))

        if row["style"] not in ("asr", "transcript"):
            err("style")
        # spans: edges, overlaps
        per_utt = {}
        for s in row["pii"] + row["keep"]:
            text = utts[s["utterance"]]["text"]
            bad = _edge_ok(text, s["start"], s["end"])
            if bad:
                err("%s %r: %s" % (s.get("type", s.get("kind")), text[s["start"]:s["end"]], bad))
            per_utt.setdefault(s["utterance"], []).append((s["start"], s["end"]))
        for ui, sp in per_utt.items():
            sp.sort()
            for a, b in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    err("overlap in utterance %d" % ui)
        for s in row["pii"]:
            if s["type"] not in PII_TYPES:
                err("bad type " + s["type"])
        for s in row["keep"]:
            if s["kind"] not in KEEP_KINDS:
                err("bad kind " + s["kind"])
        # group order
        seen = []
        for s in row["pii"]:
            if s["group"] not in seen:
                seen.append(s["group"])
        if seen != ["g%d" % (k + 1) for k in range(len(seen))]:
            err("groups not in order of first appearance")
        # groups: type checks
        groups = {}
        for s, fl in zip(row["pii"], mt["flags"]):
            groups.setdefault(s["group"], []).append((s, fl))
        full_cards, full_phones = [], []
        for g, pieces in groups.items():
            types = {p["type"] for p, _ in pieces}
            if len(types) != 1:
                err("group %s mixes types" % g)
                continue
            t = types.pop()
            if t == "CARD_NUMBER" and not any("p" in fl or "o" in fl for _, fl in pieces):
                d = ""
                for p, fl in pieces:
                    dd, unk = spoken(utts[p["utterance"]]["text"][p["start"]:p["end"]])
                    if unk or not dd.isdigit():
                        err("card piece has words %r" % (unk or dd))
                    full_cards.append(dd)
                    if "x" not in fl:
                        d += dd
                full_cards.append(d)
                if len(d) not in (15, 16) or not luhn_ok(d) or (len(d) == 15 and d[:2] not in ("34", "37")):
                    err("card group %s reads %s" % (g, d))
            if t == "PHONE" and not any("p" in fl for _, fl in pieces):
                d = ""
                for p, fl in pieces:
                    dd, unk = spoken(utts[p["utterance"]]["text"][p["start"]:p["end"]])
                    if unk or not dd.isdigit():
                        err("phone piece has words %r" % (unk or dd))
                    if "e" not in fl:
                        d += dd
                full_phones.append(d)
                if not phone_shape(d):
                    err("phone group %s reads %s" % (g, d))
        for g, pieces in groups.items():
            t = pieces[0][0]["type"]
            texts = [utts[p["utterance"]]["text"][p["start"]:p["end"]] for p, _ in pieces]
            joined = " ".join(texts)
            dd, unk = spoken(joined)
            if t == "CARD_NUMBER" and any("o" in fl for _, fl in pieces):
                if unk or not dd.isdigit() or len(dd) != 4:
                    err("last four of a card on file %r" % joined)
            elif t in ("CARD_NUMBER", "PHONE") and any("p" in fl for _, fl in pieces):
                pool = full_cards if t == "CARD_NUMBER" else full_phones
                if unk or not dd.isdigit() or not any(dd in c for c in pool):
                    err("partial %s %s (%s) not inside a full value of the case" % (t, g, dd))
            elif t == "CVV":
                if unk or not dd.isdigit() or len(dd) not in (3, 4):
                    err("CVV %r" % joined)
            elif t == "EXPIRY":
                words = [w.lower() for w in TOKEN_RE.findall(joined)]
                has_month = any(w in MONTHS or w in [x[:3] for x in MONTHS] or w == "sept" for w in words)
                digits = "".join(ch for ch in dd if ch.isdigit())
                ok = True
                if has_month:
                    ok = len(digits) in (2, 4)
                elif len(digits) == 4:
                    ok = 1 <= int(digits[:2]) <= 12
                elif len(digits) == 3:
                    ok = 1 <= int(digits[0]) <= 9
                elif len(digits) == 6:
                    ok = 1 <= int(digits[:2]) <= 12 and digits[2:4] == "20"
                elif len(digits) == 5:
                    ok = digits[1:3] == "20"
                else:
                    ok = False
                other = [w for w in unk if w not in MONTHS and w not in ("slash", "of", "sept", "dash")
                         and w not in [x[:3] for x in MONTHS]]
                if not ok or other:
                    err("expiry %r" % joined)
            elif t == "SSN":
                if unk or not ssn_shape(dd):
                    err("SSN %r reads %s" % (joined, dd))
            elif t == "EMAIL":
                for x in texts:
                    if "@" in x:
                        if not EMAIL_RE.match(x) or row["style"] == "asr":
                            err("email %r" % x)
                    else:
                        ws = x.lower().split()
                        if "at" not in ws or "dot" not in ws:
                            err("spoken email %r" % x)
                    key = x.lower().replace(" at ", "@").replace(" dot ", ".").replace(" ", "")
                    if key in email_seen and email_seen[key] != cid:
                        err("email %r also in %s" % (x, email_seen[key]))
                    email_seen.setdefault(key, cid)
            elif t == "POSTCODE":
                pc = dd
                if unk or not (re.match(r"^\d{5}(\d{4})?$", pc) or re.match(r"^\d{4}$", pc)
                               or UK_PC.match(pc) or EIR_PC.match(pc) or CA_PC.match(pc)):
                    err("postcode %r reads %s %r" % (joined, pc, unk))
            elif t == "ADDRESS":
                for x in texts:
                    toks = TOKEN_RE.findall(x)
                    if not toks or not (toks[0].isdigit() or toks[0].lower() in UNIT or toks[0].lower() in TEEN
                                        or toks[0].lower() in TENS):
                        err("address does not start with a number %r" % x)
                    words = [w.lower() for w in toks]
                    streets = [k for k, w in enumerate(words) if w in STREET_WORDS]
                    if not streets:
                        err("address without a street word %r" % x)
                        continue
                    k = streets[0]
                    name = [w for w in words[:k] if not w.isdigit() and w not in DIGIT_WORDS
                            and w != "and" and len(w) > 1]
                    key = " ".join(name[-2:] + [words[k]])
                    if key in street_seen and street_seen[key] != cid:
                        err("street %r also in %s" % (key, street_seen[key]))
                    street_seen.setdefault(key, cid)
            elif t == "NAME":
                for x in texts:
                    if any(ch.isdigit() for ch in x):
                        err("name with digit %r" % x)
                    if any(w.lower() in TITLES for w in TOKEN_RE.findall(x)):
                        err("name with title %r" % x)
            elif t == "DOB":
                digits = "".join(ch for ch in dd if ch.isdigit())
                typed = [x for x in TOKEN_RE.findall(joined) if x.isdigit() and len(x) == 4]
                if typed:
                    ok = all(1930 <= int(x) <= 2020 for x in typed)
                elif len(digits) >= 7:
                    ok = 1930 <= int(digits[-4:]) <= 2020 or 1930 <= int(digits[:4]) <= 2020
                else:
                    ok = len(digits) >= 2
                if not ok:
                    err("DOB %r" % joined)
            elif t == "ACCOUNT_NUMBER":
                bad = [w for w in unk if w not in ACCOUNT_WORDS]
                if bad or not any(ch.isdigit() for ch in dd):
                    err("account %r (%r)" % (joined, bad))
        # keep: look-alikes
        for k in row["keep"]:
            text = utts[k["utterance"]]["text"]
            kd, _ = spoken(text[k["start"]:k["end"]])
            kd = "".join(ch for ch in kd if ch.isdigit())
            if 13 <= len(kd) <= 19 and luhn_ok(kd):
                err("look-alike passes Luhn %r" % text[k["start"]:k["end"]])
            for p in row["pii"]:
                if p["utterance"] != k["utterance"]:
                    continue
                pd, _ = spoken(text[p["start"]:p["end"]])
                pd = "".join(ch for ch in pd if ch.isdigit())
                if pd and kd and pd in kd:
                    err("look-alike %r holds pii digits %r" % (text[k["start"]:k["end"]], pd))
        # outside spans: digits, runs of digit words, name words
        name_words = set()
        for p in row["pii"]:
            if p["type"] == "NAME":
                x = utts[p["utterance"]]["text"][p["start"]:p["end"]]
                name_words |= {w.lower() for w in WORD_RE.findall(x) if len(w) > 1}
        for ui, u in enumerate(utts):
            text = u["text"]
            if not text.strip():
                err("empty utterance %d" % ui)
            if u["speaker"] not in (A, C, I):
                err("speaker %r" % u["speaker"])
            if row["style"] == "asr" and (text != text.lower() or re.search(r"[.,?!;:\"]", text)):
                err("asr utterance with capitals or punctuation: %r" % text)
            chars = list(text)
            for s in row["pii"] + row["keep"]:
                if s["utterance"] == ui:
                    for k in range(s["start"], s["end"]):
                        chars[k] = "#"
            masked = "".join(chars)
            if re.search(r"\d", masked):
                err("digit outside a span: %r" % text)
            toks = re.findall(r"[^\W\d_]+|#+|\d+", masked)
            run = 0
            for t in toks:
                run = run + 1 if t.lower() in DIGIT_WORDS else 0
                if run >= 4:
                    err("four digit words outside a span: %r" % text)
                    break
            for t in toks:
                if t.lower() in name_words:
                    err("name word %r left unlabelled: %r" % (t, text))
            # duplicates of nine words or more across cases
            mk = []
            for t in re.findall(r"[A-Za-z0-9']+|#+", masked.lower()):
                if t.startswith("#"):
                    if not mk or mk[-1] != "#":
                        mk.append("#")
                else:
                    mk.append(t)
            if len(mk) >= 9:
                key = " ".join(mk)
                if key in long_utts and long_utts[key] != cid:
                    err("utterance also in %s: %r" % (long_utts[key], text))
                long_utts.setdefault(key, cid)
    return errs


def counts(rows):
    c = {t: 0 for t in PII_TYPES}
    kc = {k: 0 for k in KEEP_KINDS}
    utt = plain = ivr = 0
    style_utts = {"asr": 0, "transcript": 0}
    style_cases = {"asr": 0, "transcript": 0}
    for row in rows:
        for p in row["pii"]:
            c[p["type"]] += 1
        for k in row["keep"]:
            kc[k["kind"]] += 1
        n = len(row["utterances"])
        utt += n
        style_utts[row["style"]] += n
        style_cases[row["style"]] += 1
        with_pii = {p["utterance"] for p in row["pii"]}
        plain += n - len(with_pii)
        if any(u["speaker"] == I for u in row["utterances"]):
            ivr += 1
    return c, kc, utt, plain, ivr, style_utts, style_cases


def main():
    try:
        rows, meta = build()
    except AssertionError as exc:
        print("FAIL while building the cases: %s" % exc, file=sys.stderr)
        print("nothing written", file=sys.stderr)
        sys.exit(1)
    errs = check(rows, meta)
    c, kc, utt, plain, ivr, su, sc = counts(rows)
    for t in PII_TYPES:
        if c[t] < MINIMUM[t]:
            errs.append("%s: %d spans, minimum %d" % (t, c[t], MINIMUM[t]))
    if len(rows) < MIN_CASES:
        errs.append("%d cases, minimum %d" % (len(rows), MIN_CASES))
    if utt < MIN_UTTS:
        errs.append("%d utterances, minimum %d" % (utt, MIN_UTTS))
    if plain < MIN_PLAIN:
        errs.append("%d utterances without pii, minimum %d" % (plain, MIN_PLAIN))
    if sum(kc.values()) < MIN_KEEP:
        errs.append("%d keep spans, minimum %d" % (sum(kc.values()), MIN_KEEP))
    if any(v == 0 for v in kc.values()):
        errs.append("a keep kind is missing")
    if ivr < MIN_IVR:
        errs.append("%d IVR cases, minimum %d" % (ivr, MIN_IVR))
    print("cases %d  utterances %d  utterances without pii %d  IVR cases %d" % (len(rows), utt, plain, ivr))
    print("pii spans: " + ", ".join("%s %d" % (t, c[t]) for t in PII_TYPES) + "  (total %d)" % sum(c.values()))
    print("keep spans: " + ", ".join("%s %d" % (k, kc[k]) for k in KEEP_KINDS) + "  (total %d)" % sum(kc.values()))
    print("style: asr %d cases / %d utterances (%.1f%%), transcript %d cases / %d utterances (%.1f%%)" % (
        sc["asr"], su["asr"], 100.0 * su["asr"] / max(utt, 1), sc["transcript"], su["transcript"],
        100.0 * su["transcript"] / max(utt, 1)))
    if errs:
        for e in errs:
            print("FAIL " + e, file=sys.stderr)
        print("%d check(s) failed; nothing written" % len(errs), file=sys.stderr)
        sys.exit(1)
    if "--check" in sys.argv[1:]:
        print("all checks passed (--check: nothing written)")
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev49.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %s" % path)


if __name__ == "__main__":
    main()
