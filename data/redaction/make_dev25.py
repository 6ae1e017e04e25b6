"""Write dev25.jsonl (run: python make_dev25.py): written as the held-out test21.jsonl, measured
once with the twenty-third round's code, then made a development set in round twenty-four.

The calls are written by hand with inline markup and the numbers in them come from
random.Random(SEED), so two runs give byte-identical output:

    [[TYPE:text]]        a pii span (a value of its own)
    [[TYPE#tag:text]]    a pii piece; pieces with the same tag in one case share a group
    ((kind:text))        a keep span (a look-alike that must not be redacted)

The script strips the markup, computes [start, end) offsets, numbers groups g1, g2, ... by first
appearance in each case, numbers cases t21-001, t21-002, ... and writes one JSON object a line in
the README's format. Before writing it checks everything it can (offsets and text of every span,
types, keep kinds, speakers, group order and types, Luhn on card groups, no Luhn-valid keep span
of 10 or more digits, no digit outside a span, no overlaps, no two pieces of a group parted only by
spaces or punctuation, asr text lower case without punctuation, no markup or braces left, no
labelled name word said again outside a pii span, the minimum counts, styles half and half) and
exits 1 printing the problems if any check fails. `-w` also prints number words found outside
spans, for review.

What this set leans on
----------------------
- Industries: health insurance and benefits (member IDs, group numbers, claim numbers, Medicare
  and Medicaid identifiers, prior authorisations, COBRA, HSA cards, marketplace enrolment),
  dental and optical plans, telehealth appointment lines, government benefits and tax helplines
  (IRS, Social Security, unemployment, HMRC, Universal Credit, child benefit, Revenue, CRA, ATO,
  Centrelink, IRD, SARS, SASSA, the Indian income tax helpline), wire transfers and international
  payments (IBANs, SWIFT/BIC codes, routing, sort codes, BSBs, NZ account numbers, transit
  numbers), mortgage servicing and escrow, home and car insurance renewals, energy switching
  (MPAN, MPRN, NMI, ICP, ESI ID, prepaid meters) and mobile device trade-ins (IMEIs).
- Callers from the US, UK, Ireland, Canada, Australia, New Zealand, South Africa and India, each
  with their own identifiers, postcodes and phone formats.
- asr style: digits and number words mixed in one value ("4 five 6 oh 9"), odd digit groups,
  "double"/"triple", homophones inside values ("won", "to", "for", "ate") and outside them
  ("calling four my husband", "two see someone"), e-mails split oddly ("g mail", "hot mail",
  "x tra dot co dot n z", "proton mail"), names heard as common words ("win" for Nguyen, "sunny
  gale", "grace", "faith", "hope"), fillers and false starts inside values, spelled names.
- Agents' end-of-call summaries that repeat several values in one utterance, agents correcting a
  caller's value (an IBAN character, a postcode, a year of birth), callers correcting an agent's
  read-back, callers reading from a letter, a statement or their notes, values given in an unusual
  order (expiry before the card number, CVV before expiry, a surname before the full name, a
  postcode asked first to quote rates).
- People not on the call: doctors, dependants, a mother, a brother, a previous owner, a builder,
  a flatmate; names from many cultures, some of them also common words.
- Look-alikes beside real values: prices, premiums, deductibles, excesses, percentages, rates,
  times, dates, durations, quantities (dosages, kWh, meter readings, storage, mileage, a
  temperature), counts, tax and plan years, claim amounts, model numbers, IMEIs, serial and
  tracking numbers, SWIFT codes, group numbers, NPIs, business phone lines, ages.

Labelling choices where the README is silent
--------------------------------------------
- A health, dental or vision plan's group number (shared by everyone on an employer's plan) is a
  keep span of kind `other`, not pii. So are a provider's NPI, a doctor's
  office fax number, a company's toll-free line, an IRS employee's ID number, a one-time passcode
  read back to an agent (as test19 made passwords `other`), a prepaid electricity token, a device
  serial number, an IMEI and a courier tracking number (the last two as earlier sets did), the
  emergency numbers 911 and 999, the code "star hash zero six hash", and form names (Form 1040,
  W-2). Long keep numbers are generated to fail the Luhn check. The emergency numbers and form
  names are the only digits written literally rather than drawn from the generator.
- A SWIFT/BIC code and a Canadian institution number (they identify a bank, not a customer) are
  `other`; a Canadian branch transit number is an `ACCOUNT_NUMBER`, like a sort code.
- Claim numbers, prior authorisation numbers, hospital pre-authorisation request numbers,
  authorisation codes, call reference numbers, payment confirmation numbers, quote references,
  invoice numbers, transfer references and order numbers (trade-in and upgrade orders) are
  `ACCOUNT_NUMBER`s: each points at the caller's own record, as the earlier sets the redactor
  follows made order, ticket, invoice and reference numbers.
- Member, subscriber, participant, certificate, patient and customer reference numbers, a US
  Medicare number (MBI), a Medicaid ID, an NHS number, a New Zealand NHI number, an Irish medical
  card number, an Australian Medicare number with its IRN, an Ontario health card number and its
  version code (two spans), Centrelink CRNs, policy, loan and mortgage numbers, vehicle
  registrations, VINs and driving licence numbers are `ACCOUNT_NUMBER`s.
- A UK Unique Taxpayer Reference (and the payment reference made from it) and a SARS income tax
  reference number are `ACCOUNT_NUMBER`s (tax account references); national identity numbers (a
  US SSN or its last four, a UK NI number, a PPS number, a SIN, a TFN, an IRD number, a South
  African ID number, an Aadhaar number, a PAN) are `SSN`s as the README says.
- Energy meter point numbers (MPAN, MPRN, NMI, ICP, ESI ID, also its last six) and a prepaid
  meter number are `ACCOUNT_NUMBER`s; meter readings are `quantity` keep spans.
- A South African medical aid dependant code is `other`; an age is `other`; an exchange rate is
  `other`.
- Partial values: the last digits of an account or ID are an `ACCOUNT_NUMBER`, the last four of a
  phone a `PHONE` (as in test19), the last four of a card read back a `CARD_NUMBER`.
- Groups: a value said again in full (a read-back, a summary, a corrected value in full, an
  agent's suggested correction in full) is a group of its own. A piece said only to correct part
  of a value (one IBAN character, a year, the end of a phone number) joins the group of the value
  it corrects. A false start (the first digits of a value, then the value restarted) is a piece
  of that value's group. A wrong value the speaker then replaces (an old phone number, a wrong
  account, a wrong date of birth) is labelled with its type. A spelled-out name ("k e z i a h",
  "m c g o n a g l e") is a NAME value of its own; a spelling broken by a filler is pieces of one
  group.
- ADDRESS covers the street line through the town and state, province or region ("Apartment",
  "Flat", "Unit" included); the ZIP or postcode that follows is its own POSTCODE span. A town or
  city named on its own ("a hospital in Pune", "my son in Manchester") is not labelled.
- NAME: titles and honorifics stay outside ("Mr", "Ms.", "Dr", "mister", "missus", "miss",
  "ji"); "Graeme and Lorraine Pickering" is two spans; a family name in the plural ("the
  Pickerings") is a NAME; kinship words ("Gogo", "my mom") are not names; a company name or a
  street name that contains a surname is not a NAME; a name the recogniser turned into a common
  word is labelled as written. The check that a labelled name word is not said again outside a
  pii span ignores single letters (spelled names).
- Homophones the recogniser wrote as number words outside any value ("calling four my husband",
  "two be reprocessed") are keep spans of kind `other`.
- Keep spans include their unit or currency ("90 days", "$40", "500 mg", "25.74p", "12%",
  "6:45 pm"); a count is just the number; a model number includes the product name where one is
  said ("Pixel 6", "Air 4", "galaxy s twenty two"); "2023-24" is two `year` spans; a day of the
  month said alone ("the nineteenth") is a `date`; a Medicare card's valid-to date is a `date`
  (as in test18).
- Styles are half and half when the two counts (of cases and of utterances) differ by at most
  10% of the larger. An utterance counts as ordinary talk when it has no pii or keep span, no
  digit and no number word.
"""

import json
import os
import random
import re
import string
import sys

SEED = 210721
r = random.Random(SEED)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev25.jsonl")

PII_TYPES = {"CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"}
KEEP_KINDS = {"quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"}
SPEAKERS = {"a": "agent", "c": "customer", "i": "ivr"}

MINIMUMS = {"CARD_NUMBER": 28, "CVV": 20, "EXPIRY": 20, "SSN": 12, "PHONE": 20, "EMAIL": 18,
            "DOB": 20, "ADDRESS": 20, "POSTCODE": 24, "ACCOUNT_NUMBER": 55, "NAME": 200}
MIN_CASES, MIN_UTTS, MIN_KEEP, MIN_PLAIN = 80, 800, 290, 60

# ---------------------------------------------------------------- numbers (all from r)

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
TENS_ORD = {2: "twentieth", 3: "thirtieth"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
UP = string.ascii_uppercase


def D(n):
    """n random digits."""
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def D1(n):
    """n random digits, the first not zero."""
    return str(r.randint(1, 9)) + D(n - 1)


def L(n, alphabet=UP):
    return "".join(r.choice(alphabet) for _ in range(n))


def pick(*xs):
    return r.choice(xs)


def num(lo, hi):
    return r.randint(lo, hi)


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


def card(kind="visa"):
    prefix = {"visa": "4", "mc": pick("51", "52", "53", "54", "55"), "amex": pick("34", "37"),
              "disc": "6011"}[kind]
    n = 15 if kind == "amex" else 16
    body = prefix + D(n - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def nonluhn(n):
    s = D1(n)
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def G(s, *sizes, sep=" "):
    """split s into chunks of the given sizes (the last size repeats)."""
    out, i, k = [], 0, 0
    while i < len(s):
        n = sizes[min(k, len(sizes) - 1)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return sep.join(out)


def dw(c, zero="oh"):
    return zero if c == "0" else ONES[int(c)]


def W(s, zero="oh", double=False):
    """read digits (and letters) one by one: '4401' -> 'four four oh one'."""
    chars = [c for c in s if c.isalnum()]
    out, i = [], 0
    while i < len(chars):
        c = chars[i]
        if c.isdigit():
            if double and i + 1 < len(chars) and chars[i + 1] == c:
                if i + 2 < len(chars) and chars[i + 2] == c:
                    out.append("triple " + dw(c, zero))
                    i += 3
                    continue
                out.append("double " + dw(c, zero))
                i += 2
                continue
            out.append(dw(c, zero))
        else:
            out.append(c.lower())
        i += 1
    return " ".join(out)


def MIX(s):
    """digits and number words mixed in one value: '45609' -> '4 five 6 oh 9'."""
    chars = [c for c in s if c.isalnum()]
    while True:
        flags = [r.random() < 0.5 for _ in chars]
        if any(flags) and not all(flags):
            break
    return " ".join((c.lower() if f else (dw(c) if c.isdigit() else c.lower()))
                    for c, f in zip(chars, flags))


def HOMO(s):
    """digit words as a recogniser mishears them: 1 -> 'won', 2 -> 'to', 4 -> 'for', 8 -> 'ate'."""
    alt = {"1": "won", "2": "to", "4": "for", "8": "ate"}
    chars = [c for c in s if c.isalnum()]
    while True:
        out, used = [], 0
        for c in chars:
            if c in alt and r.random() < 0.5:
                out.append(alt[c])
                used += 1
            else:
                out.append(dw(c) if c.isdigit() else c.lower())
        if used or not any(c in alt for c in chars):
            return " ".join(out)


def nw(n, uk=False):
    """integer to words."""
    a = " and " if uk else " "
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else a + nw(rest, uk))
    if n < 1000000:
        rest = n % 1000
        s = nw(n // 1000, uk) + " thousand"
        if rest == 0:
            return s
        return s + (a if rest < 100 else " ") + nw(rest, uk)
    rest = n % 1000000
    s = nw(n // 1000000, uk) + " million"
    return s if rest == 0 else s + " " + nw(rest, uk)


def N2(ss):
    """a two-digit group as words: '07' -> 'oh seven', '41' -> 'forty one'."""
    if len(ss) == 1:
        return dw(ss)
    if ss == "00":
        return "hundred"
    if ss[0] == "0":
        return "oh " + dw(ss[1])
    return nw(int(ss))


def PAIRS(s):
    s = "".join(c for c in s if c.isdigit())
    return " ".join(N2(s[i:i + 2]) for i in range(0, len(s), 2))


def yw(y):
    """a year as said: 1986 -> 'nineteen eighty six', 2004 -> 'two thousand four'."""
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    return nw(hi) + " " + (N2("%02d" % lo) if lo else "hundred")


def ordd(n):
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def ordw(n):
    if n < 20:
        return ORD[n]
    if n % 10 == 0:
        return TENS_ORD[n // 10]
    return TENS[n // 10] + " " + ORD[n % 10]


def money(lo, hi, step=1):
    return r.randrange(lo, hi + 1, step)


def cents():
    return r.randint(1, 99)


def fm(x, c=None):
    """1234 -> '1,234'; with cents 1234, 5 -> '1,234.05'."""
    s = "{:,}".format(x)
    return s if c is None else s + ".%02d" % c


def mw(x, unit="dollars", c=None, cunit="cents", uk=False):
    s = nw(x, uk) + " " + unit
    if c:
        s += " " + nw(c) + (" " + cunit if cunit else "")
    return s


def clock(lo=8, hi=17, quarter=True):
    h = r.randint(lo, hi)
    m = r.choice([0, 15, 30, 45]) if quarter else r.randint(0, 59)
    return h, m


def tt(h, m, style="ampm"):
    if style == "24":
        return "%02d:%02d" % (h, m)
    hh = h % 12 or 12
    return "%d:%02d %s" % (hh, m, "am" if h < 12 else "pm")


def tw(h, m):
    hh = h % 12 or 12
    if m == 0:
        return nw(hh) + " o'clock"
    if m < 10:
        return nw(hh) + " oh " + ONES[m]
    return nw(hh) + " " + nw(m)


def exp():
    return "%02d" % r.randint(1, 12), "%02d" % r.randint(25, 31)


def cvv(n=3):
    return D(n)


def dob(lo=1938, hi=2004):
    return r.randint(1, 28), r.randint(1, 12), r.randint(lo, hi)


def day_month():
    return r.randint(1, 28), r.randint(1, 12)


# ---------------------------------------------------------------- phones and postcodes

def ph_nanp():
    return str(r.randint(2, 9)) + D(2) + str(r.randint(2, 9)) + D(6)


def f_nanp(d, style=0):
    if style == 0:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    return "%s.%s.%s" % (d[:3], d[3:6], d[6:])


def ph_uk():
    return "07" + str(r.randint(3, 9)) + D(8)


def ph_ie():
    return "08" + str(r.choice([3, 5, 6, 7, 9])) + D(7)


def ph_au():
    return "04" + D(8)


def ph_nz():
    return "02" + str(r.choice([1, 2, 7])) + D(7)


def ph_za():
    return "0" + str(r.choice([6, 7, 8])) + str(r.randint(1, 9)) + D(7)


def ph_in():
    return str(r.choice([7, 8, 9])) + D(9)


def biz_nanp():
    """a business's own number (a look-alike): never passes Luhn."""
    while True:
        d = ph_nanp()
        if not luhn_ok(d):
            return d


def tollfree():
    """a company's toll-free line (a look-alike): never passes Luhn."""
    while True:
        t = "1-8" + pick("00", "33", "44", "55", "66", "77", "88") + "-" + D1(3) + "-" + D(4)
        if not luhn_ok(t.replace("-", "")):
            return t


UK_AREAS = ["LS", "M", "B", "SW", "EH", "G", "CF", "BS", "NE", "RG", "OX", "CB", "L", "S", "NG",
            "LE", "PL", "BT", "AB", "DN", "YO", "HU", "SE", "N", "E", "CV", "DE", "ST"]
IN_UK = "ABDEFGHJLNPQRSTUWXYZ"


def uk_pc(area=None):
    area = area or r.choice(UK_AREAS)
    return "%s%d %d%s" % (area, r.randint(1, 19), r.randint(0, 9), L(2, IN_UK))


EIR_KEYS = ["D02", "D04", "D06", "D08", "D6W", "D12", "D15", "D24", "T12", "T23", "H91", "V94",
            "A94", "F91", "X91", "R95", "W91", "K78", "N37", "Y35"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def eircode(key=None):
    key = key or r.choice(EIR_KEYS)
    return key + " " + r.choice("ACDEFHKNPRTVWXY") + D(1) + L(2, EIR_CH)


def ca_pc(first=None):
    first = first or r.choice("ABCEGHJKLMNPRSTVXY")
    lt = "ABCEGHJKLMNPRSTVWXYZ"
    return "%s%d%s %d%s%d" % (first, r.randint(0, 9), r.choice(lt), r.randint(0, 9), r.choice(lt),
                              r.randint(0, 9))


def zip5():
    return D1(5)


def au_pc(state="NSW"):
    lo, hi = {"NSW": (2000, 2599), "VIC": (3000, 3999), "QLD": (4000, 4899), "SA": (5000, 5799),
              "WA": (6000, 6799), "TAS": (7000, 7499)}[state]
    return str(r.randint(lo, hi))


def nz_pc():
    return "%04d" % r.randint(600, 9893)


def za_pc():
    return "%04d" % r.randint(1, 9999)


def in_pin():
    return str(r.randint(1, 8)) + D(5)


# ---------------------------------------------------------------- national ids

def ssn():
    a = r.choice([x for x in range(1, 900) if x != 666])
    return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


def nino():
    pre = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
    return "%s %s %s %s %s" % (pre, D(2), D(2), D(2), r.choice("ABCD"))


def pps():
    return D(7) + L(1) + pick("A", "W", "")


def sin_ca():
    return G(D1(9), 3)


def tfn():
    return G(D1(9), 3)


def ird():
    return G(D1(9), 3, sep="-")


def za_id(y, m, d):
    return "%02d%02d%02d" % (y % 100, m, d) + D(4) + pick("0", "1") + "8" + D(1)


def aadhaar():
    return G(str(r.randint(2, 9)) + D(11), 4)


def pan():
    return L(3) + "P" + L(1) + D(4) + L(1)


def mbi():
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    return "%d%s%s%d-%s%s%d-%s%s%d%d" % (
        r.randint(1, 9), r.choice(a), r.choice(an), r.randint(0, 9), r.choice(a), r.choice(an),
        r.randint(0, 9), r.choice(a), r.choice(a), r.randint(0, 9), r.randint(0, 9))


def nhs():
    while True:
        d = D1(9)
        s = sum(int(c) * (10 - i) for i, c in enumerate(d))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            return G(d + str(chk), 3, 3, 4)


# ---------------------------------------------------------------- banks

def aba():
    while True:
        d = "%02d" % r.choice(list(range(1, 13)) + list(range(21, 33))) + D(6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * k for c, k in zip(d, w))
        chk = (10 - s % 10) % 10
        return d + str(chk)


def iban(cc, bank=None):
    if cc in ("GB", "IE"):
        bban = (bank or L(4)) + D(6) + D(8)
    elif cc == "DE":
        bban = D(18)
    elif cc == "ES":
        bban = D(20)
    elif cc == "FR":
        bban = D(23)
    elif cc == "NL":
        bban = (bank or L(4)) + D(10)
    elif cc == "PT":
        bban = D(21)
    else:
        raise ValueError(cc)
    rearr = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in rearr))
    return G(cc + "%02d" % (98 - n % 97) + bban, 4)


def bic(cc, branch=False):
    loc = r.choice(UP) + r.choice(UP + "23456789")
    return L(4) + cc + loc + (D1(3) if branch else "")


def sort_code():
    return "%s-%s-%s" % (D1(2), D(2), D(2))


def bsb():
    return "%s-%s" % (D1(3), D(3))


def vin():
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return pick("1", "2", "3", "J", "W", "5") + L(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + L(14, ch)


def imei():
    return nonluhn(15)


# ---------------------------------------------------------------- cases

CASES = []


def case(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco

# ---------------------------------------------------------------- markup, checks, output

PAT = re.compile(r"\[\[([A-Z_]+)(?:#([A-Za-z0-9_]+))?:(.+?)\]\]|\(\(([a-z_]+):(.+?)\)\)")
DIGW = {"zero": "0", "oh": "0", "o": "0", "one": "1", "won": "1", "two": "2", "to": "2",
        "too": "2", "three": "3", "four": "4", "for": "4", "five": "5", "six": "6",
        "seven": "7", "eight": "8", "ate": "8", "nine": "9"}
NUMWORDS = set(ONES) | set(TEENS) | set(TENS[2:]) | {"hundred", "thousand", "million",
                                                     "double", "triple"}
WORD = re.compile(r"[^\W\d_]+")


def spoken_digits(text, big=True):
    """the digits a span says, whether written as digits or as words."""
    toks = re.findall(r"\d|[a-z]+", text.lower())
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out += t
        elif t in ("double", "triple") and nxt is not None and (nxt.isdigit() or nxt in DIGW):
            d = nxt if nxt.isdigit() else DIGW[nxt]
            out += d * (2 if t == "double" else 3)
            i += 1
        elif t in DIGW:
            out += DIGW[t]
        elif t in TEENS:
            out += str(10 + TEENS.index(t))
        elif t in TENS[2:]:
            if nxt in ONES[1:]:
                out += str(TENS.index(t)) + str(ONES.index(nxt))
                i += 1
            else:
                out += str(TENS.index(t)) + "0"
        elif big and t == "hundred":
            out += "00"
        elif big and t == "thousand":
            out += "000"
        i += 1
    return out


def strip_markup(text):
    out, spans, pos, length = [], [], 0, 0
    for m in PAT.finditer(text):
        lead = text[pos:m.start()]
        out.append(lead)
        length += len(lead)
        if m.group(1):
            val = m.group(3)
            spans.append(("pii", m.group(1), m.group(2), length, length + len(val), val))
        else:
            val = m.group(5)
            spans.append(("keep", m.group(4), None, length, length + len(val), val))
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def build(index, style, fn):
    cid = "t21-%03d" % index
    raw = fn()
    utts, pii, keep, problems = [], [], [], []
    for ui, (spk, text) in enumerate(raw):
        if spk not in SPEAKERS:
            problems.append("%s u%d: speaker %r not allowed" % (cid, ui, spk))
        plain, spans = strip_markup(text)
        utts.append({"speaker": SPEAKERS.get(spk, spk), "text": plain})
        for kind, typ, tag, s, e, val in spans:
            if kind == "pii":
                pii.append((ui, s, e, typ, tag, val))
            else:
                keep.append((ui, s, e, typ, val))
    pii.sort(key=lambda x: (x[0], x[1]))
    groups, out_pii, n = {}, [], 0
    for ui, s, e, typ, tag, val in pii:
        key = ("tag", tag) if tag else ("span", ui, s)
        if key not in groups:
            n += 1
            groups[key] = "g%d" % n
        out_pii.append({"utterance": ui, "start": s, "end": e, "type": typ, "group": groups[key],
                        "_text": val})
    keep.sort(key=lambda x: (x[0], x[1]))
    out_keep = [{"utterance": ui, "start": s, "end": e, "kind": k, "_text": val}
                for ui, s, e, k, val in keep]
    return {"case_id": cid, "style": style, "utterances": utts, "pii": out_pii,
            "keep": out_keep}, problems


def check(c, problems, warnings):
    cid, style, utts = c["case_id"], c["style"], c["utterances"]
    if not 6 <= len(utts) <= 25:
        problems.append("%s: %d utterances (6 to 25 wanted)" % (cid, len(utts)))
    if style not in ("asr", "transcript"):
        problems.append("%s: style %r" % (cid, style))
    spans_by_utt = {}
    for sp in c["pii"] + c["keep"]:
        u = sp["utterance"]
        if not 0 <= u < len(utts):
            problems.append("%s: span in missing utterance %d" % (cid, u))
            continue
        text = utts[u]["text"]
        got = text[sp["start"]:sp["end"]]
        if got != sp["_text"] or not got or got != got.strip():
            problems.append("%s u%d: span text %r != %r" % (cid, u, got, sp["_text"]))
        spans_by_utt.setdefault(u, []).append(sp)
        if "type" in sp and sp["type"] not in PII_TYPES:
            problems.append("%s u%d: type %r" % (cid, u, sp["type"]))
        if "kind" in sp and sp["kind"] not in KEEP_KINDS:
            problems.append("%s u%d: keep kind %r" % (cid, u, sp["kind"]))
    # overlaps
    for u, sps in spans_by_utt.items():
        sps = sorted(sps, key=lambda x: x["start"])
        for a, b in zip(sps, sps[1:]):
            if b["start"] < a["end"]:
                problems.append("%s u%d: spans overlap %r %r" % (cid, u, a["_text"], b["_text"]))
    # groups: first appearance, one type, pieces apart
    seen, gtype, gpieces = [], {}, {}
    for sp in c["pii"]:
        g = sp["group"]
        if g not in seen:
            seen.append(g)
            if g != "g%d" % len(seen):
                problems.append("%s: group %s out of order" % (cid, g))
        if gtype.setdefault(g, sp["type"]) != sp["type"]:
            problems.append("%s: group %s mixes %s and %s" % (cid, g, gtype[g], sp["type"]))
        gpieces.setdefault(g, []).append(sp)
    for g, ps in gpieces.items():
        for a, b in zip(ps, ps[1:]):
            if a["utterance"] == b["utterance"]:
                between = utts[a["utterance"]]["text"][a["end"]:b["start"]]
                if re.fullmatch(r"[\s\W_]*", between):
                    problems.append("%s u%d: pieces of %s parted only by %r" % (
                        cid, a["utterance"], g, between))
        if gtype[g] == "CARD_NUMBER":
            digits = "".join(spoken_digits(p["_text"]) for p in ps)
            if len(digits) >= 12 and not luhn_ok(digits):
                problems.append("%s: card group %s fails Luhn (%s)" % (cid, g, digits))
            if 4 < len(digits) < 12:
                warnings.append("%s: card group %s has %d digits" % (cid, g, len(digits)))
    for sp in c["keep"]:
        digits = spoken_digits(sp["_text"], big=False)
        if len(digits) >= 10 and luhn_ok(digits):
            problems.append("%s u%d: keep %r passes Luhn" % (cid, sp["utterance"], sp["_text"]))
    # text-level checks
    name_words = set()
    for sp in c["pii"]:
        if sp["type"] == "NAME":
            name_words |= {w.lower() for w in WORD.findall(sp["_text"]) if len(w) > 1}
    plain_count = 0
    for u, ut in enumerate(utts):
        text = ut["text"]
        mask = list(text)
        pmask = list(text)
        for sp in spans_by_utt.get(u, []):
            for k in range(sp["start"], sp["end"]):
                mask[k] = " "
                if "type" in sp:
                    pmask[k] = " "
        outside = "".join(mask)
        if re.search(r"\d", outside):
            problems.append("%s u%d: digit outside spans: %r" % (cid, u, text))
        for bad in ("[[", "]]", "((", "))", "{", "}"):
            if bad in text:
                problems.append("%s u%d: markup left: %r" % (cid, u, text))
        if style == "asr":
            if re.search(r"[^a-z0-9' ]", text) or re.search(r"(?<![a-z])'|'(?![a-z])", text):
                problems.append("%s u%d: asr text has capitals or punctuation: %r" % (cid, u, text))
        if "  " in text or text != text.strip():
            problems.append("%s u%d: stray spaces: %r" % (cid, u, text))
        for w in WORD.findall("".join(pmask)):
            if w.lower() in name_words:
                problems.append("%s u%d: name word %r said outside a pii span" % (cid, u, w))
        toks = [w.lower() for w in WORD.findall(outside)]
        nums = [w for w in toks if w in NUMWORDS]
        if nums:
            warnings.append("%s u%d: number words outside spans %s: %s" % (cid, u, nums, text))
        if u not in spans_by_utt and not re.search(r"\d", text) and not nums:
            plain_count += 1
    return plain_count


def main():
    cases, problems, warnings = [], [], []
    for i, (style, fn) in enumerate(CASES, 1):
        c, p = build(i, style, fn)
        problems += p
        cases.append(c)
    type_groups = {t: 0 for t in sorted(PII_TYPES)}
    kinds = {k: 0 for k in sorted(KEEP_KINDS)}
    plain_total, plain_cases = 0, 0
    n_utts = sum(len(c["utterances"]) for c in cases)
    for c in cases:
        pc = check(c, problems, warnings)
        plain_total += pc
        plain_cases += pc > 0
        for g in {(sp["group"], sp["type"]) for sp in c["pii"]}:
            type_groups[g[1]] = type_groups.get(g[1], 0) + 1
        for sp in c["keep"]:
            kinds[sp["kind"]] = kinds.get(sp["kind"], 0) + 1
    n_keep = sum(kinds.values())
    styles = {"asr": [0, 0], "transcript": [0, 0]}
    for c in cases:
        if c["style"] in styles:
            styles[c["style"]][0] += 1
            styles[c["style"]][1] += len(c["utterances"])
    n_pii = sum(len(c["pii"]) for c in cases)
    print("cases %d, utterances %d, pii spans %d, keep spans %d" % (len(cases), n_utts, n_pii,
                                                                     n_keep))
    print("styles: asr %d cases / %d utterances, transcript %d cases / %d utterances" % (
        styles["asr"][0], styles["asr"][1], styles["transcript"][0], styles["transcript"][1]))
    print("pii values (groups) per type:")
    for t, n in sorted(type_groups.items()):
        print("  %-15s %4d  (min %d)" % (t, n, MINIMUMS.get(t, 0)))
    print("keep spans per kind:")
    for k, n in sorted(kinds.items()):
        print("  %-15s %4d" % (k, n))
    print("utterances with no pii and no number: %d in %d cases" % (plain_total, plain_cases))
    if "-w" in sys.argv:
        for w in warnings:
            print("warning:", w)
    if len(cases) < MIN_CASES:
        problems.append("only %d cases (min %d)" % (len(cases), MIN_CASES))
    if n_utts < MIN_UTTS:
        problems.append("only %d utterances (min %d)" % (n_utts, MIN_UTTS))
    if n_keep < MIN_KEEP:
        problems.append("only %d keep spans (min %d)" % (n_keep, MIN_KEEP))
    for t, m in MINIMUMS.items():
        if type_groups[t] < m:
            problems.append("only %d %s values (min %d)" % (type_groups[t], t, m))
    if plain_total < MIN_PLAIN:
        problems.append("only %d plain utterances (min %d)" % (plain_total, MIN_PLAIN))
    if plain_cases < len(cases) // 2:
        problems.append("plain utterances in only %d cases" % plain_cases)
    for idx, what in ((0, "cases"), (1, "utterances")):
        a, t = styles["asr"][idx], styles["transcript"][idx]
        if abs(a - t) > 0.1 * max(a, t, 1):
            problems.append("styles not half and half in %s: asr %d, transcript %d" % (what, a, t))
    if problems:
        print("\n%d problem(s); nothing written:" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            for sp in c["pii"] + c["keep"]:
                del sp["_text"]
            f.write(json.dumps(c) + "\n")
    print("wrote %d cases to %s" % (len(cases), OUT))


# ================================================================ the conversations
# Each function is one call, written by hand. Speakers: a = agent, c = customer, i = ivr.

def Mo(m):
    return MONTHS[m - 1]


def mo(m):
    return MONTHS[m - 1].lower()


def d_us(d, m, y=None):
    return "%s %d" % (Mo(m), d) + (", %d" % y if y else "")


def d_uk(d, m, y=None):
    return "%d %s" % (d, Mo(m)) + (" %d" % y if y else "")


def w_us(d, m, y=None):
    return "%s %s" % (mo(m), ordw(d)) + (" " + yw(y) if y else "")


def w_uk(d, m, y=None):
    return "%s of %s" % (ordw(d), mo(m)) + (" " + yw(y) if y else "")


# ---------------------------------------------------------------- health insurance and benefits

@case("transcript")
def _():
    mid = "W" + D(9)
    grp = D1(6)
    clm = D1(2) + G(D(10), 5, sep="-")
    d, m, y = dob(1958, 1990)
    vd, vm = day_month()
    jd, jm = day_month()
    amt, c = money(240, 1900), cents()
    ded = money(10, 40) * 100
    met = money(2, ded // 100 - 1) * 100
    lo = num(7, 10)
    ref = "C" + D(8)
    return [
        ("a", "Thank you for calling Bluegate Health, this is [[NAME:Marisol]]. Can I get the member ID from the front of your card?"),
        ("c", f"Sure, it's [[ACCOUNT_NUMBER:{mid}]]. The group number under it is ((other:{grp})), if you need that."),
        ("a", "I won't need the group number, thanks. And the member's date of birth?"),
        ("c", f"That's me. [[DOB:{d_us(d, m, y)}]]."),
        ("a", "Thank you. I have you as [[NAME:Terrence Oyelaran]], is that right?"),
        ("c", f"That's right. I'm calling about a claim that got denied. The letter says claim number [[ACCOUNT_NUMBER:{clm}]], for my visit with Dr. [[NAME:Ingrid Halvorsen]] on ((date:{d_us(vd, vm)}))."),
        ("a", f"I see it. The billed amount was ((price:${fm(amt, c)})), and it was processed as out of network."),
        ("c", "But she's in network. I checked the directory before I went."),
        ("a", f"You're right that she's listed. Her contract with us started on ((date:{d_us(jd, jm)})), and the directory showed her a little early. That's on us, not you."),
        ("c", "So what happens now?"),
        ("a", f"I'm sending it back for reprocessing as in network. That usually takes ((duration:{lo} to {lo + 5} business days))."),
        ("c", "And will it count toward my deductible?"),
        ("a", f"It will. Your deductible is ((price:${fm(ded)})) and you've met ((price:${fm(met)})) of it so far this plan year."),
        ("c", "Okay, good. That helps."),
        ("a", f"Your reference for today's call is [[ACCOUNT_NUMBER:{ref}]]. Is there anything else I can help with?"),
        ("c", "No, that's everything. Thanks, [[NAME:Marisol]]."),
    ]


@case("asr")
def _():
    sid = D1(9)
    d, m, y = dob(1975, 1992)
    kd, km, ky = dob(2009, 2014)
    age = 2025 - ky - 1
    pct = pick(40, 50, 60)
    cap = pick(1500, 2000, 2500)
    yr = pick(2021, 2022, 2023)
    wait = pick(12, 24)
    return [
        ("a", "thanks for calling clearbite dental this is [[NAME:kofi]] how can i help"),
        ("c", "hi yeah um i'm trying to find out if my daughter's covered for braces"),
        ("a", "sure thing can i get the subscriber id off the card"),
        ("c", f"yeah it's [[ACCOUNT_NUMBER#m:{MIX(sid[:5])}]] uh sorry the light's bad [[ACCOUNT_NUMBER#m:{MIX(sid[5:])}]]"),
        ("a", "got it and your date of birth"),
        ("c", f"[[DOB:{w_us(d, m, y)}]]"),
        ("a", "perfect and the patient's name"),
        ("c", f"[[NAME:amara]] she's ((other:{nw(age)})) her birthday is [[DOB:{w_us(kd, km, ky)}]]"),
        ("a", f"okay so orthodontics on your plan is covered at ((percentage:{nw(pct)} percent)) up to a lifetime max of ((price:{nw(cap)} dollars))"),
        ("c", f"((price:{nw(cap)})) total not per year"),
        ("a", f"total yeah lifetime and there's a ((duration:{nw(wait)} month)) waiting period but you've been with us since ((year:{yw(yr)})) so that's met"),
        ("c", "oh good okay and the orthodontist we want is doctor [[NAME:win]] over on main street"),
        ("a", "let me look doctor [[NAME:win]] yes he's in network"),
        ("c", "great that's a relief"),
        ("a", "anything else i can check for you"),
        ("c", "no that's it thank you so much"),
    ]


@case("transcript")
def _():
    mb = mbi()
    d, m, y = dob(1938, 1958)
    old, new = pick(0, 2, 4), money(38, 62)
    dose = pick(500, 850)
    days = pick(90, 100)
    qty = days * 2
    fax = f_nanp(biz_nanp(), 1)
    hn = num(100, 9899)
    z = zip5()
    return [
        ("i", "Welcome to Sunward Medicare Advantage. Please say or enter your Medicare number, one character at a time."),
        ("c", f"[[ACCOUNT_NUMBER:{mb}]]."),
        ("i", "Thank you. Please hold for the next available representative."),
        ("a", "Hi, this is [[NAME:Dolores]]. I see you entered a Medicare number. Can you confirm your date of birth for me?"),
        ("c", f"[[DOB:{m:02d}/{d:02d}/{y}]]."),
        ("a", "Thank you, Mr. [[NAME:Abernathy]]. What can I do for you today?"),
        ("c", f"My pharmacy says my metformin went from ((price:${old})) to ((price:${new})) this month. Nobody told me."),
        ("a", "Let me pull up your drug list. You were switched to the extended-release tablets, and those aren't on our preferred list, which is why the copay jumped."),
        ("c", "I didn't ask to be switched. What were the old ones?"),
        ("a", f"The regular ((quantity:{dose} mg)) tablets. A ((duration:{days}-day)) supply of those, ((quantity:{qty} tablets)), would be ((price:${old})) at a preferred pharmacy."),
        ("c", "Can you tell my doctor? It's Dr. [[NAME:Farah Siddiqui]]."),
        ("a", f"I can fax a note to her office. I have her fax as ((other:{fax})). Is that current?"),
        ("c", "I think so. Oh, and I've moved, so my mail's been going to the old place."),
        ("a", "Let's fix that now. What's the new address?"),
        ("c", f"[[ADDRESS:{hn} Quail Hollow Drive, Apartment {L(1)}, Mesa, Arizona]] [[POSTCODE:{z}]]."),
        ("a", "Got it. I've sent the note to Dr. [[NAME:Siddiqui]] and updated your address. Anything else?"),
        ("c", "No, that's all. Thank you, dear."),
    ]

@case("asr")
def _():
    mcd = L(2) + D(8)
    s4 = D(4)
    kids = pick(2, 3)
    inc = money(19, 31) * 100
    hn1, hn2 = num(100, 9899), num(10, 999)
    z = zip5()
    lo = pick(5, 7)
    dd = num(20, 30)
    return [
        ("a", "department of human services medicaid renewals this is [[NAME:jerome]] how can i help"),
        ("c", f"hi um i got a letter saying i have to renew by the ((date:{ordw(dd)})) or we lose it"),
        ("a", "okay i can help with that can you read me the medicaid id from the top of the letter"),
        ("c", f"yeah it's [[ACCOUNT_NUMBER:{W(mcd)}]]"),
        ("a", "and the last four of your social"),
        ("c", f"[[SSN:{W(s4, zero='zero')}]]"),
        ("a", "thank you who's living in the household right now"),
        ("c", f"me and my ((count:{nw(kids)})) kids and my mom [[NAME:delphine]] moved in with us in the spring"),
        ("a", "okay is your mom getting any income like social security or a pension"),
        ("c", "she gets her social security yeah i don't know the amount off the top of my head"),
        ("a", "that's okay we can verify that ourselves what's the total monthly income for you"),
        ("c", f"about ((price:{nw(inc)})) maybe ((price:{nw(inc + 100)})) when i get overtime"),
        ("a", f"okay and are you still at [[ADDRESS:{nw(hn1)} larkspur lane]]"),
        ("c", f"no we moved it's [[ADDRESS:{W(str(hn2))} cottonwood court apartment {L(1).lower()}]] same town zip is [[POSTCODE:{W(z)}]]"),
        ("a", f"got it i'll update that and add your mom to the case you'll get a renewal packet in ((duration:{nw(lo)} to {nw(lo + 3)} days))"),
        ("c", "okay and do i have to send anything back"),
        ("a", "just sign the last page and send proof of your mom's income a bank statement is fine"),
        ("c", "okay thank you so much"),
    ]


@case("transcript")
def _():
    mid = "XQM" + D(9)
    d, m, y = dob(1965, 1995)
    pa = "PA-" + D1(2) + "-" + D(6)
    ad, am = day_month()
    days = pick(60, 90)
    coins = pick(10, 20, 30)
    lo = money(18, 30) * 10
    old, new = ph_nanp(), ph_nanp()
    npi = nonluhn(10)
    return [
        ("a", "Utilization management, this is [[NAME:Benedikt]]. How can I help?"),
        ("c", "Hi, I'm checking on a prior authorization for an MRI. My surgeon's office said they sent the request last week."),
        ("a", "I can check. Can I have your member ID and date of birth?"),
        ("c", f"Member ID is [[ACCOUNT_NUMBER:{mid}]], and I was born on [[DOB:{d_us(d, m, y)}]]."),
        ("a", "Thank you, Ms. [[NAME:Castellanos]]. I see the request from Dr. [[NAME:Obinna Eze]]'s office. It was approved this morning."),
        ("c", "Oh, thank goodness. Is there a number I should give the imaging center?"),
        ("a", f"Yes, the authorization number is [[ACCOUNT_NUMBER:{pa}]]. It's valid for ((duration:{days} days)) from ((date:{d_us(ad, am)})), for one MRI of the left knee."),
        ("c", "And what will I end up paying?"),
        ("a", f"Advanced imaging is ((percentage:{coins}%)) coinsurance after your deductible. At the center on the request, that's usually between ((price:${lo})) and ((price:${lo + 150})) for you."),
        ("c", "Can you text me that authorization number so I don't lose it?"),
        ("a", f"Sure. Is [[PHONE:{f_nanp(old)}]] still the best number?"),
        ("c", f"No, I changed it. It's [[PHONE:{f_nanp(new, 1)}]]."),
        ("a", f"Updated, and the text is on its way. If the center asks, their NPI on the approval is ((other:{npi}))."),
        ("c", "Perfect. Thanks so much."),
    ]


@case("asr")
def _():
    cn = card(pick("visa", "mc"))
    e1, e2 = exp()
    z = zip5()
    a1, c1 = money(8, 19), cents()
    a2 = money(60, 140)
    lo = pick(5, 7)
    return [
        ("a", "benefit card services my name is [[NAME:priyanka]] are you calling about a card"),
        ("c", "yes i lost my hsa card i think i left it at the pharmacy counter"),
        ("a", "i'm sorry to hear that do you have the card number handy"),
        ("c", f"i wrote it in my notes when i got it hang on here it is [[CARD_NUMBER#k:{W(cn[:4])} {W(cn[4:8])}]] um [[CARD_NUMBER#k:{W(cn[8:12], double=True)} {W(cn[12:])}]]"),
        ("a", "thank you and the expiration date on it"),
        ("c", f"[[EXPIRY:{W(e1)} {N2(e2)}]]"),
        ("a", "and can you confirm the zip code on the account"),
        ("c", f"[[POSTCODE:{MIX(z)}]]"),
        ("a", f"okay i've blocked the card ending in [[CARD_NUMBER:{W(cn[12:])}]] nobody can use it now"),
        ("a", f"i do see ((count:two)) charges today one for ((price:{nw(a1)} dollars and {nw(c1)} cents)) at a pharmacy and one for ((price:{nw(a2)} dollars)) at an online store do you recognize those"),
        ("c", f"the ((price:{nw(a1)})) was me that was my prescription the online one wasn't"),
        ("a", f"okay i'll open a dispute for the ((price:{nw(a2)} dollars)) and the money goes back into your account while we look at it"),
        ("c", "thank you and when do i get the new card"),
        ("a", f"it'll go out today and should be there in ((duration:{nw(lo)} to {nw(lo + 3)} business days))"),
        ("c", "okay great thanks for your help"),
    ]


@case("transcript")
def _():
    pid = "P" + D(7)
    prem, c = money(420, 890), cents()
    gd, gm = day_month()
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    conf = D1(3) + "-" + D(5)
    return [
        ("a", "COBRA administration, this is [[NAME:Hollis]]. How can I help you?"),
        ("c", "I need to pay my premium. I got a notice saying I'm about to lose my coverage."),
        ("a", "Let's take care of that. What's the participant ID on the notice?"),
        ("c", f"It's [[ACCOUNT_NUMBER:{pid}]]. The notice is addressed to [[NAME:Rosalind Achterberg]], that's me."),
        ("a", f"Thank you. Your premium for this month is ((price:${fm(prem, c)})), and the grace period ends on ((date:{d_us(gd, gm)})). Would you like to pay the whole amount today?"),
        ("c", "Yes, by card, please."),
        ("a", "Go ahead with the card number when you're ready."),
        ("c", f"It's a Visa: [[CARD_NUMBER:{G(cn, 4)}]]."),
        ("a", "And the expiration date?"),
        ("c", f"[[EXPIRY:{e1}/{e2}]]."),
        ("a", "And the security code on the back?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", f"Thank you. The payment of ((price:${fm(prem, c)})) went through on the card ending in [[CARD_NUMBER:{cn[-4:]}]]. Your confirmation number is [[ACCOUNT_NUMBER:{conf}]]."),
        ("c", "Great. Can I set it up so it pays automatically?"),
        ("a", "Not on a card, I'm afraid. Automatic payments have to come from a bank account, and you can set that up on the portal."),
        ("c", "I'll do that tonight. Thanks for your help."),
    ]


@case("asr")
def _():
    ph = ph_nanp()
    z = zip5()
    n = pick(3, 4)
    inc = money(48, 79)
    cred = money(210, 480)
    dd = pick(15, 31)
    return [
        ("a", "thank you for calling the health insurance marketplace my name is [[NAME:dwayne]] can i get your first and last name"),
        ("c", "sure it's [[NAME:lakshmi]] and the last name is a long one [[NAME#s:v e n k a t]] uh [[NAME#s:a r a m a n]]"),
        ("a", "thank you and a good email address for you"),
        ("c", "[[EMAIL:lakshmi v r at g mail dot com]]"),
        ("a", "was that g mail like google"),
        ("c", "yes g mail"),
        ("a", "and a phone number"),
        ("c", f"[[PHONE:{W(ph[:3])} {MIX(ph[3:6])} {W(ph[6:])}]]"),
        ("a", "and what's your zip"),
        ("c", f"[[POSTCODE:{W(z)}]]"),
        ("a", "how many people are in your household"),
        ("c", f"((count:{nw(n)})) me my husband and the kids"),
        ("a", "and what do you expect your household income to be next year"),
        ("c", f"um around ((price:{nw(inc)} thousand)) i think"),
        ("a", f"okay at that income you'd likely qualify for a premium tax credit of about ((price:{nw(cred)} dollars)) a month"),
        ("c", "oh wow okay that's more than i thought"),
        ("a", f"open enrollment ends on ((date:january {ordw(dd if dd < 31 else 15)})) so you've got time to compare plans"),
        ("c", "great can you email me the list"),
        ("a", "sure i'll send it now"),
    ]


@case("transcript")
def _():
    mem = G(D1(8), 4, sep="/")
    pc = uk_pc()
    d, m, y = dob(1970, 1994)
    cap = pick(1000, 1500, 2000)
    used = money(12, 45) * 10
    xs = pick(50, 100, 150)
    auth = "OPA" + D(7)
    return [
        ("a", "Good afternoon, Harrowgate Health claims, you're speaking with [[NAME:Callum]]."),
        ("c", f"Hi [[NAME:Callum]]. I need to pre-authorise a consultation. My membership number is [[ACCOUNT_NUMBER:{mem}]]."),
        ("a", "Thank you. Can I take your full name and postcode?"),
        ("c", f"[[NAME:Adaeze Nwosu-Clarke]], and it's [[POSTCODE:{pc}]]."),
        ("a", "And your date of birth?"),
        ("c", f"[[DOB:{d_uk(d, m, y)}]]."),
        ("a", "Lovely, thank you. Which specialist are you hoping to see?"),
        ("c", "A dermatologist, Mr [[NAME:Rupert Vane]]. My GP referred me last week."),
        ("a", f"Your scheme covers outpatient consultations up to ((price:£{fm(cap)})) a year, and you've used ((price:£{used})) so far. There's a ((price:£{xs})) excess on each claim."),
        ("c", f"So the first ((price:£{xs})) comes from me?"),
        ("a", f"That's right. Your authorisation code is [[ACCOUNT_NUMBER:{auth}]]. Give that to the hospital when you book."),
        ("c", "Could you email it to me as well?"),
        ("a", "Of course. We have [[EMAIL:a.nwosu-clarke@pellingtonlaw.co.uk]]. Is that right?"),
        ("c", "That's my old work one. Please use [[EMAIL:adaeze.nc@outlook.com]]."),
        ("a", "Done. Is there anything else I can help with today?"),
        ("c", "No, that's all. Thank you very much."),
    ]


@case("asr")
def _():
    cert = D1(9)
    pc = ca_pc("M")
    kd, km, ky = dob(2012, 2018)
    pct = pick(70, 80)
    owe = money(28, 65)
    return [
        ("a", "maple shield benefits dental claims this is [[NAME:genevieve]]"),
        ("c", f"hi i'm calling about my son's cleaning it only paid like ((percentage:{nw(pct)} percent))"),
        ("a", "i can take a look can i have the plan member certificate number"),
        ("c", f"it's [[ACCOUNT_NUMBER:{G(cert, 2, 3)}]] and my name is [[NAME:harjit sandhu]]"),
        ("a", "thank you and can you confirm the postal code"),
        ("c", f"[[POSTCODE:{MIX(pc)}]]"),
        ("a", "and your son's name and date of birth"),
        ("c", f"[[NAME:arjun]] [[DOB:{w_us(kd, km, ky)}]]"),
        ("a", f"okay so the cleaning itself was paid at ((percentage:{nw(pct)} percent)) that's the preventive level on your plan"),
        ("c", "i thought preventive was covered in full"),
        ("a", "it used to be the plan changed at renewal your employer picked the lower option"),
        ("c", f"so the ((price:{nw(owe)} dollars)) is on us"),
        ("a", "i'm afraid so but i can email you the new plan booklet so you have it"),
        ("c", f"sure it's [[EMAIL:harjit dot sandhu at hot mail dot c a]]"),
        ("a", "was that hot mail all one word"),
        ("c", "yeah all one word"),
        ("a", "sent anything else"),
        ("c", "no that's it thanks"),
    ]

@case("transcript")
def _():
    d, m, y = dob(1960, 1988)
    ed, em = day_month()
    fd, fm_ = day_month()
    months = pick(12, 24)
    allow = pick(130, 150, 175, 200)
    over = money(40, 120)
    his, hers = D(4), D(4)
    return [
        ("a", "ClearSight Vision, this is [[NAME:Tamsin]]. How can I help?"),
        ("c", "Hi. I'm at the optician's with my wife, and they're telling me her frames allowance is used up. She hasn't had new frames in years."),
        ("a", "Let me look into it. Can I have the subscriber's name and date of birth?"),
        ("c", f"[[NAME:Yusuf Demir]], [[DOB:{d_us(d, m, y)}]]."),
        ("a", "Thank you. And the patient?"),
        ("c", "My wife, [[NAME:Elif]]. Same last name."),
        ("a", f"I see an eye exam for her on ((date:{d_us(ed, em)})) and a frames claim on ((date:{d_us(fd, fm_)})). The plan covers one pair of frames every ((duration:{months} months)), up to ((price:${allow}))."),
        ("c", "Those frames were mine, though. I got glasses at the same place."),
        ("a", f"You're right, I can see the prescription on the claim matches yours. It was billed under her ID by mistake. Her ID ends in [[ACCOUNT_NUMBER:{hers}]] and yours ends in [[ACCOUNT_NUMBER:{his}]]."),
        ("c", "So can you move it?"),
        ("a", f"I'm moving the claim to you now. Once that's done, she has the full ((price:${allow})) again, so she'd only pay the ((price:${over})) difference on the frames she's chosen."),
        ("c", "That's much better. Can the optician see the change right away?"),
        ("a", f"Give it about ((duration:{pick(10, 15)} minutes)) and ask them to run the eligibility again."),
        ("c", "Thank you, that's really helpful."),
        ("a", "You're welcome. Enjoy the new glasses."),
    ]


@case("asr")
def _():
    mem = D1(8)
    d, m, y = dob(1950, 1985)
    fee = money(78, 110)
    n = num(2, 4)
    pct = pick(55, 60, 65)
    back = fee * n * pct // 100
    cap = pick(400, 500, 600)
    b1, a1 = bsb(), D1(8)
    b2, a2 = bsb(), D1(9)
    mc = D1(10)
    irn = str(num(1, 5))
    vm, vy = num(1, 12), num(2026, 2030)
    return [
        ("a", "g'day you're through to coastline health this is [[NAME:bronwyn]]"),
        ("c", "hi [[NAME:bronwyn]] i'm trying to claim for my physio but the app keeps crashing on me"),
        ("a", "no worries i can put it through over the phone what's your membership number"),
        ("c", f"[[ACCOUNT_NUMBER:{W(mem, double=True)}]]"),
        ("a", "and your date of birth"),
        ("c", f"[[DOB:{w_uk(d, m, y)}]]"),
        ("a", "thanks mister [[NAME:papadopoulos]] how much was each physio session"),
        ("c", f"((price:{nw(fee)} dollars)) each and i've had ((count:{nw(n)}))"),
        ("a", f"okay so your extras pay ((percentage:{nw(pct)} percent)) up to ((price:{nw(cap)} dollars)) a year so that's ((price:{nw(back)} dollars)) back to you"),
        ("c", "that's fine"),
        ("a", f"and do you want it paid into the same account bsb [[ACCOUNT_NUMBER:{W(b1)}]] account ending [[ACCOUNT_NUMBER:{W(a1[-3:])}]]"),
        ("c", f"no i closed that one new one is bsb [[ACCOUNT_NUMBER:{W(b2)}]] and the account number [[ACCOUNT_NUMBER#acc:{W(a2[:5])}]] hang on my glasses [[ACCOUNT_NUMBER#acc:{W(a2[5:])}]]"),
        ("a", "lovely and while i've got you your medicare card on file has expired have you got the new one there"),
        ("c", f"yeah it's [[ACCOUNT_NUMBER:{G(mc, 4, 5, 1)} {irn}]] valid to ((date:{N2('%02d' % vm)} {yw(vy)}))"),
        ("a", "perfect that's all updated you'll see the money in a day or so"),
        ("c", "ta very much"),
    ]


@case("transcript")
def _():
    mem = D1(9)
    y, m, d = 1978 + num(0, 14), num(1, 12), num(1, 28)
    idn = za_id(y, m, d)
    bd, bm = day_month()
    by = num(2024, 2025)
    days = pick(30, 60)
    code = "0" + str(num(2, 4))
    inc = money(9, 19) * 100 + pick(0, 40, 60, 80)
    ph = ph_za()
    return [
        ("a", "Good morning, Protea Medical Scheme, [[NAME:Thandeka]] speaking."),
        ("c", "Morning. I need to add my newborn to my medical aid."),
        ("a", "Congratulations! Can I have your membership number, please?"),
        ("c", f"It's [[ACCOUNT_NUMBER:{mem}]]. I'm the main member, [[NAME:Sipho Mahlangu]]."),
        ("a", "And your ID number, for verification?"),
        ("c", f"[[SSN:{idn}]]."),
        ("a", "Thank you, Mr [[NAME:Mahlangu]]. What's the baby's name and date of birth?"),
        ("c", f"[[NAME:Lwazi Sibusiso]], born on [[DOB:{d_uk(bd, bm, by)}]]."),
        ("a", f"Lovely name. You have ((duration:{days} days)) from the birth to register, so you're well in time. The baby will be dependant code ((other:{code})) on your membership."),
        ("c", "Will my contribution go up?"),
        ("a", f"Yes, by ((price:R{fm(inc)})) a month from next month's debit."),
        ("c", "That's fine. Please send the new cards by email."),
        ("a", "Of course. Which address should I use?"),
        ("c", "[[EMAIL:sipho.mahlangu@webmail.co.za]]."),
        ("a", "And a cellphone number in case the underwriters have questions?"),
        ("c", f"[[PHONE:{G(ph, 3, 3, 4)}]]."),
        ("a", "Perfect. I've added the baby, and you'll get the cards within a day. Anything else?"),
        ("c", "No, that's everything. Thank you."),
    ]


@case("asr")
def _():
    nhi = L(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + D(4)
    d, m, y = dob(1942, 1958)
    h1, m1 = clock(9, 11)
    h2, m2 = clock(13, 16)
    fee = money(49, 79)
    ph = ph_nz()
    mg = pick(5, 10)
    return [
        ("a", "kia ora you're through to health now video doctor this is [[NAME:aroha]]"),
        ("c", "hi there i'd like to book a video appointment for my dad please"),
        ("a", "sure what's his full name"),
        ("c", "[[NAME:wiremu tane]] he's sitting right here with me"),
        ("a", "and his nhi number"),
        ("c", f"[[ACCOUNT_NUMBER:{W(nhi)}]]"),
        ("a", "and his date of birth"),
        ("c", f"[[DOB:{w_uk(d, m, y)}]]"),
        ("a", f"thanks i've got ((time:{tw(h1, m1)})) tomorrow morning or ((time:{tw(h2, m2)})) in the afternoon"),
        ("c", f"((time:{tw(h2, m2)})) please he's got his physio in the morning"),
        ("a", f"no problem he'll see doctor [[NAME:mehta]] the consult is ((price:{nw(fee)} dollars)) and we'll text the link to the number you give me"),
        ("c", f"use my mobile [[PHONE:{W(ph[:3])} {W(ph[3:], double=True)}]]"),
        ("a", "and is he taking any medication at the moment"),
        ("c", f"just his blood pressure tablet ((quantity:{nw(mg)} milligrams)) in the morning"),
        ("a", "lovely i'll pop that in the notes for the doctor"),
        ("c", "thanks heaps"),
    ]


@case("transcript")
def _():
    pol = "SH/" + D(2) + "/" + D(6) + "/" + D(2)
    req = "PAR" + D(8)
    est = money(120, 260) * 1000
    si = pick(3, 5, 10) * 100000
    used = money(12, 80) * 100
    hrs = pick(2, 3, 4)
    aad = aadhaar()
    ph = ph_in()
    pct = pick(1, 2)

    def inr(x):
        s = str(x)
        if len(s) <= 3:
            return s
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return ",".join(parts) + "," + tail

    return [
        ("a", "Namaste, Suraksha Health Insurance, this is [[NAME:Ritu]]. How may I help you?"),
        ("c", "Hello. My father has been admitted to a hospital in Pune and they are asking for cashless approval."),
        ("a", "I'm sorry to hear that. May I have the policy number?"),
        ("c", f"[[ACCOUNT_NUMBER:{pol}]]. The policy is in my name, [[NAME:Venkatesh Iyer]], and my father [[NAME:Subramanian Iyer]] is covered on it."),
        ("a", f"Thank you. I can see the hospital's pre-authorisation request, number [[ACCOUNT_NUMBER:{req}]], for an estimated ((price:₹{inr(est)}))."),
        ("c", "Is that covered?"),
        ("a", f"Your sum insured is ((price:₹{inr(si)})), and ((price:₹{inr(used)})) has been used this policy year, so the amount is within your limit. Note that room rent is capped at ((percentage:{pct}%)) of the sum insured per day."),
        ("c", "How long will the approval take?"),
        ("a", f"Usually within ((duration:{hrs} hours)). For the file, I need the Aadhaar number of the patient."),
        ("c", f"My father's Aadhaar is [[SSN:{aad}]]."),
        ("a", f"Thank you, Mr. [[NAME:Iyer]]. We will send updates by SMS to [[PHONE:+91 {G(ph, 5)}]]. Is that correct?"),
        ("c", "Yes, that is my number."),
        ("a", "Then you will get a message as soon as the approval is sent to the hospital. Anything else?"),
        ("c", "No, thank you. Please make it fast."),
    ]


@case("asr")
def _():
    nh = nhs()
    pc = uk_pc()
    t1, t2 = num(38, 39), num(1, 9)
    hrs = pick(2, 4)
    ph = ph_uk()
    age = num(2, 6)
    return [
        ("a", "you're through to the out of hours gp service my name's [[NAME:siobhan]] is this for yourself"),
        ("c", f"no it's for my little girl she's ((other:{nw(age)})) she's had a temperature all day"),
        ("a", "okay i'm sorry to hear that what's her name"),
        ("c", "[[NAME:keziah]] [[NAME:k e z i a h]] and the surname's [[NAME:adeyemi]]"),
        ("a", "and do you have her nhs number"),
        ("c", f"it's in her red book um [[ACCOUNT_NUMBER#n:{W(nh[:3])}]] uh [[ACCOUNT_NUMBER#n:{W(nh[4:7])}]] then [[ACCOUNT_NUMBER#n:{W(nh[8:])}]]"),
        ("a", "and the postcode where she is now"),
        ("c", f"[[POSTCODE:{W(pc)}]]"),
        ("a", "what was her temperature last time you took it"),
        ("c", f"((quantity:{nw(t1)} point {nw(t2)})) about an hour ago"),
        ("a", "and has she had anything for it"),
        ("c", f"calpol about ((duration:{nw(hrs)} hours)) ago the ((quantity:five mil)) spoon"),
        ("a", f"okay a clinician will call you back within ((duration:{nw(hrs)} hours)) what's the best number"),
        ("c", f"[[PHONE:{W(ph[:5])} {W(ph[5:])}]]"),
        ("a", "if she gets floppy or has a rash that doesn't fade under a glass call ((other:nine nine nine)) straight away"),
        ("c", "i will thank you"),
    ]


@case("transcript")
def _():
    hc = G(D1(10), 4, 3, 3, sep="-")
    vc = L(2)
    d, m, y = dob(1948, 1999)
    pc = ca_pc("K")
    ph = ph_nanp()
    h, mi = clock(9, 16)
    dd, dm = day_month()
    mins = pick(10, 15, 20)
    return [
        ("a", "Good morning, Northstar Virtual Care. My name is [[NAME:Étienne]]. How can I help?"),
        ("c", "Hi, I'd like to book a virtual appointment. My family doctor retired and I can't get a prescription renewed."),
        ("a", "I can help with that. Do you have your Ontario health card?"),
        ("c", f"Yes. The number is [[ACCOUNT_NUMBER:{hc}]], and the version code is [[ACCOUNT_NUMBER:{vc}]]."),
        ("a", "And your name and date of birth, as on the card?"),
        ("c", f"[[NAME:Margaret Oyelowo-Finch]], [[DOB:{y}-{m:02d}-{d:02d}]]."),
        ("a", "Thank you, [[NAME:Margaret]]. What's your postal code?"),
        ("c", f"[[POSTCODE:{pc}]]."),
        ("a", f"The earliest slot is ((date:{d_us(dd, dm)})) at ((time:{tt(h, mi)})), with Dr. [[NAME:Kwame Asante]]. The call usually lasts about ((duration:{mins} minutes))."),
        ("c", "That works. Will he call me or do I need a link?"),
        ("a", "He'll call you. What's the best number?"),
        ("c", f"[[PHONE:{f_nanp(ph, 1)}]]. It's a cell."),
        ("a", "Great. Please have your pill bottles with you so he can see the doses."),
        ("c", "I will. Thank you."),
    ]


@case("asr")
def _():
    pp = pps()
    ec = eircode(pick("D6W", "D12", "D24"))
    gms = D1(6) + L(1)
    d, m, y = dob(1940, 1960)
    h, mi = clock(10, 15)
    ph = ph_ie()
    fee = money(45, 70)
    return [
        ("a", "hello you're through to doc on call my name is [[NAME:orla]] how can i help you"),
        ("c", "hi [[NAME:orla]] i'm ringing for my mother she needs a doctor to look at a rash and her own gp is away"),
        ("a", "no bother can i have your mother's name"),
        ("c", "[[NAME:bridget mcgonagle]] that's [[NAME:m c g o n a g l e]]"),
        ("a", "and her date of birth"),
        ("c", f"[[DOB:{w_uk(d, m, y)}]]"),
        ("a", "does she have a medical card"),
        ("c", f"she does the number is [[ACCOUNT_NUMBER:{MIX(gms)}]]"),
        ("a", "and her pps number"),
        ("c", f"[[SSN:{W(pp)}]]"),
        ("a", "and the eircode where she lives"),
        ("c", f"[[POSTCODE:{W(ec)}]]"),
        ("a", f"okay with the medical card there's no charge otherwise it would be ((price:{nw(fee)} euro)) the doctor can do a video call at ((time:{tw(h, mi)}))"),
        ("c", "video might be hard for her can he ring instead"),
        ("a", "he can ring and if he needs to see the rash he'll send a link for a photo what number"),
        ("c", f"my mobile [[PHONE:{W(ph[:3])} {W(ph[3:6])} {W(ph[6:])}]]"),
        ("a", "grand and what's your own name"),
        ("c", "[[NAME:deirdre]] i'm her daughter"),
        ("a", "lovely [[NAME:deirdre]] the doctor will ring you then"),
    ]


@case("transcript")
def _():
    mid = "U" + D(8) + "0" + D(1)
    d, m, y = dob(1970, 2000)
    h, mi = clock(8, 18, quarter=False)
    dd, dm = day_month()
    cop = pick(0, 15, 25, 40)
    ph = ph_nanp()
    ph2 = ph_nanp()
    while ph2[6] == ph2[7]:
        ph2 = ph_nanp()
    cn = card("disc")
    e1, e2 = exp()
    cv = cvv()
    z = zip5()
    return [
        ("i", "Thank you for calling CareBridge Telehealth. If this is a medical emergency, hang up and dial ((other:911))."),
        ("a", "Hi, this is [[NAME:Rashida]] at CareBridge. Are you booking a visit?"),
        ("c", "Yes, for a sinus infection, I think. It's been a week."),
        ("a", "Sorry you're feeling rotten. Full name and date of birth?"),
        ("c", f"[[NAME:Gideon Ashkenazi]], [[DOB:{m}/{d}/{y}]]."),
        ("a", "And do you have insurance you'd like to use?"),
        ("c", f"Yes, my member ID is [[ACCOUNT_NUMBER:{mid}]]."),
        ("a", f"Thanks. Your copay for a video visit is ((price:${cop})). The next opening is ((date:{d_us(dd, dm)})) at ((time:{tt(h, mi)}))."),
        ("c", "Nothing sooner?"),
        ("a", "Let me check the on-demand queue. Right now the wait is under an hour. Would you rather do that?"),
        ("c", "Yes, please."),
        ("a", "Okay. I need a card on file for the copay. Go ahead."),
        ("c", f"It's a Discover, [[CARD_NUMBER:{G(cn, 4)}]], expires [[EXPIRY:{e1}/20{e2}]], and the code is [[CVV:{cv}]]."),
        ("a", "And the billing zip?"),
        ("c", f"[[POSTCODE:{z}]]."),
        ("a", "Perfect. We'll text the link to the number on file, ending in [[PHONE:" + ph[-4:] + "]]. Is that still right?"),
        ("c", f"No, that's my old one. The new one is [[PHONE:{f_nanp(ph2, 2)}]]."),
        ("a", f"So that's [[PHONE#rb:{f_nanp(ph2[:6] + ph2[7] + ph2[6] + ph2[8:])}]]?"),
        ("c", f"Not quite, the last part is [[PHONE#rb:{ph2[6:]}]]."),
        ("a", "Got it, thanks. You'll get a text in a few minutes, Mr. [[NAME:Ashkenazi]]."),
    ]


@case("asr")
def _():
    cn = card("mc")
    e1, e2 = exp()
    cv = cvv()
    bal, c = money(210, 980), cents()
    d, m, y = dob(1955, 1990)
    pa = money(3, 6)
    crown = money(9, 14) * 100
    return [
        ("a", "hi this is [[NAME:mercedes]] in billing at lakeshore family dentistry how can i help you"),
        ("c", "hi yes i got a statement for my crown and i want to pay the balance"),
        ("a", "of course what's the patient's name and date of birth"),
        ("c", f"[[NAME:bogdan wisniewski]] [[DOB:{w_us(d, m, y)}]]"),
        ("a", f"thanks so the crown was ((price:{nw(crown)} dollars)) insurance paid their part and your balance is ((price:{nw(bal)} dollars and {nw(c)} cents))"),
        ("c", "okay can i split it over a few months"),
        ("a", f"we can do ((count:{nw(pa)})) monthly payments with no interest or you can pay it all today"),
        ("c", "i'll just pay it all today"),
        ("a", "sure go ahead with the card number"),
        ("c", f"okay [[CARD_NUMBER#c:{W(cn[:4])} {W(cn[4:8])}]] uh sorry [[CARD_NUMBER#c:{W(cn[8:12])} {W(cn[12:])}]]"),
        ("a", "and the expiration"),
        ("c", f"[[EXPIRY:{N2(e1)} {N2(e2)}]]"),
        ("a", "and the three digit code on the back"),
        ("c", f"[[CVV:{W(cv)}]]"),
        ("a", f"okay that went through i'll email the receipt to the address on file"),
        ("c", "great thank you"),
    ]


# ---------------------------------------------------------------- government benefits and tax

@case("transcript")
def _():
    sn = ssn()
    ty = pick(2023, 2024)
    ref, c = money(380, 4200), cents()
    hn = num(12, 9800)
    z = zip5()
    wks = pick(6, 8, 9)
    tf = tollfree()
    return [
        ("i", "You have reached the Internal Revenue Service refund line. Calls may be recorded."),
        ("a", "Thank you for holding. My name is Ms. [[NAME:Patterson-Lowe]], and my ID number is ((other:" + D1(7) + ")). How can I help?"),
        ("c", f"Hi. I filed my ((year:{ty})) return in the spring and I still haven't got my refund."),
        ("a", "I can look into that. I'll need your Social Security number, your filing status, and the exact refund amount on your return."),
        ("c", f"It's [[SSN:{sn}]]. Married filing jointly. And the refund was ((price:${fm(ref, c)}))."),
        ("a", "And your name as it appears on the return?"),
        ("c", "[[NAME:Tobias Lindqvist]], and my wife is [[NAME:Noor Lindqvist]]."),
        ("a", f"Thank you. I see the return. It was held because the address on your Form ((other:1040)) didn't match the one on your ((other:W-2)). Can you give me your current address?"),
        ("c", f"[[ADDRESS:{hn} Sycamore Ridge Road, Knoxville, Tennessee]] [[POSTCODE:{z}]]."),
        ("a", f"That matches the ((other:W-2)). I've released the hold. You should see a direct deposit within ((duration:{wks} weeks)), or a letter explaining any change to the amount."),
        ("c", "Is there a way to check without calling again?"),
        ("a", f"Yes, the Where's My Refund tool online updates overnight. You can also call ((other:{tf})), the automated line."),
        ("c", "Great. Thank you for your help."),
    ]


@case("asr")
def _():
    sn = ssn().replace("-", "")
    d, m, y = dob(1953, 1962)
    rt = aba()
    acct = D1(10)
    amt = money(1400, 2600)
    days = pick(30, 60)
    return [
        ("a", "thank you for calling social security my name is [[NAME:lorraine]] can i have your social security number please"),
        ("c", f"sure it's [[SSN#s:{MIX(sn[:3])}]] um [[SSN#s:{W(sn[3:5])} {W(sn[5:])}]]"),
        ("a", "and your full name and date of birth"),
        ("c", f"[[NAME:ezekiel broadnax]] born [[DOB:{w_us(d, m, y)}]]"),
        ("a", "thank you mister [[NAME:broadnax]] what can i do for you today"),
        ("c", "i changed banks and i need my payment to go to the new account"),
        ("a", "okay i'll need the routing number and the account number for the new bank"),
        ("c", f"i got a letter from the bank here routing is [[ACCOUNT_NUMBER:{W(rt)}]] and the account is [[ACCOUNT_NUMBER:{acct[:4]} {acct[4:7]} {acct[7:]}]]"),
        ("a", f"let me read that back routing [[ACCOUNT_NUMBER:{W(rt)}]] account [[ACCOUNT_NUMBER:{W(acct)}]]"),
        ("c", "that's it"),
        ("a", f"okay it's updated if your next payment is within ((duration:{nw(days)} days)) it may still go to the old bank"),
        ("c", f"that's fine the old one is still open my payment's about ((price:{nw(amt)} dollars)) so i'll just move it over"),
        ("a", "perfect is there anything else i can help you with"),
        ("c", "no ma'am thank you"),
    ]


@case("transcript")
def _():
    utr = D1(5) + " " + D(5)
    ni = nino()
    pc = uk_pc()
    owe, c = money(900, 6400), cents()
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    yr = pick(2023, 2024)
    pct = pick(4, 7)
    return [
        ("a", "HMRC Self Assessment helpline, you're speaking to [[NAME:Gurpreet]]. Can I take your Unique Taxpayer Reference?"),
        ("c", f"Yes, it's [[ACCOUNT_NUMBER:{utr}]]."),
        ("a", "Thank you. And your National Insurance number?"),
        ("c", f"[[SSN:{ni}]]."),
        ("a", "And the postcode we have for you?"),
        ("c", f"[[POSTCODE:{pc}]]."),
        ("a", "Thanks, Mrs [[NAME:Okonkwo]]. How can I help today?"),
        ("c", f"I'm reading from my statement. It says I owe ((price:£{fm(owe, c)})) for the ((year:{yr}))-((year:{str(yr + 1)[2:]})) tax year, and there's a late payment penalty on it I don't understand."),
        ("a", f"The balancing payment was due at the end of January. Interest runs at ((percentage:{pct}%)) a year from then, and a penalty is added once it's a month overdue."),
        ("c", "I'd like to pay it today, then. Can I use a card?"),
        ("a", "You can pay by debit card over the phone. Personal credit cards aren't accepted."),
        ("c", f"It's a debit card. [[CARD_NUMBER:{G(cn, 4)}]]."),
        ("a", "Expiry date?"),
        ("c", f"[[EXPIRY:{e1}/{e2}]]."),
        ("a", "And the last three digits on the back?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", f"Thank you. That's ((price:£{fm(owe, c)})) taken. Your payment reference is your UTR followed by K, so [[ACCOUNT_NUMBER:{utr.replace(' ', '')}K]]."),
        ("c", "Lovely. Thank you so much."),
    ]


@case("asr")
def _():
    ni = nino()
    d, m, y = dob(1980, 2000)
    pc = uk_pc("NE")
    hn = num(2, 140)
    ph = ph_uk()
    amt = money(380, 900)
    dd = num(1, 28)
    return [
        ("a", "universal credit helpline you're speaking to [[NAME:jamal]] can i take your full name please"),
        ("c", "it's [[NAME:kerry ann fothergill]]"),
        ("a", "and your national insurance number"),
        ("c", f"[[SSN#n:{W(ni[:2])} {W(ni[3:5])}]] er [[SSN#n:{W(ni[6:])}]]"),
        ("a", "sorry was that the end bit again"),
        ("c", f"[[SSN:{W(ni[6:])}]]"),
        ("a", "thank you and your date of birth"),
        ("c", f"[[DOB:{w_uk(d, m, y)}]]"),
        ("a", "what's the call about today"),
        ("c", "i've moved in with my sister and i need to change my address before my payment"),
        ("a", "okay what's the new address"),
        ("c", f"[[ADDRESS:{nw(hn)} chillingham road heaton newcastle]] [[POSTCODE:{W(pc)}]]"),
        ("a", f"and will you be paying rent to your sister because that changes your housing element"),
        ("c", f"yeah ((price:{nw(amt)} pound)) a month"),
        ("a", f"okay you'll need to put that on your journal with a tenancy agreement your next payment's due on the ((date:{ordw(dd)})) and it might be a bit different"),
        ("c", "right okay"),
        ("a", "and is your phone number still the same"),
        ("c", f"no it's [[PHONE:{W(ph, double=True)}]]"),
        ("a", "lovely that's all updated for you"),
    ]


@case("transcript")
def _():
    pp = pps()
    ec = eircode()
    ph = ph_ie()
    cred = money(18, 40) * 100 // 2 * 2
    yr = pick(2024, 2025)
    rent = money(900, 1900)
    return [
        ("a", "Good morning, you're through to Revenue, my name is [[NAME:Fionnuala]]. Can I have your PPS number?"),
        ("c", f"Morning. It's [[SSN:{pp}]]."),
        ("a", "And your name and Eircode?"),
        ("c", f"[[NAME:Tadhg Ó Súilleabháin]], and the Eircode is [[POSTCODE:{ec}]]."),
        ("a", "Thanks, [[NAME:Tadhg]]. What can I do for you?"),
        ("c", f"I want to claim the rent tax credit for ((year:{yr})). I'm renting a flat and paying ((price:€{fm(rent)})) a month."),
        ("a", "Grand. Is it your main residence, and is your landlord registered with the RTB?"),
        ("c", "Yes to both. I have the tenancy number here if you need it."),
        ("a", "You'll enter that on myAccount when you claim, but I don't need it now. Do you have a myAccount login?"),
        ("c", "I do, but I've forgotten my password and the reset text goes to my old phone."),
        ("a", "I can update the phone for you. What's the new number?"),
        ("c", f"[[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]]."),
        ("a", f"Done. You'll get a code on that number. Once you're in, the credit will be worth up to ((price:€{fm(cred)})) for a single person."),
        ("c", "Brilliant, thanks a million."),
    ]


@case("asr")
def _():
    sn = sin_ca()
    pc = ca_pc("T")
    d, m, y = dob(1982, 1996)
    kids = pick(2, 3)
    amt = money(420, 980)
    dd = num(18, 22)
    yr = pick(2023, 2024)
    return [
        ("a", "canada revenue agency benefits line my name is [[NAME:mathieu]] can i have your social insurance number"),
        ("c", f"yeah it's [[SSN:{W(sn)}]]"),
        ("a", "and your full name and date of birth"),
        ("c", f"[[NAME:chidinma okafor]] [[DOB:{w_us(d, m, y)}]]"),
        ("a", "and the postal code on your file"),
        ("c", f"[[POSTCODE:{W(pc)}]]"),
        ("a", "thank you how can i help"),
        ("c", f"my canada child benefit went down this month it's usually ((price:{nw(amt)} dollars)) and this time it was way less"),
        ("a", f"let me look it was recalculated in july based on your ((year:{yw(yr)})) return it shows your adjusted family net income went up"),
        ("c", "but that's because i cashed out a pension from my old job it was a one time thing"),
        ("a", "i understand unfortunately it still counts as income for that year"),
        ("c", f"okay and it's still for ((count:{nw(kids)})) kids right"),
        ("a", f"yes for ((count:{nw(kids)})) children the next payment is on the ((date:{ordw(dd)})) and you'll get a notice in the mail explaining it"),
        ("c", "okay i guess that makes sense thanks"),
        ("a", "you're welcome have a good day"),
    ]


@case("transcript")
def _():
    t = tfn()
    hn = num(3, 240)
    st = pick("VIC", "QLD")
    pc = au_pc(st)
    ph = ph_au()
    debt, c = money(600, 5200), cents()
    mths = pick(6, 12)
    inst = (debt + mths - 1) // mths
    yr = pick(2023, 2024)
    return [
        ("a", "Australian Taxation Office, my name is [[NAME:Lachlan]]. Can I have your tax file number?"),
        ("c", f"It's [[SSN:{t}]]."),
        ("a", "And your full name and address?"),
        ("c", f"[[NAME:Huong Thi Nguyen]], [[ADDRESS:{hn} Wattle Grove Crescent, Sunshine West, {'Victoria' if st == 'VIC' else 'Queensland'}]] [[POSTCODE:{pc}]]."),
        ("a", "Thank you. How can I help?"),
        ("c", f"I got a notice saying I have a debt of ((price:${fm(debt, c)})) from my ((year:{yr})) return. I can't pay it all at once."),
        ("a", f"That's okay, we can set up a payment plan. If you pay it over ((duration:{mths} months)), that's about ((price:${fm(inst)})) a month."),
        ("c", "That's manageable. Is there interest?"),
        ("a", "General interest charge applies to the balance, but you can ask for it to be remitted once the plan's finished."),
        ("c", "Okay. And can you text me the details?"),
        ("a", "Sure. What mobile number?"),
        ("c", f"[[PHONE:{G(ph, 4, 3, 3)}]]."),
        ("a", "Done. You'll get the first reminder a week before each instalment."),
        ("c", "Thanks for your help, [[NAME:Lachlan]]."),
    ]


@case("asr")
def _():
    ir = ird()
    ph = ph_nz()
    owed = money(180, 1400)
    yr = pick(2024, 2025)
    return [
        ("a", "kia ora inland revenue you're speaking with [[NAME:hemi]] can i get your ird number please"),
        ("c", f"yeah it's [[SSN:{W(ir)}]]"),
        ("a", "and your full name"),
        ("c", "[[NAME:anneke de groot]] the surname's got a space in it"),
        ("a", "thanks and just to check who you are can you tell me a bank account you've had a refund paid into"),
        ("c", "um it's a kiwibank one i don't have the number on me sorry"),
        ("a", "no worries can you confirm your mobile number instead"),
        ("c", f"[[PHONE:{W(ph[:3])} {W(ph[3:6])} {W(ph[6:])}]]"),
        ("a", "perfect that matches what can i do for you"),
        ("c", f"i got an email saying i owe ((price:{nw(owed)} dollars)) for the ((year:{yw(yr)})) year but i thought i'd get a refund"),
        ("a", "i can see it it's because your student loan repayments weren't taken from your second job"),
        ("c", "oh right i didn't know i had to tell them"),
        ("a", "you can update your tax code with the second employer so it doesn't happen again do you want me to email you the form"),
        ("c", "yes please"),
        ("a", "what's the best email"),
        ("c", "[[EMAIL:anneke d g at x tra dot co dot n z]]"),
        ("a", "sweet that's sent"),
    ]


@case("transcript")
def _():
    y, m, d = num(1970, 1999), num(1, 12), num(1, 28)
    idn = za_id(y, m, d)
    trn = pick("0", "1", "2", "3", "9") + D(9)
    ph = ph_za()
    ref, c = money(1800, 14000), cents()
    days = pick(3, 5, 7)
    yr = pick(2024, 2025)
    return [
        ("a", "Good afternoon, SARS contact centre, this is [[NAME:Pieter]]. May I have your ID number?"),
        ("c", f"[[SSN:{idn[:6]} {idn[6:10]} {idn[10:]}]]."),
        ("a", "Thank you. And your income tax reference number?"),
        ("c", f"I'm reading it off the letter: [[ACCOUNT_NUMBER:{trn}]]."),
        ("a", "And your full name, please?"),
        ("c", "[[NAME:Nomvula Dlamini-Botha]]."),
        ("a", "Thank you, Ms [[NAME:Dlamini-Botha]]. How can I assist?"),
        ("c", f"My ((year:{yr})) assessment says I'm due a refund of ((price:R{fm(ref, c)})), but it's been sitting on 'in progress' for weeks."),
        ("a", "I see it. The refund is on hold because your banking details need verifying. It's a standard check."),
        ("c", "What do I need to do?"),
        ("a", f"Upload a recent bank confirmation letter on eFiling. Once it's verified, refunds are normally paid within ((duration:{days} business days))."),
        ("c", "Can you send me the instructions?"),
        ("a", "Of course. Shall I use the email on your profile?"),
        ("c", "Please use [[EMAIL:nomvula.db@gmail.com]]. And my cellphone number changed too, it's now [[PHONE:" + G(ph, 3, 3, 4) + "]]."),
        ("a", "Both updated. The instructions are on their way."),
        ("c", "Thank you, [[NAME:Pieter]]."),
    ]


@case("asr")
def _():
    pn = pan()
    aa = aadhaar().replace(" ", "")
    pin = in_pin()
    ph = ph_in()
    ref = money(4, 60) * 1000 + money(0, 999)
    yr = pick(2023, 2024)
    days = pick(15, 20, 30)
    return [
        ("a", "welcome to the income tax helpline my name is [[NAME:arvind]] how may i help you"),
        ("c", f"hello sir my refund for assessment year ((year:{yw(yr)})) to ((year:{N2(str(yr + 1)[2:])})) has not come"),
        ("a", "please tell me your pan"),
        ("c", f"[[SSN:{W(pn)}]]"),
        ("a", "and your name as per pan"),
        ("c", "[[NAME:meenakshi sundaram]]"),
        ("a", "thank you madam i can see the refund of ((price:" + nw(ref) + " rupees)) was failed because your bank account is not pre validated"),
        ("c", "what does that mean i gave the account in the return"),
        ("a", "you have to pre validate it on the portal and link it with your pan and aadhaar is your aadhaar linked"),
        ("c", f"yes i think so the number is [[SSN:{MIX(aa[:4])} {W(aa[4:8])} {W(aa[8:])}]]"),
        ("a", "that is linked then you pre validate the account and raise a refund reissue request"),
        ("c", f"how long it will take after that"),
        ("a", f"normally ((duration:{nw(days)} days)) madam and you will get sms on the registered mobile"),
        ("c", f"my registered mobile is [[PHONE:{W(ph[:5])} {W(ph[5:])}]] is that correct"),
        ("a", "yes that is correct"),
        ("c", f"and my address pin code also changed it is now [[POSTCODE:{W(pin)}]]"),
        ("a", "address you can update on the portal under profile madam"),
        ("c", "okay thank you"),
    ]


@case("transcript")
def _():
    sn = ssn()
    claim = "UI" + D(9)
    w1d, w1m = day_month()
    amt = money(240, 620)
    wk = pick(2, 3)
    ph = ph_nanp()
    return [
        ("i", "Department of Labor, unemployment insurance. Your call may be monitored."),
        ("a", "This is [[NAME:Cordell]]. Can I have the last four of your Social Security number and your claim ID?"),
        ("c", f"Last four is [[SSN:{sn[-4:]}]]. The claim ID is [[ACCOUNT_NUMBER:{claim}]]."),
        ("a", "Thank you. And your name?"),
        ("c", "[[NAME:Esperanza Villalobos]]."),
        ("a", "What can I help with, Ms. [[NAME:Villalobos]]?"),
        ("c", f"My payment for the week ending ((date:{d_us(w1d, w1m)})) didn't come. It's usually ((price:${amt})) on a Wednesday."),
        ("a", "I see that week is on hold. The weekly certification says you refused an offer of work."),
        ("c", "No! I clicked the wrong box. I didn't refuse anything."),
        ("a", f"That happens a lot. I'll note it and send it to an adjudicator. It can take ((duration:{wk} to {wk + 1} weeks)) to resolve."),
        ("c", "Will they call me?"),
        ("a", "They may. What's the best number?"),
        ("c", f"[[PHONE:{f_nanp(ph)}]]. I always answer."),
        ("a", "Good. Keep certifying every week while you wait, and answer the question carefully."),
        ("c", "I will. Thank you."),
    ]


@case("asr")
def _():
    ni = nino()
    kd, km, ky = dob(2024, 2025)
    sc = sort_code()
    acct = D1(8)
    amt, c = money(25, 26), cents()
    return [
        ("a", "child benefit office you're speaking to [[NAME:precious]] how can i help"),
        ("c", "hiya i sent the claim form for my baby ages ago and i've heard nothing"),
        ("a", "congratulations can i take your national insurance number"),
        ("c", f"[[SSN:{W(ni)}]]"),
        ("a", "and the baby's name and date of birth"),
        ("c", f"[[NAME:ottilie]] [[NAME:o t t i l i e]] born [[DOB:{w_uk(kd, km, ky)}]]"),
        ("a", "thank you and your own name"),
        ("c", "[[NAME:hannah whitlock]]"),
        ("a", "thanks [[NAME:hannah]] i can see the claim it's waiting because the bank details on the form don't match the name on the account"),
        ("c", "oh it's my partner's account maybe that's it"),
        ("a", "it needs to be in your name or a joint account do you have one"),
        ("c", f"yeah sort code [[ACCOUNT_NUMBER:{PAIRS(sc)}]] account [[ACCOUNT_NUMBER#a:{W(acct[:4])}]] hold on the baby's crying [[ACCOUNT_NUMBER#a:{W(acct[4:])}]]"),
        ("a", f"got it i'll add that and it'll be backdated so you won't lose anything it's ((price:{nw(amt)} pound {nw(c)})) a week"),
        ("c", "oh that's a relief"),
        ("a", "you'll get a letter confirming it in the next couple of weeks"),
        ("c", "brilliant thanks so much"),
    ]


# ---------------------------------------------------------------- wire transfers and international payments

@case("transcript")
def _():
    sc, acct = sort_code(), D1(8)
    d, m, y = dob(1950, 1970)
    ib = iban("ES")
    bc = bic("ES")
    eur = money(40, 180) * 100
    rate = "1.%d" % num(1500, 1899)
    gbp = round(eur / float(rate), 2)
    gbp_i, gbp_c = int(gbp), int(round((gbp - int(gbp)) * 100)) % 100
    fee = pick(10, 15, 20, 25)
    return [
        ("a", "Thanks for calling Harbourline Bank international payments, [[NAME:Oluwaseun]] speaking. Can you confirm your sort code and account number?"),
        ("c", f"Sort code [[ACCOUNT_NUMBER:{sc}]], account [[ACCOUNT_NUMBER:{acct}]]."),
        ("a", "And your full name and date of birth?"),
        ("c", f"[[NAME:Graham Pettigrew]], [[DOB:{d_uk(d, m, y)}]]."),
        ("a", "Thank you, Mr [[NAME:Pettigrew]]. How can I help?"),
        ("c", "I need to send money to a builder in Spain for work on our villa. I've got his details in an email."),
        ("a", "Go ahead with the beneficiary's name."),
        ("c", f"[[NAME:Joaquín Barrera Ruiz]]. The IBAN is [[ACCOUNT_NUMBER:{ib}]], and the BIC is ((other:{bc}))."),
        ("a", "And how much would you like to send?"),
        ("c", f"((price:€{fm(eur)}))."),
        ("a", f"Our rate right now is ((other:{rate})) euros to the pound, so that's ((price:£{fm(gbp_i, gbp_c)})), plus a ((price:£{fee})) fee."),
        ("a", "Before I send it, has the builder sent you new bank details recently, by email or text?"),
        ("c", "Actually, yes. He emailed last week to say he'd changed banks."),
        ("a", "That's a very common scam. I'd strongly suggest you ring him on a number you already had and check the details before we send anything."),
        ("c", "Oh. I hadn't thought of that. I'll ring him now and call you back."),
        ("a", "Good idea. Nothing's been sent, so there's no harm done."),
    ]


@case("asr")
def _():
    acct = D1(11)
    ssn4 = D(4)
    ben = D1(11)
    bc = bic("IN")
    usd = money(15, 60) * 100
    fee = pick(35, 40, 45)
    days = pick(2, 3)
    return [
        ("a", "global transfers this is [[NAME:tyrell]] can i have the account you'd like to send from"),
        ("c", f"yeah it's my checking [[ACCOUNT_NUMBER:{acct[:3]} {acct[3:7]} {acct[7:]}]]"),
        ("a", "and the last four of your social"),
        ("c", f"[[SSN:{W(ssn4)}]]"),
        ("a", "thank you who are we sending to"),
        ("c", "my brother in chennai [[NAME:ramesh chandrasekhar]]"),
        ("a", "and his account number"),
        ("c", f"[[ACCOUNT_NUMBER#b:{MIX(ben[:6])}]] uh [[ACCOUNT_NUMBER#b:{MIX(ben[6:])}]]"),
        ("a", "and the swift code for his bank"),
        ("c", f"((other:{W(bc)}))"),
        ("a", "okay how much are you sending"),
        ("c", f"((price:{nw(usd)} dollars))"),
        ("a", f"there's a ((price:{nw(fee)} dollar)) fee and it should arrive in ((duration:{nw(days)} business days)) what's the purpose of the payment"),
        ("c", "family support it's for my mom's hospital bills"),
        ("a", "okay and i'll send a code to your phone to approve it what's the number ending in"),
        ("c", f"[[PHONE:{W(D(4))}]]"),
        ("a", "great you should have the code now"),
        ("c", f"it's um ((other:{W(D(6))}))"),
        ("a", "perfect that's gone through"),
    ]


@case("transcript")
def _():
    ib = iban("DE").replace(" ", "")
    pos = num(8, 16)
    ch = ib[pos]
    bad = ib[:pos] + str((int(ch) + 3) % 10) + ib[pos + 1:]
    bc = bic("DE")
    inv = "RE-" + D1(4) + "-" + D(3)
    eur, c = money(2800, 18000), cents()
    own = iban("IE", "AIBK")
    return [
        ("a", "Corporate payments, [[NAME:Ciarán]] speaking."),
        ("c", "Hi [[NAME:Ciarán]], it's [[NAME:Ruth Ogunbiyi]] from Ballina Fresh Foods. I need to pay one of our German suppliers."),
        ("a", f"No problem. Which account is it coming from?"),
        ("c", f"Our main euro account, [[ACCOUNT_NUMBER:{own}]]."),
        ("a", "Grand. And the supplier's details?"),
        ("c", f"The IBAN on their invoice is [[ACCOUNT_NUMBER#ib:{G(bad, 4)}]], and the BIC is ((other:{bc}))."),
        ("a", f"The system's rejecting that IBAN, the check digits don't add up. Could the {ordw(pos + 1)} character be a [[ACCOUNT_NUMBER#ib:{ch}]]? That would give [[ACCOUNT_NUMBER:{G(ib, 4)}]]."),
        ("c", f"Let me look again... yes, sorry, it's a [[ACCOUNT_NUMBER#ib:{ch}]]. The print is tiny."),
        ("a", "That one validates. How much, and what reference should they see?"),
        ("c", f"((price:€{fm(eur, c)})), and the reference is their invoice number, [[ACCOUNT_NUMBER:{inv}]]."),
        ("a", "I'll send that now. It should reach them by tomorrow."),
        ("c", "Thanks a lot."),
    ]


@case("asr")
def _():
    b, acct = bsb(), D1(9)
    d, m, y = dob(1968, 1990)
    nzb = "%02d-%04d-%07d-%02d" % (num(1, 38), num(1, 9999), num(1, 9999999), num(0, 99))
    bc = bic("NZ")
    aud = money(8, 60) * 100
    rate = num(105, 112)
    fee = pick(12, 20, 22)
    return [
        ("a", "you're through to southern cross bank international transfers my name's [[NAME:jarrah]]"),
        ("c", "hi [[NAME:jarrah]] i need to send some money to my daughter in wellington"),
        ("a", "no worries can i get your bsb and account number first"),
        ("c", f"bsb [[ACCOUNT_NUMBER:{W(b)}]] account [[ACCOUNT_NUMBER:{W(acct[:3])} {W(acct[3:6])} {W(acct[6:])}]]"),
        ("a", "and your date of birth"),
        ("c", f"[[DOB:{w_uk(d, m, y)}]]"),
        ("a", "thanks and your daughter's name"),
        ("c", "[[NAME:saoirse kealoha]] she's got a kiwi bank account now"),
        ("a", "lovely what's her account number new zealand ones are a bit longer"),
        ("c", f"yeah it's [[ACCOUNT_NUMBER#nz:{PAIRS(nzb[:2])} {W(nzb[3:7])}]] then [[ACCOUNT_NUMBER#nz:{W(nzb[8:15])}]] and then [[ACCOUNT_NUMBER#nz:{W(nzb[16:])}]]"),
        ("a", f"and the swift code should be on her statement"),
        ("c", f"((other:{W(bc)}))"),
        ("a", "how much would you like to send"),
        ("c", f"((price:{nw(aud)} dollars)) australian"),
        ("a", f"that'll be about ((price:{nw(aud * rate // 100)} kiwi dollars)) and there's a ((price:{nw(fee)} dollar)) fee"),
        ("c", "that's fine go ahead"),
        ("a", "all done she should see it by tomorrow arvo"),
    ]


@case("transcript")
def _():
    own = D1(10)
    wrong = D1(10)
    right = wrong[:5] + wrong[6] + wrong[5] + wrong[7:]
    if right == wrong:
        right = wrong[:5] + str((int(wrong[5]) + 1) % 10) + wrong[6:]
    rt = aba()
    fed = D1(4) + D(4) + D1(1) + D(5)
    amt, c = money(2500, 14000), cents()
    h, mi = clock(9, 15, quarter=False)
    dd, dm = day_month()
    return [
        ("a", "Wire operations, this is [[NAME:Anneliese]]."),
        ("c", f"Hi, I sent a wire this morning and I think I typed the account number wrong. I need to stop it."),
        ("a", "Let's see what we can do. Which account did it come from?"),
        ("c", f"My business checking, [[ACCOUNT_NUMBER:{own}]]. I'm [[NAME:Desmond Achebe-Walsh]], the owner."),
        ("a", f"I see a wire for ((price:${fm(amt, c)})) sent at ((time:{tt(h, mi)})). The transfer reference is [[ACCOUNT_NUMBER:{fed}]]. Is that the one?"),
        ("c", "That's it."),
        ("a", f"It went to routing number [[ACCOUNT_NUMBER:{rt}]], account [[ACCOUNT_NUMBER:{wrong}]]. What should it have been?"),
        ("c", f"The account should be [[ACCOUNT_NUMBER:{right}]]. I swapped two digits."),
        ("a", "Once a wire is sent, we can't cancel it ourselves, but we can send a recall request to the receiving bank. If that account doesn't exist, it'll bounce back on its own."),
        ("c", "How long does that take?"),
        ("a", f"Returns usually come back within ((duration:{pick(2, 3)} to {pick(5, 7)} business days)). A recall can take longer if the account exists and the owner has to agree."),
        ("c", f"My supplier needs the money by ((date:{d_us(dd, dm)}))."),
        ("a", "Then I'd suggest sending a new wire to the correct account today and letting the recall run on its own. I'll file the recall now."),
        ("c", "Okay, let's do that."),
    ]


@case("asr")
def _():
    sc = sort_code()
    acct = D1(8)
    zar = money(20, 90) * 1000
    rate = num(22, 24)
    gbp = zar // rate
    fee = pick(150, 250, 350)
    ph = ph_za()
    return [
        ("a", "good day you're speaking to [[NAME:zanele]] at karoo bank foreign exchange how can i help"),
        ("c", "hi i want to send money to my son he's studying in manchester"),
        ("a", "no problem what's your son's name"),
        ("c", "[[NAME:ruan van der merwe]]"),
        ("a", "and his bank details in the uk"),
        ("c", f"it's a sort code [[ACCOUNT_NUMBER:{W(sc)}]] and account number [[ACCOUNT_NUMBER:{W(acct, double=True)}]]"),
        ("a", "and how much would you like to send"),
        ("c", f"((price:{nw(zar)} rand))"),
        ("a", f"okay at today's rate that's about ((price:{nw(gbp)} pounds)) and our fee is ((price:{nw(fee)} rand))"),
        ("c", "fine and it's for his rent and university fees"),
        ("a", "i'll need you to sign the declaration i'll send it to your cellphone which number"),
        ("c", f"[[PHONE:{W(ph[:3])} {W(ph[3:6])} {W(ph[6:])}]]"),
        ("a", "thanks and your own full name for the form"),
        ("c", "[[NAME:marthinus]] but everyone calls me [[NAME:tinus]]"),
        ("a", "okay sent please sign it and the money goes today"),
        ("c", "great thank you"),
    ]


@case("transcript")
def _():
    transit = D1(5)
    inst = "0" + D(2)
    acct = D1(7)
    bc = bic("CA")
    amt = money(3, 40) * 500
    pc = ca_pc("V")
    hn = num(100, 9999)
    return [
        ("a", "Good afternoon, Laurentide Bank, this is [[NAME:Aurélie]]. How can I help you?"),
        ("c", "Hi. My employer in the UK is paying me by international wire and they need my bank details. What do I give them?"),
        ("a", "They'll need your name exactly as on the account, our SWIFT code, and your transit, institution and account numbers. Can I confirm who I'm speaking with?"),
        ("c", "[[NAME:Imogen Rafferty]]."),
        ("a", "And your address?"),
        ("c", f"[[ADDRESS:{hn} West Twelfth Avenue, Vancouver, British Columbia]] [[POSTCODE:{pc}]]."),
        ("a", f"Thank you. Our SWIFT code is ((other:{bc})). The institution number is ((other:{inst})). Your branch transit is [[ACCOUNT_NUMBER:{transit}]], and your account number is [[ACCOUNT_NUMBER:{acct}]]."),
        ("c", "Do they put the transit and the account together?"),
        ("a", f"Some systems want them as one: ((other:{inst})), then [[ACCOUNT_NUMBER:{transit}]], then [[ACCOUNT_NUMBER:{acct}]]. Ask them which format they use."),
        ("c", f"And the first payment will be about ((price:£{fm(amt)})). Is there a fee on my side?"),
        ("a", f"There's a ((price:${pick(15, 17)})) fee for incoming international wires, taken when it arrives."),
        ("c", "That's fine. Thanks."),
    ]


# ---------------------------------------------------------------- mortgage servicing and escrow

@case("transcript")
def _():
    loan = D1(10)
    hn = num(100, 9999)
    z = zip5()
    tax_old = money(2800, 4200)
    tax_new = tax_old + money(300, 900)
    ins = money(1100, 2300)
    short = tax_new - tax_old + money(50, 200)
    pi = money(1400, 2600)
    return [
        ("a", "Thank you for calling Keystone Mortgage Servicing, this is [[NAME:Bartholomew]]. May I have your loan number?"),
        ("c", f"Yes, [[ACCOUNT_NUMBER:{loan}]]."),
        ("a", "And the property address?"),
        ("c", f"[[ADDRESS:{hn} Magnolia Bend, Cary, North Carolina]], [[POSTCODE:{z}]]."),
        ("a", "Thank you. Who am I speaking with?"),
        ("c", "[[NAME:Yolanda Fairbairn]]. I got an escrow statement saying I have a shortage and my payment's going up."),
        ("a", f"I see it. Your county tax bill went from ((price:${fm(tax_old)})) to ((price:${fm(tax_new)})), so the escrow account came up ((price:${fm(short)})) short."),
        ("c", "Can I just pay the shortage so my payment doesn't go up as much?"),
        ("a", f"Yes. If you pay the ((price:${fm(short)})) in one go, your new payment would only go up by the higher tax, spread over the year. If not, the shortage is spread over the next year as well."),
        ("c", f"And my principal and interest stays ((price:${fm(pi)}))?"),
        ("a", f"That's right, that part never changes on a fixed loan. Your homeowners premium of ((price:${fm(ins)})) is also paid from escrow, and that didn't change."),
        ("c", "Can you email me the breakdown? I want to show my husband."),
        ("a", "Of course. What address should I use?"),
        ("c", "[[EMAIL:yfairbairn@bellsouth.net]]."),
        ("a", "It's on its way. You can pay the shortage online, or with the coupon at the bottom of the statement."),
        ("c", "Perfect. Thank you."),
    ]


@case("asr")
def _():
    loan = D1(10)
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    pay, c = money(1100, 2900), cents()
    late = pick(45, 55, 65)
    fee = pick(10, 15)
    dd = pick(15, 16)
    return [
        ("a", "keystone mortgage payments this is [[NAME:luz]] can i have the loan number"),
        ("c", f"yeah it's [[ACCOUNT_NUMBER:{MIX(loan)}]]"),
        ("a", "thank you and your name"),
        ("c", "[[NAME:dmitri volkonsky]]"),
        ("a", f"thank you mister [[NAME:volkonsky]] i see this month's payment of ((price:{nw(pay)} dollars and {nw(c)} cents)) is still open"),
        ("c", "yeah i know i'm late i got paid late this month i want to pay it with my debit card"),
        ("a", f"okay there's a ((price:{nw(fee)} dollar)) fee for paying by phone and since it's after the ((date:{ordw(dd)})) there's a late charge of ((price:{nw(late)} dollars))"),
        ("c", "can you waive the late charge i've never been late before"),
        ("a", "let me see yes since it's your first one i can waive it this time"),
        ("c", "thank you okay the card number is"),
        ("c", f"[[CARD_NUMBER#k:{W(cn[:4])} {W(cn[4:8])} {W(cn[8:12])}]] um hold on [[CARD_NUMBER#k:{W(cn[12:])}]]"),
        ("a", "and the expiration date"),
        ("c", f"[[EXPIRY:{mo(int(e1))} twenty {N2(e2)}]]"),
        ("a", "and the cvv"),
        ("c", f"[[CVV:{W(cv)}]]"),
        ("a", f"okay so that's ((price:{nw(pay + fee)} dollars and {nw(c)} cents)) on the card ending [[CARD_NUMBER:{W(cn[-4:])}]] do you authorize that"),
        ("c", "yes i do"),
        ("a", "done you'll get a confirmation email"),
    ]


@case("transcript")
def _():
    acct = D1(8) + " " + D(2)
    pc = uk_pc("BD")
    hn = num(1, 88)
    rate_old = "%d.%02d" % (num(1, 2), num(0, 99))
    rate_new = "%d.%02d" % (num(4, 5), num(0, 99))
    yrs = pick(2, 5)
    bal = money(140, 360) * 1000
    fee = pick(999, 1499)
    left = num(14, 27)
    dd, dm = day_month()
    return [
        ("a", "Good morning, Pennine Building Society mortgages, [[NAME:Rhiannon]] speaking."),
        ("c", "Hi. My fixed rate ends soon and I'd like to look at a new deal."),
        ("a", "Of course. Can I take your mortgage account number?"),
        ("c", f"[[ACCOUNT_NUMBER:{acct}]]."),
        ("a", "And your name, and the address of the property?"),
        ("c", f"[[NAME:Ravinder Kaur-Bassi]], [[ADDRESS:{hn} Thornbury Gardens, Keighley]], [[POSTCODE:{pc}]]."),
        ("a", f"Thanks. Your current fix at ((percentage:{rate_old}%)) ends on ((date:{d_uk(dd, dm)})). After that you'd move to our standard variable rate unless you switch."),
        ("c", f"What have you got? The balance is about ((price:£{fm(bal)})), and I've got ((duration:{left} years)) left."),
        ("a", f"For existing customers there's a ((duration:{yrs}-year)) fix at ((percentage:{rate_new}%)) with a ((price:£{fm(fee)})) product fee, which you can add to the loan."),
        ("c", "That's a big jump from what I'm paying now."),
        ("a", "It is. Rates have moved a lot since you fixed. I can send you an illustration showing the monthly payment either way."),
        ("c", "Please. Email is fine."),
        ("a", "Which address?"),
        ("c", "[[EMAIL:ravinder.kb@btinternet.com]]."),
        ("a", "Sent. The offer is held for you until your current deal ends."),
    ]


@case("asr")
def _():
    mn = D1(9)
    pc = ca_pc("L")
    rate = "%d point %s" % (num(4, 5), " ".join(W(D(2)).split()))
    term = pick(3, 5)
    bal = money(280, 640) * 1000
    amort = pick(20, 22, 25)
    dd, dm = day_month()
    return [
        ("a", "good morning great lakes trust mortgage renewals this is [[NAME:priya]]"),
        ("c", "hi [[NAME:priya]] i got a renewal letter and i want to go over the options"),
        ("a", "sure can i have the mortgage number from the letter"),
        ("c", f"[[ACCOUNT_NUMBER:{W(mn[:3])} {W(mn[3:6])} {W(mn[6:])}]]"),
        ("a", "and your name and the postal code of the property"),
        ("c", f"[[NAME:connor mackenzie tremblay]] and it's [[POSTCODE:{W(pc)}]]"),
        ("a", f"perfect so your term ends on ((date:{w_us(dd, dm)})) and the balance will be about ((price:{nw(bal)} dollars))"),
        ("c", "okay what rates can you do"),
        ("a", f"for a ((duration:{nw(term)} year)) fixed i can offer ((percentage:{rate} percent))"),
        ("c", "my neighbour got something lower than that"),
        ("a", "i can ask for a rate exception if you're staying with us do you have an offer from another lender"),
        ("c", "not in writing no"),
        ("a", f"okay i'll still request it and i'll keep your amortization at ((duration:{nw(amort)} years)) so the payment doesn't jump as much"),
        ("c", "sounds good let me know"),
        ("a", f"i'll call you back within ((duration:{nw(pick(2, 3))} business days))"),
        ("c", "thanks"),
    ]


@case("transcript")
def _():
    la = D1(3) + " " + D(3) + " " + D(3)
    ph = ph_au()
    pay = money(2100, 3900)
    red = pay // 2
    mths = pick(3, 6)
    em_user = pick("kat.okeefe", "katrina.ok")
    return [
        ("a", "Thanks for calling Harbour City Bank, this is [[NAME:Brodie]]. How can I help?"),
        ("c", "Hi. I've lost my job and I'm worried about making my home loan repayments."),
        ("a", "I'm sorry to hear that. We have a hardship team that can help. Can I get your loan account number?"),
        ("c", f"[[ACCOUNT_NUMBER:{la}]]."),
        ("a", "And your name and date of birth?"),
        ("c", f"[[NAME:Katrina O'Keefe]], [[DOB:{'%02d/%02d/%d' % dob(1975, 1992)}]]."),
        ("a", f"Thanks, [[NAME:Katrina]]. Your repayment is ((price:${fm(pay)})) a fortnight. Options include reducing it to interest-only, or a pause, for ((duration:{mths} months)), while you look for work."),
        ("c", f"Interest-only would help. What would that be?"),
        ("a", f"Roughly ((price:${fm(red)})) a fortnight. The interest still builds up, so your repayments would be a bit higher afterwards."),
        ("c", "I understand. I'd like to apply."),
        ("a", "I'll start the application and email you a form about your income and expenses. What's your email?"),
        ("c", f"[[EMAIL:{em_user}@bigpond.com]]."),
        ("a", "And a mobile number for the hardship team?"),
        ("c", f"[[PHONE:{G(ph, 4, 3, 3)}]]."),
        ("a", f"Done. Someone will call you within ((duration:{pick(2, 3)} business days)). In the meantime, nothing will be reported to credit bureaus while it's assessed."),
        ("c", "Thank you. That's a weight off."),
    ]


@case("asr")
def _():
    loan = D1(10)
    pol = L(3) + D(7)
    tf = tollfree()
    prem_old = money(1400, 2200)
    prem_new = prem_old + money(300, 900)
    hn = num(10, 999)
    z = zip5()
    dd, dm = day_month()
    return [
        ("a", "escrow department this is [[NAME:kenji]] how can i help"),
        ("c", "hi i switched my homeowners insurance and i need you guys to pay the new company not the old one"),
        ("a", "sure what's the loan number"),
        ("c", f"[[ACCOUNT_NUMBER:{W(loan[:5])} {W(loan[5:])}]]"),
        ("a", "and the property address"),
        ("c", f"[[ADDRESS:{W(str(hn))} old mill road]] [[POSTCODE:{W(z)}]]"),
        ("a", "and your name please"),
        ("c", "[[NAME:aoife brennan ruiz]]"),
        ("a", "okay what's the new insurance company and policy number"),
        ("c", f"it's hearthstone mutual policy [[ACCOUNT_NUMBER:{W(pol)}]]"),
        ("a", f"and the new annual premium"),
        ("c", f"((price:{nw(prem_new)} dollars)) it was ((price:{nw(prem_old)})) with the old one but they dropped me"),
        ("a", f"okay and when does it start"),
        ("c", f"((date:{w_us(dd, dm)}))"),
        ("a", f"got it i'll need the declarations page you can have the agent fax it or they can call our insurance line at ((other:{W(tf)}))"),
        ("c", "okay i'll ask them today"),
        ("a", "heads up your monthly payment will go up a bit because of the higher premium you'll get a new escrow statement"),
        ("c", "yeah i figured thanks"),
    ]


@case("transcript")
def _():
    acct = D1(8)
    ec = eircode("H91")
    hn = num(1, 120)
    arrears, c = money(1800, 6400), cents()
    pay = money(900, 1600)
    extra = money(150, 400)
    cn = card("mc")
    e1, e2 = exp()
    cv = cvv()
    part = money(3, 9) * 100
    return [
        ("a", "Good afternoon, Corrib Home Loans, arrears support, [[NAME:Niamh]] speaking."),
        ("c", "Hello, I got a letter about arrears on my mortgage. I want to sort it out."),
        ("a", "Thanks for ringing. Can I have your mortgage account number and the property's Eircode?"),
        ("c", f"The account is [[ACCOUNT_NUMBER:{acct}]] and the Eircode is [[POSTCODE:{ec}]]."),
        ("a", "And your name, please?"),
        ("c", "[[NAME:Pádraig Ó Conghaile]]."),
        ("a", f"Thank you. The arrears stand at ((price:€{fm(arrears, c)})), which is just over ((count:{pick(2, 3)})) missed payments of ((price:€{fm(pay)}))."),
        ("c", f"I can pay ((price:€{part})) today and add ((price:€{extra})) a month on top of the normal payment until it's cleared."),
        ("a", "That sounds like a good arrangement. I'll set it up and send you the paperwork. Which address should it go to?"),
        ("c", f"The house: [[ADDRESS:{hn} Rahoon Road, Galway]]."),
        ("a", f"Perfect. And the ((price:€{part})) today, by card?"),
        ("c", f"Yes. [[CARD_NUMBER:{G(cn, 4)}]], expiry [[EXPIRY:{e1}/{e2}]], security code [[CVV:{cv}]]."),
        ("a", "Thank you, that's gone through. You'll get a receipt by post with the arrangement letter."),
        ("c", "Thanks, that's a weight off my mind."),
    ]


# ---------------------------------------------------------------- home and car insurance renewals

@case("asr")
def _():
    pol = L(3) + D(7)
    reg = L(2) + D(2) + " " + L(3)
    d, m, y = dob(1960, 1995)
    miles = pick(6, 8, 10, 12) * 1000
    old = money(410, 700)
    new = old + money(90, 300)
    ncd = num(4, 12)
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    return [
        ("a", "you're through to brightwater insurance renewals my name's [[NAME:declan]] can i take your policy number"),
        ("c", f"[[ACCOUNT_NUMBER:{W(pol)}]]"),
        ("a", "and the registration of the car"),
        ("c", f"[[ACCOUNT_NUMBER:{W(reg)}]]"),
        ("a", "and your date of birth"),
        ("c", f"[[DOB:{w_uk(d, m, y)}]]"),
        ("a", "thanks missus sorry what was your surname"),
        ("c", "[[NAME:ferreira]] it's [[NAME:leonor ferreira]]"),
        ("a", f"thank you so your renewal came out at ((price:{nw(new)} pound)) and last year you paid ((price:{nw(old)}))"),
        ("c", "yeah that's why i'm ringing it's gone up loads and i've not claimed"),
        ("a", f"you've got ((duration:{nw(ncd)} years)) no claims so that's protected what mileage have we got you down for"),
        ("c", f"((quantity:{nw(miles)} miles)) but i'm working from home now so it's more like ((quantity:{nw(miles // 2)}))"),
        ("a", f"let me change that okay that brings it to ((price:{nw(new - money(40, 80))} pound)) would you like to renew"),
        ("c", "yeah go on then on my card"),
        ("c", f"[[CARD_NUMBER#k:{W(cn[:8])}]] erm [[CARD_NUMBER#k:{W(cn[8:])}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXPIRY:{W(e1)} {W(e2)}]]"),
        ("a", "and the security number"),
        ("c", f"[[CVV:{W(cv)}]]"),
        ("a", "that's gone through you're covered for another year"),
    ]


@case("transcript")
def _():
    pol = "AUT-" + D1(3) + "-" + D(6)
    v = vin()
    z = zip5()
    prem, c = money(620, 1480), cents()
    old = prem - money(60, 180)
    ded1, ded2 = pick(250, 500), pick(1000, 1500)
    four = D(4)
    yr = pick(2019, 2020, 2021, 2022)
    sav = money(80, 160)
    term = pick(6, 12)
    return [
        ("a", "Liberty Ridge Insurance, this is [[NAME:Marguerite]]. How can I help?"),
        ("c", f"Hi, my auto policy renews next month and the premium went up. The policy number is [[ACCOUNT_NUMBER:{pol}]]."),
        ("a", "Thank you. Can you confirm the garaging zip code?"),
        ("c", f"[[POSTCODE:{z}]]."),
        ("a", "And the VIN of the vehicle, or the last six characters?"),
        ("c", f"I'll read the whole thing off my registration: [[ACCOUNT_NUMBER:{v}]]."),
        ("a", f"Thank you, that's the ((year:{yr})) Camry. The ((duration:{term}-month)) premium went from ((price:${fm(old)})) to ((price:${fm(prem, c)}))."),
        ("c", "Why? No tickets, no claims."),
        ("a", "Rates went up across the state because repair costs have gone up. It isn't anything on your record."),
        ("c", "Is there anything I can do to bring it down?"),
        ("a", f"You could raise your collision deductible from ((price:${ded1})) to ((price:${fm(ded2)})). That would save about ((price:${sav})) over the term."),
        ("c", "Let's do that."),
        ("a", f"Done. The renewal will be charged to the card on file ending in [[CARD_NUMBER:{four}]] on the renewal date. Is that still okay?"),
        ("c", "Yes, that's fine."),
        ("a", "Great. You'll get the new declarations page by email."),
    ]


@case("asr")
def _():
    pol = "HC" + D(8)
    hn = num(2, 180)
    pc = au_pc("QLD")
    si = money(45, 95) * 10000
    cont = money(6, 15) * 10000
    xs = pick(500, 750, 1000)
    prem = money(1900, 3600)
    pct = num(8, 24)
    return [
        ("a", "hi you've called bayside home insurance this is [[NAME:tegan]]"),
        ("c", "g'day i'm ringing about my home and contents renewal it's gone up a fair bit"),
        ("a", "no worries what's the policy number"),
        ("c", f"[[ACCOUNT_NUMBER:{W(pol)}]]"),
        ("a", "and the address of the property"),
        ("c", f"[[ADDRESS:{nw(hn)} jacaranda street paddington]] [[POSTCODE:{W(pc)}]]"),
        ("a", "and who am i speaking with"),
        ("c", "[[NAME:mick o'halloran]]"),
        ("a", f"thanks [[NAME:mick]] so the premium's ((price:{nw(prem)} dollars)) that's up about ((percentage:{nw(pct)} percent)) mostly because of storm claims in queensland"),
        ("c", "what am i insured for"),
        ("a", f"the building's at ((price:{nw(si)} dollars)) and contents ((price:{nw(cont)})) with a ((price:{nw(xs)} dollar)) excess"),
        ("c", "what if i bump the excess up"),
        ("a", f"if you go to ((price:{nw(xs * 2)})) it comes down to ((price:{nw(prem - money(150, 350))} dollars))"),
        ("c", "yeah do that and send me the new certificate"),
        ("a", "sure what's your email"),
        ("c", "[[EMAIL:mick o h at big pond dot com]]"),
        ("a", "done mate"),
    ]


@case("transcript")
def _():
    pol = "MP" + D(8)
    reg = "%s-%s-%s" % (pick("191", "202", "221", "232", "241"), pick("D", "G", "C", "KY", "MO"), D1(pick(4, 5)))
    ec = eircode()
    yrs = num(3, 9)
    prem, c = money(520, 1100), cents()
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    return [
        ("a", "Good morning, Shamrock Direct car insurance, [[NAME:Eoin]] speaking."),
        ("c", "Hi [[NAME:Eoin]], my renewal's due and I want to pay it. The policy number is [[ACCOUNT_NUMBER:" + pol + "]]."),
        ("a", "Thanks. Can you confirm the car's registration?"),
        ("c", f"[[ACCOUNT_NUMBER:{reg}]]."),
        ("a", "And your name and Eircode?"),
        ("c", f"[[NAME:Gráinne Mulcahy]], [[POSTCODE:{ec}]]."),
        ("a", f"Thank you, [[NAME:Gráinne]]. You've got ((duration:{yrs} years)) no-claims bonus, and the renewal is ((price:€{fm(prem, c)})) for the year."),
        ("c", "That's grand. Card please."),
        ("a", "Go ahead."),
        ("c", f"[[CARD_NUMBER:{G(cn, 4)}]]. Expiry [[EXPIRY:{e1}/{e2}]]."),
        ("a", "And the three digits on the back?"),
        ("c", f"[[CVV:{cv}]]."),
        ("a", "That's all paid. Your new certificate and disc will be posted out."),
        ("c", "Thanks a million."),
    ]


@case("asr")
def _():
    pol = D1(10)
    y, m, d = num(1965, 1999), num(1, 12), num(1, 28)
    idn = za_id(y, m, d)
    reg = L(2) + " " + D(2) + " " + L(2) + " " + pick("GP", "WP", "ZN")
    ph = ph_za()
    prem = money(780, 2100)
    xs = money(3, 8) * 1000
    return [
        ("a", "hello you're speaking to [[NAME:bongani]] at umoja car insurance how can i help"),
        ("c", "hi i got an sms that my premium is going up and i want to know why"),
        ("a", "let me check can i have your policy number"),
        ("c", f"[[ACCOUNT_NUMBER:{W(pol)}]]"),
        ("a", "and for security your id number"),
        ("c", f"[[SSN:{W(idn[:6])} {W(idn[6:])}]]"),
        ("a", "thank you miss [[NAME:naidoo]]"),
        ("c", "it's [[NAME:kavitha naidoo]] yes"),
        ("a", "which car is this for the registration please"),
        ("c", f"[[ACCOUNT_NUMBER:{W(reg)}]]"),
        ("a", f"okay so the new premium is ((price:{nw(prem)} rand)) a month because we moved your car to a higher risk area when you changed address"),
        ("c", "but i moved to a complex with a guard and a garage"),
        ("a", f"ah then i can add secure parking which brings it down and your excess stays at ((price:{nw(xs)} rand))"),
        ("c", "please do"),
        ("a", "done and i'll send the new schedule to your cellphone which number must i use"),
        ("c", f"[[PHONE:{W(ph)}]]"),
        ("a", "sharp it's sent"),
    ]


@case("transcript")
def _():
    pol = "HH-" + D1(7)
    hn = num(3, 260)
    pc = nz_pc()
    prem, c = money(1600, 3400), cents()
    xs = pick(400, 500, 750)
    built = num(1925, 1975)
    bought = num(2019, 2024)
    sq = num(110, 240)
    return [
        ("a", "Kia ora, Tui Mutual, you're speaking with [[NAME:Manaia]]."),
        ("c", "Hi, it's about my house insurance renewal. The renewal letter's still addressed to the people we bought the house from."),
        ("a", "Oh, let's sort that out. What's the policy number on the letter?"),
        ("c", f"[[ACCOUNT_NUMBER:{pol}]]. It's addressed to [[NAME:Graeme]] and [[NAME:Lorraine Pickering]]."),
        ("a", "And the property address?"),
        ("c", f"[[ADDRESS:{hn} Kowhai Terrace, Karori, Wellington]] [[POSTCODE:{pc}]]."),
        ("a", f"I see. When the house changed hands in ((year:{bought})), the policy should have been cancelled and a new one opened in your name. Can I take your name?"),
        ("c", "[[NAME:Hiroshi Tanaka-Brown]]. My partner is [[NAME:Freya]]."),
        ("a", f"Thank you. I'll set up a new policy for you both. The house was built in ((year:{built})) and it's about ((quantity:{sq} square metres)). Is that right?"),
        ("c", "Yes, that sounds right."),
        ("a", f"Then the premium would be ((price:${fm(prem, c)})) a year with a ((price:${xs})) excess."),
        ("c", "Okay. Can you email the quote?"),
        ("a", "Of course. What's the email?"),
        ("c", "[[EMAIL:hiroshi.tb@xtra.co.nz]]."),
        ("a", "Sent. And I'll cancel the old policy so the [[NAME:Pickerings]] aren't billed."),
        ("c", "Great, thanks."),
    ]


@case("asr")
def _():
    pol = L(2) + D(8)
    dl = L(1) + D(4) + " " + D(5) + " " + D(5)
    pc = ca_pc("N")
    prem = money(1900, 3800)
    mo_ = prem // 12
    cn = card("mc")
    e1, e2 = exp()
    cv = cvv()
    return [
        ("a", "thanks for calling maple leaf auto insurance this is [[NAME:sukhwinder]]"),
        ("c", "hi yeah i need to renew my car insurance and add my son as a driver"),
        ("a", "sure what's the policy number"),
        ("c", f"[[ACCOUNT_NUMBER:{W(pol)}]]"),
        ("a", "and your postal code"),
        ("c", f"[[POSTCODE:{W(pc)}]]"),
        ("a", "okay and your son's name and driver's licence number"),
        ("c", f"[[NAME:teodor]] [[NAME:t e o d o r]] and his licence is [[ACCOUNT_NUMBER#dl:{W(dl[:5])}]] uh [[ACCOUNT_NUMBER#dl:{W(dl[6:])}]]"),
        ("a", f"okay with a new driver the annual premium goes to ((price:{nw(prem)} dollars)) or about ((price:{nw(mo_)})) a month"),
        ("c", "yikes okay monthly please on my card"),
        ("a", "go ahead with the card"),
        ("c", f"[[CARD_NUMBER:{W(cn[:4])} {MIX(cn[4:8])} {W(cn[8:12])} {W(cn[12:])}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{W(e1)} {N2(e2)}]]"),
        ("a", "and the three numbers on the back"),
        ("c", f"[[CVV:{W(cv)}]]"),
        ("a", "done he's covered from today"),
    ]


@case("transcript")
def _():
    pc = uk_pc("S")
    hn = num(1, 140)
    built = num(1890, 1935)
    prem, c = money(240, 690), cents()
    bed = num(2, 5)
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    ref = "HM" + D(7)
    sum_ = money(30, 80) * 1000
    return [
        ("a", "Good afternoon, Fenwick Home Insurance, you're speaking with [[NAME:Bethan]]. How can I help?"),
        ("c", "Hello. I'd like a quote for buildings and contents. We've just bought a house."),
        ("a", "Congratulations. What's the address?"),
        ("c", f"[[ADDRESS:{hn} Abbeydale Road, Sheffield]], [[POSTCODE:{pc}]]."),
        ("a", f"And roughly when was it built?"),
        ("c", f"The survey says about ((year:{built})). It's a Victorian terrace, ((count:{bed})) bedrooms."),
        ("a", "Any previous subsidence, or has it been underpinned?"),
        ("c", f"Not that we know. The previous owner, Mr [[NAME:Whitcombe]], lived there for ((duration:{num(30, 45)} years))."),
        ("a", "And your name, please?"),
        ("c", "[[NAME:Chiamaka Eze-Holloway]]."),
        ("a", f"Thank you. With contents up to ((price:£{fm(sum_)})), the annual premium is ((price:£{fm(prem, c)})). Your quote reference is [[ACCOUNT_NUMBER:{ref}]]."),
        ("c", "That's fine. I'll pay for the year now."),
        ("c", f"The card is [[CARD_NUMBER:{G(cn, 4)}]], expiry [[EXPIRY:{e1}/{e2}]], and the code on the back is [[CVV:{cv}]]."),
        ("a", "Thank you, that's gone through. Your documents will be emailed tonight."),
    ]


@case("asr")
def _():
    pol = D1(4) + "/" + D(5) + "/" + D(3)
    reg = pick("mh", "ka", "dl", "tn") + " " + D(2) + " " + L(2).lower() + " " + D(4)
    ph = ph_in()
    pin = in_pin()
    idv = money(3, 9) * 100000
    prem = money(9, 24) * 1000 + money(0, 999)
    ncb = pick(20, 25, 35, 45)
    return [
        ("a", "good afternoon this is [[NAME:sandeep]] from bharat general insurance your motor policy is due for renewal"),
        ("c", "yes i got the sms what is the premium"),
        ("a", "may i confirm the vehicle registration number"),
        ("c", f"[[ACCOUNT_NUMBER:{W(reg)}]]"),
        ("a", "and the policy number"),
        ("c", f"[[ACCOUNT_NUMBER:{W(pol)}]]"),
        ("a", "thank you and your good name sir"),
        ("c", "[[NAME:gurdeep singh bhatia]]"),
        ("a", f"thank you [[NAME:bhatia]] ji the insured declared value this year is ((price:{nw(idv)} rupees)) and with ((percentage:{nw(ncb)} percent)) no claim bonus the premium is ((price:{nw(prem)} rupees))"),
        ("c", "last year it was less"),
        ("a", "the third party part is fixed by the regulator and it went up this year"),
        ("c", "okay send me the payment link"),
        ("a", "sure on this number only"),
        ("c", f"no send on [[PHONE:{W(ph)}]] that is my wife's"),
        ("a", "and for the policy copy the pin code of your address"),
        ("c", f"[[POSTCODE:{W(pin)}]]"),
        ("a", "thank you sir the link is sent"),
    ]


# ---------------------------------------------------------------- energy switching

@case("transcript")
def _():
    mpan = D1(2) + " " + D(4) + " " + D(4) + " " + D(3)
    reading = "%05d" % num(1000, 99999)
    pc = uk_pc("CT")
    hn = num(1, 99)
    d, m, y = dob(1958, 1996)
    unit = "%d.%02d" % (num(22, 27), num(0, 99))
    sc = "%d.%02d" % (num(45, 62), num(0, 99))
    kwh = pick(2700, 2900, 3100, 3400)
    dd = num(14, 21)
    return [
        ("a", "Hello, you're through to Greenfinch Energy switching, I'm [[NAME:Toby]]. Are you looking to switch your electricity to us?"),
        ("c", "Yes, please. I've got my bill from the old supplier in front of me."),
        ("a", "Lovely. What's the supply address?"),
        ("c", f"[[ADDRESS:Flat {hn}, Marlowe Court, Canterbury]], [[POSTCODE:{pc}]]."),
        ("a", "And the MPAN? It's the long number in the box on the bill, usually bottom right."),
        ("c", f"[[ACCOUNT_NUMBER:{mpan}]]."),
        ("a", f"Thanks. How much do you use a year? The bill should say in kWh."),
        ("c", f"It says ((quantity:{fm(kwh)} kWh))."),
        ("a", f"On our fixed tariff that's ((price:{unit}p)) per kWh and a standing charge of ((price:{sc}p)) a day. There's no exit fee."),
        ("c", "That's cheaper than what I'm paying. Let's do it."),
        ("a", "Great. Can I have your full name and date of birth?"),
        ("c", f"[[NAME:Agnieszka Wróblewska]], [[DOB:{d:02d}/{m:02d}/{y}]]."),
        ("a", "And an email for the contract?"),
        ("c", "[[EMAIL:aga.wroblewska@gmail.com]]."),
        ("a", f"Thank you. The switch will happen in about ((duration:{dd} days)). On the day, please take a meter reading and send it to us."),
        ("c", f"I took one this morning, actually. It's ((quantity:{reading})), if that's useful."),
        ("a", "It is, I'll note it as a reference. Welcome to Greenfinch!"),
    ]


@case("asr")
def _():
    acct = D1(8)
    sc = sort_code()
    a2 = D1(8)
    e_read = "%05d" % num(1000, 99999)
    g_read = "%05d" % num(1000, 99999)
    fee = pick(75, 100, 150)
    dd = num(1, 28)
    ph = ph_uk()
    return [
        ("a", "you're through to northwind energy my name's [[NAME:kieran]] how can i help"),
        ("c", "hiya i'm switching to you from the first of next month and i need to set up the direct debit"),
        ("a", "lovely have you got your new account number"),
        ("c", f"yeah it's [[ACCOUNT_NUMBER:{W(acct)}]]"),
        ("a", "and your name"),
        ("c", "[[NAME:sunita]] and the surname's [[NAME:ramgoolam]]"),
        ("a", "thanks and the bank account you want to pay from"),
        ("c", f"sort code [[ACCOUNT_NUMBER:{PAIRS(sc)}]] account [[ACCOUNT_NUMBER:{W(a2[:4])} {W(a2[4:])}]]"),
        ("a", f"and what date of the month do you want it to come out"),
        ("c", f"the ((date:{ordw(dd)})) that's just after payday"),
        ("a", f"okay and did your old supplier mention an exit fee because some fixed deals have one"),
        ("c", f"yeah ((price:{nw(fee)} pound)) but you said you'd cover it"),
        ("a", "we will just send us the final bill showing it and we'll credit your account"),
        ("c", "okay and do you want meter readings"),
        ("a", "yes on the switch day please both electric and gas"),
        ("c", f"i've got today's here electric ((quantity:{W(e_read)})) and gas ((quantity:{W(g_read)}))"),
        ("a", "thanks that's useful but we'll still need them on the day what's the best number for reminders"),
        ("c", f"[[PHONE:{W(ph[:5])} {W(ph[5:])}]]"),
        ("a", "done"),
    ]


@case("transcript")
def _():
    mprn = "10" + D(9)
    ec = eircode("D15")
    hn = num(1, 220)
    dep = pick(100, 150, 200)
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    disc = pick(10, 12, 15, 18)
    reading = "%05d" % num(1000, 99999)
    return [
        ("a", "Hello, Liffey Power, you're speaking with [[NAME:Sorcha]]."),
        ("c", "Hi. I'm moving into a new apartment and I want to open an electricity account with you."),
        ("a", "Great. What's the address?"),
        ("c", f"[[ADDRESS:Apartment {hn}, The Maples, Castleknock, Dublin]] [[POSTCODE:{ec}]]."),
        ("a", "And the MPRN? It'll be on the meter box or on the previous tenant's bill."),
        ("c", f"I took a photo of the meter. It's [[ACCOUNT_NUMBER:{mprn}]]."),
        ("a", f"Thank you. And the meter reading from the photo?"),
        ("c", f"((quantity:{reading}))."),
        ("a", f"Perfect. You'll get ((percentage:{disc}%)) off the unit rate for the first year. As a new customer without a credit history with us, we ask for a ((price:€{dep})) security deposit, refunded after a year of on-time payments."),
        ("c", "Okay. Can I pay that now by card?"),
        ("a", "You can. What's your name first?"),
        ("c", "[[NAME:Ifeoluwa Adebayo]]."),
        ("c", f"And the card: [[CARD_NUMBER:{G(cn, 4)}]], expires [[EXPIRY:{e1}/{e2}]], CVV [[CVV:{cv}]]."),
        ("a", "That's gone through. Your account will be live from today."),
    ]


@case("asr")
def _():
    nmi = "NCCC" + D(6) + D1(1)
    pc = au_pc("SA")
    ph = ph_au()
    rate = num(28, 41)
    sup = num(90, 130)
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    conn = money(40, 90)
    return [
        ("a", "thanks for calling sunburnt energy this is [[NAME:jayden]]"),
        ("c", "hi mate i want to switch my power to you guys i saw the ad"),
        ("a", "legend can i get your postcode first to check the rates"),
        ("c", f"[[POSTCODE:{W(pc)}]]"),
        ("a", f"okay in your area it's ((price:{nw(rate)} cents)) a kilowatt hour and ((price:{nw(sup)} cents)) a day supply charge"),
        ("c", "yeah that's better than mine what do you need"),
        ("a", "your nmi it's on your bill usually top of the second page"),
        ("c", f"[[ACCOUNT_NUMBER:{W(nmi)}]]"),
        ("a", "and your name"),
        ("c", "[[NAME:fatima al rashid]]"),
        ("a", "and a mobile"),
        ("c", f"[[PHONE:{W(ph[:4])} {W(ph[4:7])} {W(ph[7:])}]]"),
        ("a", f"and there's a ((price:{nw(conn)} dollar)) connection fee i can take that on a card now"),
        ("c", f"okay it's [[CARD_NUMBER#k:{W(cn[:4])}]] um [[CARD_NUMBER#k:{W(cn[4:])}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{W(e1)} {W(e2)}]]"),
        ("a", "and the cvv"),
        ("c", f"[[CVV:{W(cv)}]]"),
        ("a", "sweet all done"),
    ]


@case("transcript")
def _():
    esi = pick("10443720", "10089010", "10032789") + D(9)
    z = zip5()
    hn = num(100, 19999)
    rate = "%d.%d" % (num(11, 16), num(0, 9))
    mths = pick(12, 24, 36)
    etf = pick(150, 200, 20 * mths)
    s4 = D(4)
    dep = pick(0, 0, 150)
    kwh = pick(1000, 2000)
    return [
        ("a", "Thanks for calling Lone Star Power, this is [[NAME:Dakota]]. Are you looking to start service or switch?"),
        ("c", "Switch. I'm with another provider and my contract ends next month."),
        ("a", "Great timing. What's the service address?"),
        ("c", f"[[ADDRESS:{hn} Bluebonnet Trail, Round Rock, Texas]] [[POSTCODE:{z}]]."),
        ("a", f"Thank you. I found the meter. The ESI ID ends in [[ACCOUNT_NUMBER:{esi[-6:]}]]. Does that match your bill?"),
        ("c", f"Hang on. The full number on my bill is [[ACCOUNT_NUMBER:{esi}]]. Yes, it ends the same."),
        ("a", f"Perfect. Our ((duration:{mths}-month)) fixed plan is ((price:{rate} cents)) per kWh at ((quantity:{fm(kwh)} kWh)) a month. The early termination fee is ((price:${etf}))."),
        ("c", "Okay. Do you need to run my credit?"),
        ("a", "We do a soft check, which doesn't affect your score. I'll need your name and the last four of your Social."),
        ("c", f"[[NAME:Beauregard Nwachukwu]], and the last four are [[SSN:{s4}]]."),
        ("a", "Thank you. You're approved with no deposit." if dep == 0 else f"Thank you. You're approved with a ((price:${dep})) deposit."),
        ("c", "And I won't get charged a fee by my old company?"),
        ("a", "As long as the switch date is after your contract ends, no. I'll schedule it for the day after."),
        ("c", "Great, thank you."),
    ]


@case("asr")
def _():
    icp = "0000" + D(6) + L(2) + D(3)
    hn = num(2, 190)
    pc = nz_pc()
    ph = ph_nz()
    disc = pick(10, 15)
    d, m, y = dob(1985, 2002)
    return [
        ("a", "kia ora you're through to kauri energy this is [[NAME:tama]]"),
        ("c", "hi i'm moving flats and i want to switch the power to you at the new place"),
        ("a", "choice what's the new address"),
        ("c", f"[[ADDRESS:{nw(hn)} cuba street te aro wellington]] [[POSTCODE:{W(pc)}]]"),
        ("a", "okay i'll look up the icp number for that address"),
        ("a", f"there's ((count:{nw(num(2, 3))})) flats at that number yours is flat b is that right"),
        ("c", "yes flat b"),
        ("a", f"okay the icp is [[ACCOUNT_NUMBER:{W(icp)}]] can i get your name"),
        ("c", "[[NAME:lily zhang]] oh and my flatmate [[NAME:moana]] wants to be on the account too"),
        ("a", "no worries i'll need [[NAME:moana]] to call us herself to be added your date of birth"),
        ("c", f"[[DOB:{w_uk(d, m, y)}]]"),
        ("a", f"and a phone number and email"),
        ("c", f"[[PHONE:{W(ph)}]] and [[EMAIL:lily zhang ninety {W(D(1))} at gmail dot com]]"),
        ("a", f"sweet as you'll get ((percentage:{nw(disc)} percent)) off for paying by direct debit"),
        ("c", "awesome thanks"),
    ]


@case("transcript")
def _():
    meter = D1(11)
    tok = nonluhn(20)
    amt = pick(200, 300, 500)
    units = amt * 100 // num(280, 340)
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    ph = ph_za()
    return [
        ("a", "Good evening, PowerUp prepaid electricity, [[NAME:Lerato]] speaking."),
        ("c", "Hi. I bought electricity on the app and the token won't load on my meter."),
        ("a", "Sorry about that. What's the meter number?"),
        ("c", f"[[ACCOUNT_NUMBER:{meter}]]."),
        ("a", f"Thank you. I see a purchase of ((price:R{amt})) at ((time:{tt(*clock(17, 21, quarter=False))})) tonight, which gave ((quantity:{units} kWh)). Is that the one?"),
        ("c", "Yes."),
        ("a", f"The token is ((other:{G(tok, 4, sep='-')})). Please try entering it again slowly."),
        ("c", f"I've tried ((count:{num(3, 4)})) times. It says 'reject'."),
        ("a", "Then your meter probably needs a key change token first. I'll send you both. What cellphone number should I send them to?"),
        ("c", f"[[PHONE:{G(ph, 3, 3, 4)}]]."),
        ("a", "Sent. Enter the key change tokens first, then the purchase token."),
        ("c", "It worked. While I have you, can I buy more? I'll pay by card."),
        ("a", "Sure, how much?"),
        ("c", f"((price:R{amt})) again. Card number [[CARD_NUMBER:{G(cn, 4)}]], expiry [[EXPIRY:{e1}/{e2}]], CVV [[CVV:{cv}]]."),
        ("a", "Done. The token is on its way by SMS."),
    ]


# ---------------------------------------------------------------- mobile device trade-ins

@case("asr")
def _():
    im = imei()
    order = "TR" + D(8)
    hn = num(10, 9999)
    z = zip5()
    val = pick(180, 220, 260, 310, 340)
    gb = pick(128, 256)
    model = pick("iphone thirteen", "iphone fourteen", "galaxy s twenty two")
    days = pick(14, 30)
    return [
        ("a", "thanks for calling swapcell trade in support this is [[NAME:marcus]]"),
        ("c", "hi i'm trading in my old phone and the website says it can't verify it"),
        ("a", "okay let's look do you have the order number"),
        ("c", f"yeah [[ACCOUNT_NUMBER:{W(order)}]]"),
        ("a", "and the name on the order"),
        ("c", "[[NAME:xochitl ramirez]]"),
        ("a", f"thanks i see a ((model_number:{model})) ((quantity:{nw(gb)} gig)) can you read me the imei it's under settings general about"),
        ("c", f"okay ((other:{W(im[:8])} {W(im[8:])}))"),
        ("a", "hmm that doesn't match what was entered on the website one digit's off i'll fix it"),
        ("a", f"okay it verified your quote is ((price:{nw(val)} dollars)) as long as the screen isn't cracked"),
        ("c", "it's got a little scratch but no cracks"),
        ("a", f"that's fine we'll send a prepaid kit you have ((duration:{nw(days)} days)) to send it back where should it go"),
        ("c", f"[[ADDRESS:{W(str(hn))} pinecrest drive]] [[POSTCODE:{W(z)}]]"),
        ("a", "and an email for the tracking"),
        ("c", "[[EMAIL:xochi r at yahoo dot com]]"),
        ("a", "you're all set"),
    ]


@case("transcript")
def _():
    im = imei()
    trk = "JD" + nonluhn(16)
    sc = sort_code()
    acct = D1(8)
    val = pick(95, 140, 185, 230)
    red = val - pick(20, 35, 50)
    ph = ph_uk()
    gb = pick(64, 128)
    return [
        ("a", "Hello, Recircle Mobile trade-ins, [[NAME:Aled]] speaking."),
        ("c", "Hi. I sent my old phone in last week and I haven't heard anything."),
        ("a", "Let me check. Can I have the mobile number you registered with?"),
        ("c", f"[[PHONE:{ph[:5]} {ph[5:]}]]."),
        ("a", "Thanks. And your name?"),
        ("c", "[[NAME:Zainab Chaudhry]]."),
        ("a", f"I see it. It arrived yesterday, tracking ((other:{trk})). It was a ((model_number:Pixel {pick(6, 7)})), ((quantity:{gb}GB)), IMEI ((other:{im})). Is that right?"),
        ("c", "Yes, that's the one."),
        ("a", f"The quote was ((price:£{val})), but our engineers found the battery health at ((percentage:{num(71, 79)}%)), below the ((percentage:{pick(80, 85)}%)) we accept for the full price, so the revised offer is ((price:£{red}))."),
        ("c", "Hmm. That's annoying, but fine. I don't want it back."),
        ("a", "Okay. We pay by bank transfer. Can I take the sort code and account number?"),
        ("c", f"Sort code [[ACCOUNT_NUMBER:{sc}]], account number [[ACCOUNT_NUMBER:{acct}]]."),
        ("a", f"Thanks. Payment goes out within ((duration:{pick(2, 3)} working days))."),
        ("c", "Great, thanks for sorting it."),
    ]


@case("asr")
def _():
    im = imei()
    ph = ph_au()
    val = pick(320, 410, 480, 550)
    gb = pick(128, 256)
    order = D1(9)
    mdl = pick("galaxy s twenty three", "iphone fifteen", "pixel eight")
    return [
        ("a", "you're speaking with [[NAME:shannon]] at koala mobile how can i help"),
        ("c", "hi i'm upgrading and i want to trade in my old phone in store credit"),
        ("a", "awesome what phone is it"),
        ("c", f"it's a ((model_number:{mdl})) ((quantity:{nw(gb)} gig))"),
        ("a", "and is the screen in good nick"),
        ("c", "yeah not a scratch always had a case on it"),
        ("a", "can you dial ((other:star hash zero six hash)) to bring up the imei and read it to me"),
        ("c", f"okay it says ((other:{MIX(im[:7])} {W(im[7:])}))"),
        ("a", f"lovely that one's worth ((price:{nw(val)} dollars)) credit toward the new phone"),
        ("c", "better than i thought"),
        ("a", "what's your account mobile number"),
        ("c", f"[[PHONE:{W(ph[:4])} {W(ph[4:7])} {W(ph[7:])}]]"),
        ("a", "and your name"),
        ("c", "[[NAME:ngaire]] [[NAME:n g a i r e]] [[NAME:whitford]]"),
        ("a", f"thanks [[NAME:ngaire]] your order number for the upgrade is [[ACCOUNT_NUMBER:{W(order)}]] bring the old phone into any store"),
        ("c", "will do thanks"),
    ]


@case("transcript")
def _():
    im = imei()
    ser = L(2) + D(3) + L(3) + D(4)
    order = "TRD-" + D1(6)
    pc = ca_pc("H")
    hn = num(100, 9999)
    val = pick(150, 190, 240)
    dep = pick(50, 100)
    cn = card("mc")
    e1, e2 = exp()
    cv = cvv()
    return [
        ("a", "Bonjour, hello, Northern Wireless trade-ins, this is [[NAME:Maxime]]."),
        ("c", "Hello. I'm trading in my tablet, and the form asks for a card for a deposit. Why?"),
        ("a", f"We hold a ((price:${dep})) deposit in case the device doesn't arrive. It's released when we receive it. Do you have the order number?"),
        ("c", f"Yes, [[ACCOUNT_NUMBER:{order}]]."),
        ("a", "Thank you. And your name and postal code?"),
        ("c", f"[[NAME:Oksana Hrytsenko]], [[POSTCODE:{pc}]]."),
        ("a", f"I see an iPad ((model_number:Air {pick(4, 5)})), serial ((other:{ser})). Does it have cellular?"),
        ("c", f"It does. The IMEI is on the back: ((other:{im}))."),
        ("a", f"Good, then the quote is ((price:${val})). Would you like to put the deposit on a card now?"),
        ("c", f"Okay. [[CARD_NUMBER:{G(cn, 4)}]], expiry [[EXPIRY:{e1}/{e2}]], and the code is [[CVV:{cv}]]."),
        ("a", "Thank you. We'll send a prepaid box to the address on the order. Can you confirm it?"),
        ("c", f"[[ADDRESS:{hn} rue Saint-Denis, Montréal, Québec]]."),
        ("a", "That matches. You'll get the box in a few days."),
    ]


@case("asr")
def _():
    im = imei()
    ph = ph_in()
    pin = in_pin()
    val = money(6, 22) * 1000
    bonus = pick(1000, 2000, 3000)
    mdl = pick("redmi note eleven", "galaxy m thirty two", "oneplus nine")
    return [
        ("a", "hello sir this is [[NAME:pooja]] calling from phonebazaar about your exchange order"),
        ("c", "yes yes tell me"),
        ("a", f"sir the exchange phone is ((model_number:{mdl})) correct"),
        ("c", "correct"),
        ("a", "please tell me the imei you can dial ((other:star hash zero six hash))"),
        ("c", f"((other:{W(im[:5])} {W(im[5:10])} {W(im[10:])}))"),
        ("a", f"thank you sir exchange value is ((price:{nw(val)} rupees)) plus ((price:{nw(bonus)} rupees)) bonus"),
        ("c", "and when will the delivery boy come"),
        ("a", f"tomorrow between ((time:{tw(*clock(10, 11))})) and ((time:{tw(*clock(14, 16))})) sir please confirm the pin code"),
        ("c", f"[[POSTCODE:{W(pin)}]]"),
        ("a", "and alternate number"),
        ("c", f"[[PHONE:{W(ph[:5])} {W(ph[5:])}]] that is my brother [[NAME:rohit]]"),
        ("a", "and your name sir for the delivery"),
        ("c", "[[NAME:abhishek malhotra]]"),
        ("a", "thank you sir"),
    ]


@case("transcript")
def _():
    im = imei()
    trk = nonluhn(18)
    ec = eircode()
    val = pick(90, 125, 160)
    return [
        ("a", "Hi, you're through to GreenLoop trade-ins, [[NAME:Ronan]] speaking."),
        ("c", f"Hi. I posted my phone to you ((duration:{num(8, 12)} days)) ago and the tracking hasn't moved."),
        ("a", "Sorry to hear that. Do you have the tracking number?"),
        ("c", f"It's ((other:{trk}))."),
        ("a", "Thanks. It's showing as scanned at the Portlaoise hub, then nothing. What's the email on the trade-in?"),
        ("c", "[[EMAIL:maeve.kinsella@eircom.net]]."),
        ("a", f"Thanks, [[NAME:Maeve]]. I can see the order for a phone with IMEI ((other:{im})), quoted at ((price:€{val}))."),
        ("c", "That's it."),
        ("a", f"I'll open a trace with An Post. If it doesn't turn up within ((duration:{num(5, 7)} working days)), we'll pay out the quote anyway, since you have proof of postage."),
        ("c", "Great. Can you confirm you've got my Eircode right, for the letter?"),
        ("a", f"I have [[POSTCODE:{ec}]]."),
        ("c", "That's right. Thanks."),
    ]


# ---------------------------------------------------------------- payments across the same industries

@case("asr")
def _():
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    z = zip5()
    d, m, y = dob(1970, 1999)
    cop = pick(25, 30, 40, 55)
    ph = ph_nanp()
    h, mi = clock(9, 17)
    return [
        ("a", "carenow virtual visits this is [[NAME:faith]] are you calling to pay for a visit"),
        ("c", "yeah i had a video visit yesterday and i got a text saying my copay didn't go through"),
        ("a", "sorry about that can i have the patient's name and date of birth"),
        ("c", f"it's me [[NAME:obadiah kettering]] [[DOB:{w_us(d, m, y)}]]"),
        ("a", f"thanks i see the ((time:{tw(h, mi)})) visit with ((price:{nw(cop)} dollars)) due the card on file was declined would you like to use another"),
        ("c", "yes okay the expiry is first it's right here"),
        ("c", f"[[EXPIRY:{W(e1)} {W(e2)}]] and the number is [[CARD_NUMBER#k:{MIX(cn[:4])} {MIX(cn[4:8])}]] uh [[CARD_NUMBER#k:{MIX(cn[8:12])} {MIX(cn[12:])}]]"),
        ("a", "and the security code"),
        ("c", f"[[CVV:{W(cv)}]]"),
        ("a", "and the billing zip"),
        ("c", f"[[POSTCODE:{W(z)}]]"),
        ("a", f"okay so that's [[NAME:obadiah kettering]] card ending [[CARD_NUMBER:{W(cn[-4:])}]] expiring [[EXPIRY:{W(e1)} {W(e2)}]] zip [[POSTCODE:{W(z)}]] and a reminder text to [[PHONE:{W(ph)}]] is that all right"),
        ("c", "yes that's right"),
        ("a", "great that's paid"),
    ]


@case("transcript")
def _():
    mem = D1(8)
    arrears, c = money(180, 640), cents()
    cn = card("mc")
    e1, e2 = exp()
    cv = cvv()
    d, m, y = dob(1960, 1990)
    hn = num(2, 140)
    pc = au_pc("WA")
    ph = ph_au()
    days = pick(60, 63)
    return [
        ("a", "Good morning, Goldfields Health Fund, this is [[NAME:Wiremu]]."),
        ("c", "Morning. I got a letter saying my cover will be suspended because I'm behind on payments."),
        ("a", "Let's fix that. Can I have your member number and date of birth?"),
        ("c", f"[[ACCOUNT_NUMBER:{mem}]], and [[DOB:{d}/{m}/{y}]]."),
        ("a", f"Thanks. You're ((price:${fm(arrears, c)})) in arrears. If that's paid today, your cover continues with no gap. After ((duration:{days} days)), it would lapse."),
        ("c", "I'll pay it now. I'm reading the card from my notes app, so bear with me."),
        ("c", f"[[CARD_NUMBER:{G(cn, 4)}]]. Expiry [[EXPIRY:{e1}/{e2}]]. CVC [[CVV:{cv}]]."),
        ("a", "Thank you. And is your address still the same?"),
        ("c", f"Yes, [[ADDRESS:{hn} Banksia Way, Joondalup, Western Australia]] [[POSTCODE:{pc}]]."),
        ("a", f"So, to confirm: ((price:${fm(arrears, c)})) on the Mastercard ending [[CARD_NUMBER:{cn[-4:]}]], for member [[ACCOUNT_NUMBER:{mem}]] at [[ADDRESS:{hn} Banksia Way]], with the receipt texted to [[PHONE:{G(ph, 4, 3, 3)}]]. Correct?"),
        ("c", "Correct."),
        ("a", "Done. Your cover's up to date."),
    ]


@case("asr")
def _():
    pat = D1(7)
    pc = uk_pc("BS")
    fee = money(14, 29)
    c = cents()
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    dd = num(1, 28)
    return [
        ("a", "smileplan dental you're through to [[NAME:hope]] how can i help"),
        ("c", "hi my card's expired and my monthly dental plan payment bounced"),
        ("a", "oh no let me find you what's your patient number"),
        ("c", f"[[ACCOUNT_NUMBER:{W(pat)}]]"),
        ("a", "and your postcode"),
        ("c", f"[[POSTCODE:{W(pc)}]]"),
        ("a", "thanks and your name"),
        ("c", "[[NAME:rowan pennywhistle]]"),
        ("a", f"thanks [[NAME:rowan]] so the missed payment is ((price:{nw(fee)} pound {nw(c)})) shall i take that and update the card for future months"),
        ("c", "yes please"),
        ("c", f"it's [[CARD_NUMBER:{W(cn[:4])} {W(cn[4:8], zero='zero')} {W(cn[8:12])} {W(cn[12:])}]]"),
        ("a", "and the expiry date"),
        ("c", f"[[EXPIRY:{W(e1)} {W(e2)}]]"),
        ("a", "and the three digits on the back"),
        ("c", f"[[CVV:{W(cv)}]]"),
        ("a", f"lovely that's gone through and from now on it'll come out on the ((date:{ordw(dd)})) each month"),
        ("c", "brilliant cheers"),
    ]


@case("transcript")
def _():
    nhi = L(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + D(4)
    fee = money(55, 85)
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    h, mi = clock(8, 19)
    return [
        ("a", "Kia ora, Aotearoa eDoctor, [[NAME:Anahera]] speaking."),
        ("c", "Hi. I'd like an appointment this evening if there's one. It's for a urine infection, I think."),
        ("a", f"I've got ((time:{tt(h, mi)})) with Dr [[NAME:Sefo Taumalolo]]. Can I have your NHI number?"),
        ("c", f"[[ACCOUNT_NUMBER:{nhi}]]."),
        ("a", "And your name?"),
        ("c", "[[NAME:Charlotte Beaumont-Kaur]]."),
        ("a", f"The consult is ((price:${fee})) and we take payment when you book. Card number when you're ready."),
        ("c", f"[[CARD_NUMBER:{G(cn, 4)}]], expiry [[EXPIRY:{e1}/{e2}]], and [[CVV:{cv}]] on the back."),
        ("a", "Thank you. And an email for the video link?"),
        ("c", "[[EMAIL:charlie.bk@gmail.com]]."),
        ("a", "All booked. The doctor can send a prescription to your usual pharmacy."),
        ("c", "Perfect, thank you."),
    ]


@case("asr")
def _():
    cn = card("mc")
    e1, e2 = exp()
    cv = cvv()
    bal = money(850, 4200)
    fi = pick(6, 12)
    return [
        ("a", "good morning table mountain dental accounts [[NAME:lindiwe]] speaking"),
        ("c", "morning i want to pay for my implant consultation and the x rays"),
        ("a", "sure what's the patient's name"),
        ("c", "[[NAME:johannes pretorius]] that's me"),
        ("a", f"thank you so the account is ((price:{nw(bal)} rand)) your medical aid paid the x rays but not the consultation"),
        ("c", "okay i'll pay the whole thing"),
        ("c", f"the card is [[CARD_NUMBER#k:{W(cn[:4])} {W(cn[4:8])}]] sorry [[CARD_NUMBER#k:{W(cn[8:12])} {W(cn[12:])}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{N2(e1)} {N2(e2)}]]"),
        ("a", "and cvv"),
        ("c", f"[[CVV:{W(cv)}]]"),
        ("a", f"thank you and the implant itself we can spread over ((duration:{nw(fi)} months)) interest free if you like"),
        ("c", "that would help let's talk about it at the next visit"),
        ("a", "perfect i'll email the receipt"),
    ]


@case("transcript")
def _():
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    fee = pick(499, 599, 699)
    ph = ph_in()
    h, mi = clock(10, 20, quarter=True)
    age = num(58, 76)
    return [
        ("a", "Good evening, MediConnect teleconsultation, this is [[NAME:Swati]]. How may I help?"),
        ("c", "I want to book a video consultation with a cardiologist for my mother."),
        ("a", f"Certainly. The patient's name and age?"),
        ("c", f"[[NAME:Lalitha Raghunathan]], ((other:{age})) years old."),
        ("a", f"Dr. [[NAME:Harpreet Gill]] is available at ((time:{tt(h, mi)})) today. The fee is ((price:₹{fee}))."),
        ("c", "That's fine. Book it, please."),
        ("a", "Your mobile number for the link?"),
        ("c", f"[[PHONE:{ph[:5]} {ph[5:]}]]."),
        ("a", "And the card for payment?"),
        ("c", f"[[CARD_NUMBER:{G(cn, 4)}]], valid till [[EXPIRY:{e1}/{e2}]]. CVV is [[CVV:{cv}]]."),
        ("a", "Payment received. Please keep her recent ECG report ready for the doctor."),
        ("c", "Thank you."),
    ]


@case("asr")
def _():
    sn = ssn().replace("-", "")
    amt = money(900, 5200)
    pct = "%d point %s" % (num(1, 2), W(D(2)))
    cn = card("disc")
    e1, e2 = exp()
    cv = cvv()
    yr = pick(2023, 2024)
    z = zip5()
    return [
        ("i", "welcome to paytax direct the official payment processor for federal taxes please say make a payment or other"),
        ("c", "make a payment"),
        ("a", "hi this is [[NAME:coretta]] i can help you pay by card what kind of payment is it"),
        ("c", f"it's what i owe for ((year:{yw(yr)})) the balance due on my return"),
        ("a", "okay i'll need your social security number"),
        ("c", f"[[SSN:{W(sn[:3])} {W(sn[3:5])} {W(sn[5:])}]]"),
        ("a", "and the amount"),
        ("c", f"((price:{nw(amt)} dollars))"),
        ("a", f"there's a processing fee of ((percentage:{pct} percent)) on credit cards is that okay"),
        ("c", "yeah that's fine"),
        ("a", "card number please"),
        ("c", f"[[CARD_NUMBER:{W(cn[:4])} {W(cn[4:8])} {W(cn[8:12])} {W(cn[12:])}]]"),
        ("a", "expiration"),
        ("c", f"[[EXPIRY:{W(e1)} {W(e2)}]]"),
        ("a", "security code"),
        ("c", f"[[CVV:{W(cv)}]] and the zip is [[POSTCODE:{W(z)}]] if you need it"),
        ("a", "thank you that's approved keep your confirmation email as proof of payment"),
    ]


@case("transcript")
def _():
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    cert = D1(8)
    allow = pick(200, 250, 300)
    total, c = money(420, 780), cents()
    pc = ca_pc("R")
    return [
        ("a", "Prairie Vision Benefits, [[NAME:Jean-Baptiste]] speaking."),
        ("c", "Hi. I'm at the optometrist and I need to pay the part my plan doesn't cover. They said to call you first."),
        ("a", "Sure. Certificate number?"),
        ("c", f"[[ACCOUNT_NUMBER:{cert}]]. I'm [[NAME:Oluwadamilare Coker]]."),
        ("a", f"Thank you. Your vision allowance is ((price:${allow})) every ((duration:{pick(24, 24)} months)), and it's available. The clinic's bill is ((price:${fm(total, c)})), so you'd pay ((price:${fm(total - allow, c)}))."),
        ("c", "Can I pay that to you by card?"),
        ("a", "No, the balance goes to the clinic directly. I'll send them the approval now and they'll take your card."),
        ("c", "Oh, okay. They want the card over the phone, actually. Can you just confirm they have the right one on the form?"),
        ("a", f"The form shows a Visa ending [[CARD_NUMBER:{cn[-4:]}]], expiring [[EXPIRY:{e1}/{e2}]]. Is that right?"),
        ("c", f"Yes. The full number is [[CARD_NUMBER:{G(cn, 4)}]] and the code is [[CVV:{cv}]], if they ask."),
        ("a", "Please give those to the clinic, not to me. I've noted the approval. Anything else?"),
        ("c", f"Just the postal code on my file. It should be [[POSTCODE:{pc}]]."),
        ("a", "That's what I have. You're all set."),
    ]


@case("asr")
def _():
    cn = card("mc")
    e1, e2 = exp()
    cv = cvv()
    bal = money(90, 420)
    ec = eircode("T12")
    d, m, y = dob(1975, 2000)
    return [
        ("a", "hello leeside dental you're talking to [[NAME:aisling]]"),
        ("c", "hi i'd like to pay off the rest of my son's fillings"),
        ("a", "no bother what's his name and date of birth"),
        ("c", f"[[NAME:cathal]] [[NAME:c a t h a l]] [[NAME:o'riordan]] [[DOB:{w_uk(d, m, y)}]] no sorry that's mine he's [[DOB:{w_uk(*dob(2012, 2018))}]]"),
        ("a", f"grand i have the balance at ((price:{nw(bal)} euro)) and is that still the eircode [[POSTCODE:{W(ec)}]]"),
        ("c", "it is"),
        ("a", "okay card number so"),
        ("c", f"[[CARD_NUMBER:{W(cn[:4])} {W(cn[4:8])} {W(cn[8:12])} {W(cn[12:])}]]"),
        ("a", "expiry"),
        ("c", f"[[EXPIRY:{W(e1)} {W(e2)}]]"),
        ("a", "and the three on the back"),
        ("c", f"[[CVV:{W(cv)}]]"),
        ("a", "that's all cleared now"),
        ("c", "great thanks a mill"),
    ]


@case("asr")
def _():
    acct = D1(8)
    pc = uk_pc("M")
    pay, c = money(640, 1400), cents()
    fee = pick(25, 30)
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    d, m, y = dob(1970, 1990)
    return [
        ("a", "morning northgate mortgages [[NAME:aaliyah]] speaking"),
        ("c", "hi i've missed my mortgage payment this month my bank changed my account and the direct debit failed"),
        ("a", "right let's get it paid what's the mortgage account number"),
        ("c", f"[[ACCOUNT_NUMBER:{W(acct[:4])} {W(acct[4:])}]]"),
        ("a", "and postcode of the property"),
        ("c", f"[[POSTCODE:{W(pc)}]]"),
        ("a", "and date of birth"),
        ("c", f"[[DOB:{w_uk(d, m, y)}]]"),
        ("a", f"thanks mister [[NAME:hardcastle]] the payment is ((price:{nw(pay)} pound {nw(c)})) and there's a ((price:{nw(fee)} pound)) missed payment fee but i'll take that off if we get it paid today"),
        ("c", "great on my debit card"),
        ("c", f"[[CARD_NUMBER#k:{W(cn[:4])}]] erm [[CARD_NUMBER#k:{W(cn[4:])}]]"),
        ("a", "and expiry and security code"),
        ("c", f"security code [[CVV:{W(cv)}]] and it expires [[EXPIRY:{W(e1)} {W(e2)}]]"),
        ("a", "perfect that's gone through"),
        ("c", "thanks love"),
    ]


@case("transcript")
def _():
    pol = "HO-" + D1(7)
    hn = num(100, 9999)
    z = zip5()
    d, m, y = dob(1955, 1990)
    ph = ph_nanp()
    prem, c = money(1100, 2800), cents()
    cov = money(28, 65) * 10000
    yr = num(1962, 2008)
    return [
        ("a", "Cedar Point Insurance renewals, this is [[NAME:Guadalupe]]."),
        ("c", f"Hi. I'm calling about my homeowners renewal, policy [[ACCOUNT_NUMBER:{pol}]]. I need to update a few things before it renews."),
        ("a", "Of course. What's changed?"),
        ("c", f"We put on a new roof this spring, and I've got a new phone number. And my wife [[NAME:Sunniva]] should be on the policy now."),
        ("a", "Congratulations on the roof! Let me get her details. Her full name and date of birth?"),
        ("c", f"[[NAME:Sunniva Haugland-Mbeki]], [[DOB:{d_us(d, m, y)}]]."),
        ("a", f"And the new roof brings a discount. The house was built in ((year:{yr})), so the old roof was hurting the rate. Your dwelling coverage stays at ((price:${fm(cov)}))."),
        ("c", "What does the premium come to?"),
        ("a", f"((price:${fm(prem, c)})) for the year, down from what's on your renewal notice."),
        ("c", f"Great. The new number is [[PHONE:{f_nanp(ph)}]]."),
        ("a", f"So, to sum up: adding [[NAME:Sunniva Haugland-Mbeki]], born [[DOB:{d_us(d, m, y)}]], at [[ADDRESS:{hn} Tamarack Lane, Duluth, Minnesota]] [[POSTCODE:{z}]], reachable on [[PHONE:{f_nanp(ph)}]], with the new roof on file. Right?"),
        ("c", "That's all right."),
        ("a", "Done. Your updated renewal will be emailed today."),
    ]


@case("asr")
def _():
    acct = D1(9)
    pc = ca_pc("E")
    dep = pick(150, 200, 250)
    cn = card("visa")
    e1, e2 = exp()
    cv = cvv()
    return [
        ("a", "thank you for calling fundy power this is [[NAME:madeleine]]"),
        ("c", "hi i'm moving to moncton and i need to start power at my new apartment"),
        ("a", "okay what's the postal code"),
        ("c", f"[[POSTCODE:{W(pc)}]]"),
        ("a", "and your name"),
        ("c", "[[NAME:babajide]] um [[NAME:b a b a j i d e]] last name [[NAME:adeleke]]"),
        ("a", f"thanks since you don't have a history with us there's a ((price:{nw(dep)} dollar)) security deposit"),
        ("c", "okay i'll put it on my card"),
        ("c", f"[[CARD_NUMBER:{MIX(cn[:4])} {W(cn[4:8])} {MIX(cn[8:12])} {W(cn[12:])}]]"),
        ("a", "and expiry"),
        ("c", f"[[EXPIRY:{W(e1)} {W(e2)}]]"),
        ("a", "and the cvv"),
        ("c", f"[[CVV:{W(cv)}]]"),
        ("a", f"and your new account number is [[ACCOUNT_NUMBER:{W(acct)}]] what email should the bills go to"),
        ("c", "[[EMAIL:b adeleke at proton mail dot me]]"),
        ("a", "was that proton as in p r o t o n"),
        ("c", "yes and mail is one word with it"),
        ("a", "got it you're all set"),
    ]


@case("transcript")
def _():
    mem = "IHP" + D(8)
    fl = pick("TP", "IB", "VY", "FR") + " " + D1(4)
    dd, dm = day_month()
    eur, c = money(1200, 7800), cents()
    d, m, y = dob(1950, 1985)
    clm = "TC-" + D1(6)
    nights = num(2, 5)
    ph = ph_nanp()
    return [
        ("a", "GlobeCare international health cover, claims team, this is [[NAME:Ximena]]."),
        ("c", "Hi. I was taken to hospital in Lisbon on holiday and I had to pay the bill myself. I want to claim it back."),
        ("a", "I'm sorry that happened. Are you feeling better now?"),
        ("c", "Much better, thanks. It was my appendix."),
        ("a", "Oh, goodness. Can I have your member ID and date of birth?"),
        ("c", f"[[ACCOUNT_NUMBER:{mem}]], and I was born [[DOB:{d_us(d, m, y)}]]."),
        ("a", "Thank you, Mr. [[NAME:Thibodeaux]]. When were you admitted, and for how long?"),
        ("c", f"On ((date:{d_us(dd, dm)})), and I stayed ((duration:{nights} nights)). I was meant to fly home on ((flight_number:{fl})) but I missed it."),
        ("a", f"Your plan covers the missed flight too, so include the new ticket in the claim. How much was the hospital bill?"),
        ("c", f"((price:€{fm(eur, c)})). I paid it on my credit card."),
        ("a", f"I've opened claim [[ACCOUNT_NUMBER:{clm}]]. Please upload the itemised bill, the discharge summary, and your card statement."),
        ("c", "The discharge papers are in Portuguese. Is that okay?"),
        ("a", "Yes, we translate them ourselves. We'll reimburse in dollars at the exchange rate on the day you paid."),
        ("c", f"Great. If you need me, my cell is [[PHONE:{f_nanp(ph, 1)}]]."),
        ("a", "Noted. You'll hear from us once the documents are in."),
    ]


@case("asr")
def _():
    mb = mbi()
    d, m, y = dob(1958, 1960)
    hn = num(100, 9999)
    z = zip5()
    prem = money(140, 260)
    return [
        ("a", "thank you for calling silver shield medicare supplements my name is [[NAME:rodney]] who am i speaking with"),
        ("c", "hi this is [[NAME:sunny]] [[NAME:sunny gale]]"),
        ("a", "hi [[NAME:sunny]] are you turning ((other:sixty five)) soon"),
        ("c", "yes this year and i got my medicare card in the mail"),
        ("a", "great can you read me the medicare number"),
        ("c", f"[[ACCOUNT_NUMBER:{W(mb)}]]"),
        ("a", "and your date of birth"),
        ("c", f"[[DOB:{w_us(d, m, y)}]]"),
        ("a", f"okay for plan g in your area the premium starts at about ((price:{nw(prem)} dollars)) a month can i get your address to check"),
        ("c", f"[[ADDRESS:{nw(hn)} ocean view drive]] [[POSTCODE:{W(z)}]]"),
        ("a", "and an email to send the application"),
        ("c", "it's [[EMAIL:sunny g at comcast dot net]]"),
        ("a", "was that the letter g"),
        ("c", "yes just the letter"),
        ("a", "okay i'll send it over now"),
    ]


@case("transcript")
def _():
    crn = D1(3) + " " + D(3) + " " + D(3) + L(1)
    d, m, y = dob(1955, 1995)
    hn = num(1, 190)
    pc = au_pc("NSW")
    old_pc = au_pc("NSW")
    while old_pc == pc:
        old_pc = au_pc("NSW")
    ph = ph_au()
    pay, c = money(680, 1100), cents()
    dd, dm = day_month()
    rent = money(320, 640)
    return [
        ("a", "Thanks for calling Centrelink, my name's [[NAME:Siosaia]]. Can I have your customer reference number?"),
        ("c", f"Yep, it's [[ACCOUNT_NUMBER:{crn}]]."),
        ("a", "And your full name and date of birth?"),
        ("c", f"[[NAME:Bernadette Kowalczyk]], [[DOB:{d}/{m}/{y}]]."),
        ("a", "Thank you. What can I help with?"),
        ("c", f"I've moved house and my rent's gone up. I want to update it for my rent assistance. It's now ((price:${rent})) a fortnight."),
        ("a", "No worries. What's the new address?"),
        ("c", f"[[ADDRESS:Unit {hn}, Cabbage Tree Road, Bayview, NSW]] [[POSTCODE:{old_pc}]]."),
        ("a", f"The system has Bayview as [[POSTCODE:{pc}]]. Could it be that one?"),
        ("c", f"Oh, yes, sorry. [[POSTCODE:{pc}]]. The other one was my old place."),
        ("a", "No worries. And do you have a lease agreement you can upload?"),
        ("c", "I do, I'll put it in the app tonight."),
        ("a", f"Great. Your next payment of ((price:${fm(pay, c)})) is due on ((date:{d_uk(dd, dm)})), and it will include the higher rent assistance once the lease is checked."),
        ("c", "Good. Can you also change my phone number?"),
        ("a", "Sure, what is it?"),
        ("c", f"[[PHONE:{G(ph, 4, 3, 3)}]]."),
        ("a", "All updated. Anything else today?"),
        ("c", "No, that's it, thanks."),
    ]


@case("transcript")
def _():
    y, m, d = num(1940, 1960), num(1, 12), num(1, 28)
    idn = za_id(y, m, d)
    grant = money(2180, 2315)
    ph = ph_za()
    dd = num(1, 7)
    hn = num(1, 3999)
    pc = za_pc()
    return [
        ("a", "Good morning, SASSA call centre, [[NAME:Mpho]] speaking. How can I help?"),
        ("c", "Morning. I'm calling for my grandmother. Her old age grant didn't come this month."),
        ("a", "I can check. Is she with you? I'll need her permission."),
        ("c", "Yes, she's here. Gogo, say yes."),
        ("c", "Yes, it's fine, my grandson can speak for me."),
        ("a", "Thank you, ma'am. Her ID number, please?"),
        ("c", f"[[SSN:{idn}]]. Her name is [[NAME:Nokuthula Zwane]]."),
        ("a", f"Thank you. The grant of ((price:R{fm(grant)})) was paid on the ((date:{ordd(dd)})), but it went to the old bank card, which was closed."),
        ("c", "She got a new SASSA card. Why did it go to the old one?"),
        ("a", "The new card wasn't linked yet. She'll need to go to a SASSA office with her ID and the new card to link it. The money will be paid again after that."),
        ("c", "Which office is closest? We're at " + f"[[ADDRESS:{hn} Mthembu Street, KwaMashu]], [[POSTCODE:{pc}]]."),
        ("a", "The KwaMashu local office. Please go early, before the queues."),
        ("c", f"Okay. Can they SMS me when it's paid? My number is [[PHONE:{G(ph, 3, 3, 4)}]]."),
        ("a", "I've added your number as her contact. She'll get the SMS too."),
        ("c", "Thank you very much."),
    ]


# ---------------------------------------------------------------- the recogniser's mishearings

@case("asr")
def _():
    mid = "W" + D1(8)
    d, m, y = dob(1960, 1985)
    clm = D1(10)
    ph = ph_nanp()
    amt = money(140, 900)
    days = pick(30, 45)
    return [
        ("a", "thank you for calling evergreen health plans this is [[NAME:marlon]]"),
        ("c", "hi i'm calling ((other:four)) my husband he had a claim denied and he's at work"),
        ("a", "okay i can help but he'll need to give permission or you need to be listed on the account what's the member id"),
        ("c", f"it's [[ACCOUNT_NUMBER:{HOMO(mid)}]]"),
        ("a", "and his date of birth"),
        ("c", f"[[DOB:{w_us(d, m, y)}]]"),
        ("a", "thank you i do see you listed as authorized are you [[NAME:dolores]]"),
        ("c", "no i'm his wife [[NAME:yvette]] [[NAME:dolores]] is his mother maybe she's on there too"),
        ("a", "let me look yes i see [[NAME:yvette quintanilla]] okay what's the claim number"),
        ("c", f"[[ACCOUNT_NUMBER#c:{HOMO(clm[:4])}]] um [[ACCOUNT_NUMBER#c:{HOMO(clm[4:])}]]"),
        ("a", f"okay that's the ((price:{nw(amt)} dollar)) urgent care visit it was denied because we needed the er notes i can see they came in yesterday so i'll send it back ((other:two)) be reprocessed"),
        ("c", "how long does that take"),
        ("a", f"up to ((duration:{nw(days)} days)) but usually faster can i get a callback number in case we need anything"),
        ("c", f"sure it's [[PHONE#p:{W(ph[:2])}]] sorry [[PHONE#p:{W(ph[:3])} {HOMO(ph[3:6])} {W(ph[6:])}]]"),
        ("a", "got it thank you"),
    ]


@case("asr")
def _():
    mc = D1(10)
    irn = str(num(1, 4))
    cn = card("mc")
    e1, e2 = exp()
    cv = cvv()
    ph = ph_au()
    fee = money(39, 89)
    h, mi = clock(9, 17)
    return [
        ("a", "good afternoon doctors on demand this is [[NAME:rhys]] are you booking a telehealth consult"),
        ("c", "yes please i need ((other:two)) see someone about my asthma my puffer's run out"),
        ("a", f"no worries i've got a gp free at ((time:{tw(h, mi)})) can i grab your medicare number"),
        ("c", f"yep [[ACCOUNT_NUMBER:{HOMO(mc)} {W(irn)}]]"),
        ("a", "and your name as it's on the card"),
        ("c", "[[NAME:grace okwuosa]]"),
        ("a", f"thanks the consult is ((price:{nw(fee)} dollars)) and you'll get some of that back from medicare can i take a card"),
        ("c", f"sure it's [[CARD_NUMBER#k:{HOMO(cn[:8])}]] um [[CARD_NUMBER#k:{HOMO(cn[8:])}]]"),
        ("a", "and expiry"),
        ("c", f"[[EXPIRY:{HOMO(e1)} {N2(e2)}]]"),
        ("a", "and the three digits on the back"),
        ("c", f"[[CVV:{HOMO(cv)}]]"),
        ("a", "and the mobile the doctor should call"),
        ("c", f"[[PHONE:{W(ph[:4])} {HOMO(ph[4:7])} {W(ph[7:])}]]"),
        ("a", "all booked the doctor can send the script straight ((other:two)) your chemist"),
        ("c", "perfect thanks heaps"),
    ]


@case("transcript")
def _():
    sn = ssn()
    kd, km, ky = dob(2008, 2016)
    bad_y = ky + pick(20, 30)
    mid = "EVG" + D(8)
    prem_d = money(12, 30)
    prem_v = money(4, 12)
    dd, dm = day_month()
    return [
        ("a", "Benefits enrollment center, this is [[NAME:Ngozi]]. How can I help?"),
        ("c", "Hi. I'm adding my stepson to my dental and vision plans during open enrollment."),
        ("a", f"Of course. What's your employee ID or member ID?"),
        ("c", f"My member ID is [[ACCOUNT_NUMBER:{mid}]]. I'm [[NAME:Anders Bjørnstad]]."),
        ("a", "Thank you. What's your stepson's full name?"),
        ("c", "[[NAME:Mateo Bjørnstad-Reyes]]."),
        ("a", "And his date of birth?"),
        ("c", f"[[DOB#dob:{d_us(kd, km, bad_y)}]]."),
        ("a", f"That would be in the future. Did you mean [[DOB:{d_us(kd, km, ky)}]]?"),
        ("c", f"Yes, sorry, [[DOB#dob:{ky}]]. I'm reading from his school form and my handwriting is terrible."),
        ("a", "No problem. I also need his Social Security number for the carriers."),
        ("c", f"It's [[SSN:{sn}]]."),
        ("a", f"Thank you. Adding him raises your dental premium by ((price:${prem_d})) and vision by ((price:${prem_v})) per paycheck."),
        ("c", "That's fine."),
        ("a", f"Coverage starts on ((date:{d_us(dd, dm)})). You'll need to upload a marriage certificate showing the relationship within ((duration:{pick(30, 45)} days))."),
        ("c", "I'll scan it tonight. Thank you."),
    ]


if __name__ == "__main__":
    main()
