#!/usr/bin/env python3
"""Write data/redaction/dev3.jsonl: a third development set for the transcript redactor.

dev3 concentrates on the three hardest types: CARD_NUMBER, ACCOUNT_NUMBER and NAME, and on the
look-alikes of those shapes that must survive redaction (tracking numbers that fail the Luhn
check, flight numbers, model numbers, quantities, ordinary words that look like names).

Every conversation below was written for this file. Each case is a small function that takes the
seeded generator `g` and returns (style, turns); a turn is (speaker, text with inline markup):

    [[TYPE:text]]          a pii span, in a group of its own
    [[TYPE#grp:text]]      a pii span; spans sharing `grp` within a case are pieces of one value
    [[TYPE#grp~:text]]     a piece that was corrected or said again ("four five... no sorry four
                           six", "sorry say again"): labelled, in the value's group, but left out
                           when the group's digits are joined for the Luhn check
    [[TYPE#grp^:text]]     a partial read-back (first four ... ending ...): its pieces must be the
                           start and the end of a full card number in the same case
    ((kind:text))          a look-alike that must NOT be redacted (a `keep` span)

The markup is stripped by code and every offset is computed from the clean text; numbers come
from the generator and are rendered by the helpers (say, say_pairs, grp, ...). The build is
validated (see `validate`) and the file is written only if every check passes; otherwise the
script exits with status 1.

    python3 data/redaction/make_dev3.py          # writes dev3.jsonl, prints the counts
    python3 data/redaction/make_dev3.py --check  # builds and validates only
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "dev3.jsonl"
SEED = 30303

T, A = "transcript", "asr"
CARD, CVV, EXP, SSN, PHONE, EMAIL, DOB, ADDR, POST, ACC, NAME = (
    "CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS", "POSTCODE",
    "ACCOUNT_NUMBER", "NAME")
PII_TYPES = [CARD, CVV, EXP, SSN, PHONE, EMAIL, DOB, ADDR, POST, ACC, NAME]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
# look-alikes "of the shapes" of cards, account numbers and names (the dev3 brief's 60)
SHAPE_KINDS = {"quantity", "flight_number", "model_number", "count", "other"}

MINIMUMS = {  # the dev3 brief
    "utterances": 400, "ordinary": 80, "card_spans": 80, "card_values": 45,
    "account_spans": 60, "name_spans": 80, "shape_lookalikes": 60,
}


# ----------------------------------------------------------------------------------------------
# markup helpers used by the cases

def P(typ: str, text: str, grp: str | None = None) -> str:
    """A pii span. grp may end in '~' (superseded piece) or '^' (partial read-back)."""
    assert typ in PII_TYPES, typ
    return f"[[{typ}{'#' + grp if grp else ''}:{text}]]"


def K(kind: str, text: str) -> str:
    """A keep span (look-alike)."""
    assert kind in KEEP_KINDS, kind
    return f"(({kind}:{text}))"


# ----------------------------------------------------------------------------------------------
# numbers: generation

def luhn_ok(d: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


UK_OUTWARD = ["LS6", "BS3", "CF24", "EH7", "G12", "M20", "NE6", "B29", "L17", "SE22", "N16",
              "E8", "NW5", "OX4", "YO31", "S11", "NG7", "BN2", "EX4", "CB1"]
UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.used: set[str] = set()

    def _fresh(self, make):
        for _ in range(1000):
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v
        raise AssertionError("generator exhausted")

    def digits(self, n: int, first_nonzero: bool = True) -> str:
        def make():
            s = "".join(self.r.choice("0123456789") for _ in range(n))
            if first_nonzero and s[0] == "0":
                s = self.r.choice("123456789") + s[1:]
            return s
        return self._fresh(make)

    def card(self, brand: str = "visa") -> str:
        def make():
            if brand == "visa":
                body = "4" + "".join(self.r.choice("0123456789") for _ in range(14))
            elif brand == "mc":
                body = "5" + self.r.choice("12345") + "".join(self.r.choice("0123456789") for _ in range(13))
            elif brand == "mc2":
                body = str(self.r.randint(2221, 2720)) + "".join(self.r.choice("0123456789") for _ in range(11))
            elif brand == "amex":
                body = self.r.choice(["34", "37"]) + "".join(self.r.choice("0123456789") for _ in range(12))
            elif brand == "disc":
                body = self.r.choice(["6011", "6440", "6475", "6521", "6559"]) + "".join(
                    self.r.choice("0123456789") for _ in range(11))
            else:
                raise ValueError(brand)
            return body + luhn_digit(body)
        return self._fresh(make)

    def card_with_repeats(self, brand: str = "visa") -> str:
        """A card number with at least two runs of a repeated digit (for 'double'/'triple')."""
        for _ in range(5000):
            c = self.card(brand)
            runs = len(re.findall(r"(\d)\1", c))
            if runs >= 3:
                return c
            self.used.discard(c)
        raise AssertionError

    def card_with_zeros(self, brand: str = "visa") -> str:
        for _ in range(5000):
            c = self.card(brand)
            if c.count("0") >= 3:
                return c
            self.used.discard(c)
        raise AssertionError

    def card_with_hundred(self, brand: str = "visa") -> str:
        """A card number whose second group of four ends in 00 (said 'forty seven hundred')."""
        for _ in range(20000):
            c = self.card(brand)
            if c[6:8] == "00" and c[4] != "0":
                return c
            self.used.discard(c)
        raise AssertionError

    def tracking(self, n: int = 16) -> str:
        """A long parcel/serial number that FAILS the Luhn check."""
        def make():
            s = self.r.choice("123456789") + "".join(self.r.choice("0123456789") for _ in range(n - 1))
            if luhn_ok(s):
                s = s[:-1] + str((int(s[-1]) + 1) % 10)
            return s
        return self._fresh(make)

    def cvv(self, n: int = 3) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def exp(self) -> tuple[int, int]:
        return self.r.randint(1, 12), self.r.randint(27, 32)

    def letters(self, n: int, pool: str = "ABCDEFGHJKLMNPQRSTUVWXYZ") -> str:
        return "".join(self.r.choice(pool) for _ in range(n))

    def ref6(self) -> str:
        """An airline booking reference: six letters/digits, at least two digits."""
        def make():
            while True:
                s = "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
                if sum(c.isdigit() for c in s) >= 2 and s[0].isalpha():
                    return s
        return self._fresh(make)

    def phone_us(self) -> str:
        return self._fresh(lambda: f"{self.r.choice(['206', '312', '415', '503', '617', '720', '919'])}555"
                                   f"01{self.r.randint(0, 99):02d}")

    def phone_uk_mobile(self) -> str:
        return self._fresh(lambda: f"07700900{self.r.randint(0, 999):03d}")

    def phone_uk_land(self) -> str:
        return self._fresh(lambda: self.r.choice(["02079460", "01614960", "01134960", "01174960"])
                           + f"{self.r.randint(0, 999):03d}")

    def zip(self, prefix: str) -> str:
        return self._fresh(lambda: prefix + "".join(self.r.choice("0123456789") for _ in range(5 - len(prefix))))

    def uk_postcode(self) -> str:
        return self._fresh(lambda: f"{self.r.choice(UK_OUTWARD)} {self.r.randint(1, 9)}"
                                   f"{self.r.choice(UK_INWARD_LETTERS)}{self.r.choice(UK_INWARD_LETTERS)}")

    def ssn(self) -> str:
        return self._fresh(lambda: f"{self.r.randint(1, 665):03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}")


# ----------------------------------------------------------------------------------------------
# numbers: rendering

W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
          9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def chunks(s: str, sizes) -> list[str]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return out


def grp(d: str, sizes=(4, 4, 4, 4), sep: str = " ") -> str:
    return sep.join(chunks(d, sizes))


def amex(d: str, sep: str = " ") -> str:
    return grp(d, (4, 6, 5), sep)


def zw(c: str, zero: str) -> str:
    return zero if c == "0" else W[int(c)]


def say(d: str, zero: str = "oh", dbl: bool = False) -> str:
    """Digit by digit; with dbl, runs are said 'double five', 'triple oh'."""
    words, i = [], 0
    while i < len(d):
        c, j = d[i], i
        while j < len(d) and d[j] == c:
            j += 1
        run = j - i
        w = zw(c, zero)
        if dbl and run >= 2:
            while run > 0:
                if run == 2 or run == 4:
                    words.append(f"double {w}")
                    run -= 2
                elif run >= 3:
                    words.append(f"triple {w}")
                    run -= 3
                else:
                    words.append(w)
                    run -= 1
            i = j
            continue
        words.append(w)
        i += 1
    return " ".join(words)


def pair_words(p: str, zero: str = "oh") -> str:
    a, b = p[0], p[1]
    if a == "0":
        return f"{zero} {zw(b, zero)}"
    if a == "1":
        return TEEN_W[int(b)]
    return TENS_W[int(a)] + ("" if b == "0" else " " + W[int(b)])


def say_pairs(d: str, zero: str = "oh") -> str:
    """In pairs: 4511 -> 'forty five eleven'; an odd digit at the end is said on its own."""
    parts = [d[i:i + 2] for i in range(0, len(d), 2)]
    words = []
    for k, p in enumerate(parts):
        if len(p) == 1:
            words.append(zw(p, zero))
        elif p[1] == "0" and p[0] not in "01" and k + 1 < len(parts) and len(parts[k + 1]) == 1:
            words.append(f"{W[int(p[0])]} {zero}")   # 'forty' then 'seven' would read as 47
        else:
            words.append(pair_words(p, zero))
    out = " ".join(words)
    assert spoken_digits(out)[0] == d, (d, out)
    return out


def say_hundred(d4: str) -> str:
    """'4700' -> 'forty seven hundred'."""
    assert len(d4) == 4 and d4.endswith("00") and d4[0] != "0"
    return (pair_words(d4[:2]) if d4[0] != "0" else W[int(d4[1])]) + " hundred"


def say_groups(d: str, sizes, modes, zero: str = "oh", sep: str = " ") -> str:
    """Each group in its own mode: 'd' digits, 'w' word per digit, 'p' pairs, 'x' doubles."""
    out = []
    for part, m in zip(chunks(d, sizes), modes):
        if m == "d":
            out.append(part)
        elif m == "w":
            out.append(say(part, zero))
        elif m == "x":
            out.append(say(part, zero, dbl=True))
        elif m == "p":
            out.append(say_pairs(part, zero))
        elif m == "h":
            out.append(say_hundred(part))
        else:
            raise ValueError(m)
    s = sep.join(out)
    assert spoken_digits(s)[0] == d, (d, s)
    return s


def mm_yy(e) -> str:
    return f"{e[0]:02d}/{e[1]}"


def exp_said(e, how: int) -> str:
    m, y = e
    if how == 0:
        return f"{say(f'{m:02d}')} {pair_words(str(y))}"          # oh four twenty seven
    if how == 1:
        return f"{MONTHS[m - 1]} twenty {pair_words(str(y))}"        # april twenty twenty seven
    if how == 2:
        return f"{MONTHS[m - 1]} of {pair_words(str(y))}"           # april of twenty seven
    if how == 3:
        return f"{m:02d} {y}"                                        # 04 27
    raise ValueError(how)


def say_letters(s: str, zero: str = "oh") -> str:
    """Letters and digits one by one, lower case: 'PX4471' -> 'p x four four seven one'."""
    return " ".join(c.lower() if c.isalpha() else zw(c, zero) for c in s if c.isalnum())


def ph_us(d: str) -> str:
    return f"({d[:3]}) {d[3:6]}-{d[6:]}"


def ph_uk(d: str) -> str:
    return f"{d[:5]} {d[5:]}" if d.startswith("07") else f"{d[:3]} {d[3:7]} {d[7:]}"


# ----------------------------------------------------------------------------------------------
# numbers: reading back (used by the checks)

UNIT = {w: i for i, w in enumerate(W)}
UNIT["oh"] = 0
TEEN = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS = {w: n for n, w in TENS_W.items()}
MULT = {"double": 2, "triple": 3}
NUMBER_WORDS = set(UNIT) | set(TEEN) | set(TENS) | set(MULT) | {"hundred", "thousand"}


def spoken_digits(s: str) -> tuple[str, list[str]]:
    """Digits said or written in s ('forty one eleven', 'double oh', '4539') and the other words."""
    toks = re.findall(r"[A-Za-z]+|\d+", s)
    toks = [t.lower() for t in toks]
    out: list[str] = []
    other: list[str] = []
    i, mult = 0, 1
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t * mult)
            mult = 1
        elif t in MULT:
            mult = MULT[t]
        elif t in UNIT:
            out.append(str(UNIT[t]) * mult)
            mult = 1
        elif t in TEEN:
            out.append(str(TEEN[t]))
        elif t in TENS:
            if i + 1 < len(toks) and toks[i + 1] in UNIT and toks[i + 1] not in ("zero", "oh"):
                out.append(str(TENS[t] * 10 + UNIT[toks[i + 1]]))
                i += 1
            else:
                out.append(str(TENS[t] * 10))
        elif t == "hundred" and out:
            out[-1] += "00"
        elif t == "thousand" and out:
            out[-1] += "000"
        else:
            other.append(t)
        i += 1
    return "".join(out), other


# ----------------------------------------------------------------------------------------------
# the cases

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ---- 1-15 -------------------------------------------------------------------------------------

@case
def stranded_lisbon(g):
    ref, card, e, cvv = g.ref6(), g.card("visa"), g.exp(), g.cvv()
    return T, [
        ("agent", f"Skyvale Airways, you're through to {P(NAME, 'Ruairi')}. Who am I speaking with?"),
        ("customer", f"Hi {P(NAME, 'Ruairi')}, it's {P(NAME, 'Ngozi Adeyemi-Clarke')}. I'm stuck in Lisbon. "
                     "My connection home was cancelled and nobody at the desk can help me."),
        ("agent", f"I'm so sorry, Ms {P(NAME, 'Adeyemi-Clarke')}. What's the reference on your e-ticket?"),
        ("customer", f"{P(ACC, ref)}."),
        ("agent", f"{P(ACC, ref)}, the {K('flight_number', 'SV 2207')} to Manchester. I can move you to "
                  f"{K('flight_number', 'SV 2213')} at {K('time', '6:40')} tomorrow, but it's a different fare "
                  f"class, so there's a {K('price', '£88')} difference."),
        ("customer", "That's daylight robbery, but fine. I have to be back for my daughter's graduation."),
        ("agent", "Understood. Go ahead with the payment details when you're ready."),
        ("customer", f"Visa, {P(CARD, grp(card))}, expires {P(EXP, mm_yy(e))}, and the code on the back is "
                     f"{P(CVV, cvv)}."),
        ("agent", f"Thank you. That's gone through, and I've added a hotel voucher for {K('duration', 'one night')}."),
    ]


@case
def cut_off_interview(g):
    c = g.card_with_zeros("visa")
    p = chunks(c, (4, 4, 4, 4))
    return A, [
        ("agent", f"thanks for calling brightwave mobile you're speaking with {P(NAME, 'shanice')} how can i help"),
        ("customer", f"hi {P(NAME, 'shanice')} yeah my phone's been cut off and i've got a job interview ringing me at "
                     f"{K('time', 'two o clock')}"),
        ("agent", "oh no okay let's get that sorted for you can i take your full name"),
        ("customer", f"it's {P(NAME, 'tadeusz wojcik')}"),
        ("agent", "and could you spell the surname for me"),
        ("customer", f"{P(NAME, 'w o j c i k')}"),
        ("agent", f"thank you mr {P(NAME, 'wojcik')} so there's {K('price', 'sixty two pounds forty')} outstanding "
                  "if we clear that today the line comes straight back on"),
        ("customer", "yeah do it please"),
        ("agent", "okay and what's the long number"),
        ("customer", P(CARD, say(p[0]), "c")),
        ("agent", "uh huh"),
        ("customer", P(CARD, say(p[1]), "c")),
        ("agent", "and the next four"),
        ("customer", P(CARD, say(p[2]), "c")),
        ("agent", "mhm"),
        ("customer", f"{P(CARD, say(p[3]), 'c')} that's it"),
        ("agent", f"lovely so i've got {P(CARD, say(c), 'rb')} is that right"),
        ("customer", "yep spot on"),
    ]


@case
def flood_claim_excess(g):
    claim = f"CLM-{g.digits(4)}-{g.digits(3)}"
    pol = f"HSH {g.digits(8)}"
    c = g.card("amex")
    a = chunks(c, (4, 6, 5))
    return T, [
        ("agent", f"Arbor Mutual claims, this is {P(NAME, 'Delphine')}. Can I take your policy number?"),
        ("customer", f"Yes, it's {P(ACC, pol)}. The kitchen's under about {K('quantity', 'two inches')} of water "
                     "and the loss adjuster still hasn't come out."),
        ("agent", "I'm sorry, that sounds awful. And the name on the policy?"),
        ("customer", f"{P(NAME, 'Marguerite Lavoie')}."),
        ("agent", f"Thank you, Mrs {P(NAME, 'Lavoie')}. I can see the claim, {P(ACC, claim)}. Before we can send "
                  f"the contractor, the {K('price', '$500')} excess needs to be paid."),
        ("customer", "Fine. It's an American Express."),
        ("agent", "Go ahead."),
        ("customer", f"{P(CARD, amex(c, '-'))}."),
        ("agent", f"Let me read that back. {P(CARD, a[0] + ' ' + a[1], 'rb')}..."),
        ("customer", "Yes."),
        ("agent", f"...and {P(CARD, a[2], 'rb')}."),
        ("customer", "That's right."),
        ("agent", f"Perfect. The contractor will call you within {K('duration', '48 hours')}."),
    ]


@case
def unasked_visa_blender(g):
    c = g.card("visa")
    order = g.digits(9)
    return A, [
        ("agent", f"hi there you're through to home and hearth this is {P(NAME, 'mateus')}"),
        ("customer", f"hi {P(NAME, 'mateus')} i want the {K('model_number', 'kx ninety')} blender the red one "
                     f"{K('count', 'two')} of them one's a present and just stick it on my visa "
                     f"{P(CARD, say_pairs(c))}"),
        ("agent", "oh okay you're quick i'll need to set up the order first can i get your name"),
        ("customer", f"yeah sorry {P(NAME, 'aoife gallagher')}"),
        ("agent", f"no worries {P(NAME, 'aoife')} and you said the visa can you give me that number once more slowly"),
        ("customer", f"{P(CARD, say(c), 'c2')}"),
        ("agent", f"got it thanks {P(NAME, 'aoife')} your order number is {P(ACC, say(order))}"),
        ("customer", f"{P(ACC, say(order[:5]), 'o2')} sorry {P(ACC, say(order[5:]), 'o2')}"),
        ("agent", f"that's it they'll be with you on {K('date', 'friday')}"),
    ]


@case
def fraud_glasses(g):
    c = g.card("mc")
    p = chunks(c, (4, 4, 4, 4))
    return T, [
        ("agent", f"Fraud team, my name is {P(NAME, 'Kwame')}. I understand you've lost your purse?"),
        ("customer", f"Stolen, I think. There's a payment of {K('price', '£1,240')} at "
                     f"{K('other', 'Marks & Spencer')} I never made."),
        ("agent", "Okay, I'll stop the card right now. Can you read me the number on the front? If it's been "
                  "stolen, any statement will have it."),
        ("customer", "I've got last month's statement here. Let me find my glasses... right."),
        ("customer", f"{P(CARD, p[0], 'c')} {P(CARD, p[1], 'c')}... sorry, the print is tiny... "
                     f"{P(CARD, p[2] + ' ' + p[3], 'c')}."),
        ("agent", "Thank you. And who am I speaking with?"),
        ("customer", f"{P(NAME, 'Henrietta Quayle')}."),
        ("agent", f"Thanks, Mrs {P(NAME, 'Quayle')}. The card's blocked and the {K('price', '£1,240')} is "
                  "marked as disputed."),
        ("customer", "Oh, thank goodness."),
    ]


@case
def meter_reading_not_a_card(g):
    meter = "e" + g.digits(2) + "k" + g.digits(5)
    acct = g.digits(10)
    return A, [
        ("agent", f"northgate energy this is {P(NAME, 'gwen')} speaking"),
        ("customer", f"hi {P(NAME, 'gwen')} it's {P(NAME, 'solveig brandvold')} i've had an estimated bill that's way off"),
        ("agent", "okay let's have a look whats your account number"),
        ("customer", f"{P(ACC, say(acct, 'zero'))}"),
        ("agent", "and can you read me the serial on the meter itself"),
        ("customer", f"it says {P(ACC, say_letters(meter))}"),
        ("agent", "lovely and the reading today"),
        ("customer", f"{K('other', 'four five two one seven')}"),
        ("agent", f"thanks {P(NAME, 'solveig')} that's a lot lower than the estimate i'll rebill you"),
    ]


@case
def hotel_sixteen_digits(g):
    loyalty = g.digits(9)
    c = g.card("mc2")
    e, cvv = g.exp(), g.cvv()
    return T, [
        ("agent", f"Good evening, Harbourlight Hotels reservations, {P(NAME, 'Corinne')} speaking."),
        ("customer", f"Hi. {K('other', 'Will')} you still have a room tonight? My train's been cancelled and I'm stuck in York."),
        ("agent", f"Let me check. {K('count', 'One')} person?"),
        ("customer", f"Yes. I'm a member, the number's {P(ACC, grp(loyalty, (3, 3, 3)))}."),
        ("agent", f"Thank you, that's {P(NAME, 'Ishaan Mehra')}?"),
        ("customer", "That's me."),
        ("agent", f"There's a double for {K('price', '£119')}. And the sixteen digits?"),
        ("customer", f"{P(CARD, c)}."),
        ("agent", "Expiry and security code?"),
        ("customer", f"{P(EXP, mm_yy(e))}, {P(CVV, cvv)}."),
        ("agent", f"All booked, Mr {P(NAME, 'Mehra')}. Check-in's from {K('time', '3 pm')}, but they'll have it "
                  "ready when you arrive."),
    ]


@case
def charity_pairs(g):
    c = g.card("visa")
    donor = g.digits(7)
    return A, [
        ("agent", f"hello you're through to the riverside hospice appeal my name's {P(NAME, 'jarrah')}"),
        ("customer", "oh hello i saw the thing on the telly and i'd like to give something every month"),
        ("agent", "that's so kind thank you can i take your name"),
        ("customer", f"it's mrs {P(NAME, 'bronwen pritchard')}"),
        ("agent", f"thank you {P(NAME, 'bronwen')} and how much were you thinking"),
        ("customer", f"{K('price', 'twenty pounds')} a month"),
        ("agent", "lovely and what card would you like to use"),
        ("customer", f"it's a visa {P(CARD, say_groups(c, (4, 4, 4, 4), 'pppp'))}"),
        ("agent", f"okay so {P(CARD, say(c), 'rb')}"),
        ("customer", "that's the one"),
        ("agent", f"thank you your donor reference is {P(ACC, say(donor))} you'll get a letter in "
                  f"{K('duration', 'about a week')}"),
    ]


@case
def car_rental_correction(g):
    c = g.card("visa")
    agree = f"RA-{g.digits(4, False)}-{g.digits(5)}"
    wrong = c[:2] + str((int(c[2]) + 3) % 10)
    return T, [
        ("agent", f"Rapid Rentals roadside, {P(NAME, 'Hollis')} here. What's happened?"),
        ("customer", f"The car's died on the hard shoulder of the {K('other', 'M6')}. Warning lights everywhere, I've got "
                     f"{K('count', 'two')} kids in the back."),
        ("agent", "Are you all out of the car and behind the barrier?"),
        ("customer", "Yes, we're out."),
        ("agent", "Good. Can you give me the number on your rental agreement?"),
        ("customer", f"{P(ACC, agree)}."),
        ("agent", f"Thank you. That's a {K('other', 'Ford')} Focus, yes? A recovery truck is about "
                  f"{K('duration', '50 minutes')} away. A replacement car in a bigger class is "
                  f"{K('price', '£35')} a day extra, if you want one."),
        ("customer", f"Yes please. Take it from my card, {P(CARD, wrong, 'c~')}... no, sorry, "
                     f"{P(CARD, grp(c), 'c')}."),
        ("agent", f"So that's {P(CARD, grp(c), 'rb')}?"),
        ("customer", "Yes."),
        ("agent", f"And the driver's name on the agreement is {P(NAME, 'Piotr Zielinski')}?"),
        ("customer", "That's my husband. I'm on it as the second driver."),
    ]


@case
def prescription_fee(g):
    rx = "rx" + g.digits(6)
    c = g.card("mc")
    p = chunks(c, (4, 4, 4, 4))
    return A, [
        ("agent", f"wellbeing pharmacy delivery line {P(NAME, 'farah')} speaking"),
        ("customer", f"hi {P(NAME, 'farah')} i'm calling for my dad {P(NAME, 'benedikt auer')} his inhaler prescription "
                     "hasn't turned up and he's nearly out"),
        ("agent", "oh dear okay do you have the prescription reference it's on the text we sent"),
        ("customer", f"yeah it's {P(ACC, say_letters(rx))}"),
        ("agent", f"thanks and are you {P(NAME, 'benedikt')} or"),
        ("customer", f"no i'm his daughter {P(NAME, 'lena')}"),
        ("agent", f"okay {P(NAME, 'lena')} there's a {K('price', 'nine ninety')} charge that didn't go through "
                  "that's why it stopped can we take that now"),
        ("customer", f"yeah go on it's {P(CARD, say(p[0], 'zero') + ' ' + say(p[1], 'zero'), 'c')} um "
                     f"{P(CARD, say(p[2], 'zero'), 'c')} {P(CARD, say(p[3], 'zero'), 'c')}"),
        ("agent", "got that thank you and it'll go out on the afternoon van"),
        ("customer", "brilliant thanks"),
    ]


@case
def gym_grace_period(g):
    mem = f"M-{g.digits(6)}"
    return T, [
        ("agent", f"FitHub membership team, {P(NAME, 'Ollie')} speaking."),
        ("customer", "Hi, I want to cancel my membership. I've been made redundant and I can't keep paying."),
        ("agent", "I'm sorry to hear that. Can I take your membership number?"),
        ("customer", f"It's {P(ACC, mem)}."),
        ("agent", "Thank you. And your name?"),
        ("customer", f"{P(NAME, 'Rashida Kamara')}."),
        ("agent", f"Okay, {P(NAME, 'Rashida')}. Normally there's a {K('duration', 'one-month')} notice period, but "
                  "with redundancy we can waive it."),
        ("customer", f"{K('other', 'Grace')} period, basically?"),
        ("agent", "Exactly. No further payments will be taken."),
        ("customer", "That's a relief, honestly."),
    ]


@case
def concert_say_again(g):
    c = g.card_with_repeats("mc")
    p = chunks(c, (4, 4, 4, 4))
    tickets = [g.digits(8), g.digits(8)]
    return A, [
        ("agent", f"stagefront tickets you're speaking with {P(NAME, 'tariq')}"),
        ("customer", "hi the website crashed right as i was paying and now it says the sale ends at "
                     f"{K('time', 'midnight')}"),
        ("agent", "don't worry i can hold them for you how many were you after"),
        ("customer", f"{K('count', 'two')} standing"),
        ("agent", "okay and how would you like to pay"),
        ("customer", f"mastercard {P(CARD, say(p[0], dbl=True), 'c~')}"),
        ("agent", "sorry say again the line broke up"),
        ("customer", f"{P(CARD, say(p[0], dbl=True), 'c')} {P(CARD, say(p[1], dbl=True), 'c')}"),
        ("agent", "got that"),
        ("customer", f"{P(CARD, say(p[2], dbl=True) + ' ' + say(p[3], dbl=True), 'c')}"),
        ("agent", "great and the name for the tickets"),
        ("customer", f"{P(NAME, 'keanu kahale')}"),
        ("agent", f"thanks {P(NAME, 'keanu')} your ticket numbers are {P(ACC, say(tickets[0]))} and "
                  f"{P(ACC, say(tickets[1]))}"),
    ]


@case
def ivr_discover(g):
    c = g.card("disc")
    acct = g.digits(8)
    return T, [
        ("ivr", "Welcome to Lakeshore Bank card services. Please say or enter your card number."),
        ("customer", f"{P(CARD, grp(c))}"),
        ("ivr", f"I heard {P(CARD, grp(c), 'rb')}. If that's correct, say yes."),
        ("customer", "Yes."),
        ("ivr", "Thank you. Please hold for an agent."),
        ("agent", f"Hi, this is {P(NAME, 'Bettina')}. Am I speaking with {P(NAME, 'Cormac Doherty')}?"),
        ("customer", f"You are. Hi {P(NAME, 'Bettina')}. My card was declined at the pharmacy and I need my "
                     "medication today."),
        ("agent", f"Let me look. I see the linked checking account ending {P(ACC, acct[-4:])} is overdrawn by "
                  f"{K('price', '$23.40')}, which triggered the hold."),
        ("customer", f"{K('price', 'Twenty-three dollars')}? Seriously?"),
        ("agent", "I can lift it as a courtesy, just this once."),
    ]


@case
def council_tax_ref(g):
    ref = g.digits(8)
    return A, [
        ("agent", "good morning revenues and benefits how can i help"),
        ("customer", "hi i've had a letter saying i'm being taken to court over council tax and i've paid it"),
        ("agent", "okay can i take the number on your letter"),
        ("customer", f"{P(ACC, say_groups(ref, (2, 2, 2, 2), 'dddd'))}"),
        ("agent", f"{P(ACC, say(ref), 'rb')} is that right"),
        ("customer", "yes"),
        ("agent", "and your name please"),
        ("customer", f"{P(NAME, 'zainab hussaini')}"),
        ("agent", f"thank you mrs {P(NAME, 'hussaini')} i can see a payment of {K('price', 'one forty six')} came in "
                  f"on the {K('date', 'third')} it just hadn't been matched i'll withdraw the summons"),
        ("customer", "oh thank god i couldn't sleep last night"),
    ]


@case
def router_mark2(g):
    order = f"BW{g.digits(7)}"
    c = g.card("disc")
    return T, [
        ("agent", f"Broadwave upgrades, you're speaking with {P(NAME, 'Nkechi')}."),
        ("customer", f"Hi {P(NAME, 'Nkechi')}. My router keeps dropping and I work from home. Someone said the "
                     f"{K('model_number', 'Mark 2')} hub would fix it."),
        ("agent", f"It should. The {K('model_number', 'Mark 2')} is {K('price', '$79')}, or free if you move to "
                  f"the {K('model_number', 'Fibre 500')} plan."),
        ("customer", f"Just the hub, please. My name's {P(NAME, 'Yui Takahashi')}, the account's under me."),
        ("agent", "Thank you. And how are you paying today?"),
        ("customer", f"Discover, {P(CARD, grp(c, sep='-'))}."),
        ("agent", f"That's gone through. Your order number is {P(ACC, order)}."),
        ("customer", f"{P(ACC, order)}. Got it."),
    ]


# ---- 16-32 ------------------------------------------------------------------------------------

@case
def parcel_tracking_vs_card(g):
    trk = g.tracking(16)
    order = g.digits(8)
    c = g.card("visa")
    return A, [
        ("agent", f"swiftpost customer care {P(NAME, 'ines')} speaking"),
        ("customer", "hiya my parcel says delivered but there's nothing here and it's my son's birthday tomorrow"),
        ("agent", "oh no i'm sorry have you got the tracking number there"),
        ("customer", f"yeah it's {K('other', say(trk))}"),
        ("agent", "okay and was it ordered through one of our partner shops"),
        ("customer", f"through bramble toys order {P(ACC, say_groups(order, (4, 4), 'dd'))}"),
        ("agent", "thank you and who have i got on the line"),
        ("customer", f"{P(NAME, 'chidi okafor')}"),
        ("agent", f"right {P(NAME, 'chidi')} the driver's photo shows a different door so it's gone to the wrong "
                  "house we can do a same day redelivery from the depot but it's a paid service"),
        ("customer", "how much"),
        ("agent", f"{K('price', 'twelve ninety nine')} and i'd refund it once the claim's done"),
        ("customer", f"fine it's {P(CARD, say_groups(c, (4, 4, 4, 4), 'dwdw'))}"),
        ("agent", "and that's gone through the van will be with you by six"),
    ]


@case
def payee_wrong_account(g):
    mine, theirs = g.digits(8), g.digits(8)
    ref = f"FT{g.digits(8)}"
    return T, [
        ("agent", f"Westbrook Bank, {P(NAME, 'Ruben')} speaking. How can I help?"),
        ("customer", "I've sent my rent to the wrong account. I typed one digit wrong and my landlord "
                     f"says he'll start eviction if it's not there by {K('date', 'Friday')}."),
        ("agent", "Let's see what we can do. Can I take your account number?"),
        ("customer", f"{P(ACC, mine)}. I've banked with you since {K('year', '2009')}, if that helps."),
        ("agent", "And your full name?"),
        ("customer", f"{P(NAME, 'Imogen Threlfall')}."),
        ("agent", f"Thank you, Ms {P(NAME, 'Threlfall')}. Which payment is it?"),
        ("customer", f"The one for {K('price', '£950')} this morning. It went to account {P(ACC, theirs)}, it "
                     f"should have been to {P(NAME, 'Desmond Achterberg')}."),
        ("agent", f"I see it, reference {P(ACC, ref)}. I'll raise a recall with the other bank today."),
        ("customer", f"{K('other', 'Will')} I get it back in time?"),
        ("agent", f"Usually within {K('duration', 'three working days')}. I'll also write a letter you can show "
                  "your landlord."),
    ]


@case
def pet_claim(g):
    claim = g.digits(7)
    pol = "p" + g.digits(7)
    return A, [
        ("agent", f"pawsure claims you're speaking to {P(NAME, 'bram')}"),
        ("customer", f"hi {P(NAME, 'bram')} it's about my dog biscuit she had surgery on her leg and the vet wants "
                     f"{K('price', 'two thousand four hundred')} before they'll let her come home"),
        ("agent", "oh bless her okay can you give me the policy number"),
        ("customer", f"it's {P(ACC, say_letters(pol))}"),
        ("agent", "and your name"),
        ("customer", f"{P(NAME, 'esperanza ruiz')}"),
        ("agent", "and which practice is she at"),
        ("customer", f"parkside vets on the high street she's under doctor {P(NAME, 'amara osei')}"),
        ("agent", f"okay {P(NAME, 'esperanza')} i've opened a claim the number is {P(ACC, say(claim))} and i "
                  "can pay the vet directly so you don't have to"),
        ("customer", "oh you're a lifesaver"),
    ]


@case
def frequent_flyer_family(g):
    ff = f"EX{g.digits(8)}"
    ref = g.ref6()
    return T, [
        ("agent", f"Good afternoon, Atlantic Way Travel, this is {P(NAME, 'Siobhan')}."),
        ("customer", f"Hi {P(NAME, 'Siobhan')}. My mum's flight from {K('other', 'Austin')} was diverted and she's stranded "
                     f"in {K('other', 'Dallas')} overnight. She's {K('other', '82')} and doesn't have her medication."),
        ("agent", "Oh no. Is she travelling on a booking made with us?"),
        ("customer", f"Yes, booking {P(ACC, ref)}. Her name's {P(NAME, 'Elspeth Rowntree')}."),
        ("agent", f"Thank you. I can see {K('flight_number', 'AW 118')}. And are you {P(NAME, 'Elspeth')}'s "
                  "contact on the booking?"),
        ("customer", f"Yes, I'm her son, {P(NAME, 'Callum')}."),
        ("agent", f"Thanks, {P(NAME, 'Callum')}. Does she have a frequent flyer number? It can get her lounge "
                  "access tonight."),
        ("customer", f"{P(ACC, ff)}."),
        ("agent", f"Perfect. I've put her on {K('flight_number', 'AW 2040')} at {K('time', '7:15')} tomorrow "
                  "and booked the airport hotel. A pharmacy there is open until midnight."),
        ("customer", "Thank you. Honestly, thank you."),
    ]


@case
def odd_groups_furniture(g):
    c = g.card("visa")
    order = "fh" + g.digits(6)
    return A, [
        ("agent", f"hi this is {P(NAME, 'kojo')} at oakline furniture"),
        ("customer", f"hi {P(NAME, 'kojo')} i'm ringing to pay the balance on my dining set it was {K('count', 'six')} "
                     "chairs and the table"),
        ("agent", "great have you got the order reference handy"),
        ("customer", f"{P(ACC, say_letters(order))}"),
        ("agent", f"thanks and that's for mrs {P(NAME, 'thandiwe nkosi')}"),
        ("customer", "yes that's me"),
        ("agent", f"lovely the balance is {K('price', 'eight hundred and twelve pounds')} and we're delivering on "
                  f"the {K('date', 'twenty first')}"),
        ("customer", f"okay card's {P(CARD, grp(c, (4, 2, 3, 4, 3)))}"),
        ("agent", f"sorry was that {P(CARD, grp(c, (4, 4, 4, 4)), 'rb')}"),
        ("customer", "yeah"),
        ("agent", "perfect that's paid in full"),
    ]


@case
def streaming_refund_partial(g):
    c = g.card("mc")
    inv = f"INV-{g.digits(6)}"
    return T, [
        ("agent", f"Hi, you've reached Lumen+ support. I'm {P(NAME, 'Priyanka')}."),
        ("customer", f"Hi. I cancelled my subscription in {K('date', 'January')} and you've charged me "
                     f"{K('count', 'three')} more times."),
        ("agent", "I'm sorry about that. Which email is the account under?"),
        ("customer", f"{P(EMAIL, 'wendell.pruitt@fastmail.com')}."),
        ("agent", f"Thank you, Mr {P(NAME, 'Pruitt')}. I can see invoice {P(ACC, inv)} and two after it, "
                  f"{K('price', '$15.99')} each. Which card were they taken from?"),
        ("customer", f"The Mastercard, {P(CARD, grp(c))}."),
        ("agent", f"Got it. So the refund goes back to the card starting {P(CARD, c[:4], 'p^')} and ending "
                  f"{P(CARD, c[-4:], 'p^')}, within {K('duration', 'five to seven days')}."),
        ("customer", "And it's definitely cancelled this time?"),
        ("agent", "Definitely. You'll get a confirmation in the next few minutes."),
    ]


@case
def motorway_claim_asr(g):
    pol = "px" + g.digits(4) + g.digits(3)
    return A, [
        ("agent", f"harbourside insurance accident line you're through to {P(NAME, 'delroy')}"),
        ("customer", f"hi i've just been rear ended on the {K('other', 'm25')} and the car's not driveable"),
        ("agent", "okay first of all is everyone safe"),
        ("customer", "yeah we're all on the verge it's raining though"),
        ("agent", "alright let's get you moving can i take your policy number"),
        ("customer", f"{P(ACC, say_letters(pol[:2]) + ' ' + say(pol[2:6]), 'pn')} um "
                     f"{P(ACC, say(pol[6:]), 'pn')}"),
        ("agent", f"{P(ACC, say_letters(pol), 'rb')} and is that mister {P(NAME, 'fergus halloran')}"),
        ("customer", "that's me"),
        ("agent", f"thanks {P(NAME, 'fergus')} a recovery truck is on its way it's about "
                  f"{K('duration', 'forty minutes')} out"),
        ("customer", "forty minutes in this"),
        ("agent", "i know i'm sorry stay behind the barrier and i'll text you the driver's details"),
    ]


@case
def joint_account_old_card(g):
    acct = g.digits(8)
    old = g.card("visa")
    p = chunks(old, (4, 4, 4, 4))
    return T, [
        ("agent", "Thank you for holding. Who am I speaking with?"),
        ("customer", f"{P(NAME, 'Consuelo Ibarra')}."),
        ("agent", "And your surname again, just so I spell it right?"),
        ("customer", f"{P(NAME, 'Ibarra')}, {P(NAME, 'I-B-A-R-R-A')}."),
        ("agent", "Thank you. What can I do for you today?"),
        ("customer", f"It's a joint account with my husband, {P(NAME, 'Wendell')}, number {P(ACC, acct)}. His "
                     "wallet was stolen at the station, and he's in hospital, so he can't call himself."),
        ("agent", "I'm sorry. Do you have his card number? Otherwise I can find it."),
        ("customer", f"It's on an old receipt. {P(CARD, p[0] + ' ' + p[1], 'c')}... hang on, the dog's got hold "
                     f"of my sleeve... {P(CARD, p[2] + ' ' + p[3], 'c')}."),
        ("agent", "Thank you, that card's cancelled now, and a new one will go to the address on file."),
        ("customer", "Thank you. It's been a horrible day."),
    ]


@case
def broadband_outage_ticket(g):
    ticket = g.digits(8)
    return A, [
        ("agent", f"skyline broadband this is {P(NAME, 'femi')} can i take your name"),
        ("customer", f"{P(NAME, 'rustam nazarov')} my internet's been down since yesterday and i've got an "
                     "exam online tomorrow"),
        ("agent", f"okay {P(NAME, 'rustam')} {K('other', 'will')} you bear with me while i run a line test"),
        ("customer", "sure"),
        ("agent", "the fault's at the cabinet not your house so an engineer needs to go out"),
        ("customer", "when"),
        ("agent", f"tomorrow between {K('time', 'eight')} and {K('time', 'one')} i've raised a ticket it's "
                  f"{P(ACC, say_groups(ticket, (3, 3, 2), 'www'))}"),
        ("customer", "tomorrow's too late my exam is at nine"),
        ("agent", f"i can send you a {K('model_number', 'four g')} dongle by courier today would that help"),
        ("customer", "yes please that would save me"),
        ("agent", "okay it's on the way i'll text the tracking to the number on the account"),
    ]


@case
def lost_bag(g):
    file_ref = f"LHRSV{g.digits(5)}"
    return T, [
        ("agent", f"Skyvale baggage services, {P(NAME, 'Marisol')} speaking."),
        ("customer", f"Hi {P(NAME, 'Marisol')}. My bag didn't arrive on {K('flight_number', 'SV 0431')} from Nairobi, "
                     f"and my wedding suit is in it. The wedding's on {K('date', 'Saturday')}."),
        ("agent", "Oh no. Did you fill in a report at the airport?"),
        ("customer", f"Yes, they gave me a file reference: {P(ACC, file_ref)}."),
        ("agent", f"Thank you. Is that {P(NAME, 'Oluwaseun Bakare')}?"),
        ("customer", "Yes."),
        ("agent", f"Mr {P(NAME, 'Bakare')}, good news: it's been found in Amsterdam and will be on the "
                  f"{K('time', '14:05')} arrival today."),
        ("customer", "Can it be delivered to my hotel?"),
        ("agent", "Of course. Which hotel?"),
        ("customer", f"The Regent on Chelsea Bridge Road, room {K('other', '512')}."),
        ("agent", f"Done. Expect it by {K('time', '9 pm')}. You can also claim up to {K('price', '£150')} "
                  "for emergency items."),
    ]


@case
def amex_words_cut_out(g):
    c = g.card("amex")
    a = chunks(c, (4, 6, 5))
    return A, [
        ("agent", f"okay mrs {P(NAME, 'quinlan')} how would you like to pay for the flowers"),
        ("customer", "american express"),
        ("agent", "go ahead"),
        ("customer", f"{P(CARD, say(a[0]), 'c')} {P(CARD, say(a[1]), 'c~')}"),
        ("agent", "sorry you cut out after the first four"),
        ("customer", f"{P(CARD, say(a[1]), 'c')}"),
        ("agent", "yep"),
        ("customer", f"{P(CARD, say(a[2]), 'c')}"),
        ("agent", "thank you and the four digit code on the front"),
        ("customer", f"{P(CVV, say(g.cvv(4)))}"),
        ("agent", f"lovely so that's the lilies to the funeral home for {K('time', 'ten thirty')} on {K('date', 'thursday')}"),
        ("customer", "yes thank you she loved lilies"),
    ]


@case
def parking_fine(g):
    pcn = f"WD{g.digits(8)}"
    c = g.card("mc")
    return T, [
        ("agent", "Parking services, how can I help?"),
        ("customer", "I want to pay a parking fine before it goes up. The letter says I've got until tomorrow."),
        ("agent", "What's the number at the top of the letter?"),
        ("customer", f"It starts with letters: {P(ACC, pcn)}."),
        ("agent", f"Thank you. That's {K('price', '£35')} at the discounted rate if paid within "
                  f"{K('duration', '14 days')}, which is still fine. Name on the notice?"),
        ("customer", f"{P(NAME, 'Hamish Cormack')}."),
        ("agent", "Go ahead with the card number."),
        ("customer", f"{P(CARD, grp(c, sep='-'))}."),
        ("agent", f"That's paid, Mr {P(NAME, 'Cormack')}. Keep the receipt."),
    ]


@case
def bereavement_energy(g):
    acct = g.digits(10)
    return A, [
        ("agent", f"hello you're through to northgate energy my name is {P(NAME, 'lowri')}"),
        ("customer", f"hi {P(NAME, 'lowri')} my husband passed away last month and the account's in his name"),
        ("agent", "i'm so sorry for your loss please take your time"),
        ("customer", "thank you i just don't want them cutting us off i've had a red letter"),
        ("agent", "we won't cut you off while we sort this out i promise can you tell me his name"),
        ("customer", f"{P(NAME, 'raymond')} {P(NAME, 'raymond achebe')}"),
        ("agent", "and is there an account number on the letter"),
        ("customer", f"{P(ACC, say_groups(acct, (4, 3, 3), 'wxw'))}"),
        ("agent", "thank you and can i take your own name too"),
        ("customer", f"{P(NAME, 'grace achebe')}"),
        ("agent", f"okay {P(NAME, 'grace')} i've put a hold on the debt for {K('duration', 'sixty days')} and "
                  "we'll move the account into your name"),
    ]


@case
def hotel_room_preauth(g):
    conf = g.digits(9)
    c = g.card("visa")
    return T, [
        ("agent", f"Front desk, {P(NAME, 'Jonas')} speaking."),
        ("customer", f"Hi, this is room {K('other', '1407')}. Housekeeping says my card was declined for the "
                     "incidentals hold."),
        ("agent", f"Let me look. Is that {P(NAME, 'Leilani Kapule')}?"),
        ("customer", f"Yes. Confirmation {P(ACC, conf)}."),
        ("agent", f"Thank you. The hold is {K('price', '$200')} for {K('count', 'three')} nights. Do you have "
                  "another card we can try?"),
        ("customer", f"Yes: {P(CARD, grp(c))}."),
        ("agent", f"Let me repeat it: {P(CARD, c[:8], 'rb')}..."),
        ("customer", "Mm-hmm."),
        ("agent", f"...{P(CARD, c[8:], 'rb')}."),
        ("customer", "Correct."),
        ("agent", "All set. Enjoy your stay."),
    ]


@case
def chargeback_hundreds(g):
    c = g.card_with_hundred("visa")
    case_no = g.digits(7)
    return A, [
        ("agent", f"you're through to the disputes team my name's {P(NAME, 'ottilie')} how can i help"),
        ("customer", f"hi {P(NAME, 'ottilie')} i paid a builder a deposit of {K('price', 'fifteen hundred pounds')} "
                     "and he's vanished and i want it back"),
        ("agent", "i'm sorry to hear that what's the long number on the card you paid with"),
        ("customer", f"{P(CARD, say_groups(c, (4, 4, 4, 4), 'phpp'))}"),
        ("agent", f"so that's {P(CARD, say_groups(c, (4, 4, 4, 4), 'wwww'), 'rb')}"),
        ("customer", "yes"),
        ("agent", "thank you and your name as it appears on the card"),
        ("customer", f"{P(NAME, 'm kowalczyk')} {P(NAME, 'marta kowalczyk')}"),
        ("agent", f"okay {P(NAME, 'marta')} i've raised a dispute your case number is {P(ACC, say(case_no))} "
                  f"we'll be in touch within {K('duration', 'ten working days')}"),
    ]


@case
def loyalty_vs_card(g):
    loyal = g.tracking(16)   # a rewards number: 16 digits, not a card (it happens to fail Luhn too)
    c = g.card("mc")
    return A, [
        ("agent", f"freshmart home delivery this is {P(NAME, 'darnell')}"),
        ("customer", "hi my shopping never came and i've got nothing in for the baby"),
        ("agent", "oh no let's find it have you got your rewards card number"),
        ("customer", f"{P(ACC, grp(loyal, (4, 4, 4, 4)))}"),
        ("agent", f"thanks and is that {P(NAME, 'anjali desai')}"),
        ("customer", "yep"),
        ("agent", f"okay {P(NAME, 'anjali')} the van broke down i can rebook it for {K('time', 'four till five')} "
                  "today and i'll waive the delivery charge"),
        ("customer", "yes please and can you change the card the old one's expired"),
        ("agent", "no problem go ahead"),
        ("customer", f"{P(CARD, grp(c, (4, 4, 4, 4)))}"),
        ("agent", "and the expiry"),
        ("customer", f"{P(EXP, exp_said(g.exp(), 0))}"),
    ]


@case
def doorbell_discover(g):
    c = g.card_with_zeros("disc")
    p = chunks(c, (4, 4, 4, 4))
    return A, [
        ("agent", "and how are you paying for the renewal today"),
        ("customer", f"discover card {P(CARD, say(p[0]) + ' ' + say(p[1]), 'c')} oh hang on that's the door "
                     "the courier's here give me one sec"),
        ("agent", "no rush"),
        ("customer", "sorry about that where was i"),
        ("agent", "you'd given me the first eight"),
        ("customer", f"right {P(CARD, say(p[2]) + ' ' + say(p[3]), 'c')}"),
        ("agent", f"perfect and that renews the cover until {K('date', 'march')} next year"),
        ("customer", f"and it's still {K('price', 'thirty one pounds')} a month yeah"),
        ("agent", "it is"),
    ]


@case
def clinic_billing(g):
    inv, pacct = f"{g.digits(6)}-B", g.digits(9)
    c = g.card("mc2")
    return T, [
        ("agent", f"Riverside Medical billing, {P(NAME, 'Tomasz')} speaking."),
        ("customer", "Hi. I got a final notice for my son's MRI, but I thought insurance covered it. It says "
                     f"collections in {K('duration', 'ten days')}."),
        ("agent", "I can help with that. What's the patient account number on the statement?"),
        ("customer", f"{P(ACC, pacct)}."),
        ("agent", "And the patient's name?"),
        ("customer", f"{P(NAME, 'Mateo Valdivia')}, he's {K('other', '9')}."),
        ("agent", f"Thank you. Invoice {P(ACC, inv)}: insurance paid {K('percentage', '80%')}, and "
                  f"{K('price', '$312.60')} is your share. Dr {P(NAME, 'Okonjo')} ordered it as non-urgent, "
                  "which is why."),
        ("customer", "Fine. I'll pay it now so it doesn't go to collections."),
        ("agent", "Okay. Go ahead with the payment details."),
        ("customer", f"{P(CARD, c)}, and the expiry's {P(EXP, mm_yy(g.exp()))}."),
        ("agent", "Thank you, that's paid and the notice is cancelled."),
    ]


@case
def movers_pairs_split(g):
    c = g.card("visa")
    inv = g.digits(6)
    return A, [
        ("agent", f"hi you're speaking to {P(NAME, 'aziz')} at fairmove removals"),
        ("customer", f"hi {P(NAME, 'aziz')} i'm moving on {K('date', 'friday')} and i need to add {K('quantity', 'forty')} more "
                     "boxes and pay the balance"),
        ("agent", "no problem what's your invoice number"),
        ("customer", f"{P(ACC, say_pairs(inv))}"),
        ("agent", f"okay that's {P(NAME, 'gideon marsh')}"),
        ("customer", "yep"),
        ("agent", f"so with the boxes the balance comes to {K('price', 'two thousand and forty pounds')}"),
        ("customer", f"okay card is {P(CARD, say_pairs(c[:8]), 'c')}"),
        ("agent", "yep go on"),
        ("customer", f"{P(CARD, say_pairs(c[8:]), 'c')}"),
        ("agent", f"that's all gone through see you {K('date', 'friday')}"),
    ]


@case
def upgrade_declined_two_cards(g):
    ff = f"{g.digits(9)}"
    c1, c2 = g.card("visa"), g.card("amex")
    return T, [
        ("agent", f"Southern Cross Airlines, you're speaking with {P(NAME, 'Jarrah')}."),
        ("customer", f"Hi. I'm flying to {K('other', 'Sydney')} on {K('flight_number', 'SC 22')} tonight and I'd like to use my "
                     "points for an upgrade."),
        ("agent", "Of course. What's your membership number?"),
        ("customer", f"{P(ACC, grp(ff, (3, 3, 3)))}."),
        ("agent", f"Thanks, Mr {P(NAME, 'Lindgren')}. The upgrade is {K('quantity', '40,000')} points plus "
                  f"{K('price', 'A$290')} in taxes."),
        ("customer", f"Fine. {P(CARD, grp(c1))}."),
        ("agent", "That's been declined, I'm afraid. Do you have another card?"),
        ("customer", f"Odd. Try the Amex: {P(CARD, amex(c2))}."),
        ("agent", f"That's worked. Seat {K('other', '3A')}, and enjoy the flight, Mr {P(NAME, 'Lindgren')}."),
        ("customer", "Thank you."),
    ]


@case
def here_rustam_zero(g):
    c = g.card_with_zeros("mc")
    p = chunks(c, (4, 4, 4, 4))
    return A, [
        ("customer", f"hiya {P(NAME, 'callista')} here you blocked my card when i was paying for petrol"),
        ("agent", f"sorry about that {P(NAME, 'callista')} it was flagged as unusual can i take the card number"),
        ("customer", f"{P(CARD, say(c, 'zero'))}"),
        ("agent", f"that's {P(CARD, say(p[0] + p[1], 'zero'), 'rb')}"),
        ("customer", "mm hmm"),
        ("agent", f"{P(CARD, say(p[2] + p[3], 'zero'), 'rb')}"),
        ("customer", "yep"),
        ("agent", f"and your surname {P(NAME, 'callista')}"),
        ("customer", f"{P(NAME, 'fairweather')}"),
        ("agent", "thank you i've unblocked it you can try the pump again"),
    ]


@case
def same_breath(g):
    acct = g.digits(8)
    c = g.card("visa")
    return T, [
        ("agent", "Northline Telecom, who am I speaking with?"),
        ("customer", f"It's {P(NAME, 'Augustin Ferreira')}, account {P(ACC, acct)}, and you can take the overdue "
                     f"bill from my Visa, {P(CARD, grp(c))}, before you cut me off."),
        ("agent", f"Thank you, Mr {P(NAME, 'Ferreira')}. That's a lot at once. Let me read the card back: "
                  f"{P(CARD, grp(c), 'rb')}?"),
        ("customer", "Yes."),
        ("agent", f"And the amount is {K('price', '£147.22')}. Shall I take it all?"),
        ("customer", "Please. I need the phone working; my mother's in a care home and they ring me."),
        ("agent", "Done. Service is restored."),
    ]


@case
def travel_insurance_hospital(g):
    pol = "ti-" + g.digits(6)
    return A, [
        ("agent", f"globalcare emergency assistance you're speaking with {P(NAME, 'noor')}"),
        ("customer", "hi my wife's been taken to hospital in crete they think it's her appendix and they want a "
                     "guarantee of payment before they operate"),
        ("agent", "okay we can deal with the hospital directly what's the policy number"),
        ("customer", f"it's {P(ACC, say_letters(pol[:2]) + ' dash ' + say(pol[3:]))}"),
        ("agent", f"{P(ACC, say_letters(pol[:2]) + ' ' + say(pol[3:]), 'rb')} and the patient's name"),
        ("customer", f"{P(NAME, 'fiona mcbride')} i'm {P(NAME, 'duncan')} her husband"),
        ("agent", f"thank you {P(NAME, 'duncan')} i'll call the hospital in the next {K('duration', 'fifteen minutes')} "
                  "and send the guarantee is there a number for the ward"),
        ("customer", f"{P(PHONE, 'plus ' + say('302821' + g.digits(6)))}"),
        ("agent", "got it we'll look after it from here"),
    ]


@case
def return_bill_me_later(g):
    order, rma = f"{g.digits(3)}-{g.digits(7)}", f"RMA{g.digits(6)}"
    c = g.card("mc")
    return T, [
        ("agent", f"Thanks for calling Kettleby's, this is {P(NAME, 'Anouk')}."),
        ("customer", f"Hi {P(NAME, 'Anouk')}. I'm returning the {K('model_number', 'WX-450')} vacuum; it arrived "
                     "broken. Order number is " + P(ACC, order) + "."),
        ("agent", f"I'm sorry about that. I've set up a return, {P(ACC, rma)}. Would you like a refund or the "
                  f"{K('model_number', 'WX-550')} instead? It's {K('price', '$60')} more."),
        ("customer", f"The {K('model_number', '550')}. Can I use {K('other', 'Bill')} Me Later for the difference?"),
        ("agent", "Not for exchanges, sorry. It would need to go on a card."),
        ("customer", f"Okay. It's {P(CARD, grp(c, sep=''))}."),
        ("agent", f"Thanks. And is the delivery still for {P(NAME, 'Gwendolyn Ashby')}?"),
        ("customer", "Yes, same address."),
    ]


@case
def activation_triple(g):
    c = g.card_with_repeats("visa")
    return A, [
        ("ivr", "to activate your new card please say the sixteen digit number"),
        ("customer", f"{P(CARD, say(c, dbl=True))}"),
        ("ivr", "sorry i didn't catch that please try again"),
        ("customer", f"{P(CARD, say(c, 'zero'), 'c2')}"),
        ("ivr", "thank you please hold while we connect you"),
        ("agent", f"hi you're through to {P(NAME, 'ezra')} i can see you're activating a new card"),
        ("customer", f"yeah and i wanted to ask about the {K('other', 'grace')} period on the balance"),
        ("agent", f"you've got {K('duration', 'twenty five days')} from the statement date before any interest"),
        ("customer", "okay good thanks"),
    ]


@case
def dealership_deposit(g):
    agr = f"FA/{g.digits(6)}/{g.digits(2)}"
    c = g.card("amex")
    return T, [
        ("agent", f"Good morning, Kingsway Motors, {P(NAME, 'Fraser')} speaking."),
        ("customer", f"Hi {P(NAME, 'Fraser')}, it's {P(NAME, 'Philippa Drummond')}. I want to hold the silver "
                     f"{K('other', 'Mercedes')} in your window before someone else buys it."),
        ("agent", f"The {K('model_number', 'C200')}? We'd need a {K('price', '£500')} deposit, refundable for "
                  f"{K('duration', '7 days')}."),
        ("customer", "That's fine. Do you want the finance agreement number from my last car as well?"),
        ("agent", "If you have it, it speeds things up."),
        ("customer", f"{P(ACC, agr)}."),
        ("agent", "Lovely. And the card for the deposit?"),
        ("customer", f"Amex. {P(CARD, grp(c, (4, 6, 5)))}."),
        ("agent", f"Thank you, Ms {P(NAME, 'Drummond')}. It's yours until next {K('date', 'Saturday')}."),
    ]


@case
def prepay_topup_doubles(g):
    c = g.card_with_repeats("mc")
    p = chunks(c, (4, 4, 4, 4))
    return A, [
        ("customer", "hi my electric's about to run out i'm on the emergency credit and i've got a newborn"),
        ("agent", f"okay we'll get you topped up right now my name's {P(NAME, 'kit')} whats your name"),
        ("customer", f"{P(NAME, 'shauna mulvey')}"),
        ("agent", f"thanks {P(NAME, 'shauna')} how much would you like to put on"),
        ("customer", f"{K('price', 'thirty quid')}"),
        ("agent", "and the card number"),
        ("customer", f"{P(CARD, say(p[0] + p[1], dbl=True), 'c')}"),
        ("agent", "okay keep going"),
        ("customer", f"{P(CARD, say(p[2], dbl=True), 'c')}"),
        ("agent", "right"),
        ("customer", f"{P(CARD, say(p[3], dbl=True), 'c')}"),
        ("agent", f"thanks that's gone on it'll show on the meter in {K('duration', 'a couple of minutes')}"),
    ]


@case
def tracking_typed_then_card(g):
    trk = g.tracking(16)
    c = g.card("visa")
    return T, [
        ("agent", f"ParcelDirect, {P(NAME, 'Sunniva')} speaking."),
        ("customer", "Hi. I missed a delivery yesterday and the card says it goes back to the sender tomorrow."),
        ("agent", "What's the tracking number on the card?"),
        ("customer", f"{K('other', grp(trk))}."),
        ("agent", "Thanks. And the name it's addressed to?"),
        ("customer", f"{P(NAME, 'Abebe Tesfaye')}."),
        ("agent", f"Got it. I can redeliver on {K('date', 'Thursday')}, or for {K('price', '£4.99')} "
                  "we can do tomorrow morning."),
        ("customer", f"Tomorrow, please. Card number is {P(CARD, grp(c))}."),
        ("agent", "That's booked."),
    ]


@case
def storm_hotel_three_pieces(g):
    ref = g.ref6()
    c = g.card("mc2")
    p = chunks(c, (6, 5, 5))
    return A, [
        ("agent", f"seabright hotels you're speaking to {P(NAME, 'pania')}"),
        ("customer", f"hi {P(NAME, 'pania')} all the ferries are cancelled because of the storm and i need a "
                     f"room for tonight for me and my {K('count', 'two')} kids"),
        ("agent", f"oh you poor thing let me look i've got a family room at {K('price', 'one thirty nine')}"),
        ("customer", "i'll take it"),
        ("agent", "what name is it under"),
        ("customer", f"{P(NAME, 'thomasina reid')} that's {P(NAME, 'r e i d')}"),
        ("agent", "and the card to secure it"),
        ("customer", f"{P(CARD, say(p[0]), 'c')}"),
        ("agent", "ok"),
        ("customer", f"{P(CARD, say(p[1]), 'c')}"),
        ("agent", "mhm"),
        ("customer", f"{P(CARD, say(p[2]), 'c')}"),
        ("agent", f"lovely your booking reference is {P(ACC, say_letters(ref))}"),
    ]


@case
def lost_card_victoria(g):
    acct = g.digits(8)
    c = g.card("visa")
    p = chunks(c, (4, 4, 4, 4))
    return T, [
        ("agent", f"Card services, {P(NAME, 'Yusra')} speaking. Am I speaking to Mr {P(NAME, 'Achterberg')}?"),
        ("customer", f"Yes, {P(NAME, 'Desmond')}. I think I left my wallet on the {K('other', 'Victoria')} line "
                     "this morning."),
        ("agent", "I'll cancel the card. Do you know the number, or shall I use your account?"),
        ("customer", f"I've got a photo of it. {P(CARD, p[0], 'c')}, {P(CARD, p[1], 'c')}..."),
        ("agent", "Go on."),
        ("customer", f"{P(CARD, p[2], 'c')}, {P(CARD, p[3], 'c')}."),
        ("agent", f"Thank you. That's cancelled. The replacement goes to the address on account "
                  f"{P(ACC, acct)}, in {K('duration', '3 to 5 working days')}."),
        ("customer", f"Can I get cash in the meantime? I've got {K('price', '£6')} on me."),
        ("agent", "Yes, at any branch with photo ID."),
    ]


@case
def wait_old_card(g):
    old, new = g.card("visa"), g.card("visa")
    order = g.digits(10)
    return A, [
        ("agent", f"okay {P(NAME, 'tobias')} and what card are we putting the school uniform order on"),
        ("customer", f"{P(CARD, say_groups(old, (4, 4, 4, 4), 'wwww'))} wait no that's the old card it's been "
                     "replaced"),
        ("agent", "no worries read me the new one"),
        ("customer", f"{P(CARD, say_groups(new, (4, 4, 4, 4), 'pwpw'))}"),
        ("agent", f"thanks so that's {K('count', 'three')} sweatshirts and {K('count', 'two')} pe kits for "
                  f"{K('price', 'eighty four fifty')}"),
        ("customer", f"that's right {K('other', 'will')} they come before term starts"),
        ("agent", f"yes by the {K('date', 'first')} your order number's {P(ACC, say(order))}"),
        ("customer", "brill thanks"),
    ]


@case
def ferry_vehicle(g):
    ref = f"{g.letters(3)}{g.digits(5)}"
    c = g.card("amex")
    return T, [
        ("agent", f"Northsea Ferries, {P(NAME, 'Halvard')} speaking."),
        ("customer", f"Hello. My crossing tonight was cancelled and I need to be in Bergen for a funeral on "
                     f"{K('date', 'Monday')}. Booking {P(ACC, ref)}."),
        ("agent", f"I'm sorry for your loss. I have a cabin on tomorrow's {K('time', '08:30')} sailing. Is the "
                  f"vehicle still a car under {K('quantity', '5 metres')}?"),
        ("customer", f"It's a camper, actually, about {K('quantity', 'six metres')}."),
        ("agent", f"Then there's a {K('price', '€85')} supplement."),
        ("customer", f"Fine. {P(CARD, grp(c, (4, 6, 5)))}."),
        ("agent", f"Let me read that back, {P(CARD, grp(c, (4, 6, 5)), 'rb')}."),
        ("customer", "Correct."),
        ("agent", f"You're booked. Safe travels, Mr {P(NAME, 'Solberg')}."),
    ]


@case
def life_claim_spelled(g):
    pol = f"{g.digits(2)}-{g.digits(7)}"
    return A, [
        ("agent", f"evergreen life bereavement team you're through to {P(NAME, 'caoimhe')}"),
        ("customer", "hello my mother passed away and i found a policy in her papers"),
        ("agent", "i'm very sorry for your loss can you read me the number on the policy document"),
        ("customer", f"{P(ACC, say_groups(pol.replace('-', ''), (2, 7), 'ww'))}"),
        ("agent", "and your mother's full name"),
        ("customer", f"{P(NAME, 'winifred oyelaran')}"),
        ("agent", "could you spell the surname for me"),
        ("customer", f"{P(NAME, 'o y e l a r a n')}"),
        ("agent", "and who am i speaking with"),
        ("customer", f"i'm her son {P(NAME, 'kayode')}"),
        ("agent", f"thank you {P(NAME, 'kayode')} i'll send the claim form today there's no rush with it"),
    ]


@case
def chargeback_long_number(g):
    c = g.card("mc")
    dispute = f"D{g.digits(8)}"
    return T, [
        ("agent", f"Disputes, this is {P(NAME, 'Ravi')}."),
        ("customer", f"Hi {P(NAME, 'Ravi')}. An airline went bust and I'd paid {K('price', '$1,480')} for flights "
                     "I'll never take."),
        ("agent", "I'm sorry. What's the long number?"),
        ("customer", f"{P(CARD, grp(c))}."),
        ("agent", f"Thanks. I can see both charges on the card ending {P(CARD, c[-4:], 'p^')}... sorry, "
                  f"let me confirm the first four too: {P(CARD, c[:4], 'p^')}."),
        ("customer", "That's it."),
        ("agent", f"I've opened dispute {P(ACC, dispute)}. You'll get a temporary credit within "
                  f"{K('duration', '48 hours')}."),
    ]


@case
def complaint_ordinary(g):
    return A, [
        ("agent", f"customer relations {P(NAME, 'hattie')} speaking"),
        ("customer", f"hi {P(NAME, 'hattie')} this is the {K('count', 'fourth')} time i've rung about my boiler "
                     f"and i've had no heating for {K('duration', 'a week')}"),
        ("agent", "i'm really sorry that's not okay let me see what's happened"),
        ("customer", "the engineer came said he needed a part and i've heard nothing since"),
        ("agent", "i can see the part's arrived at the depot it just wasn't booked back in"),
        ("customer", f"honestly i'm not {K('other', 'rich')} i can't keep running electric heaters"),
        ("agent", "i understand i'm booking the engineer for tomorrow morning first slot and i'm adding a goodwill "
                  "payment for the heaters"),
        ("customer", f"i {K('other', 'hope')} he actually turns up this time"),
        ("agent", "he will i'll ring you myself once he's been"),
        ("customer", "okay thank you"),
    ]


@case
def porting_pac(g):
    pac = f"{g.letters(3)}{g.digits(6)}"
    ph = g.phone_uk_mobile()
    acct = g.digits(9)
    return T, [
        ("agent", f"Thanks for holding, you're through to {P(NAME, 'Beatrix')} at Corvo Mobile."),
        ("customer", f"Hi {P(NAME, 'Beatrix')}. I'm moving to you from my old network, and the number hasn't "
                     "come across. It was meant to happen yesterday."),
        ("agent", "Sorry about that. What's the number you're bringing over?"),
        ("customer", f"{P(PHONE, ph_uk(ph))}."),
        ("agent", "And the PAC code they gave you?"),
        ("customer", f"{P(ACC, pac)}."),
        ("agent", "Thank you. And your new account number with us, from the welcome email?"),
        ("customer", f"{P(ACC, acct)}. The name's {P(NAME, 'Ludmila Horvat')}."),
        ("agent", f"I see it, Ms {P(NAME, 'Horvat')}: the code was entered with a typo. I've resubmitted it, and "
                  f"it'll complete by {K('time', '6 pm')} today."),
    ]


@case
def takeaway_refund(g):
    order = g.digits(9)
    c = g.card("visa")
    return A, [
        ("agent", f"hi you're speaking to {P(NAME, 'renzo')} at fastbite"),
        ("customer", f"hi we ordered {K('quantity', 'twelve')} pizzas for my daughter's party and they sent "
                     "us someone else's order"),
        ("agent", "oh no i'm so sorry what's the order number"),
        ("customer", f"{P(ACC, say_groups(order, (3, 3, 3), 'wdw'))}"),
        ("agent", f"thanks and that's under {P(NAME, 'aurelie')}"),
        ("customer", f"yeah {P(NAME, 'aurelie bastien')}"),
        ("agent", f"i'll refund the full {K('price', 'one hundred and four pounds')} to the card you paid with "
                  "can you confirm that card number for me"),
        ("customer", f"{P(CARD, say_groups(c, (4, 4, 4, 4), 'wwdd'))}"),
        ("agent", f"perfect the refund's done and the right order leaves in {K('duration', 'ten minutes')}"),
    ]


@case
def infants_flight(g):
    ref = g.ref6()
    c = g.card("disc")
    p = chunks(c, (8, 8))
    return T, [
        ("agent", f"Skyvale Airways, {P(NAME, 'Mehmet')} speaking."),
        ("customer", f"Hi. I need to add my twins to our booking, {P(ACC, ref)}. They're "
                     f"{K('other', '4 months old')}."),
        ("agent", f"Congratulations! Infants are {K('price', '£25')} each on {K('flight_number', 'SV 918')}. "
                  "What are their names?"),
        ("customer", f"{P(NAME, 'Ada')} and {P(NAME, 'Ezekiel Obi')}."),
        ("agent", "And the card for the fee?"),
        ("customer", f"It's in my bag... okay, {P(CARD, p[0][:4] + ' ' + p[0][4:], 'c')}"),
        ("agent", "Yep."),
        ("customer", f"{P(CARD, p[1][:4] + ' ' + p[1][4:], 'c')}."),
        ("agent", f"Thank you, Mrs {P(NAME, 'Obi')}. Both babies are on the booking."),
    ]


@case
def declined_abroad_words(g):
    c = g.card_with_zeros("visa")
    p = chunks(c, (4, 4, 4, 4))
    return A, [
        ("customer", "hello i'm in lisbon my card's been declined everywhere and i can't pay the hotel"),
        ("agent", f"i'm sorry to hear that i'm {P(NAME, 'leandro')} can i get your full name"),
        ("customer", f"{P(NAME, 'ines carvalho')} no sorry it's {P(NAME, 'ines carvalho-moss')} i got married"),
        ("agent", "and the sixteen digits on the front"),
        ("customer", f"{P(CARD, say(c, 'zero'))}"),
        ("agent", f"thank you so that's {P(CARD, say(p[0] + p[1], 'zero'), 'rb')} and then "
                  f"{P(CARD, say(p[2] + p[3], 'zero'), 'rb')}"),
        ("customer", "yes"),
        ("agent", f"it's blocked because portugal wasn't on your travel list i've added it for {K('duration', 'two weeks')}"),
    ]


@case
def water_leak_reference(g):
    ref = f"{g.digits(3)}/{g.digits(5)}"
    street_no = g.r.randint(12, 190)
    return T, [
        ("agent", f"Homeguard claims, {P(NAME, 'Isidore')} speaking. What's the reference?"),
        ("customer", f"{P(ACC, ref)}. It's about the leak from the flat upstairs. It's been "
                     f"{K('duration', 'six weeks')}, and the ceiling's now bowing."),
        ("agent", "I'm sorry. Can you confirm the address of the property?"),
        ("customer", f"{P(ADDR, f'Flat 3, {street_no} Quarry Lane, Sheffield')}."),
        ("agent", "Thank you. And you're the policyholder?"),
        ("customer", f"Yes, {P(NAME, 'Perpetua Nwachukwu')}. Honestly, if nobody comes this week I'll "
                     f"{K('other', 'sue')} the management company myself."),
        ("agent", "I understand. I've escalated it as urgent; a surveyor will call you before the end of "
                  "tomorrow."),
        ("customer", "Please make sure they do."),
    ]


@case
def festival_cancelled(g):
    ref = "fx" + g.digits(6)
    c = g.card("mc")
    return A, [
        ("agent", f"hi you're through to {P(NAME, 'soren')} at greenfield live"),
        ("customer", "hi the festival's been cancelled because of the flooding and i want my money back"),
        ("agent", "of course can i have your booking reference"),
        ("customer", f"it's {P(ACC, say_letters(ref[:2]) + ' ' + ref[2:])}"),
        ("agent", f"thank you is that for {K('count', 'four')} weekend tickets under {P(NAME, 'maeve')}"),
        ("customer", f"yes {P(NAME, 'maeve dunleavy')}"),
        ("agent", "and can you read me the card you booked with so i can match the refund"),
        ("customer", f"{P(CARD, say_groups(c, (4, 4, 4, 4), 'dddd'))}"),
        ("agent", f"great so the refund of {K('price', 'six hundred and twelve pounds')} goes back to the card "
                  f"starting {P(CARD, say(c[:4]), 'p^')} ending {P(CARD, say(c[-4:]), 'p^')}"),
        ("customer", "how long will that take"),
        ("agent", f"up to {K('duration', 'fourteen days')} but usually quicker"),
    ]


@case
def software_invoice_four_pieces(g):
    c = g.card("visa")
    p = chunks(c, (4, 4, 4, 4))
    inv = f"INV-{g.digits(4)}-{g.letters(2)}"
    return T, [
        ("agent", f"Ledgerly billing, {P(NAME, 'Rosalind')} speaking."),
        ("customer", f"Hi. Our account gets locked at midnight if invoice {P(ACC, inv)} isn't paid, and we "
                     f"run payroll for {K('quantity', '300')} staff on it tomorrow."),
        ("agent", f"Let's get it paid now. It's {K('price', '$2,150')} for the {K('model_number', 'Pro 2')} "
                  "plan. Can I take the card details?"),
        ("customer", f"Sure. {P(CARD, p[0], 'c')}"),
        ("agent", "Yep."),
        ("customer", f"{P(CARD, p[1], 'c')}"),
        ("agent", "Got that. And the next four?"),
        ("customer", f"{P(CARD, p[2], 'c~')}"),
        ("agent", "Sorry, say again? Someone dropped something here."),
        ("customer", f"{P(CARD, p[2], 'c')}, then {P(CARD, p[3], 'c')}."),
        ("agent", f"Thank you. And is the billing contact still {P(NAME, 'Barnaby Ekwueme')}?"),
        ("customer", f"No, he left. It's me now, {P(NAME, 'Felicity Hargreave')}."),
        ("agent", f"Updated. The invoice is paid, {P(NAME, 'Felicity')}; the account stays open."),
    ]


@case
def mortgage_holiday(g):
    acct = g.digits(8)
    while not re.search(r"(\d)\1", acct):
        acct = g.digits(8)
    pc = g.uk_postcode()
    return A, [
        ("agent", f"good afternoon mortgage services {P(NAME, 'wilhelmina')} speaking"),
        ("customer", f"hi i've lost my job and i'm going to miss this month's payment {K('count', 'first')} time since "
                     f"{K('year', 'twenty eleven')} i don't know what to do"),
        ("agent", "i'm sorry you're going through that let's look at the options can i take the mortgage account "
                  "number"),
        ("customer", f"{P(ACC, say(acct, dbl=True))}"),
        ("agent", "and the postcode of the property"),
        ("customer", f"{P(POST, say_letters(pc))}"),
        ("agent", f"thank you mister {P(NAME, 'okoro')} we can offer a payment holiday of up to "
                  f"{K('duration', 'three months')}"),
        ("customer", f"{K('other', 'will')} that hurt my credit score"),
        ("agent", "it'll show on your file as agreed but it isn't a missed payment"),
        ("customer", f"okay i moved my savings from {K('other', 'chase')} so i've got a bit of a cushion"),
        ("agent", "that's good i'll send the paperwork to sign today"),
    ]


@case
def pharmacy_florence(g):
    member = f"{g.letters(3)}{g.digits(9)}"
    return T, [
        ("agent", f"CareRx mail order, {P(NAME, 'Dominic')} speaking."),
        ("customer", f"Hi. I'm flying to {K('other', 'Florence')} on {K('date', 'Friday')} for {K('duration', 'three weeks')} and my insulin refill hasn't "
                     "shipped."),
        ("agent", "Let's make sure it does. What's the member ID on your card?"),
        ("customer", f"{P(ACC, member)}."),
        ("agent", "And your name and date of birth?"),
        ("customer", f"{P(NAME, 'Beatriz Salgado')}, {P(DOB, 'July 9, 1962')}."),
        ("agent", f"Thank you, Ms {P(NAME, 'Salgado')}. The refill was waiting on Dr {P(NAME, 'Lindqvist-Hale')}'s "
                  f"approval, which came in this morning. I'll send it overnight; it'll be there by "
                  f"{K('time', '10:30 a.m.')} tomorrow."),
        ("customer", "Thank you so much."),
    ]


@case
def tow_pairs(g):
    c = g.card("mc")
    job = g.digits(7)
    return A, [
        ("agent", f"roadrescue this is {P(NAME, 'alastair')} what's happened"),
        ("customer", f"my van's broken down on the a road outside town it's a {K('model_number', 'transit three fifty')} "
                     "and i've got a full load of wedding cakes in the back"),
        ("agent", "oh dear are you a member with us"),
        ("customer", "no i'm not"),
        ("agent", f"okay we can still come out it's a {K('price', 'one forty nine')} call out fee"),
        ("customer", "just send someone please"),
        ("agent", "whats the card number"),
        ("customer", f"{P(CARD, say_pairs(c[:4]) + ' ' + say_pairs(c[4:8]), 'c')} hang on my phone's dying "
                     f"{P(CARD, say_pairs(c[8:]), 'c')}"),
        ("agent", "got it and your name"),
        ("customer", f"it's {P(NAME, 'declanbyrne')}"),
        ("agent", f"okay {P(NAME, 'declan')} your job number's {P(ACC, say(job))} the truck will be with you in "
                  f"{K('duration', 'half an hour')}"),
    ]


@case
def airline_gate_asr(g):
    ref = g.ref6()
    c1 = g.card("visa")
    return A, [
        ("agent", f"skyvale airways you're speaking with {P(NAME, 'yaw')}"),
        ("customer", f"hi i'm at the gate for {K('flight_number', 'sv two four nine oh')} and they've just said it's "
                     "overbooked and i'm not on it"),
        ("agent", "i'm so sorry can i take your booking reference"),
        ("customer", f"{P(ACC, say_letters(ref))}"),
        ("agent", f"thank you is that {P(NAME, 'cressida vane')}"),
        ("customer", f"yes i'm at gate {K('other', 'twenty two')} and my sister's wedding is tomorrow"),
        ("agent", f"okay there's a seat on the {K('flight_number', 'ba four one seven')} leaving at "
                  f"{K('time', 'nine fifteen')} we'd cover that and you'd get compensation"),
        ("customer", "i'll take it do you need a card for anything"),
        ("agent", "only for the lounge pass if you want one it's optional"),
        ("customer", f"go on then {P(CARD, say_groups(c1, (4, 4, 4, 4), 'dwpd'))}"),
        ("agent", "done head to the ba desk and they'll print your boarding pass"),
    ]


@case
def us_bank_last_four(g):
    s = g.ssn()
    c = g.card("visa")
    trk = g.tracking(12)
    return T, [
        ("agent", f"Pinecrest Credit Union, this is {P(NAME, 'Marcus')}. Who do I have the pleasure of "
                  "speaking with?"),
        ("customer", f"{P(NAME, 'Delphine Arceneaux')}. My debit card's been eaten by an ATM and rent's due "
                     "tomorrow."),
        ("agent", "Let's sort it out. For security, the last four of your social?"),
        ("customer", f"{P(SSN, s[-4:])}."),
        ("agent", "Thanks. Do you have the card number, or a receipt with it?"),
        ("customer", f"I do. {P(CARD, grp(c))}."),
        ("agent", f"Thank you, Ms {P(NAME, 'Arceneaux')}. That card's closed. The new one ships overnight; the "
                  f"tracking number is {K('other', trk)}."),
        ("customer", "And can I still pay the rent today?"),
        ("agent", f"Yes. Transfers up to {K('price', '$3,000')} are fine from the app today."),
    ]


@case
def insurance_quote_jack(g):
    q = "qt" + g.digits(8)
    c = g.card("mc2")
    return A, [
        ("agent", f"hi it's {P(NAME, 'keeley')} from drivewise insurance returning your call about a quote"),
        ("customer", f"oh hi {P(NAME, 'keeley')} yeah it's for my {K('model_number', 'model three')} my old policy "
                     "runs out at midnight"),
        ("agent", "no problem have you got the quote reference from the email"),
        ("customer", f"{P(ACC, say_letters(q[:2]) + ' ' + say_groups(q[2:], (4, 4), 'dd'))}"),
        ("agent", f"perfect so that's {K('price', 'six hundred and forty')} for the year fully comprehensive "
                  f"with a {K('price', 'two hundred and fifty')} excess"),
        ("customer", f"does it cover the tyres i had to get the {K('other', 'jack')} out twice last month"),
        ("agent", "tyres are an add on but i can include it"),
        ("customer", "okay yeah let's do it"),
        ("agent", "lovely go ahead with your payment details"),
        ("customer", f"{P(CARD, say(c[:8], 'zero'), 'c')} yeah {P(CARD, say(c[8:], 'zero'), 'c')}"),
        ("agent", f"thanks mister {P(NAME, 'pettigrew')} you're covered from midnight"),
    ]


@case
def laptop_correction_asr(g):
    c = g.card("visa")
    wrong = c[:1] + str((int(c[1]) + 1) % 10)
    order = "dl" + g.digits(7)
    serial = g.letters(2) + g.digits(6)
    return A, [
        ("agent", f"techhaven orders {P(NAME, 'priscilla')} speaking"),
        ("customer", f"hi i ordered a {K('model_number', 'xps thirteen')} and it came with a cracked screen"),
        ("agent", "i'm sorry about that can i have the order number"),
        ("customer", f"{P(ACC, say_letters(order))}"),
        ("agent", "and the serial on the bottom of the laptop"),
        ("customer", f"{K('other', say_letters(serial))}"),
        ("agent", "thanks we can send a replacement today but it's a more expensive one now so there's a "
                  f"{K('price', 'forty pound')} difference if that's okay"),
        ("customer", f"fine it's {P(CARD, say(wrong), 'c~')} no sorry {P(CARD, say(c), 'c')}"),
        ("agent", f"so that's {P(CARD, say(c[:4]) + ' ' + say(c[4:8]), 'rb')}"),
        ("customer", "yep"),
        ("agent", f"{P(CARD, say(c[8:12]) + ' ' + say(c[12:]), 'rb')}"),
        ("customer", f"that's it thanks {P(NAME, 'priscilla')}"),
    ]


# ----------------------------------------------------------------------------------------------
# build

MARK = re.compile(r"\[\[([A-Z_]+)(?:#([A-Za-z0-9]+)([~^]?))?:(.+?)\]\]|\(\(([a-z_]+):(.+?)\)\)")


def strip_markup(s: str):
    """Clean text, pii spans [(start, end, type, grp, flag)], keep spans [(start, end, kind)]."""
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(s):
        out.append(s[pos:m.start()])
        n += len(s[pos:m.start()])
        if m.group(1):
            text = m.group(4)
            pii.append((n, n + len(text), m.group(1), m.group(2), m.group(3) or ""))
        else:
            text = m.group(6)
            keep.append((n, n + len(text), m.group(5)))
        out.append(text)
        n += len(text)
        pos = m.end()
    out.append(s[pos:])
    clean = "".join(out)
    assert "[[" not in clean and "]]" not in clean and "((" not in clean and "))" not in clean, s
    return clean, pii, keep


def build():
    g = Gen(SEED)
    cases, internal = [], []
    for k, fn in enumerate(CASES, 1):
        style, turns = fn(g)
        utts, pii, keep, flags = [], [], [], []
        gid: dict[str, str] = {}
        for ui, (speaker, marked) in enumerate(turns):
            text, ps, ks = strip_markup(marked)
            utts.append({"speaker": speaker, "text": text})
            for (s, e, typ, grp_name, flag) in ps:
                key = grp_name if grp_name else f"__auto{len(pii)}"
                if key not in gid:
                    gid[key] = f"g{len(gid) + 1}"
                pii.append({"utterance": ui, "start": s, "end": e, "type": typ, "group": gid[key]})
                flags.append(flag)
            for (s, e, kind) in ks:
                keep.append({"utterance": ui, "start": s, "end": e, "kind": kind})
        rec = {"case_id": f"d3-{k:03d}", "style": style, "utterances": utts, "pii": pii, "keep": keep}
        cases.append(rec)
        internal.append({"fn": fn.__name__, "flags": flags})
    return cases, internal


# ----------------------------------------------------------------------------------------------
# checks

TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir", "madam", "mx"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "way", "close",
                "court", "place", "crescent", "terrace", "boulevard", "blvd", "grove", "row", "hill",
                "parade", "square", "walk", "gardens", "mews", "circle", "trail", "park"}
UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")
WORDCHAR = re.compile(r"[A-Za-z0-9]")


def span_digits(text: str) -> str:
    return spoken_digits(text)[0]


def validate(cases, internal) -> list[str]:
    errs: list[str] = []

    def err(c, msg):
        errs.append(f"{c['case_id']} ({internal[cases.index(c)]['fn']}): {msg}")

    name_words = set()
    for c in cases:
        for p in c["pii"]:
            if p["type"] == NAME:
                t = c["utterances"][p["utterance"]]["text"][p["start"]:p["end"]]
                for w in re.findall(r"[A-Za-z]+", t):
                    if len(w) > 2:
                        name_words.add(w.lower())

    seen_long: dict[str, str] = {}
    for ci, c in enumerate(cases):
        flags = internal[ci]["flags"]
        if c["style"] not in (T, A):
            err(c, f"style {c['style']}")
        spans_by_utt = defaultdict(list)
        for i, p in enumerate(c["pii"]):
            spans_by_utt[p["utterance"]].append(("pii", p, flags[i]))
        for k in c["keep"]:
            spans_by_utt[k["utterance"]].append(("keep", k, ""))

        for ui, u in enumerate(c["utterances"]):
            text = u["text"]
            if u["speaker"] not in ("agent", "customer", "ivr"):
                err(c, f"speaker {u['speaker']}")
            if not text.strip():
                err(c, f"utt {ui} empty")
            if c["style"] == A and re.search(r"[A-Z]", text):
                err(c, f"utt {ui} has capitals in an asr case: {text!r}")
            words = re.findall(r"[a-z']+", text.lower())
            if len(words) >= 4:
                key = " ".join(re.findall(r"[a-z0-9']+", text.lower()))
                if key in seen_long:
                    err(c, f"utt {ui} repeats an utterance of {seen_long[key]}: {text!r}")
                seen_long[key] = c["case_id"]
            covered = [False] * len(text)
            spans = sorted(spans_by_utt[ui], key=lambda x: x[1]["start"])
            for kind_, sp, flag in spans:
                s, e = sp["start"], sp["end"]
                if not (0 <= s < e <= len(text)):
                    err(c, f"utt {ui} span {s}-{e} out of range")
                    continue
                st = text[s:e]
                if st != st.strip():
                    err(c, f"utt {ui} span {st!r} has outer space")
                if not (WORDCHAR.match(st[0]) or st[0] in "(+$£€"):
                    err(c, f"utt {ui} span {st!r} starts with punctuation")
                if not (WORDCHAR.match(st[-1]) or st[-1] == "%" or st.endswith(("a.m.", "p.m."))):
                    err(c, f"utt {ui} span {st!r} ends with punctuation")
                if s > 0 and WORDCHAR.match(text[s - 1]) and WORDCHAR.match(st[0]):
                    err(c, f"utt {ui} span {st!r} starts inside a word")
                if e < len(text) and WORDCHAR.match(text[e]) and WORDCHAR.match(st[-1]):
                    err(c, f"utt {ui} span {st!r} ends inside a word")
                for j in range(s, e):
                    if covered[j]:
                        err(c, f"utt {ui} span {st!r} overlaps another span")
                        break
                    covered[j] = True
                if kind_ == "keep":
                    if sp["kind"] not in KEEP_KINDS:
                        err(c, f"keep kind {sp['kind']}")
                    d = span_digits(st)
                    if 13 <= len(d) <= 19 and luhn_ok(d):
                        err(c, f"look-alike {st!r} passes Luhn")
                    for k2, sp2, _ in spans:
                        if k2 == "pii" and sp2["utterance"] == ui and len(d) >= 3 and d in span_digits(
                                text[sp2["start"]:sp2["end"]]):
                            err(c, f"look-alike {st!r} shares digits with pii in the same utterance")
                else:
                    if sp["type"] not in PII_TYPES:
                        err(c, f"pii type {sp['type']}")
                    check_value(c, err, sp["type"], st, c["style"])
            # every digit inside a span; no run of four digit words outside spans
            for j, ch in enumerate(text):
                if ch.isdigit() and not covered[j]:
                    err(c, f"utt {ui} digit outside a span: {text!r}")
                    break
            outside = "".join(ch if not covered[j] else " | " for j, ch in enumerate(text))
            run = 0
            for tok in re.findall(r"[A-Za-z]+|\|", outside):
                tl = tok.lower()
                if tl in NUMBER_WORDS and tl not in ("hundred", "thousand"):
                    run += 1
                    if run >= 4:
                        err(c, f"utt {ui} has four digit words outside a span: {text!r}")
                        break
                else:
                    run = 0
            # a name used elsewhere in the set, here outside a NAME span
            for m in re.finditer(r"[A-Za-z]+", text):
                if m.group().lower() in name_words and not covered[m.start()]:
                    err(c, f"utt {ui} name word {m.group()!r} outside a span: {text!r}")

        # groups
        groups = defaultdict(list)
        for i, p in enumerate(c["pii"]):
            groups[p["group"]].append((p, flags[i]))
        full_cards = []
        for gname, items in groups.items():
            types = {p["type"] for p, _ in items}
            if len(types) != 1:
                err(c, f"group {gname} mixes types {types}")
                continue
            typ = types.pop()
            fl = {f for _, f in items}
            texts = [c["utterances"][p["utterance"]]["text"][p["start"]:p["end"]] for p, _ in items]
            if "^" in fl and fl != {"^"}:
                err(c, f"group {gname} mixes partial and whole pieces")
            if typ == CARD and "^" not in fl:
                d = "".join(span_digits(t) for (p, f), t in zip(items, texts) if f != "~")
                ok_len = (len(d) == 15 and d[:2] in ("34", "37")) or (len(d) == 16 and d[0] in "2456")
                if not ok_len or not luhn_ok(d):
                    err(c, f"card group {gname} {d} ({len(d)} digits) fails Luhn/length: {texts}")
                full_cards.append(d)
                for (p, f), t in zip(items, texts):
                    if f == "~" and not span_digits(t):
                        err(c, f"superseded piece without digits {t!r}")
            elif typ == ACC:
                d = "".join(span_digits(t) for t in texts)
                letters = sum(len(w) for t in texts for w in spoken_digits(t)[1]
                              if w not in ("dash", "slash", "dot", "hyphen", "and"))
                if len(d) < 2 or len(d) + letters < 4:
                    err(c, f"account group {gname} is too short for an id: {texts}")
            elif typ == SSN:
                d = "".join(span_digits(t) for t in texts)
                if not (len(d) == 4 or (len(d) == 9 and 1 <= int(d[:3]) <= 665 and d[3:5] != "00"
                                        and d[5:] != "0000")):
                    err(c, f"SSN group {gname} {d}")
            elif typ == PHONE:
                d = "".join(span_digits(re.split(r"\bext", t)[0]) for t in texts)
                if not 10 <= len(d) <= 12:
                    err(c, f"phone group {gname} {d}")
            if "~" in fl and typ != CARD:
                err(c, f"superseded piece outside a card group {gname}")
        for gname, items in groups.items():
            if {f for _, f in items} == {"^"}:
                texts = [c["utterances"][p["utterance"]]["text"][p["start"]:p["end"]] for p, _ in items]
                ds = [span_digits(t) for t in texts]
                if len(ds) != 2 or not any((fc.startswith(ds[0]) and fc.endswith(ds[1]))
                                           or (fc.startswith(ds[1]) and fc.endswith(ds[0])) for fc in full_cards):
                    err(c, f"partial read-back {texts} is not the start and end of a card in the case")
    return errs


def check_value(c, err, typ, st, style):
    d, other = spoken_digits(st)
    low = st.lower()
    if typ == CARD:
        bad = [w for w in other if w not in ("and",)]
        if bad:
            err(c, f"card span {st!r} has words {bad}")
    elif typ == CVV:
        if not (3 <= len(d) <= 4) or other:
            err(c, f"CVV {st!r}")
    elif typ == EXP:
        months = [w for w in other if w in MONTHS]
        if not months:
            mm = int(d[:2]) if len(d) >= 4 else int(d[:1] or 0)
            if not 1 <= mm <= 12:
                err(c, f"EXPIRY {st!r} has no month")
    elif typ == NAME:
        if re.search(r"\d", st) or d:
            err(c, f"NAME {st!r} has digits")
        if any(w.lower() in TITLES for w in re.findall(r"[A-Za-z]+", st)):
            err(c, f"NAME {st!r} has a title")
        if style == T and not st[0].isupper():
            err(c, f"NAME {st!r} not capitalised in a transcript")
    elif typ == EMAIL:
        if style == T:
            if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", st):
                err(c, f"EMAIL {st!r}")
        elif not ((" at " in low or "@" in low) and (" dot " in low or "." in low)):
            err(c, f"EMAIL {st!r}")
    elif typ == POST:
        if not (re.fullmatch(r"\d{5}", d) and not re.search(r"[a-z]", low.replace(" ", "").strip("0123456789"))
                or UK_PC.match(st) or (style == A and re.search(r"[a-z]", low))):
            err(c, f"POSTCODE {st!r}")
    elif typ == ADDR:
        first = re.findall(r"[A-Za-z]+|\d+", st)[0].lower()
        if not (first.isdigit() or first in NUMBER_WORDS or first in ("flat", "unit", "apartment", "apt")):
            err(c, f"ADDRESS {st!r} does not start with a number")
        if not any(w.lower() in STREET_WORDS for w in re.findall(r"[A-Za-z]+", st)):
            err(c, f"ADDRESS {st!r} has no street word")


# ----------------------------------------------------------------------------------------------
# counts

def counts(cases):
    rows = {}
    styles = (T, A)
    def z():
        return {s: 0 for s in styles}
    rows["cases"], rows["utterances"], rows["ordinary"] = z(), z(), z()
    span_c = {t: z() for t in PII_TYPES}
    grp_c = {t: z() for t in PII_TYPES}
    keep_c = {k: z() for k in KEEP_KINDS}
    for c in cases:
        s = c["style"]
        rows["cases"][s] += 1
        rows["utterances"][s] += len(c["utterances"])
        used = {p["utterance"] for p in c["pii"]} | {k["utterance"] for k in c["keep"]}
        rows["ordinary"][s] += sum(1 for i in range(len(c["utterances"])) if i not in used)
        gseen = set()
        for p in c["pii"]:
            span_c[p["type"]][s] += 1
            if p["group"] not in gseen:
                gseen.add(p["group"])
                grp_c[p["type"]][s] += 1
        for k in c["keep"]:
            keep_c[k["kind"]][s] += 1
    return rows, span_c, grp_c, keep_c


def table(cases) -> str:
    rows, span_c, grp_c, keep_c = counts(cases)
    L = ["| | transcript | asr | total |", "|---|---:|---:|---:|"]
    def row(label, d):
        L.append(f"| {label} | {d[T]} | {d[A]} | {d[T] + d[A]} |")
    row("cases", rows["cases"])
    row("utterances", rows["utterances"])
    row("ordinary utterances (no pii, no keep)", rows["ordinary"])
    L.append("| **pii spans** | | | |")
    for t in PII_TYPES:
        row(t, span_c[t])
    row("all pii spans", {s: sum(span_c[t][s] for t in PII_TYPES) for s in (T, A)})
    L.append("| **pii values (groups)** | | | |")
    for t in PII_TYPES:
        row(t, grp_c[t])
    L.append("| **keep (look-alikes)** | | | |")
    for k in KEEP_KINDS:
        row(k, keep_c[k])
    row("all keep spans", {s: sum(keep_c[k][s] for k in KEEP_KINDS) for s in (T, A)})
    row("look-alikes of card/account/name shapes (quantity, flight_number, model_number, count, other)",
        {s: sum(keep_c[k][s] for k in SHAPE_KINDS) for s in (T, A)})
    return "\n".join(L)


def extra_stats(cases, internal) -> dict:
    """Figures for the minimums and the README: distinct card numbers, split values, read-backs."""
    distinct, split, multi_utt, readback, partial, superseded = set(), 0, 0, 0, 0, 0
    for c, meta in zip(cases, internal):
        groups = defaultdict(list)
        for p, f in zip(c["pii"], meta["flags"]):
            groups[p["group"]].append((p, f))
        for items in groups.values():
            if items[0][0]["type"] != CARD:
                continue
            speakers = {c["utterances"][p["utterance"]]["speaker"] for p, _ in items}
            fl = {f for _, f in items}
            if "^" in fl:
                partial += 1
                continue
            d = "".join(span_digits(c["utterances"][p["utterance"]]["text"][p["start"]:p["end"]])
                        for p, f in items if f != "~")
            distinct.add(d)
            if len(items) > 1:
                split += 1
            if len({p["utterance"] for p, _ in items}) > 1:
                multi_utt += 1
            if "~" in fl:
                superseded += 1
            if speakers & {"agent", "ivr"}:
                readback += 1
    return {"card_values_distinct": len(distinct), "card_values_in_pieces": split,
            "card_values_over_several_utterances": multi_utt, "card_readbacks_whole_or_pieces": readback,
            "card_partial_readbacks": partial, "card_values_with_superseded_piece": superseded}


def main(argv) -> int:
    check_only = "--check" in argv
    cases, internal = build()
    errs = validate(cases, internal)
    cases2, _ = build()
    if json.dumps(cases) != json.dumps(cases2):
        errs.append("two builds differ")
    rows, span_c, grp_c, keep_c = counts(cases)
    st = extra_stats(cases, internal)
    n_utt = rows["utterances"][T] + rows["utterances"][A]

    def tot(d):
        return d[T] + d[A]

    got = {
        "utterances": n_utt, "ordinary": tot(rows["ordinary"]), "card_spans": tot(span_c[CARD]),
        "card_values": st["card_values_distinct"], "account_spans": tot(span_c[ACC]),
        "name_spans": tot(span_c[NAME]),
        "shape_lookalikes": sum(tot(keep_c[k]) for k in SHAPE_KINDS),
    }
    for k, v in MINIMUMS.items():
        if got[k] < v:
            errs.append(f"minimum not met: {k} {got[k]} < {v}")
    share = rows["utterances"][T] / n_utt
    if not 0.40 <= share <= 0.50:
        errs.append(f"transcript share {share:.2f} outside 0.40-0.50")
    print(f"dev3.jsonl ({len(cases)} cases, {n_utt} utterances, {share:.0%} transcript)\n")
    print(table(cases))
    print()
    for k, v in st.items():
        print(f"{k}: {v}")
    if errs:
        print(f"\n{len(errs)} check(s) failed:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        return 1
    if not check_only:
        with open(OUT, "w", encoding="utf-8") as f:
            for c in cases:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        print(f"\nwrote {OUT}")
    else:
        print("\nall checks passed (nothing written)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
