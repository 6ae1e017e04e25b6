#!/usr/bin/env python3
"""Write data/redaction/dev18.jsonl: written as a fourteenth held-out set (test14.jsonl),
measured once (issue 14, the figures are in the README), then made a development set.

Written without opening the redactor, the other sets or their generators; only the README's
format and span conventions were read. Conversations are hand-written with inline markup:
[[TYPE:text]] or [[TYPE#grp:text]] for pii (grp ties pieces of one value; "~" after the group
marks a superseded card piece, kept in the group but left out of the Luhn check) and
((kind:text)) for look-alikes. Numbers come from random.Random(SEED). Offsets are computed from
the clean text and checked; the script exits 1 and writes nothing if a check fails.

Labelling choices where the conventions are silent (as listed by earlier labellers): a sort code,
a microchip number, a prescription number, a season-ticket number and a Medicare/health-card
number are ACCOUNT_NUMBER; a UK National Insurance number, an Irish PPS number, a Canadian SIN and
an Australian TFN are SSN; every country's postal code is POSTCODE; an agent's read-back of a
card's last four is CARD_NUMBER (its own group); first name and surname said together are one
NAME span; pets' names are not names; a seat, row, gate, room or age is `other`.

One change since it was measured as test14: case t14-065's agent line lacked its f-string prefix,
so the set held the text "{eir}" labelled as a postcode; the line now carries the Eircode drawn
for it. Nothing else in the output changed.

    python data/redaction/make_dev18.py
"""
import json
import os
import random
import re
import sys

SEED = 6142087395
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev18.jsonl")

TYPES = {"CARD": "CARD_NUMBER", "CVV": "CVV", "EXP": "EXPIRY", "SSN": "SSN", "PH": "PHONE",
         "EM": "EMAIL", "DOB": "DOB", "ADR": "ADDRESS", "PC": "POSTCODE", "ACC": "ACCOUNT_NUMBER",
         "NM": "NAME"}
KINDS = {"q": "quantity", "t": "time", "p": "price", "f": "flight_number", "d": "date",
         "y": "year", "du": "duration", "pc": "percentage", "m": "model_number", "c": "count",
         "o": "other"}
SPK = {"A": "agent", "C": "customer", "I": "ivr"}

W = "zero one two three four five six seven eight nine".split()
WORD2D = {w: str(i) for i, w in enumerate(W)}
WORD2D["oh"] = "0"
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def d(self, n, first_nonzero=False):
        s = "".join(str(self.r.randint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def pat(self, p):
        out = []
        for ch in p:
            if ch == "9":
                out.append(str(self.r.randint(0, 9)))
            elif ch == "1":
                out.append(str(self.r.randint(1, 9)))
            elif ch == "A":
                out.append(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
            else:
                out.append(ch)
        return "".join(out)

    def card(self, kind="visa"):
        pre = {"visa": "4", "mc": str(self.r.randint(51, 55)), "mc2": "2" + str(self.r.randint(221, 720)),
               "amex": self.r.choice(["34", "37"]), "disc": "6011"}[kind]
        n = 15 if kind == "amex" else 16
        body = pre + self.d(n - 1 - len(pre))
        return body + luhn_digit(body)

    def ssn(self):
        return "%03d%02d%04d" % (self.r.randint(1, 665), self.r.randint(1, 99), self.r.randint(1, 9999))

    def cvv(self, n=3):
        return self.d(n, True)

    def exp(self):
        return self.r.randint(1, 12), self.r.randint(2027, 2032)

    def dob(self, lo=1944, hi=2004):
        return self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(lo, hi)

    def us_phone(self):
        return "%03d" % self.r.choice([212, 312, 415, 503, 617, 702, 801, 919]) + "555" + "01" + self.d(2)

    def uk_mobile(self):
        return "07700900" + self.d(3)

    def zip(self, prefix=""):
        return prefix + self.d(5 - len(prefix))

    def choice(self, xs):
        return self.r.choice(xs)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def say(digits, oh=True, double=False):
    """Digits as words; 'oh' for zero, optionally 'double x'."""
    out = []
    i = 0
    while i < len(digits):
        c = digits[i]
        if double and i + 1 < len(digits) and digits[i + 1] == c and (i + 2 >= len(digits) or digits[i + 2] != c):
            out.append("double " + ("oh" if (c == "0" and oh) else W[int(c)]))
            i += 2
            continue
        out.append("oh" if (c == "0" and oh) else W[int(c)])
        i += 1
    return " ".join(out)


def two(n):
    n = int(n)
    if n < 10:
        return W[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + W[u])


def pair(p):
    """A two-digit chunk said as a number: '41' forty one, '07' oh seven, '00' double oh."""
    if p == "00":
        return "double oh"
    if p[0] == "0":
        return "oh " + W[int(p[1])]
    return two(p)


def pairs(digits):
    parts = []
    i = 0
    while i < len(digits):
        if i + 1 < len(digits):
            parts.append(pair(digits[i:i + 2]))
            i += 2
        else:
            parts.append(W[int(digits[i])])
            i += 1
    return " ".join(parts)


def year_words(y):
    y = int(y)
    if 2000 <= y < 2010:
        return "two thousand and " + W[y - 2000] if y != 2000 else "two thousand"
    return two(y // 100) + " " + pair("%02d" % (y % 100))


MONTHS = "January February March April May June July August September October November December".split()
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def mon(m):
    return MONTHS[m - 1]


def mlow(m):
    return MONTHS[m - 1].lower()


def g4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def amex_t(s, sep=" "):
    return s[:4] + sep + s[4:10] + sep + s[10:]


def letters(s):
    return " ".join(ch.lower() for ch in s)


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}


def spell_id(s, nato=False):
    """A mixed id like 'RX48213' spoken: letters (or NATO) and digit words."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append("oh" if ch == "0" else W[int(ch)])
        elif ch.isalpha():
            out.append(NATO[ch.upper()] if nato else ch.lower())
    return " ".join(out)


CASES = []


def case(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


# ---------------------------------------------------------------- cases
@case("transcript")
def pharmacy_repeat(g):
    rx = g.pat("RX-999999")
    dd, mm, yy = g.dob(1946, 1960)
    pc = g.choice(["LS6", "BS7", "M20"]) + " " + g.pat("9AA")
    return [
        "A: Good afternoon, Fernhollow Pharmacy, you're through to [[NM:Tobias Okereke]].",
        "C: Hi [[NM:Tobias]], I'm calling about my dad's repeat prescription. It should have been ready on ((d:Tuesday)).",
        "A: I'm sorry about that. Can I take the patient's name?",
        "C: It's [[NM:Desmond Achterberg]]. [[NM:A-C-H-T-E-R-B-E-R-G]] is the surname.",
        "A: And his date of birth?",
        f"C: [[DOB:{dd} {mon(mm)} {yy}]].",
        "A: Thank you. Is there a prescription number on the slip?",
        f"C: Yes, [[ACC:{rx}]].",
        f"A: Lovely. And the postcode we hold for him?",
        f"C: [[PC:{pc}]].",
        "A: Right, the wholesaler was short on the ((q:28))-day packs. We have it now, it'll be ready after ((t:3 pm)).",
        "C: Great, I'll pop in on my way home.",
    ]


@case("asr")
def pharmacy_asr(g):
    nhs = g.d(10, True)
    dd, mm, yy = g.dob(1950, 1975)
    ph = g.uk_mobile()
    return [
        "A: hiya thanks for calling brookmere chemist its [[NM:anwen]] speaking",
        "C: oh hi [[NM:anwen]] um i'm ringing for my neighbour its for [[NM:rose]] next door she cant get to the phone",
        "A: thats fine whats her full name",
        "C: [[NM:rose]] [[NM:abernethy]]",
        "A: and her date of birth please",
        f"C: the [[DOB:{ORD[dd]} of {mlow(mm)} {year_words(yy)}]]",
        f"A: okay and have you got her nhs number at all",
        f"C: yeah its [[ACC#n:{say(nhs[:3])}]] hang on the print is tiny [[ACC#n:{say(nhs[3:6])} {say(nhs[6:])}]]",
        "A: thank you her inhaler went out with the driver this morning about ((t:ten thirty))",
        "C: oh she never got it",
        "A: i'll get him to ring ahead whats the best number",
        f"C: [[PH:{say(ph[:5])} {say(ph[5:], double=True)}]]",
        "A: lovely he'll be back out by ((t:four)) today",
    ]


@case("transcript")
def plumber_leak(g):
    pol = g.pat("HM-9999-999")
    ph = g.uk_mobile()
    return [
        "A: Anchorline Home Cover, [[NM:Priyanka]] speaking. How can I help?",
        "C: There's water coming through the kitchen ceiling. It started about ((du:twenty minutes)) ago.",
        "A: Okay, first thing: have you turned the stopcock off?",
        "C: Yes, my neighbour [[NM:Mark]] came round and did it.",
        "A: Good. Can I have your policy number?",
        f"C: [[ACC:{pol}]].",
        "A: Thank you. And the name on the policy?",
        "C: [[NM:Niamh Quaye]].",
        f"A: Thanks [[NM:Niamh]]. I can get an engineer, [[NM:Callum Restorick]], to you between ((t:6)) and ((t:8 pm)) tonight. The call-out is covered, and the excess is ((p:£95)).",
        "C: Fine. Can he call before he comes?",
        f"A: Of course. Is [[PH:{ph[:5]} {ph[5:]}]] still the best number?",
        "C: That's it.",
        "A: Lovely. Keep a bucket under it and stay out of that room if the light fitting's wet.",
    ]


@case("asr")
def removals_deposit(g):
    c = g.card("visa")
    cv = g.cvv()
    m, y = g.exp()
    return [
        "A: morning hartwell removals you're speaking with [[NM:declan]]",
        "C: hi [[NM:declan]] its [[NM:oyelaran]] [[NM:folake]] we've got the move booked for the ((d:nineteenth))",
        "A: oh yes the ((m:luton)) van and ((c:three)) lads wasn't it",
        "C: thats right i need to pay the deposit",
        "A: no problem its ((p:two hundred and fifty pounds)) go ahead with the long number when you're ready",
        f"C: [[CARD#c:{pairs(c[:4])}]]",
        "A: mm-hmm",
        f"C: [[CARD#c:{pairs(c[4:8])}]] [[CARD#c:{pairs(c[8:12])}]] sorry my daughters asking me something [[CARD#c:{pairs(c[12:])}]]",
        "A: and the expiry",
        f"C: [[EXP:{pair('%02d' % m)} {pair(str(y)[2:])}]]",
        "A: and the three digits on the back",
        f"C: [[CVV:{say(cv)}]]",
        f"A: thats gone through card ending [[CARD:{say(c[12:])}]] you'll get an email in about ((du:five minutes))",
    ]


@case("transcript")
def wedding_venue(g):
    bk = g.pat("WED/9999/AA")
    em_user = "imogen.falconer"
    return [
        "A: Ashcombe Barn weddings, this is [[NM:Harriet]].",
        "C: Hello, it's [[NM:Imogen Falconer]]. We're booked for ((d:14 June 2026)) and I want to change the numbers.",
        "A: Congratulations! Do you have your booking reference?",
        f"C: It's [[ACC:{bk}]].",
        "A: Perfect. You're at ((q:110)) day guests at the moment.",
        "C: We need ((q:125)), and the evening is going up to ((q:160)).",
        "A: That's fine, the barn seats ((o:180)). The extra covers are ((p:£68 per head)).",
        "C: Okay. And my fiancé [[NM:Rashid]] wants the band to finish at ((t:midnight)) rather than ((t:11:30)).",
        "A: We can do that with a late licence, it's ((p:£250)). I'll send a revised quote. Is it still to "
        f"[[EM:{em_user}@fastmail.co.uk]]?",
        "C: Yes please.",
        "A: It'll be with you within ((du:48 hours)).",
    ]


@case("asr")
def season_ticket(g):
    st = g.d(8, True)
    ph = g.uk_mobile()
    return [
        "I: welcome to the kingsmoor rovers ticket office please say your season ticket number",
        f"C: [[ACC:{say(st[:4])} {say(st[4:])}]]",
        "I: thank you please hold for an advisor",
        "A: hiya you're through to [[NM:gethin]] in the ticket office",
        "C: hi [[NM:gethin]] yeah my card wont scan at the turnstile ive missed the first ((du:ten minutes)) of two games now",
        "A: oh no sorry about that whats your name",
        "C: [[NM:marek]] [[NM:wisniewski]]",
        "A: can you spell the surname",
        "C: [[NM:w i s n i e w s k i]]",
        "A: thanks [[NM:marek]] block ((o:c)) row ((o:fourteen)) seat ((o:two oh nine)) yeah",
        "C: thats me",
        "A: the chip's faulty ill reissue it and put a paper ticket at window ((o:six)) for saturday",
        f"A: ill text you a code is it still [[PH:{say(ph[:5])} {say(ph[5:8])} {say(ph[8:])}]]",
        "C: yep",
    ]


@case("transcript")
def theatre_box(g):
    c = g.card("amex")
    cv = g.cvv(4)
    m, y = g.exp()
    return [
        "A: Good evening, Palladian Theatre box office, [[NM:Juliette]] speaking.",
        "C: Hi, I'd like ((q:four)) seats for the ((t:7:30)) performance on ((d:Friday 6 March)).",
        "A: I've got four together in row ((o:F)), seats ((o:12)) to ((o:15)), at ((p:£42.50)) each.",
        "C: Great, take them.",
        "A: Name for the booking?",
        "C: [[NM:Conor Mulcahy]].",
        "A: And how would you like to pay?",
        f"C: Amex. [[CARD#c:{c[:4]}]]",
        "A: Yes.",
        f"C: [[CARD#c:{c[4:10]}]], sorry, [[CARD#c:{c[10:]}]].",
        "A: Expiry and the four-digit code on the front?",
        f"C: [[EXP:{m:02d}/{str(y)[2:]}]], and [[CVV:{cv}]].",
        f"A: So that's [[CARD:{amex_t(c)}]]. Total ((p:£170)) plus a ((p:£3)) booking fee.",
        "C: Yes.",
        "A: All done. Doors open at ((t:6:45)).",
    ]


@case("asr")
def windscreen(g):
    reg = g.pat("AA99 AAA")
    pol = g.pat("AA9999999")
    pc = g.choice(["cf", "sa", "np"]) + " " + g.pat("19 9aa").lower()
    pc = pc.replace(" ", "", 1)
    return [
        "A: clearview glass good morning its [[NM:sunita]]",
        "C: morning a stone hit my windscreen on the motorway theres a crack about ((o:six inches)) long",
        "A: oh that'll need a replacement not a repair whats your insurer",
        f"C: its with thornbury direct policy [[ACC:{spell_id(pol)}]]",
        "A: lovely and the car reg",
        f"C: [[ACC:{spell_id(reg.replace(' ', ''))}]]",
        "A: ((m:ford focus)) ((y:twenty nineteen)) does it have the rain sensor",
        "C: i think so yeah",
        "A: and where's the car kept",
        f"C: [[ADR:twenty two pen y bryn road]] [[PC:{' '.join(pc.split())}]]",
        "A: we can come out ((d:thursday)) morning the technician is [[NM:lowri]] she'll text you",
        "C: cheers",
    ]


@case("transcript")
def pet_microchip(g):
    chip = g.d(15, True)
    ph = g.uk_mobile()
    pc = g.choice(["EX4", "TR1", "PL3"]) + " " + g.pat("9AA")
    return [
        "A: PetTrace registry, you're speaking to [[NM:Olumide]].",
        "C: Hi, we've moved house and I need to update our dog's microchip details.",
        "A: Of course. What's the chip number? It's ((c:15)) digits.",
        f"C: [[ACC:{chip}]].",
        "A: That's Biscuit, a ((o:7))-year-old spaniel? And the keeper is...",
        "C: [[NM:Ffion Trelawney]], that's me.",
        "A: Thank you. What's the new address?",
        f"C: [[ADR:Flat 3, 41 Quayside Terrace, Truro]], [[PC:{pc}]].",
        f"A: And a phone number that the vets can reach you on?",
        f"C: [[PH:{ph}]].",
        "A: Done. Updates are free for the first year, then it's ((p:£15)).",
    ]


@case("asr")
def tyre_us(g):
    c = g.card("disc")
    zp = g.zip("80")
    m, y = g.exp()
    cv = g.cvv()
    return [
        "A: thanks for calling roadgrip tire and auto this is [[NM:brandon]]",
        "C: yeah hey [[NM:brandon]] this is [[NM:luz]] [[NM:echeverria]] i got a flat on i twenty five and i wanna book the ((q:two)) front tires",
        "A: sure thing what size are they",
        "C: uh ((m:two twenty five sixty five r seventeen))",
        "A: okay we got those at ((p:one forty nine each)) plus mounting",
        "C: fine can i pay now",
        f"C: its a discover [[CARD#c:{say(c[:4])}]] um [[CARD#c:{say(c[4:8])}]]",
        "A: uh huh",
        f"C: [[CARD#c:{say(c[8:12], double=True)} {say(c[12:])}]]",
        f"A: expiration",
        f"C: [[EXP:{mlow(m)} {year_words(y)}]] and the code on the back is [[CVV:{say(cv)}]]",
        "A: and the billing zip",
        f"C: [[PC:{say(zp)}]]",
        "A: you're all set for ((t:eight a m)) tomorrow at the ((o:colfax)) store",
    ]


@case("transcript")
def bank_us_ssn(g):
    ssn = g.ssn()
    acct = g.d(10, True)
    ph = g.us_phone()
    return [
        "A: Prairie Ledger Credit Union, this is [[NM:Kendra]]. Who do I have the pleasure of speaking with?",
        "C: [[NM:Abdirahman Warsame]].",
        "A: Thanks, Mr. [[NM:Warsame]]. To verify, can I get the last four of your Social?",
        f"C: [[SSN:{ssn[5:]}]].",
        "A: And the account you're calling about?",
        f"C: Checking, [[ACC:{acct}]].",
        "A: I see it. What can I do today?",
        "C: There's a charge for ((p:$312.40)) from a store in Denver I've never been to.",
        "A: I'll block the debit card now and open a dispute. You'll get a provisional credit in ((du:10 business days)).",
        f"A: I'll text updates to [[PH:({ph[:3]}) {ph[3:6]}-{ph[6:]}]]. Is that still good?",
        "C: Yes.",
        "A: Your dispute is open. Anything else?",
        "C: No, that's it. Thanks.",
    ]


@case("asr")
def irish_pps(g):
    pps = g.pat("9999999") + g.pat("A")
    eir = g.choice(["d08", "d12", "t12", "h91"]) + " " + g.pat("A9A9").lower()
    return [
        "A: good morning youre through to the housing grants section in the county council my name is [[NM:sorcha]]",
        "C: hi [[NM:sorcha]] its about the adaptation grant for my mam shes ((o:eighty three)) and she cant manage the stairs",
        "A: okay whats your mams name",
        "C: [[NM:bridget]] [[NM:ni chonaill]]",
        "A: and her pps number",
        f"C: [[SSN:{say(pps[:7])} {pps[7].lower()}]]",
        "A: and the address of the property",
        f"C: [[ADR:fourteen saint finbarrs park]] in cork [[PC:{spell_id(eir.replace(' ', ''))}]]",
        "A: grand the occupational therapist visited in ((d:october)) yeah",
        "C: she did",
        "A: so the application is with the engineer its usually ((du:six to eight weeks))",
        "C: right thanks",
    ]


@case("transcript")
def canada_sin(g):
    sin = g.pat("199999999")
    pc = g.pat("A9A 9A9")
    dd, mm, yy = g.dob(1958, 1990)
    em = "g.beaulieu-ndiaye@videotron.ca"
    return [
        "A: Northern Maple Benefits, [[NM:Aurélie]] speaking, how can I help?",
        "C: Hi, I'm calling to update my direct deposit for my pension.",
        "A: I can help with that. Your full name please?",
        "C: [[NM:Gaston Beaulieu-Ndiaye]].",
        "A: And your Social Insurance Number?",
        f"C: [[SSN:{sin[:3]} {sin[3:6]} {sin[6:]}]].",
        "A: Date of birth?",
        f"C: [[DOB:{mon(mm)} {dd}, {yy}]].",
        "A: And your postal code?",
        f"C: [[PC:{pc}]].",
        "A: Thank you. The change takes effect on the ((d:25th)) if it's in before ((t:noon)) on the ((d:20th)).",
        f"A: I'll confirm by email to [[EM:{em}]].",
        "C: Perfect.",
    ]


@case("asr")
def aus_tfn(g):
    tfn = g.d(9, True)
    pc = g.choice(["2", "3", "4"]) + g.d(3)
    return [
        "A: gday youre through to harbourline super my names [[NM:jarrah]]",
        "C: oh hi [[NM:jarrah]] its [[NM:thanh]] [[NM:nguyen]] i want to roll over my old fund",
        "A: no worries can i grab your tax file number",
        f"C: yeah [[SSN#s:{say(tfn[:3])}]] um [[SSN#s:{say(tfn[3:6])}]] [[SSN#s:{say(tfn[6:])}]]",
        "A: and your postcode",
        f"C: [[PC:{say(pc)}]]",
        "A: thanks [[NM:thanh]] your old fund has about ((p:eleven thousand two hundred dollars)) in it",
        "C: yeah and theyre charging me like ((pc:two percent)) in fees",
        "A: ill start the rollover it takes up to ((du:three business days))",
        "C: sweet thanks",
    ]


@case("asr")
def energy_meter(g):
    acc = g.d(9, True)
    dd, mm, yy = g.dob(1962, 1985)
    return [
        "A: good afternoon solent energy youre speaking to [[NM:kwabena]]",
        "C: hiya my bill says i owe ((p:four hundred and twelve pounds)) and thats mad for a two bed flat",
        f"A: lets have a look whats the account number",
        f"C: its [[ACC:{pairs(acc[:8])} {say(acc[8:])}]]",
        "A: and who am i speaking with",
        "C: [[NM:hazel]] [[NM:pemberton-oyo]]",
        "A: and for security your date of birth",
        f"C: [[DOB:{two(dd)} {two(mm)} {pair(str(yy)[2:])}]]",
        "A: thanks [[NM:hazel]] it was an estimated read we havent had a real one since ((d:march))",
        "C: i can give you one now its ((o:three eight four two one))",
        "A: perfect thats brought it down to ((p:one eighty six fifty))",
        "C: oh thank god",
        "A: ill set up a reminder to send a reading every ((du:three months))",
    ]


@case("transcript")
def insurance_claim_card(g):
    c = g.card("mc")
    clm = g.pat("CLM-99999-A")
    m, y = g.exp()
    cv = g.cvv()
    return [
        "A: Hollybrook Motor Claims, [[NM:Stanislav]] speaking.",
        "C: Hi, I've got a claim open and I was told I need to pay the excess before the car is released.",
        "A: Yes, that's right. What's the claim reference?",
        f"C: [[ACC:{clm}]].",
        "A: Thanks. That's the ((m:Kia Sportage)) at the Castlefield bodyshop. The excess is ((p:£350)).",
        f"C: OK. Card number is [[CARD#c:{c[:4]} {c[4:8]}]]... hang on, the kids are shouting... [[CARD#c:{c[8:12]} {c[12:]}]].",
        "A: Expiry date?",
        f"C: [[EXP:{m:02d}/{y}]].",
        "A: Security code?",
        f"C: [[CVV:{cv}]].",
        f"A: I'll read that back: [[CARD:{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}]], expiring [[EXP:{m:02d}/{str(y)[2:]}]].",
        "C: Correct.",
        "A: Payment taken. The garage opens at ((t:8:00)) tomorrow.",
    ]


@case("asr")
def broadband_engineer(g):
    acc = g.pat("AA99999999")
    return [
        "A: hello youre through to lumen fibre technical support my name is [[NM:ravi]]",
        "C: hi [[NM:ravi]] um the internets been down since ((t:six this morning)) and i work from home",
        "A: sorry to hear that can i take your account number",
        f"C: [[ACC#a:{spell_id(acc[:2])} {say(acc[2:6])}]] sorry my glasses [[ACC#a:{say(acc[6:])}]]",
        "A: and your name please",
        "C: [[NM:mark]] [[NM:ellingham-boateng]]",
        "A: thanks [[NM:mark]] theres an outage in your area affecting about ((c:four hundred)) homes",
        "C: how long",
        "A: the fix is estimated in ((du:two hours)) if it isnt back by ((t:two pm)) ring us and well send an engineer",
        "C: okay",
        "A: and youll get a credit of ((p:nine ninety nine)) on your next bill",
    ]


@case("transcript")
def dentist_admin(g):
    dd, mm, yy = g.dob(1970, 2000)
    em = "kalinda.whitebrook@proton.me"
    ph = "0117 496 0" + g.d(3)
    return [
        "A: Riverside Dental, [[NM:Penelope]] speaking.",
        "C: Hello, I need to move my hygiene appointment on ((d:Wednesday)).",
        "A: No problem. Name and date of birth?",
        f"C: [[NM:Kalinda Whitebrook]], [[DOB:{dd:02d}/{mm:02d}/{yy}]].",
        "A: I've got you at ((t:9:40)). I can offer ((d:Thursday 12th)) at ((t:2:15)) or the following Monday at ((t:4)).",
        "C: Thursday's good.",
        f"A: Done. Is your email still [[EM:{em}]]?",
        "C: Yes, and my landline changed, it's now " + f"[[PH:{ph}]].",
        "A: Updated. Please arrive ((du:ten minutes)) early.",
    ]


@case("asr")
def council_tax(g):
    ref = g.d(8, True)
    return [
        "A: good morning westhaven council revenues its [[NM:gareth]]",
        "C: morning i got a letter saying im in arrears but ive been paying every month",
        "A: okay whats the council tax reference",
        f"C: [[ACC:{say(ref, double=True)}]]",
        f"A: so thats [[ACC:{pairs(ref)}]]",
        "C: yeah",
        "A: and your name",
        "C: [[NM:yetunde]] [[NM:okafor-lindqvist]]",
        "A: thanks [[NM:yetunde]] it looks like your ((d:april)) payment bounced",
        "C: oh i changed banks around then",
        "A: that'll be it you can pay the ((p:one hundred and sixty three pounds)) and ill stop the reminder",
    ]


@case("transcript")
def airline_name_change(g):
    pnr = g.pat("A9AA9A")
    ff = g.d(9, True)
    return [
        "A: Skyvale Airways, this is [[NM:Matteo]].",
        "C: Hi, the name on my ticket is spelled wrong. I'm flying ((f:SV 482)) to Lisbon on ((d:3 May)).",
        "A: I can fix a spelling error. What's the booking reference?",
        f"C: [[ACC:{pnr}]].",
        "A: And how should the name read?",
        "C: [[NM:Siobhán Ó Raghallaigh]]. It's got [[NM:O'Reilly]] on it.",
        "A: Could you spell the surname for me?",
        "C: [[NM:O, space, R-A-G-H-A-L-L-A-I-G-H]].",
        "A: Done. And I'll add your frequent flyer number if you have one.",
        f"C: [[ACC:{ff}]].",
        "A: Lovely. Check-in opens ((du:24 hours)) before departure at ((t:06:55)).",
    ]


@case("asr")
def stadium_refund(g):
    st = g.pat("ST99999")
    c4 = g.d(4)
    return [
        "A: hello millbrook park stadium box office its [[NM:chantelle]]",
        "C: hi [[NM:chantelle]] my names [[NM:desmond]] i had tickets for the concert that got cancelled",
        "A: oh yes the ((d:saturday)) one everyone gets a full refund",
        "C: i paid ((p:ninety four pounds)) for ((q:two)) standing",
        f"A: whats the order number its on the confirmation",
        f"C: [[ACC:{spell_id(st)}]]",
        f"A: and the card ends in",
        f"C: [[CARD:{say(c4)}]]",
        "A: thats been refunded it takes ((du:five to seven working days))",
        "C: brilliant",
    ]


@case("transcript")
def us_health_billing(g):
    ssn = g.ssn()
    mrn = g.pat("MRN 99999999")
    zp = g.zip("60")
    dd, mm, yy = g.dob(1955, 1995)
    return [
        "A: Lakeshore Health billing, this is [[NM:Tamika]].",
        "C: Hi, I got a bill for ((p:$1,840)) for an ER visit and it should've gone to insurance.",
        "A: Let me look. Patient name?",
        "C: [[NM:Ignatius Mbeki-Lawson]].",
        "A: Date of birth?",
        f"C: [[DOB:{mm}/{dd}/{yy}]].",
        f"A: I'll also need the medical record number from the top of the bill.",
        f"C: MRN [[ACC:{mrn[4:]}]].",
        "A: And the last four of the subscriber's Social Security number?",
        f"C: [[SSN:{ssn[5:]}]].",
        f"A: And the ZIP?",
        f"C: [[PC:{zp}]].",
        "A: The claim was denied for a missing code. I'll resubmit and put a ((du:45-day)) hold on the bill.",
    ]


@case("asr")
def water_leak_meter(g):
    acc = g.d(10, True)
    ph = g.uk_mobile()
    return [
        "A: good evening aquaterra water emergency line this is [[NM:hamish]]",
        "C: theres water bubbling up through the pavement outside my house its been going ((du:about an hour))",
        "A: okay can i take the address",
        f"C: [[ADR:nine hundred and two lochside road dunfermline]]",
        "A: is water coming into the property",
        "C: no but its running down the street",
        "A: are you a customer with us",
        f"C: yeah account [[ACC:{say(acc[:4])} {say(acc[4:7])} {say(acc[7:])}]]",
        "A: and your name",
        "C: [[NM:isla]] [[NM:mackinnon]]",
        f"A: and a number the crew can reach you on",
        f"C: [[PH:{say(ph[:5])} {pairs(ph[5:])}]]",
        "A: a crew will be out within ((du:four hours)) dont try to dig anything",
    ]


@case("transcript")
def removals_quote_ca(g):
    pc1 = g.pat("A9A 9A9")
    pc2 = g.pat("A9A 9A9")
    em = "d.fairweather-okoye@shaw.ca"
    return [
        "A: Two Rivers Moving, [[NM:Brody]] here.",
        "C: Hi [[NM:Brody]], I'm [[NM:Delphine Fairweather-Okoye]]. I'd like a quote to move from Calgary to Kelowna.",
        "A: Sure. How big is the place?",
        "C: Three bedrooms, and a piano.",
        "A: What's the pickup address?",
        f"C: [[ADR:2210 Bow Ridge Crescent NW]], [[PC:{pc1}]].",
        "A: And the delivery?",
        f"C: [[ADR:45 Lakeview Lane]], postal code [[PC:{pc2}]].",
        "A: Roughly ((q:5,500)) pounds of goods, ((du:two days)), estimate ((p:$4,900)) plus the piano at ((p:$350)).",
        f"C: Can you email that to [[EM:{em}]]?",
        "A: Will do, within the hour.",
    ]


@case("asr")
def phone_upgrade_ca(g):
    acc = g.d(9, True)
    return [
        "A: thank you for calling northlink wireless my name is [[NM:priya]]",
        "C: hey [[NM:priya]] its [[NM:bill]] [[NM:sazonov]] i wanna upgrade my phone",
        "A: sure whats the account number",
        f"C: [[ACC:{pairs(acc[:6])} {say(acc[6:])}]]",
        "A: and your pin",
        "C: do you need that",
        "A: i do for upgrades",
        f"C: [[ACC:{say(g.d(4))}]]",
        "A: thanks [[NM:bill]] you're eligible for the ((m:pixel nine)) at ((p:zero down)) and ((p:thirty two dollars a month)) over ((du:twenty four months))",
        "C: whats the data",
        "A: ((o:sixty gigs)) and canada us roaming",
        "C: ill take it",
    ]


@case("asr")
def vet_bill_card_correction(g):
    c = g.card("visa")
    wrong = str((int(c[12]) + 3) % 10) + c[13:]
    m, y = g.exp()
    cv = g.cvv()
    return [
        "A: hi youre through to meadowbank vets accounts this is [[NM:fenella]]",
        "C: hi i need to pay for my cat's operation the invoice is ((p:six hundred and eighty pounds))",
        "A: thats fine go ahead with the card",
        f"C: [[CARD#c:{say(c[:4])}]] [[CARD#c:{say(c[4:8])}]] [[CARD#c:{say(c[8:12])}]] [[CARD#c~:{say(wrong)}]] no sorry that last bit was [[CARD#c:{say(c[12:])}]]",
        f"A: so the last four are [[CARD:{say(c[12:])}]]",
        "C: yes",
        "A: and when does it expire",
        f"C: [[EXP:{two(m)} {two(y - 2000)}]]",
        "A: security code",
        f"C: [[CVV:{say(cv)}]]",
        "A: and the name on the card",
        "C: [[NM:rosalind]] [[NM:achebe]]",
        "A: thats gone through thanks [[NM:rosalind]]",
    ]


@case("transcript")
def hotel_aus(g):
    c = g.card("mc2")
    m, y = g.exp()
    cv = g.cvv()
    ph = "04" + g.d(8)
    return [
        "A: Good morning, Saltbush Lodge Margaret River, [[NM:Kirra]] speaking.",
        "C: Hi [[NM:Kirra]], I'd like to book a room for ((q:three)) nights from ((d:the 9th of December)).",
        "A: Lovely. We have a garden king at ((p:$245 a night)).",
        "C: That's fine. The name's [[NM:Hemi Tawhiri]].",
        f"A: Thanks [[NM:Hemi]]. A card to hold it?",
        f"C: Mastercard, [[CARD:{g4(c)}]], expires [[EXP:{m:02d}/{str(y)[2:]}]], CVC [[CVV:{cv}]].",
        f"A: And a mobile?",
        f"C: [[PH:{ph[:4]} {ph[4:7]} {ph[7:]}]].",
        "A: You're booked in room ((o:14)). Check-in from ((t:2 pm)), and breakfast is ((p:$28)) extra.",
        "C: Great, thanks.",
    ]


@case("asr")
def retail_order_amex(g):
    c = g.card("amex")
    cv = g.cvv(4)
    m, y = g.exp()
    ordn = g.d(9, True)
    return [
        "A: thanks for calling oakhurst home its [[NM:deshawn]] speaking",
        "C: hey [[NM:deshawn]] i wanna order the ((m:sonora three seater)) in the sage color",
        "A: good choice thats ((p:eleven ninety nine)) with ((pc:fifteen percent)) off this week",
        "C: nice and delivery",
        "A: free were looking at ((d:the twentieth)) between ((t:eight)) and ((t:noon))",
        f"C: ok its an amex [[CARD#c:{say(c[:4])}]] then [[CARD#c:{say(c[4:10], double=True)}]]",
        "A: mm-hmm",
        f"C: then [[CARD#c:{say(c[10:])}]]",
        f"A: and the four digit code on the front",
        f"C: [[CVV:{say(cv)}]] expires [[EXP:{two(m)} of {year_words(y)}]]",
        f"A: your order number is [[ACC:{pairs(ordn[:8])} {say(ordn[8:])}]]",
        "C: cool thanks",
    ]


@case("transcript")
def charity_donation_ie(g):
    c = g.card("visa")
    m, y = g.exp()
    cv = g.cvv()
    eir = g.choice(["D06", "D04", "A94"]) + " " + g.pat("A9A9")
    return [
        "A: Good afternoon, Lifeboat Friends Ireland, [[NM:Caoimhe]] speaking.",
        "C: Hello, I'd like to make a donation in memory of my brother [[NM:Padraig]].",
        "A: I'm very sorry. That's a lovely thing to do. How much would you like to give?",
        "C: ((p:€200)).",
        "A: And your name and address for the acknowledgement card?",
        f"C: [[NM:Una Brennan]], [[ADR:7 Seafield Close, Ranelagh, Dublin 6]], [[PC:{eir}]].",
        "A: Card details when you're ready.",
        f"C: [[CARD#c:{c[:4]}]] [[CARD#c:{c[4:8]}]]... sorry, [[CARD#c:{c[8:12]}]] [[CARD#c:{c[12:]}]].",
        f"A: Expiry and security code?",
        f"C: [[EXP:{m}/{y}]], [[CVV:{cv}]].",
        "A: Thank you, [[NM:Una]]. The card will go out within ((du:a week)).",
    ]


@case("asr")
def gym_membership(g):
    mem = g.pat("99999999")
    c = g.card("mc")
    m, y = g.exp()
    cv = g.cvv()
    return [
        "A: fitzone members line its [[NM:aoife]]",
        "C: hi my card expired so my membership payment failed",
        "A: no bother whats your membership number",
        f"C: [[ACC#x:{say(mem[:4])}]] um [[ACC#x:{say(mem[4:])}]]",
        "A: thats [[NM:jude]] [[NM:castellanos]] yeah",
        "C: thats me",
        f"A: whats the new card",
        f"C: [[CARD#c:{pairs(c[:8])}]] hold on [[CARD#c:{pairs(c[8:])}]]",
        "A: expiry",
        f"C: [[EXP:{pair('%02d' % m)} slash {pair(str(y)[2:])}]]",
        "A: and the three numbers on the back",
        f"C: [[CVV:{say(cv)}]]",
        "A: sorted the ((p:thirty four ninety nine)) will go out on the ((d:first))",
    ]


@case("transcript")
def university_fees(g):
    sid = g.pat("S9999999")
    em = "tendai.marufu@student.kelvinside.ac.uk"
    dd, mm, yy = g.dob(2000, 2005)
    return [
        "A: Kelvinside University student finance, [[NM:Morag]] speaking.",
        "C: Hi, I can't get onto the fees portal, it says my account is locked.",
        "A: I can reset that. What's your student ID?",
        f"C: [[ACC:{sid}]].",
        "A: Your name and date of birth?",
        f"C: [[NM:Tendai Marufu]], [[DOB:{ORD[dd]} {mon(mm)} {yy}]].",
        f"A: Thanks. I'll send a reset link to [[EM:{em}]]. It's valid for ((du:30 minutes)).",
        "C: And my second instalment, is it still due on ((d:15 January))?",
        "A: Yes, ((p:£3,083)). You can split it into ((c:three)) payments if that helps.",
        "C: That would help, yes.",
    ]


@case("asr")
def email_spelled_housing(g):
    ten = g.pat("TN999999")
    return [
        "A: good afternoon greenacre housing repairs its [[NM:lorraine]]",
        "C: hi [[NM:lorraine]] the boiler's packed in again and ive got a newborn",
        "A: oh no okay can i take your tenancy reference",
        f"C: its [[ACC:{spell_id(ten)}]]",
        "A: and its [[NM:kofi]] [[NM:asante]] at [[ADR:flat twelve marlowe court]]",
        "C: yeah",
        "A: im booking it as a priority our engineer [[NM:wes]] will be there before ((t:eight)) tonight",
        "C: thanks can you email me the job sheet",
        "A: course whats the email",
        "C: [[EM:kofi dot asante eighty eight at outlook dot com]]",
        "A: thats [[EM:k o f i dot a s a n t e eight eight at outlook dot com]]",
        "C: yep",
    ]


@case("transcript")
def us_insurance_address(g):
    zp = g.zip("97")
    pol = g.pat("AUT-9999999")
    ph = g.us_phone()
    return [
        "A: Cascadia Mutual, this is [[NM:Dwayne]], how can I help you today?",
        "C: Hi, I'm moving next month and need to update the address on my auto policy.",
        "A: Congratulations on the move. Your policy number?",
        f"C: [[ACC:{pol}]].",
        "A: And your name?",
        "C: [[NM:Marisol Quintanilla-Hart]].",
        "A: What's the new address?",
        f"C: [[ADR:1847 NE Alberta Street, Apt 3C, Portland]], Oregon [[PC:{zp}]].",
        f"A: Your premium goes up by ((p:$11.60)) a month because of the garaging ZIP. Is [[PH:{ph[:3]}-{ph[3:6]}-{ph[6:]}]] still your phone?",
        "C: Yes.",
        "A: The change takes effect ((d:June 1)).",
    ]


@case("asr")
def us_ssn_loan(g):
    ssn = g.ssn()
    dd, mm, yy = g.dob(1975, 1998)
    zp = g.zip("30")
    return [
        "A: thank you for calling peachtree lending this is [[NM:jolene]] can i get your full name",
        "C: yeah its [[NM:devontae]] [[NM:rutherford]]",
        "A: and your social security number",
        f"C: [[SSN#s:{say(ssn[:3])}]] uh [[SSN#s:{say(ssn[3:5])}]] [[SSN#s:{say(ssn[5:])}]]",
        "A: date of birth",
        f"C: [[DOB:{mlow(mm)} {ORD[dd]} {year_words(yy)}]]",
        "A: and the zip code on file",
        f"C: [[PC:{say(zp)}]]",
        "A: thanks [[NM:devontae]] i see the auto loan youre ((c:two)) payments behind",
        "C: yeah i lost my job in ((d:august))",
        "A: we can defer ((c:two)) payments to the end of the loan theres a ((p:twenty five dollar)) fee",
        "C: okay lets do it",
    ]


@case("transcript")
def windscreen_nato(g):
    job = g.pat("AA999999")
    ph = g.uk_mobile()
    return [
        "A: Screenfix, good afternoon, [[NM:Bartosz]] speaking.",
        "C: Hello, your technician didn't turn up this morning.",
        "A: I'm sorry. Do you have the job reference?",
        f"C: Yes, [[ACC:{spell_id(job[:2], nato=True).title()} {job[2:]}]].",
        "A: And your surname?",
        "C: [[NM:Featherstonehaugh]]. I'll spell it: [[NM:F-E-A-T-H-E-R-S-T-O-N-E-H-A-U-G-H]].",
        "A: Thank you. The van broke down on the ((o:A30)). I can rebook you for ((d:tomorrow)) at ((t:10:30)).",
        f"C: Fine. Can he text [[PH:{ph[:5]} {ph[5:8]} {ph[8:]}]] when he's on the way?",
        "A: Yes, and we'll knock ((p:£20)) off for the trouble.",
    ]


@case("asr")
def pharmacy_us(g):
    rx = g.d(7, True)
    dd, mm, yy = g.dob(1948, 1965)
    ph = g.us_phone()
    return [
        "I: thank you for calling corner apothecary if you are calling to refill a prescription say refill",
        "C: refill",
        "I: please say or enter the prescription number",
        f"C: [[ACC:{say(rx)}]]",
        "I: sorry i didnt get that lets try once more",
        f"C: [[ACC:{pairs(rx[:6])} {say(rx[6:])}]]",
        "I: please say the patients date of birth",
        f"C: [[DOB:{mlow(mm)} {two(dd)} {year_words(yy)}]]",
        "I: your refill will be ready after ((t:four p m)) ((d:tomorrow))",
        "A: hi this is [[NM:marguerite]] at the pharmacy counter i see you calling i just need to confirm the phone for the text alert",
        f"C: [[PH:{say(ph[:3])} {say(ph[3:6])} {say(ph[6:])}]]",
        "A: great and your copay will be ((p:ten dollars))",
    ]


@case("transcript")
def season_ticket_renewal_dd(g):
    sc = g.pat("99-99-99")
    acct = g.d(8, True)
    st = g.pat("KR999999")
    return [
        "A: Harrowgate Athletic season tickets, [[NM:Shona]] speaking.",
        "C: Hi [[NM:Shona]], I want to renew my season ticket and pay by direct debit.",
        "A: Lovely. Season ticket number?",
        f"C: [[ACC:{st}]].",
        "A: That's [[NM:Alasdair Ferguson-Mensah]], North Stand, seat ((o:118))?",
        "C: That's right.",
        "A: It's ((p:£495)) for the season, or ((c:ten)) payments of ((p:£49.50)). Sort code and account number please.",
        f"C: Sort code [[ACC:{sc}]], account [[ACC:{acct}]].",
        f"A: I'll read those back: [[ACC:{sc}]], [[ACC:{acct[:4]} {acct[4:]}]].",
        "C: Yes.",
        "A: First payment on ((d:1 July)). Your new card arrives by ((d:mid-August)).",
    ]


@case("asr")
def plumber_booking_email(g):
    pc = g.choice(["bs", "ba", "gl"]) 
    pcn = str(g.r.randint(1, 16))
    inw = g.pat("9AA").lower()
    return [
        "A: good morning rapid rod drainage and plumbing [[NM:tomasz]] speaking",
        "C: hi the toilet is leaking from the bottom onto the floor",
        "A: right weve got a slot ((d:today)) between ((t:one)) and ((t:three)) whats the address",
        f"C: [[ADR:forty one cotham vale bristol]] [[PC:{letters(pc)} {two(pcn)} {say(inw[0])} {letters(inw[1:])}]]",
        "A: and your name",
        "C: [[NM:ebony]] [[NM:carrington]]",
        "A: and an email for the invoice",
        "C: [[EM:ebony c at live dot co dot uk]]",
        "A: callout is ((p:eighty five pounds)) then ((p:forty five)) each ((du:half hour))",
        "C: okay thats fine",
    ]


@case("asr")
def theatre_refund_card_readback(g):
    c = g.card("visa")
    m, y = g.exp()
    cv = g.cvv()
    return [
        "A: hello the lyceum box office its [[NM:will]] speaking",
        "C: hi [[NM:will]] i booked ((q:two)) for the matinee on the ((d:eleventh)) and i need to swap to the evening",
        "A: no problem the ((t:seven forty five)) has seats in the dress circle theres a ((p:six pound)) difference per ticket",
        "C: fine",
        "A: card number",
        f"C: [[CARD#c:{say(c[:2])} {pairs(c[2:6])}]] um [[CARD#c:{say(c[6:10])}]]",
        "A: yep",
        f"C: [[CARD#c:{pairs(c[10:])}]]",
        f"A: let me read it back [[CARD#r:{say(c[:8])}]] and then [[CARD#r:{say(c[8:])}]]",
        "C: spot on",
        "A: expiry and security code",
        f"C: it runs out [[EXP:{mlow(m)} {two(y - 2000)}]] and the code is [[CVV:{say(cv)}]]",
        "A: lovely seats ((o:d eleven)) and ((o:d twelve))",
    ]


@case("transcript")
def tyre_fleet(g):
    acc = g.pat("FLT/99999")
    po = g.pat("PO-999999")
    return [
        "A: Tread & Torque fleet desk, [[NM:Ngozi]] speaking.",
        "C: Morning. This is [[NM:Lars Eriksen]] from Brightwell Couriers, account [[ACC:" + acc + "]].",
        "A: Morning [[NM:Lars]]. What do you need?",
        "C: ((q:Six)) vans need winter tyres before ((d:November)). They're all ((m:Transit Custom 280)) models.",
        "A: ((m:215/65 R16C)). We can do them over ((c:two)) days at the Leeds depot.",
        f"C: Please use purchase order [[ACC:{po}]].",
        "A: Noted. Fitting starts at ((t:07:30)), about ((du:40 minutes)) per van.",
        "C: Great.",
    ]


@case("asr")
def car_insurance_claim_third_party(g):
    clm = g.pat("99999999")
    reg = g.pat("AA99AAA").lower()
    return [
        "A: youre through to beacon motor claims my name is [[NM:adaeze]]",
        "C: hi someone reversed into me in the tesco car park",
        "A: oh no is everyone okay",
        "C: yeah just shaken the other driver was a lady called [[NM:june]] [[NM:hollis]]",
        "A: did you get her reg",
        f"C: [[ACC:{spell_id(reg)}]]",
        "A: and your claim was opened online",
        f"C: yes number [[ACC#k:{say(clm[:4])}]] sorry hang on the screen went off [[ACC#k:{say(clm[4:])}]]",
        "A: thanks our assessor [[NM:grant]] will call within ((du:forty eight hours))",
        "C: ok",
    ]


@case("transcript")
def removal_damage(g):
    job = g.pat("HM-99999")
    em = "p.vanderhoek@kpnmail.nl"
    return [
        "A: Hartwell Removals customer care, [[NM:Efua]] speaking.",
        "C: Hi, this is [[NM:Pieter van der Hoek]]. Your team moved us on ((d:Saturday)) and the wardrobe arrived in ((c:three)) pieces.",
        "A: I'm so sorry. What's your job number?",
        f"C: [[ACC:{job}]].",
        "A: Thank you. Could you email photos to claims?",
        f"C: I already sent them from [[EM:{em}]] on ((d:Monday)).",
        "A: Found them. The wardrobe was valued at ((p:£620)). We cover up to ((pc:100%)) under your plan.",
        "C: Good.",
        "A: Expect a decision in ((du:10 working days)).",
    ]


@case("asr")
def wedding_catering_deposit(g):
    c = g.card("mc")
    m, y = g.exp()
    cv = g.cvv()
    return [
        "A: good afternoon larkspur hall weddings [[NM:bethan]] speaking",
        "C: hiya its [[NM:grace]] [[NM:adeyemi-rowe]] we spoke ((d:last week)) about the ((d:september)) date",
        "A: oh hi [[NM:grace]] yes the ((d:twenty seventh))",
        "C: we want to pay the deposit to hold it",
        "A: lovely its ((p:fifteen hundred)) on card",
        f"C: okay [[CARD#c:{pairs(c[:4])} {pairs(c[4:8])}]]",
        "A: mm-hmm",
        f"C: [[CARD#c:{pairs(c[8:12])}]]",
        "A: yep",
        f"C: [[CARD#c:{pairs(c[12:])}]] valid till [[EXP:{pair('%02d' % m)} {pair(str(y)[2:])}]] and [[CVV:{say(cv)}]] on the back",
        "A: all done the hall is yours",
    ]


@case("transcript")
def telecom_porting(g):
    pac = g.pat("AAA999999")
    ph = g.uk_mobile()
    em = "haruto.ishikawa.uk@gmail.com"
    return [
        "A: Welcome to Kestrel Mobile, you're speaking to [[NM:Dominika]].",
        "C: Hi, I want to bring my number across from my old network.",
        "A: Great. Do you have your PAC code?",
        f"C: Yes, [[ACC:{pac}]].",
        "A: And the number you're moving?",
        f"C: [[PH:{ph[:5]} {ph[5:]}]].",
        "A: Name on the account?",
        "C: [[NM:Haruto Ishikawa]].",
        f"A: Thanks. The switch happens next working day between ((t:10 am)) and ((t:4 pm)). Confirmation goes to [[EM:{em}]].",
        "C: Will I lose signal?",
        "A: Only for about ((du:an hour)).",
    ]


@case("asr")
def canada_health_card(g):
    hc = g.d(10, True)
    vc = g.pat("AA")
    pc = g.pat("A9A 9A9").lower()
    return [
        "A: bonjour hello northshore clinic bookings this is [[NM:genevieve]]",
        "C: hi im calling to book a physical for my son [[NM:felix]]",
        "A: sure whats his health card number",
        f"C: [[ACC:{say(hc[:4])} {say(hc[4:7])} {say(hc[7:])} {letters(vc)}]]",
        "A: and your postal code",
        f"C: [[PC:{spell_id(pc)}]]",
        "A: dr [[NM:okonkwo]] has ((d:tuesday)) at ((t:three fifteen))",
        "C: perfect",
    ]


@case("transcript")
def aus_medicare(g):
    med = g.d(10, True)
    pc = "3" + g.d(3)
    dd, mm, yy = g.dob(1960, 1990)
    return [
        "A: Banksia Pharmacy, [[NM:Tayla]] speaking.",
        "C: Hi, I'd like to check my script is ready. Name's [[NM:Rohan Wickramasinghe]].",
        "A: Can I grab your Medicare number?",
        f"C: [[ACC:{med[:4]} {med[4:9]} {med[9]}]].",
        "A: And date of birth?",
        f"C: [[DOB:{dd}/{mm}/{yy}]].",
        "A: It's ready. ((q:Two)) boxes, ((p:$31.60)) on the PBS.",
        f"C: Great. Can you deliver to [[ADR:22 Acacia Street, Brunswick]] [[PC:{pc}]]?",
        "A: Yes, the driver goes out at ((t:3)).",
    ]


@case("asr")
def pet_insurance_vet(g):
    pol = g.pat("PP9999999")
    chip = g.d(15, True)
    return [
        "A: pawsure pet insurance you're speaking to [[NM:hugo]]",
        "C: hi [[NM:hugo]] my dog swallowed a sock and had surgery last night",
        "A: oh no is he okay",
        "C: hes fine now the vet was [[NM:imran]] [[NM:qureshi]] at parkside",
        "A: whats the policy number",
        f"C: [[ACC:{spell_id(pol)}]]",
        "A: and for the claim we need the microchip number",
        f"C: [[ACC:{say(chip[:5])} {say(chip[5:10])} {say(chip[10:])}]]",
        "A: thanks the bill was ((p:two thousand three hundred)) and your excess is ((p:ninety nine pounds))",
        "C: okay",
    ]


@case("transcript")
def travel_flight_rebook(g):
    pnr = g.pat("AA9AAA")
    ph = g.us_phone()
    em = "oksana.hryhorenko@yahoo.com"
    return [
        "A: Meridian Travel, this is [[NM:Caleb]].",
        "C: Hi, my connection in Chicago was cancelled. I was on ((f:MX 1184)) to Boston.",
        "A: I'm sorry. Booking reference?",
        f"C: [[ACC:{pnr}]]. Name [[NM:Oksana Hryhorenko]].",
        "A: I can put you on ((f:MX 1190)) at ((t:9:05 pm)), arriving ((t:12:20 am)), or tomorrow's ((t:6:40 am)).",
        "C: Tonight please.",
        f"A: Done, seat ((o:22C)). I'll text the boarding pass to [[PH:+1 {ph[:3]} {ph[3:6]} {ph[6:]}]] and email [[EM:{em}]].",
        "C: And a meal voucher?",
        "A: Yes, ((p:$15)) at any airport outlet.",
    ]


@case("asr")
def broadband_new_line_dob(g):
    dd, mm, yy = g.dob(1980, 2002)
    ph = "020 7946 0" + g.d(3)
    return [
        "A: hello youre through to velocity broadband sales my name is [[NM:kieran]]",
        "C: hiya i want to get fibre at my new flat",
        "A: lovely whats the address",
        f"C: [[ADR:flat four b one hundred and six holloway road london]]",
        "A: we can do ((o:nine hundred meg)) for ((p:thirty two pounds a month)) on an ((du:eighteen month)) contract",
        "C: sounds good",
        "A: your full name",
        "C: [[NM:safiya]] [[NM:el-amin]]",
        "A: and your date of birth",
        f"C: [[DOB:{two(dd)} of the {two(mm)} {year_words(yy)}]]",
        "A: and a contact number",
        f"C: [[PH:oh two oh {say(ph[4:8])} {say(ph[9:])}]]",
        "A: install is booked for ((d:the fourth)) between ((t:eight and one))",
    ]


@case("transcript")
def us_utility_ssn_new(g):
    ssn = g.ssn()
    zp = g.zip("78")
    em = "cortez.brightwater@icloud.com"
    return [
        "A: Lone Star Power, this is [[NM:Reba]]. Are you starting new service?",
        "C: Yes, I'm moving into a rental and need the lights on by ((d:Friday)).",
        "A: Sure. Full name and Social Security number for the credit check?",
        f"C: [[NM:Cortez Brightwater]], [[SSN:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]].",
        "A: Service address?",
        f"C: [[ADR:4120 Mesquite Hollow Drive, Unit 7, San Antonio]], [[PC:{zp}]].",
        "A: No deposit needed. The rate is ((p:13.9 cents)) per kilowatt hour on a ((du:12-month)) plan.",
        f"A: Welcome email to [[EM:{em}]]?",
        "C: Yes.",
    ]


@case("asr")
def dob_varied_gp(g):
    dd, mm, yy = g.dob(1940, 1955)
    nhs = g.d(10, True)
    return [
        "A: good morning hollins lane surgery its [[NM:denise]]",
        "C: morning love im ringing for my husband [[NM:frank]] he needs his blood test results",
        "A: i can only give results to the patient unless hes given consent",
        "C: he has were on the form together",
        "A: okay whats his date of birth",
        f"C: he was born [[DOB:{two(dd)} {mlow(mm)} {pair(str(yy)[:2])} {pair(str(yy)[2:])}]]",
        "A: and his nhs number",
        f"C: [[ACC:{say(nhs[:3])} {say(nhs[3:6], double=True)} {say(nhs[6:])}]]",
        "A: thanks the doctor wants to see him ((d:thursday)) at ((t:ten past nine))",
        "C: thank you",
    ]


@case("transcript")
def card_digit_by_digit_ie(g):
    c = g.card("visa")
    m, y = g.exp()
    cv = g.cvv()
    return [
        "A: Aston Quay Tyres, [[NM:Fiachra]] speaking.",
        "C: Hi, it's [[NM:Orla]]. I'm paying for the ((q:four)) tyres you fitted yesterday.",
        "A: Grand, that's ((p:€436)). Card number?",
        f"C: [[CARD#c:{' '.join(c[:8])}]]",
        "A: Go on.",
        f"C: [[CARD#c:{' '.join(c[8:])}]].",
        "A: Expiry?",
        f"C: End of [[EXP:{mon(m)} {y}]].",
        "A: And the CVV?",
        f"C: [[CVV:{cv}]].",
        "A: That's approved. Receipt's on the way.",
    ]


@case("asr")
def amex_odd_groups(g):
    c = g.card("amex")
    m, y = g.exp()
    cv = g.cvv(4)
    return [
        "A: thanks for holding youre through to the ticket desk at harbourside arena my name is [[NM:soren]]",
        "C: hey yeah i wanna buy ((q:four)) tickets for the hockey on ((d:the sixteenth))",
        "A: upper tier is ((p:sixty five dollars)) each lower is ((p:one ten))",
        "C: upper please",
        "A: great card number",
        f"C: [[CARD#c:{c[:4]} {c[4:7]}]] um [[CARD#c:{c[7:10]} {c[10:12]}]] [[CARD#c:{c[12:]}]]",
        "A: expiry",
        f"C: [[EXP:{pair('%02d' % m)} {pair(str(y)[2:])}]]",
        "A: and the four digit code",
        f"C: [[CVV:{say(cv)}]]",
        "A: got it section ((o:three twelve)) row ((o:k))",
    ]


@case("asr")
def uk_ni_number_benefits(g):
    ni = g.pat("AA999999") + g.choice("ABCD")
    ni = ni.replace("D", "C", 2) if ni[0] in "DFIQUV" else ni
    dd, mm, yy = g.dob(1965, 1995)
    pc = g.choice(["ng", "le", "de"]) + " " + two(g.r.randint(1, 19)) + " " + say(g.d(1)) + " " + letters(g.pat("AA"))
    return [
        "A: hello youre through to the jobseekers line my name is [[NM:trevor]]",
        "C: hi i applied ((du:three weeks)) ago and havent heard anything",
        "A: sorry about that can i take your national insurance number",
        f"C: [[SSN:{spell_id(ni[:2])} {pairs(ni[2:8])} {ni[8].lower()}]]",
        "A: and your full name",
        "C: [[NM:precious]] [[NM:mahlangu]]",
        "A: date of birth",
        f"C: [[DOB:{ORD[dd]} {mlow(mm)} {pair(str(yy)[2:])}]]",
        "A: and your postcode",
        f"C: [[PC:{pc}]]",
        "A: its waiting on a work coach interview ive booked you ((d:monday)) at ((t:eleven fifteen))",
        "C: okay thanks",
    ]


@case("transcript")
def pharmacy_controlled_collect(g):
    rx = g.pat("EPS-9999-99")
    return [
        "A: Good morning, Oakleaf Pharmacy, [[NM:Rukhsana]] speaking.",
        "C: Hi, my son [[NM:Eli]] is collecting my prescription today. Is that OK?",
        "A: For a controlled drug he'll need ID. Can I take your name?",
        "C: [[NM:Benedict Ashworth-Kamara]].",
        f"A: And the token number from the text?",
        f"C: [[ACC:{rx}]].",
        "A: It's the ((q:30)) tablets of the ((o:10 mg)). He can collect after ((t:1:30)).",
        "C: He'll be there about ((t:5)).",
        "A: We close at ((t:6:30)), so that's fine.",
    ]


@case("asr")
def email_nato_ca(g):
    acc = g.d(7, True)
    return [
        "A: thanks for calling the maple leaf gardens box office youre speaking with [[NM:tristan]]",
        "C: hi i never got my ticket email for the show",
        "A: whats the order number",
        f"C: [[ACC:{say(acc)}]]",
        "A: thats for [[NM:evangeline]] [[NM:osei]] is that you",
        "C: yes",
        "A: the email we have is [[EM:e v a n g dot osei at hotmial dot com]]",
        "C: oh thats a typo it should be [[EM:evang dot osei at hotmail dot com]] h o t m a i l",
        "A: fixed ive resent them they should arrive in ((du:a minute))",
    ]


@case("transcript")
def aus_removal_tfn_no(g):
    pc = "2" + g.d(3)
    ph = "04" + g.d(8)
    em = "matilda.kerrigan@bigpond.com"
    return [
        "A: Coastline Removals, [[NM:Darcy]] speaking.",
        "C: G'day, [[NM:Matilda Kerrigan]] here. I need a truck for ((d:30 November)).",
        "A: Where from?",
        f"C: [[ADR:8/112 Pacific Parade, Dee Why]], [[PC:{pc}]], to Newcastle.",
        "A: A ((m:4.5 tonne)) truck and ((q:three)) movers is ((p:$189 an hour)), about ((du:seven hours)) plus travel.",
        f"C: Okay. My mobile is [[PH:{ph[:4]} {ph[4:7]} {ph[7:]}]] and email [[EM:{em}]].",
        "A: Thanks [[NM:Matilda]], quote coming through now.",
    ]


@case("asr")
def windscreen_card(g):
    c = g.card("mc2")
    m, y = g.exp()
    cv = g.cvv()
    return [
        "A: crystal auto glass [[NM:benedetta]] speaking",
        "C: hi its [[NM:robin]] [[NM:achterhof]] your man fixed my chip this morning and said to ring and pay",
        "A: oh yes the ((p:fifty nine ninety nine)) repair",
        f"C: thats it card is [[CARD#c:{say(c[:4])}]]",
        "A: yep",
        f"C: [[CARD#c:{say(c[4:8])}]] oh wait did i say [[CARD#c~:{say(c[:2])}]] at the start yeah [[CARD#c:{say(c[8:])}]]",
        f"A: so ending [[CARD:{say(c[12:])}]]",
        "C: yes",
        "A: expiry and code",
        f"C: [[EXP:{pair('%02d' % m)} {pair(str(y)[2:])}]] [[CVV:{say(cv)}]]",
        "A: thank you thats paid",
    ]


@case("transcript")
def dob_forms_passport(g):
    dd, mm, yy = g.dob(1985, 2003)
    ref = g.pat("PX-999-999-999")
    return [
        "A: Passport advice line, [[NM:Ifeoma]] speaking.",
        "C: Hello, my passport application has been stuck for ((du:eight weeks)).",
        "A: Can I have the application reference?",
        f"C: [[ACC:{ref}]].",
        "A: Your full name and date of birth?",
        f"C: [[NM:Yusuf Demirci]]. Born [[DOB:{ORD[dd].title() if False else dd}{'th' if dd not in (1,2,3,21,22,23) else {1:'st',2:'nd',3:'rd',21:'st',22:'nd',23:'rd'}[dd]} of {mon(mm)} '{str(yy)[2:]}]].",
        "A: We're waiting on your countersignatory, Dr [[NM:Halloran]].",
        "C: He's on holiday until ((d:the 3rd)).",
        "A: Then we'll try again after that. I'll add a note.",
    ]


@case("asr")
def us_ssn_full_bank(g):
    ssn = g.ssn()
    ph = g.us_phone()
    return [
        "A: thank you for calling bluestem savings my name is [[NM:hector]] may i have your name",
        "C: [[NM:wilhelmina]] [[NM:tso]] thats t s o",
        "A: thank you and your full social",
        f"C: [[SSN:{say(ssn[:3])} {say(ssn[3:5])} {pairs(ssn[5:])}]]",
        "A: and the phone number on the account",
        f"C: [[PH:{say(ph[:3])} {say(ph[3:6], double=True)} {say(ph[6:])}]]",
        "A: thanks how can i help",
        "C: i want to open a cd the ((du:twelve month)) one",
        "A: that one is paying ((pc:four point one percent)) minimum deposit ((p:five hundred dollars))",
        "C: lets do ((p:ten thousand))",
        "A: great ill move it from your savings now",
    ]


@case("transcript")
def stadium_accessibility(g):
    ph = g.uk_mobile()
    em = "c.oyelowo-brandt@btinternet.com"
    mem = g.pat("99999999")
    return [
        "A: Ravensholme Stadium accessibility line, [[NM:Keeley]] speaking.",
        "C: Hello. I'm a wheelchair user and I've got a ticket for the cup game on ((d:the 21st)).",
        "A: Great, we have ((c:40)) wheelchair bays in the East Stand. Your supporter number?",
        f"C: [[ACC:{mem}]].",
        "A: And your name?",
        "C: [[NM:Clement Oyelowo-Brandt]]. My carer [[NM:Sabine]] comes with me.",
        "A: Her ticket is free. Gates open at ((t:1:30)) and the lift is at gate ((o:7)).",
        f"C: Could you send that to [[EM:{em}]]? And text [[PH:{ph}]] if anything changes.",
        "A: Of course.",
    ]


@case("asr")
def housing_repair_dob_phone(g):
    dd, mm, yy = g.dob(1952, 1970)
    ph = g.uk_mobile()
    return [
        "A: hello cedar vale homes repairs line its [[NM:pawel]]",
        "C: hello dear the kitchen tap wont turn off its been dripping since ((d:sunday))",
        "A: okay can i take your name",
        "C: [[NM:dorothy]] [[NM:fairclough]]",
        "A: and can you confirm your date of birth for me",
        f"C: [[DOB:{ORD[dd]} {mlow(mm)} {year_words(yy)}]]",
        "A: thanks [[NM:dorothy]] and the address",
        f"C: [[ADR:thirty seven wren close]]",
        "A: our plumber [[NM:dean]] can come ((d:wednesday)) morning whats the best number",
        f"C: [[PH#w~:{say(ph[:5])} {say(ph[5:8])}]] hang on let me get my glasses no its [[PH#p:{say(ph[:5])}]] [[PH#p:{say(ph[5:])}]]",
        "A: lovely",
    ]


@case("transcript")
def car_hire_us(g):
    c = g.card("visa")
    m, y = g.exp()
    cv = g.cvv()
    zp = g.zip("33")
    return [
        "A: Sunstate Car Rental, this is [[NM:Jasmine]].",
        "C: Hi, I'm landing in Orlando on ((f:DL 2217)) at ((t:4:50 pm)) on ((d:March 8)) and need a minivan for ((du:a week)).",
        "A: We have a ((m:Sienna)) at ((p:$74 a day)). Name?",
        "C: [[NM:Tobenna Ikwuemesi]].",
        f"A: Card to reserve?",
        f"C: [[CARD:{c}]], [[EXP:{m:02d}/{y}]], code [[CVV:{cv}]], billing ZIP [[PC:{zp}]].",
        "A: Reserved. Drivers under ((o:25)) pay a surcharge.",
        "C: We're both over.",
    ]


@case("asr")
def education_student_loan(g):
    sid = g.d(11, True)
    dd, mm, yy = g.dob(1998, 2005)
    return [
        "A: student loans helpline my names [[NM:carys]]",
        "C: hi my loan for the ((y:twenty twenty five)) term hasnt come through",
        "A: can i take your customer reference number",
        f"C: [[ACC:{pairs(sid[:10])} {say(sid[10:])}]]",
        "A: and date of birth",
        f"C: [[DOB:{pair('%02d' % dd)} {pair('%02d' % mm)} {pair(str(yy)[:2])} {pair(str(yy)[2:])}]]",
        "A: thanks your uni hasnt confirmed attendance yet",
        "C: oh so i need to chase them",
        "A: yes once they do it pays in ((du:three to five days))",
    ]


@case("transcript")
def insurance_home_ie(g):
    pol = g.pat("HH/99999/99")
    eir = g.choice(["V94", "H91", "X91"]) + " " + g.pat("A9AA")
    return [
        "A: Shannonside Insurance, [[NM:Colm]] speaking.",
        "C: Hi [[NM:Colm]], I'm renewing my home insurance and the price went up ((pc:22%)).",
        "A: Let me look. Policy number?",
        f"C: [[ACC:{pol}]].",
        f"A: That's [[NM:Aisling Fitzgerald]] at [[ADR:3 Weir View, Castletroy, Limerick]], [[PC:{eir}]]?",
        "C: That's me.",
        "A: The house was built in ((y:1998)) and the rebuild cost was raised. I can take ((p:€85)) off if you add a monitored alarm.",
        "C: We have one since ((y:2021)).",
        "A: Then that's applied.",
    ]


@case("asr")
def pairs_card_retail(g):
    c = g.card("visa")
    m, y = g.exp()
    cv = g.cvv()
    return [
        "A: hello brambleworth garden centre mail order [[NM:nadia]] speaking",
        "C: hi its [[NM:ambrose]] here i want ((q:three)) of the ((m:hx two hundred)) hose reels",
        "A: thats ((p:eighty seven pounds)) with free delivery",
        f"C: card number [[CARD#c:{pairs(c[:8])}]]",
        "A: mm-hmm",
        f"C: [[CARD#c:{pairs(c[8:])}]]",
        "A: and expires",
        f"C: [[EXP:{mlow(m)} {year_words(y)}]]",
        "A: security number",
        f"C: [[CVV:{say(cv)}]]",
        "A: thanks [[NM:ambrose]] delivery is ((d:thursday))",
    ]


@case("transcript")
def expired_card_theatre(g):
    c = g.card("mc")
    c2 = g.card("mc")
    cv = g.cvv()
    m, y = g.exp()
    return [
        "A: Marlowe Playhouse, [[NM:Tamsin]] speaking.",
        "C: My payment for the panto tickets failed and I don't know why.",
        "A: The card on the booking expired [[EXP:08/24]]. Do you have a new one?",
        f"C: Yes. [[CARD:{g4(c2)}]], expiry [[EXP:{m:02d}/{str(y)[2:]}]], and the security code's [[CVV:{cv}]].",
        "A: That's worked. ((q:Five)) tickets for ((d:Boxing Day)) at ((t:2:30)), ((p:£112.50)).",
        "C: And the name on the booking is [[NM:Wren Adebayo-Clarke]]?",
        "A: Yes, that's right.",
    ]


@case("asr")
def us_dob_ssn_insurance(g):
    ssn = g.ssn()
    dd, mm, yy = g.dob(1960, 1980)
    em_user = "tcarvalho"
    return [
        "A: good morning liberty grove life this is [[NM:dolores]]",
        "C: hi im calling about my moms life policy she passed ((d:last month))",
        "A: im so sorry for your loss whats your moms name",
        "C: [[NM:lucinda]] [[NM:carvalho]]",
        "A: and her date of birth",
        f"C: [[DOB:{two(mm)} {two(dd)} {pair(str(yy)[2:])}]]",
        "A: and her social",
        f"C: [[SSN#s2:{say(ssn[:3])}]] um [[SSN#s2:{say(ssn[3:])}]]",
        "A: and your email so i can send the claim forms",
        f"C: [[EM:t carvalho at proton dot me]]",
        "A: youll have it within ((du:the hour))",
    ]


@case("transcript")
def plumber_invoice_dispute(g):
    inv = g.pat("INV-99999")
    ph = "0161 496 0" + g.d(3)
    return [
        "A: Northgate Plumbing & Heating, [[NM:Kasia]] speaking.",
        "C: Hi, I've had an invoice for ((p:£540)) but the quote was ((p:£380)).",
        "A: Let me check. Invoice number?",
        f"C: [[ACC:{inv}]].",
        "A: The engineer, [[NM:Ashok]], replaced a second valve and was there ((du:three hours)) instead of ((du:one)).",
        "C: Nobody told me that.",
        f"A: I'll ask our manager to call you. Is [[PH:{ph}]] right?",
        "C: Yes, after ((t:5)) please.",
    ]


@case("transcript")
def pharmacy_delivery_address(g):
    pc = g.choice(["NE6", "SR2", "DH1"]) + " " + g.pat("9AA")
    dd, mm, yy = g.dob(1938, 1950)
    return [
        "A: Wellspring Pharmacy delivery team, [[NM:Gemma]] speaking.",
        "C: Hello, I'm calling for my grandmother, [[NM:Philomena Azikiwe]]. Her tablets didn't arrive.",
        "A: Can I check her date of birth?",
        f"C: [[DOB:{dd} {mon(mm)[:3]} {yy}]].",
        "A: And the delivery address?",
        f"C: [[ADR:Flat 9, Hawthorn House, 60 Jesmond Road, Newcastle]], [[PC:{pc}]].",
        "A: The driver had flat ((o:6)). I'll resend it today before ((t:4 o'clock)).",
        "C: Thank you.",
    ]


@case("transcript")
def telecom_roaming_bill(g):
    acc = g.pat("99999999")
    em = "leontyne.okoro@hey.com"
    return [
        "A: Corvid Telecom, this is [[NM:Franco]].",
        "C: Hello, I've been charged ((p:£214)) for data in Turkey. I was only there ((du:five days)).",
        "A: I'm sorry. Account number, please?",
        f"C: [[ACC:{acc[:4]}-{acc[4:]}]].",
        "A: You used ((o:3.2 GB)) outside the ((o:Europe zone)). I can cap it at ((p:£50)) as a goodwill gesture.",
        "C: Please do.",
        f"A: Done. The corrected bill goes to [[EM:{em}]].",
    ]


@case("transcript")
def wedding_dress_card(g):
    c = g.card("visa")
    m, y = g.exp()
    cv = g.cvv()
    return [
        "A: Good morning, Bellamy Bridal, [[NM:Olwen]] speaking.",
        "C: Hi, I'm paying the balance for my dress. Name is [[NM:Zainab Rahimi]].",
        "A: That's ((p:£1,150)) remaining. Card number?",
        f"C: [[CARD#c:{c[:4]}-{c[4:8]}]], [[CARD#c~:{c[8:10]}]]... sorry, let me start that block again: [[CARD#c:{c[8:12]}-{c[12:]}]].",
        f"A: So [[CARD:{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}]]?",
        "C: Yes.",
        f"A: Expiry and code?",
        f"C: [[EXP:{m:02d}/{y}]], [[CVV:{cv}]].",
        "A: All paid. Your final fitting is ((d:Saturday 18th)) at ((t:11)).",
    ]


@case("transcript")
def us_school_enrol(g):
    ph = g.us_phone()
    em = "r.abernathy-soto@outlook.com"
    zp = g.zip("02")
    return [
        "A: Maplewood Unified enrollment office, this is [[NM:Dana]].",
        "C: Hi, we just moved here and I need to enroll my daughter [[NM:Lucía]] in ((o:3rd)) grade.",
        "A: Welcome! Your name?",
        "C: [[NM:Rafael Abernathy-Soto]].",
        f"A: Address and phone?",
        f"C: [[ADR:88 Chestnut Hill Avenue, Apt 2]], Brookline, [[PC:{zp}]], and [[PH:{ph[:3]}.{ph[3:6]}.{ph[6:]}]].",
        f"A: I'll email the packet to [[EM:{em}]]. Orientation is ((d:August 28)) at ((t:9 am)).",
    ]


@case("asr")
def microchip_found_dog(g):
    chip = g.d(15, True)
    ph = g.uk_mobile()
    return [
        "A: hello animal trace helpline youre speaking to [[NM:ross]]",
        "C: hi [[NM:ross]] i found a dog wandering on the ((o:a roads)) roundabout and the vet scanned him",
        "A: thank you whats the chip number",
        f"C: [[ACC#m:{say(chip[:6])}]] sorry hes licking my hand [[ACC#m:{say(chip[6:])}]]",
        "A: thats registered to a keeper in leigh ill call them now can i take your number",
        f"C: [[PH:{say(ph[:5])} {say(ph[5:8])} {say(ph[8:])}]]",
        "A: and your name",
        "C: [[NM:samir]] [[NM:haddad]]",
        "A: thanks [[NM:samir]] ill ring you back in ((du:ten minutes))",
    ]


@case("asr")
def tyre_puncture_dob(g):
    mem = g.pat("RA99999999")
    dd, mm, yy = g.dob(1975, 1995)
    return [
        "A: roadaid breakdown its [[NM:tegan]] are you in a safe place",
        "C: yeah im in a lay-by near junction ((o:fifteen)) with a flat",
        "A: okay membership number",
        f"C: [[ACC:{spell_id(mem)}]]",
        "A: and can i just take your date of birth",
        f"C: [[DOB:{ORD[dd]} of {mlow(mm)} {year_words(yy)}]]",
        "A: thanks a patrol will be with you in about ((du:fifty minutes))",
        "C: fine",
    ]


@case("asr")
def wedding_venue_email(g):
    bk = g.d(6, True)
    return [
        "A: morning thornfield manor weddings [[NM:felicity]] speaking",
        "C: hi its [[NM:dawn]] [[NM:mcallister]] mother of the bride",
        "A: oh lovely how can i help",
        f"C: the booking is [[ACC:{say(bk)}]] and we need the menu choices sent to the groom [[NM:femi]]",
        "A: no problem whats his email",
        "C: [[EM:femi dot adeleke at gmail dot com]]",
        "A: ill send them today the final numbers are due ((du:six weeks)) before",
    ]


@case("transcript")
def travel_agent_deposit(g):
    c = g.card("disc")
    m, y = g.exp()
    cv = g.cvv()
    ph = g.us_phone()
    return [
        "A: Wayfarer Journeys, this is [[NM:Ingrid]].",
        "C: Hi, I'm booking the Alaska cruise for my parents' ((o:50th)) anniversary in ((y:2027)).",
        "A: Wonderful. The deposit is ((pc:10%)), so ((p:$640)). Lead passenger?",
        "C: My dad, [[NM:Augustin Delacroix-Mwangi]]. I'm paying though.",
        f"C: Discover [[CARD:{g4(c, '-')}]], expiring [[EXP:{m}/{str(y)[2:]}]], CID [[CVV:{cv}]].",
        f"A: Got it. A phone for the lead passenger?",
        f"C: [[PH:{ph[:3]} {ph[3:6]} {ph[6:]}]].",
        "A: Their flights are ((f:AS 97)) out of Seattle on ((d:June 3)).",
    ]


@case("asr")
def removals_storage_address(g):
    acc = g.pat("SU9999")
    cv = g.cvv()
    c = g.card("visa")
    m, y = g.exp()
    return [
        "A: good afternoon stowaway storage and removals its [[NM:marguerite]] again how can i help",
        "C: hi its [[NM:hope]] [[NM:oduya]] i need to move my storage unit stuff to my new place",
        f"A: unit number",
        f"C: [[ACC:{spell_id(acc)}]]",
        "A: and the delivery address",
        "C: [[ADR:sixty two ashgrove crescent leeds]]",
        "A: its ((p:two hundred and ten pounds)) for a ((du:half day)) can i take payment",
        f"C: [[CARD:{say(c[:4])} {say(c[4:8])} {say(c[8:12])} {say(c[12:])}]] ends [[EXP:{two(m)} {two(y - 2000)}]] code [[CVV:{say(cv)}]]",
        "A: thats booked for ((d:the ninth))",
    ]


@case("transcript")
def gp_dob_address(g):
    dd, mm, yy = g.dob(1990, 2004)
    pc = g.choice(["G12", "G41", "EH7"]) + " " + g.pat("9AA")
    ph = g.uk_mobile()
    return [
        "A: Kelvin Vale Medical Practice, [[NM:Ailsa]] speaking.",
        "C: Hi, I'd like to register as a new patient.",
        "A: Of course. Full name and date of birth?",
        f"C: [[NM:Tariq Mahmoud-Lindgren]], [[DOB:{dd}.{mm}.{yy}]].",
        f"A: And your address?",
        f"C: [[ADR:2/1, 14 Otago Street, Glasgow]], [[PC:{pc}]].",
        f"A: And a mobile?",
        f"C: [[PH:+44 {ph[1:5]} {ph[5:]}]].",
        "A: You'll get a health check in the next ((du:four weeks)).",
    ]


@case("asr")
def bank_fraud_card_block(g):
    c = g.card("mc")
    cv = g.cvv()
    return [
        "A: youre through to the fraud team at harbourstone bank my name is [[NM:olamide]]",
        "C: my wallet was stolen on the tram about ((du:twenty minutes)) ago",
        "A: im sorry lets block your cards can you read me the number if you have it from your app",
        f"C: [[CARD#c:{c[:4]}]] [[CARD#c:{say(c[4:8])}]] sorry its loading [[CARD#c:{c[8:11]} {c[11:]}]]",
        "A: and for security the three digits on the back if you remember them",
        f"C: i think its [[CVV:{say(cv)}]]",
        "A: thats blocked a new card arrives in ((du:three to five working days))",
        "C: can i still get cash",
        "A: yes up to ((p:three hundred pounds)) at any branch with id",
    ]


@case("transcript")
def stadium_hospitality_corp(g):
    po = g.pat("PO 999999")
    return [
        "A: Hillcrest Park hospitality, [[NM:Rhodri]] speaking.",
        "C: Hi, it's [[NM:Beatrix Holmgren]] from Fenwick & Lowe. We'd like a box for ((q:12)) guests at the derby.",
        "A: Box ((o:23)) is free. It's ((p:£2,880)) plus VAT, three-course lunch at ((t:12:45)), kick-off ((t:3)).",
        f"C: Great. Please invoice us against PO [[ACC:{po[3:]}]].",
        "A: Sure. Parking passes for ((q:four)) cars included.",
        "C: Perfect.",
    ]


# ---------------------------------------------------------------- build and check
MARK = re.compile(r"\[\[([A-Z]+)(?:#([a-z0-9]+)(~?))?:(.+?)\]\]|\(\(([a-z]+):(.+?)\)\)")
COMMON = {"rose", "mark", "will", "grace", "hope", "bill", "june", "may", "sky", "dawn", "penny",
          "frank", "robin", "jack", "summer", "amber", "o", "de", "la", "van", "der", "le"}
NUMWORDS = set(W) | {"oh", "double", "triple", "hundred", "thousand"} | set(TEENS) | set(TENS[2:])


def parse(raw):
    text, spans, pos = [], [], 0
    out = ""
    last = 0
    for m in MARK.finditer(raw):
        out += raw[last:m.start()]
        if m.group(1):
            typ, grp, sup, val = m.group(1), m.group(2), m.group(3), m.group(4)
            spans.append(("pii", TYPES[typ], grp, bool(sup), len(out), len(out) + len(val), val))
        else:
            spans.append(("keep", KINDS[m.group(5)], None, False, len(out), len(out) + len(m.group(6)), m.group(6)))
        out += m.group(m.lastindex)
        last = m.end()
    out += raw[last:]
    return out, spans


def digits_of(v):
    ds = []
    toks = re.findall(r"[a-z]+|\d", v.lower())
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            ds.append(t)
        elif t in WORD2D:
            ds.append(WORD2D[t])
        elif t == "double" and i + 1 < len(toks):
            nxt = toks[i + 1]
            d = WORD2D.get(nxt, nxt)
            ds.append(d + d)
            i += 1
        elif t in TEENS:
            ds.append(str(10 + TEENS.index(t)))
        elif t in TENS[2:]:
            tv = TENS.index(t)
            if i + 1 < len(toks) and toks[i + 1] in W[1:]:
                ds.append(str(tv) + WORD2D[toks[i + 1]])
                i += 1
            else:
                ds.append(str(tv) + "0")
        elif t == "hundred":
            ds.append("00")
        i += 1
    return "".join(ds)


def fail(msg):
    print("CHECK FAILED:", msg, file=sys.stderr)
    sys.exit(1)


def build():
    g = Gen(SEED)
    cases = []
    for n, (style, fn) in enumerate(CASES, 1):
        cid = "t14-%03d" % n
        utts, pii, keep, gmap = [], [], [], {}
        groups = {}
        for ui, line in enumerate(fn(g)):
            spk, raw = line.split(": ", 1)
            text, spans = parse(raw)
            if "[[" in text or "((" in text or "]]" in text or "))" in text:
                fail(f"{cid} markup left: {text}")
            utts.append({"speaker": SPK[spk], "text": text})
            for kind, typ, grp, sup, s, e, val in spans:
                if kind == "pii":
                    key = grp if grp else ("_%d_%d" % (ui, s))
                    if key not in gmap:
                        gmap[key] = "g%d" % (len(gmap) + 1)
                    pii.append({"utterance": ui, "start": s, "end": e, "type": typ, "group": gmap[key]})
                    groups.setdefault(gmap[key], []).append((typ, val, sup))
                else:
                    keep.append({"utterance": ui, "start": s, "end": e, "kind": typ})
        cases.append({"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep})
        check(cid, style, utts, pii, keep, groups)
    return cases


def check(cid, style, utts, pii, keep, groups):
    name_words = set()
    for p in pii:
        if p["type"] == "NAME":
            t = utts[p["utterance"]]["text"][p["start"]:p["end"]]
            name_words |= {w.lower() for w in re.findall(r"[A-Za-z']+", t) if len(w) > 1}
    ALLNAMES.update(name_words)
    for ui, u in enumerate(utts):
        t = u["text"]
        if style == "asr" and re.search(r"[A-Z]", t):
            fail(f"{cid} capital in asr: {t}")
        if style == "asr" and re.search(r"[,.?!;]", re.sub(r"\S+@\S+", "", t)):
            fail(f"{cid} punctuation in asr: {t}")
        sp = sorted([(s["start"], s["end"], s.get("type", s.get("kind"))) for s in pii + keep if s["utterance"] == ui])
        for a, b in zip(sp, sp[1:]):
            if a[1] > b[0]:
                fail(f"{cid} overlap in {t}")
        for s, e, typ in sp:
            if not (0 <= s < e <= len(t)):
                fail(f"{cid} bad span {s},{e}")
            v = t[s:e]
            if v != v.strip() or re.match(r"[,.;:?!]", v) or re.search(r"[,;:?!]$", v):
                fail(f"{cid} ragged span {v!r}")
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                fail(f"{cid} span inside word {v!r} in {t}")
        mask = list(t)
        for s, e, _ in sp:
            for i in range(s, e):
                mask[i] = "#"
        rest = "".join(mask)
        if re.search(r"\d", rest):
            fail(f"{cid} digit outside span: {t}")
        toks = re.findall(r"[a-z]+", rest.lower())
        run = 0
        for w in toks:
            run = run + 1 if w in (set(W) | {"oh", "double"}) else 0
            if run >= 4:
                fail(f"{cid} run of digit words outside span: {t}")
        for w in re.findall(r"[A-Za-z']+", rest):
            if w.lower() in name_words and w.lower() not in COMMON:
                fail(f"{cid} name word {w!r} outside span: {t}")
    for p in pii:
        v = utts[p["utterance"]]["text"][p["start"]:p["end"]]
        if p["type"] == "NAME" and (re.search(r"\d", v) or re.match(r"(?i)(mr|mrs|ms|miss|dr|mister)\b", v)):
            fail(f"{cid} bad name {v!r}")
    for gid, parts in groups.items():
        typ = parts[0][0]
        if any(p[0] != typ for p in parts):
            fail(f"{cid} mixed group {gid}")
        ds = "".join(digits_of(v) for _, v, sup in parts if not sup)
        if all(sup for _, _, sup in parts):
            continue
        if typ == "CARD_NUMBER":
            if len(ds) == 4:
                continue
            if len(ds) not in (15, 16) or not luhn_ok(ds):
                fail(f"{cid} card {gid} {ds} fails")
        elif typ == "CVV" and len(ds) not in (3, 4):
            fail(f"{cid} cvv {ds}")
        elif typ == "SSN" and len(ds) not in (4, 6, 7, 9):
            fail(f"{cid} ssn {ds}")
        elif typ == "PHONE" and not (10 <= len(ds) <= 12):
            fail(f"{cid} phone {ds} {parts}")
        elif typ == "EMAIL" and not (("@" in parts[0][1]) or (" at " in " ".join(v for _, v, _ in parts))):
            fail(f"{cid} email {parts}")
    for k in keep:
        v = utts[k["utterance"]]["text"][k["start"]:k["end"]]
        ds = digits_of(v)
        if 13 <= len(ds) <= 19 and luhn_ok(ds):
            fail(f"{cid} look-alike passes luhn {v}")


ALLNAMES = set()


def counts(cases):
    from collections import Counter
    pc, kc = Counter(), Counter()
    nutt = ordinary = 0
    for c in cases:
        nutt += len(c["utterances"])
        for p in c["pii"]:
            pc[p["type"]] += 1
        for k in c["keep"]:
            kc[k["kind"]] += 1
        used = {p["utterance"] for p in c["pii"]} | {k["utterance"] for k in c["keep"]}
        ordinary += len(c["utterances"]) - len(used)
    return nutt, ordinary, pc, kc


MIN_PII = {"NAME": 80, "ACCOUNT_NUMBER": 55, "CARD_NUMBER": 40, "CVV": 20, "EXPIRY": 20, "SSN": 15,
           "PHONE": 25, "EMAIL": 20, "DOB": 20, "ADDRESS": 20, "POSTCODE": 20}


def main():
    cases = build()
    seen = {}
    for c in cases:
        for u in c["utterances"]:
            if len(u["text"].split()) >= 4:
                if u["text"] in seen:
                    fail(f"{c['case_id']} repeats an utterance of {seen[u['text']]}: {u['text']}")
                seen[u["text"]] = c["case_id"]
    nutt, ordinary, pc, kc = counts(cases)
    styles = [c["style"] for c in cases]
    print(f"cases {len(cases)} (transcript {styles.count('transcript')}, asr {styles.count('asr')}), "
          f"utterances {nutt}, ordinary {ordinary}")
    print("pii:", dict(sorted(pc.items())))
    print("keep:", dict(sorted(kc.items())), "total", sum(kc.values()))
    if "--draft" not in sys.argv:
        short = [t for t, n in MIN_PII.items() if pc[t] < n]
        if len(cases) < 80 or nutt < 420 or ordinary < 100 or sum(kc.values()) < 180 or short \
                or any(kc[k] == 0 for k in KINDS.values()):
            fail(f"minimums not met: {short}")
    if "--check" in sys.argv or "--draft" in sys.argv:
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
