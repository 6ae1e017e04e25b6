#!/usr/bin/env python3
"""Write data/redaction/dev6.jsonl: written as a second held-out set (test2.jsonl), measured once
(issue 14, the figures are in the README), then made a development set.

Written fresh by a labeller who read only data/redaction/README.md (the format and the span
conventions). No other file under data/redaction/, no redactor code, no evaluation script and
no test was opened, and the redactor was not run, so the set is independent of the code.

The conversations below are hand-written snippets with inline markup:

    [[T:text]] / [[T#lab:text]]   a pii span of type T (short codes in PII); spans that share a
                                  label within a case are pieces of one value (one group)
    ((k:text))                    a look-alike that must be kept (short codes in KEEP)

Names, streets, e-mail addresses, companies and look-alikes are written by hand. Card numbers,
CVVs, expiry dates, SSNs, phone numbers, ZIPs, UK postcodes, dates of birth, house numbers and
account / policy / order / reference numbers come from one seeded generator (`Gen`), and are
rendered in the case's style by small helpers (`sp`, `pairs`, `t4`, `spell`, `nato`, ...).

The markup is stripped by code and every offset is computed from the clean text. Before writing,
the script checks every case and exits with status 1 (writing nothing) unless:

- every span is inside its text, non-empty, text[start:end] is the value, has no leading or
  trailing space or punctuation (an opening "(" or "+" of a phone, a currency sign, "%" and a
  final "a.m."/"p.m." excepted), does not start or end inside a word, and no two spans (pii or
  keep) overlap;
- card numbers (spoken digits turned into digits, joined over the group) are 15 (Amex) or 16
  digits and pass Luhn; CVV 3-4 digits; SSN 9 digits (area 001-665, not 666, group 01-99,
  serial 0001-9999) or its last 4; phones 10-12 digits; EXPIRY has a month; ZIPs 5 digits and
  UK postcodes match the postcode pattern; e-mails are addresses (transcript) or "... at ...
  dot ..." (ASR, never an "@"); ADDRESS starts with a number or flat/unit/apartment and has a
  street word; NAME has no digits and no title, and is capitalised in a transcript; each account
  group holds at least 2 digits and 4 characters;
- a look-alike of 13-19 digits fails Luhn, and no look-alike holds the digits of a pii span said
  in the same utterance;
- no digit is outside a span, and no run of four or more digit words is; ASR utterances have no
  capital letters and no "@"; no utterance of four words or more appears twice;
- the minimum counts of the brief hold (cases, utterances, spans per type, look-alikes per kind,
  ordinary utterances), the style mix is 40-60% transcript, and two builds give the same file.

Choices the README's conventions leave open (made here the way the README's later sets made them):

- In ASR a first name and a surname said together are two NAME spans (each its own group); in a
  transcript a full name is one span. A name spelled out letter by letter (or in NATO words) is
  its own NAME span and group, NATO words included.
- A customer's wrong attempt at an account number that is then corrected is labelled too, in its
  own group; "the account ending ..." (last four of an account) is ACCOUNT_NUMBER.
- Words that are also names ("rose", "mark", "miles", ...) used as ordinary words are `other`
  look-alikes where labelled; company and place names are not labelled. Weekdays and "today" /
  "tomorrow" are not labelled. A room, seat, gate, platform number, an error code, a temperature,
  an age and a tracking number that fails Luhn are `other` (the number only, without "room").

Usage:
    python3 data/redaction/make_dev6.py           # writes dev6.jsonl, prints the counts
    python3 data/redaction/make_dev6.py --check   # builds and validates only
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 7202614
HERE = Path(__file__).resolve().parent
OUT = HERE / "dev6.jsonl"

PII = {"N": "NAME", "AC": "ACCOUNT_NUMBER", "CARD": "CARD_NUMBER", "CVV": "CVV",
       "EXP": "EXPIRY", "SSN": "SSN", "PH": "PHONE", "EM": "EMAIL", "DOB": "DOB",
       "ADDR": "ADDRESS", "PC": "POSTCODE"}
KEEP = {"qty": "quantity", "time": "time", "price": "price", "flt": "flight_number",
        "date": "date", "yr": "year", "dur": "duration", "pct": "percentage",
        "model": "model_number", "cnt": "count", "oth": "other"}
SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}

MIN_PII = {"NAME": 80, "ACCOUNT_NUMBER": 55, "CARD_NUMBER": 40, "CVV": 20, "EXPIRY": 20,
           "SSN": 15, "PHONE": 25, "EMAIL": 20, "DOB": 20, "ADDRESS": 20, "POSTCODE": 20}
MIN_CASES, MIN_UTTS, MIN_KEEP, MIN_ORDINARY = 80, 420, 180, 100
MIN_KEEP_PER_KIND = 5

# ----------------------------------------------------------------------------- number words
ONES = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
         "nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["", "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTHS_C = [m.capitalize() for m in MONTHS]
MON3 = [m[:3].capitalize() for m in MONTHS]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
ORD += ["twenty " + o for o in ORD[1:10]] + ["thirtieth", "thirty first"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}


def nw(n):
    """0..99 in words."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def pair_w(dd, zero="oh"):
    """Two digits as a spoken pair: '41' forty one, '08' oh eight, '00' oh oh."""
    a, b = int(dd[0]), int(dd[1])
    if a == 0:
        return zero + " " + (zero if b == 0 else ONES[b])
    return nw(10 * a + b)


def sp(d, zero="oh", dbl=False):
    """Digits said one by one ('oh' or 'zero'), optionally with 'double' / 'triple'."""
    out, i = [], 0
    while i < len(d):
        c = d[i]
        w = zero if c == "0" else ONES[int(c)]
        if dbl:
            j = i
            while j < len(d) and d[j] == c:
                j += 1
            if j - i == 2:
                out.append("double " + w)
                i = j
                continue
            if j - i == 3:
                out.append("triple " + w)
                i = j
                continue
        out.append(w)
        i += 1
    return " ".join(out)


def pairs(d, zero="oh"):
    """Digits said in pairs; an odd digit out is said first (so 'twenty' + 'five' never merge)."""
    parts = []
    if len(d) % 2:
        parts.append(zero if d[0] == "0" else ONES[int(d[0])])
        d = d[1:]
    parts += [pair_w(d[i:i + 2], zero) for i in range(0, len(d), 2)]
    return " ".join(parts)


def groups(d, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    assert i == len(d), (d, sizes)
    return sep.join(out)


def t4(d, sep=" "):
    """A card number typed in its usual groups (Amex 4-6-5)."""
    return groups(d, [4, 6, 5] if len(d) == 15 else [4, 4, 4, 4], sep)


def spell(s, zero="oh"):
    """An id said character by character: letters as letters, digits as words."""
    return " ".join(c.lower() if c.isalpha() else (zero if c == "0" else ONES[int(c)])
                    for c in s if c.isalnum())


def nato(s, how="for"):
    """Letters in NATO words ('b for bravo' / 'b as in bravo' / 'bravo'), digits as words."""
    out = []
    for c in s:
        if c.isalpha():
            c = c.lower()
            if how == "plain":
                out.append(NATO[c])
            elif how == "as":
                out.append(f"{c} as in {NATO[c]}")
            else:
                out.append(f"{c} for {NATO[c]}")
        elif c.isdigit():
            out.append("oh" if c == "0" else ONES[int(c)])
    return " ".join(out)


def year_w(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return nw(hi) + " hundred"
    return nw(hi) + " " + (nw(lo) if lo >= 10 else "oh " + ONES[lo])


def house_w(n):
    """A house number as people say it: 42 forty two, 318 three eighteen, 2207 twenty two oh seven."""
    if n < 100:
        return nw(n)
    s = str(n)
    if len(s) == 3:
        return ONES[int(s[0])] + " " + pair_w(s[1:])
    lo = s[2:]
    return nw(int(s[:2])) + " " + ("hundred" if lo == "00" else pair_w(lo))


def ordsfx(d):
    if 11 <= d <= 13:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def pc_w(pc, pair_out=False):
    """A UK postcode said aloud: 'LS6 4QT' -> 'l s six four q t' ('c f twenty four ...')."""
    outw, inw = pc.split()
    k = 0
    while outw[k].isalpha():
        k += 1
    letters, rest = outw[:k], outw[k:]
    out = [c.lower() for c in letters]
    if pair_out and len(rest) == 2 and rest.isdigit():
        out.append(nw(int(rest)))
    else:
        out += [c.lower() if c.isalpha() else ONES[int(c)] for c in rest]
    out += [c.lower() if c.isalpha() else ONES[int(c)] for c in inw]
    return " ".join(out)


# ----------------------------------------------------------------------------- generator
def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


ZIP_PREFIX = {"OH": "454", "IL": "606", "TX": "787", "WA": "981", "GA": "303", "AZ": "850",
              "MN": "554", "NC": "282", "CO": "803", "FL": "331", "MI": "482", "OR": "972",
              "PA": "191", "NY": "112", "MA": "021", "CA": "941", "NJ": "070", "TN": "372",
              "WI": "532", "MO": "631", "VA": "232", "NM": "871", "KY": "402", "UT": "841"}
UK_OUTWARD = ["LS6", "M14", "BS3", "CF24", "EH6", "G12", "B29", "NE6", "L15", "SW9", "E17",
              "N7", "NG7", "S11", "LE2", "CV1", "PL4", "EX4", "YO10", "BN2", "OX4", "CB1",
              "BT9", "AB10", "SA1", "HU5", "DE22", "ST4", "RG1", "NR2", "M20", "BD7", "SE15"]
US_AREA = ["312", "415", "503", "614", "702", "813", "919", "206", "303", "512", "617",
           "704", "612", "505", "801", "502", "414", "314"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def dig(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def num(self, a, b):
        return self.r.randint(a, b)

    def pick(self, seq):
        return self.r.choice(seq)

    def pat(self, p):
        """'9' any digit, '1' a non-zero digit, 'A' a letter; anything else literal."""
        out = []
        for ch in p:
            if ch == "9":
                out.append(self.r.choice("0123456789"))
            elif ch == "1":
                out.append(self.r.choice("123456789"))
            elif ch == "A":
                out.append(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
            else:
                out.append(ch)
        return "".join(out)

    def card(self, brand="visa"):
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "mc":
            pre, n = str(self.r.randint(51, 55)), 16
        elif brand == "mc2":
            pre, n = str(self.r.randint(2221, 2720)), 16
        elif brand == "amex":
            pre, n = self.r.choice(["34", "37"]), 15
        elif brand == "disc":
            pre, n = self.r.choice(["6011", "65"]), 16
        else:
            raise ValueError(brand)
        body = pre + self.dig(n - 1 - len(pre))
        return body + luhn_digit(body)

    def cvv(self, n=3):
        return self.pat("1" + "9" * (n - 1))

    def exp(self, expired=False):
        m = self.r.randint(1, 12)
        y = self.r.randint(2022, 2024) if expired else self.r.randint(2027, 2032)
        return m, y

    def ssn(self):
        return f"{self.r.randint(1, 665):03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"

    def us_phone(self):
        return self.r.choice(US_AREA) + "55501" + self.dig(2)

    def uk_mobile(self):
        return "07700900" + self.dig(3)

    def uk_london(self):
        return "02079460" + self.dig(3)

    def uk_geo(self):
        return self.r.choice(["0161", "0113", "0117"]) + "4960" + self.dig(3)

    def zip(self, state):
        return ZIP_PREFIX[state] + self.dig(2)

    def uk_pc(self, outward=None):
        outward = outward or self.r.choice(UK_OUTWARD)
        return (f"{outward} {self.r.randint(1, 9)}"
                + "".join(self.r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))

    def dob(self, lo=1941, hi=2005):
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def tracking(self, n=16):
        d = self.dig(n)
        if luhn_ok(d):
            d = d[:-1] + str((int(d[-1]) + 1) % 10)
        return d


# ----------------------------------------------------------------------------- renderers
def ph_us(d, f="paren"):
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "plus": f"+1 {a} {b} {c}", "run": d}[f]


def ph_uk(d, plus=False):
    if d.startswith("07"):
        return f"+44 {d[1:5]} {d[5:]}" if plus else f"{d[:5]} {d[5:]}"
    if d.startswith("020"):
        return f"+44 20 {d[3:7]} {d[7:]}" if plus else f"{d[:3]} {d[3:7]} {d[7:]}"
    return f"+44 {d[1:4]} {d[4:7]} {d[7:]}" if plus else f"{d[:4]} {d[4:7]} {d[7:]}"


def exp_t(m, y, f="mm/yy"):
    return {"mm/yy": f"{m:02d}/{y % 100:02d}", "mm/yyyy": f"{m:02d}/{y}",
            "m/yy": f"{m}/{y % 100:02d}", "mon": f"{MONTHS_C[m]} {y}"}[f]


def exp_w(m, y, f="digits", zero="oh"):
    if f == "digits":
        return f"{sp(f'{m:02d}', zero)} {pair_w(f'{y % 100:02d}', zero)}"
    if f == "month":
        return f"{MONTHS[m]} {pair_w(f'{y % 100:02d}')}"
    if f == "monthyear":
        return f"{MONTHS[m]} {year_w(y)}"
    if f == "single":
        return f"{sp(f'{m:02d}', zero)} {sp(f'{y % 100:02d}', zero)}"
    raise ValueError(f)


def dob_t(y, m, d, f="uk"):
    return {"uk": f"{d:02d}/{m:02d}/{y}", "us": f"{m:02d}/{d:02d}/{y}",
            "us_short": f"{m}/{d}/{y}", "long_uk": f"{d} {MONTHS_C[m]} {y}",
            "long_us": f"{MONTHS_C[m]} {d}, {y}", "ord": f"{ordsfx(d)} {MONTHS_C[m]} {y}",
            "ord_of": f"{ordsfx(d)} of {MONTHS_C[m]} {y}", "dash": f"{y}-{m:02d}-{d:02d}"}[f]


def dob_w(y, m, d, f="ord_of"):
    if f == "ord_of":
        return f"{ORD[d]} of {MONTHS[m]} {year_w(y)}"
    if f == "month_ord":
        return f"{MONTHS[m]} {ORD[d]} {year_w(y)}"
    if f == "month_num":
        return f"{MONTHS[m]} {nw(d)} {year_w(y)}"
    if f == "digits":
        return f"{pair_w(f'{m:02d}')} {pair_w(f'{d:02d}')} {pair_w(f'{y % 100:02d}')}"
    if f == "digits_uk":
        return f"{sp(f'{d:02d}')} {sp(f'{m:02d}')} {year_w(y)}"
    raise ValueError(f)


# ----------------------------------------------------------------------------- cases
CASES = []


def case(style):
    assert style in ("transcript", "asr")

    def deco(f):
        CASES.append((style, f))
        return f
    return deco


# ============================================================================ banking
@case("transcript")
def bank_lost_debit(g):
    ssn = g.ssn(); y, m, d = g.dob(1956, 1992); zc = g.zip("OH"); hn = g.num(1200, 9800)
    return [
        ("A", "Thank you for calling Redwood Federal Credit Union, this is [[N:Tomasz]]. Who am I speaking with today?"),
        ("C", "Hi [[N:Tomasz]], it's [[N:Adaeze Okonkwo]]. I think I left my debit card somewhere last night."),
        ("A", "Sorry to hear that. Before I look, can you verify the last four of your Social?"),
        ("C", f"Sure, it's [[SSN:{ssn[-4:]}]]."),
        ("A", "And your date of birth?"),
        ("C", f"[[DOB:{dob_t(y, m, d, 'long_us')}]]."),
        ("A", "Thank you. The last transaction I see is at a gas station at ((time:7:40 p.m.)) for ((price:$38.12)). Was that you?"),
        ("C", "Yes, that was me filling up. Nothing after that?"),
        ("A", f"Nothing after that. I've frozen the card and ordered a new one. It should arrive in ((dur:five to seven business days)) at [[ADDR:{hn} Calloway Street, Apt 3B, Dayton]], OH [[PC:{zc}]]. Is that still right?"),
        ("C", "That's right, thanks."),
    ]


@case("asr")
def bank_declined_abroad(g):
    c = g.card("visa")
    return [
        ("A", "you're through to harbourside bank my name's [[N:priya]] can i take your full name please"),
        ("C", "yeah it's [[N:eamon]] [[N:gallagher]] my card's just been declined in a shop and i'm abroad"),
        ("A", "oh no okay [[N:eamon]] let's have a look can you read me the long number across the front"),
        ("C", f"[[CARD#c:{sp(c[:8])}]] hang on the tram's just pulling in"),
        ("A", "no rush take your time"),
        ("C", f"right sorry [[CARD#c:{sp(c[8:], dbl=True)}]]"),
        ("A", "thank you and where were you trying to use it"),
        ("C", "a supermarket in lisbon about ((dur:twenty minutes)) ago it was only ((price:sixty two euros forty))"),
        ("A", "i can see it there was a fraud block because the card hadn't been used in portugal before i've lifted that now"),
        ("C", "brilliant cheers for that i fly home on ((flt:t p thirteen sixty two)) tomorrow so i just need it to work till then"),
    ]


@case("transcript")
def bank_fraud_text(g):
    acct = g.pat("19999999"); pc = g.uk_pc("LS6"); hn = g.num(12, 240)
    return [
        ("A", "Northgate Bank fraud team, you're speaking with [[N:Olumide]]."),
        ("C", "Hello, my name is [[N:Bernadette Szabo]]. I've had a text about a payment of ((price:£749.00)) to an electronics shop, and it wasn't me."),
        ("A", "Let's get that looked at straight away. What's your account number?"),
        ("C", f"It's [[AC:{acct}]]."),
        ("A", f"So that's [[AC:{groups(acct, [4, 4])}]]?"),
        ("C", "Yes, that's it."),
        ("A", "Thank you. The payment was tried at ((time:02:14)) this morning, and a second one for ((price:£1,200)) a minute later. Both were stopped."),
        ("C", "In the middle of the night. Unbelievable."),
        ("A", f"I'll cancel the card and send a new one; it takes ((dur:three to five working days)). Is the address still [[ADDR:Flat 6, {hn} Kingsmere Road, Leeds]], [[PC:{pc}]]?"),
        ("C", "It is, yes."),
    ]


@case("asr")
def bank_overdraft_fee(g):
    wrong = g.dig(10); right = g.dig(10); ssn = g.ssn()
    return [
        ("A", "thanks for calling lakeshore savings this is [[N:dwayne]] how can i help"),
        ("C", "hi [[N:dwayne]] um i got charged an overdraft fee of ((price:thirty five dollars)) and i really don't think i should have"),
        ("A", "okay let me pull that up what's the account number"),
        ("C", f"sure it's [[AC:{sp(wrong[:6])}]] no wait that's my savings hold on the checking is [[AC:{sp(right, dbl=True)}]]"),
        ("A", "got it and for verification the last four of your social"),
        ("C", f"[[SSN:{sp(ssn[-4:])}]]"),
        ("A", "and the name on the account"),
        ("C", "[[N:marisol]] [[N:quintero]]"),
        ("A", "okay so the fee posted on the ((date:twelfth)) because a payment of ((price:two hundred twelve dollars forty)) cleared before your paycheck did"),
        ("C", "but my paycheck always comes in on the ((date:fifteenth))"),
        ("A", "i hear you i can refund it as a one time courtesy you'll see it back in ((dur:one to two business days))"),
        ("C", "okay thank you"),
    ]


@case("transcript")
def bank_ivr_activate(g):
    c = g.card("mc2"); m, y = g.exp(); cv = g.cvv()
    return [
        ("I", "Welcome to Summit Card Services. To activate your new card, please say or enter the ((cnt:16))-digit card number."),
        ("C", f"[[CARD:{t4(c)}]]"),
        ("I", f"I heard [[CARD:{t4(c, '-')}]]. Is that correct?"),
        ("C", "Yes."),
        ("I", "Please say the expiration date, month and year."),
        ("C", f"[[EXP:{exp_t(m, y, 'mm/yyyy')}]]"),
        ("I", "Now say the security code from the back of the card."),
        ("C", f"[[CVV:{cv}]]"),
        ("I", "Thank you. Your card is now active. Please sign the strip on the back before you use it."),
    ]


@case("asr")
def bank_add_joint(g):
    acct = g.dig(8); y, m, d = g.dob(1968, 1985)
    return [
        ("A", "good afternoon westmoor building society [[N:helen]] speaking"),
        ("C", "hiya [[N:helen]] i want to put my wife on our savings account as a joint holder"),
        ("A", "course we can do that what's her full name"),
        ("C", "[[N:nkechi]] [[N:obi]] that's [[N:o b i]]"),
        ("A", "lovely and her date of birth"),
        ("C", f"[[DOB:{dob_w(y, m, d)}]]"),
        ("A", f"and is it the account ending [[AC:{sp(acct[-4:])}]]"),
        ("C", "yeah that's the easy access one"),
        ("A", "right i'll post a form out to her she's got ((dur:thirty days)) to sign it and send it back"),
        ("C", "perfect thanks [[N:helen]]"),
    ]


@case("transcript")
def bank_contact_update(g):
    old = g.uk_mobile(); new = g.uk_mobile(); n = g.num(60, 99)
    return [
        ("A", "Ridgeline Bank, you're speaking with [[N:Anneliese]]. How can I help?"),
        ("C", "Hi [[N:Anneliese]], it's [[N:Kwabena Mensah]]. I need to change my phone number and email."),
        ("A", "No problem. Can you tell me the old number first, so I can match it?"),
        ("C", f"[[PH:{ph_uk(old)}]]."),
        ("A", "That matches. And the new one?"),
        ("C", f"[[PH:{ph_uk(new, plus=True)}]]."),
        ("A", f"So that's [[PH:{ph_uk(new)}]]."),
        ("C", f"Yes. And the email is [[EM:kwabena.mensah{n}@btinternet.com]] now."),
        ("A", f"[[EM:kwabena.mensah{n}@btinternet.com]], got it. You'll get a code by text within ((dur:five minutes)) to confirm both."),
    ]


@case("asr")
def bank_stolen_wallet(g):
    ssn = g.ssn()
    return [
        ("A", "first valley bank card services this is [[N:rosalind]] speaking"),
        ("C", "hi yeah my wallet got stolen at the bus station about ((dur:an hour)) ago and both my cards were in it"),
        ("A", "i'm so sorry can i get your full social security number to pull up your profile"),
        ("C", f"yeah it's [[SSN:{sp(ssn, zero='zero')}]]"),
        ("A", "thank you and can you confirm your name for me"),
        ("C", "[[N:mark]] [[N:delacroix]]"),
        ("A", "okay [[N:mark]] i've got a debit card and a visa on here i'm going to ((oth:mark)) both as stolen right now"),
        ("C", "there was also like ((price:three hundred bucks)) in cash in there"),
        ("A", "we can't cover cash unfortunately but anything that hit the cards after ((time:four fifteen)) we'll dispute for you"),
        ("C", "okay that's something i guess"),
    ]


@case("transcript")
def bank_fixed_rate(g):
    return [
        ("A", "Good morning, Carrowmore Savings, [[N:Siddharth]] speaking."),
        ("C", "Morning. It's Mrs [[N:Achterberg]]. I had a letter saying my fixed rate is ending."),
        ("A", "Yes, your ((pct:4.1%)) bond matures on ((date:30 June)). You can roll it into a new ((dur:12-month)) bond at ((pct:4.35%)), or move it to easy access."),
        ("C", "What's the easy access paying at the moment?"),
        ("A", "((pct:3.2%)) variable, and there's no minimum. The new bond needs ((price:£1,000)) or more."),
        ("C", "I'll take the bond. That money's been sat there since ((yr:2019)) anyway."),
        ("A", "Lovely. I'll set that up now and the paperwork will follow in the post."),
    ]


@case("asr")
def bank_balance_transfer(g):
    c = g.card("mc"); m, y = g.exp(); cv = g.cvv()
    return [
        ("A", "hello you're speaking to [[N:gareth]] at tidewell credit cards"),
        ("C", "hi [[N:gareth]] i want to move a balance over from my old card to my new one with you"),
        ("A", "no problem what's the number on the card you're moving it from"),
        ("C", f"[[CARD#c:{pairs(c[:8])}]]"),
        ("A", "mm-hmm"),
        ("C", f"[[CARD#c:{pairs(c[8:])}]]"),
        ("A", "and the expiry on that one"),
        ("C", f"[[EXP:{exp_w(m, y, 'month')}]]"),
        ("A", "and the three digit code on the back"),
        ("C", f"[[CVV:{sp(cv)}]]"),
        ("A", "how much are we moving across"),
        ("C", "the whole lot it's about ((price:twenty three hundred pounds))"),
        ("A", "okay there's a ((pct:three percent)) fee on that and it should go through in ((dur:five working days))"),
    ]


# ============================================================================ insurance
@case("transcript")
def ins_car_park(g):
    pol = g.pat("MTR-1999999"); tp = g.uk_mobile(); claim = g.pat("CL9999999")
    return [
        ("A", "Brightshield Motor Claims, you're through to [[N:Fionnuala]]. Can I take your policy number?"),
        ("C", f"Yes, it's [[AC:{pol}]]."),
        ("A", "Thanks. And you're Mr [[N:Haruto Sato]]?"),
        ("C", "That's me. Someone reversed into my ((yr:2017)) ((model:Honda CR-V)) in a supermarket car park on ((date:9 March)). The other driver gave me her details."),
        ("A", "Good. What's her name and number?"),
        ("C", f"[[N:Lorraine Pettigrew]], and her mobile is [[PH:{ph_uk(tp)}]]."),
        ("A", "And what's the damage?"),
        ("C", "Rear bumper and the left tail light. The garage quoted ((price:£640)) plus VAT."),
        ("A", f"Okay. Your claim reference is [[AC:{claim}]]. Your excess is ((price:£250)), and we'll contact her insurer within ((dur:48 hours))."),
    ]


@case("asr")
def ins_burst_pipe(g):
    pol = g.pat("HH99999999"); hn = g.num(3, 140); pc = g.uk_pc("CF24")
    return [
        ("A", "hello home claims you're speaking with [[N:bethan]]"),
        ("C", "hi [[N:bethan]] a pipe's burst under the kitchen sink and the water's come through the ceiling"),
        ("A", "oh no is the water off now"),
        ("C", "yeah we found the stopcock eventually"),
        ("A", "good can you give me the policy number it starts with two letters"),
        ("C", f"[[AC#p:{spell(pol[:5])}]] um [[AC#p:{spell(pol[5:])}]]"),
        ("A", "and the address of the property"),
        ("C", f"[[ADDR:{house_w(hn)} heol y coed cardiff]] [[PC:{pc_w(pc, pair_out=True)}]]"),
        ("A", "okay i'm going to get a drying company out to you within ((dur:forty eight hours)) can i email you the claim pack"),
        ("C", "yeah it's [[EM:gwen pritchard at hotmail dot co dot uk]]"),
        ("A", "lovely and just so you know the excess on this policy is ((price:three hundred and fifty pounds))"),
    ]


@case("transcript")
def ins_life_bereavement(g):
    pol = g.pat("LF-1999999"); ssn = g.ssn(); y, m, d = g.dob(1941, 1955); ph = g.us_phone()
    return [
        ("A", "Evergreen Mutual, this is [[N:Marcus]]. How can I help you today?"),
        ("C", "Hi. My father passed away last week and I was told to call about his life insurance. I'm his daughter, [[N:Xiaoling Wu]]."),
        ("A", "I'm very sorry for your loss. Do you have the policy number?"),
        ("C", f"It's on the statement here: [[AC:{pol}]]."),
        ("A", "Thank you. And your father's full name and date of birth?"),
        ("C", f"[[N:Jianguo Wu]], born [[DOB:{dob_t(y, m, d, 'long_us')}]]."),
        ("A", "And his Social Security number, for the claim form?"),
        ("C", f"[[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        ("A", "Thank you. I've opened the claim. We'll need a certified death certificate, and payment is usually made within ((dur:30 days)) of receiving it. What's the best number to reach you?"),
        ("C", f"[[PH:{ph_us(ph)}]]."),
    ]


@case("asr")
def ins_pet_surgery(g):
    pol = g.pat("PT999999")
    return [
        ("A", "pawsure pet insurance [[N:kieran]] speaking how can i help"),
        ("C", "hi my dog's had an operation on his knee and the vet said to ring you before they send the bill"),
        ("A", "of course can i take the policy number"),
        ("C", f"it's [[AC:{spell(pol)}]]"),
        ("A", f"so that's [[AC:{nato(pol[:2], 'plain')} {sp(pol[2:])}]] and your name"),
        ("C", "[[N:ioana]] [[N:popescu]] and the dog's called biscuit"),
        ("A", "aw and which vet did the operation"),
        ("C", "greenacre veterinary it was doctor [[N:ramaswamy]]"),
        ("A", "and roughly how much is the bill"),
        ("C", "((price:two thousand eight hundred and forty pounds)) and he's only ((oth:four))"),
        ("A", "right there's the ((price:ninety nine pound)) excess and then we pay the rest straight to the vet"),
    ]


@case("transcript")
def ins_travel_hospital(g):
    pol = g.pat("TRV/99999/A"); y, m, d = g.dob(1950, 1962); ph = g.uk_mobile()
    return [
        ("A", "Globeguard Travel Assistance, [[N:Ruth]] speaking. Is this a medical emergency?"),
        ("C", "Yes, I'm calling for my husband. He fell on the steps at our hotel in Rhodes and he's in hospital with a broken hip."),
        ("A", "I'm so sorry. Let's get him looked after. What's his full name?"),
        ("C", "[[N:Stavros Papadakis]]. [[N:P-A-P-A-D-A-K-I-S]]."),
        ("A", "Thank you. His date of birth and the policy number?"),
        ("C", f"[[DOB:{dob_t(y, m, d, 'uk')}]], and the policy is [[AC:{pol}]]."),
        ("A", "Got it. Which flight were you due home on?"),
        ("C", "((flt:EZY 8542)) on the ((date:22nd)), at ((time:18:05))."),
        ("A", "We'll speak to the hospital directly and arrange a medical escort. Can I take a number for you out there?"),
        ("C", f"My mobile, [[PH:{ph_uk(ph, plus=True)}]]."),
        ("A", "Thank you, Mrs [[N:Papadakis]]. Someone will call you back within ((dur:two hours))."),
    ]


@case("asr")
def ins_auto_renewal(g):
    hn = g.num(100, 999); zc = g.zip("AZ"); y, m, d = g.dob(1985, 1999); pol = g.dig(9)
    return [
        ("A", "thanks for calling copperline auto insurance my name is [[N:brianna]] can i get your policy number"),
        ("C", f"yeah it's [[AC:{pairs(pol)}]]"),
        ("A", "and can you verify your date of birth"),
        ("C", f"[[DOB:{dob_w(y, m, d, 'month_num')}]]"),
        ("A", "thank you what can i do for you"),
        ("C", "my renewal came in at like ((price:fourteen sixty)) for ((dur:six months)) and last time it was ((price:nine eighty))"),
        ("A", f"let me look okay the garaging address changed to [[ADDR:{house_w(hn)} east mesquite lane]] in phoenix [[PC:{sp(zc)}]] is that right"),
        ("C", "yeah we moved in ((date:april))"),
        ("A", "that zip's rated higher for theft that's most of the increase but if you add the new car alarm i can take ((pct:eight percent)) off"),
        ("C", "do that please and it's the ((yr:twenty twenty one)) ((model:f one fifty)) that needs the alarm not the other one"),
        ("A", "noted i've put the discount on that vehicle"),
    ]


@case("transcript")
def ins_burglary(g):
    pol = g.pat("HC-999-9999"); crime = g.pat("CR/999999/99")
    return [
        ("A", "Hearthstone Home Insurance, you're speaking with [[N:Callum]]."),
        ("C", "Hi [[N:Callum]]. We were burgled over the weekend and I need to make a claim. My name's [[N:Amélie Rousseau]]."),
        ("A", "I'm sorry to hear that. Is everyone all right?"),
        ("C", "We're fine, we were away. They took a laptop, a ((model:MacBook Air M2)), ((qty:two)) bikes and some jewellery."),
        ("A", "Have you reported it to the police?"),
        ("C", f"Yes, the crime reference is [[AC:{crime}]]."),
        ("A", "Thank you. And your policy number?"),
        ("C", f"[[AC:{pol}]]."),
        ("A", "Your contents cover is ((price:£45,000)) and the excess is ((price:£150)). I'll email a claim form now; please send receipts within ((dur:28 days))."),
    ]


@case("asr")
def ins_dental_dependent(g):
    mid = g.pat("AAA999999999"); y, m, d = g.dob(1990, 1996)
    return [
        ("A", "bluepeak dental member services this is [[N:jamal]] may i have your member id"),
        ("C", f"yes it's [[AC:{spell(mid)}]]"),
        ("A", "thank you and what can i help with"),
        ("C", "i got married in ((date:june)) and i want to add my husband to my plan"),
        ("A", "congratulations what's his name"),
        ("C", "[[N:thiago]] [[N:monteiro]] [[N:m as in mike o n t e i r o]]"),
        ("A", "and his date of birth"),
        ("C", f"[[DOB:{dob_w(y, m, d, 'digits')}]]"),
        ("A", "okay he'll be covered from the first of next month and your premium goes up by ((price:twenty two fifty a month))"),
        ("C", "that's fine go ahead"),
    ]


@case("asr")
def ins_cancel_refund(g):
    pol = g.dig(8); om, oy = g.exp(expired=True); c = g.card("visa"); m, y = g.exp()
    return [
        ("A", "you're through to [[N:shauna]] at northway insurance"),
        ("C", "hi [[N:shauna]] i've sold my car so i need to cancel the policy"),
        ("A", "sorry to see you go can i take the policy number"),
        ("C", f"[[AC#p:{sp(pol[:4])}]] sorry it's in tiny print [[AC#p:{sp(pol[4:], dbl=True)}]]"),
        ("A", "thanks you're due a refund of ((price:eighty seven pounds twelve)) for the ((dur:four months)) left is the card you paid with still active"),
        ("C", f"no that one expired [[EXP:{exp_w(om, oy, 'monthyear')}]] i've got a new one"),
        ("A", "okay can i take the new card number then"),
        ("C", f"[[CARD:{groups(c, [4, 2, 6, 4])}]]"),
        ("A", "and the expiry"),
        ("C", f"[[EXP:{exp_w(m, y, 'digits')}]]"),
        ("A", "lovely that'll reach you in ((dur:five to ten working days))"),
    ]


# ============================================================================ telecoms
@case("transcript")
def tel_outage(g):
    acct = g.pat("BB99999999"); mob = g.uk_mobile()
    return [
        ("A", "Fibrelink support, you're speaking with [[N:Yusra]]. What's the account number?"),
        ("C", f"[[AC:{acct}]]. My broadband's been down since yesterday afternoon."),
        ("A", "And whose name is the account in?"),
        ("C", "[[N:Gwenllian Hughes]]."),
        ("A", "Thanks, [[N:Gwenllian]]. There's a fault at the cabinet on your street; ((cnt:43)) customers are affected."),
        ("C", "I work from home. Is there any compensation?"),
        ("A", "Yes, ((price:£9.33)) a day once it's been down for ((dur:two full working days)). The engineer, [[N:Piotr]], is booked for Thursday between ((time:8am)) and ((time:1pm))."),
        ("C", f"Can he ring me before he comes? Obviously not on the landline. My mobile is [[PH:{ph_uk(mob)}]]."),
        ("A", f"I've put [[PH:{ph_uk(mob)}]] on the job notes."),
    ]


@case("asr")
def tel_new_line_credit(g):
    ssn = g.ssn(); ph = g.us_phone(); hn = g.num(1000, 9999); zc = g.zip("GA")
    return [
        ("A", "thanks for choosing crestwave wireless this is [[N:lamar]] are you opening a new account today"),
        ("C", "yeah and i want to bring my number over from my old carrier"),
        ("A", "sure what's the number you're porting"),
        ("C", f"[[PH#p:{sp(ph[:3])}]] uh [[PH#p:{sp(ph[3:])}]]"),
        ("A", "got it and to run the credit check i'll need your social security number"),
        ("C", f"okay [[SSN:{pairs(ssn)}]]"),
        ("A", "and your full name and the service address"),
        ("C", f"[[N:keisha]] [[N:mwangi]] [[ADDR:{house_w(hn)} peachtree hollow court atlanta]] georgia [[PC:{sp(zc)}]]"),
        ("A", "you're approved the unlimited plan is ((price:sixty five a month)) and the port usually finishes in about ((dur:two hours))"),
        ("C", "okay sounds good"),
    ]


@case("transcript")
def tel_roaming_bill(g):
    mob = g.uk_mobile()
    return [
        ("A", "Skyline Mobile, [[N:Tremaine]] speaking. Can I take the mobile number on the account?"),
        ("C", f"[[PH:{ph_uk(mob)}]]."),
        ("A", "And the account holder's name?"),
        ("C", "[[N:Linnea Björk]]. [[N:Björk]] with an umlaut, if that matters."),
        ("A", "Thanks. What's happened?"),
        ("C", "My bill is ((price:£312.48)) and it's normally ((price:£18)). I was in Norway for ((dur:a week)) and I thought roaming was included."),
        ("A", "Norway is in your roaming zone, but your phone connected to a ship's network on the ferry. That's charged at ((price:£6 per MB))."),
        ("C", "I had no idea. I was only on the ferry for ((dur:four hours))."),
        ("A", "As a one-off I can take ((pct:50%)) off the ferry charges, and I'll set a spending cap of ((price:£20)) for future trips."),
        ("C", "That would help, thank you."),
    ]


@case("asr")
def tel_router_reset(g):
    acct = g.dig(9)
    return [
        ("A", "hi there you're through to nettide technical support i'm [[N:oisin]]"),
        ("C", "hiya the internet keeps dropping out every ((dur:ten minutes)) or so"),
        ("A", "okay what router have you got it'll be on the sticker underneath"),
        ("C", "it says ((model:hub x four hundred)) and there's an orange light flashing"),
        ("A", "right and does the little screen show a code"),
        ("C", "error ((oth:six oh two))"),
        ("A", "that's a line sync problem can i have the account number so i can run a test"),
        ("C", f"[[AC:{sp(acct, zero='zero')}]]"),
        ("A", "thanks the line's showing ((cnt:fourteen)) drops since midnight i'll send a new router out it'll be with you tomorrow"),
        ("C", "great and do i need to send the old one back"),
        ("A", "yes there's a prepaid bag in the box you've got ((dur:fourteen days))"),
    ]


@case("transcript")
def tel_cancel_contract(g):
    acct = g.pat("CW-19999999"); n = g.num(10, 99)
    return [
        ("A", "Crestwave Wireless retentions, my name is [[N:Esperanza]]. I understand you want to cancel?"),
        ("C", f"Yes. I'm moving to Canada at the end of the month. The account is [[AC:{acct}]], under [[N:Dmitri Volkov]]."),
        ("A", "Thank you, Mr [[N:Volkov]]. You have ((dur:seven months)) left on the contract, so there would be an early termination fee of ((price:$140)), plus the remaining balance on the phone, ((price:$287.50))."),
        ("C", "Is there any way around that if I'm leaving the country?"),
        ("A", "If you can send proof of the move, like a work visa or a lease, I can waive the termination fee. The device balance still applies."),
        ("C", f"Fine. Where do I send it? My email is [[EM:dvolkov{n}@protonmail.com]] if you can send instructions."),
        ("A", f"I'll email [[EM:dvolkov{n}@protonmail.com]] now. You'll have ((dur:14 days)) to reply."),
    ]


@case("asr")
def tel_upgrade_card(g):
    mob = g.uk_mobile(); y, m, d = g.dob(1979, 1994); c = g.card("mc"); em, ey = g.exp(); cv = g.cvv()
    return [
        ("A", "hello you're through to [[N:jasmine]] in upgrades can i take the mobile number you're calling about"),
        ("C", f"yeah [[PH:{sp(mob[:5], dbl=True)} nine double oh {sp(mob[8:])}]]"),
        ("A", "and your date of birth please"),
        ("C", f"[[DOB:{dob_w(y, m, d, 'digits_uk')}]]"),
        ("A", "thanks so you're eligible which handset were you after"),
        ("C", "the ((model:pixel nine pro)) the ((qty:two hundred and fifty six gig)) one"),
        ("A", "okay that's ((price:forty nine pounds)) upfront and then ((price:thirty eight a month)) for ((dur:twenty four months)) can i take a card for the upfront bit"),
        ("C", f"[[CARD#c:{sp(c[:8])}]] sorry the light's bad in here [[CARD#c:{sp(c[8:], 'zero')}]]"),
        ("A", "and the expiry and the security code"),
        ("C", f"[[EXP:{exp_w(em, ey, 'digits', 'zero')}]] and [[CVV:{sp(cv, 'zero')}]]"),
        ("A", "that's all gone through the phone will be with you in ((dur:two working days))"),
    ]


@case("transcript")
def tel_sim_swap(g):
    y, m, d = g.dob(1970, 1990); pc = g.uk_pc("BS3"); mob = g.uk_mobile()
    return [
        ("C", "Hi, my phone suddenly says No Service and my bank just rang my partner to say someone's been trying to log in as me."),
        ("A", "That sounds like it could be a SIM swap. I'm [[N:Rafferty]] in the fraud team, and I'll help you now. What's your name?"),
        ("C", "[[N:Shirin Tehrani]]."),
        ("A", "Thanks, [[N:Shirin]]. Can you confirm your date of birth and postcode?"),
        ("C", f"[[DOB:{dob_t(y, m, d, 'ord')}]], and [[PC:{pc}]]."),
        ("A", f"Thank you. I can see a new SIM was activated on [[PH:{ph_uk(mob)}]] at ((time:11:52)) today from a shop you didn't visit. I've blocked it and put your number back on your own SIM."),
        ("C", "Should I turn the phone off and on?"),
        ("A", "Yes, and give it ((dur:ten minutes)). I'm also adding a ((cnt:six))-digit passcode that must be given in store for any future SIM changes."),
    ]


@case("asr")
def tel_landline_neighbour(g):
    acct = g.dig(8); ph = g.uk_geo()
    return [
        ("A", "good morning homeline telephone [[N:dilys]] speaking"),
        ("C", "oh hello love i'm ringing for the lady next door [[N:rose]] [[N:kettering]] her phone's been dead for ((dur:three days)) and she's ((oth:ninety one))"),
        ("A", "oh dear and what's your name"),
        ("C", "[[N:albert]] i'm her neighbour at number ((oth:fourteen)) she's given me her bill here"),
        ("A", "that's fine can you read me the account number at the top of it"),
        ("C", f"[[AC#a:{sp(acct[:4])}]] then it goes onto the next line [[AC#a:{sp(acct[4:])}]]"),
        ("A", f"thank you and the phone number that's not working is that [[PH:{sp(ph)}]]"),
        ("C", "that's the one she's got a pendant alarm on it as well"),
        ("A", "right i'm marking this as a vulnerable customer priority an engineer will be there by ((time:midday)) tomorrow"),
    ]


@case("transcript")
def tel_tv_package(g):
    acct = g.pat("SKV99999999")
    return [
        ("A", "Vistawave TV, you're speaking to [[N:Hamza]]. Who's calling?"),
        ("C", f"It's [[N:Oksana Hrytsenko]]. My account number is [[AC:{acct}]]."),
        ("A", "Thanks, Ms [[N:Hrytsenko]]. How can I help?"),
        ("C", "The sports package went up from ((price:£27)) to ((price:£34.99)) this month, and nobody told me."),
        ("A", "There was a letter in ((date:February)) about the price change. I can offer you the ((dur:18-month)) deal at ((price:£29))."),
        ("C", "And how many boxes does that cover? We have ((cnt:3)) TVs."),
        ("A", "It covers ((qty:2)) boxes. A third one is ((price:£6 a month))."),
        ("C", "Okay, I'll take that."),
    ]


# ============================================================================ retail
@case("transcript")
def ret_missing_parcel(g):
    order = g.pat("WX-19999999"); trk = g.tracking(16); hn = g.num(2, 60); pc = g.uk_pc("NE6")
    return [
        ("A", "Thanks for calling Kestrel & Vine, this is [[N:Ngozi]]. How can I help?"),
        ("C", "Hi, the tracking says my parcel was delivered on Tuesday, but it isn't here."),
        ("A", "I'm sorry about that. What's the order number?"),
        ("C", f"[[AC:{order}]]."),
        ("A", f"Thank you. The courier's tracking number is ((oth:{t4(trk)})), and it shows the parcel was handed to a neighbour, a Mrs [[N:Ferreira]], at number ((oth:{hn + 2}))."),
        ("C", "Oh, [[N:Conceição]]! She'll have it. I'll pop round."),
        ("A", f"Great. If it's not there, ring us back and we'll send a replacement. Is your address still [[ADDR:{hn} Heaton Grove, Newcastle]], [[PC:{pc}]]?"),
        ("C", "Yes, that's right."),
    ]


@case("asr")
def ret_return_boots(g):
    order = g.dig(7)
    return [
        ("A", "thank you for calling trailhead outfitters my name is [[N:kyle]] can i start with your order number"),
        ("C", f"yeah it's [[AC:{sp(order)}]]"),
        ("A", "and the email address on the order"),
        ("C", "[[EM:maricel dot dizon at yahoo dot com]]"),
        ("A", "thanks [[N:maricel]] i see ((qty:two)) pairs of hiking boots what's the problem"),
        ("C", "one pair's fine but the other ones are a size ((oth:nine)) and they're way too small"),
        ("A", "okay i can do a refund of ((price:one forty nine ninety five)) once they're back in the warehouse"),
        ("C", "how long does that take"),
        ("A", "about ((dur:five to seven days)) after they scan it in"),
    ]


@case("transcript")
def ret_sofa_damaged(g):
    order = g.pat("SF999999"); ph = g.uk_london()
    return [
        ("A", "Loftwell Furniture customer care, [[N:Graham]] speaking."),
        ("C", f"Hello, it's [[N:Chiara Bellandi]]. My sofa arrived today and one of the legs has snapped off. The order number is [[AC:{order}]]."),
        ("A", "Oh no, I'm sorry. Could you send us some photos? ((qty:Three)) or ((qty:four)) would be plenty."),
        ("C", "I've already taken some. Where do I send them?"),
        ("A", "Just reply to the delivery email. Then we can either send a replacement leg within ((dur:5 working days)) or collect the sofa for a full refund of ((price:£1,149))."),
        ("C", f"The leg is fine. Can the driver call first? I'm at work until ((time:5:30)). My number's [[PH:{ph_uk(ph)}]]."),
        ("A", "I'll add that, and I'll put a ((pct:10%)) goodwill credit on your account for the trouble."),
    ]


@case("asr")
def ret_phone_order_yarn(g):
    c = g.card("visa"); m, y = g.exp(); cv = g.cvv(); hn = g.num(21, 99); pc = g.uk_pc("EH6")
    return [
        ("A", "bramble and thistle yarns [[N:morag]] speaking are you wanting to place an order"),
        ("C", "yes please it's [[N:wilhelmina]] [[N:strachan]] i'd like ((qty:twelve)) balls of the aran in forest green"),
        ("A", "lovely that's ((price:sixty seven pounds twenty)) with postage how would you like to pay"),
        ("C", f"on my card [[CARD#c:{sp(c[:4])}]]"),
        ("A", "yep"),
        ("C", f"[[CARD#c:{sp(c[4:8])}]]"),
        ("A", "uh huh"),
        ("C", f"[[CARD#c:{sp(c[8:])}]]"),
        ("A", f"so that's [[CARD:{pairs(c)}]]"),
        ("C", "that's right"),
        ("A", "and the expiry and the three numbers on the back"),
        ("C", f"[[EXP:{exp_w(m, y, 'single')}]] and [[CVV:{sp(cv)}]]"),
        ("A", f"and is that going to [[ADDR:flat two {house_w(hn)} pilrig street edinburgh]] [[PC:{pc_w(pc)}]]"),
        ("C", "aye that's me"),
    ]


@case("transcript")
def ret_amex_mixer(g):
    c = g.card("amex"); m, y = g.exp(); cv = g.cvv(4); zc = g.zip("MN"); ph = g.us_phone()
    return [
        ("A", "Northstar Kitchen Supply, this is [[N:Garrett]]. Are you ready to check out?"),
        ("C", "Yes, the ((model:KM-7410)) stand mixer and ((qty:two)) of the glass bowls."),
        ("A", "That comes to ((price:$486.97)) with tax. Which card would you like to use?"),
        ("C", f"American Express: [[CARD:{t4(c)}]]."),
        ("A", "Expiration date?"),
        ("C", f"[[EXP:{exp_t(m, y, 'm/yy')}]]."),
        ("A", "And the four-digit code on the front of the card?"),
        ("C", f"[[CVV:{cv}]]."),
        ("A", f"[[CVV:{cv}]], thank you. Billing ZIP?"),
        ("C", f"[[PC:{zc}]]."),
        ("A", "And a phone number in case the carrier needs to reach you?"),
        ("C", f"[[PH:{ph_us(ph, 'dash')}]]. Ask for [[N:Sigrid]] if my wife picks up."),
        ("A", "Perfect. It ships within ((dur:two business days))."),
    ]


@case("asr")
def ret_school_uniform(g):
    order = g.pat("SU9999999")
    return [
        ("A", "hello stitch and satchel school wear [[N:tanisha]] speaking"),
        ("C", "hi i ordered my son's uniform and half of it's the wrong size"),
        ("A", "sorry about that what's the order number"),
        ("C", f"[[AC:{spell(order)}]]"),
        ("A", "and whose name is it under"),
        ("C", "[[N:deepa]] [[N:raman]]"),
        ("A", "okay i've got ((qty:three)) polo shirts ((qty:two)) jumpers and a blazer which ones are wrong"),
        ("C", "the jumpers they sent age ((oth:seven to eight)) and he's ((oth:ten))"),
        ("A", "thanks [[N:deepa]] i'll swap them and you'll have them before term starts on the ((date:fourth of september))"),
        ("C", "brilliant"),
        ("A", "there's a returns label in the bag just pop the old ones back within ((dur:thirty days))"),
    ]


@case("transcript")
def ret_loyalty_points(g):
    mem = g.pat("6299 9999 999")
    return [
        ("A", "Harvest Lane Rewards, [[N:Bogdan]] speaking."),
        ("C", "Hi, I'm [[N:Aroha Ngata]]. The points from last week's shop haven't gone on my card."),
        ("A", "Can I have your membership number?"),
        ("C", f"[[AC:{mem}]]."),
        ("A", "And the email on the account?"),
        ("C", "[[EM:aroha.ngata@xtra.co.nz]]."),
        ("A", "I can see the shop on the ((date:14th)) for ((price:£86.20)). It should have earned ((cnt:172)) points, so I'll add them manually now."),
        ("C", "Thanks. I've been a member since ((yr:2014)) and this keeps happening. Can I use them on fuel?"),
        ("A", "Yes, every ((cnt:100)) points is worth ((price:£1)) at our filling stations."),
    ]


@case("asr")
def ret_grocery_delivery(g):
    order = g.dig(9)
    return [
        ("A", "hi you're through to freshbasket home delivery my name's [[N:connor]]"),
        ("C", "hi [[N:connor]] my shopping came this morning and half of it was substituted"),
        ("A", "sorry about that can you give me the order number it's on the receipt"),
        ("C", f"[[AC#o:{sp(order[:5])}]] um [[AC#o:{sp(order[5:])}]]"),
        ("A", "thanks i can see ((cnt:six)) substitutions which ones are the problem"),
        ("C", "they gave me ((qty:two litres)) of oat milk instead of ((qty:four pints)) of whole milk and the ((oth:rose)) bouquet i ordered for my mum's birthday never came"),
        ("A", "i'll refund the flowers that's ((price:twelve pounds)) and the milk difference it'll be back on your card in ((dur:three to five days))"),
        ("C", "thank you"),
    ]


@case("transcript")
def ret_tv_warranty(g):
    order = g.pat("EL-99999-99")
    return [
        ("A", "Voltmart Care, you're speaking with [[N:Adebayo]]."),
        ("C", "Hi [[N:Adebayo]]. My ((model:55-inch QN90B)) TV has lines across the screen, and it's only ((dur:14 months)) old."),
        ("A", "I'm sorry. Did you buy the ((dur:3-year)) care plan with it?"),
        ("C", f"I think so. The order number was [[AC:{order}]]."),
        ("A", "Yes, the plan runs until ((date:November 2026)), so the repair is covered. An engineer can come on ((date:2 October)) between ((time:9)) and ((time:12)). Who will be home?"),
        ("C", "My brother, [[N:Tunde]]. I'll be at work."),
        ("A", "That's fine. He'll need to be over ((oth:18)) to sign the job sheet."),
    ]


@case("asr")
def ret_preorder_discover(g):
    c = g.card("disc"); m, y = g.exp(); cv = g.cvv(); hn = g.num(1000, 9999); zc = g.zip("WA")
    return [
        ("A", "hi this is [[N:sage]] at moss and mortar books how can i help"),
        ("C", "hi i'd like to preorder the signed edition that comes out on the ((date:twenty first))"),
        ("A", "sure it's ((price:thirty four ninety five)) plus shipping can i get a name for the order"),
        ("C", "[[N:ifeoma]] [[N:eze]]"),
        ("A", "and what card would you like to use"),
        ("C", f"it's a discover [[CARD#c:{sp(c[:6])}]] hang on my kid's yelling [[CARD#c:{sp(c[6:])}]]"),
        ("A", "got it and the expiration"),
        ("C", f"[[EXP:{exp_w(m, y, 'month')}]]"),
        ("A", "and the security code"),
        ("C", f"[[CVV:{sp(cv)}]]"),
        ("A", "and where are we shipping it"),
        ("C", f"[[ADDR:{house_w(hn)} northeast ravenna boulevard seattle]] [[PC:{sp(zc)}]]"),
    ]


# ============================================================================ travel
@case("transcript")
def trv_cancelled_flight(g):
    pnr = g.pat("A9AA9A")
    return [
        ("A", "Aeralis Airways, [[N:Mireille]] speaking. How can I help?"),
        ("C", "Our flight to Kraków tomorrow has been cancelled, and we need to be there for my grandmother's funeral."),
        ("A", "I'm so sorry. Can I have the booking reference?"),
        ("C", f"[[AC:{pnr}]]."),
        ("A", "Thank you. Is that for [[N:Wojciech Zieliński]] and [[N:Hanna Zielińska]]?"),
        ("C", "Yes, me and my wife."),
        ("A", "I can move you onto ((flt:AE 2716)) at ((time:06:40)), or an evening flight at ((time:19:15)) via Frankfurt. The morning one lands at ((time:10:05)) local time."),
        ("C", "The morning one, please. The service starts at ((time:1 p.m.)). Can we keep seats ((oth:14C)) and ((oth:14D))?"),
        ("A", "Done. The new confirmation is on its way to [[EM:w.zielinski@onet.pl]]. The gate closes ((dur:20 minutes)) before departure."),
    ]


@case("asr")
def trv_hotel_booking(g):
    c = g.card("visa"); m, y = g.exp(); cv = g.cvv(); ph = g.us_phone()
    return [
        ("A", "good evening harborview inn reservations this is [[N:dominique]]"),
        ("C", "hi i'd like to book ((qty:two)) rooms from the ((date:eighteenth)) through the ((date:twenty first of october))"),
        ("A", "okay i have ((qty:two)) queen rooms at ((price:two nineteen a night)) can i get the name for the reservation"),
        ("C", "[[N:keoni]] [[N:kahale]]"),
        ("A", "and a card to hold it"),
        ("C", f"sure [[CARD#c:{sp(c[:8])}]] hold on i need my glasses [[CARD#c:{sp(c[8:])}]]"),
        ("A", f"let me read that back [[CARD#r:{sp(c[:8])}]]"),
        ("C", "mm-hmm"),
        ("A", f"[[CARD#r:{sp(c[8:])}]]"),
        ("C", "yep that's it"),
        ("A", "and the expiration and security code"),
        ("C", f"[[EXP:{exp_w(m, y, 'digits', 'zero')}]] and the code is [[CVV:{sp(cv, 'zero')}]]"),
        ("A", "and a phone number for the reservation"),
        ("C", f"[[PH:{sp(ph[:3])} {sp(ph[3:6])} {pairs(ph[6:])}]]"),
        ("A", "you're all set check in is at ((time:four p m)) and you can cancel up to ((dur:forty eight hours)) before"),
        ("C", "our flight's ((flt:u a fifteen thirty two)) so we might not get in till after ((time:midnight)) is that okay"),
        ("A", "that's fine the front desk is open all night"),
    ]


@case("transcript")
def trv_lost_bag(g):
    ref = g.pat("EDIAE99999"); hn = g.num(2, 80); pc = g.uk_pc("G12"); mob = g.uk_mobile()
    return [
        ("A", "Baggage services, [[N:Lachlan]] speaking."),
        ("C", f"Hi. My suitcase didn't come off ((flt:AE 1183)) from Amsterdam last night. The file reference they gave me is [[AC:{ref}]]."),
        ("A", "Thanks. I can see it: one black hard case. It was found in Amsterdam and it's on the ((time:14:20)) flight today."),
        ("C", "Oh, thank goodness. Can you deliver it? I can't get back to the airport."),
        ("A", "Yes, there's no charge. What's the delivery address?"),
        ("C", f"[[ADDR:{hn} Hyndland Road, Glasgow]], [[PC:{pc}]]. Top floor, the buzzer that says [[N:Nakamura]]."),
        ("A", "And a mobile number for the driver?"),
        ("C", f"[[PH:{ph_uk(mob)}]]."),
        ("A", "The courier will come between ((time:6)) and ((time:10 p.m.)) tonight. You can also claim up to ((price:£50)) for essentials you bought while you waited."),
    ]


@case("asr")
def trv_train_delay(g):
    ref = g.pat("9AA9AAA9")
    return [
        ("A", "hello delay repay team [[N:kofi]] speaking"),
        ("C", "hi my train from york to kings cross on saturday was ((dur:ninety three minutes)) late and the claim form keeps crashing"),
        ("A", "sorry about that i can log it for you what's the booking reference"),
        ("C", f"[[AC:{spell(ref)}]]"),
        ("A", f"thank you so that's [[AC:{nato(ref, 'plain')}]]"),
        ("C", "that's it"),
        ("A", "for a delay over ((dur:an hour)) you get ((pct:fifty percent)) of the single fare back so that's ((price:forty one pounds fifty)) what email should the confirmation go to"),
        ("C", "[[EM:hollie dot ashworth at gmail dot com]]"),
        ("A", "so that's [[EM:hollie dot ashworth at gmail dot com]] is that h o double l i e"),
        ("C", "yes that's it"),
        ("A", "thanks [[N:hollie]] the money should be with you within ((dur:twenty eight days))"),
    ]


@case("transcript")
def trv_car_hire(g):
    ra = g.pat("RA-99999999"); c = g.card("mc2"); m, y = g.exp(); cv = g.cvv()
    return [
        ("A", "Sunbelt Car Rental, this is [[N:Marisa]]. How can I help?"),
        ("C", f"Hi, I need to extend my rental by ((dur:three days)). The agreement number is [[AC:{ra}]]."),
        ("A", "Sure. Am I speaking with [[N:Bilal Qureshi]]?"),
        ("C", "Yes, that's me."),
        ("A", "Your ((model:Toyota RAV4)) was due back on ((date:May 12)) at ((time:10 a.m.)). The daily rate is ((price:$64.99)), but the card on file was declined. Do you have another card?"),
        ("C", f"Use this one: [[CARD:{t4(c)}]], expires [[EXP:{exp_t(m, y)}]], security code [[CVV:{cv}]]."),
        ("A", "Thank you, that's approved. The new return is ((time:noon)) on ((date:May 15))."),
    ]


@case("asr")
def trv_missing_miles(g):
    ff = g.dig(9); y, m, d = g.dob(1975, 1990)
    return [
        ("A", "skybridge club members line my name is [[N:anjali]] can i have your membership number"),
        ("C", f"[[AC:{sp(ff, dbl=True)}]]"),
        ("A", "and your surname please"),
        ("C", "[[N:oyelaran]] that's [[N:oscar yankee echo lima alpha romeo alpha november]]"),
        ("A", "thank you and your date of birth"),
        ("C", f"[[DOB:{dob_w(y, m, d, 'month_ord')}]]"),
        ("A", "great how can i help"),
        ("C", "i flew ((flt:s b four one nine)) out and ((flt:s b four two oh)) back last month and neither of them earned anything"),
        ("A", "i can see both they should have earned ((qty:three thousand two hundred miles)) between them i've added them and they'll post in ((dur:seventy two hours))"),
    ]


@case("transcript")
def trv_coach_booking(g):
    c = g.card("visa"); m, y = g.exp(); cv = g.cvv(); ref = g.pat("CX9999AA")
    return [
        ("A", "Good afternoon, Longhaul Coaches, [[N:Beatrix]] speaking."),
        ("C", "Hi, I'd like to book ((cnt:3)) seats from Cardiff to Manchester on the ((date:3rd))."),
        ("A", "There's the ((time:07:30)), which gets in at ((time:12:55)), or the ((time:13:00)). Adults are ((price:£24.50)) each."),
        ("C", "The early one. It's me, [[N:Imogen Ashdown]], and my ((cnt:two)) sons."),
        ("A", "Lovely. Can I take the card number?"),
        ("C", f"[[CARD#c:{groups(c[:8], [4, 4])}]]—sorry, one second, my son's asking me something—[[CARD#c:{groups(c[8:], [4, 4])}]]."),
        ("A", "No problem. Expiry date and security code?"),
        ("C", f"[[EXP:{exp_t(m, y)}]] and [[CVV:{cv}]]."),
        ("A", f"That's booked. Your reference is [[AC:{ref}]], and the tickets are on your phone. Please arrive ((dur:15 minutes)) before departure."),
    ]


@case("asr")
def trv_cruise_manifest(g):
    bk = g.dig(7); y, m, d = g.dob(1948, 1958); mob = g.uk_mobile()
    return [
        ("A", "hello thanks for calling azure horizon cruises [[N:viktor]] speaking"),
        ("C", "hello i need to give you my husband's details for the passenger list"),
        ("A", "of course what's the booking number"),
        ("C", f"[[AC:{sp(bk)}]]"),
        ("A", "thank you that's cabin ((oth:eight one four two)) sailing on the ((date:ninth of may)) and what's his full name"),
        ("C", "[[N:reginald]] [[N:oduya]]"),
        ("A", "and his date of birth as it is on his passport"),
        ("C", f"[[DOB:{dob_w(y, m, d)}]] he'll be ((oth:seventy five)) on the trip"),
        ("A", "lovely and an emergency contact who isn't travelling"),
        ("C", f"our daughter [[N:felicity]] her mobile is [[PH:{sp(mob, dbl=True)}]]"),
        ("A", "perfect the balance of ((price:two thousand one hundred and twelve pounds)) is due ((dur:eight weeks)) before you sail"),
    ]


@case("transcript")
def trv_holiday_refund(g):
    bk = g.pat("SV-999999"); n = g.num(1, 9)
    return [
        ("A", "Sunvale Holidays, [[N:Petra]] speaking."),
        ("C", f"Hi, this is [[N:Delroy Campbell]]. Our holiday to Tenerife was cancelled when the hotel closed, and I still haven't had my refund. Booking [[AC:{bk}]]."),
        ("A", "I'm sorry, Mr [[N:Campbell]]. I can see the refund of ((price:£2,380)) was approved on ((date:4 August)), but it went back to a card that had been replaced."),
        ("C", "So where's the money now?"),
        ("A", "It bounced back to us. I can send it by bank transfer instead. Can I email you a secure form?"),
        ("C", f"Yes, [[EM:delroy.campbell{n}@outlook.com]]."),
        ("A", "Sent. Once you fill it in, it takes ((dur:3 to 5 working days)). The flight would have been ((flt:TOM 4721)), so your ATOL protection covers all of it."),
        ("C", "Thanks, [[N:Petra]]."),
    ]


# ============================================================================ utilities
@case("asr")
def utl_meter_reading(g):
    acct = g.dig(10); hn = g.num(2, 199); pc = g.uk_pc("NG7")
    return [
        ("A", "good morning brightwater energy [[N:shanice]] speaking"),
        ("C", "morning i've had a bill for ((price:four hundred and twelve pounds)) and it's an estimate i want to give you a proper reading"),
        ("A", "no problem can i take your account number"),
        ("C", f"[[AC:{pairs(acct)}]]"),
        ("A", "and the first line of the address and the postcode"),
        ("C", f"[[ADDR:{house_w(hn)} mapperley rise]] [[PC:{pc_w(pc)}]]"),
        ("A", "thank you go ahead with the reading"),
        ("C", "day is ((oth:four seven three eight one)) and the night one is ((oth:two oh nine six six))"),
        ("A", "lovely that brings the bill down to ((price:two hundred and six pounds thirty)) i'll send a new one out"),
        ("C", "that's more like it"),
    ]


@case("transcript")
def utl_moving_in(g):
    hn = g.num(2, 120); pc = g.uk_pc("M20"); y, m, d = g.dob(1994, 2003); mob = g.uk_mobile()
    acct = g.pat("19999999")
    return [
        ("A", "Welcome to Greenlight Power, you're through to [[N:Dariusz]]. Are you moving home?"),
        ("C", "Yes, I moved into a flat on ((date:1 September)) and I think you supply it."),
        ("A", "Let's check. What's the address?"),
        ("C", f"[[ADDR:Flat 4, {hn} Wilmslow Road, Manchester]], [[PC:{pc}]]."),
        ("A", "Yes, that's one of ours. Can I take your full name and date of birth?"),
        ("C", f"[[N:Meenakshi Sundaram]], [[DOB:{dob_t(y, m, d, 'uk')}]]."),
        ("A", "And did you take a meter reading on the day you moved in?"),
        ("C", "I did: ((oth:18342))."),
        ("A", f"Perfect. Your new account number is [[AC:{acct}]]. What's the best email and phone number for you?"),
        ("C", f"[[EM:meenakshi.s@proton.me]] and [[PH:{ph_uk(mob)}]]."),
        ("A", "Thanks. You're on our standard tariff at ((price:24.5p)) per unit; you can switch to a fixed tariff any time in the next ((dur:30 days)) with no exit fee."),
    ]


@case("asr")
def utl_pay_overdue(g):
    acct = g.dig(10); c = g.card("mc"); m, y = g.exp(); cv = g.cvv()
    return [
        ("A", "hello you're through to [[N:benedict]] at clearflow water how can i help"),
        ("C", "i got a letter saying my water's going to be restricted if i don't pay so i want to pay it now"),
        ("A", "okay let's sort that out can you read me the number at the top right of the letter"),
        ("C", f"[[AC:{pairs(acct)}]]"),
        ("A", "thank you the balance is ((price:one hundred and eighty seven pounds forty)) are you paying all of it today"),
        ("C", "yes on my debit card"),
        ("A", "go ahead when you're ready"),
        ("C", f"[[CARD#c:{sp(c[:4])}]]"),
        ("A", "yep"),
        ("C", f"[[CARD#c:{sp(c[4:10])}]] um [[CARD#c:{sp(c[10:])}]]"),
        ("A", "and the expiry"),
        ("C", f"[[EXP:{exp_w(m, y, 'monthyear')}]]"),
        ("A", "and the last three digits on the signature strip"),
        ("C", f"[[CVV:{sp(cv)}]]"),
        ("A", f"was that [[CVV:{sp(cv)}]]"),
        ("C", "yes"),
        ("A", "that's gone through so there's no restriction and i've set up a plan of ((price:thirty two pounds a month)) for the next bill"),
    ]


@case("transcript")
def utl_bereavement(g):
    acct = g.pat("19999999"); hn = g.num(3, 90); pc = g.uk_pc("YO10"); ph = g.uk_geo()
    return [
        ("A", "Brightwater Energy bereavement team, my name's [[N:Ffion]]. Take your time."),
        ("C", "Thank you. My mum passed away last month. The account's in her name, [[N:Margaret Oyelowo]]."),
        ("A", "I'm very sorry. Do you have the account number?"),
        ("C", f"It's [[AC:{acct}]]. The house is [[ADDR:{hn} Heslington Lane, York]], [[PC:{pc}]]."),
        ("A", "Thank you. And can I take your name?"),
        ("C", "[[N:Folasade Oyelowo]]. I'm her daughter and the executor."),
        ("A", "Thank you, [[N:Folasade]]. I'll freeze the account so no more direct debits go out. Could you give us a meter reading from ((date:14 October))?"),
        ("C", "My brother [[N:Tayo]] took one that day; I'll ask him for it."),
        ("A", f"That's fine. We'll write to you within ((dur:10 working days)). Is [[PH:{ph_uk(ph)}]] the best number?"),
        ("C", "Yes, that's the house phone. I'm staying there for now."),
    ]


@case("asr")
def utl_start_service(g):
    ssn = g.ssn(); hn = g.num(100, 9999); zc = g.zip("TX"); y, m, d = g.dob(1980, 1998)
    return [
        ("A", "thank you for calling lone star electric this is [[N:cody]] are you starting new service"),
        ("C", "yes i'm moving into a rental on the ((date:first))"),
        ("A", "great what's the service address"),
        ("C", f"[[ADDR:{house_w(hn)} bluebonnet trail unit b austin]] texas [[PC:{sp(zc)}]]"),
        ("A", "and i'll need your social to see if a deposit is required"),
        ("C", f"[[SSN#s:{sp(ssn[:3])}]] uh [[SSN#s:{sp(ssn[3:])}]]"),
        ("A", "thanks and your date of birth"),
        ("C", f"[[DOB:{dob_w(y, m, d, 'month_num')}]]"),
        ("A", "okay no deposit needed what name should go on the account"),
        ("C", "[[N:alejandro]] [[N:fuentes]]"),
        ("A", "and an email for your bills"),
        ("C", "[[EM:alex fuentes eighty eight at gmail dot com]]"),
        ("A", "you're all set the power will be on by ((time:five p m)) that day"),
    ]


@case("transcript")
def utl_water_leak(g):
    hn = g.num(2, 99); ref = g.pat("LK-999-999"); ph = g.uk_mobile()
    return [
        ("C", "Hello, there's water bubbling up through the pavement outside my house, and it's been going since about ((time:6)) this morning."),
        ("A", "Thanks for reporting it. I'm [[N:Osian]]. Where is it exactly?"),
        ("C", f"Right outside my house, [[ADDR:{hn} Glanmor Road, Swansea]]. It's getting worse."),
        ("A", "Is your own water supply affected?"),
        ("C", "The pressure's very low. Mr [[N:Prosser]] next door says his is the same."),
        ("A", f"I've raised a job; the reference is [[AC:{ref}]]. A crew will be there within ((dur:four hours)). Can I take a contact number?"),
        ("C", f"[[PH:{ph_uk(ph)}]]."),
        ("A", "Thank you. Please don't try to dig or unblock anything yourself."),
        ("C", "I won't, don't worry."),
    ]


@case("asr")
def utl_prepay_key(g):
    key = g.dig(11)
    return [
        ("A", "you're through to the prepayment team [[N:lowri]] speaking"),
        ("C", "hi my electric's gone off and i can't get to the shop to top up till ((time:eight)) tonight and my little one's poorly"),
        ("A", "oh no okay let's get you some emergency credit what's the number on your key"),
        ("C", f"it's [[AC#k:{sp(key[:5])}]] hang on it's rubbed off a bit [[AC#k:{sp(key[5:])}]]"),
        ("A", "and your name"),
        ("C", "[[N:kayleigh]] [[N:mcbride]]"),
        ("A", "thanks [[N:kayleigh]] i've added ((price:fifteen pounds)) of emergency credit just press a then enter on the meter"),
        ("C", "it's come back on thank you so much"),
        ("A", "you'll pay it back at ((pct:twenty five percent)) of each top up so it won't all come off at once"),
    ]


@case("transcript")
def utl_direct_debit(g):
    acct = g.pat("GL-9999-9999"); n = g.num(1, 99)
    return [
        ("A", "Greenlight Power billing, you're speaking with [[N:Rashida]]."),
        ("C", f"Hello, I want to change my monthly payment. Account [[AC:{acct}]], [[N:Radek Novotný]]."),
        ("A", "Thanks, Mr [[N:Novotný]]. You're paying ((price:£142)) a month, and you're ((price:£310)) in credit."),
        ("C", "That's what I thought. Can it go down?"),
        ("A", "I can lower it to ((price:£118)) from ((date:1 December))."),
        ("C", "Yes please. And can I move the payment date to the ((date:28th))? That's when I get paid."),
        ("A", f"Done. I'll confirm all of that by email to [[EM:radek.novotny{n}@seznam.cz]]."),
        ("C", "Great, thank you."),
    ]


@case("asr")
def utl_boiler_service(g):
    hn = g.num(2, 99); pc = g.uk_pc("HU5"); acct = g.pat("HC99999")
    return [
        ("A", "homecare cover [[N:bronwen]] speaking how can i help"),
        ("C", "hiya my boiler's showing a fault and we've got no hot water"),
        ("A", "what make and model is it"),
        ("C", "it's a ((model:vitodens one hundred)) and it says ((oth:f four)) on the screen"),
        ("A", "okay that's usually the flame sensor can i take your agreement number"),
        ("C", f"[[AC:{spell(acct)}]]"),
        ("A", f"and you're at [[ADDR:{house_w(hn)} beverley road hull]] [[PC:{pc_w(pc)}]]"),
        ("C", "that's right"),
        ("A", "an engineer called [[N:stelian]] can come tomorrow between ((time:eight)) and ((time:one))"),
        ("C", "brilliant i'll be in all day"),
    ]


# ============================================================================ healthcare admin
@case("transcript")
def hc_gp_appointment(g):
    nhs = g.pat("999 999 9999"); y, m, d = g.dob(1941, 1960)
    return [
        ("A", "Parkside Medical Centre, [[N:Joanne]] speaking."),
        ("C", "Hello, I'm calling for my father, [[N:Harbhajan Singh Gill]]. He needs an appointment about his blood pressure tablets."),
        ("A", "Can I take his date of birth, please?"),
        ("C", f"[[DOB:{dob_t(y, m, d, 'long_uk')}]]."),
        ("A", "Thank you. Is he happy for you to speak on his behalf?"),
        ("C", f"Yes, he's sitting right here. His NHS number is [[AC:{nhs}]] if that helps."),
        ("A", "That's fine. Dr [[N:Abernethy]] has a telephone appointment at ((time:10:40)) on Thursday, or a face-to-face at ((time:3:15)) next week."),
        ("C", "Face to face, please. He's ((oth:84)) and he doesn't hear well on the phone."),
        ("A", "Of course. Please bring his blood pressure readings from the last ((dur:two weeks))."),
    ]


@case("asr")
def hc_hospital_bill(g):
    pa = g.dig(8); y, m, d = g.dob(1965, 1985); c = g.card("visa"); em, ey = g.exp(); cv = g.cvv()
    ssn = g.ssn()
    return [
        ("A", "st brendan's patient billing this is [[N:tamika]] can i have the patient account number from your statement"),
        ("C", f"[[AC:{pairs(pa)}]]"),
        ("A", "and the patient's date of birth"),
        ("C", f"[[DOB:{dob_w(y, m, d, 'digits')}]]"),
        ("A", "and the last four of the guarantor's social"),
        ("C", f"that's me [[SSN:{sp(ssn[-4:], 'zero')}]]"),
        ("A", "thank you i show a balance of ((price:six hundred forty two dollars eighteen cents)) after insurance"),
        ("C", "can i split that up"),
        ("A", "yes we can do ((cnt:six)) monthly payments of ((price:a hundred and seven dollars three cents)) do you want to make the first one today"),
        ("C", f"yeah put it on my card [[CARD:{sp(c, 'zero', dbl=True)}]]"),
        ("A", "expiration date"),
        ("C", f"[[EXP:{exp_w(em, ey, 'digits', 'zero')}]]"),
        ("A", "and the cvv"),
        ("C", f"[[CVV:{sp(cv)}]]"),
        ("A", "okay the first payment's done and the next one comes out on the ((date:fifteenth)) of every month"),
    ]


@case("transcript")
def hc_pharmacy_refill(g):
    rx = g.pat("1999999"); y, m, d = g.dob(1950, 1975); ph = g.us_phone()
    return [
        ("I", "Thank you for calling Cornerstone Pharmacy. To refill a prescription, say or enter the prescription number."),
        ("C", f"[[AC:{rx}]]"),
        ("I", "Please say the patient's date of birth."),
        ("C", f"[[DOB:{dob_t(y, m, d, 'us_short')}]]"),
        ("I", "Your prescription for lisinopril ((qty:20 mg)), ((cnt:90)) tablets, will be ready after ((time:4 p.m.)) today. To speak to a pharmacist, say pharmacist."),
        ("C", "Pharmacist."),
        ("A", "Hi, this is [[N:Renée]], one of the pharmacists. How can I help?"),
        ("C", "Hi, this is [[N:Carol Whitfield]]. My doctor increased the dose last week, so it should be ((qty:40 mg)) now."),
        ("A", f"I don't see a new prescription yet. I'll call Dr [[N:Farouk]]'s office and text you at [[PH:{ph_us(ph, 'dash')}]] when it's ready. Is that the best number?"),
        ("C", "Yes, that's my cell."),
    ]


@case("asr")
def hc_dentist(g):
    y, m, d = g.dob(1988, 2000); mob = g.uk_mobile()
    return [
        ("A", "good morning smile studio dental [[N:chantelle]] speaking"),
        ("C", "hi i've cracked a tooth and it's really sore have you got anything today"),
        ("A", "are you registered with us"),
        ("C", "yeah it's [[N:sanjay]] [[N:bhattacharya]]"),
        ("A", "and what's your date of birth"),
        ("C", f"[[DOB:{dob_w(y, m, d, 'digits_uk')}]]"),
        ("A", "okay [[N:sanjay]] we've got an emergency slot at ((time:two forty)) with mister [[N:haddad]]"),
        ("C", "i'll take it how much will it be"),
        ("A", f"it's ((price:twenty seven pounds forty)) for the emergency appointment and can i check your mobile is still [[PH:{sp(mob[:5])} {sp(mob[5:8])} {sp(mob[8:])}]]"),
        ("C", "yeah that's still right"),
    ]


@case("transcript")
def hc_lab_results(g):
    mrn = g.dig(8); y, m, d = g.dob(1960, 1990)
    return [
        ("A", "Lakeview Clinic, this is [[N:Yolanda]]."),
        ("C", "Hi, I'm calling about my blood test results. I had them done on the ((date:3rd))."),
        ("A", "Sure. Can I have your full name and date of birth?"),
        ("C", f"[[N:Hyun-woo Park]], [[DOB:{dob_t(y, m, d, 'us')}]]."),
        ("A", f"Thank you. I have medical record number [[AC:{mrn}]]. Your results came back yesterday, and Dr [[N:Lindgren]] has reviewed them."),
        ("C", "Is everything okay?"),
        ("A", "Your cholesterol is slightly high at ((oth:212)), and she'd like to see you in ((dur:three months)). Everything else is normal. The full report is in your portal."),
        ("C", "I can't log in to the portal. Can you reset it?"),
        ("A", "I'll send a reset link to [[EM:hwpark@lakemail.net]]. It expires after ((dur:24 hours))."),
    ]


@case("asr")
def hc_patient_transport(g):
    hosp = g.pat("A999999"); hn = g.num(2, 199); pc = g.uk_pc("ST4")
    return [
        ("A", "patient transport bookings [[N:darren]] speaking"),
        ("C", "hello i need to book transport for my wife's dialysis she can't manage the bus anymore"),
        ("A", "of course what's her name and hospital number"),
        ("C", f"[[N:dorota]] [[N:kaminska]] and the number's [[AC:{spell(hosp)}]]"),
        ("A", "thank you and where are we collecting her from"),
        ("C", f"[[ADDR:{house_w(hn)} trentham road stoke]] [[PC:{pc_w(pc)}]]"),
        ("A", "okay her sessions are ((cnt:three)) times a week at ((time:seven thirty)) so we'll collect her about ((dur:an hour)) before does she need a wheelchair"),
        ("C", "yes she does and i'd like to go with her"),
        ("A", "that's fine one escort is allowed i've booked it from the ((date:sixth))"),
    ]


@case("transcript")
def hc_records_request(g):
    ssn = g.ssn(); y, m, d = g.dob(1970, 1992); hn = g.num(100, 9999); zc = g.zip("CO")
    return [
        ("A", "Medical Records, Front Range Health. This is [[N:Trevor]]."),
        ("C", "Hi. I'm switching doctors and I need my records sent over. My name's [[N:Itzel Ramírez]]."),
        ("A", "I can help. To verify your identity, I need your date of birth and Social Security number."),
        ("C", f"[[DOB:{dob_t(y, m, d, 'us')}]], and the Social is [[SSN:{ssn[:3]} {ssn[3:5]} {ssn[5:]}]]."),
        ("A", "Thank you. Which practice are they going to?"),
        ("C", "Boulder Family Medicine. Their fax number is on the form I'll send you."),
        ("A", f"Okay. We need a signed release first. I'll mail one to [[ADDR:{hn} Arapahoe Avenue, Boulder]], CO [[PC:{zc}]]. Is that current?"),
        ("C", "Yes, that's still my address."),
        ("A", "Records go out within ((dur:30 days)), usually much sooner. There's no charge for the first ((cnt:50)) pages."),
    ]


@case("asr")
def hc_optician(g):
    ordn = g.pat("OP99999"); c = g.card("visa"); m, y = g.exp(); cv = g.cvv()
    return [
        ("A", "clearview opticians [[N:iris]] speaking"),
        ("C", "hi i ordered some varifocals ((dur:three weeks)) ago and i still haven't heard anything"),
        ("A", "sorry about that can i take your name"),
        ("C", "[[N:baptiste]] [[N:lefebvre]]"),
        ("A", f"thanks i've got your order [[AC:{spell(ordn)}]] the frames are the ((model:r b five one five four))"),
        ("C", "yeah those"),
        ("A", "the lenses came back from the lab with a scratch so they've been remade they'll be here on thursday and there's ((price:sixty five pounds)) left to pay"),
        ("C", f"can i pay that now it's [[CARD#c:{sp(c[:8])}]] sorry my phone's about to die [[CARD#c:{sp(c[8:])}]]"),
        ("A", "got it expiry and security number"),
        ("C", f"[[EXP:{exp_w(m, y, 'month')}]] and [[CVV:{sp(cv)}]]"),
        ("A", "that's paid we'll email you when they're in is it still [[EM:b lefebvre at orange dot fr]]"),
        ("C", "yes that's the one"),
    ]


@case("transcript")
def hc_therapy_referral(g):
    y, m, d = g.dob(1996, 2004); mob = g.uk_mobile(); ref = g.pat("TT-99999")
    return [
        ("A", "Talking Therapies self-referral line, this is [[N:Miriam]]. Is now a good time to talk?"),
        ("C", "Yes. I'm [[N:Jayden Asante]]. My GP said I could refer myself."),
        ("A", "You can. Can I take your date of birth and a mobile number?"),
        ("C", f"[[DOB:{dob_t(y, m, d, 'ord_of')}]], and it's [[PH:{ph_uk(mob)}]]."),
        ("A", "Thank you. Is it okay to leave voicemails on that number?"),
        ("C", "Yes, nobody else uses my phone."),
        ("A", f"Your referral number is [[AC:{ref}]]. An assessment call usually happens within ((dur:four weeks)), and it takes about ((dur:45 minutes))."),
        ("C", "Okay. Thank you, [[N:Miriam]]."),
    ]


# ============================================================================ public services
@case("asr")
def pub_council_tax(g):
    acct = g.dig(10); fl = g.num(1, 9); hn = g.num(2, 99); pc = g.uk_pc("SA1")
    return [
        ("A", "council tax team [[N:aled]] speaking"),
        ("C", "hi i live on my own now my partner's moved out so i want the single person discount"),
        ("A", "okay can i have your council tax account number"),
        ("C", f"[[AC:{sp(acct, dbl=True)}]]"),
        ("A", "and the property address"),
        ("C", f"[[ADDR:flat {nw(fl)} {house_w(hn)} walter road swansea]] [[PC:{pc_w(pc)}]]"),
        ("A", "and your name"),
        ("C", "[[N:catrin]] [[N:morgan]]"),
        ("A", "thank you [[N:catrin]] the property's in band ((oth:c)) so the discount is ((pct:twenty five percent)) which takes the bill from ((price:one thousand six hundred and forty pounds)) to ((price:one thousand two hundred and thirty))"),
        ("C", "and does that start from when he left"),
        ("A", "yes if you tell me the date he moved out"),
        ("C", "the ((date:second of march))"),
    ]


@case("transcript")
def pub_parking_pcn(g):
    pcn = g.pat("AB19999999"); c = g.card("visa"); m, y = g.exp(); cv = g.cvv(); rc = g.pat("19999999")
    return [
        ("I", "You have reached the parking services payment line. Please say or enter the ((cnt:10))-character penalty charge notice number."),
        ("C", f"[[AC:{pcn}]]"),
        ("I", "Thank you. This penalty is ((price:£35)) if paid by ((date:19 June)). After that it rises to ((price:£70)). To pay now, say your card number."),
        ("C", f"[[CARD:{t4(c)}]]"),
        ("I", "Expiry date?"),
        ("C", f"[[EXP:{exp_t(m, y)}]]"),
        ("I", "And the security code from the back of your card."),
        ("C", f"[[CVV:{cv}]]"),
        ("I", f"Payment accepted. Your receipt number is [[AC:{rc}]]. Goodbye."),
    ]


@case("asr")
def pub_benefits_address(g):
    ssn = g.ssn(); y, m, d = g.dob(1944, 1958); hn = g.num(100, 9999); zc = g.zip("FL"); ph = g.us_phone()
    return [
        ("A", "social security administration this is [[N:derrick]] how can i help you"),
        ("C", "i need to change my address for my retirement checks i moved in with my daughter"),
        ("A", "okay i'll need your social security number"),
        ("C", f"[[SSN:{sp(ssn[:3])} {sp(ssn[3:5])} {sp(ssn[5:])}]]"),
        ("A", "and your full name and date of birth"),
        ("C", f"[[N:gloria]] [[N:espinoza]] [[DOB:{dob_w(y, m, d, 'month_ord')}]]"),
        ("A", f"thank you ms [[N:espinoza]] that's the number ending [[SSN:{sp(ssn[-4:])}]] what's the new address"),
        ("C", f"[[ADDR:{house_w(hn)} southwest eighth street apartment twelve c miami]] florida [[PC:{sp(zc)}]]"),
        ("A", "and a phone number there"),
        ("C", f"[[PH:{sp(ph)}]]"),
        ("A", "that's updated and your ((date:june)) payment will go to the new address"),
    ]


@case("transcript")
def pub_tax_refund(g):
    ssn = g.ssn()
    return [
        ("A", "Department of Revenue, taxpayer services. My name is [[N:Annette]]. How can I help?"),
        ("C", "Hi, I filed my ((yr:2023)) state return in ((date:February)) and I still haven't received my refund."),
        ("A", "I can check that. What's the Social Security number on the return?"),
        ("C", f"[[SSN:{ssn}]]."),
        ("A", "And the name on the return?"),
        ("C", "[[N:Nikolaos Andreou]]."),
        ("A", "Thank you. The refund of ((price:$1,284)) was held because your ((yr:2022)) return showed a balance due of ((price:$212)). The difference, ((price:$1,072)), was released on ((date:March 28))."),
        ("C", "I never got it."),
        ("A", "It went out as a paper check. If it doesn't arrive in ((dur:10 business days)), call back and we'll reissue it."),
    ]


@case("asr")
def pub_missed_bins(g):
    hn = g.num(2, 199); pc = g.uk_pc("BD7")
    return [
        ("A", "hello waste services [[N:naheed]] speaking"),
        ("C", "hiya our bins haven't been emptied for ((dur:two weeks)) now and the whole street's the same"),
        ("A", "sorry about that what's your address"),
        ("C", f"[[ADDR:{house_w(hn)} great horton road bradford]] [[PC:{pc_w(pc)}]]"),
        ("A", "thank you there's been a crew shortage your collection's rescheduled for saturday between ((time:seven a m)) and ((time:three p m))"),
        ("C", "and what about the extra bags we've got ((qty:four)) bags of recycling"),
        ("A", "that's fine leave them next to the bin this once can i take your name for the report"),
        ("C", "[[N:zainab]] [[N:hussain]]"),
    ]


@case("transcript")
def pub_library(g):
    lib = g.pat("2999 9999 9999")
    return [
        ("A", "Central Library, [[N:Wendell]] speaking."),
        ("C", "Hi. I've got ((cnt:four)) books that are overdue, and now my card's been blocked."),
        ("A", "Can I have your library card number?"),
        ("C", f"It's [[AC:{lib}]]."),
        ("A", "Thank you, Ms [[N:Tan]]. The fines come to ((price:$6.40)). We can waive them if you bring the books back within ((dur:7 days))."),
        ("C", "That's great. Can you change the email on my account too? It's [[EM:lina.tan@fastmail.com]] now."),
        ("A", "Updated. You'll get a reminder email ((dur:three days)) before anything is due."),
    ]


@case("asr")
def pub_passport(g):
    ref = g.dig(10); y, m, d = g.dob(1985, 2003)
    return [
        ("A", "passport advice line [[N:gordon]] speaking"),
        ("C", "hi i applied ((dur:seven weeks)) ago and i'm flying on the ((date:twenty ninth)) it's ((flt:f r four eight one two)) to malaga and i'm getting really worried"),
        ("A", "can i have the application reference it's the long number on your receipt"),
        ("C", f"[[AC#r:{pairs(ref[:4])}]] um [[AC#r:{pairs(ref[4:])}]]"),
        ("A", "can i take your full name and your date of birth"),
        ("C", f"[[N:nia]] [[N:kaur-bennett]] [[DOB:{dob_w(y, m, d)}]]"),
        ("A", "thank you it's been approved and it's being printed now you'll have it within ((dur:five working days))"),
        ("C", "oh thank god"),
    ]


@case("transcript")
def pub_road_test(g):
    y, m, d = g.dob(2007, 2008); ph = g.us_phone(); conf = g.pat("AA-999999")
    return [
        ("A", "State Motor Vehicles appointment line, this is [[N:Kendra]]."),
        ("C", "Hi, I need to book a road test for my son. He's ((oth:17)) and he's had his permit for ((dur:six months))."),
        ("A", "What's his name and date of birth?"),
        ("C", f"[[N:Mateo Gutiérrez]], [[DOB:{dob_t(y, m, d, 'us_short')}]]."),
        ("A", "The first opening is ((date:July 9)) at ((time:2:45 p.m.)) at the Eastside office."),
        ("C", f"We'll take it. Can you text the details to [[PH:{ph_us(ph, 'paren')}]]?"),
        ("A", f"Yes. The confirmation number is [[AC:{conf}]]. Bring a car with valid insurance and arrive ((dur:15 minutes)) early."),
    ]


# ============================================================================ housing
@case("asr")
def hou_damp_repair(g):
    ten = g.pat("T999999"); fl = g.num(11, 48); pc = g.uk_pc("SE15"); mob = g.uk_mobile()
    return [
        ("A", "riverside homes repairs line [[N:marcia]] speaking"),
        ("C", "hi there's black mould all over my son's bedroom wall and it's getting worse"),
        ("A", "i'm sorry to hear that can i have your tenancy reference"),
        ("C", f"[[AC:{spell(ten)}]]"),
        ("A", f"so that's [[ADDR:flat {nw(fl)} cossall walk peckham]] [[PC:{pc_w(pc)}]] and you're [[N:blessing]] [[N:adeyemi]]"),
        ("C", "yeah that's me"),
        ("A", f"thanks [[N:blessing]] i'm booking a damp surveyor they'll come within ((dur:ten working days)) and ring you first on [[PH:{sp(mob, 'zero')}]]"),
        ("C", "yes that's my number the lady downstairs [[N:esther]] has the same problem"),
        ("A", "ask her to ring us as well and we'll try to get you both done on the same day"),
    ]


@case("transcript")
def hou_rent_arrears(g):
    ra = g.pat("RA/199999"); c = g.card("mc"); m, y = g.exp(); cv = g.cvv()
    return [
        ("A", "Harbourgate Housing, income team. This is [[N:Simone]]."),
        ("C", f"Hi, it's [[N:Abdirahman Warsame]]. I got a letter about rent arrears. My rent account is [[AC:{ra}]]."),
        ("A", "Thank you. You're ((price:£486.20)) behind, which is about ((dur:two weeks)) of rent. Your Universal Credit payment was late in ((date:May))."),
        ("C", "I know. I can pay ((price:£200)) now and the rest on the ((date:15th))."),
        ("A", "That works. Go ahead with the card number when you're ready."),
        ("C", f"[[CARD#c:{groups(c[:8], [4, 4])}]]..."),
        ("A", "Yes?"),
        ("C", f"Sorry, I'm reading it off the back of my phone case. [[CARD#c:{groups(c[8:], [4, 4])}]]."),
        ("A", f"So, [[CARD:{t4(c)}]]. Expiry and the three-digit code?"),
        ("C", f"[[EXP:{exp_t(m, y, 'mm/yy')}]], [[CVV:{cv}]]."),
        ("A", "Thank you. That's ((price:£200)) paid, and I've noted the arrangement for the rest."),
    ]


@case("asr")
def hou_mortgage_holiday(g):
    loan = g.dig(10); ssn = g.ssn()
    return [
        ("A", "thank you for calling keystone home loans my name is [[N:tyrone]] can i get your loan number"),
        ("C", f"[[AC:{sp(loan[:5])}]] wait no that's the old one sorry [[AC:{sp(loan, 'zero')}]]"),
        ("A", "got it and the last four of your social"),
        ("C", f"[[SSN:{sp(ssn[-4:])}]]"),
        ("A", "thank you how can i help"),
        ("C", "i got laid off last month and i'm not gonna be able to make the payment on the ((date:first))"),
        ("A", "i'm sorry to hear that we can offer a forbearance of up to ((dur:three months)) your rate stays at ((pct:six point two five percent))"),
        ("C", "okay and then what we've been in the house since ((yr:twenty sixteen)) i don't want to lose it"),
        ("A", "you won't at the end we'll look at adding the missed payments to the back of the loan"),
    ]


@case("transcript")
def hou_holding_deposit(g):
    c = g.card("visa"); m, y = g.exp(); cv = g.cvv(); mob = g.uk_mobile(); n = g.num(1, 99)
    return [
        ("A", "Hollins & Reed Lettings, [[N:Priyanka]] speaking."),
        ("C", "Hi, I viewed the two-bed on Alder Street yesterday and I'd like to go ahead. I'm [[N:Tobias Hale-Moreno]]."),
        ("A", "Great news. To take it off the market we need a holding deposit of one week's rent, which is ((price:£253.84))."),
        ("C", f"Fine. Can I pay by card? It's [[CARD:{t4(c)}]]."),
        ("A", "Yes. Expiry and CVV?"),
        ("C", f"[[EXP:{exp_t(m, y, 'mm/yyyy')}]] and [[CVV:{cv}]]."),
        ("A", f"Thank you. We'll run the referencing now. I'll send the forms to your email; what's the address?"),
        ("C", f"[[EM:tobias.hm{n}@icloud.com]]. And my mobile is [[PH:{ph_uk(mob, plus=True)}]] if they need to call."),
        ("A", "Perfect. Referencing usually takes ((dur:5 to 10 working days)), and the move-in date would be ((date:1 March))."),
    ]


@case("asr")
def hou_viewing(g):
    mob = g.uk_mobile()
    return [
        ("A", "morning castlegate estates [[N:jake]] speaking"),
        ("C", "hi i saw the three bed semi on your website the one for ((price:two hundred and sixty five thousand)) is it still available"),
        ("A", "it is yeah it's had ((cnt:three)) viewings this week can i take your name"),
        ("C", "[[N:miles]] [[N:okonjo]]"),
        ("A", "thanks [[N:miles]] are you in a chain"),
        ("C", "no we're first time buyers we've got a ((pct:ten percent)) deposit and a mortgage in principle"),
        ("A", "lovely i can do saturday at ((time:eleven fifteen)) or ((time:half two)) which is better"),
        ("C", "the morning one please"),
        ("A", "and the best number and email for you"),
        ("C", f"[[PH:{sp(mob[:5], dbl=True)} {sp(mob[5:], dbl=True)}]] and it's [[EM:miles okonjo at live dot co dot uk]]"),
        ("A", "great it's about ((qty:twenty miles)) from the station so give yourself time"),
    ]


@case("transcript")
def hou_us_lease(g):
    ssn = g.ssn(); y, m, d = g.dob(1990, 2001); hn = g.num(100, 9999); zc = g.zip("IL"); ph = g.us_phone()
    c = g.card("disc"); em, ey = g.exp(); cv = g.cvv()
    return [
        ("A", "Lakefront Residential leasing office, this is [[N:Brittany]]. Are you calling about the application?"),
        ("C", "Yes, for unit ((oth:4C)) at the Marlowe. I'm [[N:Oluwadamilare Bankole]]. My friends call me [[N:Dami]]."),
        ("A", "Hi, [[N:Dami]]. I need your date of birth and Social for the background check."),
        ("C", f"[[DOB:{dob_t(y, m, d, 'us')}]], and [[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        ("A", "And your current address?"),
        ("C", f"[[ADDR:{hn} North Clark Street, Apt 2R, Chicago]], IL [[PC:{zc}]]."),
        ("A", f"Thanks. The application fee is ((price:$55)). Do you want to pay by card?"),
        ("C", f"Sure, it's a Discover: [[CARD#c:{c[:4]} {c[4:8]}]], um, [[CARD#c:{c[8:12]} {c[12:]}]]. Expires [[EXP:{exp_t(em, ey, 'm/yy')}]], code [[CVV:{cv}]]."),
        ("A", f"Got it. We'll email the lease and text you at [[PH:{ph_us(ph, 'dot')}]] once it's approved, usually within ((dur:48 hours))."),
    ]


@case("asr")
def hou_no_heating(g):
    return [
        ("A", "good evening this is the out of hours line for parkway lettings [[N:sunita]] speaking"),
        ("C", "hi the heating's been off since yesterday and it's ((oth:twelve degrees)) in the flat i've got a newborn"),
        ("A", "that's not okay let me get someone out who's your landlord"),
        ("C", "mister [[N:pemberton]] no sorry that's the old one it's [[N:rafael]] [[N:montoya]] now"),
        ("A", "okay i've got the property up the boiler's a ((model:worcester greenstar thirty c d i))"),
        ("C", "yeah i think so"),
        ("A", "i'm sending our engineer [[N:gary]] he'll be with you within ((dur:four hours)) and i'll drop off ((qty:two)) electric heaters tonight"),
        ("C", "thank you so much"),
    ]


@case("transcript")
def hou_housing_register(g):
    ref = g.pat("HR-999999"); y, m, d = g.dob(1986, 1996)
    return [
        ("A", "Housing Options, you're speaking with [[N:Eilidh]]."),
        ("C", f"Hello, I'm on the housing register and I want to update my details. My reference is [[AC:{ref}]]."),
        ("A", "Thank you. Can you confirm your name and date of birth?"),
        ("C", f"[[N:Selam Tesfaye]], [[DOB:{dob_t(y, m, d, 'long_uk')}]]."),
        ("A", "What's changed?"),
        ("C", "I had a baby in ((date:January)), so we're now ((cnt:four)) in a one-bedroom flat."),
        ("A", "Congratulations. That moves you to a ((cnt:three))-bedroom need and raises your priority band. You've been on the list since ((yr:2021)), which also counts."),
        ("C", "How long is the wait now?"),
        ("A", "Honestly, for a three-bed it's between ((dur:18 months)) and ((dur:two years)) at the moment."),
    ]


# ============================================================================ education
@case("transcript")
def edu_tuition_payment(g):
    sid = g.pat("U19999999"); c = g.card("mc2"); m, y = g.exp(); cv = g.cvv(); n = g.num(1, 99)
    return [
        ("A", "Student Accounts, Westfield State University. This is [[N:Jordan]]."),
        ("C", f"Hi, I need to pay the rest of my spring tuition. My student ID is [[AC:{sid}]]."),
        ("A", "Thanks. Is this [[N:Chayton Redcloud]]?"),
        ("C", "Yes."),
        ("A", "The balance is ((price:$3,418.50)), due ((date:January 31)). Paying by card adds a ((pct:2.85%)) service fee."),
        ("C", f"That's fine. [[CARD:{t4(c)}]], expiring [[EXP:{exp_t(m, y, 'mm/yy')}]], and the code is [[CVV:{cv}]]."),
        ("A", f"Let me repeat that: [[CARD:{t4(c, '-')}]], [[EXP:{exp_t(m, y, 'mm/yy')}]], [[CVV:{cv}]]. Correct?"),
        ("C", "Correct."),
        ("A", f"Done. The receipt will go to your student email, [[EM:credcloud{n}@westfield.edu]]."),
    ]


@case("asr")
def edu_school_admission(g):
    y, m, d = g.dob(2013, 2014); hn = g.num(2, 199); pc = g.uk_pc("LE2")
    return [
        ("A", "school admissions [[N:parveen]] speaking"),
        ("C", "hi i'm calling about a secondary school place for my daughter she starts year ((oth:seven)) in ((date:september))"),
        ("A", "okay what's her name"),
        ("C", "[[N:amara]] [[N:nwachukwu]]"),
        ("A", "and her date of birth"),
        ("C", f"[[DOB:{dob_w(y, m, d)}]]"),
        ("A", "and your home address"),
        ("C", f"[[ADDR:{house_w(hn)} london road leicester]] [[PC:{pc_w(pc)}]]"),
        ("A", "thank you the deadline for applications is the ((date:thirty first of october)) and you can list up to ((cnt:three)) schools"),
        ("C", "and we'll hear back when"),
        ("A", "offers go out on the ((date:first of march))"),
    ]


@case("transcript")
def edu_student_loan(g):
    ssn = g.ssn(); ln = g.pat("99-99999999")
    return [
        ("A", "Thank you for calling Horizon Student Loan Servicing. This is [[N:Cheyenne]]. May I have your Social Security number?"),
        ("C", f"[[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]]."),
        ("A", "Thank you. And your name?"),
        ("C", "[[N:Emeka Eze-Harrington]]."),
        ("A", f"Thank you, Mr [[N:Eze-Harrington]]. I see loan account [[AC:{ln}]] and the Social ending in [[SSN:{ssn[-4:]}]]. How can I help?"),
        ("C", "I graduated in ((yr:2018)) and I work for a nonprofit now. I want to know about income-driven repayment."),
        ("A", "Your current payment is ((price:$412)) a month at ((pct:5.05%)). On an income-driven plan it would be about ((pct:10%)) of your discretionary income, so probably closer to ((price:$180))."),
        ("C", "That would make a big difference."),
        ("A", "I'll send the form. It takes about ((dur:20 minutes)) to complete online."),
    ]


@case("asr")
def edu_course_enrolment(g):
    sn = g.dig(8)
    return [
        ("A", "student hub [[N:oliwia]] speaking how can i help"),
        ("C", "hi i'm trying to enrol on the ((oth:psy two oh four)) module but it says it's full"),
        ("A", "can i have your student number"),
        ("C", f"[[AC:{sp(sn, dbl=True)}]]"),
        ("A", "thank you and your university email"),
        ("C", "[[EM:f dot adebayo at students dot ashcombe dot ac dot uk]]"),
        ("A", "thanks [[N:folake]] it's capped at ((cnt:sixty)) students but there's a waiting list and you're number ((oth:four)) on it"),
        ("C", "how many credits is it"),
        ("A", "it's ((cnt:twenty)) credits and the waiting list closes at ((time:five o'clock)) on friday"),
    ]


@case("transcript")
def edu_exam_resit(g):
    cand = g.pat("9999"); centre = g.pat("19999"); c = g.card("visa"); m, y = g.exp(); cv = g.cvv()
    return [
        ("A", "Exams office, Brackenfield College. [[N:Hilary]] speaking."),
        ("C", "Hi, I need to book a resit for GCSE maths. I failed it last summer with a ((oth:3))."),
        ("A", f"Okay. Can I have your name and your candidate number from last year?"),
        ("C", f"[[N:Kacper Wiśniewski]], candidate number [[AC:{cand}]], centre ((oth:{centre}))."),
        ("A", "Thanks, [[N:Kacper]]. The resit is on ((date:5 November)) at ((time:9 a.m.)) in room ((oth:B14)). The entry fee for external candidates is ((price:£48))."),
        ("C", f"Can I pay by card now? [[CARD:{t4(c)}]]."),
        ("A", "Yes. What's the expiry date and the security code?"),
        ("C", f"[[EXP:{exp_t(m, y, 'mm/yy')}]] and [[CVV:{cv}]]."),
        ("A", "That's paid. Please bring photo ID on the day and arrive ((dur:30 minutes)) early."),
    ]


@case("asr")
def edu_school_trip(g):
    c = g.card("mc"); m, y = g.exp(); cv = g.cvv()
    return [
        ("A", "good morning saint aidan's primary school office [[N:denise]] speaking"),
        ("C", "hi i'm ringing to pay for the year ((oth:four)) trip to the science museum the online thing won't let me"),
        ("A", "no problem which child is it for"),
        ("C", "[[N:lucas]] [[N:okafor-reyes]] in miss [[N:pennington]]'s class"),
        ("A", "lovely that's ((price:eighteen pounds fifty)) and i can take a card over the phone"),
        ("C", f"okay [[CARD#c:{sp(c[:4])}]]"),
        ("A", "mm-hmm"),
        ("C", f"[[CARD#c:{pairs(c[4:8])}]]"),
        ("A", "go on"),
        ("C", f"[[CARD#c:{sp(c[8:12], 'zero')}]] and then [[CARD#c:{sp(c[12:])}]]"),
        ("A", "and the expiry date and the three digits on the back"),
        ("C", f"[[EXP:{exp_w(m, y, 'single', 'zero')}]] and [[CVV:{sp(cv, 'zero')}]]"),
        ("A", "all done the coach leaves at ((time:eight forty five)) so they need to be in by ((time:eight thirty))"),
    ]


@case("transcript")
def edu_nursery_hours(g):
    acct = g.pat("NC-19999")
    return [
        ("A", "Little Acorns Nursery, [[N:Bethany]] speaking."),
        ("C", "Hi, it's [[N:Hazel Mbeki]], [[N:Zuri]]'s mum. I want to change her days from September."),
        ("A", "Of course. She's doing ((cnt:three)) full days at the moment, Monday to Wednesday."),
        ("C", "Could she do ((cnt:four)) mornings instead, ((time:8)) till ((time:1))?"),
        ("A", "We can do that. With the ((dur:30 hours)) funding, you'd only pay for lunch, ((price:£3.75)) a day."),
        ("C", f"That's great. Is the account still [[AC:{acct}]]?"),
        ("A", "Yes, and I'll update the invoice from ((date:2 September)). Her keyworker [[N:Magdalena]] will be pleased; she loves having her."),
    ]


@case("asr")
def edu_transcript_request(g):
    ssn = g.ssn(); y, m, d = g.dob(1985, 1991); hn = g.num(100, 9999); zc = g.zip("OR")
    return [
        ("A", "office of the registrar this is [[N:marcy]] how can i help you"),
        ("C", "hi i need an official transcript sent to a grad school i graduated back in ((yr:two thousand and nine))"),
        ("A", "no problem can i get your name at the time you attended"),
        ("C", "it was [[N:jessamyn]] [[N:kowal]] it's [[N:jessamyn]] [[N:tran]] now"),
        ("A", "and your date of birth and the last four of your social"),
        ("C", f"[[DOB:{dob_w(y, m, d, 'month_num')}]] and [[SSN:{sp(ssn[-4:])}]]"),
        ("A", "okay found you do you want it sent electronically or mailed"),
        ("C", "electronically to the school and a paper copy mailed to me"),
        ("A", "what's your mailing address"),
        ("C", f"[[ADDR:{house_w(hn)} southeast hawthorne boulevard portland]] [[PC:{sp(zc)}]]"),
        ("A", "and an email for the receipt"),
        ("C", "[[EM:jess tran at hey dot com]]"),
        ("A", "[[EM:jess tran at hey dot com]] got it"),
        ("C", "yep"),
        ("A", "that's ((price:fifteen dollars)) for the pair and they'll go out in ((dur:three to five business days))"),
    ]


@case("asr")
def tel_prepaid_topup(g):
    mob = g.uk_mobile(); c = g.card("visa"); m, y = g.exp(); cv = g.cvv()
    return [
        ("I", "welcome to skyline top up please say the mobile number you want to top up"),
        ("C", f"[[PH:{sp(mob, dbl=True)}]]"),
        ("I", "how much would you like to add you can say ((price:ten)) ((price:twenty)) or ((price:thirty pounds))"),
        ("C", "the twenty please"),
        ("I", "please say your card number"),
        ("C", f"[[CARD:{groups(c, [4, 4, 2, 6])}]]"),
        ("I", f"i heard [[CARD:{sp(c)}]] is that right"),
        ("C", "yes"),
        ("I", "and the expiry date"),
        ("C", f"[[EXP:{exp_w(m, y, 'digits')}]]"),
        ("I", "now the three digit security code please"),
        ("C", f"[[CVV:{sp(cv)}]]"),
        ("I", "thank you ((price:twenty pounds)) has been added your new balance is ((price:twenty three pounds eighty))"),
    ]


# ============================================================================ build and check
TOK = re.compile(r"\[\[([A-Z]+)(?:#(\w+))?:(.*?)\]\]|\(\(([a-z]+):(.*?)\)\)")
DW = {w: str(i) for i, w in enumerate(ONES)}
DW["oh"] = "0"
DIGIT_WORDS = set(DW) | set(TEENS) | set(TENS[2:]) | {"hundred", "double", "triple"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "doctor", "sir", "madam", "mx", "prof"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "close", "way",
                "court", "crescent", "place", "terrace", "grove", "boulevard", "parade", "hill",
                "row", "gardens", "square", "walk", "mews", "rise", "view", "heol", "circle",
                "trail", "parkway", "highway", "pike", "loop", "path", "green", "wynd", "gate",
                "park", "end", "brae", "vale", "crossing", "run", "blvd", "pl", "ct", "dr",
                "ln", "square", "hollow", "bank", "quay", "yard", "field", "fields", "close"}
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_T = re.compile(r"^[\w.+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def words_to_digits(s):
    """Digits in a span: digits as written, digit words turned into digits."""
    toks = re.findall(r"[a-z]+|\d+", s.lower())
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out += t
        elif t in DW:
            out += DW[t]
        elif t in ("double", "triple") and nxt in DW:
            out += DW[nxt] * (2 if t == "double" else 3)
            i += 1
        elif t in TEENS:
            out += str(10 + TEENS.index(t))
        elif t in TENS[2:]:
            v = TENS.index(t)
            if nxt in ONES[1:]:
                out += f"{v}{ONES.index(nxt)}"
                i += 1
            else:
                out += f"{v}0"
        elif t == "hundred":
            out += "00"
        i += 1
    return out


def chars_of(s):
    """An id said or typed: letters (single letters, or NATO words) and digits."""
    toks = re.findall(r"[A-Za-z]+|\d+", s)
    nato_rev = {v: k for k, v in NATO.items()}
    out, run, after_for = "", [], False
    for t in toks + [None]:
        if t is not None and (t.isdigit() or t.lower() in DIGIT_WORDS):
            run.append(t)
            continue
        if run:
            out += words_to_digits(" ".join(run))
            run = []
        if t is None:
            break
        low = t.lower()
        if low in ("for", "as", "in"):
            after_for = True
            continue
        if low in nato_rev:
            if not after_for:
                out += nato_rev[low].upper()
        else:
            out += t.upper()
        after_for = False
    return out


def build_case(idx, style, fn, g):
    turns = fn(g)
    utts, pii, keep = [], [], []
    for ui, (spk, raw) in enumerate(turns):
        text, pos = "", 0
        for m in TOK.finditer(raw):
            text += raw[pos:m.start()]
            s = len(text)
            if m.group(1) is not None:
                text += m.group(3)
                pii.append({"utterance": ui, "start": s, "end": len(text),
                            "type": PII[m.group(1)], "_lab": m.group(2), "_val": m.group(3)})
            else:
                text += m.group(5)
                keep.append({"utterance": ui, "start": s, "end": len(text),
                             "kind": KEEP[m.group(4)], "_val": m.group(5)})
            pos = m.end()
        text += raw[pos:]
        for bad in ("[[", "]]", "((", "))"):
            if bad in text:
                raise ValueError(f"{fn.__name__}: stray markup {bad!r} in {text!r}")
        utts.append({"speaker": SPEAKERS[spk], "text": text})
    pii.sort(key=lambda p: (p["utterance"], p["start"]))
    keep.sort(key=lambda k: (k["utterance"], k["start"]))
    labels, n = {}, 0
    for p in pii:
        lab = p.pop("_lab")
        if lab is None:
            n += 1
            p["group"] = f"g{n}"
        else:
            if lab not in labels:
                n += 1
                labels[lab] = f"g{n}"
            p["group"] = labels[lab]
    return {"case_id": f"t2-{idx:03d}", "style": style, "utterances": utts,
            "pii": pii, "keep": keep}


def build():
    g = Gen(SEED)
    return [build_case(i + 1, style, fn, g) for i, (style, fn) in enumerate(CASES)]


def check_case(c, name, errs):
    cid = c["case_id"]

    def err(msg):
        errs.append(f"{cid} ({name}): {msg}")

    utts = c["utterances"]
    spans = [(p["utterance"], p["start"], p["end"], p["type"], p["_val"]) for p in c["pii"]]
    spans += [(k["utterance"], k["start"], k["end"], "keep:" + k["kind"], k["_val"])
              for k in c["keep"]]
    covered = [set() for _ in utts]
    for ui, s, e, t, want in spans:
        if not (0 <= ui < len(utts)):
            err(f"span {t} in a missing utterance {ui}")
            continue
        text = utts[ui]["text"]
        if not (0 <= s < e <= len(text)):
            err(f"span {t} [{s},{e}) outside its text")
            continue
        v = text[s:e]
        if v != want:
            err(f"span {t}: text[{s}:{e}] is {v!r}, not the marked value {want!r}")
            continue
        if v != v.strip():
            err(f"span {t} {v!r} has leading/trailing space")
        if not (v[0].isalnum() or v[0] in "$£€(+"):
            err(f"span {t} {v!r} starts with punctuation")
        if not (v[-1].isalnum() or v.endswith(("a.m.", "p.m.", "%"))):
            err(f"span {t} {v!r} ends with punctuation")
        if s > 0 and text[s - 1].isalnum():
            err(f"span {t} {v!r} starts inside a word")
        if e < len(text) and text[e].isalnum():
            err(f"span {t} {v!r} ends inside a word")
        for i in range(s, e):
            if i in covered[ui]:
                err(f"span {t} {v!r} overlaps another span")
                break
        covered[ui].update(range(s, e))

    # style
    for ui, u in enumerate(utts):
        t = u["text"]
        if not t.strip():
            err(f"utterance {ui} empty")
        if c["style"] == "asr":
            if any(ch.isupper() for ch in t):
                err(f"ASR utterance {ui} has capitals: {t!r}")
            if "@" in t or re.search(r"[.,?!;:\"]", t):
                err(f"ASR utterance {ui} has punctuation or '@': {t!r}")
        for i, ch in enumerate(t):
            if ch.isdigit() and i not in covered[ui]:
                err(f"utterance {ui}: digit outside a span: {t!r}")
                break
        run = 0
        for m in re.finditer(r"[A-Za-z]+", t):
            if m.start() in covered[ui] or m.group().lower() not in DIGIT_WORDS:
                run = 0
                continue
            run += 1
            if run >= 4:
                err(f"utterance {ui}: run of digit words outside a span: {t!r}")
                break

    # pii values, per group
    by_group = {}
    for p in c["pii"]:
        by_group.setdefault(p["group"], []).append(p)
    for gid, ps in by_group.items():
        types = {p["type"] for p in ps}
        if len(types) != 1:
            err(f"group {gid} mixes types {types}")
            continue
        typ = types.pop()
        vals = [utts[p["utterance"]]["text"][p["start"]:p["end"]] for p in ps]
        whole = " ".join(vals)
        dg = "".join(words_to_digits(v) for v in vals)
        style = c["style"]
        if typ == "CARD_NUMBER":
            if len(dg) not in (15, 16) or not luhn_ok(dg):
                err(f"card {whole!r} -> {dg} is not a 15/16-digit Luhn-valid number")
        elif typ == "CVV":
            if not (3 <= len(dg) <= 4) or not re.fullmatch(r"[\d ]+|[a-z ]+", whole):
                err(f"CVV {whole!r}")
        elif typ == "SSN":
            ok = len(dg) == 4 or (len(dg) == 9 and "001" <= dg[:3] <= "665"
                                  and dg[3:5] != "00" and dg[5:] != "0000")
            if not ok:
                err(f"SSN {whole!r} -> {dg}")
        elif typ == "PHONE":
            if not (10 <= len(dg) <= 12):
                err(f"phone {whole!r} -> {dg}")
        elif typ == "EXPIRY":
            m = re.fullmatch(r"(\d{1,2})/(\d{2}|\d{4})", whole)
            if m:
                ok = 1 <= int(m.group(1)) <= 12
            elif any(mo in whole.lower().split() for mo in MONTHS[1:]):
                ok = True
            else:
                ok = len(dg) == 4 and 1 <= int(dg[:2]) <= 12
            if not ok:
                err(f"expiry {whole!r}")
        elif typ == "EMAIL":
            for v in vals:
                if style == "transcript":
                    if not EMAIL_T.match(v):
                        err(f"email {v!r}")
                elif "@" in v or " at " not in f" {v} " or " dot " not in f" {v} ":
                    err(f"spoken email {v!r}")
        elif typ == "POSTCODE":
            for v in vals:
                pc = chars_of(v)
                if not (re.fullmatch(r"\d{5}", pc) or UK_PC.match(pc)):
                    err(f"postcode {v!r} -> {pc}")
        elif typ == "ADDRESS":
            for v in vals:
                w = v.lower().replace(",", " ").split()
                if not (w[0][0].isdigit() or w[0] in DIGIT_WORDS
                        or w[0] in ("flat", "unit", "apartment", "apt", "suite")):
                    err(f"address {v!r} does not start with a number or flat")
                if not STREET_WORDS & set(w):
                    err(f"address {v!r} has no street word")
        elif typ == "NAME":
            for v in vals:
                if any(ch.isdigit() for ch in v):
                    err(f"name {v!r} has digits")
                if v.lower().rstrip(".").split()[0].rstrip(".") in TITLES:
                    err(f"name {v!r} starts with a title")
                if style == "transcript" and not any(w[0].isupper() for w in v.split()):
                    err(f"name {v!r} not capitalised")
        elif typ == "DOB":
            if not (any(mo in whole.lower() for mo in MONTHS[1:]) or len(dg) >= 6):
                err(f"DOB {whole!r}")
        elif typ == "ACCOUNT_NUMBER":
            ch = "".join(chars_of(v) for v in vals)
            if len(dg) < 2 or len(ch) < 4:
                err(f"account {whole!r} -> {ch}")

    # look-alikes
    for k in c["keep"]:
        text = utts[k["utterance"]]["text"]
        v = text[k["start"]:k["end"]]
        kd = words_to_digits(v)
        if 13 <= len(kd) <= 19 and luhn_ok(kd):
            err(f"look-alike {v!r} passes Luhn")
        for p in c["pii"]:
            if p["utterance"] != k["utterance"]:
                continue
            pd = words_to_digits(text[p["start"]:p["end"]])
            if len(pd) >= 3 and (pd in kd or (len(kd) >= 3 and kd == pd)):
                err(f"look-alike {v!r} holds the digits of pii {pd}")


def counts(cases):
    ct = Counter()
    for c in cases:
        st = c["style"]
        ct[("cases", st)] += 1
        ct[("utterances", st)] += len(c["utterances"])
        busy = {p["utterance"] for p in c["pii"]} | {k["utterance"] for k in c["keep"]}
        ct[("ordinary", st)] += len(c["utterances"]) - len(busy)
        for p in c["pii"]:
            ct[("pii", p["type"], st)] += 1
        for gid in {(p["group"], p["type"]) for p in c["pii"]}:
            ct[("groups", gid[1], st)] += 1
        for k in c["keep"]:
            ct[("keep", k["kind"], st)] += 1
    return ct


def report(ct):
    def row(label, key):
        t, a = ct[key + ("transcript",)], ct[key + ("asr",)]
        return f"| {label} | {t} | {a} | {t + a} |"

    lines = ["| | transcript | asr | total |", "|---|---:|---:|---:|",
             row("cases", ("cases",)), row("utterances", ("utterances",)),
             row("ordinary utterances (no pii, no keep)", ("ordinary",)), "| **pii spans** | | | |"]
    lines += [row(t, ("pii", t)) for t in PII.values()]
    lines.append("| **pii values (groups)** | | | |")
    lines += [row(t, ("groups", t)) for t in PII.values()]
    lines.append("| **keep (look-alikes)** | | | |")
    lines += [row(k, ("keep", k)) for k in KEEP.values()]
    tk = sum(v for kk, v in ct.items() if kk[0] == "keep")
    tp = sum(v for kk, v in ct.items() if kk[0] == "pii")
    lines.append(f"| all pii spans | | | {tp} |")
    lines.append(f"| all keep spans | | | {tk} |")
    return "\n".join(lines)


def check_all(cases):
    errs = []
    for c, (_, fn) in zip(cases, CASES):
        check_case(c, fn.__name__, errs)
    seen = {}
    for c in cases:
        for ui, u in enumerate(c["utterances"]):
            t = u["text"]
            key = re.sub(r"[^\w' ]", "", t.lower()).strip()
            if len(key.split()) >= 4:
                if key in seen:
                    errs.append(f"{c['case_id']}: utterance {ui} repeats {seen[key]}: {t!r}")
                seen.setdefault(key, f"{c['case_id']}/{ui}")
    names = [fn.__name__ for _, fn in CASES]
    if len(set(names)) != len(names):
        errs.append("duplicate case function names")
    ct = counts(cases)

    def tot(*key):
        return ct[key + ("transcript",)] + ct[key + ("asr",)]

    if len(cases) < MIN_CASES:
        errs.append(f"only {len(cases)} cases (< {MIN_CASES})")
    if tot("utterances") < MIN_UTTS:
        errs.append(f"only {tot('utterances')} utterances (< {MIN_UTTS})")
    if tot("ordinary") < MIN_ORDINARY:
        errs.append(f"only {tot('ordinary')} ordinary utterances (< {MIN_ORDINARY})")
    for t, n in MIN_PII.items():
        if tot("pii", t) < n:
            errs.append(f"{t}: {tot('pii', t)} spans (< {n})")
    nkeep = sum(tot("keep", k) for k in KEEP.values())
    if nkeep < MIN_KEEP:
        errs.append(f"only {nkeep} look-alikes (< {MIN_KEEP})")
    for k in KEEP.values():
        if tot("keep", k) < MIN_KEEP_PER_KIND:
            errs.append(f"look-alike kind {k}: {tot('keep', k)} (< {MIN_KEEP_PER_KIND})")
    share = tot("cases", ) and ct[("cases", "transcript")] / tot("cases")
    if not 0.4 <= share <= 0.6:
        errs.append(f"transcript share of cases {share:.2f} outside 0.4-0.6")
    ushare = ct[("utterances", "transcript")] / max(1, tot("utterances"))
    if not 0.4 <= ushare <= 0.6:
        errs.append(f"transcript share of utterances {ushare:.2f} outside 0.4-0.6")
    return errs, ct


def public(c):
    """The case as written to the file: the marked values kept for checking are dropped."""
    out = dict(c)
    out["pii"] = [{k: v for k, v in p.items() if not k.startswith("_")} for p in c["pii"]]
    out["keep"] = [{k: v for k, v in x.items() if not k.startswith("_")} for x in c["keep"]]
    return out


def render(cases):
    return "".join(json.dumps(public(c)) + "\n" for c in cases)


def main():
    only_check = "--check" in sys.argv[1:]
    cases = build()
    errs, ct = check_all(cases)
    if render(cases) != render(build()):
        errs.append("two builds differ")
    print(report(ct))
    if errs:
        print(f"\n{len(errs)} problem(s):", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    if only_check:
        print("\nchecks passed (nothing written)")
        return
    OUT.write_text(render(cases), encoding="utf-8")
    print(f"\nwrote {OUT} ({len(cases)} cases)")


if __name__ == "__main__":
    main()
