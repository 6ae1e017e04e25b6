#!/usr/bin/env python3
"""Write data/redaction/dev13.jsonl: written as a ninth held-out set (test9.jsonl), measured once
(issue 14, the figures are in the README), then made a development set.

Written from data/redaction/README.md only (format and span conventions), without reading
the redactor, the other sets or their generators. The conversations are hand-written below
with inline markup; every number comes from ``random.Random(SEED)`` and every offset is
computed from the clean text.

Markup:
  [[TYPE:text]]        a pii span in a group of its own
  [[TYPE#x:text]]      a pii span in group x (pieces of one value share x)
  [[TYPE#x~:text]]     as above, a piece the speaker then corrects (left out of the Luhn check)
  ((kind:text))        a keep (look-alike) span

TYPE: CARD CVV EXP SSN PHONE EMAIL DOB ADDR PC ACCT NAME.

Labelling choices where the README conventions are silent:
  - a UK National Insurance number is SSN;
  - a wrong account/card piece that the caller corrects is labelled (card pieces stay in the
    card's group, a wrong account number is a group of its own);
  - a spelled surname (letters or NATO words) is its own NAME span and group; in ASR first name
    and surname said together are two spans, in transcripts one span;
  - the town said straight after the street is inside the ADDRESS span;
  - a vehicle registration, a penalty charge notice number, a council tax reference, a
    microchip number and a tracking/consignment reference are ACCOUNT_NUMBER; a 16-digit
    courier number that fails Luhn is an `other` look-alike;
  - name-like ordinary words ("rose gold", "will") are `other` look-alikes where labelled;
    an age, a room, a gate, a seat, a locker, a pitch number, a reading are `other`;
  - weekday names used as dates are sometimes labelled `date`, not everywhere.

Usage:
  python data/redaction/make_dev13.py          # writes dev13.jsonl, prints the counts
  python data/redaction/make_dev13.py --check  # builds and validates only
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 60318447
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev13.jsonl")

TYPES = {"CARD": "CARD_NUMBER", "CVV": "CVV", "EXP": "EXPIRY", "SSN": "SSN", "PHONE": "PHONE",
         "EMAIL": "EMAIL", "DOB": "DOB", "ADDR": "ADDRESS", "PC": "POSTCODE",
         "ACCT": "ACCOUNT_NUMBER", "NAME": "NAME"}
KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
         "percentage", "model_number", "count", "other"]
MIN_PII = {"NAME": 80, "ACCOUNT_NUMBER": 55, "CARD_NUMBER": 40, "CVV": 20, "EXPIRY": 20,
           "SSN": 15, "PHONE": 25, "EMAIL": 20, "DOB": 20, "ADDRESS": 20, "POSTCODE": 20}
MIN_CASES, MIN_UTT, MIN_KEEP, MIN_ORD = 80, 420, 180, 100

# ---------------------------------------------------------------- number generators
ONES = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
         "nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = ("january february march april may june july august september october november "
          "december").split()
ORD = ("_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
       "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
       "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
       "twenty-seventh twenty-eighth").split()
SUF = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_fix(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card(kind="visa"):
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = str(R.randint(51, 55)) + digits(13)
    elif kind == "mc2":
        body = str(R.randint(2221, 2720)) + digits(11)
    elif kind == "amex":
        return luhn_fix(R.choice(["34", "37"]) + digits(12))
    else:
        body = "6011" + digits(11)
    return luhn_fix(body)


def not_luhn(n):
    while True:
        d = str(R.randint(1, 9)) + digits(n - 1)
        if not luhn_ok(d):
            return d


def cvv(n=3):
    return str(R.randint(1, 9)) + digits(n - 1)


def expiry():
    return R.randint(1, 12), R.randint(2027, 2032)


def dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2005)


def ssn():
    area = R.randint(1, 665)
    while area == 666:
        area = R.randint(1, 665)
    return "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def nino():
    return (R.choice(["JT", "NR", "PE", "SK", "WL", "AB", "CE", "HR", "KM", "ZR"]) +
            digits(6) + R.choice("ABCD"))


def mob_uk():
    return "07700 900" + "%03d" % R.randint(0, 999)


def land_uk():
    return R.choice(["0161 496 0", "0113 496 0", "0117 496 0", "020 7946 0"]) + \
        "%03d" % R.randint(0, 999)


def phone_us():
    return "%03d-555-01%02d" % (R.choice([312, 503, 614, 704, 919, 480]), R.randint(0, 99))


OUTWARD = ["LS6", "M14", "BS7", "CF24", "NE2", "G12", "EH7", "B29", "SW9", "N16", "L17", "NG7",
           "S11", "YO10", "BN2", "OX4", "CB1", "PL4", "EX4", "LE2", "SE15", "E17", "HU5",
           "DE22", "CV1", "BH8", "GU1", "ST4", "WA1", "DH1"]


def pc_uk():
    return R.choice(OUTWARD) + " " + str(R.randint(1, 9)) + \
        "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))


def zipc():
    return "%05d" % R.randint(10000, 99899)


# ---------------------------------------------------------------- renderers
def w0():
    return R.choice(["oh", "oh", "zero"])


def sd(d, dbl=True):
    """Spoken digits: 'four one oh double five'."""
    d = re.sub(r"\D", "", d)
    out, i = [], 0
    while i < len(d):
        ch = d[i]
        word = w0() if ch == "0" else ONES[int(ch)]
        if dbl and i + 1 < len(d) and d[i + 1] == ch and R.random() < 0.5:
            if i + 2 < len(d) and d[i + 2] == ch and R.random() < 0.4:
                out.append("triple " + word)
                i += 3
                continue
            out.append("double " + word)
            i += 2
            continue
        out.append(word)
        i += 1
    return " ".join(out)


def nw(n):
    """0..99 in words."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def pair(p):
    if p == "00":
        return "double oh"
    if p[0] == "0":
        return "oh " + ONES[int(p[1])]
    return nw(int(p))


def pairs(d):
    """'4111' -> 'forty one eleven'; an odd tail digit is said alone."""
    d = re.sub(r"\D", "", d)
    out = [pair(d[i:i + 2]) for i in range(0, len(d) - 1, 2)]
    if len(d) % 2:
        out.append(sd(d[-1]))
    return " ".join(out)


def grp(d, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    assert i == len(d), (d, sizes)
    return sep.join(out)


def yw(y):
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + nw(y - 2000))
    hi, lo = divmod(y, 100)
    return nw(hi) + " " + ("hundred" if lo == 0 else ("oh " + ONES[lo] if lo < 10 else nw(lo)))


def nth(d):
    return "%d%s" % (d, SUF.get(d, "th"))


def MON(m):
    return MONTHS[m - 1].capitalize()


def spell(word, nato=False):
    if not nato:
        return " ".join(word.lower())
    NATO = dict(a="alpha", b="bravo", c="charlie", d="delta", e="echo", f="foxtrot", g="golf",
                h="hotel", i="india", j="juliet", k="kilo", l="lima", m="mike", n="november",
                o="oscar", p="papa", q="quebec", r="romeo", s="sierra", t="tango", u="uniform",
                v="victor", w="whiskey", x="x-ray", y="yankee", z="zulu")
    return " ".join("%s for %s" % (c, NATO[c]) for c in word.lower())


def pc_said(pc):
    out = []
    for ch in pc.replace(" ", ""):
        out.append(ONES[int(ch)] if ch.isdigit() else ch.lower())
    return " ".join(out)


def alnum_said(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(w0() if ch == "0" else ONES[int(ch)])
        elif ch.isalpha():
            out.append(ch.lower())
    return " ".join(out)


# ---------------------------------------------------------------- cases
CASES = []


def case(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


# --- retail and e-commerce returns -------------------------------------------------------
@case("transcript")
def c_threadbare():
    o = "TB" + digits(7)
    c = card("visa")
    return [
        ("a", "Thanks for calling Threadbare Outfitters returns, you're through to [[NAME:Ines]]."),
        ("c", "Hi Ines. I sent back ((quantity:two)) coats on ((date:Tuesday)) and the refund still hasn't shown up."),
        ("a", "Sorry about that. Can I take the order number?"),
        ("c", f"It's [[ACCT:{o}]]. Oh, and it's under my partner's name, [[NAME:Kwabena Asante]]."),
        ("a", f"Thank you. So that's [[ACCT:{o[:2]}-{o[2:]}]], ((quantity:two)) wool coats at ((price:£89.00)) each."),
        ("c", "That's right."),
        ("a", f"The refund went to the card ending [[CARD:{c[-4:]}]] on the ((date:14th)). Banks can take ((duration:three to five working days))."),
        ("c", "Okay, I'll give it till the weekend then."),
    ]


@case("asr")
def c_lumen_return():
    o = digits(9)
    return [
        ("a", "lumen and loft customer care my name's [[NAME:tobias]] how can i help"),
        ("c", "hiya tobias um i've got a lamp that arrived smashed"),
        ("a", "oh no sorry to hear that have you got the order reference"),
        ("c", f"yeah it's [[ACCT#a:{sd(o[:4])}]] um hang on the screen's gone dark [[ACCT#a:{sd(o[4:])}]]"),
        ("a", f"lovely so [[ACCT:{sd(o)}]]"),
        ("c", "yes that's the one"),
        ("a", "and it's the ((model_number:arc three hundred)) floor lamp in brass"),
        ("c", "that's it the box was all crushed on one corner"),
        ("a", "i'll send a courier to collect it and a replacement goes out today"),
    ]


@case("transcript")
def c_parcel_tracking():
    t = not_luhn(16)
    ref = "RMA-" + digits(6)
    return [
        ("a", "Brightwell Home returns desk, Priyanka speaking.".replace("Priyanka", "[[NAME:Priyanka]]")),
        ("c", f"Hi, I've got a tracking number from the courier but it says not found. It's (({'other'}:{grp(t, [4, 4, 4, 4])}))."),
        ("a", "That's the courier's own number, we can't search on that one. Do you have the return authorisation?"),
        ("c", f"Yes, [[ACCT:{ref}]]."),
        ("a", "Got it. It was dropped at the locker on ((date:June 3rd)) at ((time:4:12 pm)), so it's in transit."),
        ("c", "Right. How long usually?"),
        ("a", "Normally ((duration:48 hours)) to reach the warehouse."),
    ]


@case("asr")
def c_shoe_exchange():
    o = "w" + digits(8)
    return [
        ("c", "hi i want to swap some trainers for a bigger size"),
        ("a", "no problem who am i speaking with"),
        ("c", f"it's [[NAME:siobhan]] [[NAME:mcgarrigle]] that's [[NAME:{spell('mcgarrigle')}]]"),
        ("a", "thanks siobhan and the order number".replace("siobhan", "[[NAME:siobhan]]")),
        ("c", f"[[ACCT:{alnum_said(o)}]]"),
        ("a", "okay so the ((model_number:strider nine)) in a size ((other:six)) you want a ((other:seven))"),
        ("c", "yeah a seven and a half if you've got it actually".replace("a seven and a half", "a ((other:seven and a half))")),
        ("a", "we've got ((count:three)) left in seven and a half i'll reserve one"),
        ("c", "brilliant thanks"),
    ]


@case("transcript")
def c_marketplace_refund_card():
    c = card("mc")
    m, y = expiry()
    v = cvv()
    return [
        ("a", "Harbourline Marketplace, this is [[NAME:Dmitri]]. Can I take your name?"),
        ("c", "It's [[NAME:Fenella Ashdown-Ruiz]]."),
        ("a", "Thanks, Ms [[NAME:Ashdown-Ruiz]]. The original card has been cancelled, so I'll need a new one for the refund."),
        ("c", f"Okay. It's [[CARD#a:{c[:4]} {c[4:8]}]]... sorry, my glasses... [[CARD#a:{c[8:12]} {c[12:]}]]."),
        ("a", "And the expiry?"),
        ("c", f"[[EXP:{m:02d}/{y % 100:02d}]], and the code on the back is [[CVV:{v}]]."),
        ("a", f"Thank you. Refund of ((price:£112.40)) will go back to [[CARD:{grp(c, [4, 4, 4, 4])}]]."),
        ("c", "Perfect."),
    ]


@case("asr")
def c_furniture_delivery():
    pc = pc_uk()
    hn = R.randint(11, 98)
    return [
        ("a", "hello you're through to oakden furniture deliveries i'm [[NAME:lowri]]"),
        ("c", "hi lowri i'm ringing about a sofa that didn't turn up".replace("lowri", "[[NAME:lowri]]")),
        ("a", "sorry about that can i check the postcode"),
        ("c", f"it's [[PC:{pc_said(pc)}]]"),
        ("a", "and the first line of the address"),
        ("c", f"[[ADDR:{nw(hn)} chandler's wharf]] the blue door"),
        ("a", "okay i can see the ((model_number:harlow three seater)) booked for ((date:saturday)) between ((time:eight)) and ((time:twelve))"),
        ("c", "nobody told me it got moved"),
        ("a", "i'm really sorry the text should have gone out i'll add a note"),
    ]


@case("transcript")
def c_click_collect():
    o = digits(10)
    ph = mob_uk()
    return [
        ("c", f"Hello, my click and collect order says ready but the store says it isn't. Order [[ACCT:{o}]]."),
        ("a", "Let me have a look. Can I confirm the mobile on the order?"),
        ("c", f"[[PHONE:{ph}]]."),
        ("a", "Thanks. I can see ((quantity:3)) items, but only ((count:2)) were scanned in at the Fairgate store."),
        ("c", "So what's missing?"),
        ("a", "The ((model_number:KX-220)) kettle. It's due on the next van at ((time:10:30)) tomorrow."),
        ("c", "Fine, I'll pick it all up then."),
    ]


@case("asr")
def c_rose_gold_return():
    o = digits(8)
    c = card("visa")
    return [
        ("a", "thanks for holding it's [[NAME:mark]] at nettle and nook"),
        ("c", "hi mark i ordered a watch in ((other:rose)) gold and got silver".replace("hi mark", "hi [[NAME:mark]]")),
        ("a", "oh dear what's the order number please"),
        ("c", f"[[ACCT:{pairs(o)}]]"),
        ("a", "thank you and the name on the order"),
        ("c", "[[NAME:rose]] [[NAME:okonkwo]] funnily enough"),
        ("a", f"ha okay [[NAME:rose]] and did you pay with the card ending [[CARD:{sd(c[-4:])}]]"),
        ("c", "yes that's mine"),
        ("a", "i'll send the right one out and a returns label for the silver one"),
    ]


@case("transcript")
def c_ecommerce_email_change():
    e1 = "hamza.qureshi" + str(R.randint(10, 99)) + "@fastmail.com"
    e2 = "h.qureshi@protonmail.com"
    return [
        ("a", "Quillfeather Books, [[NAME:Annika]] speaking."),
        ("c", "Hi, I'm locked out of my account. The email on it is an old one."),
        ("a", "What's the email on the account?"),
        ("c", f"[[EMAIL:{e1}]]. I want to change it to [[EMAIL:{e2}]]."),
        ("a", f"Okay, and your name?"),
        ("c", "[[NAME:Hamza Qureshi]]."),
        ("a", f"Thanks, Mr [[NAME:Qureshi]]. I've sent a code to [[EMAIL:{e2}]]. It lasts ((duration:15 minutes))."),
        ("c", "Got it, thanks."),
    ]


@case("asr")
def c_flustered_card_return():
    c = card("mc")
    m, y = expiry()
    v = cvv()
    return [
        ("a", "okay so for the exchange fee i'll just need a card"),
        ("c", f"right okay it's [[CARD#a:{pairs(c[:4])}]] um [[CARD#a~:{sd(c[4:8][:2] + str((int(c[6]) + 3) % 10))}]] no wait sorry let me start that bit again [[CARD#a:{sd(c[4:8])}]]"),
        ("a", "no rush"),
        ("c", f"[[CARD#a:{sd(c[8:12])}]] um [[CARD#a:{sd(c[12:])}]]"),
        ("a", "and when does it expire"),
        ("c", f"[[EXP:{sd('%02d' % m)} {nw(y % 100)}]]"),
        ("a", "and the three digits on the back"),
        ("c", f"[[CVV:{sd(v)}]]"),
        ("a", "lovely that's gone through it's ((price:four ninety five)) for the exchange"),
    ]
# --- subscriptions and streaming ---------------------------------------------------------
@case("transcript")
def c_stream_double_charge():
    c = card("visa")
    e = "lucia.ferreira.m@gmail.com"
    return [
        ("a", "Welcome to Reelhouse support, my name is [[NAME:Garrett]]."),
        ("c", "Hi Garrett, I've been charged twice this month.".replace("Garrett", "[[NAME:Garrett]]")),
        ("a", "I'm sorry to hear that. What's the email on the account?"),
        ("c", f"[[EMAIL:{e}]]"),
        ("a", "Thanks. I can see ((count:two)) charges of ((price:$15.49)) on ((date:March 2)). Which card were they on?"),
        ("c", f"The one ending in [[CARD:{c[-4:]}]]."),
        ("a", "I'll refund the duplicate. It'll show in ((duration:5 to 7 business days))."),
        ("c", "Thank you."),
    ]


@case("asr")
def c_stream_cancel():
    e = "jun ho dot park at outlook dot com"
    return [
        ("a", "hi there you're speaking with [[NAME:maribel]] at skyla streaming"),
        ("c", "hi i just want to cancel"),
        ("a", "sure can i grab the email address on the account"),
        ("c", f"[[EMAIL:{e}]]"),
        ("a", f"so that's [[EMAIL:{e}]]"),
        ("c", "yep"),
        ("a", "and can i ask why you're leaving today"),
        ("c", "honestly it went up to ((price:twelve ninety nine)) and we never watch it"),
        ("a", "i can offer ((percentage:fifty percent)) off for ((duration:three months)) if that helps"),
        ("c", "no thanks just cancel it please"),
    ]


@case("transcript")
def c_magazine_sub():
    acc = "SUB" + digits(6)
    hn = R.randint(2, 140)
    pc = pc_uk()
    return [
        ("a", "Inkwell Subscriptions, [[NAME:Callum]] speaking, how can I help?"),
        ("c", "I've moved house and my magazine's still going to the old place."),
        ("a", "Not a problem. Subscriber number?"),
        ("c", f"[[ACCT:{acc}]]."),
        ("a", "And the new address?"),
        ("c", f"[[ADDR:{hn} Orchard Rise, Kingsbridge]], [[PC:{pc}]]."),
        ("a", f"Thanks. Updated from issue ((other:214)) onwards, which ships on the ((date:1st))."),
        ("c", "Brilliant."),
    ]


@case("asr")
def c_music_family_plan():
    ph = mob_uk()
    return [
        ("a", "tunebox help desk this is [[NAME:efua]]"),
        ("c", "hi efua so my daughter [[NAME:keziah]] can't join the family plan".replace("hi efua", "hi [[NAME:efua]]")),
        ("a", "how many people are on it at the moment"),
        ("c", "((count:six)) i think"),
        ("a", "yeah six is the maximum so she'd need someone removed"),
        ("c", "oh right can you text me the steps"),
        ("a", "of course what's the best mobile"),
        ("c", f"[[PHONE:{sd(ph)}]]"),
        ("a", "done you should get it in ((duration:a minute or two))"),
    ]


@case("transcript")
def c_meal_kit():
    c = card("amex")
    m, y = expiry()
    v = cvv(4)
    return [
        ("a", "Forkful Kitchen, it's [[NAME:Anneliese]]."),
        ("c", "Hi, I want to update the card on my meal kit subscription."),
        ("a", "Sure, go ahead when you're ready."),
        ("c", f"[[CARD#a:{c[:4]}]]..."),
        ("a", "Mm-hmm."),
        ("c", f"[[CARD#a:{c[4:10]}]]..."),
        ("a", "Yep."),
        ("c", f"[[CARD#a:{c[10:]}]]. Expires [[EXP:{MON(m)} {y}]], and the four-digit code is [[CVV:{v}]]."),
        ("a", "Thanks. Your next box of ((quantity:4 meals)) ships ((date:Thursday)) and costs ((price:£47.96))."),
    ]


@case("asr")
def c_software_licence():
    k = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + digits(5)
    return [
        ("c", "hello yeah i paid for the annual plan but it still says trial"),
        ("a", "sorry about that can i take your name"),
        ("c", "[[NAME:ngozi]] [[NAME:adeyemi]]"),
        ("a", "thanks ngozi and do you have the licence number from the receipt".replace("ngozi", "[[NAME:ngozi]]")),
        ("c", f"uh it's [[ACCT:{alnum_said(k)}]]"),
        ("a", "okay it's on version ((model_number:four point two)) you need to update to activate it"),
        ("c", "oh is that all"),
        ("a", "that's all it'll take about ((duration:ten minutes))"),
    ]


# --- gyms and clubs ----------------------------------------------------------------------
@case("transcript")
def c_gym_freeze():
    mem = digits(8)
    d, m, y = dob()
    return [
        ("a", "Ironmark Gyms membership team, [[NAME:Seun]] speaking."),
        ("c", "Hi Seun, I want to freeze my membership, I've broken my ankle.".replace("Hi Seun", "Hi [[NAME:Seun]]")),
        ("a", "Oh no. Can I take your membership number?"),
        ("c", f"It's [[ACCT:{mem}]]."),
        ("a", "And your date of birth for security?"),
        ("c", f"[[DOB:{d:02d}/{m:02d}/{y}]]."),
        ("a", "Thanks. A freeze is ((price:£5)) a month for up to ((duration:3 months))."),
        ("c", "That's fine, the physio said about ((duration:eight weeks))."),
        ("a", "I'll start it from the ((date:1st of next month))."),
    ]


@case("asr")
def c_gym_cancel_flustered():
    mem = digits(7)
    d, m, y = dob()
    return [
        ("a", "hi you've reached pulse and pace fitness i'm [[NAME:dominik]]"),
        ("c", "hi dominik i need to cancel my membership".replace("hi dominik", "hi [[NAME:dominik]]")),
        ("a", "okay what's the membership number"),
        ("c", f"[[ACCT:{sd(mem[:3] + str((int(mem[3]) + 1) % 10) + mem[4:])}]] no hang on that's my old one it's [[ACCT:{sd(mem)}]]"),
        ("a", "no worries and the date of birth"),
        ("c", f"[[DOB:{ORD[d]} of {MONTHS[m - 1]} {yw(y)}]]"),
        ("a", "thank you there's a ((duration:thirty day)) notice period so the last payment is the ((date:twenty eighth))"),
        ("c", "okay that's fair"),
    ]


@case("transcript")
def c_tennis_club():
    e = "b.oyelaran@clubmail.co.uk"
    return [
        ("a", "Westmere Tennis Club, it's [[NAME:Georgina]] on reception."),
        ("c", "Hello, it's [[NAME:Babatunde Oyelaran]]. Could I book court ((other:4)) for Saturday?"),
        ("a", "For what time?"),
        ("c", "((time:9 am)), for ((duration:an hour))."),
        ("a", "That's fine. It's ((price:£14)) for members. Shall I send the confirmation to [[EMAIL:" + e + "]]?"),
        ("c", "Yes please."),
    ]


@case("asr")
def c_climbing_wall():
    ph = mob_uk()
    return [
        ("c", "hi i'm calling for my son he's booked on the kids climbing course"),
        ("a", "lovely what's his name"),
        ("c", "[[NAME:oisin]] [[NAME:brennan]] he's ((other:nine))"),
        ("a", "and you are"),
        ("c", "i'm his dad [[NAME:padraig]]"),
        ("a", "thanks padraig can i check the contact number".replace("thanks padraig", "thanks [[NAME:padraig]]")),
        ("c", f"[[PHONE:{sd(ph[:5])} {sd(ph[6:])}]]"),
        ("a", "great the course is ((count:six)) sessions starting at ((time:half four)) on ((date:wednesday))"),
    ]


@case("transcript")
def c_swim_club_card():
    c = card("mc2")
    m, y = expiry()
    v = cvv()
    return [
        ("a", "Sandford Swim Club, Eleanor speaking.".replace("Eleanor", "[[NAME:Eleanor]]")),
        ("c", "Hi, I'd like to pay the term fees for my twins."),
        ("a", "That's ((price:£186)) for the ((count:two)) of them. Card number when you're ready."),
        ("c", f"[[CARD:{grp(c, [4, 4, 4, 4], '-')}]]"),
        ("a", "Expiry date and security code?"),
        ("c", f"[[EXP:{m:02d}/{y}]], [[CVV:{v}]]."),
        ("a", f"Thanks. Just reading that back: [[CARD:{grp(c, [4, 4, 4, 4])}]], expiring [[EXP:{m:02d}/{y % 100:02d}]]."),
        ("c", "Yes, that's it."),
    ]
# --- vets and pet insurance --------------------------------------------------------------
@case("transcript")
def c_pet_claim():
    pol = "PPC-" + digits(7)
    return [
        ("a", "Pawprint Pet Cover claims, [[NAME:Rashida]] speaking."),
        ("c", "Hi, I'm calling about a claim for my dog. He had surgery on his knee."),
        ("a", "Sorry to hear that. Policy number, please?"),
        ("c", f"[[ACCT:{pol}]]."),
        ("a", "And the policyholder's name?"),
        ("c", "[[NAME:Thandiwe Mokoena-Clarke]]."),
        ("a", "Thanks. The vet's invoice is ((price:£2,340)) and your excess is ((price:£120)), with ((percentage:20%)) co-pay as he's over ((other:8))."),
        ("c", "Oh, I didn't know about the co-pay."),
        ("a", "It kicks in at his age, I'm afraid. The claim should settle in ((duration:10 working days))."),
    ]


@case("asr")
def c_vet_appointment():
    ph = mob_uk()
    return [
        ("a", "good morning hollybank vets [[NAME:carys]] speaking"),
        ("c", "hiya i need to book my cat in she's not eating"),
        ("a", "oh poor thing what's the surname on the account"),
        ("c", "[[NAME:wojcik]] [[NAME:w o j c i k]]"),
        ("a", "and is that for biscuit"),
        ("c", "yeah biscuit she's ((other:fourteen)) now"),
        ("a", "i can do ((time:twenty past three)) today with the nurse first then the vet"),
        ("c", "that's fine"),
        ("a", f"can i confirm your number is still [[PHONE:{sd(ph)}]]"),
        ("c", "yes it is"),
    ]


@case("transcript")
def c_microchip():
    chip = "9" + digits(14)
    ph = land_uk()
    return [
        ("a", "PetTrace microchip database, [[NAME:Hugo]] speaking."),
        ("c", "Hello. I've adopted a rescue dog and need to change the keeper details."),
        ("a", "Of course. What's the chip number?"),
        ("c", f"[[ACCT:{chip}]]."),
        ("a", "Thanks. And your name and phone number?"),
        ("c", f"[[NAME:Marguerite Delacroix]], [[PHONE:{ph}]]."),
        ("a", "The transfer is ((price:£16.50)) and the old keeper gets ((duration:7 days)) to object."),
        ("c", "Fine."),
    ]


@case("asr")
def c_pet_insurance_payment():
    c = card("visa")
    m, y = expiry()
    v = cvv()
    pol = digits(8)
    return [
        ("a", "okay miss [[NAME:abara]] your policy [[ACCT:" + sd(pol) + "]] has lapsed because the last payment bounced"),
        ("c", "oh god sorry i changed banks can i pay now"),
        ("a", "yes of course go ahead with the long number"),
        ("c", f"[[CARD#a:{pairs(c[:8])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD#a:{pairs(c[8:])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXP:{MONTHS[m - 1]} {yw(y)}]]"),
        ("a", "security code"),
        ("c", f"[[CVV:{sd(v)}]]"),
        ("a", "thank you that's ((price:twenty three forty)) taken and the cover's back on"),
    ]


@case("transcript")
def c_horse_insurance():
    pol = "EQ" + digits(6) + "/" + digits(2)
    d, m, y = dob()
    return [
        ("a", "Paddock & Mane Insurance, this is [[NAME:Fergus]]."),
        ("c", f"Hi, it's about my horse policy, [[ACCT:{pol}]]."),
        ("a", "Thanks. For security, your full name and date of birth?"),
        ("c", f"[[NAME:Ottilie Brancaster]], [[DOB:{nth(d)} {MON(m)} {y}]]."),
        ("a", "Thanks, Ottilie. How can I help?".replace("Ottilie", "[[NAME:Ottilie]]")),
        ("c", "She's ((other:22)) now and the renewal has gone up by ((percentage:35%))."),
        ("a", "Older horses do cost more to cover. I can look at a higher excess of ((price:£250))."),
    ]


@case("asr")
def c_vet_bill_dispute():
    inv = digits(6)
    return [
        ("c", "hi i've got a bill here that doesn't look right"),
        ("a", "okay let's have a look what's the invoice number at the top"),
        ("c", f"invoice um [[ACCT:{sd(inv)}]]"),
        ("a", "and whose name is it under"),
        ("c", "[[NAME:ravi]] [[NAME:chandrasekaran]] it's for our rabbit"),
        ("a", "okay i see ((count:two)) consultations and ((quantity:three)) courses of antibiotics"),
        ("c", "we only came once though"),
        ("a", "you're right the second one's a duplicate i'll take off ((price:forty eight pounds))"),
    ]


# --- mobile phone contracts ----------------------------------------------------------------
@case("transcript")
def c_mobile_upgrade():
    ph = mob_uk()
    d, m, y = dob()
    return [
        ("a", "Kestrel Mobile upgrades, you're speaking to [[NAME:Ayesha]]."),
        ("c", "Hi Ayesha, I'm due an upgrade.".replace("Hi Ayesha", "Hi [[NAME:Ayesha]]")),
        ("a", "Lovely. Which number is it for?"),
        ("c", f"[[PHONE:{ph}]]."),
        ("a", "And can I take your date of birth?"),
        ("c", f"[[DOB:{MON(m)} {d}, {y}]]."),
        ("a", "Thanks. I can do the ((model_number:Nova X12)) with ((quantity:100GB)) for ((price:£32 a month)) over ((duration:24 months))."),
        ("c", "What about the Pro?"),
        ("a", "The ((model_number:X12 Pro)) is ((price:£39 a month)), and there's ((price:£29)) upfront."),
    ]


@case("asr")
def c_mobile_pac():
    ph = mob_uk()
    pac = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + digits(6)
    return [
        ("a", "you're through to tangent mobile my name's [[NAME:jolene]]"),
        ("c", "hi i'm leaving and need my pac code"),
        ("a", "no problem what's the mobile number"),
        ("c", f"[[PHONE#a:{sd(ph[:5])}]] sorry [[PHONE#a:{sd(ph[6:])}]]"),
        ("a", "and the account holder's name"),
        ("c", "[[NAME:teodora]] [[NAME:vasilescu]]"),
        ("a", f"thanks teodora your pac is [[ACCT:{alnum_said(pac)}]] it's valid for ((duration:thirty days))".replace("thanks teodora", "thanks [[NAME:teodora]]")),
        ("c", "and will i pay anything to leave"),
        ("a", "you've got ((count:four)) months left at ((price:eighteen pounds)) so that'd be due"),
    ]


@case("transcript")
def c_mobile_roaming():
    acc = digits(9)
    return [
        ("c", "Hello, I've got a bill for ((price:£214)) in roaming and I was only in Spain for ((duration:a week))."),
        ("a", "I'm sorry about that. Can I take the account number and your name?"),
        ("c", f"[[ACCT:{grp(acc, [3, 3, 3], '-')}]], and it's [[NAME:Lorcan Fitzpatrick]]."),
        ("a", "Thanks, Mr [[NAME:Fitzpatrick]]. It looks like the phone connected to a ship network on ((date:the 9th)).".replace("((date:the 9th))", "the ((date:9th))")),
        ("c", "A ship? I was on a ferry for ((duration:two hours))!"),
        ("a", "That'll be it. Those aren't covered by the EU allowance, but I can credit ((percentage:50%)) as a goodwill gesture."),
        ("c", "I suppose that's something."),
    ]


@case("asr")
def c_mobile_lost_phone():
    ph = mob_uk()
    d, m, y = dob()
    imei = not_luhn(15)
    return [
        ("a", "hi this is [[NAME:benedikt]] at tangent mobile"),
        ("c", "hi my phone got nicked last night on the bus"),
        ("a", "oh i'm sorry let's get it blocked which number is it"),
        ("c", f"it's [[PHONE:{sd(ph)}]]"),
        ("a", "and your date of birth"),
        ("c", f"[[DOB:{sd('%02d' % d)} {sd('%02d' % m)} {nw(y % 100) if y % 100 >= 10 else 'oh ' + ONES[y % 10]}]]"),
        ("a", "thanks i've barred the sim do you have the imei"),
        ("c", f"i think it's on the box hang on (({'other'}:{sd(imei)}))"),
        ("a", "great that's blocked too a new sim will be with you by ((date:friday))"),
    ]


@case("transcript")
def c_mobile_contract_card():
    c = card("mc")
    m, y = expiry()
    v = cvv()
    return [
        ("a", "To settle the ((price:£76.20)) arrears I'll need a card, please."),
        ("c", f"Okay, it's [[CARD#a:{c[:4]} {c[4:8]}]], um, [[CARD#a~:{c[8:10]}{(int(c[10:12]) + 17) % 90 + 10}]]... no sorry, that last bit was [[CARD#a:{c[8:12]}]], then [[CARD#a:{c[12:]}]]."),
        ("a", f"So [[CARD:{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}]]?"),
        ("c", "Yes."),
        ("a", "Expiry and the three numbers on the back?"),
        ("c", f"[[EXP:{m:02d}/{y % 100:02d}]], and [[CVV:{v}]]."),
        ("a", "Thanks, that's gone through. Your line will be back on within ((duration:2 hours))."),
    ]
# --- council tax and parking fines -----------------------------------------------------------
@case("transcript")
def c_council_tax_single():
    ref = digits(8)
    ni = nino()
    hn = R.randint(3, 77)
    return [
        ("a", "Brackenfield Borough Council, council tax. My name's [[NAME:Imogen]]."),
        ("c", "Hi, I'd like to apply for the single person discount. My husband passed away in ((date:January))."),
        ("a", "I'm so sorry. Can I take the council tax reference?"),
        ("c", f"[[ACCT:{ref}]]."),
        ("a", "And the property address?"),
        ("c", f"[[ADDR:{hn} Tanner's Lane, Brackenfield]]."),
        ("a", "And your National Insurance number, please?"),
        ("c", f"[[SSN:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]]."),
        ("a", "Thank you. That's ((percentage:25%)) off, backdated to the date of death. The property is band ((other:C))."),
        ("c", "Thank you, that helps."),
    ]


@case("asr")
def c_parking_pcn():
    pcn = "bk" + digits(8)
    reg = "".join(R.choice("ABCDEFGHJKLMNOPRSTUVWXY") for _ in range(2)) + digits(2) + \
        "".join(R.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
    return [
        ("a", "parking services [[NAME:kwame]] speaking"),
        ("c", "hi i've got a parking ticket and i want to appeal it"),
        ("a", "okay what's the penalty charge notice number"),
        ("c", f"[[ACCT:{alnum_said(pcn)}]]"),
        ("a", "and the vehicle registration"),
        ("c", f"[[ACCT:{alnum_said(reg)}]]"),
        ("a", "okay this was issued on ((date:the fourth)) at ((time:ten past two)) on pellham road bay ((other:twelve))".replace("((date:the fourth))", "the ((date:fourth))")),
        ("c", "the sign said ((duration:two hours)) free and i was there ((duration:an hour and a half))"),
        ("a", "if you pay within ((duration:fourteen days)) it's ((price:thirty five pounds)) otherwise ((price:seventy))"),
        ("c", "i'll appeal i've got the car park receipt"),
    ]


@case("transcript")
def c_council_tax_arrears_card():
    ref = digits(9)
    c = card("visa")
    m, y = expiry()
    v = cvv()
    return [
        ("c", f"I've had a reminder letter. Reference [[ACCT:{ref}]]."),
        ("a", "Thanks. There's ((price:£318.50)) outstanding for ((year:2024))-((year:25)). Would you like to pay today?".replace("((year:2024))-((year:25))", "((year:2024-25))")),
        ("c", "Yes, by card."),
        ("a", "Go ahead."),
        ("c", f"[[CARD:{c}]]"),
        ("a", f"And that's [[CARD:{grp(c, [4, 4, 4, 4])}]]? Expiry date?"),
        ("c", f"Expires [[EXP:{m}/{y % 100:02d}]]."),
        ("a", "And the security code?"),
        ("c", f"[[CVV:{v}]]."),
        ("a", "Thanks, paid. The summons costs of ((price:£85)) won't be added now."),
    ]


@case("asr")
def c_council_tax_moving_out():
    ref = digits(8)
    pc = pc_uk()
    hn = R.randint(20, 199)
    return [
        ("a", "council tax team this is [[NAME:shona]]"),
        ("c", "hi there i'm moving out of my flat on the ((date:twenty ninth)) and need to close my account"),
        ("a", "okay what's the account reference"),
        ("c", f"[[ACCT:{sd(ref[:4])} {sd(ref[4:])}]]"),
        ("a", "and the forwarding address"),
        ("c", f"[[ADDR:flat {nw(R.randint(2, 9))} {sd(str(hn))} gresley court]] um [[PC:{pc_said(pc)}]]"),
        ("a", "great i'll send a final bill there within ((duration:a fortnight))"),
        ("c", "thanks"),
    ]


@case("transcript")
def c_resident_permit():
    reg = "".join(R.choice("ABCDEFGHJKLMNOPRSTUVWXY") for _ in range(2)) + digits(2) + " " + \
        "".join(R.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
    e = "y.haddad@inboxmail.net"
    return [
        ("a", "Resident parking permits, [[NAME:Tomasz]] speaking."),
        ("c", "Hello, it's [[NAME:Yara Haddad]]. I've changed car and need the permit moved over."),
        ("a", "What's the new registration?"),
        ("c", f"[[ACCT:{reg}]]."),
        ("a", "There's a ((price:£12)) admin fee. I'll email the new permit to [[EMAIL:" + e + "]]; it's valid from ((time:midnight))."),
        ("c", "Great. And the old one just stops working?"),
        ("a", "Yes, automatically."),
    ]


@case("asr")
def c_bus_lane_fine():
    pcn = digits(10)
    return [
        ("c", "yeah hi i got a letter saying i drove in a bus lane"),
        ("a", "can i have the notice number"),
        ("c", f"it's [[ACCT#a:{sd(pcn[:5])}]] um the rest is smudged [[ACCT#a:{sd(pcn[5:])}]]"),
        ("a", "okay thank you and your surname"),
        ("c", "[[NAME:lindqvist-obi]]"),
        ("a", "that was on ((date:the ninth)) at ((time:eight forty)) in the morning the lane is active until ((time:nine thirty))".replace("((date:the ninth))", "the ((date:ninth))")),
        ("c", "oh right i thought it finished at nine"),
        ("a", "i'm afraid not the fine is ((price:sixty pounds)) reduced to ((price:thirty)) if paid in ((duration:twenty one days))"),
    ]


# --- moving house ----------------------------------------------------------------------------
@case("transcript")
def c_energy_move_in():
    hn = R.randint(2, 60)
    pc = pc_uk()
    mr = digits(5)
    return [
        ("a", "Hello, Verdant Energy, you're speaking with [[NAME:Hamish]]."),
        ("c", "Hi, I've just moved in and I want to set up an account."),
        ("a", "Lovely. What's the address?"),
        ("c", f"[[ADDR:{hn} Bellflower Close, Hexley]], [[PC:{pc}]]."),
        ("a", "And the name for the account?"),
        ("c", "[[NAME:Marisol Etxeberria]]. That's E-T-X-E-B-E-R-R-I-A.".replace("E-T-X-E-B-E-R-R-I-A", "[[NAME:E-T-X-E-B-E-R-R-I-A]]")),
        ("a", "Thanks. Do you have a meter reading from when you moved in?"),
        ("c", f"Yes, ((other:{mr})), taken on ((date:the 2nd)).".replace("((date:the 2nd))", "the ((date:2nd))")),
        ("a", "Perfect. You'll be on our standard tariff at ((price:24.5p)) per kilowatt hour until you choose another."),
    ]


@case("asr")
def c_broadband_move():
    acc = digits(10)
    pc = pc_uk()
    hn = R.randint(100, 999)
    return [
        ("a", "hello fibrewave home moves my name's [[NAME:delphine]]"),
        ("c", "hi delphine we're moving on the ((date:fifteenth)) and want to take the broadband with us".replace("hi delphine", "hi [[NAME:delphine]]")),
        ("a", "great can i have your account number"),
        ("c", f"[[ACCT:{sd(acc)}]]"),
        ("a", "okay and where are you moving to"),
        ("c", f"[[ADDR:{sd(str(hn))} lark hill road wexcombe]] [[PC:{pc_said(pc)}]]"),
        ("a", f"let me read that back [[ADDR:{sd(str(hn))} lark hill road]] [[PC:{pc_said(pc)}]]"),
        ("c", "yep"),
        ("a", "an engineer can come on the ((date:sixteenth)) between ((time:eight)) and ((time:one))"),
    ]


@case("transcript")
def c_removals_quote():
    ph = mob_uk()
    hn1, hn2 = R.randint(2, 90), R.randint(2, 90)
    return [
        ("a", "Shiftwell Removals, [[NAME:Priti]] speaking."),
        ("c", "Hi, I need a quote for a ((other:3))-bedroom house move on ((date:August 22nd))."),
        ("a", "Sure. Where from and to?"),
        ("c", f"From [[ADDR:{hn1} Foxglove Way, Dunmere]] to [[ADDR:{hn2} Quarry Street, Pellbridge]]. About ((quantity:40 miles))."),
        ("a", "For that you'd want our ((model_number:Luton 7.5T)) van and ((count:three)) porters, around ((price:£1,150))."),
        ("c", "Okay. Can you call me back on [[PHONE:" + ph + "]] when you've got a date?"),
        ("a", "Will do, by ((time:5pm)) tomorrow."),
    ]


@case("asr")
def c_water_move_out():
    acc = digits(9)
    return [
        ("c", "hello i'm moving out and the water bill is in my name still"),
        ("a", "okay what's your customer reference"),
        ("c", f"[[ACCT:{pairs(acc[:8])} {sd(acc[8:])}]]"),
        ("a", "thanks and who am i speaking to"),
        ("c", "[[NAME:agnieszka]] [[NAME:kowalczyk]]"),
        ("a", "thanks agnieszka and when do you move".replace("thanks agnieszka", "thanks [[NAME:agnieszka]]")),
        ("c", "on ((date:monday)) the keys go back at ((time:ten)) in the morning"),
        ("a", "fine i'll close it that day and the new tenant [[NAME:mr]] no sorry i can't tell you who that is".replace("[[NAME:mr]] no sorry i can't tell you who that is", "will set up their own account")),
        ("c", "that's fine"),
    ]


@case("transcript")
def c_redirect_mail():
    hn = R.randint(2, 99)
    pc = pc_uk()
    c = card("visa")
    return [
        ("a", "Royal Redirect service, this is [[NAME:Oluwaseun]]."),
        ("c", "Hi, I need mail redirected for ((duration:six months)) from my old address."),
        ("a", "Of course. What's the old address?"),
        ("c", f"[[ADDR:Flat {R.randint(1, 12)}, {hn} Regency Parade]], [[PC:{pc}]]."),
        ("a", f"It's ((price:£44.99)). I can take the card on file ending [[CARD:{c[-4:]}]]?"),
        ("c", "Yes, please."),
        ("a", "It'll start in ((duration:5 working days))."),
    ]
# --- flustered callers who correct themselves ------------------------------------------------
@case("asr")
def c_flustered_dob_correction():
    d, m, y = dob()
    acc = digits(8)
    return [
        ("a", "for security can i take your date of birth"),
        ("c", f"yes it's the [[DOB:{ORD[d]} of {MONTHS[m % 12]}]] no what am i saying [[DOB:{ORD[d]} of {MONTHS[m - 1]} {yw(y)}]]"),
        ("a", "no problem and the account number"),
        ("c", f"[[ACCT#a:{sd(acc[:4])}]] oh sorry my kettle's screaming [[ACCT#a:{sd(acc[4:])}]]"),
        ("a", "that's fine take your time"),
        ("c", "sorry it's been one of those mornings"),
        ("a", "honestly don't worry about it"),
    ]


@case("transcript")
def c_flustered_email():
    return [
        ("a", "What email should the confirmation go to?"),
        ("c", "It's [[EMAIL:tamsin.price@yahoo.co.uk]]. No, wait, that's my old one. It's [[EMAIL:tamsin.okafor@yahoo.co.uk]], I got married."),
        ("a", "Congratulations! So that's [[EMAIL:tamsin.okafor@yahoo.co.uk]]."),
        ("c", "Yes. Sorry, I'm all over the place today."),
        ("a", "Not at all. And is the surname on the booking [[NAME:Okafor]] as well?"),
        ("c", "No, it's still [[NAME:Price]] on the booking. I haven't changed everything yet."),
        ("a", "That's fine, I'll leave it as it is."),
    ]


@case("asr")
def c_flustered_card_amex():
    c = card("amex")
    m, y = expiry()
    v = cvv(4)
    return [
        ("a", "okay go ahead with the card"),
        ("c", f"it's an amex [[CARD#a:{sd(c[:4])}]] then [[CARD#a:{sd(c[4:10])}]]"),
        ("a", "yep"),
        ("c", f"[[CARD#a~:{sd(c[10:13])}]] no sorry i read that wrong [[CARD#a:{sd(c[10:])}]]"),
        ("a", f"so i've got [[CARD#b:{sd(c[:4])}]] [[CARD#b:{sd(c[4:10])}]] [[CARD#b:{sd(c[10:])}]]".replace("]] [[CARD#b:", "]] then [[CARD#b:")),
        ("c", "yes"),
        ("a", "expiry date"),
        ("c", f"[[EXP:{nw(m)} {nw(y % 100)}]]"),
        ("a", "and the four digit code on the front"),
        ("c", f"[[CVV:{sd(v)}]]"),
    ]


@case("transcript")
def c_flustered_phone():
    ph = mob_uk()
    wrong = ph[:-3] + "%03d" % ((int(ph[-3:]) + 211) % 1000)
    return [
        ("a", "Can I take a contact number in case we get cut off?"),
        ("c", f"It's [[PHONE:{wrong}]]. Oh no, hang on, that's my mum's. Mine's [[PHONE:{ph}]]."),
        ("a", f"No problem. [[PHONE:{ph}]]."),
        ("c", "Yes. Sorry, I've got the kids in the car."),
        ("a", "Don't worry, we'll be quick."),
    ]


# --- banking ---------------------------------------------------------------------------------
@case("transcript")
def c_bank_lost_card():
    sort = "%02d-%02d-%02d" % (R.randint(10, 99), R.randint(10, 99), R.randint(10, 99))
    acc = digits(8)
    d, m, y = dob()
    return [
        ("a", "Cresthaven Bank, card services, [[NAME:Nkechi]] speaking."),
        ("c", "I think I've lost my debit card. I last had it at the market on ((date:Saturday))."),
        ("a", "Let's get it stopped. Sort code and account number?"),
        ("c", f"[[ACCT:{sort}]], [[ACCT:{acc}]]."),
        ("a", "And the date of birth on the account?"),
        ("c", f"[[DOB:{d} {MON(m)} {y}]]."),
        ("a", "Thank you. I can see ((count:two)) payments since ((time:11:40)) this morning. Were those you?"),
        ("c", "No! I was at home."),
        ("a", "I'll block the card and raise a dispute. A new card arrives in ((duration:3 to 5 days))."),
    ]


@case("asr")
def c_bank_fraud_check():
    c = card("visa")
    return [
        ("i", "this is an automated call from cresthaven bank about unusual activity"),
        ("i", f"we've seen a payment of ((price:six hundred and forty nine pounds)) on your card ending [[CARD:{sd(c[-4:])}]] press one if you made this payment"),
        ("a", "hello you've been put through to [[NAME:aurelio]] in the fraud team"),
        ("c", "hi no i didn't make that payment"),
        ("a", "okay can i confirm your full name"),
        ("c", "[[NAME:precious]] [[NAME:ndlovu]]"),
        ("a", "thank you precious i've cancelled the card and the money will be back in ((duration:twenty four hours))".replace("thank you precious", "thank you [[NAME:precious]]")),
    ]


@case("transcript")
def c_bank_payee():
    sort = "%02d %02d %02d" % (R.randint(10, 99), R.randint(10, 99), R.randint(10, 99))
    acc = digits(8)
    return [
        ("c", "Hi, I'm trying to pay my builder but the app says the name doesn't match."),
        ("a", "That's the Confirmation of Payee check. What name did you enter?"),
        ("c", "[[NAME:Dariusz Nowakowski]]. His details are sort code [[ACCT:" + sort + "]], account [[ACCT:" + acc + "]]."),
        ("a", "The account may be in his company name. Do you know it?"),
        ("c", "Something like Nowak Build Ltd, I think."),
        ("a", "Try that. If it's over ((price:£5,000)) we'll hold it for ((duration:24 hours)) anyway."),
        ("c", "It's ((price:£3,200)), so it should be fine."),
    ]


@case("asr")
def c_bank_ssn_us():
    s = ssn()
    ph = phone_us()
    return [
        ("a", "thank you for calling prairie state credit union my name is [[NAME:dwayne]]"),
        ("c", "hi dwayne i need to reset my online banking".replace("hi dwayne", "hi [[NAME:dwayne]]")),
        ("a", "sure can you verify the last four of your social"),
        ("c", f"[[SSN:{sd(s[-4:])}]]"),
        ("a", "and the phone number on the account"),
        ("c", f"[[PHONE:{sd(ph[:3])} {sd(ph[4:7])} {sd(ph[8:])}]]"),
        ("a", "perfect i've sent a code by text it expires in ((duration:ten minutes))"),
        ("c", "got it it's coming through now"),
    ]


@case("transcript")
def c_bank_loan_us():
    s = ssn()
    hn = R.randint(100, 9999)
    z = zipc()
    return [
        ("a", "Thanks for calling Copperline Lending, this is [[NAME:Marisa]]."),
        ("c", "Hi, I'm applying for a car loan and the form keeps rejecting my Social Security number."),
        ("a", "Let me try it for you. What's the number?"),
        ("c", f"[[SSN:{s[:3]}-{s[3:5]}-{s[5:]}]]."),
        ("a", "And your address?"),
        ("c", f"[[ADDR:{hn} Juniper Hollow Drive, Apt 3C]], Raleigh, NC [[PC:{z}]]."),
        ("a", "That's gone through. You're pre-approved at ((percentage:6.9% APR)) over ((duration:60 months))."),
        ("c", "Great, thank you."),
    ]


@case("asr")
def c_bank_sort_code_pieces():
    acc = digits(8)
    sc = digits(6)
    return [
        ("a", "okay what's the account you want the money to go to"),
        ("c", f"sort code [[ACCT:{pairs(sc)}]]"),
        ("a", "mm-hmm"),
        ("c", f"account [[ACCT#a:{sd(acc[:4])}]]"),
        ("a", "yep"),
        ("c", f"[[ACCT#a:{sd(acc[4:])}]] and it's in the name [[NAME:ezinne]] [[NAME:obi]]"),
        ("a", "and how much"),
        ("c", "((price:two hundred and fifty pounds))"),
        ("a", "done that'll arrive within ((duration:two hours))"),
    ]
# --- insurance -----------------------------------------------------------------------------
@case("transcript")
def c_car_insurance_claim():
    pol = "MTR/" + digits(6) + "/" + R.choice("ABCDEFGH")
    reg = "".join(R.choice("ABCDEFGHJKLMNOPRSTUVWXY") for _ in range(2)) + digits(2) + " " + \
        "".join(R.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
    return [
        ("a", "Holloway Direct claims, [[NAME:Bartholomew]] speaking."),
        ("c", f"Hi, someone reversed into me in a car park. Policy [[ACCT:{pol}]]."),
        ("a", "Sorry to hear that. Is anyone hurt?"),
        ("c", "No, just the bumper."),
        ("a", "And your registration?"),
        ("c", f"[[ACCT:{reg}]]. The other driver was a [[NAME:Mr]] ... I think [[NAME:Gallagher]].".replace("[[NAME:Mr]]", "Mr")),
        ("a", "Thanks. Your excess is ((price:£350)) unless we recover it from his insurer."),
        ("c", "It happened at about ((time:quarter to six)) on ((date:Friday))."),
    ]


@case("asr")
def c_home_insurance_leak():
    pol = digits(10)
    d, m, y = dob()
    return [
        ("a", "you're through to the home claims line it's [[NAME:ffion]]"),
        ("c", "hi ffion there's water coming through my kitchen ceiling".replace("hi ffion", "hi [[NAME:ffion]]")),
        ("a", "oh no okay have you turned off the stopcock"),
        ("c", "yes my neighbour [[NAME:gurpreet]] did it for me"),
        ("a", "good can i take your policy number"),
        ("c", f"[[ACCT:{sd(pol[:5])} {sd(pol[5:])}]]"),
        ("a", "and date of birth please"),
        ("c", f"[[DOB:{ORD[d]} {MONTHS[m - 1]} {yw(y)}]]"),
        ("a", "thanks i'm sending an emergency plumber he'll be there within ((duration:three hours))"),
    ]


@case("transcript")
def c_travel_insurance():
    pol = "TRV" + digits(7)
    return [
        ("a", "Wayfarer Travel Insurance, [[NAME:Leonie]] speaking."),
        ("c", f"Hi, my flight ((flight_number:EZY 8143)) was cancelled and I want to claim. Policy [[ACCT:{pol}]]."),
        ("a", "Sorry to hear that. When was it due to leave?"),
        ("c", "((date:12 October)) at ((time:06:45)). We got put on ((flight_number:EZY 8147)) the next day."),
        ("a", "Delays over ((duration:12 hours)) pay ((price:£50)) per ((duration:12 hours)), up to ((price:£300))."),
        ("c", "And the extra hotel night? It was ((price:£138))."),
        ("a", "Claim that from the airline first; we cover what they don't."),
    ]


@case("asr")
def c_life_insurance_beneficiary():
    pol = "l" + digits(8)
    d, m, y = dob()
    return [
        ("a", "evergreen life policy services [[NAME:marcus]] speaking"),
        ("c", "hi i want to add my granddaughter as a beneficiary"),
        ("a", "of course what's the policy number"),
        ("c", f"[[ACCT:{alnum_said(pol)}]]"),
        ("a", "and her full name and date of birth"),
        ("c", f"[[NAME:saoirse]] [[NAME:delaney]] born [[DOB:{sd('%02d' % d)} {sd('%02d' % m)} {yw(y)}]]"),
        ("a", "thank you i'll post a form it needs signing within ((duration:twenty eight days))"),
        ("c", "lovely thank you dear"),
    ]


# --- utilities and telecoms ------------------------------------------------------------------
@case("transcript")
def c_energy_bill_high():
    acc = digits(10)
    return [
        ("a", "Verdant Energy, this is [[NAME:Kalinda]]."),
        ("c", f"My bill's gone up to ((price:£287)) this month. Account [[ACCT:{acc}]]."),
        ("a", "Let me look. It's an estimated reading of ((other:48211)). Do you have an actual one?"),
        ("c", "Yes, ((other:46903)) as of this morning."),
        ("a", "That brings it down to ((price:£164.30)). Usage is up ((percentage:12%)) on last ((date:March))."),
        ("c", "That's the heater in the garage, I bet."),
        ("a", "Could well be."),
    ]


@case("asr")
def c_boiler_engineer():
    pc = pc_uk()
    hn = R.randint(1, 99)
    return [
        ("a", "homeheat cover [[NAME:yusra]] speaking"),
        ("c", "hi my boiler's showing error ((other:f twenty eight)) and there's no hot water"),
        ("a", "can i confirm the postcode"),
        ("c", f"[[PC:{pc_said(pc)}]]"),
        ("a", f"and the house number"),
        ("c", f"[[ADDR:{nw(hn)} brookfield terrace]]"),
        ("a", "i've booked an engineer called [[NAME:wendell]] he'll be there between ((time:one)) and ((time:five))"),
        ("c", "perfect i'm working from home anyway"),
    ]


@case("transcript")
def c_broadband_fault():
    acc = "FW" + digits(8)
    ph = land_uk()
    return [
        ("c", f"Hi, my broadband keeps dropping. Account number is [[ACCT:{acc}]]."),
        ("a", "Thanks. Can I check the landline on the account?"),
        ("c", f"[[PHONE:{ph}]]."),
        ("a", "I can see ((count:37)) drops since ((date:Monday)). Is the router a ((model_number:HX-600))?"),
        ("c", "It says ((model_number:HX-650)) on the bottom."),
        ("a", "Okay. I'll send an engineer, [[NAME:Bogdan]], on ((date:the 19th)).".replace("((date:the 19th))", "the ((date:19th))")),
        ("c", "Finally."),
    ]


@case("asr")
def c_telecom_bill_name():
    acc = digits(9)
    e = "priya underscore n at hotmail dot co dot uk"
    return [
        ("a", "hello clearline telecom it's [[NAME:abdirahman]]"),
        ("c", "hi i want my bills by email not paper"),
        ("a", "sure what's the account number"),
        ("c", f"[[ACCT#a:{sd(acc[:3])}]] uh [[ACCT#a:{sd(acc[3:6])}]] uh [[ACCT#a:{sd(acc[6:])}]]"),
        ("a", "and the email"),
        ("c", f"[[EMAIL:{e}]]"),
        ("a", "and is that priya p r i y a".replace("priya p r i y a", "[[NAME:priya]] [[NAME:p r i y a]]")),
        ("c", "yes that's me"),
        ("a", "done you'll save ((price:two pounds)) a month on paper billing"),
    ]


# --- travel ------------------------------------------------------------------------------
@case("transcript")
def c_airline_name_change():
    pnr = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    while not re.search(r"\d", pnr) or len(re.findall(r"\d", pnr)) > 3:
        pnr = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return [
        ("a", "Aerluna reservations, [[NAME:Mateus]] speaking."),
        ("c", f"Hi, my booking reference is [[ACCT:{pnr}]]. My surname's misspelt on the ticket."),
        ("a", "What's on the ticket and what should it be?"),
        ("c", "It says [[NAME:Kaczmarek]] with one K at the end, it should be [[NAME:K-A-C-Z-M-A-R-E-K]]... no sorry, that's right, it's my first name, [[NAME:Zofia]], they've put [[NAME:Sofia]]."),
        ("a", "I can correct that for free. That's flight ((flight_number:AL 207)) on ((date:May 4th)), seat ((other:14C))."),
        ("c", "Great, thank you."),
    ]


@case("asr")
def c_airline_delay():
    pnr = "".join(R.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(2)) + digits(1) + \
        "".join(R.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(3))
    return [
        ("a", "aerluna customer service this is [[NAME:soraya]]"),
        ("c", "hi my flight ((flight_number:a l three one two)) has been delayed ((duration:five hours))"),
        ("a", "i'm sorry can i have the booking reference"),
        ("c", f"[[ACCT:{alnum_said(pnr)}]]"),
        ("a", "thanks is that for [[NAME:mister]] sorry is that for [[NAME:chidi]] [[NAME:eze]]".replace("[[NAME:mister]]", "mister")),
        ("c", "yes"),
        ("a", "you're due a meal voucher of ((price:fifteen pounds)) and it's now leaving from gate ((other:forty two)) at ((time:nine fifty))"),
    ]


@case("transcript")
def c_hotel_booking():
    c = card("visa")
    m, y = expiry()
    return [
        ("a", "Good afternoon, Larchmere Hotel, [[NAME:Ciaran]] speaking."),
        ("c", "Hello, I'd like to book ((quantity:2 nights)) from ((date:the 8th)), a double room.".replace("((date:the 8th))", "the ((date:8th))")),
        ("a", "That's ((price:£145)) per night with breakfast. Name, please?"),
        ("c", "[[NAME:Henrietta Bassey]]."),
        ("a", "And a card to guarantee it?"),
        ("c", f"[[CARD:{grp(c, [4, 4, 4, 4])}]], expiry [[EXP:{m:02d}/{y % 100:02d}]]."),
        ("a", "Thank you, Ms [[NAME:Bassey]]. Check-in from ((time:3 pm)); you're in room ((other:214))."),
    ]


@case("asr")
def c_rail_refund():
    ref = digits(8)
    e = "dev dot malhotra eighty eight at gmail dot com"
    return [
        ("c", "hi my train was cancelled and i want a refund"),
        ("a", "sure what's the booking reference"),
        ("c", f"[[ACCT:{sd(ref)}]]"),
        ("a", "okay it was the ((time:seven fifteen)) to leeds which was cancelled so you get ((percentage:a hundred percent)) back"),
        ("c", "great"),
        ("a", "i'll email confirmation to the address on file is that still"),
        ("c", f"[[EMAIL:{e}]]"),
        ("a", "yep that's it and the ((price:sixty two fifty)) will be back on your card in ((duration:about a week))"),
    ]


# --- healthcare admin ------------------------------------------------------------------------
@case("transcript")
def c_gp_registration():
    d, m, y = dob()
    hn = R.randint(2, 120)
    pc = pc_uk()
    ph = mob_uk()
    return [
        ("a", "Larkspur Medical Practice, [[NAME:Bernadette]] on reception."),
        ("c", "Hi, I'd like to register. I moved here in ((year:2023)) but never got round to it."),
        ("a", "No problem. Full name and date of birth?"),
        ("c", f"[[NAME:Emeka Okonjo-Hart]], [[DOB:{d:02d}.{m:02d}.{y}]]."),
        ("a", "And your address?"),
        ("c", f"[[ADDR:{hn} Willowbrook Gardens, Ashcombe]], [[PC:{pc}]]."),
        ("a", f"And the best number?"),
        ("c", f"[[PHONE:{ph}]]."),
        ("a", "Thanks. Registration takes about ((duration:two weeks)); you'll get a health check with the nurse."),
    ]


@case("asr")
def c_hospital_appointment():
    d, m, y = dob()
    nhs = digits(10)
    pc = pc_uk()
    return [
        ("a", "outpatients booking line [[NAME:harriet]] speaking"),
        ("c", "hi i'm ringing to move my mum's appointment she's got a fall clinic on ((date:thursday))"),
        ("a", "what's your mum's name and date of birth"),
        ("c", f"[[NAME:margit]] [[NAME:szabo]] [[DOB:{ORD[d]} of {MONTHS[m - 1]} {yw(y)}]]"),
        ("a", "and her nhs number if you have it"),
        ("c", f"[[ACCT:{sd(nhs[:3])} {sd(nhs[3:6])} {sd(nhs[6:])}]]"),
        ("a", "and the postcode"),
        ("c", f"[[PC:{pc_said(pc)}]]"),
        ("a", "i can move it to ((date:the twelfth)) at ((time:ten twenty)) in clinic ((other:four))".replace("((date:the twelfth))", "the ((date:twelfth))")),
    ]


@case("transcript")
def c_dentist_us():
    d, m, y = dob()
    s = ssn()
    z = zipc()
    hn = R.randint(100, 9999)
    return [
        ("a", "Bright Arches Dental, this is [[NAME:Shauna]]. Are you a new patient?"),
        ("c", "Yes. My name is [[NAME:Thao Nguyen-Bishop]]."),
        ("a", "Date of birth?"),
        ("c", f"[[DOB:{m}/{d}/{y}]]."),
        ("a", "Your insurance needs the subscriber's SSN."),
        ("c", f"It's [[SSN:{s[:3]} {s[3:5]} {s[5:]}]]."),
        ("a", "And your home address?"),
        ("c", f"[[ADDR:{hn} Sycamore Bend Road]], Tempe, Arizona [[PC:{z}]]."),
        ("a", "You're booked for ((date:Tuesday)) at ((time:8:15 am)); the cleaning is ((duration:45 minutes))."),
    ]


@case("asr")
def c_pharmacy_us():
    d, m, y = dob()
    s = ssn()
    ph = phone_us()
    return [
        ("a", "hi this is [[NAME:latoya]] at greenleaf pharmacy"),
        ("c", "hi i'm calling about a prescription for my husband [[NAME:rafael]]"),
        ("a", "what's his date of birth"),
        ("c", f"[[DOB:{MONTHS[m - 1]} {ORD[d]} {yw(y)}]]"),
        ("a", "and the last four of his social"),
        ("c", f"[[SSN:{sd(s[-4:])}]]"),
        ("a", f"so [[SSN:{sd(s[-4:])}]] thanks it's ready it's ((quantity:ninety)) tablets the copay is ((price:ten dollars))"),
        ("c", f"great can you text me when it's bagged [[PHONE:{sd(ph)}]]"),
    ]


@case("transcript")
def c_hospital_parking_card():
    c = card("discover")
    m, y = expiry()
    v = cvv()
    return [
        ("a", "St Alder's patient parking, [[NAME:Jasper]] speaking. How can I help?"),
        ("c", "I want to buy a weekly pass, my son's on ward ((other:7))."),
        ("a", "Sorry to hear that. It's ((price:£25)) for ((duration:seven days)). Card number?"),
        ("c", f"[[CARD#a:{c[:4]} {c[4:8]}]]... hold on, a nurse is talking to me... [[CARD#a:{c[8:12]} {c[12:]}]]."),
        ("a", "Expiry date?"),
        ("c", f"[[EXP:{MON(m)} '{y % 100:02d}]]."),
        ("a", "And the CVV from the back, please?"),
        ("c", f"[[CVV:{v}]]."),
        ("a", "Done. Your pass covers the multi-storey from ((time:6 am)) to ((time:midnight))."),
    ]


# --- public services, benefits and education -------------------------------------------------
@case("asr")
def c_benefits_ni():
    ni = nino()
    d, m, y = dob()
    return [
        ("a", "you're through to the pension service my name's [[NAME:euan]]"),
        ("c", "hello love i want to check when my pension goes up"),
        ("a", "of course can i take your national insurance number"),
        ("c", f"[[SSN#a:{alnum_said(ni[:4])}]] um [[SSN#a:{alnum_said(ni[4:])}]]"),
        ("a", f"thank you so [[SSN:{alnum_said(ni)}]]"),
        ("c", "that's it"),
        ("a", "lovely and when were you born"),
        ("c", f"[[DOB:{ORD[d]} {MONTHS[m - 1]} {nw(y % 100)}]]".replace(" zero", "")),
        ("a", "thanks it goes up by ((percentage:four point one percent)) from ((date:april))"),
    ]


@case("transcript")
def c_student_finance():
    ni = nino()
    ref = digits(11)
    e = "farhan.mirza" + str(R.randint(1, 9)) + "@student.ac.uk"
    return [
        ("a", "Student Finance helpline, [[NAME:Kirsty]] speaking."),
        ("c", f"Hi, my maintenance loan hasn't arrived. My customer reference is [[ACCT:{ref}]]."),
        ("a", "Thanks. And your National Insurance number?"),
        ("c", f"[[SSN:{ni}]]."),
        ("a", "I can see the university hasn't confirmed you're enrolled for ((year:2025/26)) yet."),
        ("c", "I enrolled on ((date:22 September))!"),
        ("a", f"They usually send it within ((duration:3 working days)). I'll email [[EMAIL:{e}]] when it clears."),
    ]


@case("asr")
def c_school_admissions():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2013, 2019)
    hn = R.randint(2, 99)
    pc = pc_uk()
    e = "nadia k at brightmail dot com"
    return [
        ("a", "school admissions [[NAME:rosalind]] speaking"),
        ("c", "hi i'm applying for a year ((other:seven)) place for my daughter [[NAME:amara]]"),
        ("a", "okay and her date of birth"),
        ("c", f"[[DOB:{sd('%02d' % d)} {sd('%02d' % m)} {sd(str(y))}]]"),
        ("a", "and your address"),
        ("c", f"[[ADDR:{nw(hn)} sandpiper crescent]] [[PC:{pc_said(pc)}]]"),
        ("a", "and an email"),
        ("c", f"[[EMAIL:{e}]]"),
        ("a", "the deadline is ((date:october thirty first)) and offers come out on ((date:march first))"),
    ]


@case("transcript")
def c_passport_office():
    d, m, y = dob()
    pp = digits(9)
    return [
        ("a", "Passport Advice Line, [[NAME:Oyelaran]] speaking.".replace("[[NAME:Oyelaran]]", "[[NAME:Desmond]]")),
        ("c", f"Hi, I applied ((duration:eight weeks)) ago and I'm flying on ((date:the 30th)). The application number is [[ACCT:{pp}]].".replace("((date:the 30th))", "the ((date:30th))")),
        ("a", "Can I take your name and date of birth?"),
        ("c", f"[[NAME:Anjali Raghunathan]], [[DOB:{nth(d)} of {MON(m)}, {y}]]."),
        ("a", "It was printed yesterday. It should arrive within ((duration:5 days))."),
        ("c", "Oh thank goodness. The flight's ((flight_number:BA 2491)) at ((time:07:10))."),
    ]


@case("asr")
def c_library_fines():
    card_no = digits(10)
    return [
        ("a", "hello central library [[NAME:abebe]] speaking"),
        ("c", "hi my library card's been blocked"),
        ("a", "what's the number on the back of the card"),
        ("c", f"[[ACCT:{sd(card_no[:2])} {pairs(card_no[2:])}]]"),
        ("a", "okay you've got ((count:three)) books overdue from ((year:last year)) that's ((price:four pounds twenty))".replace("((year:last year))", "last year")),
        ("c", "oh i thought i returned those in ((date:january))"),
        ("a", "we found them they were in the returns box i'll clear the fine"),
    ]


# --- housing -------------------------------------------------------------------------------
@case("transcript")
def c_housing_repair():
    hn = R.randint(1, 60)
    pc = pc_uk()
    ref = "HR-" + digits(6)
    return [
        ("a", "Meadowgate Housing repairs, [[NAME:Solveig]] speaking."),
        ("c", f"Hi, there's mould all over my bathroom. I'm at [[ADDR:Flat {R.randint(1, 30)}, {hn} Kestrel House, Hamble Road]], [[PC:{pc}]]."),
        ("a", "I'm sorry. Is there a leak as well?"),
        ("c", "The extractor fan hasn't worked since ((year:2022))."),
        ("a", f"I've raised repair [[ACCT:{ref}]]. Someone will inspect within ((duration:10 working days))."),
        ("c", "That's what they said last time."),
        ("a", "I've marked it urgent because of your son's asthma."),
    ]


@case("asr")
def c_letting_agent_deposit():
    hn = R.randint(10, 99)
    pc = pc_uk()
    ph = mob_uk()
    return [
        ("c", "hi it's about getting my deposit back i moved out ((duration:six weeks)) ago"),
        ("a", "sorry about the wait what was the property"),
        ("c", f"[[ADDR:{nw(hn)} mulberry row]] [[PC:{pc_said(pc)}]]"),
        ("a", "and your name"),
        ("c", "[[NAME:caoimhe]] [[NAME:gallagher]] and my flatmate [[NAME:yaw]] [[NAME:mensah]]"),
        ("a", "the landlord wants to keep ((price:three hundred pounds)) for the carpet"),
        ("c", "the carpet was from ((year:nineteen ninety nine)) it was already wrecked"),
        ("a", f"then you can dispute it through the scheme i'll text the link to [[PHONE:{sd(ph)}]]"),
    ]


@case("transcript")
def c_housing_rent_card():
    c = card("visa")
    m, y = expiry()
    v = cvv()
    t = "TEN" + digits(6)
    return [
        ("a", "Meadowgate Housing rent line. Tenancy reference?"),
        ("c", f"[[ACCT:{t}]]."),
        ("a", "Thanks, Mr [[NAME:Ibekwe]]. You're ((price:£412)) behind. How much would you like to pay?"),
        ("c", "((price:£200)) today and the rest on ((date:the 28th)).".replace("((date:the 28th))", "the ((date:28th))")),
        ("a", "Card number, please."),
        ("c", f"[[CARD:{c[:4]} {c[4:10]} {c[10:]}]]"),
        ("a", "Expiry and security number?"),
        ("c", f"Expiry's [[EXP:{m:02d}-{y}]], security [[CVV:{v}]]."),
    ]


# --- more card payments ----------------------------------------------------------------------
@case("asr")
def c_holiday_balance():
    c = card("visa")
    m, y = expiry()
    v = cvv()
    return [
        ("a", "sunward holidays [[NAME:ottavio]] speaking"),
        ("c", f"hi i want to pay the balance on our holiday it's for ((date:july)) ((year:twenty twenty six))"),
        ("a", "lovely that's ((price:one thousand and eighty pounds)) flying out on ((flight_number:t o m four one two)) card number please"),
        ("c", f"[[CARD#a:{pairs(c[:4])}]] uh [[CARD#a:{pairs(c[4:8])} {pairs(c[8:12])} {pairs(c[12:])}]]"),
        ("a", "expiry"),
        ("c", f"[[EXP:{sd('%02d' % m)} slash {nw(y % 100)}]]"),
        ("a", "security code"),
        ("c", f"it's [[CVV:{sd(v)}]]"),
    ]


@case("transcript")
def c_concert_tickets():
    c = card("mc")
    m, y = expiry()
    v = cvv()
    return [
        ("a", "Gallery Live box office, [[NAME:Fleur]] speaking."),
        ("c", "Hi, I'd like ((quantity:4)) tickets for the ((date:November 14)) show."),
        ("a", "That's ((price:£38.50)) each plus ((price:£2)) booking fee. Doors at ((time:7pm)). Card, please?"),
        ("c", f"[[CARD:{c}]], expires [[EXP:{m}/{y}]], code [[CVV:{v}]]."),
        ("a", f"Let me check: [[CARD:{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}]], expiring [[EXP:{m:02d}/{y % 100:02d}]], code [[CVV:{v}]]."),
        ("c", "That's right."),
    ]


@case("asr")
def c_charity_donation():
    c = card("mc2")
    m, y = expiry()
    v = cvv()
    pc = pc_uk()
    return [
        ("a", "hi thanks for calling the hedgehog rescue appeal i'm [[NAME:bryony]]"),
        ("c", "hi i'd like to give ((price:twenty pounds))"),
        ("a", "thank you so much card number whenever you're ready"),
        ("c", f"[[CARD#a:{sd(c[:6])}]]"),
        ("a", "okay"),
        ("c", f"[[CARD#a:{sd(c[6:11])}]] sorry [[CARD#a:{sd(c[11:])}]]"),
        ("a", "and the expiry and three digit code"),
        ("c", f"[[EXP:{MONTHS[m - 1]} {yw(y)}]] and [[CVV:{sd(v)}]]"),
        ("a", "and the postcode for gift aid"),
        ("c", f"[[PC:{pc_said(pc)}]]"),
    ]


@case("transcript")
def c_airline_baggage():
    c = card("amex")
    m, y = expiry()
    v = cvv(4)
    return [
        ("a", "Aerluna baggage services, [[NAME:Katarzyna]] speaking."),
        ("c", "Hi, I want to add a hold bag to ((flight_number:AL 5520)) and the return ((flight_number:AL 5521))."),
        ("a", "A ((quantity:23kg)) bag is ((price:£42)) each way. Card number?"),
        ("c", f"[[CARD:{c[:4]} {c[4:10]} {c[10:]}]]. It expires [[EXP:{m:02d}/{y % 100:02d}]] and the code is [[CVV:{v}]]."),
        ("a", "Done. Check-in closes ((duration:40 minutes)) before departure."),
    ]


@case("asr")
def c_us_utility_ssn():
    s = ssn()
    z = zipc()
    hn = R.randint(100, 999)
    e = "t dot reyes hernandez at mailbox dot org"
    return [
        ("a", "thanks for calling tri county electric this is [[NAME:brandon]]"),
        ("c", "hi i'm starting service at a new apartment"),
        ("a", "sure i'll need your social to run a credit check"),
        ("c", f"[[SSN#a:{sd(s[:3])}]] uh [[SSN#a:{sd(s[3:5])} {sd(s[5:])}]]"),
        ("a", "and the service address"),
        ("c", f"[[ADDR:{sd(str(hn))} canyon view drive unit {sd(str(R.randint(1, 9)))}]] flagstaff [[PC:{sd(z)}]]"),
        ("a", "and an email for billing"),
        ("c", f"[[EMAIL:{e}]]"),
        ("a", "you're all set service starts ((date:monday)) no deposit needed"),
    ]


@case("transcript")
def c_us_bank_dispute():
    s = ssn()
    c = card("visa")
    ph = phone_us()
    return [
        ("a", "Harborpoint Bank disputes, [[NAME:Reggie]] speaking."),
        ("c", f"Hi, I was charged ((price:$212.40)) twice at a furniture store on ((date:April 3))."),
        ("a", "Can I verify your full Social Security number?"),
        ("c", f"[[SSN:{s}]]."),
        ("a", f"Thank you. And the card number?"),
        ("c", f"[[CARD:{grp(c, [4, 4, 4, 4], '-')}]]"),
        ("a", f"I've opened a dispute; we'll call you on [[PHONE:{ph}]] within ((duration:10 business days))."),
    ]


@case("asr")
def c_emails_flustered_spell():
    e1 = "olu dot bankole at gmail dot com"
    e2 = "o l u dot b a n k o l e at gmail dot com"
    return [
        ("a", "and what's the best email for the confirmation"),
        ("c", f"[[EMAIL:{e1}]]"),
        ("a", "sorry could you spell that"),
        ("c", f"[[EMAIL:{e2}]]"),
        ("a", "perfect thanks [[NAME:olu]]"),
        ("c", "cheers i'm so sorry about earlier i was in a right state"),
    ]


@case("transcript")
def c_mobile_dob_sim():
    d, m, y = dob()
    ph = mob_uk()
    return [
        ("a", "Tangent Mobile, [[NAME:Mirela]] speaking."),
        ("c", "My new SIM won't activate. The number is [[PHONE:" + ph.replace(" ", "") + "]]."),
        ("a", "For security, date of birth?"),
        ("c", f"[[DOB:{d}/{m}/{y % 100:02d}]]. Oh, sorry, [[DOB:{d}/{m}/{y}]], in full."),
        ("a", "Thanks. It's activating now, give it ((duration:twenty minutes)) and restart the ((model_number:Pixel 8a))."),
    ]


# --- top-up: mixed calls ---------------------------------------------------------------------
@case("transcript")
def c_car_hire_deposit():
    c = card("mc")
    m, y = expiry()
    v = cvv()
    ph = mob_uk()
    return [
        ("a", "Roamwell Car Hire, [[NAME:Anouk]] speaking."),
        ("c", "Hi, I'm picking up a car at Bristol on ((date:Friday)) and need to change the card for the deposit."),
        ("a", "No problem. The hold is ((price:£250)). New card number?"),
        ("c", f"[[CARD:{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}]], expiry [[EXP:{MON(m)}/{y}]], CVV [[CVV:{v}]]."),
        ("a", f"Thanks. Reading back: expiry [[EXP:{m:02d}/{y % 100:02d}]], CVV [[CVV:{v}]]. And a mobile for the pickup text?"),
        ("c", f"[[PHONE:{ph}]]. My flight's ((flight_number:FR 1186)) landing at ((time:14:20))."),
        ("a", "We'll hold the car until ((time:6pm)). It's a ((year:2024)) ((model_number:Corsa-e))."),
    ]


@case("asr")
def c_gym_new_member_full():
    d, m, y = dob()
    hn = R.randint(2, 99)
    pc = pc_uk()
    ph = mob_uk()
    c = card("visa")
    mm, yy = expiry()
    v = cvv()
    return [
        ("a", "hiya welcome to ironmark gyms i'm [[NAME:jaylen]] let's get you signed up"),
        ("c", "great my name's [[NAME:aroha]] [[NAME:tipene]]"),
        ("a", "lovely and what date were you born"),
        ("c", f"[[DOB:{ORD[d]} {MONTHS[m - 1]} {yw(y)}]]"),
        ("a", "address and postcode"),
        ("c", f"[[ADDR:{nw(hn)} heron quay walk]] [[PC:{pc_said(pc)}]]"),
        ("a", "mobile"),
        ("c", f"[[PHONE:{sd(ph)}]]"),
        ("a", "and the card for the direct debit top up"),
        ("c", f"[[CARD:{sd(c)}]] valid till [[EXP:{sd('%02d' % mm)} {nw(yy % 100)}]] and the code's [[CVV:{sd(v)}]]"),
        ("a", "you're on the ((price:twenty nine ninety nine)) plan your first class is ((time:six thirty)) tomorrow"),
    ]


@case("transcript")
def c_insurance_renewal_us():
    s = ssn()
    ph = phone_us()
    e = "rkhalil.home@mailbox.org"
    hn = R.randint(100, 9999)
    z = zipc()
    return [
        ("a", "Lakeshore Mutual renewals, this is [[NAME:Colette]]."),
        ("c", "Hi, it's [[NAME:Rania Khalil]]. My home policy renews next month and the premium jumped ((percentage:18%))."),
        ("a", "Let me pull it up. For verification, the last four of your SSN?"),
        ("c", f"[[SSN:{s[-4:]}]]."),
        ("a", f"Thanks. Is the property still [[ADDR:{hn} Birchwood Lane]], Madison, WI [[PC:{z}]]?"),
        ("c", "Yes. The roof is from ((year:2009)), if that matters."),
        ("a", f"It does. I'll email options to [[EMAIL:{e}]] and call you on [[PHONE:{ph}]] tomorrow."),
    ]


@case("asr")
def c_vet_new_client():
    e = "marta dot lindgren at fastmail dot se"
    ph = land_uk()
    pc = pc_uk()
    hn = R.randint(2, 60)
    return [
        ("a", "riverside vets good afternoon [[NAME:declan]] speaking"),
        ("c", "hi we've just got a puppy and want to register him"),
        ("a", "lovely what's your name"),
        ("c", "[[NAME:marta]] [[NAME:lindgren]] l i n d g r e n".replace("l i n d g r e n", "[[NAME:l i n d g r e n]]")),
        ("a", "address please"),
        ("c", f"[[ADDR:{nw(hn)} old forge lane]] [[PC:{pc_said(pc)}]]"),
        ("a", "phone and email"),
        ("c", f"[[PHONE:{sd(ph)}]] and [[EMAIL:{e}]]"),
        ("a", "his first jabs are ((price:sixty five pounds)) and he needs the second ((duration:four weeks)) later"),
    ]


@case("transcript")
def c_parking_fine_card():
    pcn = "PCN" + digits(8)
    c = card("visa")
    m, y = expiry()
    v = cvv()
    return [
        ("a", "Parking enforcement payments. Notice number?"),
        ("c", f"[[ACCT:{pcn}]]. It's [[NAME:Giulia Ferrante]]."),
        ("a", "That's ((price:£35)) at the reduced rate. Card number?"),
        ("c", f"[[CARD#a:{c[:8]}]]... sorry, the light's bad in here... [[CARD#a:{c[8:]}]]."),
        ("a", "Expiry, please?"),
        ("c", f"End of [[EXP:{MON(m)} {y}]]."),
        ("a", "And the three-digit code?"),
        ("c", f"[[CVV:{v}]]."),
        ("a", "Paid. Keep the receipt for ((duration:six months))."),
    ]


@case("asr")
def c_council_tax_us_style_mix():
    ni = nino()
    d, m, y = dob()
    e = "kemi ade at outlook dot com"
    ph = mob_uk()
    return [
        ("a", "hello council tax support i'm [[NAME:morwenna]]"),
        ("c", "hi i've lost my job and need help with the council tax"),
        ("a", "i'm sorry to hear that what's your national insurance number"),
        ("c", f"[[SSN:{alnum_said(ni)}]]"),
        ("a", "and date of birth"),
        ("c", f"[[DOB:{sd('%02d' % d)} {sd('%02d' % m)} {sd(str(y))}]]"),
        ("a", "i'll send the form by email and text what's the email and mobile"),
        ("c", f"[[EMAIL:{e}]] and [[PHONE:{sd(ph)}]]"),
        ("a", "you could get up to ((percentage:a hundred percent)) off while you're out of work"),
    ]


@case("asr")
def c_takeaway_order():
    c = card("visa")
    v = cvv()
    m, y = expiry()
    pc = pc_uk()
    ph = mob_uk()
    hn = R.randint(2, 99)
    return [
        ("a", "golden lantern takeaway hello"),
        ("c", "hi can i order ((quantity:two)) of number ((other:forty seven)) and a large chips"),
        ("a", f"sure what's the postcode"),
        ("c", f"[[PC:{pc_said(pc)}]] it's [[ADDR:{nw(hn)} primrose mews]]"),
        ("a", "and a phone number for the driver"),
        ("c", f"[[PHONE:{sd(ph)}]]"),
        ("a", "paying by card"),
        ("c", f"yeah [[CARD:{pairs(c)}]] expiry [[EXP:{nw(m)} {nw(y % 100)}]] security [[CVV:{sd(v)}]]"),
        ("a", f"so the code was [[CVV:{sd(v)}]] yeah about ((duration:forty minutes))"),
    ]


# ---------------------------------------------------------------- build and check
MARK = re.compile(r"\[\[([A-Z]+)(?:#(\w+))?(~)?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
SPEAKERS = {"a": "agent", "c": "customer", "i": "ivr"}
DIGW = {"zero": "0", "oh": "0"}
DIGW.update({w: str(i) for i, w in enumerate(ONES)})
TEENW = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENW = {w: str(i) for i, w in enumerate(TENS) if w != "_"}
NUMWORDS = set(DIGW) | set(TEENW) | set(TENW) | {"double", "triple", "hundred"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "mr.", "mrs.", "ms.", "dr."}
STREET = re.compile(r"\b(street|road|lane|close|way|avenue|drive|court|terrace|parade|rise|"
                    r"wharf|place|gardens|crescent|row|hill|square|mews|grove|walk|view)\b", re.I)
UKPC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


class Bad(Exception):
    pass


def to_digits(text):
    """Spoken or typed number -> digit string (letters kept, upper case)."""
    toks = re.findall(r"[A-Za-z]+|\d+", text.replace("-", " "))
    out, i = [], 0
    while i < len(toks):
        t = toks[i].lower()
        if t.isdigit():
            out.append(t)
        elif toks[i].isupper():
            out.append(toks[i])
        elif t in ("double", "triple"):
            n = 2 if t == "double" else 3
            i += 1
            out.append(DIGW[toks[i].lower()] * n)
        elif t in DIGW:
            out.append(DIGW[t])
        elif t in TEENW:
            out.append(TEENW[t])
        elif t in TENW:
            if i + 1 < len(toks) and toks[i + 1].lower() in DIGW and \
                    toks[i + 1].lower() not in ("zero", "oh", "o"):
                out.append(TENW[t] + DIGW[toks[i + 1].lower()])
                i += 1
            else:
                out.append(TENW[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif len(t) == 1:
            out.append(t.upper())
        elif t in ("then", "for", "slash") or t in ("alpha", "bravo", "charlie", "delta", "echo"):
            pass
        else:
            raise Bad("not a number word: %r in %r" % (t, text))
        i += 1
    return "".join(out)


def parse(text):
    spans, keeps, clean, pos = [], [], [], 0
    last = 0
    for mt in MARK.finditer(text):
        clean.append(text[last:mt.start()])
        pos += len(text[last:mt.start()])
        if mt.group(1):
            val = mt.group(4)
            spans.append((pos, pos + len(val), mt.group(1), mt.group(2), bool(mt.group(3)), val))
        else:
            val = mt.group(6)
            keeps.append((pos, pos + len(val), mt.group(5), val))
        clean.append(val)
        pos += len(val)
        last = mt.end()
    clean.append(text[last:])
    out = "".join(clean)
    if "[[" in out or "]]" in out or "((" in out or "))" in out:
        raise Bad("markup left in %r" % out)
    return out, spans, keeps


def check_span(text, s, e, what):
    if not (0 <= s < e <= len(text)):
        raise Bad("%s out of range in %r" % (what, text))
    v = text[s:e]
    if v != v.strip() or re.match(r"^[^\w£$(+]", v) or re.search(r"[^\w%)]$", v):
        raise Bad("%s %r has leading/trailing space or punctuation" % (what, v))
    if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
        raise Bad("%s %r starts or ends inside a word in %r" % (what, v, text))


def build():
    cases, seen = [], {}
    for n, (style, fn) in enumerate(CASES, 1):
        cid = "t9-%03d" % n
        turns = fn()
        utts, pii, keep, gmap = [], [], [], {}
        groups = {}
        for ui, (spk, raw) in enumerate(turns):
            text, spans, keeps = parse(raw)
            if style == "asr" and (re.search(r"[A-Z@.,?!;:]", text)):
                raise Bad("%s: asr text has capitals or punctuation: %r" % (cid, text))
            utts.append({"speaker": SPEAKERS[spk], "text": text})
            covered = []
            for s, e, typ, g, superseded, val in spans:
                check_span(text, s, e, "%s %s" % (cid, typ))
                assert text[s:e] == val
                if g is None:
                    g = "_%d_%d" % (ui, s)
                if g not in gmap:
                    gmap[g] = "g%d" % (len(gmap) + 1)
                groups.setdefault(gmap[g], []).append((TYPES[typ], val, superseded))
                pii.append({"utterance": ui, "start": s, "end": e, "type": TYPES[typ],
                            "group": gmap[g]})
                covered.append((s, e))
            for s, e, kind, val in keeps:
                check_span(text, s, e, "%s keep" % cid)
                if kind not in KINDS:
                    raise Bad("%s: bad kind %s" % (cid, kind))
                kd = re.sub(r"\D", "", val)
                if 13 <= len(kd) <= 19 and luhn_ok(kd):
                    raise Bad("%s: look-alike passes Luhn: %r" % (cid, val))
                for ps, pe, _, _, _, pv in spans:
                    pd = re.sub(r"\D", "", pv)
                    if len(kd) >= 4 and len(pd) >= 4 and (kd in pd or pd in kd):
                        raise Bad("%s: look-alike shares digits with pii: %r" % (cid, val))
                keep.append({"utterance": ui, "start": s, "end": e, "kind": kind})
                covered.append((s, e))
            covered.sort()
            for (s1, e1), (s2, e2) in zip(covered, covered[1:]):
                if s2 < e1:
                    raise Bad("%s: overlapping spans in %r" % (cid, text))
            inside = [False] * len(text)
            for s, e in covered:
                for k in range(s, e):
                    inside[k] = True
            for k, ch in enumerate(text):
                if ch.isdigit() and not inside[k]:
                    raise Bad("%s: digit outside a span: %r" % (cid, text))
            run = 0
            for mt in re.finditer(r"[a-z]+", text.lower()):
                if mt.group() in NUMWORDS and not inside[mt.start()]:
                    run += 1
                    if run >= 4:
                        raise Bad("%s: four number words outside spans: %r" % (cid, text))
                else:
                    run = 0
            masked = text
            for s, e in sorted(covered, reverse=True):
                masked = masked[:s] + "#" + masked[e:]
            key = " ".join(re.findall(r"[\w#']+", masked.lower()))
            if len(key.split()) >= 4:
                if key in seen:
                    raise Bad("%s: utterance repeated from %s: %r" % (cid, seen[key], text))
                seen[key] = cid
        for g, parts in groups.items():
            types = {t for t, _, _ in parts}
            if len(types) != 1:
                raise Bad("%s %s: mixed types" % (cid, g))
            typ = types.pop()
            vals = [v for _, v, sup in parts if not sup]
            joined = " ".join(vals)
            check_value(cid, typ, joined, style, len(parts) > 1)
        pii.sort(key=lambda x: (x["utterance"], x["start"]))
        keep.sort(key=lambda x: (x["utterance"], x["start"]))
        cases.append({"case_id": cid, "style": style, "utterances": utts, "pii": pii,
                      "keep": keep})
    return cases


def check_value(cid, typ, v, style, pieces):
    def bad(msg):
        raise Bad("%s %s %r: %s" % (cid, typ, v, msg))
    if typ == "NAME":
        if re.search(r"\d", v) or v.split()[0].lower() in TITLES:
            bad("name with digit or title")
        return
    if typ == "EMAIL":
        if style == "transcript" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v):
            bad("not an address")
        if style == "asr" and not (" at " in v and " dot " in v):
            bad("spoken e-mail needs at/dot")
        return
    if typ == "ADDRESS":
        first = v.split()[0].lower().rstrip(",")
        if not (first[0].isdigit() or first in DIGW or first in TEENW or first in TENW or
                first in ("flat", "unit", "apartment")):
            bad("address must start with a number or flat/unit")
        if not STREET.search(v):
            bad("no street word")
        return
    if typ == "DOB":
        if not re.search(r"\d|" + "|".join(MONTHS) + "|" + "|".join(ONES), v.lower()):
            bad("no date")
        return
    if typ == "EXPIRY":
        low = v.lower()
        if any(mn in low for mn in MONTHS):
            return
        d = to_digits(v)
        if not (len(d) >= 3 and (1 <= int(d[:2]) <= 12 or 1 <= int(d[0]) <= 9)):
            bad("no month")
        return
    if typ == "ACCOUNT_NUMBER":
        if not re.search(r"\d", v) and not any(w in NUMWORDS for w in v.lower().split()):
            bad("account without digits")
        return
    d = to_digits(v)
    if typ == "CARD_NUMBER":
        if len(d) == 4 and not pieces:
            return  # "ending 4821"
        if not (d.isdigit() and (len(d) == 16 or (len(d) == 15 and d[:2] in ("34", "37")))
                and luhn_ok(d)):
            bad("card must be 15/16 digits and pass Luhn (%s)" % d)
    elif typ == "CVV":
        if not (d.isdigit() and len(d) in (3, 4)):
            bad("cvv")
    elif typ == "SSN":
        if not ((d.isdigit() and len(d) in (4, 9)) or re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", d)):
            bad("ssn shape")
    elif typ == "PHONE":
        if not (d.isdigit() and 10 <= len(d) <= 12):
            bad("phone digits")
    elif typ == "POSTCODE":
        if not (UKPC.match(d) or (d.isdigit() and len(d) == 5)):
            bad("postcode shape")
    elif typ == "ACCOUNT_NUMBER":
        if not re.search(r"\d", d):
            bad("account without digits")


def counts(cases):
    pii, keep, ords, utt = Counter(), Counter(), 0, 0
    st = Counter(c["style"] for c in cases)
    for c in cases:
        utt += len(c["utterances"])
        for p in c["pii"]:
            pii[p["type"]] += 1
        for k in c["keep"]:
            keep[k["kind"]] += 1
        used = {p["utterance"] for p in c["pii"]} | {k["utterance"] for k in c["keep"]}
        ords += len(c["utterances"]) - len(used)
    return st, utt, pii, keep, ords


def main():
    try:
        cases = build()
        again = build_again()
    except Bad as ex:
        print("check failed:", ex)
        sys.exit(1)
    st, utt, pii, keep, ords = counts(cases)
    print("cases %d (%s), utterances %d, ordinary %d" % (len(cases), dict(st), utt, ords))
    print("pii:", dict(sorted(pii.items())))
    print("keep:", dict(sorted(keep.items())), "total", sum(keep.values()))
    problems = []
    if len(cases) < MIN_CASES:
        problems.append("cases")
    if utt < MIN_UTT:
        problems.append("utterances")
    if ords < MIN_ORD:
        problems.append("ordinary")
    if sum(keep.values()) < MIN_KEEP:
        problems.append("keep")
    for k in KINDS:
        if keep[k] < 5:
            problems.append("keep " + k)
    for t, n in MIN_PII.items():
        if pii[t] < n:
            problems.append("%s %d<%d" % (t, pii[t], n))
    if not (0.4 <= st["transcript"] / len(cases) <= 0.6):
        problems.append("style mix")
    if again != cases:
        problems.append("not deterministic")
    if problems:
        print("minimums not met:", ", ".join(problems))
        sys.exit(1)
    if "--check" in sys.argv:
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote", OUT)


def build_again():
    global R
    saved = R
    R = random.Random(SEED)
    try:
        return build()
    finally:
        R = saved


if __name__ == "__main__":
    R = random.Random(SEED)
    main()
