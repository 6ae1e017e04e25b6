#!/usr/bin/env python3
"""Write data/redaction/dev53.jsonl, a redaction development set (case ids t49-001 ...).

Written as the held-out set test49.jsonl, measured once with the fiftieth round's code, then
renamed dev53 and tuned on in the fifty-first round.

What the set leans on
---------------------
Healthcare billing and front desks: clinic and hospital billing offices, pharmacies and
mail-order pharmacies, labs, dental and vision plans, ambulance bills, medical equipment
suppliers and insurers' member services.  Callers are patients, parents, spouses and carers;
they pay copays, deductibles and payment plans by card (HSA/FSA cards too), update the card on
file and are asked for dates of birth again and again (the patient's, a child's, the policy
holder's).  Card payments carry the most weight: cards in one to five pieces over turns,
corrected blocks, restarts, blocks repeated on request, read-backs by agents and IVRs (whole,
one block, last four), codes and expiries asked and said in many ways, a card given then
withdrawn.  Identity checks use dates of birth, postcodes, first lines of address, SSNs and
their last four, phones with extensions.  Many numbers on the page belong to no one
(procedure and billing codes, NDC codes, dosages, tablet counts, amounts, dates of service,
ages) and sit right beside real values.  Callers and addresses come from the UK, Ireland, the
US, Canada and Australia.  About half of the utterances are in `asr` style, half in
`transcript` style.

How it is built
---------------
Every case is its own hand-written conversation (a function below, `k01` ... ) with inline
markup: `[[TYPE#grp:text]]` for pii (`TYPE` may be a short alias, see `ALIAS`; without `#grp`
the span is a group of its own) and `((kind:text))` for keep spans.  A group label may carry
flags: `!` marks a piece that is in the value's group but not part of the final value (digits
before a restart, a block the caller corrects, a phone's extension), so it is left out of the
Luhn/length join; `~` marks a group that is only part of a value (a read-back of one block or
of the last four), checked as a part of a full value of the same type in the case.  The markup
is stripped in code and every offset is computed from the clean text.  Every generated number
comes from one `random.Random(49)` drawn in case order (the cases are built one after another),
so the output is the same on every run.  Names, streets, e-mails and most look-alikes are
written by hand; small everyday numbers in the wording (durations, counts, ages, hours) are too.

Choices where the conventions are silent (applied throughout)
-------------------------------------------------------------
- Cards: digits said before a restart, a corrected block and a block repeated on request stay
  in the card's group (flag `!` where they are not part of the final value); a card said again
  in full, every read-back (whole, one block, last four, by agent or IVR) and a card given and
  then withdrawn are groups of their own.  "CVV", "security code", "expires", "valid thru" and
  "end of" stay outside codes and expiries; a spoken "slash" or "of" between month and year is
  inside the expiry.
- A phone's extension is a piece of the phone's group; a read-back last four of a phone or an
  SSN is a group of its own.
- ACCOUNT_NUMBER: member ids, subscriber ids, group numbers, Medicare MBIs, Medicaid ids,
  provincial health card numbers (BC PHN, Ontario with its version code inside), Australian
  Medicare numbers (with the issue digit said straight after), NHS numbers, prescription (Rx)
  numbers, claim and ambulance incident numbers, billing/guarantor, patient, policy, rental and
  hire account numbers and invoice numbers (as this README's convention has it).  A whole value
  said again (a claim number restarted, an IVR's "you said ...") is a group of its own; the
  pieces of a value broken by a filler share a group.  The separate position number on an
  Australian Medicare card ("he's number 2 on the card") is `other`.
- `other` look-alikes: NDC drug codes, CPT/HCPCS procedure codes, ICD codes, providers' NPIs,
  payment confirmation and receipt numbers, card authorisation codes, mail-order tracking
  numbers (which fail Luhn), lot numbers, rooms, keypad options and ages.  Dosages with their
  unit are `quantity`, tablet and refill counts `count`, days' supply and waits `duration`,
  coinsurance `percentage`, equipment models `model_number`, dates of service `date`.
- A UK National Insurance number and an Irish PPS number are `SSN`s; Irish Eircodes, Canadian
  and Australian postal codes are `POSTCODE`s; Australian phones (ACMA's 5550 drama block) are
  accepted by the phone check.
- Titles stay outside names; a first name and surname said together are one `NAME` span; a
  surname spelled letter by letter is a `NAME` group of its own; a name inside an e-mail is left
  to the `EMAIL` span; pets and businesses are not names.  A flat or unit said before the
  number is inside the `ADDRESS`, a town said in the same breath too; states, provinces and
  counties are outside.
- Only a payment card's expiry is an `EXPIRY` (including the expiry of the expired card on
  file that an agent states); "the" stays outside a date keep ("the ((20th))").
- A card's last four (said by anyone) or a phone's last four is accepted by the checks on its
  own (4 digits); a longer partial read-back must be found inside a full card of the case.
- A misspelt surname an agent reads from the record is a `NAME`.  Children's dates of birth
  may be after 2005.  Keypad options ("press 1"), battery sizes, instalment numbers, payer ids,
  confirmation and reference numbers and ages are `other`; "4 digits" in an IVR prompt is a
  `count`; an amount the caller keys into an IVR is a `price`.
- Towns said right after the street are inside the `ADDRESS`; a town said or confirmed
  separately, states, provinces and "NY"/"WA" are outside.

Run
---
    python3 data/redaction/make_dev53.py           # validate, print counts, write dev53.jsonl
    python3 data/redaction/make_dev53.py --check   # validate and print counts only
If any check or minimum fails the script prints the failures and exits with status 1 without
writing anything.
"""
import json
import os
import random
import re
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev53.jsonl")

ALIAS = {"CARD": "CARD_NUMBER", "EXP": "EXPIRY", "PH": "PHONE", "EM": "EMAIL",
         "ADDR": "ADDRESS", "PC": "POSTCODE", "ACCT": "ACCOUNT_NUMBER", "N": "NAME",
         "CVV": "CVV", "SSN": "SSN", "DOB": "DOB"}
PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
MINIMUMS = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35, "EMAIL": 25,
            "DOB": 20, "ADDRESS": 35, "POSTCODE": 35, "ACCOUNT_NUMBER": 45, "NAME": 200}

ONES = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
DIGIT_WORDS = set(ONES) | set(TEENS) | set(TENS) | {"hundred", "thousand", "double", "triple"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "kilo": "K",
        "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q",
        "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_T = [m.capitalize() for m in MONTHS]
WORD = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = {v: k for k, v in TEENS.items()}
TENS_W = {v: k for k, v in TENS.items()}
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "doctor", "sir", "madam"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "close", "crescent", "court", "ct", "place", "pl", "way", "terrace", "grove",
                "parade", "boulevard", "blvd", "highway", "hwy", "square", "row", "gardens",
                "park", "hill", "walk", "mews", "circle", "trail", "parkway", "green", "rise",
                "view", "quay", "wynd", "brae", "rue", "esplanade", "crest", "heights", "loop", "pike"}


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise ValueError(partial)


def parse_spoken(text):
    """Digits (and single letters / phonetic words) of a span, spoken or typed."""
    toks = re.findall(r"[A-Za-z]+|\d+", text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        lt = t.lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if t.isdigit():
            out.append(t)
        elif lt in ("double", "triple") and nxt in ONES:
            out.append(str(ONES[nxt]) * (2 if lt == "double" else 3))
            i += 1
        elif lt in ONES:
            out.append(str(ONES[lt]))
        elif lt in TEENS:
            out.append(str(TEENS[lt]))
        elif lt in TENS:
            if nxt in ONES and ONES[nxt] > 0 and nxt != "oh":
                out.append(str(TENS[lt] * 10 + ONES[nxt]))
                i += 1
            else:
                out.append(str(TENS[lt] * 10))
        elif lt == "hundred":
            out.append("00")
        elif lt == "thousand":
            out.append("000")
        elif lt in NATO:
            out.append(NATO[lt])
        elif len(t) == 1:
            out.append(t.upper())
        i += 1
    return "".join(out)


def digits_of(text):
    return "".join(ch for ch in parse_spoken(text) if ch.isdigit())


def alnum_of(text, style):
    if style == "transcript":
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    return parse_spoken(text).upper()


def num_words(n):
    """Plain English words for 0 <= n < 10000 (used for amounts and counts in asr)."""
    if n < 10:
        return WORD[n]
    if n < 20:
        return TEEN_W[n]
    if n < 100:
        return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + WORD[n % 10])
    if n < 1000:
        rest = n % 100
        return WORD[n // 100] + " hundred" + ("" if rest == 0 else " " + num_words(rest))
    rest = n % 1000
    return num_words(n // 1000) + " thousand" + ("" if rest == 0 else " " + num_words(rest))


class Gen:
    """All generated numbers, from one random.Random(49), rendered in the case's style."""

    def __init__(self):
        self.r = random.Random(49)
        self.style = "asr"

    # ---- raw values -------------------------------------------------------------------
    def n(self, k):
        return "".join(str(self.r.randint(0, 9)) for _ in range(k))

    def nz(self, k):
        return str(self.r.randint(1, 9)) + self.n(k - 1)

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def card(self, brand="visa"):
        if brand == "visa":
            p, ln = "4", 16
        elif brand == "mc":
            p, ln = "5" + str(self.r.randint(1, 5)), 16
        elif brand == "mc2":
            p, ln = str(self.r.randint(2221, 2720)), 16
        elif brand == "amex":
            p, ln = self.pick(["34", "37"]), 15
        else:
            p, ln = self.pick(["6011", "65"]), 16
        body = p + self.n(ln - 1 - len(p))
        return body + luhn_digit(body)

    def badluhn(self, k):
        d = self.nz(k)
        if luhn_ok(d):
            d = d[:-1] + str((int(d[-1]) + 1) % 10)
        return d

    def cvv(self, k=3):
        return self.n(k)

    def exp(self, lo=2027, hi=2032):
        return self.r.randint(1, 12), self.r.randint(lo, hi)

    def ssn(self):
        return "%03d%02d%04d" % (self.r.randint(1, 665), self.r.randint(1, 99),
                                 self.r.randint(1, 9999))

    def dob(self, lo=1941, hi=2005):
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def amount(self, lo, hi):
        return self.r.randint(lo, hi), self.r.choice([0, 0, 25, 50, 75, self.r.randint(1, 99)])

    def nhs(self):
        while True:
            d = self.nz(9)
            s = sum(int(c) * (10 - i) for i, c in enumerate(d))
            ch = 11 - s % 11
            if ch == 11:
                ch = 0
            if ch != 10:
                return d + str(ch)

    def letters(self, k, pool="ABCDEFGHJKLMNPRTUVWXY"):
        return "".join(self.pick(pool) for _ in range(k))

    def mbi(self):
        L = "ACDEFGHJKMNPQRTUVWXY"
        A = L + "0123456789"
        return (str(self.r.randint(1, 9)) + self.pick(L) + self.pick(A) + self.n(1) +
                self.pick(L) + self.pick(A) + self.n(1) + self.pick(L) + self.pick(L) + self.n(2))

    def ni(self):
        return (self.pick(["JK", "NH", "SL", "TW", "PR", "AB", "CE", "HM"]) + self.n(6) +
                self.pick("ABCD"))

    def pps(self):
        return self.n(7) + self.pick("ABCDEFGHKLMPRTW") + self.pick(["", "A"])

    # ---- phones -------------------------------------------------------------------------
    def us_phone(self, area=None):
        area = area or self.pick(["212", "312", "415", "614", "503", "617", "704", "210",
                                  "303", "412", "919", "813"])
        return area + "55501" + self.n(2)

    def ca_phone(self):
        return self.pick(["416", "604", "514", "403", "613", "902", "204"]) + "55501" + self.n(2)

    def uk_phone(self, kind=None):
        kind = kind or self.pick(["mob", "lon", "man", "lee", "bri"])
        return {"mob": "07700900", "lon": "02079460", "man": "01614960", "lee": "01134960",
                "bri": "01174960"}[kind] + self.n(3)

    def au_phone(self):
        return "0" + self.pick("2378") + "5550" + self.n(4)

    # ---- postcodes ----------------------------------------------------------------------
    def uk_pc(self, outward):
        return outward + " " + str(self.r.randint(1, 9)) + self.letters(2, "ABDEFGHJLNPQRSTUWXYZ")

    def zip(self, prefix):
        return prefix + self.n(5 - len(prefix))

    def ca_pc(self, first):
        L = "ABCEGHJKLMNPRSTVWXYZ"
        return first + self.n(1) + self.pick(L) + " " + self.n(1) + self.pick(L) + self.n(1)

    def au_pc(self, first):
        return first + self.n(3)

    def eircode(self, key):
        return key + " " + "".join(self.pick("ACDEFHKNPRTVWXY0123456789") for _ in range(4))

    # ---- rendering in the case's style --------------------------------------------------
    def say(self, d):
        """Digits as the case's style says them (asr: words, sometimes 'double')."""
        if self.style == "transcript":
            return d
        out = []
        i = 0
        while i < len(d):
            if i + 1 < len(d) and d[i] == d[i + 1] and self.r.random() < 0.35:
                out.append("double " + self._w(d[i]))
                i += 2
            else:
                out.append(self._w(d[i]))
                i += 1
        return " ".join(out)

    def _w(self, ch):
        if ch == "0":
            return "oh" if self.r.random() < 0.6 else "zero"
        return WORD[int(ch)]

    def spell(self, s):
        """Letters and digits of an id, one by one (asr) or as typed (transcript)."""
        if self.style == "transcript":
            return s
        parts = []
        for ch in s:
            if ch.isdigit():
                parts.append(self._w(ch))
            elif ch.isalpha():
                parts.append(ch.lower())
        return " ".join(parts)

    def blocks(self, d):
        if len(d) == 15:
            return [d[:4], d[4:10], d[10:]]
        return [d[i:i + 4] for i in range(0, len(d), 4)]

    def cardsay(self, d):
        return " ".join(self.say(b) for b in self.blocks(d))

    def pair(self, n):
        """Two digits as a spoken pair ('twenty eight', 'oh nine')."""
        if n < 10:
            return "oh " + WORD[n]
        if n < 20:
            return TEEN_W[n]
        return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + WORD[n % 10])

    def expsay(self, m, y, form=0):
        yy = y % 100
        if self.style == "transcript":
            return ["%02d/%02d" % (m, yy), "%02d/%d" % (m, y), "%s %d" % (MON_T[m - 1], y),
                    "%d/%02d" % (m, yy)][form % 4]
        return [self.pair(m) + " " + self.pair(yy),
                MONTHS[m - 1] + " " + self.pair(yy),
                self.pair(m) + " slash " + self.pair(yy),
                MONTHS[m - 1] + " twenty " + self.pair(yy),
                WORD[m] + " " + self.pair(yy) if m < 10 else self.pair(m) + " " + self.pair(yy)
                ][form % 5]

    def year_words(self, y):
        if y < 2000:
            return "nineteen " + self.pair(y % 100)
        if y < 2010:
            return "two thousand " + WORD[y % 10]
        return "twenty " + self.pair(y % 100)

    def dobsay(self, dob, form=0):
        y, m, d = dob
        if self.style == "transcript":
            return ["%02d/%02d/%d" % (m, d, y), "%d %s %d" % (d, MON_T[m - 1], y),
                    "%s %d, %d" % (MON_T[m - 1], d, y), "%02d/%02d/%d" % (d, m, y)][form % 4]
        return [MONTHS[m - 1] + " " + ORD[d] + " " + self.year_words(y),
                ORD[d] + " of " + MONTHS[m - 1] + " " + self.year_words(y),
                self.pair(m) + " " + self.pair(d) + " " + self.year_words(y),
                MONTHS[m - 1] + " " + num_words(d) + " " + self.year_words(y)][form % 4]

    def phonesay(self, p):
        au = len(p) == 10 and p[0] == "0" and p[2:6] == "5550"
        if au:
            if self.style == "transcript":
                return "%s %s %s" % (p[:2], p[2:6], p[6:])
            return self.say(p[:2]) + " " + self.say(p[2:6]) + " " + self.say(p[6:])
        if self.style == "transcript":
            if len(p) == 10 and p[0] != "0":
                return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
            if p.startswith("07"):
                return p[:5] + " " + p[5:]
            if p.startswith("020"):
                return "%s %s %s" % (p[:3], p[3:7], p[7:])
            if p.startswith("01"):
                return "%s %s %s" % (p[:4], p[4:7], p[7:])
            return "%s %s %s" % (p[:2], p[2:6], p[6:])
        if len(p) == 10 and p[0] != "0":
            return self.say(p[:3]) + " " + self.say(p[3:6]) + " " + self.say(p[6:])
        if p.startswith("07") or p.startswith("01"):
            return self.say(p[:5]) + " " + self.say(p[5:])
        return self.say(p[:3]) + " " + self.say(p[3:7]) + " " + self.say(p[7:])

    def pcsay(self, pc):
        if self.style == "transcript":
            return pc
        return self.spell(pc)

    def ssnsay(self, s):
        if self.style == "transcript":
            return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
        return self.say(s[:3]) + " " + self.say(s[3:5]) + " " + self.say(s[5:])

    def money(self, a, asr_unit="dollars", sym="$"):
        dollars, cents = a
        if self.style == "transcript":
            return "%s%s.%02d" % (sym, "{:,}".format(dollars), cents)
        if cents == 0:
            return num_words(dollars) + " " + asr_unit
        return num_words(dollars) + " " + asr_unit + " and " + num_words(cents) + (
            " cents" if asr_unit == "dollars" else " pence" if asr_unit == "pounds" else " cents")

    def ndc(self):
        return "%s-%s-%s" % (self.nz(5), self.n(4), self.n(2))

    def ndcsay(self):
        s = self.ndc()
        if self.style == "transcript":
            return s
        return " ".join(self.say(p) for p in s.split("-"))


G = Gen()
CASES = []


def case(style):
    def deco(fn):
        CASES.append((fn, style))
        return fn
    return deco



# ==========================================================================================
# the conversations
# ==========================================================================================

@case("asr")
def k01(g):
    kid = g.dob(2009, 2016)
    acct = g.n(8)
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    return f"""
A: thank you for calling lakeshore family medicine billing this is [[N:tamsin okafor]] how can i help you today
C: hi um yeah i got a statement for my son's visit and i just want to pay it off
A: of course i can help with that can i get the patient's full name
C: it's [[N:kwame asante]] [[N:a s a n t e]]
A: and his date of birth
C: [[DOB:{g.dobsay(kid, 0)}]]
A: thank you and are you the guarantor on the account
C: yes i'm his mum [[N:efua asante]]
A: perfect i see a balance of ((price:{g.money(g.amount(60, 190))})) from the visit on ((date:march ninth))
C: that's the one where they did the strep test
A: yes that was the rapid strep that's code ((other:{g.say("87880")})) on the statement
C: okay whatever it is i just want it gone
A: do you have the account number from the top of the statement
C: um [[ACCT:{g.say(acct)}]]
A: great that matches go ahead with the card number when you're ready
C: okay [[CARD#c1:{g.say(b[0])}]]
A: mm-hmm
C: [[CARD#c1:{g.say(b[1])}]] [[CARD#c1:{g.say(b[2])}]]
C: and then [[CARD#c1:{g.say(b[3])}]]
A: thank you and the expiration date
C: [[EXP:{g.expsay(m, y, 0)}]]
A: and the three digit code on the back
C: [[CVV:{g.say(cv)}]]
A: okay that went through your confirmation number is ((other:{g.say(g.n(7))}))
C: brilliant thanks so much
A: you're welcome have a good afternoon
"""


@case("transcript")
def k02(g):
    rx = g.n(7)
    dob = g.dob(1948, 1962)
    old4 = g.n(4)
    card = g.card("mc")
    m, y = g.exp()
    cv = g.cvv()
    zp = g.zip("852")
    return f"""
A: Sunbelt Mail Order Pharmacy, my name is [[N:Desmond]]. Who am I speaking with?
C: This is [[N:Lorraine Whitcombe]]. I got an email saying my refill is on hold.
A: I'm sorry about that, Ms. [[N:Whitcombe]]. Can you confirm your date of birth?
C: [[DOB:{g.dobsay(dob, 0)}]].
A: Thank you. And the ZIP code on file?
C: [[PC:{zp}]].
A: Okay, I see it. The refill for Rx [[ACCT:{rx}]], the ((quantity:20 mg)) atorvastatin, ((count:90)) tablets, is on hold because the card ending in [[CARD#o1~:{old4}]] was declined.
C: That card expired. I have a new one, same bank.
A: No problem, I can update the card on file. Go ahead with the new number.
C: It's [[CARD#c1:{' '.join(g.blocks(card))}]].
A: Let me read that back: [[CARD#r1:{' '.join(g.blocks(card))}]]?
C: Yes.
A: Expiration date?
C: [[EXP:{g.expsay(m, y, 1)}]].
A: And the security code?
C: [[CVV:{cv}]].
A: Thank you. The ((duration:90-day)) supply comes to ((price:{g.money(g.amount(9, 45))})). Would you like me to charge that now?
C: Yes please, and just ship it the normal way.
A: Done. It should arrive in ((duration:5 to 7 business days)).
C: Thank you, dear.
"""


@case("asr")
def k03(g):
    acct = g.n(9)
    dob = g.dob(1955, 1980)
    card = g.card("disc")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    return f"""
I: welcome to saint brendan's regional hospital patient billing
I: to make a payment press ((other:one)) for questions about insurance press ((other:two))
I: please enter or say your guarantor account number
C: [[ACCT:{g.say(acct)}]]
I: you said [[ACCT:{g.say(acct)}]] is that correct
C: yes
I: please say the patient's date of birth
C: [[DOB:{g.dobsay(dob, 2)}]]
I: thank you your balance is ((price:{g.money(g.amount(300, 2400))})) to set up a payment plan please hold for an agent
A: hi you're through to billing this is [[N:marguerite]] i see you'd like a payment plan
C: yeah i can't do it all at once it's the er visit from ((date:january)) i think
A: that's fine we can split it over ((duration:six months)) with no interest
C: okay that works
A: so the first payment today would be ((price:{g.money(g.amount(50, 400))})) and then the same on the ((date:fifteenth)) of each month
C: can i use my discover
A: sure go ahead
C: [[CARD#c1:{g.say(b[0])} {g.say(b[1])}]]
C: sorry [[CARD#c1:{g.say(b[2])}]]
A: take your time
C: [[CARD#c1:{g.say(b[3])}]]
A: and when does it expire
C: [[EXP:{g.expsay(m, y, 1)}]]
A: and the security code on the back
C: [[CVV:{g.say(cv)}]]
A: that's all set up you'll get a letter confirming the plan in about ((duration:ten days))
C: thanks [[N:marguerite]]
"""


@case("transcript")
def k04(g):
    mem = "DNT" + g.n(9)
    grp = g.n(6)
    dob = g.dob(1970, 1988)
    kid = g.dob(2010, 2017)
    return f"""
A: Brightsmile Dental Plans member services, this is [[N:Rafael]]. May I have the member ID?
C: Sure, it's [[ACCT:{mem}]].
A: And the group number?
C: Hold on, it's on the back of the card... [[ACCT:{grp}]].
A: Thank you. Who am I speaking with?
C: [[N:Hannah Lindqvist]], I'm the subscriber. I'm calling about my daughter.
A: Okay. What's your date of birth, please?
C: [[DOB:{g.dobsay(dob, 2)}]].
A: And your daughter's name and date of birth?
C: [[N:Sigrid Lindqvist]], [[DOB:{g.dobsay(kid, 2)}]].
A: Thanks. How can I help?
C: Her dentist wants to do sealants and I want to know if they're covered.
A: Sealants are code ((other:D1351)). For children under ((other:16)) they're covered at ((percentage:100%)) once every ((duration:36 months)) per tooth.
C: Oh good. And the cleaning she had in ((date:February))?
A: That was processed on ((date:March 4)). Preventive, so no cost to you.
C: Great, that's all I needed.
A: Anything else I can help with today?
C: No, thank you, [[N:Rafael]].
"""


@case("asr")
def k05(g):
    inc = g.n(10)
    card = g.card("mc")
    b = g.blocks(card)
    wrong = g.n(4)
    m, y = g.exp()
    cv = g.cvv()
    return f"""
A: metro ambulance billing [[N:joaquin]] speaking
C: hi i'm calling about a bill for my husband he was taken to mercy general last month
A: i'm sorry to hear that is he okay now
C: he's home yeah he's doing better
A: glad to hear it do you have the incident number from the bill
C: it says [[ACCT:{g.say(inc)}]]
A: thank you and the patient's name
C: [[N:bartholomew quaid]]
A: and you're his wife
C: yes [[N:noreen quaid]]
A: okay mrs [[N:quaid]] i can see the transport charge was ((price:{g.money(g.amount(800, 1900))})) and the insurance paid part of it
C: so what do we owe
A: the balance after insurance is ((price:{g.money(g.amount(150, 600))}))
C: okay i'll pay it on my card now
A: sure whenever you're ready
C: [[CARD#c1:{g.say(b[0])}]] [[CARD#c1!:{g.say(wrong)}]] no wait sorry [[CARD#c1:{g.say(b[1])}]]
A: no problem so the second block is [[CARD#r1~:{g.say(b[1])}]]
C: yes
C: then [[CARD#c1:{g.say(b[2])}]] and [[CARD#c1:{g.say(b[3])}]]
A: and the expiry
C: [[EXP:{g.expsay(m, y, 2)}]]
A: and the code on the back
C: [[CVV:{g.say(cv)}]]
A: okay that payment's gone through
C: thank god one less thing
"""


@case("transcript")
def k06(g):
    ssn = g.ssn()
    acct = g.n(8)
    dob = g.dob(1962, 1990)
    ph = g.us_phone("303")
    return f"""
A: Front Range Diagnostic Labs billing, this is [[N:Priyanka]].
C: Hi, I got a bill for blood work I thought my insurance covered.
A: I can look into that. I'll need to verify your identity first. Your full name?
C: [[N:Colm Brannigan]].
A: Date of birth?
C: [[DOB:{g.dobsay(dob, 0)}]].
A: And the last four of your Social?
C: [[SSN:{ssn[5:]}]].
A: Thank you. I see a lipid panel and an ((other:A1C)), codes ((other:80061)) and ((other:83036)), from ((date:May 2)).
C: Right. Why wasn't that covered?
A: It looks like it was sent to an old insurance. Do you have a new plan?
C: Yes, I changed jobs in ((date:April)).
A: That explains it. Can you send us a copy of the new card? You can email it or fax it.
C: I'll email it. What's the account number I should put on it?
A: Your account number is [[ACCT:{acct}]].
C: Got it. And if you need to reach me, my cell is [[PH:{g.phonesay(ph)}]].
A: I'll note that. Once we rebill, you should see a new statement in ((duration:4 to 6 weeks)).
C: Thanks for your help.
"""


@case("asr")
def k07(g):
    mem = g.n(11)
    return f"""
A: clearview vision plan this is [[N:odalys]] how can i help
C: hi i bought glasses out of network and i'm trying to send the claim
A: i can help with that what's the member id
C: [[ACCT:{g.say(mem)}]]
A: thank you and your name
C: [[N:ingrid halvorsen]]
A: okay [[N:ingrid]] for out of network frames you're reimbursed up to ((price:seventy five dollars)) and lenses up to ((price:forty dollars))
C: oh that's not much the frames were like ((price:two hundred))
A: yeah unfortunately that's the schedule for your plan
C: okay well how do i send the receipt
A: you can email it to us i just need the email on your profile updated it's showing an old one
C: right use [[EM:ingrid dot halvorsen at fastmail dot com]]
A: that's [[EM:i n g r i d dot h a l v o r s e n at fastmail dot com]]
C: yep
A: great you'll get an email from us with the form within ((duration:the hour))
C: perfect thanks
"""


@case("transcript")
def k08(g):
    acct = g.n(7)
    card = g.card("amex")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv(4)
    zp = g.zip("441")
    hn = g.r.randint(100, 9899)
    return f"""
A: Good morning, Keystone Home Medical, this is [[N:Ferdinand]].
C: Hi, I need to reorder supplies for my CPAP.
A: Sure. What's your account number?
C: [[ACCT:{acct}]].
A: And your name?
C: [[N:Augustin Pellerin]].
A: Thank you, Mr. [[N:Pellerin]]. I have you on the ((model_number:AirSense 10)). You're due for a mask cushion, filters and tubing.
C: Yes, all of that. The cushion is a medium.
A: Your insurance covers the cushion every ((duration:30 days)) and filters ((count:two)) per month. Your share comes to ((price:{g.money(g.amount(20, 90))})).
C: That's fine. Can you ship it to my new address?
A: Of course. What's the new address?
C: [[ADDR:{hn} Tamarack Ridge Drive, Apt 4C, Mentor]], Ohio, [[PC:{zp}]].
A: [[ADDR:{hn} Tamarack Ridge Drive, Apt 4C]], [[PC:{zp}]]. Got it. And how would you like to pay?
C: American Express. [[CARD#c1:{b[0]} {b[1]} {b[2]}]].
A: Expiration?
C: [[EXP:{g.expsay(m, y, 0)}]].
A: And the four-digit code on the front?
C: [[CVV:{cv}]].
A: Thank you. It ships today and should arrive by ((date:Thursday the 12th)).
C: Wonderful.
"""


@case("asr")
def k09(g):
    rx = g.n(7)
    dob = g.dob(1980, 1999)
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    return f"""
A: pharmacy this is [[N:kenji]]
C: hi i'm calling to see if my prescription is ready
A: sure what's the rx number
C: it's [[ACCT:{g.say(rx)}]]
A: and your date of birth
C: [[DOB:{g.dobsay(dob, 1)}]]
A: okay that's the amoxicillin ((quantity:five hundred milligrams)) ((count:twenty one)) capsules it's ready
C: how much is it
A: with your insurance it's ((price:{g.money(g.amount(3, 25))}))
C: can i pay over the phone with my fsa card so i can just grab it
A: yes we can do that what's the card number
C: [[CARD#c1:{g.cardsay(card)}]]
A: and the expiry
C: [[EXP:{g.expsay(m, y, 3)}]]
A: and the security code
C: [[CVV:{g.say(cv)}]]
A: all paid it'll be at the pickup window till ((time:nine pm))
C: thanks a lot
"""


@case("transcript")
def k10(g):
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    pc = g.uk_pc("BS7")
    ph = g.uk_phone("bri")
    return f"""
A: Good afternoon, Gloucester Road Dental Practice, [[N:Philippa]] speaking.
C: Hi, it's [[N:Callum Dunmore]]. I had a crown fitted last week and I'd like to pay the balance.
A: Of course, Mr. [[N:Dunmore]]. Can I take your date of birth and postcode to find you?
C: [[DOB:{g.dobsay(g.dob(1975, 1994), 1)}]], and it's [[PC:{g.pcsay(pc)}]].
A: Lovely, found you. The crown was private, so the balance is ((price:£{g.r.randint(380, 720)}.00)).
C: Yes, that's what I was told.
A: Would you like to pay the whole amount today?
C: Yes please. The card number is [[CARD#c1:{b[0]} {b[1]}]]...
A: Yes?
C: ...[[CARD#c1:{b[2]} {b[3]}]].
A: And the expiry date?
C: [[EXP:{g.expsay(m, y, 0)}]].
A: And the last three digits on the back?
C: [[CVV:{cv}]].
A: That's gone through. Shall I email the receipt?
C: Could you text it instead? My mobile's [[PH:{g.phonesay(ph)}]].
A: Hmm, that's a landline number, it won't take a text. I'll post it to you instead.
C: Oh, fine, post is fine.
A: Done. Your next check-up is in ((duration:six months)).
"""


@case("asr")
def k11(g):
    pps = g.pps()
    eir = g.eircode("H91")
    card = g.card("mc")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    return f"""
A: good morning salthill medical centre [[N:aoife]] speaking
C: hiya it's [[N:padraig mac giolla]] here i'm just ringing to pay for the blood test i had on monday
A: no bother [[N:padraig]] can i get your date of birth just to pull up the file
C: [[DOB:{g.dobsay(g.dob(1969, 1990), 1)}]]
A: grand and are you still at the same address
C: i am yeah [[ADDR:{g.say(str(g.r.randint(2, 88)))} knocknacarra road]] and the eircode is [[PC:{g.pcsay(eir)}]]
A: perfect and we have your pps number on file the last four numbers being [[SSN#p1~:{g.say(pps[3:7])}]] is that right
C: that's it
A: so it's ((price:sixty euro)) for the bloods
C: okay have you got a pen so [[CARD#c1:{g.say(b[0])}]]
A: yep
C: [[CARD#c1:{g.say(b[1])}]]
A: yep
C: [[CARD#c1:{g.say(b[2])}]]
A: and
C: [[CARD#c1:{g.say(b[3])}]]
A: lovely and the expiry
C: [[EXP:{g.expsay(m, y, 0)}]]
A: and the three on the back
C: [[CVV:{g.say(cv)}]]
A: that's gone through for you the results should be back in ((duration:about a week)) and the doctor will ring you if there's anything
C: sound thanks a million
"""


@case("transcript")
def k12(g):
    hc = g.n(10) + g.letters(2, "ABCDEFGHJKLMNPRSTVWXYZ")
    pc = g.ca_pc("M")
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    ph = g.ca_phone()
    return f"""
A: Bloor West Physiotherapy, [[N:Yvette]] speaking.
C: Hi, this is [[N:Dariusz Kowalczyk]]. I'm booked for Thursday but I need to pay my outstanding invoice first.
A: Sure. Can I confirm your date of birth?
C: [[DOB:{g.dobsay(g.dob(1958, 1985), 2)}]].
A: And your postal code?
C: [[PC:{pc}]].
A: Thanks. Physiotherapy isn't covered by OHIP for you, so there's ((price:$95.00)) from the last visit and ((price:$80.00)) for Thursday.
C: Can you take both now?
A: Yes. Do you want the same card as last time, the one ending [[CARD#o1~:{g.n(4)}]]?
C: No, that one's cancelled. Use this: [[CARD#c1:{b[0]}-{b[1]}-{b[2]}-{b[3]}]].
A: Expiry?
C: [[EXP:{g.expsay(m, y, 3)}]].
A: Security code?
C: [[CVV:{cv}]].
A: Perfect. And I'll update your health card on file while I have you. Is it still [[ACCT:{hc[:4]}-{hc[4:7]}-{hc[7:10]}-{hc[10:]}]]?
C: Yes, that's right.
A: And the best number to reach you at?
C: [[PH:{g.phonesay(ph)}]].
A: Great, you're all set for Thursday at ((time:4:15 PM)).
C: Thanks, see you then.
"""


@case("asr")
def k13(g):
    med = g.n(10)
    irn = str(g.r.randint(1, 5))
    pc = g.au_pc("4")
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    return f"""
A: hi you've called coastal imaging [[N:brodie]] speaking
C: oh hi i had an mri last week and i've got a gap fee to pay
A: no worries can i grab your medicare number
C: yeah it's [[ACCT:{g.say(med)} {g.say(irn)}]]
A: and your name
C: [[N:shayla murchison]]
A: and the postcode
C: [[PC:{g.say(pc)}]]
A: thanks [[N:shayla]] so the mri of the knee the gap is ((price:two hundred and twenty dollars))
C: yeah okay they said that
A: how would you like to pay
C: card
A: go for it
C: [[CARD#c1:{g.say(b[0])} {g.say(b[1])}]]
A: yep
C: [[CARD#c1:{g.say(b[2])}]]
C: hang on the last bit's worn off
A: no rush
C: [[CARD#c1:{g.say(b[3])}]]
A: and the expiry
C: [[EXP:{g.expsay(m, y, 1)}]]
A: and the cvv
C: [[CVV:{g.say(cv)}]]
A: beautiful you'll get the rebate from medicare in ((duration:a couple of days)) once we lodge it
C: ah too easy thanks
"""


@case("transcript")
def k14(g):
    mbi = g.mbi()
    hn = g.r.randint(10, 999)
    zp = g.zip("336")
    ph = g.us_phone("813")
    return f"""
A: Thank you for calling Gulfside Health Plans member services. My name is [[N:Terrence]]. Can I have your Medicare number?
C: It's [[ACCT:{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}]].
A: Thank you. And your name and date of birth?
C: [[N:Loretta Ambrose]], [[DOB:{g.dobsay(g.dob(1941, 1957), 2)}]].
A: Thank you, Ms. [[N:Ambrose]]. How can I help you today?
C: I moved into my daughter's place and I need to change my address.
A: Certainly. What's the new address?
C: [[ADDR:{hn} Pelican Bay Court, Tampa]], [[PC:{zp}]].
A: Is the city Tampa?
C: Yes.
A: And is there a new phone number as well?
C: Yes, it's [[PH:{g.phonesay(ph)}]].
A: I've updated both. Since you've stayed in the same county, your plan and your doctors don't change.
C: Oh, good. And my pills still come in the mail?
A: Yes, the mail-order pharmacy uses this address from now on. Your next shipment is due around the ((date:20th)).
C: Thank you, [[N:Terrence]].
"""


@case("asr")
def k15(g):
    acct = g.n(8)
    card = g.card("mc2")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    return f"""
I: thank you for calling the saint mungo's hospital automated payment line
I: please say or enter your account number it can be found in the top right of your statement
C: [[ACCT:{g.say(acct)}]]
I: thank you your current balance is ((price:{g.money(g.amount(40, 700))})) how much would you like to pay today
C: all of it
I: please enter your card number followed by the hash key
C: [[CARD#c1:{g.cardsay(card)}]]
I: you entered a card ending in [[CARD#r1~:{g.say(b[3])}]] if this is correct press ((other:one))
C: yes
I: please enter the expiry date as four digits
C: [[EXP:{g.expsay(m, y, 0)}]]
I: please enter the three digit security code
C: [[CVV:{g.say(cv)}]]
I: please wait while we process your payment
I: your payment was successful your reference number is ((other:{g.say(g.n(8))}))
I: to hear that again press ((other:one)) otherwise you may hang up
"""


@case("transcript")
def k16(g):
    acct = g.n(9)
    kid = g.dob(2008, 2013)
    c1 = g.card("visa")
    c2 = g.card("disc")
    m, y = g.exp()
    cv = g.cvv()
    return f"""
A: Parkside Orthodontics, this is [[N:Marisol]].
C: Hi, I'm [[N:Trevor Ashdown]]'s dad, [[N:Neil Ashdown]]. I want to set up the monthly payment for his braces.
A: Of course. Can I have [[N:Trevor]]'s date of birth?
C: [[DOB:{g.dobsay(kid, 0)}]].
A: Thank you. The treatment fee is ((price:$5,400.00)), with ((price:$1,000.00)) down and ((count:22)) monthly payments of ((price:$200.00)).
C: Right. Put the down payment on this card: [[CARD#w1:{' '.join(g.blocks(c1))}]].
A: And the expiration date?
C: Actually, wait. Don't use that one, that's my work card.
A: No problem, I'll discard it. Which card would you like to use?
C: It's a Discover. [[CARD#c1:{' '.join(g.blocks(c2))}]].
A: So that's a card ending in [[CARD#r1~:{c2[-4:]}]]?
C: Yes.
A: And the expiration date on the Discover?
C: [[EXP:{g.expsay(m, y, 1)}]].
A: And the CVV?
C: [[CVV:{cv}]].
A: Thank you. The monthly payments will come off on the ((date:1st)). Your account number with us is [[ACCT:{acct}]].
C: Okay. Thanks.
"""


@case("asr")
def k17(g):
    ph = g.us_phone("412")
    ext = str(g.r.randint(100, 899))
    return f"""
A: three rivers hearing solutions this is [[N:ottilie]]
C: hi my father's hearing aid stopped working he got it from you last year
A: oh no what model is it
C: it says ((model_number:phonak audeo p ninety)) on the box
A: okay is it the charger or the aid itself
C: he says it charges but there's no sound
A: probably the receiver we can replace that under warranty what's your dad's name
C: [[N:anselm fairweather]]
A: and his date of birth
C: [[DOB:{g.dobsay(g.dob(1941, 1950), 0)}]]
A: thank you and a good number to call back on
C: it's my work number [[PH#p1:{g.phonesay(ph)}]] extension [[PH#p1!:{g.say(ext)}]]
A: okay so that's [[PH#p2:{g.phonesay(ph)}]] extension [[PH#p2!:{g.say(ext)}]]
C: that's right
A: we can see him ((date:next tuesday)) at ((time:ten thirty)) it takes about ((duration:twenty minutes))
C: great i'll bring him in
"""


@case("transcript")
def k18(g):
    card = g.card("mc")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    return f"""
A: Riverside Sports Physio, [[N:Georgette]] speaking.
C: Hi, I have an appointment tomorrow but I can't make it.
A: Okay, can I have your name?
C: [[N:Lachlan Ferrier]].
A: I see you at ((time:8:00 AM)) with [[N:Hamish]].
C: Yes. I know it's late notice.
A: Our policy is a ((price:$40)) fee if you cancel inside ((duration:24 hours)). I'm sorry.
C: That's fair. Can I pay it now and rebook?
A: Sure. Which card?
C: [[CARD#c1:{b[0]} {b[1]} {b[2]}]]
A: Mm-hmm.
C: [[CARD#c1:{b[3]}]]. Expiry [[EXP:{g.expsay(m, y, 2)}]], code [[CVV:{cv}]].
A: Thank you. When would you like to come in instead?
C: Any evening next week.
A: I have ((date:Wednesday)) at ((time:6:30 PM)).
C: Perfect.
A: You're booked. You'll get a reminder text the day before.
C: Thanks, sorry again.
"""


@case("asr")
def k19(g):
    claim = g.n(12)
    mem = "W" + g.n(9)
    return f"""
A: northern plains health member services my name is [[N:dmitri]] can i have your member id
C: yeah it's [[ACCT:{g.spell(mem)}]]
A: and who am i speaking with
C: [[N:shannon verhoeven]]
A: how can i help today
C: i got a bill from the urgent care and i think you guys denied it by mistake
A: let me look do you have the claim number
C: [[ACCT#cl:{g.say(claim[:6])}]] um [[ACCT#cl:{g.say(claim[6:])}]]
A: sorry could you start that again
C: [[ACCT#c2:{g.say(claim)}]]
A: got it okay i see it denied as out of network
C: but it's the one right by my house they're in network
A: it was billed under a different tax id i'll send it back for reprocessing
C: how long will that take
A: about ((duration:thirty days)) and you won't owe more than your ((price:seventy five dollar)) urgent care copay
C: okay that's a relief
A: is there anything else
C: no that's it thanks [[N:dmitri]]
"""


@case("transcript")
def k20(g):
    rx = g.n(7)
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    trk = g.badluhn(22)
    return f"""
A: Thank you for calling CareDirect Pharmacy by Mail, this is [[N:Fenella]].
C: Hi, my insulin order says payment failed.
A: I can help. May I have your name and date of birth?
C: [[N:Osvaldo Ferreira]], [[DOB:{g.dobsay(g.dob(1960, 1978), 0)}]].
A: Thank you. I see the Rx [[ACCT:{rx}]] for ((quantity:100 units/mL)) insulin glargine, ((count:5)) pens. The card on file expired [[EXP:{g.expsay(g.r.randint(1, 12), 2024, 0)}]].
C: Oh, right. Here's the new one: [[CARD#c1:{b[0]} {b[1]} {b[2]} {b[3]}]].
A: And the new expiration date?
C: [[EXP:{g.expsay(m, y, 0)}]].
A: And the security code?
C: [[CVV:{cv}]].
A: The copay is ((price:$35.00)). I've charged it and released the order.
C: It needs to be cold, right?
A: Yes, it ships overnight with ice packs. Your tracking number is ((other:{trk})).
C: Let me write that down. Could you repeat the last few digits?
A: Sure, the last six are ((other:{trk[-6:]})).
C: Thank you.
"""


@case("transcript")
def k21(g):
    nhs = g.nhs()
    pc = g.uk_pc("LS6")
    ph = g.uk_phone("mob")
    return f"""
A: Headingley Lane Surgery, [[N:Bethan]] speaking, how can I help?
C: Hello, I'm calling for my mum, [[N:Winifred Ackroyd]]. I'm her carer. Her repeat prescription hasn't gone to the chemist.
A: I can check. Is she happy for us to speak to you?
C: Yes, she's here, she can say so. Mum?
C: Yes, that's fine, love, talk to [[N:Gail]].
A: Thank you. Can I take her date of birth and the first line of her address?
C: [[DOB:{g.dobsay(g.dob(1941, 1946), 1)}]], and it's [[ADDR:{g.r.randint(3, 140)} Cardigan Mews]], [[PC:{pc}]].
A: And her NHS number if you have it?
C: [[ACCT:{nhs[:3]} {nhs[3:6]} {nhs[6:]}]].
A: Thank you. I can see the request for the ramipril ((quantity:5 mg)) and the bisoprolol. The doctor signed it this morning.
C: Oh good. Which chemist did it go to?
A: The one on Otley Road. It can take ((duration:48 hours)) for them to make it up.
C: Right. Could you put my mobile on her record in case anything comes up? It's [[PH:{g.phonesay(ph)}]].
A: I'll add you as her carer contact.
C: Thank you so much.
"""


@case("asr")
def k22(g):
    zp = g.zip("972")
    hn = g.r.randint(1000, 19999)
    acct = g.n(10)
    ph = g.us_phone("503")
    return f"""
A: cascade womens health billing this is [[N:leilani]]
C: hi i moved and my bills are still going to the old place
A: okay let's fix that can i have the account number on the statement
C: [[ACCT:{g.say(acct)}]]
A: and your name
C: [[N:brisa montenegro]]
A: thanks [[N:brisa]] what's the new address
C: it's [[ADDR:{num_words(hn)} southeast hawthorne boulevard unit two oh four]]
A: and that's portland
C: yeah portland [[PC:{g.say(zp)}]]
A: okay and is the phone still ending in [[PH#l4~:{g.say(ph[-4:])}]]
C: no i changed that too it's [[PH:{g.phonesay(ph)}]]
A: oh it's the same actually
C: ha okay good
A: and email for paperless billing
C: [[EM:brisa m dot pdx at protonmail dot com]]
A: you're all updated you should get an email statement by the end of the month
C: cool thank you
"""


@case("transcript")
def k23(g):
    pc = g.ca_pc("V")
    phn = "9" + g.n(9)
    ph = g.ca_phone()
    card = g.card("visa")
    m, y = g.exp()
    cv = g.cvv()
    return f"""
A: Kitsilano Eye Care, [[N:Jasper]] speaking.
C: Hi, it's [[N:Mei-Lin Tsang]]. I'm picking up my contacts and want to pay ahead.
A: Sure. Your Personal Health Number?
C: [[ACCT:{phn[:4]} {phn[4:7]} {phn[7:]}]].
A: Thanks. I have a ((duration:one-year)) supply of daily lenses, ((count:8)) boxes, ((price:$412.00)) after your plan.
C: Okay. Can you ship them instead? I'm at [[ADDR:{g.r.randint(1100, 3999)} West 7th Avenue, Vancouver]], [[PC:{pc}]].
A: We can. Shipping is free over ((price:$200)). What card?
C: [[CARD#c1:{' '.join(g.blocks(card))}]], expiry [[EXP:{g.expsay(m, y, 0)}]], and the code's [[CVV:{cv}]].
A: Got it. And your email for the tracking?
C: [[EM:meilin.tsang@shaw.ca]].
A: And a phone number?
C: [[PH:{g.phonesay(ph)}]].
A: Perfect, they'll go out ((date:tomorrow)).
"""


@case("asr")
def k24(g):
    pc = g.au_pc("3")
    ph = g.au_phone()
    return f"""
A: morning bayside pathology this is [[N:tegan]]
C: hi i'm ringing because i had a blood test and the results went to the wrong doctor
A: oh sorry about that what's your name
C: [[N:fotini papadakis]] [[N:p a p a d a k i s]]
A: and date of birth
C: [[DOB:{g.dobsay(g.dob(1972, 1990), 3)}]]
A: thanks and your address please
C: [[ADDR:{g.say(str(g.r.randint(2, 60)))} glenhuntly road elwood]] [[PC:{g.say(pc)}]]
A: okay i see it was sent to a doctor in brighton
C: yeah that's my old gp i go to the clinic in elsternwick now
A: i'll resend it there and update your file
C: and can you call me when it's done
A: sure what number
C: [[PH:{g.phonesay(ph)}]]
A: it'll be done in ((duration:about an hour)) i'll call you after that
C: thanks heaps
"""


@case("transcript")
def k25(g):
    ssn = g.ssn()
    mem = "ZGH" + g.n(9)
    dob = g.dob(1966, 1982)
    zp = g.zip("606")
    return f"""
A: Lakefront Blue member services, this is [[N:Octavia]]. Who do I have on the line?
C: [[N:Rasheed Okonjo]].
A: Hi, Mr. [[N:Okonjo]]. I'll need to verify you. Your Social Security number, please?
C: [[SSN:{g.ssnsay(ssn)}]].
A: And your date of birth?
C: [[DOB:{g.dobsay(dob, 2)}]].
A: Thank you. And the ZIP code on your account?
C: [[PC:{zp}]].
A: Great, you're verified. What can I help with?
C: My new ID card has my name spelled wrong.
A: I see "[[N:Okonja]]" here. I'll correct it and send a new card. Your member ID stays [[ACCT:{mem}]].
C: Good. How long until I get it?
A: About ((duration:7 to 10 days)). You can use the digital card in the app meanwhile.
C: And my deductible this year, how much is left?
A: You've met ((price:$1,150.00)) of your ((price:$2,000.00)) deductible.
C: Okay, thanks.
"""


@case("asr")
def k26(g):
    card = g.card("amex")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv(4)
    acct = g.n(7)
    return f"""
A: sonoran smiles dental billing this is [[N:griselda]]
C: hey it's [[N:wendell park]] i got a text my balance is past due
A: let me see account number please
C: [[ACCT:{g.say(acct)}]]
A: thanks mr [[N:park]] yes there's ((price:three hundred ten dollars)) from the root canal on ((date:july eighth))
C: yeah i thought insurance covered more
A: they paid ((percentage:fifty percent)) for endo on your plan
C: okay i'll pay it it's an amex
A: go ahead
C: [[CARD#c1:{g.say(b[0])}]]
A: mm-hmm
C: [[CARD#c1:{g.say(b[1])}]]
A: mm-hmm
C: [[CARD#c1:{g.say(b[2])}]]
A: sorry i missed the last part can you say it again
C: [[CARD#c1!:{g.say(b[2])}]]
A: got it expiration
C: [[EXP:{g.expsay(m, y, 4)}]]
A: and the four digits on the front
C: [[CVV:{g.say(cv)}]]
A: thank you you're all paid up
"""


@case("transcript")
def k27(g):
    pc = g.uk_pc("EH9")
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    return f"""
A: Marchmont Opticians, [[N:Isla]] speaking.
C: Hi, this is [[N:Fraser Gilchrist]]. You phoned to say my glasses are ready.
A: Yes, Mr. [[N:Gilchrist]]. There's ((price:£149.00)) left to pay on the varifocals.
C: Could I pay now? Then I'll just collect.
A: Of course. Can I confirm your address first?
C: [[ADDR:Flat 3F2, {g.r.randint(2, 40)} Warrender Park Terrace]], [[PC:{pc}]].
A: Thank you. The card number when you're ready.
C: [[CARD#c1:{b[0]} {b[1]}]]
C: [[CARD#c1:{b[2]} {b[3]}]]
A: So that's [[CARD#r1:{b[0]} {b[1]} {b[2]} {b[3]}]]?
C: Yes.
A: Expiry and security number?
C: [[EXP:{g.expsay(m, y, 1)}]], and [[CVV:{cv}]].
A: Lovely, that's paid. We're open till ((time:5:30)) on Saturday.
C: I'll come in then.
"""


@case("asr")
def k28(g):
    acct = g.n(9)
    return f"""
A: good afternoon valley childrens hospital billing this is [[N:rosalind]]
C: hi um i'm trying to understand a bill i got it's for like ((price:four thousand dollars))
A: okay let's go through it together is the patient your child
C: yeah my son [[N:mateo]] he was in for ((duration:two nights)) with his asthma
A: i'm sorry what's the account number on the bill
C: [[ACCT:{g.say(acct)}]]
A: and his date of birth
C: [[DOB:{g.dobsay(g.dob(2012, 2019), 0)}]]
A: and your name
C: [[N:yesenia alvarado]]
A: okay [[N:yesenia]] the total was ((price:{g.money(g.amount(9000, 15000))})) and your insurance has paid most of it
C: so why is it still so much
A: the ((price:four thousand)) is your out of pocket maximum for the year
C: oh so after this we won't pay anymore
A: for the rest of ((year:twenty twenty four)) that's right
C: okay can i do a payment plan
A: yes with no interest up to ((duration:twenty four months))
C: let's do that i'll call back with my card when i get paid on friday
A: sounds good
"""


@case("transcript")
def k29(g):
    ph = g.us_phone("919")
    ext = str(g.r.randint(1000, 4999))
    em = "dwalcott.rn@triangleperio.com"
    return f"""
A: Good morning, Triangle Periodontics, this is [[N:Sunita]].
C: Hi, this is [[N:Delphine Walcott]], I'm the office manager at a general dental practice. We're referring a patient to you.
A: Great. What's the patient's name?
C: [[N:Ignatius Obi]], date of birth [[DOB:{g.dobsay(g.dob(1950, 1975), 0)}]].
A: Thank you. Can you send the X-rays through our portal?
C: I'd rather email them. Which address?
A: Send them to referrals at our domain and I'll match them up. What's your direct line if we need you?
C: [[PH#p1:{g.phonesay(ph)}]], extension [[PH#p1!:{ext}]].
A: And your email?
C: [[EM:{em}]].
A: Perfect. We'll call [[N:Ignatius]] within ((duration:two business days)) to schedule.
C: Thanks so much.
"""


@case("asr")
def k30(g):
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    pc = g.eircode("D04")
    return f"""
A: hello ballsbridge dental [[N:niamh]] speaking
C: hi it's [[N:ciaran o'flaherty]] i'm booked in for the hygienist and i was told to pay the deposit
A: that's right it's ((price:twenty five euro)) to hold the slot
C: grand have you got the card there from last time
A: no we don't keep cards sorry
C: okay so it's [[CARD#c1!:{g.say(b[0][:2])}]] ah no hang on i'm reading the wrong one
C: right [[CARD#c1:{g.say(b[0])} {g.say(b[1])} {g.say(b[2])} {g.say(b[3])}]]
A: and the expiry
C: [[EXP:{g.expsay(m, y, 1)}]]
A: and the security code
C: [[CVV:{g.say(cv)}]]
A: and can i confirm your eircode
C: [[PC:{g.pcsay(pc)}]]
A: perfect you're booked for the ((date:ninth)) at ((time:twenty past two))
C: thanks a million
"""


@case("transcript")
def k31(g):
    rx = g.n(7)
    dob = g.dob(1985, 2000)
    return f"""
A: Westgate Pharmacy, [[N:Anselmo]] speaking.
C: Hi, I'm flying out tomorrow and I need an early refill of my inhaler.
A: Sure. Name and date of birth?
C: [[N:Tabitha Greenhalgh]], [[DOB:{g.dobsay(dob, 2)}]].
A: I see the albuterol, Rx [[ACCT:{rx}]]. It was filled ((duration:18 days)) ago, so insurance will reject an early fill unless we add a vacation override.
C: Can you do that? My flight is ((flight_number:DL 1427)) at ((time:7:05 AM)).
A: I'll submit the override now. If it goes through, the copay is ((price:$15.00)).
C: And if it doesn't?
A: Then the cash price is ((price:$68.99)), or we can give you a ((count:1)) inhaler emergency supply.
C: Let's try the override.
A: It went through. It'll be ready in ((duration:20 minutes)).
C: Brilliant, thank you.
"""


@case("asr")
def k32(g):
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    acct = g.n(8)
    return f"""
I: you've reached the granite state medical group payment line
I: please say your eight digit account number
C: [[ACCT:{g.say(acct)}]]
I: i heard [[ACCT:{g.say(acct)}]] is that right
C: yeah
I: your balance is ((price:{g.money(g.amount(25, 400))})) please say or key your card number
C: [[CARD#c1:{g.say(b[0])} {g.say(b[1])}]]
I: please continue
C: [[CARD#c1:{g.say(b[2])} {g.say(b[3])}]]
I: the card number you entered is [[CARD#r1:{g.cardsay(card)}]] say yes or no
C: yes
I: please say the expiration month and year
C: [[EXP:{g.expsay(m, y, 1)}]]
I: now say the security code
C: [[CVV:{g.say(cv)}]]
I: thank you your payment has been accepted
"""


@case("transcript")
def k33(g):
    ni = g.ni()
    pc = g.uk_pc("M14")
    ph = g.uk_phone("man")
    return f"""
A: Fallowfield Physio and Sports Injury, [[N:Kasia]] speaking.
C: Hi, my employer's health scheme is paying for my sessions and they need my details on the invoice.
A: No problem. Your name?
C: [[N:Oluwaseun Adebayo]].
A: Thanks, [[N:Oluwaseun]]. What do they need?
C: My National Insurance number and home address. The NI number is [[SSN:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]].
A: And the address?
C: [[ADDR:{g.r.randint(5, 120)} Ladybarn Lane, Manchester]], [[PC:{pc}]].
A: Got it. I'll reissue the invoice for the ((count:six)) sessions. Where should I send it?
C: Email to [[EM:seun.adebayo@mailbox.org]], please.
A: Will do. And a phone number for the practice records?
C: [[PH:{g.phonesay(ph)}]].
A: Thanks. The total is ((price:£330.00)), ((price:£55)) a session.
C: Perfect, thanks.
"""


@case("asr")
def k34(g):
    ssn = g.ssn()
    zp = g.zip("770")
    hn = g.r.randint(100, 9999)
    return f"""
A: bayou city emergency physicians billing this is [[N:cornelius]]
C: hi i got a bill for an er doctor but i already paid the hospital
A: yeah the doctors bill separately i'm sorry for the confusion can i have your social to look you up
C: [[SSN:{g.ssnsay(ssn)}]]
A: and your name
C: [[N:lucinda beaumont]]
A: and the address we should have
C: [[ADDR:{num_words(hn)} bellaire boulevard houston]] [[PC:{g.say(zp)}]]
A: okay miss [[N:beaumont]] i see a level four er visit code ((other:{g.say("99284")})) the charge is ((price:{g.money(g.amount(600, 1300))}))
C: wow okay
A: your insurance hasn't been billed yet do you have it with you
C: yeah it's [[ACCT:{g.spell("XOJ" + g.n(9))}]]
A: i'll submit it today you should get an updated bill in ((duration:about six weeks))
C: so i don't pay now
A: no hold off until you get the new statement
"""


@case("transcript")
def k35(g):
    c1 = g.card("mc")
    b = g.blocks(c1)
    m, y = g.exp()
    cv = g.cvv()
    acct = g.n(6)
    return f"""
A: Northside Medical Equipment, [[N:Benedikt]] speaking.
C: Hi, I rented a wheelchair for my husband after his surgery and I want to buy it outright now.
A: Okay, what's the rental account number?
C: [[ACCT:{acct}]].
A: And your name?
C: [[N:Genevieve Tremblay]].
A: Thanks. It's the ((model_number:K0001)) standard chair. You've paid ((count:three)) months, so the buyout is ((price:$185.00)).
C: Let's do it. Card is [[CARD#c1:{b[0]} {b[1]}]], um, [[CARD#c1!:{b[2][:2]}]], no, sorry, [[CARD#c1:{b[2]} {b[3]}]].
A: Let me read it back: [[CARD#r1:{b[0]} {b[1]} {b[2]} {b[3]}]].
C: That's correct.
A: Expiry?
C: [[EXP:{g.expsay(m, y, 2)}]].
A: And the code?
C: [[CVV:{cv}]].
A: All done. It's yours now; no more monthly charges.
"""


@case("asr")
def k36(g):
    pc = g.ca_pc("H")
    ph = g.ca_phone()
    return f"""
A: clinique dentaire plateau good morning this is [[N:amelie]]
C: hi do you speak english
A: yes of course
C: okay i need to book my daughter in she chipped her tooth at hockey
A: oh no is she in pain
C: a little bit it's the front one
A: we can see her today at ((time:three fifteen)) what's her name
C: [[N:chloe vandermeer]] and she's ((other:eleven))
A: and her date of birth
C: [[DOB:{g.dobsay(g.dob(2012, 2014), 1)}]]
A: and is she a new patient
C: yes we just moved from ottawa
A: okay i'll need an address and postal code
C: [[ADDR:{g.say(str(g.r.randint(3000, 5999)))} rue saint urbain]] and the postal code is [[PC:{g.pcsay(pc)}]]
A: and a phone number
C: [[PH:{g.phonesay(ph)}]]
A: perfect see you at ((time:three fifteen))
"""


@case("transcript")
def k37(g):
    em1 = "gkapoor1962@yahoo.com"
    mem = g.n(9) + "01"
    return f"""
A: Heartland Dental Network, this is [[N:Maribel]].
C: Hi, I'm [[N:Gurpreet Kapoor]]. I can't log in to the member portal.
A: I can help. What's your member ID?
C: [[ACCT:{mem}]].
A: Thank you. What email did you register with?
C: I think [[EM:{em1}]].
A: I have a different one on file. Can you try [[EM:g.kapoor62@gmail.com]]?
C: Oh, yes, that's my old one. I don't use it anymore.
A: I can change it for you. I'll send a verification link to [[EM:{em1}]].
C: Okay. Got it.
A: Click the link and set a new password. It expires in ((duration:15 minutes)).
C: Done. I'm in.
A: Great. Anything else?
C: No, that's it.
"""


@case("asr")
def k38(g):
    card = g.card("mc")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    pc = g.uk_pc("CF24")
    return f"""
A: hello roath dental care [[N:carys]] speaking
C: hiya yeah i'm after paying for my daughter's brace adjustment
A: okay what's her name
C: [[N:seren pritchard]]
A: and your name
C: [[N:rhodri pritchard]] i'm her dad
A: and can you confirm the postcode on the account
C: [[PC:{g.pcsay(pc)}]]
A: lovely so it's ((price:forty five pounds))
C: right card number [[CARD#c1!:{g.say(b[0])}]] [[CARD#c1!:{g.say(b[1])}]]
A: sorry you're breaking up
C: i'll start again [[CARD#c1:{g.say(b[0])} {g.say(b[1])} {g.say(b[2])} {g.say(b[3])}]]
A: thank you and the expiry
C: [[EXP:{g.expsay(m, y, 0)}]]
A: and the last three on the back
C: [[CVV:{g.say(cv)}]]
A: that's taken now her next appointment's in ((duration:six weeks))
C: ta very much
"""


@case("transcript")
def k39(g):
    pc = g.au_pc("2")
    ph = g.au_phone()
    med = g.n(10)
    return f"""
A: Good morning, Inner West Podiatry, [[N:Saoirse]] speaking.
C: Hi, I'm calling for my father, [[N:Stavros Karalis]]. His GP referred him for diabetic foot checks.
A: Lovely. Is he on a chronic disease management plan?
C: Yes, the doctor said he gets ((count:five)) visits covered.
A: That's right. Can I get his Medicare number?
C: [[ACCT:{med[:4]} {med[4:9]} {med[9]}]], and he's number ((other:2)) on the card.
A: And his address?
C: [[ADDR:{g.r.randint(10, 200)} Marrickville Road, Dulwich Hill]], [[PC:{pc}]].
A: And the best contact number?
C: Mine, please. [[PH:{g.phonesay(ph)}]]. I'm [[N:Eleni]], his daughter.
A: Thanks, [[N:Eleni]]. First available is ((date:Monday the 14th)) at ((time:10 AM)).
C: That's fine.
"""


@case("asr")
def k40(g):
    ph = g.us_phone("617")
    return f"""
A: thanks for calling beacon hill dermatology my name is [[N:winslow]]
C: hi i'm returning a call someone left me a voicemail about my biopsy results
A: okay what's your name
C: [[N:penelope xiradakis]]
A: can you spell the last name
C: [[N:x i r a d a k i s]]
A: and date of birth
C: [[DOB:{g.dobsay(g.dob(1955, 1975), 2)}]]
A: thank you i see dr [[N:okafor-bell]] wants to talk to you herself she's with a patient
C: should i be worried
A: i can't say but she usually calls back within ((duration:the hour))
C: okay my number is [[PH:{g.phonesay(ph)}]]
A: i have [[PH#rb:{g.phonesay(ph)}]]
C: yes
A: i'll put the message on her desk now
"""


@case("transcript")
def k41(g):
    zp = g.zip("850")
    ph = g.us_phone("602")
    return f"""
A: Desert Bloom Pediatrics, this is [[N:Consuelo]].
C: Hi, I'm [[N:Ainsley Prewitt]], I need to update my kids' file. We moved.
A: Sure. Which children?
C: [[N:Harper]] and [[N:Declan Prewitt]].
A: Got them. New address?
C: [[ADDR:{g.r.randint(1000, 9999)} East Camelback Road, Unit 12, Phoenix]], Arizona [[PC:{zp}]].
A: And is your cell still the same?
C: No, it's [[PH:{g.phonesay(ph)}]] now.
A: And email?
C: [[EM:ainsley.prewitt@outlook.com]].
A: All updated. [[N:Declan]]'s ((other:4))-year checkup is due, by the way. He needs ((count:two)) vaccines.
C: Let's book it. Mornings are best.
A: ((date:Friday, June 6)) at ((time:9:40 AM))?
C: Perfect.
"""


@case("asr")
def k42(g):
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    return f"""
A: lone star dental billing [[N:everett]] speaking
C: yeah hi i need to pay the rest of my implant it's [[N:harlan vostrikov]]
A: okay mr [[N:vostrikov]] i have ((price:twelve hundred dollars)) remaining
C: i'm gonna put it on my hsa card
A: sure go ahead
C: okay the first four are [[CARD#c1:{g.say(b[0])}]]
C: next [[CARD#c1:{g.say(b[1])}]]
A: okay
C: then [[CARD#c1!:{g.say(b[2][:2])}]] wait [[CARD#c1:{g.say(b[2])}]]
C: and [[CARD#c1:{g.say(b[3])}]]
A: thank you so the last four [[CARD#r1~:{g.say(b[3])}]]
C: correct
A: and the expiration
C: it says valid thru [[EXP:{g.expsay(m, y, 2)}]]
A: security code
C: [[CVV:{g.say(cv)}]]
A: perfect you're paid in full
"""


@case("transcript")
def k43(g):
    pc = g.uk_pc("NE6")
    ph = g.uk_phone("mob")
    return f"""
A: Byker Community Pharmacy, [[N:Jolene]] speaking.
C: Hello, I'd like to sign my dad up for the delivery service. He can't get out much now.
A: Of course. What's his name?
C: [[N:Ernest Charlton]].
A: And where does he live?
C: [[ADDR:{g.r.randint(2, 90)} Shields Road West]], [[PC:{pc}]].
A: We deliver there on ((date:Tuesdays)) and ((date:Fridays)). Who do we ring if he doesn't answer?
C: Me, I'm [[N:Maureen]]. My mobile is [[PH:{g.phonesay(ph)}]].
A: Thank you. He has ((count:four)) items on repeat. The next ones are due on the ((date:22nd)).
C: Great. Does it cost anything?
A: No, delivery is free for patients over ((other:60)).
C: Lovely, thank you.
"""


@case("asr")
def k44(g):
    acct = g.n(8)
    em = "tobias dot wren at hotmail dot co dot uk"
    return f"""
A: good morning harley street hearing clinic this is [[N:ottoline]]
C: morning it's [[N:tobias wren]] i'm after a copy of my invoice for my insurer
A: of course which appointment was it
C: the hearing test and the fitting back in ((date:april))
A: yes i see both the total was ((price:two thousand four hundred pounds))
C: that's the one can you email it over
A: certainly what's your email
C: [[EM:{em}]]
A: and shall i put your policy number on it
C: yes please it's [[ACCT:{g.say(acct)}]]
A: lovely i'll send that within ((duration:ten minutes))
C: cheers
"""


@case("transcript")
def k45(g):
    card = g.card("disc")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    zp = g.zip("462")
    return f"""
A: Crossroads Ambulance Services, billing department. This is [[N:Reginald]].
C: Hi. I'm [[N:Darlene Huckabee]]. My mother was transported last month and I have power of attorney.
A: I'm sorry about your mother. What's her name?
C: [[N:Opal Huckabee]].
A: And her date of birth?
C: [[DOB:{g.dobsay(g.dob(1941, 1944), 2)}]].
A: And the ZIP code on the bill?
C: [[PC:{zp}]].
A: Medicare paid ((percentage:80%)). The remaining ((price:$212.40)) is her coinsurance.
C: I'll pay it with my card. [[CARD#c1:{b[0]} {b[1]} {b[2]} {b[3]}]].
A: Thank you. And the expiration date?
C: [[EXP:{g.expsay(m, y, 0)}]].
A: The security code?
C: [[CVV:{cv}]].
A: It's processed. Confirmation number ((other:{g.n(6)}{g.letters(2)})).
C: Thanks.
"""


@case("asr")
def k46(g):
    hn = g.r.randint(10, 99)
    pc = g.ca_pc("T")
    return f"""
A: bow valley massage therapy this is [[N:kiersten]]
C: hi i'm a new client and i want to book for next week
A: great can i get your name
C: [[N:rajveer sandhu]]
A: and your address for our records
C: [[ADDR:{g.say(str(hn))} evanston crescent northwest calgary]] [[PC:{g.pcsay(pc)}]]
A: and your email
C: [[EM:rajveer dot sandhu at telus dot net]]
A: perfect do you have extended health coverage
C: yeah through my work
A: okay we direct bill most plans a ((duration:sixty minute)) session is ((price:one twenty five))
C: great ((date:thursday)) works
A: i have ((time:five thirty)) with [[N:margot]]
C: book it
"""


@case("transcript")
def k47(g):
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    pc = g.eircode("T12")
    return f"""
A: Good afternoon, Douglas Veterinary... sorry, Douglas Medical Practice, [[N:Clodagh]] speaking.
C: Ha, hello. It's [[N:Donal Sheehy]]. I want to pay for my flu vaccine and my wife's.
A: No problem. That's ((price:€50.00)) for the two.
C: Grand. The card is [[CARD#c1:{b[0]} {b[1]}]]...
A: Yes.
C: [[CARD#c1:{b[2]} {b[3]}]].
A: Sorry, was the third block [[CARD#r1~:{b[2]}]]?
C: Yes.
A: Expiry and CVV?
C: [[EXP:{g.expsay(m, y, 3)}]], and [[CVV:{cv}]].
A: And the Eircode so I can match your file?
C: [[PC:{pc}]].
A: Perfect, you're both booked for ((date:Saturday)) at ((time:11:20)).
"""


@case("asr")
def k48(g):
    ph = g.us_phone("704")
    return f"""
A: queen city vein center this is [[N:azalea]] how may i help you
C: hi i'm calling for my wife she can't talk right now she's at work
A: okay what can i do
C: she needs to move her ultrasound to a later time
A: i'll need her name and date of birth
C: [[N:marguerite delacroix-hunt]] [[DOB:{g.dobsay(g.dob(1968, 1983), 0)}]]
A: and your name
C: [[N:lionel hunt]]
A: okay i can't change it without her permission on file but i can have someone call her
C: sure her cell is [[PH:{g.phonesay(ph)}]]
A: we'll call her after ((time:four))
C: thanks
"""


@case("transcript")
def k49(g):
    ssn = g.ssn()
    card = g.card("mc")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    return f"""
A: Piedmont Orthopedic Billing, this is [[N:Ambrose]]. Can I have the patient's name?
C: [[N:Tallulah Jennings]].
A: And the last four of the Social?
C: [[SSN:{ssn[5:]}]].
A: Thank you. I see ((price:$1,846.00)) from the knee scope on ((date:October 3)).
C: Can I put ((price:$500)) down and the rest monthly?
A: Yes, ((count:six)) payments of about ((price:$224.33)).
C: Okay. [[CARD#c1:{b[0]} {b[1]} {b[2]}]]... and [[CARD#c1:{b[3]}]].
A: Expiry?
C: [[EXP:{g.expsay(m, y, 1)}]].
A: CVC?
C: [[CVV:{cv}]].
A: Done. The plan starts next month.
"""


@case("asr")
def k50(g):
    pc = g.au_pc("6")
    em = "jaxon dot whitlam eighty eight at bigpond dot com"
    return f"""
A: hi perth city dental [[N:kirra]] speaking
C: hey it's [[N:jaxon whitlam]] i had a filling and the health fund bit didn't go through
A: oh sorry we'll sort it what's your health fund
C: it's through my work the member number's on the app
A: you can email us a screenshot if that's easier
C: yeah what's the email
A: just reply to the appointment email we sent what email do you have with us
C: [[EM:{em}]]
A: yep that's the one
C: and my address changed it's [[ADDR:{g.say(str(g.r.randint(2, 70)))} scarborough beach road]] [[PC:{g.say(pc)}]]
A: updated the gap was ((price:sixty five dollars)) if the fund doesn't pay
C: no worries
"""


@case("transcript")
def k51(g):
    acct = g.n(8)
    return f"""
A: Summit Family Practice billing, this is [[N:Thaddeus]].
C: Hi, I'm looking at my statement and I don't understand the charges.
A: I can walk you through it. Account number?
C: [[ACCT:{acct}]].
A: Thank you. And your name?
C: [[N:Marisa Oyelaran]].
A: Okay, [[N:Marisa]]. On ((date:March 3)) there's an office visit, ((other:99214)), ((price:$186.00)).
C: Okay.
A: Then a blood count, ((other:85025)), ((price:$28.00)), and a urine test, ((other:81003)), ((price:$12.50)).
C: And the ((price:$96)) at the bottom?
A: That's the flu shot, code ((other:90686)), plus the administration fee, ((other:90471)).
C: I thought flu shots were free.
A: They should be under preventive care. It looks like it was billed with the sick visit. I'll ask coding to rebill it.
C: Thank you. How long?
A: About ((duration:two weeks)). Don't pay that line until you get a new statement.
"""


@case("asr")
def k52(g):
    card = g.card("mc")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    acct = g.n(9)
    return f"""
I: welcome to the prairie view health system billing line calls may be recorded
I: please say your account number one digit at a time
C: [[ACCT:{g.say(acct)}]]
I: thank you please say the last name of the patient
C: [[N:gustafsson]]
I: please say the patient's date of birth
C: [[DOB:{g.dobsay(g.dob(1950, 1990), 1)}]]
I: your balance due is ((price:{g.money(g.amount(100, 900))})) to pay the full balance say pay in full
C: pay in full
I: please say or enter your sixteen digit card number
C: [[CARD#c1:{g.say(b[0])} {g.say(b[1])} {g.say(b[2])}]] um
C: [[CARD#c1:{g.say(b[3])}]]
I: the card ends in [[CARD#r1~:{g.say(b[3])}]] is that correct
C: yes
I: please say the expiration date as month and year
C: [[EXP:{g.expsay(m, y, 3)}]]
I: please say the security code
C: [[CVV:{g.say(cv)}]]
I: thank you your payment is being processed please do not hang up
I: your payment was approved your confirmation number is ((other:{g.say(g.n(6))}))
"""


@case("transcript")
def k53(g):
    ssn = g.ssn()
    zp = g.zip("100")
    ph = g.us_phone("212")
    return f"""
A: Gotham Medicaid Dental, enrollment desk. [[N:Ysabel]] speaking.
C: Hi, I'm enrolling my son. I was told to call.
A: Sure. Your name?
C: [[N:Nkechi Eze]].
A: And the child's name and date of birth?
C: [[N:Chukwuemeka Eze]], [[DOB:{g.dobsay(g.dob(2015, 2020), 0)}]].
A: His Social Security number?
C: [[SSN:{g.ssnsay(ssn)}]].
A: And your home address?
C: [[ADDR:{g.r.randint(100, 899)} West 139th Street, Apt 5B, New York]], NY [[PC:{zp}]].
A: And a phone number?
C: [[PH:{g.phonesay(ph)}]].
A: Thank you. You'll get his card in ((duration:10 business days)). Until then you can use the Medicaid ID on your letter.
C: Thanks.
"""


@case("asr")
def k54(g):
    pc = g.uk_pc("BN2")
    return f"""
A: kemptown dental hello [[N:imogen]] speaking
C: hi yeah i'm a new patient i want to register
A: lovely can i take your name
C: [[N:zubair hussain]]
A: and date of birth
C: [[DOB:{g.dobsay(g.dob(1990, 2004), 1)}]]
A: and address
C: [[ADDR:flat two {g.say(str(g.r.randint(10, 99)))} sussex square brighton]] [[PC:{g.pcsay(pc)}]]
A: and an email for reminders
C: [[EM:z hussain ninety nine at gmail dot com]]
A: and do you pay nhs charges or are you exempt
C: i pay
A: okay so a check-up is band one that's ((price:twenty six pounds eighty))
C: okay can i come on ((date:monday))
A: we have ((time:eight forty)) or ((time:one fifteen))
C: ((time:eight forty)) please
"""


@case("transcript")
def k55(g):
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    em = "hollis.aberdeen@icloud.com"
    return f"""
A: Sunset Vision Center, [[N:Perpetua]] speaking.
C: Hi, it's [[N:Hollis Aberdeen]]. I ordered contacts online and the payment failed.
A: Let me look. I see the ((count:4)) boxes of ((model_number:Acuvue Oasys 1-Day)). The card was declined.
C: Weird. Let me give you another one. [[CARD#c1:{b[0]} {b[1]}]]
A: Go ahead.
C: [[CARD#c1:{b[2]} {b[3]}]], expires [[EXP:{g.expsay(m, y, 1)}]], code [[CVV:{cv}]].
A: That went through. Should I send the receipt to [[EM:{em}]]?
C: Yes.
A: Done. You saved ((percentage:15%)) with the annual supply.
"""


@case("asr")
def k56(g):
    mbi = g.mbi()
    zp = g.zip("331")
    return f"""
A: sunshine senior dental plan this is [[N:esperanza]]
C: hello dear i need to find a dentist near my new apartment
A: i can help with that can i have your medicare number or your member id
C: the medicare one is [[ACCT:{g.spell(mbi)}]]
A: thank you and your name
C: [[N:mildred feinberg]]
A: and the zip code of the new place
C: [[PC:{g.say(zp)}]]
A: okay there are ((count:three)) dentists within ((quantity:two miles)) the closest is on collins avenue
C: is it a woman dentist i prefer that
A: yes dr [[N:ruiz-navarro]]
C: lovely what's their number
A: i'll post their details to you along with a new card
C: thank you dear that's very kind
"""


@case("transcript")
def k57(g):
    ph = g.uk_phone("lon")
    ext = str(g.r.randint(200, 899))
    em = "a.wojcik@harrowsurgery.nhs.uk"
    return f"""
A: Northwick Park Hospital, patient accounts. [[N:Agnieszka]] speaking.
C: Hello, I'm calling about an invoice for my father's private room. He was an overseas visitor.
A: I see. What's the patient's name?
C: [[N:Vikram Raghunathan]].
A: Date of birth?
C: [[DOB:{g.dobsay(g.dob(1941, 1955), 1)}]].
A: Thank you. There are ((count:5)) nights at ((price:£420.00)) each. The total is ((price:£2,100.00)).
C: His travel insurance should pay. Who can they contact?
A: They can call me on [[PH#p1:{g.phonesay(ph)}]], extension [[PH#p1!:{ext}]], or email [[EM:{em}]].
C: Thank you. And your name again?
A: [[N:Agnieszka Wojcik]].
"""


@case("asr")
def k58(g):
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    return f"""
A: hi thanks for holding this is [[N:deshawn]] with riverbend urgent care
C: yeah hi i'm paying for my visit yesterday it was a sprained wrist
A: got it what's your name
C: [[N:callista montague]]
A: and date of birth
C: [[DOB:{g.dobsay(g.dob(1995, 2005), 0)}]]
A: okay you owe the ((price:fifty dollar)) copay and ((price:thirty five)) for the splint
C: okay card's ready
A: go ahead
C: [[CARD#c1:{g.say(b[0])}]] [[CARD#c1:{g.say(b[1])}]] [[CARD#c1:{g.say(b[2])}]]
A: sorry say the third group again
C: [[CARD#c1!:{g.say(b[2])}]]
A: got it and the last group
C: [[CARD#c1:{g.say(b[3])}]]
A: expiration
C: [[EXP:{g.expsay(m, y, 0)}]]
A: and the cvv
C: [[CVV:{g.say(cv)}]]
A: you're all set
"""


@case("transcript")
def k59(g):
    pc = g.ca_pc("K")
    ph = g.ca_phone()
    hc = g.n(10) + g.letters(2, "ABCEGHJKLMNPRSTVWXYZ")
    return f"""
A: Glebe Family Health Team, [[N:Solange]] speaking.
C: Hi, I'd like to register with a family doctor. I heard you're taking patients.
A: We are, for people in our catchment. What's your address?
C: [[ADDR:{g.r.randint(10, 300)} Fifth Avenue, Ottawa]], [[PC:{pc}]].
A: You're in the area. Name?
C: [[N:Anneliese Mbeki]].
A: Health card number, with the version code?
C: [[ACCT:{hc[:4]} {hc[4:7]} {hc[7:10]} {hc[10:]}]].
A: Phone?
C: [[PH:{g.phonesay(ph)}]].
A: And email?
C: [[EM:anneliese.mbeki@rogers.com]].
A: You'll have a meet-and-greet with Dr. [[N:Okonkwo]] on ((date:November 19)) at ((time:2:45 PM)).
C: Wonderful.
"""


@case("asr")
def k60(g):
    dob = g.dob(1946, 1960)
    pc = g.au_pc("5")
    ph = g.au_phone()
    return f"""
A: adelaide hills hearing [[N:tamsyn]] speaking
C: hello this is [[N:roderick mcalister]] i'm ringing about my hearing aid batteries
A: yes mr [[N:mcalister]] are you on the pension scheme
C: yes the government one
A: lovely can i confirm your date of birth
C: [[DOB:{g.dobsay(dob, 1)}]]
A: and the address we post to
C: [[ADDR:{g.say(str(g.r.randint(1, 45)))} mount barker road stirling]] [[PC:{g.say(pc)}]]
A: and a phone number in case the courier needs you
C: [[PH:{g.phonesay(ph)}]]
A: i'll send ((count:sixty)) batteries size ((other:{g.say("312")})) they'll come in ((duration:three to five days))
C: thank you dear
"""


@case("transcript")
def k61(g):
    zp = g.zip("021")
    em = "quincy.halloran@comcast.net"
    return f"""
A: Harborview Sleep Center, [[N:Evangeline]] speaking.
C: Hi, this is [[N:Quincy Halloran]]. I need to reschedule my sleep study.
A: Sure. Date of birth?
C: [[DOB:{g.dobsay(g.dob(1960, 1985), 2)}]].
A: You're booked for the ((date:17th)) at ((time:8:30 PM)). The study runs about ((duration:10 hours)).
C: Can we move it a week?
A: The ((date:24th)) is open. I'll send the prep sheet again. Is your address still [[ADDR:{g.r.randint(10, 480)} Commonwealth Avenue, Apt 3, Boston]], [[PC:{zp}]]?
C: Yes. And email it too, please: [[EM:{em}]].
A: Done. Remember no caffeine after ((time:noon)) that day.
C: Will do.
"""


@case("asr")
def k62(g):
    ssn = g.ssn()
    hn = g.r.randint(100, 999)
    zp = g.zip("282")
    ph = g.us_phone("704")
    return f"""
A: carolina cardiology billing this is [[N:jamarcus]] how can i help
C: hi i'm trying to apply for the financial assistance program
A: okay i can start the application over the phone what's your name
C: [[N:tillie braxton]]
A: and your social security number
C: [[SSN:{g.ssnsay(ssn)}]]
A: and your address
C: [[ADDR:{num_words(hn)} freedom drive charlotte]] [[PC:{g.say(zp)}]]
A: how many people live in the household
C: ((count:three)) me and my ((count:two)) grandkids
A: and monthly income roughly
C: about ((price:nineteen hundred)) from social security
A: okay you'll likely qualify for a ((percentage:hundred percent)) discount i'll mail the forms
C: oh thank the lord
A: and a phone in case we need you
C: [[PH:{g.phonesay(ph)}]]
"""


@case("transcript")
def k63(g):
    card = g.card("amex")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv(4)
    pc = g.uk_pc("SW11")
    return f"""
A: Battersea Private GP, [[N:Henrietta]] speaking.
C: Hello, it's [[N:Piers Fotheringham]]. I need a travel consultation and the typhoid jab before I fly on ((date:Friday)).
A: We have ((time:9:15)) tomorrow. The consultation is ((price:£95.00)) and typhoid ((price:£45.00)).
C: Fine. Take it from my Amex: [[CARD#c1:{b[0]} {b[1]} {b[2]}]].
A: Expiry?
C: [[EXP:{g.expsay(m, y, 0)}]].
A: And the four digits on the front?
C: [[CVV:{cv}]].
A: And your home address for the invoice?
C: [[ADDR:{g.r.randint(2, 99)} Lavender Gardens]], [[PC:{pc}]].
A: All booked, Mr. [[N:Fotheringham]].
"""


@case("asr")
def k64(g):
    pps = g.pps()
    pc = g.eircode("A94")
    return f"""
A: blackrock clinic accounts [[N:sinead]] speaking
C: hi it's [[N:fionnuala breathnach]] i'm after getting a letter about my tax relief form
A: okay can i get your pps number please
C: [[SSN:{g.spell(pps)}]]
A: and your address
C: [[ADDR:{g.say(str(g.r.randint(2, 60)))} newtownpark avenue blackrock]] [[PC:{g.pcsay(pc)}]]
A: grand so the med one form covers the ((price:four hundred euro)) you paid for the scan
C: and i get ((percentage:twenty percent)) back is it
A: yes ((percentage:twenty percent)) at the standard rate
C: lovely can you post me the receipt again
A: i'll post it out ((date:today))
"""


@case("transcript")
def k65(g):
    acct = g.n(10)
    return f"""
A: Westside Medical Labs, patient billing. [[N:Gideon]] speaking.
C: Hi. I got a bill for ((price:$312.18)) and my insurance says they paid.
A: Let's look. Invoice number?
C: [[ACCT:{acct}]].
A: Patient's name?
C: [[N:Beatrix Solberg]].
A: Thanks. The payment from your plan came in ((date:yesterday)) for ((price:$287.50)). Your new balance is ((price:$24.68)).
C: Oh, good. I'll wait for the new bill then.
A: It'll go out in about ((duration:a week)).
C: Thanks, [[N:Gideon]].
"""


@case("asr")
def k66(g):
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    em = "arlo dot fitzsimmons at yahoo dot com"
    return f"""
A: meadowbrook allergy and asthma this is [[N:priscilla]]
C: hey i'm [[N:arlo fitzsimmons]] i need to pay for the allergy testing
A: sure that was ((count:forty)) allergens on the ((date:second)) your portion is ((price:two hundred eighty dollars))
C: yeah go ahead card number is [[CARD#c1:{g.say(b[0])} {g.say(b[1])}]]
A: mm-hmm
C: [[CARD#c1:{g.say(b[2])}]] [[CARD#c1:{g.say(b[3])}]]
A: and expiration and security code
C: [[EXP:{g.expsay(m, y, 1)}]] and [[CVV:{g.say(cv)}]]
A: and an email for the receipt
C: [[EM:{em}]]
A: sent thank you
"""


@case("transcript")
def k67(g):
    pc = g.au_pc("3")
    em = "nguyen.thi.lan@optusnet.com.au"
    ph = g.au_phone()
    return f"""
A: Footscray Medical Centre, [[N:Rowena]] speaking.
C: Hi, I'm ringing for my mother, [[N:Lan Nguyen]]. She needs a doctor who speaks Vietnamese.
A: Dr. [[N:Pham]] does, on ((date:Mondays)) and ((date:Thursdays)). Is your mother a patient here?
C: Not yet. Her address is [[ADDR:{g.r.randint(2, 150)} Barkly Street, Footscray]], [[PC:{pc}]].
A: And a contact number?
C: Mine: [[PH:{g.phonesay(ph)}]]. I'm [[N:Thao]].
A: And an email for forms?
C: [[EM:{em}]].
A: Thanks, [[N:Thao]]. ((date:Thursday)) at ((time:3:20)) with Dr. [[N:Pham]]?
C: Yes please.
"""


@case("asr")
def k68(g):
    card = g.card("mc2")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    zp = g.zip("481")
    return f"""
I: thank you for calling great lakes home oxygen for payments press ((other:one))
C: one
I: please say your zip code
C: [[PC:{g.say(zp)}]]
I: please say the patient's date of birth
C: [[DOB:{g.dobsay(g.dob(1941, 1958), 0)}]]
I: your monthly rental of ((price:{g.money(g.amount(30, 90))})) is due please say your card number
C: [[CARD#c1:{g.cardsay(card)}]]
I: please say the expiration date
C: [[EXP:{g.expsay(m, y, 0)}]]
I: and the three digit code
C: [[CVV:{g.say(cv)}]]
I: thank you your payment has been received
"""


@case("transcript")
def k69(g):
    return f"""
A: Thank you for calling Pinecrest Pharmacy, [[N:Lucius]] speaking.
C: Hi, quick question. Can I take ibuprofen with my blood pressure pill?
A: Which one are you on?
C: Lisinopril, ((quantity:10 mg)).
A: Occasional ibuprofen is usually fine, but it can raise blood pressure. Acetaminophen is safer, up to ((quantity:3,000 mg)) a day.
C: So ((count:two)) of the ((quantity:500 mg)) ones?
A: Yes, every ((duration:six hours)) if you need it. And check with your doctor if you need it for more than ((duration:10 days)).
C: Thanks, that's helpful.
"""


@case("asr")
def k70(g):
    acct = g.n(8)
    hn = g.r.randint(2, 80)
    pc = g.uk_pc("L17")
    return f"""
A: aigburth dental practice [[N:siobhan]] speaking
C: hiya i'm ringing because i got a letter saying i owe for a missed appointment
A: oh right can i have your name
C: [[N:kieran mccartney]]
A: and the first line of your address
C: [[ADDR:{g.say(str(hn))} lark lane]]
A: and postcode
C: [[PC:{g.pcsay(pc)}]]
A: yeah it says ((price:twenty five pounds)) for the ((date:fourth of march))
C: but i rang to cancel i rang the day before
A: i can see a note yeah i'll take that off for you
C: oh nice one
A: your patient number's [[ACCT:{g.say(acct)}]] if you need to quote it
C: sound ta
"""


@case("transcript")
def k71(g):
    ssn = g.ssn()
    em = "vpetrakis@me.com"
    ph = g.us_phone("312")
    return f"""
A: Lakeshore Health Partners, patient portal support. This is [[N:Cyrus]].
C: Hi, I'm locked out of the portal.
A: I'll help you reset it. Full name?
C: [[N:Vasiliki Petrakis]].
A: Date of birth?
C: [[DOB:{g.dobsay(g.dob(1975, 1995), 0)}]].
A: Last four of your Social?
C: [[SSN:{ssn[5:]}]].
A: Thanks. I'll send a reset link to the email we have, [[EM:{em}]].
C: That's right.
A: And the code by text to the number ending [[PH#l4~:{ph[-4:]}]]?
C: Actually that's old. My cell is now [[PH:{g.phonesay(g.us_phone("773"))}]].
A: Updated. The code will come from a short number; it's good for ((duration:10 minutes)).
C: Got it.
"""


@case("asr")
def k72(g):
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    return f"""
A: you're through to halton community dental [[N:kelsey]] speaking
C: hi i need to pay for my son's fissure sealants
A: can i take his name
C: [[N:alfie thistlethwaite]]
A: and his date of birth
C: [[DOB:{g.dobsay(g.dob(2014, 2018), 1)}]]
A: lovely that's ((price:eighty pounds)) for ((count:four)) teeth
C: okay card [[CARD#c1:{g.say(b[0])} {g.say(b[1])}]] sorry my little one is shouting [[CARD#c1:{g.say(b[2])} {g.say(b[3])}]]
A: lovely and expiry
C: [[EXP:{g.expsay(m, y, 3)}]]
A: and the security number
C: [[CVV:{g.say(cv)}]]
A: that's all paid
"""


@case("transcript")
def k73(g):
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    acct = g.n(8)
    return f"""
I: Welcome to Evergreen Medical Group's payment line. Para español, oprima ((other:2)).
I: Please enter your eight-digit account number.
C: [[ACCT:{acct}]]
I: You entered [[ACCT:{acct[:4]} {acct[4:]}]]. Your balance is ((price:{g.money(g.amount(45, 600))})). Enter the amount you wish to pay, followed by pound.
C: ((price:{g.money(g.amount(20, 44))}))
I: Please enter your card number.
C: [[CARD#c1:{b[0]}{b[1]}{b[2]}{b[3]}]]
I: You entered a Visa ending in [[CARD#r1~:{b[3]}]]. Enter the expiration date as ((count:4)) digits.
C: [[EXP:{m:02d}{y % 100:02d}]]
I: Enter the ((count:3))-digit security code.
C: [[CVV:{cv}]]
I: Payment accepted. Your confirmation number is ((other:{g.letters(1)}{g.n(7)})).
"""


@case("transcript")
def k74(g):
    zp = g.zip("980")
    ph = g.us_phone("206")
    em = "marguerite.osei@gmail.com"
    return f"""
A: Puget Sound Hospice, family services. This is [[N:Leopold]].
C: Hi. My mother-in-law passed last week and I'm handling her bills. I'm [[N:Ingeborg Osei]].
A: I'm very sorry for your loss. What was her name?
C: [[N:Abena Osei]]. Date of birth [[DOB:{g.dobsay(g.dob(1941, 1950), 2)}]].
A: Thank you. Hospice care under Medicare has no balance for the family. You shouldn't owe anything.
C: Then why did we get a bill for ((price:$640.00))?
A: That's from the equipment company, for the bed after ((date:September 30)). I'll call them myself.
C: Thank you. Please send anything to me at [[ADDR:{g.r.randint(1000, 24000)} NE 8th Street, Bellevue]], WA [[PC:{zp}]].
A: And a phone number?
C: [[PH:{g.phonesay(ph)}]], or email my daughter at [[EM:{em}]].
A: I'll follow up within ((duration:48 hours)).
"""


@case("asr")
def k75(g):
    ph = g.uk_phone("lee")
    hn = g.r.randint(3, 90)
    pc = g.uk_pc("LS8")
    return f"""
A: roundhay eye clinic [[N:priya]] speaking
C: hello i'm calling on behalf of my neighbour she's partially sighted and needs a home visit
A: of course what's her name
C: [[N:dorothea haigh]]
A: and the address
C: [[ADDR:{g.say(str(hn))} wetherby road]] [[PC:{g.pcsay(pc)}]]
A: and can i take your name as well
C: [[N:keturah ellison]] i live right next door to her
A: and a number for you
C: [[PH:{g.phonesay(ph)}]]
A: we do home visits on ((date:wednesdays)) i'll book her in for ((time:eleven))
C: thank you
"""


@case("transcript")
def k76(g):
    mem = "YRB" + g.n(9)
    grp = g.n(5)
    return f"""
A: Keystone Vision Benefits, [[N:Florentina]] speaking.
C: Hi, I'm at the optician and they can't find my coverage.
A: Member ID?
C: [[ACCT:{mem}]], group [[ACCT:{grp}]].
A: And your name?
C: [[N:Barnaby Kowalski]].
A: Your plan is active. You're eligible for an exam every ((duration:12 months)) with a ((price:$10)) copay, and ((price:$150)) toward frames.
C: They said it's a different network.
A: Which office?
C: Eyes on Main, on Main Street.
A: They're in network under our ((year:2025)) list. Give them payer ID ((other:{g.n(5)})).
C: Thank you!
"""


@case("transcript")
def k77(g):
    card = g.card("mc")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    em = "cormac.deasy@eircom.net"
    return f"""
A: Limerick Orthodontic Centre, [[N:Grainne]] speaking.
C: Hi, it's [[N:Cormac Deasy]]. I'm paying the next instalment for [[N:Ruairi]].
A: Lovely. That's ((price:€180.00)), instalment ((other:7)) of ((count:18)).
C: Card is [[CARD#c1:{b[0]} {b[1]}]], then [[CARD#c1:{b[2]}]], then [[CARD#c1:{b[3]}]].
A: Read back: [[CARD#r1:{b[0]} {b[1]} {b[2]} {b[3]}]].
C: Correct.
A: Expiry and CVV?
C: [[EXP:{g.expsay(m, y, 2)}]], [[CVV:{cv}]].
A: Receipt to [[EM:{em}]]?
C: Yes.
"""


@case("asr")
def k78(g):
    pc = g.ca_pc("B")
    em = "sorcha dot macinnis at eastlink dot ca"
    return f"""
A: halifax travel health clinic this is [[N:marcel]]
C: hi i'm going to ghana next month and need my shots
A: okay you'll need yellow fever and maybe typhoid when do you fly
C: the ((date:twelfth)) on ((flight_number:ac eight seventy)) to toronto then on
A: okay we have ((time:nine am)) on ((date:tuesday)) name please
C: [[N:sorcha macinnis]]
A: and an address
C: [[ADDR:{g.say(str(g.r.randint(1000, 6999)))} robie street halifax]] [[PC:{g.pcsay(pc)}]]
A: and email for the forms
C: [[EM:{em}]]
A: yellow fever is ((price:one ninety five)) not covered by msi
C: that's fine
"""


@case("transcript")
def k79(g):
    ph = g.us_phone("210")
    ext = str(g.r.randint(10, 99))
    acct = g.n(9)
    return f"""
A: Alamo Medical Supply, customer care. [[N:Evaristo]] speaking.
C: Hi. My glucose meter strips came but the wrong brand.
A: Sorry about that. Your account number?
C: [[ACCT:{acct}]].
A: Name?
C: [[N:Guadalupe Saenz]].
A: I see ((model_number:Contour Next)) on the order. Which meter do you use?
C: The ((model_number:OneTouch Verio)).
A: I'll send ((count:100)) of the right strips today and a return label.
C: If I'm at work call me at [[PH#p1:{g.phonesay(ph)}]], extension [[PH#p1!:{ext}]].
A: Got it.
"""


@case("asr")
def k80(g):
    zp = g.zip("802")
    em = "daniel dot ochieng at proton dot me"
    hn = g.r.randint(100, 9999)
    return f"""
A: front range physical therapy this is [[N:bronwyn]]
C: hey i'm [[N:daniel ochieng]] i'm a new patient my doctor sent a referral for my shoulder
A: great let me get you set up what's your address
C: [[ADDR:{num_words(hn)} south pearl street denver]] [[PC:{g.say(zp)}]]
A: and email
C: [[EM:{em}]]
A: and what insurance do you have
C: it's through my wife's job
A: okay bring the card to your first visit we'll do an evaluation that's about ((duration:an hour))
C: sounds good
A: ((date:monday)) at ((time:seven fifteen)) okay
C: perfect
"""


@case("transcript")
def k81(g):
    ssn = g.ssn()
    mcd = g.letters(2) + g.n(5) + g.letters(1)
    hn = g.r.randint(10, 400)
    zp = g.zip("142")
    return f"""
A: Empire Community Health, enrollment. This is [[N:Anastasia]].
C: Hi, I'm calling to renew my Medicaid for the clinic.
A: Okay. Your Medicaid ID?
C: [[ACCT:{mcd}]].
A: Name and Social?
C: [[N:Jermaine Whitfield]], [[SSN:{g.ssnsay(ssn)}]].
A: Is your address still [[ADDR:{hn} Hertel Avenue, Buffalo]], [[PC:{zp}]]?
C: Yes.
A: Household of ((count:two))? And income under ((price:$2,800)) a month?
C: Yes.
A: You're renewed through ((date:June 30)).
"""


@case("asr")
def k82(g):
    card = g.card("visa")
    b = g.blocks(card)
    m, y = g.exp()
    cv = g.cvv()
    ph = g.au_phone()
    return f"""
A: gold coast physio [[N:shenae]] speaking
C: hey it's [[N:lachie bannerman]] i need to pay for last week and book another
A: no worries that's ((price:ninety dollars)) after your health fund
C: sweet card's [[CARD#c1:{g.say(b[0])}]] [[CARD#c1:{g.say(b[1])}]] [[CARD#c1:{g.say(b[2])}]] [[CARD#c1:{g.say(b[3])}]]
A: and expiry
C: [[EXP:{g.expsay(m, y, 4)}]]
A: cvv
C: [[CVV:{g.say(cv)}]]
A: and we've still got your mobile as [[PH:{g.phonesay(ph)}]]
C: yep
A: i'll text you the booking for ((date:friday)) at ((time:half eight))
"""


@case("transcript")
def k83(g):
    em = "theodora.vance@btinternet.com"
    pc = g.uk_pc("OX4")
    return f"""
A: Cowley Road Medical Practice, [[N:Saffron]] speaking.
C: Hello, I'm [[N:Theodora Vance]]. I need a letter for my travel insurance confirming I'm fit to fly.
A: The doctor can do that. There's a fee of ((price:£35.00)) as it's private work.
C: That's fine. When would it be ready?
A: Within ((duration:5 working days)). Can I confirm your address?
C: [[ADDR:{g.r.randint(2, 300)} Magdalen Road]], [[PC:{pc}]].
A: Would you like it emailed?
C: Yes, to [[EM:{em}]].
A: Done. You'll get a payment link by text.
"""


@case("asr")
def k84(g):
    acct = g.n(8)
    ph = g.us_phone("919")
    return f"""
I: thank you for calling triangle anesthesia associates billing
I: if you are calling about a statement please say or enter the account number
C: [[ACCT:{g.say(acct)}]]
I: please hold while we find your account
A: hi this is [[N:magnolia]] i see you're calling about the bill from your colonoscopy
C: yes my name's [[N:ferris tolbert]] why am i getting a separate bill
A: the anesthesiologist bills separately from the hospital it's code ((other:{g.say("00811")}))
C: okay and what do i owe
A: ((price:one hundred forty two dollars)) after insurance
C: can someone call me back i need to check with my wife
A: sure what's the best number
C: [[PH:{g.phonesay(ph)}]]
"""


@case("transcript")
def k85(g):
    hn = g.r.randint(10, 950)
    pc = g.au_pc("2")
    acct = g.n(7)
    return f"""
A: Harbourside Mobility Hire, [[N:Leticia]] speaking.
C: Hi, I'm collecting my husband from hospital on ((date:Friday)) and he needs a hospital bed at home.
A: We can deliver one. Which model did the occupational therapist suggest?
C: She wrote ((model_number:HB-450)) with an air mattress.
A: That's ((price:$85.00)) a week, minimum ((duration:4 weeks)). Delivery address?
C: [[ADDR:Unit 6, {hn} Pacific Highway, Lane Cove]], [[PC:{pc}]].
A: So that's [[ADDR:Unit 6, {hn} Pacific Highway]], Lane Cove. Is there a lift?
C: Yes, it's on the ((other:3rd)) floor.
A: Fine. We'll deliver between ((time:8 AM)) and ((time:noon)). Your hire number is [[ACCT:{acct}]].
C: Thank you, that's a weight off.
"""


# ==========================================================================================
# building and checking
# ==========================================================================================
PII_RE = re.compile(r"\[\[([A-Z_]+)(?:#([A-Za-z0-9]+)([!~]*))?:(.*?)\]\]")
KEEP_RE = re.compile(r"\(\(([a-z_]+):(.*?)\)\)")
TOKEN_RE = re.compile(r"\[\[[A-Z_]+(?:#[A-Za-z0-9]+[!~]*)?:.*?\]\]|\(\([a-z_]+:.*?\)\)")
SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}


def strip_markup(marked):
    clean = []
    spans = []
    pos = 0
    last = 0
    for m in TOKEN_RE.finditer(marked):
        clean.append(marked[last:m.start()])
        pos += m.start() - last
        tok = m.group(0)
        pm = PII_RE.fullmatch(tok)
        if pm:
            typ, grp, flags, txt = pm.groups()
            spans.append(("pii", ALIAS.get(typ, typ), grp, flags or "", pos, pos + len(txt)))
        else:
            km = KEEP_RE.fullmatch(tok)
            kind, txt = km.groups()
            spans.append(("keep", kind, None, "", pos, pos + len(txt)))
        clean.append(txt)
        pos += len(txt)
        last = m.end()
    clean.append(marked[last:])
    text = "".join(clean)
    if "[[" in text or "]]" in text or "((" in text or "))" in text:
        raise ValueError("markup left in: " + text)
    return text, spans


def build():
    out = []
    for idx, (fn, style) in enumerate(CASES, 1):
        G.style = style
        raw = fn(G)
        utts = []
        pii = []
        keep = []
        gmap = {}
        counter = [0]
        flags = {}
        for line in raw.strip("\n").split("\n"):
            line = line.strip()
            if not line:
                continue
            sp, body = line.split(":", 1)
            text, spans = strip_markup(body.strip())
            ui = len(utts)
            utts.append({"speaker": SPEAKERS[sp], "text": text})
            for kind, typ, grp, fl, s, e in spans:
                if kind == "keep":
                    keep.append({"utterance": ui, "start": s, "end": e, "kind": typ})
                    continue
                if grp is None:
                    counter[0] += 1
                    g = "g%d" % counter[0]
                else:
                    if grp not in gmap:
                        counter[0] += 1
                        gmap[grp] = "g%d" % counter[0]
                    g = gmap[grp]
                pii.append({"utterance": ui, "start": s, "end": e, "type": typ, "group": g})
                flags[(ui, s)] = fl
        out.append({"case_id": "t49-%03d" % idx, "style": style, "utterances": utts,
                    "pii": pii, "keep": keep, "_flags": flags, "_fn": fn.__name__})
    return out


def bad_edge(ch):
    return not ch.isalnum()


def check_case(c, errs):
    cid = c["case_id"] + "(" + c["_fn"] + ")"
    utts = c["utterances"]
    style = c["style"]
    flags = c["_flags"]

    def err(msg):
        errs.append(cid + ": " + msg)

    if c["style"] not in ("asr", "transcript"):
        err("style")
    per_utt = {}
    for sp in c["pii"] + c["keep"]:
        u = sp["utterance"]
        t = utts[u]["text"]
        s, e = sp["start"], sp["end"]
        label = sp.get("type") or sp.get("kind")
        if not (0 <= s < e <= len(t)):
            err("span out of range %r" % (sp,))
            continue
        txt = t[s:e]
        first_ok = txt[0].isalnum() or (txt[0] in "$£€" and "kind" in sp)
        last_ok = txt[-1].isalnum() or (txt[-1] == "%" and "kind" in sp) or \
            txt.lower().endswith(("a.m.", "p.m."))
        if not first_ok or not last_ok:
            err("edge punctuation/space in %s %r" % (label, txt))
        if s > 0 and t[s - 1].isalnum():
            err("starts inside a word: %r" % txt)
        if e < len(t) and t[e].isalnum():
            err("ends inside a word: %r" % txt)
        per_utt.setdefault(u, []).append((s, e, txt, sp))
        if "type" in sp and sp["type"] not in PII_TYPES:
            err("bad type %s" % sp["type"])
        if "kind" in sp and sp["kind"] not in KEEP_KINDS:
            err("bad kind %s" % sp["kind"])
        if style == "asr" and "@" in t:
            err("@ in asr")
    for u, lst in per_utt.items():
        lst.sort(key=lambda x: x[0])
        for a, b in zip(lst, lst[1:]):
            if b[0] < a[1]:
                err("overlap %r %r" % (a[2], b[2]))
    # groups
    groups = {}
    for sp in c["pii"]:
        groups.setdefault(sp["group"], []).append(sp)
    full = {"CARD_NUMBER": [], "PHONE": [], "SSN": []}
    ginfo = {}
    for g, lst in groups.items():
        types = {sp["type"] for sp in lst}
        if len(types) != 1:
            err("group %s mixes types" % g)
        typ = lst[0]["type"]
        fl = "".join(flags[(sp["utterance"], sp["start"])] for sp in lst)
        kept = [sp for sp in lst if "!" not in flags[(sp["utterance"], sp["start"])]]
        txts = [utts[sp["utterance"]]["text"][sp["start"]:sp["end"]] for sp in kept]
        d = "".join(digits_of(x) for x in txts)
        ginfo[g] = (typ, "~" in fl, d, txts, lst)
        if typ in full and "~" not in fl:
            full[typ].append(d)
    for g, (typ, partial, d, txts, lst) in ginfo.items():
        joined = " ".join(txts)
        if typ == "CARD_NUMBER":
            if partial:
                if not (len(d) == 4 or (len(d) > 4 and any(d in f for f in full["CARD_NUMBER"]))):
                    err("card part %s not in a card: %r" % (g, joined))
            elif len(d) not in (15, 16) or not luhn_ok(d) or (len(d) == 15 and d[:2] not in ("34", "37")):
                err("card %s bad: %r -> %s" % (g, joined, d))
            for sp in lst:
                if "!" in flags[(sp["utterance"], sp["start"])]:
                    if not digits_of(utts[sp["utterance"]]["text"][sp["start"]:sp["end"]]):
                        err("card piece without digits")
        elif typ == "CVV":
            if len(d) not in (3, 4):
                err("cvv %r" % joined)
        elif typ == "SSN":
            a = alnum_of(joined, style)
            ok = False
            if len(d) == 9 and d == a:
                ok = 1 <= int(d[:3]) <= 899 and d[:3] != "666" and d[3:5] != "00" and d[5:] != "0000"
            elif len(d) == 4 and (a == d):
                ok = True
            elif re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", a):
                ok = True
            elif re.fullmatch(r"\d{7}[A-W][A-IW]?", a):
                ok = True
            if partial and len(d) == 4:
                ok = True
            if not ok:
                err("ssn %r -> %s" % (joined, a))
        elif typ == "PHONE":
            if partial:
                ok = len(d) == 4
            else:
                ok = (len(d) == 10 and (d[0] in "23456789" or d[:2] in ("02", "03", "04", "07", "08"))) or \
                     (len(d) == 11 and (d[0] == "0" or d[0] == "1")) or \
                     (len(d) == 12 and d[:2] in ("44", "61", "35"))
            if not ok:
                err("phone %r -> %s" % (joined, d))
            for sp in lst:
                if "!" in flags[(sp["utterance"], sp["start"])]:
                    x = digits_of(utts[sp["utterance"]]["text"][sp["start"]:sp["end"]])
                    if not 1 <= len(x) <= 5:
                        err("extension %r" % x)
        elif typ == "EXPIRY":
            low = joined.lower()
            if any(m in low for m in MONTHS):
                ok = len(d) >= 2
            else:
                ok = False
                if len(d) in (3, 5):
                    ok = 1 <= int(d[0]) <= 9
                elif len(d) in (4, 6):
                    ok = 1 <= int(d[:2]) <= 12
            if not ok:
                err("expiry %r -> %s" % (joined, d))
        elif typ == "POSTCODE":
            a = alnum_of(joined, style)
            ok = (re.fullmatch(r"\d{5}", a) or re.fullmatch(r"\d{4}", a) or
                  re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", a) or
                  re.fullmatch(r"[ABCEGHJ-NPRSTVXY]\d[A-Z]\d[A-Z]\d", a) or
                  re.fullmatch(r"(?:[ACDEFHKNPRTVWXY]\d{2}|D6W)[0-9ACDEFHKNPRTVWXY]{4}", a))
            if not ok:
                err("postcode %r -> %s" % (joined, a))
        elif typ == "EMAIL":
            if style == "transcript":
                ok = re.fullmatch(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", joined)
            else:
                ok = " at " in " " + joined + " " and " dot " in " " + joined + " " and "@" not in joined
            if not ok:
                err("email %r" % joined)
        elif typ == "ADDRESS":
            words = re.findall(r"[A-Za-z0-9]+", joined.lower())
            st = 0
            if words and words[0] in ("flat", "unit", "apartment", "apt", "suite"):
                st = 2
            ok = len(words) > st and (words[st][0].isdigit() or words[st] in DIGIT_WORDS)
            ok = ok and any(w in STREET_WORDS for w in words)
            if not ok:
                err("address %r" % joined)
        elif typ == "NAME":
            if re.search(r"\d", joined) or joined.split()[0].lower().strip(".") in TITLES:
                err("name %r" % joined)
        elif typ == "DOB":
            if not (len(d) >= 4 or any(m in joined.lower() for m in MONTHS)):
                err("dob %r" % joined)
        elif typ == "ACCOUNT_NUMBER":
            if len(alnum_of(joined, style)) < 4 or not d:
                err("account %r" % joined)
    # keep spans: luhn and pii digits in the same utterance
    for k in c["keep"]:
        t = utts[k["utterance"]]["text"]
        kd = digits_of(t[k["start"]:k["end"]])
        if 13 <= len(kd) <= 19 and luhn_ok(kd):
            err("look-alike passes Luhn %r" % t[k["start"]:k["end"]])
        for p in c["pii"]:
            if p["utterance"] != k["utterance"]:
                continue
            pd = digits_of(t[p["start"]:p["end"]])
            if len(kd) >= 3 and len(pd) >= 3 and (kd in pd or pd in kd):
                err("look-alike shares digits with pii %r" % t[k["start"]:k["end"]])
    # digits and digit-word runs outside spans
    for ui, u in enumerate(utts):
        t = u["text"]
        mask = [False] * len(t)
        for sp in c["pii"] + c["keep"]:
            if sp["utterance"] == ui:
                for i in range(sp["start"], sp["end"]):
                    mask[i] = True
        outside = "".join(" " if mask[i] else ch for i, ch in enumerate(t))
        if re.search(r"\d", outside):
            err("digit outside spans: %r" % t)
        run = 0
        for w in re.findall(r"[A-Za-z]+|\S", outside.replace("[", " ")):
            if w.lower() in DIGIT_WORDS:
                run += 1
                if run >= 4:
                    err("digit-word run outside spans: %r" % t)
                    break
            else:
                run = 0
        # names: every word of a labelled name is inside a span wherever it appears
    name_words = set()
    for p in c["pii"]:
        if p["type"] == "NAME":
            t = utts[p["utterance"]]["text"][p["start"]:p["end"]]
            for w in re.findall(r"[A-Za-z']+", t):
                if len(w) > 1:
                    name_words.add(w.lower())
    for ui, u in enumerate(utts):
        t = u["text"]
        for w in name_words:
            for m in re.finditer(r"(?<![A-Za-z'])" + re.escape(w) + r"(?![A-Za-z'])", t, re.I):
                inside = any(sp["utterance"] == ui and sp["start"] <= m.start() and m.end() <= sp["end"]
                             for sp in c["pii"])
                if not inside:
                    err("name word %r unlabelled in %r" % (w, t))


def masked(u, c, ui):
    t = u["text"]
    spans = sorted([sp for sp in c["pii"] + c["keep"] if sp["utterance"] == ui],
                   key=lambda s: s["start"], reverse=True)
    for sp in spans:
        t = t[:sp["start"]] + " X " + t[sp["end"]:]
    return " ".join(re.findall(r"[a-z0-9']+", t.lower()))


def check_all(cases):
    errs = []
    for c in cases:
        check_case(c, errs)
    emails = {}
    streets = {}
    long_utts = {}
    for c in cases:
        utts = c["utterances"]
        for p in c["pii"]:
            t = utts[p["utterance"]]["text"][p["start"]:p["end"]]
            if p["type"] == "EMAIL":
                key = t.lower().replace(" at ", "@").replace(" dot ", ".").replace(" ", "")
                emails.setdefault(key, set()).add(c["case_id"])
            if p["type"] == "ADDRESS":
                words = [w for w in re.findall(r"[a-z]+", t.lower())
                         if w not in DIGIT_WORDS and len(w) > 1 and
                         w not in ("flat", "unit", "apartment", "apt", "suite", "and")]
                key = []
                for w in words:
                    key.append(w)
                    if w in STREET_WORDS:
                        break
                streets.setdefault(" ".join(key), set()).add(c["case_id"])
        for ui, u in enumerate(utts):
            m = masked(u, c, ui)
            if len(m.split()) >= 9:
                long_utts.setdefault(m, set()).add(c["case_id"])
    for k, v in emails.items():
        if len(v) > 1:
            errs.append("e-mail in two cases: %s %s" % (k, sorted(v)))
    for k, v in streets.items():
        if len(v) > 1:
            errs.append("street in two cases: %s %s" % (k, sorted(v)))
    for k, v in long_utts.items():
        if len(v) > 1:
            errs.append("utterance in two cases: %s %s" % (k, sorted(v)))
    return errs


def counts(cases):
    pii = {t: 0 for t in PII_TYPES}
    keep = {k: 0 for k in KEEP_KINDS}
    n_utt = 0
    no_pii = 0
    ivr = 0
    style_utts = {"asr": 0, "transcript": 0}
    for c in cases:
        for p in c["pii"]:
            pii[p["type"]] += 1
        for k in c["keep"]:
            keep[k["kind"]] += 1
        n_utt += len(c["utterances"])
        style_utts[c["style"]] += len(c["utterances"])
        with_pii = {p["utterance"] for p in c["pii"]}
        no_pii += len(c["utterances"]) - len(with_pii)
        if any(u["speaker"] == "ivr" for u in c["utterances"]):
            ivr += 1
    return pii, keep, n_utt, no_pii, ivr, style_utts


def main():
    check_only = "--check" in sys.argv[1:]
    cases = build()
    errs = check_all(cases)
    pii, keep, n_utt, no_pii, ivr, style_utts = counts(cases)
    for t, m in MINIMUMS.items():
        if pii[t] < m:
            errs.append("minimum: %s %d < %d" % (t, pii[t], m))
    if len(cases) < 80:
        errs.append("minimum: cases %d < 80" % len(cases))
    if n_utt < 1000:
        errs.append("minimum: utterances %d < 1000" % n_utt)
    if no_pii < 400:
        errs.append("minimum: utterances without pii %d < 400" % no_pii)
    if sum(keep.values()) < 280:
        errs.append("minimum: keep spans %d < 280" % sum(keep.values()))
    for k in KEEP_KINDS:
        if keep[k] == 0:
            errs.append("minimum: no keep span of kind %s" % k)
    if ivr < 6:
        errs.append("minimum: IVR cases %d < 6" % ivr)
    print("cases: %d" % len(cases))
    print("utterances: %d (asr %d = %.1f%%, transcript %d = %.1f%%)" % (
        n_utt, style_utts["asr"], 100.0 * style_utts["asr"] / max(n_utt, 1),
        style_utts["transcript"], 100.0 * style_utts["transcript"] / max(n_utt, 1)))
    print("cases by style: asr %d, transcript %d" % (
        sum(c["style"] == "asr" for c in cases), sum(c["style"] == "transcript" for c in cases)))
    print("utterances without pii: %d" % no_pii)
    print("IVR cases: %d" % ivr)
    print("pii spans: %d" % sum(pii.values()))
    for t in PII_TYPES:
        print("  %-15s %4d (min %d)" % (t, pii[t], MINIMUMS[t]))
    print("pii groups: %d" % sum(len({p["group"] for p in c["pii"]}) for c in cases))
    print("keep spans: %d" % sum(keep.values()))
    for k in KEEP_KINDS:
        print("  %-15s %4d" % (k, keep[k]))
    if errs:
        for e in errs:
            print("FAIL " + e, file=sys.stderr)
        print("%d check(s) failed; nothing written" % len(errs), file=sys.stderr)
        sys.exit(1)
    if check_only:
        print("checks passed (--check: nothing written)")
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            obj = {"case_id": c["case_id"], "style": c["style"], "utterances": c["utterances"],
                   "pii": c["pii"], "keep": c["keep"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
