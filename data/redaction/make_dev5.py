"""Write data/redaction/dev5.jsonl: a fifth development set for the transcript redactor.

dev5 concentrates on ACCOUNT_NUMBER and NAME (and the look-alikes of those shapes that must
survive), in conversations that flow like real calls: long customer turns that tell a story
with relatives, neighbours, doctors, landlords and staff in them, agents using the caller's
name mid-sentence, references asked for without a cue word, numbers given with corrections and
pauses, and names that are ordinary words.

Each case is a small function that returns (style, turns). Turns carry inline markup:

    [[TYPE:text]]        a pii span, in a group of its own
    [[TYPE#g:text]]      a pii span in group g (pieces of one value share g)
    ((kind:text))        a look-alike (keep span)

TYPE may be abbreviated (ACC, N, PH, EM, ...); kind may be abbreviated (o, m, f, q, c, d, t,
p, du, y, pc). The markup is stripped by code and every offset is computed from the clean
text. Numbers and ids come from a seeded generator.

    python3 data/redaction/make_dev5.py           # writes dev5.jsonl, prints the counts
    python3 data/redaction/make_dev5.py --check   # builds and validates only

Exit status 1 (and nothing written) if any check fails.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "dev5.jsonl"
SEED = 55005

TYPES = {
    "CARD": "CARD_NUMBER", "CVV": "CVV", "EXP": "EXPIRY", "SSN": "SSN", "PH": "PHONE",
    "EM": "EMAIL", "DOB": "DOB", "ADDR": "ADDRESS", "PC": "POSTCODE", "ACC": "ACCOUNT_NUMBER",
    "N": "NAME",
}
TYPES.update({v: v for v in list(TYPES.values())})
KINDS = {
    "q": "quantity", "t": "time", "p": "price", "f": "flight_number", "d": "date", "y": "year",
    "du": "duration", "pc": "percentage", "m": "model_number", "c": "count", "o": "other",
}
KINDS.update({v: v for v in list(KINDS.values())})

# --------------------------------------------------------------------------- numbers

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {
    "a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
    "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
    "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
    "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
    "z": "zulu",
}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q: they read like digits


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
    """Seeded source of every number and id in the set."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.seen: set[str] = set()

    def pat(self, p: str) -> str:
        """'9' -> digit, '1' -> non-zero digit, 'A' -> letter; anything else literal. Unique."""
        while True:
            out = []
            for ch in p:
                if ch == "9":
                    out.append(str(self.r.randint(0, 9)))
                elif ch == "1":
                    out.append(str(self.r.randint(1, 9)))
                elif ch == "A":
                    out.append(self.r.choice(LETTERS))
                else:
                    out.append(ch)
            s = "".join(out)
            if s not in self.seen:
                self.seen.add(s)
                return s

    def with_double(self, p: str) -> str:
        """An id from pattern p that holds at least one doubled digit."""
        while True:
            s = self.pat(p)
            ds = re.sub(r"\D", "", s)
            if any(a == b for a, b in zip(ds, ds[1:])):
                return s

    def tracking_fail(self, n: int = 16) -> str:
        while True:
            s = self.pat("1" + "9" * (n - 1))
            if not luhn_ok(s):
                return s

    def uk_mobile(self) -> str:
        return "07700 900" + self.pat("999")


def say(s: str, zero: str = "oh", double: bool = False) -> str:
    """Digit by digit, letters as lower-case letters; separators dropped."""
    chars = [c for c in s.lower() if c.isalnum()]
    words: list[str] = []
    i = 0
    while i < len(chars):
        c = chars[i]
        if double and i + 1 < len(chars) and chars[i + 1] == c and (i + 2 >= len(chars) or chars[i + 2] != c):
            words.append("double " + (UNITS[int(c)] if c.isdigit() and c != "0" else (zero if c == "0" else c)))
            i += 2
            continue
        words.append((zero if c == "0" else UNITS[int(c)]) if c.isdigit() else c)
        i += 1
    return " ".join(words)


def two(n: str) -> str:
    """A two-digit group as said: '41' forty one, '07' oh seven, '10' ten, '00' double oh."""
    a, b = int(n[0]), int(n[1])
    if a == 0:
        return "double oh" if b == 0 else "oh " + UNITS[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def pairs(s: str) -> str:
    ds = re.sub(r"\D", "", s)
    out = [two(ds[i:i + 2]) for i in range(0, len(ds) - 1, 2)]
    if len(ds) % 2:
        out.append(UNITS[int(ds[-1])])
    return " ".join(out)


def nato(s: str, style: str = "as in") -> str:
    """Letters as 'b as in bravo' (or 'b for bravo'), digits as words."""
    out = []
    for c in s.lower():
        if c.isalpha():
            out.append(f"{c} {style} {NATO[c]}")
        elif c.isdigit():
            out.append("oh" if c == "0" else UNITS[int(c)])
    return " ".join(out)


def letters(word: str, sep: str = " ") -> str:
    return sep.join(word)


DIGIT_WORDS = set(UNITS) | set(TEENS) | set(TENS[2:]) | {"oh", "double", "triple", "hundred"}
WORD_VAL = {w: str(i) for i, w in enumerate(UNITS)}
WORD_VAL["oh"] = "0"


def digits_of(text: str) -> str:
    """Digits in a span, with spoken digit words turned into digits (approximate for tens)."""
    out = []
    toks = re.findall(r"[a-z]+|\d", text.lower())
    rep = 1
    for i, t in enumerate(toks):
        if t.isdigit():
            out.append(t * rep)
            rep = 1
        elif t in WORD_VAL:
            out.append(WORD_VAL[t] * rep)
            rep = 1
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS[2:]:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            out.append(str(TENS.index(t)) + ("" if nxt in UNITS[1:] else "0"))
            if nxt in UNITS[1:]:
                toks[i + 1] = "_skip_" + nxt
        elif t.startswith("_skip_"):
            out.append(WORD_VAL[t[6:]])
        elif t == "double":
            rep = 2
        elif t == "triple":
            rep = 3
    return "".join(out)


# --------------------------------------------------------------------------- cases
# Speakers: A agent, C customer, I ivr. Every name, company, street and look-alike below was
# written for dev5.

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


@case
def energy_bereavement(g):
    mprn = g.pat("19999999")
    acct = g.pat("1999 999 999")
    ref = g.pat("BRV-99999")
    return "transcript", [
        ("A", "Good morning, Northwold Energy, you're speaking with [[N:Tamsin]]. How can I help?"),
        ("C", "Hi [[N:Tamsin]]. This is a bit awkward. My dad passed away three weeks ago and the gas and electric are still in his name, and I've no idea what I'm supposed to do about it."),
        ("A", "I'm so sorry for your loss. We'll sort it out together, there's no rush on your side. Can I take your name first?"),
        ("C", "It's [[N:Ottilie Marsh]]. Dad was [[N:Cyril Marsh]]. His neighbour, [[N:Gwen]], has been popping in to check the post, and she found a letter saying the direct debit had bounced."),
        ("A", "Thank you, [[N:Ottilie]]. Have you got that letter with you? What's on the top line, under the logo?"),
        ("C", f"Hang on. It says account, then [[ACC:{acct}]]."),
        ("A", f"Lovely, that's [[ACC:{acct}]]. And is there a meter point number on the back page? It's usually in a little box."),
        ("C", f"There's an MPRN, [[ACC:{mprn}]]. Is that the one?"),
        ("A", "That's the one. I've put a hold on the account so nothing else goes out, and I'll note that you're the executor's contact."),
        ("C", "Actually my brother [[N:Lionel]] is the executor, but he's in Singapore until ((d:March))."),
        ("A", f"That's fine. I'll give you a bereavement reference for him: [[ACC:{ref}]]. He can call any time and quote that."),
        ("C", "Thank you. Honestly, you've been kinder than the bank."),
    ]


@case
def airline_stranded(g):
    pnr = g.pat("AAA9AA")
    ff = g.pat("199999999")
    return "asr", [
        ("A", "skyhaven airways this is [[N:desmond]] how can i help"),
        ("C", "hi [[N:desmond]] um i'm stuck in frankfurt my connection to toronto got cancelled and there's like ((q:four hundred)) of us in this queue"),
        ("A", "oh i'm sorry to hear that let's see what i can do can i have your booking reference"),
        ("C", f"yeah it's [[ACC:{nato(pnr)}]]"),
        ("A", f"thank you so i've got [[ACC:{say(pnr)}]] and is that [[N:lakshmi]] [[N:venkatesan]] travelling"),
        ("C", "that's me and my son [[N:arjun]] he's eleven"),
        ("A", "okay [[N:lakshmi]] i can see the ((f:sh four four one)) was cancelled i can put you both on the ((f:sh four five nine)) tomorrow morning at ((t:nine forty))"),
        ("C", "tomorrow there's nothing tonight"),
        ("A", "not tonight i'm afraid the only other one is full do you have a frequent flyer number i can add so you get the hotel voucher faster"),
        ("C", f"hang on it's on the app [[ACC#f:{say(ff[:5])}]] um [[ACC#f:{say(ff[5:])}]]"),
        ("A", "perfect that's on there now you'll get a text with the hotel and two meal vouchers"),
        ("C", "okay thank you i mean it's not your fault"),
    ]


@case
def insurance_escape_of_water(g):
    pol = g.pat("HH/999999/9")
    claim = g.pat("CL-99999-AA")
    return "transcript", [
        ("A", "Brightwater Home Insurance claims, you're speaking with [[N:Marguerite]]."),
        ("C", "Hello, I need to make a claim. A pipe burst in the loft on Saturday night and the kitchen ceiling's come down."),
        ("A", "Oh no, is everyone safe? Is the water off now?"),
        ("C", "Yes, we're fine. Our plumber, [[N:Dale Crossan]], came out at ((t:2 a.m.)) and capped it. He said the joint had just given up."),
        ("A", "Good. Can I take the policy number, or your postcode and surname if that's easier?"),
        ("C", f"I've got the schedule here. It's [[ACC:{pol}]]."),
        ("A", "And who's the policyholder?"),
        ("C", "Me, [[N:Hamish Lockhart]]. My wife [[N:Rosalind]] is on it as well."),
        ("A", "Thanks, Mr [[N:Lockhart]]. Did [[N:Dale]] leave you an invoice?"),
        ("C", "He did, ((p:£340)) for the call-out. And the boiler is a ((m:Greenstar 30i)), if that matters, it got soaked."),
        ("A", f"It helps. I've opened a claim for you, the number is [[ACC:{claim}]]. A loss adjuster will call within ((du:two working days))."),
        ("C", "Can you ((o:mark)) it as urgent? We've got a baby in the house."),
        ("A", "I've flagged it. You should hear back by ((d:Tuesday)) at the latest."),
    ]


@case
def broadband_exam(g):
    acct = g.pat("19999999")
    return "asr", [
        ("A", "hello you're through to lumen fibre my name's [[N:bongani]]"),
        ("C", "hi [[N:bongani]] the internet's been down since yesterday and my daughter has an online exam tomorrow at ((t:ten)) like it cannot be down tomorrow"),
        ("A", "i understand let's get it looked at do you have a bill or an email from us handy"),
        ("C", "i've got a paper bill here"),
        ("A", "great can you read me the number under your name"),
        ("C", f"[[ACC#a:{say(acct[:4])}]] sorry it's folded [[ACC#a:{say(acct[4:])}]]"),
        ("A", f"that's [[ACC:{say(acct)}]] and am i speaking with [[N:efua]] [[N:asante]]"),
        ("C", "yes that's me my daughter's [[N:marnie]] she's the one panicking"),
        ("A", "okay [[N:efua]] there's a fault on the cabinet at the end of your road an engineer's booked for this afternoon"),
        ("C", "will it be fixed by tonight"),
        ("A", "i ((o:hope)) so if not i can send a mobile hotspot out by ((d:tomorrow morning)) free of charge"),
        ("C", "please do that anyway just in case"),
        ("A", "((o:will)) do it'll come in a white box with a ((m:hub six)) label on it"),
    ]


@case
def bank_fraud_sky(g):
    acct = g.pat("99999999")
    wrong = acct[:5] + str((int(acct[5]) + 3) % 10) + acct[6:]
    return "transcript", [
        ("A", "Fraud team, [[N:Lorcan]] speaking."),
        ("C", "Hi, there are payments on my account I didn't make. Three of them, all to some online casino."),
        ("A", "Right, let's stop that now. Who am I speaking to?"),
        ("C", "[[N:Sky Pemberton]]."),
        ("A", "Thank you, [[N:Sky]]. And the account number?"),
        ("C", f"[[ACC:{wrong}]], no sorry, that's my savings. The current account is [[ACC:{acct}]]."),
        ("A", "Got it. I can see ((c:three)) payments of ((p:£149.99)) from last night. Is your card still with you?"),
        ("C", "Yes, it's in my purse. My flatmate [[N:Corinne]] said she got a dodgy text last week too, the one pretending to be from the post office."),
        ("A", "That's very common at the moment. I'm cancelling the card and raising a dispute for all three."),
        ("C", "Will I get the money back?"),
        ("A", "In most cases, yes, within ((du:ten working days)). The ((o:sky))'s not falling, I promise."),
        ("C", "Ha. Okay. Thanks, [[N:Lorcan]]."),
    ]


@case
def retail_return_will(g):
    order = g.pat("199-9999999-9999999")
    ra = g.pat("RA99999")
    trk = g.tracking_fail()
    return "asr", [
        ("A", "thanks for calling corvid home this is [[N:esperanza]]"),
        ("C", "hi it's [[N:will]] here i'm calling about a sofa that arrived with a ripped arm"),
        ("A", "oh no sorry about that [[N:will]] have you got the order number there"),
        ("C", f"yeah it's [[ACC:{say(order[:3])} {say(order[4:11])} {say(order[12:])}]]"),
        ("A", "and the surname on the order"),
        ("C", f"[[N:haverford]] [[N:{letters('haverford')}]]"),
        ("A", "thank you mr [[N:haverford]] so you want to return it or replace the arm cover"),
        ("C", "return honestly i don't want a patched up sofa for ((p:nine hundred quid))"),
        ("A", "sorry you cut out there"),
        ("C", f"the courier gave me a tracking number ((o:{say(trk)})) but it doesn't work on your site"),
        ("A", f"that's the carrier's number not ours so i've raised a return authorisation it's [[ACC:{say(ra)}]]"),
        ("C", "((o:will)) do i'll write that on the box"),
    ]


@case
def hospital_rose(g):
    hosp = g.pat("A999999")
    nhs = g.pat("199 999 9999")
    return "transcript", [
        ("A", "Outpatient appointments, [[N:Desislava]] speaking."),
        ("C", "Hello, I'm ringing on behalf of my mum. She had a letter for a scan but she's had a fall and she can't get up the stairs at the clinic."),
        ("A", "I'm sorry to hear that. Is your mum with you and happy for me to talk to you?"),
        ("C", "She's right here. Mum, say yes. ... She says yes. I'm her daughter, [[N:Rose Kilbride]]."),
        ("A", "Thank you, [[N:Rose]]. And your mum's full name?"),
        ("C", "[[N:Pauline Margaret Kilbride]]."),
        ("A", "Have you got the letter there? Can you read me the number under the hospital logo?"),
        ("C", f"It says hospital number [[ACC:{hosp}]], and then there's an NHS number as well, [[ACC:{nhs}]]."),
        ("A", "Perfect. I can see the scan is in the old wing. Her consultant is Dr [[N:Szymanski]], isn't it?"),
        ("C", "Yes, Dr [[N:Szymanski]]. He said it was fine to move it to the ground floor unit if there was space."),
        ("A", "There's a slot on ((d:Thursday the 12th)) at ((t:10:40)) in the ((o:Rosemary Unit)), which is step-free."),
        ("C", "That's perfect. Will there be parking near it?"),
        ("A", "Yes, the blue badge bays are right outside. I'll send a new letter today."),
    ]


@case
def mortgage_mark(g):
    mort = g.pat("19999999/99")
    return "asr", [
        ("A", "good afternoon harrowgate building society [[N:quentin]] speaking"),
        ("C", "hi [[N:quentin]] my name's [[N:mark]] [[N:sandoval]] i've got a mortgage with you and i've just been made redundant"),
        ("A", "i'm really sorry to hear that [[N:mark]] let's have a look at what we can do can you give me the mortgage account number"),
        ("C", f"it's um [[ACC#m:{say(mort[:4])}]] [[ACC#m:{say(mort[4:8])}]] slash [[ACC#m:{say(mort[9:])}]]"),
        ("A", f"so [[ACC:{say(mort[:8])} slash {say(mort[9:])}]] thank you and your date of birth please"),
        ("C", f"[[DOB:the ninth of october nineteen seventy eight]]"),
        ("A", "thanks [[N:mark]] i can see you're up to date which really helps we can look at a payment holiday of up to ((du:three months))"),
        ("C", "three months would be a lifesaver my wife [[N:beatriz]] is only part time"),
        ("A", "okay i'll set that up and ((o:mark)) it as urgent for the underwriter you'll get a letter in ((du:five to seven days))"),
        ("C", "and my rate stays at ((pc:four point two percent))"),
        ("A", "it does the interest just rolls onto the balance"),
    ]


@case
def tax_utr(g):
    utr = g.pat("19999 99999")
    return "transcript", [
        ("A", "Self Assessment helpline, my name is [[N:Saoirse]]. Can I take your Unique Taxpayer Reference?"),
        ("C", f"Yes, it's [[ACC#u:{utr[:5]}]]... hold on, my glasses... [[ACC#u:{utr[6:]}]]."),
        ("A", f"So that's [[ACC:{utr}]]. And your full name, please?"),
        ("C", "[[N:Dariusz Kowalczyk]]. That's [[N:K-O-W-A-L-C-Z-Y-K]]."),
        ("A", "Thank you, Mr [[N:Kowalczyk]]. What can I do for you today?"),
        ("C", "I got a ((p:£100)) penalty for filing late, but I was in hospital in January. My GP, Dr [[N:Harriet Fane]], wrote me a letter."),
        ("A", "I'm sorry you were unwell. The deadline was ((d:31 January)), so you can appeal with a reasonable excuse, and a hospital stay counts."),
        ("C", "Do I send the letter to you?"),
        ("A", "You can appeal online and upload it. You have ((du:30 days)) from the date on the penalty notice."),
        ("C", "Okay. I ((o:hope)) it goes through."),
        ("A", "With a letter from your doctor, it usually does."),
    ]


@case
def student_id_lan(g):
    sid = g.pat("99999999")
    return "asr", [
        ("A", "student services hub [[N:dmitri]] speaking"),
        ("C", "hi my name is [[N:nguyen]] [[N:thi]] [[N:lan]] i'm a second year and my loan payment hasn't come through and rent is due on ((d:friday))"),
        ("A", "okay let's check can i have your student id"),
        ("C", f"[[ACC:{say(sid, zero='zero')}]]"),
        ("A", f"[[ACC:{say(sid, zero='zero')}]] yeah i've got you here is it [[N:lan]] you go by"),
        ("C", "yes [[N:lan]] is fine my landlord mister [[N:petrakis]] already sent two emails"),
        ("A", "right so your registration was held because of a fee query from last year it's cleared now"),
        ("C", "so when does the money come"),
        ("A", "usually ((du:three to five working days)) after we release it i'll release it now"),
        ("C", "okay can you write something for mister [[N:petrakis]] to say it's coming"),
        ("A", "yes i'll email you a letter you can forward it to him"),
        ("C", "thank you so much"),
    ]


@case
def parking_bill(g):
    reg = g.pat("AA99 AAA")
    pcn = g.pat("AA99999999")
    return "transcript", [
        ("A", "Parking services, you're speaking with [[N:Thabo]]."),
        ("C", "Hi [[N:Thabo]], I've had a penalty notice through and I think it's wrong. I was parked in a disabled bay with my blue badge on show."),
        ("A", "Let's take a look. What's the number on the notice? It starts with two letters."),
        ("C", f"[[ACC:{pcn}]]."),
        ("A", "And the vehicle registration?"),
        ("C", f"[[ACC:{reg}]]. It's a silver ((m:Ford Focus))."),
        ("A", "And your name?"),
        ("C", "[[N:Bill Treanor]]. Well, [[N:William]], but everyone calls me [[N:Bill]]."),
        ("A", "Thanks, [[N:Bill]]. The officer's photo shows the badge face down on the dashboard."),
        ("C", "It must have slipped when I shut the door. It's happened before, on ((d:Boxing Day))."),
        ("A", "If you send a photo of the badge with the expiry date showing, we'll usually cancel it. The ((o:bill)) won't go up while it's under review."),
        ("C", "Brilliant. I'll do it tonight."),
    ]


@case
def parcel_neighbour(g):
    con = g.pat("AA999999999GB")
    return "asr", [
        ("A", "hi you're through to swiftlane parcels it's [[N:imogen]] here"),
        ("C", "hi [[N:imogen]] my parcel says delivered but it isn't here and it's my mum's birthday present"),
        ("A", "oh no okay have you got the number from the text message"),
        ("C", f"yeah it's [[ACC:{say(con[:2])} {say(con[2:11])} {say(con[11:])}]]"),
        ("A", "thank you the driver's note says left with neighbour at number ((o:eleven))"),
        ("C", "that'll be mrs [[N:albescu]] she's lovely but she's away at her sister's in ((o:bucharest)) until ((d:sunday))"),
        ("A", "ah so it's probably sat in her hallway"),
        ("C", "her son [[N:radu]] might have a key i'll ask him"),
        ("A", "if it's not there by ((d:monday)) call us back and quote the same number we'll open a claim"),
        ("C", "okay thanks [[N:imogen]]"),
    ]


@case
def gym_hope(g):
    mem = g.pat("GM-999999")
    return "transcript", [
        ("A", "Peak Form Gyms, [[N:Florian]] speaking. How can I help?"),
        ("C", "Hi, I'd like to freeze my membership. I've had knee surgery."),
        ("A", "Sorry to hear that. Can I take your name?"),
        ("C", "[[N:Hope Mbatha]]."),
        ("A", "Thanks, [[N:Hope]]. And your membership number? It's on the back of the key fob."),
        ("C", f"[[ACC#a:{mem[:5]}]]... sorry, the print is rubbed off... [[ACC#a:{mem[5:]}]]."),
        ("A", "Got it. A medical freeze is up to ((du:three months)), and you need a note from your surgeon."),
        ("C", "Mr [[N:Adebayo-Clarke]] did the operation. His secretary said she'd email a letter."),
        ("A", "Perfect. Forward it to us and I'll date the freeze from ((d:the 3rd)). Is that okay?"),
        ("C", "That's great. I ((o:hope)) I'm back on the bike by ((d:summer))."),
        ("A", "Fingers crossed. Take it easy."),
    ]


@case
def loyalty_june(g):
    loy = g.pat("9999 9999 9999")
    bk = g.pat("99999999")
    return "asr", [
        ("A", "meridian hotels rewards desk [[N:casimir]] speaking"),
        ("C", "hi it's [[N:june]] [[N:okonjo]] i booked a room for my parents anniversary and the points didn't go on"),
        ("A", "happy to check [[N:june]] can i have your rewards number"),
        ("C", f"[[ACC:{pairs(loy)}]]"),
        ("A", f"let me read that back [[ACC:{say(loy)}]]"),
        ("C", "that's it"),
        ("A", "and the booking confirmation"),
        ("C", f"um i think [[ACC:{say(bk, double=True)}]]"),
        ("A", "lovely i see it the stay is in ((d:june)) so the points post after checkout not when you book"),
        ("C", "oh so when they check out on the ((d:twentieth))"),
        ("A", "yes within ((du:forty eight hours)) of that"),
        ("C", "okay that's fine then thanks [[N:casimir]]"),
    ]


@case
def tenancy_anwen(g):
    ten = g.pat("TEN/9999/AA")
    return "transcript", [
        ("A", "Oakridge Lettings, [[N:Henrietta]] speaking."),
        ("C", "Hi, it's [[N:Anwen Pritchard]] from the ((c:two-bed)) flat above the bakery. The boiler's been off for ((du:four days)) and I've got a newborn."),
        ("A", "Oh goodness, [[N:Anwen]], that's not okay. Has anyone been out?"),
        ("C", "Your engineer, [[N:Dev]], came on ((d:Monday)) and said he needed a part. Nobody's rung since. I've been boiling kettles to bath her."),
        ("A", "I'm so sorry. Have you got your tenancy agreement to hand? The reference is on the first page, top right."),
        ("C", f"Um, [[ACC:{ten}]]."),
        ("A", "Thank you. I can see the landlord is Mr [[N:Petrakis]], and the part was approved yesterday but not ordered."),
        ("C", "Yesterday? Honestly."),
        ("A", "I'm chasing the supplier now, and I'm sending you ((q:two)) oil-filled heaters today as a stopgap."),
        ("C", "Okay. Thank you. It's just been a really long week."),
        ("A", "I completely understand. I'll ring you back before ((t:5 o'clock)) with a time for the part."),
    ]


@case
def subscription_rahul(g):
    sub = g.pat("SUB-AA999999")
    return "asr", [
        ("A", "hi there you're chatting with [[N:valentina]] at streamline tv how can i help"),
        ("C", "hey yeah i've been charged twice this month for ((o:premium plus))"),
        ("A", "sorry about that let me check whose name is the subscription under"),
        ("C", "[[N:rahul]] [[N:menon]]"),
        ("A", "thanks [[N:rahul]] and can you read me the id from the confirmation email it starts with s u b"),
        ("C", f"okay [[ACC:{say(sub, zero='zero')}]]"),
        ("A", "i can see two charges of ((p:twelve ninety nine)) one on the ((d:second)) and one on the ((d:fourth))"),
        ("C", "yeah the second one happened when i changed my card"),
        ("A", "that's a known glitch i've refunded the second one it'll be back in ((du:three to five days))"),
        ("C", "cool cheers"),
        ("A", "anything else [[N:rahul]]"),
        ("C", "nah that's it have a good one"),
    ]


@case
def car_accident_beatriz(g):
    pol = g.pat("MTR9999999")
    clm = g.pat("99-999999")
    return "transcript", [
        ("A", "Ashfield Motor claims line, [[N:Beatriz]] speaking. Are you safe to talk?"),
        ("C", "Yes, I'm on the hard shoulder of the ((o:M62)) near ((o:junction 27)). Someone went into the back of me."),
        ("A", "Is anyone hurt?"),
        ("C", "No, just shaken. The other driver is a man called [[N:Jasper Wolcott]]. He's been really decent about it, he gave me his details."),
        ("A", "Good. Can I take your policy number?"),
        ("C", f"It's [[ACC#p:{pol[:3]}]]... sorry, a lorry just went past... [[ACC#p:{pol[3:]}]]."),
        ("A", f"Thank you. Let me read that back: [[ACC:{pol}]]?"),
        ("C", "That's right. I'm [[N:Ingrid Solberg]]."),
        ("A", "Thanks, [[N:Ingrid]]. I'm sending a recovery truck now; it should be with you within ((du:an hour)). Your claim reference is [[ACC:" + clm + "]]."),
        ("C", "Can they take the car to the garage in ((o:Halifax))? My husband [[N:Torvald]] knows the owner."),
        ("A", "Yes, we can do that."),
        ("C", "Thank you. My hands won't stop shaking."),
        ("A", "That's completely normal. Stay behind the barrier, and ring back if you need us."),
    ]


@case
def it_ticket_zofia(g):
    tkt = g.pat("INC9999999")
    tag = g.pat("AT-99999")
    return "asr", [
        ("A", "service desk [[N:wendell]] speaking"),
        ("C", "hi [[N:wendell]] it's [[N:zofia]] in finance my laptop won't boot and we've got month end close today"),
        ("A", "no worries [[N:zofia]] can i get your surname for the ticket"),
        ("C", f"[[N:nowicka]] [[N:n o w i c k a]]"),
        ("A", "okay and the asset tag it's the sticker on the bottom"),
        ("C", f"[[ACC:{say(tag)}]] it's a ((m:latitude fifty four forty))"),
        ("A", f"right i've raised ticket [[ACC:{say(tkt)}]] i'll send a loaner from the fourth floor"),
        ("C", "can it be today like in the next ((du:hour))"),
        ("A", "yeah [[N:priyanka]] from desk side will bring it down"),
        ("C", "amazing thank you"),
        ("A", "just log in with your usual password on the loaner and your files are on the drive"),
    ]


@case
def invoice_b2b(g):
    inv = g.pat("INV-9999-99")
    po = g.pat("PO 999999")
    return "transcript", [
        ("A", "Accounts receivable, [[N:Yusra]] speaking."),
        ("C", "Hi [[N:Yusra]], it's [[N:Kwabena]] from ((o:Harbour Logistics)). We've been billed for ((q:4,000)) pallets' worth of wrap and we only took ((q:2,500))."),
        ("A", "Let's look at it. Have you got the invoice there? What's in the box at the top right?"),
        ("C", f"[[ACC:{inv}]]. Our purchase order was [[ACC:{po[3:]}]], if that helps."),
        ("A", "It does. Is that [[N:Kwabena Ofori]] I'm speaking to?"),
        ("C", "Yes, that's me."),
        ("A", "Thanks, Mr [[N:Ofori]]. I can see the warehouse keyed it in twice. I'll credit the difference."),
        ("C", "How long will that take? Our finance director, [[N:Lorraine]], is on my case."),
        ("A", "The credit note will be with you by ((d:Friday)), and the invoice is on hold so it won't go to collections."),
        ("C", "Great. That's a relief."),
    ]


@case
def pharmacy_teodora(g):
    pat = g.pat("9999999999")
    return "asr", [
        ("A", "hello riverside pharmacy it's [[N:ezekiel]]"),
        ("C", "oh hi [[N:ezekiel]] it's [[N:teodora]] [[N:ilic]] i'm calling about my repeat prescription doctor [[N:mwangi]] said he'd sent it"),
        ("A", "hi [[N:teodora]] let me have a look can you give me your date of birth"),
        ("C", "[[DOB:eleventh of february eighty six]]"),
        ("A", "thanks and have you got your nhs number handy just so i pick the right record"),
        ("C", f"hang on it's on my app [[ACC#n:{say(pat[:3])}]] [[ACC#n:{say(pat[3:6])}]]"),
        ("A", "mm-hmm"),
        ("C", f"[[ACC#n:{say(pat[6:])}]]"),
        ("A", "lovely found you the prescription came through it's ((q:twenty eight)) tablets ready after ((t:three))"),
        ("C", "brilliant my husband [[N:goran]] will pick it up"),
        ("A", "that's fine just tell him to bring his id"),
    ]


@case
def loan_farida(g):
    loan = g.pat("LN99999999")
    return "transcript", [
        ("A", "Good afternoon, Calder Finance, [[N:Nkechi]] speaking. Who am I speaking with?"),
        ("C", "It's [[N:Farida Haddad]]. I want to settle my car loan early."),
        ("A", "Of course, Mrs [[N:Haddad]]. Have you got the loan agreement, or a statement?"),
        ("C", "A statement. Which number do you want? There are two."),
        ("A", "The one that starts with L N."),
        ("C", f"[[ACC:{loan[:6]} {loan[6:]}]]."),
        ("A", "Thank you. Your settlement figure, valid for ((du:28 days)), is ((p:£6,412.80))."),
        ("C", "That's more than I thought. The rate was ((pc:5.9%)), wasn't it?"),
        ("A", "It was. The figure includes ((du:one month's)) interest as the law allows."),
        ("C", "My husband [[N:Samir]] thinks you've added a fee."),
        ("A", "No fee, I promise. I can email a breakdown so [[N:Samir]] can see it line by line."),
        ("C", "Please do. Thank you, [[N:Nkechi]]."),
    ]


@case
def water_leak_cormac(g):
    acct = g.pat("9999999999")
    return "asr", [
        ("A", "morning clearwater utilities you're talking to [[N:rafferty]]"),
        ("C", "hiya there's water coming up through the pavement outside my house and now it's in my cellar"),
        ("A", "right okay that sounds like a burst main can i take your name"),
        ("C", "[[N:cormac]] [[N:delaney]]"),
        ("A", "and have you got a bill from us there can you read me the number at the top right"),
        ("C", f"the top right um [[ACC:{pairs(acct)}]]"),
        ("A", f"[[ACC:{say(acct)}]]"),
        ("C", "yeah"),
        ("A", "thanks [[N:cormac]] i've got a crew going out they'll be there in about ((du:two hours))"),
        ("C", "my neighbour [[N:frank]] says it's been bubbling since last night"),
        ("A", "to be ((o:frank)) with you it's been reported twice already so it's top of the list"),
        ("C", "good because the cellar's got all my dad's records down there"),
        ("A", "move what you can up the stairs and don't touch any sockets down there"),
    ]


@case
def pet_claim_siobhan(g):
    pol = g.pat("PET-999-9999")
    return "transcript", [
        ("A", "Pawsure pet insurance, [[N:Clementine]] speaking."),
        ("C", "Hello, I'm calling about my dog. He swallowed a sock and needed an operation last night."),
        ("A", "Oh dear, is he okay now?"),
        ("C", "He's groggy but fine. The vet, Dr [[N:Imelda Voss]] at ((o:Greenway Vets)), said another hour and it would have been a different story."),
        ("A", "I'm glad he's okay. Can I take your name?"),
        ("C", "[[N:Siobhan O'Sullivan]]. That's [[N:O, apostrophe, S-U-L-L-I-V-A-N]]."),
        ("A", "Thank you, Ms [[N:O'Sullivan]]. And the policy number? It's on the welcome email."),
        ("C", f"[[ACC:{pol}]]."),
        ("A", "Lovely. And the dog's name?"),
        ("C", "Biscuit."),
        ("A", "The bill was how much?"),
        ("C", "((p:£2,180)). They want it paid by ((d:Monday))."),
        ("A", "We can pay the vet directly. I'll email Dr [[N:Voss]]'s practice a claim form today."),
    ]


@case
def hotel_de_la_cruz(g):
    bk = g.pat("AA99999")
    return "asr", [
        ("A", "thank you for calling the albion quay hotel [[N:jovan]] speaking"),
        ("C", "hi um we checked in an hour ago and the room has no hot water and my mother in law is ((o:ninety))"),
        ("A", "oh i'm sorry what room are you in"),
        ("C", "((o:four one two))"),
        ("A", "and the name on the booking"),
        ("C", "[[N:ramon]] [[N:de la cruz]]"),
        ("A", "sorry is that [[N:de la cruz]] like d e"),
        ("C", "yes [[N:d e]] then [[N:l a]] then [[N:c r u z]]"),
        ("A", f"got it and the booking reference is [[ACC:{say(bk)}]] yeah"),
        ("C", "no idea my daughter [[N:marisol]] booked it"),
        ("A", "no problem mister [[N:de la cruz]] i'll move you to ((o:five oh eight)) it's the same floor plan and the lift is right next to it"),
        ("C", "thank you that's very kind"),
        ("A", "i'll send [[N:tomasz]] up with a trolley for your bags"),
    ]


@case
def council_van_der_berg(g):
    acct = g.pat("99999999")
    return "transcript", [
        ("A", "Council tax, this is [[N:Perpetua]]. How can I help?"),
        ("C", "Hello. My name is [[N:Pieter van der Berg]]. I've just moved into a house in ((o:Fenwick Road)) and I've had a bill for ((o:Band D)), but it's a tiny terrace."),
        ("A", "Hello, Mr [[N:van der Berg]]. What's the number on the bill, under the barcode?"),
        ("C", f"It's [[ACC:{acct[:4]}-{acct[4:]}]]."),
        ("A", "Thank you. The band is set by the Valuation Office, not us, but you can challenge it."),
        ("C", "The previous owner, a Mrs [[N:Henshaw]], told me she paid ((o:Band B))."),
        ("A", "She may be right. I'll send you the form. You have ((du:six months)) from moving in to appeal."),
        ("C", "And in the meantime?"),
        ("A", "Pay the bill as it is, and any difference is refunded. I'm sorry, it's annoying, I know."),
        ("C", "Fine. Thank you."),
    ]


@case
def life_policy_grace(g):
    pol = g.pat("LP99999999")
    return "asr", [
        ("A", "bereavement support team [[N:ulrich]] speaking"),
        ("C", "hello my wife died last month and i think she had a life policy with you"),
        ("A", "i'm very sorry for your loss can i ask your name and your wife's name"),
        ("C", "i'm [[N:benedikt]] [[N:auer]] she was [[N:grace]] [[N:auer]] well [[N:grace]] [[N:eleanor]] [[N:auer]] sorry i'm muddled"),
        ("A", "that's quite all right take your time do you have any paperwork with a number on it"),
        ("C", f"there's a letter it says policy [[ACC:{say(pol[:2])} {pairs(pol[2:])}]]"),
        ("A", f"thank you so [[ACC:{say(pol)}]] yes i have it here"),
        ("C", "the letter mentions a ((o:grace period)) does that mean it lapsed"),
        ("A", "no the ((o:grace period)) only matters if premiums stop the policy was fully paid"),
        ("C", "oh thank god her sister [[N:hildegard]] said we'd lose it"),
        ("A", "no you won't we'll need a copy of the death certificate and i'll send a claim pack"),
        ("C", "okay thank you"),
    ]


@case
def airline_name_misspelt(g):
    pnr = g.pat("A9AAA9")
    ff = g.pat("AA 9999 9999")
    return "asr", [
        ("A", "nordlys air customer care you're speaking with [[N:saoirse]]"),
        ("C", "hi [[N:saoirse]] the check in kiosk won't let me through because my name is spelled wrong on the ticket"),
        ("A", "oh that's stressful what's the booking code"),
        ("C", f"it's [[ACC#b:{nato(pnr[:3], 'for')}]] uh [[ACC#b:{nato(pnr[3:], 'for')}]]"),
        ("A", f"so [[ACC:{say(pnr)}]] and how should the name read"),
        ("C", "[[N:ingeborg]] [[N:haugland]] but it says [[N:ingeburg]] with a u"),
        ("A", "i see it i can correct one letter free of charge which flight is it"),
        ("C", "the ((f:dy twelve thirty)) to ((o:tromso)) it boards in ((du:forty minutes))"),
        ("A", "done it's fixed try the kiosk again in about ((du:two minutes))"),
        ("C", f"and can you add my frequent flyer it's [[ACC:{say(ff)}]]"),
        ("A", "added that's all good safe travels"),
        ("C", "thanks you saved my trip"),
    ]


@case
def engineer_visit_yolanda(g):
    job = g.pat("JOB-9999-9999")
    acct = g.pat("AC999999")
    return "asr", [
        ("A", "hi it's [[N:marisa]] calling from kestrel broadband is that [[N:yolanda]]"),
        ("C", "speaking"),
        ("A", "hi [[N:yolanda]] i'm just confirming your engineer visit for ((d:wednesday)) between ((t:eight)) and ((t:one))"),
        ("C", "oh good um i might be at the hospital with my dad in the morning can my neighbour let him in"),
        ("A", "yes that's fine what's the neighbour's name so the engineer knows"),
        ("C", "[[N:gwilym]] he's at the house with the red door"),
        ("A", "lovely and the engineer is called [[N:dale]] he'll ring twenty minutes before"),
        ("C", "that's really helpful"),
        ("A", f"your job reference is [[ACC:{say(job[4:8])} {say(job[9:])}]] if you need to call us"),
        ("C", "hang on let me write it down okay got it"),
        ("A", "can i just confirm the account it's on the email in the subject line"),
        ("C", f"[[ACC:{say(acct)}]]"),
        ("A", "perfect that's all set"),
    ]


@case
def debt_advice_leontyne(g):
    case_ref = g.pat("DA/99999")
    cc = g.pat("9999999999")
    return "asr", [
        ("A", "hello moneyline debt advice it's [[N:osric]] speaking everything you tell me is confidential"),
        ("C", "hi i don't really know where to start i've got letters from three different companies and a bailiff came on ((d:tuesday))"),
        ("A", "okay you've done the hard part by calling can i get your first name"),
        ("C", "[[N:leontyne]]"),
        ("A", "thanks [[N:leontyne]] and have you spoken to us before is there a case number on any of our emails"),
        ("C", f"yes last year [[ACC:{say(case_ref[:2])} {say(case_ref[3:], zero='zero')}]] i think"),
        ("A", "found it so you were with us in ((d:april)) about the catalogue debt"),
        ("C", "yeah that's paid now this is the council tax and a credit card"),
        ("A", "can you read me the number at the top of the credit card letter the one after ref"),
        ("C", f"[[ACC#c:{say(cc[:5])}]] hold on my son's on the landing [[ACC#c:{say(cc[5:])}]]"),
        ("A", "no rush i'll ask them to put everything on hold for ((du:sixty days)) while we work out a budget"),
        ("C", "can they do that"),
        ("A", "yes it's called a breathing space it stops the interest and the letters"),
        ("C", "i ((o:hope)) so i haven't slept in weeks"),
    ]


@case
def school_robin(g):
    sid = g.pat("S9999999")
    return "transcript", [
        ("A", "St Aldhelm's Academy, reception, [[N:Elspeth]] speaking."),
        ("C", "Hi, it's [[N:Robin Hartigan]], [[N:Theo]]'s dad, in ((o:Year 8)). He's been off with glandular fever and the online homework portal has locked him out."),
        ("A", "Oh, poor [[N:Theo]]. Do you have his student number? It's on the back of his lanyard."),
        ("C", f"It's [[ACC:{sid}]]. He's still in bed, so I pinched it."),
        ("A", "Thank you. His form tutor is Mr [[N:Achterberg]]; I'll ask him to reset the password."),
        ("C", "Lovely. And he's missing a maths test on ((d:the 21st)). Can he sit it later?"),
        ("A", "I'll let the maths department know. Mrs [[N:Kapoor-Lindsay]] is head of year, she'll email you."),
        ("C", "Great. Sorry, one more thing. My ex-wife, [[N:Celestine]], will be picking him up next week."),
        ("A", "No problem, she's on the contact list already."),
        ("C", "Brilliant. Thanks so much."),
    ]


@case
def car_hire_summer(g):
    ra = g.pat("RA 999 999 999")
    return "transcript", [
        ("A", "((o:Velocar)) roadside support, you're through to [[N:Bongani]]."),
        ("C", "Hi, I've got a hire car and it's got a flat tyre. I'm in a lay-by on the ((o:A487)) just past ((o:Aberaeron))."),
        ("A", "Are you somewhere safe?"),
        ("C", "Yes, we're all out behind the barrier. Me and my two kids."),
        ("A", "Good. Can I take the rental agreement number? It's on the key tag."),
        ("C", f"[[ACC:{ra[3:]}]]."),
        ("A", "And the driver's name?"),
        ("C", "[[N:Summer Ashdown]]."),
        ("A", "Thanks, [[N:Summer]]. It's a ((m:Vauxhall Corsa)), grey?"),
        ("C", "That's it."),
        ("A", "A patrol's on the way, about ((du:50 minutes)). The patrol driver is [[N:Kieran]], he'll text you."),
        ("C", "Fifty minutes. The kids are going to love that."),
        ("A", "I know, I'm sorry. It's the nearest one this ((d:Sunday))."),
    ]


@case
def dental_penny(g):
    pt = g.pat("999999")
    return "asr", [
        ("A", "good morning brightsmile dental it's [[N:valentina]]"),
        ("C", "hi i broke a tooth on a toffee and it's agony"),
        ("A", "oh no can i have your name please"),
        ("C", "[[N:penny]] [[N:arkwright]] [[N:a r k w r i g h t]]"),
        ("A", "thanks [[N:penny]] and your patient number if you have it it's on the reminder card"),
        ("C", f"um [[ACC:{say(pt, double=True)}]]"),
        ("A", "lovely doctor [[N:ferreira]] has an emergency slot at ((t:eleven fifteen))"),
        ("C", "oh thank god how much will it be i haven't got a ((o:penny)) till ((d:friday))"),
        ("A", "the emergency exam is ((p:sixty five pounds)) and you can pay on the day or spread it"),
        ("C", "okay i'll be there"),
    ]


@case
def lost_property_train(g):
    ref = g.pat("LP-999999")
    return "asr", [
        ("A", "lost property office [[N:henrietta]] speaking"),
        ("C", "hi i left a rucksack on the train into ((o:victoria station)) yesterday it's got my insulin in it"),
        ("A", "oh dear which service was it do you know"),
        ("C", "the ((t:six forty two)) from ((o:brighton)) i was in the last carriage"),
        ("A", "and did you report it online already"),
        ("C", f"yes they gave me [[ACC:{say(ref[:2])} {say(ref[3:])}]]"),
        ("A", "okay and the name on the report"),
        ("C", "[[N:tobias]] [[N:ferreday]] two r's"),
        ("A", "thank you [[N:tobias]] a blue ((m:osprey thirty litre)) handed in at ((o:platform nine))"),
        ("C", "yes that's it oh thank god"),
        ("A", "you can collect it from the office by the ((o:costa)) it's open until ((t:eight))"),
        ("C", "i'll come now"),
    ]


@case
def prepayment_dawn(g):
    serial = g.pat("99A9999999")
    acct = g.pat("999999999")
    return "transcript", [
        ("A", "Hello, Solwick Power, you're talking to [[N:Thabo]]. How can I help today?"),
        ("C", "My prepayment meter won't take my top-up. I've been sat in the dark since ((o:dawn)) and I've got no emergency credit left."),
        ("A", "Let's get you back on. Can I take your name?"),
        ("C", "[[N:Dawn Whitcombe]]. Yes, I know."),
        ("A", "Ha, thank you, [[N:Dawn]]. Can you read me the number on the front of the meter, under the display?"),
        ("C", f"It's [[ACC:{serial}]]. No wait, the last bit is smudged. [[ACC#s:{serial[:-2]}]]... and then I think it's [[ACC#s:{serial[-2:]}]]."),
        ("A", f"I've got [[ACC:{serial}]] on your account, does that sound right?"),
        ("C", "Yes, that's it."),
        ("A", "And your account number's on the top-up card."),
        ("C", f"[[ACC:{acct}]]."),
        ("A", "The last top-up didn't register because of a tariff update. I've added ((p:£15)) of emergency credit you won't have to pay back."),
        ("C", "Oh, thank you. That's so kind."),
        ("A", "Press A then enter on the keypad, and it'll come through in ((du:a few minutes))."),
    ]


@case
def gas_leak_faith(g):
    acct = g.pat("99 9999 9999")
    return "asr", [
        ("A", "gas emergency line this is [[N:lorcan]]"),
        ("C", "hi i can smell gas in the kitchen really strong"),
        ("A", "okay first open the windows and don't use any switches are you outside"),
        ("C", "i'm going out now yeah i'm on the doorstep"),
        ("A", "good what's your name"),
        ("C", "[[N:faith]] [[N:oyelaran]]"),
        ("A", "okay [[N:faith]] an engineer is on the way they'll be with you within ((du:an hour)) is anyone else in the house"),
        ("C", "no my lodger [[N:kemal]] is at work"),
        ("A", "and do you have your supplier account number handy no worries if not"),
        ("C", f"it's in my phone um [[ACC:{say(acct)}]]"),
        ("A", "thank you i'll pass that on have ((o:faith)) the engineer is very good"),
        ("C", "ha okay"),
    ]


@case
def ivr_bank_idris(g):
    acct = g.pat("99999999")
    return "asr", [
        ("I", "welcome to harlow bank please say or enter your account number"),
        ("C", f"[[ACC:{say(acct)}]]"),
        ("I", f"thank you i heard [[ACC:{say(acct)}]] is that right"),
        ("C", "yes"),
        ("I", "please hold while we connect you"),
        ("A", "hello you're through to [[N:ayesha]] who am i speaking to"),
        ("C", "it's [[N:idris]] [[N:bello]] my card got swallowed by the machine at ((o:sainsbury's)) on ((o:queen street))"),
        ("A", f"oh annoying i'm sorry about that [[N:idris]] the card on the account ending [[ACC:{say(acct[-4:])}]]"),
        ("C", "yeah that one"),
        ("A", "i'll cancel it and order a new one it'll be with you in ((du:three to five working days))"),
        ("C", "can i get cash out in the meantime i've got a ((p:two hundred quid)) deposit to pay my builder [[N:gareth]] tomorrow"),
        ("A", "yes you can use the ((o:cash by code)) option in the app up to ((p:three hundred pounds)) a day"),
        ("C", "oh perfect i didn't know that existed"),
    ]


@case
def telecom_roaming_ruby(g):
    acct = g.pat("9999 999 999")
    case_no = g.pat("CS99999999")
    return "transcript", [
        ("A", "Tellion Mobile, [[N:Dmitri]] speaking. How can I help?"),
        ("C", "Hi. I'm in ((o:Lisbon)) with my mum and my phone's stopped working. It says no service. I need it to ring the care home."),
        ("A", "Let's sort that. Who's the account holder?"),
        ("C", "Me, [[N:Ruby Castellanos]]."),
        ("A", "Thanks, [[N:Ruby]]. Can you read me your account number? It's at the top of the app, under your photo."),
        ("C", f"[[ACC:{acct}]]."),
        ("A", "I can see the spending cap kicked in at ((p:£50)). Do you want me to raise it?"),
        ("C", "Yes, please, to ((p:£100)). The care home manager, Mrs [[N:Oduwole]], is meant to call me at ((t:3 p.m.))."),
        ("A", "Done. Turn the phone off and on again, and it should find ((o:Vodafone PT)) or ((o:MEO))."),
        ("C", "It's back! Thank you."),
        ("A", f"Great. I've logged it as case [[ACC:{case_no}]] in case anything else happens. Is it an ((m:iPhone 15))?"),
        ("C", "An ((m:iPhone 13)), actually."),
        ("A", "Same settings. Enjoy the rest of the trip."),
    ]


@case
def bereavement_bank_executor(g):
    acct = g.pat("99999999")
    ref = g.pat("BER 9999 AA")
    return "transcript", [
        ("A", "Bereavement services, you're speaking with [[N:Imogen]]. First, I'm sorry for your loss."),
        ("C", "Thank you. My aunt, [[N:Philippa Dunmore]], died in ((d:September)). I'm her executor. I'm [[N:Cassius Dunmore]]."),
        ("A", "Thank you, Mr [[N:Dunmore]]. Do you know her account number?"),
        ("C", f"I've got an old statement. [[ACC#a:{acct[:4]}]]... sorry, the paper is torn... [[ACC#a:{acct[4:]}]]."),
        ("A", f"Thank you, [[ACC:{acct}]]. Have you got a copy of the will and the death certificate?"),
        ("C", "Both, yes. Her solicitor, Mr [[N:Leventhal]], sent me certified copies."),
        ("A", f"Perfect. I'm giving you a bereavement reference, [[ACC:{ref}]]. Please put it on anything you send."),
        ("C", "Will I be able to pay the funeral director from her account? It's ((p:£4,250))."),
        ("A", "Yes, we can pay the funeral invoice directly from the account."),
        ("C", "That's a weight off. Thank you."),
    ]


@case
def mortgage_broker_matthias(g):
    app = g.pat("APP-99999-A")
    return "asr", [
        ("A", "hello harbourside mortgages [[N:rafferty]] speaking"),
        ("C", "hi this is [[N:matthias]] [[N:kroll]] we're supposed to complete on ((d:friday)) and our solicitor says the mortgage offer hasn't come through"),
        ("A", "okay mister [[N:kroll]] have you got the application reference"),
        ("C", f"i think it's [[ACC:{say(app[4:9])} {app[-1].lower()}]]"),
        ("A", f"let me check [[ACC:{say(app[4:9])} {app[-1].lower()}]] yes the valuation came back ((p:ten thousand)) under the price"),
        ("C", "what nobody told us"),
        ("A", "the surveyor mister [[N:mcclusky]] valued it at ((p:three eighty five))"),
        ("C", "my wife [[N:june]] is going to be devastated we've packed everything"),
        ("A", "i'm really sorry there are options you can put in the extra deposit or ask for a second valuation"),
        ("C", "how long does a second valuation take"),
        ("A", "usually ((du:a week)) but i'll ((o:mark)) it as urgent"),
        ("C", "please do"),
    ]


@case
def charity_donor(g):
    donor = g.pat("D99999")
    return "asr", [
        ("A", "hello helping hands trust supporter care [[N:clementine]] speaking"),
        ("C", "hi i want to change my monthly gift my husband's just been diagnosed and money's tight"),
        ("A", "oh i'm so sorry of course do you know your supporter number"),
        ("C", f"[[ACC:{say(donor)}]]"),
        ("A", "thank you and is that [[N:bernadette]]"),
        ("C", "yes [[N:bernadette]] [[N:quayle]]"),
        ("A", "thanks [[N:bernadette]] you're giving ((p:twenty pounds)) a month would you like to pause or reduce it"),
        ("C", "reduce to ((p:five)) if that's okay"),
        ("A", "absolutely and thank you for sticking with us"),
        ("C", "it means a lot the hospice looked after my mum"),
    ]


@case
def returns_order_multiple(g):
    o1 = g.pat("99999999")
    o2 = g.pat("99999999")
    return "transcript", [
        ("A", "((o:Loomwell)) customer service, [[N:Wendell]] here."),
        ("C", "Hi [[N:Wendell]]. I ordered a ((m:KX-220)) stand mixer and a set of pans, and I've received ((q:two)) mixers and no pans."),
        ("A", "Oh no. Were they one order or two?"),
        ("C", f"Two. The mixer was [[ACC:{o1}]], and the pans were [[ACC:{o2}]]."),
        ("A", f"So the pans, [[ACC:{o2}]], were swapped in the warehouse. Can I confirm the name?"),
        ("C", "[[N:Ottoline Brisco]]."),
        ("A", "Thanks, Ms [[N:Brisco]]. The courier will collect the spare mixer on ((d:Thursday)), and the pans are going out today."),
        ("C", "I was going to use them for my daughter's wedding dinner on ((d:Saturday))."),
        ("A", "They'll be with you by ((d:Friday)), I promise."),
        ("C", "Perfect. Thank you."),
    ]


@case
def lost_bag_file(g):
    bag = g.pat("AAA AA 99999")
    tag = g.pat("999999")
    pnr = g.pat("AA9AAA")
    return "asr", [
        ("A", "baggage services [[N:quentin]] speaking"),
        ("C", "hi my suitcase didn't arrive on the ((f:ei six five two)) from ((o:dublin)) and my brother's funeral is tomorrow my suit is in it"),
        ("A", "i'm so sorry have you got the file reference from the desk at the airport"),
        ("C", f"yeah it's [[ACC#r:{say(bag[:7])}]] um [[ACC#r:{pairs(bag[8:])}]]"),
        ("A", "thanks and the bag tag number is on the sticker they put on your boarding pass"),
        ("C", f"[[ACC:{say(tag, double=True)}]]"),
        ("A", "and your booking reference"),
        ("C", f"[[ACC:{nato(pnr)}]]"),
        ("A", "okay it's been found in ((o:heathrow)) it'll be on the ((t:seven a.m.)) flight tomorrow and a courier will bring it straight to you"),
        ("C", "the service is at ((t:eleven)) in ((o:ballymena)) will it make it"),
        ("A", "i've marked it as a priority the courier is [[N:seamus]] from ((o:swiftlane)) he'll ring you"),
        ("C", "okay thank you so much"),
    ]


@case
def insurance_quote_van(g):
    quote = g.pat("Q-999999")
    reg = g.pat("AA99 AAA")
    return "transcript", [
        ("A", "Good afternoon, ((o:Thornbury Van Insurance)), you're speaking with [[N:Casimir]]."),
        ("C", "Hi [[N:Casimir]], I got a quote online yesterday and today it's gone up by ((p:£200)). I'm a plumber, I need the van on the road by ((d:Monday))."),
        ("A", "That's frustrating. What's the quote reference? It's in the email subject."),
        ("C", f"[[ACC:{quote}]]."),
        ("A", "Thanks. And the registration?"),
        ("C", f"[[ACC:{reg}]]. It's a ((m:Transit Custom 300))."),
        ("A", "And who am I speaking with?"),
        ("C", "[[N:Will Haskett]]."),
        ("A", "Thanks, [[N:Will]]. Yesterday's quote was for ((q:one)) named driver; today's has two. Did you add someone?"),
        ("C", "Yeah, my apprentice, [[N:Jordi]]. He's ((o:nineteen))."),
        ("A", "That's the difference, I'm afraid. Young drivers cost more."),
        ("C", "Right. Will it go down if he does a ((o:Pass Plus))?"),
        ("A", "It can, by around ((pc:10%)). I'll note it on your file."),
    ]


@case
def meter_reading_corrected(g):
    acct = g.pat("999999999")
    bad = acct[:-2] + acct[-1] + acct[-2] if acct[-1] != acct[-2] else acct[:-1] + str((int(acct[-1]) + 1) % 10)
    msn = g.pat("A99A99999")
    return "asr", [
        ("A", "hi you're through to ((o:fernbrook energy)) this is [[N:nkechi]]"),
        ("C", "hiya my bill's gone up to like ((p:three hundred and forty quid)) for one month and i live on my own"),
        ("A", "that does sound high let's check the readings have you got the bill there what's the number on the top line"),
        ("C", f"[[ACC:{say(acct)}]]"),
        ("A", f"so [[ACC:{say(bad)}]]"),
        ("C", f"no [[ACC:{say(acct[-2:])}]] at the end"),
        ("A", f"sorry [[ACC:{say(acct)}]] got it and who am i talking to"),
        ("C", "[[N:hamza]] [[N:qureshi]]"),
        ("A", "thanks [[N:hamza]] the bill used an estimate can you read the meter for me the number on the display"),
        ("C", "it says ((o:four eight two one seven))"),
        ("A", "and the serial on the sticker above it"),
        ("C", f"[[ACC:{say(msn)}]]"),
        ("A", "perfect with that reading the bill drops to about ((p:ninety two pounds)) i'll reissue it"),
        ("C", "oh thank god"),
    ]


# --------------------------------------------------------------------------- build and check

MARK = re.compile(r"\[\[([A-Z_]+)(?:#(\w+))?:(.+?)\]\]|\(\(([a-z_]+):(.+?)\)\)")
SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "doctor", "mx", "sir"}
# ordinary words that are also names in this set: allowed outside spans
COMMON_NAME_WORDS = {"will", "hope", "mark", "bill", "sky", "june", "grace", "rose", "dawn",
                     "faith", "penny", "frank", "robin", "summer", "may", "april", "ruby",
                     "de", "la", "van", "der", "thi", "lan", "joy", "victoria", "sunny", "jack",
                     "chase", "del", "patience", "august", "x", "b", "a", "o", "s", "d", "k"}
SHAPE_KINDS = {"quantity", "flight_number", "model_number", "count", "other"}
MONTHS_DAYS = re.compile(r"\b(january|february|march|april|may|june|july|august|september|"
                         r"october|november|december|monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday)\b", re.I)
ERRORS: list[str] = []


def err(msg: str) -> None:
    ERRORS.append(msg)


def parse(raw: str):
    text, pii, keep = [], [], []
    pos = 0
    n = 0
    for m in MARK.finditer(raw):
        text.append(raw[pos:m.start()])
        n += len(raw[pos:m.start()])
        if m.group(1):
            val = m.group(3)
            pii.append((n, n + len(val), TYPES[m.group(1)], m.group(2)))
        else:
            val = m.group(5)
            keep.append((n, n + len(val), KINDS[m.group(4)]))
        text.append(val)
        n += len(val)
        pos = m.end()
    text.append(raw[pos:])
    clean = "".join(text)
    if "[[" in clean or "]]" in clean or "((" in clean or "))" in clean:
        err(f"unparsed markup: {raw!r}")
    return clean, pii, keep


def build():
    g = Gen(SEED)
    cases = []
    for idx, fn in enumerate(CASES, 1):
        style, turns = fn(g)
        cid = f"d5-{idx:03d}"
        utts, pii, keep = [], [], []
        gmap: dict[str, str] = {}
        for ui, (spk, raw) in enumerate(turns):
            clean, p, k = parse(raw)
            utts.append({"speaker": SPEAKERS[spk], "text": clean})
            for s, e, t, grp in p:
                key = f"{t}:{grp}" if grp else f"_{ui}_{s}"
                if key not in gmap:
                    gmap[key] = f"g{len(gmap) + 1}"
                pii.append({"utterance": ui, "start": s, "end": e, "type": t, "group": gmap[key]})
            for s, e, kind in k:
                keep.append({"utterance": ui, "start": s, "end": e, "kind": kind})
        cases.append({"case_id": cid, "style": style, "utterances": utts, "pii": pii,
                      "keep": keep, "_fn": fn.__name__})
    return cases


def word_tokens(text: str):
    return [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"[A-Za-z']+", text)]


def check(cases) -> None:
    seen_utts: dict[str, str] = {}
    name_words: set[str] = set()
    for c in cases:
        for sp in c["pii"]:
            if sp["type"] == "NAME":
                t = c["utterances"][sp["utterance"]]["text"][sp["start"]:sp["end"]]
                for w in re.findall(r"[A-Za-z']+", t):
                    if len(w) > 1:
                        name_words.add(w.lower())
    for c in cases:
        cid = c["case_id"] + "/" + c["_fn"]
        if c["style"] not in ("transcript", "asr"):
            err(f"{cid}: style")
        spans_by_u: dict[int, list] = {}
        for sp in c["pii"] + c["keep"]:
            spans_by_u.setdefault(sp["utterance"], []).append(sp)
        for ui, u in enumerate(c["utterances"]):
            text = u["text"]
            spans = sorted(spans_by_u.get(ui, []), key=lambda s: s["start"])
            for sp in spans:
                s, e = sp["start"], sp["end"]
                val = text[s:e]
                lab = sp.get("type") or sp.get("kind")
                if not (0 <= s < e <= len(text)):
                    err(f"{cid} u{ui}: span out of range")
                    continue
                if val != val.strip():
                    err(f"{cid} u{ui}: space at edge of {val!r}")
                if not (val[0].isalnum() or val[0] in "(+$£€") or not (val[-1].isalnum() or val[-1] in "%" or val.endswith(".m.")):
                    err(f"{cid} u{ui}: punctuation at edge of {val!r}")
                if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                    err(f"{cid} u{ui}: {lab} {val!r} starts/ends inside a word")
                if lab == "NAME":
                    if re.search(r"\d", val):
                        err(f"{cid}: digit in NAME {val!r}")
                    if val.split()[0].lower().strip(".") in TITLES:
                        err(f"{cid}: title in NAME {val!r}")
                    if c["style"] == "transcript" and not any(w[0].isupper() for w in val.split()):
                        err(f"{cid}: lower-case NAME in transcript {val!r}")
                if lab in SHAPE_KINDS | {"date", "price", "time", "duration", "year", "percentage"}:
                    d = re.sub(r"\D", "", val) or digits_of(val)
                    if 13 <= len(d) <= 19 and luhn_ok(d):
                        err(f"{cid}: look-alike passes Luhn {val!r}")
            for a, b in zip(spans, spans[1:]):
                if b["start"] < a["end"]:
                    err(f"{cid} u{ui}: overlapping spans")
            # digits outside spans
            covered = set()
            for sp in spans:
                covered.update(range(sp["start"], sp["end"]))
            for i, ch in enumerate(text):
                if ch.isdigit() and i not in covered:
                    err(f"{cid} u{ui}: digit outside span: {text!r}")
                    break
            run = 0
            for s, e, w in word_tokens(text):
                if s in covered:
                    run = 0
                    continue
                run = run + 1 if w in DIGIT_WORDS else 0
                if run >= 4:
                    err(f"{cid} u{ui}: run of digit words outside spans: {text!r}")
                    break
                if w.strip("'") in name_words and w.strip("'") not in COMMON_NAME_WORDS:
                    # possessive "'s" is allowed after a name inside a span only
                    err(f"{cid} u{ui}: name word {w!r} outside a span: {text!r}")
            # keep spans never carry the digits of a pii span of the same utterance
            pd = [re.sub(r"\D", "", text[s["start"]:s["end"]]) or digits_of(text[s["start"]:s["end"]])
                  for s in spans if "type" in s]
            for sp in spans:
                if "kind" in sp:
                    kd = re.sub(r"\D", "", text[sp["start"]:sp["end"]])
                    if kd and any(kd == x for x in pd if x):
                        err(f"{cid} u{ui}: keep has pii digits")
            if c["style"] == "asr" and re.search(r"[A-Z]", text):
                err(f"{cid} u{ui}: capital letter in asr: {text!r}")
            key = re.sub(r"\s+", " ", text.lower()).strip()
            if len(key.split()) >= 4:
                if key in seen_utts:
                    err(f"{cid} u{ui}: duplicate utterance (also {seen_utts[key]}): {text!r}")
                seen_utts[key] = cid
        # groups
        groups: dict[str, list] = {}
        for sp in c["pii"]:
            groups.setdefault(sp["group"], []).append(sp)
        for gid, sps in groups.items():
            types = {s["type"] for s in sps}
            if len(types) != 1:
                err(f"{cid}: group {gid} mixes types")
            t = types.pop()
            vals = [c["utterances"][s["utterance"]]["text"][s["start"]:s["end"]] for s in sps]
            joined = " ".join(vals)
            d = "".join(re.sub(r"\D", "", v) if re.search(r"\d", v) else digits_of(v) for v in vals)
            if t == "ACCOUNT_NUMBER":
                chars = len(d) + len(re.findall(r"(?<![a-z])[a-z](?![a-z])", joined.lower())) + \
                    len(re.findall(r"[A-Z]", joined))
                # a customer's correction of the last digits of a value said in full
                others = [digits_of(c["utterances"][x["utterance"]]["text"][x["start"]:x["end"]])
                          for x in c["pii"] if x["type"] == t and x["group"] != gid]
                tail_fix = bool(d) and any(o.endswith(d) and len(o) > len(d) for o in others)
                if not tail_fix and (len(d) < 1 or chars < 4):
                    err(f"{cid}: account {joined!r} too short ({d})")
            if t == "CARD_NUMBER" and not (len(d) in (15, 16) and luhn_ok(d)):
                err(f"{cid}: card {joined!r} fails")
            if t == "PHONE" and not 10 <= len(d) <= 12:
                err(f"{cid}: phone {joined!r} has {len(d)} digits")


def counts(cases):
    tab: dict[str, Counter] = {}

    def add(row, style, n=1):
        tab.setdefault(row, Counter())[style] += n

    for c in cases:
        st = c["style"]
        add("cases", st)
        add("utterances", st, len(c["utterances"]))
        used = {s["utterance"] for s in c["pii"]} | {s["utterance"] for s in c["keep"]}
        add("ordinary utterances (no pii, no keep)", st, len(c["utterances"]) - len(used))
        for s in c["pii"]:
            add("span:" + s["type"], st)
        for grp in {(s["group"], s["type"]) for s in c["pii"]}:
            add("group:" + grp[1], st)
        for s in c["keep"]:
            add("keep:" + s["kind"], st)
            txt = c["utterances"][s["utterance"]]["text"][s["start"]:s["end"]]
            if s["kind"] in SHAPE_KINDS or (s["kind"] == "date" and MONTHS_DAYS.search(txt)):
                add("shape", st)
        for s in c["pii"]:
            if s["type"] == "NAME" and c["utterances"][s["utterance"]]["speaker"] != "customer":
                add("name_by_agent", st)
            if s["type"] == "ACCOUNT_NUMBER" and c["utterances"][s["utterance"]]["speaker"] != "customer":
                add("acc_by_agent", st)
        acc_groups = Counter(s["group"] for s in c["pii"] if s["type"] == "ACCOUNT_NUMBER")
        add("acc_in_pieces", st, sum(1 for n in acc_groups.values() if n > 1))
    return tab


def table(tab) -> str:
    order = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
    kinds = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
             "percentage", "model_number", "count", "other"]

    def row(label, key):
        t, a = tab.get(key, Counter())["transcript"], tab.get(key, Counter())["asr"]
        return f"| {label} | {t} | {a} | {t + a} |"

    lines = ["| | transcript | asr | total |", "|---|---:|---:|---:|"]
    for k in ["cases", "utterances", "ordinary utterances (no pii, no keep)"]:
        lines.append(row(k, k))
    lines.append("| **pii spans** | | | |")
    tot = Counter()
    for t in order:
        if tab.get("span:" + t):
            lines.append(row(t, "span:" + t))
            tot.update(tab["span:" + t])
    lines.append(f"| all pii spans | {tot['transcript']} | {tot['asr']} | {sum(tot.values())} |")
    lines.append("| **pii values (groups)** | | | |")
    for t in order:
        if tab.get("group:" + t):
            lines.append(row(t, "group:" + t))
    lines.append("| **keep (look-alikes)** | | | |")
    kt = Counter()
    for k in kinds:
        if tab.get("keep:" + k):
            lines.append(row(k, "keep:" + k))
            kt.update(tab["keep:" + k])
    lines.append(f"| all keep spans | {kt['transcript']} | {kt['asr']} | {sum(kt.values())} |")
    lines.append(row("look-alikes of account/name shapes (quantity, flight_number, model_number, "
                     "count, other, and dates that are a month or weekday)", "shape"))
    lines.append("")
    for k, lab in [("acc_in_pieces", "account values in pieces"),
                   ("acc_by_agent", "ACCOUNT_NUMBER spans said by an agent or ivr"),
                   ("name_by_agent", "NAME spans said by an agent or ivr")]:
        lines.append(f"- {lab}: {sum(tab.get(k, Counter()).values())}")
    return "\n".join(lines)


def minimums(tab) -> None:
    tot = {k: sum(v.values()) for k, v in tab.items()}
    need = {"utterances": 500, "span:ACCOUNT_NUMBER": 100, "span:NAME": 150,
            "ordinary utterances (no pii, no keep)": 120, "shape": 100}
    for k, n in need.items():
        if tot.get(k, 0) < n:
            err(f"minimum not met: {k} {tot.get(k, 0)} < {n}")
    keeps = sum(v for k, v in tot.items() if k.startswith("keep:"))
    if keeps < 100:
        err(f"minimum not met: keep spans {keeps} < 100")
    share = tab["utterances"]["transcript"] / tot["utterances"]
    if not 0.40 <= share <= 0.50:
        err(f"transcript share {share:.2f} outside 0.40-0.50")


def dump(cases) -> str:
    out = []
    for c in cases:
        d = {k: v for k, v in c.items() if not k.startswith("_")}
        out.append(json.dumps(d, ensure_ascii=False))
    return "\n".join(out) + "\n"


def main() -> int:
    cases = build()
    check(cases)
    tab = counts(cases)
    minimums(tab)
    if dump(build()) != dump(cases):
        err("two builds differ")
    n_utt = sum(len(c["utterances"]) for c in cases)
    share = tab["utterances"]["transcript"] / n_utt
    print(f"#### dev5.jsonl ({len(cases)} cases, {n_utt} utterances, {share:.0%} transcript)\n")
    print(table(tab))
    if ERRORS:
        print(f"\n{len(ERRORS)} check(s) failed:", file=sys.stderr)
        for e in ERRORS:
            print("  " + e, file=sys.stderr)
        return 1
    if "--check" not in sys.argv:
        OUT.write_text(dump(cases), encoding="utf-8")
        print(f"\nwrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
