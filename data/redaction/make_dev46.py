#!/usr/bin/env python3
"""Write data/redaction/dev46.jsonl, a redaction development set (case ids t42-001 ...).

Written as the held-out set test42.jsonl, measured once with the forty-fourth round's code, then
renamed dev46 and tuned on in the forty-fifth round.

Run (standard library only; same bytes on every run and under any PYTHONHASHSEED):

    python3 data/redaction/make_dev46.py            # validate, print counts, write dev46.jsonl
    python3 data/redaction/make_dev46.py --check    # validate and print counts, write nothing

If any check or minimum count fails, the script prints the failures to stderr, writes nothing
and exits with status 1.

WHAT THIS SET LEANS ON
  * Several values of the same type in one call, each to be told apart from the others and
    from the look-alikes around it: a declined card and the card that replaces it, a deposit
    on one card and the balance on another, billing and delivery addresses with two postcodes,
    home, work and mobile phones, an old and a new e-mail, the dates of birth of parents,
    partners and children, linked accounts (rent ledger and utility, two condos, old and new
    bank details), and the record the agent reads from the screen (old value) next to the
    caller's correction (new value).
  * Retail and consumer services: online marketplaces and their sellers, furniture and
    appliance delivery, electronics, phone, console, camera and drone repair, subscription
    boxes, car dealerships, finance and servicing, mobile family plans, travel agents,
    property management and letting agents, school admissions and after-school clubs, dry
    cleaners and tailors, garden centres and bike shops.
  * About half the utterances in `asr` style and half in `transcript` style (one style per
    case; the script prints the shares).
  * Card payments above all: cards in one to five pieces over turns, restarts, corrected
    blocks, a block repeated on request, read-backs by agents and IVRs (whole, one block, the
    last four), codes and expiries asked and said in varied ways, cards given and withdrawn;
    identity checks (dates of birth, postcodes, first line of address, SSN or its last four,
    NI, PPS, SIN and TFN); phones with extensions; order, account and membership numbers of
    many shapes; names from many languages and names that are also words (Frank, Summer,
    Hope, Penny, Bill, Rich, Chase, Ivy, Dawn, Honor, Patience, Wren, ...), said in passing.
  * Look-alikes right beside real values (prices, tracking numbers and IMEIs that fail Luhn,
    delivery dates and time slots, model and serial numbers, sizes, measurements, mileages,
    percentages, years, counts, durations, keypad options, gate and buzzer codes, ages) and
    plenty of ordinary utterances with no personal data.
  * Callers and addresses from the UK, Ireland, the US, Canada and Australia (postcodes,
    Eircodes, ZIPs, Canadian and Australian postcodes).

HOW IT IS BUILT
  Every case is its own hand-written function below (its own people, reason for calling,
  wording and order of events), registered in order with @case(style).  Utterances carry
  inline markup:  [[TYPE:text]] or [[TYPE#label:text]] for pii (pieces sharing a label share
  a group; groups are renumbered g1, g2, ... in order of first appearance), with optional
  flags after the label: /x a piece that is not part of the final value (digits before a
  restart, a corrected block, a repeated block, a withdrawn or rejected card), left out of the
  value checks; /e a phone extension, a piece of its phone's group left out of the phone's
  digit count; /p a partial card (one block or the last four) in a group of its own.
  ((kind:text)) marks a keep span.  The markup is stripped in code and every offset is
  computed from the clean text (Python string indices; the file is UTF-8 with non-ASCII kept).
  Every generated number (cards with Luhn check digits, codes, expiries 2027-2032, SSNs,
  NI/PPS/SIN/TFN, phones, postcodes, account numbers, dates of birth, house numbers, amounts,
  serials, tracking numbers, ...) is drawn from one random.Random(42) while the cases are
  called in order.  Small everyday numbers that are part of the wording (durations, counts,
  time slots, ages, sizes) and the look-alike wording are written by hand.

  Checks (all must hold): spans inside their text, non-empty, no leading/trailing space or
  punctuation (a keep may start with a currency sign or end with % or a.m./p.m.), not starting
  or ending inside a word, no overlaps; pieces of one group with only spaces or punctuation
  between them must be one span; card groups 15 (Amex) or 16 digits passing Luhn once /x
  pieces are left out; partial cards 3-6 digits; CVV 3-4 digits; expiry with a valid month;
  SSN in US shape (area 001-665, group and serial non-zero), last four, UK NI, Irish PPS, Luhn-
  valid SIN or TFN with a valid checksum; phones 10-12 digits in US/Canadian, UK, Irish or
  Australian shape; ZIP, UK postcode, Eircode, Canadian or Australian postcode shapes; typed
  e-mails as addresses, spoken ones "... at ... dot ..." (never an @ in asr); ADDRESS starting
  with a number (or flat/apartment/unit/suite and a number) and holding a street word; NAME
  without digits or titles; look-alikes of 13-19 digits failing Luhn and never holding the
  digits of a pii span of the same utterance; no digit outside a span and no run of four or
  more number words outside a span; a name word labelled in a case never left outside a pii
  span elsewhere in that case; no e-mail or street in two cases; no utterance of nine words or
  more (span contents masked) in two cases; asr text lower case without punctuation;
  transcript text starting with a capital (or a span); and the minimum counts of the brief.

CHOICES WHERE THE CONVENTIONS ARE SILENT (applied the same way throughout)
  Cards: digits said before a restart, a corrected block and a block repeated on request stay
  in the card's group (flag /x).  A card said again in full, every read-back (whole, one block,
  the last four; agent or IVR), a last four read from the screen or "on file", and the wrong
  block an agent repeats while correcting ("not X") are groups of their own.  A card given
  and withdrawn, and a whole card an IVR rejected, are groups of their own.  Pieces of one
  value separated only by spaces or commas are one span ("5367, 6618, 2512, 8684").
  Codes and expiries: labelled only where asked (by agent or IVR) or named by the caller;
  "expires", "valid to", "good through", "end of", "exp", "CVV", "security code" stay
  outside; "slash" stays inside an expiry and dashes between a code's digits inside the code.
  A wrong expiry read from an old card and then corrected is labelled too, each a group.
  Phones: an extension is a span of its own in the phone's group; the word "extension"
  outside.  Old and new values: where the agent reads a record and the caller corrects it,
  both are labelled, each a group of its own (also a misspelt name on a booking).
  ACCOUNT_NUMBER: order, job, repair, work-order, RMA and dry-cleaning ticket numbers, claim
  and police report numbers, booking and application references, member, seller, tenant,
  landlord and family ids, bond numbers, loyalty numbers, passports, driving licences, reg
  and rego plates, VINs (also their last six), Medicare and Ontario health card numbers, a
  pupil's UPN, an ABN's last three, PAC codes and port-out PINs, sort codes, BSBs, routing
  numbers and bank accounts (also their last four), a cycle-to-work certificate and a
  finance agreement number.
  `other`: courier tracking numbers, payment confirmations, serial and frame numbers, IMEIs,
  dealer stock numbers, buzzer and gate codes, keypad options ("press 1"), ages and age
  groups, school years and terms, clothing sizes, a unit number said on its own, Medicare card
  position numbers, a tax form name ("ten ninety nine").  `quantity`: measurements, mileage,
  data allowances, weights.  `count`: the number only, including the digits counted in
  "the last four", "three digits on the back", "12-digit account number".  A rate said right
  after an amount ("a month", "a week", "each", "per person", "a session") is inside the price.
  Dates: day and month only; weekdays, "tomorrow", "Saturday week" and "the" left out.
  Every number expression that is not pii is a keep span, except "one" as a pronoun ("the other
  one"), fixed phrases ("nice one") and ordinals naming turns ("the first one").
  SSN: UK NI, Irish PPS, Canadian SIN and Australian TFN numbers are SSNs.
  POSTCODE: ZIPs, UK postcodes, Eircodes, Canadian and Australian postcodes.
  ADDRESS: flat, apartment, unit or suite inside the span (before or after the street, and the
  Australian "10/94 Crown Street" form); the town said right after the street in the same
  breath inside (also "Dublin 2"); a town after "in", states and provinces ("Texas", "WA")
  outside; the ZIP or postcode its own span.
  NAME: a first name and surname said together are one span; a name spelled out (letters or
  hyphenated) is a NAME group of its own; titles outside; businesses and pets unlabelled; a
  name inside an e-mail is left to the EMAIL span.
  Phones are fictional where a range exists: UK numbers from Ofcom's drama ranges, US and
  Canadian 555-01xx, Australian 0491 570 006-159 and 0x 5550 xxxx (ACMA).  Ireland has no
  such range: Irish mobiles are 083/086/087/089 plus seven drawn digits and one Cork landline
  021 plus seven; the checks accept ten-digit Irish and Australian shapes.
  Children's dates of birth are drawn from 2006-2020; adults' from within 1941-2005.
"""

import json
import os
import random
import re
import sys

R = random.Random(42)

# --------------------------------------------------------------------------
# generators (every number in the set comes from R, drawn in case order)
# --------------------------------------------------------------------------


def dg(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


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


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card(kind="visa"):
    if kind == "visa":
        p = "4" + dg(14)
    elif kind == "mc":
        p = "5" + str(R.randint(1, 5)) + dg(13)
    elif kind == "mc2":
        p = str(R.randint(2221, 2720)) + dg(11)
    elif kind == "amex":
        p = R.choice(["34", "37"]) + dg(12)
    elif kind == "disc":
        p = "6011" + dg(11)
    else:
        raise ValueError(kind)
    return luhn_complete(p)


def fail_luhn(n, first=""):
    if not first:
        first = str(R.randint(1, 9))
    s = first + dg(n - len(first))
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def ups():
    """a courier tracking number (letters and digits) whose digits fail Luhn"""
    s = "1Z" + acct("999A99") + dg(10)
    if luhn_ok(re.sub(r"\D", "", s)):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def cvv(n=3):
    return dg(n)


def expiry(lo=2027, hi=2032):
    return "%02d" % R.randint(1, 12), str(R.randint(lo, hi))


def ssn():
    a = R.randint(1, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + dg(6) + R.choice("ABCD")


def pps():
    d = dg(7)
    tot = sum(int(c) * w for c, w in zip(d, range(8, 1, -1)))
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23]


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def tfn_ok(s):
    return len(s) == 9 and sum(int(c) * k for c, k in zip(s, TFN_W)) % 11 == 0


def tfn_au():
    while True:
        s = dg(9)
        if tfn_ok(s):
            return s


def sin_ca():
    return luhn_complete(str(R.randint(1, 7)) + dg(7))


US_AREA = {"chicago": "312", "denver": "720", "austin": "512", "seattle": "206",
           "boston": "617", "atlanta": "404", "phoenix": "602", "ohio": "614",
           "portland": "503", "miami": "305", "nyc": "212", "minneapolis": "612",
           "toronto": "416", "vancouver": "604", "calgary": "403", "ottawa": "613",
           "halifax": "902", "montreal": "514", "sandiego": "619", "raleigh": "919",
           "nashville": "615", "detroit": "313", "stlouis": "314", "tampa": "813",
           "sacramento": "916", "pittsburgh": "412", "winnipeg": "204", "dallas": "214"}


def ph_us(city):
    return US_AREA[city] + "5550" + "1" + dg(2)


UK_LAND = {"london": ("020", "79460"), "manchester": ("0161", "4960"),
           "leeds": ("0113", "4960"), "bristol": ("0117", "4960"),
           "birmingham": ("0121", "4960"), "glasgow": ("0141", "4960"),
           "edinburgh": ("0131", "4960"), "liverpool": ("0151", "4960"),
           "sheffield": ("0114", "4960"), "nottingham": ("0115", "4960")}


def ph_uk_land(city):
    a, b = UK_LAND[city]
    return a + b + dg(11 - len(a) - len(b))


def ph_uk_mob():
    return "07700900" + dg(3)


def ph_au(kind="mob"):
    if kind == "mob":
        return "0491570" + "%03d" % R.randint(6, 159)
    return "0" + kind + "5550" + dg(4)


def ph_ie():
    return "08" + R.choice("3679") + dg(7)


ZIP_PREFIX = {"chicago": ["606"], "denver": ["802"], "austin": ["787"], "seattle": ["981"],
              "boston": ["021"], "atlanta": ["303"], "phoenix": ["850"], "columbus": ["432"],
              "portland": ["972"], "miami": ["331"], "nyc": ["100"], "minneapolis": ["554"],
              "sandiego": ["921"], "raleigh": ["276"], "nashville": ["372"], "detroit": ["482"],
              "stlouis": ["631"], "tampa": ["336"], "sacramento": ["958"], "pittsburgh": ["152"],
              "dallas": ["752"], "brooklyn": ["112"]}


def zipc(city):
    return R.choice(ZIP_PREFIX[city]) + dg(2)


PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def ukpc(outward):
    return outward + " " + str(R.randrange(10)) + R.choice(PC_LETTERS) + R.choice(PC_LETTERS)


EIR_CH = "ACDEFHKNPRTVWXY"


def eircode(rk):
    return rk + " " + R.choice(EIR_CH) + dg(1) + R.choice(EIR_CH + "0123456789") + dg(1)


CA_L = "ABCEGHJKLMNPRSTVWXYZ"


def capc(fsa):
    return fsa + " " + dg(1) + R.choice(CA_L) + dg(1)


def aupc(lo, hi):
    return str(R.randint(lo, hi))


def dob(lo=1941, hi=2005):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def kid_dob(lo=2006, hi=2019):
    return dob(lo, hi)


def acct(pattern):
    """'9' -> digit, 'A' -> capital letter (no I, O), anything else literal."""
    out = []
    for ch in pattern:
        if ch == "9":
            out.append(str(R.randrange(10)))
        elif ch == "A":
            out.append(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def num(lo, hi):
    return R.randint(lo, hi)


def money(lo, hi, cents=True):
    v = R.randint(lo, hi)
    c = R.choice([0, 49, 95, 99, 50, 0, 25]) if cents else 0
    return v, c


def house(lo=1, hi=240):
    return str(R.randint(lo, hi))


# --------------------------------------------------------------------------
# rendering helpers
# --------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def w(s, z="oh"):
    """digits said one by one"""
    out = []
    for c in s:
        if not c.isdigit():
            continue
        out.append(z if c == "0" else UNITS[int(c)])
    return " ".join(out)


def wd(s, z="oh"):
    """digits one by one with 'double' for pairs"""
    s = re.sub(r"\D", "", s)
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        word = z if c == "0" else UNITS[int(c)]
        if i + 1 < len(s) and s[i + 1] == c and not (i + 2 < len(s) and s[i + 2] == c):
            out.append("double " + word)
            i += 2
        else:
            out.append(word)
            i += 1
    return " ".join(out)


def n2w(n, and_=True):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENSW[t] + ("" if u == 0 else " " + UNITS[u])
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return UNITS[h] + " hundred"
        return UNITS[h] + " hundred " + ("and " if and_ else "") + n2w(r)
    th, r = divmod(n, 1000)
    if r == 0:
        return n2w(th) + " thousand"
    if r < 100:
        return n2w(th) + " thousand " + ("and " if and_ else "") + n2w(r)
    return n2w(th) + " thousand " + n2w(r, and_)


def pair(s2, z="oh"):
    if s2[0] == "0":
        return z + " " + (z if s2[1] == "0" else UNITS[int(s2[1])])
    return n2w(int(s2))


def wp(s, z="oh"):
    """digits said in pairs ('forty five oh two')"""
    s = re.sub(r"\D", "", s)
    out = []
    i = 0
    while i + 1 < len(s):
        out.append(pair(s[i:i + 2], z))
        i += 2
    if i < len(s):
        out.append(z if s[i] == "0" else UNITS[int(s[i])])
    return " ".join(out)


def yr(y, and_=True):
    y = int(y)
    if 2000 <= y <= 2009:
        return "two thousand " + ("and " if and_ else "") + UNITS[y - 2000]
    return n2w(y // 100) + " " + pair("%02d" % (y % 100))


def grp(s, sizes):
    s = s.replace(" ", "")
    out = []
    i = 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return out


def c4(c):
    """a card in its printed groups"""
    if len(c) == 15:
        return " ".join(grp(c, [4, 6, 5]))
    return " ".join(grp(c, [4, 4, 4, 4]))


def cb(c):
    """a card's blocks"""
    if len(c) == 15:
        return grp(c, [4, 6, 5])
    return grp(c, [4, 4, 4, 4])


def mon(m):
    return MONTHS[int(m) - 1]


def ordw(d):
    return ORD[int(d)]


def ordt(d):
    d = int(d)
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def ssn_t(s):
    return s[:3] + "-" + s[3:5] + "-" + s[5:]


def ni_t(s):
    return s[:2] + " " + s[2:4] + " " + s[4:6] + " " + s[6:8] + " " + s[8]


def letters(s, z="oh"):
    """spell letters and digits: 'sw1a' -> 's w one a'"""
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(z if ch == "0" else UNITS[int(ch)])
        elif ch.isalpha():
            out.append(ch)
    return " ".join(out)


def hn(n):
    """a house or unit number as people say it ('sixteen eighty seven', 'one twenty')"""
    n = int(n)
    if n < 100:
        return n2w(n)
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return UNITS[h] + " hundred"
        return UNITS[h] + " " + (pair("%02d" % r))
    h, r = divmod(n, 100)
    if r == 0:
        return n2w(h) + " hundred"
    return n2w(h) + " " + pair("%02d" % r)


def spell(word):
    return " ".join(word.lower())


def usd(v, c=0):
    return "$%s" % ("{:,}".format(v)) + ("" if c == 0 else ".%02d" % c)


def gbp(v, c=0):
    return "£%s" % ("{:,}".format(v)) + ("" if c == 0 else ".%02d" % c)


def eur(v, c=0):
    return "€%s" % ("{:,}".format(v)) + ("" if c == 0 else ".%02d" % c)


def money_w(v, c=0, unit="dollars", cunit=None):
    s = n2w(v, and_=False) + " " + unit
    if c:
        s += (" " + n2w(c) if cunit is None else " and " + n2w(c) + " " + cunit)
    return s


def ph_t(p):
    """a phone in its usual written shape"""
    if p.startswith("020"):
        return p[:3] + " " + p[3:7] + " " + p[7:]
    if p.startswith("07"):
        return p[:5] + " " + p[5:]
    if p.startswith("01"):
        return p[:4] + " " + p[4:7] + " " + p[7:]
    if p.startswith("04"):
        return p[:4] + " " + p[4:7] + " " + p[7:]
    if p[:3] in ("083", "086", "087", "089"):
        return p[:3] + " " + p[3:6] + " " + p[6:]
    if p.startswith("0") and len(p) == 10 and p[1] in "2378":
        return p[:2] + " " + p[2:6] + " " + p[6:]
    return p[:3] + "-" + p[3:6] + "-" + p[6:]


# --------------------------------------------------------------------------
# case registry: each case is a function written by hand; it draws its
# numbers from R when it is called, and the cases are called in order
# --------------------------------------------------------------------------

CASES = []


def case(style):
    assert style in ("asr", "transcript")

    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


def A(t):
    return ("agent", t)


def C(t):
    return ("customer", t)


def I(t):
    return ("ivr", t)


# --------------------------------------------------------------------------
# the conversations
# --------------------------------------------------------------------------


# t42-001 marketplace buyer (US): first card declined, second card in pieces
@case("asr")
def _():
    order = acct("999-9999999-9999999")
    tot = money(180, 420)
    c1 = card("visa")
    c2 = card("mc")
    e2 = expiry()
    v2 = cvv()
    trk = fail_luhn(18, "9")
    b2 = cb(c2)
    return [
        A("thanks for calling parcelpoint marketplace support this is [[NAME:imani]] how can i help"),
        C("hi [[NAME:imani]] yeah i bought a standing desk from one of your sellers and the payment keeps failing at checkout"),
        A("sorry about that do you have the order number handy"),
        C(f"it's [[ACCOUNT_NUMBER:{w(order)}]]"),
        A(f"thank you i see it the desk from the seller called oakline for ((price:{n2w(tot[0], False)} dollars and {n2w(tot[1] or 10)} cents)) and it says payment pending"),
        C("right so what card did it try"),
        A("i can only see it was a visa so shall we try taking it over the phone instead"),
        C(f"sure okay the visa is [[CARD_NUMBER:{w(c1)}]]"),
        A("hold on while it goes through"),
        A("no it's been declined again i'm afraid the bank gave a do not honour code so it's not on our side"),
        C("ugh fine let me grab the other one from my wallet it's a mastercard"),
        C(f"[[CARD_NUMBER#b:{w(b2[0])} {w(b2[1])}]]"),
        A("mm-hmm"),
        C(f"[[CARD_NUMBER#b:{wd(b2[2])}]] and then [[CARD_NUMBER#b:{w(b2[3])}]]"),
        A(f"so that one ends [[CARD_NUMBER/p:{w(b2[3])}]] and the expiry"),
        C(f"[[EXPIRY:{pair(e2[0])} {pair(e2[1][2:])}]] and the ((count:three)) digits on the back are [[CVV:{w(v2)}]]"),
        A(f"lovely that's approved now and the seller ships within ((duration:two working days)) you'll get a tracking number like ((other:{trk})) by text"),
        C("perfect thank you so much"),
    ]


# t42-002 furniture delivery (UK): billing and delivery addresses, home and mobile
@case("transcript")
def _():
    ref = acct("FD-999999")
    h1, pc1 = house(2, 90), ukpc("LS6")
    h2, pc2 = house(3, 60), ukpc("LS27")
    home = ph_uk_land("leeds")
    mob = ph_uk_mob()
    c = card("visa")
    price = money(799, 1499, False)
    return [
        A("Hartwell Home deliveries, you're through to [[NAME:Priya]]."),
        C("Hi [[NAME:Priya]], it's [[NAME:Cormac Delaney]]. I'm ringing about a corner sofa I ordered, I need to change where it's going."),
        A("Of course. Have you got the order reference, Mr [[NAME:Delaney]]?"),
        C(f"It's [[ACCOUNT_NUMBER:{ref}]]."),
        A(f"Thanks. So I've got the billing address as [[ADDRESS:{h1} Headingley Mount]], [[POSTCODE:{pc1}]], and delivery to the same place."),
        C(f"That's right for billing, but the sofa needs to go to my mum's. [[ADDRESS:{h2} Bramley Fold Road, Morley]], [[POSTCODE:{pc2}]]."),
        A(f"Let me read that back: [[ADDRESS:{h2} Bramley Fold Road, Morley]], [[POSTCODE:{pc2}]]. Is there parking outside?"),
        C("There's a driveway, yeah. ((count:Two))-man team, is it?"),
        A("It is, the ((model_number:Ardale L-320)) is a ((count:two))-person lift. The next slot we've got is Thursday the ((date:14th)), ((time:7 am)) to ((time:1 pm))."),
        C("That's fine. Can they ring my mum's landline before they turn up rather than mine?"),
        A("What number should they use?"),
        C(f"[[PHONE:{ph_t(home)}]]. And put my mobile on as a backup, [[PHONE:{ph_t(mob)}]]."),
        A(f"Got both. The card on file ending [[CARD_NUMBER/p:{c[-4:]}]] was charged ((price:{gbp(price[0])})) when you ordered, and the change of address is free."),
        C("Brilliant. Does she need to sign anything?"),
        A("Just the driver's handset. You'll get a text the evening before with a ((duration:two-hour)) window."),
        C("Great, thanks for your help."),
    ]


# t42-003 electronics repair (Ireland): laptop hinge, old and new e-mail, fee in pieces
@case("asr")
def _():
    job = acct("RP99999")
    ser = acct("AA99AA9999")
    mob = ph_ie()
    eir = eircode("D08")
    c = card("mc")
    b = cb(c)
    e = expiry()
    v = cvv()
    fee = num(89, 189)
    return [
        A("fixright repairs [[NAME:sinead]] speaking"),
        C(f"hi [[NAME:sinead]] i dropped a laptop in last week the job number is [[ACCOUNT_NUMBER:{letters(job)}]]"),
        A(f"grand let me pull that up is that the one with the serial ((other:{letters(ser)}))"),
        C("that's the one the hinge was gone on it"),
        A(f"yep the hinge is replaced and it's ready the total comes to ((price:{n2w(fee, False)} euro))"),
        C("brilliant i'll pay over the phone so i can just collect it"),
        A("no problem first though the email on the ticket is [[EMAIL:ronan dot keogh at eircom dot net]] is that still right"),
        C("no that's my old one use [[EMAIL:r keogh dot dublin at gmail dot com]] for the receipt"),
        A("so that's [[EMAIL:r keogh dot dublin at gmail dot com]]"),
        C("yeah"),
        A("and is the mobile still the same"),
        C(f"it is [[PHONE:{wd(mob)}]]"),
        A(f"and for the address on the invoice i have an eircode [[POSTCODE:{letters(eir)}]]"),
        C("that's it"),
        A("okay go ahead with the card number"),
        C(f"[[CARD_NUMBER#a:{w(b[0])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#a:{w(b[1])} {w(b[2])}]] um hang on the light in here [[CARD_NUMBER#a:{w(b[3])}]]"),
        A("and when does it expire"),
        C(f"[[EXPIRY:{mon(e[0]).lower()} {yr(e[1])}]]"),
        A("and the code on the back"),
        C(f"[[CVV:{w(v)}]]"),
        A("that's gone through you can collect it any time after ((time:ten)) tomorrow"),
    ]


# t42-004 subscription box (Canada): old and new postal code and e-mail, replacement card
@case("transcript")
def _():
    mem = acct("99999999")
    old_last = dg(4)
    pc_old = capc("T3H")
    pc = capc("T2N")
    c = card("visa")
    e = expiry()
    v = cvv()
    return [
        A("Harvest Crate, this is [[NAME:Mathieu]]. How can I help today?"),
        C("Hi [[NAME:Mathieu]], I need to update my payment info and my email. My box didn't ship."),
        A("I can do that. What's your member number?"),
        C(f"[[ACCOUNT_NUMBER:{mem}]]."),
        A("Thanks. And can you confirm the postal code on the account?"),
        C(f"Well, it'll probably still say [[POSTCODE:{pc_old}]], but I moved in March. It's [[POSTCODE:{pc}]] now."),
        A(f"Right, I have [[POSTCODE:{pc_old}]] here, so I'll change it to [[POSTCODE:{pc}]]. That's why the box is stuck, actually. The card ending in [[CARD_NUMBER/p:{old_last}]] was declined on the ((date:1st))."),
        C("Yeah, that card got replaced. The new one is a Visa."),
        A("Go ahead when you're ready."),
        C(f"[[CARD_NUMBER:{c4(c)}]], expiry [[EXPIRY:{e[0]}/{e[1][2:]}]], and the code is [[CVV:{v}]]."),
        A("Thank you. And the email?"),
        C("The old one is [[EMAIL:leila.haddad@shaw.ca]], the new one is [[EMAIL:leila.haddad.yyc@outlook.com]]."),
        A("Updated. Your ((model_number:Family Size 4)) box will ship tomorrow, and I've knocked ((percentage:15%)) off it for the trouble."),
        C("Oh, that's kind. Thanks, [[NAME:Mathieu]]."),
    ]


# t42-005 car dealership (US): deposit on one card, balance on another
@case("asr")
def _():
    vin = acct("9AAAA99A99A999999")
    stock = acct("A9999")
    dep = num(5, 15) * 100
    c1 = card("amex")
    e1 = expiry()
    v1 = cvv(4)
    c2 = card("disc")
    e2 = expiry()
    v2 = cvv()
    cell = ph_us("nashville")
    a1 = grp(c1, [4, 6, 5])
    b2 = cb(c2)
    return [
        A("music city motors sales desk you've got [[NAME:tre]]"),
        C("hey [[NAME:tre]] it's [[NAME:dolores abernathy]] i was in saturday about the highlander"),
        A(f"oh yes the ((year:twenty twenty one)) silver one stock number ((other:{letters(stock)}))"),
        C("that's it i want to put the deposit down today before somebody else grabs it"),
        A(f"sure the hold deposit is ((price:{n2w(dep, False)} dollars)) and it comes off the price"),
        C("okay put that on my amex and then i'll do the rest of the down payment on my discover if that works"),
        A("we can split it no problem let's start with the amex"),
        C(f"[[CARD_NUMBER#a:{w(a1[0])} {w(a1[1])}]] uh [[CARD_NUMBER#a:{w(a1[2])}]]"),
        A(f"and on the amex it's the ((count:four)) digit code on the front"),
        C(f"[[CVV:{w(v1)}]] and it's good through [[EXPIRY:{pair(e1[0])} {pair(e1[1][2:])}]]"),
        A("deposit's through now the discover for the other part"),
        C(f"[[CARD_NUMBER#b:{w(b2[0])} {w(b2[1])}]]"),
        A("go on"),
        C(f"[[CARD_NUMBER#b:{w(b2[2])} {w(b2[3])}]] expires [[EXPIRY:{mon(e2[0]).lower()} {pair(e2[1][2:])}]] and the code [[CVV:{w(v2)}]]"),
        A(f"let me read the discover back [[CARD_NUMBER:{w(c2)}]]"),
        C("yep"),
        A(f"great and for the paperwork the vin ends [[ACCOUNT_NUMBER:{w(vin[-6:])}]] and what's a good cell for finance to call"),
        C(f"[[PHONE:{w(cell[:3])} {w(cell[3:6])} {w(cell[6:])}]]"),
        A("perfect they'll call within ((duration:twenty minutes)) to finish up"),
    ]


# t42-006 mobile family plan (Australia, IVR then agent): three dates of birth, two new numbers
@case("transcript")
def _():
    acc = acct("9999 999 999")
    d0 = dob(1968, 1985)
    k1 = kid_dob(2008, 2012)
    k2 = kid_dob(2013, 2016)
    n1 = ph_au("mob")
    n2 = ph_au("mob")
    pc = aupc(4000, 4179)
    pc_ok = pc
    return [
        I("Welcome to Coastline Mobile. Please say or key in your account number."),
        C(f"[[ACCOUNT_NUMBER:{acc}]]."),
        I(f"Thanks. For security, please key in your date of birth, day, month and year."),
        C(f"[[DOB:{d0[2]:02d} {d0[1]:02d} {d0[0]}]]."),
        I("Thank you. Connecting you to a team member. Calls may be recorded."),
        A("G'day, you're speaking with [[NAME:Bronte]]. I can see you've verified, is this [[NAME:Kirra]]?"),
        C("Yeah, [[NAME:Kirra Wallace]]. I want to add my ((count:two)) kids to my plan."),
        A(f"Easy. For under-((other:18)) services I need each child's date of birth. First one?"),
        C(f"[[NAME:Jarrah]], that's [[DOB:{ordt(k1[2])} of {mon(k1[1])} {k1[0]}]]."),
        A("And the second?"),
        C(f"[[NAME:Matilda]], [[DOB:{k2[2]}/{k2[1]}/{k2[0]}]]."),
        A(f"Lovely. Family add-ons are ((price:$25 a month)) each with ((quantity:20 GB)) shared. Which numbers are they keeping?"),
        C(f"[[NAME:Jarrah]]'s is [[PHONE:{ph_t(n1)}]], and [[NAME:Matilda]] will be on [[PHONE:{ph_t(n2)}]]."),
        A(f"So [[PHONE:{ph_t(n1)}]] for [[NAME:Jarrah]] and [[PHONE:{ph_t(n2)}]] for [[NAME:Matilda]]. Are they porting from another carrier?"),
        C("Just the first one. The second is the new SIM you sent."),
        A(f"No worries. And is the postcode still [[POSTCODE:{pc_ok}]]?"),
        C("Yep."),
        A("Done. The port usually takes about ((duration:three hours)), so keep the old SIM in till it drops off."),
    ]


# t42-007 travel agent (UK): a couple's dates of birth, card with a restart
@case("asr")
def _():
    bref = acct("AAA999")
    d1 = dob(1955, 1962)
    d2 = dob(1957, 1964)
    c = card("visa")
    b = cb(c)
    e = expiry()
    v = cvv()
    dep = money(300, 600, False)
    wrong = dg(4)
    return [
        A("globeway holidays [[NAME:callum]] speaking"),
        C("oh hello [[NAME:callum]] my name's [[NAME:margaret pennington]] i'm booking the lisbon trip for me and my husband [[NAME:gerald]]"),
        A(f"lovely the ((duration:seven night)) one flying out on ((flight_number:tp thirteen thirty one)) is it"),
        C("that's the one leaving from gatwick"),
        A(f"i've got it on hold under reference [[ACCOUNT_NUMBER:{letters(bref[:3])} {w(bref[3:])}]] i'll just need both dates of birth for the airline"),
        C(f"mine is the [[DOB:{ordw(d1[2])} of {mon(d1[1]).lower()} {yr(d1[0])}]]"),
        A("and [[NAME:gerald]]'s"),
        C(f"he's [[DOB:{ordw(d2[2])} {mon(d2[1]).lower()} {wp(str(d2[0])[2:])}]] he's the younger one"),
        A(f"lovely and the deposit today is ((price:{n2w(dep[0], False)} pounds per person)) so ((price:{n2w(dep[0] * 2, False)})) in total"),
        C("right i've got my card here"),
        C(f"[[CARD_NUMBER#a/x:{w(b[0])} {w(wrong)}]] no hang on i've started reading the wrong line let me start again"),
        A("no rush"),
        C(f"[[CARD_NUMBER#a:{w(b[0])} {w(b[1])} {w(b[2])} {w(b[3])}]]"),
        A("and the expiry date on the front"),
        C(f"it says valid to [[EXPIRY:{pair(e[0])} {pair(e[1][2:])}]]"),
        A("and the last ((count:three)) on the signature strip"),
        C(f"[[CVV:{w(v)}]]"),
        A(f"thank you that's all booked and the balance is due ((duration:eight weeks)) before you fly"),
    ]


# t42-008 letting agent (UK): moving from one flat to another, two postcodes
@case("transcript")
def _():
    tref = acct("TEN-99999")
    h1, pc1 = house(4, 40), ukpc("BS6")
    h2, pc2 = house(10, 120), ukpc("BS3")
    flat1, flat2 = num(1, 9), num(2, 12)
    rent = num(11, 16) * 100
    mob = ph_uk_mob()
    return [
        A("Redcliffe Lettings, [[NAME:Tomasz]] speaking."),
        C("Hiya [[NAME:Tomasz]], it's [[NAME:Grace Okonkwo]]. I'm moving from one of your flats into another one and I want to check you've got everything right."),
        A(f"Hi [[NAME:Grace]]. Have you got your tenant reference?"),
        C(f"Yes, [[ACCOUNT_NUMBER:{tref}]]."),
        A(f"Right, so current tenancy is [[ADDRESS:Flat {flat1}, {h1} Cotham Brow]], [[POSTCODE:{pc1}]], ending the ((date:30th of June))."),
        C("That's right."),
        A(f"And the new one I've got as [[ADDRESS:Flat {flat2}, {h2} Greville Road]], [[POSTCODE:{pc2}]], from the ((date:1st of July))."),
        C(f"The flat's right but the postcode on the letter you sent had a different ending, so can you double check it's [[POSTCODE:{pc2}]]?"),
        A(f"Yes, [[POSTCODE:{pc2}]] is what's on the system now. The letter must have gone out before we fixed it."),
        C("Okay, good. And the deposit moves across?"),
        A(f"It does. Rent on the new one is ((price:£{rent:,} a month)) and the deposit is ((duration:five weeks)) of rent, so there's a top-up of ((price:£{rent * 5 * 12 // 52 - rent:,})) on the old deposit."),
        C("Fine. Can you put my new mobile on the file? [[PHONE:" + ph_t(mob) + "]]."),
        A("Done. The check-out inspection is at ((time:10 am)) on the ((date:30th)), you don't need to be there."),
        C("Perfect, thanks."),
    ]


# t42-009 school admissions (Ireland): child's PPS and date of birth, two phones
@case("asr")
def _():
    kd = kid_dob(2013, 2016)
    kp = pps()
    eir = eircode("T12")
    mob = ph_ie()
    home_no = "021" + "49" + dg(5)
    h = house(3, 80)
    return [
        A("scoil naomh brid admissions office [[NAME:aoife]] speaking"),
        C("hi [[NAME:aoife]] it's [[NAME:declan moriarty]] i'm applying for my daughter for ((other:first class)) in september"),
        A(f"grand what's her name and date of birth"),
        C(f"[[NAME:saoirse moriarty]] born the [[DOB:{ordw(kd[2])} of {mon(kd[1]).lower()} {yr(kd[0])}]]"),
        A("and we need her pps number for the department"),
        C(f"[[SSN:{letters(kp)}]]"),
        A(f"thanks and your home address"),
        C(f"[[ADDRESS:{hn(h)} glenville crescent ballincollig]] and the eircode is [[POSTCODE:{letters(eir)}]]"),
        A("and a contact number"),
        C(f"mobile is [[PHONE:{wd(mob)}]] and the house phone is [[PHONE:{w(home_no[:3])} {w(home_no[3:])}]]"),
        A("lovely so she'd be ((other:seven)) starting"),
        C("she would yeah"),
        A("we'll post out the offer letters by the ((date:twentieth of march))"),
        C("great thanks a million"),
    ]


# t42-010 dry cleaner (US): damaged suit, claim ticket, work phone with extension and cell
@case("transcript")
def _():
    tick = acct("99999")
    claim = acct("DC-9999-99")
    work = ph_us("chicago")
    ext = str(num(200, 899))
    cell = ph_us("chicago")
    c = card("visa")
    val = money(350, 900, False)
    return [
        A("Lakeview Valet Cleaners, this is [[NAME:Rosalind]]."),
        C("Hi, my name is [[NAME:Anil Mehrotra]]. I picked up a suit from you yesterday and the lapel has a burn mark on it."),
        A("Oh no, I'm so sorry. Do you have the ticket from the bag?"),
        C(f"Ticket [[ACCOUNT_NUMBER:{tick}]]. It's a navy ((count:two))-piece, wool."),
        A(f"I see it, ((count:2)) pieces, pressed and cleaned, ((price:${num(18, 29)}.50)). I'll open a damage claim for you. Roughly what's the suit worth?"),
        C(f"I paid about ((price:${val[0]})) for it ((duration:two years)) ago."),
        A(f"Okay. Your claim number is [[ACCOUNT_NUMBER:{claim}]]. Our owner, Mr. [[NAME:Ferraro]], reviews claims on Mondays."),
        C("What number will he call? I'm in meetings all day."),
        A("Whatever's best for you."),
        C(f"Try my office first, [[PHONE#w:{ph_t(work)}]], extension [[PHONE#w/e:{ext}]]. If I don't pick up, my cell is [[PHONE:{ph_t(cell)}]]."),
        A(f"Let me read that back. Office [[PHONE#r:{ph_t(work)}]] extension [[PHONE#r/e:{ext}]], cell [[PHONE:{ph_t(cell)}]]."),
        C("That's right."),
        A(f"And if the claim's approved, the refund goes back to the card you paid with, the one ending [[CARD_NUMBER/p:{c[-4:]}]]?"),
        C("Yes, that's fine."),
        A("We'll also re-press the suit at no charge while it's here. Sorry again, Mr. [[NAME:Mehrotra]]."),
    ]


# t42-011 garden centre (UK): shed delivery to a different address, card over four turns
@case("asr")
def _():
    h_bill, pc_bill = house(1, 70), ukpc("CV32")
    h_del, pc_del = house(2, 30), ukpc("CV35")
    c = card("mc2")
    b = cb(c)
    e = expiry()
    v = cvv()
    order = acct("99999")
    shed = money(540, 890, False)
    return [
        A("bramblewood garden centre online orders [[NAME:harriet]] speaking"),
        C("morning [[NAME:harriet]] i'd like to order the ((quantity:eight by six)) shed and some bits and have them delivered"),
        A("course what's the name please"),
        C(f"[[NAME:nkechi adebayo]] that's [[NAME:a d e b a y o]]"),
        A("thank you and where would you like it delivered"),
        C(f"it's going to my allotment cabin actually not my house it's [[ADDRESS:{hn(h_del)} mill lane barford]] postcode [[POSTCODE:{letters(pc_del)}]]"),
        A(f"[[ADDRESS:{hn(h_del)} mill lane barford]] [[POSTCODE:{letters(pc_del)}]] lovely and the billing address on your card"),
        C(f"[[ADDRESS:{hn(h_bill)} clarendon avenue leamington]] [[POSTCODE:{letters(pc_bill)}]]"),
        A(f"so that's the ((model_number:haven eight six)) shed at ((price:{n2w(shed[0], False)} pounds)) plus ((count:four)) bags of compost and delivery is free over ((price:three hundred))"),
        C("perfect"),
        A("right then card number when you're ready"),
        C(f"[[CARD_NUMBER#a:{w(b[0])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#a:{w(b[1])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#a:{w(b[2])}]]"),
        A("and the last lot"),
        C(f"[[CARD_NUMBER#a:{w(b[3])}]]"),
        A("and the expiry"),
        C(f"end of [[EXPIRY:{mon(e[0]).lower()} {yr(e[1], False)}]]"),
        A("and security code"),
        C(f"[[CVV:{wd(v)}]]"),
        A(f"all done your order number is [[ACCOUNT_NUMBER:{w(order)}]] and the shed comes flat packed on the ((date:ninth))"),
    ]


# t42-012 bike shop (Canada): e-bike service, card declined, second card read back
@case("transcript")
def _():
    frame = acct("AA9999999")
    wo = acct("WO-99999")
    c1 = card("mc")
    c2 = card("visa")
    e2 = expiry()
    v2 = cvv()
    cell = ph_us("vancouver")
    cost = money(180, 320)
    return [
        A("Spoke & Chain, [[NAME:Arjun]] here."),
        C("Hey [[NAME:Arjun]], it's [[NAME:Yuki Tanabe]]. Calling about my e-bike, the work order is [[ACCOUNT_NUMBER:" + wo + "]]."),
        A(f"Right, the ((model_number:Rad Runner 3)). We swapped the rear brake pads and trued the wheel. Frame number on the ticket is ((other:{frame})), that's yours?"),
        C("Should be, yeah."),
        A(f"Total's ((price:${cost[0]}.{cost[1]:02d})) with tax. Want to pay now so it's ready to roll?"),
        C(f"Sure. Use [[CARD_NUMBER:{c4(c1)}]]."),
        A("Hmm, that's coming back declined. Is there another card?"),
        C("Weird. Okay, try my Visa then."),
        C(f"[[CARD_NUMBER#v:{cb(c2)[0]} {cb(c2)[1]}]]... sorry, my kid's yelling... [[CARD_NUMBER#v:{cb(c2)[2]} {cb(c2)[3]}]]."),
        A(f"So [[CARD_NUMBER:{c4(c2)}]]?"),
        C(f"Yep. Expires [[EXPIRY:{e2[0]}/{e2[1][2:]}]], CVV [[CVV:{v2}]]."),
        A("That went through. Best number to text when it's out front?"),
        C(f"[[PHONE:{ph_t(cell)}]]."),
        A(f"Done. We're open till ((time:6)) tonight."),
    ]


# t42-013 appliance delivery (US, IVR): IVR takes the card and reads the last four
@case("asr")
def _():
    order = acct("99999999")
    zp = zipc("columbus")
    c = card("visa")
    e = expiry()
    v = cvv()
    amt = money(60, 140)
    h = house(100, 9800)
    home = ph_us("ohio")
    return [
        I("thank you for calling buckeye appliance delivery to pay a delivery or haul away fee press ((other:one))"),
        C("((other:one))"),
        I("please say or enter your order number"),
        C(f"[[ACCOUNT_NUMBER:{w(order)}]]"),
        I(f"the balance due is ((price:{n2w(amt[0], False)} dollars and {n2w(amt[1] or 5)} cents)) please enter your card number followed by the pound key"),
        C(f"[[CARD_NUMBER:{w(c)}]]"),
        I(f"you entered a card ending in [[CARD_NUMBER/p:{w(c[-4:])}]] if this is correct press ((other:one))"),
        C("((other:one))"),
        I("please enter the expiration date as ((count:four)) digits"),
        C(f"[[EXPIRY:{w(e[0] + e[1][2:])}]]"),
        I("please enter the security code"),
        C(f"[[CVV:{w(v)}]]"),
        I("thank you your payment was accepted please hold for a delivery coordinator"),
        A("hi this is [[NAME:deshawn]] i see you just paid the haul away fee are we still good for your dryer delivery"),
        C("yes but i wanted to check the address because it was a gift from my sister and she might have put hers"),
        A(f"it says [[ADDRESS:{hn(h)} sawmill parkway]] [[POSTCODE:{w(zp)}]]"),
        C("oh no that's hers i'm at the other one on her account i guess hold on"),
        C(f"mine is [[ADDRESS:{w(str(num(10, 99)))} oak glen court]] same zip actually so just the street"),
        A(f"got it i've changed it and your window is ((time:eight)) to ((time:noon)) on the ((date:sixteenth)) and we'll call [[PHONE:{w(home)}]] when the truck is ((duration:thirty minutes)) out"),
        C("yeah that's my house phone thanks"),
    ]


# t42-014 marketplace seller payouts (UK): old and new bank details, NI number
@case("transcript")
def _():
    sid = acct("SLR-999999")
    sc_old, ac_old = acct("99-99-99"), acct("99999999")
    sc_new, ac_new = acct("99-99-99"), acct("99999999")
    nin = ni()
    pay = money(400, 2400)
    return [
        A("Seller Support, you're speaking with [[NAME:Oluwaseun]]."),
        C("Hi, it's [[NAME:Bethan Price]], I sell vintage lamps through your site. My payout bounced and I think it's because I changed banks."),
        A("Let's sort that. What's your seller ID?"),
        C(f"[[ACCOUNT_NUMBER:{sid}]]."),
        A(f"Thanks [[NAME:Bethan]]. So the payout of ((price:£{pay[0]:,}.{pay[1]:02d})) on the ((date:3rd)) went to sort code [[ACCOUNT_NUMBER:{sc_old}]], account [[ACCOUNT_NUMBER:{ac_old}]]. That's been returned."),
        C("Yes, that account's closed. The new one is with Monzo."),
        A("Before I change bank details I need to verify you. Can you give me your National Insurance number? It's on the tax form you filed with us."),
        C(f"[[SSN:{ni_t(nin)}]]."),
        A("That matches. Go ahead with the new details."),
        C(f"Sort code [[ACCOUNT_NUMBER:{sc_new}]], account number [[ACCOUNT_NUMBER#n:{ac_new[:4]}]]... sorry, reading it off the app... [[ACCOUNT_NUMBER#n:{ac_new[4:]}]]."),
        A(f"So [[ACCOUNT_NUMBER:{sc_new}]] and [[ACCOUNT_NUMBER:{ac_new}]]."),
        C("That's it."),
        A(f"Updated. There's a ((duration:three-day)) hold on payouts after a bank change, so it'll land on the ((date:9th))."),
        C("Fine. And will the fee still be ((percentage:12.9%))? Someone said it went up."),
        A("For homeware it's still ((percentage:12.9%)) plus ((price:30p)) per order."),
        C("Great. Thanks."),
    ]


# t42-015 car servicing (Australia): rego, odometer, mobile and work numbers, card
@case("asr")
def _():
    rego = acct("9AA9AA")
    odo = num(60, 140) * 1000 + num(0, 999)
    mob = ph_au("mob")
    work = ph_au("3")
    c = card("mc")
    b = cb(c)
    e = expiry()
    v = cvv()
    pc = aupc(3040, 3199)
    cost = num(380, 690)
    return [
        A("southside auto care [[NAME:lachlan]] speaking"),
        C(f"hi mate it's [[NAME:priyanka raman]] i've got the camry booked in for its logbook service thursday rego [[ACCOUNT_NUMBER:{letters(rego)}]]"),
        A(f"yep got you it's due at ((quantity:{n2w(odo // 1000)} thousand k)) is that about right"),
        C(f"it's on about ((quantity:{n2w(odo // 1000)} thousand {n2w(odo % 1000)})) now"),
        A(f"perfect the service is ((price:{n2w(cost, False)} dollars)) and we'll need a deposit since it's your first time with us"),
        C("no worries what do you need"),
        A("just a card number"),
        C(f"[[CARD_NUMBER#a:{wp(b[0])} {wp(b[1])}]]"),
        A("got that"),
        C(f"[[CARD_NUMBER#a:{wp(b[2])} {wp(b[3])}]]"),
        A(f"sorry could you repeat the third block"),
        C(f"[[CARD_NUMBER#a/x:{w(b[2])}]]"),
        A(f"thanks and expiry and cvv"),
        C(f"[[EXPIRY:{w(e[0])} {w(e[1][2:])}]] and [[CVV:{w(v)}]]"),
        A("and we'll text you when it's ready what's the mobile"),
        C(f"[[PHONE:{w(mob[:4])} {w(mob[4:7])} {w(mob[7:])}]] or if i don't answer try work [[PHONE:{w(work[:2])} {w(work[2:6])} {w(work[6:])}]]"),
        A(f"and postcode for the invoice"),
        C(f"[[POSTCODE:{w(pc)}]]"),
        A("lovely drop it off by ((time:eight)) and it'll be ready by ((time:four))"),
    ]


# t42-016 tailor (UK): wedding suits for groom and best man, measurements, card
@case("transcript")
def _():
    c = card("visa")
    e = expiry()
    v = cvv()
    job = acct("T-9999")
    mob = ph_uk_mob()
    dep = num(8, 15) * 10
    return [
        A("Saville & Rowe Tailoring, [[NAME:Benedikt]] speaking."),
        C("Hello, I'm ringing about the suits for my wedding. My name's [[NAME:Kwame Asante]]."),
        A(f"Congratulations, Mr [[NAME:Asante]]. I have you here, job [[ACCOUNT_NUMBER:{job}]], ((count:two)) suits. Yours and..."),
        C("My best man, [[NAME:Ruaridh]]. He's lost weight since the fitting, so his trousers need taking in."),
        A(f"How much, roughly?"),
        C("He's gone from a ((quantity:36-inch)) waist to about ((quantity:33)), he reckons."),
        A(f"Then we'll need him in again. We have ((time:11:30)) or ((time:3:15)) on Saturday the ((date:21st))."),
        C(f"Book him for ((time:11:30)). And I'd like to pay the remaining deposit now."),
        A(f"That's ((price:£{dep})). Long card number first, please."),
        C(f"[[CARD_NUMBER#a:{cb(c)[0]}, {cb(c)[1]}]]... hang on, it's one of those cards with the numbers on the back... [[CARD_NUMBER#a:{cb(c)[2]} {cb(c)[3]}]]."),
        A("And the date?"),
        C(f"[[EXPIRY:{e[0]} {e[1][2:]}]]."),
        A("And the last ((count:three)) digits by the signature?"),
        C(f"It's [[CVV:{v}]]."),
        A("Thank you. Should I text the receipt?"),
        C(f"Please, [[PHONE:{ph_t(mob)}]]."),
        A("Done. See [[NAME:Ruaridh]] on the ((date:21st))."),
    ]


# t42-017 property management (US): SSN last four, two units, rent and utility accounts
@case("asr")
def _():
    s4 = dg(4)
    led = acct("R99999")
    util = acct("U-99999")
    zp = zipc("phoenix")
    u1, u2 = num(101, 140), num(201, 240)
    h = house(1000, 8999)
    return [
        A("canyon ridge property management this is [[NAME:marisol]]"),
        C("hi [[NAME:marisol]] this is [[NAME:terrence whitfield]] i'm a tenant and i got ((count:two)) bills this month that don't make sense"),
        A("i can look what's the address of the unit"),
        C(f"[[ADDRESS:{hn(h)} east indian school road unit {hn(u1)}]] [[POSTCODE:{w(zp)}]]"),
        A(f"okay and to verify the last ((count:four)) of your social"),
        C(f"[[SSN:{w(s4)}]]"),
        A(f"thank you so i see the rent ledger [[ACCOUNT_NUMBER:{letters(led)}]] and a utility account [[ACCOUNT_NUMBER:{letters(util)}]] both under your name"),
        C("right the utility one should be for my unit but it's charging me for ((count:two)) units"),
        A(f"oh i see it it's billing [[ADDRESS:{hn(h)} east indian school road unit {hn(u2)}]] as well that's the unit you had before you transferred"),
        C("exactly i moved out of that one in march"),
        A(f"so the water for unit ((other:{hn(u2)})) shouldn't be on you after the move out"),
        C(f"no and it's ((price:eighty four dollars)) they charged"),
        A("i'll reverse it and remove that unit from the utility account"),
        C("thank you and the rent ledger is right"),
        A(f"yes it shows ((price:fourteen fifty)) paid on the ((date:first))"),
    ]


# t42-018 after-school club (Canada): two children's dates of birth, work phone with extension
@case("transcript")
def _():
    k1 = kid_dob(2014, 2016)
    k2 = kid_dob(2017, 2019)
    work = ph_us("ottawa")
    ext = str(num(1000, 4999))
    fam = "FAM-" + acct("99999")
    c = card("mc")
    e = expiry()
    v = cvv()
    fee = num(280, 460)
    return [
        A("Glebe Kids Club, [[NAME:Hélène]] speaking."),
        C("Hi [[NAME:Hélène]], I'm registering my ((count:two)) for the fall program. I'm [[NAME:Daniel Adjei]]."),
        A("Welcome! First child's name and date of birth?"),
        C(f"[[NAME:Tobi]], born [[DOB:{mon(k1[1])} {k1[2]}, {k1[0]}]]."),
        A("And the second?"),
        C(f"[[NAME:Zainab]], [[DOB:{k2[0]}-{k2[1]:02d}-{k2[2]:02d}]]."),
        A(f"So [[NAME:Tobi]] goes in the ((other:8 to 10)) group and [[NAME:Zainab]] in the junior room. Your family file is [[ACCOUNT_NUMBER:{fam}]]."),
        C("Great. What's the best way for you to reach me in the day? I'm at the hospital."),
        A("Give me whatever's easiest."),
        C(f"Switchboard [[PHONE#w:{ph_t(work)}]], then extension [[PHONE#w/e:{ext}]]."),
        A(f"Got it. The term fee for both is ((price:${fee})) after the ((percentage:10%)) sibling discount."),
        C(f"Take it on my Mastercard, [[CARD_NUMBER:{c4(c)}]]."),
        A("Expiry and CVC?"),
        C(f"[[EXPIRY:{e[0]}/{e[1]}]] and [[CVV:{v}]]."),
        A(f"All set. Pick-up is by ((time:5:45)), and late pick-ups are ((price:$1 a minute))."),
    ]


# t42-019 electronics repair (Australia): cracked phone screen, IMEI, two cards
@case("asr")
def _():
    imei = fail_luhn(15, "35")
    tick = acct("SR99999")
    c1 = card("visa")
    c2 = card("visa")
    b1 = cb(c1)
    e2 = expiry()
    v2 = cvv()
    cost = num(189, 329)
    return [
        A("g'day quickfix phones [[NAME:mia]] speaking"),
        C(f"hi [[NAME:mia]] i left my phone with you for a new screen the ticket says [[ACCOUNT_NUMBER:{letters(tick)}]]"),
        A(f"yep that's the pixel the imei on it is ((other:{w(imei)})) just confirming it's the right handset"),
        C("i wouldn't know the imei but it's the green one with the cracked back too"),
        A(f"that's it the screen's done it's ((price:{n2w(cost, False)} dollars)) and the back glass would be another ((price:ninety))"),
        C("just the screen thanks can i pay now"),
        A("sure card number"),
        C(f"[[CARD_NUMBER#a/x:{w(b1[0])} {w(b1[1])} {w(b1[2])}]] wait no that's my work card i can't use that one"),
        A("no worries i'll clear it what's the other one"),
        C(f"[[CARD_NUMBER#b:{w(c2[:8])}]] um [[CARD_NUMBER#b:{w(c2[8:])}]]"),
        A(f"and when does it run out"),
        C(f"[[EXPIRY:{w(e2[0])} slash {w(e2[1][2:])}]]"),
        A("and the cvv"),
        C(f"[[CVV:{w(v2)}]]"),
        A("all paid you can grab it from ((time:two)) and bring the receipt or your ticket"),
        C("easy thanks [[NAME:mia]]"),
    ]


# t42-020 wine subscription (US, IVR): card rejected by the IVR, agent takes it, age check
@case("transcript")
def _():
    mem = acct("WC9999999")
    c = card("visa")
    bad = c[:-1] + str((int(c[-1]) + 3) % 10)
    e = expiry()
    v = cvv()
    d = dob(1962, 1990)
    zp = zipc("sacramento")
    return [
        I("Thank you for calling Vine & Barrel Club. To update your payment card, press ((other:2))."),
        C("((other:2))."),
        I("Please enter your membership number."),
        C(f"[[ACCOUNT_NUMBER:{mem}]]."),
        I("Please enter your new card number, followed by pound."),
        C(f"[[CARD_NUMBER/x:{bad}]]."),
        I("Sorry, that card number is not valid. Please try again."),
        C("Ugh. Agent. Representative!"),
        I("Please hold while I transfer you."),
        A("Vine & Barrel, this is [[NAME:Caleb]]. I see you were trying to update a card?"),
        C("Yes, your machine keeps rejecting it. I'm [[NAME:Wendeline Ostrowski]]."),
        A("Let's do it together. Read me the number slowly."),
        C(f"[[CARD_NUMBER#c:{cb(c)[0]} {cb(c)[1]}]]..."),
        A("Mm-hmm."),
        C(f"[[CARD_NUMBER#c:{cb(c)[2]} {cb(c)[3]}]]."),
        A(f"That's [[CARD_NUMBER:{c4(c)}]]. I think you might have swapped the last digit before. Expiration?"),
        C(f"[[EXPIRY:{mon(e[0])} {e[1]}]]. Security code is [[CVV:{v}]]."),
        A(f"Perfect. Since this is a wine shipment I also need to confirm you're over ((other:21)). Date of birth?"),
        C(f"[[DOB:{d[1]}/{d[2]}/{d[0]}]]."),
        A(f"Thank you. And shipping ZIP still [[POSTCODE:{zp}]]?"),
        C("Yes."),
        A(f"Great, your ((count:six))-bottle shipment goes out on the ((date:12th)). Someone ((other:21)) or over has to sign."),
    ]


# t42-021 mobile family plan (UK): adding a partner and a teenager, two numbers, PAC code
@case("asr")
def _():
    acc = acct("99999999")
    d_p = dob(1980, 1992)
    d_k = kid_dob(2009, 2011)
    m1 = ph_uk_mob()
    m2 = ph_uk_mob()
    pac = acct("AAA999999")
    return [
        A("hi you're through to [[NAME:kieran]] at brightlink mobile how can i help"),
        C("hiya [[NAME:kieran]] i want to move my partner and my daughter onto my plan so we're all on the one bill"),
        A("nice one can i take your account number"),
        C(f"[[ACCOUNT_NUMBER:{w(acc)}]]"),
        A("and your name"),
        C("[[NAME:shanice campbell]]"),
        A("thanks [[NAME:shanice]] first who's joining"),
        C(f"my partner [[NAME:dwayne]] his date of birth is [[DOB:{n2w(d_p[2])} {n2w(d_p[1])} {yr(d_p[0])}]]"),
        A("and he's bringing his number over"),
        C(f"yeah it's [[PHONE:{wd(m1)}]] and he's got the pac code [[ACCOUNT_NUMBER:{letters(pac)}]]"),
        A(f"let me read that pac code back [[ACCOUNT_NUMBER:{letters(pac)}]]"),
        C("yep"),
        A("and your daughter"),
        C(f"[[NAME:amara]] she's ((other:fifteen)) born [[DOB:{ordw(d_k[2])} of {mon(d_k[1]).lower()} {yr(d_k[0])}]] and she wants a new number not her old one"),
        A(f"no problem we'll put a sim in the post the new number will be [[PHONE:{w(m2[:5])} {w(m2[5:])}]]"),
        C("and she can't go over on data can she"),
        A(f"i'll put a cap on her line at ((quantity:ten gig)) and the plan is ((price:sixty two pounds a month)) for all ((count:three)) lines"),
        C("that's less than we pay now brilliant"),
    ]


# t42-022 car servicing (Ireland): reg plate, mobile and landline, card with a corrected block
@case("transcript")
def _():
    reg = "%s-%s-%s" % (R.choice(["191", "202", "211", "182"]), R.choice(["D", "KY", "G", "C"]), dg(5))
    mob = ph_ie()
    mob2 = ph_ie()
    eir = eircode("D24")
    c = card("visa")
    b = cb(c)
    wrong = b[2][:2] + b[2][3] + b[2][2] if b[2][2] != b[2][3] else str((int(b[2]) + 11) % 10000).zfill(4)
    e = expiry()
    v = cvv()
    cost = num(220, 420)
    return [
        A("Tallaght Motor Centre, [[NAME:Eoin]] speaking."),
        C(f"Hi [[NAME:Eoin]], I'm booking a service and the pre-NCT check for my car. The reg is [[ACCOUNT_NUMBER:{reg}]]."),
        A("Grand. Name on the booking?"),
        C("[[NAME:Fionnuala Brennan]]."),
        A(f"Thanks [[NAME:Fionnuala]]. Full service plus pre-NCT comes to ((price:€{cost})). We take a ((price:€50)) deposit to hold the slot. Is that okay?"),
        C("Yeah, go on."),
        C(f"The card is [[CARD_NUMBER#a:{b[0]} {b[1]}]], then [[CARD_NUMBER#a/x:{wrong}]]... no, sorry, the third bit is [[CARD_NUMBER#a:{b[2]}]], then [[CARD_NUMBER#a:{b[3]}]]."),
        A(f"So the third block is [[CARD_NUMBER/p:{b[2]}]], not [[CARD_NUMBER/x:{wrong}]]."),
        C(f"Yes, [[CARD_NUMBER/p:{b[2]}]]."),
        A("And the expiry?"),
        C(f"[[EXPIRY:{e[0]}/{e[1][2:]}]]. And the CVV is [[CVV:{v}]]."),
        A(f"Lovely. Your Eircode for the booking, please?"),
        C(f"[[POSTCODE:{eir}]]."),
        A("And the best number to reach you?"),
        C(f"Mobile's [[PHONE:{ph_t(mob)}]]. If you can't get me, try my partner on [[PHONE:{ph_t(mob2)}]]."),
        A("Perfect. We'll see you at ((time:8:15)) on the ((date:4th)). The car should be ready by ((time:4 o'clock))."),
    ]


# t42-023 TV repair by post (US): ship-from and return-to addresses, two ZIPs, e-mail
@case("asr")
def _():
    rma = "RMA" + acct("99999999")
    ser = acct("AA9A99999AA")
    h1, z1 = house(100, 999), zipc("tampa")
    h2, z2 = house(1000, 4999), zipc("stlouis")
    return [
        A("clearview electronics warranty service my name is [[NAME:brandon]] can i have your name"),
        C("hi [[NAME:brandon]] it's [[NAME:obinna chukwu]] i was told to call to get a box for sending my tv in"),
        A(f"sure which model is it"),
        C(f"it's the ((model_number:q v fifty five c eight)) and the serial is ((other:{letters(ser)}))"),
        A(f"okay that's under warranty till ((date:march twenty twenty seven)) so the repair is covered i'll create a return authorization"),
        C("great"),
        A(f"your rma number is [[ACCOUNT_NUMBER:{letters(rma)}]] where should we send the empty box"),
        C(f"to me at [[ADDRESS:{hn(h1)} palmetto bay drive]] in tampa [[POSTCODE:{w(z1)}]]"),
        A("and when it's fixed does it come back to the same place"),
        C(f"no actually send it back to my daughter's i'm moving up there next month [[ADDRESS:{hn(h2)} pershing ridge lane]] saint louis [[POSTCODE:{w(z2)}]]"),
        A(f"got it so box to [[ADDRESS:{hn(h1)} palmetto bay drive]] [[POSTCODE:{w(z1)}]] and return to [[ADDRESS:{hn(h2)} pershing ridge lane]] [[POSTCODE:{w(z2)}]]"),
        C("that's right"),
        A("and an email for the shipping labels"),
        C("[[EMAIL:o chukwu at protonmail dot com]] that's [[NAME:c h u k w u]]"),
        A("perfect the box should reach you in ((duration:three to five days)) and the repair takes about ((duration:ten business days))"),
    ]


# t42-024 property management (Australia): rental application, previous and current address
@case("transcript")
def _():
    app = "APP-" + acct("999999")
    d = dob(1988, 1999)
    h1, p1 = house(5, 99), aupc(2010, 2050)
    h2, p2 = house(10, 200), aupc(2200, 2234)
    u1 = num(2, 18)
    ref_ph = ph_au("2")
    mob = ph_au("mob")
    rent = num(520, 780)
    return [
        A("Harbourside Property, [[NAME:Siobhan]] speaking."),
        C("Hi [[NAME:Siobhan]], it's [[NAME:Nguyen Thi Lan]]. I applied for the ((count:two))-bedder on Bay Street and the portal says my application is incomplete."),
        A(f"Let me find it. Application number?"),
        C(f"[[ACCOUNT_NUMBER:{app}]]."),
        A(f"Got it. You're missing your previous address and a referee. Let's just confirm your date of birth first."),
        C(f"[[DOB:{d[2]}/{d[1]}/{d[0]}]]."),
        A("Thanks. Current address?"),
        C(f"[[ADDRESS:{u1}/{h1} Crown Street, Surry Hills]] [[POSTCODE:{p1}]]."),
        A("And before that, if you were there less than ((duration:two years))?"),
        C(f"[[ADDRESS:{h2} Princes Highway, Kogarah]], [[POSTCODE:{p2}]]. I was there ((duration:four years))."),
        A("Referee for that one?"),
        C(f"The agent was [[NAME:Darren Kostopoulos]], his office number is [[PHONE:{ph_t(ref_ph)}]]."),
        A(f"Thanks. The rent on the listing is ((price:${rent} a week)). Is your mobile still [[PHONE:{ph_t(mob)}]]?"),
        C("It is."),
        A("Great, that's complete now. The owner decides by Friday the ((date:20th))."),
    ]


# t42-025 travel agent (Canada): family of three, three dates of birth, card in two turns
@case("asr")
def _():
    bk = acct("AA9AA9")
    d1 = dob(1979, 1986)
    d2 = dob(1980, 1988)
    d3 = kid_dob(2012, 2015)
    c = card("mc")
    e = expiry()
    v = cvv()
    tot = num(3100, 5800)
    return [
        A("northern skies travel [[NAME:genevieve]] speaking"),
        C("hi [[NAME:genevieve]] it's [[NAME:rajesh iyer]] i'm finalizing the cancun package for my family"),
        A(f"i have it here booking [[ACCOUNT_NUMBER:{letters(bk)}]] ((count:three)) travellers out of toronto on ((flight_number:a c nine six two))"),
        C("that's us"),
        A("the airline now wants dates of birth for everyone so let's start with you"),
        C(f"[[DOB:{mon(d1[1]).lower()} {n2w(d1[2])} {yr(d1[0])}]]"),
        A("and your wife"),
        C(f"[[NAME:lakshmi]] is [[DOB:{mon(d2[1]).lower()} {ordw(d2[2])} {yr(d2[0])}]]"),
        A("and your son"),
        C(f"[[NAME:rohan]] [[DOB:{n2w(d3[2])} {mon(d3[1]).lower()} {yr(d3[0], False)}]]"),
        A(f"thank you the balance is ((price:{n2w(tot // 100)} hundred {n2w(tot % 100)} dollars)) canadian shall i take it on the card we have"),
        C("no use a different one the one on file has a lower limit"),
        A("okay go ahead"),
        C(f"[[CARD_NUMBER#a:{w(c[:8])}]]"),
        A("okay"),
        C(f"[[CARD_NUMBER#a:{w(c[8:])}]]"),
        A("and the expiry and the ((count:three)) digit number on the back"),
        C(f"[[EXPIRY:{w(e[0])} {w(e[1][2:])}]] and [[CVV:{w(v)}]]"),
        A(f"perfect that's paid in full and your return is ((flight_number:a c nine six three)) on the ((date:twenty second))"),
    ]


# t42-026 marketplace (US): wrong item, two orders, refund to a different card
@case("transcript")
def _():
    o1 = acct("99-99999-99999")
    o2 = acct("99-99999-99999")
    old4 = dg(4)
    c = card("visa")
    e = expiry()
    trk = ups()
    return [
        A("Thanks for calling Bazaarly, this is [[NAME:Jordan]]."),
        C("Hi [[NAME:Jordan]], [[NAME:Beatriz Almeida]]. I ordered ((count:two)) things from the same seller and they sent me the wrong one for both."),
        A(f"Oh no. Can I get the order numbers?"),
        C(f"The first is [[ACCOUNT_NUMBER:{o1}]] and the second one is [[ACCOUNT_NUMBER:{o2}]]."),
        A(f"Got them. The first was a ((quantity:12-quart)) pressure cooker and the second a ((model_number:KX-300)) blender, right?"),
        C("Right, and I got ((count:two)) air fryers instead."),
        A(f"I'm sorry. I'll send a prepaid label for both. The tracking on the return will start with ((other:{trk})). Do you want replacements or refunds?"),
        C("Refunds. But the card I used, ending [[CARD_NUMBER/p:" + old4 + "]], was closed last week."),
        A("Then the refund can go to another card. Which one?"),
        C(f"[[CARD_NUMBER:{c4(c)}]], it expires [[EXPIRY:{e[0]}/{e[1][2:]}]]."),
        A(f"Let me confirm the last ((count:four)), [[CARD_NUMBER/p:{c[-4:]}]]?"),
        C("Yes."),
        A("Refunds take ((duration:3 to 5 business days)) once the items are scanned."),
    ]


# t42-027 dry cleaner collection (UK): curtains, flat address, mobile and home, card
@case("asr")
def _():
    flat = num(1, 30)
    h, pc = house(10, 190), ukpc("EH6")
    mob = ph_uk_mob()
    home = ph_uk_land("edinburgh")
    c = card("mc")
    b = cb(c)
    e = expiry()
    v = cvv()
    pr = num(65, 140)
    return [
        A("leith laundry and dry cleaning [[NAME:morag]] speaking"),
        C(f"hello [[NAME:morag]] i'm after your curtain collection service i've got ((count:four)) pairs of lined curtains"),
        A(f"aye we can do that it's ((price:{n2w(pr, False)} pounds)) for the lot with collection can i get a name"),
        C("[[NAME:lukasz wisniewski]]"),
        A("and the address for collection"),
        C(f"[[ADDRESS:flat {n2w(flat)} {hn(h)} great junction street]] [[POSTCODE:{letters(pc)}]]"),
        A(f"is there a buzzer"),
        C(f"yeah press ((other:{n2w(flat)})) and it goes through"),
        A("and a contact number"),
        C(f"mobile [[PHONE:{wd(mob)}]] or the flat phone [[PHONE:{w(home[:4])} {w(home[4:7])} {w(home[7:])}]]"),
        A("lovely and we take payment now"),
        C(f"okay it's [[CARD_NUMBER:{w(b[0])} {w(b[1])} {w(b[2])} {w(b[3])}]]"),
        A(f"i'll read it back [[CARD_NUMBER:{w(b[0])} {w(b[1])} {w(b[2])} {w(b[3])}]]"),
        C("aye that's it"),
        A("and the valid until date"),
        C(f"[[EXPIRY:{pair(e[0])} {pair(e[1][2:])}]]"),
        A("and the code on the back"),
        C(f"[[CVV:{w(v)}]]"),
        A(f"grand the van will come between ((time:nine)) and ((time:one)) on the ((date:eighth))"),
    ]


# t42-028 car dealership finance (US): applicant and co-applicant SSNs and dates of birth
@case("transcript")
def _():
    s1 = ssn()
    s2 = ssn()
    d1 = dob(1970, 1990)
    d2 = dob(1972, 1992)
    h, zp = house(100, 9999), zipc("dallas")
    cell = ph_us("dallas")
    app = "FA-" + acct("9999999")
    price = num(24, 48) * 1000 + num(0, 9) * 100
    return [
        A("Lone Star Auto Finance, [[NAME:Kendra]] speaking. I'll be taking your credit application by phone today."),
        C("Thanks [[NAME:Kendra]]. It's me and my husband applying. I'm [[NAME:Maribel Ochoa]]."),
        A(f"Okay [[NAME:Maribel]], we'll do you first. Social Security number?"),
        C(f"[[SSN:{ssn_t(s1)}]]."),
        A("Date of birth?"),
        C(f"[[DOB:{mon(d1[1])} {ordt(d1[2])}, {d1[0]}]]."),
        A("Current address?"),
        C(f"[[ADDRESS:{h} Sandy Creek Trail, Mesquite]], Texas [[POSTCODE:{zp}]]."),
        A("Now your husband. Full name?"),
        C(f"[[NAME:Esteban Ochoa]]. I have his card here. His social is [[SSN#s:{s2[:3]} {s2[3:5]}]]... hold on, it's worn... [[SSN#s:{s2[5:]}]]."),
        A("And his date of birth?"),
        C(f"[[DOB:{d2[1]}/{d2[2]}/{d2[0]}]]."),
        A(f"Thank you. Let me read back the last ((count:four)) of each social. Yours ends [[SSN:{s1[-4:]}]], his ends [[SSN:{s2[-4:]}]]."),
        C("Correct."),
        A(f"You're applying for ((price:${price:,})) over ((duration:72 months)) on the ((year:2022)) Tacoma. Best number for the decision?"),
        C(f"My cell, [[PHONE:{ph_t(cell)}]]."),
        A(f"Your application number is [[ACCOUNT_NUMBER:{app}]]. Decisions usually come back in under ((duration:30 minutes))."),
    ]


# t42-029 after-school club (Ireland): two children's dates of birth, old and new e-mail
@case("asr")
def _():
    k1 = kid_dob(2012, 2014)
    k2 = kid_dob(2015, 2017)
    eir = eircode("H91")
    c = card("visa")
    b = cb(c)
    e = expiry()
    v = cvv()
    fee = num(6, 9) * 10
    return [
        A("hello salthill sports and homework club [[NAME:nuala]] here"),
        C("hi [[NAME:nuala]] this is [[NAME:padraig o sullivan]] i'm signing up my ((count:two)) lads for the after school club"),
        A("lovely and what are their names and dates of birth"),
        C(f"[[NAME:cian]] is the older one [[DOB:{ordw(k1[2])} of {mon(k1[1]).lower()} {yr(k1[0])}]] and [[NAME:oisin]] was born [[DOB:{ordw(k2[2])} {mon(k2[1]).lower()} {yr(k2[0])}]]"),
        A("and we send everything by email is it still the one from the summer camp"),
        C("what have you got"),
        A("i have [[EMAIL:padraig dot osullivan at eircom dot net]]"),
        C("no i don't use that anymore it's [[EMAIL:p o sullivan galway at gmail dot com]]"),
        A("so that's [[EMAIL:p o sullivan galway at gmail dot com]]"),
        C("yeah that's right"),
        A(f"and the eircode for the house"),
        C(f"[[POSTCODE:{letters(eir)}]]"),
        A(f"grand it's ((price:{n2w(fee)} euro a week)) per child and the first week is half price will i take the card now"),
        C("go on"),
        C(f"[[CARD_NUMBER#a:{wp(b[0])} {wp(b[1])} {wp(b[2])}]]"),
        A("yes"),
        C(f"[[CARD_NUMBER#a:{wp(b[3])}]] and that's valid till [[EXPIRY:{pair(e[0])} {pair(e[1][2:])}]]"),
        A("and the security number"),
        C(f"[[CVV:{w(v)}]]"),
        A("that's all done they can start monday collection is at ((time:half five)) at the latest"),
    ]


# t42-030 furniture store credit (UK, IVR): account and postcode check, IVR reads the card back
@case("transcript")
def _():
    acc = acct("9999 9999 9999")
    pc = ukpc("NG7")
    c = card("visa")
    e = expiry()
    v = cvv()
    amt = money(40, 160)
    return [
        I("Welcome to Ashby & Moore Furniture Credit. Please enter your ((count:12))-digit account number."),
        C(f"[[ACCOUNT_NUMBER:{acc}]]."),
        I("Thank you. Please say the postcode of the address on your account."),
        C(f"[[POSTCODE:{pc}]]."),
        I(f"Your next payment of ((price:£{amt[0]}.{amt[1]:02d})) is due on ((date:28 May)). To pay now, enter your card number."),
        C(f"[[CARD_NUMBER:{c}]]"),
        I(f"You entered [[CARD_NUMBER:{c4(c)}]]. If this is correct, press ((other:1)). To re-enter, press ((other:2))."),
        C("((other:1))."),
        I("Please enter the expiry date, month then year."),
        C(f"[[EXPIRY:{e[0]}{e[1][2:]}]]"),
        I("Please enter the ((count:3))-digit security code from the back of your card."),
        C(f"[[CVV:{v}]]"),
        I("Thank you. Your payment was successful. To speak to an adviser, press ((other:0))."),
        C("((other:0))."),
        A("Hello, you're through to [[NAME:Gareth]]. How can I help?"),
        C("Hi [[NAME:Gareth]], I just paid, but I want to know how much is left on the dining set."),
        A("Can you confirm your name for me?"),
        C("[[NAME:Adaeze Nwosu]]."),
        A(f"Thanks. After today's payment there's ((price:£{num(300, 700)})) left, so ((count:{num(4, 9)})) more payments at this rate."),
        C("Great, and can you email me a statement?"),
        A("Of course. We have [[EMAIL:adaeze.nwosu@btinternet.com]] on file."),
        C("That's the one. Thanks, [[NAME:Gareth]]."),
    ]


# t42-031 meal-kit subscription (US): reactivation, old and new e-mail, new card after a restart
@case("asr")
def _():
    zp = zipc("minneapolis")
    old4 = dg(4)
    c = card("mc")
    b = cb(c)
    e = expiry()
    v = cvv()
    return [
        A("thank you for calling plateful this is [[NAME:gus]] how can i help"),
        C("hi [[NAME:gus]] i cancelled my meal kits back in the spring and now i want to start them again"),
        A("welcome back what email was the account under"),
        C("it would've been [[EMAIL:hannah b larsen at yahoo dot com]]"),
        A(f"found it [[NAME:hannah larsen]] in minneapolis zip [[POSTCODE:{w(zp)}]]"),
        C("that's me but i want to change the email to my new one [[EMAIL:hannah dot larsen dot mn at gmail dot com]]"),
        A("no problem i'll read it back [[EMAIL:hannah dot larsen dot mn at gmail dot com]]"),
        C("yep"),
        A(f"and the card we have is a visa ending in [[CARD_NUMBER/p:{w(old4)}]] did you want to keep that"),
        C("no that one's expired let me give you my mastercard"),
        C(f"[[CARD_NUMBER#a/x:{w(b[0])} {w(b[1][:2])}]] wait no i'm reading it upside down okay from the start"),
        C(f"[[CARD_NUMBER#a:{w(b[0])} {w(b[1])}]]"),
        A("uh huh"),
        C(f"[[CARD_NUMBER#a:{w(b[2])} {w(b[3])}]]"),
        A("and expiration"),
        C(f"[[EXPIRY:{w(e[0][1] if e[0][0] == '0' else e[0])} {pair(e[1][2:])}]]"),
        A("and the cvc"),
        C(f"[[CVV:{w(v)}]]"),
        A(f"okay you're back on the ((count:three)) meals a week plan for ((count:two)) people at ((price:sixty nine ninety nine a week)) first box arrives on the ((date:eleventh))"),
    ]


# t42-032 dealership service (Canada): recall appointment, VIN, home and cell, e-mail
@case("transcript")
def _():
    vin = acct("9AAAA9AA9A9999999")
    home = ph_us("calgary")
    cell = ph_us("calgary")
    ro = acct("RO-999999")
    return [
        A("Foothills Honda service, [[NAME:Amandeep]] speaking."),
        C("Hi, I got a letter about a recall on my CR-V. I'm [[NAME:Connor MacLeod]]."),
        A("Sure, can I get the VIN? It's on the letter."),
        C(f"[[ACCOUNT_NUMBER:{vin}]]."),
        A(f"Thanks. That's the ((year:2019)), and yes, the fuel pump recall applies. It's about a ((duration:three-hour)) job, no charge."),
        C("Can I get a loaner?"),
        A("For recalls over ((duration:two hours)), yes. I have the ((date:17th)) at ((time:7:30 a.m.))."),
        C("Perfect."),
        A(f"I've got a home number of [[PHONE:{ph_t(home)}]] on file. Is that still good?"),
        C(f"We cut the landline, actually. Use my cell, [[PHONE:{ph_t(cell)}]]."),
        A(f"Updated to [[PHONE:{ph_t(cell)}]]. And email for the confirmation?"),
        C("It's [[EMAIL:cmacleod.yyc@telus.net]]."),
        A(f"Done, your repair order is [[ACCOUNT_NUMBER:{ro}]]. Bring your licence for the loaner."),
    ]


# t42-033 school admissions (UK): in-year transfer, child's date of birth, old and new address
@case("asr")
def _():
    kd = kid_dob(2010, 2013)
    upn = acct("A999999999999")
    h1, p1 = house(2, 150), ukpc("M14")
    h2, p2 = house(2, 90), ukpc("SK4")
    mob = ph_uk_mob()
    return [
        A("stockport council school admissions [[NAME:deborah]] speaking"),
        C("oh hi [[NAME:deborah]] i need to apply for a school place for my son we've just moved from manchester"),
        A("okay that's an in year transfer can i take the child's name"),
        C("[[NAME:yusuf rahman]]"),
        A("and his date of birth"),
        C(f"[[DOB:{n2w(kd[2])} {n2w(kd[1])} {yr(kd[0])}]]"),
        A(f"so he'd be in ((other:year {n2w(min(9, 2025 - kd[0] - 5))})) and which school is he at now"),
        C("abraham moss but it's too far now"),
        A(f"do you know his upn it's on his last school report"),
        C(f"i've got it here [[ACCOUNT_NUMBER:{letters(upn)}]]"),
        A("and the old address so we can tell manchester"),
        C(f"[[ADDRESS:{hn(h1)} ladybarn lane fallowfield]] [[POSTCODE:{letters(p1)}]]"),
        A("and the new address"),
        C(f"[[ADDRESS:{hn(h2)} heaton moor road]] [[POSTCODE:{letters(p2)}]]"),
        A(f"lovely and you'd like us to look at schools within about ((quantity:two miles)) of there"),
        C("yeah ideally he can walk"),
        A("and your name and a number"),
        C(f"i'm his mum [[NAME:rukhsana rahman]] and it's [[PHONE:{wd(mob)}]]"),
        A("you'll get a decision within ((duration:fifteen school days))"),
    ]


# t42-034 bike shop (US): custom build, deposit now and balance later on another card
@case("transcript")
def _():
    c1 = card("amex")
    e1 = expiry()
    v1 = cvv(4)
    c2 = card("visa")
    h, zp = house(10, 999), zipc("portland")
    build = num(3800, 6200)
    email = "ines.castellanos@fastmail.com"
    return [
        A("Rose City Frameworks, this is [[NAME:Otis]]."),
        C("Hi [[NAME:Otis]], [[NAME:Inés Castellanos]]. I was in on Saturday about the custom gravel frame."),
        A(f"Yes! The ((quantity:54 cm)) steel frame with the ((model_number:GRX 820)) group. We quoted ((price:${build:,})), right?"),
        C("Right. I want to put the deposit on my Amex today and pay the rest on my Visa when it's done."),
        A(f"Works. The deposit is ((percentage:30%)). Go ahead with the Amex."),
        C(f"[[CARD_NUMBER:{c4(c1)}]]. The ((count:four))-digit code is [[CVV:{v1}]] and it expires [[EXPIRY:{e1[0]}/{e1[1][2:]}]]."),
        A(f"Reading back, [[CARD_NUMBER:{c4(c1)}]]."),
        C("Yes."),
        A("Deposit's through. And the Visa, do you want to give that now so I can note it?"),
        C(f"Sure, it's [[CARD_NUMBER#v:{cb(c2)[0]} {cb(c2)[1]}]]... hang on... [[CARD_NUMBER#v:{cb(c2)[2]} {cb(c2)[3]}]]. Actually, no, don't save that. I'll come in and pay in person."),
        A("No problem, I've cleared it. Build time is ((duration:six to eight weeks)). Where should we ship the invoice?"),
        C(f"Email's fine, [[EMAIL:{email}]]. And for the shipping label, [[ADDRESS:{h} NE Alberta Street]], [[POSTCODE:{zp}]]."),
        A(f"Got it. We'll send photos along the way."),
    ]


# t42-035 marketplace seller (Australia): old and new BSB and account, tax file number
@case("asr")
def _():
    bsb1, ac1 = acct("999-999"), acct("999999999")
    bsb2, ac2 = acct("999-999"), acct("99999999")
    tfn = tfn_au()
    abn = acct("99 999 999 999")
    return [
        A("hi you're speaking with [[NAME:taylah]] from the tradepost seller team"),
        C("hey [[NAME:taylah]] it's [[NAME:mehmet yilmaz]] i run the shop selling camping gear and i need to change where my payouts go"),
        A(f"no dramas is your abn still the one ending [[ACCOUNT_NUMBER:{w(abn[-3:])}]]"),
        C("yep"),
        A(f"and for the change we have to re verify your tax file number can you read it out"),
        C(f"[[SSN:{w(tfn[:3])} {w(tfn[3:6])} {w(tfn[6:])}]]"),
        A(f"thanks that matches so payouts currently go to bsb [[ACCOUNT_NUMBER:{w(bsb1)}]] account [[ACCOUNT_NUMBER:{w(ac1)}]]"),
        C("yeah that's the old commbank one i've moved to a new bank"),
        A("go ahead with the new one"),
        C(f"bsb is [[ACCOUNT_NUMBER:{w(bsb2)}]] and the account is [[ACCOUNT_NUMBER#n:{w(ac2[:4])}]] um [[ACCOUNT_NUMBER#n:{w(ac2[4:])}]]"),
        A(f"so new bsb [[ACCOUNT_NUMBER:{w(bsb2)}]] account [[ACCOUNT_NUMBER:{w(ac2)}]]"),
        C("spot on"),
        A(f"sweet that kicks in from the next payout run on the ((date:fifteenth)) and there's a ((duration:forty eight hour)) security hold"),
        C("all good and will the fees change"),
        A(f"no still ((percentage:ten percent)) per sale"),
    ]


# t42-036 travel agent (Ireland): honeymoon, two passports and dates of birth, card
@case("transcript")
def _():
    p1, p2 = acct("AA9999999"), acct("AA9999999")
    d1, d2 = dob(1990, 1996), dob(1989, 1997)
    c = card("mc")
    e = expiry()
    v = cvv()
    bal = num(3800, 7200)
    return [
        A("Good afternoon, Wanderlust Travel Kilkenny, [[NAME:Orla]] speaking."),
        C("Hi [[NAME:Orla]], it's [[NAME:Ciarán Fitzgerald]]. I'm paying the balance on the Maldives honeymoon."),
        A(f"Congratulations! I have it here. Balance is ((price:€{bal:,})). Before I take it, the resort needs both passport numbers and dates of birth."),
        C(f"Okay, mine is [[ACCOUNT_NUMBER:{p1}]], date of birth [[DOB:{d1[2]} {mon(d1[1])} {d1[0]}]]."),
        A("And your fiancée?"),
        C(f"[[NAME:Aisling Ryan]], passport [[ACCOUNT_NUMBER:{p2}]], born [[DOB:{d2[2]}/{d2[1]:02d}/{d2[0]}]]. She's keeping her name on the passport for now."),
        A(f"Let me repeat hers: [[ACCOUNT_NUMBER:{p2}]]."),
        C("That's right."),
        A(f"Grand. You're on ((flight_number:EK 162)) out of Dublin on the ((date:2nd of October)). Now the card?"),
        C(f"Mastercard. [[CARD_NUMBER:{c4(c)}]]."),
        A(f"Expiry?"),
        C(f"[[EXPIRY:{e[0]}/{e[1][2:]}]]."),
        A("And the CVC?"),
        C(f"[[CVV:{v}]]."),
        A(f"Perfect. Receipt and e-tickets will come through within ((duration:24 hours))."),
    ]


# t42-037 mobile bill pay (US, IVR): last four of the SSN, IVR reads the card back in blocks
@case("asr")
def _():
    acc = acct("999999999")
    s4 = dg(4)
    zp = zipc("atlanta")
    c = card("visa")
    b = cb(c)
    e = expiry()
    v = cvv()
    due = money(90, 260)
    new = ph_us("atlanta")
    return [
        I("welcome to peachtel wireless to pay your bill say pay bill"),
        C("pay bill"),
        I("please say or enter the wireless number or account number"),
        C(f"[[ACCOUNT_NUMBER:{w(acc)}]]"),
        I("to verify your identity please enter the last ((count:four)) digits of the account holder's social security number"),
        C(f"[[SSN:{w(s4)}]]"),
        I(f"thank you your balance is ((price:{n2w(due[0], False)} dollars and {n2w(due[1] or 15)} cents)) enter your card number"),
        C(f"[[CARD_NUMBER:{w(c)}]]"),
        I(f"you entered [[CARD_NUMBER:{w(b[0])} {w(b[1])} {w(b[2])} {w(b[3])}]] is that correct"),
        C("yes"),
        I("enter the expiration date"),
        C(f"[[EXPIRY:{w(e[0])} {w(e[1][2:])}]]"),
        I("and the security code"),
        C(f"[[CVV:{w(v)}]]"),
        I(f"and the billing zip code"),
        C(f"[[POSTCODE:{w(zp)}]]"),
        I("your payment is complete say agent to speak with a representative or hang up"),
        C("agent"),
        A("thanks for holding this is [[NAME:latoya]] i see you just paid anything else today"),
        C(f"yeah i want to add a line for my son [[NAME:jamal]] he's ((other:sixteen))"),
        A(f"sure i can add that the new number would be [[PHONE:{w(new[:3])} {w(new[3:6])} {w(new[6:])}]] and it's ((price:twenty five a month))"),
        C("sounds good"),
    ]


# t42-038 console repair (UK): old and new e-mail, return address, code said oddly
@case("transcript")
def _():
    ser = acct("A99999999999")
    h, pc = house(1, 200), ukpc("B29")
    c = card("mc")
    e = expiry()
    v = cvv()
    rep = acct("CR-99999")
    return [
        A("PixelMend, [[NAME:Jade]] speaking."),
        C("Hiya [[NAME:Jade]], I sent my console in for the fan noise. It's [[NAME:Marcus Oyelowo-Grant]]."),
        A(f"Hi [[NAME:Marcus]]. Repair reference?"),
        C(f"[[ACCOUNT_NUMBER:{rep}]]."),
        A(f"Found it. Serial ((other:{ser})). The engineer says the fan's replaced and the thermal paste redone, ((price:£64.99)) including return postage."),
        C("Fine. Can I pay by card now?"),
        A("Course."),
        C(f"[[CARD_NUMBER:{c4(c)}]], expires [[EXPIRY:{e[0]}/{e[1][2:]}]]."),
        A("And the ((count:three)) numbers on the back?"),
        C(f"It's [[CVV:{v[0]}-{v[1]}-{v[2]}]]."),
        A(f"Lovely. I'll post it back to [[ADDRESS:{h} Bristol Road, Selly Oak]], [[POSTCODE:{pc}]]?"),
        C("Yes. Oh, and the confirmation emails are going to my old address, [[EMAIL:marcus.og@hotmail.co.uk]]. Can you change it to [[EMAIL:marcusog.gaming@gmail.com]]?"),
        A("Done, [[EMAIL:marcusog.gaming@gmail.com]]. It'll go out tomorrow and take ((duration:1 to 2 working days))."),
    ]


# t42-039 garden centre (UK): hedging order, first card fails its postcode check, second card
@case("asr")
def _():
    c1 = card("visa")
    c2 = card("mc")
    b1, b2 = cb(c1), cb(c2)
    e1, e2 = expiry(), expiry()
    v1, v2 = cvv(), cvv()
    pc1 = ukpc("GU9")
    pc2 = ukpc("GU10")
    qty = num(30, 80)
    return [
        A("good morning greenacre nurseries [[NAME:wilf]] speaking"),
        C(f"morning [[NAME:wilf]] it's [[NAME:frank pemberton]] i spoke to someone yesterday about ((count:{n2w(qty)})) bare root hornbeam for a hedge"),
        A(f"yes [[NAME:frank]] we've got those at ((price:three pounds twenty)) each in the ((quantity:sixty to eighty centimetre)) size"),
        C("lovely i'll take them and pay now"),
        A("go ahead with the card"),
        C(f"[[CARD_NUMBER:{w(b1[0])} {w(b1[1])} {w(b1[2])} {w(b1[3])}]] expiry [[EXPIRY:{pair(e1[0])} {pair(e1[1][2:])}]] code [[CVV:{w(v1)}]]"),
        A("and the postcode the card's registered to"),
        C(f"[[POSTCODE:{letters(pc1)}]]"),
        A(f"hmm it's failed the address check is it possibly registered somewhere else"),
        C("oh that's my old address card probably still has the farnham one i'll use my wife's card she's here"),
        A("that's fine as long as she's happy to"),
        C(f"she says fine it's [[CARD_NUMBER#b:{wp(b2[0])} {wp(b2[1])}]] um [[CARD_NUMBER#b:{wp(b2[2])} {wp(b2[3])}]]"),
        A(f"and that's registered to"),
        C(f"[[POSTCODE:{letters(pc2)}]] and it's in her name [[NAME:summer pemberton]]"),
        A("and the date and security number on that one"),
        C(f"[[EXPIRY:{pair(e2[0])} {pair(e2[1][2:])}]] and [[CVV:{wd(v2)}]]"),
        A(f"perfect that's gone through we'll deliver on the ((date:third)) and plant them within ((duration:a day)) of arrival"),
    ]


# t42-040 property management (US): owner paying dues for two condos on two linked accounts
@case("transcript")
def _():
    a1, a2 = "HOA-" + acct("99999"), "HOA-" + acct("99999")
    h1, h2 = house(100, 999), house(100, 999)
    zp = zipc("miami")
    c = card("visa")
    e = expiry()
    v = cvv()
    d1 = num(310, 480)
    d2 = num(280, 460)
    office = ph_us("miami")
    ext = str(num(10, 99))
    return [
        A("Bayshore Community Management, [[NAME:Yolanda]] speaking."),
        C("Hi [[NAME:Yolanda]]. This is Dr. [[NAME:Hyun-woo Park]]. I own ((count:two)) units at Coral Pointe and I want to pay both quarters."),
        A("Of course. Do you have the account numbers? Each unit has its own."),
        C(f"The first is [[ACCOUNT_NUMBER:{a1}]] for [[ADDRESS:{h1} Coral Way, Unit 4B]]. The second I think is [[ACCOUNT_NUMBER:{a2}]], that's [[ADDRESS:{h2} Coral Way, Unit 11A]]."),
        A(f"Yes, both linked to you. ((other:Unit 4B)) owes ((price:${d1})) and ((other:11A)) owes ((price:${d2}))."),
        C("Put both on ((count:one)) card, please."),
        A(f"Total ((price:${d1 + d2})). Card number?"),
        C(f"[[CARD_NUMBER:{c4(c)}]], expiry [[EXPIRY:{e[0]}/{e[1][2:]}]], security code [[CVV:{v}]]."),
        A(f"Thank you. Both are paid. Confirmation ((other:{fail_luhn(10)})). Is [[POSTCODE:{zp}]] still your mailing ZIP?"),
        C("Yes. Also, the board wants a daytime number. My office is [[PHONE#o:" + ph_t(office) + "]], extension [[PHONE#o/e:" + ext + "]]."),
        A("Added. Anything else, Dr. [[NAME:Park]]?"),
        C("No, that's all."),
    ]


# t42-041 mobile family plan (Canada): adding parents, two dates of birth, SIN check
@case("asr")
def _():
    sin = sin_ca()
    d_m = dob(1948, 1956)
    d_f = dob(1945, 1954)
    m1 = ph_us("winnipeg")
    m2 = ph_us("winnipeg")
    acc = acct("999999999")
    return [
        A("prairie mobile this is [[NAME:dakota]] how can i help"),
        C(f"hi [[NAME:dakota]] it's [[NAME:anjali deshpande]] my account is [[ACCOUNT_NUMBER:{w(acc[:3])} {w(acc[3:6])} {w(acc[6:])}]] i want to add my parents"),
        A("great for a new line we do a quick credit check on the account holder can i get your social insurance number"),
        C(f"[[SSN:{w(sin[:3])} {w(sin[3:6])} {w(sin[6:])}]]"),
        A("thanks that's approved and your parents names"),
        C(f"my mom is [[NAME:sunita deshpande]] and my dad is [[NAME:vikram]]"),
        A(f"and for the seniors discount i need their dates of birth"),
        C(f"mom is [[DOB:{mon(d_m[1]).lower()} {n2w(d_m[2])} {yr(d_m[0])}]]"),
        A("and your dad"),
        C(f"[[DOB:{n2w(d_f[2])} {mon(d_f[1]).lower()} {yr(d_f[0])}]]"),
        A("they both qualify so each line is ((price:twenty dollars a month)) are they keeping their numbers"),
        C(f"yes mom's is [[PHONE:{w(m1[:3])} {w(m1[3:6])} {wd(m1[6:])}]] and dad's [[PHONE:{w(m2)}]]"),
        A(f"let me read those back mom [[PHONE:{w(m1)}]] dad [[PHONE:{w(m2)}]]"),
        C("perfect"),
        A("the sims will arrive in ((duration:two to three business days)) and the transfer happens when they put them in"),
    ]


# t42-042 coffee subscription gift (UK): friend's delivery address, own billing address, two e-mails
@case("transcript")
def _():
    h1, p1 = house(1, 99), ukpc("BN2")
    h2, p2 = house(1, 60), ukpc("YO31")
    c = card("visa")
    e = expiry()
    v = cvv()
    return [
        A("Good morning, Grindstone Coffee Club, you're speaking to [[NAME:Ffion]]."),
        C("Hi [[NAME:Ffion]], I'd like to buy a gift subscription for a friend. ((duration:Six months))."),
        A("Lovely. Who's it for, and where should it go?"),
        C(f"[[NAME:Tobias Engel]]. He lives at [[ADDRESS:{h2} Heworth Green, York]], [[POSTCODE:{p2}]]."),
        A(f"And what's his email, so we can tell him it's coming?"),
        C("It's [[EMAIL:tobias.engel@posteo.de]]. He's German, he kept his old email."),
        A("Got it. And your details for billing?"),
        C(f"I'm [[NAME:Rhiannon Pryce]], [[ADDRESS:{h1} Elm Grove, Brighton]], [[POSTCODE:{p1}]]."),
        A(f"And your email, for the receipt?"),
        C("It's [[EMAIL:rhi.pryce@gmail.com]]."),
        A("Thank you. Whole bean or ground?"),
        C("Whole bean. He's fussy."),
        A(f"That's ((price:£{num(70, 95)}.{R.choice(['00', '50'])})) for ((count:6)) bags. Card details when you're ready."),
        C(f"[[CARD_NUMBER#a:{cb(c)[0]} {cb(c)[1]}]], then [[CARD_NUMBER#a:{cb(c)[2]} {cb(c)[3]}]]. Expires [[EXPIRY:{e[0]}/{e[1][2:]}]]. Code on the back [[CVV:{v}]]."),
        A(f"Perfect. The first bag goes to [[NAME:Tobias]] on the ((date:1st))."),
    ]


# t42-043 phone repair shop (US): two handsets, two numbers, IMEIs beside them
@case("asr")
def _():
    p1 = ph_us("boston")
    p2 = ph_us("boston")
    i1, i2 = fail_luhn(15, "35"), fail_luhn(15, "35")
    c = card("disc")
    b = cb(c)
    e = expiry()
    v = cvv()
    tkt = acct("99999")
    return [
        A("back bay phone repair [[NAME:sal]] speaking"),
        C("hi [[NAME:sal]] i dropped off ((count:two)) phones this morning one for me one for my daughter"),
        A("what name"),
        C("[[NAME:gianna russo]]"),
        A(f"yep ticket [[ACCOUNT_NUMBER:{w(tkt)}]] the iphone with the imei ending ((other:{w(i1[-6:])})) and the samsung ending ((other:{w(i2[-6:])}))"),
        C("i don't know those but yes an iphone and a samsung"),
        A("okay both are done but i need to confirm which number goes with which so we can text when each is ready"),
        C(f"mine the iphone is [[PHONE:{w(p1[:3])} {w(p1[3:6])} {w(p1[6:])}]] and my daughter's the samsung is [[PHONE:{w(p2[:3])} {w(p2[3:6])} {w(p2[6:])}]]"),
        A(f"together it's ((price:two forty nine)) with tax can i take a card"),
        C(f"discover [[CARD_NUMBER:{w(b[0])} {w(b[1])} {w(b[2])} {w(b[3])}]]"),
        A(f"and the expiry and code"),
        C(f"[[EXPIRY:{w(e[0])} {yr(e[1])}]] and [[CVV:{w(v)}]]"),
        A("thanks you can pick them up any time before ((time:seven))"),
    ]


# t42-044 car dealership trade-in (Australia): rego of the trade-in, licence, date of birth
@case("transcript")
def _():
    rego = acct("AAA99A")
    lic = acct("99999999")
    d = dob(1975, 1995)
    h, pc = house(1, 150), aupc(6100, 6169)
    mob = ph_au("mob")
    vin = acct("AAA9AAAA99A999999")
    return [
        A("Swan Valley Toyota, [[NAME:Brodie]] speaking."),
        C("Hi [[NAME:Brodie]], it's [[NAME:Ngaio Whitehorse]]. I'm trading in my Mazda on the ((model_number:RAV4)) we talked about."),
        A(f"Good stuff. I need a few details for the contract. The trade-in's rego?"),
        C(f"[[ACCOUNT_NUMBER:{rego}]]."),
        A(f"And your driver's licence number?"),
        C(f"[[ACCOUNT_NUMBER:{lic}]]."),
        A(f"Date of birth as it appears on the licence?"),
        C(f"[[DOB:{d[2]:02d}/{d[1]:02d}/{d[0]}]]."),
        A(f"And the residential address?"),
        C(f"[[ADDRESS:{h} Great Eastern Highway, Midland]] WA [[POSTCODE:{pc}]]."),
        A(f"Thanks. The new car's VIN is [[ACCOUNT_NUMBER:{vin}]], ((year:2024)) model, with ((quantity:12 km)) on the clock. We're giving you ((price:$14,500)) for the Mazda."),
        C("That's what we agreed. What number will finance call?"),
        A("Whatever you give me."),
        C(f"[[PHONE:{ph_t(mob)}]]."),
        A("Sweet. Pick-up is Saturday week at ((time:10))."),
    ]


# t42-045 bridal alterations (Ireland): measurements, card in five pieces, two phones
@case("asr")
def _():
    c = card("visa")
    b = cb(c)
    e = expiry()
    v = cvv()
    mob = ph_ie()
    mum = ph_ie()
    bal = num(180, 340)
    return [
        A("hello stitch and style alterations [[NAME:bridget]] speaking"),
        C("hi [[NAME:bridget]] it's [[NAME:roisin mcgrath]] i've my final fitting for the wedding dress next week and i want to pay the balance now"),
        A(f"congratulations [[NAME:roisin]] yes the balance is ((price:{n2w(bal, False)} euro)) we took in the bodice ((quantity:two centimetres)) and took up the hem"),
        C("perfect have you a pen"),
        A("go ahead"),
        C(f"[[CARD_NUMBER#a:{w(b[0])}]]"),
        A("yes"),
        C(f"[[CARD_NUMBER#a:{w(b[1][:2])}]] sorry [[CARD_NUMBER#a:{w(b[1][2:])}]]"),
        A("yes"),
        C(f"[[CARD_NUMBER#a:{w(b[2])}]] and [[CARD_NUMBER#a:{w(b[3])}]]"),
        A(f"so that's [[CARD_NUMBER:{w(c)}]]"),
        C("that's it"),
        A("and the expiry"),
        C(f"[[EXPIRY:{mon(e[0]).lower()} {pair(e[1][2:])}]] and the ((count:three)) on the back [[CVV:{w(v)}]]"),
        A("lovely and is it still [[PHONE:" + wd(mob) + "]] for you"),
        C(f"it is and put my mam's number down as well in case [[PHONE:{wd(mum)}]] she's collecting it"),
        A("no bother we'll see you the ((date:fourteenth)) at ((time:two o'clock))"),
    ]


# t42-046 travel agent (Canada): misspelt name on the booking, loyalty number, change fee
@case("transcript")
def _():
    bk = acct("AAAA99")
    aero = acct("999 999 999")
    c = card("visa")
    e = expiry()
    v = cvv()
    return [
        A("Maple Leaf Getaways, this is [[NAME:Priscilla]]. How can I help?"),
        C(f"Hi [[NAME:Priscilla]]. I booked a trip to Lisbon and the confirmation has my name wrong. Booking [[ACCOUNT_NUMBER:{bk}]]."),
        A("Let me see. I have the lead passenger as [[NAME:Jon Bouchard]]. Is that you?"),
        C("It's [[NAME:Jean Bouchard]]. [[NAME:J-E-A-N]]. Someone must have heard it as an English name."),
        A("I'm sorry about that. The airline allows a name correction, but there's a ((price:$75)) fee from them, I can't waive it."),
        C("Fine, as long as I can actually board."),
        A(f"I'll fix it now. Do you have an Aeroplan number you'd like on the booking? It's not there."),
        C(f"Yes, [[ACCOUNT_NUMBER:{aero}]]."),
        A(f"Added. You're on ((flight_number:AC 834)) on the ((date:9th of May)), and back on ((flight_number:AC 835)) on the ((date:23rd))."),
        C("That's right. And the second traveller is fine?"),
        A("[[NAME:Margaux Bouchard]], yes, that matches her passport entry."),
        C("Good. Here's the card for the fee."),
        C(f"[[CARD_NUMBER:{c4(c)}]]. Expiry [[EXPIRY:{e[0]}/{e[1][2:]}]]."),
        A("And the ((count:three))-digit code?"),
        C(f"[[CVV:{v}]]."),
        A("Done. The corrected e-ticket goes out within ((duration:48 hours)). Anything else?"),
        C("No, thanks for sorting it."),
    ]


# t42-047 furniture store (US, IVR): IVR declines the card, agent takes another, delivery address
@case("asr")
def _():
    zp = zipc("raleigh")
    c1 = card("visa")
    c2 = card("mc")
    b2 = cb(c2)
    e2 = expiry()
    v2 = cvv()
    h = house(100, 9999)
    cell = ph_us("raleigh")
    order = acct("99999999")
    return [
        I("welcome to tarheel furniture outlet to make a payment on an order press ((other:two))"),
        C("((other:two))"),
        I("please enter your order number"),
        C(f"[[ACCOUNT_NUMBER:{w(order)}]]"),
        I("please enter your card number"),
        C(f"[[CARD_NUMBER:{w(c1)}]]"),
        I("please enter the billing zip code"),
        C(f"[[POSTCODE:{w(zp)}]]"),
        I("we're sorry your card could not be authorized please hold for an associate"),
        A("hi this is [[NAME:brianna]] i see the card didn't go through did you want to try another one"),
        C("yeah it's my debit i think it has a daily limit let me use my credit card"),
        A("sure go ahead"),
        C(f"[[CARD_NUMBER#a:{w(b2[0])} {w(b2[1])}]] hold on [[CARD_NUMBER#a:{w(b2[2])} {w(b2[3])}]]"),
        A("expiration and security code"),
        C(f"[[EXPIRY:{w(e2[0])} slash {w(e2[1][2:])}]] [[CVV:{w(v2)}]]"),
        A(f"that one went through the recliner and the ottoman are paid off and delivery is scheduled what's the address"),
        C(f"[[ADDRESS:{hn(h)} falls of neuse road apartment {n2w(num(1, 30))} c]] [[POSTCODE:{w(zp)}]]"),
        A(f"and the driver will call [[PHONE:{w(cell)}]] is that you"),
        C(f"that's my cell yes and i'm [[NAME:keisha monroe]]"),
        A(f"thank you miss [[NAME:monroe]] delivery is tuesday between ((time:ten)) and ((time:two))"),
    ]


# t42-048 letting agent (UK): landlord with two properties, new bank account, new e-mail
@case("transcript")
def _():
    ll = acct("LL9999")
    h1, p1 = house(1, 140), ukpc("L17")
    h2, p2 = house(1, 90), ukpc("CH41")
    sc, ac = acct("99-99-99"), acct("99999999")
    rent1, rent2 = num(7, 11) * 100 + 50, num(6, 9) * 100 + 25
    ded = num(60, 120)
    return [
        A("Mersey Lettings, landlord team, [[NAME:Ewan]] speaking."),
        C(f"Hi [[NAME:Ewan]], it's [[NAME:Hafsa Qureshi]], landlord reference [[ACCOUNT_NUMBER:{ll}]]."),
        A("Hi [[NAME:Hafsa]], what can I do for you?"),
        C("I've had the statements for my ((count:two)) properties and one of them looks short."),
        A(f"Let me look. You've got [[ADDRESS:{h1} Aigburth Road]], [[POSTCODE:{p1}]], and [[ADDRESS:{h2} Argyle Street, Birkenhead]], [[POSTCODE:{p2}]]."),
        C("That's right. The Birkenhead one should be ((price:£" + f"{rent2:,}" + ")) but I only got ((price:£" + f"{rent2 - ded}" + "))."),
        A(f"Yes, there was a ((price:£{ded})) plumber's invoice taken off, for the boiler pressure valve. The invoice is attached to the statement."),
        C("Oh, okay, I didn't see that. While I've got you, can you change my bank account? I've moved to Nationwide."),
        A("I can, but I'll need to send a verification link to your email first. Is it still [[EMAIL:hafsa.q@blueyonder.co.uk]]?"),
        C("No, that's dead. It's [[EMAIL:hafsaqureshi.lettings@gmail.com]] now."),
        A("Updated, and I've sent the link. Once you click it, read me the new details."),
        C(f"Done. Sort code [[ACCOUNT_NUMBER:{sc}]], account [[ACCOUNT_NUMBER:{ac}]]."),
        A(f"Sort code [[ACCOUNT_NUMBER:{sc}]], account [[ACCOUNT_NUMBER:{ac}]]. That'll apply from the next rent run on the ((date:5th))."),
        C(f"And the Aigburth one stays at ((price:£{rent1:,}))?"),
        A("Yes, no change there."),
    ]


# t42-049 after-school care (Australia): kids' dates of birth, Medicare number, two phones
@case("asr")
def _():
    k1 = kid_dob(2015, 2017)
    k2 = kid_dob(2017, 2019)
    medi = acct("9999 99999 9")
    mob = ph_au("mob")
    work = ph_au("7")
    return [
        A("hi you've called little wattle oshc [[NAME:kayla]] speaking"),
        C("hi [[NAME:kayla]] it's [[NAME:sunny chen]] i'm enrolling my kids for ((other:term three))"),
        A("lovely can i get the kids names and birthdays"),
        C(f"[[NAME:ethan chen]] [[DOB:{n2w(k1[2])} {n2w(k1[1])} {yr(k1[0], False)}]] and [[NAME:chloe chen]] [[DOB:{ordw(k2[2])} of {mon(k2[1]).lower()} {yr(k2[0])}]]"),
        A("and for the medical form their medicare number"),
        C(f"they're both on mine it's [[ACCOUNT_NUMBER:{w(medi[:4])} {w(medi[5:10])} {w(medi[-1])}]]"),
        A(f"and [[NAME:ethan]]'s number on the card is ((other:two)) and [[NAME:chloe]] is ((other:three))"),
        C("yeah i'm ((other:one)) and my husband's on there too"),
        A("perfect and a mobile"),
        C(f"[[PHONE:{w(mob[:4])} {w(mob[4:7])} {w(mob[7:])}]] and my work is [[PHONE:{w(work[:2])} {w(work[2:6])} {w(work[6:])}]] i'm a nurse so i don't always answer"),
        A(f"no worries and you're registered for the ccs so it'll come down to about ((price:twenty eight dollars a session))"),
        C("great when can they start"),
        A("monday the ((date:fourteenth)) pickup from the classroom at ((time:three ten))"),
    ]


# t42-050 stolen bike (US): frame serial, police report, insurance claim, address, e-mail
@case("transcript")
def _():
    ser = acct("AAA999A999")
    pol = acct("99-999999")
    clm = acct("BK9999999")
    h, zp = house(100, 4999), zipc("denver")
    cell = ph_us("denver")
    return [
        A("Thanks for calling Front Range Cycles, this is [[NAME:Dante]]."),
        C("Hi [[NAME:Dante]]. My bike was stolen and my insurance needs a replacement quote from the shop I bought it from. I'm [[NAME:Willa Hargreaves]]."),
        A(f"Oh no, sorry. Let me look you up. The ((model_number:Trek FX 3)) from ((year:2023))?"),
        C("Yes. The frame serial's on my receipt, it's ((other:" + ser + "))."),
        A("That matches our records. Did you file a police report?"),
        C(f"Yes, report number [[ACCOUNT_NUMBER:{pol}]], and my insurance claim number is [[ACCOUNT_NUMBER:{clm}]]."),
        A(f"The same bike now is ((price:$949.99)), plus the lock and lights you bought would be ((price:$138)). I'll put it on letterhead."),
        C("Can you email it to me and I'll forward it?"),
        A("Sure, what's your email?"),
        C("[[EMAIL:willa.hargreaves@icloud.com]]."),
        A(f"And for the quote, the address we have is [[ADDRESS:{h} Tennyson Street]], [[POSTCODE:{zp}]]?"),
        C(f"That's it. And you can call [[PHONE:{ph_t(cell)}]] if they have questions."),
        A("I'll send it in ((duration:an hour)) or so. And I'll flag the serial in case it shows up for a tune-up."),
        C("Thank you, [[NAME:Dante]]."),
    ]


# t42-051 flower subscription (Ireland): office and home deliveries, two Eircodes
@case("transcript")
def _():
    e1, e2 = eircode("D02"), eircode("A96")
    h1, h2 = house(10, 80), house(1, 40)
    c = card("visa")
    e = expiry()
    v = cvv()
    return [
        A("Bloom Box, [[NAME:Clodagh]] speaking, how can I help?"),
        C("Hi [[NAME:Clodagh]]. I get the fortnightly flowers delivered to my office, but I'm working from home ((count:two)) days a week now."),
        A("No problem, we can split deliveries. Can I have your name?"),
        C("[[NAME:Valentina Russo-Keane]]."),
        A(f"Thanks [[NAME:Valentina]]. I have the office as [[ADDRESS:{h1} Fitzwilliam Square, Dublin 2]], [[POSTCODE:{e1}]]."),
        C("That's right. The home address is [[ADDRESS:" + f"{h2} Albert Road Upper, Glenageary" + "]], Eircode [[POSTCODE:" + e2 + "]]."),
        A(f"Let me repeat that. [[ADDRESS:{h2} Albert Road Upper, Glenageary]], [[POSTCODE:{e2}]]."),
        C("Perfect. Can the home ones come on Thursdays?"),
        A(f"Yes, Thursday deliveries are between ((time:9)) and ((time:1)). Upgrading to weekly makes it ((price:€34 a box)) instead of ((price:€39))."),
        C("Let's do weekly then. And charge my new card, the old one's being replaced."),
        A("Go ahead."),
        C(f"[[CARD_NUMBER:{c4(c)}]]."),
        A("And the expiry and the CVV?"),
        C(f"Expires [[EXPIRY:{mon(e[0])[:3]} {e[1]}]], CVV is [[CVV:{v}]]."),
        A("All updated. Your first home delivery is on the ((date:16th))."),
    ]


# t42-052 washing machine repair visit (UK): model and serial beside the address and phones
@case("asr")
def _():
    ser = acct("99999999")
    h, pc = house(1, 120), ukpc("S11")
    mob = ph_uk_mob()
    home = ph_uk_land("sheffield")
    c = card("mc")
    b = cb(c)
    e = expiry()
    v = cvv()
    return [
        A("appliancecare repairs [[NAME:shabnam]] speaking"),
        C("hiya [[NAME:shabnam]] my washing machine's stopped draining and it's still under the extended warranty"),
        A("let's get an engineer out what's the model number on the door"),
        C(f"it's a ((model_number:w m w eight four five)) and there's a serial under it ((other:{w(ser)}))"),
        A("lovely and the name on the warranty"),
        C("[[NAME:dorothy hinchliffe]]"),
        A("and the address"),
        C(f"[[ADDRESS:{hn(h)} ecclesall road]] [[POSTCODE:{letters(pc)}]]"),
        A("and a number for the engineer on the day"),
        C(f"home's [[PHONE:{w(home[:4])} {w(home[4:7])} {w(home[7:])}]] and my mobile's [[PHONE:{wd(mob)}]]"),
        A("right the warranty covers parts and labour but there's a ((price:thirty five pound)) call out excess can i take that now"),
        C("go on then"),
        C(f"[[CARD_NUMBER#a:{w(b[0])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#a:{w(b[1])} {w(b[2])}]]"),
        A("mm-hmm"),
        C(f"[[CARD_NUMBER#a:{w(b[3])}]] and it runs out [[EXPIRY:{w(e[0])} {w(e[1][2:])}]]"),
        A("and the security code"),
        C(f"[[CVV:{w(v)}]]"),
        A("engineer's booked for friday between ((time:eight)) and ((time:twelve)) he'll ring ((duration:half an hour)) before"),
    ]


# t42-053 marketplace buyer protection (Australia, IVR then agent): order, postcode, refund card
@case("transcript")
def _():
    order = acct("999-9999999")
    pc = aupc(5000, 5099)
    c = card("visa")
    old4 = dg(4)
    mob = ph_au("mob")
    amt = money(60, 290)
    return [
        I("Welcome to Swapshop buyer protection. Please enter your order number."),
        C(f"[[ACCOUNT_NUMBER:{order}]]"),
        I("Please say the postcode of your delivery address."),
        C(f"[[POSTCODE:{pc}]]."),
        I("Thank you. I'll put you through to a claims specialist. Your estimated wait time is ((duration:4 minutes))."),
        A("Hi, it's [[NAME:Jarrod]] from buyer protection. I can see you've lodged a not-received claim?"),
        C("Yes. I'm [[NAME:Honor Blackwood]]. The seller says it was delivered, but it wasn't, and they won't answer me."),
        A(f"I'm sorry, [[NAME:Honor]]. The tracking shows ((other:{fail_luhn(13)})) was left in a parcel locker, but there's no signature or photo. You're covered for ((price:${amt[0]}.{amt[1]:02d})), the full amount."),
        C("Great. But I paid with a card that's been cancelled, the one ending [[CARD_NUMBER/p:" + old4 + "]]."),
        A("In that case I can send it to a new card. What's the number?"),
        C(f"[[CARD_NUMBER:{c4(c)}]]."),
        A(f"That's a Visa ending [[CARD_NUMBER/p:{c[-4:]}]]. Refunds land in ((duration:3 to 5 business days))."),
        C("Thanks. Will you text me when it's done?"),
        A(f"Yes, to [[PHONE:{ph_t(mob)}]]. Is that still yours?"),
        C("Yes, it is."),
    ]


# t42-054 private school admissions (US): two applicants' dates of birth, application fee
@case("transcript")
def _():
    k1 = kid_dob(2012, 2014)
    k2 = kid_dob(2015, 2017)
    h, zp = house(10, 999), zipc("boston")
    cell = ph_us("boston")
    c = card("amex")
    e = expiry()
    v = cvv(4)
    fam = acct("99999")
    return [
        A("Admissions office, Beacon Hill Day School, this is [[NAME:Meredith]]."),
        C("Hi [[NAME:Meredith]]. I'm applying for my ((count:two)) children for next fall and the online form keeps timing out. I'm [[NAME:Olumide Bankole]]."),
        A("I'm sorry! I can take the basics by phone and you can upload documents later. Children's names and dates of birth?"),
        C(f"[[NAME:Temi]], [[DOB:{k1[1]}/{k1[2]}/{k1[0]}]], applying for ((other:grade {2025 - k1[0] - 6})). And [[NAME:Ade]], [[DOB:{mon(k2[1])} {k2[2]}, {k2[0]}]], for ((other:grade {2025 - k2[0] - 6}))."),
        A("Thank you. Home address?"),
        C(f"[[ADDRESS:{h} Mount Vernon Street]], Boston, [[POSTCODE:{zp}]]."),
        A(f"And the best phone?"),
        C(f"[[PHONE:{ph_t(cell)}]]."),
        A(f"Your family ID is [[ACCOUNT_NUMBER:{fam}]]. The application fee is ((price:$75)) per child."),
        C(f"I'll use my Amex. [[CARD_NUMBER:{c4(c)}]], expiration [[EXPIRY:{e[0]}/{e[1][2:]}]], and the code on the front is [[CVV:{v}]]."),
        A(f"That's ((price:$150)) charged. Interviews are on the ((date:8th)) and ((date:15th of January))."),
        C("Perfect, thank you."),
    ]


# t42-055 dry-cleaning pickup (Canada): condo suite and buzzer code, work phone extension
@case("asr")
def _():
    h, pc = house(100, 999), capc("M5V")
    suite = num(1001, 3899)
    buzz = dg(4)
    work = ph_us("toronto")
    ext = str(num(100, 999))
    c = card("visa")
    e = expiry()
    v = cvv()
    return [
        A("press and go valet [[NAME:farah]] speaking"),
        C("hi [[NAME:farah]] i want to set up weekly pickups for shirts i'm [[NAME:benedict osei]]"),
        A("sure what's the address for pickup"),
        C(f"[[ADDRESS:{hn(h)} front street west suite {hn(suite)}]] [[POSTCODE:{letters(pc)}]]"),
        A(f"is there a buzzer code for the driver"),
        C(f"yeah it's ((other:{w(buzz)})) or they can leave it with the concierge"),
        A(f"great shirts are ((price:three ninety nine each)) laundered and pressed and pickup is tuesdays"),
        C("perfect"),
        A("and what's a daytime number in case the driver can't get in"),
        C(f"my office [[PHONE#o:{w(work[:3])} {w(work[3:6])} {w(work[6:])}]] extension [[PHONE#o/e:{w(ext)}]]"),
        A("and do you want to save a card for the weekly charge"),
        C(f"yes [[CARD_NUMBER:{w(c[:4])} {w(c[4:8])} {w(c[8:12])} {w(c[12:])}]]"),
        A("expiry"),
        C(f"[[EXPIRY:{w(e[0])} {w(e[1][2:])}]]"),
        A("and cvv"),
        C(f"[[CVV:{w(v)}]]"),
        A("and an email for receipts"),
        C("[[EMAIL:ben osei at rogers dot com]]"),
        A("all set first pickup tuesday between ((time:seven)) and ((time:nine a m))"),
    ]


# t42-056 car finance settlement (UK): agreement number, old and new address, DOB, new e-mail
@case("transcript")
def _():
    agr = acct("PCP99999999")
    d = dob(1978, 1996)
    h1, p1 = house(1, 150), ukpc("CF14")
    h2, p2 = house(1, 80), ukpc("NP20")
    c = card("visa")
    e = expiry()
    v = cvv()
    setl = num(6200, 14800)
    return [
        A("Good afternoon, Dragon Motor Finance, [[NAME:Rhodri]] speaking."),
        C(f"Hi [[NAME:Rhodri]], I'd like a settlement figure on my car finance. The agreement number is [[ACCOUNT_NUMBER:{agr}]]."),
        A("Thanks. Can I take your full name and date of birth?"),
        C(f"[[NAME:Anwen Lloyd-Jenkins]], [[DOB:{d[2]} {mon(d[1])} {d[0]}]]."),
        A(f"And the first line of your address and postcode?"),
        C(f"It'll still say [[ADDRESS:{h1} Whitchurch Road]], [[POSTCODE:{p1}]], but I've moved to Newport."),
        A("Okay, you're verified on the old one. What's the new address?"),
        C(f"[[ADDRESS:{h2} Stow Hill]], [[POSTCODE:{p2}]]."),
        A(f"Updated. The settlement figure, valid for ((duration:28 days)), is ((price:£{setl:,}.{num(10, 99)})). Would you like to pay it now?"),
        C("I'll pay part of it today on my card and the rest by bank transfer next week."),
        A(f"That's fine. How much today?"),
        C("((price:£2,000))."),
        A("Card number, please."),
        C(f"[[CARD_NUMBER:{c4(c)}]], expiry [[EXPIRY:{e[0]}/{e[1][2:]}]]."),
        A("Security code?"),
        C(f"[[CVV:{v}]]."),
        A("That's gone through. We'll email an updated figure. We have [[EMAIL:anwen.lj@aol.co.uk]]?"),
        C("No, use [[EMAIL:anwen.lloydjenkins@outlook.com]]. I don't check the AOL one anymore."),
        A("Done, and I've noted the new address on both."),
    ]


# t42-057 pet supplies subscription (US): old and new shipping address, wrong expiry corrected
@case("asr")
def _():
    h1, z1 = house(100, 999), zipc("pittsburgh")
    h2, z2 = house(1000, 9999), zipc("pittsburgh")
    c = card("mc")
    e = expiry()
    bad_m = "%02d" % (int(e[0]) % 12 + 1)
    v = cvv()
    return [
        A("thanks for calling pawprint pantry this is [[NAME:cody]]"),
        C("hi [[NAME:cody]] i'm moving next week and need to change where my dog food box goes"),
        A("no problem can i get your name or email"),
        C("[[NAME:rosamund fairweather]] and the email is [[EMAIL:roz fairweather at comcast dot net]]"),
        A(f"got you i have it going to [[ADDRESS:{hn(h1)} penn avenue]] [[POSTCODE:{w(z1)}]]"),
        C(f"right from the ((date:first)) it'll be [[ADDRESS:{hn(h2)} perrysville avenue]] zip [[POSTCODE:{w(z2)}]]"),
        A(f"okay so starting with the ((date:march first)) box it goes to the new address and it's the ((quantity:thirty pound)) bag of the salmon formula for biscuit"),
        C("yep that's her"),
        A("and i see your card on file expired last month do you want to update it while we're here"),
        C(f"oh yeah it's [[CARD_NUMBER:{wp(c)}]]"),
        A("and the expiration"),
        C(f"[[EXPIRY:{w(bad_m)} {w(e[1][2:])}]] wait no sorry that's the old one the new one says [[EXPIRY:{w(e[0])} {w(e[1][2:])}]]"),
        A("and the cvc"),
        C(f"[[CVV:{w(v)}]]"),
        A("you're all updated the box is ((price:fifty four ninety nine)) and ships on the ((date:twenty eighth))"),
    ]


# t42-058 laptop data recovery (Canada): address, postal code, cell and partner's phone, card
@case("transcript")
def _():
    h, pc = house(10, 999), capc("H2T")
    cell = ph_us("montreal")
    alt = ph_us("montreal")
    c = card("mc")
    e = expiry()
    v = cvv()
    job = acct("DR-99999")
    return [
        A("Récupération Plus, good morning, [[NAME:Étienne]] speaking."),
        C("Good morning. My laptop died and I need the photos off it. I'm [[NAME:Mireille Tremblay-Nakamura]]."),
        A(f"Okay. We do a free diagnosis, then quote. If the drive is physically damaged it's usually between ((price:$450)) and ((price:$900))."),
        C("That's a lot, but there are ((duration:ten years)) of photos on it."),
        A("Understood. We'll send a courier box. What address?"),
        C(f"[[ADDRESS:{h} Avenue Laurier Ouest, Montréal]], [[POSTCODE:{pc}]]."),
        A(f"And a phone number?"),
        C(f"My cell is [[PHONE:{ph_t(cell)}]]. If I'm at work, call my husband, [[NAME:Kenji]], at [[PHONE:{ph_t(alt)}]]."),
        A("Noted. We take a ((price:$50)) deposit for the courier, refunded if we can't recover anything."),
        C(f"Okay. [[CARD_NUMBER:{cb(c)[0]}, {cb(c)[1]}, {cb(c)[2]}, {cb(c)[3]}]]."),
        A("Expiry and CVC?"),
        C(f"[[EXPIRY:{e[0]}/{e[1][2:]}]], [[CVV:{v}]]."),
        A(f"Thank you. Your job number is [[ACCOUNT_NUMBER:{job}]]. The box arrives in ((duration:2 days))."),
    ]


# t42-059 travel agent (Australia): booking parents' trip, two passports, card restarted
@case("asr")
def _():
    p1, p2 = acct("AA9999999"), acct("AA9999999")
    d1, d2 = dob(1949, 1955), dob(1951, 1958)
    other = card("mc")
    c = card("visa")
    b = cb(c)
    e = expiry()
    v = cvv()
    bk = acct("AAA9999")
    return [
        A("outback and beyond travel [[NAME:zoe]] speaking"),
        C("hi [[NAME:zoe]] my name's [[NAME:hamish mcallister]] i'm booking the rail tour for my mum and dad as a present"),
        A(f"oh lovely the ghan from darwin to adelaide i've got it on hold reference [[ACCOUNT_NUMBER:{letters(bk)}]]"),
        C("that's it"),
        A("i need their passport numbers for the id check and dates of birth"),
        C(f"dad is [[NAME:ian mcallister]] passport [[ACCOUNT_NUMBER:{letters(p1)}]] born [[DOB:{n2w(d1[2])} {n2w(d1[1])} {yr(d1[0])}]]"),
        A("and your mum"),
        C(f"[[NAME:fiona mcallister]] passport [[ACCOUNT_NUMBER:{letters(p2)}]] born [[DOB:{ordw(d2[2])} of {mon(d2[1]).lower()} {yr(d2[0])}]]"),
        A(f"great the gold twin cabin is ((price:four thousand two hundred dollars per person)) shall i take payment"),
        C(f"[[CARD_NUMBER#a/x:{w(other[:7])}]] hang on that's my mastercard wrong card sorry"),
        A("no worries take your time"),
        C(f"okay the visa [[CARD_NUMBER#b:{w(b[0])} {w(b[1])}]] um [[CARD_NUMBER#b:{w(b[2])}]] and [[CARD_NUMBER#b:{w(b[3])}]]"),
        A("and expiry"),
        C(f"[[EXPIRY:{w(e[0])} {w(e[1][2:])}]] cvv [[CVV:{w(v)}]]"),
        A("all paid they depart on the ((date:nineteenth)) and it's ((duration:three nights))"),
    ]


# t42-060 appliance redelivery (US): delivery and billing addresses, home and cell, fee
@case("transcript")
def _():
    order = acct("999999999")
    h1, z1 = house(100, 9999), zipc("sandiego")
    h2, z2 = house(100, 999), zipc("sandiego")
    home = ph_us("sandiego")
    cell = ph_us("sandiego")
    c = card("disc")
    e = expiry()
    v = cvv()
    return [
        A("Coastal Appliance Delivery, this is [[NAME:Marco]]."),
        C(f"Hi [[NAME:Marco]], I missed my fridge delivery yesterday and I got a note saying I have to pay for redelivery. Order [[ACCOUNT_NUMBER:{order}]]."),
        A(f"I see it. Driver attempted at ((time:2:40 p.m.)). There's a ((price:$49)) redelivery fee, I'm afraid."),
        C("Fine. But the problem is it went to my billing address. It's supposed to go to my rental property."),
        A(f"Ah. I have the delivery address as [[ADDRESS:{h1} Clairemont Mesa Boulevard]], [[POSTCODE:{z1}]]."),
        C(f"That's my house. It should be [[ADDRESS:{h2} Garnet Avenue, Unit 3]], [[POSTCODE:{z2}]]. The tenant's there during the day."),
        A(f"Got it, changed. And the phones on the order are [[PHONE:{ph_t(home)}]] and [[PHONE:{ph_t(cell)}]]?"),
        C(f"The first one is my home, don't use that. Use my cell, the second one."),
        A("Okay. Card for the fee?"),
        C(f"Discover, [[CARD_NUMBER:{c4(c)}]]."),
        A(f"Expiration?"),
        C(f"[[EXPIRY:{int(e[0])}/{e[1]}]]. The code is [[CVV:{v}]]."),
        A("Thanks. Redelivery is Thursday the ((date:6th)), ((time:8 to 12))."),
        C("And what's your name again?"),
        A("[[NAME:Marco]]. [[NAME:M-A-R-C-O]]."),
    ]


# t42-061 bike shop (UK): cycle-to-work certificate plus a card top-up, e-mail
@case("asr")
def _():
    cert = acct("CTW-999999")
    c = card("visa")
    b = cb(c)
    e = expiry()
    v = cvv()
    price = num(1300, 1900)
    limit = 1000
    return [
        A("pedal and chain [[NAME:ollie]] speaking"),
        C("hi [[NAME:ollie]] it's [[NAME:penny wainwright]] i've got a cycle to work certificate and i want the hybrid you had in the window"),
        A(f"oh the ((model_number:cube nature exc)) yeah that's ((price:{n2w(price, False)} pounds)) what's the certificate number"),
        C(f"[[ACCOUNT_NUMBER:{letters(cert)}]]"),
        A(f"okay that's approved for ((price:{n2w(limit, False)} pounds)) so there's a difference of ((price:{n2w(price - limit, False)})) to pay"),
        C("yeah i'll put the rest on my card"),
        A("go for it"),
        C(f"[[CARD_NUMBER#a:{w(b[0])} {w(b[1])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#a:{w(b[2])}]]"),
        A("and"),
        C(f"[[CARD_NUMBER#a:{w(b[3])}]]"),
        A("i've got [[CARD_NUMBER/p:" + w(b[2]) + "]] for the third lot is that right"),
        C("yeah"),
        A("expiry and the back code"),
        C(f"[[EXPIRY:{pair(e[0])} {pair(e[1][2:])}]] and [[CVV:{w(v)}]]"),
        A("lovely and an email for the scheme paperwork"),
        C("[[EMAIL:penny dot wainwright at nhs dot net]] it's my work one"),
        A("sorted it'll be built up in ((duration:two days)) and you can pick it up after ((time:ten))"),
    ]


# t42-062 letting agent (Ireland): rent arrears split over two cards, PPS for the HAP form
@case("transcript")
def _():
    tref = acct("T-99999")
    pp = pps()
    h, eir = house(1, 60), eircode("V94")
    c1, c2 = card("visa"), card("mc")
    e1, e2 = expiry(), expiry()
    v1, v2 = cvv(), cvv()
    arrears = num(900, 1600)
    part = num(4, 7) * 100
    return [
        A("Shannon Property Management, [[NAME:Niamh]] speaking."),
        C(f"Hi [[NAME:Niamh]], it's [[NAME:Tadhg Ó Briain]] from [[ADDRESS:{h} O'Connell Avenue, Limerick]]. I got the arrears letter."),
        A(f"Thanks [[NAME:Tadhg]]. Can you confirm your tenant reference and Eircode?"),
        C(f"[[ACCOUNT_NUMBER:{tref}]], [[POSTCODE:{eir}]]."),
        A(f"Grand. The arrears are ((price:€{arrears:,})), from when the HAP payment was stopped."),
        C("Yeah, that's why I'm ringing. The council need my PPS number on your form to restart it."),
        A("I can fill that in now. Go ahead."),
        C(f"[[SSN:{pp}]]."),
        A(f"So [[SSN:{pp[:4]} {pp[4:]}]]. Done, it'll go to the council today. Do you want to pay anything off now?"),
        C(f"I'll pay it all, but over ((count:two)) cards. ((price:€{part})) on the Visa and the rest on the Mastercard."),
        A("No problem. Visa first."),
        C(f"[[CARD_NUMBER:{c4(c1)}]], expiring [[EXPIRY:{e1[0]}/{e1[1][2:]}]], security [[CVV:{v1}]]."),
        A(f"That's through. And ((price:€{arrears - part:,})) on the Mastercard?"),
        C(f"[[CARD_NUMBER#m:{c2[:8]}]]... sorry... [[CARD_NUMBER#m:{c2[8:]}]], expires [[EXPIRY:{e2[0]}/{e2[1][2:]}]], and the code is [[CVV:{v2}]]."),
        A("All cleared. I'll send a nil balance statement."),
    ]


# t42-063 robotics after-school club (US): two kids, first card declined, home and cell
@case("asr")
def _():
    k1, k2 = kid_dob(2011, 2013), kid_dob(2014, 2016)
    c1, c2 = card("visa"), card("mc")
    b2 = cb(c2)
    e2 = expiry()
    v2 = cvv()
    home, cell = ph_us("raleigh"), ph_us("raleigh")
    return [
        A("durham makers club this is [[NAME:jasmine]]"),
        C("hi [[NAME:jasmine]] i'm [[NAME:hope delacroix]] i'm trying to sign my kids up for the spring robotics session"),
        A("great we have a few spots left how old are they"),
        C(f"my son [[NAME:remy]] was born [[DOB:{mon(k1[1]).lower()} {n2w(k1[2])} {yr(k1[0], False)}]] and [[NAME:celeste]] is [[DOB:{mon(k2[1]).lower()} {ordw(k2[2])} {yr(k2[0], False)}]]"),
        A("so they'd be in the senior and junior groups the fee is ((price:two hundred eighty five each)) for the ((duration:ten weeks))"),
        C("okay can i pay now"),
        A("sure"),
        C(f"[[CARD_NUMBER:{w(c1)}]]"),
        A("hmm it's not going through it says declined"),
        C("ugh that's the one with the fraud hold try this one"),
        C(f"[[CARD_NUMBER#b:{w(b2[0])}]] uh [[CARD_NUMBER#b:{w(b2[1])} {w(b2[2])} {w(b2[3])}]] expires [[EXPIRY:{w(e2[0])} {w(e2[1][2:])}]] code [[CVV:{w(v2)}]]"),
        A("that worked what's the best number if a kid gets sick"),
        C(f"my cell [[PHONE:{w(cell)}]] and if not the house [[PHONE:{w(home[:3])} {w(home[3:6])} {w(home[6:])}]]"),
        A(f"got it sessions start on the ((date:eighteenth)) from ((time:three thirty)) to ((time:five))"),
    ]


# t42-064 mobile plan transfer (Australia): father to son, two licences, two dates of birth
@case("transcript")
def _():
    acc = acct("99999999")
    d_f, d_s = dob(1956, 1964), dob(1988, 1996)
    l_f, l_s = acct("999999999"), acct("999999999")
    ph1, ph2 = ph_au("mob"), ph_au("mob")
    return [
        A("Outback Telco, [[NAME:Jaxon]] speaking. Who do I have?"),
        C(f"It's [[NAME:Bill Dunleavy]], and I've got my son [[NAME:Rhys]] here on speaker. We want to move his phone out of my name. Account [[ACCOUNT_NUMBER:{acc}]]."),
        A("No worries. I'll need to verify you both. [[NAME:Bill]], date of birth and licence number?"),
        C(f"[[DOB:{d_f[2]}/{d_f[1]}/{d_f[0]}]]. Licence [[ACCOUNT_NUMBER:{l_f}]]."),
        A("Thanks. And [[NAME:Rhys]]?"),
        C(f"G'day. I'm [[DOB:{d_s[2]} {mon(d_s[1])} {d_s[0]}]], licence [[ACCOUNT_NUMBER:{l_s[:3]} {l_s[3:6]} {l_s[6:]}]]."),
        A(f"Great. So the number moving across is [[PHONE:{ph_t(ph1)}]]?"),
        C(f"Yeah, and my other number, [[PHONE:{ph_t(ph2)}]], stays with Dad."),
        A("Okay, one moving, one staying. [[NAME:Rhys]], the new account needs an email."),
        C("[[EMAIL:rhys.dunleavy@bigpond.com]]."),
        A(f"Sweet. The transfer is done within ((duration:24 hours)), and your plan stays at ((price:$45 a month))."),
        C("Cheers, mate."),
    ]


# t42-065 garden centre (Canada): tree planting at a cottage, two postal codes, card
@case("asr")
def _():
    h1, p1 = house(10, 300), capc("K2P")
    pc2 = capc("K0K")
    c = card("visa")
    e = expiry()
    v = cvv()
    cell = ph_us("ottawa")
    return [
        A("rideau garden centre [[NAME:brigitte]] speaking"),
        C("hi [[NAME:brigitte]] i'd like to book the planting service for some trees at our cottage"),
        A(f"okay how many trees and what kind"),
        C(f"((count:five)) sugar maples the ((quantity:ten to twelve foot)) ones"),
        A(f"those are ((price:three forty nine)) each and planting is ((price:ninety dollars)) per tree plus travel where's the cottage"),
        C(f"it's in prince edward county there's no street number just a fire route the postal code is [[POSTCODE:{letters(pc2)}]]"),
        A("and the billing address"),
        C(f"[[ADDRESS:{hn(h1)} o'connor street ottawa]] [[POSTCODE:{letters(p1)}]]"),
        A("and your name"),
        C("[[NAME:chase whitmore]]"),
        A("we need a deposit of ((percentage:fifty percent)) to order the trees"),
        C(f"okay the card is [[CARD_NUMBER:{wd(c)}]]"),
        A("and the expiry"),
        C(f"[[EXPIRY:{mon(e[0]).lower()} {yr(e[1])}]] and the code on the back is [[CVV:{w(v)}]]"),
        A(f"and a number for the crew"),
        C(f"[[PHONE:{w(cell)}]]"),
        A("they'll be out the week of the ((date:twelfth)) the crew lead will call the day before"),
    ]


# t42-066 kilt hire (UK): hire reference, deposit card, return date, delivery address
@case("transcript")
def _():
    ref = acct("KH-99999")
    h, pc = house(1, 200), ukpc("G12")
    c = card("mc")
    e = expiry()
    v = cvv()
    mob = ph_uk_mob()
    return [
        A("Clyde Highland Dress, [[NAME:Fraser]] speaking."),
        C(f"Hi [[NAME:Fraser]], I've a kilt outfit booked for a wedding, reference [[ACCOUNT_NUMBER:{ref}]]. I need to change the size."),
        A("No bother. Name?"),
        C("[[NAME:Siddharth Menon]]. I'm the groom's friend, not Scottish at all."),
        A("Ha, you'll fit right in. What size did we have?"),
        C("You've got ((other:size 36)) jacket and a ((quantity:34-inch)) waist. It should be ((quantity:38)) and ((quantity:36))."),
        A(f"Changed. The hire is ((price:£95)) with a ((price:£50)) refundable deposit on a card. Do you want it delivered?"),
        C(f"Yes please, to [[ADDRESS:{h} Byres Road]], [[POSTCODE:{pc}]]."),
        A("Card details for the deposit?"),
        C(f"[[CARD_NUMBER:{c4(c)}]], expires [[EXPIRY:{e[0]}/{e[1][2:]}]], code [[CVV:{v}]]."),
        A(f"Thanks. It arrives on the ((date:11th)) and must be back by ((time:noon)) on the ((date:15th))."),
        C(f"And you'll text [[PHONE:{ph_t(mob)}]] when it's dispatched?"),
        A("We will."),
    ]


# t42-067 car dealership finance (Ireland): PPS, date of birth, address, Eircode, two e-mails
@case("asr")
def _():
    pp = pps()
    d = dob(1980, 1999)
    h, eir = house(1, 120), eircode("T23")
    mob = ph_ie()
    return [
        A("good morning lee valley motors finance desk [[NAME:donal]] speaking"),
        C("hi [[NAME:donal]] it's [[NAME:maeve cronin]] i was in at the weekend about the golf and you said to ring to do the finance application"),
        A(f"that's right the ((year:twenty twenty two)) one with ((quantity:thirty one thousand k)) on it so i'll need a few details first your pps number"),
        C(f"[[SSN:{letters(pp)}]]"),
        A("and date of birth"),
        C(f"[[DOB:{ordw(d[2])} of {mon(d[1]).lower()} {yr(d[0])}]]"),
        A("and your address"),
        C(f"[[ADDRESS:{hn(h)} douglas road cork]] and the eircode is [[POSTCODE:{letters(eir)}]]"),
        A(f"and how long have you been there"),
        C("about ((duration:six years))"),
        A("and we'll send the documents by email which email will i use the one from the test drive form"),
        C("what's on that one"),
        A("[[EMAIL:maevecronin at hotmail dot com]]"),
        C("oh god no use [[EMAIL:maeve dot cronin dot cork at gmail dot com]] i never check the hotmail"),
        A(f"grand and the best number"),
        C(f"[[PHONE:{w(mob[:3])} {w(mob[3:6])} {w(mob[6:])}]]"),
        A("perfect you should have a decision by ((time:four)) today"),
    ]


# t42-068 grooming subscription (US, IVR then agent): cancel, retention offer, new address
@case("transcript")
def _():
    h1, z1 = house(100, 999), zipc("detroit")
    h2, z2 = house(1000, 9999), zipc("detroit")
    last4 = dg(4)
    return [
        I("Thanks for calling Keen Edge. To manage your subscription, press ((other:1)). To cancel, press ((other:3))."),
        C("((other:3))."),
        I("Please say the email address on your account."),
        C("[[EMAIL:terrell.boateng@gmail.com]]."),
        I("I found your account. Before you cancel, let me connect you with a specialist."),
        A("Hi, this is [[NAME:Marguerite]]. I see you'd like to cancel. Can I ask why?"),
        C("I'm [[NAME:Terrell Boateng]]. Honestly, I'm getting more blades than I use."),
        A(f"I understand. I can switch you from every ((duration:4 weeks)) to every ((duration:8 weeks)), and take ((percentage:20%)) off. Would that help?"),
        C("Huh. Okay, yeah, that works."),
        A(f"Great. I'll confirm the card ending [[CARD_NUMBER/p:{last4}]] stays on file. And we're shipping to [[ADDRESS:{h1} Woodward Avenue, Apt 12]], [[POSTCODE:{z1}]]?"),
        C(f"No, I moved. It's [[ADDRESS:{h2} Grand River Avenue]], [[POSTCODE:{z2}]]."),
        A(f"Updated. Your next box ships ((date:June 3rd)) at ((price:$15.20)) instead of ((price:$19))."),
        C("Sounds good."),
    ]


# t42-069 drone repair (Australia): serial, return address, card with a corrected block
@case("asr")
def _():
    ser = acct("9AA9A99A9999")
    h, pc = house(1, 300), aupc(4810, 4819)
    c = card("mc")
    b = cb(c)
    bad = str((int(b[1]) + 4321) % 10000).zfill(4)
    e = expiry()
    v = cvv()
    rma = acct("99999")
    return [
        A("skyfix drone repairs [[NAME:tahlia]] speaking"),
        C("hey [[NAME:tahlia]] it's [[NAME:dawn hollingsworth]] you've got my mavic in for a gimbal repair"),
        A(f"yep repair number [[ACCOUNT_NUMBER:{w(rma)}]] and the serial we logged was ((other:{letters(ser)}))"),
        C("that'd be it"),
        A(f"the gimbal motor's replaced and it's ((price:two hundred and sixty dollars)) with return freight"),
        C("no worries take the card"),
        C(f"[[CARD_NUMBER#a:{w(b[0])}]] then [[CARD_NUMBER#a/x:{w(bad)}]] no not that [[CARD_NUMBER#a:{w(b[1])}]]"),
        A("so the second block is [[CARD_NUMBER/p:" + w(b[1]) + "]]"),
        C(f"yep then [[CARD_NUMBER#a:{w(b[2])} {w(b[3])}]]"),
        A("expiry and the cvc"),
        C(f"[[EXPIRY:{w(e[0])} {w(e[1][2:])}]] [[CVV:{w(v)}]]"),
        A("and where are we sending it back to"),
        C(f"[[ADDRESS:{hn(h)} flinders street townsville]] [[POSTCODE:{w(pc)}]]"),
        A("and email for the tracking"),
        C("[[EMAIL:dawn h flies at outlook dot com]]"),
        A("it'll go out tomorrow with a ((duration:two to three day)) delivery"),
    ]


# t42-070 French immersion admissions (Canada): child's date of birth, health card, work extension
@case("transcript")
def _():
    kd = kid_dob(2019, 2020)
    hc = acct("9999-999-999-AA")
    h, pc = house(10, 999), capc("K1S")
    work = ph_us("ottawa")
    ext = str(num(2000, 6999))
    return [
        A("Ottawa-Carleton school registration, [[NAME:Sébastien]] speaking."),
        C("Hi, I'm registering my daughter for kindergarten in French immersion. I'm [[NAME:Amira Haddad-Lavoie]]."),
        A("Welcome. Your daughter's full name and date of birth?"),
        C(f"[[NAME:Noor Haddad-Lavoie]], born [[DOB:{mon(kd[1])} {kd[2]}, {kd[0]}]]."),
        A(f"Thank you. For the health form, her Ontario health card number?"),
        C(f"[[ACCOUNT_NUMBER:{hc}]]."),
        A("And your home address? It decides the school."),
        C(f"[[ADDRESS:{h} Bank Street, Apartment 4]], [[POSTCODE:{pc}]]."),
        A("That's in the Glebe catchment. Best daytime contact?"),
        C(f"Work, [[PHONE#w:{ph_t(work)}]], extension [[PHONE#w/e:{ext}]]. I can't take calls on my cell at the lab."),
        A(f"Understood. And is [[NAME:Noor]] starting in September? Kindergarten starts at ((other:age 4))."),
        C("Yes, she turns ((other:5)) in the fall."),
        A("Perfect. You'll get a confirmation letter in ((duration:two weeks))."),
    ]


# t42-071 wardrobe delivered damaged (UK): order, collection address, look-alikes, no card
@case("asr")
def _():
    order = acct("99999999")
    h, pc = house(1, 90), ukpc("NE6")
    mob = ph_uk_mob()
    return [
        A("oakhaven furniture customer care [[NAME:leanne]] speaking"),
        C("hiya [[NAME:leanne]] my wardrobe came yesterday and the door's split down the middle"),
        A("oh no i'm sorry can i take the order number"),
        C(f"[[ACCOUNT_NUMBER:{w(order[:4])} {w(order[4:])}]]"),
        A(f"thank you is that the ((model_number:aldgate three door)) in oak"),
        C(f"yeah the ((quantity:one eighty centimetre)) one"),
        A("and are you mr [[NAME:okafor]]"),
        C("yeah [[NAME:chidi okafor]]"),
        A("right i can either send a replacement door or swap the whole wardrobe"),
        C("just the door if it's quicker"),
        A(f"the door's in stock so about ((duration:five working days)) and the fitter takes the broken one away is it still [[ADDRESS:{hn(h)} shields road byker]] [[POSTCODE:{letters(pc)}]]"),
        C("yeah that's it"),
        A(f"and they'll ring [[PHONE:{wd(mob)}]] the day before"),
        C("perfect will i need to be in all day"),
        A(f"no they give a ((duration:two hour)) slot it'll be between ((time:eight)) and ((time:six))"),
        C("brilliant cheers [[NAME:leanne]]"),
    ]


# t42-072 camera lens repair (UK): insurance job, mobile and work numbers, card, e-mail
@case("transcript")
def _():
    job = acct("LR-99999")
    clm = acct("CLM/9999999")
    mob = ph_uk_mob()
    work = ph_uk_land("london")
    c = card("visa")
    e = expiry()
    v = cvv()
    return [
        A("Lensworks Repair Centre, you're speaking to [[NAME:Ines]]."),
        C("Hello, I dropped off a zoom lens last week. The autofocus motor. My name is Dr [[NAME:Oyelaran Falade]]."),
        A(f"Yes, Dr [[NAME:Falade]], job [[ACCOUNT_NUMBER:{job}]]. The quote is ((price:£385)). Is this going through insurance?"),
        C(f"Yes, my insurer's claim number is [[ACCOUNT_NUMBER:{clm}]]. They pay you directly, minus my ((price:£100)) excess."),
        A("Then I'll take the excess from you now and invoice them for the rest."),
        C(f"Fine. [[CARD_NUMBER:{c4(c)}]]."),
        A("Expiry?"),
        C(f"[[EXPIRY:{e[0]}/{e[1]}]]."),
        A("And the security number?"),
        C(f"The security number is [[CVV:{v}]]."),
        A("Thank you. The insurer may call you. Which number?"),
        C(f"My mobile, [[PHONE:{ph_t(mob)}]]. Or the clinic, [[PHONE:{ph_t(work)}]], ask for me at reception."),
        A(f"And the invoice copy goes to which email?"),
        C("[[EMAIL:o.falade@clinicmail.co.uk]]."),
        A("Done. The lens will be ready in ((duration:ten working days))."),
    ]


# t42-073 marketplace seller (US): SSN for the tax form, routing and account, old and new address
@case("asr")
def _():
    s = ssn()
    rt, ac = "0" + dg(8), dg(10)
    h1, z1 = house(100, 999), zipc("brooklyn")
    h2, z2 = house(10, 99), zipc("nyc")
    apt = num(2, 9)
    return [
        A("crafthaven seller support this is [[NAME:nadia]]"),
        C("hi [[NAME:nadia]] i'm [[NAME:rich donnelly]] i sell handmade leather stuff and i got a notice that my tax info is missing"),
        A("yes once you pass ((price:six hundred dollars)) in sales we need a social security number or ein for the ((other:ten ninety nine))"),
        C("okay i'll give you my social"),
        C(f"[[SSN:{w(s[:3])} {w(s[3:5])} {w(s[5:])}]]"),
        A(f"thank you and the address for the tax form is it still [[ADDRESS:{hn(h1)} atlantic avenue brooklyn]] [[POSTCODE:{w(z1)}]]"),
        C(f"no i moved in january it's [[ADDRESS:{hn(h2)} west eighty ninth street apartment {n2w(apt)} r]] [[POSTCODE:{w(z2)}]]"),
        A("okay updated and while you're here your payouts are paused until you confirm your bank"),
        C(f"the routing number is [[ACCOUNT_NUMBER:{w(rt)}]] and the account is [[ACCOUNT_NUMBER#a:{w(ac[:5])}]] hang on [[ACCOUNT_NUMBER#a:{w(ac[5:])}]]"),
        A(f"so account ending [[ACCOUNT_NUMBER:{w(ac[-4:])}]]"),
        C("that's right"),
        A("perfect payouts will restart on the next cycle which is the ((date:fifteenth))"),
    ]


# t42-074 letting agent (Australia): bond number, two tenants' dates of birth, rent by card
@case("transcript")
def _():
    bond = acct("99999999")
    d1, d2 = dob(1994, 2003), dob(1995, 2004)
    m1, m2 = ph_au("mob"), ph_au("mob")
    c = card("visa")
    e = expiry()
    v = cvv()
    h, pc = house(1, 99), aupc(3052, 3068)
    unit = num(1, 20)
    return [
        A("Northside Realty, property management, [[NAME:Kaitlyn]] speaking."),
        C(f"Hi [[NAME:Kaitlyn]], I'm [[NAME:Ravi Subramaniam]], one of the new tenants at [[ADDRESS:{unit}/{h} Lygon Street, Brunswick East]], [[POSTCODE:{pc}]]."),
        A("Hi [[NAME:Ravi]]. What can I help with?"),
        C(f"We got the bond receipt, number [[ACCOUNT_NUMBER:{bond}]], but my housemate's name is spelled wrong on it."),
        A("Which housemate?"),
        C("[[NAME:Lucía Fernández]]. It says [[NAME:Lucia Fernandes]] with an S."),
        A("Right. To fix it with the bond authority I need both your dates of birth."),
        C(f"Mine is [[DOB:{d1[2]}/{d1[1]}/{d1[0]}]] and hers is [[DOB:{d2[2]} {mon(d2[1])} {d2[0]}]]."),
        A("And a mobile for each of you, they text to confirm."),
        C(f"I'm [[PHONE:{ph_t(m1)}]], she's [[PHONE:{ph_t(m2)}]]."),
        A("Done. Also, the first month's rent hasn't come in yet."),
        C(f"Oh, can I pay it on card? [[CARD_NUMBER:{c4(c)}]], expiry [[EXPIRY:{e[0]}/{e[1][2:]}]], CVV [[CVV:{v}]]."),
        A(f"There's a ((percentage:1.5%)) card surcharge. ((price:$2,860)) plus ((price:$42.90)). Okay?"),
        C("Yeah, fine."),
    ]


# t42-075 bike rental for a tour (Canada): two riders, card pre-authorised, postal code, phone
@case("asr")
def _():
    c = card("mc")
    e = expiry()
    v = cvv()
    pc = capc("V6K")
    cell = ph_us("vancouver")
    return [
        A("seawall cycle rentals [[NAME:gurpreet]] speaking"),
        C("hi [[NAME:gurpreet]] i want to book ((count:two)) bikes for the stanley park tour on saturday"),
        A(f"sure the ((time:ten a m)) or the ((time:two p m))"),
        C("((time:ten)) please for me and my friend"),
        A("names for the waivers"),
        C("i'm [[NAME:ivy thornbury]] and my friend is [[NAME:oksana melnyk]]"),
        A(f"great that's ((price:seventy five dollars)) each and we pre authorize a card for ((price:five hundred)) in case of damage"),
        C(f"okay [[CARD_NUMBER#q:{w(c[:4])} {w(c[4:8])}]] and [[CARD_NUMBER#q:{w(c[8:12])} {w(c[12:])}]]"),
        A("expiry and cvc"),
        C(f"[[EXPIRY:{w(e[0])} {w(e[1][2:])}]] [[CVV:{w(v)}]]"),
        A("and postal code on the card"),
        C(f"[[POSTCODE:{letters(pc)}]]"),
        A("and a cell in case the weather's bad"),
        C(f"[[PHONE:{wd(cell)}]]"),
        A("you're booked meet at the shop at ((time:nine forty five)) helmets are included"),
    ]


# t42-076 after-school drama club (UK): child's date of birth, sibling discount, card
@case("transcript")
def _():
    k1, k2 = kid_dob(2013, 2015), kid_dob(2016, 2018)
    c = card("visa")
    e = expiry()
    v = cvv()
    fee = num(110, 160)
    return [
        A("Footlights Youth Theatre, [[NAME:Jolene]] speaking."),
        C("Hi [[NAME:Jolene]], I'm [[NAME:Sylvie Dubois-Hale]]. My eldest is already in your Saturday group and I'd like to add her brother."),
        A("Lovely! What's your daughter's name, so I can link them?"),
        C(f"[[NAME:Clementine]], she's in the ((other:11 to 14s)). Date of birth [[DOB:{k1[2]:02d}/{k1[1]:02d}/{k1[0]}]]."),
        A("Got her. And her brother?"),
        C(f"[[NAME:Auguste]], born [[DOB:{ordt(k2[2])} {mon(k2[1])} {k2[0]}]]. He'd be in the juniors."),
        A(f"Juniors is ((time:10 till 11:30)), and with the sibling discount it's ((price:£{fee})) for the term instead of ((price:£{fee + 20}))."),
        C("Perfect. Can I pay now?"),
        A("Of course."),
        C(f"[[CARD_NUMBER:{c4(c)}]]. Expiry [[EXPIRY:{e[0]}/{e[1][2:]}]]."),
        A("And the code on the back?"),
        C(f"[[CVV:{v}]]."),
        A(f"All done. The summer show is on the ((date:19th of July)), so save the date."),
    ]


# t42-077 mattress delivery (Ireland): apartment, Eircode, card read slowly with a repeat
@case("asr")
def _():
    apt = num(1, 60)
    h, eir = house(1, 40), eircode("D15")
    c = card("visa")
    b = cb(c)
    e = expiry()
    v = cvv()
    mob = ph_ie()
    return [
        A("sleepwell ireland deliveries [[NAME:ciara]] speaking"),
        C("hi [[NAME:ciara]] i ordered a mattress online but the payment failed and i got an email to ring you"),
        A("no problem what's the name on the order"),
        C("[[NAME:olusegun adeyemi]]"),
        A(f"i have it the ((model_number:cloud pocket twelve hundred)) king size and delivery to [[ADDRESS:apartment {n2w(apt)} {hn(h)} ongar park road]] [[POSTCODE:{letters(eir)}]]"),
        C("that's right"),
        A("so i'll take the card over the phone"),
        C(f"[[CARD_NUMBER#a:{w(b[0])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#a:{w(b[1])}]]"),
        A("sorry the line broke up can you say that block again"),
        C(f"[[CARD_NUMBER#a/x:{w(b[1])}]] and then [[CARD_NUMBER#a:{w(b[2])} {w(b[3])}]]"),
        A("and the expiry and the ((count:three)) digit code"),
        C(f"[[EXPIRY:{pair(e[0])} {pair(e[1][2:])}]] and [[CVV:{w(v)}]]"),
        A(f"that's gone through and the driver will ring [[PHONE:{wd(mob)}]] on the morning"),
        C("great what day will it be"),
        A("wednesday the ((date:ninth)) between ((time:eight)) and ((time:one))"),
    ]


# t42-078 mobile family plan (US): port-out PIN, SSN last four, old and new numbers
@case("transcript")
def _():
    acc = acct("999999999999")
    s4 = dg(4)
    d = dob(1966, 1984)
    old1, new1 = ph_us("seattle"), ph_us("seattle")
    pin = dg(6)
    kid = ph_us("seattle")
    return [
        A("Cascade Wireless, this is [[NAME:Trevor]]. Who am I speaking with?"),
        C("Hi [[NAME:Trevor]], this is [[NAME:Astrid Lindqvist]]. I'm the account holder on a family plan and I need to sort out a couple of lines."),
        A(f"Sure thing. For verification, the account number and the last ((count:four)) of your Social?"),
        C(f"Account [[ACCOUNT_NUMBER:{acc}]], and the last ((count:four)) are [[SSN:{s4}]]."),
        A(f"And your date of birth?"),
        C(f"[[DOB:{d[1]:02d}/{d[2]:02d}/{d[0]}]]."),
        A("Thank you, you're verified. What do we need to do?"),
        C(f"My husband's number, [[PHONE:{ph_t(old1)}]], got spam-flooded, so he wants a new number. But keep the line."),
        A(f"I can do a number change. The new number would be [[PHONE:{ph_t(new1)}]]. Does that work?"),
        C("Yes, great. And the second thing, my son's moving to his own plan with another carrier. They asked for a port-out PIN."),
        A(f"Which line is his?"),
        C(f"[[PHONE:{ph_t(kid)}]]."),
        A(f"I've generated a PIN for that line: [[ACCOUNT_NUMBER:{pin}]]. It's good for ((duration:7 days)). Give it to the new carrier with the account number."),
        C(f"So [[ACCOUNT_NUMBER:{pin}]]. Got it."),
        A(f"Once it ports, your plan drops from ((count:4)) lines to ((count:3)), so ((price:$140 a month)) instead of ((price:$175))."),
        C("Perfect. Thanks, [[NAME:Trevor]]."),
        A("You're welcome. The number change takes effect in about ((duration:15 minutes)). He'll need to restart his phone."),
    ]


# t42-079 MOT and service (UK): reg plate, mileage, home and mobile, code given haltingly
@case("asr")
def _():
    reg = acct("AA99 AAA")
    miles = num(42, 118) * 1000 + num(0, 999)
    home, mob = ph_uk_land("nottingham"), ph_uk_mob()
    c = card("mc")
    e = expiry()
    v = cvv()
    return [
        A("trentside garage [[NAME:wes]] speaking"),
        C(f"hiya [[NAME:wes]] i need to book the car in for its mot and a service the reg is [[ACCOUNT_NUMBER:{letters(reg)}]]"),
        A(f"vauxhall astra yeah roughly what's the mileage"),
        C(f"about ((quantity:{n2w(miles // 1000)} thousand miles))"),
        A(f"okay mot and full service together is ((price:two hundred and nineteen pounds)) what name is it"),
        C("[[NAME:marjorie ashworth]]"),
        A("and a contact number"),
        C(f"home is [[PHONE:{w(home[:4])} {w(home[4:7])} {w(home[7:])}]] but i'm rarely in so try my mobile [[PHONE:{w(mob[:5])} {w(mob[5:])}]]"),
        A("we ask for a ((price:fifty pound)) deposit for bookings over ((price:two hundred))"),
        C(f"right it's [[CARD_NUMBER:{w(c)}]]"),
        A("and expiry"),
        C(f"[[EXPIRY:{w(e[0])} {w(e[1][2:])}]]"),
        A("and the security code"),
        C(f"it's the ((count:three)) on the back isn't it [[CVV#v:{w(v[0])}]] hang on my glasses [[CVV#v:{w(v[1:])}]]"),
        A(f"so [[CVV:{w(v)}]]"),
        C("that's it"),
        A("lovely drop it in at ((time:half eight)) on the ((date:twenty first)) and it'll be ready by ((time:five))"),
    ]


# t42-080 children's book box (Canada): gift to grandchildren in two provinces, two postal codes
@case("transcript")
def _():
    h1, p1 = house(10, 999), capc("R3M")
    h2, p2 = house(100, 9999), capc("S7N")
    c = card("visa")
    e = expiry()
    v = cvv()
    return [
        A("Storybook Post, this is [[NAME:Anneliese]]."),
        C("Hello dear. I'd like to send your book boxes to my grandchildren. ((count:Two)) of them, in different places."),
        A("How lovely. Can I start with your name?"),
        C("[[NAME:Dorothea Kowalski]]."),
        A("And the first grandchild?"),
        C(f"[[NAME:Mateo Kowalski]]. He's ((other:six)). [[ADDRESS:{h1} Academy Road, Winnipeg]], [[POSTCODE:{p1}]]."),
        A("And the second?"),
        C(f"[[NAME:Wren Kowalski-Bear]], she's ((other:three)). [[ADDRESS:{h2} Clarence Avenue South, Saskatoon]], [[POSTCODE:{p2}]]."),
        A(f"Let me check I have Saskatoon right, [[POSTCODE:{p2}]]?"),
        C("Yes, that's it."),
        A(f"So that's the ((other:ages 5 to 7)) box for [[NAME:Mateo]] and the ((other:ages 2 to 4)) box for [[NAME:Wren]]. ((price:$29.95 a month)) each, or ((price:$299)) for the year."),
        C("The year, please, for both."),
        A(f"Lovely. The card?"),
        C(f"It's a Visa. [[CARD_NUMBER#a:{cb(c)[0]} {cb(c)[1]}]]... I can't read this next bit... [[CARD_NUMBER#a:{cb(c)[2]} {cb(c)[3]}]]."),
        A(f"Thank you. I'll read it back: [[CARD_NUMBER:{c4(c)}]]."),
        C("Yes."),
        A("And the expiry?"),
        C(f"It says [[EXPIRY:{e[0]} {e[1][2:]}]]. And the little number is [[CVV:{v}]]."),
        A(f"All done. The first boxes ship on the ((date:1st)). Would you like a receipt by email?"),
        C("Oh, post it please, I don't do email."),
    ]


# t42-081 formal suit hire (Australia): measurements, card, postcode, two phones
@case("asr")
def _():
    c = card("visa")
    b = cb(c)
    e = expiry()
    v = cvv()
    pc = aupc(6000, 6010)
    m1, m2 = ph_au("mob"), ph_au("8")
    return [
        A("dapper suit hire [[NAME:jett]] speaking"),
        C("hey [[NAME:jett]] it's [[NAME:kofi mensah]] i need to hire a tux for my son's school formal"),
        A(f"no worries what are his measurements"),
        C(f"chest ((quantity:ninety six)) waist ((quantity:eighty)) and he's about ((quantity:one eighty five)) tall"),
        A(f"so a ((other:size forty)) jacket and he'll want it for the ((date:twenty eighth)) i take it"),
        C("yeah pick up the day before"),
        A("the hire is ((price:one sixty nine)) and there's a ((price:hundred dollar)) bond on a card"),
        C(f"sure it's [[CARD_NUMBER#a:{w(b[0])} {w(b[1])}]]"),
        A("mm-hmm"),
        C(f"[[CARD_NUMBER#a:{w(b[2])}]]"),
        A("yep"),
        C(f"[[CARD_NUMBER#a:{w(b[3])}]] exp [[EXPIRY:{w(e[0])} {w(e[1][2:])}]] and the cvv's [[CVV:{w(v)}]]"),
        A("and postcode"),
        C(f"[[POSTCODE:{w(pc)}]]"),
        A("and a mobile"),
        C(f"mine's [[PHONE:{w(m1[:4])} {w(m1[4:7])} {w(m1[7:])}]] and the home number is [[PHONE:{w(m2[:2])} {w(m2[2:6])} {w(m2[6:])}]]"),
        A("all booked pick up from ((time:three)) on the ((date:twenty seventh))"),
    ]


# t42-082 mobile top-up (Ireland, IVR then agent): IVR reads the last four, then a wrong e-mail fixed
@case("transcript")
def _():
    mob = ph_ie()
    c = card("mc")
    e = expiry()
    v = cvv()
    return [
        I("Welcome to Emerald Mobile top-up. Please enter the mobile number you want to top up."),
        C(f"[[PHONE:{mob}]]"),
        I("Please enter the amount. ((price:€10)), ((price:€20)) or ((price:€30))."),
        C("((price:20))"),
        I("Please enter your card number."),
        C(f"[[CARD_NUMBER:{c}]]"),
        I(f"You entered a card ending in [[CARD_NUMBER/p:{c[-4:]}]]. Please enter the expiry date."),
        C(f"[[EXPIRY:{e[0]}{e[1][2:]}]]"),
        I("Please enter the security code."),
        C(f"[[CVV:{v}]]"),
        I("Thank you. Your top-up was successful. To speak to an agent about your receipt, press ((other:9))."),
        C("((other:9))"),
        A("Hi there, [[NAME:Darragh]] speaking. How can I help?"),
        C("Hi, I'm [[NAME:Agnieszka Wróbel]]. The receipts keep going to an email that isn't mine."),
        A("Let me check. We have [[EMAIL:a.wrobel@eircom.net]]?"),
        C("No, that's not me at all. It should be [[EMAIL:agnieszka.wrobel88@gmail.com]]."),
        A(f"Changed. I'll resend today's receipt, ((price:€20)) at ((time:14:32))."),
        C("Thank you."),
    ]


# t42-083 smart home install (US): gate code, address, card declined then corrected expiry
@case("asr")
def _():
    h, zp = house(1000, 9999), zipc("austin")
    gate = dg(4)
    c = card("visa")
    e = expiry()
    v = cvv()
    cell = ph_us("austin")
    return [
        A("lone star smart homes this is [[NAME:garrett]]"),
        C("hi [[NAME:garrett]] this is [[NAME:xiomara villarreal]] i'm calling to confirm my install for the doorbell and the thermostat"),
        A(f"sure i have you for the ((date:twelfth)) between ((time:one)) and ((time:five)) at [[ADDRESS:{hn(h)} barton creek boulevard]] [[POSTCODE:{w(zp)}]]"),
        C(f"that's right and the tech will need the gate code it's ((other:{w(gate)})) pound"),
        A("got it noted and the balance on the install is ((price:one hundred sixty nine dollars)) we can take that now"),
        C(f"okay [[CARD_NUMBER:{w(c)}]] expires [[EXPIRY:{w(e[0])} {w(str(int(e[1][2:]) - 3))}]]"),
        A("hmm it's saying the date doesn't match"),
        C(f"oh shoot i read the old card it's [[EXPIRY:{w(e[0])} {w(e[1][2:])}]] on this one"),
        A("okay and the cvv"),
        C(f"[[CVV:{w(v)}]]"),
        A(f"perfect that went through the tech will text [[PHONE:{w(cell)}]] when he's on his way"),
        C("great thank you"),
    ]


# t42-084 coach tour (UK): three friends, dates of birth, two phones, e-mails, name spelled
@case("transcript")
def _():
    bk = acct("CT99999")
    d1, d2, d3 = dob(1944, 1952), dob(1946, 1953), dob(1948, 1955)
    m1, l2 = ph_uk_mob(), ph_uk_land("bristol")
    c = card("visa")
    e = expiry()
    v = cvv()
    return [
        A("Wessex Coach Holidays, [[NAME:Trudy]] speaking."),
        C("Hello [[NAME:Trudy]], I'm booking the Lake District tour for myself and ((count:two)) friends."),
        A(f"Wonderful. The ((date:14th of September)) departure? ((duration:Five nights))?"),
        C("That's the one. I'm [[NAME:Gwendolyn Marsh]]. The others are [[NAME:Patience Adeyinka]] and [[NAME:Moira Galbraith]]."),
        A("Could you spell [[NAME:Adeyinka]] for me?"),
        C("[[NAME:A-D-E-Y-I-N-K-A]]."),
        A("Thank you. For the travel insurance I need dates of birth."),
        C(f"Mine's [[DOB:{d1[2]} {mon(d1[1])} {d1[0]}]]. [[NAME:Patience]] is [[DOB:{d2[2]}/{d2[1]}/{d2[0]}]], and [[NAME:Moira]] is [[DOB:{ordt(d3[2])} {mon(d3[1])} {d3[0]}]]."),
        A(f"Lovely. Your booking reference is [[ACCOUNT_NUMBER:{bk}]]. Phone numbers for the lead passenger and an emergency contact?"),
        C(f"My mobile is [[PHONE:{ph_t(m1)}]], and the emergency contact is [[NAME:Moira]]'s landline, [[PHONE:{ph_t(l2)}]]."),
        A(f"The total for ((count:three)) sharing a twin and a single is ((price:£2,146)). Deposit now is ((price:£150)) each."),
        C(f"Here's my card: [[CARD_NUMBER:{c4(c)}]], expiring [[EXPIRY:{e[0]}/{e[1][2:]}]], and the code is [[CVV:{v}]]."),
        A("Thank you. And an email for the tickets?"),
        C("[[EMAIL:gwen.marsh@btopenworld.com]], and copy [[NAME:Patience]] in, [[EMAIL:patience.adeyinka@gmail.com]]."),
        A("Done. The coach leaves Bristol at ((time:7:45 am)), you'll get joining points by post."),
    ]


# --------------------------------------------------------------------------
# markup, offsets and checks
# --------------------------------------------------------------------------

PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
MINIMUM = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35, "EMAIL": 25,
           "DOB": 20, "ADDRESS": 35, "POSTCODE": 35, "ACCOUNT_NUMBER": 45, "NAME": 200}
MIN_CASES, MIN_UTTS, MIN_PLAIN, MIN_KEEP, MIN_IVR = 80, 1000, 400, 280, 6

MARK = re.compile(r"\[\[([A-Z_]+)(?:#(\w+))?(?:/([a-z]+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")

UNITW = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
         "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
TEENW = {t: str(10 + i) for i, t in enumerate(TEENS)}
TENW = {t: i for i, t in enumerate(TENSW) if t}
NUMBER_WORDS = set(UNITW) | set(TEENW) | set(TENW) | {"hundred", "thousand", "double", "triple"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir", "madam", "prof",
          "professor", "mx"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "close", "way", "crescent", "court", "ct", "place", "pl", "terrace", "parade",
                "grove", "boulevard", "blvd", "row", "mews", "square", "hill", "gardens", "walk",
                "rise", "view", "highway", "hwy", "circle", "trail", "parkway", "green", "quay",
                "wharf", "esplanade", "vale", "heights", "loop", "pike", "park", "strand",
                "brae", "wynd", "glen", "crest", "meadows", "grange", "point", "ridge", "cove",
                "path", "run", "crossing", "lawn", "promenade", "embankment", "hollow", "bend",
                "mount", "brow", "yard", "common", "causeway", "broadway", "alley", "row"}
MONTH_WORDS = {m.lower() for m in MONTHS} | {m.lower()[:3] for m in MONTHS} | {"sept"}
ADDR_LEAD = {"flat", "apartment", "apt", "unit", "suite", "no"}


def to_chars(text, keep_letters=False):
    """digits of a value, spoken or typed; with keep_letters also its single letters"""
    if re.search(r"\d", text) and not re.search(r"\b(" + "|".join(UNITW) + r")\b", text.lower()):
        if keep_letters:
            return re.sub(r"[^A-Za-z0-9]", "", text).upper()
        return re.sub(r"\D", "", text)
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    prev_num = False
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.isdigit():
            out.append(t)
            prev_num = True
        elif t in ("double", "triple") and i + 1 < n and (toks[i + 1] in UNITW or len(toks[i + 1]) == 1):
            k = 2 if t == "double" else 3
            nxt = toks[i + 1]
            out.append((UNITW[nxt] if nxt in UNITW else nxt.upper()) * k)
            i += 1
            prev_num = True
        elif t in UNITW:
            out.append(UNITW[t])
            prev_num = True
        elif t in TEENW:
            out.append(TEENW[t])
            prev_num = True
        elif t in TENW:
            v = TENW[t] * 10
            if i + 1 < n and toks[i + 1] in UNITW and UNITW[toks[i + 1]] != "0":
                v += int(UNITW[toks[i + 1]])
                i += 1
            out.append(str(v))
            prev_num = True
        elif t in ("hundred", "thousand"):
            base = int(out.pop()) if (prev_num and out and out[-1].isdigit()) else 1
            v = base * (100 if t == "hundred" else 1000)
            j = i + 1
            if j < n and toks[j] == "and":
                j += 1
            add = 0
            if t == "thousand" and j + 1 < n and toks[j] in UNITW and toks[j + 1] == "hundred":
                add += int(UNITW[toks[j]]) * 100
                j += 2
                if j < n and toks[j] == "and":
                    j += 1
            if j < n and toks[j] in TEENW:
                add += int(TEENW[toks[j]])
                j += 1
            elif j < n and toks[j] in TENW:
                add += TENW[toks[j]] * 10
                j += 1
                if j < n and toks[j] in UNITW and UNITW[toks[j]] != "0":
                    add += int(UNITW[toks[j]])
                    j += 1
            elif j < n and toks[j] in UNITW and UNITW[toks[j]] != "0":
                add += int(UNITW[toks[j]])
                j += 1
            if add:
                i = j - 1
            out.append(str(v + add))
            prev_num = True
        elif keep_letters and len(t) == 1:
            out.append(t.upper())
            prev_num = False
        else:
            prev_num = False
        i += 1
    s = "".join(out)
    return s if keep_letters else re.sub(r"\D", "", s)


def parse_utt(text):
    clean = []
    pos = 0
    spans = []
    last = 0
    for m in MARK.finditer(text):
        clean.append(text[last:m.start()])
        pos += m.start() - last
        if m.group(1):
            val = m.group(4)
            spans.append({"pii": True, "type": m.group(1), "label": m.group(2),
                          "flags": m.group(3) or "", "start": pos, "end": pos + len(val)})
        else:
            val = m.group(6)
            spans.append({"pii": False, "kind": m.group(5), "start": pos, "end": pos + len(val)})
        clean.append(val)
        pos += len(val)
        last = m.end()
    clean.append(text[last:])
    out = "".join(clean)
    if "[[" in out or "]]" in out or "((" in out or "))" in out:
        raise ValueError("stray markup: " + text)
    return out, spans


def build_case(idx, style, fn):
    cid = "t42-%03d" % (idx + 1)
    raw = fn()
    utts, pii, keep, meta = [], [], [], []
    labels = {}
    ngroups = [0]

    def new_group():
        ngroups[0] += 1
        return "g%d" % ngroups[0]

    for ui, (spk, text) in enumerate(raw):
        clean, spans = parse_utt(text)
        utts.append({"speaker": spk, "text": clean})
        for sp in spans:
            if sp["pii"]:
                lab = sp["label"]
                if lab is None:
                    g = new_group()
                else:
                    if lab not in labels:
                        labels[lab] = new_group()
                    g = labels[lab]
                pii.append({"utterance": ui, "start": sp["start"], "end": sp["end"],
                            "type": sp["type"], "group": g})
                meta.append(sp["flags"])
            else:
                keep.append({"utterance": ui, "start": sp["start"], "end": sp["end"],
                             "kind": sp["kind"]})
    return {"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep}, meta


def words_with_pos(text):
    return [(m.group(0).lower(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+|\d+", text)]


def check_case(c, flags, errs):
    cid = c["case_id"]
    utts = c["utterances"]

    def err(msg):
        errs.append("%s: %s" % (cid, msg))

    if not utts:
        err("no utterances")
    for u in utts:
        if u["speaker"] not in ("agent", "customer", "ivr"):
            err("bad speaker")
        t = u["text"]
        if t != t.strip() or "  " in t or not t:
            err("spacing: %r" % t)
        if c["style"] == "asr":
            if re.search(r"[^a-z0-9' \-]", t):
                err("asr text with capitals or punctuation: %r" % t)
        else:
            starts = {sp["start"] for sp in c["pii"] if c["utterances"][sp["utterance"]] is u}
            if not re.match(r"[A-Z0-9£$€\"']", t) and 0 not in starts:
                err("transcript text should start with a capital: %r" % t)
    spans_by_utt = {}
    for kind, lst in (("pii", c["pii"]), ("keep", c["keep"])):
        for sp in lst:
            ui = sp["utterance"]
            if not (0 <= ui < len(utts)):
                err("utterance index")
                continue
            t = utts[ui]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                err("span outside text")
                continue
            v = t[s:e]
            if kind == "pii" and sp["type"] not in PII_TYPES:
                err("bad type " + sp["type"])
            if kind == "keep" and sp["kind"] not in KEEP_KINDS:
                err("bad kind " + sp["kind"])
            okfirst = v[0].isalnum() or (kind == "keep" and v[0] in "£$€")
            oklast = v[-1].isalnum() or (kind == "keep" and v[-1] == "%") or \
                v.lower().endswith(("a.m.", "p.m."))
            if not okfirst or not oklast:
                err("span with leading/trailing punctuation or space: %r" % v)
            if s > 0 and t[s - 1].isalnum() and t[s].isalnum():
                err("span starts inside a word: %r in %r" % (v, t))
            if e < len(t) and t[e - 1].isalnum() and t[e].isalnum():
                err("span ends inside a word: %r in %r" % (v, t))
            spans_by_utt.setdefault(ui, []).append((s, e, kind, sp))
    for ui, lst in spans_by_utt.items():
        lst.sort(key=lambda x: x[0])
        for a, b in zip(lst, lst[1:]):
            if b[0] < a[1]:
                err("overlapping spans in utterance %d" % ui)
    # pieces of one value with nothing but spaces or punctuation between them are one span
    for ui, lst in spans_by_utt.items():
        t = utts[ui]["text"]
        for a, b in zip(lst, lst[1:]):
            if a[2] == "pii" and b[2] == "pii" and a[3]["group"] == b[3]["group"] and \
                    re.fullmatch(r"[\s,.;:\-]*", t[a[1]:b[0]]):
                err("pieces with only punctuation or space between should be one span: %r" % t)
    # digits and digit words outside spans
    for ui, u in enumerate(utts):
        t = u["text"]
        cov = [False] * len(t)
        for s, e, _, _ in spans_by_utt.get(ui, []):
            for k in range(s, e):
                cov[k] = True
        for k, ch in enumerate(t):
            if ch.isdigit() and not cov[k]:
                err("digit outside spans: %r" % t)
                break
        run = 0
        for wd_, s, e in words_with_pos(t):
            if wd_ in NUMBER_WORDS and not cov[s]:
                run += 1
                if run >= 4:
                    err("four digit words outside spans: %r" % t)
                    break
            else:
                run = 0
    # per-group value checks
    groups = {}
    for sp, fl in zip(c["pii"], flags):
        groups.setdefault(sp["group"], []).append((sp, fl))
    full_cards = []
    for g, items in groups.items():
        types = {sp["type"] for sp, _ in items}
        if len(types) != 1:
            err("group %s mixes types" % g)
        if items[0][0]["type"] == "CARD_NUMBER":
            d = "".join(to_chars(utts[sp["utterance"]]["text"][sp["start"]:sp["end"]])
                        for sp, fl in items if "x" not in fl)
            if len(d) in (15, 16):
                full_cards.append(d)
    ng = 0
    for g in sorted(groups, key=lambda x: int(x[1:])):
        ng += 1
        if g != "g%d" % ng:
            err("group numbering")
        items = groups[g]
        typ = items[0][0]["type"]
        vals = [(utts[sp["utterance"]]["text"][sp["start"]:sp["end"]], fl) for sp, fl in items]
        main = [v for v, fl in vals if "x" not in fl and "e" not in fl]
        for v, fl in vals:
            if "e" in fl and (typ != "PHONE" or not 1 <= len(to_chars(v)) <= 5):
                err("extension piece: %r" % v)
        if not main:
            if all("x" in fl for _, fl in vals):
                continue
            err("group %s has no main piece" % g)
            continue
        joined = " ".join(main)
        d = "".join(to_chars(v) for v in main)
        if typ == "CARD_NUMBER":
            if any("p" in fl for _, fl in vals):
                if not 3 <= len(d) <= 6:
                    err("partial card %r" % joined)
            elif len(d) not in (15, 16) or not luhn_ok(d):
                err("card %r -> %s fails" % (joined, d))
            elif len(d) == 15 and d[:2] not in ("34", "37"):
                err("15-digit card not amex")
        elif typ == "CVV":
            if not 3 <= len(d) <= 4:
                err("cvv %r" % joined)
        elif typ == "EXPIRY":
            low = joined.lower()
            if not any(m in re.findall(r"[a-z]+", low) for m in MONTH_WORDS):
                if len(d) in (3, 5):
                    m = int(d[0])
                elif len(d) in (4, 6):
                    m = int(d[:2])
                else:
                    m = 0
                if not 1 <= m <= 12:
                    err("expiry %r" % joined)
        elif typ == "SSN":
            ch = "".join(to_chars(v, True) for v in main)
            ok = False
            if re.fullmatch(r"\d{9}", ch):
                a, gg, s_ = int(ch[:3]), int(ch[3:5]), int(ch[5:])
                ok = (1 <= a <= 665 and gg >= 1 and s_ >= 1) or (ch[0] in "1234567" and luhn_ok(ch)) \
                    or tfn_ok(ch)
            elif re.fullmatch(r"\d{4}", ch):
                ok = True
            elif re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", ch):
                ok = True
            elif re.fullmatch(r"\d{7}[A-W][AWTX]?", ch):
                ok = True
            if not ok:
                err("ssn %r -> %s" % (joined, ch))
        elif typ == "PHONE":
            ok = (re.fullmatch(r"1?[2-9]\d\d[2-9]\d{6}", d) or re.fullmatch(r"0[1237]\d{9}", d)
                  or re.fullmatch(r"44[1237]\d{9}", d) or re.fullmatch(r"0[2-478]\d{8}", d)
                  or re.fullmatch(r"61[2-478]\d{8}", d) or re.fullmatch(r"0[1-9]\d{8}", d)
                  or re.fullmatch(r"3538[35679]\d{7}", d))
            if not ok or not 10 <= len(d) <= 12:
                err("phone %r -> %s" % (joined, d))
        elif typ == "POSTCODE":
            ch = "".join(to_chars(v, True) for v in main)
            pats = [r"\d{5}(\d{4})?", r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", r"[A-Z]\d[\dW][A-Z\d]{4}",
                    r"[A-Z]\d[A-Z]\d[A-Z]\d", r"\d{4}"]
            if not any(re.fullmatch(p, ch) for p in pats):
                err("postcode %r -> %s" % (joined, ch))
        elif typ == "EMAIL":
            for v in main:
                if "@" in v:
                    if c["style"] == "asr" or not re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", v):
                        err("email %r" % v)
                elif not (" at " in " %s " % v.lower() and " dot " in " %s " % v.lower()):
                    if len(main) == 1:
                        err("email %r" % v)
        elif typ == "ADDRESS":
            for v in main:
                toks = [x for x, _, _ in words_with_pos(v)]
                isnum = [x.isdigit() or x in NUMBER_WORDS for x in toks]
                if toks and toks[0] in ADDR_LEAD:
                    ok = any(isnum[1:])
                else:
                    ok = bool(toks) and isnum[0]
                if not ok:
                    if len(main) == 1 or v is main[0]:
                        err("address must start with a number: %r" % v)
                if not any(x in STREET_WORDS for x in toks) and len(main) == 1:
                    err("address without a street word: %r" % v)
        elif typ == "NAME":
            for v in main:
                if re.search(r"\d", v) or any(x in TITLES for x, _, _ in words_with_pos(v)):
                    err("name %r" % v)
        elif typ == "ACCOUNT_NUMBER":
            if len(d) < 2:
                err("account number %r" % joined)
        elif typ == "DOB":
            low = joined.lower()
            if not (d or any(m in re.findall(r"[a-z]+", low) for m in MONTH_WORDS)):
                err("dob %r" % joined)
    # look-alikes
    for kp in c["keep"]:
        t = utts[kp["utterance"]]["text"]
        kv = t[kp["start"]:kp["end"]]
        kd = to_chars(kv)
        if 13 <= len(kd) <= 19 and luhn_ok(kd):
            err("look-alike passes Luhn: %r" % kv)
        for sp in c["pii"]:
            if sp["utterance"] != kp["utterance"]:
                continue
            pd = to_chars(t[sp["start"]:sp["end"]])
            if pd and kd and (pd == kd or (len(pd) >= 3 and pd in kd)):
                err("look-alike %r holds the digits of pii %r" % (kv, t[sp["start"]:sp["end"]]))
    # name words never left unlabelled
    name_words = set()
    for sp in c["pii"]:
        if sp["type"] == "NAME":
            v = utts[sp["utterance"]]["text"][sp["start"]:sp["end"]]
            for x in re.findall(r"[A-Za-zÀ-ÿ]+", v):
                if len(x) > 1:
                    name_words.add(x.lower())
    for ui, u in enumerate(utts):
        t = u["text"]
        cov = [False] * len(t)
        for sp in c["pii"]:
            if sp["utterance"] == ui:
                for k in range(sp["start"], sp["end"]):
                    cov[k] = True
        for m in re.finditer(r"[A-Za-zÀ-ÿ]+", t):
            if m.group(0).lower() in name_words and not cov[m.start()]:
                err("name word %r left unlabelled in %r" % (m.group(0), t))


def street_key(v):
    toks = [x for x, _, _ in words_with_pos(v)]
    for i, x in enumerate(toks):
        if x in STREET_WORDS and i > 0:
            j = i - 1
            name = []
            while j >= 0 and not (toks[j].isdigit() or toks[j] in NUMBER_WORDS):
                name.insert(0, toks[j])
                j -= 1
            if name:
                return " ".join(name + [x])
    return None


def email_key(v):
    v = v.lower()
    v = re.sub(r"\s+at\s+", "@", " " + v + " ")
    v = re.sub(r"\s+dot\s+", ".", v)
    return re.sub(r"[^a-z0-9@.]", "", v)


def check_all(cases, allflags):
    errs = []
    for c, fl in zip(cases, allflags):
        check_case(c, fl, errs)
    seen_street, seen_email, seen_utt = {}, {}, {}
    for c in cases:
        cid = c["case_id"]
        mine_s, mine_e = set(), set()
        for sp in c["pii"]:
            v = c["utterances"][sp["utterance"]]["text"][sp["start"]:sp["end"]]
            if sp["type"] == "ADDRESS":
                k = street_key(v)
                if k:
                    mine_s.add(k)
            if sp["type"] == "EMAIL" and len([x for x in c["pii"] if x["group"] == sp["group"]]) == 1:
                mine_e.add(email_key(v))
        for k in sorted(mine_s):
            if k in seen_street:
                errs.append("%s: street %r also in %s" % (cid, k, seen_street[k]))
            seen_street[k] = cid
        for k in sorted(mine_e):
            if k in seen_email:
                errs.append("%s: e-mail %r also in %s" % (cid, k, seen_email[k]))
            seen_email[k] = cid
        mine_u = set()
        for ui, u in enumerate(c["utterances"]):
            t = u["text"]
            spans = sorted([(sp["start"], sp["end"], sp.get("type") or sp.get("kind"))
                            for sp in c["pii"] + c["keep"] if sp["utterance"] == ui], reverse=True)
            for s, e, ty in spans:
                t = t[:s] + " " + ty + " " + t[e:]
            ws = re.findall(r"[a-z0-9_']+", t.lower())
            if len(ws) >= 9:
                mine_u.add(" ".join(ws))
        for k in sorted(mine_u):
            if k in seen_utt:
                errs.append("%s: utterance %r also in %s" % (cid, k, seen_utt[k]))
            seen_utt[k] = cid
    return errs


def counts(cases):
    per_type = {t: 0 for t in PII_TYPES}
    per_kind = {k: 0 for k in KEEP_KINDS}
    n_utt = plain = ivr = 0
    style_utts = {"asr": 0, "transcript": 0}
    for c in cases:
        n_utt += len(c["utterances"])
        style_utts[c["style"]] += len(c["utterances"])
        with_pii = {sp["utterance"] for sp in c["pii"]}
        plain += len(c["utterances"]) - len(with_pii)
        if any(u["speaker"] == "ivr" for u in c["utterances"]):
            ivr += 1
        for sp in c["pii"]:
            per_type[sp["type"]] += 1
        for kp in c["keep"]:
            per_kind[kp["kind"]] += 1
    return per_type, per_kind, n_utt, plain, ivr, style_utts


def main(argv):
    check_only = "--check" in argv
    cases, allflags = [], []
    for idx, (style, fn) in enumerate(CASES):
        c, fl = build_case(idx, style, fn)
        cases.append(c)
        allflags.append(fl)
    errs = check_all(cases, allflags)
    per_type, per_kind, n_utt, plain, ivr, style_utts = counts(cases)
    for t in PII_TYPES:
        if per_type[t] < MINIMUM[t]:
            errs.append("minimum: %s %d < %d" % (t, per_type[t], MINIMUM[t]))
    nkeep = sum(per_kind.values())
    if len(cases) < MIN_CASES:
        errs.append("minimum: cases %d < %d" % (len(cases), MIN_CASES))
    if n_utt < MIN_UTTS:
        errs.append("minimum: utterances %d < %d" % (n_utt, MIN_UTTS))
    if plain < MIN_PLAIN:
        errs.append("minimum: utterances without pii %d < %d" % (plain, MIN_PLAIN))
    if nkeep < MIN_KEEP:
        errs.append("minimum: keep spans %d < %d" % (nkeep, MIN_KEEP))
    for k in KEEP_KINDS:
        if per_kind[k] == 0:
            errs.append("minimum: no keep span of kind %s" % k)
    if ivr < MIN_IVR:
        errs.append("minimum: IVR cases %d < %d" % (ivr, MIN_IVR))
    print("cases: %d" % len(cases))
    print("utterances: %d (without pii: %d)" % (n_utt, plain))
    print("pii spans: %d" % sum(per_type.values()))
    for t in PII_TYPES:
        print("  %-15s %4d (minimum %d)" % (t, per_type[t], MINIMUM[t]))
    print("keep spans: %d" % nkeep)
    for k in KEEP_KINDS:
        print("  %-15s %4d" % (k, per_kind[k]))
    print("IVR cases: %d" % ivr)
    for s in ("asr", "transcript"):
        print("style %-10s %4d utterances (%.1f%%), %d cases" % (
            s, style_utts[s], 100.0 * style_utts[s] / max(n_utt, 1),
            sum(1 for c in cases if c["style"] == s)))
    if errs:
        for e in errs:
            print("ERROR " + e, file=sys.stderr)
        print("%d check(s) failed; nothing written" % len(errs), file=sys.stderr)
        return 1
    if check_only:
        print("all checks passed (--check: nothing written)")
        return 0
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev46.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("all checks passed; wrote %s" % out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
