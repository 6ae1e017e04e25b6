#!/usr/bin/env python3
"""Write data/redaction/dev38.jsonl, a redaction development set (case ids t34-001 ...) of calls
made on someone else's behalf and calls with more than two voices.

Written as the held-out set test34.jsonl, measured once with the thirty-sixth round's code, then
renamed dev38 and tuned on in the thirty-seventh round.

Every conversation below was written by hand for this set, one function per case, each with its
own people, reason for calling, wording and order of events. Every personal value (card numbers,
codes, expiries, SSNs and national ids, phones, dates of birth, house numbers, postcodes, account
and reference numbers) and every reference-like look-alike (prices, receipts, ticket, serial and
tracking numbers, dates, years, doses, lens powers, ages) is drawn from one seeded
random.Random(34) (`R`); only a few fixed public fees and thresholds (a licence fee, "over 60")
and the small numbers of ordinary talk ("three steps", "ten working days", the time of an
appointment, "a fiver") are part of the hand-written wording. No real person's data. The
labeller read only lines 1-335 of data/redaction/README.md and no other file of the repository.

What the set leans on
---------------------
- Calls for someone else: adult children and carers calling for elderly parents, holders of a
  power of attorney, parents and grandparents paying for children and students, a neighbour
  booking for a neighbour, a care-home coordinator booking for two residents, executors and
  bereaved relatives (the deceased's name, date of birth, SSN or NI number, address and account,
  beside the caller's own), a widow's son on speakerphone.
- More than two voices: interpreters ("she says her date of birth is ..."), a relay operator
  reading a deaf caller's words, a wife reading a card from the next room, a father handing the
  phone to his daughter mid-call, a teenager handing over to his mother, a carer taking the
  phone, a solicitor and a discharge coordinator on three-way calls, a second agent conferenced
  in, IVRs followed by an agent (4 IVR cases).
- Both people's data in one call: two names, two dates of birth, two addresses, two phones, a
  card that belongs to someone else.
- Card payments: card numbers in one to five pieces over turns, with fillers, interruptions, a
  wrong block corrected, restarts, blocks repeated on request, cards said again in full, agents'
  read-backs (whole, one block, last four), CVV and expiry asked and said in many ways, cards
  given to a speech IVR, Amex with four-digit codes.
- Industries no earlier set named: funeral directors and probate, pharmacies and repeat
  prescriptions, opticians, dentists, hearing-aid suppliers, stairlifts and mobility scooters,
  care-home fees, travel insurance medical claims, council tax and resident parking permits,
  water, student accommodation deposits, school trips and uniforms, nursery fees, pet insurance,
  gyms, mobile contracts of the deceased, pension death notifications, power-of-attorney
  registrations, taxis and patient transport, TV licences, lotteries and raffles, charity direct
  debits.
- Callers and addresses from the UK, Ireland, the US, Canada and Australia: UK postcodes (real
  outward codes), Eircodes, ZIPs, Canadian postal codes and Australian postcodes, typed, spoken
  letter by letter, glued ("dh1 4pn"), in the phonetic alphabet ("b for bravo", "quebec"), in
  two pieces.
- Names from many languages, spelled surnames, nicknames, and names that are also words (Grace,
  Hope, Will, May, Rose, Bill, Faith, Sunny, Joy, Precious, Patience), said in passing too.
- About two thirds of the utterances in the recogniser's style: lower case, no punctuation,
  numbers as words ("double", "triple", pairs like "forty one") or digits in odd groups, fillers
  inside values, homophones ("for", "won", "ate", "to") inside and around values.
- Look-alikes beside real values: prices, dosages, lens powers, meter readings, item and ticket
  counts, times, dates of death and funerals, durations, percentages, years, ages, rooms and
  wards, model names, flight numbers, receipts, serials, tracking and ticket numbers that fail
  Luhn.

Markup
------
Each case is a function decorated with @case("asr") or @case("transcript") that returns its
lines, one utterance per line: "A: " agent, "C: " customer, "I: " ivr. Inside a line:
- [[TYPE:text]] a pii span of TYPE (one of the README's eleven types) in a group of its own;
- [[TYPE#tag:text]] a piece of a value: all pieces with the same tag in one case share a group;
- a flag after the tag or type: !x marks a piece that is labelled and kept in its value's group
  but left out of the shape check (digits said before a restart, a wrong block the caller then
  corrects, a block repeated on request); !p marks a group that is a part of a value (a card's
  last four or one block read back, a phone's last digits: 3-8 digits for cards, 3-4 for phones);
- ((kind:text)) a keep span of one of the README's eleven kinds.
The script strips the markup, computes every offset from the clean text, numbers groups g1, g2,
... in order of first appearance within the case, and writes case ids t34-001, t34-002, ... in
the order the functions appear.

Labelling choices (where the README leaves room)
------------------------------------------------
- Cards: each piece is its own span in the card's group. Digits said before a restart, a wrong
  block the caller corrects and a block repeated on request stay in the card's group. A card
  said again in full (to an IVR that did not catch it, or as four-digit groups on request),
  every agent read-back (whole, one block, last four) and any last four said by either side is
  a CARD_NUMBER group of its own. Blocks with only spaces or punctuation between them are one
  span (first digit word to the last); any word between blocks ("um", "then", "sorry", "and",
  "hang on") makes them pieces. A lone digit the caller asks about ("is that a three") is left
  unlabelled.
- A spoken separator inside an id ("dash") and "slash" inside an expiry stay inside the span.
  "expires", "valid thru", "good thru", "CVV", "CVC", "security code" and "ending" stay outside.
  An expiry read again after an IVR failure is an EXPIRY of its own.
- The recogniser's homophones inside a value ("five two seven ate", "nine six to oh", "oh three
  six won") are inside the span and count as digits; the same words next to a value or in
  ordinary talk ("i got it here for you", "he ate a sock") are plain words, not keep spans.
- Names: a first name and surname said together are one NAME span; a spelled-out surname ("s a
  n d h u", "O-K-A-F-O-R") is a NAME group of its own; nicknames (Winnie, Peggy, Bart) are
  names; agents', interpreters' and second agents' names are names; titles (Mr, Mrs, Ms,
  mister, doctor) stay outside. Pets' names, business names that hold a surname ("O'Flynn and
  Sons", "Hale and Ostrowski solicitors"), hospitals and places are not names; "mum", "dad",
  "nan", "abuela" are not names. A name inside an e-mail address stays inside the EMAIL span.
- The deceased's data is labelled like anyone's (name, date of birth, SSN, NI number, address,
  phone, accounts). A date of death, a funeral or service date and an appointment are `date`
  keeps, never DOB.
- Speakers: an interpreter, a relay operator, a relative who takes the phone, a solicitor or a
  discharge coordinator on the caller's side are `customer`; a second agent conferenced in by
  the agent is `agent`.
- SSN: US SSNs (full, or the last four said as such: a group of its own), UK National Insurance
  numbers and Irish PPS numbers.
- ACCOUNT_NUMBER: bank account numbers, sort codes and BSBs (each a group apart from the account
  number), IBANs, policy and quote numbers, invoice numbers, NHS numbers, Ontario health-card
  numbers, Medicare numbers, Medicaid ids, Centrelink CRNs, council tax references, resident
  permit numbers, vehicle registrations, TV licence numbers, student, banner and matriculation
  numbers, membership, supporter, patient, player and pension references, probate and LPA
  references, prescription (Rx) numbers.
- `other` keeps: receipt and authorisation codes, ride confirmation and transport booking
  references, interpreters' and relay operators' ids, device serials (hearing aids, stairlifts),
  tracking numbers and a lottery ticket number (all failing Luhn), raffle ticket numbers and
  lottery draw numbers, a Medicare card's reference number, room and ward numbers, ages, school
  years and forms ("Year 8", "8R"), clothing sizes.
- Keep spans cover the number with its unit ("twenty five milligrams", "forty one weeks",
  "A$3,273", "minus two point seven five", "+2.75", "EZY 2092", "Aura 7R") but not "the",
  "on", "about" or the thing counted ("four" items, "two" nights). Dosages, lens powers, meter
  readings and oxygen flow are `quantity`; a year something happened is `year`.
- POSTCODE: ZIPs (a billing ZIP given alone too), UK postcodes, Eircodes, Canadian postal codes
  and Australian postcodes; a postcode said in two pieces is one group. ADDRESS is the street
  line with flat, unit or apartment and the town when it follows in the same breath; a town
  after "in" or after a pause, and counties, states and provinces ("Co. Cork", "QLD", "nova
  scotia", "Florida") are outside both spans.
- PHONE: only fictional ranges: UK 07700 900xxx, 020 7946 0xxx, 0161/0113/0117 496 0xxx; US and
  Canadian numbers with 555-01xx after a real area code; Australian numbers in the 5550 xxxx
  block after 02, 03, 07 or 08 (the block Australia's regulator keeps for fiction). No Irish
  phone numbers are used. A phone's last digits read back by an agent are a PHONE group of its
  own. An e-mail address of a company (memberships@...) is not personal and is left unlabelled.

Validator
---------
The script builds every case and fails (exit status 1, nothing written) if any check fails:
markup well formed (known types, kinds and flags, nothing left over, no nesting); offsets match
the clean text; spans non-empty, without outer spaces or punctuation (a currency sign or a lens
power's sign may open a keep, "a.m."/"p.m." may end one), not starting or ending inside a word;
no two spans (pii or keep) overlap; two pieces of one group in one utterance have a word between
them; asr utterances are lower case without sentence punctuation or "@"; card groups (spoken
digits turned into digits, "double"/"triple", pairs, "hundred" and homophones handled) are 15 or
16 digits with a real prefix (Visa 4, Mastercard 51-55 or 2221-2720, Amex 34/37 with 15 digits,
Discover 6011/65) and pass Luhn, except !p groups (3-8 digits) and !x pieces (left out); CVV 3-4
digits; EXPIRY has a month name or a valid month; SSN groups are a US SSN (area 001-665, group
01-99, serial 0001-9999), a last four, an NI number or a PPS number; phones are in the
fictional ranges above; postcodes have the shape of a UK postcode, Eircode, ZIP, Canadian or
Australian postcode; e-mails are typed addresses or "... at ... dot ..."; ADDRESS starts with a
number, a flat/unit word or a house name before a numbered street and has a street word; NAME
has no digits or titles; ACCOUNT_NUMBER holds a digit; every group has one type; no digit
outside a span and no run of four or more digit words outside a span; a look-alike of 13-19
digits fails Luhn and no look-alike holds the digits of a pii span of its utterance; a name word
labelled in a case is never left unlabelled elsewhere in that case; no street and no e-mail is
reused across cases; no utterance of nine words or more (span contents masked) is repeated
across cases; and the minimum counts: CARD_NUMBER 60, CVV 30, EXPIRY 30, SSN 10, PHONE 35,
EMAIL 25, DOB 20, ADDRESS 35, POSTCODE 35, ACCOUNT_NUMBER 45, NAME 200 spans; at least 80
cases, 1,000 utterances, 400 utterances without pii, 280 keep spans covering all eleven kinds,
3 IVR cases and 60% of utterances in asr style.

Run
---
    python3 data/redaction/make_dev38.py           # validate, print the counts, write dev38.jsonl
    python3 data/redaction/make_dev38.py --check   # validate and print the counts, write nothing

Standard library only (Python 3.11); deterministic: the same file on every run.
"""

import json
import random
import re
import sys
from pathlib import Path

R = random.Random(34)
OUT = Path(__file__).resolve().parent / "dev38.jsonl"

PII_TYPES = {"CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"}
KEEP_KINDS = {"quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"}
MINIMUMS = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35, "EMAIL": 25,
            "DOB": 20, "ADDRESS": 35, "POSTCODE": 35, "ACCOUNT_NUMBER": 45, "NAME": 200}
MIN_CASES, MIN_UTTS, MIN_PLAIN_UTTS, MIN_KEEPS, MIN_IVR_CASES, MIN_ASR_SHARE = 80, 1000, 400, 280, 3, 0.60

# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
              "dec"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
        "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
ZERO_WORDS = {"zero": "0", "oh": "0", "nought": "0"}
HOMOPHONES = {"won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"}
DIGIT_WORDS = set(UNITS) | set(TEENS) | set(TENS[2:]) | {"oh", "nought", "double", "triple",
                                                         "hundred", "thousand"}


def ordw(n):
    """ordinal in words: 23 -> twenty third"""
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def ordt(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def nw(n):
    """cardinal in words, British 'and': 249 -> two hundred and forty nine"""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + nw(rest))
    if n < 100000:
        rest = n % 1000
        head = nw(n // 1000) + " thousand"
        if rest == 0:
            return head
        if rest < 100:
            return head + " and " + nw(rest)
        return head + " " + nw(rest)
    raise ValueError(n)


def nw_us(n):
    return nw(n).replace(" and ", " ")


def yw(y):
    """year in words: 1952 -> nineteen fifty two, 2005 -> two thousand and five"""
    hi, lo = divmod(y, 100)
    if y >= 2000 and lo < 10:
        return "two thousand" + ("" if lo == 0 else " and " + UNITS[lo])
    head = nw(hi)
    if lo == 0:
        return head + " hundred"
    if lo < 10:
        return head + " oh " + UNITS[lo]
    return head + " " + nw(lo)


# ---------------------------------------------------------------------------
# seeded values (every number comes from R)
# ---------------------------------------------------------------------------
def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(kind="visa"):
    if kind == "visa":
        pre, n = "4", 16
    elif kind == "mc":
        pre, n = str(R.randint(51, 55)), 16
    elif kind == "mc2":
        pre, n = str(R.randint(2221, 2720)), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = R.choice(["6011", "65"]), 16
    else:
        raise ValueError(kind)
    return luhn_complete(pre + digits(n - 1 - len(pre)))


def not_luhn(n, first_nonzero=True):
    s = digits(n, first_nonzero)
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def cvv(n=3):
    while True:
        v = digits(n, first_nonzero=R.random() < 0.7)
        if v.strip("0"):
            return v


def expiry(expired=False):
    m = R.randint(1, 12)
    y = R.randint(2022, 2024) if expired else R.randint(2027, 2032)
    return m, y


def dob(lo=1941, hi=2005):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def day():
    return R.randint(1, 28), R.randint(1, 12)


def hn(lo=1, hi=240):
    return R.randint(lo, hi)


def money(lo, hi, cents=True):
    whole = R.randint(lo, hi)
    c = R.choice([0, 0, 50, 99, 25, 75, 40, 15]) if cents else 0
    return whole, c


def uk_mob():
    return "07700900" + digits(3)


def uk_ldn():
    return "02079460" + digits(3)


def uk_city():
    return "0" + R.choice(["161", "113", "117"]) + "4960" + digits(3)


def us_ph(area):
    return area + "55501" + digits(2)


def au_ph():
    return "0" + R.choice("2378") + "5550" + digits(4)


def ssn_us():
    area = R.randint(1, 665)
    return f"{area:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        pre = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return pre + digits(6) + R.choice("ABCD")


def pps():
    return digits(7) + R.choice("ABCDEFGHJKLMNPRSTVW") + R.choice(["", "A", "W"])


INWARD = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "0123456789ACDEFHKNPRTVWXY"
CA_L = "ABCEGHJKLMNPRSTVWXYZ"


def pc_uk(outward):
    return f"{outward} {R.randint(0, 9)}{R.choice(INWARD)}{R.choice(INWARD)}"


def eircode(key):
    return f"{key} " + "".join(R.choice(EIR) for _ in range(7 - len(key)))


def pc_ca(fsa):
    return f"{fsa} {R.randint(0, 9)}{R.choice(CA_L)}{R.randint(0, 9)}"


def zipc(prefix):
    return prefix + digits(5 - len(prefix))


def au_pc(first):
    return first + digits(4 - len(first))


# ---------------------------------------------------------------------------
# rendering in the recogniser's style
# ---------------------------------------------------------------------------
def sp(s, zero=None):
    """digit by digit: 4071 -> four oh seven one"""
    z = zero or R.choice(["oh", "zero"])
    return " ".join(z if c == "0" else UNITS[int(c)] for c in s if c.isdigit())


def sm(s, pairs=0.35, dbl=0.7, zero=None):
    """mixed: pairs ('forty one'), doubles and triples; never a bare tens word at the end."""
    s = "".join(c for c in s if c.isdigit())
    z = zero or R.choice(["oh", "zero"])

    def u(c):
        return z if c == "0" else UNITS[int(c)]

    out, i = [], 0
    while i < len(s):
        c = s[i]
        if i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < dbl:
            out.append("triple " + u(c))
            i += 3
            continue
        if i + 1 < len(s) and s[i + 1] == c and R.random() < dbl:
            out.append("double " + u(c))
            i += 2
            continue
        if i + 1 < len(s) and c != "0" and R.random() < pairs:
            p = int(s[i:i + 2])
            if p < 20:
                out.append(TEENS[p - 10])
                i += 2
                continue
            if p % 10 != 0:
                out.append(TENS[p // 10] + " " + UNITS[p % 10])
                i += 2
                continue
            if i + 2 < len(s) and s[i + 2] == "0":
                out.append(TENS[p // 10])
                i += 2
                continue
        out.append(u(c))
        i += 1
    return " ".join(out)


def so(s, sizes):
    """digits in odd groups: so('4620430601824056', [4, 2, 6, 4]) -> '4620 43 060182 4056'"""
    s = "".join(c for c in s if c.isdigit())
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return " ".join(out)


def cut(s, sizes):
    s = "".join(c for c in s if c.isdigit())
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return out


def tcard(c):
    """transcript grouping: 4-4-4-4 or Amex 4-6-5"""
    if len(c) == 15:
        return f"{c[:4]} {c[4:10]} {c[10:]}"
    return " ".join(c[i:i + 4] for i in range(0, 16, 4))


def tph(p):
    """transcript phone"""
    if p.startswith("07700"):
        return f"{p[:5]} {p[5:]}"
    if p.startswith("020"):
        return f"{p[:3]} {p[3:7]} {p[7:]}"
    if p.startswith("01"):
        return f"{p[:4]} {p[4:7]} {p[7:]}"
    if len(p) == 10 and p[0] == "0":
        return f"{p[:2]} {p[2:6]} {p[6:]}"
    return f"{p[:3]}-{p[3:6]}-{p[6:]}"


def aph(p, style="m"):
    """asr phone, said in its usual blocks"""
    if p.startswith("07700"):
        parts = [p[:5], p[5:8], p[8:]]
    elif p.startswith("020"):
        parts = [p[:3], p[3:7], p[7:]]
    elif p.startswith("01"):
        parts = [p[:4], p[4:7], p[7:]]
    elif len(p) == 10 and p[0] == "0":
        parts = [p[:2], p[2:6], p[6:]]
    else:
        parts = [p[:3], p[3:6], p[6:]]
    if style == "m":
        return " ".join(sm(x, pairs=0.2) for x in parts)
    return " ".join(sp(x) for x in parts)


def texp(m, y, form=None):
    form = form or R.choice(["a", "b", "c"])
    if form == "a":
        return f"{m:02d}/{y % 100:02d}"
    if form == "b":
        return f"{m:02d}/{y}"
    return f"{MONTHS[m - 1].capitalize()} {y}"


def aexp(m, y, form=None):
    form = form or R.choice(["a", "b", "c", "d"])
    yy = y % 100
    if form == "a":  # oh nine twenty eight
        mm = ("oh " + UNITS[m]) if m < 10 else nw(m)
        return f"{mm} {nw(yy)}"
    if form == "b":  # march twenty twenty nine
        return f"{MONTHS[m - 1]} {yw(y)}"
    if form == "c":  # zero three slash two eight
        return f"{sp(f'{m:02d}')} slash {sp(f'{yy:02d}')}"
    return f"{nw(m)} {nw(yy)}"  # nine twenty eight


def tdob(y, m, d, form=None):
    form = form or R.choice(["uk", "long", "us"])
    if form == "uk":
        return f"{d:02d}/{m:02d}/{y}"
    if form == "usnum":
        return f"{m:02d}/{d:02d}/{y}"
    if form == "long":
        return f"{d} {MONTHS[m - 1].capitalize()} {y}"
    return f"{MONTHS[m - 1].capitalize()} {d}, {y}"


def adob(y, m, d, form=None):
    form = form or R.choice(["a", "b", "c", "d"])
    if form == "a":
        return f"{ordw(d)} of {MONTHS[m - 1]} {yw(y)}"
    if form == "b":
        return f"{MONTHS[m - 1]} {ordw(d)} {yw(y)}"
    if form == "c":
        return f"{MONTHS[m - 1]} {nw(d)} {yw(y)}"
    return f"{sp(f'{d:02d}')} {sp(f'{m:02d}')} {nw(y % 100) if y % 100 >= 10 else 'oh ' + UNITS[y % 100]}"


def tday(d, m):
    return f"{d} {MONTHS[m - 1].capitalize()}"


def aday(d, m):
    return f"{ordw(d)} of {MONTHS[m - 1]}"


def gbp(w, c):
    return f"£{w:,}" + (f".{c:02d}" if c else "")


def usd(w, c):
    return f"${w:,}" + (f".{c:02d}" if c else "")


def apounds(w, c, unit="pounds", sub="p"):
    s = f"{nw(w)} {unit}"
    if c:
        s += f" {nw(c)}" + (f" {sub}" if sub == "p" and R.random() < 0.3 else "")
    return s


def adollars(w, c, unit="dollars"):
    s = f"{nw_us(w)} {unit}"
    if c:
        s += f" and {nw(c)} cents" if R.random() < 0.5 else f" {nw(c)}"
    return s


def ahn(n):
    """house number as said: 14 -> fourteen, 123 -> one two three / one twenty three"""
    if n < 100:
        return nw(n)
    if n >= 1000:
        hi, lo = divmod(n, 100)
        if lo == 0:
            return nw(hi) + " hundred"
        return f"{nw(hi)} {nw(lo)}" if lo >= 10 else f"{nw(hi)} oh {UNITS[lo]}"
    if n % 100 < 10:
        return f"{UNITS[n // 100]} oh {UNITS[n % 10]}" if n % 100 else nw(n)
    return f"{UNITS[n // 100]} {nw(n % 100)}"


def hom(said, n=1):
    """the recogniser's homophones inside a spoken number: four -> for, one -> won, eight -> ate, two -> to"""
    sub = {"four": "for", "one": "won", "eight": "ate", "two": "to"}
    toks = said.split()
    idx = [i for i in range(1, len(toks)) if toks[i] in sub
           and toks[i - 1] not in TENS and toks[i - 1] not in ("double", "triple")]
    for i in R.sample(idx, min(n, len(idx))):
        toks[i] = sub[toks[i]]
    return " ".join(toks)


def pc_nato(pc, mode="for"):
    """postcode with letters in the phonetic alphabet: 'b for bravo s for sierra seven' or 'bravo sierra seven'"""
    words = {v: k for k, v in NATO.items() if k not in ("alfa", "juliett", "whisky")}
    out = []
    for ch in pc.lower():
        if ch == " ":
            continue
        if ch.isdigit():
            out.append(UNITS[int(ch)])
        elif mode == "for":
            out.append(f"{ch} for {words[ch]}")
        else:
            out.append(words[ch])
    return " ".join(out)


def spell(word):
    return " ".join(word.lower())


def pc_say(pc, style="letters"):
    """asr postcode: 'ls6 2qt' or letters and digit words"""
    pc = pc.lower()
    if style == "glued":
        return pc
    out = []
    for ch in pc:
        if ch == " ":
            continue
        out.append(ch if ch.isalpha() else UNITS[int(ch)])
    return " ".join(out)


# ---------------------------------------------------------------------------
# markup parsing
# ---------------------------------------------------------------------------
SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}
MARK = re.compile(r"\[\[([A-Z_]+)(?:#([A-Za-z0-9_]+))?(?:!([a-z]+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
CASES = []


def case(style):
    assert style in ("asr", "transcript")

    def deco(fn):
        CASES.append((fn.__name__, style, fn))
        return fn
    return deco


class Bad(Exception):
    pass


def parse_line(raw, where):
    """strip markup from one line; returns clean text and spans"""
    clean, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        clean.append(before)
        length += len(before)
        if m.group(1) is not None:
            typ, tag, flags, txt = m.group(1), m.group(2), m.group(3) or "", m.group(4)
            if typ not in PII_TYPES:
                raise Bad(f"{where}: unknown pii type {typ}")
            if set(flags) - {"x", "p"}:
                raise Bad(f"{where}: unknown flag {flags}")
            spans.append({"pii": True, "type": typ, "tag": tag, "flags": flags,
                          "start": length, "end": length + len(txt), "text": txt})
        else:
            kind, txt = m.group(5), m.group(6)
            if kind not in KEEP_KINDS:
                raise Bad(f"{where}: unknown keep kind {kind}")
            spans.append({"pii": False, "kind": kind, "start": length, "end": length + len(txt),
                          "text": txt})
        clean.append(txt)
        length += len(txt)
        pos = m.end()
    clean.append(raw[pos:])
    text = "".join(clean)
    for junk in ("[[", "]]", "((", "))"):
        if junk in text:
            raise Bad(f"{where}: markup left over: {text!r}")
    for s in spans:
        if "[" in s["text"] or "(" in s["text"] or "]" in s["text"]:
            raise Bad(f"{where}: nested markup in span {s['text']!r}")
    return text, spans


def build_case(idx, name, style, fn):
    cid = f"t34-{idx:03d}"
    body = fn()
    utts, spans = [], []
    for line in body.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        m = re.match(r"^([ACI]):\s(.*)$", line)
        if not m:
            raise Bad(f"{cid} ({name}): bad line {line!r}")
        text, sps = parse_line(m.group(2).strip(), f"{cid} ({name})")
        for s in sps:
            s["utterance"] = len(utts)
        utts.append({"speaker": SPEAKERS[m.group(1)], "text": text})
        spans.extend(sps)
    return {"cid": cid, "name": name, "style": style, "utts": utts, "spans": spans}


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "sir", "madam", "doctor", "prof",
          "professor", "father", "sister", "pastor", "reverend", "rev", "lady", "lord", "mx"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
                "crescent", "way", "place", "court", "terrace", "grove", "gardens", "parade",
                "row", "boulevard", "blvd", "hill", "park", "square", "walk", "mews", "view",
                "rise", "green", "highway", "parkway", "circle", "trail", "quay", "wynd", "brae",
                "loop", "heights", "crossing", "esplanade", "hollow", "meadows", "chase", "vale",
                "pike", "path", "heol", "ffordd", "stryd", "bothar", "lawn", "lawns", "downs",
                "glen", "wood", "hts", "cres", "pde", "hwy", "broadway", "cottages", "yard"}
FLAT_WORDS = {"flat", "apartment", "apt", "unit", "suite", "apartments", "house", "block"}
ASR_BAD = set(".,?!;:\"@")


def norm_tokens(text):
    return re.findall(r"[a-z]+|\d+", text.lower())


def spoken_to_chars(text, letters=False, lenient=False):
    """spoken or typed value -> its digits (and letters where letters=True)"""
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if letters and len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            out.append(t)
            i += 3 if nxt == "for" else 4
            continue
        if t in ("double", "triple"):
            n = 2 if t == "double" else 3
            if nxt is None:
                raise Bad("double at end")
            if nxt in UNITS or nxt in ZERO_WORDS or nxt in HOMOPHONES:
                v = UNITS.index(nxt) if nxt in UNITS else None
                d = str(v) if v is not None else ZERO_WORDS.get(nxt) or HOMOPHONES.get(nxt)
            elif letters and (len(nxt) == 1 or nxt in NATO):
                d = nxt if len(nxt) == 1 else NATO[nxt]
            else:
                raise Bad(f"double {nxt}")
            out.append(d * n)
            i += 2
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in TENS[2:]:
            tv = TENS.index(t)
            if nxt in UNITS[1:]:
                out.append(f"{tv}{UNITS.index(nxt)}")
                i += 2
            else:
                out.append(f"{tv}0")
                i += 1
            continue
        if t in UNITS:
            out.append(str(UNITS.index(t)))
            i += 1
            continue
        if t in ZERO_WORDS:
            out.append("0")
            i += 1
            continue
        if t == "hundred":
            out.append("00")
            i += 1
            continue
        if t == "thousand":
            out.append("000")
            i += 1
            continue
        if t in HOMOPHONES and not letters:
            out.append(HOMOPHONES[t])
            i += 1
            continue
        if letters and len(t) == 1:
            out.append(t)
            i += 1
            continue
        if letters and t in NATO:
            out.append(NATO[t])
            i += 1
            continue
        if letters and len(t) <= 4 and t not in ("and", "the", "for", "as", "in", "then", "that"):
            out.append(t)
            i += 1
            continue
        if t in ("slash", "dash", "hyphen", "space"):
            i += 1
            continue
        if lenient:
            i += 1
            continue
        raise Bad(f"unknown token {t!r} in {text!r}")
    return "".join(out)


def lenient_digits(text):
    try:
        return "".join(c for c in spoken_to_chars(text, lenient=True) if c.isdigit())
    except Bad:
        return "".join(c for c in text if c.isdigit())


def card_prefix_ok(d):
    if len(d) == 15:
        return d[:2] in ("34", "37")
    if len(d) != 16:
        return False
    if d[0] == "4":
        return True
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return True
    return d.startswith("6011") or d.startswith("65")


PHONE_RES = [re.compile(p) for p in (r"07700900\d{3}$", r"02079460\d{3}$", r"0(?:161|113|117)4960\d{3}$",
                                     r"[2-9]\d\d55501\d\d$", r"0[2378]5550\d{4}$")]
PC_RES = {"uk": re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$"),
          "eircode": re.compile(r"^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}$"),
          "zip": re.compile(r"^\d{5}(?:\d{4})?$"),
          "ca": re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d$"),
          "au": re.compile(r"^\d{4}$")}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
PPS_RE = re.compile(r"^\d{7}[A-W][A-IW]?$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


def check_value(typ, text, style):
    """checks on a single span's text (shape checks that need the whole group are elsewhere)"""
    low = text.lower()
    toks = norm_tokens(text)
    if typ == "NAME":
        if any(c.isdigit() for c in text):
            raise Bad(f"digit in name {text!r}")
        if toks and toks[0] in TITLES:
            raise Bad(f"title inside name {text!r}")
        for w in text.split():
            if not re.match(r"^(?:[^\W\d_]|['’\-])+$", w):
                raise Bad(f"odd name word {w!r}")
    elif typ == "EMAIL":
        if "@" in text:
            if style == "asr":
                raise Bad(f"@ in asr {text!r}")
            if not EMAIL_RE.match(text):
                raise Bad(f"bad typed email {text!r}")
        else:
            if "at" not in toks or "dot" not in toks[toks.index("at"):]:
                raise Bad(f"bad spoken email {text!r}")
    elif typ == "ADDRESS":
        first = toks[0]
        numeric = lambda t: t.isdigit() or t in DIGIT_WORDS or re.match(r"^\d+[a-z]$", t)  # noqa: E731
        if not (numeric(first) or first in FLAT_WORDS or any(numeric(t) for t in toks[1:])):
            raise Bad(f"address does not start with a number/flat word/house name {text!r}")
        if not any(t in STREET_WORDS for t in toks):
            raise Bad(f"address without a street word {text!r}")
    elif typ == "DOB":
        if not (any(c.isdigit() for c in text) or any(t in MONTHS or t in DIGIT_WORDS or t in ORD.values() for t in toks)):
            raise Bad(f"odd dob {text!r}")
    elif typ == "ACCOUNT_NUMBER":
        ch = spoken_to_chars(text, letters=True, lenient=True)
        if not any(c.isdigit() for c in ch):
            raise Bad(f"account number without digits {text!r}")
    elif typ == "EXPIRY":
        if any(t in MONTHS or t in MONTH_ABBR for t in toks):
            return
        d = spoken_to_chars(text)
        if len(d) == 3:
            mm = int(d[0])
        elif len(d) in (4, 6):
            mm = int(d[:2])
        else:
            raise Bad(f"odd expiry {text!r} -> {d}")
        if not 1 <= mm <= 12:
            raise Bad(f"expiry month {text!r}")
    elif typ in ("CARD_NUMBER", "CVV", "PHONE"):
        d = spoken_to_chars(text)
        if not d.isdigit():
            raise Bad(f"non-digit in {typ} {text!r}")
        if typ == "CVV" and not 3 <= len(d) <= 4:
            raise Bad(f"cvv length {text!r}")


def check_group(typ, pieces, flags):
    """pieces: span texts in the group not flagged x"""
    if typ == "CARD_NUMBER":
        d = "".join(spoken_to_chars(p) for p in pieces)
        if "p" in flags:
            if not 3 <= len(d) <= 8:
                raise Bad(f"card block/last four of {len(d)} digits: {d}")
        elif not (card_prefix_ok(d) and luhn_ok(d)):
            raise Bad(f"card group fails prefix/length/Luhn: {d} from {pieces}")
    elif typ == "PHONE":
        d = "".join(spoken_to_chars(p) for p in pieces)
        if "p" in flags:
            if not 3 <= len(d) <= 4:
                raise Bad(f"phone last digits {d}")
            return
        if d.startswith("44") and len(d) == 12:
            d = "0" + d[2:]
        if d.startswith("1") and len(d) == 11:
            d = d[1:]
        if not 10 <= len(d) <= 12 or not any(r.match(d) for r in PHONE_RES):
            raise Bad(f"phone not in a fictional range: {d} from {pieces}")
    elif typ == "SSN":
        v = "".join(spoken_to_chars(p, letters=True) for p in pieces).upper()
        if re.fullmatch(r"\d{9}", v):
            a, g, s = int(v[:3]), int(v[3:5]), int(v[5:])
            if not (1 <= a <= 665 and 1 <= g <= 99 and 1 <= s <= 9999):
                raise Bad(f"bad US SSN {v}")
        elif re.fullmatch(r"\d{4}", v):
            pass
        elif NI_RE.match(v):
            if v[:2] in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                raise Bad(f"bad NI prefix {v}")
        elif PPS_RE.match(v):
            pass
        else:
            raise Bad(f"SSN of no known shape: {v} from {pieces}")
    elif typ == "POSTCODE":
        v = "".join(spoken_to_chars(p, letters=True) for p in pieces).upper()
        if not any(r.match(v) for r in PC_RES.values()):
            raise Bad(f"postcode of no known shape: {v} from {pieces}")
    elif typ == "CVV":
        d = "".join(spoken_to_chars(p) for p in pieces)
        if not 3 <= len(d) <= 4:
            raise Bad(f"cvv group {d}")


def edge_ok(text, s):
    st, en, t = s["start"], s["end"], s["text"]
    if en <= st or text[st:en] != t:
        raise Bad(f"offset mismatch {t!r}")
    if t != t.strip():
        raise Bad(f"span with outer space {t!r}")
    if not (t[0].isalnum() or t[0] in "£$€" or (not s["pii"] and t[0] in "+-" and t[1:2].isdigit())):
        raise Bad(f"span starts with punctuation {t!r}")
    if not (t[-1].isalnum() or t[-1] == "%" or (t.endswith(("a.m.", "p.m.")))):
        raise Bad(f"span ends with punctuation {t!r}")
    if st > 0 and text[st - 1].isalnum():
        raise Bad(f"span starts inside a word {t!r} in {text!r}")
    if en < len(text) and text[en].isalnum():
        raise Bad(f"span ends inside a word {t!r} in {text!r}")


def street_key(text):
    toks = norm_tokens(text)
    for k, t in enumerate(toks):
        if t in STREET_WORDS and k > 0:
            words = [w for w in toks[max(0, k - 3):k] if not (w.isdigit() or w in DIGIT_WORDS or w in FLAT_WORDS or re.match(r"^\d+[a-z]$", w))]
            return " ".join(words[-2:] + [t])
    return " ".join(toks)


def email_key(text):
    t = text.lower()
    if "@" not in t:
        t = re.sub(r"\bat\b", "@", t)
        t = re.sub(r"\bdot\b", ".", t)
        t = re.sub(r"\bunderscore\b", "_", t)
        t = re.sub(r"\b(dash|hyphen)\b", "-", t)
    return re.sub(r"\s+", "", t)


def validate(cases):
    errors = []
    seen_utts, seen_streets, seen_emails = {}, {}, {}
    for c in cases:
        cid = f"{c['cid']} ({c['name']})"
        try:
            utts, spans, style = c["utts"], c["spans"], c["style"]
            # per-utterance checks
            for ui, u in enumerate(utts):
                text = u["text"]
                us = sorted([s for s in spans if s["utterance"] == ui], key=lambda s: s["start"])
                if not text.strip():
                    raise Bad(f"empty utterance {ui}")
                if style == "asr":
                    if text != text.lower():
                        raise Bad(f"upper case in asr utterance {ui}: {text!r}")
                    bad = [ch for ch in text if ch in ASR_BAD]
                    if bad:
                        raise Bad(f"punctuation {bad} in asr utterance {ui}: {text!r}")
                for s in us:
                    edge_ok(text, s)
                for a, b in zip(us, us[1:]):
                    if b["start"] < a["end"]:
                        raise Bad(f"overlapping spans {a['text']!r} / {b['text']!r}")
                for a, b in zip(us, us[1:]):
                    if a["pii"] and b["pii"] and a["tag"] and a["tag"] == b["tag"] and not re.search(r"[A-Za-z]", text[a["end"]:b["start"]]):
                        raise Bad(f"pieces of one group with no word between: {a['text']!r} / {b['text']!r}")
                covered = [False] * len(text)
                for s in us:
                    for k in range(s["start"], s["end"]):
                        covered[k] = True
                for k, ch in enumerate(text):
                    if ch.isdigit() and not covered[k]:
                        raise Bad(f"digit outside a span in utterance {ui}: {text!r}")
                run = []
                for m in re.finditer(r"[a-z]+", text.lower()):
                    if m.group() in DIGIT_WORDS and not covered[m.start()]:
                        run.append(m.group())
                        if len(run) >= 4:
                            raise Bad(f"run of digit words outside spans in utterance {ui}: {text!r}")
                    else:
                        run = []
                # look-alikes
                for s in us:
                    if s["pii"]:
                        check_value(s["type"], s["text"], style)
                        continue
                    kd = lenient_digits(s["text"])
                    if 13 <= len(kd) <= 19 and luhn_ok(kd):
                        raise Bad(f"look-alike passes Luhn {s['text']!r}")
                    if len(kd) >= 4:
                        for p in us:
                            if p["pii"]:
                                pd = lenient_digits(p["text"])
                                if len(pd) >= 4 and (pd in kd or kd in pd):
                                    raise Bad(f"look-alike {s['text']!r} holds pii digits {p['text']!r}")
                # repeated long utterances across cases
                masked, last = [], 0
                for s in us:
                    masked.append(text[last:s["start"]])
                    masked.append(" X ")
                    last = s["end"]
                masked.append(text[last:])
                key = " ".join(re.findall(r"[a-z0-9']+", "".join(masked).lower()))
                if len(key.split()) >= 9:
                    if key in seen_utts and seen_utts[key] != c["cid"]:
                        raise Bad(f"utterance repeated from {seen_utts[key]}: {text!r}")
                    seen_utts[key] = c["cid"]
            # groups
            groups, order = {}, []
            for s in sorted([s for s in spans if s["pii"]], key=lambda s: (s["utterance"], s["start"])):
                key = s["tag"] if s["tag"] else f"__{id(s)}"
                if key not in groups:
                    groups[key] = []
                    order.append(key)
                groups[key].append(s)
            for key in order:
                g = groups[key]
                types = {s["type"] for s in g}
                if len(types) != 1:
                    raise Bad(f"group {key} mixes types {types}")
                typ = types.pop()
                flags = "".join(s["flags"] for s in g)
                pieces = [s["text"] for s in g if "x" not in s["flags"]]
                if not pieces:
                    raise Bad(f"group {key} has only excluded pieces")
                if "x" in flags and typ not in ("CARD_NUMBER", "PHONE", "SSN", "ACCOUNT_NUMBER", "POSTCODE"):
                    raise Bad(f"x flag on {typ}")
                check_group(typ, pieces, flags)
            # name words never left unlabelled
            name_words = set()
            for s in spans:
                if s["pii"] and s["type"] == "NAME":
                    for w in re.findall(r"[a-z']+", s["text"].lower()):
                        if len(w) >= 3:
                            name_words.add(w)
            for ui, u in enumerate(utts):
                cov = [False] * len(u["text"])
                for s in spans:
                    if s["utterance"] == ui:
                        for k in range(s["start"], s["end"]):
                            cov[k] = True
                for m in re.finditer(r"[A-Za-z'’]+", u["text"]):
                    w = m.group().lower().replace("’", "'")
                    for cand in {w, w[:-2] if w.endswith("'s") else w}:
                        if cand in name_words and not cov[m.start()]:
                            raise Bad(f"name word {cand!r} unlabelled in utterance {ui}: {u['text']!r}")
            # streets and e-mails not reused across cases
            for s in spans:
                if s["pii"] and s["type"] == "ADDRESS":
                    k = street_key(s["text"])
                    if k in seen_streets and seen_streets[k] != c["cid"]:
                        raise Bad(f"street {k!r} reused from {seen_streets[k]}")
                    seen_streets[k] = c["cid"]
                if s["pii"] and s["type"] == "EMAIL":
                    k = email_key(s["text"])
                    if k in seen_emails and seen_emails[k] != c["cid"]:
                        raise Bad(f"e-mail {k!r} reused from {seen_emails[k]}")
                    seen_emails[k] = c["cid"]
        except Bad as e:
            errors.append(f"{cid}: {e}")
    return errors


# ---------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------
# === CASES BEGIN ===

@case("asr")
def funeral_deposit_daughter():
    c = card("visa")
    p1, p2, p3, p4 = cut(c, [4, 4, 4, 4])
    m, y = expiry()
    cv = cvv()
    dep = money(350, 600, cents=False)
    rc = digits(6)
    fd = R.randint(14, 27)
    return f"""
A: good morning ashdown and pryce funeral care you're through to [[NAME:caroline]]
C: hi [[NAME:caroline]] um it's [[NAME:nadia kowalczyk]] i came in on monday about my dad
A: oh yes of course i'm so sorry again we've got everything ready for mister [[NAME:tadeusz kowalczyk]]
C: thank you it still doesn't feel real to be honest
A: no it never does take your time there's no rush at all
C: the letter you gave me says there's a deposit before you can confirm the crem
A: that's right it's ((price:{apounds(*dep)})) today and the balance is due ((duration:twenty eight days)) after the service
C: and the service is still the ((date:{ordw(fd)})) isn't it
A: the ((date:{ordw(fd)})) at ((time:half past eleven)) yes with the cars leaving the house at ((time:eleven))
C: okay lovely um can i do the deposit on my card now
A: you can go ahead with the long number when you're ready
C: okay it's [[CARD_NUMBER#c:{sp(p1)} {sm(p2)}]] uh
A: mm-hmm
C: [[CARD_NUMBER#c:{hom(sm(p3))}]] sorry i've left my reading glasses in the car [[CARD_NUMBER#c:{sp(p4)}]]
A: that's fine so a visa ending [[CARD_NUMBER!p:{sp(p4)}]]
C: yes
A: and the expiry date please
C: [[EXPIRY:{aexp(m, y)}]]
A: and the security number on the back just the last three
C: [[CVV:{sp(cv)}]]
A: thank you [[NAME:nadia]] that's been accepted the receipt number is ((other:{sp(rc)})) and i'll post the confirmation out
C: thanks and sorry i was a bit all over the place
A: you weren't at all we'll speak again before the service about the flowers
"""


@case("transcript")
def pharmacy_repeat_for_mother():
    y, mo, d = dob(1931, 1944)
    nhs = digits(10, True)
    h = hn(2, 90)
    pc = pc_uk("LS6")
    ph = uk_mob()
    dd, dm = day()
    return f"""
A: Good afternoon, Moorside Pharmacy, [[NAME:Priya]] speaking.
C: Hello, I'm ringing on behalf of my mother. She's housebound and I sort out her repeat prescriptions.
A: No problem at all. Can I take the patient's name first?
C: It's [[NAME:Winifred Ashworth]]. [[NAME:Winnie]], everyone calls her.
A: And her date of birth?
C: [[DOB:{tdob(y, mo, d, 'uk')}]].
A: Thank you. And the address we'd be delivering to?
C: [[ADDRESS:{h} Thornfield Lane, Leeds]], [[POSTCODE:{pc}]].
A: Lovely, that matches. Do you have her NHS number handy? It's on the right-hand side of the repeat slip.
C: Yes, it's [[ACCOUNT_NUMBER:{nhs[:3]} {nhs[3:6]} {nhs[6:]}]].
A: Thanks. Which items does she need this month?
C: The slip has ((count:4)) ticked. The amlodipine ((quantity:{R.choice([5, 10])} mg)), the omeprazole ((quantity:{R.choice([20, 40])} mg)), the ((quantity:{R.choice([30, 50, 100])} g)) tube of cream, and the lactulose.
A: I can see all ((count:4)). The cream was only issued on ((date:{tday(dd, dm)})), though, so the surgery might query that one.
C: She goes through it quickly. The district nurse puts it on twice a day.
A: I'll add a note for the GP. It usually takes ((duration:48 hours)) for them to sign things off.
C: And you'll still deliver them?
A: Yes, our driver does her road on Thursdays, between ((time:10 am)) and ((time:2 pm)).
C: Could the driver ring me rather than her? She doesn't hear the phone.
A: Of course. What's the best number?
C: [[PHONE:{tph(ph)}]]. I'm [[NAME:Graham]], her son.
A: Thanks, [[NAME:Graham]]. You're down as the contact for deliveries now.
C: Brilliant. Does she have to pay anything for them?
A: No, she's over ((other:60)), so they're all free.
"""


@case("asr")
def optician_contacts_son():
    y, mo, d = dob(2003, 2005)
    c = card("mc")
    p1, p2, p3 = cut(c, [4, 4, 8])
    m, yy = expiry()
    cv = cvv()
    h = hn(100, 480)
    z = zipc("481")
    pr = money(180, 260)
    ex_d = R.randint(2, 28)
    return f"""
A: clearview optical this is [[NAME:deshawn]] how can i help you today
C: hi i'm calling to reorder contacts for my son he's away at college and he asked me to just deal with it
A: sure thing i can help with that what's your son's name
C: it's [[NAME:mateo alvarez]] that's [[NAME:a l v a r e z]]
A: and his date of birth
C: [[DOB:{adob(y, mo, d, 'c')}]]
A: okay i've got him his last exam was ((date:august {nw(ex_d)})) so the prescription's good for a while yet
C: oh good because he's not coming home till thanksgiving
A: so that's the monthly lenses ((quantity:minus {R.choice(['two point seven five', 'two point five', 'three point two five'])})) in the right eye and ((quantity:minus {R.choice(['three', 'two', 'three point five'])})) in the left
C: i have no idea honestly whatever he had last time
A: that's what i'm reading off his chart a ((duration:six month)) supply is ((price:{adollars(*pr)})) after the rebate
C: yeah let's do the ((duration:six months))
A: do you want them shipped to him or to you
C: to him at school please the address should be on there
A: i have [[ADDRESS:{ahn(h)} merriweather drive apartment four c ann arbor]] [[POSTCODE:{sp(z)}]] is that still right
C: yep that's his apartment
A: great and how would you like to pay
C: credit card it's my card not his is that okay
A: that's totally fine go ahead
C: okay [[CARD_NUMBER#c:{sp(p1)}]] uh [[CARD_NUMBER#c:{sp(p2)}]]
A: go on
C: [[CARD_NUMBER#c:{sm(p3)}]]
A: let me read that back [[CARD_NUMBER:{sp(c)}]]
C: yes
A: and when does it expire
C: it expires [[EXPIRY:{aexp(m, yy, 'd')}]]
A: and the three digit code on the back
C: [[CVV:{sm(cv)}]]
A: perfect should the receipt go to the email on his account or yours
C: mine please it's [[EMAIL:lucia dot alvarez seventy at yahoo dot com]]
A: got it you'll get a shipping email in ((duration:three to five business days))
"""


@case("asr")
def hearing_aid_father_galway():
    eir = eircode("H91")
    h = hn(3, 60)
    c = card("visa")
    wrong = c[:4] + digits(3)
    p1, p2, p3 = cut(c, [8, 4, 4])
    m, y = expiry()
    cv = cvv()
    ph = uk_mob()
    pr = R.randint(12, 19) * 100 + 50
    mdl = R.randint(2, 9) * 100
    return f"""
A: hello clearsound hearing ireland [[NAME:siobhan]] speaking
C: hi [[NAME:siobhan]] i'm calling about my father he's one of your customers in galway
A: no problem can i ask who's calling
C: i'm his son [[NAME:cathal o'donnell]] i'm in london so i do most of his bits over the phone
A: and your father's name
C: [[NAME:padraig o'donnell]]
A: have you his address there i'll need to find him
C: [[ADDRESS:{ahn(h)} fairhill crescent]] in galway city and the eircode is [[POSTCODE:{pc_say(eir)}]]
A: perfect i have him he has the ((model_number:vx {nw(mdl)})) behind the ear aids
C: that's them he's lost the left one at mass he thinks
A: oh dear it happens more than you'd think a single replacement is ((price:{nw(pr)} euro))
C: that's grand i'll pay for it now if that's okay
A: of course whenever you're ready with the card
C: it's [[CARD_NUMBER#c!x:{sp(wrong)}]] no hang on that's my work card let me start again
A: no bother
C: [[CARD_NUMBER#c:{sm(p1)}]]
A: yep
C: [[CARD_NUMBER#c:{sp(p2)} {sm(p3)}]]
A: and the expiry
C: [[EXPIRY:{aexp(m, y, 'a')}]]
A: and the three numbers on the back
C: [[CVV:{sp(cv)}]]
A: lovely that's gone through we'll post the aid to your father within ((duration:five working days))
C: could you text me when it's sent he won't hear the postman
A: of course what's your mobile
C: [[PHONE:{aph(ph)}]]
A: grand [[NAME:cathal]] i'll put a note on his file as well
"""


@case("transcript")
def stairlift_poa_brisbane():
    h = hn(2, 80)
    pc = au_pc("40")
    ph = au_ph()
    c = card("amex")
    m, y = expiry()
    cv = cvv(4)
    q = digits(6, True)
    pr = money(3200, 4900, cents=False)
    dep = R.randint(10, 25)
    inst = R.randint(14, 28)
    return f"""
A: Good morning, Easyrise Stairlifts, this is [[NAME:Callum]].
C: Hi [[NAME:Callum]], my name's [[NAME:Hope Tran]]. I'm calling about a quote you did for my mother last week.
A: Sure. Do you have the quote number?
C: It's [[ACCOUNT_NUMBER:Q-{q}]].
A: Thanks. That's for [[NAME:Mai Tran]] in Toowong?
C: That's her. I hold her enduring power of attorney, so I'll be the one signing.
A: That's fine. I'll just need to note that, and we may ask for a certified copy before the install.
C: No problem, I have copies.
A: Can I confirm the address the lift is going into?
C: [[ADDRESS:{h} Banksia Court, Toowong]], QLD [[POSTCODE:{pc}]].
A: Perfect. The quote was for the curved rail, ((price:A${pr[0]:,})) all up, with a ((percentage:{dep}%)) deposit to book the install.
C: Yes, I'd like to pay the deposit today on my Amex.
A: Go ahead with the card number.
C: [[CARD_NUMBER:{tcard(c)}]].
A: Expiry date?
C: [[EXPIRY:{texp(m, y, 'a')}]].
A: And the four-digit code on the front of the card?
C: [[CVV:{cv}]].
A: Thank you, that's processed. The earliest install date is the ((date:{ordt(inst)})). Is there a number for the fitter to call on the day?
C: Use my number, [[PHONE:{tph(ph)}]]. Mum won't answer unknown numbers.
A: Noted. The fitter will be there for about ((duration:four hours)).
"""


@case("asr")
def care_home_fees_standing_order():
    sc = digits(6, True)
    acc = digits(8, True)
    inv = digits(5, True)
    rm = R.randint(3, 40)
    fee = money(1100, 1600, cents=False)
    pct = R.choice(["three point five", "four point two", "two point nine"])
    return f"""
A: good afternoon the willows care home accounts you're speaking to [[NAME:bernadette]]
C: hi [[NAME:bernadette]] it's [[NAME:anil mehta]] my mum's in room ((other:{nw(rm)})) [[NAME:kamala mehta]]
A: oh hello mister [[NAME:mehta]] how is she settling in
C: better thanks she's made a friend in the lounge which is a relief
A: ah that's lovely to hear what can i do for you
C: i got the letter about the fees going up and i want to change the standing order from my account
A: of course so from next month the weekly fee goes to ((price:{apounds(*fee)})) that's the ((percentage:{pct} percent)) increase
C: yeah i saw ouch but fine
A: i'll need the sort code and account number it's coming from
C: sort code [[ACCOUNT_NUMBER:{sp(sc[:2])} {sp(sc[2:4])} {sp(sc[4:])}]]
A: yep
C: and the account number is [[ACCOUNT_NUMBER#acc:{sm(acc[:4])}]] um [[ACCOUNT_NUMBER#acc:{sm(acc[4:])}]]
A: so that's [[ACCOUNT_NUMBER:{sp(acc)}]]
C: that's it
A: and please use her invoice number as the reference it's [[ACCOUNT_NUMBER:{sp(inv)}]] so we can match it
C: okay and it goes out on the first of the month
A: the first is fine yes and the new amount starts from the first of next month
C: brilliant and sorry one more thing she keeps asking for her hairdresser appointment
A: tuesdays at ((time:ten)) i'll make sure she's on the list
C: thanks [[NAME:bernadette]] you're a star
"""


@case("asr")
def interpreter_travel_claim():
    y, mo, d = dob(1948, 1958)
    pol = digits(8, True)
    fl = R.randint(1300, 1399)
    amt = R.randint(2800, 4200)
    ph = uk_mob()
    nights = R.choice(["four", "five", "six"])
    op = digits(4, True)
    return f"""
A: good morning horizon travel insurance claims this is [[NAME:dominic]]
C: hello good morning my name is [[NAME:joana]] i'm an interpreter from languageline interpreter number ((other:{sp(op)})) i have the caller with me she speaks portuguese
A: thank you [[NAME:joana]] could you ask the caller for her name please
C: she says her name is [[NAME:fernanda ribeiro]]
A: and her policy number
C: she's reading it from the letter [[ACCOUNT_NUMBER#pol:{sm(pol[:4])}]] uh [[ACCOUNT_NUMBER#pol:{sm(pol[4:])}]]
A: thank you and her date of birth
C: she says her date of birth is [[DOB:{adob(y, mo, d, 'a')}]]
A: thank you and what is the claim for
C: she was on holiday in lisbon and fell on the stairs of the hotel she was in hospital for ((duration:{nights} nights))
A: i'm sorry to hear that is she recovering
C: she says yes but her wrist is still in plaster
A: do we know which flight she came home on
C: she says it was ((flight_number:tp {ahn(fl)})) a few days after the hospital
A: and the hospital bill she paid
C: she says ((price:{nw(amt)} euros)) and she has the receipts
A: okay could she email copies to us she'll need to give me her email address first
C: she's spelling it [[EMAIL:f r i b e i r o at sapo dot pt]] and she says it's her daughter's phone if you need to call [[PHONE:{aph(ph, 's')}]]
A: thank you [[NAME:joana]] could you tell her a claim form will arrive in the post
C: she says thank you very much
"""


@case("transcript")
def dentist_daughter_austin():
    y, mo, d = dob(2012, 2016)
    c = card("disc")
    m, yy = expiry()
    cv = cvv()
    ph = us_ph("512")
    ad, am = day()
    fee = money(85, 160)
    return f"""
A: Lakeside Family Dental, this is [[NAME:Brittany]], how can I help?
C: Hi, I'm calling to book a cleaning for my daughter and pay the balance from her last visit.
A: Sure. What's your daughter's name?
C: [[NAME:Joy Okafor]]. [[NAME:O-K-A-F-O-R]].
A: And her date of birth?
C: [[DOB:{tdob(y, mo, d, 'us')}]].
A: Got it. And you are?
C: I'm her dad, [[NAME:Emeka Okafor]]. I'm the guarantor on her account.
A: Thanks, [[NAME:Emeka]]. The open balance is ((price:{usd(*fee)})) from the sealants. Would you like to take care of that now?
C: Yes, please. It's a Discover card.
A: Go ahead.
C: [[CARD_NUMBER#c:{c[:4]} {c[4:8]}]]... sorry, she's asking me something... [[CARD_NUMBER#c:{c[8:12]} {c[12:]}]].
A: And the expiration?
C: [[EXPIRY:{texp(m, yy, 'b')}]].
A: And the security code?
C: [[CVV:{cv}]].
A: Thank you, that's approved. For the cleaning, I have ((date:{MONTHS[am - 1].capitalize()} {ordt(ad)})) at ((time:3:45 p.m.)), after school.
C: Perfect. Can you send the reminder to my cell? [[PHONE:{tph(ph)}]].
A: Done. The visit takes about ((duration:45 minutes)).
"""


@case("asr")
def council_tax_executor_sister():
    acct = digits(8, True)
    h1 = hn(2, 120)
    pc1 = pc_uk("NE6")
    h2 = hn(2, 60)
    pc2 = pc_uk("DH1")
    dd, dm = day()
    cr = money(140, 390)
    return f"""
A: newcastle city council council tax [[NAME:liam]] speaking
C: hello i need to tell you my brother has died and i'm sorting out his things
A: i'm very sorry to hear that can i take your name first
C: [[NAME:rosalind hepburn]] i'm his executor
A: thank you and your brother's name
C: [[NAME:duncan hepburn]]
A: do you have his council tax account number
C: it's on this bill here [[ACCOUNT_NUMBER:{sm(acct)}]]
A: thank you and his address
C: [[ADDRESS:{ahn(h1)} byker terrace]] [[POSTCODE:{pc_say(pc1)}]]
A: and the date he passed away
C: the ((date:{aday(dd, dm)})) this year
A: okay i'll close the account from that date there may be a credit of about ((price:{apounds(*cr)})) once it's recalculated
C: oh right and does that come to me
A: it gets paid to the estate so we'd need a forwarding address for you as executor
C: it's [[ADDRESS:{ahn(h2)} elvet hill road durham]] [[POSTCODE:{pc_say(pc2, 'glued')}]]
A: let me check that back [[ADDRESS:{ahn(h2)} elvet hill road durham]] [[POSTCODE:{pc_say(pc2)}]]
C: yes that's right
A: and an email in case we need anything
C: [[EMAIL:roz hepburn at btinternet dot com]]
A: thank you the property is exempt for up to ((duration:six months)) while probate's being sorted so there's nothing to pay in the meantime
C: oh that's a weight off thank you
A: you'll get a letter in ((duration:ten working days)) confirming all of it
"""


@case("asr")
def parking_permit_father():
    perm = digits(7, True)
    L = "ABCDEFGHJKLMNPRSTVWXY"
    plate = R.choice(L) + R.choice(L) + f"{R.randint(51, 74)}" + R.choice(L) + R.choice(L) + R.choice(L)
    c = card("mc2")
    p1, p2, p3, p4 = cut(c, [4, 4, 4, 4])
    wrong = digits(4)
    m, y = expiry()
    cv = cvv()
    h = hn(4, 99)
    pc = pc_uk("BS7")
    fee = money(40, 95, cents=False)
    return f"""
A: you're through to bristol resident parking my name's [[NAME:tomasz]]
C: hi [[NAME:tomasz]] i'm renewing a permit for my father he's not great on the phone these days
A: that's okay what's his name
C: [[NAME:leonard baptiste]]
A: and the permit number it's on the renewal letter top right
C: [[ACCOUNT_NUMBER:{sp(perm)}]]
A: thanks i've got [[NAME:leonard baptiste]] at [[ADDRESS:{ahn(h)} gloucester grove]] [[POSTCODE:{pc_nato(pc)}]]
C: that's him
A: and the car's still the same registration
C: yeah [[ACCOUNT_NUMBER:{spell(plate[:2])} {nw(int(plate[2:4]))} {spell(plate[4:])}]]
A: lovely the renewal is ((price:{apounds(*fee)})) for ((duration:twelve months)) and who am i speaking to
C: sorry i'm his daughter [[NAME:marguerite]]
A: thank you [[NAME:marguerite]] are you paying by card
C: yeah it's [[CARD_NUMBER#c:{sm(p1)}]] then [[CARD_NUMBER#c!x:{sp(wrong)}]] no wait sorry that second bit is [[CARD_NUMBER#c:{sp(p2)}]]
A: okay so second block [[CARD_NUMBER!p:{sp(p2)}]]
C: yes then [[CARD_NUMBER#c:{hom(sp(p3))}]] and [[CARD_NUMBER#c:{sm(p4)}]]
A: and the expiry date
C: [[EXPIRY:{aexp(m, y, 'c')}]]
A: and the security code
C: [[CVV:{sp(cv)}]]
A: thanks that's all paid the new permit will be posted to your father's address in about ((duration:a week))
"""


@case("asr")
def ivr_water_bill_for_tenant_father():
    acct = digits(10, True)
    c = card("visa")
    m, y = expiry()
    cv = cvv()
    bal = money(60, 240)
    auth = digits(6, True)
    return f"""
I: welcome to severn vale water payments please say or key in your ten digit customer reference
C: [[ACCOUNT_NUMBER:{sp(acct)}]]
I: i heard [[ACCOUNT_NUMBER:{sp(acct)}]] is that right please say yes or no
C: yes
I: thank you the balance on this account is ((price:{apounds(*bal)})) to pay the full balance say full balance or to pay a different amount say other amount
C: full balance
I: please say the long number across the front of your card
C: [[CARD_NUMBER:{sm(c)}]]
I: now the expiry date month first then year
C: [[EXPIRY:{aexp(m, y, 'a')}]]
I: and finally the three digit security code from the back of the card
C: [[CVV:{sp(cv)}]]
I: please wait while we process your payment
I: thank you your payment was successful your authorisation code is ((other:{sp(auth)})) to speak to an adviser about anything else say adviser
C: adviser
A: hello you're through to severn vale water my name is [[NAME:kerry-ann]] how can i help
C: hi i've just paid my dad's bill on the automated line he's in sheltered housing and i look after his post
A: okay lovely is that the account ending [[ACCOUNT_NUMBER!p:{sp(acct[-4:])}]]
C: that's the one can you put me on it as a contact so the letters come to me as well
A: he'd need to give us permission for that or we'd need a power of attorney is he with you
C: no he's at the day centre until ((time:three))
A: then the easiest thing is for him to ring us with you on the line and we'll set it up in ((duration:two minutes))
C: fair enough i'll do that tomorrow then
"""


@case("asr")
def student_residence_deposit_halifax():
    sid = "b" + digits(8, True)
    c = card("mc")
    p1, p2, p3 = cut(c, [4, 8, 4])
    m, y = expiry()
    cv = cvv()
    ph = us_ph("902")
    h = hn(10, 90)
    pc = pc_ca("B3H")
    dep = money(450, 800, cents=False)
    return f"""
A: dalhousie residence office this is [[NAME:aurelie]] speaking
C: hi [[NAME:aurelie]] i'm calling about my daughter's residence deposit she got her offer for september
A: congratulations can i have the student's name
C: [[NAME:priyanka sandhu]] [[NAME:s a n d h u]]
A: and her banner number it starts with a b
C: it's [[ACCOUNT_NUMBER:{spell(sid[0])} {sm(sid[1:])}]]
A: thanks i see her the deposit to hold the room is ((price:{nw_us(dep[0])} dollars)) and it's due in ((duration:ten days))
C: yeah that's why i'm calling she's at work and she asked me to put it on my mastercard
A: no problem can i get your name as the cardholder
C: [[NAME:harjit sandhu]]
A: go ahead with the card number whenever you're ready
C: [[CARD_NUMBER#c:{sp(p1)}]]
A: okay
C: [[CARD_NUMBER#c:{sm(p2)}]] uh and the last four are [[CARD_NUMBER#c:{sp(p3)}]]
A: and the expiry
C: [[EXPIRY:{aexp(m, y, 'b')}]]
A: and the c v c on the back
C: [[CVV:{sm(cv)}]]
A: that's approved for the confirmation do you want it sent to her or to you
C: to me and to her please my phone is [[PHONE:{aph(ph)}]]
A: and your mailing address for the receipt
C: [[ADDRESS:{ahn(h)} oxford street halifax]] nova scotia [[POSTCODE:{pc_say(pc)}]]
A: perfect she'll get her room assignment in mid ((date:august))
"""


@case("transcript")
def school_trip_year8():
    yg = R.randint(7, 10)
    c = card("visa")
    m, y = expiry()
    cv = cvv()
    tot = money(280, 420, cents=False)
    paid = R.randint(50, 120)
    td, tm = day()
    return f"""
A: Good morning, St Aidan's Academy finance office, [[NAME:Helen]] speaking.
C: Hi [[NAME:Helen]], it's [[NAME:Bill Okonkwo-Reid]]. My grandson's on the Year ((other:{yg})) trip to the Ardèche and I said I'd pay the rest of it.
A: Lovely. What's your grandson's name?
C: [[NAME:Sunny Okonkwo-Reid]]. He's in ((other:{yg}{R.choice('RSTW')})).
A: And you are his grandfather?
C: Yes, his mum's away with work, so I'm on fees this term.
A: That's fine, you don't need to be on the account to pay. The total is ((price:£{tot[0]})), and ((price:£{paid})) has been paid so far.
C: I'll clear the lot, if that's alright.
A: Of course. Long card number, please.
C: [[CARD_NUMBER:{tcard(c)}]].
A: Expiry date?
C: It says valid thru [[EXPIRY:{texp(m, y, 'a')}]].
A: And the security code?
C: [[CVV:{cv}]].
A: Thank you, [[NAME:Bill]]. That's all paid. The coach leaves at ((time:5:30 a.m.)) on ((date:{tday(td, tm)})), and the kit list comes home with him on Friday.
C: ((time:5:30))! He'll love that.
"""


@case("asr")
def childcare_fees_grandmother_perth():
    crn = digits(9, True) + R.choice("ABCHJKLTX")
    c = card("visa")
    p1, p2 = cut(c, [8, 8])
    m, y = expiry()
    cv = cvv()
    h = hn(2, 60)
    pc = au_pc("61")
    fee = money(95, 140)
    gap = money(30, 70)
    pct = R.choice(["eighty five", "ninety", "seventy two"])
    return f"""
A: little wattle early learning centre [[NAME:kirsty]] speaking
C: oh hello [[NAME:kirsty]] it's [[NAME:faith kowalski]] i'm [[NAME:isla]]'s nan i pick her up on thursdays
A: hi [[NAME:faith]] yes i know you what can i do for you
C: her mum's asked me to pay the gap fees this month she's just had the baby
A: oh congratulations to the family so the daily fee is ((price:{nw(fee[0])} dollars)) and after the subsidy the gap is ((price:{adollars(*gap)})) a day
C: and the subsidy is the ((percentage:{pct} percent)) one is it
A: that's right it's linked to her mum's crn actually would you have that
C: it's on this centrelink letter [[ACCOUNT_NUMBER:{sm(crn[:9])} {crn[9].lower()}]]
A: lovely that matches so for this month it comes to ((price:{nw(R.randint(300, 600))} dollars))
C: i'll put it on my card
A: go for it
C: [[CARD_NUMBER#c:{sm(p1)}]]
A: mm-hmm
C: [[CARD_NUMBER#c:{sm(p2)}]]
A: expiry
C: [[EXPIRY:{aexp(m, y, 'd')}]]
A: and the c v v
C: [[CVV:{sp(cv)}]]
A: all done do you want a receipt posted to you
C: yes please it's [[ADDRESS:{ahn(h)} jacaranda way bassendean]] [[POSTCODE:{sp(pc)}]]
A: no worries give [[NAME:isla]] a cuddle from us
"""


@case("asr")
def pet_insurance_wife_reads_card():
    pol = "p" + digits(8, True)
    c = card("mc")
    p1, p2, p3, p4 = cut(c, [4, 4, 4, 4])
    m, y = expiry()
    cv = cvv()
    prem = money(38, 72)
    return f"""
A: thank you for calling pawsure pet insurance this is [[NAME:marcus]] can i get your policy number
C: yeah it's [[ACCOUNT_NUMBER:{spell(pol[0])} {sm(pol[1:])}]]
A: thanks that's the policy for biscuit the beagle and who am i speaking with
C: [[NAME:dale whitfield]] i'm the policyholder
A: great what can i do for you today [[NAME:dale]]
C: our card got replaced after some fraud so the payment bounced i need to update it
A: sure i can do that now do you have the new card
C: my wife has it hold on honey can you read me the card
C: she's saying [[CARD_NUMBER#c:{hom(sp(p1))}]]
A: okay
C: [[CARD_NUMBER#c:{sm(p2)}]] what babe [[CARD_NUMBER#c:{sm(p3)}]]
A: and the last group
C: [[CARD_NUMBER#c:{sp(p4)}]]
A: so i have [[CARD_NUMBER:{so(c, [4, 4, 4, 4])}]]
C: she says yes
A: great and the expiration date on the new card
C: honey expiration [[EXPIRY:{aexp(m, y, 'a')}]]
A: and the security code on the back
C: [[CVV:{sp(cv)}]]
A: perfect the missed premium of ((price:{adollars(*prem)})) will be taken in ((duration:three business days)) and biscuit stays covered
C: thank god he ate a sock last year
A: we see that a lot more than you'd think
"""


@case("transcript")
def gym_freeze_partner_in_hospital():
    mem = digits(8, True)
    y, mo, d = dob(1968, 1985)
    ward = R.randint(10, 40)
    fee = money(29, 55, cents=True)
    return f"""
A: Hi, you're through to FitLife Membership Services, [[NAME:Jordan]] speaking.
C: Hi. I'm calling for my partner. He's in hospital and can't use the gym, obviously, so I'd like to freeze or cancel his membership.
A: I'm sorry to hear that. Can I take his name?
C: [[NAME:Will Ferreira-Lund]].
A: And his membership number, if you have it?
C: [[ACCOUNT_NUMBER:{mem}]].
A: Thanks. For security, can you give me his date of birth?
C: [[DOB:{tdob(y, mo, d, 'long')}]].
A: Thank you. And your name?
C: [[NAME:Rosa Lindqvist]].
A: Thanks, [[NAME:Rosa]]. Normally the member has to request a freeze themselves, but we can accept it from you with a hospital letter.
C: He's on Ward ((other:{ward})) at the General. I can get the ward sister to write something.
A: Perfect. Email that to memberships@fitlifeclubs.co.uk and put his number in the subject.
C: I'll do that today. How long can you freeze it for?
A: Up to ((duration:3 months)), and it's ((price:£{fee[0]}.{fee[1]:02d})) a month less while it's frozen. Actually, with a medical freeze we waive the fee altogether.
C: That's good to hear. Can you send the confirmation to me rather than him?
A: I'll need his permission for that, but I can send it to his email on file and you can check it for him.
C: That's fine. Thank you, [[NAME:Jordan]].
"""


@case("asr")
def mobile_contract_late_mother():
    acct = digits(9, True)
    mum_ph = uk_mob()
    own_ph = uk_city()
    h = hn(2, 140)
    pc = pc_uk("M20")
    dd, dm = day()
    bill = money(18, 45)
    return f"""
A: thanks for calling tellnet bereavement team you're speaking with [[NAME:oluwaseun]]
C: hi um my mum passed away a few weeks ago and i need to close her phone contract
A: i'm really sorry for your loss we'll take care of it can i start with your name
C: [[NAME:margaret o'hare]] same as hers actually she was [[NAME:margaret]] too
A: oh okay so your mum was also [[NAME:margaret o'hare]]
C: yeah she was [[NAME:peggy]] to everyone
A: and what's the mobile number on her account
C: [[PHONE:{aph(mum_ph)}]]
A: thank you and do you have the account number it'll be on a bill
C: [[ACCOUNT_NUMBER#a:{sp(acct[:5])}]] um [[ACCOUNT_NUMBER#a:{sm(acct[5:])}]]
A: that's found it and the date she passed
C: the ((date:{aday(dd, dm)}))
A: okay there's ((price:{apounds(*bill)})) outstanding on this month's bill but we write off anything after the date of death so that'll be cleared
C: oh that's kind can i keep her number though my dad wants to keep hearing her voicemail
A: we can move it onto a new sim in your name or your dad's what's the best number to reach you on
C: [[PHONE:{aph(own_ph, 's')}]] that's my landline
A: and the address for the paperwork
C: [[ADDRESS:{ahn(h)} kingsbrook avenue didsbury]] [[POSTCODE:{pc_say(pc)}]]
A: lovely we'll need a copy of the death certificate you can upload it online or post it in
C: i'll post it
A: that's fine i'll send you a prepaid envelope it'll take ((duration:two to three days))
"""


@case("asr")
def pension_death_notification_son():
    n = ni()
    pref = "pp" + digits(7, True)
    y, mo, d = dob(1936, 1946)
    dd, dm = day()
    h = hn(2, 99)
    pc = pc_uk("CF14")
    ph = uk_mob()
    sc = digits(6, True)
    acc = digits(8, True)
    return f"""
A: good morning northgate pensions you're speaking with [[NAME:ffion]]
C: morning i'm calling to let you know my father's died he had a pension with you
A: i'm very sorry to hear that i'll take some details and we'll do the rest what was your father's name
C: [[NAME:gwilym pritchard]] he retired from the steelworks in ((year:{yw(R.randint(1994, 2004))}))
A: and do you have his pension reference
C: i've got the annual statement here [[ACCOUNT_NUMBER:{spell(pref[:2])} {sm(pref[2:])}]]
A: thank you and to be sure we have the right member his date of birth and national insurance number
C: he was born [[DOB:{adob(y, mo, d, 'a')}]] and his national insurance is [[SSN#ni:{spell(n[:2])} {sp(n[2:4])}]] uh [[SSN#ni:{sp(n[4:8])} {n[8].lower()}]]
A: that all matches and the date of death
C: ((date:{aday(dd, dm)})) in the hospice in whitchurch
A: and are you the executor
C: yes me and my sister my name's [[NAME:rhodri pritchard]]
A: thank you [[NAME:rhodri]] there's a small overpayment because his ((date:{ordw(R.randint(1, 28))})) payment went out after he died we'll ask the estate to return that
C: that's fine where do i send it
A: we'll write to you with the details what's your address
C: [[ADDRESS:{ahn(h)} heol y deri rhiwbina]] [[POSTCODE:{pc_say(pc)}]]
A: thank you and a phone number
C: [[PHONE:{aph(ph)}]]
A: his widow's pension goes to your mother is that right
C: yes she's still at the house it'll be paid into her own account not the joint one
A: i'll need that account then when you're ready
C: sort code [[ACCOUNT_NUMBER:{sm(sc)}]] account [[ACCOUNT_NUMBER:{sp(acc)}]]
A: thank you that's everything the first payment to her will be within ((duration:four weeks))
"""


@case("transcript")
def epa_registration_cork():
    p1 = pps()
    p2 = pps()
    y, mo, d = dob(1938, 1950)
    h = hn(2, 70)
    eir = eircode("P31")
    h2 = hn(2, 40)
    eir2 = eircode("T12")
    return f"""
A: Decision Support Service, [[NAME:Aoife]] speaking, how can I help?
C: Hello, I'm trying to register an enduring power of attorney for my mother. Her GP says she's not able to manage things any more.
A: I can help with that. Are you the attorney named in the instrument?
C: I am, along with my brother. My name is [[NAME:Eileen Ní Bhriain]].
A: And your mother's name?
C: [[NAME:Nora Ní Bhriain]]. [[NAME:B-H-R-I-A-I-N]].
A: Thank you. Could I have her date of birth and her PPS number?
C: She was born on [[DOB:{tdob(y, mo, d, 'long')}]], and her PPS is [[SSN:{p1}]].
A: And her address?
C: [[ADDRESS:{h} Ashgrove Park, Ballincollig]], Co. Cork, [[POSTCODE:{eir}]].
A: Thank you. The application also needs your own PPS number as attorney.
C: Mine is [[SSN:{p2}]].
A: And your own address, if it's different?
C: It is. [[ADDRESS:Apartment {R.randint(2, 30)}, {h2} Lapps Quay, Cork]], [[POSTCODE:{eir2}]].
A: Grand. The notice has to go to your brother and to ((count:two)) other people named in the instrument, and they have ((duration:five weeks)) to object.
C: We've done the notices already. They went out on ((date:{tday(*day())})).
A: Then you can submit the application online. There's no fee for registration.
"""


@case("asr")
def patient_transport_carer_books():
    nhs = digits(10, True)
    y, mo, d = dob(1929, 1940)
    h = hn(2, 200)
    pc = pc_uk("HU5")
    ph = uk_city()
    ad, am = day()
    return f"""
A: patient transport bookings [[NAME:shauna]] speaking
C: hi [[NAME:shauna]] i'm a carer with homeshield i'm booking transport for one of my clients
A: okay is the patient with you
C: she is she's said it's fine for me to do it she's a bit deaf
A: that's fine what's the patient's name
C: [[NAME:ivy brathwaite]]
A: and her nhs number
C: [[ACCOUNT_NUMBER#n:{sp(nhs[:3])}]] then [[ACCOUNT_NUMBER#n!x:{sp(digits(3))}]] sorry that's the wrong line [[ACCOUNT_NUMBER#n:{sp(nhs[3:])}]]
A: let me read it back [[ACCOUNT_NUMBER:{sp(nhs)}]]
C: that's right
A: date of birth
C: [[DOB:{adob(y, mo, d, 'b')}]] she's ((other:{nw(R.randint(88, 95))}))
A: and the pickup address
C: [[ADDRESS:{ahn(h)} ella street hull]] [[POSTCODE:{pc_say(pc)}]]
A: what's the appointment
C: eye clinic at castle hill on the ((date:{aday(ad, am)})) at ((time:ten fifteen))
A: can she walk to the vehicle or does she need a wheelchair
C: she uses a walking frame she can manage ((count:three)) steps with help
A: okay so a seated crew pickup from ((time:eight forty five)) and a contact number for the day
C: the best one is her daughter [[NAME:lorraine]] on [[PHONE:{aph(ph)}]]
A: lovely that's booked under reference ((other:{spell('pt')} {sp(digits(6))}))
"""


@case("asr")
def taxi_for_mother_dialysis():
    h = hn(100, 990)
    z = zipc("606")
    ph = us_ph("773")
    ph2 = us_ph("312")
    c = card("visa")
    p1, p2, p3 = cut(c, [6, 6, 4])
    m, y = expiry()
    cv = cvv()
    fare = money(28, 46)
    return f"""
A: checker cab accounts this is [[NAME:vernon]]
C: hey [[NAME:vernon]] i need to set up a standing ride for my mom she has dialysis three mornings a week
A: we can do that what's your mom's name
C: [[NAME:dolores ruiz]]
A: and the pickup address
C: [[ADDRESS:{ahn(h)} north kedzie avenue]] chicago [[POSTCODE:{sp(z)}]] it's the second floor so tell the driver to honk and wait
A: okay and where's she going
C: the fresenius clinic on western she has to be there by ((time:six forty five)) monday wednesday friday
A: so pickup at ((time:six fifteen)) the fare's about ((price:{adollars(*fare)})) each way plus tip do you want that on a card on file
C: yeah use my card she doesn't have one
A: sure what's your name
C: [[NAME:rafael ruiz]] her son
A: go ahead [[NAME:rafael]]
C: [[CARD_NUMBER#c:{sm(p1)}]] hold on my kid's yelling [[CARD_NUMBER#c:{hom(sp(p2))}]]
A: uh huh
C: [[CARD_NUMBER#c:{sp(p3)}]]
A: i got a visa ending [[CARD_NUMBER!p:{sp(p3)}]] expiration
C: [[EXPIRY:{aexp(m, y, 'b')}]]
A: and the three digit number on the back
C: [[CVV:{sp(cv)}]]
A: okay what number should the driver call if she's not out
C: call her cell [[PHONE:{hom(aph(ph, 's'))}]] and if she doesn't pick up call me at [[PHONE:{aph(ph2, 's')}]]
A: got it the rides start this monday and we'll text the cab number ((duration:ten minutes)) before
C: perfect thanks man
"""


@case("transcript")
def tv_licence_refund_executor():
    lic = digits(10, True)
    h = hn(2, 150)
    pc = pc_uk("SO15")
    sc = digits(6, True)
    acc = digits(8, True)
    ref = money(40, 120)
    dd, dm = day()
    return f"""
A: TV Licensing, you're speaking with [[NAME:Femi]]. How can I help?
C: Hello. My aunt passed away last month and I'm dealing with her affairs. I think she's due a refund on her licence.
A: I'm sorry for your loss. Are you the executor?
C: Yes. My name's [[NAME:Gillian Marsh]].
A: And your aunt's name?
C: [[NAME:Edith Marsh]].
A: Do you have her licence number? It's ten digits.
C: [[ACCOUNT_NUMBER:{lic}]].
A: Thank you. And the address it covered?
C: [[ADDRESS:Flat {R.randint(1, 12)}, {h} Shirley Mews, Southampton]], [[POSTCODE:{pc}]].
A: That's the one. When did she pass away?
C: On ((date:{tday(dd, dm)})).
A: Thank you. The licence ran until the end of the year, so there are ((duration:{R.randint(3, 8)} full months)) left. The refund comes to ((price:£{ref[0]}.{ref[1]:02d})).
C: Can that be paid to the estate account?
A: Yes. I'll take the sort code and account number.
C: The sort code is [[ACCOUNT_NUMBER:{sc[:2]}-{sc[2:4]}-{sc[4:]}]] and the account is [[ACCOUNT_NUMBER:{acc}]].
A: And an email address for the confirmation?
C: [[EMAIL:gillian.marsh.exec@gmail.com]].
A: Thank you. The refund should arrive within ((duration:28 days)).
"""


@case("asr")
def charity_raffle_for_mum():
    t1 = R.randint(1000, 4999)
    c = card("mc")
    p1, p2, p3, p4 = cut(c, [4, 4, 4, 4])
    m, y = expiry()
    cv = cvv()
    h = hn(2, 80)
    pc = pc_uk("EX4")
    return f"""
A: good afternoon devon air ambulance lottery and raffles [[NAME:becky]] speaking
C: hello [[NAME:becky]] my mum wants to buy some of the christmas raffle tickets she's asked me to ring
A: lovely how many would she like they're ((price:a pound)) each or ((price:a fiver)) for a book of ((count:six))
C: ((count:four)) books please she gives them out to the whole street
A: that's ((price:twenty pounds)) and what name shall i put the stubs under
C: [[NAME:may penhaligon]] [[NAME:p e n h a l i g o n]]
A: thank you and her address so we can post the stubs
C: [[ADDRESS:{ahn(h)} pennsylvania crescent exeter]] [[POSTCODE:{pc_say(pc)}]]
A: and is she paying or are you
C: i am it's my card my name's [[NAME:jenna penhaligon]]
A: that's fine go ahead [[NAME:jenna]]
C: okay [[CARD_NUMBER#c:{sp(p1)}]]
A: yep
C: [[CARD_NUMBER#c:{sp(p2)}]]
A: yep
C: [[CARD_NUMBER#c:{sm(p3)}]] and [[CARD_NUMBER#c:{sm(p4)}]]
A: and the expiry on that one
C: [[EXPIRY:{aexp(m, y, 'a')}]]
A: and last of all the three on the back
C: [[CVV:{sp(cv)}]]
A: that's gone through her tickets are numbers ((other:{ahn(t1)})) to ((other:{ahn(t1 + 23)})) and the draw's on the ((date:{ordw(R.randint(15, 20))} of december))
C: brilliant she'll be thrilled
"""


@case("asr")
def charity_dd_cancel_late_father():
    sup = digits(7, True)
    h = hn(2, 120)
    pc = pc_uk("G12")
    ph = uk_mob()
    amt = R.choice([5, 8, 10, 12, 15, 20])
    yrs = R.randint(12, 30)
    return f"""
A: hello you're through to the supporter care team at marrow light my name is [[NAME:euan]]
C: hi [[NAME:euan]] um i'm ringing because my dad gave to you every month and he died in the summer so i'd like to stop it
A: oh i'm so sorry and thank you for letting us know it's really kind of you to call
C: he was very proud of it he'd given for ((duration:{nw(yrs)} years))
A: that's incredible honestly can i take his name
C: [[NAME:hamish macleod]]
A: do you have a supporter number for him at all
C: i think it's this on the thank you letter [[ACCOUNT_NUMBER:{sm(sup)}]]
A: yes that's him at [[ADDRESS:{ahn(h)} cresswell street glasgow]]
C: that's the one
A: and the postcode there just so i'm sure
C: [[POSTCODE:{pc_nato(pc, 'nato')}]]
A: thank you so that's the ((price:{nw(amt)} pounds)) a month direct debit i'll cancel it today and nothing further will be taken
C: thank you
A: would you like us to send you a letter confirming that and maybe a note about what his gifts paid for
C: that would be lovely actually could you email it instead
A: of course what's the best email
C: it's [[EMAIL:catriona dot macleod eighty one at outlook dot com]]
A: and is that [[NAME:catriona]] with a c
C: yes [[NAME:catriona]] with a c
A: and just in case there's a question about the final payment can i take a phone number
C: [[PHONE:{aph(ph)}]]
A: perfect [[NAME:catriona]] thank you again and i'm sorry about your dad
"""


@case("asr")
def ivr_pharmacy_refill_for_father():
    rx = digits(7, True)
    y, mo, d = dob(1938, 1950)
    c = card("disc")
    m, yy = expiry()
    cv = cvv()
    cop = money(8, 40)
    ph = us_ph("614")
    return f"""
I: thank you for calling brightwell pharmacy refill line please say or enter the prescription number from the label
C: [[ACCOUNT_NUMBER:{sp(rx)}]]
I: for the patient's safety please say the patient's date of birth
C: [[DOB:{adob(y, mo, d, 'c')}]]
I: thank you this prescription has ((count:two)) refills remaining your copay is ((price:{adollars(*cop)})) to pay now by card say pay now
C: pay now
I: please say your card number
C: [[CARD_NUMBER#c:{sp(c[:8])}]] um [[CARD_NUMBER#c:{sp(c[8:])}]]
I: please say the expiration date
C: [[EXPIRY:{aexp(m, yy, 'd')}]]
I: please say the security code
C: [[CVV:{sp(cv)}]]
I: thank you your payment has been approved your refill will be ready after ((time:four pm)) tomorrow to speak to a pharmacist say pharmacist
C: pharmacist
A: pharmacy this is [[NAME:nkechi]] one of the techs how can i help
C: hi i just refilled my dad's metoprolol on the phone thing i wanted to check he can take it with the new antibiotic
A: sure what's the patient's name
C: [[NAME:walter kowalchuk]] i'm his daughter [[NAME:lisa]]
A: okay i see the metoprolol ((quantity:{R.choice(['twenty five', 'fifty'])} milligrams)) twice a day and the amoxicillin from tuesday that combination is fine
C: oh good he was worried
A: can i confirm a callback number in case the pharmacist wants to talk to him
C: use mine [[PHONE:{aph(ph)}]]
"""


@case("asr")
def relay_service_water_account():
    l4 = f"{R.randint(1, 9999):04d}"
    h = hn(100, 2999)
    z = zipc("972")
    acct = digits(9, True)
    c = card("visa")
    p1, p2, p3 = cut(c, [4, 8, 4])
    m, y = expiry()
    cv = cvv()
    op = digits(4, True)
    amt = money(60, 180)
    return f"""
A: portland water bureau customer service this is [[NAME:gabriela]]
C: hello this is the relay service operator ((other:{sp(op)})) with a call from a deaf customer i'll read you the customer's words go ahead
A: okay thank you hi there how can i help
C: the customer says hi i'm calling for my mother's account she's in a care home now and i pay her bills
A: sure can i have the account number
C: the customer says it's [[ACCOUNT_NUMBER:{sm(acct)}]]
A: and the name on the account
C: the customer types [[NAME:evelyn marchetti]] and says i'm her son [[NAME:paolo]]
A: for verification can i get the last four of the account holder's social
C: the customer says [[SSN:{sp(l4)}]]
A: thank you and the service address
C: [[ADDRESS:{ahn(h)} southeast belmont street]] portland [[POSTCODE:{sp(z)}]]
A: great the balance is ((price:{adollars(*amt)})) would you like to pay that today
C: the customer says yes with my visa here's the number [[CARD_NUMBER#c:{sp(p1)}]] and [[CARD_NUMBER#c!x:{sp(p2[:4])}]] wait no
C: the customer is correcting he says [[CARD_NUMBER#c:{sm(p2)}]] then [[CARD_NUMBER#c:{sp(p3)}]]
A: okay and the expiration
C: [[EXPIRY:{aexp(m, y, 'c')}]] go ahead
A: and the cvv
C: [[CVV:{sp(cv)}]] go ahead
A: all set the payment posts in ((duration:one to two business days)) is there anything else
C: the customer says that's all thanks so much go ahead
A: thank you for calling have a good day
"""


@case("asr")
def optician_father_hands_phone_over():
    y, mo, d = dob(1940, 1949)
    c = card("visa")
    p1, p2, p3, p4 = cut(c, [4, 4, 4, 4])
    m, yy = expiry()
    cv = cvv()
    pr = money(180, 320, cents=False)
    return f"""
A: good morning specsavvy opticians in harrogate [[NAME:imogen]] speaking
C: hello it's [[NAME:reginald pike]] about my new glasses
A: hello mister [[NAME:pike]] they're ready for you actually they came in yesterday
C: pardon
A: i said they're ready to collect
C: hold on love my daughter's here she'll talk to you i can't hear a thing on this phone
C: hi sorry it's his daughter [[NAME:claire]] he's handed me the phone
A: no problem hi [[NAME:claire]] so your dad's varifocals are in and there's a balance of ((price:{apounds(*pr)})) to pay
C: he wanted to pay over the phone so he doesn't have to queue can i do that with his card he's given it to me
A: as long as he's happy for you to read it out yes can i just check his date of birth first
C: dad what's your date of birth for the lady
C: he says [[DOB:{adob(y, mo, d, 'a')}]]
A: lovely thank you go ahead with the card
C: [[CARD_NUMBER#c:{sp(p1)} {sp(p2)}]]
A: yes
C: [[CARD_NUMBER#c:{sm(p3)}]] um [[CARD_NUMBER#c:{sm(p4)}]]
A: sorry could you repeat the last block
C: [[CARD_NUMBER#c!x:{sp(p4)}]]
A: thanks and when does it expire
C: [[EXPIRY:{aexp(m, yy, 'b')}]]
A: and the security code the three numbers by the signature strip
C: [[CVV:{sp(cv)}]]
A: all paid he can pick them up any time after ((time:nine thirty)) and we'll do the fitting in about ((duration:ten minutes))
C: thank you i'll bring him on saturday
A: perfect see you both then
"""


@case("transcript")
def probate_three_way_with_solicitor():
    y, mo, d = dob(1934, 1948)
    dd, dm = day()
    ref = digits(4, True) + "-" + digits(4) + "-" + digits(4)
    h = hn(2, 90)
    pc = pc_uk("BA1")
    ph = uk_ldn()
    c = card("mc")
    m, yy = expiry()
    cv = cvv()
    return f"""
A: HM Courts and Tribunals probate helpline, [[NAME:Nathaniel]] speaking.
C: Hello, I'm [[NAME:Philippa Drummond]]. I'm an executor for my late father's estate. I've got our solicitor on the line as well, if that's alright.
C: Good morning, it's [[NAME:Arjun Bhattacharya]] from Hale and Ostrowski solicitors. I'm just listening in for Mrs [[NAME:Drummond]].
A: That's fine. What can I help with today?
C: We applied for probate ((duration:six weeks)) ago and haven't heard anything. The reference is [[ACCOUNT_NUMBER:{ref}]].
A: Thank you. Can I take the deceased's full name and date of birth?
C: [[NAME:Cecil Arthur Drummond]], born [[DOB:{tdob(y, mo, d, 'long')}]].
A: And the date of death?
C: ((date:{tday(dd, dm)})).
A: I can see the application. It's stopped because the fee of ((price:£{R.choice([273, 300])})) didn't go through.
C: That would be my fault. The card I used had expired. Can I pay it now?
A: You can. Go ahead with the long number.
C: [[CARD_NUMBER:{tcard(c)}]].
A: Expiry?
C: [[EXPIRY:{texp(m, yy, 'b')}]].
A: Security code?
C: [[CVV:{cv}]].
A: Thank you, that's taken. The application moves back into the queue, and the current wait is around ((duration:8 weeks)).
C: Can the grant be sent to our office rather than Mrs [[NAME:Drummond]]?
A: We can note that. What address?
C: [[ADDRESS:{h} Northampton Street, Bath]], [[POSTCODE:{pc}]], and our direct line is [[PHONE:{tph(ph)}]].
A: I've added that as the correspondence address. Anything else?
C: No, that's everything. Thank you, [[NAME:Nathaniel]].
"""


@case("asr")
def scooter_hire_father_on_holiday():
    h = hn(2, 40)
    unit = R.randint(2, 30)
    pc = au_pc("48")
    ph = au_ph()
    c = card("mc2")
    p1, p2 = cut(c, [8, 8])
    m, y = expiry()
    cv = cvv()
    wk = money(120, 190, cents=False)
    bond = R.choice([100, 150, 200])
    return f"""
A: g'day cairns mobility hire [[NAME:shane]] speaking
C: hi [[NAME:shane]] my name's [[NAME:annika lindgren]] my dad's coming up to stay with us for a fortnight and he'll need a scooter
A: no worries we can sort that what's his name so i can put the booking under him
C: [[NAME:sven lindgren]] he's ((other:{nw(R.randint(79, 88))})) and he's not great on his feet since his hip
A: right so a standard four wheel scooter is ((price:{nw(wk[0])} dollars)) a week plus a ((price:{nw(bond)} dollar)) bond which you get back
C: that's fine for ((duration:two weeks)) then
A: yep and where are we delivering it to
C: he's staying in a holiday unit near us [[ADDRESS:unit {nw(unit)} {ahn(h)} esplanade]] in cairns north [[POSTCODE:{sp(pc)}]]
A: and the best contact number
C: my number's [[PHONE:{aph(ph)}]]
A: and how are you paying
C: mastercard
A: righto go for it
C: [[CARD_NUMBER#c:{sm(p1)}]]
A: yep got that
C: [[CARD_NUMBER#c:{sm(p2)}]]
A: can you do the expiry
C: [[EXPIRY:{aexp(m, y, 'a')}]]
A: and the three numbers off the back
C: [[CVV:{sp(cv)}]]
A: beauty that's all locked in we'll drop it round on the saturday morning between ((time:nine)) and ((time:eleven)) and show him how it works
C: thanks he'll be stoked
"""


@case("asr")
def college_housing_deposit_parent_ohio():
    sid = digits(9, True)
    c = card("amex")
    p1, p2, p3 = cut(c, [4, 6, 5])
    m, y = expiry()
    cv = cvv(4)
    ph = us_ph("216")
    dep = R.choice([250, 300, 350, 400])
    return f"""
A: university housing this is [[NAME:tyler]] how can i help
C: hi i'm trying to pay the housing deposit for my son the portal keeps timing out
A: sorry about that i can take it over the phone what's the student's name
C: [[NAME:elijah brooks-whitaker]]
A: and his student id number
C: it's [[ACCOUNT_NUMBER#s:{sm(sid[:3])}]] uh [[ACCOUNT_NUMBER#s:{sm(sid[3:])}]]
A: got him and you are
C: his mother [[NAME:denise brooks]] i'm listed as a proxy on his account
A: yep i see you as proxy the deposit is ((price:{nw_us(dep)} dollars)) and it's refundable until ((date:{MONTHS[R.randint(3, 5)]} {ordw(R.randint(1, 28))}))
C: okay it's an amex
A: go ahead
C: [[CARD_NUMBER#c:{sp(p1)} {sm(p2)}]]
A: okay
C: [[CARD_NUMBER#c:{sm(p3)}]]
A: and the four digit code on the front
C: [[CVV:{sp(cv)}]]
A: expiration date
C: [[EXPIRY:{aexp(m, y, 'd')}]]
A: thank you the receipt goes to his school email and i can send a copy to you
C: yes please it's [[EMAIL:denise b w at gmail dot com]]
A: and a phone number in case there's a problem with the room request
C: [[PHONE:{aph(ph, 's')}]]
A: great he'll get his assignment in ((date:july)) good luck to him
"""


@case("asr")
def hearing_test_neighbour_books():
    y, mo, d = dob(1935, 1945)
    h = hn(2, 60)
    pc = pc_uk("NG5")
    ph = uk_city()
    ad, am = day()
    return f"""
A: good afternoon hearwell audiology nottingham [[NAME:tariq]] speaking
C: oh hello i'm ringing for my neighbour she's asked me to book her a hearing test she can't use the phone at all now
A: that's kind of you is she there with you
C: she's sat right next to me nodding
A: lovely what's her name
C: [[NAME:rose ellery]] [[NAME:e l l e r y]]
A: and her date of birth
C: she says it's [[DOB:{adob(y, mo, d, 'a')}]]
A: she's not been to us before so i'll set her up the address please
C: [[ADDRESS:{ahn(h)} cavendish vale sherwood]] [[POSTCODE#pc:{pc_say(pc.split()[0], 'glued')}]] sorry what's the rest [[NAME:rose]] oh yes [[POSTCODE#pc:{pc_say(pc.split()[1])}]]
A: and a contact number should that be hers or yours
C: mine really my name's [[NAME:grace adeyemi]] and i'm on [[PHONE:{aph(ph)}]]
A: thank you [[NAME:grace]] and has she got an email or should we post the letter
C: she hasn't but you can use mine [[EMAIL:grace adeyemi at hotmail dot co dot uk]]
A: lovely i've got ((date:{aday(ad, am)})) at ((time:two fifteen)) at the sherwood branch the test takes about ((duration:forty five minutes))
C: she's nodding so that's a yes
A: and she's welcome to bring you along for the results
"""


@case("transcript")
def pharmacy_renewal_husband_ottawa():
    hc = digits(10, True)
    vc = R.choice(["AB", "KX", "TR", "MN"])
    y, mo, d = dob(1944, 1956)
    h = hn(10, 900)
    pc = pc_ca("K1S")
    ph = us_ph("613")
    c = card("visa")
    m, yy = expiry()
    cv = cvv()
    disp = money(9, 14)
    return f"""
A: Glebe Pharmacy, this is [[NAME:Mathieu]].
C: Hi [[NAME:Mathieu]], it's [[NAME:Diane Gauthier]]. I'm calling about my husband's prescriptions. He's had a stroke and I'm managing everything for him now.
A: I'm sorry to hear that. What's his name?
C: [[NAME:Réjean Gauthier]].
A: Date of birth?
C: [[DOB:{tdob(y, mo, d, 'long')}]].
A: Thank you. Do you have his health card number? I need to update it; the one on file has expired.
C: Yes, it's [[ACCOUNT_NUMBER:{hc[:4]}-{hc[4:7]}-{hc[7:]}-{vc}]].
A: Got it. Which prescriptions are you calling about?
C: The apixaban and the atorvastatin. The apixaban is ((quantity:{R.choice(['2.5', '5'])} mg)) twice a day, and he's down to ((count:{R.randint(3, 8)})) tablets.
A: I can fill both today. The dispensing fee is ((price:${disp[0]}.{disp[1]:02d})) each. Would you like to pay ahead so you can just pick them up?
C: Please. Here's my card: [[CARD_NUMBER#c:{c[:4]} {c[4:8]}]]... hang on, my glasses... [[CARD_NUMBER#c:{c[8:12]} {c[12:]}]].
A: Expiry date?
C: [[EXPIRY:{texp(m, yy, 'c')}]].
A: And the CVV?
C: [[CVV:{cv}]].
A: Thank you. Is the address still [[ADDRESS:{h} Bank Street, Apartment {R.randint(2, 20)}]], [[POSTCODE:{pc}]]?
C: Yes. And could you add my cell for the text alerts? [[PHONE:{tph(ph)}]].
A: Done. We'll text when they're ready, usually within ((duration:two hours)).
C: Thank you. And could you email me a receipt for his insurance claim? [[EMAIL:diane.gauthier@videotron.ca]].
A: Of course.
"""


@case("asr")
def funeral_plan_for_both_parents():
    y1, m1, d1 = dob(1943, 1950)
    y2, m2, d2 = dob(1945, 1952)
    c = card("visa")
    p1, p2, p3, p4, p5 = cut(c, [3, 3, 4, 2, 4])
    m, y = expiry()
    cv = cvv()
    pl = money(3900, 4800, cents=False)
    ph = uk_mob()
    return f"""
A: thank you for calling evergreen funeral plans you're speaking to [[NAME:kwame]]
C: hiya [[NAME:kwame]] i've been looking at your plans for my mum and dad and i want to buy two of the standard ones as a gift
A: that's a really thoughtful thing to do can i start with your name
C: [[NAME:natasha firth]]
A: and who will the plans be for
C: [[NAME:derek firth]] and [[NAME:maureen firth]] my parents
A: i'll need their dates of birth
C: dad's is [[DOB:{adob(y1, m1, d1, 'b')}]] and mum's is [[DOB:{adob(y2, m2, d2, 'a')}]]
A: thank you the standard plan is ((price:{apounds(*pl)})) each so ((count:two)) of them paid in full today or over ((duration:twelve months)) with no interest
C: in full please i've been saving
A: lovely whenever you're ready with the card
C: okay [[CARD_NUMBER#c:{sp(p1)}]] um [[CARD_NUMBER#c:{sp(p2)}]]
A: yes
C: [[CARD_NUMBER#c:{sm(p3)}]] sorry the numbers are worn [[CARD_NUMBER#c:{sp(p4)}]]
A: take your time
C: [[CARD_NUMBER#c:{sm(p5)}]]
A: so that's [[CARD_NUMBER:{so(c, [4, 4, 4, 4])}]]
C: yes
A: and the expiry date please
C: [[EXPIRY:{aexp(m, y, 'a')}]]
A: and the three digit code
C: [[CVV:{sp(cv)}]]
A: that's all gone through do they know about this
C: not yet it's for their anniversary so if you phone please ring me not them [[PHONE:{aph(ph)}]]
A: of course i'll put that on both plans
"""


@case("asr")
def nursing_home_fees_daughter_sligo():
    pp = pps()
    eir = eircode("F91")
    h = hn(2, 50)
    iban = "ie" + digits(2) + "aibk" + digits(14)
    fee = money(1100, 1500, cents=False)
    return f"""
A: good morning st brigid's nursing home accounts office this is [[NAME:majella]]
C: hi [[NAME:majella]] it's [[NAME:orla mcgettigan]] my mother [[NAME:bridie]] moved in last week
A: ah yes [[NAME:bridie]] she's a great character she had us all in stitches at the bingo
C: that sounds like her listen i'm setting up the payments for her contribution
A: grand so under the fair deal her contribution is ((price:{nw(fee[0])} euro)) a month and the rest comes from the scheme
C: okay can i set up a direct debit from her account
A: you can are you her attorney or on the account with her
C: i'm a joint holder on it yeah
A: that's fine i'll need the iban
C: it's [[ACCOUNT_NUMBER#ib:{spell(iban[:2])} {sp(iban[2:4])} {spell(iban[4:8])}]] um [[ACCOUNT_NUMBER#ib:{sp(iban[8:14])} {sm(iban[14:])}]]
A: sorry say the last part again
C: [[ACCOUNT_NUMBER#ib!x:{sp(iban[14:])}]]
A: and for our records her pps number
C: [[SSN:{sp(pp[:7])} {spell(pp[7:])}]]
A: and her address before she came in
C: [[ADDRESS:{ahn(h)} rathedmond road]] sligo [[POSTCODE:{pc_say(eir)}]] but post can come to me now
A: where's that
C: same town [[ADDRESS:{ahn(hn(2, 40))} cleveragh drive]] [[POSTCODE:{pc_say(eircode('F91'))}]]
A: grand the first debit will go out on the ((date:first)) of next month
"""


@case("asr")
def medicaid_ride_for_grandmother():
    mid = digits(2, True) + digits(8)
    y, mo, d = dob(1937, 1947)
    h = hn(100, 3999)
    z = zipc("331")
    ph = us_ph("305")
    ad, am = day()
    return f"""
A: thank you for calling medride transportation my name is [[NAME:yesenia]] are you calling to schedule a ride
C: yes for my grandmother she doesn't speak english so i'm calling for her
A: okay no problem is she there with you
C: yes she's right here i'll translate if you need her to say anything
A: perfect what's her name
C: [[NAME:esperanza villalobos]]
A: and her medicaid id number
C: [[ACCOUNT_NUMBER#m:{sm(mid[:5])}]] hold on abuela [[ACCOUNT_NUMBER#m:{sm(mid[5:])}]]
A: and her date of birth
C: she says [[DOB:{adob(y, mo, d, 'c')}]]
A: thank you where are we picking her up
C: [[ADDRESS:{ahn(h)} northwest seventh street apartment two b]] miami [[POSTCODE:{sp(z)}]]
A: and the appointment
C: cardiology at jackson on the ((date:{aday(ad, am)})) at ((time:one thirty)) in the afternoon
A: does she use a wheelchair or a walker
C: a walker she can do ((count:two)) steps
A: okay pickup window is ((time:twelve)) to ((time:twelve thirty)) and what's a good number for the driver to call
C: call me not her she won't understand them [[PHONE:{aph(ph)}]] i'm [[NAME:daniela]]
A: thank you [[NAME:daniela]] the confirmation number is ((other:{sp(digits(7))})) and the return ride is will call so just phone us when she's done
"""


@case("transcript")
def dentist_teenage_son_glasgow():
    y, mo, d = dob(2008, 2010)
    c = card("mc")
    m, yy = expiry()
    cv = cvv()
    ph = uk_mob()
    dep = R.choice([40, 50, 60])
    ad, am = day()
    return f"""
A: Good morning, Kelvin Bridge Dental, [[NAME:Morag]] speaking.
C: Hi, I'd like to book my son in. He's chipped his front tooth playing rugby.
A: Oh no. Is he a patient with us already?
C: No, we've just moved. His name's [[NAME:Ewan Kincaid-Obi]].
A: And his date of birth?
C: [[DOB:{tdob(y, mo, d, 'uk')}]]. He's ((other:{R.randint(14, 16)})).
A: Thanks. I can see him on ((date:{tday(ad, am)})) at ((time:8:40)), before school. As a new private patient there's a ((price:£{dep})) deposit to hold the slot.
C: That's fine. I'll pay it now.
A: Lovely, and your name as the cardholder?
C: [[NAME:Samantha Kincaid]].
A: Go ahead with the card number.
C: It's [[CARD_NUMBER:{tcard(c)}]].
A: Expiry?
C: [[EXPIRY:{texp(m, yy, 'a')}]].
A: And the three digits on the back?
C: [[CVV:{cv}]].
A: That's taken, thank you. Can I have a mobile for the reminder text?
C: Mine, please: [[PHONE:{tph(ph)}]]. He never reads his texts.
A: Ha, they never do. And an email for the registration forms?
C: [[EMAIL:sam.kincaid@protonmail.com]].
A: Perfect. Ask him to bring the broken bit of tooth if he still has it.
"""


@case("asr")
def ivr_resident_visitor_permits():
    perm = digits(6, True)
    c = card("mc")
    m, y = expiry()
    cv = cvv()
    books = R.randint(2, 4)
    fee = money(10, 25, cents=False)
    return f"""
I: welcome to the city of york council parking payment line if you are buying visitor permits say visitor permits
C: visitor permits
I: please say your resident permit number
C: [[ACCOUNT_NUMBER:{sm(perm)}]]
I: thank you how many books of visitor permits would you like you can buy up to ((count:four))
C: ((count:{nw(books)}))
I: that will cost ((price:{nw(books * fee[0])} pounds)) please say your card number
C: [[CARD_NUMBER#c:{sp(c[:6])}]] uh [[CARD_NUMBER#c:{sm(c[6:])}]]
I: sorry i didn't get that please say your card number again
C: [[CARD_NUMBER:{sp(c)}]]
I: thank you please say the expiry date
C: [[EXPIRY:{aexp(m, y, 'c')}]]
I: please say the last three digits on the back of the card
C: [[CVV:{sm(cv)}]]
I: thank you your payment was successful your visitor permits will be posted to the permit holder within ((duration:five working days)) goodbye
"""


@case("asr")
def mobile_final_bill_late_husband():
    l4 = f"{R.randint(1, 9999):04d}"
    acct = digits(9, True)
    ph = us_ph("415")
    c = card("visa")
    p1, p2, p3, p4 = cut(c, [4, 4, 4, 4])
    m, y = expiry()
    cv = cvv()
    bill = money(45, 140)
    etf = money(150, 300, cents=False)
    return f"""
A: thanks for calling pacific wireless my name is [[NAME:jasmine]] who do i have the pleasure of speaking with
C: this is [[NAME:carol nakamura]] i'm calling because my husband passed away and i need to close his line
A: oh i'm so sorry for your loss [[NAME:carol]] let me help you with that
C: thank you
A: what's the phone number on the account
C: his number is [[PHONE:{aph(ph)}]]
A: and the account number if you have it
C: [[ACCOUNT_NUMBER:{sm(acct)}]]
A: thank you and to verify i'll need the last four of the account holder's social
C: his social ends in [[SSN:{sm(l4)}]]
A: and his name
C: [[NAME:kenji nakamura]]
A: okay i have it there's an early termination fee of ((price:{nw_us(etf[0])} dollars)) on the device but we waive that with a death certificate
C: i have it i can email it
A: perfect and there's a final bill of ((price:{adollars(*bill)})) do you want to pay that today
C: yes let's just get it done
A: okay go ahead with the card number
C: [[CARD_NUMBER#c:{sp(p1)}]]
A: mm-hmm
C: [[CARD_NUMBER#c:{hom(sp(p2), 2)}]] [[NAME:kenji]] always did this
A: take your time
C: [[CARD_NUMBER#c:{sm(p3)}]] uh [[CARD_NUMBER#c!x:{sp(p3)}]] sorry i said that twice [[CARD_NUMBER#c:{sm(p4)}]]
A: no problem so i have the card ending [[CARD_NUMBER!p:{sp(p4)}]]
C: that's right
A: expiration date
C: [[EXPIRY:{aexp(m, y, 'a')}]]
A: and the three digit code
C: [[CVV:{sp(cv)}]]
A: all paid where should i send the confirmation and the address for the death certificate
C: send it to [[EMAIL:carol n four one five at aol dot com]]
A: i'll send you the upload link in ((duration:a few minutes)) again i'm so sorry
"""


@case("asr")
def pet_claim_refund_to_daughter_adelaide():
    pol = digits(9, True)
    bsb = digits(6, True)
    acc = digits(8, True)
    ph = au_ph()
    vet = money(600, 1900)
    pct = R.choice([70, 80, 90])
    return f"""
A: thanks for calling bluegum pet insurance claims you're speaking with [[NAME:bronte]]
C: hi [[NAME:bronte]] i'm calling about a claim for my mum's cat she's in hospital herself at the moment so i'm handling it
A: oh sorry to hear that is your mum the policyholder
C: yeah [[NAME:beverley quinlan]] the cat's called pickles
A: ha love it can i get the policy number
C: [[ACCOUNT_NUMBER:{sm(pol)}]]
A: thanks and your name
C: [[NAME:jodie quinlan]] i'm listed as an authorised person on the policy mum did that last year
A: yep i can see you there okay so the vet invoice came through for ((price:{adollars(*vet)})) and with her cover at ((percentage:{nw(pct)} percent)) you'll get most of that back
C: great can it go into my account mum said that's fine as i paid the vet
A: because you're authorised we can do that what's the bsb
C: [[ACCOUNT_NUMBER:{sp(bsb[:3])} {sp(bsb[3:])}]]
A: and account number
C: [[ACCOUNT_NUMBER#a:{sm(acc[:4])}]] uh [[ACCOUNT_NUMBER#a:{sm(acc[4:])}]]
A: let me repeat that bsb [[ACCOUNT_NUMBER:{sp(bsb)}]] account [[ACCOUNT_NUMBER:{sp(acc)}]]
C: that's right
A: and a phone number in case the assessor has questions
C: [[PHONE:{aph(ph, 's')}]]
A: beautiful the payment should land within ((duration:three to five business days)) and pickles is a very lucky cat
"""


@case("transcript")
def stairlift_service_visit_son():
    h = hn(2, 160)
    pc = pc_uk("SK4")
    ph = uk_ldn()
    ser = "SL" + digits(6, True)
    yr = R.randint(2014, 2020)
    mdl = R.choice(["Glide 180", "Glide 260", "Contour 90"])
    ad, am = day()
    call = money(85, 140, cents=False)
    return f"""
A: Hello, Easystep Stairlifts service desk, [[NAME:Rhiannon]] speaking.
C: Hi. My mum's stairlift has stopped halfway up the stairs and she can't get it to move. I'm her son, ringing from work.
A: Is she safe? Is she on the lift now?
C: No, she's fine. She managed to get off at the top. She's just stuck upstairs.
A: Okay. Can I have the address?
C: [[ADDRESS:{h} Heaton Moor Road, Stockport]], [[POSTCODE:{pc}]].
A: And the name on the account?
C: [[NAME:Dorothy Fairweather]].
A: Thank you. It's the ((model_number:{mdl})), installed in ((year:{yr})). Is there a serial plate under the seat? It would confirm the rail type.
C: She's read it out to me: ((other:{ser})).
A: Perfect. It's out of warranty, so there's a call-out charge of ((price:£{call[0]})). Our engineer can be there on ((date:{tday(ad, am)})) between ((time:8 am)) and ((time:1 pm)).
C: Is there nothing sooner? She can't get downstairs to the kitchen.
A: Let me check... I can get someone there by ((time:6 pm)) today as an emergency visit.
C: Yes, please. Can the engineer ring me first? I'm [[NAME:Howard Fairweather]], [[PHONE:{tph(ph)}]].
A: Of course. And your email so I can send the job sheet?
C: [[EMAIL:h.fairweather@fairweather-joinery.co.uk]].
A: Done. The engineer's name is [[NAME:Dev]], and he'll call you about ((duration:30 minutes)) before he arrives.
"""


@case("asr")
def gym_arrears_husband_in_hospital():
    mem = "m" + digits(7, True)
    c = card("mc2")
    p1, p2, p3 = cut(c, [4, 4, 8])
    m, y = expiry()
    cv = cvv()
    arr = money(60, 130)
    ward = R.randint(2, 30)
    return f"""
A: good evening powerhouse gyms member services [[NAME:kieran]] speaking
C: hi there i've had a letter saying my husband owes you money he's been in hospital since march so he's not been near the place
A: oh i'm sorry to hear that let's have a look what's his name
C: [[NAME:abdul rahman siddiqui]]
A: and his membership number
C: it's on his key fob [[ACCOUNT_NUMBER:{spell(mem[0])} {sm(mem[1:])}]]
A: okay i see the direct debits bounced for two months so there's ((price:{apounds(*arr)})) in arrears
C: his account's frozen while the bank sorts out his power of attorney that's why he's been a member since ((year:{yw(R.randint(2012, 2019))})) and never missed one
A: that makes sense if you can send a letter from the hospital i can freeze the membership from the date he went in
C: he's on ward ((other:{nw(ward)})) at the royal i'll get the nurse to do one
A: brilliant and then the arrears would be wiped but if you'd rather clear it now to stop the letters i can take a card
C: yeah let's do that i can't face more letters it's my card my name's [[NAME:shabana siddiqui]]
A: go ahead [[NAME:shabana]]
C: [[CARD_NUMBER#c:{sp(p1)}]] then [[CARD_NUMBER#c!x:{sp(digits(2))}]] wait hang on [[CARD_NUMBER#c:{hom(sp(p2))}]]
A: yeah
C: [[CARD_NUMBER#c:{sm(p3)}]]
A: and the expiry date
C: [[EXPIRY:{aexp(m, y, 'a')}]]
A: and the little code on the back
C: [[CVV:{hom(sp(cv))}]]
A: thank you that's cleared and i'll refund it once the hospital letter comes in
C: really thank you
"""


@case("asr")
def tv_licence_over75_carer():
    lic = digits(10, True)
    n = ni()
    y, mo, d = dob(1930, 1946)
    h = hn(2, 99)
    pc = pc_uk("PL4")
    return f"""
A: tv licensing you're through to [[NAME:oscar]] how can i help
C: hello i'm a support worker calling with one of my service users he's had a letter saying he needs to pay for his licence now
A: okay is he with you and happy for you to speak for him
C: he's here yes he says that's fine
A: can i have his name
C: [[NAME:albert nwachukwu]]
A: and his licence number it's on the letter
C: [[ACCOUNT_NUMBER#l:{sp(lic[:4])}]] um [[ACCOUNT_NUMBER#l:{sm(lic[4:])}]]
A: thank you and the address
C: [[ADDRESS:{ahn(h)} embankment road plymouth]] [[POSTCODE:{pc_nato(pc)}]]
A: so he's over ((other:seventy five)) and the free licence now only applies if he gets pension credit does he get it
C: he does he got it from ((date:last april))
A: then he can keep the free licence i'll need his date of birth and national insurance number to check it with the department
C: date of birth [[DOB:{adob(y, mo, d, 'c')}]]
C: and his national insurance number is [[SSN:{pc_nato(n[:2], 'nato')} {sm(n[2:8])} {n[8].lower()}]]
A: thank you that's matched so there's nothing to pay and he'll get a new licence in ((duration:two weeks))
C: he's very happy about that he says thank you
"""


@case("asr")
def lottery_subscription_late_father():
    player = digits(8, True)
    c = card("visa")
    p1, p2, p3, p4 = cut(c, [4, 4, 4, 4])
    m, y = expiry()
    cv = cvv()
    lines = R.randint(2, 4)
    return f"""
A: hello national lottery player services this is [[NAME:aisha]]
C: hi [[NAME:aisha]] my dad had a lottery subscription for years and he's died and i want to carry it on in my name he'd want his numbers played
A: oh that's lovely i'm sorry about your dad what's his player number
C: it's on his email here [[ACCOUNT_NUMBER:{sp(player)}]]
A: thank you and his name
C: [[NAME:trevor mountjoy]]
A: okay i can see his subscription ((count:{nw(lines)})) lines twice a week we can't transfer the account itself but we can close his and set up the same numbers on an account for you
C: that's what i want same numbers
A: his numbers are ((other:{' '.join(nw(x) for x in sorted(R.sample(range(1, 60), 5)))} and {nw(R.randint(1, 59))})) on the first line is that the birthday one
C: yeah that's all our birthdays and the house number
A: aw okay what's your name
C: [[NAME:hayley mountjoy]]
A: and an email address for your new account
C: [[EMAIL:hayley mountjoy eighty eight at gmail dot com]]
A: and how would you like to pay
C: debit card
A: go ahead
C: [[CARD_NUMBER#c:{sp(p1)}]]
A: yes
C: [[CARD_NUMBER#c:{sm(p2)}]]
A: yes
C: [[CARD_NUMBER#c:{sm(p3)} {sm(p4)}]]
A: and the expiry
C: [[EXPIRY:{aexp(m, y, 'd')}]]
A: and the three digit code
C: [[CVV:{sp(cv)}]]
A: lovely so the first draw on the new account is saturday and any prize on his old account up to today still gets paid to his estate
C: he never won more than a tenner bless him
"""


@case("asr")
def residence_deposit_refund_victoria():
    sid = "v" + digits(8, True)
    ph = us_ph("250")
    h = hn(100, 3500)
    pc = pc_ca("V8R")
    dep = R.choice([500, 600, 750])
    return f"""
A: uvic residence services this is [[NAME:harpreet]] speaking
C: hi my son moved out of residence in april and we still haven't got his damage deposit back
A: let's take a look what's his name
C: [[NAME:noah tremblay-ahenakew]]
A: and his student number
C: [[ACCOUNT_NUMBER:{spell(sid[0])} {sp(sid[1:5])} {sm(sid[5:])}]]
A: okay i see [[NAME:noah]] moved out on ((date:april {ordw(R.randint(20, 30))})) and the inspection came back clean so the full ((price:{nw_us(dep)} dollars)) is due
C: so why hasn't it come
A: it looks like the refund went by e-transfer to an email that bounced is his school email still active
C: no they shut it off he graduated can it go to me i paid it in the first place
A: we can send it to the payer what's your name
C: [[NAME:martine tremblay]]
A: and the email for the e-transfer
C: [[EMAIL:martine tremblay at shaw dot ca]]
A: let me spell that back [[EMAIL:m a r t i n e tremblay at shaw dot ca]]
C: that's right
A: and for our records a phone number and mailing address
C: [[PHONE:{aph(ph)}]] and [[ADDRESS:{ahn(h)} cadboro bay road]] victoria [[POSTCODE:{pc_say(pc)}]]
A: perfect you'll see it within ((duration:five business days))
"""


@case("transcript")
def funeral_home_son_pays_denver():
    y, mo, d = dob(1938, 1952)
    ss = ssn_us()
    dd, dm = day()
    c = card("visa")
    m, yy = expiry()
    cv = cvv()
    ph = us_ph("303")
    dep = money(1500, 2500, cents=False)
    sd = R.randint(2, 28)
    return f"""
A: Mountain View Funeral Home, this is [[NAME:Garrett]].
C: Hi, this is [[NAME:Tobias Lindqvist-Hale]]. My mother died on ((date:{MONTHS[dm - 1].capitalize()} {ordt(dd)})) and my brother said you're handling things.
A: I'm so sorry for your loss. Yes, your brother came in yesterday. Your mother was [[NAME:Ingrid Hale]]?
C: That's right.
A: For the death certificate, I still need a couple of things. Her date of birth?
C: [[DOB:{tdob(y, mo, d, 'usnum')}]].
A: And her Social Security number?
C: I have her card here: [[SSN:{ss[:3]}-{ss[3:5]}-{ss[5:]}]].
A: Thank you. We'll also notify Social Security for you, so you don't need to call them.
C: That's a relief. My brother said there's a deposit to pay.
A: Yes, ((price:${dep[0]:,})) to hold the chapel for the ((date:{ordt(sd)})).
C: I'll put it on my Visa. Ready?
A: Go ahead.
C: [[CARD_NUMBER#c:{c[:4]} {c[4:8]} {c[8:12]}]]... sorry, the light's bad... [[CARD_NUMBER#c:{c[12:]}]].
A: Expiration?
C: [[EXPIRY:{texp(m, yy, 'a')}]].
A: Security code?
C: [[CVV:{cv}]].
A: That's approved. What's the best number for you, in case the florist needs to reach someone?
C: My cell is [[PHONE:{tph(ph)}]].
A: And an email for the contract?
C: [[EMAIL:tobias.lh@fastmail.com]].
A: Thank you, [[NAME:Tobias]]. The service is at ((time:11:00 a.m.)), and the family can arrive from ((time:10:30)).
"""


@case("asr")
def water_account_close_executor():
    acct = digits(8, True)
    h = hn(2, 99)
    pc = pc_uk("RG1")
    ph = uk_mob()
    rd = R.randint(1000, 4999)
    fb = money(20, 90)
    return f"""
A: thames reach water you're speaking with [[NAME:connor]]
C: hi i'm the executor for my uncle's estate and i need to close his water account his house is being sold
A: i'm sorry for your loss do you have the account number
C: yeah [[ACCOUNT_NUMBER#a:{sm(acct[:4])}]] sorry [[ACCOUNT_NUMBER#a:{sm(acct[4:])}]]
A: and the property address
C: [[ADDRESS:{ahn(h)} castle hill road reading]] [[POSTCODE:{pc_say(pc)}]]
A: thanks and his name just for the record
C: [[NAME:clifford adebayo]]
A: and yours
C: [[NAME:samuel adebayo]]
A: thank you [[NAME:samuel]] is there a meter do you have a reading
C: i took a photo it's ((quantity:{nw(rd)} cubic metres)) and then some red numbers
A: that's fine just the black numbers so the final bill will be roughly ((price:{apounds(*fb)})) which we'll send to you
C: can it come by email i'm not at his house
A: yes what's the address
C: [[EMAIL:sam underscore adebayo at yahoo dot co dot uk]]
A: and a number in case the meter reader needs access
C: [[PHONE:{aph(ph)}]] the neighbour has a key too
A: great the account will close from friday the ((date:{ordw(R.randint(2, 28))})) and the new owners set up their own
"""


@case("asr")
def school_uniform_teen_hands_to_mum():
    c = card("mc")
    p1, p2, p3 = cut(c, [4, 4, 8])
    m, y = expiry()
    cv = cvv()
    h = hn(2, 120)
    pc = pc_uk("WF1")
    tot = money(60, 140)
    return f"""
A: good afternoon school threads uniform shop [[NAME:leanne]] speaking
C: hi um i want to order a blazer and two jumpers for st ignatius high
A: okay lovely what size blazer
C: the ((other:{nw(R.choice([30, 32, 34]))})) chest and the jumpers are the ((other:age {nw(R.randint(11, 14))})) ones
A: and what name shall i put on the order
C: [[NAME:kayden o'rourke]]
A: and how are you paying [[NAME:kayden]]
C: oh my mum's paying i'll pass you to her
C: hello it's his mum sorry he wanted to do it himself
A: that's okay i've got the order here it comes to ((price:{apounds(*tot)})) and can i take your name
C: [[NAME:sinead o'rourke]]
A: go ahead with the card [[NAME:sinead]]
C: [[CARD_NUMBER#c:{sp(p1)}]] uh [[CARD_NUMBER#c:{sp(p2)}]]
A: yep
C: [[CARD_NUMBER#c:{sm(p3)}]]
A: can i read the last bit back [[CARD_NUMBER!p:{sp(p3)}]]
C: yes that's right
A: expiry date
C: [[EXPIRY:{aexp(m, y, 'b')}]]
A: and the security code
C: [[CVV:{sp(cv)}]]
A: and is it going to the address on the card
C: yes [[ADDRESS:{ahn(h)} lupset crescent wakefield]] [[POSTCODE:{pc_say(pc)}]]
A: and an email for the dispatch note
C: [[EMAIL:sinead o r at icloud dot com]]
A: that'll be with you in ((duration:three to four working days)) and the tracking number's on the email it's ((other:{so(not_luhn(14), [4, 4, 6])}))
"""


@case("asr")
def hearing_aids_interpreter_greek_melbourne():
    med = digits(10, True)
    irn = R.randint(1, 5)
    y, mo, d = dob(1935, 1944)
    h = hn(2, 150)
    pc = au_pc("3")
    ph = au_ph()
    ad, am = day()
    return f"""
A: good morning hearing services [[NAME:lachlan]] speaking
C: hello this is [[NAME:eleni]] i'm a telephone interpreter i have mister [[NAME:papadopoulos]] on the line he speaks greek
A: thank you [[NAME:eleni]] can i have his full name
C: he says [[NAME:konstantinos papadopoulos]]
A: and his medicare number including the number next to his name
C: he's reading the card [[ACCOUNT_NUMBER:{sp(med[:4])} {sp(med[4:9])} {sp(med[9])}]] and the reference is ((other:{nw(irn)}))
A: thank you and his date of birth
C: he says [[DOB:{adob(y, mo, d, 'a')}]]
A: what can we help him with today
C: he says his hearing aids are whistling and the right one has stopped working completely
A: we can book him in to have them checked what's his address
C: he says [[ADDRESS:{ahn(h)} sydney road brunswick]] [[POSTCODE:{sp(pc)}]]
A: and a phone number
C: he says to call his daughter because he can't hear on the phone her number is [[PHONE:{aph(ph)}]] her name is [[NAME:despina]]
A: i have ((date:{aday(ad, am)})) at ((time:ten am)) at the brunswick centre
C: he says yes thank you and asks if he should bring the old batteries
A: tell him yes bring everything and the appointment is about ((duration:an hour))
"""


@case("asr")
def travel_claim_husband_for_wife_cancun():
    pol = "tv" + digits(7, True)
    y, mo, d = dob(1958, 1968)
    fl1 = R.randint(1100, 1999)
    fl2 = R.randint(200, 999)
    amt = money(6000, 14000, cents=False)
    ph = us_ph("480")
    return f"""
A: safeguard travel assistance this is [[NAME:ricardo]] are you calling about an emergency abroad
C: yes my wife is in the hospital in cancun she fell by the pool and broke her ankle they want to operate
A: i'm so sorry sir is she safe and being treated right now
C: yeah she's in a room they just won't do the surgery until they get the guarantee of payment
A: understood i'll get our medical team on it what's the policy number
C: [[ACCOUNT_NUMBER:{spell(pol[:2])} {sm(pol[2:])}]]
A: and the traveler's name and date of birth
C: [[NAME:hope kessler]] and her birthday is [[DOB:{adob(y, mo, d, 'c')}]]
A: and your name
C: [[NAME:gary kessler]] i'm on the policy too
A: thank you [[NAME:gary]] what's the name of the hospital
C: hospiten cancun the doctor is doctor [[NAME:villaseñor]]
A: and the estimated cost they gave you
C: ((price:{nw_us(amt[0])} dollars)) for the surgery and ((duration:three nights))
A: okay and were you due to fly home soon
C: saturday on ((flight_number:aa {ahn(fl1)})) through dallas and then ((flight_number:aa {ahn(fl2)})) to phoenix
A: she won't be fit to fly saturday so we'll rebook you both once the doctor clears her a call back number please
C: my cell [[PHONE:{aph(ph)}]] it works down here
A: and an email for the claim documents
C: [[EMAIL:gary kessler az at outlook dot com]]
A: we'll call the hospital within the hour with the guarantee
"""


@case("transcript")
def nursery_fees_twins_dad():
    inv = "INV-" + digits(5, True)
    c = card("visa")
    m, y = expiry()
    cv = cvv()
    tot = money(1800, 2600)
    hrs = R.choice([15, 30])
    return f"""
A: Good morning, Little Acorns Nursery, [[NAME:Shireen]] speaking.
C: Hi [[NAME:Shireen]], it's [[NAME:Benedikt Haas]], dad of [[NAME:Lotte]] and [[NAME:Mila]], the twins in the Hedgehog room.
A: Hi [[NAME:Benedikt]]! How can I help?
C: I've got the invoice for this term and I want to pay it by card. My wife usually does it, but she's away.
A: No problem. Which invoice number?
C: [[ACCOUNT_NUMBER:{inv}]].
A: Thanks. That's ((price:£{tot[0]:,}.{tot[1]:02d})) for both girls after the ((duration:{hrs} hours)) funded entitlement.
C: Right. Card number is [[CARD_NUMBER#c:{c[:8]}]], then [[CARD_NUMBER#c:{c[8:]}]].
A: Sorry, could you give me those as four-digit groups?
C: [[CARD_NUMBER:{tcard(c)}]].
A: Thank you. The expiry date?
C: [[EXPIRY:{texp(m, y, 'a')}]].
A: And the CVV?
C: [[CVV:{cv}]].
A: That's gone through. Shall I email the receipt to you or to your wife?
C: To me, please: [[EMAIL:benedikt.haas@posteo.de]].
A: Done. And just a reminder, the nursery is closed on ((date:{tday(*day())})) for staff training.
"""


@case("asr")
def lpa_registration_pension_provider():
    lpa = digits(4, True) + digits(8)
    n = ni()
    y, mo, d = dob(1939, 1950)
    h = hn(2, 60)
    pc = pc_uk("YO10")
    pol = digits(8, True)
    return f"""
A: good morning castlegate life and pensions you're speaking to [[NAME:jessica]]
C: hi [[NAME:jessica]] i need to register a lasting power of attorney for my mother on her pension
A: of course have you got the lpa itself with the office of the public guardian stamp
C: yes it was registered in ((date:february)) i've got it in front of me
A: great what's your mother's name
C: [[NAME:lilian petrakis]]
A: and her policy number with us
C: [[ACCOUNT_NUMBER:{sm(pol)}]]
A: for security her date of birth and national insurance number please
C: [[DOB:{adob(y, mo, d, 'd')}]] and national insurance [[SSN#n:{spell(n[:2])} {sp(n[2:4])}]] um [[SSN#n:{sp(n[4:8])} {n[8].lower()}]]
A: thanks and the lpa reference number it's on the top right of the first page
C: [[ACCOUNT_NUMBER:{sp(lpa[:4])} dash {sp(lpa[4:8])} dash {sp(lpa[8:])}]]
A: and who are the attorneys
C: me [[NAME:stavros petrakis]] and my sister [[NAME:elena]] jointly and severally
A: okay with the online checking service i can verify that now it'll take about ((duration:two minutes)) is she still at [[ADDRESS:{ahn(h)} heslington lane york]]
C: yes same address
A: and the postcode
C: [[POSTCODE:{pc_say(pc, 'glued')}]]
A: perfect that's verified you're both registered and either of you can call us from now on
"""


@case("asr")
def pharmacy_caregiver_copay_phoenix():
    y, mo, d = dob(1930, 1942)
    c = card("mc")
    p1, p2, p3, p4 = cut(c, [4, 4, 4, 4])
    m, yy = expiry()
    cv = cvv()
    ph = us_ph("602")
    cop = money(30, 90)
    return f"""
A: desert sun pharmacy this is [[NAME:manny]]
C: hi [[NAME:manny]] i'm a caregiver for one of your patients and i need to pay for her insulin so the driver can drop it off
A: sure thing what's the patient's name
C: [[NAME:birdie colquhoun]] that's [[NAME:c o l q u h o u n]]
A: and her date of birth
C: [[DOB:{adob(y, mo, d, 'b')}]]
A: okay i see the lantus ((count:five)) pens at ((quantity:one hundred units)) per m l the copay is ((price:{adollars(*cop)}))
C: that's right she uses ((quantity:{nw(R.randint(10, 30))} units)) at night
A: is it her card or yours
C: it's hers she gave it to me to pay her bills i have her permission in writing
A: okay go ahead
C: [[CARD_NUMBER#c:{sp(p1)}]]
A: got it
C: [[CARD_NUMBER#c:{sp(p2)}]] [[NAME:birdie]] what's this number is that a three
C: she says it's a three okay [[CARD_NUMBER#c:{sm(p3)}]]
A: and the last four
C: [[CARD_NUMBER#c:{sm(p4)}]]
A: expiration
C: [[EXPIRY:{aexp(m, yy, 'c')}]]
A: and the cvc
C: [[CVV:{sp(cv)}]]
A: that went through the driver will be out between ((time:two)) and ((time:five)) and what's the best number
C: my cell [[PHONE:{aph(ph, 's')}]]
"""


@case("asr")
def optician_home_visit_care_home():
    y1, m1, d1 = dob(1928, 1940)
    y2, m2, d2 = dob(1930, 1942)
    nhs1 = digits(10, True)
    nhs2 = digits(10, True)
    ph = uk_city()
    r1, r2 = R.randint(1, 30), R.randint(31, 60)
    ad, am = day()
    return f"""
A: visioncare at home this is [[NAME:harriet]]
C: hi [[NAME:harriet]] it's [[NAME:precious moyo]] i'm the activities coordinator at meadowbank lodge i'd like to book eye tests for two of our residents
A: lovely can i take the first resident's details
C: [[NAME:cyril ackroyd]] he's in room ((other:{nw(r1)})) date of birth [[DOB:{adob(y1, m1, d1, 'a')}]]
A: and his nhs number
C: [[ACCOUNT_NUMBER:{sp(nhs1[:3])} {sp(nhs1[3:6])} {sp(nhs1[6:])}]]
A: thank you and the second
C: [[NAME:olive mcnamara]] room ((other:{nw(r2)})) she was born [[DOB:{adob(y2, m2, d2, 'b')}]]
A: nhs number for her
C: give me a sec it's on another sheet [[ACCOUNT_NUMBER#n2:{sm(nhs2[:5])}]] uh [[ACCOUNT_NUMBER#n2:{sm(nhs2[5:])}]]
A: do either of them have someone with power of attorney we should speak to about glasses
C: [[NAME:olive]]'s son [[NAME:declan]] deals with everything for her [[NAME:cyril]] manages himself
A: okay and the best number for the home
C: [[PHONE:{aph(ph)}]] ask for me or the nurse in charge
A: we can come on ((date:{aday(ad, am)})) in the morning the tests take about ((duration:twenty minutes)) each
C: perfect i'll make sure they're up and dressed by ((time:ten))
"""


@case("transcript")
def funeral_director_executor_hobart():
    y, mo, d = dob(1932, 1948)
    dd, dm = day()
    c = card("mc")
    m, yy = expiry()
    cv = cvv()
    ph = au_ph()
    dep = money(1800, 3200, cents=False)
    return f"""
A: Good afternoon, Derwent Valley Funerals, [[NAME:Mitchell]] speaking.
C: Hi, my name's [[NAME:Faith Dunleavy]]. I'm the executor for my godmother, [[NAME:Verity Ashcombe]]. She died at the Royal on ((date:{tday(dd, dm)})).
A: I'm very sorry. We received the transfer from the hospital this morning. Were you close?
C: Very. She had no children, so it's all fallen to me.
A: We'll help you through it. For the registration, I need her date of birth and her place of birth.
C: [[DOB:{tdob(y, mo, d, 'long')}]], in Launceston.
A: Thank you. The deposit to confirm the service is ((price:A${dep[0]:,})). Would you like to pay that from the estate or yourself?
C: Myself for now. The estate account isn't open yet.
A: Of course. Go ahead with the card.
C: [[CARD_NUMBER:{tcard(c)}]].
A: And the expiry date and CVV?
C: Expires [[EXPIRY:{texp(m, yy, 'a')}]], CVV [[CVV:{cv}]].
A: Thank you. What's the best phone number for you?
C: [[PHONE:{tph(ph)}]].
A: And an email for the arrangement summary?
C: [[EMAIL:faith.dunleavy@bigpond.com]].
A: Lovely. We'll meet on Thursday at ((time:2 pm)) to go through the service. It usually takes about ((duration:an hour and a half)).
"""


@case("asr")
def funeral_director_son_cork():
    c = card("mc")
    p1, p2, p3 = cut(c, [4, 4, 8])
    wrong = digits(6)
    m, y = expiry()
    cv = cvv()
    h = hn(2, 80)
    eir = eircode("T23")
    dep = money(900, 1600, cents=False)
    dd, dm = day()
    return f"""
A: good evening o'flynn and sons funeral directors [[NAME:ciarán]] speaking
C: hello [[NAME:ciarán]] it's [[NAME:donal hegarty]] you're looking after my mother [[NAME:nuala]]
A: ah [[NAME:donal]] yes i'm so sorry for your trouble how are ye all holding up
C: ah we're grand considering the removal's tomorrow evening at ((time:six)) isn't it
A: it is and the funeral mass is the ((date:{aday(dd, dm)})) at ((time:eleven)) in the north cathedral
C: perfect listen i wanted to pay the deposit for the grave opening you said it was ((price:{nw(dep[0])} euro))
A: that's right i can take it now if that suits
C: go on so the card is [[CARD_NUMBER#c!x:{sp(wrong)}]] sorry no that's the wrong card entirely start again
A: no bother at all
C: [[CARD_NUMBER#c:{sp(p1)}]]
A: yep
C: [[CARD_NUMBER#c:{sm(p2)}]] uh [[CARD_NUMBER#c:{sm(p3)}]]
A: and when does that one run out
C: [[EXPIRY:{aexp(m, y, 'a')}]]
A: and the three on the back
C: [[CVV:{sp(cv)}]]
A: grand that's gone through do you want the receipt sent to the house
C: to my house yeah [[ADDRESS:{ahn(h)} blarney road]] cork [[POSTCODE:{pc_say(eir)}]]
A: and an email too if you like
C: [[EMAIL:donal hegarty at eircom dot net]]
A: lovely i'll see ye all tomorrow evening
"""


@case("transcript")
def family_plan_add_father_tampa():
    ss = ssn_us()
    y, mo, d = dob(1944, 1954)
    h = hn(100, 9999)
    z = zipc("336")
    c = card("visa")
    m, yy = expiry()
    cv = cvv()
    act = R.choice([25, 30, 35])
    return f"""
A: Thanks for calling Sunstate Mobile, this is [[NAME:Destiny]]. Who am I speaking with?
C: Hi [[NAME:Destiny]], I'm [[NAME:Rosalind Achterberg]]. I want to add my dad to my family plan. He just moved in with us.
A: Love that. I'll need some information from him for the credit check. Is he with you?
C: He's right here. Dad, she needs your details.
C: Hello, this is [[NAME:Dirk Achterberg]].
A: Hi, [[NAME:Dirk]]. Can I get your date of birth?
C: [[DOB:{tdob(y, mo, d, 'us')}]].
A: And your Social Security number?
C: [[SSN:{ss[:3]} {ss[3:5]} {ss[5:]}]].
A: Thank you. And your current address?
C: It's my daughter's now: [[ADDRESS:{h} West Bay Villa Avenue]], Tampa, Florida [[POSTCODE:{z}]].
A: Perfect, he's approved. There's a one-time activation fee of ((price:${act})). I can take that on the card you have on file, or another card.
C: This is [[NAME:Rosalind]] again. Use a different card, please. [[CARD_NUMBER#c:{c[:4]} {c[4:8]}]]...
A: Go on.
C: [[CARD_NUMBER#c:{c[8:12]} {c[12:]}]].
A: Expiration date?
C: [[EXPIRY:{texp(m, yy, 'b')}]].
A: And the CVV?
C: [[CVV:{cv}]].
A: All set. The SIM ships today and arrives in ((duration:2 business days)). Should the confirmation go to your email on file?
C: Send it to his new one, please: [[EMAIL:dirk.achterberg44@gmail.com]].
"""


@case("asr")
def council_tax_discount_widow_speaker():
    acct = digits(9, True)
    n = ni()
    dd, dm = day()
    h = hn(2, 99)
    pc = pc_uk("LE2")
    pct = 25
    return f"""
A: leicester city council revenues [[NAME:amrit]] speaking how can i help
C: hello i've got you on speaker my mum's here with me her husband my dad died last month and we've been told she can get a discount
A: i'm very sorry for your loss can i speak to your mum first to get her permission
C: hello dear yes it's [[NAME:pushpa]] speaking she can talk for me my english is not so good
A: thank you mrs [[NAME:pushpa]] and can i take your full name
C: [[NAME:pushpa lakhani]] mum we're doing the account now
A: and your name please
C: [[NAME:rekha lakhani]] i'm her daughter
A: thank you [[NAME:rekha]] the council tax account number
C: [[ACCOUNT_NUMBER:{sm(acct)}]]
A: and the property
C: [[ADDRESS:{ahn(h)} evington drive leicester]] [[POSTCODE#pc:{pc_say(pc.split()[0])}]] um [[POSTCODE#pc:{pc_nato(pc.split()[1])}]]
A: and the date your dad passed away and his full name
C: the ((date:{aday(dd, dm)})) [[NAME:hasmukh lakhani]]
A: i'm so sorry so now your mum lives alone she gets the ((percentage:{nw(pct)} percent)) single person discount from the day after that date
C: that's what we heard they also said there might be a pension credit thing
A: that's the department for work and pensions but if she gets it she can also apply for council tax support for that i'd need her national insurance number
C: mum where's your letter okay it's [[SSN:{spell(n[:2])} {sp(n[2:8])} {n[8].lower()}]]
A: thank you i'll send her the form and the new bill will come in ((duration:ten days))
C: thank you very much she says
"""


@case("asr")
def gym_cancel_son_in_hospital_calgary():
    mem = digits(9, True)
    l4 = digits(4)
    h = hn(100, 999)
    pc = pc_ca("T3E")
    ph = us_ph("403")
    return f"""
A: thanks for calling peak athletic clubs my name's [[NAME:kaitlyn]] how can i help you
C: hi i'm calling about my son's membership he was in a snowboarding accident and he's going to be in foothills hospital for a while
A: oh no i'm so sorry is he okay
C: he will be it's his back he's got months of rehab
A: we can definitely cancel it or freeze it on medical grounds is he able to come to the phone
C: no he's on a lot of medication that's why i'm calling i'm his mom [[NAME:wendy okonjo-friesen]]
A: and his name
C: [[NAME:tristan friesen]]
A: and his membership number
C: [[ACCOUNT_NUMBER:{sm(mem)}]]
A: okay i'll need him to sign the form eventually but i can stop the billing today the card on file ends in [[CARD_NUMBER!p:{sp(l4)}]] is that his
C: yeah that's his visa ending [[CARD_NUMBER!p:{sm(l4)}]]
A: okay and where should the form go
C: send it to my place he's coming home to us [[ADDRESS:{ahn(h)} twenty ninth avenue southwest]] calgary [[POSTCODE:{pc_say(pc)}]]
A: and a phone number for you
C: [[PHONE:{aph(ph)}]]
A: and an email i can send the form electronically it's faster
C: [[EMAIL:wendy o f at telus dot net]]
A: okay billing is paused as of today and he won't be charged for ((date:may)) i hope he feels better soon
"""


@case("transcript")
def pet_insurance_daughter_for_mums_dog():
    pol = "PW" + digits(7, True)
    c = card("mc2")
    m, y = expiry()
    cv = cvv()
    ph = uk_mob()
    prem = money(24, 48)
    yr = R.randint(2013, 2017)
    return f"""
A: Good morning, Tailwise Pet Insurance, [[NAME:Oliver]] speaking.
C: Hi, I'm calling for my mum. Her policy lapsed because the direct debit was on my late father's account, and we didn't realise it had been closed.
A: I'm sorry to hear about your father. Let's get it sorted. What's the policy number?
C: [[ACCOUNT_NUMBER:{pol}]].
A: Thank you. That's for Bramble, the ((year:{yr})) spaniel. And the policyholder is [[NAME:Ada Whitlock]]?
C: Yes. I'm [[NAME:Felicity Whitlock]], her daughter. She's here and says it's fine for me to speak for her.
A: [[NAME:Ada]], could you just say "yes" so I can hear you agree?
C: Yes, that's fine, dear.
A: Thank you. There's one missed premium of ((price:£{prem[0]}.{prem[1]:02d})). If we take that today, the cover carries on without a gap.
C: Please. I'll pay it on my card, and then we'll set up a new direct debit from her own account next week.
A: Go ahead with the card number.
C: [[CARD_NUMBER:{tcard(c)}]].
A: And the expiry?
C: [[EXPIRY:{texp(m, y, 'b')}]].
A: And the three-digit security code?
C: [[CVV:{cv}]].
A: Lovely, that's done. Can I add you as a named contact so you can call about the policy in future?
C: Yes. My mobile is [[PHONE:{tph(ph)}]] and my email is [[EMAIL:fliss.whitlock@outlook.com]].
A: You're added. Give Bramble a biscuit from us.
"""


@case("asr")
def travel_claim_mother_for_daughter_bali():
    pol = digits(10, True)
    y, mo, d = dob(1996, 2003)
    fl = R.randint(100, 999)
    ph = au_ph()
    amt = money(2500, 8000, cents=False)
    return f"""
A: you're through to coastline travel insurance emergency assistance my name is [[NAME:brodie]]
C: hi i'm calling for my daughter she's had a scooter accident in bali and she's in hospital in denpasar
A: oh no is she okay
C: she's broken her collarbone and she's got stitches on her leg she's conscious and talking but she's a mess
A: okay we'll look after her can i get the policy number
C: [[ACCOUNT_NUMBER#p:{sm(pol[:5])}]] sorry i'm shaking [[ACCOUNT_NUMBER#p:{sm(pol[5:])}]]
A: take your time you're doing fine and her name and date of birth
C: [[NAME:tahnee wilkinson]] she was born [[DOB:{adob(y, mo, d, 'a')}]]
A: and your name
C: [[NAME:lorraine wilkinson]] i'm her mum i'm in newcastle
A: okay [[NAME:lorraine]] one thing i have to ask was she licensed to ride the scooter and wearing a helmet
C: she had a helmet and she's got her motorbike licence she's been riding since she was ((other:seventeen))
A: good that matters for the cover the hospital will have asked for a deposit do you know how much
C: ((price:{nw(amt[0])} dollars)) they said
A: we'll deal with the hospital directly so she won't have to pay that when was she meant to fly home
C: next tuesday on ((flight_number:jq {ahn(fl)})) to sydney
A: we'll sort out changing that once the doctors say she can fly whats the best number for you
C: [[PHONE:{aph(ph)}]] and she's got her phone but the battery's nearly gone
A: and can i get an email to send the claim forms
C: [[EMAIL:lorraine w sixty one at bigpond dot com]]
A: okay our medical team will call the hospital in the next hour and i'll ring you back after that
"""


@case("asr")
def mobility_scooter_purchase_granddaughter():
    c = card("visa")
    p1, p2, p3, p4, p5 = cut(c, [2, 4, 2, 4, 4])
    m, y = expiry()
    cv = cvv()
    h = hn(2, 99)
    pc = pc_uk("SA2")
    pr = money(1200, 2400, cents=False)
    mdl = R.randint(3, 8)
    return f"""
A: hello freedom wheels mobility [[NAME:gareth]] speaking
C: hiya i'm ringing to buy a scooter for my nan she came in on saturday and tried the ((model_number:roadster {nw(mdl)})) she loved it
A: oh yes the lady with the walking stick with the flowers on it
C: that's her [[NAME:glenys bevan]]
A: she was lovely and what's your name
C: [[NAME:ffion bevan]] she's asked me to pay for it she doesn't do cards over the phone
A: right so the roadster is ((price:{apounds(*pr)})) with the ((duration:two year)) warranty and delivery and setup is free
C: perfect
A: go ahead with the card
C: okay [[CARD_NUMBER#c:{sm(p1)}]] um [[CARD_NUMBER#c:{sp(p2)}]]
A: mm-hmm
C: [[CARD_NUMBER#c:{sm(p3)}]] hang on nan's trying to tell me something
C: okay sorry [[CARD_NUMBER#c:{sp(p4)}]] and the last bit [[CARD_NUMBER#c:{sm(p5)}]]
A: let me check the last four [[CARD_NUMBER!p:{sp(p5)}]]
C: that's it
A: expiry
C: [[EXPIRY:{aexp(m, y, 'b')}]]
A: security code
C: [[CVV:{sp(cv)}]]
A: thank you and where's it going
C: to nan's [[ADDRESS:{ahn(h)} saint helen's road swansea]] [[POSTCODE:{pc_say(pc)}]]
A: lovely we'll bring it on thursday and show her how to charge it it takes about ((duration:eight hours)) from flat
C: she'll be out on it every day
"""


@case("asr")
def hearing_aid_repair_three_way_tucson():
    c = card("amex")
    p1, p2, p3 = cut(c, [4, 6, 5])
    m, y = expiry()
    cv = cvv(4)
    h = hn(1000, 9999)
    z = zipc("857")
    ser = digits(8, True)
    fee = money(150, 350, cents=False)
    return f"""
A: sonoran hearing center this is [[NAME:brandi]]
C: hi this is [[NAME:wade holloway]] calling for my father [[NAME:clarence holloway]] his left hearing aid is dead again
A: okay is it still under warranty
C: i don't know that's why i'm calling
A: let me conference in the manufacturer's repair desk they can look up the serial hold on one second
A: hi this is [[NAME:brandi]] from sonoran hearing i have a patient's son on the line
A: hi there this is [[NAME:ngozi]] with the repair desk can i get the serial number off the aid
C: it's tiny hold on ((other:{sp(ser)}))
A: thanks that warranty ended in ((date:march)) so an out of warranty repair is ((price:{nw_us(fee[0])} dollars))
C: fine let's do it
A: i'll drop off now and [[NAME:brandi]] can take the payment thanks everyone
A: okay it's just us again how would you like to pay
C: amex [[CARD_NUMBER#c:{sp(p1)}]] uh [[CARD_NUMBER#c:{sm(p2)}]]
A: go ahead
C: [[CARD_NUMBER#c:{sm(p3)}]]
A: and the four digits on the front above the number
C: [[CVV:{sp(cv)}]]
A: and the expiration date
C: [[EXPIRY:{aexp(m, y, 'a')}]]
A: got it and we'll ship the loaner to his address [[ADDRESS:{ahn(h)} east speedway boulevard]] tucson [[POSTCODE:{sp(z)}]]
C: yes that's his place
A: the repair turnaround is about ((duration:ten business days)) and the loaner ships ups tracking ((other:{sp(not_luhn(18))}))
"""


@case("transcript")
def school_trip_two_children_dublin():
    c = card("visa")
    m, y = expiry()
    cv = cvv()
    t1 = R.randint(180, 260)
    t2 = R.randint(40, 90)
    return f"""
A: Good afternoon, Scoil Mhuire office, [[NAME:Gráinne]] speaking.
C: Hi [[NAME:Gráinne]], it's [[NAME:Hannah Oyelaran-Byrne]]. I'm paying for two trips, one for each of my kids.
A: Grand. Which trips?
C: [[NAME:Tadhg]]'s in sixth class, so the Gaeltacht weekend, and [[NAME:Joy]]'s in second class, the zoo trip.
A: So that's ((price:€{t1})) for [[NAME:Tadhg]] and ((price:€{t2})) for [[NAME:Joy]], ((price:€{t1 + t2})) altogether.
C: That's it. Can I pay by card over the phone? My husband is reading it out to me because it's his card.
A: That's fine.
C: He says [[CARD_NUMBER#c:{c[:4]} {c[4:8]}]]... what's the next bit, love? ... [[CARD_NUMBER#c:{c[8:12]} {c[12:]}]].
A: And the expiry?
C: [[EXPIRY:{texp(m, y, 'c')}]].
A: And the CVV?
C: [[CVV:{cv}]].
A: Lovely. Could I have an email for the receipts?
C: [[EMAIL:hannah.oyelaran@eircom.net]].
A: Perfect. The Gaeltacht bus leaves at ((time:9:15)) on Friday, so [[NAME:Tadhg]] needs to be in by ((time:8:45)).
"""


@case("asr")
def emergency_dentist_elderly_father():
    y, mo, d = dob(1936, 1946)
    c = card("mc")
    p1, p2, p3, p4 = cut(c, [4, 4, 4, 4])
    m, yy = expiry()
    cv = cvv()
    ph = uk_mob()
    ph2 = uk_city()
    fee = money(45, 95, cents=False)
    return f"""
A: brightsmile dental norwich [[NAME:zainab]] speaking
C: morning i'm ringing for my dad his dentures have snapped in half and he's got a big family do on saturday
A: oh dear not the best timing is he registered with us
C: yes [[NAME:horace tibbles]]
A: and his date of birth please
C: dad when's your birthday she needs it he says [[DOB:{adob(y, mo, d, 'b')}]]
A: lovely i've found him we can do an emergency repair slot today at ((time:four twenty)) the repair's ((price:{nw(fee[0])} pounds)) and we ask for it up front for emergency slots
C: fine i'll pay now it'll be my card i'm his son [[NAME:rupert]]
A: go ahead [[NAME:rupert]]
C: [[CARD_NUMBER#c:{sp(p1)}]]
A: yep
C: [[CARD_NUMBER#c:{hom(sp(p2))}]] dad sit down i'm on the phone [[CARD_NUMBER#c:{sm(p3)}]]
A: and the last four
C: [[CARD_NUMBER#c:{sp(p4)}]]
A: so the last four are [[CARD_NUMBER!p:{sp(p4)}]]
C: yes
A: what's the expiry date on the card
C: [[EXPIRY:{aexp(m, yy, 'a')}]]
A: and the code on the back
C: [[CVV:{sp(cv)}]]
A: thank you we'll text the appointment to the number we have for him is that still right ending [[PHONE!p:{sp(ph2[-4:])}]]
C: that's his landline he won't get a text send it to me [[PHONE:{aph(ph)}]]
A: done and tell him to bring both halves in a little bag
"""


@case("asr")
def charity_recurring_donation_late_mother_boston():
    l4 = digits(4)
    h = hn(10, 400)
    z = zipc("021")
    amt = R.choice([15, 20, 25, 30, 50])
    yrs = R.randint(8, 20)
    return f"""
A: thank you for calling the north shore food bank donor line this is [[NAME:maeve]] speaking
C: hi [[NAME:maeve]] my mother was a monthly donor and she passed away in january i need to stop the donation
A: oh i'm very sorry thank you for calling what was your mother's name
C: [[NAME:eleanor fitzwilliam]]
A: and her address so i can find her record
C: [[ADDRESS:{ahn(h)} commonwealth avenue apartment six]] boston [[POSTCODE:{sp(z)}]]
A: found her she'd been giving ((price:{nw_us(amt)} dollars)) a month for ((duration:{nw(yrs)} years)) she was one of our longest donors
C: that sounds like her she volunteered there too on thursdays
A: i'll cancel it now it's on the card ending in [[CARD_NUMBER!p:{sp(l4)}]]
C: that's her card yes it's closed now anyway
A: okay so nothing further will be charged would you like a letter confirming her total giving for the estate
C: yes that would help can you email it i'm her son [[NAME:bartholomew]] [[NAME:bart]]
A: of course [[NAME:bart]] what's the email
C: [[EMAIL:bart fitzwilliam at comcast dot net]]
A: i'll send it in ((duration:a couple of days)) and we'd love to put her name on our volunteer wall if the family agrees
C: she'd have liked that
"""


@case("asr")
def care_home_top_up_grandson():
    c = card("visa")
    p1, p2 = cut(c, [8, 8])
    m, y = expiry()
    cv = cvv()
    inv = digits(6, True)
    top = money(150, 400, cents=False)
    return f"""
A: good afternoon heatherlea care home finance this is [[NAME:susan]]
C: hi [[NAME:susan]] my name's [[NAME:jamal ferguson-oduya]] my gran [[NAME:hyacinth ferguson]] is with you
A: oh yes [[NAME:hyacinth]] she's got the best laugh in the building
C: ha that's her i'm calling to pay the top up on her fees the council pays most of it but there's a top up each month
A: yes that's ((price:{nw(top[0])} pounds)) a month normally her daughter pays it
C: my mum yeah she's having an operation so i said i'd do it this time
A: that's kind of you do you have the invoice number
C: [[ACCOUNT_NUMBER:{sm(inv)}]]
A: and paying by card
C: yeah [[CARD_NUMBER#c:{sm(p1)}]] uh [[CARD_NUMBER#c:{sm(p2)}]]
A: sorry could you repeat the first eight
C: [[CARD_NUMBER#c!x:{sp(p1)}]]
A: lovely and the expiry and security number please
C: expiry [[EXPIRY:{aexp(m, y, 'c')}]] and the code is [[CVV:{sp(cv)}]]
A: thank you [[NAME:jamal]] that's all paid i'll pop a receipt in the post to your mum
C: cheers and can you tell gran i said hi
A: i'll tell her at tea time at ((time:four)) she'll be thrilled
"""


@case("transcript")
def pharmacy_interpreter_punjabi_brampton():
    hc = digits(10, True)
    y, mo, d = dob(1940, 1952)
    h = hn(10, 200)
    pc = pc_ca("L6T")
    ph = us_ph("905")
    op = digits(5, True)
    return f"""
A: Heart Lake Pharmacy, [[NAME:Vanessa]] speaking.
C: Hello, this is an interpreter with Voyce, ID ((other:{op})). I have a caller who speaks Punjabi. Is it okay to proceed?
A: Yes, of course. Go ahead.
C: The caller says: "I am calling for my husband's blister packs. He has been discharged from hospital and his medicines have changed."
A: Okay. What is the patient's name?
C: She says his name is [[NAME:Gurdev Singh Dhaliwal]].
A: And his date of birth?
C: She says [[DOB:{tdob(y, mo, d, 'long')}]].
A: Thank you. And his health card number, please?
C: She is reading it: [[ACCOUNT_NUMBER:{hc[:4]} {hc[4:7]} {hc[7:]}]].
A: Thanks. I have the discharge list from the hospital. The new metformin is ((quantity:{R.choice([500, 850])} mg)) twice a day, and the ramipril has gone up to ((quantity:{R.choice([5, 10])} mg)).
C: She says, "Yes, the doctor said that. Can you put it all in the weekly packs like before?"
A: We can. It takes ((duration:24 hours)) to prepare the first ((duration:4 weeks)). Is the delivery address the same?
C: She says yes, [[ADDRESS:{h} Kennedy Road North, Unit {R.randint(3, 40)}]], Brampton, [[POSTCODE:{pc}]].
A: And a phone number for the driver?
C: She says to call her daughter-in-law, [[NAME:Navneet]], at [[PHONE:{tph(ph)}]], because she can speak English.
A: Perfect. Tell her the driver comes between ((time:1 pm)) and ((time:4 pm)) tomorrow.
C: She says thank you very much.
"""


@case("asr")
def private_pension_widow_son_on_speaker():
    n = ni()
    pol = digits(9, True)
    sc = digits(6, True)
    acc = digits(8, True)
    dd, dm = day()
    lump = money(3000, 9000, cents=False)
    return f"""
A: good morning ridgeway pensions bereavement line you're speaking to [[NAME:niamh]]
C: hello i've got my mum here on speaker my dad passed away and he had a pension with you and she wants to know what happens now
A: i'm so sorry to both of you can i speak to your mum to get her permission
C: yes love this is [[NAME:dorothea]] [[NAME:dorothea chukwu]] my son [[NAME:emmanuel]] can talk for me
A: thank you mrs [[NAME:chukwu]] and your husband's name
C: [[NAME:ambrose chukwu]]
A: and his policy number or national insurance number
C: the policy's [[ACCOUNT_NUMBER:{sm(pol)}]] and his national insurance [[SSN:{spell(n[:2])} {sm(n[2:8])} {n[8].lower()}]]
A: thank you and the date he died
C: ((date:{aday(dd, dm)}))
A: okay so there's a spouse's pension of ((percentage:{R.choice(['fifty', 'sixty'])} percent)) of his and a small lump sum of about ((price:{apounds(*lump)})) from the guarantee period
C: that's good news mum
C: that is good
A: we'll need her bank details for the pension going forward
C: mum's account sort code [[ACCOUNT_NUMBER:{sp(sc[:2])} {sp(sc[2:4])} {sp(sc[4:])}]] account [[ACCOUNT_NUMBER#a:{sm(acc[:4])}]] hold on [[ACCOUNT_NUMBER#a:{sm(acc[4:])}]]
A: thank you and we'll need the original death certificate posted to us it'll come back within ((duration:five working days))
"""


@case("transcript")
def water_bill_father_pays_for_student():
    acct = digits(10, True)
    c = card("mc")
    m, y = expiry()
    cv = cvv()
    amt = money(90, 260)
    return f"""
A: Northern Springs Water, [[NAME:Callie]] speaking.
C: Hello. My daughter's in a student house in Sheffield and they've had a reminder for the water bill. I said I'd pay it.
A: No problem. Do you have the account number from the bill?
C: She's sent me a photo. [[ACCOUNT_NUMBER:{acct}]].
A: Thank you. The account's in the names of ((count:five)) tenants. Which one is your daughter?
C: [[NAME:Zuzanna Wiśniewska]].
A: Yes, she's one of them. The balance is ((price:£{amt[0]}.{amt[1]:02d})). It's normally split between them, but you can pay the lot.
C: I'll pay the full balance. The others can sort it out with her.
A: Can I take your name, as you're not on the account?
C: [[NAME:Marek Wiśniewski]].
A: Thank you, [[NAME:Marek]]. The long card number, please.
C: [[CARD_NUMBER#c:{c[:4]} {c[4:8]} {c[8:12]}]]... sorry, it's the next one... [[CARD_NUMBER#c:{c[12:]}]].
A: And the expiry date?
C: [[EXPIRY:{texp(m, y, 'c')}]].
A: And the CVC?
C: [[CVV:{cv}]].
A: Thank you. That's paid, and the reminder's cancelled. I'd suggest they set up a direct debit, spread over ((duration:12 months)).
C: I'll tell her. Thanks.
"""


@case("asr")
def optician_grandma_for_grandson_raleigh():
    y, mo, d = dob(2011, 2015)
    c = card("disc")
    p1, p2, p3, p4 = cut(c, [4, 4, 4, 4])
    m, yy = expiry()
    cv = cvv()
    z = zipc("276")
    pr = money(120, 220)
    return f"""
A: eye q optical raleigh this is [[NAME:shanice]]
C: hello darlin i'm calling about my grandson's glasses he sat on them again
A: oh no what's his name
C: [[NAME:jaylen pettiford]]
A: and his date of birth
C: let me look i wrote it down [[DOB:{adob(y, mo, d, 'c')}]]
A: okay and you're his grandmother
C: yes ma'am [[NAME:loretta pettiford]] i keep him after school and his mama works nights
A: got it so his frames were the ((model_number:flexon kids {nw(R.randint(42, 49))})) we can order the same ones the lenses are ((quantity:minus {R.choice(['one point two five', 'one point five', 'two'])})) both eyes
C: whatever he had honey he can't see the board without them
A: the replacement with the kids warranty is ((price:{adollars(*pr)}))
C: that's fine i'll pay with my discover
A: go right ahead
C: [[CARD_NUMBER#c:{sp(p1)}]]
A: uh huh
C: [[CARD_NUMBER#c:{sp(p2)}]]
A: uh huh
C: [[CARD_NUMBER#c:{sm(p3)}]]
A: and
C: [[CARD_NUMBER#c:{sp(p4)}]]
A: and when does it expire
C: it says good thru [[EXPIRY:{aexp(m, yy, 'b')}]]
A: and the three numbers on the back by the signature
C: [[CVV:{sp(cv)}]]
A: thank you and the zip code on the card
C: [[POSTCODE:{sp(z)}]]
A: all set they'll be ready in ((duration:seven to ten days)) and we'll call you
"""


@case("asr")
def resident_parking_permit_mum_fremantle():
    h = hn(2, 90)
    pc = au_pc("616")
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    plate = "1" + "".join(R.choice(L) for _ in range(3)) + digits(3)
    c = card("visa")
    p1, p2, p3 = cut(c, [4, 8, 4])
    m, y = expiry()
    cv = cvv()
    fee = money(20, 75, cents=False)
    return f"""
A: city of fremantle parking services this is [[NAME:jarrah]]
C: hi [[NAME:jarrah]] i'm calling to renew a residential permit for my mum she's in a wheelchair and she can't get to the phone easily
A: no worries what's your mum's name
C: [[NAME:gwendolyn pearce]]
A: and the address
C: [[ADDRESS:{ahn(h)} holdsworth street fremantle]] [[POSTCODE:{sp(pc)}]]
A: and it's for her vehicle or a carer's vehicle
C: her car the carer drives it the rego is [[ACCOUNT_NUMBER:{sp(plate[0])} {spell(plate[1:4])} {sp(plate[4:])}]]
A: okay the annual permit is ((price:{nw(fee[0])} dollars)) and who am i speaking with
C: [[NAME:sunny pearce]] her son
A: thanks [[NAME:sunny]] how would you like to pay
C: card [[CARD_NUMBER#c:{sp(p1)}]] uh [[CARD_NUMBER#c:{sm(p2)}]]
A: and the last four
C: [[CARD_NUMBER#c:{sp(p3)}]]
A: expiry
C: [[EXPIRY:{aexp(m, y, 'a')}]]
A: and the c v v
C: [[CVV:{sp(cv)}]]
A: you're all done the permit's valid for ((duration:twelve months)) and it'll be posted out this week
"""


@case("asr")
def ivr_hearing_aid_batteries_then_agent():
    pid = digits(8, True)
    c = card("mc")
    m, y = expiry()
    cv = cvv()
    packs = R.randint(2, 6)
    h = hn(2, 150)
    pc = pc_uk("CH2")
    return f"""
I: welcome to soundcare batteries to order batteries say order to speak to an adviser say adviser
C: order
I: please say your patient number it's on the front of your brown book
C: [[ACCOUNT_NUMBER:{sp(pid)}]]
I: thank you how many packs would you like
C: ((count:{nw(packs)}))
I: each pack is ((price:{apounds(R.randint(2, 4), 50, sub='')})) please say your card number
C: [[CARD_NUMBER:{sp(c)}]]
I: please say the expiry date
C: [[EXPIRY:{aexp(m, y, 'd')}]]
I: please say the three digit security code
C: [[CVV:{sp(cv)}]]
I: sorry your payment could not be completed please hold while we transfer you to an adviser
A: hello soundcare [[NAME:nasreen]] speaking i can see the payment failed can i ask who i'm speaking to
C: it's [[NAME:beryl osei]] calling for my brother [[NAME:augustus]] it's his batteries but my card
A: that's fine the card was declined because the expiry didn't match can you read me the expiry again
C: oh it says [[EXPIRY:{aexp(m, y, 'a')}]]
A: that's what went through hmm might be the card can you try the last four for me
C: [[CARD_NUMBER!p:{sm(c[-4:])}]]
A: okay let's post them and send an invoice instead where to
C: to him [[ADDRESS:{ahn(h)} hoole road chester]] [[POSTCODE:{pc_say(pc)}]]
A: done they'll arrive in ((duration:three days)) and the invoice is in the box
"""


@case("asr")
def band_trip_dad_pays_minneapolis():
    sid = digits(6, True)
    c = card("visa")
    p1, p2, p3, p4 = cut(c, [4, 4, 4, 4])
    m, y = expiry()
    cv = cvv()
    amt = money(350, 700, cents=False)
    return f"""
A: roosevelt high school activities office this is ms um [[NAME:kristensen]] speaking
C: hi this is [[NAME:abdirahman warsame]] i'm calling to pay for my daughter's band trip to chicago
A: oh great the marching band trip what's her name
C: [[NAME:hodan warsame]] she plays the clarinet
A: and her student id number
C: [[ACCOUNT_NUMBER:{sm(sid)}]]
A: okay the trip balance is ((price:{nw_us(amt[0])} dollars)) that covers the bus ((duration:two nights)) in the hotel and the competition entry
C: okay i got it here for you card is [[CARD_NUMBER#c:{sp(p1)}]]
A: okay
C: [[CARD_NUMBER#c:{hom(sp(p2))}]] sorry [[CARD_NUMBER#c:{sp(p3)}]]
A: okay
C: [[CARD_NUMBER#c:{sm(p4)}]]
A: that was [[CARD_NUMBER:{so(c, [4, 4, 4, 4])}]]
C: yes correct
A: expiration date
C: [[EXPIRY:{aexp(m, y, 'c')}]]
A: and the three digit code
C: [[CVV:{sp(cv)}]]
A: thank you the bus leaves at ((time:six am)) on the ((date:{ordw(R.randint(2, 28))})) from the east lot
"""


@case("transcript")
def discharge_transport_three_way():
    nhs = digits(10, True)
    y, mo, d = dob(1930, 1942)
    h = hn(2, 120)
    pc = pc_uk("BD9")
    ph = uk_city()
    ward = R.randint(10, 35)
    return f"""
A: Patient Transport Service, [[NAME:Declan]] speaking.
C: Hi [[NAME:Declan]], it's [[NAME:Chidinma]], discharge coordinator on Ward ((other:{ward})) at Bradford Royal. I've got the patient's daughter on a three-way call so she can confirm the home details.
C: Hello, it's [[NAME:Bernadette Haworth]].
A: Hello both. What's the patient's name?
C: [[NAME:Clifford Haworth]]. NHS number [[ACCOUNT_NUMBER:{nhs[:3]} {nhs[3:6]} {nhs[6:]}]].
A: Date of birth?
C: [[DOB:{tdob(y, mo, d, 'uk')}]].
A: Thank you. And where's he going?
C: Home. [[NAME:Bernadette]], can you give the address?
C: Yes, it's [[ADDRESS:{h} Toller Lane, Heaton]], Bradford, [[POSTCODE:{pc}]].
A: Any stairs at the property?
C: ((count:Three)) steps up to the front door, and he lives downstairs now.
A: Mobility?
C: He'll need a wheelchair to the vehicle, and he's on ((quantity:{R.randint(1, 4)} litres)) of oxygen.
A: Okay, a two-crew vehicle. Earliest is ((time:2:30 pm)) today. Who'll be at the house?
C: Me. I'll be there from ((time:1 pm)). My number's [[PHONE:{tph(ph)}]].
A: Lovely. Booking reference ((other:PTS-{digits(6)})). The crew will ring ((duration:30 minutes)) before they arrive.
"""


@case("asr")
def school_transport_taxi_parent():
    y, mo, d = dob(2013, 2017)
    h = hn(2, 90)
    pc = pc_uk("TS5")
    ph = uk_mob()
    return f"""
A: redcar and cleveland school transport team [[NAME:lewis]] speaking
C: hi there i'm ringing about my son's taxi to school it's not turned up twice this week
A: oh i'm sorry about that can i have his name
C: [[NAME:will hartigan-moss]]
A: and his date of birth
C: [[DOB:{adob(y, mo, d, 'a')}]]
A: and the pickup address
C: [[ADDRESS:{ahn(h)} acklam road middlesbrough]] [[POSTCODE:{pc_say(pc)}]]
A: okay i can see he's booked with streamline for the ((time:eight ten)) pickup to oakwood academy
C: yeah and monday and wednesday nobody came i had to take him myself and i was late for my shift
A: i'm really sorry i'll raise it with the operator today and who am i speaking with
C: his mum [[NAME:charlene moss]]
A: thank you [[NAME:charlene]] we'll ring you back today with an update what number is best
C: [[PHONE:{aph(ph)}]]
A: and an email so i can send you the complaint reference
C: [[EMAIL:charlene moss eighty four at hotmail dot co dot uk]]
A: the escort on that route is [[NAME:pauline]] and i'll make sure she has your number too
"""


@case("asr")
def tv_licence_an_post_mother_kilkenny():
    h = hn(2, 60)
    eir = eircode("R95")
    c = card("visa")
    p1, p2, p3 = cut(c, [6, 6, 4])
    m, y = expiry()
    cv = cvv()
    lic = digits(9, True)
    return f"""
A: an post tv licence renewals [[NAME:fionnuala]] speaking
C: hello i'm ringing to renew my mother's tv licence she's ((other:{nw(R.randint(76, 92))})) she got a letter saying it's due
A: no bother is she on the free scheme at all
C: she is but the letter still says renew is that right
A: it is she has to renew it every year even though it's free can i have the licence number
C: [[ACCOUNT_NUMBER:{sm(lic)}]]
A: and her name and address
C: [[NAME:kathleen brennock]] [[ADDRESS:{ahn(h)} patrick street kilkenny]] [[POSTCODE:{pc_say(eir)}]]
A: thank you okay that's renewed there's nothing to pay for her
C: ah grand while i have you i need to pay for my own too
A: that's ((price:{nw(160)} euro)) is it the same address
C: no different house and my name is [[NAME:aidan brennock]] licence number [[ACCOUNT_NUMBER:{sm(digits(9, True))}]]
A: got it go ahead with the card
C: [[CARD_NUMBER#c:{sp(p1)}]] um [[CARD_NUMBER#c:{sm(p2)} {sp(p3)}]]
A: expiry
C: [[EXPIRY:{aexp(m, y, 'a')}]]
A: and the three digit code
C: [[CVV:{sp(cv)}]]
A: both done the licences will be posted within ((duration:ten days))
"""


@case("asr")
def student_halls_deposit_parent_leeds():
    sid = digits(9, True)
    c = card("mc")
    p1, p2, p3, p4 = cut(c, [4, 4, 4, 4])
    m, y = expiry()
    cv = cvv()
    h = hn(2, 200)
    pc = pc_uk("HG2")
    dep = R.choice([250, 300, 350])
    return f"""
A: good morning unipol student homes this is [[NAME:ellie]]
C: morning i'm paying the deposit for my son's room for next year he's given me his login but it won't take my card
A: no problem i can do it over the phone what's his name
C: [[NAME:barnaby thistlethwaite]] [[NAME:t h i s t l e t h w a i t e]]
A: and his student number
C: [[ACCOUNT_NUMBER:{sp(sid)}]]
A: that's him so the deposit is ((price:{nw(dep)} pounds)) and it secures the room from ((date:september)) for ((duration:forty one weeks))
C: ((duration:forty one weeks)) okay go on then
A: and who am i speaking to
C: [[NAME:penelope thistlethwaite]] his mother
A: go ahead with the card [[NAME:penelope]]
C: [[CARD_NUMBER#c:{sp(p1)}]] um [[CARD_NUMBER#c!x:{sp(p1)}]] sorry i said that twice
A: that's okay
C: [[CARD_NUMBER#c:{sm(p2)}]] right um [[CARD_NUMBER#c:{sp(p3)}]]
A: and the last group
C: [[CARD_NUMBER#c:{sm(p4)}]]
A: expiry date
C: [[EXPIRY:{aexp(m, y, 'a')}]]
A: and the three numbers on the signature strip
C: [[CVV:{sp(cv)}]]
A: lovely is the billing address [[ADDRESS:{ahn(h)} cold bath road harrogate]] [[POSTCODE:{pc_say(pc)}]]
C: yes that's us
A: perfect he'll get the contract by email in ((duration:twenty four hours))
"""


@case("transcript")
def gym_cancel_wife_in_hospital_seattle():
    mem = digits(10, True)
    l4 = digits(4)
    h = hn(1000, 9999)
    z = zipc("981")
    ph = us_ph("206")
    return f"""
A: Evergreen Fitness member services, this is [[NAME:Kyle]]. How can I help?
C: Hi [[NAME:Kyle]]. I need to cancel my wife's membership. She had a stroke in February and she's in a rehab facility. She won't be using the gym for a long time.
A: I'm very sorry. I can help with that. What's her name?
C: [[NAME:Marisol Eckhart]]. I'm her husband, [[NAME:Lyle Eckhart]]. I have power of attorney.
A: Thank you. Her member number?
C: [[ACCOUNT_NUMBER:{mem}]].
A: And for verification, the billing ZIP code?
C: [[POSTCODE:{z}]].
A: Thank you. Normally there's a ((duration:30-day)) notice period, but with a medical cancellation we waive it. I'll just need a copy of the POA or a doctor's note.
C: I can email both. The dues are on her card ending [[CARD_NUMBER!p:{l4}]]. Can you make sure nothing else goes on it?
A: Yes, the ((date:March {ordt(R.randint(1, 5))})) draft is the last one, and I'll refund it once we get the paperwork.
C: Thank you. Where do I send the documents?
A: Reply to the email I'm sending you now. Which address should I use?
C: [[EMAIL:lyle.eckhart@comcast.net]].
A: And a phone number in case we need to reach you?
C: [[PHONE:{tph(ph)}]].
A: And her mailing address for the final letter?
C: [[ADDRESS:{h} 35th Avenue NE]], Seattle. Same ZIP.
A: Done. I hope her recovery goes well.
"""


@case("asr")
def charity_dd_gift_for_grandchild():
    sc = digits(6, True)
    acc = digits(8, True)
    h = hn(2, 80)
    pc = pc_uk("IP4")
    amt = R.choice([3, 5, 8, 10])
    return f"""
A: hello wildlife guardians supporter care this is [[NAME:rory]]
C: hello dear i'd like to adopt an otter for my granddaughter for her birthday but pay it monthly
A: oh how lovely who's it for
C: [[NAME:poppy lambert]] she's turning ((other:{nw(R.randint(6, 10))})) she's mad about otters
A: and your name
C: [[NAME:marjorie lambert]]
A: the otter adoption is ((price:{nw(amt)} pounds)) a month and she'll get a pack with a cuddly otter and a certificate with her name on it
C: perfect where does the pack go to me or to her
A: wherever you like
C: to her please it's [[ADDRESS:{ahn(h)} bixley road ipswich]] [[POSTCODE:{pc_say(pc)}]]
A: and the direct debit comes from your account i'll need the sort code
C: [[ACCOUNT_NUMBER:{sp(sc)}]]
A: and the account number
C: [[ACCOUNT_NUMBER#a:{sp(acc[:4])}]] hang on these glasses [[ACCOUNT_NUMBER#a:{sp(acc[4:])}]]
A: let me read that back [[ACCOUNT_NUMBER:{sp(sc)}]] and [[ACCOUNT_NUMBER:{sp(acc)}]]
C: yes that's right
A: and would you like updates by email
C: oh yes my email is [[EMAIL:marjorie lambert at talktalk dot net]]
A: lovely the first payment goes out in ((duration:ten days)) and the pack arrives before her birthday
"""


@case("asr")
def rugby_club_raffle_for_father():
    c = card("mc2")
    p1, p2, p3, p4 = cut(c, [4, 4, 4, 4])
    m, y = expiry()
    cv = cvv()
    ph = uk_mob()
    tk = R.randint(100, 899)
    return f"""
A: hello llanelli wanderers rfc [[NAME:bethan]] speaking
C: hi [[NAME:bethan]] my father's been a member there for ((duration:fifty years)) and he wants tickets for the grand draw
A: oh who's your father
C: [[NAME:emrys howells]]
A: oh everybody knows [[NAME:emrys]] how many does he want
C: he says ((count:ten)) tickets he's convinced he's winning the car this year
A: ha he says that every year they're ((price:two pounds)) each so ((price:twenty pounds)) for ((count:ten))
C: i'll pay for them it's his christmas present i'm his daughter [[NAME:carys]]
A: lovely go ahead [[NAME:carys]]
C: [[CARD_NUMBER#c:{sm(p1)}]] then [[CARD_NUMBER#c!x:{sp(p2[:2])}]] no sorry let me read it properly
C: [[CARD_NUMBER#c:{sp(p2)}]]
A: yep
C: [[CARD_NUMBER#c:{sm(p3)}]] uh [[CARD_NUMBER#c:{sp(p4)}]]
A: and the valid to date
C: [[EXPIRY:{aexp(m, y, 'd')}]]
A: and the three digits on the back
C: [[CVV:{sp(cv)}]]
A: all sorted his tickets are ((other:{ahn(tk)})) to ((other:{ahn(tk + 9)})) and the draw's at the club on ((date:boxing day))
C: he'll be there front row
A: and a number in case he wins
C: his mobile [[PHONE:{aph(ph)}]] but he never answers so ring the club bar
"""


@case("asr")
def prescription_delivery_hands_to_carer():
    y, mo, d = dob(1932, 1945)
    h = hn(2, 120)
    pc = pc_uk("DN2")
    ph = uk_city()
    return f"""
A: good morning wheatley pharmacy [[NAME:callum]] speaking
C: hello it's [[NAME:irene stubbs]] my tablets didn't come yesterday
A: oh sorry about that mrs [[NAME:stubbs]] can you confirm your date of birth for me
C: it's the um oh i know it
C: sorry it's her carer here my name's [[NAME:precious]] she's handed me the phone her date of birth is [[DOB:{adob(y, mo, d, 'a')}]]
A: thank you [[NAME:precious]] and the address we deliver to
C: [[ADDRESS:{ahn(h)} beckett road doncaster]] [[POSTCODE:{pc_say(pc)}]]
A: okay i see it the driver tried at ((time:three fifteen)) and got no answer
C: she was at the day centre we told them not to come on tuesdays
A: sorry about that i'll put a note on it can the driver come at ((time:ten)) tomorrow
C: yes i'll be here from ((time:nine)) till ((time:eleven))
A: there are ((count:four)) items in the bag including the warfarin so someone will need to sign
C: that's fine i can sign
A: and the best number to call if the driver can't get in
C: the house phone is [[PHONE:{hom(aph(ph, 's'))}]] or my mobile but you'd better use the house phone
A: lovely see you tomorrow
"""


@case("transcript")
def funeral_preplan_daughter_pays_winnipeg():
    y, mo, d = dob(1936, 1946)
    h = hn(100, 999)
    pc = pc_ca("R3M")
    c = card("mc")
    wrong = c[:4] + " " + digits(4)
    m, yy = expiry()
    cv = cvv()
    ph = us_ph("204")
    amt = money(4200, 6500, cents=False)
    pct = R.choice([5, 10])
    return f"""
A: Good afternoon, Red River Memorial Chapel, pre-arrangements, [[NAME:Jocelyn]] speaking.
C: Hello. I'm calling for my father. He met with your counsellor last week and chose a plan, and I'm paying the first instalment.
A: Of course. What's your father's name?
C: [[NAME:Bohdan Kowalchyk]]. [[NAME:K-O-W-A-L-C-H-Y-K]].
A: And his date of birth?
C: [[DOB:{tdob(y, mo, d, 'long')}]].
A: Thank you. I see the plan. The total is ((price:${amt[0]:,})), with ((percentage:{pct}%)) down today and the rest over ((duration:five years)).
C: That's right. My name's [[NAME:Oksana Kowalchyk]].
A: Go ahead with the card, [[NAME:Oksana]].
C: [[CARD_NUMBER#c!x:{wrong}]]... no, wait, I'm reading the wrong line. Starting over: [[CARD_NUMBER#c:{tcard(c)}]].
A: Thank you. Expiry date?
C: [[EXPIRY:{texp(m, yy, 'a')}]].
A: And the three-digit code?
C: [[CVV:{cv}]].
A: That's approved. Is his address still [[ADDRESS:{h} Wellington Crescent]], Winnipeg, [[POSTCODE:{pc}]]?
C: Yes. But please call me, not him, about anything: [[PHONE:{tph(ph)}]].
A: I'll note that on the file.
"""


@case("transcript")
def travel_claim_son_for_father_malaga():
    pol = "HT" + digits(8, True)
    y, mo, d = dob(1940, 1952)
    fl1 = R.randint(2000, 2999)
    fl2 = R.randint(7000, 7999)
    ph = uk_mob()
    xs = R.choice([100, 150, 250])
    yr = R.randint(2019, 2023)
    return f"""
A: Harbourline Travel Insurance, medical assistance. You're speaking to [[NAME:Priyanka]].
C: Hello. My father's been taken into hospital in Málaga. He was out there with my mum, and I'm calling from home because his phone's nearly out of credit.
A: I'm sorry. We'll look after him. Who's the policyholder?
C: He is: [[NAME:Raymond Achebe-Lowe]]. The policy number is [[ACCOUNT_NUMBER:{pol}]].
A: Thank you. And his date of birth?
C: [[DOB:{tdob(y, mo, d, 'uk')}]].
A: What's happened?
C: Chest pains on Tuesday night. They think it's angina, not a heart attack. He's at the Hospital Regional, and they want to keep him in for ((duration:3 or 4 days)).
A: Did he declare a heart condition when he took out the policy?
C: He had a stent in ((year:{yr})), and he declared it. It's on the medical screening, I've got the email.
A: That's helpful. I can see it listed. There's a ((price:£{xs})) excess on medical claims, and we'll cover the rest.
C: They were meant to come home on Saturday on ((flight_number:EZY {fl1})).
A: We'll cancel that and rebook once he's fit to fly. Your mother may be able to travel home with him on a later flight, perhaps ((flight_number:BA {fl2 - 5000})) on the Monday.
C: She won't leave without him, that's for sure.
A: Who should we keep updated?
C: Me, please. I'm [[NAME:Tobenna Achebe-Lowe]], on [[PHONE:{tph(ph)}]].
A: And your email, for the documents?
C: [[EMAIL:tobenna.al@btinternet.com]].
A: Thank you, [[NAME:Tobenna]]. Our doctor will speak to the hospital within ((duration:2 hours)) and we'll call you after that.
"""


@case("transcript")
def hearing_aid_order_wife_for_husband_omaha():
    c = card("visa")
    m, y = expiry()
    cv = cvv()
    h = hn(1000, 9999)
    z = zipc("681")
    pr = money(2200, 4400, cents=False)
    yr = R.randint(2016, 2019)
    ph = us_ph("402")
    return f"""
A: Prairie Hearing Solutions, this is [[NAME:Dustin]].
C: Hi, this is [[NAME:Glenda Sorensen]]. My husband saw your audiologist yesterday and we decided on the new aids. I'm calling to pay.
A: Great. What's your husband's name?
C: [[NAME:Arvid Sorensen]].
A: Thanks. I see the order: the ((model_number:Aura {R.randint(3, 9)}R)) rechargeables, replacing the pair he bought in ((year:{yr})). After the trade-in, it's ((price:${pr[0]:,})).
C: That's what they told us. He's sitting here nodding.
A: Would you like the ((duration:60-day)) trial, or the ((duration:three-year)) warranty upgrade as well?
C: Just the trial. How do I pay? It's his card, but I handle the bills.
A: If he's there and agrees, that's fine.
C: He's saying "go ahead." Okay: [[CARD_NUMBER#c:{c[:4]}]], um, [[CARD_NUMBER#c:{c[4:8]} {c[8:12]}]] (sorry, his thumb's over it) [[CARD_NUMBER#c:{c[12:]}]].
A: Let me read the last four back: [[CARD_NUMBER!p:{c[12:]}]].
C: Correct.
A: Expiration date?
C: It says [[EXPIRY:{texp(m, y, 'a')}]].
A: And the security code?
C: [[CVV:{cv}]].
A: Thank you. We'll mail the charger to [[ADDRESS:{h} Pacific Street]], Omaha [[POSTCODE:{z}]]?
C: Yes. Call me at [[PHONE:{tph(ph)}]] when the fitting appointment is ready.
"""


@case("transcript")
def council_tax_student_exemption_parent():
    acct = digits(8, True)
    y, mo, d = dob(2003, 2006)
    mat = digits(7, True)
    h = hn(2, 90)
    pc = pc_uk("EH9")
    return f"""
A: City of Edinburgh Council, council tax, [[NAME:Fraser]] speaking.
C: Hi. My daughter's been sent a council tax bill for her flat, but she's a full-time student. I'm calling on her behalf; she's in lectures.
A: I'll need her permission, but I can give general advice. Is she able to join the call?
C: I've got her on the other line. Hold on, I'll merge it.
C: Hi, it's [[NAME:Iona Mackintosh]]. My mum can speak for me.
A: Thanks, [[NAME:Iona]]. Your council tax reference, please?
C: [[ACCOUNT_NUMBER:{acct}]].
A: And your date of birth?
C: [[DOB:{tdob(y, mo, d, 'uk')}]].
A: Which address is the bill for?
C: [[ADDRESS:Flat {R.randint(1, 9)}, {h} Marchmont Road, Edinburgh]], [[POSTCODE:{pc}]].
A: Thank you. Are all ((count:three)) people in the flat full-time students?
C: Yes, all of us.
A: Then the property is exempt. Each of you needs to send a student certificate. What's your matriculation number?
C: [[ACCOUNT_NUMBER:S{mat}]].
A: I'll note that. Once the certificates arrive, the ((price:£{R.randint(1100, 1900):,})) bill will be cancelled.
C: It's [[NAME:Morven]] again, her mum. Could the confirmation come to me as well?
A: I can send it to [[NAME:Iona]]'s email, and she can forward it. What is it?
C: [[EMAIL:i.mackintosh03@gmail.com]].
A: Perfect. Allow ((duration:14 days)).
"""


@case("transcript")
def mobile_account_late_brother_adelaide():
    acct = digits(9, True)
    bro = au_ph()
    own = au_ph()
    c = card("mc")
    m, y = expiry()
    cv = cvv()
    bill = money(60, 190)
    dd, dm = day()
    return f"""
A: Thanks for calling Southern Cross Mobile, you're speaking with [[NAME:Tayla]].
C: Hi [[NAME:Tayla]]. My brother passed away on ((date:{tday(dd, dm)})), and I'm trying to close his mobile account. I'm the executor.
A: I'm so sorry for your loss. What was your brother's name?
C: [[NAME:Desmond Oyelowo-Hart]].
A: And the phone number on the account?
C: [[PHONE:{tph(bro)}]].
A: Thank you. And the account number, if you have it?
C: [[ACCOUNT_NUMBER:{acct[:3]} {acct[3:6]} {acct[6:]}]].
A: Got it. There's a final bill of ((price:A${bill[0]}.{bill[1]:02d})). We can waive the remaining ((duration:{R.randint(4, 14)} months)) on the handset plan once we have the death certificate.
C: That's a relief. I'll pay the final bill now so it's done.
A: Of course. Your name, as the cardholder?
C: [[NAME:Josephine Hart]].
A: Go ahead, [[NAME:Josephine]].
C: [[CARD_NUMBER:{tcard(c)}]], expiry [[EXPIRY:{texp(m, y, 'a')}]], and the code on the back is [[CVV:{cv}]].
A: Thank you, that's processed. What's the best number for you?
C: [[PHONE:{tph(own)}]].
A: And an email to send the upload link for the certificate?
C: [[EMAIL:jo.hart.exec@outlook.com.au]].
A: Sent. Once it's uploaded, the account closes within ((duration:5 business days)).
"""


@case("transcript")
def lpa_fees_both_parents_opg():
    y1, m1, d1 = dob(1940, 1950)
    y2, m2, d2 = dob(1942, 1952)
    r1 = digits(4, True) + "-" + digits(4) + "-" + digits(4)
    r2 = digits(4, True) + "-" + digits(4) + "-" + digits(4)
    c = card("visa")
    m, y = expiry()
    cv = cvv()
    h = hn(2, 120)
    pc = pc_uk("CV8")
    fee = R.choice([82, 92])
    return f"""
A: Office of the Public Guardian, [[NAME:Kofi]] speaking.
C: Hello. I've sent in four lasting power of attorney forms for my parents, health and finance for each, and I need to pay the fees.
A: Happy to help. Are you one of the attorneys?
C: Yes, I'm [[NAME:Lucinda Beaumont-Ashe]]. My brother's the other one.
A: Thank you. The donors' names?
C: [[NAME:Gerald Beaumont]] and [[NAME:Patience Beaumont]].
A: Dates of birth for each, please.
C: Dad's [[DOB:{tdob(y1, m1, d1, 'uk')}]] and Mum's [[DOB:{tdob(y2, m2, d2, 'uk')}]].
A: Thank you. I can see the applications. Do you have the reference numbers?
C: Dad's finance one is [[ACCOUNT_NUMBER:{r1}]] and Mum's is [[ACCOUNT_NUMBER:{r2}]]. The health ones came in a separate letter.
A: That's fine; they're linked. Each application is ((price:£{fee})), so ((count:four)) of them is ((price:£{fee * 4})).
C: Can I pay all of them with one card?
A: Yes. Card number, please.
C: [[CARD_NUMBER:{tcard(c)}]].
A: Expiry date?
C: [[EXPIRY:{texp(m, y, 'b')}]].
A: Security code?
C: [[CVV:{cv}]].
A: That's paid. They're both at [[ADDRESS:{h} Abbey Hill, Kenilworth]], [[POSTCODE:{pc}]]?
C: Yes. And I'm happy for letters to go there.
A: Registration takes up to ((duration:16 weeks)) at the moment.
"""


@case("transcript")
def childcare_fees_grandfather_sydney():
    crn = digits(9, True) + R.choice("ABCHJKLTX")
    c = card("amex")
    m, y = expiry()
    cv = cvv(4)
    wk = money(400, 700)
    pct = R.choice([60, 75, 85])
    return f"""
A: Harbourside Kids Early Learning, [[NAME:Mia]] speaking.
C: G'day [[NAME:Mia]], it's [[NAME:Bill Papadakis]], [[NAME:Zoe]]'s grandfather. My son's overseas for work, so I'm paying her fees this month.
A: Hi [[NAME:Bill]]. I'll need to check you're an authorised contact. Can you give me the parent's CRN?
C: He's texted it to me: [[ACCOUNT_NUMBER:{crn[:3]} {crn[3:6]} {crn[6:9]}{crn[9]}]].
A: Thanks. Yes, you're listed. The weekly gap after the ((percentage:{pct}%)) subsidy is ((price:A${wk[0]}.{wk[1]:02d})), and there are ((duration:four weeks)) owing.
C: I'll pay the lot on my Amex.
A: Go ahead.
C: [[CARD_NUMBER#c:{c[:4]} {c[4:10]}]] — hang on, the grandkids are yelling — [[CARD_NUMBER#c:{c[10:]}]].
A: And the four-digit code on the front?
C: [[CVV:{cv}]].
A: And the expiry?
C: [[EXPIRY:{texp(m, y, 'a')}]].
A: All done. Should the receipt go to your son's email as usual?
C: Yes, please. He'll need it for tax.
A: No worries. See you at pick-up on Friday, [[NAME:Bill]].
"""


@case("transcript")
def optician_daughter_for_mother_dementia_toronto():
    hc = digits(10, True)
    y, mo, d = dob(1934, 1944)
    c = card("mc")
    m, yy = expiry()
    cv = cvv()
    h = hn(10, 800)
    pc = pc_ca("M4E")
    ph = us_ph("416")
    pr = money(240, 480, cents=False)
    return f"""
A: Beaches Eye Care, [[NAME:Anjali]] speaking.
C: Hi, I'm calling for my mother, [[NAME:Edna Ferreira]]. She has dementia and she's lost her glasses again, the third pair this year.
A: Oh dear. Is she a patient here?
C: Yes. Her date of birth is [[DOB:{tdob(y, mo, d, 'long')}]].
A: Found her. Her prescription is from ((date:October)), so it's still valid: ((quantity:+{R.choice(['2.25', '2.50', '2.75'])})) right, ((quantity:+{R.choice(['3.00', '2.75', '3.25'])})) left, with a reading add.
C: Could you make them in the sturdiest frame you have? And maybe two pairs?
A: Two pairs of the ((model_number:Titan Flex {R.randint(48, 56)})) would be ((price:${pr[0]})) altogether. OHIP doesn't cover the frames, but I'll need her health card for the records.
C: Here it is: [[ACCOUNT_NUMBER:{hc[:4]}-{hc[4:7]}-{hc[7:]}]].
A: Thanks. And who's paying?
C: Me. I'm [[NAME:Teresa Ferreira]], her daughter and her POA. Card number [[CARD_NUMBER:{tcard(c)}]].
A: Expiry?
C: [[EXPIRY:{texp(m, yy, 'c')}]].
A: And the security code?
C: [[CVV:{cv}]].
A: Perfect. Delivery to her home at [[ADDRESS:{h} Kingston Road]], [[POSTCODE:{pc}]]?
C: No, to me, please. She lives with me now: [[ADDRESS:{hn(10, 300)} Glen Manor Drive]], same area, [[POSTCODE:{pc_ca('M4E')}]]. And my cell is [[PHONE:{tph(ph)}]].
A: Updated. They'll be ready in about ((duration:10 days)).
"""


@case("transcript")
def lottery_prize_claim_for_mother():
    player = digits(9, True)
    tick = not_luhn(16)
    sc = digits(6, True)
    acc = digits(8, True)
    prize = R.randint(1200, 4800)
    h = hn(2, 99)
    pc = pc_uk("DE22")
    return f"""
A: Good morning, Players' Services, [[NAME:Saoirse]] speaking.
C: Hello. I'm calling because my mother's won a prize on her online account, but she's ((other:{R.randint(88, 96)})) and can't manage the claim on the website.
A: Congratulations to her! Is she with you?
C: She's right here. Mum, say hello.
C: Hello, dear. This is [[NAME:Mabel Ostrander]]. My daughter will do it.
A: Hello, Mrs [[NAME:Ostrander]]. Thank you. And your daughter's name?
C: [[NAME:Charlotte Ostrander-Kaye]].
A: Thanks, [[NAME:Charlotte]]. Can I have the player account number?
C: [[ACCOUNT_NUMBER:{player}]].
A: Thank you. The winning ticket is ticket number ((other:{tick})), a match-five prize of ((price:£{prize:,})).
C: She couldn't believe it.
A: Prizes over ((price:£500)) are paid to the bank account on the player account. Is that still her current account?
C: She changed banks last year. The new sort code is [[ACCOUNT_NUMBER:{sc[:2]}-{sc[2:4]}-{sc[4:]}]] and the account number is [[ACCOUNT_NUMBER:{acc}]].
A: For security, I'll send a letter to the registered address to confirm the change before we pay out. Is that [[ADDRESS:{h} Kedleston Road, Derby]], [[POSTCODE:{pc}]]?
C: That's right.
A: Once she signs and returns the letter, the money arrives within ((duration:3 working days)).
"""


# === CASES END ===


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------
def to_record(c):
    group_ids, pii, keep = {}, [], []
    for s in sorted(c["spans"], key=lambda s: (s["utterance"], s["start"])):
        if s["pii"]:
            key = s["tag"] if s["tag"] else f"__{id(s)}"
            if key not in group_ids:
                group_ids[key] = f"g{len(group_ids) + 1}"
            pii.append({"utterance": s["utterance"], "start": s["start"], "end": s["end"],
                        "type": s["type"], "group": group_ids[key]})
        else:
            keep.append({"utterance": s["utterance"], "start": s["start"], "end": s["end"],
                         "kind": s["kind"]})
    return {"case_id": c["cid"], "style": c["style"], "utterances": c["utts"], "pii": pii,
            "keep": keep}


def stats(records, cases):
    by_type = {t: 0 for t in sorted(PII_TYPES)}
    by_kind = {k: 0 for k in sorted(KEEP_KINDS)}
    n_utts = n_plain = n_asr = 0
    ivr_cases = 0
    card_groups = card_multi = card_multi_utt = 0
    for r in records:
        n_utts += len(r["utterances"])
        if r["style"] == "asr":
            n_asr += len(r["utterances"])
        if any(u["speaker"] == "ivr" for u in r["utterances"]):
            ivr_cases += 1
        with_pii = {p["utterance"] for p in r["pii"]}
        n_plain += len(r["utterances"]) - len(with_pii)
        for p in r["pii"]:
            by_type[p["type"]] += 1
        for k in r["keep"]:
            by_kind[k["kind"]] += 1
        gs = {}
        for p in r["pii"]:
            if p["type"] == "CARD_NUMBER":
                gs.setdefault(p["group"], []).append(p["utterance"])
        card_groups += len(gs)
        card_multi += sum(1 for v in gs.values() if len(v) > 1)
        card_multi_utt += sum(1 for v in gs.values() if len(set(v)) > 1)
    return {"by_type": by_type, "by_kind": by_kind, "cases": len(records), "utterances": n_utts,
            "plain": n_plain, "asr": n_asr, "asr_share": n_asr / max(n_utts, 1),
            "ivr_cases": ivr_cases, "keeps": sum(by_kind.values()), "card_groups": card_groups,
            "card_multi": card_multi, "card_multi_utt": card_multi_utt,
            "asr_cases": sum(1 for r in records if r["style"] == "asr")}


def check_minimums(st):
    errs = []
    for t, n in MINIMUMS.items():
        if st["by_type"][t] < n:
            errs.append(f"{t}: {st['by_type'][t]} spans, need {n}")
    if st["cases"] < MIN_CASES:
        errs.append(f"cases: {st['cases']}, need {MIN_CASES}")
    if st["utterances"] < MIN_UTTS:
        errs.append(f"utterances: {st['utterances']}, need {MIN_UTTS}")
    if st["plain"] < MIN_PLAIN_UTTS:
        errs.append(f"utterances without pii: {st['plain']}, need {MIN_PLAIN_UTTS}")
    if st["keeps"] < MIN_KEEPS:
        errs.append(f"keep spans: {st['keeps']}, need {MIN_KEEPS}")
    missing = [k for k, n in st["by_kind"].items() if n == 0]
    if missing:
        errs.append(f"keep kinds missing: {missing}")
    if st["ivr_cases"] < MIN_IVR_CASES:
        errs.append(f"IVR cases: {st['ivr_cases']}, need {MIN_IVR_CASES}")
    if st["asr_share"] < MIN_ASR_SHARE:
        errs.append(f"asr share {st['asr_share']:.3f}, need {MIN_ASR_SHARE}")
    return errs


def main(argv):
    check_only = "--check" in argv[1:]
    unknown = [a for a in argv[1:] if a != "--check"]
    if unknown:
        print(f"usage: {argv[0]} [--check]", file=sys.stderr)
        return 2
    cases, errors = [], []
    for i, (name, style, fn) in enumerate(CASES, 1):
        try:
            cases.append(build_case(i, name, style, fn))
        except Bad as e:
            errors.append(str(e))
    errors += validate(cases)
    records = [to_record(c) for c in cases]
    st = stats(records, cases)
    print("pii spans per type:")
    for t, n in st["by_type"].items():
        print(f"  {t:15s} {n:5d}   (minimum {MINIMUMS[t]})")
    print(f"cases {st['cases']} ({st['asr_cases']} asr), utterances {st['utterances']}, "
          f"utterances without pii {st['plain']}")
    print(f"asr utterances {st['asr']} ({st['asr_share']:.1%}), IVR cases {st['ivr_cases']}")
    print(f"card groups {st['card_groups']} (in pieces {st['card_multi']}, over several utterances "
          f"{st['card_multi_utt']})")
    print(f"keep spans {st['keeps']}: " + ", ".join(f"{k} {n}" for k, n in st["by_kind"].items()))
    errors += check_minimums(st)
    if errors:
        print(f"\n{len(errors)} check(s) failed:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        print("nothing written", file=sys.stderr)
        return 1
    if check_only:
        print("all checks passed (--check: nothing written)")
        return 0
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    OUT.write_text(payload, encoding="utf-8")
    print(f"all checks passed; wrote {OUT.name} ({len(records)} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
