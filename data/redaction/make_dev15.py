#!/usr/bin/env python3
"""Write data/redaction/dev15.jsonl: written as an eleventh held-out set (test11.jsonl), measured
once (issue 14, the figures are in the README), then made a development set.

Written fresh by a labeller who read only data/redaction/README.md (format and span
conventions), not the redactor, the scripts, the tests or any other set or generator.
Every conversation below was written by hand for this set; every number in it comes from
``random.Random(SEED)``. Each case is a different conversation (no conversation is reused
with other names or numbers).

Settings: energy smart meters, broadband faults, court fines, tax credits, hotel bookings and
complaints, debt collection and payment plans, online marketplace disputes, plus banking,
insurance, telecoms, retail, travel, healthcare admin, public services, housing and
education. Many ASR callers speak with strong regional patterns (Geordie, Scouse, Glaswegian,
Yorkshire, Brummie, West Country, Belfast, Welsh valleys, East London, Mancunian, Doric).

Markup inside each utterance (stripped by code; every offset is computed from the clean text):

    [[T:text]]        pii of type code T in a group of its own
    [[T#x:text]]      pii of type code T in the case-local group x (pieces of one value)
    [[T#x!:text]]     a piece the speaker then corrects: still labelled in the value's
                      group, but left out of the Luhn / length check
    ((k:text))        a keep look-alike of kind code k

Type codes: N NAME, A ACCOUNT_NUMBER, C CARD_NUMBER, V CVV, E EXPIRY, S SSN, P PHONE,
M EMAIL, D DOB, AD ADDRESS, PC POSTCODE.
Keep codes: q quantity, t time, pr price, fl flight_number, d date, y year, du duration,
pct percentage, mo model_number, c count, o other.

Choices where the README's conventions are silent (as the README lists for earlier sets):
- a UK National Insurance number is an SSN; a sort code is an ACCOUNT_NUMBER of its own;
- a corrected card piece stays in the card's group (marked "!" here, skipped by the Luhn check);
  a wrong account number the caller then corrects is labelled too, in a group of its own;
- in a transcript a first name and surname said together are one NAME span; in ASR too, unless
  something comes between them; a surname spelled letter by letter or in NATO words is its own
  NAME span and group;
- MPAN / MPRN / meter serial numbers, court fine account numbers, booking references, order,
  case, claim, tracking (Luhn-valid or courier references asked for as the customer's reference),
  tenancy, student and NHS numbers are ACCOUNT_NUMBER; a courier tracking number that fails the
  Luhn check, a room number, an age, an error code, a meter reading, a road and a name-like
  ordinary word ("rose" the verb, "mark" the verb, "the bill") are `other` look-alikes;
- weekdays and months used as dates are `date` only where labelled; "today"/"tomorrow" are not.

Run ``python data/redaction/make_dev15.py`` to write the file (byte for byte the same every
run); ``--check`` builds and validates without writing.
"""
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 318572649
OUT = Path(__file__).resolve().parent / "dev15.jsonl"

TYPES = {"N": "NAME", "A": "ACCOUNT_NUMBER", "C": "CARD_NUMBER", "V": "CVV", "E": "EXPIRY",
         "S": "SSN", "P": "PHONE", "M": "EMAIL", "D": "DOB", "AD": "ADDRESS", "PC": "POSTCODE"}
KINDS = {"q": "quantity", "t": "time", "pr": "price", "fl": "flight_number", "d": "date",
         "y": "year", "du": "duration", "pct": "percentage", "mo": "model_number", "c": "count",
         "o": "other"}
SPK = {"a": "agent", "c": "customer", "i": "ivr"}

# ---------------------------------------------------------------- number words
ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = ("january february march april may june july august september october november "
          "december").split()
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
ORD += ["twenty " + o for o in ORD[1:10]] + ["thirtieth", "thirty first"]
ORD_SFX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def say(ds, z="oh", dbl=False):
    """Digit by digit; z is the word for 0; dbl turns a pair of equal digits into 'double x'."""
    out, i = [], 0
    while i < len(ds):
        w = z if ds[i] == "0" else ONES[int(ds[i])]
        if dbl and i + 1 < len(ds) and ds[i + 1] == ds[i] and (i + 2 >= len(ds) or ds[i + 2] != ds[i]):
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def two(n, z="oh"):
    """A number 0-99 as said inside a group: 5 -> 'oh five', 40 -> 'forty', 17 -> 'seventeen'."""
    if n < 10:
        return f"{z} {ONES[n]}" if n else f"{z} {z}"
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def pairs(ds, z="oh"):
    """'4111' -> 'forty one eleven'."""
    assert len(ds) % 2 == 0, ds
    return " ".join(two(int(ds[i:i + 2]), z) for i in range(0, len(ds), 2))


def yw(y):
    if 2000 <= y <= 2009:
        return "two thousand and " + ONES[y - 2000]
    return two(y // 100) + " " + two(y % 100)


def ordn(d):
    return f"{d}{ORD_SFX.get(d, 'th')}"


def grp(ds, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(ds[i:i + s])
        i += s
    assert i == len(ds), (ds, sizes)
    return sep.join(out)


def spell(word, sep=" "):
    return sep.join(word)


NATO = dict(a="alpha", b="bravo", c="charlie", d="delta", e="echo", f="foxtrot", g="golf",
            h="hotel", i="india", j="juliet", k="kilo", l="lima", m="mike", n="november",
            o="oscar", p="papa", q="quebec", r="romeo", s="sierra", t="tango", u="uniform",
            v="victor", w="whiskey", x="x-ray", y="yankee", z="zulu")


def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


# ---------------------------------------------------------------- generator
OUTWARD = ["LS6", "M14", "BS3", "CF24", "NE6", "G12", "EH7", "B29", "L15", "S10", "NG7", "SW9",
           "E17", "N16", "OX4", "YO10", "PL4", "DE22", "LE2", "BT9", "AB24", "DD1", "SA1", "HU5",
           "ST4", "CV1", "BN2", "EX4", "NR2", "WV1", "DN4", "TR1", "LL57", "PE1", "SR2", "BD7",
           "HD1", "WF1", "CH2", "LN6", "IP4", "CT1", "G42", "KY1", "NP20", "BB1", "M8", "L8"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"
NI_PREFIX = ["AB", "CE", "HJ", "JK", "KL", "NR", "PX", "RW", "SN", "TY", "WL", "YM", "ZE", "EH",
             "MP", "LB", "GR", "BT"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def d(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def pat(self, p):
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

    def n(self, lo, hi):
        return self.r.randint(lo, hi)

    def card(self, kind="v"):
        if kind == "v":
            body = "4" + self.d(14)
        elif kind == "m":
            body = "5" + self.r.choice("12345") + self.d(13)
        elif kind == "m2":
            body = str(self.r.randint(2221, 2720)) + self.d(11)
        elif kind == "ax":
            body = "3" + self.r.choice("47") + self.d(12)
        elif kind == "ds":
            body = "6011" + self.d(11)
        else:
            raise ValueError(kind)
        return body + luhn_digit(body)

    def tracking_fail(self, n=16):
        while True:
            s = self.pat("1" + "9" * (n - 1))
            if not luhn_ok(s):
                return s

    def cvv(self, n=3):
        return self.pat("1" + "9" * (n - 1))

    def exp(self, lo=2027, hi=2032):
        return self.r.randint(1, 12), self.r.randint(lo, hi)

    def dob(self, lo=1941, hi=2005):
        return self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(lo, hi)

    def ph_uk(self, kind=None):
        kind = kind or self.r.choice(["mob", "lon", "man", "lds", "bri"])
        x = self.d(3)
        return {"mob": f"07700 900{x}", "lon": f"020 7946 0{x}", "man": f"0161 496 0{x}",
                "lds": f"0113 496 0{x}", "bri": f"0117 496 0{x}"}[kind]

    def ph_us(self):
        area = self.r.choice(["212", "312", "415", "503", "617", "702", "206", "404"])
        return f"{area}-555-01{self.d(2)}"

    def pc(self, outward=None):
        o = outward or self.r.choice(OUTWARD)
        return f"{o} {self.d(1)}{self.r.choice(INWARD_L)}{self.r.choice(INWARD_L)}"

    def ni(self):
        return f"{self.r.choice(NI_PREFIX)}{self.d(6)}{self.r.choice('ABCD')}"

    def ssn(self):
        return f"{self.r.randint(1, 665):03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def zip5(self, prefix):
        return prefix + self.d(5 - len(prefix))


def pc_say(pc, nato=False):
    """'LS6 4RT' -> 'l s six four r t' (or NATO words for the letters)."""
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(ONES[int(ch)])
        else:
            out.append(NATO[ch.lower()] if nato else ch.lower())
    return " ".join(out)


def ni_say(ni):
    return " ".join([ni[0].lower(), ni[1].lower(), pairs(ni[2:8]), ni[8].lower()])


def ph_say(ph, z="oh", dbl=True):
    return " ".join(say(p, z, dbl) for p in ph.replace("-", " ").split())


CASES = []


def case(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


# ================================================================ cases
# --- energy: smart meters ---------------------------------------------------------------
@case("transcript")
def smart_meter_blank_screen(g):
    mpan = g.pat("1999999999999")
    serial = g.pat("99A9999999")
    pc = g.pc("HD1")
    return [
        ("a", "Good afternoon, Kestrel Power, you're speaking to [[N:Tendai Moyo]]. How can I help today?"),
        ("c", "Hi [[N:Tendai]]. My smart meter display has gone completely blank since ((d:Sunday)) and I've no idea what I'm using."),
        ("a", "Sorry to hear that. Can I start with your name and the first line of the address?"),
        ("c", f"It's [[N:Marguerite Oyelaran-Hughes]], [[AD:{g.n(2, 98)} Lindley Moor Road, Huddersfield]]."),
        ("a", "And the postcode there?"),
        ("c", f"[[PC:{pc}]]."),
        ("a", "Thank you. Have you got a bill handy? There's a long number in a box called MPAN."),
        ("c", f"Hang on. Is it the bottom row? [[A:{mpan}]]."),
        ("a", f"That's it. And the serial printed on the meter itself, under the barcode?"),
        ("c", f"[[A:{serial}]]. The little screen says ((o:E-17)) sometimes before it dies."),
        ("a", "Right, that's a comms fault between the hub and the in-home display. I can book an engineer."),
        ("c", "Can it be a morning? I work from ((t:1 pm)) on ((d:Thursdays))."),
        ("a", "I've got ((d:Thursday the 12th)) between ((t:8)) and ((t:12)). The visit's usually about ((du:45 minutes))."),
        ("c", "Perfect, book it."),
    ]


@case("asr")
def smart_meter_geordie_topup(g):
    acct = g.d(8)
    card = g.card("v")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("a", "northvale energy you're through to [[N:callum]] how can i help"),
        ("c", "aye hiya [[N:callum]] pet me prepayment meter's gone onto emergency credit and the app winnae let us top up like"),
        ("a", "oh no right let's get that sorted whose name's the account under"),
        ("c", "it's mine [[N:shauna]] [[N:robson]] [[N:r o b s o n]]"),
        ("a", "thanks [[N:shauna]] and the account number if you've got it"),
        ("c", f"howay hang on it's on the letter [[A#a1:{say(acct[:4])}]] um [[A#a1:{say(acct[4:])}]]"),
        ("a", f"lovely so that's [[A:{say(acct)}]]"),
        ("c", "that's the one aye"),
        ("a", "how much would you like to put on"),
        ("c", "((pr:twenty pound)) please and can you take the ((pr:five pound)) emergency back off it"),
        ("a", "i can yeah go ahead with the long card number"),
        ("c", f"[[C#c1:{pairs(card[:4])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[C#c1:{pairs(card[4:8])}]] [[C#c1:{pairs(card[8:12])}]] [[C#c1:{pairs(card[12:])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[E:{two(m)} {two(y % 100)}]]"),
        ("a", "and the three digit code on the back"),
        ("c", f"[[V:{say(cvv)}]]"),
        ("a", "that's gone through the top up should land on the meter in about ((du:ten minutes))"),
        ("c", "canny that ta pet"),
    ]


@case("transcript")
def smart_meter_wrong_readings(g):
    acct = g.pat("NV-999-9999")
    phone = g.ph_uk("lds")
    return [
        ("a", "Thanks for calling Brightwell Energy, I'm [[N:Ivo]]."),
        ("c", "Hello [[N:Ivo]]. I've had a bill for ((pr:£612.40)) for one quarter and we're two people in a flat. Something's wrong."),
        ("a", "Let's have a look. What's the account reference?"),
        ("c", f"[[A:{acct}]]."),
        ("a", "Thanks. And who am I speaking with?"),
        ("c", f"[[N:Anwen Prydderch]]. I'm the account holder with my partner, [[N:Rhodri]]."),
        ("a", "Thanks [[N:Anwen]]. I can see the smart meter stopped sending readings in ((d:March)), so the bill is estimated."),
        ("c", "Estimated at ((q:2,900)) units? We use about ((q:600)) a quarter."),
        ("a", "Could you read me the current figure off the meter, the one marked IMP KWH?"),
        ("c", "It says ((o:004817.6))."),
        ("a", "Great. I'll rebill from that reading. You'll be in credit by roughly ((pr:£340))."),
        ("c", "Can you call me back when it's done? Best number is [[P:" + phone + "]]."),
        ("a", f"That's [[P:{phone}]]. I'll ring you within ((du:5 working days))."),
        ("c", "Thank you."),
    ]


@case("asr")
def smart_meter_scouse_install(g):
    mprn = g.pat("1999999999")
    pc = g.pc("L8")
    num = g.n(3, 88)
    return [
        ("a", "hiya you've reached orbital gas and power this is [[N:deborah]] speaking"),
        ("c", "alright [[N:deborah]] la i had a text saying your feller's coming to fit me smart meter but no one turned up"),
        ("a", "oh i'm sorry about that can i take the name please"),
        ("c", "[[N:kieran]] [[N:mcgivern]] and the install was meant to be ((d:wednesday))"),
        ("a", "and the address [[N:kieran]]"),
        ("c", f"[[AD:{two(num) if num > 9 else ONES[num]} kempston street]] it's in town [[PC:{pc_say(pc)}]]"),
        ("a", "right and do you have the gas meter point number the m p r n"),
        ("c", f"is that the one on the bill with ten numbers [[A:{say(mprn, 'zero')}]]"),
        ("a", "that's the one thank you"),
        ("c", "me nan's staying with us so someone's always in like i don't get how he missed us"),
        ("a", "it says the engineer reported no access at ((t:ten past two))"),
        ("c", "no way we were in all day he never knocked i'm telling you"),
        ("a", "i believe you i'll rebook it as a priority and add a ((pr:thirty pound)) goodwill credit"),
        ("c", "boss that ta"),
    ]


@case("transcript")
def smart_meter_solar_export(g):
    acct = g.d(10)
    sort = g.pat("99-99-99")
    bank = g.d(8)
    email = "f.ibekwe-rossi@fastmail.co.uk"
    return [
        ("a", "Solent Energy, export team, this is [[N:Beatrix]]."),
        ("c", "Hi, I put ((q:12)) solar panels on in ((d:May)) and I still haven't been paid a penny for export."),
        ("a", "Let me find you. Account number?"),
        ("c", f"[[A:{acct}]], and I'm [[N:Femi Ibekwe-Rossi]]."),
        ("a", "Thanks [[N:Femi]]. Your export meter was only registered on the ((d:2nd of August)), so payments start from then."),
        ("c", "So I lost nearly ((du:three months))?"),
        ("a", "I'll backdate it to the install date. Your export rate is ((pr:15p per kWh)). Which bank should we pay into?"),
        ("c", f"Sort code [[A:{sort}]], account [[A:{bank}]]."),
        ("a", f"So [[A:{sort}]] and [[A:{bank}]]. The statement will go to your e-mail, which I have as [[M:{email}]]?"),
        ("c", "That's right."),
        ("a", "You'll see the first payment in about ((du:ten days))."),
    ]


@case("asr")
def smart_meter_glasgow_debt(g):
    acct = g.d(9)
    dd = g.n(1, 28)
    return [
        ("a", "hello you're through to clydeside power my name's [[N:faisal]]"),
        ("c", "aye hello son i've got a letter saying i owe ye ((pr:eight hunner pound)) and i cannae pay that"),
        ("a", "okay don't worry we'll sort something out can i get your name"),
        ("c", "[[N:isobel]] [[N:mcilvanney]] mrs"),
        ("a", "and the account number from the top of the letter"),
        ("c", f"[[A#a1:{say(acct[:3])}]] eh the wee glasses [[A#a1:{say(acct[3:])}]]"),
        ("a", "and for security your date of birth"),
        (f"c", f"[[D:{ORD[dd]} of {MONTHS[g.n(0, 11)]} {yw(g.n(1941, 1955))}]]"),
        ("a", "thanks [[N:isobel]] so the smart meter had a fault and you weren't billed for ((du:nearly a year)) that's why it's big"),
        ("c", "that's no ma fault but"),
        ("a", "no it isn't and you've a right to only pay back the last ((du:twelve months)) let me spread it"),
        ("a", "how does ((pr:twenty two pound a month)) sound over ((du:three years))"),
        ("c", "aye ah could manage that"),
        ("a", "lovely i'll set that up and send the plan in the post"),
        ("c", "ta very much son you've been awful good"),
    ]


@case("transcript")
def smart_meter_landlord_switch(g):
    acct = g.pat("99999-99999")
    pc = g.pc("NG7")
    ph = g.ph_uk("mob")
    return [
        ("a", "Brightwell Energy, [[N:Georgiana]] speaking."),
        ("c", "Hello, I'm a landlord. My tenant moved out on the ((d:30th)) and I need the account in my name until the new one moves in."),
        ("a", "No problem. Which property is it?"),
        ("c", f"[[AD:Flat {g.n(1, 9)}, {g.n(10, 140)} Lenton Boulevard, Nottingham]], [[PC:{pc}]]."),
        ("a", "I can see it. And your name?"),
        ("c", f"[[N:Hamish Templeton-Eze]]. The outgoing tenant was [[N:Oluwaseun Adeyemi-Clarke]]."),
        ("a", "Thanks. Do you have the final reading? It's the smart meter, so I can pull one remotely too."),
        ("c", "My letting agent, [[N:Priyanka]], took a photo: ((o:31942)) on the day."),
        ("a", f"That matches. I've opened account [[A:{acct}]] for you from the ((d:1st))."),
        ("c", f"Great. Text me anything at [[P:{ph}]]."),
        ("a", "Will do. The new tenant can call us from their move-in date."),
    ]


@case("asr")
def smart_meter_doric_vulnerable(g):
    dob = g.dob(1938, 1950)
    pc = g.pc("AB24")
    ph = g.ph_uk("mob")
    return [
        ("a", "good morning granite energy this is [[N:mhairi]] how can i help"),
        ("c", "fit like quine i'm phoning for ma mither she's ((o:ninety)) an' her meter's beeping a' nicht"),
        ("a", "oh the poor thing can i take her name please"),
        ("c", "[[N:elspeth]] [[N:buchan]] she's at [[AD:" + ONES[g.n(2, 9)] + " king street aberdeen]] [[PC:" + pc_say(pc) + "]]"),
        ("a", "thank you and her date of birth for the priority register"),
        ("c", f"[[D:{ORD[dob[0]]} {MONTHS[dob[1] - 1]} {yw(dob[2])}]]"),
        ("a", "and your name"),
        ("c", "[[N:gordon]] i'm her son she's nae able tae work the phone"),
        ("a", "the beep means low credit i'll add her to the priority list so she gets a ((pr:fifty pound)) buffer"),
        ("c", "that's grand and can ye phone me no her"),
        ("a", "of course what's your number"),
        ("c", f"[[P:{ph_say(ph, 'oh')}]]"),
        ("a", "got it [[N:gordon]] an engineer will swap it to credit mode within ((du:forty eight hours))"),
        ("c", "cheers quine"),
    ]


# --- broadband faults ---------------------------------------------------------------------
@case("asr")
def broadband_brummie_dropouts(g):
    acct = g.pat("99999999")
    ph = g.ph_uk("mob")
    return [
        ("a", "thank you for calling fibrewave my name's [[N:oskar]] can i take your account number"),
        ("c", f"yeah bab it's [[A:{say(acct, 'zero', True)}]]"),
        ("a", "and who am i speaking to"),
        ("c", "[[N:bernadette]] [[N:okonjo]] but everyone calls me [[N:bernie]]"),
        ("a", "thanks [[N:bernie]] what's happening with the connection"),
        ("c", "it drops every evening about ((t:half seven)) comes back after ((du:twenty minutes)) been like it ((du:a fortnight))"),
        ("a", "which router have you got it's on the sticker underneath"),
        ("c", "it says ((mo:hub six)) the white one"),
        ("a", "okay i'm running a line test now it'll take ((du:a couple of minutes))"),
        ("c", "tara-a-bit if it cuts me off"),
        ("a", "i've got a best number here ending in four five is that still right"),
        ("c", f"no that's me old one the new one's [[P:{ph_say(ph, 'oh', False)}]]"),
        ("a", "thank you the test shows noise on the line i'm sending an openreach engineer on ((d:tuesday))"),
        ("c", "that's bostin that is ta bab"),
    ]


@case("transcript")
def broadband_home_worker_outage(g):
    acct = g.pat("FW-9999-999")
    ref = g.pat("INC999999")
    email = "ruairidh.macaulay@protonmail.com"
    return [
        ("a", "Fibrewave Business, [[N:Joanna]] here."),
        ("c", "Hi [[N:Joanna]], it's [[N:Ruairidh MacAulay]]. Our line's been down since ((t:6:40 this morning)) and I've got a client call at ((t:2))."),
        ("a", f"I'm sorry. Can you confirm the account number? It starts FW."),
        ("c", f"[[A:{acct}]]."),
        ("a", "Thanks. There's a fault at the cabinet; a van hit it overnight. About ((c:300)) customers are affected."),
        ("c", "How long will it be?"),
        ("a", "The estimate is ((du:6 to 8 hours)). I can send you a mobile backup dongle by courier."),
        ("c", "Yes please. Will it arrive today?"),
        ("a", "If I order it before ((t:noon)), yes. I've logged it under [[A:" + ref + "]]."),
        ("c", "And you'll compensate us for the day?"),
        ("a", f"Automatic compensation is ((pr:£9.33 a day)) from the second day. I'll e-mail the details to [[M:{email}]]."),
        ("c", "Fine. Thanks."),
    ]


@case("asr")
def broadband_belfast_router_replacement(g):
    acct = g.d(8)
    num = g.n(10, 99)
    pc = g.pc("BT9")
    return [
        ("a", "you're through to loughside broadband this is [[N:ciaran]]"),
        ("c", "ach hello [[N:ciaran]] my router's dead so it is the lights won't even come on"),
        ("a", "oh dear what's your name there"),
        ("c", "[[N:roisin]] [[N:mcaleese]] that's [[N:m c a l e e s e]]"),
        ("a", "grand [[N:roisin]] and the account number"),
        ("c", f"it's em [[A#a1:{pairs(acct[:4])}]] no wait hold on the wee one's pulling at me [[A#a1:{pairs(acct[4:])}]]"),
        ("a", "no bother have you tried another socket"),
        ("c", "aye i tried every socket in the house and the plug from the kettle"),
        ("a", "right it's the power supply i'll send a new router which address"),
        ("c", f"[[AD:{two(num)} malone avenue belfast]] [[PC:{pc_say(pc)}]]"),
        ("a", "it'll come tomorrow before ((t:one o'clock)) signed for"),
        ("c", "dead on i'll be in"),
    ]


@case("transcript")
def broadband_speed_complaint_exit(g):
    acct = g.pat("99999999")
    pac = g.pat("AAA999999")
    return [
        ("a", "Skylark Fibre, you're speaking with [[N:Mateusz]]. How can I help?"),
        ("c", "I pay for ((pr:£42 a month)) for ((q:500Mb)) and I'm getting ((q:38)). I want to leave without the fee."),
        ("a", "Let me check. Could I have your name and account number?"),
        ("c", f"[[N:Yusra Al-Khatib]], [[A:{acct}]]."),
        ("a", "Thanks [[N:Yusra]]. Your guaranteed minimum is ((q:250Mb)), and you've been under it for ((du:over 30 days)). You can leave penalty free."),
        ("c", "Good. I'm moving to another provider on the ((d:19th))."),
        ("a", "They'll handle the switch. If you need a code, yours is [[A:" + pac + "]]."),
        ("c", "Sorry, I didn't catch that. Again?"),
        ("a", f"[[A:{' '.join(pac[:3])} {pac[3:]}]]."),
        ("c", "Got it."),
        ("a", "Your final bill will be pro-rata up to the switch date."),
    ]


@case("asr")
def broadband_yorkshire_engineer_noshow(g):
    acct = g.d(10)
    ph = g.ph_uk("lds")
    return [
        ("a", "hello airedale connect you're speaking to [[N:latisha]]"),
        ("c", "now then love i've took a day off work for your engineer and he's not come"),
        ("a", "oh i'm really sorry about that what was the name on the account"),
        ("c", "[[N:wilf]] [[N:hardcastle]] it's wilfred on paper but nobody calls me that"),
        ("a", "and the phone number on the account [[N:wilf]]"),
        ("c", f"[[P:{ph_say(ph, 'oh', True)}]]"),
        ("a", "found you the visit was booked ((t:eight till one)) and it's showing as cancelled by the engineer"),
        ("c", "well nobody told me owt i've been sat here like a lemon"),
        ("a", "i'll add ((pr:thirty pound)) for the missed appointment and get the next slot"),
        ("c", "go on then what you got"),
        ("a", "((d:friday)) first thing ((t:eight)) the engineer's called [[N:mark]] he'll ring ((du:half an hour)) before"),
        ("c", "right i'll ((o:mark)) it on the calendar cheers"),
    ]


@case("transcript")
def broadband_student_house(g):
    acct = g.pat("SK99999999")
    card = g.card("m")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("a", "Skylark Fibre, [[N:Adaeze]] speaking."),
        ("c", "Hi, I'm in a student house and our internet got cut off. I think the direct debit failed."),
        ("a", "Whose name is the account in?"),
        ("c", "Mine, [[N:Tobias Lindqvist-Ahmed]]. There are ((c:five)) of us in the house."),
        ("a", f"Thanks [[N:Tobias]]. I can see account [[A:{acct}]] has ((pr:£87.96)) overdue. Would you like to pay by card now?"),
        ("c", f"Yes. It's [[C:{grp(card, [4, 4, 4, 4])}]]."),
        ("a", "Expiry date?"),
        ("c", f"[[E:{m:02d}/{y % 100}]]."),
        ("a", "And the security code?"),
        ("c", f"[[V:{cvv}]]."),
        ("a", "That's gone through. The line will be back within ((du:two hours))."),
        ("c", "Thank you so much, we've got a deadline at ((t:9am)) tomorrow."),
    ]


@case("asr")
def broadband_west_country_elderly(g):
    acct = g.d(8)
    dob = g.dob(1940, 1952)
    num = g.n(2, 9)
    return [
        ("a", "good afternoon tamar broadband [[N:jasmine]] speaking"),
        ("c", "hello my lover i'm ringing because the internet's gone and my grandson set it up and he's in australia"),
        ("a", "oh don't worry i'll help can i take your name"),
        ("c", "[[N:hilda]] [[N:penhaligon]] [[N:p e n h a l i g o n]]"),
        ("a", "thanks [[N:hilda]] and for security your date of birth"),
        ("c", f"[[D:{ORD[dob[0]]} of {MONTHS[dob[1] - 1]} {two(dob[2] % 100)}]]"),
        ("a", "and the first line of your address"),
        ("c", f"[[AD:{ONES[num]} chapel row]] down by the quay"),
        ("a", "lovely now on the box can you see any red lights"),
        ("c", "there's one red light where the globe is"),
        ("a", "could you press the little reset hole with a pin for ((du:ten seconds))"),
        ("c", "hang on i'll get a hairgrip right done"),
        ("a", "wait ((du:three minutes)) for it to come back on"),
        ("c", "oh it's gone blue bless you my handsome"),
    ]


@case("transcript")
def broadband_moving_home(g):
    acct = g.d(9)
    pc_old = g.pc("CF24")
    pc_new = g.pc("NP20")
    return [
        ("a", "Hello, Dragonline, [[N:Emrys]] speaking."),
        ("c", "Hi [[N:Emrys]], I'm moving house on the ((d:28th of this month)) and I want to take my broadband with me."),
        ("a", f"Can I have the account number please?"),
        ("c", f"[[A:{acct}]]. The name is [[N:Kateryna Bondarenko]]."),
        ("a", "Thanks. And your current postcode?"),
        ("c", f"[[PC:{pc_old}]]."),
        ("a", "And the new address?"),
        ("c", f"[[AD:{g.n(1, 200)} Commercial Road, Newport]], [[PC:{pc_new}]]."),
        ("a", "The new address can get ((q:900Mb)), so you could upgrade for ((pr:£4 more)) a month."),
        ("c", "Maybe later. Just the move for now."),
        ("a", "Booked. There's no fee and the router comes with you."),
    ]


# --- court fines ----------------------------------------------------------------------------
@case("transcript")
def court_fine_payment(g):
    acct = g.pat("99") + "/" + g.pat("99999") + "/" + g.pat("99")
    card = g.card("v")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("i", "Welcome to the Courts and Tribunals fine payment line. Please enter or say your account number."),
        ("c", f"[[A:{acct}]]"),
        ("i", f"Thank you. I heard [[A:{' '.join(acct.replace('/', ''))}]]. Is that correct?"),
        ("c", "Yes."),
        ("i", "The balance on this account is ((pr:£180.00)). Please say the amount you would like to pay."),
        ("c", "((pr:Sixty pounds)).") ,
        ("i", "Please enter your card number, followed by the hash key."),
        ("c", f"[[C:{card}]]"),
        ("i", "Please enter the expiry date, as four digits."),
        ("c", f"[[E:{m:02d}{y % 100}]]"),
        ("i", "Please enter the three-digit security code from the back of your card."),
        ("c", f"[[V:{cvv}]]"),
        ("i", "Thank you. Your payment has been accepted. Your remaining balance is ((pr:£120.00))."),
    ]


@case("asr")
def court_fine_collections_mancunian(g):
    acct = g.pat("99999999")
    dob = g.dob(1985, 2002)
    ni = g.ni()
    return [
        ("a", "hmcts fines enquiries you're speaking to [[N:olumide]]"),
        ("c", "alright mate our kid got a letter about a fine but it's addressed to me and i never done nothing"),
        ("a", "okay let's check can i take your full name"),
        ("c", "[[N:connor]] [[N:bradshaw]]"),
        ("a", "and the account number at the top of the letter"),
        ("c", f"[[A:{say(acct, 'zero')}]]"),
        ("a", "and your date of birth please"),
        ("c", f"[[D:{say(f'{dob[0]:02d}')} {say(f'{dob[1]:02d}')} {two(dob[2] % 100)}]]"),
        ("a", "thanks this is for a speeding offence on the ((o:m sixty)) on ((d:the ninth of june)) the car was registered to you"),
        ("c", "nah that's me brother's car he was driving it he's got his own insurance and everything"),
        ("a", "then you need to fill in the statutory declaration i'll need your national insurance number for the form"),
        ("c", f"it's [[S:{ni_say(ni)}]]"),
        ("a", f"so [[S:{ni_say(ni)}]]"),
        ("c", "yeah that's it"),
        ("a", "you've got ((du:twenty one days)) to send it back and the fine's on hold till then"),
        ("c", "mint cheers mate"),
    ]


@case("transcript")
def court_fine_payment_plan(g):
    acct = g.pat("99") + "/" + g.pat("99999") + "/" + g.pat("99")
    ph = g.ph_uk("man")
    return [
        ("a", "Fines team, [[N:Precious]] speaking. Can I take the account number?"),
        ("c", f"[[A:{acct}]]. I'm [[N:Lorcan Devereux]]."),
        ("a", "Thank you Mr [[N:Devereux]]. You owe ((pr:£440)) and the last instalment was missed."),
        ("c", "I lost my job in ((d:October)). I can't do ((pr:£50 a week)) any more."),
        ("a", "I understand. We can reduce it if you send an income form. What could you afford?"),
        ("c", "Maybe ((pr:£15 a week))."),
        ("a", "That would take about ((du:29 weeks)). I'll put a hold on enforcement for ((du:14 days)) while we wait for the form."),
        ("c", f"Thanks. Can you ring me if anything changes? [[P:{ph}]]."),
        ("a", "I've noted that. Please don't ignore the letters."),
        ("c", "I won't. Thank you, [[N:Precious]]."),
    ]


@case("asr")
def court_fine_welsh_bailiff(g):
    acct = g.pat("99999999")
    card = g.card("m2")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("a", "good morning marcher enforcement agents this is [[N:gethin]]"),
        ("c", "yeah hiya there's a notice through my door saying you're coming round now in a minute to take my car"),
        ("a", "okay what's the reference on the notice"),
        ("c", f"[[A:{say(acct)}]]"),
        ("a", "and the name on it"),
        ("c", "[[N:carys]] [[N:llewellyn]] that's [[N:double l e w e l l y n]]"),
        ("a", "the balance with our fees is ((pr:three hundred and ten pounds)) can you pay today"),
        ("c", "i can do it on my card now tidy let's just get it done"),
        ("a", "go ahead with the long number"),
        ("c", f"[[C#c1:{say(card[:4])}]] [[C#c1:{say(card[4:8])}]]"),
        ("a", "yep"),
        ("c", f"[[C#c1!:{say(card[8:11])}]] no sorry i've gone wrong [[C#c1:{say(card[8:12])}]] [[C#c1:{say(card[12:])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[E:{MONTHS[m - 1]} {yw(y)}]]"),
        ("a", "and the security code"),
        ("c", f"[[V:{say(cvv)}]]"),
        ("a", "that's paid the visit is cancelled you'll get a receipt in ((du:five days))"),
        ("c", "diolch thank god for that"),
    ]


# --- tax credits ----------------------------------------------------------------------------
@case("transcript")
def tax_credits_overpayment(g):
    ni = g.ni()
    dob = g.dob(1978, 1992)
    pc = g.pc("BD7")
    return [
        ("a", "Tax credits helpline, my name is [[N:Rahul]]. Can I take your National Insurance number?"),
        ("c", f"It's [[S:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]]."),
        ("a", "And your full name?"),
        ("c", f"[[N:Nasreen Chaudhry]]."),
        ("a", "Date of birth?"),
        ("c", f"[[D:{dob[0]:02d}/{dob[1]:02d}/{dob[2]}]]."),
        ("a", "And your postcode?"),
        ("c", f"[[PC:{pc}]]."),
        ("a", "Thank you, you're through security. How can I help?"),
        ("c", "I've had a letter saying I've been overpaid ((pr:£1,870)). I told you in ((d:April)) that my hours went up to ((du:30 a week))."),
        ("a", "I can see a note from ((d:the 14th of April)), but the change wasn't processed until ((d:August))."),
        ("c", "So it's your mistake?"),
        ("a", "It may be. You can dispute the overpayment on form ((o:TC846)) within ((du:3 months))."),
        ("c", "Can you send me one?"),
        ("a", "I'll post it today. Recovery is paused while we look at it."),
    ]


@case("asr")
def tax_credits_renewal_scouse(g):
    ni = g.ni()
    ref = g.pat("9999999")
    return [
        ("a", "tax credits renewals [[N:siobhan]] speaking"),
        ("c", "ey up love i need to renew me tax credits but the website keeps kicking me out"),
        ("a", "i can do it over the phone what's your national insurance number"),
        ("c", f"[[S#s1:{ni[0].lower()} {ni[1].lower()} {say(ni[2:5])}]] hang on me glasses [[S#s1:{say(ni[5:8])} {ni[8].lower()}]]"),
        ("a", f"thank you and your name"),
        ("c", "[[N:trevor]] [[N:oyelowo]] me partner's [[N:gemma]] she's on the claim as well"),
        ("a", "thanks [[N:trevor]] what were your earnings for last tax year"),
        ("c", "about ((pr:nineteen thousand four hundred)) and [[N:gemma]] done ((du:sixteen hours)) a week at the chippy"),
        ("a", "and are the ((c:three)) children still in full time education"),
        ("c", "yeah the eldest is ((o:seventeen)) she's at college"),
        ("a", f"that's done your renewal reference is [[A:{say(ref)}]] keep it safe"),
        ("c", "sound ta"),
    ]


@case("transcript")
def tax_credits_bereavement(g):
    ni_dead = g.ni()
    ni_c = g.ni()
    dob = g.dob(1950, 1962)
    return [
        ("a", "HMRC tax credits, you're speaking with [[N:Stellan]]."),
        ("c", "Hello. My husband passed away ((du:two weeks ago)) and we had a joint claim. I don't know what to do."),
        ("a", "I'm very sorry for your loss. I can help with that. Could I take your name?"),
        ("c", "[[N:Dolores Fitzwilliam]]. His name was [[N:Anselm]]."),
        ("a", "And your National Insurance number?"),
        ("c", f"[[S:{ni_c}]]. His was [[S:{ni_dead}]]."),
        ("a", "Thank you. And could I take [[N:Anselm]]'s date of birth, to match the records?"),
        ("c", f"He was born on the [[D:{ordn(dob[0])} of {MONTHS[dob[1] - 1].title()} {dob[2]}]]."),
        ("a", "Thank you. The joint claim ends on the date of death, and payments continue for ((du:8 weeks)) under the bereavement rules."),
        ("c", "That's a relief."),
        ("a", "You'll need to make a new single claim, probably for Universal Credit. I'll send the details."),
        ("c", "Thank you, you've been very kind."),
    ]


@case("asr")
def tax_credits_childcare_glasgow(g):
    ni = g.ni()
    ofsted = g.pat("SE999999")
    email = ("agnieszka", "wozniak", "hotmail")
    return [
        ("a", "hello tax credits helpline my name is [[N:andreas]]"),
        ("c", "hiya aye i'm phoning about the childcare bit they've stopped paying it and the nursery's chasing me"),
        ("a", "let's see your national insurance number please"),
        ("c", f"[[S:{ni_say(ni)}]]"),
        ("a", "and your name"),
        ("c", "[[N:agnieszka]] [[N:wozniak]] [[N:w o z n i a k]]"),
        ("a", "thank you the childcare stopped because we couldn't verify the provider's registration number"),
        ("c", f"oh right it's on the invoice here [[A:{ofsted[:2].lower()} {say(ofsted[2:])}]]"),
        ("a", "perfect and what do you pay a week"),
        ("c", "((pr:one hundred and sixty pound)) for ((du:three days))"),
        ("a", "that's updated you'll get the arrears in ((du:about ten days)) can i email the confirmation"),
        ("c", f"aye it's [[M:{email[0]} dot {email[1]} at {email[2]} dot co dot uk]]"),
        ("a", "done anything else"),
        ("c", "naw that's us ta very much"),
    ]


@case("transcript")
def tax_credits_fraud_check(g):
    ni = g.ni()
    acct = g.d(8)
    sort = g.pat("99-99-99")
    ph = g.ph_uk("bri")
    return [
        ("a", "Tax credits compliance, this is [[N:Wendell]]."),
        ("c", "Hi, I got a letter asking me to call about my claim. It says someone else lives at my address?"),
        ("a", "Yes, we've had information suggesting a partner may be living with you. Can I have your National Insurance number first?"),
        ("c", f"[[S:{ni}]]."),
        ("a", "Thanks. Is it Ms [[N:Henrietta Quaye]]?"),
        ("c", "That's me. And no, my ex, [[N:Desmond]], just uses my address for post. He lives with his mum."),
        ("a", "Could you send us something showing where he lives, like a tenancy or a council tax bill?"),
        ("c", "I can ask him. How long have I got?"),
        ("a", "((du:30 days)). Payments keep going to the account ending [[A:" + acct[-4:] + "]] in the meantime."),
        ("c", f"That's the right one, sort code [[A:{sort}]]."),
        ("a", f"And if we need to call, is [[P:{ph}]] still best?"),
        ("c", "Yes, after ((t:3:30)) when I'm back from the school run."),
    ]


# --- hotels -----------------------------------------------------------------------------------
@case("transcript")
def hotel_booking_new(g):
    card = g.card("ax")
    m, y = g.exp()
    cid = g.cvv(4)
    ph = g.ph_uk("lon")
    email = "v.achterberg@quernmail.nl"
    return [
        ("a", "Good evening, The Harbourside Hotel reservations, [[N:Leopold]] speaking."),
        ("c", "Hi, I'd like a double room for ((q:three nights)) from ((d:Friday the 7th))."),
        ("a", "We have a sea view double at ((pr:£189 a night)) including breakfast. Whose name shall I put it under?"),
        ("c", "[[N:Vera Achterberg]]. [[N:A-C-H-T-E-R-B-E-R-G]]."),
        ("a", "Thank you. A contact number?"),
        ("c", f"[[P:{ph}]]."),
        ("a", "And an e-mail for the confirmation?"),
        ("c", f"[[M:{email}]]."),
        ("a", "I'll need a card to guarantee the booking."),
        ("c", f"It's an Amex: [[C:{grp(card, [4, 6, 5])}]], expiring [[E:{m:02d}/{y}]]."),
        ("a", "And the four-digit code on the front?"),
        ("c", f"[[V:{cid}]]."),
        ("a", "Lovely. Check-in is from ((t:3pm)) and the car park is ((pr:£12)) a day."),
        ("c", "Great, see you Friday."),
    ]


@case("asr")
def hotel_complaint_noise_cockney(g):
    ref = g.pat("AA9999")
    room = g.n(201, 489)
    return [
        ("a", "guest relations at the meridian crown this is [[N:anouk]]"),
        ("c", "yeah hello i stayed with you last weekend and honestly it was a joke innit"),
        ("a", "i'm sorry to hear that can i have the booking reference"),
        ("c", f"[[A:{' '.join(ch.lower() if ch.isalpha() else ONES[int(ch)] for ch in ref)}]]"),
        ("a", "thanks and your name"),
        ("c", "[[N:darren]] [[N:achebe-walsh]]"),
        ("a", f"i can see you were in room ((o:{say(str(room))}))"),
        ("c", "right above the bar weren't it music till ((t:three in the morning)) and nobody on reception would do nothing"),
        ("a", "that shouldn't have happened the bar is meant to close at ((t:midnight))"),
        ("c", "and the shower was stone cold both mornings and i paid ((pr:two hundred and forty quid)) for that"),
        ("a", "i'm going to refund one night of the ((q:two)) and send a voucher for a free stay"),
        ("c", "yeah that's fair enough i suppose cheers [[N:anouk]]"),
    ]


@case("transcript")
def hotel_group_booking_wedding(g):
    ref = g.pat("WED-9999")
    acct = g.pat("99999999")
    email = "lakshmi.ranganathan.events@gmail.com"
    ph = g.ph_uk("mob")
    return [
        ("a", "Castle Tor Hotel events, [[N:Clementine]] speaking."),
        ("c", "Hi [[N:Clementine]], it's [[N:Lakshmi Ranganathan]]. I've got ((q:22 rooms)) on hold for my sister's wedding."),
        ("a", f"Yes, under [[A:{ref}]]. The hold expires on ((d:1 March))."),
        ("c", "Can we extend it? Half the guests are flying in from Chennai and haven't confirmed."),
        ("a", "I can extend to ((d:15 March)) if we take a deposit of ((pct:25%))."),
        ("c", "That's fine. Can you invoice my company? The account with you is [[A:" + acct + "]]."),
        ("a", "I see it. Invoice to the same address as before?"),
        ("c", f"Yes, and copy me on [[M:{email}]]."),
        ("a", "Will do. Is your mobile still [[P:" + ph + "]]?"),
        ("c", "Yes."),
        ("a", "And the bride and groom's names for the welcome cards?"),
        ("c", "[[N:Meenakshi]] and [[N:Rowan Holloway]]."),
        ("a", "Lovely, that's all noted."),
    ]


@case("asr")
def hotel_card_charged_twice(g):
    card = g.card("v")
    ref = g.pat("99999999")
    return [
        ("a", "hello stayright hotels customer service you're speaking to [[N:bilal]]"),
        ("c", "hi [[N:bilal]] i've been charged twice for the same night in leeds"),
        ("a", "oh i'm sorry what's the confirmation number"),
        ("c", f"[[A:{pairs(ref)}]]"),
        ("a", "and the name on the booking"),
        ("c", "[[N:hope]] [[N:adjei]]"),
        ("a", "thanks [[N:hope]] i can see ((pr:ninety four pounds)) taken on the ((d:third)) and again on the ((d:fourth))"),
        ("c", "yes that's it"),
        ("a", "can you read me the card number so i can match the refund"),
        ("c", f"[[C#c1:{say(card[:4], 'zero')}]]"),
        ("a", "yep"),
        ("c", f"[[C#c1:{say(card[4:10], 'zero')}]] sorry the kids are [[C#c1:{say(card[10:], 'zero')}]]"),
        ("a", f"so that's [[C:{pairs(card)}]]"),
        ("c", "that's right"),
        ("a", "the refund will take ((du:three to five working days)) i ((o:hope)) that helps"),
    ]


@case("transcript")
def hotel_accessibility_request(g):
    ref = g.pat("AA99AA")
    ph = g.ph_uk("man")
    return [
        ("a", "Pennine Lodge, [[N:Tomasz]] speaking."),
        ("c", f"Hello, I have a booking, reference [[A:{ref}]], for ((d:next Tuesday)). My father uses a wheelchair."),
        ("a", "Let me check. Is that for Mr [[N:Okafor]]?"),
        ("c", "No, the booking's in my name, [[N:Chidinma Okafor-Reid]]. My father is [[N:Emeka Okafor]]."),
        ("a", "Thanks. You're in room ((o:114)), which isn't adapted. I'll move you to ((o:102)) on the ground floor, with a roll-in shower."),
        ("c", "Thank you. Is there a hoist?"),
        ("a", "We have a mobile hoist; I'll have it put in the room. Parking bay ((o:4)) is the closest to the door."),
        ("c", f"Brilliant. Can you confirm by text to [[P:{ph}]]?"),
        ("a", "Of course. Breakfast runs from ((t:7)) to ((t:10)), and we can bring it to the room."),
        ("c", "That's really kind."),
    ]


@case("asr")
def hotel_lost_property_valleys(g):
    ref = g.pat("LP9999")
    num = g.n(11, 99)
    pc = g.pc("CF24")
    return [
        ("a", "afternoon the bay hotel front desk [[N:ffion]] speaking"),
        ("c", "hiya love i stayed there ((d:saturday)) and i think i left my wedding ring in the bathroom i'm in bits"),
        ("a", "oh no let me look at the lost property log what's your name"),
        ("c", "[[N:bronwen]] [[N:pugh]] and my husband [[N:idris]] was with me"),
        ("a", "which room were you in"),
        ("c", "((o:three oh eight)) i think on the top floor"),
        ("a", f"yes housekeeping handed in a gold ring from that room it's logged as [[A:{ref[:2].lower()} {say(ref[2:])}]]"),
        ("c", "oh thank god i've been crying since sunday"),
        ("a", "we can post it special delivery for ((pr:eight pounds fifty)) what's the address"),
        ("c", f"[[AD:{two(num)} heol y nant caerphilly]] [[PC:{pc_say(pc)}]]"),
        ("a", "lovely it'll go out today"),
        ("c", "you're an angel diolch"),
    ]


@case("transcript")
def hotel_deposit_dispute(g):
    card = g.card("m")
    ref = g.pat("9999-9999-99")
    return [
        ("a", "Argent Suites billing, [[N:Marisol]] speaking."),
        ("c", "Hi. I was charged a ((pr:£150)) damage deposit after checkout for a stain on a sofa that was already there."),
        ("a", "I'm sorry. What's the folio number from your invoice?"),
        ("c", f"[[A:{ref}]]."),
        ("a", "Thank you. Which card was it taken from?"),
        ("c", f"A Mastercard, [[C#c1:{card[:4]} {card[4:8]}]]... sorry, the screen's gone dim, [[C#c1:{card[8:12]} {card[12:]}]]."),
        ("a", f"So [[C:{card[:4]}-{card[4:8]}-{card[8:12]}-{card[12:]}]]. And your name?"),
        ("c", "[[N:Annika Solberg]]. I took photos at check-in at ((t:4:15)) that show the stain."),
        ("a", "If you e-mail those to our billing team, we'll review within ((du:48 hours))."),
        ("c", "Fine. I'll send them tonight."),
    ]


@case("asr")
def hotel_overbooked_night_arrival(g):
    ref = g.pat("99999999")
    flight = "ls nine one two"
    ph = g.ph_uk("mob")
    return [
        ("a", "hello sandcastle inn night desk this is [[N:kwame]]"),
        ("c", "hi i've just got off the plane my flight was late ((fl:ls nine one two)) and the booking app says my room's been released"),
        ("a", "oh dear what's the booking number"),
        ("c", f"[[A#a1:{say(ref[:5], 'zero')}]] uh [[A#a1:{say(ref[5:], 'zero')}]]"),
        ("a", "and the name"),
        ("c", "[[N:mark]] [[N:dunleavy]]"),
        ("a", "thanks [[N:mark]] we're full tonight i'm afraid but i've a room for you at our sister hotel ((du:five minutes)) away"),
        ("c", "at ((t:one in the morning)) brilliant"),
        ("a", "i'll pay for the taxi and knock ((pct:fifty percent)) off the first night"),
        ("c", "okay that's something can you text me the address"),
        ("a", "what's the best number"),
        ("c", f"[[P:{ph_say(ph)}]]"),
        ("a", "sent the taxi will be outside in ((du:ten minutes))"),
    ]


@case("transcript")
def hotel_loyalty_points(g):
    mem = g.pat("99999999999")
    email = "h.takahashi.travel@outlook.jp"
    dob = g.dob(1970, 1990)
    return [
        ("a", "Orion Rewards, [[N:Felicity]] speaking. How can I help?"),
        ("c", "Hello, my points from my stay in ((d:July)) haven't shown up. About ((q:4,800 points))."),
        ("a", "What's your membership number?"),
        ("c", f"[[A:{grp(mem, [3, 4, 4])}]]."),
        ("a", "And your date of birth, for security?"),
        ("c", f"[[D:{MONTHS[dob[1] - 1].title()} {dob[0]}, {dob[2]}]]."),
        ("a", "Thanks, Mr [[N:Takahashi]]. The stay was booked through a travel site, so it didn't earn points."),
        ("c", "The booking page said it would."),
        ("a", "Then I'll add them as a gesture. Could you confirm the e-mail on your profile?"),
        ("c", f"[[M:{email}]]."),
        ("a", "Done. You'll have them within ((du:24 hours))."),
    ]


# --- debt collection and payment plans ----------------------------------------------------------
@case("asr")
def debt_collection_geordie_plan(g):
    ref = g.pat("DC999999")
    card = g.card("v")
    m, y = g.exp()
    cvv = g.cvv()
    dob = g.dob(1975, 1995)
    return [
        ("a", "good morning tynebridge recoveries you're speaking with [[N:paulina]] this call is recorded"),
        ("c", "aye hello i've had a letter off yous about a catalogue debt"),
        ("a", "can i take the reference from the letter"),
        ("c", f"[[A:{ref[0].lower()} {ref[1].lower()} {say(ref[2:])}]]"),
        ("a", "and your full name and date of birth"),
        ("c", f"[[N:jordan]] [[N:tweddle]] [[D:{ORD[dob[0]]} {MONTHS[dob[1] - 1]} {yw(dob[2])}]]"),
        ("a", "thanks [[N:jordan]] the balance is ((pr:six hundred and twelve pound forty))"),
        ("c", "i can pay ((pr:forty a month)) man that's all i've got"),
        ("a", "that's fine we can set that up would you like to make the first payment now"),
        ("c", "aye on me debit card"),
        ("a", "go ahead"),
        ("c", f"[[C#c1:{say(card[:4])}]] [[C#c1:{say(card[4:8])}]] [[C#c1:{say(card[8:12])}]]"),
        ("a", "and the last four"),
        ("c", f"[[C#c1:{say(card[12:])}]]"),
        ("a", "expiry and the security number"),
        ("c", f"[[E:{say(f'{m:02d}')} {two(y % 100)}]] and [[V:{say(cvv)}]]"),
        ("a", "thank you that's ((pr:forty pounds)) taken next one's on the ((d:first of next month))"),
        ("c", "champion ta"),
    ]


@case("transcript")
def debt_collection_disputed_identity(g):
    ref = g.pat("99999999")
    dob = g.dob(1988, 2001)
    num = g.n(2, 60)
    pc = g.pc("SR2")
    return [
        ("a", "Halcyon Debt Solutions, [[N:Gregory]] speaking."),
        ("c", f"Hi. You've written to me about a ((pr:£2,300)) loan I never took out. Reference [[A:{ref}]]."),
        ("a", "Let me bring that up. Can I take your name?"),
        ("c", "[[N:Saoirse Delahunty]]."),
        ("a", "And your date of birth?"),
        ("c", f"[[D:{dob[0]} {MONTHS[dob[1] - 1].title()} {dob[2]}]]."),
        ("a", "The loan was taken out in ((d:2021)) with a different date of birth and an address in Sunderland."),
        ("c", f"I lived at [[AD:{num} Chester Road, Sunderland]], [[PC:{pc}]] back then, but I never took a loan."),
        ("a", "Then this may be identity fraud. I'm putting the account on hold for ((du:60 days)) while we investigate."),
        ("c", "Do I need to report it?"),
        ("a", "Yes, to Action Fraud, and send us the crime reference. It starts with ((o:NFRC))."),
        ("c", "Okay. I'll do that today."),
    ]


@case("asr")
def debt_collection_vulnerable_scottish(g):
    acct = g.pat("99999999")
    ph = g.ph_uk("mob")
    return [
        ("a", "hello this is [[N:deepa]] from strathmore credit management is that [[N:alasdair]]"),
        ("c", "aye that's me who's this again"),
        ("a", "i'm calling about your account with us could you confirm the first line of your address"),
        ("c", f"[[AD:{two(g.n(20, 99))} dumbarton road]]"),
        ("a", "thank you [[N:alasdair]] you've missed ((c:two)) payments on the plan is everything okay"),
        ("c", "no tae be honest ah've been in the hospital ((du:six weeks)) wi ma heart and ah'm no working"),
        ("a", "i'm really sorry to hear that i'm going to pause the account for ((du:sixty days)) no interest no letters"),
        ("c", "that's awfy good of ye hen"),
        ("a", "can i give you the number for a free debt adviser"),
        ("c", "aye go on"),
        ("a", f"it's a free call and your account number is [[A:{say(acct)}]] if they ask"),
        ("c", "and can ye phone me on the mobile no the house"),
        ("a", "what's the mobile"),
        ("c", f"[[P:{ph_say(ph, 'oh', False)}]]"),
    ]


@case("transcript")
def debt_collection_settlement_offer(g):
    ref = g.pat("HX/999999/A")
    card = g.card("ds")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("a", "Marsh & Vale Collections, [[N:Ingrid]] speaking."),
        ("c", f"Hi [[N:Ingrid]]. I want to make a full and final settlement offer on [[A:{ref}]]."),
        ("a", "Who am I speaking with?"),
        ("c", "[[N:Augustin Mbeki-Laurent]]."),
        ("a", "Thank you. The balance is ((pr:£3,140.55)). What were you thinking of?"),
        ("c", "I can pay ((pr:£1,500)) today, from a lump sum I've just received."),
        ("a", "I can accept ((pct:55%)), which is ((pr:£1,727.30)), as full and final. Anything lower I'd need to refer."),
        ("c", "Okay, ((pr:£1,727.30)) it is."),
        ("a", "Card number please?"),
        ("c", f"[[C:{grp(card, [4, 4, 4, 4], '-')}]], expires [[E:{m:02d}/{y % 100}]], code [[V:{cvv}]]."),
        ("a", f"Let me repeat the card: [[C:{grp(card, [4, 4, 4, 4])}]]."),
        ("c", "Correct."),
        ("a", "Payment taken. You'll get a settlement letter within ((du:7 days)) and the file will be marked as settled."),
    ]


@case("asr")
def debt_payment_plan_yorkshire_email(g):
    ref = g.pat("99999999")
    sort = g.pat("999999")
    acct = g.d(8)
    return [
        ("a", "calderbank collections [[N:rosalind]] speaking how can i help"),
        ("c", "ey up i want to set up a direct debit for me payment plan instead of ringing every month"),
        ("a", "no problem what's the reference"),
        ("c", f"[[A:{pairs(ref)}]]"),
        ("a", "and your name"),
        ("c", "[[N:dennis]] [[N:oxley]]"),
        ("a", "and the bank details [[N:dennis]] sort code first"),
        ("c", f"[[A:{pairs(sort)}]] then the account's [[A:{say(acct)}]]"),
        ("a", "thank you and shall i send the direct debit guarantee by email"),
        ("c", "aye it's [[M:denny oxley fifty eight at btinternet dot com]] fifty eight's just a number i picked"),
        ("a", "lovely ((pr:twenty five pounds)) on the ((d:fifteenth)) of each month starting ((d:march))"),
        ("c", "grand that's sorted then"),
    ]


@case("transcript")
def debt_breathing_space(g):
    ref = g.pat("BS-99999")
    acct = g.pat("99999999")
    email = "marcus.oduya@pm.me"
    return [
        ("a", "Pinnacle Credit Services, [[N:Heloise]] speaking."),
        ("c", f"Hi [[N:Heloise]]. I'm a debt adviser at a charity, calling for my client. He's in Breathing Space, reference [[A:{ref}]]."),
        ("a", "Can I take your name and the client's?"),
        ("c", "I'm [[N:Marcus Oduya]]. The client is [[N:Piotr Zielinski]]. Your account number for him is [[A:" + acct + "]]."),
        ("a", "Thanks [[N:Marcus]]. Yes, we've had the notice. Interest and charges are frozen for ((du:60 days)) from ((d:5 February))."),
        ("c", "But he's still had ((c:three)) calls this week from your team."),
        ("a", "I apologise. That shouldn't happen. I'll flag it and remove him from the dialler."),
        ("c", f"Please send written confirmation to me at [[M:{email}]]."),
        ("a", "I will, today."),
    ]


@case("asr")
def debt_council_tax_arrears_brummie(g):
    acct = g.pat("99999999")
    dob = g.dob(1960, 1980)
    ph = g.ph_uk("mob")
    return [
        ("a", "council tax recovery [[N:yasmin]] speaking"),
        ("c", "alright bab i've got a summons for ((pr:nine hundred pound)) and i didn't even know i was behind"),
        ("a", "okay can i take the council tax account number"),
        ("c", f"[[A:{say(acct, 'oh', True)}]]"),
        ("a", "and your date of birth"),
        ("c", f"[[D:{say(str(dob[0]))} {say(str(dob[1]))} {two(dob[2] % 100)}]]"),
        ("a", "thanks the direct debit stopped in ((d:september)) when you changed banks"),
        ("c", "oh crikey i never set the new one up did i"),
        ("a", "if we agree a plan now i can stop the court hearing on the ((d:twenty second))"),
        ("c", "yeah please what's the damage a month"),
        ("a", "((pr:ninety pound)) a month over ((du:ten months))"),
        ("c", f"okay can you text it me [[P:{ph_say(ph)}]]"),
    ]


@case("transcript")
def debt_mortgage_arrears(g):
    acct = g.pat("99999999/99")
    dob = g.dob(1970, 1985)
    num = g.n(3, 120)
    pc = g.pc("BB1")
    return [
        ("a", "Haverford Building Society, financial support team, [[N:Callista]] speaking."),
        ("c", f"Hello. I'm two months behind on the mortgage. It's [[A:{acct}]]."),
        ("a", "Thank you for calling us. Can I take your name and date of birth?"),
        ("c", f"[[N:Ravindra Jeyaratnam]], [[D:{dob[0]:02d}.{dob[1]:02d}.{dob[2]}]]."),
        ("a", "And the property address?"),
        ("c", f"[[AD:{num} Preston New Road, Blackburn]], [[PC:{pc}]]."),
        ("a", "Thank you. Your monthly payment is ((pr:£847)). What's changed?"),
        ("c", "My wife's been ill and I've cut down to ((du:three days a week)) to look after her."),
        ("a", "I'm sorry. We could move you to interest-only for ((du:six months)), which would be about ((pr:£410))."),
        ("c", "That would really help."),
        ("a", "I'll send the form. Nothing will be reported as arrears while we review it."),
    ]


# --- online marketplace disputes --------------------------------------------------------------
@case("transcript")
def marketplace_item_not_received(g):
    order = g.pat("199-9999999-9999999")
    email = "quentin.abara@yahoo.co.uk"
    track = g.tracking_fail(16)
    return [
        ("a", "Bazaarly buyer support, [[N:Solveig]] speaking."),
        ("c", f"Hi, I ordered a coffee machine on ((d:the 2nd)) and it never arrived. Order [[A:{order}]]."),
        ("a", "Thanks. Can you confirm the e-mail on your account?"),
        ("c", f"[[M:{email}]]."),
        ("a", f"Thank you, Mr [[N:Abara]]. The seller marked it delivered with tracking ((o:{grp(track, [4, 4, 4, 4])}))."),
        ("c", "Nobody signed for anything. I work from home."),
        ("a", "The seller has ((du:3 working days)) to reply. If they don't, we'll refund the ((pr:£249.99)) under our guarantee."),
        ("c", "What model was it again? The ((mo:Barista Pro BX-480))?"),
        ("a", "Yes, the ((mo:BX-480)) in silver."),
        ("c", "Okay, thank you [[N:Solveig]]."),
    ]


@case("asr")
def marketplace_seller_tax_id_us(g):
    ssn = g.ssn()
    ph = g.ph_us()
    return [
        ("a", "thanks for calling tradepost seller support this is [[N:darnell]]"),
        ("c", "hey [[N:darnell]] my payouts are on hold it says i need to verify my tax info"),
        ("a", "yep that happens once you pass ((pr:six hundred dollars)) in sales can i get your name"),
        ("c", "[[N:marisela]] [[N:quintanilla]]"),
        ("a", "and the phone number on the seller account"),
        ("c", f"[[P:{ph_say(ph, 'oh', False)}]]"),
        ("a", "perfect i'll need your social security number for the ((o:ten ninety nine)) form"),
        ("c", f"okay it's [[S#s1:{say(ssn[:3])}]] um [[S#s1:{say(ssn[4:6])} {say(ssn[7:])}]]"),
        ("a", f"and just to check the last four [[S:{say(ssn[7:])}]]"),
        ("c", "yep"),
        ("a", "that's verified your payouts will release within ((du:twenty four hours))"),
        ("c", "awesome i've got ((q:thirty)) orders waiting to ship"),
    ]


@case("transcript")
def marketplace_counterfeit_trainers(g):
    order = g.pat("BZ99999999")
    card = g.card("v")
    return [
        ("a", "Bazaarly disputes, [[N:Ezekiel]] speaking."),
        ("c", f"Hello. I bought trainers for ((pr:£135)) and they're fake. Order [[A:{order}]]."),
        ("a", "I'm sorry. What makes you think they're counterfeit?"),
        ("c", "The box says ((mo:Air Zoom 270)) but the tag says ((y:2019)) and the stitching's a mess."),
        ("a", "Could you upload photos? We'll refund to the original card."),
        ("c", f"It was my Visa, [[C:{card}]]."),
        ("a", f"You don't need to give me the full number, but thank you. Refunds take ((du:5 to 7 days))."),
        ("c", "And the seller?"),
        ("a", "We'll investigate them. Please don't post the shoes back; we'll send a prepaid label."),
    ]


@case("asr")
def marketplace_return_refused_scouse(g):
    order = g.pat("99999999")
    email = ("kayleigh", "mcardle")
    return [
        ("a", "hiya welcome to shopnest help my name's [[N:priya]]"),
        ("c", "yeah hiya [[N:priya]] i sent back a dress and the seller's saying it never come back"),
        ("a", "oh no let's have a look what's your order number"),
        ("c", f"it's [[A:{say(order)}]] i think let me check yeah"),
        ("a", "and the email on your account"),
        ("c", f"[[M:{email[0]} underscore {email[1]} ninety nine at hotmail dot co dot uk]]"),
        ("a", "thanks kayleigh i can see the return was dropped at a locker on ((d:the twelfth))"),
        ("c", "yeah i've got the receipt from the locker and all"),
        ("a", "that's all we need i'm opening a claim the seller has ((du:forty eight hours)) or we refund the ((pr:thirty four ninety nine))"),
        ("c", "boss that's me sorted then"),
    ]


@case("transcript")
def marketplace_seller_payout_fraud(g):
    sid = g.pat("SL-999999")
    sort = g.pat("99-99-99")
    acct = g.d(8)
    ph = g.ph_uk("lon")
    return [
        ("a", "Shopnest seller security, [[N:Benedikt]] speaking."),
        ("c", f"Hi. Someone changed the bank details on my seller account last night. Seller ID [[A:{sid}]]."),
        ("a", "Let me lock the account first. Who am I speaking with?"),
        ("c", "[[N:Olamide Fashola]]. I got an e-mail at ((t:02:13)) saying payout details were updated."),
        ("a", "I see it. The new account was added at ((t:02:11)). Your ((pr:£2,486.20)) payout hasn't gone yet; I've stopped it."),
        ("c", "Thank God."),
        ("a", "What are your correct bank details?"),
        ("c", f"Sort code [[A:{sort}]], account number [[A:{acct}]]."),
        ("a", f"Thanks. I'll call you back on the number we hold, [[P:{ph}]], to confirm before anything is released."),
        ("c", "That's my number. Please do."),
        ("a", "Please also reset your password and turn on two-step sign-in."),
    ]


@case("asr")
def marketplace_broken_tv_doric(g):
    order = g.pat("SN9999999")
    pc = g.pc("AB24")
    num = g.n(2, 99)
    return [
        ("a", "shopnest customer care [[N:reuben]] speaking"),
        ("c", "aye min ma telly's come smashed the screen's a' cracked"),
        ("a", "oh no sorry about that do you have the order reference"),
        ("c", f"[[A:{order[:2].lower()} {say(order[2:], 'zero')}]]"),
        ("a", "that's the ((mo:fifty five inch)) ((mo:qn fifty five q seventy)) from ((d:monday))"),
        ("c", "aye that's the one"),
        ("a", "i'll arrange a collection and a replacement what's the delivery address"),
        ("c", f"[[AD:{ONES[num % 9 + 1]} {ONES[num % 7 + 1]} menzies road]] [[PC:{pc_say(pc)}]]"),
        ("a", "and can i take your name"),
        ("c", "[[N:fraser]] [[N:geddes]]"),
        ("a", "the courier will come ((d:thursday)) between ((t:seven)) and ((t:one))"),
        ("c", "fair enough cheers min"),
    ]


@case("transcript")
def marketplace_chargeback_us(g):
    order = g.pat("TP-99999-AAA")
    card = g.card("ax")
    email = "jaxon.whitfeather@icloud.com"
    zipc = g.zip5("972")
    return [
        ("a", "TradePost disputes, this is [[N:Renata]]."),
        ("c", f"Hi [[N:Renata]]. I filed a chargeback with Amex on order [[A:{order}]] and now my account's suspended."),
        ("a", "I can explain. While a chargeback is open, the account is limited. Can I confirm the e-mail?"),
        ("c", f"[[M:{email}]]."),
        ("a", "Thank you, [[N:Jaxon]]. And the billing ZIP code?"),
        ("c", f"[[PC:{zipc}]]."),
        ("a", "Thanks. The seller already refunded ((pr:$312.40)) on ((d:March 3)), so you'd be refunded twice."),
        ("c", "Oh. I didn't see that. I'll cancel the chargeback."),
        ("a", f"When you call Amex about the card, [[C:{card[:4]} {card[4:10]} {card[10:]}]], ask them to withdraw it."),
        ("c", "Will do."),
    ]


@case("asr")
def marketplace_fake_buyer_scam_welsh(g):
    sid = g.pat("99999999")
    email = ("gwenllian", "jones")
    ph = g.ph_uk("mob")
    return [
        ("a", "shopnest seller help you're speaking to [[N:leandro]]"),
        ("c", "hiya i think i've been scammed now a buyer's asked me to post the bike to a different address than the one on the order"),
        ("a", "don't post it please that's a known scam what's your seller number"),
        ("c", f"[[A:{pairs(sid)}]]"),
        ("a", "and your name"),
        ("c", "[[N:gwenllian]] [[N:jones]] with a double l"),
        ("a", "thanks [[N:gwen]] i've blocked the buyer and cancelled the order the bike stays listed"),
        ("c", "it's a ((mo:carrera vengeance)) ((y:twenty twenty two)) model ((pr:three hundred and fifty)) pound"),
        ("a", "we'll email you a summary what's the best address"),
        ("c", f"[[M:{email[0]} dot {email[1]} at outlook dot com]]"),
        ("a", "and a phone number in case we need you"),
        ("c", f"[[P:{ph_say(ph, 'oh', True)}]]"),
    ]


# --- banking ----------------------------------------------------------------------------------
@case("asr")
def bank_card_fraud_mancunian(g):
    card = g.card("m")
    dob = g.dob(1980, 1998)
    return [
        ("a", "hello irwell bank fraud team you're speaking with [[N:nkechi]]"),
        ("c", "hiya there's ((c:four)) payments on me card i never made some gaming site in malta"),
        ("a", "okay i'll block it straight away can you read me the card number"),
        ("c", f"[[C#c1:{say(card[:4])}]] [[C#c1:{say(card[4:8])}]]"),
        ("a", "go on"),
        ("c", f"[[C#c1:{say(card[8:12])}]] and then [[C#c1:{say(card[12:])}]]"),
        ("a", "and can you confirm your date of birth for me"),
        ("c", f"[[D:{ORD[dob[0]]} of {MONTHS[dob[1] - 1]} {yw(dob[2])}]]"),
        ("a", "thank you i can see ((pr:two hundred and twelve pounds)) in total the card's now cancelled"),
        ("c", "will i get it back"),
        ("a", "yes it'll be credited within ((du:ten working days)) and a new card is on its way"),
        ("c", "what's the new one end in so i know it's proper"),
        ("a", "it'll have a brand new number and it should arrive in ((du:three to five days))"),
        ("c", "sound cheers [[N:nkechi]]"),
    ]


@case("transcript")
def bank_joint_account_death(g):
    acct = g.d(8)
    sort = g.pat("99-99-99")
    dob = g.dob(1941, 1950)
    num = g.n(1, 90)
    pc = g.pc("EX4")
    email = "tamsin.polglase@btinternet.com"
    return [
        ("a", "Wessex Mutual bereavement service, [[N:Jude]] speaking."),
        ("c", "Hello. My mother died last week and I'm the executor. I don't know where to start."),
        ("a", "I'm so sorry. I'll guide you through it. What was your mother's name?"),
        ("c", f"[[N:Morwenna Polglase]]. Date of birth [[D:{dob[0]} {MONTHS[dob[1] - 1][:3].title()} {dob[2]}]]."),
        ("a", "And her address?"),
        ("c", f"[[AD:{num} Cowick Street, Exeter]], [[PC:{pc}]]."),
        ("a", "Do you have an account number?"),
        ("c", f"Sort code [[A:{sort}]], account [[A:{acct}]]. It was a joint account with my late father."),
        ("a", "Thank you. And your name?"),
        ("c", "[[N:Tamsin Polglase]]. I'm her daughter."),
        ("a", "I'll send a bereavement pack. What e-mail should I use?"),
        ("c", f"[[M:{email}]]."),
        ("a", "Once we have the death certificate, we can release up to ((pr:£25,000)) without probate."),
    ]


@case("asr")
def bank_cash_machine_kept_card_belfast(g):
    card = g.card("v")
    acct = g.d(8)
    return [
        ("i", "welcome to lagan bank please say or key in your account number"),
        ("c", f"[[A:{say(acct, 'zero')}]]"),
        ("i", "thank you please hold while i connect you"),
        ("a", "hello you're through to [[N:orla]] how can i help"),
        ("c", "the wee machine outside the post office swallowed my card so it did"),
        ("a", "oh no what's your name please"),
        ("c", "[[N:padraig]] [[N:o'doherty]]"),
        ("a", "do you have the card number handy maybe from a statement"),
        ("c", f"aye it's [[C:{pairs(card)}]]"),
        ("a", f"thanks [[N:padraig]] i'll cancel that and order a new one it'll come in ((du:four or five days))"),
        ("c", "can i still get money out in the meantime"),
        ("a", "yes at any branch counter with photo id up to ((pr:five hundred pounds))"),
    ]


@case("transcript")
def bank_new_payee_check(g):
    acct = g.d(8)
    sort = g.pat("99-99-99")
    ph = g.ph_uk("mob")
    return [
        ("a", "Ardent Bank, [[N:Wilhelmina]] speaking. I'm calling about a payment you've just tried to make."),
        ("c", "Oh, yes. The ((pr:£4,950)) to the builder."),
        ("a", "Can you confirm the payee's name?"),
        ("c", "[[N:K. Rothwell]] Construction."),
        ("a", "The account name doesn't match the bank's records. Did you get the details by e-mail?"),
        ("c", "Yes, an e-mail this morning saying his bank had changed: [[A:" + sort + "]], [[A:" + acct + "]]."),
        ("a", "That's a common scam. Please phone the builder on a number you already have before we send anything."),
        ("c", f"I've got him in my phone, [[P:{ph}]]. I'll call him now."),
        ("a", "Thank you. The payment is held for ((du:24 hours))."),
    ]


# --- insurance --------------------------------------------------------------------------------
@case("asr")
def insurance_car_renewal_payment(g):
    pol = g.pat("MTR9999999")
    card = g.card("v")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("a", "good morning lionheart insurance renewals [[N:zainab]] speaking"),
        ("c", "hiya i want to renew the car insurance but the price has gone up ((pct:forty percent))"),
        ("a", "let's have a look what's the policy number"),
        ("c", f"[[A:{pol[:3].lower()} {say(pol[3:])}]]"),
        ("a", "and your name"),
        ("c", "[[N:lemuel]] [[N:abernethy]]"),
        ("a", "i can remove the courtesy car and the premium drops to ((pr:four hundred and eighty)) is that okay"),
        ("c", "yeah go on i'll pay it all now"),
        ("a", "card number please"),
        ("c", f"[[C#c1:{say(card[:6])}]] [[C#c1:{say(card[6:11])}]] [[C#c1:{say(card[11:])}]]"),
        ("a", "when does it expire"),
        ("c", f"[[E:end of {MONTHS[m - 1]} {two(y % 100)}]]"),
        ("a", "and the last three numbers on the signature strip"),
        ("c", f"[[V:{say(cvv)}]]"),
        ("a", "done your cover runs from ((d:the ninth)) for ((du:twelve months))"),
    ]


@case("transcript")
def insurance_home_claim_flood(g):
    pol = g.pat("HH-999999-A")
    claim = g.pat("CLM999999")
    num = g.n(1, 150)
    pc = g.pc("YO10")
    ph = g.ph_uk("lds")
    return [
        ("a", "Ouse Valley Insurance claims, [[N:Bartholomew]] speaking."),
        ("c", "Hi. Our ground floor flooded overnight. The river came over at about ((t:3am))."),
        ("a", "I'm so sorry. Is everyone safe?"),
        ("c", "Yes, we're upstairs. I'm [[N:Greta Svensson]]; the policy's [[A:" + pol + "]]."),
        ("a", "And the insured address?"),
        ("c", f"[[AD:{num} Fulford Road, York]], [[PC:{pc}]]."),
        ("a", f"Thank you. I've opened claim [[A:{claim}]]. A loss adjuster will call within ((du:48 hours))."),
        ("c", "Can we get somewhere to stay?"),
        ("a", "Yes, alternative accommodation is covered up to ((pr:£30,000)). What number can the adjuster reach you on?"),
        ("c", f"[[P:{ph}]]."),
        ("a", "Please take photos of everything before you throw anything away."),
    ]


@case("asr")
def insurance_pet_claim_cornwall(g):
    pol = g.pat("99999999")
    email = ("demelza", "trewin")
    return [
        ("a", "pawsure pet insurance [[N:eliska]] speaking"),
        ("c", "hello my lover i'm claiming for my dog he ate a sock and had an operation"),
        ("a", "oh bless him what's the policy number"),
        ("c", f"[[A#a1:{say(pol[:4])}]] sorry he's barking at the postman [[A#a1:{say(pol[4:])}]]"),
        ("a", "and your name"),
        ("c", "[[N:demelza]] [[N:trewin]]"),
        ("a", "and the dog's name and age"),
        ("c", "he's called biscuit he's ((o:four))"),
        ("a", "how much was the vet bill"),
        ("c", "((pr:two thousand one hundred pounds)) i nearly fainted"),
        ("a", "there's a ((pr:ninety nine pound)) excess can i send the claim form by email"),
        ("c", f"yes [[M:{email[0]} {email[1]} at gmail dot com]]"),
    ]


@case("transcript")
def insurance_life_policy_claim(g):
    pol = g.pat("LP99999999")
    dob = g.dob(1944, 1958)
    email = "obinna.nwachukwu@gmail.com"
    ni = g.ni()
    return [
        ("a", "Beacon Life claims, [[N:Aurelia]] speaking."),
        ("c", f"Hello, I'm calling about my father's life policy, [[A:{pol}]]. He passed away on ((d:12 January))."),
        ("a", "I'm very sorry. Can I take his full name and date of birth?"),
        ("c", f"[[N:Chukwuemeka Nwachukwu]], born [[D:{dob[0]}/{dob[1]}/{dob[2]}]]."),
        ("a", "And his National Insurance number, if you have it?"),
        ("c", f"[[S:{ni[:2]}{ni[2:8]}{ni[8]}]]."),
        ("a", "Thank you. And may I take your own name?"),
        ("c", "[[N:Obinna]]. I'm the only beneficiary."),
        ("a", "We'll need the death certificate and your ID. Can I e-mail the claim pack?"),
        ("c", f"Yes, [[M:{email}]]."),
        ("a", "Claims are usually paid within ((du:30 days)) of receiving everything."),
    ]


# --- telecoms -----------------------------------------------------------------------------------
@case("asr")
def mobile_bill_roaming_shock(g):
    num = g.ph_uk("mob")
    card = g.card("m2")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("a", "pulse mobile [[N:hendrik]] speaking can i take the mobile number"),
        ("c", f"[[P:{ph_say(num, 'oh', False)}]]"),
        ("a", "and the name on the account"),
        ("c", "[[N:summer]] [[N:bakshi]]"),
        ("a", "thanks [[N:summer]] what can i do"),
        ("c", "i was in turkey for ((du:a week)) and my bill's ((pr:three hundred and sixty pounds))"),
        ("a", "turkey's outside the roaming zone i can cap it at ((pr:sixty pounds)) as a one off"),
        ("c", "oh thank you can i pay that now so it doesn't go on the direct debit"),
        ("a", "of course long number on the card"),
        ("c", f"[[C#c1:{pairs(card[:8])}]]"),
        ("a", "uh huh"),
        ("c", f"[[C#c1:{pairs(card[8:])}]]"),
        ("a", "expiry date"),
        ("c", f"[[E:{say(str(m))} {two(y % 100)}]]"),
        ("a", "security code"),
        ("c", f"[[V:{say(cvv)}]]"),
        ("a", "all paid and i've added a ((pr:five pound)) world pass for next time"),
    ]


@case("transcript")
def mobile_sim_swap_fraud(g):
    num = g.ph_uk("mob")
    acct = g.pat("99999999")
    dob = g.dob(1965, 1990)
    return [
        ("a", "Pulse Mobile security, [[N:Ottilie]] speaking."),
        ("c", "Hi. My phone lost signal an hour ago and I've had a text saying my SIM was activated in another phone."),
        ("a", "That sounds like a SIM swap. What's your mobile number?"),
        ("c", f"[[P:{num}]]."),
        ("a", "And your account number and date of birth?"),
        ("c", f"[[A:{acct}]], and [[D:{dob[0]:02d}-{dob[1]:02d}-{dob[2]}]]."),
        ("a", "Thank you, [[N:Zoltan]]. I've frozen the number. Nobody can use it now."),
        ("c", "Should I call my bank?"),
        ("a", "Yes, straight away. I'll send a new SIM to your registered address; it'll arrive before ((t:1pm)) tomorrow."),
    ]


@case("asr")
def telecom_landline_disconnection_cockney(g):
    acct = g.pat("99999999")
    card = g.card("v")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("a", "thamesline phone and broadband [[N:kofi]] speaking"),
        ("c", "yeah you've cut off me mum's landline and she's ((o:eighty odd)) she needs that for her alarm pendant"),
        ("a", "i'm so sorry i'll look now what's the account number"),
        ("c", f"[[A:{say(acct[:2])} {pairs(acct[2:])}]]"),
        ("a", "and her name"),
        ("c", "[[N:maureen]] [[N:pettigrew]] and i'm her son [[N:lenny]]"),
        ("a", "the bill's ((pr:sixty eight pounds)) overdue if we clear that now it's back on in ((du:an hour))"),
        ("c", "go on then stick it on my card innit"),
        ("c", f"[[C#c1:{say(card[:4])}]] [[C#c1:{say(card[4:8])}]] [[C#c1:{say(card[8:12])}]] [[C#c1:{say(card[12:])}]]"),
        ("a", f"so that's [[C:{grp(card, [4, 4, 4, 4])}]]"),
        ("c", f"yeah expires [[E:{two(m)} {two(y % 100)}]] code on the back's [[V:{say(cvv)}]]"),
        ("a", "thank you and i'm marking her as vulnerable so it won't happen again"),
    ]


# --- retail -------------------------------------------------------------------------------------
@case("transcript")
def retail_sofa_delivery(g):
    order = g.pat("ORD-99999999")
    num = g.n(2, 80)
    pc = g.pc("LE2")
    ph = g.ph_uk("mob")
    email = "h.vanderwalt@kingfisher-mail.com"
    return [
        ("a", "Loom & Lounge deliveries, [[N:Persephone]] speaking."),
        ("c", f"Hi, my sofa was meant to come on ((d:Saturday)) and didn't. Order [[A:{order}]]."),
        ("a", "I'm sorry. Could I confirm the name and delivery address?"),
        ("c", f"[[N:Hendrik van der Walt]], [[AD:Flat {g.n(1, 12)}, {num} London Road, Leicester]], [[PC:{pc}]]."),
        ("a", "The lorry broke down. I can rebook for ((d:Wednesday)), ((t:7am)) to ((t:7pm))."),
        ("c", "Can you narrow it down? I'm on the ((o:third floor)) and there's no lift; I need to arrange help."),
        ("a", "The driver will call ((du:an hour)) before. Is the mobile still [[P:" + ph + "]]?"),
        ("c", "Yes. And e-mail me the slot, please: [[M:" + email + "]]."),
        ("a", "Done. I've also refunded the ((pr:£59)) delivery charge."),
    ]


@case("asr")
def retail_gift_card_balance_ivr(g):
    card = g.card("ds")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("i", "welcome to harlow and finch say pay a bill or check a balance"),
        ("c", "pay a bill"),
        ("i", "please say the sixteen digit card number"),
        ("c", f"[[C:{say(card, 'zero')}]]"),
        ("i", f"i heard [[C:{say(card, 'zero')}]] is that right"),
        ("c", "yes"),
        ("i", "please say the expiry date"),
        ("c", f"[[E:{MONTHS[m - 1]} {yw(y)}]]"),
        ("i", "and the three digit security code"),
        ("c", f"[[V:{say(cvv, 'zero')}]]"),
        ("i", "your store card balance is ((pr:two hundred and six pounds eighty)) how much would you like to pay"),
        ("c", "((pr:fifty pounds))"),
        ("i", "thank you your payment of ((pr:fifty pounds)) has been taken"),
    ]


@case("transcript")
def retail_wrong_size_exchange(g):
    order = g.pat("99999-99999")
    email = "bukola.adesanya@gmail.com"
    return [
        ("a", "Hi, Oakridge Outfitters, [[N:Maximilian]] here."),
        ("c", "Hi Max. I ordered a coat in a ((q:size 12)) and got a ((q:size 16))."),
        ("a", "Sorry about that. What's your order number?"),
        ("c", f"[[A:{order}]]. I'm [[N:Bukola Adesanya]]."),
        ("a", "Thanks [[N:Bukola]]. The ((q:12)) in navy is out of stock until ((d:the 20th)). Would you like black, or a refund?"),
        ("c", "Black's fine."),
        ("a", f"I'll send a returns label to [[M:{email}]]. The black one will go out today."),
        ("c", "Perfect, thanks."),
    ]


# --- travel -------------------------------------------------------------------------------------
@case("asr")
def travel_cancelled_flight_refund(g):
    ref = g.pat("AAAA99")
    email = ("ngozi", "ekwueme")
    card = g.card("v")
    return [
        ("a", "skyfare customer support [[N:tobias]] speaking"),
        ("c", "hi my flight ((fl:sf four four one)) to alicante got cancelled and i want the money back"),
        ("a", "sorry about that what's the booking reference"),
        ("c", f"[[A:{' '.join(NATO[ch.lower()] if ch.isalpha() else ONES[int(ch)] for ch in ref)}]]"),
        ("a", "and the lead passenger"),
        ("c", "[[N:ngozi]] [[N:ekwueme]] that's [[N:e k w u e m e]]"),
        ("a", "thanks [[N:ngozi]] the refund is ((pr:four hundred and twelve pounds)) for the ((q:three)) passengers"),
        ("c", "will it go back on the same card the visa"),
        ("a", "yes it goes back to the card you booked with"),
        ("c", f"can you check it's the right one it's [[C#c1:{say(card[:8])}]] hang on [[C#c1:{say(card[8:])}]]"),
        ("a", "yes that's the one on the booking"),
        ("a", f"you'll get an email at [[M:{email[0]} dot {email[1]} at yahoo dot com]] when it's processed usually ((du:seven days))"),
    ]


@case("transcript")
def travel_passport_name_mismatch(g):
    ref = g.pat("A9A9A9")
    dob = g.dob(1990, 2004)
    return [
        ("a", "Azure Coast Holidays, [[N:Cosimo]] speaking."),
        ("c", f"Hi, my booking [[A:{ref}]] says [[N:Siobhan Carraher]] but my passport is in my married name, [[N:Siobhan Nwosu]]."),
        ("a", "No problem, we can correct that. What's your date of birth as on the passport?"),
        ("c", f"[[D:{ordn(dob[0])} {MONTHS[dob[1] - 1].title()} {dob[2]}]]."),
        ("a", "And the flight is ((fl:AZ 2871)) on ((d:14 August))?"),
        ("c", "Yes, returning ((d:the 28th))."),
        ("a", "There's no charge for a marriage name change. I'll need a copy of the certificate."),
        ("c", "I'll scan it tonight."),
    ]


@case("asr")
def travel_train_delay_repay_yorkshire(g):
    ticket = g.pat("99999999")
    sort = g.pat("999999")
    acct = g.d(8)
    return [
        ("a", "northern dales rail delay repay [[N:harriet]] speaking"),
        ("c", "now then love me train from leeds were ((du:two hours)) late ((d:tuesday)) and i missed me hospital appointment"),
        ("a", "i'm sorry to hear that what's the ticket number"),
        ("c", f"it's on the orange ticket [[A:{say(ticket[:4])} {say(ticket[4:])}]]"),
        ("a", "and your name"),
        ("c", "[[N:barnaby]] [[N:thwaite]]"),
        ("a", "you're due ((pct:a hundred percent)) of the ((pr:forty two pound)) fare how would you like it"),
        ("c", "into me bank please"),
        ("a", "sort code and account number"),
        ("c", f"[[A:{pairs(sort)}]] and [[A:{say(acct)}]]"),
        ("a", "that'll be with you in ((du:five working days))"),
    ]


@case("transcript")
def travel_car_hire_damage(g):
    ra = g.pat("RA99999999")
    card = g.card("m")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("a", "Roadstar Car Hire, [[N:Fenella]] speaking."),
        ("c", f"Hi [[N:Fenella]]. I've been charged ((pr:£420)) for a scratch on a hire car. Agreement [[A:{ra}]]."),
        ("a", "I'm sorry. Who's the lead driver?"),
        ("c", "[[N:Dmitri Volkov-Jenkins]]."),
        ("a", "The damage was found at ((t:17:40)) on return. Did you take photos at collection?"),
        ("c", "Yes, and the scratch is in them. I'll send them."),
        ("a", "If they show it, we'll refund in full. To keep the excess cover, I need to re-verify the card."),
        ("c", f"It's [[C:{card[:4]} {card[4:8]} {card[8:12]} {card[12:]}]], expiry [[E:{MONTHS[m - 1].title()} {y}]], CVV [[V:{cvv}]]."),
        ("a", "Thank you, that's verified."),
    ]


# --- healthcare admin ---------------------------------------------------------------------------
@case("asr")
def health_prescription_prepayment(g):
    nhs = g.pat("9999999999")
    card = g.card("v")
    m, y = g.exp()
    cvv = g.cvv()
    dob = g.dob(1960, 1975)
    return [
        ("a", "nhs prescription prepayment certificates [[N:ayesha]] speaking"),
        ("c", "hiya i need to renew my certificate it runs out ((d:friday))"),
        ("a", "can i take your nhs number"),
        ("c", f"[[A:{say(nhs[:3])} {say(nhs[3:6])} {say(nhs[6:])}]]"),
        ("a", "and what's your date of birth please"),
        ("c", f"[[D:{ORD[dob[0]]} {MONTHS[dob[1] - 1]} {two(dob[2] % 100)}]]"),
        ("a", "thanks [[N:gareth]] a ((du:twelve month)) certificate is ((pr:one hundred and fourteen pounds fifty)) or ((pr:ten pounds)) a month"),
        ("c", "just pay it all in one go"),
        ("a", "card number"),
        ("c", f"[[C#c1:{pairs(card[:4])}]] [[C#c1:{pairs(card[4:8])}]] um [[C#c1:{pairs(card[8:12])}]] [[C#c1:{pairs(card[12:])}]]"),
        ("a", "expiry"),
        ("c", f"[[E:{say(f'{m:02d}')} slash {two(y % 100)}]]"),
        ("a", "and the c v v"),
        ("c", f"[[V:{say(cvv)}]]"),
        ("a", "done it starts from ((d:saturday)) so there's no gap"),
    ]


@case("transcript")
def health_dental_bill_dispute(g):
    acct = g.pat("PT-999999")
    dob = g.dob(1985, 2000)
    card = g.card("v")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("a", "Brookside Dental Practice, [[N:Imelda]] on reception."),
        ("c", "Hi [[N:Imelda]]. I've been sent a bill for ((pr:£306.80)) but I thought my crown was on the NHS."),
        ("a", "Can I have your name and date of birth?"),
        ("c", f"[[N:Caoimhe Brannigan]], [[D:{dob[0]}.{dob[1]}.{dob[2] % 100:02d}]]."),
        ("a", f"Thank you. Patient number [[A:{acct}]]. You chose a white crown on a back tooth, which is private."),
        ("c", "Nobody told me that. Dr [[N:Okwuosa]] just said it would look nicer."),
        ("a", "I'll check the notes with him. If it wasn't explained, we'll charge only the NHS ((o:Band 3)) rate."),
        ("c", "Fine. I'll pay the NHS part now and wait on the rest."),
        ("c", f"Card is [[C:{card}]], [[E:{m:02d}/{y % 100}]], and the code's [[V:{cvv}]]."),
        ("a", "Thank you, that's taken."),
    ]


@case("asr")
def health_hospital_appointment_mother(g):
    nhs = g.pat("9999999999")
    dob = g.dob(1941, 1948)
    num = g.n(10, 99)
    pc = g.pc("NE6")
    ph = g.ph_uk("mob")
    return [
        ("a", "outpatient appointments at the royal victoria [[N:sunita]] speaking"),
        ("c", "hiya pet i'm phoning for me mam she's had a letter for an appointment but it's the wrong address"),
        ("a", "can i take her name and date of birth"),
        ("c", f"[[N:irene]] [[N:charlton]] born [[D:{say(f'{dob[0]:02d}')} {say(f'{dob[1]:02d}')} {say(str(dob[2])[2:])}]]"),
        ("a", "and her nhs number if you have it"),
        ("c", f"[[A:{say(nhs, 'zero')}]]"),
        ("a", "thank you and the new address"),
        ("c", f"[[AD:{two(num)} shields road byker]] [[PC:{pc_say(pc)}]]"),
        ("a", f"updated the appointment's ((d:the nineteenth)) at ((t:ten forty)) in clinic ((o:b))"),
        ("c", f"can yous ring me instead of her she's a bit deaf [[P:{ph_say(ph)}]]"),
    ]


# --- public services ----------------------------------------------------------------------------
@case("transcript")
def council_parking_permit(g):
    num = g.n(1, 150)
    pc = g.pc("SW9")
    reg = g.pat("AA99 AAA")
    card = g.card("m")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("a", "Lambeth Vale Council parking, [[N:Tiberius]] speaking."),
        ("c", "Hi, I want to buy a resident parking permit."),
        ("a", "Sure. Name and address?"),
        ("c", f"[[N:Adwoa Boateng]], [[AD:{num} Stockwell Park Road]], [[PC:{pc}]]."),
        ("a", "And the vehicle registration?"),
        ("c", f"[[A:{reg}]]."),
        ("a", "It's a petrol car registered in ((y:2016)), so the permit is ((pr:£198)) for ((du:12 months))."),
        ("c", f"Okay. Visa debit: [[C:{card[:4]} {card[4:8]} {card[8:12]} {card[12:]}]]."),
        ("a", "Expiry and security code?"),
        ("c", f"[[E:{m:02d}/{y % 100}]] and [[V:{cvv}]]."),
        ("a", "Thank you. The permit is digital and starts from ((t:midnight))."),
    ]


@case("asr")
def dvla_licence_address_change(g):
    lic = g.pat("AAAAA999999AA9AA")
    num = g.n(2, 99)
    pc = g.pc("G42")
    dob = g.dob(1970, 1999)
    return [
        ("a", "driver licensing enquiries [[N:bethany]] speaking"),
        ("c", "aye hiya i've moved hoose and ah need tae change ma licence address"),
        ("a", "can i take your name and date of birth"),
        ("c", f"[[N:euan]] [[N:mcgillivray]] [[D:{two(dob[0])} {two(dob[1])} {yw(dob[2])}]]"),
        ("a", "and your driving licence number"),
        ("c", f"[[A:{' '.join(ch.lower() if ch.isalpha() else ONES[int(ch)] for ch in lic)}]]"),
        ("a", "lovely and where have you moved to"),
        ("c", f"[[AD:{ONES[num % 9 + 1]} {ONES[num % 8 + 1]} victoria road glasgow]] [[PC:{pc_say(pc)}]]"),
        ("a", "done it's free and the new licence comes in ((du:about three weeks))"),
        ("c", "brilliant ah'll keep driving on the auld yin till then"),
    ]


@case("transcript")
def passport_fee_us_embassy(g):
    ssn = g.ssn()
    ph = g.ph_us()
    dob = g.dob(1975, 1995)
    email = "celestine.boudreaux@gmail.com"
    return [
        ("a", "Passport services, [[N:Marguerite]] speaking."),
        ("c", "Hi. I'm a US citizen living in Bristol and my passport was stolen. I need an emergency one to fly on ((d:Thursday))."),
        ("a", "Can I take your full name and date of birth?"),
        ("c", f"[[N:Celestine Boudreaux]], [[D:{MONTHS[dob[1] - 1].title()} {ordn(dob[0])}, {dob[2]}]]."),
        ("a", "And your Social Security number for the ((o:DS-11)) form?"),
        ("c", f"[[S:{ssn}]]."),
        ("a", "A contact phone and e-mail?"),
        ("c", f"My US cell is [[P:{ph}]], and [[M:{email}]]."),
        ("a", "The emergency passport fee is ((pr:$165)). Your appointment is at ((t:9:15)) tomorrow."),
        ("c", "Thank you so much."),
    ]


# --- housing ------------------------------------------------------------------------------------
@case("asr")
def housing_repair_damp_brummie(g):
    ten = g.pat("99999999")
    num = g.n(10, 99)
    pc = g.pc("B29")
    ph = g.ph_uk("mob")
    return [
        ("a", "blackthorn homes repairs line [[N:ravi]] speaking"),
        ("c", "alright bab i've had black mould in the baby's room for ((du:six weeks)) and nobody's come"),
        ("a", "i'm really sorry can i take your tenancy number"),
        ("c", f"[[A:{say(ten)}]]"),
        ("a", "and the address"),
        ("c", f"[[AD:flat {ONES[g.n(1, 9)]} {two(num)} bristol road selly oak]] [[PC:{pc_say(pc)}]]"),
        ("a", "and your name"),
        ("c", "[[N:tanisha]] [[N:okoro]]"),
        ("a", "i'm raising this as an emergency because of the baby a surveyor will come within ((du:forty eight hours))"),
        ("c", f"please ring first on [[P:{ph_say(ph, 'oh', False)}]]"),
    ]


@case("transcript")
def housing_deposit_dispute(g):
    dep = g.pat("DPS-9999999")
    num = g.n(2, 90)
    pc = g.pc("BN2")
    email = "juniper.ashcombe@proton.me"
    sort = g.pat("99-99-99")
    acct = g.d(8)
    return [
        ("a", "Tenancy Deposit Shield, [[N:Anastasia]] speaking."),
        ("c", f"Hi. My landlord wants ((pr:£650)) of my ((pr:£1,200)) deposit. The deposit ID is [[A:{dep}]]."),
        ("a", "Can I confirm the property?"),
        ("c", f"[[AD:Flat {g.n(1, 8)}, {num} Lewes Road, Brighton]], [[PC:{pc}]]."),
        ("a", "And your name?"),
        ("c", "[[N:Juniper Ashcombe]]. The landlord is Mr [[N:Crispin Hale]]."),
        ("a", "You can raise a dispute and we'll adjudicate. The undisputed part can be paid now. Where to?"),
        ("c", f"[[A:{sort}]], [[A:{acct}]]."),
        ("a", f"Thanks. We'll e-mail the dispute form to [[M:{email}]]; you have ((du:14 days)) to respond."),
    ]


@case("asr")
def housing_rent_arrears_payment_belfast(g):
    ten = g.pat("TN999999")
    card = g.card("v")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("a", "housing executive rent accounts [[N:eoin]] speaking"),
        ("c", "hiya i'm wanting to pay off my rent arrears before christmas so i am"),
        ("a", "great stuff tenancy reference"),
        ("c", f"[[A:{ten[:2].lower()} {say(ten[2:])}]]"),
        ("a", "and your name"),
        ("c", "[[N:bridie]] [[N:mcstravick]]"),
        ("a", "thanks [[N:bridie]] it's ((pr:three hundred and eighty pound)) altogether"),
        ("c", "right here's my card"),
        ("c", f"[[C#c1:{say(card[:4])}]] [[C#c1:{say(card[4:8])}]] oh wait no [[C#c1!:{say(card[8:12][::-1])}]] sorry [[C#c1:{say(card[8:12])}]] [[C#c1:{say(card[12:])}]]"),
        ("a", "and the expiry and the code on the back"),
        ("c", f"[[E:{two(m)} {yw(y)}]] and [[V:{say(cvv)}]]"),
        ("a", "paid in full have a lovely christmas"),
    ]


# --- education ----------------------------------------------------------------------------------
@case("transcript")
def university_tuition_fee_payment(g):
    sid = g.pat("9999999")
    card = g.card("ax")
    m, y = g.exp()
    cid = g.cvv(4)
    email = "a.ferreira-lopes@student.ravensmoor.ac.uk"
    return [
        ("a", "Ravensmoor University finance office, [[N:Leontine]] speaking."),
        ("c", f"Hi, I'm an international student, ID [[A:{sid}]]. I want to pay my second instalment."),
        ("a", "Name please?"),
        ("c", "[[N:Andreia Ferreira Lopes]]."),
        ("a", "Thanks [[N:Andreia]]. The instalment is ((pr:£6,450)), due ((d:31 January))."),
        ("c", f"Amex, [[C#c1:{card[:4]}]]... [[C#c1:{card[4:10]}]]... [[C#c1:{card[10:]}]]."),
        ("a", f"So [[C:{card[:4]} {card[4:10]} {card[10:]}]]. Expiry?"),
        ("c", f"[[E:{m:02d}/{y % 100}]]. Security code is [[V:{cid}]]."),
        ("a", f"Paid. The receipt goes to [[M:{email}]]."),
    ]


@case("asr")
def school_trip_payment_west_country(g):
    ref = g.pat("99999")
    card = g.card("m")
    m, y = g.exp()
    cvv = g.cvv()
    return [
        ("a", "good morning saint piran's academy office [[N:tegan]] speaking"),
        ("c", "hello my lover i'm trying to pay for the year eight trip but the parent app won't have it"),
        ("a", "oh it's been playing up what's your child's name"),
        ("c", "[[N:jory]] [[N:penrose]] he's in eight ((o:r))"),
        ("a", f"yes that's the ((d:june)) trip to the eden project ((pr:forty two pounds)) the pupil reference is [[A:{say(ref)}]]"),
        ("c", "that's him can you take it over the phone"),
        ("a", "yes card number"),
        ("c", f"[[C#c1:{pairs(card[:4])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[C#c1:{pairs(card[4:10])}]]"),
        ("a", "yep"),
        ("c", f"[[C#c1:{pairs(card[10:])}]] expiry [[E:{two(m)} {two(y % 100)}]] code [[V:{say(cvv)}]]"),
        ("a", "that's all gone through thank you"),
    ]


@case("asr")
def student_finance_missing_loan(g):
    ni = g.ni()
    crn = g.pat("99999999999")
    dob = g.dob(2003, 2006)
    email = ("amara", "deolu")
    return [
        ("a", "student finance [[N:jonah]] speaking how can i help"),
        ("c", "hiya my maintenance loan hasn't come in and term started ((du:two weeks)) ago i've got ((pr:twelve pound)) left"),
        ("a", "let's get that sorted can i have your customer reference number"),
        ("c", f"[[A:{say(crn[:4])} {say(crn[4:8])} {say(crn[8:])}]]"),
        ("a", "and your national insurance number"),
        ("c", f"[[S:{ni[0].lower()} {ni[1].lower()} {say(ni[2:8], 'zero')} {ni[8].lower()}]]"),
        ("a", "and can i check your date of birth"),
        ("c", f"[[D:{ORD[dob[0]]} of the {ORD[dob[1]]} {yw(dob[2])}]]"),
        ("a", "thanks [[N:amara]] the university hasn't confirmed your attendance yet so we can't pay"),
        ("c", "i registered on ((d:monday)) though"),
        ("a", "it can take ((du:three working days)) to reach us i'll chase them and email you"),
        ("c", f"it's [[M:{email[0]} dot {email[1]} at live dot co dot uk]]"),
    ]


@case("transcript")
def smart_meter_tariff_debt_card(g):
    acct = g.pat("KP-99999999")
    card = g.card("v")
    m, y = g.exp(2026, 2026)
    card2 = g.card("m")
    m2, y2 = g.exp()
    cvv = g.cvv()
    return [
        ("a", "Kestrel Power, [[N:Horatio]] speaking. How can I help?"),
        ("c", f"Hi [[N:Horatio]]. I want to move to the ((mo:EV Smart 7)) tariff, but the app says I owe ((pr:£96.12)) first. Account [[A:{acct}]]."),
        ("a", "That's right, you need a zero balance to switch. Shall we clear it by card?"),
        ("c", f"Yes. Use the card you've got on file, ending... actually no, that one expired in [[E:{m:02d}/{y % 100}]]."),
        ("a", "Then I'll need the new card's details."),
        ("c", f"[[C:{grp(card2, [4, 4, 4, 4])}]], valid until [[E:{m2:02d}/{y2}]], security code [[V:{cvv}]]."),
        ("a", "Thanks, that's paid. The new tariff gives you ((pr:7p per kWh)) between ((t:00:30)) and ((t:05:30))."),
        ("c", "Perfect, the car charges in about ((du:four hours))."),
        ("a", "You'll switch from ((d:the 1st of next month)). Is there anything else?"),
        ("c", "No, that's everything."),
    ]


@case("asr")
def hotel_booking_glasgow_card(g):
    card = g.card("m2")
    m, y = g.exp()
    cvv = g.cvv()
    ph = g.ph_uk("mob")
    return [
        ("a", "the kelvingrove townhouse reservations [[N:amelie]] speaking"),
        ("c", "aye hello hen ah'm wantin a room for the ((d:twenty third)) for the concert at the hydro"),
        ("a", "we've got a standard double at ((pr:one hundred and forty nine)) for ((q:one night)) can i take a name"),
        ("c", "[[N:stuart]] [[N:ferguson]] and ma wife [[N:morag]]"),
        ("a", "and a contact number"),
        ("c", f"[[P:{ph_say(ph, 'oh', True)}]]"),
        ("a", "and a card to hold it"),
        ("c", f"[[C#c1:{pairs(card[:4])}]] eh [[C#c1:{pairs(card[4:8])}]] [[C#c1:{say(card[8:])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[E:{ONES[m] if m < 10 else TEENS[m - 10]} {yw(y)}]]"),
        ("a", "and the three numbers on the back"),
        ("c", f"[[V:{say(cvv)}]]"),
        ("a", "booked check in from ((t:three)) and late checkout till ((t:twelve)) if you want it"),
    ]


@case("transcript")
def marketplace_payments_identity_us(g):
    ssn = g.ssn()
    acct = g.pat("TP-9999999")
    email = "rosalyn.pike.crafts@gmail.com"
    zipc = g.zip5("021")
    return [
        ("a", "TradePost Payments, this is [[N:Dashiell]]. How can I help?"),
        ("c", f"Hi [[N:Dashiell]], I'm [[N:Rosalyn Pike]]. My seller account [[A:{acct}]] is limited and I can't withdraw ((pr:$1,860))."),
        ("a", "I can help. For identity, could you give me the last four digits of your Social Security number?"),
        ("c", f"[[S:{ssn[-4:]}]]."),
        ("a", "And the ZIP code on the account?"),
        ("c", f"[[PC:{zipc}]]."),
        ("a", f"Thanks. We flagged the account because ((pct:12%)) of last month's orders were refunded."),
        ("c", "A batch of ((q:40)) mugs broke in shipping. The courier accepted fault."),
        ("a", f"Reply from [[M:{email}]] with the courier's letter attached, and we'll lift the limit within ((du:2 business days))."),
        ("c", "Great, thanks."),
    ]


# ================================================================ build and checks
MARK = re.compile(r"\[\[([A-Z]+)(?:#(\w+)(!)?)?:(.+?)\]\]|\(\(([a-z]+):(.+?)\)\)")
WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM["oh"] = "0"
WORDNUM["o"] = "0"
TEENN = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSN = {w: i for i, w in enumerate(TENS) if w != "_"}
DIGIT_WORDS = set(WORDNUM) | set(TEENN) | set(TENSN) | {"double", "triple", "hundred"}
DIGIT_WORDS.discard("o")
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "doctor", "sir", "madam"}
STREET = re.compile(r"\b(road|street|lane|avenue|close|drive|way|court|crescent|terrace|place|row|"
                    r"grove|gardens|walk|hill|parade|square|boulevard|mews|green|view|rise|park|"
                    r"wynd|brae|gate|vale|heol|ffordd|st|rd|ave)\b", re.I)
PUNCT_EDGE = set(" .,;:!?'\"-/)(")


COMMON_NAME_WORDS = {"de", "la", "van", "der", "the", "and", "double", "that's"}


class Fail(Exception):
    pass


def to_digits(s):
    """Digits said in a span: digits as digits, digit words, pairs, double/triple, hundred."""
    toks = re.findall(r"[a-z]+|\d+", s.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDNUM:
            out.append(WORDNUM[toks[i + 1]] * (2 if t == "double" else 3))
            i += 1
        elif t in WORDNUM and t != "o":
            out.append(WORDNUM[t])
        elif t in TEENN:
            out.append(TEENN[t])
        elif t in TENSN:
            if i + 1 < len(toks) and toks[i + 1] in WORDNUM and toks[i + 1] not in ("zero", "oh", "o"):
                out.append(f"{TENSN[t]}{WORDNUM[toks[i + 1]]}")
                i += 1
            else:
                out.append(f"{TENSN[t]}0")
        elif t == "hundred":
            out.append("00")
        i += 1
    return "".join(out)


def parse(text):
    clean, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(text):
        clean.append(text[last:m.start()])
        pos += m.start() - last
        if m.group(1):
            code, grp_, bad, val = m.group(1), m.group(2), m.group(3), m.group(4)
            if code not in TYPES:
                raise Fail(f"bad type {code} in {text!r}")
            spans.append(("pii", TYPES[code], grp_, bool(bad), pos, pos + len(val), val))
        else:
            kind, val = m.group(5), m.group(6)
            if kind not in KINDS:
                raise Fail(f"bad kind {kind} in {text!r}")
            spans.append(("keep", KINDS[kind], None, False, pos, pos + len(val), val))
        clean.append(val)
        pos += len(val)
        last = m.end()
    clean.append(text[last:])
    out = "".join(clean)
    if "[[" in out or "]]" in out or "((" in out or "))" in out:
        raise Fail(f"stray markup in {text!r}")
    return out, spans


def build():
    gen = Gen(SEED)
    cases = []
    for idx, (style, fn) in enumerate(CASES, 1):
        cid = f"t11-{idx:03d}"
        turns = fn(gen)
        utts, pii, keep = [], [], []
        gmap, nxt = {}, [0]

        def gid(local):
            if local is None or local not in gmap:
                nxt[0] += 1
                g_ = f"g{nxt[0]}"
                if local is not None:
                    gmap[local] = g_
                return g_
            return gmap[local]

        bad_pieces = set()
        for ui, (spk, text) in enumerate(turns):
            clean, spans = parse(text)
            utts.append({"speaker": SPK[spk], "text": clean})
            for kind, typ, local, bad, s, e, val in spans:
                if kind == "pii":
                    g_ = gid(local)
                    pii.append({"utterance": ui, "start": s, "end": e, "type": typ, "group": g_})
                    if bad:
                        bad_pieces.add((ui, s))
                else:
                    keep.append({"utterance": ui, "start": s, "end": e, "kind": typ})
        cases.append(({"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep},
                      bad_pieces, fn.__name__))
    return cases


def check(cases):
    errs = []
    seen_utts = {}
    for c, bad_pieces, fname in cases:
        cid, style, utts = c["case_id"], c["style"], c["utterances"]
        where = f"{cid} ({fname})"
        allspans = [(s, "pii", s["type"]) for s in c["pii"]] + [(s, "keep", s["kind"]) for s in c["keep"]]
        by_utt = defaultdict(list)
        for s, k, t in allspans:
            by_utt[s["utterance"]].append((s["start"], s["end"], k, t, s))
        for ui, u in enumerate(utts):
            text = u["text"]
            if style == "asr":
                if re.search(r"[A-Z]", text) or re.search(r"[^a-z0-9 '\-]", text):
                    errs.append(f"{where} u{ui}: asr text has capitals or punctuation: {text!r}")
            nw = len(text.split())
            if nw >= 4:
                key = re.sub(r"\s+", " ", text.lower())
                if key in seen_utts:
                    errs.append(f"{where} u{ui}: duplicate utterance of {seen_utts[key]}: {text!r}")
                seen_utts[key] = where
            sp = sorted(by_utt[ui])
            for a, b in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    errs.append(f"{where} u{ui}: overlap {text[a[0]:a[1]]!r} / {text[b[0]:b[1]]!r}")
            covered = [False] * len(text)
            for s, e, k, t, span in sp:
                v = text[s:e]
                if not (0 <= s < e <= len(text)):
                    errs.append(f"{where} u{ui}: span out of range")
                    continue
                for i in range(s, e):
                    covered[i] = True
                lead_ok = v[0] in "£$+(" and k in ("keep", "pii")
                trail_ok = v.endswith(("a.m.", "p.m.", "%"))
                if (v[0] in PUNCT_EDGE and not lead_ok) or (v[-1] in PUNCT_EDGE and not trail_ok):
                    errs.append(f"{where} u{ui}: span edge {v!r}")
                if s > 0 and text[s - 1].isalnum():
                    errs.append(f"{where} u{ui}: span starts inside a word {v!r}")
                if e < len(text) and text[e].isalnum():
                    errs.append(f"{where} u{ui}: span ends inside a word {v!r}")
                if k == "pii" and t == "NAME":
                    low = v.lower().split()
                    if re.search(r"\d", v) or any(w.strip(".") in TITLES for w in low):
                        errs.append(f"{where} u{ui}: bad NAME {v!r}")
                    if style == "transcript" and not re.search(r"[A-Z]", v):
                        errs.append(f"{where} u{ui}: transcript NAME without capital {v!r}")
                if k == "pii" and t == "EMAIL":
                    if style == "asr" and not (" at " in v and " dot " in v):
                        errs.append(f"{where} u{ui}: asr email {v!r}")
                    if style == "transcript" and not re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", v):
                        errs.append(f"{where} u{ui}: email {v!r}")
                if k == "pii" and t == "ADDRESS":
                    if not (re.match(r"(\d|flat|unit|apartment|apt|" + "|".join(ONES[1:] + TEENS + TENS[2:]) + ")", v.lower())
                            and STREET.search(v)):
                        errs.append(f"{where} u{ui}: address {v!r}")
                if k == "pii" and t == "CVV" and len(to_digits(v)) not in (3, 4):
                    errs.append(f"{where} u{ui}: cvv {v!r}")
                if k == "pii" and t == "PHONE" and not 10 <= len(to_digits(v)) <= 12:
                    errs.append(f"{where} u{ui}: phone {v!r} -> {to_digits(v)}")
                if k == "pii" and t == "POSTCODE":
                    compact = v.replace(" ", "").upper()
                    if style == "transcript" and not re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]?\d[A-Z]{2}|\d{5}", compact):
                        errs.append(f"{where} u{ui}: postcode {v!r}")
                if k == "pii" and t == "EXPIRY":
                    if not (re.search(r"\d", v) or any(mn in v.lower() for mn in MONTHS) or to_digits(v)):
                        errs.append(f"{where} u{ui}: expiry {v!r}")
                if k == "keep":
                    d = to_digits(v) if style == "asr" else re.sub(r"\D", "", v)
                    if 13 <= len(d) <= 19 and luhn_ok(d):
                        errs.append(f"{where} u{ui}: look-alike passes Luhn {v!r}")
            # digits and digit-word runs outside spans
            for i, ch in enumerate(text):
                if ch.isdigit() and not covered[i]:
                    errs.append(f"{where} u{ui}: digit outside a span: {text!r}")
                    break
            run = 0
            for m in re.finditer(r"[a-z]+", text.lower()):
                if covered[m.start()]:
                    run = 0
                    continue
                if m.group() in DIGIT_WORDS:
                    run += 1
                    if run >= 4:
                        errs.append(f"{where} u{ui}: run of digit words outside spans: {text!r}")
                        break
                else:
                    run = 0
            # look-alikes never hold the digits of a pii span in the same utterance
            pii_d = [to_digits(text[s:e]) if style == "asr" else re.sub(r"\D", "", text[s:e])
                     for s, e, k, t, _ in sp if k == "pii"]
            for s, e, k, t, _ in sp:
                if k != "keep":
                    continue
                d = to_digits(text[s:e]) if style == "asr" else re.sub(r"\D", "", text[s:e])
                if len(d) >= 4 and any(d in p or p == d for p in pii_d if p):
                    errs.append(f"{where} u{ui}: look-alike has pii digits {text[s:e]!r}")
        # a word used in a NAME span of the case is not left outside a span in the case
        name_words = set()
        for s in c["pii"]:
            if s["type"] == "NAME":
                v = utts[s["utterance"]]["text"][s["start"]:s["end"]].lower()
                name_words |= {w for w in re.split(r"[\s\-.,]+", v) if len(w) > 1 and w not in NATO.values()}
        for ui, u in enumerate(utts):
            text = u["text"]
            cov = [False] * len(text)
            for s in c["pii"] + c["keep"]:
                if s["utterance"] == ui:
                    for i in range(s["start"], s["end"]):
                        cov[i] = True
            for m in re.finditer(r"[A-Za-z']+", text):
                w = m.group().lower()
                for cand in (w, w[:-2] if w.endswith("'s") else w):
                    if cand in name_words and not cov[m.start()] and cand not in COMMON_NAME_WORDS:
                        errs.append(f"{where} u{ui}: name word {m.group()!r} outside a span: {text!r}")
                        break
        # groups: cards Luhn, group order
        groups = defaultdict(list)
        for s in c["pii"]:
            groups[s["group"]].append(s)
        order = []
        for s in c["pii"]:
            if s["group"] not in order:
                order.append(s["group"])
        if order != [f"g{i}" for i in range(1, len(order) + 1)]:
            errs.append(f"{where}: group ids out of order {order}")
        for gname, ss in groups.items():
            if len({s["type"] for s in ss}) != 1:
                errs.append(f"{where}: mixed types in {gname}")
            if ss[0]["type"] == "CARD_NUMBER":
                d = "".join(to_digits(utts[s["utterance"]]["text"][s["start"]:s["end"]])
                            for s in ss if (s["utterance"], s["start"]) not in bad_pieces)
                want = 15 if d[:2] in ("34", "37") else 16
                if len(d) != want or not luhn_ok(d):
                    errs.append(f"{where}: card group {gname} -> {d} ({len(d)}) fails")
            if ss[0]["type"] == "SSN":
                d = "".join(to_digits(utts[s["utterance"]]["text"][s["start"]:s["end"]]) for s in ss)
                if len(d) not in (4, 6, 9):
                    errs.append(f"{where}: ssn group {gname} -> {d}")
    return errs


def counts(cases):
    tab = defaultdict(Counter)
    for c, _, _ in cases:
        st = c["style"]
        tab["cases"][st] += 1
        tab["utterances"][st] += len(c["utterances"])
        busy = {s["utterance"] for s in c["pii"]} | {s["utterance"] for s in c["keep"]}
        tab["ordinary"][st] += len(c["utterances"]) - len(busy)
        for s in c["pii"]:
            tab["pii:" + s["type"]][st] += 1
        for gname in {(s["group"], s["type"]) for s in c["pii"]}:
            tab["val:" + gname[1]][st] += 1
        for s in c["keep"]:
            tab["keep:" + s["kind"]][st] += 1
            tab["keep_all"][st] += 1
    return tab


MINS = {"cases": 80, "utterances": 800, "ordinary": 100, "keep_all": 180,
        "pii:NAME": 80, "pii:ACCOUNT_NUMBER": 55, "pii:CARD_NUMBER": 40, "pii:CVV": 20,
        "pii:EXPIRY": 20, "pii:SSN": 15, "pii:PHONE": 25, "pii:EMAIL": 20, "pii:DOB": 20,
        "pii:ADDRESS": 20, "pii:POSTCODE": 20}


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c, _, _ in cases)


def main():
    try:
        cases = build()
    except Fail as e:
        print("error:", e)
        return 1
    errs = check(cases)
    tab = counts(cases)
    for k in ["cases", "utterances", "ordinary"] + sorted(x for x in tab if x.startswith("pii:")) + \
            sorted(x for x in tab if x.startswith("val:")) + sorted(x for x in tab if x.startswith("keep")):
        t = tab[k]
        print(f"{k:24s} transcript {t['transcript']:4d}  asr {t['asr']:4d}  total {t['transcript'] + t['asr']:4d}")
    for k, v in MINS.items():
        tot = tab[k]["transcript"] + tab[k]["asr"]
        if tot < v:
            errs.append(f"minimum not met: {k} {tot} < {v}")
    kinds_used = {x for x in tab if x.startswith("keep:")}
    if len(kinds_used) < len(KINDS):
        errs.append(f"keep kinds missing: {set('keep:' + k for k in KINDS.values()) - kinds_used}")
    if dump(build()) != dump(cases):
        errs.append("two builds differ")
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} problem(s); nothing written")
        return 1
    if "--check" not in sys.argv:
        OUT.write_text(dump(cases), encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
