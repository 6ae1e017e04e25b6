#!/usr/bin/env python3
"""Write dev37.jsonl, a redaction development set (case ids t33-001 ...) (labeller 33).

Written as the held-out set test33.jsonl, measured once with the thirty-fifth round's code, then
renamed dev37 and tuned on in the thirty-sixth round.

What the set leans on
---------------------
Every case is its own hand-written conversation (no per-step line templates), with several
values at once and out of order: agents asking for several things in one question, callers
answering several asks in one breath, values given in another order than asked or before they
are asked, callers changing topic in the middle of a value and coming back to it, and values
said in mixed styles inside one value ("4532 seven nine ...", "double 7", "oh four", "twenty
twenty nine").  Card payments carry weight (card numbers in pieces over turns, corrected,
restarted and read back, with CVV and EXPIRY), in industries earlier sets did not name: dry
cleaners, bakeries' custom orders, ski and snowboard hire, festival tickets, yacht and
canal-boat hire, scout and youth camps, chimney sweeps, carpet cleaners, computer repair,
allotment societies, model shops, art classes, boxing and martial-arts gyms, riding schools,
boat storage, kitchen fitters, solar panel cleaning, recycling and bulky-waste collection.
Names from many languages and names that are also words, addresses with flats and house names,
postcodes of the UK, Ireland, the US, Canada and Australia (typed, spoken, spelled, in pieces),
phones, e-mails, dates of birth, account/membership/order/booking numbers and a few SSNs / NI
numbers.  About two thirds of the utterances are in the recogniser's (asr) style, with its
homophones ("for", "to", "won", "ate") in and around values, and look-alikes (prices,
quantities, times, dates, durations, counts, percentages, years, flight and model numbers,
rooms, seats, lockers, ages) beside real values.

Markup (in the hand-written conversations)
------------------------------------------
Each case is a block of lines "A: ..." (agent), "C: ..." (customer), "I: ..." (ivr).
  [[TYPE:text]]          a pii value said in one piece (a group of its own)
  [[TYPE#tag:text]]      a piece of a value; the same tag in one case = the same group
  [[TYPE#tag!:text]]     a piece that stays in the value's group but is left out of the
                         validator's Luhn/length check: a wrong piece the caller corrects, a
                         block repeated on request, or digits said before a restart
  [[TYPE#tag*:text]]     (any piece of the group) the group is a last four or a read-back
                         block, not a whole value (CARD_NUMBER, PHONE, SSN)
  [[POSTCODE@cc...:text]] the postcode's country (uk, ie, us, ca, au), checked for its shape
  ((kind:text))          a keep span (look-alike)
Pieces of one group with nothing but a space between them (a value read in blocks without a
pause word) are merged into one span by the parser, as the README's span conventions ask.
Every number comes from one random.Random(33) and is rendered in the case's style by helpers;
offsets are computed by code from the clean text.  Groups are g1, g2, ... in order of first
appearance in a case.

Labelling choices
-----------------
- Card numbers: digits said before a restart, a corrected (wrong) block and a repeated block
  stay in the card's group (wrong pieces marked "!" so the Luhn check skips them); a card said
  again in full, every agent read-back (whole or of one block) and any last four (said by
  either side) are CARD_NUMBER groups of their own.
- "expires", "valid thru", "end of", "CVV", "CID", "security code" stay outside EXPIRY/CVV.
- Phone read-back of the last four is a PHONE group of its own; no extensions are used.
- A first name and surname said together are one NAME span; a surname spelled letter by
  letter is a NAME group of its own; titles (Mr, Mrs, Dr, mister, madam) stay outside; pets'
  and businesses' names are not names; a name inside an e-mail is left to the EMAIL span.
- ADDRESS: the street line with flat/unit, house or building name before the street, and the
  town when it follows in the same breath; counties, states and provinces stay outside; the
  postcode is its own POSTCODE span.  Irish Eircodes, Canadian postal codes and Australian
  postcodes are POSTCODEs.
- A UK National Insurance number is an SSN (as is a US SSN and its last four said as such).
- ACCOUNT_NUMBER: account, membership, customer, order, booking, job, invoice, hire, permit,
  plot, mooring and voucher numbers, sort codes (a group of their own).
- `other` keeps: rooms, seats, lockers, berths, pegs, ages, receipts, confirmation and
  transaction references, tracking numbers (Luhn-failing), gate codes, error codes.
- A whole wrong account number the caller corrects is a group of its own.
- The recogniser's "for", "to", "ate", "won" between blocks are left outside the spans;
  inside a piece they are part of the span.

Validator (any failure exits 1 and writes nothing)
--------------------------------------------------
markup well formed (known types/kinds, nothing left over); offsets match the text; spans
non-empty with no leading/trailing space or punctuation, not starting/ending inside a word; no
overlaps (pii or keep); asr utterances lower case, without sentence punctuation or "@"; card
groups Luhn-valid with a real prefix (Visa 4, Mastercard 51-55/2221-2720, Amex 34/37 with 15
digits, Discover 6011/65) and 15/16 digits, or 3-8 digits when marked a last four / block;
CVV 3-4 digits; EXPIRY a valid month; SSN shape (US area 001-665 not 666, group 01-99, serial
0001-9999; NI number; last four); phones in the fictional ranges (07700 900xxx, 020 7946 0xxx,
0161/0113/0117 496 0xxx, US 555-01xx); postcodes of their country's shape; e-mails typed or
spoken ("... at ... dot ..."); ADDRESS starts with a number, a flat/unit word or a house name
followed by a numbered street, and has a street word; NAME without digits or titles; no digit
outside a span and no run of four or more digit words outside a span; look-alikes of 13-19
digits fail Luhn and hold no pii digits of the same utterance; a name word labelled in a case
is never left unlabelled elsewhere in that case; no e-mail or street reused across cases; no
utterance of nine words or more repeated across cases; the minimum counts of the brief.

Run
---
    python3 data/redaction/make_dev37.py           # validates, writes dev37.jsonl, prints counts
    python3 data/redaction/make_dev37.py --check   # validates and prints counts only
"""
import json
import os
import random
import re
import sys

R = random.Random(33)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev37.jsonl")

PII_TYPES = {"CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"}
KEEP_KINDS = {"quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"}

# ---------------------------------------------------------------- number helpers
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def W(d, z="oh"):
    """digits -> digit words ('0' as oh/zero)."""
    return " ".join((z if c == "0" else ONES[int(c)]) for c in d)


def WD(d, z="oh"):
    """digit words with 'double'/'triple' for runs."""
    out, i = [], 0
    while i < len(d):
        c = d[i]
        n = 1
        while i + n < len(d) and d[i + n] == c and n < 3:
            n += 1
        w = z if c == "0" else ONES[int(c)]
        if n == 3:
            out.append("triple " + w)
        elif n == 2:
            out.append("double " + w)
        else:
            out.append(w)
        i += n
    return " ".join(out)


def N(n):
    """0-99 as words."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + ONES[u])


def PAIRS(d, z="oh"):
    """digits said in pairs: '4532' -> 'forty five thirty two', '07' -> 'oh seven'."""
    out = []
    for i in range(0, len(d), 2):
        p = d[i:i + 2]
        if len(p) == 1:
            out.append(W(p, z))
        elif p[0] == "0":
            out.append(W(p, z))
        else:
            out.append(N(int(p)))
    return " ".join(out)


def YW(y):
    if 2000 <= y < 2010:
        return "two thousand and " + ONES[y - 2000]
    a, b = divmod(y, 100)
    return N(a) + " " + (("oh " + ONES[b]) if 0 < b < 10 else N(b) if b else "hundred")


def G(d, sizes):
    """typed groups."""
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return " ".join(x for x in out if x)


def digs(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def digs1(n):
    return str(R.randrange(1, 10)) + digs(n - 1)


def luhn_ok(d):
    s, alt = 0, False
    for c in reversed(d):
        x = int(c)
        if alt:
            x *= 2
            if x > 9:
                x -= 9
        s += x
        alt = not alt
    return s % 10 == 0


def luhn_fix(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(brand="visa"):
    if brand == "visa":
        body = "4" + digs(14)
    elif brand == "mc":
        body = str(R.randint(51, 55)) + digs(13)
    elif brand == "mc2":
        body = str(R.randint(2221, 2720)) + digs(11)
    elif brand == "amex":
        body = R.choice(["34", "37"]) + digs(12)
    else:
        body = R.choice(["6011" + digs(11), "65" + digs(13)])
    return luhn_fix(body)


def badlook(n):
    """a number of n digits that fails Luhn (tracking numbers etc.)."""
    while True:
        d = digs1(n)
        if not luhn_ok(d):
            return d


def cvv(n=3):
    return digs1(n)


def exp():
    return R.randint(1, 12), R.randint(27, 32)


def exp_t(e):
    return "%02d/%02d" % e


def exp_w(e):
    return "%s %s" % (W("%02d" % e[0]) if e[0] < 10 else N(e[0]), N(e[1]))


def exp_m(e):
    return "%s twenty %s" % (MONTHS[e[0] - 1], N(e[1]))


def dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2005)


def dob_t(b):
    return "%d %s %d" % (b[0], MONTHS[b[1] - 1].capitalize(), b[2])


def dob_s(b):
    return "%02d/%02d/%d" % b


def dob_w(b):
    return "%s of %s %s" % (ORD[b[0]], MONTHS[b[1] - 1], YW(b[2]))


def dob_w2(b):
    return "%s %s %s" % (MONTHS[b[1] - 1], ORD[b[0]], YW(b[2]))


def ssn():
    while True:
        a = R.randint(1, 665)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ni():
    return "QQ" + digs(6) + R.choice("ABCD")


def mob():
    return "07700900" + digs(3)


def lon():
    return "02079460" + digs(3)


def geo():
    return "0" + R.choice(["161", "113", "117"]) + "4960" + digs(3)


def usph():
    return str(R.randint(201, 989)) + "55501" + digs(2)


NL = "ABDEFGHJLNPQRSTUWXYZ"


def pc_uk(out):
    return out + str(R.randrange(10)) + R.choice(NL) + R.choice(NL)


def pc_ie(key):
    a = "ACDEFHKNPRTVWXY0123456789"
    return key + R.choice("ACDEFHKNPRTVWXY") + "".join(R.choice(a) for _ in range(3))


def pc_ca(first):
    L = "ABCEGHJKLMNPRSTVWXYZ"
    return first + str(R.randrange(10)) + R.choice(L) + str(R.randrange(10)) + R.choice(L) + str(R.randrange(10))


def pc_au(first):
    return first + digs(3)


def pc_us(pre):
    return pre + digs(5 - len(pre))


def SP(s, z="zero"):
    """spell a code: letters lower, digits as words."""
    out = []
    for c in s.replace(" ", ""):
        out.append(c.lower() if c.isalpha() else W(c, z))
    return " ".join(out)


def money(lo, hi):
    return R.randint(lo, hi)


def P(x, sym="£"):
    return "%s%d.%02d" % (sym, x, R.choice([0, 50, 99, 95, 25]))


CASES = []


def case(style):
    def deco(f):
        CASES.append((style, f))
        return f
    return deco

# ---------------------------------------------------------------- the conversations


@case("asr")
def _():
    tk = digs(6); c = card("visa"); e = exp(); v = cvv()
    return f"""
A: thanks for calling pressed and proper dry cleaners this is [[NAME:tomasz]] how can i help
C: hi yeah i dropped a wedding dress off last week and you said ring when i want to pay for the preservation box
A: lovely have you got the ticket from the counter
C: somewhere yeah hang on it's [[ACCOUNT_NUMBER:{SP(tk)}]]
A: perfect that's the ivory gown with the ((count:two)) underskirts
C: that's the one
A: so with the box it comes to ((price:{N(R.randint(60, 95))} pounds)) and it'll be ready in about ((duration:ten days))
C: fine go on
A: can i get the long number the expiry and the code on the back please
C: yep it's [[CARD_NUMBER#c:{c[:4]} {W(c[4:8])}]] um [[CARD_NUMBER#c:{W(c[8:12])} {c[12:]}]] expires [[EXPIRY:{exp_w(e)}]] and the code's [[CVV:{W(v)}]]
A: thank you and the name as it appears on the card
C: [[NAME:saoirse kavanagh]]
A: lovely [[NAME:saoirse]] that's gone through on the card ending [[CARD_NUMBER*:{W(c[-4:])}]]
C: brilliant and do i need the ticket to pick it up
A: bring it if you can but we can look it up by name as well
C: great thanks [[NAME:tomasz]]
"""


@case("transcript")
def _():
    c = card("mc"); e = exp(); v = cvv(); ph = mob()
    return f"""
A: Crumb & Co custom cakes, [[NAME:Hattie]] speaking.
C: Hi [[NAME:Hattie]], I'm after a birthday cake for my daughter, she's turning ((other:7)), for Saturday the ((date:14th)).
A: Lovely. How many is it feeding?
C: About ((quantity:30)) children, plus parents, so maybe ((quantity:40 portions)).
A: The ((model_number:Tier-2)) unicorn is ((price:£85.00)) and feeds ((quantity:45)). We need a ((price:£30.00)) deposit today.
C: That's fine. Do you want the card now? It's [[CARD_NUMBER#c!:{G(c[:8], [4, 4])}]], expiry [[EXPIRY:{exp_t(e)}]] — oh sorry, I've jumped ahead.
A: No problem at all, I'll take it from there. Go on with the number.
C: So again, [[CARD_NUMBER#c:{G(c, [4, 4, 4, 4])}]].
A: And the three digits on the back?
C: [[CVV:{v}]].
A: Thanks. And a contact number for the day?
C: [[PHONE:{G(ph, [5, 6])}]]. I'm [[NAME:Leah Oyelaran]], by the way.
A: Thanks, [[NAME:Leah]]. Collection from ((time:10 am)) on the Saturday.
"""


@case("asr")
def _():
    c = card("amex"); e = exp(); v = cvv(4); bk = "SK" + digs(5); fl = str(R.randint(100, 999))
    return f"""
A: alpine edge ski and board hire you're through to [[NAME:benedikt]]
C: hiya we've got a booking for the week of the ((date:ninth)) and i need to add a snowboard for my son
A: no bother have you got the booking reference
C: yeah it's [[ACCOUNT_NUMBER:{SP(bk)}]]
A: found it [[NAME:nkechi adeyemi]] party of ((count:four))
C: that's us we land on ((flight_number:ez {SP(fl)})) so we'll be up by ((time:three)) ish
A: okay how tall is he and what's his boot size
C: about ((quantity:one sixty centimetres)) and a ((other:size five)) boot
A: that adds ((price:eighty nine euros)) for ((duration:six days)) with the helmet
C: right can i pay that now it's an amex
A: go for it long number then the date then the four digits on the front
C: [[CARD_NUMBER#c:{W(c[:4])}]] hang on my glasses [[CARD_NUMBER#c:{W(c[4:10])}]]
A: mm-hmm
C: [[CARD_NUMBER#c:{W(c[10:])}]] and it's [[EXPIRY:{exp_w(e)}]] and the front code [[CVV:{W(v)}]]
A: let me read the middle bit back [[CARD_NUMBER*:{W(c[4:10])}]]
C: yep
A: that's all added [[NAME:nkechi]] you'll get an updated confirmation in ((duration:a few minutes))
"""


@case("asr")
def _():
    c = card("mc2"); e = exp(); v = cvv(); ph = usph(); z = pc_us("971")
    return f"""
A: good morning riverbend festival box office my name's [[NAME:dakota]]
C: hey [[NAME:dakota]] i'm trying to buy ((count:two)) weekend passes and the site keeps timing out
A: sorry about that i can do it over the phone the weekend pass is ((price:two forty nine)) each plus a ((percentage:five percent)) booking fee
C: that's fine
A: can i start with a name and a billing zip
C: it's [[NAME:marisol echeverria]] and the zip is [[POSTCODE@us:{W(z)}]]
A: and a phone in case there's a problem with the order
C: [[PHONE#p:{W(ph[:3])}]] [[PHONE#p:{W(ph[3:6])}]] uh [[PHONE#p:{W(ph[6:])}]]
A: great and the card
C: [[CARD_NUMBER#c:{c[:4]}]] [[CARD_NUMBER#c:{W(c[4:8])}]] [[CARD_NUMBER#c:{c[8:12]}]] [[CARD_NUMBER#c:{WD(c[12:])}]]
A: and expiry and cvv
C: cvv [[CVV:{W(v)}]] expiry [[EXPIRY:{exp_w(e)}]]
A: just confirming the card ends [[CARD_NUMBER*:{c[-4:]}]]
C: correct
A: you're all set the gates open at ((time:noon)) on the friday
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); hid = digs(5); ph = mob(); pc = pc_uk("CV11")
    return f"""
A: good afternoon lazy otter canal boat hire [[NAME:gwilym]] speaking
C: oh hello i'm ringing about the balance on our narrowboat for the ((date:twentieth of june))
A: lovely what's the hire number
C: [[ACCOUNT_NUMBER:h {W(hid)}]]
A: and is that mrs [[NAME:okonkwo-price]]
C: it's [[NAME:adaeze okonkwo-price]] yes
A: the balance is ((price:six hundred and forty pounds)) for the ((duration:seven nights)) from hawkesbury
C: we want to bring the dog too is that extra
A: ((price:thirty five pounds)) per pet per week
C: fine add it and take it all on this card [[CARD_NUMBER#c:{W(c[:6])}]] sorry is the dog on the lease as well or
A: no that's just a charge
C: okay where was i [[CARD_NUMBER#c:{W(c[6:12])}]] [[CARD_NUMBER#c:{W(c[12:])}]]
A: and the expiry and security code
C: code [[CVV:{W(v)}]] and it runs out [[EXPIRY:{exp_m(e)}]]
A: and can you confirm your postcode and a mobile for the boatyard
C: [[POSTCODE@uk:{SP(pc)}]] and the mobile is [[PHONE:{W(ph[:5])} {W(ph[5:])}]]
A: all paid [[NAME:adaeze]] the boat's ((other:berth eleven)) at the wharf
"""


@case("transcript")
def _():
    mid = digs(7); c = card("mc"); e = exp(); v = cvv(); em = "rafal.wisniewski"
    return f"""
A: Good evening, Knuckle Up Boxing Gym, this is [[NAME:Callum]].
C: Hi, I want to upgrade my membership to the unlimited one. Membership number [[ACCOUNT_NUMBER:{mid}]].
A: Thanks. Is that [[NAME:Rafał Wiśniewski]]?
C: Yes, that's me.
A: Unlimited is ((price:£54.99)) a month, and it includes ((count:8)) PT sessions a year.
C: Is the sauna included?
A: It is, from ((time:6 a.m.)) to ((time:9 p.m.)).
C: Great. Card is a Mastercard, [[CARD_NUMBER#c:{G(c, [4, 4, 4, 4])}]], expires [[EXPIRY:{exp_t(e)}]], CVC [[CVV:{v}]].
A: Sorry, could you repeat the third block?
C: [[CARD_NUMBER*:{c[8:12]}]].
A: Got it. And the receipt should go to which e-mail?
C: [[EMAIL:{em}@fastmail.com]].
A: Done. You'll see ((price:£54.99)) on the ((date:1st)) of each month.
"""


@case("asr")
def _():
    acc = digs(8); nino = ni(); b = dob(); pc = pc_uk("LS6")
    return f"""
A: hi you've reached meanwood allotment society membership line this is [[NAME:prakash]]
C: hiya i'm on the waiting list for a plot and i got a letter saying one's come up
A: oh brilliant can i have your member number
C: [[ACCOUNT_NUMBER:{W(acc[:4])} {W(acc[4:])}]]
A: and your full name
C: [[NAME:winifred lark]]
A: thanks and the date of birth for security
C: [[DOB:{dob_w(b)}]]
A: lovely it's ((other:plot fourteen b)) half size about ((quantity:one hundred and twenty five square metres))
C: is there a shed on it
A: there is and a water butt the rent is ((price:forty two pounds)) a year
C: that's cheaper than i thought
A: can you confirm the postcode we have for you
C: [[POSTCODE@uk#p:{SP(pc[:3])}]] um [[POSTCODE@uk#p:{SP(pc[3:])}]]
A: perfect i'll post the keys out they should be with you in ((duration:three to five days))
C: thank you ever so much
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); job = digs(6); ph = lon()
    return f"""
A: soot and sons chimney sweeps [[NAME:jarrah]] speaking
C: hello i had a sweep booked for tuesday and i need to move it
A: no worries what's the job number
C: [[ACCOUNT_NUMBER:{W(job)}]]
A: okay that's the inglenook at the cottage
C: yes we can't do tuesday the chimney pot man is coming
A: i've got thursday at ((time:half eight)) or friday at ((time:two fifteen))
C: friday please and can i pay the deposit now
A: course it's ((price:twenty five pounds)) go ahead with the card number expiry and the security code
C: right expiry first it's [[EXPIRY:{exp_w(e)}]] the number is [[CARD_NUMBER#c:for {W(c[1:4])}]] [[CARD_NUMBER#c:{W(c[4:8])}]] to [[CARD_NUMBER#c:{W(c[8:12])}]] [[CARD_NUMBER#c:{W(c[12:])}]]
A: and the three on the back
C: [[CVV:{W(v)}]]
A: lovely and a number for the sweep to call when he's on his way
C: landline is best [[PHONE:{ph[:3]} {ph[3:7]} {ph[7:]}]]
A: great you're booked in for friday
C: ta very much
"""


@case("asr")
def _():
    c = card("disc"); e = exp(); v = cvv(); z = pc_us("802"); ph = usph()
    return f"""
A: thanks for calling peak pixel computer repair this is [[NAME:soledad]]
C: hi my laptop's been with you since monday it's the ((model_number:xps fifteen ninety five hundred))
A: what's the name on the ticket
C: [[NAME:everett hollis]]
A: okay [[NAME:everett]] the logic board's gone the part's ((price:three eighty nine)) plus ((duration:an hour)) of labour
C: ouch okay yeah just do it
A: i'll need a card for the part
C: sure it's a discover [[CARD_NUMBER#c:{WD(c[:8])}]] uh [[CARD_NUMBER#c:{WD(c[8:])}]]
A: expiry
C: [[EXPIRY:{exp_w(e)}]]
A: and the cvv
C: wait is the billing zip needed too it's [[POSTCODE@us:{W(z)}]] and the cvv is [[CVV:{W(v)}]]
A: perfect and a callback number when it's ready
C: [[PHONE:{W(ph)}]]
A: we'll text you it's usually ((duration:two to three business days))
"""


@case("asr")
def _():
    c = card("mc"); e = exp(); v = cvv(); b = dob(); ph = mob(); em = "kowalczyk dot family"
    return f"""
A: first pine scout camp bookings [[NAME:imogen]] here
C: hi i'm booking my son onto the summer camp the ((duration:five night)) one
A: lovely what's the young person's name and date of birth
C: he's [[NAME:ignacy kowalczyk]] born [[DOB:{dob_w2((b[0], b[1], R.randint(2011, 2014)))}]] so he'll be ((other:twelve)) by then
A: and parent or guardian
C: me [[NAME:dorota kowalczyk]]
A: thanks [[NAME:dorota]] any allergies or medication we should know about
C: just hay fever he has an inhaler
A: noted the camp is ((price:two hundred and ten pounds)) and we take a ((price:fifty pound)) deposit today
C: okay card's [[CARD_NUMBER#c!:{W(c[:4])}]] [[CARD_NUMBER#c!:{W(c[4:8])}]] no wait that's wrong let me start again
A: no rush
C: [[CARD_NUMBER#c:{G(c, [4, 4, 4, 4])}]] expiry [[EXPIRY:{W(str(e[0]))} {N(e[1])}]] security [[CVV:{W(v)}]]
A: thank you and an emergency mobile
C: [[PHONE#p:{W(ph[:5])}]] [[PHONE#p:{WD(ph[5:])}]]
A: and an email for the kit list
C: [[EMAIL:{em} at outlook dot com]]
A: lovely drop off is ((time:nine a m)) on the saturday
"""


@case("transcript")
def _():
    c = card("visa"); e = exp(); v = cvv(); pc = pc_uk("BS3"); ph = geo()
    return f"""
A: Morning, Deep Pile Carpet Cleaning, [[NAME:Fenella]] speaking. How can I help?
C: Hi [[NAME:Fenella]], I'd like a quote for ((count:three)) bedrooms and a hallway, plus a stair runner.
A: ((count:Three)) rooms and hall is ((price:£145)); stairs add ((price:£40)). Can I take the address?
C: It's [[ADDRESS:Flat 3, Tanner's Court, 22 Coronation Road]], [[POSTCODE@uk:{pc[:-3]} {pc[-3:]}]].
A: Thank you. And your name?
C: [[NAME:Bartholomew Nwachukwu]].
A: We've got Wednesday the ((date:9th)), arriving between ((time:8:00)) and ((time:10:00)).
C: That works. Do you need a deposit?
A: ((percentage:20%)), so ((price:£37.00)). Card number, expiry and the code, please.
C: Expiry's [[EXPIRY:{exp_t(e)}]], code [[CVV:{v}]], and the number: [[CARD_NUMBER#c:{c[:4]} {c[4:8]}]] — sorry, the buzzer is ((other:{digs(2)})) by the way — [[CARD_NUMBER#c:{c[8:12]} {c[12:]}]].
A: Got it, and the buzzer noted. Best number for the technician?
C: [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]].
A: Lovely. That's the card ending [[CARD_NUMBER*:{c[-4:]}]] charged ((price:£37.00)).
"""


@case("asr")
def _():
    c = card("mc"); e = exp(); v = cvv(); order = digs(7); ph = usph(); z = pc_us("021")
    return f"""
A: scale junction model shop [[NAME:aurelio]] speaking
C: hi i ordered the ((model_number:class fifty five deltic)) in ((other:oo gauge)) and it came with a broken coupling
A: oh no sorry about that what's your order number
C: [[ACCOUNT_NUMBER:{W(order[:3])} {W(order[3:])}]]
A: thanks is that [[NAME:hamish birch]]
C: yeah
A: i can send the replacement part free or swap the whole loco the swap means sending it back
C: just the part i've already weathered it
A: fair enough while i've got you your preorder for the ((model_number:a4 pacific)) needs a card updating
C: oh right it's this one [[CARD_NUMBER#c:{PAIRS(c[:4])}]] [[CARD_NUMBER#c:{PAIRS(c[4:8])}]] [[CARD_NUMBER#c:{PAIRS(c[8:12])}]] [[CARD_NUMBER#c:{PAIRS(c[12:])}]]
A: and it expires
C: [[EXPIRY:{exp_w(e)}]] cvc [[CVV:{W(v)}]]
A: and your zip still [[POSTCODE@us:{W(z)}]]
C: yep same place
A: great the part ships today ((duration:two day)) delivery
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); em = "lunaparkes"
    return f"""
A: hello brushwork studio art classes [[NAME:ines]] speaking
C: hi [[NAME:ines]] i'm interested in the life drawing course on wednesdays
A: ah we've got ((count:three)) spaces left on the ((duration:ten week)) course starting the ((date:fourth))
C: how much is it
A: ((price:one ninety five)) including materials or ((price:one sixty)) if you bring your own
C: i'll bring my own i've got loads of charcoal
A: lovely can i take your name
C: [[NAME:luna parkes]]
A: and an email [[NAME:luna]]
C: [[EMAIL:{em} at gmail dot com]] that's all one word
A: got it and card number expiry code whenever you're ready
C: [[CARD_NUMBER#c:{c[:4]} {W(c[4:8])}]] [[CARD_NUMBER#c:{W(c[8:12])}]] [[CARD_NUMBER#c:{c[12:14]} {W(c[14:])}]] [[EXPIRY:{exp_w(e)}]] [[CVV:{W(v)}]]
A: sorry was that the expiry [[EXPIRY:{exp_w(e)}]]
C: yes and then [[CVV:{W(v)}]] is the code
A: perfect you're booked class runs ((time:seven till nine))
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); pc = pc_ie("D06"); ph = mob(); rid = digs(5)
    return f"""
A: hello glencree riding school [[NAME:orla]] speaking
C: hi [[NAME:orla]] it's about lessons for my two girls
A: lovely have they ridden before
C: the older one has she did a few at a place in wicklow the younger one's only ((other:six))
A: we do a lead rein session for the little ones ((duration:thirty minutes)) at ((price:thirty five euro))
C: and the older one
A: group lesson ((duration:an hour)) ((price:fifty euro)) saturdays at ((time:ten))
C: grand book them both for the ((date:twelfth)) and i'll pay now
A: sure can i get your name and eircode first
C: [[NAME:siobhán ní bhriain]] and the eircode is [[POSTCODE@ie:{SP(pc)}]]
A: thanks [[NAME:siobhán]] card number please then expiry and the cvv
C: [[CARD_NUMBER#c:{W(c[:4])}]] [[CARD_NUMBER#c:{W(c[4:8])}]] hold on the younger one's asking can she bring her own hat
A: she can if it's a proper riding hat
C: okay sorry [[CARD_NUMBER#c:{W(c[8:12])}]] [[CARD_NUMBER#c:{W(c[12:])}]] cvv [[CVV:{W(v)}]] and [[EXPIRY:{exp_w(e)}]]
A: that's eighty five euro on the card ending in [[CARD_NUMBER*:{W(c[-4:])}]] your rider number is [[ACCOUNT_NUMBER:{W(rid)}]]
C: perfect thanks a million
"""


@case("asr")
def _():
    acc = digs(6); c = card("mc"); e = exp(); v = cvv(); ph = geo(); pc = pc_uk("SO14")
    return f"""
A: hamble dry stack boat storage [[NAME:marguerite]] speaking
C: morning it's about renewing the storage on my rib
A: what's the account or the berth number
C: account's [[ACCOUNT_NUMBER:{SP('BS' + acc)}]] she's in ((other:rack twenty two))
A: thanks is that captain no sorry let me look [[NAME:alasdair mcfadyen]]
C: that's me
A: the winter storage is ((price:eleven hundred and fifty pounds)) for ((duration:six months)) with ((count:four)) launches included
C: fine can you take it off the card on file
A: the card on file ended [[CARD_NUMBER*:{W(digs(4))}]] and it's expired
C: ah right new one then [[CARD_NUMBER#c:{W(c[:8])}]] [[CARD_NUMBER#c:{W(c[8:])}]]
A: and the new expiry and the three digit code
C: three digit is [[CVV:{W(v)}]] expiry [[EXPIRY:{exp_w(e)}]]
A: and the address on the card
C: [[ADDRESS:the old forge {N(R.randint(2, 60))} satchell lane]] [[POSTCODE@uk:{SP(pc)}]]
A: and a landline
C: [[PHONE:{W(ph[:4])} {W(ph[4:7])} {W(ph[7:])}]]
A: all done we'll see you in ((date:april))
"""


@case("transcript")
def _():
    inv = digs(5); c = card("amex"); e = exp(); v = cvv(4); em = "r.teodorescu"
    return f"""
A: Good afternoon, Oak & Tile Kitchens, accounts. This is [[NAME:Nadia]].
C: Hello [[NAME:Nadia]], it's [[NAME:Radu Teodorescu]], I'm calling to pay the second stage invoice, number [[ACCOUNT_NUMBER:INV-{inv}]].
A: Thank you, Mr [[NAME:Teodorescu]]. That's ((price:£4,250.00)) for the worktops and ((count:14)) cabinet doors.
C: Yes. I'm paying on an Amex, is that okay? There's a fee?
A: A ((percentage:1.5%)) surcharge, so ((price:£4,313.75)).
C: Fine. [[CARD_NUMBER#c:{c[:4]}]]...
A: Go on.
C: [[CARD_NUMBER#c:{c[4:10]} {c[10:]}]]. Expires [[EXPIRY:{e[0]:02d}/{2000 + e[1]}]], CID [[CVV:{v}]].
A: Let me read that back: [[CARD_NUMBER#r:{c[:4]} {c[4:10]}]]...
C: Yes.
A: ...and [[CARD_NUMBER#r:{c[10:]}]].
C: That's right. Can you send the receipt to [[EMAIL:{em}@btinternet.com]]?
A: Of course. Receipt number ((other:R{badlook(8)})). The fitters are back on the ((date:3rd)) at ((time:8 am)).
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); pc = pc_au("3"); ph = usph()
    return f"""
A: g'day sunwash solar panel cleaning [[NAME:kirra]] speaking
C: hi [[NAME:kirra]] we've got ((count:twenty two)) panels on the roof and they're filthy after the dust storms
A: no dramas single storey or double
C: double storey
A: that's ((price:three forty)) for up to ((quantity:twenty four panels)) takes about ((duration:two hours))
C: sounds good what's the earliest
A: next tuesday morning what's the address
C: [[ADDRESS:unit four {N(R.randint(10, 99))} kookaburra crescent mount waverley]] and the postcode [[POSTCODE@au:{W(pc)}]]
A: and your name
C: [[NAME:lachlan truong]]
A: thanks [[NAME:lachlan]] we take payment on the day or now
C: now's easier [[CARD_NUMBER#c:{W(c[:4])} {c[4:8]}]] [[CARD_NUMBER#c:{W(c[8:])}]] exp [[EXPIRY:{exp_w(e)}]] code [[CVV:{W(v)}]]
A: card ending [[CARD_NUMBER*:{W(c[-4:])}]] yep
C: yep
A: all booked you'll get a text the day before
"""


@case("transcript")
def _():
    ph = mob(); pc = pc_uk("M14"); ref = digs(8)
    return f"""
A: Manchester bulky waste collections, you're speaking to [[NAME:Hussein]].
C: Hi, I need a sofa and a fridge freezer taking away.
A: No problem. What's the collection address?
C: [[ADDRESS:Flat 12, Beech House, {R.randint(3, 90)} Wilbraham Road, Fallowfield]], [[POSTCODE@uk:{pc[:-3]} {pc[-3:]}]].
A: And your name?
C: [[NAME:Precious Mhlanga]].
A: Thanks, [[NAME:Precious]]. The first ((count:three)) items are ((price:£38.50)); the fridge freezer counts as one.
C: Is there a lift? Sorry, I mean, do you need a lift? We're on the ((other:4th floor)) and the lift's broken.
A: The crew will carry it down, but please have it by the front door if you can.
C: Okay. When's the next slot?
A: Thursday the ((date:22nd)), any time from ((time:7am)) to ((time:7pm)). Contact number?
C: [[PHONE:{ph}]].
A: Your reference is [[ACCOUNT_NUMBER:{ref}]]. You'll get a text the evening before.
C: Brilliant, thank you.
"""


@case("asr")
def _():
    s = ssn(); b = dob(); ph = usph(); z = pc_us("787"); app = digs(9)
    return f"""
A: thanks for calling bright roof solar financing this is [[NAME:deshawn]] how can i help
C: hi i got a letter about my loan application for the panels and it says you need to verify some stuff
A: sure i can help with that can i get the application number
C: it's [[ACCOUNT_NUMBER:{W(app[:3])} {W(app[3:6])} {W(app[6:])}]]
A: thank you and your name
C: [[NAME:guadalupe serrano]]
A: and date of birth and the last four of your social
C: [[DOB:{dob_w2(b)}]] and the last four are [[SSN*:{W(s[-4:])}]]
A: okay it's asking me to verify the full social because the credit bureau couldn't match it
C: oh okay it's [[SSN#s:{W(s[:3])}]] [[SSN#s:{W(s[3:5])}]] um [[SSN#s:{W(s[5:])}]]
A: and is your address still [[ADDRESS:{N(R.randint(21, 99))} {N(R.randint(10, 99))} mesquite bend drive]] in austin
C: yes [[POSTCODE@us:{W(z)}]]
A: great that matched the system will refresh in about ((duration:twenty four hours))
C: do i need to do anything else
A: no just watch for an email from us the panels are ((quantity:eighteen)) at ((quantity:four hundred watts)) each as quoted
C: perfect thank you
"""


@case("asr")
def _():
    c = card("mc2"); e = exp(); v = cvv(); ph = mob(); em = "obi.lovelace"
    return f"""
A: hi there you're through to starboard yacht charters [[NAME:pilar]] speaking
C: hi [[NAME:pilar]] we've got the ((model_number:bavaria forty six)) booked out of largs for a week in ((date:august))
A: lovely what's the booking name
C: [[NAME:obinna lovelace]]
A: found you ((count:six)) berths ((duration:seven nights)) the balance of ((price:two thousand one hundred pounds)) is due
C: yes that's why i'm calling
A: great card number please and i'll need the expiry and cvv as well
C: it's a mastercard starting [[CARD_NUMBER#c:to {W(c[1:4])}]] [[CARD_NUMBER#c:{W(c[4:8])}]] [[CARD_NUMBER#c:{W(c[8:12])}]] [[CARD_NUMBER#c:{W(c[12:])}]]
A: sorry the line dropped after the second block can you give me the last two blocks again
C: [[CARD_NUMBER#c!:{W(c[8:12])}]] then [[CARD_NUMBER#c!:{W(c[12:14])}]] no sorry [[CARD_NUMBER#c!:{W(c[12:])}]]
A: thank you expiry and security code
C: [[EXPIRY:{exp_w(e)}]] and [[CVV:{W(v)}]]
A: and the skipper's email so we can send the crew list form
C: [[EMAIL:{em.replace('.', ' dot ')} at hotmail dot co dot uk]]
A: super all paid see you on the pontoon at ((time:four pm))
"""


@case("transcript")
def _():
    nino = ni(); b = dob(); ph = geo(); em = "t.adeyinka.coach"
    return f"""
A: Iron Lotus Martial Arts, [[NAME:Shun]] speaking.
C: Hi, it's [[NAME:Tunde Adeyinka]]. I'm starting as a kids' instructor on Monday and the manager said to give you my details for payroll.
A: Yes, welcome aboard! I need your National Insurance number first.
C: It's [[SSN:{nino[:2]} {nino[2:4]} {nino[4:6]} {nino[6:8]} {nino[8]}]].
A: And date of birth?
C: [[DOB:{dob_s(b)}]].
A: Thanks. Your sessions are Monday and Wednesday, ((time:4:30)) to ((time:6:00)), ((count:20)) kids max.
C: What belt do the kids need for the advanced class?
A: Green and above. Best e-mail for your payslips?
C: [[EMAIL:{em}@gmail.com]].
A: And a phone?
C: [[PHONE:{ph[:4]} {ph[4:]}]].
A: Great. The rate is ((price:£18.50)) an hour, paid on the ((date:25th)).
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); c2 = card("mc"); e2 = exp(); v2 = cvv(); tix = digs(7)
    return f"""
A: hello beats by the bay festival ticket line you're talking to [[NAME:zeynep]]
C: hi my card got declined on the website for the camping upgrade
A: sorry about that i can try it here what's the order number
C: [[ACCOUNT_NUMBER:{W(tix)}]]
A: okay [[NAME:fitzgerald morrow]] ((count:two)) adult weekend tickets upgrade is ((price:sixty quid)) each
C: yep
A: card number expiry and code
C: [[CARD_NUMBER#c:{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}]] expiry [[EXPIRY:{exp_w(e)}]] code [[CVV:{W(v)}]]
A: it's declined again i'm afraid the bank might be blocking it
C: typical try my other one [[CARD_NUMBER#d:{W(c2[:4])}]] [[CARD_NUMBER#d:{W(c2[4:8])}]] [[CARD_NUMBER#d:{W(c2[8:12])}]] [[CARD_NUMBER#d:{W(c2[12:])}]] [[EXPIRY:{exp_w(e2)}]] [[CVV:{W(v2)}]]
A: that's gone through on the mastercard ending [[CARD_NUMBER*:{W(c2[-4:])}]]
C: thank god
A: your wristbands post out in ((date:july)) the campsite opens at ((time:eleven)) on thursday
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); acc = digs(8)
    return f"""
I: welcome to greenbin recycling services for bulky waste press one for garden waste subscriptions press two
C: two
I: please enter or say your customer account number
C: [[ACCOUNT_NUMBER:{W(acc)}]]
I: thank you your garden waste subscription of ((price:forty nine pounds)) is due for renewal to pay now say pay
C: pay
I: please say or key your sixteen digit card number
C: [[CARD_NUMBER#c:{W(c[:4])}]] [[CARD_NUMBER#c:{W(c[4:8])}]] [[CARD_NUMBER#c:{W(c[8:12])}]] [[CARD_NUMBER#c:{W(c[12:])}]]
I: now the expiry date as four digits
C: [[EXPIRY:{W('%02d%02d' % e)}]]
I: and the three digit security code
C: [[CVV:{W(v)}]]
I: thank you your payment of ((price:forty nine pounds)) has been taken from the card ending [[CARD_NUMBER*:{W(c[-4:])}]] your collections start on the ((date:first of march))
C: agent
I: transferring you now
A: hi you're through to [[NAME:jolene]] in the recycling team
C: hi [[NAME:jolene]] i've just paid by the robot can you tell me if i get a second brown bin
A: [[NAME:jolene]]'s fine a second bin is ((price:twenty five pounds)) a year
"""


@case("transcript")
def _():
    c = card("mc"); e = exp(); v = cvv(); pc = pc_ca("M"); ph = usph(); em = "priyanka.venkataraman"
    return f"""
A: Good morning, Northern Blades ski hire, Whistler village. [[NAME:Jean-Luc]] speaking.
C: Hi, we're arriving on ((flight_number:AC 8{R.randint(100, 999)})) on the ((date:18th)) and want to reserve skis for ((count:5)) people.
A: Sure. Adults or kids?
C: ((count:Three)) adults, ((count:two)) kids aged ((other:9)) and ((other:11)).
A: Premium package is ((price:C$69)) a day per adult, ((price:C$39)) per child, for ((duration:5 days)).
C: Perfect. The name is [[NAME:Priyanka Venkataraman]]. E-mail [[EMAIL:{em}@yahoo.ca]].
A: And your home address with postal code, for the damage waiver?
C: [[ADDRESS:{R.randint(100, 999)} Wellesley Street East, Unit {R.randint(2, 40)}]], Toronto, [[POSTCODE@ca:{pc[:3]} {pc[3:]}]].
A: Thanks. And a card to hold the booking: number, expiry, CVC?
C: CVC is [[CVV:{v}]], expiry [[EXPIRY:{exp_t(e)}]]. Number [[CARD_NUMBER#c:{c[:4]} {c[4:8]} {c[8:12]}]]... sorry, my daughter's asking something... [[CARD_NUMBER#c:{c[12:]}]].
A: Thank you. And a cell number?
C: [[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]].
A: All set, [[NAME:Priyanka]]. Pickup from ((time:8:00 a.m.)) at the gondola base.
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); pc = pc_uk("EH8"); ph = mob(); ordn = digs(6)
    return f"""
A: morning rise and shine bakery custom orders [[NAME:agnieszka]] speaking
C: hi i'd like to order a retirement cake for friday please it's for my boss [[NAME:gordon]]
A: ooh lovely what were you thinking
C: a sheet cake with a golf course on it he's retiring after ((duration:thirty one years))
A: the large sheet serves ((quantity:sixty)) and it's ((price:seventy two pounds)) with a printed topper ((price:eight)) extra
C: go for the topper can you write happy retirement [[NAME:gordon]]
A: i'll put that as [[NAME:gordon]] in green icing now name for the order
C: [[NAME:morag stewart-baptiste]] and it'll need delivering to the office [[ADDRESS:{N(R.randint(11, 99))} holyrood crescent]] [[POSTCODE@uk:{SP(pc)}]]
A: and a mobile
C: [[PHONE:{W(ph[:5])} {PAIRS(ph[5:])}]]
A: and to pay
C: [[CARD_NUMBER#c:{c[:4]} {W(c[4:8])} {c[8:12]} {W(c[12:])}]] expiring [[EXPIRY:{exp_w(e)}]] code [[CVV:{W(v)}]]
A: lovely your order number is [[ACCOUNT_NUMBER:{W(ordn)}]] delivered friday by ((time:eleven)) at the latest
"""


@case("asr")
def _():
    s = ssn(); b = dob(); acc = digs(10); ph = usph()
    return f"""
A: thank you for calling harborline boat storage and marine financing this is [[NAME:tremaine]]
C: hi yeah i'm calling about the autopay on my storage account it's pulling from an old bank
A: sure what's the account number
C: [[ACCOUNT_NUMBER#a:{W(acc[:5])}]] uh [[ACCOUNT_NUMBER#a:{W(acc[5:])}]]
A: and your name
C: [[NAME:wolfgang hale]]
A: for verification i'll need your date of birth and the last four of your ssn
C: [[SSN*:{W(s[-4:])}]] and [[DOB:{dob_w2(b)}]]
A: thank you mr [[NAME:hale]] and the new bank's routing and account number
C: routing is [[ACCOUNT_NUMBER:{W('0' + digs(8))}]] and the account's [[ACCOUNT_NUMBER:{W(digs(9))}]]
A: got it storage on the ((model_number:boston whaler two seventy)) is ((price:three sixty five)) a month
C: right and that'll come out on the ((date:fifth))
A: yes starting next month is [[PHONE:{W(ph)}]] still a good number
C: yeah that's my cell
A: perfect i'll text a confirmation there
"""


@case("transcript")
def _():
    c = card("disc"); e = exp(); v = cvv(); z = pc_us("606"); em = "yuki.tanabe-ross"
    return f"""
A: Thanks for calling Clean Streak Carpets, this is [[NAME:Marisela]]. How can I help?
C: Hi, I had a stain treatment done Monday and the red wine mark came back.
A: I'm sorry to hear that. Can I get your name and ZIP?
C: [[NAME:Yuki Tanabe-Ross]], [[POSTCODE@us:{z}]].
A: I see it, the ((quantity:12 x 14)) living room. We offer a free re-treat within ((duration:30 days)).
C: Great. Also, I'd like to add the stairs while you're out, and pay for that now.
A: Stairs are ((price:$4.50)) per step; how many?
C: ((count:Fourteen)).
A: That's ((price:$63.00)). Card, please, with expiry and the code.
C: It's a Discover: [[CARD_NUMBER#c:{c[:4]}-{c[4:8]}]]... sorry, [[CARD_NUMBER#c:{c[8:12]}-{c[12:]}]], exp. [[EXPIRY:{e[0]}/{e[1]}]], code [[CVV:{v}]].
A: Confirmation to your e-mail on file, [[EMAIL:{em}@icloud.com]]?
C: Yes please.
A: Done. We'll see you Thursday between ((time:1)) and ((time:3 p.m.)).
"""


@case("asr")
def _():
    c = card("mc"); e = exp(); v = cvv(); tag = digs(5); ph = mob()
    return f"""
A: hiya spotless steam dry cleaning [[NAME:bogdan]] speaking
C: hi [[NAME:bogdan]] i left a suit in on saturday and i need it for a funeral tomorrow can you rush it
A: sorry for your loss let me look have you got the tag number
C: it's [[ACCOUNT_NUMBER:{W(tag)}]] under [[NAME:hope delacroix-yeo]]
A: yes the ((count:two)) piece charcoal and a shirt express is ((price:fourteen fifty)) extra ready by ((time:five)) today
C: please do it can i pay over the phone
A: yes long number first
C: [[CARD_NUMBER#c:{W(c[:4])}]] sorry it's in my other bag hang on
A: take your time
C: [[CARD_NUMBER#c:{W(c[4:8])}]] [[CARD_NUMBER#c:{WD(c[8:12])}]] [[CARD_NUMBER#c:{W(c[12:])}]]
A: lovely and the end date then the three on the back
C: [[EXPIRY:{exp_w(e)}]] [[CVV:{W(v)}]]
A: and a mobile in case we're running late
C: [[PHONE:{W(ph)}]]
A: thank you [[NAME:hope]] see you at five
"""


@case("asr")
def _():
    pc = pc_uk("NR2"); ph = geo(); em = "fergus.oyinlola"; acc = digs(7)
    return f"""
A: good afternoon spark and flue chimney services you're through to [[NAME:ruth]]
C: hi [[NAME:ruth]] yes i'm moving house and i need my sweep appointments moved to the new place
A: of course what's the customer number
C: [[ACCOUNT_NUMBER:{PAIRS(acc[:6])} {W(acc[6:])}]]
A: and the name
C: [[NAME:fergus oyinlola]]
A: what's the new address
C: [[ADDRESS:rookery barn {N(R.randint(2, 40))} church lane]] little plumstead [[POSTCODE@uk#p:{SP(pc[:3])}]] and the rest is [[POSTCODE@uk#p:{SP(pc[3:])}]]
A: does it have a wood burner or an open fire
C: a wood burner and an aga but i don't think the aga needs sweeping
A: oil agas do once a year we'd do both for ((price:ninety five pounds)) and it takes ((duration:about two hours))
C: fine put me down
A: best number and email
C: [[PHONE:{W(ph[:4])} {W(ph[4:])}]] and [[EMAIL:{em.replace('.', ' dot ')} at proton dot me]]
A: you're booked for the ((date:third of november)) at ((time:nine thirty))
"""


@case("transcript")
def _():
    c = card("amex"); e = exp(); v = cvv(4); rv = c[:4]; ph = lon()
    return f"""
A: Cheers for calling Grand Union Narrowboats. [[NAME:Ptolemy]] speaking.
C: Hello. I'd like to book the ((model_number:Kingfisher 57)) for a long weekend in ((date:May)).
A: She sleeps ((count:six)). ((duration:Three nights)) from the ((date:2nd)) is ((price:£780)).
C: Lovely. I'll pay in full.
A: Name first?
C: [[NAME:Clementine Achterberg]].
A: Card details, please: number, expiry and the four-digit code.
C: Amex, [[CARD_NUMBER#c:{c[:4]} {c[4:10]}]], and the last bit is [[CARD_NUMBER#c!:{c[10:13]}]]... no, wait, I skipped one: [[CARD_NUMBER#c:{c[10:]}]].
A: Let me check. The last block is [[CARD_NUMBER*:{c[10:]}]]?
C: Yes. Expiry [[EXPIRY:{exp_t(e)}]], code [[CVV:{v}]].
A: Thank you. A daytime number?
C: [[PHONE:{ph[:3]} {ph[3:7]} {ph[7:]}]].
A: Done. You'll have a ((duration:90-minute)) handover at ((time:2 pm)) on the ((date:2nd)).
"""


@case("asr")
def _():
    b = dob(); b2 = (R.randint(1, 28), R.randint(1, 12), R.randint(2008, 2012)); em = "rosa.bianchi-okeke"; ph = mob(); pc = pc_uk("B15")
    return f"""
A: hello edgbaston scouts camp registrations [[NAME:elspeth]] speaking
C: hi i filled in the online form for the easter camp but it didn't save
A: oh annoying i'll take it over the phone young person's name
C: [[NAME:dante bianchi-okeke]] date of birth [[DOB:{dob_w(b2)}]]
A: and parent's name and date of birth
C: [[NAME:rosa bianchi-okeke]] mine's [[DOB:{dob_w(b)}]]
A: address
C: [[ADDRESS:flat a {N(R.randint(10, 60))} harborne park road]] [[POSTCODE@uk:{SP(pc)}]]
A: sorry was that flat a
C: yeah flat a top floor
A: got it email and phone
C: phone [[PHONE:{W(ph[:5])} {W(ph[5:])}]] and email's [[EMAIL:{em.replace('.', ' dot ')} at gmail dot com]]
A: thanks [[NAME:rosa]] the camp fee is ((price:one hundred and twenty pounds)) and the coach leaves at ((time:eight fifteen))
C: is that from the church hall
A: yes ((other:gate two)) side
"""


@case("transcript")
def _():
    c = card("visa"); e = exp(); v = cvv(); mid = "SA" + digs(6); pc = pc_au("2")
    return f"""
A: Bondi Bushido Karate, [[NAME:Takeshi]] speaking.
C: Hi [[NAME:Takeshi]], it's [[NAME:Maeve Holloway]]. My son's grading is on the ((date:30th)) and I need to pay the fee.
A: Sure. His member number?
C: [[ACCOUNT_NUMBER:{mid}]].
A: That's [[NAME:Oisín Holloway]], going for orange belt. The grading fee is ((price:A$65)), and the new belt is ((price:A$18)).
C: Both, please. Actually, can I update our address at the same time? We've moved to [[ADDRESS:{R.randint(2, 88)}/{R.randint(10, 200)} Coogee Bay Road, Randwick]], NSW [[POSTCODE@au:{pc}]].
A: Updated. Now the card.
C: [[CARD_NUMBER#c:{c[:4]} {c[4:8]}]], umm, [[CARD_NUMBER#c:{c[8:12]} {c[12:]}]]. [[EXPIRY:{exp_t(e)}]]. [[CVV:{v}]].
A: So that's ((price:A$83)) on the Visa ending [[CARD_NUMBER*:{c[-4:]}]].
C: Yes. What time should he be there?
A: Warm-up at ((time:9:15)), grading at ((time:9:45)). It runs about ((duration:2 hours)).
C: Thanks so much.
"""


@case("asr")
def _():
    c = card("mc"); e = exp(); v = cvv(); ph = usph(); z = pc_us("981"); em = "kealoha.brandt"
    return f"""
A: thanks for calling puget sound paddle and sail storage [[NAME:ezekiel]] speaking
C: hi i'm looking for a winter spot for a ((quantity:twenty two foot)) sailboat
A: we have indoor for ((price:twelve dollars a foot)) a month or outdoor for ((price:seven fifty))
C: outdoor's fine can i reserve it
A: sure name phone and email please
C: [[NAME:kealoha brandt]] [[PHONE:{W(ph[:3])} {W(ph[3:6])} {W(ph[6:])}]] and email is [[EMAIL:{em.replace('.', ' dot ')} at gmail dot com]]
A: and the boat's name and hull number
C: she's called sea biscuit hull number [[ACCOUNT_NUMBER:{SP('XY' + digs(5) + 'C' + digs(3))}]]
A: for the deposit i need a card
C: [[CARD_NUMBER#c:{W(c[:2])} {c[2:6]}]] [[CARD_NUMBER#c:{W(c[6:11])}]] [[CARD_NUMBER#c:{c[11:]}]]
A: okay and expiration and the cvv
C: [[EXPIRY:{exp_w(e)}]] and [[CVV:{W(v)}]]
A: and the billing zip
C: [[POSTCODE@us:{W(z)}]]
A: you're in ((other:space forty one)) haul out is on the ((date:fifteenth))
"""


@case("asr")
def _():
    acc = digs(8); pc = pc_uk("G12"); ph = mob(); b = dob()
    return f"""
A: kelvinside allotments association [[NAME:hamid]] speaking
C: hi [[NAME:hamid]] it's about my plot rent i got a reminder but i paid it in ((date:march))
A: let's check your tenancy number
C: [[ACCOUNT_NUMBER:{W(acc[:4])} {W(digs(4))}]] oh no that's my library card the tenancy one is [[ACCOUNT_NUMBER#a:{W(acc)}]]
A: okay and your name
C: [[NAME:iona macaskill]]
A: and your date of birth
C: [[DOB:{dob_w(b)}]]
A: i see a payment of ((price:sixty five pounds)) on the ((date:fourteenth of march)) the reminder must have crossed
C: thought so
A: is your address still [[ADDRESS:{N(R.randint(2, 99))} cecil street]] [[POSTCODE@uk:{SP(pc)}]]
C: yes
A: and mobile [[PHONE:{W(ph)}]]
C: that's right
A: sorted you're paid up until ((date:next march))
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); c2 = c[:8] + str((int(c[8]) + 3) % 10) + c[9:]; ph = lon(); inv = digs(6)
    return f"""
A: hello fixit pc clinic [[NAME:arjun]] speaking
C: hi it's [[NAME:petronella vance]] you've got my ((model_number:macbook air m2)) in for a battery
A: yes that's ready the invoice is [[ACCOUNT_NUMBER:{W(inv)}]] for ((price:one hundred and nineteen pounds))
C: great can i pay now and pick it up later
A: sure card expiry and cvv all at once if you like
C: [[CARD_NUMBER#c:{W(c[:4])} {W(c[4:8])}]] [[CARD_NUMBER#c!:{W(c2[8:12])}]] [[CARD_NUMBER#c:{W(c[12:])}]] [[EXPIRY:{exp_w(e)}]] [[CVV:{W(v)}]]
A: it's saying the number's not valid can you read me the third group again
C: oh sorry it's [[CARD_NUMBER#c:{W(c[8:12])}]] i misread it
A: that's gone through card ending [[CARD_NUMBER*:{W(c[-4:])}]]
C: great when are you open till
A: ((time:half six)) tonight and we close at ((time:four)) on saturdays
C: can someone ring me when it's bagged up
A: on [[PHONE:{W(ph[:3])} {W(ph[3:7])} {W(ph[7:])}]]
C: yes that's it
"""


@case("transcript")
def _():
    c = card("mc2"); e = exp(); v = cvv(); pc = pc_ie("H91"); ph = mob(); em = "cathal.mugabe"
    return f"""
A: Corrib Hooves Equestrian, [[NAME:Gráinne]] here.
C: Hello, I'd like to book a beach hack for ((count:four)) of us on the ((date:16th)).
A: Lovely. Experienced riders?
C: Two are, two are beginners. One is ((other:14)).
A: Then the ((duration:90-minute)) walk-and-trot hack at ((price:€70)) each. Name?
C: [[NAME:Cathal Mugabe]]. Address [[ADDRESS:Ard na Mara, {R.randint(2, 40)} Seapoint Road, Salthill]], Eircode [[POSTCODE@ie:{pc[:3]} {pc[3:]}]].
A: Thanks, [[NAME:Cathal]]. Best phone and e-mail?
C: [[PHONE:+44 {ph[1:5]} {ph[5:]}]], I'm on a UK number. E-mail [[EMAIL:{em}@eircom.net]].
A: We need ((percentage:50%)) up front: card number, expiry, CVC?
C: [[CARD_NUMBER#c:{c[:4]} {c[4:8]}]] — hang on, is the riding hat included? — [[CARD_NUMBER#c:{c[8:12]} {c[12:]}]], [[EXPIRY:{exp_t(e)}]], [[CVV:{v}]].
A: Hats are included, yes. That's ((price:€140)) taken.
C: Thank you!
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); pc = pc_uk("YO10"); ph = mob()
    return f"""
A: hello ouse valley kitchens [[NAME:stanislav]] speaking
C: oh hi we had a quote for a new kitchen from one of your designers [[NAME:bryony]] and we want to go ahead
A: lovely what's the surname on the quote
C: [[NAME:pennyworth]] [[NAME#sp:p e n n y w o r t h]]
A: got it mrs [[NAME:pennyworth]] sorry [[NAME:june pennyworth]]
C: yes
A: the deposit to lock in the price is ((percentage:twenty five percent)) which is ((price:two thousand two hundred and fifty pounds))
C: okay i'll give you the card it's [[CARD_NUMBER#c:for {W(c[1:4])}]] [[CARD_NUMBER#c:{W(c[4:8])}]] ate oh no sorry [[CARD_NUMBER#c:{W(c[8:12])}]] [[CARD_NUMBER#c:{W(c[12:])}]]
A: sorry did you say ate or oh at the start of the third block
C: it's [[CARD_NUMBER*:{W(c[8:12])}]] just that
A: great and the expiry and code
C: [[EXPIRY:{exp_w(e)}]] code [[CVV:{W(v)}]]
A: and is the fitting address [[ADDRESS:wren cottage {N(R.randint(2, 30))} back lane]] [[POSTCODE@uk:{SP(pc)}]]
C: that's right
A: the fitters will start in ((duration:six weeks)) [[NAME:bryony]] will ring to confirm on [[PHONE:{W(ph)}]]
"""


@case("asr")
def _():
    c = card("mc"); e = exp(); v = cvv(); tk = digs(8); em = "nightjar.ola"
    return f"""
A: you're through to lantern fields festival customer care [[NAME:ravi]] speaking
C: hiya i bought a day ticket and want to upgrade to the full weekend with camping
A: sure what's the ticket number on your e ticket
C: [[ACCOUNT_NUMBER#t:{W(tk[:4])}]] and then [[ACCOUNT_NUMBER#t:{W(tk[4:])}]]
A: that's for [[NAME:olamide ferreira]]
C: yep that's me
A: the difference is ((price:one hundred and thirty four pounds)) and there's a campervan pitch for ((price:forty)) more if you want it
C: no we're in a tent just the upgrade
A: okay and i'll take the card details number expiry security code
C: security code's [[CVV:{W(v)}]] the card's [[CARD_NUMBER#c:{c[:4]}]] [[CARD_NUMBER#c:{c[4:8]}]] [[CARD_NUMBER#c:{W(c[8:12])}]] [[CARD_NUMBER#c:{c[12:14]} {W(c[14:])}]] and it's good till [[EXPIRY:{exp_m(e)}]]
A: thanks and the new tickets go to [[EMAIL:{em.replace('.', ' dot ')} at icloud dot com]]
C: yeah
A: done the wristband swap is at ((other:gate c)) from ((time:ten am)) friday
C: nice one can my mate collect it for me
A: only with your id i'm afraid
"""


@case("transcript")
def _():
    s = ssn(); b = dob(); ph = usph(); z = pc_us("303"); acc = digs(9)
    return f"""
A: Thank you for calling Summit Kitchen Design financing, this is [[NAME:Brooke]].
C: Hi [[NAME:Brooke]]. I applied for the ((percentage:0%)) financing on a remodel and never heard back.
A: I can check. Can I have your full name?
C: [[NAME:Ambrose Kipchoge]].
A: And your Social Security number, please.
C: [[SSN:{s[:3]}-{s[3:5]}-{s[5:]}]].
A: Date of birth?
C: [[DOB:{MONTHS[b[1] - 1].capitalize()} {b[0]}, {b[2]}]].
A: Thank you. I see the application, [[ACCOUNT_NUMBER:{acc}]]. It's waiting on proof of address.
C: It's [[ADDRESS:{R.randint(1000, 9999)} Peachtree Industrial Boulevard, Apt {R.randint(100, 999)}]], [[POSTCODE@us:{z}]].
A: We need a utility bill from the last ((duration:90 days)). You can upload it at the portal or fax it.
C: I'll upload it. Can you text me the link? [[PHONE:{ph[:3]}.{ph[3:6]}.{ph[6:]}]].
A: Sent. The approved amount would be ((price:$18,500)) over ((duration:36 months)).
"""


@case("asr")
def _():
    c = card("amex"); e = exp(); v = cvv(4); acc = digs(6); ph = mob()
    return f"""
A: hello cairngorm snowsports hire desk [[NAME:morven]] speaking
C: hi we've booked skis for tomorrow but i need to change the card the booking's on
A: no problem booking number
C: [[ACCOUNT_NUMBER:{SP('CS' + acc)}]]
A: okay [[NAME:ikechukwu salazar]] ((count:three)) adult packages
C: yep it's on my wife's card and she wants it on mine
A: fine go ahead
C: it's american express [[CARD_NUMBER#c:{W(c[:4])}]] then [[CARD_NUMBER#c:{W(c[4:10])}]] then [[CARD_NUMBER#c:{W(c[10:])}]]
A: and expiry and the little four digit number on the front
C: four digit is [[CVV:{WD(v)}]] and expiry [[EXPIRY:{exp_w(e)}]]
A: the old card ending [[CARD_NUMBER*:{W(digs(4))}]] will be refunded within ((duration:five working days))
C: great and what time do you open
A: ((time:eight o'clock)) and the first chairlift is ((time:eight thirty))
C: and is there parking at the base
A: yes ((price:five pounds)) for the day
"""


@case("transcript")
def _():
    b = dob(); by = R.randint(1950, 1963); pc = pc_uk("CF10"); ph = geo(); em = "eleri.vanderberg"; mid = digs(6)
    return f"""
A: Taff Riverside Art School, [[NAME:Lowri]] speaking.
C: Hello, I'd like to join the watercolour course for the over-sixties. I was born in ((year:{by})), so I qualify!
A: You certainly do. Full name?
C: [[NAME:Eleri Vanderberg]].
A: And your exact date of birth, for the concession?
C: [[DOB:{b[0]}/{b[1]}/{by}]].
A: Address?
C: [[ADDRESS:Ty Gwyn, {R.randint(2, 80)} Cathedral Road, Pontcanna]], [[POSTCODE@uk:{pc[:-3]} {pc[-3:]}]].
A: Phone and e-mail?
C: Landline [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]]; e-mail [[EMAIL:{em}@talktalk.net]].
A: Your student number is [[ACCOUNT_NUMBER:{mid}]]. Classes are Tuesdays ((time:10:30)) to ((time:12:30)), ((count:10)) weeks, ((price:£95)).
C: Do I need my own brushes?
A: We lend them for the first ((count:two)) sessions.
"""


@case("asr")
def _():
    ph = mob(); pc = pc_uk("PL4"); ref = digs(7)
    return f"""
A: plymouth city council bulky waste and recycling [[NAME:kwabena]] speaking
C: hiya i booked a collection for a mattress and it never came
A: sorry about that have you got the booking reference
C: it's on an email hang on [[ACCOUNT_NUMBER:{SP('BW' + ref)}]]
A: thank you and the address
C: [[ADDRESS:flat {N(R.randint(2, 30))} compass house {N(R.randint(10, 99))} embankment road]] [[POSTCODE@uk:{SP(pc)}]]
A: the crew marked it as not out it's a ((time:six am)) start on collection day
C: it was out from the night before it's a double mattress you can't miss it
A: i'll rebook it at no charge for wednesday and flag it
C: can they ring me when they're close
A: i'll add your number
C: [[PHONE#p:{W(ph[:5])}]] um [[PHONE#p:{W(ph[5:8])}]] [[PHONE#p:{W(ph[8:])}]]
A: that's [[PHONE*:{W(ph[-4:])}]] at the end
C: yes
A: done the name i have is [[NAME:tallulah rees]]
C: that's my mum i'm [[NAME:kit rees]] but she won't mind
"""


@case("asr")
def _():
    s = ssn(); b = dob(); z = pc_us("946"); em = "bao.nguyen.sf"; acc = digs(8)
    return f"""
A: bay area youth sailing camp enrollment this is [[NAME:marisa]]
C: hi i'm signing my son up for the july session and the form asks for a social security number why
A: that's only for the scholarship application if you're not applying you can skip it
C: oh we are applying for the scholarship
A: okay then i can take it on the phone the child's name and date of birth first
C: [[NAME:minh nguyen]] he was born [[DOB:{dob_w2((b[0], b[1], R.randint(2010, 2013)))}]]
A: and the parent's social
C: mine is [[SSN#s:{s[:3]}]] [[SSN#s:{W(s[3:5])}]] [[SSN#s:{W(s[5:])}]]
A: thank you and your name
C: [[NAME:bao nguyen]]
A: address and zip
C: [[ADDRESS:{N(R.randint(11, 99))} {N(R.randint(10, 99))} moraga way]] no sorry that's work home is [[ADDRESS:{N(R.randint(2, 9))} {N(R.randint(10, 99))} alcatraz avenue]] oakland [[POSTCODE@us:{W(z)}]]
A: and email
C: [[EMAIL:{em.replace('.', ' dot ')} at yahoo dot com]]
A: you're family number [[ACCOUNT_NUMBER:{W(acc)}]] decisions come out by the ((date:first of june))
"""


@case("transcript")
def _():
    c = card("visa"); e = exp(); v = cvv(); acc = digs(8)
    return f"""
I: Welcome to Hearthside Chimney Sweeps. To pay an invoice, press one. To book a sweep, press two.
C: One.
I: Please enter your eight-digit customer number, followed by the hash key.
C: [[ACCOUNT_NUMBER:{acc}]]#
I: Your balance is ((price:£68.00)). Please enter your card number.
C: [[CARD_NUMBER:{c}]]
I: Please enter the expiry date, month then year.
C: [[EXPIRY:{e[0]:02d}{e[1]:02d}]]
I: Please enter the three-digit security code.
C: [[CVV:{v}]]
I: Thank you. Payment of ((price:£68.00)) has been accepted. Your confirmation number is ((other:{digs(6)})).
C: Agent.
A: Hello, [[NAME:Bronagh]] speaking. I see you've just paid, is there anything else?
C: Yes, my name is still spelled wrong on the invoice. It's [[NAME:Seán Ó Dálaigh]], not Shaun.
A: Sorry about that, I'll correct it to [[NAME:Seán]] with a fada.
"""


@case("asr")
def _():
    em = "wren.hollingsworth"; ph = mob(); pc = pc_uk("OX4"); b = dob()
    return f"""
A: good morning cowley amateur boxing club [[NAME:desmond]] speaking
C: hi i'm ringing for my daughter she wants to start boxing she's ((other:sixteen))
A: brilliant we've got a girls' session tuesdays and thursdays ((time:six till half seven))
C: does she need anything
A: gum shield and wraps we lend gloves first ((count:three)) sessions are free
C: great can i register her
A: name and date of birth
C: [[NAME:wren hollingsworth]] [[DOB:{dob_w((b[0], b[1], R.randint(2008, 2009)))}]]
A: and a parent contact
C: me [[NAME:marianne hollingsworth]] [[PHONE:{W(ph[:5])} {WD(ph[5:])}]]
A: address and postcode for the england boxing registration
C: [[ADDRESS:{N(R.randint(11, 99))} magdalen road]] cowley [[POSTCODE@uk:{SP(pc)}]]
A: email
C: [[EMAIL:{em.replace('.', ' dot ')} at btinternet dot com]]
A: lovely the membership's ((price:twenty two pounds)) a month after the taster
"""


@case("asr")
def _():
    c = card("disc"); e = exp(); v = cvv(); z = pc_us("837"); ph = usph(); bk = digs(6)
    return f"""
A: sawtooth snow rentals this is [[NAME:cody]]
C: hey [[NAME:cody]] i'm flying in on ((flight_number:delta twenty two forty)) tomorrow and i want to reserve a snowboard and boots
A: sure what size boots
C: ((other:ten and a half))
A: board length depends on your weight roughly
C: about ((quantity:one eighty pounds))
A: okay a ((quantity:one fifty eight)) board it's ((price:forty two a day)) or ((price:one sixty)) for ((duration:five days))
C: five days please under [[NAME:santiago ballard]]
A: card to hold it
C: discover [[CARD_NUMBER#c:{W(c[:4])}]] [[CARD_NUMBER#c:{W(c[4:8])}]] wait let me get out of the car [[CARD_NUMBER#c:{W(c[8:12])}]] [[CARD_NUMBER#c:{W(c[12:])}]]
A: expiry cvv and billing zip
C: zip [[POSTCODE@us:{W(z)}]] cvv [[CVV:{W(v)}]] expires [[EXPIRY:{exp_w(e)}]]
A: you're booking [[ACCOUNT_NUMBER:{W(bk)}]] text updates to which number
C: [[PHONE:{W(ph[:3])} {W(ph[3:])}]]
"""


@case("transcript")
def _():
    pc = pc_ca("V"); ph = usph(); em = "amara.okafor-lindqvist"; mid = digs(7)
    return f"""
A: Good afternoon, False Creek Canoe & Kayak Storage, [[NAME:Harpreet]] speaking.
C: Hi, I'm moving out of province and need to cancel my rack rental.
A: Sorry to see you go. Membership number?
C: [[ACCOUNT_NUMBER:{mid}]].
A: And your name?
C: [[NAME:Amara Okafor-Lindqvist]].
A: You're in ((other:rack 14C)) until the ((date:31st)). We'll refund ((count:two)) months, that's ((price:$90)).
C: Great. Can you send the refund confirmation to my new e-mail? [[EMAIL:{em}@protonmail.com]].
A: Sure. And a forwarding address for the tax slip?
C: [[ADDRESS:{R.randint(100, 9999)} Jasper Avenue NW, Suite {R.randint(100, 900)}]], Edmonton, Alberta [[POSTCODE@ca:{pc.replace('V', 'T', 1)[:3]} {pc[3:]}]].
A: And a phone?
C: Same as before, [[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]].
A: Done. Please empty the rack by ((time:5 pm)) on the last day.
"""


@case("asr")
def _():
    c = card("mc"); e = exp(); v = cvv(); pc = pc_uk("TR18"); ph = mob()
    return f"""
A: hello mount's bay solar cleaning [[NAME:demelza]] speaking
C: hi we had a leaflet through the door about panel cleaning and bird proofing
A: yes we're doing the bird mesh at ((percentage:ten percent)) off this month
C: the seagulls are nesting under ours it's a nightmare
A: how many panels
C: ((count:sixteen)) on the back roof
A: that's ((price:ninety pounds)) for the clean and ((price:two hundred and forty)) for the mesh less the ten percent
C: lovely book it in and take it now if you like
A: name and address first please
C: [[NAME:branwen kitto]] [[ADDRESS:chy an mor {N(R.randint(2, 40))} bellair road]] penzance [[POSTCODE@uk#p:{SP(pc[:4])}]] [[POSTCODE@uk#p:{SP(pc[4:])}]]
A: and the card number and expiry and code
C: [[CARD_NUMBER#c:{c[:6]}]] [[CARD_NUMBER#c:{W(c[6:10])}]] [[CARD_NUMBER#c:{c[10:]}]] [[EXPIRY:{exp_w(e)}]] code [[CVV:{W(v)}]]
A: mobile for the fitter
C: [[PHONE:{W(ph)}]]
A: we'll be there on the ((date:ninth)) between ((time:eight and ten))
"""


@case("transcript")
def _():
    b = dob(); nino = ni(); ph = mob(); pc = pc_uk("NE6"); em = "hyun-woo.park.1"
    return f"""
A: Byker Youth Camp volunteer line, [[NAME:Geordie]] speaking.
C: Hi, I'm applying to be a volunteer leader and need to do the DBS check.
A: Great. I'll take your details over the phone. Full name?
C: [[NAME:Hyun-woo Park]].
A: Date of birth?
C: [[DOB:{dob_t(b)}]].
A: National Insurance number?
C: [[SSN:{nino}]].
A: And your address for the last five years, starting with current.
C: Current is [[ADDRESS:Flat {R.randint(1, 9)}B, {R.randint(10, 300)} Shields Road]], [[POSTCODE@uk:{pc[:-3]} {pc[-3:]}]]. Before that I was in Seoul.
A: Overseas addresses need a certificate of good conduct. Phone and e-mail?
C: [[PHONE:{ph[:5]} {ph[5:8]} {ph[8:]}]], [[EMAIL:{em}@gmail.com]].
A: The check takes about ((duration:2 weeks)); camp starts on the ((date:28th)).
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); ordn = digs(5); ph = lon()
    return f"""
A: hi you've called hornby corner model railways [[NAME:giles]] speaking
C: hi [[NAME:giles]] i'm after the ((model_number:flying scotsman r thirty eighty six)) you had in the window
A: ah we've got ((count:one)) left it's ((price:two hundred and nineteen ninety nine))
C: can you hold it and i'll pay now
A: of course name
C: [[NAME:horatio blessing]]
A: and the card
C: before i forget my order from last week [[ACCOUNT_NUMBER:{W(ordn)}]] did that ship
A: yes it went out yesterday tracking ((other:{SP('TT' + badlook(9) + 'GB')})) now the card
C: right it's [[CARD_NUMBER#c:{W(c[:4])}]] [[CARD_NUMBER#c:{c[4:8]}]] [[CARD_NUMBER#c:{W(c[8:12])}]] and [[CARD_NUMBER#c:{W(c[12:])}]] valid thru [[EXPIRY:{exp_w(e)}]] back code [[CVV:{W(v)}]]
A: lovely a number to ring when it's packed
C: [[PHONE:{W(ph[:3])} {W(ph[3:7])} {W(ph[7:])}]]
A: thanks [[NAME:horatio]] it'll be at the counter from ((time:two)) tomorrow
"""


@case("asr")
def _():
    acc = digs(8); b = dob(); pc = pc_uk("BN2"); em = "saffron.mbeki"
    return f"""
A: good morning whitehawk allotment society you're speaking to [[NAME:clifford]]
C: morning i want to swap my plot for one nearer the water tap i've had a knee operation
A: sorry to hear that what's your plot holder number
C: [[ACCOUNT_NUMBER#a:{W(acc[:3])}]] um [[ACCOUNT_NUMBER#a:{W(acc[3:])}]]
A: thanks and your name and date of birth
C: [[NAME:saffron mbeki]] [[DOB:{dob_w2(b)}]]
A: there's ((other:plot twenty seven)) right by the tap it's ((quantity:half the size)) of yours
C: that's fine i can't manage a big one now
A: rent goes down to ((price:thirty one pounds)) a year i'll email the new agreement
C: it's [[EMAIL:{em.replace('.', ' dot ')} at outlook dot com]]
A: and still at [[ADDRESS:{N(R.randint(2, 99))} bevendean crescent]] [[POSTCODE@uk:{SP(pc)}]]
C: yes
A: perfect the keys for the new gate are at the shed on saturday ((time:ten till twelve))
"""


@case("transcript")
def _():
    c = card("mc"); e = exp(); v = cvv(); ph = usph(); z = pc_us("100")
    return f"""
A: Thanks for calling Brooklyn Bake Lab custom orders, this is [[NAME:Shoshana]].
C: Hi! I need a custom cake for a bar mitzvah on the ((date:19th)), for ((quantity:120)) guests.
A: Mazel tov! Our ((model_number:Grand 5-tier)) starts at ((price:$1,150)). Flavours?
C: Chocolate and raspberry. My name is [[NAME:Aviva Rosenbaum-Osei]], and delivery is to [[ADDRESS:{R.randint(100, 999)} West End Avenue, Apt {R.randint(2, 20)}F]], New York, [[POSTCODE@us:{z}]].
A: Thank you. We take a ((percentage:50%)) deposit. Card number, expiry, CVV?
C: [[CARD_NUMBER#c:{c[:4]} {c[4:8]} {c[8:12]}]] — hold on, my son is yelling — okay, [[CARD_NUMBER#c:{c[12:]}]]. Expiry [[EXPIRY:{exp_t(e)}]], CVV [[CVV:{v}]].
A: I'll read the last block back: [[CARD_NUMBER*:{c[12:]}]].
C: Correct.
A: And a cell for the delivery driver?
C: [[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]].
A: Perfect. Delivery between ((time:11 am)) and ((time:1 pm)).
"""


@case("asr")
def _():
    b = dob(); em = "ottoline.fairweather"; ph = mob(); pc = pc_uk("EX4"); acc = digs(6)
    return f"""
I: thank you for calling exe valley riding centre to book a lesson say lessons for livery say livery
C: lessons
I: please say your rider number or say i don't have one
C: [[ACCOUNT_NUMBER:{W(acc)}]]
I: thank you please hold for the next available instructor
A: hello [[NAME:philippa]] speaking i've got your rider file up is that [[NAME:ottoline fairweather]]
C: it is yes i'd like to move to the intermediate group
A: let's check for security your date of birth
C: [[DOB:{dob_w(b)}]]
A: and your email's still [[EMAIL:{em.replace('.', ' dot ')} at hotmail dot com]]
C: yes
A: intermediate is sundays at ((time:eleven)) on ((other:horse number nine)) usually a cob called barley
C: perfect and can you update my address i've moved to [[ADDRESS:{N(R.randint(2, 99))} pennsylvania road]] [[POSTCODE@uk:{SP(pc)}]]
A: done and mobile the same [[PHONE*:{W(ph[-4:])}]] at the end
C: yes still that
"""


@case("transcript")
def _():
    c = card("visa"); e = exp(); v = cvv(); ref = digs(6); ph = geo()
    return f"""
A: Hello, Spin Cycle Dry Cleaners & Alterations, [[NAME:Mehmet]] speaking.
C: Hi [[NAME:Mehmet]], it's [[NAME:Ingrid Solberg]]. I brought in ((count:four)) curtains and a duvet on Tuesday. Ticket [[ACCOUNT_NUMBER:{ref}]].
A: Yes, they're ready. ((price:£112.00)) in total.
C: Could my neighbour, [[NAME:Blessing Achebe]], collect them? I'm away until the ((date:5th)).
A: Yes, if she brings the ticket. Would you like to pay now so she just collects?
C: Please. It's [[CARD_NUMBER#c:{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}]], [[EXPIRY:{exp_t(e)}]], and [[CVV:{v}]].
A: Thank you. That's paid on the card ending [[CARD_NUMBER*:{c[-4:]}]].
C: Could you text me when she's picked them up? [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]].
A: Of course. We close at ((time:6:30)) weekdays.
"""


@case("asr")
def _():
    c = card("mc2"); e = exp(); v = cvv(); ph = mob(); ordn = digs(7)
    return f"""
A: you're through to waterside boat shed chandlery and storage [[NAME:ewan]]
C: hiya my husband [[NAME:fraser]] has a boat in with you for the winter and he's asked me to pay the invoice
A: no problem what's the invoice number
C: [[ACCOUNT_NUMBER:{W(ordn[:2])} {W(ordn[2:])}]]
A: that's ((price:eight hundred and sixty pounds)) for lift out storage and antifouling
C: oh the antifouling as well okay
A: card number first
C: [[CARD_NUMBER#c:{W(c[:4])} {W(c[4:8])}]] is that the bit you need or the whole thing
A: the whole thing please
C: [[CARD_NUMBER#c:{W(c[8:12])} {W(c[12:])}]] and it runs to [[EXPIRY:{exp_w(e)}]]
A: and the last three on the back
C: [[CVV:{W(v)}]]
A: done i'll text the receipt to [[NAME:fraser]]'s mobile or yours
C: mine please [[PHONE:{W(ph)}]] i'm [[NAME:catriona]] by the way
"""


@case("asr")
def _():
    s = ssn(); b = dob(); ph = usph(); z = pc_us("551"); acc = digs(10)
    return f"""
A: twin lakes marina winter storage billing this is [[NAME:gunnar]]
C: hi i got a collections letter but i'm pretty sure i paid
A: let me take a look account number
C: [[ACCOUNT_NUMBER:{W(acc)}]]
A: and for verification full name date of birth and last four of your social
C: [[NAME:rosalind achebe-kowalski]] [[DOB:{dob_w2(b)}]] last four [[SSN*:{W(s[-4:])}]]
A: thank you i see a payment of ((price:twelve forty)) on the ((date:eighteenth)) that was applied to the wrong slip
C: so it's a mistake
A: yes i'll move it and cancel the letter you'll get a corrected statement in ((duration:seven to ten days))
C: can you send it to [[ADDRESS:{N(R.randint(11, 99))} {N(R.randint(10, 99))} lakeshore drive]] not the old address
A: sure and is that still [[POSTCODE@us:{W(z)}]]
C: yes and you can call me at [[PHONE:{W(ph[:3])} {W(ph[3:6])} {W(ph[6:])}]] if there's more
A: will do sorry for the trouble
"""


@case("transcript")
def _():
    c = card("amex"); e = exp(); v = cvv(4); b = dob(); em = "l.ferreira-dunmore"
    return f"""
A: Blue Moorings Yacht Charter, Antibes desk, [[NAME:Céleste]] speaking.
C: Good morning. [[NAME:Lucas Ferreira-Dunmore]]. I'm confirming the ((model_number:Lagoon 42)) for ((date:3 July)).
A: Yes, Mr [[NAME:Ferreira-Dunmore]]. For the skipper's licence check I need the skipper's date of birth.
C: That's me: [[DOB:{dob_t(b)}]]. I'm flying in on ((flight_number:BA 342)).
A: Thank you. The balance is ((price:€6,400)), plus the security deposit of ((price:€2,500)) pre-authorised.
C: Use my Amex for both: [[CARD_NUMBER#c:{c[:4]}]] [[CARD_NUMBER#c:{c[4:10]}]] [[CARD_NUMBER#c:{c[10:]}]], expires [[EXPIRY:{exp_t(e)}]], code [[CVV:{v}]].
A: Reading back: [[CARD_NUMBER#r:{c[:4]} {c[4:10]} {c[10:]}]]?
C: Correct.
A: And the crew list goes to [[EMAIL:{em}@me.com]]?
C: Yes, please. We're ((count:six)) adults.
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); pc = pc_ie("T12"); ph = mob()
    return f"""
A: good afternoon lee valley festival tickets [[NAME:cian]] here
C: hi [[NAME:cian]] i'm calling for my sister [[NAME:aoibheann]] she's deaf so i'm doing the call for her
A: no problem at all is she there with you
C: she is she's nodding
A: grand what can i do for ye
C: she wants an accessible viewing platform ticket for the sunday and one for me as her companion
A: the companion goes free the ticket is ((price:eighty nine euro)) the platform is by ((other:stage b))
C: lovely her card then [[CARD_NUMBER#c:{c[:4]}]] [[CARD_NUMBER#c:{W(c[4:8])}]] [[CARD_NUMBER#c:{c[8:12]}]] [[CARD_NUMBER#c:{W(c[12:])}]] expiry [[EXPIRY:{exp_w(e)}]] and [[CVV:{W(v)}]] on the back
A: and her eircode for the wristband post
C: [[POSTCODE@ie#e:{SP(pc[:3])}]] then [[POSTCODE@ie#e:{SP(pc[3:])}]]
A: and her surname
C: [[NAME:o'mahony]] [[NAME:aoibheann o'mahony]]
A: perfect we'll text the tracking to her at [[PHONE:{W(ph)}]] is that okay
C: she says yes thanks a million
"""


@case("asr")
def _():
    ph = geo(); pc = pc_uk("AB10"); em = "dougal.mcintyre-singh"; ref = digs(7)
    return f"""
A: aberdeen city council bulky uplift [[NAME:kirsteen]] speaking
C: hi there i've got a piano to get rid of do you take pianos
A: we don't i'm afraid they need a specialist but we can take the piano stool
C: ha okay and a wardrobe and ((count:two)) bikes
A: the wardrobe and bikes that's ((count:three)) items ((price:forty five pounds))
C: fine it's for my dad's house he's gone into a home [[NAME:angus mcintyre-singh]]
A: sorry to hear that and the address
C: [[ADDRESS:{N(R.randint(2, 99))} rosemount viaduct terrace]] [[POSTCODE@uk:{SP(pc)}]]
A: and your name as the contact
C: [[NAME:dougal mcintyre-singh]]
A: and email and phone
C: [[EMAIL:{em.replace('.', ' dot ')} at gmail dot com]] and the house phone [[PHONE:{W(ph)}]]
A: your reference is [[ACCOUNT_NUMBER:{W(ref)}]] the uplift is on the ((date:twenty first))
"""


@case("transcript")
def _():
    c = card("visa"); e = exp(); v = cvv(); ph = mob(); pc = pc_uk("CB1")
    return f"""
A: Cambridge Repair Café and PC Rescue, [[NAME:Yusuf]] speaking.
C: Hi, my ((model_number:ThinkPad T480)) won't boot; it shows error ((other:0x{digs(4)})).
A: That's usually the SSD. Diagnosis is ((price:£35)), deducted from the repair.
C: Okay. Can you collect it? I'm at [[ADDRESS:Flat 6, {R.randint(10, 90)} Mill Road]], [[POSTCODE@uk:{pc[:-3]} {pc[-3:]}]].
A: Collection is ((price:£10)). Name?
C: [[NAME:Olwen Featherstonehaugh]].
A: And card for the diagnosis plus collection, with expiry and security code?
C: [[CARD_NUMBER#c:{c[:8]}]]... sorry, [[CARD_NUMBER#c:{c[8:]}]]; [[EXPIRY:{exp_t(e)}]]; [[CVV:{v}]].
A: And a mobile?
C: [[PHONE:{ph}]].
A: Our driver will be there between ((time:2)) and ((time:4 pm)).
"""


@case("asr")
def _():
    b = dob(); pc = pc_uk("SY23"); em = "gethin.abernathy"; mid = digs(6)
    return f"""
A: aberystwyth kickboxing academy [[NAME:rhodri]] speaking
C: hi i'm trying to reset my login for the booking app it says my details don't match
A: let's see what we've got name please
C: [[NAME:gethin abernathy]]
A: date of birth on the system is different to the one you entered i think
C: it should be [[DOB:{dob_w(b)}]] i was born in ((year:{b[2]})) not ((year:{b[2] + 10}))
A: ah someone's typed it wrong i'll fix it and your member number's [[ACCOUNT_NUMBER:{W(mid)}]]
C: yes and can you check the address
A: i've got [[ADDRESS:{N(R.randint(2, 99))} llanbadarn road]] [[POSTCODE@uk:{SP(pc)}]]
C: that's right and the email should be [[EMAIL:{em.replace('.', ' dot ')} at aber dot ac dot uk]]
A: updated try logging in in ((duration:ten minutes))
"""


@case("transcript")
def _():
    pc = pc_au("4"); ph = mob(); em = "tayla.nakamura-reid"; acc = digs(8)
    return f"""
A: Brisbane Riverside Kerbside Collections, [[NAME:Bindi]] speaking.
C: Hi [[NAME:Bindi]], my name's [[NAME:Tayla Nakamura-Reid]]. I missed the kerbside clean-up week, can I book a special collection?
A: Yes, it's ((price:A$55)) for up to ((quantity:2 cubic metres)). Address?
C: [[ADDRESS:{R.randint(2, 60)} Jacaranda Street]], Paddington, [[POSTCODE@au:{pc}]].
A: Your rates account number?
C: [[ACCOUNT_NUMBER:{acc}]].
A: What items?
C: An old trampoline, ((count:three)) chairs, and a broken ((model_number:Dyson V8)).
A: The vacuum should go to e-waste; we'll take the rest. Confirmation to which e-mail?
C: [[EMAIL:{em}@bigpond.com]].
A: Sent. It's Friday, out by ((time:6 am)).
"""


@case("asr")
def _():
    c = card("mc"); e = exp(); v = cvv(); ph = mob()
    return f"""
A: hello sugar and spice celebration cakes [[NAME:anjali]] speaking
C: hiya i'm ringing to pay the rest of my wedding cake it's under [[NAME:honey carruthers]]
A: oh yes the ((count:four)) tier with the pressed flowers ((price:three hundred and eighty pounds)) left to pay
C: that's it card's [[CARD_NUMBER#c:{W(c[:3])}]] [[CARD_NUMBER#c:{W(c[3:7])}]] sorry [[CARD_NUMBER#c:{W(c[7:11])}]] [[CARD_NUMBER#c:{W(c[11:])}]]
A: i've got [[CARD_NUMBER#r:{G(c, [4, 4, 4, 4])}]] is that right
C: yes
A: and the code and expiry
C: [[CVV:{W(v)}]] [[EXPIRY:{exp_w(e)}]]
A: lovely and [[NAME:honey]] just a number for the day of delivery
C: [[PHONE:{W(ph)}]] or my maid of honour [[NAME:precious dube]]
"""


@case("transcript")
def _():
    b = dob(); s = ssn(); ph = usph(); z = pc_us("331"); em = "ximena.o.lozano"
    return f"""
A: Coral Key Sailing Club and youth camp, [[NAME:Dwayne]] speaking.
C: Hi, I'm enrolling my nephew. I'm his legal guardian, [[NAME:Ximena Lozano]].
A: Thanks. The camper's name and date of birth?
C: [[NAME:Mateo Lozano-Ruiz]], born [[DOB:{b[1]}/{b[0]}/{R.randint(2010, 2014)}]].
A: For the guardian tax credit form, we'll need your SSN.
C: [[SSN:{s[:3]} {s[3:5]} {s[5:]}]].
A: Address?
C: [[ADDRESS:{R.randint(1000, 9999)} SW {R.randint(10, 150)}th Court, Apt {R.randint(1, 30)}]], Miami, [[POSTCODE@us:{z}]].
A: And phone and e-mail?
C: [[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]], [[EMAIL:{em}@gmail.com]].
A: The session is ((duration:2 weeks)) starting ((date:June 9)), ((price:$640)).
"""


@case("asr")
def _():
    pc = pc_uk("IV2"); ph = mob(); acc = digs(7)
    return f"""
A: highland flue and stove [[NAME:mhairi]] speaking
C: hello it's [[NAME:ruaridh wolfe]] i had a sweep last month and i need a certificate for my insurance
A: no bother what's your customer number
C: [[ACCOUNT_NUMBER:{W(acc)}]]
A: and the property address
C: [[ADDRESS:the steading {N(R.randint(2, 30))} culduthel road]] [[POSTCODE@uk:{SP(pc)}]]
A: i'll email the certificate is it the email on file
C: i'd rather post actually i'm not good with emails
A: fine it'll be with you in ((duration:two or three days)) anything else
C: no that's all cheers
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); ph = mob(); pc = pc_uk("LL55")
    return f"""
A: snowdon pottery and painting classes [[NAME:carys]] speaking
C: hiya i want to buy a gift voucher for my mum's ((other:seventieth))
A: lovely they come in ((price:twenty five)) ((price:fifty)) or ((price:a hundred pounds))
C: the fifty one please and can you post it to her
A: course name and address
C: [[NAME:myfanwy pritchard]] [[ADDRESS:bryn awel {N(R.randint(2, 40))} high street]] llanberis [[POSTCODE@uk:{SP(pc)}]]
A: and your name for the card message
C: from [[NAME:delyth]] and [[NAME:idris]]
A: and payment number expiry code
C: [[CARD_NUMBER#c:{W(c[:4])} {W(c[4:8])}]] [[EXPIRY:{exp_w(e)}]] oh you want the rest [[CARD_NUMBER#c:{W(c[8:12])} {W(c[12:])}]] and [[CVV:{W(v)}]]
A: all done card ending [[CARD_NUMBER*:{W(c[-4:])}]] it'll go out first class today
"""


@case("transcript")
def _():
    c = card("mc2"); e = exp(); v = cvv(); ph = lon(); em = "kofi.lindgren"
    return f"""
A: Alexandra Palace Ice & Snow Hire, [[NAME:Rosalind]] speaking.
C: Hi, I've got ((count:8)) students going to Andorra on the ((date:14th)), flight ((flight_number:VY 7824)), and I'd like to pre-book their boards.
A: Certainly. School or private?
C: School. I'm [[NAME:Kofi Lindgren]], head of PE.
A: Group rate is ((price:£24)) per board per day, ((percentage:15%)) off for ((count:8)) or more.
C: Great. School card: [[CARD_NUMBER#c:{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}]], expiring [[EXPIRY:{exp_t(e)}]], CVC [[CVV:{v}]].
A: Confirmation to?
C: [[EMAIL:{em}@stmarksacademy.org.uk]], and the office line is [[PHONE:{ph[:3]} {ph[3:7]} {ph[7:]}]].
A: Lovely. Fittings are at ((time:4pm)) on arrival.
"""


@case("asr")
def _():
    b = dob(); pc = pc_ca("H"); ph = usph(); em = "genevieve.tremblay.art"
    return f"""
A: bonjour hello plateau art studio [[NAME:mathieu]] speaking
C: hi i'm calling about the oil painting weekend workshop in english
A: yes we have ((count:four)) spots left it's ((price:two hundred and ten dollars)) with canvas
C: great my name is [[NAME:geneviève tremblay]] and i'm a senior so is there a discount
A: yes ((percentage:fifteen percent)) for over sixty five what's your date of birth
C: [[DOB:{dob_w2((b[0], b[1], R.randint(1941, 1958)))}]]
A: and a postal code
C: [[POSTCODE@ca:{SP(pc)}]]
A: email and phone
C: [[EMAIL:{em.replace('.', ' dot ')} at videotron dot ca]] and [[PHONE:{W(ph)}]]
A: merci see you saturday at ((time:nine thirty))
"""


@case("asr")
def _():
    c = card("amex"); e = exp(); v = cvv(4); pc = pc_us("980")
    return f"""
A: thanks for calling the stillwater boxing and fitness this is [[NAME:marcus]]
C: yeah hi i want to pay for ((count:ten)) personal training sessions with coach [[NAME:delroy]]
A: the ten pack is ((price:six fifty)) you want to put that on a card
C: amex [[CARD_NUMBER#c:{c[:4]} {W(c[4:10])}]] uh [[CARD_NUMBER#c:{W(c[10:])}]] four digit [[CVV:{W(v)}]] and it's good through [[EXPIRY:{exp_w(e)}]]
A: zip code
C: [[POSTCODE@us:{W(pc)}]]
A: okay that's approved [[NAME:delroy]]'s got tuesdays at ((time:six a m)) open
C: perfect put me there
"""


@case("transcript")
def _():
    pc = pc_ie("D02"); ph = mob(); em = "fionnuala.adebayo"; b = dob(); acc = digs(7)
    return f"""
A: Liffey Lockers Boat Storage, [[NAME:Declan]] speaking.
C: Hi, I'm taking over my late father's storage bay. He was [[NAME:Emeka Adebayo]].
A: I'm very sorry. Are you the executor?
C: Yes, I'm [[NAME:Fionnuala Adebayo]]. His account number was [[ACCOUNT_NUMBER:{acc}]].
A: Thank you. I'll need your own date of birth and address for the new agreement.
C: [[DOB:{dob_s(b)}]]. [[ADDRESS:Apartment {R.randint(2, 90)}, The Gasworks, {R.randint(10, 80)} Barrow Street]], Dublin [[POSTCODE@ie:{pc[:3]} {pc[3:]}]].
A: And e-mail?
C: [[EMAIL:{em}@gmail.com]].
A: Bay ((other:B-17)) is ((price:€95)) a month from the ((date:1st)).
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); pc = pc_uk("BT9")
    return f"""
A: lagan valley canal and river cruises [[NAME:niamh]] speaking
C: hi i'd like to book the sunday afternoon trip for ((count:nine)) people it's my granda's ((other:ninetieth))
A: lovely that's ((price:fourteen pounds)) a head and the boat leaves at ((time:two)) from the lock keeper's cottage
C: and can we bring a cake on
A: of course card details please
C: [[CARD_NUMBER#c:{W(c[:4])}]] [[CARD_NUMBER#c:{W(c[4:8])}]] won sec [[CARD_NUMBER#c:{W(c[8:12])}]] [[CARD_NUMBER#c:{W(c[12:])}]] exp [[EXPIRY:{exp_w(e)}]] cvv [[CVV:{W(v)}]]
A: and the billing address
C: [[ADDRESS:{N(R.randint(2, 99))} malone avenue]] belfast [[POSTCODE@uk:{SP(pc)}]]
A: and the booking name
C: [[NAME:roisin mcgrath-ashworth]]
A: all booked the trip lasts ((duration:ninety minutes))
"""


@case("transcript")
def _():
    c = card("disc"); e = exp(); v = cvv(); z = pc_us("191"); ph = usph()
    return f"""
A: Thanks for calling Liberty Carpet & Rug Care, this is [[NAME:Tamsin]].
C: Hi, I need an oriental rug cleaned, about ((quantity:9 by 12)). It's wool, maybe ((other:80)) years old.
A: Hand wash is ((price:$3.25)) a square foot, so around ((price:$351)). Pickup address?
C: [[ADDRESS:{R.randint(100, 2999)} Spruce Street, Unit {R.randint(1, 9)}R]], Philadelphia, [[POSTCODE@us:{z}]].
A: Name and phone?
C: [[NAME:Horace Abernethy-Osei]], [[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]].
A: Card for the deposit, with expiration and security code?
C: Discover, [[CARD_NUMBER#c:{c[:4]}]] [[CARD_NUMBER#c:{c[4:8]}]] [[CARD_NUMBER#c:{c[8:12]}]] [[CARD_NUMBER#c:{c[12:]}]], exp [[EXPIRY:{exp_t(e)}]], security code [[CVV:{v}]].
A: Thank you, Mr [[NAME:Abernethy-Osei]]. We'll collect Tuesday between ((time:9)) and ((time:noon)).
"""


@case("asr")
def _():
    acc = digs(8); ph = mob(); pc = pc_uk("SW1A"); em = "perpetua.okwu"
    return f"""
A: good morning pimlico pottery and life drawing [[NAME:saskia]] speaking
C: hi i missed two classes because i was in hospital can i get a credit
A: i'm sorry to hear that what's your student number
C: [[ACCOUNT_NUMBER:{W(acc[:4])} {W(acc[4:])}]]
A: [[NAME:perpetua okwu]]
C: yes that's me
A: i can carry over ((count:two)) sessions to the spring term would that help
C: yes please and send it in writing to [[EMAIL:{em.replace('.', ' dot ')} at yahoo dot co dot uk]]
A: and your address is still [[ADDRESS:flat {N(R.randint(2, 40))} {N(R.randint(10, 99))} lupus street]] [[POSTCODE@uk:{SP(pc)}]]
C: yes
A: done term starts on the ((date:eighth of january))
"""


@case("asr")
def _():
    c = card("mc"); e = exp(); v = cvv(); ph = mob(); job = digs(6)
    return f"""
A: trentside kitchens fitting team [[NAME:lorcan]] speaking
C: hi the fitter said there's an extra charge for moving the sink and i need to pay before he carries on
A: yes it's ((price:one hundred and eighty pounds)) what's the job number
C: [[ACCOUNT_NUMBER:{SP('JB' + job)}]]
A: thanks and the card
C: [[CARD_NUMBER#c:{W(c[:4])}]] to [[CARD_NUMBER#c:{W(c[4:8])}]] to [[CARD_NUMBER#c:{W(c[8:12])}]] to [[CARD_NUMBER#c:{W(c[12:])}]] sorry i say to between them habit
A: no problem and expiry and code
C: [[EXPIRY:{exp_w(e)}]] and [[CVV:{W(v)}]]
A: that's through i'll let the fitter know he'll be about ((duration:another hour))
C: and can he ring my husband [[NAME:wilf]] on [[PHONE:{W(ph)}]] when he's done
"""


@case("transcript")
def _():
    b = dob(); nino = ni(); ph = mob(); pc = pc_uk("L17"); em = "ifeoma.lindqvist"
    return f"""
A: Mersey Scouts Explorer Camp, adult volunteers, [[NAME:Padraig]] speaking.
C: Hello, I'm [[NAME:Ifeoma Lindqvist]]. I'm coming as a first-aider on the ((date:August)) camp.
A: Brilliant. I need your NI number and date of birth for the insurance.
C: NI is [[SSN#n:{nino[:2]} {nino[2:4]}]]... sorry, [[SSN#n:{nino[4:6]} {nino[6:8]} {nino[8]}]]. Date of birth [[DOB:{dob_t(b)}]].
A: Address?
C: [[ADDRESS:{R.randint(2, 200)} Aigburth Vale]], [[POSTCODE@uk:{pc[:-3]} {pc[-3:]}]].
A: And your first-aid certificate number?
C: [[ACCOUNT_NUMBER:FA{digs(6)}]], valid until ((year:{R.randint(2027, 2029)})).
A: And contact details?
C: [[PHONE:{ph}]], [[EMAIL:{em}@nhs.net]].
"""


@case("asr")
def _():
    c = card("visa"); e = exp(); v = cvv(); em = "tarquin.oyelowo"; pc = pc_uk("B15")
    return f"""
A: edgbaston dojo judo club [[NAME:keiko]] speaking
C: hi [[NAME:keiko]] i want to get my daughter a new gi and enter her for the regional competition
A: the competition entry is ((price:eighteen pounds)) and the gi in her size is ((price:thirty four))
C: she's about ((quantity:one forty)) tall
A: then the ((other:size two)) card please and the expiry and the code
C: expiry [[EXPIRY:{exp_w(e)}]] the number [[CARD_NUMBER#c:{c[:4]} {W(c[4:6])}]] hang on is the competition in birmingham or coventry
A: coventry on the ((date:sixth))
C: okay [[CARD_NUMBER#c:{W(c[6:12])} {c[12:]}]] code [[CVV:{W(v)}]]
A: lovely and the receipt to [[EMAIL:{em.replace('.', ' dot ')} at gmail dot com]]
C: yes that's my husband's email [[NAME:tarquin]] he does the accounts
"""


@case("transcript")
def _():
    c = card("mc"); e = exp(); v = cvv(); pc = pc_au("6"); ph = mob()
    return f"""
A: Swan River Houseboats, [[NAME:Shelby]] speaking.
C: G'day, I want to book the ((model_number:Riverlander 10)) for ((duration:four nights)) over Easter.
A: That's ((price:A$1,980)). Name?
C: [[NAME:Warrick Ngata]]. Address is [[ADDRESS:{R.randint(2, 99)} Marmion Street]], Fremantle WA [[POSTCODE@au:{pc}]].
A: Card, expiry and CVC, please.
C: [[CARD_NUMBER#c:{c[:4]} {c[4:8]}]], hang on... [[CARD_NUMBER#c:{c[8:12]} {c[12:]}]], [[EXPIRY:{exp_t(e)}]], [[CVV:{v}]].
A: Thanks, [[NAME:Warrick]]. Check-in is ((time:3:00 pm)).
"""


@case("asr")
def _():
    ph = lon(); pc = pc_uk("SE15"); ref = digs(7)
    return f"""
A: southwark reuse and recycling [[NAME:abimbola]] speaking
C: hi i've got a fridge and ((count:six)) bags of rubble from a bathroom refit
A: we can take the fridge but not rubble i'm afraid rubble's a skip job
C: okay just the fridge then
A: address
C: [[ADDRESS:flat {N(R.randint(2, 40))} marwood house {N(R.randint(10, 99))} rye lane]] peckham [[POSTCODE@uk:{SP(pc)}]]
A: that's ((price:twenty five pounds)) your reference is [[ACCOUNT_NUMBER:{W(ref)}]] and a phone
C: [[PHONE:{W(ph[:3])} {W(ph[3:7])} {W(ph[7:])}]]
A: collection's wednesday leave it out after ((time:seven pm)) the night before
"""


@case("asr")
def _():
    b = dob(); s = ssn(); pc = pc_us("850"); ph = usph()
    return f"""
A: desert sun panel wash and solar leasing this is [[NAME:yesenia]]
C: hi i'm taking over the solar lease on the house i just bought
A: congratulations i'll need to run a soft credit check full name
C: [[NAME:thaddeus greenleaf]]
A: date of birth and social
C: [[DOB:{dob_w2(b)}]] and the social is [[SSN:{W(s)}]]
A: and the property address
C: [[ADDRESS:{N(R.randint(21, 99))} {N(R.randint(10, 99))} east saguaro vista drive]] phoenix [[POSTCODE@us:{W(pc)}]]
A: and a phone
C: [[PHONE:{W(ph)}]]
A: approved the payment stays at ((price:one twelve)) a month for ((duration:fourteen more years))
"""


@case("transcript")
def _():
    c = card("visa"); e = exp(); v = cvv(); ph = geo(); pc = pc_uk("M14")
    return f"""
A: Rusholme Computer Repairs, [[NAME:Faisal]] speaking.
C: Hi, my daughter's ((model_number:iPad Air 4)) screen is cracked. How much?
A: ((price:£149)), and it takes ((duration:48 hours)).
C: Fine. I'll pay upfront: [[CARD_NUMBER#c:{c[:4]}]] [[CARD_NUMBER#c:{c[4:8]}]] [[CARD_NUMBER#c:{c[8:12]}]] [[CARD_NUMBER#c:{c[12:]}]]. Expires [[EXPIRY:{exp_t(e)}]]; code [[CVV:{v}]].
A: Name and phone?
C: [[NAME:Gwendolyn Asante]], [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]].
A: We'll call when it's ready, [[NAME:Gwendolyn]].
"""

# ---------------------------------------------------------------- parsing and checks
MARK = re.compile(r"\[\[([A-Z_]+)(?:@([a-z]{2}))?(?:#([A-Za-z0-9]+))?([!*]*):(.*?)\]\]"
                  r"|\(\(([a-z_]+):(.*?)\)\)")
SPK = {"A": "agent", "C": "customer", "I": "ivr"}
ERRORS = []


def err(cid, msg):
    ERRORS.append("%s: %s" % (cid, msg))


def parse(cid, style, block):
    utts, pii, keep = [], [], []
    tags, order = {}, 0
    for line in [x.strip() for x in block.strip().split("\n") if x.strip()]:
        if line[:2] not in ("A:", "C:", "I:"):
            err(cid, "bad speaker line %r" % line)
            continue
        raw = line[2:].strip()
        ui = len(utts)
        text, pos = "", 0
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()]
            s = len(text)
            if m.group(1):
                typ, cc, tag, fl, val = m.group(1, 2, 3, 4, 5)
                if typ not in PII_TYPES:
                    err(cid, "unknown type %s" % typ)
                if tag is None:
                    order += 1
                    g = "g%d" % order
                elif tag in tags:
                    g = tags[tag]
                else:
                    order += 1
                    g = tags[tag] = "g%d" % order
                text += val
                pii.append({"utterance": ui, "start": s, "end": len(text), "type": typ,
                            "group": g, "_cc": cc, "_wrong": "!" in fl, "_part": "*" in fl,
                            "_val": val})
            else:
                kind, val = m.group(6, 7)
                if kind not in KEEP_KINDS:
                    err(cid, "unknown kind %s" % kind)
                text += val
                keep.append({"utterance": ui, "start": s, "end": len(text), "kind": kind,
                             "_val": val})
            pos = m.end()
        text += raw[pos:]
        for bad in ("[[", "]]", "((", "))"):
            if bad in text:
                err(cid, "markup left in %r" % text)
        # pieces of one group with only a space between are one run of digits: one span
        mine = [p for p in pii if p["utterance"] == ui]
        for a, b in zip(mine, mine[1:]):
            if (a["group"] == b["group"] and a["_wrong"] == b["_wrong"]
                    and text[a["end"]:b["start"]].strip() == "" and a in pii):
                b["start"] = a["start"]
                b["_val"] = text[b["start"]:b["end"]]
                b["_part"] = b["_part"] or a["_part"]
                pii.remove(a)
        utts.append({"speaker": SPK.get(line[0], "?"), "text": text})
    return utts, pii, keep


WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "for": "4", "to": "2", "too": "2",
                "won": "1", "ate": "8"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}


def to_digits(s, letters=False):
    """spoken/typed number -> digit string (letters kept upper when letters=True);
    returns None if a word cannot be read."""
    toks = re.findall(r"[A-Za-z]+|\d+", s)
    out, i, rep = [], 0, 1
    while i < len(toks):
        t = toks[i].lower()
        if t.isdigit():
            out.append(t * rep)
            rep = 1
        elif t in ("double", "triple"):
            rep = 2 if t == "double" else 3
        elif t in WORDNUM and not (letters and t == "o"):
            out.append(WORDNUM[t] * rep)
            rep = 1
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in TENNUM:
            if i + 1 < len(toks) and toks[i + 1].lower() in ONES[1:]:
                out.append(str(TENNUM[t]) + WORDNUM[toks[i + 1].lower()])
                i += 1
            else:
                out.append(str(TENNUM[t]) + "0")
        elif t == "hundred":
            out.append("00")
        elif t in ("and", "um", "uh", "dash", "slash", "space", "hyphen"):
            pass
        elif letters and len(t) == 1:
            out.append(t.upper())
        elif letters and re.fullmatch(r"[a-z]+\d*|[a-z\d]+", t):
            out.append(t.upper())
        else:
            return None
        i += 1
    return "".join(out)


PUNCT = set(".,;:!?\"'()-/&")
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "doctor", "sir", "madam", "missus", "mx"}
STREET = {"street", "road", "lane", "avenue", "drive", "close", "way", "crescent", "terrace",
          "place", "court", "row", "gardens", "grove", "parade", "square", "hill", "boulevard",
          "blvd", "st", "rd", "ave", "dr", "ln", "walk", "mews", "rise", "green", "quay", "wharf",
          "view", "highway", "hwy", "trail", "circle", "parkway", "cres", "esplanade", "wynd",
          "yard", "pike", "loop", "brae", "park", "vale"}
FLATW = {"flat", "apartment", "apt", "unit", "suite", "no", "number", "basement", "floor"}
NUMW = set(ONES) | set(TEENS) | set(TENNUM) | {"oh", "hundred", "double", "a"}
DIGW = set(ONES) | {"oh"}
PC_RE = {"uk": r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", "ie": r"[AC-FHKNPRTV-Y]\d[\dW][AC-FHKNPRTV-Y\d]{4}",
         "us": r"\d{5}(\d{4})?", "ca": r"[ABCEGHJ-NPRSTVXY]\d[A-Z]\d[A-Z]\d", "au": r"\d{4}"}
PHONE_RE = [r"07700900\d{3}", r"02079460\d{3}", r"0(161|113|117)4960\d{3}", r"1?[2-9]\d\d55501\d\d"]


def card_prefix_ok(d):
    if len(d) == 15:
        return d[:2] in ("34", "37")
    if len(d) != 16:
        return False
    return (d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720
            or d.startswith("6011") or d.startswith("65"))


def check_case(cid, style, utts, pii, keep):
    for sp in pii + keep:
        t = utts[sp["utterance"]]["text"]
        s, e = sp["start"], sp["end"]
        v = t[s:e]
        if v != sp["_val"] or not v:
            err(cid, "offset/empty %r" % v)
            continue
        if v[0].isspace() or v[-1].isspace() or v[0] in PUNCT or (
                v[-1] in PUNCT and not v.endswith(("a.m.", "p.m."))):
            err(cid, "edge space/punct %r" % v)
        if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
            err(cid, "span inside a word %r in %r" % (v, t))
    by_u = {}
    for sp in pii + keep:
        by_u.setdefault(sp["utterance"], []).append((sp["start"], sp["end"]))
    for u, lst in by_u.items():
        lst.sort()
        for a, b in zip(lst, lst[1:]):
            if b[0] < a[1]:
                err(cid, "overlap in utterance %d" % u)
    for u in utts:
        t = u["text"]
        if style == "asr" and (t != t.lower() or "@" in t or re.search(r"[,.?!;:\"]", t)):
            err(cid, "asr style broken %r" % t)
        if u["speaker"] == "?":
            err(cid, "speaker")
    groups = {}
    for sp in pii:
        groups.setdefault(sp["group"], []).append(sp)
    for g, sps in groups.items():
        typ = sps[0]["type"]
        if any(x["type"] != typ for x in sps):
            err(cid, "mixed types in %s" % g)
        vals = [x["_val"] for x in sps if not x["_wrong"]]
        joined = " ".join(vals)
        part = any(x["_part"] for x in sps)
        if typ in ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE"):
            d = to_digits(joined, letters=(typ == "SSN"))
            if typ == "EXPIRY" and any(w in MONTHS for w in joined.lower().split()):
                d = ""
            if d is None:
                err(cid, "%s unreadable %r" % (typ, joined))
                continue
        if typ == "CARD_NUMBER":
            if part:
                if not (d.isdigit() and 3 <= len(d) <= 12):
                    err(cid, "card block %r" % joined)
            elif not (d.isdigit() and card_prefix_ok(d) and luhn_ok(d)):
                err(cid, "card %r -> %s" % (joined, d))
        elif typ == "CVV":
            if not (d.isdigit() and 3 <= len(d) <= 4):
                err(cid, "cvv %r" % joined)
        elif typ == "EXPIRY":
            if not any(w in MONTHS for w in joined.lower().split()):
                m = None
                if len(d) in (3, 5):
                    m = int(d[0])
                elif len(d) in (4, 6):
                    m = int(d[:2])
                if not m or not 1 <= m <= 12:
                    err(cid, "expiry %r" % joined)
        elif typ == "SSN":
            ok = (part and re.fullmatch(r"\d{4}", d)) or re.fullmatch(
                r"[A-Z]{2}\d{6}[A-D]", d)
            if not ok and re.fullmatch(r"\d{9}", d):
                ok = 1 <= int(d[:3]) <= 665 and d[3:5] != "00" and d[5:] != "0000"
            if not ok:
                err(cid, "ssn %r" % joined)
        elif typ == "PHONE":
            if d.startswith("44"):
                d = "0" + d[2:]
            if part:
                if not re.fullmatch(r"\d{3,4}", d):
                    err(cid, "phone part %r" % joined)
            elif not any(re.fullmatch(p, d) for p in PHONE_RE):
                err(cid, "phone %r -> %s" % (joined, d))
        elif typ == "POSTCODE":
            cc = sps[0]["_cc"]
            d = to_digits(joined, letters=True)
            if cc not in PC_RE or d is None or not re.fullmatch(PC_RE[cc], d):
                err(cid, "postcode %s %r -> %s" % (cc, joined, d))
        elif typ == "EMAIL":
            if style == "asr":
                if " at " not in " %s " % joined or " dot " not in " %s " % joined:
                    err(cid, "spoken email %r" % joined)
            elif not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", joined):
                err(cid, "email %r" % joined)
        elif typ == "ADDRESS":
            toks = re.findall(r"[\w']+", joined.lower())
            if not any(t in STREET for t in toks):
                err(cid, "address without street word %r" % joined)
            first = toks[0] if toks else ""
            if not (first[:1].isdigit() or first in NUMW or first in FLATW):
                idx = [i for i, t in enumerate(toks) if t[:1].isdigit() or t in NUMW]
                st = [i for i, t in enumerate(toks) if t in STREET]
                if not idx or not st or idx[0] > st[-1]:
                    err(cid, "address start %r" % joined)
        elif typ == "NAME":
            for x in vals:
                if re.search(r"\d", x) or any(w.lower().strip(".") in TITLES for w in x.split()):
                    err(cid, "name %r" % x)
    # digits / digit-word runs outside spans
    for ui, u in enumerate(utts):
        t = list(u["text"])
        for sp in pii + keep:
            if sp["utterance"] == ui:
                for k in range(sp["start"], sp["end"]):
                    t[k] = "\x00"
        masked = "".join(t)
        if re.search(r"\d", masked):
            err(cid, "digit outside span %r" % u["text"])
        run = 0
        for tok in re.findall(r"[A-Za-z']+|\x00+|\S", masked):
            run = run + 1 if tok.lower() in DIGW else 0
            if run >= 4:
                err(cid, "digit-word run outside span %r" % u["text"])
                break
    # look-alikes
    for k in keep:
        d = to_digits(k["_val"])
        if d is None:
            d = re.sub(r"\D", "", k["_val"])
        if 13 <= len(d) <= 19:
            if luhn_ok(d):
                err(cid, "look-alike passes luhn %r" % k["_val"])
            for sp in pii:
                if sp["utterance"] == k["utterance"]:
                    pd = to_digits(sp["_val"]) or re.sub(r"\D", "", sp["_val"])
                    if len(pd) >= 4 and pd in d:
                        err(cid, "look-alike holds pii digits %r" % k["_val"])
    # name words labelled must be labelled everywhere in the case
    nwords = set()
    for sp in pii:
        if sp["type"] == "NAME":
            nwords |= {w.lower() for w in re.findall(r"[^\W\d_]+", sp["_val"]) if len(w) > 1}
    for ui, u in enumerate(utts):
        t = list(u["text"])
        for sp in pii:
            if sp["utterance"] == ui:
                for k2 in range(sp["start"], sp["end"]):
                    t[k2] = " "
        for w in re.findall(r"[^\W\d_]+", "".join(t)):
            if w.lower() in nwords:
                err(cid, "name word %r unlabelled in %r" % (w, u["text"]))


def main():
    check_only = "--check" in sys.argv[1:]
    out, seen_utt, seen_mail, seen_street = [], {}, {}, {}
    for n, (style, f) in enumerate(CASES, 1):
        cid = "t33-%03d" % n
        utts, pii, keep = parse(cid, style, f())
        check_case(cid, style, utts, pii, keep)
        for u in utts:
            key = " ".join(re.findall(r"[\w']+", u["text"].lower()))
            if len(key.split()) >= 9:
                if key in seen_utt and seen_utt[key] != cid:
                    err(cid, "utterance repeated from %s: %r" % (seen_utt[key], u["text"]))
                seen_utt.setdefault(key, cid)
        for sp in pii:
            if sp["type"] == "EMAIL":
                v = sp["_val"].lower()
                if style == "asr":
                    v = v.replace(" at ", "@").replace(" dot ", ".").replace(" ", "")
                if seen_mail.setdefault(v, cid) != cid:
                    err(cid, "e-mail reused from %s" % seen_mail[v])
            if sp["type"] == "ADDRESS":
                toks = re.findall(r"[a-z']+", sp["_val"].lower())
                for i, t in enumerate(toks):
                    if t in STREET and i > 0 and toks[i - 1] not in NUMW:
                        k = toks[i - 1] + " " + t
                        if seen_street.setdefault(k, cid) != cid:
                            err(cid, "street %r reused from %s" % (k, seen_street[k]))
                        break
        clean = lambda s: {k: v for k, v in s.items() if not k.startswith("_")}
        pii.sort(key=lambda s: (s["utterance"], s["start"]))
        keep.sort(key=lambda s: (s["utterance"], s["start"]))
        out.append({"case_id": cid, "style": style, "utterances": utts,
                    "pii": [clean(s) for s in pii], "keep": [clean(s) for s in keep]})
    # counts
    spans, grps, kinds = {}, {}, {}
    nutt = sum(len(c["utterances"]) for c in out)
    asr = sum(len(c["utterances"]) for c in out if c["style"] == "asr")
    nopii = sum(1 for c in out for i in range(len(c["utterances"]))
                if not any(p["utterance"] == i for p in c["pii"]))
    for c in out:
        for p in c["pii"]:
            spans[p["type"]] = spans.get(p["type"], 0) + 1
        for t, g in {(p["type"], p["group"]) for p in c["pii"]}:
            grps[t] = grps.get(t, 0) + 1
        for k in c["keep"]:
            kinds[k["kind"]] = kinds.get(k["kind"], 0) + 1
    ivr = sum(1 for c in out if any(u["speaker"] == "ivr" for u in c["utterances"]))
    nkeep = sum(kinds.values())
    MIN = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35, "EMAIL": 25,
           "DOB": 20, "ADDRESS": 35, "POSTCODE": 35, "ACCOUNT_NUMBER": 45, "NAME": 200}
    for t, m in MIN.items():
        if spans.get(t, 0) < m:
            err("counts", "%s spans %d < %d" % (t, spans.get(t, 0), m))
    if grps.get("CARD_NUMBER", 0) < 45:
        err("counts", "card groups %d < 45" % grps.get("CARD_NUMBER", 0))
    for name, have, need in (("cases", len(out), 80), ("utterances", nutt, 1000),
                             ("utterances without pii", nopii, 400), ("keeps", nkeep, 280),
                             ("ivr cases", ivr, 3)):
        if have < need:
            err("counts", "%s %d < %d" % (name, have, need))
    for k in KEEP_KINDS:
        if not kinds.get(k):
            err("counts", "no keep of kind %s" % k)
    if nutt and asr / nutt < 0.6:
        err("counts", "asr share %.2f < 0.60" % (asr / nutt))
    print("cases %d, utterances %d (asr %d = %.1f%%), without pii %d, ivr cases %d"
          % (len(out), nutt, asr, 100.0 * asr / max(nutt, 1), nopii, ivr))
    print("pii spans / groups:")
    for t in sorted(PII_TYPES):
        print("  %-15s %4d %4d" % (t, spans.get(t, 0), grps.get(t, 0)))
    print("keeps %d:" % nkeep, ", ".join("%s %d" % (k, kinds.get(k, 0)) for k in sorted(KEEP_KINDS)))
    if ERRORS:
        for e in ERRORS:
            print("ERROR", e, file=sys.stderr)
        print("%d errors; nothing written" % len(ERRORS), file=sys.stderr)
        sys.exit(1)
    if not check_only:
        with open(OUT, "w", encoding="utf-8") as fh:
            for c in out:
                fh.write(json.dumps(c, ensure_ascii=False) + "\n")
        print("wrote", OUT)


if __name__ == "__main__":
    main()
