#!/usr/bin/env python3
"""Write data/redaction/dev16.jsonl: written as a twelfth held-out set (test12.jsonl), measured
once (issue 14, the figures are in the README), then made a development set.

Written fresh from the README's format and span conventions only; no other set, generator or
redactor code was opened. Conversations are hand-written below with inline markup:
[[TYPE:text]] / [[TYPE#grp:text]] for pii ([[C#g!:...]] marks a card piece the caller then
corrects: labelled, kept in the card's group, left out of the Luhn check) and ((kind:text)) for
look-alikes. Numbers come from random.Random(SEED) and are rendered by the helpers below.
Offsets are computed from the clean text; the script checks every span and exits 1 (writing
nothing) if a check fails.

Labelling choices where the README is silent (as earlier labellers did):
- a UK National Insurance number is an SSN; a sort code is an ACCOUNT_NUMBER of its own;
- a driver's licence, plate, member/policy/claim/order/reference/tracking-with-Luhn-irrelevant
  ids, NHS numbers and MPRNs are ACCOUNT_NUMBER; a corrected wrong attempt is labelled too;
- first name and surname together are one NAME span; a spelled surname is its own span/group;
- an Irish Eircode is a POSTCODE; a 16-digit courier tracking number failing Luhn is `other`;
- name-like ordinary words, rooms, ages and error codes are `other` look-alikes;
- an agent's partial card read-back (the last four) is CARD_NUMBER in a group of its own; an
  Irish PPS number is an SSN; an expired card's expiry given by the caller is EXPIRY.

Usage: python data/redaction/make_dev16.py [--check]
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 246813579
OUT = Path(__file__).resolve().parent / "dev16.jsonl"

TYPES = {"N": "NAME", "A": "ACCOUNT_NUMBER", "C": "CARD_NUMBER", "V": "CVV", "X": "EXPIRY",
         "S": "SSN", "P": "PHONE", "E": "EMAIL", "D": "DOB", "AD": "ADDRESS", "PC": "POSTCODE"}
KINDS = {"quantity": "quantity", "time": "time", "price": "price", "flight": "flight_number",
         "date": "date", "year": "year", "dur": "duration", "pct": "percentage",
         "model": "model_number", "count": "count", "other": "other"}

ONES = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
         "nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = ("january february march april may june july august september october november "
          "december").split()
ORD = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
       "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
       "twentieth").split()
ORD += ["twenty " + o for o in ORD[:9]] + ["thirtieth", "thirty first"]
NATO = dict(a="alpha", b="bravo", c="charlie", d="delta", e="echo", f="foxtrot", g="golf",
            h="hotel", i="india", j="juliet", k="kilo", l="lima", m="mike", n="november",
            o="oscar", p="papa", q="quebec", r="romeo", s="sierra", t="tango", u="uniform",
            v="victor", w="whiskey", x="x-ray", y="yankee", z="zulu")


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pat(self, p):
        out = []
        for ch in p:
            if ch == "9":
                out.append(str(self.r.randint(0, 9)))
            elif ch == "1":
                out.append(str(self.r.randint(1, 9)))
            elif ch == "A":
                out.append(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
            else:
                out.append(ch)
        return "".join(out)

    def card(self, kind="visa"):
        r = self.r
        if kind == "visa":
            pre, n = "4", 16
        elif kind == "mc":
            pre, n = str(r.randint(51, 55)), 16
        elif kind == "mc2":
            pre, n = str(r.randint(2221, 2720)), 16
        elif kind == "amex":
            pre, n = r.choice(["34", "37"]), 15
        else:
            pre, n = "6011", 16
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - 1 - len(pre)))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c

    def tracking(self):
        while True:
            d = self.pat("1" + "9" * 15)
            if not luhn_ok(d):
                return d

    def cvv(self, n=3):
        return self.pat("1" + "9" * (n - 1))

    def exp(self):
        return self.r.randint(1, 12), self.r.randint(2027, 2032)

    def dob(self, lo=1941, hi=2005):
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def ssn(self):
        while True:
            a = self.r.randint(1, 665)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def nino(self):
        pre = self.r.choice(["AB", "CE", "JK", "NP", "SR", "TW", "HL", "YZ", "EH", "WM", "PR",
                             "MA", "JE", "LS", "RC"])
        return pre + self.pat("999999") + self.r.choice("ABCD")

    def us_phone(self, area):
        return area + "555" + "01" + self.pat("99")

    def uk_mobile(self):
        return "07700900" + self.pat("999")

    def uk_land(self):
        return self.r.choice(["0141496", "0131496", "0161496", "0113496"]) + "0" + self.pat("999")

    def zip(self, pre):
        return pre + self.pat("9" * (5 - len(pre)))

    def pc(self, outward):
        return outward + " " + self.pat("9") + "".join(
            self.r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))

    def eircode(self, key):
        return key + " " + "".join(self.r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))


G = Gen(SEED)


def say(d, zero="oh", dbl=False):
    """digits (and letters) -> spoken words, one per character."""
    d = d.replace(" ", "").replace("-", "")
    out, i = [], 0
    while i < len(d):
        ch = d[i]
        if dbl and i + 1 < len(d) and d[i + 1] == ch and ch.isdigit():
            out.append("double " + (zero if ch == "0" else ONES[int(ch)]))
            i += 2
            continue
        if ch.isdigit():
            out.append(zero if ch == "0" else ONES[int(ch)])
        else:
            out.append(ch.lower())
        i += 1
    return " ".join(out)


def two(s):
    n = int(s)
    if s[0] == "0":
        return "oh oh" if n == 0 else "oh " + ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def pairs(d):
    d = d.replace(" ", "")
    out = [two(d[i:i + 2]) for i in range(0, len(d) - 1, 2)]
    if len(d) % 2:
        out.append(say(d[-1]))
    return " ".join(out)


def chunks(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    assert i == len(d), (d, sizes)
    return out


def card_t(d, sep=" "):
    return sep.join(chunks(d, [4, 6, 5] if len(d) == 15 else [4, 4, 4, 4]))


def year_w(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y % 10])
    return two(str(y)[:2]) + " " + two(str(y)[2:])


def spell(w, sep=" "):
    return sep.join(ch for ch in w.lower() if ch.isalpha())


def nato(w, link="for"):
    return " ".join("%s %s %s" % (ch, link, NATO[ch]) for ch in w.lower() if ch.isalpha())


def us_ph(d):
    return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])


def uk_ph(d):
    return d[:5] + " " + d[5:] if d.startswith("07") else d[:4] + " " + d[4:7] + " " + d[7:]


def ssn_t(d, sep="-"):
    return sep.join([d[:3], d[3:5], d[5:]])


def nino_t(n):
    return " ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]])


def dob_t(dob, fmt):
    y, m, d = dob
    mon = MONTHS[m - 1].capitalize()
    sfx = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return {"us": "%02d/%02d/%d" % (m, d, y), "uk": "%02d/%02d/%d" % (d, m, y),
            "long_us": "%s %d, %d" % (mon, d, y), "long_uk": "%d%s %s %d" % (d, sfx, mon, y),
            "dash": "%d-%d-%s" % (m, d, str(y)[2:]), "dots": "%02d.%02d.%d" % (d, m, y)}[fmt]


def dob_a(dob, fmt):
    y, m, d = dob
    mon = MONTHS[m - 1]
    return {"us": "%s %s %s" % (mon, ORD[d - 1], year_w(y)),
            "uk": "%s of %s %s" % (ORD[d - 1], mon, year_w(y)),
            "num_us": "%s %s %s" % (ONES[m] if m < 10 else two(str(m)),
                                    ONES[d] if d < 10 else two("%02d" % d), two(str(y)[2:])),
            "digits": say("%02d%02d%s" % (m, d, str(y)[2:])),
            "digits_uk": say("%02d%02d%s" % (d, m, str(y)[2:])),
            "short": "%s %s %s" % (ORD[d - 1], mon, two(str(y)[2:]))}[fmt]


def exp_t(e, fmt="mm/yy"):
    m, y = e
    return {"mm/yy": "%02d/%02d" % (m, y % 100), "mm/yyyy": "%02d/%d" % (m, y),
            "word": "%s %d" % (MONTHS[m - 1].capitalize(), y)}[fmt]


def exp_a(e, fmt="oh"):
    m, y = e
    return {"oh": "%s %s" % (say("%02d" % m), two(str(y)[2:])),
            "plain": "%s %s" % (ONES[m] if m < 10 else two(str(m)), two(str(y)[2:])),
            "month": "%s %s" % (MONTHS[m - 1], year_w(y)),
            "month2": "%s %s" % (MONTHS[m - 1], two(str(y)[2:])),
            "slash": "%s slash %s" % (say("%02d" % m), say(str(y)[2:]))}[fmt]


CASES = []


def case(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco


# ---------------------------------------------------------------- transcript cases

@case("t")
def t_hospital_billing():
    dob = G.dob(1938, 1950)
    acct = G.pat("PA-9999-9999")
    return [
        "A: Saint Brendan Regional, patient billing, this is [[N:Marisol]]. Who's the patient on the account?",
        "C: It's my father, [[N:Harold Beaumont]]. I'm his daughter, I handle his bills now.",
        f"A: Okay. Can I get his date of birth?",
        f"C: [[D:{dob_t(dob, 'us')}]].",
        f"A: And the patient account number, top right of the statement.",
        f"C: [[A:{acct}]].",
        "A: Thank you. I'm showing a balance of ((price:$1,284.60)) from the emergency visit on ((date:September 9th)).",
        "C: He was in there for ((dur:about four hours)). Medicare should have picked up most of that.",
        "A: It looks like the claim went to the supplemental plan first and got bounced back. I'm going to resubmit it in the right order.",
        "C: How long does that take?",
        "A: Allow ((dur:30 to 45 days)). I'll also put the account on hold so no more statements go out.",
        "C: Thank you, [[N:Marisol]]. That's a weight off.",
    ]


@case("t")
def t_pbm_refill():
    mid = G.pat("XQM999999999")
    dob = G.dob(1955, 1975)
    return [
        "A: ClearPath Prescription Benefits, my name is [[N:Tavon]]. How can I help today?",
        "C: Hi [[N:Tavon]]. My mail-order refill got rejected and I'm down to ((quantity:three)) pills.",
        "A: I'm sorry about that. Can I have the member ID from the front of your card?",
        f"C: Sure, [[A:{mid}]].",
        "A: And the name and date of birth for the member?",
        f"C: [[N:Wanda Petrakis]], [[D:{dob_t(dob, 'long_us')}]].",
        "A: Thank you, Ms. [[N:Petrakis]]. I see the claim for the ((dur:90-day)) supply rejected as refill too soon.",
        "C: It's not too soon! I was told I could reorder at ((pct:75%)) used.",
        "A: You're right, the plan changed that threshold on ((date:January 1st)). I can put in an override so the pharmacy ships ((quantity:a 30-day)) bridge supply.",
        "C: What will that cost me?",
        "A: Your copay for the bridge fill is ((price:$12.50)), and the full ((dur:90 days)) would stay at ((price:$35)).",
        "C: Fine. Please do it.",
        "A: Done. It should ship within ((dur:two business days)).",
    ]


@case("t")
def t_fraud_line():
    c = G.card("visa")
    g = chunks(c, [4, 4, 4, 4])
    return [
        "I: Lone Star Federal fraud prevention. Please hold for the next available specialist.",
        "A: Thanks for holding, this is [[N:Brianna Koenig]] in card security. Who do I have?",
        "C: This is [[N:Ezekiel Okafor]]. I got a text saying my card was used in Nevada. I've never been to Nevada.",
        "A: Let's look at that. Can you read me the card number?",
        f"C: [[C#c:{g[0]} {g[1]}]]... hang on, the light's bad... [[C#c:{g[2]} {g[3]}]].",
        f"A: I have [[C:{card_t(c)}]]. Is that right?",
        "C: Yes.",
        "A: I see ((count:three)) charges at a casino gift shop in Reno, ((price:$487.00)), ((price:$912.15)) and ((price:$1,200)), all between ((time:2:10 a.m.)) and ((time:2:40 a.m.)).",
        "C: None of those are me. I was asleep in Abilene.",
        "A: I'll block the card now and open a dispute for all three. A new card will reach you in ((dur:five to seven days)).",
        "C: Can you rush it? I'm driving to Houston on ((date:Thursday)).",
        "A: I can overnight it at no charge.",
    ]


@case("t")
def t_auto_loan_payoff():
    ln = G.pat("1999999999")
    ssn = G.ssn()
    return [
        "A: Redline Auto Finance, [[N:Courtney]] speaking.",
        "C: Hi, I need a payoff quote. I'm trading in my truck this weekend.",
        "A: Sure. What's the loan number?",
        f"C: [[A:{ln}]].",
        "A: And for verification, the last four of the primary borrower's social.",
        f"C: [[S:{ssn[-4:]}]].",
        "A: Thank you, Mr. [[N:Delacroix]]. This is the ((year:2019)) ((model:Silverado 1500)), correct?",
        "C: That's the one.",
        "A: Your ((dur:10-day)) payoff is ((price:$14,382.77)). Your rate is ((pct:6.9%)), so that includes about ((price:$27)) of interest.",
        "C: Does the dealer send that or do I?",
        "A: The dealer usually does. Once we receive it, the title gets released in ((dur:about two weeks)).",
        "C: Okay, that works. Thanks, [[N:Courtney]].",
    ]


@case("t")
def t_dmv_address_change():
    dl = G.pat("A999-999-99-999-9")
    dob = G.dob(1980, 1999)
    z = G.zip("620")
    return [
        "A: Department of Motor Vehicles, driver services. My name is [[N:Ray]]. What can I do for you?",
        "C: I moved and I need to update the address on my license.",
        "A: I can help with that. Your driver's license number, please.",
        f"C: It's [[A:{dl}]].",
        "A: And your date of birth?",
        f"C: [[D:{dob_t(dob, 'dash')}]].",
        "A: Thank you. What's the new address?",
        f"C: [[AD:418 Wabash Avenue, Apartment 3C]], Springfield, Illinois, [[PC:{z}]].",
        f"A: So [[AD:418 Wabash Avenue, Apartment 3C]], Springfield, [[PC:{z}]]. There's no fee for the change, but a replacement card is ((price:$5)).",
        "C: I'll take the replacement. My old one's cracked anyway.",
        "A: It'll arrive in ((dur:ten to fifteen business days)). Keep the paper receipt with you until then.",
    ]


@case("t")
def t_georgia_power_outage():
    acct = G.pat("99999 99999")
    ph = G.us_phone("912")
    return [
        "A: Coastal Plain Electric Membership Corporation, this is [[N:Jolene]].",
        "C: Hey [[N:Jolene]], my power's been out since the storm last night and my neighbor's is back on.",
        "A: Oh no. Let me find your service. Account number or the phone number on the account?",
        f"C: Phone's [[P:{us_ph(ph)}]].",
        "A: That brings up an account for [[N:Cletus Arrowood]]?",
        "C: That's my granddaddy, it's his house. I'm [[N:Savannah]], I live with him.",
        f"A: Okay, [[N:Savannah]]. For security, can you read the account number off a bill?",
        f"C: [[A:{acct}]].",
        "A: Thank you. It looks like your transformer took a hit. There's a crew assigned, estimated restoration ((time:4 p.m.)).",
        "C: He's on oxygen. The concentrator's running off a battery that lasts ((dur:maybe six hours)).",
        "A: I'm flagging this as a medical priority right now and moving you up. I'd also suggest heading to the cooling center on Bay Street if it gets close.",
        "C: Okay. Thank you so much.",
    ]


@case("t")
def t_council_tax_arrears():
    ref = G.pat("99999999")
    pc = G.pc("LS11")
    return [
        "A: Good morning, Leeford City Council, revenues. You're speaking with [[N:Priya]].",
        "C: Morning. I've had a reminder for council tax and I don't understand it, I pay by direct debit.",
        "A: Let's have a look. What's the council tax account reference? It starts with a number on the letter.",
        f"C: [[A:{ref}]].",
        "A: And the property address?",
        f"C: [[AD:22 Tarn Terrace]], Leeds, [[PC:{pc}]].",
        "A: Thanks. And your name, please?",
        "C: [[N:Gareth Oyelaran]].",
        "A: Thank you, Mr [[N:Oyelaran]]. I can see the debit for ((date:1st October)) was returned by your bank.",
        "C: That's when I switched banks. I thought it would move over.",
        "A: It doesn't always. The missed instalment is ((price:£148.00)). If you pay it within ((dur:7 days)) the reminder is cancelled.",
        "C: I'll pay it now, can I do it over the phone?",
        "A: You can, I'll put you through to the automated line, it takes about ((dur:two minutes)).",
    ]


@case("t")
def t_gp_surgery():
    nhs = G.pat("999 999 9999")
    dob = G.dob(1948, 1960)
    mob = G.uk_mobile()
    return [
        "A: Elmbank Medical Practice, [[N:Sharon]] speaking.",
        "C: Hello, it's about my husband's blood test results, he's deaf so I'm calling for him.",
        "A: That's fine if he's given consent. What's his name and date of birth?",
        f"C: [[N:Douglas McIver]], [[D:{dob_t(dob, 'uk')}]].",
        "A: And his NHS number if you have it?",
        f"C: Yes, it's on his letter, [[A:{nhs}]].",
        "A: Thank you. He has consent on file for [[N:Moira]]. Is that you?",
        "C: Yes, that's me.",
        "A: Dr [[N:Farooqui]] wants to see him about the results. Nothing urgent. I have ((date:Tuesday)) at ((time:10:40)) or ((date:Thursday)) at ((time:3:15)).",
        "C: Thursday's better, we need ((dur:an hour)) to get the bus in.",
        f"A: Thursday at ((time:3:15)) then. Is [[P:{uk_ph(mob)}]] still the best number?",
        "C: It is, yes.",
    ]


@case("t")
def t_irish_energy():
    mprn = G.pat("10999999999")
    eir = G.eircode("T12")
    return [
        "A: Shannonside Energy, you're through to [[N:Ciarán]]. What can I do for you?",
        "C: Hiya [[N:Ciarán]]. I'm moving into a new place and I want the electricity in my name.",
        "A: No bother. Have you the MPRN? It's an eleven-digit number on the meter box or the previous bill.",
        f"C: I do, [[A:{mprn}]].",
        "A: Lovely. And the address?",
        f"C: [[AD:14 Glasheen Road]], Cork, and the Eircode is [[PC:{eir}]].",
        "A: And your full name?",
        "C: [[N:Aoife Ní Dhonnchadha]].",
        "A: Would you spell the surname for me?",
        "C: [[N:N-I, D-H-O-N-N-C-H-A-D-H-A]].",
        "A: Perfect. Can I get a meter reading?",
        "C: It says ((other:004817)).",
        "A: Grand. You'll be on our standard plan, that's ((price:28.4 cent)) a unit, and we'll start it from ((date:Monday)).",
    ]


@case("t")
def t_glasgow_housing_repair():
    ten = G.pat("TN/99999/A")
    pc = G.pc("G31")
    return [
        "A: Clydeview Housing Association, repairs line. It's [[N:Alasdair]].",
        "C: Aye, hello. My boiler's packed in again, that's the second time this month.",
        "A: Sorry to hear that. Your tenancy reference, please?",
        f"C: [[A:{ten}]].",
        f"A: And the address and postcode, just to confirm.",
        f"C: [[AD:Flat 2/1, 87 Duke Street]], [[PC:{pc}]].",
        "A: Thanks. I see [[N:Stuart]] from Kelvin Heating came out on the ((date:4th)). He replaced a part on the ((model:Ideal Logic 30)).",
        "C: Well it's no working. I've got a wean of ((other:eight months)) and it's freezing.",
        "A: That's an emergency repair then. I'll get someone out within ((dur:four hours)). I'll book it between ((time:12)) and ((time:4)).",
        "C: Can you make sure it's not the same guy?",
        "A: I'll put a note on it.",
    ]


@case("t")
def t_cc_payment_amex():
    c = G.card("amex")
    cv = G.cvv(4)
    e = G.exp()
    return [
        "A: Heartland Mutual Insurance, payments. This is [[N:Dwayne]].",
        "C: Hi, I want to pay my homeowner's premium before it lapses.",
        "A: Sure. Policy number?",
        f"C: [[A:{G.pat('HO-999-9999999')}]].",
        "A: Thank you, Mrs. [[N:Lindqvist-Baptiste]]. The amount due is ((price:$642.18)). How would you like to pay?",
        f"C: American Express. [[C:{card_t(c)}]].",
        "A: Expiration?",
        f"C: [[X:{exp_t(e)}]].",
        "A: And the four-digit code on the front?",
        f"C: [[V:{cv}]].",
        f"A: Let me read that back: [[C:{card_t(c, '-')}]], expiring [[X:{exp_t(e, 'word')}]]. Correct?",
        "C: Correct.",
        "A: Payment approved. Your confirmation number is being emailed, and coverage continues without a break.",
    ]


@case("t")
def t_card_split_turns():
    c = G.card("mc")
    g = chunks(c, [4, 4, 4, 4])
    e = G.exp()
    cv = G.cvv()
    return [
        "A: Bluegrass Water Company, billing. You're speaking with [[N:Amos]].",
        "C: Hi, I got a disconnect notice and want to pay today.",
        "A: Let's get that handled. What's the name on the account?",
        "C: [[N:Rosalind Tuttle]].",
        "A: And the card you'd like to use?",
        f"C: It's a Mastercard. [[C#c:{g[0]}]]",
        "A: Mm-hmm.",
        f"C: [[C#c:{g[1]}]]",
        "A: Okay.",
        f"C: [[C#c:{g[2]} {g[3]}]].",
        "A: Expiry and security code?",
        f"C: [[X:{exp_t(e, 'mm/yyyy')}]], and [[V:{cv}]].",
        "A: Thank you. That's ((price:$211.43)) paid, and the disconnect order for the ((date:18th)) is cancelled.",
        "C: Oh, thank goodness.",
    ]


@case("t")
def t_card_correction():
    c = G.card("visa")
    g = chunks(c, [4, 4, 4, 4])
    wrong = g[3][:2] + str((int(g[3][2]) + 3) % 10) + g[3][3]
    e = G.exp()
    return [
        "A: Magnolia Gas & Light, payment center, this is [[N:Keisha]].",
        "C: Hey, I need to make a payment arrangement. My name is [[N:Bartholomew Fenn]].",
        "A: Okay, Mr. [[N:Fenn]]. We can split the ((price:$389.50)) into ((count:three)) payments. Want to make the first one now?",
        "C: Yes please.",
        "A: Go ahead with the card whenever you're ready.",
        f"C: [[C#c:{g[0]} {g[1]} {g[2]}]] [[C#c!:{wrong}]], no sorry, that last bit is [[C#c:{g[3]}]].",
        f"A: So ending in [[C:{g[3]}]]?",
        "C: Yes.",
        "A: And the expiration?",
        f"C: [[X:{exp_t(e)}]].",
        "A: And the three-digit code on the back?",
        f"C: [[V:{G.cvv()}]].",
        "A: Thank you. First payment of ((price:$129.84)) goes through today; the next ones are on ((date:March 15th)) and ((date:April 15th)).",
    ]


@case("t")
def t_ssn_verification_bank():
    ssn = G.ssn()
    ph = G.us_phone("314")
    return [
        "A: First Heartland Bank, this is [[N:Trevor]]. Can I have your full name?",
        "C: [[N:Mei-Ling Haverford]].",
        "A: Thank you. I'll need to verify your identity. What's your Social Security number?",
        f"C: [[S:{ssn_t(ssn)}]].",
        "A: And the phone number we have on file?",
        f"C: [[P:{ph[:3]}-{ph[3:6]}-{ph[6:]}]].",
        "A: Thank you, you're verified. What can I help with?",
        "C: I want to know why my checking account was charged an overdraft fee. I had money in savings.",
        "A: Overdraft protection from savings wasn't linked. The fee was ((price:$35)). I'll refund it as a courtesy and link the accounts now.",
        "C: Thank you. How long for the refund?",
        "A: It'll post within ((dur:one to two business days)).",
    ]


@case("t")
def t_nino_pension():
    ni = G.nino()
    dob = G.dob(1955, 1960)
    return [
        "A: Pension Service, you're speaking with [[N:Lorraine]].",
        "C: Hello. I'm turning sixty six next month and haven't heard anything about my State Pension.",
        "A: I can check. Could I have your National Insurance number?",
        f"C: [[S:{nino_t(ni)}]].",
        "A: And your full name and date of birth?",
        f"C: [[N:Fergus Drummond]], [[D:{dob_t(dob, 'long_uk')}]].",
        "A: Thank you, Mr [[N:Drummond]]. Your claim was received on ((date:14th February)). It's being processed now.",
        "C: When will the first payment come?",
        "A: Payments are every ((dur:four weeks)) in arrears, so the first will be about ((dur:five weeks)) after your pension date.",
        "C: And it goes to the same bank as my old benefit?",
        "A: Yes, the account ending in [[A:{}]].".format(G.pat("9999")),
        "C: Right, that's fine then.",
    ]


@case("t")
def t_travel_flight_change():
    pnr = G.pat("AAA9AA")
    em = "roisin.keogh88@eircom.net"
    return [
        "A: Emerald Skies reservations, [[N:Declan]] speaking.",
        "C: Hi [[N:Declan]]. I'm on the ((flight:ES 412)) to Boston on the ((date:22nd)) and my mother's just been taken into hospital.",
        "A: I'm so sorry. What's the booking reference?",
        f"C: [[A:{pnr}]].",
        "A: And the lead passenger?",
        "C: [[N:Róisín Keogh]].",
        "A: Thanks, [[N:Róisín]]. I can move you to ((flight:ES 418)) on the ((date:29th)), same ((time:11:05)) departure, no change fee under our compassionate policy.",
        "C: That would be a lifesaver.",
        "A: Done. I'll send the new itinerary to the email on the booking. Is it still this one?",
        f"C: Yes, [[E:{em}]].",
        "A: Perfect. You'll also see a ((price:€25)) credit for the seat you paid for.",
    ]


# ---------------------------------------------------------------- asr cases

@case("a")
def a_pharmacy_ivr():
    mid = G.pat("99999999999")
    dob = G.dob(1950, 1965)
    return [
        "I: thank you for calling clearpath prescription benefits please say or enter your member id",
        f"C: [[A:{say(mid[:5])}]] um [[A#m:{say(mid[5:])}]]",
        "A: hi you're through to [[N:deshawn]] in pharmacy support can i get the member's date of birth",
        f"C: yeah its [[D:{dob_a(dob, 'us')}]]",
        "A: thank you and who am i speaking with",
        "C: this is [[N:loretta]] i'm his wife he's at dialysis right now",
        "A: okay miss [[N:loretta]] i see the insulin was rejected for prior authorization",
        "C: he's been on it for ((dur:eleven years)) why do they need a prior auth now",
        "A: the formulary changed on ((date:january first)) i'll fax the doctor's office today and it usually clears in ((dur:seventy two hours))",
        "C: he's only got ((quantity:two)) pens left",
        "A: i can approve an emergency ((dur:five day)) supply at the pharmacy for ((price:ten dollars)) while we wait",
    ]


@case("a")
def a_fraud_card_pairs():
    c = G.card("visa")
    e = G.exp()
    return [
        "A: fraud department this is [[N:marcus]] can you verify the card number for me",
        f"C: sure its [[C#c:{pairs(c[:8])}]] uh hold on my glasses [[C#c:{pairs(c[8:])}]]",
        "A: thank you and the expiration date",
        f"C: [[X:{exp_a(e, 'oh')}]]",
        "A: okay i'm seeing an attempt at an electronics store in tulsa for ((price:nineteen hundred ninety nine dollars)) at ((time:nine forty two)) this morning",
        "C: no that wasn't me i'm in omaha",
        "A: alright i've declined it and locked the card are you still at [[AD:twenty six oh four farnam street]]",
        "C: yeah thats right",
        f"A: and the zip code there",
        f"C: [[PC:{say(G.zip('681'))}]]",
        "A: new card ships today it'll be there in ((dur:three to five days))",
    ]


@case("a")
def a_tennessee_utility_card():
    c = G.card("mc2")
    e = G.exp()
    cv = G.cvv()
    acct = G.pat("9999999")
    return [
        "A: thanks for calling cumberland valley water this is [[N:earlene]]",
        "C: hey [[N:earlene]] this is [[N:bobby ray pruitt]] i need to pay my bill",
        f"A: sure thing mister [[N:pruitt]] whats the account number",
        f"C: its [[A:{say(acct, dbl=True)}]]",
        "A: okay i got it you owe ((price:eighty seven forty two)) you paying all of it",
        "C: yes maam",
        "A: go ahead with the card",
        f"C: [[C#c:{say(c[:4])}]]",
        "A: uh huh",
        f"C: [[C#c:{say(c[4:8])} {say(c[8:12])}]]",
        "A: okay",
        f"C: [[C#c:{say(c[12:])}]]",
        "A: expiration and the code on the back",
        f"C: [[X:{exp_a(e, 'plain')}]] and the code is [[V:{say(cv)}]]",
        "A: all set you'll get a text confirmation in ((dur:a few minutes))",
    ]


@case("a")
def a_card_readback_correction():
    c = G.card("disc")
    g = chunks(c, [4, 4, 4, 4])
    e = G.exp()
    return [
        "A: prairie gas and light payment line you're speaking with [[N:hollis]]",
        f"C: hi [[N:hollis]] i want to put ((price:two hundred dollars)) on my discover [[C#c:{g[0]} {g[1]} {g[2]} {g[3]}]]",
        f"A: let me read that back [[C#r:{say(g[0])} {say(g[1])}]] [[C#r:{say(g[2])} {say(g[3][:2])} {say(g[3][2:])}]]",
        "C: yep thats it",
        "A: and the expiration",
        f"C: [[X:{exp_a(e, 'month')}]]",
        "A: security code",
        f"C: [[V:{say(G.cvv())}]]",
        "A: perfect that's posted and your balance is down to ((price:fifty six dollars and ten cents))",
        "C: great thank you",
    ]


@case("a")
def a_auto_loan_ssn():
    ssn = G.ssn()
    return [
        "A: redline auto finance collections this is [[N:dominique]] how can i help",
        "C: hi um i'm behind on my car payment and i wanted to see about an extension",
        "A: okay i can check for you can i get your social security number",
        f"C: [[S#s:{say(ssn[:3])}]] [[S#s:{say(ssn[3:5])}]] um [[S#s:{say(ssn[5:])}]]",
        "A: thank you mister [[N:villanueva]] and your first name for me",
        "C: [[N:rogelio]]",
        "A: okay [[N:rogelio]] i see you're ((dur:forty five days)) past due on the ((year:twenty twenty one)) ((model:camry)) about ((price:four eighty six)) a month",
        "C: yeah i got hurt at work and i've been out for ((dur:six weeks))",
        "A: i'm sorry to hear that i can offer a ((dur:two month)) deferral it moves those payments to the end of the loan",
        "C: yeah lets do that please",
        "A: alright i'll send the paperwork to you today",
    ]


@case("a")
def a_dmv_plate():
    plate = G.pat("AAA9999")
    dl = G.pat("999999999")
    return [
        "A: motor vehicles this is [[N:gloria]]",
        "C: yeah hi i got a letter saying my registration got suspended for no insurance but i have insurance",
        "A: okay whats your plate number",
        f"C: [[A:{say(plate[:3])} {say(plate[3:])}]]",
        "A: and your drivers license number",
        f"C: [[A#d:{say(dl[:3])}]] hold on its in my wallet [[A#d:{say(dl[3:], zero='zero')}]]",
        "A: thank you mister [[N:abernathy]] it looks like your insurer reported a lapse from ((date:march third)) to ((date:march ninth))",
        "C: that was when i switched companies",
        "A: if you get a letter from the new company showing coverage started on the third we can lift it theres a ((price:fifty dollar)) reinstatement fee",
        "C: fifty bucks for their mistake",
        "A: i know sir i'll note it and you can ask for a waiver",
    ]


@case("a")
def a_council_bins_scotland():
    pc = G.pc("EH7")
    return [
        "A: hello you're through to the council contact centre my name's [[N:morag]]",
        "C: hiya [[N:morag]] my bins havnae been emptied in ((dur:three weeks))",
        "A: oh dear whats the address",
        f"C: [[AD:forty one restalrig crescent]] edinburgh",
        "A: and the postcode",
        f"C: [[PC:{spell(pc.split()[0][:2])} {say(pc.split()[0][2:])} {say(pc.split()[1])}]]",
        "A: and your name",
        "C: [[N:callum]] [[N:baird]]",
        "A: right [[N:callum]] your street was missed on the ((date:tuesday)) collections because of roadworks i'll book a special uplift for ((date:friday))",
        "C: will they take the extra bags cause theres about ((quantity:six)) now",
        "A: aye they'll take up to ((quantity:eight)) bags on a special",
    ]


@case("a")
def a_gp_repeat_prescription():
    dob = G.dob(1944, 1952)
    mob = G.uk_mobile()
    return [
        "A: good morning oakhill surgery [[N:bernadette]] speaking",
        "C: oh hello [[N:bernadette]] its [[N:eileen]] [[N:mcgarrigle]] calling about my tablets",
        "A: hello [[N:eileen]] can you confirm your date of birth",
        f"C: [[D:{dob_a(dob, 'uk')}]]",
        "A: lovely and which medication is it",
        "C: the amlodipine the ((quantity:five)) milligram ones i've only got ((quantity:four)) left",
        "A: i'll send that through to the doctor it'll be ready at the chemist after ((time:two o'clock)) tomorrow",
        f"C: can they text me when its ready my number is [[P:{say(mob[:5], zero='oh')} {say(mob[5:], dbl=True)}]]",
        "A: i've added that for you",
        "C: thank you pet",
    ]


@case("a")
def a_hospital_billing_email():
    acct = G.pat("99999999")
    dob = G.dob(1970, 1990)
    return [
        "A: mercy plains health billing this is [[N:jaylen]] can i get the patient's name",
        "C: yeah its for my son [[N:tobias]] [[N:whitfield]]",
        "A: and his date of birth",
        f"C: [[D:{dob_a(dob, 'num_us')}]] wait no thats mine hes [[D:{dob_a(G.dob(2008, 2012), 'num_us')}]]",
        "A: okay got him and the guarantor account number on the statement",
        f"C: [[A#a:{say(acct[:4])}]] uh [[A#a:{say(acct[4:])}]]",
        "A: thank you i see an ambulance charge of ((price:twelve hundred forty dollars)) that insurance denied as out of network",
        "C: it was an emergency we didnt get to pick the ambulance",
        "A: right under the no surprises rule you shouldnt be billed more than your in network amount i'll send it for review",
        "C: can you email me the appeal form",
        "A: sure whats the email",
        "C: [[E:whitfield dot kayla at yahoo dot com]]",
        "A: sent it should come in ((dur:a few minutes)) and the account is on hold for ((dur:sixty days))",
    ]


@case("a")
def a_credit_card_limit():
    c = G.card("mc")
    ssn = G.ssn()
    return [
        "I: for faster service please enter or say your sixteen digit card number",
        f"C: [[C:{say(c)}]]",
        "I: thank you please hold for a representative",
        "A: thank you for calling ozark mutual card services my name is [[N:tiffany]] who am i speaking with",
        "C: this is [[N:nkechi]] [[N:adebayo]]",
        "A: hi [[N:nkechi]] for security can i have the last four of your social",
        f"C: [[S:{say(ssn[-4:])}]]",
        "A: thank you how can i help",
        "C: i wanna raise my limit i'm buying a fridge for like ((price:two thousand four hundred)) and my limit's ((price:fifteen hundred))",
        "A: i can offer an increase to ((price:three thousand)) the apr stays at ((pct:twenty four point nine nine percent))",
        "C: okay do that",
        "A: done it's effective immediately",
    ]


@case("a")
def a_midwest_gas_new_service():
    ssn = G.ssn()
    ph = G.us_phone("515")
    z = G.zip("503")
    return [
        "A: thanks for calling heartland gas this is [[N:gunnar]] starting or stopping service today",
        "C: starting i just bought a house",
        "A: congratulations whats the address",
        f"C: [[AD:nineteen oh two ingersoll avenue]] des moines [[PC:{say(z)}]]",
        "A: and the full name on the account",
        "C: [[N:ingrid]] [[N:solberg]] [[N:s o l b e r g]]",
        "A: thanks [[N:ingrid]] i'll need your social to run a credit check or there's a ((price:two hundred dollar)) deposit",
        f"C: yeah its [[S:{say(ssn[:3])} {say(ssn[3:5])} {say(ssn[5:])}]]",
        "A: and a good phone number",
        f"C: [[P:{say(ph[:3])} {say(ph[3:6])} {say(ph[6:])}]]",
        "A: okay no deposit needed service starts ((date:monday)) between ((time:eight)) and ((time:noon))",
    ]


@case("a")
def a_telecom_irish_caller():
    acct = G.pat("99999999")
    mob = "0877" + G.pat("999999")
    return [
        "A: hello you're through to corrib mobile my name is [[N:niamh]] how can i help",
        "C: howya [[N:niamh]] its [[N:padraig]] here my phone bill is gone mad this month",
        "A: sorry to hear that [[N:padraig]] whats the mobile number on the account",
        f"C: [[P:{say(mob[:3])} {say(mob[3:], dbl=True)}]]",
        "A: and your account number its on the top of the bill",
        f"C: [[A:{pairs(acct)}]]",
        "A: thank you i can see ((price:one hundred and forty euro)) of roaming charges from ((date:saturday)) and ((date:sunday)) in boston",
        "C: i was at my sister's wedding i thought the roaming was included",
        "A: its included in the eu but not the states i can add the travel pass retrospectively its ((price:fifteen euro)) for ((dur:seven days))",
        "C: go on so thats brilliant",
    ]


@case("a")
def a_pbm_mail_order_card():
    c = G.card("visa")
    e = G.exp()
    cv = G.cvv()
    mid = G.pat("AAA999999")
    return [
        "A: rxbridge home delivery this is [[N:kwame]] can i have the member id",
        f"C: [[A:{say(mid)}]]",
        "A: thank you and the patient's name and birthday",
        f"C: [[N:dolores]] [[N:ybarra]] [[D:{dob_a(G.dob(1946, 1956), 'us')}]]",
        "A: okay miss [[N:ybarra]] your metformin order is ready to ship the total is ((price:twenty two fifty)) for a ((dur:ninety day)) supply",
        "C: okay i'll pay with my visa",
        f"C: [[C#c:{say(c[:6])}]] hang on the cat just knocked my coffee over [[C#c:{say(c[6:11])}]]",
        "A: take your time",
        f"C: [[C#c:{say(c[11:])}]]",
        "A: and the expiration date and security code",
        f"C: expires [[X:{exp_a(e, 'month2')}]] code [[V:{say(cv)}]]",
        "A: thank you it'll arrive in ((dur:five to seven business days)) you'll get ((quantity:one hundred eighty)) tablets",
    ]


@case("a")
def a_fraud_amex_groups():
    c = G.card("amex")
    cv = G.cvv(4)
    e = G.exp()
    return [
        "A: good evening card member services this is [[N:ellison]]",
        "C: hi i think somebody got my card info i got an alert for a hotel in miami",
        "A: lets take a look what's the card number",
        f"C: [[C:{c[:4]} {c[4:10]} {c[10:]}]]",
        "A: and the four digit code on the front of the card",
        f"C: [[V:{say(cv)}]]",
        "A: and expiration",
        f"C: [[X:{exp_a(e, 'slash')}]]",
        "A: thank you i see a charge of ((price:six hundred eighty nine dollars)) at ((time:eleven fifteen pm)) last night",
        "C: i was home in saint louis watching the game",
        "A: understood i'm canceling this card you'll have a new one in ((dur:two business days))",
        "C: can i still use apple pay till then",
        "A: you'll get a temporary number in the app within ((dur:an hour))",
    ]


@case("a")
def a_auto_title_dmv():
    vin_tail = G.pat("999999")
    dob = G.dob(1975, 1995)
    return [
        "A: department of revenue motor vehicle division this is [[N:lashonda]]",
        "C: hi i paid off my car and i still don't have the title its been ((dur:six weeks))",
        "A: okay whats the last six of the vin",
        f"C: [[A:{say(vin_tail)}]]",
        "A: and your name and date of birth",
        f"C: [[N:cornelius]] [[N:ogunleye]] [[D:{dob_a(dob, 'digits')}]]",
        "A: i see the lien release from the lender came in on the ((date:twelfth)) the title was printed but it was mailed to an old address",
        "C: oh no whats the old address",
        "A: i can't read it out but i can send it to your current one whats that",
        f"C: [[AD:eight forty two sycamore lane]] [[PC:{say(G.zip('631'))}]]",
        "A: okay there's a ((price:fifteen dollar)) duplicate title fee and it'll take ((dur:ten days))",
    ]


@case("a")
def a_council_housing_benefit():
    ni = G.nino()
    ref = G.pat("HB999999")
    return [
        "A: good afternoon benefits team you're speaking to [[N:tariq]]",
        "C: hiya i'm calling about my housing benefit its been stopped",
        "A: sorry to hear that can i take your claim reference",
        f"C: [[A:{spell(ref[:2])} {say(ref[2:])}]]",
        "A: and your national insurance number",
        f"C: [[S:{spell(ni[:2])} {say(ni[2:8])} {spell(ni[8])}]]",
        "A: thank you miss [[N:kowalczyk]] it looks like we asked for a bank statement on the ((date:third)) and nothing came back",
        "C: i posted it i swear",
        "A: you can upload it online instead it takes ((dur:about five minutes)) and the claim will be looked at within ((dur:ten working days))",
        "C: and will i get the back pay",
        "A: yes it'd be backdated to the ((date:fourteenth)) if it's all in order",
    ]


@case("a")
def a_scottish_gp_cancel():
    chi = G.pat("9999999999")
    return [
        "A: good morning ferryden medical practice [[N:kirsty]] speaking",
        "C: aye hello i need to cancel my appointment for ((date:wednesday))",
        "A: no problem whats your name",
        "C: [[N:hamish]] [[N:galbraith]]",
        "A: and your chi number or date of birth",
        f"C: the chi is [[A:{say(chi[:6])} {say(chi[6:])}]]",
        "A: thanks [[N:hamish]] so thats the ((time:nine twenty)) with doctor [[N:mcallister]] cancelled would you like to rebook",
        "C: aye can i get something the week after",
        "A: there's a ((time:quarter past four)) on the ((date:eighteenth)) thats a ((dur:ten minute)) slot",
        "C: that'll do",
    ]


@case("a")
def a_utility_ohio_email_phone():
    acct = G.pat("999 999 9999")
    ph = G.us_phone("614")
    return [
        "A: buckeye electric this is [[N:dakota]] how can i help",
        "C: yeah hi i want to go paperless",
        "A: sure account number",
        f"C: [[A:{acct}]]",
        "A: okay and whats the email you'd like to use",
        "C: [[E:jbrzezinski four four at gmail dot com]] thats j b r z e z i n s k i",
        f"A: let me read it back [[E:j b r z e z i n s k i four four at gmail dot com]]",
        "C: yep",
        f"A: and a phone for outage texts",
        f"C: [[P:{say(ph[:3])} {say(ph[3:6])} {pairs(ph[6:])}]]",
        "A: done you'll also save ((price:two dollars)) a month on the paper fee",
    ]


@case("a")
def a_bank_wire_fraud():
    acct = G.pat("999999999999")
    rt = G.pat("0999999999")[:9]
    return [
        "A: fraud line this is [[N:renata]] you said you sent a wire you think was a scam",
        "C: yes i sent ((price:nine thousand five hundred)) for a puppy and now they want more for shipping",
        "A: i'm so sorry lets try to recall it what account did it come from",
        f"C: [[A#a:{say(acct[:6])}]] um sorry [[A#a:{say(acct[6:])}]]",
        "A: and who am i speaking with",
        "C: [[N:bernice]] [[N:holloway]]",
        "A: thank you [[N:bernice]] what was the receiving account",
        f"C: [[A:{say(acct[::-1][:10])}]] and the routing was [[A:{say(rt)}]]",
        "A: i've sent a recall request the wire went at ((time:two fifteen)) yesterday so there's a chance",
        "C: how long till i know",
        "A: usually ((dur:three to five business days))",
    ]


@case("t")
def t_pbm_specialty():
    mid = G.pat("99999999901")
    dob = G.dob(1962, 1985)
    ph = G.us_phone("502")
    return [
        "A: Thank you for calling Keystone Specialty Pharmacy. This is [[N:Anjali]], may I have the patient's name?",
        "C: [[N:Terrence Whitlow]].",
        "A: Date of birth?",
        f"C: [[D:{dob_t(dob, 'us')}]].",
        "A: And the member ID on the prescription card?",
        f"C: [[A:{mid}]].",
        "A: Thank you, Mr. [[N:Whitlow]]. Your Humira shipment is scheduled for ((date:Friday)), ((quantity:two)) pens, ((dur:28-day)) supply.",
        "C: I'll be at work. Can it go to my sister's? She's home all day.",
        "A: I can ship to an alternate address. What is it?",
        f"C: [[AD:1207 Bardstown Road, Unit B]], Louisville, [[PC:{G.zip('402')}]].",
        "A: And a phone number there in case the courier needs to reach someone?",
        f"C: [[P:{us_ph(ph)}]]. Her name's [[N:Lorna]].",
        "A: Got it. It needs refrigeration, so someone has to sign before ((time:5 p.m.)).",
    ]


@case("t")
def t_mortgage_hardship_email():
    ln = G.pat("0099999999")
    ssn = G.ssn()
    return [
        "A: Thanks for calling Cardinal Home Lending, I'm [[N:Greg]].",
        "C: Hi [[N:Greg]], my name is [[N:Anh Tran]]. I was laid off and I'm worried about my mortgage.",
        "A: I'm sorry to hear that, Ms. [[N:Tran]]. Let's see what we can do. What's your loan number?",
        f"C: [[A:{ln}]].",
        "A: And the last four of your Social?",
        f"C: [[S:{ssn[-4:]}]].",
        "A: Thank you. Your payment is ((price:$1,642.09)) and you're current through ((date:June)). We can do a forbearance for ((dur:three months)) while you look for work.",
        "C: Does that hurt my credit?",
        "A: It's reported as forbearance, not as late. I'll email you the application. What email should I use?",
        f"C: [[E:anh.tran.sgn@protonmail.com]].",
        "A: Sent. Send back the hardship letter within ((dur:14 days)).",
    ]


@case("t")
def t_car_insurance_claim_scotland():
    pol = G.pat("SCM/999999/99")
    reg = G.pat("AA99 AAA")
    mob = G.uk_mobile()
    return [
        "A: Saltire Direct Insurance, claims. You're through to [[N:Euan]].",
        "C: Hi, someone's reversed into my car in the Tesco car park in Dundee.",
        "A: Is everyone okay?",
        "C: Aye, nobody hurt. Just a big dent in the rear door.",
        "A: Good. Your policy number, please?",
        f"C: [[A:{pol}]].",
        "A: And the vehicle registration?",
        f"C: [[A:{reg}]].",
        "A: Thank you, Mrs [[N:Sinclair-Obi]]. Did you get the other driver's details?",
        f"C: Yes, his name's [[N:Wojciech Nowak]], his number is [[P:{uk_ph(mob)}]], and he gave me his insurer, Harbourside.",
        "A: Perfect. Your excess is ((price:£250)), but if he accepts liability you'll get it back. I'll book your car into the approved repairer on ((date:Monday)) at ((time:8:30)).",
        "C: Will I get a courtesy car?",
        "A: Yes, a ((model:Fiat 500)) or similar for up to ((dur:14 days)).",
    ]


@case("t")
def t_utility_alabama_card_pieces():
    c = G.card("visa")
    e = G.exp()
    acct = G.pat("9999999-99")
    return [
        "A: Black Belt Rural Electric, this is [[N:Lurleen]], how can I help y'all?",
        "C: Hi, I'm calling for my mama, [[N:Ophelia Tillman]]. She's ((other:89)) and her bill's past due.",
        "A: Is she there to give permission?",
        "C: Mama, can you say it's okay? ... She says yes, go ahead.",
        "A: Thank you, ma'am. Account number?",
        f"C: [[A:{acct}]].",
        "A: The past-due amount is ((price:$164.22)), and the cutoff is set for ((date:Wednesday)).",
        "C: I'll pay it on my card.",
        f"C: [[C#c:{c[:4]}]]",
        "A: Go ahead.",
        f"C: [[C#c:{c[4:8]}]], [[C#c:{c[8:12]}]]... and [[C#c:{c[12:]}]].",
        "A: Expiration date?",
        f"C: [[X:{exp_t(e, 'mm/yyyy')}]]. Security code [[V:{G.cvv()}]].",
        "A: All set. I've also put her on our senior medical registry so she gets a call before any future cutoff.",
    ]


@case("t")
def t_uk_council_parking_permit():
    pc = G.pc("NE6")
    reg = G.pat("AA99 AAA")
    c = G.card("mc2")
    e = G.exp()
    return [
        "A: Tynebridge Council, parking services, [[N:Graham]] speaking.",
        "C: Hi, I need a residents' parking permit, I've just moved into Zone F.",
        "A: What's the address?",
        f"C: [[AD:9 Stratford Grove Terrace]], [[PC:{pc}]].",
        "A: And the car's registration?",
        f"C: [[A:{reg}]].",
        "A: A ((dur:12-month)) permit is ((price:£95)). Would you like to pay now?",
        f"C: Yes. Card number [[C:{card_t(c, '-')}]], expiry [[X:{exp_t(e)}]], and the three on the back are [[V:{G.cvv()}]].",
        "A: Thank you. And the name on the card?",
        "C: [[N:Chidi Okonkwo-Hart]].",
        "A: The permit is virtual, so it's active from ((time:midnight)) tonight. You'll get a confirmation email.",
    ]


@case("t")
def t_irish_hospital_appointment():
    mrn = G.pat("9999999")
    eir = G.eircode("H91")
    dob = G.dob(1968, 1990)
    return [
        "A: University Hospital outpatients, [[N:Siobhán]] speaking.",
        "C: Hello, I got a letter for a scan but the date's wrong, I'm away that week.",
        "A: No problem. Your hospital number's on the top left of the letter.",
        f"C: [[A:{mrn}]].",
        "A: And the date of birth, please?",
        f"C: [[D:{dob_t(dob, 'uk')}]].",
        "A: Thanks, Mr [[N:Ó Ceallaigh]]. You're down for ((date:15th May)) at ((time:9:10)). When suits?",
        "C: Any time after the ((date:22nd)).",
        "A: I have ((date:26th May)) at ((time:2:45)). It's an MRI, so it'll take ((dur:about 40 minutes)).",
        f"C: Grand. Is my address right on the letter? [[AD:3 Claddagh Quay]], Galway, [[PC:{eir}]].",
        "A: That's what I have. Leave off any jewellery and don't eat for ((dur:four hours)) before.",
    ]


@case("t")
def t_student_loan_edu():
    ssn = G.ssn()
    em = "marcus.j.belfort@umich.edu"
    return [
        "A: Great Lakes Education Loan Services, [[N:Shauna]] speaking. Can I have your name?",
        "C: [[N:Marcus Belfort]].",
        "A: And your Social Security number?",
        f"C: [[S:{ssn_t(ssn, ' ')}]].",
        "A: Thank you. What can I help you with?",
        "C: I'm going back to grad school in the fall and want to defer my loans.",
        "A: Once your school reports you're enrolled at least half-time, the in-school deferment applies automatically. That's ((count:six)) credit hours at most schools.",
        "C: I'm taking nine. Will interest keep building?",
        "A: On the unsubsidized loans, yes, at ((pct:5.5%)). The subsidized ones don't accrue while you're in school.",
        "C: Can you send me a summary?",
        f"A: Sure. I have [[E:{em}]] on file. Is that still good?",
        "C: Yes, that works.",
    ]


@case("t")
def t_telecom_us_port():
    acct = G.pat("999999999")
    pin = G.pat("999999")
    ph = G.us_phone("405")
    return [
        "A: Thanks for calling Red Dirt Wireless, this is [[N:Colby]].",
        "C: Hi, I'm switching carriers and the new one needs my account number and a transfer PIN.",
        "A: I can help. What's the phone number you're porting?",
        f"C: [[P:{ph[:3]}.{ph[3:6]}.{ph[6:]}]].",
        "A: And your name?",
        "C: [[N:Yesenia Carrizales]].",
        f"A: Thank you. Your account number is [[A:{acct}]] and your transfer PIN is [[A:{pin}]]. It's valid for ((dur:72 hours)).",
        "C: Will my last bill be prorated?",
        "A: Yes. You're on the ((price:$55)) plan, so you'll see a partial charge for the days used, plus the remaining ((price:$120)) on the phone installment.",
        "C: Ugh, okay.",
        "A: Anything else today?",
        "C: No, that's it.",
    ]


@case("a")
def a_airline_refund_email():
    pnr = G.pat("AAA9A9")
    ph = G.us_phone("504")
    return [
        "A: gulf coast airways reservations this is [[N:antoine]] can i have your confirmation code",
        f"C: [[A:{nato(pnr[:3], 'as in')} {say(pnr[3:])}]]",
        "A: thank you mister [[N:thibodeaux]] i see you were on ((flight:g c seven oh four)) to atlanta that got cancelled",
        "C: yeah and they put me on ((flight:gc seven twelve)) the next day which was useless my meeting was at ((time:nine am))",
        "A: i understand you're entitled to a full refund of ((price:three hundred twelve dollars)) to the original form of payment",
        "C: can you send the receipt to my work email",
        "A: sure go ahead",
        "C: [[E:r thibodeaux at crescent marine dot com]]",
        "A: and a callback number in case there's an issue",
        f"C: [[P:{say(ph[:3])} {say(ph[3:6])} {say(ph[6:], zero='zero')}]]",
        "A: refund's submitted it shows up in ((dur:seven to ten days))",
    ]


@case("a")
def a_card_activation_cvv():
    c = G.card("mc")
    e = G.exp()
    cv = G.cvv()
    return [
        "I: to activate your new card please say the card number",
        f"C: [[C#c:{say(c[:4])} {say(c[4:8])}]] um [[C#c:{say(c[8:])}]]",
        "I: please say the expiration date",
        f"C: [[X:{exp_a(e, 'oh')}]]",
        "I: please say the three digit security code on the back of the card",
        f"C: [[V:{say(cv)}]]",
        "I: i'm sorry i didn't get that please say the security code again",
        f"C: [[V:{pairs(cv[:2])} {say(cv[2])}]]",
        "I: thank you your card is now active",
        "C: finally",
    ]


@case("a")
def a_healthcare_portal_email():
    dob = G.dob(1985, 2000)
    mrn = G.pat("E99999999")
    return [
        "A: patient portal help desk this is [[N:camille]]",
        "C: hi i can't log in to see my test results it keeps saying my email doesn't match",
        "A: okay can i get your name and date of birth",
        f"C: [[N:precious]] [[N:mbeki]] [[D:{dob_a(dob, 'us')}]]",
        "A: thank you and your medical record number it starts with an e",
        f"C: [[A:{spell(mrn[0])} {say(mrn[1:])}]]",
        "A: i have the email as [[E:precious mbeki at hotmail dot com]]",
        "C: oh thats my old one it should be [[E:pmbeki dot rn at outlook dot com]]",
        "A: i've updated it you'll get a reset link in ((dur:about five minutes)) and it expires after ((dur:twenty four hours))",
        "C: perfect thanks [[N:camille]]",
    ]


@case("a")
def a_utility_arkansas_address():
    acct = G.pat("99999999")
    z = G.zip("722")
    return [
        "A: natural state power this is [[N:wendell]] how can i help you",
        "C: hi yeah i'm moving across town and need to transfer service",
        "A: sure what's the account number",
        f"C: its [[A#a:{say(acct[:3])}]] hang on my kid's yelling [[A#a:{say(acct[3:])}]]",
        "A: and the new address",
        f"C: [[AD:fifty five hundred markham street apartment two twelve]] little rock [[PC:{say(z)}]]",
        f"A: okay thats [[AD:fifty five hundred markham street apartment two twelve]] zip [[PC:{say(z, zero='zero')}]]",
        "C: yes sir",
        "A: when do you want it on",
        "C: the ((date:first)) i get the keys that morning",
        "A: alright on by ((time:five pm)) on the first and off at the old place the ((date:second)) there's a ((price:twenty five dollar)) connection fee",
        "C: thats fine",
    ]


@case("a")
def a_glasgow_gas_meter():
    mprn = G.pat("99999999")
    pc = G.pc("G41")
    mob = G.uk_mobile()
    return [
        "A: hello thistle energy [[N:kenny]] speaking",
        "C: oh hi [[N:kenny]] its [[N:senga]] [[N:mcphail]] my prepayment meter's no taking the top up",
        "A: oh no have you got your gas meter point reference there",
        f"C: aye [[A:{say(mprn)}]]",
        "A: and your postcode",
        f"C: [[PC:{spell(pc[0])} {say(pc.split()[0][1:])} {say(pc.split()[1][0])} {spell(pc.split()[1][1:])}]]",
        "A: right i can see the last vend was ((price:twenty pound)) on ((date:saturday)) but it never reached the meter",
        "C: the screen says ((other:error thirty one))",
        "A: i'll send an engineer out today and i'll add ((price:ten pound)) emergency credit now can he call you on [[P:{}]]".format(say(mob, dbl=True)),
        "C: aye thats me",
    ]


@case("a")
def a_dentist_billing():
    acct = G.pat("99999")
    c = G.card("visa")
    e = G.exp()
    return [
        "A: bright smile family dental billing this is [[N:perla]]",
        "C: hi i got a bill for my daughter's fillings and i want to pay it",
        "A: sure what's the patient's name",
        "C: [[N:amaya]] [[N:castillo]]",
        f"A: and the account number at the top",
        f"C: [[A:{say(acct)}]]",
        "A: okay the balance after insurance is ((price:one eighty five)) insurance paid ((pct:eighty percent))",
        f"C: okay card is [[C#c:{pairs(c[:4])}]] [[C#c:{pairs(c[4:8])}]] um [[C#c:{pairs(c[8:12])} {pairs(c[12:])}]]",
        f"A: expiration",
        f"C: [[X:{exp_a(e, 'plain')}]]",
        "A: and cvv",
        f"C: [[V:{say(G.cvv())}]]",
        "A: that's paid you're all set",
    ]


@case("a")
def a_bank_statement_nino_scot():
    ni = G.nino()
    sc = G.pat("999999")
    acct = G.pat("99999999")
    return [
        "A: you're through to caledonian savings my name is [[N:fiona]]",
        "C: hi [[N:fiona]] i need a statement for my mortgage application",
        "A: nae bother can i have your sort code and account number",
        f"C: sort code [[A:{pairs(sc)}]] account [[A:{say(acct)}]]",
        "A: and for security your national insurance number",
        f"C: [[S:{spell(ni[:2])} {pairs(ni[2:8])} {spell(ni[8])}]]",
        "A: thank you mister [[N:drummond]] no sorry mister [[N:dunmore]] how many months do you need",
        "C: the lender said ((dur:three months))",
        "A: i'll post them today they take ((dur:two to three working days)) or i can email them",
        "C: email's better [[E:alistair dot dunmore at btinternet dot com]]",
        "A: done",
    ]


@case("t")
def t_fraud_account_takeover():
    ph = G.us_phone("901")
    ph2 = G.us_phone("662")
    dob = G.dob(1960, 1980)
    return [
        "A: River City Bank fraud department, this is [[N:Octavia]].",
        "C: Hi, I just got an email saying my email address and phone number were changed. I didn't do that.",
        "A: Let's secure the account. Your full name and date of birth, please.",
        f"C: [[N:Leland Birdsong]], [[D:{dob_t(dob, 'long_us')}]].",
        "A: Thank you. What's the correct phone number?",
        f"C: [[P:{us_ph(ph)}]]. The new one on there isn't mine.",
        f"A: I see it was changed to [[P:{us_ph(ph2)}]] at ((time:3:52 a.m.)) today. And the correct email?",
        "C: [[E:lbirdsong@bellsouth.net]].",
        "A: I've restored both and locked online banking. There was a ((price:$2,500)) Zelle transfer pending; I've stopped it.",
        "C: Oh my God. Thank you.",
        "A: You'll need to set a new password within ((dur:24 hours)). I'm also adding a verbal password to the account.",
    ]


@case("t")
def t_medicaid_renewal():
    mid = G.pat("999999999A")
    ssn = G.ssn()
    em = "tamika.fairley1984@gmail.com"
    return [
        "A: State Medicaid customer service, my name is [[N:Bethany]].",
        "C: Hi, my renewal packet says I have to send proof of income by the ((date:30th)). I'm [[N:Tamika Fairley]].",
        "A: Okay, Ms. [[N:Fairley]]. Can I have your Medicaid ID?",
        f"C: [[A:{mid}]].",
        "A: And your Social Security number to confirm?",
        f"C: [[S:{ssn}]].",
        "A: Thank you. I see ((count:four)) people on the case: you and ((count:three)) children. What proof do you have?",
        "C: My last ((count:two)) pay stubs. Can I email them?",
        f"A: You can upload them or email them. Which email should I send the upload link to?",
        f"C: [[E:{em}]].",
        "A: Sent. Coverage continues as long as we get them within ((dur:ten days)).",
    ]


@case("t")
def t_dealer_warranty_model():
    vin = G.pat("1AAAA99A9AA999999")
    ph = G.us_phone("317")
    return [
        "A: Crossroads Ford service, this is [[N:Brent]].",
        "C: Hi [[N:Brent]]. My ((year:2022)) ((model:F-150)) has a recall notice and I want to schedule it.",
        "A: Sure. Can you read me the VIN?",
        f"C: [[A:{vin}]].",
        "A: Got it. That's the ((model:10R80)) transmission recall. It's about ((dur:a three-hour)) job.",
        "C: Can I drop it off at ((time:7 a.m.))?",
        "A: Yes. Name and number for the work order?",
        f"C: [[N:Rusty Van Beek]], [[P:{us_ph(ph)}]].",
        "A: Perfect, Mr. [[N:Van Beek]]. We'll see you ((date:Tuesday)). There's a loaner if you need one.",
    ]


@case("t")
def t_uk_school_admissions():
    ref = G.pat("SA/9999/99999")
    pc = G.pc("B13")
    return [
        "A: Brindley Council school admissions, this is [[N:Nasreen]].",
        "C: Hi, I'm ringing about my son's secondary school place. We didn't get any of our ((count:five)) choices.",
        "A: I'm sorry. Can I have the application reference?",
        f"C: [[A:{ref}]].",
        "A: And the child's name and date of birth?",
        f"C: [[N:Idris Mahmood]], [[D:{dob_t(G.dob(2013, 2014), 'uk')}]].",
        "A: Thank you. He's been offered Moseley Park, which is about ((dur:25 minutes)) on the bus. He's ((other:14th)) on the waiting list for Kings Heath.",
        "C: Can we appeal?",
        "A: Yes, the deadline is ((date:20th May)). I'll send the form to the home address. Still the same?",
        f"C: [[AD:61 Swanshurst Lane]], Birmingham, [[PC:{pc}]].",
        "A: That's the one. The hearings usually run in ((date:June)).",
    ]


@case("t")
def t_vet_insurance_card_amex():
    c = G.card("amex")
    e = G.exp()
    return [
        "A: Pawsure Pet Insurance, you're speaking to [[N:Hollie]].",
        "C: Hi, my dog's policy lapsed because my card expired. I need to update it.",
        "A: No problem. What's the policy number?",
        f"C: [[A:{G.pat('PW99999999')}]].",
        "A: Thank you. And the new card?",
        f"C: It's an Amex. [[C#c:{c[:4]}]]... [[C#c:{c[4:10]}]]... [[C#c:{c[10:]}]].",
        "A: And the expiry and the ((count:four))-digit code?",
        f"C: Expiry [[X:{exp_t(e)}]], code [[V:{G.cvv(4)}]]. The old one expired [[X:{exp_t((e[0], 2025))}]].",
        "A: Thanks. The missed premium of ((price:£38.40)) will be taken today and cover for Biscuit carries on with no gap.",
        "C: She's ((other:twelve)), I couldn't get new cover for her now.",
        "A: You won't need to. Everything's back in place.",
    ]


@case("t")
def t_phone_bill_email_update():
    acct = G.pat("9999-9999-99")
    ph = G.uk_land()
    return [
        "A: Lochside Broadband, [[N:Callum]] here. How can I help?",
        "C: I've been getting my bills sent to my late husband's email. I need it changed to mine.",
        "A: I'm very sorry for your loss. What's the account number?",
        f"C: [[A:{acct}]].",
        "A: And the landline on the account?",
        f"C: [[P:{uk_ph(ph)}]].",
        "A: Thank you. Who am I speaking with?",
        "C: [[N:Agnes Strachan]]. The account was in [[N:Robert]]'s name.",
        "A: I'll move it into your name. The email on file is [[E:rab.strachan@talktalk.net]]. What's the new one?",
        "C: [[E:agnes.strachan47@gmail.com]].",
        "A: Done. Your price stays at ((price:£32.99)) a month, and there's no fee for the name change.",
    ]


@case("a")
def a_travel_agent_flights():
    pnr = G.pat("A9A9AA")
    c = G.card("visa")
    e = G.exp()
    return [
        "A: shamrock holidays this is [[N:oisin]] speaking",
        "C: hi i'm booked on the ((flight:ei one three seven)) to chicago and i want to add my husband",
        "A: lovely whats the booking reference",
        f"C: [[A:{say(pnr)}]]",
        "A: and your husband's name as on his passport",
        "C: [[N:tadhg]] [[N:o'riordan]]",
        "A: okay theres a seat on the same flight and on the return ((flight:ei one two four)) the total is ((price:six hundred and twelve euro))",
        f"C: grand put it on my card [[C#c:{say(c[:4])}]] [[C#c:{say(c[4:8], zero='zero')}]] [[C#c:{say(c[8:12])}]] [[C#c:{say(c[12:])}]]",
        "A: and expiry and the three digits on the back",
        f"C: [[X:{exp_a(e, 'oh')}]] and [[V:{say(G.cvv())}]]",
        "A: all done you're both in row ((other:twenty two))",
    ]


@case("a")
def a_pharmacy_phone_dob():
    dob = G.dob(1952, 1970)
    ph = G.us_phone("205")
    return [
        "A: walgood pharmacy this is [[N:jasmine]] in the pharmacy how can i help",
        "C: yeah i'm calling to check if my blood pressure pills are ready",
        "A: whats the date of birth",
        f"C: [[D:{dob_a(dob, 'num_us')}]]",
        "A: and the last name",
        "C: [[N:brooks]] [[N:b r o o k s]] first name [[N:elbert]]",
        f"A: i have a phone of [[P:{say(ph[:3])} {say(ph[3:])}]] is that still good",
        "C: yeah thats my cell",
        "A: okay your lisinopril is ready its ((price:four dollars)) and the other one needs a new script from doctor [[N:haddad]]",
        "C: can yall call him for me",
        "A: i'll fax it over today they usually respond within ((dur:forty eight hours))",
    ]


@case("a")
def a_bank_card_lost_readback():
    c = G.card("mc")
    return [
        "A: first prairie bank lost and stolen cards this is [[N:garrett]]",
        "C: hi i left my debit card at a gas station in wichita",
        "A: okay do you have the card number",
        f"C: [[C:{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}]]",
        f"A: okay thats [[C#r:{say(c[:8])}]] [[C#r:{say(c[8:])}]]",
        "C: thats right",
        "A: and your name",
        "C: [[N:hyun]] [[N:woo]] [[N:park]]",
        "A: thank you mister [[N:park]] i've blocked it no charges since ((time:six thirty)) when you bought gas for ((price:forty one twenty))",
        "C: okay good",
        "A: a new card will be mailed in ((dur:seven to ten days)) or you can pick one up at a branch for ((price:five dollars))",
    ]


@case("a")
def a_dmv_dob_address_email():
    dl = G.pat("A99999999")
    dob = G.dob(1986, 2004)
    z = G.zip("641")
    return [
        "A: missouri license office this is [[N:darnell]]",
        "C: hi i want to renew my license online but it says my info doesn't match",
        "A: lets check it whats the license number",
        f"C: [[A:{spell(dl[0])} {say(dl[1:])}]]",
        "A: and date of birth",
        f"C: [[D:{dob_a(dob, 'short')}]]",
        "A: and the address on file",
        f"C: [[AD:thirty one oh six troost avenue]] kansas city [[PC:{say(z)}]]",
        "A: okay the system has apartment ((other:four)) but you didn't put one when you renewed",
        "C: oh i moved downstairs its [[AD:thirty one oh six troost avenue unit one]]",
        "A: i've updated it the renewal link goes to [[E:k r o b i n s o n at gmail dot com]]",
        "C: yeah thats it",
        "A: the renewal is ((price:fifteen dollars)) for ((dur:six years))",
    ]


@case("a")
def a_insurance_home_claim():
    pol = G.pat("99999999")
    ph = G.us_phone("318")
    return [
        "A: bayou mutual claims this is [[N:thibault]] can i get your policy number",
        f"C: [[A:{say(pol[:2])}]] um its hard to read [[A#p:{say(pol[2:])}]]",
        "A: thank you and whats going on",
        "C: a tree came through my roof last night in the storm",
        "A: oh my is everyone safe",
        "C: yeah me and the kids are at my mom's",
        f"A: okay i'm opening a claim an adjuster will call you at [[P:{say(ph)}]] is that right",
        "C: yes",
        "A: your deductible on wind is ((pct:two percent)) of the dwelling coverage so about ((price:three thousand eight hundred))",
        "C: wow okay",
        "A: and you have ((dur:thirty days)) of living expenses covered while you're out of the house",
    ]


@case("a")
def a_uk_gp_nhs_number():
    nhs = G.pat("9999999999")
    dob = G.dob(1990, 2003)
    return [
        "A: good afternoon parkside surgery [[N:jackie]] speaking",
        "C: hi i've just moved to the area and want to register",
        "A: lovely have you got your nhs number",
        f"C: [[A#n:{say(nhs[:3])}]] [[A#n:{say(nhs[3:6])}]] um [[A#n:{say(nhs[6:])}]]",
        "A: can i get your name and date of birth please",
        f"C: [[N:zainab]] [[N:hussain]] [[D:{dob_a(dob, 'uk')}]]",
        "A: and whats your new address",
        f"C: [[AD:flat six forty two burley road]] leeds [[PC:{say(G.pc('LS4').replace(' ', ''))}]]",
        "A: perfect you're in our catchment you'll need a new patient check with the nurse its ((dur:twenty minutes))",
        "C: can i do after work",
        "A: we have a late clinic on ((date:thursdays)) until ((time:seven thirty))",
    ]


@case("a")
def a_council_tax_glasgow_card():
    ref = G.pat("99999999")
    c = G.card("visa")
    e = G.exp()
    return [
        "A: glasgow city council tax this is [[N:steven]]",
        f"C: hiya i want to pay off my council tax my reference is [[A:{pairs(ref)}]]",
        "A: thanks can i take your name",
        "C: [[N:bridie]] [[N:mcalinden]]",
        "A: thanks [[N:bridie]] the balance is ((price:three hundred and nine pound forty))",
        f"C: right card number [[C#c:{say(c[:4])} {say(c[4:8])}]] [[C#c!:{say(c[8:10])}]] naw sorry [[C#c:{say(c[8:12])} {say(c[12:])}]]",
        "A: thats fine and the expiry",
        f"C: [[X:{exp_a(e, 'month2')}]]",
        "A: and the security number",
        f"C: [[V:{say(G.cvv())}]]",
        "A: lovely thats paid off for the year",
    ]


@case("a")
def a_credit_bureau_freeze():
    ssn = G.ssn()
    dob = G.dob(1958, 1975)
    z = G.zip("432")
    return [
        "A: credit freeze department this is [[N:maribel]]",
        "C: hi i was told to freeze my credit after someone opened a card in my name",
        "A: i'm sorry about that i'll need your full social",
        f"C: [[S:{pairs(ssn[:2])} {say(ssn[2])} {pairs(ssn[3:5])} {pairs(ssn[5:])}]]",
        "A: date of birth",
        f"C: [[D:{dob_a(dob, 'digits')}]]",
        "A: and current address",
        f"C: [[AD:seven seventy high street apartment nine]] columbus ohio [[PC:{say(z)}]]",
        "A: thank you the freeze is in place now it's free and you can lift it any time with the pin i'm sending by mail",
        "C: how long till it's in place with the other bureaus",
        "A: you'll need to call them separately it takes ((dur:about an hour)) each if the lines are busy",
    ]


@case("t")
def t_hsa_card_dispute():
    c = G.card("disc")
    e = G.exp()
    return [
        "A: Summit Health Savings, this is [[N:Kendra]].",
        "C: Hi, my HSA card was declined at the eye doctor, and then I saw a charge I don't recognize.",
        "A: Let me pull it up. What's the card number?",
        f"C: [[C:{c}]].",
        "A: And the expiration and CVV?",
        f"C: [[X:{exp_t(e, 'mm/yyyy')}]], CVV [[V:{G.cvv()}]].",
        "A: Thank you. The decline was because of a ((price:$740)) charge at a pharmacy in Phoenix on ((date:March 2nd)).",
        "C: I've never been to Phoenix. I'm in Duluth.",
        "A: I'll close the card and file a dispute. Your contribution limit for ((year:2024)) is unaffected.",
        "C: How long for the dispute?",
        "A: Usually ((dur:10 business days)). We'll call you at the number on file.",
    ]


@case("t")
def t_tenant_repair_email():
    pc = G.pc("M14")
    ph = G.uk_mobile()
    return [
        "A: Irwell Homes, repairs, [[N:Bukola]] speaking.",
        "C: Hi, there's damp coming through the bedroom wall again. I reported it in ((year:2023)) and nothing happened.",
        "A: I'm sorry. Can I take the address?",
        f"C: [[AD:Flat 4, 19 Claremont Road]], Manchester, [[PC:{pc}]].",
        "A: And your name?",
        "C: [[N:Oluwaseun Adeyemi-Clarke]].",
        f"A: Thank you. Best contact number?",
        f"C: [[P:{uk_ph(ph)}]], and email is [[E:seun.adeyemiclarke@hotmail.co.uk]].",
        "A: I've raised it as a priority. A surveyor will come within ((dur:5 working days)), and I'll send the job number to your email.",
        "C: My daughter has asthma, it's been bad.",
        "A: I've noted that. Under the new rules we have to investigate within ((dur:14 days)), but I've pushed it sooner.",
    ]


@case("t")
def t_truck_loan_refi():
    ssn = G.ssn()
    dob = G.dob(1972, 1990)
    return [
        "A: Plainsman Credit Union, auto lending. This is [[N:Dale]].",
        "C: Hi, I want to refinance my truck. The rate at the dealer was awful.",
        "A: Happy to look. What's the vehicle?",
        "C: A ((year:2021)) ((model:Ram 2500)), about ((quantity:48,000)) miles.",
        "A: And your current rate?",
        "C: ((pct:11.4%)). The payment is ((price:$812)) a month.",
        "A: We could likely get you near ((pct:6.2%)). I'll need your full name, date of birth and Social.",
        f"C: [[N:Jedediah Pruett]], [[D:{dob_t(dob, 'us')}]], and [[S:{ssn_t(ssn)}]].",
        "A: Thank you, Mr. [[N:Pruett]]. You're pre-approved. Loan term options are ((dur:48)) or ((dur:60 months)).",
        "C: Sixty, please.",
        "A: Great. I'll email the documents. What address?",
        "C: [[E:jed.pruett@prairienet.org]].",
    ]


@case("t")
def t_aberdeen_energy_phone_email():
    acct = G.pat("A99999999")
    pc = G.pc("AB24")
    ph = G.uk_land()
    return [
        "A: Granite Power, you're through to [[N:Iain]].",
        "C: Hello, I want to update my phone number and email, the old ones are my ex-husband's.",
        "A: Of course. Account number, please?",
        f"C: [[A:{acct}]].",
        "A: And the postcode?",
        f"C: [[PC:{pc}]].",
        "A: Thank you, Ms [[N:Bremner]]. What's the new number?",
        f"C: [[P:{uk_ph(ph)}]].",
        "A: And the new email?",
        "C: [[E:lesley.bremner@outlook.com]].",
        f"A: So that's [[P:{uk_ph(ph)}]] and [[E:lesley.bremner@outlook.com]]. Done. Your next bill goes out on the ((date:3rd)).",
        "C: Thank you.",
    ]


@case("t")
def t_walkin_clinic_bill_card():
    c = G.card("mc2")
    e = G.exp()
    acct = G.pat("G99999999")
    return [
        "A: Prairie View Urgent Care billing. I'm [[N:Renee]].",
        "C: Hi, I'm paying a bill for my visit. The guarantor number is [[A:{}]].".format(acct),
        "A: Thank you. And the patient's date of birth?",
        f"C: [[D:{dob_t(G.dob(1993, 2001), 'dots')}]].",
        "A: The balance is ((price:$175)), for the X-ray and ((count:two)) stitches.",
        f"C: Okay. Card is [[C#c:{c[:4]}-{c[4:8]}]], sorry, my screen locked... [[C#c:{c[8:12]}-{c[12:]}]].",
        "A: Expiration date?",
        f"C: [[X:{exp_t(e, 'word')}]].",
        "A: And the security code?",
        f"C: [[V:{G.cvv()}]].",
        f"A: I'll read it back: card ending [[C:{c[12:]}]], expiring [[X:{exp_t(e)}]]. Approved.",
    ]


@case("t")
def t_irish_revenue_ppsn():
    ppsn = G.pat("9999999") + G.r.choice("ABCDEFGHW")
    eir = G.eircode("D04")
    return [
        "A: Revenue, you're speaking with [[N:Eoin]].",
        "C: Hi [[N:Eoin]]. I'm trying to claim the rent tax credit for ((year:2023)) and it's saying my details don't match.",
        "A: Can I have your PPS number?",
        f"C: [[S:{ppsn}]].",
        "A: And your name and address?",
        f"C: [[N:Saoirse Fitzgerald]], [[AD:Apartment 12, 40 Merrion Road]], Dublin, [[PC:{eir}]].",
        "A: Thanks. It looks like your landlord's registration number is missing. The credit is up to ((price:€750)) a year.",
        "C: I'll ask him for it.",
        "A: Once you have it, the claim takes ((dur:about five working days)) to process.",
    ]


@case("a")
def a_airline_miles_email():
    ff = G.pat("99999999999")
    return [
        "A: heartland air loyalty desk this is [[N:yusuf]]",
        "C: hi my miles from my last trip never posted",
        "A: i can help whats your skymiles no sorry your prairie miles number",
        f"C: [[A:{say(ff[:4])} {say(ff[4:8])} {say(ff[8:])}]]",
        "A: and which flights",
        "C: ((flight:h a two eighty one)) from des moines to denver on ((date:april ninth)) and ((flight:ha two ninety)) back on the ((date:twelfth))",
        "A: okay i see them thats ((quantity:eighteen hundred)) miles i'll add them manually",
        "C: can you email me confirmation",
        "A: sure what email should i use",
        "C: [[E:wren dot hollister at icloud dot com]]",
        "A: thank you [[N:wren]] done and they'll show up in ((dur:about a day))",
    ]


@case("a")
def a_catalog_order_phone():
    order = G.pat("99999999")
    ph = G.us_phone("417")
    c = G.card("visa")
    e = G.exp()
    return [
        "A: ozark outfitters phone orders this is [[N:marlene]]",
        "C: hi i want to order the ((model:trailmaster four hundred)) boots in a size ((other:ten and a half))",
        "A: sure thing that's ((price:one forty nine ninety five)) can i get a phone number for the order",
        f"C: [[P:{say(ph[:3])} {say(ph[3:6])} {say(ph[6:8])} {say(ph[8:])}]]",
        "A: and the name",
        "C: [[N:luther]] [[N:ashcraft]]",
        f"A: and how would you like to pay",
        f"C: visa [[C:{say(c)}]] expires [[X:{exp_a(e, 'plain')}]] and the security is [[V:{say(G.cvv())}]]",
        f"A: thank you your order number is [[A:{say(order)}]] it ships in ((dur:two days))",
        "C: great thanks",
    ]


@case("a")
def a_uk_universal_credit_phone():
    ni = G.nino()
    mob = G.uk_mobile()
    return [
        "A: universal credit helpline you're speaking to [[N:delroy]]",
        "C: hiya my payment's come in short this month by like ((price:two hundred quid))",
        "A: i'll check for you whats your national insurance number",
        f"C: [[S#n:{spell(ni[:2])} {say(ni[2:5])}]] hang on [[S#n:{say(ni[5:8])} {spell(ni[8])}]]",
        "A: and the name on the claim please",
        "C: [[N:shauna]] [[N:mcdermott]]",
        "A: thanks [[N:shauna]] there's an advance repayment of ((pct:fifteen percent)) coming off and a deduction for a previous overpayment",
        "C: nobody told me that",
        f"A: it would've been in your journal i can ask a work coach to ring you on [[P:{say(mob[:5], zero='oh')} {say(mob[5:])}]]",
        "C: aye please",
    ]


@case("a")
def a_cable_cvv_readback():
    c = G.card("mc")
    e = G.exp()
    cv = G.cvv()
    return [
        "A: thanks for calling riverbend cable this is [[N:stacy]] are you calling to make a payment",
        "C: yeah i'm [[N:dewayne]] [[N:mcnair]] i wanna pay the ((price:ninety four dollars))",
        f"A: alright go ahead with the card",
        f"C: [[C:{say(c[:4])} {pairs(c[4:])}]]",
        "A: expiration",
        f"C: [[X:{exp_a(e, 'slash')}]]",
        "A: and the three digit code",
        f"C: [[V:{say(cv)}]]",
        f"A: was that [[V:{say(cv)}]]",
        "C: yes maam",
        "A: okay you're paid through the ((date:thirtieth)) and the channel upgrade starts ((date:friday))",
    ]


@case("a")
def a_hospital_charity_care_email():
    acct = G.pat("99999999")
    dob = G.dob(1980, 1995)
    return [
        "A: patient financial services this is [[N:oscar]]",
        "C: hi my name is [[N:aaliyah]] [[N:okoro]] i got a bill for ((price:eleven thousand)) from my surgery and i can't pay that",
        "A: i understand you may qualify for financial assistance can i have your account number",
        f"C: [[A:{say(acct, zero='zero')}]]",
        "A: and the patient's date of birth",
        f"C: [[D:{dob_a(dob, 'us')}]]",
        "A: okay households up to ((pct:three hundred percent)) of poverty level get a discount how many people live with you",
        "C: ((count:three)) me and my two boys",
        "A: i'll email you the application whats your email",
        "C: [[E:aaliyah okoro at yahoo dot com]]",
        "A: sent and i've put the bill on hold for ((dur:ninety days))",
    ]


@case("a")
def a_scot_rail_refund_phone():
    ref = G.pat("AAA99999")
    mob = G.uk_mobile()
    return [
        "A: caledonia rail customer relations [[N:lewis]] speaking",
        "C: hiya my train was ((dur:two hours)) late from inverness on ((date:sunday)) and i want my money back",
        "A: sorry about that whats the booking reference",
        f"C: [[A:{spell(ref[:3])} {say(ref[3:])}]]",
        "A: thanks and your name",
        "C: [[N:ailsa]] [[N:mackintosh]]",
        "A: you're due a full refund of ((price:sixty eight pound fifty)) for the ((time:ten oh four)) service",
        f"C: brilliant can you text me when it's done [[P:{say(mob, dbl=True)}]]",
        "A: will do it takes ((dur:up to fourteen days))",
    ]


@case("t")
def t_prior_auth_doctor_office():
    mid = G.pat("AAA999999999")
    ph = G.us_phone("816")
    return [
        "A: ClearPath utilization review, this is [[N:Stephanie]]. Are you calling from a provider's office?",
        "C: Yes, this is [[N:Rahel]] at Northland Family Medicine, calling for Dr. [[N:Abernethy-Soto]].",
        "A: Thank you. Member ID?",
        f"C: [[A:{mid}]], the patient is [[N:Virgil Haskins]].",
        "A: What's being requested?",
        "C: An MRI of the lumbar spine. He's done ((dur:six weeks)) of physical therapy with no improvement.",
        "A: That meets criteria. Approval number will be faxed within ((dur:24 hours)). What's your callback number?",
        f"C: [[P:{us_ph(ph)}]], extension ((other:214)).",
        "A: Got it. The approval covers ((count:one)) study, valid for ((dur:60 days)).",
    ]


@case("t")
def t_us_water_leak_adjust():
    acct = G.pat("999-99999-999")
    ph = G.us_phone("217")
    return [
        "A: Sangamon Water, customer service. [[N:Heather]] speaking.",
        "C: Hi [[N:Heather]]. My bill this month is ((price:$463)). It's usually about ((price:$60)).",
        "A: Oh wow. Let me look. Account number?",
        f"C: [[A:{acct}]].",
        "A: I see usage of ((quantity:38,000)) gallons versus around ((quantity:4,000)) normally. Was there a leak?",
        "C: Yes, a toilet was running in the rental upstairs for ((dur:three weeks)). My tenant didn't tell me.",
        "A: We do a one-time leak adjustment if you send a plumber's receipt. Who should our field tech call?",
        f"C: My tenant, [[N:Ngozi]], at [[P:{ph[:3]}-{ph[3:6]}-{ph[6:]}]]. I'm out of town till ((date:May 10th)).",
        "A: Okay. The adjustment usually brings it down by about ((pct:70%)).",
    ]


@case("a")
def a_pharmacy_transfer_phone():
    rx = G.pat("9999999")
    ph = G.us_phone("479")
    return [
        "A: hi this is [[N:bao]] at riverside drug how can i help",
        "C: yeah i want to transfer a prescription from the big box store to yall",
        "A: sure whats the prescription number on the bottle",
        f"C: [[A:{say(rx)}]]",
        "A: and your name and birthday",
        f"C: [[N:earl]] [[N:whitt]] [[D:{dob_a(G.dob(1949, 1960), 'num_us')}]]",
        f"A: and the store phone number on the label",
        f"C: [[P:{say(ph[:3])} {say(ph[3:6])} {say(ph[6:])}]]",
        "A: okay it'll be ready by ((time:three)) this afternoon your copay is ((price:eight dollars)) for ((quantity:thirty)) tablets",
        "C: thank you darlin",
    ]


@case("a")
def a_irish_broadband_card():
    c = G.card("mc2")
    e = G.exp()
    eir = G.eircode("V94")
    return [
        "A: hello wild atlantic broadband [[N:orla]] speaking",
        "C: hi [[N:orla]] my name is [[N:micheal]] [[N:breathnach]] i want to sign up for the fibre",
        "A: lovely whats the eircode",
        f"C: [[PC:{spell(eir[0])} {say(eir[1:3])} {say(eir[4:])}]]",
        "A: good news its available there its ((price:forty five euro)) a month for ((dur:twelve months)) and ((quantity:five hundred)) meg",
        "C: grand sign me up",
        f"A: i need a card for the setup fee of ((price:fifty euro))",
        f"C: [[C#c:{say(c[:8])}]] sorry wait [[C#c:{say(c[8:])}]]",
        "A: and the expiry and the three digits",
        f"C: [[X:{exp_a(e, 'month')}]] and [[V:{say(G.cvv())}]]",
        "A: the engineer will be with you on the ((date:ninth)) between ((time:eight)) and ((time:one))",
    ]


@case("t")
def t_credit_card_balance_transfer():
    c = G.card("visa")
    c2 = G.card("mc")
    return [
        "A: Thank you for calling Lone Star Federal card services, this is [[N:Brandon]].",
        "C: Hi, I want to do a balance transfer from another card.",
        f"A: Sure. Can you confirm your Lone Star card number first?",
        f"C: [[C:{card_t(c)}]].",
        "A: And your name?",
        "C: [[N:Consuelo Ibarra]].",
        "A: Thank you. Which card are we paying off, and how much?",
        f"C: My Mastercard, [[C:{card_t(c2)}]], about ((price:$3,200)).",
        "A: There's a ((pct:3%)) transfer fee and ((pct:0%)) APR for ((dur:15 months)). It'll take ((dur:5 to 7 days)) to post.",
        "C: Perfect.",
    ]


@case("a")
def a_gp_urgent_callback_irish():
    mob = "0861" + G.pat("999999")
    return [
        "A: hello abbeyfeale medical centre [[N:caoimhe]] speaking",
        "C: hi its [[N:nuala]] [[N:de burca]] my little lad has a rash that won't fade when i press a glass on it",
        "A: okay thats urgent you need to go to the emergency department now or ring nine nine nine",
        "C: oh god okay",
        f"A: whats a number the doctor can ring you on",
        f"C: [[P:{say(mob[:3])} {say(mob[3:])}]]",
        "A: doctor [[N:tierney]] will ring you in ((dur:five minutes)) go now dont wait",
        "C: thank you",
    ]


# ---------------------------------------------------------------- build and checks

SPK = {"A": "agent", "C": "customer", "I": "ivr"}
MARK = re.compile(r"\[\[([A-Z]+)(?:#(\w+))?(!)?:(.+?)\]\]|\(\((\w+):(.+?)\)\)")
UNIT_W = {w: str(i) for i, w in enumerate(ONES)}
UNIT_W["oh"] = "0"
DIGIT_WORDS = set(ONES) | {"oh", "double", "triple"}
COMMON_NAME_WORDS = {"rose", "mark", "will", "bill", "grace", "hope", "ray", "may", "june",
                     "april", "sky", "joy", "dawn", "faith", "penny", "frank", "jack", "sue",
                     "rich", "chase", "earnest", "summer", "robin", "hunter", "bay", "wood",
                     "brook", "lane", "hill", "park", "king", "young", "street", "north",
                     "green", "brown", "white", "baker", "mason", "miles", "story", "love",
                     "marsh", "field", "ford", "price", "rice", "case", "rivers", "ash", "dale",
                     "sal", "don", "drew", "pat", "lee", "ali", "rob", "ian", "bob", "ann", "sol",
                     "angel", "precious", "patience", "cherry", "holly", "ivy", "sunny", "star",
                     "fenn", "maam"}
errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def to_chars(s):
    """spoken/typed value -> its digits and letters (NATO words and spelled letters kept)."""
    toks = re.findall(r"[a-z]+|\d+", s.lower())
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t.isdigit():
            out += t
        elif t in ("double", "triple") and nxt:
            rep = UNIT_W.get(nxt, nxt.upper() if len(nxt) == 1 else "")
            out += rep * (2 if t == "double" else 3)
            i += 1
        elif t in UNIT_W:
            out += UNIT_W[t]
        elif t in TEENS:
            out += str(10 + TEENS.index(t))
        elif t in TENS[2:]:
            v = TENS.index(t)
            if nxt in UNIT_W and nxt not in ("zero", "oh"):
                out += "%d%s" % (v, UNIT_W[nxt])
                i += 1
            else:
                out += "%d0" % v
        elif t == "hundred":
            out += "00"
        elif len(t) == 1:
            out += t.upper()
        elif t in ("for", "as", "in", "slash", "dash", "and", "space"):
            pass
        elif t in NATO.values():
            pass  # the letter was already said before "for"/"as in"
        else:
            out += "?"
        i += 1
    return out


def digits_of(s):
    return "".join(ch for ch in to_chars(s) if ch.isdigit())


def parse(cid, raw):
    spk = SPK[raw[0]]
    assert raw[1:3] == ": ", raw
    src = raw[3:]
    text, pii, keep, pos = "", [], [], 0
    for m in MARK.finditer(src):
        text += src[pos:m.start()]
        if m.group(1):
            typ, grp, sup, val = m.group(1), m.group(2), bool(m.group(3)), m.group(4)
            if typ not in TYPES:
                err(cid, "bad type %s" % typ)
            pii.append([len(text), len(text) + len(val), TYPES.get(typ, typ), grp, sup])
        else:
            kind, val = m.group(5), m.group(6)
            if kind not in KINDS:
                err(cid, "bad kind %s" % kind)
            keep.append([len(text), len(text) + len(val), KINDS.get(kind, kind)])
        text += val
        pos = m.end()
    text += src[pos:]
    if "[[" in text or "]]" in text or "((" in text or "))" in text:
        err(cid, "stray markup: " + text)
    return spk, text, pii, keep


def check_span(cid, text, s, e, what):
    if not (0 <= s < e <= len(text)):
        err(cid, "%s out of range" % what)
        return
    v = text[s:e]
    if v != v.strip():
        err(cid, "%s has spaces: %r" % (what, v))
    if v[0] in ",.;:!?'\"-)" or (v[-1] in ",.;:!?'\"-(" and not re.search(r"[ap]\.m\.$", v)):
        err(cid, "%s has punctuation at an edge: %r" % (what, v))
    if s > 0 and text[s - 1].isalnum():
        err(cid, "%s starts inside a word: %r" % (what, v))
    if e < len(text) and text[e].isalnum():
        err(cid, "%s ends inside a word: %r" % (what, v))


STREET = re.compile(r"\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|way|close|"
                    r"crescent|place|terrace|boulevard|blvd|parkway|pike|highway|hwy|trail|"
                    r"circle|row|gardens|grove|walk|square|park|brae|wynd|loop|run|bend|"
                    r"view|hill|green|quay|mews|cottages|estate|parade)\b", re.I)
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "doctor", "sir", "madam"}


def check_value(cid, style, typ, v, whole=None):
    ch = to_chars(v)
    dg = digits_of(v)
    if typ == "NAME":
        if re.search(r"\d", v) or v.lower().split()[0].strip(".") in TITLES:
            err(cid, "bad NAME %r" % v)
        if style == "t" and not re.search(r"[A-Z]", v):
            err(cid, "NAME without capital %r" % v)
    elif typ == "CVV" and not re.fullmatch(r"\d{3,4}", dg):
        err(cid, "bad CVV %r" % v)
    elif typ == "EXPIRY":
        m = re.fullmatch(r"(\d\d?)(\d\d|\d{4})", dg)
        if not (any(mo in v.lower() for mo in MONTHS) or (m and 1 <= int(m.group(1)) <= 12)):
            err(cid, "bad EXPIRY %r" % v)
    elif typ == "SSN":
        c = re.sub(r"[^A-Z0-9]", "", v.upper()) if re.search(r"\d", v) else ch
        ok = (re.fullmatch(r"\d{4}", c) or re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", c)
              or re.fullmatch(r"\d{7}[A-W]W?", c))
        if re.fullmatch(r"\d{9}", c):
            ok = c[:3] not in ("000", "666") and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000"
        if not ok:
            err(cid, "bad SSN %r -> %s" % (v, c))
    elif typ == "PHONE" and not 10 <= len(dg) <= 12:
        err(cid, "bad PHONE %r" % v)
    elif typ == "EMAIL":
        if style == "t" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v):
            err(cid, "bad EMAIL %r" % v)
        if style == "a" and not (" at " in v and " dot " in v):
            err(cid, "bad spoken EMAIL %r" % v)
    elif typ == "ADDRESS":
        first = v.lower().split()[0]
        if not (first[0].isdigit() or first in UNIT_W or first in TEENS or first in TENS
                or first in ("flat", "apartment", "apt", "unit", "suite")) or not STREET.search(v):
            err(cid, "bad ADDRESS %r" % v)
    elif typ == "POSTCODE":
        c = re.sub(r"[^A-Z0-9]", "", v.upper()) if re.search(r"\d", v) else ch
        if not (re.fullmatch(r"\d{5}(\d{4})?", c) or
                re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", c) or
                re.fullmatch(r"[A-Z]\d[\dW][A-Z\d]{4}", c)):
            err(cid, "bad POSTCODE %r -> %s" % (v, c))
    elif typ == "DOB" and not (re.search(r"\d", dg) or any(mo in v.lower() for mo in MONTHS)):
        err(cid, "bad DOB %r" % v)
    elif typ == "ACCOUNT_NUMBER" and not dg:
        err(cid, "ACCOUNT without digits %r" % v)


def build():
    out = []
    name_words = set()
    per_case = []
    for idx, (style, fn) in enumerate(CASES, 1):
        cid = "t12-%03d" % idx
        turns = fn()
        utts, pii, keep = [], [], []
        for ui, raw in enumerate(turns):
            spk, text, p, k = parse(cid, raw)
            utts.append({"speaker": spk, "text": text})
            for s, e, typ, grp, sup in p:
                pii.append((ui, s, e, typ, grp, sup))
            for s, e, kind in k:
                keep.append((ui, s, e, kind))
        pii.sort(key=lambda x: (x[0], x[1]))
        keep.sort(key=lambda x: (x[0], x[1]))
        gmap, recs, gvals = {}, [], {}
        for n, (ui, s, e, typ, grp, sup) in enumerate(pii):
            key = grp if grp else "_%d" % n
            if key not in gmap:
                gmap[key] = "g%d" % (len(gmap) + 1)
            g = gmap[key]
            recs.append({"utterance": ui, "start": s, "end": e, "type": typ, "group": g})
            gvals.setdefault(g, []).append((typ, utts[ui]["text"][s:e], sup))
            if typ == "NAME":
                name_words.update(w for w in re.findall(r"[a-zà-ÿ']+", utts[ui]["text"][s:e].lower())
                                  if len(w) > 2)
        krecs = [{"utterance": ui, "start": s, "end": e, "kind": kind} for ui, s, e, kind in keep]
        # per-span checks
        for ui, u in enumerate(utts):
            text = u["text"]
            spans = [(r["start"], r["end"], r["type"]) for r in recs if r["utterance"] == ui]
            spans += [(r["start"], r["end"], r["kind"]) for r in krecs if r["utterance"] == ui]
            spans.sort()
            for s, e, what in spans:
                check_span(cid, text, s, e, what)
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    err(cid, "overlap %r %r" % (a, b))
            masked = list(text)
            for s, e, _ in spans:
                for i in range(s, e):
                    masked[i] = " "
            masked = "".join(masked)
            if re.search(r"\d", masked):
                err(cid, "digit outside spans: %r" % text)
            run = 0
            for w in re.findall(r"[a-z]+", masked.lower()):
                run = run + 1 if w in DIGIT_WORDS else 0
                if run >= 4:
                    err(cid, "run of digit words outside spans: %r" % text)
                    break
            if style == "a" and (re.search(r"[A-Z.,?!;:@\"]", text)):
                err(cid, "asr text with capitals/punctuation: %r" % text)
            pii_digits = {digits_of(text[r["start"]:r["end"]]) for r in recs if r["utterance"] == ui}
            for r in krecs:
                if r["utterance"] != ui:
                    continue
                kd = digits_of(text[r["start"]:r["end"]])
                if 13 <= len(kd) <= 19 and luhn_ok(kd):
                    err(cid, "look-alike passes Luhn %r" % kd)
                if len(kd) >= 4 and kd in pii_digits:
                    err(cid, "look-alike equals pii digits %r" % kd)
        for g, parts in gvals.items():
            typ = parts[0][0]
            if any(p[0] != typ for p in parts):
                err(cid, "mixed types in group %s" % g)
            if typ == "CARD_NUMBER":
                d = "".join(digits_of(v) for _, v, sup in parts if not sup)
                if len(d) == 4:  # last-four read-back
                    continue
                if len(d) not in (15, 16) or not luhn_ok(d):
                    err(cid, "card %s fails: %s" % (g, d))
            else:
                whole = " ".join(v for _, v, _ in parts)
                check_value(cid, style, typ, whole)
        out.append({"case_id": cid, "style": "transcript" if style == "t" else "asr",
                    "utterances": utts, "pii": recs, "keep": krecs})
    # set-wide checks: names outside spans, repeated utterances
    seen = Counter()
    for obj in out:
        for ui, u in enumerate(obj["utterances"]):
            text = u["text"]
            masked = list(text)
            for r in obj["pii"] + obj["keep"]:
                if r["utterance"] == ui:
                    for i in range(r["start"], r["end"]):
                        masked[i] = " "
            masked = "".join(masked).lower()
            for w in re.findall(r"[a-zà-ÿ']+", masked):
                if w in name_words and w not in COMMON_NAME_WORDS:
                    err(obj["case_id"], "name word %r outside a span: %r" % (w, text))
            norm = " ".join(re.findall(r"[a-z0-9']+", text.lower()))
            if len(norm.split()) >= 4:
                seen[norm] += 1
    for k, v in seen.items():
        if v > 1:
            errors.append("utterance repeated %d times: %r" % (v, k))
    return out


MIN_SPANS = {"NAME": 80, "ACCOUNT_NUMBER": 55, "CARD_NUMBER": 40, "CVV": 20, "EXPIRY": 20,
             "SSN": 15, "PHONE": 25, "EMAIL": 20, "DOB": 20, "ADDRESS": 20, "POSTCODE": 20}


def counts(out):
    c = {"cases": Counter(), "utts": Counter(), "ordinary": Counter(), "pii": Counter(),
         "groups": Counter(), "keep": Counter()}
    for o in out:
        st = o["style"]
        c["cases"][st] += 1
        c["utts"][st] += len(o["utterances"])
        for ui in range(len(o["utterances"])):
            if not any(r["utterance"] == ui for r in o["pii"] + o["keep"]):
                c["ordinary"][st] += 1
        for r in o["pii"]:
            c["pii"][(r["type"], st)] += 1
        for g in {(r["group"], r["type"]) for r in o["pii"]}:
            c["groups"][(g[1], st)] += 1
        for r in o["keep"]:
            c["keep"][(r["kind"], st)] += 1
    return c


def report(c):
    def row(label, cnt, key=None):
        t = cnt[(key, "transcript")] if key else cnt["transcript"]
        a = cnt[(key, "asr")] if key else cnt["asr"]
        print("| %s | %d | %d | %d |" % (label, t, a, t + a))
    print("| | transcript | asr | total |")
    print("|---|---:|---:|---:|")
    row("cases", c["cases"])
    row("utterances", c["utts"])
    row("ordinary utterances (no pii, no keep)", c["ordinary"])
    print("| **pii spans** | | | |")
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
              "POSTCODE", "ACCOUNT_NUMBER", "NAME"]:
        row(t, c["pii"], t)
    print("| **pii values (groups)** | | | |")
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
              "POSTCODE", "ACCOUNT_NUMBER", "NAME"]:
        row(t, c["groups"], t)
    print("| **keep (look-alikes)** | | | |")
    for k in KINDS.values():
        row(k, c["keep"], k)


def main():
    out = build()
    c = counts(out)
    tot = lambda cnt, k: cnt[(k, "transcript")] + cnt[(k, "asr")]
    n_utts = sum(c["utts"].values())
    if len(out) < 80:
        errors.append("only %d cases" % len(out))
    if n_utts < 420:
        errors.append("only %d utterances" % n_utts)
    for t, m in MIN_SPANS.items():
        if tot(c["pii"], t) < m:
            errors.append("%s: %d spans < %d" % (t, tot(c["pii"], t), m))
    nkeep = sum(c["keep"].values())
    if nkeep < 180:
        errors.append("only %d look-alikes" % nkeep)
    for k in KINDS.values():
        if tot(c["keep"], k) < 5:
            errors.append("look-alike kind %s: only %d" % (k, tot(c["keep"], k)))
    if sum(c["ordinary"].values()) < 100:
        errors.append("only %d ordinary utterances" % sum(c["ordinary"].values()))
    share = c["cases"]["transcript"] / max(1, len(out))
    if not 0.4 <= share <= 0.6:
        errors.append("transcript share %.2f" % share)
    text = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)
    report(c)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    if "--check" not in sys.argv:
        OUT.write_text(text, encoding="utf-8")
        print("wrote %s (%d cases, %d utterances)" % (OUT.name, len(out), n_utts))


if __name__ == "__main__":
    main()
