#!/usr/bin/env python3
"""Write dev32.jsonl, a redaction development set (case ids t28-001 ...).

Written as the held-out set test28.jsonl, measured once with the thirtieth round's code, then
renamed dev32 and tuned on in the thirty-first round.

    python3 data/redaction/make_dev32.py           # build, validate, print counts, write
    python3 data/redaction/make_dev32.py --check   # build and validate only

Deterministic: one random.Random(SEED) (class Gen) feeds every case in the order the cases are
defined, so every run writes the same bytes. Standard library only. If any check fails the script
prints every problem, writes nothing and exits with status 1.

WHAT THE SET LEANS ON
A balanced mix in which every pii type and every keep kind appears, in the highest-volume
contact centres: retail banking and fraud lines, mobile networks, energy and water, airlines,
online retailers, motor and home insurers, parcel delivery, streaming and broadband. Callers
from the US, UK, Ireland, Canada, Australia, New Zealand, South Africa and India, each with their
own national identifier, postcode shape, currency and way of talking. Hard shapes:
- the recogniser's errors around values: homophones inside values ("for", "to", "won", "ate"),
  numbers grouped oddly ("twenty twenty" inside a card, "nineteen eighty five" inside a card and a
  policy number, "forty seven hundred"), words split or run together ("g mail", "eir com",
  "o brian", "mc kenzie", "otoole"), dropped words ("live com au"), fillers and repeated blocks
  inside values, values cut by crosstalk and said again;
- agents' read-backs (mid-call and end-of-call summaries), right and wrong, with the caller's
  correction; values given before they are asked; two values in one breath;
- cards in two to five pieces, restarted, repeated, read back block by block; codes and
  expiries in many spoken shapes; national ids of the eight countries; phones with +44 / +1;
  e-mails spelled; addresses and postcodes in pieces; account, policy, order, booking and
  reference numbers with letters and digits; callers, agents and third parties named;
- look-alikes beside real values (amounts, times, dates, counts, flight numbers, model numbers,
  percentages, durations, tracking numbers, OTPs, tokens) and talk that only sounds like data;
- six IVR snippets.

MARKUP (stripped by code; every offset is computed from the clean text)
    A: / C: / I:              agent / customer / ivr utterance, one per line
    [[TYPE:text]]             a pii value said in one piece (a group of its own)
    [[TYPE#tag:text]]         a piece of a value; the same tag in a case = the same group
    [[TYPE@cc...:text]]       country of an SSN or POSTCODE (us uk ie ca au nz za in), used by
                              the validator to pick the check digit / shape rule
    [[TYPE#tag!:text]]        "!" = a wrong, repeated or restarted piece (or, without a tag, a
                              whole wrong value such as an agent's wrong read-back): labelled
                              like any other, left out of the Luhn / check-digit / range checks
    [[TYPE~:text]]            "~" = the last four of a card or phone that is not said in full
                              in the case (an old card): checked only as four digits
    ((kind:text))             a keep span (look-alike)
Groups are numbered g1, g2, ... in order of first appearance in the case.

LABELLING CHOICES (where the README is silent or earlier sets differ)
 1. SSN holds all national identifiers: US SSN (full, or last four said as such), UK National
    Insurance number, Irish PPS number, Canadian SIN, Australian TFN, NZ IRD number, South
    African ID number, Indian Aadhaar and PAN (as the test18 labeller did).
 2. POSTCODE holds US ZIPs, UK postcodes, Eircodes, Canadian postal codes, Australian, NZ and
    South African postcodes and Indian PIN codes; a postcode said in two parts is two pieces
    of one group.
 3. Phones come only from the README's fictional ranges: 555-01xx after a real US or Canadian
    area code, and UK 07700 900xxx, 020 7946 0xxx, 0161/0113/0117 496 0xxx. Callers from
    Ireland, Australia, New Zealand, South Africa and India either give no phone or give a UK
    or North American number, often with +44 / +1. In transcripts the "+" is inside the span;
    in asr the word "plus" is outside (the span runs from the first digit word). A phone's
    last four said as such, and a part of the case's phone said or read back on its own, are
    PHONE groups of their own.
 4. ACCOUNT_NUMBER: bank accounts, sort codes, BSBs and routing numbers (each a group apart
    from the account number), IBANs, IFSC codes, porting (PAC) codes, policy, order, booking
    (PNR), travel-credit and membership numbers, frequent-flyer numbers, passports, driving
    licences, number plates, electricity meter/MPRN/ICP/consumer numbers and customer ids.
    Letters of the id are inside the span ("h o m ...", "p a ...", "z a ...", "MTR/...").
 5. keep `other`: courier tracking, waybill and AWB numbers and a bag tag (letters and digits,
    or digits that fail Luhn), transaction ids, payment confirmation and receipt numbers, OTPs,
    account PINs and IVR security numbers, a PUK, a prepaid-electricity token, seat, gate and
    room numbers, an age, the house number on a delivery photo, the fixed "10" an MPRN starts
    with, a highway ("the four oh one") and the recogniser's "four" for the word "for"
    (as the test21 labeller did).
 6. keep `quantity`: data allowances, line speeds, meter readings, units, weights, rainfall,
    wattage, floor area; `count`: things counted, points, and the digit counts an IVR prompt
    names ("your sixteen digit card number"); `model_number`: phone, router, car and product
    models ("iPhone fifteen pro" -> "fifteen pro", "Hub 5", "rav four", "MX-312").
 7. Read-backs are groups of their own (README). An agent's wrong read-back is labelled with its
    type as a whole wrong value ("!"); the caller's corrected block or value is a group of its
    own; a block read back or repeated on its own ("nineteen eighty five") is a CARD_NUMBER or
    ACCOUNT_NUMBER group of its own.
 8. A repeated block, a corrected wrong piece and the digits said before a caller restarts stay
    in the value's group ("!"), as earlier sets kept corrected pieces in the group.
 9. A card's last four (either side) is a CARD_NUMBER group of its own, also for an old card.
10. NAME: a first name and surname together are one span; every spelled name (letters or
    hyphenated letters) is a NAME span, one group per spelled word; the recogniser's
    misspellings and splits ("o brian", "o toole", "otoole") and a surname's pronunciation
    ("Fanshaw") are names; titles and honorifics (Mr, Ms, miss, mister, madam, sir, ji) stay
    outside; a name inside an e-mail address belongs to the EMAIL span only.
11. ADDRESS: the street line with flat, unit, villa or suite, plus suburb and town when they
    follow in the same breath ("... florida road morningside durban", "Dublin 8"); states,
    provinces and "in <town>" stay outside; Indian house/block numbers are inside; a third
    party's address (a neighbour, a sister) is an ADDRESS.
12. EMAIL: the whole address as said, with split or dropped words ("g mail", "live com au");
    a wrong e-mail the caller corrects is an EMAIL group too.
13. DOB: a year of birth said on its own when the agent asks again is a DOB.
14. EXPIRY and CVV follow the README (asked for, or named by the caller: "the card expires",
    "the code on the back is"); a CVV the caller says after the agent warns not to is a CVV.
15. A homophone that stands for a digit inside a value is inside the span, at its edges too.
16. Keep spans hold only expressions with a number in them (no "tomorrow", no weekdays); an
    IVR's example date is a date/year keep; "a month", "a day", "a fortnight" belong to prices.
17. Every number is drawn from the seeded generators, except a few fixed facts of the talk:
    the UK ISA allowance, the MPRN's "10" prefix, a highway number, and counts the dialogue
    itself fixes ("just those two", "two passengers", "one letter").

THE VALIDATOR (build -> check_case, every case; all failures listed)
- markup well formed: each line has a speaker, known pii types and keep kinds, no stray or
  nested brackets; offsets match the clean text; asr utterances are lower case words only
  (letters, digits, apostrophes, single spaces), transcripts have no double spaces;
- every span non-empty, no outer space, no leading/trailing punctuation (a leading currency
  sign or a phone's "+" and a trailing "%" excepted), not starting or ending inside a word;
  no two spans (pii or keep) overlap; two pieces of one group never sit side by side with
  only a space between them;
- every digit character is inside a span; no run of four or more digit words outside spans;
- CARD_NUMBER: the group's digits (spoken digits, pairs, "double", "hundred" and homophones
  turned into digits; "!" pieces left out) are 15 (Amex 34/37) or 16 digits with a real
  prefix (Visa 4, Mastercard 51-55 and 2221-2720, Discover 6011/644-649/65) and pass Luhn; a
  4-6 digit group is a block or the last four of the case's card; CVV 3-4 digits; EXPIRY has
  a month name or a valid month;
- SSN by country: US area 001-665 (not 666), group 01-99, serial 0001-9999, or a last four of
  the case's SSN; UK NINO prefix and suffix rules; Irish PPS mod-23 check letter; Canadian SIN
  Luhn; Australian TFN weighted mod 11; NZ IRD mod-11 with the secondary weights; South African
  ID date and Luhn; Aadhaar Verhoeff; PAN shape;
- PHONE in the fictional ranges above (after +44 / +1), or a last four, or a part of the case's
  phone; POSTCODE matches its country's pattern; EMAIL is user@domain.tld (transcript) or
  "... at ... <tld>" without "@" (asr); ADDRESS starts with a number or flat/unit/villa/suite
  and has a street word; NAME has no digits and no title; DOB has a month or is a valid date;
  ACCOUNT_NUMBER has a digit; numeric spans contain no stray words;
- a name word labelled in a case is never left unlabelled elsewhere in that case;
- a look-alike of 13-19 digits never passes Luhn, and never has the digits of a pii span in the
  same utterance;
- no e-mail address and no address (street name) is used in two cases; no utterance of nine
  words or more is repeated across cases;
- minimum counts: 80 cases, 1,000 utterances, 400 utterances with no pii, 280 keep spans with
  every keep kind, 3 IVR cases, 60% of utterances in asr style, and pii spans CARD_NUMBER 35,
  CVV 20, EXPIRY 20, SSN 25, PHONE 35, EMAIL 25, DOB 25, ADDRESS 30, POSTCODE 35,
  ACCOUNT_NUMBER 50, NAME 180.
"""

import datetime
import json
import os
import random
import re
import sys

SEED = 280428
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev32.jsonl")

# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_W = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
         "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
         "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}

UNIT = {w: str(i) for i, w in enumerate(ONES)}
UNIT.update({"oh": "0", "nought": "0"})
HOMO = {"won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"}
TEENS = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
TENS = {w: i for i, w in enumerate(TENS_W) if w}
ORDS = {w: i for i, w in enumerate(ORD_W) if w}
ORDS.update({"thirtieth": 30})
SKIP = {"dash", "slash", "hyphen", "space", "and"}
DIGIT_WORDS = set(UNIT) | set(TEENS) | set(TENS) | {"hundred", "thousand", "double", "triple"}


def anum(n, uk=False):
    """Integer in words (0 .. 999,999); uk=True puts 'and' after hundreds."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEEN_W[n - 10]
    if n < 100:
        return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else (" and " if uk else " ") + anum(rest))
    rest = n % 1000
    head = anum(n // 1000, uk) + " thousand"
    if rest == 0:
        return head
    if rest < 100:
        return head + (" and " if uk else " ") + anum(rest)
    return head + " " + anum(rest, uk)


def aord(n):
    """Ordinal day in words."""
    if n <= 20:
        return ORD_W[n]
    if n == 30:
        return "thirtieth"
    return TENS_W[n // 10] + " " + ORD_W[n % 10]


def plural(n, unit):
    return anum(n) + " " + unit + ("" if n == 1 else "s")


def tord(n):
    suf = "th"
    if n % 100 not in (11, 12, 13):
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def sd(s, z="oh", dbl=False, triple=False):
    """Spoken digit by digit; letters are said as letters; other chars dropped."""
    out = []
    i = 0
    s = [c for c in s if c.isalnum()]
    while i < len(s):
        c = s[i]
        if c.isdigit():
            word = z if c == "0" else ONES[int(c)]
            run = 1
            while i + run < len(s) and s[i + run] == c:
                run += 1
            if triple and run >= 3:
                out.append("triple " + word)
                i += 3
                continue
            if dbl and run >= 2:
                out.append("double " + word)
                i += 2
                continue
            out.append(word)
        else:
            out.append(c.lower())
        i += 1
    return " ".join(out)


def pair_w(p, z="oh"):
    if p[0] == "0":
        return z + " " + (z if p[1] == "0" else ONES[int(p[1])])
    if p[0] == "1":
        return TEEN_W[int(p[1])]
    return TENS_W[int(p[0])] + ("" if p[1] == "0" else " " + ONES[int(p[1])])


def sp(s, z="oh", hundred=True):
    """Spoken in pairs ('forty one oh seven', 'nineteen eighty five', 'forty seven hundred');
    an odd digit goes first, alone."""
    s = "".join(c for c in s if c.isdigit())
    out = []
    if len(s) % 2:
        out.append(z if s[0] == "0" else ONES[int(s[0])])
        s = s[1:]
    if hundred and len(s) == 4 and s[2:] == "00" and s[0] != "0" and not out:
        return pair_w(s[:2], z) + " hundred"
    for i in range(0, len(s), 2):
        out.append(pair_w(s[i:i + 2], z))
    return " ".join(out)


def homo(text, which):
    """Swap the n-th standalone digit word for the recogniser's homophone.
    which: list of (word, n) e.g. [("four", 0)]"""
    toks = text.split()
    swap = {"four": "for", "two": "to", "one": "won", "eight": "ate"}
    for word, n in which:
        seen = 0
        for i, t in enumerate(toks):
            if t == word and (i == 0 or toks[i - 1] not in TENS) and (i == 0 or toks[i - 1] not in ("double", "triple")):
                if seen == n:
                    toks[i] = swap[word]
                    break
                seen += 1
        else:
            raise ValueError("homophone target missing: %s %r" % (word, text))
    return " ".join(toks)


def spoken_chars(text):
    """Turn a span's text into its letters and digits (upper case)."""
    if not re.search(r"[a-z]{2}", text) or re.search(r"[A-Z]", text):
        # typed value: keep letters and digits
        if not any(w in DIGIT_WORDS for w in text.lower().split()):
            return re.sub(r"[^0-9A-Za-z]", "", text).upper()
    toks = text.lower().split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if re.fullmatch(r"[0-9]+", t):
            out.append(t)
        elif re.fullmatch(r"[a-z0-9]+", t) and re.search(r"[0-9]", t):
            out.append(t.upper())
        elif t in ("double", "triple") and nxt in UNIT:
            out.append(UNIT[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in TENS:
            if nxt in UNIT and nxt not in ("zero", "oh", "nought"):
                out.append(str(TENS[t]) + UNIT[nxt])
                i += 1
            elif nxt in ORDS and ORDS[nxt] < 10:
                out.append(str(TENS[t]) + str(ORDS[nxt]))
                i += 1
            else:
                out.append(str(TENS[t]) + "0")
        elif t in TEENS:
            out.append(TEENS[t])
        elif t in UNIT:
            out.append(UNIT[t])
        elif t in HOMO:
            out.append(HOMO[t])
        elif t in ("hundred", "thousand"):
            zeros = 2 if t == "hundred" else 3
            j = i + 1
            while j < len(toks) and toks[j] == "and":
                j += 1
            n2 = toks[j] if j < len(toks) else None
            if n2 in TEENS or n2 in TENS:
                out.append("0" * (zeros - 2))
            elif n2 in UNIT or n2 in HOMO:
                out.append("0" * (zeros - 1))
            else:
                out.append("0" * zeros)
        elif t in ORDS:
            out.append(str(ORDS[t]))
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
            if nxt in ("for",) and i + 2 < len(toks) and toks[i + 2][0] == t and len(toks[i + 2]) > 1:
                i += 2
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and toks[i + 3][0] == t:
                i += 3
        elif t in NATO:
            out.append(NATO[t])
        elif t in SKIP:
            pass
        else:
            out.append("?")
        i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def card_prefix_ok(d):
    n = len(d)
    if n == 15:
        return d[:2] in ("34", "37")
    if n != 16:
        return False
    return (d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720
            or d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649)


def card_blocks(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(d):
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(body):
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{6}[A-D]", s):
        return False
    if s[0] in "DFIQUV" or s[1] in "DFIOQUV" or s[:2] in NINO_BAD_PAIRS:
        return False
    return True


def pps_check(d7, second=""):
    tot = sum(int(c) * (8 - i) for i, c in enumerate(d7))
    if second:
        tot += (ord(second) - 64) * 9
    return "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23]


def pps_ok(s):
    m = re.fullmatch(r"([0-9]{7})([A-W])([A-Z]?)", s)
    return bool(m) and pps_check(m.group(1), m.group(3)) == m.group(2)


def sin_ok(d):
    return len(d) == 9 and d[0] in "1234567" and luhn_ok(d)


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def tfn_ok(d):
    return len(d) == 9 and sum(int(c) * w for c, w in zip(d, TFN_W)) % 11 == 0


def ird_check(base8):
    for weights in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(c) * w for c, w in zip(base8, weights)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return str(c)
    return None


def ird_ok(d):
    if len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    if not 10000000 <= int(d) <= 150000000:
        return False
    return ird_check(d[:8]) == d[8]


def za_id_ok(d):
    if not re.fullmatch(r"[0-9]{13}", d) or d[10] not in "01" or not luhn_ok(d):
        return False
    try:
        datetime.date(1900 + int(d[:2]), int(d[2:4]), int(d[4:6]))
    except ValueError:
        return False
    return True


def aadhaar_ok(d):
    return len(d) == 12 and d[0] in "23456789" and verhoeff_ok(d)


def pan_ok(s):
    return bool(re.fullmatch(r"[A-Z]{3}P[A-Z][0-9]{4}[A-Z]", s))


def us_ssn_ok(d):
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 1 <= a <= 665 and 1 <= g <= 99 and 1 <= s <= 9999


SSN_CHECK = {
    "us": us_ssn_ok, "uk": nino_ok, "ie": pps_ok, "ca": sin_ok, "au": tfn_ok,
    "nz": ird_ok, "za": za_id_ok, "in": lambda s: aadhaar_ok(s) or pan_ok(s),
}

UK_PHONE = ("07700900", "02079460", "01614960", "01134960", "01174960")


def phone_ok(d):
    if len(d) == 12 and d.startswith("44"):
        d = "0" + d[2:]
    elif len(d) == 11 and d.startswith("1"):
        d = d[1:]
    if len(d) == 10:
        return d[0] in "23456789" and d[3:6] == "555" and d[6:8] == "01"
    if len(d) == 11:
        return any(d.startswith(p) for p in UK_PHONE)
    return False


PC_RE = {
    "us": r"[0-9]{5}([0-9]{4})?",
    "uk": r"(GIR0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2})",
    "ie": r"[ACDEFHKNPRTVWXY][0-9][0-9W][0-9ACDEFHKNPRTVWXY]{4}",
    "ca": r"[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][0-9][ABCEGHJ-NPRSTV-Z][0-9]",
    "au": r"[0-9]{4}", "nz": r"[0-9]{4}", "za": r"[0-9]{4}", "in": r"[1-8][0-9]{5}",
}

# ---------------------------------------------------------------------------
# seeded value generators
# ---------------------------------------------------------------------------

ZIP_PREFIX = {"NY": (100, 149), "CA": (900, 961), "TX": (750, 799), "IL": (600, 629),
              "FL": (320, 349), "OH": (430, 458), "WA": (980, 994), "GA": (300, 319),
              "AZ": (850, 865), "MA": (10, 27), "CO": (800, 816), "PA": (150, 196),
              "NC": (270, 289), "MI": (480, 499), "OR": (970, 979), "MN": (550, 567),
              "TN": (370, 385), "NJ": (70, 89), "VA": (220, 246), "WI": (530, 549)}
AU_PC = {"NSW": (2000, 2599), "VIC": (3000, 3999), "QLD": (4000, 4899), "SA": (5000, 5799),
         "WA": (6000, 6799), "TAS": (7000, 7799), "ACT": (2600, 2618)}
NZ_PC = {"AKL": (600, 2699), "WLG": (5010, 6972), "CHC": (7600, 8083), "DUD": (9010, 9082),
         "HAM": (3200, 3290)}
ZA_PC = {"JHB": (2000, 2199), "CPT": (7700, 8099), "DBN": (4000, 4099), "PTA": (1, 199),
         "PE": (6001, 6070)}
IN_PIN = {"MUM": (400001, 400104), "DEL": (110001, 110096), "BLR": (560001, 560103),
          "CHN": (600001, 600119), "HYD": (500001, 500096), "KOL": (700001, 700160),
          "PUN": (411001, 411062), "JAI": (302001, 302039), "KOC": (682001, 682041),
          "AHM": (380001, 380061)}
UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
IE_CH = "ACDEFHKNPRTVWXY"
CA_CH = "ABCEGHJKLMNPRSTVWXYZ"


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def n(self, lo, hi):
        return self.r.randint(lo, hi)

    def pick(self, seq):
        return self.r.choice(list(seq))

    def digits(self, k, first="0123456789"):
        return self.r.choice(first) + "".join(str(self.r.randrange(10)) for _ in range(k - 1))

    def letters(self, k, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
        return "".join(self.r.choice(pool) for _ in range(k))

    # cards ---------------------------------------------------------------
    def card(self, kind="visa", inner=None):
        if kind == "visa":
            pre, ln = "4", 16
        elif kind == "mc":
            pre, ln = str(self.n(51, 55)), 16
        elif kind == "mc2":
            pre, ln = str(self.n(2221, 2720)), 16
        elif kind == "amex":
            pre, ln = self.pick(["34", "37"]), 15
        elif kind == "disc":
            pre, ln = self.pick(["6011", "65", str(self.n(644, 649))]), 16
        else:
            raise ValueError(kind)
        body = pre + self.digits(ln - 1 - len(pre))
        if inner:
            pos, s = inner
            body = body[:pos] + s + body[pos + len(s):]
        return body + luhn_digit(body)

    def cvv(self, k=3):
        return self.digits(k)

    def expiry(self, expired=False):
        m = self.n(1, 12)
        y = self.n(2023, 2025) if expired else self.n(2027, 2032)
        return "%02d" % m, str(y)

    # national ids --------------------------------------------------------
    def ssn_us(self):
        while True:
            a = self.n(1, 665)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, self.n(1, 99), self.n(1, 9999))

    def nino(self):
        while True:
            p = self.pick("ABCEGHJKLMNOPRSTWXYZ") + self.pick("ABCEGHJKLMNPRSTWXYZ")
            if p not in NINO_BAD_PAIRS:
                break
        return p + self.digits(6) + self.pick("ABCD")

    def pps(self, second=""):
        d = self.digits(7)
        return d + pps_check(d, second) + second

    def sin(self):
        body = self.digits(8, "1234567")
        return body + luhn_digit(body)

    def tfn(self):
        while True:
            body = self.digits(8, "123456789")
            for c in "0123456789":
                if tfn_ok(body + c):
                    return body + c

    def ird(self):
        while True:
            base = str(self.n(10000000, 14999999))
            c = ird_check(base)
            if c is not None:
                return base + c

    def za_id(self, dob, male=True):
        seq = self.n(5000, 9999) if male else self.n(0, 4999)
        body = dob.strftime("%y%m%d") + "%04d" % seq + "0" + "8"
        return body + luhn_digit(body)

    def aadhaar(self):
        body = self.digits(11, "23456789")
        return body + verhoeff_digit(body)

    def pan(self, surname_initial):
        return self.letters(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "P" + surname_initial + self.digits(4) + self.letters(1)

    # phones --------------------------------------------------------------
    def phone_us(self, area):
        return area + "55501" + self.digits(2)

    def phone_uk(self, kind="mob"):
        pre = {"mob": "07700900", "lon": "02079460", "man": "01614960", "lee": "01134960",
               "bri": "01174960"}[kind]
        return pre + self.digits(11 - len(pre))

    # postcodes -----------------------------------------------------------
    def zip(self, state):
        lo, hi = ZIP_PREFIX[state]
        return "%03d%02d" % (self.n(lo, hi), self.n(1, 99))

    def uk_pc(self, outward):
        return outward + " " + str(self.n(1, 9)) + self.letters(2, UK_INWARD)

    def eircode(self, key):
        return key + " " + self.pick(IE_CH) + "".join(self.pick(IE_CH + "0123456789") for _ in range(3))

    def ca_pc(self, first):
        L = lambda: self.pick(CA_CH)
        return "%s%d%s %d%s%d" % (first, self.n(0, 9), L(), self.n(1, 9), L(), self.n(0, 9))

    def au_pc(self, st):
        return "%04d" % self.n(*AU_PC[st])

    def nz_pc(self, c):
        return "%04d" % self.n(*NZ_PC[c])

    def za_pc(self, c):
        return "%04d" % self.n(*ZA_PC[c])

    def in_pin(self, c):
        return str(self.n(*IN_PIN[c]))

    # dates ---------------------------------------------------------------
    def dob(self, lo=1941, hi=2005):
        start = datetime.date(lo, 1, 1)
        end = datetime.date(hi, 12, 31)
        return start + datetime.timedelta(days=self.n(0, (end - start).days))

    def day(self, lo=2025, hi=2026):
        start = datetime.date(lo, 1, 1)
        end = datetime.date(hi, 12, 31)
        return start + datetime.timedelta(days=self.n(0, (end - start).days))

    # accounts ------------------------------------------------------------
    def acct(self, pattern):
        """L letter, d digit, anything else literal."""
        out = []
        for c in pattern:
            if c == "L":
                out.append(self.letters(1))
            elif c == "d":
                out.append(str(self.r.randrange(10)))
            elif c == "D":
                out.append(str(self.n(1, 9)))
            else:
                out.append(c)
        return "".join(out)

    def money(self, lo, hi, cents=True):
        """Amount in cents."""
        v = self.n(lo, hi) * 100
        if cents:
            v += self.pick([0, 0, 99, 50, self.n(10, 98)])
        return v

    def time(self, lo=7, hi=20, q=False):
        h = self.n(lo, hi)
        m = self.pick([0, 15, 30, 45]) if q else self.pick([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
        return h, m

    def iban(self, cc, bban):
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        return cc + "%02d" % (98 - int(num) % 97) + bban

    def tracking(self, k=14):
        while True:
            d = self.digits(k, "123456789")
            if not luhn_ok(d):
                return d


# ---------------------------------------------------------------------------
# renderers: T* for transcript, A* for asr
# ---------------------------------------------------------------------------

def Tcard(d, sep=" "):
    return sep.join(card_blocks(d))


def Tmoney(c, cur="$", suffix=""):
    whole, cents = divmod(c, 100)
    s = "{:,}".format(whole)
    if cents:
        s += ".%02d" % cents
    return cur + s + suffix


def Amoney(c, unit="dollars", sub=None, uk=False, short=False):
    whole, cents = divmod(c, 100)
    if cents == 0:
        return anum(whole, uk) + ("" if short else " " + unit)
    if short:
        return anum(whole, uk) + " " + (pair_w("%02d" % cents) if cents < 10 else anum(cents))
    s = anum(whole, uk) + " " + unit + " " + anum(cents)
    if sub:
        s += " " + sub
    return s


def Ttime(h, m, ampm=True, sep=":"):
    hh = h % 12 or 12
    s = "%d%s%02d" % (hh, sep, m) if m or not ampm else "%d" % hh
    if ampm:
        s += " am" if h < 12 else " pm"
    else:
        s = "%d%s%02d" % (h, sep, m)
    return s


def Atime(h, m, style="plain"):
    hh = h % 12 or 12
    nxt = (h + 1) % 12 or 12
    if style == "past" and m in (15, 30):
        return ("quarter" if m == 15 else "half") + " past " + ONES_OR(hh)
    if style == "past" and m == 45:
        return "quarter to " + ONES_OR(nxt)
    if m == 0:
        return ONES_OR(hh) + (" o'clock" if style != "ampm" else (" am" if h < 12 else " pm"))
    mm = ("oh " + ONES[m]) if m < 10 else anum(m)
    s = ONES_OR(hh) + " " + mm
    if style == "ampm":
        s += " am" if h < 12 else " pm"
    return s


def ONES_OR(n):
    return anum(n)


def Tdate(d, fmt):
    """fmt: 'us' 03/14/1987, 'uk' 14/03/1987, 'long' 14 March 1987, 'uslong' March 14, 1987,
    'dash' 1987-03-14"""
    if fmt == "us":
        return d.strftime("%m/%d/%Y")
    if fmt == "uk":
        return d.strftime("%d/%m/%Y")
    if fmt == "long":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1].capitalize(), d.year)
    if fmt == "uslong":
        return "%s %d, %d" % (MONTHS[d.month - 1].capitalize(), d.day, d.year)
    if fmt == "dash":
        return d.isoformat()
    raise ValueError(fmt)


def Ayear(y, short=False):
    if short:
        return sp("%02d" % (y % 100))
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
    if y >= 2010:
        return "twenty " + anum(y - 2000) if y - 2000 >= 10 else "two thousand and " + ONES[y - 2000]
    return sp(str(y))


def Adate(d, fmt, short=False):
    """fmt: 'dmy' fourteenth of march nineteen eighty seven, 'mdy' march fourteenth ...,
    'md' march fourteen ..., 'num' oh three fourteen eighty seven, 'numuk' fourteen oh three ..."""
    y = Ayear(d.year, short)
    mon = MONTHS[d.month - 1]
    if fmt == "dmy":
        return "%s of %s %s" % (aord(d.day), mon, y)
    if fmt == "dm":
        return "%s %s %s" % (aord(d.day), mon, y)
    if fmt == "mdy":
        return "%s %s %s" % (mon, aord(d.day), y)
    if fmt == "md":
        return "%s %s %s" % (mon, anum(d.day), y)
    if fmt == "num":
        return "%s %s %s" % (sp("%02d" % d.month), anum(d.day), y)
    if fmt == "numuk":
        return "%s %s %s" % (anum(d.day), sp("%02d" % d.month), y)
    raise ValueError(fmt)


def Aexp(mm, yyyy, fmt="num"):
    yy = yyyy[2:]
    if fmt == "num":
        return "%s %s" % (sp(mm), sp(yy))
    if fmt == "digits":
        return "%s %s" % (sd(mm), sd(yy))
    if fmt == "short":
        return "%s %s" % (ONES[int(mm)] if int(mm) < 10 else anum(int(mm)), sp(yy))
    if fmt == "month":
        return "%s %s" % (MONTHS[int(mm) - 1], Ayear(int(yyyy)))
    if fmt == "slash":
        return "%s slash %s" % (sp(mm), sp(yy))
    raise ValueError(fmt)


def Tphone_uk(d, intl=False):
    if d.startswith("07"):
        a, b = d[:5], d[5:]
    else:
        a, b = (d[:3], d[3:7] + " " + d[7:]) if d.startswith("020") else (d[:4], d[4:7] + " " + d[7:])
    if intl:
        return "+44 " + a[1:] + " " + b
    return a + " " + b


def Tphone_us(d, intl=False, sep="-"):
    s = d[:3] + sep + d[3:6] + sep + d[6:]
    return ("+1 " + s) if intl else s


def Apc_uk(pc, mode="letters"):
    """Spoken UK postcode: letters said singly, numbers as digits or pairs."""
    out, ins = pc.split()
    m = re.match(r"([A-Z]+)([0-9]+)([A-Z]?)", out)
    parts = [" ".join(m.group(1).lower())]
    num = m.group(2)
    parts.append(anum(int(num)) if mode == "pair" and len(num) == 2 else sd(num))
    if m.group(3):
        parts.append(m.group(3).lower())
    parts.append(sd(ins[0]))
    parts.append(" ".join(ins[1:].lower()))
    return " ".join(parts)


# ---------------------------------------------------------------------------
# markup, parsing and validation
# ---------------------------------------------------------------------------

PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
MINIMUM = {"CARD_NUMBER": 35, "CVV": 20, "EXPIRY": 20, "SSN": 25, "PHONE": 35, "EMAIL": 25,
           "DOB": 25, "ADDRESS": 30, "POSTCODE": 35, "ACCOUNT_NUMBER": 50, "NAME": 180}
MIN_CASES, MIN_UTTS, MIN_NOPII, MIN_KEEP, MIN_IVR, MIN_ASR = 80, 1000, 400, 280, 3, 0.60
SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}
MARK = re.compile(r"\[\[([A-Z_]+)(?:@([a-z]{2}))?(?:#([a-z0-9]+))?([!~])?:([^\[\]]*?)\]\]"
                  r"|\(\(([a-z_]+):([^()]*?)\)\)")
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "sir", "madam", "mx"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "crescent", "close", "way", "place", "pl", "terrace", "court", "ct",
                "boulevard", "blvd", "parade", "grove", "row", "square", "highway", "hwy",
                "mews", "hill", "gardens", "walk", "circle", "marg", "nagar", "park", "rise",
                "esplanade", "quay", "parkway", "freeway", "expressway", "view", "box", "route", "trail", "pike", "loop", "green",
                "heights", "wynd", "vale", "glen", "bend", "track", "cove", "point", "estate",
                "colony", "layout", "cross", "main", "sector", "chowk", "peth", "bagh", "pathway",
                "broadway", "causeway", "block", "lea", "end", "yard", "pass"}
ADDR_START = {"flat", "apartment", "apt", "unit", "suite", "po", "p.o.", "house", "rr",
              "plot", "erf", "lot", "shop", "villa"}
CURRENCY_START = "$£€₹R"
COMMON_WORDS = {"may", "june", "grace", "hope", "joy", "bell", "rose", "mark", "will", "bill",
                "frank", "sue", "art", "dawn", "summer", "hunter", "king", "young", "brown",
                "white", "green", "hill", "wood", "park", "lane", "ray", "rob", "pat", "sky",
                "faith", "the", "and", "van", "von", "der", "den", "del", "della", "bin", "binti"}


class Bad(Exception):
    pass


def parse_case(raw):
    """raw: multi-line string, each line 'A: text' / 'C: text' / 'I: text'.
    returns utterances [(speaker, text)], spans [dict]"""
    utts, spans = [], []
    for line in raw.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if len(line) < 4 or line[0] not in SPEAKERS or line[1:3] != ": ":
            raise Bad("bad line: %r" % line)
        body = line[3:]
        text, pos, ui = [], 0, len(utts)
        clen = 0
        for m in MARK.finditer(body):
            text.append(body[pos:m.start()])
            clen += m.start() - pos
            if m.group(1):
                typ, cc, tag, wrong, val = m.group(1), m.group(2), m.group(3), m.group(4) or "", m.group(5)
                if typ not in PII_TYPES:
                    raise Bad("unknown pii type %s" % typ)
                spans.append(dict(u=ui, s=clen, e=clen + len(val), type=typ, cc=cc, tag=tag,
                                  wrong=wrong, val=val, keep=False))
            else:
                kind, val = m.group(6), m.group(7)
                if kind not in KEEP_KINDS:
                    raise Bad("unknown keep kind %s" % kind)
                spans.append(dict(u=ui, s=clen, e=clen + len(val), kind=kind, val=val, keep=True))
            text.append(val)
            clen += len(val)
            pos = m.end()
        text.append(body[pos:])
        text = "".join(text)
        for bad in ("[[", "]]", "((", "))"):
            if bad in text:
                raise Bad("stray markup %r in %r" % (bad, line))
        utts.append((SPEAKERS[line[0]], text))
    return utts, spans


def words_outside(text, covered):
    """Words (with their digit-word flag) outside spans."""
    out = []
    for m in re.finditer(r"[A-Za-z0-9']+", text):
        if any(covered[i] for i in range(m.start(), m.end())):
            out.append(None)
        else:
            out.append(m.group(0).lower())
    return out


def check_case(cid, style, utts, spans, errs):
    def err(msg):
        errs.append("%s: %s" % (cid, msg))

    for ui, (spk, text) in enumerate(utts):
        if not text.strip():
            err("empty utterance %d" % ui)
        if style == "asr":
            if not re.fullmatch(r"[a-z0-9' ]+", text) or "  " in text or text != text.strip():
                err("asr utterance %d not lower case words: %r" % (ui, text))
        else:
            if text != text.strip() or "  " in text:
                err("utterance %d spacing: %r" % (ui, text))
    # span shape
    for sp_ in spans:
        text = utts[sp_["u"]][1]
        s, e, val = sp_["s"], sp_["e"], sp_["val"]
        if not (0 <= s < e <= len(text)) or text[s:e] != val:
            err("offsets wrong for %r" % val)
            continue
        if val.strip() != val:
            err("span has outer space %r" % val)
        first_ok = val[0].isalnum() or (val[0] in CURRENCY_START) or (val[0] == "+" and sp_.get("type") == "PHONE")
        last_ok = val[-1].isalnum() or val.endswith(("a.m.", "p.m.")) or val[-1] in "%"
        if not first_ok or not last_ok:
            err("span starts/ends with punctuation %r" % val)
        if s > 0 and text[s - 1].isalnum():
            err("span starts inside a word %r in %r" % (val, text))
        if e < len(text) and text[e].isalnum():
            err("span ends inside a word %r in %r" % (val, text))
    # overlaps
    for ui in range(len(utts)):
        us = sorted((x for x in spans if x["u"] == ui), key=lambda x: (x["s"], x["e"]))
        for a, b in zip(us, us[1:]):
            if b["s"] < a["e"]:
                err("overlap %r / %r" % (a["val"], b["val"]))
            elif not a["keep"] and not b["keep"] and a["tag"] and a["tag"] == b["tag"] \
                    and not utts[ui][1][a["e"]:b["s"]].strip():
                err("pieces of one value side by side %r %r" % (a["val"], b["val"]))
    # every digit covered, no run of 4+ digit words outside spans
    for ui, (spk, text) in enumerate(utts):
        cov = [False] * len(text)
        for x in spans:
            if x["u"] == ui:
                for i in range(x["s"], x["e"]):
                    cov[i] = True
        for i, ch in enumerate(text):
            if ch.isdigit() and not cov[i]:
                err("digit outside spans in %r" % text)
                break
        run = 0
        for w in words_outside(text, cov):
            if w is not None and w in DIGIT_WORDS:
                run += 1
                if run >= 4:
                    err("run of digit words outside spans in %r" % text)
                    break
            else:
                run = 0
    pii = [x for x in spans if not x["keep"]]
    keep = [x for x in spans if x["keep"]]
    # groups
    groups = {}
    order = []
    anon = 0
    for x in sorted(pii, key=lambda x: (x["u"], x["s"])):
        if x["tag"] is None:
            anon += 1
            key = ("anon", anon)
        else:
            key = ("tag", x["tag"])
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(x)
    for i, key in enumerate(order):
        for x in groups[key]:
            x["group"] = "g%d" % (i + 1)
        types = {x["type"] for x in groups[key]}
        if len(types) != 1:
            err("group %s mixes types %s" % (key, types))
    # per-type checks
    full_cards, full_ssn, full_phones = [], [], []
    for key in order:
        g = groups[key]
        typ = g[0]["type"]
        if typ == "CARD_NUMBER":
            d = "".join(spoken_chars(x["val"]) for x in g if not x["wrong"])
            if len(d) >= 15:
                full_cards.append(d)
        if typ == "PHONE":
            d = "".join(spoken_chars(x["val"]) for x in g if not x["wrong"])
            if d.isdigit() and phone_ok(d):
                full_phones.append(d)
        if typ == "SSN" and g[0]["cc"] == "us":
            d = "".join(spoken_chars(x["val"]) for x in g if not x["wrong"])
            if len(d) == 9:
                full_ssn.append(d)
    for key in order:
        g = groups[key]
        typ = g[0]["type"]
        right = [x for x in g if not x["wrong"]]
        vals = " | ".join(x["val"] for x in g)
        joined = "".join(spoken_chars(x["val"]) for x in right)
        numeric = typ in ("CARD_NUMBER", "CVV", "SSN", "PHONE", "POSTCODE", "EXPIRY")
        for x in g:
            if typ == "EXPIRY" and any(mo in x["val"].lower().split() for mo in MONTHS):
                continue
            if numeric and "?" in spoken_chars(x["val"]):
                err("%s piece has a word that is not a digit/letter: %r" % (typ, x["val"]))
        if any(x["wrong"] == "~" for x in g):
            if len(g) != 1 or typ not in ("CARD_NUMBER", "PHONE") or \
                    not re.fullmatch(r"[0-9]{4}", spoken_chars(g[0]["val"])):
                err("~ is only for the last four of a card or phone not said in full: %r" % vals)
            continue
        if not right:
            if typ in ("CARD_NUMBER", "PHONE", "SSN", "CVV"):
                allw = "".join(spoken_chars(x["val"]) for x in g)
                if not re.fullmatch(r"[0-9A-Z]{3,19}", allw):
                    err("wrong %s value is not digits: %r" % (typ, vals))
            continue
        if typ == "CARD_NUMBER":
            if not joined.isdigit():
                err("card not digits: %r" % vals)
            elif len(joined) >= 13:
                if not (card_prefix_ok(joined) and luhn_ok(joined)):
                    err("card fails prefix/length/Luhn: %r -> %s" % (vals, joined))
            elif len(joined) in (4, 5, 6):
                if full_cards and not any(joined in card_blocks(c) or c.endswith(joined) for c in full_cards):
                    err("partial card %s is no block of the case's card" % joined)
            else:
                err("card group of odd length %r -> %s" % (vals, joined))
        elif typ == "CVV":
            if not re.fullmatch(r"[0-9]{3,4}", joined):
                err("cvv %r" % vals)
        elif typ == "EXPIRY":
            low = " ".join(x["val"].lower() for x in right)
            if any(mo in low.split() for mo in MONTHS):
                pass
            else:
                d = joined
                if not d.isdigit() or len(d) not in (3, 4, 5, 6):
                    err("expiry shape %r" % vals)
                else:
                    mm = int(d[:2]) if len(d) in (4, 6) else int(d[:1])
                    if not 1 <= mm <= 12:
                        err("expiry month %r" % vals)
        elif typ == "SSN":
            cc = g[0]["cc"]
            if cc not in SSN_CHECK:
                err("ssn without country %r" % vals)
            elif cc == "us" and len(joined) == 4:
                if full_ssn and not any(s.endswith(joined) for s in full_ssn):
                    err("ssn last four not of the case's ssn %r" % vals)
            elif not SSN_CHECK[cc](joined):
                err("national id fails its check (%s): %r -> %s" % (cc, vals, joined))
        elif typ == "PHONE":
            if len(joined) == 4 and joined[0] == "0":
                pass  # a phone's last four, said as such
            elif 3 <= len(joined) <= 8 and joined.isdigit() and any(joined in f for f in full_phones):
                pass  # a part of the case's phone said or read back on its own
            elif not joined.isdigit() or not phone_ok(joined):
                err("phone not in the fictional ranges: %r -> %s" % (vals, joined))
        elif typ == "POSTCODE":
            cc = g[0]["cc"]
            if cc not in PC_RE or not re.fullmatch(PC_RE[cc], joined):
                err("postcode shape (%s): %r -> %s" % (cc, vals, joined))
        elif typ == "EMAIL":
            for x in right:
                v = x["val"]
                if style == "transcript":
                    if not re.fullmatch(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v):
                        err("email shape %r" % v)
                else:
                    toks = v.split()
                    if "@" in v or "at" not in toks or toks[-1] not in (
                            "com", "net", "org", "uk", "ie", "ca", "au", "nz", "za", "in", "io", "co"):
                        err("spoken email shape %r" % v)
        elif typ == "DOB":
            for x in right:
                low = x["val"].lower()
                if not any(mo in low.split() for mo in MONTHS):
                    if style == "transcript":
                        try:
                            if "/" in low:
                                a, b, c = low.split("/")
                                datetime.date(int(c), int(b), int(a)) if int(a) > 12 else None
                            elif "-" in low:
                                a, b, c = map(int, low.split("-"))
                                datetime.date(a, b, c) if a > 31 else datetime.date(c, b, a)
                        except ValueError:
                            err("dob not a date %r" % x["val"])
                    else:
                        if len(spoken_chars(low)) < 4:
                            err("dob shape %r" % x["val"])
        elif typ == "ADDRESS":
            for x in right:
                toks = x["val"].lower().replace(",", " ").split()
                t0 = toks[0]
                starts = (t0[0].isdigit() or t0 in UNIT or t0 in TEENS or t0 in TENS
                          or t0 in ADDR_START or t0 in HOMO)
                if not starts or not any(t.strip(".") in STREET_WORDS for t in toks):
                    err("address shape %r" % x["val"])
        elif typ == "NAME":
            for x in right:
                v = x["val"]
                if re.search(r"[0-9]", v) or v.lower().split()[0].strip(".") in TITLES:
                    err("name shape %r" % v)
        elif typ == "ACCOUNT_NUMBER":
            if not re.search(r"[0-9]", joined) or "?" in joined:
                err("account number shape %r -> %s" % (vals, joined))
    # a name word labelled in the case is not left unlabelled elsewhere in it
    name_words = set()
    for x in pii:
        if x["type"] == "NAME":
            for w in re.findall(r"[A-Za-z]+", x["val"]):
                if len(w) > 2 and w.lower() not in COMMON_WORDS:
                    name_words.add(w.lower())
    for ui, (spk, text) in enumerate(utts):
        cov = [False] * len(text)
        for x in pii:
            if x["u"] == ui:
                for i in range(x["s"], x["e"]):
                    cov[i] = True
        for m in re.finditer(r"[A-Za-z]+", text):
            if m.group(0).lower() in name_words and not cov[m.start()]:
                err("name word %r left unlabelled in %r" % (m.group(0), text))
    # keep checks
    for k in keep:
        d = spoken_chars(k["val"]) if style == "asr" else re.sub(r"\D", "", k["val"])
        dd = re.sub(r"\D", "", d)
        if 13 <= len(dd) <= 19 and dd == d and luhn_ok(dd):
            err("look-alike passes Luhn %r" % k["val"])
        if len(dd) >= 3:
            for x in pii:
                if x["u"] == k["u"] and spoken_chars(x["val"]).replace(" ", "") == dd:
                    err("look-alike has a pii value's digits %r" % k["val"])
    return groups


def value_keys(style, spans, typ):
    keys = set()
    for x in spans:
        if not x["keep"] and x["type"] == typ:
            v = x["val"].lower()
            toks = [t for t in re.split(r"[^a-z0-9]+", v) if t]
            if typ == "EMAIL":
                toks = [t for t in toks if t not in ("dot", "at", "underscore", "dash", "hyphen")]
            else:
                toks = [t for t in toks if not t.isdigit() and t not in DIGIT_WORDS
                        and t not in HOMO and len(t) > 1]
            keys.add("".join(toks))
            if typ == "ADDRESS":
                for a, b in zip(toks, toks[1:]):
                    if b in STREET_WORDS and a not in ADDR_START and a not in STREET_WORDS:
                        keys.add(a + " " + b)
    return keys


CASES = []


def case(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco

# ---------------------------------------------------------------------------
# the conversations
# ---------------------------------------------------------------------------


# ===== retail banking and fraud lines =====

@case("asr")
def c_us_fraud_debit(g):
    card = g.card("visa", (4, "2020"))
    b = card_blocks(card)
    ssn = g.ssn_us()
    dob = g.dob(1958, 1990)
    a1 = g.money(310, 890)
    t1 = g.time(1, 4)
    a2 = g.money(12, 60)
    days = g.n(7, 10)
    zc = g.zip("OH")
    ph = g.phone_us("614")
    old = g.phone_us("614")
    return f"""
A: thanks for calling clearbrook federal fraud line my name is [[NAME:dwayne]] who am i speaking with
C: hi [[NAME:dwayne]] it's [[NAME:marisol quintanilla]] i got a text about a charge for ((price:{Amoney(a1)})) at like ((time:{Atime(*t1, 'ampm')})) and i was asleep
A: okay i'm sorry about that let's get you verified first can i have the last four of your social
C: [[SSN@us:{sd(ssn[5:])}]]
A: and your date of birth please
C: [[DOB:{Adate(dob, 'mdy')}]]
A: thank you miss [[NAME:quintanilla]] and which card was charged
C: the debit one hold on i'll read it [[CARD_NUMBER#c:{sd(b[0])} {sp(b[1])}]] um [[CARD_NUMBER#c:{sd(b[2])}]]
C: [[CARD_NUMBER#c:{sd(b[3], dbl=True)}]]
A: okay i see it there's also a smaller one for ((price:{Amoney(a2)})) at a gas station was that you
C: no i haven't driven anywhere all week
A: alright both are flagged i'm blocking the card ending [[CARD_NUMBER:{sd(b[3])}]] right now
C: okay good
A: a new card goes out in ((duration:{anum(days)} business days)) to the address on file which i have as
A: [[ADDRESS:{sp(str(g.n(1100, 9899)))} quarry hollow drive columbus]] ohio [[POSTCODE@us:{sd(zc)}]]
C: that's right
A: and can i text updates to the number ending in [[PHONE~:{sd(old[-4:])}]]
C: actually no that's my old phone the new one is [[PHONE:{sd(ph[:3])} {sd(ph[3:6], dbl=True)} {sp(ph[6:])}]]
A: got it updating that now is there anything else you noticed on the account
C: no just those ((count:two))
A: then you're all set the disputes usually close within ((duration:{anum(g.n(7, 14))} days))
"""


@case("transcript")
def c_uk_bank_lost_card(g):
    sort = g.acct("dd-dd-dd")
    acc = g.digits(8)
    dob = g.dob(1949, 1970)
    pc = g.uk_pc("LS6")
    ph = g.phone_uk("lee")
    ph_wrong = ph[:-2] + ph[-1] + ph[-2] if ph[-1] != ph[-2] else ph[:-1] + str((int(ph[-1]) + 3) % 10)
    hno = g.n(2, 140)
    amt = g.money(40, 250)
    t = g.time(9, 17, q=True)
    return f"""
A: Good morning, Pennine Mutual, you're through to [[NAME:Harriet]]. How can I help?
C: Morning. I've lost my purse, I think in the Kirkgate market, and my bank card was in it.
A: Oh no, I'm sorry. We'll get that stopped. Can I take your full name?
C: [[NAME:Clifford Ashworth-Bell]].
A: Thanks, Mr [[NAME:Ashworth-Bell]]. Your sort code and account number, please?
C: Sort code [[ACCOUNT_NUMBER:{sort}]], account [[ACCOUNT_NUMBER:{acc}]].
A: And your date of birth?
C: [[DOB:{Tdate(dob, 'long')}]].
A: Lovely. And the first line of your address and postcode?
C: [[ADDRESS:{hno} Moorcroft Terrace, Headingley]], [[POSTCODE@uk:{pc}]].
A: Perfect. I can see the card was last used yesterday at ((time:{Ttime(*t)})) for ((price:{Tmoney(amt, '£')})).
C: That was me, at the butcher's. Nothing after that?
A: Nothing after that, no. I've cancelled it now and a new one will be with you in ((duration:{g.n(2, 3)} to {g.n(4, 5)} working days)).
C: Will the PIN stay the same?
A: It will, yes. Can I check a daytime number in case the fraud team need you?
C: It's [[PHONE:{Tphone_uk(ph)}]].
A: So that's [[PHONE!:{Tphone_uk(ph_wrong)}]]?
C: No, you've swapped the last two. It's [[PHONE:{Tphone_uk(ph)}]].
A: Sorry about that, I've put it in correctly now. Anything else today?
C: No, that's all. Thank you, [[NAME:Harriet]].
"""


@case("asr")
def c_ca_bank_ivr(g):
    card = g.card("mc")
    b = card_blocks(card)
    dob = g.dob(1961, 1996)
    pc_old = g.ca_pc("M")
    pc = g.ca_pc("L")
    sin = g.sin()
    bal = g.money(1200, 4800)
    pay = g.money(60, 300)
    due = g.day()
    wait = g.n(3, 9)
    apt = g.n(2, 29) * 100 + g.n(1, 20)
    hno = g.n(12, 480)
    return f"""
I: welcome to northmark bank please say or enter your ((count:{anum(len(card))})) digit card number
C: [[CARD_NUMBER:{sd(card)}]]
I: i heard a card ending in [[CARD_NUMBER:{sd(b[3])}]] is that correct
C: yes
I: for security please say your date of birth
C: [[DOB:{Adate(dob, 'mdy')}]]
I: thank you your current balance is ((price:{Amoney(bal)})) your minimum payment of ((price:{Amoney(pay)})) is due ((date:{MONTHS[due.month - 1]} {aord(due.day)})) to make a payment say payments for anything else say other
C: other
I: okay in a few words tell me what you're calling about
C: change my address
I: to confirm your identity please say the postal code we have on file
C: [[POSTCODE@ca:{sd(pc_old)}]]
I: thanks one moment while i find someone to help you your wait is about ((duration:{anum(wait)} minutes))
A: hi there you're talking with [[NAME:anouk]] at northmark i see you got verified in the phone system how can i help
C: hi [[NAME:anouk]] yeah i moved last month so i need the new address on everything
A: no problem what is the new address
C: it's [[ADDRESS:{sp(str(apt))} {sp(str(hno))} lakeshore road east]] in mississauga
A: and the postal code there
C: [[POSTCODE@ca#p:{sd(pc[:3])}]] uh [[POSTCODE@ca#p:{sd(pc[4:])}]]
A: sorry you cut out after the first part
C: oh [[POSTCODE@ca:{sd(pc)}]]
A: perfect and because your savings pays interest i have to check your social insurance number is still the one we have
C: [[SSN@ca:{sd(sin[:3])} {sd(sin[3:6])} {sd(sin[6:])}]]
A: that matches okay so the new address is [[ADDRESS:{sp(str(apt))} {sp(str(hno))} lakeshore road east]] [[POSTCODE@ca:{sd(pc)}]] and statements go there from next month
C: great thanks
"""


@case("asr")
def c_in_bank_upi(g):
    acc = g.digits(14, "123456789")
    ifsc = "SAHY0" + g.digits(6)
    aad = g.aadhaar()
    pan = g.pan("V")
    pin = g.in_pin("BLR")
    a1 = g.n(8, 49) * 1000 + g.pick([0, 500])
    t1 = g.time(18, 22)
    otp = g.digits(6)
    dob = g.dob(1979, 1999)
    hrs = g.pick([24, 48, 72])
    return f"""
A: good evening sahyadri bank fraud helpline this is [[NAME:kavitha]] speaking how may i help you
C: madam my name is [[NAME:rohan venkataraman]] somebody has taken money from my account through upi
A: i'm very sorry sir please tell me what happened
C: one man called saying he is from your kyc department he told his name as [[NAME:ajay malhotra]] and he asked me for the code
A: did you share the otp with him sir
C: yes i told him ((other:{sd(otp)})) and after that ((price:{anum(a1, True)} rupees)) went out at ((time:{Atime(*t1, 'ampm')}))
A: okay first i will block the upi and net banking please tell me your account number
C: [[ACCOUNT_NUMBER:{sd(acc[:4])} {sd(acc[4:8])} {sd(acc[8:], dbl=True)}]]
A: and the ifsc of your branch
C: it is [[ACCOUNT_NUMBER:{sd(ifsc, 'zero')}]] indiranagar branch
A: for verification your date of birth and registered pin code please
C: [[DOB:{Adate(dob, 'dm')}]] and pin code is [[POSTCODE@in:{sd(pin, 'zero')}]]
A: thank you mister [[NAME:venkataraman]] the upi is blocked now nobody can debit further
C: madam will i get the money back
A: we will raise a complaint and also you must file on the cyber crime portal within ((duration:{anum(hrs)} hours)) for that they will ask your aadhaar
C: my aadhaar is [[SSN@in:{sd(aad[:4])} {sd(aad[4:8])} {sd(aad[8:])}]] and pan also you want
A: no sir please don't tell the pan over the phone only type it on the portal
C: okay okay i already have it written [[SSN@in:{sd(pan, 'zero')}]] sorry i said it
A: it's alright sir your complaint reference will come by sms i'm also blocking the debit card as a precaution
C: thank you madam what was your good name again
A: [[NAME:kavitha]] sir
"""


@case("transcript")
def c_au_bank_tfn(g):
    bsb = g.acct("0Dd-ddd")
    acc = g.digits(9, "123456789")
    tfn = g.tfn()
    pc = g.au_pc("QLD")
    hno = g.n(3, 260)
    rate = g.pick(["4.35", "4.60", "4.85", "5.10"])
    bal = g.money(2000, 19000)
    yr = g.n(2016, 2022)
    wk = g.n(2, 4)
    return f"""
A: G'day, Coral Coast Credit Union, [[NAME:Brodie]] speaking.
C: Hi [[NAME:Brodie]], it's [[NAME:Tamsin Whitely]]. I got a letter saying you've been taking withholding tax off my savings interest.
A: Right, that usually means we don't have a tax file number for you. Let me check. Can I get your BSB and account number?
C: BSB is [[ACCOUNT_NUMBER:{bsb}]], and the account is [[ACCOUNT_NUMBER:{acc}]].
A: Thanks, [[NAME:Tamsin]]. And your residential address?
C: [[ADDRESS:{hno} Frangipani Crescent, Mooloolaba]], Queensland [[POSTCODE@au:{pc}]].
A: Lovely. Yep, no TFN on there. The account was opened in ((year:{yr})) and it looks like it was never added.
C: Typical. Can I give it to you now?
A: You can, go ahead.
C: It's [[SSN@au:{tfn[:3]} {tfn[3:6]} {tfn[6:]}]].
A: I'll read that back: [[SSN@au:{tfn[:3]} {tfn[3:6]} {tfn[6:]}]].
C: That's it.
A: Done. You're earning ((percentage:{rate}%)) on a balance of ((price:{Tmoney(bal)})), so it'll make a difference.
C: Do I get the tax back that you already took?
A: You'll claim it in your tax return. It'll show on your annual statement, which comes out in July.
C: Okay. Can you email that statement instead of posting it?
A: Sure, what's the email?
C: [[EMAIL:tamsin.whitely@bigpond.com]].
A: Updated. It can take ((duration:{wk} weeks)) for the change to flow through. Anything else?
C: No, that's everything. Cheers, [[NAME:Brodie]].
"""


@case("asr")
def c_za_bank_simswap(g):
    dob = g.dob(1970, 1995)
    zid = g.za_id(dob, male=False)
    card = g.card("mc")
    b = card_blocks(card)
    amt1 = g.n(3, 19) * 1000 + g.n(1, 9) * 100
    amt2 = g.money(200, 900)
    t1 = g.time(1, 3)
    pc = g.za_pc("JHB")
    n_tx = g.n(3, 5)
    return f"""
A: good afternoon you're through to protea bank fraud my name is [[NAME:sipho]]
C: hi [[NAME:sipho]] this is [[NAME:lindiwe mokoena]] my phone lost signal last night and this morning my account is empty
A: eish i'm sorry mam that sounds like a sim swap let me help you quickly can i have your id number
C: it's [[SSN@za#i:{sd(zid[:6])}]]
A: sorry you're breaking up
C: [[SSN@za#i:{sd(zid[6:])}]] do you want it again from the start
A: please yes
C: [[SSN@za:{sd(zid[:6])} {sd(zid[6:10])} {sd(zid[10:])}]]
A: thank you and your date of birth matches mam i see ((count:{anum(n_tx)})) transfers the biggest is ((price:{anum(amt1, True)} rand)) at ((time:{Atime(*t1, 'ampm')}))
C: i never made those i was sleeping
A: i'm stopping your card ending [[CARD_NUMBER:{sd(b[3])}]] and the app profile now
C: what about the one for ((price:{Amoney(amt2, 'rand', uk=True)})) is that also them
A: that one went to a cellphone voucher so yes it's part of it
C: and the lady at the mobile shop said her name was [[NAME:precious]] she's the one who did the swap
A: please give that to the police when you open the case the branch will need your address for the new card
C: [[ADDRESS:{anum(g.n(11, 95))} jacaranda street kensington johannesburg]] [[POSTCODE@za:{sd(pc)}]]
A: thank you the branch will phone you once the new card is ready
"""


@case("asr")
def c_ie_bank_iban(g):
    pps = g.pps("A")
    while "8" not in pps[:7]:
        pps = g.pps("A")
    bban = "LNBK" + g.digits(6) + g.digits(8)
    iban = g.iban("IE", bban)
    dob = g.dob(1975, 1999)
    eir = g.eircode("H91")
    amt = g.money(300, 1400, cents=False)
    day = g.n(1, 28)
    return f"""
A: hello you're through to liffey national bank [[NAME:ciara]] speaking
C: hi [[NAME:ciara]] it's [[NAME:siobhan o brian]] i'm trying to set up my wages to come in and the payroll lady says the iban is wrong
A: okay no bother let's check it can i take your date of birth first
C: [[DOB:{Adate(dob, 'dmy')}]]
A: and the eircode on your account
C: [[POSTCODE@ie#e:{sd(eir[:3])}]] em [[POSTCODE@ie#e:{sd(eir[4:])}]]
A: hmm i have it as [[POSTCODE@ie:{sd(eir)}]] so that's grand
C: oh sorry i said the first part on its own there
A: no you're fine so what iban did you give payroll
C: [[ACCOUNT_NUMBER:{sd(iban[:4])} {sd(iban[4:8])} {sd(iban[8:14])} {sd(iban[14:])}]]
A: right that's perfect actually that's yours so maybe they typed it in wrong
C: she might have put in the old one from the credit union
A: that'd be it and they'll want your pps number too for the payslip i'm guessing
C: ya it's [[SSN@ie:{homo(sd(pps), [('eight', 0)])}]]
A: that's for revenue not for us so you only give that to payroll
C: oh right sorry
A: no harm your wages of around ((price:{anum(amt // 100, True)} euro)) will land on the ((date:{aord(day)})) once they fix it
C: brilliant thanks a million
"""


@case("asr")
def c_nz_bank_ird(g):
    ird = g.ird()
    acc = "12-" + g.digits(4) + "-" + g.digits(7) + "-" + g.acct("0d")
    pc = g.nz_pc("WLG")
    rate = g.pick(["thirty three", "seventeen point five", "thirty"])
    new_rate = g.pick(["ten point five", "seventeen point five"])
    return f"""
A: kia ora you've called kowhai bank this is [[NAME:mere]]
C: kia ora [[NAME:mere]] my name is [[NAME:tamati herewini]] i want to fix my tax rate on my term deposit
A: sure thing what rate are you on now
C: the letter says ((percentage:{rate} percent)) and that's way too high
A: okay let's have a look can i confirm your account number
C: [[ACCOUNT_NUMBER#a:{sd(acc[:2])} {sd(acc[3:7])}]] uh [[ACCOUNT_NUMBER#a:{sd(acc[8:15])} {sd(acc[16:])}]]
A: and your ird number
C: it's [[SSN@nz:{sd(ird[:3])} {sd(ird[3:6], dbl=True)} {sd(ird[6:])}]]
A: thank you [[NAME:tamati]] so you want to change to ((percentage:{new_rate} percent))
C: yes that's what my accountant said
A: i can do that now and i'll send you an email to confirm what's the best email
C: [[EMAIL:t a m a t i dot h at xtra dot co dot nz]]
A: was that [[NAME:tamati]] with an i at the end
C: yeah [[NAME:t a m a t i]]
A: and your postcode for the letter
C: [[POSTCODE@nz:{sd(pc)}]]
A: perfect that's all changed you'll see it from the next interest payment
"""


@case("transcript")
def c_us_amex_replace(g):
    card = g.card("amex")
    b = card_blocks(card)
    wrong = b[1][:3] + str((int(b[1][3]) + 4) % 10) + b[1][4:]
    mm, yy = g.expiry()
    cid = g.cvv(4)
    zc = g.zip("TX")
    fee = g.money(3, 9)
    days = g.n(2, 3)
    return f"""
A: Thank you for calling Lone Star Express card services, this is [[NAME:Keisha]]. Who do I have the pleasure of speaking with?
C: Hi [[NAME:Keisha]], it's [[NAME:Bartholomew Nguyen-Reyes]]. An ATM in Lisbon just ate my card.
A: So sorry about that, Mr [[NAME:Nguyen-Reyes]]. Do you have the card number handy, maybe from the app?
C: Yes, it's [[CARD_NUMBER:{Tcard(card)}]], expires [[EXPIRY:{mm}/{yy[2:]}]], and the four-digit code on the front is [[CVV:{cid}]].
A: Thank you. Let me read that back: [[CARD_NUMBER!:{b[0]} {wrong} {b[2]}]].
C: Not quite. The middle part is [[CARD_NUMBER:{b[1]}]].
A: Got it, my mistake. And the billing ZIP?
C: [[POSTCODE@us:{zc}]].
A: Perfect, you're verified. I've cancelled that card. Since you're traveling, I can send an emergency replacement to your hotel in ((duration:{days} business days)).
C: That would be great. There's a ((price:{Tmoney(fee)})) fee, right?
A: It's waived for Platinum members. What's the hotel address?
C: I don't have the hotel's address in front of me. Can you email me the form instead?
A: Sure, I have [[EMAIL:bart.nguyenreyes@outlook.com]] on file.
C: That's right.
A: Done. The new card will have a new number, but the same PIN.
C: Thanks, [[NAME:Keisha]]. Obrigado, as they say here.
"""


@case("asr")
def c_uk_fraud_pieces(g):
    card = g.card("mc2")
    b = card_blocks(card)
    mm, yy = g.expiry()
    cvv = g.cvv()
    ph = g.phone_uk("mob")
    amt = g.money(60, 400)
    amt2 = g.money(5, 30)
    t = g.time(13, 22)
    return f"""
A: you're through to the fraud team at thamesgate bank my name is [[NAME:rhys]] can you confirm your name
C: yeah it's [[NAME:jodie catterall]] and before you ask the card expires [[EXPIRY:{Aexp(mm, yy)}]] i've had a text about a payment
A: okay thanks [[NAME:jodie]] what did the text say
C: it said did you spend ((price:{Amoney(amt, 'pounds', uk=True)})) at some electronics place online at ((time:{Atime(*t)})) and i didn't
A: right let's find the card what's the long number
C: [[CARD_NUMBER#c:{sd(b[0])}]]
A: mm hmm
C: [[CARD_NUMBER#c:{sp(b[1])}]] hang on my glasses [[CARD_NUMBER#c:{sd(b[2])}]]
A: sorry i lost you after the second
C: oh er [[CARD_NUMBER#c!:{sd(b[2])}]] then [[CARD_NUMBER#c:{sd(b[3])}]]
A: lovely and the three digits on the back
C: [[CVV:{sd(cvv)}]]
A: thank you so i can see the ((price:{Amoney(amt, 'pounds', uk=True)})) pending and a test payment before it of ((price:{Amoney(amt2, 'pounds', uk=True)})) neither of those were you
C: no neither
A: okay i've blocked that card and both payments will fall off can i check the mobile we'd text the new pin to
C: [[PHONE:{sd(ph[:5], dbl=True)} {sd(ph[5:], dbl=True)}]]
A: great the new card's on its way
"""


# ===== mobile networks =====

@case("asr")
def c_uk_mobile_pac(g):
    ph = g.phone_uk("mob")
    pac = g.acct("LLLdddddd")
    dob = g.dob(1985, 2003)
    gb = g.pick([30, 50, 100, 120])
    price = g.money(8, 25)
    fee = g.money(40, 180)
    months = g.n(3, 9)
    pc = g.uk_pc("NG7")
    return f"""
A: hi you're through to kestrel mobile my name's [[NAME:callum]] what can i do for you today
C: hiya i want to leave i've found a better deal so i need my pac code
A: okay sorry to hear you're leaving what's the mobile number you're calling about
C: it's this one i'm on [[PHONE#p:{sd(ph[:5], dbl=True)} {sd(ph[5:8], dbl=True)}]] um [[PHONE#p:{sd(ph[8:])}]]
A: sorry the first part again
C: [[PHONE:{sd(ph, dbl=True)}]]
A: thanks and the name on the account
C: [[NAME:shanice adebayo brown]]
A: and for security your date of birth and postcode
C: [[DOB:{Adate(dob, 'dmy')}]] and [[POSTCODE@uk:{Apc_uk(pc, 'pair')}]]
A: lovely thanks [[NAME:shanice]] before i do that i can see you're on ((quantity:{anum(gb)} gig)) for ((price:{Amoney(price, 'pounds', uk=True)} a month)) would a better price change your mind
C: no the other one's unlimited for less honestly
A: fair enough you've got ((duration:{anum(months)} months)) left on the contract so there'll be an early exit fee of ((price:{Amoney(fee, 'pounds', uk=True)}))
C: yeah i know that's fine
A: okay your pac is [[ACCOUNT_NUMBER:{sd(pac)}]] and it's valid for ((duration:{anum(g.pick([14, 21, 30]))} days))
C: can you say that again slowly
A: [[ACCOUNT_NUMBER#r:{' '.join(sd(pac).split()[:3])}]] then [[ACCOUNT_NUMBER#r:{' '.join(sd(pac).split()[3:])}]]
C: got it ta
"""


@case("transcript")
def c_us_mobile_upgrade(g):
    acct = g.digits(9, "123456789")
    ssn = g.ssn_us()
    ph = g.phone_us("206")
    zc = g.zip("WA")
    price = g.money(799, 1199, cents=False) - 1
    mo = g.money(25, 45)
    n_lines = g.n(3, 5)
    hno = g.n(1200, 19800)
    model = "S" + str(g.n(23, 25))
    return f"""
A: Thanks for calling Summit Wireless, my name is [[NAME:Trent]]. Can I get the mobile number on the account?
C: Sure, it's [[PHONE:{Tphone_us(ph)}]]. I want to upgrade my daughter's phone.
A: Happy to help. Are you the account holder?
C: I am, [[NAME:Rosalind Achterberg]].
A: Thanks, Ms. [[NAME:Achterberg]]. For security, the last four of your Social, please.
C: [[SSN@us:{ssn[5:]}]].
A: Perfect. I see ((count:{n_lines})) lines on account [[ACCOUNT_NUMBER:{acct}]]. Which line is your daughter's?
C: The one ending in [[PHONE:{ph[-4:]}]]... no, wait, that's mine. Hers is the other one.
A: Got it. She's eligible. Which phone is she looking at?
C: The Galaxy ((model_number:{model})), the base one.
A: That's ((price:{Tmoney(price)})) outright, or ((price:{Tmoney(mo)}/month)) over ((duration:{g.pick([24, 36])} months)).
C: Monthly, please. Can it ship to her dorm?
A: Sure, what's the address?
C: [[ADDRESS:{hno} NE Campus Parkway, Seattle]], [[POSTCODE@us:{zc}]]. Room ((other:{g.n(201, 489)})).
A: Got it. It'll ship in ((duration:{g.n(1, 2)}-{g.n(3, 4)} days)). Her old phone can be traded in within ((duration:{g.pick([14, 30])} days)).
C: Great. Thanks, [[NAME:Trent]].
"""


@case("asr")
def c_in_mobile_sim(g):
    aad = g.aadhaar()
    pin = g.in_pin("PUN")
    price = g.pick([299, 349, 399, 479, 719])
    gb = g.pick(["one point five", "two", "three"])
    days = g.pick([28, 56, 84])
    txn = g.acct("LdddddddddddL")
    hno = g.n(10, 240)
    return f"""
A: welcome to sangam telecom customer care my name is [[NAME:pradeep]] how may i assist you
C: hello sir my name is [[NAME:sneha kulkarni]] i recharged ((price:{anum(price)} rupees)) plan yesterday but it is not showing
A: okay madam did you get any transaction id
C: yes it is ((other:{sd(txn, 'zero')}))
A: one moment madam it shows the payment is done but the pack is pending because the kyc is not complete on this sim
C: but i bought the sim only ((duration:{anum(g.n(2, 3))} weeks)) back
A: yes madam for e kyc i need your aadhaar number please
C: [[SSN@in#a:{sd(aad[:4])}]] uh [[SSN@in#a:{sd(aad[4:8])}]] sorry [[SSN@in#a!:{sd(aad[4:8])}]] and then [[SSN@in#a:{sd(aad[8:])}]]
A: and your address as per aadhaar
C: [[ADDRESS:flat {anum(hno)} shivneri apartments karve road pune]] [[POSTCODE@in:{sd(pin, 'zero')}]]
A: thank you madam kyc is submitted it will take ((duration:{anum(g.pick([24, 48]))} hours)) then your ((quantity:{gb} gb per day)) pack for ((duration:{anum(days)} days)) will start
C: and the amount will not go again no
A: no madam it is already paid
"""


@case("asr")
def c_au_mobile_roaming(g):
    acct = g.acct("LLdddddddd")
    dob = g.dob(1968, 1992)
    bill = g.money(400, 1900)
    day_rate = g.n(5, 15)
    days = g.n(9, 21)
    fl = "qf " + sd(str(g.n(1, 99)))
    mb = g.n(2, 9) * 100
    return f"""
A: thanks for calling wattle mobile you're speaking with [[NAME:jarrah]]
C: hi [[NAME:jarrah]] i've just got a bill for ((price:{Amoney(bill)})) and i nearly fell over
A: oh no let's take a look what's the account number
C: it's [[ACCOUNT_NUMBER:{sd(acct[:2])} {sp(acct[2:6])} {sp(acct[6:])}]]
A: and the full name on it
C: [[NAME:deborah fitzsimmons]]
A: and date of birth
C: [[DOB:{Adate(dob, 'dmy', short=True)}]]
A: thanks [[NAME:deborah]] okay so it looks like you were in bali and used about ((quantity:{anum(mb)} meg)) of data without a roaming pack
C: i turned roaming off before i got on the plane i swear we flew out on ((flight_number:{fl})) and i had it off the whole time
A: it might have been the wifi calling switching over sometimes that counts the travel pass is ((price:{anum(day_rate)} dollars a day)) so for ((duration:{anum(days)} days)) i can backdate it
C: that'd be a lot better
A: okay i've done that it'll come off the bill and you'll see a credit in ((duration:{anum(g.n(1, 2))} to {anum(g.n(3, 4))} days)) i'll email the breakdown to the address on file
C: actually can you use my new one it's [[EMAIL:deb fitz {g.n(60, 79)} at g mail dot com]]
A: sorry can you spell the first bit
C: [[EMAIL:d e b f i t z {g.n(60, 79)} at gmail dot com]] no sorry the number's wrong it's the same as before
A: no worries i'll go with the first one you said
"""


@case("asr")
def c_ca_mobile_simswap(g):
    ph = g.phone_us("416")
    alt = g.phone_us("647")
    pc = g.ca_pc("M")
    pin = g.digits(4)
    t = g.time(8, 11)
    return f"""
A: good morning you've reached northern lights wireless security team this is [[NAME:mathieu]]
C: yeah hi my phone just went to no service and i got an email saying my sim was changed i didn't do that
A: okay that's urgent let's lock it down what's the number
C: [[PHONE:{sd(ph[:3])} {sd(ph[3:6], dbl=True)} {sd(ph[6:])}]]
A: and who am i speaking with
C: [[NAME:gurpreet sandhu]]
A: okay [[NAME:gurpreet]] i see a sim change at ((time:{Atime(*t, 'ampm')})) in a store in brampton that wasn't you
C: no i'm at home in scarborough
A: okay i've reversed it and put a port freeze on can i confirm your postal code
C: [[POSTCODE@ca:{sd(pc)}]]
A: and is there another number where we can reach you while your phone reboots
C: my wife's cell [[PHONE#w!:{sp(alt[:3])} {sd(alt[3:6], dbl=True)}]] no wait [[PHONE#w:{sd(alt[:3])} {sd(alt[3:6])} {sd(alt[6:])}]]
A: got it her name
C: [[NAME:harleen]]
A: i'd also set an account pin so nobody can do this without it it's ((count:{anum(len(pin))})) digits you choose
C: okay ((other:{sd(pin)}))
A: done and don't tell anyone who calls you that pin not even us
"""


@case("asr")
def c_uk_mobile_ivr(g):
    ph = g.phone_uk("mob")
    dob = g.dob(1950, 1975)
    code = g.digits(4)
    bill = g.money(15, 60)
    due = g.day()
    wait = g.n(6, 14)
    return f"""
I: thank you for calling brightline mobile calls may be recorded please say the mobile number you're calling about
C: [[PHONE:{sd("44" + ph[1:5])} {sd(ph[5:8], z='zero')} {sd(ph[8:])}]]
I: thanks was that [[PHONE:{sd(ph)}]]
C: yes
I: please enter your ((count:{anum(len(code))})) digit security number using your keypad
C: ((other:{sd(code)}))
I: sorry i didn't get that please use the keypad
C: oh right hang on
I: thank you now please say your date of birth for example the ((date:{aord(g.n(1, 28))} of {MONTHS[g.n(0, 11)]})) ((year:{Ayear(g.n(1950, 1990))}))
C: [[DOB:{Adate(dob, 'dmy')}]]
I: thanks your latest bill is ((price:{Amoney(bill, 'pounds', uk=True)})) and will be taken on ((date:{MONTHS[due.month - 1]} the {aord(due.day)})) to hear it again say repeat otherwise tell me what you're calling about
C: i need to talk to someone about my dad's phone
I: okay i'll put you through your call is important to us the wait is about ((duration:{anum(wait)} minutes))
A: hi you're through to [[NAME:priya]] at brightline how can i help
C: hello my name's [[NAME:malcolm tennant]] i look after my dad's account he's [[NAME:angus tennant]] and his phone's been cut off
A: are you named on the account as a trusted person [[NAME:malcolm]]
C: i should be i was added last year
A: yes i can see you there okay let me check why his line was suspended
"""


@case("transcript")
def c_ni_mobile_puk(g):
    ph = g.phone_uk("mob")
    puk = g.digits(8)
    pc = g.uk_pc("BT9")
    dob = g.dob(1990, 2004)
    hno = g.n(3, 120)
    gb = g.n(2, 8) * 5
    return f"""
A: Hello, Causeway Mobile, you're speaking to [[NAME:Orla]].
C: Hi [[NAME:Orla]]. My phone's locked and it's asking for a PUK code. My wee brother put the wrong PIN in three times.
A: Ha, that happens a lot. Can I have the number of the phone?
C: [[PHONE:{Tphone_uk(ph)}]].
A: And your name?
C: [[NAME:Declan McIlwaine]]. [[NAME:M-C-I-L-W-A-I-N-E]].
A: Thanks, [[NAME:Declan]]. Date of birth and postcode?
C: [[DOB:{Tdate(dob, 'uk')}]], and it's [[POSTCODE@uk:{pc}]].
A: And the first line of the address, just to be sure?
C: [[ADDRESS:{hno} Malone Avenue]].
A: Perfect. Your PUK is ((other:{puk[:4]} {puk[4:]})). Type it in, then choose a new PIN.
C: Grand, that's worked.
A: Great. While I have you, you've used ((quantity:{gb}GB)) of your allowance this month, so you're fine.
C: Sound. Cheers, [[NAME:Orla]].
"""


@case("asr")
def c_za_mobile_upgrade(g):
    dob = g.dob(1978, 1999)
    zid = g.za_id(dob, male=True)
    pc = g.za_pc("CPT")
    mo = g.n(399, 899)
    months = g.pick([24, 36])
    hno = g.n(4, 88)
    gb = g.n(10, 40)
    return f"""
A: good day welcome to fynbos mobile my name is [[NAME:anele]] how can i help you
C: hi [[NAME:anele]] it's [[NAME:pieter van der merwe]] my contract is up for upgrade
A: congratulations sir can i have your id number please
C: [[SSN@za:{sd(zid[:6])} {sd(zid[6:10], dbl=True)} {sd(zid[10:])}]]
A: thank you mister [[NAME:van der merwe]] i see you're on the ((price:{anum(mo, True)} rand)) plan with ((quantity:{anum(gb)} gig)) data
C: ja and i want the new iphone the ((model_number:{anum(g.n(14, 16))} pro))
A: okay that would be on ((duration:{anum(months)} months)) do you want it delivered or collect at the store
C: deliver please to my work [[ADDRESS:{anum(hno)} bree street cape town]] [[POSTCODE@za:{sd(pc)}]]
A: and an email for the contract
C: [[EMAIL:pieter v d m at telkom sa dot net]]
A: sorry was that [[NAME:pieter]] [[NAME:p i e t e r]]
C: yes [[NAME:p i e t e r]] like the afrikaans
A: cool i've sent it sign it and the courier will be there in ((duration:{anum(g.n(2, 3))} to {anum(g.n(4, 6))} working days))
"""


@case("transcript")
def c_nz_mobile_prepay(g):
    ph = g.phone_uk("mob")
    dob = g.dob(1995, 2005)
    pc = g.nz_pc("CHC")
    amt = g.n(20, 50)
    days = g.n(28, 30)
    return f"""
A: Kia ora, Southern Cross Mobile, this is [[NAME:Ngaire]].
C: Hi, I'm [[NAME:Hamish Loveridge]]. I'm on prepay and my top-up didn't go through.
A: Sorry about that, [[NAME:Hamish]]. How much did you top up?
C: ((price:${amt})). It says declined, but my bank took it.
A: Let me look. Is it this number you're calling from?
C: No, I'm borrowing my flatmate's UK phone. Mine's dead. This one is [[PHONE:{Tphone_uk(ph, intl=True)}]].
A: No worries. What's your own prepay number, or the email on the account?
C: Email's [[EMAIL:hamish.loveridge@xtra.co.nz]].
A: Thanks. Date of birth?
C: [[DOB:{dob.day} {MONTHS[dob.month - 1].capitalize()} {dob.year}]].
A: And your postcode?
C: [[POSTCODE@nz:{pc}]], Christchurch.
A: Found it. The payment's there, it just didn't apply. I've added the ((price:${amt})) now, valid for ((duration:{days} days)).
C: Legend, thanks [[NAME:Ngaire]].
"""


# ===== energy and water =====

@case("asr")
def c_uk_energy_reading(g):
    acct = g.acct("LLddddddd")
    pc = g.uk_pc("BS3")
    wrong_pc = pc[:-1] + ("X" if pc[-1] != "X" else "Y")
    read = g.n(10000, 69999)
    dd = g.money(70, 190)
    hno = g.n(2, 99)
    pct = g.n(8, 22)
    return f"""
A: good afternoon emberly energy you're speaking with [[NAME:tegan]]
C: hi there i want to give a meter reading because my bill's gone right up
A: no problem can i take your account number please
C: it's [[ACCOUNT_NUMBER:{sd(acct)}]]
A: and your name and the first line of the address
C: [[NAME:wilfred okonkwo]] [[ADDRESS:{anum(hno)} sandringham grove bedminster]]
A: thank you mister [[NAME:okonkwo]] go ahead with the reading
C: the electric's ((quantity:{sd(str(read))})) and i can't find the gas one
A: that's fine we can estimate the gas so your direct debit is ((price:{Amoney(dd, 'pounds', uk=True)})) a month and it went up ((percentage:{anum(pct)} percent)) in the review
C: that's the bit i'm cross about
A: with this reading it should come down i'll ask for a review before i go can i just check the postcode
C: [[POSTCODE@uk:{Apc_uk(pc)}]]
A: so that's [[ADDRESS:{anum(hno)} sandringham grove]] [[POSTCODE@uk!:{Apc_uk(wrong_pc)}]]
C: no it's [[POSTCODE@uk:{Apc_uk(pc)}]] you've got the last letter wrong
A: sorry yes i typed it wrong there you'll get an email in ((duration:{anum(g.n(3, 10))} working days)) with the new amount
"""


@case("transcript")
def c_us_utility_move(g):
    acct = g.digits(10, "123456789")
    ssn = g.ssn_us()
    ph = g.phone_us("602")
    z1 = g.zip("AZ")
    z2 = g.zip("AZ")
    move = g.day()
    dep = g.money(80, 200, cents=False)
    h1 = g.n(1000, 9999)
    h2 = g.n(100, 2999)
    apt = g.n(101, 340)
    return f"""
A: Thank you for calling Saguaro Power, this is [[NAME:Esteban]]. How can I help you?
C: Hi, I'm moving and need to stop service at my old place and start it at the new one.
A: I can do both. Can I get your name and the account number?
C: [[NAME:Loretta Chavarria]], account [[ACCOUNT_NUMBER:{acct}]].
A: Thanks, Ms. [[NAME:Chavarria]]. What's the service address you're leaving?
C: [[ADDRESS:{h1} W Ocotillo Rd, Phoenix]], [[POSTCODE@us:{z1}]].
A: And the stop date?
C: ((date:{move.strftime('%B')} {tord(move.day)})).
A: And the new address?
C: [[ADDRESS:{h2} E Camelback Rd Apt {apt}, Phoenix]], [[POSTCODE@us:{z2}]].
A: Because the new account is in your name only, I need your full Social Security number for a credit check.
C: Okay, it's [[SSN@us:{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}]].
A: Thank you. No deposit needed; it would have been ((price:{Tmoney(dep)})). Best phone number?
C: [[PHONE:{Tphone_us(ph, sep=' ')}]].
A: All set. Service starts at ((time:{Ttime(g.n(7, 9), 0)})) on move-in day.
"""


@case("asr")
def c_au_energy_hardship(g):
    acct = g.digits(10, "123456789")
    dob = g.dob(1955, 1980)
    card = g.card("visa")
    mm, yy = g.expiry()
    cvv = g.cvv()
    owe = g.money(600, 2400)
    pay = g.money(50, 200, cents=False)
    fort = g.n(2, 4)
    return f"""
A: hi you're through to southern cross energy my name is [[NAME:kirra]] how can i help today
C: hi [[NAME:kirra]] i'm behind on my bill and i got a disconnection warning
A: oh okay let's see what we can do can i have your account number
C: [[ACCOUNT_NUMBER#a:{sd(acct[:5])}]] uh [[ACCOUNT_NUMBER#a:{sd(acct[5:])}]]
A: sorry was that [[ACCOUNT_NUMBER!:{sd(acct[:5])} {sd(acct[6:])}]]
C: no you missed one [[ACCOUNT_NUMBER:{sd(acct)}]]
A: got it and your name and date of birth
C: [[NAME:noreen galbraith]] [[DOB:{Adate(dob, 'dm', short=True)}]]
A: thanks [[NAME:noreen]] so the balance is ((price:{Amoney(owe)})) i can put you on a payment plan of ((price:{Amoney(pay)} a fortnight)) and stop the disconnection
C: yes please and can i pay something today
A: of course what card
C: visa [[CARD_NUMBER#c:{sd(card[:8])}]] sorry [[CARD_NUMBER#c:{sd(card[8:])}]]
A: and the expiry and the three numbers on the back
C: [[EXPIRY:{Aexp(mm, yy, 'short')}]] and [[CVV:{sd(cvv)}]]
A: okay first payment of ((price:{Amoney(pay)})) is through and the next is in ((duration:{anum(fort * 7)} days))
"""


@case("transcript")
def c_ie_energy_mprn(g):
    mprn = "10" + g.digits(9)
    eir = g.eircode("T12")
    pps = g.pps()
    read = g.n(20000, 48000)
    price = g.pick(["38.5", "41.2", "36.9"])
    hno = g.n(2, 60)
    credit = g.money(100, 250, cents=False)
    return f"""
A: Good morning, Shannonside Electric, [[NAME:Eimear]] speaking.
C: Hi [[NAME:Eimear]], I'm after moving into a new house in Cork and I want to switch to you.
A: Lovely. Have you the MPRN? It's on the old bill, starts with ((other:10)).
C: I have: [[ACCOUNT_NUMBER:{mprn}]].
A: Thanks. And the address?
C: [[ADDRESS:{hno} Ballinlough Road, Cork]], [[POSTCODE@ie:{eir}]].
A: Your name?
C: [[NAME:Fionnuala Ní Bhriain]].
A: Could you spell the surname?
C: [[NAME:N-I]], new word, [[NAME:B-H-R-I-A-I-N]].
A: Perfect. And a meter reading on the day you moved in?
C: ((quantity:{read})).
A: Grand. The unit rate is ((quantity:{price} cent per kWh)) and you get ((price:{Tmoney(credit, '€')})) credit for switching.
C: Do you need my PPS number for the Household Benefits?
A: Only if you're claiming it. Are you?
C: I'm not, no. Sorry, I'd it written down: [[SSN@ie:{pps}]]. I'll keep it.
A: No bother. You're switched in ((duration:{g.n(2, 4)} weeks)).
"""


@case("asr")
def c_in_electricity(g):
    cons = g.digits(12, "123456789")
    pin = g.in_pin("HYD")
    amt = g.n(1800, 6400)
    units = g.n(210, 690)
    hno = g.n(1, 12)
    road = g.n(2, 14)
    days = g.n(3, 7)
    return f"""
A: namaskaram deccan power distribution helpline i am [[NAME:srinivas]] please tell your consumer number
C: sir my consumer number is [[ACCOUNT_NUMBER:{sd(cons[:3])} {sd(cons[3:6], dbl=True)} {sd(cons[6:])}]]
A: name please
C: [[NAME:lakshmi narayana reddy]]
A: what is the problem madam
C: sir this month bill came ((price:{anum(amt, True)} rupees)) normally it is only ((price:{anum(amt // 3, True)} rupees)) only
A: madam the reading shows ((quantity:{anum(units, True)} units)) let me check the address
C: [[ADDRESS:{anum(hno)} dash {anum(road * 10 + 3)} road number {anum(road)} banjara hills hyderabad]] [[POSTCODE@in:{sd(pin, 'zero')}]]
A: yes madam the meter reader has taken wrong reading i think i am raising a complaint
C: how many days it will take sir
A: within ((duration:{anum(days)} working days)) the lineman will come and check
C: okay thank you sir
"""


@case("asr")
def c_uk_water_leak(g):
    acct = g.digits(10, "123456789")
    ph = g.phone_uk("man")
    pc = g.uk_pc("M14")
    hno = g.n(3, 140)
    litres = g.n(300, 900)
    t = g.time(7, 9)
    return f"""
A: hello you're through to pennine water my name's [[NAME:darius]] how can i help
C: hi [[NAME:darius]] there's water coming up through the pavement outside my house it's been going since about ((time:{Atime(*t, 'past')}))
A: okay thanks for letting us know is it clean water or does it smell
C: it looks clean it's making a big puddle by the bus stop
A: right can i take the address
C: it's outside [[ADDRESS:{anum(hno)} wilbraham road fallowfield]] [[POSTCODE@uk:{Apc_uk(pc, 'pair')}]]
A: and your name
C: [[NAME:bernadette kavanagh]]
A: and are you a customer of ours [[NAME:bernadette]]
C: yes the account's [[ACCOUNT_NUMBER:{sd(acct[:4])} {sd(acct[4:7])} {sd(acct[7:])}]] if that helps
A: it does thanks and a number our crew can call
C: [[PHONE:{sd(ph[:4])} {sd(ph[4:7])} {sd(ph[7:])}]]
A: okay at the rate you've described that's probably about ((quantity:{anum(litres)} litres an hour)) so it's a priority job
C: will my water go off
A: maybe for ((duration:{anum(g.n(2, 4))} hours)) while they fix it they'll knock before they do
"""


@case("asr")
def c_ca_hydro_card(g):
    acct = g.digits(10, "123456789")
    card = g.card("visa")
    b = card_blocks(card)
    mm, yy = g.expiry()
    cvv = g.cvv()
    pc = g.ca_pc("V")
    amt = g.money(90, 400)
    hno = g.n(1000, 8999)
    return f"""
A: good evening coastal hydro [[NAME:jasmine]] speaking
C: hi i'd like to pay my bill by card i can't get the website to work
A: sure can i have the account number
C: [[ACCOUNT_NUMBER:{sd(acct, dbl=True)}]]
A: that's under [[NAME:teodoro salcedo]] is that you
C: yeah that's me
A: and the service address please
C: [[ADDRESS:{sp(str(hno))} west fourth avenue vancouver]] [[POSTCODE@ca:{sd(pc)}]]
A: okay [[NAME:teodoro]] the balance is ((price:{Amoney(amt)})) do you want to pay all of it
C: yes please
A: go ahead with the card number
C: [[CARD_NUMBER#c:{sd(b[0])} {sd(b[1])}]] um hang on [[CARD_NUMBER#c:{sd(b[2])} {sd(b[3])}]]
A: expiry date
C: [[EXPIRY:{Aexp(mm, yy, 'month')}]]
A: and the security code
C: [[CVV:{sd(cvv)}]]
A: thank you that's gone through for ((price:{Amoney(amt)})) the confirmation number is ((other:{sd(g.acct('LLdddddd'))}))
"""


@case("asr")
def c_nz_power_icp(g):
    icp = "0000" + g.digits(6) + g.acct("LLddd")
    pc = g.nz_pc("HAM")
    hno = g.n(2, 190)
    dob = g.dob(1946, 1960)
    return f"""
A: kia ora you're talking to [[NAME:wiremu]] at kahikatea power how can i help
C: oh hello dear it's [[NAME:margaret pennefather]] i'm moving into a retirement village and i need the power put on
A: no worries [[NAME:margaret]] do you have the icp number for the new place it's on the old bill or the switchboard
C: my son wrote it down it's [[ACCOUNT_NUMBER#i:{sd(icp[:4], 'zero')}]] um [[ACCOUNT_NUMBER#i:{sd(icp[4:10])}]] and then [[ACCOUNT_NUMBER#i:{sd(icp[10:])}]]
A: lovely and what's the address
C: [[ADDRESS:villa {anum(g.n(3, 40))} {anum(hno)} cambridge road hamilton]] [[POSTCODE@nz:{sd(pc)}]]
A: and can i just check your date of birth for the account
C: [[DOB:{Adate(dob, 'dmy')}]]
A: thank you you're eligible for our gold card discount that's ((percentage:{anum(g.pick([5, 10, 15]))} percent)) off
C: oh that's nice my son [[NAME:graeme]] said to ask
A: he was right it'll be on from monday and i'll post the welcome pack
C: thank you dear you've been very kind
"""


@case("asr")
def c_za_prepaid_electricity(g):
    meter = g.digits(11, "123456789")
    token = g.digits(20, "123456789")
    dob = g.dob(1982, 2000)
    zid = g.za_id(dob, male=True)
    amt = g.n(100, 500)
    kwh = g.n(40, 200)
    return f"""
A: good evening thanks for calling highveld prepaid this is [[NAME:nomvula]]
C: hi [[NAME:nomvula]] i bought electricity for ((price:{anum(amt, True)} rand)) and the token is saying reject
A: sorry about that sir can i have the meter number
C: [[ACCOUNT_NUMBER:{sd(meter[:4])} {sd(meter[4:8])} {sd(meter[8:])}]]
A: and the name the meter is registered to
C: it's my landlord [[NAME:johannes du plessis]] i'm the tenant my name is [[NAME:thabo ndlovu]]
A: okay mister [[NAME:ndlovu]] can you read me the token
C: ((other:{sd(token[:4])} {sd(token[4:8])} {sd(token[8:12])} {sd(token[12:16])} {sd(token[16:])}))
A: thank you the meter needed a key change first i'm sending you ((count:{anum(g.n(2, 3))})) key change tokens and then the original one will work
C: okay and will i still get the ((quantity:{anum(kwh)} units))
A: yes you'll get all of them for the record i need your id number as the person who called
C: [[SSN@za#z:{sd(zid[:6])}]] ah sorry [[SSN@za#z:{sd(zid[6:])}]]
A: sorry i only got the second part
C: [[SSN@za:{sd(zid)}]]
A: thank you the sms is on its way
"""


@case("asr")
def c_us_water_ivr_pay(g):
    acct = g.digits(9, "123456789")
    card = g.card("disc")
    mm, yy = g.expiry()
    cvv = g.cvv()
    zc = g.zip("GA")
    amt = g.money(40, 180)
    due = g.day()
    return f"""
I: thank you for calling peachtree water authority to pay your bill say payment for outages say outage
C: payment
I: please say or enter your ((count:nine)) digit account number
C: [[ACCOUNT_NUMBER:{sd(acct[:3])} {sd(acct[3:6])} {sd(acct[6:])}]]
I: the amount due on this account is ((price:{Amoney(amt)})) due ((date:{MONTHS[due.month - 1]} {aord(due.day)})) to pay the full amount say full amount
C: full amount
I: please say or enter your card number
C: [[CARD_NUMBER#c!:{sd(card[:8])}]] wait [[CARD_NUMBER#c!:{sd(card[:4])}]] oh shoot [[CARD_NUMBER#c:{sd(card)}]]
I: sorry i didn't get that please enter the card number using your keypad
C: [[CARD_NUMBER:{sd(card)}]]
I: now the expiration date as ((count:{anum(len(mm + yy[2:]))})) digits month and year
C: [[EXPIRY:{sd(mm)} {sd(yy[2:])}]]
I: and the security code
C: [[CVV:{sd(cvv)}]]
I: finally the billing zip code
C: [[POSTCODE@us:{sd(zc)}]]
I: you are paying ((price:{Amoney(amt)})) with the card ending in [[CARD_NUMBER:{sd(card[-4:])}]] to confirm say yes
C: yes
I: thank you your payment is complete your confirmation number is ((other:{sd(g.acct('Ddddddd'))}))
"""


# ===== airlines =====

@case("transcript")
def c_uk_airline_change(g):
    ref = g.acct("LdLLdL")
    card = g.card("mc")
    mm, yy = g.expiry()
    cvv = g.cvv()
    fee = g.money(45, 95, cents=False)
    diff = g.money(20, 140)
    f1 = "AB " + str(g.n(200, 999))
    f2 = "AB " + str(g.n(200, 999))
    d1 = g.day()
    t1 = g.time(6, 10)
    t2 = g.time(15, 21)
    return f"""
A: Good afternoon, Albion Air, [[NAME:Kieran]] speaking. Can I take your booking reference?
C: Hi [[NAME:Kieran]], it's [[ACCOUNT_NUMBER:{ref}]]. I need to move my flight to later in the day.
A: Thank you. And the lead passenger's surname?
C: [[NAME:Featherstonehaugh]]. It's pronounced [[NAME:Fanshaw]], don't ask.
A: Ha, I won't. So you're on ((flight_number:{f1})) on ((date:{tord(d1.day)} {d1.strftime('%B')})) at ((time:{Ttime(*t1)})) to Edinburgh.
C: That's the one. Is there anything after ((time:{Ttime(*t2)}))?
A: There's ((flight_number:{f2})) at ((time:{Ttime(t2[0] + 1, t2[1])})). The change fee is ((price:£{fee // 100})) plus a fare difference of ((price:{Tmoney(diff, '£')})).
C: Fine, go ahead.
A: Can I take a card number?
C: [[CARD_NUMBER:{Tcard(card)}]].
A: Expiry date and security code?
C: [[EXPIRY:{mm}/{yy[2:]}]], [[CVV:{cvv}]].
A: Thank you. That's gone through, and the new confirmation will go to the email on the booking.
C: Can you check which email that is? I changed jobs.
A: It's [[EMAIL:r.featherstonehaugh@kinlochlegal.co.uk]].
C: That's dead. Please use [[EMAIL:rupert.fsh@proton.me]].
A: Updated. Your seat is ((other:{g.n(3, 29)}C)) again.
C: Brilliant, thanks, [[NAME:Kieran]].
"""


@case("asr")
def c_ie_airline_lostbag(g):
    tag = "EI" + g.digits(6)
    eir = g.eircode("D04")
    fl = sd("ei") + " " + sd(str(g.n(100, 199)))
    kg = g.n(18, 23)
    hno = g.n(4, 70)
    days = g.n(2, 5)
    spend = g.n(50, 150)
    return f"""
A: hello you're through to shamrock air baggage services my name is [[NAME:cathal]]
C: hi [[NAME:cathal]] my bag didn't come off the flight from boston this morning ((flight_number:{fl}))
A: ah sorry to hear that do you have the bag tag number it's the sticker on your boarding pass
C: i do it's ((other:{sd(tag)}))
A: thanks and can i take your name
C: [[NAME:aoife mac giolla phadraig]] i know it's a mouthful
A: that's grand can you spell the surname for me
C: [[NAME:m a c]] then [[NAME:g i o l l a]] then [[NAME:p h a d r a i g]]
A: lovely and what did the bag look like
C: navy hard case about ((quantity:{anum(kg)} kilos)) with a green ribbon on the handle
A: okay it's showing as still in boston it'll come on tonight's flight where will we deliver it
C: home please [[ADDRESS:{anum(hno)} pembroke lane ballsbridge]] [[POSTCODE@ie:{sd(eir)}]]
A: and an email for updates
C: [[EMAIL:aoife m g p at eir com dot ie]] no sorry [[EMAIL:aoife m g p at eircom dot net]]
A: that's fine you can claim up to ((price:{anum(spend)} euro)) for essentials keep the receipts
C: great and how long will it be
A: it should be with you within ((duration:{anum(days)} days)) but probably tomorrow
"""


@case("asr")
def c_in_airline_parents(g):
    pnr = g.acct("LdLLdd")
    pp1 = g.acct("LdddddddL")[:8]
    pp2 = g.acct("LdddddddL")[:8]
    dob1 = g.dob(1950, 1960)
    dob2 = g.dob(1952, 1963)
    fl = sd("ai") + " " + anum(g.n(100, 199))
    price = g.n(38, 95) * 1000
    d = g.day()
    return f"""
A: good morning air indus reservations this is [[NAME:farhan]] speaking
C: hello [[NAME:farhan]] i am [[NAME:meenakshi iyer]] calling from london i booked tickets for my parents from chennai and i need to add passport details
A: sure madam please give the pnr
C: [[ACCOUNT_NUMBER:{sd(pnr)}]]
A: yes i can see ((count:two)) passengers [[NAME:subramanian iyer]] and [[NAME:kamala iyer]] on ((flight_number:{fl})) on ((date:{aord(d.day)} {MONTHS[d.month - 1]}))
C: correct first my father passport number is [[ACCOUNT_NUMBER:{sd(pp1)}]] date of birth [[DOB:{Adate(dob1, 'dm')}]]
A: and your mother's
C: [[ACCOUNT_NUMBER:{sd(pp2)}]] and her birthday is [[DOB:{Adate(dob2, 'dm')}]]
A: sorry madam the year i didn't catch
C: [[DOB:{Ayear(dob2.year)}]]
A: okay thank you also they are senior citizens do they need wheelchair
C: yes for my father please he has knee problem
A: i have added it the fare was ((price:{anum(price, True)} rupees)) for both there is no extra charge
C: very good thank you so much
"""


@case("transcript")
def c_au_airline_points(g):
    ff = g.digits(8, "123456789")
    dob = g.dob(1970, 1990)
    card = g.card("amex")
    mm, yy = g.expiry()
    cid = g.cvv(4)
    pts = g.n(20, 90) * 1000
    cost = g.money(200, 700, cents=False)
    fl = "KG" + str(g.n(400, 499))
    return f"""
A: Good evening, Kangaroo Airlines Frequent Flyer, this is [[NAME:Lachlan]].
C: Hi [[NAME:Lachlan]], [[NAME:Priyanka Raghunathan]] here. I want to use points to upgrade to Business.
A: Sure. Your membership number?
C: [[ACCOUNT_NUMBER:{ff}]].
A: And date of birth for security?
C: [[DOB:{dob.day:02d}/{dob.month:02d}/{dob.year}]].
A: Thanks, [[NAME:Priyanka]]. Which flight?
C: ((flight_number:{fl})) to Perth next Thursday.
A: The upgrade is ((count:{pts:,})) points plus ((price:A${cost // 100})) in taxes. You have enough.
C: Great. Can I pay the taxes with my Amex?
A: Of course: card number, expiry and the four-digit code on the front.
C: [[CARD_NUMBER:{Tcard(card)}]], expiry [[EXPIRY:{int(mm)}/{yy}]], code [[CVV:{cid}]].
A: That's all done. Your new seat is ((other:{g.n(1, 6)}A)).
C: Lovely, thanks [[NAME:Lachlan]].
"""


@case("asr")
def c_ca_airline_refund(g):
    ref = g.acct("LLdLdL")
    card = g.card("visa")
    ph = g.phone_us("514")
    amt = g.money(300, 900)
    fl = "ca " + anum(g.n(300, 999))
    days = g.n(7, 14)
    return f"""
A: bonjour hello you've reached aurora air refunds my name is [[NAME:genevieve]]
C: hi my flight got cancelled and i want my money back not a voucher
A: i understand can i have the booking reference
C: [[ACCOUNT_NUMBER#r!:{sd(ref[:4])}]] no wait [[ACCOUNT_NUMBER#r:{sd(ref)}]]
A: okay that's the booking for [[NAME:olumide adeyemi]] on ((flight_number:{fl}))
C: yes that's me
A: i can see it was cancelled by us so you're entitled to a full refund of ((price:{Amoney(amt)})) back to the card ending in [[CARD_NUMBER:{sd(card[-4:])}]]
C: that card's closed now can it go somewhere else
A: unfortunately it has to go to the original card your bank will pass it on
C: okay fine
A: it'll take ((duration:{anum(days)} business days)) and i'll text you when it's processed is [[PHONE:{sd(ph)}]] still good
C: yeah that's my cell
A: great [[NAME:olumide]] anything else
C: no that's it merci
"""


@case("asr")
def c_za_airline_name(g):
    ref = g.acct("LdLLLd")
    pp = g.acct("Adddddddd")
    dob = g.dob(1988, 2001)
    fee = g.n(350, 900)
    card = g.card("mc")
    mm, yy = g.expiry()
    cvv = g.cvv()
    fl = sd("sj") + " " + anum(g.n(200, 299))
    return f"""
A: hello thank you for calling springbok jet my name is [[NAME:kagiso]]
C: hi [[NAME:kagiso]] i booked a ticket and the name came out wrong it says [[NAME:refiloe mokwena]] but it's [[NAME:refilwe]] with a w
A: okay no stress the booking reference please
C: [[ACCOUNT_NUMBER:{sd(ref)}]]
A: thank you i can fix the spelling but i need the passport number to match
C: it's [[ACCOUNT_NUMBER:{sd(pp)}]]
A: and your date of birth as on the passport
C: [[DOB:{Adate(dob, 'dmy')}]]
A: okay there's a name change fee of ((price:{anum(fee, True)} rand)) even for ((count:one)) letter
C: shame okay let's pay it it's my mastercard [[CARD_NUMBER:{sd(card[:4])} {sd(card[4:8])} {sd(card[8:12])} {sd(card[12:])}]]
A: expiry and cvv
C: [[EXPIRY:{Aexp(mm, yy, 'digits')}]] and [[CVV:{sd(cvv)}]]
A: done [[NAME:refilwe mokwena]] on ((flight_number:{fl})) to durban your new ticket is on its way
"""


@case("asr")
def c_us_airline_assist(g):
    ref = g.acct("LLdLLd")
    dob = g.dob(1936, 1946)
    ph = g.phone_us("305")
    ph2 = g.phone_us("305")
    fl = "d l " + anum(g.n(1000, 2999))
    t = g.time(6, 11)
    gate = g.pick("ABCDE") + str(g.n(1, 40))
    age = 2025 - dob.year
    return f"""
A: thank you for calling coastal skies special assistance this is [[NAME:marcus]]
C: hi [[NAME:marcus]] my mom is flying alone next week and she needs a wheelchair at both ends
A: of course i can set that up for her what's the confirmation code
C: [[ACCOUNT_NUMBER:{sd(ref)}]]
A: okay i see [[NAME:dolores fernandez castillo]] on ((flight_number:{fl})) leaving miami at ((time:{Atime(*t, 'ampm')}))
C: that's her she's ((other:{anum(age)})) and she can walk a little but not far
A: no problem can i confirm her date of birth for the record
C: [[DOB:{Adate(dob, 'mdy')}]]
A: and a contact number for her on the day
C: her cell is [[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]] but she never answers so put mine too
A: sure go ahead
C: [[PHONE!:{sp(ph2[:3])} {sd(ph2[3:6])} {sd(ph2[6:8])}]] oh wait that's my work one my cell is [[PHONE:{sd(ph2)}]]
A: and your name
C: [[NAME:yesenia]] her daughter
A: thanks [[NAME:yesenia]] there'll be someone at gate ((other:{sd(gate)})) to meet her
C: perfect thank you [[NAME:marcus]] you've been a big help
"""


@case("asr")
def c_nz_airline_credit(g):
    ref = g.acct("LdLdLL")
    card = g.card("visa", (8, "1985"))
    mm, yy = g.expiry()
    cvv = g.cvv()
    credit = g.n(180, 420)
    fare = g.money(250, 600)
    fl = "n z " + anum(g.n(500, 699))
    return f"""
A: kia ora you're through to aotearoa air my name is [[NAME:manaia]]
C: hi [[NAME:manaia]] i've got a travel credit from last year and i want to use it before it expires
A: sweet as what's the reference for the credit
C: [[ACCOUNT_NUMBER:{sd(ref)}]]
A: that's under [[NAME:brooke tuhiwai]]
C: that's me
A: so you've got ((price:{anum(credit)} dollars)) and it expires on the ((date:{aord(g.n(1, 28))})) where are you heading
C: queenstown on ((flight_number:{fl})) on friday the fare's ((price:{Amoney(fare)}))
A: okay so the difference needs a card
C: [[CARD_NUMBER#c:{sd(card[:4])} {sd(card[4:8])}]]
A: mm hmm
C: [[CARD_NUMBER#c:{sp(card[8:12])} {sd(card[12:])}]]
A: sorry was that [[CARD_NUMBER:{sp(card[8:12])}]] in the middle
C: yes [[CARD_NUMBER:{sp(card[8:12])}]] expiry [[EXPIRY:{Aexp(mm, yy, 'num')}]] and cvv [[CVV:{sd(cvv)}]]
A: lovely that's booked and your confirmation is on its way
"""


# ===== online retailers =====

@case("asr")
def c_us_retail_missing(g):
    order = g.acct("ddd-ddddddd-ddddddd")
    while "4" not in order[:3]:
        order = g.acct("ddd-ddddddd-ddddddd")
    zc = g.zip("IL")
    hno = g.n(1100, 6800)
    card = g.card("mc")
    trk = g.tracking(18)
    price = g.money(79, 349)
    days = g.n(3, 5)
    return f"""
A: hi thanks for contacting shopwell this is [[NAME:brianna]] how can i help
C: hey [[NAME:brianna]] my headphones say delivered but there's nothing here
A: oh no i'm sorry can i have the order number
C: it's [[ACCOUNT_NUMBER:{homo(sd(order[:3]), [('four', 0)])} {sd(order[4:11])} {sd(order[12:])}]]
A: thank you is this [[NAME:desmond okafor]]
C: yep
A: okay i see the ((model_number:w h {anum(g.n(5, 12))})) headphones ((price:{Amoney(price)})) tracking says left at front door
C: i was home all day nobody knocked
A: let me check the address on the order [[ADDRESS:{sp(str(hno))} north damen avenue chicago]] [[POSTCODE@us:{sd(zc)}]]
C: oh that's my old place i moved in march
A: ah that's probably it i'll put a claim in with the carrier the tracking is ((other:{sd(trk[:9])} {sd(trk[9:])}))
C: can you just send me another one
A: i can send a replacement to the new address or refund the card ending [[CARD_NUMBER:{sd(card[-4:])}]]
C: replacement please
A: okay what's the new address
C: [[ADDRESS:{sp(str(g.n(1100, 6800)))} west belmont avenue apartment {anum(g.n(2, 4))} f]] same zip
A: got it the replacement ships today and should be there in ((duration:{anum(days)} days)) and you don't need to do anything else
C: awesome thanks
"""


@case("transcript")
def c_uk_retail_refund(g):
    order = g.acct("LL-dddddd")
    card = g.card("visa")
    price = g.money(30, 180)
    d = g.day()
    days = g.n(3, 7)
    pct = g.pick([10, 15, 20])
    return f"""
A: Hello, you're through to Larkspur Home, [[NAME:Imogen]] speaking.
C: Hello, I sent back a lamp ((duration:{g.pick(['two', 'three', 'four'])} weeks)) ago and still haven't had my refund.
A: I'm sorry about that. Can I take your order number?
C: [[ACCOUNT_NUMBER:{order}]].
A: And your name and email address?
C: [[NAME:Nathaniel Oyelaran]], [[EMAIL:nat.oyelaran@btinternet.com]].
A: Thanks, Mr [[NAME:Oyelaran]]. I can see the return arrived at our warehouse on ((date:{tord(d.day)} {d.strftime('%B')})), but it wasn't scanned in properly.
C: So what happens now?
A: I've pushed it through: ((price:{Tmoney(price, '£')})) back to the Visa ending [[CARD_NUMBER:{card[-4:]}]].
C: How long?
A: ((duration:{days} working days)), but it's often quicker. I've also added a ((percentage:{pct}%)) voucher for the trouble.
C: That's kind, thank you.
A: You're welcome. Is there anything else?
C: No, that's everything.
"""


@case("asr")
def c_in_retail_wrongitem(g):
    order = "OD" + g.digits(15, "123456789")
    pin = g.in_pin("CHN")
    price = g.n(799, 4999)
    hno = g.n(3, 48)
    watt = g.pick(["five hundred", "seven fifty", "one thousand"])
    return f"""
A: hello this is [[NAME:divya]] from bazaarkart how may i help you today
C: hello madam i ordered one mixer grinder but they sent me a hair dryer
A: oh so sorry sir may i know the order id
C: [[ACCOUNT_NUMBER:{sd(order[:5], 'zero')} {sd(order[5:10], 'zero')} {sd(order[10:], 'zero')}]]
A: and the name on the order
C: [[NAME:arumugam selvaraj]]
A: thank you mister [[NAME:selvaraj]] it was cash on delivery for ((price:{anum(price, True)} rupees)) yes
C: yes i paid the delivery boy
A: okay we will pick up the hair dryer and send the correct item please confirm the address
C: [[ADDRESS:{anum(hno)} second cross street gandhi nagar adyar chennai]] [[POSTCODE@in:{sd(pin, 'zero')}]]
A: pickup will happen within ((duration:{anum(g.n(1, 3))} days)) and the new mixer will come in ((duration:{anum(g.n(4, 5))} to {anum(g.n(6, 8))} days))
C: the ((quantity:{watt} watt)) one no
A: yes sir same ((quantity:{watt} watt)) model only
"""


@case("transcript")
def c_ca_retail_phoneorder(g):
    card = g.card("mc2")
    mm, yy = g.expiry()
    cvv = g.cvv()
    pc = g.ca_pc("T")
    ph = g.phone_us("403")
    hno = g.n(10, 299)
    qty = g.n(2, 6)
    unit = g.money(20, 60)
    ship = g.money(9, 19)
    return f"""
A: Good afternoon, Prairie Outfitters phone orders, this is [[NAME:Colette]].
C: Hi [[NAME:Colette]]. Your website keeps timing out, so I'd like to order by phone.
A: No problem. What would you like?
C: ((count:{qty})) pairs of the merino hiking socks, the ((model_number:MX-{g.n(200, 499)})) ones, size large.
A: Those are ((price:C${unit // 100}.{unit % 100:02d})) each. Name for the order?
C: [[NAME:Ignatius Wojciechowski]].
A: Could you spell the last name?
C: [[NAME:W-O-J-C-I-E-C-H-O-W-S-K-I]].
A: Thank you. Shipping address?
C: [[ADDRESS:{hno} Aspen Glen Way SW, Calgary]], [[POSTCODE@ca:{pc}]].
A: Shipping is ((price:{Tmoney(ship)})). Card number?
C: [[CARD_NUMBER:{Tcard(card, '-')}]], expiry [[EXPIRY:{mm}/{yy}]], CVC [[CVV:{cvv}]].
A: Thanks. And a phone number in case there's a delivery problem?
C: [[PHONE:{Tphone_us(ph)}]].
A: All done. It ships tomorrow and arrives in ((duration:{g.n(3, 4)} to {g.n(5, 7)} business days)).
"""


@case("asr")
def c_au_retail_damaged(g):
    order = g.acct("Ldddddddd")
    pc = g.au_pc("VIC")
    price = g.money(120, 600)
    n_photos = g.n(2, 4)
    return f"""
A: thanks for calling outback home and living [[NAME:sienna]] speaking
C: hi there my bookshelf arrived and the side panel's cracked right through
A: oh no that's no good can i have your order number
C: [[ACCOUNT_NUMBER#o:{sd(order[0])} {sd(order[1:5])}]] and then [[ACCOUNT_NUMBER#o:{sd(order[5:])}]]
A: sorry [[ACCOUNT_NUMBER:{sd(order[0])} {sd(order[1:5])}]] then what
C: [[ACCOUNT_NUMBER:{sd(order[5:])}]]
A: got it and your name
C: [[NAME:harvey mcloughlin]]
A: thanks [[NAME:harvey]] could you email us ((count:{anum(n_photos)})) photos of the damage to the address on your order
C: yep which address do you have for me
A: [[EMAIL:harvey mac at live com au]]
C: there's dots in it it's [[EMAIL:harvey mac at live dot com dot au]]
A: that's the one so once we've got the photos we'll send a new panel or refund the ((price:{Amoney(price)}))
C: can you just send a whole new one
A: i'll see what i can do it'd go to the same place in [[POSTCODE@au:{sd(pc)}]] yeah
C: yep same place
"""


@case("asr")
def c_ie_retail_gift(g):
    card = g.card("visa")
    while "1" not in card[4:8]:
        card = g.card("visa")
    b = card_blocks(card)
    mm, yy = g.expiry()
    cvv = g.cvv()
    eir = g.eircode("V94")
    hno = g.n(2, 40)
    price = g.money(35, 90)
    d = g.day()
    return f"""
A: hello you're through to wild atlantic hampers my name is [[NAME:roisin]]
C: hi [[NAME:roisin]] i want to send a hamper to my auntie in limerick for her birthday
A: lovely which one were you thinking
C: the cheese and chutney one the ((price:{Amoney(price, 'euro', uk=True)})) one
A: gorgeous and who's it going to
C: [[NAME:bridget ni chonchubhair]] it's [[ADDRESS:{anum(hno)} the crescent castletroy]]
A: and the eircode
C: [[POSTCODE@ie:{sd(eir[:3])} {sd(eir[4:])}]]
A: when would you like it to arrive
C: the ((date:{aord(d.day)})) if possible that's her birthday
A: no problem and your name
C: [[NAME:ronan costigan]]
A: and how will you pay
C: card [[CARD_NUMBER#c:{sd(b[0])}]] uh [[CARD_NUMBER#c:{homo(sd(b[1]), [('one', 0)])}]]
A: sorry there was a bit of noise was the first bit [[CARD_NUMBER:{sd(b[0])}]]
C: yeah keep going [[CARD_NUMBER#c:{sd(b[2])} {sd(b[3])}]]
A: and the expiry
C: [[EXPIRY:{Aexp(mm, yy, 'num')}]] and the three on the back are [[CVV:{sd(cvv)}]]
A: that's all gone through thanks [[NAME:ronan]] she'll get a lovely surprise
"""


@case("asr")
def c_za_retail_address(g):
    order = g.acct("ZA-dddddddd")
    pc = g.za_pc("DBN")
    hno = g.n(5, 140)
    unit = g.n(1, 30)
    price = g.n(450, 2900)
    return f"""
A: hi you're speaking to [[NAME:lerato]] at jacaranda express how can i help
C: hi [[NAME:lerato]] i need to change the delivery address on my order before it goes out
A: sure can i have the order number
C: it's [[ACCOUNT_NUMBER:z a {sd(order[3:7])} {sd(order[7:])}]]
A: and your name
C: [[NAME:yusuf moosa]]
A: thanks mister [[NAME:moosa]] i see a kettle and a toaster for ((price:{anum(price, True)} rand)) going to your office
C: yes but i'm working from home this week so send it to [[ADDRESS:unit {anum(unit)} {anum(hno)} florida road morningside durban]] [[POSTCODE@za:{sd(pc)}]]
A: let me read that back [[ADDRESS:unit {anum(unit)} {anum(hno)} florida road morningside]] [[POSTCODE@za:{sd(pc)}]]
C: perfect
A: and is the email still [[EMAIL:yusuf moosa at mweb dot co dot za]]
C: yes that's right
A: done it'll arrive thursday between ((time:{anum(g.n(7, 9))})) and ((time:{anum(g.n(4, 6))}))
"""


@case("transcript")
def c_nz_retail_locked(g):
    dob = g.dob(1980, 1998)
    pc = g.nz_pc("DUD")
    order = g.acct("NZdddddd")
    hno = g.n(3, 200)
    return f"""
A: Kia ora, Kiwi Mart online support, [[NAME:Aroha]] speaking.
C: Hi [[NAME:Aroha]]. My account's locked after too many password attempts.
A: I can help unlock it. What's the email on the account?
C: [[EMAIL:sione.taufa88@gmail.com]].
A: And your full name and date of birth?
C: [[NAME:Sione Taufa]], [[DOB:{dob.day}/{dob.month}/{dob.year}]].
A: Thanks. And the delivery address?
C: [[ADDRESS:{hno} George Street, Dunedin]] [[POSTCODE@nz:{pc}]].
A: And your last order number?
C: [[ACCOUNT_NUMBER:{order}]].
A: Perfect, you're unlocked. I've sent a reset link; it's valid for ((duration:{g.pick([15, 30, 60])} minutes)).
C: Thanks, that was easy.
"""


@case("asr")
def c_us_retail_ivr(g):
    order = g.digits(8, "123456789")
    zc = g.zip("MN")
    eta = g.day()
    return f"""
I: thanks for calling northwoods outfitters if you're calling about an order say order status for returns say returns
C: order status
I: please say or enter your ((count:{anum(len(order))})) digit order number
C: [[ACCOUNT_NUMBER#o:{sd(order[:4])}]] uh [[ACCOUNT_NUMBER#o:{sd(order[4:])}]]
I: i'm sorry i didn't find that order let's try again please say or enter your order number
C: [[ACCOUNT_NUMBER:{sp(order)}]]
I: thanks now say the billing zip code on the order
C: [[POSTCODE@us:{sd(zc)}]]
I: i found your order it shipped on ((date:{MONTHS[eta.month - 1]} {aord(eta.day)})) and is expected to arrive in ((duration:{anum(g.n(1, 2))} to {anum(g.n(3, 4))} days)) to hear the tracking number say tracking
C: representative
I: okay please hold while i connect you
A: hi this is [[NAME:garrett]] at northwoods can i have your name
C: yes [[NAME:ingrid solberg]] i just need to add a gift note to that order
A: okay [[NAME:ingrid]] unfortunately once it ships we can't change it but i can email you a gift receipt
C: that works send it to [[EMAIL:ingrid s at frontier dot net]]
"""


# ===== motor and home insurers =====

@case("asr")
def c_us_motor_claim(g):
    pol = g.acct("LLL-dddddd-dd")
    dob = g.dob(1975, 1995)
    ph = g.phone_us("512")
    plate = g.acct("LLL-dddd")
    yr = g.n(2014, 2022)
    t = g.time(7, 18)
    spd = g.n(15, 35)
    return f"""
A: thank you for calling lonestar mutual claims this is [[NAME:renee]] are you safe right now
C: yeah i'm okay somebody rear ended me at a light on lamar
A: i'm glad you're okay can i get your policy number
C: [[ACCOUNT_NUMBER:{sd(pol[:3])} {sd(pol[4:10])} {sd(pol[11:])}]]
A: thank you and your name and date of birth
C: [[NAME:tobias whitfield]] [[DOB:{Adate(dob, 'num')}]]
A: okay [[NAME:tobias]] what time did it happen
C: about ((time:{Atime(*t)})) they were going maybe ((quantity:{anum(spd)} miles an hour))
A: did you get the other driver's information
C: yeah her name is [[NAME:courtney bledsoe]] and her plate is [[ACCOUNT_NUMBER:{sd(plate)}]]
A: and which of your vehicles was it
C: the ((year:{Ayear(yr)})) tacoma
A: okay i've opened the claim an adjuster will call you on [[PHONE:{sd(ph)}]] is that the best number
C: yes that's my cell
A: great they'll call within ((duration:{anum(g.pick([24, 48]))} hours)) and you can get a rental for up to ((duration:{anum(g.pick([14, 21, 30]))} days))
"""


@case("transcript")
def c_uk_motor_renewal(g):
    pol = g.acct("MTR/dddddddd")
    dob = g.dob(1960, 1990)
    lic = g.acct("LLLLLddddddLLddd")
    pc = g.uk_pc("CF24")
    hno = g.n(2, 180)
    card = g.card("visa")
    mm, yy = g.expiry()
    cvv = g.cvv()
    prem = g.money(380, 980)
    ncd = g.n(4, 9)
    yr = g.n(2016, 2023)
    return f"""
A: Good morning, Dragonfly Insurance, you're through to [[NAME:Bethan]].
C: Morning. My car insurance renewal came through and it's gone up a lot.
A: I'll take a look. Your policy number?
C: It's [[ACCOUNT_NUMBER:{pol}]].
A: Thank you. Name and date of birth?
C: [[NAME:Idris Prothero]], [[DOB:{Tdate(dob, 'uk')}]].
A: And the address and postcode?
C: [[ADDRESS:{hno} Richmond Road, Roath]], [[POSTCODE@uk:{pc}]].
A: Thanks, Mr [[NAME:Prothero]]. The renewal is ((price:{Tmoney(prem, '£')})). You've got ((duration:{ncd} years)) no-claims, and the car's a ((year:{yr})) Golf.
C: Last year was about ((price:£{(prem // 100) - g.n(90, 200)})).
A: I can take ((percentage:{g.n(8, 15)}%)) off if you add a named driver with a clean licence.
C: My wife, [[NAME:Carys]]. Her licence number is [[ACCOUNT_NUMBER:{lic}]].
A: Lovely. Do you want to pay today?
C: Yes: [[CARD_NUMBER:{Tcard(card)}]], [[EXPIRY:{mm}/{yy[2:]}]], [[CVV:{cvv}]].
A: Done. Documents will be emailed within ((duration:{g.pick([24, 48])} hours)).
"""


@case("asr")
def c_au_home_storm(g):
    pol = g.acct("HOM-ddddddd")
    pc = g.au_pc("NSW")
    hno = g.n(3, 99)
    mm = g.n(40, 120)
    excess = g.pick([500, 750, 1000])
    n_tiles = g.n(10, 40)
    return f"""
A: hi you've called banksia insurance claims my name's [[NAME:tahnee]]
C: hi [[NAME:tahnee]] the hail last night smashed half my roof tiles and there's water in the lounge
A: oh that's awful is everyone safe
C: yeah we're fine just wet
A: okay what's your policy number
C: [[ACCOUNT_NUMBER:h o m {sd(pol[4:])}]]
A: and the address that's insured
C: [[ADDRESS:{anum(hno)} waratah street hornsby]] [[POSTCODE@au:{sd(pc)}]]
A: thanks and your name
C: [[NAME:gregory papadopoulos]]
A: [[NAME:gregory]] i'll get an emergency roofer out to tarp it today they said about ((quantity:{anum(mm)} millimetres)) fell in an hour up there
C: felt like it we lost maybe ((count:{anum(n_tiles)})) tiles
A: your excess is ((price:{anum(excess)} dollars)) and that comes off the payout i'll email you the claim number what's the email
C: [[EMAIL:greg papa at optus net dot com dot au]]
A: is that papa like the word
C: yes [[EMAIL:g r e g p a p a at optusnet dot com dot au]] all one word optusnet
A: got it the roofer will call you within ((duration:{anum(g.n(2, 6))} hours))
"""


@case("asr")
def c_ca_motor_glass(g):
    pol = g.acct("ddd-ddd-ddd")
    dob = g.dob(1960, 1985)
    pc = g.ca_pc("K")
    ph = g.phone_us("613")
    ded = g.pick([100, 250, 500])
    yr = g.n(2015, 2023)
    return f"""
A: hello you've reached tundra insurance this is [[NAME:sebastien]] how can i help
C: hi a rock hit my windshield on the ((other:four oh one)) and now there's a big crack
A: oh that's annoying no one hurt
C: no just the glass
A: okay can i get the policy number
C: [[ACCOUNT_NUMBER:{sd(pol[:3])} {sd(pol[4:7])} {sd(pol[8:])}]]
A: and your name date of birth and postal code
C: [[NAME:evangeline thibodeau]] [[DOB:{Adate(dob, 'mdy')}]] and [[POSTCODE@ca:{sd(pc)}]]
A: thanks [[NAME:evangeline]] i see the ((year:{Ayear(yr)})) ((model_number:{g.pick(['rav four', 'cx five', 'q five'])})) your glass deductible is ((price:{anum(ded)} dollars))
C: okay can they come to me
A: yes mobile service can come to your work or home what's the address
C: work is better [[ADDRESS:{anum(g.n(100, 999))} bank street suite {anum(g.n(2, 9) * 100 + g.n(1, 20))} ottawa]]
A: and a number they can text
C: [[PHONE:{sd(ph[:3])} {sd(ph[3:6], dbl=True)} {sd(ph[6:])}]]
A: perfect someone will call in ((duration:{plural(g.n(1, 2), 'business day')})) to book it
"""


@case("asr")
def c_in_motor_renewal(g):
    reg = g.pick(["MH", "KA", "DL", "TN"]) + g.acct("ddLLdddd")
    pol = g.acct("ddddddddddddd")
    pan = g.pan("S")
    card = g.card("mc")
    mm, yy = g.expiry()
    cvv = g.cvv()
    prem = g.n(8, 30) * 1000 + g.n(1, 9) * 100
    idv = g.n(3, 9) * 100000
    return f"""
A: good afternoon suraksha general insurance this is [[NAME:abhishek]] how may i help you
C: hi [[NAME:abhishek]] i want to renew my car insurance it is expiring this week
A: sure sir may i have the vehicle registration number
C: [[ACCOUNT_NUMBER:{sd(reg, 'zero')}]]
A: thank you sir the policy is in the name of [[NAME:rajesh sharma]]
C: that is my father i am [[NAME:vikram sharma]] i am paying for it
A: okay sir the renewal premium is ((price:{anum(prem, True)} rupees)) with ((percentage:{anum(g.pick([20, 25, 35]))} percent)) no claim bonus and idv of ((price:{anum(idv // 100000)} lakh))
C: okay go ahead can i pay by card
A: yes sir please tell the card number
C: [[CARD_NUMBER#c!:{sd(card[:4])} {sd(card[4:8])} {sd(card[8:10])}]] sorry sorry [[CARD_NUMBER#c:{sd(card[:4])} {sd(card[4:8])} {sd(card[8:12])} {sd(card[12:])}]]
A: expiry and cvv sir
C: expiry [[EXPIRY:{Aexp(mm, yy, 'slash')}]] cvv [[CVV:{sd(cvv)}]]
A: sir since the premium is above the limit i need the pan of the policy holder
C: father's pan is [[SSN@in:{sd(pan, 'zero')}]]
A: thank you sir policy number is [[ACCOUNT_NUMBER:{sd(pol[:5])} {sd(pol[5:])}]] it will come on your email also
"""


@case("asr")
def c_za_car_insurance(g):
    dob = g.dob(1975, 1995)
    zid = g.za_id(dob, male=False)
    pol = g.acct("LLddddddd")
    reg = g.acct("LLddddGP")
    reg = reg[:2] + " " + reg[2:4] + " " + reg[4:6] + " GP"
    pc = g.za_pc("PTA")
    ph = g.phone_uk("mob")
    hno = g.n(10, 400)
    return f"""
A: good morning impala insure you're speaking with [[NAME:tshepo]]
C: morning [[NAME:tshepo]] my car was broken into last night in the parking lot
A: i'm sorry to hear that mam are you okay
C: i'm fine they just took the radio and my laptop bag
A: okay let's open a claim can i have your id number
C: [[SSN@za:{sd(zid[:6])} {sd(zid[6:], dbl=True)}]]
A: thank you and your policy number
C: [[ACCOUNT_NUMBER:{sd(pol)}]]
A: i have [[NAME:naledi khumalo]] with a polo registration [[ACCOUNT_NUMBER:{sd(reg)}]]
C: that's me
A: was the car at home
C: no at my sister's place [[ADDRESS:{anum(hno)} church street arcadia pretoria]] [[POSTCODE@za:{sd(pc)}]]
A: okay and a contact number for the assessor
C: i'm using my uk number at the moment it's plus [[PHONE:{sd('44' + ph[1:])}]]
A: okay thanks mam the assessor will call within ((duration:{anum(g.pick([24, 48, 72]))} hours)) please get a case number from the police too
"""


@case("asr")
def c_ie_home_burstpipe(g):
    pol = g.acct("HH-dddddd")
    eir = g.eircode("A94")
    hno = g.n(3, 90)
    card = g.card("mc")
    while "2" not in card[4:8]:
        card = g.card("mc")
    mm, yy = g.expiry()
    cvv = g.cvv()
    excess = g.pick([150, 250, 350])
    return f"""
A: good evening you're through to ard ri insurance claims [[NAME:padraig]] speaking
C: hi [[NAME:padraig]] a pipe burst in the attic and the kitchen ceiling's come down
A: oh god is the water off now
C: it is the plumber's after being out
A: good can i take the policy number
C: [[ACCOUNT_NUMBER:h h {sd(pol[3:])}]]
A: thanks and your name and the address
C: [[NAME:maeve fitzgerald]] [[ADDRESS:{anum(hno)} seafield avenue blackrock]] [[POSTCODE@ie:{sd(eir)}]]
A: okay [[NAME:maeve]] your excess on escape of water is ((price:{anum(excess)} euro)) we can take that off the settlement or you can pay it now
C: i'll pay it now to get it over with
A: grand card number whenever you're ready
C: [[CARD_NUMBER#c:{sd(card[:4])} {homo(sd(card[4:8]), [('two', 0)])}]] um [[CARD_NUMBER#c!:{sd(card[4:8])}]]
A: sorry i think you said the second bit twice
C: yeah sorry [[CARD_NUMBER#c:{sd(card[8:])}]]
A: and the expiry and security code
C: [[EXPIRY:{Aexp(mm, yy, 'num')}]] [[CVV:{sd(cvv)}]]
A: that's through a loss adjuster will be out to you tomorrow or thursday
"""


@case("asr")
def c_nz_contents_claim(g):
    pol = "CT" + g.acct("dddd") + "1985" + g.acct("dd")
    ird = g.ird()
    pc = g.nz_pc("AKL")
    hno = g.n(2, 300)
    laptop = g.money(1200, 2600, cents=False)
    bike = g.money(600, 1500, cents=False)
    return f"""
A: kia ora you're through to pohutukawa insurance claims it's [[NAME:hemi]] speaking
C: hi [[NAME:hemi]] we got burgled over the weekend they took a laptop and my bike
A: oh that's rough i'm sorry can i grab your policy number
C: [[ACCOUNT_NUMBER:c t {sd(pol[2:6])} {sp(pol[6:10])} {sd(pol[10:])}]]
A: was that [[ACCOUNT_NUMBER:{sp(pol[6:10])}]] in the middle
C: yeah [[ACCOUNT_NUMBER#t:{sp(pol[6:10])}]] then [[ACCOUNT_NUMBER#t:{sd(pol[10:])}]]
A: sweet and the insured address
C: [[ADDRESS:{anum(hno)} ponsonby road grey lynn]] [[POSTCODE@nz:{sd(pc)}]]
A: and your name
C: [[NAME:anahera whaanga]]
A: okay [[NAME:anahera]] the laptop was about ((price:{anum(laptop // 100)} dollars)) and the bike ((price:{anum(bike // 100)} dollars))
C: about that yeah i've got receipts for both
A: great upload them to the portal also because this is a contents claim over a certain amount we need your ird number for gst
C: oh okay [[SSN@nz#r:{sd(ird[:3])} {sd(ird[3:6])}]] ah [[SSN@nz#r:{sd(ird[6:])}]]
A: thanks you'll hear from an assessor in ((duration:{anum(g.n(2, 5))} working days))
"""


@case("transcript")
def c_us_home_quote(g):
    ssn = g.ssn_us()
    dob = g.dob(1965, 1992)
    zc = g.zip("NC")
    ph = g.phone_us("919")
    hno = g.n(100, 9999)
    built = g.n(1962, 2015)
    sqft = g.n(14, 38) * 100
    prem = g.money(900, 2600)
    return f"""
A: Thanks for calling Blue Ridge Home Insurance, my name is [[NAME:Dale]]. Are you looking for a quote today?
C: Yes, we just closed on a house. I'm [[NAME:Annaliese Vanderhoek]].
A: Congratulations! What's the address of the new home?
C: [[ADDRESS:{hno} Loblolly Pine Ct, Raleigh]], North Carolina [[POSTCODE@us:{zc}]].
A: Do you know the year it was built and the square footage?
C: ((year:{built})), and about ((quantity:{sqft:,} square feet)).
A: Great. For the quote I need your date of birth and Social Security number for the insurance score.
C: [[DOB:{Tdate(dob, 'us')}]], and the social is [[SSN@us:{ssn[:3]} {ssn[3:5]} {ssn[5:]}]].
A: Thank you. And the best email and phone?
C: [[EMAIL:annaliese.vdh@gmail.com]], [[PHONE:{Tphone_us(ph, sep='.')}]].
A: Okay, [[NAME:Annaliese]], with a ((price:${g.pick([500, 1000, 2500]):,})) deductible your annual premium is ((price:{Tmoney(prem)})).
C: That's better than I expected. Does it include flood?
A: Flood is separate. I'll send both quotes to your email now.
"""


@case("asr")
def c_uk_motor_accident_readback(g):
    dob = g.dob(1970, 1999)
    ph = g.phone_uk("mob")
    ph_bad = ph[:8] + ph[8:][::-1] if ph[8:] != ph[8:][::-1] else ph[:8] + "%03d" % ((int(ph[8:]) + 111) % 1000)
    pc = g.uk_pc("G12")
    pol = g.acct("dddddddd")
    reg = g.acct("LLddLLL")
    hno = g.n(2, 120)
    return f"""
A: hello you're through to thistle motor claims my name's [[NAME:ewan]] is anyone injured
C: no thank god just the cars i'm [[NAME:fiona mcandrew]] policy [[ACCOUNT_NUMBER:{sd(pol)}]] before you ask
A: thanks [[NAME:fiona]] where did it happen
C: on great western road at the lights a van pulled out on me
A: did you get the van driver's details
C: his name's [[NAME:stuart galloway]] and the van's [[ACCOUNT_NUMBER:{sd(reg)}]]
A: lovely and what's your date of birth and your address
C: [[DOB:{Adate(dob, 'dmy')}]] [[ADDRESS:flat {anum(g.n(1, 3))} slash {anum(g.n(1, 2))} {anum(hno)} hyndland road glasgow]] [[POSTCODE@uk:{Apc_uk(pc)}]]
A: and a mobile number
C: [[PHONE:{sd(ph, dbl=True)}]]
A: okay let me read it all back you're [[NAME:fiona mcandrew]] born [[DOB:{Adate(dob, 'dmy')}]] at [[ADDRESS:{anum(hno)} hyndland road]] [[POSTCODE@uk:{Apc_uk(pc)}]] and your mobile is [[PHONE!:{sd(ph_bad)}]]
C: no the end of the mobile is wrong it's [[PHONE:{sd(ph)}]]
A: sorry about that got it now and the other driver is [[NAME:stuart galloway]] in [[ACCOUNT_NUMBER:{sd(reg)}]]
C: that's right
A: okay we'll be in touch within ((duration:{anum(g.n(2, 3))} working days)) and if the car's not driveable we'll send a recovery truck
"""


# ===== parcel delivery =====

@case("asr")
def c_uk_parcel_missed(g):
    trk = g.acct("LLdddddddddGB")
    pc = g.uk_pc("NE6")
    ph = g.phone_uk("mob")
    while ph[8:].count("2") != 1:
        ph = g.phone_uk("mob")
    hno = g.n(2, 90)
    t1 = g.time(8, 12, q=True)
    t2 = (t1[0] + 4, t1[1])
    return f"""
A: hiya you're through to swiftpost my name's [[NAME:kayleigh]]
C: hi [[NAME:kayleigh]] i've had a card through saying you missed me but i was in all day
A: sorry about that have you got the tracking number off the card
C: ((other:{sd(trk)}))
A: thanks and the postcode for the delivery
C: [[POSTCODE@uk:{Apc_uk(pc)}]]
A: and the house number
C: [[ADDRESS:{anum(hno)} shields road byker]]
A: okay it's saying the driver couldn't get into the building
C: it's a house there's no building
A: i'll put a note on for the driver can they ring you when they're outside
C: yeah [[PHONE#p:{sd(ph[:5], dbl=True)}]] um [[PHONE#p:{homo(sd(ph[5:], dbl=True), [('two', 0)])}]]
A: sorry was that [[PHONE:{sd(ph[:5], dbl=True)}]] then what
C: [[PHONE:{sd(ph[5:], dbl=True)}]]
A: got it it'll come tomorrow between ((time:{Atime(*t1, 'past')})) and ((time:{Atime(*t2, 'past')}))
"""


@case("transcript")
def c_us_parcel_damaged(g):
    trk = g.tracking(20)
    zc = g.zip("CO")
    ph = g.phone_us("720")
    hno = g.n(100, 9999)
    val = g.money(60, 300)
    wt = g.n(4, 30)
    return f"""
A: Thank you for calling Rocky Mountain Parcel, this is [[NAME:Jolene]]. Do you have a tracking number?
C: Yes, ((other:{trk})). The box showed up crushed and the lamp inside is broken.
A: I'm sorry. Are you the sender or the recipient?
C: Recipient. My name is [[NAME:Augustin Mbeki-Larsen]].
A: And the delivery address?
C: [[ADDRESS:{hno} S Pearl St, Denver]], CO [[POSTCODE@us:{zc}]].
A: Thanks. The package was ((quantity:{wt} lbs)) and declared at ((price:{Tmoney(val)})). The sender has to file the claim, but I can start an inspection.
C: The sender is my sister, [[NAME:Henrike]]. Can she call you?
A: Yes, have her call with the same tracking number. Can I get your email for the inspection notes?
C: [[EMAIL:augustin.ml@fastmail.com]].
A: And a phone number?
C: [[PHONE:{Tphone_us(ph)}]].
A: Great. Keep the box and packing; an inspector may visit within ((duration:{g.n(3, 7)} business days)).
"""


@case("asr")
def c_au_parcel_customs(g):
    trk = g.acct("LLdddddddddLL")
    card = g.card("visa")
    while "8" not in card[8:12]:
        card = g.card("visa")
    b = card_blocks(card)
    mm, yy = g.expiry()
    cvv = g.cvv()
    duty = g.money(30, 140)
    return f"""
A: g'day you're through to southern star freight my name's [[NAME:callan]]
C: hi [[NAME:callan]] i got a text saying i owe duty on a parcel before you'll deliver it
A: yep that's legit what's the tracking number on the text
C: ((other:{sd(trk)}))
A: and your name
C: [[NAME:yolanda beaumont]]
A: thanks [[NAME:yolanda]] there's ((price:{Amoney(duty)})) in gst and duty on that one you can pay it now by card
C: okay it's [[CARD_NUMBER#c:{sd(b[0])} {sd(b[1])}]] hang on my son's yelling [[CARD_NUMBER#c:{homo(sd(b[2]), [('eight', 0)])}]]
A: no rush
C: [[CARD_NUMBER#c:{sd(b[3])}]] expires [[EXPIRY:{Aexp(mm, yy, 'short')}]] and the code is [[CVV:{sd(cvv)}]]
A: thanks that's paid i'll email the receipt to the address we have [[EMAIL:yolanda b at bigpond dot com]]
C: yep that's me
A: it'll be delivered in ((duration:{anum(g.n(1, 3))} to {anum(g.n(4, 6))} business days))
"""


@case("asr")
def c_ca_parcel_redirect(g):
    trk = g.acct("dddddddddddd")
    pc = g.ca_pc("H")
    ph = g.phone_us("438")
    return f"""
A: hi you've reached maple parcel this is [[NAME:kwame]] how can i help you
C: hi my parcel's out for delivery but i won't be home can i get it sent to a pickup point
A: sure what's the tracking number
C: ((other:{sd(trk[:4])} {sd(trk[4:8])} {sd(trk[8:])}))
A: and the postal code it's going to
C: [[POSTCODE@ca:{sd(pc)}]]
A: thanks and the name on it
C: [[NAME:marie josee gagnon]]
A: okay [[NAME:marie josee]] the nearest pickup is the pharmacy on saint denis open until ((time:{anum(g.n(8, 10))} pm))
C: perfect
A: i'll text you when it's there what's the cell
C: [[PHONE:{sd(ph[:3])} {sd(ph[3:6], dbl=True)} {homo(sd(ph[6:]), [('one', 0)])}]]
A: you'll need photo id to pick it up and it stays there ((duration:{anum(g.n(10, 15))} days))
"""


@case("asr")
def c_in_courier_wrong(g):
    awb = g.tracking(12)
    pin = g.in_pin("DEL")
    hno = g.n(10, 400)
    block = g.pick("ABCDEFGH")
    return f"""
A: hello namaste this is [[NAME:sandeep]] from dakshin express courier
C: hello [[NAME:sandeep]] ji my parcel is showing delivered but i did not get it
A: sorry madam please tell me the awb number
C: ((other:{sd(awb[:4])} {sd(awb[4:8])} {sd(awb[8:])}))
A: madam it is showing delivered to [[NAME:suresh]] at the security gate
C: there is no [[NAME:suresh]] in our security the guard's name is [[NAME:bahadur]]
A: let me check the address madam
C: [[ADDRESS:{anum(hno)} {block.lower()} block vasant kunj new delhi]] [[POSTCODE@in:{sd(pin, 'zero')}]]
A: madam the pin code on the parcel is different the last digit is wrong
C: then it went to some other colony
A: i will raise an escalation and the delivery boy will call you in ((duration:{anum(g.n(2, 6))} hours))
C: please also tell him to call before coming my name is [[NAME:ananya chatterjee]]
A: sure [[NAME:ananya]] madam
"""


@case("asr")
def c_za_courier_waybill(g):
    wb = g.acct("LLLdddddddd")
    pc = g.za_pc("PE")
    hno = g.n(3, 80)
    return f"""
A: good afternoon fastway cape couriers you're speaking with [[NAME:zanele]]
C: hi [[NAME:zanele]] i'm waiting for a delivery since monday and nobody came
A: sorry about that sir what is the waybill number
C: ((other:{sd(wb)}))
A: thank you it's for [[NAME:craig botha]] is that you
C: yes
A: the driver says the address couldn't be found
C: it's [[ADDRESS:{anum(hno)} cape road mill park port elizabeth]] [[POSTCODE@za:{sd(pc)}]] it's not hard to find
A: i see the street number was missing on the waybill i've added it now
C: okay and when will it come
A: tomorrow before ((time:{anum(g.n(11, 12))} o'clock)) we'll send an sms
C: send an email rather my phone is broken [[EMAIL:craig botha at gmail dot com]]
A: okay noted
"""


@case("transcript")
def c_ie_parcel_customs(g):
    trk = g.acct("LLdddddddddLL")
    eir = g.eircode("D08")
    card = g.card("mc")
    mm, yy = g.expiry()
    cvv = g.cvv()
    vat = g.money(8, 60)
    fee = g.money(3, 9)
    hno = g.n(2, 60)
    return f"""
A: Hello, Liffey Express, you're speaking with [[NAME:Niamh]].
C: Hi [[NAME:Niamh]]. I've a parcel from the UK being held for customs charges and the link isn't working.
A: I can take the payment over the phone. What's the tracking number?
C: ((other:{trk})).
A: Thanks. That's for [[NAME:Ciarán Ó Dálaigh]] at [[ADDRESS:{hno} Oliver Bond Street, Dublin 8]]?
C: That's me. The Eircode's [[POSTCODE@ie:{eir}]].
A: Lovely. There's ((price:€{vat / 100:.2f})) VAT and a ((price:€{fee / 100:.2f})) handling fee.
C: Go on so. Card is [[CARD_NUMBER:{Tcard(card)}]].
A: Expiry and the three digits on the back?
C: [[EXPIRY:{mm}/{yy[2:]}]] and [[CVV:{cvv}]].
A: That's paid. It'll go out on the van in ((duration:{g.n(1, 2)} to {g.n(3, 4)} days)).
"""


@case("asr")
def c_nz_parcel_wronghouse(g):
    pc = g.nz_pc("WLG")
    hno = g.n(2, 60)
    other_no = hno + g.n(1, 6) * 2
    trk = g.acct("LLdddddddNZ")
    return f"""
A: kia ora you're through to tui couriers it's [[NAME:rawiri]] here
C: hi [[NAME:rawiri]] your app says my parcel was delivered but it's not here
A: oh no what's the tracking number
C: ((other:{sd(trk)}))
A: and the delivery address
C: [[ADDRESS:{anum(hno)} aro street aro valley wellington]] [[POSTCODE@nz:{sd(pc)}]]
A: the photo shows it at a green door with number ((other:{anum(other_no)})) on it
C: oh that's across the road i'll go ask them
A: if it's not there let me know and we'll open a trace
C: sweet as my name's [[NAME:kirsty mcalister]] if you need it
A: thanks [[NAME:kirsty]] i've put a note on the account
"""


@case("asr")
def c_uk_parcel_ivr(g):
    trk = g.acct("dddddddddddddd")
    while luhn_ok(trk):
        trk = g.acct("dddddddddddddd")
    pc = g.uk_pc("OX4")
    hno = g.n(2, 200)
    d = g.day()
    return f"""
I: welcome to parcelhub please say or key in your ((count:{anum(len(trk))})) digit tracking number
C: ((other:{sd(trk[:7])} {sd(trk[7:])}))
I: thank you now please say the postcode the parcel is going to
C: [[POSTCODE@uk:{Apc_uk(pc)}]]
I: thanks your parcel is due on ((date:{aord(d.day)} of {MONTHS[d.month - 1]})) to change your delivery say change otherwise say agent
C: change
I: you can choose a safe place a neighbour or a new day which would you like
C: neighbour
I: please say the house number of your neighbour
C: [[ADDRESS:{anum(hno)} cowley road]]
I: thank you we will leave your parcel with your neighbour at [[ADDRESS:{anum(hno)} cowley road]] if they are out we will try again the next working day is there anything else
C: no
"""


# ===== streaming and broadband =====

@case("asr")
def c_us_streaming_card(g):
    card = g.card("visa")
    b = card_blocks(card)
    old = g.card("mc")
    mm, yy = g.expiry()
    cvv = g.cvv()
    zc = g.zip("FL")
    price = g.money(15, 24, cents=False) - 1
    yr = g.n(2016, 2021)
    return f"""
A: hi thanks for calling flixstream support my name is [[NAME:jordan]] how can i help
C: hey my payment failed and now my tv says my account's on hold
A: let's fix that what's the email on the account
C: [[EMAIL:lamont dot pritchett {g.n(10, 99)} at yahoo dot com]]
A: thanks [[NAME:lamont]] yeah the card ending [[CARD_NUMBER~:{sd(old[-4:])}]] expired last month do you want to put a new one on
C: yeah let's do that
A: go ahead
C: [[CARD_NUMBER#c:{sd(b[0])}]] uh [[CARD_NUMBER#c!:{sd(b[0])}]]
A: sorry you're breaking up a bit
C: i'll start over [[CARD_NUMBER:{sd(b[0])} {sd(b[1])} {sd(b[2])} {sd(b[3])}]]
A: got it and the expiration date and cvv
C: [[EXPIRY:{Aexp(mm, yy, 'num')}]] cvv [[CVV:{sd(cvv)}]] and the zip is [[POSTCODE@us:{sd(zc)}]]
A: you're all set the premium plan is ((price:{Amoney(price)} a month)) and you're back on now
C: cool oh and i'm a member since ((year:{Ayear(yr)})) do i get anything for that
A: ha not officially but i'll throw in ((duration:{plural(g.n(1, 3), 'month')})) at ((percentage:{anum(g.pick([25, 50]))} percent)) off
"""


@case("transcript")
def c_uk_broadband_outage(g):
    acct = g.acct("LLdddddddd")
    pc = g.uk_pc("SE15")
    ph = g.phone_uk("lon")
    speed = g.pick([67, 150, 500, 900])
    got = g.n(2, 9)
    days = g.n(2, 4)
    credit = g.money(5, 15)
    hno = g.n(2, 220)
    return f"""
A: Hi, you're through to Wavelength Broadband, [[NAME:Femi]] speaking.
C: Hi [[NAME:Femi]]. My internet's been rubbish for ((duration:{days} days)). I'm paying for ((quantity:{speed} meg)) and getting about ((quantity:{got} Mbps)).
A: Sorry about that. Can I take your account number?
C: [[ACCOUNT_NUMBER:{acct}]].
A: Thanks. And the landline number on the account?
C: [[PHONE:{Tphone_uk(ph)}]].
A: And the first line of the address and postcode?
C: [[ADDRESS:{hno} Bellenden Road]], [[POSTCODE@uk:{pc}]].
A: Thank you, Ms [[NAME:Adeyinka-Hughes]]. There's a fault on the cabinet in your street. Is your router the ((model_number:Hub {g.n(4, 6)}))?
C: The white one, yes.
A: Okay. Engineers are due ((date:{tord(g.n(1, 28))})) between ((time:{Ttime(g.n(7, 9), 0)})) and ((time:{Ttime(g.n(12, 14), 0)})). I'll add ((price:{Tmoney(credit, '£')})) credit.
C: Thanks. It's for my dad really, [[NAME:Olusegun Adeyinka-Hughes]], he works from home.
A: No problem. Text updates will go to the mobile on file.
"""


@case("asr")
def c_ca_broadband_install(g):
    pc = g.ca_pc("B")
    ph = g.phone_us("902")
    card = g.card("mc")
    mm, yy = g.expiry()
    cvv = g.cvv()
    hno = g.n(10, 3999)
    price = g.money(55, 95, cents=False) - 1
    d = g.day()
    speed = g.pick([250, 500, 1000])
    return f"""
A: hi thanks for calling atlantic fibre this is [[NAME:shauna]] are you looking to set up service
C: yes we just moved to halifax and need internet as soon as possible
A: welcome what's the address
C: [[ADDRESS:{sp(str(hno))} robie street]] [[POSTCODE@ca:{sd(pc[:3])} {sd(pc[4:])}]]
A: great you can get the ((quantity:{anum(speed)} megabit)) plan for ((price:{Amoney(price)} a month)) for the first ((duration:{anum(g.n(6, 12))} months))
C: sounds good
A: name for the account
C: [[NAME:oluwaseun bakare]] it's [[NAME:o l u w a s e u n]]
A: thanks and a phone number
C: [[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]]
A: the earliest install is ((date:{MONTHS[d.month - 1]} {aord(d.day)})) between ((time:{anum(g.n(7, 9))})) and noon and i need a card for the first month
C: okay [[CARD_NUMBER:{sd(card)}]] expiry [[EXPIRY:{Aexp(mm, yy, 'digits')}]] code [[CVV:{sd(cvv)}]]
A: thank you the technician will call ((duration:{anum(g.pick([20, 30, 45]))} minutes)) before
"""


@case("asr")
def c_au_nbn_plan(g):
    acct = g.digits(10, "123456789")
    dob = g.dob(1985, 2002)
    price = g.money(60, 110, cents=False)
    old_speed, new_speed = 50, g.pick([100, 250])
    pc = g.au_pc("WA")
    return f"""
A: hey thanks for calling boomerang broadband you're speaking with [[NAME:tayla]]
C: hi [[NAME:tayla]] i want to bump up my plan we're all working from home now
A: easy can i get your account number
C: yep [[ACCOUNT_NUMBER#a:{sd(acct[:5])}]] um [[ACCOUNT_NUMBER#a:{sp(acct[5:9])} {sd(acct[9:])}]]
A: and your date of birth
C: [[DOB:{Adate(dob, 'dm')}]]
A: thanks [[NAME:hamish o toole]] is that right
C: it's [[NAME:o'toole]] but yeah all one word [[NAME:otoole]] the system always splits it
A: ha noted so you're on the ((quantity:{anum(old_speed)} megabit)) plan and the ((quantity:{anum(new_speed)})) one is ((price:{anum(price // 100)} dollars a month))
C: is that ((quantity:{anum(new_speed)} down)) and how much up
A: ((quantity:{anum(new_speed // 5 if new_speed == 100 else 25)} up)) and it kicks in within ((duration:{anum(g.n(24, 48))} hours))
C: done and can you send the details to my email it's [[EMAIL:hamish dot otoole at outlook dot com]]
A: sure and you're still in perth [[POSTCODE@au:{sd(pc)}]] yeah
C: yep same place
"""


@case("asr")
def c_in_broadband_otp(g):
    acct = "BB" + g.digits(9)
    pin = g.in_pin("KOL")
    otp = g.digits(6)
    price = g.pick([499, 699, 999, 1199])
    speed = g.pick([40, 100, 150, 300])
    hno = g.n(10, 99)
    return f"""
A: namaskar swift fibernet this is [[NAME:moumita]] speaking how can i help
C: hello my internet is not working since morning my name is [[NAME:debashish banerjee]]
A: sorry for the trouble sir please tell your customer id
C: [[ACCOUNT_NUMBER:b b {sd(acct[2:6])} {sd(acct[6:])}]]
A: and your registered email id
C: [[EMAIL:deb banerjee {g.n(70, 95)} at g mail dot com]]
A: sir i have sent one otp to your mobile please tell me
C: ((other:{sd(otp)}))
A: thank you sir your area has a fibre cut near the main road our team is working
C: how long it will take i have office calls
A: maybe ((duration:{anum(g.n(3, 6))} hours)) sir meanwhile i am giving you ((quantity:{anum(g.pick([10, 20]))} gb)) free data on your mobile
C: okay and my plan is ((quantity:{anum(speed)} mbps)) for ((price:{anum(price, True)} rupees)) i will get some discount for this
A: yes sir ((duration:{plural(g.n(1, 3), 'day')})) credit will come automatically your address is [[ADDRESS:{anum(hno)} lake road kolkata]] [[POSTCODE@in:{sd(pin, 'zero')}]] correct
C: yes correct
"""


@case("asr")
def c_ie_streaming_cancel(g):
    card = g.card("visa")
    dob = g.dob(1990, 2004)
    price = g.money(9, 17)
    yr = g.n(2019, 2023)
    return f"""
A: hi there you're through to glenbeam tv my name is [[NAME:oisin]]
C: hi [[NAME:oisin]] i want to cancel i'm not watching it at all
A: ah that's a pity can i get the email on the account
C: [[EMAIL:clodagh ni riain at gmail dot com]]
A: and for security the last four of the card you pay with
C: [[CARD_NUMBER~:{sd(card[-4:])}]]
A: thanks [[NAME:clodagh]] and your date of birth just to be sure
C: [[DOB:{Adate(dob, 'dmy')}]]
A: grand you've been with us since ((year:{Ayear(yr)})) i could give you ((duration:{anum(g.n(2, 6))} months)) at half price if you'd stay
C: no thanks it's ((price:{Amoney(price, 'euro', uk=True)})) a month for nothing really
A: fair enough that's cancelled you'll have access until the ((date:{aord(g.n(1, 28))}))
C: and you won't take any more money
A: no the last payment was the final one
"""


@case("asr")
def c_za_fibre_signup(g):
    dob = g.dob(1983, 2000)
    zid = g.za_id(dob, male=True)
    pc = g.za_pc("CPT")
    card = g.card("visa")
    mm, yy = g.expiry()
    cvv = g.cvv()
    hno = g.n(2, 70)
    price = g.n(5, 9) * 100 - 1
    speed = g.pick([50, 100, 200])
    return f"""
A: hi you're talking to [[NAME:bongani]] at table bay fibre how can i help
C: hi [[NAME:bongani]] i want to sign up the fibre is finally in our road
A: lekker what's the address
C: [[ADDRESS:{anum(hno)} kloof nek road tamboerskloof cape town]] [[POSTCODE@za:{sd(pc)}]]
A: yes you're covered the ((quantity:{anum(speed)} meg)) line is ((price:{anum(price, True)} rand)) a month
C: perfect let's do it my name is [[NAME:riaan de villiers]] and my id number is [[SSN@za:{sd(zid[:6])} {sd(zid[6:])}]]
A: thanks mister [[NAME:de villiers]] i'll need a card for the debit order
C: [[CARD_NUMBER#c:{sd(card[:4])} {sd(card[4:8])}]] wait let me turn the light on [[CARD_NUMBER#c:{sd(card[8:12])} {sd(card[12:])}]]
A: expiry and the cvv on the back
C: [[EXPIRY:{Aexp(mm, yy, 'month')}]] and [[CVV:{sd(cvv)}]]
A: thanks installation is usually within ((duration:{anum(g.n(7, 14))} days)) and the router is free
"""


@case("asr")
def c_nz_streaming_update(g):
    card = g.card("mc2")
    mm, yy = g.expiry()
    cvv = g.cvv()
    price = g.money(12, 25)
    return f"""
A: kia ora welcome to kauri play it's [[NAME:ataahua]] here
C: hi [[NAME:ataahua]] i need to update my card my old one got cancelled
A: no worries what's the email on the account
C: [[EMAIL:rangi mc kenzie at hotmail dot co dot nz]]
A: is that mc kenzie as two words
C: no one word sorry [[EMAIL:rangi mckenzie at hotmail dot co dot nz]] the phone does that
A: ha got you [[NAME:rangi]] go ahead with the new card
C: [[CARD_NUMBER:{sd(card[:4])} {sd(card[4:8])} {sd(card[8:12])} {sd(card[12:])}]]
A: and expiry
C: [[EXPIRY:{Aexp(mm, yy, 'num')}]]
A: and the three numbers on the back
C: [[CVV:{sd(cvv)}]]
A: perfect so the next charge of ((price:{Amoney(price)})) will go on that on the ((date:{aord(g.n(1, 28))}))
C: choice thanks
"""


@case("transcript")
def c_us_streaming_hacked(g):
    ph = g.phone_us("704")
    card = g.card("visa")
    n_prof = g.n(2, 4)
    amt = g.money(15, 25)
    t = g.time(1, 4)
    return f"""
A: Thanks for calling Beacon+ support, this is [[NAME:Tyrell]]. How can I help?
C: Somebody's been using my account. There are profiles in Portuguese I didn't make, and my password doesn't work.
A: I'm sorry about that. Let's get you back in. What's the email on the account?
C: It was [[EMAIL:corinne.ablett@icloud.com]], but I think they changed it.
A: They did; it now shows a different address. I can verify you with the card on file instead. Last four?
C: [[CARD_NUMBER:{card[-4:]}]].
A: That matches. I'm changing the email back to [[EMAIL:corinne.ablett@icloud.com]] and signing out all devices.
C: Thank you. When did they get in?
A: The first login from a new device was at ((time:{Ttime(*t)})) ((duration:{g.n(2, 5)} days)) ago. They added ((count:{n_prof})) profiles.
C: And they upgraded the plan, didn't they? My bill was ((price:{Tmoney(amt)})).
A: Yes, I'll refund the difference. Can I add a phone number for two-step verification?
C: [[PHONE:{Tphone_us(ph, intl=True)}]].
A: Done, [[NAME:Corinne]]. You'll get a code there every time you sign in on a new device.
"""


@case("asr")
def c_uk_broadband_move_summary(g):
    acct = g.acct("ddddddddd")
    dob = g.dob(1975, 1998)
    pc_old = g.uk_pc("L17")
    pc_new = g.uk_pc("CH44")
    ph = g.phone_uk("mob")
    h1 = g.n(2, 150)
    h2 = g.n(2, 150)
    d = g.day()
    return f"""
A: hello you're through to mersey broadband home moves this is [[NAME:jamal]]
C: hiya [[NAME:jamal]] i'm moving house and want to take the broadband with me
A: no problem account number please
C: [[ACCOUNT_NUMBER:{sd(acct[:3])} {sd(acct[3:6])} {sd(acct[6:])}]]
A: and your name and date of birth
C: [[NAME:leanne gallagher]] [[DOB:{Adate(dob, 'dmy')}]]
A: thanks [[NAME:leanne]] you're at [[ADDRESS:{anum(h1)} aigburth road]] at the minute
C: yeah till the end of the month the new one's [[ADDRESS:{anum(h2)} liscard road wallasey]] [[POSTCODE@uk:{Apc_uk(pc_new)}]]
A: and what day do you get the keys
C: the ((date:{aord(d.day)}))
A: okay so let me just read that all back [[NAME:leanne gallagher]] moving from [[POSTCODE@uk:{Apc_uk(pc_old)}]] to [[ADDRESS:{anum(h2)} liscard road]] [[POSTCODE@uk:{Apc_uk(pc_new)}]] on the ((date:{aord(d.day)})) and we'll text [[PHONE:{sd(ph, dbl=True)}]]
C: that's all right
A: lovely there's no charge for the move and the router goes with you
"""


@case("asr")
def c_us_broadband_ivr(g):
    ph = g.phone_us("615")
    zc = g.zip("TN")
    wait = g.n(5, 20)
    return f"""
I: thank you for calling volunteer cable and internet please say the phone number on your account
C: [[PHONE#p!:{sd(ph[:3])} {sd(ph[3:5])}]] sorry [[PHONE#p:{sd(ph[:3])} {sd(ph[3:6])} {sp(ph[6:])}]]
I: i heard [[PHONE:{sd(ph)}]] is that right
C: yes
I: and the billing zip code
C: [[POSTCODE@us:{sd(zc)}]]
I: thanks i see an outage in your area that started at ((time:{Atime(*g.time(6, 11), 'ampm')})) technicians expect it fixed by ((time:{Atime(*g.time(13, 18), 'ampm')})) to get a text when it's back say text me
C: text me
I: okay we'll send a text to the number ending in [[PHONE:{sd(ph[-4:])}]] is there anything else
C: agent
I: the wait time is about ((duration:{anum(wait)} minutes)) please stay on the line
A: hi this is [[NAME:wendell]] i see you're in the outage area is there something else i can help with
C: yeah will i get a credit for today
A: yes it's automatic for outages over ((duration:{anum(g.n(2, 4))} hours)) you'll see it on the next bill
"""


# ===== more banking and fraud =====

@case("asr")
def c_us_wire_fraud(g):
    routing = g.acct("0ddddddddd")[:9]
    acct = g.digits(10, "123456789")
    ssn = g.ssn_us()
    dob = g.dob(1950, 1965)
    amt = g.n(8, 45) * 1000
    t = g.time(9, 16)
    ph = g.phone_us("973")
    return f"""
A: thank you for calling garden state savings fraud department this is [[NAME:anthony]]
C: hi [[NAME:anthony]] i think i just got scammed i sent a wire this morning to somebody who said he was from my title company
A: okay let's move fast what's your name and date of birth
C: [[NAME:rosemarie dellavecchia]] [[DOB:{Adate(dob, 'md')}]]
A: and your full social for this one please
C: [[SSN@us:{sd(ssn[:3])} {sd(ssn[3:5])} {sd(ssn[5:])}]]
A: thank you how much did you send and when
C: ((price:{anum(amt)} dollars)) at about ((time:{Atime(*t, 'ampm')}))
A: do you have the receiving bank details from the email
C: yeah the routing was [[ACCOUNT_NUMBER:{sd(routing)}]] and the account [[ACCOUNT_NUMBER#b:{sd(acct[:5])}]] uh [[ACCOUNT_NUMBER#b:{sd(acct[5:])}]]
A: okay i'm sending a recall to the receiving bank right now the sooner the better
C: the man's name was [[NAME:kevin marsh]] he sounded so professional
A: they always do please also report it to the fbi internet crime site i'll call you back on [[PHONE:{sd(ph)}]] within the hour
C: thank you so much
"""


@case("asr")
def c_uk_bank_isa(g):
    nino = g.nino()
    dob = g.dob(1980, 2000)
    sort = g.acct("dddddd")
    acc = g.digits(8)
    amt = g.n(2, 20) * 1000
    rate = g.pick(["four point one", "three point nine", "four point four"])
    return f"""
A: good morning you're through to heronsgate building society [[NAME:gemma]] speaking
C: hi [[NAME:gemma]] i'd like to open a cash isa and move some money in from my current account
A: lovely are you an existing member
C: yes [[NAME:matthew oyelowo]] my date of birth is [[DOB:{Adate(dob, 'dmy')}]]
A: thanks [[NAME:matthew]] for an isa i need your national insurance number
C: [[SSN@uk#n:{sd(nino[:2])} {sd(nino[2:4])} {sd(nino[4:6])}]] sorry [[SSN@uk#n:{sd(nino[6:])}]]
A: could you say the first part again
C: [[SSN@uk:{sd(nino)}]]
A: perfect the easy access isa is paying ((percentage:{rate} percent)) how much would you like to put in
C: ((price:{anum(amt, True)} pounds)) from my account sort code [[ACCOUNT_NUMBER:{sp(sort)}]] account [[ACCOUNT_NUMBER:{sd(acc)}]]
A: got that it'll be in by ((date:{aord(g.n(1, 28))})) and your allowance this year is ((price:twenty thousand pounds))
"""


@case("transcript")
def c_ca_bank_sin(g):
    sin = g.sin()
    dob = g.dob(1955, 1995)
    pc = g.ca_pc("R")
    hno = g.n(10, 990)
    acct = g.acct("ddddd-ddd-ddddddd")
    rate = g.pick(["3.25", "3.75", "4.10"])
    amt = g.money(5000, 25000, cents=False)
    return f"""
A: Good afternoon, Red River Credit Union, this is [[NAME:Tanisha]] speaking.
C: Hi [[NAME:Tanisha]], I'd like to open a GIC. My name's [[NAME:Wendell Okimaw]].
A: Happy to help, Mr [[NAME:Okimaw]]. Are you an existing member?
C: Yes, my chequing account is [[ACCOUNT_NUMBER:{acct}]].
A: Thank you. For a GIC I need your Social Insurance Number, since it earns interest.
C: Sure, it's [[SSN@ca:{sin[:3]}-{sin[3:6]}-{sin[6:]}]].
A: And your date of birth and current address?
C: [[DOB:{Tdate(dob, 'uslong')}]], and I'm at [[ADDRESS:{hno} Portage Avenue, Winnipeg]], [[POSTCODE@ca:{pc}]].
A: Perfect. The ((duration:{g.n(1, 5)}-year)) GIC is paying ((percentage:{rate}%)). How much would you like to invest?
C: ((price:{Tmoney(amt)})) from chequing.
A: Done. You'll get a confirmation in the mail within ((duration:a week)).
"""


@case("asr")
def c_au_card_fraud_readback(g):
    card = g.card("mc")
    b = card_blocks(card)
    mm, yy = g.expiry()
    cvv = g.cvv()
    amt = g.money(90, 900)
    dob = g.dob(1960, 1990)
    return f"""
A: hi you're through to the fraud team at sandstone bank it's [[NAME:mitchell]] speaking
C: hey [[NAME:mitchell]] i've got a charge on my credit card from a hotel in singapore i've never been there
A: right let's look can i get your name and date of birth
C: [[NAME:jacinta o'loughlin]] [[DOB:{Adate(dob, 'dmy', short=True)}]]
A: thanks [[NAME:jacinta]] and the card number
C: [[CARD_NUMBER#c:{sd(b[0])}]] sorry [[CARD_NUMBER#c!:{sd(b[0])}]]
A: mm hmm
C: [[CARD_NUMBER#c:{sp(b[1] + b[2] + b[3])}]]
A: so that's [[CARD_NUMBER#r:{sd(b[0])}]] then [[CARD_NUMBER#r:{sd(b[1])}]] then [[CARD_NUMBER#r:{sd(b[2])}]] and [[CARD_NUMBER#r:{sd(b[3])}]]
C: yep
A: the charge is ((price:{Amoney(amt)})) i'll dispute it and cancel the card for the new one can you confirm the expiry and the cvv so i can close the old one off
C: [[EXPIRY:{Aexp(mm, yy, 'num')}]] and [[CVV:{sd(cvv)}]]
A: done new card's in the mail in ((duration:{anum(g.n(5, 7))} to {anum(g.n(8, 10))} business days))
"""


@case("transcript")
def c_in_bank_card_block(g):
    card = g.card("visa")
    mm, yy = g.expiry()
    cvv = g.cvv()
    acc = g.digits(12, "123456789")
    pan = g.pan("N")
    amt = g.n(2, 60) * 1000 + g.n(0, 9) * 100
    return f"""
A: Good evening, Kaveri Bank card services, this is [[NAME:Rashmi]]. How may I help you?
C: Hello [[NAME:Rashmi]], my name is [[NAME:Harpreet Narula]]. I got an SMS for a transaction of ((price:₹{amt:,})) I did not do.
A: Sorry to hear that, sir. Please tell me the card number.
C: It is [[CARD_NUMBER:{Tcard(card)}]], expiry [[EXPIRY:{mm}/{yy[2:]}]].
A: Thank you. Please do not share the CVV with anyone.
C: It is [[CVV:{cvv}]]... oh, sorry, you said not to.
A: No problem, sir. I have blocked the card. Please confirm your savings account number.
C: [[ACCOUNT_NUMBER:{acc}]].
A: Thank you, Mr [[NAME:Narula]]. The new card will reach in ((duration:{g.n(5, 10)} working days)).
C: Do you need my PAN for the dispute form?
A: It is already linked to the account, sir. You need not give it.
C: Okay. My PAN is [[SSN@in:{pan}]] if you need it.
A: Not required, sir. Anything else?
C: No, thank you.
"""


@case("asr")
def c_za_credit_card_payment(g):
    card = g.card("mc")
    b = card_blocks(card)
    mm, yy = g.expiry()
    cvv = g.cvv()
    acc = g.digits(11, "123456789")
    amt = g.n(500, 4000)
    pct = g.pick(["twenty one", "nineteen point five", "twenty two point five"])
    return f"""
A: good day thank you ((other:four)) holding you're through to karoo bank card division my name is [[NAME:mpho]]
C: hi [[NAME:mpho]] i want to pay my store card from my other bank card because the debit order bounced
A: okay mam can i have the store card account number
C: [[ACCOUNT_NUMBER:{sd(acc[:3])} {sd(acc[3:7])} {sd(acc[7:])}]]
A: thank you and the name
C: [[NAME:charmaine abrahams]]
A: thanks miss [[NAME:abrahams]] how much would you like to pay
C: ((price:{anum(amt, True)} rand)) so i don't get the interest at ((percentage:{pct} percent))
A: okay go ahead with the card you're paying from
C: [[CARD_NUMBER#c:{sd(b[0])} {sd(b[1])}]] hold on my kids [[CARD_NUMBER#c:{sd(b[2])} {sd(b[3])}]] expiry [[EXPIRY:{Aexp(mm, yy, 'short')}]] and cvv [[CVV:{sd(cvv)}]]
A: sorry i got the numbers but did you say the expiry was [[EXPIRY:{Aexp(mm, yy, 'short')}]]
C: yes
A: perfect the payment of ((price:{anum(amt, True)} rand)) is through your receipt number is ((other:{sd(g.acct('LLdddddd'))}))
"""


@case("transcript")
def c_nz_card_activation(g):
    card = g.card("visa")
    b = card_blocks(card)
    mm, yy = g.expiry()
    cvv = g.cvv()
    dob = g.dob(1960, 1995)
    limit = g.n(2, 15) * 1000
    rate = g.pick(["20.95", "19.95", "22.95"])
    return f"""
A: Kia ora, Rimu Bank cards, [[NAME:Kahurangi]] speaking.
C: Hi, I've got my new credit card and need to activate it. The app keeps crashing.
A: I can do that. Your full name and date of birth?
C: [[NAME:Nigel Fakatava]], [[DOB:{dob.day:02d}-{dob.month:02d}-{dob.year}]].
A: Thanks, [[NAME:Nigel]]. The card number, expiry and CVC, please.
C: [[CARD_NUMBER:{Tcard(card)}]], [[EXPIRY:{mm}/{yy[2:]}]], and [[CVV:{cvv}]].
A: So that's ending [[CARD_NUMBER:{b[3]}]], expiry [[EXPIRY:{mm}/{yy[2:]}]]?
C: Correct.
A: It's active. Your limit is ((price:${limit:,})) and the purchase rate is ((percentage:{rate}%)).
C: Can I set a PIN now?
A: Yes, you'll get a text in ((duration:{g.n(2, 10)} minutes)) with a link.
"""


@case("asr")
def c_us_motor_payment(g):
    pol = g.acct("PA-ddddddd")
    card = g.card("disc")
    while "1" not in card[:4]:
        card = g.card("disc")
    b = card_blocks(card)
    mm, yy = g.expiry()
    cvv = g.cvv()
    zc = g.zip("PA")
    prem = g.money(90, 260)
    late = g.money(10, 25, cents=False)
    yr = g.n(2012, 2022)
    return f"""
A: thanks for calling keystone auto insurance this is [[NAME:francesca]]
C: hi i got a notice that my policy's gonna lapse i missed a payment
A: let's take care of that can i have the policy number
C: it's [[ACCOUNT_NUMBER#p:p a {sd(pol[3:6])}]] uh [[ACCOUNT_NUMBER#p:{sd(pol[6:])}]]
A: are those letters at the start
C: yeah [[ACCOUNT_NUMBER:p a {sd(pol[3:])}]]
A: thanks i see [[NAME:dominic yablonski]] and the ((year:{Ayear(yr)})) ((model_number:{g.pick(['f one fifty', 'f two fifty', 'ram fifteen hundred'])})) is that you
C: that's me
A: okay [[NAME:dominic]] the amount due is ((price:{Amoney(prem)})) plus a ((price:{anum(late // 100)} dollar)) late fee
C: alright card is [[CARD_NUMBER#c:{homo(sd(b[0]), [('one', 0)])} {sd(b[1])}]] then [[CARD_NUMBER#c:{sd(b[2])} {sd(b[3])}]]
A: expiration
C: [[EXPIRY:{Aexp(mm, yy, 'num')}]] and the code's [[CVV:{sd(cvv)}]]
A: and billing zip
C: [[POSTCODE@us:{sd(zc)}]]
A: you're all paid up and the policy stays active
"""

# ---- END OF CASES ----

# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

def build():
    g = Gen(SEED)
    errs = []
    records = []
    seen = {"EMAIL": {}, "ADDRESS": {}}
    long_utts = {}
    cnt = {t: 0 for t in PII_TYPES}
    kinds = {k: 0 for k in KEEP_KINDS}
    n_utt = n_asr = n_nopii = n_ivr = n_groups = n_split = 0
    for i, (style, fn) in enumerate(CASES):
        cid = "t28-%03d" % (i + 1)
        raw = fn(g)
        try:
            utts, spans = parse_case(raw)
        except Bad as e:
            errs.append("%s: %s" % (cid, e))
            continue
        groups = check_case(cid, style, utts, spans, errs)
        for typ in ("EMAIL", "ADDRESS"):
            for k in value_keys(style, spans, typ):
                if k in seen[typ] and seen[typ][k] != cid:
                    errs.append("%s: %s %r reused from %s" % (cid, typ, k, seen[typ][k]))
                seen[typ].setdefault(k, cid)
        for ui, (spk, text) in enumerate(utts):
            words = re.sub(r"[^a-z0-9' ]", "", text.lower()).split()
            if len(words) >= 9:
                key = " ".join(words)
                if key in long_utts and long_utts[key] != cid:
                    errs.append("%s: utterance repeated from %s: %r" % (cid, long_utts[key], text))
                long_utts.setdefault(key, cid)
        pii = sorted((x for x in spans if not x["keep"]), key=lambda x: (x["u"], x["s"]))
        keep = sorted((x for x in spans if x["keep"]), key=lambda x: (x["u"], x["s"]))
        rec = {
            "case_id": cid,
            "style": style,
            "utterances": [{"speaker": s, "text": t} for s, t in utts],
            "pii": [{"utterance": x["u"], "start": x["s"], "end": x["e"], "type": x["type"],
                     "group": x.get("group", "g?")} for x in pii],
            "keep": [{"utterance": x["u"], "start": x["s"], "end": x["e"], "kind": x["kind"]}
                     for x in keep],
        }
        records.append(rec)
        n_utt += len(utts)
        if style == "asr":
            n_asr += len(utts)
        with_pii = {x["u"] for x in pii}
        n_nopii += len(utts) - len(with_pii)
        if any(s == "ivr" for s, _ in utts):
            n_ivr += 1
        for x in pii:
            cnt[x["type"]] += 1
        for x in keep:
            kinds[x["kind"]] += 1
        n_groups += len(groups)
        n_split += sum(1 for v in groups.values() if len(v) > 1)
    n_keep = sum(kinds.values())
    stats = dict(cases=len(records), utterances=n_utt, asr_share=round(n_asr / max(n_utt, 1), 3),
                 no_pii_utterances=n_nopii, ivr_cases=n_ivr, pii_spans=sum(cnt.values()),
                 pii_groups=n_groups, groups_in_pieces=n_split, keep_spans=n_keep)
    # minimum counts
    if len(records) < MIN_CASES:
        errs.append("only %d cases" % len(records))
    if n_utt < MIN_UTTS:
        errs.append("only %d utterances" % n_utt)
    if n_nopii < MIN_NOPII:
        errs.append("only %d utterances without pii" % n_nopii)
    if n_keep < MIN_KEEP:
        errs.append("only %d keep spans" % n_keep)
    for k, v in kinds.items():
        if v == 0:
            errs.append("keep kind %s missing" % k)
    if n_ivr < MIN_IVR:
        errs.append("only %d ivr cases" % n_ivr)
    if n_utt and n_asr / n_utt < MIN_ASR:
        errs.append("asr share %.3f" % (n_asr / n_utt))
    for t, m in MINIMUM.items():
        if cnt[t] < m:
            errs.append("only %d %s spans (need %d)" % (cnt[t], t, m))
    return records, errs, stats, cnt, kinds


def main(argv):
    check_only = "--check" in argv
    records, errs, stats, cnt, kinds = build()
    for k, v in stats.items():
        print("%-20s %s" % (k, v))
    print("pii spans by type:  " + ", ".join("%s %d" % (t, cnt[t]) for t in PII_TYPES))
    print("keep spans by kind: " + ", ".join("%s %d" % (k, kinds[k]) for k in KEEP_KINDS))
    if errs:
        for e in errs:
            print("FAIL", e)
        print("%d problems; nothing written" % len(errs))
        return 1
    if check_only:
        print("all checks passed (--check: nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("all checks passed; wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
