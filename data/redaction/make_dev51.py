#!/usr/bin/env python3
"""Write data/redaction/dev51.jsonl, a redaction development set (case ids t47-001 ...).

Written as the held-out set test47.jsonl (labeller 47), measured once with the forty-eighth
round's code, then renamed dev51 and tuned on in the forty-ninth round.

WHAT THE SET LEANS ON
  Transcripts as other recognisers and human transcription services write them: markers such as
  "[inaudible]", "[crosstalk]", "(laughs)", "[pause]", "<um>", "--", "...", "[unclear: four?]"
  inside and around values; numbers in each service's way ("4 4 3 2", "four-four-three-two",
  "44 32", "4,432", "4432", "double-4 3 2", words and digits mixed); lines in ALL CAPS or without
  punctuation; turns a service cut at a marker; values partly inaudible and said again.  The
  industries are dental practices and orthodontists, physiotherapy, driving schools, pest control,
  window cleaners, solar installers, funeral plans, pet insurance claims, home warranty plans,
  alarm monitoring, will-writing, boiler cover, scaffolding hire and skip hire.  Card payments
  carry the most weight (cards in one to five pieces, corrected and restarted, blocks repeated,
  read-backs by agents and IVRs, codes and expiries asked in many ways, a card withdrawn), with
  identity checks, phones with extensions, account numbers of many shapes, look-alikes right
  beside real values and plenty of utterances with no personal data.  Callers are from the UK,
  Ireland, the US, Canada and Australia.

HOW SERVICES' CONVENTIONS MAP ONTO THE README'S TWO STYLES
  * `transcript`: human transcription services and recognisers that punctuate.  Capitals,
    punctuation and digits in each service's form ("4 4 3 2", "44 32", "4,432", "4432",
    "double-4 3 2", "four-four-three-two", digits and number words mixed).  Markers are written
    as those services write them: "[inaudible]", "[crosstalk]", "[pause]", "(laughs)",
    "[unclear: four?]", "--" for a cut-off and "..." for a trailing voice.  Caption-style services
    that write whole lines in ALL CAPS (often without punctuation) are also `transcript` cases,
    since the README's `transcript` style is the one with capitals.
  * `asr`: recognisers that write lower case without punctuation, numbers as words or as digits
    in odd groups, "double five", spoken e-mails.  Engine tags are kept as such engines write
    them ("<um>", "<uh>", "[noise]", "[inaudible]", "[crosstalk]", "<unk>"); no capitals, no "@".
  * A turn cut by the service at a marker is written as two utterances (same or other speaker);
    a value cut across them is one group in pieces.

HOW IT IS BUILT
  Each case is its own hand-written function returning its style and its lines, with inline
  markup: [[TYPE#x:text]] for pii (x names the group inside the case, renumbered g1, g2, ... by
  first appearance; no #x means a group of its own; a trailing "~" as in #x~ marks a piece that
  is not part of the final value: digits before a restart, a corrected block, a repeated block,
  a part said before the line dropped, a phone's extension), and ((kind:text)) for keep spans.
  Every generated number comes from one random.Random(47), drawn case by case in order.  The
  markup is stripped in code and offsets are computed from the clean text; every case is then
  checked (see validate()) and the minimum counts are checked; on any failure the script prints
  the problems and exits with status 1 without writing.

CHOICES WHERE THE CONVENTIONS ARE SILENT (applied throughout)
  * Cards: digits said before a restart, a corrected block, a repeated block and the part said
    before an "[inaudible]" that is then said again stay in the card's group (left out of the
    Luhn join); a card said again in full, every read-back (whole, one block, last four) and any
    last four are groups of their own; a card given and then withdrawn is a group of its own.
  * A marker inside a value ("[inaudible]", "<um>", "--", "[pause]", "(laughs)") splits it into
    pieces of one group; the marker is never inside a span.  "[unclear: four?]" is a marker and
    stays outside spans (its guessed word is not labelled).
  * Service punctuation between blocks inside one value (commas, hyphens, full stops between
    groups) stays inside the span; only words, markers ("--" and "..." included) and turn ends
    split a value, so pieces of one group separated by spaces or punctuation alone are one span
    (checked).  A phone's area code in brackets starts the span after the "(".
  * "security code", "CVV", "expires", "end of", "valid thru" stay outside codes and expiries;
    "slash"/"of" between month and year stay inside an expiry.
  * A phone's extension is a piece of the phone's group (left out of the shape check).  Irish and
    Australian phones are allowed.  No phone with another country's code is used.
  * UK NI numbers and Irish PPS numbers are SSNs; Eircodes, Canadian and Australian postcodes are
    POSTCODEs; a flat or unit before the number is inside the ADDRESS, and a town said right
    after the street is inside it; counties, states and provinces are outside.
  * ACCOUNT_NUMBER: policy, plan, membership, patient, pupil (learner driver), claim, contract,
    hire, booking, job, quote, invoice and customer numbers, sort codes (a group apart), driving
    licence and learner permit numbers.  `other` look-alikes: payment references and
    confirmation numbers a system reads out, keypad options, error and fault codes, alarm zones,
    scaffold tag numbers and ages.
  * Titles (Mr, Mrs, Dr, Ms) stay outside names; pets' and businesses' names are not names; a
    person's name inside a business name is a NAME (name words only); a name inside an e-mail is
    left to the EMAIL span.  A spelled surname is a NAME group of its own.
  * Dates of a funeral, appointment or visit are `date`; a child's date of birth (after 2005) is
    a DOB.  Amounts with their currency or rate are `price`.

HOW TO RUN
  python3 -B data/redaction/make_dev51.py          # validates, prints counts, writes dev51.jsonl
  python3 -B data/redaction/make_dev51.py --check  # validates and prints counts, writes nothing
Standard library only; output identical on every run and under any PYTHONHASHSEED.
"""
import json
import os
import random
import re
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev51.jsonl")

UNITS = {"zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
         "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand", "double", "triple"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "kilo": "K",
        "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q",
        "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "x-ray": "X", "xray": "X", "yankee": "Y", "zulu": "Z"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WORD = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# ---------------------------------------------------------------- generator
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


def luhn_fix(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


class Gen:
    def __init__(self):
        self.r = random.Random(47)

    def d(self, n):
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def nz(self, n):
        return str(self.r.randrange(1, 10)) + self.d(n - 1)

    def card(self, brand="v"):
        if brand == "v":
            p = "4"
        elif brand == "m":
            p = "5" + str(self.r.randint(1, 5))
        elif brand == "m2":
            p = str(self.r.randint(2221, 2720))
        elif brand == "a":
            p = self.r.choice(["34", "37"])
            return luhn_fix(p + self.d(14 - len(p)))
        else:
            p = "6011"
        return luhn_fix(p + self.d(15 - len(p)))

    def cvv(self, n=3):
        return self.d(n)

    def exp(self):
        return "%02d" % self.r.randint(1, 12), str(self.r.randint(27, 32))

    def ssn(self):
        a = self.r.randint(1, 665)
        if a == 666:
            a = 667
        return "%03d%02d%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def ni(self):
        L = "ABCEGHJKLMNPRSTWXYZ"
        return self.r.choice(L) + self.r.choice(L) + self.d(6) + self.r.choice("ABCD")

    def pps(self):
        return self.d(7) + self.r.choice("ABCDEFGHKLMNPRTW")

    def us_phone(self, area=None):
        area = area or self.r.choice(["212", "312", "415", "503", "614", "617", "702", "713",
                                      "802", "919", "206", "303"])
        return area + "55501" + self.d(2)

    def ca_phone(self):
        return self.r.choice(["416", "604", "613", "403", "902", "514"]) + "55501" + self.d(2)

    def uk_mob(self):
        return "07700900" + self.d(3)

    def uk_land(self):
        return self.r.choice(["02079460", "01614960", "01134960", "01174960"]) + self.d(3)

    def au_phone(self):
        return "0" + self.r.choice("2378") + "5550" + self.d(4)

    def ie_phone(self):
        return "08" + self.r.choice("5679") + self.nz(7)

    def zip(self, prefix):
        return prefix + self.d(5 - len(prefix))

    def ukpc(self, outward):
        return outward + " " + str(self.r.randrange(1, 10)) + "".join(
            self.r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))

    def eir(self, key):
        return key + " " + "".join(self.r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))

    def capc(self, first):
        L = "ABCEGHJKLMNPRSTVWXYZ"
        return (first + str(self.r.randrange(10)) + self.r.choice(L) + " " +
                str(self.r.randrange(10)) + self.r.choice(L) + str(self.r.randrange(10)))

    def aupc(self, first):
        return first + self.d(3)

    def dob(self, y0=1941, y1=2005):
        return self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(y0, y1)

    def house(self, lo=1, hi=240):
        return self.r.randint(lo, hi)

    def money(self, lo, hi):
        return self.r.randint(lo, hi), self.r.choice([0, 0, 50, 99, 25, 75, 49, 95])

    def n(self, lo, hi):
        return self.r.randint(lo, hi)

    def fail(self, n):
        ds = self.nz(n)
        if luhn_ok(ds):
            ds = ds[:-1] + str((int(ds[-1]) + 1) % 10)
        return ds

    def up(self, n):
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


# ---------------------------------------------------------------- rendering helpers
def w(ds, zero="oh"):
    """digits as words, one word a digit"""
    return " ".join(zero if c == "0" else WORD[int(c)] for c in ds)


def hy(ds, zero="zero"):
    return "-".join(zero if c == "0" else WORD[int(c)] for c in ds)


def sp(ds):
    return " ".join(ds)


def pr(ds):
    return " ".join(ds[i:i + 2] for i in range(0, len(ds), 2))


def cm(ds):
    return "{:,}".format(int(ds)) if ds[0] != "0" else ds


def blocks(ds, size=4):
    return [ds[i:i + size] for i in range(0, len(ds), size)]


def amex(ds):
    return [ds[:4], ds[4:10], ds[10:]]


def dbl(ds, words=False, hyphen=True):
    """double/triple for runs: 'double-4 3 2' or 'double four three two'"""
    out, i = [], 0
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i]:
            j += 1
        run = j - i
        tok = (("oh" if ds[i] == "0" else WORD[int(ds[i])]) if words else ds[i])
        while run >= 2:
            k = 3 if run == 3 else 2
            lead = "triple" if k == 3 else "double"
            out.append(lead + ("-" if hyphen and not words else " ") + tok)
            run -= k
        if run == 1:
            out.append(tok)
        i = j
    return " ".join(out)


def mix(ds, start=0):
    return " ".join((WORD[int(c)] if (i + start) % 2 else c) for i, c in enumerate(ds))


TENW = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]


def pairw(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return "oh " + ("oh" if b == 0 else WORD[b])
    if a == 1:
        return TEENW[b]
    return TENW[a] + ("" if b == 0 else " " + WORD[b])


def tw(ds):
    """'4111' -> 'forty one eleven'"""
    parts = [pairw(ds[i:i + 2]) for i in range(0, len(ds) - 1, 2)]
    if len(ds) % 2:
        parts.append(WORD[int(ds[-1])])
    return " ".join(parts)


def nw(n):
    """cardinal words for 0..99999 (no 'and')"""
    if n < 10:
        return WORD[n]
    if n < 20:
        return TEENW[n - 10]
    if n < 100:
        return TENW[n // 10] + ("" if n % 10 == 0 else " " + WORD[n % 10])
    if n < 1000:
        return WORD[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + nw(n % 100))
    return nw(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + nw(n % 1000))


def yw(y):
    """year as said: 1984 -> nineteen eighty four, 2007 -> two thousand seven"""
    if 2000 <= y <= 2009:
        return "two thousand " + WORD[y - 2000] if y > 2000 else "two thousand"
    return pairw(str(y)[:2]) + " " + pairw(str(y)[2:])


def ordw(n):
    o = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
         8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
         14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
         18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
    if n in o:
        return o[n]
    return TENW[n // 10] + " " + o[n % 10]


def ordn(n):
    return str(n) + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def mon(m):
    return MONTHS[m - 1]


def Mon(m):
    return MONTHS[m - 1].capitalize()


def money_t(p, c, cur="£"):
    return "%s%d.%02d" % (cur, p, c) if c else "%s%d" % (cur, p)


def money_w(p, c, unit="pounds"):
    s = nw(p) + " " + unit
    return s + (" " + nw(c) if c else "")


def lw(s):
    """letters/digits spelled for asr: 'SW1A' -> 's w one a'"""
    out = []
    for ch in s.replace(" ", ""):
        out.append(WORD[int(ch)] if ch.isdigit() else ch.lower())
    return " ".join(out)


# ---------------------------------------------------------------- the cases
CASES = []


def case(fn):
    CASES.append(fn)
    return fn

@case
def c01(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp()
    p, q = g.money(60, 240)
    return "asr", f"""
A: good morning brightsmile dental this is [[NAME:kerry]] speaking
C: hi [[NAME:kerry]] it's [[NAME:tom hallworth]] i had the hygienist yesterday and the receptionist said i could pay over the phone
A: yes of course let me pull you up <um> that was the scale and polish so it's ((price:{money_w(p, q)}))
C: okay <uh> i've got the card here
A: go ahead with the long number when you're ready
C: [[CARD_NUMBER#a:{w(b[0])} {w(b[1])}]] <um> [[CARD_NUMBER#a:{w(b[2])}]]
C: [noise] sorry the kettle [[CARD_NUMBER#a:{w(b[3])}]]
A: lovely and the expiry
C: [[EXPIRY:{w(m)} {tw(y)}]]
A: and the three digits on the back
C: [[CVV:{w(cv)}]]
A: thank you that's gone through on the card ending [[CARD_NUMBER:{w(b[3])}]]
C: brilliant do i need to book the next one now
A: we can do ((date:march)) or ((date:april)) whichever suits
C: april please the kids are off in march
A: no problem we'll text you a reminder
"""


@case
def c02(g):
    ph = g.uk_mob(); pc = g.ukpc("LS6"); h = g.house(2, 90)
    a1 = g.nz(6); mins = g.n(30, 45)
    return "transcript", f"""
A: Thank you for calling Kirkstall Physio Clinic, you're speaking to [[NAME:Abigail]].
C: Hi, yeah, I'm ringing to move my appointment. It's [[NAME:Rehana Qureshi]].
A: Can I take your date of birth, [[NAME:Rehana]]?
C: It's the [[DOB:{ordn(g.n(1, 28))} of {Mon(g.n(1, 12))}, {g.n(1958, 1999)}]].
A: And the first line of your address?
C: [[ADDRESS:{h} Queenswood Drive]] -- [crosstalk] -- sorry, [[POSTCODE:{pc}]].
A: Perfect. I can see the ((duration:{mins}-minute)) session on Thursday at ((time:10:15)).
C: That's the one. My knee's still bad, so I can't drive there.
A: I've got Monday at ((time:2:40)) or Wednesday first thing.
C: Monday, please.
A: Done. Your patient number for the portal is [[ACCOUNT_NUMBER:{a1}]].
C: [[ACCOUNT_NUMBER:{sp(a1)}]]. Got it.
A: And is [[PHONE:{ph[:5]} {ph[5:]}]] still the best mobile?
C: Yes, that's right.
A: Great. See you Monday, [[NAME:Rehana]].
"""


@case
def c03(g):
    c = g.card("m"); b = blocks(c); cv = g.cvv(); m, y = g.exp()
    acct = g.up(2) + g.d(6); amt, pe = g.money(180, 420)
    return "transcript", f"""
A: HOLMFIELD DRIVING SCHOOL, [[NAME:DEAN]] SPEAKING.
C: HIYA IT'S [[NAME:SHAUNA]] MUM OF [[NAME:CALLUM FLYNN]] HE'S BOOKED IN FOR THE BLOCK OF TEN
A: OH YES [[NAME:CALLUM]], HIS PUPIL NUMBER IS [[ACCOUNT_NUMBER:{acct}]]
C: THAT'S HIM. I WANT TO PAY THE BALANCE
A: IT'S ((price:{money_t(amt, pe)})) FOR THE ((count:TEN)) LESSONS
C: OK THE CARD IS [[CARD_NUMBER#a~:{b[0]} {b[1]}]] [inaudible]
A: SORRY YOU BROKE UP AFTER THE SECOND BLOCK
C: [[CARD_NUMBER#a:{b[0]} {b[1]} {b[2]} {b[3]}]]
A: THANK YOU. EXPIRY DATE?
C: [[EXPIRY:{m}/{y}]]
A: AND SECURITY NUMBER
C: [[CVV:{cv}]]
A: THAT'S TAKEN. HIS TEST IS PROVISIONALLY THE ((date:{ordn(g.n(2, 27))})) AT ((time:8:10 AM))
C: EARLY ONE. HE'LL LOVE THAT (laughs)
"""
@case
def c04(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp()
    pol = g.d(8); fee, fp = g.money(40, 90); pct = g.n(10, 30)
    return "asr", f"""
I: welcome to pawsafe pet insurance claims line please say or enter your policy number
C: [[ACCOUNT_NUMBER:{w(pol[:4])} {w(pol[4:])}]]
I: thank you i heard [[ACCOUNT_NUMBER:{w(pol)}]] is that right
C: yes
I: please hold while we connect you
A: hi you're through to [[NAME:marcus]] in claims how can i help
C: hiya my dog had surgery on his paw and the vet says there's an excess to pay first
A: okay let me see yes your excess is ((price:{money_w(fee, fp)})) plus a ((percentage:{nw(pct)} percent)) co-pay
C: right <um> can i pay the excess by card now
A: you can go ahead
C: [[CARD_NUMBER#a:{dbl(b[0], words=True)} {dbl(b[1], words=True)}]] <uh> [[CARD_NUMBER#a:{w(b[2])}]] [crosstalk]
A: sorry say the third block again
C: [[CARD_NUMBER#a~:{w(b[2])}]] then [[CARD_NUMBER#a:{w(b[3])}]]
A: expiry and security code please
C: [[EXPIRY:{w(m)} slash {w(y)}]] and the code is [[CVV:{w(cv)}]]
A: all done the claim will be assessed in ((duration:five to ten working days))
C: thanks what's his name on the file is it still biscuit
A: yes biscuit the spaniel
"""
@case
def c05(g):
    em = "p.okonkwo-reid"; pc = g.zip("606"); h = g.house(100, 9000)
    ph = g.us_phone("312"); ext = g.d(3); plan = "HW" + g.d(7); yr = g.n(2009, 2019)
    return "transcript", f"""
A: Homeguard Warranty, this is [[NAME:Lisette]], can I get the plan number?
C: Sure, it's [[ACCOUNT_NUMBER:{plan}]]. My water heater died last night.
A: Sorry to hear that. Name on the plan?
C: [[NAME:Patience Okonkwo-Reid]].
A: Thanks, Ms. [[NAME:Okonkwo-Reid]]. And the property address?
C: [[ADDRESS:{h} West Wrightwood Avenue]], Chicago, [[POSTCODE:{pc}]].
A: Got it. What's the make and model of the heater?
C: It's a Rheem, model ((model_number:XE50T10H45U0)), put in around ((year:{yr})).
A: Okay. There's a ((price:$100)) service call fee, and we'll dispatch within ((duration:48 hours)).
C: That's fine. Can the tech call me first?
A: Sure, best number?
C: [[PHONE#a:{ph[:3]}-{ph[3:6]}-{ph[6:]}]], that's work, extension [[PHONE#a~:{ext}]].
A: And an e-mail for the confirmation?
C: [[EMAIL:{em}@fastmail.com]].
A: Perfect. You'll get a text from the contractor. Anything else?
C: No, that's it. Thanks, [[NAME:Lisette]].
"""


@case
def c06(g):
    c = g.card("a"); b = amex(c); cv = g.cvv(4); m, y = g.exp()
    q1, q2 = g.money(220, 480); days = g.n(7, 14)
    return "asr", f"""
A: morning skipsrus you're through to [[NAME:jordan]]
C: hi i need an eight yard skip dropped on the drive saturday if you've got one
A: saturday yeah we've got a couple left what's the postcode
C: [[POSTCODE:{lw(g.ukpc("NG7"))}]]
A: and the house number and street
C: [[ADDRESS:{nw(g.house(3, 160))} beeston lane]]
A: okay eight yarder for ((duration:{nw(days)} days)) is ((price:{money_w(q1, q2)})) including vat
C: that's a bit more than last time but go on
A: name for the booking
C: [[NAME:garfield antwi]]
A: and how are you paying [[NAME:garfield]]
C: amex [[CARD_NUMBER#a:{w(b[0])}]] <um> [[CARD_NUMBER#a:{w(b[1])}]] <um> [[CARD_NUMBER#a:{w(b[2])}]]
A: and the four digit code on the front
C: [[CVV:{w(cv)}]]
A: expiry
C: [[EXPIRY:{mon(int(m))} {yw(2000 + int(y))}]]
A: cheers the driver rings ((duration:half an hour)) before
C: can he not block the neighbour's van in they get funny
A: i'll put a note on
"""


@case
def c07(g):
    n = g.ni(); d, mth, yr = g.dob(1950, 1975); pol = "FP" + g.d(6)
    p, q = g.money(18, 45)
    return "transcript", f"""
A: Good afternoon, Evergreen Funeral Plans, [[NAME:Graham]] speaking.
C: Hello. I took out a plan with you a few years ago, and I want to change my direct debit date.
A: I can help with that. Could I have your plan reference?
C: [[ACCOUNT_NUMBER:{pol}]].
A: Thank you. And your full name and date of birth?
C: [[NAME:Eileen Drummond]], [[DOB:{d:02d}/{mth:02d}/{yr}]].
A: For security, could you give me your National Insurance number?
C: It's [[SSN#a:{n[:2]} {n[2:4]}]] -- [pause] -- [[SSN#a:{n[4:6]} {n[6:8]} {n[8]}]].
A: Thank you, Mrs [[NAME:Drummond]]. Your monthly payment is ((price:{money_t(p, q)})) on the ((date:1st)).
C: Yes, but my pension comes in on the ((date:15th)) now.
A: That's fine, I'll move it. The next collection will be the ((date:15th of next month)).
C: Lovely. Does it change anything else?
A: No, the plan stays exactly the same.
C: Oh good. My son worries about these things.
A: Of course. Is there anything else today?
C: No, thank you, dear.
"""


@case
def c08(g):
    c1 = g.card("v"); c2 = g.card("m"); b = blocks(c2); cv = g.cvv(); m, y = g.exp()
    kw = g.n(3, 9); p = g.n(4200, 9800)
    return "asr", f"""
A: sunridge solar you're speaking with [[NAME:imogen]]
C: hi yeah we got the quote for the panels and want to pay the deposit
A: lovely can i take the quote reference
C: [[ACCOUNT_NUMBER:{w(g.d(3))} {w(g.d(4))}]]
A: thank you so that's the ((quantity:{nw(kw)} kilowatt)) system with the battery total ((price:{nw(p)} pounds))
C: yeah the deposit's ten percent isn't it
A: that's right ((percentage:ten percent))
C: okay so my card is [[CARD_NUMBER:{w(c1[:4])} {w(c1[4:8])} {w(c1[8:12])} {w(c1[12:])}]] [pause] no wait that's the joint account one use this one instead
C: [[CARD_NUMBER#b:{tw(b[0])} {tw(b[1])}]]
A: mm-hmm
C: [[CARD_NUMBER#b:{tw(b[2])} {tw(b[3])}]]
A: and that one expires
C: [[EXPIRY:{w(m)} {w(y)}]]
A: security code
C: [[CVV:{w(cv)}]]
A: thanks that's authorised the surveyor will be out within ((duration:three weeks))
C: do they need to go in the loft
A: they'll just look at the roof and the fuse board
"""


@case
def c09(g):
    ac = g.d(8); sc = g.d(6); ph = g.uk_land(); h = g.house(1, 60); pc = g.ukpc("BS9")
    return "transcript", f"""
A: Clearview Window Cleaning, [[NAME:Hollie]] speaking.
C: Hi, it's [[NAME:Bernard Ashcroft]]. Your lad missed us again on Tuesday.
A: Oh no. What's the address, [[NAME:Bernard]]?
C: [[ADDRESS:{h} Cote Lane]], Westbury, [[POSTCODE:{pc}]].
A: I see it. You're on a ((duration:four-weekly)) round, front and back.
C: Front and back and the conservatory roof. I pay by standing order.
A: Yes, we have that. Sort code ending... actually, can you confirm the sort code?
C: [[ACCOUNT_NUMBER:{sc[:2]}-{sc[2:4]}-{sc[4:]}]].
A: And the account number?
C: [[ACCOUNT_NUMBER:{ac}]].
A: Lovely, that matches. I'll get [[NAME:Kieran]] round on Friday after ((time:11)).
C: Tell [[NAME:Kieran]] the side gate code changed. I'll ring him.
A: I'll pass it on. His number's [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]].
C: Thanks. And no charge for this time?
A: No, ((price:£18)) knocked off.
"""


@case
def c10(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); rec = g.fail(16)
    p, q = g.money(9, 19)
    return "asr", f"""
I: thank you for calling shieldline alarm monitoring payments
I: to pay your monthly monitoring fee please enter or say your sixteen digit card number
C: [[CARD_NUMBER#a:{w(b[0])} {w(b[1])}]] <um> [[CARD_NUMBER#a:{w(b[2])}]] [noise] [[CARD_NUMBER#a:{w(b[3])}]]
I: you entered a card ending in [[CARD_NUMBER:{w(b[3])}]] is that correct
C: yes
I: please say the expiry date as four digits
C: [[EXPIRY:{w(m)} {w(y)}]]
I: please say the three digit security code
C: [[CVV:{w(cv)}]]
I: thank you a payment of ((price:{money_w(p, q)})) has been taken
I: your reference is ((other:{w(rec)}))
I: to hear this again press ((other:one)) to end the call press ((other:two))
C: [noise]
"""
@case
def c11(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp()
    pc = g.eir("D24"); h = g.house(1, 80); ph = g.ie_phone(); p = g.n(65, 140)
    return "transcript", f"""
A: Good morning, Tallaght Pest Solutions, [[NAME:Siobhán]] here.
C: Hi, I think we have mice in the kitchen. I heard them again last night.
A: Oh dear. We can get someone out tomorrow. What's the address?
C: [[ADDRESS:{h} Kilnamanagh Road, Dublin 24]]. Eircode [[POSTCODE:{pc}]].
A: And your name?
C: [[NAME:Declan Ó Murchú]].
A: Thanks, [[NAME:Declan]]. The first visit is ((price:€{p})), and it includes ((count:two)) follow-ups.
C: Grand. Can I pay now?
A: You can. Card number when you're ready.
C: [[CARD_NUMBER#a:{b[0]}-{b[1]}]]... [[CARD_NUMBER#a:{b[2]}]]... [[CARD_NUMBER#a:{b[3]}]].
A: Expiry?
C: [[EXPIRY:{m}/{y}]].
A: And the three on the back?
C: [[CVV:{cv}]].
A: That's gone through. The technician, [[NAME:Aoife]], will ring on [[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]]?
C: Yes, that's my mobile.
A: She'll be there between ((time:9)) and ((time:1)).
"""


@case
def c12(g):
    s = g.ssn(); d, mth, yr = g.dob(1944, 1962); pol = g.d(10); ph = g.us_phone("702")
    return "asr", f"""
A: thank you for calling legacy will and trust services my name is [[NAME:dwayne]]
C: yes hi this is [[NAME:harriet kowalczyk]] calling about my will i need to add my grandson
A: of course [[NAME:harriet]] i'll need to verify a few things what's your date of birth
C: [[DOB:{mon(mth)} {ordw(d)} {yw(yr)}]]
A: and the last four of your social
C: [[SSN:{w(s[5:])}]]
A: thank you and the file number on your paperwork
C: it's [[ACCOUNT_NUMBER:{w(pol[:5])}]] <um> [[ACCOUNT_NUMBER:{w(pol[5:])}]]
A: okay i have it adding a beneficiary is a codicil that's ((price:seventy five dollars))
C: that's fine what's his name need to be
A: his full legal name please
C: [[NAME:tobias kowalczyk]] he's ((other:nineteen)) now
A: got it the attorney will call you at [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]] is that still good
C: yes that's my home line
A: expect the call within ((duration:two business days))
C: thank you young man
"""


@case
def c13(g):
    c = g.card("m2"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); cus = g.d(7)
    p, q = g.money(11, 24)
    return "transcript", f"""
A: Thank you for calling HeatSure Boiler Cover, this is [[NAME:Priya]].
C: Hi-- [[NAME:Priya]], sorry. My card's expired and you've emailed me.
A: No problem. Can I take your customer number?
C: [[ACCOUNT_NUMBER:{cus[:3]} {cus[3:]}]].
A: And your name?
C: [[NAME:Ruairi Baxendale]].
A: Thanks. Your cover is ((price:{money_t(p, q)})) a month. New card number, please.
C: [[CARD_NUMBER#a:{b[0]} {b[1]}, {b[2]}]] -- hang on, it's worn -- [[CARD_NUMBER#a:{b[3]}]].
A: Let me read that back: [[CARD_NUMBER:{b[0]} {b[1]} {b[2]} {b[3]}]].
C: Yep.
A: Expiry?
C: [[EXPIRY:{m} {y}]].
A: And the CVV?
C: [[CVV:{cv}]].
A: Updated. Your annual service is due in ((date:October)).
C: Perfect. The boiler's a ((model_number:Vaillant ecoTEC 832)), if you need it.
A: Already on file. Thanks, [[NAME:Ruairi]].
"""
@case
def c14(g):
    pc = g.capc("M"); h = g.house(10, 400); ph = g.ca_phone(); acct = g.d(9); p = g.n(3, 6)
    return "asr", f"""
A: bayview orthodontics this is [[NAME:chantal]]
C: hi it's [[NAME:wendell mcintyre]] my daughter [[NAME:keisha]] had her braces on last month and a bracket came off
A: oh no okay is [[NAME:keisha]] in any pain
C: no it's just poking her cheek
A: we can see her thursday at ((time:three forty)) does that work
C: yeah after school that's good
A: can you confirm her date of birth
C: [[DOB:{mon(g.n(1, 12))} {ordw(g.n(1, 28))} {yw(g.n(2009, 2013))}]]
A: and your address on file
C: [[ADDRESS:{nw(h)} glenholme avenue]] toronto [[POSTCODE:{lw(pc)}]]
A: and the best number
C: [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
A: great the repair's covered under the treatment contract [[ACCOUNT_NUMBER:{w(acct)}]] so no charge
C: oh good because we're still paying the ((price:{nw(p)} hundred a month))
A: you've got ((count:eleven)) payments left on that
C: don't remind me [laughter]
"""


@case
def c15(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); hire = "SC" + g.d(5)
    wk = g.n(3, 8); p = g.n(300, 900)
    return "transcript", f"""
A: Tower Scaffold Hire, [[NAME:Mick]] speaking.
C: Morning, [[NAME:Mick]], it's [[NAME:Sandeep]] from [[NAME:Gill]] Roofing. We need to extend hire [[ACCOUNT_NUMBER:{hire}]].
A: Yep, the Chadwell job. That's ((count:six)) lifts on the front elevation. How long for?
C: Another ((duration:{wk} weeks)). The weather's killed us.
A: Tell me about it. That's ((price:£{p})) plus VAT.
C: Fine. Put it on the company card: [[CARD_NUMBER#a:{b[0]}, {b[1]}]], [inaudible]...
A: You dropped out after the second block.
C: [[CARD_NUMBER#a:{b[2]}, {b[3]}]].
A: Can you repeat the second block for me?
C: [[CARD_NUMBER#a~:{b[1]}]].
A: Cheers. Expiry and security code?
C: [[EXPIRY:{m}/{y}]], [[CVV:{cv}]].
A: Done. Tag numbers on the scaffold stay the same, ((other:T-{g.d(4)})) onwards.
C: Lovely. Inspection's still weekly?
A: Every ((duration:seven days)), yeah. [[NAME:Gaz]] does Mondays.
"""


@case
def c16(g):
    em = "j.barrington" + g.d(2); c = g.card("m"); b = blocks(c); cv = g.cvv(); m, y = g.exp()
    p, q = g.money(28, 60)
    return "asr", f"""
A: hi you're through to bluepaw pet cover my name's [[NAME:niamh]]
C: hello my cat needs a dental and i wanted to add the dental add-on before it's booked
A: i'm afraid existing conditions aren't covered but i can add it for the future
C: oh right well go on then
A: can i take the email on the policy
C: [[EMAIL:{em.replace(".", " dot ")} at outlook dot com]]
A: thanks is that [[NAME:jonah barrington]]
C: yes
A: the add-on is ((price:{money_w(p, q)})) a year shall i take it from the card on file ending [[CARD_NUMBER:{w(b[3])}]]
C: no that card's cancelled use my new one [[CARD_NUMBER#a:{mix(b[0])} {mix(b[1], 1)}]]
C: [[CARD_NUMBER#a:{mix(b[2])} {mix(b[3], 1)}]]
A: expiry date
C: [[EXPIRY:{mon(int(m))} twenty {w(y)}]]
A: and the cvc
C: [[CVV:{w(cv)}]]
A: done you'll get the new schedule within ((duration:twenty four hours))
"""


@case
def c17(g):
    s = g.ssn(); d, mth, yr = g.dob(1952, 1990); zp = g.zip("850"); h = g.house(1000, 9999)
    em = "rosalind.vantassel"; k = g.n(2, 6)
    return "transcript", f"""
A: SunCoast Solar Homeowner Support, this is [[NAME:Esteban]].
C: Hi, I'm applying for the solar loan and the form keeps timing out.
A: I can take it over the phone. Full name?
C: [[NAME:Rosalind Van Tassel]].
A: Date of birth?
C: [[DOB:{mth}/{d}/{yr}]].
A: Social Security number?
C: [[SSN#a:{s[:3]}]] [crosstalk] [[SSN#a:{s[3:5]}-{s[5:]}]].
A: Thank you. Home address?
C: [[ADDRESS:{h} East Camelback Road]], Phoenix, Arizona [[POSTCODE:{zp}]].
A: E-mail?
C: [[EMAIL:{em}@gmail.com]].
A: The system you quoted is ((quantity:{k}.4 kW)) at ((percentage:6.99%)) APR over ((duration:20 years)).
C: Yes, that's the one.
A: You'll get a decision by e-mail in about ((duration:an hour)).
"""


@case
def c18(g):
    c = g.card("d"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); ph = g.us_phone("919")
    p = g.n(89, 199)
    return "asr", f"""
A: thanks for calling critterguard pest control this is [[NAME:lashonda]]
C: yeah i got termites or carpenter ants something's eating the porch
A: okay we can send an inspector the inspection is ((price:{nw(p)} dollars)) and it's credited if you sign up
C: alright let's do it
A: can i get a name
C: [[NAME:beau thibodeaux]]
A: and a callback number
C: [[PHONE#a:{w(ph[:3])}]] <uh> [[PHONE#a:{w(ph[3:6])} {w(ph[6:])}]]
A: and how would you like to pay for the inspection
C: discover [[CARD_NUMBER#a2:{w(b[0])} {w(b[1])}]]
C: [[CARD_NUMBER#a2~:{w(b[2])}]] [inaudible]
A: i missed the end
C: [[CARD_NUMBER#a2:{w(b[2])} {w(b[3])}]]
A: exp
C: [[EXPIRY:{w(m)} {w(y)}]]
A: and cvv
C: [[CVV:{w(cv)}]]
A: you're set for friday morning between ((time:eight)) and ((time:noon))
"""
@case
def c19(g):
    pc = g.aupc("2"); h = g.house(1, 120); ph = g.au_phone(); em = "mel.tranh" + g.d(2)
    pol = "PI" + g.d(8); p, q = g.money(300, 1800)
    return "transcript", f"""
A: G'day, Wagtail Pet Insurance claims, [[NAME:Bronte]] speaking.
C: Hi, I'm lodging a claim for my kelpie. He swallowed a sock.
A: Oh no, is he OK?
C: He's fine now, but the vet bill was ((price:${p}.{q:02d})).
A: Ouch. Policy number?
C: [[ACCOUNT_NUMBER:{pol[:2]} {pol[2:6]} {pol[6:]}]].
A: And you're [[NAME:Melinda Tranh]]?
C: That's me.
A: Address on the policy?
C: [[ADDRESS:Unit {g.n(2, 9)}, {h} Parramatta Road]], Annandale NSW [[POSTCODE:{pc}]].
A: Best contact number?
C: [[PHONE:{ph[:2]} {ph[2:6]} {ph[6:]}]].
A: And e-mail for the claim form?
C: [[EMAIL:{em}@bigpond.com]].
A: Claims are usually assessed in ((duration:10 business days)). You're on the ((percentage:80%)) plan.
C: So I get ((percentage:80%)) back minus the excess?
A: That's it. The excess is ((price:$100)) per condition.
"""


@case
def c20(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); pupil = g.d(6); p = g.n(32, 45)
    return "asr", f"""
A: hello ace driving academy [[NAME:tariq]] speaking
C: hi i want to book some lessons for my son he's just turned ((other:seventeen))
A: brilliant is it manual or automatic
C: manual
A: okay it's ((price:{nw(p)} pound an hour)) or a block of ((count:ten)) for a bit less
C: the block please what's his name need
A: full name as on the provisional
C: [[NAME:ellis pemberton-cole]]
A: and driving licence number
C: [[ACCOUNT_NUMBER:{lw("PEMBE")} {w(g.d(6))} {lw("E" + g.up(1))} {w(g.d(1))} {lw(g.up(2))}]]
A: lovely i've made him learner [[ACCOUNT_NUMBER:{w(pupil)}]] and the card for the block
C: [[CARD_NUMBER#a:{hy(b[0]).replace("-", " ")}]] <um> [[CARD_NUMBER#a:{w(b[1])}]]
C: [[CARD_NUMBER#a:{w(b[2])} {w(b[3])}]]
A: and expiry
C: end of [[EXPIRY:{mon(int(m))} {yw(2000 + int(y))}]]
A: and the last three on the back
C: [[CVV:{w(cv)}]]
A: smashing his first one's wednesday ((time:half four)) we'll pick him up from home
"""


@case
def c21(g):
    d, mth, yr = g.dob(1946, 1968); pps = g.pps(); ph = g.ie_phone(); pc = g.eir("H91")
    h = g.house(1, 50); p = g.n(25, 60)
    return "transcript", f"""
A: Good afternoon, Corrib Funeral Plans, [[NAME:Pádraig]] speaking.
C: Hello, I'm ringing on behalf of my mother. She's thinking of taking out a plan.
A: Of course. And your mother's name?
C: [[NAME:Bríd Keaveney]]. I'm her daughter, [[NAME:Gráinne]].
A: Thanks, [[NAME:Gráinne]]. Her date of birth?
C: The [[DOB:{ordn(d)} of {Mon(mth)} {yr}]].
A: And her PPS number, if you have it?
C: [[SSN:{pps[:7]} {pps[7:]}]].
A: Address?
C: [[ADDRESS:{h} Seamus Quirke Road]], Galway, [[POSTCODE:{pc}]].
A: The plans start at ((price:€{p} a month)) over ((duration:five years)).
C: She'd want to pay it off sooner.
A: That's possible. I'll post out the brochure. A phone number for her?
C: Use mine: [[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]].
A: Grand. It'll be with you in ((duration:three or four days)).
"""


@case
def c22(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); cid = g.d(8); yrs = g.n(2, 9)
    return "transcript", f"""
I: WELCOME TO HOMESECURE MONITORING. FOR BILLING PRESS ((other:2)).
C: [keypad tone]
I: PLEASE ENTER YOUR ACCOUNT NUMBER FOLLOWED BY THE HASH KEY.
C: [[ACCOUNT_NUMBER:{cid}]]
I: THANK YOU. YOUR BALANCE IS ((price:$44.97)). TO PAY BY CARD PRESS ((other:1)).
C: [keypad tone]
I: PLEASE ENTER YOUR CARD NUMBER.
C: [[CARD_NUMBER:{c}]]
I: YOU ENTERED [[CARD_NUMBER#r:{sp(b[0])}]] [pause] [[CARD_NUMBER#r:{sp(b[1])}]] [pause] [[CARD_NUMBER#r:{sp(b[2])}]] [pause] [[CARD_NUMBER#r:{sp(b[3])}]]. IF CORRECT PRESS ((other:1)).
C: [keypad tone]
I: ENTER THE EXPIRY MONTH AND YEAR.
C: [[EXPIRY:{m}{y}]]
I: ENTER THE SECURITY CODE.
C: [[CVV:{cv}]]
I: THANK YOU. YOUR PAYMENT HAS BEEN ACCEPTED. YOU HAVE BEEN A CUSTOMER FOR ((duration:{yrs} YEARS)). GOODBYE.
"""
@case
def c23(g):
    em = "kwame.asante" + g.d(3); ph = g.uk_mob(); pc = g.ukpc("SE15"); h = g.house(2, 99)
    return "asr", f"""
A: hello brightbrace orthodontics [[NAME:ffion]] speaking
C: hi i'm after a consultation for invisible aligners
A: lovely are you an existing patient
C: no first time my name's [[NAME:kwame asante]]
A: thanks [[NAME:kwame]] can i grab a mobile
C: [[PHONE:{dbl(ph[:5], words=True)} {w(ph[5:8])} {w(ph[8:])}]]
A: and an email
C: [[EMAIL:kwame dot asante {w(em[-3:])} at yahoo dot co dot uk]]
A: and your home address
C: [[ADDRESS:{nw(h)} bellenden road]] peckham [[POSTCODE:{lw(pc)}]]
A: the consult is ((price:fifty pounds)) and that comes off the treatment if you go ahead
C: how long does treatment usually take
A: anywhere from ((duration:six to eighteen months)) depending
C: okay can i do a saturday
A: we've got ((time:ten thirty)) on the ((date:twelfth))
C: perfect
"""


@case
def c24(g):
    c = g.card("m"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); job = g.d(6)
    c2 = g.card("v"); b2 = blocks(c2)
    return "transcript", f"""
A: Good morning, Allclear Skips, [[NAME:Rhiannon]] speaking.
C: Hi. I had a skip collected yesterday and there's a ((price:£60)) surcharge for a mattress.
A: Let me look. Job number?
C: [[ACCOUNT_NUMBER:{job}]].
A: Yes, ((count:one)) mattress and ((count:two)) tyres, I'm afraid.
C: The tyres aren't mine! Someone dumped them overnight.
A: I'll take the tyres off as a goodwill gesture. So it's ((price:£60)) for the mattress.
C: Fine. Card: [[CARD_NUMBER#a~:{b[0]} {b[1][:2]}]] -- no, sorry, start again. [[CARD_NUMBER#a:{b[0]} {b[1]} {b[2]} {b[3]}]].
A: And the name on the card?
C: [[NAME:Teodora Vasilescu]].
A: Expiry?
C: [[EXPIRY:{m}/20{y}]].
A: CVC?
C: [[CVV:{cv}]].
A: That's declined, I'm afraid. Do you have another card?
C: Ugh. Try [[CARD_NUMBER#b:{pr(b2[0])} {pr(b2[1])} {pr(b2[2])} {pr(b2[3])}]], same name.
A: Expiry and code for that one?
C: [[EXPIRY:{g.exp()[0]}/{g.exp()[1]}]], [[CVV:{g.cvv()}]].
A: That's gone through. Sorry about the tyres.
"""


@case
def c25(g):
    s = g.ssn(); acct = g.d(10); zp = g.zip("770"); h = g.house(100, 9999); ph = g.us_phone("713")
    em = "dj.okafor"
    return "asr", f"""
A: you've reached lonestar home warranty [[NAME:brittany]] speaking
C: yeah my ac quit it's ((quantity:ninety eight degrees)) in here
A: oh no let's get a claim going what's the contract number
C: [[ACCOUNT_NUMBER:{w(acct[:3])} {w(acct[3:6])} {w(acct[6:])}]]
A: and is this [[NAME:daniel okafor]]
C: yes ma'am
A: to verify the last four of your social
C: [[SSN:{tw(s[5:])}]]
A: thank you and the address is [[ADDRESS:{nw(h)} westheimer road]] houston [[POSTCODE:{w(zp)}]]
C: that's it
A: the service fee is ((price:one twenty five)) and a tech will call you at [[PHONE:{w(ph)}]]
C: and my email for the receipt is [[EMAIL:d j dot okafor at hotmail dot com]]
A: got it your confirmation number for today is ((other:{w(g.fail(9))}))
C: how soon
A: they have ((duration:forty eight hours)) but with heat emergencies usually same day
C: please the baby can't sleep
"""


@case
def c26(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); ref = g.d(7)
    return "transcript", f"""
A: Riverside Dental Care, [[NAME:Mona]] speaking.
C: Hi, I've got an invoice for my crown and want to pay it.
A: Sure. Invoice reference?
C: [[ACCOUNT_NUMBER:INV-{ref}]].
A: That's ((price:£495)), for Mr-- sorry, for [[NAME:Gethin Morgan-Price]]?
C: That's me.
A: Go ahead with the card.
C: [[CARD_NUMBER#a:{b[0][:2]}]]-- [[CARD_NUMBER#a:{b[0][2:]} {b[1]} {b[2]}]] (coughs) [[CARD_NUMBER#a:{b[3]}]].
A: Thanks. The last block again?
C: [[CARD_NUMBER#a~:{b[3]}]].
A: Expiry?
C: [[EXPIRY:{Mon(int(m))[:3]} '{y}]].
A: And the code?
C: [[CVV:{cv[:1]}, {cv[1:]}]].
A: Lovely, that's paid. Your review is in ((duration:six months)).
"""
@case
def c27(g):
    em = "lou.fairweather"; pc = g.ukpc("EH10"); h = g.house(1, 40); acc = "BC" + g.d(6)
    d, mth, yr = g.dob(1960, 1985); p, q = g.money(12, 22)
    return "transcript", f"""
A: Boilerline Scotland, this is [[NAME:Fraser]]. How can I help?
C: Hi. No hot water since this morning and the boiler's showing ((other:F28)).
A: That's an ignition fault. Account number?
C: [[ACCOUNT_NUMBER:{acc}]].
A: Is that [[NAME:Louisa Fairweather]]?
C: Yes.
A: Can you confirm date of birth and postcode?
C: [[DOB:{d} {Mon(mth)} {yr}]], and [[POSTCODE:{pc}]].
A: And the address is [[ADDRESS:Flat 3F2, {h} Morningside Drive]]?
C: That's right.
A: Your cover's ((price:{money_t(p, q)})) a month and includes same-day callouts before ((time:noon)).
C: Oh, good. It's ((time:11:40)) now.
A: Just made it. Engineer will text. Confirm e-mail?
C: [[EMAIL:{em}@btinternet.com]].
A: Great. Is there anyone vulnerable in the house?
C: Just me and the cat.
"""


@case
def c28(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); ph = g.uk_mob()
    return "asr", f"""
A: hiya gleamteam window cleaning it's [[NAME:jade]]
C: hi it's [[NAME:morwenna]] on the new estate you texted me a price
A: oh yeah ((price:twenty two pound)) every ((duration:four weeks)) for the semi
C: that's fine can i pay for the first one by card
A: go on then
C: [[CARD_NUMBER#a:four]] <um> [[CARD_NUMBER#a:{w(b[0][1:])} {w(b[1])} {w(b[2])}]] [crosstalk]
A: sorry my van radio go on from the third bit
C: [[CARD_NUMBER#a~:{w(b[2])}]] <um> [[CARD_NUMBER#a:{w(b[3])}]]
A: and that expires
C: [[EXPIRY:{w(m)} {w(y)}]]
A: three digit code
C: [[CVV:{w(cv)}]]
A: lovely and what's your surname [[NAME:morwenna]]
C: [[NAME:trelawney]] [[NAME:t r e l a w n e y]]
A: and your number for the day before text
C: [[PHONE:{w(ph[:5], "oh")} {w(ph[5:])}]]
A: ace see you ((date:next tuesday))
"""


@case
def c29(g):
    s = g.ssn(); d, mth, yr = g.dob(1948, 1970); zp = g.zip("331"); pol = g.d(9)
    em = "gloria.benavides" + g.d(2)
    return "transcript", f"""
A: Thank you for calling Sunshine State Preneed, my name is [[NAME:Xavier]].
C: HI [[NAME:XAVIER]] I'M CALLING ABOUT MY HUSBAND'S FUNERAL PLAN HE PASSED ON SUNDAY
A: I'm so sorry for your loss. Can I have the name on the contract?
C: [[NAME:HUMBERTO BENAVIDES]]
A: And the contract number?
C: [[ACCOUNT_NUMBER:{pol[:3]}-{pol[3:6]}-{pol[6:]}]]
A: Thank you. And your name, ma'am?
C: [[NAME:GLORIA BENAVIDES]]. I'M HIS WIFE
A: I need his Social Security number and date of birth for the death certificate.
C: [[SSN:{s[:3]} {s[3:5]} {s[5:]}]] AND HE WAS BORN [[DOB:{mth}/{d}/{yr}]]
A: Thank you. The service can be held at our Hialeah chapel. Which day works?
C: SATURDAY IF POSSIBLE. HIS BROTHER FLIES IN ON ((flight_number:AA 1425))
A: Saturday at ((time:11 AM)) is open. I'll e-mail the arrangements. Your e-mail?
C: [[EMAIL:{em}@aol.com]]
A: Everything is prepaid, so there's nothing more to pay except the ((price:$250)) flowers if you want them.
C: YES PLEASE. THE WHITE ONES
"""


@case
def c30(g):
    c = g.card("m"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); pc = g.capc("V")
    h = g.house(100, 3000); ph = g.ca_phone(); cust = g.d(7)
    return "asr", f"""
A: coastal pest control this is [[NAME:harjit]]
C: hi we've got wasps in the soffit by the back door
A: okay is it an existing account
C: yes [[ACCOUNT_NUMBER:{w(cust)}]] under [[NAME:lindqvist]]
A: i see [[NAME:annika lindqvist]] at [[ADDRESS:{nw(h)} east pender street]] vancouver
C: that's us the postal code is [[POSTCODE:{lw(pc)}]] if you need it
A: a wasp nest removal is ((price:one sixty nine)) plus gst
C: fine do you need a card
A: yes please
C: [[CARD_NUMBER#a:{w(b[0])} {w(b[1])}]] [inaudible] [[CARD_NUMBER#a~:{w(b[3])}]]
A: i got the first two and the last i missed the third group
C: [[CARD_NUMBER#a:{w(b[2])}]] then [[CARD_NUMBER#a:{w(b[3])}]] again
A: thanks expiry and cvv
C: [[EXPIRY:{w(m)} {w(y)}]] [[CVV:{w(cv)}]]
A: the tech will call [[PHONE:{w(ph)}]] on the way
C: great thanks [[NAME:harjit]]
"""
@case
def c31(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); p, q = g.money(45, 95)
    return "asr", f"""
I: you have reached flexphysio bookings line
I: to pay for a session please say your card number now
C: [[CARD_NUMBER#a:{w(b[0])} {w(b[1])}]] [noise] [[CARD_NUMBER#a:{w(b[2])} {w(b[3])}]]
I: sorry i didn't catch all of that please say the last eight digits again
C: [[CARD_NUMBER#a~:{w(b[2])} {w(b[3])}]]
I: i heard a card ending [[CARD_NUMBER:{w(b[3])}]] if that's right say yes
C: yes
I: say the expiry month then year
C: [[EXPIRY:{mon(int(m))} twenty {w(y)}]]
I: and the security code
C: <um> [[CVV:{w(cv)}]]
I: you are paying ((price:{money_w(p, q)})) for a ((duration:forty five minute)) sports massage say yes to confirm
C: yes
I: thank you your booking is confirmed for ((date:the ninth))
"""
    

@case
def c32(g):
    em = "ola.fashola"; pc = g.ukpc("M20"); h = g.house(2, 80); ph = g.uk_land(); pol = g.d(8)
    mob = g.uk_mob()
    return "transcript", f"""
A: Guardian Alarm Monitoring, you're through to [[NAME:Connor]].
C: Hi, our alarm went off at ((time:3 a.m.)) and nobody called us. I want to know why.
A: I'm sorry about that. Can I take the account number?
C: [[ACCOUNT_NUMBER:{pol[:4]} {pol[4:]}]].
A: And the keyholder's name?
C: [[NAME:Olabisi Fashola]].
A: Thanks. The panel's at [[ADDRESS:{h} Barlow Moor Road]], Didsbury, [[POSTCODE:{pc}]]?
C: Yes.
A: We rang the landline, [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]], ((count:three)) times.
C: We don't use that any more. Use my mobile. [[PHONE#m~:{mob[:5]}]]... [inaudible]...
A: You broke up, sorry.
C: [[PHONE#m:{mob[:5]} {mob[5:8]} {mob[8:]}]].
A: Updated. And an e-mail for alerts?
C: [[EMAIL:{em}@icloud.com]].
A: Done. The zone was ((other:zone 4)), the back door.
C: The cat again, probably.
"""
@case
def c33(g):
    d, mth, yr = g.dob(1970, 1995); em = "ciara.nolan" + g.d(2); pc = g.eir("T12"); h = g.house(1, 70)
    return "asr", f"""
A: hello lee valley physiotherapy [[NAME:orla]] speaking
C: hi it's [[NAME:ciara nolan]] i'm booked in with [[NAME:eoin]] on friday but i can't make it
A: no bother can you confirm your date of birth
C: [[DOB:{ordw(d)} of {mon(mth)} {yw(yr)}]]
A: and the address we have is that still [[ADDRESS:{nw(h)} bandon road]]
C: yes [[POSTCODE:{lw(pc)}]]
A: i can move you to ((date:monday week)) at ((time:five fifteen))
C: perfect and can you email me the receipt for the last one for my health insurance
A: sure the address is [[EMAIL:ciara dot nolan {w(em[-2:])} at eircom dot net]]
C: that's it
A: grand it was ((price:sixty five euro)) for the ((duration:forty minute)) session
C: lovely thanks [[NAME:orla]]
"""


@case
def c34(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); wrong = g.d(4)
    return "transcript", f"""
A: Sunnyside Solar Cleaning, [[NAME:Travis]] speaking.
C: Hey [[NAME:Travis]], it's [[NAME:Kirra Whitlock]]. You cleaned our panels yesterday.
A: G'day [[NAME:Kirra]]. Yeah, ((count:twenty-four)) panels, came up a treat.
C: They look great. I'll pay now. Card's [[CARD_NUMBER#a:{b[0]}]], uh, [[CARD_NUMBER#a~:{wrong}]] -- no, [[CARD_NUMBER#a:{b[1]}]], sorry -- [[CARD_NUMBER#a:{b[2]} {b[3]}]].
A: So the second block is [[CARD_NUMBER:{b[1]}]], not [[CARD_NUMBER:{wrong}]]?
C: Correct.
A: Expiry?
C: [[EXPIRY:{m} of {y}]].
A: CVV?
C: [[CVV:{cv}]].
A: Thanks, that's ((price:$189)) paid. Next clean in ((duration:six months)).
C: Sweet. Reckon the output will go up?
A: Usually ((percentage:5 to 10 per cent)) after a clean.
"""


@case
def c35(g):
    c = g.card("m"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); pol = "PW" + g.d(7)
    p = g.n(700, 2400)
    return "asr", f"""
A: furbuddy insurance you're speaking with [[NAME:delphine]]
C: hi i'm [[NAME:rosco hartigan]] my policy lapsed and i want to reinstate it before the op
A: okay policy number please
C: [[ACCOUNT_NUMBER:{lw(pol[:2])} {w(pol[2:])}]]
A: thanks [[NAME:rosco]] the arrears are ((price:{nw(g.n(40, 90))} dollars)) and the op estimate is ((price:{nw(p)} dollars))
C: yeah yeah just take the arrears
A: card number
C: [[CARD_NUMBER#a:{w(b[0])}]] <uh> [[CARD_NUMBER#a~:{w(b[1][:2])}]] hang on [[CARD_NUMBER#a:{w(b[1])} {w(b[2])}]]
A: mm-hmm
C: [[CARD_NUMBER#a:{w(b[3])}]]
A: so that's [[CARD_NUMBER:{w(c)}]]
C: correct
A: when does it expire and what's the cvc
C: [[EXPIRY:{w(m)} {w(y)}]] and [[CVV:{w(cv)}]]
A: reinstated there's a ((duration:fourteen day)) waiting period for illness though
C: it's an injury he jumped off the deck
"""


@case
def c36(g):
    ph = g.us_phone("503"); ext = g.d(4); zp = g.zip("972"); h = g.house(100, 9000)
    em = "hbergstrom"; acct = "AM-" + g.d(6)
    return "transcript", f"""
A: Cascade Alarm Monitoring, this is [[NAME:Wren]]. How can I help?
C: Hi, it's [[NAME:Hal Bergstrom]]. I'm moving and want to transfer my monitoring.
A: Happy to help. Account number?
C: [[ACCOUNT_NUMBER:{acct}]].
A: New address?
C: [[ADDRESS:{h} SE Hawthorne Boulevard]], Portland, [[POSTCODE:{zp}]].
A: And a daytime number?
C: My office: ([[PHONE#a:{ph[:3]}) {ph[3:6]}-{ph[6:]}]], extension [[PHONE#a~:{ext}]].
A: Let me read that back: [[PHONE#b:{ph[:3]} {ph[3:6]} {ph[6:]}]], ext. [[PHONE#b~:{ext}]].
C: Yep.
A: E-mail still [[EMAIL:{em}@comcast.net]]?
C: That's it.
A: There's a ((price:$99)) install fee for the new panel, waived if you sign for ((duration:36 months)).
C: I'll sign. What model is the panel?
A: It's the ((model_number:IQ4 Hub)).
"""
@case
def c37(g):
    d, mth, yr = g.dob(1983, 1999); s = g.ssn(); zp = g.zip("100"); h = g.house(10, 500)
    em = "yaz.moreno"
    return "asr", f"""
A: thank you for calling smilecrest dental plans this is [[NAME:kendrick]]
C: hi i want to enroll in the family dental plan
A: great let's start with the primary member's full name
C: [[NAME:yasmin moreno]]
A: date of birth
C: [[DOB:{w(str(mth))} {w(str(d))} {tw(str(yr))}]]
A: and social security number
C: [[SSN#a:{w(s[:3])}]] [pause] [[SSN#a:{w(s[3:5])} {w(s[5:])}]]
A: home address
C: [[ADDRESS:{nw(h)} west one hundred twelfth street]] apartment four new york [[POSTCODE:{w(zp)}]]
A: and dependents
C: my son [[NAME:mateo]] born [[DOB:{mon(g.n(1, 12))} {ordw(g.n(1, 28))} {yw(g.n(2012, 2016))}]]
A: got it the family plan is ((price:forty two dollars a month))
C: and the email is [[EMAIL:yaz dot moreno at protonmail dot com]]
A: you'll get the cards in ((duration:seven to ten days))
"""


@case
def c38(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); job = g.d(5); yards = g.n(4, 12)
    pc = g.ukpc("CF14"); h = g.house(1, 90)
    return "transcript", f"""
A: VALLEY SKIP HIRE, [[NAME:BRYN]] SPEAKING
C: HIYA I NEED A ((quantity:{yards} YARD)) SKIP FOR A KITCHEN REFIT
A: NO PROBLEM WHAT'S THE ADDRESS
C: [[ADDRESS:{h} HEOL Y DERI]] RHIWBINA [[POSTCODE:{pc}]]
A: ON THE ROAD OR THE DRIVE
C: DRIVE. MY NAME'S [[NAME:CARYS LLEWELLYN]]
A: IT'S ((price:£{g.n(200, 320)})) FOR ((duration:TWO WEEKS)). CARD NUMBER PLEASE
C: [[CARD_NUMBER#a:{hy(b[0]).upper()} {hy(b[1]).upper()}]] [unclear: FIVE?] [[CARD_NUMBER#a:{hy(b[2]).upper()} {hy(b[3]).upper()}]]
A: EXPIRY AND THE THREE DIGIT CODE
C: [[EXPIRY:{m}/{y}]] AND [[CVV:{cv}]]
A: THANKS [[NAME:CARYS]] YOUR BOOKING REF IS [[ACCOUNT_NUMBER:{job}]]
C: CAN YOU DROP IT BEFORE ((time:8)) THE BUILDERS START EARLY
A: FIRST DROP IS ((time:7:30)) SO YES
"""


@case
def c39(g):
    pps = g.pps(); d, mth, yr = g.dob(1955, 1980); ph = g.ie_phone(); em = "seanie.walsh"
    return "transcript", f"""
A: Good morning, Wexford Will Writers, [[NAME:Úna]] speaking.
C: Morning. I'd like to make a will. My wife and I both.
A: Lovely. Can I get your name?
C: [[NAME:Seán Walsh]], and my wife's [[NAME:Majella]].
A: And your date of birth, [[NAME:Seán]]?
C: [[DOB:{d}.{mth}.{yr}]].
A: We'll need your PPS numbers for the records. Yours?
C: [[SSN:{pps}]].
A: Thanks. A mirror will for a couple is ((price:€350)).
C: That's grand. Can someone call out to the house? We're in Gorey.
A: We can. Best number?
C: [[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]].
A: And e-mail?
C: [[EMAIL:{em}@eircom.net]].
A: I'll book you for ((date:Thursday the 20th)) at ((time:2 o'clock)).
"""


@case
def c40(g):
    acct = g.d(8); sc = g.d(6); d, mth, yr = g.dob(1950, 1985); pc = g.ukpc("B15"); h = g.house(1, 200)
    p, q = g.money(9, 18)
    return "asr", f"""
A: thank you for calling homeheat cover you're speaking to [[NAME:jasmine]]
C: hello i want to change the bank account for my direct debit
A: no problem can i take your name
C: [[NAME:hector achterberg]]
A: and your date of birth [[NAME:hector]]
C: [[DOB:{ordw(d)} {mon(mth)} {yw(yr)}]]
A: and the first line of the address and postcode
C: [[ADDRESS:{nw(h)} harborne road]] [[POSTCODE:{lw(pc)}]]
A: lovely go ahead with the new sort code
C: [[ACCOUNT_NUMBER:{w(sc[:2])} {w(sc[2:4])} {w(sc[4:])}]]
A: and account number
C: [[ACCOUNT_NUMBER#a:{w(acct[:4])}]] <um> [[ACCOUNT_NUMBER#a:{w(acct[4:])}]]
A: thanks your payment stays at ((price:{money_w(p, q)})) on the ((date:twenty eighth))
C: lovely
"""
@case
def c41(g):
    c = g.card("a"); b = amex(c); cv = g.cvv(4); m, y = g.exp(); em = "priscilla.obuya"
    zp = g.zip("303"); h = g.house(100, 4000)
    return "transcript", f"""
A: Peachtree Home Warranty, this is [[NAME:Marvin]].
C: Hi [[NAME:Marvin]]. I'd like to buy the Platinum plan I saw online.
A: Great choice. It's ((price:$54.99/month)) or ((price:$599 a year)).
C: The yearly one. I'm [[NAME:Priscilla Obuya]], [[ADDRESS:{h} Ponce de Leon Avenue]], Atlanta, [[POSTCODE:{zp}]].
A: Thank you. E-mail?
C: [[EMAIL:{em}@outlook.com]].
A: And the card?
C: Amex. [[CARD_NUMBER#a:{b[0]} {b[1][:3]}]]... [crosstalk]... [[CARD_NUMBER#a:{b[1][3:]} {b[2]}]].
A: Sorry, we talked over each other. Can you give me the whole thing once more?
C: [[CARD_NUMBER:{b[0]} {b[1]} {b[2]}]].
A: Got it. And the four-digit code on the front?
C: [[CVV:{cv}]].
A: Expiry?
C: [[EXPIRY:{m}/{y}]].
A: You're covered after a ((duration:30-day)) waiting period.
"""


@case
def c42(g):
    ph = g.au_phone(); pc = g.aupc("3"); h = g.house(1, 300); d, mth, yr = g.dob(1975, 2000)
    lic = g.d(9)
    return "asr", f"""
A: hi there you've called southern cross driving school [[NAME:lachlan]] speaking
C: hi i'm booking a test prep package for myself i'm [[NAME:ngaire pomare]]
A: no worries [[NAME:ngaire]] can i get your learner permit number
C: [[ACCOUNT_NUMBER:{w(lic[:3])} {w(lic[3:6])} {w(lic[6:])}]]
A: and date of birth
C: [[DOB:{w(str(d))} {w(str(mth))} {tw(str(yr))}]]
A: and where should the instructor pick you up
C: [[ADDRESS:{nw(h)} sydney road]] brunswick [[POSTCODE:{w(pc)}]]
A: and a mobile
C: [[PHONE:{w(ph[:4])} {w(ph[4:7])} {w(ph[7:])}]]
A: the package is ((count:five)) lessons and the test day car for ((price:four hundred and ninety dollars))
C: when's the earliest
A: ((date:the twenty third)) at ((time:seven forty five)) in the morning
C: yeah that works
"""


@case
def c43(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); amt = g.n(1200, 4800)
    claim = "CL" + g.d(6)
    return "transcript", f"""
A: Tailwag Insurance claims, [[NAME:Yusuf]] speaking.
C: Hi, I've had a letter saying my claim [[ACCOUNT_NUMBER:{claim}]] was only partly paid.
A: Let me look... The vet invoiced ((price:£{cm(str(amt))})) and we paid ((percentage:80%)) after the excess.
C: So I owe the vet the rest?
A: That's right. I can pay the vet directly from your card if you like.
C: Please. It's [[CARD_NUMBER#a:{b[0]}]], uh, [[CARD_NUMBER#a:{b[1]}]], uh, [[CARD_NUMBER#a:{cm(b[2])}, {b[3]}]].
A: Thank you. Name on the card?
C: [[NAME:Imelda Costigan]].
A: Expiry?
C: [[EXPIRY:{Mon(int(m))} 20{y}]].
A: Security code?
C: [[CVV:{w(cv).title()}]].
A: Lovely. I'll e-mail you the remittance. Anything else, [[NAME:Imelda]]?
C: No, that's great.
"""


@case
def c44(g):
    em = "ari.gold.stein" + g.d(2); ph = g.us_phone("617"); zp = g.zip("021"); h = g.house(1, 120)
    return "asr", f"""
A: back bay orthodontics this is [[NAME:shauna]]
C: hi i'm calling for my son [[NAME:eli goldstein]] he lost his retainer again
A: oh no the replacement is ((price:one fifty)) per arch
C: ugh okay can you mail it or do we pick up
A: we'll need a new scan so he has to come in what's the best callback number
C: [[PHONE#a:{w(ph[:3])} {w(ph[3:6])}]] <um> [[PHONE#a:{w(ph[6:])}]]
A: and the guardian's name
C: [[NAME:ari goldstein]] and my email is [[EMAIL:ari dot gold dot stein {w(em[-2:])} at gmail dot com]]
A: still at [[ADDRESS:{nw(h)} beacon street]] [[POSTCODE:{w(zp)}]]
C: yes
A: i can see [[NAME:eli]] ((date:tuesday)) at ((time:four fifteen))
C: perfect thank you
"""


@case
def c45(g):
    c = g.card("m"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); acct = g.d(7)
    return "asr", f"""
I: hello you have reached safeflame boiler cover to make a payment say payment
C: payment
I: please say your seven digit customer number
C: [[ACCOUNT_NUMBER:{w(acct)}]]
I: thank you please say your card number
C: [[CARD_NUMBER#a:{w(b[0])}]] <um> [[CARD_NUMBER#a:{w(b[1])} {w(b[2])}]] <unk> [[CARD_NUMBER#a:{w(b[3])}]]
I: i heard [[CARD_NUMBER:{w(b[0])} {w(b[1])} {w(b[2])} {w(b[3])}]] is that right
C: yes
I: please say the expiry date
C: [[EXPIRY:{w(m)} {w(y)}]]
I: and the three digit security code from the back of the card
C: [[CVV:{w(cv)}]]
I: thank you your arrears of ((price:thirty six pounds)) are cleared
I: press ((other:star)) to return to the main menu
C: [noise]
"""
@case
def c46(g):
    pc = g.ukpc("G12"); h = g.house(1, 60); ph = g.uk_mob(); em = "ailsa.mcbride"
    return "transcript", f"""
A: Kelvin Window Care, [[NAME:Stuart]] speaking.
C: Hiya, I'd like a quote for windows and gutters. It's a ((count:three))-storey tenement flat.
A: Top floor?
C: Aye, top floor. [[ADDRESS:Flat 3/2, {h} Hyndland Road]], [[POSTCODE:{pc}]].
A: We'd need a pole system for that. Roughly ((price:£35)) for windows and ((price:£60)) for gutters.
C: That's fine. Name's [[NAME:Ailsa McBride]].
A: And a number, [[NAME:Ailsa]]?
C: [[PHONE:{ph[:5]} {ph[5:8]} {ph[8:]}]].
A: E-mail for the invoice?
C: [[EMAIL:{em}@live.co.uk]].
A: We're in your area every ((duration:six weeks)), next on the ((date:9th)).
C: Grand. Do I need to be in?
A: No, just leave the close door on the latch.
"""


@case
def c47(g):
    s = g.ssn(); d, mth, yr = g.dob(1941, 1958); zp = g.zip("852"); h = g.house(1000, 9999)
    ph = g.us_phone("602")
    return "asr", f"""
A: desert rose funeral planning this is [[NAME:corinne]]
C: hello dear i'm calling because i received a letter about my prepaid plan and i don't understand it
A: i'm happy to explain can i have your full name
C: [[NAME:wilbur haskins]]
A: and your date of birth mr [[NAME:haskins]]
C: [[DOB:{mon(mth)} {nw(d)} {nw(yr)}]]
A: and the last four of your social security number
C: [[SSN:{w(s[5:])}]]
A: thank you the letter is about a price adjustment for the casket which went up ((percentage:three percent))
C: but i paid it all already back in ((year:{yw(g.n(2008, 2015))}))
A: yes and you're protected the increase is covered by the trust you owe nothing
C: oh thank goodness
A: is your address still [[ADDRESS:{nw(h)} east cactus road]] scottsdale [[POSTCODE:{w(zp)}]]
C: yes and my phone [[PHONE:{w(ph)}]]
A: perfect you're all set
"""


@case
def c48(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); days = g.n(2, 5)
    return "transcript", f"""
A: Hi, Scaffold Direct, [[NAME:Lee]] here.
C: Hi [[NAME:Lee]], it's [[NAME:Oksana]] from the Hillcrest job. We need ((count:two)) more towers.
A: ((model_number:Boss Clima 4.2)) like before?
C: Yeah, same. For ((duration:{days} days)).
A: That's ((price:£{g.n(140, 260)})). Card?
C: Um, [[CARD_NUMBER#a:{b[0]}]] -- [[CARD_NUMBER#a:{b[1]}]] -- [[CARD_NUMBER#a:{b[2]}]] -- [[CARD_NUMBER#a:{b[3]}]].
A: Expiry and CVV?
C: [[EXPIRY:{m}-{y}]], [[CVV:{cv}]].
A: Sorted. Delivery's ((time:7:30am)) tomorrow.
C: The gate's locked till ((time:8)).
A: I'll tell the driver.
"""


@case
def c49(g):
    acct = g.d(8); em = "t.nakamura" + g.d(2); pc = g.capc("T"); h = g.house(100, 999)
    return "asr", f"""
A: prairie pest solutions this is [[NAME:gord]]
C: hi i've got a mouse problem in the garage my account number is [[ACCOUNT_NUMBER:{w(acct)}]]
A: got it is this [[NAME:takeshi nakamura]]
C: yep
A: okay still at [[ADDRESS:{nw(h)} mahogany boulevard]] calgary
C: yes [[POSTCODE:{lw(pc)}]]
A: we can put out ((count:four)) bait stations it's ((price:one nineteen plus tax))
C: sure is it safe for a dog
A: they're tamper proof yeah
C: okay email the invoice to [[EMAIL:t dot nakamura {w(em[-2:])} at shaw dot ca]]
A: will do [[NAME:takeshi]] the tech comes ((date:thursday)) between ((time:one)) and ((time:five))
"""


@case
def c50(g):
    c = g.card("m"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); p = g.n(30, 80)
    return "transcript", f"""
A: Good morning, Pearl Dental, [[NAME:Tomasz]] speaking.
C: Hello, I need to pay a cancellation fee, I think. I missed my appointment. Sorry.
A: Name?
C: [[NAME:Marguerite Delacroix-Hume]].
A: Yes, it's ((price:£{p})) for a missed ((duration:30-minute)) slot. Card number?
C: [[CARD_NUMBER#a:{sp(b[0])} {sp(b[1])}]] [inaudible] sorry, I'm on the bus. [[CARD_NUMBER#a:{sp(b[2])} {sp(b[3])}]].
A: Let me check I have it. I've got [[CARD_NUMBER:{b[0]} {b[1]} {b[2]} {b[3]}]].
C: Yes.
A: Expiry?
C: [[EXPIRY:{m}/{y}]].
A: The three on the back?
C: [[CVV:{cv}]].
A: Thank you. Would you like to rebook?
C: Not yet. I'll call next week.
"""
@case
def c51(g):
    acct = g.d(9); d, mth, yr = g.dob(1962, 1990); pc = g.ukpc("NE3"); h = g.house(1, 150)
    em = "geordie.blythe"
    return "asr", f"""
A: northumbria alarm response you're speaking to [[NAME:carly]]
C: hiya i've had a letter saying the monitoring price is going up
A: yes it's going up by ((percentage:four point five percent)) from ((date:april))
C: that's daylight robbery
A: i understand can i verify the account for you first
C: [[ACCOUNT_NUMBER:{w(acct[:3])} {w(acct[3:6])} {w(acct[6:])}]] and i'm [[NAME:geordie blythe]]
A: date of birth
C: [[DOB:{w(str(d))} {w(str(mth))} {tw(str(yr)[2:])}]]
A: and the address
C: [[ADDRESS:{nw(h)} kenton lane]] gosforth [[POSTCODE:{lw(pc)}]]
A: i can offer a ((duration:twelve month)) price freeze if you switch to annual billing
C: what would that come to
A: ((price:two hundred and four pounds)) for the year
C: go on then email me the details [[EMAIL:geordie dot blythe at gmail dot com]]
"""


@case
def c52(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); ref = g.fail(14)
    return "transcript", f"""
A: Sparkle Pro Solar Cleaning, [[NAME:Ingrid]] speaking.
C: Hi, I'm paying invoice... hang on... the reference is [[ACCOUNT_NUMBER:{ref}]].
A: Thanks. That's ((price:$240)) for ((count:32)) panels. Card number?
C: [[CARD_NUMBER#a:{b[0][:2]} {b[0][2:]} {b[1][:2]} {b[1][2:]}, {b[2][:2]} {b[2][2:]} {b[3][:2]} {b[3][2:]}]].
A: Expiry?
C: [[EXPIRY:{m}/{y}]]. Code's [[CVV:{cv}]].
A: Name on card?
C: [[NAME:Benedikt Larsson]].
A: All done, [[NAME:Benedikt]]. Receipt goes to the e-mail on file.
C: Cheers.
"""


@case
def c53(g):
    n = g.ni(); d, mth, yr = g.dob(1950, 1972); pol = g.d(8); ph = g.uk_land()
    return "transcript", f"""
A: Heritage Funeral Plans, [[NAME:Derek]] speaking. How can I help?
C: I'm calling about my father's plan. He's gone into a care home and I have power of attorney.
A: I'm sorry to hear that. What's your father's name?
C: [[NAME:Alwyn Pritchard]].
A: And his plan number?
C: [[ACCOUNT_NUMBER:{pol}]].
A: For security, his date of birth and National Insurance number?
C: [[DOB:{d} {Mon(mth)} {yr}]]. NI is [[SSN:{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}]].
A: Thank you. I'll need a copy of the LPA. Is the best number for you [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]]?
C: Yes. I'm his son, [[NAME:Rhodri]].
A: Thanks, [[NAME:Rhodri]]. I'll post a form today; it takes ((duration:5 to 7 days)).
C: Thank you.
"""


@case
def c54(g):
    c = g.card("d"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); zp = g.zip("481"); h = g.house(100, 9000)
    return "asr", f"""
A: great lakes home shield this is [[NAME:dominique]]
C: yeah i got a renewal notice and i want to pay it
A: sure what's the name on the plan
C: [[NAME:russell oyelaran]] at [[ADDRESS:{nw(h)} woodward avenue]] detroit [[POSTCODE:{w(zp)}]]
A: thank you the renewal is ((price:five hundred forty nine)) for ((duration:twelve months))
C: okay card is [[CARD_NUMBER#a:{w(b[0])} {w(b[1])}]] [crosstalk] [[CARD_NUMBER#a:{w(b[2])}]]
A: sorry i think we talked over each other
C: [[CARD_NUMBER#a~:{w(b[2])}]] and then [[CARD_NUMBER#a:{w(b[3])}]]
A: expiration
C: [[EXPIRY:{w(m)} {w(y)}]]
A: and the cvv
C: [[CVV:{w(cv)}]]
A: okay you're renewed through ((date:next june))
"""


@case
def c55(g):
    d, mth, yr = g.dob(2008, 2012); pc = g.aupc("4"); h = g.house(1, 90); ph = g.au_phone()
    em = "tash.kowalski"
    return "transcript", f"""
A: Hi, Brisbane Smiles Orthodontics, [[NAME:Kayla]] speaking.
C: Hi, I'd like to book my daughter for an assessment. Her name's [[NAME:Zoe Kowalski]].
A: Lovely. Her date of birth?
C: [[DOB:{d}/{mth}/{yr}]].
A: And your name?
C: [[NAME:Natasha Kowalski]].
A: Address?
C: [[ADDRESS:{h} Waterworks Road]], Ashgrove QLD [[POSTCODE:{pc}]].
A: Phone and e-mail?
C: [[PHONE:{ph[:2]} {ph[2:6]} {ph[6:]}]] and [[EMAIL:{em}@optusnet.com.au]].
A: Great. The first assessment is free; it's ((duration:45 minutes)).
C: After ((time:3:30)) is best, she's at school.
A: I've got ((date:Wednesday 14th)) at ((time:3:45)).
"""
@case
def c56(g):
    acct = g.d(6); p = g.n(90, 160)
    return "asr", f"""
I: thanks for calling swiftskip to book a collection press ((other:one)) for payments press ((other:two))
C: [keypad tone]
I: please say your six digit booking number
C: [[ACCOUNT_NUMBER#a:{w(acct[:3])}]] <uh> [[ACCOUNT_NUMBER#a:{w(acct[3:])}]]
I: thank you your skip is due for collection on ((date:friday the sixth))
I: to extend your hire by ((duration:seven days)) for ((price:{nw(p)} pounds)) say extend
C: extend
I: your hire has been extended please hold for an advisor
A: hi it's [[NAME:kelsey]] just confirming the extension for mr [[NAME:pereira]] is that you
C: yeah [[NAME:duarte pereira]]
A: lovely the card on file will be charged is that okay
C: yeah fine
"""


@case
def c57(g):
    em = "harpreet.sandhu" + g.d(2); pc = g.ukpc("LE4"); h = g.house(1, 200); pol = "PB" + g.d(7)
    return "transcript", f"""
A: Hi, you're through to Paws & Claws Insurance, [[NAME:Emeka]] speaking.
C: Hi, my rabbit needs an X-ray and I want to check she's covered.
A: Policy number?
C: [[ACCOUNT_NUMBER:{pol}]].
A: Is that [[NAME:Harpreet Sandhu]] at [[ADDRESS:{h} Melton Road]], [[POSTCODE:{pc}]]?
C: That's right.
A: Yes, diagnostics are covered up to ((price:£1,500)) a year, minus the ((price:£99)) excess.
C: Great. Can you e-mail me the policy wording?
A: To [[EMAIL:{em}@hotmail.co.uk]]?
C: Yes.
A: Sent. Anything else?
C: No, thank you.
"""


@case
def c58(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp()
    return "asr", f"""
A: alright mate premier scaffolding [[NAME:dazza]] speaking
C: yeah it's [[NAME:wayne]] from [[NAME:coulson]] builders need to settle the invoice from last month
A: yeah ((price:two grand)) give or take what's the card
C: [[CARD_NUMBER#a:{w(b[0])}]] <um> [[CARD_NUMBER#a~:{w(b[1][:3])}]] oh hang on that's wrong [[CARD_NUMBER#a:{w(b[1])}]]
A: yep
C: [[CARD_NUMBER#a:{w(b[2])} {w(b[3])}]]
A: and the usual expiry and code
C: [[EXPIRY:{w(m)} {w(y)}]] [[CVV:{w(cv)}]]
A: sorted cheers [[NAME:wayne]]
"""
@case
def c59(g):
    kw = g.n(4, 10); yr = g.n(2014, 2020); p = g.n(900, 2200); ph = g.uk_mob()
    return "transcript", f"""
A: Brightwatt Solar Servicing, [[NAME:Hamish]] speaking.
C: Hi, my inverter's showing an error, ((other:E-021)), and the app says ((quantity:0 kWh)) today.
A: What's the inverter model?
C: A ((model_number:SolarEdge SE5000H)). Installed in ((year:{yr})).
A: Right, that's out of the ((duration:10-year)) warranty soon. How big is the array?
C: About ((quantity:{kw} kW)), ((count:{kw * 3})) panels.
A: A replacement would be around ((price:£{cm(str(p))})). But let's try a reset first.
C: OK, what do I do?
A: Switch the AC isolator off, wait ((duration:five minutes)), then back on.
C: Done... it's showing ((quantity:1.2 kW)) now!
A: Brilliant. If it drops again, ring us on this number.
C: Could you text me the steps? I'm [[NAME:Elspeth Guthrie]], on [[PHONE:{ph}]].
A: Will do, [[NAME:Elspeth]].
"""


@case
def c60(g):
    em = "b.oyelowo"; zp = g.zip("212"); h = g.house(100, 9000); d, mth, yr = g.dob(1958, 1980)
    return "asr", f"""
A: chesapeake will and estate this is [[NAME:marisol]] how may i help
C: hi i'd like to update my will after my divorce my name is [[NAME:babatunde oyelowo]]
A: i'm sorry to hear about the divorce [[NAME:babatunde]] can i verify your date of birth
C: [[DOB:{mon(mth)} {ordw(d)} {yw(yr)}]]
A: and current address
C: [[ADDRESS:{nw(h)} york road]] towson maryland [[POSTCODE:{w(zp)}]]
A: the amendment is ((price:two hundred and fifty dollars)) and takes about ((duration:two weeks))
C: fine email the forms to [[EMAIL:b dot oyelowo at verizon dot net]]
A: done i've also noted you have ((count:two)) children as beneficiaries still
C: yes that stays the same
A: great you'll hear from us by ((date:the twentieth))
"""


@case
def c61(g):
    pc = g.eir("V94"); h = g.house(1, 40); ph = g.ie_phone(); cust = g.d(8)
    return "transcript", f"""
A: Shannon Pest Control, [[NAME:Eimear]] speaking.
C: Hi, it's [[NAME:Cathal Reidy]]. Rats in the shed again. Customer number [[ACCOUNT_NUMBER:{cust}]].
A: Thanks, [[NAME:Cathal]]. [[ADDRESS:{h} Ennis Road]], Limerick, [[POSTCODE:{pc}]]?
C: That's it.
A: It's your ((count:third)) visit this year, so it's covered on the contract.
C: Good, because the last lot was ((price:€120)).
A: Can I confirm a mobile for the technician?
C: [[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]].
A: Grand. He'll be there ((date:Monday)) morning, between ((time:9)) and ((time:12)).
C: Perfect, thanks.
"""


@case
def c62(g):
    yrs = g.n(3, 12); p = g.n(180, 340)
    return "asr", f"""
A: morning crystal clear gutters and windows [[NAME:becky]] speaking
C: hiya i just want to ask do you do conservatory roofs
A: we do yeah it's usually ((price:{nw(p)} pound)) for a standard one
C: and how long does it take
A: about ((duration:two hours)) depending on the moss
C: the roof's ((year:{yw(2024 - yrs)})) it's never been done
A: then it might be a bit more we'd send [[NAME:dean]] to look first
C: yeah okay i'll ring back when my husband's home
A: no worries we're open till ((time:five)) most days
"""
@case
def c63(g):
    em = "f.abernethy"; pc = g.ukpc("AB15"); h = g.house(1, 90); d, mth, yr = g.dob(1966, 1988)
    return "transcript", f"""
A: Granite City Physio, [[NAME:Morag]] speaking.
C: Hi, I'm self-referring. Sore shoulder, about ((duration:three weeks)) now.
A: OK. Name and date of birth?
C: [[NAME:Fergus Abernethy]], [[DOB:{d:02d}.{mth:02d}.{yr}]].
A: Address?
C: [[ADDRESS:{h} Great Western Road]], [[POSTCODE:{pc}]].
A: And e-mail, so we can send the intake form?
C: [[EMAIL:{em}@yahoo.co.uk]].
A: First session is ((price:£55)) for ((duration:45 minutes)). ((date:Friday)) at ((time:8:15))?
C: Brilliant.
"""


@case
def c64(g):
    c = g.card("m"); b = blocks(c); cv = g.cvv(); m, y = g.exp()
    return "asr", f"""
A: hi kindred pet cover [[NAME:reuben]] speaking
C: hiya i want to pay my pet premium that bounced last week
A: sure that's ((price:eighteen forty)) for the ((count:two)) cats
C: [[CARD_NUMBER#a:{w(b[0])} {w(b[1])} {tw(b[2])} {tw(b[3])}]]
A: expiry and security code
C: [[EXPIRY:{w(m)} {w(y)}]] [[CVV:{w(cv)}]]
A: that's paid the next one goes out on the ((date:first))
C: cheers
"""


@case
def c65(g):
    acct = "HW-" + g.d(4) + "-" + g.d(3); ph = g.us_phone("206"); ext = g.d(3)
    return "transcript", f"""
A: Evergreen Home Protection, this is [[NAME:Tamsin]].
C: Hi. My dishwasher claim, [[ACCOUNT_NUMBER:{acct}]]. The part's on backorder?
A: Yes, it's due in ((duration:10 to 14 days)). The part number is ((model_number:W10712395)).
C: That's ridiculous. We've got ((count:four)) kids.
A: I understand. I can offer a ((price:$150)) cash-out instead.
C: Let me think. Can someone call me at work? [[PHONE#a:{ph[:3]}.{ph[3:6]}.{ph[6:]}]], ext. [[PHONE#a~:{ext}]].
A: Of course. A supervisor will call by ((time:4 p.m.)) Pacific.
C: Thanks. Ask for [[NAME:Gideon Ferreira]].
"""


@case
def c66(g):
    return "asr", f"""
A: hello driveright academy [[NAME:sunita]] speaking
C: hi i just wanted to ask what your pass rate is
A: first time pass rate is about ((percentage:sixty eight percent)) last year
C: and how many hours does someone usually need
A: the average is ((duration:forty five hours)) with us plus private practice
C: okay and do you do intensive courses
A: yeah a ((duration:five day)) intensive is ((price:eight hundred and ninety five pounds))
C: alright i'll talk to my daughter she's ((other:seventeen)) in ((date:may))
A: no problem give us a ring back
"""


@case
def c67(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp(); pc = g.ukpc("BN1")
    return "transcript", f"""
A: Sussex Boiler Care, [[NAME:Katya]] speaking. Can I take your postcode?
C: [[POSTCODE:{pc}]].
A: And the name?
C: [[NAME:Oluwaseun Adebayo-Hart]]. I want to pay for a one-off service, not the plan.
A: That's ((price:£85)). Card, please.
C: [[CARD_NUMBER#a:{dbl(b[0])} {dbl(b[1])}]], [pause] [[CARD_NUMBER#a:{dbl(b[2])}, {dbl(b[3])}]].
A: Expiry, and the code on the back?
C: [[EXPIRY:{m}/{y}]]. [[CVV:{cv}]].
A: Engineer's booked for ((date:the 3rd)), ((time:8 till 12)).
"""
@case
def c68(g):
    em = "lucinda.farrow" + g.d(2); zp = g.zip("021")
    return "asr", f"""
A: harbor alarm monitoring this is [[NAME:quincy]]
C: hi my smoke detector keeps chirping at night
A: that's a low battery usually they last about ((duration:ten years)) what model is it
C: it says ((model_number:sd triple x two)) on the back
A: okay i'll send you ((count:two)) replacement batteries free what's your email for the tracking
C: [[EMAIL:lucinda dot farrow {w(em[-2:])} at icloud dot com]] and the zip is [[POSTCODE:{w(zp)}]]
A: thanks they'll arrive in ((duration:three to five days))
C: great thank you
"""


@case
def c69(g):
    acct = g.d(8); h = g.house(1, 60); pc = g.aupc("6")
    return "transcript", f"""
A: Perth Funeral Plans, [[NAME:Rohan]] speaking.
C: G'day. I'm after the cost of upgrading from the basic to the standard plan. Member [[ACCOUNT_NUMBER:{acct}]].
A: Thanks. That's [[NAME:Gwendolyn Sturt]] at [[ADDRESS:{h} Stirling Highway]], Claremont [[POSTCODE:{pc}]]?
C: Yes, that's me.
A: The difference is ((price:$1,150)), or ((price:$48 a month)) over ((duration:24 months)).
C: Monthly, please. Same bank details.
A: Done. Your new certificate will arrive within ((duration:a fortnight)).
"""


@case
def c70(g):
    return "asr", f"""
A: hello this is [[NAME:oisin]] at citywide skip hire
C: hi can you put a skip on the road or do i need a permit
A: on the road you need a council permit we sort it for ((price:thirty five pounds))
C: how long does that take
A: usually ((duration:three working days)) so book by ((date:wednesday)) for a monday drop
C: and what size for a bathroom
A: a ((quantity:four yard)) midi is plenty
C: okay i'll book online thanks
"""


@case
def c71(g):
    ph = g.uk_mob(); em = "dilys.owain"
    return "transcript", f"""
A: Ty Gwyn Dental, [[NAME:Nerys]] speaking.
C: Hiya, it's [[NAME:Dilys Owain]]. I've cracked a tooth, it's agony.
A: Oh no. We have an emergency slot at ((time:11:20)). It's ((price:£45)) for the assessment.
C: I'll take it.
A: Mobile still [[PHONE:{ph[:5]}-{ph[5:]}]]?
C: Yes. And can you send the form to [[EMAIL:{em}@gmail.com]]?
A: Will do. Take ((count:two)) paracetamol till then.
"""


@case
def c72(g):
    return "asr", f"""
A: thanks for holding you're through to [[NAME:harvey]] at peak scaffold hire
C: hiya just a quick one how long's the minimum hire
A: minimum is ((duration:four weeks)) then it's weekly after that
C: and for a ((quantity:two storey)) semi front only
A: roughly ((price:six fifty)) plus vat for the first four weeks
C: does that include the inspection
A: yeah weekly inspection included and ((count:one)) free adaptation
C: okay i'll get back to you
A: no bother
"""
@case
def c73(g):
    h = g.house(1, 99); pc = g.ukpc("OX4"); em = "wilf.hetherington"
    return "transcript", f"""
A: OXFORD WINDOW CLEANERS [[NAME:JAMAL]] SPEAKING
C: HI I WANT TO CANCEL MY CLEANS WE'RE MOVING ON THE ((date:30TH))
A: SORRY TO LOSE YOU WHAT'S THE ADDRESS
C: [[ADDRESS:{h} IFFLEY ROAD]] [[POSTCODE:{pc}]] IT'S [[NAME:WILF HETHERINGTON]]
A: THERE'S ((price:£14)) OWING FOR THE LAST CLEAN
C: FINE SEND THE BILL TO [[EMAIL:{em.upper()}@PROTONMAIL.COM]]
A: DONE GOOD LUCK WITH THE MOVE
"""


@case
def c74(g):
    pol = g.d(9); p = g.n(200, 900)
    return "asr", f"""
A: hi there it's [[NAME:felicity]] at purrfect pet insurance
C: hi my dog ate chocolate and the vet bill was ((price:{nw(p)} pounds)) is that covered
A: accidental ingestion is covered what's the policy number
C: [[ACCOUNT_NUMBER#a:{w(pol[:3])}]] [inaudible] [[ACCOUNT_NUMBER#a:{w(pol[3:])}]]
A: got it you'll need to upload the invoice within ((duration:ninety days))
C: how much is the excess again
A: ((price:ninety nine pounds)) and then ((percentage:twenty percent)) co-pay as he's over ((other:eight))
C: okay thanks
"""


@case
def c75(g):
    h = g.house(10, 800); zp = g.zip("787")
    return "transcript", f"""
A: Hill Country Solar, this is [[NAME:Colby]].
C: Hi, I'm a homeowner at [[ADDRESS:{h} Barton Springs Road]], Austin, [[POSTCODE:{zp}]], and I want a quote.
A: Sure. What's your average electric bill?
C: About ((price:$220)) in summer, ((price:$130)) in winter.
A: You'd likely need around ((quantity:8 kW)). The federal credit is ((percentage:30%)).
C: And payback time?
A: Typically ((duration:seven to nine years)).
C: OK, send someone out. I'm [[NAME:Amara Whitfield]].
"""


@case
def c76(g):
    return "asr", f"""
A: hello northern boiler cover [[NAME:ashok]] speaking
C: hi my boiler pressure's dropped to ((quantity:half a bar)) is that bad
A: it should be between ((quantity:one and one point five bar)) when cold
C: how do i top it up
A: there's a filling loop under the boiler open both taps for about ((duration:ten seconds))
C: okay [noise] it's going up
A: stop at ((quantity:one point two))
C: done thanks
"""


@case
def c77(g):
    return "transcript", f"""
A: Safehome Alarms, [[NAME:Greta]] speaking.
C: HI MY KEYPAD IS BEEPING AND SAYS ((other:FAULT 07)) WHAT DOES THAT MEAN
A: That's a battery fault on the panel. Is the power on?
C: YES WE HAD A POWER CUT FOR ((duration:2 HOURS)) LAST NIGHT
A: Then it will recharge within ((duration:24 hours)). Press ((other:9)) then the tick to silence it.
C: THAT'S STOPPED IT THANK YOU
"""


@case
def c78(g):
    return "asr", f"""
A: good afternoon parkside physiotherapy [[NAME:ravi]] speaking
C: hi do you do home visits for elderly patients my mum's ((other:eighty seven))
A: we do home visits are ((price:seventy five pounds)) for ((duration:an hour))
C: she had a hip replacement on the ((date:second))
A: we'd usually start about ((duration:two weeks)) after the op
C: lovely i'll book through the website
"""
@case
def c79(g):
    c = g.card("v"); b = blocks(c); cv = g.cvv(); m, y = g.exp()
    return "asr", f"""
A: hello bugbusters pest control it's [[NAME:nadia]]
C: hi it's [[NAME:piotr zielinski]] the bedbug treatment yesterday i owe the balance
A: yes ((price:two hundred and ten pounds)) [[NAME:piotr]]
C: card [[CARD_NUMBER#a:{w(b[0])}]] <um> [[CARD_NUMBER#a:{w(b[1])}]] [pause] [[CARD_NUMBER#a:{w(b[2])}]] <um> [[CARD_NUMBER#a:{w(b[3])}]]
A: thanks expiry and the three digits
C: [[EXPIRY:{w(m)} {w(y)}]] [[CVV:{w(cv)}]]
A: paid the follow up is in ((duration:fourteen days))
"""


@case
def c80(g):
    return "transcript", f"""
A: Legacy Wills Direct, [[NAME:Benedetta]] speaking.
C: Hello, I'm [[NAME:Cornelius Ashdown]]. Do you do lasting powers of attorney as well?
A: We do. It's ((price:£295)) per document, plus the ((price:£82)) registration fee.
C: And how long to register?
A: Currently about ((duration:16 weeks)).
C: Goodness. Book me a home visit, please, any ((date:Tuesday)).
A: I've pencilled in ((time:10:30)). [[NAME:Benedetta]] again will come.
C: Wonderful.
"""

# ---------------------------------------------------------------- markup, checks, output
PII_RE = re.compile(r"\[\[([A-Z_]+)(?:#([a-z0-9]+)(~?))?:(.+?)\]\]")
KEEP_RE = re.compile(r"\(\(([a-z_]+):(.+?)\)\)")
ANY_RE = re.compile(r"\[\[([A-Z_]+)(?:#([a-z0-9]+)(~?))?:(.+?)\]\]|\(\(([a-z_]+):(.+?)\)\)")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS", "POSTCODE",
         "ACCOUNT_NUMBER", "NAME"]
KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration", "percentage",
         "model_number", "count", "other"]
MINS = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35, "EMAIL": 25,
        "DOB": 20, "ADDRESS": 35, "POSTCODE": 35, "ACCOUNT_NUMBER": 45, "NAME": 200}
SPK = {"A": "agent", "C": "customer", "I": "ivr"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "doctor", "sir", "madam"}
STREET = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
          "court", "ct", "crescent", "cres", "way", "place", "pl", "terrace", "grove", "gardens",
          "parade", "boulevard", "blvd", "row", "hill", "park", "square", "mews", "walk", "view",
          "rise", "highway", "hwy", "circle", "trail", "green", "heights", "quay", "wynd",
          "gate", "brae", "esplanade", "crossing", "loop", "pike", "point", "manor", "meadows", "heol"}
PUNCT = " \t.,;:!?-'\"()[]<>/"


def parse(raw):
    """strip markup from one line -> text, pii [(s,e,type,grp,excl)], keep [(s,e,kind)]"""
    text, pii, keep, pos = "", [], [], 0
    for m in ANY_RE.finditer(raw):
        text += raw[pos:m.start()]
        if m.group(1):
            val = m.group(4)
            pii.append((len(text), len(text) + len(val), m.group(1), m.group(2), m.group(3) == "~"))
        else:
            val = m.group(6)
            keep.append((len(text), len(text) + len(val), m.group(5)))
        text += val
        pos = m.end()
    text += raw[pos:]
    return text, pii, keep


def toks(s):
    s = s.lower().replace(",", " ").replace("-", " ").replace("/", " ").replace(".", " ")
    return [t for t in re.split(r"[\s]+", re.sub(r"[^a-z0-9 ]", " ", s)) if t]


def digits_of(s, letters=False):
    t = toks(s)
    out, i = [], 0
    while i < len(t):
        x = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else ""
        if x.isdigit():
            out.append(x)
        elif x in ("double", "triple") and nxt:
            k = 2 if x == "double" else 3
            if nxt.isdigit() and len(nxt) == 1:
                out.append(nxt * k)
            elif nxt in UNITS:
                out.append(str(UNITS[nxt]) * k)
            elif letters and len(nxt) == 1:
                out.append(nxt.upper() * k)
            i += 1
        elif x in UNITS and not (letters and x == "o"):
            out.append(str(UNITS[x]))
        elif x in TEENS:
            out.append(str(TEENS[x]))
        elif x in TENS:
            if nxt in UNITS and nxt not in ("zero", "oh", "o"):
                out.append(str(TENS[x]) + str(UNITS[nxt]))
                i += 1
            else:
                out.append(str(TENS[x]) + "0")
        elif x == "hundred":
            if nxt in UNITS:
                out.append("0")
            elif nxt in TEENS or nxt in TENS:
                pass
            else:
                out.append("00")
        elif x == "thousand":
            if nxt in UNITS:
                out.append("00")
            elif nxt in TEENS or nxt in TENS:
                out.append("0")
            elif nxt == "hundred" or (i + 2 < len(t) and t[i + 2] == "hundred"):
                pass
            else:
                out.append("000")
        elif letters:
            if x in NATO:
                out.append(NATO[x])
            elif re.fullmatch(r"[a-z0-9]+", x) and (len(x) <= 2 or any(c.isdigit() for c in x)):
                out.append(x.upper())
        i += 1
    return "".join(out)


def is_digit_word(t):
    return t in NUMWORDS or t.isdigit()


def card_ok(ds):
    return len(ds) in (15, 16) and luhn_ok(ds) and (ds[0] in "3456" or ds[:2] in ("22", "23", "24", "25", "26", "27"))


def phone_ok(ds):
    if len(ds) == 10 and ds[0] in "23456789" and ds[3] in "23456789":
        return True  # US / Canada
    if len(ds) == 11 and ds[0] == "1":
        return True
    if len(ds) == 11 and ds[0] == "0" and ds[1] in "1237":
        return True  # UK
    if len(ds) == 12 and ds.startswith("44"):
        return True
    if len(ds) == 10 and ds[0] == "0" and ds[1] in "23478":
        return True  # Australia
    if len(ds) == 10 and ds.startswith("08"):
        return True  # Ireland mobile
    return False


def ssn_ok(raw, ds):
    c = digits_of(raw, letters=True)
    if re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", c):
        return True  # UK NI
    if re.fullmatch(r"\d{7}[A-Z]{1,2}", c):
        return True  # Irish PPS
    if len(ds) == 4:
        return True
    if len(ds) == 9:
        a, g_, s = int(ds[:3]), int(ds[3:5]), int(ds[5:])
        return 1 <= a <= 665 and a != 666 and 1 <= g_ <= 99 and 1 <= s <= 9999
    return False


def postcode_ok(raw):
    c = digits_of(raw, letters=True)
    pats = [r"\d{5}(\d{4})?", r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", r"[A-Z]\d{2}[A-Z\d]{4}",
            r"D6W[A-Z\d]{4}", r"[A-Z]\d[A-Z]\d[A-Z]\d", r"\d{4}"]
    return any(re.fullmatch(p, c) for p in pats)


def expiry_ok(raw):
    lo = raw.lower()
    if any(m in lo for m in MONTHS) or re.search(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", lo):
        return True
    ds = digits_of(raw)
    if len(ds) in (3, 5):
        m = int(ds[0])
    elif len(ds) in (4, 6):
        m = int(ds[:2])
    else:
        return False
    return 1 <= m <= 12


def build(cases):
    g = Gen()
    out, problems = [], []
    for idx, fn in enumerate(cases, 1):
        cid = "t47-%03d" % idx
        style, body = fn(g)
        utts, pii, keep, gmap = [], [], [], {}
        for raw in [ln.strip() for ln in body.strip().split("\n") if ln.strip()]:
            sp_, _, rest = raw.partition(":")
            if sp_ not in SPK:
                problems.append("%s: bad speaker line %r" % (cid, raw))
                continue
            text, p, k = parse(rest.strip())
            u = len(utts)
            utts.append({"speaker": SPK[sp_], "text": text})
            for (s, e, t, gl, ex) in p:
                key = gl if gl else "_%d_%d" % (u, s)
                if key not in gmap:
                    gmap[key] = "g%d" % (len(gmap) + 1)
                pii.append({"utterance": u, "start": s, "end": e, "type": t, "group": gmap[key],
                            "_ex": ex})
            for (s, e, kd) in k:
                keep.append({"utterance": u, "start": s, "end": e, "kind": kd})
        out.append({"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep})
    return out, problems


def validate(data):
    P = []
    seen_long, emails, streets = {}, {}, {}
    for c in data:
        cid, utts, style = c["case_id"], c["utterances"], c["style"]
        if style not in ("asr", "transcript"):
            P.append("%s style" % cid)
        spans = [(x["utterance"], x["start"], x["end"], x.get("type"), x) for x in c["pii"]] + \
                [(x["utterance"], x["start"], x["end"], x.get("kind"), x) for x in c["keep"]]
        for (u, s, e, t, x) in spans:
            txt = utts[u]["text"]
            v = txt[s:e]
            if t not in TYPES and t not in KINDS:
                P.append("%s u%d bad type %s" % (cid, u, t))
            if not (0 <= s < e <= len(txt)):
                P.append("%s u%d span out of text" % (cid, u))
                continue
            if v[0] in PUNCT or (v[-1] in PUNCT and not re.search(r"[ap]\.m\.$", v) and v[-1] not in ")]"):
                P.append("%s u%d edge %r" % (cid, u, v))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                P.append("%s u%d inside word %r" % (cid, u, v))
        for u in range(len(utts)):
            ss = sorted((s, e) for (uu, s, e, t, x) in spans if uu == u)
            for a, b in zip(ss, ss[1:]):
                if b[0] < a[1]:
                    P.append("%s u%d overlap" % (cid, u))
        for a, b in zip(c["pii"], c["pii"][1:]):
            if a["utterance"] == b["utterance"] and a["group"] == b["group"] and \
                    re.fullmatch(r"[\s,.;-]*", utts[a["utterance"]]["text"][a["end"]:b["start"]]) and \
                    "..." not in utts[a["utterance"]]["text"][a["end"]:b["start"]] and \
                    "--" not in utts[a["utterance"]]["text"][a["end"]:b["start"]]:
                P.append("%s u%d pieces of one group split by a space or punctuation only" % (cid, a["utterance"]))
        groups = {}
        for x in c["pii"]:
            groups.setdefault(x["group"], []).append(x)
        for gid, xs in groups.items():
            types = {x["type"] for x in xs}
            if len(types) != 1:
                P.append("%s %s mixed types" % (cid, gid))
                continue
            t = types.pop()
            inc = [x for x in xs if not x["_ex"]]
            vals = [utts[x["utterance"]]["text"][x["start"]:x["end"]] for x in inc]
            raw = " ".join(vals)
            ds = "".join(digits_of(v) for v in vals)
            bad = False
            if t == "CARD_NUMBER":
                bad = not (card_ok(ds) or len(ds) == 4 or (len(inc) == 1 and len(ds) in (4, 5, 6)))
            elif t == "CVV":
                bad = len(ds) not in (3, 4)
            elif t == "SSN":
                bad = not ssn_ok(raw, ds)
            elif t == "PHONE":
                bad = not phone_ok(ds)
            elif t == "EXPIRY":
                bad = not expiry_ok(raw)
            elif t == "POSTCODE":
                bad = not postcode_ok(raw)
            elif t == "EMAIL":
                lo = raw.lower()
                if "@" in raw:
                    bad = style == "asr" or not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", raw)
                else:
                    bad = not re.search(r"\bat\b.*\bdot\b", lo)
                key = re.sub(r"[^a-z0-9]", "", lo.replace(" at ", "@").replace(" dot ", "."))
                if key in emails and emails[key] != cid:
                    P.append("%s e-mail reused from %s" % (cid, emails[key]))
                emails.setdefault(key, cid)
            elif t == "ADDRESS":
                tk = toks(raw)
                i0 = 2 if tk and tk[0] in ("flat", "apartment", "unit", "suite", "apt") else 0
                bad = not (tk[i0:] and is_digit_word(tk[i0])) or not any(x in STREET for x in tk)
                words = [x for x in tk if not is_digit_word(x) and x not in ("flat", "apartment", "unit", "suite", "apt", "and")]
                key = []
                for x in words:
                    key.append(x)
                    if x in STREET:
                        break
                key = " ".join(key)
                if key in streets and streets[key] != cid:
                    P.append("%s street reused from %s: %s" % (cid, streets[key], key))
                streets.setdefault(key, cid)
            elif t == "NAME":
                bad = bool(re.search(r"\d", raw)) or any(x in TITLES for x in toks(raw))
            elif t == "ACCOUNT_NUMBER":
                bad = len(digits_of(raw, letters=True)) < 4
            elif t == "DOB":
                bad = not (re.search(r"\d", raw) or any(is_digit_word(x) for x in toks(raw)))
            if bad:
                P.append("%s %s %s bad value %r (%s)" % (cid, gid, t, raw, ds))
        # look-alikes
        for x in c["keep"]:
            v = utts[x["utterance"]]["text"][x["start"]:x["end"]]
            kd = digits_of(v)
            if 13 <= len(kd) <= 19 and luhn_ok(kd):
                P.append("%s look-alike passes Luhn %r" % (cid, v))
            for y in c["pii"]:
                if y["utterance"] != x["utterance"]:
                    continue
                pd = digits_of(utts[y["utterance"]]["text"][y["start"]:y["end"]])
                if pd and kd and (pd == kd or (len(kd) >= 4 and kd in pd) or (len(pd) >= 4 and pd in kd)):
                    P.append("%s look-alike holds pii digits %r" % (cid, v))
        # outside spans
        namewords = set()
        for x in c["pii"]:
            if x["type"] == "NAME":
                namewords |= {t for t in toks(utts[x["utterance"]]["text"][x["start"]:x["end"]]) if len(t) > 1}
        for u, ut in enumerate(utts):
            txt = ut["text"]
            masked = list(txt)
            for (uu, s, e, t, x) in spans:
                if uu == u:
                    for i in range(s, e):
                        masked[i] = "\0"
            mt = "".join(masked)
            if re.search(r"\d", mt):
                P.append("%s u%d digit outside span: %r" % (cid, u, txt))
            run = 0
            for tk in re.split(r"[\s,.;:!?()\[\]<>/-]+", mt.lower().replace("\0", " \0 ")):
                if tk in NUMWORDS:
                    run += 1
                    if run >= 4:
                        P.append("%s u%d run of digit words outside span: %r" % (cid, u, txt))
                        break
                elif tk:
                    run = 0
            nm = list(txt)
            for x in c["pii"]:
                if x["utterance"] == u and x["type"] in ("NAME", "EMAIL"):
                    for i in range(x["start"], x["end"]):
                        nm[i] = " "
            left = set(toks("".join(nm)))
            if left & namewords:
                P.append("%s u%d name word unlabelled: %s" % (cid, u, sorted(left & namewords)))
            if style == "asr":
                clean = re.sub(r"\[[^\]]*\]|<[^>]*>", "", txt)
                if re.search(r"[A-Z@.,;:!?\"()]", clean):
                    P.append("%s u%d asr has capitals or punctuation: %r" % (cid, u, txt))
            # long utterances across cases
            m2 = txt
            for (uu, s, e, t, x) in sorted(spans, key=lambda z: -z[1]):
                if uu == u:
                    m2 = m2[:s] + "X" + m2[e:]
            key = " ".join(toks(m2))
            if len(key.split()) >= 9:
                if key in seen_long and seen_long[key] != cid:
                    P.append("%s u%d repeats a long utterance of %s" % (cid, u, seen_long[key]))
                seen_long.setdefault(key, cid)
    return P


def counts(data):
    ct = {t: 0 for t in TYPES}
    kc = {k: 0 for k in KINDS}
    nutt = npii_free = ivr = 0
    style_utts = {"asr": 0, "transcript": 0}
    for c in data:
        nutt += len(c["utterances"])
        style_utts[c["style"]] += len(c["utterances"])
        withpii = {x["utterance"] for x in c["pii"]}
        npii_free += sum(1 for u in range(len(c["utterances"])) if u not in withpii)
        if any(u["speaker"] == "ivr" for u in c["utterances"]):
            ivr += 1
        for x in c["pii"]:
            ct[x["type"]] += 1
        for x in c["keep"]:
            kc[x["kind"]] += 1
    return ct, kc, nutt, npii_free, ivr, style_utts


def main():
    data, P = build(CASES)
    P += validate(data)
    ct, kc, nutt, free, ivr, su = counts(data)
    for t, m in MINS.items():
        if ct[t] < m:
            P.append("minimum: %s %d < %d" % (t, ct[t], m))
    if len(data) < 80:
        P.append("minimum: cases %d < 80" % len(data))
    if nutt < 1000:
        P.append("minimum: utterances %d < 1000" % nutt)
    if free < 400:
        P.append("minimum: utterances without pii %d < 400" % free)
    if sum(kc.values()) < 280 or min(kc.values()) < 1:
        P.append("minimum: keep spans %d, kinds %s" % (sum(kc.values()), kc))
    if ivr < 6:
        P.append("minimum: ivr cases %d < 6" % ivr)
    print("cases", len(data), "utterances", nutt, "without pii", free, "ivr cases", ivr)
    print("style utterances", su, "asr share %.2f" % (su["asr"] / float(nutt or 1)))
    print("pii", ct, "total", sum(ct.values()))
    print("keep", kc, "total", sum(kc.values()))
    if P:
        for p in P:
            print("FAIL", p)
        sys.exit(1)
    if "--check" in sys.argv[1:]:
        return
    for c in data:
        for x in c["pii"]:
            del x["_ex"]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for c in data:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
