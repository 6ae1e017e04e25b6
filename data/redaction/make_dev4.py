#!/usr/bin/env python3
"""Write dev4.jsonl: a fourth redaction development set focused on ACCOUNT_NUMBER and NAME.

Each case is a small function that returns (style, turns). A turn is "A: ...", "C: ..." or
"I: ..." (agent, customer, ivr) with inline markup:

    [[TYPE:text]]        a pii span of TYPE (its own group)
    [[TYPE#g:text]]      a pii span in group g (pieces of one value share g)
    ((kind:text))        a look-alike (keep) span

Names, companies and look-alikes are written by hand; every number comes from a seeded
generator (Gen) and is rendered by small helpers (say, pairs, spell_id, ...). The markup is
stripped by code and every offset is computed from the clean text. The script validates every
case and exits with status 1 (writing nothing) if any check fails.

    python3 data/redaction/make_dev4.py           # writes dev4.jsonl, prints the counts
    python3 data/redaction/make_dev4.py --check   # builds and validates only
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent / "dev4.jsonl"
SEED = 40404

PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]

# ---------------------------------------------------------------- number generation
DIG = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I/O/Q, as most id schemes avoid them


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def pat(self, pattern: str) -> str:
        """'9' -> digit, 'A' -> letter, anything else kept. First digit of a run may be 0."""
        out = []
        for ch in pattern:
            if ch == "9":
                out.append(str(self.r.randint(0, 9)))
            elif ch == "8":  # non-zero digit
                out.append(str(self.r.randint(1, 9)))
            elif ch == "A":
                out.append(self.r.choice(LETTERS))
            else:
                out.append(ch)
        return "".join(out)

    def with_double(self, pattern: str) -> str:
        """A value from pattern that contains at least one repeated adjacent digit."""
        for _ in range(200):
            v = self.pat(pattern)
            d = re.sub(r"\D", "", v)
            if any(d[i] == d[i + 1] for i in range(len(d) - 1)):
                return v
        raise RuntimeError("no double")

    def tracking_fail(self, n: int = 16) -> str:
        while True:
            v = self.pat("8" + "9" * (n - 1))
            if not luhn_ok(v):
                return v

    def phone_uk_mobile(self) -> str:
        return "07700 900" + self.pat("999")

    def phone_us(self) -> str:
        return "555-01" + self.pat("99")

    def uk_postcode(self) -> str:
        out = self.r.choice(["LS6", "BS3", "M14", "CF24", "NE6", "G12", "EH7", "B29", "NG7",
                             "SE15", "N16", "L17"])
        return f"{out} {self.pat('9')}{self.r.choice('ABDEFGHJLNPQRSTUWXYZ')}{self.r.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def dob(self) -> tuple[int, int, int]:
        return (self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(1948, 2003))


def w(d: str, oh: bool = True) -> str:
    return "oh" if (d == "0" and oh) else DIG[int(d)]


def say(s: str, oh: bool = True, dbl: bool = False) -> str:
    """Digit by digit (letters kept, lower case). dbl: 'double x' / 'triple x' for repeats."""
    chars = [c for c in s.lower() if c.isalnum()]
    out, i = [], 0
    while i < len(chars):
        c = chars[i]
        if c.isdigit():
            j = i
            while j < len(chars) and chars[j] == c:
                j += 1
            n = j - i
            if dbl and n == 2:
                out.append("double " + w(c, oh)); i = j; continue
            if dbl and n == 3:
                out.append("triple " + w(c, oh)); i = j; continue
            out.append(w(c, oh)); i += 1
        else:
            out.append(c); i += 1
    return " ".join(out)


def two(dd: str) -> str:
    """A two-digit group said as a number: '41' forty one, '07' oh seven, '10' ten."""
    a, b = int(dd[0]), int(dd[1])
    if a == 0:
        return "oh " + DIG[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + DIG[b])


def pairs(s: str) -> str:
    d = re.sub(r"\D", "", s)
    parts = [two(d[i:i + 2]) for i in range(0, len(d) - 1, 2)]
    if len(d) % 2:
        parts.append(w(d[-1]))
    return " ".join(parts)


def spell_id(s: str, nato_every: bool = False, as_in: str = "for", dbl: bool = False,
             oh: bool = True) -> str:
    """Spoken id: letters as letters (or 'b for bravo'), digits as words."""
    out = []
    buf = ""
    for c in s.lower():
        if c.isdigit():
            buf += c
            continue
        if buf:
            out.append(say(buf, oh=oh, dbl=dbl)); buf = ""
        if c.isalpha():
            out.append(f"{c} {as_in} {NATO[c]}" if nato_every else c)
    if buf:
        out.append(say(buf, oh=oh, dbl=dbl))
    return " ".join(out)


def letters_spelled(word: str, sep: str = " ") -> str:
    return sep.join(word.lower())


def nato_spelled(word: str, as_in: str = "for") -> str:
    return " ".join(f"{c} {as_in} {NATO[c]}" for c in word.lower())


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def year_said(y: int) -> str:
    return f"{two(str(y)[:2])} {two(str(y)[2:])}" if y < 2000 else f"two thousand and {DIG[y - 2000]}" if y < 2010 else f"twenty {two(str(y)[2:])}"


# ---------------------------------------------------------------- the cases
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


T, S = "transcript", "asr"


@case
def c01(g):  # energy supplier, meter serial and account, name spelled NATO
    acct = g.pat("8999999999")
    meter = g.pat("A99A999999")
    return T, [
        "A: Good morning, Brightwater Energy, you're speaking with [[NAME:Odette]], how can I help?",
        "C: Hi [[NAME:Odette]]. I've moved into a flat and the meter's showing someone else's name.",
        "A: Okay, no problem. Can I take your name first?",
        "C: It's [[NAME:Caspian Whitlock]].",
        "A: And could you spell the surname for me?",
        f"C: Yes, [[NAME:{nato_spelled('whitlock', 'for').replace('w for whiskey', 'W for whiskey')}]].",
        "A: Thank you. Have you got the serial number off the meter itself?",
        f"C: Hang on, it's on a little sticker. [[ACCOUNT_NUMBER:{meter}]].",
        f"A: That's [[ACCOUNT_NUMBER:{meter}]], perfect. And do you have an account with us yet?",
        f"C: The welcome letter says [[ACCOUNT_NUMBER:{acct}]].",
        "A: Lovely. I'll move the supply into your name from the ((date:14th)).",
        "C: Great, thanks.",
    ]


@case
def c02(g):  # airline, PNR spoken with NATO, stranded
    pnr = g.pat("A9AA9A")
    ff = g.pat("99999999")
    return S, [
        "a: thanks for calling skyvane airways my name is [[NAME:ravi]] can i start with the booking reference",
        f"c: yeah it's [[ACCOUNT_NUMBER:{spell_id(pnr, nato_every=True, as_in='as in')}]]",
        f"a: so [[ACCOUNT_NUMBER:{spell_id(pnr)}]]",
        "c: yes that's it",
        "a: and the passenger name",
        "c: [[NAME:hope adeyemi-clarke]] i'm stuck at the airport the connection's been cancelled",
        "a: i'm sorry [[NAME:hope]] let me look at what we can do",
        "c: i ((other:hope)) you can get me out tonight i've got a hospital appointment in the morning",
        "a: i can see ((flight_number:sv four one two)) at ((time:nine forty)) has seats",
        f"c: oh and my frequent flyer number is [[ACCOUNT_NUMBER:{pairs(ff)}]] if that helps",
        "a: thank you i've added that",
    ]


@case
def c03(g):  # insurance claim, reference not named by agent
    clm = g.pat("CL/99999/99")
    pol = g.pat("AAA-999999")
    return T, [
        "A: Hollybank Insurance claims, Marcus speaking.".replace("Marcus", "[[NAME:Marcus]]"),
        "C: Hello, I'm calling about the water damage, I had a letter this morning.",
        "A: Could you read me the reference on your letter? It's top right.",
        f"C: It says [[ACCOUNT_NUMBER:{clm}]].",
        "A: Thank you. And who am I speaking to?",
        "C: [[NAME:Grace Oyelaran]]. The policy's in my husband's name, [[NAME:Tunde]].",
        f"A: I've got it, policy [[ACCOUNT_NUMBER:{pol}]]. Is Mr [[NAME:Oyelaran]] there with you?",
        "C: He's at work, but he said I can deal with it.",
        "A: That's fine as you're a named driver on the household. The ((other:grace period)) for the documents is ((duration:30 days)).",
        "C: Okay. The ceiling came down on the ((date:Tuesday)).",
        "A: I'm so sorry. I'll send an assessor out.",
    ]


@case
def c04(g):  # telecom, account given unprompted with double
    acct = g.with_double("99999999")
    return S, [
        f"c: hi yeah my account number is [[ACCOUNT_NUMBER:{say(acct, dbl=True)}]] my broadband's been down since friday",
        "a: okay thank you and am i speaking to the account holder",
        "c: yeah [[NAME:will]] [[NAME:forsythe-mbatha]]",
        "a: thanks will and can you confirm the first line of the address",
        "c: it's the flat above the chemist on market street",
        "a: okay ((other:will)) you bear with me while i run a line test",
        "c: yeah sure",
        "a: right there's a fault at the exchange it should be fixed within ((duration:forty eight hours))",
        "c: i work from home though i can't wait two days",
        "a: i understand i'll add a mobile data boost free of charge",
    ]


@case
def c05(g):  # bank, loan number read back
    loan = g.pat("LN99999999")
    return T, [
        "A: Northgate Bank, it's Priyanka here. Who am I speaking with?".replace("Priyanka", "[[NAME:Priyanka]]"),
        "C: Hi, [[NAME:Bartholomew Quaye]].",
        "A: Thank you, Mr [[NAME:Quaye]]. What can I do for you today?",
        "C: I want to pay off my car loan early.",
        "A: Of course. Have you got the loan number there?",
        f"C: I think it's [[ACCOUNT_NUMBER:{loan}]].",
        f"A: So that's [[ACCOUNT_NUMBER:{loan[:2]} {loan[2:6]} {loan[6:]}]]?",
        "C: That's right.",
        "A: The settlement figure is ((price:£6,412.18)), valid for ((duration:28 days)).",
        "C: Fine, I'll transfer it on ((date:Friday)).",
    ]


@case
def c06(g):  # gp practice / hospital number, third party doctor
    nhs = g.pat("999 999 9999")
    hosp = g.pat("A999999")
    return S, [
        "a: outpatients booking you're through to [[NAME:dymphna]]",
        "c: hi i'm ringing for my dad he's had a letter about his scan",
        "a: okay what's your dad's name",
        "c: [[NAME:seamus o'riordan]]",
        "a: and is there a hospital number on the letter",
        f"c: there's one that says [[ACCOUNT_NUMBER:{spell_id(hosp)}]] and another long one",
        f"c: [[ACCOUNT_NUMBER:{say(nhs, oh=False)}]]",
        "a: the first one's what i need thanks",
        "a: he's under doctor [[NAME:achterberg]] is that right",
        "c: yes [[NAME:doctor achterberg]]".replace("[[NAME:doctor achterberg]]", "doctor [[NAME:achterberg]]"),
        "a: the scan's moved to ((date:the ninth)) at ((time:ten fifteen))".replace("((date:the ninth))", "the ((date:ninth))"),
        "c: that's fine i'll bring him",
    ]


@case
def c07(g):  # retail return authorisation, tracking that fails luhn
    rma = g.pat("RA-999999")
    order = g.pat("99999999")
    track = g.tracking_fail(16)
    return T, [
        "A: Hi, thanks for calling Penhallow Home. My name's Bill, how can I help?".replace("Bill,", "[[NAME:Bill]],"),
        "C: Hi Bill, I need to send back a sofa, it's the wrong colour.".replace("Bill,", "[[NAME:Bill]],"),
        "A: Sorry about that. What's the order number?",
        f"C: [[ACCOUNT_NUMBER:{order}]].",
        "A: Thanks. I've raised a return for you.",
        f"A: Your return authorisation is [[ACCOUNT_NUMBER:{rma}]]. Write it on the box.",
        f"C: Okay. The original delivery had tracking number (({'other'}:{track[:4]} {track[4:8]} {track[8:12]} {track[12:]})), do I need that?",
        "A: No, just the return number. Collection is on ((date:Monday)) between ((time:8am)) and ((time:1pm)).",
        "C: ((other:Will)) you email me that?",
        "A: Yes, it'll come through shortly, along with the ((other:bill)) for the collection, which is free.",
    ]


@case
def c08(g):  # tax office, UTR, spoken in groups
    utr = g.pat("8999999999")
    return S, [
        "a: you're through to the self assessment helpline my name's [[NAME:femi]]",
        "c: hiya [[NAME:femi]] i've got a penalty letter and i don't think it's right",
        "a: okay can i take your unique taxpayer reference",
        f"c: it's [[ACCOUNT_NUMBER#a:{pairs(utr[:4])}]] um [[ACCOUNT_NUMBER#a:{pairs(utr[4:])}]]",
        "a: and your full name",
        "c: [[NAME:rosalind]] [[NAME:e n g e l b r e c h t]]",
        "a: thank you miss [[NAME:engelbrecht]] the penalty is ((price:one hundred pounds)) for the late return",
        "c: but i filed it on the thirtieth of january",
        "a: it shows as received on ((date:the second of february)) i'm afraid".replace("((date:the second of february))", "the ((date:second of february))"),
        "c: that's because your website was down",
        "a: you can appeal within ((duration:thirty days)) i'll send you the form",
    ]


@case
def c09(g):  # mortgage, payment holiday, moment of truth
    mort = g.pat("99999999/99")
    return T, [
        "A: Good afternoon, Harbourline Mortgages, Ezekiel speaking.".replace("Ezekiel", "[[NAME:Ezekiel]]"),
        "C: Hello. I've lost my job and I can't make next month's payment.",
        "A: I'm sorry to hear that. We can look at options. Can I take the mortgage account number?",
        f"C: Yes, it's [[ACCOUNT_NUMBER:{mort}]].",
        "A: Thank you. And your name, please?",
        "C: [[NAME:June Aldous-Kerr]]. It's a joint mortgage with my partner, [[NAME:Sky Mahlangu]].",
        "A: Thank you, Ms [[NAME:Aldous-Kerr]]. I can see the next payment of ((price:£1,186)) goes out on the ((date:1st)).",
        "C: That's in ((duration:six days)). In June we'll be fine again.".replace("In June", "In ((date:June))"),
        "A: A payment deferral would cover up to ((duration:three months)).",
        "C: That would help so much.",
    ]


@case
def c10(g):  # student services, student ID with letters
    sid = g.pat("99999999")
    return S, [
        "a: student finance hi you're speaking to [[NAME:hamish]]",
        "c: hi my loan payment hasn't come through and rent's due friday",
        "a: okay can i have your customer reference number",
        f"c: uh i don't have that i've got my student id from the uni [[ACCOUNT_NUMBER:{say(sid)}]]",
        "a: that's fine i can search with that and your name",
        "c: [[NAME:nguyen thi lan]]",
        "a: is [[NAME:nguyen]] your family name",
        "c: yes [[NAME:nguyen]] is my family name",
        "a: thanks [[NAME:lan]] the payment was held because we're missing a signature",
        "c: oh no how long will it take",
        "a: if you sign online today it goes out within ((duration:three working days))",
    ]


@case
def c11(g):  # vehicle registration, parking fine
    reg = g.pat("AA99 AAA")
    pcn = g.pat("AA99999999")
    return T, [
        "A: Parking services, Tobias speaking, how can I help?".replace("Tobias", "[[NAME:Tobias]]"),
        "C: I've had a fine but I was parked in a bay with a permit.",
        "A: Can I take the penalty charge notice number? It starts with two letters.",
        f"C: [[ACCOUNT_NUMBER:{pcn}]].",
        "A: And the vehicle registration?",
        f"C: [[ACCOUNT_NUMBER:{reg}]].",
        f"A: [[ACCOUNT_NUMBER:{reg}]], a blue Ford Fiesta?".replace("Ford Fiesta", "((other:Ford Fiesta))"),
        "C: That's the one.",
        "A: The photo shows the permit wasn't visible. You can challenge it within ((duration:14 days)).",
        "C: It had fallen off the dashboard.",
    ]


@case
def c12(g):  # gym membership, name also common word
    mem = g.pat("99999")
    return S, [
        "a: hi you're through to flexbay gyms it's [[NAME:mark]]",
        "c: hi mark i want to freeze my membership i've broken my ankle".replace("mark", "[[NAME:mark]]"),
        "a: ouch sorry to hear that can you give me your membership number",
        f"c: it's on the key fob [[ACCOUNT_NUMBER:{pairs(mem[:4])} {w(mem[4])}]]",
        "a: and the name on the membership",
        "c: [[NAME:rose]] [[NAME:tremayne]]",
        "a: thanks [[NAME:rose]] i'll ((other:mark)) it as a medical freeze",
        "c: how long can i freeze for",
        "a: up to ((duration:three months)) and there's no fee",
        "c: brilliant",
        "a: is there anything else",
        "c: no that's it cheers",
    ]


@case
def c13(g):  # broadband: case/ticket reference read back, corrected
    tk = g.pat("CS-99999999")
    tk2 = tk[:-1] + str((int(tk[-1]) + 3) % 10)
    return T, [
        "A: Lumen Fibre support, you're speaking with Anwen.".replace("Anwen", "[[NAME:Anwen]]"),
        "C: Hi Anwen, I rang yesterday and they gave me a ticket number.".replace("Anwen,", "[[NAME:Anwen]],"),
        "A: Great, what is it?",
        f"C: [[ACCOUNT_NUMBER:{tk2}]]... no, sorry, [[ACCOUNT_NUMBER:{tk}]].",
        f"A: So [[ACCOUNT_NUMBER:{tk}]]?",
        "C: Yes.",
        "A: I see the engineer, Colm, was booked for ((date:Thursday)).".replace("Colm", "[[NAME:Colm]]"),
        "C: He never turned up, and I had taken the day off.",
        "A: I'm sorry. I can rebook for ((date:Saturday)) morning.",
        "C: Please. And can you ((other:mark)) it as urgent?",
    ]


@case
def c14(g):  # pension, no-type question "have you got the number there"
    ref = g.pat("99/AA/9999")
    return S, [
        "a: pensions team [[NAME:oluwaseun]] speaking",
        "c: hello i'm calling about my late mother's pension",
        "a: i'm very sorry for your loss have you got the number there from any letter",
        f"c: yes at the top it says [[ACCOUNT_NUMBER:{spell_id(ref)}]]",
        "a: thank you and what was your mother's name",
        "c: [[NAME:marguerite de la cruz]]",
        "a: and your name",
        "c: [[NAME:isidro de la cruz]] i'm her son",
        "a: thank you mr [[NAME:de la cruz]] i'll stop the payments and send a form",
        "c: do i need the death certificate",
        "a: yes a copy is fine",
    ]


@case
def c15(g):  # subscription streaming, invoice number
    inv = g.pat("INV-9999-99999")
    sub = g.pat("SUB99999999")
    return T, [
        "A: Hi there, this is Kenji at Reelhouse, what can I do for you?".replace("Kenji", "[[NAME:Kenji]]"),
        "C: I was charged twice this month.",
        "A: Oh, let me check. Do you have the invoice number from the email?",
        f"C: [[ACCOUNT_NUMBER:{inv}]] and the other one's almost the same.",
        "A: Can I also take your subscription ID? It's under Account settings.",
        f"C: [[ACCOUNT_NUMBER:{sub}]].",
        "A: Thanks. I can see two charges of ((price:$15.99)). I'll refund one.",
        "C: How long does that take?",
        "A: ((duration:Five to seven days)).",
        "C: Okay, thanks Kenji.".replace("Kenji", "[[NAME:Kenji]]"),
    ]


@case
def c16(g):  # council tax, spoken groups and double, agent readback split
    ct = g.with_double("99999999")
    return S, [
        "a: council tax [[NAME:bronwen]] speaking how can i help",
        "c: i'm moving out on the twentieth and want to close my account".replace("the twentieth", "the ((date:twentieth))"),
        "a: okay can you read me the number at the top right of your ((other:bill))",
        f"c: [[ACCOUNT_NUMBER:{say(ct, dbl=True)}]]",
        f"a: that's [[ACCOUNT_NUMBER#r:{say(ct[:4])}]]",
        "c: yep",
        f"a: [[ACCOUNT_NUMBER#r:{say(ct[4:])}]]",
        "c: that's right",
        "a: and your name",
        "c: [[NAME:bill]] [[NAME:okafor-lindgren]]",
        "a: thanks mr [[NAME:okafor-lindgren]] i'll send a final ((other:bill)) to the new address",
    ]


@case
def c17(g):  # car rental, rental agreement and driving licence
    ra = g.pat("999999999")
    return T, [
        "A: Roadway Rentals, Imogen speaking.".replace("Imogen", "[[NAME:Imogen]]"),
        "C: Hi, the car's broken down on the motorway, near junction 14.".replace("junction 14", "junction ((other:14))"),
        "A: Are you safe? Are you off the road?",
        "C: Yes, we're behind the barrier.",
        "A: Good. What's the rental agreement number? It's on the key tag.",
        f"C: [[ACCOUNT_NUMBER:{ra}]].",
        "A: And the name of the main driver?",
        "C: [[NAME:Hugo van der Berg]].",
        "A: Thanks, Mr [[NAME:van der Berg]]. Recovery will be with you in about ((duration:50 minutes)).",
        "C: We've got a flight at ((time:six)), will we make it?",
        "A: I'll arrange a taxi to the airport if the recovery truck is late.",
    ]


@case
def c18(g):  # ASR parcel, many look-alikes
    track = g.tracking_fail(16)
    ret = g.pat("RT99999999")
    return S, [
        "a: hi you're through to swiftpost parcels i'm [[NAME:lukasz]]",
        "c: hi my parcel says delivered but i've got nothing",
        f"a: have you got the tracking number",
        f"c: yeah it's ((other:{say(track)}))",
        "a: thanks it says left with a neighbour at number ((other:twelve))",
        "c: i live at number eleven there is no twelve",
        "a: okay i'll open an investigation",
        f"a: your reference is [[ACCOUNT_NUMBER:{spell_id(ret)}]]",
        "c: and how long",
        "a: up to ((duration:ten working days))",
        "c: it was a birthday present for my son he's ((other:seven)) on saturday".replace("on saturday", "on ((date:saturday))"),
    ]


@case
def c19(g):  # pharmacy, patient number, spelled names
    pn = g.pat("AA999999")
    return T, [
        "A: Westmoor Pharmacy, it's Ife.".replace("Ife", "[[NAME:Ife]]"),
        "C: Hi, I'm calling to check if my mum's prescription is ready.",
        "A: What's her name?",
        "C: [[NAME:Siobhan]], surname [[NAME:Ní Bhriain]], that's [[NAME:N-I B-H-R-I-A-I-N]].",
        "A: And her date of birth?",
        "C: [[DOB:{} {} {}]].".format(*(lambda d: (d[0], MONTHS[d[1] - 1], d[2]))(g.dob())),
        "A: Thanks. Has she got a patient number from the surgery?",
        f"C: [[ACCOUNT_NUMBER:{pn}]].",
        "A: Yes, it's ready. Two boxes of the 20 mg tablets.".replace("Two", "((count:Two))").replace("20 mg", "((quantity:20 mg))"),
        "C: I'll pick them up after ((time:5)).",
    ]


@case
def c20(g):  # bank fraud: account & sort code, name on account
    acct = g.pat("99999999")
    return S, [
        "a: fraud team you're speaking with [[NAME:desmond]]",
        "c: somebody's taken money out of my account i don't know who",
        "a: i'm sorry let's sort it out what's the name on the account",
        "c: [[NAME:abigail]] [[NAME:chukwuemeka]] that's [[NAME:c h u k w u e m e k a]]",
        "a: thank you and the account number",
        f"c: [[ACCOUNT_NUMBER:{say(acct[:4])}]] hang on my glasses [[ACCOUNT_NUMBER:{say(acct[4:])}]]".replace("[[ACCOUNT_NUMBER:", "[[ACCOUNT_NUMBER#a:"),
        "a: i can see three payments of ((price:ninety nine ninety nine)) to a gaming site",
        "c: i've never used that",
        "a: i'll block the card and raise a dispute",
        "c: thank you",
    ]


@case
def c21(g):  # hotel booking confirmation, loyalty
    conf = g.pat("99999999")
    loy = g.pat("AAA999999")
    return T, [
        "A: Thank you for calling Castellan Hotels, my name is Rosalie.".replace("Rosalie", "[[NAME:Rosalie]]"),
        "C: Hi Rosalie, I've got a reservation in Edinburgh next week and I need to change it.".replace("Rosalie,", "[[NAME:Rosalie]],").replace("Edinburgh", "((other:Edinburgh))"),
        "A: Sure. Confirmation number?",
        f"C: [[ACCOUNT_NUMBER:{conf}]].",
        "A: And the name on the booking?",
        "C: [[NAME:Declan Featherstonehaugh]].",
        "A: Thanks, Mr [[NAME:Featherstonehaugh]]. You're in room ((other:412)) from the ((date:19th)).",
        f"C: Could you add my rewards number too? It's [[ACCOUNT_NUMBER:{loy}]].",
        "A: Done. You'll earn ((quantity:2,400)) points.".replace("((quantity:2,400)) points", "((quantity:2,400)) points"),
        "C: Perfect.",
    ]


@case
def c22(g):  # ASR insurance, no-type question, read back, 'the bill'
    pol = g.pat("AA9999999")
    return S, [
        "a: hi it's [[NAME:tamsin]] at orchard cover can i help",
        "c: yeah my car was hit in a car park and i want to claim",
        "a: have you got your documents there can you read me the number under your name",
        f"c: [[ACCOUNT_NUMBER:{spell_id(pol, nato_every=True)}]]",
        f"a: lovely so that's [[ACCOUNT_NUMBER:{spell_id(pol)}]] and you're mr [[NAME:penrose]]",
        "c: yeah [[NAME:gideon]] [[NAME:penrose]]",
        "a: and the other driver did they leave details",
        "c: a note with the name [[NAME:jasper]] and a phone number",
        "a: okay we'll contact them will you be sending photos",
        "c: ((other:will)) do",
        "a: who's paying the bill for the repair upfront".replace("the bill", "the ((other:bill))"),
    ]


@case
def c23(g):  # utilities water, customer reference, nothing asked, corrected
    ref = g.pat("9999999999")
    return T, [
        "C: Hello, my customer reference is [[ACCOUNT_NUMBER:{}]] and I've had a bill for ((price:£940)).".format(ref),
        "A: Oh dear, that's a lot. This is Percival, let me pull it up.".replace("Percival", "[[NAME:Percival]]"),
        "C: It's usually about ((price:£40)) a month.",
        "A: Who am I speaking to, please?",
        "C: [[NAME:Constance Abara]].",
        "A: Thanks, Mrs [[NAME:Abara]]. It looks like the meter was read wrong.",
        "A: The reading was ((other:08462)) and the previous one ((other:00712)).",
        "C: That's impossible, it's just me in the house.",
        "A: I'll send someone out to check it and put the account on hold for ((duration:60 days)).",
        "C: Thank you.",
    ]


@case
def c24(g):  # ASR telecom porting, agent name repeated by customer, number in odd groups
    acct = g.pat("999999999")
    return S, [
        "a: connectly mobile you're speaking to [[NAME:yusra]]",
        "c: hi [[NAME:yusra]] i want to leave and take my number",
        "a: i'm sorry to hear that can i take the account number",
        f"c: [[ACCOUNT_NUMBER:{acct[:2]} {acct[2:4]} {acct[4:7]} {acct[7:]}]]",
        "a: and your name",
        "c: [[NAME:joaquin]] [[NAME:ibarra-solis]]",
        "a: thanks [[NAME:joaquin]] i can offer you ((quantity:fifty gig)) for ((price:twelve pounds a month))",
        "c: no i've decided",
        "a: okay your code will come by text within ((duration:a minute))",
        "c: thanks",
    ]


@case
def c25(g):  # loan company, IVR prompt, account spoken
    acct = g.pat("8999999")
    return S, [
        "i: please say or enter your loan account number",
        f"c: [[ACCOUNT_NUMBER:{say(acct, oh=False)}]]",
        f"i: thank you i heard [[ACCOUNT_NUMBER:{say(acct, oh=False)}]] is that correct",
        "c: yes",
        "a: hi you're through to [[NAME:tomasz]] can i take your name",
        "c: [[NAME:winifred]] [[NAME:achebe]]",
        "a: hi [[NAME:winifred]] how can i help",
        "c: i need to change my payment date from the fifth to the twelfth".replace("the fifth", "the ((date:fifth))").replace("the twelfth", "the ((date:twelfth))"),
        "a: that's fine the next payment of ((price:two hundred and ten pounds)) will go on the twelfth".replace("on the twelfth", "on the ((date:twelfth))"),
    ]


@case
def c26(g):  # dental clinic: patient number + appointment lookalikes
    pn = g.pat("99999")
    return T, [
        "A: Brookfield Dental, Saoirse speaking.".replace("Saoirse", "[[NAME:Saoirse]]"),
        "C: Hi, I need to cancel my son's appointment.",
        "A: What's his name?",
        "C: [[NAME:Felix Adebayo-Strand]].",
        "A: And his patient number, if you have it?",
        f"C: It's [[ACCOUNT_NUMBER:{pn}]] on the card.",
        "A: I can see him booked for ((date:3 June)) at ((time:4:15)).",
        "C: Yes, that one. He's got exams.",
        "A: No problem, I'll cancel it. Would the ((date:17th)) work instead?",
        "C: That's better, thanks.",
    ]


@case
def c27(g):  # landlord / letting agent; tenant reference; third party names
    tref = g.pat("TEN/9999/AA")
    return T, [
        "A: Marlow & Finch Lettings, this is Benedict.".replace("Benedict", "[[NAME:Benedict]]").replace("Marlow & Finch", "((other:Marlow & Finch))"),
        "C: Hi Benedict, the boiler's broken again and it's freezing.".replace("Benedict,", "[[NAME:Benedict]],"),
        "A: Oh no. Can I take your tenancy reference?",
        f"C: [[ACCOUNT_NUMBER:{tref}]].",
        "A: Thanks. You're at the flat managed for Mrs [[NAME:Pemberton-Hale]]?",
        "C: Yes, she's the landlord. The engineer last time was called [[NAME:Rhys]].",
        "A: I'll ask for [[NAME:Rhys]] again. Earliest is tomorrow at ((time:8:30)).",
        "C: We've got a baby, it's ((other:11 degrees)) in here.",
        "A: I'll mark it as an emergency and send heaters today.",
        "C: Thank you so much.",
    ]


@case
def c28(g):  # ASR membership breakdown cover, groups, "b as in bravo"
    mem = g.pat("A9999999")
    return S, [
        "a: roadrescue you're speaking with [[NAME:ciaran]] are you in a safe place",
        "c: yeah we're in a lay by on the ((other:a thirty))",
        "a: good what's your membership number",
        f"c: [[ACCOUNT_NUMBER:{mem[0].lower()} as in {NATO[mem[0].lower()]} {pairs(mem[1:])}]]",
        "a: whose name is the membership under",
        "c: it's my wife's [[NAME:june]] [[NAME:pryce-evans]]",
        "a: okay and who am i speaking to",
        "c: [[NAME:aled]]",
        "a: thanks [[NAME:aled]] someone will be with you in about ((duration:forty minutes))",
        "c: we've got ((count:two)) kids in the back",
        "a: i'll flag that as a priority",
    ]


@case
def c29(g):  # ordinary-heavy airline rebook with flight numbers and names
    pnr = g.pat("AAAA99")
    return T, [
        "A: Aeroloft, good evening, you're speaking with Thaddeus.".replace("Thaddeus", "[[NAME:Thaddeus]]"),
        "C: Hi. My flight to Lisbon was cancelled and I'm at the gate.".replace("Lisbon", "((other:Lisbon))"),
        "A: I'm sorry. What's your booking reference?",
        f"C: [[ACCOUNT_NUMBER:{pnr}]].",
        "A: And the lead passenger?",
        "C: [[NAME:Ottoline Vasquez]]. I'm travelling with my daughter [[NAME:Marisol]].",
        "A: Thank you. I can put you both on ((flight_number:AL 2291)) tomorrow at ((time:07:10)).",
        "C: Is there nothing tonight?",
        "A: ((flight_number:AL 2287)) is full, I'm afraid. I can book a hotel near the airport.",
        "C: Okay, please do.",
        "A: Done. The voucher covers dinner up to ((price:€30)) each.",
    ]


@case
def c30(g):  # ASR bank; sort code-ish but account number, agent readback in pairs
    acct = g.pat("99999999")
    return S, [
        "a: hi this is [[NAME:genevieve]] from ardent bank is that mister [[NAME:kowalczyk]]",
        "c: yeah speaking",
        "a: i'm calling about a payment we stopped can i confirm your account number",
        f"c: [[ACCOUNT_NUMBER:{pairs(acct)}]]",
        f"a: [[ACCOUNT_NUMBER:{say(acct)}]] thank you",
        "a: we stopped a payment of ((price:two thousand four hundred pounds)) to a new payee",
        "c: yeah that's my builder it's fine",
        "a: what's the builder's name",
        "c: [[NAME:dariusz]] he's doing the kitchen",
        "a: okay i'll release it",
    ]


@case
def c31(g):  # insurance pet; policy read in odd groups typed transcript
    pol = g.pat("PET9999999")
    return T, [
        "A: Pawsafe Insurance, good morning, you're through to Marigold.".replace("Marigold", "[[NAME:Marigold]]"),
        "C: Hi, my dog needs surgery and the vet wants to know if we're covered.",
        "A: Of course. What's the policy number?",
        f"C: [[ACCOUNT_NUMBER:{pol}]].",
        "A: And the policyholder's name?",
        "C: [[NAME:Leopold Sandoval]].",
        "A: And the vet practice?",
        "C: Greenhill Vets, the vet is [[NAME:Dr Ingrid Solberg]].".replace("[[NAME:Dr Ingrid Solberg]]", "Dr [[NAME:Ingrid Solberg]]").replace("Greenhill Vets", "((other:Greenhill Vets))"),
        "A: You're covered up to ((price:£4,000)) per condition, with an excess of ((price:£99)).",
        "C: That's a relief. Buster is only ((other:3)).",
    ]


@case
def c32(g):  # ASR ordinary + name common words (hope, will, grace)
    return S, [
        "a: good afternoon thanks for waiting you're through to [[NAME:grace]]",
        "c: hi grace i hope you can help".replace("hi grace", "hi [[NAME:grace]]").replace("i hope", "i ((other:hope))"),
        "c: i've been on hold for ages",
        "a: i'm sorry about the wait what's happened",
        "c: the boiler man never came and i took the day off",
        "a: that's really frustrating can i take your name",
        "c: [[NAME:hope]] [[NAME:ravenscroft]]",
        "a: thanks [[NAME:hope]] i'll rebook it and add a goodwill credit",
        "c: ((other:will)) someone call me first",
        "a: yes the engineer will ring ((duration:half an hour)) before",
        "c: okay thank you",
    ]


@case
def c33(g):  # bank ISA transfer; mixed letters; same breath name and account
    acct = g.pat("99999999")
    return T, [
        "C: Hi, it's [[NAME:Theodora Mwangi]], account [[ACCOUNT_NUMBER:{}]], I'm calling about my ISA transfer.".format(acct),
        "A: Hi Ms Mwangi, this is Jules.".replace("Mwangi", "[[NAME:Mwangi]]").replace("Jules", "[[NAME:Jules]]"),
        "C: I asked for it ((duration:five weeks)) ago and nothing's arrived.",
        "A: Let me check. Do you have the transfer reference from the other provider?",
        "C: They gave me [[ACCOUNT_NUMBER:{}]].".format(g.pat("TR-999-999-99")),
        "A: Thanks. It looks like the form was missing a signature.",
        "C: Nobody told me. The tax year ends in ((duration:three weeks)).",
        "A: I'll send a new form today by email.",
    ]


@case
def c34(g):  # ASR NATO surname and name confusable with month
    acct = g.pat("9999999")
    return S, [
        "a: premier gas how can i help",
        "c: hi my name is [[NAME:april]] [[NAME:gallagher]] i want to set up a payment plan",
        "a: can you spell the surname",
        f"c: [[NAME:{nato_spelled('gallagher')}]]",
        "a: thanks and your account number",
        f"c: [[ACCOUNT_NUMBER:{say(acct, oh=False)}]]",
        "a: thank you you owe ((price:three hundred and twelve pounds)) from the winter",
        "c: i can do about ((price:fifty a month))",
        "a: that's fine we'll start it in ((date:april))",
        "c: great",
    ]


@case
def c35(g):  # IT service desk employer ticket (B2B)
    inc = g.pat("INC9999999")
    asset = g.pat("AA-99999")
    return T, [
        "A: IT Service Desk, Quentin speaking.".replace("Quentin", "[[NAME:Quentin]]"),
        "C: Hi, my laptop won't boot and I've got a board meeting at ((time:2pm)).",
        "A: Okay. What's your name?",
        "C: [[NAME:Perpetua Halvorsen]], in Finance.",
        "A: And the asset tag on the laptop?",
        f"C: [[ACCOUNT_NUMBER:{asset}]]. It's a ThinkPad T14.".replace("ThinkPad T14", "((model_number:ThinkPad T14))"),
        f"A: I've opened [[ACCOUNT_NUMBER:{inc}]] for you. Can you come to the 4th floor?".replace("4th", "((other:4th))"),
        "C: On my way.",
    ]


@case
def c36(g):  # ASR utility meter number said in odd groups w/ letters; corrected
    mprn = g.pat("8999999999")
    return S, [
        "a: hi it's [[NAME:noor]] from vantage energy",
        "c: hiya i need to give you a reading and the meter number's changed",
        "a: okay what's the meter point number",
        f"c: [[ACCOUNT_NUMBER:{mprn[:3]} {mprn[3:7]} {mprn[7:]}]]",
        f"a: sorry was that [[ACCOUNT_NUMBER:{say(mprn)}]]",
        "c: yes",
        "a: and the reading",
        "c: ((other:four six two oh one))",
        "a: thanks the bill will update in ((duration:twenty four hours))",
        "c: lovely ta",
    ]


@case
def c37(g):  # ASR policy spoken "double seven" unknown question
    pol = g.with_double("AA9999999")
    return S, [
        "a: you're through to sentinel life my name's [[NAME:barnaby]]",
        "c: hi i'm ringing because my husband passed away last week",
        "a: i'm so sorry for your loss",
        "c: thank you i found a letter from you with a number on it",
        "a: could you read me that number please",
        f"c: [[ACCOUNT_NUMBER:{spell_id(pol, dbl=True)}]]",
        "a: thank you and your husband's name",
        "c: [[NAME:cornelius]] [[NAME:adeyinka]]",
        "a: and you are",
        "c: [[NAME:patience]] [[NAME:adeyinka]]",
        "a: mrs [[NAME:adeyinka]] i'll start the claim today and post you a pack",
    ]


@case
def c38(g):  # transcript read back "is that Mrs ...?"
    acct = g.pat("99-99999-9")
    return T, [
        "A: Good morning, Kingsmere Building Society, Alistair speaking.".replace("Alistair", "[[NAME:Alistair]]"),
        "C: Hello, I'd like to check my balance.",
        "A: Certainly. What's your savings account number?",
        f"C: [[ACCOUNT_NUMBER:{acct}]].",
        "A: And is that Mrs [[NAME:Vandermeer]]?",
        "C: Yes, [[NAME:Cordelia Vandermeer]].",
        "A: Thank you. Your balance is ((price:£12,402.55)) and the rate is ((percentage:4.1%)).",
        "C: When does the bonus end?",
        "A: On ((date:31 October)).",
        "C: Thank you.",
    ]


@case
def c39(g):  # ASR names run together, hyphenated, multi-part
    order = g.pat("99999999")
    return S, [
        "a: hi thanks for calling lark and loom my name is [[NAME:zainab]]",
        "c: hi my order hasn't arrived and it's a wedding dress",
        "a: oh no when's the wedding",
        "c: saturday".replace("saturday", "((date:saturday))"),
        "a: what's the order number",
        f"c: [[ACCOUNT_NUMBER:{order[:4]} {say(order[4:])}]]",
        "a: and the name on the order",
        "c: [[NAME:evangelinefairweather]]",
        "a: sorry is that evangeline fairweather".replace("evangeline fairweather", "[[NAME:evangeline fairweather]]"),
        "c: yes",
        "a: it's with the courier i'll ask for a ((time:before noon)) delivery tomorrow".replace("((time:before noon))", "before ((time:noon))"),
    ]


@case
def c40(g):  # transcript: vehicle reg + claim, agent greetings
    reg = g.pat("AA99 AAA")
    claim = g.pat("MTR/999999")
    return T, [
        "A: Claims line, this is Horatio, who am I speaking to?".replace("Horatio", "[[NAME:Horatio]]"),
        "C: It's [[NAME:Lavinia Oduro]]. I've just been in an accident on the A40.".replace("A40", "((other:A40))"),
        "A: Is everyone okay?",
        "C: Yes, just shaken.",
        "A: What's your vehicle registration?",
        f"C: [[ACCOUNT_NUMBER:{reg}]].",
        f"A: Thanks, Lavinia. Your claim number is [[ACCOUNT_NUMBER:{claim}]].".replace("Lavinia.", "[[NAME:Lavinia]]."),
        "C: Can you repeat that?",
        f"A: [[ACCOUNT_NUMBER:{claim}]].",
        "C: Got it. Will I get a courtesy car?",
        "A: Yes, within ((duration:48 hours)).",
    ]


@case
def c41(g):  # ASR pharmacy/hospital appointment, name as answer to "and the surname?"
    mrn = g.pat("99999999")
    return S, [
        "a: patient services [[NAME:keziah]] speaking",
        "c: hi i need to change my mum's appointment",
        "a: sure what's her first name",
        "c: [[NAME:may]]",
        "a: and the surname",
        "c: [[NAME:o'sullivan]]",
        "a: and her hospital number if you've got it",
        f"c: [[ACCOUNT_NUMBER:{pairs(mrn[:4])}]] uh [[ACCOUNT_NUMBER:{pairs(mrn[4:])}]]".replace("[[ACCOUNT_NUMBER:", "[[ACCOUNT_NUMBER#h:"),
        "a: she's booked for ((date:may the ninth)) at ((time:half two))",
        "c: she can't do may can we do june".replace("do may", "do ((date:may))").replace("do june", "do ((date:june))"),
        "a: i've got ((date:june the third)) at ((time:eleven))",
    ]


@case
def c42(g):  # retail store card account, customer spells surname with dashes
    acct = g.pat("9999 9999 99")
    return T, [
        "A: Harrowgate Stores card services, Winston speaking.".replace("Winston", "[[NAME:Winston]]"),
        "C: Hi, I'd like to close my store card.",
        "A: I can help. What's the account number on the statement?",
        f"C: [[ACCOUNT_NUMBER:{acct}]].",
        "A: And the surname?",
        "C: [[NAME:Szczepanski]], S-Z-C-Z-E-P-A-N-S-K-I.".replace("S-Z-C-Z-E-P-A-N-S-K-I", "[[NAME:S-Z-C-Z-E-P-A-N-S-K-I]]"),
        "A: Thanks. There's ((price:£18.40)) left to pay.",
        "C: I'll pay it now.",
        "A: Great, then I'll close it.",
    ]


@case
def c43(g):  # ASR return authorisation with letters and double
    rma = g.with_double("AA999999")
    return S, [
        "a: techmart returns [[NAME:obi]] speaking",
        "c: hiya my headphones stopped working i bought them in march".replace("march", "((date:march))"),
        "a: which model are they",
        "c: the ((model_number:soundarc q thirty))",
        "a: okay i've raised a return",
        f"a: your return authorisation is [[ACCOUNT_NUMBER:{spell_id(rma, dbl=True)}]]",
        "c: sorry can you say that again",
        f"a: [[ACCOUNT_NUMBER:{spell_id(rma, nato_every=True)}]]",
        "c: got it",
    ]


@case
def c44(g):  # Transcript: account on letter, agents say "thanks"
    ref = g.pat("A/9999999/9")
    return T, [
        "A: Debt advice line, Florentyna speaking.".replace("Florentyna", "[[NAME:Florentyna]]"),
        "C: I've had a letter saying bailiffs are coming on ((date:Thursday)).",
        "A: Okay, let's look at it together. What's the reference on the letter?",
        f"C: [[ACCOUNT_NUMBER:{ref}]].",
        "A: And your name?",
        "C: [[NAME:Mercy Adjei]].",
        "A: Thanks, Mercy. The debt is with Cardinal Collections for ((price:£2,150)).".replace("Mercy.", "[[NAME:Mercy]].").replace("Cardinal Collections", "((other:Cardinal Collections))"),
        "C: I didn't know it was that much.",
        "A: We can ask them to hold for ((duration:30 days)) while we set up a plan.",
        "C: Please.",
    ]


@case
def c45(g):  # ASR: order number given in odd groups with a correction; ordinary
    order = g.pat("9999999")
    bad = order[:-2] + order[-1] + order[-2]
    return S, [
        "a: bluebell florist how can i help",
        "c: i ordered flowers for my nan's funeral and they haven't come",
        "a: i'm so sorry when's the funeral",
        "c: it's at ((time:two)) today",
        "a: can you give me the number from your confirmation",
        f"c: [[ACCOUNT_NUMBER:{say(bad)}]] no wait [[ACCOUNT_NUMBER:{say(order)}]]",
        "a: and your name",
        "c: [[NAME:kit]] [[NAME:mabaso]]",
        "a: thanks [[NAME:kit]] the driver's on his way it'll be there by ((time:one))",
        "c: thank god",
    ]


@case
def c46(g):  # transcript: train tickets, names, look-alike station
    ref = g.pat("A9A9A9A9")
    return T, [
        "A: Hello, Northline Rail, Cosmo speaking.".replace("Cosmo", "[[NAME:Cosmo]]"),
        "C: Hi, I missed my train at Victoria Station because the Underground was shut.".replace("Victoria Station", "((other:Victoria Station))"),
        "A: I'm sorry. What's your ticket reference?",
        f"C: [[ACCOUNT_NUMBER:{ref}]].",
        "A: Thanks. The ((time:18:45)) service is still running, you can use the ticket on that.",
        "C: Great. Could you put a note on it in case the guard asks?",
        "A: Sure, what's your name?",
        "C: [[NAME:Ambrose Kettering]].",
        "A: Done, Mr [[NAME:Kettering]].",
    ]


@case
def c47(g):  # ASR broadband with NATO account + ordinary
    acct = g.pat("AA9999999")
    return S, [
        "a: hello this is [[NAME:fitz]] at kestrel broadband",
        "c: hi the internet keeps cutting out every ((duration:ten minutes))",
        "a: that's annoying can i take the account number it starts with two letters",
        f"c: [[ACCOUNT_NUMBER:{spell_id(acct, nato_every=True, as_in='as in')}]]",
        "a: thanks and who am i speaking to",
        "c: [[NAME:pilar]] [[NAME:etxeberria]]",
        "a: thanks [[NAME:pilar]] i'll reset the line from here",
        "c: okay",
        "a: can you turn the router off and on again",
        "c: done",
        "a: great it's showing a stable connection now",
    ]


@case
def c48(g):  # Transcript: school / council; admissions number
    ref = g.pat("ADM-99-9999")
    return T, [
        "A: School admissions, Ottilie speaking.".replace("Ottilie", "[[NAME:Ottilie]]"),
        "C: I'm calling about my son's place, we haven't heard anything and term starts on ((date:Monday)).",
        "A: I'm sorry. What's the application reference?",
        f"C: [[ACCOUNT_NUMBER:{ref}]].",
        "A: And your son's name?",
        "C: [[NAME:Reuben Castellanos]]. My partner [[NAME:Luz]] applied online.",
        "A: Thanks. He has a place at Elmridge Primary, the letter went out ((duration:two days)) ago.".replace("Elmridge Primary", "((other:Elmridge Primary))"),
        "C: Oh, thank goodness.",
    ]


@case
def c49(g):  # ASR: mortgage, agent repeats name with "so that's ...?"
    acct = g.pat("99999999")
    return S, [
        "a: hi you're through to mortgage services it's [[NAME:eleri]]",
        "c: hi we're completing on friday and the solicitor needs a redemption statement".replace("friday", "((date:friday))"),
        "a: no problem can i take the full names on the mortgage",
        "c: [[NAME:august]] [[NAME:brennan]] and [[NAME:sunniva]] [[NAME:brennan]]",
        "a: so that's [[NAME:august]] and [[NAME:sunniva]] [[NAME:brennan]]",
        "c: yes",
        "a: and the mortgage number",
        f"c: [[ACCOUNT_NUMBER:{say(acct[:3])}]] um [[ACCOUNT_NUMBER:{say(acct[3:])}]]".replace("[[ACCOUNT_NUMBER:", "[[ACCOUNT_NUMBER#m:"),
        "a: i'll email it to the solicitor within ((duration:an hour))",
        "c: oh brilliant thank you",
    ]


@case
def c50(g):  # Transcript: ordinary-heavy escalation
    case_no = g.pat("99999999")
    return T, [
        "A: Customer relations, Atticus speaking.".replace("Atticus", "[[NAME:Atticus]]"),
        "C: I've called ((count:six)) times about this and nobody calls back.",
        "A: I'm really sorry. Let's get it sorted on this call.",
        f"C: The case number they gave me is [[ACCOUNT_NUMBER:{case_no}]].",
        "A: I can see it. The refund was approved but never processed.",
        "C: So what happens now?",
        "A: I'll process it myself while you're on the line.",
        "C: Okay.",
        "A: Done. You'll see it in ((duration:3 to 5 working days)).",
        "C: Thank you. Can I have your name in case I need to call back?",
        "A: Of course, it's [[NAME:Atticus Rowntree]].",
    ]


@case
def c51(g):  # ASR: telecom; customer gives name spelled with nato 'as in'
    acct = g.pat("999999999")
    return S, [
        "a: good evening you're speaking with [[NAME:jarrah]] at signalpoint",
        "c: hi i'm abroad and my phone's been cut off",
        "a: i'm sorry can i take your name",
        "c: [[NAME:leocadia]] [[NAME:moraes]] that's [[NAME:m as in mike o r a e s]]",
        "a: and the account number please",
        f"c: i don't have it with me",
        "a: no problem what's the date of birth",
        "c: [[DOB:{}]]".format("the fourteenth of march eighty nine").replace("[[DOB:the ", "the [[DOB:"),
        f"a: thanks i've found you account [[ACCOUNT_NUMBER:{say(acct)}]] there was a spending cap hit",
        "c: oh i see",
        "a: i'll lift it for ((duration:seven days)) while you're away",
    ]


@case
def c52(g):  # Transcript: rewards number 16 digits (non card), flight
    rew = g.pat("9999 9999 9999")
    return T, [
        "A: Welcome to Meridian Rewards, Beatrix here.".replace("Beatrix", "[[NAME:Beatrix]]"),
        "C: My points from my last trip never showed up.",
        "A: What's your membership number?",
        f"C: [[ACCOUNT_NUMBER:{rew}]].",
        "A: And which flight was that?",
        "C: ((flight_number:MR 418)) on the ((date:2nd)).",
        "A: You should have got ((quantity:3,200)) points. I'll add them manually.",
        "C: Thanks, Beatrix.".replace("Beatrix", "[[NAME:Beatrix]]"),
    ]


@case
def c53(g):  # ASR: courier lost parcel; names of neighbours
    con = g.pat("AA999999999AA")
    return S, [
        "a: hi it's [[NAME:sol]] from packright how can i help",
        "c: hi my parcel went to the wrong house",
        "a: have you got the consignment number",
        f"c: [[ACCOUNT_NUMBER:{spell_id(con)}]]",
        "a: it says it was signed for by [[NAME:p henderson]]",
        "c: there's no henderson on our street".replace("henderson", "[[NAME:henderson]]"),
        "a: okay i'll open a claim for the ((price:hundred and twenty quid))",
        "c: it was a ((model_number:kindle paperwhite)) for my daughter",
        "a: you'll hear back in ((duration:five days))",
    ]


@case
def c54(g):  # transcript: bank name third-party POA
    acct = g.pat("99999999")
    return T, [
        "A: Hello, Carrow Bank, Dominika speaking.".replace("Dominika", "[[NAME:Dominika]]"),
        "C: Hi, I have power of attorney for my father and I need to pay his care home.",
        "A: Of course. What's your father's name?",
        "C: [[NAME:Reginald Ashby-Nwosu]].",
        "A: And yours?",
        "C: [[NAME:Harriet Ashby-Nwosu]].",
        "A: And his account number?",
        f"C: [[ACCOUNT_NUMBER:{acct[:4]}]]... sorry, let me find it... [[ACCOUNT_NUMBER:{acct[4:]}]].".replace("[[ACCOUNT_NUMBER:", "[[ACCOUNT_NUMBER#p:"),
        "A: Thanks. The care home fee is ((price:£3,850)) a month?",
        "C: Yes, due by the ((date:5th)).",
    ]


@case
def c55(g):  # ASR: broadband account read back incorrectly & corrected by customer
    acct = g.pat("99999999")
    wrong = acct[:5] + str((int(acct[5]) + 1) % 10) + acct[6:]
    return S, [
        "a: it's [[NAME:rohan]] at fibrenet whats the account number",
        f"c: [[ACCOUNT_NUMBER:{say(acct)}]]",
        f"a: [[ACCOUNT_NUMBER:{say(wrong)}]]",
        f"c: no [[ACCOUNT_NUMBER:{say(acct[5:])}]] at the end",
        "a: sorry got it and your name",
        "c: [[NAME:clementine]] [[NAME:achterhof]]",
        "a: thanks [[NAME:clementine]] whats the problem today",
        "c: the router light is flashing orange",
        "a: okay ill send a new router it'll be there ((date:wednesday))",
    ]


@case
def c56(g):  # transcript: tax, national insurance style reference
    ref = g.pat("AA 99 99 99 A")
    return T, [
        "A: Benefits helpline, Jericho speaking.".replace("Jericho", "[[NAME:Jericho]]"),
        "C: I applied for carer's allowance and haven't heard back.",
        "A: Can I have your claim reference?",
        f"C: I only have the reference on my award letter: [[ACCOUNT_NUMBER:{ref}]].",
        "A: That's fine. Who do you care for?",
        "C: My brother, [[NAME:Tobiah Marchetti]].",
        "A: Thank you. It's being processed, about ((duration:two weeks)) more.",
        "C: Okay. We're struggling for money.",
        "A: I'll note it and ask for a priority review.",
    ]


@case
def c57(g):  # ASR: ordinary conversational; name "bill" confusion
    acct = g.pat("99999999")
    return S, [
        "a: hi you're through to [[NAME:nadia]] at clearwater",
        "c: hi i'm ringing about the bill".replace("the bill", "the ((other:bill))"),
        "a: no problem whats the account number on the bill".replace("on the bill", "on the ((other:bill))"),
        f"c: [[ACCOUNT_NUMBER:{pairs(acct)}]]",
        "a: and whose name is it in",
        "c: my husband's [[NAME:bill]] [[NAME:trevelyan]]",
        "a: is [[NAME:bill]] there with you",
        "c: no he's at the hospital",
        "a: thats fine i can talk you through it it's ((price:eighty two pounds)) for the quarter",
        "c: that's more than last time",
        "a: prices went up by ((percentage:six percent)) in april".replace("in april", "in ((date:april))"),
    ]


@case
def c58(g):  # transcript: ordinary + product model numbers
    serial = g.pat("SN99999999")
    return T, [
        "A: Fernhill Appliances, Lysander speaking.".replace("Lysander", "[[NAME:Lysander]]"),
        "C: My washing machine is leaking, it's a ((model_number:WM-8420X)).",
        "A: Is it under warranty?",
        "C: I bought it ((duration:eight months)) ago.",
        "A: Then yes. Can you read me the serial number from inside the door?",
        f"C: [[ACCOUNT_NUMBER:{serial}]].",
        "A: Thanks. An engineer can come on ((date:Friday)).",
        "C: Can it be earlier? The kitchen's flooding.",
        "A: I'll try for ((date:Wednesday)) and call you back.",
    ]


@case
def c59(g):  # ASR: booking PNR with "double" letters & agent asks "have you got the number there"
    pnr = g.pat("AA9A99")
    return S, [
        "a: atlas travel [[NAME:mirela]] speaking",
        "c: hiya i'm in the queue at the airport and they say my name is wrong on the ticket",
        "a: okay have you got the booking number there",
        f"c: [[ACCOUNT_NUMBER:{spell_id(pnr)}]]",
        "a: what does the ticket say",
        "c: [[NAME:benedikt]] with a k but it's [[NAME:benedict]] with a c on my passport",
        "a: and the surname",
        "c: [[NAME:hollowell]]",
        "a: i can fix that now mister [[NAME:hollowell]] it'll take ((duration:two minutes))",
        "c: please the flight leaves at ((time:ten past six))",
    ]


@case
def c60(g):  # transcript: gas safety third party names
    job = g.pat("JOB-999999")
    return T, [
        "A: Homeguard, Winnie speaking.".replace("Winnie", "[[NAME:Winnie]]"),
        "C: Hi, I smell gas in the kitchen.",
        "A: Please open the windows and don't use any switches. Are you out of the house?",
        "C: We're outside now.",
        "A: Good. An engineer, Ptolemy Ashcroft, is on the way.".replace("Ptolemy Ashcroft", "[[NAME:Ptolemy Ashcroft]]"),
        f"A: Your job number is [[ACCOUNT_NUMBER:{job}]].",
        "C: How long?",
        "A: Within ((duration:one hour)).",
        "C: Thanks.",
    ]


@case
def c61(g):  # ASR: vehicle reg spelled NATO, insurance quote
    reg = g.pat("AA99AAA")
    quote = g.pat("Q99999999")
    return S, [
        "a: hi there you're speaking to [[NAME:orla]] at swiftcover direct",
        "c: hi i had a quote online but it's gone up",
        "a: have you got the quote reference",
        f"c: [[ACCOUNT_NUMBER:{spell_id(quote)}]]",
        "a: and the car registration",
        f"c: [[ACCOUNT_NUMBER:{spell_id(reg, nato_every=True)}]]",
        "a: it's a ((model_number:golf gti)) right",
        "c: yeah",
        "a: the quote was ((price:five forty two)) it's now ((price:six hundred and ten))",
        "c: why",
        "a: the quote expired after ((duration:thirty days)) i can try to match it",
    ]


@case
def c62(g):  # transcript ordinary; "Will" as first word; names
    acct = g.pat("9999-9999")
    return T, [
        "A: Silverbirch Care, Rosamund speaking.".replace("Rosamund", "[[NAME:Rosamund]]"),
        "C: Will someone be visiting my mum today? Nobody came this morning.".replace("Will someone", "((other:Will)) someone"),
        "A: I'm very sorry. What's your mum's name?",
        "C: [[NAME:Elspeth Mackintosh]].",
        f"A: And the client number on her care plan?",
        f"C: [[ACCOUNT_NUMBER:{acct}]].",
        "A: The carer, Joy, called in sick. I'll send Precious instead.".replace("Joy,", "[[NAME:Joy]],").replace("Precious", "[[NAME:Precious]]"),
        "C: Mum needs her tablets by ((time:noon)).",
        "A: She'll be there by ((time:11:30)).",
    ]


@case
def c63(g):  # ASR: introductions "... speaking", ordinary
    return S, [
        "c: hello is that the surgery",
        "a: yes [[NAME:delphine]] speaking",
        "c: hi i can't get through to book and i've been trying since ((time:eight))",
        "a: i'm sorry it's been very busy",
        "c: my little boy has a rash and a temperature",
        "a: and his name please",
        "c: [[NAME:rowan]] [[NAME:agbaje]]",
        "a: i can get [[NAME:rowan]] in with doctor [[NAME:marsh]] at ((time:ten to twelve))",
        "c: oh thank you",
        "a: if he gets worse call back or go to a and e",
    ]


@case
def c64(g):  # transcript: subscription box, order numbers, account email (not required)
    order = g.pat("#999999")
    return T, [
        "A: Hi, Crumb & Co, Lucian speaking.".replace("Lucian", "[[NAME:Lucian]]"),
        "C: Hello, my box came with the wrong items.",
        f"A: Sorry about that. What's the order number? It starts with a hash.",
        f"C: {order[0]}[[ACCOUNT_NUMBER:{order[1:]}]].",
        "A: Thank you. Who am I speaking with?",
        "C: [[NAME:Wilhelmina Rhodes]].",
        "A: Thanks, Wilhelmina. I'll send a replacement and refund ((price:$24)).".replace("Wilhelmina.", "[[NAME:Wilhelmina]]."),
        "C: Lovely.",
    ]


@case
def c65(g):  # ASR ordinary-heavy: agent script
    ref = g.pat("99999999")
    return S, [
        "a: thank you for calling this call may be recorded for training purposes",
        "a: my name is [[NAME:ignatius]] can i take your name",
        "c: [[NAME:ngozi]] [[NAME:van wyk]]",
        "a: thank you and how can i help today",
        "c: my card got swallowed by the cash machine",
        "a: oh no i'm sorry which branch",
        "c: the one on the high street",
        "a: okay i'll order a new card it arrives in ((duration:three to five days))",
        f"a: the reference for that is [[ACCOUNT_NUMBER:{say(ref)}]]",
        "c: thanks",
        "a: is there anything else i can help with",
        "c: no that's all",
    ]


@case
def c66(g):  # transcript: holiday company, booking ref + passport-like names
    bk = g.pat("HOL/999999")
    return T, [
        "A: Sunward Holidays, Evander speaking.".replace("Evander", "[[NAME:Evander]]"),
        "C: Our resort in Crete has been evacuated because of the fires.".replace("Crete", "((other:Crete))"),
        "A: Oh no. Are you all safe?",
        "C: Yes, we're on a coach. There's ((count:four)) of us.",
        "A: Can I take the booking reference?",
        f"C: [[ACCOUNT_NUMBER:{bk}]].",
        "A: And the lead name?",
        "C: [[NAME:Ramona Castellano-Pike]].",
        "A: Thank you, Ramona. We've got a hotel for you in Chania tonight.".replace("Ramona.", "[[NAME:Ramona]].").replace("Chania", "((other:Chania))"),
        "C: That's such a relief, thank you.",
    ]


@case
def c67(g):  # ASR: loyalty number given same breath with phone
    loy = g.pat("99999999999")
    ph = g.phone_uk_mobile()
    return S, [
        "a: hi its [[NAME:beck]] at freshfields how can i help",
        f"c: hi my loyalty number's [[ACCOUNT_NUMBER:{say(loy)}]] and my phone is [[PHONE:{say(ph)}]]",
        "a: thanks whats up",
        "c: my points vanished",
        "a: i can see ((quantity:four thousand)) points were used at another store yesterday",
        "c: that wasn't me",
        "a: okay i'll block the card and restore them",
        "c: thanks",
    ]


@case
def c68(g):  # transcript: patient account at clinic, billing, doctor name
    pa = g.pat("PA-9999999")
    return T, [
        "A: Billing office, this is Marisela.".replace("Marisela", "[[NAME:Marisela]]"),
        "C: Hi, I got a bill for an ER visit that insurance should have covered.",
        "A: Can you give me the patient account number at the top of the statement?",
        f"C: [[ACCOUNT_NUMBER:{pa}]].",
        "A: Thank you. And the patient's name? He was seen in ((year:2023))?",
        "C: [[NAME:Thaddeus Okonkwo-Bell]], that's my son.",
        "A: I see a balance of ((price:$1,874.20)). Dr. Hargreaves coded it as out of network.".replace("Hargreaves", "[[NAME:Hargreaves]]"),
        "C: That's wrong, the hospital is in network.",
        "A: I'll resubmit it. Allow ((duration:30 days)).",
    ]


@case
def c69(g):  # ASR: sanitized ordinary; "mark" word usage, agent hands over to a colleague
    acct = g.pat("99999999")
    return S, [
        "a: hi you're through to [[NAME:corentin]]",
        "c: hi i want to complain about the engineer",
        "a: i'm sorry to hear that what happened",
        "c: he left mud all over the carpet and didn't fix anything",
        "a: that's not acceptable can i take your account number",
        f"c: yeah it's [[ACCOUNT_NUMBER:{say(acct[:4])} {acct[4:]}]]",
        "a: i'll ((other:mark)) it as a complaint and pass it to my manager [[NAME:philippa]]",
        "c: ok",
        "a: she'll call you within ((duration:two working days))",
    ]


@case
def c70(g):  # transcript: bank, name confusion with weekday/month
    acct = g.pat("99999999")
    return T, [
        "A: Good morning, Ashgrove Bank, you're speaking with Sunday.".replace("Sunday.", "[[NAME:Sunday]]."),
        "C: Sorry, did you say your name is Sunday?".replace("Sunday?", "[[NAME:Sunday]]?"),
        "A: Yes, that's right! How can I help?",
        "C: My salary hasn't gone in, and I get paid on a ((date:Friday)).",
        "A: Can I take your account number?",
        f"C: [[ACCOUNT_NUMBER:{acct}]], in the name of [[NAME:Augustine Ferreira]].",
        "A: Thanks. I can see the payment is pending, it'll clear by ((time:3pm)).",
        "C: Great.",
    ]


@case
def c71(g):  # asr: ticket number IT & agent read in groups ; words run together
    tk = g.pat("99999")
    return S, [
        "a: helpdesk [[NAME:ezra]] speaking",
        "c: hi its [[NAME:lucindahartley]] from accounts my outlook keeps crashing".replace("outlook", "((other:outlook))"),
        "a: have you got a ticket already",
        f"c: yeah [[ACCOUNT_NUMBER:{'inc ' + pairs(tk[:4]) + ' ' + w(tk[4])}]]",
        "a: let me look yes it's assigned to [[NAME:ferdinand]]",
        "c: he hasn't called me",
        "a: i'll chase him now",
    ]


@case
def c72(g):  # ASR: water leak, "it's ... here", customer ref in odd groups with letters
    ref = g.pat("AA99999999")
    return S, [
        "c: hi it's [[NAME:wendeline]] here from the top flat i've got water coming through the ceiling",
        "a: okay you're through to emergency repairs it's [[NAME:jonty]] is the water near any electrics",
        "c: no it's in the hallway",
        "a: good have you got your tenancy number handy",
        f"c: [[ACCOUNT_NUMBER:{ref[0].lower()} {ref[1].lower()} {ref[2:5]} {ref[5:7]} {ref[7:]}]]",
        "a: and your surname",
        "c: [[NAME:abernethy-kaur]]",
        "a: thanks [[NAME:wendeline]] the plumber [[NAME:stavros]] will be there in ((duration:two hours))",
        "c: can he ring when he's close",
        "a: yes i'll put that on the job",
    ]


@case
def c73(g):  # ASR: subscription cancel, member id given unprompted, email with @ quirk
    mem = g.pat("99999999")
    return S, [
        f"c: hello my member id is [[ACCOUNT_NUMBER:{pairs(mem)}]] i want to cancel",
        "a: hi there you're speaking with [[NAME:rafferty]] can i ask why you're leaving",
        "c: money's tight and i don't use it",
        "a: i understand can i just confirm the email on the account",
        "c: [[EMAIL:olive.strand @ gmail.com]]",
        "a: thank you is that [[NAME:olive]] [[NAME:strand]]",
        "c: that's me",
        "a: i can offer ((duration:three months)) at ((percentage:half price))",
        "c: no thanks just cancel it please",
        "a: done it'll end on the ((date:twenty eighth))",
    ]


@case
def c74(g):  # ASR: airline lost bag, file reference spoken with letters, third party
    file_ref = g.pat("AAA99999")
    return S, [
        "a: baggage services [[NAME:tiago]] speaking",
        "c: yeah hi my bag didn't come off ((flight_number:ek oh oh seven)) last night",
        "a: did you fill in a report at the desk",
        "c: yeah the lady gave me a reference hang on",
        f"c: [[ACCOUNT_NUMBER:{spell_id(file_ref[:3])}]] um [[ACCOUNT_NUMBER#f:{say(file_ref[3:])}]]".replace("[[ACCOUNT_NUMBER:", "[[ACCOUNT_NUMBER#f:"),
        "a: thank you and the name on the report",
        "c: it's under my partner's name [[NAME:florian]] [[NAME:weatherby]]",
        "a: i can see it the bag's been found in ((other:dubai)) it'll be on tonight's flight",
        "c: we're at a wedding tomorrow the suit's in there",
        "a: we'll courier it straight to your hotel by ((time:ten am))",
    ]


# ---------------------------------------------------------------- build & validate
MARK = re.compile(r"\[\[([A-Z_]+)(?:#(\w+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "doctor", "mister", "mx", "sir"}
DIGIT_WORDS = set(DIG) | set(TEENS) | set(TENS.values()) | {"oh", "double", "triple", "hundred"}
COMMON_NAME_WORDS = {"will", "hope", "grace", "rose", "mark", "bill", "sky", "june", "may",
                     "april", "august", "joy", "patience", "mercy", "sunday", "precious", "kit",
                     "sol", "beck", "marsh", "jules", "luz"}


class CheckError(Exception):
    pass


def parse(text: str):
    clean, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(text):
        pre = text[pos:m.start()]
        clean.append(pre); out_len += len(pre)
        if m.group(1):
            val = m.group(3)
            spans.append(("pii", m.group(1), m.group(2), out_len, out_len + len(val)))
        else:
            val = m.group(5)
            spans.append(("keep", m.group(4), None, out_len, out_len + len(val)))
        clean.append(val); out_len += len(val)
        pos = m.end()
    clean.append(text[pos:])
    s = "".join(clean)
    if "[[" in s or "]]" in s or "((" in s or "))" in s:
        raise CheckError(f"unparsed markup in: {text}")
    return s, spans


def to_digits(s: str) -> str:
    """Digits in a (possibly spoken) value, letters dropped."""
    toks = re.findall(r"[a-z]+|\d", s.lower())
    out, i = [], 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t * mult); mult = 1
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
        elif t == "oh" or t in DIG:
            out.append(("0" if t == "oh" else str(DIG.index(t))) * mult); mult = 1
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS.values():
            tens = [k for k, v in TENS.items() if v == t][0]
            if i + 1 < len(toks) and toks[i + 1] in DIG[1:]:
                out.append(f"{tens}{DIG.index(toks[i + 1])}"); i += 1
            else:
                out.append(f"{tens}0")
        i += 1
    return "".join(out)


def build(seed: int = SEED):
    g = Gen(seed)
    cases, errors = [], []
    for idx, fn in enumerate(CASES, 1):
        style, turns = fn(g)
        cid = f"d4-{idx:03d}"
        utts, pii, keep = [], [], []
        gmap = {}
        auto = 0
        for ui, t in enumerate(turns):
            sp, _, body = t.partition(": ")
            try:
                text, spans = parse(body)
            except CheckError as e:
                errors.append(f"{cid}: {e}"); continue
            utts.append({"speaker": SPEAKERS[sp.upper()], "text": text})
            for kind, typ, grp, a, b in spans:
                if kind == "pii":
                    key = grp if grp else f"_auto{auto}"
                    if not grp:
                        auto += 1
                    if key not in gmap:
                        gmap[key] = f"g{len(gmap) + 1}"
                    pii.append({"utterance": ui, "start": a, "end": b, "type": typ,
                                "group": gmap[key]})
                else:
                    keep.append({"utterance": ui, "start": a, "end": b, "kind": typ})
        cases.append({"case_id": cid, "style": style, "utterances": utts, "pii": pii,
                      "keep": keep})
    return cases, errors


def validate(cases):
    errs = []
    seen_utts = {}
    name_words = set()
    for c in cases:
        for p in c["pii"]:
            if p["type"] == "NAME":
                name_words |= set(re.findall(r"[a-z']+", c["utterances"][p["utterance"]]["text"][p["start"]:p["end"]].lower()))
    spelled_letters = {w for w in name_words if len(w) == 1}
    name_words -= spelled_letters | set(NATO.values()) | {"as", "in", "for", "de", "la", "van", "der", "thi"}
    for c in cases:
        cid, style = c["case_id"], c["style"]
        if style not in (T, S):
            errs.append(f"{cid}: bad style")
        by_utt = defaultdict(list)
        for p in c["pii"]:
            by_utt[p["utterance"]].append(("pii", p["type"], p))
            if p["type"] not in PII_TYPES:
                errs.append(f"{cid}: bad type {p['type']}")
        for k in c["keep"]:
            by_utt[k["utterance"]].append(("keep", k["kind"], k))
            if k["kind"] not in KEEP_KINDS:
                errs.append(f"{cid}: bad keep kind {k['kind']}")
        for ui, u in enumerate(c["utterances"]):
            text = u["text"]
            if style == S and re.search(r"[A-Z]", text):
                errs.append(f"{cid}/{ui}: capital letter in asr: {text!r}")
            key = re.sub(r"\W+", " ", text.lower()).strip()
            if len(key.split()) >= 4:
                if key in seen_utts:
                    errs.append(f"{cid}/{ui}: duplicate utterance (also {seen_utts[key]}): {text!r}")
                seen_utts[key] = f"{cid}/{ui}"
            spans = sorted(by_utt[ui], key=lambda x: x[2]["start"])
            covered = [False] * len(text)
            for kind, typ, s in spans:
                a, b = s["start"], s["end"]
                v = text[a:b]
                where = f"{cid}/{ui} {kind}:{typ} {v!r}"
                if not (0 <= a < b <= len(text)):
                    errs.append(f"{where}: out of range or empty"); continue
                if v != v.strip():
                    errs.append(f"{where}: leading/trailing space")
                if re.match(r"[^\w(+$£€#]", v) or re.search(r"[^\w%)]$", v):
                    errs.append(f"{where}: leading/trailing punctuation")
                if a > 0 and text[a - 1].isalnum() and v[0].isalnum():
                    errs.append(f"{where}: starts inside a word")
                if b < len(text) and text[b].isalnum() and v[-1].isalnum():
                    errs.append(f"{where}: ends inside a word")
                for i in range(a, b):
                    if covered[i]:
                        errs.append(f"{where}: overlaps another span"); break
                    covered[i] = True
                if kind == "pii":
                    errs += [f"{where}: {m}" for m in check_pii(typ, v, style)]
            # look-alikes: long ones fail Luhn; never the digits of a pii span in same utterance
            pii_digits = {to_digits(text[s["start"]:s["end"]]) for k, t, s in spans if k == "pii"}
            for kind, typ, s in spans:
                if kind != "keep":
                    continue
                d = to_digits(text[s["start"]:s["end"]])
                if 13 <= len(d) <= 19 and luhn_ok(d):
                    errs.append(f"{cid}/{ui}: look-alike passes Luhn: {d}")
                if len(d) >= 3 and any(d in pd or pd in d for pd in pii_digits if len(pd) >= 3):
                    errs.append(f"{cid}/{ui}: look-alike shares digits with a pii span")
            # no digit or run of 4+ digit words outside spans; no name word outside spans
            outside = "".join(ch if not covered[i] else " " for i, ch in enumerate(text))
            if re.search(r"\d", outside):
                errs.append(f"{cid}/{ui}: digit outside a span: {text!r}")
            run = 0
            for tok in re.findall(r"[a-z']+", outside.lower()):
                run = run + 1 if tok in DIGIT_WORDS else 0
                if run >= 4:
                    errs.append(f"{cid}/{ui}: run of digit words outside a span: {text!r}"); break
            for tok in re.findall(r"[a-z']+", outside.lower()):
                if tok in name_words and tok not in COMMON_NAME_WORDS:
                    errs.append(f"{cid}/{ui}: name word {tok!r} outside a span: {text!r}")
        # card numbers (if any) pass Luhn, joined over the group
        groups = defaultdict(str)
        for p in c["pii"]:
            if p["type"] == "CARD_NUMBER":
                groups[p["group"]] += to_digits(c["utterances"][p["utterance"]]["text"][p["start"]:p["end"]])
        acct = defaultdict(str)
        for p in c["pii"]:
            if p["type"] == "ACCOUNT_NUMBER":
                acct[p["group"]] += " " + c["utterances"][p["utterance"]]["text"][p["start"]:p["end"]]
        for gid, v in acct.items():
            words = re.findall(r"[a-z0-9]+", v.lower())
            if len(to_digits(v)) < 2 or len(words) < 2 and len(words[0]) < 4:
                errs.append(f"{cid}: account group {gid} too short: {v!r}")
        for gid, d in groups.items():
            if len(d) not in (15, 16) or not luhn_ok(d):
                errs.append(f"{cid}: card group {gid} fails Luhn: {d}")
    return errs


def check_pii(typ, v, style):
    low = v.lower()
    d = to_digits(v)
    out = []
    if typ == "NAME":
        if re.search(r"\d", v):
            out.append("digit in NAME")
        if low.split()[0].rstrip(".") in TITLES:
            out.append("title inside NAME")
        if style == T and not any(x[0].isupper() for x in v.split()):
            out.append("transcript NAME not capitalised")
    elif typ == "ACCOUNT_NUMBER":
        if not re.search(r"[a-z0-9]", low):
            out.append("account number piece has no letter or digit")
    elif typ == "PHONE":
        if not 10 <= len(d) <= 12:
            out.append(f"phone has {len(d)} digits")
    elif typ == "DOB":
        if not re.search(r"\d{4}|" + "|".join(m.lower() for m in MONTHS) + r"|/", low):
            out.append("DOB without month or year")
    elif typ == "POSTCODE":
        if not (re.fullmatch(r"\d{5}", v) or re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", v) or style == S):
            out.append("bad postcode")
    return out


def counts(cases):
    rows = Counter()
    for c in cases:
        st = c["style"]
        rows[("cases", st)] += 1
        rows[("utterances", st)] += len(c["utterances"])
        busy = {p["utterance"] for p in c["pii"]} | {k["utterance"] for k in c["keep"]}
        rows[("ordinary", st)] += len(c["utterances"]) - len(busy)
        for p in c["pii"]:
            rows[("span", p["type"], st)] += 1
        for t, gid in {(p["type"], p["group"]) for p in c["pii"]}:
            rows[("group", t, st)] += 1
        for k in c["keep"]:
            rows[("keep", k["kind"], st)] += 1
    return rows


def table(rows):
    def line(label, key):
        a, b = rows[key + (T,)], rows[key + (S,)]
        return f"| {label} | {a} | {b} | {a + b} |"
    out = ["| | transcript | asr | total |", "|---|---:|---:|---:|",
           line("cases", ("cases",)), line("utterances", ("utterances",)),
           line("ordinary utterances (no pii, no keep)", ("ordinary",)), "| **pii spans** | | | |"]
    out += [line(t, ("span", t)) for t in PII_TYPES if rows[("span", t, T)] + rows[("span", t, S)]]
    tot = lambda kind, st: sum(v for k, v in rows.items() if k[0] == kind and k[-1] == st)
    out.append(f"| all pii spans | {tot('span', T)} | {tot('span', S)} | {tot('span', T) + tot('span', S)} |")
    out.append("| **pii values (groups)** | | | |")
    out += [line(t, ("group", t)) for t in PII_TYPES if rows[("group", t, T)] + rows[("group", t, S)]]
    out.append("| **keep (look-alikes)** | | | |")
    out += [line(k, ("keep", k)) for k in KEEP_KINDS]
    out.append(f"| all keep spans | {tot('keep', T)} | {tot('keep', S)} | {tot('keep', T) + tot('keep', S)} |")
    return "\n".join(out)


MINIMUMS = {"utterances": 450, "ACCOUNT_NUMBER": 90, "NAME": 110, "keep": 80, "ordinary": 100,
            "shape_lookalikes": 80}
SHAPE_KINDS = {"quantity", "flight_number", "model_number", "count", "other"}
DAY_MONTH = re.compile(r"\b(" + "|".join(m.lower() for m in MONTHS) +
                       r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def shape_lookalikes(cases):
    """Look-alikes of account/name shapes: ids, products, places, name-like words, and dates
    that are a month or weekday name."""
    n = Counter()
    for c in cases:
        for k in c["keep"]:
            v = c["utterances"][k["utterance"]]["text"][k["start"]:k["end"]].lower()
            if k["kind"] in SHAPE_KINDS or (k["kind"] == "date" and DAY_MONTH.search(v)):
                n[c["style"]] += 1
    return n


def main():
    cases, errs = build()
    if not errs:
        errs = validate(cases)
    again, _ = build()
    if json.dumps(again) != json.dumps(cases):
        errs.append("two builds differ")
    rows = counts(cases)
    tot = lambda *k: rows[k + (T,)] + rows[k + (S,)]
    have = {"utterances": tot("utterances"), "ACCOUNT_NUMBER": tot("span", "ACCOUNT_NUMBER"),
            "NAME": tot("span", "NAME"),
            "keep": sum(v for k, v in rows.items() if k[0] == "keep"),
            "ordinary": tot("ordinary")}
    shapes = shape_lookalikes(cases)
    have["shape_lookalikes"] = shapes[T] + shapes[S]
    for k, m in MINIMUMS.items():
        if have[k] < m:
            errs.append(f"minimum not met: {k} {have[k]} < {m}")
    share = rows[("utterances", T)] / max(1, have["utterances"])
    if not 0.40 <= share <= 0.50:
        errs.append(f"transcript share {share:.2f} outside 0.40-0.50")
    n = len(cases)
    print(f"#### dev4.jsonl ({n} cases, {have['utterances']} utterances, {share:.0%} transcript)\n")
    print(table(rows))
    print(f"| look-alikes of account/name shapes (quantity, flight_number, model_number, count, "
          f"other, and dates that are a month or weekday) | {shapes[T]} | {shapes[S]} | "
          f"{shapes[T] + shapes[S]} |")
    groups = Counter()
    for c in cases:
        per = Counter(p["group"] for p in c["pii"] if p["type"] == "ACCOUNT_NUMBER")
        groups["account values in pieces"] += sum(1 for v in per.values() if v > 1)
        groups["account values said by an agent or ivr"] += len({p["group"] for p in c["pii"]
            if p["type"] == "ACCOUNT_NUMBER" and c["utterances"][p["utterance"]]["speaker"] != "customer"})
        groups["NAME spans said by an agent"] += sum(1 for p in c["pii"] if p["type"] == "NAME"
            and c["utterances"][p["utterance"]]["speaker"] == "agent")
    print()
    for k, v in groups.items():
        print(f"- {k}: {v}")
    if errs:
        print(f"\n{len(errs)} check(s) failed:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    if "--check" not in sys.argv:
        with OUT.open("w") as f:
            for c in cases:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        print(f"\nwrote {OUT}")


if __name__ == "__main__":
    main()
