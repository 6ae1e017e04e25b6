#!/usr/bin/env python3
"""Write data/redaction/dev40.jsonl, a redaction development set (case ids t36-001 ...).

Written as the held-out set test36.jsonl, measured once with the thirty-eighth round's code, then
renamed dev40 and tuned on in the thirty-ninth round.

86 hand-written call snippets (t36-001 ... t36-086), each its own conversation, in the
format of data/redaction/README.md ("Format"). Standard library only; imports nothing from
the repository. Every conversation is invented; every personal value, identifier, amount,
date, house number and model number is drawn from one random.Random(36), in case order.
The small everyday numbers that are part of the wording (durations such as "two hours",
counts such as "three issues", time-slot hours such as "between eight and twelve", ages such
as "over eighteen") are written by hand, as the README says look-alikes are.

What the set leans on
    Outbound and self-service calls. Agents ring customers about renewals (broadband, TV, car
    and home insurance, magazines and newspapers, lottery syndicates, charity lotteries),
    retention and win-back offers (wine clubs, meal kits, pet food), upgrades (TV boxes, fibre),
    appointment confirmations and recalls (dentists, GP surgeries), boiler servicing and gas
    safety reminders, smart-meter installations, solar and heat-pump surveys and installs,
    overdue payment reminders (newspapers, magazines, energy, student loans), vehicle recall
    notices, school photo orders, courier and furniture delivery rescheduling, bank
    fraud-alert calls and callbacks (the suspicious payment's amount, merchant and date),
    welcome and satisfaction-survey calls. The agent opens with an identity check (first line
    of the address, postcode, date of birth, "I have your postcode as ..."); customers are
    suspicious ("how do I know you're really from the bank"), refuse some details and give
    others, or ask to be called back on a number they give. Nine IVR cases: speech and keypad
    input read back by the system, input not recognised and retried, a mis-heard value
    rejected, then a transfer to an agent who asks again. Card payments on outbound calls:
    cards in two to five pieces over turns with fillers and interruptions, a corrected block,
    a restart, a repeated block, read back whole, block by block or as the last four, a card
    mis-said whole and said again; CVV and expiry asked and said in varied ways (one expired
    card on file, a CVV read from the wrong card and corrected, an expiry said with the wrong
    year and corrected). Six voicemails left by agents with a callback number and a reference.
    Callers and addresses in the UK (Scotland and Wales too), Ireland, the US, Canada and
    Australia: postcodes, Eircodes, ZIPs, Canadian postal codes and Australian postcodes
    typed, spoken, spelled with the phonetic alphabet and in pieces. Names from many
    languages, and names that are also words (Hope, Will, Bill, Faith, Honey, Destiny, Storm,
    Dawn, Summer, Joy, Brooke, May, Ivy, Rose, Grace, Sunny, Autumn, Hunter, Liberty,
    Precious, Temperance, Heather, Jade), said in passing (a wife, a daughter, a husband, a
    neighbour, a landlord, a child) as well as when asked. About two thirds of the
    utterances are in the recogniser's style: lower case, no punctuation, numbers as words or
    pairs ("forty one"), "double"/"triple", fillers inside values, the homophones "for",
    "ate" in card numbers and "for", "to", "won" around values. Look-alikes beside real
    values: premiums, prices and discounts, percentages, quantities, times and slots,
    ordinary dates, durations, counts, years, ages, model numbers, flight numbers, tracking
    numbers that fail the Luhn check, receipts, merchant references and keypad options.

Markup
    Each case is a function returning lines "A: ..." (agent), "C: ..." (customer) or
    "I: ..." (ivr). Inside a line:
      [[TYPE:text]]           one pii value said in one piece (a group of its own);
      [[TYPE#tag:text]]       a piece of a value; pieces with the same tag in a case share a
                              group (groups are numbered g1, g2, ... by first appearance);
      [[TYPE#tag|flag:text]]  flags: "part" marks a value that is a last four or block(s)
                              read back alone (card 3-8 digits, SSN 4, phone 3-4 digits);
                              "skip" marks a card piece said before a restart, a corrected
                              block or a repeated block (kept in the card's group, left out of
                              the Luhn check; a group of only "skip" pieces is a whole card
                              mis-said and retried, checked for 12-19 digits only); "uk",
                              "ie", "us", "ca", "au" give a POSTCODE's country for the shape
                              check;
      ((kind:text))           a keep span (look-alike).
    The markup is stripped by code and every offset is computed from the clean text.

Labelling choices (where the README leaves room)
    - Cards: digits said before a restart, a corrected block and a repeated block stay in the
      card's group; a card said again in full, every agent or IVR read-back (whole, one or
      more blocks, or the last four) and any last four said by either side are groups of
      their own. An agent's read-back of several blocks in one turn is one group, split into
      pieces where other words come between. A whole card the IVR did not recognise and the
      caller said again is labelled, as a group of its own. The last four of an expired card
      on file is labelled.
    - Pieces of one value with only a space between them are one span; a value is split only
      at a filler, an interruption or other words.
    - CVV and EXPIRY: "expires", "expiring", "code", "CVV", "security code" and "end of" stay
      outside; "slash" or "of" between the month and the year stays inside the expiry. An
      expired card's expiry is labelled where the agent says what it is. A CVV read from the
      wrong card and corrected, and an expiry said with the wrong year and corrected, are
      both labelled, each a group of its own.
    - SSN: US Social Security numbers, UK National Insurance numbers and an Irish PPS number;
      the last four of an SSN said as such (by the caller, an agent or an IVR) is an SSN
      group of its own; an SSN the IVR mis-heard and read back is labelled too.
    - PHONE: every phone number said is a PHONE, the customer's, a relative's, and the direct
      or callback line an agent leaves in a voicemail or gives for a fraud team; a phone's
      last four said as such is a PHONE group of its own.
    - ACCOUNT_NUMBER: account, policy, membership, loan, customer reference and member-id
      numbers; case and fraud-case references given for the customer to quote; job and order
      numbers; MPAN, MPRN and NHS numbers; VINs, registration plates and regos; a driver's
      licence; a sort code and a BSB, each a group apart from the account number after it;
      the last four of an account or membership number.
    - other: tracking numbers (all fail the Luhn check), receipt and payment references,
      merchant references, keypad options ("press 1"), a lottery's lucky number, a rating on
      a scale, ages and age limits ("over eighteen"), an energy rating ("D1"), "4K" and a
      photo size ("eight by tens").
    - price: premiums, fees, prices, balances, grants, winnings and the suspicious
      transaction's amount, with "a month"/"a year" inside when said straight after the
      amount; a discount in percent is a percentage ("off" outside). Merchant and company
      names are not labelled.
    - NAME: first name and surname said together are one span; titles (mr, mrs, mister, Dr)
      stay outside; pets' names (Biscuit, Pepper, Duke) are not names. A name that is also a
      word is labelled only where it names a person, and in a case where a person has such a
      name the word is not used in its other sense. A name inside an e-mail is left to the
      EMAIL span.
    - ADDRESS: the street line with a house name, flat, unit, apartment or suite and the town
      when it follows in the same breath ("... sydney road brunswick", "Flat 2/1, 41 ... Road,
      Glasgow", "3F2, 27 ... Terrace, Edinburgh"); "in <town>", states, provinces and
      counties stay outside. A neighbour's address for a safe place and a relative's old
      address the agent reads out are labelled too.
    - DOB: only dates of birth (the caller's, a child's, a parent's); a date of birth said
      again after the IVR failed to recognise it is a group of its own. "the" before a date
      stays outside. Renewal, appointment, delivery, draw, transaction and due dates and an
      IVR's example date are `date`; weekday names and "tomorrow" are left unlabelled.
    - time: each time is its own span ("between ((eight)) and ((twelve))"), with "o'clock",
      "am"/"pm" inside. duration includes its unit ("five working days", "30-day").
      count covers the number only ("((six)) issues", "the ((16))-digit number").
      quantity covers number and unit (kg, lb, kW, kWh, megs, square metres).
      year: build years, car model years, a course start year. model_number: boilers,
      routers, TV boxes, heat pumps. flight_number: flights the customer is taking.
    - Homophones: "for", "ate" standing for a digit inside a card number are inside its span
      and count as that digit; "for", "to", "won" used as ordinary words beside a value are
      left unlabelled (not keeps).
    - Voicemails are agent lines; an automated call or menu is ivr; the caller keying digits
      is customer.

Validator
    Checked for every case, and nothing is written if any check fails (exit status 1):
    markup well formed (known types, flags and kinds, nothing left over); at least three
    utterances; offsets match the text; spans non-empty, without space or punctuation at
    the edges (a leading currency sign or "+", a final "%" or "a.m."/"p.m." allowed), not
    starting or ending inside a word; no two spans (pii or keep) overlap; two pieces of one
    group never have only a space between them; asr utterances lower case without . , ? ! ;
    : " @ $ % / & ( ) [ ]; transcript utterances capitalised; group ids consistent in type;
    card groups: spoken digits turned into digits ("oh", "nought", "double", "triple", pairs
    such as "forty one", "hundred", and "for"/"ate"/"to"/"won" inside a span), joined over
    the group without "skip" pieces, are 15 (Amex 34/37) or 16 digits with a real prefix
    (Visa 4, Mastercard 51-55 or 2221-2720, Discover 6011/65) and pass Luhn, while "part"
    groups hold 3-8 digits; CVV 3-4 digits; EXPIRY a valid month and a year 2020-2035 (month
    names, "slash", "of", four-digit and three-digit forms); SSN: US area 001-665, group
    01-99, serial 0001-9999, or a National Insurance number (valid prefix letters, six
    digits, suffix A-D), or a PPS number with its check letter, or a last four; phones in the
    fictional ranges (07700 900xxx, 020 7946 0xxx, 0161/0113/0117 496 0xxx, +44 forms,
    NANP 555-01xx with an area code, Australian 0491 570 xxx and 0[2378] 5550 xxxx) or a 3-4
    digit last four; postcodes of their country's shape (UK, Eircode, ZIP or ZIP+4,
    Canadian, Australian), spoken letters and the phonetic alphabet turned into letters;
    e-mails typed (never in asr) or spoken with "at ... dot"; ADDRESS starting with a
    number, a flat/unit/apartment/suite word or a house name before a numbered street, with
    a street word; NAME without digits or titles; DOB holding a date; ACCOUNT_NUMBER with
    digits; no digit outside a span and no run of four or more digit words outside a span;
    look-alikes of 13-19 digits fail Luhn and hold no pii digits of the same utterance; a
    name word labelled in a case is never left unlabelled elsewhere in the case; no e-mail
    and no street is used in two cases; no utterance of nine words or more appears in two
    cases; and the brief's minimum counts (pii spans per type, at least 80 cases, 1,000
    utterances, 400 utterances without pii, 280 keep spans covering all eleven kinds, six
    IVR cases and 60% of utterances in asr style).

Run
    python3 data/redaction/make_dev40.py            # validate, print the counts, write dev40.jsonl
    python3 data/redaction/make_dev40.py --check    # validate and print the counts only
    The output is the same on every run and under any PYTHONHASHSEED.
"""

import json
import random
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "dev40.jsonl"
R = random.Random(36)

PII_TYPES = ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB",
             "ADDRESS", "POSTCODE", "ACCOUNT_NUMBER", "NAME")
KEEP_KINDS = ("quantity", "time", "price", "flight_number", "date", "year",
              "duration", "percentage", "model_number", "count", "other")
MINIMUMS = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35,
            "EMAIL": 25, "DOB": 20, "ADDRESS": 35, "POSTCODE": 35,
            "ACCOUNT_NUMBER": 45, "NAME": 200}
MIN_CASES, MIN_UTTS, MIN_NOPII, MIN_KEEPS, MIN_IVR, MIN_ASR = 80, 1000, 400, 280, 6, 0.60

# ---------------------------------------------------------------- generators
# Every number below comes from R (random.Random(36)), drawn in case order.

def luhn_ok(d):
    if not d.isdigit() or len(d) < 2:
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def dd(n):
    """n random digits."""
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def card(kind="visa"):
    if kind == "visa":
        p, n = "4", 16
    elif kind == "mc":
        p, n = "5" + str(R.randint(1, 5)), 16
    elif kind == "mc2":
        p, n = str(R.randint(2221, 2720)), 16
    elif kind == "amex":
        p, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        p, n = R.choice(["6011", "65"]), 16
    else:
        raise ValueError(kind)
    body = p + dd(n - 1 - len(p))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def nolu(n, first=None):
    """n digits that fail the Luhn check (a look-alike)."""
    d = (first or str(R.randint(1, 9))) + dd(n - 1 - (len(first) - 1 if first else 0))
    d = d[:n]
    if luhn_ok(d):
        d = d[:-1] + str((int(d[-1]) + 1) % 10)
    return d


def cvv(n=3):
    return dd(n)


def exp():
    return R.randint(1, 12), R.randint(2027, 2032)


def expired():
    return R.randint(1, 12), R.randint(2023, 2025)


def dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2005)


def ssn():
    return "%03d%02d%04d" % (R.randint(1, 665), R.randint(1, 99), R.randint(1, 9999))


NI_A = "ABCEGHJKLMNOPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + dd(6) + R.choice("ABCD")


PPS_L = "WABCDEFGHIJKLMNOPQRSTUV"


def pps_ok(s):
    m = re.fullmatch(r"(\d{7})([A-W])([AHW]?)", s)
    if not m:
        return False
    tot = sum(int(c) * w for c, w in zip(m.group(1), range(8, 1, -1)))
    if m.group(3) in ("A", "H"):
        tot += (ord(m.group(3)) - 64) * 9
    return PPS_L[tot % 23] == m.group(2)


def pps(second=""):
    d = dd(7)
    tot = sum(int(c) * w for c, w in zip(d, range(8, 1, -1)))
    if second in ("A", "H"):
        tot += (ord(second) - 64) * 9
    return d + PPS_L[tot % 23] + second


def ph_uk(kind="mob"):
    head = {"mob": "07700900", "lon": "02079460", "man": "01614960",
            "lds": "01134960", "bri": "01174960"}[kind]
    return head + dd(3)


def ph_na(area):
    return str(area) + "55501" + dd(2)


def ph_au(kind="mob"):
    if kind == "mob":
        return "0491570" + dd(3)
    return "0" + R.choice("2378") + "5550" + dd(4)


PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def pc_uk(outward):
    return outward + " " + str(R.randint(0, 9)) + R.choice(PC_IN) + R.choice(PC_IN)


EIR_C = "ACDEFHKNPRTVWXY"


def eir(rk):
    s = R.choice(EIR_C)
    for _ in range(3):
        s += R.choice(EIR_C + "0123456789" * 2)
    return rk + " " + s


def zipc(prefix):
    return prefix + dd(5 - len(prefix))


CA_L = "ABCEGHJKLMNPRSTVWXYZ"


def pc_ca(first):
    return first + dd(1) + R.choice(CA_L) + " " + dd(1) + R.choice(CA_L) + dd(1)


def pc_au(first):
    return first + dd(3)


def money(lo, hi):
    """(whole, pence) drawn from R."""
    return R.randint(lo, hi), R.choice([0, 49, 50, 95, 99, R.randint(1, 98)])


def rint(lo, hi):
    return R.randint(lo, hi)


def pick(seq):
    return R.choice(seq)


# ------------------------------------------------------------------ renderers
W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD_W = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
         "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
         "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def dw(c, z="oh"):
    if c == "0":
        return z
    if c.isdigit():
        return W[int(c)]
    return c.lower()


def sw(d, z="oh", dbl=False):
    """digit by digit in words; with dbl, runs become double/triple."""
    d = d.replace(" ", "")
    out = []
    i = 0
    while i < len(d):
        j = i
        while j < len(d) and d[j] == d[i]:
            j += 1
        run = j - i
        if dbl and run == 3:
            out.append("triple " + dw(d[i], z))
        elif dbl and run == 2:
            out.append("double " + dw(d[i], z))
        elif dbl and run > 3:
            out.append("double " + dw(d[i], z))
            j = i + 2
        else:
            out.extend(dw(d[k], z) for k in range(i, j))
        i = j
    return " ".join(out)


def n2w(n):
    if n < 10:
        return W[n]
    if n < 20:
        return TEEN_W[n - 10]
    t, u = divmod(n, 10)
    return TENS_W[t] + ("" if u == 0 else " " + W[u])


def pr(d, z="oh"):
    """pairs: '4108' -> 'forty one oh eight'."""
    d = d.replace(" ", "")
    out = []
    for i in range(0, len(d) - 1, 2):
        a = d[i:i + 2]
        if a[0] == "0":
            out.append(dw("0", z) + " " + dw(a[1], z))
        else:
            out.append(n2w(int(a)))
    if len(d) % 2:
        out.append(dw(d[-1], z))
    return " ".join(out)


def yw(y):
    if 2000 <= y <= 2009:
        return "two thousand and " + W[y - 2000]
    a, b = divmod(y, 100)
    return n2w(a) + " " + (("oh " + W[b]) if b < 10 else n2w(b))


def yy(y):
    """two-digit year in words: 2029 -> 'twenty nine'."""
    return n2w(y % 100) if y % 100 >= 10 else "oh " + W[y % 100]


def mon(m):
    return MONTHS[m - 1]


def Mon(m):
    return MONTHS[m - 1].capitalize()


def ordw(d):
    if d <= 20:
        return ORD_W[d]
    if d == 30:
        return "thirtieth"
    t, u = divmod(d, 10)
    return TENS_W[t] + " " + ORD_W[u]


def ordt(d):
    suf = "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def grp(d, *sizes):
    """'4405610769598540', 4,4,4,4 -> '4405 6107 6959 8540'."""
    d = d.replace(" ", "")
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return " ".join(x for x in out if x)


def num_w(n):
    """a whole number in words: 412 -> 'four hundred and twelve'."""
    if n < 100:
        return n2w(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return W[h] + " hundred" + ("" if r == 0 else " and " + n2w(r))
    th, r = divmod(n, 1000)
    return num_w(th) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + num_w(r))


def pence_w(p):
    return ("oh " + W[p]) if p < 10 else n2w(p)


def cents_w(w, p, unit="pounds"):
    """short price in words: (49, 99) -> 'forty nine ninety nine'; (40, 0) -> 'forty pounds'."""
    if p == 0:
        return num_w(w) + (" " + unit if unit else "")
    return num_w(w) + " " + pence_w(p)


def money_w(w, p, unit="pounds"):
    """price in words with its unit: 'four hundred and twelve pounds sixty'."""
    return num_w(w) + " " + unit + ("" if p == 0 else " " + pence_w(p))


def cash(w, p, sym="£"):
    return "%s%d.%02d" % (sym, w, p) if p else "%s%d" % (sym, w)


NATO_W = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
          "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo",
          "L": "lima", "M": "mike", "N": "november", "O": "oscar", "P": "papa",
          "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
          "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
PLATE_L = "ABCDEFGHJKLMNPRSTVWXY"


def nato(s, z="oh"):
    """letters as the phonetic alphabet, digits as words."""
    return " ".join(NATO_W[c] if c.isalpha() else dw(c, z) for c in s.replace(" ", ""))


def lets(n, pool=PLATE_L):
    return "".join(R.choice(pool) for _ in range(n))


def plate_uk():
    return lets(2) + dd(2) + " " + lets(3)


def hw(n):
    """a house number as said: 42 'forty two', 541 'five forty one', 2304 'twenty three oh four'."""
    if n < 100:
        return n2w(n)
    a, b = divmod(n, 100)
    head = W[a] if a < 10 else n2w(a)
    if b == 0:
        return head + " hundred"
    return head + " " + (n2w(b) if b >= 10 else "oh " + W[b])


HOMOPHONE = {"four": "for", "two": "to", "one": "won", "eight": "ate"}


def hom(words):
    """the recogniser's homophone for the first digit word that has one ("four" -> "for")."""
    ws = words.split()
    for i, w in enumerate(ws):
        if w in HOMOPHONE and (i == 0 or ws[i - 1] not in ("double", "triple")):
            ws[i] = HOMOPHONE[w]
            return " ".join(ws)
    return words

# --------------------------------------------------------------------- cases
# Each function is one conversation. Lines are "A: ..." (agent), "C: ..." (customer)
# or "I: ..." (ivr). Values are drawn from R when the function runs (in case order).
CASES = []


def case(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


# 1 broadband renewal, UK, ID check on the first line and postcode, e-mail corrected
@case("asr")
def _():
    pc = pc_uk("LS6")
    nw, np_ = money(41, 58)
    rw, rp = money(24, 36)
    mths = pick([18, 24])
    speed = pick([500, 900])
    return [
        "A: hi good afternoon am i speaking with [[NAME:desmond achterberg]]",
        "C: yeah that's me who's calling",
        "A: my name's [[NAME:priya]] i'm calling from skyline broadband your contract's coming to an end so i've got a couple of renewal options for you",
        "C: okay go on then",
        "A: before i go into the account i just need to check i'm talking to the right person can you confirm the first line of your address",
        f"C: it's [[ADDRESS:{hw(rint(2, 98))} cardigan grove]]",
        "A: thank you and the postcode",
        f"C: [[POSTCODE|uk:{sw(pc)}]]",
        "A: brilliant that's all matched up",
        f"A: so right now you're paying ((price:{cents_w(nw, np_)} a month)) and from next month that goes up",
        "C: yeah i got the letter it's daylight robbery honestly",
        f"A: i hear you what i can do is move you onto fibre at ((price:{cents_w(rw, rp)} a month)) fixed for ((duration:{n2w(mths)} months))",
        "C: is that the same speed or",
        f"A: faster actually up to ((quantity:{num_w(speed)} megs))",
        "C: um my wife [[NAME:hope]] normally sorts all this out but yeah that sounds alright",
        "A: no problem i'll email the new contract over is it still [[EMAIL:des dot achterberg at outlook dot com]]",
        "C: no that one's dead it's [[EMAIL:d achterberg seventy at gmail dot com]]",
        "A: [[EMAIL:d achterberg seventy at gmail dot com]] got it",
        "C: sorry say that again",
        "A: i said [[EMAIL:d achterberg seventy at gmail dot com]] that's updated now you'll have it within the hour",
    ]


# 2 TV renewal, transcript, suspicious customer asks for a callback on a number he gives
@case("transcript")
def _():
    rd, rm = rint(1, 28), rint(1, 12)
    mob = ph_uk("mob")
    t = rint(5, 8)
    acc = dd(9)
    ref = "CB" + dd(6)
    return [
        "A: Good evening, could I speak to Mr. [[NAME:Tobias Lindqvist]], please?",
        "C: Who's asking?",
        f"A: My name is [[NAME:Shauna]], I'm calling from Brightview TV about your sports package, which is due for renewal on ((date:{ordt(rd)} {Mon(rm)})).",
        "C: How do I know you're really from Brightview? I get these calls every other day.",
        "A: That's a fair question. I won't ask for card details on this call. To go any further, though, I'd need your date of birth.",
        "C: I'm not giving my date of birth to someone who rang me out of the blue.",
        "A: Understood. You're welcome to ring us on the number printed on your bill, or I can book a callback from the renewals team.",
        f"C: Book the callback. Use my mobile, [[PHONE:{grp(mob, 5, 3)}]], tomorrow after ((time:{t}pm)). Not the landline.",
        f"A: So that's [[PHONE:{grp(mob, 5, 6)}]], any time after ((time:{t} o'clock)) tomorrow.",
        "C: Yes.",
        f"A: To show the call is genuine, my colleague will quote the last four digits of your account number, which are [[ACCOUNT_NUMBER:{acc[-4:]}]].",
        "C: Fine. And what was your name again?",
        f"A: [[NAME:Shauna]]. Your case reference is [[ACCOUNT_NUMBER:{ref}]] if you'd like to quote it.",
        "C: Got it. Bye.",
    ]


# 3 car insurance renewal, asr, DOB before going on, plate, card in pieces, last four read back
@case("asr")
def _():
    d, m, y = dob()
    plate = plate_uk()
    pw, pp = money(380, 720)
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    txn = "t" + dd(8)
    return [
        "A: morning is that [[NAME:agnieszka kowalczyk]]",
        "C: yes speaking",
        "A: hi it's [[NAME:will]] from harbourline car insurance about your renewal have you got a couple of minutes",
        "C: um i'm about to go out but go on quickly",
        "A: i'll be quick i just need your date of birth before i go on",
        f"C: [[DOB:{ordw(d)} of {mon(m)} {yw(y)}]]",
        f"A: thanks and the car's still the one on [[ACCOUNT_NUMBER:{sw(plate)}]]",
        "C: yeah same car",
        f"A: great so the renewal comes to ((price:{money_w(pw, pp)})) for the year that's with the protected no claims",
        "C: fine can i just pay it now",
        "A: of course whenever you're ready with the long number on the card",
        f"C: okay it's [[CARD_NUMBER#c:{sw(c[:8])}]] um [[CARD_NUMBER#c:{sw(c[8:12])}]]",
        "A: mm-hmm",
        f"C: [[CARD_NUMBER#c:{pr(c[12:])}]]",
        f"A: thank you that's a visa ending [[CARD_NUMBER|part:{sw(c[12:])}]] and the expiry",
        f"C: [[EXPIRY:{sw('%02d' % em)} {yy(ey)}]]",
        "A: and the three digits on the back",
        f"C: [[CVV:{sw(cv)}]]",
        "A: lovely that's gone through you're covered for another year",
        f"A: your payment reference is ((other:{sw(txn)})) and the documents are in the app later today",
        "C: great ta bye",
    ]


# 4 home insurance renewal, Ireland, Eircode, a corrected card block, expiry as month name
@case("transcript")
def _():
    eirc = eir("H91")
    pol = "HH" + dd(7)
    pw, pp = money(390, 880)
    disc = rint(10, 15)
    c = card("mc")
    wrong = c[4:8]
    wrong = wrong[:2] + str((int(wrong[2]) + 3) % 10) + wrong[3]
    em, ey = exp()
    cv = cvv()
    return [
        "A: Hello, this is [[NAME:Ciarán]] from Corrib Home Insurance. Am I speaking with [[NAME:Saoirse Ní Bhriain]]?",
        "C: You are, yeah.",
        "A: Your home policy renews next week and I'm ringing to go through the price. Before I do, can you confirm the address we have for you?",
        f"C: [[ADDRESS:{rint(2, 60)} Knocknacarra Road, Salthill]].",
        "A: And the Eircode?",
        f"C: [[POSTCODE|ie:{eirc}]].",
        f"A: Thanks. I have your policy as [[ACCOUNT_NUMBER:{pol}]], and the renewal premium is ((price:€{pw}.{pp:02d})). That already has a ((percentage:{disc}%)) loyalty discount on it.",
        "C: It was less last year, but go on, I'll pay it by card.",
        f"C: It's a Mastercard, [[CARD_NUMBER#c:{c[:4]}]], [[CARD_NUMBER#c|skip:{wrong}]]... no, sorry, [[CARD_NUMBER#c:{c[4:8]}]], then [[CARD_NUMBER#c:{c[8:12]} {c[12:]}]].",
        f"A: So that's [[CARD_NUMBER:{grp(c, 4, 4, 4, 4)}]]?",
        "C: That's it.",
        "A: And when does it expire?",
        f"C: [[EXPIRY:{Mon(em)} {ey}]].",
        "A: And the security code on the back, please.",
        f"C: [[CVV:{cv}]].",
        "A: That's all processed. Your new certificate will be emailed to you within the hour.",
    ]


# 5 magazine subscription win-back, US, asr, Amex in three pieces, ZIP, e-mail spelled
@case("asr")
def _():
    z = zipc("97")
    c = card("amex")
    em, ey = exp()
    cv = cvv(4)
    issues = pick([6, 10, 12])
    w1, p1 = money(19, 29)
    return [
        "A: hi may i speak with [[NAME:rosalind delgado]]",
        "C: this is she",
        "A: hi [[NAME:rosalind]] it's [[NAME:kenji]] from trailhead outdoor magazine we noticed your subscription lapsed last spring and i'm calling with an offer to welcome you back",
        "C: oh um i let it go because it was getting expensive",
        f"A: totally understand right now we can do ((count:{n2w(issues)})) issues for ((price:{cents_w(w1, p1, 'dollars')})) delivered",
        "C: huh that's actually not bad okay",
        "A: great let me just confirm your mailing address is it still on file as",
        f"C: yeah it's [[ADDRESS:{hw(rint(1100, 2990))} hawthorne terrace apartment {n2w(rint(2, 12))}]] in portland",
        f"A: and the zip",
        f"C: [[POSTCODE|us:{sw(z)}]]",
        "A: perfect and how would you like to pay",
        "C: amex",
        f"C: it's [[CARD_NUMBER#c:{sw(c[:4])}]] then [[CARD_NUMBER#c|skip:{sw(c[4:6])}]] wait let me start that group again [[CARD_NUMBER#c:{sw(c[4:10])}]]",
        "A: no rush",
        f"C: and then [[CARD_NUMBER#c:{sw(c[10:], dbl=True)}]]",
        "A: and the four digit code on the front of the card",
        f"C: [[CVV:{sw(cv)}]]",
        "A: and the expiration",
        f"C: [[EXPIRY:{mon(em)} of {yy(ey)}]]",
        "A: and where should the receipt go",
        "C: [[EMAIL:r o s delgado at yahoo dot com]]",
        "A: got it thank you so much you'll get your first issue in about ((duration:three weeks))",
    ]


# 6 newspaper renewal, Canada, transcript, postal code, phone update, card read back whole
@case("transcript")
def _():
    pc = pc_ca("M")
    ph = ph_na(416)
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    wk = pick([4, 6, 8])
    pct = pick([25, 30, 40])
    return [
        "A: Hi, is this [[NAME:Oluwaseun Adeyemi]]?",
        "C: Speaking.",
        "A: This is [[NAME:Marguerite]] with the Lakeshore Daily. Your weekend delivery is up for renewal, and I'd like to offer you a rate.",
        "C: Okay, but I'm driving, so keep it short.",
        "A: Of course. First I need to confirm your postal code.",
        f"C: [[POSTCODE|ca:{pc}]].",
        f"A: Thank you. We can renew you at ((percentage:{pct}%)) off for the first ((duration:{wk} weeks)).",
        "C: Fine. Is the number you have for me the home one? I'd rather you use my cell.",
        "A: Go ahead.",
        f"C: It's [[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]].",
        "A: Got it. And for payment?",
        f"C: Visa, [[CARD_NUMBER#c:{grp(c[:8], 4, 4)}]]... hold on, the truck in front just braked... [[CARD_NUMBER#c:{grp(c[8:], 4, 4)}]].",
        f"A: Reading that back: [[CARD_NUMBER:{grp(c, 4, 4, 4, 4)}]].",
        "C: Yep.",
        f"A: Expiry and the CVV on the back?",
        f"C: Expires [[EXPIRY:{em:02d}/{ey % 100}]], code [[CVV:{cv}]].",
        "A: All set. Your renewal starts Saturday.",
    ]


# 7 wine delivery win-back, Australia, asr, age check by DOB, postcode, card with homophones
@case("asr")
def _():
    d, m, y = dob()
    pc = pc_au("3")
    c = card("mc")
    em, ey = exp()
    cv = cvv()
    bottles = pick([6, 12])
    w1, p1 = money(99, 149)
    ph = ph_au("mob")
    return [
        "A: g'day is that [[NAME:sunil rajapaksa]]",
        "C: yeah who's this",
        "A: it's [[NAME:mitch]] from cellar door club mate you used to get our mixed reds and we've got a comeback offer if you're interested",
        "C: i might be depends what it is",
        f"A: ((count:{n2w(bottles)})) bottles for ((price:{money_w(w1, p1, 'dollars')})) with free delivery",
        "C: alright go on then",
        "A: because it's alcohol i do have to confirm your date of birth sorry",
        f"C: yeah it's [[DOB:{n2w(d)} {n2w(m)} {pr(str(y))}]]",
        "A: thanks and it's going to the same place in brunswick",
        f"C: yep [[ADDRESS:{hw(rint(300, 999))} sydney road brunswick]] [[POSTCODE|au:{pr(pc)}]]",
        "A: beautiful and what card would you like to use",
        f"C: mastercard [[CARD_NUMBER#c:{sw(c[:4]).replace('four', 'for')}]] uh [[CARD_NUMBER#c:{sw(c[4:8])}]]",
        f"C: [[CARD_NUMBER#c:{sw(c[8:12]).replace('eight', 'ate')}]] and [[CARD_NUMBER#c|skip:{sw(c[12:14])}]] no hang on [[CARD_NUMBER#c:{sw(c[12:])}]]",
        "A: and the expiry",
        f"C: [[EXPIRY:{n2w(em)} {yy(ey)}]]",
        "A: and the three numbers on the back",
        f"C: [[CVV:{sw(cv)}]]",
        f"A: sweet and the best number for the driver if they can't find the place",
        f"C: [[PHONE:{sw(ph)}]]",
        "A: done it'll be with you by friday cheers [[NAME:sunil]]",
    ]


# 8 meal kit win-back, US, transcript, first card declined, second card
@case("transcript")
def _():
    c1 = card("visa")
    c2 = card("disc")
    e1m, e1y = expired()
    e2m, e2y = exp()
    cv2 = cvv()
    z = zipc("30")
    pct = pick([50, 60])
    boxes = pick([2, 3])
    return [
        "A: Hi, this is [[NAME:Destiny]] from Forkful Meal Kits. Am I speaking with [[NAME:Bartholomew Osei]]?",
        "C: [[NAME:Bart]], yes.",
        f"A: Hi [[NAME:Bart]]! We miss you. If you restart this week, your next ((count:{boxes})) boxes are ((percentage:{pct}%)) off.",
        "C: Honestly that's tempting. Do you still have my card?",
        f"A: We have a Visa ending [[CARD_NUMBER|part:{c1[-4:]}]] on file, but it expired [[EXPIRY:{e1m:02d}/{e1y % 100}]].",
        "C: Right, that's the old one. Use my Discover.",
        f"C: [[CARD_NUMBER#c2:{c2[:4]} {c2[4:8]}]]... is this line secure, by the way?",
        "A: It is, and I'm not recording the card details.",
        f"C: Okay. [[CARD_NUMBER#c2:{c2[8:12]} {c2[12:]}]].",
        "A: And the expiry date?",
        f"C: [[EXPIRY:{e2m}/{e2y}]].",
        "A: And the three-digit code?",
        f"C: [[CVV:{cv2}]].",
        "A: And the billing ZIP for that card?",
        f"C: [[POSTCODE|us:{z}]].",
        f"A: Perfect, Discover ending [[CARD_NUMBER|part:{c2[-4:]}]]. Your first box ships Monday.",
    ]


# 9 solar survey, UK, asr, address and postcode in pieces, callback number, no payment
@case("asr")
def _():
    pc = pc_uk("BS7")
    kw = pick([3, 4, 5])
    pct = pick([40, 50, 60])
    ph = ph_uk("bri")
    yr = rint(1930, 1975)
    return [
        "A: hello is that mister um sorry is that [[NAME:gwilym pryce]]",
        "C: yes it is",
        "A: hi there it's [[NAME:tamsin]] from brightroof solar we're doing a short survey of homes in your area about solar panels have you got two minutes",
        "C: as long as you're not selling me anything",
        "A: no selling today promise just a survey can i check which property this is for",
        f"C: [[ADDRESS#a:flat {n2w(rint(1, 9))}]] um [[ADDRESS#a:{hw(rint(11, 79))} gloucester terrace]]",
        f"A: and the postcode there",
        f"C: [[POSTCODE#p|uk:{sw(pc[:3])}]] and then [[POSTCODE#p|uk:{sw(pc[4:])}]]",
        f"A: thanks and roughly when was the building put up",
        f"C: ((year:{yw(yr)})) or so it's an old place",
        f"A: and does the roof face south at all",
        "C: the back half does yeah",
        f"A: a system of about ((quantity:{n2w(kw)} kilowatts)) could cover maybe ((percentage:{n2w(pct)} percent)) of your electric would you want a survey visit",
        "C: maybe ring me back on the house phone my mobile's got no signal here",
        f"C: it's [[PHONE:{sw(ph[:4])} {sw(ph[4:7])} {sw(ph[7:])}]]",
        "A: lovely thanks for your time",
    ]


# 10 heat-pump grant survey, Ireland, transcript, Eircode spelled, BER rating
@case("transcript")
def _():
    eirc = eir("T12")
    pct = pick([40, 45, 50])
    yr = rint(1968, 1995)
    amt = pick([3500, 6500])
    return [
        "A: Good morning, I'm looking for [[NAME:Faith Mulcahy]].",
        "C: That's me.",
        "A: I'm [[NAME:Dervla]] from Warmer Homes Ireland. We're calling homeowners who asked about heat pumps at the energy show. Is now okay?",
        "C: Go on.",
        "A: Which house is this for?",
        f"C: [[ADDRESS:{rint(2, 40)} Evergreen Road, Turners Cross, Cork]].",
        "A: And the Eircode?",
        f"C: [[POSTCODE|ie:{nato(eirc[:3]).capitalize()} {eirc[4:]}]].",
        f"A: Thanks. When was the house built, roughly?",
        f"C: ((year:{yr})), I think. The BER is a ((other:D1)).",
        f"A: A heat pump would need the insulation done first, and the grant covers up to ((price:€{amt:,})) of that.",
        "C: And the running costs?",
        f"A: Typically about ((percentage:{pct}%)) lower than oil for a house that size.",
        "C: Send me something in writing.",
        "A: I will. Thanks for your time.",
    ]


# 11 boiler service reminder, UK, asr, agent reads the address back, model number, card
@case("asr")
def _():
    pc = pc_uk("NE6")
    model = "hx" + str(rint(24, 40))
    sd, sm = rint(1, 28), rint(1, 12)
    fee_w, fee_p = money(79, 119)
    plan = dd(8)
    c = card("mc2")
    em, ey = exp()
    cv = cvv()
    return [
        "A: hello it's [[NAME:dawn]] from northern heat services calling for [[NAME:kwame mensah]]",
        "C: yes this is [[NAME:kwame]]",
        f"A: hi [[NAME:kwame]] it's just a reminder your boiler's due its annual service can i check we've still got the right address i have you at [[ADDRESS:{hw(rint(2, 30))} larch close]]",
        "C: that's right",
        f"A: and the postcode [[POSTCODE|uk:{sw(pc, dbl=True)}]]",
        "C: yep",
        f"A: lovely and the boiler's the ((model_number:{model[0]} {model[1]} {n2w(int(model[2:]))})) combi",
        "C: um i think so it's the white one in the kitchen",
        f"A: i can do ((date:{ordw(sd)} of {mon(sm)})) between ((time:eight)) and ((time:twelve)) or in the afternoon",
        "C: the morning's fine",
        f"A: great the service is ((price:{cents_w(fee_w, fee_p)})) as you're not on a plan would you like to pay that now",
        "C: go on then it's a mastercard",
        f"C: [[CARD_NUMBER#c:{sw(c[:4])} {pr(c[4:8])}]] um",
        "A: take your time",
        f"C: [[CARD_NUMBER#c:{sw(c[8:])}]]",
        f"A: so just checking the second four was [[CARD_NUMBER|part:{pr(c[4:8])}]]",
        "C: that's right",
        "A: expiry",
        f"C: [[EXPIRY:{n2w(em)} {yy(ey)}]]",
        "A: and the security number",
        f"C: [[CVV:{sw(cv)}]]",
        f"A: all done your job number is [[ACCOUNT_NUMBER:{sw(plan)}]] the engineer rings half an hour before",
    ]


# 12 dentist recall, UK, transcript, DOB check, phone and e-mail updated, child booked too
@case("transcript")
def _():
    d, m, y = dob()
    ad, am = rint(1, 28), rint(1, 12)
    hh, mm = rint(9, 11), pick([0, 15, 30, 45])
    d2, m2, y2 = rint(1, 28), rint(1, 12), rint(2012, 2018)
    ph = ph_uk("mob")
    old = ph_uk("mob")
    return [
        "A: Hello, this is [[NAME:Lowri]] calling from Castle Street Dental. Can I speak to [[NAME:Imogen Fairweather]]?",
        "C: Speaking.",
        "A: You're overdue for your check-up, so I'm ringing to book you in. Can I take your date of birth first?",
        f"C: [[DOB:{d}/{m}/{y}]].",
        f"A: Thank you. Dr [[NAME:Haddad]] has ((date:{Mon(am)} {ordt(ad)})) at ((time:{hh}:{mm:02d})). Would that suit?",
        "C: That's fine. Could you book my daughter in as well? Her name's [[NAME:Summer]].",
        "A: Of course. What's her date of birth?",
        f"C: [[DOB:{ordt(d2)} {Mon(m2)} {y2}]].",
        f"A: I'll put her straight after you. Is your mobile still the one ending [[PHONE|part:{old[-4:]}]]?",
        f"C: No, I changed it. It's [[PHONE:{grp(ph, 5, 3, 3)}]].",
        f"A: [[PHONE:{grp(ph, 5, 6)}]], thank you. And we'll send the reminder text there the day before.",
        "C: Lovely. Could you email me the appointment too?",
        "A: Of course, what's the address?",
        "C: [[EMAIL:imogen.fw@btinternet.com]].",
        "A: All booked. See you both then.",
    ]


# 13 GP recall, UK, asr, patient wary, gives DOB but not the NHS number
@case("asr")
def _():
    d, m, y = dob()
    nhs = dd(10)
    ad, am = rint(1, 28), rint(1, 12)
    hh = rint(8, 11)
    return [
        "A: hello can i speak to [[NAME:bogdan petrescu]] please",
        "C: who wants him",
        "A: it's [[NAME:heather]] from the ridgeway surgery we're recalling patients for the yearly asthma review",
        "C: how do i know you're from the surgery though you could be anyone",
        "A: that's fine you can ring the surgery back on the number on our website if you'd rather but i only need to confirm your date of birth",
        f"C: alright it's [[DOB:{ordw(d)} {mon(m)} {yw(y)}]]",
        "A: thank you and i've got your nhs number here if you want to check it",
        "C: no i'm not going through that on the phone",
        "A: no problem at all",
        f"A: the nurse has ((date:{mon(am)} the {ordw(ad)})) at ((time:{n2w(hh)} fifteen)) it's about a ((duration:twenty minute)) appointment",
        "C: that'll do",
        "A: lovely please bring your inhalers with you",
        "C: will do",
        "A: thanks bye now",
    ]


# 14 courier delivery rescheduling, UK, asr, tracking number look-alike, neighbour, flight
@case("asr")
def _():
    trk = nolu(16, "9")
    dd_, dm = rint(1, 28), rint(1, 12)
    fl = "ei " + sw(str(rint(150, 899)))
    pc = pc_uk("M20")
    hnum = rint(12, 80)
    ph = ph_uk("man")
    return [
        "A: hi it's [[NAME:gareth]] from swiftparcel i'm ringing about a parcel we couldn't deliver this morning",
        "C: oh right which one",
        f"A: the tracking number is ((other:{sw(trk)}))",
        "C: yeah that's my new laptop",
        "A: before we rebook can you confirm the delivery address for me",
        f"C: [[ADDRESS:{hw(hnum)} kingsway mews didsbury]] [[POSTCODE|uk:{sw(pc)}]]",
        "A: perfect when would you like it",
        f"C: well i'm flying out on ((flight_number:{fl})) on the ((date:{ordw(dd_)})) so it has to be before that",
        "A: i can do tomorrow or the day after",
        "C: tomorrow but i'm at work can you leave it with next door",
        "A: what's the neighbour's name",
        f"C: [[NAME:pat o'brien]] at number [[ADDRESS:{hw(hnum + 2)} kingsway mews]]",
        "A: and a number to reach you on",
        f"C: [[PHONE:{sw(ph[:4])} {sw(ph[4:])}]]",
        "A: sorted [[NAME:pat]] will get a card through the door and you'll get a text",
    ]


# 15 bank fraud-alert callback, US, transcript, suspicious transaction, SSN last four
@case("transcript")
def _():
    c = card("visa")
    aw, ap = money(640, 1480)
    td, tm = rint(1, 28), rint(1, 12)
    mref = "MR" + dd(9)
    s = ssn()
    z = zipc("60")
    case_no = "FR-" + dd(7)
    return [
        "A: Good afternoon, may I speak with [[NAME:Ifeoma Castellanos]]?",
        "C: Who's calling?",
        "A: My name is [[NAME:Garrett]], and I'm with the fraud prevention team at Prairie State Bank. We've seen an unusual charge on your debit card.",
        "C: How do I know you're really from the bank? I've had calls like this before.",
        "A: I understand. I will never ask for your full card number, your PIN or your online password. If you'd rather, you can hang up and call the number on the back of your card.",
        "C: I'll listen first. What's the charge?",
        f"A: It's for ((price:${aw:,}.{ap:02d})) at Vantage Electronics Online on ((date:{Mon(tm)} {td})), merchant reference ((other:{mref})). On the card ending in [[CARD_NUMBER|part:{c[-4:]}]].",
        "C: That's not me. I've never heard of them.",
        "A: Thank you. So I can act on the account, please confirm the last four digits of your Social Security number and your billing ZIP.",
        f"C: The last four are [[SSN|part:{s[-4:]}]], ZIP [[POSTCODE|us:{z}]].",
        "A: Thank you, that matches. I've blocked the card and disputed the charge.",
        f"A: Your fraud case number is [[ACCOUNT_NUMBER:{case_no}]]. A replacement card will go to the address we have on file.",
        "C: Which address is that?",
        f"A: [[ADDRESS:{rint(1200, 2900)} Juniper Avenue, Apt 3C, Naperville]].",
        "C: Yes, fine. Thank you.",
    ]


# 16 IVR fraud alert, UK, asr, DOB retried, payment queried, then an agent asks again
@case("asr")
def _():
    d, m, y = dob()
    aw, ap = money(220, 780)
    c = card("visa")
    pc = pc_uk("EH7")
    return [
        "I: this is an automated call from northgate bank for [[NAME:ewan macaskill]] to continue please say your date of birth",
        f"C: [[DOB:{n2w(d)} {n2w(m)} {pr(str(y))}]]",
        "I: sorry that date was not recognised please say your date of birth for example the ((date:first of may nineteen eighty))",
        f"C: the [[DOB:{ordw(d)} of {mon(m)} {yw(y)}]]",
        "I: thank you we have noticed an unusual payment on your card",
        f"I: a payment of ((price:{money_w(aw, ap)})) to coastline travel ltd if you made this payment say yes if not say no",
        "C: no",
        "I: please hold while we transfer you to a fraud advisor",
        "A: hi you're through to [[NAME:morag]] in fraud can i just take your postcode",
        f"C: [[POSTCODE|uk:{sw(pc)}]]",
        "A: and can you tell me the last four digits of the card that's in your hand",
        f"C: [[CARD_NUMBER|part:{sw(c[-4:])}]]",
        "A: thanks so you didn't book anything with coastline travel",
        "C: no never",
        "A: okay i've stopped that card and a new one will be with you in ((duration:five to seven working days))",
    ]


# 17 smart-meter installation, UK, asr, MPAN, account number, appointment, postcode
@case("asr")
def _():
    acc = dd(8)
    mpan = dd(13)
    ad, am = rint(1, 28), rint(1, 12)
    pc = pc_uk("NG7")
    return [
        "A: hiya is that [[NAME:ruud van der meer]]",
        "C: yes hello",
        "A: it's [[NAME:shanice]] at midshires energy i'm calling to book in your smart meter installation",
        "C: oh finally okay",
        "A: can you give me your account number so i can pull you up",
        f"C: it's [[ACCOUNT_NUMBER#a:{sw(acc[:4])}]] uh [[ACCOUNT_NUMBER#a:{sw(acc[4:])}]]",
        "A: and the first line of the address",
        f"C: [[ADDRESS:{num_w(rint(101, 180))} arkwright street]]",
        f"A: and the postcode i have is [[POSTCODE|uk:{sw(pc)}]] yeah",
        "C: correct",
        f"A: i also need the mpan off your current meter it's the long number on the sticker",
        f"C: [[ACCOUNT_NUMBER:{sw(mpan[:2])} {sw(mpan[2:6])} {sw(mpan[6:])}]]",
        f"A: brilliant the engineer can come on ((date:{mon(am)} {ordw(ad)})) it takes about ((duration:two hours)) and the power's off for part of it",
        "C: that's fine i work from home",
        "A: lovely you'll get a text the day before",
    ]


# 18 lottery syndicate renewal, UK, transcript, membership number, DOB, card read back
@case("transcript")
def _():
    mem = "SYN" + dd(6)
    d, m, y = dob()
    lines_ = pick([2, 3, 4])
    pw, pp = money(8, 20)
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    return [
        "A: Hi, it's [[NAME:Craig]] from Lucky Seven Syndicates. Is that [[NAME:Bill Abernethy]]?",
        "C: It is.",
        "A: Your syndicate membership ends this month, and I'm calling to see whether you'd like to carry on.",
        "C: I suppose so. We've never won more than a tenner though.",
        f"A: I'll need your membership number and your date of birth to confirm you're over ((other:eighteen)).",
        f"C: Membership is [[ACCOUNT_NUMBER:{mem}]], and I was born [[DOB:{d:02d}.{m:02d}.{y}]].",
        f"A: Thank you. You're in ((count:{lines_})) syndicates at ((price:£{pw}.{pp:02d})) a month. Same again?",
        "C: Same again. The card you had has been replaced, so take the new one.",
        f"C: [[CARD_NUMBER#c:{grp(c[:12], 4, 4, 4)}]] and [[CARD_NUMBER#c:{c[12:]}]].",
        f"A: Thank you. Reading it back: [[CARD_NUMBER:{grp(c, 4, 4, 4, 4)}]].",
        "C: Correct.",
        "A: And the expiry, then the three digits on the back?",
        f"C: [[EXPIRY:{em:02d}/{ey}]] and [[CVV:{cv}]].",
        "A: Lovely. You're in for the next draw.",
    ]


# 19 charity lottery renewal by direct debit, UK, asr, sort code and account in pieces
@case("asr")
def _():
    sc = dd(6)
    acc = dd(8)
    wk = pick([1, 2])
    draw = dd(6)
    return [
        "A: hello is that [[NAME:marjorie oyelaran]]",
        "C: it is yes",
        "A: i'm [[NAME:fergus]] calling from the hillside hospice lottery your card payments stopped last month and we'd love to keep you playing",
        "C: oh the card got cancelled i'd rather do a direct debit this time",
        "A: that's easy can i take the name on the bank account",
        "C: [[NAME:marjorie oyelaran]]",
        "A: and the sort code",
        f"C: [[ACCOUNT_NUMBER:{pr(sc)}]]",
        "A: and the account number",
        f"C: [[ACCOUNT_NUMBER#n:{sw(acc[:3])}]] hang on my glasses [[ACCOUNT_NUMBER#n:{sw(acc[3:], dbl=True)}]]",
        f"A: thank you so that's [[ACCOUNT_NUMBER:{sw(acc)}]]",
        "C: yes",
        f"A: and it stays at ((price:{num_w(wk)} pound a week)) your lucky number is ((other:{sw(draw)})) same as before",
        "C: good i like that one",
        "A: thanks so much it really does help",
    ]


# 20 student loan repayment reminder, UK, transcript, suspicious, NI number, customer ref, e-mail
@case("transcript")
def _():
    crn = dd(11)
    n = ni()
    d, m, y = dob()
    aw, ap = money(40, 140)
    return [
        "A: Hello, am I speaking with [[NAME:Yusuf Chaudhry]]?",
        "C: Yeah. Who's this?",
        "A: My name is [[NAME:Bethan]], I'm calling from Student Loan Repayment Services about your overseas repayment plan.",
        "C: Is this a scam? I didn't think you lot phoned people.",
        "A: We do ring when a plan has missed payments, but you can check by calling the number on your annual statement. I won't ask for bank details.",
        "C: Okay. What do you need?",
        "A: Your customer reference number, please.",
        f"C: [[ACCOUNT_NUMBER:{grp(crn, 3, 4, 4)}]].",
        "A: And your National Insurance number?",
        f"C: [[SSN:{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}]].",
        "A: Thank you. And your date of birth?",
        f"C: [[DOB:{ordt(d)} of {Mon(m)} {y}]].",
        f"A: Thanks. The plan shows two missed payments of ((price:£{aw}.{ap:02d})). Can I send the arrears letter by email?",
        "C: Yes, send it to [[EMAIL:y.chaudhry.works@protonmail.com]].",
        "A: Done. Please call us back within ((duration:14 days)) to set up the catch-up payment.",
    ]


# 21 vehicle recall notice, US, asr, VIN spelled with the phonetic alphabet, ZIP, callback
@case("asr")
def _():
    vin = "1" + lets(2, "FGHJKNM") + dd(2) + lets(1, "ABCDEFGH") + dd(3) + lets(1, "JKLMNP") + dd(7)
    yr = rint(2016, 2021)
    z = zipc("43")
    ph = ph_na(614)
    rd, rm = rint(1, 28), rint(1, 12)
    return [
        "A: hi this is [[NAME:darnell]] calling from buckeye motors service department is this [[NAME:ingrid sorensen]]",
        "C: it is",
        f"A: i'm calling about a safety recall on your ((year:{yw(yr).replace('two thousand and', 'two thousand')})) crossway s u v it's for the passenger airbag",
        "C: oh gosh is it dangerous",
        "A: it's important but the fix is quick and free i just need to confirm the vin so we order the right part",
        "C: hang on it's on the insurance card",
        f"C: okay [[ACCOUNT_NUMBER#v:{nato(vin[:5])}]] um [[ACCOUNT_NUMBER#v:{sw(vin[5:11])}]]",
        f"C: then [[ACCOUNT_NUMBER#v:{sw(vin[11:])}]]",
        f"A: thank you and the zip where the car's kept",
        f"C: [[POSTCODE|us:{sw(z)}]]",
        f"A: great we can fit you in on ((date:{mon(rm)} {ordw(rd)})) the repair takes about ((duration:ninety minutes))",
        "C: can you call my husband to set it up he drives it mostly his name's [[NAME:lars]]",
        "A: sure what's the best number for him",
        f"C: [[PHONE:{sw(ph[:3]).replace('four', 'for')} {sw(ph[3:6])} {sw(ph[6:])}]]",
        f"A: got it [[PHONE:{sw(ph)}]] i'll give [[NAME:lars]] a ring this afternoon",
    ]


# 22 pet food subscription restart, Australia, transcript, card, address, postcode, AU phone
@case("transcript")
def _():
    kg = pick([8, 12, 15])
    pw, pp = money(69, 119)
    pc = pc_au("4")
    ph = ph_au("land")
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    wks = pick([4, 6])
    return [
        "A: Hi, it's [[NAME:Tayla]] from Bowlful Pet Foods. Is that [[NAME:Honey Ramirez]]?",
        "C: Yes, that's me.",
        "A: You paused your order a couple of months ago, and I'm calling to see if we can get Biscuit's food coming again.",
        "C: Oh, she's been on the supermarket stuff. She hates it.",
        f"A: I can restart the ((quantity:{kg}kg)) bag every ((duration:{wks} weeks)) at ((price:${pw}.{pp:02d})), delivered.",
        "C: Yes, please. Same address?",
        f"A: I have [[ADDRESS:{rint(3, 60)} Kingfisher Crescent, Carindale]] [[POSTCODE|au:{pc}]].",
        "C: That's right.",
        "A: And the card we had has expired. Could I take a new one?",
        f"C: It's a Visa, [[CARD_NUMBER#c:{grp(c[:8], 4, 4)}]]... sorry, the dog's barking at the postman... [[CARD_NUMBER#c:{grp(c[8:], 4, 4)}]].",
        f"A: Thanks. Expiry?",
        f"C: [[EXPIRY:{em:02d}/{ey % 100}]].",
        f"A: And the CVV?",
        f"C: [[CVV:{cv}]].",
        "A: Done. Is the landline still the best number for the driver?",
        f"C: Yes, [[PHONE:{ph[:2]} {ph[2:6]} {ph[6:]}]].",
        "A: Perfect. Give Biscuit a pat from us.",
    ]


# 23 school photo order, Canada, asr, child's name, order number, card in pieces, e-mail
@case("asr")
def _():
    order = "sp" + dd(6)
    pw, pp = money(34, 79)
    c = card("mc")
    em, ey = exp()
    cv = cvv()
    pc = pc_ca("T")
    return [
        "A: hi this is [[NAME:chantal]] from maple leaf school portraits am i speaking with [[NAME:priyanka venkataraman]]",
        "C: yes hi",
        "A: hi you started a photo order for [[NAME:arjun]] last week but it didn't go through so i'm calling to finish it with you",
        "C: oh right the website kept crashing",
        f"A: no worries i have the order number [[ACCOUNT_NUMBER:{sw(order)}]] that's the deluxe package at ((price:{cents_w(pw, pp, 'dollars')})) plus tax",
        "C: yes that's the one with ((count:two)) ((other:eight by tens)) and the wallet ones",
        "A: okay and the card number when you're ready",
        f"C: [[CARD_NUMBER#c:{sw(c[:4])}]] um [[CARD_NUMBER#c:{sw(c[4:8])}]] hang on was that [[CARD_NUMBER#c|skip:{sw(c[4:8])}]] yeah okay [[CARD_NUMBER#c:{sw(c[8:12])}]]",
        "A: no problem and the last four",
        f"C: [[CARD_NUMBER#c:{pr(c[12:])}]]",
        "A: and the expiry and security code",
        f"C: expiry's [[EXPIRY:{sw('%02d' % em)} slash {yy(ey)}]] and the code's [[CVV:{sw(cv)}]]",
        "A: and your billing postal code",
        f"C: [[POSTCODE|ca:{sw(pc)}]]",
        "A: and where do we send the proofs",
        "C: [[EMAIL:priyanka v at shaw dot ca]]",
        "A: perfect [[NAME:arjun]]'s photos will ship with the class order",
    ]


# 24 IVR broadband payment, UK, asr, account not recognised then retried, card keyed, agent
@case("asr")
def _():
    acc = dd(9)
    bw, bp = money(38, 96)
    c = card("visa")
    em, ey = exp()
    ey2 = ey + 1 if ey < 2032 else ey - 1
    cv = cvv()
    pc = pc_uk("CF24")
    rec = dd(7)
    return [
        "I: welcome to skyline broadband payments please say or key in your account number",
        f"C: [[ACCOUNT_NUMBER:{pr(acc)}]]",
        "I: sorry that number was not recognised please try again",
        f"C: [[ACCOUNT_NUMBER:{sw(acc, dbl=True)}]]",
        f"I: thank you the account ending [[ACCOUNT_NUMBER:{sw(acc[-4:])}]] has ((price:{money_w(bw, bp)})) outstanding to pay this now say pay",
        "C: pay",
        "I: please say or key in the ((count:sixteen)) digit card number",
        f"C: [[CARD_NUMBER#c:{sw(c[:8])}]] um [[CARD_NUMBER#c:{sw(c[8:])}]]",
        f"I: you said a card ending [[CARD_NUMBER|part:{sw(c[-4:])}]] is that correct",
        "C: yes",
        "I: please say the expiry date as four digits",
        f"C: [[EXPIRY:{sw('%02d' % em)} {yy(ey2)}]]",
        "I: and the three digit security code",
        f"C: [[CVV:{sw(cv)}]]",
        "I: sorry we could not take this payment please hold while we put you through to an advisor",
        "A: hi you're through to [[NAME:rhodri]] i can see a payment just failed can i take your full name and postcode",
        f"C: yeah it's [[NAME:anwen roberts]] [[POSTCODE|uk:{sw(pc)}]]",
        "A: thanks [[NAME:anwen]] it looks like the expiry didn't match can you read it off the card again",
        f"C: oh sorry it's [[EXPIRY:{sw('%02d' % em)} {yy(ey)}]] i said the wrong year",
        f"A: that's gone through now your receipt number is ((other:{sw(rec)}))",
    ]


# 25 IVR car insurance renewal line, UK, transcript, keyed DOB not recognised, agent re-asks
@case("transcript")
def _():
    pol = "MTR" + dd(7)
    d, m, y = dob()
    pc = pc_uk("B15")
    pw, pp = money(420, 960)
    return [
        "I: Thank you for calling Kestrel Motor Insurance renewals. Please enter your policy number, followed by the hash key.",
        f"C: [[ACCOUNT_NUMBER:{pol[3:]}]]",
        "I: Sorry, that number was not recognised. Policy numbers start with three letters. Please say your policy number.",
        f"C: [[ACCOUNT_NUMBER:{pol}]].",
        f"I: Thank you. Please enter your date of birth as eight digits, for example ((date:01 12 1980)).",
        f"C: [[DOB:{d:02d}{m:02d}{y}]]",
        "I: Sorry, we could not verify you. Transferring you to an advisor.",
        "A: Hi, you're through to [[NAME:Jaswinder]]. I'll just need to ask a couple of those questions again, I'm afraid. Your full name?",
        "C: [[NAME:Oksana Petrenko]].",
        "A: And your date of birth?",
        f"C: [[DOB:{ordt(d)} {Mon(m)} {y}]].",
        "A: And your postcode?",
        f"C: [[POSTCODE|uk:{pc}]].",
        f"A: Thanks, that's all fine. The system was looking at your old policy. Your renewal quote is ((price:£{pw}.{pp:02d})), which is valid for ((duration:30 days)).",
        "C: That's a jump from last year.",
        "A: It is, partly because of the claim in March. I can look at a higher excess to bring it down.",
        "C: Let me think about it and ring back.",
    ]


# 26 IVR student loan, US, asr, SSN keyed and read back, mistake, agent, DOB, e-mail
@case("asr")
def _():
    s = ssn()
    s_bad = s[:7] + str((int(s[7]) + 1) % 10) + s[8:]
    d, m, y = dob()
    lw, lp = money(180, 420)
    dd2, dm2 = rint(1, 28), rint(1, 12)
    return [
        "I: welcome to cornerstone student loan servicing please say or enter your social security number",
        f"C: [[SSN:{sw(s_bad[:3])} {sw(s_bad[3:5])} {sw(s_bad[5:])}]]",
        f"I: i heard a number ending in [[SSN|part:{sw(s_bad[-4:])}]] is that right",
        "C: no",
        "I: okay please say the number again one digit at a time",
        f"C: [[SSN:{sw(s)}]]",
        f"I: thank you the number ending [[SSN|part:{sw(s[-4:])}]] your next payment of ((price:{money_w(lw, lp, 'dollars')})) is due on ((date:{mon(dm2)} {ordw(dd2)})) to speak to a representative say agent",
        "C: agent",
        "A: thanks for holding this is [[NAME:lakeisha]] can i get your full name",
        "C: [[NAME:tobiah greenbaum]]",
        "A: and your date of birth",
        f"C: [[DOB:{mon(m)} {ordw(d)} {yw(y)}]]",
        "A: thanks [[NAME:tobiah]] how can i help",
        "C: i got a letter saying i'm behind but i switched to autopay",
        "A: i see the autopay failed twice because the bank account closed do you want me to email you the form to update it",
        "C: yeah [[EMAIL:t greenbaum at fastmail dot com]]",
        "A: sent it should be there in a couple of minutes",
    ]


# 27 IVR dental recall, Australia, transcript, keyed DOB, transfer, reschedule, mobile
@case("transcript")
def _():
    ad, am = rint(1, 28), rint(1, 12)
    hh = rint(9, 16)
    d, m, y = dob()
    nd, nm = rint(1, 28), rint(1, 12)
    ph = ph_au("mob")
    return [
        f"I: Hello, this is an automated call from Harbourside Dental for [[NAME:Matteo Ricci]]. You are due for your six-monthly check-up. Your appointment is on ((date:{ordt(ad)} {Mon(am)})) at ((time:{hh % 12 or 12}:00 {'am' if hh < 12 else 'pm'})).",
        "I: To confirm, press ((other:1)). To change your appointment, press ((other:2)).",
        "C: ((other:2))",
        "I: To find your record, please key in your date of birth as day, month and year.",
        f"C: [[DOB:{d:02d} {m:02d} {y}]]",
        "I: Thank you. Please hold for reception.",
        "A: Harbourside Dental, it's [[NAME:Bronwyn]]. Are you after a new time?",
        "C: Yes, I'm away that week. Have you got anything the week after?",
        f"A: I can do the ((date:{ordt(nd)})) at ((time:3:30)). Just to double-check, it's [[NAME:Matteo]]?",
        "C: That's me.",
        f"A: And is the mobile we have still [[PHONE:{grp(ph, 4, 3, 3)}]]?",
        "C: It is.",
        "A: Lovely, you'll get an SMS reminder the day before.",
    ]


# 28 IVR courier redelivery, Ireland, asr, tracking keyed, Eircode, agent, e-mail (no phone)
@case("asr")
def _():
    trk = nolu(14, "7")
    eirc = eir("D6W")
    nd = rint(1, 28)
    return [
        "I: welcome to emerald express deliveries please say your tracking number",
        f"C: ((other:{sw(trk)}))",
        "I: sorry that number was not recognised please say the number again",
        f"C: ((other:{pr(trk)}))",
        f"I: thank you to rebook please say the eircode of the delivery address",
        f"C: [[POSTCODE|ie:{sw(eirc)}]]",
        "I: i didn't catch that please hold for an agent",
        "A: hi there it's [[NAME:niamh]] i can see your parcel was returned to the depot",
        "C: yeah i was in but nobody knocked",
        "A: sorry about that can i check the address",
        f"C: [[ADDRESS:apartment {n2w(rint(2, 20))} the maltings {hw(rint(20, 90))} rathgar road]] [[POSTCODE|ie:{sw(eirc)}]]",
        f"A: perfect i can send it out on the ((date:{ordw(nd)})) what email should the link go to",
        "C: [[EMAIL:aoife dot brennan two at eircom dot net]]",
        "A: and your name for the driver",
        "C: [[NAME:aoife brennan]]",
        "A: grand you'll get a link to track it that morning",
    ]


# 29 IVR energy prepayment top-up, UK, transcript, keyed card read back whole, receipt
@case("transcript")
def _():
    acc = dd(10)
    tw = pick([10, 15, 20, 25, 30])
    c = card("mc")
    em, ey = exp()
    cv = cvv()
    rec = dd(8)
    return [
        "I: Welcome to Fenland Energy. Please key in your ten-digit account number.",
        f"C: [[ACCOUNT_NUMBER:{acc}]]",
        f"I: You entered [[ACCOUNT_NUMBER:{grp(acc, 3, 3, 4)}]]. If this is correct, press ((other:1)).",
        "C: ((other:1))",
        "I: How much would you like to top up? Key in the amount in pounds.",
        f"C: ((price:{tw}))",
        f"I: You would like to top up ((price:£{tw}.00)). Please key in your card number.",
        f"C: [[CARD_NUMBER:{c}]]",
        f"I: You entered [[CARD_NUMBER:{grp(c, 4, 4, 4, 4)}]]. Now key in the expiry date as month and year.",
        f"C: [[EXPIRY:{em:02d}{ey % 100}]]",
        "I: And the three-digit security code.",
        f"C: [[CVV:{cv}]]",
        f"I: Thank you. Your payment was successful. Your receipt number is ((other:{rec})). Your credit will be on your smart meter within ((duration:30 minutes)).",
        "I: To speak to an advisor, press ((other:0)). Otherwise, you can hang up.",
    ]


# 30 voicemail: home insurance renewal, UK, asr, callback number and policy reference
@case("asr")
def _():
    ph = ph_uk("lds")
    pol = "hc" + dd(6)
    rd, rm = rint(1, 28), rint(1, 12)
    return [
        f"A: hi this message is for [[NAME:clementine achebe]] it's [[NAME:jonah]] from white rose home insurance calling about your policy renewal on the ((date:{ordw(rd)} of {mon(rm)}))",
        f"A: there's nothing to worry about i just want to go through a couple of changes to your cover before it renews",
        f"A: could you give me a call back on [[PHONE:{sw(ph[:4])} {sw(ph[4:7])} {sw(ph[7:])}]] and quote your policy number [[ACCOUNT_NUMBER:{sw(pol)}]]",
        "A: we're open till ((time:eight)) tonight and ((time:nine)) till ((time:one)) on saturday",
        f"A: again that's [[PHONE:{pr(ph)}]] thanks bye",
    ]


# 31 voicemail: courier, UK, asr, tracking number, callback number, delivery window
@case("asr")
def _():
    trk = nolu(15, "3")
    ph = ph_uk("mob")
    h1 = rint(7, 10)
    return [
        "A: hiya this is a message for [[NAME:storm achterop]] it's [[NAME:kyle]] the driver from northway couriers",
        f"A: i've got a parcel for you tracking number ((other:{pr(trk)})) and there was no answer at the door",
        f"A: i'm back in your area tomorrow from about ((time:{n2w(h1)})) in the morning so if you want it left somewhere just let me know",
        f"A: you can ring or text me on [[PHONE:{sw(ph[:5], dbl=True)} {sw(ph[5:8], dbl=True)} {sw(ph[8:])}]] that's my work mobile",
        "A: otherwise it goes back to the depot after the ((count:third)) try cheers",
    ]


# 32 voicemail: dental appointment confirmation, Canada, transcript, callback number
@case("transcript")
def _():
    ad, am = rint(1, 28), rint(1, 12)
    hh = rint(1, 4)
    ph = ph_na(604)
    hrs = pick([24, 48])
    fee = pick([40, 50, 75])
    return [
        "A: Hi, this message is for [[NAME:Soo-ah Jang]]. It's [[NAME:Marisol]] calling from Granville Family Dental.",
        f"A: I'm calling to confirm your cleaning with Dr. [[NAME:Okonkwo]] on ((date:{Mon(am)} {ad})) at ((time:{hh}:45 p.m.))",
        f"A: If you need to reschedule, please give us at least ((duration:{hrs} hours)) notice, otherwise there's a ((price:${fee})) late cancellation fee.",
        f"A: Our direct line is [[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]]. Again, that's [[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]]. Thanks, and have a great day.",
    ]


# 33 voicemail: bank fraud alert, US, asr, callback number, case reference, amount
@case("asr")
def _():
    ph = ph_na(312)
    ref = dd(8)
    aw, ap = money(300, 900)
    return [
        "A: hello this message is for [[NAME:ambrose fitzgibbon]] this is [[NAME:tanisha]] from the fraud department at lakeside federal credit union",
        f"A: we need to verify a recent charge of ((price:{money_w(aw, ap, 'dollars')})) at a gaming website before we release it",
        "A: please don't reply to any text messages about this call us directly",
        f"A: the number is [[PHONE:{sw(ph[:3])} {sw(ph[3:6])} {sw(ph[6:])}]] and please have your case number ready [[ACCOUNT_NUMBER:{sw(ref[:4])} {sw(ref[4:])}]]",
        "A: we are available around the clock thank you",
    ]


# 34 voicemail: boiler service reminder, UK, asr, callback number, customer reference
@case("asr")
def _():
    ph = ph_uk("lon")
    ref = "bs" + dd(6)
    pw, pp = money(69, 99)
    return [
        "A: hi it's [[NAME:ravinder]] from capital boiler care leaving a message for mrs [[NAME:eleftheria papadopoulos]]",
        f"A: your boiler service is overdue and your cover could lapse if it isn't done by the end of the month the visit is ((price:{cents_w(pw, pp)})) or free if you renew your care plan",
        f"A: give us a buzz on [[PHONE:{sw(ph[:3])} {sw(ph[3:7])} {sw(ph[7:])}]] with your reference [[ACCOUNT_NUMBER:{sw(ref)}]] and we'll get you booked",
        "A: thanks so much bye",
    ]


# 35 TV upgrade, Canada, transcript, address and postal code, e-mail, card for the install fee
@case("transcript")
def _():
    pc = pc_ca("V")
    fee = pick([49, 59, 79])
    mw = pick([15, 20, 25])
    c = card("mc")
    em, ey = exp()
    cv = cvv()
    ch = pick([40, 60, 80])
    return [
        "A: Good evening, this is [[NAME:Yannick]] calling from Coastline TV for [[NAME:Hyun-woo Park]].",
        "C: This is he.",
        f"A: You're eligible for our ((other:4K)) box upgrade, which adds ((count:{ch})) channels for an extra ((price:${mw} a month)). Would you like to hear more?",
        "C: Sure, but how did you get this number? It's unlisted.",
        "A: It's the number on your account with us. I'll confirm your address before we go further: could you give me your street address?",
        f"C: [[ADDRESS:Unit {rint(1101, 2408)}, {rint(100, 999)} Marine Drive, North Vancouver]].",
        "A: And your postal code?",
        f"C: [[POSTCODE|ca:{pc}]].",
        f"A: Thank you. There's a one-time installation fee of ((price:${fee}.00)). Would you like to put that on a card today?",
        "C: Go ahead. It's a Mastercard.",
        f"C: [[CARD_NUMBER#c:{c[:4]}]], [[CARD_NUMBER#c:{c[4:8]}]], [[CARD_NUMBER#c:{c[8:12]}]], [[CARD_NUMBER#c:{c[12:]}]].",
        "A: Expiry date?",
        f"C: [[EXPIRY:{em:02d}-{ey}]].",
        "A: And the three digits on the back?",
        f"C: [[CVV:{cv}]].",
        "A: And where should I send the confirmation?",
        "C: [[EMAIL:hw.park@telus.net]].",
        "A: You're all set, Mr. [[NAME:Park]]. A technician will call you to book the visit.",
    ]


# 36 broadband retention, Australia, asr, wants to cancel, DOB and address check, callback
@case("asr")
def _():
    d, m, y = dob()
    pc = pc_au("6")
    acc = dd(9)
    rw, rp = money(59, 85)
    ow, op_ = money(89, 110)
    ph = ph_au("mob")
    return [
        "A: hi it's [[NAME:jarrah]] from southern cross broadband i'm following up on your request to cancel",
        "C: yeah i've found a cheaper deal so",
        "A: totally fair can i just confirm a few things first your date of birth",
        f"C: [[DOB:{ordw(d)} of {mon(m)} {pr(str(y)[2:])}]]",
        "A: and your address",
        f"C: [[ADDRESS:{hw(rint(3, 40))} banksia rise ellenbrook]] [[POSTCODE|au:{sw(pc)}]]",
        f"A: thanks mate so you're on the ((price:{cents_w(ow, op_, 'dollars')} a month)) plan is that right",
        "C: yep and the other mob are doing it for way less",
        f"A: what if i matched it i can do ((price:{cents_w(rw, rp, 'dollars')} a month)) on a ((duration:twelve month)) term with the modem included",
        "C: hmm um let me talk to my partner [[NAME:summer]] she's at work",
        "A: no worries i'll hold the offer what's the best number to call back on",
        f"C: [[PHONE:{sw(ph[:4])} {sw(ph[4:7])} {sw(ph[7:])}]] after ((time:five))",
        f"A: no dramas your account number is [[ACCOUNT_NUMBER:{sw(acc)}]] if you ring us first",
        "C: cheers",
    ]


# 37 magazine overdue payment reminder, UK, asr, card in five pieces over turns, "end of"
@case("asr")
def _():
    aw, ap = money(24, 48)
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    pc = pc_uk("OX4")
    iss = pick([3, 4])
    return [
        "A: hello is that [[NAME:cordelia nkemelu]]",
        "C: speaking",
        "A: it's [[NAME:barnaby]] from the garden gazette subscriptions your last quarterly payment didn't go through so i'm just ringing to sort it before your next issue",
        "C: oh dear how much is it",
        f"A: it's ((price:{money_w(aw, ap)})) for the quarter that's ((count:{n2w(iss)})) issues",
        "C: okay i'll do it now on the card hold on it's in my purse",
        "A: take your time",
        f"C: right [[CARD_NUMBER#c:{sw(c[:4])}]]",
        "A: mm-hmm",
        f"C: [[CARD_NUMBER#c:{sw(c[4:7])}]] um [[CARD_NUMBER#c:{sw(c[7:10])}]] oh the print's tiny",
        f"C: [[CARD_NUMBER#c:{hom(sw(c[10:13]))}]] and [[CARD_NUMBER#c:{sw(c[13:])}]]",
        f"A: lovely so the last four are [[CARD_NUMBER|part:{sw(c[12:])}]]",
        "C: that's it",
        "A: and the expiry",
        f"C: end of [[EXPIRY:{mon(em)} {yw(ey)}]]",
        "A: and the code on the back",
        f"C: [[CVV:{sw(cv)}]]",
        f"A: and the billing postcode just so the bank's happy",
        f"C: [[POSTCODE|uk:{sw(pc)}]]",
        "A: that's all paid thank you [[NAME:cordelia]]",
    ]


# 38 car insurance renewal, US, transcript, policy number, DOB, driver's licence, card
@case("transcript")
def _():
    pol = "AZ-" + dd(3) + "-" + dd(5)
    d, m, y = dob()
    dl = lets(1) + dd(8)
    yr = rint(2015, 2022)
    pw, pp = money(600, 1300)
    c = card("disc")
    em, ey = exp()
    cv = cvv()
    return [
        "A: Hi, this is [[NAME:Brandon]] with Desert Sun Auto Insurance. May I speak to [[NAME:Guadalupe Quispe]]?",
        "C: Speaking.",
        f"A: Your six-month policy [[ACCOUNT_NUMBER:{pol}]] renews next week. Before I go through the premium, I need your date of birth.",
        f"C: [[DOB:{m}/{d}/{y}]].",
        f"A: Thank you. Are you still driving the ((year:{yr})) Corolla?",
        "C: Yes, and my son [[NAME:Mateo]] drives it on weekends now.",
        "A: I'll need to add him. Do you have his driver's license number?",
        f"C: It's [[ACCOUNT_NUMBER:{dl}]].",
        f"A: Thank you. With him added, the renewal is ((price:${pw:,}.{pp:02d})) for six months.",
        "C: Ouch. Fine, put it on my Discover.",
        f"C: [[CARD_NUMBER:{grp(c, 4, 4, 4, 4)}]], expiring [[EXPIRY:{em:02d}/{ey % 100}]], code [[CVV:{cv}]].",
        f"A: Let me repeat the card: [[CARD_NUMBER:{grp(c, 4, 4, 4, 4)}]].",
        "C: Right.",
        "A: You're all set. New ID cards will be emailed today.",
    ]


# 39 home insurance renewal, Canada, asr, suspicious, refuses DOB, gives postal code only
@case("asr")
def _():
    pc = pc_ca("K")
    ph = ph_na(613)
    pw, pp = money(900, 1600)
    return [
        "A: hello is this [[NAME:gilles thibodeau]]",
        "C: who's asking",
        "A: my name's [[NAME:keisha]] calling from northern shield insurance about your home policy renewal",
        "C: i don't deal with insurance over the phone how do i know you're really northern shield",
        "A: that's a reasonable question i can give you our main number and you can call us back or i can verify you with your date of birth",
        "C: i'm not giving you my birthday",
        "A: understood is there anything you're comfortable confirming so i can at least tell you the renewal amount",
        f"C: the postal code's [[POSTCODE|ca:{sw(pc)}]] that's all you're getting",
        f"A: that's fine that matches the policy the renewal is ((price:{num_w(pw)} dollars)) for the year",
        "C: that's more than last year",
        "A: i can have someone from the renewals team call you with options when's good",
        f"C: call my work line [[PHONE#p:{sw(ph[:3])} {sw(ph[3:6])}]] uh [[PHONE#p:{sw(ph[6:])}]]",
        "A: sorry was that the whole number",
        f"C: [[PHONE:{sw(ph)}]] just the main line no extension",
        "A: got it thanks",
    ]


# 40 welcome call, broadband, Ireland, asr, Eircode, e-mail, DOB, install date
@case("asr")
def _():
    eirc = eir("A94")
    d, m, y = dob()
    nd, nm = rint(1, 28), rint(1, 12)
    sp = pick([500, 1000])
    return [
        "A: hi there is that [[NAME:ciara o'shaughnessy]]",
        "C: it is yeah",
        "A: it's [[NAME:donal]] from liffey fibre just a quick welcome call now that you've signed up have you a minute",
        "C: go on",
        "A: just so i know i'm talking to the right person can you give me your date of birth",
        f"C: [[DOB:{ordw(d)} of {mon(m)} {yw(y)}]]",
        f"A: thanks and the eircode for the installation",
        f"C: [[POSTCODE|ie:{nato(eirc[:3])} {sw(eirc[4:])}]]",
        f"A: grand the engineer's booked for the ((date:{ordw(nd)} of {mon(nm)})) between ((time:eight)) and ((time:one))",
        f"A: and you're on the ((quantity:{num_w(sp)} meg)) plan with no setup fee",
        "C: brilliant will they need to drill",
        "A: usually just one small hole by the window",
        "C: okay that's fine",
        "A: and can i confirm your email for the bills",
        "C: [[EMAIL:ciara o s at gmail dot com]]",
        "A: that's perfect enjoy the fibre",
    ]


# 41 newspaper arrears, UK, transcript, address check, card restarted, read back block by block
@case("transcript")
def _():
    pc = pc_uk("YO10")
    aw, ap = money(30, 65)
    wks = pick([6, 8, 10])
    c = card("mc2")
    em, ey = exp()
    cv = cvv()
    pd, pm = rint(1, 28), rint(1, 12)
    return [
        "A: Good morning, is that [[NAME:Ptolemy Hargreaves]]?",
        "C: It is. Who's this?",
        "A: It's [[NAME:Jade]] from the Northern Echo home delivery team. There's an unpaid balance on your paper delivery and I'm ringing to clear it before it's stopped.",
        "C: I paid that.",
        f"A: The last payment we have is from ((date:{ordt(pd)} {Mon(pm)})). Can I confirm your address first, please?",
        f"C: [[ADDRESS:Garth House, {rint(2, 40)} Heslington Lane, York]] [[POSTCODE|uk:{pc}]].",
        f"A: Thank you. It's ((price:£{aw}.{ap:02d})), which covers ((duration:{wks} weeks)) of papers.",
        "C: Fine, I'll pay it now. My card is...",
        f"C: [[CARD_NUMBER#c|skip:{c[:4]} {c[4:6]}]]... no, let me start again, I lost my place.",
        f"C: [[CARD_NUMBER#c:{c[:4]} {c[4:8]}]]... are you getting this?",
        f"A: Yes, I have [[CARD_NUMBER#r1|part:{c[:4]}]], then [[CARD_NUMBER#r1|part:{c[4:8]}]].",
        f"C: Then [[CARD_NUMBER#c:{c[8:12]}]], then [[CARD_NUMBER#c:{c[12:]}]].",
        f"A: [[CARD_NUMBER#r2|part:{c[8:12]}]] and [[CARD_NUMBER#r2|part:{c[12:]}]]. And the expiry?",
        f"C: [[EXPIRY:{em:02d}/{ey % 100}]]. The security number is [[CVV:{cv}]].",
        "A: Thank you, Mr. [[NAME:Hargreaves]]. That's paid and your delivery carries on as normal.",
    ]


# 42 wine club win-back, US, asr, DOB for age, Amex, address and ZIP, e-mail
@case("asr")
def _():
    d, m, y = dob()
    c = card("amex")
    em, ey = exp()
    cv = cvv(4)
    z = zipc("80")
    pct = pick([20, 25, 30])
    bt = pick([6, 12])
    return [
        "A: hi is this [[NAME:joy abernathy]]",
        "C: yes who's calling",
        "A: hi it's [[NAME:tyler]] from high country wine club we haven't seen an order from you in a while so i wanted to share a members' offer",
        "C: oh um we cut back a bit this year",
        f"A: totally get it right now it's ((percentage:{n2w(pct)} percent)) off any ((count:{n2w(bt)})) bottle case plus free shipping",
        "C: okay you've twisted my arm",
        "A: ha great before i can process a wine order i need to confirm your date of birth",
        f"C: [[DOB:{mon(m)} {n2w(d)} {yw(y)}]]",
        "A: thank you and shipping to the same address",
        f"C: no we moved it's [[ADDRESS:{sw(str(rint(1100, 3900)))} larkspur lane unit b]] in boulder [[POSTCODE|us:{sw(z)}]]",
        "A: got it and is that the amex you'd like to use",
        f"C: yes it's a new number though [[CARD_NUMBER#c:{sw(c[:4])} {pr(c[4:10])}]] uh [[CARD_NUMBER#c:{sw(c[10:])}]]",
        "A: and the four digit code and expiration",
        f"C: code's [[CVV:{sw(cv)}]] expires [[EXPIRY:{sw('%02d' % em)} {yy(ey)}]]",
        "A: and an email for the tracking",
        "C: [[EMAIL:joy a abernathy at comcast dot net]]",
        "A: perfect your case ships within ((duration:two business days)) cheers",
    ]


# 43 meal kit delivery moved, Australia, asr, new address and postcode, mobile for the driver
@case("asr")
def _():
    pc = pc_au("2")
    ph = ph_au("mob")
    nd = rint(1, 28)
    meals = pick([3, 4, 5])
    pw, pp = money(69, 129)
    return [
        "A: hey is that [[NAME:tomasz wiśniewski]] it's [[NAME:brooke]] from harvest box",
        "C: yeah that's me",
        "A: just checking in because your box came back to us last week marked not known at address",
        "C: oh no we moved i forgot to update it",
        "A: easy fix what's the new address",
        f"C: [[ADDRESS#a:unit {n2w(rint(2, 12))}]] um [[ADDRESS#a:{hw(rint(10, 99))} wattle street leichhardt]]",
        "A: and the postcode",
        f"C: [[POSTCODE|au:{sw(pc)}]]",
        f"A: lovely so from the ((date:{ordw(nd)})) you'll get the ((count:{n2w(meals)})) meal plan at ((price:{cents_w(pw, pp, 'dollars')})) a week same as before",
        "C: great",
        "A: and is your mobile the best one for the driver",
        f"C: yep [[PHONE#p:{sw(ph[:4])}]] uh [[PHONE#p:{sw(ph[4:7])} {sw(ph[7:])}]]",
        "A: sorry the first bit again",
        f"C: [[PHONE:{sw(ph)}]]",
        "A: got it the driver comes between ((time:four)) and ((time:eight)) in the evening",
    ]


# 44 solar survey, US, transcript, address and ZIP, utility account number, usage
@case("transcript")
def _():
    z = zipc("85")
    bw = rint(140, 310)
    kwh = rint(900, 1800)
    yr = rint(1985, 2010)
    pct = pick([60, 70, 80])
    acct = dd(10)
    return [
        "A: Hi, my name is [[NAME:Skyler]] and I'm with Sonoran Solar. We're doing a quick survey of homeowners in your area. Is this [[NAME:Reuben Adebayo]]?",
        "C: Yeah, but I'm not buying anything.",
        "A: No sales today. Just a few questions about your home. What's the address?",
        f"C: [[ADDRESS:{rint(1000, 9999)} East Saguaro Way, Mesa]], Arizona, [[POSTCODE|us:{z}]].",
        f"A: Thanks. Roughly when was it built?",
        f"C: ((year:{yr})), I think.",
        f"A: And what's a typical summer electric bill?",
        f"C: About ((price:${bw})), and we use ((quantity:{kwh:,} kWh)) in July.",
        f"A: Panels could cover up to ((percentage:{pct}%)) of that. If you'd like an estimate, I'd need your utility account number.",
        f"C: Sure, it's [[ACCOUNT_NUMBER:{acct[:5]}-{acct[5:]}]].",
        "A: Thanks. An estimator will email you in a couple of days.",
        "C: Use [[EMAIL:radebayo.az@gmail.com]], not the one on the bill.",
        "A: Got it. Thanks for your time.",
    ]


# 45 heat-pump survey, UK, asr, address in pieces, postcode with the phonetic alphabet, EPC
@case("asr")
def _():
    pc = pc_uk("SA2")
    yr = rint(1950, 1985)
    sqm = rint(70, 140)
    pw = pick([7500, 10000])
    return [
        "A: hello it's [[NAME:caradog]] calling from the green homes survey have i got [[NAME:delyth morgan]]",
        "C: yes hello",
        "A: we're asking people about heating their homes have you ever thought about a heat pump",
        "C: my son keeps on at me about it but i've no idea",
        "A: can i take the address so we can look up the energy certificate",
        f"C: [[ADDRESS#a:{hw(rint(2, 60))}]] um [[ADDRESS#a:sketty park drive]]",
        f"A: and the postcode",
        f"C: [[POSTCODE|uk:{nato(pc)}]]",
        f"A: the certificate says it's a d rating built around ((year:{yw(yr)})) and about ((quantity:{num_w(sqm)} square metres))",
        f"A: there's a government grant of ((price:{num_w(pw)} pounds)) towards a heat pump would you like a proper survey",
        "C: oh that's a lot actually yes",
        "A: what email should i send the details to",
        "C: [[EMAIL:delyth dot morgan sixty one at btinternet dot com]]",
        "A: thank you someone will be in touch within ((duration:ten days))",
    ]


# 46 boiler service reminder, Ireland, asr, Eircode, model number, card for the service
@case("asr")
def _():
    eirc = eir("F94")
    sd, sm = rint(1, 28), rint(1, 12)
    fw = pick([95, 110, 120])
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    return [
        "A: hello is that [[NAME:máire ní cheallaigh]] it's [[NAME:eoin]] from atlantic heating",
        "C: it is",
        "A: your oil boiler is due its yearly service and we're in your area next month",
        f"A: can i confirm the address i have [[ADDRESS:{hw(rint(1, 30))} ballyhoe road ardee]]",
        "C: no that was my mother's it's ardee still but the new house",
        f"C: [[ADDRESS:{hw(rint(2, 60))} mill brae ardee]]",
        f"A: grand and the eircode",
        f"C: [[POSTCODE|ie:{sw(eirc)}]]",
        f"A: and the boiler is a ((model_number:firebird c {n2w(rint(20, 35))}))",
        "C: that's what the sticker says anyway",
        f"A: we can do the ((date:{ordw(sd)} of {mon(sm)})) in the morning the service is ((price:{num_w(fw)} euro)) and we take a card to hold the booking",
        "C: fine go on",
        f"C: [[CARD_NUMBER#c:{sw(c[:8])}]] did i say that right",
        f"A: i got [[CARD_NUMBER#rb|part:{sw(c[:4])}]] and then [[CARD_NUMBER#rb|part:{sw(c[4:8])}]]",
        f"C: yeah then [[CARD_NUMBER#c|skip:{sw(c[4:8])}]] again no sorry i'm repeating myself [[CARD_NUMBER#c:{sw(c[8:])}]]",
        "A: no bother and the expiry",
        f"C: [[EXPIRY:{n2w(em)} of {yy(ey)}]]",
        "A: and the three digits",
        f"C: [[CVV:{sw(cv)}]]",
        "A: that's you booked in thanks a million",
    ]


# 47 GP recall, Ireland, transcript, PPS number for the medical card, DOB, address
@case("transcript")
def _():
    p = pps()
    d, m, y = dob()
    ad, am = rint(1, 28), rint(1, 12)
    hh = rint(9, 11)
    age = 2024 - y
    return [
        "A: Hello, this is [[NAME:Gráinne]] from Clonmel Medical Centre. Is that [[NAME:Eamon Fitzmaurice]]?",
        "C: It is, yes.",
        f"A: Dr [[NAME:Mulligan]] asked us to recall patients over ((other:sixty)) for the shingles vaccine.",
        "C: Oh right. Is there a charge?",
        "A: Not if your medical card is up to date. Could you confirm your date of birth?",
        f"C: [[DOB:{ordt(d)} {Mon(m)} {y}]].",
        "A: And your PPS number, so I can check the card?",
        f"C: [[SSN:{p}]].",
        "A: Thank you, that's all in order. And you're still at the same address?",
        f"C: [[ADDRESS:{rint(2, 40)} Gladstone Street Upper, Clonmel]].",
        f"A: That's it. The nurse can see you on ((date:{Mon(am)} {ordt(ad)})) at ((time:{hh}:20)). It only takes ((duration:ten minutes)).",
        "C: Perfect.",
    ]


# 48 dental recall, US, asr, insurance member ID, DOB, SSN last four, phone updated
@case("asr")
def _():
    d, m, y = dob()
    mid = "w" + dd(9)
    s = ssn()
    ph = ph_na(919)
    ad, am = rint(1, 28), rint(1, 12)
    cp = pick([25, 35, 40])
    return [
        "A: hi this is [[NAME:kaylee]] with oak city family dentistry calling for [[NAME:ezekiel brightwater]]",
        "C: speaking",
        "A: hi you're due for your six month cleaning and we had a cancellation can i grab a couple of details",
        "C: sure",
        f"A: date of birth",
        f"C: [[DOB:{n2w(m)} {n2w(d)} {pr(str(y)[2:])}]]",
        f"A: and your insurance changed in january right can i get the new member id",
        f"C: [[ACCOUNT_NUMBER:{sw(mid)}]]",
        f"A: and they want the last four of the subscriber's social",
        f"C: [[SSN|part:{sw(s[-4:])}]]",
        f"A: great your copay is ((price:{n2w(cp)} dollars)) and we can see you ((date:{mon(am)} {ordw(ad)})) at ((time:ten thirty))",
        "C: perfect oh and my cell changed too",
        f"C: it's [[PHONE:{sw(ph[:3])} {sw(ph[3:6])} {pr(ph[6:])}]]",
        f"A: [[PHONE:{sw(ph)}]] updated see you then",
    ]


# 49 courier rescheduling, Canada, asr, unit and postal code, phone, tracking number
@case("asr")
def _():
    trk = nolu(13, "5")
    pc = pc_ca("H")
    ph = ph_na(514)
    kg = rint(18, 32)
    nd = rint(1, 28)
    return [
        "A: bonjour hi it's [[NAME:mathieu]] from rapidcourier calling about a large parcel for [[NAME:anneliese brandt]]",
        "C: yes that's me",
        f"A: it's ((quantity:{n2w(kg)} kilos)) so the driver can't leave it in the lobby tracking ((other:{sw(trk)}))",
        "C: ugh okay can you bring it up to the apartment",
        "A: yes if someone's home what's the unit",
        f"C: [[ADDRESS:apartment {hw(rint(1101, 1904))} {sw(str(rint(2000, 6999)))} rue saint denis]]",
        f"A: and the postal code",
        f"C: [[POSTCODE|ca:{sw(pc)}]]",
        f"A: we can do the ((date:{ordw(nd)})) between ((time:noon)) and ((time:four))",
        "C: that works",
        "A: the driver will call first what number",
        f"C: [[PHONE:{sw(ph)}]]",
        "A: done merci",
    ]


# 50 bank fraud alert, UK, transcript, refuses at first, agent proves it, DOB, postcode, card
@case("transcript")
def _():
    aw, ap = money(150, 900)
    td, tm = rint(1, 28), rint(1, 12)
    c = card("visa")
    d, m, y = dob()
    pc = pc_uk("G12")
    ref = dd(10)
    return [
        "A: Good afternoon, it's [[NAME:Callum]] from the fraud team at Clydesdale Mutual. Am I speaking to [[NAME:Isobel Mackintosh]]?",
        "C: Who did you say? How do I know you're really from the bank?",
        f"A: You don't have to take my word for it. Please hang up, wait a minute, and call the number on the back of your card. Quote reference [[ACCOUNT_NUMBER:{ref}]].",
        "C: I'll do that.",
        "A: Clydesdale Mutual fraud team, [[NAME:Callum]] speaking.",
        f"C: It's [[NAME:Isobel Mackintosh]], you just rang me. The reference was [[ACCOUNT_NUMBER:{ref}]].",
        "A: Thanks for calling back. I'll need your date of birth and postcode.",
        f"C: [[DOB:{d}/{m}/{y}]], [[POSTCODE|uk:{pc}]].",
        f"A: Thank you. Did you make a payment of ((price:£{aw}.{ap:02d})) to Brightlane Electricals on ((date:{ordt(td)} {Mon(tm)}))?",
        "C: No, I've never shopped there.",
        f"A: Then I'll cancel the card ending [[CARD_NUMBER|part:{c[-4:]}]] and send a new one to [[ADDRESS:Flat {rint(1, 3)}/{rint(1, 2)}, {rint(2, 120)} Hyndland Road, Glasgow]]. Is that right?",
        "C: Yes, that's me.",
        "A: It'll arrive in ((duration:3 to 5 working days)). Your money will be refunded.",
    ]


# 51 bank fraud alert, Australia, asr, merchant and amount, DOB, BSB and account, callback
@case("asr")
def _():
    aw, ap = money(450, 2200)
    d, m, y = dob()
    bsb = dd(6)
    acc = dd(8)
    ph = ph_au("land")
    hh = rint(2, 5)
    return [
        "A: hi there it's [[NAME:lachlan]] from the fraud monitoring team at kookaburra bank is that [[NAME:mei lin tran]]",
        "C: yes but how do i know this isn't one of those scam calls",
        "A: good question i won't ask for your password or pin and you're welcome to call back on the number on our website",
        "C: okay just tell me what it's about first",
        f"A: there's a pending payment of ((price:{money_w(aw, ap, 'dollars')})) to an online store called luxe outlet that we've held",
        "C: that's definitely not me",
        "A: okay to cancel it i need to verify you can i have your date of birth",
        f"C: [[DOB:{ordw(d)} of {mon(m)} {yw(y)}]]",
        "A: and which account is it on can you give me the bsb and account number",
        f"C: bsb [[ACCOUNT_NUMBER:{sw(bsb[:3])} {sw(bsb[3:])}]] account [[ACCOUNT_NUMBER#a:{sw(acc[:4])}]] um [[ACCOUNT_NUMBER#a:{sw(acc[4:])}]]",
        "A: thanks that matches i've declined the payment and blocked the card",
        f"A: if you see anything else ring our fraud line on [[PHONE:{sw(ph[:2])} {sw(ph[2:6])} {sw(ph[6:])}]] any time",
        f"C: okay the new card will that take long",
        f"A: about ((duration:five business days)) and i'll call you back at ((time:{n2w(hh)} o'clock)) to check everything's settled",
    ]


# 52 smart-meter installation, Scotland, transcript, flat address, postcode, MPAN, slot
@case("transcript")
def _():
    pc = pc_uk("EH11")
    acc = dd(9)
    mpan = dd(13)
    sd, sm = rint(1, 28), rint(1, 12)
    return [
        "A: Hello, is that [[NAME:Hamish Drummond]]? It's [[NAME:Roisin]] from Forth Valley Energy.",
        "C: Aye, speaking.",
        "A: We've got an engineer in Gorgie the week after next and I'm calling to offer you a smart meter installation.",
        "C: Is it free?",
        "A: It is, yes. Can I confirm your address and account number before I book it?",
        f"C: It's [[ADDRESS:{rint(1, 4)}F{rint(1, 3)}, {rint(2, 90)} Ardmillan Terrace, Edinburgh]] [[POSTCODE|uk:{pc}]], account [[ACCOUNT_NUMBER:{acc}]].",
        f"A: Thank you. And the meter's MPAN, if you have a bill to hand, is the ((count:13))-digit number in the box.",
        f"C: [[ACCOUNT_NUMBER:{grp(mpan, 2, 4, 4)}]].",
        f"A: Great. I can offer ((date:{Mon(sm)} {ordt(sd)})), either ((time:8am)) to ((time:12pm)) or ((time:12pm)) to ((time:4pm)).",
        "C: The morning one. The meter's in the common stair, so the engineer needs to buzz me.",
        "A: I'll add a note. It takes about ((duration:two hours)) and the power will be off for ((duration:thirty minutes)).",
        "C: That's fine.",
    ]


# 53 lottery syndicate, Ireland, asr, DOB, e-mail, Eircode, card, a changed CVV
@case("asr")
def _():
    d, m, y = dob()
    eirc = eir("V94")
    c = card("mc")
    em, ey = exp()
    cv = cvv()
    cv2 = cvv()
    pw = pick([10, 15, 20])
    return [
        "A: hi is that [[NAME:pádraig lenihan]] it's [[NAME:orla]] from shamrock syndicates",
        "C: howya yeah it is",
        f"A: i'm ringing because your syndicate membership is up for renewal it's ((price:{num_w(pw)} euro)) a month same as before",
        "C: go on keep me in sure we might win it yet",
        "A: ha we all live in hope first i need to confirm you're over ((other:eighteen)) so your date of birth please",
        f"C: [[DOB:{n2w(d)} {mon(m)} {yw(y)}]]",
        "A: and the eircode",
        f"C: [[POSTCODE|ie:{sw(eirc)}]]",
        "A: grand and the card",
        f"C: [[CARD_NUMBER#c:{pr(c[:8])}]] em [[CARD_NUMBER#c:{pr(c[8:])}]]",
        "A: expiry",
        f"C: [[EXPIRY:{sw('%02d' % em)} {yy(ey)}]]",
        "A: and the three digits",
        f"C: [[CVV:{sw(cv)}]] ah no wait that's the old card it's [[CVV:{sw(cv2)}]]",
        "A: no bother and where should the tickets go by email",
        "C: [[EMAIL:paddy lenihan at eircom dot net]]",
        "A: you're all set best of luck",
    ]


# 54 charity lottery renewal, UK, asr, card between interruptions, address read back
@case("asr")
def _():
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    pc = pc_uk("PL4")
    ew = pick([2, 5, 10])
    plays = pick([2, 3])
    return [
        "A: hello is that [[NAME:may penhallow]]",
        "C: yes speaking",
        "A: hi [[NAME:may]] it's [[NAME:eric]] from the moorland rescue lottery your yearly play's up for renewal",
        f"A: you've been doing ((count:{n2w(plays)})) lines at ((price:{num_w(ew)} pounds)) a month do you want to carry on",
        "C: oh yes i like doing it",
        f"A: lovely and can i just check we've still got you at [[ADDRESS:{hw(rint(2, 60))} lipson vale]] [[POSTCODE|uk:{sw(pc)}]]",
        "C: that's me",
        "A: and can i take a card for the year",
        f"C: yes um [[CARD_NUMBER#c:{sw(c[:4])}]] oh hold on the kettle's going",
        "A: no rush",
        f"C: sorry where was i [[CARD_NUMBER#c:{sw(c[4:8])}]]",
        f"A: after [[CARD_NUMBER#rb|part:{sw(c[:4])}]] you said [[CARD_NUMBER#rb|part:{sw(c[4:8])}]] yeah",
        f"C: yes then [[CARD_NUMBER#c:{sw(c[8:12])} {sw(c[12:])}]]",
        "A: and the date it runs out",
        f"C: [[EXPIRY:{n2w(em)} {yy(ey)}]]",
        "A: and the little number on the back",
        f"C: [[CVV:{sw(cv)}]]",
        "A: thank you so much good luck in friday's draw",
    ]


# 55 student loan reminder, Canada, transcript, account, DOB, phone and e-mail updated
@case("transcript")
def _():
    acc = dd(9)
    d, m, y = dob()
    ph = ph_na(902)
    aw, ap = money(150, 400)
    dd2, dm2 = rint(1, 28), rint(1, 12)
    return [
        "A: Hello, this is [[NAME:Rajveer]] calling from the National Student Repayment Centre. May I speak with [[NAME:Hope MacDonald]]?",
        "C: That's me.",
        "A: I'm calling because your repayment plan has a missed payment. Before we discuss it, please confirm your date of birth and your loan account number.",
        f"C: [[DOB:{Mon(m)} {d}, {y}]], and the account is [[ACCOUNT_NUMBER:{grp(acc, 3, 3, 3)}]].",
        f"A: Thank you. The missed amount is ((price:${aw}.{ap:02d})), which was due on ((date:{Mon(dm2)} {dd2})).",
        "C: I changed banks and forgot to update it.",
        "A: That's easy to fix online. Could I also update your contact details? We've had texts bounce back.",
        f"C: My new number is [[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]] and email is [[EMAIL:hope.macdonald.hfx@outlook.com]].",
        f"A: I have [[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]] and [[EMAIL:hope.macdonald.hfx@outlook.com]].",
        "C: Correct.",
        "A: I've added a ((duration:30-day)) grace note to the account, so no interest will be added while you switch banks.",
    ]


# 56 student loan arrears, US, asr, full SSN, read back last four, DOB, address, ZIP, card
@case("asr")
def _():
    s = ssn()
    d, m, y = dob()
    z = zipc("27")
    aw, ap = money(150, 420)
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    return [
        "A: hi is this [[NAME:quentin okoye]] this is [[NAME:brianna]] calling from piedmont loan servicing",
        "C: yeah what's this about",
        "A: your federal loan account is past due i need to verify your identity can i have your social security number",
        "C: hmm how do i know you're really piedmont",
        "A: you can hang up and call the number on your statement or our website and ask for me i'm in the collections team",
        "C: nah go ahead i'm at my desk i can see your number matches the website",
        f"C: it's [[SSN#s:{sw(s[:3])} {sw(s[3:5])}]] um [[SSN#s:{sw(s[5:])}]]",
        "A: and your date of birth",
        f"C: [[DOB:{n2w(m)} {n2w(d)} {yw(y)}]]",
        f"A: thank you so that's the social ending [[SSN|part:{sw(s[-4:])}]] and you're at [[ADDRESS:{hw(rint(101, 999))} dogwood trail apartment c]] in durham [[POSTCODE|us:{sw(z)}]]",
        "C: yeah",
        f"A: the past due amount is ((price:{money_w(aw, ap, 'dollars')})) would you like to pay that today",
        f"C: yeah put it on the visa [[CARD_NUMBER#c:{sw(c[:4])} {sw(c[4:8])}]] uh [[CARD_NUMBER#c:{sw(c[8:12])} {sw(c[12:])}]]",
        f"A: the expiration and the cvv",
        f"C: [[EXPIRY:{sw('%02d' % em)} {yy(ey)}]] and [[CVV:{sw(cv)}]]",
        "A: thank you your account is now current",
    ]


# 57 vehicle recall, UK, transcript, VIN, registration, address and postcode, phone
@case("transcript")
def _():
    vin = "SAL" + lets(2) + dd(2) + lets(2) + dd(8)
    plate = plate_uk()
    pc = pc_uk("LE2")
    ph = ph_uk("mob")
    yr = rint(2017, 2021)
    bd, bm = rint(1, 28), rint(1, 12)
    return [
        "A: Good morning, I'm calling from Midland Motor Group on behalf of the manufacturer. Is that [[NAME:Rohan Subramaniam]]?",
        "C: Speaking.",
        f"A: My name's [[NAME:Keeley]]. There's a safety recall on the ((year:{yr})) Meridian estate for a fuel line clip. Is the registration [[ACCOUNT_NUMBER:{plate}]]?",
        "C: It is. Is it safe to drive?",
        "A: It is, but we'd like to fix it within the next month. Could you read me the VIN from the logbook, so we order the right part?",
        f"C: [[ACCOUNT_NUMBER:{vin}]].",
        "A: Thank you. And is the address on the logbook still current?",
        f"C: Yes, [[ADDRESS:{rint(2, 90)} Shanklin Drive, Knighton, Leicester]] [[POSTCODE|uk:{pc}]].",
        f"A: We can book you in for ((date:{Mon(bm)} {ordt(bd)})). The work takes about ((duration:an hour)) and a courtesy car is available.",
        "C: That's great. Text the confirmation to my mobile, would you?",
        f"C: [[PHONE:{grp(ph, 5, 3, 3)}]].",
        "A: Will do.",
    ]


# 58 vehicle recall, Australia, asr, rego, VIN, postcode, mobile
@case("asr")
def _():
    rego = dd(1) + lets(3) + dd(3)
    vin = "mr" + lets(1).lower() + dd(14)
    pc = pc_au("5")
    ph = ph_au("mob")
    yr = rint(2015, 2020)
    return [
        "A: g'day it's [[NAME:shannon]] from the adelaide hills service centre looking for [[NAME:dimitri kostopoulos]]",
        "C: yeah speaking",
        f"A: mate there's a recall on your ((year:{yw(yr)})) hilux for the airbag inflator i just need to confirm the car",
        f"A: is the rego [[ACCOUNT_NUMBER:{sw(rego)}]]",
        "C: yep that's her",
        "A: and can you read me the vin it's on the rego papers",
        f"C: [[ACCOUNT_NUMBER#v:{sw(vin[:3])}]] uh [[ACCOUNT_NUMBER#v:{sw(vin[3:10])}]] hang on the light's bad [[ACCOUNT_NUMBER#v:{sw(vin[10:])}]]",
        f"A: good as gold and what's your postcode so we send you to the nearest dealer",
        f"C: [[POSTCODE|au:{sw(pc)}]]",
        "A: the fix takes about ((duration:two hours)) and it's free what's the best mobile for the booking",
        f"C: [[PHONE:{pr(ph[:4])} {sw(ph[4:7])} {hom(sw(ph[7:]))}]]",
        "A: beauty i'll text you a couple of times to pick from",
    ]


# 59 pet food subscription, UK, asr, card over three turns, CVV corrected, postcode
@case("asr")
def _():
    c = card("mc2")
    em, ey = exp()
    cv = cvv()
    cv_bad = cv[:2] + str((int(cv[2]) + 4) % 10)
    pc = pc_uk("HU5")
    kg = pick([10, 12, 15])
    pw, pp = money(39, 59)
    return [
        "A: hi is that [[NAME:ivy drummond-hale]]",
        "C: yes",
        "A: it's [[NAME:connor]] from pawsome pantry your card on the subscription expired so pepper's food didn't go out this month",
        "C: oh no she's been eating the emergency tins",
        f"A: ha poor pepper the ((quantity:{n2w(kg)} kilo)) bag is ((price:{cents_w(pw, pp)})) can i take a new card",
        f"C: yeah it's [[CARD_NUMBER#c:{sw(c[:4])}]]",
        "A: yep",
        f"C: [[CARD_NUMBER#c:{sw(c[4:8])} {sw(c[8:10])}]] oh pepper get down",
        f"C: sorry [[CARD_NUMBER#c:{hom(sw(c[10:]))}]]",
        f"A: so that ends [[CARD_NUMBER|part:{sw(c[-4:])}]] and the expiry",
        f"C: [[EXPIRY:{mon(em)} {yy(ey)}]]",
        "A: security code",
        f"C: [[CVV:{sw(cv_bad)}]] no sorry [[CVV:{sw(cv)}]] i can't read my own writing",
        f"A: and still going to [[POSTCODE|uk:{sw(pc)}]]",
        "C: yep",
        "A: lovely it'll be with you thursday or friday",
    ]


# 60 school photo order, UK, transcript, child's name, order number, card, postcode, e-mail
@case("transcript")
def _():
    order = "SPX-" + dd(6)
    pw = pick([18, 24, 32])
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    pc = pc_uk("CB1")
    return [
        "A: Hello, it's [[NAME:Gemma]] from Fenland School Photography. Is that [[NAME:Adaeze Nwachukwu]]?",
        "C: Yes, hello.",
        f"A: You started an order for [[NAME:Chidi]]'s class photo on our website but it didn't complete. The order number is [[ACCOUNT_NUMBER:{order}]].",
        "C: Yes, it kept timing out.",
        f"A: I can finish it now. It's the large print pack at ((price:£{pw}.00)), plus a ((quantity:10x8)) print. Would you like to pay by card?",
        "C: Please.",
        f"C: [[CARD_NUMBER:{c}]].",
        f"A: Let me read that back: [[CARD_NUMBER:{grp(c, 4, 4, 4, 4)}]]. And the expiry?",
        f"C: [[EXPIRY:{em}/{ey}]].",
        "A: Security code?",
        f"C: [[CVV:{cv}]].",
        "A: And the billing postcode?",
        f"C: [[POSTCODE|uk:{pc.replace(' ', '')}]].",
        "A: Where should the receipt go?",
        "C: [[EMAIL:adaeze.n@yahoo.co.uk]].",
        "A: Thank you. The prints go to school with the class order in about ((duration:three weeks)).",
    ]


# 61 magazine renewal, Australia, asr, address and postcode, card, e-mail
@case("asr")
def _():
    pc = pc_au("7")
    iss = pick([12, 24])
    pw, pp = money(59, 99)
    pct = pick([15, 20, 35])
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    rd, rm = rint(1, 28), rint(1, 12)
    return [
        "A: hi is that [[NAME:rhiannon quigley]] it's [[NAME:beau]] from southern angler magazine",
        "C: yep",
        f"A: your subscription finishes on the ((date:{ordw(rd)} of {mon(rm)})) and i've got a renewal offer ((count:{n2w(iss)})) issues for ((price:{cents_w(pw, pp, 'dollars')})) that's ((percentage:{n2w(pct)} percent)) off the cover price",
        "C: i was going to let it go to be honest",
        "A: fair enough can i ask why",
        "C: i don't get out fishing as much these days",
        f"A: understand the digital edition comes free with it if that helps you read it on the tablet",
        "C: oh alright then go on",
        "A: lovely is it still going to the same place",
        f"C: yeah [[ADDRESS:{hw(rint(2, 99))} derwent avenue new town hobart]] [[POSTCODE|au:{sw(pc)}]]",
        "A: and the card",
        f"C: [[CARD_NUMBER#c:{pr(c[:4])} {pr(c[4:8])} {pr(c[8:12])}]] no wait [[CARD_NUMBER#c|skip:{pr(c[4:8])} {pr(c[8:12])}]] yeah that's right [[CARD_NUMBER#c:{pr(c[12:])}]]",
        "A: and the expiry",
        f"C: [[EXPIRY:{sw('%02d' % em)} {yy(ey)}]]",
        "A: and the cvv",
        f"C: [[CVV:{sw(cv)}]]",
        "A: and for the digital login what's your email",
        "C: [[EMAIL:rhiannon q fish at bigpond dot com]]",
        f"A: you'll get the login within ((duration:twenty four hours)) tight lines",
    ]


# 62 hygienist appointment confirmation, US, transcript, customer is travelling, phone, e-mail
@case("transcript")
def _():
    ad, am = rint(1, 28), rint(1, 12)
    hh = rint(8, 11)
    fl = pick(["UA", "DL", "AA"]) + " " + str(rint(100, 2999))
    nd = rint(1, 28)
    ph = ph_na(503)
    cp = pick([20, 30, 45])
    return [
        "A: Good morning, this is [[NAME:Paisley]] from Riverbend Dental. May I speak with [[NAME:Anastasia Volkova]]?",
        "C: This is [[NAME:Anastasia]].",
        f"A: Hi! I'm calling to confirm your hygiene appointment on ((date:{Mon(am)} {ad})) at ((time:{hh}:00 a.m.)).",
        f"C: Oh, I'm glad you called. I fly out that morning on ((flight_number:{fl})). Can we move it?",
        f"A: Of course. I have ((date:{Mon(am)} {nd})) at ((time:2:15 p.m.)) or the following Monday.",
        "C: The first one, please.",
        f"A: Done. Your copay will be ((price:${cp})). Is [[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]] still the best number for text reminders?",
        "C: Yes. Could you also email me the new time?",
        "A: Sure, what's your email?",
        "C: [[EMAIL:anastasia.volkova.pdx@icloud.com]].",
        f"A: I'll send it now. Please arrive ((duration:ten minutes)) early to update your paperwork.",
    ]


# 63 broadband satisfaction survey, UK, asr, hardly any personal data
@case("asr")
def _():
    sp = pick([67, 145, 300])
    sc = rint(6, 9)
    drops = rint(2, 5)
    hh = rint(6, 9)
    mins = pick([10, 15, 20])
    return [
        "A: hi is that [[NAME:benedict ashworth]]",
        "C: it is",
        "A: hi it's [[NAME:faisal]] from skyline broadband we're doing a short survey about your new connection it takes about ((duration:three minutes))",
        "C: go on then",
        "A: how would you rate the installation on a scale of ((other:one to ten))",
        f"C: ((other:{n2w(sc)})) the engineer was nice but he was late",
        "A: sorry to hear that how late roughly",
        f"C: about ((duration:{n2w(mins)} minutes)) it's not the end of the world",
        f"A: and have you done a speed test since",
        f"C: yeah i got ((quantity:{num_w(sp)} megs)) on the laptop",
        "A: that sounds about right for your package any drop outs",
        f"C: ((count:{n2w(drops)})) or so usually in the evening around ((time:{n2w(hh)}))",
        "A: okay i'll flag that to the network team",
        "C: and the router keeps flashing orange",
        f"A: is it the ((model_number:h h {n2w(rint(5, 8))})) the black one",
        "C: no white",
        "A: then it'll be the older one we can send you a new one free",
        "C: yes please",
        "A: i'll arrange that thanks for your time [[NAME:benedict]]",
    ]


# 64 welcome call, car insurance, Ireland, transcript, policy number, Eircode, plate, e-mail
@case("transcript")
def _():
    pol = "EIR-" + dd(8)
    eirc = eir("W23")
    cy = rint(2015, 2023) % 100
    plate = "%d-KE-%s" % (cy, dd(rint(3, 5)))
    pw, pp = money(520, 980)
    pct = pick([10, 15])
    sd, sm = rint(1, 28), rint(1, 12)
    return [
        "A: Hello, is that [[NAME:Fionnuala Ó Dálaigh]]? It's [[NAME:Cathal]] from Boyne Car Insurance, just a welcome call for your new policy.",
        "C: Oh, hello. Yes.",
        f"A: Your policy number is [[ACCOUNT_NUMBER:{pol}]] and cover started on ((date:{ordt(sd)} {Mon(sm)})). Can I confirm a couple of details?",
        "C: Go ahead.",
        f"A: The car is registration [[ACCOUNT_NUMBER:{plate}]], kept at your home address in Celbridge. What's the Eircode there?",
        f"C: [[POSTCODE|ie:{eirc}]].",
        f"A: Thanks. Your premium was ((price:€{pw}.{pp:02d})) with a ((percentage:{pct}%)) new-customer discount. Would you like the documents by email?",
        "C: Yes, [[EMAIL:fionnuala.odaly@gmail.com]].",
        "A: Lovely. And is there anyone else driving the car?",
        "C: My partner, [[NAME:Seánie]], now and again.",
        "A: He's already on the policy as a named driver, so that's all fine.",
        f"A: If you have a claim, the number is on your disc. Thanks for choosing us, [[NAME:Fionnuala]].",
    ]


# 65 TV box upgrade, UK, asr, address and postcode, card, engineer slot
@case("asr")
def _():
    pc = pc_uk("BN2")
    fee = pick([29, 39, 49])
    mw, mp = money(5, 9)
    c = card("mc")
    em, ey = exp()
    cv = cvv()
    sd = rint(1, 28)
    return [
        "A: good evening is that [[NAME:hunter mbeki]] it's [[NAME:sinead]] from brightview tv",
        "C: yeah hi",
        f"A: your box is one of the old ((model_number:b v {num_w(rint(2, 4) * 100)})) models and we're offering customers the new ((model_number:b v {n2w(rint(8, 12))})) with recording built in",
        "C: how much",
        f"A: it's ((price:{num_w(fee)} pounds)) one off and ((price:{cents_w(mw, mp)} a month)) extra",
        "C: alright yeah the old one's been freezing anyway",
        f"A: can i check the install address [[ADDRESS:flat {n2w(rint(1, 9))} {hw(rint(10, 160))} marine parade brighton]]",
        f"C: yeah and it's [[POSTCODE|uk:{sw(pc)}]]",
        f"A: lovely the engineer can come on the ((date:{ordw(sd)})) in the ((time:eight)) till ((time:one)) slot",
        "C: perfect",
        "A: and for the one off payment can i take a card",
        f"C: [[CARD_NUMBER#c:{sw(c[:4])}]] uh [[CARD_NUMBER#c|skip:{sw(c[4:6])}]] sorry [[CARD_NUMBER#c:{sw(c[4:8])}]] uh [[CARD_NUMBER#c:{sw(c[8:])}]]",
        "A: the expiry date",
        f"C: [[EXPIRY:{sw('%02d' % em)} {yy(ey)}]]",
        "A: and the last three digits on the signature strip",
        f"C: [[CVV:{sw(cv)}]]",
        "A: that's all booked you'll get a text with a ((duration:two hour)) window on the day",
    ]


# 66 overdue energy bill reminder, US, asr, account, SSN last four, ZIP, card, late fee
@case("asr")
def _():
    acc = dd(10)
    s = ssn()
    z = zipc("48")
    aw, ap = money(140, 390)
    lf = pick([5, 10])
    c = card("disc")
    em, ey = exp()
    cv = cvv()
    dd2, dm2 = rint(1, 28), rint(1, 12)
    return [
        "A: hi this is [[NAME:dwayne]] from great lakes power calling for [[NAME:marisol echeverría]]",
        "C: yes speaking",
        "A: i'm calling about your past due balance before we talk about it can you verify the account number",
        f"C: [[ACCOUNT_NUMBER:{hom(sw(acc[:5]))} {sw(acc[5:])}]]",
        "A: and the last four of the social on the account",
        f"C: [[SSN|part:{sw(s[-4:])}]]",
        "A: and your zip",
        f"C: [[POSTCODE|us:{sw(z)}]]",
        f"A: thank you the balance is ((price:{money_w(aw, ap, 'dollars')})) and there's a ((percentage:{n2w(lf)} percent)) late fee if it's not paid by ((date:{mon(dm2)} {ordw(dd2)}))",
        "C: okay i can pay it now with my discover",
        f"C: [[CARD_NUMBER#c:{sw(c[:4])}]] um [[CARD_NUMBER#c:{sw(c[4:8])}]] um [[CARD_NUMBER#c:{sw(c[8:12])}]]",
        f"C: [[CARD_NUMBER#c:{sw(c[12:])}]]",
        f"A: and the expiration date",
        f"C: [[EXPIRY:{n2w(em)} slash {yy(ey)}]]",
        "A: and the three digit code on the back",
        f"C: [[CVV:{sw(cv)}]]",
        "A: all paid no late fee",
    ]


# 67 meal kit retention, Canada, transcript, wants to skip, new card, postal code
@case("transcript")
def _():
    pct = pick([30, 40, 50])
    wks = pick([2, 3, 4])
    c = card("mc2")
    em, ey = exp()
    cv = cvv()
    pc = pc_ca("L")
    pw, pp = money(60, 95)
    return [
        "A: Hi, this is [[NAME:Kristof]] from Supper Club Kitchens. Am I speaking with [[NAME:Naledi Khumalo]]?",
        "C: Yes. If this is about cancelling, I've made up my mind.",
        f"A: I hear you. Before you go, could I offer ((percentage:{pct}%)) off your next ((count:{wks})) boxes? Or you can pause for up to ((duration:8 weeks)).",
        "C: Pausing would actually suit me. We're moving.",
        "A: Let's pause it. When you restart, the card on file has expired. Would you like to update it now?",
        "C: Fine.",
        f"C: [[CARD_NUMBER#c:{c[:4]}-{c[4:8]}]]... wait, my daughter's shouting... [[CARD_NUMBER#c:{c[8:12]}-{c[12:]}]].",
        f"A: Thank you. Card ending [[CARD_NUMBER|part:{c[-4:]}]]. What's the expiry?",
        f"C: [[EXPIRY:{Mon(em)[:3]} {ey}]], and the code is [[CVV:{cv}]].",
        "A: And the billing postal code?",
        f"C: [[POSTCODE|ca:{pc.lower().replace(' ', '')}]]",
        f"A: Great. Your plan stays at ((price:${pw}.{pp:02d})) a week when you restart. Good luck with the move!",
    ]


# 68 wine win-back, UK, asr, DOB, new address, card, mobile
@case("asr")
def _():
    d, m, y = dob()
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    ph = ph_uk("mob")
    pc = pc_uk("SE22")
    bt = pick([6, 12])
    pw, pp = money(79, 120)
    return [
        "A: hello may i speak to [[NAME:ottoline sharma]]",
        "C: that's me",
        "A: it's [[NAME:rupert]] from vine and barrel we haven't had an order since the spring so i've got an offer for you",
        f"A: a mixed case of ((count:{n2w(bt)})) for ((price:{cents_w(pw, pp)})) with the free glasses",
        "C: oh go on i'm having people over at christmas",
        "A: lovely i just need your date of birth for the age check",
        f"C: [[DOB:{pr('%02d' % d)} {pr('%02d' % m)} {pr(str(y)[2:])}]]",
        "A: thank you and where should it go",
        f"C: we've moved actually [[ADDRESS:{hw(rint(2, 200))} lordship lane east dulwich]] [[POSTCODE|uk:{sw(pc)}]]",
        "A: and can i take a card",
        f"C: [[CARD_NUMBER#c:{sw(c[:6])}]] um [[CARD_NUMBER#c:{sw(c[6:])}]]",
        f"A: [[CARD_NUMBER:{sw(c)}]] yep",
        "C: yes",
        "A: expiry and the three digits",
        f"C: [[EXPIRY:{n2w(em)} {yy(ey)}]] [[CVV:{sw(cv)}]]",
        "A: and a mobile for the courier",
        f"C: [[PHONE:{sw(ph[:6], dbl=True)} {hom(sw(ph[6:]))}]]",
        "A: thank you it'll be with you within ((duration:three to five days))",
    ]


# 69 IVR payment reminder, pet food, Australia, asr, a mis-said card retried, then an agent
@case("asr")
def _():
    aw, ap = money(49, 99)
    c = card("mc")
    em, ey = exp()
    cv = cvv()
    d, m, y = dob()
    dd2 = rint(1, 28)
    nd = rint(1, 28)
    return [
        f"I: hello this is an automated reminder from furry feast your payment of ((price:{money_w(aw, ap, 'dollars')})) was declined on the ((date:{ordw(dd2)})) to pay now say pay",
        "C: pay",
        "I: please say your card number",
        f"C: [[CARD_NUMBER#c1|skip:{sw(c[:7])} {sw(c[8:])}]]",
        "I: sorry that card number was not recognised please try again",
        f"C: [[CARD_NUMBER:{pr(c)}]]",
        f"I: you said a card ending in [[CARD_NUMBER|part:{sw(c[-4:])}]] if that's right say yes",
        "C: yes",
        "I: please say the expiry date",
        f"C: [[EXPIRY:{sw('%02d' % em)} {yy(ey)}]]",
        "I: and the security code",
        f"C: [[CVV:{sw(cv)}]]",
        "I: thank you your payment has been taken to speak to someone say agent",
        "C: agent",
        "A: hi you're through to [[NAME:kirra]] can i grab your date of birth to bring up the account",
        f"C: [[DOB:{ordw(d)} {mon(m)} {yw(y)}]]",
        "A: thanks [[NAME:jolene]] what can i do for you",
        f"C: i'm [[NAME:jolene]] yeah i want to move the delivery to the ((date:{ordw(nd)})) we're away till then",
        "A: done it'll arrive that day between ((time:nine)) and ((time:five))",
    ]


# 70 IVR magazine renewal, US, transcript, keyed choice, card, transfer, agent checks ZIP
@case("transcript")
def _():
    iss = pick([12, 24])
    pw, pp = money(19, 39)
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    z = zipc("55")
    return [
        f"I: Hello! This is an automated renewal call from Northwoods Living magazine for [[NAME:Gunnar Halvorsen]]. Your subscription ends after the next issue.",
        f"I: To renew for ((count:{iss})) issues at ((price:${pw}.{pp:02d})), press ((other:1)). To speak to a representative, press ((other:0)).",
        "C: ((other:1))",
        "I: Please enter your card number.",
        f"C: [[CARD_NUMBER:{c}]]",
        f"I: You entered a card ending in [[CARD_NUMBER|part:{c[-4:]}]]. Please enter the expiration date as four digits.",
        f"C: [[EXPIRY:{em:02d}{ey % 100}]]",
        "I: Please enter the security code.",
        f"C: [[CVV:{cv}]]",
        "I: We could not process your payment. Please hold for a representative.",
        "A: Hi, this is [[NAME:Marcy]]. I see the payment didn't go through. Can I have your billing ZIP code?",
        f"C: [[POSTCODE|us:{z}]].",
        "A: That's it, the ZIP on the account didn't match your card's. Is that your new billing ZIP?",
        "C: Yes, we moved in the spring.",
        f"A: I've updated it and the payment has gone through. Your next issue ships on the ((date:1st)).",
    ]


# 71 fraud-alert callback after a voicemail, Canada, asr, DOB, postal code, last four, new card
@case("asr")
def _():
    d, m, y = dob()
    pc = pc_ca("R")
    c = card("visa")
    aw, ap = money(200, 950)
    td = rint(1, 28)
    ref = dd(9)
    return [
        "A: prairie first credit union fraud desk this is [[NAME:mackenzie]]",
        f"C: hi you left me a voicemail this morning about my card my name's [[NAME:wojciech nowakowski]] the reference was [[ACCOUNT_NUMBER:{sw(ref)}]]",
        "A: thanks for calling back i just need to verify you can i have your date of birth",
        f"C: [[DOB:{mon(m)} {ordw(d)} {yw(y)}]]",
        "A: and your postal code",
        f"C: [[POSTCODE|ca:{sw(pc)}]]",
        "A: and the last four digits of the card we flagged",
        f"C: [[CARD_NUMBER|part:{sw(c[-4:])}]]",
        f"A: thank you we stopped a charge of ((price:{money_w(aw, ap, 'dollars')})) at a ticket site on the ((date:{ordw(td)})) was that you",
        "C: no i haven't bought tickets in ages",
        "A: okay i've cancelled the card a new one goes to the address on file",
        "C: which one is that",
        f"A: [[ADDRESS:{hw(rint(10, 99))} wellington crescent suite {n2w(rint(1, 9))} winnipeg]]",
        "C: yeah that's right",
        "A: you'll have it in ((duration:seven to ten business days)) and we'll email you the dispute form",
        "C: use [[EMAIL:w nowakowski at shaw dot ca]] please",
        "A: done thanks for calling back",
    ]


# 72 furniture delivery rescheduled, US, asr, address and ZIP, phone, travelling customer
@case("asr")
def _():
    z = zipc("98")
    ph = ph_na(206)
    fl = "alaska " + sw(str(rint(300, 999)))
    boxes = pick([3, 4, 5])
    nd, nm = rint(1, 28), rint(1, 12)
    return [
        "A: hi this is [[NAME:deshawn]] with evergreen home delivery calling for [[NAME:sunny oyelowo]]",
        "C: speaking",
        f"A: we've got your sectional sofa it's ((count:{n2w(boxes)})) boxes and we need someone home for the delivery tomorrow",
        f"C: oh no i'm on ((flight_number:{fl})) tomorrow morning can we do later in the week",
        f"A: sure the next opening is ((date:{mon(nm)} {ordw(nd)})) between ((time:ten)) and ((time:two))",
        "C: that's perfect",
        "A: can you confirm the address",
        f"C: [[ADDRESS:{hw(rint(1200, 4999))} northeast fifty fifth street seattle]] [[POSTCODE|us:{sw(z)}]]",
        "A: and is there an elevator",
        "C: no it's a house but there are steps up to the door",
        "A: got it and a good number for the crew to call about ((duration:thirty minutes)) before",
        f"C: [[PHONE:{sw(ph[:3])} {sw(ph[3:6])} {sw(ph[6:])}]]",
        "A: perfect you're all set safe travels",
    ]


# 73 heat-pump installation confirmation, UK, transcript, address and postcode, deposit by card
@case("transcript")
def _():
    pc = pc_uk("EX4")
    kw = pick([5, 7, 9])
    model = "ArcticFlow " + str(rint(5, 12)) + "HP"
    sd, sm = rint(1, 28), rint(1, 12)
    dep = pick([250, 500])
    c = card("mc")
    em, ey = exp()
    cv = cvv()
    days = pick([2, 3])
    return [
        "A: Hello, it's [[NAME:Morwenna]] from South West Heat Pumps. Is that [[NAME:Alasdair Penrose]]?",
        "C: It is.",
        f"A: I'm calling to confirm your installation on ((date:{Mon(sm)} {ordt(sd)})). The team will fit a ((quantity:{kw}kW)) ((model_number:{model})) and it takes ((duration:{days} days)).",
        "C: Great. Is it still going to the address on the survey?",
        f"A: Yes, [[ADDRESS:Orchard Cottage, {rint(2, 80)} Pinhoe Road, Exeter]] [[POSTCODE|uk:{pc}]]. Is that right?",
        "C: Correct.",
        f"A: We need a deposit of ((price:£{dep})) to confirm the slot. Can I take that by card?",
        f"C: Yes. [[CARD_NUMBER#c:{c[:4]} {c[4:8]}]], um, [[CARD_NUMBER#c:{c[8:12]}]], and the last bit is [[CARD_NUMBER#c:{c[12:]}]].",
        f"A: Thanks. Expiry and security code, please?",
        f"C: [[EXPIRY:{em:02d}/{ey}]], [[CVV:{cv}]].",
        f"A: Lovely, that's gone through. The team arrive at ((time:8:30)) on day one.",
    ]


# 74 landlord gas safety check, UK, asr, tenant books it, landlord named, address, phone
@case("asr")
def _():
    ph = ph_uk("man")
    sd, sm = rint(1, 28), rint(1, 12)
    pc = pc_uk("M14")
    return [
        "A: hi is that [[NAME:precious moyo]] it's [[NAME:ashok]] from safe hearth gas services",
        "C: yes",
        "A: your landlord mister [[NAME:feldman]] has asked us to do the yearly gas safety check at your flat",
        "C: oh right he did mention it",
        f"A: can i confirm the address i've got [[ADDRESS:flat {n2w(rint(1, 9))} {hw(rint(10, 200))} wilmslow road rusholme]] [[POSTCODE|uk:{sw(pc)}]]",
        "C: that's right",
        f"A: we can do ((date:{mon(sm)} the {ordw(sd)})) it takes about ((duration:forty minutes)) someone needs to be in",
        "C: i work nights so mornings are good",
        "A: ((time:nine o'clock)) then",
        "C: perfect",
        "A: and a number for the engineer in case he's running late",
        f"C: [[PHONE:{sw(ph[:4])} {sw(ph[4:7])} {sw(ph[7:])}]] that's the landline",
        "A: lovely i'll let mr [[NAME:feldman]] know it's booked",
    ]


# 75 flu jab recall, UK, asr, daughter answers for her father, DOB, NHS number, her mobile
@case("asr")
def _():
    d, m, y = dob()
    nhs = dd(10)
    ph = ph_uk("mob")
    sd = rint(1, 28)
    return [
        "A: hello is that the number for [[NAME:albert oduya]]",
        "C: it is i'm his daughter [[NAME:grace]] he doesn't hear well on the phone",
        "A: no problem it's [[NAME:sunita]] from larkfield surgery he's due his flu jab and covid booster",
        "C: oh good how do we book",
        "A: can you give me his date of birth so i've got the right record",
        f"C: [[DOB:{ordw(d)} of {mon(m)} {yw(y)}]] he's ((other:{n2w(2024 - y)})) this year",
        "A: and if you have his nhs number that helps",
        f"C: it's on his letter [[ACCOUNT_NUMBER:{sw(nhs[:3])} {sw(nhs[3:6])} {sw(nhs[6:])}]]",
        f"A: perfect we've got the clinic on saturday the ((date:{ordw(sd)})) from ((time:nine)) till ((time:twelve)) it's walk in",
        "C: i'll bring him can you text me the details rather than him",
        "A: sure what's your mobile",
        f"C: [[PHONE:{sw(ph[:5])} {sw(ph[5:])}]]",
        "A: done thanks [[NAME:grace]] see you both saturday",
    ]


# 76 smart-meter installation, Ireland, transcript, MPRN, Eircode, address, e-mail
@case("transcript")
def _():
    mprn = "10" + dd(9)
    eirc = eir("X91")
    sd, sm = rint(1, 28), rint(1, 12)
    return [
        "A: Hi, is that [[NAME:Dervila Keohane]]? My name is [[NAME:Tadhg]], I'm ringing from Déise Networks about your smart meter.",
        "C: Yes, I got a letter about it.",
        "A: Great. Before I book, could you give me your MPRN? It's the ((count:11))-digit number at the top of your electricity bill.",
        f"C: [[ACCOUNT_NUMBER:{mprn}]].",
        "A: And the address and Eircode?",
        f"C: [[ADDRESS:{rint(1, 60)} Lismore Lawns, Waterford]], [[POSTCODE|ie:{eirc}]].",
        f"A: Thank you. We have ((date:{ordt(sd)} {Mon(sm)})), any time between ((time:8am)) and ((time:1pm)). The power will be off for about ((duration:20 minutes)).",
        "C: That's fine, I'll be home.",
        "A: And could I have an email for the confirmation?",
        "C: [[EMAIL:dkeohane.wfd@gmail.com]].",
        "A: Perfect. You'll get a reminder the day before.",
    ]


# 77 syndicate win notification, UK, asr, winner suspicious, refuses bank details, e-mail
@case("asr")
def _():
    pw, pp = money(80, 450)
    mem = dd(7)
    dd2 = rint(1, 28)
    return [
        "A: hello is that [[NAME:rose fairbanks]] it's [[NAME:leon]] from golden ticket syndicates with some good news",
        "C: oh yes",
        f"A: your syndicate matched ((count:four)) numbers in saturday's draw and your share is ((price:{money_w(pw, pp)}))",
        "C: hang on this sounds like one of those scams how do i know you're really golden ticket",
        "A: that's sensible it's all in your online account and you don't have to give me anything today",
        "C: good because i'm not giving you my bank details over the phone",
        "A: you don't need to we can pay it into the card you use for the subscription or you can log in and choose",
        f"C: i'll log in what's my member number again",
        f"A: i can't read it out in full but it ends in [[ACCOUNT_NUMBER:{sw(mem[-4:])}]]",
        "C: okay and can you email me something so i know it's real",
        "A: of course which address",
        "C: [[EMAIL:rose fairbanks at live dot co dot uk]]",
        f"A: sent the winnings will show within ((duration:five working days)) after you confirm",
        f"C: right i'll check tonight thanks",
    ]


# 78 charity lottery renewal, Australia, transcript, DOB, address and postcode, phone, card
@case("transcript")
def _():
    d, m, y = dob()
    pc = pc_au("2")
    ph = ph_au("mob")
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    tk = pick([5, 10, 20])
    return [
        "A: Hi, it's [[NAME:Jedda]] from the Coastal Rescue Lottery. Am I speaking with [[NAME:Warwick Fennimore]]?",
        "C: You are.",
        f"A: Your ticket subscription is due to renew. It's ((count:{tk})) tickets a draw, same as last year. Happy to keep going?",
        "C: Yes, the rescue boys do a great job.",
        "A: Wonderful. Because it's a lottery I need to confirm your date of birth.",
        f"C: [[DOB:{d} {Mon(m)} {y}]].",
        f"A: And your address and postcode?",
        f"C: [[ADDRESS:{rint(2, 80)} Pacific Parade, Dee Why]] [[POSTCODE|au:{pc}]].",
        f"A: And your mobile?",
        f"C: [[PHONE:{grp(ph, 4, 3, 3)}]].",
        "A: And the card for the renewal?",
        f"C: [[CARD_NUMBER#c:{grp(c[:8], 4, 4)}]]... hang on, I'll put my glasses on... [[CARD_NUMBER#c:{grp(c[8:], 4, 4)}]]. Expiry [[EXPIRY:{em:02d}/{ey % 100}]], CVV [[CVV:{cv}]].",
        f"A: Thank you. Your tickets go in the draw on the ((date:{ordt(rint(1, 28))})).",
    ]


# 79 student loan, UK, asr, NI number with the phonetic alphabet, DOB, employer, e-mail
@case("asr")
def _():
    n = ni()
    d, m, y = dob()
    th = pick([27295, 28470])
    yr = rint(2016, 2019)
    return [
        "A: hello is that [[NAME:temperance adewale]] it's [[NAME:owain]] from graduate repayment services",
        "C: who",
        "A: we look after plan two student loans i'm calling because we haven't had an employer deduction since you changed jobs",
        "C: how do i know this is legit",
        "A: you can check the number on the official website or log in to your account i won't ask for bank details",
        "C: fine what do you need",
        "A: your national insurance number please",
        f"C: [[SSN:{nato(n[:2])} {sw(n[2:8])} {nato(n[8])}]]",
        "A: and your date of birth",
        f"C: [[DOB:{n2w(d)} {n2w(m)} {yw(y)}]]",
        f"A: thanks you started the course in ((year:{yw(yr)})) and you repay ((percentage:nine percent)) of anything over ((price:{num_w(th)} pounds))",
        "C: yeah i know the new job's with a hospital trust",
        "A: okay they should start deducting from next month can i email you a summary",
        "C: [[EMAIL:t adewale at hotmail dot co dot uk]]",
        "A: sent thanks for your time",
    ]


# 80 vehicle recall, Canada, asr, VIN read back, postal code, phone, dealer slot
@case("asr")
def _():
    vin = "2" + lets(2, "FGHT") + dd(3) + lets(3) + dd(8)
    pc = pc_ca("B")
    ph = ph_na(902)
    yr = rint(2016, 2021)
    nd, nm = rint(1, 28), rint(1, 12)
    return [
        "A: hi this is [[NAME:aurélie]] from harbourview motors calling for [[NAME:cillian mcnabb]]",
        "C: speaking",
        f"A: there's a recall on your ((year:{yw(yr)})) pickup for the rear view camera software can i confirm the vin",
        f"C: sure it's [[ACCOUNT_NUMBER#v:{sw(vin[:9])}]] um [[ACCOUNT_NUMBER#v:{sw(vin[9:])}]]",
        f"A: let me read that back [[ACCOUNT_NUMBER:{sw(vin)}]]",
        "C: that's it",
        "A: and your postal code so i can check which store is closest",
        f"C: [[POSTCODE|ca:{sw(pc)}]]",
        f"A: our dartmouth store can do ((date:{mon(nm)} {ordw(nd)})) at ((time:eight thirty)) the update takes about ((duration:forty five minutes))",
        "C: okay book it",
        "A: and a number to text the reminder to",
        f"C: [[PHONE:{sw(ph[:3])} {sw(ph[3:6])} {sw(ph[6:])}]]",
        "A: you're all set thanks [[NAME:cillian]]",
    ]


# 81 pet food subscription upgrade, US, transcript, address and ZIP, card, e-mail
@case("transcript")
def _():
    lb = pick([24, 30, 35])
    pw, pp = money(54, 89)
    pct = pick([10, 15])
    z = zipc("37")
    c = card("amex")
    em, ey = exp()
    cv = cvv(4)
    return [
        "A: Hi, this is [[NAME:Cheyenne]] with Good Dog Provisions. Is this [[NAME:Leopold Ferreira]]?",
        "C: Yes, hi.",
        f"A: I'm calling because you've ordered the ((quantity:{lb} lb)) bag three months running. If you switch to autoship, you'd save ((percentage:{pct}%)) on every order.",
        "C: That makes sense. Duke goes through it fast.",
        f"A: It would come to ((price:${pw}.{pp:02d})) every ((duration:four weeks)). Can I confirm the shipping address?",
        f"C: [[ADDRESS:{rint(100, 999)} Magnolia Bend Drive, Franklin]], Tennessee [[POSTCODE|us:{z}]].",
        "A: And which card would you like on the autoship?",
        f"C: My Amex: [[CARD_NUMBER:{c[:4]} {c[4:10]} {c[10:]}]].",
        f"A: Thank you. The four-digit code on the front, and the expiration?",
        f"C: Code is [[CVV:{cv}]], expires [[EXPIRY:{Mon(em)} {ey}]].",
        "A: Perfect. Where should the order confirmations go?",
        "C: [[EMAIL:leo.ferreira.tn@gmail.com]].",
        "A: All set. Give Duke a scratch behind the ears from us.",
    ]


# 82 school photo reorder, Australia, asr, two children named, card, e-mail, prices
@case("asr")
def _():
    pw, pp = money(29, 49)
    c = card("mc")
    em, ey = exp()
    cv = cvv()
    packs = pick([2, 3])
    return [
        "A: hi it's [[NAME:kylie]] from snapshot school photos am i speaking with [[NAME:thi huong pham]]",
        "C: yes that's me",
        "A: you asked us to call about reprints for your kids' photos",
        "C: yeah for [[NAME:bao]] and [[NAME:liberty]] the grandparents want copies",
        f"A: lovely the family pack is ((price:{cents_w(pw, pp, 'dollars')})) how many would you like",
        f"C: ((count:{n2w(packs)})) please",
        "A: no worries can i take a card",
        f"C: [[CARD_NUMBER#c:{sw(c[:4])} {pr(c[4:8])}]] oh hang on [[NAME:liberty]] put that down",
        f"C: sorry [[CARD_NUMBER#c:{pr(c[8:12])}]] and [[CARD_NUMBER#c:{sw(c[12:])}]]",
        "A: expiry",
        f"C: [[EXPIRY:{sw('%02d' % em)} slash {yy(ey)}]]",
        "A: and the cvv",
        f"C: [[CVV:{sw(cv)}]]",
        "A: and the email for the receipt",
        "C: [[EMAIL:huong pham eighty eight at gmail dot com]]",
        "A: lovely they'll post out in about ((duration:ten days))",
    ]


# 83 solar follow-up survey, Ireland, asr, almost no personal data
@case("asr")
def _():
    kwp = pick([3, 4, 6])
    pct = pick([30, 40, 55])
    yr = rint(2021, 2023)
    bw = rint(60, 140)
    panels = pick([8, 10, 12])
    return [
        "A: hello is that [[NAME:brendan cusack]] it's [[NAME:siobhán]] from sunrise solar ireland doing a quick follow up survey",
        "C: oh hello yes",
        f"A: you had ((count:{n2w(panels)})) panels fitted in ((year:{yw(yr)})) how have you found them",
        "C: grand in the summer not much use in january",
        f"A: that's normal enough roughly how much has the electric bill dropped",
        f"C: by about ((percentage:{n2w(pct)} percent)) i'd say it was ((price:{num_w(bw)} euro)) a month before",
        f"A: that's good going for a ((quantity:{n2w(kwp)} kilowatt)) system and the app is it working",
        "C: it stopped showing anything a few weeks ago",
        "A: it's probably the wifi password changed i can get someone to ring you about it",
        "C: sure the number you have is fine",
        "A: perfect and would you recommend us to a friend",
        "C: i already did my neighbour's getting them done",
        "A: brilliant thanks for your time",
    ]


# 84 broadband renewal, US, asr, address and ZIP, e-mail, card, router model
@case("asr")
def _():
    z = zipc("32")
    rw, rp = money(45, 70)
    mb = pick([300, 500])
    c = card("visa")
    em, ey = exp()
    cv = cvv()
    mths = pick([12, 24])
    return [
        "A: hey is this [[NAME:autumn rosenthal]] this is [[NAME:marcus]] from sunbelt fiber",
        "C: yeah hi",
        f"A: your promo rate is about to end and i wanted to lock in a new one ((price:{cents_w(rw, rp, 'dollars')} a month)) for ((duration:{n2w(mths)} months)) with ((quantity:{num_w(mb)} megabits))",
        "C: what's it going up to otherwise",
        "A: about ((price:twenty dollars)) more",
        "C: okay yeah lock it in",
        "A: cool i just need to verify the service address",
        f"C: [[ADDRESS:{hw(rint(100, 999))} palmetto drive]] in gainesville [[POSTCODE|us:{sw(z)}]]",
        "A: and we'd take the first month today on a card",
        f"C: sure [[CARD_NUMBER#c:{hom(sw(c[:4]))}]] uh [[CARD_NUMBER#c:{sw(c[4:8])}]] uh [[CARD_NUMBER#c:{hom(sw(c[8:]))}]]",
        f"A: the last four again",
        f"C: [[CARD_NUMBER|part:{sw(c[12:])}]]",
        "A: and expiration and cvv",
        f"C: [[EXPIRY:{n2w(em)} {yy(ey)}]] and [[CVV:{sw(cv)}]]",
        f"A: and you'll get a new router the ((model_number:x g s {n2w(rint(5, 9))})) do you want the tracking emailed",
        "C: yeah [[EMAIL:autumn r sixty two at outlook dot com]]",
        "A: awesome you're all set",
    ]


# 85 voicemail from a GP surgery, UK, transcript, callback number, appointment
@case("transcript")
def _():
    ph = ph_uk("lds")
    ad, am = rint(1, 28), rint(1, 12)
    hh = rint(9, 11)
    return [
        "A: Good morning, this is a message for [[NAME:Wilhelmina Ashdown]]. It's [[NAME:Priti]] from Headingley Medical Practice.",
        f"A: Dr [[NAME:Okafor]] would like to see you about your recent blood test. Nothing urgent, but we've reserved ((date:{Mon(am)} {ordt(ad)})) at ((time:{hh}:40)) for you.",
        f"A: If that doesn't suit, please ring the practice on [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]] after ((time:10am)), when the lines are quieter.",
        "A: Thank you, bye.",
    ]


# 86 welcome call, newspaper, Ireland, asr, Eircode, e-mail, card for the first month
@case("asr")
def _():
    eirc = eir("K32")
    pw, pp = money(12, 25)
    c = card("mc2")
    em, ey = exp()
    cv = cvv()
    wk = pick([4, 8])
    return [
        "A: hi is that [[NAME:bernadette o'keeffe]] it's [[NAME:kevin]] from the fingal herald welcome to your new subscription",
        "C: oh thanks",
        f"A: you're on the weekend bundle at ((price:{cents_w(pw, pp, 'euro')})) a month with the first ((duration:{n2w(wk)} weeks)) half price",
        "C: that's right",
        "A: can i confirm the delivery address and eircode",
        f"C: [[ADDRESS:{hw(rint(2, 60))} strand road balbriggan]] [[POSTCODE|ie:{sw(eirc)}]]",
        "A: and the card for the first month didn't go through on the website can i take it now",
        f"C: [[CARD_NUMBER#c:{pr(c[:4])}]] em [[CARD_NUMBER#c:{pr(c[4:8])}]] em [[CARD_NUMBER#c:{pr(c[8:12])}]]",
        "A: mm-hmm",
        f"C: and the last bit is [[CARD_NUMBER#c|skip:{pr(c[12:14])}]] no sorry [[CARD_NUMBER#c:{pr(c[12:])}]]",
        f"A: so ending [[CARD_NUMBER|part:{sw(c[12:])}]]",
        "C: that's it",
        "A: and the expiry and the three digits on the back",
        f"C: [[EXPIRY:{sw('%02d' % em)} {yy(ey)}]] then [[CVV:{sw(cv)}]]",
        "A: and an email for the digital edition",
        "C: [[EMAIL:bernie okeeffe at gmail dot com]]",
        "A: lovely your first paper arrives on saturday enjoy",
    ]


# ------------------------------------------------------------------ markup
MARK_RE = re.compile(
    r"\[\[([A-Z_]+)(?:#([A-Za-z0-9_]+))?(?:\|([a-z]+))?:([^\[\]]*?)\]\]"
    r"|\(\(([a-z_]+):([^()]*?)\)\)")
FLAGS = {"part", "skip", "uk", "ie", "us", "ca", "au"}
SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}


class Bad(Exception):
    pass


def parse_line(marked, errs, where):
    clean, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK_RE.finditer(marked):
        clean.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        if m.group(1):
            typ, tag, flag, text = m.group(1), m.group(2), m.group(3), m.group(4)
            if typ not in PII_TYPES:
                errs.append("%s: unknown pii type %s" % (where, typ))
            if flag and flag not in FLAGS:
                errs.append("%s: unknown flag %s" % (where, flag))
            pii.append({"start": n, "end": n + len(text), "type": typ, "tag": tag,
                        "flag": flag, "text": text})
        else:
            kind, text = m.group(5), m.group(6)
            if kind not in KEEP_KINDS:
                errs.append("%s: unknown keep kind %s" % (where, kind))
            keep.append({"start": n, "end": n + len(text), "kind": kind, "text": text})
        clean.append(text)
        n += len(text)
        pos = m.end()
    clean.append(marked[pos:])
    out = "".join(clean)
    for junk in ("[[", "]]", "((", "))"):
        if junk in out:
            errs.append("%s: markup left over (%r) in %r" % (where, junk, out))
    return out, pii, keep


def build():
    errs = []
    cases = []
    for idx, (style, fn) in enumerate(CASES, 1):
        cid = "t36-%03d" % idx
        lines = fn()
        utts, pii, keep = [], [], []
        tags = {}
        for ui, line in enumerate(lines):
            spk, _, body = line.partition(": ")
            if spk not in SPEAKERS or not body:
                errs.append("%s u%d: bad line %r" % (cid, ui, line))
                continue
            text, p, k = parse_line(body, errs, "%s u%d" % (cid, ui))
            utts.append({"speaker": SPEAKERS[spk], "text": text})
            for s in p:
                s["utterance"] = ui
                pii.append(s)
            for s in k:
                s["utterance"] = ui
                keep.append(s)
        # groups in order of first appearance
        pii.sort(key=lambda s: (s["utterance"], s["start"]))
        keep.sort(key=lambda s: (s["utterance"], s["start"]))
        gid = {}
        for j, s in enumerate(pii):
            key = s["tag"] if s["tag"] else "_solo%d" % j
            if key not in gid:
                gid[key] = "g%d" % (len(gid) + 1)
                tags[key] = s["type"]
            elif tags[key] != s["type"]:
                errs.append("%s: group %s mixes %s and %s" % (cid, key, tags[key], s["type"]))
            s["group"] = gid[key]
        cases.append({"case_id": cid, "style": style, "utterances": utts,
                      "pii": pii, "keep": keep})
    return cases, errs


def emit(c):
    return json.dumps({
        "case_id": c["case_id"], "style": c["style"],
        "utterances": c["utterances"],
        "pii": [{"utterance": s["utterance"], "start": s["start"], "end": s["end"],
                 "type": s["type"], "group": s["group"]} for s in c["pii"]],
        "keep": [{"utterance": s["utterance"], "start": s["start"], "end": s["end"],
                  "kind": s["kind"]} for s in c["keep"]],
    }, ensure_ascii=False)


# ------------------------------------------------------------- spoken digits
UNITS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1",
         "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
         "eight": "8", "nine": "9"}
STRICT = {k: v for k, v in UNITS.items() if k not in ("zero", "oh", "o", "nought", "nil")}
HOMO = {"won": "1", "to": "2", "too": "2", "for": "4", "fore": "4", "ate": "8"}
TEENS = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS = {w: 10 * i for i, w in enumerate(TENS_W) if w}
NATO = {w: w[0].upper() for w in (
    "alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo "
    "lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey "
    "whisky xray yankee zulu").split()}
SEPS = {"dash", "slash", "hyphen", "space", "plus", "and", "of", "point"}
RUN_WORDS = (set(UNITS) - {"o"}) | set(TEENS) | set(TENS) | {"hundred", "thousand",
                                                            "double", "triple"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "sir", "madam", "doctor",
          "prof", "professor", "mx", "dame", "lord", "lady"}
MONTH_ALL = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_ALL.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
MONTH_ALL["sept"] = 9


def toks(text):
    return re.findall(r"[A-Za-z]+|\d+", text)


def to_chars(text, letters=True, o_letter=False):
    """spoken or typed value -> (digits/letters string, unknown tokens)."""
    t = toks(text)
    out, unk = [], []
    i = 0
    while i < len(t):
        raw = t[i]
        w = raw.lower()
        nxt = t[i + 1].lower() if i + 1 < len(t) else ""
        if raw.isdigit():
            out.append(raw)
        elif w in ("double", "triple"):
            k = 2 if w == "double" else 3
            if nxt in UNITS or nxt in HOMO:
                out.append((UNITS.get(nxt) or HOMO[nxt]) * k)
                i += 1
            elif letters and len(nxt) == 1:
                out.append(nxt.upper() * k)
                i += 1
            elif letters and nxt in NATO:
                out.append(NATO[nxt] * k)
                i += 1
            else:
                unk.append(raw)
        elif letters and len(w) == 1 and w != "o" and nxt in ("for", "as"):
            # "b for bravo", "s as in sugar"
            if nxt == "for" and i + 2 < len(t) and t[i + 2].lower().startswith(w):
                out.append(w.upper())
                i += 2
            elif (nxt == "as" and i + 3 < len(t) and t[i + 2].lower() == "in"
                  and t[i + 3].lower().startswith(w)):
                out.append(w.upper())
                i += 3
            else:
                out.append(w.upper())
        elif o_letter and w == "o":
            out.append("O")
        elif w in UNITS:
            out.append(UNITS[w])
        elif w in HOMO:
            out.append(HOMO[w])
        elif w in TEENS:
            out.append(str(TEENS[w]))
        elif w in TENS:
            if nxt in STRICT:
                out.append(str(TENS[w] + int(STRICT[nxt])))
                i += 1
            else:
                out.append(str(TENS[w]))
        elif w == "hundred":
            if not out:
                unk.append(raw)
            elif nxt in TEENS:
                out.append(str(TEENS[nxt]))
                i += 1
            elif nxt in TENS:
                nn = t[i + 2].lower() if i + 2 < len(t) else ""
                if nn in STRICT:
                    out.append(str(TENS[nxt] + int(STRICT[nn])))
                    i += 2
                else:
                    out.append(str(TENS[nxt]))
                    i += 1
            elif nxt == "and" and i + 2 < len(t):
                out.append("0")
                i += 1
            else:
                out.append("00")
        elif w == "thousand":
            out.append("000")
        elif w in SEPS:
            pass
        elif letters and w in NATO:
            out.append(NATO[w])
        elif letters and len(w) == 1 and w != "o":
            out.append(w.upper())
        elif letters and raw.isupper() and len(raw) <= 4:
            out.append(raw)
        else:
            unk.append(raw)
        i += 1
    return "".join(out), unk


def expiry_ok(text):
    low = text.lower()
    words = toks(low)
    months = [w for w in words if w in MONTH_ALL]
    if months:
        rest = [w for w in words if w not in MONTH_ALL]
        y, unk = to_chars(" ".join(rest), letters=False)
        return not unk and (len(y) in (2, 4)) and (20 <= int(y[-2:]) <= 35)
    parts = re.split(r"\s*(?:/|\bslash\b|\bof\b|-|\bdash\b)\s*", low)
    if len(parts) == 2:
        m, u1 = to_chars(parts[0], letters=False)
        y, u2 = to_chars(parts[1], letters=False)
    else:
        d, u1 = to_chars(low, letters=False)
        u2 = []
        cut = {3: 1, 4: 2, 5: 1, 6: 2}.get(len(d))
        if cut is None:
            return False
        m, y = d[:cut], d[cut:]
    if u1 or u2 or not m.isdigit() or not y.isdigit():
        return False
    return 1 <= int(m) <= 12 and len(y) in (2, 4) and 20 <= int(y[-2:]) <= 35


def card_prefix_ok(d):
    if len(d) == 15:
        return d[:2] in ("34", "37")
    if len(d) != 16:
        return False
    return (d[0] == "4" or "51" <= d[:2] <= "55" or "2221" <= d[:4] <= "2720"
            or d[:4] == "6011" or d[:2] == "65")


def ssn_ok(v):
    if re.fullmatch(r"\d{9}", v):
        a, g, s = int(v[:3]), int(v[3:5]), int(v[5:])
        return 1 <= a <= 665 and 1 <= g <= 99 and 1 <= s <= 9999
    if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v):
        return v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    return pps_ok(v)


PHONE_RE = [r"(?:0|44)7700900\d{3}", r"(?:0|44)2079460\d{3}",
            r"(?:0|44)(?:161|113|117)4960\d{3}", r"1?\d{3}55501\d{2}",
            r"(?:0|61)[2378]5550\d{4}", r"(?:0|61)491570\d{3}"]
POSTCODE_RE = {
    "uk": r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}",
    "ie": r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[AC-FHKNPRTV-Y\d]{4}",
    "us": r"\d{5}(?:\d{4})?",
    "ca": r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d",
    "au": r"[0-9]\d{3}",
}
STREET_WORDS = set((
    "street st road rd avenue ave lane ln close drive dr way crescent terrace place "
    "court ct grove gardens parade row walk hill boulevard blvd square mews view rise "
    "green park circle highway hwy parkway pkwy trail terr path brae wynd vale heights "
    "quay wharf gate esplanade promenade road cres loop pike run crossing strand rue lawns meadows").split())
NUMBER_START = set(UNITS) | set(TEENS) | set(TENS)
FLAT_WORDS = {"flat", "unit", "apartment", "apt", "suite", "apartement"}


# ---------------------------------------------------------------- validation
EDGE_START = set("$£€+")
EDGE_END = set("%")


def words_of(text):
    return re.findall(r"[a-z]+", text.lower())


def street_key(addr):
    """the street of an address: the words before (and with) the street word."""
    ws = words_of(addr)
    for i, w in enumerate(ws):
        if w in STREET_WORDS and i > 0:
            j = i - 1
            name = []
            while j >= 0 and ws[j] not in NUMBER_START and ws[j] not in FLAT_WORDS \
                    and len(name) < 3:
                name.insert(0, ws[j])
                j -= 1
            if name:
                return " ".join(name + [w])
        if w in STREET_WORDS and i + 1 < len(ws):
            after = [x for x in ws[i + 1:i + 4] if x not in NUMBER_START]
            if after:
                return " ".join([w] + after)
    return None


def email_key(e):
    s = e.lower()
    if "@" not in s:
        s = re.sub(r"\s+at\s+", "@", s)
        s = re.sub(r"\s+dot\s+", ".", s)
        s = re.sub(r"\s+(underscore)\s+", "_", s)
        s = re.sub(r"\s+(dash|hyphen)\s+", "-", s)
        s = s.replace(" ", "")
    return s


def validate(cases, errs):
    email_seen, street_seen, long_utts = {}, {}, {}
    for c in cases:
        cid, style = c["case_id"], c["style"]
        if style not in ("asr", "transcript"):
            errs.append("%s: bad style" % cid)
        utts = c["utterances"]
        if len(utts) < 3:
            errs.append("%s: too short" % cid)
        spans_by_u = {}
        for s in c["pii"] + c["keep"]:
            spans_by_u.setdefault(s["utterance"], []).append(s)
        # -- per-span checks
        for s in c["pii"] + c["keep"]:
            t = utts[s["utterance"]]["text"]
            where = "%s u%d %r" % (cid, s["utterance"], s["text"])
            if t[s["start"]:s["end"]] != s["text"] or not s["text"]:
                errs.append("%s: offsets do not match" % where)
                continue
            v = s["text"]
            if v != v.strip():
                errs.append("%s: space at edge" % where)
            if not (v[0].isalnum() or v[0] in EDGE_START):
                errs.append("%s: punctuation at start" % where)
            if not (v[-1].isalnum() or v[-1] in EDGE_END or v.endswith(("a.m.", "p.m."))):
                errs.append("%s: punctuation at end" % where)
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                errs.append("%s: starts inside a word" % where)
            if s["end"] < len(t) and t[s["end"]].isalnum():
                errs.append("%s: ends inside a word" % where)
        for u, ss in spans_by_u.items():
            ss = sorted(ss, key=lambda s: s["start"])
            for a, b in zip(ss, ss[1:]):
                if b["start"] < a["end"]:
                    errs.append("%s u%d: spans overlap %r %r" % (cid, u, a["text"], b["text"]))
                gap = utts[u]["text"][a["end"]:b["start"]]
                if a.get("group") and a.get("group") == b.get("group") and not gap.strip():
                    errs.append("%s u%d: pieces of one value with only a space between: %r %r"
                                % (cid, u, a["text"], b["text"]))
        # -- utterance checks
        for ui, u in enumerate(utts):
            t = u["text"]
            if t != t.strip() or "  " in t:
                errs.append("%s u%d: stray spaces" % (cid, ui))
            if style == "asr":
                if t != t.lower():
                    errs.append("%s u%d: asr not lower case: %r" % (cid, ui, t))
                bad = set(t) & set(".,?!;:\"@$£€%/&()[]")
                if bad:
                    errs.append("%s u%d: asr punctuation %r in %r" % (cid, ui, bad, t))
            else:
                starts_span = any(s["start"] == 0 for s in spans_by_u.get(ui, []))
                if not t[0].isupper() and not t[0].isdigit() and not starts_span:
                    errs.append("%s u%d: transcript line not capitalised: %r" % (cid, ui, t))
            # mask spans, then no digit and no run of 4+ digit words outside
            ss = sorted(spans_by_u.get(ui, []), key=lambda s: s["start"])
            masked, pos = [], 0
            for s in ss:
                masked.append(t[pos:s["start"]])
                masked.append(" | ")
                pos = s["end"]
            masked.append(t[pos:])
            m = "".join(masked)
            if re.search(r"\d", m):
                errs.append("%s u%d: digit outside a span: %r" % (cid, ui, t))
            run = 0
            for w in re.findall(r"[A-Za-z]+|\|", m):
                if w.lower() in RUN_WORDS:
                    run += 1
                    if run >= 4:
                        errs.append("%s u%d: 4+ digit words outside a span: %r" % (cid, ui, t))
                        break
                else:
                    run = 0
        # -- value checks by group
        groups = {}
        for s in c["pii"]:
            groups.setdefault(s["group"], []).append(s)
        for g, ss in groups.items():
            typ = ss[0]["type"]
            flags = {s["flag"] for s in ss}
            where = "%s %s %s %r" % (cid, g, typ, [s["text"] for s in ss])
            part = "part" in flags
            if part and any(s["flag"] != "part" for s in ss):
                errs.append("%s: part flag on only some pieces" % where)
            live = [s for s in ss if s["flag"] != "skip"]
            if "skip" in flags and typ not in ("CARD_NUMBER", "PHONE", "SSN", "POSTCODE",
                                               "ACCOUNT_NUMBER"):
                errs.append("%s: skip flag on this type" % where)
            if "skip" in flags and not live:
                # a whole mis-said value: only card numbers, and of a card's length
                d = to_chars(" ".join(s["text"] for s in ss), letters=False)[0]
                if not (typ == "CARD_NUMBER" and d.isdigit() and 12 <= len(d) <= 19):
                    errs.append("%s: only skipped pieces" % where)
                continue
            joined = " ".join(s["text"] for s in live)
            if typ in ("CARD_NUMBER", "CVV", "PHONE"):
                d, unk = to_chars(joined, letters=False)
                if unk or not d.isdigit():
                    errs.append("%s: not digits (%r)" % (where, unk))
                    continue
                if typ == "CARD_NUMBER":
                    if part:
                        if not 3 <= len(d) <= 8:
                            errs.append("%s: partial card of %d digits" % (where, len(d)))
                    elif not (luhn_ok(d) and card_prefix_ok(d)):
                        errs.append("%s: card %s fails Luhn/prefix/length" % (where, d))
                elif typ == "CVV":
                    if part or not 3 <= len(d) <= 4:
                        errs.append("%s: cvv %s" % (where, d))
                else:
                    if part:
                        if not 3 <= len(d) <= 4:
                            errs.append("%s: phone part %s" % (where, d))
                    elif not any(re.fullmatch(p, d) for p in PHONE_RE):
                        errs.append("%s: phone %s not in a fictional range" % (where, d))
            elif typ == "EXPIRY":
                if len(ss) > 1 or not expiry_ok(joined):
                    errs.append("%s: expiry" % where)
            elif typ == "SSN":
                v, unk = to_chars(joined)
                if unk:
                    errs.append("%s: ssn unknown %r" % (where, unk))
                elif part:
                    if not re.fullmatch(r"\d{4}", v):
                        errs.append("%s: ssn last four %s" % (where, v))
                elif not (ssn_ok(v) or ssn_ok(to_chars(joined, o_letter=True)[0])):
                    errs.append("%s: ssn shape %s" % (where, v))
            elif typ == "POSTCODE":
                v, unk = to_chars(joined)
                ctry = [f for f in flags if f in POSTCODE_RE]
                if ctry and not re.fullmatch(POSTCODE_RE[ctry[0]], v):
                    v = to_chars(joined, o_letter=True)[0]
                if unk or len(ctry) != 1:
                    errs.append("%s: postcode unknown %r / country %r" % (where, unk, ctry))
                elif not re.fullmatch(POSTCODE_RE[ctry[0]], v):
                    errs.append("%s: postcode %s not %s shape" % (where, v, ctry[0]))
            elif typ == "EMAIL":
                if len(ss) > 1:
                    pass
                if "@" in joined:
                    if style == "asr" or not re.fullmatch(
                            r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", joined):
                        errs.append("%s: typed e-mail" % where)
                elif not re.search(r"\bat\b.*\bdot\b", joined.lower()):
                    errs.append("%s: spoken e-mail needs at ... dot" % where)
                k = email_key(joined)
                if email_seen.setdefault(k, cid) != cid:
                    errs.append("%s: e-mail reused from %s" % (where, email_seen[k]))
            elif typ == "ADDRESS":
                ws = words_of(joined)
                first = ws[0] if ws else ""
                has_num = bool(re.search(r"\d", joined)) or any(w in NUMBER_START for w in ws)
                if not (re.match(r"\d", joined) or first in NUMBER_START or first in FLAT_WORDS
                        or has_num):
                    errs.append("%s: address does not start with a number/flat/house" % where)
                if not any(w in STREET_WORDS for w in ws):
                    errs.append("%s: address without a street word" % where)
                if not (re.match(r"\d", joined) or first in NUMBER_START or first in FLAT_WORDS):
                    # a house name must come before a numbered street
                    idx = [i for i, w in enumerate(ws) if w in NUMBER_START]
                    nums = re.search(r"\d", joined)
                    if not (idx or nums):
                        errs.append("%s: house name without a numbered street" % where)
                k = street_key(joined)
                if k is None:
                    errs.append("%s: no street name" % where)
                elif street_seen.setdefault(k, cid) != cid:
                    errs.append("%s: street reused from %s" % (where, street_seen[k]))
            elif typ == "NAME":
                for s in ss:
                    if re.search(r"\d", s["text"]):
                        errs.append("%s: digit in name" % where)
                    if set(words_of(s["text"])) & TITLES:
                        errs.append("%s: title in name" % where)
            elif typ == "DOB":
                v = joined.lower()
                if not (re.search(r"\d", v) or set(words_of(v)) & set(MONTH_ALL)
                        or set(words_of(v)) & RUN_WORDS):
                    errs.append("%s: dob without a date" % where)
            elif typ == "ACCOUNT_NUMBER":
                v, unk = to_chars(joined)
                nd = sum(ch.isdigit() for ch in v)
                if nd < 1 or (nd < 3 and len(v) < 5):
                    errs.append("%s: account number too short (%s)" % (where, v))
        # -- look-alikes
        for s in c["keep"]:
            d = re.sub(r"\D", "", to_chars(s["text"])[0])
            where = "%s u%d keep %r" % (cid, s["utterance"], s["text"])
            if 13 <= len(d) <= 19 and luhn_ok(d):
                errs.append("%s: look-alike passes Luhn" % where)
            if len(d) >= 4:
                for p in c["pii"]:
                    if p["utterance"] != s["utterance"]:
                        continue
                    pd = re.sub(r"\D", "", to_chars(p["text"])[0])
                    if len(pd) >= 4 and (pd in d or d in pd):
                        errs.append("%s: holds the digits of pii %r" % (where, p["text"]))
        # -- name words never left unlabelled
        name_words = set()
        for s in c["pii"]:
            if s["type"] == "NAME":
                name_words.update(w for w in words_of(s["text"]) if len(w) >= 2)
        for ui, u in enumerate(utts):
            t = u["text"]
            covered = [(s["start"], s["end"]) for s in c["pii"] if s["utterance"] == ui]
            for m in re.finditer(r"[A-Za-z]+", t):
                w = m.group(0).lower()
                if w in name_words and not any(a <= m.start() < b for a, b in covered):
                    errs.append("%s u%d: name word %r left unlabelled in %r" % (cid, ui, w, t))
        # -- long utterances repeated across cases
        for u in utts:
            norm = " ".join(words_of(u["text"]))
            if len(norm.split()) >= 9:
                first = long_utts.setdefault(norm, cid)
                if first != cid:
                    errs.append("%s: utterance repeated from %s: %r" % (cid, first, u["text"]))


def counts(cases):
    per_type = {t: 0 for t in PII_TYPES}
    per_kind = {k: 0 for k in KEEP_KINDS}
    n_utt = n_nopii = n_asr = 0
    ivr = 0
    for c in cases:
        n_utt += len(c["utterances"])
        if c["style"] == "asr":
            n_asr += len(c["utterances"])
        with_pii = {s["utterance"] for s in c["pii"]}
        n_nopii += sum(1 for i in range(len(c["utterances"])) if i not in with_pii)
        for s in c["pii"]:
            per_type[s["type"]] += 1
        for s in c["keep"]:
            per_kind[s["kind"]] += 1
        if any(u["speaker"] == "ivr" for u in c["utterances"]):
            ivr += 1
    return {"cases": len(cases), "utterances": n_utt, "no_pii_utterances": n_nopii,
            "asr_utterances": n_asr, "asr_share": round(n_asr / max(n_utt, 1), 3),
            "ivr_cases": ivr, "pii": per_type, "keep": per_kind,
            "keep_total": sum(per_kind.values())}


def check_minimums(k, errs):
    for t, n in MINIMUMS.items():
        if k["pii"][t] < n:
            errs.append("minimum: %s %d < %d" % (t, k["pii"][t], n))
    if k["cases"] < MIN_CASES:
        errs.append("minimum: cases %d < %d" % (k["cases"], MIN_CASES))
    if k["utterances"] < MIN_UTTS:
        errs.append("minimum: utterances %d < %d" % (k["utterances"], MIN_UTTS))
    if k["no_pii_utterances"] < MIN_NOPII:
        errs.append("minimum: no-pii utterances %d < %d" % (k["no_pii_utterances"], MIN_NOPII))
    if k["keep_total"] < MIN_KEEPS:
        errs.append("minimum: keep spans %d < %d" % (k["keep_total"], MIN_KEEPS))
    for kind, n in k["keep"].items():
        if n == 0:
            errs.append("minimum: no keep span of kind %s" % kind)
    if k["ivr_cases"] < MIN_IVR:
        errs.append("minimum: IVR cases %d < %d" % (k["ivr_cases"], MIN_IVR))
    if k["asr_share"] < MIN_ASR:
        errs.append("minimum: asr share %.3f < %.2f" % (k["asr_share"], MIN_ASR))


def main(argv):
    check_only = "--check" in argv[1:]
    cases, errs = build()
    validate(cases, errs)
    k = counts(cases)
    check_minimums(k, errs)
    print(json.dumps(k, indent=1))
    if errs:
        for e in errs:
            print("FAIL:", e, file=sys.stderr)
        print("%d check(s) failed; nothing written" % len(errs), file=sys.stderr)
        return 1
    if check_only:
        print("all checks passed (--check: nothing written)")
        return 0
    body = "".join(emit(c) + "\n" for c in cases)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(body)
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
