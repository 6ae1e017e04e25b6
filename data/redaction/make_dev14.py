#!/usr/bin/env python3
"""Write data/redaction/dev14.jsonl: written as a tenth held-out set (test10.jsonl), measured once
(issue 14, the figures are in the README), then made a development set.

Hand-written call snippets (home insurance after floods and fires, funeral directors and
probate, airline lost luggage, hospital appointment lines, student loans, letting agents and
landlords, small-business card terminals, older callers giving details slowly and out of
order, plus banking, telecoms, utilities, retail, travel, public services, education).
Each snippet is a function returning turns with inline markup:
  [[TYPE#grp:text]]  pii span (grp ties pieces of one value; renumbered g1, g2, ...)
  [[TYPE:text]]      pii span in a group of its own
  ((kind:text))      look-alike (keep)
Numbers come from random.Random(SEED). Each snippet is written once and rendered in the
case's style (transcript: digits and punctuation; asr: lower case, words, fillers).
Every offset is computed from the clean text and checked; card numbers pass Luhn.

Labelling choices where the README is silent: a sort code is its own ACCOUNT_NUMBER; a
corrected card piece stays in the card's group; UK National Insurance numbers are SSN;
a town said straight after the street is inside ADDRESS; a tracking number that fails
Luhn is an `other` look-alike; a deceased person's date of birth is DOB.

Run:  python data/redaction/make_dev14.py
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 40917326
OUT = Path(__file__).with_name("dev14.jsonl")

ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = ("January February March April May June July August September October "
          "November December").split()
ORD = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
       "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
       "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
       "twenty-seventh twenty-eighth").split()


def two(n, oh=True):
    """0..99 as words ("oh five" for 05)."""
    if n < 10:
        return ("oh " if oh else "") + ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def num_words(n):
    if n < 100:
        return two(n, oh=False)
    h, r = divmod(n, 100)
    return ONES[h] + " hundred" + ("" if r == 0 else " and " + two(r, oh=False))


def luhn_ok(ds):
    tot = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
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


FIRST = """Adaeze Bartholomew Cerys Dmitri Eilidh Farhan Gwendolyn Hamish Ines Jaswinder Kofi
Lowri Mehmet Niamh Oluwaseun Priya Quentin Rashida Stanislav Tomasz Ulrike Vikram Winifred Xiu
Yusra Zoltan Agnieszka Bronwen Chidi Dorothea Emeka Fionnuala Giorgos Hyun-woo Ifeoma Joaquim
Kamala Leopold Maelle Nkechi Ottilie Pradeep Ruairi Saoirse Thandiwe Usman Valentina Wojciech
Yevgenia Zainab Anwen Benedikt Clemency Desmond Esperanza Fergus Grzegorz Hortense Ikechukwu
Jolanta Kwabena Lucinda Malachy Noor Orla Perpetua Reuben Shirin Tadhg Ursula Vasilis Wilhelmina
Aurelio Bogdan Cosima Declan Euphemia Florin Gideon Henrike Ishaan Juniper Kazimierz""".split()
LAST = """Okonkwo Fairweather Llewellyn Szymanski Nakashima Abernethy Oyelaran Castellanos
Mbeki-Jones Pryce Haddad Ferreira Kowalczyk Macaulay Ramaswamy Threlfall Achterberg Ogunleye
Varga Delacroix Quaye Bhattacharya Strachan Iwasaki Donoghue Sokolova Ekwueme Pemberton
Mastrangelo Tiwari Gallacher Hendrikse Osei-Bonsu Rutherford Vasquez Yilmaz Crombie Nwachukwu
Lindqvist Featherstone Agbaje Kaczmarek Pillai Monaghan Tsakiris Whitlock Adeyemi Bergström
Carmichael Dvořák Enright Fitzgibbon Grabowski Hollingworth Iqbal Jankowska Kinsella Lemaire
Moriarty Nairn Oduya Papadakis Quinlan Rahimi Sorensen Trevelyan Urquhart Vanterpool""".split()
WORDNAMES = ["Rose", "Mark", "Grace", "Will", "Hope", "Bill", "Faith", "Jack", "Dawn", "Frank",
             "Joy", "Summer", "Heath", "Victor", "Pearl", "Ivy", "Sterling", "Carol"]
STREETS = ["Ashcombe Road", "Bramley Close", "Cinder Lane", "Dovecote Mews", "Eskdale Avenue",
           "Foundry Street", "Glebe Terrace", "Hawthorn Drive", "Ivel Crescent", "Juniper Walk",
           "Kestrel Way", "Lockside Road", "Millrace Lane", "Nettleham Gardens", "Orchard Rise",
           "Pinfold Street", "Quarry Hill", "Riverside Court", "Saltings Road", "Tanners Row",
           "Underwood Grove", "Vicarage Lane", "Weir Street", "Yew Tree Close", "Alder Bank",
           "Beckside Terrace", "Causeway Road", "Dyke Road", "Embankment Place", "Ferry Lane"]
TOWNS = ["Tewkesbury", "Cockermouth", "Hebden Bridge", "Shrewsbury", "Carlisle", "Todmorden",
         "Bewdley", "Boston", "Selby", "Keswick", "Appleby", "Worcester", "Upton", "Mytholmroyd"]
OUTWARD = ["GL20", "CA13", "HX7", "SY1", "CA2", "OL14", "DY12", "PE21", "YO8", "CA12", "CA16",
           "WR1", "WR8", "HX7", "LS6", "M14", "BS3", "CF24", "NE6", "EH7", "SW9", "B29", "NG7",
           "S11", "L17", "PL4", "EX4", "G41", "YO10", "LE2"]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"
NI_PRE = ["JT", "NY", "SK", "PW", "RE", "HL", "AB", "ZR", "GB"[::-1], "KC", "ME", "TW", "WL"]
DOMAINS = ["btinternet.com", "outlook.com", "gmail.com", "yahoo.co.uk", "icloud.com",
           "hotmail.co.uk", "sky.com", "proton.me", "talktalk.net"]
LET_WORD = {"a": "a", "b": "b", "c": "c", "d": "d", "e": "e", "f": "f", "g": "g", "h": "h",
            "i": "i", "j": "j", "k": "k", "l": "l", "m": "m", "n": "n", "o": "o", "p": "p",
            "q": "q", "r": "r", "s": "s", "t": "t", "u": "u", "v": "v", "w": "w", "x": "x",
            "y": "y", "z": "z"}
NATO = dict(zip("abcdefghijklmnopqrstuvwxyz", """alpha bravo charlie delta echo foxtrot golf
hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor
whiskey x-ray yankee zulu""".split()))
FILLERS = ["um", "uh", "erm", "er", "um yeah", "uh so"]


class S:
    """Per-case renderer: t is True for transcript style."""

    def __init__(self, rng, t, used):
        self.r = rng
        self.t = t
        self.used = used  # name words used anywhere (keeps people distinct)

    def x(self, a, b):
        return a if self.t else b

    def pick(self, seq):
        return self.r.choice(seq)

    # ---- people -------------------------------------------------------
    def person(self):
        for _ in range(1000):
            f, l = self.r.choice(FIRST), self.r.choice(LAST)
            if f not in self.used and l not in self.used:
                self.used.update((f, l))
                return f, l
        f, l = self.r.choice(FIRST), self.r.choice(LAST)
        return f, l

    def wordname(self):
        return self.r.choice(WORDNAMES)

    def spell(self, word, nato=False):
        w = [c for c in word.lower() if c.isalpha()]
        if nato:
            parts = [f"{c} for {NATO[c]}" for c in w]
            return ", ".join(p.upper()[0] + p[1:] for p in parts) if self.t else " ".join(parts)
        return "-".join(c.upper() for c in w) if self.t else " ".join(w)

    # ---- digits -------------------------------------------------------
    def digits(self, n, first_nonzero=True):
        s = str(self.r.randint(1, 9)) if first_nonzero else str(self.r.randint(0, 9))
        return s + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def words(self, ds, mode=None):
        """Render a digit string as spoken digits."""
        mode = mode or self.r.choice(["digit", "digit", "double", "pairs"])
        if mode == "pairs" and len(ds) % 2 == 0 and ds[0] != "0":
            out = []
            for i in range(0, len(ds), 2):
                out.append(two(int(ds[i:i + 2])))
            return " ".join(out)
        zero = self.r.choice(["oh", "zero", "oh"])
        out, i = [], 0
        while i < len(ds):
            d = int(ds[i])
            if mode == "double" and i + 1 < len(ds) and ds[i + 1] == ds[i]:
                if i + 2 < len(ds) and ds[i + 2] == ds[i]:
                    out.append("triple " + (zero if d == 0 else ONES[d]))
                    i += 3
                    continue
                out.append("double " + (zero if d == 0 else ONES[d]))
                i += 2
                continue
            out.append(zero if d == 0 else ONES[d])
            i += 1
        return " ".join(out)

    def say(self, ds, mode=None):
        return ds if self.t else self.words(ds, mode)

    def say_mixed(self, ds):
        """ASR sometimes leaves digits in odd groups."""
        if self.t:
            return ds
        if self.r.random() < 0.3:
            cut = self.r.randint(2, max(2, len(ds) - 2))
            return ds[:cut] + " " + ds[cut:]
        return self.words(ds)

    # ---- cards --------------------------------------------------------
    def card(self, kind=None):
        kind = kind or self.r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if kind == "visa":
            body = "4" + self.digits(14, False)
        elif kind == "mc":
            body = "5" + str(self.r.randint(1, 5)) + self.digits(13, False)
        elif kind == "mc2":
            body = "2" + str(self.r.randint(221, 720)) + self.digits(11, False)
        elif kind == "amex":
            body = "3" + self.r.choice("47") + self.digits(12, False)
        else:
            body = "6011" + self.digits(11, False)
        return luhn_complete(body)

    def cgroups(self, num, pattern=None):
        if pattern is None:
            pattern = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
        out, i = [], 0
        for p in pattern:
            out.append(num[i:i + p])
            i += p
        assert i == len(num)
        return out

    def cp(self, piece, mode=None):
        """Render one card piece."""
        if self.t:
            return piece
        return self.words(piece, mode)

    def card_whole(self, num, sep=" "):
        g = self.cgroups(num)
        if self.t:
            return sep.join(g)
        return " ".join(self.words(x, self.pick(["digit", "double"])) for x in g)

    # ---- expiry / cvv / dob --------------------------------------------
    def exp(self, expired=False):
        m = self.r.randint(1, 12)
        y = self.r.randint(2023, 2025) if expired else self.r.randint(2027, 2032)
        return m, y

    def exp_s(self, m, y):
        if self.t:
            return self.pick([f"{m:02d}/{y % 100:02d}", f"{MONTHS[m-1]} {y}", f"{m:02d}/{y}",
                              f"{MONTHS[m-1][:3]} {y % 100:02d}"])
        return self.pick([f"{two(m)} {two(y % 100)}", f"{MONTHS[m-1].lower()} {two(y % 100, False)}",
                          f"{MONTHS[m-1].lower()} twenty {two(y % 100, False)}",
                          f"{two(m)} slash {two(y % 100)}",
                          f"{ONES[m] if m < 10 else two(m)} {two(y % 100, False)}"])

    def cvv(self, n=3):
        return self.digits(n, False)

    def dob(self, lo=1934, hi=2004):
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def year_w(self, y):
        if y >= 2000:
            return self.pick(["two thousand and " + num_words(y - 2000), "two thousand " + num_words(y - 2000)]) if y < 2010 else "twenty " + two(y - 2000)
        return "nineteen " + two(y % 100, False) if y % 100 >= 10 else "nineteen oh " + ONES[y % 10]

    def dob_s(self, d, form=None):
        y, m, dd = d
        if self.t:
            forms = [f"{dd} {MONTHS[m-1]} {y}", f"{dd:02d}/{m:02d}/{y}", f"{MONTHS[m-1]} {dd}, {y}",
                     f"{dd}.{m}.{str(y)[2:]}", f"{ORD[dd-1].capitalize() if False else str(dd)+self.suf(dd)} of {MONTHS[m-1]} {y}"]
        else:
            forms = [f"{ORD[dd-1].replace('-', ' ')} of {MONTHS[m-1].lower()} {self.year_w(y)}",
                     f"{MONTHS[m-1].lower()} {ORD[dd-1].replace('-', ' ')} {self.year_w(y)}",
                     f"{self.words(f'{dd:02d}', 'digit')} {self.words(f'{m:02d}', 'digit')} {two(y % 100)}",
                     f"{two(dd, False)} {two(m, False)} {self.year_w(y)}",
                     f"the {ORD[dd-1].replace('-', ' ')} {MONTHS[m-1].lower()} {two(y % 100)}"]
        return forms[form] if form is not None else self.pick(forms)

    @staticmethod
    def suf(n):
        return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")

    # ---- ids ----------------------------------------------------------
    def ni(self):
        return (self.pick(NI_PRE), self.digits(6, False), self.pick("ABCD"))

    def ni_s(self, v):
        p, d, s = v
        if self.t:
            return self.pick([f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{p}{d}{s}"])
        return " ".join(p.lower()) + " " + self.words(d) + " " + s.lower()

    def ssn(self):
        a = self.r.randint(1, 665)
        while a == 666:
            a = self.r.randint(1, 665)
        return f"{a:03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}"

    def ssn_s(self, v):
        if self.t:
            return self.pick(["-".join(v), " ".join(v), "".join(v)])
        return " ".join(self.words(x) for x in v)

    def phone(self):
        k = self.r.randint(0, 3)
        if k <= 1:
            return f"07700 900{self.r.randint(0, 999):03d}"
        if k == 2:
            return f"020 7946 0{self.r.randint(0, 999):03d}"
        return f"{self.pick(['0161', '0113', '0117'])} 496 0{self.r.randint(0, 999):03d}"

    def phone_s(self, p):
        if self.t:
            return self.pick([p, p.replace(" ", ""), p]) if not p.startswith("07") else self.pick([p, p[:5] + " " + p[6:9] + " " + p[9:]])
        parts = p.split()
        return " ".join(self.words(x) for x in parts)

    def postcode(self):
        return f"{self.pick(OUTWARD)} {self.r.randint(1, 9)}{self.pick(PC_LET)}{self.pick(PC_LET)}"

    def pc_s(self, p):
        if self.t:
            return p
        out = []
        for c in p.replace(" ", ""):
            out.append(ONES[int(c)] if c.isdigit() else c.lower())
        return " ".join(out)

    def addr(self, flat=False, town=False):
        n = self.r.randint(2, 148)
        st = self.pick(STREETS)
        fl = self.r.randint(1, 12) if flat else None
        tw = self.pick(TOWNS) if town else None
        if self.t:
            s = (f"Flat {fl}, " if fl else "") + f"{n} {st}" + (f", {tw}" if tw else "")
        else:
            s = (f"flat {num_words(fl)} " if fl else "") + self.street_num(n) + " " + st.lower() + (f" {tw.lower()}" if tw else "")
        return s

    def street_num(self, n):
        if n < 100:
            return num_words(n)
        return self.pick([num_words(n), ONES[n // 100] + " " + two(n % 100)])

    def email(self, f, l):
        f2, l2 = f.lower().replace("-", ""), l.lower().replace("-", "").replace("ö", "o").replace("ř", "r").replace("á", "a")
        sh = self.r.randint(0, 4)
        n = str(self.r.randint(1, 99)) if sh in (1, 3) else ""
        local = [f"{f2}.{l2}", f"{f2[0]}{l2}{n}", f"{l2}.{f2}", f"{f2}{n}", f"{f2}_{l2[:4]}"][sh]
        dom = self.pick(DOMAINS)
        if self.t:
            return f"{local}@{dom}"
        loc = local.replace(".", " dot ").replace("_", " underscore ")
        loc = re.sub(r"\d+", lambda m: self.words(m.group()), loc)
        return f"{loc} at {dom.replace('.', ' dot ')}"

    def filler(self):
        return "" if self.t else self.pick(FILLERS) + " "


def A(t):
    return ("agent", t)


def C(t):
    return ("customer", t)


def I(t):
    return ("ivr", t)


def N(v, g=None):
    return f"[[NAME{'#' + g if g else ''}:{v}]]"


def P(typ, v, g=None):
    return f"[[{typ}{'#' + g if g else ''}:{v}]]"


def K(kind, v):
    return f"(({kind}:{v}))"


CO_INS = ["Harrowgate Mutual", "Kingfold Home Cover", "Severnside Insurance", "Brightwater Assure"]
CO_FUN = ["Ashby & Lowe Funeral Directors", "Marchbank Family Funerals", "Tollgate Funeral Care"]
CO_AIR = ["Skylark Airways", "Northjet", "Caledonia Air"]
CO_HOSP = ["St Aldhelm's Hospital", "Wyebridge General", "Castlefield Infirmary"]
CO_LOAN = ["Student Finance Direct", "Learnwell Loans", "the Student Repayments Service"]
CO_LET = ["Keystone Lettings", "Harbour & Finch Property", "Oakbeam Homes"]
CO_TERM = ["TillPoint", "Payzo Merchant Services", "Cobalt Card Services"]
CO_MISC = ["Fenwick Energy", "Lumen Mobile", "Redfern Bank", "Parcelwise", "Thistle Water",
           "Oxley Building Society", "Brackenfield Council", "Marlow College"]


def c_flood(s):
    f, l = s.person()
    ag, _ = s.person()
    co = s.pick(CO_INS)
    pol = s.pick(["HC", "HM", "KF"]) + s.digits(7)
    pol_s = pol if s.t else " ".join(pol[:2].lower()) + " " + s.words(pol[2:])
    pc = s.postcode()
    return [
        A(f"{co} claims, you're through to {N(ag)}. How can I help?"),
        C(f"{s.filler()}Hi, the river came up over the weekend and the whole ground floor's under water."),
        A("I'm so sorry. Is everyone safe?"),
        C("We're fine, we're at my sister's. It's just a mess."),
        A("Can I take the policy number?"),
        C(f"It's {P('ACCOUNT_NUMBER', pol_s)}."),
        A(f"Thank you. And the name on the policy?"),
        C(f"{N(f + ' ' + l)}."),
        A("And the address of the property?"),
        C(f"{P('ADDRESS', s.addr(town=True))}, {P('POSTCODE', s.pc_s(pc))}."),
        A(f"How high did the water get, roughly?"),
        C(f"About {K('quantity', s.x('40 centimetres', 'forty centimetres'))} up the walls. It came in around {K('time', s.x('3 am', 'three in the morning'))}."),
        A(f"Okay. A loss adjuster will call within {K('duration', s.x('48 hours', 'forty eight hours'))}. Please don't throw anything away yet, take photos."),
        C("Even the carpets? They stink."),
        A("Photograph them first, then you can move them outside."),
    ]


def c_fire(s):
    f, l = s.person()
    ag, _ = s.person()
    ref = s.digits(8)
    a, b = ref[:4], ref[4:]
    ph = s.phone()
    return [
        A(f"Hello, {N(ag)} speaking, fire and theft claims."),
        C(f"Hello {N(ag)}. I'm ringing about the kitchen fire, I already have a claim reference."),
        A("Go ahead."),
        C(f"{P('ACCOUNT_NUMBER', s.say(a), 'r')}... hang on, I've got it on the letter... {P('ACCOUNT_NUMBER', s.say(b), 'r')}."),
        A(f"Thanks. Is that {N(f + ' ' + l)}?"),
        C(f"Yes. {N(l)}, that's {N(s.spell(l))}."),
        A(f"The contractor's quote came in at {K('price', s.x('£8,460', 'eight thousand four hundred and sixty pounds'))}. Your excess is {K('price', s.x('£350', 'three hundred and fifty pounds'))}."),
        C("Right. And how long will the work take?"),
        A(f"They estimate {K('duration', s.x('three weeks', 'three weeks'))}. Is {P('PHONE', s.phone_s(ph))} still the best number?"),
        C("That's the one."),
        A("Lovely. You'll get a text when the builders are booked."),
        C("Thank you, you've been very kind."),
    ]


def c_funeral(s):
    f, l = s.person()
    df, _ = s.person()
    ag, _ = s.person()
    d = s.dob(1929, 1950)
    co = s.pick(CO_FUN)
    ph = s.phone()
    return [
        A(f"Good morning, {co}, {N(ag)} speaking."),
        C(f"{s.filler()}Hello. My father passed away on Tuesday and I don't know what to do first."),
        A("I'm very sorry for your loss. Take your time. Can I have your father's full name?"),
        C(f"{N(df + ' ' + l)}."),
        A("And his date of birth, for our records?"),
        C(f"{P('DOB', s.dob_s(d))}. He was {K('other', s.x('91', 'ninety one'))}."),
        A("Thank you. And your name, and a number we can reach you on?"),
        C(f"I'm {N(f)}, his daughter. {P('PHONE', s.phone_s(ph))}."),
        A(f"We have a service slot on {K('date', s.x('Friday 14 March', 'friday the fourteenth of march'))} at {K('time', s.x('11:30', 'half eleven'))}, if that suits the family."),
        C("That should be fine. What does a simple service cost?"),
        A(f"Our simple funeral is {K('price', s.x('£3,195', 'three thousand one hundred and ninety five pounds'))}, which includes {K('count', s.x('one', 'one'))} limousine."),
        C("Okay. I'll talk to my brother tonight."),
        A("Of course. There's no rush at all."),
    ]


def c_probate(s):
    f, l = s.person()
    df, _ = s.person()
    acc = s.digits(8)
    sc = s.digits(6)
    sc_s = f"{sc[:2]}-{sc[2:4]}-{sc[4:]}" if s.t else s.words(sc, "pairs")
    ni = s.ni()
    d = s.dob(1931, 1955)
    return [
        A("Bereavement team, how can I help today?"),
        C(f"I'm the executor for my mother's estate. She banked with you for {K('duration', s.x('40 years', 'forty years'))}."),
        A("I'm sorry to hear that. What was her name?"),
        C(f"{N(df + ' ' + l)}."),
        A("Do you have her account number and sort code?"),
        C(f"Account {P('ACCOUNT_NUMBER', s.say(acc))}, sort code {P('ACCOUNT_NUMBER', sc_s)}."),
        A("And her date of birth?"),
        C(f"{P('DOB', s.dob_s(d))}."),
        A("Do you have her National Insurance number? It helps us match the records."),
        C(f"{s.filler()}It's on the pension letter... {P('SSN', s.ni_s(ni))}."),
        A(f"Thank you. And you are?"),
        C(f"{N(f + ' ' + l)}. I've got the grant of probate from {s.x('', 'the ')}{K('date', s.x('2 June', 'second of june'))}."),
        A(f"Please send a certified copy. We aim to release funds within {K('duration', s.x('10 working days', 'ten working days'))}."),
        C("Okay, I'll post it tomorrow."),
    ]


def c_luggage(s):
    f, l = s.person()
    ag, _ = s.person()
    st = s.pick(["MAN", "EDI", "BHX", "GLA", "LHR"])
    al = s.pick(["SK", "NJ", "CA"])
    ref = st + al + s.digits(5)
    ref_s = ref if s.t else " ".join(ref[:5].lower()) + " " + s.words(ref[5:])
    fl = s.pick(["SK", "NJ", "CA"]) + " " + str(s.r.randint(100, 989))
    fl_s = fl if s.t else " ".join(fl[:2].lower()) + " " + s.words(fl[3:], "digit")
    em = s.email(f, l)
    pc = s.postcode()
    return [
        A(f"{s.pick(CO_AIR)} baggage services, {N(ag)} here."),
        C(f"{s.filler()}Hi, my suitcase never arrived, I was on {K('flight_number', fl_s)} last night."),
        A("I'm sorry about that. Did you fill in a report at the airport?"),
        C(f"Yes, the file reference is {P('ACCOUNT_NUMBER', ref_s)}."),
        A(f"Thanks. I can see {K('count', s.x('two', 'two'))} bags checked and one delivered. Can you confirm your surname?"),
        C(f"{N(l)}."),
        A("What does the missing bag look like?"),
        C(f"Navy hard case, about {K('quantity', s.x('23 kilos', 'twenty three kilos'))}, with a yellow strap."),
        A("And where should we deliver it once it's traced?"),
        C(f"{P('ADDRESS', s.addr(flat=s.r.random() < 0.5))}, {P('POSTCODE', s.pc_s(pc))}."),
        A("And an email for updates?"),
        C(f"{P('EMAIL', em)}."),
        A(f"Got it. Most bags are found within {K('duration', s.x('72 hours', 'seventy two hours'))}. You can claim up to {K('price', s.x('£50', 'fifty pounds'))} a day for essentials."),
        C("Brilliant, thank you."),
    ]


def c_hospital(s):
    f, l = s.person()
    ag, _ = s.person()
    d = s.dob(1940, 1999)
    hn = s.pick(["K", "R", "W"]) + s.digits(7)
    hn_s = hn if s.t else hn[0].lower() + " " + s.words(hn[1:])
    return [
        I(f"Welcome to the {s.pick(CO_HOSP)} appointments line. Calls may be recorded."),
        A(f"Appointments, {N(ag)} speaking."),
        C(f"{s.filler()}Hi, I've had a letter for the fracture clinic but I can't make it."),
        A("No problem. Can I take your full name and date of birth?"),
        C(f"{N(f + ' ' + l)}, {P('DOB', s.dob_s(d))}."),
        A("Have you got your hospital number? It's at the top of the letter."),
        C(f"{P('ACCOUNT_NUMBER', hn_s)}."),
        A(f"Thank you. You were booked for {K('date', s.x('Wednesday 9 April', 'wednesday the ninth of april'))} at {K('time', s.x('2:40 pm', 'two forty pm'))}."),
        C("That's the one. I'm at work."),
        A(f"I can offer the {K('date', s.x('16th', 'sixteenth'))} in the morning, clinic {K('other', s.x('4B', 'four b'))}."),
        C("Yes please."),
        A(f"Done. Please arrive {K('duration', s.x('15 minutes', 'fifteen minutes'))} early."),
        C("Will do. Thanks."),
    ]


def c_card_slow(s):
    """Older caller, card over several turns, correction, expiry, CVV."""
    f, l = s.person()
    ag, _ = s.person()
    num = s.card(s.pick(["visa", "mc", "mc2", "disc"]))
    g = s.cgroups(num)
    wrong = str((int(g[2][-1]) + 3) % 10)
    m, y = s.exp()
    cv = s.cvv()
    return [
        A(f"{s.pick(CO_FUN + CO_MISC)}, payments, {N(ag)} speaking."),
        C(f"{s.filler()}Hello dear, I want to pay the bill but you'll have to be patient, my eyes aren't what they were."),
        A("Of course, take all the time you need. The long number on the front when you're ready."),
        C(f"{P('CARD_NUMBER', s.cp(g[0]), 'c')}."),
        A("Mm-hmm."),
        C(f"Then {P('CARD_NUMBER', s.cp(g[1]), 'c')}... wait, let me get my magnifier..."),
        A("No rush."),
        C(f"{P('CARD_NUMBER', s.cp(g[2][:3] + wrong), 'c')}, no sorry, that last bit was {P('CARD_NUMBER', s.cp(g[2]), 'c')}, and then {P('CARD_NUMBER', s.cp(g[3]), 'c')}."),
        A(f"Let me read that back: {P('CARD_NUMBER', s.card_whole(num), 'rb')}."),
        C("That's right."),
        A("And the expiry date?"),
        C(f"{P('EXPIRY', s.exp_s(m, y))}."),
        A("And the three digits on the back?"),
        C(f"{P('CVV', s.say(cv))}."),
        A(f"Thank you, {s.x('Mrs ', 'mrs ') + N(l)}. That's {K('price', s.x('£84.20', 'eighty four pounds twenty'))} taken today."),
        C("Lovely. You've been very patient with me."),
    ]


def c_amex(s):
    f, l = s.person()
    ag, _ = s.person()
    num = s.card("amex")
    g = s.cgroups(num)
    m, y = s.exp()
    cv = s.cvv(4)
    return [
        A(f"Thanks for holding, it's {N(ag)}. I can take that deposit now."),
        C(f"Great. It's an Amex: {P('CARD_NUMBER', s.cp(g[0]), 'c')}."),
        A("Okay, go on."),
        C(f"{P('CARD_NUMBER', s.cp(g[1]), 'c')}, then {P('CARD_NUMBER', s.cp(g[2]), 'c')}."),
        A(f"So {P('CARD_NUMBER', s.card_whole(num), 'rb')}?"),
        C(f"Yes. Expires {P('EXPIRY', s.exp_s(m, y))}, and the code on the front is {P('CVV', s.say(cv))}."),
        A(f"And the cardholder name exactly as shown?"),
        C(f"{N(f + ' ' + l)}."),
        A(f"Perfect. The holding deposit is {K('price', s.x('£450', 'four hundred and fifty pounds'))}, refundable within {K('duration', s.x('14 days', 'fourteen days'))}."),
        C("Understood."),
    ]


def c_card_pairs(s):
    f, l = s.person()
    ag, _ = s.person()
    num = s.card(s.pick(["visa", "mc"]))
    g = s.cgroups(num)
    acc = s.digits(10)
    m, y = s.exp()
    cv = s.cvv()
    return [
        A(f"Hi, {N(ag)} at {s.pick(CO_MISC)}. What can I do for you?"),
        C(f"{s.filler()}I want to clear the arrears, it's {P('ACCOUNT_NUMBER', s.say_mixed(acc))}."),
        A(f"Thanks, that's {N(f + ' ' + l)}?"),
        C("Yeah."),
        A(f"The balance is {K('price', s.x('£212.63', 'two hundred and twelve pounds sixty three'))}. Card number please."),
        C(f"{P('CARD_NUMBER', s.cp(g[0] + g[1], 'pairs'), 'c')} {s.x('—', 'um')} {P('CARD_NUMBER', s.cp(g[2] + g[3], 'pairs'), 'c')}."),
        A("And the expiry?"),
        C(f"{P('EXPIRY', s.exp_s(m, y))}."),
        A("Security number?"),
        C(f"{P('CVV', s.say(cv))}."),
        A(f"That's gone through. You'll get a receipt in about {K('duration', s.x('ten minutes', 'ten minutes'))}."),
        C("Cheers."),
    ]


def c_terminal(s):
    f, l = s.person()
    ag, _ = s.person()
    mid = s.digits(9)
    model = s.pick(["PX-920", "Move 5000", "T650p", "A80"])
    return [
        A(f"{s.pick(CO_TERM)} merchant support, {N(ag)} speaking."),
        C(f"{s.filler()}Hiya, my card machine keeps saying declined on everything since lunchtime."),
        A("I can help. What's your merchant ID?"),
        C(f"{P('ACCOUNT_NUMBER', s.say_mixed(mid[:5]), 'm')}, hang on, {P('ACCOUNT_NUMBER', s.say(mid[5:]), 'm')}."),
        A("And the business owner's name?"),
        C(f"{N(f + ' ' + l)}, the café on the corner."),
        A(f"Which terminal is it, the {K('model_number', s.x(model, model.lower().replace('-', ' ')))}?"),
        C("That's it."),
        A(f"How many transactions have failed today?"),
        C(f"About {K('count', s.x('12', 'twelve'))}. I've had {K('count', s.x('three', 'three'))} customers walk out."),
        A(f"Hold the green button for {K('duration', s.x('ten seconds', 'ten seconds'))} and let it restart."),
        C("Okay... it's doing something."),
        A(f"Your fee is still {K('percentage', s.x('1.4%', 'one point four percent'))} per transaction, nothing's changed on the account."),
        C("Right, it's working now. Thank you!"),
    ]


def c_student(s):
    f, l = s.person()
    ag, _ = s.person()
    cref = s.digits(11)
    ni = s.ni()
    em = s.email(f, l)
    return [
        A(f"{s.pick(CO_LOAN)}, you're speaking to {N(ag)}."),
        C(f"{s.filler()}Hi, I think I've been overpaying, I earn under the threshold now."),
        A("Let's check. Customer reference number?"),
        C(f"{P('ACCOUNT_NUMBER', s.say(cref[:6]), 'r')}... {P('ACCOUNT_NUMBER', s.say(cref[6:]), 'r')}."),
        A("And your National Insurance number?"),
        C(f"{P('SSN', s.ni_s(ni))}."),
        A(f"Thanks {N(f)}. You started in {K('year', s.x('2016', 'twenty sixteen'))}, on the older plan, interest at {K('percentage', s.x('7.3%', 'seven point three percent'))}."),
        C("That sounds right."),
        A("Is your email still the same for the refund form?"),
        C(f"It's changed actually, it's {P('EMAIL', em)}."),
        A(f"Updated. The refund usually takes {K('duration', s.x('four to six weeks', 'four to six weeks'))}."),
        C("Great, thanks for sorting it."),
    ]


def c_letting(s):
    f, l = s.person()
    ag, _ = s.person()
    eng, el = s.person()
    tref = s.pick(["KL", "HF", "OB"]) + s.digits(5)
    tref_s = tref if s.t else " ".join(tref[:2].lower()) + " " + s.words(tref[2:])
    pc = s.postcode()
    ph = s.phone()
    return [
        A(f"{s.pick(CO_LET)}, maintenance, {N(ag)} here."),
        C(f"{s.filler()}Hi, the boiler's broken again, we've had no hot water for {K('duration', s.x('four days', 'four days'))}."),
        A("Oh no. What's the property?"),
        C(f"{P('ADDRESS', s.addr(flat=True))}, {P('POSTCODE', s.pc_s(pc))}."),
        A("And your tenancy reference?"),
        C(f"{P('ACCOUNT_NUMBER', tref_s)}."),
        A(f"Thanks. And you are {N(f + ' ' + l)}?"),
        C(f"Yes. Last time {N(eng + ' ' + el)} came out, he said the part was on order."),
        A(f"I can see that. The part arrived on {K('date', s.x('28 February', 'the twenty eighth of february'))}. I'll send {N(eng)} back."),
        C("When?"),
        A(f"Tomorrow between {K('time', s.x('8 am', 'eight am'))} and {K('time', s.x('1 pm', 'one pm'))}. Best number?"),
        C(f"{P('PHONE', s.phone_s(ph))}."),
        A(f"And I'll note the rent of {K('price', s.x('£925', 'nine hundred and twenty five pounds'))} a month, you may be due a reduction."),
        C("That would help. Thanks."),
    ]


def c_landlord(s):
    f, l = s.person()
    nb = s.wordname()
    ag, _ = s.person()
    ph = s.phone()
    return [
        A(f"Housing repairs, {N(ag)} speaking."),
        C(f"{s.filler()}Hi {N(ag)}, I'm calling about the leak from upstairs."),
        A("Are you the tenant?"),
        C(f"Yes, {N(f + ' ' + l)}. My neighbour {N(nb)} says it's coming through her ceiling too."),
        A(f"Is that {N(nb)} in the flat above?"),
        C("No, next door. The flat above is empty."),
        A("How long has it been leaking?"),
        C(f"Since about {K('time', s.x('6 o’clock', 'six o clock'))} yesterday. There are {K('count', s.x('two', 'two'))} buckets under it."),
        A(f"I'll raise an emergency job, someone within {K('duration', s.x('24 hours', 'twenty four hours'))}. Can they call you?"),
        C(f"Yes, on {P('PHONE', s.phone_s(ph))}."),
        A("Can I read that back?"),
        C("Go on."),
        A(f"{P('PHONE', s.phone_s(ph))}."),
        C("Perfect."),
        A("Don't use the light switches near the water."),
        C("I won't."),
    ]


def c_older(s):
    """Older caller gives details slowly and out of order."""
    f, l = s.person()
    ag, _ = s.person()
    d = s.dob(1933, 1948)
    pc = s.postcode()
    ph = s.phone()
    son = s.wordname()
    acc = s.digits(8)
    return [
        A(f"Good afternoon, {s.pick(CO_MISC)}, {N(ag)} speaking."),
        C(f"{s.filler()}Hello, is that the gas people? My son {N(son)} usually does this."),
        A("It is. I can help. Can I take your name?"),
        C(f"It's {s.x('Mrs ', 'mrs ')}{N(l)}. Oh, and I was born on {P('DOB', s.dob_s(d))}, they always ask that."),
        A("Thank you. And your first name?"),
        C(f"{N(f)}. The postcode is {P('POSTCODE', s.pc_s(pc))}, do you need that?"),
        A("That's helpful. And the first line of the address?"),
        C(f"{P('ADDRESS', s.addr())}. I've lived here since {K('year', s.x('1971', 'nineteen seventy one'))}."),
        A("Lovely. Do you have the account number?"),
        C(f"Let me find my glasses... {P('ACCOUNT_NUMBER', s.say(acc[:4]), 'a')}... is that a three or an eight... {P('ACCOUNT_NUMBER', s.say(acc[4:]), 'a')}."),
        A(f"That matches. What's the problem today?"),
        C(f"The bill says {K('price', s.x('£312', 'three hundred and twelve pounds'))} and I've only got {K('count', s.x('two', 'two'))} radiators on."),
        A("Let me check the meter readings for you."),
        C(f"And you can ring my son on {P('PHONE', s.phone_s(ph))} if it's complicated."),
        A("I'll make a note. It looks like an estimated reading, I'll correct it."),
        C("Oh thank goodness."),
    ]


def c_ivr(s):
    num = s.card(s.pick(["visa", "mc", "mc2"]))
    g = s.cgroups(num)
    m, y = s.exp()
    cv = s.cvv()
    acc = s.digits(9)
    return [
        I("Welcome to automated payments. Please say or key your account number."),
        C(f"{P('ACCOUNT_NUMBER', s.say(acc))}"),
        I(f"Thank you. You are paying {K('price', s.x('£56.00', 'fifty six pounds'))}. Please say your card number."),
        C(f"{P('CARD_NUMBER', s.cp(g[0]), 'c')} {P('CARD_NUMBER', s.cp(g[1]), 'c')}"),
        I("Please continue."),
        C(f"{P('CARD_NUMBER', s.cp(g[2]), 'c')} {s.x('...', 'uh')} {P('CARD_NUMBER', s.cp(g[3]), 'c')}"),
        I(f"You said {P('CARD_NUMBER', s.card_whole(num), 'rb')}. Is that correct?"),
        C("Yes"),
        I("Please say the expiry date."),
        C(f"{P('EXPIRY', s.exp_s(m, y))}"),
        I("And the three digit security code."),
        C(f"{P('CVV', s.say(cv))}"),
        I(f"Payment accepted. Your reference will be sent by text within {K('duration', s.x('five minutes', 'five minutes'))}."),
    ]


def c_us_loan(s):
    f, l = s.person()
    ag, _ = s.person()
    ss = s.ssn()
    d = s.dob(1985, 2004)
    zp = f"{s.r.randint(10000, 99899):05d}"
    return [
        A(f"Thanks for calling about your federal student loans, this is {N(ag)}."),
        C(f"{s.filler()}Hi {N(ag)}, I need to get on an income-driven plan, I lost my job."),
        A("I'm sorry. To verify, your Social Security number?"),
        C(f"{P('SSN', s.ssn_s(ss))}."),
        A("And date of birth?"),
        C(f"{P('DOB', s.dob_s(d))}."),
        A(f"Thank you, {N(f)}. And the ZIP code on file?"),
        C(f"{P('POSTCODE', s.say(zp))}."),
        A(f"Okay. Your current payment is {K('price', s.x('$387', 'three eighty seven'))} a month on a {K('duration', s.x('10-year', 'ten year'))} plan."),
        C("There's no way I can pay that now."),
        A(f"With zero income it could drop to {K('price', s.x('$0', 'zero dollars'))}. I'll need the last four of your social again for the form: {P('SSN', s.say(ss[2]))}, correct?"),
        C("Yes."),
        A(f"Great. The change takes about {K('duration', s.x('30 days', 'thirty days'))}."),
    ]


def c_telecom(s):
    f, l = s.person()
    ag, _ = s.person()
    acc = s.digits(9)
    ph = s.phone()
    em = s.email(f, l)
    model = s.pick(["Galaxy A54", "Pixel 8a", "Moto G84"])
    return [
        A(f"{s.pick(['Lumen Mobile', 'Corvid Telecom', 'Brightline Broadband'])}, {N(ag)} here, who am I speaking with?"),
        C(f"{N(f + ' ' + l)}. {P('ACCOUNT_NUMBER', s.say_mixed(acc))}."),
        A("Thanks, you've got your account number ready. What's up?"),
        C(f"{s.filler()}My {K('model_number', s.x(model, model.lower()))} won't connect since the update."),
        A("Is it the number ending on this account, the mobile?"),
        C(f"Yeah, {P('PHONE', s.phone_s(ph))}."),
        A(f"There's a mast outage, fixed by {K('time', s.x('6 pm', 'six pm'))}. I can add {K('quantity', s.x('10GB', 'ten gig'))} of data as a goodwill gesture."),
        C("That'd be nice."),
        A("Shall I email the confirmation?"),
        C(f"To {P('EMAIL', em)}, yeah."),
        A(f"Done. Anything else, {N(f)}?"),
        C("No, that's all."),
    ]


def c_retail(s):
    f, l = s.person()
    ag, _ = s.person()
    order = s.pick(["WX", "QT", "RB"]) + "-" + s.digits(6)
    order_s = order if s.t else " ".join(order[:2].lower()) + " " + s.words(order[3:])
    trk = s.digits(16)
    while luhn_ok(trk):
        trk = s.digits(16)
    trk_s = " ".join(trk[i:i + 4] for i in range(0, 16, 4)) if s.t else s.words(trk, "digit")
    em = s.email(f, l)
    return [
        A(f"Online orders, {N(ag)} speaking."),
        C(f"{s.filler()}Hi, my order {P('ACCOUNT_NUMBER', order_s)} says delivered but it isn't here."),
        A("Let me look. Name on the order?"),
        C(f"{N(f + ' ' + l)}."),
        A(f"I see {K('quantity', s.x('3', 'three'))} items, a garden bench at {K('price', s.x('£149.99', 'a hundred and forty nine ninety nine'))}. The courier tracking number is {K('other', trk_s)}."),
        C(f"My neighbour {N(s.person()[0])} hasn't got it either."),
        A(f"I'll open an investigation, it takes {K('duration', s.x('48 hours', 'forty eight hours'))}. Confirm your email?"),
        C(f"{P('EMAIL', em)}."),
        A(f"Thanks. That's {P('EMAIL', em)}, right?"),
        C("Yep."),
    ]


def c_council(s):
    f, l = s.person()
    ag, _ = s.person()
    acc = s.digits(8)
    pc = s.postcode()
    return [
        A(f"{s.pick(['Brackenfield Council', 'Lowmoor District Council'])} council tax, {N(ag)} speaking."),
        C(f"{s.filler()}Hi, I live on my own now, I should get the single person discount."),
        A("You should. Your account reference?"),
        C(f"{P('ACCOUNT_NUMBER', s.say(acc))}."),
        A("And the property address?"),
        C(f"{P('ADDRESS', s.addr(town=s.r.random() < 0.5))}, {P('POSTCODE', s.pc_s(pc))}."),
        A(f"And your name is {N(f + ' ' + l)}?"),
        C("That's right."),
        A(f"The discount is {K('percentage', s.x('25%', 'twenty five percent'))}, backdated to {K('date', s.x('1 April', 'the first of april'))}."),
        C("Does that change the direct debit?"),
        A(f"Yes, it drops to {K('price', s.x('£118', 'a hundred and eighteen pounds'))} over {K('duration', s.x('ten months', 'ten months'))}."),
        C("Brilliant, thanks."),
    ]


def c_fraud(s):
    f, l = s.person()
    ag, _ = s.person()
    num = s.card(s.pick(["visa", "mc"]))
    d = s.dob(1950, 2000)
    ph = s.phone()
    return [
        A(f"{s.pick(['Redfern Bank', 'Oxley Building Society'])} fraud team, {N(ag)} speaking."),
        C(f"{s.filler()}There are payments on my card I didn't make."),
        A("Let's stop the card first. Can I have the card number?"),
        C(f"{P('CARD_NUMBER', s.card_whole(num), 'c')}."),
        A("And your date of birth?"),
        C(f"{P('DOB', s.dob_s(d))}."),
        A(f"Thank you, {N(f + ' ' + l)}. I can see {K('count', s.x('four', 'four'))} payments in Lisbon, the largest {K('price', s.x('€640', 'six hundred and forty euros'))}."),
        C("I've never been to Portugal!"),
        A(f"I've blocked the card. A new one arrives in {K('duration', s.x('three to five days', 'three to five days'))}. Is {P('PHONE', s.phone_s(ph))} your number?"),
        C("Yes."),
        A("We'll text you there if anything else comes up."),
    ]


def c_travel(s):
    f, l = s.person()
    ag, _ = s.person()
    pnr = "".join(s.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    while sum(ch.isdigit() for ch in pnr) == 0:
        pnr = "".join(s.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    pnr_s = pnr if s.t else " ".join(ONES[int(ch)] if ch.isdigit() else ch.lower() for ch in pnr)
    num = s.card(s.pick(["visa", "mc2", "disc"]))
    digits = num
    m, y = s.exp()
    om, oy = s.exp(expired=True)
    cv = s.cvv()
    return [
        A(f"{s.pick(CO_AIR)} reservations, {N(ag)} speaking."),
        C(f"{s.filler()}Hi, I need to move my flight home, my aunt's in hospital. Booking reference {P('ACCOUNT_NUMBER', pnr_s)}."),
        A(f"Sorry to hear that. Is that {N(f + ' ' + l)}, flying {K('date', s.x('22 May', 'the twenty second of may'))}?"),
        C("Yes."),
        A(f"I can put you on the {K('time', s.x('07:15', 'seven fifteen'))} on {K('date', s.x('Sunday', 'sunday'))}. The change fee is {K('price', s.x('£65', 'sixty five pounds'))}."),
        C(f"Fine. My card's {P('CARD_NUMBER', s.cp(digits[:8], 'digit'), 'c')}..."),
        A("Mm-hmm."),
        C(f"{P('CARD_NUMBER', s.cp(digits[8:], 'digit'), 'c')}."),
        A("Expiry?"),
        C(f"{s.filler()}Oh, this one ran out {P('EXPIRY', s.exp_s(om, oy))}. Use the new one, same number, it says {P('EXPIRY', s.exp_s(m, y))}."),
        A("And the CVV?"),
        C(f"{P('CVV', s.say(cv))}."),
        A(f"Done. You're in seat {K('other', s.x('14C', 'fourteen c'))}. Safe travels, {N(f)}."),
    ]


def c_excess(s):
    f, l = s.person()
    ag, _ = s.person()
    num = s.card(s.pick(["mc", "visa"]))
    g = s.cgroups(num, [4, 4, 4, 4])
    m, y = s.exp()
    cv = s.cvv()
    clm = s.digits(9)
    return [
        A(f"Hello, it's {N(ag)} from {s.pick(CO_INS)}. I'm calling about the excess on your storm damage claim."),
        C(f"{s.filler()}Oh yes, the roof tiles. Claim {P('ACCOUNT_NUMBER', s.say(clm))}, isn't it?"),
        A(f"That's it. The excess is {K('price', s.x('£250', 'two hundred and fifty pounds'))}. Can you pay by card today?"),
        C(f"Yes. {P('CARD_NUMBER', s.cp(g[0]), 'c')} {P('CARD_NUMBER', s.cp(g[1]), 'c')}... sorry, the dog... {P('CARD_NUMBER', s.cp(g[2]), 'c')} {P('CARD_NUMBER', s.cp(g[3]), 'c')}."),
        A("Thank you. Security code on the back and the expiry, please."),
        C(f"Security code {P('CVV', s.say(cv))}, and it runs out {P('EXPIRY', s.exp_s(m, y))}."),
        A(f"And the name on the card?"),
        C(f"{N(f)}, {s.x('', '')}{N(s.spell(l, nato=True))}."),
        A(f"Lovely. The roofer, {N(s.person()[0])}, will be there {K('date', s.x('Thursday', 'thursday'))}, weather permitting."),
        C("Thank goodness, there's a tarp on it at the moment."),
    ]


TEMPLATES = [c_flood, c_fire, c_funeral, c_probate, c_luggage, c_hospital, c_card_slow, c_amex,
             c_card_pairs, c_terminal, c_student, c_letting, c_landlord, c_older, c_ivr,
             c_us_loan, c_telecom, c_retail, c_council, c_fraud, c_travel, c_excess]
PER_TEMPLATE = 4

MARK = re.compile(r"\[\[([A-Z_]+)(?:#(\w+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration", "percentage",
         "model_number", "count", "other"]
WORD_D = {w: i for i, w in enumerate(ONES)}
WORD_D["oh"] = 0
TEEN_D = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_D = {w: i for i, w in enumerate(TENS) if w != "_"}


def asr_plain(t):
    t = t.lower().replace("...", " ").replace("—", " ")
    t = re.sub(r"[,.?!;:]", "", t)
    return re.sub(r" +", " ", t)


def to_digits(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, i, mult = [], 0, 1
    while i < len(toks):
        w = toks[i]
        if w.isdigit():
            out.append(w * 1)
        elif w in ("double", "triple"):
            mult = 2 if w == "double" else 3
            i += 1
            continue
        elif w in WORD_D:
            out.append(str(WORD_D[w]) * mult)
        elif w in TEEN_D:
            out.append(str(TEEN_D[w]))
        elif w in TENS_D:
            if i + 1 < len(toks) and toks[i + 1] in WORD_D and toks[i + 1] not in ("zero", "oh"):
                out.append(f"{TENS_D[w]}{WORD_D[toks[i + 1]]}")
                i += 1
            else:
                out.append(f"{TENS_D[w]}0")
        mult = 1
        i += 1
    return "".join(out)


def render(turns, t):
    utts, pii, keep = [], [], []
    gmap = {}
    for ui, (spk, raw) in enumerate(turns):
        text = ""
        pos = 0
        for m in MARK.finditer(raw):
            plain = raw[pos:m.start()]
            text += plain if t else asr_plain(plain)
            if not t:
                text = re.sub(r" +", " ", text)
            if m.group(1):
                val = m.group(3) if t else m.group(3).lower()
                st = len(text)
                text += val
                g = m.group(2)
                key = g if g else f"_{len(gmap)}_{ui}_{st}"
                if key not in gmap:
                    gmap[key] = f"g{len(gmap) + 1}"
                pii.append({"utterance": ui, "start": st, "end": st + len(val),
                            "type": m.group(1), "group": gmap[key], "_v": val})
            else:
                val = m.group(5) if t else m.group(5).lower()
                st = len(text)
                text += val
                keep.append({"utterance": ui, "start": st, "end": st + len(val),
                             "kind": m.group(4), "_v": val})
            pos = m.end()
        tail = raw[pos:]
        text += tail if t else asr_plain(tail)
        if not t:
            text = re.sub(r" +", " ", text)
        lead = len(text) - len(text.lstrip())
        assert lead == 0, (raw, text)
        text = text.rstrip()
        utts.append({"speaker": spk, "text": text})
    return utts, pii, keep


def check(case):
    errs = []
    utts = case["utterances"]
    by_u = {}
    for sp in case["pii"] + case["keep"]:
        txt = utts[sp["utterance"]]["text"]
        if not (0 <= sp["start"] < sp["end"] <= len(txt)):
            errs.append(f"bounds {sp}")
            continue
        v = txt[sp["start"]:sp["end"]]
        if v != sp["_v"] or v != v.strip() or not v:
            errs.append(f"value {sp} {v!r}")
        if sp["start"] > 0 and txt[sp["start"] - 1].isalnum():
            errs.append(f"starts inside word {v!r}")
        if sp["end"] < len(txt) and txt[sp["end"]].isalnum():
            errs.append(f"ends inside word {v!r}")
        by_u.setdefault(sp["utterance"], []).append(sp)
    for u, sps in by_u.items():
        sps.sort(key=lambda x: x["start"])
        for a, b in zip(sps, sps[1:]):
            if b["start"] < a["end"]:
                errs.append(f"overlap {a} {b}")
    groups = {}
    for sp in case["pii"]:
        assert sp["type"] in PII_TYPES
        if sp["type"] == "CARD_NUMBER":
            groups.setdefault(sp["group"], []).append(sp)
    for g, sps in groups.items():
        ds = "".join(to_digits(s["_v"]) for s in sps)
        # a corrected piece stays in the group: drop the superseded piece
        if len(ds) not in (15, 16) or not luhn_ok(ds):
            ok = False
            for i in range(len(sps)):
                d2 = "".join(to_digits(s["_v"]) for j, s in enumerate(sps) if j != i)
                if len(d2) in (15, 16) and luhn_ok(d2):
                    ok = True
            if not ok:
                errs.append(f"card luhn {g} {ds}")
    for k in case["keep"]:
        assert k["kind"] in KINDS
        d = to_digits(k["_v"]) if case["style"] == "asr" else re.sub(r"\D", "", k["_v"])
        if 13 <= len(d) <= 19 and luhn_ok(d):
            errs.append("look-alike passes luhn")
    if case["style"] == "transcript":
        for ui, u in enumerate(utts):
            cov = [False] * len(u["text"])
            for sp in by_u.get(ui, []):
                for i in range(sp["start"], sp["end"]):
                    cov[i] = True
            for i, ch in enumerate(u["text"]):
                if ch.isdigit() and not cov[i]:
                    errs.append(f"digit outside span: {u['text']!r}")
                    break
    else:
        for u in utts:
            if u["text"] != u["text"].lower():
                errs.append(f"capital in asr {u['text']!r}")
    return errs


def build():
    rng = random.Random(SEED)
    used = set()
    cases = []
    n = 0
    for k in range(PER_TEMPLATE):
        for ti, tpl in enumerate(TEMPLATES):
            t = (ti + k) % 2 == 0
            s = S(rng, t, used)
            turns = tpl(s)
            # keep snippets short: end some calls before the closing pleasantries
            for _ in range(2 if k % 2 else 1):
                if len(turns) > 8 and not MARK.search(turns[-1][1]):
                    turns = turns[:-1]
            utts, pii, keep = render(turns, t)
            n += 1
            cases.append({"case_id": f"t10-{n:03d}", "style": "transcript" if t else "asr",
                          "utterances": utts, "pii": pii, "keep": keep})
    return cases


MIN = {"CARD_NUMBER": 40, "CVV": 20, "EXPIRY": 20, "SSN": 15, "PHONE": 25, "EMAIL": 20,
       "DOB": 20, "ADDRESS": 20, "POSTCODE": 20, "ACCOUNT_NUMBER": 55, "NAME": 80}


def main():
    cases = build()
    errs = []
    for c in cases:
        errs += [f"{c['case_id']}: {e}" for e in check(c)]
    nutt = sum(len(c["utterances"]) for c in cases)
    pc = {t: 0 for t in PII_TYPES}
    kc = {k: 0 for k in KINDS}
    ordinary = 0
    for c in cases:
        for p in c["pii"]:
            pc[p["type"]] += 1
        for k in c["keep"]:
            kc[k["kind"]] += 1
        marked = {x["utterance"] for x in c["pii"] + c["keep"]}
        ordinary += sum(1 for i in range(len(c["utterances"])) if i not in marked)
    for t, m in MIN.items():
        if pc[t] < m:
            errs.append(f"too few {t}: {pc[t]} < {m}")
    if len(cases) < 80 or nutt < 420 or sum(kc.values()) < 180 or ordinary < 100:
        errs.append("minimum sizes not met")
    if any(v == 0 for v in kc.values()):
        errs.append(f"a keep kind is missing: {kc}")
    if errs:
        print("\n".join(errs[:40]), file=sys.stderr)
        sys.exit(1)
    lines = []
    for c in cases:
        for sp in c["pii"] + c["keep"]:
            del sp["_v"]
        lines.append(json.dumps(c, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    styles = {"transcript": 0, "asr": 0}
    for c in cases:
        styles[c["style"]] += 1
    print(f"{OUT.name}: {len(cases)} cases ({styles}), {nutt} utterances, {ordinary} ordinary")
    print("pii spans:", pc)
    print("keep:", kc, "total", sum(kc.values()))


if __name__ == "__main__":
    main()
