#!/usr/bin/env python3
"""Write data/redaction/dev50.jsonl, a redaction development set (case ids t46-001 ...).

Written as the held-out set test46.jsonl, measured once with the forty-seventh round's code, then
renamed dev50 and tuned on in the forty-eighth round.

What this set leans on
----------------------
* Callers whose English is Indian, Pakistani, Nigerian, Ghanaian, South African,
  Singaporean, Jamaican, Scottish or Welsh, living in the UK, Ireland, the US, Canada or
  Australia, saying numbers their own way ("double", "triple", "nought", hyphenated digit
  words such as "one-oh", digits in pairs and threes, "hundred" for "00"), with their own
  fillers and politeness ("kindly", "please do the needful", "is it", "not so", "lah",
  "innit", "aye", "wee", "ehn", "abeg") inside and around values; agents prompting block
  by block, and agents in offshore contact centres reading values back their own way.
* Industries no earlier set named: cricket and football season tickets, Bollywood and
  Afrobeats promoters, spice and African-Caribbean grocers, tailors and fabric shops,
  hair and braiding salons, church, chapel and gurdwara halls, school-fee remittances,
  phone repair shops, tiffin and meal-prep plans, students' unions, exam tutoring,
  minicab firms and community radio appeals.
* Card payments above all: cards in one to five pieces over turns, corrected blocks,
  restarts, a block repeated on request, read-backs by agents and IVRs (whole, one block,
  last four, an IVR's misheard block), codes and expiries asked and said in varied ways,
  an expired card, a card given and withdrawn. Also identity checks (dates of birth,
  postcodes, first lines of address, SSNs and their last four, NI, PPS and SIN numbers),
  phones with extensions and foreign country codes, and account, membership, order, job,
  student and booking numbers of many shapes; look-alikes (prices in six currencies,
  times, dates, ages, years, quantities, model numbers, long references that fail Luhn,
  percentages, counts, durations) beside the real values; many utterances with no pii.
* About half the utterances in each style (`asr` and `transcript`).

How it is built
---------------
Every conversation below is a hand-written function (its own people, reason for calling,
wording and order of events) returning its style and utterances. Values are written
inline with markup: `[[TYPE#grp:text]]` for pii (`CARD` and `ACCT` are short for
CARD_NUMBER and ACCOUNT_NUMBER; `#grp` ties pieces together, a span without one is a
group of its own), `[[TYPE#grp/x:text]]` for a piece that stays in its group but is not
part of the final value (digits before a restart, a corrected block, a block repeated on
request, a phone extension), `[[TYPE/p:text]]` for a partial value in a group of its own
(a last four, one block read back, a card withdrawn half way), and `((kind:text))` for a
keep span. The markup is stripped in code and every offset is computed from the clean
text; pieces of one group written side by side with only a space between them are
merged into one span (the span runs from the first digit word to the last). Groups are
renamed g1, g2, ... in order of first appearance in each case.

Every generated number (cards, codes, expiries, SSNs and other national ids, phones,
postcodes, account and reference numbers, dates of birth, house and flat numbers,
amounts, event days, measurements, model numbers, look-alike references) comes from one
`random.Random(46)` drawn in case order, so the output is identical on every run and under
any PYTHONHASHSEED. Small everyday numbers in the wording (times, durations, counts, ages,
school years, season years, a few fixed percentages and package sizes) are written by hand.
Phones use fiction ranges: Ofcom drama numbers in the UK, 555-01xx in the US and Canada,
ACMA's 0491 570/571/572... mobiles and 5550 landlines in Australia; Irish mobiles, Ghanaian
and Indian numbers are random.

The script checks every case and exits with status 1, writing nothing, if any check
fails: spans inside their text, non-empty, no leading or trailing space or punctuation
(a final "a.m."/"p.m." excepted), not starting or ending inside a word, no overlaps;
card groups 15 (Amex, 34/37) or 16 digits passing Luhn once `/x` pieces are left out of
the join (partial groups 4-8 digits); CVV 3-4 digits; SSNs as a US SSN (area 001-665,
group 01-99, serial 0001-9999), a UK NI number, an Irish PPS number (check letter
verified), a Canadian SIN (Luhn) or an Australian TFN, or 4 digits for a last four;
phones 10-12 digits in US/Canadian, UK, Irish, Australian shapes or with the Ghanaian
(+233) or Indian (+91) country code; expiries with a valid month; postcodes as a ZIP, UK
postcode, Eircode, Canadian or Australian postcode; e-mails typed with "@" (transcript
only) or spoken "... at ... dot ..."; addresses starting with a number (or flat/unit/
apartment and a number) and holding a street word; names without digits or titles;
look-alikes of 13-19 digits failing Luhn and holding no digits of a pii span in the same
utterance; no digit outside a span and no run of four or more digit words outside one;
a name word labelled in a case never left unlabelled elsewhere in it; no e-mail or street
in two cases; no utterance of nine words or more (span contents masked) in two cases;
style (asr: lower case, no punctuation, no "@"); and the minimum counts of the brief.

Run
---
    python3 data/redaction/make_dev50.py           # validate, print counts, write dev50.jsonl
    python3 data/redaction/make_dev50.py --check   # validate and print counts only

Choices where the conventions are silent (applied the same way throughout)
--------------------------------------------------------------------------
* Cards: digits before a restart, a corrected block and a block repeated on request stay
  in the card's group; a card read back or said again in full, a block read back, any last
  four (said by either side, by an IVR, or read from the record) and an IVR's misheard
  block are groups of their own; a card given and withdrawn is a group of its own. The old
  expiry of an expired card read from the record is an EXPIRY. A whole value said again on
  request (a CVV the IVR did not catch, an account number repeated) is a group of its own.
* Words around values stay outside: "expires", "end of", "expiry", "CVV", "CVC", "code",
  "extension", "first four", "block one"; "slash" and "of" between month and year stay
  inside an expiry; hyphens, dots and slashes written inside a value stay inside, while in
  the transcript style a comma or an ellipsis between groups (a pause) splits the value
  into pieces of one group, as a filler or a word does in either style.
* A phone's extension is a piece of the phone's group; an agent's read-back of a phone is a
  group of its own, extension included as its piece.
* A UK National Insurance number, an Irish PPS number and a Canadian SIN are SSNs; the last
  four of an SSN is an SSN group of its own. Children's dates of birth after 2005 are DOBs.
* Eircodes, Canadian and Australian postcodes are POSTCODEs (an Eircode's two halves one span).
* ADDRESS holds the street line with flat/unit/apartment (before or after) and the suburb,
  district or town said right after the street ("Dublin 8" included); states, provinces
  and a town said apart stay outside. A business's location named without a number, a
  stadium or venue name, and an organisation's own mailbox are not pii.
* ACCOUNT_NUMBER: account, customer, membership, supporter, trade, order, job, claim,
  booking, trade-in, voucher, student, candidate and enrolment numbers, a private-hire
  badge number, a driving licence number, sort codes, routing numbers, bank accounts, an
  IBAN and a Nigerian NUBAN (a sort code or routing number a group apart from the account
  number). `other`: payment, confirmation, donation, receipt and transaction references,
  money-transfer control numbers, IMEIs, an ABN, an exam centre number, seats, rows,
  blocks, stalls, a driver's call sign, a buzzer code, keypad presses, school years, ages.
* NAME: titles and honorifics (Mr, Mrs, Ms, mister, doctor, Pastor, Deaconess, sister,
  aunty, auntie, ji, bhai, bhenji, mama) stay outside; a first name and surname said
  together are one span; a first name said and then the full name are two spans of their
  own; a spelled surname is a group of its own; a person's name inside a business name
  ("Bisi Couture") and a clan name used for the family are labelled; single letters of a
  spelled name are left out of the name-word check.
* Look-alikes: a price keeps its currency and a rate said with it ("... an hour",
  "... a month", "... per week"); a date with a day number (or an ordinal alone, "the
  fourteenth") is a `date`, while weekdays and named days ("Saturday", "Easter Monday",
  "tomorrow") are left unlabelled; a flight number keeps its airline letters.
"""

import json
import os
import random
import re
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev50.jsonl")
PREFIX = "t46"

PII_TYPES = ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB",
             "ADDRESS", "POSTCODE", "ACCOUNT_NUMBER", "NAME")
KEEP_KINDS = ("quantity", "time", "price", "flight_number", "date", "year",
              "duration", "percentage", "model_number", "count", "other")
MINIMUMS = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35,
            "EMAIL": 25, "DOB": 20, "ADDRESS": 35, "POSTCODE": 35,
            "ACCOUNT_NUMBER": 45, "NAME": 200}
MIN_CASES = 80
MIN_UTTERANCES = 1000
MIN_PLAIN_UTTERANCES = 400
MIN_KEEP = 280
MIN_IVR_CASES = 6


# --------------------------------------------------------------------------
# Number generator: the only source of generated numbers, drawn in case order.
# --------------------------------------------------------------------------

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


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError("no check digit")


UK_OUTWARD = {
    "london": ["E7", "E13", "N15", "SE15", "SW17", "NW10", "E6", "IG1", "HA1", "UB1"],
    "birmingham": ["B10", "B11", "B20", "B21", "B8"],
    "manchester": ["M14", "M16", "M8", "M13", "M19"],
    "leeds": ["LS7", "LS8", "LS11", "LS6"],
    "bradford": ["BD3", "BD7", "BD8", "BD9"],
    "leicester": ["LE4", "LE5", "LE2"],
    "glasgow": ["G41", "G42", "G12", "G51"],
    "edinburgh": ["EH6", "EH7", "EH11", "EH16"],
    "cardiff": ["CF5", "CF10", "CF11", "CF24"],
    "swansea": ["SA1", "SA2", "SA5"],
    "bristol": ["BS2", "BS5", "BS6"],
    "luton": ["LU1", "LU2", "LU4"],
    "slough": ["SL1", "SL2"],
    "nottingham": ["NG7", "NG3"],
    "coventry": ["CV1", "CV6"],
    "reading": ["RG1", "RG30"],
    "croydon": ["CR0", "CR7"],
    "southall": ["UB2", "UB1"],
    "wolverhampton": ["WV1", "WV2"],
    "aberdeen": ["AB10", "AB24"],
    "newport": ["NP19", "NP20"],
    "peckham": ["SE15"],
    "oldham": ["OL1", "OL8"],
}
UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["D02", "D04", "D06", "D08", "D12", "D15", "D24", "T12", "T23", "H91",
            "V94", "A94", "K78", "W23", "D6W", "A15"]
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"
CA_FSA = {"toronto": ["M5V", "M4C", "M6H", "M1B", "M3N"], "mississauga": ["L5B", "L5M"],
          "brampton": ["L6P", "L6T"], "ottawa": ["K1S", "K2P"], "montreal": ["H2X", "H3S"],
          "vancouver": ["V5K", "V6B"], "surrey": ["V3W", "V3S"], "calgary": ["T2E", "T3J"],
          "winnipeg": ["R3C", "R2W"], "edmonton": ["T5J", "T6L"]}
CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
AU_RANGE = {"nsw": (2000, 2234), "vic": (3000, 3207), "qld": (4000, 4179),
            "wa": (6000, 6199), "sa": (5000, 5199), "act": (2600, 2617)}
US_ZIP = {"ny": "11", "nj": "07", "il": "606", "tx": "77", "ga": "303", "md": "208",
          "ca": "90", "ma": "021", "mn": "554", "pa": "191", "fl": "33", "va": "22",
          "nc": "282", "wa": "98"}
US_AREA = {"ny": ["718", "347", "917"], "nj": ["201", "973"], "il": ["312", "773"],
           "tx": ["713", "832"], "ga": ["404", "678"], "md": ["301", "240"],
           "ca": ["213", "310"], "ma": ["617"], "mn": ["612"], "pa": ["215"],
           "fl": ["305", "954"], "va": ["703"], "nc": ["704"], "wa": ["206"]}
CA_AREA = {"toronto": ["416", "647"], "mississauga": ["905"], "brampton": ["905"],
           "ottawa": ["613"], "montreal": ["514"], "vancouver": ["604"], "surrey": ["604"],
           "calgary": ["403"], "winnipeg": ["204"], "edmonton": ["780"]}
UK_FICTION = {"mobile": "07700900", "london": "02079460", "manchester": "01614960",
              "leeds": "01134960", "bristol": "01174960", "birmingham": "01214960",
              "glasgow": "01414960", "edinburgh": "01314960", "cardiff": "02920180",
              "belfast": "02890180", "newcastle": "01914980", "sheffield": "01144960",
              "nottingham": "01159670", "reading": "01184960"}
AU_MOBILES = ["0491570006", "0491570156", "0491570157", "0491570158", "0491570159",
              "0491570110", "0491570313", "0491570737", "0491571266", "0491571491",
              "0491571804", "0491572549", "0491572665", "0491572983", "0491573770",
              "0491573087", "0491574118", "0491574632", "0491575254", "0491575789"]
NI_PREFIXES = ["AB", "CE", "JG", "KM", "NP", "PR", "SW", "TA", "WL", "YH", "EH", "HR",
               "JN", "LP", "ZR", "MA", "SH", "RK"]


class Gen:
    """All generated numbers come from here, drawn in case order."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def n(self, lo, hi):
        return self.r.randint(lo, hi)

    def pick(self, seq):
        return self.r.choice(list(seq))

    def dig(self, k, lead=False):
        s = "".join(str(self.r.randint(0, 9)) for _ in range(k))
        if lead and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def card(self, kind="visa"):
        if kind == "visa":
            pre, length = "4", 16
        elif kind == "mc":
            pre, length = str(self.r.randint(51, 55)), 16
        elif kind == "mc2":
            pre, length = str(self.r.randint(2221, 2720)), 16
        elif kind == "amex":
            pre, length = self.pick(["34", "37"]), 15
        elif kind == "disc":
            pre, length = self.pick(["6011", "65"]), 16
        else:
            raise ValueError(kind)
        body = pre + self.dig(length - 1 - len(pre))
        return body + luhn_digit(body)

    def not_luhn(self, k, lead=True):
        """A long reference that FAILS the Luhn check (a look-alike)."""
        while True:
            s = self.dig(k, lead=lead)
            if not luhn_ok(s):
                return s

    def cvv(self, k=3):
        return self.dig(k)

    def expiry(self, expired=False):
        m = self.n(1, 12)
        y = self.n(2023, 2025) if expired else self.n(2027, 2032)
        return m, y

    def ssn(self):
        while True:
            a = self.n(1, 665)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, self.n(1, 99), self.n(1, 9999))

    def ni(self):
        return self.pick(NI_PREFIXES) + self.dig(6) + self.pick("ABCD")

    def pps(self):
        body = self.dig(7)
        total = sum(int(c) * w for c, w in zip(body, range(8, 1, -1)))
        return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]

    def sin(self):
        while True:
            body = str(self.pick("1234567")) + self.dig(7)
            s = body + luhn_digit(body)
            return s

    def tfn(self):
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            body = self.dig(8, lead=True)
            for c in "0123456789":
                s = body + c
                if sum(int(x) * y for x, y in zip(s, w)) % 11 == 0:
                    return s

    def phone(self, kind, where=None):
        if kind == "uk":
            return UK_FICTION[where or "mobile"] + self.dig(3)
        if kind == "us":
            return self.pick(US_AREA[where]) + "55501" + self.dig(2)
        if kind == "ca":
            return self.pick(CA_AREA[where]) + "55501" + self.dig(2)
        if kind == "ie":
            return "08" + self.pick("35679") + self.dig(7)
        if kind == "au_mob":
            return self.pick(AU_MOBILES)
        if kind == "au":
            return "0" + self.pick("2378") + "5550" + self.dig(4)
        if kind == "gh":
            return "233" + self.pick(["24", "54", "20"]) + self.dig(7, lead=True)
        if kind == "in":
            return "91" + self.pick(["98", "97", "99", "81"]) + self.dig(8)
        raise ValueError(kind)

    def ukpc(self, town):
        out = self.pick(UK_OUTWARD[town])
        return out, str(self.n(1, 9)) + self.pick(UK_INWARD_LETTERS) + self.pick(UK_INWARD_LETTERS)

    def eircode(self, key=None):
        k = key or self.pick(EIR_KEYS)
        return k, self.pick("ACDEFHKNPRTVWXY") + "".join(self.pick(EIR_CHARS) for _ in range(3))

    def capc(self, city):
        fsa = self.pick(CA_FSA[city])
        return fsa, str(self.n(0, 9)) + self.pick(CA_LETTERS) + str(self.n(0, 9))

    def aupc(self, state):
        lo, hi = AU_RANGE[state]
        return "%04d" % self.n(lo, hi)

    def zip(self, state):
        pre = US_ZIP[state]
        return pre + self.dig(5 - len(pre))

    def dob(self, lo=1941, hi=2005):
        return self.n(1, 28), self.n(1, 12), self.n(lo, hi)

    def house(self, lo=1, hi=240):
        return self.n(lo, hi)

    def money(self, lo, hi, pence=True):
        whole = self.n(lo, hi)
        if not pence:
            return whole, 0
        return whole, self.pick([0, 0, 50, 99, 49, 25, 75, self.n(1, 99)])


# --------------------------------------------------------------------------
# Rendering helpers (the case decides the form, the generator gives digits)
# --------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def d1(c, z="oh"):
    return z if c == "0" else UNITS[int(c)]


def sw(s, z="oh", dbl=False, tpl=False, sep=" "):
    """Digits one by one; dbl/tpl say runs as 'double x' / 'triple x'."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        j = i
        while j < len(s) and s[j] == c:
            j += 1
        run = j - i
        while run > 0:
            if tpl and run >= 3 and run != 4:
                out.append("triple " + d1(c, z))
                run -= 3
            elif dbl and run >= 2:
                out.append("double " + d1(c, z))
                run -= 2
            else:
                out.append(d1(c, z))
                run -= 1
        i = j
    return sep.join(out)


def n2(s, z="oh"):
    """A two-digit chunk as a number: '07' oh seven, '40' forty, '13' thirteen."""
    a, b = s[0], s[1]
    if a == "0":
        return d1(a, z) + " " + d1(b, z)
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + UNITS[int(b)])


def sp(s, z="oh", hund=False, odd_first=False):
    """Digits in pairs ('forty one eleven'); hund says a '00' pair as 'hundred'."""
    if odd_first and len(s) % 2:
        chunks = [s[0]] + [s[i:i + 2] for i in range(1, len(s), 2)]
    else:
        chunks = [s[i:i + 2] for i in range(0, len(s), 2)]
    parts = []
    for ch in chunks:
        if len(ch) == 1:
            parts.append(d1(ch, z))
        elif hund and ch == "00" and parts and parts[-1] != "hundred":
            parts.append("hundred")
        else:
            parts.append(n2(ch, z))
    return " ".join(parts)


def s3(s, z="oh"):
    """A three-digit chunk: '400' four hundred, '417' four seventeen, '405' four oh five."""
    if s[1:] == "00" and s[0] != "0":
        return UNITS[int(s[0])] + " hundred"
    return d1(s[0], z) + " " + n2(s[1:], z)


def num(n):
    """A cardinal number in words (British 'and'), up to 999,999."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + num(rest))
    rest = n % 1000
    head = num(n // 1000) + " thousand"
    if rest == 0:
        return head
    if rest < 100:
        return head + " and " + num(rest)
    return head + " " + num(rest)


def num_us(n):
    """American style, no 'and'."""
    return num(n).replace(" and ", " ")


def yw(y, z="oh"):
    """A year in words: 1987 nineteen eighty seven, 2005 two thousand and five."""
    if 2000 <= y <= 2009:
        return "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num(hi) + " hundred"
    if lo < 10:
        return num(hi) + " " + z + " " + UNITS[lo]
    return num(hi) + " " + num(lo)


def grp(s, sizes, sep=" "):
    out = []
    i = 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def c4(s, sep=" "):
    """A card in its usual groups: 4-4-4-4 or Amex 4-6-5."""
    return grp(s, [4, 6, 5] if len(s) == 15 else [4, 4, 4, 4], sep)


def money_t(amount, sym="\u00a3"):
    whole, p = amount
    if p:
        return "%s%s.%02d" % (sym, format(whole, ","), p)
    return "%s%s" % (sym, format(whole, ","))


def money_s(amount, unit="pounds", sub="p", us=False):
    whole, p = amount
    f = num_us if us else num
    out = f(whole) + " " + unit
    if p:
        out += " " + (f(p) if sub is None else f(p) + (" " + sub if sub else ""))
    return out


def pc_t(pc):
    return pc[0] + " " + pc[1]


def pc_s(pc, z="oh"):
    """A postcode spoken letter by letter, digits as words ('m fourteen' kept to digits)."""
    out = []
    for ch in (pc[0] + pc[1]).lower():
        out.append(d1(ch, z) if ch.isdigit() else ch)
    return " ".join(out)


# speakers
def A(text):
    return ("agent", text)


def C(text):
    return ("customer", text)


def I(text):
    return ("ivr", text)


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def wrong1(s, k=2):
    """The same block with one digit misheard or misread (for corrections)."""
    k = min(k, len(s) - 1)
    return s[:k] + str((int(s[k]) + 3) % 10) + s[k + 1:]


def swap2(s, k=1):
    """The same block with two neighbouring digits swapped (if they differ)."""
    k = min(k, len(s) - 2)
    if s[k] == s[k + 1]:
        return wrong1(s, k)
    return s[:k] + s[k + 1] + s[k] + s[k + 2:]


def th(n):
    """1st, 2nd, 3rd, 4th, 11th ..."""
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


# --------------------------------------------------------------------------
# The conversations, in case order
# --------------------------------------------------------------------------

@case
def cricket_season_ticket_leicester(g):
    # Indian English caller, family season ticket, card block by block
    price = g.money(180, 320)
    pc = g.ukpc("leicester")
    house = g.house()
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    ref = g.dig(3) + g.dig(5, lead=True)
    b = [card[i:i + 4] for i in range(0, 16, 4)]
    return "asr", [
        A("good morning belgrave strikers cricket club memberships [[NAME:callum]] speaking"),
        C("hello [[NAME:callum]] good morning this is [[NAME:harjit sandhu]] i am calling "
          "regarding the season ticket kindly renew it for me and my son"),
        A("no problem at all was it the family one you had last summer"),
        C("same one only one adult one junior he is ((other:fourteen)) now so still junior is it"),
        A("he is yes juniors go up to ((other:sixteen)) so the adult and junior bundle for the "
          f"((year:twenty twenty six)) season is (({'price'}:{money_s(price, sub=None)}))"),
        C("okay fine fine please do the needful"),
        A("can i take the postcode on the account first"),
        C(f"[[POSTCODE:{pc_s(pc)}]]"),
        A("and the first line of the address"),
        C(f"[[ADDRESS:{num(house)} kenmore avenue]]"),
        A(f"lovely that's you mister [[NAME:sandhu]] how would you like to pay"),
        C("debit card i will tell you four four numbers at a time okay"),
        A("perfect go ahead"),
        C(f"first is [[CARD#c1:{sw(b[0], dbl=True)}]]"),
        A("yep"),
        C(f"[[CARD#c1:{sw(b[1], dbl=True)}]]"),
        A("mm-hmm"),
        C(f"then [[CARD#c1:{sw(b[2], dbl=True)}]] and last [[CARD#c1:{sw(b[3], dbl=True)}]]"),
        A(f"so that's a card ending [[CARD/p:{sw(b[3])}]] and the expiry date"),
        C(f"[[EXPIRY:{sp('%02d%02d' % (m, y % 100))}]]"),
        A("and the three digit code on the back"),
        C(f"[[CVV:{sw(cvv, dbl=True)}]]"),
        A("thank you that's gone through both tickets will be on the app within the hour "
          f"and your payment reference is ((other:{sp(ref)}))"),
        C("thank you so much [[NAME:callum]] very helpful"),
        A("you're welcome enjoy the cricket"),
    ]


@case
def afrobeats_tickets_peckham(g):
    # Nigerian caller, two ticket types, a corrected block, e-mail and phone
    day = g.n(1, 28)
    vip = g.money(85, 140)
    std = g.money(35, 60)
    card = g.card("mc")
    b = [card[i:i + 4] for i in range(0, 16, 4)]
    bad = wrong1(b[2])
    m, y = g.expiry()
    cvv = g.cvv()
    phone = g.phone("uk")
    bfee = g.n(1, 3)
    total = (vip[0] + 3 * std[0] + 4 * bfee, 0)
    return "transcript", [
        A("Good afternoon, Eko Sound Promotions box office, you're speaking with [[NAME:Tobi]]."),
        C("Good afternoon o. My name is [[NAME:Chiamaka Obi-Nwosu]]. I want to buy tickets for "
          f"the Owambe Live show on the (({'date'}:{th(day)} of May))."),
        A("Lovely, how many are you after?"),
        C("((count:Three)) standing and ((count:one)) VIP. The VIP is for my aunty, she cannot "
          "stand for long."),
        A(f"No worries. VIP is (({'price'}:{money_t(vip)})) and standing is "
          f"(({'price'}:{money_t(std)})) each, plus a ((price:\u00a3{bfee})) booking fee per ticket."),
        C("Ehn, that's fine. Abeg, what time do the doors open?"),
        A("Doors at ((time:7 pm)), and the headline set is usually around ((time:10:30))."),
        C("Okay. Let me bring out my card."),
        A("Take your time. When you're ready, the long number on the front."),
        C(f"[[CARD#c1:{b[0]} {b[1]}]], then [[CARD#c1/x:{bad}]]..."),
        A("Mm-hmm."),
        C(f"No, sorry, not {'that'}. It's [[CARD#c1:{b[2]}]]. My eyes. And the last one is "
          f"[[CARD#c1:{b[3]}]]."),
        A(f"Let me read that back: [[CARD:{c4(card)}]]?"),
        C("Correct."),
        A("And the expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("And the three digits on the back, please."),
        C(f"[[CVV:{cvv}]]."),
        A(f"Thank you. That's (({'price'}:{money_t(total)})) altogether. Where should we send "
          "the e-tickets?"),
        C("[[EMAIL:chiamaka.obinwosu@yahoo.co.uk]]."),
        A("And a mobile number in case the show time changes?"),
        C(f"[[PHONE:{grp(phone, [5, 6])}]]."),
        A("Perfect, the tickets are on their way. Enjoy the show, [[NAME:Chiamaka]]."),
        C("Thank you, [[NAME:Tobi]]. God bless."),
    ]


@case
def football_membership_ivr_glasgow(g):
    # Scottish caller, IVR then agent, supporter number, DOB, card by voice
    member = g.dig(7, lead=True)
    d, mo, yr = g.dob(1950, 1990)
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    price = g.money(380, 520, pence=False)
    return "asr", [
        I("welcome to the thistle park ticket office season ticket renewals are now open "
          "please say or key in your supporter number"),
        C(f"[[ACCT#m1:{sp(member, odd_first=True)}]]"),
        I(f"i heard [[ACCT:{sw(member)}]] is that right"),
        C("aye"),
        I("thank you now please say your date of birth"),
        C(f"[[DOB:{ORD[d]} of {MONTHS[mo - 1]} {yw(yr)}]]"),
        I("thanks your renewal for seat block ((other:k)) row ((other:nineteen)) comes to "
          f"(({'price'}:{num(price[0])} pounds)) to pay now by card please say the card number"),
        C(f"[[CARD#c1:{sw(card[:8])}]]"),
        I("please continue"),
        C(f"[[CARD#c1:{sw(card[8:])}]]"),
        I(f"the card ends in [[CARD/p:{sw(card[12:])}]] please say the expiry date"),
        C(f"[[EXPIRY:{sp('%02d%02d' % (m, y % 100))}]]"),
        I("and the three digit security number"),
        C(f"[[CVV:{sw(cvv)}]]"),
        I("sorry i didn't get that please say or key the three digit security number"),
        C(f"[[CVV:{sw(cvv)}]]"),
        I("thank you please hold while we put you through to a member of the team to confirm "
          "your seat"),
        A("hiya you're through to [[NAME:morven]] just need to check the wee one's seat is "
          "staying beside you"),
        C("aye that's right the wean's in the seat next to mine same as last year"),
        A("grand that's all linked the payment's done and the cards will be posted out in "
          "((duration:two to three weeks))"),
        C("brilliant cheers hen"),
    ]


@case
def spice_delivery_bradford(g):
    # Pakistani English caller, wholesale spice order to a restaurant home address
    order = g.dig(6, lead=True)
    kg = g.n(10, 25)
    rice = g.money(28, 45)
    pc = g.ukpc("bradford")
    house = g.house(2, 140)
    phone = g.phone("uk", "leeds")
    card = g.card("mc2")
    m, y = g.expiry()
    cvv = g.cvv()
    return "transcript", [
        A("Shalimar Spice Wholesale, good morning, [[NAME:Farah]] speaking."),
        C("Assalamu alaikum. I placed an order yesterday online, but it is not showing paid, "
          "not so?"),
        A("Let me check. Have you got the order number?"),
        C(f"Yes, it is [[ACCT:{order}]]."),
        A("Thank you. And the name on the order?"),
        C("[[NAME:Tariq Mahmood]]."),
        A(f"Yes, I've got it, Mr [[NAME:Mahmood]]. ((quantity:{kg}kg)) of basmati, the "
          "((quantity:5kg)) tub of garam masala and two cases of ghee. The card payment failed, "
          "so it's sitting unpaid."),
        C("That's why. Kindly take it by phone now."),
        A(f"Of course. The total is (({'price'}:{money_t(rice)})) with delivery. Before that, "
          "is the delivery still going to the same address?"),
        C(f"Yes, [[ADDRESS:{house} Fernbank Road]], [[POSTCODE:{pc_t(pc)}]]."),
        A("And the best number for the driver?"),
        C(f"[[PHONE:{grp(phone, [4, 3, 4])}]]."),
        A("Lovely. Card number when you're ready."),
        C(f"[[CARD#c1:{card[:4]}]]... [[CARD#c1:{card[4:8]}]]..."),
        A("Yes."),
        C(f"[[CARD#c1:{card[8:12]} {card[12:]}]]."),
        A("Expiry date?"),
        C(f"[[EXPIRY:{MON3[m - 1]} {y}]]."),
        A("And the security code?"),
        C(f"[[CVV:{cvv}]]."),
        A("That's authorised. Delivery slot is tomorrow, ((time:8 till 12))."),
        C("Early is better, the restaurant opens at ((time:12)). Jazakallah."),
        A("No problem, I'll put a note on. Have a good day."),
    ]


@case
def tailor_deposit_southall(g):
    # Punjabi caller, suit fabric and stitching, phone with triple, card restart
    phone = g.phone("uk")
    metres = g.n(3, 6)
    dep = g.money(60, 120, pence=False)
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    day = g.n(2, 27)
    return "asr", [
        A("hello royal stitch tailors southall [[NAME:gurpreet]] here"),
        C("sat sri akal ji i was in the shop on sunday with my daughter for the wedding suit "
          "the lady said to phone and pay the deposit"),
        A("yes yes what's the name"),
        C("[[NAME:manjit kaur dhillon]]"),
        A("okay i have it here the pink banarasi one "
          f"((quantity:{num(metres)} and a half metres)) plus stitching"),
        C("that's the one how much is the deposit"),
        A(f"deposit is (({'price'}:{num(dep[0])} pounds)) and the rest when she collects"),
        C("okay and you have my number is it"),
        A("i have a landline only can you give me a mobile"),
        C(f"[[PHONE:{sw(phone[:5], tpl=True, dbl=True)} {sw(phone[5:], tpl=True, dbl=True)}]]"),
        A(f"let me say it back [[PHONE:{sw(phone)}]]"),
        C("correct"),
        A("and the card"),
        C(f"[[CARD#c1/x:{sw(card[:4])}]] wait wait that's the wrong card that's my husband's "
          f"one sorry start again [[CARD#c1:{sw(card[:6])}]]"),
        A("okay"),
        C(f"[[CARD#c1:{sw(card[6:11])}]] [[CARD#c1:{sw(card[11:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{num(m)} {num(y % 100)}]]"),
        A("and cvv"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A(f"done so first fitting is the (({'date'}:{ORD[day]})) at ((time:four o'clock)) "
          "bring the sandals she is wearing for the length"),
        C("very good thank you [[NAME:gurpreet]] ji"),
    ]


@case
def braiding_deposit_toronto(g):
    # Jamaican caller in Toronto, knotless braids booking deposit
    dep = g.money(40, 80, pence=False)
    full = g.money(220, 340, pence=False)
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    phone = g.phone("ca", "toronto")
    return "transcript", [
        A("Crown & Coil Braiding Studio, this is [[NAME:Keisha]], how can I help?"),
        C("Wah gwaan, [[NAME:Keisha]]. Mi name is [[NAME:Shanice Campbell]], mi want to book the "
          "medium knotless, waist length."),
        A("Of course. Medium knotless waist length is about ((duration:six to seven hours)), "
          f"and the price is (({'price'}:${full[0]})) with hair included."),
        C("Seven hours! Okay, mi will bring a likkle cushion."),
        A("Ha, most people do. I've got Saturday at ((time:8 a.m.)) or Tuesday at ((time:9:30)). "
          "Which suits?"),
        C("Saturday, please. Early is better, innit."),
        A(f"Great. We take a (({'price'}:${dep[0]})) non-refundable deposit to hold it. Can I "
          "take a card?"),
        C(f"Yes. [[CARD#c1:{card[:4]} {card[4:8]}]]..."),
        A("Yep, go on."),
        C(f"[[CARD#c1:{card[8:12]}]]... and [[CARD#c1:{card[12:]}]]."),
        A("And when does it expire?"),
        C(f"End of [[EXPIRY:{MONTHS[m - 1].title()} {y}]]."),
        A("Code on the back?"),
        C(f"[[CVV:{cvv}]]."),
        A("And a phone number for the reminder text?"),
        C(f"[[PHONE:{phone[:3]}-{phone[3:6]}-{phone[6:]}]]."),
        A(f"Thanks, [[NAME:Shanice]]. So that's Saturday at ((time:8)), deposit taken on the card "
          f"ending [[CARD/p:{card[12:]}]]. Please come with your hair washed and blow-dried."),
        C("No problem. Bless up, [[NAME:Keisha]]."),
    ]


@case
def gurdwara_hall_hire_slough(g):
    # Indian caller booking a gurdwara hall for a birthday akhand path and langar
    day = g.n(1, 28)
    house = g.house(3, 90)
    pc = g.ukpc("slough")
    phone = g.phone("uk")
    don = g.money(150, 300, pence=False)
    return "asr", [
        A("waheguru ji ka khalsa waheguru ji ki fateh guru nanak darbar office [[NAME:simran]] "
          "speaking"),
        C("waheguru ji ka khalsa waheguru ji ki fateh bhenji i want to book the small hall for "
          "my father's sehaj path bhog"),
        A("okay which date you are looking for"),
        C(f"the (({'date'}:{ORD[day]} of august)) it's a sunday"),
        A("sunday morning is free in the small hall how many people roughly"),
        C("around ((count:a hundred and twenty)) maybe"),
        A("small hall takes up to ((count:one fifty)) so that is fine what is your good name"),
        C("[[NAME:balwinder singh bains]]"),
        A("and your address ji"),
        C(f"[[ADDRESS:{num(house)} wexham grove]] [[POSTCODE:{pc_s(pc)}]]"),
        A("mobile number"),
        C(f"[[PHONE:{sw(phone[:5], dbl=True)} {sw(phone[5:8], dbl=True)} {sw(phone[8:], dbl=True)}]]"),
        A("any email for the confirmation"),
        C("[[EMAIL:b singh bains at hotmail dot co dot uk]]"),
        A("okay there is no hire charge for sangat but families usually give a donation for the "
          "langar and the sevadars"),
        C(f"we will give (({'price'}:{num(don[0])} pounds)) bhenji on the day"),
        A("that is your wish ji the langar sevadars will start at ((time:six am)) the bhog will "
          "be at ((time:ten thirty)) please tell your family to cover heads"),
        C("of course all will be done thank you bhenji"),
    ]


@case
def school_fees_transfer_accra(g):
    # Ghanaian caller in London sending school fees to Accra
    cust = g.dig(9, lead=True)
    amt = g.money(600, 1400, pence=False)
    rate = g.n(14, 19)
    cedi = amt[0] * rate
    fee = g.money(3, 9)
    rphone = g.phone("gh")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    mtcn = g.dig(10, lead=True)
    return "transcript", [
        A("Welcome to SikaLink Money Transfer, my name is [[NAME:Daniel]]. How may I help?"),
        C("Good evening, [[NAME:Daniel]]. I want to send school fees to my daughter's school in Accra. "
          "The term starts on Monday."),
        A("Of course. Do you have a customer number with us?"),
        C(f"Yes, it is [[ACCT:{grp(cust, [3, 3, 3], '-')}]]."),
        A("Thank you. Can you confirm your full name?"),
        C("[[NAME:Abena Owusu-Ansah]]."),
        A(f"Thank you, Ms [[NAME:Owusu-Ansah]]. How much are you sending?"),
        C(f"(({'price'}:{money_t(amt)})). The school wants it in cedis."),
        A(f"Today's rate gives (({'price'}:GH\u20b5{cedi:,})), and the fee is "
          f"(({'price'}:{money_t(fee)}))."),
        C("Ei, the fee has gone up. Fine, let's do it."),
        A("Who is collecting? The school's bursar?"),
        C("Yes, Mr [[NAME:Kwame Boateng]], the bursar. His number is "
          f"[[PHONE:+{rphone[:3]} {rphone[3:5]} {rphone[5:8]} {rphone[8:]}]]."),
        A("And how are you paying?"),
        C(f"Debit card. [[CARD#c1:{card[:4]}]]..."),
        A("Mm-hmm."),
        C(f"[[CARD#c1:{card[4:8]}]], [[CARD#c1:{card[8:12]}]], [[CARD#c1:{card[12:]}]]."),
        A(f"Expiry, please?"),
        C(f"[[EXPIRY:{m:02d}/{y}]]."),
        A("And the security code?"),
        C(f"[[CVV:{cvv}]]."),
        A(f"Done. The transfer control number is (({'other'}:{grp(mtcn, [3, 3, 4], '-')})). "
          f"Mr [[NAME:Boateng]] will need that and his ID to collect."),
        C("Thank you. Is it ready today?"),
        A("Usually within ((duration:ten minutes)). If the school wants a receipt, it's in your "
          "e-mail."),
        C("God bless you."),
    ]


@case
def phone_repair_melbourne(g):
    # Singaporean caller, cracked screen, job number, IMEI, card in three goes
    job = g.dig(6, lead=True)
    model = "a" + g.dig(2, lead=True)
    imei = g.not_luhn(15)
    quote = g.money(180, 320, pence=False)
    office = g.phone("au")
    phone = g.phone("au_mob")
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    return "asr", [
        A("fixit hub collins street this is [[NAME:ravi]]"),
        C("hello ah i dropped off my phone yesterday the screen all crack one you all say will "
          "call me but nobody call lah"),
        A("sorry about that do you have the job number on your ticket"),
        C(f"yes yes [[ACCT:{sw(job[:3])} {sw(job[3:])}]]"),
        A(f"okay [[ACCT:{sp(job)}]] that's the samsung (({'model_number'}:{model[0]} "
          f"{sp(model[1:])})) for [[NAME:wei ling tan]]"),
        C("correct that's me"),
        A("so the technician checked it the screen and the back glass are both gone the "
          f"quote is (({'price'}:{num(quote[0])} dollars)) all in"),
        C("wah so expensive one can or not just do the screen"),
        A("we can but the back glass is cut so water can get in our tech wouldn't recommend it"),
        C("aiyo okay lah just do both how long"),
        A("about ((duration:two days)) once the part comes in can i confirm the imei on the "
          f"back of your ticket it should be (({'other'}:{sw(imei)}))"),
        C("ya same"),
        A("and is this still your best number the one ending "
          f"[[PHONE/p:{sw(office[-4:])}]]"),
        C(f"no no that one is my office use my mobile [[PHONE:{sw(phone[:4])} "
          f"{sw(phone[4:7])} {sw(phone[7:])}]]"),
        A("got it and do you want to pay now or on pickup"),
        C("now can so i don't need to bring card"),
        A("sure go ahead"),
        C(f"[[CARD#c1:{sw(card[:4])} {sw(card[4:8])}]]"),
        A("yep"),
        C(f"[[CARD#c1:{sw(card[8:12])}]] and the last one "
          f"[[CARD#c1:{sw(card[12:])}]] ya"),
        A(f"so that's [[CARD:{sw(card[:4])} {sw(card[4:8])} {sw(card[8:12])} {sw(card[12:])}]] "
          "expiry and the code on the back"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]] and code [[CVV:{sw(cvv)}]]"),
        A("all paid we'll text you when it's ready"),
        C("okay thank you ah"),
    ]


@case
def tiffin_subscription_new_jersey(g):
    # Indian caller, weekly tiffin plan, Amex in pieces, new delivery address
    acct = g.dig(8, lead=True)
    weekly = g.money(55, 85, pence=True)
    house = g.house(10, 999)
    apt = str(g.n(1, 9)) + g.pick("ABCD")
    zipc = g.zip("nj")
    card = g.card("amex")
    m, y = g.expiry()
    cid = g.cvv(4)
    day = g.n(1, 28)
    return "transcript", [
        A("Thank you for calling Annapurna Tiffin Service, this is [[NAME:Megan]]."),
        C("Hello, [[NAME:Megan]]. I am [[NAME:Lakshmi Venkataraman]], I have the "
          "weekday veg tiffin. We are shifting house, so kindly change the delivery address."),
        A("Congratulations on the move! Can I have your account number?"),
        C(f"[[ACCT:{grp(acct, [4, 4])}]]."),
        A("Thank you. What's the new address?"),
        C(f"[[ADDRESS:{house} Maple Hollow Drive, Apt {apt}, Edison]], New Jersey, "
          f"[[POSTCODE:{zipc}]]."),
        A(f"Got it. From which date?"),
        C(f"From the (({'date'}:{th(day)})), Monday. Same ((count:five)) days."),
        A("Perfect. Also, the card on file was declined last week, so your plan is paused."),
        C("Oh! That card I closed. Use the Amex, please."),
        A("Sure. Go ahead with the number."),
        C(f"[[CARD#c1:{card[:4]}]]..."),
        A("Yes?"),
        C(f"[[CARD#c1:{card[4:10]}]]... and [[CARD#c1:{card[10:]}]]."),
        A(f"So [[CARD:{c4(card, '-')}]]?"),
        C("Yes, correct."),
        A("And the four-digit code on the front, and the expiry?"),
        C(f"Code [[CVV:{cid}]], expiry [[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A(f"Thanks. The plan is (({'price'}:${weekly[0]}.{weekly[1]:02d} per week)), charged "
          "every Sunday. Anything else?"),
        C("Less spice in the sambar, my husband is complaining, is it possible?"),
        A("I'll add a note for the kitchen."),
    ]


@case
def student_union_cardiff(g):
    # Welsh student, society ball tickets, student number, DOB check, card
    sid = "c" + g.dig(7, lead=True)
    d, mo, yr = g.dob(2000, 2005)
    price = g.money(38, 55)
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    return "asr", [
        A("hiya students union box office [[NAME:ffion]] speaking"),
        C("oh hiya [[NAME:ffion]] it's [[NAME:rhodri]] i was in your seminar on tuesday"),
        A("ha oh hi [[NAME:rhodri]] what can i do for you"),
        C("the welsh society winter ball tickets the website keeps crashing on me now in a minute "
          "they'll be gone"),
        A("tidy i can do it over the phone what's your student number"),
        C(f"[[ACCT:{sid[0]} {sw(sid[1:4])} {sp(sid[4:], odd_first=True)}]]"),
        A("and your date of birth for security"),
        C(f"[[DOB:{sw('%02d' % d)} {sw('%02d' % mo)} {sp(str(yr % 100).zfill(2))}]]"),
        A(f"lovely [[NAME:rhodri ap iwan]] how many tickets"),
        C("two one for me and one for my girlfriend she's at swansea though is that okay"),
        A("guests are fine as long as you're the member tickets are "
          f"(({'price'}:{num(price[0])} pound {num(price[1]) if price[1] else 'even'})) each"),
        C("go on then"),
        A("card number"),
        C(f"[[CARD#c1:{sw(card[:4])}]] um [[CARD#c1:{sw(card[4:8])}]] "
          f"[[CARD#c1:{sw(card[8:12])}]] [[CARD#c1:{sw(card[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{num(m)} slash {sp('%02d' % (y % 100))}]]"),
        A("three digits on the back"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("done the e-tickets will go to your uni email"),
        C("diolch [[NAME:ffion]] you're a legend"),
    ]


@case
def exam_tutoring_sydney(g):
    # South African parent in Sydney, HSC maths tutoring for a child
    d, mo, yr = g.dob(2007, 2010)
    phone = g.phone("au_mob")
    house = g.house(2, 80)
    pc = g.aupc("nsw")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    fee = g.money(60, 95, pence=False)
    block = fee[0] * 10 - g.n(60, 120)
    return "transcript", [
        A("Good afternoon, BrightPath Tutoring, [[NAME:Jess]] speaking."),
        C("Hi [[NAME:Jess]]. It's [[NAME:Pieter van der Merwe]]. I want to sign my "
          "daughter up for the maths tutoring, ja, before the trials."),
        A("Lovely. What's your daughter's name and date of birth?"),
        C(f"[[NAME:Anke]], born [[DOB:{d} {MONTHS[mo - 1].title()} {yr}]]."),
        A("Thank you. And which year is she in?"),
        C("((other:Year 11)). The HSC is next year, so we're starting now-now, not later."),
        A(f"Smart. Sessions are ((duration:an hour)), (({'price'}:${fee[0]})) each, or "
          f"((price:${block})) for a block of ((count:ten)), which saves you about ((percentage:12%))."),
        C("Let's do the block of ten."),
        A("Great. Can I get a contact number?"),
        C(f"[[PHONE:{grp(phone, [4, 3, 3])}]]."),
        A("And your home address, for the invoice?"),
        C(f"[[ADDRESS:{house} Waratah Street, Chatswood]], [[POSTCODE:{pc}]]."),
        A("Thanks. Card number?"),
        C(f"[[CARD#c1:{card[:4]} {card[4:8]} {card[8:12]}]]... hang on, it's scratched... "
          f"[[CARD#c1:{card[12:]}]]."),
        A("Expiry and CVV?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]], and [[CVV:{cvv}]]."),
        A(f"Thanks, Mr [[NAME:van der Merwe]]. Her first session is Thursday at ((time:4:30)) with "
          "[[NAME:Priyanka]]."),
        C("Lekker, thank you."),
    ]


@case
def minicab_account_manchester(g):
    # Nigerian caller, business minicab account, airport pickup
    acct = "MC" + g.dig(5, lead=True)
    phone = g.phone("uk")
    house = g.house(1, 150)
    pc = g.ukpc("manchester")
    fare = g.money(32, 48, pence=False)
    flight = g.dig(3, lead=True)
    return "asr", [
        A("swift cars good evening [[NAME:dean]] speaking"),
        C("good evening i want to book a car to the airport for tomorrow morning on the account"),
        A("no problem what's the account number"),
        C(f"[[ACCT:m c {sw(acct[2:])}]]"),
        A("is that for [[NAME:funmilayo adeyemi]]"),
        C("yes na me"),
        A("where are we picking up from"),
        C(f"[[ADDRESS:{num(house)} claremont road]] [[POSTCODE:{pc_s(pc)}]]"),
        A("and what time's your flight"),
        C(f"it's ((flight_number:e k {sp(flight, odd_first=True)})) departing ((time:nine forty))"),
        A("so you'll want picking up around ((time:six thirty)) to be safe"),
        C("abeg make it ((time:six fifteen)) because of the traffic on the motorway"),
        A(f"((time:six fifteen)) it is fare on the account is (({'price'}:{num(fare[0])} pounds))"),
        C("fine and tell the driver to call me when he reaches"),
        A("is it the same mobile we have"),
        C(f"no the new one [[PHONE:{sw(phone[:5])} {sp(phone[5:])}]]"),
        A(f"got it [[PHONE:{sw(phone[:5])} {sp(phone[5:])}]] see you tomorrow"),
        C("thank you o"),
    ]


@case
def community_radio_donation_birmingham(g):
    # Jamaican caller pledging during a radio appeal, Gift Aid details
    pledge = g.money(10, 30, pence=False)
    house = g.house(3, 200)
    pc = g.ukpc("birmingham")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    return "transcript", [
        A("Good evening, Riddim FM appeal line, you're through to [[NAME:Marcia]]."),
        C("Evening, [[NAME:Marcia]]! Mi listen every Sunday, mi want to give something for the "
          "new transmitter."),
        A(f"Bless you. Most people are giving (({'price'}:\u00a3{pledge[0]} a month)). "
          "Would that suit?"),
        C("Yes, man. And the Gift Aid thing, do that too."),
        A("Lovely, that adds ((percentage:25%)) at no cost to you. I need your full name and home "
          "address for that."),
        C(f"[[NAME:Winston Delroy Clarke]]. [[ADDRESS:{house} Soho Hill, Handsworth]], "
          f"[[POSTCODE:{pc_t(pc)}]]."),
        A("Thank you, Mr [[NAME:Clarke]]. And are you a UK taxpayer?"),
        C("((duration:Forty years)) paying tax, yes."),
        A("Ha! Then you qualify. And the card for the monthly gift?"),
        C(f"[[CARD#c1:{card[:4]}]]... wait, mi glasses... [[CARD#c1:{card[4:8]}]], "
          f"[[CARD#c1:{card[8:12]}]], [[CARD#c1:{card[12:]}]]."),
        A(f"And the expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("Security code?"),
        C(f"[[CVV:{cvv}]]."),
        A("That's all set up. The first payment goes out on the ((date:1st)) of next month."),
        C("Give a shout to my granddaughter on the show, nuh? She's ((other:nine)) today."),
        A("We'll try to get it on before ((time:10 o'clock)). What's her name?"),
        C("[[NAME:Tia-Rose]]."),
        A("Happy birthday to [[NAME:Tia-Rose]] from her grandad. Thanks for calling, "
          "[[NAME:Winston]]."),
    ]


@case
def bollywood_concert_dublin(g):
    # Indian caller in Dublin, concert tickets, card in four blocks, Eircode, Irish mobile
    day = g.n(1, 28)
    price = g.money(65, 110, pence=False)
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    eir = g.eircode("D15")
    phone = g.phone("ie")
    seats = g.n(10, 30)
    return "asr", [
        A("hello desi beats live ticket line [[NAME:aoife]] speaking"),
        C("hello [[NAME:aoife]] i want four tickets for the bollywood night at the point depot"),
        A(f"that's the (({'date'}:{ORD[day]} of march)) let me check we have block "
          f"((other:b)) together row ((other:f)) seats ((other:{num(seats)} to {num(seats + 3)}))"),
        C(f"perfect how much"),
        A(f"(({'price'}:{num(price[0])} euro)) each plus fees"),
        C("okay book it i will give the card"),
        A("go ahead"),
        C(f"first four [[CARD#c1:{sw(card[:4], dbl=True)}]]"),
        A("yep next four"),
        C(f"[[CARD#c1:{sw(card[4:8], dbl=True)}]]"),
        A("next"),
        C(f"[[CARD#c1:{sw(card[8:12], dbl=True)}]]"),
        A("and the last four"),
        C(f"[[CARD#c1:{sw(card[12:], dbl=True)}]]"),
        A(f"can you repeat the third block for me"),
        C(f"third is [[CARD#c1/x:{sw(card[8:12])}]]"),
        A("expiry date"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        A("and the three digits"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("eircode for the billing address"),
        C(f"[[POSTCODE:d fifteen {pc_s(('', eir[1]))}]]"),
        A("and a mobile"),
        C(f"[[PHONE:{sw(phone[:3])} {sw(phone[3:6])} {sw(phone[6:])}]]"),
        A("you're booked the tickets will come by text to that number"),
        C("thank you [[NAME:aoife]]"),
    ]


@case
def caribbean_grocer_toronto(g):
    # Ghanaian caller, weekly grocery delivery with yams, plantain and a new card
    order = "TO-" + g.dig(5, lead=True)
    house = g.house(20, 999)
    unit = g.n(101, 2412)
    pc = g.capc("toronto")
    phone = g.phone("ca", "toronto")
    card = g.card("mc2")
    m, y = g.expiry()
    cvv = g.cvv()
    total = g.money(70, 140)
    return "transcript", [
        A("Island & Africa Foods, home delivery, [[NAME:Marcus]] speaking."),
        C("Hello, [[NAME:Marcus]]. My name is [[NAME:Efua Mensah]]. I placed an order this "
          "morning, but I forgot to add yam."),
        A(f"No problem, let me pull it up. Order [[ACCT:{order}]]?"),
        C("Yes, that's it."),
        A("How much yam?"),
        C("((quantity:Two tubers)), the big ones. And ((quantity:a case of plantain)), the green."),
        A(f"Done. That brings it to (({'price'}:${total[0]}.{total[1]:02d})). Delivery is still "
          "to the same address?"),
        C(f"Yes. [[ADDRESS:{house} Jane Street, Unit {unit}]], [[POSTCODE:{pc_t(pc)}]]."),
        A("And the buzzer code for the driver?"),
        C(f"((other:{unit})), same as the unit."),
        A("Great. The card we have is an old one, it came back declined."),
        C("Ei! Okay, take this one."),
        C(f"[[CARD#c1:{card[:4]}-{card[4:8]}]]..."),
        A("Mm-hmm."),
        C(f"[[CARD#c1:{card[8:12]}-{card[12:]}]]."),
        A("Expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("Code?"),
        C(f"[[CVV:{cvv}]]."),
        A("And a phone number for the driver?"),
        C(f"[[PHONE:{phone[:3]} {phone[3:6]} {phone[6:]}]]."),
        A("All set. Delivery between ((time:2 and 5)) tomorrow."),
        C("Thank you, God bless."),
    ]


@case
def braid_salon_refund_edinburgh(g):
    # Scottish caller, stylist off sick, refund of a deposit to the card
    booking = g.dig(6, lead=True)
    card4 = g.dig(4)
    dep = g.money(20, 45, pence=False)
    day = g.n(1, 28)
    mail = num(g.n(2, 9))
    return "asr", [
        A("good afternoon leith loc and braid bar [[NAME:naledi]] speaking"),
        C("hiya it's [[NAME:kirsty mcallister]] i got a text saying my appointment on saturday's "
          "been cancelled"),
        A("oh i'm so sorry about that [[NAME:thandi]] who does the boho braids is off sick "
          "do you have your booking number"),
        C(f"aye hang on it's [[ACCT#b1:{sw(booking[:3])}]] eh [[ACCT#b1:{sw(booking[3:])}]]"),
        A("can you say the whole thing again for me the line broke up a wee bit"),
        C(f"[[ACCT:{sp(booking)}]]"),
        A("got you so we can move you to the "
          f"(({'date'}:{ORD[day]})) with [[NAME:naledi]] that's me or refund the deposit"),
        C("i cannae do that week i'm away to aberdeen just refund it please"),
        A(f"no bother the deposit was (({'price'}:{num(dep[0])} pounds)) it'll go back to "
          f"the card ending [[CARD/p:{sw(card4)}]] is that right"),
        C("aye that's the one"),
        A("it can take ((duration:three to five working days)) to show"),
        C("that's fine and can you send me something in writing in case it doesnae show"),
        A("sure what email shall i use"),
        C(f"[[EMAIL:kirsty mac {mail} at outlook dot com]]"),
        A(f"so that's [[EMAIL:kirsty m a c {mail} at outlook dot com]]"),
        C("that's it"),
        A("sent and again really sorry for the hassle"),
        C("no worries hope she feels better"),
    ]


@case
def church_hall_houston(g):
    # Nigerian pastor hiring a community hall for a thanksgiving service
    dep = g.money(250, 450, pence=False)
    house = g.house(1000, 9999)
    zipc = g.zip("tx")
    phone = g.phone("us", "tx")
    card = g.card("disc")
    m, y = g.expiry()
    cvv = g.cvv()
    day = g.n(1, 28)
    hourly = g.n(75, 120)
    return "transcript", [
        A("Westbury Community Center rentals, this is [[NAME:Kayla]]."),
        C("Good morning, my sister. I am Pastor [[NAME:Emmanuel Okafor]] of Living Waters "
          "Fellowship. We want to hire your main hall for a thanksgiving service."),
        A(f"Wonderful. What date were you thinking?"),
        C(f"Sunday the (({'date'}:{th(day)} of October)). From ((time:10 a.m.)) until ((time:3 p.m.)), if possible."),
        A("That's ((duration:five hours)). How many guests?"),
        C("About ((count:200)). We will bring our own chairs for the choir."),
        A(f"The main hall seats ((count:250)), so you're fine. The rate is ((price:${hourly} an hour)), "
          f"and we take a (({'price'}:${dep[0]})) refundable deposit."),
        C("No wahala. Let me give the card for the deposit."),
        A("Is the card in the church's name or yours?"),
        C("Mine. [[CARD#c1:{0}]]...".format(card[:4])),
        A("Go on."),
        C(f"[[CARD#c1:{card[4:8]} {card[8:12]}]]... and the last is [[CARD#c1:{card[12:]}]]."),
        A("Expiry and the three-digit code?"),
        C(f"[[EXPIRY:{m}/{y % 100}]]. The code is [[CVV:{cvv}]]."),
        A("Billing address for the card?"),
        C(f"[[ADDRESS:{house} Bellfort Avenue, Houston]], Texas [[POSTCODE:{zipc}]]."),
        A("And a contact number for the day?"),
        C(f"[[PHONE:{phone[:3]}-{phone[3:6]}-{phone[6:]}]]. If I don't pick up, call Deaconess "
          "[[NAME:Ifeoma]]; she is coordinating."),
        A("Do you have her number?"),
        C("It's on the form I will e-mail you. What is your e-mail?"),
        A("Send it to the bookings address on our website. And yours, Pastor?"),
        C("[[EMAIL:pastor.e.okafor@livingwatersfellowship.org]]."),
        A("Perfect. The contract will come through today."),
        C("God bless you, [[NAME:Kayla]]."),
    ]


@case
def cricket_club_ivr_new_jersey(g):
    # Pakistani caller pays club dues through an IVR, card read back by the system
    member = g.dig(6, lead=True)
    zipc = g.zip("nj")
    dues = g.money(150, 300, pence=False)
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    conf = g.dig(8, lead=True)
    return "asr", [
        I("thank you for calling garden state cricket league payments to pay your annual club "
          "dues say pay dues"),
        C("pay dues"),
        I("please say or enter your six digit member id"),
        C(f"[[ACCT:{sw(member[:3])} {sw(member[3:])}]]"),
        I(f"you said [[ACCT:{sw(member)}]] is that correct"),
        C("yes"),
        I(f"welcome your balance due for the ((year:twenty twenty six)) season is "
          f"(({'price'}:{num_us(dues[0])} dollars)) to pay by card say or enter the card number"),
        C(f"[[CARD#c1:{sw(card[:4])}]] [[CARD#c1:{card[4:8]}]]"),
        I("please continue"),
        C(f"[[CARD#c1:{card[8:10]} {card[10:12]}]] [[CARD#c1:{sw(card[12:])}]]"),
        I(f"you entered a card ending in [[CARD/p:{sw(card[12:])}]] please say or enter the "
          "expiration date four digits"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        I("now the three digit security code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        I("and the billing zip code"),
        C(f"[[POSTCODE:{sw(zipc)}]]"),
        I(f"thank you your payment of (({'price'}:{num_us(dues[0])} dollars)) has been approved "
          f"your confirmation number is (({'other'}:{sw(conf)})) to hear this again say repeat"),
        C("representative"),
        A("garden state cricket league this is [[NAME:imran]] how can i help"),
        C("assalam o alaikum bhai i just paid the dues on the machine but i also want to add my "
          "son to the under ((other:fifteens))"),
        A("walaikum assalam sure what's his name and age"),
        C("[[NAME:zayan]] he's ((other:thirteen))"),
        A("okay i've put [[NAME:zayan]] on your membership nets are thursdays at ((time:six)) "
          "at the club"),
        C("shukriya bhai"),
    ]


@case
def tutor_onboarding_maryland(g):
    # Ghanaian tutor joining a test-prep company's payroll: SSN, DOB, bank details
    ssn = g.ssn()
    d, mo, yr = g.dob(1975, 1998)
    house = g.house(100, 9999)
    zipc = g.zip("md")
    routing = g.dig(9, lead=True)
    acct = g.dig(10, lead=True)
    phone = g.phone("us", "md")
    rate = g.money(28, 45, pence=False)
    return "transcript", [
        A("Hi, this is [[NAME:Brianna]] from Summit Test Prep HR. Is this [[NAME:Kofi Asante]]?"),
        C("Yes, speaking. Good afternoon."),
        A("Good afternoon! I'm calling to finish your onboarding so you can tutor the SAT "
          "cohort. Do you have ((duration:ten minutes))?"),
        C("Yes, please go ahead."),
        A("I'll need your Social Security number for payroll."),
        C(f"It is [[SSN#s1:{ssn[:3]}]]... [[SSN#s1:{ssn[3:5]}]]... [[SSN#s1:{ssn[5:]}]]."),
        A(f"Thank you. Date of birth?"),
        C(f"[[DOB:{mo:02d}/{d:02d}/{yr}]]."),
        A("And your home address?"),
        C(f"[[ADDRESS:{house} Georgia Avenue, Apt {g.n(100, 999)}, Silver Spring]], Maryland "
          f"[[POSTCODE:{zipc}]]."),
        A("For direct deposit I need the routing number and the account number."),
        C(f"Routing is [[ACCT:{routing}]]. Account is [[ACCT#a2:{acct[:5]}]], "
          f"[[ACCT#a2:{acct[5:]}]]."),
        A(f"Let me confirm the account: [[ACCT:{acct}]]."),
        C("Yes, that's it."),
        A(f"Your rate is (({'price'}:${rate[0]} an hour)), paid every two weeks. And is "
          f"[[PHONE:{phone[:3]}-{phone[3:6]}-{phone[6:]}]] still the best number?"),
        C("Yes, that's my cell."),
        A("Great. Your first session is the Saturday group at ((time:9:00)). You'll have "
          "((count:eight)) students."),
        C("Eight, very good. Thank you, [[NAME:Brianna]]."),
    ]


@case
def phone_insurance_claim_swansea(g):
    # Welsh caller, phone cracked, insurance claim through a repair shop
    claim = "sw" + g.dig(6, lead=True)
    d, mo, yr = g.dob(1960, 1985)
    house = g.house(1, 90)
    pc = g.ukpc("swansea")
    model = str(g.n(6, 9))
    excess = g.money(50, 95, pence=False)
    return "asr", [
        A("you're through to gower phone clinic insurance desk [[NAME:owain]] speaking"),
        C("oh hiya [[NAME:owain]] it's [[NAME:glenys pritchard]] "
          "i dropped my phone in the harbour well on the slipway anyway"),
        A("oh no there we are then is it insured with us"),
        C("yes through the shop i've got a claim number they gave me on the phone earlier"),
        A("lovely what is it"),
        C(f"[[ACCT:s w {sw(claim[2:5])} {sw(claim[5:])}]]"),
        A("and for security your date of birth please"),
        C(f"[[DOB:{ORD[d]} {MONTHS[mo - 1]} {yw(yr)}]]"),
        A("and the first line of your address"),
        C(f"[[ADDRESS:{num(house)} mumbles road]]"),
        A("postcode"),
        C(f"[[POSTCODE:{pc_s(pc)}]]"),
        A(f"thank you [[NAME:glenys]] and it's the pixel (({'model_number'}:{num(int(model))} "
          "pro)) is it"),
        C("that's the one the screen is all spiderweb and it keeps going black"),
        A(f"right the excess on your policy is (({'price'}:{num(excess[0])} pounds)) and we'll "
          "either repair or replace it"),
        C("duw duw fair enough how long will it take"),
        A("drop it in and it's usually ((duration:forty eight hours))"),
        C("tidy i'll come in tomorrow after chapel"),
    ]


@case
def minicab_driver_licensing_luton(g):
    # Pakistani caller registering as a driver with a minicab firm
    ni = g.ni()
    d, mo, yr = g.dob(1970, 1995)
    lic = g.dig(6) + "AI9" + g.pick("ABCDEFGHJK") + g.pick("LMNPRSTVWX")
    badge_no = g.dig(4, lead=True)
    phone = g.phone("uk")
    house = g.house(2, 160)
    pc = g.ukpc("luton")
    badge = g.money(50, 80, pence=False)
    return "transcript", [
        A("Luton Town Cars, driver recruitment, [[NAME:Samina]] speaking."),
        C("Salaam, [[NAME:Samina]]. I saw the advert for drivers. My cousin [[NAME:Bilal]] works "
          "for you already, he said to call."),
        A("Lovely. Have you got your private hire badge from the council?"),
        C(f"Yes, it came last week. Badge number is [[ACCT:PH {badge_no}]]."),
        A("Great. Full name, please?"),
        C("[[NAME:Asif Iqbal Khan]]."),
        A(f"Date of birth?"),
        C(f"[[DOB:{d} {MONTHS[mo - 1].title()} {yr}]]."),
        A("National Insurance number?"),
        C(f"[[SSN:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]]."),
        A("And your driving licence number, it's the long one on the photocard."),
        C(f"[[ACCT:KHAN9{lic}]]... is it the whole thing?"),
        A("Yes, that's the one. Home address?"),
        C(f"[[ADDRESS:{house} Dunstable Road]], [[POSTCODE:{pc_t(pc)}]]."),
        A("And your mobile?"),
        C(f"[[PHONE:{phone[:5]} {phone[5:]}]]."),
        A(f"Thanks. Induction is Monday at ((time:10)), it takes ((duration:about two hours)), "
          f"and the radio deposit is (({'price'}:\u00a3{badge[0]}))."),
        C("No problem. Do I need to bring the car?"),
        A("Yes, with the ((other:V5)) and the insurance schedule."),
        C("Okay, inshallah I'll be there. Thank you."),
    ]


@case
def meal_prep_perth(g):
    # Singaporean caller in Perth, meal-prep subscription, card restarted
    house = g.house(1, 120)
    pc = g.aupc("wa")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    weekly = g.money(89, 149, pence=False)
    phone = g.phone("au", None)
    return "asr", [
        A("good morning fuel box meal prep [[NAME:brooke]] speaking"),
        C("hi [[NAME:brooke]] i want to sign up for the high protein plan the twelve meals one"),
        A(f"no worries that's (({'price'}:{num(weekly[0])} dollars)) a week for "
          "((count:twelve)) meals delivered sunday can i grab your name"),
        C("[[NAME:jonathan lim wei jie]] you can just call me [[NAME:jon]]"),
        A("thanks [[NAME:jon]] and the delivery address"),
        C(f"[[ADDRESS:{num(house)} leake street north perth]] [[POSTCODE:{sw(pc)}]]"),
        A("easy and a mobile for the driver"),
        C(f"[[PHONE:{sw(phone[:2])} {sw(phone[2:6])} {sw(phone[6:])}]] that's my home one can or not"),
        A("yeah that's fine and the card for the subscription"),
        C(f"[[CARD#c1/x:{sw(card[:4])} {sw(card[4:7])}]] aiya sorry i skip one number "
          f"start again [[CARD#c1:{sw(card[:4])}]]"),
        A("yep"),
        C(f"[[CARD#c1:{sw(card[4:8])}]] [[CARD#c1:{sw(card[8:12])}]] lah and then "
          f"[[CARD#c1:{sw(card[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        A("and the security code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("sweet you're all set first box arrives this sunday between ((time:seven and ten))"),
        C("can change to less rice or not"),
        A("yep you can swap any meal in the app up to ((duration:forty eight hours)) before"),
        C("shiok thanks"),
    ]


@case
def student_union_hardship_dublin(g):
    # Nigerian student in Dublin applying to the students' union hardship fund
    pps = g.pps()
    sid = g.dig(8, lead=True)
    eir = g.eircode("D08")
    iban = "IE" + g.dig(2) + "AIBK" + "93" + g.dig(4) + g.dig(8)
    grant = g.money(300, 600, pence=False)
    return "transcript", [
        A("Students' Union welfare office, [[NAME:Siobh\u00e1n]] speaking."),
        C("Good afternoon. My name is [[NAME:Oluwaseun Balogun]]. I applied for the hardship "
          "fund, but the form says my details are incomplete."),
        A("No bother, we'll sort it now. Student number first?"),
        C(f"[[ACCT:{sid}]]."),
        A("Thanks. It's missing your PPS number."),
        C(f"Ehn, okay. It's [[SSN:{pps[:7]}{pps[7:]}]]."),
        A(f"[[SSN:{pps}]]. Grand. And your address in Dublin?"),
        C(f"[[ADDRESS:Flat {g.n(1, 9)}, {g.n(10, 90)} Cork Street, Dublin 8]], "
          f"[[POSTCODE:{eir[0]} {eir[1]}]]."),
        A("And the IBAN for the payment, if it's approved?"),
        C(f"[[ACCT:{grp(iban, [4, 4, 4, 4, 4, 2])}]]."),
        A(f"Perfect. The maximum award this term is (({'price'}:\u20ac{grant[0]})), and the "
          "committee meets on Thursday."),
        C("How long before I hear back?"),
        A("Usually within ((duration:a week)). Have you an e-mail we can reach you on?"),
        C("[[EMAIL:seun.balogun@mail.dcu.ie]]."),
        A("Lovely. And have you spoken to the food bank? It's open ((time:12 to 2)) every day."),
        C("I didn't know. Thank you, I will go."),
    ]


@case
def football_family_tickets_cardiff(g):
    # Welsh caller, season tickets for two children, their dates of birth, card
    k1 = g.dob(2008, 2013)
    k2 = g.dob(2012, 2016)
    mem = g.dig(7, lead=True)
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    total = g.money(300, 520, pence=False)
    return "asr", [
        A("bluebirds ticket office [[NAME:carys]] speaking how can i help"),
        C("hiya i'm after two junior season tickets for my boys to go with mine"),
        A("lovely have you got your supporter number"),
        C(f"[[ACCT:{sw(mem[:1])} {sp(mem[1:])}]]"),
        A("mister [[NAME:gareth hughes]]"),
        C("that's me"),
        A("for the juniors i need their names and dates of birth"),
        C(f"[[NAME:osian]] [[DOB:{ORD[k1[0]]} of {MONTHS[k1[1] - 1]} {yw(k1[2])}]] and "
          f"[[NAME:macsen]] [[DOB:{sw('%02d' % k2[0])} {sw('%02d' % k2[1])} {yw(k2[2])}]]"),
        A("so [[NAME:osian]] is under ((other:sixteen)) and [[NAME:macsen]] is under ((other:twelve)) that puts "
          f"the three of you at (({'price'}:{num(total[0])} pounds)) altogether"),
        C("go on then it's cheaper than the pub"),
        A("ha card number when you're ready"),
        C(f"[[CARD#c1:{sw(card[:4])}]]"),
        A("yep"),
        C(f"[[CARD#c1:{sw(card[4:8])}]]"),
        A("yep"),
        C(f"[[CARD#c1:{sw(card[8:12])}]] and [[CARD#c1:{sw(card[12:])}]]"),
        A(f"so last four [[CARD/p:{sw(card[12:])}]] expiry"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sp(str(y))}]]"),
        A("and the three on the back"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("all done the seats are together in the family stand row ((other:m))"),
        C("tidy diolch"),
    ]


@case
def afrobeats_ivr_chicago(g):
    # Ghanaian caller buying tickets through an IVR that mishears one block
    card = g.card("visa")
    b = [card[i:i + 4] for i in range(0, 16, 4)]
    m, y = g.expiry()
    cvv = g.cvv()
    zipc = g.zip("il")
    tix = g.money(55, 95, pence=False)
    conf = g.not_luhn(16)
    return "asr", [
        I("thank you for calling highlife live tickets for the accra to chicago tour press one "
          "or say tickets"),
        C("tickets"),
        I("how many tickets would you like you can buy up to eight"),
        C("((count:three))"),
        I(f"three general admission tickets at (({'price'}:{num_us(tix[0])} dollars)) each "
          "please say your card number four digits at a time"),
        C(f"[[CARD#c1:{sw(b[0])}]]"),
        I("next four digits"),
        C(f"[[CARD#c1:{sw(b[1])}]]"),
        I("next four digits"),
        C(f"[[CARD#c1:{sw(b[2])}]]"),
        I(f"i heard [[CARD/p:{sw(wrong1(b[2], 1))}]] is that right"),
        C("no"),
        I("please say those four digits again"),
        C(f"[[CARD#c1/x:{sw(b[2])}]]"),
        I("and the last four digits"),
        C(f"[[CARD#c1:{sw(b[3])}]]"),
        I("please say the expiration date month then year"),
        C(f"[[EXPIRY:{MONTHS[m - 1]} {yw(y)}]]"),
        I("and the security code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        I("please say your billing zip code"),
        C(f"[[POSTCODE:{sw(zipc)}]]"),
        I(f"your order is confirmed your confirmation number is (({'other'}:{sw(conf)})) "
          "your tickets have been sent by text message"),
        C("eii this machine wahala ok"),
    ]


@case
def spice_refund_brisbane(g):
    # Indian caller, online spice order arrived damaged, refund to card
    order = "BNE" + g.dig(6, lead=True)
    card4 = g.dig(4)
    amt = g.money(30, 70)
    phone = g.phone("au_mob")
    return "transcript", [
        A("Masala Route online orders, [[NAME:Hannah]] speaking, how can I help?"),
        C("Hello [[NAME:Hannah]], this is [[NAME:Sudha Raghavan]] calling from Toowong. My order "
          "came yesterday and the jar of pickle was broken, everything is oily."),
        A("Oh no, I'm sorry. Can I have the order number?"),
        C(f"[[ACCT:{order}]]."),
        A(f"Thank you. I can see the ((quantity:500 g)) mango pickle and the "
          "((quantity:1 kg)) sambar powder. Was the powder damaged too?"),
        C("Yes, the oil went into that packet also."),
        A(f"Then I'll refund both, that's (({'price'}:${amt[0]}.{amt[1]:02d})). It goes back to "
          f"the card ending [[CARD/p:{card4}]]?"),
        C("Yes, same card."),
        A("It'll take ((duration:three to five business days)). Should I send the refund note "
          "to the e-mail on the order?"),
        C("No, that is my son's. Please send it to [[EMAIL:sudha.raghavan61@bigpond.com]]."),
        A("Done. And is this mobile okay if the courier needs to collect the box?"),
        C(f"Better use [[PHONE:{phone[:4]} {phone[4:7]} {phone[7:]}]]. I keep that one with me."),
        A("No problem. Sorry again, Mrs [[NAME:Raghavan]]."),
        C("It's okay, these things happen, no?"),
    ]


@case
def fabric_trade_account_peckham(g):
    # Nigerian tailor ordering lace and ankara on a trade account, card in five pieces
    trade = g.dig(6, lead=True)
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    yards = g.n(20, 60)
    tot = g.money(400, 900, pence=False)
    return "asr", [
        A("rye lane fabrics trade counter [[NAME:sade]] speaking"),
        C("[[NAME:sade]] good afternoon o it's aunty [[NAME:bisi]] from [[NAME:bisi]] couture"),
        A("aunty [[NAME:bisi]] how body what are you looking for today"),
        C("i need the swiss voile lace the gold one and the ankara we spoke about for a "
          "wedding party ((count:twenty)) aso ebi outfits"),
        A(f"how many yards of the ankara"),
        C(f"((quantity:{num(yards)} yards)) abeg make sure it's the same batch"),
        A("no wahala trade account number"),
        C(f"[[ACCT:{sw(trade)}]]"),
        A(f"okay with your trade discount it comes to (({'price'}:{num(tot[0])} pounds)) "
          "delivery on thursday"),
        C("okay let me pay with card"),
        C(f"[[CARD#c1:{sw(card[:3])}]]"),
        A("yes"),
        C(f"[[CARD#c1:{sw(card[3:6])}]] [[CARD#c1:{sw(card[6:9])}]]"),
        A("mm-hmm"),
        C(f"[[CARD#c1:{sw(card[9:13])}]] ehn and [[CARD#c1:{sw(card[13:])}]]"),
        A("can you read me the whole thing once more"),
        C(f"[[CARD:{sw(card[:4])} {sw(card[4:8])} {sw(card[8:12])} {sw(card[12:])}]]"),
        A("expiry date"),
        C(f"[[EXPIRY:{num(m)} of {yw(y)}]]"),
        A("and the back"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("that's gone through aunty"),
        C("thank you my dear"),
    ]


@case
def braid_supplies_calgary(g):
    # South African caller, salon supplies, first card expired, second card taken
    old = g.card("visa")
    om, oy = g.expiry(expired=True)
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    pc = g.capc("calgary")
    packs = g.n(30, 80)
    tot = g.money(180, 420)
    return "transcript", [
        A("ProBraid Supply, order desk, this is [[NAME:Tyler]]."),
        C("Howzit, [[NAME:Tyler]]. It's [[NAME:Lindiwe Dlamini]] from Ubuntu Hair Lounge. I need "
          f"to reorder the pre-stretched braiding hair, ((quantity:{packs} packs)), the natural "
          "black."),
        A(f"Sure thing. That comes to (({'price'}:${tot[0]}.{tot[1]:02d})) with shipping. Same "
          "card as last time?"),
        C(f"Ja, the one ending [[CARD/p:{old[12:]}]]."),
        A(f"Hmm, that one shows an expiry of [[EXPIRY:{om:02d}/{oy % 100:02d}]], so it won't go "
          "through."),
        C("Eish, it expired? Okay, let me get the other one. Hold on, I'm just now coming."),
        A("No rush."),
        C(f"Okay. [[CARD#c1:{card[:4]} {card[4:8]}]]..."),
        A("Yep."),
        C(f"[[CARD#c1:{card[8:12]} {card[12:]}]]. Expiry [[EXPIRY:{m:02d}/{y % 100:02d}]], "
          f"CVC [[CVV:{cvv}]]."),
        A("Thanks. Is it still shipping to the salon?"),
        C(f"No, to my house this time. [[ADDRESS:{g.n(10, 299)} Taradale Drive NE, Calgary]], "
          f"[[POSTCODE:{pc_t(pc)}]]."),
        A("Got it. And a receipt by e-mail?"),
        C("Please, to [[EMAIL:lindiwe@ubuntuhairlounge.ca]]."),
        A("Done. It should be with you in ((duration:three to four business days))."),
        C("Lekker, thanks [[NAME:Tyler]]."),
    ]


@case
def langar_donation_surrey_bc(g):
    # Indian caller donating for langar, tax receipt by e-mail
    amt = g.money(101, 501, pence=False)
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    house = g.house(1000, 9999)
    pc = g.capc("surrey")
    receipt = g.dig(7, lead=True)
    return "asr", [
        A("sat sri akal guru nanak sikh society donations [[NAME:jaspreet]] speaking"),
        C("sat sri akal beta i want to give for the langar on gurpurab"),
        A(f"very good ji how much you would like to give"),
        C(f"(({'price'}:{num_us(amt[0])} dollars)) in the name of my late husband"),
        A("waheguru ji may i have your name for the receipt"),
        C("[[NAME:surinder kaur grewal]]"),
        A("and your address for the tax receipt"),
        C(f"[[ADDRESS:{sp(str(house))} one hundred and twenty eighth street surrey]] "
          f"[[POSTCODE:{pc_s(pc)}]]"),
        A("thank you ji and the card"),
        C(f"my son wrote it down for me [[CARD#c1:{sw(card[:4])}]]"),
        A("yes ji"),
        C(f"[[CARD#c1:{sw(card[4:8])}]] then [[CARD#c1:{sw(card[8:12])}]] then "
          f"[[CARD#c1:{sw(card[12:])}]]"),
        A("and the date on the card"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw(str(y % 100))}]]"),
        A("and behind the card three small numbers"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A(f"thank you ji your receipt number is (({'other'}:{sp(receipt, odd_first=True)})) "
          "should i email it"),
        C("email to my son please [[EMAIL:harman grewal at gmail dot com]]"),
        A(f"[[EMAIL:h a r m a n grewal at gmail dot com]]"),
        C("yes beta thank you"),
    ]


@case
def school_fees_lagos_houston(g):
    # Nigerian caller in Houston paying a Lagos school; last four of SSN as identity
    ssn4 = g.dig(4)
    nuban = g.dig(10, lead=True)
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    fees = g.money(900, 2400, pence=False)
    naira = fees[0] * g.n(1400, 1600)
    fee = g.money(4, 15)
    return "transcript", [
        A("Thank you for calling Naija Remit, this is [[NAME:Angela]]. May I have your full name?"),
        C("[[NAME:Chukwuemeka Nnamdi Eze]]."),
        A("Thank you. For verification, the last four digits of your Social Security number?"),
        C(f"[[SSN/p:{ssn4}]]."),
        A("Thank you, Mr [[NAME:Eze]]. How can I help today?"),
        C("I want to pay my children's school fees directly to the school's account in Lagos. "
          "Second term."),
        A(f"Sure. How much?"),
        C(f"(({'price'}:${fees[0]:,})). That should be enough for the two of them."),
        A(f"At today's rate that's (({'price'}:\u20a6{naira:,})), and our fee is "
          f"(({'price'}:${fee[0]}.{fee[1]:02d}))."),
        C("Okay. The school's account is with GTBank. Account number [[ACCT#n1:{0}]]... "
          "[[ACCT#n1:{1}]].".format(nuban[:5], nuban[5:])),
        A(f"So [[ACCT:{nuban}]]. Account name?"),
        C("Greenfield Heights College."),
        A("And how would you like to pay?"),
        C(f"Card. [[CARD#c1:{card[:4]}]] [[CARD#c1:{card[4:8]}]]..."),
        A("Mm-hmm."),
        C(f"[[CARD#c1:{card[8:]}]]."),
        A(f"Expiry and CVV?"),
        C(f"[[EXPIRY:{m:02d}/{y}]], [[CVV:{cvv}]]."),
        A("It's processing... approved. The school will receive it within ((duration:24 hours))."),
        C("Please, can you put my son's name in the narration? [[NAME:Chidera]] and "
          "[[NAME:Kamsi]], ((other:JSS 2)) both."),
        A("I'll add both names to the reference."),
        C("Thank you, [[NAME:Angela]]. God bless you."),
    ]


@case
def exam_tutor_aberdeen(g):
    # Scottish parent booking Higher chemistry tutoring, child's DOB, address, card
    kid = g.dob(2008, 2010)
    house = g.house(1, 99)
    pc = g.ukpc("aberdeen")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    fee = g.money(30, 45, pence=False)
    return "asr", [
        A("granite city tutors [[NAME:eilidh]] speaking"),
        C("aye hello there i'm phoning about getting my lassie some help with her higher "
          "chemistry she's struggling a wee bit"),
        A("of course we've got a couple of chemistry tutors what's her name"),
        C("[[NAME:isla]] [[NAME:isla fraser]]"),
        A("and her date of birth"),
        C(f"[[DOB:{ORD[kid[0]]} of {MONTHS[kid[1] - 1]} {yw(kid[2])}]]"),
        A(f"lovely and sessions are (({'price'}:{num(fee[0])} pound)) for "
          "((duration:an hour)) either here or online"),
        C("online's easier we're out past dyce"),
        A("no bother can i take your name and address for the invoice"),
        C(f"i'm [[NAME:alasdair fraser]] [[ADDRESS:{num(house)} birchwood brae]] "
          f"[[POSTCODE:{pc_s(pc)}]]"),
        A("and an email for the zoom links"),
        C("[[EMAIL:ally fraser at btinternet dot com]]"),
        A("we take the first session up front to book the slot"),
        C(f"nae bother card's [[CARD#c1:{sw(card[:4])}]] eh [[CARD#c1:{sw(card[4:8])}]] "
          f"[[CARD#c1:{sw(card[8:12])}]] [[CARD#c1:{sw(card[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{num(m)} {num(y % 100)}]]"),
        A("security code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("that's her booked in tuesdays at ((time:half six)) with doctor [[NAME:mcbride]]"),
        C("cheers hen that's a weight off"),
    ]


@case
def minicab_lost_property_london(g):
    # Jamaican caller left a phone in a minicab; booking and contact details
    booking = g.dig(7, lead=True)
    model = str(g.n(11, 16))
    phone = g.phone("uk", "london")
    fare = g.money(18, 35)
    return "transcript", [
        A("Crystal Palace Cars, good evening, [[NAME:Ahmed]] speaking."),
        C("Evening, [[NAME:Ahmed]]. Listen, mi leave mi phone inna one of your cabs last night. "
          "Mi ah call from mi daughter's phone."),
        A("Oh no. Do you know the booking number or the time?"),
        C(f"The booking was [[ACCT:{booking}]]. Pick-up around ((time:11:40)) from the Hare and "
          "Hounds, going to Norwood."),
        A(f"Let me look... yes, driver ((other:{g.n(12, 98)})), [[NAME:Kwabena]]. What kind of "
          "phone?"),
        C(f"An iPhone (({'model_number'}:{model})), black, with a red case that have a picture of "
          "mi grandson."),
        A("I'll radio him now. What's the best number to reach you on?"),
        C(f"Mi daughter's landline, [[PHONE:{phone[:3]} {phone[3:7]} {phone[7:]}]]. Ask for "
          "[[NAME:Claudette]]."),
        A("And your name?"),
        C("[[NAME:Everton Bailey]]."),
        A(f"Okay, Mr [[NAME:Bailey]]. He says it's in the glovebox. He can drop it round, but "
          f"there's a (({'price'}:\u00a3{fare[0]})) charge for the trip."),
        C("Cha! For mi own phone? ... Alright, alright, it's worth it."),
        A("He'll be there in about ((duration:forty minutes))."),
        C("Bless, [[NAME:Ahmed]]."),
    ]


@case
def radio_prize_bradford(g):
    # Pakistani caller, community radio quiz winner, prize paperwork
    phone = g.phone("uk")
    house = g.house(1, 180)
    pc = g.ukpc("bradford")
    d, mo, yr = g.dob(1955, 2000)
    prize = g.money(100, 250, pence=False)
    return "asr", [
        A("hello bradford asian radio prize line [[NAME:nadia]] speaking"),
        C("assalamu alaikum sister i won the quiz on the breakfast show this morning "
          "the question about the cricket"),
        A("walaikum salaam congratulations let me take some details for the prize what's your "
          "name"),
        C("[[NAME:mohammed shafiq]]"),
        A("and you have to be over ((other:eighteen)) for this one so date of birth please"),
        C(f"[[DOB:{sw('%02d' % d)} {sw('%02d' % mo)} {sp(str(yr))}]]"),
        A("lovely and your address please"),
        C(f"[[ADDRESS:{num(house)} whetley lane manningham]]"),
        A("postcode"),
        C(f"[[POSTCODE:{pc_s(pc)}]] is it"),
        A("that's fine and a contact number"),
        C(f"[[PHONE:{sp(phone[:5], odd_first=True)} {s3(phone[5:8])} {s3(phone[8:])}]]"),
        A(f"right the prize is a (({'price'}:{num(prize[0])} pound)) voucher for the sweet "
          "centre and two tickets for the mela"),
        C("masha allah my wife will be happy she said i wasted my time ringing"),
        A("ha tell her you won it fair and square it'll come in the post in ((duration:ten days))"),
        C("jazakallah khair sister"),
    ]


@case
def tiffin_ivr_toronto(g):
    # Indian caller topping up a tiffin plan by IVR, then an agent for an e-mail change
    acct = g.dig(8, lead=True)
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    amt = g.money(120, 260, pence=False)
    conf = g.dig(6, lead=True)
    yr = num(g.n(60, 99))
    return "asr", [
        I("welcome to ghar ka khana tiffin services for english press one hindi ke liye do "
          "dabaiye"),
        C("english"),
        I("please say or enter your eight digit account number"),
        C(f"[[ACCT#a1:{sw(acct[:4], dbl=True)}]] [[ACCT#a1:{acct[4:]}]]"),
        I(f"thank you your plan balance is zero to renew the monthly plan of "
          f"(({'price'}:{num_us(amt[0])} dollars)) say renew"),
        C("renew"),
        I("please say or enter your card number"),
        C(f"[[CARD:{sw(card[:4])} {sw(card[4:8], dbl=True)} {sw(card[8:12], dbl=True)} "
          f"{sw(card[12:], dbl=True)}]]"),
        I("please enter the expiry as four digits month month year year"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        I("please enter the three digit security code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        I(f"your card ending in [[CARD/p:{sw(card[12:])}]] has been charged your confirmation "
          f"number is (({'other'}:{sw(conf)})) to speak to our team press zero"),
        C("zero"),
        A("namaste ghar ka khana this is [[NAME:rupinder]]"),
        C("namaste ji i just renewed on the machine but the receipt goes to my old email kindly "
          "change it"),
        A("sure ji what is the new email"),
        C(f"[[EMAIL:anita kapoor {yr} at yahoo dot ca]]"),
        A(f"let me read it [[EMAIL:a n i t a kapoor {yr} at yahoo dot ca]]"),
        C("yes correct"),
        A("done ji and your name is [[NAME:anita kapoor]]"),
        C("yes that's me"),
        A("anything else today"),
        C("less oil in the dal please my husband has cholesterol"),
        A("i will add the note ji"),
    ]


@case
def student_society_manchester(g):
    # Singaporean student buying society gala tickets, a misread block corrected
    card = g.card("visa")
    b = [card[i:i + 4] for i in range(0, 16, 4)]
    m, y = g.expiry()
    cvv = g.cvv()
    sid = g.dig(8, lead=True)
    price = g.money(25, 45)
    return "transcript", [
        A("Students' Union ticket office, [[NAME:Hollie]] speaking."),
        C("Hi, I'm calling about the Malaysian and Singaporean Society gala dinner. The "
          "online payment keeps failing leh."),
        A(f"No worries, I can take it here. Tickets are (({'price'}:{money_t(price)})) each. "
          "How many?"),
        C("((count:Two)). One for me, one for my housemate."),
        A("Student ID?"),
        C(f"[[ACCT:{sid}]]."),
        A("And your name?"),
        C("[[NAME:Goh Jia Hui]]. [[NAME:Goh]] is the surname."),
        A("Thanks. Card number, please."),
        C(f"[[CARD#c1:{b[0]}]], [[CARD#c1:{b[1]}]], [[CARD#c1/x:{swap2(b[2])}]]... wait, "
          f"sorry, I read wrong. [[CARD#c1:{b[2]}]], then [[CARD#c1:{b[3]}]]."),
        A(f"So the third block is [[CARD/p:{b[2]}]]?"),
        C("Yes, correct."),
        A("Expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("Security code?"),
        C(f"[[CVV:{cvv}]]."),
        A("Great, that's gone through. Tickets go to your uni e-mail. Table plan goes up on "
          "Friday."),
        C("Can we sit with the Malaysian committee? My friend [[NAME:Haziq]] is the president."),
        A("I'll pop a note on it."),
        C("Thank you so much!"),
    ]


@case
def braids_deposit_sydney(g):
    # Ghanaian caller in Sydney booking cornrows for her daughters
    phone = g.phone("au_mob")
    card = g.card("mc2")
    m, y = g.expiry()
    cvv = g.cvv()
    dep = g.money(30, 60, pence=False)
    mail = g.n(10, 99)
    return "asr", [
        A("hi there afro roots hair parramatta [[NAME:chelsea]] speaking"),
        C("hello please i want to book cornrows for my two girls for saturday before church"),
        A("no worries how old are they"),
        C("((other:six)) and ((other:nine))"),
        A("for the kids' cornrows with beads that's about ((duration:two hours)) each so we'd "
          "need to start at ((time:nine)) can i get your name"),
        C("[[NAME:akosua darko]]"),
        A("and a mobile"),
        C(f"[[PHONE#p9:{sw(phone[:4])}]] ehn [[PHONE#p9:{sw(phone[4:7])} {sw(phone[7:])}]]"),
        A("and we take a deposit to lock it in "
          f"(({'price'}:{num(dep[0])} dollars)) per child"),
        C("okay take it from my card"),
        A("go for it"),
        C(f"[[CARD#c1:{sw(card[:4])} {sw(card[4:8])}]]"),
        A("yep"),
        C(f"[[CARD#c1:{sw(card[8:12])} {sw(card[12:])}]]"),
        A("expiry and cvv"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]] and "
          f"[[CVV:{sw(cvv)}]]"),
        A("and an email for the confirmation"),
        C(f"[[EMAIL:akosua d {num(mail)} at gmail dot com]]"),
        A("perfect see you saturday"),
        C("thank you my sister"),
    ]


@case
def chapel_vestry_hire_swansea(g):
    # Welsh caller hiring a chapel vestry for a Welsh-language choir rehearsal
    house = g.house(1, 120)
    pc = g.ukpc("swansea")
    phone = g.phone("uk")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    rate = g.money(15, 30, pence=False)
    return "transcript", [
        A("Good morning, Capel Bethesda, [[NAME:Nerys]] speaking."),
        C("Bore da, [[NAME:Nerys]]. It's [[NAME:Dafydd Morgan]] from the Côr Meibion. We're "
          "after the vestry on Thursday evenings again, from September."),
        A(f"Lovely, Mr [[NAME:Morgan]]. It's (({'price'}:\u00a3{rate[0]} an evening)) now, "
          "I'm afraid, the heating's gone up."),
        C("There we are then. Can't sing in the cold, can we."),
        A("No! ((time:Seven till nine)), is it?"),
        C("((time:Half six)), for the tenors to warm up. They need it, mind."),
        A("((time:Half six till nine)), then. I'll need a contact address for the booking."),
        C(f"[[ADDRESS:{house} Walter Road, Uplands]], [[POSTCODE:{pc_t(pc)}]]."),
        A("And a phone number?"),
        C(f"Best is the mobile, [[PHONE:{phone[:5]} {phone[5:]}]]."),
        A("And do you want to pay the first month by card?"),
        C(f"Yes. [[CARD:{card[:4]} {card[4:8]} {card[8:12]} {card[12:]}]]."),
        A(f"Expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("And the three digits?"),
        C(f"[[CVV:{cvv}]]. Diolch."),
        A("That's lovely. I'll e-mail an invoice. Same address as before?"),
        C("Yes, [[EMAIL:dafydd.morgan@btinternet.com]]."),
        A("Hwyl, [[NAME:Dafydd]]."),
    ]


@case
def cricket_boxing_day_melbourne(g):
    # Indian caller in Melbourne, member guest tickets for the Boxing Day test
    mem = g.dig(8, lead=True)
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    price = g.money(60, 95, pence=False)
    mail = g.n(10, 99)
    return "asr", [
        A("good morning members services [[NAME:lachlan]] speaking"),
        C("good morning [[NAME:lachlan]] i am a member and i want guest tickets for the boxing "
          "day test for my brother's family they are coming from chennai"),
        A("lovely how many guests"),
        C("((count:four)) two adults two children"),
        A("sure member number please"),
        C(f"[[ACCT:{sw(mem[:2])} {sw(mem[2:5], tpl=True, dbl=True)} {sw(mem[5:], dbl=True)}]]"),
        A("and your name"),
        C("[[NAME:senthil kumar ramasamy]]"),
        A(f"thanks mister [[NAME:ramasamy]] guest adults are (({'price'}:{num(price[0])} "
          "dollars)) and kids are half price for day one"),
        C("day one only is it what about day two"),
        A("day two is a bit cheaper but day one's when everyone wants to go"),
        C("day one day one they have come all the way"),
        A("no worries card number"),
        C(f"[[CARD#c1:{sw(card[:4], dbl=True)}]] [[CARD#c1:{sw(card[4:8], dbl=True)}]]"),
        A("sorry can you say that second block again"),
        C(f"[[CARD#c1/x:{sw(card[4:8])}]]"),
        A("got it keep going"),
        C(f"[[CARD#c1:{sw(card[8:12], dbl=True)}]] [[CARD#c1:{sw(card[12:], dbl=True)}]]"),
        A("expiry and the three digit code"),
        C(f"expiry [[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]] code "
          f"[[CVV:{sw(cvv, dbl=True)}]]"),
        A("and where should the tickets go"),
        C(f"[[EMAIL:senthil r {num(mail)} at outlook dot com]]"),
        A("done enjoy the cricket"),
        C("thank you very much"),
    ]


@case
def phone_repair_queens(g):
    # Jamaican caller in New York, battery replacement booked online, paying by phone
    order = g.dig(6, lead=True)
    model = str(g.n(20, 25))
    zipc = g.zip("ny")
    phone = g.phone("us", "ny")
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    cost = g.money(79, 129)
    return "transcript", [
        A("Jamaica Avenue Phone Fix, this is [[NAME:Luis]]."),
        C("Yes, [[NAME:Luis]], good afternoon. Mi book a battery replacement on the website, but "
          "it say to call to pay the deposit."),
        A("Sure. What's the order number?"),
        C(f"[[ACCT:{order}]]."),
        A(f"Got it, that's the Galaxy (({'model_number'}:S{model})) battery, "
          f"(({'price'}:${cost[0]}.{cost[1]:02d})). We just need half up front."),
        C("No problem. Mi name is [[NAME:Marva Henry]], by the way."),
        A("Thanks, Ms. [[NAME:Henry]]. Card number?"),
        C(f"[[CARD#c1:{card[:8]}]]... [[CARD#c1:{card[8:]}]]."),
        A("Expiration?"),
        C(f"[[EXPIRY:{m}/{y % 100}]]."),
        A("CVV?"),
        C(f"[[CVV:{cvv}]]."),
        A("And the billing ZIP?"),
        C(f"[[POSTCODE:{zipc}]]."),
        A("Perfect. And a number to text when it's ready?"),
        C(f"[[PHONE:{phone[:3]}.{phone[3:6]}.{phone[6:]}]]."),
        A("Great. Drop-off any time after ((time:10)) tomorrow; it takes about ((duration:45 "
          "minutes))."),
        C("Alright. Walk good."),
    ]


@case
def spice_grocer_glasgow(g):
    # Scottish-Pakistani caller ordering for a family event, card in pieces, phone
    house = g.house(1, 240)
    pc = g.ukpc("glasgow")
    phone = g.phone("uk", "glasgow")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    tot = g.money(90, 180)
    return "asr", [
        A("pollokshields spice and grocery [[NAME:zubair]] speaking"),
        C("aye hiya [[NAME:zubair]] it's [[NAME:amina]] [[NAME:amina rashid]] i phoned last week "
          "about the big order for my brother's mehndi"),
        A("oh aye the ((quantity:twenty kilo)) rice and the chickens"),
        C("that's it is it still okay for friday"),
        A(f"aye we can do friday the total's (({'price'}:{money_s(tot, sub=None)}))"),
        C("fine can i pay now so it's done"),
        A("no bother what's the card"),
        C(f"[[CARD#c1:{sw(card[:4])}]] eh [[CARD#c1:{sw(card[4:8])}]]"),
        A("aye"),
        C(f"[[CARD#c1:{sw(card[8:12])}]] eh hold on the wean's greetin "
          f"[[CARD#c1:{sw(card[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{sw(str(m))} {num(y % 100)}]]"),
        A("and the wee code on the back"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("and is it the same address for the van"),
        C(f"no it's my mum's this time [[ADDRESS:{num(house)} albert drive]] "
          f"[[POSTCODE:{pc_s(pc)}]]"),
        A("and a number for the driver"),
        C(f"[[PHONE:{sw(phone[:4])} {sw(phone[4:7])} {sw(phone[7:])}]] that's my mum's landline "
          "she's in all day"),
        A("lovely see you friday"),
        C("cheers [[NAME:zubair]] khuda hafiz"),
    ]


@case
def school_fees_kumasi_dublin(g):
    # Ghanaian caller in Dublin sending fees to Kumasi; PPS as ID; Eircode; +233 phone
    pps = g.pps()
    eir = g.eircode()
    rphone = g.phone("gh")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    amt = g.money(400, 1200, pence=False)
    fee = g.money(3, 8)
    return "transcript", [
        A("Good evening, Harp & Star Remit, you're speaking with [[NAME:Ciar\u00e1n]]."),
        C("Good evening. I'm [[NAME:Yaw Ofori-Atta]]. This is my first time using you. I want to "
          "send school fees to Kumasi."),
        A("Welcome! For a new customer I need to verify you. Your PPS number, please?"),
        C(f"[[SSN:{pps}]]."),
        A("Thank you. And your Eircode?"),
        C(f"[[POSTCODE:{eir[0]} {eir[1]}]]."),
        A(f"Grand. How much are you sending?"),
        C(f"(({'price'}:\u20ac{amt[0]})). It is for my niece, she is in ((other:form two)) at "
          "the girls' senior high school there."),
        A(f"Lovely. The fee is (({'price'}:\u20ac{fee[0]}.{fee[1]:02d})). Who's collecting?"),
        C(f"My sister, [[NAME:Akua Ofori-Atta]]. Her mobile is "
          f"[[PHONE:+{rphone[:3]} {rphone[3:5]} {rphone[5:8]} {rphone[8:]}]]."),
        A("Card number?"),
        C(f"[[CARD#c1:{card[:4]} {card[4:8]}]]..."),
        A("Yes."),
        C(f"[[CARD#c1:{card[8:12]} {card[12:]}]]."),
        A(f"Read back: [[CARD:{c4(card)}]]. Expiry?"),
        C(f"[[EXPIRY:{MONTHS[m - 1].title()} '{y % 100}]]."),
        A("Security code?"),
        C(f"[[CVV:{cvv}]]."),
        A("That's sent. She can collect from ((time:8 a.m.)) tomorrow at any partner branch."),
        C("Medaase, [[NAME:Ciar\u00e1n]]."),
    ]


@case
def bollywood_ivr_birmingham(g):
    # Pakistani caller buys concert tickets through an IVR, then asks an agent about seats
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    pc = g.ukpc("birmingham")
    price = g.money(45, 85, pence=False)
    ref = g.dig(8, lead=True)
    return "asr", [
        I("welcome to the utilita arena box office for the sufi and bollywood night press one "
          "for tickets"),
        C("one"),
        I(f"tickets are priced from (({'price'}:{num(price[0])} pounds)) how many tickets would "
          "you like"),
        C("((count:five))"),
        I("please say or enter your card number"),
        C(f"[[CARD#c1:{sp(card[:4])}]] [[CARD#c1:{sp(card[4:8])}]]"),
        I("please continue"),
        C(f"[[CARD#c1:{sp(card[8:12])}]] [[CARD#c1:{sp(card[12:])}]]"),
        I(f"you said [[CARD:{sw(card[:4])} {sw(card[4:8])} {sw(card[8:12])} {sw(card[12:])}]] "
          "if this is correct press one"),
        C("one"),
        I("please enter the expiry date"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        I("please enter the security code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        I("please say the postcode of the card's billing address"),
        C(f"[[POSTCODE:{pc_s(pc)}]]"),
        I(f"thank you your booking reference is (({'other'}:{sw(ref)})) please hold for an agent "
          "to choose your seats"),
        A("hiya you're through to [[NAME:jade]] i can see five tickets for the sufi night"),
        C("yes please all together we have my mother with us she needs the aisle"),
        A(f"i can do row ((other:h)) seats ((other:ten to fourteen)) on the aisle"),
        C("perfect thank you [[NAME:jade]]"),
    ]


@case
def tailor_atlanta(g):
    # Nigerian caller, agbada and buba order for a wedding, measurements and deposit
    house = g.house(100, 9999)
    zipc = g.zip("ga")
    phone = g.phone("us", "ga")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    dep = g.money(150, 350, pence=False)
    chest = g.n(40, 50)
    length = g.n(54, 60)
    fly = g.n(10, 22)
    return "transcript", [
        A("Good afternoon, Adire Atelier, [[NAME:Toyin]] speaking."),
        C("Good afternoon, ma. I want to order agbada for my son's wedding. Me and my two "
          "brothers."),
        A("Congratulations! When is the wedding?"),
        C(f"December, in Lagos. We fly out ((date:December {th(fly)}))."),
        A("Then we need measurements by the end of this month. Can you come in?"),
        C(f"I'll send my measurements now. Chest ((quantity:{chest} inches)), agbada length "
          f"((quantity:{length} inches)). My brothers will come on Saturday."),
        A(f"Perfect. The deposit is (({'price'}:${dep[0]})) per outfit. What's your full name?"),
        C("[[NAME:Olusegun Adebayo Coker]]."),
        A("Address?"),
        C(f"[[ADDRESS:{house} Camp Creek Parkway, East Point]], Georgia [[POSTCODE:{zipc}]]."),
        A("Phone?"),
        C(f"[[PHONE:{phone[:3]}-{phone[3:6]}-{phone[6:]}]]."),
        A("E-mail?"),
        C("[[EMAIL:segun.coker@icloud.com]]."),
        A("And the card for the deposit?"),
        C(f"[[CARD#c1:{card[:4]}]]... [[CARD#c1:{card[4:12]}]]... [[CARD#c1:{card[12:]}]]."),
        A(f"Expiry and CVV?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]. [[CVV:{cvv}]]."),
        A("Received. We'll send pictures of the fabric before we cut."),
        C("Thank you, ma. Please, the cap must match o."),
    ]


@case
def meal_prep_adelaide(g):
    # South African caller pausing and restarting a meal-prep plan, block repeated on request
    acct = "FB" + g.dig(6, lead=True)
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    weekly = g.money(99, 159, pence=False)
    return "asr", [
        A("hi you've called braai and bowl meal prep [[NAME:tegan]] speaking"),
        C("hi [[NAME:tegan]] it's [[NAME:riaan botha]] i paused my plan over christmas and now "
          "i want to start again but the app says my card is declined"),
        A("no stress can i get your customer number"),
        C(f"[[ACCT:f b {sw(acct[2:])}]]"),
        A("got you [[NAME:riaan]] yeah the card on file expired in january"),
        C("ag shame okay i've got a new one let me get it"),
        A("sure"),
        C(f"okay [[CARD#c1:{sw(card[:4])}]] [[CARD#c1:{sw(card[4:8])}]]"),
        A("and the next lot"),
        C(f"[[CARD#c1:{sw(card[8:12])}]] [[CARD#c1:{sw(card[12:])}]]"),
        A("sorry the last four again you cut out"),
        C(f"[[CARD#c1/x:{sw(card[12:])}]]"),
        A("perfect expiry"),
        C(f"[[EXPIRY:{sp('%02d%02d' % (m, y % 100))}]]"),
        A("cvv"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A(f"lovely so the plan's back on at (({'price'}:{num(weekly[0])} dollars)) a week "
          "first delivery sunday"),
        C("lekker and can you make it ((count:ten)) meals instead of twelve"),
        A("yep that drops it a bit you'll see the new price in the app"),
        C("sharp thanks"),
    ]


@case
def tutor_payroll_calgary(g):
    # Indian tutor joining an exam-prep centre's payroll in Calgary: SIN, DOB, address
    sin = g.sin()
    d, mo, yr = g.dob(1980, 2000)
    house = g.house(10, 299)
    pc = g.capc("calgary")
    phone = g.phone("ca", "calgary")
    rate = g.money(30, 48, pence=False)
    return "transcript", [
        A("Hi, is this [[NAME:Deepika Nair]]? It's [[NAME:Connor]] from Chinook Learning "
          "Centre."),
        C("Yes, speaking. Hello, [[NAME:Connor]]."),
        A("Hi! I'm just finishing your paperwork for the ((other:Grade 12)) math sessions. "
          "Have you got a couple of minutes?"),
        C("Yes, kindly go ahead."),
        A("Your Social Insurance Number, please."),
        C(f"[[SSN#s1:{sin[:3]}]]... [[SSN#s1:{sin[3:6]}]]... [[SSN#s1:{sin[6:]}]]."),
        A(f"Thanks. And your date of birth?"),
        C(f"[[DOB:{MONTHS[mo - 1].title()} {d}, {yr}]]."),
        A("Home address?"),
        C(f"[[ADDRESS:{house} Saddlecrest Way NE, Calgary]], [[POSTCODE:{pc_t(pc)}]]."),
        A("And a phone number?"),
        C(f"[[PHONE:{phone[:3]}-{phone[3:6]}-{phone[6:]}]]."),
        A(f"Perfect. The rate is (({'price'}:${rate[0]} an hour)), and you'll be paid "
          "biweekly."),
        C("Okay. And what is the schedule, Tuesday and Thursday only, no?"),
        A("Yes, ((time:4 to 7)), starting next week."),
        C("Very good. Thank you."),
    ]


@case
def minicab_heathrow_run(g):
    # Singaporean caller in London booking an airport minicab, paying by card
    house = g.house(1, 90)
    pc = g.ukpc("london")
    phone = g.phone("uk")
    card = g.card("amex")
    m, y = g.expiry()
    cid = g.cvv(4)
    fare = g.money(55, 85, pence=False)
    flight = g.dig(3, lead=True)
    return "asr", [
        A("hello west end minicabs [[NAME:kamran]] speaking"),
        C("hi ah i want to book a car to heathrow on sunday can"),
        A("no problem what time's the flight"),
        C(f"((flight_number:s q {sp(flight, odd_first=True)})) at ((time:nine thirty)) at night "
          "so pick up maybe ((time:six))"),
        A("six is good from where"),
        C(f"[[ADDRESS:flat {num(g.n(1, 12))} {num(house)} belsize park gardens]] "
          f"[[POSTCODE:{pc_s(pc)}]]"),
        A(f"okay that's (({'price'}:{num(fare[0])} pounds)) fixed price name please"),
        C("[[NAME:tan kok leong]] can call me [[NAME:kelvin]]"),
        A("and a mobile [[NAME:kelvin]]"),
        C(f"[[PHONE:{sw(phone[:5])} {sw(phone[5:])}]]"),
        A("do you want to pay cash or card"),
        C("card lah amex can"),
        A("amex is fine go ahead"),
        C(f"[[CARD#c1:{sw(card[:4])}]]"),
        A("yep"),
        C(f"[[CARD#c1:{sw(card[4:10])}]]"),
        A("yep"),
        C(f"[[CARD#c1:{sw(card[10:])}]]"),
        A("and the four digit number on the front and expiry"),
        C(f"[[CVV:{sw(cid)}]] expiry [[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        A("all booked the driver will text when he's outside"),
        C("thanks ah"),
    ]


@case
def radio_direct_debit_cardiff(g):
    # Welsh caller setting up a monthly donation by direct debit to community radio
    sort = g.dig(6)
    acct = g.dig(8, lead=True)
    house = g.house(1, 150)
    pc = g.ukpc("cardiff")
    amt = g.money(5, 20, pence=False)
    day = g.n(1, 28)
    return "transcript", [
        A("Radio Glan-yr-Afon supporters' line, [[NAME:Bethan]] speaking."),
        C("Hiya, [[NAME:Bethan]]. I've been listening to the Sunday gospel hour for years, and "
          "I'd like to give a bit every month."),
        A(f"That's lovely. Would (({'price'}:\u00a3{amt[0]} a month)) by direct debit suit?"),
        C("Yes, that's fine. I don't like giving my card out over the phone, mind."),
        A("Direct debit is just your bank details. Your name first?"),
        C("[[NAME:Gwyneth Lloyd-Jenkins]]."),
        A("Address?"),
        C(f"[[ADDRESS:{house} Clive Street, Grangetown]], [[POSTCODE:{pc_t(pc)}]]."),
        A("And your sort code?"),
        C(f"[[ACCT:{sort[:2]}-{sort[2:4]}-{sort[4:]}]]."),
        A("Account number?"),
        C(f"[[ACCT#a1:{acct[:4]}]]... [[ACCT#a1:{acct[4:]}]]."),
        A(f"Thank you. It will come out on the (({'date'}:{th(day)})) of each month. Would you "
          "like a thank-you e-mail?"),
        C("Go on then. [[EMAIL:gwyneth.lj@hotmail.co.uk]]."),
        A("Lovely. Any requests for the show?"),
        C("Cwm Rhondda, always."),
        A("We'll play it this Sunday, [[NAME:Gwyneth]]."),
    ]


@case
def football_season_ticket_dublin(g):
    # Nigerian-Irish caller, League of Ireland season ticket, Eircode, DOB, card
    d, mo, yr = g.dob(1985, 2003)
    eir = g.eircode("D12")
    phone = g.phone("ie")
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    price = g.money(160, 240, pence=False)
    return "asr", [
        A("howya you're through to inchicore park season tickets [[NAME:darragh]] speaking"),
        C("howya [[NAME:darragh]] i want to get a season ticket for this year my first one"),
        A("good man welcome aboard what's your name"),
        C("[[NAME:tunde okonkwo]]"),
        A("and date of birth"),
        C(f"[[DOB:{ORD[d]} of {MONTHS[mo - 1]} {yw(yr)}]]"),
        A(f"over ((other:twenty three)) so it's the adult one (({'price'}:{num(price[0])} euro)) for the "
          "season"),
        C("grand no bother"),
        A("eircode"),
        C(f"[[POSTCODE:d twelve {pc_s(('', eir[1]))}]]"),
        A("and a mobile"),
        C(f"[[PHONE:{sw(phone[:3])} {sw(phone[3:6])} {sw(phone[6:])}]]"),
        A("and the card"),
        C(f"[[CARD#c1:{sw(card[:4])}]] [[CARD#c1:{sw(card[4:8])}]] [[CARD#c1:{sw(card[8:12])}]]"),
        A("go on"),
        C(f"[[CARD#c1:{sw(card[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{sw(str(m))} slash {num(y % 100)}]]"),
        A("three digit code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("you're sorted the card will be posted out come on the saints"),
        C("up the saints"),
    ]


@case
def afrobeats_vendor_stall_toronto(g):
    # Jamaican vendor booking a food stall at an Afrobeats festival
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    pc = g.capc("toronto")
    phone = g.phone("ca", "toronto")
    fee = g.money(350, 700, pence=False)
    stall = g.n(10, 60)
    return "transcript", [
        A("Afro Summer Fest vendor line, this is [[NAME:Nkechi]]."),
        C("Yes, hello. Mi name is [[NAME:Devon Grant]], mi have a jerk food truck, Yaad "
          "Flavours. Mi want a spot for the festival."),
        A(f"Food trucks are (({'price'}:${fee[0]})) for the weekend, plus ((percentage:10%)) "
          "of sales."),
        C("Ten percent? Cho! ...Alright, mi will take it."),
        A(f"I can put you at stall ((other:{stall})), near the main stage."),
        C("Near the stage is good, man."),
        A("I'll need a card to hold it."),
        C(f"[[CARD#c1:{card[:4]}]] [[CARD#c1:{card[4:8]}]]... hold on... "
          f"[[CARD#c1:{card[8:]}]]."),
        A("Expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y}]]."),
        A("CVV?"),
        C(f"[[CVV:{cvv}]]."),
        A("Postal code for the card?"),
        C(f"[[POSTCODE:{pc[0]}{pc[1]}]]."),
        A("Phone and e-mail for the vendor pack?"),
        C(f"[[PHONE:{phone[:3]} {phone[3:6]} {phone[6:]}]], and [[EMAIL:yaadflavours.devon@gmail.com]]."),
        A("Perfect. Load-in is ((time:7 a.m.)) on Saturday."),
        C("Seven in the morning? Lawd. Okay, mi soon come."),
    ]


@case
def indian_grocer_ivr_chicago(g):
    # Indian caller checking a grocery delivery by IVR, then an agent changes the address
    order = g.dig(7, lead=True)
    zipc = g.zip("il")
    house = g.house(1000, 8999)
    phone = g.phone("us", "il")
    win = g.n(2, 5)
    return "asr", [
        I("thank you for calling devon avenue fresh to track a delivery say track order"),
        C("track order"),
        I("please say your seven digit order number"),
        C(f"[[ACCT:{sw(order[:3])} {sp(order[3:])}]]"),
        I("and the zip code for the delivery"),
        C(f"[[POSTCODE:{sw(zipc)}]]"),
        I(f"your order of ((count:fourteen)) items is out for delivery and will arrive between "
          f"((time:{num(win)} and {num(win + 2)} pm)) to change your order say agent"),
        C("agent"),
        A("devon avenue fresh this is [[NAME:maria]]"),
        C("hi [[NAME:maria]] my order is out for delivery but it's going to my old address can "
          "the driver please go to the new one"),
        A("let me see name on the order"),
        C("[[NAME:rakesh patel]] [[NAME:p a t e l]]"),
        A("okay mister [[NAME:patel]] what's the new address"),
        C(f"[[ADDRESS:{sp(str(house))} north washtenaw avenue]] same zip"),
        A(f"so [[ADDRESS:{sw(str(house))} north washtenaw avenue]] got it i'll message the driver"),
        C("and please tell him to call me not ring the bell my mother is sleeping"),
        A("what's the best number"),
        C(f"[[PHONE:{sw(phone[:3])} {sw(phone[3:6])} {sw(phone[6:])}]]"),
        A("done he'll call on arrival"),
        C("thank you so much"),
    ]


@case
def fabric_shop_newport(g):
    # Welsh caller pays for curtain fabric, gives the business card, withdraws it, uses her own
    biz = g.card("visa")
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    metres = g.n(8, 16)
    tot = g.money(120, 260)
    mail = g.n(10, 99)
    return "transcript", [
        A("Good afternoon, Commercial Road Fabrics, [[NAME:Lowri]] speaking."),
        C("Hiya, [[NAME:Lowri]], it's [[NAME:Sian Powell]]. I was in Saturday looking at the "
          "velvet for the chapel curtains."),
        A(f"Oh yes, the green. You wanted ((quantity:{metres} metres)), was it?"),
        C("That's it. And the lining and the tape."),
        A(f"Altogether that's (({'price'}:{money_t(tot)})). Card?"),
        C(f"Yes, [[CARD#c1/p:{biz[:4]} {biz[4:8]}]]... oh, hang on, this is the chapel's card, I'm "
          "not allowed to use it for this, the treasurer'll go spare. Scrap that."),
        A("No problem, I haven't put anything through."),
        C(f"Use mine. [[CARD#c2:{card[:4]} {card[4:8]} {card[8:12]}]], "
          f"[[CARD#c2:{card[12:]}]]."),
        A(f"Thank you. Expiry date?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("And the three digits?"),
        C(f"[[CVV:{cvv}]]."),
        A("Lovely. Shall I e-mail the receipt so you can claim it back?"),
        C(f"Please. [[EMAIL:sianpowell{mail}@gmail.com]]."),
        A("Done. It'll be cut and ready Thursday."),
        C("Tidy. Ta-ra, [[NAME:Lowri]]."),
    ]


@case
def salon_gift_voucher_glasgow(g):
    # Scottish caller buying a braiding gift voucher for a daughter's birthday
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    val = g.money(50, 120, pence=False)
    voucher = "gv" + g.dig(5, lead=True)
    mail = g.n(2, 9)
    return "asr", [
        A("good afternoon crown and glory braids [[NAME:folake]] speaking"),
        C("hiya i'm looking for a gift voucher for my daughter she's turning ((other:sixteen)) "
          "and she's desperate to get her hair braided"),
        A(f"aw lovely how much would you like to put on it"),
        C(f"(({'price'}:{num(val[0])} pound)) is that enough for braids"),
        A("that covers the box braids shoulder length and she'd top up anything else"),
        C("aye that's fine can i pay over the phone"),
        A("course what's the card"),
        C(f"[[CARD#c1:{sw(card[:4])}]]"),
        A("uh-huh"),
        C(f"[[CARD#c1:{sw(card[4:8])} {sw(card[8:12])}]]"),
        A("uh-huh"),
        C(f"[[CARD#c1:{sw(card[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{MONTHS[m - 1]} {num(y % 100)}]]"),
        A("and the three digit code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A(f"perfect the voucher number is [[ACCT:g v {sw(voucher[2:])}]] do you want it posted "
          "or emailed"),
        C(f"email it to me please [[EMAIL:mags mcintyre {num(mail)} at sky dot com]]"),
        A("and your name for the voucher"),
        C("from mum and dad to [[NAME:kayleigh]]"),
        A("aw that's lovely it's on its way"),
        C("cheers hen"),
    ]


@case
def gurdwara_wedding_brampton(g):
    # Indian caller booking a gurdwara hall and langar for an anand karaj
    day = g.n(1, 28)
    house = g.house(1, 99)
    pc = g.capc("brampton")
    phone = g.phone("ca", "brampton")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    dep = g.money(500, 1000, pence=False)
    return "transcript", [
        A("Sat Sri Akal, Gurdwara Sahib Brampton office, [[NAME:Harleen]] speaking."),
        C("Sat Sri Akal ji. I am calling for my daughter's Anand Karaj. We want the hall and "
          "langar."),
        A(f"Which date, ji?"),
        C(f"Saturday, the (({'date'}:{th(day)} of June))."),
        A("The main darbar is free. How many guests?"),
        C("((count:Around 400)). The boy's side is big."),
        A(f"The langar hall deposit is (({'price'}:${dep[0]})), refundable. Your name, ji?"),
        C("[[NAME:Kuldeep Singh Sidhu]]."),
        A("Address?"),
        C(f"[[ADDRESS:{house} Sunny Meadow Boulevard, Brampton]], [[POSTCODE:{pc_t(pc)}]]."),
        A("Phone?"),
        C(f"[[PHONE:{phone[:3]}-{phone[3:6]}-{phone[6:]}]]."),
        A("E-mail?"),
        C("[[EMAIL:ks.sidhu.brampton@gmail.com]]."),
        A("Card for the deposit?"),
        C(f"[[CARD#c1:{card[:4]}]], [[CARD#c1:{card[4:8]}]], [[CARD#c1:{card[8:12]}]], "
          f"[[CARD#c1:{card[12:]}]]."),
        A(f"Expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("CVV?"),
        C(f"[[CVV:{cvv}]]."),
        A("Thank you, ji. The Granthi ji will call you about the hukamnama and kirtan."),
        C("Waheguru. Thank you, beta."),
    ]


@case
def remittance_ssn_maryland(g):
    # Nigerian caller raising a sending limit, SSN in pieces with the agent prompting, DOB, card
    ssn = g.ssn()
    d, mo, yr = g.dob(1968, 1992)
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    amt = g.money(3000, 6000, pence=False)
    return "asr", [
        A("thank you for calling owo express money transfer my name is [[NAME:tiffany]] how can "
          "i help you"),
        C("good afternoon [[NAME:tiffany]] i want to send university fees for my daughter in "
          "abuja but the app says i reached my limit"),
        A(f"okay to go above the limit i'll need to verify a bit more how much are you sending"),
        C(f"(({'price'}:{num_us(amt[0])} dollars))"),
        A("okay i'll need your full social security number"),
        C("no wahala the first three"),
        C(f"[[SSN#s1:{sw(ssn[:3])}]]"),
        A("okay"),
        C(f"then [[SSN#s1:{sw(ssn[3:5])}]]"),
        A("mm-hmm"),
        C(f"and [[SSN#s1:{sw(ssn[5:])}]]"),
        A("thank you and date of birth"),
        C(f"[[DOB:{MONTHS[mo - 1]} {ORD[d]} {yw(yr)}]]"),
        A("thank you you're verified now the payment card"),
        C(f"[[CARD#c1:{sw(card[:8])}]] ehn [[CARD#c1:{sw(card[8:])}]]"),
        A(f"expiry"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sp(str(y))}]]"),
        A("and the cvv"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("okay that's been submitted it can take ((duration:up to an hour)) for the bigger amounts"),
        C("thank you my sister"),
    ]


@case
def phone_repair_leeds(g):
    # Pakistani caller chasing a repair, job number, IMEI look-alike, card payment
    job = "LS" + g.dig(5, lead=True)
    imei = g.not_luhn(15)
    model = str(g.n(11, 16))
    phone = g.phone("uk", "leeds")
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    cost = g.money(60, 140)
    off = g.n(5, 15)
    return "transcript", [
        A("Harehills Mobile Repairs, [[NAME:Usman]] speaking."),
        C("Salaam, [[NAME:Usman]] bhai. I left my phone on Monday for the charging port, job "
          f"number [[ACCT:{job}]]."),
        A(f"Let me see... the iPhone (({'model_number'}:{model})), yeah? IMEI ending... let me "
          f"read it: (({'other'}:{imei})). That yours?"),
        C("Yes, that's it."),
        A(f"It's done. The port and a new battery, (({'price'}:{money_t(cost)})) in total."),
        C("Battery also? I didn't ask for battery."),
        A(f"It was swelling, bro. Could have been dangerous. I'll knock ((price:\u00a3{off})) off."),
        C("Okay, okay, fair enough. I'll pay now, my brother will collect."),
        A("Go on then."),
        C(f"[[CARD#c1:{card[:4]} {card[4:8]}]]... [[CARD#c1:{card[8:12]} {card[12:]}]]."),
        A(f"Expiry?"),
        C(f"[[EXPIRY:{m}/{y % 100}]]."),
        A("CVV?"),
        C(f"[[CVV:{cvv}]]."),
        A("What's your brother's name, so I can check his ID?"),
        C(f"[[NAME:Hamza]], [[NAME:Hamza Qureshi]]. His number is [[PHONE:{phone[:4]} "
          f"{phone[4:7]} {phone[7:]}]]."),
        A("Sorted. Open till ((time:8)) tonight."),
        C("Jazakallah, bhai."),
    ]


@case
def tiffin_student_sydney(g):
    # Indian student in Sydney, student-discount tiffin plan, DOB check, card in pairs
    d, mo, yr = g.dob(2001, 2005)
    house = g.house(1, 60)
    pc = g.aupc("nsw")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    weekly = g.money(60, 80, pence=False)
    disc = g.n(10, 20)
    return "asr", [
        A("hello dabba express sydney [[NAME:pooja]] speaking"),
        C("hi [[NAME:pooja]] i saw the student offer on instagram the one with the discount"),
        A(f"yes ((percentage:{num(disc)} percent)) off for students you'll need to show your "
          "student card at first delivery can i get your name"),
        C("[[NAME:arjun menon]]"),
        A("and date of birth for the student plan"),
        C(f"[[DOB:{sp('%02d%02d' % (d, mo))} {yw(yr)}]]"),
        A("and where are you staying"),
        C(f"[[ADDRESS:unit {num(g.n(1, 30))} {num(house)} botany road kensington]] "
          f"[[POSTCODE:{sw(pc)}]]"),
        A(f"okay lunch and dinner five days is (({'price'}:{num(weekly[0])} dollars)) after "
          "discount"),
        C("okay done i'll pay by card"),
        C(f"[[CARD#c1:{sp(card[:4])}]] [[CARD#c1:{sp(card[4:8])}]]"),
        A("okay"),
        C(f"[[CARD#c1:{sp(card[8:12])}]] [[CARD#c1:{sp(card[12:])}]]"),
        A(f"let me repeat [[CARD:{sw(card)}]]"),
        C("yes yes correct"),
        A("expiry"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        A("cvv"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("done first dabba comes monday around ((time:twelve thirty))"),
        C("thank you please less chilli my roommate is from kerala but he can't handle"),
        A("ha noted"),
    ]


@case
def nus_card_leeds(g):
    # South African student, union membership card lost, identity check and replacement
    sid = g.dig(9, lead=True)
    d, mo, yr = g.dob(1999, 2005)
    fee = g.money(5, 12, pence=False)
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    return "transcript", [
        A("Leeds Students' Union, help desk, [[NAME:Priya]] speaking."),
        C("Hi [[NAME:Priya]]. It's [[NAME:Thabo Mokoena]]. I lost my union card at the Afro-Caribbean "
          "Society social on Friday, and I need it for the gym."),
        A("Oh no. I can order a replacement. Student number?"),
        C(f"[[ACCT:{sid}]]."),
        A(f"And your date of birth?"),
        C(f"[[DOB:{d:02d}.{mo:02d}.{yr}]]."),
        A(f"Thanks, [[NAME:Thabo]]. It's (({'price'}:\u00a3{fee[0]})) for a replacement. I can "
          "take a card now?"),
        C(f"Sharp. [[CARD:{c4(card)}]]."),
        A("Expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("And the CVV?"),
        C(f"[[CVV:{cvv}]]."),
        A("Lovely. It'll be ready in ((duration:two working days)). We'll e-mail your uni "
          "account."),
        C("Can you send it to my personal one? I don't check the uni one."),
        A("Sure."),
        C("[[EMAIL:thabo.mokoena@outlook.com]]."),
        A("Done. Anything else?"),
        C("No, that's it. Cheers!"),
    ]


@case
def sat_tutoring_florida(g):
    # Jamaican parent in Florida booking SAT tutoring, address, phone, e-mail, card
    house = g.house(100, 9999)
    zipc = g.zip("fl")
    phone = g.phone("us", "fl")
    card = g.card("disc")
    m, y = g.expiry()
    cvv = g.cvv()
    pkg = g.money(400, 900, pence=False)
    return "asr", [
        A("thanks for calling ace prep miramar this is [[NAME:jordan]]"),
        C("yes good morning mi want to sign up mi son for the sat classes the saturday ones"),
        A("sure the saturday group is ((count:eight)) sessions "
          f"(({'price'}:{num_us(pkg[0])} dollars)) what's the student's name"),
        C("[[NAME:jaden]] [[NAME:jaden brown]] and mi name is [[NAME:paulette brown]]"),
        A("and your address"),
        C(f"[[ADDRESS:{sw(str(house))} southwest thirty second street miramar]] "
          f"[[POSTCODE:{sw(zipc)}]]"),
        A("phone number"),
        C(f"[[PHONE:{sw(phone[:3])} {sw(phone[3:6])} {sw(phone[6:])}]]"),
        A("and an email"),
        C("[[EMAIL:paulette brown j a at gmail dot com]]"),
        A("and how do you want to pay"),
        C(f"discover card [[CARD#c1:{sw(card[:4])} {sw(card[4:8])}]]"),
        A("mm-hmm"),
        C(f"[[CARD#c1:{sw(card[8:12])} {sw(card[12:])}]]"),
        A("expiration"),
        C(f"[[EXPIRY:{sw(str(m))} {num(y % 100)}]]"),
        A("and the cvv"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("all set classes start saturday at ((time:nine))"),
        C("him soon come thank you"),
    ]


@case
def minicab_complaint_reading(g):
    # Nigerian caller complaining about a no-show minicab, refund to card
    ref = g.dig(6, lead=True)
    phone = g.phone("uk", "reading")
    card4 = g.dig(4)
    fare = g.money(25, 45)
    house = g.house(1, 200)
    pc = g.ukpc("reading")
    return "transcript", [
        A("Thames Valley Cars, customer service, [[NAME:Jodie]] speaking."),
        C("Good morning. My name is [[NAME:Ngozi Uchenna]]. I booked a car to Reading station "
          "yesterday for my ((time:6:15)) train. Nobody came!"),
        A("I'm really sorry. Have you got the booking reference?"),
        C(f"[[ACCT:{ref}]]."),
        A(f"Thank you. Pick-up from [[ADDRESS:{house} Oxford Road]]?"),
        C(f"Yes, [[POSTCODE:{pc_t(pc)}]]. I waited ((duration:twenty-five minutes)), then I "
          "had to take a taxi from the rank. I missed my train."),
        A(f"I can see the driver marked it as a no-show. That's wrong. I'll refund the "
          f"(({'price'}:{money_t(fare)})) you prepaid."),
        C("Thank you. And the taxi I took cost me more."),
        A("If you send us the receipt, the manager can look at that too. The refund goes to the "
          f"card ending [[CARD/p:{card4}]]."),
        C("Yes, that's my card."),
        A("Is this the best number to call you back about the taxi?"),
        C(f"Use [[PHONE:{phone[:4]} {phone[4:7]} {phone[7:]}]], that's my work line."),
        A("Noted. Again, I'm sorry, Ms [[NAME:Uchenna]]."),
        C("Okay. Please, make sure it doesn't happen again o."),
    ]


@case
def community_radio_ivr_london(g):
    # Ghanaian caller donating through a radio station's automated line
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    pc = g.ukpc("london")
    amt = g.money(10, 50, pence=False)
    ref = g.dig(7, lead=True)
    return "asr", [
        I("thank you for supporting sankofa radio london to make a one-off donation press one "
          "for a monthly gift press two"),
        C("one"),
        I("please say the amount you would like to give in pounds"),
        C(f"(({'price'}:{num(amt[0])} pounds))"),
        I(f"you said (({'price'}:{num(amt[0])} pounds)) please say your card number"),
        C(f"[[CARD#c1:{sw(card[:6])}]] [[CARD#c1:{sw(card[6:])}]]"),
        I(f"thank you that card ends in [[CARD/p:{sw(card[12:])}]] now say the expiry month and year"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        I("please say the three digit security code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        I("and the postcode of your billing address"),
        C(f"[[POSTCODE:{pc_s(pc)}]]"),
        I(f"thank you your donation reference is (({'other'}:{sw(ref)})) to add gift aid press "
          "one to speak to someone press zero"),
        C("zero"),
        A("hello sankofa radio [[NAME:kojo]] speaking"),
        C("[[NAME:kojo]] my brother i just donated on the machine i want to send a shout out to "
          "my mother she is listening in tema"),
        A("ah nice what's her name"),
        C("auntie [[NAME:efua]] and tell her her son [[NAME:kwesi]] says happy birthday"),
        A("no problem we'll read it before the ((time:eight o'clock)) news"),
        C("medaase"),
    ]


@case
def county_cricket_members_cardiff(g):
    # Welsh member renewing, over-65 rate checked against DOB, card, address change
    mem = g.dig(6, lead=True)
    d, mo, yr = g.dob(1941, 1958)
    house = g.house(1, 90)
    pc = g.ukpc("cardiff")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    full = g.money(240, 300, pence=False)
    senior = g.money(150, 200, pence=False)
    return "transcript", [
        A("Sophia Gardens membership office, [[NAME:Rhiannon]] speaking."),
        C("Good morning, bach. [[NAME:Emrys Thomas]] here. I'm renewing my membership for the "
          "summer, and I'd like the senior rate this year."),
        A("Of course, Mr [[NAME:Thomas]]. Membership number?"),
        C(f"[[ACCT:{mem}]]."),
        A("And to check the senior rate, your date of birth?"),
        C(f"[[DOB:{d} {MONTHS[mo - 1].title()} {yr}]]. I've been a member since "
          "((year:1974)), mind."),
        A(f"That's loyalty! So it's (({'price'}:\u00a3{senior[0]})) instead of "
          f"(({'price'}:\u00a3{full[0]})). Is the address still the same?"),
        C(f"No, we've moved to be nearer the grandchildren. [[ADDRESS:{house} Heol Llanishen "
          f"Fach, Rhiwbina]], [[POSTCODE:{pc_t(pc)}]]."),
        A("Lovely. Card?"),
        C(f"[[CARD#c1:{card[:4]}]]... [[CARD#c1:{card[4:8]}]]... it's small print, this... "
          f"[[CARD#c1:{card[8:12]}]]... [[CARD#c1:{card[12:]}]]."),
        A(f"Expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("And the three on the back?"),
        C(f"[[CVV:{cvv}]]."),
        A("That's all renewed. The first home game is Easter Monday, ((time:11 o'clock)) "
          "start."),
        C("I'll be there with my flask. Diolch yn fawr."),
    ]


@case
def bhangra_bollywood_vancouver(g):
    # Singaporean caller in Vancouver buying tickets, postal code, e-mail, card in halves
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    pc = g.capc("vancouver")
    price = g.money(70, 120, pence=False)
    day = g.n(1, 28)
    mail = g.n(10, 99)
    return "asr", [
        A("hi you've reached bollywood nights vancouver box office [[NAME:simrat]] speaking"),
        C("hello can i buy two tickets for the show at the queen elizabeth theatre"),
        A(f"for the (({'date'}:{ORD[day]} of july)) yes the orchestra seats are "
          f"(({'price'}:{num_us(price[0])} dollars)) each"),
        C("orchestra is the one in front is it"),
        A("yeah downstairs closest to the stage"),
        C("okay lah take two"),
        A("name on the booking"),
        C("[[NAME:chua mei xin]] [[NAME:c h u a]]"),
        A("thanks card number"),
        C(f"[[CARD#c1:{sw(card[:8])}]]"),
        A("mm-hmm"),
        C(f"[[CARD#c1:{sw(card[8:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        A("cvc"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("billing postal code"),
        C(f"[[POSTCODE:{pc_s(pc)}]]"),
        A("and email for the tickets"),
        C(f"[[EMAIL:meixin chua {num(mail)} at hotmail dot com]]"),
        A("you're all set doors at ((time:seven)) show at ((time:seven thirty))"),
        C("thank you so much"),
    ]


@case
def spice_order_perth_durban_caller(g):
    # South African Indian caller in Perth, bulk spices for a Durban curry stall
    house = g.house(1, 99)
    pc = g.aupc("wa")
    phone = g.phone("au_mob")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    kg = g.n(5, 12)
    tot = g.money(150, 320)
    return "transcript", [
        A("Spice Trader Osborne Park, [[NAME:Anjali]] speaking."),
        C("Hello, [[NAME:Anjali]]. It's [[NAME:Vinesh Naidoo]]. I run the Durban curry stall at "
          "the Fremantle markets. I need my usual order, but more."),
        A(f"Hi [[NAME:Vinesh]]! The Durban masala, ((quantity:{kg} kilos))?"),
        C(f"Make it ((quantity:{kg + 3} kilos)). And the Kashmiri chilli, and the bunny chow "
          "bread, you can get it now-now?"),
        A("The bread we can't do, sorry, but the spices, yes."),
        C("Shame. Okay, just the spices."),
        A(f"That's (({'price'}:${tot[0]}.{tot[1]:02d})) with delivery. To the stall or home?"),
        C(f"Home. [[ADDRESS:{house} Scarborough Beach Road, Mount Hawthorn]], "
          f"[[POSTCODE:{pc}]]."),
        A("And a mobile for the driver?"),
        C(f"[[PHONE:{phone[:4]} {phone[4:7]} {phone[7:]}]]."),
        A("Card?"),
        C(f"[[CARD#c1:{card[:4]}-{card[4:8]}]]..."),
        A("Go on."),
        C(f"[[CARD#c1:{card[8:12]}-{card[12:]}]], expiry [[EXPIRY:{m:02d}/{y % 100:02d}]], "
          f"code [[CVV:{cvv}]]."),
        A(f"Done. Delivery Thursday between ((time:1 and 4))."),
        C("Lekker. Thanks, hey."),
    ]


@case
def kilt_hire_edinburgh(g):
    # Scottish caller hiring kilts for a wedding party, measurements and deposit
    house = g.house(1, 120)
    pc = g.ukpc("edinburgh")
    phone = g.phone("uk", "edinburgh")
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    waist = g.n(32, 44)
    hire = g.money(70, 110, pence=False)
    return "asr", [
        A("good afternoon tartan and thistle kilt hire [[NAME:fraser]] speaking"),
        C("aye hiya i'm after hiring kilts for my son's wedding ((count:five)) of us"),
        A(f"lovely that's (({'price'}:{num(hire[0])} pound)) each for the full outfit what "
          "tartan are you after"),
        C("the family's a [[NAME:macleod]] but we're no fussy the grey one looks smart"),
        A("the grey granite's very popular i'll need measurements for each of you"),
        C(f"i've got mine ((quantity:{num(waist)} inch)) waist and ((quantity:six foot one))"),
        A("grand get the others to pop in for a fitting can i take a deposit to hold them"),
        C(f"aye card's [[CARD#c1:{sw(card[:4])} {sw(card[4:8])}]] eh "
          f"[[CARD#c1:{sw(card[8:12])} {sw(card[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{sw(str(m))} {sp(str(y))}]]"),
        A("and security number"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("your name"),
        C("[[NAME:hamish macleod]]"),
        A("and address"),
        C(f"[[ADDRESS:{num(house)} easter road]] [[POSTCODE:{pc_s(pc)}]]"),
        A("and a number"),
        C(f"[[PHONE:{sw(phone[:4])} {sw(phone[4:7])} {sw(phone[7:])}]]"),
        A("that's you booked pick up the thursday before"),
        C("champion cheers pal"),
    ]


@case
def braiding_dublin(g):
    # Nigerian caller in Dublin, braids appointment, Eircode and Irish mobile, card deposit
    eir = g.eircode("D15")
    phone = g.phone("ie")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    dep = g.money(20, 40, pence=False)
    full = g.money(150, 260, pence=False)
    house = g.house(1, 90)
    return "transcript", [
        A("Good morning, Naija Braids Blanchardstown, [[NAME:Chioma]] speaking."),
        C("Good morning, [[NAME:Chioma]]! My name is [[NAME:Adaeze Nwankwo]]. I want to book "
          "French curls, long, for next Friday."),
        A(f"French curls long is (({'price'}:\u20ac{full[0]})) and takes about "
          "((duration:five hours)). We can start at ((time:9)) on Friday."),
        C("Ehn, nine is fine. My husband will drop me."),
        A(f"There's a (({'price'}:\u20ac{dep[0]})) deposit. Can I take your card?"),
        C(f"Yes. [[CARD#c1:{card[:4]}]] [[CARD#c1:{card[4:8]}]] [[CARD#c1:{card[8:12]}]] "
          f"[[CARD#c1:{card[12:]}]]."),
        A(f"Expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("The three numbers at the back?"),
        C(f"[[CVV:{cvv}]]."),
        A("And your address and Eircode for the booking?"),
        C(f"[[ADDRESS:{house} Hansfield Road, Ongar, Dublin 15]], [[POSTCODE:{eir[0]} {eir[1]}]]."),
        A("Mobile?"),
        C(f"[[PHONE:{phone[:3]} {phone[3:6]} {phone[6:]}]]."),
        A("All booked. Please come with your hair washed."),
        C("No wahala. Thank you, my sister."),
    ]


@case
def church_hall_transfer_birmingham(g):
    # Jamaican church secretary paying a hall deposit by bank transfer, hall's details given
    sort = g.dig(6)
    acct = g.dig(8, lead=True)
    ref = "HB" + g.dig(4, lead=True)
    phone = g.phone("uk", "birmingham")
    dep = g.money(100, 200, pence=False)
    day = g.n(1, 28)
    return "asr", [
        A("good morning st barnabas community hall bookings [[NAME:pauline]] speaking"),
        C("morning [[NAME:pauline]] it's sister [[NAME:hyacinth]] from new testament church of "
          "god lozells we booked the hall for the harvest supper"),
        A(f"oh yes the (({'date'}:{ORD[day]} of october)) you still need to pay the deposit "
          f"(({'price'}:{num(dep[0])} pounds))"),
        C("yes the treasurer wants to do bank transfer not card so what are the details"),
        A(f"sort code [[ACCT:{sp(sort)}]] account number [[ACCT:{sw(acct)}]]"),
        C(f"let me read it back sort code [[ACCT:{sw(sort)}]] account [[ACCT:{sp(acct)}]]"),
        A(f"that's right and use [[ACCT:h b {sw(ref[2:])}]] as the reference that's your "
          "booking number"),
        C("and the name on the account"),
        A("st barnabas parochial church council"),
        C("lawd that's a long one okay"),
        A("what's your surname sister [[NAME:hyacinth]]"),
        C("[[NAME:mcfarlane]] [[NAME:m c f a r l a n e]]"),
        A("and best number"),
        C(f"[[PHONE:{sw(phone[:4])} {sw(phone[4:7])} {sw(phone[7:])}]] that's the church office"),
        A("lovely the hall's yours from ((time:four)) for setting up"),
        C("bless you we'll save you some curry goat"),
    ]


@case
def school_fees_gujarat_leicester(g):
    # Indian caller in Leicester paying a Gujarat school; NI number and DOB to verify, +91 phone
    ni = g.ni()
    d, mo, yr = g.dob(1965, 1990)
    rphone = g.phone("in")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    amt = g.money(500, 1500, pence=False)
    rupees = amt[0] * g.n(100, 110)
    txn = g.not_luhn(14)
    return "transcript", [
        A("Good afternoon, Sangam Money Transfers, [[NAME:Riya]] speaking."),
        C("Namaste, [[NAME:Riya]]. I am [[NAME:Hasmukh Parmar]]. I want to send my nephew's "
          "school fees to Anand."),
        A("Namaste. Since it's over the limit, I need to verify you. National Insurance number, "
          "please."),
        C(f"[[SSN:{ni[:2]} {ni[2:8]} {ni[8]}]]."),
        A("And date of birth?"),
        C(f"[[DOB:{d:02d}/{mo:02d}/{yr}]]."),
        A(f"Thank you. How much?"),
        C(f"(({'price'}:\u00a3{amt[0]:,})). They want it in rupees, around "
          f"(({'price'}:\u20b9{rupees:,}))."),
        A("Who receives it?"),
        C(f"My brother, [[NAME:Jignesh Parmar]]. His number, "
          f"[[PHONE:+{rphone[:2]} {rphone[2:7]} {rphone[7:]}]]."),
        A(f"Thank you. Card?"),
        C(f"Debit card, [[CARD#c1:{card[:4]}]]... double check... [[CARD#c1:{card[4:8]}]]... "
          f"[[CARD#c1:{card[8:12]}]]... [[CARD#c1:{card[12:]}]]."),
        A(f"Expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("CVV?"),
        C(f"[[CVV:{cvv}]]."),
        A(f"Processed. The transaction reference is (({'other'}:{txn})). He'll get an SMS in "
          "((duration:about an hour))."),
        C("Very good. Please do the needful if any problem comes."),
    ]


@case
def phone_repair_ivr_cardiff(g):
    # Welsh caller checks a repair by IVR, then an agent about collection
    job = g.dig(6, lead=True)
    pc = g.ukpc("cardiff")
    phone = g.phone("uk", "cardiff")
    cost = g.money(45, 110, pence=False)
    return "asr", [
        I("croeso welcome to city road phone repairs for repair updates press one"),
        C("one"),
        I("please key or say your six digit job number"),
        C(f"[[ACCT:{sw(job[:3])} {sw(job[3:])}]]"),
        I("please say the postcode we have for you"),
        C(f"[[POSTCODE:{pc_s(pc)}]]"),
        I(f"your repair is complete and ready to collect the amount to pay is "
          f"(({'price'}:{num(cost[0])} pounds)) opening hours are ((time:ten till six)) to speak "
          "to the shop press zero"),
        C("zero"),
        A("city road phones [[NAME:jamal]] speaking"),
        C("hiya it's [[NAME:ceri]] i've just had the message my phone's ready can my boyfriend "
          "pick it up i'm in work till late"),
        A("yeah he'll just need the job number and some id what's his name"),
        C("[[NAME:liam]] [[NAME:liam o'shea]]"),
        A("and a number for him in case"),
        C(f"[[PHONE:{sw(phone[:3])} {sw(phone[3:7])} {sw(phone[7:])}]]"),
        A("lush i'll put a note on it"),
        C("diolch you're a star"),
    ]


@case
def tiffin_houston(g):
    # Pakistani caller starting a halal tiffin plan for elderly parents, address, Discover card
    house = g.house(1000, 19999)
    zipc = g.zip("tx")
    phone = g.phone("us", "tx")
    card = g.card("disc")
    m, y = g.expiry()
    cvv = g.cvv()
    monthly = g.money(280, 420, pence=False)
    return "transcript", [
        A("Thank you for calling Dastarkhwan Tiffins, this is [[NAME:Sana]]."),
        C("Assalam o alaikum, [[NAME:Sana]]. My parents just moved here from Karachi, and my "
          "mother can't cook every day now. I want the tiffin for them."),
        A(f"Walaikum assalam. The two-person plan is (({'price'}:${monthly[0]} a month)), lunch "
          "only, ((count:six)) days a week."),
        C("That's fine. Less salt for my father, please, he is diabetic."),
        A("We have a low-salt option. The delivery address?"),
        C(f"[[ADDRESS:{house} Bissonnet Street, Apt {g.n(100, 399)}, Houston]] "
          f"[[POSTCODE:{zipc}]]."),
        A("Who should the driver call?"),
        C(f"My father, Mr [[NAME:Iqbal Siddiqui]], [[PHONE:{phone[:3]} {phone[3:6]} "
          f"{phone[6:]}]]. His English is okay, but speak slowly."),
        A("Of course. And the card?"),
        C(f"[[CARD#c1:{card[:4]} {card[4:8]}]]... [[CARD#c1:{card[8:12]} {card[12:]}]]."),
        A(f"Expiry and CVV?"),
        C(f"[[EXPIRY:{m:02d}/{y}]] and [[CVV:{cvv}]]."),
        A("Thank you. First delivery Monday, between ((time:11:30 and 1))."),
        C("JazakAllah. My mother will be happy."),
    ]


@case
def student_ball_aberdeen(g):
    # Ghanaian student buying African-Caribbean Society ball tickets, e-mail and card
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    price = g.money(30, 48, pence=False)
    sid = g.dig(8, lead=True)
    mail = g.n(10, 99)
    return "asr", [
        A("hiya aberdeen university students association tickets [[NAME:kirsty]] speaking"),
        C("hello good afternoon i want to buy tickets for the afro caribbean society ball"),
        A(f"yep they're (({'price'}:{num(price[0])} pound)) each or a table of "
          "((count:ten)) how many"),
        C("((count:three)) for me and two friends"),
        A("student number"),
        C(f"[[ACCT:{sw(sid[:2])} {sw(sid[2:5])} {sw(sid[5:])}]]"),
        A("and name"),
        C("[[NAME:kwame adjei-mensah]]"),
        A("card number"),
        C(f"[[CARD#c1:{sw(card[:4])}]]"),
        A("aye"),
        C(f"[[CARD#c1:{sw(card[4:8])}]]"),
        A("aye"),
        C(f"[[CARD#c1:{sw(card[8:12])}]]"),
        A("aye"),
        C(f"[[CARD#c1:{sw(card[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{num(m)} {num(y % 100)}]]"),
        A("and three digit code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("and an email for the tickets"),
        C(f"[[EMAIL:kwame a m {num(mail)} at gmail dot com]]"),
        A("done enjoy the ball"),
        C("thank you very much"),
    ]


@case
def tutoring_cork(g):
    # Indian-Irish parent in Cork booking Leaving Cert grinds, child's DOB, Eircode, card
    kid = g.dob(2007, 2009)
    eir = g.eircode("T12")
    phone = g.phone("ie")
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    fee = g.money(35, 55, pence=False)
    return "transcript", [
        A("Lee Valley Grinds, [[NAME:Orla]] speaking."),
        C("Hello, [[NAME:Orla]]. I'm [[NAME:Meenakshi Iyer]]. My son is doing the Leaving Cert "
          "next June, and he needs grinds in higher level maths."),
        A(f"No problem. Grinds are (({'price'}:\u20ac{fee[0]})) for ((duration:an hour)). "
          "What's his name and date of birth?"),
        C(f"[[NAME:Karthik]]. [[DOB:{kid[0]} {MONTHS[kid[1] - 1].title()} {kid[2]}]]."),
        A("And your Eircode, so we can match him with a tutor nearby?"),
        C(f"[[POSTCODE:{eir[0]} {eir[1]}]]. We are in Ballincollig."),
        A("Grand. A mobile for you?"),
        C(f"[[PHONE:{phone[:3]} {phone[3:6]} {phone[6:]}]]."),
        A("We take the first ((count:four)) grinds up front."),
        C(f"Okay. [[CARD#c1:{card[:4]}]], [[CARD#c1:{card[4:8]}]], [[CARD#c1:{card[8:12]}]], "
          f"[[CARD#c1:{card[12:]}]]."),
        A(f"Expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("Security code?"),
        C(f"[[CVV:{cvv}]]."),
        A("Lovely. [[NAME:Declan]] will ring you tonight about times."),
        C("Thank you so much, [[NAME:Orla]]."),
    ]


@case
def minicab_ivr_toronto(g):
    # Jamaican caller books an airport car through an IVR, agent adds a child seat
    acct = g.dig(6, lead=True)
    phone = g.phone("ca", "toronto")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    fare = g.money(55, 90, pence=False)
    flight = g.dig(3, lead=True)
    seat = g.n(8, 15)
    return "asr", [
        I("welcome to kingsway cars toronto if you have an account say or enter your account "
          "number otherwise say new booking"),
        C(f"[[ACCT:{sp(acct)}]]"),
        I(f"thank you you're calling from [[PHONE:{sw(phone[:3])} {sw(phone[3:6])} "
          f"{sw(phone[6:])}]] is this the pickup phone"),
        C("yes"),
        I("please say your destination"),
        C("pearson airport terminal three"),
        I(f"the fixed fare is (({'price'}:{num_us(fare[0])} dollars)) please say the pickup "
          "time"),
        C(f"((time:five forty five)) in the morning"),
        I("to pay now say or enter your card number"),
        C(f"[[CARD:{sw(card[:4])} {sw(card[4:8])} {sw(card[8:12])} {sw(card[12:])}]]"),
        I("and the expiry"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        I("and the security code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        I("your ride is booked to add a note for the driver press zero"),
        C("zero"),
        A("kingsway cars [[NAME:gurjit]] speaking"),
        C("yes mi need a car seat for mi grandbaby she's ((other:two))"),
        A(f"no problem i'll add a toddler seat there's a (({'price'}:{num_us(seat)} dollar)) "
          "charge is that okay"),
        C("yes man that's fine mi flight is "
          f"((flight_number:a c {sp(flight, odd_first=True)})) to kingston"),
        A("noted safe travels"),
    ]


@case
def radio_pledge_melbourne(g):
    # Indian caller in Melbourne pledging to a community radio appeal, card in two pieces
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    house = g.house(1, 200)
    pc = g.aupc("vic")
    phone = g.phone("au_mob")
    amt = g.money(20, 100, pence=False)
    return "transcript", [
        A("Good evening, Desi FM Melbourne appeal line, [[NAME:Ramesh]] speaking."),
        C("Namaste, [[NAME:Ramesh]] ji. I listen to your Sunday bhajan programme. I want to "
          "donate for the new studio."),
        A(f"Thank you so much! How much would you like to give?"),
        C(f"(({'price'}:${amt[0]})), and next month also the same."),
        A("We can make it monthly. May I have your name?"),
        C("[[NAME:Kamala Subramaniam]]."),
        A("Address, for the tax receipt?"),
        C(f"[[ADDRESS:{house} Sydney Road, Brunswick]], [[POSTCODE:{pc}]]."),
        A("And the card?"),
        C(f"[[CARD#c1:{card[:8]}]]... wait, I'm reading again... [[CARD#c1:{card[8:]}]]."),
        A(f"Thank you. Expiry and CVV?"),
        C(f"Expiry [[EXPIRY:{m:02d}/{y % 100:02d}]], CVV [[CVV:{cvv}]]."),
        A("And a phone number?"),
        C(f"[[PHONE:{phone[:4]} {phone[4:7]} {phone[7:]}]]."),
        A("Thank you, [[NAME:Kamala]] ji. Donations over ((price:$2)) are tax deductible."),
        C("Very good. Please play Raghupati Raghava on Sunday."),
    ]


@case
def football_upgrade_aberdeen(g):
    # Scottish caller upgrading a season ticket to hospitality, DOB, card
    d, mo, yr = g.dob(1960, 1980)
    mem = g.dig(6, lead=True)
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    diff = g.money(200, 400, pence=False)
    return "asr", [
        A("good morning pittodrie ticket office [[NAME:callum]] speaking"),
        C("aye morning i want to upgrade my season ticket to the hospitality "
          "it's my big birthday this year"),
        A("happy birthday what's your supporter number"),
        C(f"[[ACCT:{sw(mem)}]]"),
        A("and your date of birth"),
        C(f"[[DOB:{ORD[d]} {MONTHS[mo - 1]} {yw(yr)}]]"),
        A(f"[[NAME:douglas reid]] aye the difference for the rest of the season is "
          f"(({'price'}:{num(diff[0])} pound)) that includes a three course meal before each "
          "home game"),
        C("the wife'll kill me but go on"),
        A("card"),
        C(f"[[CARD#c1:{sw(card[:4])}]] [[CARD#c1:{sw(card[4:8])}]]"),
        A("aye"),
        C(f"[[CARD#c1:{sw(card[8:12])}]] [[CARD#c1:{sw(card[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        A("security code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("that's you upgraded kick off's ((time:three o'clock)) lunch from ((time:twelve))"),
        C("magic cheers son"),
    ]


@case
def afrobeats_refund_minneapolis(g):
    # Nigerian caller asking for a refund of a cancelled show, last four and e-mail
    order = g.dig(9, lead=True)
    card4 = g.dig(4)
    amt = g.money(120, 300)
    mail = g.n(10, 99)
    issued = g.n(2, 27)
    return "transcript", [
        A("Thank you for calling NaijaWave Concerts, this is [[NAME:Megan]]."),
        C("Good afternoon, [[NAME:Megan]]. The show at the Armory was cancelled, and I have not "
          "seen my refund. It's been ((duration:three weeks))."),
        A("I'm sorry about that. Can I have the order number?"),
        C(f"[[ACCT:{order[:3]}-{order[3:6]}-{order[6:]}]]."),
        A("And the name on the order?"),
        C("[[NAME:Ifeanyi Okoro]]."),
        A(f"I see it. A refund of (({'price'}:${amt[0]}.{amt[1]:02d})) was issued to the card "
          f"ending [[CARD/p:{card4}]] on the (({'date'}:{th(issued)})). Sometimes banks take a "
          "few days."),
        C("Ehn, that card ending is correct. Let me check again. Can you send me the proof?"),
        A("Of course, to which e-mail?"),
        C(f"[[EMAIL:ifeanyi.okoro{mail}@gmail.com]]."),
        A("Sent. If you don't see it in ((duration:five business days)), call us back."),
        C("Thank you. God bless."),
    ]


@case
def caribbean_grocer_brixton(g):
    # Jamaican caller ordering a Christmas hamper, address and card in asr style
    house = g.house(1, 200)
    pc = g.ukpc("london")
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    hamper = g.money(60, 120, pence=False)
    return "asr", [
        A("good afternoon brixton village caribbean foods [[NAME:marlon]] speaking"),
        C("afternoon [[NAME:marlon]] mi want to order the christmas hamper the big one with the "
          "sorrel and the black cake"),
        A(f"the deluxe one (({'price'}:{num(hamper[0])} pounds)) yes we've got a few left"),
        C("put one aside for mi and mi want it delivered to mi sister"),
        A("no problem what's her address"),
        C(f"[[ADDRESS:{num(house)} railton road]] [[POSTCODE:{pc_s(pc)}]] her name is "
          "[[NAME:beverley]] [[NAME:beverley gayle]]"),
        A("and your name"),
        C("[[NAME:lorna gayle]]"),
        A("card number"),
        C(f"[[CARD#c1:{sw(card[:4])} {sw(card[4:8])}]] hold on mi reading glasses "
          f"[[CARD#c1:{sw(card[8:12])} {sw(card[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{num(m)} {num(y % 100)}]]"),
        A("and the code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("lovely it'll go out on the ((date:twenty second))"),
        C("nice one merry christmas"),
    ]


@case
def kente_fabric_new_york(g):
    # Ghanaian caller ordering kente for a graduation, phone, ZIP, e-mail, card
    zipc = g.zip("ny")
    phone = g.phone("us", "ny")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    stoles = g.n(4, 12)
    each = g.money(25, 45, pence=False)
    return "transcript", [
        A("Adinkra House, Bronx, this is [[NAME:Nana]]."),
        C("Good morning, [[NAME:Nana]]. My name is [[NAME:Esi Quartey]]. I want kente stoles for "
          "my daughter's graduation, and her friends also."),
        A(f"Lovely. How many stoles?"),
        C(f"((quantity:{num(stoles).title()} stoles)). The graduation is in May."),
        A(f"They're (({'price'}:${each[0]})) each with the class year woven in. Which year?"),
        C("((year:2026)). Class of twenty-six."),
        A("Card?"),
        C(f"[[CARD#c1:{card[:4]}]] [[CARD#c1:{card[4:8]}]]... [[CARD#c1:{card[8:12]}]] "
          f"[[CARD#c1:{card[12:]}]]."),
        A(f"Expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("CVV?"),
        C(f"[[CVV:{cvv}]]."),
        A("Billing ZIP?"),
        C(f"[[POSTCODE:{zipc}]]."),
        A("Phone and e-mail?"),
        C(f"[[PHONE:{phone[:3]}-{phone[3:6]}-{phone[6:]}]], "
          f"[[EMAIL:esi.quartey@gmail.com]]."),
        A("Thank you. They'll be ready in ((duration:two weeks))."),
        C("Medaase."),
    ]


@case
def mehndi_artist_adelaide(g):
    # Indian caller booking a bridal mehndi artist in Adelaide, phone, e-mail, deposit
    phone = g.phone("au_mob")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    dep = g.money(100, 200, pence=False)
    day = g.n(1, 28)
    return "asr", [
        A("hi glow threading and mehndi adelaide [[NAME:harpreet]] speaking"),
        C("hello [[NAME:harpreet]] i want to book bridal mehndi for my daughter's wedding"),
        A(f"congratulations which date"),
        C(f"(({'date'}:{ORD[day]} of november)) the sangeet is the night before"),
        A("bridal full hands and feet takes ((duration:five to six hours)) so we'd come "
          "at ((time:ten)) in the morning"),
        C("okay and my sisters also want simple designs maybe ((count:six)) ladies"),
        A(f"we can do that the deposit is (({'price'}:{num(dep[0])} dollars)) name please"),
        C("[[NAME:neelam chopra]]"),
        A("mobile"),
        C(f"[[PHONE:{sw(phone[:4])} {sw(phone[4:7], dbl=True)} {sw(phone[7:], dbl=True)}]]"),
        A("email"),
        C("[[EMAIL:neelam chopra at bigpond dot com]]"),
        A("and card for the deposit"),
        C(f"[[CARD#c1:{sw(card[:4], dbl=True)} {sw(card[4:8], dbl=True)}]] "
          f"[[CARD#c1:{sw(card[8:12], dbl=True)} {sw(card[12:], dbl=True)}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        A("cvv"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("you're booked we'll do a trial a week before"),
        C("thank you so much beta"),
    ]


@case
def gurdwara_hall_glasgow(g):
    # Scottish Sikh caller hiring a gurdwara hall for a 21st birthday path and langar
    house = g.house(1, 150)
    pc = g.ukpc("glasgow")
    phone = g.phone("uk")
    don = g.money(101, 251, pence=False)
    day = g.n(1, 28)
    return "transcript", [
        A("Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh. Central Gurdwara, [[NAME:Manpreet]] "
          "speaking."),
        C("Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh. Aye, hiya. It's [[NAME:Jasvir Singh "
          "Sandhu]]. I'm wanting the wee hall for an Akhand Path for my daughter's birthday."),
        A(f"Which weekend?"),
        C(f"Starting Friday the (({'date'}:{th(day)})), bhog on the Sunday morning."),
        A("That's free. How many for langar on the Sunday?"),
        C("((count:About 150)), give or take."),
        A("Fine. Your address for the booking form?"),
        C(f"[[ADDRESS:{house} Albert Road, Crosshill]], [[POSTCODE:{pc_t(pc)}]]."),
        A("Phone?"),
        C(f"[[PHONE:{phone[:5]} {phone[5:8]} {phone[8:]}]]."),
        A("And e-mail?"),
        C("[[EMAIL:jasvir.sandhu@btinternet.com]]."),
        A(f"No hire charge. Most families give around (({'price'}:\u00a3{don[0]})) to the "
          "langar fund, but it's up to you."),
        C("Nae bother, we'll do that on the day."),
        A("The sevadars start the path at ((time:9 a.m.)) on the Friday."),
        C("Thank you, bhenji."),
    ]


@case
def boarding_fees_johannesburg(g):
    # South African caller in London paying a Johannesburg boarding school by card
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    phone = g.phone("uk")
    kid = g.dob(2008, 2012)
    fees = g.money(1500, 3500, pence=False)
    ref = "ST" + g.dig(5, lead=True)
    return "asr", [
        A("good afternoon highveld college bursary office london desk [[NAME:lerato]] speaking"),
        C("hi [[NAME:lerato]] it's [[NAME:johan pretorius]] i want to pay my son's boarding fees "
          "for next term"),
        A("lekker what's the student reference"),
        C(f"[[ACCT:s t {sw(ref[2:])}]]"),
        A("and his date of birth just to check it's the right [[NAME:pretorius]]"),
        C(f"[[DOB:{ORD[kid[0]]} {MONTHS[kid[1] - 1]} {yw(kid[2])}]]"),
        A(f"thanks the term fee in pounds is (({'price'}:{num(fees[0])} pounds))"),
        C("ja that's what i was expecting"),
        A("card number"),
        C(f"[[CARD#c1:{sw(card[:4])}]] [[CARD#c1:{sw(card[4:8])}]] [[CARD#c1:{sw(card[8:12])}]] "
          f"[[CARD#c1:{sw(card[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        A("cvv"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("and a uk number in case the bank calls"),
        C(f"[[PHONE:{sw(phone[:5])} {sw(phone[5:])}]]"),
        A("done he's all paid up for the term"),
        C("shot thanks"),
    ]


@case
def phone_repair_sydney_business(g):
    # Singaporean business owner in Sydney, repair for staff phones, ABN look-alike, card
    abn = g.dig(11, lead=True)
    card = g.card("amex")
    m, y = g.expiry()
    cid = g.cvv(4)
    phones = g.n(3, 6)
    each = g.money(120, 200, pence=False)
    return "transcript", [
        A("Circular Quay Phone Doctor, [[NAME:Liam]] speaking."),
        C("Hi [[NAME:Liam]], I'm [[NAME:Ong Boon Huat]] from Makan Place restaurant. Our staff "
          f"phones all dropped in the wash-up sink, ((count:{phones})) phones."),
        A("Ouch. All water damage?"),
        C("Yes lah, all wet. How much to fix?"),
        A(f"Water damage clean-up is (({'price'}:${each[0]})) each, no fix, no fee."),
        C(f"Okay. Invoice to the business, ABN (({'other'}:{grp(abn, [2, 3, 3, 3])}))."),
        A("Got it. Card to pay on pickup, or now?"),
        C(f"Now can. Amex, [[CARD:{card[:4]} {card[4:10]} {card[10:]}]]."),
        A(f"Expiry and the four-digit code?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]], [[CVV:{cid}]]."),
        A("Thanks. Bring them in rice-free, please, and we'll have them back in ((duration:48 "
          "hours))."),
        C("Okay, thank you ah."),
    ]


@case
def meal_prep_cardiff(g):
    # Welsh-Bangladeshi caller changing a curry meal-prep delivery, address, card restart
    house = g.house(1, 180)
    pc = g.ukpc("cardiff")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    weekly = g.money(40, 70, pence=False)
    return "asr", [
        A("hiya spice box cardiff [[NAME:rhys]] speaking"),
        C("hiya [[NAME:rhys]] it's [[NAME:shanaz begum]] i've moved house so the boxes need to go "
          "somewhere else now"),
        A("no worries what's the new address"),
        C(f"[[ADDRESS:{num(house)} cowbridge road east canton]] [[POSTCODE:{pc_s(pc)}]]"),
        A("lovely and i see your card payment bounced last week"),
        C("yeah new bank new card as well"),
        A("go on then"),
        C(f"[[CARD#c1/x:{sw(card[:4])} {sw(card[4:6])}]] oh no hang on that's the old one "
          f"again sorry [[CARD#c1:{sw(card[:4])}]]"),
        A("right"),
        C(f"[[CARD#c1:{sw(card[4:8])} {sw(card[8:12])} {sw(card[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {sw('%02d' % (y % 100))}]]"),
        A("cvv"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A(f"tidy so it's (({'price'}:{num(weekly[0])} pound)) a week same as before boxes come "
          "wednesday"),
        C("lush ta [[NAME:rhys]]"),
    ]


@case
def student_union_toronto(g):
    # Pakistani student in Toronto, union health plan opt-out, DOB, student number, e-mail
    sid = g.dig(9, lead=True)
    d, mo, yr = g.dob(2000, 2005)
    refund = g.money(200, 350)
    deadline = g.n(15, 30)
    return "transcript", [
        A("University Students' Union, health plan office, [[NAME:Emily]] speaking."),
        C("Hi [[NAME:Emily]]. I'm [[NAME:Hira Baig]], I'm an international student. My father's "
          "company covers me, so I want to opt out of the union health plan."),
        A("Sure. You'll need to show proof of other coverage. Student number?"),
        C(f"[[ACCT:{sid}]]."),
        A("Date of birth?"),
        C(f"[[DOB:{yr}-{mo:02d}-{d:02d}]]."),
        A(f"Thanks. Once approved, you'll get (({'price'}:${refund[0]}.{refund[1]:02d})) back on "
          "your student account."),
        C("How long does it take?"),
        A(f"About ((duration:four to six weeks)). The deadline is ((date:September {th(deadline)})), so "
          "you're fine."),
        C("Okay. Where do I send the insurance letter?"),
        A("Upload it on the portal, and e-mail us if there's a problem."),
        C("And you'll reply to [[EMAIL:hira.baig@mail.utoronto.ca]]?"),
        A("Yes, to your university address."),
        C("Thank you so much!"),
    ]


@case
def exam_resit_manchester(g):
    # Nigerian caller paying for a resit, candidate number, DOB, card in pieces
    cand = g.dig(4, lead=True)
    centre = g.dig(5, lead=True)
    d, mo, yr = g.dob(1990, 2004)
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    fee = g.money(90, 160, pence=False)
    return "asr", [
        A("good morning northwest exam centre [[NAME:hayley]] speaking"),
        C("good morning i want to pay for my resit the english exam for my nursing registration"),
        A("okay what's your candidate number"),
        C(f"[[ACCT:{sw(cand)}]] and the centre number is (({'other'}:{sw(centre)}))"),
        A("and your name and date of birth"),
        C(f"[[NAME:blessing adeyemi-cole]] [[DOB:{sw('%02d' % d)} {sw('%02d' % mo)} {yw(yr)}]]"),
        A(f"thank you the resit fee is (({'price'}:{num(fee[0])} pounds)) card number please"),
        C(f"[[CARD#c1:{sw(card[:4])}]]"),
        A("yes"),
        C(f"[[CARD#c1:{sw(card[4:8])}]] abeg wait [[CARD#c1:{sw(card[8:12])}]]"),
        A("yep"),
        C(f"[[CARD#c1:{sw(card[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{sw(str(m))} {sp(str(y))}]]"),
        A("and security code"),
        C(f"[[CVV:{sw(cvv)}]]"),
        A("paid your resit is on the ((date:fourteenth)) at ((time:nine thirty)) bring photo id"),
        C("thank you so much god bless"),
    ]


@case
def minicab_account_ivr_sydney(g):
    # Indian caller with a minicab account in Sydney, IVR top-up, then agent for a receipt
    acct = g.dig(7, lead=True)
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    amt = g.money(100, 300, pence=False)
    mail = g.n(10, 99)
    return "transcript", [
        I("Welcome to Harbour City Cabs account services. Please enter your account number "
          "followed by the hash key."),
        C(f"[[ACCT:{acct}]]."),
        I(f"Your account balance is (({'price'}:${g.n(1, 30)}.{g.n(10, 99)})). To top up, press "
          "((other:1))."),
        C("((other:1))."),
        I("Enter the top-up amount in dollars."),
        C(f"(({'price'}:{amt[0]}))."),
        I("Enter your card number."),
        C(f"[[CARD:{card}]]."),
        I("Enter the expiry date, month and year."),
        C(f"[[EXPIRY:{m:02d}{y % 100:02d}]]."),
        I("Enter the three-digit security code."),
        C(f"[[CVV:{cvv}]]."),
        I(f"Thank you. Your card ending [[CARD/p:{card[12:]}]] has been charged. Press "
          "((other:0)) to speak to an operator."),
        C("((other:0))."),
        A("Harbour City Cabs, [[NAME:Zoe]] speaking."),
        C("Hi [[NAME:Zoe]], it's [[NAME:Venkatesh Rao]]. I just topped up, but I need the tax "
          "invoice sent to my accountant, kindly."),
        A("Sure, what's the address?"),
        C(f"[[EMAIL:accounts.rao{mail}@outlook.com.au]]."),
        A("Done, it's on its way."),
    ]


@case
def afrobeats_offshore_llanelli(g):
    # Welsh grandmother buys Afrobeats tickets for a grandson; agent in an offshore centre
    card = g.card("visa")
    b = [card[i:i + 4] for i in range(0, 16, 4)]
    m, y = g.expiry()
    cvv = g.cvv()
    phone = g.phone("uk", "cardiff")
    ext = g.dig(3, lead=True)
    price = g.money(45, 75, pence=False)
    return "asr", [
        A("good day thank you for calling rhythm nation tickets my name is [[NAME:sipho]] how may "
          "i assist you today"),
        C("hello love i'm trying to get tickets for my grandson he's mad about this afrobeats "
          "man and they've all gone on the computer"),
        A(f"no problem mama which show is it the cardiff one"),
        C("that's it the one in the castle"),
        A(f"i do have standing tickets available at (({'price'}:{num(price[0])} pounds)) each how "
          "many would you like"),
        C("((count:two)) him and his girlfriend"),
        A("and can i get your full name please"),
        C("[[NAME:megan wyn davies]] mrs"),
        A("thank you mrs [[NAME:davies]] and your card number when you're ready"),
        C(f"[[CARD#c1:{sw(b[0], z='nought')}]]"),
        A("yes"),
        C(f"[[CARD#c1:{sw(b[1], z='nought')}]]"),
        A("yes mama"),
        C(f"[[CARD#c1:{sw(b[2], z='nought')}]] [[CARD#c1:{sw(b[3], z='nought')}]]"),
        A(f"let me just confirm that i have [[CARD:{sw(b[0], z='zero', dbl=True, tpl=True)} "
          f"{sw(b[1], z='zero', dbl=True, tpl=True)} {sw(b[2], z='zero', dbl=True, tpl=True)} "
          f"{sw(b[3], z='zero', dbl=True, tpl=True)}]]"),
        C("i think so love i didn't follow all the doubles but aye"),
        A("and the expiry date"),
        C(f"[[EXPIRY:{MONTHS[m - 1]} {yw(y)}]]"),
        A("and the security code at the back"),
        C(f"[[CVV:{sw(cvv, z='nought')}]]"),
        A("and a contact number in case of any changes"),
        C(f"best is work the library [[PHONE#p1:{sw(phone[:3], z='nought')} "
          f"{sw(phone[3:7], z='nought')} {sw(phone[7:], z='nought')}]] extension "
          f"[[PHONE#p1/x:{sw(ext, z='nought')}]]"),
        A("thank you the tickets will be sent to your mobile via sms is that in order"),
        C("i haven't got a mobile love send them to the library number"),
        A("i'll post them to you instead it takes ((duration:three to five days))"),
        C("lovely diolch you've been very patient"),
    ]


@case
def hair_subscription_manila_houston(g):
    # Nigerian caller in Houston; offshore agent reads the card back block by block
    card = g.card("mc")
    m, y = g.expiry()
    cvv = g.cvv()
    member = "HG" + g.dig(7, lead=True)
    zipc = g.zip("tx")
    monthly = g.money(29, 49)
    txn = g.not_luhn(16)
    return "transcript", [
        A("Thank you for calling Hairglow Box, my name is [[NAME:Joy Anne]], how may I help you "
          "today, ma'am?"),
        C("Good evening. My monthly box did not come, and I see my card was declined."),
        A("I'm so sorry for the inconvenience, ma'am. May I have your membership ID?"),
        C(f"It's [[ACCT:{member}]]."),
        A("Thank you. May I also verify the name on the account?"),
        C("[[NAME:Folasade Akinola]]."),
        A(f"Thank you, Ms. [[NAME:Akinola]]. I see the card on file expired. Would you like to "
          "update it?"),
        C("Yes. Kindly take this one."),
        C(f"[[CARD#c1:{card[:4]} {card[4:8]}]], [[CARD#c1:{card[8:12]} {card[12:]}]]."),
        A(f"Allow me to repeat, ma'am. Block one, [[CARD#c2:{card[:4]}]]. Block two, "
          f"[[CARD#c2:{card[4:8]}]]. Block three, [[CARD#c2:{card[8:12]}]]. Block four, "
          f"[[CARD#c2:{card[12:]}]]. Is that correct?"),
        C("That's correct."),
        A("And the expiration date and the CVV, ma'am?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]], and [[CVV:{cvv}]]."),
        A("And the billing ZIP code?"),
        C(f"[[POSTCODE:{zipc}]]."),
        A(f"Thank you. Your (({'price'}:${monthly[0]}.{monthly[1]:02d})) payment went through, "
          f"transaction reference (({'other'}:{grp(txn, [4, 4, 4, 4])})), and we will reship "
          "your box within ((duration:48 hours))."),
        C("Thank you, [[NAME:Joy Anne]]. Make sure the edge control is inside this time o."),
        A("I'll add a note, ma'am. Is there anything else I can help you with?"),
        C("That's all."),
    ]


@case
def minicab_work_account_oldham(g):
    # Pakistani caller in Oldham; offshore booking agent; "one-one" and "hundred" in numbers
    acct = g.dig(4, lead=True) + "00"
    phone = g.phone("uk", "manchester")
    ext = g.dig(2, lead=True)
    house = g.house(11, 99)
    pc = g.ukpc("oldham")
    fare = g.money(20, 40, pence=False)
    return "asr", [
        A("good morning thank you for calling pennine cars booking desk my name is [[NAME:aira]] "
          "how may i help you"),
        C("salaam good morning i want a car for my father to the hospital the royal oldham on "
          "the works account"),
        A("sure sir may i have the account number"),
        C(f"[[ACCT:{sp(acct[:4])} hundred]] is it"),
        A(f"one moment sir [[ACCT:{sw(acct, z='zero', dbl=True)}]] under the name textile "
          "traders limited is that correct"),
        C("yes that's my company"),
        A("and the passenger name"),
        C("[[NAME:ghulam rasool]] my father"),
        A("the pickup address sir"),
        C(f"[[ADDRESS:{'-'.join(sw(str(house)).split())} werneth hall road]] "
          f"[[POSTCODE:{pc_s(pc)}]]"),
        A("and what time sir"),
        C("((time:quarter to ten)) his appointment is at ((time:ten fifteen))"),
        A(f"okay the fare will be (({'price'}:{num(fare[0])} pounds)) charged to the account "
          "a contact number please"),
        C(f"my office [[PHONE#p1:{sw(phone[:4])} {sw(phone[4:7])} {sw(phone[7:])}]] "
          f"extension [[PHONE#p1/x:{'-'.join(sw(ext).split())}]]"),
        A(f"so that's [[PHONE#p2:{sw(phone[:4], z='zero')} {sw(phone[4:7], z='zero')} "
          f"{sw(phone[7:], z='zero')}]] extension [[PHONE#p2/x:{sw(ext, z='zero', dbl=True)}]]"),
        C("yes correct and tell the driver he walks slowly please wait"),
        A("noted sir the driver will wait ((duration:ten minutes)) free of charge"),
        C("thank you beta"),
    ]


@case
def exam_coaching_hyderabad_desk_nj(g):
    # Indian caller in New Jersey; offshore agent; card in five pieces with a restart
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    enrol = g.dig(8, lead=True)
    fee = g.money(900, 1600, pence=False)
    kid = g.dob(2008, 2010)
    return "asr", [
        A("thank you for calling gurukul test prep this is [[NAME:srikanth]] speaking how can i "
          "help you"),
        C("hello [[NAME:srikanth]] i want to pay the balance for my daughter's jee coaching the "
          "summer batch"),
        A("sure ma'am please tell me the enrolment number"),
        C(f"[[ACCT:{sp(enrol[:4])} {sw(enrol[4:], dbl=True)}]]"),
        A(f"okay [[ACCT:{sw(enrol, z='zero', dbl=True)}]] student name [[NAME:ishita reddy]] "
          "date of birth please for verification"),
        C(f"[[DOB:{ORD[kid[0]]} {MONTHS[kid[1] - 1]} {yw(kid[2])}]]"),
        A(f"thank you ma'am the balance is (({'price'}:{num_us(fee[0])} dollars)) would you like "
          "to pay full or in two installments"),
        C("full only let us finish it"),
        A("okay ma'am card number please"),
        C(f"[[CARD#c1/x:{sw(card[:3])}]] no wait let me start again [[CARD#c1:{sw(card[:3])}]]"),
        A("yes"),
        C(f"[[CARD#c1:{sw(card[3:6], tpl=True, dbl=True)}]]"),
        A("yes ma'am"),
        C(f"[[CARD#c1:{sw(card[6:10], dbl=True)}]] [[CARD#c1:{sw(card[10:13])}]]"),
        A("go ahead"),
        C(f"[[CARD#c1:{sw(card[13:])}]]"),
        A(f"i will repeat ma'am [[CARD:{sw(card[:4], z='zero', dbl=True, tpl=True)} "
          f"{sw(card[4:8], z='zero', dbl=True, tpl=True)} "
          f"{sw(card[8:12], z='zero', dbl=True, tpl=True)} "
          f"{sw(card[12:], z='zero', dbl=True, tpl=True)}]]"),
        C("correct"),
        A("expiry date and cvv"),
        C(f"[[EXPIRY:{sw('%02d' % m)} {num(y % 100)}]] cvv [[CVV:{sw(cvv)}]]"),
        A("payment is successful ma'am the receipt will come to your registered email within "
          "((duration:five minutes))"),
        C("thank you beta all the best"),
    ]


@case
def phone_trade_in_croydon(g):
    # Jamaican-British caller trading in old phones at a repair shop; models, years, battery %
    order = "TR" + g.dig(6, lead=True)
    m1 = str(g.n(11, 13))
    m2 = "A" + str(g.n(30, 55))
    imei = g.not_luhn(15)
    health = g.n(70, 89)
    offer1 = g.money(60, 140, pence=False)
    offer2 = g.money(20, 50, pence=False)
    house = g.house(1, 150)
    pc = g.ukpc("croydon")
    phone = g.phone("uk", "london")
    mail = g.n(10, 99)
    flat = g.n(1, 9)
    new_house = g.n(100, 240)
    return "transcript", [
        A("Good afternoon, Fixit Croydon trade-ins, [[NAME:Daniyal]] speaking."),
        C("Afternoon, [[NAME:Daniyal]]. Mi send in two old phones last week for the trade-in, and "
          "mi get an e-mail saying the offer change. Mi want to know why."),
        A(f"Sorry about that. Have you got the trade-in number?"),
        C(f"Yes, [[ACCT:{order}]]."),
        A(f"Thanks. So we've got an iPhone (({'model_number'}:{m1})) from ((year:2021)) and a "
          f"Samsung (({'model_number'}:{m2})). Is that right?"),
        C("That's right."),
        A(f"The iPhone's battery health came in at ((percentage:{health}%)), and the offer "
          "assumes ((percentage:90%)) or more, so it dropped from "
          f"(({'price'}:\u00a3{offer1[0] + 15})) to (({'price'}:\u00a3{offer1[0]}))."),
        C("Cho. And the Samsung?"),
        A(f"Still (({'price'}:\u00a3{offer2[0]})). It's the one with IMEI ending... full number "
          f"(({'other'}:{imei})), yes?"),
        C("Mi cyaan remember, but yes, must be."),
        A("Do you want to accept, or shall we post them back? Return postage is free."),
        C("Accept. Just pay mi."),
        A("The money goes by bank transfer. Same name, [[NAME:Leroy Ashman]]?"),
        C("Yes, that's me."),
        A(f"And your address is [[ADDRESS:{house} Selhurst Road]], [[POSTCODE:{pc_t(pc)}]]?"),
        C(f"No, mi move. Put [[ADDRESS:Flat {flat}, {new_house} Whitehorse Lane]], same "
          "postcode."),
        A("Updated. And phone?"),
        C(f"[[PHONE:{phone[:3]} {phone[3:7]} {phone[7:]}]]."),
        A(f"And we'll e-mail the confirmation to [[EMAIL:leroy.ashman{mail}@gmail.com]]?"),
        C("Yes, same e-mail."),
        A("Done. The payment should land within ((duration:three working days))."),
        C("Respect, [[NAME:Daniyal]]."),
    ]


@case
def season_ticket_instalments_edinburgh(g):
    # Singaporean caller in Edinburgh spreading a season ticket over instalments
    d, mo, yr = g.dob(1986, 2000)
    house = g.house(1, 80)
    pc = g.ukpc("edinburgh")
    card = g.card("visa")
    m, y = g.expiry()
    cvv = g.cvv()
    price = g.money(420, 560, pence=False)
    inst = (price[0] // 10, 0)
    sid = g.dig(6, lead=True)
    return "transcript", [
        A("Hillside Park ticket office, [[NAME:Kirsten]] speaking."),
        C("Hello, [[NAME:Kirsten]]. I moved here from Singapore last year for work, and my "
          "colleagues all support the club, so I also want a season ticket lah."),
        A(f"Brilliant! Adult season tickets are (({'price'}:\u00a3{price[0]})), or you can spread "
          f"it over ((count:ten)) payments of (({'price'}:\u00a3{inst[0]})) at ((percentage:0%)) "
          "interest."),
        C("Ten payments can. First payment today?"),
        A("Yes, the first one today, then on the ((date:1st)) of each month. Have you got a "
          "supporter number?"),
        C(f"I registered online last week. [[ACCT:{sid}]]."),
        A("Got you. [[NAME:Lim Siew Ling]]?"),
        C("Yes, that's me. [[NAME:Lim]] is my surname."),
        A("And your date of birth, to confirm it's an adult ticket?"),
        C(f"[[DOB:{d} {MONTHS[mo - 1].title()} {yr}]]."),
        A(f"Thanks. Is the address still [[ADDRESS:{house} Iona Street]], "
          f"[[POSTCODE:{pc_t(pc)}]]?"),
        C("Correct."),
        A("Card for the instalments?"),
        C(f"[[CARD#c1:{card[:4]}]]..."),
        A("Mm-hmm."),
        C(f"[[CARD#c1:{card[4:8]}]]... sorry, my card got the small print... "
          f"[[CARD#c1:{card[8:12]}]]... [[CARD#c1:{card[12:]}]]."),
        A(f"Expiry?"),
        C(f"[[EXPIRY:{m:02d}/{y % 100:02d}]]."),
        A("Security code?"),
        C(f"[[CVV:{cvv}]]."),
        A("Done. You're in the East Stand, row ((other:P)). Kick-off on Saturday is "
          "((time:3 o'clock)); the club's been at Hillside Park since ((year:1893)), so enjoy it."),
        C("Thank you! Very excited."),
    ]


# --------------------------------------------------------------------------
# Markup, offsets and checks
# --------------------------------------------------------------------------

MARK = re.compile(r"\[\[([A-Z_]+)(?:#(\w+))?(?:/([xp]))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
WORD_NUM = {w: str(i) for i, w in enumerate(UNITS)}
WORD_NUM.update({"oh": "0", "nought": "0", "naught": "0"})
TEEN_NUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_NUM = {w: i for i, w in enumerate(TENS) if w}
DIGIT_WORDS = (set(UNITS) | set(TEENS) | set(TENS_NUM) |
               {"oh", "nought", "naught", "double", "triple", "hundred", "thousand"})
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "sir", "madam", "aunty",
          "auntie", "uncle", "pastor", "father", "sister", "brother", "ji", "sahib", "prof",
          "professor", "rev", "reverend", "chief", "alhaji", "mama", "baba", "bhai", "didi"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "crescent",
                "drive", "dr", "way", "court", "ct", "place", "pl", "terrace", "grove", "gardens",
                "parade", "boulevard", "blvd", "row", "hill", "walk", "square", "mews", "view",
                "rise", "circuit", "highway", "park", "green", "vale", "broadway", "parkway",
                "wynd", "brae", "gate", "heights", "crossing", "trail", "circle", "cres",
                "esplanade", "quay", "lawn", "loaning", "heol", "ffordd", "wharf", "approach"}
FLAT_WORDS = {"flat", "unit", "apartment", "apt", "suite", "no", "number"}
PUNCT = set(" .,;:!?-'\"()[]/")
ALIAS = {"CARD": "CARD_NUMBER", "ACCT": "ACCOUNT_NUMBER"}


class Bad(Exception):
    pass


def strip_markup(marked):
    clean = ""
    pos = 0
    spans = []
    for m in MARK.finditer(marked):
        clean += marked[pos:m.start()]
        start = len(clean)
        if m.group(1):
            clean += m.group(4)
            spans.append({"kind": "pii", "type": ALIAS.get(m.group(1), m.group(1)),
                          "grp": m.group(2),
                          "flag": m.group(3), "start": start, "end": len(clean)})
        else:
            clean += m.group(6)
            spans.append({"kind": "keep", "type": m.group(5), "grp": None, "flag": None,
                          "start": start, "end": len(clean)})
        pos = m.end()
    clean += marked[pos:]
    for bad in ("[[", "]]", "((", "))"):
        if bad in clean:
            raise Bad("stray markup %r in %r" % (bad, marked))
    return clean, spans


def merge_spaced_pieces(clean, spans):
    """Pieces of one group written side by side with only a space between them are one span
    (the span runs from the first digit word to the last)."""
    out = []
    for sp_ in spans:
        prev = out[-1] if out else None
        if (prev is not None and sp_["kind"] == "pii" and prev["kind"] == "pii"
                and sp_["grp"] is not None and sp_["grp"] == prev["grp"]
                and not clean[prev["end"]:sp_["start"]].strip()):
            if sp_["flag"] != prev["flag"]:
                raise Bad("pieces with different flags side by side: %r" % clean)
            prev["end"] = sp_["end"]
            continue
        out.append(dict(sp_))
    return out


def _tokens(text):
    return re.findall(r"\d+|[a-z]+", text.lower())


def _compound(toks, i):
    """A number under 1000 said as words from toks[i]; returns (value, next) or None."""
    val = None
    j = i
    if j < len(toks) and toks[j] in WORD_NUM and toks[j] not in ("oh", "nought", "naught") \
            and j + 1 < len(toks) and toks[j + 1] == "hundred":
        val = int(WORD_NUM[toks[j]]) * 100
        j += 2
        if j < len(toks) and toks[j] == "and":
            j += 1
    rest = None
    if j < len(toks):
        t = toks[j]
        if t in TENS_NUM:
            rest = TENS_NUM[t] * 10
            j += 1
            if j < len(toks) and toks[j] in UNITS[1:]:
                rest += UNITS.index(toks[j])
                j += 1
        elif t in TEEN_NUM:
            rest = int(TEEN_NUM[t])
            j += 1
        elif t in UNITS[1:]:
            rest = UNITS.index(t)
            j += 1
    if val is None and rest is None:
        return None
    return (val or 0) + (rest or 0), j


def spoken(text, keep_letters=True):
    """Turn a value as said or typed into its characters (digits, and letters if kept).
    Returns (string, unknown words)."""
    toks = _tokens(text.replace("-", " "))
    out = []
    unknown = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
        elif t in ("double", "triple") and i + 1 < len(toks):
            k = 2 if t == "double" else 3
            nxt = toks[i + 1]
            if nxt in WORD_NUM:
                out.append(WORD_NUM[nxt] * k)
            elif len(nxt) == 1:
                out.append(nxt * k)
            elif nxt.isdigit() and len(nxt) == 1:
                out.append(nxt * k)
            else:
                unknown.append(t)
                i += 1
                continue
            i += 2
        elif t in TENS_NUM:
            v = TENS_NUM[t] * 10
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                v += UNITS.index(toks[i + 1])
                i += 1
            out.append(str(v))
            i += 1
        elif t in TEEN_NUM:
            out.append(TEEN_NUM[t])
            i += 1
        elif t in WORD_NUM:
            out.append(WORD_NUM[t])
            i += 1
        elif t == "hundred":
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                c = _compound(toks, j + 1)
                if c:
                    out.append("%02d" % c[0])
                    i = c[1]
                    continue
            out.append("00")
            i += 1
        elif t == "thousand":
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            c = _compound(toks, j)
            if c:
                out.append("%03d" % c[0])
                i = c[1]
            else:
                out.append("000")
                i += 1
        elif len(t) == 1 and keep_letters:
            out.append(t)
            i += 1
        else:
            unknown.append(t)
            i += 1
    return "".join(out), unknown


def value_chars(text):
    """Letters and digits of a typed value, or of a spoken one (words turned to digits)."""
    low = text.lower()
    words = set(re.findall(r"[a-z]+", low))
    if re.search(r"\d", low) and not (words & DIGIT_WORDS):
        return re.sub(r"[^a-z0-9]", "", low)
    return spoken(text)[0]


def digits_of(text):
    s, _ = spoken(text, keep_letters=False)
    return s


def _check_span_edges(text, sp_):
    s, e = sp_["start"], sp_["end"]
    if not (0 <= s < e <= len(text)):
        raise Bad("span outside text")
    val = text[s:e]
    if val[0] in PUNCT:
        raise Bad("leading space/punctuation in %r" % val)
    if val[-1] in PUNCT and not re.search(r"(a\.m\.|p\.m\.)$", val.lower()):
        raise Bad("trailing space/punctuation in %r" % val)
    if s > 0 and text[s - 1].isalnum():
        raise Bad("span starts inside a word: %r" % val)
    if e < len(text) and text[e].isalnum():
        raise Bad("span ends inside a word: %r" % val)


def _phone_ok(d):
    if len(d) == 10 and re.match(r"^[2-9]\d\d[2-9]\d{6}$", d):
        return True                                   # US / Canada
    if len(d) == 11 and re.match(r"^1[2-9]\d\d[2-9]\d{6}$", d):
        return True
    if len(d) == 11 and re.match(r"^0[1237]\d{9}$", d):
        return True                                   # UK
    if len(d) == 12 and re.match(r"^44[1237]\d{9}$", d):
        return True
    if len(d) == 10 and re.match(r"^08[35679]\d{7}$", d):
        return True                                   # Irish mobile
    if len(d) == 12 and re.match(r"^3538[35679]\d{7}$", d):
        return True
    if len(d) == 10 and re.match(r"^0[2378]5550\d{4}$|^04\d{8}$", d):
        return True                                   # Australia
    if len(d) == 11 and re.match(r"^61[2378]5550\d{4}$|^614\d{8}$", d):
        return True
    if len(d) == 12 and re.match(r"^233[25]\d{8}$|^91[6-9]\d{9}$", d):
        return True                                   # Ghana, India (relatives abroad)
    return False


def _ssn_ok(s):
    s = s.lower()
    if re.match(r"^\d{9}$", s):
        a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
        if 1 <= a <= 665 and 1 <= g <= 99 and 1 <= n <= 9999:
            return True                               # US SSN
        if s[0] in "1234567" and luhn_ok(s):
            return True                               # Canadian SIN
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        if sum(int(x) * y for x, y in zip(s, w)) % 11 == 0:
            return True                               # Australian TFN
        return False
    if re.match(r"^[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]\d{6}[a-d]$", s):
        return True                                   # UK National Insurance
    if re.match(r"^\d{7}[a-w][aw]?$", s):
        total = sum(int(c) * w for c, w in zip(s[:7], range(8, 1, -1)))
        return "wabcdefghijklmnopqrstuv"[total % 23] == s[7]   # Irish PPS
    return False


def _postcode_ok(s):
    s = s.lower()
    return bool(re.match(r"^\d{5}$", s)                               # ZIP
                or re.match(r"^[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}$", s)   # UK
                or re.match(r"^([a-z]\d{2}|d6w)[a-z0-9]{4}$", s)      # Eircode
                or re.match(r"^[a-z]\d[a-z]\d[a-z]\d$", s)            # Canada
                or re.match(r"^\d{4}$", s))                           # Australia


def _expiry_ok(text):
    low = text.lower()
    for i, mname in enumerate(MONTHS):
        if mname in low or re.search(r"\b%s\b" % MON3[i].lower(), low):
            return True
    parts = re.split(r"/|\bslash\b|\bof\b", low)
    if len(parts) == 2:
        left = parts[0]
        m = digits_of(left)
        return m.isdigit() and 1 <= int(m) <= 12
    d = digits_of(text)
    if len(d) in (5, 6) and d[-4:-2] == "20":
        return 1 <= int(d[:-4]) <= 12
    if len(d) == 4:
        return 1 <= int(d[:2]) <= 12
    if len(d) == 3:
        return 1 <= int(d[0]) <= 9
    return False


def _email_ok(text, style):
    if "@" in text:
        return style == "transcript" and bool(
            re.match(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", text))
    return bool(re.search(r"\bat\b.*\bdot\b", text.lower()))


def _email_key(text):
    t = text.lower()
    if "@" not in t:
        t = re.sub(r"\s*\bat\b\s*", "@", t)
        t = re.sub(r"\s*\bdot\b\s*", ".", t)
        t = re.sub(r"\s*\b(underscore)\b\s*", "_", t)
    return re.sub(r"\s+", "", t)


def _is_number_token(t):
    return bool(re.match(r"^\d+[a-z]?$", t)) or t in DIGIT_WORDS


def _street_key(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    while toks and (_is_number_token(toks[0]) or toks[0] in FLAT_WORDS or len(toks[0]) == 1):
        toks.pop(0)
    for k, t in enumerate(toks):
        if t in STREET_WORDS:
            return " ".join(toks[:k + 1])
    return " ".join(toks)


def _address_ok(pieces):
    first = pieces[0].lower().replace(",", " ")
    toks = re.findall(r"[a-z]+|\d+[a-z]?", first)
    if not toks:
        return False
    if toks[0] in FLAT_WORDS:
        k = 1
        while k < len(toks) and not (_is_number_token(toks[k])):
            k += 1
        starts = k < len(toks)
    else:
        starts = _is_number_token(toks[0])
    allt = set(re.findall(r"[a-z]+", " ".join(pieces).lower()))
    return starts and bool(allt & STREET_WORDS)


def _name_words(text):
    out = []
    for t in re.findall(r"[a-z']+", text.lower()):
        t = t.strip("'")
        if t.endswith("'s"):
            t = t[:-2]
        if len(t) > 1:
            out.append(t)
    return out


def build_case(idx, fn, gen):
    cid = "%s-%03d" % (PREFIX, idx)
    style, utts = fn(gen)
    if style not in ("asr", "transcript"):
        raise Bad("%s: bad style" % cid)
    utterances = []
    raw_spans = []
    for ui, (spk, marked) in enumerate(utts):
        if spk not in ("agent", "customer", "ivr"):
            raise Bad("%s: bad speaker" % cid)
        clean, spans = strip_markup(marked)
        spans = merge_spaced_pieces(clean, spans)
        if clean != clean.strip() or "  " in clean or not clean:
            raise Bad("%s u%d: spacing %r" % (cid, ui, clean))
        utterances.append({"speaker": spk, "text": clean})
        for s in spans:
            s["utt"] = ui
            raw_spans.append(s)
    # groups in order of first appearance
    gmap = {}
    auto = 0
    for s in raw_spans:
        if s["kind"] != "pii":
            continue
        key = s["grp"]
        if key is None:
            auto += 1
            key = "_auto%d" % auto
            s["grp"] = key
        if key not in gmap:
            gmap[key] = "g%d" % (len(gmap) + 1)
    pii = [{"utterance": s["utt"], "start": s["start"], "end": s["end"], "type": s["type"],
            "group": gmap[s["grp"]]} for s in raw_spans if s["kind"] == "pii"]
    keep = [{"utterance": s["utt"], "start": s["start"], "end": s["end"], "kind": s["type"]}
            for s in raw_spans if s["kind"] == "keep"]
    rec = {"case_id": cid, "style": style, "utterances": utterances, "pii": pii, "keep": keep}
    return rec, raw_spans


def check_case(rec, raw):
    cid = rec["case_id"]
    style = rec["style"]
    utts = rec["utterances"]

    def fail(msg):
        raise Bad("%s: %s" % (cid, msg))

    for s in raw:
        if s["kind"] == "pii" and s["type"] not in PII_TYPES:
            fail("bad pii type %s" % s["type"])
        if s["kind"] == "keep" and s["type"] not in KEEP_KINDS:
            fail("bad keep kind %s" % s["type"])
        try:
            _check_span_edges(utts[s["utt"]]["text"], s)
        except Bad as e:
            fail("u%d %s" % (s["utt"], e))
    # overlaps
    by_utt = {}
    for s in raw:
        by_utt.setdefault(s["utt"], []).append(s)
    for u, ss in by_utt.items():
        ss = sorted(ss, key=lambda x: x["start"])
        for a, b in zip(ss, ss[1:]):
            if b["start"] < a["end"]:
                fail("overlap in u%d" % u)
    # pieces of one group with only spaces between them are one span
    for u, ss in by_utt.items():
        ss = sorted([x for x in ss if x["kind"] == "pii"], key=lambda x: x["start"])
        for a, b in zip(ss, ss[1:]):
            if a["grp"] == b["grp"] and not utts[u]["text"][a["end"]:b["start"]].strip():
                fail("u%d pieces of one group split by a space only" % u)
    # style
    for ui, u in enumerate(utts):
        t = u["text"]
        if style == "asr":
            if t != t.lower() or re.search(r"[.,?!;:@\"]", t):
                fail("u%d not in asr style: %r" % (ui, t))
        else:
            if not re.search(r"[A-Z.,?!]", t):
                fail("u%d not in transcript style: %r" % (ui, t))
    # values per group
    groups = {}
    for s in raw:
        if s["kind"] == "pii":
            groups.setdefault(s["grp"], []).append(s)
    for g, pieces in groups.items():
        typ = pieces[0]["type"]
        if any(p["type"] != typ for p in pieces):
            fail("group %s mixes types" % g)
        texts = [utts[p["utt"]]["text"][p["start"]:p["end"]] for p in pieces]
        partial = any(p["flag"] == "p" for p in pieces)
        main = [t for t, p in zip(texts, pieces) if p["flag"] != "x"]
        joined_d = "".join(digits_of(t) for t in main)
        if typ in ("CARD_NUMBER", "CVV", "PHONE"):
            for t in texts:
                _, unk = spoken(t, keep_letters=False)
                if [w for w in unk if w not in ("plus",)]:
                    fail("%s %r holds words %r" % (typ, t, unk))
        if typ == "CARD_NUMBER":
            if partial:
                if not 4 <= len(joined_d) <= 8:
                    fail("partial card %r" % texts)
            elif len(joined_d) not in (15, 16) or not luhn_ok(joined_d) or \
                    (len(joined_d) == 15 and joined_d[:2] not in ("34", "37")):
                fail("card %r -> %s" % (texts, joined_d))
        elif typ == "CVV":
            if not 3 <= len(joined_d) <= 4:
                fail("cvv %r" % texts)
        elif typ == "EXPIRY":
            if not _expiry_ok(" ".join(main)):
                fail("expiry %r" % texts)
        elif typ == "SSN":
            val = "".join(value_chars(t) for t in main)
            if partial:
                if not re.match(r"^\d{4}$", val):
                    fail("partial ssn %r" % texts)
            elif not _ssn_ok(val):
                fail("ssn %r -> %s" % (texts, val))
        elif typ == "PHONE":
            if partial:
                if len(joined_d) != 4:
                    fail("partial phone %r" % texts)
            elif not _phone_ok(joined_d):
                fail("phone %r -> %s" % (texts, joined_d))
        elif typ == "POSTCODE":
            val = "".join(value_chars(t) for t in main)
            if not _postcode_ok(val):
                fail("postcode %r -> %s" % (texts, val))
        elif typ == "EMAIL":
            if not _email_ok(" ".join(texts), style):
                fail("email %r" % texts)
            if style == "asr" and any("@" in t for t in texts):
                fail("@ in asr")
        elif typ == "ADDRESS":
            if not _address_ok(texts):
                fail("address %r" % texts)
        elif typ == "NAME":
            for t in texts:
                if re.search(r"\d", t):
                    fail("digit in name %r" % t)
                ws = [w.strip(".") for w in t.lower().split()]
                if ws and (ws[0] in TITLES or ws[-1] in TITLES):
                    fail("title in name %r" % t)
        elif typ == "DOB":
            low = " ".join(texts).lower()
            if not (any(m in low for m in MONTHS) or any(m.lower() in low for m in MON3)
                    or len(digits_of(low)) >= 4 or any(o in low for o in ORD[1:])):
                fail("dob %r" % texts)
            if len(digits_of(low)) == 8 and digits_of(low)[4:6] in ("19", "20"):
                y = int(digits_of(low)[4:])
                if not 1941 <= y <= 2020:
                    fail("dob year %r" % texts)
        elif typ == "ACCOUNT_NUMBER":
            val = "".join(value_chars(t) for t in main)
            if len(re.sub(r"\D", "", val)) < 3:
                fail("account %r" % texts)
    # look-alikes
    for s in raw:
        if s["kind"] != "keep":
            continue
        t = utts[s["utt"]]["text"][s["start"]:s["end"]]
        kd = digits_of(t)
        if 13 <= len(kd) <= 19 and luhn_ok(kd):
            fail("look-alike passes Luhn %r" % t)
        for p in by_utt.get(s["utt"], []):
            if p["kind"] != "pii":
                continue
            pd = digits_of(utts[p["utt"]]["text"][p["start"]:p["end"]])
            if len(pd) >= 3 and len(kd) >= 3 and (pd in kd or kd in pd):
                fail("look-alike %r holds pii digits %r" % (t, pd))
    # digits and digit-word runs outside spans; name words
    name_words = set()
    for s in raw:
        if s["kind"] == "pii" and s["type"] == "NAME":
            name_words.update(_name_words(utts[s["utt"]]["text"][s["start"]:s["end"]]))
    for ui, u in enumerate(utts):
        t = u["text"]
        mask = list(t)
        pmask = list(t)
        for s in by_utt.get(ui, []):
            for k in range(s["start"], s["end"]):
                mask[k] = " "
                if s["kind"] == "pii":
                    pmask[k] = " "
        outside = "".join(mask)
        if re.search(r"\d", outside):
            fail("u%d digit outside spans: %r" % (ui, t))
        run = 0
        for w in re.findall(r"[a-z]+", outside.lower().replace("-", " ")):
            run = run + 1 if w in DIGIT_WORDS else 0
            if run >= 4:
                fail("u%d run of digit words outside spans: %r" % (ui, t))
        left = set(_name_words("".join(pmask)))
        if left & name_words:
            fail("u%d name word left unlabelled %r" % (ui, sorted(left & name_words)))


def masked_utterance(u, raw, ui):
    t = list(u["text"])
    for s in sorted([s for s in raw if s["utt"] == ui], key=lambda x: -x["start"]):
        t[s["start"]:s["end"]] = list(" <%s> " % s["type"])
    return re.findall(r"<\w+>|[a-z0-9']+", "".join(t).lower())


def build_all():
    gen = Gen(46)
    records = []
    long_utts = {}
    emails = {}
    streets = {}
    for i, fn in enumerate(CASES, 1):
        rec, raw = build_case(i, fn, gen)
        check_case(rec, raw)
        cid = rec["case_id"]
        for ui, u in enumerate(rec["utterances"]):
            words = masked_utterance(u, raw, ui)
            if len(words) >= 9:
                key = " ".join(words)
                if key in long_utts and long_utts[key] != cid:
                    raise Bad("%s: utterance also in %s: %r" % (cid, long_utts[key], u["text"]))
                long_utts[key] = cid
        for p in rec["pii"]:
            val = rec["utterances"][p["utterance"]]["text"][p["start"]:p["end"]]
            if p["type"] == "EMAIL":
                k = _email_key(val)
                if k in emails and emails[k] != cid:
                    raise Bad("%s: e-mail also in %s" % (cid, emails[k]))
                emails[k] = cid
            if p["type"] == "ADDRESS":
                k = _street_key(val)
                if k in streets and streets[k] != cid:
                    raise Bad("%s: street %r also in %s" % (cid, k, streets[k]))
                streets[k] = cid
        records.append(rec)
    return records


def counts(records):
    c = {t: 0 for t in PII_TYPES}
    keep = {k: 0 for k in KEEP_KINDS}
    n_utt = 0
    plain = 0
    ivr = 0
    style_utts = {"asr": 0, "transcript": 0}
    card_groups = set()
    multi_piece_cards = 0
    for r in records:
        n_utt += len(r["utterances"])
        style_utts[r["style"]] += len(r["utterances"])
        with_pii = {p["utterance"] for p in r["pii"]}
        plain += len(r["utterances"]) - len(with_pii)
        if any(u["speaker"] == "ivr" for u in r["utterances"]):
            ivr += 1
        for p in r["pii"]:
            c[p["type"]] += 1
        for k in r["keep"]:
            keep[k["kind"]] += 1
        pieces = {}
        for p in r["pii"]:
            if p["type"] == "CARD_NUMBER":
                pieces.setdefault(p["group"], []).append(p)
        card_groups.update((r["case_id"], g) for g in pieces)
        multi_piece_cards += sum(1 for v in pieces.values() if len(v) > 1)
    return {"pii": c, "keep": keep, "cases": len(records), "utterances": n_utt,
            "plain_utterances": plain, "ivr_cases": ivr, "style_utterances": style_utts,
            "card_groups": len(card_groups), "cards_in_pieces": multi_piece_cards}


def check_minimums(cnt):
    errs = []
    for t, m in MINIMUMS.items():
        if cnt["pii"][t] < m:
            errs.append("%s %d < %d" % (t, cnt["pii"][t], m))
    if cnt["cases"] < MIN_CASES:
        errs.append("cases %d < %d" % (cnt["cases"], MIN_CASES))
    if cnt["utterances"] < MIN_UTTERANCES:
        errs.append("utterances %d < %d" % (cnt["utterances"], MIN_UTTERANCES))
    if cnt["plain_utterances"] < MIN_PLAIN_UTTERANCES:
        errs.append("utterances without pii %d < %d" % (cnt["plain_utterances"],
                                                       MIN_PLAIN_UTTERANCES))
    if sum(cnt["keep"].values()) < MIN_KEEP:
        errs.append("keep spans %d < %d" % (sum(cnt["keep"].values()), MIN_KEEP))
    for k, v in cnt["keep"].items():
        if v == 0:
            errs.append("no keep span of kind %s" % k)
    if cnt["ivr_cases"] < MIN_IVR_CASES:
        errs.append("ivr cases %d < %d" % (cnt["ivr_cases"], MIN_IVR_CASES))
    return errs


def report(cnt):
    print("cases: %d" % cnt["cases"])
    print("utterances: %d (without pii: %d)" % (cnt["utterances"], cnt["plain_utterances"]))
    su = cnt["style_utterances"]
    for s in ("asr", "transcript"):
        print("  %s utterances: %d (%.1f%%)" % (s, su[s], 100.0 * su[s] / max(1, cnt["utterances"])))
    print("ivr cases: %d" % cnt["ivr_cases"])
    print("pii spans:")
    for t in PII_TYPES:
        print("  %-15s %4d (min %d)" % (t, cnt["pii"][t], MINIMUMS[t]))
    print("  %-15s %4d" % ("total", sum(cnt["pii"].values())))
    print("card groups: %d, cards in two or more pieces: %d" % (cnt["card_groups"],
                                                              cnt["cards_in_pieces"]))
    print("keep spans: %d" % sum(cnt["keep"].values()))
    for k in KEEP_KINDS:
        print("  %-15s %4d" % (k, cnt["keep"][k]))


def main(argv):
    check_only = "--check" in argv
    try:
        records = build_all()
    except Bad as e:
        print("FAILED: %s" % e, file=sys.stderr)
        return 1
    cnt = counts(records)
    report(cnt)
    errs = check_minimums(cnt)
    if errs:
        for e in errs:
            print("FAILED: %s" % e, file=sys.stderr)
        return 1
    if check_only:
        print("checks passed (--check: nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
