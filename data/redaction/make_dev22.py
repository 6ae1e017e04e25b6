"""Write data/redaction/dev22.jsonl (84 hand-written calls): written as the held-out test18.jsonl,
measured once with the twentieth round's code, then made a development set in round twenty-one.

Run:  python3 data/redaction/make_dev22.py   [optional output path, for scratch runs]

Every conversation below was written for this set. Utterances carry inline markup:
    [[TYPE:text]]        a pii span (its own group)
    [[TYPE#tag:text]]    a pii piece; pieces with the same tag in one case share a group
    ((kind:text))        a keep span (a look-alike that must not be redacted)
The script strips the markup, computes [start, end) offsets, renames groups g1, g2, ... in order
of first appearance within each case, numbers cases t18-001, t18-002, ... and writes one JSON
object per line in the README's format. Every number (cards, phones, ids, postcodes, prices,
times, readings...) is drawn from random.Random(SEED) with SEED = 180427, in a fixed order, so
two runs give byte-identical output. Card numbers are made to pass the Luhn check; long keep
numbers (tracking, receipt and reference numbers) are made to fail it.

Before writing, the script checks everything it can and refuses to write (exit 1, printing the
problems) if: a span's offsets or text are wrong; a type, keep kind or speaker is not in the
README's lists; groups are not numbered by first appearance or mix types; the pieces of a card
group (13-19 digits, spoken digits read back into digits) fail Luhn; a keep span with 10 or more
digits passes Luhn; any digit character is outside every pii and keep span; two spans overlap;
two pieces of one group in one utterance are parted only by spaces or punctuation; an `asr`
utterance has capitals or punctuation (apostrophes inside words allowed); markup is left over;
a name word labelled in a case is said again in that case outside a pii span; the minimum
counts (cases, utterances, keep spans, pii values per type) are not met; or the two styles are
not half and half within 10%.

This set leans on telecoms and broadband, water and energy, pharmacies and GP/clinic lines,
government services (tax, benefits, licensing, council tax), car hire and roadside assistance,
retail returns, charities and gyms; on people calling for others (carers, parents, attorneys,
spouses, neighbours) with two or three people's details in one call; on callers from the US,
UK, Canada, Australia, Ireland, New Zealand, South Africa and India; on spoken-number variety
("double", "triple", "oh"/"zero"/"nought", "forty seven hundred", "nineteen eighty four", "two
thousand and six", digits in odd ASR groups) and IVR turns that ask for or read back values.

Labelling choices where the conventions are silent
(the earlier labellers' choices listed in the README's intro are followed where they apply:
sort codes, porting codes, VINs, health-card and Medicare numbers are ACCOUNT_NUMBERs; NI, PPS,
SIN and TFN are SSNs; Irish, Canadian and Australian postal codes are POSTCODEs; an agent's
read-back of a card's last four is a CARD_NUMBER; a corrected piece stays in the value's group;
a wrong account number the caller then corrects is labelled too; a first name and surname said
together are one NAME span; pets' names are not names; a courier's tracking number failing Luhn
is an `other` look-alike.)
 1. National identifiers: a New Zealand IRD number, a South African 13-digit ID number, an
    Indian Aadhaar number and an Indian PAN (letters included) are SSNs, like a US SSN or the
    last four of one said as such.
 2. New Zealand and South African 4-digit postcodes and Indian 6-digit PIN codes are POSTCODEs.
 3. Numbers that lead to a person's own record are ACCOUNT_NUMBERs, each value its own group:
    utility, telecom, broadband, council-tax, gym and roadside membership numbers; consumer and
    customer numbers; meter point numbers (MPRN, MPAN) and a prepaid meter number; order numbers;
    booking, reservation and rental-agreement references; a roadside job reference texted to the
    caller; prescription numbers, patient IDs, NHS and NHI numbers, insurance member IDs,
    medical-aid member numbers; a Unique Taxpayer Reference; a benefits case number; a licence
    application number. Letters that belong to the id are inside (an "SC-" or "ZD" prefix).
 4. Vehicle registration plates, driving licence numbers and a licence's version number are
    ACCOUNT_NUMBERs (as VINs are). A Medicare card's individual reference number ("the little
    number next to his name") is a piece of the Medicare number's group.
 5. EXPIRY is only a payment card's expiry. The valid-to date of a Medicare card or the date a
    driving licence expired is a `date` keep.
 6. An IVR's read-back of a value is a read-back: pii of the same type in a group of its own
    (including an IVR's read-back of a card's last four and of an expiry).
 7. A surname spelled out right after the name ("Hollis. H-O-L-L-I-S", "ngata that's n g a t
    a") is a NAME in a group of its own (a second mention, not a piece of the first).
 8. Everyone named is a NAME: doctors, nurses, engineers, technicians, trainers, lawyers,
    previous agents and family members mentioned in passing. Donkeys and dogs are not.
    Company, shop, clinic and place names are not NAMEs; a name inside an e-mail address is
    part of the EMAIL span only. Letter-by-letter hints after an e-mail ("v for victor") are
    not labelled.
 9. A wrong or old value the caller abandons and replaces with a whole new one (a power-bill
    number given for a phone account, an old mobile number) is labelled, in its own group; a
    single wrong piece corrected at once (a phone piece misspoken, "no sorry", and restated)
    stays in the value's group.
10. ADDRESS: a flat, unit or villa number and the suburb or town said in the same breath are
    inside ("Dublin fifteen" after the street line too); a town, county, state or province
    introduced separately ("in vancouver", "near hereford", "Ohio", "ACT", "WA") is outside.
11. Two people on the caller's side (a caller and the account holder giving consent) both speak
    as `customer`.
12. keep kinds: `quantity` is a measured amount with its unit inside the span (GB, megabits,
    kWh, cubic metres, gallons, litres, mg, mg/dL, miles, kilometres, meter readings; a rate
    such as "one point five gb per day"); `count` is a number of people, things, attempts or
    digits with the noun outside ("((28)) tablets", "the ((three))-digit code", "the last
    ((four)) of your Social"), and "units" on an electricity bill are treated as counted, so
    outside; `price` includes its currency and a rate said with it ("$24.99 a month", "Rs. 250
    per day", "six fifty a week") but not "each"; `duration` leaves out "about", "nearly" and
    "over", and a range ("five to seven working days") is one span; `time` includes "am", "pm",
    "in the morning", and "between eight and one" is two spans; `date` covers weekday and month
    names said as dates, without "the" or "last"; a year range "2023 to 24" is two `year` spans.
13. `model_number` covers the model code only, not the brand ("tp link ((ax twenty three))").
14. `other` holds: ages, temperatures (with "degrees"), road numbers, junctions, exits, routes
    and marker-post numbers, a parking bay and a car-park level, IVR menu options ("press 1"),
    emergency and health-line numbers (999, 111, 911, 10177), modem error codes, one-time
    passcodes, IVR payment receipt and reference numbers, courier tracking numbers (split over
    two spans when said in two goes), a clothing size, a medical-aid dependant code and a tax
    certificate section ("section eighteen a").
15. Number words inside ordinary phrases ("one moment", "the old one", "one of them") are not
    keep spans; other number words are labelled by kind in both styles.
"""

import json
import os
import random
import re
import sys

SEED = 18_0427
R = random.Random(SEED)

PII_TYPES = ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME")
KEEP_KINDS = ("quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other")
SPEAKERS = ("agent", "customer", "ivr")
MINIMUMS = {"CARD_NUMBER": 28, "CVV": 20, "EXPIRY": 20, "SSN": 12, "PHONE": 20, "EMAIL": 18,
            "DOB": 20, "ADDRESS": 20, "POSTCODE": 24, "ACCOUNT_NUMBER": 55, "NAME": 200}
MIN_CASES, MIN_UTTERANCES, MIN_KEEP = 80, 800, 290

# ---------------------------------------------------------------- numbers, all from R

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}


def ri(a, b):
    return R.randint(a, b)


def ch(seq):
    return R.choice(seq)


def dg(k, lead=True):
    """k random digits; first digit non-zero when lead."""
    s = str(ri(1, 9)) if lead else str(ri(0, 9))
    return s + "".join(str(ri(0, 9)) for _ in range(k - 1))


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def mc():
    return "5" + str(ri(1, 5))


def card(prefix="4", length=16):
    body = prefix + "".join(str(ri(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def nonluhn(k, lead=True):
    while True:
        s = dg(k, lead)
        if not luhn_ok(s):
            return s


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return sep.join(out)


def nw(n, and_=True):
    """integer words: 47 -> forty seven, 120 -> one hundred and twenty"""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        h, rest = divmod(n, 100)
        s = UNITS[h] + " hundred"
        if rest:
            s += (" and " if and_ else " ") + nw(rest, and_)
        return s
    th, rest = divmod(n, 1000)
    s = nw(th, and_) + " thousand"
    if rest:
        if rest < 100:
            s += (" and " if and_ else " ") + nw(rest, and_)
        else:
            s += " " + nw(rest, and_)
    return s


def sd(s, zero="oh", dbl=False):
    """spoken digits: '4400' -> 'four four oh oh' (dbl: 'double four double oh')"""
    words = []
    i = 0
    while i < len(s):
        c = s[i]
        run = 1
        while dbl and i + run < len(s) and s[i + run] == c and run < 3:
            run += 1
        w = zero if c == "0" else UNITS[int(c)]
        if run == 3:
            words.append("triple " + w)
        elif run == 2:
            words.append("double " + w)
        else:
            words.append(w)
        i += run
    return " ".join(words)


def pair(p):
    """a two digit chunk said as a number: '41' forty one, '05' oh five, '00' double oh"""
    if len(p) == 1:
        return "oh" if p == "0" else UNITS[int(p)]
    if p == "00":
        return "double oh"
    if p[0] == "0":
        return "oh " + UNITS[int(p[1])]
    return nw(int(p))


def sp(s, lead_single=None):
    """spoken in pairs; odd length puts a single digit first"""
    chunks = []
    i = 0
    if len(s) % 2 == 1:
        chunks.append(s[0])
        i = 1
    while i < len(s):
        chunks.append(s[i:i + 2])
        i += 2
    return " ".join(pair(c) for c in chunks)


def spell(s, zero="oh"):
    """'LS6 2QT' -> 'l s six two q t'"""
    out = []
    for c in s:
        if c.isdigit():
            out.append(zero if c == "0" else UNITS[int(c)])
        elif c.isalpha():
            out.append(c.lower())
    return " ".join(out)


def say_year(y, style=0):
    if 1900 <= y < 2000:
        return "nineteen " + ("hundred" if y == 1900 else pair(str(y)[2:]))
    if 2000 <= y < 2010:
        return "two thousand " + ("and " if style == 0 else "") + UNITS[y - 2000] if y > 2000 else "two thousand"
    if style == 0:
        return "twenty " + nw(y - 2000)
    return "two thousand and " + nw(y - 2000)


def ordinal(d):
    return ORD[d - 1]


def th(d):
    return f"{d}{SUFFIX.get(d, 'th')}"


def dob(lo=1938, hi=2004):
    return ri(lo, hi), ri(1, 12), ri(1, 28)


def money(lo, hi, cents=True):
    v = ri(lo, hi)
    c = ch([0, 50, 99, 25, 75, 49, ri(1, 98)]) if cents else 0
    return v, c


def price_words(v, c, unit="dollars", sub="cents", style=0):
    """spoken price: 'forty nine ninety nine' / 'twelve pounds fifty' / 'three hundred dollars'"""
    if c == 0:
        return nw(v) + " " + unit
    if style == 0:
        return nw(v) + " " + (("oh " + UNITS[c]) if c < 10 else nw(c))
    return nw(v) + " " + unit + " " + nw(c)


LET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def L():
    return ch(LET)


# ----- phones
def uk_mob():
    return "07" + dg(9, lead=False)


def us_phone():
    return str(ri(2, 9)) + dg(2, False) + str(ri(2, 9)) + dg(6, False)


def usf(p):
    return f"({p[:3]}) {p[3:6]}-{p[6:]}"


def usd(p):
    return f"{p[:3]}-{p[3:6]}-{p[6:]}"


def au_mob():
    return "04" + dg(8, False)


def ie_mob():
    return "08" + ch("3567") + dg(7, False)


def nz_mob():
    return "02" + ch("127") + dg(7, False)


def za_mob():
    return "0" + ch(["72", "73", "76", "82", "83", "84"]) + dg(7, False)


def in_mob():
    return ch("6789") + dg(9, False)


# ----- postcodes
def uk_pc(area=None):
    area = area or ch(["LS", "M", "B", "CF", "BS", "NE", "G", "EH", "SW", "N", "E", "PL", "NG", "S",
               "BT", "L", "OX", "YO", "DN", "SA", "LE", "CB"])
    out = area if any(c.isdigit() for c in area) else f"{area}{ri(1, 19)}"
    return f"{out} {ri(1, 9)}{ch('ABDEFGHJLNPQRSTUWXYZ')}{ch('ABDEFGHJLNPQRSTUWXYZ')}"


def ca_pc(first=None):
    a = "ABCEGHJKLMNPRSTVXY"
    return f"{first or ch(a)}{ri(0, 9)}{ch(a)} {ri(0, 9)}{ch(a)}{ri(0, 9)}"


def eircode(key=None):
    key = key or ch(["D02", "D04", "D08", "D15", "D24", "T12", "T23", "H91", "V94", "A94", "K78",
              "W23", "X91", "F92"])
    tail = "".join(ch("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    if not any(c.isalpha() for c in tail):
        tail = ch("ACDEFHKNPRTVWXY") + tail[1:]
    return f"{key} {tail}"


def zip5(prefix=""):
    return prefix + dg(5 - len(prefix), lead=not prefix)


def pc4(lo=1000, hi=9999):
    return str(ri(lo, hi))


def uk_reg():
    return f"{L()}{L()}{ri(51, 74) if ri(0, 1) else ri(10, 24):02d} {L()}{L()}{L()}"


def pin6():
    return dg(6)


# ----- national numbers
def us_ssn():
    a = ri(1, 899)
    while a == 666:
        a = ri(1, 899)
    return f"{a:03d}", f"{ri(1, 99):02d}", f"{ri(1, 9999):04d}"


def sin9():
    return dg(9)


def ni_no():
    return (ch("ABCEGHJKLMNPRSTWXYZ") + ch("ABCEGHJKLMNPRSTWXYZ"),
            dg(2, False), dg(2, False), dg(2, False), ch("ABCD"))


def pps():
    return dg(7, False) + ch("ABCDEFGHKLMPTW") + ch(["", "A", ""])


def ird():
    return dg(9 if ri(0, 1) else 8)


def za_id(y, m, d):
    return f"{y % 100:02d}{m:02d}{d:02d}" + dg(7, False)


def aadhaar():
    return str(ri(2, 9)) + dg(11, False)


def pan():
    return "".join(ch(LET) for _ in range(3)) + "P" + ch(LET) + dg(4, False) + ch(LET)


def exp():
    return ri(1, 12), ri(25, 31)


# ---------------------------------------------------------------- markup and checks

A, C, V = "agent", "customer", "ivr"
CASES = []


def case(style, ordinary=()):
    def deco(fn):
        CASES.append((style, fn, set(w.lower() for w in ordinary)))
        return fn
    return deco


MARK = re.compile(r"\[\[([A-Z_]+)(?:#(\w+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")


def strip_markup(marked):
    """-> clean text, [(start, end, type, rawgroup, text)], [(start, end, kind, text)]"""
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        if m.group(1) is not None:
            txt = m.group(3)
            pii.append((n, n + len(txt), m.group(1), m.group(2), txt))
        else:
            txt = m.group(5)
            keep.append((n, n + len(txt), m.group(4), txt))
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), pii, keep


WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0"})
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_VAL = {w: 10 * i for i, w in enumerate(TENS) if w}


def spoken_digits(text):
    """digits said in a span ('four one double three', 'forty seven hundred', '4620 43') -> '41333'..."""
    toks = text.lower().replace("-", " ").split()
    out = []
    i = 0

    def small(j):
        t = toks[j]
        if t in WORD_DIGIT:
            return WORD_DIGIT[t], j + 1
        if t in TEEN_VAL:
            return str(TEEN_VAL[t]), j + 1
        if t in TENS_VAL:
            if j + 1 < len(toks) and toks[j + 1] in UNITS[1:]:
                return str(TENS_VAL[t] + UNITS.index(toks[j + 1])), j + 2
            return str(TENS_VAL[t]), j + 1
        return None, j

    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORD_DIGIT:
            out.append(WORD_DIGIT[toks[i + 1]] * (2 if t == "double" else 3))
            i += 2
            continue
        v, j = small(i)
        if v is None:
            return None
        if j < len(toks) and toks[j] in ("hundred", "thousand"):
            width = 2 if toks[j] == "hundred" else 3
            j += 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest = ""
            if j < len(toks):
                if width == 3 and j + 1 < len(toks) and toks[j + 1] == "hundred":
                    h, j2 = small(j)
                    j = j2 + 1
                    if j < len(toks) and toks[j] == "and":
                        j += 1
                    r2, j3 = small(j) if j < len(toks) else (None, j)
                    rest = h + ((r2 or "").zfill(2))
                    j = j3
                else:
                    r2, j2 = small(j)
                    if r2 is not None:
                        rest, j = r2, j2
            out.append(v + (rest.zfill(width) if rest else "0" * width))
            i = j
            continue
        out.append(v)
        i = j
    return "".join(out)


def check_case(cid, style, utts, pii, keep, ordinary, problems):
    def bad(msg):
        problems.append(f"{cid}: {msg}")

    if style not in ("asr", "transcript"):
        bad(f"style {style!r}")
    spans_by_utt = {}
    for u, t in enumerate(utts):
        if t["speaker"] not in SPEAKERS:
            bad(f"utt {u}: speaker {t['speaker']!r}")
        text = t["text"]
        if not text or text != text.strip() or "  " in text:
            bad(f"utt {u}: empty or stray whitespace: {text!r}")
        for tok in ("[[", "]]", "((", "))"):
            if tok in text:
                bad(f"utt {u}: markup left over: {text!r}")
        if style == "asr":
            if re.search(r"[^a-z0-9' ]", text):
                bad(f"utt {u}: asr text has capitals or punctuation: {text!r}")
            if re.search(r"(?<![a-z])'|'(?![a-z])", text):
                bad(f"utt {u}: asr apostrophe outside a word: {text!r}")
        spans_by_utt[u] = []
    for p in pii:
        if p["type"] not in PII_TYPES:
            bad(f"pii type {p['type']!r}")
        spans_by_utt.setdefault(p["utterance"], []).append((p["start"], p["end"], "pii"))
    for k in keep:
        if k["kind"] not in KEEP_KINDS:
            bad(f"keep kind {k['kind']!r}")
        spans_by_utt.setdefault(k["utterance"], []).append((k["start"], k["end"], "keep"))
    for u, spans in spans_by_utt.items():
        if u < 0 or u >= len(utts):
            bad(f"span on missing utterance {u}")
            continue
        text = utts[u]["text"]
        spans.sort()
        for s, e, _ in spans:
            if not (0 <= s < e <= len(text)) or text[s:e] != text[s:e].strip():
                bad(f"utt {u}: bad offsets [{s},{e}) in {text!r}")
        for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
            if s2 < e1:
                bad(f"utt {u}: overlapping spans [{s1},{e1}) [{s2},{e2})")
        for i, c in enumerate(text):
            if c.isdigit() and not any(s <= i < e for s, e, _ in spans):
                bad(f"utt {u}: digit outside every span at {i}: {text!r}")
    # pieces of one value in one utterance must be parted by words, not just spaces or commas
    for u, t in enumerate(utts):
        ps = sorted((p["start"], p["end"], p["group"]) for p in pii if p["utterance"] == u)
        for (s1, e1, g1), (s2, e2, g2) in zip(ps, ps[1:]):
            if g1 == g2 and not re.search(r"[A-Za-z]", t["text"][e1:s2]):
                bad(f"utt {u}: spans [{s1},{e1}) and [{s2},{e2}) parted only by {t['text'][e1:s2]!r}")
    # groups: g1, g2, ... by first appearance, one type each
    order = sorted(pii, key=lambda p: (p["utterance"], p["start"]))
    seen, gtype = [], {}
    for p in order:
        g = p["group"]
        if g not in seen:
            seen.append(g)
        if gtype.setdefault(g, p["type"]) != p["type"]:
            bad(f"group {g} mixes {gtype[g]} and {p['type']}")
    if seen != [f"g{i + 1}" for i in range(len(seen))]:
        bad(f"groups not numbered by first appearance: {seen}")
    # full card numbers pass Luhn; long keep numbers do not
    for g, ty in gtype.items():
        if ty != "CARD_NUMBER":
            continue
        parts = [p for p in order if p["group"] == g]
        digits = ""
        for p in parts:
            d = spoken_digits(utts[p["utterance"]]["text"][p["start"]:p["end"]])
            if d is None:
                bad(f"card group {g}: cannot read digits")
                d = ""
            digits += d
        if 13 <= len(digits) <= 19 and not luhn_ok(digits):
            bad(f"card group {g}: {digits} fails Luhn")
        if len(digits) not in (4, 13, 14, 15, 16, 17, 18, 19):
            bad(f"card group {g}: {len(digits)} digits ({digits})")
    for k in keep:
        t = utts[k["utterance"]]["text"][k["start"]:k["end"]]
        d = "".join(c for c in t if c.isdigit())
        if len(d) < 10:
            d2 = spoken_digits(re.sub(r"[^a-z0-9 ]", " ", t.lower()))
            d = d2 if d2 and len(d2) > len(d) else d
        if len(d) >= 10 and luhn_ok(d):
            bad(f"long keep number passes Luhn: {t!r}")
    # a labelled name word said again unlabelled
    name_words = set()
    for p in pii:
        if p["type"] == "NAME":
            t = utts[p["utterance"]]["text"][p["start"]:p["end"]]
            name_words.update(w.lower() for w in re.findall(r"[^\W\d_]+", t) if len(w) > 1)
    name_words -= ordinary
    for u, t in enumerate(utts):
        pspans = [(p["start"], p["end"]) for p in pii if p["utterance"] == u]
        for m in re.finditer(r"[^\W\d_]+", t["text"]):
            if m.group().lower() in name_words and not any(
                    s <= m.start() and m.end() <= e for s, e in pspans):
                bad(f"utt {u}: name word {m.group()!r} said unlabelled: {t['text']!r}")


def build():
    records, problems = [], []
    for idx, (style, fn, ordinary) in enumerate(CASES):
        cid = f"t18-{idx + 1:03d}"
        raw = fn()
        utts, pii, keep = [], [], []
        gmap = {}
        fresh = 0
        for u, (speaker, marked) in enumerate(raw):
            text, ps, ks = strip_markup(marked)
            utts.append({"speaker": speaker, "text": text})
            for s, e, ty, g, txt in ps:
                if text[s:e] != txt:
                    problems.append(f"{cid}: utt {u}: span text mismatch {txt!r}")
                if g is None:
                    fresh += 1
                    g = f"__solo{fresh}"
                if g not in gmap:
                    gmap[g] = f"g{len(gmap) + 1}"
                pii.append({"utterance": u, "start": s, "end": e, "type": ty, "group": gmap[g]})
            for s, e, kind, txt in ks:
                if text[s:e] != txt:
                    problems.append(f"{cid}: utt {u}: keep text mismatch {txt!r}")
                keep.append({"utterance": u, "start": s, "end": e, "kind": kind})
        check_case(cid, style, utts, pii, keep, ordinary, problems)
        records.append({"case_id": cid, "style": style, "utterances": utts, "pii": pii,
                        "keep": keep})
    return records, problems


def stats(records):
    n_utt = sum(len(r["utterances"]) for r in records)
    styles = {}
    groups = {t: 0 for t in PII_TYPES}
    kinds = {k: 0 for k in KEEP_KINDS}
    for r in records:
        styles[r["style"]] = styles.get(r["style"], 0) + 1
        gt = {}
        for p in r["pii"]:
            gt[p["group"]] = p["type"]
        for t in gt.values():
            groups[t] += 1
        for k in r["keep"]:
            kinds[k["kind"]] += 1
    return n_utt, styles, groups, kinds


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "dev22.jsonl")
    records, problems = build()
    n_utt, styles, groups, kinds = stats(records)
    n_keep = sum(kinds.values())
    if len(records) < MIN_CASES:
        problems.append(f"only {len(records)} cases (need {MIN_CASES})")
    if n_utt < MIN_UTTERANCES:
        problems.append(f"only {n_utt} utterances (need {MIN_UTTERANCES})")
    if n_keep < MIN_KEEP:
        problems.append(f"only {n_keep} keep spans (need {MIN_KEEP})")
    for t, m in MINIMUMS.items():
        if groups[t] < m:
            problems.append(f"only {groups[t]} {t} values (need {m})")
    n_asr, n_tx = styles.get("asr", 0), styles.get("transcript", 0)
    if abs(n_asr - n_tx) > 0.10 * len(records):
        problems.append(f"styles not half and half: asr {n_asr}, transcript {n_tx}")
    print(f"cases {len(records)}, utterances {n_utt}, keep spans {n_keep}")
    print(f"styles: asr {n_asr}, transcript {n_tx}")
    print("pii values (groups) per type: " + ", ".join(f"{t} {groups[t]}" for t in PII_TYPES))
    print("keep spans per kind: " + ", ".join(f"{k} {kinds[k]}" for k in KEEP_KINDS))
    if problems:
        print(f"{len(problems)} problem(s); nothing written:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    with open(out_path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {out_path}")



# ================================================================= the conversations


@case("asr")
def bb_carer_mum():
    acc = dg(8)
    pc = uk_pc()
    ph = uk_mob()
    day = ri(2, 27)
    code = ri(600, 699)
    promised = ch([36, 67, 74])
    got = ri(2, 9)
    return [
        (A, "you're through to broadband support my name's [[NAME:callum]] how can i help"),
        (C, "hi [[NAME:callum]] um i'm ringing about my mum's internet it keeps dropping out it's been like that ((duration:three days)) now"),
        (A, "sorry to hear that are you the account holder"),
        (C, "no it's in her name it's [[NAME:margaret o'neill]] i'm her carer well i'm her daughter as well i'm [[NAME:fiona]]"),
        (A, "okay thanks [[NAME:fiona]] is there a note on the account saying you can speak for her"),
        (C, "there should be she set it up with a lady called [[NAME:bernadette]] last year"),
        (A, "okay can i take the account number please"),
        (C, f"yeah it's [[ACCOUNT_NUMBER#a:{sd(acc[:4])}]] hang on her glasses are on top of the letter [[ACCOUNT_NUMBER#a:{sd(acc[4:], dbl=True)}]]"),
        (A, "and the postcode on the account"),
        (C, f"[[POSTCODE:{spell(pc)}]]"),
        (A, "lovely i've found it is the router showing anything on the little screen"),
        (C, f"it says error ((other:{sd(str(code))})) and the light's gone orange"),
        (A, f"right i'm seeing about ((quantity:{nw(got)} megabits)) coming through when the package is up to ((quantity:{nw(promised)})) so i'll book an engineer out"),
        (C, "okay she's in most days but she's got the gp at ((time:half ten)) on thursday"),
        (A, f"i've got the ((date:{ordinal(day)})) between ((time:eight)) and ((time:one)) the engineer is [[NAME:dariusz]] and he'll ring before he comes what's the best number for him"),
        (C, f"ring me not mum she won't answer it's [[PHONE#p:{sd(ph[:5])}]]"),
        (A, "mm hmm"),
        (C, f"[[PHONE#p:{sd(ph[5:])}]]"),
        (A, f"so that's [[PHONE:{sd(ph[:5], dbl=True)} {sd(ph[5:], dbl=True)}]]"),
        (C, "that's it thanks [[NAME:callum]]"),
    ]


@case("transcript")
def energy_pay_wife():
    acc = dg(10)
    z = zip5()
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    bill = money(120, 340)
    kwh = ri(700, 1600)
    due = ri(2, 28)
    return [
        (A, "Thank you for calling Lakeshore Power, this is [[NAME:Renee]]. How can I help you today?"),
        (C, "Hi [[NAME:Renee]], I need to pay the electric bill. It's in my wife's name, though. [[NAME:Denise Kowalski]]."),
        (A, "That's fine, I can take a payment from anyone. Do you have the account number?"),
        (C, f"Yeah, it's... [[ACCOUNT_NUMBER#a:{acc[:5]}]], uh, [[ACCOUNT_NUMBER#a:{acc[5:]}]]."),
        (A, "And the ZIP code for the service address?"),
        (C, f"[[POSTCODE:{z}]]."),
        (A, f"Thank you. I have the account for [[NAME:Denise]]. The balance is ((price:${bill[0]}.{bill[1]:02d})), due on the ((date:{th(due)})). It looks like usage was up this month, ((quantity:{kwh:,} kWh))."),
        (C, "That's the AC. Okay, the whole amount, please."),
        (A, "Sure. Card number whenever you're ready."),
        (C, f"[[CARD_NUMBER#c:{grp(cn[:8], [4, 4])}]]... hold on, it's worn on the front..."),
        (A, "Take your time."),
        (C, f"[[CARD_NUMBER#c:{grp(cn[8:], [4, 4])}]]."),
        (A, "Expiration date?"),
        (C, f"[[EXPIRY:{m:02d}/{y}]]."),
        (A, "And the ((count:three))-digit code on the back?"),
        (C, f"[[CVV:{cvv}]]."),
        (A, f"Okay, I'm processing ((price:${bill[0]}.{bill[1]:02d})) on the card ending in [[CARD_NUMBER:{cn[-4:]}]]. There's no fee for paying by phone, and you avoided the ((price:$15)) late charge."),
        (C, "Great. Can you send the receipt to her? She likes to keep track."),
        (A, "It'll go to the email on file for Mrs. [[NAME:Kowalski]]. Anything else?"),
        (C, "No, that's it. Thanks, [[NAME:Renee]]."),
    ]


@case("asr")
def nz_ird_refund():
    num = ird()
    yy, mm, dd = dob(1960, 1999)
    ph = nz_mob()
    pc = pc4(600, 9899)
    ref = ri(180, 2400)
    return [
        (V, "kia ora welcome to the tax line please say or key in your i r d number"),
        (C, f"[[SSN:{sd(num[:3])} {sd(num[3:])}]]"),
        (V, f"you said [[SSN:{sd(num)}]] is that right"),
        (C, "yes"),
        (V, "thank you please hold for the next available adviser"),
        (A, "kia ora you're talking to [[NAME:hemi]] can i confirm your full name please"),
        (C, "yeah it's [[NAME:aroha ngata]] that's [[NAME:n g a t a]]"),
        (A, "and your date of birth"),
        (C, f"[[DOB:{ordinal(dd)} of {MONTHS[mm - 1].lower()} {say_year(yy)}]]"),
        (A, "thanks [[NAME:aroha]] what can i help with"),
        (C, f"i got a letter saying i've got a refund of about ((price:{nw(ref)} dollars)) for the ((year:twenty twenty four)) year but it hasn't come through and i changed banks in ((date:march))"),
        (A, "no worries i can see it's on hold because we couldn't verify the new account can i check your contact details first what's your mobile"),
        (C, f"[[PHONE#p:{sd(ph[:3])}]] uh [[PHONE#p:{sd(ph[3:6])} {sd(ph[6:])}]]"),
        (A, "and the postcode where you're living now"),
        (C, f"[[POSTCODE:{sd(pc)}]] we moved down to hamilton about ((duration:six months)) ago"),
        (A, f"okay i'll update that the refund should be released within ((duration:five working days)) once you confirm the bank account online"),
        (C, "sweet as thanks [[NAME:hemi]]"),
    ]


@case("transcript")
def pharmacy_husband_repeat():
    nhs = dg(10)
    yy, mm, dd = dob(1940, 1962)
    ph = uk_mob()
    dose = ch([5, 10])
    tabs = ch([28, 56])
    ready = ch(["2 pm", "3pm", "4 o'clock"])
    return [
        (A, "Good morning, Brookfield Pharmacy, [[NAME:Sunita]] speaking."),
        (C, "Hello, I'm phoning about my husband's repeat prescription. He's housebound at the moment, so I'm collecting for him."),
        (A, "Of course. What's his name?"),
        (C, "[[NAME:Geoffrey Hollis]]. [[NAME:H-O-L-L-I-S]]."),
        (A, "And his date of birth?"),
        (C, f"[[DOB:{dd} {MONTHS[mm - 1]} {yy}]]."),
        (A, "Thank you. Do you have his NHS number handy? There are ((count:two)) patients with that name."),
        (C, f"I think so, it's on his card. [[ACCOUNT_NUMBER#n:{nhs[:3]} {nhs[3:6]}]]... sorry, the print's tiny... [[ACCOUNT_NUMBER#n:{nhs[6:]}]]."),
        (A, f"Got him. So that's the amlodipine, ((quantity:{dose} mg)), ((count:{tabs})) tablets, from Dr [[NAME:Achebe]] at the Riverside surgery."),
        (C, "That's the one. And he's run out, he took the last one yesterday."),
        (A, f"It came over from the surgery this morning, so it'll be ready after ((time:{ready})). Are you Mrs [[NAME:Hollis]]?"),
        (C, "Yes, [[NAME:Pauline]]. I'll bring my ID."),
        (A, "Perfect. Can I take a mobile in case there's a problem with the stock?"),
        (C, f"It's [[PHONE:{ph[:5]} {ph[5:]}]]."),
        (A, f"Thanks. He's exempt as he's over ((other:60)), so there's no charge. See you this afternoon."),
    ]


@case("asr")
def au_carhire_bond():
    bref = "".join(ch(LET) for _ in range(2)) + dg(6)
    lic = dg(9)
    fl = ri(400, 799)
    cn = card(mc(), 16)
    m, y = exp()
    cvv = dg(3, False)
    bond = ch([500, 750, 1000])
    hh, mi = ri(5, 7), ch([15, 40, 45, 50])
    return [
        (A, "thanks for calling sunstate car rentals you're speaking with [[NAME:brodie]]"),
        (C, "hi [[NAME:brodie]] i've got a booking for pick up at the airport tomorrow and i need to add a second driver and change the card for the bond"),
        (A, "no dramas have you got the booking reference"),
        (C, f"yeah it's [[ACCOUNT_NUMBER:{spell(bref[:2])} {sp(bref[2:])}]]"),
        (A, f"thank you and that's [[ACCOUNT_NUMBER:{spell(bref[:2])} {sd(bref[2:])}]] under mister [[NAME:tran]]"),
        (C, "yep that's me [[NAME:quang tran]] and the second driver's my wife [[NAME:linh]]"),
        (A, "i'll need her licence number and date of birth"),
        (C, f"um her licence is [[ACCOUNT_NUMBER:{sd(lic)}]] and she was born [[DOB:{ordinal(ri(1, 28))} of {ch(MONTHS).lower()} {say_year(ri(1975, 1995))}]]"),
        (A, f"lovely and what flight are you coming in on just in case it's delayed"),
        (C, f"((flight_number:q f {sp(str(fl))})) it lands at ((time:{nw(hh)} {nw(mi)} in the morning))"),
        (A, f"great the desk opens at ((time:five thirty)) so that's fine now the bond is ((price:{nw(bond)} dollars)) which card would you like it on"),
        (C, f"a mastercard [[CARD_NUMBER#c:{sd(cn[:4])} {sd(cn[4:8], 'zero')} {sp(cn[8:12])}]] hang on [[CARD_NUMBER#c:{sd(cn[12:])}]]"),
        (A, "and the expiry"),
        (C, f"[[EXPIRY:{sd(f'{m:02d}')} {nw(y)}]]"),
        (A, "and the ((count:three)) digits on the back"),
        (C, f"[[CVV:{sd(cvv, 'zero')}]]"),
        (A, f"thanks [[NAME:quang]] the bond's pre authorised and released about ((duration:ten days)) after you return the car"),
    ]


@case("transcript")
def za_municipal_power():
    yy, mm, dd = dob(1958, 1990)
    sid = za_id(yy, mm, dd)
    meter = dg(11, False)
    pc = pc4(1, 9999).zfill(4)
    ph = za_mob()
    amt = ch([350, 500, 800])
    kwh = ri(150, 400)
    return [
        (A, "Good afternoon, City Power, you're speaking to [[NAME:Thandeka]]."),
        (C, "Hi [[NAME:Thandeka]]. My mother's prepaid meter won't accept the tokens I bought for her. I'm calling on her behalf, she doesn't hear well on the phone."),
        (A, "I can help. I'll need her ID number first, please."),
        (C, f"Her ID is [[SSN:{sid}]]."),
        (A, "And her name?"),
        (C, "[[NAME:Nomvula Dlamini]]. I'm her son, [[NAME:Sipho]]."),
        (A, "Thank you, [[NAME:Sipho]]. What's the meter number?"),
        (C, f"[[ACCOUNT_NUMBER:{meter}]]. I bought ((price:R{amt})) yesterday at about ((time:6 pm)) and it says ((quantity:{kwh} kWh)) on the slip."),
        (A, "I see the purchase. The meter hasn't had a key change yet, so the new token gets rejected. I'll send you the key change tokens by SMS. Which number?"),
        (C, f"My cell, [[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]]."),
        (A, f"So [[PHONE:+27 {ph[1:3]} {ph[3:6]} {ph[6:]}]]. Can I confirm the postal code for the property?"),
        (C, f"[[POSTCODE:{pc}]]."),
        (A, f"Perfect. You'll get ((count:2)) key change codes first, enter those, then the ((count:20))-digit token. It takes about ((duration:5 minutes))."),
        (C, "Okay, thank you so much."),
    ]


@case("asr")
def in_sim_replacement():
    aad = aadhaar()
    pin = pin6()
    ph = in_mob()
    alt = in_mob()
    plan = ch([299, 349, 399, 719])
    return [
        (A, "namaste thank you for calling this is [[NAME:karthik]] how may i help you"),
        (C, "hello [[NAME:karthik]] my father's sim has stopped working he's [[NAME:ramesh iyer]] and the number is in his name"),
        (A, "okay sir what is the mobile number"),
        (C, f"[[PHONE:{sd(ph[:5])} {sd(ph[5:], dbl=True)}]]"),
        (A, "and to verify i need the aadhaar number linked to the connection"),
        (C, f"[[SSN#s:{sd(aad[:4])} {sd(aad[4:8])}]] one second he is telling me [[SSN#s:{sd(aad[8:])}]]"),
        (A, f"thank you sir and the pin code of the address"),
        (C, f"[[POSTCODE:{sd(pin, dbl=True)}]]"),
        (A, f"okay the sim shows blocked because of ((count:three)) wrong puk attempts we can issue a new sim at the store what is your good name sir"),
        (C, f"i'm his son [[NAME:venkat]] can i collect it"),
        (A, "he will have to come with his aadhaar or give an authorisation letter with your id"),
        (C, f"okay also can you tell me his plan he says he is paying too much"),
        (A, f"he's on the ((price:{nw(plan)} rupees)) plan with ((quantity:one point five gb per day)) for ((duration:twenty eight days))"),
        (C, "fine leave it please send the store details on my number"),
        (A, "which number sir"),
        (C, f"[[PHONE#q:{sd(alt[:5])}]] uh [[PHONE#q:{sd(alt[5:])}]]"),
        (A, f"done [[NAME:venkat]] ji the sms will come in ((duration:ten minutes))"),
    ]


@case("transcript")
def ca_gym_cancel():
    mem = dg(7)
    ph = us_phone()
    last4 = dg(4, False)
    fee = ch(["49.99", "59.00", "75.00"])
    return [
        (A, "Thanks for calling Northfit Clubs, my name is [[NAME:Jaden]]. Who am I speaking with?"),
        (C, "Hi [[NAME:Jaden]], this is [[NAME:Colette Marchand]]. I'm trying to cancel my dad's membership. He's moved into long-term care."),
        (A, "I'm sorry to hear that. Do you have his member number?"),
        (C, f"It's on his key tag... [[ACCOUNT_NUMBER:{mem}]]."),
        (A, "And his name?"),
        (C, "[[NAME:Andre Marchand]]."),
        (A, "Thank you. I see Mr. [[NAME:Marchand]] is on a ((duration:12-month)) agreement that renewed in ((date:January)). Normally there's a ((price:$" + fee + ")) cancellation fee, but for a medical move we can waive it with a letter from the facility."),
        (C, "I spoke to a [[NAME:Brandon]] last week and he said the same thing, but nobody told me where to send it."),
        (A, "Sorry about that. You can email it to us, or I can send you a link. What's the best email?"),
        (C, "[[EMAIL:colette.marchand@sympatico.ca]]."),
        (A, "And a phone number in case we need the facility to confirm?"),
        (C, f"[[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]], that's my cell."),
        (A, f"Got it. The payments come off the Visa ending in [[CARD_NUMBER:{last4}]]. Should I stop that today?"),
        (C, "Yes please. He's ((other:84)), he's not going back to the pool."),
        (A, "Understood. I've frozen the account from today so nothing else comes out, and the link is on its way."),
    ]


@case("asr")
def ie_energy_meter_move():
    acc = dg(9)
    mprn = "10" + dg(9, False)
    ek = eircode()
    read = ri(10000, 89999)
    ph = ie_mob()
    hn = ri(2, 98)
    return [
        (A, "good morning you're through to brightwave energy [[NAME:niamh]] speaking"),
        (C, "hiya [[NAME:niamh]] i'm moving house on friday and i want to give a closing reading and move the account"),
        (A, "no bother can i get your name and account number"),
        (C, f"[[NAME:declan brennan]] and the account is [[ACCOUNT_NUMBER:{sd(acc, dbl=True)}]]"),
        (A, "and is it yourself on the account or"),
        (C, "it's joint with my partner [[NAME:aoife]] but she said i could ring"),
        (A, "that's grand i see you both there can you read me the m p r n off the bill"),
        (C, f"[[ACCOUNT_NUMBER:{sd(mprn[:2])} {sd(mprn[2:6])} {sd(mprn[6:])}]]"),
        (A, "perfect and what's the reading on the meter today"),
        (C, f"it's ((quantity:{sd(str(read))})) i took a photo of it this morning at ((time:eight))"),
        (A, "and the new address"),
        (C, f"[[ADDRESS:{nw(hn)} ashgrove lawn ballincollig]] and the eircode is [[POSTCODE:{spell(ek)}]]"),
        (A, f"lovely so that's [[ADDRESS:{nw(hn)} ashgrove lawn]] and [[POSTCODE:{spell(ek, 'zero')}]]"),
        (C, "yeah ballincollig"),
        (A, "and is the mobile on the account still the best one"),
        (C, f"no it's changed it's [[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]]"),
        (A, "that's updated you'll get a final bill within ((duration:two weeks)) for the old place"),
    ]


@case("transcript")
def uk_charity_monthly():
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    hn = ri(3, 140)
    pc = uk_pc("CF44")
    gift = ch([8, 10, 12, 15, 20])
    return [
        (A, "Hello, you're through to Harbour Lights Children's Trust, I'm [[NAME:Imogen]]. Are you calling about the appeal?"),
        (C, "Yes, I saw it on the telly last night. I'd like to give monthly, but it's for me and my partner together, if that's all right."),
        (A, f"That's lovely, thank you. Most people give about ((price:£{gift} a month)). Can I take your name first?"),
        (C, "[[NAME:Trevor Ashdown]]. And my partner's [[NAME:Glenys]], but put it in my name."),
        (A, "And your address, [[NAME:Trevor]]?"),
        (C, f"[[ADDRESS:{hn} Cwmdare Road, Aberdare]]. Postcode [[POSTCODE:{pc}]]."),
        (A, f"Thank you. And do you pay UK income tax? Gift Aid adds ((percentage:25%)) at no cost to you."),
        (C, "I do, yes. Put Gift Aid on."),
        (A, "Lovely. Can I take the long number on the card?"),
        (C, f"[[CARD_NUMBER#c:{grp(cn, [4, 4, 4, 4])}]]."),
        (A, f"I'll read that back: [[CARD_NUMBER:{grp(cn, [4, 4, 4, 4])}]]. Expiry?"),
        (C, f"[[EXPIRY:{m:02d}/{y}]]."),
        (A, "And the security code?"),
        (C, f"[[CVV:{cvv}]]."),
        (A, f"Thank you. ((price:£{gift})) will go out on the ((date:1st)) of each month. Would you like the newsletter by email?"),
        (C, "Go on. It's [[EMAIL:trev.ashdown58@btinternet.com]]."),
        (A, f"Brilliant. That pays for ((count:{ch(['two', 'three', 'four'])})) family nights at the hospice every year. Thank you both."),
    ]


@case("asr")
def us_return_blender():
    order = dg(3) + "-" + dg(7, False) + "-" + dg(7, False)
    trk = nonluhn(12)
    price = ch([("one twenty nine ninety nine", 129), ("eighty nine ninety nine", 89)])
    model = "bx " + nw(ri(2, 9)) + " hundred"
    return [
        (A, "thank you for calling home goods direct this is [[NAME:marisol]] may i have your order number"),
        (C, f"sure it's [[ACCOUNT_NUMBER#o:{sd(order[:3])}]] um [[ACCOUNT_NUMBER#o:{sd(order[4:11])} {sd(order[12:])}]]"),
        (A, "thank you and who am i speaking with"),
        (C, "[[NAME:kevin okafor]] but the order was my mother in law's i set it up on my account for her"),
        (A, "okay [[NAME:kevin]] i see a blender the ((model_number:" + model + ")) ordered on the ((date:twelfth))"),
        (C, f"yeah it came cracked the jug's split down the side and she paid ((price:{price[0]})) for it"),
        (A, "i'm sorry about that you're well inside the ((duration:thirty day)) window do you want a replacement or a refund"),
        (C, "refund please she's already bought another one locally"),
        (A, "okay i'll email a prepaid label which email should it go to"),
        (C, "[[EMAIL:k okafor eighty one at yahoo dot com]] no wait send it to hers [[EMAIL:b e a t r i c e dot n w o s u at gmail dot com]]"),
        (A, "[[EMAIL:beatrice dot nwosu at gmail dot com]] got it and her name"),
        (C, "[[NAME:beatrice nwosu]]"),
        (A, f"perfect the label's on its way and the tracking number on it is ((other:{sd(trk)})) the refund goes back to the original card ((duration:three to five days)) after it's scanned"),
        (C, "great thank you [[NAME:marisol]]"),
    ]


@case("transcript")
def gp_child_fever():
    yy, mm, dd = dob(2019, 2022)
    nhs = dg(10)
    ph = uk_mob()
    hn = ri(2, 60)
    pc = uk_pc("LS17")
    temp = ch(["38.4", "38.9", "39.1"])
    slot = ch(["9:10", "10:40", "11:20", "11:50"])
    return [
        (V, "Welcome to Elmfield Medical Practice. If this is a life-threatening emergency, please hang up and dial ((other:999)). For appointments, press ((other:1)). For prescriptions, press ((other:2))."),
        (A, "Elmfield Surgery, [[NAME:Harriet]] speaking."),
        (C, f"Hi, I need an appointment for my son today if you've got anything. He's had a temperature since last night, it was ((other:{temp})) this morning."),
        (A, "Okay. What's his name and date of birth?"),
        (C, f"[[NAME:Alfie Brennan-Shaw]], born [[DOB:{dd:02d}/{mm:02d}/{yy}]]. He's ((other:{2025 - yy})) in a couple of weeks, actually."),
        (A, "And are you Mum?"),
        (C, "Yes, [[NAME:Kirsty Shaw]]. Different surname, sorry, it confuses everyone."),
        (A, "No problem. Can I just check the address we've got for him?"),
        (C, f"[[ADDRESS:{hn} Larkspur Close, Alwoodley]], [[POSTCODE:{pc}]]."),
        (A, "Lovely, that matches. Is he drinking okay? Any rash?"),
        (C, f"He's drinking, no rash. I gave him Calpol at ((time:7)) and it brought it down a bit."),
        (A, f"Dr [[NAME:Oyelaran]] has a slot at ((time:{slot})). Can you make that?"),
        (C, "Yes, we'll be there. Do you need his NHS number? I've got the red book here."),
        (A, "Go on then, it saves me looking."),
        (C, f"[[ACCOUNT_NUMBER:{grp(nhs, [3, 3, 4])}]]."),
        (A, "And the best number if we're running late?"),
        (C, f"[[PHONE:{ph[:5]} {ph[5:8]} {ph[8:]}]]."),
        (A, "Thanks, [[NAME:Kirsty]]. If he gets worse before then, ring ((other:111))."),
    ]


@case("asr")
def uk_roadside_hardshoulder():
    mem = dg(9)
    reg = uk_reg()
    ph = "07" + dg(3, False) + str(ri(1, 9)) + "00" + dg(3, False)
    j = ri(14, 21)
    mins = ch(["forty five minutes", "an hour", "fifty minutes"])
    return [
        (A, "roadside rescue you're through to [[NAME:gareth]] first of all are you and everyone with you safe"),
        (C, "yeah we're up the bank behind the barrier it's me and my ((count:two)) kids it's my husband's car and his membership but he's at work"),
        (A, "okay that's fine can i take the membership number"),
        (C, f"it's [[ACCOUNT_NUMBER#m:{sd(mem[:5])}]] sorry they're shouting in the back [[ACCOUNT_NUMBER#m:{sd(mem[5:])}]]"),
        (A, "and the member's name"),
        (C, "[[NAME:stuart pryce]] i'm his wife [[NAME:leanne]]"),
        (A, "thanks [[NAME:leanne]] whereabouts are you"),
        (C, f"on the ((other:m four)) heading west just past junction ((other:{nw(j)})) there's a blue sign saying ((other:{sd(str(ri(100, 199)))} b)) on the post"),
        (A, "perfect that's exactly what i need and the registration"),
        (C, f"[[ACCOUNT_NUMBER:{spell(reg)}]] it's a silver focus"),
        (A, "what happened"),
        (C, "it lost power and the temperature thing went right up and there was steam coming out the front"),
        (A, f"okay a patrol will be with you in about ((duration:{mins})) what's the best mobile to reach you on"),
        (C, f"[[PHONE#p:{sd(ph[:5])}]] uh [[PHONE#p:{nw(int(ph[5]))} hundred {sd(ph[8:])}]]"),
        (A, f"[[PHONE:{sd(ph[:5], dbl=True)} {sd(ph[5:], dbl=True)}]] it's ((other:six degrees)) out there so keep the kids behind the barrier with you"),
        (C, "will do thanks [[NAME:gareth]]"),
    ]


@case("transcript")
def us_benefits_payee_brother():
    a, b, c = us_ssn()
    own = dg(4, False)
    yy, mm, dd = dob(1958, 1975)
    hn = ri(100, 9899)
    apt = f"{ri(1, 4)}{ch('ABCD')}"
    z = zip5("454")
    ph = us_phone()
    old, new = ri(900, 1300), ri(90, 200)
    d = ri(2, 27)
    return [
        (A, "Benefits line, this is [[NAME:Marcus]]. Can I have the name of the person you're calling about?"),
        (C, "Yes, my brother, [[NAME:Dwayne Lattimore]]. I'm his representative payee. My name is [[NAME:Cheryl Hayes]]."),
        (A, "Thank you, Ms. [[NAME:Hayes]]. I'll need his Social Security number."),
        (C, f"[[SSN:{a}-{b}-{c}]]."),
        (A, "And his date of birth?"),
        (C, f"[[DOB:{MONTHS[mm - 1]} {dd}, {yy}]]."),
        (A, "And to verify you as the payee, the last ((count:four)) of your own Social?"),
        (C, f"[[SSN:{own}]]."),
        (A, "Thank you. What's going on?"),
        (C, f"His payment went from ((price:${old:,})) to ((price:${new})) this month and nobody told us why. He moved into a group home on the ((date:{th(d)})), so maybe that's it?"),
        (A, "That's very likely. Payments change when someone moves into a facility. Have you reported the new address?"),
        (C, f"No, that's partly why I'm calling. It's [[ADDRESS:{hn} Wexford Avenue, Apartment {apt}, Dayton]], Ohio [[POSTCODE:{z}]]."),
        (A, f"Got it: [[ADDRESS:{hn} Wexford Avenue, Apartment {apt}]], [[POSTCODE:{z}]]. I'll send a notice explaining the new amount within ((duration:10 business days))."),
        (C, "Can someone call me when it's sent? I'm at [[PHONE:" + usf(ph) + "]]."),
        (A, "I'll put a note on it. Anything else for [[NAME:Dwayne]] today?"),
        (C, "No, that's it."),
    ]


@case("asr")
def au_chemist_dad_script():
    yy, mm, dd = dob(1935, 1950)
    med = str(ri(2, 6)) + dg(9, False)
    irn = ri(1, 4)
    ph = au_mob()
    pc = str(ri(3000, 3207))
    return [
        (A, "good afternoon chemist on high street you're speaking with [[NAME:tegan]]"),
        (C, "hi [[NAME:tegan]] i'm ringing to see if dad's blood pressure script is ready his name's [[NAME:vincenzo russo]]"),
        (A, "and his date of birth"),
        (C, f"[[DOB:{nw(dd)} {nw(mm)} {say_year(yy)}]]"),
        (A, "found him is he still on the ((quantity:forty milligrams))"),
        (C, "yeah the ((quantity:forty)) the doctor said not to change it till he sees him in ((date:june))"),
        (A, "okay it's just that his medicare card's expired on our system can you read me the number off the new one"),
        (C, f"yeah [[ACCOUNT_NUMBER#m:{sd(med[:4])} {sd(med[4:9])} {sd(med[9:])}]] and the little number next to his name is [[ACCOUNT_NUMBER#m:{nw(irn)}]]"),
        (A, f"and the valid to date on it"),
        (C, f"((date:{MONTHS[ri(0, 11)].lower()} {say_year(ri(2028, 2030))}))"),
        (A, "lovely that's updated with his concession card it'll be ((price:seven dollars seventy))"),
        (C, "can i pick it up for him i'm his daughter [[NAME:gina]]"),
        (A, "yep just bring his medicare card with you what's a good number for you in case we need to call"),
        (C, f"[[PHONE#p:{sd(ph[:4])}]] um [[PHONE#p:{sd(ph[4:7])} {sd(ph[7:])}]]"),
        (A, "and can i check the postcode on his address"),
        (C, f"[[POSTCODE:{sd(pc)}]]"),
        (A, "all good it'll be ready after ((time:three)) and we're open till ((time:six thirty))"),
    ]


@case("transcript")
def ca_poa_telecom_father():
    acc = dg(9)
    yy, mm, dd = dob(1930, 1945)
    hn = ri(100, 2400)
    pc = ca_pc("L")
    ph = us_phone()
    plan = ch([55, 65, 72])
    return [
        (A, "Maple Telecom, this is [[NAME:Priyanka]]. May I have your name, please?"),
        (C, "[[NAME:Graham Whitfield]]. I have power of attorney for my father, [[NAME:Leonard Whitfield]], and I need to be added to his account."),
        (A, "Certainly. Have you sent us a copy of the power of attorney?"),
        (C, f"I faxed it on the ((date:3rd)). The lawyer, Ms. [[NAME:Okonjo]], signed it ((date:{MONTHS[ri(0, 11)]} {ri(1, 28)}, {ri(2023, 2024)}))."),
        (A, "Yes, I see it attached. What's the account number?"),
        (C, f"[[ACCOUNT_NUMBER:{grp(acc, [3, 3, 3])}]]."),
        (A, "And your father's date of birth?"),
        (C, f"[[DOB:{MONTHS[mm - 1]} {dd}, {yy}]]. He's ((other:{2025 - yy})), and he's got dementia now, so he can't really deal with the phone company."),
        (A, "I understand. Can you confirm the service address?"),
        (C, f"[[ADDRESS:{hn} Lakeshore Road West, Oakville]], Ontario, [[POSTCODE:{pc}]]."),
        (A, "Thank you. And the best number to reach you?"),
        (C, f"[[PHONE:{usd(ph)}]]."),
        (A, "Would you like the bills emailed to you instead of mailed to him?"),
        (C, "Please. [[EMAIL:g.whitfield@rogers.com]]."),
        (A, f"Done. He's on the ((price:${plan} a month)) home phone and internet bundle with ((quantity:100 GB)) of data. You're now listed as his attorney as of today."),
        (C, f"One more thing. He keeps calling a number in Florida, and last month's long-distance was ((price:${ri(140, 260)})). Can you block that?"),
        (A, "We can put a long-distance block on the line. It takes effect within ((duration:24 hours))."),
    ]


@case("asr")
def nz_mobile_port_two():
    p1 = nz_mob()
    p2 = nz_mob()
    wrong = dg(8)
    acc = dg(8)
    y1, m1, d1 = dob(1970, 1990)
    y2, m2, d2 = dob(1972, 1992)
    return [
        (A, "kia ora thanks for calling kiwilink mobile you're talking with [[NAME:jade]]"),
        (C, "hey [[NAME:jade]] yeah i want to bring my number over from my old provider and my wife's as well"),
        (A, "sweet as what's the first number"),
        (C, f"[[PHONE:{sd(p1[:3])} {sd(p1[3:6])} {sd(p1[6:])}]]"),
        (A, "and the account number with the current provider"),
        (C, f"it's [[ACCOUNT_NUMBER:{sd(wrong)}]] hang on no that's the power bill it's [[ACCOUNT_NUMBER:{sd(acc[:4])} {sd(acc[4:])}]]"),
        (A, "no worries and the name on that account"),
        (C, "[[NAME:tama wiremu]]"),
        (A, "and date of birth for the account holder"),
        (C, f"[[DOB:{ordinal(d1)} of {MONTHS[m1 - 1].lower()} {say_year(y1)}]]"),
        (A, "cool and your wife's number"),
        (C, f"[[PHONE#q:{sd(p2[:3])}]] um [[PHONE#q:{sd(p2[3:], dbl=True)}]] her name's [[NAME:mereana]] she's on prepay so there's no account number"),
        (A, "for prepay i just need her date of birth"),
        (C, f"[[DOB:{nw(d2)} {nw(m2)} {sp(str(y2)[2:]) if ri(0, 1) else say_year(y2)}]]"),
        (A, f"choice that's both going through they'll switch over in about ((duration:two hours)) and you're each on the ((price:fifty nine dollar)) plan with ((quantity:forty gig))"),
        (C, "awesome"),
        (A, "and an email for the confirmation"),
        (C, "[[EMAIL:tama dot wiremu at xtra dot co dot nz]]"),
    ]


@case("transcript")
def in_clinic_mother_followup():
    pid = dg(6)
    ph = in_mob()
    pin = "4110" + dg(2, False)
    flat = ri(101, 904)
    hn = ri(1, 120)
    fee = ch([500, 600, 800])
    return [
        (A, "Good morning, Sanjeevani Clinic, this is [[NAME:Meera]]."),
        (C, "Hi [[NAME:Meera]], I need to book a follow-up for my mother with Dr. [[NAME:Kulkarni]]. She is ((other:72))."),
        (A, "Patient ID, please?"),
        (C, f"It's [[ACCOUNT_NUMBER:SC-{pid}]]."),
        (A, "And the patient's name?"),
        (C, "[[NAME:Shobha Deshpande]]."),
        (A, "Registered mobile number?"),
        (C, f"[[PHONE:+91 {ph[:5]} {ph[5:]}]]. That is my number, actually, she doesn't use a mobile."),
        (A, f"No problem. Dr. [[NAME:Kulkarni]] has OPD on Tuesday at ((time:11:30 am)) or Thursday at ((time:4 pm)). Consultation fee is ((price:Rs. {fee}))."),
        (C, f"Thursday is better. Also her fasting sugar was ((quantity:{ri(180, 240)} mg/dL)) yesterday, should she come earlier?"),
        (A, "Please come ((duration:30 minutes)) early and we will do the test again. Do you want the home sample collection? Then I need the address."),
        (C, f"Yes. [[ADDRESS:Flat {flat}, Shanti Apartments, {hn} Karve Road, Pune]], PIN [[POSTCODE:{pin}]]."),
        (A, f"[[POSTCODE:{pin}]], okay. The technician [[NAME:Sandeep]] will come at ((time:7:30)) on Thursday morning. And your name?"),
        (C, "[[NAME:Rohit Deshpande]]. I'm her son."),
        (A, "Done, Mr. [[NAME:Deshpande]]. You will get an SMS confirmation."),
    ]


@case("asr")
def uk_licence_renewal_seventy():
    sur = "HARGR"
    yy, mm, dd = dob(1953, 1955)
    lic = f"{sur}{str(yy)[2]}{mm:02d}{dd:02d}{str(yy)[3]}DM{ri(1, 9)}{L()}{L()}"
    ni = ni_no()
    hn = ri(2, 40)
    pc = uk_pc("HR1")
    return [
        (V, "welcome to driver licensing for renewals say renew for anything else say other"),
        (C, "renew"),
        (V, "please say your driving licence number"),
        (C, f"[[ACCOUNT_NUMBER:{spell(lic)}]]"),
        (V, f"i heard [[ACCOUNT_NUMBER:{spell(lic, 'zero')}]] if that's right say yes"),
        (C, "no"),
        (V, "sorry let me get you to someone who can help"),
        (A, "hello you're through to [[NAME:rhys]] how can i help"),
        (C, f"hiya i'm [[NAME:dilys hargreaves]] i turned ((other:seventy)) last month and i've had the letter saying i need to renew"),
        (A, "that's right at ((other:seventy)) it's free to renew can i take your national insurance number"),
        (C, f"[[SSN:{spell(ni[0])} {sd(ni[1])} {sd(ni[2])} {sd(ni[3])} {ni[4].lower()}]]"),
        (A, "and your date of birth"),
        (C, f"[[DOB:{ordinal(dd)} {MONTHS[mm - 1].lower()} {say_year(yy)}]]"),
        (A, "and is the address on the licence still correct"),
        (C, f"no i've moved in with my daughter [[NAME:bethan]] it's [[ADDRESS:{nw(hn)} orchard way bartestree]] near hereford"),
        (A, "and the postcode"),
        (C, f"[[POSTCODE:{spell(pc)}]]"),
        (A, f"thank you do you have any medical conditions that affect your driving"),
        (C, "just the glasses i've worn them since i was ((other:forty))"),
        (A, "that's fine your new licence should arrive within ((duration:three weeks)) and it's valid for ((duration:three years))"),
    ]


@case("transcript")
def za_gym_couple_signup():
    y1, m1, d1 = dob(1985, 1998)
    y2, m2, d2 = dob(1985, 1998)
    id1, id2 = za_id(y1, m1, d1), za_id(y2, m2, d2)
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    ph = za_mob()
    fee = ch(["R1,150", "R1,299", "R980"])
    return [
        (A, "Good morning, FitZone Sandton, [[NAME:Lerato]] speaking."),
        (C, "Hi [[NAME:Lerato]], my husband and I want to sign up for the couples membership we saw online."),
        (A, f"Lovely! That's ((price:{fee} per month)) for the ((count:two)) of you, on a ((duration:12-month)) contract. Can I start with your full name?"),
        (C, "[[NAME:Zanele Mokoena]]. And my husband is [[NAME:Themba Mokoena]]."),
        (A, "And I'll need both ID numbers for the contract."),
        (C, f"Mine is [[SSN:{id1}]]. His is... hold on, he's reading it... [[SSN#h:{id2[:6]}]], uh, [[SSN#h:{id2[6:]}]]."),
        (A, "Thank you. A cell number and email for the contract?"),
        (C, f"[[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]], and [[EMAIL:zanele.mokoena@webmail.co.za]]."),
        (A, "The debit order goes off the card. Can I have the card number?"),
        (C, f"[[CARD_NUMBER:{grp(cn, [4, 4, 4, 4])}]]."),
        (A, "Expiry date?"),
        (C, f"[[EXPIRY:{m:02d}/{y}]]."),
        (A, "And the CVV on the back?"),
        (C, f"[[CVV:{cvv}]]."),
        (A, f"Thank you, that's all loaded. Your first ((count:3)) personal training sessions are free, and the joining fee of ((price:R499)) is waived this month."),
        (C, "Perfect, thanks [[NAME:Lerato]]."),
    ]


@case("asr")
def ie_medical_card_aunt():
    ps = pps()
    yy, mm, dd = dob(1936, 1950)
    ek = eircode()
    hn = ri(2, 60)
    ph = ie_mob()
    return [
        (A, "medical card central applications [[NAME:ciara]] speaking"),
        (C, "hi [[NAME:ciara]] i'm ringing on behalf of my aunt she's been waiting on her medical card renewal and her gp says it's lapsed"),
        (A, "okay are you her nominated person on the application"),
        (C, "i am yeah i'm [[NAME:eilis moran]] and my aunt is [[NAME:kathleen mcgrath]]"),
        (A, "can i have her pps number"),
        (C, f"[[SSN#p:{sd(ps[:3])}]] um [[SSN#p:{sd(ps[3:7])} {spell(ps[7:])}]]"),
        (A, "and her date of birth"),
        (C, f"[[DOB:{ordinal(dd)} of {MONTHS[mm - 1].lower()} {say_year(yy)}]]"),
        (A, "thanks and her address"),
        (C, f"[[ADDRESS:{nw(hn)} church view kilcullen]] county kildare"),
        (A, "and the eircode"),
        (C, f"[[POSTCODE:{spell(ek)}]]"),
        (A, f"okay i can see the renewal came in on the ((date:{ordinal(ri(2, 27))})) and it's approved it just hasn't been posted yet her gp is doctor [[NAME:fitzgerald]] is that right"),
        (C, "that's right"),
        (A, "i'll send it out today she should have it in ((duration:five to seven working days)) and it's valid for ((duration:two years))"),
        (C, f"great and can you put my number on the file in case it happens again [[PHONE:{sd(ph[:3])} {sd(ph[3:], dbl=True)}]]"),
        (A, f"that's added [[NAME:eilis]]"),
    ]


@case("transcript")
def us_rental_flat_tire():
    ra = dg(9)
    plate = f"{ri(5, 9)}{L()}{L()}{L()}{dg(3, False)}"
    ph = us_phone()
    mm_ = ri(120, 260)
    return [
        (A, "Summit Rentals Roadside Assistance, this is [[NAME:Tyrone]]. Is everyone safe?"),
        (C, "Yes, we're pulled off at an exit. I've got a flat on the rental. I'm with my mother-in-law, she's fine, just cold."),
        (A, "Okay. Can I get the rental agreement number? It's on the key tag or the paperwork."),
        (C, f"It says RA [[ACCOUNT_NUMBER:{ra}]]."),
        (A, "Thank you. And your name?"),
        (C, "[[NAME:Ashley Nguyen-Baptiste]]. The car's under my name, I'm the only driver."),
        (A, f"Got you, Ms. [[NAME:Nguyen-Baptiste]]. A ((year:2024)) Nissan Rogue, plate [[ACCOUNT_NUMBER:{plate}]]?"),
        (C, "That's it."),
        (A, "Where exactly are you?"),
        (C, f"((other:I-80)) eastbound, we got off at exit ((other:{mm_})), we're in the gas station lot by the diner."),
        (A, "Perfect. Does the car have a spare, or would you like a tow to swap the vehicle?"),
        (C, "There's one of those foam kits, but the tire's split. It's ((other:34 degrees)) out here."),
        (A, f"Then I'll send a tow and have a replacement at the branch ((quantity:{ri(12, 30)} miles)) away. Estimated time is ((duration:60 to 90 minutes)). The best callback number?"),
        (C, f"[[PHONE:{usd(ph)}]]."),
        (A, f"The driver will call you from that number. I'll text you the reference, [[ACCOUNT_NUMBER:{dg(7)}]]."),
        (C, "Thanks, [[NAME:Tyrone]]."),
    ]


@case("asr")
def uk_water_leak_neighbour():
    acc = dg(10)
    hn = ri(2, 90)
    pc = uk_pc("GL5")
    read = ri(1000, 4000)
    ph = uk_mob()
    return [
        (V, "welcome to severn valley water to pay a bill say pay to report a leak or a problem with your supply say leak"),
        (C, "leak"),
        (V, f"if you're calling about a burst main in the stroud area we're aware and working on it please stay on the line"),
        (A, "hi you're through to [[NAME:shelley]] is this about a leak"),
        (C, "sort of it's my neighbour's house he's in hospital and i've got a key i went in to check and there's water coming through the kitchen ceiling"),
        (A, "oh no have you been able to turn the stop tap off"),
        (C, "yeah it's off now his name's [[NAME:arthur pennington]] i'm [[NAME:roz]] from next door"),
        (A, "okay [[NAME:roz]] what's the address"),
        (C, f"[[ADDRESS:{nw(hn)} wharf lane thrupp]] and i think the postcode's [[POSTCODE:{spell(pc)}]]"),
        (A, "i've got an account there do you know the account number by any chance"),
        (C, f"there's a bill on the side hang on [[ACCOUNT_NUMBER#a:{sd(acc[:5])}]] um [[ACCOUNT_NUMBER#a:{sp(acc[5:])}]]"),
        (A, "and can you see the meter reading it's usually in the pavement outside"),
        (C, f"it says ((quantity:{sd(str(read))})) and the little dial's still going round"),
        (A, f"so it's still running on his side we'll send an engineer within ((duration:four hours)) they'll need a number for you"),
        (C, f"yeah [[PHONE:{sd(ph[:5])} {sp(ph[5:])}]]"),
        (A, f"and i'll put a note for a leak allowance so [[NAME:arthur]] isn't charged for the lost water"),
    ]


@case("transcript")
def au_charity_bushfire():
    cn = card(mc(), 16)
    m, y = exp()
    cvv = dg(3, False)
    hn = ri(2, 180)
    pc = str(ri(2600, 2620))
    amt = ch([50, 75, 100, 150])
    return [
        (A, "Thanks for calling the Country Fire Relief Appeal, my name's [[NAME:Bronwyn]]."),
        (C, f"Hi [[NAME:Bronwyn]]. I'd like to make a donation, ((price:${amt})), and I'd like it in memory of my father, if you do that."),
        (A, "We do, and I'm sorry for your loss. What was your father's name?"),
        (C, "[[NAME:Keith Lawless]]. He was a volunteer firie for ((duration:thirty years))."),
        (A, "That's lovely. And your name for the receipt?"),
        (C, "[[NAME:Joanne Lawless]]."),
        (A, "And your address, [[NAME:Joanne]]?"),
        (C, f"[[ADDRESS:{hn} Jerrabomberra Avenue, Narrabundah]], ACT [[POSTCODE:{pc}]]."),
        (A, "Thank you. Card number when you're ready."),
        (C, f"[[CARD_NUMBER#c:{grp(cn[:8], [4, 4])}]]... sorry, the kettle... [[CARD_NUMBER#c:{grp(cn[8:], [4, 4])}]]."),
        (A, "Expiry?"),
        (C, f"[[EXPIRY:{m:02d}/{y}]]."),
        (A, "And the ((count:three)) numbers on the back?"),
        (C, f"[[CVV:{cvv}]]."),
        (A, f"Thank you. That's ((price:${amt})) on the Mastercard ending [[CARD_NUMBER:{cn[-4:]}]]. Donations over ((price:$2)) are tax deductible. Where should the receipt go?"),
        (C, "Email, please. [[EMAIL:jo.lawless@bigpond.com]]."),
        (A, f"Perfect. We can also send a card to your family letting them know about the gift in [[NAME:Keith]]'s name."),
        (C, "That'd be lovely. Send it to my mum, [[NAME:Val]], same address."),
    ]


@case("asr")
def us_pharmacy_mom_copay():
    rx = dg(7)
    yy, mm, dd = dob(1938, 1952)
    mem = ch(LET) + ch(LET) + ch(LET) + dg(9, False)
    ph = us_phone()
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    copay = ch([("twelve fifty", 12), ("eighteen dollars", 18), ("forty seven thirty", 47)])
    return [
        (A, "thanks for calling pine street pharmacy this is [[NAME:destiny]]"),
        (C, "hi yes i'm calling to refill my mom's prescription she's [[NAME:loretta jenkins]] i'm her daughter [[NAME:tamika]]"),
        (A, "sure do you have the prescription number it's on the label"),
        (C, f"yeah it's [[ACCOUNT_NUMBER:{sd(rx)}]] it's the metformin ((quantity:five hundred milligram))"),
        (A, "and her date of birth"),
        (C, f"[[DOB:{MONTHS[mm - 1].lower()} {ordinal(dd)} {say_year(yy)}]]"),
        (A, "okay it's showing her insurance changed in ((date:january)) do you have the new member id"),
        (C, f"hold on it's on the card [[ACCOUNT_NUMBER#i:{spell(mem[:3])} {sd(mem[3:7])}]] uh [[ACCOUNT_NUMBER#i:{sd(mem[7:])}]]"),
        (A, f"got it that went through her copay is ((price:{copay[0]})) for ((count:ninety)) tablets do you want to pay now so it's ready for pick up"),
        (C, "yeah put it on my card"),
        (A, "go ahead with the card number"),
        (C, f"[[CARD_NUMBER:{sd(cn[:4])} {sd(cn[4:8])} {sd(cn[8:12])} {sd(cn[12:])}]]"),
        (A, "expiration"),
        (C, f"[[EXPIRY:{MONTHS[m - 1].lower()} {nw(y)}]]"),
        (A, "and the security code"),
        (C, f"[[CVV:{sd(cvv)}]]"),
        (A, f"that's approved on the card ending [[CARD_NUMBER:{sd(cn[-4:])}]] it'll be ready after ((time:four pm)) and we'll text her number when it is"),
        (C, f"can you text mine instead she doesn't read them [[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]]"),
        (A, "done i've added it for this prescription"),
    ]


@case("transcript")
def uk_tax_selfassessment_wife():
    utr = dg(10)
    ni = ni_no()
    yy, mm, dd = dob(1955, 1970)
    pc = uk_pc("NG9")
    owe = ri(800, 4200)
    return [
        (V, "Welcome to the Self Assessment helpline. Please say your ((count:10))-digit Unique Taxpayer Reference, or say 'I don't have it'."),
        (C, f"[[ACCOUNT_NUMBER:{grp(utr, [5, 5])}]]."),
        (V, f"Thank you. I heard [[ACCOUNT_NUMBER:{' '.join(utr)}]]. Is that correct?"),
        (C, "Yes."),
        (A, "Good afternoon, my name's [[NAME:Olamide]]. Who am I speaking to?"),
        (C, "It's [[NAME:Brian Sutcliffe]]. I'm calling about my wife's tax return, actually, the reference I gave is hers. She's had a stroke and I'm dealing with her post."),
        (A, "I'm sorry to hear that. Is there an authority in place for you to act for her?"),
        (C, "There's a lasting power of attorney, registered in ((date:March)). Her name's [[NAME:Marion Sutcliffe]]."),
        (A, "Thank you. I'll need to confirm some details about her. Her National Insurance number?"),
        (C, f"[[SSN:{ni[0]} {ni[1]} {ni[2]} {ni[3]} {ni[4]}]]."),
        (A, "And her date of birth?"),
        (C, f"[[DOB:{th(dd)} {MONTHS[mm - 1]} {yy}]]."),
        (A, "And the postcode we have for her?"),
        (C, f"[[POSTCODE:{pc}]]."),
        (A, f"Thank you. So the return for ((year:2023)) to ((year:24)) wasn't filed, and there's a ((price:£100)) late-filing penalty plus ((price:£{owe:,})) owing from her rental income."),
        (C, f"She was in hospital for ((duration:four months)). Can the penalty be appealed?"),
        (A, "Yes, a hospital stay is a reasonable excuse. Send the appeal with the discharge letter within ((duration:30 days)) of the penalty notice, and we can set up a payment plan for the rest."),
        (C, "Thank you, [[NAME:Olamide]], that's a weight off."),
    ]


@case("asr")
def ca_internet_move():
    acc = dg(10)
    h1, h2 = ri(10, 990), ri(1000, 9800)
    unit = ri(101, 1904)
    pc = ca_pc("V")
    ph = us_phone()
    model = f"{ch(['xb', 'hh', 'cg'])} {nw(ri(6, 8))}"
    d = ri(3, 27)
    return [
        (A, "thank you for calling coastline communications my name is [[NAME:harpreet]] how can i help"),
        (C, "hi [[NAME:harpreet]] i'm moving next month and i want to move my internet with me"),
        (A, "congratulations can i get your account number"),
        (C, f"[[ACCOUNT_NUMBER#a:{sd(acc[:3])} {sd(acc[3:6])}]] sorry it's a long one"),
        (A, "no worries"),
        (C, f"[[ACCOUNT_NUMBER#a:{sd(acc[6:])}]]"),
        (A, "and the name on the account"),
        (C, "it's [[NAME:owen cartwright]] but my partner [[NAME:elodie]] is on there too"),
        (A, "and the current service address"),
        (C, f"[[ADDRESS:{nw(h1)} east fourteenth avenue]] in vancouver"),
        (A, "okay and where are you moving to"),
        (C, f"[[ADDRESS:unit {sp(str(unit))} {sp(str(h2))} kingsway burnaby]] the postal code is [[POSTCODE:{spell(pc)}]]"),
        (A, f"let me check that building yes it's wired for our fibre you can get up to ((quantity:one point five gigabits)) there"),
        (C, f"i'm only paying ((price:eighty five a month)) now is it more"),
        (A, f"it's ((price:ninety five)) but there's a promo ((price:ten dollars)) off for ((duration:twelve months)) so it works out the same"),
        (C, "okay do that can i keep the same modem"),
        (A, f"you've got the ((model_number:{model})) so yes just bring it with you the install date would be the ((date:{ordinal(d)})) between ((time:eight)) and ((time:noon))"),
        (C, "perfect"),
        (A, "and the best contact number for the technician"),
        (C, f"[[PHONE:{sp(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]]"),
        (A, f"and your email for the confirmation"),
        (C, "[[EMAIL:owen c at protonmail dot com]]"),
    ]


@case("transcript")
def nz_carhire_queenstown():
    ref = dg(8)
    lic = ch(LET) + ch(LET) + dg(6)
    fl = ri(600, 699)
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    ph = nz_mob()
    return [
        (A, "Kia ora, Southern Lakes Car Hire, [[NAME:Mikaere]] speaking."),
        (C, "Hi there. I've got a booking for Queenstown Airport on Friday, but our flight's been moved and we'll be late. Can you hold the car?"),
        (A, "Sure. Booking number?"),
        (C, f"[[ACCOUNT_NUMBER:{ref}]], under [[NAME:Sorensen]]. [[NAME:Karl Sorensen]]."),
        (A, "Got it. What's the new flight?"),
        (C, f"((flight_number:NZ {fl})), landing at ((time:9:40 pm)) instead of ((time:6:15))."),
        (A, "The desk closes at ((time:8)), so I'll put the keys in the after-hours box. I'll need to confirm the card on file for the bond, though, because the pre-auth dropped off."),
        (C, f"Okay. It's [[CARD_NUMBER:{grp(cn, [4, 4, 4, 4])}]]."),
        (A, "Expiry?"),
        (C, f"[[EXPIRY:{m:02d}/{y}]]."),
        (A, "And the CVC?"),
        (C, f"[[CVV:{cvv}]]."),
        (A, f"Thanks. The bond is ((price:$3,000)), or ((price:$300)) if you take the full excess cover at ((price:$35 a day))."),
        (C, "We'll take the cover. My wife, [[NAME:Ingrid]], will be driving too."),
        (A, "No worries, we'll add her at the box. Her licence number?"),
        (C, f"[[ACCOUNT_NUMBER:{lic}]]."),
        (A, "And a mobile in case the flight changes again?"),
        (C, f"[[PHONE:+64 {ph[1:3]} {ph[3:6]} {ph[6:]}]]."),
        (A, "All sorted, [[NAME:Karl]]. The code for the box will come by text at ((time:5 pm)) Friday."),
    ]


@case("asr")
def za_return_kettle_daughter():
    order = dg(9)
    trk = nonluhn(14)
    ph = za_mob()
    price = ri(499, 1899)
    model = f"{ch(['kx', 'ek', 'tp'])} {sp(str(ri(2, 4) * 100 + ri(10, 60)))}"
    return [
        (A, "good morning takealot returns this is [[NAME:pieter]] speaking"),
        (C, "morning [[NAME:pieter]] i'm phoning for my daughter she ordered a kettle on my account and it's not working"),
        (A, "okay can i have the order number"),
        (C, f"[[ACCOUNT_NUMBER:{sd(order)}]]"),
        (A, "and your name ma'am"),
        (C, "[[NAME:annelie van wyk]] and my daughter is [[NAME:marike]]"),
        (A, f"thank you i see the ((model_number:{model})) for ((price:{nw(price)} rand)) delivered on the ((date:{ordinal(ri(2, 25))}))"),
        (C, "that's the one it trips the power every time she switches it on"),
        (A, f"okay that's covered you're within the ((duration:six month)) warranty i'll book a collection the courier will bring a waybill"),
        (C, "will they phone first she's at varsity till ((time:three))"),
        (A, "they'll call the number on the order which is this one ending"),
        (C, f"no use hers [[PHONE#p:{sd(ph[:3])}]] uh [[PHONE#p:{sd(ph[3:6])} {sd(ph[6:])}]]"),
        (A, f"changed and the tracking number for the collection is ((other:{sd(trk)})) you'll get it on sms too"),
        (C, "and the email for the refund confirmation can it go to her as well"),
        (A, "sure what is it"),
        (C, "[[EMAIL:marike v w at gmail dot com]] that's v for victor w for whiskey"),
        (A, "[[EMAIL:marike v w at gmail dot com]] the refund is about ((duration:seven working days)) after it reaches our warehouse"),
    ]


@case("transcript")
def in_pan_aadhaar_link():
    p_ = pan()
    aad = aadhaar()
    yy, mm, dd = dob(1950, 1962)
    ph = in_mob()
    pin = "5600" + dg(2, False)
    return [
        (A, "Income tax helpdesk, this is [[NAME:Anjali]]. How may I help you?"),
        (C, "Good afternoon. My father's PAN is showing inoperative and his pension TDS has gone up. I think the Aadhaar link is not done. I'm his son, [[NAME:Arvind Rao]]."),
        (A, "I can check the status. Please tell me the PAN."),
        (C, f"[[SSN:{p_}]]."),
        (A, "And the name as per PAN?"),
        (C, "[[NAME:Narayana Rao Kodali]]. [[NAME:Kodali]] is the surname, but on Aadhaar it's written first."),
        (A, "That is probably the mismatch. Date of birth?"),
        (C, f"[[DOB:{dd:02d}-{mm:02d}-{yy}]]."),
        (A, "Aadhaar number?"),
        (C, f"[[SSN:{grp(aad, [4, 4, 4])}]]."),
        (A, f"Yes, the link failed because of the name order. He will need to pay the late fee of ((price:Rs. 1,000)) and then request linking with the name as in Aadhaar. After linking it takes ((duration:7 to 30 days)) to become operative."),
        (C, "And the extra TDS? It's ((percentage:20%)) now instead of ((percentage:10%))."),
        (A, f"Once it is operative he can claim the excess when he files for ((year:2025))-((year:26)). What mobile is linked to his Aadhaar, for the OTP?"),
        (C, f"[[PHONE:{ph[:5]} {ph[5:]}]]. It's his, I have it with me."),
        (A, "And email for the acknowledgement?"),
        (C, f"[[EMAIL:nr.kodali{yy}@rediffmail.com]]. He made it himself, that's his year of birth in it."),
        (A, f"Okay. And the PIN code as per his address?"),
        (C, f"[[POSTCODE:{pin}]], Bengaluru."),
    ]


@case("asr")
def ie_hospice_donation_sisters():
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    ek = eircode("D15")
    hn = ri(2, 80)
    ph = ie_mob()
    amt = ch([("fifty euro", 50), ("a hundred euro", 100), ("two hundred and fifty euro", 250)])
    return [
        (A, "good afternoon marymount hospice fundraising [[NAME:orla]] speaking"),
        (C, "hi [[NAME:orla]] myself and my sister want to make a donation in thanks for the care our mam got she passed last month"),
        (A, "i'm so sorry for your loss what was your mam's name"),
        (C, "[[NAME:bridget hegarty]] she was in the unit for nearly ((duration:three weeks))"),
        (A, "thank you and how much were you thinking of giving"),
        (C, f"((price:{amt[0]})) each so it'll be ((count:two)) payments one from me and one from [[NAME:sinead]] but she's not great on the phone"),
        (A, "that's no problem we can do yours now can i take your name"),
        (C, "[[NAME:maeve hegarty]]"),
        (A, "go ahead with the card number"),
        (C, f"[[CARD_NUMBER#c:{sd(cn[:8])}]] uh [[CARD_NUMBER#c:{sd(cn[8:12], 'zero')}]] uh [[CARD_NUMBER#c:{sd(cn[12:])}]]"),
        (A, "and the expiry date"),
        (C, f"[[EXPIRY:{sd(f'{m:02d}')} {sd(str(y))}]]"),
        (A, "and the ((count:three)) digit security number"),
        (C, f"[[CVV:{sd(cvv, 'zero')}]]"),
        (A, f"that's gone through thank you [[NAME:maeve]] do you want a receipt posted out"),
        (C, f"yes please [[ADDRESS:{nw(hn)} the paddocks castleknock dublin fifteen]]"),
        (A, "and the eircode"),
        (C, f"[[POSTCODE:{spell(ek)}]]"),
        (A, f"lovely and for [[NAME:sinead]]'s payment will i ring her or will she ring us"),
        (C, f"ring her on [[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]] after ((time:six)) she's working"),
    ]


@case("transcript")
def uk_gym_freeze_bank():
    mem = dg(8)
    yy, mm, dd = dob(1988, 2001)
    sc = f"{dg(2, False)}-{dg(2, False)}-{dg(2, False)}"
    acct = dg(8, False)
    fee = ch(["£34.99", "£42.50", "£27.99"])
    return [
        (A, "Hi, you're through to PulseFit membership, [[NAME:Kyle]] speaking."),
        (C, "Hiya. I want to freeze my membership, I've broken my ankle. And change the bank details while I'm at it."),
        (A, "Ouch. Can I take your membership number?"),
        (C, f"[[ACCOUNT_NUMBER:{mem}]]."),
        (A, "And your full name and date of birth?"),
        (C, f"[[NAME:Jasmine Akhtar]], [[DOB:{dd:02d}.{mm:02d}.{str(yy)[2:]}]]."),
        (A, f"Thanks, [[NAME:Jasmine]]. You can freeze for up to ((duration:3 months)) at ((price:£5 a month)), instead of your normal ((price:{fee})). When did you want it to start?"),
        (C, "From the next payment, please. The physio says ((duration:eight weeks)) minimum."),
        (A, "Done, from the ((date:15th)). And the new bank details?"),
        (C, f"Sort code [[ACCOUNT_NUMBER:{sc}]], account [[ACCOUNT_NUMBER#b:{acct[:4]}]]... hang on, my brother's reading it out... [[ACCOUNT_NUMBER#b:{acct[4:]}]]. It's a joint account with him, [[NAME:Imran Akhtar]]."),
        (A, f"That's fine as long as you're named on it. So [[ACCOUNT_NUMBER:{sc}]] and [[ACCOUNT_NUMBER:{acct}]]. Email for the confirmation?"),
        (C, "[[EMAIL:jas.akhtar@hotmail.co.uk]]."),
        (A, f"Sent. Your ((count:2)) guest passes will carry over too. Get well soon!"),
    ]


@case("asr")
def us_power_medical_carer():
    acc = dg(10)
    hn = ri(100, 9999)
    z = zip5("366")
    ph = us_phone()
    model = f"{ch(['ec', 'vx', 'oc'])} {nw(ri(3, 9))}"
    return [
        (A, "southern gas and electric this is [[NAME:latoya]] how can i help you today"),
        (C, "hi i'm a home health aide and i take care of a gentleman who's on oxygen and we got a disconnect notice i want to make sure his power doesn't get shut off"),
        (A, "okay i can look into that what's the name on the account"),
        (C, "[[NAME:harold bixby]] and i'm [[NAME:yesenia]] i'm with him ((duration:five days)) a week"),
        (A, "and the account number or the service address"),
        (C, f"the address is [[ADDRESS:{sp(str(hn))} magnolia drive]] in mobile and the zip is [[POSTCODE:{sd(z)}]]"),
        (A, "and can i speak with mister [[NAME:bixby]] to get permission to talk with you"),
        (C, "yes hold on [[NAME:harold]] it's the power company they need you to say it's okay"),
        (C, "yeah this is [[NAME:harold]] she can talk for me"),
        (A, f"thank you sir okay [[NAME:yesenia]] the past due is ((price:two hundred and eighty seven dollars)) and the disconnect date is the ((date:{ordinal(ri(5, 20))})) but if he has a medical certificate on file we hold the disconnect"),
        (C, f"he's got a concentrator the ((model_number:{model})) it runs ((duration:twenty four hours)) a day"),
        (A, f"his doctor needs to fax the form within ((duration:ten days)) and i'll put a hold on it today the account number for the form is [[ACCOUNT_NUMBER:{sd(acc)}]]"),
        (C, "okay and what number do they fax it to"),
        (A, "it's on the form i'll mail it today or i can text you a link"),
        (C, f"text me [[PHONE#p:{sd(ph[:3])}]] um [[PHONE#p:{sd(ph[3:6])} {sd(ph[6:])}]]"),
        (A, f"sent and i've set up a payment plan option of ((price:forty eight dollars)) over ((duration:six months)) if that helps"),
    ]


@case("transcript")
def au_nbn_technician():
    acc = dg(9)
    hn = ri(2, 120)
    pc = str(ri(4000, 4179))
    ph = au_mob()
    code = ri(100, 999)
    return [
        (A, "G'day, you're through to Outback Broadband, [[NAME:Shane]] speaking."),
        (C, f"Hi [[NAME:Shane]]. My internet has been down since yesterday. The modem shows error ((other:E{code})) and the DSL light's off."),
        (A, "Let's have a look. What's your account number?"),
        (C, f"[[ACCOUNT_NUMBER:{acc}]]."),
        (A, "And the service address?"),
        (C, f"[[ADDRESS:{hn} Birdwood Terrace, Toowong]], [[POSTCODE:{pc}]]."),
        (A, f"Thanks. Who am I speaking with?"),
        (C, "[[NAME:Rachael Dimitriou]]. The account's in my husband's name, [[NAME:Nick]]. He's on the authority."),
        (A, f"Yep, I can see you there. I'm running a line test now... it's showing a fault on the line, not your modem. What model is it?"),
        (C, f"It's the white one... ((model_number:TG-{ri(700, 799)})), I think."),
        (A, f"That's fine. I'll book an NBN technician. The first slot is Thursday, ((time:8 am)) to ((time:12 pm)). The tech, [[NAME:Dale]], will call ((duration:30 minutes)) before."),
        (C, "Thursday's fine. Can he call my mobile?"),
        (A, "Sure, what's the number?"),
        (C, f"[[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]]."),
        (A, f"And because you've been without service for more than ((duration:24 hours)), I'll credit ((price:$12.50)) to the account. Anything else, [[NAME:Rachael]]?"),
        (C, "No, that's great, thanks."),
    ]


@case("asr")
def uk_benefits_appointee_son():
    ni = ni_no()
    yy, mm, dd = dob(1996, 2004)
    hn = ri(2, 140)
    pc = uk_pc("DN4")
    ph = uk_mob()
    amt = ri(300, 450)
    return [
        (V, "welcome to the benefits helpline please say your national insurance number or the number of the person you're calling about"),
        (C, f"[[SSN#n:{spell(ni[0])} {sd(ni[1])} {sd(ni[2])}]] um [[SSN#n:{sd(ni[3])} {ni[4].lower()}]]"),
        (V, "thank you please hold"),
        (A, "hi you're speaking to [[NAME:mandeep]] can i take your name"),
        (C, "it's [[NAME:sharon dobbs]] i'm the appointee for my son [[NAME:liam]] he's got learning disabilities the number i put in was his"),
        (A, "okay thanks [[NAME:sharon]] can i take [[NAME:liam]]'s date of birth"),
        (C, f"[[DOB:{ordinal(dd)} of {MONTHS[mm - 1].lower()} {say_year(yy, 1)}]]"),
        (A, "and his address"),
        (C, f"same as mine [[ADDRESS:{nw(hn)} beckett road wheatley]] [[POSTCODE:{spell(pc)}]]"),
        (A, "what can i help with today"),
        (C, f"his payment was ((price:{nw(amt)} pound)) short this month and i've had a letter about a review on the ((date:{ordinal(ri(2, 27))})) but it says ((time:nine fifteen)) and he's at college then"),
        (A, "i can see the review it's a phone assessment i can move it to the afternoon is ((time:two o'clock)) better"),
        (C, "yeah that's better and can they ring my phone not his"),
        (A, "what number"),
        (C, f"[[PHONE:{sd(ph[:5])} {sd(ph[5:8])} {sd(ph[8:])}]]"),
        (A, f"and the short payment is because a ((duration:two week)) overlap was taken back it should go back to normal next month"),
        (C, "right okay thanks [[NAME:mandeep]]"),
    ]


@case("transcript")
def ca_pharmacy_healthcard_wife():
    hc = dg(10)
    ver = L() + L()
    yy, mm, dd = dob(1948, 1965)
    ph = us_phone()
    cn = card(mc(), 16)
    m, y = exp()
    cvv = dg(3, False)
    return [
        (A, "Good morning, Bayview Pharmacy, this is [[NAME:Mireille]]."),
        (C, "Hi, I'm calling for my wife. She got a new prescription from the walk-in clinic yesterday and I want to know if it's covered."),
        (A, "Sure. What's her name?"),
        (C, "[[NAME:Eun-ji Park]]. I'm her husband, [[NAME:Daniel Park]]."),
        (A, "And her health card number?"),
        (C, f"[[ACCOUNT_NUMBER:{hc[:4]}-{hc[4:7]}-{hc[7:]}-{ver}]]."),
        (A, "Date of birth?"),
        (C, f"[[DOB:{yy}-{mm:02d}-{dd:02d}]]. That's how it's written on the card."),
        (A, f"Thanks. It's the amoxicillin, ((quantity:875 mg)), ((count:20)) capsules. Her plan covers ((percentage:80%)), so it's ((price:$6.40)) after the dispensing fee."),
        (C, "Okay. Can I pay now and pick it up on the way home?"),
        (A, "Of course. Card number?"),
        (C, f"[[CARD_NUMBER:{grp(cn, [4, 4, 4, 4])}]]."),
        (A, "Expiry and the ((count:three))-digit code?"),
        (C, f"Expires [[EXPIRY:{m:02d}/{y}]], code [[CVV:{cvv}]]."),
        (A, f"Done. It'll be ready in ((duration:20 minutes)). Phone number in case the pharmacist has questions?"),
        (C, f"[[PHONE:{usf(ph)}]]. Ask for me, [[NAME:Daniel]]. She's lost her voice."),
    ]


@case("asr")
def nz_power_ivr_card():
    acc = dg(3) + str(ri(0, 9)) * 3 + dg(3, False)
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    amt = ri(90, 420)
    cents = ri(10, 95)
    return [
        (V, "welcome to southern power to pay your bill please say or enter your ((count:nine)) digit account number"),
        (C, f"[[ACCOUNT_NUMBER:{sd(acc, dbl=True)}]]"),
        (V, f"thank you that's account [[ACCOUNT_NUMBER:{sd(acc, 'zero')}]] your balance is ((price:{nw(amt)} dollars and {nw(cents)} cents)) to pay the full amount say full amount"),
        (C, "full amount"),
        (V, "please say or enter your card number"),
        (C, f"[[CARD_NUMBER#c:{sd(cn[:4])} {sd(cn[4:8])}]] hold on [[CARD_NUMBER#c:{sd(cn[8:])}]]"),
        (V, f"you said [[CARD_NUMBER:{sd(cn[:4], 'zero')} {sd(cn[4:8], 'zero')} {sd(cn[8:12], 'zero')} {sd(cn[12:], 'zero')}]] is that correct"),
        (C, "yes"),
        (V, "please say the expiry date month then year"),
        (C, f"[[EXPIRY:{sd(f'{m:02d}')} {nw(y)}]]"),
        (V, "and the ((count:three)) digit security code from the back of the card"),
        (C, f"[[CVV:{sd(cvv)}]]"),
        (V, f"thank you your payment of ((price:{nw(amt)} dollars and {nw(cents)} cents)) has been approved your receipt number is ((other:{sd(nonluhn(8))})) to speak to someone about a payment plan say agent"),
        (C, "agent"),
        (A, "kia ora you've got [[NAME:tui]] on the line how can i help"),
        (C, "hi [[NAME:tui]] i just paid my mum's bill through the machine she's [[NAME:wendy fraser]] i want to put her on the winter payment plan so it's not ((price:three hundred)) in ((date:july))"),
        (A, f"sure i can see the payment just now we can smooth it to about ((price:{nw(ri(140, 190))} a month)) can i take your name as well"),
        (C, "[[NAME:grant fraser]] i'm on her account as the second contact"),
    ]


@case("transcript")
def us_gym_teen_signup():
    yy, mm, dd = dob(2008, 2010)
    hn = ri(100, 9999)
    z = zip5("937")
    ph = us_phone()
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    return [
        (A, "Iron Valley Fitness, this is [[NAME:Cody]], how can I help?"),
        (C, "Hi [[NAME:Cody]], I want to sign my son up. He's ((other:16)), is that old enough?"),
        (A, "Yep, ((other:14)) and up with a parent's signature. What's his name?"),
        (C, f"[[NAME:Mateo Alvarez]]. Born [[DOB:{mm}/{dd}/{yy}]]."),
        (A, "And yours, as the guardian on the account?"),
        (C, "[[NAME:Gabriela Alvarez]]."),
        (A, f"Thanks, [[NAME:Gabriela]]. The student plan is ((price:$24.99 a month)) with no enrollment fee through ((date:Sunday)). Address?"),
        (C, f"[[ADDRESS:{hn} Sycamore Lane]], Fresno, [[POSTCODE:{z}]]."),
        (A, "Phone and email?"),
        (C, f"[[PHONE:{usd(ph)}]], and [[EMAIL:gabyalvarez@aol.com]]."),
        (A, "And the card for the monthly draft?"),
        (C, f"[[CARD_NUMBER#c:{grp(cn[:8], [4, 4])}]], um, [[CARD_NUMBER#c:{grp(cn[8:], [4, 4])}]], expiration [[EXPIRY:{m:02d}/{y}]], and the code is [[CVV:{cvv}]]."),
        (A, f"Perfect. The first draft is today, then the ((date:1st)) of every month. He can come in after ((time:3:30)) on school days."),
    ]


@case("asr")
def in_electricity_bill_card():
    cons = dg(12)
    ph = in_mob()
    pin = "6000" + dg(2, False)
    units_ = ri(180, 420)
    amt = ri(1200, 4200)
    cn = card(mc(), 16)
    m, y = exp()
    cvv = dg(3, False)
    return [
        (A, "good evening electricity board customer care this is [[NAME:divya]] how can i help you"),
        (C, "madam my bill this month is very high i want to check it and pay also"),
        (A, "please tell me the consumer number"),
        (C, f"[[ACCOUNT_NUMBER#k:{sd(cons[:4])} {sd(cons[4:8])}]] wait i'll read properly [[ACCOUNT_NUMBER#k:{sd(cons[8:])}]]"),
        (A, "name on the connection"),
        (C, "it is in my late husband's name [[NAME:subramanian pillai]] i am [[NAME:lakshmi]]"),
        (A, f"okay madam this bimonthly reading is ((quantity:{nw(units_)})) units last time it was ((quantity:{nw(units_ - ri(60, 120))})) so the slab changed that is why amount is ((price:{nw(amt)} rupees))"),
        (C, "my grandson came for holidays he is using ac full day"),
        (A, f"that explains madam due date is the ((date:{ordinal(ri(5, 25))})) you can pay now on card"),
        (C, "yes please"),
        (A, "card number"),
        (C, f"[[CARD_NUMBER:{sd(cn[:4])} {sp(cn[4:8])} {sd(cn[8:12], dbl=True)} {sd(cn[12:])}]]"),
        (A, "expiry month and year"),
        (C, f"[[EXPIRY:{sd(f'{m:02d}', 'zero')} {sd(str(y))}]]"),
        (A, "and cvv"),
        (C, f"[[CVV:{sd(cvv)}]]"),
        (A, f"an otp will come to the mobile linked with the card"),
        (C, f"it came it is ((other:{sd(dg(6))}))"),
        (A, "payment is successful madam also should i update the contact number on the connection"),
        (C, f"yes put [[PHONE:{sd(ph[:5])} {sd(ph[5:])}]] and pin code is [[POSTCODE:{sd(pin)}]]"),
    ]


@case("transcript")
def ie_carhire_dublin_airport():
    ref = "DUB" + dg(7)
    fl = ri(100, 999)
    cn = card("3" + ch("47"), 15)
    m, y = exp()
    cvv = dg(4, False)
    lic = dg(9)
    ph = "1" + us_phone()
    return [
        (A, "Emerald Car Rental, Dublin Airport desk, [[NAME:Siobhan]] speaking."),
        (C, "Hi there, I'm calling from Boston. I have a reservation for next Tuesday and I need to update the card, the old one was compromised."),
        (A, "No problem. Reservation number?"),
        (C, f"[[ACCOUNT_NUMBER:{ref}]]."),
        (A, "Thank you. And the name?"),
        (C, "[[NAME:Patrick Donnelly]]. My cousin [[NAME:Fergal]] is meeting us, but I'm the driver."),
        (A, f"Lovely. I see a compact automatic for ((duration:ten days)), arriving on ((flight_number:EI {fl})) at ((time:6:05 am))."),
        (C, "That's right. The new card is an Amex."),
        (A, "Go ahead."),
        (C, f"[[CARD_NUMBER:{grp(cn, [4, 6, 5])}]]."),
        (A, "Expiry and the ((count:four))-digit code on the front?"),
        (C, f"[[EXPIRY:{m:02d}/{y}]]... and the code is [[CVV:{cvv}]]."),
        (A, f"Thank you. Just so you know, Amex isn't accepted for the excess hold, which is ((price:€1,500)). You'd need a Visa or Mastercard for that, or take our zero-excess cover at ((price:€28 a day))."),
        (C, "Put the cover on, then. Do you need my license?"),
        (A, "We'll see it at the desk, but I can note the number now to save time."),
        (C, f"It's a Massachusetts license, [[ACCOUNT_NUMBER:S{lic[:8]}]]."),
        (A, "Great. And a mobile that'll work in Ireland?"),
        (C, f"My US cell, [[PHONE:+{ph[0]} {ph[1:4]} {ph[4:7]} {ph[7:]}]]."),
    ]


@case("asr")
def uk_return_dresses_daughter():
    order = dg(9)
    pc = uk_pc("BS7")
    p1, p2 = ri(25, 60), ri(18, 45)
    last4 = dg(4, False)
    return [
        (A, "hi you're through to returns at thistle and bloom my name's [[NAME:chantelle]]"),
        (C, "hiya i'm ringing about my daughter's order she's at uni and she's sent back ((count:three)) dresses but only got money back for ((count:one))"),
        (A, "oh no is the order in her name"),
        (C, "yeah [[NAME:poppy wainwright]] i'm her mum [[NAME:claire]] she asked me to sort it she's got exams"),
        (A, "that's fine can i take the order number"),
        (C, f"[[ACCOUNT_NUMBER:{sd(order)}]]"),
        (A, "and the email on the order"),
        (C, "[[EMAIL:poppy wainwright oh four at gmail dot com]]"),
        (A, "and the postcode"),
        (C, f"[[POSTCODE:{spell(pc)}]] that's her home address not her uni one"),
        (A, f"okay i can see the refund for the size ((other:ten)) at ((price:{nw(p1)} pounds)) and the other ((count:two)) came back to the warehouse on the ((date:{ordinal(ri(3, 26))})) they just haven't been processed"),
        (C, "it's been over ((duration:two weeks)) though"),
        (A, f"i know i'm sorry i've pushed them through now ((price:{nw(p2)} pounds)) and ((price:{nw(p2 + ri(5, 15))} pounds)) back to the card ending [[CARD_NUMBER:{sd(last4)}]]"),
        (C, "is that her card or mine i paid for one of them"),
        (A, f"it all goes back to the card used for the order which is the one ending [[CARD_NUMBER:{sd(last4)}]] it takes ((duration:three to five working days))"),
        (C, "that's hers then fine thanks [[NAME:chantelle]]"),
    ]


@case("transcript")
def za_medical_aid_gp():
    yy, mm, dd = dob(1950, 1965)
    sid = za_id(yy, mm, dd)
    mai = dg(9)
    ph = za_mob()
    return [
        (A, "Good morning, Greenpoint Family Practice, [[NAME:Ayesha]] speaking."),
        (C, "Morning. I'd like to make an appointment for my father with Dr [[NAME:Naidoo]]. He's been having chest pains at night."),
        (A, "If the pain is bad right now, please call ((other:10177)) or take him to casualty. Is it bad now?"),
        (C, "No, it's only at night, and it's mild. He's ((other:68))."),
        (A, "Okay. His name?"),
        (C, "[[NAME:Abdullah Jacobs]]. I'm his daughter, [[NAME:Fatima]]."),
        (A, "ID number?"),
        (C, f"[[SSN:{sid}]]."),
        (A, "And his medical aid, and the member number?"),
        (C, f"Discovery, member number [[ACCOUNT_NUMBER:{mai}]]. He's the main member, dependant code ((other:00))."),
        (A, f"Thank you. Dr [[NAME:Naidoo]] can see him tomorrow at ((time:10:15)). Bring his medication list. A contact number?"),
        (C, f"[[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]]. That's mine. His landline is [[PHONE:021 {dg(3)} {dg(4)}]]."),
        (A, "Great, [[NAME:Fatima]]. We'll send an SMS reminder the day before."),
    ]


@case("asr")
def au_roadside_nonmember_card():
    reg = f"{dg(1)}{L()}{L()}{L()}{dg(3, False)}"
    ph = au_mob()
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    fee = ch([("one eighty nine", 189), ("two nineteen", 219), ("two forty nine", 249)])
    return [
        (A, "roadside assist [[NAME:kylie]] speaking are you in a safe spot"),
        (C, "yeah i'm in a car park at the shops it's my sister's car and it won't start i think she let her membership run out"),
        (A, "what's your sister's name i'll check"),
        (C, "[[NAME:jacinta hollows]] i'm [[NAME:renee]]"),
        (A, f"yeah it lapsed in ((date:march)) i can still send someone as a non member call out it's ((price:{fee[0]})) or you can rejoin for less than that today"),
        (C, "how much to rejoin"),
        (A, f"((price:one hundred and fifty nine dollars)) for ((duration:twelve months)) and then today's call out is covered"),
        (C, "do that then she'll pay me back"),
        (A, "and the rego"),
        (C, f"[[ACCOUNT_NUMBER:{spell(reg)}]]"),
        (A, "where's the car park"),
        (C, f"the woolies on the highway near the servo level ((other:two)) near the trolley bay"),
        (A, "go ahead with the card number"),
        (C, f"[[CARD_NUMBER#c:{sd(cn[:6], dbl=True)}]] uh [[CARD_NUMBER#c:{sd(cn[6:], dbl=True)}]]"),
        (A, "expiry"),
        (C, f"[[EXPIRY:{sd(f'{m:02d}')} {sd(str(y))}]]"),
        (A, "and the cvv"),
        (C, f"[[CVV:{sd(cvv)}]]"),
        (A, f"all done a patrol will be there in about ((duration:forty minutes)) what's your mobile"),
        (C, f"[[PHONE:{sd(ph[:4])} {sd(ph[4:7], dbl=True)} {sd(ph[7:], dbl=True)}]] it's ((other:thirty eight degrees)) out here so i'll wait inside the shops"),
    ]


@case("transcript")
def us_dmv_renewal_fee():
    dl = L() + dg(7)
    yy, mm, dd = dob(1960, 1985)
    hn = ri(100, 9999)
    z = zip5("598")
    last4 = dg(4, False)
    cn = card("6011", 16)
    m, y = exp()
    cvv = dg(3, False)
    return [
        (V, "Thank you for calling the Department of Motor Vehicles. For license renewals, press ((other:3)). Current wait time is approximately ((duration:14 minutes))."),
        (A, "DMV, this is Agent [[NAME:Pruitt]]."),
        (C, "Hi, I'm trying to renew my license online but it keeps saying my identity can't be verified."),
        (A, "I can help. Your driver license number?"),
        (C, f"[[ACCOUNT_NUMBER:{dl}]]."),
        (A, "Full name and date of birth?"),
        (C, f"[[NAME:Holly Ann Brandt]]. [[DOB:{mm:02d}/{dd:02d}/{yy}]]."),
        (A, "And the last ((count:four)) of your Social Security number?"),
        (C, f"[[SSN:{last4}]]."),
        (A, "Thank you. I see the issue: the address on file is old. What's your current address?"),
        (C, f"[[ADDRESS:{hn} North Cedar Street, Unit {ri(1, 20)}]], Missoula, [[POSTCODE:{z}]]. I moved ((duration:two years)) ago."),
        (A, f"Updated. I can renew it over the phone now. The fee is ((price:$50.25)) for ((duration:8 years)). Card number?"),
        (C, f"It's a Discover: [[CARD_NUMBER:{grp(cn, [4, 4, 4, 4])}]]."),
        (A, "Expiration?"),
        (C, f"[[EXPIRY:{m:02d}/{2000 + y}]]."),
        (A, "And the ((count:three))-digit CID?"),
        (C, f"[[CVV:{cvv}]]."),
        (A, f"Done. Your temporary license will be emailed and the card mailed within ((duration:15 business days)). Anything else, Ms. [[NAME:Brandt]]?"),
    ]


@case("asr")
def ca_charity_monthly_tax_receipt():
    cn = card(mc(), 16)
    m, y = exp()
    cvv = dg(3, False)
    hn = ri(10, 999)
    pc = ca_pc("K")
    amt = ch([("twenty five dollars", 25), ("thirty dollars", 30), ("forty dollars", 40)])
    return [
        (A, "hi thanks for calling the northern food bank network my name is [[NAME:isabelle]]"),
        (C, f"hi [[NAME:isabelle]] i want to start a monthly gift of ((price:{amt[0]})) my husband [[NAME:ray]] and i have been talking about it"),
        (A, f"that's wonderful ((price:{amt[0]})) feeds a family of ((count:four)) for about ((duration:a week)) can i get your name"),
        (C, "[[NAME:lorraine pelletier]] that's [[NAME:p e l l e t i e r]]"),
        (A, "and your address for the tax receipt"),
        (C, f"[[ADDRESS:{nw(hn)} riverside drive]] in ottawa [[POSTCODE:{spell(pc)}]]"),
        (A, "and what card would you like to use"),
        (C, f"[[CARD_NUMBER:{sd(cn[:4])} {sd(cn[4:8])} {sd(cn[8:12])} {sd(cn[12:])}]]"),
        (A, "expiry date"),
        (C, f"[[EXPIRY:{MONTHS[m - 1].lower()} twenty {nw(y)}]]"),
        (A, "and the security code"),
        (C, f"[[CVV:{sd(cvv)}]]"),
        (A, f"thank you it'll come out on the ((date:fifteenth)) and you'll get one receipt in ((date:february)) for the whole year can i get an email for that"),
        (C, "[[EMAIL:lorraine pelletier at videotron dot ca]]"),
        (A, f"perfect thank you [[NAME:lorraine]] and thank [[NAME:ray]] for us too"),
    ]


@case("transcript")
def nz_gp_nhi_grandson():
    nhi = L() + L() + L() + dg(4, False)
    yy, mm, dd = dob(2014, 2019)
    ph = nz_mob()
    hn = ri(2, 99)
    pc = str(ri(600, 630)).zfill(4)
    return [
        (A, "Morena, Harbourside Medical Centre, [[NAME:Anahera]] speaking."),
        (C, "Morning. I'm the grandmother of one of your patients, I've got him this week while his mum's away. He's got an ear infection, I think."),
        (A, "Okay, what's his name?"),
        (C, "[[NAME:Nikau Tipene-Smith]]."),
        (A, "And date of birth?"),
        (C, f"[[DOB:{dd} {MONTHS[mm - 1]} {yy}]]. He's ((other:{2025 - yy}))."),
        (A, "Do you have his NHI number by any chance? It's on his Well Child book."),
        (C, f"I've got the book here. [[ACCOUNT_NUMBER:{nhi}]]."),
        (A, "Thank you. And your name?"),
        (C, "[[NAME:Rangi Tipene]]. His mum, [[NAME:Kiri]], said she'd ring you to say it's okay."),
        (A, f"She did, there's a note. Dr [[NAME:Whitlock]] can see him at ((time:2:20)) today. Children under ((other:14)) are free."),
        (C, "Lovely. Do you need my number?"),
        (A, "Yes please, and your address while he's staying with you."),
        (C, f"[[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]]. I'm at [[ADDRESS:{hn} Beach Haven Road, Birkenhead]], [[POSTCODE:{pc}]]."),
        (A, "Great. See you at ((time:2:20))."),
    ]


@case("asr")
def uk_mobile_upgrade_card():
    acc = dg(9)
    yy, mm, dd = dob(1975, 1995)
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    model = ch(["a fifty five", "s twenty four", "pixel nine"])
    return [
        (A, "hello you're through to upgrades my name's [[NAME:tariq]] can i take the account number or the mobile number"),
        (C, f"the account number's [[ACCOUNT_NUMBER#a:{sd(acc[:3])}]] uh [[ACCOUNT_NUMBER#a:{sd(acc[3:])}]]"),
        (A, "and can i confirm your name and date of birth"),
        (C, f"[[NAME:georgina phelps]] [[DOB:{nw(dd)} {nw(mm)} {say_year(yy)}]]"),
        (A, f"thanks [[NAME:georgina]] you're due an upgrade what were you thinking of"),
        (C, f"the ((model_number:{model})) with the ((quantity:hundred gig)) data i saw it was ((price:thirty four pound a month))"),
        (A, f"that's right on a ((duration:thirty six month)) plan there's ((price:forty nine ninety nine)) upfront is that okay"),
        (C, "yeah can i pay that on my card now"),
        (A, "course go ahead"),
        (C, f"[[CARD_NUMBER#c:{sd(cn[:4])} {sd(cn[4:8])}]] sorry [[CARD_NUMBER#c:{sd(cn[8:12])} {sd(cn[12:])}]]"),
        (A, "and the expiry"),
        (C, f"[[EXPIRY:{sd(f'{m:02d}')} {sd(str(y))}]]"),
        (A, "and the last ((count:three)) on the back"),
        (C, f"[[CVV:{sd(cvv)}]]"),
        (A, "and which email should i send the contract to"),
        (C, "[[EMAIL:g phelps at outlook dot com]] oh and my son [[NAME:harvey]] is on my account can he keep his old phone"),
        (A, f"yeah his line isn't affected the new phone will be with you by ((time:one pm)) tomorrow"),
    ]


@case("transcript")
def ie_revenue_mother_pension():
    ps = pps()
    yy, mm, dd = dob(1940, 1955)
    ek = eircode("H91")
    hn = ri(2, 60)
    ph = ie_mob()
    refund = ri(300, 1900)
    return [
        (A, "Revenue, good morning, you're speaking with [[NAME:Donal]]."),
        (C, "Good morning. I'm ringing about my mother. She got a letter saying she underpaid tax on her pension, but she's ((other:79)) and she's in a nursing home now."),
        (A, "Okay. Are you registered as her agent, or do you have an enduring power of attorney?"),
        (C, "Enduring power of attorney, since last ((date:June)). I'm [[NAME:Gráinne Keogh]]. My mother is [[NAME:Nora Keogh]]."),
        (A, "Thank you. Her PPS number, please."),
        (C, f"[[SSN:{ps}]]."),
        (A, "And date of birth?"),
        (C, f"[[DOB:{dd}/{mm}/{yy}]]."),
        (A, "And the address we'd have on file?"),
        (C, f"That's the problem, you still have the old house. [[ADDRESS:{hn} Lough Atalia Road, Galway]], [[POSTCODE:{ek}]]. She's in St Bride's nursing home since ((date:March))."),
        (A, f"Right. So the underpayment is from ((year:2023)): her nursing home fees weren't claimed as a health expense. If you claim them, at ((percentage:20%)), she'd actually be due about ((price:€{refund:,})) back."),
        (C, "You're joking. Nobody told us that."),
        (A, f"It's a common one. You can claim ((duration:four years)) back. I'll send the form to you. Can I take your phone number?"),
        (C, f"[[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]]."),
        (A, "And your own address for the post?"),
        (C, f"[[ADDRESS:{ri(2, 40)} Cnoc na Gréine, Oranmore]], [[POSTCODE:{eircode('H91')}]]."),
        (A, "Grand, [[NAME:Gráinne]]. That'll go out today."),
    ]


@case("asr")
def us_car_donation_vin():
    vin = "1" + ch(["ft", "gc", "hg"]) + dg(2) + ch(LET).lower() + dg(5) + dg(6)
    hn = ri(100, 9999)
    z = zip5("566")
    ph = us_phone()
    miles = ri(140, 260)
    yr = ri(2004, 2012)
    return [
        (A, "thank you for calling wheels for hope this is [[NAME:bethany]] are you calling to donate a vehicle"),
        (C, "yes it was my late father in law's truck and the family wants it to go to a good cause"),
        (A, "that's very kind what's the year make and model"),
        (C, f"it's a ((year:{say_year(yr)})) ford ranger it runs but it's got about ((quantity:{nw(miles)} thousand miles)) on it"),
        (A, "that's fine we take them running or not do you have the title"),
        (C, "we do it's in his name [[NAME:earl dumont]] my husband [[NAME:russ]] is the executor"),
        (A, "can you read me the vin off the title"),
        (C, f"[[ACCOUNT_NUMBER#v:{spell(vin[:5])}]] hold on the light's bad [[ACCOUNT_NUMBER#v:{spell(vin[5:])}]]"),
        (A, "and where's the truck parked"),
        (C, f"at his old place [[ADDRESS:{sp(str(hn))} county road]] in bemidji [[POSTCODE:{sd(z)}]]"),
        (A, "and your name and phone"),
        (C, f"[[NAME:wendy dumont]] [[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]]"),
        (A, f"thanks [[NAME:wendy]] a tow company will call within ((duration:forty eight hours)) and we'll email the tax receipt what email"),
        (C, "[[EMAIL:wendy dumont at hotmail dot com]]"),
    ]


@case("transcript")
def uk_smart_meter_mother():
    acc = dg(10)
    mpan = "1" + dg(12, False)
    hn = ri(2, 200)
    pc = uk_pc("YO31")
    d = ri(2, 27)
    return [
        (A, "Good morning, Dalesway Energy, [[NAME:Nathan]] speaking."),
        (C, "Morning. I want to book a smart meter for my mother's house. She's partially sighted and can't read the old meter any more."),
        (A, "Happy to help. Is the account in her name?"),
        (C, "Yes, [[NAME:Edna Cowgill]]. I'm her daughter, [[NAME:Jackie Firth]]. I'm on the account as a trusted person."),
        (A, "I see you there, Mrs [[NAME:Firth]]. Account number?"),
        (C, f"[[ACCOUNT_NUMBER:{acc}]]."),
        (A, "And the supply address?"),
        (C, f"[[ADDRESS:{hn} Huntington Road, York]], [[POSTCODE:{pc}]]."),
        (A, "Thank you. Just to be safe, could you read me the MPAN from the top of the bill? It's the long number in the box."),
        (C, f"It says S, then... [[ACCOUNT_NUMBER:{grp(mpan, [2, 4, 4, 3])}]]."),
        (A, f"Perfect. The earliest is the ((date:{th(d)})), ((time:8 am)) to ((time:1 pm)). Our engineer, [[NAME:Wojciech]], takes about ((duration:two hours)) and the power's off for ((duration:30 minutes))."),
        (C, "She has a stairlift. Will that be a problem?"),
        (A, "No, but I'll note it. The in-home display has a large-text and audio mode, and it'll show her usage in pounds, not kWh, if she prefers."),
        (C, "Pounds, definitely. Thank you, [[NAME:Nathan]]."),
    ]


@case("asr")
def za_fibre_sister():
    acc = dg(8)
    yy, mm, dd = dob(1980, 1996)
    sid = za_id(yy, mm, dd)
    hn = ri(2, 90)
    pc = str(ri(7700, 7800))
    ph = za_mob()
    return [
        (A, "afternoon you're through to rainlink fibre [[NAME:bongani]] speaking"),
        (C, "hi [[NAME:bongani]] i'm calling for my sister the fibre at her flat has been off since the load shedding on ((date:tuesday))"),
        (A, "okay is the account in her name"),
        (C, "yes [[NAME:nadia abrahams]] she's at work she said i can call i'm [[NAME:yusuf]]"),
        (A, "i'll need her id number to verify"),
        (C, f"[[SSN#i:{sd(sid[:6])}]] um [[SSN#i:{sd(sid[6:])}]]"),
        (A, "and the account number"),
        (C, f"[[ACCOUNT_NUMBER:{sd(acc)}]]"),
        (A, "the installation address"),
        (C, f"[[ADDRESS:flat {nw(ri(1, 40))} {nw(hn)} kromboom road rondebosch east]] [[POSTCODE:{sd(pc)}]]"),
        (A, f"okay i can see the ont went offline at ((time:six fourteen pm)) is the light on the box red"),
        (C, "it's red yes and the router is the tp link ((model_number:ax twenty three))"),
        (A, f"it's probably the power supply blown from the surge i'll send a technician tomorrow between ((time:eight)) and ((time:twelve)) your package is ((quantity:fifty megabits)) at ((price:six hundred and ninety nine rand)) so there's no call out fee"),
        (C, f"can the technician phone me [[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]]"),
        (A, "yes i've added it thanks [[NAME:yusuf]]"),
    ]


@case("transcript")
def au_gym_cancel_deceased():
    mem = dg(8)
    yy, mm, dd = dob(1950, 1965)
    last4 = dg(4, False)
    return [
        (A, "Hi, Coastal Health Clubs, you're speaking with [[NAME:Mia]]."),
        (C, "Hello. I need to cancel my husband's membership. He passed away ((duration:three weeks)) ago."),
        (A, "I'm so sorry. I can take care of that for you. What was his name?"),
        (C, "[[NAME:Raymond Kerslake]]. I'm [[NAME:Helen]]."),
        (A, "And his member number, if you have it?"),
        (C, f"[[ACCOUNT_NUMBER:{mem}]]. It was on his keyring."),
        (A, "And his date of birth, just to confirm it's the right account?"),
        (C, f"[[DOB:{dd} {MONTHS[mm - 1][:3]} {yy}]]."),
        (A, f"Thank you, [[NAME:Helen]]. There was a fortnightly payment of ((price:$29.90)) on the card ending [[CARD_NUMBER:{last4}]]. The last one came out on the ((date:{th(ri(2, 27))})); I'll refund that."),
        (C, "Thank you. He loved that aqua class. He went every Tuesday at ((time:9:15))."),
        (A, "Our instructor, [[NAME:Suzie]], will be sad to hear it. Would you like the confirmation emailed?"),
        (C, "Please, to my daughter, [[EMAIL:kerslake.family@optusnet.com.au]]."),
        (A, "Done. No cancellation fee applies. Take care, [[NAME:Helen]]."),
    ]


@case("asr")
def in_pharmacy_order_father():
    oid = dg(10)
    ph = in_mob()
    pin = "7000" + dg(2, False)
    hn = ri(1, 200)
    return [
        (A, "hello medplus online this is [[NAME:pooja]] how can i help"),
        (C, f"hello i placed an order for my father's medicines ((duration:four days)) back still not delivered"),
        (A, "order id please"),
        (C, f"[[ACCOUNT_NUMBER:{sd(oid[:5])} {sd(oid[5:])}]]"),
        (A, "on whose name is the order"),
        (C, "my name [[NAME:sourav chatterjee]] medicines are for father [[NAME:tapan chatterjee]]"),
        (A, f"sir i can see telmisartan ((quantity:forty mg)) ((count:three)) strips and the insulin the insulin needs cold chain so it is coming from the other warehouse"),
        (C, f"he has only ((duration:two days)) insulin left"),
        (A, "i'll escalate what is the delivery address"),
        (C, f"[[ADDRESS:{nw(hn)} b lake gardens]] kolkata [[POSTCODE:{sd(pin)}]]"),
        (A, f"and the contact number for the delivery boy"),
        (C, f"[[PHONE#p:{sd(ph[:5])}]] no wait that's old [[PHONE:{sd(in_mob())}]]"),
        (A, f"okay sir it will come tomorrow before ((time:one pm)) and i've removed the ((price:forty nine rupees)) delivery charge"),
    ]


@case("transcript")
def us_water_ivr_card():
    acc = dg(9)
    hn = ri(100, 9999)
    z = zip5("857")
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    gal = ri(9, 30)
    return [
        (V, "Welcome to Clearwater Utilities. Please enter or say your ((count:9))-digit account number."),
        (C, f"[[ACCOUNT_NUMBER:{acc}]]."),
        (V, f"Account number [[ACCOUNT_NUMBER:{' '.join(acc)}]]. Your current balance is ((price:${ri(180, 420)}.{ri(10, 99)})). To speak to a representative, say 'representative'."),
        (C, "Representative."),
        (A, "Clearwater Utilities, this is [[NAME:Gloria]]."),
        (C, "Hi [[NAME:Gloria]]. My bill is double what it normally is. It says I used ((quantity:" + str(gal) + ",000 gallons)). It's just me and my grandkids on weekends."),
        (A, "Let me look. Can you confirm the service address?"),
        (C, f"[[ADDRESS:{hn} Palo Verde Drive]], Tucson, [[POSTCODE:{z}]]."),
        (A, "Thank you. The meter shows steady usage overnight, which usually means a leak, often a toilet. I can send a technician for free, and if it's a leak you fixed, we'll adjust ((percentage:50%)) of the excess."),
        (C, "Okay. And I'd like to pay the normal part now so I'm not late."),
        (A, "Sure. Card number?"),
        (C, f"[[CARD_NUMBER#c:{cn[:4]} {cn[4:8]}]], hang on, [[CARD_NUMBER#c:{cn[8:12]} {cn[12:]}]]."),
        (A, "Expiration and security code?"),
        (C, f"[[EXPIRY:{m}/{y}]], and [[CVV:{cvv}]]."),
        (A, f"I've applied ((price:$95.00)). Your name for the technician's visit?"),
        (C, "[[NAME:Consuelo Ortega]]. Mrs. [[NAME:Ortega]] is fine."),
    ]


@case("asr")
def uk_council_tax_single_discount():
    ctr = dg(8)
    yy, mm, dd = dob(1940, 1950)
    hn = ri(2, 90)
    pc = uk_pc("PL4")
    ph = uk_mob()
    return [
        (A, "council tax good morning [[NAME:jodie]] speaking"),
        (C, "morning i need to tell you my dad's now living on his own my mum went into a care home last month"),
        (A, "i'm sorry to hear that so he might get the single person discount can i take the council tax account number"),
        (C, f"[[ACCOUNT_NUMBER:{sd(ctr)}]]"),
        (A, "and the address"),
        (C, f"[[ADDRESS:{nw(hn)} lipson vale plymouth]] [[POSTCODE:{spell(pc)}]]"),
        (A, "and your dad's name"),
        (C, "[[NAME:dennis trewin]] i'm his son [[NAME:kieran]]"),
        (A, "can i have your dad's date of birth just to check it's the right record"),
        (C, f"[[DOB:{ordinal(dd)} {MONTHS[mm - 1].lower()} {say_year(yy)}]]"),
        (A, f"thanks so from the date your mum moved out he gets ((percentage:twenty five percent)) off what date was that"),
        (C, f"the ((date:{ordinal(ri(2, 27))})) of last month"),
        (A, f"okay that takes his band c bill down by about ((price:{nw(ri(38, 52))} pound a month)) the new bill will come out in ((duration:ten days)) can i take a number for you"),
        (C, f"[[PHONE:{sd(ph[:5])} {sd(ph[5:], dbl=True)}]]"),
    ]


@case("asr")
def au_nbn_move_parents():
    acc = dg(9)
    yy, mm, dd = dob(1945, 1958)
    hn = ri(2, 140)
    pc = str(ri(5000, 5170))
    ph = au_mob()
    return [
        (A, "thanks for calling southern cross internet you're speaking with [[NAME:jarrah]]"),
        (C, "hi [[NAME:jarrah]] i'm organising the move for my parents they're going into a retirement village and the internet has to go with them"),
        (A, "sure thing whose name is the account in"),
        (C, "my dad's [[NAME:desmond pike]] i'm [[NAME:lisa]] i've got his permission he's right here"),
        (C, "yes love she can do it"),
        (A, "thanks mister [[NAME:pike]] can i get the account number"),
        (C, f"[[ACCOUNT_NUMBER#a:{sd(acc[:3])}]] um [[ACCOUNT_NUMBER#a:{sd(acc[3:6])} {sd(acc[6:], dbl=True)}]]"),
        (A, "and his date of birth"),
        (C, f"[[DOB:{nw(dd)} {MONTHS[mm - 1].lower()} {say_year(yy)}]]"),
        (A, "and the new address"),
        (C, f"[[ADDRESS:villa {nw(ri(1, 60))} {nw(hn)} grange road seaton]] the postcode is [[POSTCODE:{sd(pc)}]]"),
        (A, f"okay that's fibre to the premises so you can keep the ((quantity:fifty megs)) plan at ((price:seventy five dollars)) what's the move date"),
        (C, f"the ((date:{ordinal(ri(2, 27))})) of next month"),
        (A, "and a mobile for the confirmation"),
        (C, f"use mine [[PHONE:{sd(ph[:4])} {sd(ph[4:7])} {sd(ph[7:])}]] and send the emails to me too [[EMAIL:lisa pike seventy two at gmail dot com]]"),
    ]


@case("transcript")
def za_carhire_durban():
    ref = dg(9)
    lic = dg(4, False) + dg(8, False)
    fl = ri(500, 599)
    cn = card(mc(), 16)
    m, y = exp()
    cvv = dg(3, False)
    ph = za_mob()
    return [
        (A, "Good afternoon, Coastal Car Hire, King Shaka Airport, [[NAME:Sibusiso]] speaking."),
        (C, "Hi. I booked a car for my parents, who are visiting, and I want to pay the deposit with my card and add my dad as the driver."),
        (A, "No problem. Reference number?"),
        (C, f"[[ACCOUNT_NUMBER:{ref}]]. It's under my name, [[NAME:Charlene Govender]]."),
        (A, "Got it. The driver's name?"),
        (C, "[[NAME:Krishna Govender]]. His licence number is on the card: [[ACCOUNT_NUMBER:" + lic + "]]."),
        (A, "Thank you. And his flight?"),
        (C, f"((flight_number:FA {fl})) from Cape Town, landing at ((time:11:25))."),
        (A, f"The deposit is ((price:R5,000)), refunded ((duration:7 days)) after return. Card number?"),
        (C, f"[[CARD_NUMBER:{grp(cn, [4, 4, 4, 4])}]]."),
        (A, "Expiry date and CVV?"),
        (C, f"[[EXPIRY:{m:02d}/{y}]], CVV [[CVV:{cvv}]]."),
        (A, f"Thanks. I'll read the last ((count:four)) back: [[CARD_NUMBER:{cn[-4:]}]]. And a contact number?"),
        (C, f"[[PHONE:+27 {ph[1:3]} {ph[3:6]} {ph[6:]}]]."),
        (A, "All set, [[NAME:Charlene]]. The car will be at bay ((other:14)) in the parkade."),
    ]


@case("asr")
def ca_return_jacket_husband():
    order = dg(8)
    trk = nonluhn(16)
    ph = us_phone()
    pc = ca_pc("T")
    price = ri(150, 390)
    return [
        (A, "hi there you've reached northern outfitters customer care [[NAME:chloe]] speaking"),
        (C, "hi [[NAME:chloe]] i'm returning a jacket i bought for my husband and i want to make sure it got there"),
        (A, "for sure can i get the order number"),
        (C, f"[[ACCOUNT_NUMBER:{sp(order)}]]"),
        (A, "and the name on the order"),
        (C, "[[NAME:tanis blackwood]] the jacket was for [[NAME:curtis]] it's way too big"),
        (A, "and the email on the order"),
        (C, "[[EMAIL:tanis b at shaw dot ca]]"),
        (A, "do you have the tracking number from canada post"),
        (C, f"yeah it's ((other:{sd(trk[:8])})) and then ((other:{sd(trk[8:])}))"),
        (A, f"got it it was delivered to our warehouse yesterday at ((time:two fifteen)) so the refund of ((price:{nw(price)} ninety nine)) should show in ((duration:five to seven business days))"),
        (C, "great and can you check the postal code on my account it might be the old one"),
        (A, "what's the new one"),
        (C, f"[[POSTCODE:{spell(pc)}]] and my phone changed too it's [[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]]"),
        (A, "both updated anything else today"),
    ]


@case("transcript")
def in_gym_membership_card():
    mid = dg(6)
    ph = in_mob()
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    return [
        (A, "Hello, Cult Zone Indiranagar, this is [[NAME:Nikhil]]."),
        (C, f"Hi [[NAME:Nikhil]], I want to renew my membership and add my wife. My member ID is [[ACCOUNT_NUMBER:CZ{mid}]]."),
        (A, "Thank you. Name, please?"),
        (C, "[[NAME:Aditya Menon]]. My wife is [[NAME:Kavya Menon]]."),
        (A, f"Okay, Mr. [[NAME:Menon]]. The couple plan is ((price:Rs. 32,000)) for ((duration:12 months)), or ((price:Rs. 18,500)) for ((duration:6 months)). There's ((percentage:15%)) off if you renew this week."),
        (C, "((duration:Twelve months)), please. Can I pay by card now?"),
        (A, "Yes. Card number?"),
        (C, f"[[CARD_NUMBER:{grp(cn, [4, 4, 4, 4])}]]."),
        (A, "Expiry and CVV?"),
        (C, f"[[EXPIRY:{m:02d}/{y}]] and [[CVV:{cvv}]]."),
        (A, "An OTP has been sent to your registered mobile."),
        (C, f"Got it. ((other:{dg(6)}))."),
        (A, f"Payment done. For [[NAME:Kavya]]'s profile, her mobile number and email?"),
        (C, f"[[PHONE:+91 {ph[:5]} {ph[5:]}]], and [[EMAIL:kavya.menon91@gmail.com]]."),
        (A, "Done. Her first session is free with trainer [[NAME:Farhan]], any day after ((time:6 pm))."),
    ]


@case("asr")
def uk_gp_dad_dementia():
    nhs = dg(10)
    yy, mm, dd = dob(1932, 1945)
    hn = ri(2, 120)
    pc = uk_pc("NE6")
    ph = uk_mob()
    return [
        (A, "good morning heaton medical group [[NAME:lorna]] speaking"),
        (C, "hiya i'm ringing for my dad i'm his carer he's got dementia and he's been more confused the last ((duration:few days))"),
        (A, "okay what's your dad's name"),
        (C, "[[NAME:norman elliott]] i'm his son [[NAME:craig]]"),
        (A, "and his date of birth"),
        (C, f"[[DOB:{ordinal(dd)} {MONTHS[mm - 1].lower()} {say_year(yy)}]]"),
        (A, "and his address please"),
        (C, f"[[ADDRESS:{nw(hn)} cartington terrace]] [[POSTCODE:{spell(pc)}]]"),
        (A, "okay sudden confusion can sometimes be an infection has he got a temperature"),
        (C, f"it was ((other:thirty seven point nine)) last night"),
        (A, f"dr [[NAME:mahmood]] can ring you back before ((time:twelve)) and might ask for a urine sample do you have his nhs number"),
        (C, f"[[ACCOUNT_NUMBER#n:{sd(nhs[:3])} {sd(nhs[3:6])}]] um [[ACCOUNT_NUMBER#n:{sd(nhs[6:])}]]"),
        (A, "and the best number to get you on"),
        (C, f"[[PHONE:{sd(ph[:5])} {sp(ph[5:])}]]"),
        (A, f"that's [[PHONE:{sd(ph[:5], dbl=True)} {sd(ph[5:], dbl=True)}]] okay [[NAME:craig]] keep him drinking and the doctor will ring"),
    ]


@case("transcript")
def us_roadside_member_lockout():
    mem = dg(3) + " " + dg(3) + " " + dg(9)
    ph = us_phone()
    plate = f"{dg(3)} {L()}{L()}{L()}"
    return [
        (A, "Roadside Assistance, this is [[NAME:Brett]]. Are you in a safe location?"),
        (C, "Yes, I'm in a parking lot. I locked my keys in the car with my baby's diaper bag inside. She's with me, she's fine."),
        (A, "Okay, good. Membership number?"),
        (C, f"It's my mom's membership, I'm on it as an associate. [[ACCOUNT_NUMBER:{mem}]]."),
        (A, "And your name?"),
        (C, "[[NAME:Kayla Brooks]]. The primary is [[NAME:Denise Brooks]]."),
        (A, f"Got it, [[NAME:Kayla]]. Vehicle?"),
        (C, f"A ((year:2019)) Honda Civic, silver, plate [[ACCOUNT_NUMBER:{plate}]]."),
        (A, "Location?"),
        (C, f"The Kroger on Route ((other:{ri(9, 60)})), the lot by the pharmacy."),
        (A, f"A locksmith is ((quantity:{ri(4, 9)} miles)) away, about ((duration:35 minutes)). Lockouts are covered up to ((price:$100)) on your level. Callback number?"),
        (C, f"[[PHONE:{usf(ph)}]]."),
        (A, "Thank you. If the baby were locked inside, I'd tell you to call ((other:911)). Is everything okay there?"),
        (C, "She's in my arms, we're okay. Thanks, [[NAME:Brett]]."),
    ]


@case("asr")
def nz_broadband_fault_tenant():
    acc = dg(8)
    hn = ri(2, 150)
    pc = str(ri(8011, 8083)).zfill(4)
    ph = nz_mob()
    return [
        (A, "kia ora you're through to tasman broadband [[NAME:sione]] speaking"),
        (C, "hi [[NAME:sione]] my internet keeps dropping out every evening it's been like that for about ((duration:a week))"),
        (A, "that's annoying can i grab your account number"),
        (C, f"[[ACCOUNT_NUMBER:{sd(acc)}]] it's under my flatmate's name [[NAME:hayden moore]] i'm [[NAME:priya nand]] i'm on the account too"),
        (A, "yep i can see you thanks [[NAME:priya]] what's the address"),
        (C, f"[[ADDRESS:{nw(hn)} riccarton road upper riccarton]] [[POSTCODE:{sd(pc)}]]"),
        (A, f"okay the logs show the connection drops around ((time:seven thirty)) most nights what modem have you got"),
        (C, f"it's the one you sent the ((model_number:h two six eight)) i think"),
        (A, f"that one's fine i'm seeing the line sync at ((quantity:twenty megs)) when it should be ((quantity:a hundred)) so it's probably the wiring in the street i'll raise a fault with chorus"),
        (C, "how long will that take"),
        (A, f"they aim for ((duration:three working days)) a tech might need to come inside what's the best number"),
        (C, f"[[PHONE#p:{sd(ph[:3])}]] uh [[PHONE#p:{sd(ph[3:5])} {UNITS[(int(ph[5]) + 1) % 10]}]] no sorry [[PHONE#p:{sd(ph[3:6])} {sd(ph[6:])}]]"),
        (A, f"cool and i've put a ((price:fifteen dollar)) credit on for the hassle"),
    ]


@case("transcript")
def uk_return_tablet_grandmother():
    order = dg(3, False) + "-" + dg(7, False)
    trk = nonluhn(14)
    ph = uk_mob()
    return [
        (A, "Good afternoon, Gadget Depot returns, [[NAME:Ellie]] speaking."),
        (C, "Hello. I bought my grandmother a tablet for her birthday and she's decided she doesn't want it. Can I return it? It's never been switched on."),
        (A, "Of course, as long as it's within ((duration:30 days)). Order number?"),
        (C, f"[[ACCOUNT_NUMBER:{order}]]."),
        (A, "And the name?"),
        (C, "[[NAME:Harvey Lindqvist]]. My nan is [[NAME:Ingeborg]], but it was my account."),
        (A, f"I see a ((model_number:TX-{ri(10, 12)})) tablet, ((quantity:64 GB)), ((price:£{ri(129, 249)}.99)), delivered on the ((date:{th(ri(2, 20))})). You're fine for a refund. Do you want a courier collection or a drop-off?"),
        (C, "Drop-off. She's ((other:91)), she won't be in for a courier."),
        (A, f"I'll email a QR code. Email address?"),
        (C, "[[EMAIL:h.lindqvist@proton.me]]."),
        (A, f"Sent. When you drop it off, you'll get a tracking number like ((other:{trk})). Keep that receipt. And a contact number?"),
        (C, f"[[PHONE:{ph[:5]} {ph[5:]}]]."),
        (A, "Thanks, [[NAME:Harvey]]. Maybe she'd like the large-button phone instead?"),
    ]


@case("asr")
def ie_gym_student_card():
    mem = dg(7)
    yy, mm, dd = dob(2003, 2006)
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    ph = ie_mob()
    return [
        (A, "hi flex gym rathmines [[NAME:shauna]] speaking"),
        (C, "hi i want to upgrade my son's membership to the off peak student one he's in college now"),
        (A, "no problem what's his member number"),
        (C, f"[[ACCOUNT_NUMBER:{sd(mem)}]] and his name's [[NAME:cillian doyle]] i'm his dad [[NAME:ger]]"),
        (A, "and can i confirm his date of birth"),
        (C, f"[[DOB:{ordinal(dd)} of {MONTHS[mm - 1].lower()} {say_year(yy)}]]"),
        (A, f"grand the student off peak is ((price:twenty nine euro a month)) and he can come in before ((time:four)) and after ((time:eight)) are you paying for it"),
        (C, "i am yeah"),
        (A, "card number so"),
        (C, f"[[CARD_NUMBER#c:{sd(cn[:4])}]] eh [[CARD_NUMBER#c:{sd(cn[4:10])}]]"),
        (A, "yep"),
        (C, f"[[CARD_NUMBER#c:{sd(cn[10:])}]]"),
        (A, "expiry"),
        (C, f"[[EXPIRY:{sd(f'{m:02d}')} {nw(y)}]]"),
        (A, "and the ((count:three)) digits"),
        (C, f"[[CVV:{sd(cvv)}]]"),
        (A, "and a phone number for him for the app"),
        (C, f"[[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]] tell him to ring me if there's a problem not you"),
        (A, "ha will do he'll get an email tonight"),
    ]


@case("transcript")
def au_tax_tfn_mother():
    tfn = dg(9)
    yy, mm, dd = dob(1940, 1956)
    hn = ri(2, 120)
    pc = str(ri(6000, 6170))
    ph = au_mob()
    return [
        (A, "Good morning, you're speaking with [[NAME:Callum]]. Who am I speaking with today?"),
        (C, "Hi [[NAME:Callum]], my name's [[NAME:Deborah Quinlan]]. I'm calling on behalf of my mother, [[NAME:Agnes Quinlan]]. She's here with me and she's happy for me to speak."),
        (A, "Thanks, [[NAME:Deborah]]. I'll just need to hear that from her, and then her details."),
        (C, "Yes, that's my daughter, she can talk for me."),
        (A, "Thank you. Her tax file number, please."),
        (C, f"[[SSN:{grp(tfn, [3, 3, 3])}]]."),
        (A, "And date of birth?"),
        (C, f"[[DOB:{dd} {MONTHS[mm - 1]} {yy}]]."),
        (A, "And her residential address?"),
        (C, f"[[ADDRESS:{hn} Stirling Highway, Claremont]], WA [[POSTCODE:{pc}]]."),
        (A, f"Thanks. What's the question?"),
        (C, f"She sold some shares in ((year:2024)) and didn't know she had to put it in her return. She got ((price:${ri(8, 40)},{ri(100, 999)})) for them."),
        (A, f"She'll need to amend her ((year:2023))–((year:24)) return. Since she's over ((other:65)), the senior offset might cover most of it. The amendment can be lodged by phone or on paper, and there's no penalty for a voluntary disclosure."),
        (C, "Oh, that's a relief. Can you send the form?"),
        (A, f"I'll post it. And a daytime number for you?"),
        (C, f"[[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]]."),
    ]


@case("asr")
def za_charity_section18a():
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    yy, mm, dd = dob(1965, 1985)
    sid = za_id(yy, mm, dd)
    ph = za_mob()
    amt = ch([("five hundred rand", 500), ("one thousand rand", 1000), ("two thousand five hundred rand", 2500)])
    return [
        (A, "good morning thank you for calling the animal welfare society my name is [[NAME:chantal]]"),
        (C, f"morning [[NAME:chantal]] i'd like to donate ((price:{amt[0]})) and i need the section ((other:eighteen a)) certificate for tax"),
        (A, "of course for the certificate i'll need your full name and id number"),
        (C, f"[[NAME:werner du plessis]] and my id is [[SSN:{sd(sid)}]]"),
        (A, "thank you and the card"),
        (C, f"[[CARD_NUMBER:{sd(cn[:4])} {sd(cn[4:8])} {sd(cn[8:12])} {sd(cn[12:])}]]"),
        (A, "the expiry date"),
        (C, f"[[EXPIRY:{sd(f'{m:02d}')} {sd(str(y))}]]"),
        (A, "and the cvv"),
        (C, f"[[CVV:{sd(cvv)}]]"),
        (A, "thank you it went through and where should we email the certificate"),
        (C, "[[EMAIL:werner at dpaccounting dot co dot za]] that's my bookkeeper's email actually send it to both me and her she's [[NAME:lindiwe]]"),
        (A, "i can only send to one address so i'll send it there and she can forward it is there a cell number for you"),
        (C, f"[[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]] and it's in memory of our dog bruno if you can put that on"),
        (A, f"that's lovely we'll put it on the wall of paws for ((duration:a year))"),
    ]


@case("transcript")
def ca_licence_sin_son():
    app = dg(8)
    sin = sin9()
    yy, mm, dd = dob(1999, 2006)
    hn = ri(10, 999)
    pc = ca_pc("M")
    ph = us_phone()
    return [
        (A, "ServiceOntario, this is [[NAME:Marisa]]. How can I help?"),
        (C, "Hi. I'm calling about my son's driver's licence application. He's overseas on an exchange, and he asked me to find out why it's stuck."),
        (A, "I can give general status if you have the application number."),
        (C, f"[[ACCOUNT_NUMBER:{app}]]."),
        (A, "And his name and date of birth?"),
        (C, f"[[NAME:Tomasz Wiśniewski]], [[DOB:{MONTHS[mm - 1]} {dd}, {yy}]]. I'm his mother, [[NAME:Agata]]."),
        (A, "Thank you. It's on hold because the name on his SIN record doesn't match the birth certificate. One has the accent, one doesn't."),
        (C, f"Oh. His SIN is [[SSN:{grp(sin, [3, 3, 3])}]], if that helps."),
        (A, "I can't update it from here, he'll have to contact Service Canada, but I can note it. What's the mailing address?"),
        (C, f"[[ADDRESS:{hn} Roncesvalles Avenue, Toronto]], [[POSTCODE:{pc}]]."),
        (A, f"Thanks. Once the name's fixed, processing is about ((duration:six to eight weeks)). A phone number?"),
        (C, f"[[PHONE:{usf(ph)}]]."),
    ]


@case("asr")
def us_clinic_insurance_dad():
    yy, mm, dd = dob(1944, 1958)
    mem = ch(LET) + dg(8, False) + dg(2, False)
    ph = us_phone()
    hn = ri(1000, 9999)
    z = zip5()
    return [
        (A, "good morning lakeside family medicine this is [[NAME:brianna]] how can i help"),
        (C, "hi i need to make an appointment for my dad with doctor [[NAME:feldman]] he's due for his diabetes check and his insurance changed"),
        (A, "sure what's his name and date of birth"),
        (C, f"[[NAME:howard greenbaum]] [[DOB:{nw(mm)} {nw(dd)} {sp(str(yy)[2:])}]]"),
        (A, "okay and the new insurance what's the member id"),
        (C, f"it's [[ACCOUNT_NUMBER:{spell(mem[0])} {str(mem[1:5])} {str(mem[5:9])} {str(mem[9:])}]] it's a medicare advantage plan"),
        (A, "thank you i'll verify that doctor [[NAME:feldman]] has the ((date:twenty second)) at ((time:nine forty)) or the ((date:twenty ninth)) at ((time:two))"),
        (C, "the ((date:twenty second)) i'll bring him and is the address still the old one"),
        (A, "what do you have"),
        (C, f"he moved in with us so it's [[ADDRESS:{hn} {ordinal(ri(4, 28))} street]] zip [[POSTCODE:{z}]]"),
        (A, "and the phone number"),
        (C, f"use my cell [[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]] i'm his daughter in law [[NAME:rochelle]]"),
        (A, f"got it [[NAME:rochelle]] please bring his med list and the copay is ((price:twenty dollars)) with the new plan"),
    ]


@case("transcript")
def uk_water_direct_debit_son():
    acc = dg(10)
    hn = ri(2, 200)
    pc = uk_pc("M20")
    sc = f"{dg(2, False)}-{dg(2, False)}-{dg(2, False)}"
    bank = dg(8, False)
    return [
        (A, "United Northern Water, you're through to [[NAME:Saira]]. How can I help?"),
        (C, "Hi, I'm setting up a direct debit for my mum's water bill. She's just come out of hospital and I'm helping with her paperwork. I'm [[NAME:Neil Okoro]], she's [[NAME:Adaeze Okoro]]."),
        (A, "Thank you. Is there a third-party authority on her account?"),
        (C, "She's next to me, she can say yes."),
        (C, "Yes, it's fine, he's my son."),
        (A, "Lovely, thank you Mrs [[NAME:Okoro]]. Account number, please."),
        (C, f"[[ACCOUNT_NUMBER:{acc}]]. And it's [[ADDRESS:{hn} Lapwing Lane, Didsbury]], [[POSTCODE:{pc}]]."),
        (A, f"Perfect. The balance is ((price:£{ri(180, 420)}.{ri(10, 99)})). Spread over ((duration:10 months)) that's ((price:£{ri(20, 45)}.{ri(10, 99)} a month)). Her meter reading last month was ((quantity:{ri(300, 900)} cubic metres))."),
        (C, f"That's fine. The bank is her account: sort code [[ACCOUNT_NUMBER:{sc}]], account number [[ACCOUNT_NUMBER:{bank}]]."),
        (A, f"Thank you. The first payment will be on the ((date:{th(ri(1, 28))})) of next month. She's also eligible for our WaterSure cap since she's on a medical treatment that uses a lot of water. Would you like the form?"),
        (C, "Yes please. Send it to me, same address, I'm staying there."),
    ]


@case("asr")
def in_broadband_ivr_parents():
    acc = dg(10)
    ph = in_mob()
    pin = "3800" + dg(2, False)
    hn = ri(1, 300)
    return [
        (V, f"welcome to airfibre for english press ((other:one)) please say your registered mobile number or broadband account number"),
        (C, f"[[PHONE:{ph[:5]} {ph[5:7]} {ph[7:]}]]"),
        (V, f"you said [[PHONE:{sd(ph)}]] please hold while we connect you"),
        (A, "hello this is [[NAME:rahul]] from airfibre how can i help you"),
        (C, "[[NAME:rahul]] my parents internet is not working since yesterday evening they are senior citizens they can't call so i'm calling from bangalore"),
        (A, "sir may i have the account number"),
        (C, f"[[ACCOUNT_NUMBER:{sd(acc)}]] in my father's name [[NAME:jayesh patel]] i'm [[NAME:nirav]]"),
        (A, "and the installation address"),
        (C, f"[[ADDRESS:{nw(hn)} shanti nagar society vastrapur ahmedabad]] [[POSTCODE:{sd(pin)}]]"),
        (A, f"sir i can see the ((quantity:hundred mbps)) plan ((price:seven ninety nine per month)) but the renewal failed because auto pay was declined"),
        (C, "oh his card expired last month"),
        (A, f"you can pay on the app and it will restore in ((duration:fifteen minutes))"),
        (C, "okay doing it now"),
    ]


@case("transcript")
def ie_roadside_n7():
    mem = dg(8)
    reg = f"{ri(12, 24)}{ch(['1', '2'])}-{ch(['D', 'KE', 'C', 'G', 'L'])}-{ri(1, 99999)}"
    ph = ie_mob()
    return [
        (A, "Rescue Ireland, [[NAME:Colm]] speaking. Are you somewhere safe?"),
        (C, "I am, I'm on the hard shoulder with the hazards on. The car just died."),
        (A, "Okay. Which road are you on, and whereabouts?"),
        (C, f"The ((other:N7)), just after junction ((other:{ri(9, 14)})), heading for Naas."),
        (A, "Membership number?"),
        (C, f"It's my wife's cover, [[NAME:Sorcha Kiely]]. Number [[ACCOUNT_NUMBER:{mem}]]. I'm [[NAME:Tadhg]]."),
        (A, "And the reg?"),
        (C, f"[[ACCOUNT_NUMBER:{reg}]]."),
        (A, f"Grand. There's a van about ((quantity:12 kilometres)) away, he'll be with you in ((duration:25 minutes)). Your mobile?"),
        (C, f"[[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]]."),
        (A, f"The driver is [[NAME:Mossie]], he'll ring when he's close. Stay behind the barrier."),
    ]


@case("asr")
def au_chemist_mum_medicare_price():
    med = str(ri(2, 6)) + dg(9, False)
    yy, mm, dd = dob(1936, 1948)
    ph = au_mob()
    return [
        (A, "morning terrace pharmacy [[NAME:hamish]] speaking"),
        (C, "hi [[NAME:hamish]] it's [[NAME:belinda]] calling about mum's webster pack she's [[NAME:dorothy keane]]"),
        (A, "hi [[NAME:belinda]] yes the new doctor changed her warfarin dose so we're redoing the pack"),
        (C, f"okay what's the new dose"),
        (A, f"((quantity:three milligrams)) on mondays and ((quantity:four)) the other days dr [[NAME:osei]] faxed it through at ((time:eight fifteen))"),
        (C, "and is it all on her medicare still"),
        (A, f"i just need the number off her new card"),
        (C, f"it's [[ACCOUNT_NUMBER#m:{sd(med[:4], 'nought')}]] um [[ACCOUNT_NUMBER#m:{sd(med[4:9], 'nought')} {sd(med[9:])}]] and she's number [[ACCOUNT_NUMBER#m:two]] on the card"),
        (A, f"and her date of birth to match"),
        (C, f"[[DOB:{ordinal(dd)} of {MONTHS[mm - 1].lower()} {say_year(yy)}]]"),
        (A, f"lovely the pack fee is ((price:six fifty a week)) and it'll be ready ((date:thursday))"),
        (C, f"can you text me when it's ready [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]]"),
    ]


@case("transcript")
def nz_licence_renewal_card():
    lic = ch(LET) + ch(LET) + dg(6, False)
    ver = dg(3, False)
    yy, mm, dd = dob(1950, 1990)
    hn = ri(2, 200)
    pc = str(ri(5010, 5049)).zfill(4)
    cn = card(mc(), 16)
    m, y = exp()
    cvv = dg(3, False)
    return [
        (A, "Kia ora, driver licensing, [[NAME:Ruby]] speaking."),
        (C, "Hi. My licence expired while I was overseas and I want to know if I can renew it by phone. My partner says you have to go in."),
        (A, "You'll need a photo, so it has to be in person, but I can check what you'll need. Licence number?"),
        (C, f"[[ACCOUNT_NUMBER:{lic}]], version [[ACCOUNT_NUMBER:{ver}]]."),
        (A, "And your name and date of birth?"),
        (C, f"[[NAME:Lachlan Ferris]], [[DOB:{dd:02d}/{mm:02d}/{yy}]]."),
        (A, f"Thank you, [[NAME:Lachlan]]. It expired on ((date:{dd} {MONTHS[ri(0, 11)]} {ri(2022, 2024)})), so it's been under ((duration:five years)); you just renew. The fee is ((price:${ri(40, 60)}.{ri(10, 90)})) and you can pre-pay by card now to save time at the counter."),
        (C, f"Sure. [[CARD_NUMBER:{grp(cn, [4, 4, 4, 4])}]], expiry [[EXPIRY:{m:02d}/{y}]], and the security code's [[CVV:{cvv}]]."),
        (A, "Thank you. And is your address still current?"),
        (C, f"We've moved. It's [[ADDRESS:{hn} Oriental Parade, Oriental Bay, Wellington]] [[POSTCODE:{pc}]]."),
        (A, f"Updated. Bring your passport and go to any agent. The temporary licence lasts ((duration:21 days))."),
    ]


@case("asr")
def uk_charity_legacy_couple():
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    hn = ri(2, 90)
    pc = uk_pc("EX4")
    return [
        (A, "good afternoon the seaside donkey sanctuary [[NAME:philippa]] speaking"),
        (C, "hello my wife and i would like to adopt a donkey for our granddaughter for her birthday she's ((other:eight))"),
        (A, f"oh how lovely the adoption is ((price:thirty six pounds)) for ((duration:a year)) who is it for"),
        (C, "[[NAME:isla penhaligon]] and it's from me and her nan [[NAME:walter]] and [[NAME:june]]"),
        (A, "and which donkey would she like we've got pickle mabel or doris"),
        (C, "mabel she likes that name"),
        (A, "and the address for the pack"),
        (C, f"[[ADDRESS:{nw(hn)} cowick street]] exeter [[POSTCODE:{spell(pc)}]]"),
        (A, "and the card"),
        (C, f"[[CARD_NUMBER#c:{sd(cn[:4], 'nought')} {sd(cn[4:8], 'nought')}]] hang on i need my glasses [[CARD_NUMBER#c:{sd(cn[8:], 'nought')}]]"),
        (A, "expiry"),
        (C, f"[[EXPIRY:{sd(f'{m:02d}', 'nought')} {nw(y)}]]"),
        (A, "and the security number"),
        (C, f"[[CVV:{sd(cvv, 'nought')}]]"),
        (A, "and would you like the updates by email"),
        (C, "[[EMAIL:walter and june at tiscali dot co dot uk]]"),
    ]


@case("transcript")
def us_medicaid_mother_caseno():
    a, b, c = us_ssn()
    yy, mm, dd = dob(1935, 1950)
    case_no = dg(9)
    hn = ri(100, 9999)
    z = zip5("314")
    ph = us_phone()
    return [
        (A, "Medicaid customer service, this is [[NAME:Yolanda]]. Do you have a case number?"),
        (C, f"Yes, [[ACCOUNT_NUMBER:{case_no}]]. It's my mother's case. I'm her authorized representative."),
        (A, "Thank you. Your name?"),
        (C, "[[NAME:Terrence Hollins]]. My mother is [[NAME:Mae Hollins]]."),
        (A, "And to verify, her Social Security number and date of birth?"),
        (C, f"Her Social is [[SSN#s:{a}-{b}]]..."),
        (A, "Mm-hmm."),
        (C, f"...[[SSN#s:{c}]]. And she was born [[DOB:{MONTHS[mm - 1]} {th(dd)}, {yy}]]."),
        (A, f"Thank you. What can I help with?"),
        (C, f"Her renewal packet went to the wrong address. We moved her in with us in ((date:August)). The new address is [[ADDRESS:{hn} Magnolia Court]], Savannah, Georgia [[POSTCODE:{z}]]."),
        (A, f"I'll update it and resend the packet. You'll have ((duration:30 days)) from the new date to return it. Her coverage stays active until then."),
        (C, f"Thank you. And can you put my number on the case? [[PHONE:{usd(ph)}]]."),
        (A, "Done, Mr. [[NAME:Hollins]]."),
    ]


@case("asr")
def ca_gas_meter_reading_card():
    acc = dg(11)
    hn = ri(100, 4000)
    pc = ca_pc("R")
    ph = us_phone()
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    read = ri(1000, 9999)
    return [
        (A, "thank you for calling prairie gas my name is [[NAME:dustin]] can i get your account number"),
        (C, f"sure it's [[ACCOUNT_NUMBER#a:{acc[:4]} {acc[4:6]}]] um [[ACCOUNT_NUMBER#a:{sd(acc[6:])}]]"),
        (A, "and your name"),
        (C, "[[NAME:marlene friesen]] but the bill's in my late husband's name [[NAME:abe]] i keep meaning to change it"),
        (A, "i can change that today is the service address still"),
        (C, f"[[ADDRESS:{sp(str(hn))} mcmillan avenue winnipeg]] [[POSTCODE:{spell(pc)}]]"),
        (A, f"yes and it's an estimated bill this month so if you've got a reading that'd help"),
        (C, f"it says ((quantity:{sp(str(read))} cubic metres))"),
        (A, f"that brings it down to ((price:one forty two sixty)) do you want to pay that now"),
        (C, "yes on the visa"),
        (A, "go ahead"),
        (C, f"[[CARD_NUMBER:{cn[:4]} {cn[4:6]} {cn[6:12]} {cn[12:]}]]"),
        (A, "expiry and cvv"),
        (C, f"[[EXPIRY:{sd(f'{m:02d}')} {nw(y)}]] and [[CVV:{sd(cvv)}]]"),
        (A, f"done and a phone number to update the account with"),
        (C, f"[[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]]"),
    ]


@case("transcript")
def za_return_airfryer_card():
    order = dg(8)
    last4 = dg(4, False)
    ph = za_mob()
    price = ri(1100, 2900)
    return [
        (A, "Good morning, HomeMart online, [[NAME:Riaan]] speaking."),
        (C, f"Hi [[NAME:Riaan]]. I bought an air fryer for my mother-in-law and the basket doesn't fit. I want to return it, order [[ACCOUNT_NUMBER:{order}]]."),
        (A, "Let me pull it up. Who am I speaking to?"),
        (C, "[[NAME:Precious Ndlovu]]. It was delivered to my mother-in-law, [[NAME:Gertrude Ndlovu]], in Soweto."),
        (A, f"I see it: the ((model_number:AF-{ri(30, 60)}0)), ((quantity:5.5 litre)), ((price:R{price:,})). Paid with the card ending [[CARD_NUMBER:{last4}]]?"),
        (C, "Yes, that's mine."),
        (A, f"Okay. We'll collect it from the delivery address within ((duration:3 to 5 working days)). Is there someone home during the day?"),
        (C, f"She's home, but call me first: [[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]]. And email me the waybill, [[EMAIL:precious.ndlovu@outlook.co.za]]."),
        (A, f"Done. The refund goes back to the card ending [[CARD_NUMBER:{last4}]] about ((duration:7 days)) after we receive it."),
        (C, "Thanks. She's ((other:81)), she just wants one with a smaller basket that she can lift."),
    ]


@case("asr")
def ie_broadband_speeds_brother():
    acc = dg(8)
    ek = eircode("V94")
    ph = ie_mob()
    return [
        (A, "hello you're through to shannonlink broadband [[NAME:padraig]] speaking"),
        (C, "hi [[NAME:padraig]] i'm ringing for my brother he's deaf so he can't do the phone the broadband at his place is desperate"),
        (A, "no problem is he there to give permission or has he a note on the account"),
        (C, "there's a note i rang last month and spoke to a girl called [[NAME:aisling]] his name is [[NAME:eamon quirke]]"),
        (A, "yes i see the note and you're [[NAME:brendan]]"),
        (C, "that's me"),
        (A, "can i take the account number"),
        (C, f"[[ACCOUNT_NUMBER:{acc[:2]} {acc[2:5]} {acc[5:]}]]"),
        (A, "and the eircode"),
        (C, f"[[POSTCODE:{spell(ek)}]] it's out the road past castletroy"),
        (A, f"okay he's on the ((quantity:one hundred and fifty meg)) package and i'm seeing ((quantity:eleven)) coming through is the router the ((model_number:f thirty six hundred))"),
        (C, "the grey one yeah"),
        (A, f"there's a known fault in his area it should be fixed by ((date:friday)) and i'll credit a month ((price:forty five euro)) can i text him the updates"),
        (C, f"text him on [[PHONE:{sd(ph[:3])} {sd(ph[3:6])} {sd(ph[6:])}]] and email me [[EMAIL:b quirke at eircom dot net]]"),
    ]


@case("transcript")
def in_car_rental_driver_licence():
    bid = dg(8)
    dl = "KA" + dg(2, False) + " " + str(ri(2005, 2020)) + dg(7, False)
    ph = in_mob()
    pin = "5600" + dg(2, False)
    return [
        (A, "Good morning, ZipDrive self-drive rentals, [[NAME:Sneha]] here."),
        (C, f"Hi [[NAME:Sneha]], booking ID [[ACCOUNT_NUMBER:ZD{bid}]]. I want to add my brother as a second driver for the Coorg trip."),
        (A, "Sure. Your name first?"),
        (C, "[[NAME:Harish Gowda]]. My brother is [[NAME:Manjunath Gowda]]."),
        (A, "I'll need his driving licence number."),
        (C, f"[[ACCOUNT_NUMBER:{dl}]]."),
        (A, f"Thanks. Additional driver fee is ((price:Rs. 250 per day)), and the security deposit stays ((price:Rs. 5,000)). Pickup is Friday ((time:7 am)) from the Koramangala hub, correct?"),
        (C, "Yes. Can you deliver to my home instead? I have ((count:two)) small kids and the bags."),
        (A, f"Home delivery is ((price:Rs. 399)). Address?"),
        (C, f"[[ADDRESS:{ri(1, 99)}, 3rd Cross, HSR Layout Sector {ri(1, 7)}, Bengaluru]] [[POSTCODE:{pin}]]."),
        (A, f"Noted. The executive will call on [[PHONE:{ph[:5]} {ph[5:]}]], your registered number, ((duration:30 minutes)) before."),
        (C, f"Correct. Also the fuel policy, is it full to full?"),
        (A, f"Yes, full to full. The car has a ((quantity:37 litre)) tank."),
    ]


@case("transcript")
def uk_telecom_ivr_payment():
    acc = dg(9)
    cn = card("4", 16)
    m, y = exp()
    cvv = dg(3, False)
    owed = ri(40, 160)
    return [
        (V, f"Welcome to Beacon Mobile. To make a payment, press ((other:1)). To report a lost or stolen phone, press ((other:2))."),
        (V, "Please enter your account number, followed by the hash key."),
        (C, f"[[ACCOUNT_NUMBER:{acc}]]"),
        (V, f"You entered [[ACCOUNT_NUMBER:{' '.join(acc)}]]. Your outstanding balance is ((price:£{owed}.{ri(10, 99)})). To pay this amount, press ((other:1))."),
        (V, "Please enter your ((count:16))-digit card number."),
        (C, f"[[CARD_NUMBER:{cn}]]"),
        (V, f"You entered a card ending in [[CARD_NUMBER:{' '.join(cn[-4:])}]]. Please enter the expiry date as ((count:four)) digits."),
        (C, f"[[EXPIRY:{m:02d}{y}]]"),
        (V, f"Expiry date [[EXPIRY:{m:02d} {y}]]. Now enter the ((count:3))-digit security code from the back of your card."),
        (C, f"[[CVV:{cvv}]]"),
        (V, f"Thank you. Your payment has been taken. Your reference is ((other:{nonluhn(10)})). To speak to an adviser, press ((other:0))."),
        (A, "Hello, you're through to [[NAME:Olivia]] at Beacon. I can see you've just made a payment, how can I help?"),
        (C, "Hi [[NAME:Olivia]]. That was for my son's phone, it's on my account. He's ((other:14)) and he's gone over his data again. Can you put a cap on it?"),
        (A, f"Of course. I'll put a ((price:£5)) spend cap on his line and a ((quantity:10 GB)) data limit. What's his name, so I can find the right line?"),
        (C, "[[NAME:Jayden]]. [[NAME:Jayden Carmichael]]. I'm [[NAME:Natalie Carmichael]]."),
        (A, "Thank you, [[NAME:Natalie]]. That's on now, and it resets on the ((date:1st)) of each month."),
    ]


@case("asr")
def us_unemployment_claim_husband():
    a, b, c = us_ssn()
    ssn = a + b + c
    yy, mm, dd = dob(1968, 1990)
    hn = ri(12, 99) * 100
    z = zip5("952")
    ph = us_phone()
    return [
        (V, "thank you for calling the unemployment insurance claims line please say or enter your social security number"),
        (C, f"[[SSN:{ssn[:3]} {ssn[3:5]} {ssn[5:]}]]"),
        (V, f"i heard [[SSN:{sd(ssn)}]] if that's correct say yes"),
        (C, "yes"),
        (V, "please hold for the next available agent your estimated wait time is ((duration:twenty two minutes))"),
        (A, "unemployment claims this is [[NAME:darnell]] can i get the claimant's full name"),
        (C, "it's my husband [[NAME:luis ferreira]] he's right here i'm [[NAME:ana]] i'm helping him because his english isn't great"),
        (A, "okay i need him to confirm that"),
        (C, "yes my wife help me"),
        (A, "thank you sir and your date of birth"),
        (C, f"[[DOB:{nw(mm)} {nw(dd)} {say_year(yy)}]]"),
        (A, f"okay i see the claim it's pending because the employer said he quit but the letter says laid off on the ((date:{ordinal(ri(2, 27))}))"),
        (C, f"he was laid off they let ((count:forty)) people go the same day"),
        (A, f"you can upload the letter and a decision usually comes in ((duration:ten days)) his weekly benefit would be ((price:{nw(ri(300, 550))} dollars)) can i confirm the mailing address"),
        (C, f"[[ADDRESS:{nw(hn // 100)} hundred oak hollow drive apartment {nw(ri(1, 30))} b]] in stockton [[POSTCODE:{sd(z)}]]"),
        (A, "and the best phone"),
        (C, f"[[PHONE:{sd(ph[:3])} {sd(ph[3:6], dbl=True)} {sp(ph[6:])}]]"),
    ]


@case("transcript")
def au_carhire_melbourne_spouse():
    ref = dg(9)
    lic = dg(9)
    fl = ri(400, 999)
    last4 = dg(4, False)
    ph = au_mob()
    return [
        (A, "Good evening, Southern Star Car Rentals, Melbourne Airport, [[NAME:Nathan]] speaking."),
        (C, "Hi [[NAME:Nathan]]. I'm calling for my husband, he's stuck at the desk at your Sydney branch... sorry, I'm in Sydney, he's at Melbourne. They won't release the car."),
        (A, "Oh no. What's the booking reference?"),
        (C, f"[[ACCOUNT_NUMBER:{ref}]]. Name [[NAME:Wiremu Tane]]. I'm [[NAME:Sarah Tane]]."),
        (A, f"I see it. The card on the booking ends in [[CARD_NUMBER:{last4}]], but he's showing a different card at the counter."),
        (C, "That's my card. We booked it together. Can he use his?"),
        (A, "He can, as long as it's a credit card in his name. The booking card needs to be present or we switch the booking to his."),
        (C, "Switch it to his. His licence is a New Zealand one, does that matter?"),
        (A, f"No, that's fine for up to ((duration:3 months)). I'll note his licence number so the desk can tick it off."),
        (C, f"It's [[ACCOUNT_NUMBER:{ch(LET)}{ch(LET)}{lic[:6]}]]. He flew in on ((flight_number:JQ {fl})), it was ((duration:two hours)) late."),
        (A, f"Thank you. It's updated. The desk is open until ((time:11:30 pm)), and your rate stays ((price:$68 a day))."),
        (C, f"Thank you so much. Can you text me when it's done? [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]]."),
    ]


@case("asr")
def nz_clinic_flu_jab_parents():
    nhi1 = L() + L() + L() + dg(4, False)
    nhi2 = L() + L() + L() + dg(4, False)
    y1, m1, d1 = dob(1938, 1950)
    y2, m2, d2 = dob(1938, 1950)
    ph = nz_mob()
    return [
        (A, "kia ora riverside health [[NAME:moana]] speaking"),
        (C, "kia ora [[NAME:moana]] i want to book flu jabs for my parents they're both over ((other:sixty five)) so it should be free"),
        (A, "yep it's free for them both what are their names"),
        (C, "[[NAME:ivan petrovic]] and [[NAME:mira petrovic]] i'm their daughter [[NAME:tanja]]"),
        (A, "dates of birth"),
        (C, f"dad is [[DOB:{nw(d1)} {nw(m1)} {say_year(y1)}]] and mum is [[DOB:{ordinal(d2)} of {MONTHS[m2 - 1].lower()} {say_year(y2)}]]"),
        (A, "do you have their nhi numbers handy it just speeds things up"),
        (C, f"dad's is [[ACCOUNT_NUMBER:{spell(nhi1)}]] and mum's [[ACCOUNT_NUMBER#m:{spell(nhi2[:3])}]] um [[ACCOUNT_NUMBER#m:{spell(nhi2[3:])}]]"),
        (A, f"lovely our nurse [[NAME:hine]] has ((time:ten twenty)) and ((time:ten forty)) on ((date:saturday)) back to back"),
        (C, "perfect we'll take both"),
        (A, f"and a contact number"),
        (C, f"[[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]] that's mine they don't have a mobile"),
        (A, f"all booked they'll need to stay for ((duration:fifteen minutes)) after"),
    ]


@case("transcript")
def ca_energy_poa_aunt():
    acc = dg(12)
    hn = ri(10, 999)
    pc = ca_pc("B")
    ph = us_phone()
    kwh = ri(900, 2200)
    return [
        (A, "Good afternoon, Atlantic Power, this is [[NAME:Jocelyn]]."),
        (C, "Hi [[NAME:Jocelyn]]. I have power of attorney for my aunt, and her power bill has tripled. I think something's wrong with the heat pump."),
        (A, "I'm sorry to hear that. Is the POA on file with us?"),
        (C, "I sent it in ((date:November)). I'm [[NAME:Derek MacIsaac]]. My aunt is [[NAME:Florence MacIsaac]]."),
        (A, "Yes, I see it. Account number?"),
        (C, f"[[ACCOUNT_NUMBER:{grp(acc, [4, 4, 4])}]]."),
        (A, "And the service address?"),
        (C, f"[[ADDRESS:{hn} Main Street, Antigonish]], Nova Scotia, [[POSTCODE:{pc}]]."),
        (A, f"Thank you. Usage went from about ((quantity:{kwh - ri(500, 800):,} kWh)) to ((quantity:{kwh * 2:,} kWh)) in ((date:January)). That usually means the backup electric heat is running instead of the heat pump."),
        (C, f"She keeps the thermostat at ((other:24 degrees)). She's ((other:93)), she feels the cold."),
        (A, f"That's understandable. We offer a free energy assessment, and she qualifies for the ((price:$200)) seniors' heating rebate. Can I get your phone number and email to send the forms?"),
        (C, f"[[PHONE:{usd(ph)}]], and [[EMAIL:derek.macisaac@eastlink.ca]]."),
        (A, "I've sent them. An assessor named [[NAME:Gilles]] will call within ((duration:two weeks))."),
    ]


if __name__ == "__main__":
    main()
