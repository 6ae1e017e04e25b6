#!/usr/bin/env python3
"""Write data/redaction/dev41.jsonl, a redaction development set (case ids t37-001 ...).

Written as the held-out set test37.jsonl, measured once with the thirty-ninth round's code, then
renamed dev41 and tuned on in the fortieth round.

What the set leans on
---------------------
* The way a speech recogniser such as Whisper writes calls down. About half of the
  utterances are in ``transcript`` style the way Whisper writes them: capitals and
  punctuation, and numbers as digits in its odd ways: digit by digit with hyphens
  ("4-5-3-2"), groups separated by commas or full stops ("4532, 1234." / "4532. 1234."),
  a group said as words and the rest as digits ("Four five three two, 1234, ..."), digits
  in the middle of talk ("it's 4716 and then 96 54"), a value cut by a sentence break or a
  question mark, "O" written for zero ("5-5-9-O-5"), times, prices and percentages
  formatted ("$45.99", "3:30", "10%"), and e-mails both as addresses and as
  "name at gmail dot com". The other half are in ``asr`` style: lower case, no
  punctuation, numbers as words, in pairs ("forty five thirty two"), with "double" and
  "triple", or as digits in odd groups ("4654 12 332039 5107"), with fillers.
* Turns cut in the wrong places: a value split over two or three utterances of the same
  speaker, an agent's "yep" / "mm-hmm" / "okay" between the pieces, the caller's next
  words in the same utterance as the value, a card started, abandoned ("oh wait that's my
  credit card") and another one given, restarts and corrected blocks.
* Industries no earlier set named: hospital and clinic billing, pharmacies and
  prescription delivery, opticians and hearing aids, mobility scooters and stairlifts,
  care-home fees and respite care, vets and pet boarding, travel insurance emergencies
  abroad, student accommodation, language schools and homestays, family streaming and
  gaming accounts with in-game purchases, season tickets and golf clubs, marinas and boat
  storage, self-storage, caravan and holiday parks, wedding venues and photographers, print
  shops, tyre fitters and MOT centres.
* Card payments carry the most weight (cards in one to five pieces, corrected and repeated
  blocks, restarts, read-backs of the whole card, one block or the last four by an agent or
  an IVR, codes and expiries asked and said in many ways, a card given and withdrawn, two
  cards in one call), then identity checks (dates of birth, postcodes, first line of the
  address, SSN or its last four, NI and PPS numbers), phones with extensions, account,
  member, policy, booking and licence numbers of many shapes, and names from many
  languages, names that are also words, and names said in passing.
* Look-alikes right beside real values: amounts, times, appointment dates, ages, rooms,
  berths, pitches, bays, seats, references and tracking numbers that fail the Luhn check,
  model numbers and tyre sizes, percentages, years, counts, durations and quantities, and
  many ordinary utterances with no pii at all.
* Callers and addresses from the UK, Ireland, the US, Canada and Australia (UK postcodes,
  Eircodes, ZIPs, Canadian and Australian postcodes).

How it is built
---------------
Every conversation below is written by hand as its own function (its own people, reason
for calling, wording and order of events), registered with ``@case(style)`` and run in
the order it is defined. Each function first draws its numbers from the single generator
``R = random.Random(37)`` (cards with a Luhn check digit, codes, expiries, SSNs and NI/PPS
numbers, phones in the ranges kept for drama and fiction, postcodes with real outward
codes or routing keys, account numbers, dates of birth, house numbers, amounts, model
numbers, references that fail the Luhn check), then returns its utterances with inline
markup: ``[[TYPE:text]]`` or ``[[TYPE#label:text]]`` for pii (one label ties the pieces of
one value together; spans without a label get a group of their own) and
``((kind:text))`` for keep spans. Small everyday numbers that are part of the wording
(durations, counts, time-slot hours, ages) and a few look-alikes are written by hand.
Two internal flags help the checks and are not written out: ``/part`` marks a value
that is deliberately partial (a last four, a read-back block, the first digits of a card
the caller withdrew) and ``/x`` marks a superseded piece (a wrong block, a block
repeated on request, digits said before a restart), which stays in the value's group but
is left out when the group is joined for the Luhn check; ``/ext`` marks a phone extension
(a piece of the phone, left out of the phone's digit count).

The markup is stripped in code and every offset is computed from the clean text. Groups
are renamed g1, g2, ... in order of first appearance in the case. The script then checks
every case (spans inside their text, no leading or trailing space or punctuation except a
final "a.m."/"p.m.", never starting or ending inside a word, no overlaps; card groups 15
or 16 digits passing Luhn; CVV 3-4 digits; SSN 9 digits of the allowed shape, 4 digits,
or an NI / PPS number; phones 10-12 digits in a US, UK or Australian national shape;
expiries with a valid month; ZIPs, UK postcodes, Eircodes, Canadian and Australian
postcodes in shape; e-mails typed with "@" (transcript only) or spoken with " at " and
" dot "; ADDRESS starting with a number (or Flat/Unit/Apartment/Suite and a number) and
holding a street word; NAME without digits or titles; look-alikes of 13-19 digits
failing Luhn and holding no pii digits of the same utterance; no digit outside a span and
no run of four or more number words outside a span; a name word labelled in a case never
left unlabelled elsewhere in that case; asr utterances lower case without punctuation;
no e-mail or street in two cases; no utterance of nine words or more in two cases) and
every minimum count of the brief. If any check fails it prints the reason, exits with
status 1 and writes nothing.

Run
---
    python3 data/redaction/make_dev41.py            # validate, print the counts, write dev41.jsonl
    python3 data/redaction/make_dev41.py --check    # validate and print the counts only

The output is the same on every run and under any PYTHONHASHSEED.

Labelling choices where the conventions are silent
--------------------------------------------------
* Pieces: a value is cut into pieces only by words (fillers, "sorry", other talk) or by a
  turn boundary. Punctuation the recogniser writes between the digit groups of one value
  (commas, full stops, hyphens, a question mark) does not cut it: the span runs from the
  first digit (or digit word) to the last, with that punctuation inside. Groups said with
  only a space between them are one span.
* Cards: digits said before a restart, a corrected (wrong) block and a block repeated on
  request stay in the card's group; a card read back in full, a block read back, and any
  last four (said by an agent, an IVR or the caller) are groups of their own; the first
  digits of a card the caller then withdraws for another card are a group of their own; a
  stored card named by its last four is a CARD_NUMBER. A caller's question about a lone
  digit ("is that a six or an eight") is left unlabelled.
* Expiry and code: "valid thru", "exp", "expires", "expiry's", "end of" stay outside the
  EXPIRY; "slash" and "of" between month and year stay inside. "CVV", "CVC", "code",
  "security code" and "the three digits on the back" stay outside the CVV. The expiry of
  a card that has run out, said by the agent, is labelled. A wrong code given to an IVR
  and the right one given later are both CVVs, each a group of its own. An expiry and code
  said with the card in one breath are labelled when the agent asked for them or the
  caller names them.
* Phones: an extension is a piece of the phone (same group); a phone's last four (where a
  code was sent) is a PHONE group of its own; a number an agent reads from the record,
  including an old one the caller then replaces, is labelled. Australian phones are in the
  ACMA fiction ranges (0491 570 xxx mobiles, 0X 5550 xxxx landlines); no Irish phone
  numbers appear.
* SSN: a UK National Insurance number and an Irish PPS number are SSNs; the last four of
  a social, said as such, is an SSN group of its own; an agent's full read-back is a group
  of its own.
* ACCOUNT_NUMBER: guarantor and patient accounts, medical record numbers, NHS numbers,
  health card and Medicare numbers (an Australian Medicare card's individual reference
  number inside the same span), insurance member ids, policy, claim and case numbers,
  invoice and order numbers, booking references, supporter, member and student numbers,
  prescription numbers, voucher numbers, player ids, passports, driving licences, number
  plates and regos, caravan CRiS numbers, vessel documentation numbers, mooring licences,
  sort codes (a group apart from the account number), bank account numbers and IBANs.
  An IVR's read-back of a number is a group of its own, as is a number said again to an
  IVR that did not catch it.
* ``other`` keep spans: payment references and confirmation numbers, one-time codes,
  tracking numbers, microchips and device serials, a gamer tag with digits, rooms,
  levels, units, bays, berths, slips, pitches, plots, cabins, seats, sections and rows
  (the number only, not "room" or "seat"), keypad options ("press 1"), error codes, a
  radio channel, a handicap index, lens prescriptions, temperatures and ages (also said
  as "over sixty").
* ``quantity`` covers lengths, weights, distances, dosages, storage unit sizes ("ten by
  ten") and mileage; tyre sizes, hearing-aid battery sizes and frame codes are
  ``model_number``s. A price span includes the rate said right after it ("a month",
  "a night", "per week", "each", "an item", "a foot per night"), as in the README's
  "forty nine ninety nine a month".
* Dates: "the"/"on" before a date stay outside; a bare ordinal ("on the fifteenth") is a
  date; weekdays, "today" and "tomorrow" are left unlabelled; a month alone is a date.
* Names: titles (Mr, Mrs, Ms., Miss, Dr., doctor, mister) stay outside; a first name and
  surname said together are one span; a spelled surname is a NAME group of its own;
  "Derek and Pam Whitlock" is two spans; a family name in "the Chen family" is a NAME; a
  name word inside an e-mail is left to the EMAIL span; pets, boats, companies,
  hospitals, clinics and caravan or mobile-home makes are not names. The name-word check
  ignores single letters (spelled names).
* ADDRESS: the town or suburb is inside when it follows the street directly (with or
  without a comma: "Hampden Road, Battery Point", "king street west kingston") and
  outside when introduced ("in tampa", "same city"); states and provinces stay outside;
  flat, unit, apartment and suite numbers are inside wherever they are said, as are
  Edinburgh "14/3" and Glasgow "Flat 3/2" forms; "first line of the address" answers are
  labelled like any address; an agent's read-back of an address on file is labelled.
* POSTCODE: Eircodes, Canadian and Australian postcodes are POSTCODEs; spoken postcodes
  are letter by letter.
* DOB: an IVR's read-back of a date of birth is a DOB group of its own; children's dates
  of birth fall after 2005 where the call needs it, and each date of birth is drawn in a
  range that fits the person's age in the call.
* E-mails: Whisper's spoken form in transcript style ("amara.nwosu at gmail dot com") is
  an EMAIL like the typed one; "underscore" is inside.
"""

import json
import os
import re
import sys
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev41.jsonl")
PREFIX = "t37"

# One generator for every number in the set, drawn in case order.
R = random.Random(37)

# ---------------------------------------------------------------------------
# number generators (every call draws from R)
# ---------------------------------------------------------------------------


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _check_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError("no check digit")


def _digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def visa():
    body = "4" + _digits(14)
    return body + _check_digit(body)


def mc():
    if R.random() < 0.7:
        pre = str(R.randint(51, 55))
    else:
        pre = str(R.randint(2221, 2720))
    body = pre + _digits(15 - len(pre))
    return body + _check_digit(body)


def amex():
    pre = R.choice(["34", "37"])
    body = pre + _digits(12)
    return body + _check_digit(body)


def disc():
    body = "6011" + _digits(11)
    return body + _check_digit(body)


def cvv3():
    return "%03d" % R.randint(0, 999)


def cvv4():
    return "%04d" % R.randint(0, 9999)


def exp():
    """(month, two-digit year) of a live card, 2027-2032."""
    return R.randint(1, 12), R.randint(27, 32)


def exp_old():
    """(month, two-digit year) of a card that has run out."""
    return R.randint(1, 12), R.randint(23, 25)


def ssn():
    while True:
        area = R.randint(1, 665)
        if area != 666:
            break
    return "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


NI_PRE = ["AB", "CE", "GH", "JK", "LM", "NP", "RS", "TW", "WX", "YZ", "EH", "PR"]


def nino():
    return R.choice(NI_PRE) + _digits(6) + R.choice("ABCD")


US_AREAS = ["212", "312", "415", "617", "206", "503", "512", "614", "303", "404",
            "602", "612", "615", "919", "813", "608", "702", "801", "314", "410"]
CA_AREAS = ["416", "647", "604", "778", "514", "403", "613", "204", "902", "306"]


def ph_us(area=None):
    a = area or R.choice(US_AREAS)
    return a + "55501" + _digits(2)


def ph_ca(area=None):
    return (area or R.choice(CA_AREAS)) + "55501" + _digits(2)


def ph_uk_mob():
    return "07700900" + _digits(3)


def ph_uk_land(city=None):
    pre = {"London": "02079460", "Manchester": "01614960", "Leeds": "01134960",
           "Bristol": "01174960"}
    key = city or R.choice(sorted(pre))
    return pre[key] + _digits(3)


AU_MOB = ["0491570006", "0491570156", "0491570157", "0491570158", "0491570159",
          "0491570110", "0491570313", "0491570737", "0491571266", "0491571491",
          "0491571804", "0491572549", "0491572665", "0491572983", "0491573770",
          "0491573087", "0491574118", "0491574632", "0491575254", "0491575789"]


def ph_au(kind="land", state="2"):
    if kind == "mob":
        return R.choice(AU_MOB)
    return "0" + state + "5550" + _digits(4)


ZIPS = {"Boston": "021", "Denver": "802", "Austin": "787", "Portland": "972",
        "Columbus": "432", "Phoenix": "850", "Seattle": "981", "Chicago": "606",
        "Atlanta": "303", "Miami": "331", "Minneapolis": "554", "Nashville": "372",
        "Albany": "122", "Tampa": "336", "Raleigh": "276", "Madison": "537",
        "Sacramento": "958", "Tucson": "857", "Omaha": "681", "Savannah": "314",
        "Burlington": "054", "Santa Fe": "875", "Boise": "837", "Charleston": "294",
        "Asheville": "288", "Naples": "341", "Scottsdale": "852", "Duluth": "558",
        "San Diego": "921", "Baltimore": "212", "Richmond": "232", "Pittsburgh": "152",
        "Norfolk": "235", "Evanston": "602"}


def zipc(city):
    return ZIPS[city] + _digits(2)


UK_OUT = {"Leeds": ["LS6", "LS7", "LS8", "LS11"], "Manchester": ["M14", "M20", "M21"],
          "Bristol": ["BS3", "BS6", "BS7"], "Cardiff": ["CF10", "CF11", "CF24"],
          "Edinburgh": ["EH6", "EH7", "EH10"], "Glasgow": ["G12", "G41", "G31"],
          "Newcastle": ["NE2", "NE6"], "Birmingham": ["B29", "B13", "B17"],
          "Liverpool": ["L17", "L18", "L15"], "London": ["SW11", "N16", "E8", "SE22", "NW5"],
          "Cambridge": ["CB1", "CB4"], "Exeter": ["EX1", "EX4"], "Penzance": ["TR18"],
          "Bangor": ["LL57"], "Belfast": ["BT9", "BT7"], "Aberdeen": ["AB24", "AB10"],
          "Dundee": ["DD1", "DD2"], "Swansea": ["SA1", "SA2"], "Nottingham": ["NG7", "NG5"],
          "Leicester": ["LE2", "LE3"], "Derby": ["DE22", "DE23"], "Hull": ["HU5", "HU3"],
          "Brighton": ["BN2", "BN1"], "Canterbury": ["CT1", "CT2"], "Swindon": ["SN1", "SN2"],
          "Ipswich": ["IP4", "IP1"], "Norwich": ["NR2", "NR3"], "Sheffield": ["S10", "S11"],
          "Inverness": ["IV2", "IV3"], "Lancaster": ["LA1"], "Harrogate": ["HG1", "HG2"],
          "Bath": ["BA1", "BA2"], "Truro": ["TR1"], "Kendal": ["LA9"], "Windermere": ["LA23"],
          "Chester": ["CH2", "CH3"], "Stirling": ["FK8", "FK7"],
          "Lincoln": ["LN1", "LN2"], "Carlisle": ["CA1", "CA2"], "Reading": ["RG1", "RG2"]}
UK_UNIT = "ABDEFGHJLNPQRSTUWXYZ"


def pc_uk(town):
    out = R.choice(UK_OUT[town])
    return out + " " + str(R.randint(0, 9)) + R.choice(UK_UNIT) + R.choice(UK_UNIT)


EIR_KEYS = {"Dublin": ["D08", "D06", "D6W", "D07", "D12"], "Cork": ["T12", "T23"],
            "Galway": ["H91"], "Limerick": ["V94"], "Athlone": ["N37"],
            "Drogheda": ["A92"], "Sligo": ["F91"], "Waterford": ["X91"],
            "Kilkenny": ["R95"], "Killarney": ["V93"], "Wexford": ["Y35"],
            "Letterkenny": ["F92"], "Navan": ["C15"], "Tralee": ["V92"]}
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def eir(town):
    return R.choice(EIR_KEYS[town]) + " " + "".join(R.choice(EIR_CH) for _ in range(4))


CA_FIRST = {"Toronto": "M", "Vancouver": "V", "Montreal": "H", "Calgary": "T",
            "Edmonton": "T", "Ottawa": "K", "Winnipeg": "R", "Halifax": "B",
            "Saskatoon": "S", "Victoria": "V", "Kingston": "K", "Regina": "S"}
CA_L = "ABCEGHJKLMNPRSTVXY"


def pc_ca(city):
    return (CA_FIRST[city] + str(R.randint(1, 9)) + R.choice(CA_L) + " "
            + str(R.randint(0, 9)) + R.choice(CA_L) + str(R.randint(0, 9)))


AU_PC = {"Sydney": (2000, 2234), "Melbourne": (3000, 3207), "Brisbane": (4000, 4179),
         "Adelaide": (5000, 5099), "Perth": (6000, 6199), "Hobart": (7000, 7099),
         "Canberra": (2600, 2617), "Geelong": (3212, 3228), "Cairns": (4868, 4879),
         "Newcastle NSW": (2289, 2305), "Darwin": (810, 832), "Gold Coast": (4207, 4230)}


def pc_au(city):
    lo, hi = AU_PC[city]
    return "%04d" % R.randint(lo, hi)


ID_L = "ABCDEFGHJKLMNPRSTUVWXYZ"


def acct(pat):
    """'#' a digit, '@' a letter (no I or O), anything else kept."""
    out = []
    for ch in pat:
        if ch == "#":
            out.append(str(R.randint(0, 9)))
        elif ch == "@":
            out.append(R.choice(ID_L))
        else:
            out.append(ch)
    return "".join(out)


model = acct


def num(lo, hi):
    return R.randint(lo, hi)


def house():
    """a house number the UK, Irish or Australian way (small)."""
    if R.random() < 0.7:
        return R.randint(1, 60)
    return R.randint(61, 240)


def house_na():
    """a house number the North American way (often three or four digits)."""
    if R.random() < 0.3:
        return R.randint(10, 399)
    return R.randint(400, 9899)


def dob(lo=1941, hi=2005):
    """(day, month, year) of a date of birth; the range fits the person's age in the call."""
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


def day():
    return R.randint(1, 28)


def month():
    return R.randint(1, 12)


def yr(lo, hi):
    return R.randint(lo, hi)


def amt(lo, hi, cents=True):
    """an amount as text: '45.99' (cents) or '120'."""
    whole = R.randint(lo, hi)
    if cents:
        return "%d.%02d" % (whole, R.choice([0, 0, 49, 50, 95, 99, R.randint(1, 98)]))
    return str(whole)


def trk(n):
    """an n-digit reference that FAILS the Luhn check."""
    while True:
        s = str(R.randint(1, 9)) + _digits(n - 1)
        if not luhn_ok(s):
            return s


def pct(lo, hi):
    return R.randint(lo, hi)


# ---------------------------------------------------------------------------
# rendering helpers (no randomness)
# ---------------------------------------------------------------------------

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENSW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
        7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
        13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
        17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
        30: "thirtieth"}


def nw(n, and_=True):
    """cardinal words: 45 -> 'forty five', 1250 -> 'one thousand two hundred and fifty'."""
    n = int(n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, u = divmod(n, 10)
        return TENSW[t] + ("" if u == 0 else " " + ONES[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + ("" if r == 0 else (" and " if and_ else " ") + nw(r))
    th, r = divmod(n, 1000)
    if r == 0:
        return nw(th) + " thousand"
    if r < 100:
        return nw(th) + " thousand" + (" and " if and_ else " ") + nw(r)
    return nw(th) + " thousand " + nw(r, and_)


def sp(s, zero="oh"):
    """digit by digit in words; letters lower case; other characters dropped."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(zero if ch == "0" else ONES[int(ch)])
        elif ch.isalpha():
            out.append(ch.lower())
    return " ".join(out)


def spd(s, zero="oh"):
    """digit by digit with 'double'/'triple' for repeats."""
    s = "".join(ch for ch in s if ch.isalnum())
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        w = sp(s[i], zero)
        if run == 2:
            out.append("double " + w)
        elif run == 3:
            out.append("triple " + w)
        else:
            out.extend([w] * run)
        i = j
    return " ".join(out)


def pr(s, zero="oh"):
    """in pairs: '4532' -> 'forty five thirty two', '0705' -> 'oh seven oh five'."""
    s = "".join(ch for ch in s if ch.isdigit())
    out = []
    if len(s) % 2:
        out.append(sp(s[0], zero))
        s = s[1:]
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if p[0] == "0":
            out.append(zero + " " + sp(p[1], zero))
        else:
            out.append(nw(int(p)))
    return " ".join(out)


def hy(s, zero=None):
    """'4-5-3-2' (Whisper writing slowly said digits); zero='O' writes O for 0."""
    return "-".join((zero if (zero and ch == "0") else ch) for ch in s if ch.isalnum())


def ch(s, *sizes):
    """cut a digit string into pieces of the given sizes (rest goes last)."""
    out = []
    i = 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def g(s, *sizes, sep=" "):
    """groups joined by sep; default fours (Amex 4-6-5)."""
    if not sizes:
        sizes = (4, 6, 5) if len(s) == 15 else (4,) * (len(s) // 4)
    return sep.join(p for p in ch(s, *sizes) if p)


def ords(d):
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def ordw(d):
    if d in ORDW:
        return ORDW[d]
    t, u = divmod(d, 10)
    return TENSW[t] + " " + ORDW[u]


def yw(y):
    """year words: 1987 -> 'nineteen eighty seven', 2003 -> 'two thousand and three'."""
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return nw(hi) + " hundred"
    if lo < 10:
        return nw(hi) + " oh " + ONES[lo]
    return nw(hi) + " " + nw(lo)


def mon(m):
    return MONTHS[m - 1]


def monl(m):
    return MONTHS[m - 1].lower()


def mm(m):
    return "%02d" % m


def money(a, unit="pounds", pence="p"):
    """spoken amount: '45.99' -> 'forty five pounds ninety nine'."""
    if "." in a:
        w, c = a.split(".")
    else:
        w, c = a, "00"
    out = nw(int(w)) + " " + unit
    if c != "00":
        out += " " + nw(int(c))
    return out


def cash(a):
    """amount spoken the short way: '45.99' -> 'forty five ninety nine'."""
    if "." in a:
        w, c = a.split(".")
    else:
        w, c = a, "00"
    out = nw(int(w))
    if c != "00":
        out += " " + (nw(int(c)) if c[0] != "0" else "oh " + ONES[int(c[1])])
    return out


def num_t(a):
    """'1250.00' -> '1,250' ; '1250.50' -> '1,250.50'."""
    if "." in a:
        w, c = a.split(".")
    else:
        w, c = a, "00"
    s = "{:,}".format(int(w))
    return s if c == "00" else s + "." + c


def yy(y):
    return "%02d" % y


CASES = []


def case(style):
    """register a hand-written conversation; cases run in the order they are defined."""
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------
# the conversations, in case order
# ---------------------------------------------------------------------------


@case("transcript")
def hospital_billing_columbus():
    acc = acct("########")
    d, m, y = dob(1999, 2007)
    svc_m, svc_d = month(), day()
    bill = amt(900, 2400)
    pay = amt(100, 250, cents=False)
    card = visa()
    p = ch(card, 8)
    em, ey = exp()
    code = cvv3()
    conf = trk(9)
    return [
        ("a", "Thank you for calling Riverside Medical Center billing. This is [[NAME:Denise]], how can I help?"),
        ("c", f"Hi [[NAME:Denise]]. Yeah, I got a statement for an ER visit back on ((date:{mon(svc_m)} {ords(svc_d)})) and I'd like to pay some of it today."),
        ("a", "Sure. Can I get the guarantor account number from the top right of the statement?"),
        ("c", f"It's [[ACCOUNT_NUMBER:{hy(acc)}]]."),
        ("a", "Thank you. And the patient's date of birth?"),
        ("c", f"[[DOB:{mon(m)} {d}, {y}]]. It was my son who went in, he's at college."),
        ("a", "And your name as the guarantor?"),
        ("c", "[[NAME:Marisol Quintero-Banks]]. That's [[NAME:Q-U-I-N-T-E-R-O]], then [[NAME:Banks]]."),
        ("a", f"Perfect, thank you, Ms. [[NAME:Quintero-Banks]]. I show a balance of ((price:${num_t(bill)})) after insurance."),
        ("c", f"Okay. Can I do ((price:${pay})) today and then set up a plan for the rest?"),
        ("a", "Absolutely. Go ahead with the card number whenever you're ready."),
        ("c", f"Okay, it's [[CARD_NUMBER#c:{g(p[0])}]]."),
        ("a", "Mm-hmm."),
        ("c", f"[[CARD_NUMBER#c:{g(p[1])}]]."),
        ("a", "And the expiration date?"),
        ("c", f"Valid thru [[EXPIRY:{mm(em)}/{yy(ey)}]]."),
        ("a", "And the three digits on the back."),
        ("c", f"[[CVV:{code}]]."),
        ("a", f"Thank you. That payment of ((price:${pay})) went through, and your confirmation number is ((other:{conf}))."),
        ("c", "Great. And the plan for the rest, is that something you do or do I call back?"),
        ("a", "I can set it up right now. We do zero interest for up to ((duration:12 months))."),
    ]


@case("asr")
def pharmacy_delivery_leeds():
    d, m, y = dob(1938, 1955)
    nhs = acct("##########")
    hn = house()
    hn2 = house()
    pc = pc_uk("Leeds")
    mob = ph_uk_mob()
    fee = amt(9, 9)
    return [
        ("a", "good morning hollybank pharmacy you're speaking with [[NAME:priya]] how can i help"),
        ("c", "oh hiya yeah it's about my dad's repeat prescription he's meant to be getting it delivered"),
        ("a", "no problem can i take the patient's name"),
        ("c", "it's [[NAME:walter brennan]] he's at home he can't really get to the phone these days"),
        ("a", "and his date of birth"),
        ("c", f"[[DOB:{ordw(d)} of {monl(m)} {yw(y)}]]"),
        ("a", "lovely and have you got his nhs number handy at all"),
        ("c", f"um yeah it's on the letter [[ACCOUNT_NUMBER#n:{sp(nhs[:3])}]] um [[ACCOUNT_NUMBER#n:{sp(nhs[3:])}]]"),
        ("a", "thank you i've got him up so that's the ((count:two)) items the ramipril and the eye drops"),
        ("c", "yeah that's them"),
        ("a", f"and is the delivery still going to [[ADDRESS:{nw(hn)} cranmer road]]"),
        ("c", f"no that's the thing he's moved in with us now so it's [[ADDRESS:{nw(hn2)} ashgrove mews]] [[POSTCODE:{sp(pc)}]]"),
        ("a", "lovely i've updated that and a contact number for the driver"),
        ("c", f"best is my mobile [[PHONE:{spd(mob)}]]"),
        ("a", f"and there's a prescription charge of ((price:{money(fee)} an item)) does he pay or is he exempt"),
        ("c", "he's over ((other:sixty)) so he shouldn't pay anything should he"),
        ("a", "oh of course sorry yeah he's exempt so no charge it'll come out on thursday between ((time:ten)) and ((time:two))"),
        ("c", "brilliant thanks ever so much"),
    ]


@case("transcript")
def optician_galway():
    d, m, y = dob(1955, 1995)
    hn = house()
    flat = num(2, 30)
    hn2 = house()
    eirc = eir("Galway")
    e_old = "tadhg.omurchu%d@eircom.net" % num(10, 99)
    e_new = "tadhgomurchu%d at gmail dot com" % num(10, 99)
    slot_d = day()
    price = amt(25, 45, cents=False)
    return [
        ("a", "Good afternoon, Clearview Opticians, [[NAME:Aoife]] speaking."),
        ("c", "Hi [[NAME:Aoife]]. I'd like to book an eye test, and my glasses are broken as well. The arm snapped off."),
        ("a", "Oh no. Have you been with us before?"),
        ("c", "Yeah, a couple of years ago. It'd be under [[NAME:Tadhg Ó Murchú]]."),
        ("a", f"Let me look. I have a [[NAME:Tadhg]] here, date of birth?"),
        ("c", f"[[DOB:{d} {mon(m)} {y}]]."),
        ("a", f"That's you. And are you still at [[ADDRESS:{hn} Seacrest Road, Salthill]]?"),
        ("c", f"No, I moved in the summer. It's [[ADDRESS:Apartment {flat}, {hn2} Lough Atalia Road]], [[POSTCODE:{eirc}]]."),
        ("a", f"Grand, I'll update that. Is [[EMAIL:{e_old}]] still good for reminders?"),
        ("c", f"No, that's an old one. Use [[EMAIL:{e_new}]]."),
        ("a", f"Lovely. I have Thursday the ((date:{ords(slot_d)})) at ((time:4:20)) with [[NAME:Niamh]], or the Monday after at ((time:9.15))."),
        ("c", "The Thursday's grand."),
        ("a", f"The test is ((price:€{price})), or free if you have the PRSI treatment benefit."),
        ("c", "I think I would. I've been working the last ((duration:10 years))."),
        ("a", "Then bring your details on the day and we'll check it for you."),
        ("c", "Will do. And the glasses, can I bring them in before that?"),
        ("a", "Drop them in any time, it's usually a ((duration:10-minute)) job."),
        ("c", "Perfect, thanks a million, [[NAME:Aoife]]."),
    ]


@case("asr")
def hearing_batteries_calgary():
    ph = ph_ca("403")
    hn = house_na()
    pc = pc_ca("Calgary")
    mdl = model("@@-###")
    card = mc()
    p = ch(card, 4, 8)
    em, ey = exp()
    cv = cvv3()
    box = amt(30, 60)
    dd = day()
    since = yr(2016, 2022)
    return [
        ("a", "thanks for calling soundwell hearing centre this is [[NAME:marcus]]"),
        ("c", "hi [[NAME:marcus]] my name's [[NAME:ingrid halvorsen]] i get my batteries sent every ((duration:three months)) and the payment bounced"),
        ("a", "sorry about that let me pull you up can i get the phone number on the account"),
        ("c", f"it's [[PHONE:{sp(ph[:3])} {spd(ph[3:6])} {sp(ph[6:])}]]"),
        ("a", f"got you [[NAME:ingrid]] and that's the ((model_number:{sp(mdl)})) on both sides yeah"),
        ("c", f"yeah i've had them since ((year:{yw(since)})) and they take the size ((model_number:three twelve)) batteries"),
        ("a", "okay so the card we had on file expired that's why it didn't go through do you want to give me a new one"),
        ("c", f"yeah hang on it's a mastercard [[CARD_NUMBER#c:{sp(p[0])}]] um"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD_NUMBER#c:{pr(p[1])}]] and then [[CARD_NUMBER#c:{sp(p[2])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{sp(mm(em))} {nw(ey)}]]"),
        ("a", "and the three digit code on the back"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", f"perfect that's gone through ((price:{cash(box)})) and is it still shipping to [[ADDRESS:{pr(str(hn))} silverado ranch road southwest]]"),
        ("c", f"yes same place [[POSTCODE:{sp(pc)}]]"),
        ("a", f"great your next box ships on the ((date:{ordw(dd)}))"),
        ("c", "lovely thank you [[NAME:marcus]]"),
    ]


@case("transcript")
def mobility_scooter_ivr():
    ref = acct("AR#####")
    card = visa()
    em, ey = exp()
    cv_wrong = cvv3()
    cv = cvv3()
    due = amt(40, 95)
    return [
        ("i", "Welcome to Ableride Mobility. To make a payment, please say or enter your customer reference."),
        ("c", f"[[ACCOUNT_NUMBER:{ref}]]."),
        ("i", "Thank you. Please say or enter the long number on the front of your card."),
        ("c", f"[[CARD_NUMBER:{g(card)}]]."),
        ("i", f"You said a card ending in [[CARD_NUMBER/part:{hy(card[-4:])}]]. If that is correct, press ((other:1))."),
        ("i", "Please enter the expiry date as four digits, month then year."),
        ("c", f"[[EXPIRY:{mm(em)}{yy(ey)}]]."),
        ("i", "Now enter the security code from the back of the card."),
        ("c", f"[[CVV:{cv_wrong}]]."),
        ("i", "Sorry, we could not take this payment. Please hold for an adviser."),
        ("a", "Hello, you're through to [[NAME:Bronwen]] at Ableride. I can see a payment just failed. Can I take your name?"),
        ("c", "It's [[NAME:Dennis Oyelaran-Hughes]]. I'm trying to pay the monthly bit on the scooter."),
        ("a", "Thanks, Mr. [[NAME:Oyelaran-Hughes]]. It looks like the security code didn't match. Could you read it to me again?"),
        ("c", f"It's [[CVV:{cv}]]. Oh, I read it wrong before, didn't I? It's ever so worn."),
        ("a", f"That happens a lot. And the expiry was [[EXPIRY:{mon(em)} {2000 + ey}]]?"),
        ("c", "That's right."),
        ("a", f"Lovely, that's gone through now, ((price:£{due})). Anything else I can help with?"),
        ("c", "No, that's everything. Thanks, love."),
    ]


@case("asr")
def stairlift_tampa():
    s4 = ssn()[-4:]
    d, m, y = dob(1930, 1948)
    hn = house_na()
    z = zipc("Tampa")
    ph = ph_us("813")
    ph2 = ph_us("813")
    ext = str(num(200, 899))
    return [
        ("a", "liftright stairlifts service department this is [[NAME:tyrone]]"),
        ("c", "hi [[NAME:tyrone]] yeah our stairlift stopped halfway up it's beeping and there's a code on the little screen"),
        ("a", "okay what's the code showing"),
        ("c", "it says ((other:e seven)) and then it flashes"),
        ("a", "alright that's usually the battery or the track sensor is the unit under the service plan"),
        ("c", "i think so it's in my mother's name [[NAME:lorraine castellanos]]"),
        ("a", "okay for security can i have the last four of her social"),
        ("c", f"[[SSN/part:{sp(s4)}]]"),
        ("a", "and her date of birth"),
        ("c", f"[[DOB:{monl(m)} {ordw(d)} {yw(y)}]]"),
        ("a", "and the address where the lift's installed"),
        ("c", f"[[ADDRESS:{pr(str(hn))} palmetto ridge drive]] in tampa [[POSTCODE:{sp(z)}]]"),
        ("a", "perfect so she's covered we'll send a tech out at no charge what's the best number to reach you"),
        ("c", f"my cell is [[PHONE:{sp(ph)}]] or at work it's [[PHONE#w:{sp(ph2)}]] extension [[PHONE#w/ext:{sp(ext)}]]"),
        ("a", "got it the tech has a slot tomorrow between ((time:eight)) and noon"),
        ("c", "that works she's got ((count:two)) little dogs so tell him to knock loud"),
        ("a", "will do and in the meantime don't use the lift and leave it on the charging point at the bottom"),
        ("c", "okay thanks [[NAME:tyrone]]"),
    ]


@case("transcript")
def care_home_fees_harrogate():
    rm = num(3, 40)
    ni = nino()
    council = amt(600, 800, cents=False)
    topup = amt(120, 260, cents=False)
    arrears = amt(300, 900)
    mo = month()
    card = amex()
    p = ch(card, 4, 6, 5)
    em, ey = exp()
    cv = cvv4()
    return [
        ("a", "Good morning, Larchfield House, accounts. [[NAME:Hannah]] speaking."),
        ("c", f"Hi [[NAME:Hannah]], it's [[NAME:Gwen Albright]]. My mum's in room ((other:{rm})), [[NAME:Edith Albright]]."),
        ("a", "Oh yes, hiya. What can I do for you?"),
        ("c", "The council's funding assessment has finally come through, so the top-up from us changes. And they want her National Insurance number on your form as well, apparently."),
        ("a", "Right, I can pop that on her file now. Go ahead."),
        ("c", f"It's [[SSN:{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}]]."),
        ("a", f"Thank you. So the council's paying ((price:£{council} a week)) and the top-up is ((price:£{topup} a week))."),
        ("c", f"Yeah. And I'd like to pay what we owe from ((date:{mon(mo)})) on my card today, if that's okay."),
        ("a", f"Of course. I make the difference ((price:£{arrears})). Card number when you're ready."),
        ("c", f"It's an Amex. [[CARD_NUMBER#c:{g(card)}]]."),
        ("a", "Sorry, could you repeat the middle bit?"),
        ("c", f"[[CARD_NUMBER#c/x:{p[1]}]]."),
        ("a", "Got it. And the expiry, and the four-digit code on the front?"),
        ("c", f"Expires [[EXPIRY:{mm(em)}/{yy(ey)}]], and the code is [[CVV:{cv}]]."),
        ("a", "Lovely, that's all gone through. I'll email the new invoice to the address we've got."),
        ("c", "Thanks, [[NAME:Hannah]]. Give Mum my love if you see her at lunch."),
        ("a", "I will. She's been doing the big jigsaw with [[NAME:Ronnie]] all morning."),
    ]


@case("asr")
def vet_clinic_brisbane():
    bal = amt(250, 700)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    mob = ph_au("mob")
    dd = day()
    pc = pc_au("Brisbane")
    return [
        ("a", "good afternoon paws and claws vet clinic [[NAME:kylie]] speaking"),
        ("c", "hi [[NAME:kylie]] it's [[NAME:deepak raman]] we picked up our dog biscuit yesterday after his surgery and i said i'd ring to pay the rest"),
        ("a", "oh yes biscuit how's he doing"),
        ("c", "yeah good he's a bit sorry for himself with the cone on"),
        ("a", f"bless him okay so the balance is ((price:{money(bal, 'dollars')})) do you want to pay that on a card"),
        ("c", f"yep it's a visa [[CARD_NUMBER#c/x:{sp(card[:6])}]] hang on i lost my place let me start again"),
        ("a", "no worries take your time"),
        ("c", f"[[CARD_NUMBER#c:{sp(card[:8])}]] um [[CARD_NUMBER#c:{pr(card[8:])}]]"),
        ("a", "and the expiry date"),
        ("c", f"[[EXPIRY:{nw(em)} {nw(ey)}]]"),
        ("a", "and the little code on the back"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", f"thanks that's gone through i'll text the receipt is that still [[PHONE:{sp(mob[:4])} {sp(mob[4:7])} {sp(mob[7:])}]]"),
        ("c", "yep that's me"),
        ("a", f"and we've still got you at the [[POSTCODE:{sp(pc)}]] postcode for the reminder letters"),
        ("c", "that's right"),
        ("a", f"lovely and he's booked in to get the stitches out on the ((date:{ordw(dd)})) at ((time:ten fifteen))"),
        ("c", "beautiful see you then"),
    ]


@case("transcript")
def pet_boarding_denver():
    m1, d1 = month(), num(1, 20)
    d2 = d1 + 7
    rate = amt(70, 110, cents=False)
    ph = ph_us("303")
    dep = pct(20, 30)
    card1 = visa()
    card2 = mc()
    em, ey = exp()
    cv = cvv3()
    mail = "rlindqvist%d at gmail dot com" % num(10, 99)
    mg = num(5, 25)
    return [
        ("a", "Rocky Mountain Pet Lodge, this is [[NAME:Caleb]]."),
        ("c", f"Hi, I'd like to book boarding for two dogs from ((date:{mon(m1)} {d1})) to the ((date:{ords(d2)}))."),
        ("a", f"Sure, let me check. Yep, we have a double suite. That's ((price:${rate} a night)) for the pair. Can I get your name?"),
        ("c", "[[NAME:Rebecca Lindqvist]]."),
        ("a", "And a phone number?"),
        ("c", f"[[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]]."),
        ("a", f"We take a ((percentage:{dep}%)) deposit to hold it. Do you have a card handy?"),
        ("c", f"Yeah, it's [[CARD_NUMBER#w/part:{g(card1[:8])}]]. Actually, no, let me get the other card. That one's my husband's."),
        ("a", "Sure, take your time."),
        ("c", f"Okay, here we go. [[CARD_NUMBER#c:{g(card2[:8])}]]"),
        ("c", f"[[CARD_NUMBER#c:{g(card2[8:])}]], and do you need the expiration?"),
        ("a", "Yes, please, and the security code."),
        ("c", f"[[EXPIRY:{mm(em)}/{yy(ey)}]], and [[CVV:{cv}]]."),
        ("a", "Got it. And an email for the confirmation?"),
        ("c", f"Sure, it's [[EMAIL:{mail}]]."),
        ("a", "Perfect. And the dogs' names?"),
        ("c", f"Mabel and Tucker. Tucker's on medication, ((quantity:{mg} milligrams)) twice a day."),
        ("a", "Noted. You're all set, and check-in is after ((time:2:00 PM))."),
    ]


@case("asr")
def travel_insurance_malaga():
    pol = acct("TRV#######")
    d, m, y = dob(1955, 1990)
    mob = ph_uk_mob()
    dd = day()
    fn = str(num(1000, 9999))
    xs = amt(75, 150, cents=False)
    return [
        ("a", "emergency assistance line you're through to [[NAME:callum]] is everyone safe"),
        ("c", "um yeah sort of my wife's fallen on some steps in malaga she's in the hospital they think her wrist is broken"),
        ("a", "oh i'm sorry to hear that okay we'll get this sorted can i take the policy number"),
        ("c", f"it's [[ACCOUNT_NUMBER#p:t r v {sp(pol[3:7])}]] hang on the signal's rubbish [[ACCOUNT_NUMBER#p:{sp(pol[7:])}]]"),
        ("a", "thank you and the name of the person who's injured"),
        ("c", "[[NAME:sadie fenwick]] and i'm [[NAME:joe]] her husband"),
        ("a", "and [[NAME:sadie]]'s date of birth"),
        ("c", f"[[DOB:{ordw(d)} {monl(m)} {yw(y)}]]"),
        ("a", "and which hospital is she at"),
        ("c", "the big regional one the doctor wants a guarantee of payment before they do the x-ray or something"),
        ("a", "that's fine we deal with them all the time we'll send them a guarantee now what number can i ring you back on"),
        ("c", f"my mobile [[PHONE:{spd(mob)}]] it's a uk number"),
        ("a", "and when are you due to fly home"),
        ("c", f"saturday the ((date:{ordw(dd)})) flight ((flight_number:u two {pr(fn)}))"),
        ("a", f"okay if she needs a seat with more legroom for the cast let us know and the excess on the policy is ((price:{money(xs)})) which comes off the claim"),
        ("c", "okay that's fine whatever it takes"),
        ("a", "i'll ring the hospital now and call you back within ((duration:thirty minutes))"),
        ("c", "thank you so much [[NAME:callum]]"),
    ]


@case("transcript")
def student_rooms_melbourne():
    sid = acct("S#######")
    lvl = num(2, 14)
    rm = num(1, 40)
    rent = amt(320, 480, cents=False)
    dep = str(int(rent) * 2)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    ph = ph_au("land", "3")
    mail = "thpham%d@student.unimelb.example.au" % num(100, 999)
    md, mth = day(), month()
    fn = num(200, 299)
    return [
        ("a", "Good morning, Carlton Quarter Student Living, [[NAME:Matilda]] speaking."),
        ("c", "Hi, I'm calling to pay the holding deposit for a room. I got the offer email yesterday."),
        ("a", "Lovely. What's your student ID, or the offer reference?"),
        ("c", f"The student ID is [[ACCOUNT_NUMBER:{sid}]]."),
        ("a", "Thanks. And your full name?"),
        ("c", "[[NAME:Thanh Huong Pham]]."),
        ("a", f"Great. So that's a studio on level ((other:{lvl})), room ((other:{rm})), ((price:${rent} per week)) on a ((duration:44-week)) contract."),
        ("c", "Yes. And the deposit is ((duration:2 weeks)) of rent?"),
        ("a", f"That's right, ((price:${dep})). I can take a card now if you like."),
        ("c", f"Okay. It's [[CARD_NUMBER#c:{hy(card[:8])}, {g(card[8:])}]]."),
        ("a", "Sorry, I missed the end of that. The last two blocks again?"),
        ("c", f"[[CARD_NUMBER#c/x:{g(card[8:])}]]."),
        ("a", "Thank you. Expiry?"),
        ("c", f"Exp. [[EXPIRY:{mm(em)}/{yy(ey)}]]."),
        ("a", "And the CVV?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", "Perfect, that's processed. We'll need a contact number in Australia, if you have one yet."),
        ("c", f"My aunt's landline for now, [[PHONE:{ph[:2]} {ph[2:6]} {ph[6:]}]]. I'll have my own SIM next week."),
        ("a", f"No worries. And your email's [[EMAIL:{mail}]]?"),
        ("c", "Yes, that's right."),
        ("a", f"Great. Move-in opens on ((date:{md} {mon(mth)})) from ((time:10am)). Do you want the airport pickup?"),
        ("c", f"Oh, yes please. I arrive on ((flight_number:SQ {fn})) at ((time:6:40)) in the morning."),
        ("a", "Noted. The shuttle driver will meet you at arrivals with a sign."),
    ]


@case("asr")
def language_school_dublin():
    dd, mth = day(), R.randint(6, 8)
    bal = amt(1100, 2600)
    card = mc()
    p = ch(card, 4, 4, 4, 4)
    em, ey = exp()
    cv = cvv3()
    hn = house()
    eirc = eir("Dublin")
    fn = str(num(800, 899))
    ph = ph_ca("514")
    return [
        ("a", "hello emerald english college admissions [[NAME:ciara]] speaking"),
        ("c", "hi yes good morning i'm calling from montreal my daughter is doing the summer course with you"),
        ("a", "lovely what's the student's name"),
        ("c", "[[NAME:élodie gagnon-roy]]"),
        ("a", "can you spell the surname for me"),
        ("c", "[[NAME:g a g n o n]] dash [[NAME:r o y]]"),
        ("a", f"perfect i have her here starting on the ((date:{ordw(dd)} of {monl(mth)})) for ((duration:four weeks)) with a host family"),
        ("c", "yes and i want to pay the balance now by card please"),
        ("a", f"no problem the balance is ((price:{money(bal, 'euro')})) go ahead when you're ready"),
        ("c", f"okay [[CARD_NUMBER#c:{sp(p[0])}]]"),
        ("a", "yes"),
        ("c", f"[[CARD_NUMBER#c:{sp(p[1])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD_NUMBER#c:{sp(p[2], 'zero')}]] uh [[CARD_NUMBER#c:{sp(p[3], 'zero')}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{monl(em)} {yw(2000 + ey)}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{sp(cv, 'zero')}]]"),
        ("a", f"grand that's gone through and the host family is at [[ADDRESS:{nw(hn)} ashfield avenue ranelagh]] [[POSTCODE:{sp(eirc)}]] i'll email that to you as well"),
        ("c", "thank you and someone will pick her up at the airport"),
        ("a", "yes if you give me the flight number"),
        ("c", f"it's ((flight_number:a c {sp(fn)})) arriving at ((time:eight ten)) in the morning"),
        ("a", "perfect and a phone number for you in case"),
        ("c", f"[[PHONE:{sp(ph[:3])} {spd(ph[3:6])} {pr(ph[6:])}]]"),
        ("a", "lovely thanks a million mrs [[NAME:gagnon-roy]]"),
    ]


@case("transcript")
def family_streaming_refund():
    mail = "patsy.okreid%d@yahoo.com" % num(10, 99)
    l4 = visa()[-4:]
    each = amt(5, 8)
    tot = "%.2f" % (4 * float(each))
    pl4 = ph_us()[-4:]
    otp = acct("######")
    std = amt(11, 13)
    prem = amt(18, 23)
    m, d = month(), day()
    return [
        ("a", "Thanks for calling Streamnest support, my name is [[NAME:Jerome]]. Who am I speaking with?"),
        ("c", "Hi [[NAME:Jerome]], this is [[NAME:Patricia Okonkwo-Reid]]. There are charges on my card I don't recognize. Like, ((count:4)) rentals last weekend."),
        ("a", "I'm sorry about that. Can you give me the email on the account?"),
        ("c", f"It's [[EMAIL:{mail}]]."),
        ("a", "Thanks. And to verify, the last four of the card on file?"),
        ("c", f"[[CARD_NUMBER/part:{l4}]]."),
        ("a", f"Perfect. Okay, I see ((count:4)) purchases, ((price:${each} each)), all on the Kids profile."),
        ("c", "The Kids profile? Oh my God. My ((other:9))-year-old."),
        ("a", "It happens a lot. I can refund them as a one-time courtesy and put a PIN on purchases."),
        ("c", "Yes, please. Both."),
        ("a", f"Done. The refund of ((price:${tot})) will show in ((duration:3 to 5 business days)). For the PIN, I'm texting a code to the phone ending [[PHONE/part:{pl4}]]."),
        ("c", "Yep, that's mine."),
        ("a", "You should have it now. Can you read me the code?"),
        ("c", f"((other:{otp}))."),
        ("a", "Thanks. Now choose a purchase PIN on the TV screen. Don't tell me what it is."),
        ("c", "Okay. Done. And can you change the plan? We really don't need the ((other:4K)) one."),
        ("a", f"Sure. Standard is ((price:${std} a month)), down from ((price:${prem})). It starts on your next billing date, ((date:{mon(m)} {d}))."),
        ("c", "Great. Thank you, [[NAME:Jerome]]. You've been a lifesaver."),
    ]


@case("asr")
def game_purchases_refund():
    spent = amt(180, 420)
    n = num(10, 99)
    d = day()
    l4 = mc()[-4:]
    mob = ph_uk_mob()
    return [
        ("a", "hi you're through to pixelforge player support my name's [[NAME:aled]]"),
        ("c", f"hiya um i'm ringing because my son's spent like ((price:{money(spent)})) on my card in one of your games"),
        ("a", "oh no okay let's have a look what's the email on his account"),
        ("c", f"it's [[EMAIL:a kowalski {nw(n)} at hotmail dot co dot uk]]"),
        ("a", "and is that your email or his"),
        ("c", "it's mine i set it up for him he's only ((other:eleven))"),
        ("a", "okay and your name please"),
        ("c", "[[NAME:agnieszka kowalski]]"),
        ("a", f"thanks [[NAME:agnieszka]] i can see ((count:twenty three)) purchases of gem packs since the ((date:{ordw(d)}))"),
        ("c", "((count:twenty three)) oh my god he told me it was a couple"),
        ("a", "which card was used can you give me the last four"),
        ("c", f"[[CARD_NUMBER/part:{sp(l4)}]]"),
        ("a", "okay yeah that matches what i'll do is put through a refund request for the lot and switch on parental approval"),
        ("c", "how long does that take"),
        ("a", "usually ((duration:five to seven working days)) and we'll email you a case number"),
        ("c", "and will he lose all his stuff"),
        ("a", "the gems will come off but he keeps his level and his skins"),
        ("c", "fine he can lose the lot to be honest"),
        ("a", "can i take a phone number in case the payments team needs to call you"),
        ("c", f"[[PHONE#p:{sp(mob[:5])}]] um [[PHONE#p:{sp(mob[5:])}]]"),
        ("a", "lovely that's all done"),
    ]


@case("transcript")
def season_ticket_lancaster():
    sup = acct("#######")
    blk = model("@#")
    row = R.choice("ABCDEFGHJKLM")
    seat = num(10, 80)
    adult = amt(280, 420, cents=False)
    junior = amt(60, 110, cents=False)
    tot = str(int(adult) + int(junior))
    card = visa()
    p = ch(card, 4, 4, 4, 4)
    em, ey = exp()
    cv = cvv3()
    hn = house()
    pc = pc_uk("Lancaster")
    km, kd = month(), day()
    return [
        ("a", "Ravensmoor Rovers ticket office, [[NAME:Gareth]] speaking."),
        ("c", "Hiya. I want to renew my season ticket before the deadline. Is it still the ((date:31st))?"),
        ("a", "It is, yeah. Have you got your supporter number?"),
        ("c", f"Yeah, [[ACCOUNT_NUMBER:{sup}]]."),
        ("a", "Lovely, that's [[NAME:Ama Boateng]]?"),
        ("c", "That's me."),
        ("a", f"Same seat? Block ((other:{blk})), row {row}, seat ((other:{seat}))."),
        ("c", "Same seat, please. And my grandson's joining me, so a junior as well, next to me if there's room."),
        ("a", f"Let me see. Seat ((other:{seat + 1})) is free, so that's ((price:£{adult})) and ((price:£{junior})), ((price:£{tot})) altogether."),
        ("c", "Great. Card's ready."),
        ("a", "Go ahead."),
        ("c", f"It's [[CARD_NUMBER#c:{p[0]} {p[1]}]]."),
        ("a", f"[[CARD_NUMBER/part:{p[1]}]], yep."),
        ("c", f"[[CARD_NUMBER#c:{p[2]}]]."),
        ("a", f"[[CARD_NUMBER/part:{p[2]}]]."),
        ("c", f"[[CARD_NUMBER#c:{p[3]}]]."),
        ("a", "And the expiry?"),
        ("c", f"End of [[EXPIRY:{mon(em)} '{yy(ey)}]]."),
        ("a", "Security code, the three digits on the back."),
        ("c", f"[[CVV:{cv}]]."),
        ("a", f"That's gone through. The cards go to [[ADDRESS:{hn} Quernmore Road, Lancaster]], [[POSTCODE:{pc}]]?"),
        ("c", "That's it. Oh, and put [[NAME:Kwame]] on the junior one."),
        ("a", f"Done. First home game is ((date:{mon(km)} {ords(kd)})), ((time:3pm)) kick-off."),
    ]


@case("asr")
def golf_dues_scottsdale():
    mem = acct("@@####")
    dues = amt(2400, 4800, cents=False)
    card = amex()
    p = ch(card, 4, 6, 5)
    em, ey = exp()
    cid = cvv4()
    return [
        ("a", "desert willow golf club member services this is [[NAME:brittany]]"),
        ("c", "hey [[NAME:brittany]] it's [[NAME:hal petrakis]] i wanna pay the annual dues and book a tee time while i've got you"),
        ("a", "sure thing mister [[NAME:petrakis]] can i get your member number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(mem)}]]"),
        ("a", f"got it so the dues are ((price:{money(dues, 'dollars')})) for the year"),
        ("c", f"okay put it on the amex [[CARD_NUMBER#c:{sp(p[0])}]]"),
        ("c", f"[[CARD_NUMBER#c:{pr(p[1])}]]"),
        ("a", "okay"),
        ("c", f"[[CARD_NUMBER#c:{sp(p[2])}]]"),
        ("a", "and the expiration"),
        ("c", f"[[EXPIRY:{sp(mm(em))} slash {nw(ey)}]]"),
        ("a", "and for amex it's the four digits on the front"),
        ("c", f"[[CVV:{sp(cid)}]]"),
        ("a", "you're all paid up now for the tee time what day were you thinking"),
        ("c", "saturday morning if you have a ((time:seven forty)) or so for ((count:four))"),
        ("a", "i have ((time:seven thirty six)) or ((time:eight twelve))"),
        ("c", "((time:seven thirty six)) works"),
        ("a", "booked and your handicap index still shows ((other:twelve point four))"),
        ("c", "ha don't remind me"),
    ]


@case("transcript")
def marina_slip_charleston():
    slip = num(10, 60)
    rate = amt(2, 4)
    hn = house_na()
    z = zipc("Norfolk")
    card = visa()
    em, ey = exp()
    cv = cvv3()
    ph = ph_us("757")
    by = yr(1985, 2010)
    return [
        ("a", "Harbor Point Marina, dock office, this is [[NAME:Shelby]]."),
        ("c", "Hi [[NAME:Shelby]]. I'm bringing my boat down from Norfolk and I need a transient slip for about ((duration:two weeks))."),
        ("a", "Sure. How long is she?"),
        ("c", f"((quantity:34 feet)), with a ((quantity:12-foot)) beam. She's a ((year:{by})) Catalina."),
        ("a", f"Okay, I can put you on C dock, slip ((other:{slip})). It's ((price:${rate} a foot per night)), plus electric."),
        ("c", "That's fine. What do you need from me?"),
        ("a", "Name, home address, and a card to hold it."),
        ("c", f"[[NAME:Everett Dubois]]. [[ADDRESS:{hn} Tidewater Lane, Norfolk]], Virginia, [[POSTCODE:{z}]]."),
        ("a", "And the card?"),
        ("c", f"Visa. [[CARD_NUMBER#c:{card[:4]}, {card[4:8]}, {card[8:12]}]],"),
        ("c", f"[[CARD_NUMBER#c:{card[12:]}]]. Expires [[EXPIRY:{mm(em)}/{yy(ey)}]]. Code on the back is [[CVV:{cv}]]."),
        ("a", f"Let me read that back. [[CARD_NUMBER:{g(card)}]], expiring [[EXPIRY:{mm(em)}/{yy(ey)}]]?"),
        ("c", "Yep, that's it."),
        ("a", "And a cell number in case we need to move you?"),
        ("c", f"[[PHONE:{ph[:3]}, {ph[3:6]}, {ph[6:]}]]."),
        ("a", "Great. The fuel dock closes at ((time:6)) and the pump-out is free. What's the boat called, for the board?"),
        ("c", "Second Wind."),
        ("a", "Love it. Call us on channel ((other:16)) when you're coming in."),
    ]


@case("asr")
def boat_storage_kingston():
    mdl = model("@@##")
    haul = amt(600, 900, cents=False)
    wrap = amt(350, 500, cents=False)
    dep = pct(25, 50)
    card = visa()
    wrong = card[8:11] + str((int(card[11]) + 3) % 10)
    em, ey = exp()
    cv = cvv3()
    hn = house_na()
    pc = pc_ca("Kingston")
    dd = day()
    return [
        ("a", "cataraqui boatyard good morning [[NAME:luc]] speaking"),
        ("c", "morning [[NAME:luc]] it's [[NAME:fiona mcallister]] i called last week about winter storage for the sailboat"),
        ("a", f"oh right the ((model_number:{sp(mdl)})) yeah"),
        ("c", "that's the one so how much is it all in"),
        ("a", f"haul out and blocking is ((price:{money(haul, 'dollars')})) and the shrink wrap is another ((price:{nw(wrap)})) plus tax"),
        ("c", "okay go ahead and book it i can pay the deposit now"),
        ("a", f"perfect it's ((percentage:{nw(dep)} percent)) up front"),
        ("c", f"fine it's a visa [[CARD_NUMBER#c:{pr(card[:8])}]]"),
        ("a", "yep"),
        ("c", f"[[CARD_NUMBER#c/x:{pr(wrong)}]] no sorry [[CARD_NUMBER#c:{pr(card[8:])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{monl(em)} of {yw(2000 + ey)}]]"),
        ("a", "and the cvv"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "great and your mailing address for the contract"),
        ("c", f"[[ADDRESS:{pr(str(hn))} king street west kingston]] [[POSTCODE:{sp(pc)}]]"),
        ("a", f"we'll haul out on the ((date:{ordw(dd)})) weather permitting"),
        ("c", "sounds good thanks [[NAME:luc]]"),
    ]


@case("transcript")
def self_storage_ivr_chester():
    acc = acct("SS-######")
    bal = amt(90, 300)
    card = mc()
    em, ey = exp()
    cv = cvv3()
    ref = trk(10)
    unit = model("@##")
    return [
        ("i", "Thank you for calling StoreSafe. For payments, press ((other:1)). For new enquiries, press ((other:2))."),
        ("i", "Please say your account number."),
        ("c", f"[[ACCOUNT_NUMBER:{acc}]]."),
        ("i", f"Thank you, Mr. [[NAME:Abernathy]]. Your balance is ((price:£{bal})). Please enter your card number."),
        ("c", f"[[CARD_NUMBER:{g(card)}]]."),
        ("i", f"You entered [[CARD_NUMBER:{hy(card)}]]. Press ((other:1)) to confirm or ((other:2)) to re-enter."),
        ("i", "Please enter the expiry date."),
        ("c", f"[[EXPIRY:{mm(em)}{yy(ey)}]]."),
        ("i", "Please enter the security code."),
        ("c", f"[[CVV:{cv}]]."),
        ("i", f"Payment accepted. Your reference is ((other:{ref})). To speak to someone, press ((other:0))."),
        ("a", "StoreSafe Chester, [[NAME:Wiktoria]] speaking."),
        ("c", f"Hi. I've just paid for unit ((other:{unit})), and the gate code hasn't worked since yesterday."),
        ("a", "Let me check. Ah, the account was on hold for arrears, so the code was suspended. Now it's paid, it comes back on in about ((duration:15 minutes))."),
        ("c", "Right. And it's still the same code?"),
        ("a", "Same code, yes. I can't read it out over the phone, but it's in the app."),
        ("c", "Fine. Thanks, [[NAME:Wiktoria]]."),
    ]


@case("asr")
def caravan_pitch_windermere():
    p1, p2 = num(10, 60), num(61, 99)
    nightly = amt(38, 55, cents=False)
    card = mc()
    em, ey = exp()
    cv = cvv3()
    return [
        ("a", "lakeside holiday park bookings [[NAME:shona]] speaking"),
        ("c", "hiya i'd like to book a hardstanding pitch for our caravan for the bank holiday weekend"),
        ("a", f"let me look we've got pitch ((other:{nw(p1)})) or ((other:{nw(p2)})) both with electric"),
        ("c", "whichever's nearer the shower block"),
        ("a", f"that'll be ((other:{nw(p2)})) then it's ((price:{money(nightly)} a night)) for ((duration:three nights))"),
        ("c", "lovely"),
        ("a", "and the names for the booking"),
        ("c", "[[NAME:derek]] and [[NAME:pam whitlock]]"),
        ("a", "and can i take a card for the full amount"),
        ("c", f"yep it's [[CARD_NUMBER#c:{sp(card[:4])}]] i'll read it in fours [[CARD_NUMBER#c:{sp(card[4:8])}]]"),
        ("c", f"[[CARD_NUMBER#c:{sp(card[8:12])}]]"),
        ("c", f"[[CARD_NUMBER#c:{sp(card[12:])}]]"),
        ("a", "lovely and when does it run out"),
        ("c", f"[[EXPIRY:{monl(em)} {nw(ey)}]]"),
        ("a", "and the three on the back"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "and an email for the confirmation"),
        ("c", "[[EMAIL:pam dot whitlock at btinternet dot com]]"),
        ("a", "that's all booked arrival's from ((time:two)) and the barrier code will be on the email"),
        ("c", "brilliant ta"),
    ]


@case("transcript")
def holiday_cabin_gold_coast():
    ref = acct("CP-####-@@")
    cab = num(3, 48)
    d1 = day()
    extra = amt(140, 210, cents=False)
    bal = amt(600, 1100, cents=False)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    ph = ph_au("mob")
    ph2 = ph_au("mob")
    pc = pc_au("Sydney")
    disc_p = pct(5, 15)
    return [
        ("a", "G'day, Coral Palms Holiday Park, [[NAME:Jarrah]] speaking."),
        ("c", "Hi [[NAME:Jarrah]]. I've got a cabin booked over Easter and I want to add a night and pay the balance."),
        ("a", "No worries. What's the booking reference?"),
        ("c", f"[[ACCOUNT_NUMBER:{ref}]]."),
        ("a", "Thanks. Mrs. [[NAME:Papadopoulos]]?"),
        ("c", "That's me, [[NAME:Eleni]]."),
        ("a", f"So you're in cabin ((other:{cab})) from the ((date:{ords(d1)})) for ((duration:4 nights)). One more makes it ((duration:5)), and the extra night is ((price:${extra}))."),
        ("c", "Perfect."),
        ("a", f"So the balance comes to ((price:${bal})). Card number when you're ready."),
        ("c", f"Okay, it's [[CARD_NUMBER#c:{card[:4]}]] and then [[CARD_NUMBER#c:{card[4:6]} {card[6:8]}]],"),
        ("a", "Yep."),
        ("c", f"[[CARD_NUMBER#c:{card[8:12]}]]. Sorry, the kids are yelling. [[CARD_NUMBER#c:{card[12:]}]]."),
        ("a", "Got it. Expiry?"),
        ("c", f"[[EXPIRY:{mm(em)}/{2000 + ey}]]."),
        ("a", "And the CVV?"),
        ("c", f"It's [[CVV:{cv}]]."),
        ("a", f"Lovely, all paid. Is [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]] still the best mobile?"),
        ("c", f"No, that's my old one. It's [[PHONE:{ph2[:4]} {ph2[4:7]} {ph2[7:]}]] now."),
        ("a", f"Updated. And your postcode's still [[POSTCODE:{pc}]]?"),
        ("c", "Yep, same house."),
        ("a", f"Check-in is from ((time:2pm)). The pool's heated, and guests get ((percentage:{disc_p}%)) off at the kiosk."),
    ]


@case("asr")
def wedding_venue_kilkenny():
    d, m = day(), month()
    guests = num(90, 160)
    dep = amt(1500, 3000, cents=False)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    return [
        ("a", "good afternoon ballyrafter castle weddings [[NAME:orla]] speaking"),
        ("c", "hi [[NAME:orla]] it's [[NAME:sinéad]] we met on saturday for the viewing me and [[NAME:kieran]]"),
        ("a", "oh hiya [[NAME:sinéad]] lovely to hear from you did ye decide"),
        ("c", f"we did we want to go for the ((date:{ordw(d)} of {monl(m)})) next year"),
        ("a", "oh fantastic that date's still free i'll pencil it in how many guests are ye thinking"),
        ("c", f"about ((count:{nw(guests)})) for the day and more in the evening"),
        ("a", f"grand so to secure it we take a deposit of ((price:{money(dep, 'euro')})) and that's non refundable"),
        ("c", "yeah that's fine i'll pay it now on my card"),
        ("a", "perfect whenever you're ready"),
        ("c", f"[[CARD_NUMBER#c:{pr(card[:8])}]] em [[CARD_NUMBER#c:{pr(card[8:])}]]"),
        ("a", f"so that's ending [[CARD_NUMBER/part:{sp(card[-4:])}]]"),
        ("c", "that's it"),
        ("a", "and the expiry date"),
        ("c", f"it says valid thru [[EXPIRY:{sp(mm(em))} {nw(ey)}]]"),
        ("a", "and the three digits on the back"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "that's gone through now congratulations the two of ye"),
        ("c", "ah thanks we're delighted"),
        ("a", "i'll send on the contract can i get the full names for it"),
        ("c", "[[NAME:sinéad nic giolla phádraig]] and [[NAME:kieran]]'s surname is [[NAME:dunne]]"),
        ("a", "and an email address"),
        ("c", "[[EMAIL:sineadngp at gmail dot com]]"),
    ]


@case("transcript")
def wedding_photographer_savannah():
    m, d = month(), day()
    bal = amt(1800, 3200, cents=False)
    dep = amt(500, 900, cents=False)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    hn = house_na()
    apt = "%d%s" % (num(1, 6), R.choice("ABCD"))
    z = zipc("Savannah")
    mail = "marcus.feld%d@icloud.com" % num(10, 99)
    return [
        ("a", "Hi, this is [[NAME:Juniper]] with Magnolia Lane Photography."),
        ("c", "Hi [[NAME:Juniper]], it's [[NAME:Marcus Feld]]. We got the invoice for the balance and I want to pay it."),
        ("a", f"Great! So that's for the wedding on ((date:{mon(m)} {ords(d)})), ((duration:8 hours)) of coverage plus the album."),
        ("c", "Right, and we added a second shooter, so I think the total went up."),
        ("a", f"It did. The balance is ((price:${num_t(bal)})) after your ((price:${dep})) retainer."),
        ("c", f"Okay, it's a Visa. [[CARD_NUMBER#c:{card[:4]}]]."),
        ("a", "Mm-hmm."),
        ("c", f"[[CARD_NUMBER#c:{card[4:8]}]]. Hold on, my fiancée is reading it out. [[CARD_NUMBER#c:{card[8:12]}]]."),
        ("a", "Okay."),
        ("c", f"[[CARD_NUMBER#c:{card[12:14]}]]. What was that? [[CARD_NUMBER#c:{card[14:]}]]."),
        ("a", f"Let me read that back: [[CARD_NUMBER:{g(card)}]]."),
        ("c", "Yes."),
        ("a", "Expiration and the code?"),
        ("c", f"[[EXPIRY:{mon(em)} {2000 + ey}]]. And [[CVV:{cv}]]."),
        ("a", "Perfect, you're paid in full! Where should we ship the album?"),
        ("c", f"[[ADDRESS:{hn} Habersham Street, Apt {apt}, Savannah]], Georgia, [[POSTCODE:{z}]]."),
        ("a", "And the best email for the gallery link?"),
        ("c", f"It's [[EMAIL:{mail}]]."),
        ("a", "Got it. The gallery should be ready in about ((duration:6 weeks))."),
    ]


@case("asr")
def print_shop_halifax():
    ordn = acct("######")
    tot = amt(400, 900)
    disc_p = pct(10, 20)
    card = mc()
    em, ey = exp()
    cv = cvv3()
    n = num(10, 99)
    return [
        ("a", "harbourprint good morning [[NAME:nadia]] speaking"),
        ("c", "hi it's [[NAME:owen macneil]] from the dartmouth food bank we ordered flyers and banners on your website"),
        ("a", "sure do you have the order number"),
        ("c", f"it's [[ACCOUNT_NUMBER:h p {sp(ordn)}]]"),
        ("a", "okay yep ((count:five hundred)) flyers and ((count:two)) vinyl banners at ((quantity:six by three feet))"),
        ("c", "yeah can we bump the flyers up to ((count:a thousand))"),
        ("a", f"sure that takes the total to ((price:{money(tot, 'dollars')})) with tax"),
        ("c", f"okay and we get ((percentage:{nw(disc_p)} percent)) off as a nonprofit"),
        ("a", "oh right that's already on there"),
        ("c", f"great i'll pay by card [[CARD_NUMBER:{spd(card)}]]"),
        ("a", f"ending in [[CARD_NUMBER/part:{pr(card[-4:])}]]"),
        ("c", "yep"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{nw(em)} slash {nw(ey)}]]"),
        ("a", "and the cvc"),
        ("c", f"[[CVV:{sp(cv)}]] and can you send the receipt to my email not the food bank one"),
        ("a", "sure what is it"),
        ("c", f"[[EMAIL:owen dot macneil {nw(n)} at gmail dot com]]"),
        ("a", "done they'll be ready for pickup in ((duration:three business days))"),
        ("c", "perfect thanks [[NAME:nadia]]"),
    ]


@case("transcript")
def tyre_fitter_bristol():
    plate = acct("@@## @@@")
    size = "%s/%s R%s" % (R.choice(["195", "205", "215", "225"]), R.choice(["45", "50", "55", "60"]),
                          R.choice(["15", "16", "17"]))
    p1 = amt(85, 120, cents=False)
    p2 = amt(55, 75, cents=False)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    mob = ph_uk_mob()
    return [
        ("a", "Morning, Avon Tyre and Exhaust, [[NAME:Lewis]] speaking."),
        ("c", "Hi. I've got a slow puncture and the tread's low on the front two. Any chance you can fit me in today?"),
        ("a", "Should be able to. What's the reg?"),
        ("c", f"[[ACCOUNT_NUMBER:{plate}]]."),
        ("a", f"Thanks. That's showing ((model_number:{size})) on the front."),
        ("c", "Sounds right. How much are we talking?"),
        ("a", f"Mid-range is ((price:£{p1} each)) fitted, budget's ((price:£{p2})). I've got ((time:11:30)) or ((time:2:15))."),
        ("c", "Mid-range, ((time:11:30))."),
        ("a", "We take payment to hold the slot. Card number?"),
        ("c", f"It's [[CARD_NUMBER#c:{hy(card[:8], 'O')}]],"),
        ("a", "Yep."),
        ("c", f"[[CARD_NUMBER#c:{hy(card[8:], 'O')}]]."),
        ("a", "Expiry and security code?"),
        ("c", f"[[EXPIRY:{mm(em)}/{yy(ey)}]], [[CVV:{cv}]]."),
        ("a", "Lovely, you're booked. Name for the job card?"),
        ("c", "[[NAME:Rhys Penhaligon]]."),
        ("a", "And a mobile in case we're running late?"),
        ("c", f"[[PHONE:{mob[:5]} {mob[5:]}]]."),
        ("a", "Great. Have you got a locking wheel nut?"),
        ("c", "Yeah, the key's in the glovebox."),
    ]


@case("asr")
def mot_booking_nottingham():
    d = day()
    plate = acct("@@##@@@")
    year = yr(2012, 2019)
    miles = num(90, 180)
    fee = amt(54, 54)
    mob = ph_uk_mob()
    return [
        ("a", "meadow lane mot centre [[NAME:dev]] speaking"),
        ("c", f"hi yeah i need to book an mot for my van it's due on the ((date:{ordw(d)}))"),
        ("a", "no problem what's the reg"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(plate)}]]"),
        ("a", f"okay ford transit ((year:{yw(year)})) yeah"),
        ("c", f"that's the one it's done about ((quantity:{nw(miles)} thousand miles))"),
        ("a", "alright i've got ((time:eight thirty)) tomorrow or ((time:one o'clock)) on friday"),
        ("c", "the morning please i need it back for a job at ((time:twelve))"),
        ("a", f"should be fine it takes about ((duration:forty five minutes)) and it's ((price:{money(fee)}))"),
        ("c", "and if it fails"),
        ("a", "free retest within ((duration:ten working days)) if it's left with us"),
        ("c", "alright"),
        ("a", "name for the booking"),
        ("c", "[[NAME:stuart mcgillivray]]"),
        ("a", "and a mobile"),
        ("c", f"[[PHONE#m:{sp(mob[:5])}]] hang on it's a new phone i don't know it off by heart yet [[PHONE#m:{sp(mob[5:])}]]"),
        ("a", f"i'll read that back [[PHONE:{spd(mob)}]]"),
        ("c", "yep"),
        ("a", "see you at ((time:half eight)) mister [[NAME:mcgillivray]]"),
    ]


@case("transcript")
def er_bill_non_resident_vancouver():
    mrn = acct("#########")
    d, m, y = dob(1960, 1998)
    f1 = amt(900, 1400, cents=False)
    f2 = amt(150, 300, cents=False)
    tot = str(int(f1) + int(f2))
    card = amex()
    p = ch(card, 4, 6, 5)
    em, ey = exp()
    cid = cvv4()
    hn = house_na()
    nn = num(40, 90)
    z = zipc("Seattle")
    mail = "kkahananui%d@outlook.com" % num(10, 99)
    return [
        ("a", "False Creek Regional Hospital, patient accounts, this is [[NAME:Harpreet]]."),
        ("c", "Hi. I was in your emergency department while I was visiting from Seattle, and I got a bill forwarded to me."),
        ("a", "Okay, I can help. Do you have the medical record number from the bill?"),
        ("c", f"I think this is it. It says MRN, then [[ACCOUNT_NUMBER:{mrn}]]?"),
        ("a", "That's the one. And the patient's name and date of birth?"),
        ("c", f"[[NAME:Keanu Kahananui]], born [[DOB:{mon(m)} {d}, {y}]]."),
        ("a", f"Thank you. As a non-resident, the ER visit is billed at ((price:${num_t(f1)})), plus ((price:${f2})) for the X-ray."),
        ("c", "Yeah, my travel insurance said they'd reimburse me if I pay first."),
        ("a", f"Most of them do. Would you like to pay the whole ((price:${num_t(tot)})) today?"),
        ("c", f"Yes. AmEx. [[CARD_NUMBER#c:{p[0]} {p[1]}]],"),
        ("c", f"[[CARD_NUMBER#c:{p[2]}]]."),
        ("a", "And the expiry, and the four-digit code on the front?"),
        ("c", f"Expiry [[EXPIRY:{mm(em)}/{yy(ey)}]]. Code [[CVV:{cid}]]."),
        ("a", "Thank you. I'll need a mailing address for the receipt."),
        ("c", f"[[ADDRESS:{hn} NE {ords(nn)} Street, Seattle]], Washington [[POSTCODE:{z}]]."),
        ("a", "And an email?"),
        ("c", f"It's [[EMAIL:{mail}]]."),
        ("a", "Perfect. Your receipt and an itemized statement will go to that email within ((duration:24 hours))."),
        ("c", "Thank you, [[NAME:Harpreet]]."),
    ]


@case("asr")
def insulin_assistance_phoenix():
    d, m, y = dob(1941, 1958)
    s = ssn()
    mid = acct("@@@#########")
    inc = num(18, 34)
    old = amt(300, 600, cents=False)
    ph = ph_us("602")
    hn = house_na()
    u = num(2, 40)
    z = zipc("Phoenix")
    t = trk(15)
    return [
        ("a", "desertcare mail order pharmacy this is [[NAME:alondra]] how can i help"),
        ("c", "hi i'm trying to get my insulin on the patient assistance program and they said to call you"),
        ("a", "sure i can start that application for you what's your full name"),
        ("c", "[[NAME:reginald toussaint]]"),
        ("a", "date of birth"),
        ("c", f"[[DOB:{nw(m)} {nw(d)} {pr(str(y))}]]"),
        ("a", "and for the assistance program they need your social security number"),
        ("c", f"okay it's [[SSN#s:{sp(s[:3])}]] uh [[SSN#s:{sp(s[3:5])} {sp(s[5:])}]]"),
        ("a", "thank you and your insurance member id"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(mid)}]]"),
        ("a", "and roughly your household income for the year"),
        ("c", f"about ((price:{nw(inc)} thousand)) it's just my social security check"),
        ("a", "okay you should qualify so the pens would be ((price:zero dollars))"),
        ("c", f"oh thank god they've been ((price:{money(old, 'dollars')} a month))"),
        ("a", "i'll need a phone number for the shipping updates"),
        ("c", f"[[PHONE:{sp(ph[:3])} {spd(ph[3:6])} {sp(ph[6:])}]]"),
        ("a", f"and is the delivery still going to [[ADDRESS:{pr(str(hn))} east camelback road unit {nw(u)}]] in phoenix"),
        ("c", f"yes ma'am [[POSTCODE:{sp(z)}]]"),
        ("a", "great it ships cold so someone needs to sign for it between ((time:nine)) and ((time:five))"),
        ("c", f"i'm always home these days last time the box sat at the depot for ((duration:three days)) the tracking number was ((other:{t[:4]} {t[4:8]} {t[8:]}))"),
        ("a", "i'm sorry about that i'll put a note on the account to call you before it ships"),
    ]


@case("transcript")
def contact_lenses_ivr_glasgow():
    pc = pc_uk("Glasgow")
    d, m, y = dob(1962, 2000)
    rx1 = "%.2f" % (R.randint(4, 16) * 0.25)
    rx2 = "%.2f" % (R.randint(4, 16) * 0.25)
    price = amt(70, 120)
    card = mc()
    em, ey = exp()
    cv = cvv3()
    f1, f2 = num(1, 3), num(1, 2)
    hn = house()
    return [
        ("i", "Welcome to ClearSight Lenses. To help us find your account, please say your postcode."),
        ("c", f"[[POSTCODE:{pc}]]."),
        ("i", "Thank you. Now please say your date of birth."),
        ("c", f"[[DOB:{d} {mon(m)} {y}]]."),
        ("i", f"I heard [[DOB:{ords(d)} of {mon(m)}, {y}]]. Is that right?"),
        ("c", "Yes."),
        ("i", "Thank you. Connecting you to an adviser. Calls may be recorded for training."),
        ("a", "Hi, it's [[NAME:Euan]] at ClearSight. Am I speaking with [[NAME:Morag]]?"),
        ("c", "You are. I want to change from monthlies to dailies, and the optician says my prescription's changed as well."),
        ("a", "No problem. What's the new prescription?"),
        ("c", f"Right eye minus ((other:{rx1})), left eye minus ((other:{rx2}))."),
        ("a", f"Got it. The dailies are ((price:£{price})) for a ((duration:3-month)) supply."),
        ("c", "Fine. And can you take it on a different card? The old one's been cancelled."),
        ("a", "Sure. Long number when you're ready."),
        ("c", f"[[CARD_NUMBER:{g(card, 4, 4, 4, 4, sep=', ')}]]."),
        ("a", "Thanks. And when does it expire?"),
        ("c", f"[[EXPIRY:{mm(em)}/{yy(ey)}]]."),
        ("a", "And the security number?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", f"So that's the card ending [[CARD_NUMBER/part:{card[-4:]}]], and we'll send them to [[ADDRESS:Flat {f1}/{f2}, {hn} Highburgh Road]]?"),
        ("c", "That's it."),
        ("a", "Lovely. They'll be with you in ((duration:2 to 3 days))."),
    ]


@case("asr")
def hearing_aid_gap_perth():
    mdl = model("@@ ##")
    gap = amt(900, 2200, cents=False)
    d, m, y = dob(1935, 1955)
    u = num(2, 20)
    hn = house()
    pc = pc_au("Perth")
    v = acct("##########")
    card = mc()
    em, ey = exp()
    cv = cvv3()
    dd = day()
    return [
        ("a", "good morning clearsound hearing perth [[NAME:tahnee]] speaking"),
        ("c", "oh hello love it's [[NAME:bernard o'leary]] i had my hearing test last week with the young fella [[NAME:rohan]]"),
        ("a", "yes hi mister [[NAME:o'leary]] how can i help"),
        ("c", "well he said my voucher would cover the basic ones but i want the better ones with the bluetooth so i pay the gap"),
        ("a", f"that's right the ((model_number:{sp(mdl)})) and the gap on those is ((price:{money(gap, 'dollars')}))"),
        ("c", "that's it"),
        ("a", "for security can you confirm your date of birth"),
        ("c", f"[[DOB:{ordw(d)} of {monl(m)} {yw(y)}]]"),
        ("a", "and your address"),
        ("c", f"[[ADDRESS:unit {nw(u)} {nw(hn)} canning highway como]] [[POSTCODE:{sp(pc)}]]"),
        ("a", f"lovely and your voucher number's [[ACCOUNT_NUMBER:{sp(v)}]]"),
        ("c", "if you say so love i haven't got the letter in front of me"),
        ("a", "how would you like to pay the gap"),
        ("c", f"mastercard [[CARD_NUMBER#c:{spd(card[:8])}]]"),
        ("c", f"[[CARD_NUMBER#c:{spd(card[8:])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{monl(em)} {yw(2000 + ey)}]]"),
        ("a", "and the three numbers on the back"),
        ("c", f"[[CVV:{sp(cv)}]] i needed my glasses for that one"),
        ("a", f"all done your fitting's on the ((date:{ordw(dd)})) at ((time:nine thirty))"),
        ("c", "thank you love"),
    ]


@case("transcript")
def hospital_assistance_atlanta():
    mo = month()
    bill = num(18, 60) * 1000
    acc = _digits(8)
    s = ssn()
    income = num(38, 70) * 1000
    disc_p = pct(40, 75)
    hn, u = house_na(), num(1, 30)
    hn2 = house_na()
    z = zipc("Atlanta")
    ph = ph_us("404")
    ext = str(num(1000, 4999))
    mail = "cedric.oyelowo%d@gmail.com" % num(10, 99)
    ref = trk(8)
    return [
        ("a", "Peachtree Memorial financial counseling, this is [[NAME:LaToya]]."),
        ("c", f"Hi. I'm calling about applying for financial assistance. My son had surgery in ((date:{mon(mo)})) and the bill is over ((price:${num_t(str(bill))}))."),
        ("a", "I'm sorry to hear that. We can definitely look at it. What's the account number on the statement?"),
        ("c", f"It's HB, then [[ACCOUNT_NUMBER:{acc}]]."),
        ("a", "And you're the guarantor? Your name?"),
        ("c", "[[NAME:Cedric Oyelowo]]."),
        ("a", "Okay, Mr. [[NAME:Oyelowo]]. For the application I need your Social Security number."),
        ("c", f"Sure. [[SSN:{s[:3]}-{s[3:5]}-{s[5:]}]]."),
        ("a", "And how many people are in your household?"),
        ("c", "((count:5)). Me, my wife and three kids."),
        ("a", "And total household income last year, roughly?"),
        ("c", f"About ((price:${num_t(str(income))}))."),
        ("a", f"Okay, at that income you'd likely qualify for at least a ((percentage:{disc_p}%)) discount. I'll mail you the form to sign. Is the address still [[ADDRESS:{hn} Ponce de Leon Avenue, Apartment {u}]]?"),
        ("c", f"No, we moved. [[ADDRESS:{hn2} Cascade Road, Atlanta]], [[POSTCODE:{z}]]."),
        ("a", "Got it. And a number where we can reach you during the day?"),
        ("c", f"My work number is [[PHONE#w:{ph[:3]}-{ph[3:6]}-{ph[6:]}]], extension [[PHONE#w/ext:{ext}]]."),
        ("a", "And an email, if you'd like the form electronically as well."),
        ("c", f"Yes, please. [[EMAIL:{mail}]]."),
        ("a", "Perfect. While it's pending, the account is on hold, so nothing goes to collections. It usually takes ((duration:30 to 45 days))."),
        ("c", "Thank you so much. That's a huge relief."),
        ("a", f"Of course. Your reference for this application is ((other:{ref}))."),
    ]


@case("asr")
def prescription_prepayment_derby():
    ppc = amt(110, 118)
    d, m, y = dob(1966, 1990)
    pc = pc_uk("Derby")
    hn = house()
    nhs = _digits(10)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    return [
        ("a", "wardwick pharmacy [[NAME:gurpreet]] speaking"),
        ("c", "hi there i'm on ((count:four)) different tablets now and someone said i should get one of them prepayment certificates"),
        ("a", f"yeah the ppc it works out cheaper if you pay for more than ((count:three)) items in ((duration:three months)) the ((duration:twelve month)) one is ((price:{money(ppc)})) and you can pay it monthly"),
        ("c", "oh the ((duration:twelve month)) one please"),
        ("a", "okay i'll do it on the system now full name"),
        ("c", "[[NAME:maureen hollis]]"),
        ("a", "and date of birth"),
        ("c", f"[[DOB:{nw(d)} {nw(m)} {pr(str(y))}]]"),
        ("a", "and your nhs number if you've got it"),
        ("c", "um i don't have it on me"),
        ("a", "no worries i can find it what's your postcode"),
        ("c", f"[[POSTCODE:{sp(pc)}]]"),
        ("a", f"and is that [[ADDRESS:{nw(hn)} kedleston close]]"),
        ("c", "that's me"),
        ("a", f"found you your nhs number is [[ACCOUNT_NUMBER:{sp(nhs[:3])} {sp(nhs[3:6])} {sp(nhs[6:])}]] if you want to write it down"),
        ("c", "ooh hang on i'll put it in my diary"),
        ("a", "and how do you want to pay for the certificate"),
        ("c", f"on my card it's [[CARD_NUMBER:{card[:4]} {card[4:6]} {card[6:12]} {card[12:]}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{mm(em)} {yy(ey)}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{cv}]]"),
        ("a", "that's done you're covered from today and the certificate will come in the post"),
        ("c", "lovely thanks [[NAME:gurpreet]]"),
    ]


@case("transcript")
def vet_register_kitten_cardiff():
    hn = house()
    pc = pc_uk("Cardiff")
    mob = ph_uk_mob()
    mail = "ifeoma.ac%d@gmail.com" % num(10, 99)
    chip = trk(15)
    vac = amt(55, 80)
    return [
        ("a", "Good afternoon, Llandaff Vets, [[NAME:Carys]] speaking."),
        ("c", "Hi, I'd like to register a new kitten and book her first jabs."),
        ("a", "Lovely! Are you registered with us already?"),
        ("c", "No, we've just moved to the area."),
        ("a", "Okay, let's set you up. Can I take your name?"),
        ("c", "[[NAME:Ifeoma Adeyemi-Clarke]]."),
        ("a", "And your address?"),
        ("c", f"[[ADDRESS:{hn} Romilly Crescent, Canton]], [[POSTCODE:{pc}]]."),
        ("a", "Thank you. And a contact number?"),
        ("c", f"Mobile's [[PHONE:{mob[:5]} {mob[5:]}]]."),
        ("a", "And email, for the vaccination reminders?"),
        ("c", f"It's [[EMAIL:{mail}]]."),
        ("a", "Lovely. And the kitten's name and age?"),
        ("c", "Pickle. She's ((other:9 weeks)) old."),
        ("a", "Has she been microchipped yet?"),
        ("c", f"Yes, the breeder gave me the number. ((other:{chip}))."),
        ("a", f"Perfect. The first vaccinations are ((price:£{vac})), and we've got ((time:4:10)) on Thursday or ((time:9:30)) Friday."),
        ("c", "((time:4:10)), please."),
        ("a", "Booked in. Bring her in a carrier, and any paperwork from the breeder."),
        ("c", "Will do. Thank you, [[NAME:Carys]]."),
    ]


@case("asr")
def cattery_toronto():
    d1 = num(3, 15)
    d2 = d1 + 10
    r = amt(45, 70, cents=False)
    ph = ph_ca("416")
    card = visa()
    em, ey = exp()
    cv = cvv3()
    return [
        ("a", "whiskers inn cat boarding this is [[NAME:mei]]"),
        ("c", "hi [[NAME:mei]] i'd like to book in my two cats for ((duration:ten days)) in march"),
        ("a", "sure what dates"),
        ("c", f"from the ((date:{ordw(d1)})) to the ((date:{ordw(d2)}))"),
        ("a", f"okay we have a family condo free that's ((price:{money(r, 'dollars')} a night)) for both"),
        ("c", "great"),
        ("a", "can i get your name and a phone number"),
        ("c", f"[[NAME:shirin tehrani]] and my cell is [[PHONE:{sp(ph)}]]"),
        ("a", "and we take the first night as a deposit"),
        ("c", f"okay [[CARD_NUMBER#c/x:{sp(card[:4])} {sp(card[4:7])}]] wait no that's not right let me start over [[CARD_NUMBER#c:{sp(card[:8])}]]"),
        ("a", "okay"),
        ("c", f"[[CARD_NUMBER#c:{pr(card[8:])}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{sp(mm(em), 'zero')} {sp(yy(ey), 'zero')}]]"),
        ("a", "and the code on the back"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "and an email for the confirmation and the vaccine form"),
        ("c", "[[EMAIL:shirin dot t at protonmail dot com]]"),
        ("a", "got it they need to be up to date on their shots so bring the certificate when you drop them off"),
        ("c", "yep will do thanks"),
    ]


@case("transcript")
def travel_emergency_ivr_bali():
    pol = acct("WG-#######")
    d, m, y = dob(1950, 1965)
    mob = ph_au("mob")
    n = num(10, 99)
    cost = num(8, 20) * 1000
    fn = num(20, 99)
    pp = acct("P@#######")
    return [
        ("i", "Welcome to Wanderguard Travel Insurance. If you are overseas and need emergency help, say emergency. For claims, say claims."),
        ("c", "Emergency."),
        ("i", "Please say or enter your policy number."),
        ("c", f"[[ACCOUNT_NUMBER:{pol}]]."),
        ("i", "Thank you. Please say the date of birth of the person who needs help."),
        ("c", f"[[DOB:{d}/{mm(m)}/{y}]]."),
        ("i", "Thank you. Connecting you now."),
        ("a", "Wanderguard emergency assistance, [[NAME:Bec]] speaking. Who am I talking to?"),
        ("c", "It's [[NAME:Liam Tran]]. My dad's been admitted to hospital in Denpasar. They think it's his appendix."),
        ("a", "Okay, [[NAME:Liam]], we'll look after him. Is your dad the policyholder?"),
        ("c", "Yeah, [[NAME:Quang Tran]]. I'm on the policy too."),
        ("a", "Got it. What's the best number for you, your Australian mobile?"),
        ("c", f"[[PHONE:{mob[:4]} {mob[4:7]} {mob[7:]}]]. But we're on Wi-Fi most of the time, so email's better. [[EMAIL:liam.tran{n}@bigpond.com]]."),
        ("a", f"Perfect. Surgery there usually runs ((price:${num_t(str(cost))})) or more, so we'll send a guarantee of payment straight to the hospital. You won't need to pay anything."),
        ("c", "Oh, thank God."),
        ("a", "Were you due to fly home soon?"),
        ("c", f"Thursday, on ((flight_number:JQ {fn})). He won't be fit to fly, will he?"),
        ("a", "Probably not for ((duration:7 to 10 days)). We'll rebook you both. Keep your passports handy, we'll need the numbers."),
        ("c", f"Mine's [[ACCOUNT_NUMBER:{pp}]]. Dad's is in his bag at the hotel."),
        ("a", "That's fine. I'll call you back within the hour with an update."),
    ]


@case("asr")
def student_rent_sheffield():
    d, m, y = dob(2002, 2006)
    inst = amt(1400, 2200)
    dd = day()
    card = mc()
    em, ey = exp()
    cv = cvv3()
    return [
        ("a", "hello kelham yard student living [[NAME:jess]] speaking"),
        ("c", "hi i'm ringing to pay my daughter's rent she's had a reminder saying it's overdue"),
        ("a", "okay what's her name or her tenant id"),
        ("c", "[[NAME:amira haddad]] i don't know the id sorry"),
        ("a", "that's fine can you confirm her date of birth"),
        ("c", f"[[DOB:{ordw(d)} {monl(m)} {yw(y)}]]"),
        ("a", f"lovely so the instalment was ((price:{money(inst)})) and it was due on the ((date:{ordw(dd)}))"),
        ("c", "yeah i'll pay it all now"),
        ("a", "okay and you are"),
        ("c", "her mum [[NAME:leila haddad]]"),
        ("a", "okay go ahead with the card"),
        ("c", f"it's [[CARD_NUMBER#c:{card[:4]}]] um hang on [[CARD_NUMBER#c:{card[4:7]}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD_NUMBER#c:{card[7:10]}]] oh sorry my glasses [[CARD_NUMBER#c:{card[10:13]}]]"),
        ("a", "okay"),
        ("c", f"[[CARD_NUMBER#c:{card[13:]}]]"),
        ("a", f"let me read that back [[CARD_NUMBER:{sp(card)}]]"),
        ("c", "yes"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{monl(em)} {nw(ey)}]]"),
        ("a", "and the cvv"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "that's all paid and i've taken off the late fee as it's the first time"),
        ("c", "oh thank you that's kind of you"),
    ]


@case("transcript")
def language_school_brighton():
    pp = acct("@########")
    d, m, y = dob(2006, 2009)
    hn, u = house_na(), num(1, 40)
    z = zipc("Chicago")
    bal = amt(1200, 2400, cents=False)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    fee_p = pct(2, 4)
    mail = "gvillanueva%d@gmail.com" % num(10, 99)
    return [
        ("a", "Good afternoon, Seafront School of English, [[NAME:Poppy]] speaking."),
        ("c", "Hi, I'm calling from Chicago. My son's enrolled in your ((duration:six-week)) summer course, and the visa letter needs his passport details."),
        ("a", "Of course. What's the student's name?"),
        ("c", "[[NAME:Mateo Villanueva]]. I'm his mom, [[NAME:Graciela]]."),
        ("a", "And his passport number?"),
        ("c", f"[[ACCOUNT_NUMBER:{pp}]]."),
        ("a", "Date of birth?"),
        ("c", f"[[DOB:{mon(m)} {ords(d)}, {y}]]."),
        ("a", "And the home address for the letter?"),
        ("c", f"[[ADDRESS:{hn} West Belmont Avenue, Unit {u}, Chicago]], Illinois [[POSTCODE:{z}]]."),
        ("a", f"Thank you. There's also the balance of ((price:£{num_t(bal)})) before we can issue it."),
        ("c", f"Sure, I'll pay now. [[CARD_NUMBER:{g(card)}]]. Expiry [[EXPIRY:{mm(em)}/{yy(ey)}]], CVV [[CVV:{cv}]]."),
        ("a", f"Let me read the card back. [[CARD_NUMBER:{g(card)}]]?"),
        ("c", "Correct."),
        ("a", f"You're paying in pounds, so your bank may add a fee of about ((percentage:{fee_p}%))."),
        ("c", "That's fine. Where do you send the letter?"),
        ("a", f"To the email on file, [[EMAIL:{mail}]]."),
        ("c", "Perfect."),
        ("a", "It'll be with you within ((duration:two working days))."),
    ]


@case("asr")
def game_account_hacked_au():
    n = num(10, 99)
    pid = acct("#########")
    d, m, y = dob(1975, 1990)
    spent = amt(60, 250)
    l4 = visa()[-4:]
    pl4 = ph_au("mob")[-4:]
    otp = acct("######")
    return [
        ("a", "hey thanks for calling ironclad games support i'm [[NAME:zeke]]"),
        ("c", "hi um my son's account got hacked someone changed the email and bought a heap of stuff"),
        ("a", "oh that's no good let's get it locked down what's the original email on the account"),
        ("c", f"[[EMAIL:lachie underscore b {nw(n)} at outlook dot com]]"),
        ("a", "and the player id if you have it it's under the profile picture"),
        ("c", f"yeah it's [[ACCOUNT_NUMBER:{sp(pid)}]]"),
        ("a", "and whose name is the account in"),
        ("c", "mine [[NAME:narelle bishop]] he's only ((other:fourteen))"),
        ("a", "and the date of birth on the account"),
        ("c", f"[[DOB:{ordw(d)} of {monl(m)} {yw(y)}]]"),
        ("a", f"okay i can see the email was changed ((duration:two days)) ago and ((count:three)) purchases were made for ((price:{money(spent, 'dollars')}))"),
        ("c", f"yeah on my card ending [[CARD_NUMBER/part:{sp(l4)}]]"),
        ("a", f"right i'm flagging those for a refund and setting the email back now you'll get a code on the mobile ending [[PHONE/part:{sp(pl4)}]]"),
        ("c", f"got it it's ((other:{sp(otp)}))"),
        ("a", "perfect you're back in turn on two step verification after this and get him a new password"),
        ("c", "will do cheers [[NAME:zeke]]"),
    ]


@case("transcript")
def streaming_expired_card_winnipeg():
    acc = _digits(8)
    pc = pc_ca("Winnipeg")
    eo_m, eo_y = exp_old()
    card = visa()
    em, ey = exp()
    cv = cvv3()
    fee = amt(5, 15)
    hn = house_na()
    pc2 = pc_ca("Winnipeg")
    return [
        ("a", "Thank you for calling MapleStream, my name is [[NAME:Priyanka]]. Can I have your account number?"),
        ("c", f"It's [[ACCOUNT_NUMBER:{acc}]]."),
        ("a", "And the postal code on the account?"),
        ("c", f"[[POSTCODE:{pc}]]."),
        ("a", "Thank you, Mr. [[NAME:Bélanger]]. What can I do for you?"),
        ("c", "My payment failed and now I'm locked out of everything. The kids are not happy."),
        ("a", f"I see the card on file expired [[EXPIRY:{mm(eo_m)}/{yy(eo_y)}]]. That's why it declined."),
        ("c", "Right, I got a new one. Can I give it to you?"),
        ("a", "Of course."),
        ("c", f"[[CARD_NUMBER:{sp(card[:4]).capitalize()}, {card[4:8]}, {card[8:12]}, {card[12:]}]]."),
        ("a", "And the expiry?"),
        ("c", f"[[EXPIRY:{mm(em)}/{yy(ey)}]]."),
        ("a", "And the CVV?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", f"Perfect. I've also waived the ((price:${fee})) late fee. Your service is back on now."),
        ("c", "Great. Oh, and we moved. Can you update the address?"),
        ("a", "Sure, go ahead."),
        ("c", f"[[ADDRESS:{hn} Rue Provencher]], same city, [[POSTCODE:{pc2}]]."),
        ("a", "Updated. Anything else I can do?"),
        ("c", "No, that's it. Merci."),
    ]


@case("asr")
def junior_golf_stirling():
    fee = amt(90, 160, cents=False)
    d, m, y = day(), month(), yr(2010, 2014)
    hn = house()
    pc = pc_uk("Stirling")
    sc = _digits(6)
    an = _digits(8)
    n = num(10, 99)
    return [
        ("a", "king's park golf club office [[NAME:fraser]] speaking"),
        ("c", "hiya i'm wanting to sign my boy up for junior membership"),
        ("a", "brilliant how old is he"),
        ("c", "he's ((other:twelve)) he's been going to the taster sessions on a saturday"),
        ("a", f"great so junior is ((price:{money(fee)} a year)) or we can do it monthly by direct debit"),
        ("c", "monthly please"),
        ("a", "okay his full name and date of birth"),
        ("c", f"[[NAME:ruaridh reid-mackenzie]] [[DOB:{ordw(d)} of {monl(m)} {yw(y)}]]"),
        ("a", "and your name as the parent"),
        ("c", "[[NAME:kirsty reid]]"),
        ("a", "and your address"),
        ("c", f"[[ADDRESS:{nw(hn)} randolph road stirling]] [[POSTCODE:{sp(pc)}]]"),
        ("a", "and for the direct debit the sort code"),
        ("c", f"[[ACCOUNT_NUMBER:{pr(sc[:2])} {pr(sc[2:4])} {pr(sc[4:])}]]"),
        ("a", "and the account number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(an)}]]"),
        ("a", "and an email for his membership card"),
        ("c", f"[[EMAIL:kirsty reid {nw(n)} at hotmail dot co dot uk]]"),
        ("a", "that's him signed up the first collection is on the ((date:first)) of the month"),
        ("c", "magic thanks very much"),
    ]


@case("transcript")
def marina_berth_hobart():
    b = num(5, 40)
    lic = acct("DQM-####")
    ln = num(9, 12)
    built = yr(1978, 2004)
    ln2 = "%d.%d" % (ln + 1, num(1, 9))
    fee = amt(4200, 6000, cents=False)
    fee0 = amt(3400, 4100, cents=False)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    hn = house()
    pc = pc_au("Hobart")
    d, m = day(), month()
    return [
        ("a", "Derwent Quay Marina, [[NAME:Tegan]] speaking."),
        ("c", "Hi [[NAME:Tegan]], it's [[NAME:Graham Whitcombe]]. My berth licence is up for renewal and I've got the invoice here."),
        ("a", "Lovely. Which berth are you on?"),
        ("c", f"E arm, berth ((other:{b}))."),
        ("a", "And your licence number?"),
        ("c", f"[[ACCOUNT_NUMBER:{lic}]]."),
        ("a", f"Thanks. And the boat's still the ((quantity:{ln}-metre)) sloop, built in ((year:{built}))?"),
        ("c", f"That's her. I re-measured with the new bowsprit though, she's ((quantity:{ln2} metres)) now."),
        ("a", f"Ah, that puts you in the next band, so the annual fee is ((price:${num_t(fee)})) instead of ((price:${num_t(fee0)}))."),
        ("c", "Fair enough. I'll pay by card."),
        ("a", "Go ahead."),
        ("c", f"[[CARD_NUMBER#c:{g(card[:8])}]]"),
        ("c", f"[[CARD_NUMBER#c:{g(card[8:])}]]. The expiry is [[EXPIRY:{mm(em)}/{yy(ey)}]]."),
        ("a", "And the three digits on the back?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", f"Done. Your new sticker goes in the post. Still [[ADDRESS:{hn} Hampden Road, Battery Point]], [[POSTCODE:{pc}]]?"),
        ("c", "Yes, still there."),
        ("a", f"Great. Just so you know, the pump-out is shut from ((date:{ords(d)} {mon(m)})) for about ((duration:a week)) for maintenance."),
        ("c", "Good to know, thanks."),
    ]


@case("asr")
def storage_move_in_austin():
    unit = model("@###")
    r = amt(110, 190, cents=False)
    dl = _digits(8)
    hn = house_na()
    a = num(100, 420)
    z = zipc("Austin")
    ph = ph_us("512")
    card = visa()
    em, ey = exp()
    cv = cvv3()
    return [
        ("a", "lone star storage on burnet road this is [[NAME:destiny]]"),
        ("c", "hey i reserved a ((quantity:ten by ten)) online and i wanted to finish the paperwork over the phone"),
        ("a", "sure what's the name on the reservation"),
        ("c", "[[NAME:tomasz wierzbicki]]"),
        ("a", f"got it unit ((other:{sp(unit)})) climate controlled ((price:{money(r, 'dollars')} a month)) i need a driver's license number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(dl)}]]"),
        ("a", "and your home address"),
        ("c", f"[[ADDRESS:{pr(str(hn))} north lamar boulevard apartment {nw(a)} austin]] [[POSTCODE:{sp(z)}]]"),
        ("a", "phone"),
        ("c", f"[[PHONE:{sp(ph)}]]"),
        ("a", "and for autopay what card do you want on there"),
        ("c", f"debit card [[CARD_NUMBER#c:{sp(card[:4])}]] uh [[CARD_NUMBER#c:{sp(card[4:])}]]"),
        ("a", "expiration"),
        ("c", f"[[EXPIRY:{sp(mm(em))} {nw(ey)}]]"),
        ("a", "and cvv"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "okay and an email for the lease"),
        ("c", "[[EMAIL:tomwierz at yahoo dot com]]"),
        ("a", "you're all set your gate code is in the email and the office closes at ((time:six))"),
        ("c", "awesome thanks"),
    ]


@case("transcript")
def mobile_home_fees_wexford():
    mh = num(10, 90)
    fee = amt(2600, 3400, cents=False)
    fee0 = amt(2200, 2500, cents=False)
    p = pct(6, 12)
    mo = month()
    card = amex()
    pc3 = ch(card, 4, 6, 5)
    em, ey = exp()
    cid = cvv4()
    hn = house()
    eirc = eir("Dublin")
    n = num(10, 99)
    y = yr(2003, 2012)
    return [
        ("a", "Good morning, Curracloe Sands Holiday Park, [[NAME:Gráinne]] speaking."),
        ("c", f"Hi [[NAME:Gráinne]], it's [[NAME:Declan Fitzpatrick]]. I own one of the mobile homes, number ((other:{mh})) on the top field."),
        ("a", "Hi [[NAME:Declan]]. You're ringing about the site fees, I'd say."),
        ("c", f"I am. The invoice says ((price:€{num_t(fee)})). Last year it was ((price:€{num_t(fee0)}))."),
        ("a", f"It went up ((percentage:{p}%)) across the park this year, there was a letter in ((date:{mon(mo)})). You can pay in two halves if that helps."),
        ("c", "No, I'll pay the whole thing. Is AmEx okay?"),
        ("a", "It is, yes."),
        ("c", f"[[CARD_NUMBER#c:{g(card, 4, 6, 5, sep='-')}]]."),
        ("a", f"Sorry, you broke up a bit there. Was the last bit [[CARD_NUMBER/part:{pc3[2]}]]?"),
        ("c", f"Yes, [[CARD_NUMBER#c/x:{pc3[2]}]]."),
        ("a", "Lovely. And the expiry, and the four digits on the front?"),
        ("c", f"[[EXPIRY:{mm(em)} {yy(ey)}]], and [[CVV:{cid}]]."),
        ("a", "Thank you. And the receipt, will I send it to the house in Dublin?"),
        ("c", f"Yes, [[ADDRESS:{hn} Griffith Avenue, Drumcondra]], [[POSTCODE:{eirc}]]. And email it too, [[EMAIL:decfitz{n}@eircom.net]]."),
        ("a", f"Perfect. And is the unit still the ((year:{y})) Atlas?"),
        ("c", "It is. She's getting on a bit now."),
        ("a", "Sure, aren't we all. Have a good one, [[NAME:Declan]]."),
    ]


@case("asr")
def wedding_final_numbers_bath():
    d = day()
    g1, g2 = num(70, 120), num(4, 12)
    bal = amt(8000, 14000, cents=False)
    sc = pct(10, 12)
    half = str(int(bal) // 2)
    c1 = visa()
    e1m, e1y = exp()
    cv1 = cvv3()
    c2 = mc()
    e2m, e2y = exp()
    cv2 = cvv3()
    mob = ph_uk_mob()
    return [
        ("a", "hello the assembly orangery weddings [[NAME:imogen]] speaking"),
        ("c", f"hi [[NAME:imogen]] it's [[NAME:ravi chandrasekhar]] we're getting married with you on the ((date:{ordw(d)})) and we need to confirm final numbers and pay"),
        ("a", "oh how exciting not long now so how many for the wedding breakfast"),
        ("c", f"((count:{nw(g1)})) adults and ((count:{nw(g2)})) children"),
        ("a", "and evening guests"),
        ("c", "another ((count:forty)) or so"),
        ("a", f"okay so that brings the balance to ((price:{money(bal)})) including the ((percentage:{nw(sc)} percent)) service charge"),
        ("c", "okay can i pay it on two cards half each"),
        ("a", "of course go ahead with the first one"),
        ("c", f"((price:{money(half)})) on this one [[CARD_NUMBER#a:{sp(c1[:8])}]]"),
        ("c", f"[[CARD_NUMBER#a:{sp(c1[8:])}]]"),
        ("a", "expiry and security code"),
        ("c", f"[[EXPIRY:{sp(mm(e1m))} {nw(e1y)}]] and [[CVV:{sp(cv1)}]]"),
        ("a", "lovely that's gone through and the rest on the second card"),
        ("c", f"this is [[NAME:anjali]]'s card she's right here [[CARD_NUMBER#b:{pr(c2)}]]"),
        ("a", "and the expiry on that one"),
        ("c", f"[[EXPIRY:{monl(e2m)} {yw(2000 + e2y)}]]"),
        ("a", "and the three digits"),
        ("c", f"[[CVV:{sp(cv2)}]]"),
        ("a", "all paid and can i take a mobile for the coordinator on the day"),
        ("c", f"[[PHONE:{spd(mob)}]] and can you email the receipt to [[EMAIL:ravi and anjali wed at gmail dot com]]"),
        ("a", "of course congratulations to you both"),
    ]


@case("transcript")
def business_cards_norwich():
    ordn = acct("EH-#####")
    mob = ph_uk_mob()
    old = ph_uk_mob()
    u, hn = num(1, 12), house()
    pc = pc_uk("Norwich")
    q = num(2, 5) * 100
    p = amt(25, 60)
    l4 = visa()[-4:]
    cv = cvv3()
    return [
        ("a", "Good morning, Elm Hill Print, [[NAME:Tobias]] speaking."),
        ("c", "Hi. I sent over my details for business cards yesterday, and I want to check the proof before you print. I've spotted a mistake."),
        ("a", "Sure, what's the order number?"),
        ("c", f"[[ACCOUNT_NUMBER:{ordn}]]."),
        ("a", "Got it. [[NAME:Saoirse Blackwood]], Reflexology?"),
        ("c", f"That's me. The phone number on the proof is wrong. It should be [[PHONE:{mob[:5]} {mob[5:]}]]."),
        ("a", f"Let me check. We've got [[PHONE:{old[:5]} {old[5:]}]]."),
        ("c", "Yes, that's my old work one. Can you check the email as well?"),
        ("a", "It says [[EMAIL:saoirse.blackwood.reflex@gmail.com]]."),
        ("c", "That's fine."),
        ("a", f"And the address reads [[ADDRESS:Unit {u}, {hn} Magdalen Street, Norwich]], [[POSTCODE:{pc}]]."),
        ("c", "Perfect."),
        ("a", f"Okay, I'll fix the number and send a new proof. It's ((count:{q})) cards, matte, ((price:£{p})). Do you want to pay now or on collection?"),
        ("c", f"Now's fine. Use the card ending [[CARD_NUMBER/part:{l4}]], the one you have from last time."),
        ("a", "I can see it. Just confirm the security code for me?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", "Lovely. They'll be ready Friday after ((time:10)). I'll text you."),
        ("c", "Thanks, [[NAME:Tobias]]."),
    ]


@case("asr")
def mobile_tyres_adelaide():
    hn = house()
    pc = pc_au("Adelaide")
    y = yr(2009, 2018)
    rego = acct("S###@@@")
    size = "%s%s%s" % (R.choice(["195", "205", "215"]), R.choice(["55", "60", "65"]), R.choice(["15", "16"]))
    p = amt(140, 220, cents=False)
    co = num(40, 80)
    mob = ph_au("mob")
    card = mc()
    em, ey = exp()
    cv = cvv3()
    return [
        ("a", "tyres to you adelaide [[NAME:brodie]] speaking"),
        ("c", "hi mate i've got a flat and the spare's flat too can someone come out to me"),
        ("a", "yeah no worries where are you"),
        ("c", f"at home [[ADDRESS:{nw(hn)} portrush road norwood]] [[POSTCODE:{sp(pc)}]]"),
        ("a", "and what's the car"),
        ("c", f"a ((year:{yw(y)})) corolla rego [[ACCOUNT_NUMBER:{sp(rego)}]]"),
        ("a", f"sweet it'll be a ((model_number:{sp(size[:3])} {nw(size[3:5])} r {nw(size[5:])})) then"),
        ("c", "yeah sounds right"),
        ("a", f"we can get someone there between ((time:one)) and ((time:three)) it's ((price:{money(p, 'dollars')})) fitted plus the callout of ((price:{nw(co)}))"),
        ("c", "yep do it"),
        ("a", "name and mobile"),
        ("c", f"[[NAME:hamish nguyen]] [[PHONE:{sp(mob[:4])} {sp(mob[4:7])} {sp(mob[7:])}]]"),
        ("a", "we take payment over the phone card number"),
        ("c", f"[[CARD_NUMBER#c:{sp(card[:8])}]]"),
        ("a", "yep"),
        ("c", f"[[CARD_NUMBER#c:{sp(card[8:12])}]]"),
        ("a", "yep"),
        ("c", f"[[CARD_NUMBER#c:{sp(card[12:])}]] expiry's [[EXPIRY:{sp(mm(em))} {sp(yy(ey))}]]"),
        ("a", "and the cvv"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "legend the tech will text you when he's ((duration:twenty minutes)) out"),
    ]


@case("transcript")
def garage_mot_ivr_hull():
    plate = acct("@@## @@@")
    d, m = day(), month()
    p = amt(180, 260)
    land = ph_uk_land("Leeds")
    mob = ph_uk_mob()
    dd = day()
    miles = str(num(30, 90) * 1000)
    return [
        ("i", "Thank you for calling Humber Motors. For an MOT or service booking, press ((other:1)). For parts, press ((other:2))."),
        ("i", "Please say or enter your vehicle registration."),
        ("c", f"[[ACCOUNT_NUMBER:{plate}]]."),
        ("i", f"Thank you. We found a vehicle with an MOT due on ((date:{d} {mon(m)})). Please hold for a colleague."),
        ("a", "Humber Motors, [[NAME:Kerry]] speaking. You're calling about the MOT?"),
        ("c", "Yes. It's due next month, and I'd like to get it done with a service at the same time."),
        ("a", f"Lovely. Full service and MOT together is ((price:£{p})). Can I confirm your name?"),
        ("c", "[[NAME:Wojciech Nowak]]. Everyone calls me [[NAME:Voy]]."),
        ("a", f"And is [[PHONE:{land[:4]} {land[4:7]} {land[7:]}]] still the best number?"),
        ("c", f"No, that was when I lived in Leeds. It's [[PHONE:{mob[:5]} {mob[5:]}]] now."),
        ("a", f"Updated. I've got an ((time:8am)) drop-off on the ((date:{ords(dd)})), ready by ((time:4:30))."),
        ("c", "That's fine. Do you do a courtesy car?"),
        ("a", "We do, but you'll need to bring your driving licence, and we'll take the details when you come in."),
        ("c", f"No problem. Mileage is about ((quantity:{num_t(miles)} miles)), if you need it."),
        ("a", f"Thanks, I'll pop that on. See you on the ((date:{ords(dd)}))."),
    ]


@case("asr")
def power_scooter_medicare_naples():
    d, m, y = dob(1935, 1958)
    mbi = acct("#@@#@@#@@##")
    s4 = ssn()[-4:]
    hn = house_na()
    apt = num(100, 1900)
    z = zipc("Naples")
    ph = ph_us("239")
    return [
        ("a", "suncoast mobility this is [[NAME:gloria]] how can i help you"),
        ("c", "yes hello i saw your ad about the scooters and medicare paying for them"),
        ("a", "yes ma'am medicare part b can cover a power scooter if your doctor prescribes it can i get your name"),
        ("c", "[[NAME:evangeline broussard]]"),
        ("a", "and your date of birth miss [[NAME:broussard]]"),
        ("c", f"[[DOB:{monl(m)} the {ordw(d)} {yw(y)}]]"),
        ("a", "and your medicare number it's on the red white and blue card"),
        ("c", f"okay it's [[ACCOUNT_NUMBER:{sp(mbi)}]]"),
        ("a", "thank you and just to verify the last four of your social"),
        ("c", f"[[SSN/part:{sp(s4)}]]"),
        ("a", "and the address where you'd use the scooter"),
        ("c", f"[[ADDRESS:{pr(str(hn))} gulf shore boulevard north apartment {pr(str(apt))} naples]] [[POSTCODE:{sp(z)}]]"),
        ("a", "and a phone number"),
        ("c", f"[[PHONE:{sp(ph)}]]"),
        ("a", "okay the next step is we send a form to your doctor who's your doctor"),
        ("c", "doctor [[NAME:amrit sandhu]] at the clinic by the mall"),
        ("a", "perfect we'll get that over today and call you back in about ((duration:a week))"),
        ("c", "bless you honey"),
    ]


@case("transcript")
def stairlift_survey_leicester():
    hn = house()
    pc = pc_uk("Leicester")
    mob = ph_uk_mob()
    mob2 = ph_uk_mob()
    p = amt(1800, 2600, cents=False)
    r = amt(60, 95, cents=False)
    mail = "janet.okafor%d@btinternet.com" % num(10, 99)
    return [
        ("a", "Good morning, Stepfree Stairlifts, [[NAME:Alisha]] speaking."),
        ("c", "Hello. I'm ringing for my dad. He's struggling with the stairs, and we'd like someone to come and measure up."),
        ("a", "Of course. Is the staircase straight, or does it have a bend?"),
        ("c", "Straight, but there's a little landing at the top with ((count:2)) steps."),
        ("a", "That's fine. Can I take your dad's name and address?"),
        ("c", f"[[NAME:Harold Pemberton]]. [[ADDRESS:{hn} Evington Lane, Leicester]], [[POSTCODE:{pc}]]."),
        ("a", "And a phone number for him?"),
        ("c", f"He's only got a mobile, [[PHONE:{mob}]], but he never answers it. Use mine, [[PHONE:{mob2[:5]} {mob2[5:]}]]."),
        ("a", "And your name?"),
        ("c", "[[NAME:Janet Okafor]]. I'm his daughter."),
        ("a", f"Thanks, [[NAME:Janet]]. Straight lifts start from ((price:£{num_t(p)})), and we can usually fit within ((duration:a week)) of the survey."),
        ("c", "What about renting one? He's ((other:89)), so we don't know how long he'll need it."),
        ("a", f"Rental is ((price:£{r} a month)) after an installation fee. The surveyor can go through both. We've got Tuesday at ((time:10)) or Wednesday at ((time:2))."),
        ("c", "Tuesday at ((time:10)). I can be there."),
        ("a", "Lovely. And an email for the confirmation?"),
        ("c", f"It's [[EMAIL:{mail}]]."),
        ("a", "Booked. The surveyor will ring you ((duration:30 minutes)) before he arrives."),
    ]


@case("asr")
def assisted_living_richmond():
    rm = num(100, 260)
    s = ssn()
    d, m, y = dob(1930, 1945)
    x = amt(4800, 7200, cents=False)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    return [
        ("a", "brookfield gardens assisted living business office this is [[NAME:renee]]"),
        ("c", f"hi [[NAME:renee]] this is [[NAME:darnell whitaker]] my mother's [[NAME:bernice whitaker]] in room ((other:{pr(str(rm))}))"),
        ("a", "oh miss [[NAME:bernice]] yes she's a sweetheart what can i do for you"),
        ("c", "the social worker said you're helping with her medicaid application and you need her social"),
        ("a", "yes that's right for the waiver application go ahead"),
        ("c", f"[[SSN:{sp(s)}]]"),
        ("a", f"let me read that back [[SSN:{sp(s[:3])} {sp(s[3:5])} {sp(s[5:])}]]"),
        ("c", "that's right"),
        ("a", "and her date of birth"),
        ("c", f"[[DOB:{monl(m)} {ordw(d)} {yw(y)}]]"),
        ("a", f"until it's approved the private rate still applies so this month is ((price:{money(x, 'dollars')}))"),
        ("c", f"okay i'll put it on my card [[CARD_NUMBER:{card[:4]} {card[4:8]} {card[8:]}]]"),
        ("a", "and the expiration date"),
        ("c", f"[[EXPIRY:{mm(em)} {yy(ey)}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "thank you and we'll let you know when medicaid approves it that's usually ((duration:forty five to ninety days))"),
        ("c", "alright thank you [[NAME:renee]]"),
    ]


@case("transcript")
def frames_insurance_boise():
    d, m, y = dob(1960, 2000)
    frame = model("@@####")
    mid = _digits(11)
    s4 = ssn()[-4:]
    allow = amt(120, 180, cents=False)
    oop = amt(40, 90)
    lens = amt(45, 80, cents=False)
    card = disc()
    em, ey = exp()
    cv = cvv3()
    z = zipc("Boise")
    return [
        ("a", "Treasure Valley Eyecare, this is [[NAME:McKenna]]."),
        ("c", "Hi, I picked out frames last week and they said to call once I had my insurance info."),
        ("a", "Perfect. What's your name?"),
        ("c", "[[NAME:Dustin Yellowhorse]]."),
        ("a", "And your date of birth?"),
        ("c", f"[[DOB:{mm(m)}/{d:02d}/{y}]]."),
        ("a", f"Got you. The ((model_number:{frame})) frames in tortoiseshell, right?"),
        ("c", "Yep, those ones."),
        ("a", "Who's the vision insurance with?"),
        ("c", f"VSP. The member ID is [[ACCOUNT_NUMBER:{mid}]]. Or they might have me under my social, last four [[SSN/part:{s4}]]."),
        ("a", f"Found it. Your plan covers ((price:${allow})) toward frames, so your part is ((price:${oop})), plus ((price:${lens})) for the anti-glare."),
        ("c", "Okay. Can I pay that now?"),
        ("a", "Sure, go ahead."),
        ("c", f"It's a Discover. [[CARD_NUMBER#c:{g(card[:8])}]]. Hold on. [[CARD_NUMBER#c:{g(card[8:])}]]."),
        ("a", "Thanks. Expiration?"),
        ("c", f"[[EXPIRY:{mon(em)[:3]} {2000 + ey}]]."),
        ("a", "Security code?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", "And the billing ZIP?"),
        ("c", f"[[POSTCODE:{z}]]."),
        ("a", "Great. The glasses will be ready in ((duration:7 to 10 days)), and we'll text you."),
    ]


@case("asr")
def hearing_aid_repair_hull():
    pc = pc_uk("Hull")
    hn = house()
    mdl = model("@@ ###")
    serial = trk(8)
    d = day()
    mob = ph_uk_mob()
    return [
        ("a", "humber hearing centre [[NAME:lauren]] speaking"),
        ("c", "hello love my hearing aid's gone all whistly and it keeps cutting out"),
        ("a", "oh dear is it one of ours"),
        ("c", "yes i got it from you ((duration:two years)) ago"),
        ("a", "can i take your name"),
        ("c", "[[NAME:albert featherstone]]"),
        ("a", "and your postcode mister [[NAME:featherstone]]"),
        ("c", f"[[POSTCODE:{sp(pc)}]]"),
        ("a", "and the first line of your address"),
        ("c", f"[[ADDRESS:{nw(hn)} westbourne avenue]]"),
        ("a", f"thank you and is it the ((model_number:{sp(mdl)})) the little one behind the ear"),
        ("c", f"i think so there's a number on the side ((other:{sp(serial)}))"),
        ("a", "that's the serial lovely it's still under the ((duration:three year)) warranty so the repair's free"),
        ("c", "oh good"),
        ("a", f"we can post you a padded envelope or you can pop in on the ((date:{ordw(d)}))"),
        ("c", "post please i don't drive anymore"),
        ("a", "okay and a phone number in case we need you"),
        ("c", f"[[PHONE#p:{sp(mob[:5])}]] and then [[PHONE#p:{sp(mob[5:])}]]"),
        ("a", "lovely the envelope will be with you in ((duration:two or three days))"),
        ("c", "thank you love"),
    ]


@case("transcript")
def specialist_gap_canberra():
    d, m, y = dob(1950, 1995)
    fee = num(220, 320)
    back = num(80, 140)
    gap = fee - back
    mcn = _digits(10)
    irn = num(1, 4)
    card = visa()
    p = ch(card, 4, 4, 4, 4)
    em, ey = exp()
    cv = cvv3()
    n = num(10, 99)
    dd, m2 = day(), month()
    mob = ph_au("mob")
    return [
        ("a", "Good morning, Belconnen Specialist Rooms, [[NAME:Siobhan]] speaking."),
        ("c", "Hi. I saw Dr. [[NAME:Venkataraman]] yesterday and didn't get a chance to pay on the way out."),
        ("a", "No problem. Can I have your name and date of birth?"),
        ("c", f"[[NAME:Yusuf Demir]], [[DOB:{d} {mon(m)} {y}]]."),
        ("a", f"Thanks, [[NAME:Yusuf]]. The fee was ((price:${fee})), and Medicare pays back ((price:${back})), so the gap is ((price:${gap}))."),
        ("c", "Can you lodge the claim for me?"),
        ("a", "Sure. Your Medicare number, and the number next to your name?"),
        ("c", f"[[ACCOUNT_NUMBER:{mcn[:4]} {mcn[4:9]} {mcn[9]} {irn}]]."),
        ("a", "Thanks. And the card for the gap?"),
        ("c", f"Yeah, it's [[CARD_NUMBER#c:{p[0]}]] and [[CARD_NUMBER#c:{p[1]}, {p[2]}]], then [[CARD_NUMBER#c:{p[3]}]]."),
        ("a", "Expiry?"),
        ("c", f"[[EXPIRY:{mm(em)}/{yy(ey)}]]. The code is [[CVV:{cv}]]."),
        ("a", "Done. Receipt to the email we have on file?"),
        ("c", f"To [[EMAIL:ydemir{n}@outlook.com.au]], please. That's the new one."),
        ("a", f"Sorted. Your follow-up is ((date:{dd} {mon(m2)})) at ((time:11:15)). We'll SMS a reminder to [[PHONE:{mob[:4]} {mob[4:7]} {mob[7:]}]]."),
        ("c", "Perfect, thanks."),
    ]


@case("asr")
def pharmacy_delivery_saskatoon():
    hc = _digits(9)
    d, m, y = dob(1950, 1990)
    x = amt(18, 40)
    hn = house_na()
    pc = pc_ca("Saskatoon")
    ph = ph_ca("306")
    l4 = visa()[-4:]
    cv = cvv3()
    return [
        ("a", "prairie sky pharmacy [[NAME:wade]] speaking"),
        ("c", "hi it's [[NAME:natasha kowalchuk]] i wanted to get my prescriptions delivered this month i had knee surgery so i can't drive"),
        ("a", "oh sorry to hear that sure thing can i get your health card number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(hc[:3])} {sp(hc[3:6])} {sp(hc[6:])}]]"),
        ("a", "and date of birth"),
        ("c", f"[[DOB:{monl(m)} {ordw(d)} {yw(y)}]]"),
        ("a", f"okay ((count:three)) items ready the dispensing fees come to ((price:{money(x, 'dollars')})) after your plan and delivery's free"),
        ("c", "great"),
        ("a", "what address are we bringing them to"),
        ("c", f"[[ADDRESS:{nw(hn)} spadina crescent east]] it's the basement suite postal code [[POSTCODE:{sp(pc)}]]"),
        ("a", "and a phone number for the driver"),
        ("c", f"[[PHONE:{sp(ph[:3])} {spd(ph[3:6])} {pr(ph[6:])}]]"),
        ("a", "do you want to pay on delivery or now"),
        ("c", f"now is fine put it on the visa ending [[CARD_NUMBER/part:{sp(l4)}]] that you have on file"),
        ("a", "yep i see it and the cvv for that one"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "all done the driver comes by between ((time:two)) and ((time:four))"),
        ("c", "thanks [[NAME:wade]]"),
    ]


@case("transcript")
def hockey_season_minneapolis():
    acc = _digits(7)
    n = num(10, 99)
    sec, row = num(101, 230), num(1, 24)
    s1 = num(1, 18)
    card = mc()
    wrong = card[12:14] + card[15] + card[14] if card[14] != card[15] else card[12:15] + str((int(card[15]) + 1) % 10)
    em, ey = exp()
    cv = cvv3()
    inst = amt(350, 800)
    m, d = month(), day()
    d2 = day()
    ph = ph_us("612")
    return [
        ("a", "North Star Hockey ticket office, this is [[NAME:Kyle]]."),
        ("c", "Hi [[NAME:Kyle]]. I'm a season ticket holder, and my autopay card got replaced because of fraud, so I need to update it."),
        ("a", "Sorry to hear that. What's your account number?"),
        ("c", f"[[ACCOUNT_NUMBER:{acc}]]."),
        ("a", "Thanks. And can you verify the email on the account?"),
        ("c", f"It's [[EMAIL:sorensen.family{n}@comcast.net]]."),
        ("a", f"Great, Mr. [[NAME:Sorensen]]. Section ((other:{sec})), row ((other:{row})), seats ((other:{s1})) and ((other:{s1 + 1})). Go ahead with the new card."),
        ("c", f"[[CARD_NUMBER#c:{g(card[:12])}]], [[CARD_NUMBER#c/x:{wrong}]]. No, wait. [[CARD_NUMBER#c:{card[12:]}]]."),
        ("a", f"So the last four is [[CARD_NUMBER/part:{card[12:]}]]?"),
        ("c", "Yes. Sorry, I read it off the old one first."),
        ("a", "No problem. Expiration and CVV?"),
        ("c", f"[[EXPIRY:{mm(em)}/{yy(ey)}]], [[CVV:{cv}]]."),
        ("a", f"You're all set. The next installment of ((price:${inst})) comes out ((date:{mon(m)} {ords(d)})). Also, playoff presale for members opens on the ((date:{ords(d2)}))."),
        ("c", f"Nice. Can you text me the link? My cell is [[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]]."),
        ("a", "Will do. Anything else?"),
        ("c", "Nope. Go Stars."),
    ]


@case("asr")
def language_school_ivr_sydney():
    stu = acct("########")
    d, m, y = dob(1998, 2006)
    pp = acct("@@#######")
    bal = amt(3200, 5200, cents=False)
    hs = num(300, 380)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    return [
        ("i", "welcome to harbourside english academy for enrolments press ((other:one)) for accommodation press ((other:two))"),
        ("i", "please say your student number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(stu)}]]"),
        ("i", f"thank you you said [[ACCOUNT_NUMBER:{sp(stu)}]] please hold"),
        ("a", "hi you're through to [[NAME:chloe]] in enrolments"),
        ("c", "hi [[NAME:chloe]] this is [[NAME:ciarán mac giolla]] i'm starting the general english course next month and i need to pay the rest and sort out homestay"),
        ("a", "no worries i've got you here can you confirm your date of birth"),
        ("c", f"[[DOB:{ordw(d)} of {monl(m)} {yw(y)}]]"),
        ("a", "and your passport number for the visa records"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(pp)}]]"),
        ("a", f"great the course balance is ((price:{money(bal, 'dollars')})) and homestay is ((price:{nw(hs)} a week))"),
        ("c", "okay i'll pay the course now and the homestay when i get there"),
        ("a", "sure card number"),
        ("c", f"[[CARD_NUMBER:{sp(card)}]] and do you need the expiry"),
        ("a", "yes please and the cvv"),
        ("c", f"[[EXPIRY:{sp(mm(em))} {sp(yy(ey))}]] cvv [[CVV:{sp(cv)}]]"),
        ("a", "lovely and an email and an australian mobile if you have one"),
        ("c", "[[EMAIL:ciaran dot macgiolla at gmail dot com]] and i don't have an aussie number yet so email's best"),
        ("a", "no worries i'll send you the homestay options tonight"),
    ]


@case("transcript")
def prescription_refill_ivr_sacramento():
    rx = _digits(7)
    d, m, y = dob(1945, 1985)
    z = zipc("Sacramento")
    mg = R.choice([5, 10, 20, 40])
    ph = ph_us("916")
    co = amt(5, 25)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    return [
        ("i", "Thank you for calling Capitol Pharmacy. To refill a prescription, say refill."),
        ("c", "Refill."),
        ("i", "Please say or enter the prescription number, found on the label."),
        ("c", f"[[ACCOUNT_NUMBER:{hy(rx)}]]."),
        ("i", "Please say the patient's date of birth."),
        ("c", f"[[DOB:{mon(m)} {ords(d)}, {y}]]."),
        ("i", "And the ZIP code."),
        ("c", f"[[POSTCODE:{z}]]."),
        ("i", "This prescription has no refills remaining. Transferring you to a pharmacist."),
        ("a", f"Pharmacy, this is [[NAME:Rosalind]]. I see you're trying to refill the ((quantity:{mg} milligram)) lisinopril?"),
        ("c", "Yeah. I didn't know I was out of refills. Can you call my doctor?"),
        ("a", "Sure, who's your doctor?"),
        ("c", "Dr. [[NAME:Hoang]] at the Midtown clinic."),
        ("a", "We'll send a request. It's usually ((duration:24 to 48 hours)). Can I confirm a callback number?"),
        ("c", f"[[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]]."),
        ("a", f"Got it. Your copay will be ((price:${co})). Want to pay now so it's ready to grab? I'd need the card number, expiration and security code."),
        ("c", f"Sure. [[CARD_NUMBER:{g(card)}]], [[EXPIRY:{mm(em)}/{yy(ey)}]], [[CVV:{cv}]]."),
        ("a", "Thank you, that's paid. We'll text you when it's ready."),
        ("c", "Thanks, [[NAME:Rosalind]]."),
    ]


@case("asr")
def caravan_storage_lincoln():
    bay = num(20, 150)
    cris = acct("@@@##########")
    hn = house()
    pc = pc_uk("Lincoln")
    p = amt(380, 620, cents=False)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    mob = ph_uk_mob()
    d, m = day(), month()
    return [
        ("a", "wolds caravan storage [[NAME:ben]] speaking"),
        ("c", "morning i've got a caravan stored with you and i want to renew for another year and change my address while i'm at it"),
        ("a", "no bother what's the name"),
        ("c", "[[NAME:trevor]] and [[NAME:linda marsh]]"),
        ("a", f"got you bay ((other:{nw(bay)})) the swift challenger"),
        ("c", "that's it"),
        ("a", "can you confirm the cris number on the caravan it's the long one on the window"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(cris)}]]"),
        ("a", "lovely that matches and the new address"),
        ("c", f"[[ADDRESS:{nw(hn)} nettleham road lincoln]] [[POSTCODE:{sp(pc)}]]"),
        ("a", f"and the renewal's ((price:{money(p)})) for the year"),
        ("c", f"okay card's [[CARD_NUMBER#c:{sp(card[:4])}]] um"),
        ("a", "yep"),
        ("c", f"[[CARD_NUMBER#c:{sp(card[4:12])}]] sorry the dog's barking [[CARD_NUMBER#c:{sp(card[12:])}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{nw(em)} {nw(ey)}]]"),
        ("a", "three digits on the back"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", f"and is the mobile still [[PHONE:{spd(mob)}]]"),
        ("c", "yes that's fine"),
        ("a", f"lovely you're renewed till the ((date:{ordw(d)} of {monl(m)})) next year"),
    ]


@case("transcript")
def emergency_vet_asheville():
    ph = ph_us("828")
    hn = house_na()
    z = zipc("Asheville")
    dep = num(25, 50) * 10
    card = visa()
    em, ey = exp()
    cv = cvv3()
    return [
        ("a", "Blue Ridge Animal ER, this is [[NAME:Haley]]. Is this an emergency?"),
        ("c", "Yes. My dog ate a whole bag of chocolate chips, like ((quantity:12 ounces)), maybe an hour ago."),
        ("a", "Okay. How much does he weigh?"),
        ("c", "About ((quantity:40 pounds)). He's a lab mix."),
        ("a", "Bring him in right away. We'll probably make him vomit. Can I get your details while you drive, to save time?"),
        ("c", f"My husband's driving. I'm [[NAME:Whitney Castellano]]. Phone is [[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]]."),
        ("a", "And your address?"),
        ("c", f"[[ADDRESS:{hn} Merrimon Avenue, Asheville]], [[POSTCODE:{z}]]."),
        ("a", "And the dog's name and age?"),
        ("c", "Moose. He's ((other:6))."),
        ("a", f"Okay. We take a ((price:${dep})) deposit at check-in. I can do it now over the phone if that's easier."),
        ("c", f"Yes, please. [[CARD_NUMBER#c:{card[:4]}]]. Hang on, it's dark in the car. [[CARD_NUMBER#c:{g(card[4:], 4, 4, 4)}]]."),
        ("a", "Expiration?"),
        ("c", f"[[EXPIRY:{mm(em)}/{yy(ey)}]]."),
        ("a", "And the three digits on the back?"),
        ("c", f"[[CVV:{cv}]]. How long will all this take?"),
        ("a", "About ((duration:an hour)) once he's here. Come straight to the side door."),
    ]


@case("asr")
def marina_lift_out_swansea():
    pont = model("@")
    p = amt(700, 1100, cents=False)
    card = mc()
    em, ey = exp()
    cv = cvv3()
    hn = house()
    hn2 = house()
    pc = pc_uk("Swansea")
    d = day()
    by = yr(1972, 1995)
    return [
        ("a", "marina office [[NAME:rhiannon]] speaking"),
        ("c", f"hiya it's [[NAME:gethin pryce]] i've got a boat on pontoon {sp(pont)} and i want to pay for the winter lift out"),
        ("a", f"oh hiya [[NAME:gethin]] the ((year:{yw(by)})) westerly yeah let me see the lift out and ((duration:six months)) on the hard comes to ((price:{money(p)}))"),
        ("c", "that's fine can you take it off my card now"),
        ("a", "yeah go on"),
        ("c", f"[[CARD_NUMBER#c:{pr(card[:8])}]]"),
        ("c", f"[[CARD_NUMBER#c:{pr(card[8:])}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{sp(mm(em))} {nw(ey)}]]"),
        ("a", "and the three digits"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", f"lovely and we'll post you the yard agreement is it still [[ADDRESS:{nw(hn)} mumbles road blackpill]]"),
        ("c", f"no we've moved it's [[ADDRESS:{nw(hn2)} walter road]] [[POSTCODE:{sp(pc)}]]"),
        ("a", "and an email"),
        ("c", "[[EMAIL:gethin pryce sails at gmail dot com]]"),
        ("a", f"lift out's booked for the ((date:{ordw(d)})) at ((time:nine)) tide permitting"),
        ("c", "cracking diolch"),
    ]


@case("transcript")
def deposit_refund_cork():
    mo = month()
    sno = _digits(9)
    ded = amt(40, 120, cents=False)
    refund = amt(300, 500, cents=False)
    iban = acct("IE## @@@@ #### #### #### ##")
    n = num(10, 99)
    f, hn = num(1, 9), house()
    eirc = eir("Cork")
    return [
        ("a", "Hello, Lee Point Student Residences, [[NAME:Fionnuala]] speaking."),
        ("c", f"Hi. I moved out in ((date:{mon(mo)})) and I still haven't got my deposit back."),
        ("a", "Sorry about that. What's your student number?"),
        ("c", f"[[ACCOUNT_NUMBER:{sno}]]."),
        ("a", "Thanks. Is that [[NAME:Bartosz]]?"),
        ("c", "Yes, [[NAME:Bartosz Zieliński]]."),
        ("a", f"The inspection noted a scorch mark on the desk, so ((price:€{ded})) was deducted and ((price:€{refund})) is due back. It's waiting on your bank details."),
        ("c", "Nobody asked me for them. Can I give them now?"),
        ("a", "You can. The IBAN, please."),
        ("c", f"[[ACCOUNT_NUMBER:{iban}]]."),
        ("a", f"Let me read it back. [[ACCOUNT_NUMBER:{iban}]]."),
        ("c", "Yes, that's right."),
        ("a", "And an email to send the confirmation to?"),
        ("c", f"It's [[EMAIL:bartosz.zielinski{n}@gmail.com]]."),
        ("a", "And a forwarding address, for our records?"),
        ("c", f"[[ADDRESS:Flat {f}, {hn} Wellington Road, St Luke's]], [[POSTCODE:{eirc}]]."),
        ("a", "Thanks. The refund should land in ((duration:5 to 7 working days))."),
        ("c", "Great. And for the record, that scorch mark was there when I moved in. It's in my move-in photos."),
        ("a", f"Then send the photos to us by email and I'll ask the manager to review the ((price:€{ded}))."),
        ("c", "Will do. Thanks, [[NAME:Fionnuala]]."),
    ]


@case("asr")
def fever_in_cancun_boston():
    pol = acct("GS########")
    d, m, y = day(), month(), yr(2012, 2016)
    s4 = ssn()[-4:]
    km = num(3, 12)
    ph = ph_us("617")
    mo, dd = month(), day()
    fn = str(num(1000, 2999))
    return [
        ("a", "globeshield travel assistance this is [[NAME:marco]] how can i help"),
        ("c", "hi yeah we're in cancun and my daughter has a really high fever like ((other:a hundred and three)) and the hotel doctor wants us to go to a hospital"),
        ("a", "okay let's get you taken care of what's the policy number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(pol)}]]"),
        ("a", "and the traveler's name and date of birth"),
        ("c", f"[[NAME:ava mcdermott]] [[DOB:{monl(m)} {ordw(d)} {yw(y)}]]"),
        ("a", "and you are"),
        ("c", "her dad [[NAME:sean mcdermott]]"),
        ("a", "for verification the last four of the policyholder's social"),
        ("c", f"[[SSN/part:{sp(s4)}]]"),
        ("a", f"thank you there's an in network hospital about ((quantity:{nw(km)} kilometers)) from the hotel zone i'll send the address to your phone what number"),
        ("c", f"my cell [[PHONE:{sp(ph)}]] it's a us number but it works down here"),
        ("a", "great we'll send them a guarantee of payment so you shouldn't pay anything up front if they ask you call us"),
        ("c", f"okay and we're supposed to fly back on ((date:{monl(mo)} {ordw(dd)})) on ((flight_number:b six {pr(fn)}))"),
        ("a", "if she's not fit to fly the policy covers the change fees just keep the doctor's note"),
        ("c", "okay thank you [[NAME:marco]]"),
    ]


@case("transcript")
def newborn_shoot_edinburgh():
    d, m = day(), month()
    dep = num(5, 10) * 10
    hn, fl = house(), num(1, 6)
    pc = pc_uk("Edinburgh")
    card = visa()
    em, ey = exp()
    cv = cvv3()
    mob = ph_uk_mob()
    n = num(10, 99)
    return [
        ("a", "Hello, Little Thistle Photography, this is [[NAME:Isla]]."),
        ("c", f"Hi [[NAME:Isla]]. I'd like to book a newborn shoot. The baby's due on ((date:{ords(d)} {mon(m)})), so I know the date might move."),
        ("a", "Congratulations! That's no problem. We book a provisional date and move it once baby arrives, ideally between ((duration:5 and 12 days)) old."),
        ("c", "Perfect. What do you need from me?"),
        ("a", f"Your name, address, and a ((price:£{dep})) booking fee, which comes off the package."),
        ("c", f"[[NAME:Zainab Qureshi-Moffat]]. [[ADDRESS:{hn}/{fl} Leith Walk, Edinburgh]], [[POSTCODE:{pc}]]."),
        ("a", "Lovely. And the card for the booking fee?"),
        ("c", f"It's [[CARD_NUMBER#c:{card[:4]}. {card[4:8]}. {card[8:12]}]]."),
        ("a", "Mm-hmm."),
        ("c", f"[[CARD_NUMBER#c:{card[12:]}]]. That's it."),
        ("a", "Expiry date?"),
        ("c", f"[[EXPIRY:{mm(em)}/{2000 + ey}]]."),
        ("a", "And the security code, the three digits on the back."),
        ("c", f"[[CVV:{cv}]]."),
        ("a", "Thank you. And a mobile so your partner can text me when the baby arrives?"),
        ("c", f"His is better, he'll be glued to it. [[PHONE:{mob[:5]} {mob[5:]}]]. He's [[NAME:Callum]]."),
        ("a", "And an email for the contract?"),
        ("c", f"It's [[EMAIL:zqmoffat{n}@gmail.com]]."),
        ("a", "All booked. The session takes ((duration:3 to 4 hours)), and it helps to keep the room at about ((other:24 degrees)) for baby."),
    ]


@case("asr")
def storage_move_in_ottawa():
    r = amt(120, 180, cents=False)
    p = pct(30, 50)
    dl = acct("@####-#####-#####")
    hn = house_na()
    apt = num(100, 1800)
    pc = pc_ca("Ottawa")
    ph = ph_ca("613")
    c1 = visa()
    c2 = mc()
    em, ey = exp()
    cv = cvv3()
    lk = num(10, 19)
    return [
        ("a", "capital self storage on merivale this is [[NAME:jean-philippe]]"),
        ("c", "hi i booked a unit online for tomorrow i'm moving out of my apartment"),
        ("a", "sure what's the name on the booking"),
        ("c", "[[NAME:aisha mohamud]]"),
        ("a", f"okay a ((quantity:five by ten)) on the ground floor ((price:{money(r, 'dollars')} a month)) and the first month is ((percentage:{nw(p)} percent)) off"),
        ("c", "nice"),
        ("a", "i need your driver's licence number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(dl)}]]"),
        ("a", "and your current address"),
        ("c", f"[[ADDRESS:{pr(str(hn))} bank street apartment {pr(str(apt))}]] [[POSTCODE:{sp(pc)}]]"),
        ("a", "and a phone"),
        ("c", f"[[PHONE:{sp(ph)}]]"),
        ("a", "and the card for the monthly payments"),
        ("c", f"[[CARD_NUMBER/part:{sp(c1[:4])}]] oh wait that's my credit card i'll use the other one [[CARD_NUMBER#c:{sp(c2[:8])}]]"),
        ("a", "okay"),
        ("c", f"[[CARD_NUMBER#c:{sp(c2[8:])}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{nw(em)} {nw(ey)}]]"),
        ("a", "cvv"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", f"all set bring a lock or you can buy one here for ((price:{nw(lk)} ninety nine))"),
        ("c", "i'll buy one here thanks"),
    ]


@case("transcript")
def respite_stay_inverness():
    d1, m1 = day(), month()
    d, m, y = dob(1930, 1948)
    hn = house()
    pc = pc_uk("Inverness")
    ni = nino()
    w = num(1100, 1500)
    mob = ph_uk_mob()
    return [
        ("a", "Good afternoon, Ness Bank Care Home, [[NAME:Morven]] speaking."),
        ("c", "Hello. I'm looking to book a ((duration:two-week)) respite stay for my father while I have an operation."),
        ("a", "Of course. When were you thinking?"),
        ("c", f"From ((date:{ords(d1)} {mon(m1)})), if you have a room."),
        ("a", "We do. I'll need some details. Your father's name and date of birth?"),
        ("c", f"[[NAME:Alasdair MacLeod]], [[DOB:{d}/{mm(m)}/{y}]]."),
        ("a", "His address?"),
        ("c", f"[[ADDRESS:{hn} Culduthel Road, Inverness]], [[POSTCODE:{pc}]]."),
        ("a", "And his GP?"),
        ("c", "Dr. [[NAME:Shapiro]] at the Crown practice."),
        ("a", "The council may fund part of the stay. If you'd like to apply, I'll need his National Insurance number."),
        ("c", f"It's [[SSN:{ni}]]."),
        ("a", f"Thank you. The weekly rate is ((price:£{num_t(str(w))})). And your name and number, as next of kin?"),
        ("c", f"[[NAME:Catriona MacLeod]]. [[PHONE:{mob[:5]} {mob[5:]}]]."),
        ("a", "Lovely. We'll post the forms out and give you a ring in a few days."),
        ("c", "Thank you. He'll want to bring his own chair. Is that okay?"),
        ("a", "Absolutely. And his own radio, if he likes."),
    ]


@case("asr")
def dog_daycare_canterbury():
    p = amt(28, 35, cents=False)
    p10 = str(int(p) * 9)
    hn = house()
    pc = pc_uk("Canterbury")
    mob = ph_uk_mob()
    card = visa()
    em, ey = exp()
    cv = cvv3()
    return [
        ("a", "happy hounds daycare canterbury [[NAME:millie]] speaking"),
        ("c", "hi i'm after a few days a week for my puppy i've just gone back to work"),
        ("a", "aw how old is the puppy"),
        ("c", "((other:five months)) she's a cockapoo called nala"),
        ("a", f"lovely we do ((price:{money(p)} a day)) or ((price:{money(p10)})) for ((count:ten)) days"),
        ("c", "i'll take the ((count:ten)) days"),
        ("a", "okay name and address"),
        ("c", f"[[NAME:chloe ashworth-brown]] [[ADDRESS:{nw(hn)} st dunstan's street canterbury]] [[POSTCODE:{sp(pc)}]]"),
        ("a", "and a mobile"),
        ("c", f"[[PHONE:{sp(mob)}]]"),
        ("a", "and an email"),
        ("c", "[[EMAIL:chloe a b at icloud dot com]]"),
        ("a", "and can i take payment for the days now"),
        ("c", f"yeah [[CARD_NUMBER#c:{sp(card[:8])}]] hang on [[CARD_NUMBER#c:{sp(card[8:])}]]"),
        ("a", f"let me read the last four back [[CARD_NUMBER/part:{sp(card[12:])}]]"),
        ("c", "yep"),
        ("a", "expiry and cvv"),
        ("c", f"[[EXPIRY:{sp(mm(em))} {sp(yy(ey))}]] and [[CVV:{sp(cv)}]]"),
        ("a", "lovely she needs to have had her second jabs and kennel cough"),
        ("c", "she has i'll bring the vaccination card"),
    ]


@case("transcript")
def road_hazard_omaha():
    mo = month()
    inv = acct("##-######")
    tire = "%s/%sR%s" % (R.choice(["215", "225", "235"]), R.choice(["60", "65", "70"]), R.choice(["16", "17", "18"]))
    mount = amt(25, 45)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    ph = ph_us("402")
    z = zipc("Omaha")
    vy = yr(2014, 2021)
    return [
        ("a", "Big Plains Tire, this is [[NAME:Cody]]."),
        ("c", f"Hi. I bought tires from you in ((date:{mon(mo)})) with the road hazard warranty, and I just hit a pothole and ruined one."),
        ("a", "Oh man. Do you have the invoice number?"),
        ("c", f"[[ACCOUNT_NUMBER:{inv}]]."),
        ("a", "Thanks. [[NAME:Tatiana Moreau]]?"),
        ("c", "That's me."),
        ("a", f"Okay, so the ((model_number:{tire})) on the ((year:{vy})) Silverado. The warranty covers a replacement, you just pay ((price:${mount})) for mounting and balancing."),
        ("c", "Great. Can I pay that now and come in?"),
        ("a", "Sure. We've got ((time:1:30)) or ((time:3:45)) today."),
        ("c", f"((time:1:30)). The card is [[CARD_NUMBER:{g(card)}]]."),
        ("a", "Expiration?"),
        ("c", f"[[EXPIRY:{mm(em)}/{yy(ey)}]]."),
        ("a", "Security code?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", "And a good number in case we run behind?"),
        ("c", f"[[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]]."),
        ("a", "And the billing ZIP for the card?"),
        ("c", f"[[POSTCODE:{z}]]."),
        ("a", "See you at ((time:1:30)). Bring the damaged tire, we need the code off the sidewall."),
    ]


@case("asr")
def green_fees_melbourne():
    ga = _digits(10)
    gf = amt(95, 160, cents=False)
    cart = num(40, 60)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    mob = ph_au("mob")
    return [
        ("a", "yarra bend golf club pro shop [[NAME:lachlan]] speaking"),
        ("c", "hi mate i'm visiting from perth and i want to get a round in on friday"),
        ("a", "no worries are you a member at a club"),
        ("c", f"yeah i've got a golf australia number [[ACCOUNT_NUMBER:{sp(ga)}]]"),
        ("a", "thanks and your name"),
        ("c", "[[NAME:jasper ng]]"),
        ("a", "we've got ((time:ten twenty)) or ((time:eleven oh four)) for one player"),
        ("c", "((time:ten twenty)) thanks"),
        ("a", f"the green fee is ((price:{money(gf, 'dollars')})) for visitors with a handicap and a cart is ((price:{nw(cart)})) extra"),
        ("c", "i'll just walk"),
        ("a", "we need a card to hold it"),
        ("c", f"[[CARD_NUMBER:{sp(card[:4])} {pr(card[4:8])} {card[8:]}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{sp(mm(em))} slash {sp(yy(ey))}]]"),
        ("a", "cvv"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "and a mobile in case the weather turns"),
        ("c", f"[[PHONE:{sp(mob[:4])} {sp(mob[4:7])} {sp(mob[7:])}]]"),
        ("a", "sweet you're on at ((time:ten twenty)) see you friday"),
    ]


@case("transcript")
def childrens_hospital_raleigh():
    d, m, y = day(), month(), yr(2015, 2020)
    s = ssn()
    ded = num(3, 7) * 1000
    mid = acct("@@@#########")
    ph = ph_us("919")
    co = amt(100, 250, cents=False)
    return [
        ("a", "WakeBridge Children's Hospital, patient financial services, this is [[NAME:Tamika]]."),
        ("c", "Hi, [[NAME:Tamika]]. My daughter was admitted last week and someone left me a note to call about Medicaid."),
        ("a", "Yes, our eligibility team can help you apply. What's the patient's name?"),
        ("c", "[[NAME:Harper Nguyen-Ellis]]."),
        ("a", "Date of birth?"),
        ("c", f"[[DOB:{mm(m)}/{d:02d}/{y}]]."),
        ("a", "And her Social Security number, for the application?"),
        ("c", f"[[SSN:{s[:3]}. {s[3:5]}. {s[5:]}]]."),
        ("a", "Thank you. And your name, as the parent?"),
        ("c", "[[NAME:Jasmine Ellis]]."),
        ("a", "Does she have any insurance right now?"),
        ("c", f"She's on my plan through work, but the deductible is ((price:${num_t(str(ded))})). I can't do that."),
        ("a", "Understood. Medicaid can be secondary. What's the member ID on your plan?"),
        ("c", f"[[ACCOUNT_NUMBER:{mid}]]."),
        ("a", "Great. I'll submit it today. What's the best number for the caseworker?"),
        ("c", f"[[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]]."),
        ("a", f"Got it. The ER copay of ((price:${co})) is due, but you can wait until Medicaid decides."),
        ("c", "I'll wait, thanks."),
        ("a", "Sure. You'll get a letter in about ((duration:45 days))."),
    ]


@case("asr")
def private_room_shortfall_cork():
    d, m, y = dob(1950, 1990)
    pol = acct("@@########")
    x = amt(400, 900)
    card = mc()
    em, ey = exp()
    cv = cvv3()
    hn = house()
    eirc = eir("Cork")
    return [
        ("a", "lee valley private hospital patient accounts [[NAME:eimear]] speaking"),
        ("c", "hello i had a procedure there last month and i got a letter saying my insurer didn't cover the full amount"),
        ("a", "okay can i have your name and date of birth"),
        ("c", f"[[NAME:pádraig o'sullivan]] [[DOB:{ordw(d)} of {monl(m)} {yw(y)}]]"),
        ("a", "thanks [[NAME:pádraig]] and your health insurance policy number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(pol)}]]"),
        ("a", f"okay i see it the shortfall is ((price:{money(x, 'euro')})) because it was a semi private room"),
        ("c", "ah right nobody told me that"),
        ("a", "you can pay it in full or over ((duration:three months))"),
        ("c", "i'll pay it now so"),
        ("a", "grand card number"),
        ("c", f"[[CARD_NUMBER#c:{sp(card[:4])}]] em [[CARD_NUMBER#c:{sp(card[4:8])}]] em [[CARD_NUMBER#c:{pr(card[8:])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{sp(mm(em))} {nw(ey)}]]"),
        ("a", "and the last three on the back"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", f"and we'll post the receipt is your address still [[ADDRESS:{nw(hn)} douglas road]] [[POSTCODE:{sp(eirc)}]]"),
        ("c", "it is yeah"),
        ("a", "that's all done so"),
    ]


@case("transcript")
def game_chargeback_edmonton():
    n = num(10, 99)
    p = amt(10, 30)
    t = "%.2f" % (7 * float(p))
    l4 = visa()[-4:]
    ph = ph_ca("780")
    pc = pc_ca("Edmonton")
    cn = acct("NP-######")
    return [
        ("a", "Thanks for calling Nimbus Play support, I'm [[NAME:Darius]]. What's going on today?"),
        ("c", "Hi. My bank says I should call you before I do a chargeback. There are ((count:7)) charges for something called Crystal Bundles that I never bought."),
        ("a", "Let's have a look. What's the email on your Nimbus account?"),
        ("c", f"It's [[EMAIL:hollowayfamily{n}@shaw.ca]]."),
        ("a", "And your name?"),
        ("c", "[[NAME:Renata Holloway]]."),
        ("a", "Thanks, [[NAME:Renata]]. There are ((count:3)) profiles on this account, and the purchases were all on one called ((other:Frostbite99))."),
        ("c", "That's my son. Oh my God."),
        ("a", f"It happens a lot. Each one was ((price:${p})), so ((price:${t})) in total. Which card was charged?"),
        ("c", f"The Visa ending in [[CARD_NUMBER/part:{l4}]]."),
        ("a", "I can refund these as a one-time exception. Please don't file the chargeback as well, or the account gets locked."),
        ("c", "Okay. How long will it take?"),
        ("a", f"((duration:3 to 5 business days)). I'll also turn on purchase approvals, so you'll get a text to the number on file. Is that [[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]]?"),
        ("c", "Yes, that's my cell."),
        ("a", "And, for the record, the billing postal code on that Visa?"),
        ("c", f"[[POSTCODE:{pc}]]."),
        ("a", f"Perfect, that matches. Your case number is [[ACCOUNT_NUMBER:{cn}]]."),
        ("c", "Thank you, [[NAME:Darius]]."),
    ]


@case("asr")
def stairlift_rental_geelong():
    hn = house()
    pc = pc_au("Geelong")
    w = amt(45, 70, cents=False)
    inst = num(150, 300)
    card = mc()
    em, ey = exp()
    cv = cvv3()
    land = ph_au("land", "3")
    return [
        ("a", "bayside mobility and stairlifts geelong [[NAME:shannon]] speaking"),
        ("c", "oh hello dear i rang last week about renting a stairlift for my husband he's just come out of hospital"),
        ("a", "yes of course can i get your name again"),
        ("c", "[[NAME:margaret dimitriou]]"),
        ("a", "thanks [[NAME:margaret]] and the address"),
        ("c", f"[[ADDRESS:{nw(hn)} pakington street newtown]] [[POSTCODE:{sp(pc)}]]"),
        ("a", f"lovely the rental is ((price:{money(w, 'dollars')} a week)) with a ((duration:twelve week)) minimum and installation is ((price:{nw(inst)} dollars))"),
        ("c", "that's alright can i pay the first month now"),
        ("a", "of course on a card"),
        ("c", f"yes it's a mastercard [[CARD_NUMBER#c:{sp(card[:4])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CARD_NUMBER#c:{sp(card[4:8])}]] oh dear is that a six or an eight [[CARD_NUMBER#c:{sp(card[8:])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{sp(mm(em))} {sp(yy(ey))}]]"),
        ("a", "and the three digits on the back"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "lovely and the best phone number"),
        ("c", f"the home phone [[PHONE:{sp(land[:2])} {sp(land[2:6])} {sp(land[6:])}]]"),
        ("a", "the installer will ring before he comes and it takes about ((duration:three hours))"),
        ("c", "thank you dear"),
    ]


@case("transcript")
def liveaboard_san_diego():
    slip = "%s%d" % (R.choice("ABCDEFGH"), num(1, 60))
    doc = _digits(7)
    lf = amt(150, 300, cents=False)
    liab = num(3, 5) * 100000
    card = visa()
    em, ey = exp()
    cv = cvv3()
    hn, s = house_na(), num(100, 400)
    z = zipc("San Diego")
    ph = ph_us("619")
    n = num(10, 99)
    return [
        ("a", "Point Loma Harbor Marina, [[NAME:Esteban]] speaking."),
        ("c", "Hi. I'm on a ((duration:6-month)) slip contract and I want to add a liveaboard permit."),
        ("a", "Sure. What's your slip?"),
        ("c", f"((other:{slip}))."),
        ("a", "And the vessel's documentation number?"),
        ("c", f"[[ACCOUNT_NUMBER:{doc}]]."),
        ("a", "Thanks. And you're [[NAME:Noor Al-Rashid]]?"),
        ("c", "Yes."),
        ("a", f"The liveaboard fee is ((price:${lf} a month)) on top of the slip. We also need proof of insurance with at least ((price:${num_t(str(liab))})) liability."),
        ("c", "I have that. Can I pay the first month now?"),
        ("a", "Go ahead."),
        ("c", f"Okay. [[CARD_NUMBER:{g(card[:8])}? {g(card[8:])}]]."),
        ("a", "And the expiry and security code?"),
        ("c", f"[[EXPIRY:{mm(em)}/{yy(ey)}]]. [[CVV:{cv}]]."),
        ("a", "Thanks. A mailing address? Not the slip."),
        ("c", f"[[ADDRESS:{hn} Rosecrans Street, Suite {s}, San Diego]], [[POSTCODE:{z}]]. It's one of those mailbox places."),
        ("a", "And a phone and email?"),
        ("c", f"[[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]], and [[EMAIL:noor.alrashid{n}@proton.me]]."),
        ("a", "Great. The permit will be ready in ((duration:two days)). Quiet hours are from ((time:10 p.m.)) to ((time:7 a.m.)) on weekdays."),
    ]


@case("asr")
def scooter_callout_carlisle():
    mdl = model("@@ #")
    pc = pc_uk("Carlisle")
    hn = house()
    sv = amt(65, 95, cents=False)
    d = day()
    card = visa()
    em, ey = exp()
    cv = cvv3()
    mob = ph_uk_mob()
    return [
        ("a", "border mobility carlisle [[NAME:gemma]] speaking"),
        ("c", "hiya love my scooter's packed in it won't go forward it just beeps"),
        ("a", "oh no is it one you bought from us"),
        ("c", f"aye the ((model_number:{sp(mdl)})) i got it ((duration:three year)) back"),
        ("a", "and your name"),
        ("c", "[[NAME:jimmy armstrong]]"),
        ("a", "and your postcode [[NAME:jimmy]]"),
        ("c", f"[[POSTCODE:{sp(pc)}]]"),
        ("a", "and the house number"),
        ("c", f"[[ADDRESS:{nw(hn)} warwick road]]"),
        ("a", "right the beeping's usually the batteries or the freewheel lever is the lever pushed down"),
        ("c", "i don't know where that is"),
        ("a", "it's at the back by the wheel under the seat"),
        ("c", "oh hang on oh aye it was up i must have caught it with my foot"),
        ("a", "push it down and try it now"),
        ("c", "it's going it's going you're a star"),
        ("a", f"ha no problem while i've got you your service is due it's ((price:{money(sv)}))"),
        ("c", "aye go on then book us in"),
        ("a", f"the engineer can come on the ((date:{ordw(d)})) can i take a card for it"),
        ("c", f"[[CARD_NUMBER:{spd(card)}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{monl(em)} {nw(ey)}]]"),
        ("a", "and the three digits"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "and a number for the engineer"),
        ("c", f"[[PHONE:{sp(mob)}]]"),
    ]


@case("transcript")
def wedding_photos_victoria_bc():
    m, d, y = month(), day(), yr(2026, 2027)
    p = amt(3800, 5600, cents=False)
    pp = pct(25, 35)
    ph = ph_ca("250")
    hn, u = house_na(), num(100, 900)
    pc = pc_ca("Victoria")
    card = amex()
    p3 = ch(card, 4, 6, 5)
    em, ey = exp()
    cid = cvv4()
    return [
        ("a", "Hi, you've reached Salt Spring Light Photography, this is [[NAME:Wren]]."),
        ("c", f"Hi [[NAME:Wren]]! We love your portfolio and we'd like to book you for our wedding on ((date:{mon(m)} {d}, {y})). Are you free?"),
        ("a", f"Let me check. Yes, I'm free! The full-day package is ((price:${num_t(p)})), and there's a ((percentage:{pp}%)) retainer to hold the date."),
        ("c", "Perfect. I'm [[NAME:Amara Nwosu]], and my fiancé is [[NAME:Jordan Tremblay]]."),
        ("a", "Congratulations to you both! Can I get a phone number and email?"),
        ("c", f"[[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]], and [[EMAIL:amara.nwosu at gmail dot com]]."),
        ("a", "And a mailing address for the contract?"),
        ("c", f"[[ADDRESS:{hn} Fort Street, Unit {u}, Victoria]], [[POSTCODE:{pc}]]."),
        ("a", "Thanks. I can take the retainer by card now, if you like."),
        ("c", f"Sure, it's an Amex. [[CARD_NUMBER#c:{p3[0]}]]. Sorry, [[NAME:Jordan]] has it. Babe? Okay. [[CARD_NUMBER#c:{p3[1]} {p3[2]}]]."),
        ("a", "Thank you. Expiry date?"),
        ("c", f"[[EXPIRY:{mm(em)}/{yy(ey)}]]."),
        ("a", "And for Amex, the four digits on the front."),
        ("c", f"[[CVV:{cid}]]."),
        ("a", "Perfect! You're booked. The contract will come by email within ((duration:24 hours))."),
        ("c", "Yay! Thank you so much."),
    ]


@case("asr")
def invitations_richmond():
    ordn = acct("FD####")
    t = amt(900, 1600)
    dp = num(200, 400)
    hn = house_na()
    z = zipc("Richmond")
    card = mc()
    em, ey = exp()
    cv = cvv3()
    return [
        ("a", "fan district press this is [[NAME:caroline]]"),
        ("c", "hi i ordered wedding invitations and i need to change the quantity and pay the rest"),
        ("a", "sure what's the order number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(ordn)}]]"),
        ("a", "okay is this [[NAME:priscilla mbeki]]"),
        ("c", "yes that's me"),
        ("a", "so you had ((count:one fifty)) invitations on the cotton stock"),
        ("c", "we need ((count:one seventy five)) now my mom invited the whole church"),
        ("a", f"ha okay that brings it to ((price:{money(t, 'dollars')})) minus your ((price:{nw(dp)})) deposit"),
        ("c", f"okay and can the return address on the envelopes be [[ADDRESS:{pr(str(hn))} monument avenue richmond]] [[POSTCODE:{sp(z)}]]"),
        ("a", "sure no problem and the card"),
        ("c", f"[[CARD_NUMBER:{card[:6]} {card[6:10]} {card[10:]}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{sp(mm(em))} {nw(ey)}]]"),
        ("a", "and the cvv"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "great and i'll email the new proof to [[EMAIL:priscilla m at outlook dot com]]"),
        ("c", "yes perfect thank you"),
    ]


@case("transcript")
def static_caravan_fees_bangor():
    plot = num(10, 120)
    half = amt(1800, 2600, cents=False)
    card = mc()
    em, ey = exp()
    cv = cvv3()
    d = day()
    n = num(10, 99)
    fob = num(15, 30)
    land = ph_uk_land("Manchester")
    mob = ph_uk_mob()
    return [
        ("a", "Bore da, Menai View Holiday Park, [[NAME:Elin]] speaking."),
        ("c", f"Morning. It's [[NAME:Graham Lightfoot]], plot ((other:{plot})). I'm ringing to pay the second half of the pitch fees."),
        ("a", f"Hi [[NAME:Graham]]. Yes, that's ((price:£{num_t(half)})). Have you got the card handy?"),
        ("c", f"Yes. [[CARD_NUMBER#c:{hy(card[:8], 'O')}]]"),
        ("a", "Okay."),
        ("c", f"[[CARD_NUMBER#c:{hy(card[8:], 'O')}]]."),
        ("a", "Expiry?"),
        ("c", f"[[EXPIRY:{mon(em)} {2000 + ey}]]."),
        ("a", "And the CVC?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", f"Lovely, that's you paid up for the season. Are you coming up for the opening on the ((date:{ords(d)}))?"),
        ("c", f"We are, and the grandkids. Can you send the gate fob form to [[EMAIL:g.lightfoot{n}@sky.com]]? We need ((count:2)) more fobs."),
        ("a", f"Will do. They're ((price:£{fob} each)). And is [[PHONE:{land[:4]} {land[4:7]} {land[7:]}]] still your number?"),
        ("c", f"The landline's gone. Mobile only now, [[PHONE:{mob[:5]} {mob[5:]}]]."),
        ("a", f"Updated. See you on the ((date:{ords(d)}))."),
        ("c", "Diolch, [[NAME:Elin]]."),
    ]


@case("asr")
def kids_glasses_limerick():
    pps = _digits(7) + R.choice("ABCDEFHKPRTW")
    d, m, y = day(), month(), yr(2014, 2017)
    hn = house()
    eirc = eir("Limerick")
    return [
        ("a", "good morning shannon eyecare [[NAME:clodagh]] speaking"),
        ("c", "hi i'm ringing about glasses for my son the school nurse said he can't see the board"),
        ("a", "ah okay we'll get him in for a test what age is he"),
        ("c", "he's ((other:eight))"),
        ("a", "and is he on a medical card"),
        ("c", "he is yeah"),
        ("a", "grand so the test and basic frames are covered i'll just need his pps number"),
        ("c", f"[[SSN:{sp(pps)}]]"),
        ("a", "and his name and date of birth"),
        ("c", f"[[NAME:oisín mcnamara]] [[DOB:{ordw(d)} of {monl(m)} {yw(y)}]]"),
        ("a", "and the address"),
        ("c", f"[[ADDRESS:{nw(hn)} o'connell avenue]] [[POSTCODE:{sp(eirc)}]]"),
        ("a", "and your own name"),
        ("c", "[[NAME:róisín mcnamara]] i'm his mam"),
        ("a", "and an email for the reminder"),
        ("c", "[[EMAIL:roisin mac at eircom dot net]]"),
        ("a", "we've ((time:three forty five)) tomorrow after school would that suit"),
        ("c", "perfect see you then"),
    ]


@case("transcript")
def vet_referral_liverpool():
    pol = acct("PP#########")
    claim = acct("CL-#######")
    tot = amt(3200, 4800)
    xs = num(99, 150)
    pp = pct(10, 20)
    you = amt(400, 900)
    card = visa()
    pairs = " ".join(card[i:i + 2] for i in range(4, 12, 2))
    em, ey = exp()
    cv = cvv3()
    n = num(10, 99)
    return [
        ("a", "Mersey Veterinary Referrals, accounts, [[NAME:Lucy]] speaking."),
        ("c", "Hi, it's [[NAME:Paul Okoro]]. My dog had his cruciate op with you last week, and I've had the bill. I thought it was going direct to the insurer?"),
        ("a", "Let me look. It can go direct, but we need a claim number first. Who's the insurer?"),
        ("c", f"PetProtect. The policy number is [[ACCOUNT_NUMBER:{pol}]]."),
        ("a", "And have they given you a claim number?"),
        ("c", f"Yeah, this morning. [[ACCOUNT_NUMBER:{claim}]]."),
        ("a", f"Perfect. The total is ((price:£{num_t(tot)})), and your policy has a ((price:£{xs})) excess plus a ((percentage:{pp}%)) co-pay, because he's over ((other:8))."),
        ("c", "So what do I pay?"),
        ("a", f"((price:£{you})) today, and the rest goes to the insurer."),
        ("c", f"Fine, I'll pay that now. It's [[CARD_NUMBER#c:{card[:4]}]] and then [[CARD_NUMBER#c:{pairs}]] and [[CARD_NUMBER#c:{card[12:]}]]."),
        ("a", "Expiry?"),
        ("c", f"[[EXPIRY:{mm(em)}/{yy(ey)}]]."),
        ("a", "And the last three on the back?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", f"Thanks. I'll email the invoice and the claim form to [[EMAIL:paul.okoro{n}@hotmail.co.uk]]?"),
        ("c", "That's the one."),
        ("a", "Great. And how's Bruno doing?"),
        ("c", "Bored of the cone, but good."),
    ]


@case("asr")
def homestay_vancouver():
    hn = house_na()
    st = num(4, 41)
    pc = pc_ca("Vancouver")
    r = amt(1100, 1400, cents=False)
    pf = num(200, 350)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    fn = str(num(100, 999))
    return [
        ("a", "pacific gateway language school homestay office [[NAME:min-jun]] speaking"),
        ("c", "hi i'm calling from galway my son is starting with you in september and we want to pay for the homestay"),
        ("a", "of course what's the student's name"),
        ("c", "[[NAME:darragh kenny]]"),
        ("a", f"okay [[NAME:darragh]] is placed with the [[NAME:chen]] family at [[ADDRESS:{pr(str(hn))} west {ordw(st)} avenue vancouver]] [[POSTCODE:{sp(pc)}]]"),
        ("c", "lovely and how far is that from the school"),
        ("a", "about ((duration:twenty five minutes)) on the bus"),
        ("c", "and how much is it"),
        ("a", f"((price:{money(r, 'dollars')} a month)) plus a placement fee of ((price:{nw(pf)}))"),
        ("c", "okay i'll pay the fee and the first month now"),
        ("a", "card number please"),
        ("c", f"[[CARD_NUMBER#c/x:{sp(card[:4])}]] hang on actually let me start that again [[CARD_NUMBER#c:{sp(card)}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{monl(em)} {nw(ey)}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "and what flight is he on so the family can meet him"),
        ("c", f"((flight_number:a c {sp(fn)})) into vancouver on the first"),
        ("a", "perfect they'll be at arrivals with a sign"),
    ]


@case("transcript")
def guarantor_madison():
    u = num(100, 640)
    d, m, y = dob(1960, 1980)
    s = ssn()
    hn = house_na()
    z = zipc("Evanston")
    inc = num(70, 160) * 1000
    fee = amt(40, 60, cents=False)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    n = num(10, 99)
    return [
        ("a", "Lakeshore Commons leasing office, this is [[NAME:Brianna]]."),
        ("c", "Hi. I'm co-signing my daughter's lease and the online form keeps timing out. Can I do it over the phone?"),
        ("a", "Sure. What's the resident's name?"),
        ("c", "[[NAME:Sofia Marchetti]]. I'm her dad, [[NAME:Vincent Marchetti]]."),
        ("a", f"Great, I see the lease for unit ((other:{u})). For the guarantor screening, I'll need your date of birth and Social."),
        ("c", f"[[DOB:{mon(m)} {d}, {y}]]. Social is [[SSN:{s[:3]} {s[3:5]} {s[5:]}]]."),
        ("a", "And your current address?"),
        ("c", f"[[ADDRESS:{hn} Lincoln Street, Evanston]], Illinois, [[POSTCODE:{z}]]."),
        ("a", "Annual income, roughly?"),
        ("c", f"About ((price:${num_t(str(inc))} a year))."),
        ("a", f"Thank you. The screening fee is ((price:${fee})). Do you want to pay that by card?"),
        ("c", f"Sure. [[CARD_NUMBER:{g(card)}]]. Expires [[EXPIRY:{mm(em)}/{yy(ey)}]]. The code is [[CVV:{cv}]]."),
        ("a", f"Let me read back the last four. [[CARD_NUMBER/part:{card[-4:]}]]."),
        ("c", "Correct."),
        ("a", "And an email for the e-signature?"),
        ("c", f"Use [[EMAIL:vmarchetti{n}@gmail.com]], please."),
        ("a", "You'll get it in about ((duration:10 minutes))."),
    ]


@case("asr")
def rugby_season_ivr_newcastle():
    sup = _digits(7)
    d, m, y = day(), R.randint(6, 8), 1960
    pc = pc_uk("Newcastle")
    p = amt(220, 320, cents=False)
    row = R.choice("ABCDEFGHJK")
    seat = num(1, 40)
    card = visa()
    em, ey = exp()
    cv = cvv3()
    return [
        ("i", "welcome to tyneside rugby club ticketing for season tickets press ((other:one)) for match tickets press ((other:two))"),
        ("i", "please say your supporter number"),
        ("c", f"[[ACCOUNT_NUMBER:{sp(sup)}]]"),
        ("i", "sorry i didn't catch that please say your supporter number again"),
        ("c", f"[[ACCOUNT_NUMBER:{pr(sup)}]]"),
        ("i", "thank you please hold"),
        ("a", "ticket office [[NAME:kai]] speaking"),
        ("c", "hiya i want to renew and switch to the over sixty fives concession i turned ((other:sixty five)) in the summer"),
        ("a", "happy birthday for then i'll just need to confirm your date of birth"),
        ("c", f"[[DOB:{ordw(d)} of {monl(m)} {yw(y)}]]"),
        ("a", "lovely and your postcode"),
        ("c", f"[[POSTCODE:{sp(pc)}]]"),
        ("a", f"so the concession season ticket is ((price:{money(p)})) same seat row {row.lower()} seat ((other:{nw(seat)}))"),
        ("c", f"grand card's ready [[CARD_NUMBER#c:{pr(card[:8])}]]"),
        ("a", "yep"),
        ("c", f"[[CARD_NUMBER#c:{pr(card[8:])}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{sp(mm(em))} {nw(ey)}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{sp(cv)}]]"),
        ("a", "that's you all renewed your card will be posted out in ((duration:two weeks))"),
        ("c", "champion ta [[NAME:kai]]"),
    ]


# ---------------------------------------------------------------------------
# markup, building and validation
# ---------------------------------------------------------------------------

PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
MINIMUM = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35, "EMAIL": 25,
           "DOB": 20, "ADDRESS": 35, "POSTCODE": 35, "ACCOUNT_NUMBER": 45, "NAME": 200}
MIN_CASES = 80
MIN_UTTS = 1000
MIN_PLAIN = 400
MIN_KEEP = 280
MIN_IVR = 6
MIN_STYLE_SHARE = 0.40
SPEAKERS = {"a": "agent", "c": "customer", "i": "ivr"}

MARK_RE = re.compile(r"\[\[([A-Z_]+)(?:#(\w+))?(?:/(\w+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
FLAGS = {"part", "x", "ext"}

UNIT_W = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2",
          "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
          "nine": "9"}
TEEN_W = {w: str(i) for i, w in enumerate(ONES) if i >= 10}
TENS_W = {w: str(i) for i, w in enumerate(TENSW) if w}
NUMBER_WORDS = set(UNIT_W) | set(TEEN_W) | set(TENS_W) | {"hundred", "thousand", "double",
                                                          "triple"}
PHONETIC = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D",
            "echo": "E", "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I",
            "juliet": "J", "kilo": "K", "lima": "L", "mike": "M", "november": "N",
            "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
            "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "xray": "X",
            "yankee": "Y", "zulu": "Z"}
MONTH_RE = re.compile(r"\b(january|february|march|april|may|june|july|august|september|"
                      r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
                      r"nov|dec)\b", re.I)
STREET_WORDS = {"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "dr",
                "close", "crescent", "way", "place", "court", "terrace", "parade",
                "boulevard", "blvd", "row", "grove", "gardens", "square", "hill", "mews",
                "walk", "rise", "park", "quay", "wharf", "green", "view", "highway", "hwy",
                "circle", "trail", "parkway", "pike", "loop", "esplanade", "promenade",
                "brae", "wynd", "vale", "yard", "gate", "path", "end", "bank", "rue"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir", "madam",
          "mx", "prof", "professor"}
EDGE_BAD = set(" \t\n.,;:!?'\"()[]{}-\u2013\u2014/\\")


class Bad(Exception):
    pass


def fail(cid, msg):
    raise Bad("%s: %s" % (cid, msg))


def tokens_of(text):
    return re.findall(r"[A-Za-z]+|\d", text)


def norm(text, strict=False, letters=False):
    """turn a value as said or typed into its digits (and letters when asked).

    strict: every word must be a number word (or a letter when letters=True);
    otherwise unknown words are skipped (expiry 'slash', 'of').
    """
    toks = tokens_of(text)
    out = []
    pend = None
    rep = 1
    for t in toks:
        low = t.lower()
        if t.isdigit():
            if pend is not None:
                out.append(pend + "0")
                pend = None
            out.append(t * rep)
            rep = 1
            continue
        if low in ("double", "triple"):
            if pend is not None:
                out.append(pend + "0")
                pend = None
            rep = 2 if low == "double" else 3
            continue
        if low in UNIT_W:
            d = UNIT_W[low]
            if pend is not None and d != "0" and rep == 1:
                out.append(pend + d)
                pend = None
            else:
                if pend is not None:
                    out.append(pend + "0")
                    pend = None
                out.append(d * rep)
            rep = 1
            continue
        if low in TEEN_W:
            if pend is not None:
                out.append(pend + "0")
                pend = None
            out.append(TEEN_W[low])
            continue
        if low in TENS_W:
            if pend is not None:
                out.append(pend + "0")
            pend = TENS_W[low]
            continue
        if low == "hundred":
            if pend is not None:
                out.append(pend + "0")
                pend = None
            out.append("00")
            continue
        if low == "thousand":
            if pend is not None:
                out.append(pend + "0")
                pend = None
            out.append("000")
            continue
        if letters and len(t) == 1:
            if pend is not None:
                out.append(pend + "0")
                pend = None
            out.append(t.upper() * rep)
            rep = 1
            continue
        if letters and low in PHONETIC:
            if pend is not None:
                out.append(pend + "0")
                pend = None
            out.append(PHONETIC[low])
            continue
        if letters and t.isupper() and len(t) <= 4:
            if pend is not None:
                out.append(pend + "0")
                pend = None
            out.append(t)
            continue
        if strict:
            raise ValueError("word %r inside a value" % t)
    if pend is not None:
        out.append(pend + "0")
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR_PC = re.compile(r"^([AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}$")
CA_PC = re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d$")
ZIP_PC = re.compile(r"^\d{5}(\d{4})?$")
AU_PC_RE = re.compile(r"^\d{4}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$")
PPS_RE = re.compile(r"^\d{7}[A-W][A-IW]?$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def ssn_shape(d):
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and int(d[:3]) <= 665
            and d[3:5] != "00" and d[5:] != "0000")


def phone_shape(d):
    if len(d) == 10:
        return (d[0] in "23456789" and d[3] in "23456789") or d[0] == "0"
    if len(d) == 11:
        return d[0] in "01"
    if len(d) == 12:
        return d.startswith("44")
    return False


def postcode_ok(text):
    v = norm(text, strict=True, letters=True).upper()
    cands = {v, v.replace("O", "0")}
    for c in cands:
        if (UK_PC.match(c) or EIR_PC.match(c) or CA_PC.match(c) or ZIP_PC.match(c)
                or AU_PC_RE.match(c)):
            return True
    return False


def expiry_ok(text):
    if MONTH_RE.search(text):
        return True
    d = norm(text)
    if len(d) in (4, 6):
        m = int(d[:2])
    elif len(d) == 3:
        m = int(d[0])
    else:
        return False
    return 1 <= m <= 12


def first_is_number(words):
    if not words:
        return False
    w = words[0].lower()
    if re.match(r"^\d+[a-z]?$", w) or w in UNIT_W or w in TEEN_W or w in TENS_W:
        return True
    if w in ("flat", "unit", "apartment", "apt", "suite", "no") and len(words) > 1:
        return first_is_number(words[1:])
    return False


def check_value(cid, typ, text, style):
    low = text.lower()
    words = re.findall(r"[A-Za-z0-9']+", text)
    if typ in ("CARD_NUMBER", "CVV", "PHONE"):
        try:
            norm(text, strict=True)
        except ValueError as e:
            fail(cid, "%s %r: %s" % (typ, text, e))
    if typ == "CVV":
        if len(norm(text)) not in (3, 4):
            fail(cid, "CVV %r" % text)
    elif typ == "EXPIRY":
        if not expiry_ok(text):
            fail(cid, "EXPIRY %r" % text)
    elif typ == "POSTCODE":
        try:
            ok = postcode_ok(text)
        except ValueError:
            ok = False
        if not ok:
            fail(cid, "POSTCODE %r" % text)
    elif typ == "EMAIL":
        if "@" in text:
            if style == "asr" or not EMAIL_RE.match(text):
                fail(cid, "EMAIL %r" % text)
        elif not (" at " in low and " dot " in low):
            fail(cid, "EMAIL %r" % text)
    elif typ == "ADDRESS":
        if not first_is_number(words):
            fail(cid, "ADDRESS does not start with a number: %r" % text)
        if not any(w.lower().strip("'") in STREET_WORDS for w in words):
            fail(cid, "ADDRESS without a street word: %r" % text)
    elif typ == "NAME":
        if re.search(r"\d", text) or (words and words[0].lower().rstrip(".") in TITLES):
            fail(cid, "NAME %r" % text)
    elif typ == "DOB":
        if not (MONTH_RE.search(text) or len(norm(text)) >= 4):
            fail(cid, "DOB %r" % text)
    elif typ == "ACCOUNT_NUMBER":
        if not norm(text, letters=True) or not re.search(r"\d", norm(text, letters=True)):
            fail(cid, "ACCOUNT_NUMBER without digits %r" % text)


def is_boundary(text, i):
    return i <= 0 or i >= len(text) or not (text[i - 1].isalnum() and text[i].isalnum())


def parse_utt(cid, marked):
    parts = []
    spans = []
    last = 0
    length = 0
    for m in MARK_RE.finditer(marked):
        pre = marked[last:m.start()]
        parts.append(pre)
        length += len(pre)
        if m.group(1) is not None:
            typ, grp, flag, val = m.group(1), m.group(2), m.group(3), m.group(4)
            if typ not in PII_TYPES:
                fail(cid, "unknown type %s" % typ)
            if flag is not None and flag not in FLAGS:
                fail(cid, "unknown flag %s" % flag)
            spans.append({"pii": True, "type": typ, "grp": grp, "flag": flag,
                          "start": length, "end": length + len(val)})
        else:
            kind, val = m.group(5), m.group(6)
            if kind not in KEEP_KINDS:
                fail(cid, "unknown keep kind %s" % kind)
            spans.append({"pii": False, "kind": kind, "start": length,
                          "end": length + len(val)})
        parts.append(val)
        length += len(val)
        last = m.end()
    parts.append(marked[last:])
    text = "".join(parts)
    for bad in ("[[", "]]", "((", "))"):
        if bad in text:
            fail(cid, "markup left in %r" % text)
    return text, spans


def build_case(idx, style, lines):
    cid = "%s-%03d" % (PREFIX, idx)
    if style not in ("asr", "transcript"):
        fail(cid, "style")
    utts = []
    allspans = []
    for ui, (spk, marked) in enumerate(lines):
        if spk not in SPEAKERS:
            fail(cid, "speaker %r" % spk)
        text, spans = parse_utt(cid, marked)
        if not text.strip() or text != text.strip() or "  " in text:
            fail(cid, "spacing in %r" % text)
        if style == "asr":
            if text != text.lower() or re.search(r"[,.;:!?@\"$\u00a3\u20ac%]", text):
                fail(cid, "asr utterance not lower case / has punctuation: %r" % text)
        else:
            if text[0].islower():
                fail(cid, "transcript utterance starts lower case: %r" % text)
        utts.append({"speaker": SPEAKERS[spk], "text": text})
        for s in spans:
            s["utt"] = ui
            allspans.append(s)
    # group names in order of first appearance
    allspans.sort(key=lambda s: (s["utt"], s["start"]))
    gmap = {}
    n = 0
    for s in allspans:
        if not s["pii"]:
            continue
        if s["grp"] is None:
            n += 1
            s["g"] = "g%d" % n
        else:
            if s["grp"] not in gmap:
                n += 1
                gmap[s["grp"]] = "g%d" % n
            s["g"] = gmap[s["grp"]]
    pii = [{"utterance": s["utt"], "start": s["start"], "end": s["end"], "type": s["type"],
            "group": s["g"]} for s in allspans if s["pii"]]
    keep = [{"utterance": s["utt"], "start": s["start"], "end": s["end"], "kind": s["kind"]}
            for s in allspans if not s["pii"]]
    case = {"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep}
    validate_case(case, allspans)
    return case


def validate_case(case, allspans):
    cid = case["case_id"]
    utts = case["utterances"]
    style = case["style"]
    by_utt = {}
    for s in allspans:
        by_utt.setdefault(s["utt"], []).append(s)
        text = utts[s["utt"]]["text"]
        a, b = s["start"], s["end"]
        val = text[a:b]
        if not (0 <= a < b <= len(text)):
            fail(cid, "span outside text")
        if val[0] in EDGE_BAD:
            fail(cid, "span starts with %r: %r" % (val[0], val))
        if val[-1] in EDGE_BAD and not (val.endswith("a.m.") or val.endswith("p.m.")):
            fail(cid, "span ends with %r: %r" % (val[-1], val))
        if not is_boundary(text, a) or not is_boundary(text, b):
            fail(cid, "span inside a word: %r in %r" % (val, text))
        s["val"] = val
        if s["pii"]:
            check_value(cid, s["type"], val, style)
    # overlaps
    for u, spans in by_utt.items():
        spans = sorted(spans, key=lambda s: s["start"])
        for x, y in zip(spans, spans[1:]):
            if y["start"] < x["end"]:
                fail(cid, "overlap in utterance %d" % u)
    # groups: cards, SSNs, phones joined
    groups = {}
    for s in allspans:
        if s["pii"]:
            groups.setdefault(s["g"], []).append(s)
    for gname, spans in groups.items():
        types = {s["type"] for s in spans}
        if len(types) != 1:
            fail(cid, "group %s mixes types" % gname)
        typ = spans[0]["type"]
        flags = {s["flag"] for s in spans}
        part = "part" in flags
        if part and flags - {"part"}:
            fail(cid, "group %s mixes part with other flags" % gname)
        used = [s for s in spans if s["flag"] not in ("x", "ext")]
        if typ == "CARD_NUMBER":
            d = "".join(norm(s["val"]) for s in used)
            if part:
                if not 2 <= len(d) <= 14:
                    fail(cid, "partial card group %s has %d digits" % (gname, len(d)))
            else:
                if len(d) == 15 and d[:2] in ("34", "37") and luhn_ok(d):
                    pass
                elif len(d) == 16 and d[0] in "2456" and luhn_ok(d):
                    pass
                else:
                    fail(cid, "card group %s = %s" % (gname, d))
        elif typ == "SSN":
            d = "".join(norm(s["val"], letters=True) for s in used).upper()
            if part:
                if not (len(d) == 4 and d.isdigit()):
                    fail(cid, "partial SSN group %s = %s" % (gname, d))
            elif not (ssn_shape(d) or NI_RE.match(d) or PPS_RE.match(d)):
                fail(cid, "SSN group %s = %s" % (gname, d))
        elif typ == "PHONE":
            d = "".join(norm(s["val"]) for s in used)
            if part:
                if len(d) != 4:
                    fail(cid, "partial phone group %s = %s" % (gname, d))
            elif not phone_shape(d):
                fail(cid, "phone group %s = %s" % (gname, d))
        elif part or "x" in flags or "ext" in flags:
            fail(cid, "flag on %s group %s" % (typ, gname))
    # digits, digit words, look-alikes
    for ui, u in enumerate(utts):
        text = u["text"]
        spans = by_utt.get(ui, [])
        covered = [False] * len(text)
        for s in spans:
            for i in range(s["start"], s["end"]):
                covered[i] = True
        for i, c in enumerate(text):
            if c.isdigit() and not covered[i]:
                fail(cid, "digit outside a span in %r" % text)
        # a span stands for a word that is not a number word
        pieces = []
        prev = 0
        for s in sorted(spans, key=lambda s: s["start"]):
            pieces.append(text[prev:s["start"]])
            pieces.append(" SPAN ")
            prev = s["end"]
        pieces.append(text[prev:])
        run = 0
        for w in re.findall(r"[A-Za-z']+", "".join(pieces)):
            if w.lower() in NUMBER_WORDS:
                run += 1
                if run >= 4:
                    fail(cid, "run of digit words outside spans in %r" % text)
            else:
                run = 0
        pii_d = [norm(s["val"]) for s in spans if s["pii"]]
        for s in spans:
            if s["pii"]:
                continue
            kd = norm(s["val"])
            if 13 <= len(kd) <= 19 and luhn_ok(kd):
                fail(cid, "look-alike passes Luhn: %r" % s["val"])
            for pd in pii_d:
                if not pd or not kd:
                    continue
                if kd == pd or (len(pd) >= 4 and pd in kd) or (len(kd) >= 4 and kd in pd):
                    fail(cid, "look-alike %r holds pii digits in %r" % (s["val"], text))
    # name words never left unlabelled in the case
    name_words = set()
    for s in allspans:
        if s["pii"] and s["type"] == "NAME":
            for w in re.findall(r"[A-Za-z\u00c0-\u024f']+", s["val"]):
                if len(w) > 1:
                    name_words.add(w.lower())
    for ui, u in enumerate(utts):
        text = u["text"]
        spans = [s for s in by_utt.get(ui, []) if s["pii"]]
        outside = list(text)
        for s in spans:
            for i in range(s["start"], s["end"]):
                outside[i] = " "
        for w in re.findall(r"[A-Za-z\u00c0-\u024f']+", "".join(outside)):
            if w.lower() in name_words:
                fail(cid, "name word %r left unlabelled in %r" % (w, text))


def street_key(val):
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", val)]
    for i, w in enumerate(words):
        if w in STREET_WORDS and i > 0:
            j = i - 1
            while j >= 0 and (words[j] in NUMBER_WORDS or len(words[j]) == 1):
                j -= 1
            if j >= 0:
                return words[j] + " " + w
    return None


def word_key(text, spans):
    pieces = []
    prev = 0
    for s in sorted(spans, key=lambda s: s["start"]):
        pieces.append(text[prev:s["start"]])
        pieces.append(" X ")
        prev = s["end"]
    pieces.append(text[prev:])
    return re.findall(r"[a-z0-9']+", "".join(pieces).lower())


def build_all():
    cases = []
    for idx, (style, fn) in enumerate(CASES, 1):
        lines = fn()
        cases.append(build_case(idx, style, lines))
    # across cases: e-mails, streets, long utterances
    seen_email = {}
    seen_street = {}
    seen_utt = {}
    for c in cases:
        cid = c["case_id"]
        for p in c["pii"]:
            val = c["utterances"][p["utterance"]]["text"][p["start"]:p["end"]]
            if p["type"] == "EMAIL":
                key = re.sub(r"[^a-z0-9]", "", val.lower().replace(" at ", "@")
                             .replace(" dot ", "."))
                if seen_email.get(key, cid) != cid:
                    fail(cid, "e-mail also in %s" % seen_email[key])
                seen_email[key] = cid
            if p["type"] == "ADDRESS":
                key = street_key(val)
                if key and seen_street.get(key, cid) != cid:
                    fail(cid, "street %r also in %s" % (key, seen_street[key]))
                if key:
                    seen_street[key] = cid
        for ui, u in enumerate(c["utterances"]):
            spans = [s for s in c["pii"] + c["keep"] if s["utterance"] == ui]
            words = word_key(u["text"], spans)
            if len(words) >= 9:
                key = " ".join(words)
                if seen_utt.get(key, cid) != cid:
                    fail(cid, "utterance also in %s: %r" % (seen_utt[key], u["text"]))
                seen_utt[key] = cid
    return cases


def counts(cases):
    pii = {t: 0 for t in PII_TYPES}
    keep = {k: 0 for k in KEEP_KINDS}
    n_utt = 0
    plain = 0
    ivr = 0
    style_utts = {"asr": 0, "transcript": 0}
    for c in cases:
        n_utt += len(c["utterances"])
        style_utts[c["style"]] += len(c["utterances"])
        if any(u["speaker"] == "ivr" for u in c["utterances"]):
            ivr += 1
        with_pii = {p["utterance"] for p in c["pii"]}
        plain += len(c["utterances"]) - len(with_pii)
        for p in c["pii"]:
            pii[p["type"]] += 1
        for k in c["keep"]:
            keep[k["kind"]] += 1
    return {"pii": pii, "keep": keep, "cases": len(cases), "utterances": n_utt,
            "plain": plain, "ivr": ivr, "style_utts": style_utts}


def check_minimums(ct):
    problems = []
    for t, m in MINIMUM.items():
        if ct["pii"][t] < m:
            problems.append("%s: %d < %d" % (t, ct["pii"][t], m))
    if ct["cases"] < MIN_CASES:
        problems.append("cases: %d < %d" % (ct["cases"], MIN_CASES))
    if ct["utterances"] < MIN_UTTS:
        problems.append("utterances: %d < %d" % (ct["utterances"], MIN_UTTS))
    if ct["plain"] < MIN_PLAIN:
        problems.append("utterances without pii: %d < %d" % (ct["plain"], MIN_PLAIN))
    if sum(ct["keep"].values()) < MIN_KEEP:
        problems.append("keep spans: %d < %d" % (sum(ct["keep"].values()), MIN_KEEP))
    for k in KEEP_KINDS:
        if ct["keep"][k] < 1:
            problems.append("no keep span of kind %s" % k)
    if ct["ivr"] < MIN_IVR:
        problems.append("IVR cases: %d < %d" % (ct["ivr"], MIN_IVR))
    for st, n in ct["style_utts"].items():
        if ct["utterances"] and n / ct["utterances"] < MIN_STYLE_SHARE:
            problems.append("style %s: %.3f of utterances" % (st, n / ct["utterances"]))
    return problems


def print_counts(ct):
    print("pii spans per type:")
    for t in PII_TYPES:
        print("  %-15s %4d  (min %d)" % (t, ct["pii"][t], MINIMUM[t]))
    print("  %-15s %4d" % ("total", sum(ct["pii"].values())))
    print("cases: %d" % ct["cases"])
    print("utterances: %d" % ct["utterances"])
    print("utterances without pii: %d" % ct["plain"])
    print("keep spans per kind:")
    for k in KEEP_KINDS:
        print("  %-15s %4d" % (k, ct["keep"][k]))
    print("  %-15s %4d" % ("total", sum(ct["keep"].values())))
    print("IVR cases: %d" % ct["ivr"])
    for st in ("transcript", "asr"):
        n = ct["style_utts"][st]
        print("style %-10s %4d utterances (%.1f%%)" % (st, n, 100.0 * n / max(1, ct["utterances"])))


def main(argv):
    check_only = "--check" in argv
    try:
        cases = build_all()
    except Bad as e:
        print("validation failed: %s" % e, file=sys.stderr)
        return 1
    ct = counts(cases)
    print_counts(ct)
    problems = check_minimums(ct)
    if problems:
        for p in problems:
            print("minimum not met: %s" % p, file=sys.stderr)
        return 1
    if check_only:
        print("checked; nothing written (--check)")
        return 0
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=True) + "\n")
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
