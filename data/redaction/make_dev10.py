#!/usr/bin/env python3
"""Write data/redaction/dev10.jsonl: written as a sixth held-out set (test6.jsonl), measured once
(issue 14, the figures are in the README), then made a development set.

The conversations below were written by hand for this set only. Every number in them
(cards, CVVs, expiry dates, SSNs, phones, dates of birth, postcodes, ZIPs, account and
reference numbers) comes from a seeded generator, and every span's offsets are computed
from the clean text after the inline markup has been stripped:

    [[TYPE:text]]          a pii span (TYPE is a short code, see TYPES)
    [[TYPE#x:text]]        a pii span in local group x (pieces of one value share x)
    [[CC#x!:text]]         a card piece that the speaker then corrects (kept in the group,
                           left out of the Luhn check)
    ((kind:text))          a look-alike that must survive (kind is a short code, see KINDS)

The script checks every case and exits with status 1, writing nothing, if a check fails.

    python data/redaction/make_dev10.py            # writes dev10.jsonl and prints counts
    python data/redaction/make_dev10.py --check    # builds and validates only
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

SEED = 91736402
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev10.jsonl")

TYPES = {
    "N": "NAME", "AC": "ACCOUNT_NUMBER", "CC": "CARD_NUMBER", "CVV": "CVV",
    "EXP": "EXPIRY", "SSN": "SSN", "PH": "PHONE", "EM": "EMAIL", "DOB": "DOB",
    "AD": "ADDRESS", "PC": "POSTCODE",
}
KINDS = {
    "qty": "quantity", "time": "time", "price": "price", "flight": "flight_number",
    "date": "date", "year": "year", "dur": "duration", "pct": "percentage",
    "model": "model_number", "count": "count", "other": "other",
}
SPEAKERS = {"a": "agent", "c": "customer", "i": "ivr"}

MINIMUMS = {
    "cases": 80, "utterances": 420, "ordinary": 100, "keep": 180,
    "NAME": 80, "ACCOUNT_NUMBER": 55, "CARD_NUMBER": 40, "CVV": 20, "EXPIRY": 20,
    "SSN": 15, "PHONE": 25, "EMAIL": 20, "DOB": 20, "ADDRESS": 20, "POSTCODE": 20,
}

# ----------------------------------------------------------------------------------------
# number words

ONES = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
         "nineteen").split()
TENS = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"]
ORD_ONES = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth "
            "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
            "eighteenth nineteenth").split()
ORD_TENS = {2: "twentieth", 3: "thirtieth"}
MONTHS = ("january february march april may june july august september october november "
          "december").split()
MON3 = [m[:3].title() for m in MONTHS]


def dw(d, zero="oh"):
    """One digit as a word."""
    return zero if d == "0" else ONES[int(d)]


def say(ds, zero="oh", double=False):
    """Digit by digit; with double=True runs of two or three become double/triple."""
    ds = re.sub(r"\D", "", ds)
    out = []
    i = 0
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i]:
            j += 1
        run = j - i
        if double and run == 3:
            out.append("triple " + dw(ds[i], zero))
        elif double and run == 2:
            out.append("double " + dw(ds[i], zero))
        elif double and run > 3:
            out.append("double " + dw(ds[i], zero))
            j = i + 2
        else:
            out.extend(dw(c, zero) for c in ds[i:j])
        i = j
    return " ".join(out)


def two(ds, zero="oh"):
    """A two-digit group as people say it: 41 forty one, 06 oh six, 00 double oh."""
    a, b = ds[0], ds[1]
    if a == "0":
        return "double " + zero if b == "0" else zero + " " + ONES[int(b)]
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + ONES[int(b)])


def pairs(ds, zero="oh"):
    ds = re.sub(r"\D", "", ds)
    out = [two(ds[i:i + 2], zero) for i in range(0, len(ds) - 1, 2)]
    if len(ds) % 2:
        out.append(dw(ds[-1], zero))
    return " ".join(out)


def num(n, and_=True):
    """An integer (0-999999) in words; British 'and' by default."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        head = ONES[n // 100] + " hundred"
        if not rest:
            return head
        return head + (" and " if and_ else " ") + num(rest, and_)
    if n < 1000000:
        rest = n % 1000
        head = num(n // 1000, and_) + " thousand"
        if not rest:
            return head
        if rest < 100:
            return head + (" and " if and_ else " ") + num(rest, and_)
        return head + " " + num(rest, and_)
    raise ValueError(n)


def ordw(n):
    if n < 20:
        return ORD_ONES[n]
    if n % 10 == 0:
        return ORD_TENS[n // 10]
    return TENS[n // 10] + " " + ORD_ONES[n % 10]


def ordt(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def year_w(y, and_=False):
    if 2000 <= y < 2010:
        return "two thousand " + ("and " if and_ else "") + ONES[y - 2000]
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num(hi) + " hundred"
    return num(hi) + " " + (two(f"{lo:02d}") if lo >= 10 else "oh " + ONES[lo])


def yy_w(y):
    """Two-digit year as said: 81 eighty one, 05 oh five."""
    return two(f"{y % 100:02d}")


# ----------------------------------------------------------------------------------------
# seeded generator

LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PC_IN_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
NATO = {
    "A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
    "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
    "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
    "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray",
    "Y": "yankee", "Z": "zulu",
}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV.update({"xray": "X", "whisky": "W", "alfa": "A", "juliett": "J"})


def luhn_ok(ds):
    total = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seen = set()

    def _fresh(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise AssertionError("no fresh value")

    def pat(self, p):
        """'9' any digit, '1' non-zero digit, 'A' letter; anything else is literal."""
        def one():
            out = []
            for ch in p:
                if ch == "9":
                    out.append(str(self.r.randrange(10)))
                elif ch == "1":
                    out.append(str(self.r.randrange(1, 10)))
                elif ch == "A":
                    out.append(self.r.choice(LETTERS))
                else:
                    out.append(ch)
            return "".join(out)
        return self._fresh(one)

    def digits_with_double(self, n, first_nonzero=True):
        """n digits holding at least one adjacent pair (for 'double')."""
        def one():
            ds = [str(self.r.randrange(1 if first_nonzero else 0, 10))]
            while len(ds) < n:
                ds.append(str(self.r.randrange(10)))
            k = self.r.randrange(1, n - 1)
            ds[k + 1] = ds[k]
            return "".join(ds)
        return self._fresh(one)

    def card(self, kind):
        def one():
            if kind == "visa":
                body = "4" + "".join(str(self.r.randrange(10)) for _ in range(14))
            elif kind == "mc":
                body = str(self.r.randrange(51, 56)) + "".join(
                    str(self.r.randrange(10)) for _ in range(13))
            elif kind == "mc2":
                body = str(self.r.randrange(2221, 2721)) + "".join(
                    str(self.r.randrange(10)) for _ in range(11))
            elif kind == "amex":
                body = self.r.choice(["34", "37"]) + "".join(
                    str(self.r.randrange(10)) for _ in range(12))
            elif kind == "disc":
                body = "6011" + "".join(str(self.r.randrange(10)) for _ in range(11))
            else:
                raise ValueError(kind)
            return luhn_complete(body)
        return self._fresh(one)

    def card_with(self, kind, need):
        """A card whose digits contain `need` (e.g. '00' or a pair) for rendering tests."""
        for _ in range(5000):
            c = self.card(kind)
            if need(c):
                return c
            self.seen.discard(c)
        raise AssertionError

    def cvv(self, n=3):
        return self.pat("9" * n)

    def expiry(self, expired=False):
        m = self.r.randrange(1, 13)
        y = self.r.randrange(2022, 2025) if expired else self.r.randrange(2027, 2033)
        return m, y

    def ssn(self):
        def one():
            a = self.r.randrange(1, 666)
            g = self.r.randrange(1, 100)
            s = self.r.randrange(1, 10000)
            return f"{a:03d}{g:02d}{s:04d}"
        return self._fresh(one)

    def us_phone(self, area=None):
        area = area or self.r.choice(["206", "312", "415", "512", "617", "702", "808",
                                      "913", "971", "505", "318", "629"])
        return self._fresh(lambda: f"{area}5550{self.r.randrange(100, 200)}")

    def uk_mobile(self):
        return self._fresh(lambda: f"07700900{self.r.randrange(0, 1000):03d}")

    def uk_land(self, which=None):
        which = which or self.r.choice(["020", "0161", "0113", "0117", "0131", "0121",
                                        "0141", "029"])
        def one():
            if which == "020":
                return f"02079460{self.r.randrange(0, 1000):03d}"
            if which == "029":
                return f"02920180{self.r.randrange(0, 1000):03d}"
            return f"{which}4960{self.r.randrange(0, 1000):03d}"
        return self._fresh(one)

    def dob(self, y0, y1):
        y = self.r.randrange(y0, y1 + 1)
        m = self.r.randrange(1, 13)
        d = self.r.randrange(1, 29)
        return y, m, d

    def pc_uk(self, outward):
        return self._fresh(lambda: f"{outward} {self.r.randrange(1, 10)}"
                           f"{self.r.choice(PC_IN_LETTERS)}{self.r.choice(PC_IN_LETTERS)}")

    def zip(self, prefix):
        return self._fresh(lambda: prefix + f"{self.r.randrange(0, 100):02d}")

    def sort_code(self):
        return self._fresh(lambda: "-".join(f"{self.r.randrange(0, 100):02d}"
                                            for _ in range(3)))

    def iban_gb(self, bank):
        sc = "".join(str(self.r.randrange(10)) for _ in range(6))
        acc = "".join(str(self.r.randrange(10)) for _ in range(8))
        bban = bank + sc + acc
        rearr = bban + "GB00"
        numeric = "".join(str(int(ch, 36)) for ch in rearr)
        check = 98 - int(numeric) % 97
        return self._fresh(lambda: f"GB{check:02d}{bban}")

    def tracking_fail(self, n):
        def one():
            while True:
                ds = str(self.r.randrange(1, 10)) + "".join(
                    str(self.r.randrange(10)) for _ in range(n - 1))
                if not luhn_ok(ds):
                    return ds
        return self._fresh(one)

    def choice(self, xs):
        return self.r.choice(xs)


# ----------------------------------------------------------------------------------------
# rendering helpers (typed and spoken)

def grp(ds, sizes, sep=" "):
    ds = re.sub(r"\D", "", ds)
    out, i = [], 0
    for s in sizes:
        out.append(ds[i:i + s])
        i += s
    assert i == len(ds), (ds, sizes)
    return sep.join(out)


def card_t(c, sep=" "):
    return grp(c, [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4], sep)


def ph_us_t(p, style=0):
    a, b, c = p[:3], p[3:6], p[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}"][style]


def ph_uk_t(p, intl=False):
    if p.startswith("07"):
        s = f"{p[:5]} {p[5:]}"
    elif p.startswith("020") or p.startswith("029"):
        s = f"{p[:3]} {p[3:7]} {p[7:]}"
    else:
        s = f"{p[:4]} {p[4:7]} {p[7:]}"
    if intl:
        s = "+44 " + s[1:]
    return s


def ssn_t(s, sep="-"):
    return f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}"


def dob_slash(y, m, d, us=False, sep="/"):
    return (f"{m:02d}{sep}{d:02d}{sep}{y}" if us else f"{d:02d}{sep}{m:02d}{sep}{y}")


def exp_t(m, y, form=0):
    return [f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{m}/{y % 100:02d}",
            f"{MONTHS[m - 1].title()} {y}", f"{MON3[m - 1]} {y % 100:02d}"][form]


def pc_said(pc, nato=False, tens=False):
    """UK postcode said letter by letter; digits as words; optional NATO letters."""
    out = []
    for part in pc.split():
        toks = re.findall(r"[A-Z]|\d+", part)
        for t in toks:
            if t.isdigit():
                out.append(num(int(t)) if tens and len(t) == 2 else say(t))
            else:
                out.append(NATO[t] if nato else t.lower())
    return " ".join(out)


def spell(word, sep=" "):
    return sep.join(ch for ch in word.lower() if ch.isalpha())


def spell_nato(word):
    return " ".join(f"{ch.lower()} for {NATO[ch.upper()]}" for ch in word if ch.isalpha())


def id_said(s, zero="oh", double=False, nato=False):
    """An id with letters and digits said piece by piece."""
    out = []
    for t in re.findall(r"[A-Za-z]|\d+", s):
        if t.isdigit():
            out.append(say(t, zero, double))
        else:
            out.append(NATO[t.upper()] if nato else t.lower())
    return " ".join(out)


# ----------------------------------------------------------------------------------------
# spoken -> digits / letters (for validation)

WORD_DIGIT = {w: str(i) for i, w in enumerate(ONES)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {w: i for i, w in enumerate(TENS) if w}


def to_digits(s):
    toks = re.findall(r"[a-z]+|\d+", s.lower())
    out = []
    rep = 1
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
        elif t.isdigit():
            out.append(t[0] * rep + t[1:])
            rep = 1
        elif t in WORD_DIGIT:
            out.append(WORD_DIGIT[t] * rep)
            rep = 1
        elif t in TEEN_D:
            out.append(TEEN_D[t])
        elif t in TENS_D:
            if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                out.append(str(TENS_D[t]) + WORD_DIGIT[toks[i + 1]])
                i += 1
            else:
                out.append(str(TENS_D[t]) + "0")
        elif t == "hundred":
            if out and len(out[-1]) <= 2:
                out[-1] = out[-1] + "00"
        i += 1
    return "".join(out)


def to_alnum(s):
    """Letters and digits of a spoken or typed id: 'l for lima s six' -> LS6."""
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|[A-Z]", s) if s != s.lower() else \
        re.findall(r"[a-z]+(?:-[a-z]+)?|\d+", s)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        tl = t.lower()
        if tl in ("for", "as", "in", "like", "space", "dash", "hyphen"):
            # "l for lima": the NATO word that follows repeats the letter
            if tl in ("for", "in") and i + 1 < len(toks) and toks[i + 1].lower() in NATO_REV:
                i += 2
                continue
            i += 1
            continue
        if tl in ("double", "triple"):
            n = 2 if tl == "double" else 3
            nxt = toks[i + 1].lower()
            ch = WORD_DIGIT.get(nxt) or (nxt.upper() if len(nxt) == 1 else NATO_REV[nxt])
            out.append(ch * n)
            i += 2
            continue
        if t.isdigit():
            out.append(t)
        elif tl in NATO_REV:
            out.append(NATO_REV[tl])
        elif tl in WORD_DIGIT and tl != "o":
            out.append(WORD_DIGIT[tl])
        elif tl in TEEN_D or tl in TENS_D:
            out.append(to_digits(" ".join(toks[i:i + 2])) if tl in TENS_D and i + 1 < len(
                toks) and toks[i + 1] in ONES[1:] else to_digits(tl))
            if tl in TENS_D and i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                i += 1
        elif len(tl) == 1:
            out.append(tl.upper())
        else:
            out.append("?" + tl)
        i += 1
    return "".join(out)


# ----------------------------------------------------------------------------------------
# cases

CASES = []


def case(style):
    assert style in ("transcript", "asr")

    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


G = None  # the Gen, set in build()


def exp_said(m, y, form=0):
    yy = f"{y % 100:02d}"
    return [
        f"{say(f'{m:02d}')} {two(yy)}",                 # oh four twenty nine
        f"{MONTHS[m - 1]} {two(yy)}",                   # april twenty nine
        f"{MONTHS[m - 1]} {year_w(y)}",                 # april twenty twenty nine
        f"{num(m)} {two(yy)}",                          # four twenty nine
        f"{say(f'{m:02d}', 'zero')} {say(yy, 'zero')}",  # zero four two nine
        f"{num(m)} slash {two(yy)}",                    # four slash twenty nine
    ][form]


def dob_said(y, m, d, form=0):
    mon = MONTHS[m - 1]
    return [
        f"{ordw(d)} of {mon} {yy_w(y)}",                        # third of march eighty one
        f"{mon} {ordw(d)} {year_w(y)}",                         # march third nineteen eighty one
        f"{say(f'{d:02d}')} {say(f'{m:02d}')} {say(f'{y % 100:02d}')}",  # oh three oh three eight one
        f"{ordw(d)} {mon} {year_w(y)}",                         # third march nineteen eighty one
        f"{num(d)} {num(m)} {yy_w(y)}",                         # three three eighty one
        f"{ordw(d)} of the {ordw(m)} {yy_w(y)}",                # third of the third eighty one
        f"{mon} {num(d)} {yy_w(y)}",                            # march three eighty one
        f"{say(f'{m:02d}')} {say(f'{d:02d}')} {year_w(y)}",     # (US) oh three oh three nineteen ...
    ][form]


def dob_typed(y, m, d, form=0):
    mon = MONTHS[m - 1].title()
    return [
        f"{d:02d}/{m:02d}/{y}",          # 03/03/1981
        f"{ordt(d)} {mon} {y}",           # 3rd March 1981
        f"{mon} {ordt(d)}, {y}",          # March 3rd, 1981
        f"{d} {mon} {y}",                 # 3 March 1981
        f"{y}-{m:02d}-{d:02d}",           # 1981-03-03
        f"{d:02d}.{m:02d}.{y % 100:02d}",  # 03.03.81
        f"{m}/{d}/{y % 100:02d}",         # (US) 3/3/81
        f"{m:02d}/{d:02d}/{y}",           # (US) 03/03/1981
        f"{mon} {d}, {y}",                # March 3, 1981
    ][form]


def house_said(n, form=0):
    """House number as people say it: 104 one oh four, 4410 forty four ten."""
    s = str(n)
    if n < 100:
        return num(n)
    if len(s) == 3:
        return [f"{ONES[int(s[0])]} {two(s[1:])}", num(n, and_=False)][form]
    if len(s) == 4:
        if s[2:] == "00":
            return f"{num(int(s[:2]))} hundred"
        return f"{num(int(s[:2]))} {two(s[2:])}"
    return say(s)


def iban_t(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ph_said(p, zero="oh", double=False, groups=None):
    if groups is None:
        return say(p, zero, double)
    parts, i = [], 0
    for k in groups:
        parts.append(say(p[i:i + k], zero, double))
        i += k
    return " ".join(parts)


# ---- banking and cards ------------------------------------------------------------------

@case("transcript")
def fraud_sortcode():
    sc, acc = G.sort_code(), G.pat("19999999")
    y, m, d = G.dob(1958, 1970)
    return [
        ("a", "Harrowgate Building Society, you're through to [[N:Ifeoma]], how can I help?"),
        ("c", "Hi [[N:Ifeoma]], it's [[N:Tadeusz Wierzbicki]]. There are payments on my account I "
              "didn't make."),
        ("a", "I'm sorry to hear that, Mr [[N:Wierzbicki]]. Can I take your sort code and account "
              "number first?"),
        ("c", f"Sort code [[AC:{sc}]], account [[AC:{acc}]]."),
        ("a", "Thank you. And your date of birth?"),
        ("c", f"[[DOB:{dob_typed(y, m, d, 0)}]]."),
        ("a", "Thanks. I can see ((count:three)) card payments to a gaming site, the largest for "
              "((price:£312.50)) at ((time:9:40)) last night."),
        ("c", "None of those are me. I was asleep by ((time:11)) and the card's in my wallet."),
        ("a", "Okay. I've stopped the card and a new one will reach you in ((dur:three to five "
              f"working days)). That's the account ending [[AC:{acc[-4:]}]], yes?"),
        ("c", "Yes, that's the one."),
    ]


@case("asr")
def energy_card_pieces():
    c = G.card("visa")
    m, y = G.expiry()
    cvv = G.cvv()
    return [
        ("a", "thanks for calling northway energy this is [[N:callum]] how can i help"),
        ("c", "hiya i've had a text saying my bill's overdue and i want to pay it off now"),
        ("a", "no problem the balance is ((price:two hundred and eighteen pounds sixty)) are "
              "you paying that all today"),
        ("c", "yeah all of it please"),
        ("a", "lovely go ahead with the long number across the front"),
        ("c", f"okay it's [[CC#a:{say(c[:8])}]]"),
        ("a", "mm-hmm"),
        ("c", f"[[CC#a:{say(c[8:12])}]] hang on the print's worn [[CC#a:{say(c[12:])}]]"),
        ("a", f"so i've got [[CC:{say(c[:4])} {say(c[4:8])} {say(c[8:12])} {say(c[12:])}]] "
              "is that right"),
        ("c", "yep"),
        ("a", "and when does it run out"),
        ("c", f"[[EXP:{exp_said(m, y, 0)}]]"),
        ("a", "and the three digits on the back by the signature strip"),
        ("c", f"[[CVV:{say(cvv)}]]"),
        ("a", "that's gone through you'll get a receipt by text in about ((dur:ten minutes))"),
    ]


@case("transcript")
def iban_payee():
    iban = G.iban_gb(G.choice(["NWBK", "BARC", "LOYD", "MIDL"]))
    own = G.pat("19999999")
    return [
        ("a", "Calderbrook Bank international payments, [[N:Oksana]] speaking."),
        ("c", "Hello [[N:Oksana]]. I need to add a new payee and send money to my brother, "
              "[[N:Joaquim Ferreira]]. He's given me his IBAN."),
        ("a", "Of course. Which account will it come from?"),
        ("c", f"My current account, [[AC:{own}]]."),
        ("a", "Thank you. And the IBAN, please, slowly."),
        ("c", f"[[AC:{iban_t(iban)}]]."),
        ("a", f"Let me read that back: [[AC:{iban_t(iban)}]]. And how much are you sending?"),
        ("c", "((price:€2,400)). It's for his wife's operation, so it can't be late."),
        ("a", "Understood. There's a fee of ((pct:0.5%)) and it should arrive within "
              "((dur:two working days))."),
        ("c", "That's fine. Thank you."),
    ]


@case("asr")
def mortgage_no_cue():
    acc = G.digits_with_double(10)
    y, m, d = G.dob(1976, 1986)
    return [
        ("a", "keystone home loans you're speaking to [[N:oluwaseun]]"),
        ("c", f"hi [[N:oluwaseun]] yeah it's about my mortgage [[AC#a:{say(acc[:5], double=True)}]] "
              f"uh [[AC#a:{say(acc[5:], double=True)}]]"),
        ("a", "sorry you broke up after the first five could you say the rest again"),
        ("c", f"[[AC:{say(acc[5:], double=True)}]]"),
        ("a", "got it and can i take your date of birth"),
        ("c", f"it's the [[DOB:{dob_said(y, m, d, 0)}]]"),
        ("a", "thank you and who am i speaking with"),
        ("c", "[[N:marguerite okafor]]"),
        ("a", "thanks [[N:marguerite]] so you're on a fixed rate of ((pct:four point three nine "
              "percent)) until ((year:twenty thirty one)) what can i do for you"),
        ("c", "i've lost some hours at work and i'm worried about next month's payment"),
        ("a", "okay let's look at the options together there's no harm in asking"),
    ]

@case("asr")
def card_pairs_correction():
    c = G.card("mc")
    wrong = G.pat("9999")
    while wrong == c[8:12]:
        wrong = G.pat("9999")
    m, y = G.expiry()
    cvv = G.cvv()
    return [
        ("a", "you're through to payments at lumen card services my name's [[N:rhys]] which card "
              "are you paying from today"),
        ("c", "hi [[N:rhys]] it's my debit card i'm paying off the credit card with it"),
        ("a", "okay whenever you're ready"),
        ("c", f"[[CC#a:{pairs(c[:8])}]] um [[CC#a!:{pairs(wrong)}]] no sorry that last bit was "
              f"[[CC#a:{pairs(c[8:12])}]] and then [[CC#a:{pairs(c[12:])}]]"),
        ("a", "thank you and what's the expiry on that one"),
        ("c", f"[[EXP:{exp_said(m, y, 1)}]]"),
        ("a", "and the cvc please"),
        ("c", f"[[CVV:{pairs(cvv[:2])} {say(cvv[2])}]]"),
        ("a", "perfect so the minimum this month is ((price:twenty five pounds)) but you said "
              "you'd like to clear ((price:four hundred))"),
        ("c", "yeah ((price:four hundred)) please the interest on it is ((pct:twenty four point nine "
              "percent)) i want it gone"),
        ("a", "done that'll show on the account within ((dur:forty eight hours))"),
    ]


@case("transcript")
def amex_travel():
    c = G.card("amex")
    cid = G.cvv(4)
    m, y = G.expiry()
    return [
        ("a", "Pelham & Dorsey Travel, this is [[N:Marisol]]. How can I help?"),
        ("c", "Hi [[N:Marisol]], I'd like to book the Lisbon package we talked about last week, "
              "((count:two)) adults, ((dur:nine nights)) from ((date:October 14th))."),
        ("a", "Lovely. That comes to ((price:$3,180.40)) including the ((flight:TP 218)) "
              "outbound. Whose name is the card in?"),
        ("c", "Mine, [[N:Anand Raghunathan]]. It's an Amex."),
        ("a", "Go ahead with the number, Mr [[N:Raghunathan]]."),
        ("c", f"[[CC:{card_t(c)}]]."),
        ("a", "And the four digits printed on the front, above the number? The CID."),
        ("c", f"[[CVV:{cid}]]."),
        ("a", "And the expiry?"),
        ("c", f"[[EXP:{exp_t(m, y, 0)}]]."),
        ("a", "All booked. You'll get the confirmation e-mail in the next ((dur:15 minutes))."),
    ]


@case("asr")
def ivr_odd_groups():
    c = G.card("visa")
    m, y = G.expiry()
    cvv = G.cvv()
    return [
        ("i", "welcome to the quickpay line for saltmarsh water please say or enter your "
              "sixteen digit card number"),
        ("c", f"[[CC:{grp(c, [4, 2, 6, 4])}]]"),
        ("i", f"you said [[CC:{say(c)}]] if that is correct say yes"),
        ("c", "yes"),
        ("i", "please say the expiry date as four digits"),
        ("c", f"[[EXP:{say(f'{m:02d}{y % 100:02d}')}]]"),
        ("i", "now please say the three digit security code from the back of your card"),
        ("c", f"[[CVV:{say(cvv)}]]"),
        ("i", "thank you your payment of ((price:one hundred and twelve pounds forty)) has been "
              "accepted your receipt number will follow by text"),
    ]


@case("transcript")
def us_bank_last4():
    s = G.ssn()
    p = G.us_phone("415")
    return [
        ("a", "Thanks for calling Redwood Pacific Bank, my name is [[N:Darnell]]. Who do I have "
              "the pleasure of speaking with?"),
        ("c", "This is [[N:Yuki Tanabe-Morris]]."),
        ("a", "Thanks, [[N:Yuki]]. To verify, can I get the last four of your Social?"),
        ("c", f"[[SSN:{s[-4:]}]]."),
        ("a", f"And is the best number still [[PH:{ph_us_t(p, 0)}]]?"),
        ("c", "Yes, that's my cell."),
        ("a", "Great. What can I do for you today?"),
        ("c", "I was charged a ((price:$35)) overdraft fee on ((date:June 14th)) but my "
              "paycheck landed the same morning."),
        ("a", "Let me look. I can see the deposit posted at ((time:10:12 a.m.)), after the "
              "cut-off. I can refund it as a one-time courtesy."),
        ("c", "Thank you, I appreciate that."),
    ]


@case("asr")
def credit_union_open():
    s = G.ssn()
    y, m, d = G.dob(1990, 2003)
    house = G.r.randrange(1200, 9900)
    z = G.zip("837")
    return [
        ("a", "gem state credit union this is [[N:bryce]] how can i help"),
        ("c", "hi i'd like to open a checking account i just moved here for work"),
        ("a", "welcome let's get you set up can i get your full name"),
        ("c", "[[N:siosaia fifita]]"),
        ("a", "can you spell the last name for me"),
        ("c", f"[[N:{spell('fifita')}]]"),
        ("a", "thank you and your social security number"),
        ("c", f"[[SSN#a:{say(s[:3])}]] uh [[SSN#a:{say(s[3:])}]]"),
        ("a", "and date of birth"),
        ("c", f"[[DOB:{dob_said(y, m, d, 1)}]]"),
        ("a", "and your home address"),
        ("c", f"[[AD:{house_said(house)} juniper hollow road apartment twelve c boise]] idaho "
              f"[[PC:{say(z)}]]"),
        ("a", "and an email we can send the disclosures to"),
        ("c", "[[EM:siosaia dot f at outlook dot com]]"),
        ("a", "got it the account needs ((price:twenty five dollars)) to open and there's no "
              "monthly fee"),
    ]


@case("transcript")
def standing_order_landlord():
    sc, acc = G.sort_code(), G.pat("19999999")
    own = G.pat("19999999")
    return [
        ("a", "Good afternoon, Thistledown Bank, [[N:Fergus]] speaking."),
        ("c", "Hi, I need to set up a standing order for my rent. The new landlady is "
              "Mrs [[N:Hollis Achterberg]]."),
        ("a", "Happy to help. Which of your accounts is it coming from?"),
        ("c", f"The joint one, ending [[AC:{own[-4:]}]]."),
        ("a", "And her bank details?"),
        ("c", f"Sort code [[AC:{sc}]] and the account is [[AC:{acc}]]."),
        ("a", f"So that's [[AC:{sc}]], [[AC:{acc}]]. How much and when?"),
        ("c", "((price:£875.00)) on the ((date:1st)) of every month, starting in ((date:March))."),
        ("a", "Done. The first payment leaves on the ((date:1st of March))."),
        ("c", "Brilliant, cheers."),
    ]



# ---- insurance ------------------------------------------------------------------------

@case("transcript")
def home_claim_leeds():
    pol = G.pat("AAA-99-999999")
    pc = G.pc_uk("LS10")
    flat, house = G.r.randrange(2, 9), G.r.randrange(11, 60)
    return [
        ("a", "Brightholme Home Insurance claims, you're speaking with [[N:Priyanka]]."),
        ("c", "Hi, I need to make a claim. A pipe burst under the bath and it's come through "
              "the kitchen ceiling."),
        ("a", "Oh no, I'm sorry. Is everyone safe? Can I take your policy number?"),
        ("c", f"Everyone's fine. It's [[AC:{pol}]]."),
        ("a", "Thank you. And the address of the property?"),
        ("c", f"[[AD:Flat {flat}, {house} Tannery Wharf, Leeds]], [[PC:{pc}]]."),
        ("a", "Got it. When did it happen?"),
        ("c", "Sunday night, the ((date:2nd of February)). The plumber, [[N:Declan Furey]], came "
              "out at ((time:11 p.m.)) and capped it."),
        ("a", "Good. Do you have an idea of the damage so far?"),
        ("c", "[[N:Declan]] reckons about ((price:£4,850)) for the ceiling and the units, and "
              "it'll take ((dur:three weeks)) to dry out."),
        ("a", "I'll book a loss adjuster. Your excess on this policy is ((price:£250))."),
    ]


@case("asr")
def car_policy_nato():
    pol = G.pat("AA999999")
    y, m, d = G.dob(1979, 1984)
    age = 2024 - y
    return [
        ("a", "morning you're through to fairlane motor insurance it's [[N:siobhan]] speaking"),
        ("c", "morning i'm calling about my renewal it's gone up a lot"),
        ("a", "i'm sorry to hear that have you got your policy number handy"),
        ("c", f"yeah it's [[AC:{id_said(pol[:2], nato=True)} {say(pol[2:], double=True)}]]"),
        ("a", f"so that's [[AC:{spell(pol[:2])} {say(pol[2:])}]]"),
        ("c", "that's it"),
        ("a", "and can you confirm your date of birth"),
        ("c", f"[[DOB:{dob_said(y, m, d, 2)}]]"),
        ("a", "thanks and the car's still the ((model:cx thirty))"),
        ("c", "yeah same car same job i'm ((other:" + num(age) + ")) i haven't had a claim in "
              "((dur:nine years)) and it's up ((pct:thirty two percent))"),
        ("a", "let me see what i can do your no claims discount should be showing as ((pct:"
              "sixty five percent)) and it isn't so that's our mistake"),
        ("c", "right so it'll come down"),
        ("a", "it will i'm putting it through now"),
    ]


@case("transcript")
def pet_claim():
    pol = G.pat("PET/9999/9999")
    em = "m.oyelaran@fastmail.co.uk"
    return [
        ("a", "Pawsure Pet Insurance, [[N:Gwilym]] speaking. How can I help?"),
        ("c", "Hello, my name's [[N:Modupe Oyelaran]]. I sent a claim in for my dog ((dur:six "
              "weeks)) ago and haven't heard anything."),
        ("a", "I'm sorry about the wait. What's the policy number?"),
        ("c", f"[[AC:{pol}]]."),
        ("a", "Thanks. I can see the claim from Dr [[N:Halvorsen]] at the vets for "
              "((price:£1,126.40)). It's waiting for his clinical notes."),
        ("c", "He told me he sent them on the ((date:9th))."),
        ("a", "Then they may have gone to the wrong inbox. Can I confirm your e-mail?"),
        ("c", f"[[EM:{em}]]."),
        ("a", "I'll chase the practice today and mark it urgent. You should hear within "
              "((dur:five working days))."),
        ("c", "Thank you. He's ((other:11)), so these bills keep coming."),
    ]


@case("asr")
def life_claim_us():
    pol = G.pat("199999999")
    s = G.ssn()
    y, m, d = G.dob(1941, 1950)
    return [
        ("a", "thank you for calling prairie mutual life this is [[N:jolene]] may i have your "
              "name"),
        ("c", "[[N:tomasz kowalczyk]] i'm calling because my father passed away last week"),
        ("a", "i'm so sorry for your loss [[N:tomasz]] take your time"),
        ("c", "thank you his name was [[N:henryk kowalczyk]] and he had a policy with you"),
        ("a", "do you have the policy number"),
        ("c", f"it's [[AC#a:{say(pol[:3])}]] hold on his writing is awful "
              f"[[AC#a:{say(pol[3:])}]]"),
        ("a", "and his social security number"),
        ("c", f"[[SSN:{say(s[:3])} {say(s[3:5])} {say(s[5:])}]]"),
        ("a", "and his date of birth"),
        ("c", f"[[DOB:{dob_said(y, m, d, 1)}]]"),
        ("a", "thank you the benefit on this policy is ((price:two hundred and fifty thousand "
              "dollars)) and you're listed as a beneficiary along with your sister"),
        ("c", "yes [[N:agnieszka]] she's in krakow"),
        ("a", "we'll need a certified death certificate and a claim form from each of you "
              "and payment is usually within ((dur:thirty days))"),
    ]



@case("transcript")
def travel_claim():
    pol = G.pat("TRV-99999-AA")
    p = G.uk_mobile()
    return [
        ("a", "Wayfarer Travel Cover, claims team. I'm [[N:Benedikt]], how can I help?"),
        ("c", "Hello, this is [[N:Catrin Llewellyn]]. Our flight home from Crete was cancelled "
              "and we had to pay for ((count:two)) extra nights in the hotel."),
        ("a", "I'm sorry, that sounds stressful. Can I have the policy number?"),
        ("c", f"Yes, it's [[AC:{pol}]]. My husband [[N:Iwan]] is on it too."),
        ("a", "Thanks. Which flight was it?"),
        ("c", "((flight:EZY 6043)) on the ((date:23rd of August)). We got home on the "
              "((date:25th)) instead."),
        ("a", "And the cost of the extra nights?"),
        ("c", "((price:€640)), plus meals. We were in room ((other:214)) the whole time, the "
              "receipts say so."),
        ("a", f"That's covered up to ((price:£1,000)). Can I check your mobile is "
              f"[[PH:{ph_uk_t(p, intl=True)}]]?"),
        ("c", "That's right."),
        ("a", "I'll text you a link to upload the receipts. Once they're in it takes around "
              "((dur:ten days))."),
    ]


@case("asr")
def contents_claim_hove():
    flat, house = G.r.randrange(2, 9), G.r.randrange(20, 60)
    pc = G.pc_uk("BN3")
    p = G.uk_mobile()
    return [
        ("a", "coastline insurance good afternoon you're speaking to [[N:kwame]]"),
        ("c", "hi [[N:kwame]] we've been burgled i've got a crime reference from the police "
              "already"),
        ("a", "oh i'm really sorry are you okay"),
        ("c", "shaken but fine they took the laptop and my grandmother's rings"),
        ("a", "let's get this started what's the address of the property"),
        ("c", f"[[AD:flat {num(flat)} {num(house)} brunswick terrace hove]] "
              f"[[PC:{pc_said(pc)}]]"),
        ("a", f"sorry was that [[PC:{pc_said(pc, nato=True)}]]"),
        ("c", "yes"),
        ("a", "and the best number to reach you on"),
        ("c", f"[[PH:{ph_said(p, double=True, groups=[5, 3, 3])}]]"),
        ("a", "thank you the rings are they listed on the policy as specified items"),
        ("c", "one of them is it's valued at ((price:three thousand two hundred))"),
        ("a", "okay a claims handler will call you within ((dur:two working days))"),
    ]


@case("transcript")
def us_auto_claim():
    pol = G.pat("PMA 9999 9999")
    y, m, d = G.dob(1980, 1988)
    z = G.zip("741") + "-" + G.pat("9999")
    house = G.r.randrange(1100, 9800)
    return [
        ("a", "Plainsman Auto, claims. This is [[N:Tavita]]."),
        ("c", "Hi. Someone backed into my truck in a parking lot and drove off."),
        ("a", "I'm sorry. Let's get a claim open. Policy number?"),
        ("c", f"[[AC:{pol}]]."),
        ("a", "Name and date of birth of the policyholder?"),
        ("c", f"[[N:Rosalind Ekwueme]], [[DOB:{dob_typed(y, m, d, 6)}]]."),
        ("a", "And the garaging address is still "
              f"[[AD:Unit 7, {house} Calloway Bend, Tulsa]], OK [[PC:{z}]]?"),
        ("c", "Yes."),
        ("a", "Were there witnesses?"),
        ("c", "A guy from the store, [[N:Emeka]], saw it. He got part of the plate. The estimate "
              "from the body shop is ((price:$2,300))."),
        ("a", "Your collision deductible is ((price:$500)). I'll send an adjuster out within "
              "((dur:72 hours))."),
    ]


@case("asr")
def dental_member_id():
    mid = G.pat("AAA999999999")
    y, m, d = G.dob(2012, 2016)
    p = G.us_phone("512")
    return [
        ("a", "bluebonnet dental benefits this is [[N:marcus]] how may i help you"),
        ("c", "hi my daughter needs braces and i want to know what's covered"),
        ("a", "sure what's the member id on the card"),
        ("c", f"[[AC#x:{spell(mid[:3])} {say(mid[3:9])}]] um [[AC#x:{say(mid[9:])}]]"),
        ("a", "and the patient's name and date of birth"),
        ("c", f"[[N:zainab el-amin]] [[DOB:{dob_said(y, m, d, 7)}]]"),
        ("a", "thank you orthodontics are covered at ((pct:fifty percent)) up to a lifetime "
              "maximum of ((price:fifteen hundred dollars))"),
        ("c", "and is there a waiting period"),
        ("a", "((dur:twelve months)) from the start of coverage which she's passed"),
        ("c", "okay good can you send that to me in writing"),
        ("a", f"sure is [[PH:{say(p[:3])} {say(p[3:6])} {say(p[6:])}]] still good for texts"),
        ("c", "yes it is"),
    ]


# ---- utilities and telecoms -----------------------------------------------------------

@case("asr")
def meter_reading_104b():
    acc = G.pat("19999999")
    pc = G.pc_uk("NG7")
    rd = G.pat("19999")
    return [
        ("a", "good morning eastmere energy [[N:dilys]] speaking"),
        ("c", "morning [[N:dilys]] i want to give a meter reading because my bill is way off"),
        ("a", "course can i take your account number"),
        ("c", f"[[AC:{pairs(acc)}]]"),
        ("a", "and the first line of the address"),
        ("c", "[[AD:one oh four b lenton boulevard nottingham]]"),
        ("a", "and postcode just to be sure"),
        ("c", f"[[PC:{pc_said(pc, nato=True)}]]"),
        ("a", "lovely go ahead with the reading"),
        ("c", f"((other:{say(rd)})) the last one you estimated was miles out"),
        ("a", "you're right that brings the bill down by ((price:eighty one pounds)) i'll "
              "re-issue it today"),
        ("c", "thank you"),
    ]



@case("transcript")
def water_us_no_street_word():
    acc = G.pat("WTR-9999-99999")
    house = G.r.randrange(1100, 9800)
    z = G.zip("875")
    em = "lupe.quintana.sf@gmail.com"
    return [
        ("a", "Sangre Valley Water, this is [[N:Orlando]]. How can I help you today?"),
        ("c", "Hi [[N:Orlando]], my bill this month is ((price:$214.87)). It's usually about "
              "((price:$60))."),
        ("a", "That's a big jump. What's the account number?"),
        ("c", f"[[AC:{acc}]]. It's under [[N:Guadalupe Quintana]]."),
        ("a", f"And the service address is [[AD:{house} Camino Alto, Santa Fe]], "
              f"[[PC:{z}]]?"),
        ("c", "Yes. I think there's a leak somewhere, the meter keeps spinning at ((time:2 "
              "a.m.)) when nobody's using anything."),
        ("a", "That does sound like a leak. Usage went up ((pct:260%)). I'll send a technician "
              "on ((date:Thursday)) between ((time:8)) and ((time:noon))."),
        ("c", "Great. Can you e-mail me the confirmation?"),
        ("a", f"Sure, to [[EM:{em}]]?"),
        ("c", "That's the one."),
        ("a", "Once the leak is fixed you can apply for a one-time adjustment."),
    ]


@case("asr")
def gas_leak_maltings():
    house = G.r.randrange(12, 60)
    pc = G.pc_uk("BD18")
    p = G.uk_land("0113")
    return [
        ("i", "if you smell gas now please press one or stay on the line"),
        ("a", "gas emergency line you're speaking to [[N:hamish]] are you somewhere safe"),
        ("c", "yes i'm outside the house now there's a strong smell in the kitchen"),
        ("a", "okay good have you turned the gas off at the meter"),
        ("c", "yes and i've opened the windows like it says"),
        ("a", "what's the address"),
        ("c", f"[[AD:{num(house)} the maltings saltaire]] [[PC:{pc_said(pc, tens=True)}]]"),
        ("a", "and a phone number the engineer can call"),
        ("c", f"[[PH:{say(p[:4])} {say(p[4:7])} {say(p[7:])}]]"),
        ("a", "and your name"),
        ("c", "[[N:bernadette o'rourke]]"),
        ("a", "thank you [[N:bernadette]] an engineer will be with you within ((dur:an hour)) "
              "don't go back inside and don't use any switches"),
        ("c", "okay thank you"),
    ]


@case("transcript")
def switch_supplier_mpan():
    mpan = G.pat("1999999999999")
    y, m, d = G.dob(1992, 1999)
    em = "kojo.asante-bekoe@protonmail.com"
    return [
        ("a", "Welcome to Ember & Oak Energy, I'm [[N:Saoirse]]. Are you looking to switch?"),
        ("c", "Yes. I'm [[N:Kojo Asante-Bekoe]], I've just moved into a new flat."),
        ("a", "Great. Do you have the MPAN? It's the ((count:13))-digit number on the bill or "
              "the meter."),
        ("c", f"[[AC:{grp(mpan, [2, 4, 4, 3])}]]."),
        ("a", "Thank you. Can I take your date of birth for the credit check?"),
        ("c", f"[[DOB:{dob_typed(y, m, d, 1)}]]."),
        ("a", "And an e-mail address?"),
        ("c", f"[[EM:{em}]]."),
        ("a", "Our fixed tariff is ((price:24.5p)) per kWh with a standing charge of "
              "((price:53p)) a day, fixed for ((dur:12 months))."),
        ("c", "And is there an exit fee?"),
        ("a", "((price:£50)) per fuel if you leave early. The switch takes ((dur:five working "
              "days))."),
    ]


@case("asr")
def broadband_outage():
    acc = G.pat("AA99999999")
    p = G.uk_land("0113")
    return [
        ("a", "you're through to kestrel fibre technical support my name's [[N:tariq]]"),
        ("c", "hi [[N:tariq]] my internet's been down since yesterday and i work from home"),
        ("a", "sorry about that can i grab the account number it starts with two letters"),
        ("c", f"[[AC:{spell(acc[:2])} {say(acc[2:], zero='zero')}]]"),
        ("a", "and the landline number on the account"),
        ("c", f"[[PH#a:{say(p[:4])} {say(p[4:7])}]] sorry the baby's crying "
              f"[[PH#a:{say(p[7:])}]]"),
        ("a", "no worries and who am i speaking to"),
        ("c", "it's [[N:femi adeyemi-clarke]]"),
        ("a", "thanks [[N:femi]] there's a fault at the cabinet on your street and the "
              "engineers are on it the estimate is ((time:six pm)) tomorrow"),
        ("c", "that's ((dur:two days)) without internet can i get something back"),
        ("a", "yes you'll get ((price:nine pounds sixty)) a day automatically and i can send "
              "a ((qty:thirty)) gig data sim out today so you can work"),
        ("c", "yes please"),
    ]


@case("transcript")
def mobile_upgrade():
    p = G.uk_mobile()
    acc = G.pat("19999999999")
    return [
        ("a", "Hi, you're through to Corvid Mobile upgrades, [[N:Ngozi]] speaking."),
        ("c", "Hi [[N:Ngozi]], I want to upgrade my phone. My contract ended last month."),
        ("a", "Sure. What's the mobile number on the account?"),
        ("c", f"[[PH:{ph_uk_t(p)}]]."),
        ("a", "And your account number? It's ((count:11)) digits, on your bill."),
        ("c", f"[[AC:{acc}]]."),
        ("a", "Thanks, Mr [[N:Castellanos]]. Which phone were you looking at?"),
        ("c", "The ((model:Pixel 8a)). What would that cost?"),
        ("a", "It's ((price:£32 a month)) for ((dur:24 months)) with ((qty:100GB)) of data, "
              "and there's a ((pct:10%)) loyalty discount on top."),
        ("c", "Okay, let's do it."),
    ]



# ---- cards in retail, travel, leisure -----------------------------------------------------

def quads(c, styles, zero="oh"):
    """A card said group by group; styles per group: d digits, p pairs, b double, n numerals,
    h 'forty seven hundred' (group must end in 00)."""
    sizes = [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4]
    out, i = [], 0
    for k, st in zip(sizes, styles):
        g = c[i:i + k]
        i += k
        if st == "d":
            out.append(say(g, zero))
        elif st == "b":
            out.append(say(g, zero, double=True))
        elif st == "p":
            out.append(pairs(g, zero))
        elif st == "n":
            out.append(g)
        elif st == "h":
            assert g.endswith("00") and g[0] != "0", g
            out.append(f"{num(int(g[:2]))} hundred")
    return " ".join(out)


@case("transcript")
def retail_dashes_split():
    c = G.card("visa")
    m, y = G.expiry()
    cvv = G.cvv()
    order = G.pat("HB-999999")
    return [
        ("a", "Hartley & Bloom, order line, [[N:Lorcan]] speaking."),
        ("c", f"Hi, I'd like to pay for order [[AC:{order}]], the ((qty:6)) dining chairs."),
        ("a", "Of course, that's ((price:£894.00)) including delivery. Card number when you're "
              "ready."),
        ("c", f"[[CC#a:{c[:4]}-{c[4:8]}]]-"),
        ("a", "Go on."),
        ("c", f"[[CC#a:{c[8:12]}-{c[12:]}]]."),
        ("a", f"That's [[CC:{card_t(c, '-')}]]?"),
        ("c", "Yes."),
        ("a", "What's the valid-thru date?"),
        ("c", f"[[EXP:{exp_t(m, y, 1)}]]."),
        ("a", "And the security number, three digits on the back?"),
        ("c", f"[[CVV:{cvv}]]."),
        ("a", "Thank you. The chairs will arrive in ((dur:10 to 14 days))."),
    ]


@case("asr")
def hotel_pairs_hundred():
    c = G.card_with("mc", lambda x: x[4:6] != "00" and x[6:8] == "00" and x[4] != "0")
    m, y = G.expiry()
    cvv = G.cvv()
    return [
        ("a", "hello heronsgate hotel reservations this is [[N:anouk]]"),
        ("c", "hi [[N:anouk]] i'd like to book a double for friday and saturday"),
        ("a", "lovely that's ((dur:two nights)) at ((price:one hundred and forty five pounds)) a "
              "night and i can put you in room ((other:three twelve)) with the sea view"),
        ("c", "perfect"),
        ("a", "can i take a name for the booking"),
        ("c", "[[N:rory mcelhinney]]"),
        ("a", "and a card to guarantee it"),
        ("c", f"[[CC:{quads(c, 'phpp')}]]"),
        ("a", "thank you and the expiry"),
        ("c", f"[[EXP:{exp_said(m, y, 2)}]]"),
        ("a", "and the three digit code on the back"),
        ("c", f"[[CVV:{say(cvv)}]]"),
        ("a", "all done check-in is from ((time:three)) and breakfast runs till ((time:ten "
              "thirty))"),
    ]


@case("transcript")
def charity_one_breath():
    c = G.card("mc2")
    m, y = G.expiry()
    cvv = G.cvv()
    return [
        ("a", "Thank you for calling the Lantern Children's Hospice appeal, I'm [[N:Habiba]]."),
        ("c", "Hello. I saw the appeal on TV and I'd like to give ((price:£60)) in memory of my "
              "wife, [[N:Maureen]]."),
        ("a", "That's very kind, and I'm sorry for your loss. Can I take your name?"),
        ("c", "[[N:Alistair Gunn]]. And here's the card, so you've got it all: "
              f"[[CC:{card_t(c)}]], expires [[EXP:{exp_t(m, y, 2)}]], security code "
              f"[[CVV:{cvv}]]."),
        ("a", "Thank you, Mr [[N:Gunn]]. Are you a UK taxpayer? With Gift Aid we can claim an "
              "extra ((pct:25%))."),
        ("c", "Yes, please add that."),
        ("a", "And an e-mail for the receipt?"),
        ("c", "[[EM:alistair.gunn@btinternet.com]]."),
        ("a", "Done. Your gift will pay for ((dur:three hours)) of nursing care."),
    ]


@case("asr")
def theatre_doorbell():
    c = G.card("visa")
    m, y = G.expiry()
    cvv = G.cvv()
    return [
        ("a", "box office at the alhambra playhouse [[N:zeynep]] speaking"),
        ("c", "hi i want ((count:two)) tickets for the saturday matinee"),
        ("a", "i've got row ((other:h twelve)) and ((other:thirteen)) at ((price:thirty eight "
              "fifty)) each the show's at ((time:two thirty))"),
        ("c", "great i'll take them"),
        ("a", "card number please"),
        ("c", f"[[CC#a:{say(c[:6], 'zero')}]] oh hang on someone's at the door"),
        ("a", "no rush"),
        ("c", f"sorry it was a parcel where was i [[CC#a:{say(c[6:], 'zero')}]]"),
        ("a", f"so that's [[CC#b:{say(c[:8], 'zero')}]] and then [[CC#b:{say(c[8:], 'zero')}]]"),
        ("c", "yes"),
        ("a", "expiry and the cvv two from the back"),
        ("c", f"[[EXP:{exp_said(m, y, 4)}]] and [[CVV:{say(cvv, 'zero')}]]"),
        ("a", "lovely the tickets will be at the box office under your card"),
    ]


@case("transcript")
def expired_then_new():
    old_m, old_y = G.expiry(expired=True)
    old = G.card("disc")
    c = G.card("disc")
    m, y = G.expiry()
    cvv = G.cvv()
    return [
        ("a", "Brookfield Furniture Outlet, this is [[N:Kenji]]. Are you ready to pay for the "
              "recliner?"),
        ("c", f"Yes. It's a Discover, [[CC:{old}]]."),
        ("a", "Expiry date?"),
        ("c", f"[[EXP:{exp_t(old_m, old_y, 0)}]]. Oh no, that's the old one, it's expired."),
        ("a", "That's okay. Do you have the replacement?"),
        ("c", f"Here it is. [[CC:{card_t(c)}]], exp [[EXP:{exp_t(m, y, 0)}]]."),
        ("a", "And the CVV?"),
        ("c", f"[[CVV:{cvv}]]."),
        ("a", "Perfect. That's ((price:$1,249.99)) plus ((price:$79)) delivery, arriving "
              "((date:Tuesday)) between ((time:1 p.m.)) and ((time:5 p.m.))."),
    ]


@case("asr")
def gym_double_membership():
    c = G.card_with("mc2", lambda x: any(x[i] == x[i + 1] for i in range(15)))
    m, y = G.expiry()
    cvv = G.cvv()
    mem = G.pat("AA999999")
    return [
        ("a", "iron lotus gyms membership team it's [[N:jordi]]"),
        ("c", "hi [[N:jordi]] my payment failed and i don't want my membership frozen"),
        ("a", "let's sort it what's your membership number"),
        ("c", f"[[AC:{id_said(mem)}]]"),
        ("a", "and the name on it"),
        ("c", "[[N:precious ndlovu]]"),
        ("a", "okay [[N:precious]] the ((price:thirty four ninety nine)) didn't go through do "
              "you want to use a new card"),
        ("c", f"yeah it's [[CC:{say(c, double=True)}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXP:{exp_said(m, y, 2)}]]"),
        ("a", "and the cvc"),
        ("c", f"[[CVV:{say(cvv)}]]"),
        ("a", "that's taken and your next payment is on the ((date:first))"),
    ]


@case("transcript")
def seat_upgrade_correction():
    c = G.card("visa")
    wrong = G.pat("9999")
    while wrong == c[4:8]:
        wrong = G.pat("9999")
    m, y = G.expiry()
    cvv = G.cvv()
    pnr = G.pat("A9AA9A")
    return [
        ("a", "Skyline Atlantic reservations, [[N:Mthunzi]] speaking."),
        ("c", f"Hi, I'd like to upgrade my seat on booking [[AC:{pnr}]]."),
        ("a", "Let me see, that's ((flight:SA 1472)) to Boston on the ((date:8th)). I can move "
              "you to ((other:4A)) in Premium for ((price:$389))."),
        ("c", "Sounds good. The card number is "
              f"[[CC#a:{c[:4]}]] [[CC#a!:{wrong}]]... sorry, no, [[CC#a:{c[4:8]} {c[8:12]} "
              f"{c[12:]}]]."),
        ("a", f"Just to confirm: [[CC:{card_t(c)}]]?"),
        ("c", "That's right."),
        ("a", "Expiry?"),
        ("c", f"[[EXP:{exp_t(m, y, 4)}]]."),
        ("a", "And the three-digit code?"),
        ("c", f"[[CVV:{cvv}]]."),
        ("a", "You're all set, and you'll get lounge access for ((dur:three hours)) before "
              "departure."),
    ]


@case("asr")
def car_hire_amex():
    c = G.card("amex")
    cid = G.cvv(4)
    m, y = G.expiry()
    return [
        ("a", "pacific rim car rental [[N:leilani]] speaking how can i help"),
        ("c", "hi i've got a booking for tomorrow and i need to change the card"),
        ("a", "sure what's the confirmation number"),
        ("c", f"[[AC:{say(G.pat('19999999'))}]]"),
        ("a", "i see it ((model:x three)) for ((dur:seven days)) picking up at ((time:nine am)) "
              "what card are we using"),
        ("c", f"amex [[CC#a:{say(c[:4])} {say(c[4:10])}]] uh [[CC#a:{say(c[10:])}]]"),
        ("a", "and the four digit cid on the front above the number"),
        ("c", f"[[CVV:{say(cid)}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXP:{exp_said(m, y, 3)}]]"),
        ("a", "all updated there's a ((price:two hundred dollar)) hold on pickup"),
    ]



@case("asr")
def council_tax_ivr_mixed():
    c = G.card("visa")
    m, y = G.expiry()
    cvv = G.cvv()
    ref = G.pat("19999999")
    return [
        ("i", "welcome to the tarnside borough council automated payment line please say your "
              "council tax account number"),
        ("c", f"[[AC:{say(ref)}]]"),
        ("i", "thank you the balance on that account is ((price:three hundred and six pounds)) "
              "how much would you like to pay"),
        ("c", "((price:one hundred and fifty pounds))"),
        ("i", "please say your card number"),
        ("c", f"[[CC:{quads(c, 'ndnd')}]]"),
        ("i", "please say the expiry month and year"),
        ("c", f"[[EXP:{exp_said(m, y, 5)}]]"),
        ("i", "and finally the three digit security code"),
        ("c", f"[[CVV:{say(cvv)}]]"),
        ("i", "thank you your payment has been taken please allow ((dur:three working days)) "
              "for it to show on your account"),
    ]


@case("transcript")
def pharmacy_billing_zip():
    c = G.card("mc")
    cvv = G.cvv()
    m, y = G.expiry()
    z = G.zip("554")
    y2, m2, d2 = G.dob(1948, 1956)
    return [
        ("a", "North Star Pharmacy mail order, this is [[N:Britta]]."),
        ("c", "Hi, I'm calling to refill my husband's prescription and pay for it."),
        ("a", "Sure. Patient name and date of birth?"),
        ("c", f"[[N:Gunnar Lindqvist]], [[DOB:{dob_typed(y2, m2, d2, 7)}]]."),
        ("a", "Thanks. That's ((qty:90)) tablets, a ((dur:90-day)) supply, and your copay is "
              "((price:$18.40)). What card would you like to use?"),
        ("c", f"[[CC:{c}]]."),
        ("a", "Expiration date?"),
        ("c", f"[[EXP:{exp_t(m, y, 2)}]]."),
        ("a", "The CVC on the back?"),
        ("c", f"[[CVV:{cvv}]]."),
        ("a", "And the billing ZIP code?"),
        ("c", f"[[PC:{z}]]."),
        ("a", "Thank you. It ships today and should arrive in ((dur:3 to 5 days))."),
    ]


@case("asr")
def utility_pairs_zip():
    c = G.card_with("visa", lambda x: x[:2] == "41")
    cvv = G.cvv()
    m, y = G.expiry()
    z = G.zip("981")
    return [
        ("a", "cascade power and light this is [[N:delphine]]"),
        ("c", "yeah i got a shut off notice and i need to pay today"),
        ("a", "okay i can take a card payment the past due amount is ((price:a hundred and "
              "eighty seven dollars and twelve cents))"),
        ("c", f"it's [[CC#a:{pairs(c[:8])}]] uh [[CC#a:{pairs(c[8:])}]]"),
        ("a", "and the c v v the one on the back"),
        ("c", f"[[CVV:{say(cvv)}]]"),
        ("a", "expiration"),
        ("c", f"[[EXP:{exp_said(m, y, 0)}]]"),
        ("a", "and the billing zip"),
        ("c", f"[[PC:{two(z[:2])} {say(z[2:])}]]"),
        ("a", "okay that's posted the shut off is cancelled and you'll see it in about ((dur:an "
              "hour))"),
        ("c", "thank god thank you"),
    ]



# ---- healthcare admin -------------------------------------------------------------------

@case("asr")
def gp_registration():
    nhs = G.pat("9999999999")
    y, m, d = G.dob(1978, 1985)
    pc = G.pc_uk("SE15")
    p = G.uk_mobile()
    house = G.r.randrange(20, 90)
    return [
        ("a", "rye lane medical practice [[N:efua]] speaking"),
        ("c", "hi i'd like to register with the practice i've just moved into the area"),
        ("a", "welcome can i take your full name"),
        ("c", "[[N:szymon baranowski]]"),
        ("a", "can you spell the surname"),
        ("c", f"[[N:{spell_nato('baranowski')}]]"),
        ("a", "lovely and when were you born"),
        ("c", f"[[DOB:{dob_said(y, m, d, 5)}]]"),
        ("a", "and the new address"),
        ("c", f"[[AD:{num(house)} choumert grove flat two peckham]]"),
        ("a", "postcode"),
        ("c", f"[[PC:{pc_said(pc, tens=True)}]]"),
        ("a", "do you know your nhs number it's ((count:ten)) digits"),
        ("c", f"yeah [[AC:{say(nhs[:3])} {say(nhs[3:6])} {say(nhs[6:])}]]"),
        ("a", "and a mobile for appointment reminders"),
        ("c", f"[[PH:{say(p[:5])} {say(p[5:])}]]"),
        ("a", "that's all done a nurse will see you for a new patient check in about ((dur:two "
              "weeks))"),
    ]


@case("transcript")
def hospital_moved_address():
    hosp = G.pat("AAA 999 9999")
    y, m, d = G.dob(1955, 1962)
    pc = G.pc_uk("LS13")
    p = G.uk_land("0113")
    return [
        ("a", "Outpatient appointments, St Aldhelm's Hospital, [[N:Rashida]] speaking."),
        ("c", "Hello. I had a letter for a knee appointment but it went to my old address."),
        ("a", "I'm sorry about that. Can I take your hospital number? It's at the top of any "
              "letter from us."),
        ("c", f"[[AC:{hosp}]]."),
        ("a", "And your name and date of birth?"),
        ("c", f"[[N:Wilhelmina Oduya-Shaw]], [[DOB:{dob_typed(y, m, d, 4)}]]."),
        ("a", "Thank you. And the new address?"),
        ("c", f"[[AD:7 Kingfisher Reach, Bramley]], [[PC:{pc}]]."),
        ("a", "Let me read it back: [[AD:7 Kingfisher Reach, Bramley]], [[PC:" + pc + "]]. "
              "And is your phone number the same?"),
        ("c", f"No, it's [[PH:{ph_uk_t(p)}]] now."),
        ("a", "Updated. Your appointment is on ((date:Wednesday 12th)) at ((time:14:20)) in "
              "clinic ((other:5)), with Mr [[N:Okonjo]]."),
        ("c", "Thank you so much."),
    ]


@case("transcript")
def us_clinic_billing():
    s = G.ssn()
    pa = G.pat("PA-99999999")
    y, m, d = G.dob(1975, 1990)
    return [
        ("a", "Mesa Verde Family Clinic billing, this is [[N:Consuelo]]."),
        ("c", "Hi, I got a bill for ((price:$640)) and I think my insurance should have paid "
              "it."),
        ("a", "Let's take a look. Do you have the patient account number from the statement?"),
        ("c", f"Yes, [[AC:{pa}]]."),
        ("a", "Patient name and date of birth?"),
        ("c", f"[[N:Ravindra Pillai]], [[DOB:{dob_typed(y, m, d, 2)}]]."),
        ("a", "And to pull up the insurance record I'll need the Social."),
        ("c", f"[[SSN:{ssn_t(s)}]]."),
        ("a", "Thank you. It looks like the claim was denied because the member ID was "
              "entered wrong. I'll resubmit it. After insurance you'd owe the ((pct:20%)) "
              "coinsurance, about ((price:$128))."),
        ("c", "That makes more sense."),
        ("a", "You'll get a new statement in ((dur:30 to 45 days))."),
    ]


@case("asr")
def dentist_rose():
    y, m, d = G.dob(1988, 1996)
    return [
        ("a", "morning hillcrest dental it's [[N:rose]] on reception"),
        ("c", "hi [[N:rose]] i need to move my check up from thursday"),
        ("a", "no problem what's the name"),
        ("c", "[[N:ikaika kahananui]]"),
        ("a", "and your date of birth"),
        ("c", f"[[DOB:{dob_said(y, m, d, 6)}]]"),
        ("a", "found you you're in at ((time:ten past nine)) on thursday with [[N:mark]] the "
              "hygienist first"),
        ("c", "can i do the week after at lunchtime"),
        ("a", "i've got ((time:twelve forty)) on the ((date:nineteenth)) for ((dur:half an "
              "hour))"),
        ("c", "perfect"),
        ("a", "we'll text a reminder the day before"),
        ("c", "great thanks"),
    ]



@case("asr")
def us_hospital_payment_plan():
    s = G.ssn()
    house = G.r.randrange(1100, 9800)
    z = G.zip("303")
    acct = G.pat("99999999")
    return [
        ("a", "peachtree regional patient financial services this is [[N:lakeisha]]"),
        ("c", "hi i got a bill for my er visit and there's no way i can pay it all at once"),
        ("a", "i understand we can set up a payment plan what's the account number on the "
              "statement"),
        ("c", f"[[AC:{say(acct)}]]"),
        ("a", "and for verification your social"),
        ("c", f"[[SSN:{say(s[:2])} {say(s[2:5])} {say(s[5:7])} {say(s[7:])}]]"),
        ("a", "thank you and can you confirm the address we have"),
        ("c", f"[[AD:{house_said(house)} old fourth ward lane unit four b atlanta]] "
              f"[[PC:{say(z)}]]"),
        ("a", "okay your balance after insurance is ((price:two thousand four hundred and "
              "ten dollars)) we can do ((count:twelve)) payments with ((pct:zero percent)) "
              "interest"),
        ("c", "what would that be a month"),
        ("a", "((price:two hundred and one dollars)) roughly starting on the ((date:fifteenth))"),
        ("c", "okay i can do that"),
    ]


@case("transcript")
def optician_frames():
    y, m, d = G.dob(1960, 1972)
    p = G.uk_mobile()
    return [
        ("a", "Clearview Opticians, [[N:Tamsin]] speaking."),
        ("c", "Hi, I'm ringing to see if my new glasses are ready. The name's "
              "[[N:Dafydd Pritchard]]."),
        ("a", "Can I check your date of birth, Mr [[N:Pritchard]]?"),
        ("c", f"[[DOB:{dob_typed(y, m, d, 5)}]]."),
        ("a", "Thanks. The ((model:Ray-Ban RB5154)) frames came in yesterday, but the "
              "varifocal lenses take another ((dur:5 days))."),
        ("c", "Can you text me when they're in? My number's "
              f"[[PH:{ph_uk_t(p)}]]."),
        ("a", "Will do. The balance is ((price:£189)) after the ((pct:15%)) over-sixties discount."),
        ("c", "Lovely, thanks."),
    ]


# ---- public services --------------------------------------------------------------------

@case("asr")
def dmv_renewal():
    lic = G.pat("A9999999")
    y, m, d = G.dob(1966, 1974)
    z = G.zip("941") + G.pat("9999")
    s = G.ssn()
    house = G.r.randrange(100, 999)
    return [
        ("a", "california dmv this is [[N:teodoro]] how can i help you"),
        ("c", "hi i need to renew my license but the form says i have to come in"),
        ("a", "i can check that for you what's your license number"),
        ("c", f"[[AC:{lic[0].lower()} {pairs(lic[1:])}]]"),
        ("a", "date of birth please"),
        ("c", f"[[DOB:{dob_said(y, m, d, 7)}]]"),
        ("a", "and the last four of your social"),
        ("c", f"[[SSN:{say(s[-4:])}]]"),
        ("a", "thanks okay the reason is your photo is over ((dur:fifteen years)) old so you "
              "do need an appointment is your address still"
              f" [[AD:{house_said(house)} guerrero street apartment six san francisco]]"),
        ("c", f"yes [[PC:{say(z[:5])} dash {say(z[5:])}]]"),
        ("a", "the first opening is ((date:june ninth)) at ((time:eight forty)) at the fell "
              "street office"),
        ("c", "i'll take it"),
    ]


@case("transcript")
def passport_penzance():
    ref = G.pat("9999-9999-9999")
    y, m, d = G.dob(1999, 2004)
    pc = G.pc_uk("TR18")
    house = G.r.randrange(2, 40)
    return [
        ("a", "Passport Advice Line, you're speaking with [[N:Olamide]]."),
        ("c", "Hi, I applied ((dur:seven weeks)) ago and I fly on the ((date:28th)). I'm getting "
              "worried."),
        ("a", "Let me check. What's your application reference?"),
        ("c", f"[[AC:{ref}]]."),
        ("a", "Full name and date of birth?"),
        ("c", f"[[N:Kerensa Trevithick]], born [[DOB:{dob_typed(y, m, d, 3)}]]."),
        ("a", "And where should the passport go?"),
        ("c", f"[[AD:{house} Chapel Street, Penzance]] [[PC:{pc}]]."),
        ("a", "Your application was approved this morning. It'll be printed and sent by "
              "secure delivery in ((dur:5 to 7 days))."),
        ("c", "Oh thank goodness. The flight is ((flight:BA 2741)) so I should be fine."),
    ]


@case("asr")
def housing_repair_ray():
    ten = G.pat("T999999")
    pc = G.pc_uk("M40")
    p = G.uk_mobile()
    return [
        ("a", "northbridge housing repairs line [[N:gideon]] speaking"),
        ("c", "hi i'm ringing about water coming through my ceiling from the flat above"),
        ("a", "oh dear what's your address"),
        ("c", f"[[AD:flat nine kestrel house moorside road miles platting]] [[PC:{pc_said(pc)}]]"),
        ("a", "and the tenancy reference it's on your rent card"),
        ("c", f"[[AC:{ten[0].lower()} {say(ten[1:])}]]"),
        ("a", "who lives above you"),
        ("c", "[[N:ray]] at number ((other:twelve)) he's away and i can't get hold of him"),
        ("a", "i'm raising it as an emergency someone will be there between ((time:two)) and "
              "((time:six)) today"),
        ("c", f"okay my number's [[PH:{say(p[:5])} {say(p[5:8], double=True)} {say(p[8:])}]]"),
        ("a", "thank you put a bucket under it and turn off the lights in that room"),
    ]



@case("transcript")
def snap_benefits_us():
    s = G.ssn()
    case_no = G.pat("99-999999-9")
    y, m, d = G.dob(1983, 1991)
    house = G.r.randrange(100, 999)
    z = G.zip("708")
    return [
        ("a", "Louisiana Department of Family Services, this is [[N:Antoine]]. How can I help?"),
        ("c", "Hi, my food benefits stopped this month and nobody told me why."),
        ("a", "I'm sorry. Do you have your case number?"),
        ("c", f"It's [[AC:{case_no}]]."),
        ("a", "And your Social Security number to verify?"),
        ("c", f"[[SSN:{ssn_t(s, ' ')}]]."),
        ("a", "Thank you. Date of birth?"),
        ("c", f"[[DOB:{dob_typed(y, m, d, 8)}]]."),
        ("a", "I see the renewal form was mailed on ((date:March 2nd)) but came back "
              "undeliverable. Are you still at "
              f"[[AD:{house} Rue Toulouse, Apt 3, Baton Rouge]], [[PC:{z}]]?"),
        ("c", f"No! I moved in January to [[AD:{house + 214} Perkins Row, Apt 11B, Baton Rouge]]."),
        ("a", "That explains it. I'll update the address and reopen the renewal. You have "
              "((dur:10 days)) to return it, and benefits can be restored for the full month."),
        ("c", "Thank you. I have ((count:three)) kids, I really need it."),
    ]


@case("asr")
def parking_pcn():
    pcn = G.pat("AA99999999")
    reg = G.pat("AA99 AAA")
    c = G.card("mc")
    m, y = G.expiry()
    cvv = G.cvv()
    return [
        ("a", "you're through to westmarch parking services [[N:hollie]] speaking"),
        ("c", "hiya i got a parking ticket and i want to pay it while it's still the "
              "discounted amount"),
        ("a", "okay what's the penalty charge notice number it starts with two letters"),
        ("c", f"[[AC:{id_said(pcn)}]]"),
        ("a", "and the vehicle registration"),
        ("c", f"[[AC:{id_said(reg)}]]"),
        ("a", "thanks that was issued at ((time:four fifteen)) on church lane the reduced amount "
              "is ((price:thirty five pounds)) if paid within ((dur:fourteen days))"),
        ("c", f"fine it's [[CC:{quads(c, 'dddd')}]]"),
        ("a", "expiry date"),
        ("c", f"[[EXP:{exp_said(m, y, 3)}]]"),
        ("a", "and the security number on the back"),
        ("c", f"[[CVV:{say(cvv)}]]"),
        ("a", "and the name on the card"),
        ("c", "[[N:drew halloran]]"),
        ("a", "that's paid [[N:drew]] you'll get a confirmation letter"),
    ]


# ---- housing ------------------------------------------------------------------------------

@case("transcript")
def letting_agent_apartment():
    ten = G.pat("TEN/99999")
    pc = G.pc_uk("BS1")
    em = "aroha.ngata@hotmail.co.nz"
    return [
        ("a", "Morning, Quayside Lettings, [[N:Sebastián]] speaking."),
        ("c", "Hi [[N:Sebastián]], it's [[N:Aroha Ngata]]. I'm moving out at the end of the "
              "month and want to ask about my deposit."),
        ("a", "Sure. What's your tenancy reference?"),
        ("c", f"[[AC:{ten}]]."),
        ("a", "And the property?"),
        ("c", f"[[AD:Apartment 12, The Cordwainers, 3 Mill Street, Bristol]] [[PC:{pc}]]."),
        ("a", "Thanks. Your deposit is ((price:£1,350)) and it's protected. After the checkout "
              "inspection the landlord, Mr [[N:Pemberton-Oyelowo]], has ((dur:10 days)) to "
              "agree the return."),
        ("c", "Can you send the checkout details to my e-mail? It's "
              f"[[EM:{em}]]."),
        ("a", "Of course. Checkout is booked for the ((date:31st)) at ((time:10 a.m.))."),
    ]



@case("asr")
def landlord_sortcode_pairs():
    sc = G.sort_code().replace("-", "")
    acc = G.digits_with_double(8)
    return [
        ("a", "hello harbourside property management [[N:yasmin]] speaking"),
        ("c", "hi [[N:yasmin]] it's [[N:winston mcfarlane]] i own the flat on dock road that you "
              "manage i've changed banks"),
        ("a", "okay i'll need the new details for the rent to go into"),
        ("c", f"sort code [[AC:{pairs(sc)}]] account number [[AC:{say(acc, double=True)}]]"),
        ("a", f"let me read that back sort code [[AC:{say(sc)}]] and [[AC:{say(acc)}]]"),
        ("c", "that's it"),
        ("a", "and the account is in your name"),
        ("c", "joint with my wife [[N:grace]]"),
        ("a", "perfect the ((price:nine hundred and twenty five pounds)) for ((date:may)) will "
              "go to the new account"),
    ]


@case("transcript")
def apartment_application_us():
    s = G.ssn()
    y, m, d = G.dob(1995, 2001)
    p = G.us_phone("971")
    house = G.r.randrange(1000, 9999)
    z = G.zip("972")
    return [
        ("a", "Willamette Commons leasing office, [[N:Kirsten]] speaking."),
        ("c", "Hi, I'd like to apply for the one-bedroom on the third floor. It's "
              "((qty:850)) square feet, right?"),
        ("a", "That's right, ((price:$1,695)) a month, available ((date:August 1st)). Can I "
              "start the application with your name?"),
        ("c", "[[N:Thanh Huong Pham]]."),
        ("a", "Date of birth and Social for the background check?"),
        ("c", f"[[DOB:{dob_typed(y, m, d, 7)}]], and it's [[SSN:{s}]]."),
        ("a", "Current address?"),
        ("c", f"[[AD:{house} SE Division St, Suite 4, Portland]], OR [[PC:{z}]]. It's a "
              "converted office, weirdly."),
        ("a", "Ha, okay. Best phone and e-mail?"),
        ("c", f"[[PH:{ph_us_t(p, 1)}]] and [[EM:thpham.design@icloud.com]]."),
        ("a", "Thanks. The application fee is ((price:$45)) and we'll have an answer in "
              "((dur:48 hours)). Any pets?"),
        ("c", "((count:One)) cat."),
    ]


@case("asr")
def mortgage_broker_harrogate():
    y1, m1, d1 = G.dob(1986, 1990)
    y2, m2, d2 = G.dob(1987, 1991)
    pc = G.pc_uk("HG1")
    house = G.r.randrange(12, 90)
    return [
        ("a", "hi it's [[N:conor]] from ridgeway mortgages thanks for calling back"),
        ("c", "no problem it's [[N:anjali]] my partner [[N:dev]] is here too"),
        ("a", "great can i take both your dates of birth starting with you [[N:anjali]]"),
        ("c", f"[[DOB:{dob_said(y1, m1, d1, 3)}]]"),
        ("c", f"and [[N:dev]]'s is the [[DOB:{dob_said(y2, m2, d2, 0)}]]"),
        ("a", "and the current address"),
        ("c", f"[[AD:{num(house)} a valley drive harrogate]] [[PC:{pc_said(pc)}]]"),
        ("a", "how long have you been there"),
        ("c", "((dur:three years)) in ((date:september))"),
        ("a", "okay and the combined income"),
        ("c", "about ((price:seventy eight thousand))"),
        ("a", "that gives you a maximum of around ((price:three hundred and forty thousand)) "
              "at ((other:four and a half)) times income"),
    ]


# ---- education ---------------------------------------------------------------------------

@case("transcript")
def university_fees():
    sid = G.pat("S9999999")
    y, m, d = G.dob(2003, 2006)
    return [
        ("a", "Student Finance Office, Northgate University. [[N:Magnus]] speaking."),
        ("c", "Hello, I'm [[N:Chidinma Eze]], a second-year. My tuition payment plan shows "
              "as overdue."),
        ("a", "Can I take your student ID?"),
        ("c", f"[[AC:{sid}]]."),
        ("a", "Thanks. And your date of birth, please?"),
        ("c", f"[[DOB:{dob_typed(y, m, d, 0)}]]."),
        ("a", "I see the instalment of ((price:£3,083)) due on the ((date:15th)) hasn't come "
              "in. Your loan for ((year:2025)) arrives on the ((date:27th)), so I can move the "
              "due date."),
        ("c", "That would be amazing. Can you confirm by e-mail?"),
        ("a", f"Yes, to [[EM:{sid.lower()}@students.northgate.ac.uk]]."),
    ]



@case("asr")
def school_admissions():
    y, m, d = G.dob(2017, 2018)
    pc = G.pc_uk("CF24")
    p = G.uk_land("029")
    house = G.r.randrange(10, 99)
    return [
        ("a", "good morning cardiff schools admissions [[N:bethan]] speaking"),
        ("c", "morning i'm ringing about a school place for my son we've just moved from "
              "bristol"),
        ("a", "welcome what's your son's name"),
        ("c", "[[N:yusuf abdirahman]] he's ((other:seven))"),
        ("a", "and when was he born"),
        ("c", f"the [[DOB:{dob_said(y, m, d, 0)}]]"),
        ("a", "so he'd be going into year ((other:three)) and the address"),
        ("c", f"[[AD:{num(house)} inchmarnock street splott]] [[PC:{pc_said(pc, nato=True)}]]"),
        ("a", "and your name and a number to call you back"),
        ("c", f"[[N:hodan abdirahman]] [[PH:{say(p[:3])} {say(p[3:7])} {say(p[7:])}]]"),
        ("a", "thank you [[N:hodan]] the nearest school has ((count:four)) places in that year "
              "i'll send the form today and we'll reply in ((dur:ten school days))"),
    ]


@case("transcript")
def student_loan_us():
    s = G.ssn()
    loan = G.pat("9999999999")
    return [
        ("a", "Thank you for calling Keystone Student Servicing, this is [[N:Dwayne]]."),
        ("c", "Hi [[N:Dwayne]]. I want to switch to an income-driven repayment plan."),
        ("a", "I can help. Can you verify your full Social Security number?"),
        ("c", f"[[SSN#a:{s[:3]}]]... hold on, [[SSN#a:{s[3:5]}-{s[5:]}]]."),
        ("a", "Thank you. And your loan account number?"),
        ("c", f"[[AC:{loan}]]."),
        ("a", "You have ((count:four)) loans at ((pct:5.5%)) with a balance of "
              "((price:$31,406)). Your current payment is ((price:$347)) a month."),
        ("c", "I'm only making about ((price:$2,900)) a month since I changed jobs in "
              "((year:2023))."),
        ("a", "Then an income-driven plan would likely lower that. I'll e-mail you the "
              "application now."),
        ("c", "Thanks. It's [[EM:marisol_vega88@yahoo.com]]."),
    ]


@case("asr")
def exam_resit_email():
    cand = G.pat("9999")
    y, m, d = G.dob(2006, 2007)
    return [
        ("a", "hello you've reached the hollins exam board candidate helpline i'm [[N:aled]]"),
        ("c", "hi i need to book a resit for my maths paper"),
        ("a", "can i have your candidate number and your name"),
        ("c", f"[[AC:{say(cand)}]] and it's [[N:oyinkansola adebayo-reid]]"),
        ("a", "can you spell the first name"),
        ("c", f"[[N:{spell('oyinkansola')}]]"),
        ("a", "and when's your birthday with the year"),
        ("c", f"[[DOB:{dob_said(y, m, d, 1)}]]"),
        ("a", "thank you the next sitting is ((date:november sixth)) the fee is ((price:forty "
              "two pounds)) and we'll email the entry confirmation"),
        ("c", "it's [[EM:oyin underscore reid at gmail dot com]]"),
        ("a", "so [[EM:o y i n underscore r e i d at gmail dot com]]"),
        ("c", "yep that's right"),
    ]



# ---- retail and deliveries ------------------------------------------------------------

@case("asr")
def parcel_neighbour_hazel():
    trk = G.tracking_fail(18)
    pc = G.pc_uk("EH7")
    p = G.uk_mobile()
    return [
        ("a", "swiftpost customer services [[N:callan]] speaking"),
        ("c", "hi the app says my parcel was delivered but it wasn't"),
        ("a", "sorry about that have you got the tracking number"),
        ("c", f"((other:{say(trk[:9])})) sorry ((other:{say(trk[9:])}))"),
        ("a", "thanks it says left with a neighbour at number ((other:forty two)) a [[N:hazel "
              "mccreadie]]"),
        ("c", "oh [[N:hazel]] she's away till sunday"),
        ("a", "can i confirm the address we delivered to"),
        ("c", f"[[AD:forty four easter road leith]] [[PC:{pc_said(pc)}]]"),
        ("a", "and a mobile so the driver can call next time"),
        ("c", f"[[PH:{ph_said(p, zero='zero', groups=[5, 6])}]]"),
        ("a", "i've flagged it if it doesn't turn up by ((date:monday)) we'll refund the "
              "((price:fifty six pounds))"),
    ]


@case("transcript")
def online_return_email():
    order = G.pat("ORD-99999-AA")
    return [
        ("a", "Thanks for calling Pinecrest Outdoor, this is [[N:Soren]]."),
        ("c", f"Hi [[N:Soren]]. I'm returning part of order [[AC:{order}]]. You sent ((qty:3)) "
              "tents instead of ((qty:1))."),
        ("a", "Oh dear. Which tent was it, the ((model:Ridgeline 4P))?"),
        ("c", "Yes. I only need one. Can you refund the other ((count:two))? They were ((price:$279.95)) "
              "each."),
        ("a", "Of course. I'll e-mail a prepaid label. Which address should I use?"),
        ("c", "[[EM:nakamura.kenta+orders@gmail.com]]."),
        ("a", "Got it. The refund of ((price:$559.90)) goes back to your card within "
              "((dur:5 to 10 business days)) of us receiving them."),
        ("c", "Perfect, thanks."),
    ]


@case("asr")
def grocery_substitution_card():
    order = G.pat("99999999")
    c = G.card("visa")
    m, y = G.expiry()
    cvv = G.cvv()
    return [
        ("a", "freshfield groceries this is [[N:ines]] how can i help"),
        ("c", "hi [[N:ines]] my delivery slot tomorrow needs a new card the old one was "
              "cancelled"),
        ("a", "no problem what's the order number"),
        ("c", f"[[AC:{pairs(order)}]]"),
        ("a", "i see it ((count:forty two)) items slot ((time:seven)) to ((time:eight)) am "
              "ready for the new card"),
        ("c", f"[[CC#a:{say(c[:4])}]]"),
        ("a", "yep"),
        ("c", f"[[CC#a:{say(c[4:8])}]]"),
        ("a", "uh huh"),
        ("c", f"[[CC#a:{say(c[8:12])}]]"),
        ("a", "and the last four"),
        ("c", f"[[CC#a:{say(c[12:])}]]"),
        ("a", "expiry and then the security code"),
        ("c", f"[[EXP:{exp_said(m, y, 0)}]] [[CVV:{say(cvv)}]]"),
        ("a", "thank you that's updated and the total is ((price:ninety three pounds ten))"),
    ]


@case("transcript")
def warranty_claim_us():
    wr = G.pat("WR-9999-99999")
    p = G.us_phone("629")
    house = G.r.randrange(100, 9999)
    z = G.zip("372")
    return [
        ("a", "Halvard Appliances warranty team, [[N:Mercedes]] speaking."),
        ("c", "Hi, my fridge stopped cooling. It's a ((model:HX-5120)), about ((dur:14 "
              "months)) old."),
        ("a", "Sorry to hear that. Do you have the warranty registration number?"),
        ("c", f"[[AC:{wr}]]."),
        ("a", "Thank you. And your name?"),
        ("c", "[[N:Obadiah Whitfield]]."),
        ("a", "Mr [[N:Whitfield]], I can book a technician. Is the address still "
              f"[[AD:{house} Belle Meade Blvd, Nashville]], TN [[PC:{z}]]?"),
        ("c", "Yes."),
        ("a", f"And the best number is [[PH:{ph_us_t(p, 2)}]]?"),
        ("c", "Yep, that one's fine."),
        ("a", "The earliest slot is ((date:Thursday)) between ((time:8 a.m.)) and ((time:noon)). "
              "The temperature right now?"),
        ("c", "It's reading ((other:52 degrees)) inside."),
    ]


@case("asr")
def sofa_delivery_us_104b():
    z = G.zip("606")
    p = G.us_phone("312")
    return [
        ("a", "lakeshore home delivery scheduling this is [[N:jamal]]"),
        ("c", "hey i'm calling to schedule my sectional"),
        ("a", "sure what's the last name on the order"),
        ("c", "[[N:wojciechowski]] it's [[N:w o j c i e c h o w s k i]]"),
        ("a", "got it [[N:aleksandra wojciechowski]] delivery to"
              f" [[AD:one oh four b west wrightwood avenue chicago]] [[PC:{say(z)}]]"),
        ("c", "yes and it's a third floor walk up so they'll need ((count:two)) guys"),
        ("a", "noted they'll call [[PH:" + say(p[:3]) + " " + say(p[3:6]) + " "
              + say(p[6:]) + "]] ((dur:thirty minutes)) before they arrive"),
        ("c", "perfect"),
    ]



# ---- travel -------------------------------------------------------------------------------

@case("asr")
def airline_rebook_nato():
    pnr = G.pat("AA9A9A")
    ff = G.pat("199")
    t = str((int(ff[-1]) + 1 + G.r.randrange(9)) % 10)
    tail = G.pat("9999")
    while tail[0] == t:
        tail = G.pat("9999")
    ff = ff + t * 3 + tail
    return [
        ("a", "northern skies airline this is [[N:ingrid]] how can i help"),
        ("c", "hi my flight's been cancelled and i need to get home tonight"),
        ("a", "oh i'm sorry what's the booking reference"),
        ("c", f"[[AC:{' '.join(f'{ch.lower()} for {NATO[ch]}' if ch.isalpha() else dw(ch) for ch in pnr)}]]"),
        ("a", "and the surname on the booking"),
        ("c", f"[[N:mbeki]] [[N:{spell('mbeki')}]]"),
        ("a", "thanks i can see ((flight:n s four one two)) was cancelled i can put you on "
              "((flight:n s four two oh)) at ((time:nine fifty)) tonight"),
        ("c", "yes please and can you add my frequent flyer number"),
        ("a", "go ahead"),
        ("c", f"[[AC:{say(ff, double=True)}]]"),
        ("a", f"so [[AC:{say(ff)}]] that's added and your seat is ((other:twenty three c))"),
        ("c", "brilliant you've saved my evening"),
    ]


@case("transcript")
def rail_railcard():
    rc = G.pat("9999 9999 9999")
    return [
        ("a", "Greenline Rail bookings, [[N:Aoife]] speaking."),
        ("c", "Hi [[N:Aoife]]. I want ((count:two)) returns from York to Edinburgh on "
              "((date:Friday 14th)), leaving around ((time:08:30))."),
        ("a", "There's the ((time:08:42)), arriving ((time:11:05)). With a railcard it's "
              "((price:£87.60)) for both. Do you have one?"),
        ("c", f"Yes, a Two Together. The number is [[AC:{rc}]]."),
        ("a", "Lovely. I've reserved seats ((other:C41)) and ((other:C42)). Whose names are on "
              "the railcard?"),
        ("c", "Mine, [[N:Bartholomew Quaye]], and my wife, [[N:Ebun Quaye]]."),
        ("a", "And an e-mail for the tickets?"),
        ("c", "[[EM:bart.quaye@quaye-family.org]]."),
        ("a", "Done. The return is open for ((dur:one month))."),
    ]


@case("asr")
def cruise_two_passengers():
    c = G.card("visa")
    m, y = G.expiry()
    cvv = G.cvv()
    y1, m1, d1 = G.dob(1950, 1956)
    y2, m2, d2 = G.dob(1951, 1957)
    return [
        ("a", "meridian cruises reservations it's [[N:paolo]]"),
        ("c", "hi [[N:paolo]] we want to book the norway fjords sailing in ((date:june))"),
        ("a", "lovely i have an outside cabin ((other:seven one one four)) for ((dur:twelve "
              "nights)) can i take the passenger names and dates of birth"),
        ("c", f"me [[N:bridget o'halloran]] [[DOB:{dob_said(y1, m1, d1, 4)}]] and my sister "
              f"[[N:maeve]] she's [[DOB:{dob_said(y2, m2, d2, 1)}]]"),
        ("a", "and how would you like to pay the deposit of ((price:five hundred pounds)) per "
              "person"),
        ("c", f"on the visa [[CC#a:{say(c[:4])} {say(c[4:8])}]] hang on my reading glasses "
              f"[[CC#a:{say(c[8:])}]]"),
        ("a", "thanks and the expiry date on it"),
        ("c", f"[[EXP:{exp_said(m, y, 1)}]]"),
        ("a", "and the code on the back"),
        ("c", f"[[CVV:{say(cvv)}]]"),
        ("a", "you're booked balance is due ((dur:ninety days)) before departure"),
    ]


@case("transcript")
def hotel_us_runon():
    c = G.card("mc")
    cvv = G.cvv()
    m, y = G.expiry()
    z = G.zip("802")
    conf = G.pat("99999999")
    return [
        ("a", "The Aspen Ridge Lodge, reservations, this is [[N:Clementine]]."),
        ("c", f"Hi, I have confirmation [[AC:{conf}]] and need to update the card on file."),
        ("a", "Sure. Name on the reservation?"),
        ("c", "[[N:Rutendo Chikwanha]]."),
        ("a", "Thanks. Go ahead with the new card."),
        ("c", f"[[CC:{c}]]."),
        ("a", f"Let me repeat that in groups: [[CC:{card_t(c)}]]. Expiration?"),
        ("c", f"[[EXP:{exp_t(m, y, 2)}]]. The CVC is [[CVV:{cvv}]]."),
        ("a", "And the ZIP code the card is billed to?"),
        ("c", f"[[PC:{z}]]."),
        ("a", "All set for ((count:3)) nights from ((date:December 20th)), room ((other:418)), "
              "at ((price:$329)) a night."),
    ]


@case("asr")
def coach_lost_property():
    ref = G.pat("LP999999")
    p = G.uk_land("0121")
    return [
        ("a", "midshires coaches lost property [[N:sunita]] speaking"),
        ("c", "hi i left my rucksack on the ((other:x fifty one)) coach yesterday the "
              "((time:five past six)) from birmingham"),
        ("a", "oh no has it got anything with your name in it"),
        ("c", "my laptop and a notebook with [[N:sterling]] on it that's my name "
              "[[N:sterling okoro-bassey]]"),
        ("a", "okay i'm logging it now the reference is "
              f"[[AC:{spell(ref[:2])} {say(ref[2:])}]]"),
        ("c", "and you'll call me if it turns up"),
        ("a", "yes what's the number"),
        ("c", f"[[PH:{say(p[:4])} {say(p[4:7], double=True)} {say(p[7:], double=True)}]]"),
        ("a", "thanks [[N:sterling]] the depot checks the coaches every night so give it "
              "((dur:forty eight hours))"),
    ]



# ---- more card calls --------------------------------------------------------------------

@case("transcript")
def streaming_refund_split():
    c = G.card("visa")
    m, y = G.expiry()
    cvv = G.cvv()
    return [
        ("a", "Reelhouse support, this is [[N:Dagny]]. What's up?"),
        ("c", "I was charged twice for my annual plan, ((price:$119.88)) both times."),
        ("a", "Sorry about that! To find the charges I need the card they went on."),
        ("c", f"Sure. [[CC#a:{c[:4]} {c[4:8]}]]"),
        ("a", "Mm-hmm."),
        ("c", f"[[CC#a:{c[8:12]} {c[12:]}]]."),
        ("a", "Thanks. For security, the card verification code?"),
        ("c", f"[[CVV:{cvv}]]."),
        ("a", "And expiry?"),
        ("c", f"Valid thru [[EXP:{exp_t(m, y, 0)}]]."),
        ("a", "Found both charges, ((time:3:02 p.m.)) and ((time:3:03 p.m.)) on ((date:May 9th)). "
              "The duplicate will be refunded in ((dur:3 to 5 business days))."),
    ]


@case("transcript")
def telecom_readback_two_turns():
    c = G.card("mc")
    m, y = G.expiry()
    cvv = G.cvv()
    acc = G.pat("99999999")
    return [
        ("a", "Brightwave Telecom billing, [[N:Kristof]] speaking."),
        ("c", f"Hi, it's about account [[AC:{acc}]]. I want to pay the ((price:£146.20)) "
              "that's overdue."),
        ("a", "Thank you. Which card?"),
        ("c", f"[[CC:{card_t(c)}]]."),
        ("a", f"That's [[CC#r:{c[:4]} {c[4:8]}]]..."),
        ("c", "Yes."),
        ("a", f"...[[CC#r:{c[8:12]} {c[12:]}]]?"),
        ("c", "Correct."),
        ("a", "Lovely. When does it expire, and the code on the back, please."),
        ("c", f"[[EXP:{exp_t(m, y, 4)}]], and [[CVV:{cvv}]]."),
        ("a", "That's paid. Your services won't be suspended."),
    ]


@case("transcript")
def amex_dashes_cid():
    c = G.card("amex")
    cid = G.cvv(4)
    m, y = G.expiry()
    return [
        ("a", "Thanks for calling Sable & Finch Jewellers, this is [[N:Ottoline]]."),
        ("c", "Hi, I'd like to pay the balance on the engagement ring. It's under "
              "[[N:Jun-ho Baek]]."),
        ("a", "Congratulations! The balance is ((price:£2,740)). How would you like to pay?"),
        ("c", f"American Express: [[CC:{card_t(c, '-')}]]."),
        ("a", "And the four little digits printed on the front, above the long number?"),
        ("c", f"[[CVV:{cid}]]."),
        ("a", "And the expiry?"),
        ("c", f"[[EXP:{exp_t(m, y, 3)}]]."),
        ("a", "Thank you. The ring's been resized to ((other:size N)) and it'll be ready to "
              "collect after ((time:2pm)) on ((date:Saturday))."),
    ]


@case("transcript")
def store_phone_order_unasked():
    c = G.card("mc2")
    cvv = G.cvv()
    m, y = G.expiry()
    house = G.r.randrange(100, 9999)
    z = G.zip("322")
    return [
        ("a", "Coastal Crafts phone orders, [[N:Bettina]] speaking."),
        ("c", "Hi! I'd like ((qty:4)) skeins of the sea-glass yarn and the ((model:KX-40)) "
              "needle set."),
        ("a", "That's ((price:$86.50)) with shipping. Card number?"),
        ("c", f"[[CC:{card_t(c)}]], expiration [[EXP:{exp_t(m, y, 1)}]], and the security "
              f"code is [[CVV:{cvv}]]."),
        ("a", "Thank you. Shipping address?"),
        ("c", f"[[AD:{house} Atlantic Blvd, Unit 9, Jacksonville]], FL [[PC:{z}]]."),
        ("a", "And a name for the order?"),
        ("c", "[[N:Marguerite Delacroix-Baptiste]]."),
        ("a", "Lovely. It ships in ((dur:two days))."),
    ]


@case("asr")
def card_vague_question_expired():
    old_m, old_y = G.expiry(expired=True)
    c = G.card_with("visa", lambda x: x[8:10] == "00" and x[10] != "0" or x[12:14] == "00")
    m, y = G.expiry()
    cvv = G.cvv()
    return [
        ("a", "sunbury vets accounts [[N:marnie]] speaking"),
        ("c", "hi i'm paying for my cat's x-ray from last week it was ((price:two hundred and "
              "sixty pounds))"),
        ("a", "okay what's the long number"),
        ("c", f"[[CC:{say(c, double=True)}]]"),
        ("a", "and the expiry"),
        ("c", f"[[EXP:{exp_said(old_m, old_y, 0)}]] oh hang on that's run out hasn't it"),
        ("a", "it has i'm afraid have you got the new one"),
        ("c", f"yeah same number they just sent a new one with [[EXP:{exp_said(m, y, 0)}]] on "
              "it"),
        ("a", "lovely and the three numbers on the back of the new one"),
        ("c", f"[[CVV:{say(cvv)}]]"),
        ("a", "that's gone through the vet's notes say she needs a recheck in ((dur:six "
              "weeks))"),
    ]



# ---- identity, accounts and records ---------------------------------------------------------

@case("asr")
def credit_freeze_us():
    s = G.digits_with_double(9)
    while not (1 <= int(s[:3]) <= 665 and s[3:5] != "00" and s[5:] != "0000"):
        s = G.digits_with_double(9)
    y, m, d = G.dob(1970, 1979)
    z = G.zip("981")
    p = G.us_phone("206")
    house = G.r.randrange(1000, 9999)
    return [
        ("a", "thank you for calling meridian credit bureau my name is [[N:caleb]] how can i "
              "help"),
        ("c", "i want to freeze my credit someone opened a store card in my name"),
        ("a", "i'm sorry that happened let's get the freeze on first your social security "
              "number please"),
        ("c", f"[[SSN:{say(s, double=True)}]]"),
        ("a", "and your birth date"),
        ("c", f"[[DOB:{dob_said(y, m, d, 7)}]]"),
        ("a", "and the address on your credit file"),
        ("c", f"[[AD:{house_said(house)} rainier avenue south apartment three oh two seattle]] "
              f"[[PC:{two(z[:2])} {say(z[2:])}]]"),
        ("a", "and a phone number for the pin"),
        ("c", f"[[PH:{say(p[:3])} {say(p[3:6], double=True)} {say(p[6:])}]]"),
        ("a", "your freeze is in place it lasts until you lift it and the store card "
              "opened on ((date:april second)) for ((price:twelve hundred dollars)) is now "
              "flagged as fraud"),
        ("c", "thank you"),
    ]


@case("transcript")
def tax_preparer_couple():
    s1, s2 = G.ssn(), G.ssn()
    y1, m1, d1 = G.dob(1968, 1975)
    p = G.us_phone("702")
    return [
        ("a", "Desert Sun Tax Services, [[N:Esperanza]] speaking."),
        ("c", "Hi, I'm booking our appointment for the ((year:2024)) return, me and my "
              "husband."),
        ("a", "Great. Names and Social Security numbers for both of you?"),
        ("c", f"I'm [[N:Nalani Kahale]], [[SSN:{s1}]]. He's [[N:Keoni]], "
              f"[[SSN:{ssn_t(s2)}]]."),
        ("a", "And your date of birth, [[N:Nalani]]?"),
        ("c", f"[[DOB:{dob_typed(y1, m1, d1, 8)}]]."),
        ("a", f"Thanks. Is [[PH:{ph_us_t(p, 3)}]] still the best number?"),
        ("c", "Yes. Last year we got ((price:$2,214)) back, so fingers crossed."),
        ("a", "I have ((date:Tuesday, March 11th)) at ((time:4:30)). Bring your "
              "((count:two)) ((other:W-2s)) and the ((other:1099)) from the bank."),
    ]



@case("asr")
def email_recovery():
    p = G.uk_mobile()
    return [
        ("a", "hi you're through to larkmail account recovery my name's [[N:viktor]]"),
        ("c", "hi [[N:viktor]] i'm locked out of my email and i've had it since ((year:twenty "
              "fifteen))"),
        ("a", "okay what's the address you're trying to get into"),
        ("c", "[[EM:ffion dot ap dash rhys at larkmail dot co dot uk]]"),
        ("a", "sorry how do you spell the first part"),
        ("c", "[[EM:f f i o n dot a p dash r h y s at larkmail dot co dot uk]]"),
        ("a", "thanks and is there a backup address on the account"),
        ("c", "probably my old work one [[EM:f ap rhys at cwmtawe hyphen builders dot com]]"),
        ("a", "i'll send a code to your recovery mobile what's the full number"),
        ("c", f"[[PH:{say(p[:5], double=True)} {say(p[5:])}]]"),
        ("a", "the code lasts ((dur:ten minutes)) read it to me when it arrives"),
        ("c", "okay it's come through"),
    ]


@case("transcript")
def move_out_forwarding():
    acc = G.pat("9999 9999 99")
    pc_new = G.pc_uk("G12")
    rd = G.pat("19999")
    return [
        ("a", "Harbourlight Energy, [[N:Morven]] speaking."),
        ("c", "Hi, I'm moving out of my flat on Friday and need to close the account."),
        ("a", "No problem. Account number, please?"),
        ("c", f"[[AC:{acc}]]. It's under [[N:Eilidh Macaulay]]."),
        ("a", "Thanks, [[N:Eilidh]]. Can you give me a meter reading on the day you leave?"),
        ("c", f"I took one this morning: ((other:{rd})). I'll send another on the "
              "((date:13th))."),
        ("a", "Perfect. Where should we send the final bill?"),
        ("c", f"[[AD:2/1, 48 Cranworth Street, Hillhead, Glasgow]] [[PC:{pc_new}]]. And "
              "[[EM:eilidh.macaulay@gmx.co.uk]] too, please."),
        ("a", "Done. Any credit over ((price:£5)) is refunded within ((dur:14 days))."),
    ]


@case("asr")
def it_helpdesk_extension():
    emp = G.pat("E999999")
    ext = G.pat("9999")
    p = G.us_phone("913")
    return [
        ("a", "it service desk this is [[N:priyamvada]] can i get your employee id"),
        ("c", f"[[AC:{emp[0].lower()} {say(emp[1:], 'zero')}]]"),
        ("a", "thanks is that [[N:gunther]] in payroll"),
        ("c", "yes [[N:gunther lindahl]] my laptop keeps showing error ((other:oh x eight oh "
              "oh four))"),
        ("a", "which model is it"),
        ("c", "a ((model:latitude fifty four forty))"),
        ("a", "okay i'll remote in can i call you back on your desk phone"),
        ("c", f"yes [[PH:{say(p[:3])} {say(p[3:6])} {say(p[6:])} extension {say(ext)}]]"),
        ("a", "and your email so i can send the ticket"),
        ("c", "[[EM:g dot lindahl at norrvik hyphen foods dot com]]"),
        ("a", "ticket's open it should take ((dur:twenty minutes))"),
    ]



@case("transcript")
def lost_luggage_bagtag():
    tag = G.pat("999999")
    p = G.us_phone("808")
    return [
        ("a", "Baggage services, [[N:Imogen]] speaking."),
        ("c", "Hi. My suitcase didn't arrive on ((flight:BA 1522)) from Honolulu via LA."),
        ("a", "I'm sorry. Do you have the bag tag number? It's on the sticker on your boarding "
              "pass."),
        ("c", f"[[AC:BA {tag}]]."),
        ("a", "Thank you. It's showing in Los Angeles, it missed the connection. It should "
              "come in on tomorrow's ((flight:BA 268)), landing at ((time:13:10))."),
        ("c", "Can you deliver it to my hotel? I'm at the "
              "Marlowe, [[AD:21 Craven Terrace, Lancaster Gate]], room ((other:507))."),
        ("a", "Of course. A contact number?"),
        ("c", f"My US cell, [[PH:{ph_us_t(p, 3)}]]. The name is [[N:Keahi Nakoa]]."),
        ("a", "Thanks, Mr [[N:Nakoa]]. You can claim up to ((price:£50)) a day for essentials."),
    ]


@case("asr")
def pension_reference():
    ref = G.pat("AA999999A")
    y, m, d = G.dob(1961, 1964)
    pc = G.pc_uk("PL4")
    house = G.r.randrange(2, 40)
    return [
        ("a", "good afternoon westward pensions [[N:jago]] speaking"),
        ("c", "hello i want to know what my pension will be when i stop work in ((year:twenty "
              "twenty seven))"),
        ("a", "of course can i have your scheme reference"),
        ("c", f"[[AC:{id_said(ref)}]]"),
        ("a", "could i have your full name and your birthday"),
        ("c", f"[[N:lowenna penrose]] [[DOB:{dob_said(y, m, d, 3)}]]"),
        ("a", "and the address we hold"),
        ("c", f"[[AD:{num(house)} the barbican plymouth]] [[PC:{pc_said(pc, nato=True)}]]"),
        ("a", "thank you at ((other:sixty six)) you'd get about ((price:eleven thousand four hundred)) a "
              "year or take ((pct:twenty five percent)) as a lump sum"),
        ("c", "can you post that to me"),
        ("a", "yes it'll be with you in ((dur:seven to ten days))"),
    ]


@case("asr")
def port_out_us():
    p = G.us_phone("617")
    s = G.ssn()
    acc = G.pat("999999999")
    return [
        ("a", "thanks for calling bayline wireless this is [[N:shanice]] who am i speaking with"),
        ("c", "[[N:mateus carvalho]] i'm switching carriers and i need my account number for "
              "the port"),
        ("a", "okay which number are we porting"),
        ("c", f"[[PH#a:{say(p[:3])}]] uh [[PH#a:{say(p[3:])}]]"),
        ("a", "and to verify the last four of your social"),
        ("c", f"[[SSN:{say(s[-4:])}]]"),
        ("a", f"thanks your account number is [[AC:{say(acc)}]] and you'll need a port out pin "
              "which i'm texting you now"),
        ("c", "how long is the pin good for"),
        ("a", "((dur:seven days)) and there's no early termination fee since you're past "
              "((dur:twenty four months))"),
        ("c", "great thanks [[N:shanice]]"),
    ]


@case("asr")
def vet_booking_mark():
    p = G.uk_mobile()
    return [
        ("a", "greenacre vets [[N:tilly]] speaking"),
        ("c", "hi it's [[N:mark ebuka]] my dog's limping and i'd like him seen today"),
        ("a", "oh poor thing how old is he"),
        ("c", "he's ((other:eleven)) and about ((qty:thirty two)) kilos"),
        ("a", "i can do ((time:four fifteen)) with [[N:aurelio]] our orthopaedic vet is that "
              "okay [[N:mark]]"),
        ("c", "yes please"),
        ("a", "and can i check the mobile we have for you"),
        ("c", f"[[PH:{say(p[:5])} {say(p[5:8])} {say(p[8:])}]]"),
        ("a", "and an email for the consent form"),
        ("c", "[[EM:mark dot ebuka at btinternet dot com]]"),
        ("a", "lovely the consult is ((price:fifty eight pounds)) and x-rays would be extra"),
    ]


@case("transcript")
def council_tax_discount():
    acc = G.pat("CT/9999/9999-9")
    y, m, d = G.dob(1949, 1958)
    pc = G.pc_uk("YO10")
    p = G.uk_land("0113")
    return [
        ("a", "City of York Council, council tax. [[N:Lindiwe]] speaking."),
        ("c", "Hello. My husband died in ((date:January)) and I live alone now. Can I get the "
              "single person discount?"),
        ("a", "I'm very sorry for your loss. Yes, that's ((pct:25%)) off. What's your council "
              "tax account number?"),
        ("c", f"[[AC:{acc}]]."),
        ("a", "Could I take your full name and date of birth?"),
        ("c", f"[[N:Philippa Ashworth-Mensah]], [[DOB:{dob_typed(y, m, d, 3)}]]."),
        ("a", "And the property address?"),
        ("c", f"[[AD:Flat 6, Heslington Court, 14 Low Lane, York]] [[PC:{pc}]]."),
        ("a", f"Thank you. Is [[PH:{ph_uk_t(p)}]] the best number?"),
        ("c", "Yes, that's the landline."),
        ("a", "I've applied it from the ((date:14th of January)). Your new bill for the year "
              "is ((price:£1,402.17)), and you'll get it in about ((dur:a week))."),
    ]



def iban_any(country, bban):
    rearr = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearr)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


@case("asr")
def renters_insurance_us():
    pol = G.pat("RN99999999")
    y, m, d = G.dob(1996, 2002)
    z = G.zip("787")
    p = G.us_phone("512")
    house = G.r.randrange(1000, 9999)
    return [
        ("a", "lone star renters insurance you've got [[N:dakota]]"),
        ("c", "hey i need to add my new apartment to my policy i moved last weekend"),
        ("a", "congrats on the move what's your policy number"),
        ("c", f"[[AC:{id_said(pol)}]]"),
        ("a", "and just to verify your date of birth"),
        ("c", f"[[DOB:{dob_said(y, m, d, 1)}]]"),
        ("a", "what's the new address"),
        ("c", f"[[AD:{house_said(house)} east cesar chavez street number two twelve austin]] "
              f"[[PC:{say(z)}]]"),
        ("a", "is that a ground floor unit"),
        ("c", "second floor"),
        ("a", "okay your premium goes from ((price:fourteen fifty)) to ((price:sixteen twenty)) a "
              "month because of the zip and i'll text the new declarations page to "
              f"[[PH:{say(p[:3])} {say(p[3:6])} {say(p[6:])}]]"),
        ("c", "that works"),
    ]


@case("asr")
def amex_pairs_correction():
    c = G.card("amex")
    wrong = G.pat("99")
    while wrong == c[10:12]:
        wrong = G.pat("99")
    cid = G.cvv(4)
    m, y = G.expiry()
    return [
        ("a", "regent street florists [[N:beatrix]] speaking"),
        ("c", "hi i'd like to send flowers to my mum for her birthday in glasgow tomorrow"),
        ("a", "lovely our large hand-tied is ((price:sixty five pounds)) with next day "
              "delivery how are you paying"),
        ("c", f"amex it's [[CC#a:{pairs(c[:4])} {pairs(c[4:10])}]] then [[CC#a!:{two(wrong)}]] "
              f"no hang on [[CC#a:{say(c[10:])}]]"),
        ("a", f"so that's [[CC:{say(c[:4])} {say(c[4:10])} {say(c[10:])}]]"),
        ("c", "that's it"),
        ("a", "and the four digit code printed on the front"),
        ("c", f"[[CVV:{pairs(cid)}]]"),
        ("a", "expiry"),
        ("c", f"[[EXP:{exp_said(m, y, 5)}]]"),
        ("a", "and what would you like on the card"),
        ("c", "happy birthday mum love from [[N:iona]] and the ((count:three)) grandkids"),
    ]


@case("asr")
def mixed_digits_hundred():
    c = G.card_with("mc", lambda x: x[4:6] != "00" and x[6:8] == "00" and x[4] != "0")
    m, y = G.expiry()
    cvv = G.cvv()
    return [
        ("a", "welcome to clearpath broadband billing it's [[N:ahmad]]"),
        ("c", "hiya [[N:ahmad]] i've been cut off for a missed payment i want to pay now"),
        ("a", "sure the arrears are ((price:sixty one pounds forty)) card number when you're "
              "ready"),
        ("c", f"[[CC:{c[:4]} {num(int(c[4:6]))} hundred {say(c[8:12])} {c[12:]}]]"),
        ("a", f"so that's [[CC:{say(c[:4])} {say(c[4:8])} {say(c[8:12])} {say(c[12:])}]]"),
        ("c", "yep"),
        ("a", "what's the expiry and the c v c"),
        ("c", f"expiry [[EXP:{exp_said(m, y, 3)}]] c v c [[CVV:{say(cvv)}]]"),
        ("a", "that's paid and your line comes back on in ((dur:two hours)) at the latest"),
    ]


@case("transcript")
def refund_to_german_iban():
    iban = iban_any("DE", G.pat("99999999") + G.pat("9999999999"))
    order = G.pat("99-99999")
    return [
        ("a", "Fernwood Outdoor Clothing, customer service, [[N:Hamza]] speaking."),
        ("c", "Hello, I am [[N:Friederike Oyelowo-Brandt]], I live in Germany. I returned a "
              "jacket ((dur:three weeks)) ago and I have no refund yet."),
        ("a", "I'm sorry. Do you have the order number?"),
        ("c", f"[[AC:{order}]]."),
        ("a", "I see it. The card you paid with has been cancelled, so the refund bounced. "
              "Can we pay it to your bank account instead?"),
        ("c", f"Yes, my IBAN is [[AC:{iban_t(iban)}]]."),
        ("a", f"Reading it back: [[AC:{iban_t(iban)}]]. The refund is ((price:€189.00)) and "
              "it will arrive in ((dur:3 to 5 working days))."),
        ("c", "Thank you, finally."),
    ]


@case("transcript")
def wire_fraud_us():
    s = G.ssn()
    acc = G.pat("9999999999")
    p = G.us_phone("318")
    return [
        ("a", "Bayou Federal Credit Union fraud line, this is [[N:Remy]]."),
        ("c", "Hi, I think I've been scammed. I sent a wire this morning to someone pretending "
              "to be my grandson."),
        ("a", "I'm so sorry. Let's move fast. Your name and the account it came from?"),
        ("c", f"[[N:Evangeline Thibodeaux]], checking account [[AC:{acc}]]."),
        ("a", "And your Social to verify?"),
        ("c", f"[[SSN:{s}]]."),
        ("a", "I see the wire for ((price:$8,500)) at ((time:9:47)). It hasn't settled yet, so "
              "I'm requesting a recall now."),
        ("c", "Oh thank God. He said his name was [[N:Beau]] and he was in jail."),
        ("a", f"That's a common scam. A fraud specialist will call you at [[PH:{ph_us_t(p, 0)}]] "
              "within ((dur:an hour))."),
    ]


@case("asr")
def card_activation_ivr():
    c = G.card("disc")
    s = G.ssn()
    z = G.zip("972")
    return [
        ("i", "to activate your new card please say the sixteen digit number on the front"),
        ("c", f"[[CC:{grp(c, [3, 5, 4, 4])}]]"),
        ("i", f"i heard [[CC:{say(c)}]] is that correct"),
        ("c", "yes"),
        ("i", "for your security please say the last four digits of your social security "
              "number"),
        ("c", f"[[SSN:{say(s[-4:])}]]"),
        ("i", "and the five digit zip code of your billing address"),
        ("c", f"[[PC:{say(z)}]]"),
        ("i", "thank you your card is now active your credit limit is ((price:three thousand "
              "five hundred dollars)) and your first statement will close on the "
              "((date:twenty second))"),
    ]



@case("asr")
def meal_kit_email_change():
    ref = G.pat("MK9999AA")
    p = G.uk_mobile()
    return [
        ("a", "thanks for calling forkful meal kits you're through to [[N:nkechi]]"),
        ("c", "hi [[N:nkechi]] i need to change the email on my account i can't get into the "
              "old one"),
        ("a", "no problem what's the email that's on there now"),
        ("c", "[[EM:jo dot tremayne at coldmail dot co dot uk]]"),
        ("a", "and your customer reference it's in the welcome email or on the box"),
        ("c", f"[[AC:{id_said(ref)}]]"),
        ("a", "thanks [[N:joanna]] and the new email"),
        ("c", "[[EM:joanna tremayne t r e m a y n e at proton dot me]]"),
        ("a", "and just to check is the mobile still "
              f"[[PH:{say(p[:5])} {say(p[5:], double=True)}]]"),
        ("c", "yes"),
        ("a", "done your next box of ((qty:four)) meals arrives ((date:thursday)) between "
              "((time:eight)) and ((time:six))"),
    ]


@case("transcript")
def retailer_account_email():
    y, m, d = G.dob(1984, 1993)
    pc = G.pc_uk("NE6")
    return [
        ("a", "Hollowell's Department Store, online accounts. [[N:Perpetua]] speaking."),
        ("c", "Hi, I'm [[N:Tobias Lindgren-Asante]]. Someone changed the e-mail on my account "
              "and ordered a ((price:£749)) TV."),
        ("a", "I'm sorry. Let me verify you first. Date of birth and postcode?"),
        ("c", f"[[DOB:{dob_typed(y, m, d, 1)}]], [[PC:{pc}]]."),
        ("a", "Thank you. The e-mail was changed to [[EM:t.lindgren.asante@mailbox-secure.net]] "
              "yesterday at ((time:23:14)). Is that yours?"),
        ("c", "No! Mine is [[EM:tobias.lindgren@outlook.com]]."),
        ("a", "I've put it back, cancelled the order and locked the account. You'll get a "
              "reset link in ((dur:five minutes))."),
        ("c", "Thank you, that's a relief."),
    ]


@case("asr")
def us_dental_ssn_double():
    s = G.digits_with_double(9)
    while not (1 <= int(s[:3]) <= 665 and s[3:5] != "00" and s[5:] != "0000"):
        s = G.digits_with_double(9)
    y, m, d = G.dob(1958, 1966)
    return [
        ("a", "magnolia dental billing this is [[N:charlene]]"),
        ("c", "hi i'm a new patient and the form wants my social is that really needed"),
        ("a", "it's only for the insurance claim if your plan asks for it but you don't have to "
              "give it"),
        ("c", f"okay it's fine it's [[SSN:{say(s[:3], double=True)} "
              f"{say(s[3:5], double=True)} {say(s[5:], double=True)}]]"),
        ("a", "thank you and can i confirm your date of birth and email for the receipts"),
        ("c", f"[[DOB:{dob_said(y, m, d, 1)}]] and it's [[EM:bobbie jo hatcher at aol dot com]]"),
        ("a", "so that's [[EM:bobbiejohatcher at aol dot com]] all one word"),
        ("c", "that's it honey"),
        ("a", "your cleaning today is covered ((pct:a hundred percent)) and the filling at "
              "((pct:eighty percent)) so you'd owe about ((price:forty two dollars))"),
    ]



@case("asr")
def roll_number_correction():
    old = G.pat("A/99999999")
    new = G.pat("A/99999999")
    y, m, d = G.dob(1971, 1977)
    return [
        ("a", "good morning dunmore building society [[N:fionnuala]] speaking"),
        ("c", f"hi yeah roll number [[AC:{id_said(old)}]] no wait that's my old book it's "
              f"[[AC:{id_said(new)}]] i'm [[N:cathal brennan]] born [[DOB:{dob_said(y, m, d, 0)}]]"),
        ("a", f"thanks [[N:cathal]] so that's [[AC:{id_said(new)}]] and the "
              f"[[DOB:{dob_said(y, m, d, 0)}]]"),
        ("c", "that's right"),
        ("a", "what can i help with"),
        ("c", "the interest on my savings dropped to ((pct:two point one percent)) and nobody "
              "told me"),
        ("a", "the bonus rate ended after ((dur:twelve months)) i can move you to the "
              "((pct:three point eight)) account today if you like"),
        ("c", "yes please do that"),
    ]


@case("transcript")
def dob_readback_age():
    y, m, d = G.dob(1980, 1983)
    age = 2024 - y
    pol = G.pat("LF-999-99999")
    return [
        ("a", "Evergreen Life, quotes and policies. You're speaking with [[N:Anders]]."),
        ("c", f"Hi [[N:Anders]]. I'm [[N:Olena Hryhorenko]], policy [[AC:{pol}]]. I'm "
              f"((other:{age})), I've just stopped smoking, and I want the premium looked at."),
        ("a", "Congratulations. Let me pull it up. What's your date of birth?"),
        ("c", f"[[DOB:{dob_typed(y, m, d, 1)}]]."),
        ("a", f"So that's [[DOB:{dob_typed(y, m, d, 0)}]]. Thank you."),
        ("c", "Yes. It's been ((dur:14 months)) without a cigarette."),
        ("a", "We need ((dur:12 months)) smoke-free, so you qualify. Your premium goes from "
              "((price:£48.20)) to ((price:£29.75)) a month."),
        ("c", "That's brilliant."),
    ]


@case("asr")
def unprompted_ref_split():
    ref = G.pat("9999999999")
    pc = G.pc_uk("B29")
    house = G.r.randrange(100, 400)
    return [
        ("a", "hello you're through to oakfield water [[N:ravi]] speaking"),
        ("c", f"hi [[N:ravi]] [[AC#a:{say(ref[:4], double=True)}]]"),
        ("a", "sorry is that your account number"),
        ("c", f"yeah [[AC#b:{say(ref[:4], double=True)}]] hang on it's tiny writing "
              f"[[AC#b:{say(ref[4:], double=True)}]]"),
        ("a", "thank you and the address"),
        ("c", f"[[AD:{house_said(house)} bristol road selly oak]] [[PC:{pc_said(pc, nato=True)}]]"),
        ("a", "what's happened"),
        ("c", "we've had no water since about ((time:six)) this morning there's ((count:five)) "
              "of us in the house"),
        ("a", "there's a burst main on your road we'll have it fixed by ((time:two)) and "
              "we're handing out bottled water at the church"),
    ]


# ---- end of cases -----------------------------------------------------------------------

MARK = re.compile(r"\[\[([A-Z]+)(?:#(\w+))?(!)?:(.+?)\]\]|\(\(([a-z]+):(.+?)\)\)")
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "missus", "doctor", "sir", "madam",
          "mr.", "mrs.", "ms.", "dr."}
NUMBER_WORDS = set(ONES) | set(TEENS) | {w for w in TENS if w} | {
    "oh", "double", "triple", "hundred", "thousand"}
ADDRESS_START = {"flat", "unit", "apartment", "apt", "suite", "number"}
# ordinary words that are also names in this set (allowed outside NAME spans)
COMMON_NAME_WORDS = {
    "rose", "mark", "hope", "will", "bill", "grace", "miles", "chase", "drew", "ray", "ivy",
    "sunny", "hazel", "frank", "may", "june", "faith", "joy", "victor", "jack", "pat",
    "robin", "dawn", "summer", "brook", "penny", "amber", "august", "sterling", "page",
    "rich", "young", "long", "king", "wood", "hall", "price", "banks", "ford", "gray",
}
PUNCT_START_OK = set("($£€+#")
PUNCT_END_OK = set("%")
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
ZIP = re.compile(r"^\d{5}(\d{4})?$")
EMAIL_T = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def parse(raw):
    parts, spans, length, pos = [], [], 0, 0
    for m in MARK.finditer(raw):
        pre = raw[pos:m.start()]
        parts.append(pre)
        length += len(pre)
        if m.group(1):
            if m.group(1) not in TYPES:
                raise ValueError(f"unknown type {m.group(1)} in {raw!r}")
            val = m.group(4)
            spans.append({"pii": True, "type": TYPES[m.group(1)], "lgrp": m.group(2),
                          "sup": bool(m.group(3)), "start": length, "end": length + len(val)})
        else:
            if m.group(5) not in KINDS:
                raise ValueError(f"unknown kind {m.group(5)} in {raw!r}")
            val = m.group(6)
            spans.append({"pii": False, "kind": KINDS[m.group(5)], "start": length,
                          "end": length + len(val)})
        parts.append(val)
        length += len(val)
        pos = m.end()
    parts.append(raw[pos:])
    text = "".join(parts)
    for bad in ("[[", "]]", "((", "))"):
        if bad in text:
            raise ValueError(f"markup left in {raw!r}")
    return text, spans


def build():
    global G
    G = Gen(SEED)
    cases, meta = [], []
    for idx, (style, fn) in enumerate(CASES, 1):
        turns = fn()
        utts, pii, keep, gmap, sup = [], [], [], {}, set()
        for ui, (spk, raw) in enumerate(turns):
            text, spans = parse(raw)
            utts.append({"speaker": SPEAKERS[spk], "text": text})
            for sp in spans:
                if sp["pii"]:
                    key = sp["lgrp"] if sp["lgrp"] else ("_", ui, sp["start"])
                    if key not in gmap:
                        gmap[key] = f"g{len(gmap) + 1}"
                    pii.append({"utterance": ui, "start": sp["start"], "end": sp["end"],
                                "type": sp["type"], "group": gmap[key]})
                    if sp["sup"]:
                        sup.add((ui, sp["start"]))
                else:
                    keep.append({"utterance": ui, "start": sp["start"], "end": sp["end"],
                                 "kind": sp["kind"]})
        cases.append({"case_id": f"t6-{idx:03d}", "style": style, "utterances": utts,
                      "pii": pii, "keep": keep})
        meta.append({"fn": fn.__name__, "sup": sup})
    return cases, meta


def tokens_outside(text, spans):
    """Words of the text that are outside every span, with their positions."""
    mask = [False] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            mask[i] = True
    out = []
    for m in re.finditer(r"[A-Za-z0-9']+", text):
        if not any(mask[m.start():m.end()]):
            out.append((m.group(0), m.start()))
        else:
            out.append((None, m.start()))   # a span breaks the run
    return out


def check_case(c, meta, errs):
    cid = c["case_id"] + " (" + meta["fn"] + ")"
    utts = c["utterances"]
    asr = c["style"] == "asr"

    def err(msg):
        errs.append(f"{cid}: {msg}")

    allspans = [dict(s, pii=True) for s in c["pii"]] + [dict(s, pii=False) for s in c["keep"]]
    for s in allspans:
        t = utts[s["utterance"]]["text"]
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(t)):
            err(f"bad span {s}")
            continue
        v = t[a:b]
        if v != v.strip():
            err(f"space at span edge {v!r}")
        if not (v[0].isalnum() or v[0] in PUNCT_START_OK):
            err(f"span starts with punctuation {v!r}")
        if not (v[-1].isalnum() or v[-1] in PUNCT_END_OK or v.endswith(("a.m.", "p.m."))):
            err(f"span ends with punctuation {v!r}")
        if a > 0 and t[a - 1].isalnum():
            err(f"span starts inside a word {v!r}")
        if b < len(t) and t[b].isalnum():
            err(f"span ends inside a word {v!r}")
    by_utt = defaultdict(list)
    for s in allspans:
        by_utt[s["utterance"]].append(s)
    for ui, ss in by_utt.items():
        ss = sorted(ss, key=lambda s: s["start"])
        for x, y in zip(ss, ss[1:]):
            if y["start"] < x["end"]:
                err(f"overlap in utterance {ui}")

    def val(s):
        return utts[s["utterance"]]["text"][s["start"]:s["end"]]

    groups = defaultdict(list)
    for s in c["pii"]:
        groups[s["group"]].append(s)
    for g, ss in groups.items():
        types = {s["type"] for s in ss}
        if len(types) != 1:
            err(f"group {g} mixes types {types}")
            continue
        typ = types.pop()
        vals = [val(s) for s in ss]
        joined = " ".join(vals)
        if typ == "CARD_NUMBER":
            ds = "".join(to_digits(val(s)) for s in ss
                         if (s["utterance"], s["start"]) not in meta["sup"])
            ok = (len(ds) == 16 and ds[0] in "2456") or (len(ds) == 15 and ds[:2] in ("34", "37"))
            if not ok or not luhn_ok(ds):
                err(f"card group {g} {vals} -> {ds} invalid")
        elif typ == "CVV":
            if len(to_digits(joined)) not in (3, 4):
                err(f"cvv {vals}")
        elif typ == "EXPIRY":
            low = joined.lower()
            if not any(mn in low for mn in MONTHS + [m.lower() for m in MON3]):
                ds = to_digits(joined)
                mm = ds[:-4] if len(ds) >= 5 else ds[:-2]
                if not mm or not 1 <= int(mm) <= 12:
                    err(f"expiry {vals} -> {ds}")
        elif typ == "SSN":
            ds = to_digits(joined)
            if len(ds) == 9:
                if not (1 <= int(ds[:3]) <= 665 and ds[3:5] != "00" and ds[5:] != "0000"):
                    err(f"ssn shape {vals}")
            elif len(ds) != 4:
                err(f"ssn {vals} -> {ds}")
        elif typ == "PHONE":
            core = re.split(r"\b(?:ext|extension|x)\b", joined.lower())[0]
            if not 10 <= len(to_digits(core)) <= 12:
                err(f"phone {vals} -> {to_digits(core)}")
        elif typ == "EMAIL":
            for v in vals:
                if asr:
                    if "@" in v or " at " not in f" {v} " or " dot " not in f" {v} ":
                        err(f"asr email {v!r}")
                elif not EMAIL_T.match(v):
                    err(f"email {v!r}")
        elif typ == "DOB":
            low = joined.lower()
            if not any(mn in low for mn in MONTHS + [m.lower() for m in MON3]) and len(
                    to_digits(joined)) < 4 and not re.search(r"\b\w+(?:st|nd|rd|th)\b", low):
                err(f"dob {vals}")
        elif typ == "ADDRESS":
            first = re.findall(r"[A-Za-z0-9]+", vals[0])[0].lower()
            if not (first[0].isdigit() or first in NUMBER_WORDS or first in ADDRESS_START):
                err(f"address start {vals}")
        elif typ == "POSTCODE":
            for v in vals:
                an = to_alnum(v) if asr or not re.search(r"\d", v) else v.replace(" ", "").upper()
                an = an.replace("-", "")
                if not (UK_PC.match(an) or ZIP.match(an)):
                    err(f"postcode {v!r} -> {an}")
        elif typ == "NAME":
            for v in vals:
                if re.search(r"\d", v):
                    err(f"digit in name {v!r}")
                if v.split()[0].lower().rstrip(".") in TITLES or v.split()[0].lower() in TITLES:
                    err(f"title in name {v!r}")
                if not asr and not any(w[:1].isupper() for w in re.split(r"[\s-]+", v)):
                    err(f"transcript name without a capital {v!r}")
        elif typ == "ACCOUNT_NUMBER":
            ds = re.sub(r"\D", "", to_alnum(joined) if asr else joined)
            if len(ds) < 2 and len(re.sub(r"\D", "", joined)) < 2:
                err(f"account with fewer than two digits {vals}")

    # look-alikes
    for s in c["keep"]:
        v = val(s)
        ds = re.sub(r"\D", "", v) or to_digits(v)
        if 13 <= len(ds) <= 19 and luhn_ok(ds):
            err(f"look-alike passes luhn {v!r}")
        for p in c["pii"]:
            if p["utterance"] != s["utterance"]:
                continue
            pd = re.sub(r"\D", "", val(p)) or to_digits(val(p))
            if len(ds) >= 2 and pd and (ds == pd or (len(ds) >= 4 and ds in pd)):
                err(f"look-alike {v!r} has the digits of pii {val(p)!r}")

    # coverage, style
    for ui, u in enumerate(utts):
        t = u["text"]
        ss = by_utt.get(ui, [])
        mask = [False] * len(t)
        for s in ss:
            for i in range(s["start"], s["end"]):
                mask[i] = True
        for i, ch in enumerate(t):
            if ch.isdigit() and not mask[i]:
                err(f"digit outside spans in {t!r}")
                break
        run = 0
        for w, _ in tokens_outside(t, ss):
            if w is not None and w.lower() in NUMBER_WORDS:
                run += 1
                if run >= 4:
                    err(f"run of digit words outside spans in {t!r}")
                    break
            else:
                run = 0
        if asr:
            if re.search(r"[^a-z0-9 '\-]", t):
                err(f"asr text with capitals or punctuation {t!r}")
        if u["speaker"] not in ("agent", "customer", "ivr"):
            err("speaker")
        if not t.strip() or t != t.strip() or "  " in t:
            err(f"spacing {t!r}")


def check_all(cases, metas):
    errs = []
    for c, m in zip(cases, metas):
        check_case(c, m, errs)
    # utterances of four words or more appear once
    seen = {}
    for c in cases:
        for u in c["utterances"]:
            key = re.sub(r"[^a-z0-9 ]", "", u["text"].lower())
            if len(key.split()) >= 4:
                if key in seen:
                    errs.append(f"{c['case_id']}: utterance repeated from {seen[key]}: "
                                f"{u['text']!r}")
                seen.setdefault(key, c["case_id"])
    # a word used in a NAME span appears elsewhere only inside a span (or is common)
    name_words = set()
    for c in cases:
        for s in c["pii"]:
            if s["type"] == "NAME":
                v = c["utterances"][s["utterance"]]["text"][s["start"]:s["end"]]
                for w in re.findall(r"[A-Za-z']+", v):
                    if len(w) >= 3:
                        name_words.add(w.lower())
    name_words -= COMMON_NAME_WORDS | set(NATO.values()) | {"for", "as", "in", "like"}
    for c in cases:
        for ui, u in enumerate(c["utterances"]):
            ss = [s for s in c["pii"] + c["keep"] if s["utterance"] == ui]
            for w, _ in tokens_outside(u["text"], ss):
                if w and w.lower().strip("'") in name_words:
                    errs.append(f"{c['case_id']}: name word {w!r} outside a span in "
                                f"{u['text']!r}")
    return errs


def counts(cases):
    rows = defaultdict(Counter)
    for c in cases:
        st = c["style"]
        rows["cases"][st] += 1
        rows["utterances"][st] += len(c["utterances"])
        busy = {s["utterance"] for s in c["pii"] + c["keep"]}
        rows["ordinary"][st] += len(c["utterances"]) - len(busy)
        for s in c["pii"]:
            rows["span:" + s["type"]][st] += 1
        for t in set((s["group"], s["type"]) for s in c["pii"]):
            rows["group:" + t[1]][st] += 1
        for s in c["keep"]:
            rows["keep:" + s["kind"]][st] += 1
            rows["keep"][st] += 1
    return rows


def report(rows):
    order = ["cases", "utterances", "ordinary"]
    order += ["span:" + t for t in TYPES.values()]
    order += ["group:" + t for t in TYPES.values()]
    order += ["keep:" + k for k in KINDS.values()] + ["keep"]
    print(f"{'':28s} {'transcript':>10s} {'asr':>6s} {'total':>6s}")
    for k in order:
        r = rows.get(k, Counter())
        print(f"{k:28s} {r['transcript']:>10d} {r['asr']:>6d} {sum(r.values()):>6d}")


def minimum_errors(rows):
    errs = []
    tot = {k: sum(v.values()) for k, v in rows.items()}
    for k, need in MINIMUMS.items():
        have = tot.get(k if k in ("cases", "utterances", "ordinary", "keep") else "span:" + k, 0)
        if have < need:
            errs.append(f"minimum not met: {k} {have} < {need}")
    for kind in KINDS.values():
        if tot.get("keep:" + kind, 0) < 5:
            errs.append(f"too few look-alikes of kind {kind}")
    share = rows["cases"]["transcript"] / max(1, tot["cases"])
    if not 0.4 <= share <= 0.6:
        errs.append(f"transcript share {share:.2f}")
    return errs


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def main(argv):
    cases, metas = build()
    errs = check_all(cases, metas)
    rows = counts(cases)
    errs += minimum_errors(rows)
    again, _ = build()
    if dump(again) != dump(cases):
        errs.append("two builds differ")
    report(rows)
    if errs:
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errs)} problem(s); nothing written", file=sys.stderr)
        return 1
    if "--check" not in argv:
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(dump(cases))
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
