#!/usr/bin/env python3
"""Write dev33.jsonl, a redaction development set (case ids t29-001 ...) leaning on identity checks.

Written as the held-out set test29.jsonl, measured once with the thirty-first round's code, then
renamed dev33 and tuned on in the thirty-second round.

What the set leans on
---------------------
Identity checks in industries earlier sets did not cover: tax and benefits agencies, payroll and
HR helplines, pension and annuity providers, student loans, bank account opening and KYC, credit
reference agencies, identity-theft and fraud victims' lines, vehicle licensing, visa and
residence permits, court and jury services, and utilities' priority registers. Callers come from
the US, UK, Ireland, Canada, Australia, New Zealand, South Africa and India. The hard shapes are
the eight countries' national identifiers (SSN, NI number, PPS, SIN, TFN, IRD, South African ID,
Aadhaar, PAN) said in groups, in pieces over turns, with fillers inside, with letters spelled or
in the phonetic alphabet, corrected, read back, last digits only, and two people's ids in one
call; reference, employee, student, case, licence and permit numbers with letters and digits;
dates of birth, addresses, postcodes, phones, e-mails and names as identity checks ask for them;
some card payments (fees, fines) with codes and expiries; about two thirds of the cases in the
recogniser's style (digits in odd groups, "double"/"triple", pairs such as "forty one",
"forty seven hundred", fillers inside values); look-alikes beside real values (tax years,
amounts, percentages, dates, counts, durations, times, form codes such as "P60" and section
numbers) and ordinary utterances that only sound like data.

Conversations are assembled from hand-written lines (per industry and per identity-check step)
with inline markup; every number comes from the one seeded random.Random below and is rendered in
the case's style. Markup: [[TYPE:text]] a pii value in one piece (its own group);
[[TYPE#tag:text]] a piece of a value (same tag in a case = same group); [[TYPE@sub...:text]]
names the identifier's scheme for the validator only (us, ni, pps, sin, tfn, ird, za, aadhaar,
pan, last; zip, uk, eir, ca, au, nz, zaf, pin); a "!" after the tag ([[CARD_NUMBER#v3!:...]])
marks a corrected wrong piece: it stays in the value's group but is left out of the group's
checksum/shape check. ((kind:text)) is a keep span.

Labelling choices (where the README is silent or earlier sets differ)
--------------------------------------------------------------------
- NI number, PPS, SIN, TFN, IRD, South African ID, Aadhaar and PAN are SSN; Eircodes, Canadian,
  Australian, New Zealand and South African postcodes and Indian PIN codes are POSTCODE.
- A last four (or last digits) of any national id, said as such, is SSN (its own group).
- A corrected wrong piece of an id, account number or card stays in the value's group (test28's
  choice); the validator leaves "!"-marked pieces out of the check.
- A whole wrong account/reference number the caller then corrects is labelled, as a group of its
  own (test24's choice), and passes the same checks.
- Keep spans for durations, prices and quantities include their unit ("10 working days",
  "450 kilowatt hours"); counts cover the number only.
- Any read-back by the agent (id, account number, postcode, phone, e-mail, card last four, DOB) is
  a group of its own of the same type.
- A card's last four said by either side is a CARD_NUMBER group of its own.
- A spelled surname is a NAME group of its own; titles (Mr, Mrs, Ms, Dr) and business names stay
  outside; a name inside an e-mail stays in the EMAIL span.
- Employee, student, member, policy, case, juror, application, permit, passport, licence,
  registration-plate, UTR, customer reference, sort code, MPRN and account numbers are
  ACCOUNT_NUMBER (a sort code a group apart from the account number).
- Form codes ("P60", "W-2", "T4", "ITR12"), section numbers, courtroom numbers and ages are
  `other` keep spans (the code only, not the word "form"/"section"); a tax year ("2024-25") is a
  `year`; an IVR's menu option numbers are said as words and left unlabelled.
- Phones are only from the README's fictional ranges: US/Canada 555-01xx (any area code), UK
  07700 900xxx, 020 7946 0xxx, 0161/0113/0117 496 0xxx; callers from Ireland, Australia, New
  Zealand, South Africa and India give a UK mobile in these ranges ("my UK number").
- An ADDRESS covers the street line and the town when it follows in the same breath; the
  postcode is its own span.
- A DOB covers the date only ("born on the" outside).

Validator checks (any failure exits 1 and writes nothing)
--------------------------------------------------------
markup well formed (no stray brackets); offsets match the text; spans non-empty, no leading or
trailing space/punctuation, not starting or ending inside a word; no two spans (pii or keep)
overlap; asr utterances lower case with no digits-only punctuation; card groups: digits 15/16
with a real prefix (Visa 4, Mastercard 51-55/2221-2720, Amex 34/37, Discover 6011/65) and Luhn,
or a last four; CVV 3-4 digits; EXPIRY has a valid month; national ids pass their own checks
(SSN area/group/serial, NI prefix and suffix, PPS mod 23, SIN Luhn, TFN mod 11, IRD mod 11 with
secondary weights, SA ID date and Luhn, Aadhaar Verhoeff, PAN shape); phones in the fictional
ranges; postcodes of the right shape for their country; e-mails typed or spoken ("at"/"dot",
never "@" in asr); ADDRESS starts with a number or flat/unit word and has a street word; NAME
has no digits or titles; no digit outside a span and no run of four or more digit words outside
a span; a look-alike of 13-19 digits fails Luhn and no look-alike holds a pii value's digits in
the same utterance; no e-mail or address value reused across cases; minimum counts of the brief
(cases, utterances, pii-free utterances, keeps and keep kinds, IVR cases, pii per type, asr
share).

    python3 data/redaction/make_dev33.py          # builds, validates, prints counts, writes
    python3 data/redaction/make_dev33.py --check  # builds and validates only
"""
import json
import os
import re
import sys
import random

R = random.Random(29290717)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev33.jsonl")

# ---------------------------------------------------------------- number words
SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
       "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
MONTHS = ("January February March April May June July August September October November "
          "December").split()
PHON = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november "
        "oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu").split()


def nw(n):
    if n < 20:
        return SMALL[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + SMALL[n % 10])
    if n < 1000:
        return SMALL[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + nw(n % 100))
    return nw(n // 1000) + " thousand" + ("" if n % 1000 == 0 else
                                          (" and " if n % 1000 < 100 else " ") + nw(n % 1000))


def ordw(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    t = "twenty" if n < 30 else "thirty"
    return t + " " + ORD[n % 10]


def dword(d):
    if d == "0":
        return R.choice(["oh", "oh", "zero"])
    return SMALL[int(d)]


def say_digits(s, dbl=0.5):
    out, i = [], 0
    while i < len(s):
        if i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and R.random() < 0.4:
            out.append("triple " + dword(s[i])); i += 3
        elif i + 1 < len(s) and s[i] == s[i + 1] and R.random() < dbl:
            out.append("double " + dword(s[i])); i += 2
        else:
            out.append(dword(s[i])); i += 1
    return " ".join(out)


def say_pairs(s):
    out = []
    if len(s) == 4 and s[2:] == "00" and s[0] != "0" and s[1] != "0":
        return nw(int(s[:2])) + " hundred"
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if p == "00":
            out.append("double oh")
        elif p[0] == "0":
            out.append("oh " + SMALL[int(p[1])])
        elif p[0] == "1":
            out.append(SMALL[int(p)])
        elif p[1] == "0":
            out.append(SMALL[int(p[0])] + " oh")
        else:
            out.append(TENS[int(p[0])] + " " + SMALL[int(p[1])])
    return " ".join(out)


def odd_groups(s):
    out, i = [], 0
    while i < len(s):
        k = R.choice([2, 3, 3, 4, 5])
        out.append(s[i:i + k]); i += k
    return " ".join(out)


def asr_num(s, allow_raw=True):
    """A digit string in the recogniser's style."""
    x = R.random()
    if allow_raw and x < 0.15:
        return odd_groups(s)
    if x < 0.4 and len(s) % 2 == 0:
        return say_pairs(s)
    return say_digits(s)


def say_chars(s, phon=False):
    """Mixed letters and digits in asr: letters one by one (or phonetic), digits as words."""
    out = []
    for run in re.findall(r"[A-Z]+|[0-9]+", s.upper()):
        if run.isdigit():
            out.append(asr_num(run, allow_raw=False) if len(run) > 1 else dword(run))
        else:
            out.extend(PHON[ord(c) - 65] if phon else c.lower() for c in run)
    return " ".join(out)


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- national ids
NI_A = "ABCEGHJKLMNOPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def pps_letter(d7, second=""):
    tot = sum(int(c) * w for c, w in zip(d7, range(8, 1, -1)))
    if second:
        tot += 9 * (0 if second == "W" else ord(second) - 64)
    r = tot % 23
    return "W" if r == 0 else chr(64 + r)


def ird_check(base8):
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(c) * k for c, k in zip(base8, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return str(c)
    return None


def gen_id(kind, person):
    while True:
        if kind == "us":
            a = R.randint(1, 665)
            if a == 666:
                continue
            return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
        if kind == "ni":
            p = R.choice(NI_A) + R.choice(NI_B)
            if p in NI_BAD:
                continue
            return p + rd(6) + R.choice("ABCD")
        if kind == "pps":
            d = rd(7)
            sec = R.choice(["", "", "A"])
            return d + pps_letter(d, sec) + sec
        if kind == "sin":
            b = R.choice("1234567") + rd(7)
            return b + luhn_digit(b)
        if kind == "tfn":
            b = rd(8)
            s = sum(int(c) * w for c, w in zip(b, [1, 4, 3, 7, 5, 8, 6, 9]))
            d = s % 11
            if d == 10 or b[0] == "0":
                continue
            return b + str(d)
        if kind == "ird":
            if R.random() < 0.5:
                base = str(R.randint(1000000, 9999999)); b8 = "0" + base
            else:
                base = str(R.randint(10000000, 14999999)); b8 = base
            c = ird_check(b8)
            if c is None:
                continue
            return base + c
        if kind == "za":
            y, m, d = person["dob"]
            b = "%02d%02d%02d" % (y % 100, m, d) + "%04d" % R.randint(0, 9999) + "08"
            return b + luhn_digit(b)
        if kind == "aadhaar":
            b = R.choice("23456789") + rd(10)
            return b + verhoeff_digit(b)
        if kind == "pan":
            return ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "P" +
                    person["last"][0].upper() + rd(4) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))


def id_ok(kind, s):
    if kind == "last":
        return bool(re.fullmatch(r"\d{3,4}", s))
    if kind == "us":
        return (bool(re.fullmatch(r"\d{9}", s)) and 1 <= int(s[:3]) <= 665 and s[3:5] != "00"
                and s[5:] != "0000")
    if kind == "ni":
        return bool(re.fullmatch(r"[%s][%s]\d{6}[A-D]" % (NI_A, NI_B), s)) and s[:2] not in NI_BAD
    if kind == "pps":
        m = re.fullmatch(r"(\d{7})([A-W])([AW]?)", s)
        return bool(m) and pps_letter(m.group(1), m.group(3)) == m.group(2)
    if kind == "sin":
        return bool(re.fullmatch(r"[1-7]\d{8}", s)) and luhn_ok(s)
    if kind == "tfn":
        return (bool(re.fullmatch(r"\d{9}", s)) and
                sum(int(c) * w for c, w in zip(s, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0)
    if kind == "ird":
        if not re.fullmatch(r"\d{8,9}", s) or not 10000000 <= int(s) <= 150000000:
            return False
        return ird_check(s[:-1].zfill(8)) == s[-1]
    if kind == "za":
        if not re.fullmatch(r"\d{13}", s) or s[10] not in "01" or not luhn_ok(s):
            return False
        return 1 <= int(s[2:4]) <= 12 and 1 <= int(s[4:6]) <= 31
    if kind == "aadhaar":
        return bool(re.fullmatch(r"[2-9]\d{11}", s)) and verhoeff_ok(s)
    if kind == "pan":
        return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s))
    return False


ID_GROUPS = {"us": [3, 2, 4], "ni": [2, 2, 2, 2, 1], "pps": [7, 2], "sin": [3, 3, 3],
             "tfn": [3, 3, 3], "ird": [3, 3, 3], "za": [6, 4, 3], "aadhaar": [4, 4, 4],
             "pan": [5, 4, 1]}
ID_LABEL = {"us": ["social security number", "social"], "ni": ["national insurance number", "NI number"],
            "pps": ["PPS number", "PPSN"], "sin": ["social insurance number", "SIN"],
            "tfn": ["tax file number", "TFN"], "ird": ["IRD number", "IRD number"],
            "za": ["ID number", "identity number"], "aadhaar": ["Aadhaar number", "Aadhaar"],
            "pan": ["PAN", "PAN card number"]}


def chunks(s, sizes):
    out, i = [], 0
    for k in sizes:
        if i < len(s):
            out.append(s[i:i + k]); i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def id_chunks(kind, s):
    sizes = ID_GROUPS[kind]
    if kind == "ird" and len(s) == 8:
        sizes = [2, 3, 3]
    return chunks(s, sizes)


# ---------------------------------------------------------------- hand-written people and places
FIRST = {
    "US": "Delphine Marcus Rosalind Tobias Jolene Everett Winona Desmond Harriet Leland Corinne Abner Maribel Thaddeus Lucinda Roscoe".split(),
    "UK": "Imogen Rupert Phoebe Alistair Tamsin Gareth Morwenna Ffion Hamish Rosamund Bartholomew Cressida Dafydd Leticia".split(),
    "IE": "Aoife Cathal Siobhan Donnacha Clodagh Fiachra Grainne Ruairi Saoirse Tadhg Orla Colm".split(),
    "CA": "Genevieve Mathieu Chantal Olivier Brielle Teagan Anouk Remi Nadia Callum".split(),
    "AU": "Lachlan Matilda Bronte Jarrah Banjo Sienna Darcy Kirra Angus Tahlia".split(),
    "NZ": "Mereana Tane Aroha Wiremu Ngaio Rawiri Kahu Hinemoa Brodie Fergus".split(),
    "ZA": "Thandeka Sipho Nomvula Pieter Lerato Johannes Zanele Kagiso Annelie Themba".split(),
    "IN": "Ananya Rohan Deepika Arjun Kavitha Siddharth Meenakshi Vikram Lakshmi Harish".split(),
}
LAST = {
    "US": "Hollister Barrowman Quintero Castellanos Drummond Fairweather Kowalczyk Ashby Lindqvist Pemberton Yarbrough Delacroix Whitlock Oyelaran".split(),
    "UK": "Ashworth Pennington Cartwright Thistlewood Oduya Braithwaite Harcourt Llewellyn Featherstone Mallinson Kirkbride Rowntree".split(),
    "IE": "Breathnach Culligan Fennelly Geraghty Hennessy Kinsella Moynihan Lenihan Tierney Scanlon".split(),
    "CA": "Tremblay Gagnon Bouchard Lachance Desrosiers MacIsaac Okpara Villeneuve Charbonneau Pelletier".split(),
    "AU": "Fitzsimmons Kovacevic Tranter Woolcott Papadakis Blackwood Henwood Carmody Strachan Lowrie".split(),
    "NZ": "Tuhiwai Paewai Whaanga McKechnie Pomare Tawhiri Harawira Gillespie Ormsby Te Aho".split(","),
    "ZA": "Mahlangu Dlamini Botha Nkosi Mokoena Pretorius Khumalo Venter Molefe Ndlovu".split(),
    "IN": "Raghavan Chatterjee Iyer Deshpande Menon Banerjee Kulkarni Subramanian Bhattacharya Reddy".split(),
}
LAST["NZ"] = "Tuhiwai Paewai Whaanga McKechnie Pomare Tawhiri Harawira Gillespie Ormsby Rangiwai".split()
AGENTS = ("Bettina Oswin Marguerite Ignatius Philippa Ezekiel Rosalie Anselm Tabitha Leopold "
          "Henrietta Caspian Juniper Florian Odile Barnaby Clementine Horatio Saffron Evander "
          "Wilhelmina Cosimo Perpetua Ambrose Petronella Lysander").split()
STREETS = {
    "US": [("Quarry Ridge Road", "Dayton", "454"), ("Bellflower Court", "Tacoma", "984"),
           ("Tamarack Lane", "Boise", "837"), ("Old Mill Pike", "Savannah", "314"),
           ("Harrowgate Drive", "Omaha", "681"), ("Sycamore Bend Road", "Albany", "122"),
           ("Pickett Street", "Tucson", "857"), ("Wyandotte Avenue", "Lexington", "405"),
           ("Foxhollow Circle", "Madison", "537"), ("Chickasaw Trail", "Knoxville", "379"),
           ("Persimmon Way", "Raleigh", "276"), ("Gristmill Lane", "Dover", "199")],
    "UK": [("Wrenfield Close", "Harrogate", "HG2"), ("Tannery Row", "Kendal", "LA9"),
           ("Mossgiel Crescent", "Kilmarnock", "KA1"), ("Penllyn Road", "Bangor", "LL57"),
           ("Cobbold Street", "Ipswich", "IP4"), ("Saltire Gardens", "Dunfermline", "KY11"),
           ("Furnace Lane", "Rotherham", "S60"), ("Ebury Mews", "Cheltenham", "GL50"),
           ("Pilgrims Way", "Canterbury", "CT1"), ("Ropewalk Terrace", "Whitby", "YO21"),
           ("Lavender Hill Close", "Taunton", "TA1"), ("Kiln Brae", "Dumfries", "DG1")],
    "IE": [("Ballymore Road", "Mullingar", "N91"), ("Kilcrea Park", "Cork", "T12"),
           ("Ardnacrusha Drive", "Limerick", "V94"), ("Tobermore Lawn", "Galway", "H91"),
           ("Fanad View", "Letterkenny", "F92"), ("Clonard Avenue", "Navan", "C15"),
           ("Slievenamon Road", "Clonmel", "E91"), ("Barrack Street", "Tralee", "V92"),
           ("Glasheen Grove", "Sligo", "F91"), ("Seafield Crescent", "Wexford", "Y35")],
    "CA": [("Rue Des Erables", "Montreal", "H"), ("Maple Bluff Road", "Calgary", "T"),
           ("Kinsmen Crescent", "Saskatoon", "S"), ("Dunvegan Road", "Toronto", "M"),
           ("Harbourview Drive", "Halifax", "B"), ("Lonsdale Avenue", "North Vancouver", "V"),
           ("Carling Heights Way", "Ottawa", "K"), ("Birchcliff Way", "Winnipeg", "R"),
           ("Moraine Drive", "Edmonton", "T"), ("Tamarind Court", "Regina", "S")],
    "AU": [("Wattle Grove", "Parramatta", "21"), ("Banksia Parade", "Geelong", "32"),
           ("Jacaranda Street", "Toowoomba", "43"), ("Lorikeet Close", "Bunbury", "62"),
           ("Coolabah Road", "Dubbo", "28"), ("Grevillea Way", "Ballarat", "33"),
           ("Kurrajong Avenue", "Cairns", "48"), ("Bottlebrush Lane", "Mount Gambier", "52"),
           ("Myall Street", "Wagga Wagga", "26"), ("Brolga Crescent", "Bendigo", "35")],
    "NZ": [("Kowhai Crescent", "Whangarei", "01"), ("Rimu Street", "Palmerston North", "44"),
           ("Totara Drive", "Hamilton", "32"), ("Pohutukawa Place", "Tauranga", "31"),
           ("Matai Road", "Nelson", "70"), ("Karaka Lane", "Dunedin", "90"),
           ("Harakeke Street", "Christchurch", "80"), ("Manuka Terrace", "Napier", "41"),
           ("Kauri Rise", "Wellington", "60"), ("Tui Glen Road", "Rotorua", "30")],
    "ZA": [("Protea Road", "Pietermaritzburg", "32"), ("Marula Street", "Polokwane", "06"),
           ("Fynbos Crescent", "Stellenbosch", "76"), ("Umdoni Drive", "Durban", "40"),
           ("Vlei Street", "Bloemfontein", "93"), ("Baobab Avenue", "Mbombela", "12"),
           ("Suikerbos Road", "Pretoria", "01"), ("Bokmakierie Lane", "George", "65"),
           ("Acacia Close", "Gqeberha", "60"), ("Kiaat Way", "Rustenburg", "03")],
    "IN": [("Gulmohar Lane", "Bengaluru", "560"), ("Nehru Cross Road", "Chennai", "600"),
           ("Shanti Niketan Marg", "Pune", "411"), ("Sarojini Street", "Hyderabad", "500"),
           ("Lake View Road", "Kolkata", "700"), ("Kailash Colony Road", "Delhi", "110"),
           ("Tilak Path", "Indore", "452"), ("Ashoka Road", "Mysuru", "570"),
           ("Pali Hill Road", "Mumbai", "400"), ("Ranade Marg", "Nagpur", "440")],
}
for _c in STREETS:
    R.shuffle(STREETS[_c])
ALLPRE = {k: list(v) for k, v in STREETS.items()}
DOMAINS = {"US": ["gmail.com", "yahoo.com", "icloud.com", "proton.me"],
           "UK": ["outlook.com", "btinternet.com", "yahoo.co.uk"],
           "IE": ["eircom.net", "gmail.com", "outlook.ie"],
           "CA": ["hotmail.ca", "videotron.ca", "gmail.com"],
           "AU": ["bigpond.com", "optusnet.com.au", "gmail.com"],
           "NZ": ["xtra.co.nz", "slingshot.co.nz", "gmail.com"],
           "ZA": ["telkomsa.net", "mweb.co.za", "gmail.com"],
           "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"]}
COUNTRY_IDS = {"US": ["us"], "UK": ["ni"], "IE": ["pps"], "CA": ["sin"], "AU": ["tfn"],
               "NZ": ["ird"], "ZA": ["za"], "IN": ["aadhaar", "pan"]}
CUR = {"US": ("$", "dollars"), "UK": ("£", "pounds"), "IE": ("€", "euro"), "CA": ("$", "dollars"),
       "AU": ("$", "dollars"), "NZ": ("$", "dollars"), "ZA": ("R", "rand"), "IN": ("Rs ", "rupees")}
USED_NAMES = set()


def person(country):
    for _ in range(200):
        f, l = R.choice(FIRST[country]), R.choice(LAST[country])
        if (f, l) not in USED_NAMES:
            USED_NAMES.add((f, l)); break
    y = R.randint(1941, 2005); m = R.randint(1, 12); d = R.randint(1, 28)
    p = {"first": f, "last": l, "country": country, "dob": (y, m, d)}
    p["ids"] = {k: gen_id(k, p) for k in COUNTRY_IDS[country]}
    return p


def take_address(country):
    street, town, pre = STREETS[country].pop()
    return street, town, pre


# ---------------------------------------------------------------- renderers
class Case:
    def __init__(self, style, country, industry):
        self.style, self.country, self.ind = style, country, industry
        self.utts, self.n = [], 0
        self.asr = style == "asr"

    def tag(self):
        self.n += 1
        return "v%d" % self.n

    def a(self, t):
        self.utts.append(["agent", t])

    def c(self, t):
        self.utts.append(["customer", t])

    def i(self, t):
        self.utts.append(["ivr", t])


def P(typ, text, tag=None, sub=None, wrong=False):
    head = typ + ("@" + sub if sub else "") + ("#" + tag if tag else "") + ("!" if wrong else "")
    return "[[%s:%s]]" % (head, text)


def K(kind, text):
    return "((%s:%s))" % (kind, text)


def fill():
    return R.choice(["um", "uh", "er", "um sorry", "uh hang on"])


def r_id(cs, kind, s, phon=False):
    """Rendered chunks of a national id."""
    ch = id_chunks(kind, s)
    if not cs.asr:
        return ch
    return [say_chars(c, phon) if re.search(r"[A-Z]", c) else asr_num(c) for c in ch]


def join_t(cs, parts, kind=None):
    if cs.asr:
        return " ".join(parts)
    if kind == "us":
        return "-".join(parts)
    if kind in ("pps", "pan"):
        return "".join(parts) if R.random() < 0.6 else " ".join(parts)
    return " ".join(parts)


def r_dob(cs, dob):
    y, m, d = dob
    if cs.asr:
        yw = ("nineteen " + nw(y % 100)) if y < 2000 else nw(y)
        if y < 2000 and y % 100 < 10:
            yw = "nineteen oh " + SMALL[y % 10]
        f = R.choice(["dmy", "mdy", "num"])
        if f == "dmy":
            return "%s of %s %s" % (ordw(d), MONTHS[m - 1].lower(), yw)
        if f == "mdy":
            return "%s %s %s" % (MONTHS[m - 1].lower(), ordw(d), yw)
        return "%s %s %s" % (say_pairs("%02d" % d), say_pairs("%02d" % m), yw)
    f = R.choice(["long", "num"])
    if f == "long":
        if cs.country in ("US", "CA"):
            return "%s %d, %d" % (MONTHS[m - 1], d, y)
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if cs.country == "US":
        return "%02d/%02d/%d" % (m, d, y)
    return "%02d/%02d/%d" % (d, m, y)


def r_postcode(cs, country, pre):
    L = "ABCEGHJLNPRSTVWXYZ"
    if country == "US":
        s = pre + rd(2); sub = "zip"
    elif country == "UK":
        s = pre + " " + R.choice("123456789") + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ"); sub = "uk"
    elif country == "IE":
        s = pre + " " + "".join(R.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(4)); sub = "eir"
    elif country == "CA":
        s = pre + R.choice("123456789") + R.choice(L) + " " + R.choice("0123456789") + R.choice(L) + R.choice("0123456789"); sub = "ca"
    elif country == "AU":
        s = pre + rd(2); sub = "au"
    elif country == "NZ":
        s = pre + rd(2); sub = "nz"
    elif country == "ZA":
        s = pre + rd(2); sub = "zaf"
    else:
        s = pre + R.choice("0123") + rd(2); sub = "pin"
    return s, sub


def say_pc(cs, s):
    if not cs.asr:
        return s
    if re.fullmatch(r"\d+", s):
        return asr_num(s, allow_raw=False)
    return " ".join(say_chars(part, phon=R.random() < 0.2) for part in s.split())


def r_house(cs, n):
    if not cs.asr:
        return str(n)
    if 100 <= n < 1000 and n % 100 >= 10 and R.random() < 0.7:
        return SMALL[n // 100] + " " + nw(n % 100)
    return nw(n)


def r_address(cs, street, town, with_town=True):
    n = R.choice([R.randint(1, 40), R.randint(2, 199), R.randint(100, 980)])
    flat = None
    if R.random() < 0.25:
        flat = R.choice(["Flat", "Apartment", "Unit"]) + " " + str(R.randint(1, 24)) + R.choice(["", "B"])
    if cs.asr:
        fl = ""
        if flat:
            w, num = flat.split(" ")
            fl = w.lower() + " " + nw(int(re.sub(r"\D", "", num))) + (" b" if num.endswith("B") else "") + " "
        s = fl + r_house(cs, n) + " " + street.lower() + (" " + town.lower() if with_town else "")
    else:
        s = (flat + ", " if flat else "") + str(n) + " " + street + (", " + town if with_town else "")
    return s


def r_phone(cs, country):
    if country in ("US", "CA"):
        area = R.choice(["312", "614", "503", "919", "416", "604", "613", "720"])
        s = area + "5550" + "1" + rd(2)
        parts = [s[:3], s[3:6], s[6:]]
        t = R.choice(["%s-%s-%s", "%s %s %s", "%s.%s.%s"]) % tuple(parts)
    else:
        kind = R.choice(["m", "m", "l", "g"])
        if kind == "m":
            s = "07700900" + rd(3); parts = [s[:5], s[5:8], s[8:]]; t = "%s %s%s" % tuple(parts)
        elif kind == "l":
            s = "02079460" + rd(3); parts = [s[:3], s[3:7], s[7:]]; t = "%s %s %s" % tuple(parts)
        else:
            s = R.choice(["0161", "0113", "0117"]) + "4960" + rd(3); parts = [s[:4], s[4:7], s[7:]]
            t = "%s %s %s" % tuple(parts)
    if cs.asr:
        parts = [asr_num(p, allow_raw=False) for p in parts]
        t = " ".join(parts)
    return s, t, parts


def email_for(cs, p):
    f, l = p["first"].lower(), p["last"].lower().replace(" ", "")
    dom = R.choice(DOMAINS[p["country"]])
    num = str(R.randint(2, 98)) if R.random() < 0.6 else ""
    shape = R.choice(["f.l", "fl", "f_l", "il", "l.f"])
    user = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "il": f[0] + l,
            "l.f": l + "." + f}[shape] + num
    typed = user + "@" + dom
    if not cs.asr:
        return typed, typed
    said = []
    for piece in re.split(r"([._])", user):
        if piece == ".":
            said.append("dot")
        elif piece == "_":
            said.append("underscore")
        elif piece.isdigit():
            said.append(nw(int(piece)) if R.random() < 0.6 else say_digits(piece))
        elif piece:
            m = re.fullmatch(r"([a-z]+?)(\d*)", piece)
            w = m.group(1)
            if len(w) > 4 and R.random() < 0.3:
                said.append(w + " " + " ".join(w))
            else:
                said.append(w)
            if m.group(2):
                said.append(nw(int(m.group(2))))
    d = dom.replace(".", " dot ")
    return typed, " ".join(said) + " at " + d


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        b = "4" + rd(14)
    elif kind == "mc":
        b = "5" + R.choice("12345") + rd(13)
    elif kind == "mc2":
        b = str(R.randint(2221, 2720)) + rd(11)
    elif kind == "amex":
        b = R.choice(["34", "37"]) + rd(12)
    else:
        b = R.choice(["6011" + rd(11), "65" + rd(13)])
    return b + luhn_digit(b)


def card_ok(s):
    if not luhn_ok(s):
        return False
    if len(s) == 15:
        return s[:2] in ("34", "37")
    if len(s) != 16:
        return False
    return (s[0] == "4" or s[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(s[:4]) <= 2720
            or s.startswith("6011") or s.startswith("65"))


def card_blocks(s):
    return chunks(s, [4, 6, 5]) if len(s) == 15 else chunks(s, [4, 4, 4, 4])


# ---------------------------------------------------------------- keep renderers
def k_price(cs, lo=5, hi=2500, cents=None):
    sym, word = CUR[cs.country]
    n = R.randint(lo, hi)
    c = R.choice([0, 0, 50, 25, 99, 40]) if cents is None else cents
    if cs.asr:
        t = nw(n) + " " + word + (" " + nw(c) if c else "")
    else:
        t = sym + ("{:,}".format(n)) + (".%02d" % c if c else "")
    return K("price", t)


def k_pct(cs):
    n = R.choice([5, 10, 12, 15, 20, 25, 40, 45, 60, 75, 100])
    return K("percentage", (nw(n) + " percent") if cs.asr else "%d%%" % n)


def k_year(cs):
    y = R.randint(2017, 2026)
    return K("year", ("twenty " + nw(y % 100)) if cs.asr else str(y))


def k_taxyear(cs):
    y = R.randint(2018, 2025)
    if cs.asr:
        return K("year", "twenty %s twenty %s" % (nw(y % 100), nw((y + 1) % 100)))
    return K("year", "%d-%02d" % (y, (y + 1) % 100))


def k_date(cs):
    m = R.randint(1, 12); d = R.randint(1, 28)
    if cs.asr:
        return K("date", R.choice(["%s of %s" % (ordw(d), MONTHS[m - 1].lower()),
                                   "%s %s" % (MONTHS[m - 1].lower(), ordw(d))]))
    if cs.country in ("US", "CA"):
        return K("date", "%s %d" % (MONTHS[m - 1], d))
    return K("date", "%d %s" % (d, MONTHS[m - 1]))


def k_time(cs):
    h = R.randint(8, 11) if R.random() < 0.5 else R.randint(1, 5)
    mm = R.choice([0, 0, 15, 30, 45])
    ap = "am" if h >= 8 else "pm"
    if cs.asr:
        return K("time", nw(h) + (" " + nw(mm) if mm else "") + " " + ap)
    return K("time", ("%d:%02d" % (h, mm) if mm else str(h)) + " " + ap)


def k_dur(cs, unit=None):
    if unit == "minutes":
        n = R.choice([5, 10, 15, 20, 25, 40])
    elif unit == "years":
        n = R.choice([2, 5, 6, 7])
    elif unit == "months":
        n = R.choice([3, 6, 12, 18])
    else:
        n = R.choice([3, 5, 6, 8, 10, 12, 14, 20, 28])
        unit = R.choice(["working days", "days", "weeks"])
    return K("duration", (nw(n) if cs.asr else str(n)) + " " + unit)


def k_count(cs, lo=2, hi=12):
    n = R.randint(lo, hi)
    return K("count", nw(n) if cs.asr else str(n))


def k_qty(cs):
    n, unit = R.choice([(R.randint(200, 900), "kilowatt hours"), (R.randint(2, 6), "litres"),
                        (R.randint(3, 40), "kilometres"), (R.randint(2, 15), "kilos")])
    return K("quantity", (nw(n) if cs.asr else str(n)) + " " + unit)


def k_model(cs):
    code = R.choice(["OC", "CPAP", "HD", "SR"]) + "-" + str(R.randint(2, 9)) + str(R.choice([0, 5]))
    if cs.asr:
        a, b = code.split("-")
        return K("model_number", " ".join(a.lower()) + " " + nw(int(b)))
    return K("model_number", code)


def k_flight(cs):
    code, n = R.choice([("EK", R.randint(1, 99)), ("QF", R.randint(1, 99)), ("AI", R.randint(100, 199)),
                        ("NZ", R.randint(1, 9)), ("BA", R.randint(10, 299)), ("SA", R.randint(200, 299))])
    if cs.asr:
        return K("flight_number", " ".join(code.lower()) + " " + (SMALL[n // 100] + " " + nw(n % 100) if n >= 100 else nw(n)))
    return K("flight_number", "%s %d" % (code, n))


def k_other(cs, typed, said):
    return K("other", said if cs.asr else typed)


def k_age(cs):
    n = R.randint(60, 92)
    return K("other", nw(n) if cs.asr else str(n))


FORMS = {
    "US": [("W-2", "w two"), ("1099", "ten ninety nine"), ("W-4", "w four"), ("1040", "ten forty")],
    "UK": [("P60", "p sixty"), ("P45", "p forty five"), ("P800", "p eight hundred"), ("SA302", "s a three oh two")],
    "IE": [("Form 11", "form eleven"), ("P21", "p twenty one"), ("Form 12", "form twelve")],
    "CA": [("T4", "t four"), ("T1", "t one"), ("T2202", "t two two oh two")],
    "AU": [("PAYG", None), ("NAT 2036", "n a t twenty thirty six")],
    "NZ": [("IR3", "i r three"), ("IR330", "i r three thirty")],
    "ZA": [("ITR12", "i t r twelve"), ("IRP5", "i r p five")],
    "IN": [("ITR-1", "i t r one"), ("Form 16", "form sixteen"), ("26AS", "twenty six a s")],
}


def k_form(cs):
    opts = [f for f in FORMS[cs.country] if f[1]]
    typed, said = R.choice(opts)
    if typed.startswith("Form "):
        return "form " + k_other(cs, typed[5:], said[5:]) if cs.asr else "Form " + K("other", typed[5:])
    if typed.startswith("NAT "):
        return ("n a t " + K("other", said[6:])) if cs.asr else "NAT " + K("other", typed[4:])
    return k_other(cs, typed, said)


def k_section(cs):
    n = R.choice([7, 14, 21, 38, 47, 52, 61])
    return "section " + K("other", nw(n) if cs.asr else str(n))


def k_room(cs):
    n = R.randint(2, 18)
    return K("other", nw(n) if cs.asr else str(n))


def k_unit(cs, lo, hi, unit):
    n = R.randint(lo, hi)
    return K("quantity", (nw(n) if cs.asr else "{:,}".format(n)) + " " + unit)


KEEPF = {"KWH": lambda cs: k_unit(cs, 180, 950, "kilowatt hours"), "LIT": lambda cs: k_unit(cs, 1, 6, "litres"),
         "KM": lambda cs: k_unit(cs, 12000, 240000, "kilometres"), "MINS": lambda cs: k_dur(cs, "minutes"), "YRS": lambda cs: k_dur(cs, "years"),
         "MON": lambda cs: k_dur(cs, "months"), "PS": lambda cs: k_price(cs, 5, 300),
         "PL": lambda cs: k_price(cs, 2000, 90000, 0), "P": k_price, "PCT": k_pct, "Y": k_year, "TY": k_taxyear, "D": k_date, "T": k_time,
         "DUR": k_dur, "C": k_count, "Q": k_qty, "M": k_model, "F": k_flight, "FORM": k_form,
         "SEC": k_section, "ROOM": k_room, "AGE": k_age}


def fmt(cs, line):
    return re.sub(r"\{([A-Z]+)\}", lambda m: KEEPF[m.group(1)](cs), line)


# ---------------------------------------------------------------- industries (hand-written talk)
IND = {
    "tax": dict(
        orgs=["the revenue helpline", "the tax and benefits office", "the taxpayer services line"],
        reason=["I got a letter saying I've underpaid tax for {TY} and I don't understand it.",
                "I'm calling about my refund, it's been {DUR} and nothing has come through.",
                "My {FORM} shows a different figure to what you've got on file.",
                "I think my tax code is wrong since I started the second job in {D}."],
        body=["The underpayment is {P} and we can collect it through your tax code next year.",
              "That's the {TY} year, so the deadline for that one has passed I'm afraid.",
              "You were on the emergency rate, which takes {PCT} straight off the top.",
              "Do you still have your {FORM} from the old employer?",
              "The refund goes out within {DUR} once it's approved.",
              "Under {SEC} of the guidance you can claim the uniform allowance of {PS} a year.",
              "You had {C} employments in that year, which is where it's gone wrong.",
              "I've been on the phone since {T} trying to get through.",
              "Honestly I thought the number at the top of the letter was for me to ring back.",
              "It says I owe money but the letter doesn't say for what.",
              "The benefit was paid at {PS} a week from {D}.",
              "We'll send a revised calculation in the post, allow {DUR}."],
        refs=[("unique taxpayer reference", "DDDDD DDDDD"), ("letter reference", "LLDDDDDDD")],
        pay=True),
    "payroll": dict(
        orgs=["the payroll helpdesk", "people services", "the HR shared service centre"],
        reason=["My payslip for {D} is short by {P} and I need it sorted before rent day.",
                "I'm starting on {D} and I haven't been set up on the system yet.",
                "I need a copy of my {FORM} for my mortgage application.",
                "My overtime from last month didn't go through, about {C} shifts."],
        body=["Your contract says {DUR} of notice, so the last pay date would be the end of the month.",
              "The pension deduction is {PCT} of gross, that's why it looks lower.",
              "We run payroll on the {D} cut-off, anything after that rolls into next month.",
              "I worked {C} Saturdays and only {C} show on the slip.",
              "The shift started at {T} but the clock-in machine was down.",
              "The annual leave balance shows {C} days remaining.",
              "The salary sacrifice is {PS} a month for the bike scheme.",
              "Is it the number on my badge you need or the one on the payslip?",
              "My manager said she'd put the form in but I don't think she did.",
              "The back pay goes in the next run, so about {DUR}."],
        refs=[("employee number", "LDDDDDD"), ("HR case number", "DDDDLL"), ("payroll number", "DDDDDDDD")],
        pay=False),
    "pension": dict(
        orgs=["the pensions administration team", "retirement income services", "the annuity helpline"],
        reason=["I turned {AGE} last month and I want to know about taking the lump sum.",
                "My annuity payment didn't arrive on {D}.",
                "I'm calling about my late husband's pension, he passed away in {D}.",
                "I want to transfer the old workplace pension from {Y} into the new one."],
        body=["You can take {PCT} tax free and the rest is paid as income.",
              "The annuity pays {P} a month, escalating by {PCT} each year.",
              "The fund was valued at {PL} on {D}.",
              "Transfers usually take {DUR} once we have the discharge forms.",
              "You've got {C} years of service with the scheme.",
              "Normal retirement age on this scheme is {AGE}.",
              "The statement I got in {Y} said something different.",
              "My daughter usually deals with all this but she's away.",
              "The spouse's pension would be {PCT} of his pension.",
              "I can book a call back for {T} tomorrow if that suits."],
        refs=[("member number", "LLDDDDDDL"), ("policy number", "LLDDDDDDD"), ("scheme reference", "DDDDDDDL")],
        pay=False),
    "studentloan": dict(
        orgs=["student loan repayments", "the student finance line", "loan servicing"],
        reason=["I'm being charged repayments but I earn under the threshold.",
                "I finished my course in {Y} and I want to know when repayments start.",
                "My interest went up to {PCT} and I want to know why.",
                "I moved abroad and need to update my income for the year."],
        body=["The repayment threshold is {PL} a year before tax.",
              "You repay {PCT} of anything over the threshold.",
              "The balance is {PL} including interest to {D}.",
              "It was a {C} year course plus a placement year.",
              "The overseas income assessment takes about {DUR}.",
              "Your next collection is due on {D}.",
              "I was told at orientation the letter would come to my parents.",
              "Can I check the number against the one on my old uni card?",
              "The refund of overpaid repayments is {P}.",
              "Please send us your evidence of income from {TY}."],
        refs=[("customer reference number", "DDDDDDDDDDD"), ("student number", "LDDDDDDD")],
        pay=True),
    "kyc": dict(
        orgs=["new accounts", "the account opening team", "customer verification"],
        reason=["I applied for a current account online and it's stuck on verification.",
                "You've asked me for proof of address but I only moved in on {D}.",
                "I'm opening a joint account with my partner and it failed the check.",
                "The app told me to ring because my document couldn't be read."],
        body=["We need a utility bill or bank statement dated within {DUR}.",
              "The account pays {PCT} on balances up to {P}.",
              "There's a monthly fee of {P} for the premier account.",
              "We tried to verify you at {T} but it timed out.",
              "You can deposit up to {PL} before we need more documents.",
              "I uploaded {C} photos of my passport already.",
              "The branch closes at {T} on Saturdays.",
              "It keeps saying my details don't match but they're the same as on my licence.",
              "Once approved, the debit card arrives in {DUR}."],
        refs=[("application reference", "LLLDDDDDD"), ("sort code", "DD-DD-DD"), ("account number", "DDDDDDDD")],
        pay=False),
    "credit": dict(
        orgs=["the credit reference helpline", "consumer credit files", "the credit report team"],
        reason=["There's a default on my file from {Y} that isn't mine.",
                "My score dropped by about {C} points overnight.",
                "I want to add a notice of correction to my report.",
                "I was refused a phone contract and they said it was my credit file."],
        body=["A default stays on the file for {YRS} from the date it was registered.",
              "The balance showing is {P} with a utilisation of {PCT}.",
              "You have {C} searches on the file in the last year.",
              "The statutory report costs {PS}.",
              "We'll raise a dispute with the lender and they have {DUR} to reply.",
              "The card with the other bank closed in {Y}.",
              "I've never even had an account with that company.",
              "It says there's a linked address I've never lived at.",
              "You can add a short notice of correction in your own words."],
        refs=[("report reference", "DDDDLLDDDD"), ("dispute reference", "LDDDDDDD"), ("account number", "DDDDDDDD")],
        pay=True),
    "fraud": dict(
        orgs=["the identity fraud support line", "victim support for identity theft", "the fraud prevention service"],
        reason=["Someone has opened {C} credit cards in my name.",
                "My wallet was stolen on {D} and there's been a loan taken out since.",
                "I got a text at {T} saying I'd applied for a mortgage, which I haven't.",
                "My tax refund went to an account that isn't mine."],
        body=["We'll place a protective registration on your file for {YRS}.",
              "The loan was for {PL} and was taken out online.",
              "Has anyone had access to your post since {D}?",
              "About {PCT} of the cases we see start with a stolen phone.",
              "The fraudster changed the address on the account at {T} that night.",
              "I've already spoken to {C} different banks today.",
              "I didn't even know you could do that without a signature.",
              "They read out what sounded like my details but I didn't give them anything.",
              "We'll send you a victim pack within {DUR}."],
        refs=[("case number", "LLDDDDDD"), ("account number", "DDDDDDDD")],
        pay=False),
    "vehicle": dict(
        orgs=["vehicle licensing", "the driver and vehicle helpline", "motor registry"],
        reason=["I got a fine for not taxing the car but I sold it on {D}.",
                "My licence expires on {D} and the online renewal keeps failing.",
                "I need to change the address on my licence and the registration.",
                "The new registration certificate hasn't come and it's been {DUR}."],
        body=["The late licensing penalty is {P}, reduced to {P} if paid within {DUR}.",
              "Vehicle tax for that band is {P} a year.",
              "The car is {C} years old so it needs an inspection.",
              "The odometer reading at the last inspection was {KM}.",
              "You were caught doing it at {T} on {D}.",
              "Medical review for over {AGE} drivers takes about {DUR}.",
              "Is that the number on the plate or the one in the logbook?",
              "I've driven the same car since I was at school.",
              "Your photocard will be posted within {DUR}."],
        refs=[("driving licence number", "LLLLLDDDDDDLLDLL"), ("registration", "LLDDLLL"), ("penalty notice number", "LLDDDDDDDD")],
        pay=True),
    "visa": dict(
        orgs=["the visa and residence enquiry line", "immigration services", "the residence permit helpline"],
        reason=["My biometric appointment was cancelled and I fly out on {D}.",
                "I need to extend my residence permit, the current one runs out on {D}.",
                "My application has been pending for {DUR}.",
                "I'm booked on {F} on {D} and the permit still hasn't arrived.",
                "I'm calling about the visa for my mother, she's {AGE}."],
        body=["The application fee is {P} plus the health surcharge of {P} per year.",
              "Processing is usually {DUR} for the standard service.",
              "Your flight is {F} on {D}, is that right?",
              "You need to show funds of {P} held for {DUR}.",
              "The appointment is at {T} at the service centre.",
              "You can stay for up to {C} days while the decision is made.",
              "My lawyer said I shouldn't travel until the card comes.",
              "The letter mentions {SEC}, I don't know what that is.",
              "We have {C} family members on the application."],
        refs=[("application number", "LLLDDDDDDDDD"), ("permit number", "LLDDDDDDD"), ("passport number", "LDDDDDDDD")],
        pay=True),
    "court": dict(
        orgs=["jury central summoning", "the court fines office", "the courts service helpline"],
        reason=["I've been summoned for jury service on {D} but I'm a carer.",
                "I got a fine in the post and I want to pay it.",
                "I need to know which courtroom to go to on {D}.",
                "I'm a witness in a case and they moved the date."],
        body=["You're listed for courtroom {ROOM}, please arrive by {T}.",
              "Jury service usually lasts {DUR}.",
              "The fine is {P} plus a victim surcharge of {PS}.",
              "You can defer once, to a date within {DUR}.",
              "Under {SEC} you can be excused if you're a full-time carer.",
              "You can claim up to {PS} a day for loss of earnings.",
              "I've got {C} kids and nobody to mind them.",
              "The summons has a barcode on it, is that what you need?",
              "The hearing starts at {T} and could run for {DUR}."],
        refs=[("juror number", "DDDDDDDDD"), ("case number", "LLDDDDDDD"), ("fine account number", "DDDDDDDDDDDL")],
        pay=True),
    "utility": dict(
        orgs=["the priority services register", "customer care for vulnerable customers", "the water and power helpline"],
        reason=["My dad is on oxygen at home and we need him on the priority register.",
                "We had a power cut at {T} and my mum's stairlift was stuck.",
                "I'm registered blind and I need my bills in large print.",
                "My wife has a dialysis machine at home, the {M}."],
        body=["The concentrator runs at {LIT} per minute so it can't lose power.",
              "We use about {KWH} a month, mostly the medical equipment.",
              "We'll give you {DUR} notice of any planned outage.",
              "The register is free and we review it every {MON}.",
              "The machine is the {M}, the hospital supplied it.",
              "You'll get a rebate of {PS} towards the running cost.",
              "There are {C} people living in the house.",
              "The meter is under the stairs but I can't get down to read it.",
              "We had {C} outages last winter and nobody called us.",
              "The engineer said he'd come between {T} and {T}."],
        refs=[("account number", "DDDDDDDDDD"), ("MPRN", "DDDDDDDDDDD"), ("meter point number", "DDDDDDDDDDD")],
        pay=False),
}

CUST_START = ("I've", "I ", "I'm", "Honestly", "It says", "It keeps", "It was", "Is it", "Is that", "My ",
              "The statement", "Can I check", "The card with", "They read", "We have", "We use",
              "We had", "The machine", "There are", "The meter", "The concentrator", "The letter mentions",
              "The summons", "The shift")
FEMALE = set("""Delphine Rosalind Jolene Winona Harriet Corinne Maribel Lucinda Imogen Phoebe Tamsin
Morwenna Ffion Rosamund Cressida Leticia Aoife Siobhan Clodagh Grainne Saoirse Orla Genevieve Chantal
Brielle Teagan Anouk Nadia Matilda Bronte Sienna Kirra Tahlia Mereana Aroha Ngaio Hinemoa Thandeka
Nomvula Lerato Zanele Annelie Ananya Deepika Kavitha Meenakshi Lakshmi""".split())
ACKS_A = ["Okay, bear with me a moment.", "Thank you.", "Lovely, that's all matching.",
          "Right, let me pull that up.", "Just a second while the screen loads.",
          "Perfect, thanks for that.", "Okay, I can see that now.", "That's fine, no rush.",
          "Sorry, the line dropped a little there, go on.", "Great, you're through security."]
ACKS_C = ["Sure.", "Yeah, hang on.", "Okay.", "Right, yes.", "Give me a second, it's in my bag.",
          "No worries.", "Yep, that's me.", "Hold on, I'll get my glasses.", "Mm-hmm.",
          "Sorry, can you say that again?"]
LOOKS = ["I've rung about four times this week and keep getting cut off.",
         "The number one thing I want is to not be passed around again.",
         "There were a couple of letters, one from you and one from the bank.",
         "I always mix up which number is which on these forms.",
         "It's the long one on the top right of the letter, isn't it?",
         "Two of them came the same day, which is why I'm confused.",
         "I'll read out whatever you need, I've got it all in a folder here.",
         "Hang on, that's my library card, wrong one."]


def refgen(shape):
    out = ""
    for ch in shape:
        if ch == "D":
            out += R.choice("0123456789")
        elif ch == "L":
            out += R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        else:
            out += ch
    return out


def r_ref(cs, val):
    if not cs.asr:
        return val
    phon = R.random() < 0.3
    parts = [p for p in re.split(r"[- ]", val) if p]
    return " ".join(say_chars(p, phon) if re.search("[A-Z]", p) else asr_num(p) for p in parts)


# ---------------------------------------------------------------- segments
def seg_greet(cs, p):
    org = R.choice(IND[cs.ind]["orgs"])
    ag = R.choice(AGENTS)
    cs.agent = ag
    cs.a(R.choice(["Thanks for calling %s, you're speaking with %s, how can I help?",
                   "Good morning, %s, my name's %s.",
                   "Hello, %s, this is %s speaking."]) % (org, P("NAME", ag)))
    cs.c(fmt(cs, R.choice(IND[cs.ind]["reason"])))


def seg_name(cs, p):
    cs.a(R.choice(["Can I take your full name please?", "Who am I speaking with today?",
                   "First of all, your first name and surname."]))
    full = p["first"] + " " + p["last"]
    if cs.asr:
        full = full.lower()
    if R.random() < 0.45:
        last = p["last"].replace(" ", "")
        sp = (" ".join(last.lower()) if cs.asr else "-".join(last.upper()))
        cs.c("It's %s, surname spelled %s." % (P("NAME", full), P("NAME", sp)))
    else:
        cs.c("It's %s." % P("NAME", full))
    title = R.choice(["Ms", "Mrs", "Dr"] if p["first"] in FEMALE else ["Mr", "Mr", "Dr"])
    cs.a("Thank you %s %s." % (title, P("NAME", p["last"].lower() if cs.asr else p["last"])))


def seg_dob(cs, p):
    cs.a(R.choice(["And your date of birth?", "Can you confirm your date of birth for me?",
                   "What's your date of birth please?"]))
    cs.c(R.choice(["It's %s.", "%s.", "I was born on the %s."]) % P("DOB", r_dob(cs, p["dob"])))
    if R.random() < 0.3:
        cs.a("So that's %s?" % P("DOB", r_dob(cs, p["dob"])))
        cs.c("That's right.")


def seg_id(cs, p, kind=None, who="your"):
    kind = kind or R.choice(list(p["ids"]))
    s = p["ids"][kind]
    lab = R.choice(ID_LABEL[kind])
    mode = R.choice(["full", "full", "pieces", "filler", "corrected", "last", "readback", "phon"])
    if mode == "corrected" and len(id_chunks(kind, s)) < 3:
        mode = "pieces"
    if kind == "us" and mode == "phon":
        mode = "full"
    if mode == "last":
        cs.a("Can you give me the last four digits of %s %s?" % (who, lab))
        last = re.sub(r"\D", "", s)[-4:]
        cs.c("Yeah, it's %s." % P("SSN", asr_num(last, False) if cs.asr else last, sub="last"))
        return
    cs.a(R.choice(["And %s %s please.", "Can I take %s %s?", "I'll need %s %s to go any further."]) % (who, lab))
    ch = r_id(cs, kind, s, phon=(mode == "phon"))
    t = cs.tag()
    if mode in ("full", "readback", "phon"):
        cs.c(R.choice(["It's %s.", "Sure, %s.", "%s."]) % P("SSN", join_t(cs, ch, kind), sub=kind))
        if mode == "readback":
            cs.a("Let me read that back, %s, is that right?" % P("SSN", join_t(cs, r_id(cs, kind, s), kind), sub=kind))
            cs.c("Yes, that's it.")
    elif mode == "pieces":
        k = max(1, len(ch) // 2)
        cs.c("Okay, %s" % P("SSN", join_t(cs, ch[:k], kind), t, kind))
        cs.a(R.choice(["Mm-hmm.", "Yep.", "Go on."]))
        cs.c(P("SSN", join_t(cs, ch[k:], kind), t, kind) + ".")
    elif mode == "filler":
        k = max(1, len(ch) - 1)
        cs.c("It's %s %s %s." % (P("SSN", join_t(cs, ch[:k], kind), t, kind), fill(),
                                 P("SSN", join_t(cs, ch[k:], kind), t, kind)))
    else:  # corrected: wrong middle chunk then the right one
        if len(ch) < 3:
            ch = r_id(cs, kind, s)
        raw = id_chunks(kind, s)
        mid = raw[1]
        wrong = "".join(str((int(c) + 3) % 10) if c.isdigit() else c for c in mid)
        wr = (say_chars(wrong) if cs.asr else wrong)
        cs.c("%s %s, no sorry, %s %s." % (
            P("SSN", join_t(cs, ch[:1], kind), t, kind), P("SSN", wr, t, kind, wrong=True),
            P("SSN", join_t(cs, ch[1:2], kind), t, kind), P("SSN", join_t(cs, ch[2:], kind), t, kind)))
        cs.a("Okay, I've corrected that.")


def seg_ref(cs, p):
    lab, shape = R.choice(IND[cs.ind]["refs"])
    val = refgen(shape)
    cs.a(R.choice(["Have you got your %s handy?", "Do you have the %s?", "What's the %s on the letter?"]) % lab)
    mode = R.choice(["full", "full", "pieces", "wrong", "readback"])
    if mode == "pieces" and len(re.sub(r"[- ]", "", val)) >= 7:
        flat = re.sub(r"[- ]", "", val)
        k = len(flat) // 2
        t = cs.tag()
        cs.c("Yes, it's %s %s" % (P("ACCOUNT_NUMBER", r_ref(cs, flat[:k]), t), fill()))
        cs.a("Take your time.")
        cs.c(P("ACCOUNT_NUMBER", r_ref(cs, flat[k:]), t) + ".")
    elif mode == "wrong":
        flat = re.sub(r"[- ]", "", val)
        bad = flat[:-2] + flat[-1] + flat[-2] if flat[-1] != flat[-2] else flat[:-1] + ("1" if flat[-1] != "1" else "2")
        cs.c("It's %s." % P("ACCOUNT_NUMBER", r_ref(cs, bad)))
        cs.a("That's not bringing anything up, can you check it?")
        cs.c("Oh sorry, I swapped the end, it's %s." % P("ACCOUNT_NUMBER", r_ref(cs, val)))
    else:
        cs.c("Yes, it's %s." % P("ACCOUNT_NUMBER", r_ref(cs, val)))
        if mode == "readback":
            cs.a("That's %s?" % P("ACCOUNT_NUMBER", r_ref(cs, val)))
            cs.c("Correct.")


def seg_address(cs, p):
    if not STREETS[p["country"]]:
        return seg_phone(cs, p)
    street, town, pre = take_address(p["country"])
    cs.used_addr.append(street + "|" + town)
    pc, sub = r_postcode(cs, p["country"], pre)
    cs.a(R.choice(["And the address we have for you?", "Can you confirm the first line of your address?",
                   "What's your current address?"]))
    if R.random() < 0.5:
        cs.c("%s, %s." % (P("ADDRESS", r_address(cs, street, town)), P("POSTCODE", say_pc(cs, pc), sub=sub)))
    else:
        cs.c("%s." % P("ADDRESS", r_address(cs, street, town, with_town=R.random() < 0.5)))
        cs.a(R.choice(["And the postcode?", "And the postal code there?", "Postcode please?"]))
        pcs = say_pc(cs, pc)
        if cs.asr and R.random() < 0.4 and " " in pc:
            w = [say_pc(cs, x) for x in pc.split(" ")]
            t = cs.tag()
            cs.c("%s %s %s" % (P("POSTCODE", w[0], t, sub), fill(), P("POSTCODE", w[1], t, sub)))
        else:
            cs.c(P("POSTCODE", pcs, sub=sub) + ".")
        if R.random() < 0.4:
            cs.a("So %s." % P("POSTCODE", say_pc(cs, pc), sub=sub))


def seg_postcode_only(cs, p):
    street, town, pre = R.choice(ALLPRE[p["country"]])
    pc, sub = r_postcode(cs, p["country"], pre)
    cs.a("Can you just confirm the postcode on the account?")
    cs.c("Yeah, it's %s." % P("POSTCODE", say_pc(cs, pc), sub=sub))


def seg_phone(cs, p):
    s, t, parts = r_phone(cs, p["country"])
    cs.a(R.choice(["What's the best number to reach you on?", "Can I take a contact number?",
                   "Is there a phone number we can call you back on?"]))
    pre = "My UK number, " if p["country"] not in ("US", "CA", "UK") else ""
    if R.random() < 0.35:
        g = cs.tag()
        cs.c("%s%s %s" % (pre, P("PHONE", " ".join(parts[:2]) if cs.asr else " ".join(parts[:2]), g), fill()))
        cs.a("Mm-hmm.")
        cs.c(P("PHONE", parts[2], g) + ".")
    else:
        cs.c("%s%s." % (pre, P("PHONE", t)))
    if R.random() < 0.3:
        cs.a("Let me repeat that, %s." % P("PHONE", t))


def seg_email(cs, p):
    typed, said = email_for(cs, p)
    cs.used_email.append(typed)
    cs.a(R.choice(["And an email address?", "What email should the confirmation go to?",
                   "Can I take your email for the reference?"]))
    cs.c("It's %s." % P("EMAIL", said))
    if R.random() < 0.3:
        cs.a("Lovely, so %s." % P("EMAIL", said))


def seg_body(cs, n):
    body = IND[cs.ind]["body"][:]
    R.shuffle(body)
    for line in body[:n]:
        (cs.c if line.startswith(CUST_START) else cs.a)(fmt(cs, line))
        if R.random() < 0.4:
            if R.random() < 0.5:
                cs.c(R.choice(ACKS_C))
            else:
                cs.a(R.choice(ACKS_A))


def seg_card(cs, p):
    card = gen_card()
    bl = card_blocks(card)
    cs.a(fmt(cs, R.choice(["The amount due is {P}, would you like to pay that by card today?",
                           "That's {P} to pay, I can take a debit or credit card."])))
    cs.c(R.choice(["Yes, go on.", "Yeah, let me get the card."]))
    cs.a("What's the long number on the front?")
    rb = [asr_num(b, allow_raw=R.random() < 0.5) if cs.asr else b for b in bl]
    mode = R.choice(["full", "turns", "filler", "corrected"])
    t = cs.tag()
    sep = " " if cs.asr else R.choice([" ", "-"])
    if mode == "full":
        cs.c("It's %s." % P("CARD_NUMBER", sep.join(rb)))
    elif mode == "turns":
        cs.c(P("CARD_NUMBER", sep.join(rb[:2]), t))
        cs.a("Yep.")
        cs.c(P("CARD_NUMBER", sep.join(rb[2:]), t) + ".")
    elif mode == "filler":
        cs.c("%s %s %s." % (P("CARD_NUMBER", sep.join(rb[:-1]), t), fill(), P("CARD_NUMBER", rb[-1], t)))
    else:
        b2 = bl[-2]
        wrong = b2[:-1] + str((int(b2[-1]) + 4) % 10)
        wr = say_digits(wrong) if cs.asr else wrong
        cs.c("%s %s" % (P("CARD_NUMBER", sep.join(rb[:-2]), t), P("CARD_NUMBER", wr, t, wrong=True)))
        cs.c("No wait, that should be %s %s." % (P("CARD_NUMBER", rb[-2], t), P("CARD_NUMBER", rb[-1], t)))
    if R.random() < 0.5:
        l4 = card[-4:]
        cs.a("So that's the card ending %s." % P("CARD_NUMBER", say_digits(l4) if cs.asr else l4, sub="last"))
    y = R.randint(2027, 2032); m = R.randint(1, 12)
    cs.a("And the expiry date?")
    if cs.asr:
        ex = R.choice([say_pairs("%02d" % m) + " " + say_pairs("%02d" % (y % 100)),
                       MONTHS[m - 1].lower() + " " + nw(y % 100) if y % 100 >= 20 else MONTHS[m - 1].lower() + " " + nw(y)])
    else:
        ex = R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y)])
    cs.c(P("EXPIRY", ex) + ".")
    cs.a("And the security code on the back.")
    cv = rd(4 if len(card) == 15 else 3)
    cs.c(R.choice(["%s.", "It's %s."]) % P("CVV", say_digits(cv) if cs.asr else cv))
    nm = (p["first"] + " " + p["last"])
    cs.a("And the name as it appears on the card?")
    cs.c(P("NAME", nm.lower() if cs.asr else nm) + ".")
    cs.a(fmt(cs, "That's gone through, you'll get a receipt within {MINS}."))


def seg_second(cs, p):
    q = person(p["country"])
    fem = q["first"] in FEMALE
    rel = R.choice(["my wife", "my mother", "my daughter"] if fem else ["my husband", "my son", "my father"])
    cs.c("Can you check %s's details while I've got you? %s's here with me." % (rel, "She" if fem else "He"))
    cs.a("If they're happy for you to speak for them. What's the full name?")
    nm = q["first"] + " " + q["last"]
    cs.c(P("NAME", nm.lower() if cs.asr else nm) + ".")
    cs.a("And date of birth?")
    cs.c(P("DOB", r_dob(cs, q["dob"])) + ".")
    seg_id(cs, q, who="their")


def seg_close(cs, p):
    name = p["first"].lower() if cs.asr else p["first"]
    cs.a(R.choice(["Is there anything else I can help with today, %s?",
                   "Thanks %s, that's all done for you.",
                   "Okay %s, you'll get written confirmation."]) % P("NAME", name))
    cs.c(R.choice(["No, that's everything, thanks %s.", "That's all, thank you %s.", "No, you've been great %s, cheers."])
         % P("NAME", cs.agent.lower() if cs.asr else cs.agent))
    if R.random() < 0.5:
        cs.a(R.choice(["Take care, bye now.", "Have a good day.", "Bye bye."]))


def build_case(style, country, ind, ivr=False):
    cs = Case(style, country, ind)
    cs.used_addr, cs.used_email = [], []
    p = person(country)
    if ivr:
        kind = list(p["ids"])[0]
        lab = ID_LABEL[kind][0]
        cs.i("Welcome to %s. Please say or key in your %s." % (R.choice(IND[ind]["orgs"]), lab))
        ch = r_id(cs, kind, p["ids"][kind])
        if cs.asr and R.random() < 0.5:
            t = cs.tag()
            k = max(1, len(ch) // 2)
            cs.c("%s %s %s" % (P("SSN", " ".join(ch[:k]), t, kind), fill(), P("SSN", " ".join(ch[k:]), t, kind)))
        else:
            cs.c(P("SSN", join_t(cs, ch, kind), sub=kind))
        cs.i("Thank you. Now please say your date of birth.")
        cs.c(P("DOB", r_dob(cs, p["dob"])))
        cs.i("Thank you. I found your record. Say payments, letters, or something else.")
        cs.c(R.choice(["Something else.", "Agent.", "Letters."]))
        cs.i("Please hold. Calls may be recorded for training.")
        cs.i("Your call is important to us. The current wait is about %s." % KEEPF["MINS"](cs))
    seg_greet(cs, p)
    steps = [seg_name, seg_dob, seg_id, seg_ref]
    extra = [seg_address, seg_phone, seg_email, seg_postcode_only]
    R.shuffle(extra)
    steps += extra[:R.randint(1, 3)]
    first = [seg_name]
    rest = steps[1:]
    R.shuffle(rest)
    if R.random() < 0.5:
        cs.c(R.choice(LOOKS))
    for f in first + rest:
        f(cs, p)
        if R.random() < 0.35:
            if R.random() < 0.6:
                cs.a(R.choice(ACKS_A))
            else:
                cs.c(R.choice(ACKS_C))
    if R.random() < 0.2:
        seg_second(cs, p)
    seg_body(cs, R.randint(3, 5))
    if IND[ind]["pay"] and R.random() < 0.6:
        seg_card(cs, p)
    if R.random() < 0.4:
        cs.c(R.choice(LOOKS))
    seg_close(cs, p)
    return cs


# ---------------------------------------------------------------- markup -> json
MARK = re.compile(r"\[\[([A-Z_]+)(?:@([a-z0-9]+))?(?:#([A-Za-z0-9]+)(!)?)?:([^\[\]]*?)\]\]|\(\(([a-z_]+):([^()]*?)\)\)")
TOKS = re.compile(r"\[\[.*?\]\]|\(\(.*?\)\)")


def clean_plain(t):
    return re.sub(r"[^a-z0-9' ]", " ", t.lower())


def asrify(m):
    out, pos = [], 0
    for mt in TOKS.finditer(m):
        out.append(clean_plain(m[pos:mt.start()]))
        tok = mt.group(0)
        head, content = tok[:-2].split(":", 1)
        out.append(head + ":" + re.sub(r"\s+", " ", clean_plain(content)).strip() + tok[-2:])
        pos = mt.end()
    out.append(clean_plain(m[pos:]))
    s = re.sub(r"\s+", " ", "".join(out)).strip()
    return re.sub(r"(^| )'+ ", r"\1", s)


def parse(m):
    text, spans, pos = "", [], 0
    for mt in MARK.finditer(m):
        text += m[pos:mt.start()]
        st = len(text)
        if mt.group(1):
            content = mt.group(5)
            spans.append(dict(kind="pii", type=mt.group(1), sub=mt.group(2), tag=mt.group(3),
                              wrong=bool(mt.group(4)), start=st, end=st + len(content), content=content))
        else:
            content = mt.group(7)
            spans.append(dict(kind="keep", type=mt.group(6), start=st, end=st + len(content), content=content))
        text += content
        pos = mt.end()
    text += m[pos:]
    return text, spans


# ---------------------------------------------------------------- validation
class Bad(Exception):
    pass


DIGW = {w: str(i) for i, w in enumerate(SMALL[:10])}
DIGW["oh"] = "0"
TEENW = {w: str(i) for i, w in enumerate(SMALL) if i >= 10}
TENSW = {w: i for i, w in enumerate(TENS) if w}
PHONW = {w: chr(65 + i) for i, w in enumerate(PHON)}
DIGIT_WORDS = set(DIGW) | set(TEENW) | set(TENSW) | {"double", "triple", "hundred"}


def to_chars(text, asr):
    if not asr:
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = text.split()
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out += t
        elif t in ("double", "triple"):
            nx = toks[i + 1]
            if nx not in DIGW:
                raise Bad("double without digit: " + text)
            out += DIGW[nx] * (2 if t == "double" else 3); i += 1
        elif t in DIGW:
            out += DIGW[t]
        elif t in TEENW:
            out += TEENW[t]
        elif t in TENSW:
            if i + 1 < len(toks) and toks[i + 1] in DIGW and toks[i + 1] not in ("zero", "oh"):
                out += str(TENSW[t] * 10 + int(DIGW[toks[i + 1]])); i += 1
            else:
                out += str(TENSW[t] * 10)
        elif t == "hundred":
            out += "00"
        elif t in PHONW:
            out += PHONW[t]
        elif len(t) == 1 and t.isalpha():
            out += t.upper()
        else:
            raise Bad("unknown word %r in value %r" % (t, text))
        i += 1
    return out


STREET_WORDS = {"road", "street", "avenue", "lane", "drive", "close", "crescent", "way", "court",
                "circle", "pike", "row", "mews", "gardens", "park", "view", "lawn", "grove",
                "parade", "place", "terrace", "rise", "marg", "path", "heights", "rue", "trail", "brae"}
PC_RE = {"zip": r"\d{5}", "uk": r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", "eir": r"[A-Z]\d{2}[0-9ACDEFHKNPRTVWXY]{4}",
         "ca": r"[ABCEGHJ-NPRSTVXY]\d[A-Z]\d[A-Z]\d", "au": r"[0-9]{4}", "nz": r"\d{4}", "zaf": r"\d{4}",
         "pin": r"[1-8]\d{5}"}


def phone_ok(d):
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    if len(d) == 10 and d[3:7] == "5550" and d[7] == "1":
        return True
    if d.startswith("44"):
        d = "0" + d[2:]
    return (bool(re.fullmatch(r"07700900\d{3}", d)) or bool(re.fullmatch(r"02079460\d{3}", d)) or
            bool(re.fullmatch(r"0(161|113|117)4960\d{3}", d)))


def validate(cases):
    seen_email, seen_addr = {}, {}
    for c in cases:
        cid, asr = c["case_id"], c["style"] == "asr"
        groups = {}
        for ui, u in enumerate(c["_utts"]):
            text, spans = u
            if "[[" in text or "]]" in text or "((" in text or "))" in text:
                raise Bad("%s: stray markup in %r" % (cid, text))
            if asr and (re.search(r"[^a-z0-9' ]", text)):
                raise Bad("%s: asr text not clean: %r" % (cid, text))
            cover = [False] * len(text)
            for s in spans:
                a, b = s["start"], s["end"]
                if text[a:b] != s["content"] or a >= b:
                    raise Bad("%s: offset mismatch" % cid)
                if not re.match(r"[A-Za-z0-9£$€]", text[a]) or not re.search(r"[A-Za-z0-9%]$", text[a:b]):
                    raise Bad("%s: bad span edge %r" % (cid, text[a:b]))
                if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                    raise Bad("%s: span inside word %r in %r" % (cid, text[a:b], text))
                for k in range(a, b):
                    if cover[k]:
                        raise Bad("%s: overlapping spans in %r" % (cid, text))
                    cover[k] = True
            out = "".join(ch if not cover[k] else " " for k, ch in enumerate(text))
            if re.search(r"\d", out):
                raise Bad("%s: digit outside span: %r" % (cid, text))
            run = 0
            for w in re.findall(r"[a-z]+", out.lower()):
                run = run + 1 if w in DIGIT_WORDS else 0
                if run >= 4:
                    raise Bad("%s: digit-word run outside span: %r" % (cid, text))
            piid = ""
            for s in spans:
                if s["kind"] == "pii" and s["type"] not in ("NAME", "EMAIL", "ADDRESS", "DOB", "EXPIRY"):
                    ch = to_chars(s["content"], asr)
                    piid += "|" + re.sub(r"\D", "", ch)
            for s in spans:
                v = s["content"]
                if s["kind"] == "keep":
                    kd = re.sub(r"\D", "", v)
                    if 13 <= len(kd) <= 19 and luhn_ok(kd):
                        raise Bad("%s: keep passes luhn" % cid)
                    if len(kd) >= 4 and kd in piid:
                        raise Bad("%s: keep holds pii digits %r" % (cid, v))
                    continue
                t = s["type"]
                key = s["tag"] or ("solo%d_%d" % (ui, s["start"]))
                groups.setdefault(key, dict(type=t, sub=s["sub"], parts=[]))
                if groups[key]["type"] != t:
                    raise Bad("%s: group mixes types" % cid)
                if not s["wrong"]:
                    groups[key]["parts"].append(v)
                if t == "NAME":
                    if re.search(r"\d", v) or re.match(r"(?i)(mr|mrs|ms|dr|miss|mister)\b", v):
                        raise Bad("%s: bad name %r" % (cid, v))
                elif t == "EMAIL":
                    ok = (" at " in v and " dot " in v and "@" not in v) if asr else bool(
                        re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", v))
                    if not ok:
                        raise Bad("%s: bad email %r" % (cid, v))
                    key2 = v
                    if key2 in seen_email and seen_email[key2] != cid:
                        raise Bad("email reused %r" % v)
                    seen_email[key2] = cid
                elif t == "ADDRESS":
                    w = v.lower().replace(",", " ").split()
                    if not (w[0].isdigit() or w[0] in DIGIT_WORDS or w[0] in ("flat", "apartment", "unit")):
                        raise Bad("%s: address start %r" % (cid, v))
                    if not STREET_WORDS & set(w):
                        raise Bad("%s: address street %r" % (cid, v))
                elif t == "EXPIRY":
                    ch = v.lower()
                    if not any(mn.lower() in ch for mn in MONTHS):
                        dd = to_chars(v, asr)
                        if not (dd[:2].isdigit() and 1 <= int(dd[:2]) <= 12):
                            raise Bad("%s: bad expiry %r" % (cid, v))
                elif t == "DOB":
                    if not (re.search(r"\d", v) or any(mn.lower() in v.lower() for mn in MONTHS) or
                            re.search(r"(nineteen|thousand)", v)):
                        raise Bad("%s: bad dob %r" % (cid, v))
        for key, g in groups.items():
            t, sub = g["type"], g["sub"]
            if t in ("NAME", "EMAIL", "ADDRESS", "EXPIRY", "DOB"):
                continue
            ch = "".join(to_chars(x, asr) for x in g["parts"])
            if t == "CARD_NUMBER":
                if not (card_ok(ch) or (sub == "last" and re.fullmatch(r"\d{4}", ch))):
                    raise Bad("%s: bad card %r" % (cid, ch))
            elif t == "CVV":
                if not re.fullmatch(r"\d{3,4}", ch):
                    raise Bad("%s: bad cvv %r" % (cid, ch))
            elif t == "SSN":
                if not id_ok(sub, ch):
                    raise Bad("%s: bad national id %s %r" % (cid, sub, ch))
            elif t == "PHONE":
                if not phone_ok(ch):
                    raise Bad("%s: phone outside fictional ranges %r" % (cid, ch))
            elif t == "POSTCODE":
                if not re.fullmatch(PC_RE[sub], ch):
                    raise Bad("%s: bad postcode %s %r" % (cid, sub, ch))
            elif t == "ACCOUNT_NUMBER":
                if len(re.sub(r"\D", "", ch)) < 2:
                    raise Bad("%s: account without digits %r" % (cid, ch))
        for a in c["_addr"]:
            if a in seen_addr:
                raise Bad("address reused %r" % a)
            seen_addr[a] = cid


MINS = dict(CARD_NUMBER=20, CVV=15, EXPIRY=15, SSN=60, PHONE=30, EMAIL=20, DOB=40, ADDRESS=30,
            POSTCODE=35, ACCOUNT_NUMBER=60, NAME=180)
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]


def build():
    plan = []
    countries = list(FIRST)
    inds = list(IND)
    n = 0
    for i in range(88):
        ind = inds[i % len(inds)]
        country = countries[(i * 3 + i // 8) % len(countries)]
        style = "asr" if R.random() < 0.68 else "transcript"
        plan.append((style, country, ind, i in (5, 27, 49, 71)))
    cases = []
    for k, (style, country, ind, ivr) in enumerate(plan):
        cs = build_case(style, country, ind, ivr)
        utts, js = [], []
        groups = {}
        pii, keep = [], []
        for ui, (spk, m) in enumerate(cs.utts):
            if cs.asr:
                m = asrify(m)
            text, spans = parse(m)
            utts.append((text, spans))
            js.append({"speaker": spk, "text": text})
            for s in spans:
                if s["kind"] == "pii":
                    key = s["tag"] or ("solo%d_%d" % (ui, s["start"]))
                    if key not in groups:
                        groups[key] = "g%d" % (len(groups) + 1)
                    pii.append({"utterance": ui, "start": s["start"], "end": s["end"],
                                "type": s["type"], "group": groups[key]})
                else:
                    keep.append({"utterance": ui, "start": s["start"], "end": s["end"], "kind": s["type"]})
        cases.append({"case_id": "t29-%03d" % (k + 1), "style": style, "utterances": js,
                      "pii": pii, "keep": keep, "_utts": utts, "_addr": cs.used_addr,
                      "_ivr": ivr})
    return cases


def counts(cases):
    c = {"cases": len(cases), "utterances": 0, "no_pii": 0, "keep": 0, "asr_utts": 0, "ivr_cases": 0}
    types, kinds = {t: 0 for t in MINS}, {k: 0 for k in KEEP_KINDS}
    for cs in cases:
        n = len(cs["utterances"])
        c["utterances"] += n
        if cs["style"] == "asr":
            c["asr_utts"] += n
        c["ivr_cases"] += any(u["speaker"] == "ivr" for u in cs["utterances"])
        withp = {p["utterance"] for p in cs["pii"]}
        c["no_pii"] += n - len(withp)
        c["keep"] += len(cs["keep"])
        for p in cs["pii"]:
            types[p["type"]] += 1
        for k in cs["keep"]:
            kinds[k["kind"]] += 1
    return c, types, kinds


def check_mins(c, types, kinds):
    need = dict(cases=80, utterances=1000, no_pii=400, keep=280, ivr_cases=3)
    for k, v in need.items():
        if c[k] < v:
            raise Bad("too few %s: %d < %d" % (k, c[k], v))
    for t, v in MINS.items():
        if types[t] < v:
            raise Bad("too few %s: %d < %d" % (t, types[t], v))
    for k, v in kinds.items():
        if v == 0:
            raise Bad("keep kind %s missing" % k)
    if c["asr_utts"] < 0.6 * c["utterances"]:
        raise Bad("asr share too low")


def selftest():
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert luhn_ok("4539578763621486") and id_ok("sin", "046454286") is False  # 0 first digit
    assert id_ok("tfn", "123456782") and id_ok("ird", "49091850") and id_ok("ird", "136410132")
    assert id_ok("pps", "1234567T") and id_ok("pps", "1234567FA")
    assert to_chars("forty seven hundred double oh", True) == "470000"


def main():
    check = "--check" in sys.argv[1:]
    try:
        selftest()
        cases = build()
        validate(cases)
        c, types, kinds = counts(cases)
        check_mins(c, types, kinds)
    except (Bad, AssertionError, IndexError, KeyError) as e:
        print("FAILED: %s" % (e,), file=sys.stderr)
        sys.exit(1)
    print("cases %(cases)d  utterances %(utterances)d  no-pii utterances %(no_pii)d  keep %(keep)d  "
          "asr utterances %(asr_utts)d  ivr cases %(ivr_cases)d" % c)
    print("pii: " + ", ".join("%s %d" % kv for kv in types.items()))
    print("keep kinds: " + ", ".join("%s %d" % kv for kv in kinds.items()))
    if check:
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for cs in cases:
            out = {k: cs[k] for k in ("case_id", "style", "utterances", "pii", "keep")}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
