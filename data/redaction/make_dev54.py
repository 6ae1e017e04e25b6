#!/usr/bin/env python3
"""Write data/redaction/dev54.jsonl, a redaction development set (case ids t50-001 ...).

Written as the held-out set test50.jsonl, measured once with the fifty-first round's code, then
renamed dev54 and tuned on in the fifty-second round.

What the set leans on
---------------------
Mobile and telecom support calls: new phones and SIM swaps, lost and stolen handsets,
blocking and unblocking, port-outs and switching codes, device payment plans, roaming
bills, broadband and TV add-ons.  Such calls are full of long numbers that are nobody's
personal data but look like it (IMEIs, SIM serials, PUK codes, router serials, tracking
numbers, amounts, data allowances, speeds, dates and times), said beside real personal
data: card numbers for device payments, top-ups and bills (the heaviest weight: cards in
one to five pieces over turns, corrected blocks, restarts, blocks repeated on request,
read-backs by agents and IVRs, codes and expiries asked in many ways, a card given and
withdrawn), phone numbers (ported, new, contact, with extensions), account numbers and
security PINs, dates of birth, addresses and postcodes of the UK, Ireland, the US, Canada
and Australia, SSNs and their last four, NI and PPS numbers.  About half the utterances are
in `asr` style and half in `transcript` style, and many utterances carry no personal data.

How it is built
---------------
Every conversation below is its own hand-written function (`c001` ...).  Names, streets,
e-mail addresses and wording are written by hand; every generated number comes from one
`random.Random(50)` (`R`), drawn case by case in case order, so the output is identical on
every run and under any PYTHONHASHSEED.  Inline markup: `[[TYPE#grp:text]]` marks pii
(TYPE short names: CARD, CVV, EXP, SSN, PH, EM, DOB, ADDR, PC, ACC, NAME), `#grp` ties pieces
of one value (renumbered g1, g2, ... by first appearance; without it a span is a group of its
own), a `~` after the group (`[[CARD#a~:...]]`) marks a piece that is in the value's group
but not part of its final value (digits before a restart, a corrected block, a repeated
block, a phone's extension): the Luhn and shape checks leave such pieces out of the join.
`((kind:text))` marks a keep span; `((imei:...))` and `((iccid:...))` are written as kind
`other` but are checked to PASS Luhn (as IMEIs and SIM serials do by design) instead of
failing it.  The markup is stripped in code and all offsets are computed from clean text.
The checks of the README (and the brief's minimum counts) run on every case; if any fails the
script prints the failures and exits with status 1, writing nothing.

Run:  python3 data/redaction/make_dev54.py          # validate, print counts, write
      python3 data/redaction/make_dev54.py --check  # validate and print counts only

Labelling choices where the conventions are silent
--------------------------------------------------
* Personal data (pii): card numbers for device payments, top-ups and bills; the phone
  number being ported, a new number, contact numbers (with an extension as a piece of the
  phone's group); account numbers; order numbers and engineer-visit / appointment
  references (README: order and reference numbers are ACCOUNT_NUMBERs, they identify the
  customer's purchase or booking); PAC codes, STAC codes, port-out and transfer PINs and the
  account's security PIN or passcode asked to verify the caller (ACCOUNT_NUMBER: a
  credential that identifies and unlocks the customer's account, like transfer PINs in the
  README's list); UK NI numbers, Irish PPS numbers and Canadian SINs (SSN); Eircodes,
  Canadian and Australian postcodes (POSTCODE).
* Look-alikes (keep): an IMEI and a SIM serial (ICCID) are `other` (they identify a device or
  a chip, not a person; they pass Luhn by design, and the Luhn-fail check exempts them); PUK
  codes, SIM PINs, router and set-top-box serials, courier tracking numbers, payment
  confirmation numbers and one-time codes are `other`; data allowances, speeds and megabytes
  are `quantity`; amounts with their "a month" are `price`; handset and router models
  ("iPhone 15", "SM-A556B") are `model_number`; contract lengths and waiting times
  `duration`; ordinary dates (bill dates, delivery days) `date`; ages `other`.
* Cards: digits said before a restart, a corrected block and a block repeated on request stay
  in the card's group (marked `~`, left out of the Luhn join); a card said again in full, every
  read-back (whole, one block, last four) by an agent or IVR, and any last four, are groups of
  their own; a card given and then withdrawn is a group of its own (full Luhn value).
  "expires", "valid thru", "security code" and "CVV" stay outside the value; a spoken "slash"
  or "of" between month and year stays inside the expiry.
* A phone's last four read back is a PHONE group of its own; an SSN's last four likewise.
* First name and surname said together are one NAME span; a spelled surname is a NAME group
  of its own; titles stay outside; pets and businesses are not names.  Single-letter tokens
  (spelled letters) are not counted in the "name word left unlabelled" check.
* A flat or unit said before the house number is inside the ADDRESS; a town said right after
  the street is inside; a county, state or province is outside.
* Phones: US/Canadian (10 or 11 digits), UK (11 digits from 0, or 12 from 44), Irish mobiles
  (10 digits from 08) and Australian (10 digits from 0, in the ranges ACMA keeps for
  fiction) are accepted by the checks; a phone's last four alone is accepted as a read-back.
* Children's dates of birth after 2005 are allowed.
* Keypad options said or keyed ("press 1", "zero") are `other`; an IVR's language option too.
  Weekdays, "tomorrow" and a month named alone are left unlabelled (no number); a date with a
  day number or year is `date`, a year alone `year`.
* Pieces of one value with only a space between them are one span (the checks fail on two
  same-type spans separated by whitespace alone); a filler, "then", "and", "sorry" or a turn
  end splits a value into pieces of one group.
* A person's surname inside a business name ("Ashcroft joinery") is a NAME (the name word only).
* Glasgow "2/1" and Edinburgh "3F1" flat forms are inside the address, like "Flat" and "Unit".
* A look-alike never contains the digits (four or more) of a pii span of the same utterance.
"""
import json
import os
import random
import re
import sys

R = random.Random(50)

# ---------------------------------------------------------------- generators
def nd(n, first_nonzero=True):
    s = str(R.randint(1 if first_nonzero else 0, 9))
    for _ in range(n - 1):
        s += str(R.randint(0, 9))
    return s


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(kind="v"):
    if kind == "v":
        body = "4" + nd(14, False)
    elif kind == "m":
        if R.random() < 0.7:
            body = str(R.randint(51, 55)) + nd(13, False)
        else:
            body = str(R.randint(2221, 2720)) + nd(11, False)
    elif kind == "a":
        body = R.choice(["34", "37"]) + nd(12, False)
    else:
        body = "6011" + nd(11, False)
    return luhn_complete(body)


def lf(n):
    """n digits that FAIL Luhn (tracking numbers and other long look-alikes)."""
    while True:
        s = nd(n)
        if not luhn_ok(s):
            return s


def imei():
    return luhn_complete("35" + nd(12, False))


def iccid(cc="44"):
    body = "89" + cc + nd(17 - len(cc), False)
    return luhn_complete(body)


def ssn():
    a = R.randint(1, 665)
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    return "%03d%02d%04d" % (a, g, s)


def cvv(n=3):
    return nd(n, False)


def expiry():
    return "%02d" % R.randint(1, 12), str(R.randint(27, 32))


def dob(lo=1941, hi=2005):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def ph_us(area):
    return str(area) + "55501" + nd(2, False)


def ph_uk_mob():
    return "07700900" + nd(3, False)


def ph_uk_land(code):
    if code == "020":
        return "02079460" + nd(3, False)
    return code + "4960" + nd(3, False)


def ph_ie():
    return R.choice(["083", "085", "086", "087"]) + nd(7, False)


def ph_au():
    if R.random() < 0.5:
        return "0491570" + "%03d" % R.randint(6, 159)
    return R.choice(["02", "03", "07", "08"]) + "5550" + nd(4, False)


def zipc(prefix):
    return prefix + nd(5 - len(prefix), False)


PCL = "ABDEFGHJLNPQRSTUWXYZ"


def ukpc(outward):
    return outward + " " + str(R.randint(0, 9)) + R.choice(PCL) + R.choice(PCL)


EIRL = "ACDEFHKNPRTVWXY"


def eir(routing):
    out = ""
    for i in range(4):
        out += R.choice(EIRL) if i in (0, 3) or R.random() < 0.4 else str(R.randint(0, 9))
    return routing + " " + out


def capc(fsa):
    L = "ABCEGHJKLMNPRSTVWXYZ"
    return fsa + " " + str(R.randint(1, 9)) + R.choice(L) + str(R.randint(0, 9))


def aupc(first):
    return first + nd(3, False)


def ni():
    return R.choice(["JK", "AB", "TM", "NR", "PW", "CE"]) + nd(6, False) + R.choice("ABCD")


def pps():
    return nd(7, False) + R.choice("ABCDEFGHJKLMNPTW")


def sin():
    return luhn_complete(str(R.randint(1, 5)) + nd(7, False))


# ---------------------------------------------------------------- renderers
DW = {"0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five",
      "6": "six", "7": "seven", "8": "eight", "9": "nine"}


def w(s, zero="oh"):
    """digits (and letters) said one by one in asr style"""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(zero if ch == "0" else DW[ch])
        elif ch.isalpha():
            out.append(ch.lower())
    return " ".join(out)


def wz(s):
    return w(s, "zero")


def wd(s, zero="oh"):
    """with 'double' for repeated digits"""
    out = []
    i = 0
    s = [c for c in s if c.isalnum()]
    while i < len(s):
        ch = s[i]
        word = (zero if ch == "0" else DW[ch]) if ch.isdigit() else ch.lower()
        if i + 1 < len(s) and s[i + 1] == ch and ch.isdigit():
            out.append("double " + word)
            i += 2
        else:
            out.append(word)
            i += 1
    return " ".join(out)


TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENW = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty",
        "7": "seventy", "8": "eighty", "9": "ninety"}


def pr(s):
    """two-digit chunks said as numbers: '4111' -> 'forty one eleven'"""
    out = []
    s = "".join(c for c in s if c.isdigit())
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if len(p) == 1:
            out.append(w(p))
        elif p[0] == "0":
            out.append("oh " + DW[p[1]] if p[1] != "0" else "oh oh")
        elif p[0] == "1":
            out.append(TEENW[int(p[1])])
        else:
            out.append(TENW[p[0]] + ("" if p[1] == "0" else " " + DW[p[1]]))
    return " ".join(out)


def gp(s, *sizes, sep=" "):
    """split s into groups of the given sizes (last size repeats)"""
    out = []
    i = 0
    k = 0
    while i < len(s):
        n = sizes[min(k, len(sizes) - 1)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return sep.join(out)


def tc(n):
    """card as typed in a transcript"""
    return gp(n, 4, 6, 5) if len(n) == 15 else gp(n, 4)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def yw(y):
    """a year said in asr style"""
    y = int(y)
    if y < 2000:
        return pr(str(y))
    if y < 2010:
        return "two thousand and " + DW[str(y % 10)]
    return "twenty " + pr(str(y % 100))


def dob_asr(d, order="dmy"):
    y, m, dd = d
    if order == "dmy":
        return "%s of %s %s" % (ORD[dd], MONTHS[m - 1].lower(), yw(y))
    return "%s %s %s" % (MONTHS[m - 1].lower(), ORD[dd], yw(y))


def dob_t(d, fmt="uk"):
    y, m, dd = d
    if fmt == "uk":
        return "%02d/%02d/%d" % (dd, m, y)
    if fmt == "us":
        return "%02d/%02d/%d" % (m, dd, y)
    return "%d %s %d" % (dd, MONTHS[m - 1], y)


# ---------------------------------------------------------------- cases
def c001():
    d = dob(); pc = ukpc("LS6"); im = imei(); n = card("v"); e = expiry(); v = cvv()
    return "asr", f"""
A: you're through to handset security my name's [[NAME:callum reid]] how can i help
C: hiya my phone got nicked on the bus about ((duration:twenty minutes)) ago
A: oh no i'm sorry to hear that let's get the line barred straight away
A: can i take your full name please
C: it's [[NAME:imogen thackeray]]
A: thanks [[NAME:imogen]] and your date of birth
C: [[DOB:{dob_asr(d)}]]
A: and the postcode on the account
C: [[PC:{w(pc)}]]
A: lovely that's all matched i've put a bar on the sim and on the handset
A: do you have the imei by any chance it's usually on the side of the box
C: yeah hang on my flatmate's got the box it's ((imei:{w(im)}))
A: perfect that's gone on the blacklist so nobody can use it on any network
C: do i have to pay for a new sim
A: the sim itself is free but for the insurance claim there's an excess of ((price:seventy five pounds))
C: okay fine i'll pay that now then
A: long card number whenever you're ready
C: [[CARD#a:{w(n[:8])}]]
A: mm-hmm
C: [[CARD#a:{w(n[8:])}]]
A: and the expiry date
C: [[EXP#b:{w(e[0])} {pr(e[1])}]]
A: last thing the three digit code on the back
C: [[CVV:{w(v)}]]
A: so that's the card ending [[CARD:{w(n[-4:])}]] for ((price:seventy five pounds)) is that right
C: yep that's it
A: all done your replacement phone and sim should arrive within ((duration:two working days))
C: brilliant thanks for your help
"""


def c002():
    a = nd(9); n = card("m"); e = expiry(); v = cvv(); ph = ph_us(415)
    return "transcript", f"""
A: Thank you for calling Brightwave Mobile, this is [[NAME:Dolores Okafor]]. Who am I speaking with?
C: Hi [[NAME:Dolores]], this is [[NAME:Terrence Vail]]. I want to pay off the rest of my device plan.
A: Sure thing, [[NAME:Terrence]]. Can I get the account number first?
C: Yeah, it's [[ACC:{a}]].
A: Thanks. And the mobile number on the account?
C: [[PH:{ph[:3]}-{ph[3:6]}-{ph[6:]}]].
A: Got it. So the remaining balance on the ((model_number:Pixel 8)) plan is ((price:$412.50)), that's ((count:eleven)) payments left.
C: Right, I'd rather just clear it in one go.
A: No problem. Go ahead with the card whenever you're ready.
C: [[CARD#a~:{n[:4]} {n[4:8]}]]... hold on, let me get my glasses.
C: Okay, [[CARD#a:{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}]].
A: Thank you. Expiration date?
C: [[EXP:{e[0]}/{e[1]}]].
A: And the security code?
C: [[CVV:{v}]].
A: Perfect. I'm reading back [[CARD:{tc(n)}]], is that correct?
C: Yes.
A: Great, that payment of ((price:$412.50)) went through. Your confirmation number is ((other:{lf(10)})).
C: Does that mean the phone is unlocked now?
A: It will be within ((duration:48 hours)), once the payoff posts.
C: Perfect, thanks so much.
"""


def c003():
    pac = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + nd(6); ph = ph_uk_mob(); d = dob()
    return "asr", f"""
A: good afternoon retentions team [[NAME:priya chaudhry]] speaking
C: hi yeah i'm leaving i just need my pac code
A: okay i can help with that can i have the number you want to move
C: it's [[PH:{w(ph[:5])} {w(ph[5:])}]]
A: thank you and who am i speaking to
C: [[NAME:declan murtagh]]
A: and for security your date of birth [[NAME:declan]]
C: [[DOB:{dob_asr(d)}]]
A: thanks before i send it can i ask where you're going
C: honestly the other lot gave me ((quantity:a hundred gigs)) for ((price:twelve pound)) a month
A: i could match that and take ((percentage:ten percent)) off your line rental
C: no i've made my mind up sorry
A: no problem at all your code is [[ACC:{w(pac)}]] and it's valid for ((duration:thirty days))
C: can you say that again slower
A: of course [[ACC#r:{w(pac[:6])}]] and then [[ACC#r:{w(pac[6:])}]]
C: got it
A: you'll also get it by text within ((duration:a minute)) or so
C: cheers
"""


def c004():
    n = card("v"); e = expiry(); v = cvv(); acct = nd(8)
    return "transcript", f"""
I: Welcome to Kestrel Prepay. To top up using a saved card, press ((other:1)). To use a new card, press ((other:2)).
C: ((other:2))
I: Please enter or say your new card number.
C: [[CARD#a:{tc(n)}]]
I: You entered a card ending in [[CARD:{n[-4:]}]]. If that is correct, press ((other:1)).
C: ((other:One)).
I: Please enter the expiry date, month and year.
C: [[EXP:{e[0]}{e[1]}]]
I: Please enter the three digit security code from the back of the card.
C: [[CVV:{v}]]
I: How much would you like to top up? You can choose ((price:£10)), ((price:£15)), ((price:£20)) or ((price:£30)).
C: ((price:Twenty)).
I: Thank you. ((price:£20)) has been added to your mobile. Your new balance is ((price:£23.40)).
I: Your receipt number is ((other:{lf(9)})). Goodbye.
"""


def c005():
    ph = ph_us(617); s = ssn(); a = nd(10); zc = zipc("021")
    return "asr", f"""
A: thanks for calling northpoint wireless this is [[NAME:marcus bell]] how can i help you today
C: hey [[NAME:marcus]] um i'm trying to move my number over to you guys
A: okay awesome so a port in what's the number you're bringing
C: [[PH#p:{pr(ph[:2])} {w(ph[2])}]] um [[PH#p:{w(ph[3:6])} {w(ph[6:])}]]
A: and who's the current carrier on that
C: it's with cobalt right now i've had it since like ((year:twenty twelve))
A: okay and i'll need the account number from cobalt plus the transfer pin
C: the account number is [[ACC:{w(a)}]]
C: and the pin they gave me is [[ACC:{w(nd(6))}]]
A: perfect and to set up the new account i need the last four of your social
C: [[SSN:{w(s[-4:])}]]
A: and the billing zip
C: [[PC:{w(zc)}]]
A: all right the port's been submitted usually takes about ((duration:two hours))
C: will my phone just stop working over there
A: yeah once it goes through the old sim loses service and the new one lights up
C: cool
"""


def c006():
    pc = ukpc("BS7"); ref = "EV" + nd(7); a = nd(8); hn = R.randint(2, 98)
    return "transcript", f"""
A: Hello, Fibrewell Broadband, you're speaking with [[NAME:Harriet Osei]].
C: Hi, it's [[NAME:Graham Pollitt]]. I'm moving house and need the broadband moved too.
A: Of course. What's your account number, [[NAME:Graham]]?
C: [[ACC:{a}]].
A: Thanks. And the new address?
C: [[ADDR#h:{hn} Cranbrook Road, Bristol]], [[PC:{pc}]].
A: That's [[ADDR:{hn} Cranbrook Road]]?
C: Yes.
A: Good news, that property already has full fibre, so you can have up to ((quantity:900 Mbps)).
C: What does that cost compared to now?
A: You're on ((price:£32 a month)); the faster package is ((price:£39.99 a month)) on a ((duration:24-month)) term.
C: Let's keep the same speed, thanks, ((quantity:150 Mbps)) is plenty.
A: Fine. An engineer needs to connect the line. The first slot is the ((date:14th)), between ((time:8 am)) and ((time:1 pm)).
C: That works.
A: Booked. Your engineer visit reference is [[ACC:{ref}]].
C: Do I need to do anything with the old router?
A: Bring it with you; the ((model_number:Hub 5X)) works at the new place too.
"""


def c007():
    a = nd(9); em = "fergal dot nix at eirmail dot ie"
    return "asr", f"""
A: hello you're through to billing this is [[NAME:siobhan keane]]
C: hi [[NAME:siobhan]] i've a bill here for ((price:three hundred and forty euro)) and i want to know why
A: okay let's have a look what's the account number
C: [[ACC:{wd(a)}]]
A: and your name
C: [[NAME:fergal nix]]
A: thanks [[NAME:fergal]] so i can see roaming charges from the ((date:second)) to the ((date:ninth)) of last month
C: i was in boston for a wedding i flew out on ((flight_number:e i one three seven))
A: right the travel pass should have covered that but it looks like it wasn't switched on
C: i never got any text about it
A: i can see that we didn't send one so i'll refund ((price:two hundred and ninety euro)) of it
C: that's fair enough
A: do you want the corrected bill emailed out
C: yeah please to [[EM:{em}]]
A: grand that'll be with you in ((duration:about an hour))
"""


def c008():
    ec = eir("D08"); d = dob(); icc = iccid("353"); puk = nd(8); hn = R.randint(3, 60)
    return "transcript", f"""
A: Good morning, Lunar Mobile, [[NAME:Ciarán Hegarty]] here.
C: Morning. My phone keeps saying "PUK locked". My son was messing with it.
A: Ah, that happens a lot. Can I get your name?
C: [[NAME:Bernadette Fahy]].
A: Thanks, [[NAME:Bernadette]]. Your date of birth, please?
C: [[DOB:{dob_t(d, 'long')}]].
A: And the first line of your address?
C: [[ADDR:{hn} Rialto Crescent]].
A: And the Eircode?
C: [[PC:{ec}]].
A: Perfect, that's all verified. Can you read me the SIM number printed on the card it came on?
C: It's ((iccid:{icc})).
A: Lovely. Your PUK is ((other:{puk})). Key it in slowly and then pick a new PIN.
C: Okay, doing it now... it's asking for a new PIN.
A: Choose any ((count:four)) digits you'll remember, just not your birthday.
C: Done. It's working again.
A: Great. You've ((count:ten)) tries at the PUK, so tell your son to leave it alone!
"""


def c009():
    n = card("v"); e = expiry(); v = cvv(); zc = zipc("606")
    return "asr", f"""
A: okay so the balance on the tablet is ((price:two eighty nine ninety nine)) do you want to pay that today
C: yeah let's just get it done
A: sure go ahead with the card
C: [[CARD#a:{w(n[:4])}]]
A: uh huh
C: [[CARD#a:{w(n[4:8])}]] then [[CARD#a~:{w(lf(4))}]] no wait scratch that [[CARD#a:{w(n[8:12])}]]
A: okay so the third block is [[CARD:{w(n[8:12])}]]
C: yes and then [[CARD#a:{w(n[12:])}]]
A: got it and the expiration
C: [[EXP:{w(e[0])} slash {pr(e[1])}]]
A: and the cvv
C: [[CVV:{w(v)}]]
A: and billing zip code for that card
C: [[PC:{w(zc)}]]
A: okay that's approved you're all paid off on that one
C: sweet does that unlock it for other carriers
A: yep after ((duration:sixty days)) on the network it unlocks automatically
C: it's been like a year so we're good
"""


def c010():
    a = nd(10); n = card("m"); e = expiry(); v = cvv(); zc = zipc("303")
    return "transcript", f"""
I: Thank you for calling Peachtree Wireless. Please say or enter your ((count:ten))-digit account number.
C: [[ACC:{gp(a, 3, 3, 4)}]]
I: Thank you. Your current balance is ((price:$86.14)), due on ((date:March 3rd)). To pay now, say "pay bill".
C: Pay bill.
I: Please enter your card number, followed by the pound key.
C: [[CARD#a:{n}]]
I: I heard a card ending in [[CARD:{n[-4:]}]]. Is that right?
C: Yes.
I: Enter the expiration date as ((count:four)) digits.
C: [[EXP:{e[0]}{e[1]}]]
I: Now enter the ((count:three))-digit security code.
C: [[CVV:{v}]]
I: And the billing ZIP code.
C: [[PC:{zc}]]
I: Thank you. Processing... Your payment of ((price:$86.14)) was successful. Your confirmation number is ((other:{lf(8)})).
"""


def c011():
    ph = ph_au(); pc = aupc("4"); hn = R.randint(10, 99); im = imei()
    return "asr", f"""
A: g'day you've called koala mobile this is [[NAME:brodie nguyen]]
C: oh hi [[NAME:brodie]] i bought a second hand phone and it says it's locked
A: no worries mate can i grab your name first
C: yeah it's [[NAME:shannon mcgrath]]
A: thanks [[NAME:shannon]] and the number you're with us on
C: [[PH:{w(ph)}]]
A: and the address on your account
C: [[ADDR:{pr(str(hn))} wattle street toowong]] [[PC:{w(pc)}]]
A: lovely now the phone you bought do you have the imei
C: yeah i dialled the star hash code it's ((imei:{w(im)}))
A: okay so that one's actually been reported lost by another customer
C: oh you're kidding i paid ((price:four hundred bucks)) for it
A: i'm really sorry the best thing is to go back to the seller and ask for a refund
C: yeah righto thanks for checking anyway
"""


def c012():
    ph = ph_us(604); a = nd(9); pc = capc("V5K"); em = "lena.marchetti@maplepost.ca"
    return "transcript", f"""
A: Evergreen Telecom, my name is [[NAME:Jasper Lindqvist]]. How can I help?
C: Hi, I'm switching to another provider and they asked for my account number and a transfer PIN.
A: I can help with that. Who am I speaking with?
C: [[NAME:Lena Marchetti]].
A: Thanks, [[NAME:Lena]]. What's the phone number on the account?
C: [[PH:{ph[:3]} {ph[3:6]} {ph[6:]}]].
A: And your postal code?
C: [[PC:{pc}]].
A: Perfect. Your account number is [[ACC:{a}]], and I've just generated a transfer PIN: [[ACC:{nd(4)}]].
C: Can you send those to my email as well? It's [[EM:{em}]].
A: Sent. Just a heads-up: you're ((count:seven)) months into a ((duration:two-year)) term, so there's a balance of ((price:$318.75)) on the device.
C: Does that get billed right away?
A: It'll be on your final bill, due ((duration:30 days)) after the port completes.
C: Okay, that's fine.
"""


def c013():
    n1 = card("v"); n2 = card("m"); e = expiry(); v = cvv(); a = nd(8)
    return "asr", f"""
A: you're through to home entertainment [[NAME:kwame asante]] speaking
C: hiya i want to add the sports pack before saturday's match
A: no bother can i take the account number
C: [[ACC:{w(a[:4])} {w(a[4:])}]]
A: and your name please
C: [[NAME:lorraine budd]]
A: thanks [[NAME:lorraine]] the sports pack is ((price:twenty seven pound a month)) with a ((duration:one month)) rolling contract
C: yeah that's fine i'll pay the first month on a card
A: go on then
C: [[CARD#w:{w(n1[:4])} {w(n1[4:8])} {w(n1[8:12])} {w(n1[12:])}]]
C: oh hang on no don't use that one that's my husband's
A: no problem i'll clear that
C: use this one [[CARD#b:{pr(n2[:4])} {pr(n2[4:8])}]] um [[CARD#b:{pr(n2[8:])}]]
A: and the expiry on that
C: [[EXP:{w(e[0])} {pr(e[1])}]]
A: security code
C: [[CVV:{w(v)}]]
A: lovely that's paid the channels should appear in ((duration:about ten minutes))
C: we've got ((count:three)) boxes does it go on all of them
A: it does yeah
"""


def c014():
    s = ssn(); zc = zipc("850"); hn = R.randint(1000, 9899); im = imei()
    return "transcript", f"""
A: Thanks for calling Saguaro Cellular fraud support, this is [[NAME:Renata Villalobos]].
C: Hi [[NAME:Renata]], someone stole my phone out of my car last night and I think they're using it.
A: I'm sorry. Let's lock everything down. Can I have your full name?
C: [[NAME:Dwight Osterhaus]].
A: Thank you, [[NAME:Dwight]]. For this type of request I need your full Social Security number.
C: [[SSN:{s[:3]}-{s[3:5]}-{s[5:]}]].
A: And your home address?
C: [[ADDR:{hn} East Mesquite Drive]], Phoenix, [[PC:{zc}]].
A: Thank you. I see ((count:two)) calls to an international number since ((time:11:40 p.m.))
C: That definitely wasn't me.
A: I've suspended the line and blocked the device. The IMEI on file is ((imei:{im})).
C: Will I be charged for those calls?
A: No, I've credited ((price:$64.20)) and opened a fraud case.
C: Thank you so much.
"""


def c015():
    kd = dob(2010, 2015); ph = ph_uk_mob(); n = card("v"); e = expiry(); v = cvv()
    return "asr", f"""
A: family plans [[NAME:owain pritchard]] speaking
C: hi there i want to add my daughter to our plan she's just turned ((other:twelve))
A: lovely we can do that what's her name
C: [[NAME:elodie]] oh sorry her full name is [[NAME:elodie gwynne]]
A: and her date of birth for the parental controls
C: [[DOB:{dob_asr(kd)}]]
A: thanks and who am i speaking with
C: i'm her mum [[NAME:tamsin gwynne]]
A: okay [[NAME:tamsin]] the kids sim is ((price:six pounds a month)) with ((quantity:five gig)) of data
C: that's perfect
A: her new number will be [[PH:{w(ph[:5])} {wd(ph[5:])}]]
A: and there's a one off ((price:ten pound)) connection fee can i take a card for that
C: yep [[CARD#c:{w(n[:4])} {w(n[4:8])}]]
A: mm-hmm
C: [[CARD#c:{w(n[8:12])}]] sorry i'm reading it off my phone [[CARD#c:{w(n[12:])}]]
A: expiry
C: [[EXP:{w(e[0])} {pr(e[1])}]]
A: and the last three on the back
C: [[CVV:{w(v)}]]
A: all sorted the sim will be posted out tomorrow
"""


def c016():
    a = nd(10)
    return "transcript", f"""
A: Technical support, [[NAME:Amir Haddad]] speaking.
C: Hi, it's [[NAME:Jolene Farraday]]. My broadband has been crawling all week.
A: Sorry to hear that. Can I have your account number?
C: [[ACC:{gp(a, 5)}]].
A: Thanks, [[NAME:Jolene]]. You're on the ((quantity:500 Mbps)) plan, and the line test shows ((quantity:38 Mbps)) at the router.
C: That's ridiculous. I'm paying ((price:£45 a month)) for it.
A: Let's try something. Is the router a white ((model_number:NX-2200)) with blue lights?
C: Yes.
A: Hold the reset button for ((duration:ten seconds)), then wait ((duration:three minutes)).
C: Okay... the lights are flashing orange now.
A: That's normal, it's updating firmware to version ((other:7.4.1)).
C: Right, it's blue again. Speed test says ((quantity:470 Mbps)).
A: Excellent. I'll also add a ((percentage:20%)) discount for the ((count:six)) days it was slow.
C: Thanks, that's fair.
"""


def c017():
    a = nd(11); d = dob(); puk = nd(8)
    return "asr", f"""
I: welcome to orbit mobile if you've been locked out of your sim and need a puk code say puk code
C: puk code
I: please say your account number
C: [[ACC:{w(a)}]]
I: thanks now say your date of birth
C: [[DOB:{dob_asr(d, 'mdy')}]]
I: thank you your puk code is ((other:{w(puk)})) i'll say that again ((other:{w(puk)}))
I: if you enter the wrong code ((count:ten)) times your sim will be permanently blocked
I: to hear the code again press ((other:one)) or to speak to someone press ((other:zero))
C: ((other:zero))
A: hi you're through to [[NAME:frankie doyle]] how can i help
C: yeah i've got the code but my phone says the sim is already blocked
A: okay that means it needs replacing i'll post a new sim to the address on file
C: how long's that take
A: ((duration:two to three days)) and your number stays the same
"""


def c018():
    n = card("a"); e = expiry(); v = cvv(4); o = "MX" + nd(8); pc = ukpc("M20"); hn = R.randint(4, 80)
    em = "rhiannon.quayle@postbox.co.uk"; tr = lf(16)
    return "transcript", f"""
A: Upgrades team, this is [[NAME:Ellis Brannigan]]. Are you ready to place the order?
C: Yes. The ((model_number:iPhone 15)) in blue, ((quantity:256GB)), on the ((price:£18 a month)) plan.
A: Great choice. There's an upfront cost of ((price:£79)). What card would you like to use?
C: It's an Amex: [[CARD#a:{n[:4]}]]...
A: Go on.
C: [[CARD#a:{n[4:10]}]]... [[CARD#a:{n[10:]}]].
A: Expiry date?
C: [[EXP:{e[0]}/{e[1]}]].
A: And for Amex, the ((count:four))-digit code on the front.
C: [[CVV:{v}]].
A: Thanks. Delivery to [[ADDR:{hn} Palatine Road]], Manchester, [[PC:{pc}]]?
C: That's right.
A: And the confirmation will go to [[EM:{em}]]?
C: Yes.
A: Done. Your order number is [[ACC:{o}]]. The courier tracking number will be ((other:{tr})).
C: When will it arrive?
A: ((date:Thursday the 9th)), between ((time:7 am)) and ((time:7 pm)).
"""


def c019():
    n = card("v"); e = expiry(); v = cvv()
    return "asr", f"""
A: right for the roaming bolt on that's ((price:fifteen euro)) so i just need a card
C: okay it's [[CARD#a~:{w(n[:6])}]] oh no hang on i'm going to start again
C: [[CARD#a:{w(n[:4])} {w(n[4:8])}]]
A: yep
C: [[CARD#a:{w(n[8:12])}]]
A: sorry could you repeat that last bit the line dropped
C: [[CARD#a~:{w(n[8:12])}]]
A: thanks
C: and [[CARD#a:{w(n[12:])}]]
A: so i have [[CARD:{w(n[:4])} {w(n[4:8])} {w(n[8:12])} {w(n[12:])}]]
C: that's it
A: expiry date
C: it runs out [[EXP:{MONTHS[int(e[0]) - 1].lower()} {yw('20' + e[1])}]]
A: and the three little numbers
C: [[CVV:{w(v)}]]
A: that's the pass added you'll get ((quantity:ten gig)) for ((duration:seven days)) anywhere in europe
C: brilliant cheers
"""


def c020():
    nin = ni(); d = dob(); pc = ukpc("EH6"); hn = R.randint(5, 70); em = "alasdair.mcrae88@gmail.com"
    return "transcript", f"""
A: New contracts, [[NAME:Fiona Learmonth]] speaking. You're looking at a ((duration:24-month)) deal?
C: Yes, the ((model_number:Galaxy A55)) with unlimited data.
A: Lovely. I'll need to run a credit check. Full name?
C: [[NAME:Alasdair McRae]].
A: Date of birth?
C: [[DOB:{dob_t(d)}]].
A: And your address, please.
C: [[ADDR:Flat 3F1, {hn} Great Junction Street, Edinburgh]], [[PC:{pc}]].
A: How long have you lived there?
C: About ((duration:four years)).
A: And your National Insurance number?
C: [[SSN:{nin[:2]} {nin[2:4]} {nin[4:6]} {nin[6:8]} {nin[8]}]].
A: Thank you. And an email for the contract?
C: [[EM:{em}]].
A: The check's passed. I'll send the contract over now to sign.
"""


def c021():
    ph = ph_uk_land("0161"); ph2 = ph_uk_mob(); a = nd(8)
    return "asr", f"""
A: business lines [[NAME:yusuf karim]] speaking
C: hi [[NAME:yusuf]] it's [[NAME:bronwen ashcroft]] from [[NAME:ashcroft]] joinery we want to move our landline onto a mobile
A: okay so a number port from fixed to mobile can you give me the landline
C: [[PH#a:{w(ph[:4])} {w(ph[4:7])} {w(ph[7:])}]]
A: and which mobile will it sit alongside
C: it's [[PH#m~:{w(ph2[:5])}]] no sorry [[PH#m:{w(ph2)}]]
A: no worries and your business account number with us
C: [[ACC:{w(a)}]]
A: lovely so the landline will forward to the mobile from the ((date:twentieth))
C: and do we keep the broadband
A: yes that's separate it stays at ((quantity:eighty megs))
C: great and it's the same ((price:forty two pounds)) a month
A: plus ((price:five pound)) for the forwarding so ((price:forty seven)) all in
C: fine let's do it
"""


def c022():
    n = card("d"); e = expiry(); v = cvv(); s = ssn(); zc = zipc("972")
    return "transcript", f"""
A: Cascade Mobile billing, this is [[NAME:Trevor Nakamura]].
C: Hi [[NAME:Trevor]], [[NAME:Opal Winslow]] here. I missed a payment and my service got suspended.
A: Let's fix that. Can you verify the last four of your Social?
C: [[SSN:{s[-4:]}]].
A: And the ZIP on the account?
C: [[PC:{zc}]].
A: Thanks, [[NAME:Opal]]. The past-due amount is ((price:$142.08)). Would you like to pay that now?
C: Yes, with my Discover card. [[CARD#a:{n[:4]} {n[4:8]}]]...
C: [[CARD#a:{n[8:12]} {n[12:]}]].
A: Thank you. Could you repeat the second group of four?
C: [[CARD#a~:{n[4:8]}]].
A: Got it. Expiration?
C: [[EXP:{int(e[0])}/{e[1]}]].
A: Security code?
C: [[CVV:{v}]].
A: Payment's posted. Service will be restored within ((duration:15 minutes)).
C: Thank you so much, I have a job interview call at ((time:3 pm)).
"""


def c023():
    ec = eir("H91"); hn = R.randint(2, 40); em = "niamh dot ogorman at lunarmail dot ie"; a = nd(9); pps_ = pps()
    return "asr", f"""
A: hello you're through to [[NAME:colm devane]] in customer care
C: hi [[NAME:colm]] i'm after moving house and i need to change my address for the bills
A: no problem what's the account number
C: [[ACC:{w(a[:3])} {w(a[3:6])} {w(a[6:])}]]
A: and can i get your name
C: [[NAME:niamh o'gorman]]
A: thanks [[NAME:niamh]] for security can you give me your pps number
C: [[SSN:{w(pps_)}]]
A: perfect and the new address
C: [[ADDR:{w(str(hn))} claddagh quay galway]] and the eircode is [[PC:{w(ec)}]]
A: lovely and is the email still [[EM:{em}]]
C: it is yeah
A: grand that's all updated your next bill on the ((date:fifth)) will go to the new address
"""


def c024():
    ph = ph_au(); pc = aupc("3"); hn = R.randint(2, 150); em = "kirra.blackwood@fastnet.com.au"; d = dob()
    return "transcript", f"""
A: Southern Cross Telco, you're talking to [[NAME:Mitchell Papadopoulos]].
C: Hi [[NAME:Mitch]], it's [[NAME:Kirra Blackwood]]. I need to update my contact details.
A: Sure. I'll just verify you first. Date of birth?
C: [[DOB:{dob_t(d)}]].
A: And the mobile number on the account?
C: [[PH:{ph[:4]} {ph[4:7]} {ph[7:]}]].
A: Thanks, [[NAME:Kirra]]. What's changing?
C: New address: [[ADDR:Unit {R.randint(1, 12)}, {hn} Lygon Street, Carlton]], VIC [[PC:{pc}]].
A: Got it. And email?
C: [[EM:{em}]].
A: All updated. Your NBN box will need to move too. Is that booked?
C: Not yet. It's the ((model_number:FTTP NTD)) on the wall.
A: Then I'll book a tech for the ((date:22nd)). It's ((price:$99)) for the relocation.
C: Okay, no worries.
"""


def c025():
    n = card("m"); e = expiry(); v = cvv(); im = imei()
    return "asr", f"""
A: hi you're speaking to [[NAME:ravi menon]] in the device shop how can i help
C: hiya i want to buy a phone outright for my nan she's ((other:eighty four)) and wants something simple
A: the ((model_number:flip seven)) is really popular for that it's ((price:sixty nine ninety nine))
C: perfect let's get that
A: can i take a card
C: uh yeah [[CARD#a:{wd(n[:4])}]] um [[CARD#a:{wd(n[4:8])}]]
C: [[CARD#a:{wd(n[8:12])}]] and [[CARD#a:{wd(n[12:])}]]
A: thanks and the expiry date
C: [[EXP:{w(e[0])} {pr(e[1])}]]
A: and the cvv
C: [[CVV:{w(v)}]]
A: sorry was that [[CVV:{w(v)}]]
C: yeah
A: grand it's paid i'll email the receipt with the imei on it in case she loses it
C: can you read the imei out so i can write it down
A: sure it's ((imei:{w(im)}))
C: got it thanks [[NAME:ravi]]
"""


def c026():
    a = nd(9); n = card("v"); e = expiry(); v = cvv()
    return "transcript", f"""
I: Welcome to Harbour Broadband payments. Please enter your ((count:nine))-digit account number.
C: [[ACC:{a}]]
I: Your account is ((price:£58.60)) in arrears. To pay the full amount, press ((other:1)). To pay another amount, press ((other:2)).
C: ((other:1))
I: Please enter the long number on the front of your card.
C: [[CARD#b~:{n[:12]}]]
I: Sorry, that number wasn't recognised. Please enter all ((count:16)) digits.
C: [[CARD#b:{n}]]
I: Thank you. That's the card ending [[CARD:{n[-4:]}]]. Enter the expiry date, month then year.
C: [[EXP:{e[0]}{e[1]}]]
I: Enter the security code.
C: [[CVV:{v}]]
I: Your payment of ((price:£58.60)) was taken. Your broadband will be restored within ((duration:four hours)).
"""


def c027():
    s = ssn(); ph = ph_us(312); ph2 = ph_us(773); em = "marisol dot becerra at quickmail dot com"
    return "asr", f"""
A: thank you for calling lakeshore wireless my name is [[NAME:desmond fairweather]]
C: hi [[NAME:desmond]] i need to change the number on my line i keep getting spam calls
A: oh i hear you let's get you a fresh one can i have your name
C: [[NAME:marisol becerra]]
A: and the current number
C: [[PH:{pr(ph[:2])} {w(ph[2])} {w(ph[3:6])} {pr(ph[6:])}]]
A: and for a number change i'll need the full social
C: [[SSN#s:{w(s[:3])} {w(s[3:5])} {w(s[5:])}]]
A: thanks [[NAME:marisol]] okay i can offer you [[PH:{w(ph2[:3])} {w(ph2[3:6])} {w(ph2[6:])}]]
C: yeah that's fine
A: there's normally a ((price:fifteen dollar)) fee but i'll waive it this time
C: oh thank you
A: and should i send the confirmation to [[EM:{em}]]
C: yes please
A: done the new number goes live in ((duration:about half an hour))
"""


def c028():
    n = card("m"); e = expiry(); v = cvv(); pc = ukpc("CF24"); hn = R.randint(3, 90)
    return "transcript", f"""
A: Hi, you've reached Dragonlink Mobile, [[NAME:Cerys Vaughan]] speaking.
C: Hello, it's [[NAME:Idris Pugh]]. I want to buy a replacement SIM, mine's cracked.
A: Okay, can I take the first line of your address and postcode?
C: [[ADDR:{hn} Richmond Road]], [[PC:{pc}]].
A: Thanks, [[NAME:Idris]]. A nano SIM is ((price:£5)) including postage. Card number?
C: [[CARD#a:{n[:4]} {n[4:8]}]], then [[CARD#a:{n[8:12]}]]...
A: Mm-hmm.
C: ...and [[CARD#a:{n[12:]}]].
A: And it expires?
C: End of [[EXP:{MONTHS[int(e[0]) - 1]} 20{e[1]}]].
A: The code on the back?
C: [[CVV:{v}]].
A: Lovely. Your new SIM will arrive in ((duration:two to three working days)).
C: Will I keep my number?
A: Yes, and your ((quantity:30GB)) allowance carries over too.
"""


def c029():
    d = dob(); a = nd(7); im = imei(); ec = eir("T12"); hn = R.randint(1, 30)
    return "asr", f"""
A: you're through to insurance claims my name is [[NAME:orla brennan]]
C: hi [[NAME:orla]] i dropped my phone in the river lee yesterday
A: oh no okay can i take the policy number
C: [[ACC:{w(a)}]]
A: and your name and date of birth
C: [[NAME:diarmuid cotter]] [[DOB:{dob_asr(d)}]]
A: thanks [[NAME:diarmuid]] and the address on the policy
C: [[ADDR:{w(str(hn))} sunday's well road cork]] [[PC:{w(ec)}]]
A: lovely and do you know the imei
C: i have the box here ((imei:{w(im)}))
A: that matches the ((model_number:pixel seven a)) on the policy
A: the excess is ((price:ninety nine euro)) and we'll send a replacement within ((duration:forty eight hours))
C: can i pay that at the door
A: no it has to be paid before dispatch but i'll text you a secure link
C: okay grand
"""


def c030():
    a = nd(8); em = "tobias.renner@mailbox.org"
    return "transcript", f"""
A: Roaming support, [[NAME:Ingrid Solberg]] speaking.
C: Hi, [[NAME:Tobias Renner]]. I'm flying to Singapore on ((flight_number:SQ 317)) on the ((date:3rd)) and want to avoid bill shock.
A: Smart. What's your account number, [[NAME:Tobias]]?
C: [[ACC:{a}]].
A: Thanks. Asia isn't in your free zone, so data is ((price:£7.50 per MB)) by default.
C: That's insane.
A: The Asia pass is ((price:£30)) for ((quantity:5GB)) over ((duration:14 days)).
C: I'll be there ((duration:ten days)), so that's fine.
A: Added. It starts when you first use data abroad.
C: And calls back home?
A: ((price:£1.20 a minute)), or free over Wi-Fi calling.
C: Can you email me a summary?
A: To [[EM:{em}]]?
C: Yes, please.
"""


def c031():
    n = card("v"); e = expiry(); v = cvv(); zc = zipc("787"); hn = R.randint(100, 999); em = "beau.castellanos@hillmail.com"
    return "asr", f"""
A: lone star mobile this is [[NAME:kendra pruitt]] what can i do for you
C: hey [[NAME:kendra]] it's [[NAME:beau castellanos]] i wanna add a hotspot to my plan
A: sure the hotspot add on is ((price:ten bucks a month)) for ((quantity:fifteen gigs))
C: yeah do it and put the new device on my card not autopay
A: okay card number
C: [[CARD#a:{w(n[:4])} {w(n[4:8])} {w(n[8:12])} {w(n[12:])}]]
A: okay and expiration and the code on the back
C: [[EXP:{w(e[0])} {pr(e[1])}]] and the code's [[CVV:{w(v)}]]
A: billing address for the card
C: [[ADDR:{w(str(hn))} guadalupe street austin]] [[PC:{w(zc)}]]
A: and where should we email the receipt
C: [[EM:{em.replace('.', ' dot ').replace('@', ' at ')}]]
A: you're all set [[NAME:beau]] the hotspot ships tomorrow
"""


def c032():
    pc = capc("M4C"); hn = R.randint(10, 400); ph = ph_us(416); ext = nd(3); a = nd(9); si = sin()
    return "transcript", f"""
A: Polaris Communications, this is [[NAME:Geneviève Tremblay]].
C: Good afternoon, [[NAME:Anand Subramaniam]] calling. I'd like to cancel the TV portion of my bundle.
A: I can help. Account number?
C: [[ACC:{a}]].
A: And to confirm identity, your Social Insurance Number?
C: [[SSN:{si[:3]} {si[3:6]} {si[6:]}]].
A: Thank you, Mr. [[NAME:Subramaniam]]. The TV package is ((price:$54.99)) monthly. Cancelling drops your bundle discount of ((percentage:15%)).
C: I understand. We haven't watched it in months.
A: Fine. The set-top box, serial ((other:STB-{lf(12)})), needs to be returned.
C: Can a courier pick it up from [[ADDR:{hn} Danforth Avenue]], Toronto, [[PC:{pc}]]?
A: Yes. What's the best number to reach you on?
C: My office: [[PH#p:{ph[:3]}-{ph[3:6]}-{ph[6:]}]], extension [[PH#p~:{ext}]].
A: Noted. Pickup is next Tuesday, the ((date:12th)), ((time:9 a.m.)) to ((time:noon)).
"""


def c033():
    n = card("a"); e = expiry(); v = cvv(4)
    return "asr", f"""
A: and how are you paying for the router today
C: american express
A: okay go ahead
C: [[CARD#a:{w(n[:4])} {w(n[4:10])}]]
A: sorry i got [[CARD:{w(n[:4])}]] then was it [[CARD:{w(n[4:10])}]]
C: yes and then [[CARD#a:{w(n[10:])}]]
A: and what's the four digit code on the front
C: [[CVV:{w(v)}]]
A: expiry
C: [[EXP:{w(e[0])} {pr(e[1])}]]
A: perfect that's ((price:a hundred and nine pounds)) for the ((model_number:mesh pro three)) system
C: will that get wifi to the garden office
A: it should each unit covers about ((quantity:a hundred and fifty square metres))
C: lovely
"""


def c034():
    d = dob(); pc = ukpc("NE3"); hn = R.randint(2, 99); sold = lf(13)
    return "transcript", f"""
A: Account security, [[NAME:Bethan Armitage]] speaking.
C: Hi, I got a text saying someone's ordered a SIM swap on my number. I didn't ask for that.
A: Let's stop it now. What's your name?
C: [[NAME:Kenneth Ormsby]].
A: Date of birth, Mr [[NAME:Ormsby]]?
C: [[DOB:{dob_t(d, 'long')}]].
A: And your address with postcode?
C: [[ADDR:{hn} Moor Crescent, Gosforth]], [[PC:{pc}]].
A: Thanks. I can see a swap requested at ((time:2:14 am)) to a SIM ending ((other:{sold[-4:]})). I've cancelled it.
C: Thank God. How did they do that?
A: It came through online with a wrong password ((count:three)) times, then a reset. I'm adding a port-out block and a verbal passcode.
C: What passcode do you want?
A: Anything you'll remember, not your birthday.
C: Let's make it [[ACC:{nd(6)}]].
A: Done. Any further SIM changes now need that passcode.
"""


def c035():
    ph = ph_ie(); a = nd(8); em = "grainne.mulcahy@eirbox.ie"
    return "asr", f"""
A: hiya you've reached [[NAME:shane mcelroy]] in bill pay plus
C: hello [[NAME:shane]] i want to move from bill pay to prepay
A: okay no problem what's the mobile number
C: [[PH:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
A: and your name
C: [[NAME:gráinne mulcahy]]
A: thanks [[NAME:gráinne]] you're out of contract since january so there's no charge
C: good and do i keep the same number
A: you do yeah and any credit left over moves across
A: your account number [[ACC:{w(a)}]] will close after the final bill
C: will that bill come to [[EM:{em.replace('@', ' at ').replace('.', ' dot ')}]]
A: yes same email
C: perfect thanks a million
"""


def c036():
    a = nd(10); n = card("v"); e = expiry(); v = cvv(); zc = zipc("331")
    return "asr", f"""
I: welcome to coral coast wireless para español oprima ((other:nueve))
I: please say or enter your account number
C: [[ACC:{w(a)}]]
I: i found your account to make a payment say payment to hear your balance say balance
C: payment
I: your balance is ((price:one hundred twelve dollars and forty cents)) please say your card number
C: [[CARD#a:{w(n)}]]
I: i heard [[CARD:{w(n[:4])} {w(n[4:8])} {w(n[8:12])} {w(n[12:])}]] is that correct
C: yes
I: please say the expiration date
C: [[EXP:{w(e[0])} {pr(e[1])}]]
I: please say the security code
C: [[CVV:{w(v)}]]
I: and the billing zip code
C: [[PC:{w(zc)}]]
I: your payment is complete thank you for choosing coral coast wireless
"""


def c037():
    pc = ukpc("G12"); d = dob(); em = "morag.pettigrew@clydenet.co.uk"; ph = ph_uk_mob()
    return "transcript", f"""
A: Hello, Caledonia Mobile, [[NAME:Stuart Gillespie]] speaking.
C: Hi [[NAME:Stuart]], it's [[NAME:Morag Pettigrew]]. My late husband's contract needs closing.
A: I'm very sorry for your loss, Mrs [[NAME:Pettigrew]]. What was his name?
C: [[NAME:Hamish Pettigrew]].
A: And the number on his contract?
C: [[PH:{gp(ph, 5, 6)}]].
A: Thank you. I'll need his date of birth as well.
C: [[DOB:{dob_t(d)}]].
A: And the address on the account?
C: [[ADDR:Flat 2/1, {R.randint(5, 60)} Hyndland Road, Glasgow]], [[PC:{pc}]].
A: I've closed the line with no early termination fee. Any remaining credit of ((price:£12.40)) will be refunded to you.
C: Could you send the confirmation to my email? [[EM:{em}]].
A: Of course. Take care, Mrs [[NAME:Pettigrew]].
"""


def c038():
    n = card("m"); e = expiry(); v = cvv()
    return "asr", f"""
A: so for the new handset there's ((price:thirty pounds)) upfront card number please
C: yeah right um it's [[CARD#a:{pr(n[:4])}]]
A: yep
C: [[CARD#a:{pr(n[4:8])}]]
A: yep
C: [[CARD#a:{pr(n[8:12])}]]
A: uh huh
C: [[CARD#a:{pr(n[12:])}]]
A: and when does it expire
C: [[EXP:{pr(e[0])} {pr(e[1])}]]
A: the code on the signature strip
C: is it the last three
A: that's the one
C: [[CVV:{w(v)}]]
A: okay that's gone through your ((model_number:moto g eighty five)) is on its way
"""


def c039():
    s = ssn(); zc = zipc("481"); hn = R.randint(1000, 9999); em = "lashonda.prewitt@wolvmail.com"; a = nd(9)
    return "transcript", f"""
A: Great Lakes Wireless, my name is [[NAME:Curtis Hoang]]. May I have your name?
C: [[NAME:LaShonda Prewitt]].
A: Thank you, Ms. [[NAME:Prewitt]]. How can I help?
C: I'm opening a new line for my son, and the website said I need to call.
A: That's because of the credit check. I'll need your Social Security number.
C: It's [[SSN:{s[:3]} {s[3:5]} {s[5:]}]].
A: And your current address?
C: [[ADDR:{hn} Woodward Avenue, Detroit]], [[PC:{zc}]].
A: Approved. Your account number is [[ACC:{a}]]. The line is ((price:$25 a month)) with ((quantity:10GB)).
C: Can the welcome kit go to my email, [[EM:{em}]]?
A: Absolutely. It'll arrive within the hour.
"""


def c040():
    ec = eir("V94"); hn = R.randint(1, 80); a = nd(8); ref = "ENG" + nd(6)
    return "asr", f"""
A: hello you're on to [[NAME:tadhg whelan]] in broadband faults
C: hi my broadband is gone since the storm on ((date:sunday the fourth))
A: i'm sorry about that what's the account number
C: [[ACC:{w(a)}]]
A: and the address
C: [[ADDR:{w(str(hn))} o'connell avenue limerick]]
A: and the eircode please
C: [[PC:{w(ec)}]]
A: thanks there's a fault on the cable outside i'm booking an engineer
A: your reference is [[ACC:{w(ref)}]]
C: when will they come
A: ((date:thursday the eighth)) between ((time:eight)) and ((time:one))
C: and will i get money back for the days without it
A: yes you'll get ((price:two euro)) a day credited automatically
"""


def c041():
    n = card("v"); e = expiry(); v = cvv(); ph = ph_uk_mob(); em = "zainab.hussain@postmail.co.uk"
    return "transcript", f"""
A: Top-up support, [[NAME:Gareth Lowther]] speaking.
C: Hi, I topped up ((price:£20)) twice by accident this morning.
A: Let me check. What's the mobile number?
C: [[PH:{ph[:5]} {ph[5:8]} {ph[8:]}]].
A: And your name?
C: [[NAME:Zainab Hussain]].
A: Thanks, [[NAME:Zainab]]. I can see two payments at ((time:9:02)) and ((time:9:03)) from the card ending [[CARD:{n[-4:]}]].
C: That's my card, yes.
A: I'll refund the second one. It takes ((duration:3 to 5 working days)).
C: Can I get a confirmation by email?
A: Of course, what's the address?
C: [[EM:{em}]].
A: Done. The refund reference is ((other:{lf(10)})).
"""


def c042():
    pc = aupc("2"); hn = R.randint(2, 99); d = dob(); a = nd(9); em = ""
    return "asr", f"""
A: hi you've called harbourside internet my name's [[NAME:tegan o'loughlin]]
C: hey [[NAME:tegan]] it's [[NAME:lachlan doherty]] my nbn's been dropping out every night
A: sorry to hear that can i grab your date of birth to verify
C: [[DOB:{dob_asr(d)}]]
A: and the service address
C: [[ADDR:{pr(str(hn))} bondi road bondi]] [[PC:{w(pc)}]]
A: thanks [[NAME:lachlan]] i can see ((count:fourteen)) dropouts since the ((date:first)) of the month
C: yeah usually around ((time:nine at night))
A: i'll replace the modem it's a known issue with that ((model_number:vx four twenty))
C: do i need to pay for it
A: no it's covered and i'll credit ((price:twenty dollars)) to account [[ACC:{w(a)}]]
C: cheers can you send tracking to [[EM:lachlan dot doherty at bondimail dot com dot au]]
A: will do
"""


def c043():
    n = card("m"); e = expiry(); v = cvv()
    return "asr", f"""
A: okay and the card for the monthly payments
C: [[CARD#a:{w(n[:4])}]]
A: mm-hmm
C: [[CARD#a:{w(n[4:8])}]]
A: mm-hmm
C: [[CARD#a:{w(n[8:12])}]]
A: mm-hmm
C: [[CARD#a:{w(n[12:])}]]
A: and can you read me the first four again i missed it
C: [[CARD#a~:{w(n[:4])}]]
A: thank you and the expiry month and year
C: month [[EXP#e:{w(e[0])}]] year [[EXP#e:{yw('20' + e[1])}]]
A: and the security code
C: [[CVV:{w(v)}]]
A: okay that'll come out on the ((date:twenty eighth)) each month
"""


def c044():
    n = card("v"); e = expiry(); v = cvv(); a = nd(8); pc = ukpc("SE15"); hn = R.randint(10, 200)
    return "transcript", f"""
A: Hi, this is [[NAME:Olamide Adeyemi]] at Thames Mobile. Am I speaking with [[NAME:Precious Okonkwo]]?
C: Yes, that's me.
A: You called about the overdue balance on the tablet plan. It's ((price:£96.30)).
C: Yes, I want to clear it. Before we start, you're definitely from Thames? I've had scam calls.
A: Very wise. I can tell you the first line of your address is [[ADDR:{hn} Rye Lane]], and I won't ask for your PIN.
C: Okay, that's right. Card is [[CARD#a:{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}]].
A: Thank you. And the expiry?
C: [[EXP:{e[0]}/20{e[1]}]].
A: CVV?
C: [[CVV:{v}]].
A: That's paid. Your account [[ACC:{a}]] is now clear, and the postcode [[PC:{pc}]] is still correct for letters?
C: It is.
"""


def c045():
    ph = ph_us(206); a = nd(9); ph2 = ph_us(425)
    return "transcript", f"""
A: Puget Wireless, [[NAME:Hiroshi Tanabe]] speaking.
C: Hi, I'm [[NAME:Wendell Okafor]]. I'm porting my number out to a new carrier and they need my port-out PIN.
A: I can generate one. What number is porting?
C: [[PH:{ph[:3]}-{ph[3:6]}-{ph[6:]}]].
A: And the account PIN you set up with us?
C: [[ACC:{nd(4)}]].
A: Thanks, [[NAME:Wendell]]. Your account number is [[ACC:{a}]] and the port-out PIN is [[ACC:{nd(6)}]]. It's valid for ((duration:7 days)).
C: Will my other line, [[PH:{ph2[:3]}-{ph2[3:6]}-{ph2[6:]}]], stay with you?
A: Yes, only the first one moves. Your monthly bill drops to ((price:$35)).
C: Perfect, thanks.
"""


def c046():
    em = "dervla.keogh@irishpost.ie"; ec = eir("A94"); hn = R.randint(1, 70); d = dob()
    return "transcript", f"""
A: Lunar Broadband sales, you're through to [[NAME:Eoghan Madigan]].
C: Hi, I'm [[NAME:Dervla Keogh]], I'd like to sign up for the ((quantity:1 Gig)) fibre.
A: Great. Can I get your address to check availability?
C: [[ADDR:{hn} Mount Merrion Avenue, Blackrock]], [[PC:{ec}]].
A: You're covered. It's ((price:€55 a month)) for ((duration:12 months)), then ((price:€70)).
C: That's fine. Do you need my date of birth?
A: Yes, please.
C: [[DOB:{dob_t(d)}]].
A: And an email for the account?
C: [[EM:{em}]].
A: Perfect. Installation is free; the earliest date is ((date:Friday 16th)).
C: Morning would be best.
A: I've put you down for ((time:8:00)) to ((time:12:00)).
"""


def c047():
    n = card("v"); e = expiry(); v = cvv()
    return "asr", f"""
A: right so to pay the roaming charges what card are we using
C: visa debit [[CARD#a:{w(n[:4])} {w(n[4:8])}]]
C: [[CARD#a:{w(n[8:12])} {w(n[12:])}]]
A: and the valid from and expires dates
C: there's no valid from it just says valid thru [[EXP:{w(e[0])} {pr(e[1])}]]
A: that's fine and the cvv
C: [[CVV:{w(v)}]]
A: okay ((price:forty two eighty)) taken you'll see it in ((duration:a day or two))
C: and i won't get charged again if i go back in june
A: not if you add the europe pass first
"""


def c048():
    d = dob(); pc = ukpc("B15"); a = nd(8); em = "jaspreet.sandhu@brummail.co.uk"
    return "transcript", f"""
A: Midlands Mobile, [[NAME:Leanne Corbett]] speaking, how can I help?
C: Hello, it's [[NAME:Jaspreet Sandhu]]. I'm calling for my dad, [[NAME:Harbhajan Sandhu]]; he's here with me.
A: Okay. I'll need his permission first. Could you put him on?
C: Dad, say yes to the lady.
C: Yes, my son can speak for me.
A: Thank you, Mr [[NAME:Sandhu]]. Can you confirm your date of birth?
C: [[DOB:{dob_t(d, 'long')}]].
A: And postcode?
C: [[PC:{pc}]].
A: Lovely. What would you like to do?
C: He wants a simpler plan. He only uses ((quantity:1GB)) a month and pays ((price:£28)).
A: The ((price:£8)) plan gives ((quantity:4GB)) and unlimited calls. Account [[ACC:{a}]] is out of contract, so I can switch now.
C: Great. Send confirmation to me at [[EM:{em}]], please.
"""


def c049():
    n = card("m"); e = expiry(); v = cvv(); ph = ph_uk_mob()
    return "asr", f"""
A: hiya you're through to pay as you go [[NAME:kieran swales]] speaking
C: hiya i'm trying to top up my mum's phone but the app keeps failing
A: no worries i can do it for you what's her number
C: [[PH:{w(ph[:5])} {w(ph[5:])}]]
A: and how much
C: ((price:fifteen pound))
A: go ahead with the card
C: [[CARD#a:{w(n[:4])} {w(n[4:8])}]] uh [[CARD#a~:{w(n[4:8])}]] sorry i said that twice [[CARD#a:{w(n[8:12])} {w(n[12:])}]]
A: so i've got [[CARD:{w(n[:4])} {w(n[4:8])} {w(n[8:12])} {w(n[12:])}]]
C: yeah
A: expiry
C: [[EXP:{w(e[0])} {pr(e[1])}]]
A: and security number
C: [[CVV:{w(v)}]]
A: that's done it's on her phone now
"""


def c050():
    s = ssn(); zc = zipc("100"); hn = R.randint(10, 500); em = "ezekiel.abernathy@citymail.com"; ph = ph_us(718)
    return "asr", f"""
A: metro wireless account services my name is [[NAME:yesenia cruz]]
C: yeah hi this is [[NAME:ezekiel abernathy]] my bill went up ((price:thirty dollars)) and nobody told me
A: let me take a look can you verify the last four of your social
C: [[SSN:{w(s[-4:])}]]
A: and the number on the account
C: [[PH:{w(ph)}]]
A: thank you [[NAME:ezekiel]] so your promo credit ended on the ((date:fifteenth))
C: i was never told it would end
A: i'm sorry about that i can add a ((duration:twelve month)) loyalty credit of ((price:twenty five dollars))
C: okay that helps
A: and is your billing address still [[ADDR:{w(str(hn))} west forty second street]] new york [[PC:{w(zc)}]]
C: yes
A: and email [[EM:{em.replace('.', ' dot ').replace('@', ' at ')}]]
C: correct
"""


def c051():
    n = card("v"); e = expiry(); v = cvv(); a = nd(9)
    return "transcript", f"""
I: Welcome to Meridian Mobile. Please enter your account number followed by the hash key.
C: [[ACC:{a}]]
I: To pay towards your device plan, press ((other:3)).
C: ((other:3))
I: Please enter your card number.
C: [[CARD#a:{n}]]
I: You entered [[CARD:{gp(n, 4)}]]. Press ((other:1)) to confirm, or ((other:2)) to re-enter.
C: ((other:1))
I: Enter the expiry date in the format month, month, year, year.
C: [[EXP:{e[0]}{e[1]}]]
I: Enter the three digit security code.
C: [[CVV:{v}]]
I: Please hold while we process your payment of ((price:£41.99))...
I: Payment successful. Your authorisation code is ((other:{lf(6)})). Thank you, goodbye.
"""


def c052():
    pc = capc("T2N"); hn = R.randint(100, 3000); d = dob(); em = "sunita.ramcharan@prairienet.ca"
    return "transcript", f"""
A: Chinook Telecom, [[NAME:Brayden Kowalczyk]] speaking.
C: Hi [[NAME:Brayden]], I'm [[NAME:Sunita Ramcharan]]. I'm moving and need my internet and TV transferred.
A: Congratulations on the move! Can I verify your date of birth first?
C: [[DOB:{dob_t(d, 'long')}]].
A: Thanks. What's the new address?
C: [[ADDR:{hn} Kensington Road NW, Calgary]], Alberta, [[PC:{pc}]].
A: That building supports our ((quantity:1.5 Gbps)) service.
C: I'll stay on the current ((quantity:500 Mbps)) plan.
A: Sure. The move date?
C: The ((date:30th)).
A: Technician booked between ((time:1 pm)) and ((time:5 pm)). Confirmation goes to [[EM:{em}]].
C: Perfect, thanks [[NAME:Brayden]].
"""


def c053():
    ph = ph_uk_mob(); ph2 = ph_uk_mob(); em = "tomasz dot wieczorek at gmail dot com"
    return "asr", f"""
A: hello switching team [[NAME:nadia begum]] speaking
C: hello i want to keep my number but join your network
A: lovely so you'll need a pac from your old network have you got it
C: yes it's [[ACC:{w(''.join(R.choice('ABCDEFGHJKLMNPQRSTVWXYZ') for _ in range(3)) + nd(6))}]]
A: and the number it belongs to
C: [[PH:{wd(ph)}]]
A: and the temporary number on the sim we sent you
C: [[PH:{w(ph2[:5])} {w(ph2[5:])}]]
A: perfect and your name
C: [[NAME:tomasz wieczorek]]
A: thanks [[NAME:tomasz]] the switch happens next working day by ((time:six pm))
C: can you send me email to confirm [[EM:{em}]]
A: of course
"""


def c054():
    n = card("d"); e = expiry(); v = cvv(); zc = zipc("891")
    return "transcript", f"""
A: Desert Sky Mobile, this is [[NAME:Porter Whitlock]]. Ready for the card?
C: Yep. It's a Discover, [[CARD#a:{n[:4]}]]...
C: Sorry, my kid's yelling. [[CARD#a:{n[4:8]} {n[8:12]}]]...
A: Take your time.
C: [[CARD#a:{n[12:]}]].
A: Thank you. Expiration date?
C: [[EXP:{e[0]}/{e[1]}]].
A: And the CID, the three digits on the back?
C: [[CVV:{v}]].
A: Billing ZIP?
C: [[PC:{zc}]].
A: That covers the ((price:$199)) activation and first month. Welcome aboard!
"""


def c055():
    d = dob(); pc = ukpc("CB1"); hn = R.randint(2, 120)
    return "asr", f"""
A: good morning you're through to [[NAME:rupert hollingsworth]] in device finance
C: morning i want to know how much is left on my phone
A: okay can i take your full name
C: [[NAME:anwen lloyd]]
A: date of birth [[NAME:anwen]]
C: [[DOB:{dob_asr(d)}]]
A: and first line of the address
C: [[ADDR:{pr(str(hn)) if hn < 100 else w(str(hn))} mill road cambridge]]
A: and the postcode
C: [[PC:{w(pc)}]]
A: thanks so there's ((count:nine)) payments left at ((price:twenty one pounds fifty))
C: so about ((price:two hundred quid))
A: ((price:a hundred and ninety three fifty)) exactly
C: okay i'll keep paying monthly then
"""


def c056():
    n = card("m"); e = expiry(); v = cvv(); hn = R.randint(10, 99); pc = aupc("6")
    return "transcript", f"""
A: Westcoast Mobile, [[NAME:Jarrah Collins]] here. What can I do for you?
C: Hi [[NAME:Jarrah]], [[NAME:Matilda Fenwick]]. I want to buy the ((model_number:Oppo A79)) outright.
A: No worries, that's ((price:$349)). Delivery to [[ADDR:{hn} Hay Street, Subiaco]] WA [[PC:{pc}]]?
C: Yes. Mastercard [[CARD#a:{n[:4]} {n[4:8]} {n[8:12]}]]... and [[CARD#a:{n[12:]}]].
A: Expiry?
C: [[EXP:{e[0]}/{e[1]}]]. And the code is [[CVV:{v}]].
A: Processed. It ships today by express, ((duration:1-2 business days)).
C: Lovely, thanks.
"""


def c057():
    a = nd(10); ph = ph_uk_land("0113")
    return "asr", f"""
A: business support [[NAME:imran qureshi]] how can i help
C: morning [[NAME:imran]] it's [[NAME:petra novak]] from the dental surgery our phones are down
A: oh dear what's the main number
C: [[PH:{w(ph[:4])} {w(ph[4:7])} {w(ph[7:])}]]
A: and the account number for the practice
C: [[ACC:{w(a)}]]
A: okay there's an outage in the exchange since ((time:seven fifteen)) this morning
C: how long will it be we've got ((count:forty)) patients booked
A: the estimate is ((duration:three hours)) but i can divert calls to a mobile now
C: yes please to my mobile the one on file
A: done calls will divert in ((duration:five minutes))
"""


def c058():
    em = "harvey.ellwood@outlook.com"; d = dob(); pc = ukpc("BN2"); hn = R.randint(2, 90)
    return "transcript", f"""
A: You're through to [[NAME:Sophie Marchbank]] on the online accounts team.
C: Hi. I can't log into my account; the reset email isn't arriving.
A: Let's check which email we have. Your name, please?
C: [[NAME:Harvey Ellwood]].
A: Thanks, [[NAME:Harvey]]. Date of birth and postcode?
C: [[DOB:{dob_t(d, 'long')}]], and [[PC:{pc}]].
A: We have an old address on here, [[ADDR:{hn} Elm Grove]]. Is that still right?
C: Yes, that's right.
A: The email is spelled with a double L. What do you use?
C: [[EM:{em}]].
A: Ah, we had one L. I've fixed it; the reset link has been sent and lasts ((duration:24 hours)).
C: Got it, thanks.
"""


def c059():
    n = card("v"); e = expiry(); v = cvv()
    return "asr", f"""
A: so for the ((price:five ninety nine)) a month movie add on i just need a card to keep on file
C: okay [[CARD#b~:{w(n[:4])} {w(n[4:8])} {w(n[8:11])}]] hang on that's wrong
C: let me start again [[CARD#b:{w(n[:8])} {w(n[8:])}]]
A: got it and the expiry
C: [[EXP:{w(e[0])} {pr(e[1])}]]
A: and the three digits on the back
C: [[CVV:{w(v)}]]
A: perfect you'll have access in ((duration:ten minutes))
"""


def c060():
    hn = R.randint(100, 999); zc = zipc("941"); s = ssn(); em = "ming.tsai@baymail.net"
    return "transcript", f"""
A: Golden Gate Mobile, this is [[NAME:Delphine Arceneaux]]. How may I help?
C: Hi, I'm [[NAME:Ming Tsai]]. I want to add a line for my mother, [[NAME:Li Hua Tsai]].
A: Happy to. Since she'll be on your account, I'll need the last four of your SSN.
C: [[SSN:{s[-4:]}]].
A: Thank you, [[NAME:Ming]]. Is the service address still [[ADDR:{hn} Clement Street]], San Francisco, [[PC:{zc}]]?
C: Yes.
A: The new line is ((price:$20 a month)). Would you like an eSIM or a physical SIM?
C: Physical, please. She has an older ((model_number:iPhone 11)).
A: I'll ship it to that address and email the details to [[EM:{em}]].
C: Perfect.
"""


def c061():
    ph = ph_ie(); d = dob(); a = nd(8)
    return "asr", f"""
A: hello you're through to [[NAME:aisling cullinane]] how can i help
C: hi i'm ringing about my phone it was stolen at a match in croke park
A: oh i'm sorry what's the number
C: [[PH#p:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
A: so the number ending [[PH:{w(ph[-4:])}]] and your name and date of birth
C: [[NAME:padraig fennelly]] [[DOB:{dob_asr(d)}]]
A: thanks [[NAME:padraig]] i've barred it the account [[ACC:{w(a)}]] is on hold now
C: will i be charged for anything they use
A: nothing after ((time:four twenty)) when you reported it
"""


def c062():
    n = card("v"); e = expiry(); v = cvv(); em = "yvette.marchand@lemail.ca"
    return "transcript", f"""
A: Northern Lights Wireless, [[NAME:Callum MacIsaac]] speaking.
C: Hello, this is [[NAME:Yvette Marchand]]. I was charged twice for my roaming pack.
A: Let me look. Yes, two charges of ((price:$40)) on the ((date:11th)). I'll reverse one.
C: Thank you. Can you also change my card on file? The old one expired.
A: Of course. Go ahead.
C: [[CARD#a:{n[:4]} {n[4:8]}]], then [[CARD#a:{n[8:]}]], expiry [[EXP:{e[0]}/{e[1]}]], code [[CVV:{v}]].
A: Updated. A receipt will go to [[EM:{em}]].
C: Merci.
"""


def c063():
    d = dob(); pc = ukpc("PL4"); hn = R.randint(1, 60)
    return "asr", f"""
A: morning [[NAME:jago penrose]] speaking from the upgrades team
C: hi [[NAME:jago]] it's [[NAME:demelza trewin]] you rang me about an upgrade
A: yes thanks for calling back before i go on can i confirm your date of birth
C: [[DOB:{dob_asr(d, 'mdy')}]]
A: and the first line of the address
C: [[ADDR:{w(str(hn))} lipson road plymouth]] [[PC:{w(pc)}]]
A: lovely so you're due an upgrade and i can get you ((percentage:twenty percent)) off the ((model_number:galaxy s twenty four))
C: no thanks i'm happy with what i've got
A: no worries i'll make a note
"""


def c064():
    return "transcript", f"""
A: Hi, thanks for holding, this is [[NAME:Abimbola Eze]].
C: Hi, [[NAME:Sinead Lavelle]]. My hotspot won't connect to my laptop.
A: Is the hotspot switched on in settings?
C: Yes, it shows, but the laptop says "cannot connect".
A: Try changing the band from ((quantity:5 GHz)) to ((quantity:2.4 GHz)). Older laptops sometimes can't see the faster band.
C: That did it. Thanks, [[NAME:Abimbola]].
A: Great. Remember hotspot use comes from your ((quantity:20GB)) allowance.
C: Noted.
"""


def c065():
    n = card("a"); e = expiry(); v = cvv(4)
    return "asr", f"""
A: okay i'll take payment for the ((price:four hundred and twenty nine dollar)) balance now
C: it's amex so [[CARD#a:{w(n[:4])}]] then [[CARD#a:{w(n[4:10])}]] then [[CARD#a:{w(n[10:])}]]
A: and the four digit code
C: [[CVV:{w(v)}]]
A: expiry
C: [[EXP:{pr(e[0])} {pr(e[1])}]]
A: reading back the last five [[CARD:{w(n[10:])}]]
C: correct
"""


def c066():
    em = "bartholomew.ng@uniweb.edu"; hn = R.randint(100, 900); zc = zipc("021")
    return "transcript", f"""
A: Student lines, this is [[NAME:Keisha Drummond]].
C: Hi, I'm [[NAME:Bartholomew Ng]]. I'm a student and want the discount.
A: Sure. I'll need your school email to verify.
C: [[EM:{em}]].
A: Verified. You get ((percentage:25%)) off. Where should we ship the SIM?
C: [[ADDR:{hn} Commonwealth Avenue, Apartment 4B]], Boston, [[PC:{zc}]].
A: All set, [[NAME:Bartholomew]]. It ships in ((duration:2 days)).
"""


def c067():
    icc = iccid("44"); a = nd(8); pc = ukpc("LE2"); hn = R.randint(2, 99)
    return "transcript", f"""
A: SIM activations, [[NAME:Dev Mistry]] speaking.
C: Hi, I'm [[NAME:Rosalind Tebbutt]]. My new SIM arrived but it says no service.
A: Let's activate it. Read me the long number on the SIM card, please.
C: ((iccid:{icc})).
A: Thanks. And your account number?
C: [[ACC:{a}]].
A: And the first line of your address?
C: [[ADDR:{hn} Evington Road]].
A: That's matched. It'll activate within ((duration:15 minutes)); restart the phone then.
C: Thank you, [[NAME:Dev]].
"""


def c068():
    ph = ph_us(305); ph2 = ph_us(786); ext = nd(4)
    return "asr", f"""
A: hi you've reached [[NAME:gustavo herrera]] with sunshine wireless
C: hey [[NAME:gustavo]] my name's [[NAME:maribel quintanilla]] i need to update my work number on the account
A: sure what's the new one
C: [[PH#w:{w(ph2[:3])} {w(ph2[3:6])} {w(ph2[6:])}]] extension [[PH#w~:{w(ext)}]]
A: and the main line stays [[PH:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
C: yes that's my cell
A: done anything else today
C: no that's it
"""


def c069():
    n = card("m"); e = expiry(); v = cvv(); a = nd(9)
    return "transcript", f"""
A: Collections team, [[NAME:Bridget Halloran]] speaking. Is that [[NAME:Owen Garvey]]?
C: Speaking.
A: Your account [[ACC:{a}]] is ((duration:two months)) behind, ((price:£118.20)) in total. Can we set up a plan?
C: Could I pay ((price:£40)) today and the rest over ((count:two)) months?
A: Yes. Card for today's payment?
C: [[CARD#a:{n[:8]}]]... [[CARD#a:{n[8:]}]]. Expires [[EXP:{e[0]}/{e[1]}]], security code [[CVV:{v}]].
A: Done. The next two payments are on the ((date:1st)) of each month.
C: Thanks, [[NAME:Bridget]].
"""


def c070():
    d = dob(); em = "seamus dot ruane at westnet dot ie"; ec = eir("F91"); hn = R.randint(1, 40)
    return "asr", f"""
A: you're through to [[NAME:roisin gilmartin]] in online support
C: howya i can't get the app to accept my password
A: okay i'll reset it can i have your name and date of birth
C: [[NAME:seamus ruane]] [[DOB:{dob_asr(d)}]]
A: and your address with eircode
C: [[ADDR:{w(str(hn))} pearse road sligo]] [[PC:{w(ec)}]]
A: grand and where should the reset go
C: [[EM:{em}]]
A: sent it'll expire in ((duration:an hour)) so use it soon
"""


def c071():
    im = imei(); hn = R.randint(20, 300)
    return "transcript", f"""
A: Device repairs, [[NAME:Thandiwe Mokoena]] speaking.
C: Hi, I'm [[NAME:Clement Ashby]]. My ((model_number:Pixel 7)) won't charge.
A: Sorry to hear it. What's the IMEI? It's under Settings, About phone.
C: ((imei:{im})).
A: It's still under warranty until ((date:August 2026)), so the repair is free.
C: Brilliant. Where do I send it?
A: We'll send a box to [[ADDR:{hn} Wellington Street]]; turnaround is about ((duration:5 days)).
C: Perfect, thank you.
"""


def c072():
    n = card("v"); e = expiry(); v = cvv()
    return "asr", f"""
A: okay mr [[NAME:oyelaran]] i'll take the card details for the new router
C: it's [[CARD#a:{w(n[:4])} {w(n[4:8])}]]
A: mm-hmm
C: [[CARD#a:{w(n[8:12])} {w(n[12:])}]]
A: expiry and cvv
C: [[EXP:{w(e[0])} {pr(e[1])}]] [[CVV:{w(v)}]]
A: that's ((price:thirty nine ninety nine)) paid thank you [[NAME:femi]]
"""


def c073():
    a = nd(9); em = "ottilie.brandreth@fastmail.com"
    return "transcript", f"""
A: Hello, Aurora TV, [[NAME:Marcus Delacroix]] speaking.
C: Hi, it's [[NAME:Ottilie Brandreth]]. I'd like to cancel the kids' channels add-on.
A: Sure, account number?
C: [[ACC:{a}]].
A: Done, [[NAME:Ottilie]]. The ((price:£6 a month)) charge stops from your next bill on the ((date:19th)).
C: And can you email me that?
A: It's going to [[EM:{em}]] now.
"""


def c074():
    ph = ph_au(); a = nd(8); hn = R.randint(3, 99)
    return "asr", f"""
A: hi you're through to [[NAME:lachie ferguson]] at outback mobile
C: g'day it's [[NAME:marnie sutcliffe]] i'm heading overseas on ((flight_number:q f one)) next week
A: nice where to
C: london for ((duration:three weeks)) i need roaming on [[PH:{w(ph[:4])} {w(ph[4:7])} {w(ph[7:])}]]
A: okay the one ending [[PH:{w(ph[-4:])}]] the international pack is ((price:ten dollars a day)) with ((quantity:two gig)) a day
C: yep add it to account [[ACC:{w(a)}]]
A: done you're all set [[NAME:marnie]]
"""


def c075():
    d = dob(); pc = capc("H2X"); hn = R.randint(100, 5000)
    return "transcript", f"""
A: Saint-Laurent Télécom, this is [[NAME:Mathieu Gagnon]]. How can I help?
C: Hi, I'm [[NAME:Élise Fortier]]. I'd like to change the name on my line after my divorce.
A: Of course. What's the previous name on the account?
C: [[NAME:Élise Rousseau]].
A: And date of birth?
C: [[DOB:{dob_t(d)}]].
A: And the address?
C: [[ADDR:{hn} Rue Saint-Denis, Montréal]], [[PC:{pc}]].
A: Updated. The change shows on your bill from ((year:2025)) onward.
"""


def c076():
    ph = ph_uk_mob()
    return "asr", f"""
A: you're through to [[NAME:bartek lewandowski]] in technical support
C: hi my tv box keeps showing error ((other:e two zero seven))
A: okay that's a signal problem try unplugging it for ((duration:thirty seconds))
C: done it's rebooting
A: if the light goes green you're sorted
C: yeah it's green now thanks [[NAME:bartek]]
A: no problem [[NAME:hennessy]] was it
C: yep [[NAME:conor hennessy]]\nA: and a callback number in case it drops again\nC: [[PH:{wd(ph)}]]
"""


def c077():
    a = nd(10); hn = R.randint(1, 50); pc = ukpc("YO1")
    return "transcript", f"""
A: Broadband orders, [[NAME:Philippa Dunmore]] speaking.
C: Hi, [[NAME:Kit Ramsbottom]] here. My order hasn't been installed.
A: Order number, please?
C: [[ACC:{a}]].
A: Thanks. The installation at [[ADDR:{hn} Clarence Street, York]], [[PC:{pc}]] was delayed by a road closure.
C: When will it happen?
A: The new date is the ((date:28th)), between ((time:8 am)) and ((time:6 pm)).
C: Okay.
"""


def c078():
    ph = ph_uk_mob(); a = nd(8)
    return "asr", f"""
A: hello you're speaking to [[NAME:ffion griffiths]] how can i help
C: hiya [[NAME:ffion]] my name's [[NAME:dafydd beynon]] i want to put a spending cap on my son's line
A: okay what's his number
C: [[PH:{w(ph[:5])} {w(ph[5:])}]]
A: and your account number
C: [[ACC:{w(a)}]]
A: what cap would you like
C: ((price:ten pound)) a month over his plan
A: done it's live on [[PH:{w(ph[:5])} {w(ph[5:])}]] from ((time:midnight))
"""


def c079():
    hn = R.randint(10, 400); zc = zipc("971"); a = nd(9)
    return "transcript", f"""
A: Cascade Fiber, [[NAME:Luz Esperanza Ortega]] speaking.
C: Hi, I'm [[NAME:Franklin Oduya]]. I want to downgrade my internet.
A: From ((quantity:1 Gig)) to what, [[NAME:Franklin]]?
C: The ((quantity:300 Mbps)) plan. I work from home only ((count:two)) days a week now.
A: That saves you ((price:$25 a month)). Account [[ACC:{a}]] at [[ADDR:{hn} Hawthorne Boulevard]], Portland, [[PC:{zc}]]?
C: That's right.
A: Done; it takes effect on the ((date:1st)).
"""


def c080():
    ph = ph_ie()
    return "asr", f"""
A: hi you're on to [[NAME:sorcha hanratty]] how can i help
C: hiya i just want to know does my plan work in the states i'm going in ((year:twenty twenty six)) for the world cup
A: it does the usa is in your travel zone at ((price:ten euro)) a day
C: and calls to home
A: included in that
C: grand and can you text the details to [[PH:{w(ph)}]]\nA: i will yeah\nC: thanks [[NAME:sorcha]]
"""


def c081():
    a = nd(8); em = "wilhelmina.achterberg@planet.nl"; hn = R.randint(2, 200)
    return "transcript", f"""
A: International support, [[NAME:Noor Al-Rashid]] speaking.
C: Hello, [[NAME:Wilhelmina Achterberg]]. I'm Dutch, living in London, and my SIM won't call home.
A: International calling is barred by default. Account number?
C: [[ACC:{a}]].
A: I've lifted the bar. Calls to the Netherlands are ((price:£0.60 a minute)).
C: Can you send the rates to [[EM:{em}]]? And a letter to [[ADDR:{hn} Camden Road]] for my records?
A: Both done.
"""


def c082():
    n = card("v"); e = expiry(); v = cvv(); d = dob()
    return "asr", f"""
A: thanks for holding [[NAME:viktor hallberg]] here where were we
C: you were about to take the card for the new sim only deal
A: yes sorry go ahead
C: [[CARD#a:{w(n[:8])} {w(n[8:])}]]
A: expiry date and cvv please
C: [[EXP:{w(e[0])} {pr(e[1])}]] and [[CVV:{w(v)}]]
A: and for the credit check your date of birth
C: [[DOB:{dob_asr(d)}]]
A: all approved welcome aboard
"""


# ---------------------------------------------------------------- markup and checks
TYPES = {"CARD": "CARD_NUMBER", "CVV": "CVV", "EXP": "EXPIRY", "SSN": "SSN", "PH": "PHONE",
         "EM": "EMAIL", "DOB": "DOB", "ADDR": "ADDRESS", "PC": "POSTCODE",
         "ACC": "ACCOUNT_NUMBER", "NAME": "NAME"}
KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
         "percentage", "model_number", "count", "other"]
MARK = re.compile(r"\[\[([A-Z]+)(?:#(\w+))?(~)?:(.+?)\]\]|\(\(([a-z_]+):(.+?)\)\)")
SPK = {"A": "agent", "C": "customer", "I": "ivr"}

UNITS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
         "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
TEENS = {t: str(10 + i) for i, t in enumerate(TEENW)}
TENS = {v: k for k, v in TENW.items()}
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand", "double", "triple"}


def to_digits(text):
    toks = re.findall(r"[a-z]+|\d", text.lower())
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out += t
        elif t in ("double", "triple") and i + 1 < len(toks):
            nx = toks[i + 1]
            d = nx if nx.isdigit() else UNITS.get(nx)
            if d:
                out += d * (2 if t == "double" else 3)
                i += 1
        elif t in UNITS:
            out += UNITS[t]
        elif t in TEENS:
            out += TEENS[t]
        elif t in TENS:
            if i + 1 < len(toks) and toks[i + 1] in UNITS and UNITS[toks[i + 1]] != "0":
                out += TENS[t] + UNITS[toks[i + 1]]
                i += 1
            else:
                out += TENS[t] + "0"
        elif t == "hundred":
            out += "00"
        elif t == "thousand":
            out += "000"
        i += 1
    return out


def norm_code(text):
    """postcodes and NI/PPS numbers: letters and digits, spoken or typed"""
    out = ""
    toks = re.findall(r"[A-Za-z0-9]+", text)
    i = 0
    while i < len(toks):
        t = toks[i]
        tl = t.lower()
        if tl in ("double", "triple") and i + 1 < len(toks):
            nx = toks[i + 1].lower()
            rep = 2 if tl == "double" else 3
            out += (UNITS[nx] if nx in UNITS else nx.upper()) * rep
            i += 2
            continue
        if tl in NUMWORDS:
            out += to_digits(tl)
        elif len(t) == 1:
            out += t.upper()
        else:
            out += t.upper()
        i += 1
    return out


UKPC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2}$")
EIRC = re.compile(r"^([AC-FHKNPRTV-Y][0-9]{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}$")
CAPC = re.compile(r"^[ABCEGHJ-NPRSTVXY][0-9][A-Z][0-9][A-Z][0-9]$")
STREET = {"street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "dr", "crescent",
          "close", "way", "place", "court", "terrace", "parade", "boulevard", "blvd", "grove",
          "gardens", "row", "square", "park", "hill", "walk", "rise", "mews", "view", "green",
          "highway", "hwy", "circle", "trail", "quay", "wynd", "brae", "heights", "parkway",
          "esplanade", "rue", "pde", "tce", "cres", "cl", "ln", "pl", "ct", "lodge", "mall", "strand"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "sir", "madam", "prof"}
EDGE_BAD = set(" \t.,;:!?-'\"()[]/")
MONTHW = {m.lower() for m in MONTHS} | {m.lower()[:3] for m in MONTHS}


def parse_case(cid, style, body):
    utts, pii, keep = [], [], []
    groups = {}
    gcount = [0]

    def gname(label):
        if label is None:
            gcount[0] += 1
            return "g%d" % gcount[0]
        if label not in groups:
            gcount[0] += 1
            groups[label] = "g%d" % gcount[0]
        return groups[label]

    for line in body.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        spk, raw = line.split(": ", 1)
        ui = len(utts)
        clean = ""
        pos = 0
        for m in MARK.finditer(raw):
            clean += raw[pos:m.start()]
            if m.group(1):
                typ = TYPES[m.group(1)]
                txt = m.group(4)
                pii.append({"utterance": ui, "start": len(clean), "end": len(clean) + len(txt),
                            "type": typ, "group": gname(m.group(2)), "_x": bool(m.group(3))})
            else:
                kind = m.group(5)
                txt = m.group(6)
                keep.append({"utterance": ui, "start": len(clean), "end": len(clean) + len(txt),
                             "kind": kind})
            clean += txt
            pos = m.end()
        clean += raw[pos:]
        if "[[" in clean or "((" in clean or "]]" in clean or "))" in clean:
            raise SystemExit("%s: stray markup in %r" % (cid, raw))
        utts.append({"speaker": SPK[spk], "text": clean})
    return {"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep}


def tokens_outside(text, spans):
    masked = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            masked[i] = "\x00"
    return "".join(masked)


def norm_email(t):
    t = t.lower()
    if "@" not in t:
        t = re.sub(r"\s+at\s+", "@", t)
        t = re.sub(r"\s+dot\s+", ".", t)
    return re.sub(r"\s+", "", t)


def street_core(t):
    toks = re.findall(r"[a-z]+", t.lower())
    toks = [x for x in toks if x not in NUMWORDS and x not in
            ("flat", "unit", "apartment", "apt", "suite", "a", "b", "c", "d", "and")]
    core = []
    for x in toks:
        core.append(x)
        if x in STREET:
            break
    return " ".join(core)


def phone_ok(d):
    n = len(d)
    if n == 4:
        return True
    if n == 10 and d[0] in "23456789" and d[3] in "23456789":
        return True  # US / Canada
    if n == 11 and d[0] == "1":
        return True
    if n == 11 and d[0] == "0" and d[1] in "1237":
        return True  # UK
    if n == 12 and d.startswith("44"):
        return True
    if n == 10 and d.startswith("08"):
        return True  # Irish mobile
    if n == 10 and d[0] == "0" and d[1] in "2378" and (d.startswith("04915700") or
                                                       d.startswith("04915701") or d[2:6] == "5550"):
        return True  # Australian fiction ranges
    if n == 10 and d.startswith("04915"):
        return True
    return False


def ssn_ok(t):
    d = to_digits(t)
    if len(d) == 4 and re.fullmatch(r"[\d\s\-a-z]+", t.lower()):
        return True
    if len(d) == 9 and "001" <= d[:3] <= "665" and d[3:5] != "00" and d[5:] != "0000":
        return True
    if len(d) == 9 and luhn_ok(d):
        return True  # Canadian SIN
    c = norm_code(t)
    if re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", c):
        return True  # UK NI
    if re.fullmatch(r"\d{7}[A-W][A-W]?", c):
        return True  # Irish PPS
    return False


def expiry_ok(t):
    tl = t.lower()
    if any(re.search(r"\b%s\b" % m, tl) for m in MONTHW):
        return True
    d = to_digits(t)
    if len(d) == 3:
        mm = int(d[0])
    elif len(d) in (4, 6):
        mm = int(d[:2])
    else:
        return False
    return 1 <= mm <= 12


def check_case(c, errs):
    cid = c["case_id"]
    U = c["utterances"]
    spans_by_u = {}
    for s in c["pii"] + c["keep"]:
        spans_by_u.setdefault(s["utterance"], []).append(s)
        t = U[s["utterance"]]["text"]
        v = t[s["start"]:s["end"]]
        lab = s.get("type") or s.get("kind")
        if not v or s["end"] > len(t):
            errs.append("%s: empty/outside span %s" % (cid, lab))
            continue
        if v[0] in EDGE_BAD or (v[-1] in EDGE_BAD and not re.search(r"[ap]\.m\.$", v)):
            errs.append("%s: edge space/punct in %s %r" % (cid, lab, v))
        if (s["start"] > 0 and t[s["start"] - 1].isalnum()) or (s["end"] < len(t) and t[s["end"]].isalnum()):
            errs.append("%s: span inside a word %s %r in %r" % (cid, lab, v, t))
        if "kind" in s and s["kind"] not in KINDS + ["imei", "iccid"]:
            errs.append("%s: bad kind %s" % (cid, s["kind"]))
    for ui, ss in spans_by_u.items():
        ss = sorted(ss, key=lambda x: x["start"])
        for a, b in zip(ss, ss[1:]):
            if b["start"] < a["end"]:
                errs.append("%s: overlap in utterance %d" % (cid, ui))
    for ui in spans_by_u:
        ps = sorted([s for s in c["pii"] if s["utterance"] == ui], key=lambda x: x["start"])
        for a, b in zip(ps, ps[1:]):
            if a["type"] == b["type"] and not U[ui]["text"][a["end"]:b["start"]].strip():
                errs.append("%s: adjacent %s spans with only a space between in %r" % (cid, a["type"], U[ui]["text"]))
    # style
    for u in U:
        t = u["text"]
        if c["style"] == "asr":
            if re.search(r"[A-Z.,?!;:@]", t):
                errs.append("%s: asr text has capitals/punctuation %r" % (cid, t))
    # groups
    grp = {}
    for s in c["pii"]:
        grp.setdefault(s["group"], []).append(s)
    for g, ss in grp.items():
        typs = {s["type"] for s in ss}
        if len(typs) != 1:
            errs.append("%s: mixed group %s" % (cid, g))
        typ = ss[0]["type"]
        vals = [U[s["utterance"]]["text"][s["start"]:s["end"]] for s in ss]
        main = [U[s["utterance"]]["text"][s["start"]:s["end"]] for s in ss if not s["_x"]]
        joined = " ".join(main)
        d = to_digits(joined)
        if typ == "CARD_NUMBER":
            if len(d) in (15, 16):
                if not luhn_ok(d) or (len(d) == 15 and d[:2] not in ("34", "37")):
                    errs.append("%s: card %s fails Luhn/brand %s" % (cid, g, d))
            elif not 4 <= len(d) <= 6:
                errs.append("%s: card %s bad length %s" % (cid, g, d))
        elif typ == "CVV":
            if len(d) not in (3, 4):
                errs.append("%s: cvv %r" % (cid, joined))
        elif typ == "SSN":
            if not ssn_ok(joined):
                errs.append("%s: ssn %r" % (cid, joined))
        elif typ == "PHONE":
            if not phone_ok(d):
                errs.append("%s: phone %r %s" % (cid, joined, d))
            for s, v in zip(ss, vals):
                if s["_x"] and not 1 <= len(to_digits(v)) <= 6:
                    errs.append("%s: extension %r" % (cid, v))
        elif typ == "EXPIRY":
            if not expiry_ok(joined):
                errs.append("%s: expiry %r" % (cid, joined))
        elif typ == "POSTCODE":
            pc = norm_code(joined)
            if not (re.fullmatch(r"\d{5}(\d{4})?", pc) or UKPC.match(pc) or EIRC.match(pc)
                    or CAPC.match(pc) or re.fullmatch(r"\d{4}", pc)):
                errs.append("%s: postcode %r -> %s" % (cid, joined, pc))
        elif typ == "EMAIL":
            for v in vals:
                if "@" in v:
                    if c["style"] == "asr" or not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v):
                        errs.append("%s: email %r" % (cid, v))
                elif not (" at " in v and " dot " in v):
                    errs.append("%s: spoken email %r" % (cid, v))
        elif typ == "ADDRESS":
            first = vals[0].lower()
            if not re.match(r"^((flat|unit|apartment|apt|suite)\s+[\w/]+,?\s+)?(\d|(%s)\b)" %
                            "|".join(sorted(NUMWORDS)), first):
                errs.append("%s: address start %r" % (cid, vals[0]))
            words = set(re.findall(r"[a-z]+", " ".join(vals).lower()))
            if not words & STREET:
                errs.append("%s: address street word %r" % (cid, vals))
        elif typ == "NAME":
            for v in vals:
                if re.search(r"\d", v) or v.split()[0].lower().strip(".") in TITLES:
                    errs.append("%s: name %r" % (cid, v))
        elif typ in ("ACCOUNT_NUMBER", "DOB"):
            if not d and not any(m in joined.lower() for m in MONTHW):
                errs.append("%s: %s without a number %r" % (cid, typ, joined))
    # look-alikes
    for k in c["keep"]:
        t = U[k["utterance"]]["text"]
        v = t[k["start"]:k["end"]]
        d = to_digits(v)
        if k["kind"] in ("imei", "iccid"):
            if not (luhn_ok(d) and ((k["kind"] == "imei" and len(d) == 15) or
                                    (k["kind"] == "iccid" and len(d) in (19, 20) and d[:2] == "89"))):
                errs.append("%s: %s shape %r" % (cid, k["kind"], v))
        elif 13 <= len(d) <= 19 and luhn_ok(d):
            errs.append("%s: look-alike passes Luhn %r" % (cid, v))
        for s in c["pii"]:
            if s["utterance"] != k["utterance"]:
                continue
            pd = to_digits(t[s["start"]:s["end"]])
            if len(pd) >= 4 and pd in d or (pd and pd == d):
                errs.append("%s: look-alike %r holds pii digits" % (cid, v))
    # digits outside spans, runs of digit words, name words
    namewords = set()
    for s in c["pii"]:
        if s["type"] == "NAME":
            for x in re.findall(r"[a-z']+", U[s["utterance"]]["text"][s["start"]:s["end"]].lower()):
                if len(x) > 1:
                    namewords.add(x)
    for ui, u in enumerate(U):
        out = tokens_outside(u["text"], spans_by_u.get(ui, []))
        if re.search(r"\d", out):
            errs.append("%s: digit outside spans %r" % (cid, u["text"]))
        run = 0
        for tok in re.findall(r"[a-z]+|\x00+|[^\sa-z\x00]+", out.lower()):
            if tok in NUMWORDS:
                run += 1
                if run >= 4:
                    errs.append("%s: run of digit words outside spans %r" % (cid, u["text"]))
                    break
            else:
                run = 0
        for x in re.findall(r"[a-z']+", out.lower()):
            if x in namewords:
                errs.append("%s: name word %r unlabelled in %r" % (cid, x, u["text"]))


def finish(c):
    c["pii"].sort(key=lambda s: (s["utterance"], s["start"]))
    c["keep"].sort(key=lambda s: (s["utterance"], s["start"]))
    pii = [{"utterance": s["utterance"], "start": s["start"], "end": s["end"],
            "type": s["type"], "group": s["group"]} for s in c["pii"]]
    keep = [{"utterance": s["utterance"], "start": s["start"], "end": s["end"],
             "kind": "other" if s["kind"] in ("imei", "iccid") else s["kind"]} for s in c["keep"]]
    return {"case_id": c["case_id"], "style": c["style"], "utterances": c["utterances"],
            "pii": pii, "keep": keep}


MINIMA = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35, "EMAIL": 25,
          "DOB": 20, "ADDRESS": 35, "POSTCODE": 35, "ACCOUNT_NUMBER": 45, "NAME": 200}


def main():
    check_only = "--check" in sys.argv[1:]
    fns = sorted((n, f) for n, f in globals().items() if re.fullmatch(r"c\d{3}", n))
    cases = []
    errs = []
    for i, (n, f) in enumerate(fns):
        style, body = f()
        cases.append(parse_case("t50-%03d" % (i + 1), style, body))
    for c in cases:
        check_case(c, errs)
    # cross-case checks
    seen_email, seen_street, seen_utt = {}, {}, {}
    for c in cases:
        U = c["utterances"]
        emails, streets, utts = set(), set(), set()
        grp = {}
        for s in c["pii"]:
            grp.setdefault((s["type"], s["group"]), []).append(U[s["utterance"]]["text"][s["start"]:s["end"]])
        for (typ, g), vals in grp.items():
            if typ == "EMAIL":
                emails.add(norm_email(" ".join(vals)))
            if typ == "ADDRESS":
                streets.add(street_core(" ".join(vals)))
        for ui, u in enumerate(U):
            sp = sorted([s for s in c["pii"] + c["keep"] if s["utterance"] == ui], key=lambda s: -s["start"])
            t = u["text"]
            for s in sp:
                t = t[:s["start"]] + " SPAN " + t[s["end"]:]
            t = re.sub(r"[^a-z0-9 ]", " ", t.lower()).split()
            if len(t) >= 9:
                utts.add(" ".join(t))
        for st, seen, what in ((emails, seen_email, "e-mail"), (streets, seen_street, "street"),
                               (utts, seen_utt, "utterance")):
            for x in st:
                if x in seen:
                    errs.append("%s and %s share a %s %r" % (seen[x], c["case_id"], what, x))
                else:
                    seen[x] = c["case_id"]
    out = [finish(c) for c in cases]
    # counts
    cnt = {t: 0 for t in MINIMA}
    kc = {k: 0 for k in KINDS}
    nutt = nopii = 0
    style_u = {"asr": 0, "transcript": 0}
    ivr = 0
    for c in out:
        nutt += len(c["utterances"])
        style_u[c["style"]] += len(c["utterances"])
        withp = {s["utterance"] for s in c["pii"]}
        nopii += len(c["utterances"]) - len(withp)
        for s in c["pii"]:
            cnt[s["type"]] += 1
        for k in c["keep"]:
            kc[k["kind"]] += 1
        if any(u["speaker"] == "ivr" for u in c["utterances"]):
            ivr += 1
    for t, m in MINIMA.items():
        if cnt[t] < m:
            errs.append("count: %s %d < %d" % (t, cnt[t], m))
    nkeep = sum(kc.values())
    if len(out) < 80:
        errs.append("count: cases %d < 80" % len(out))
    if nutt < 1000:
        errs.append("count: utterances %d < 1000" % nutt)
    if nopii < 400:
        errs.append("count: utterances without pii %d < 400" % nopii)
    if nkeep < 280:
        errs.append("count: keep spans %d < 280" % nkeep)
    for k in KINDS:
        if kc[k] == 0:
            errs.append("count: no keep span of kind %s" % k)
    if ivr < 6:
        errs.append("count: IVR cases %d < 6" % ivr)
    print("pii spans:", ", ".join("%s %d" % kv for kv in cnt.items()), "(total %d)" % sum(cnt.values()))
    print("cases %d, utterances %d, utterances without pii %d, IVR cases %d" % (len(out), nutt, nopii, ivr))
    print("keep spans %d:" % nkeep, ", ".join("%s %d" % kv for kv in kc.items()))
    print("style share (utterances): asr %d (%.1f%%), transcript %d (%.1f%%); cases asr %d, transcript %d" % (
        style_u["asr"], 100.0 * style_u["asr"] / max(nutt, 1), style_u["transcript"],
        100.0 * style_u["transcript"] / max(nutt, 1),
        sum(c["style"] == "asr" for c in out), sum(c["style"] == "transcript" for c in out)))
    if errs:
        for e in errs:
            print("FAIL", e)
        sys.exit(1)
    if check_only:
        print("checked: all checks pass (nothing written)")
        return
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev54.jsonl")
    data = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote", path)


if __name__ == "__main__":
    main()
