#!/usr/bin/env python3
"""Write data/redaction/dev26.jsonl, a redaction development set (standard library only).

Written as the held-out set test22.jsonl, measured once with the twenty-fourth round's code,
then renamed dev26 and tuned on in the twenty-fifth round.

What the set leans on: payments. Most cases take a card payment or talk about a card: 16-digit
Visa and Mastercard, 15-digit American Express (4-6-5), 19-digit cards, uneven groups, cards
read in pieces over several turns with the agent's "mm hmm" / "yep" / "and the next four" in
between, corrected digits, "double" and "triple", cards typed with dashes or without spaces,
agents reading cards back (in full or the last four), a second card after a decline and cards
of someone else. Security codes and expiries are said in unusual ways and callers ask why they
are needed. Industries: betting and gaming, online banking lockouts and SIM-swap checks,
motorbike and boat insurance, payroll and HR desks, legal aid, charities, event and festival
ticketing, parking and traffic fines and council tax. Look-alikes sit beside the card data:
amounts, fines and fees, transaction references failing the Luhn check, times, dates,
durations, percentages, quantities, counts, parking meter codes, years and ages. Callers are
from the US, UK, Ireland, Canada, Australia, New Zealand, South Africa and India.

Markup in the conversations below: [[TYPE:text]] is a pii value said in one piece (its own
group); [[TYPE#tag:text]] is a piece of a value (pieces with the same tag in one case share a
group); [[CARD_NUMBER#tag~:text]] is a correction piece (it replaces the last digits said, for
the Luhn check only; it stays in the card's group); ((kind:text)) is a keep span.

Labelling choices where the README is silent (applied the same way throughout):
- Every mention of a value is labelled. A value repeated later (an agent's read-back of a card
  in full or its last four, a name said again, an email read back) is a new group of its own;
  only the pieces of one saying of a value share a group. A caller's "the card ending 4471"
  is a CARD_NUMBER too (its own group).
- A corrected card digit ("no sorry, that was a six") is a piece in the card's group; the
  digit it replaces stays labelled in the earlier piece.
- Agents' names are NAMEs, as are callers' names and the names of third parties (a spouse, a
  cardholder paying for someone else, a payroll manager). A first name and surname said
  together are one NAME span; a spelled name ("S-H-A-H") is a NAME span. Titles stay outside.
  Company, team, horse and pet names are not names (none of them reuse a person's name word).
- Order numbers, event ticket and booking references, betting account numbers, betting slip
  numbers, council tax account references, penalty charge notice (fine) references, policy
  numbers, case numbers of a legal aid or HR file, employee and payroll numbers, donor numbers,
  membership numbers, sort codes, number plates and hull/sail numbers of a boat are
  ACCOUNT_NUMBERs (they identify the caller's own account, purchase, fine or file; this follows
  the earlier sets and the redactor's treatment of order, ticket and reference numbers).
- Numbers made for the payment in the call itself (a transaction reference, an authorisation
  code, a receipt number the agent reads out), a charity's appeal code, a parking meter's
  location code (this set uses parking meter codes, not locker PINs), a seat, row, gate or
  stand number and a courier tracking number are `other` look-alikes. Long ones fail Luhn.
- A card's expiry is an EXPIRY however it is said ("end of March 2027", "oh four slash twenty
  eight", "the second month of next year": the span is "second month of next year"); the words
  "end of" stay outside. Other dates, including a direct debit date and a fine's issue date,
  are `date` look-alikes; a date of birth is a DOB.
- A keep span covers the number with its unit or currency ("£45.50", "forty five pounds",
  "two hours", "20%", "3 tickets"); a year said alone is `year`; an age is `quantity`; a number
  of things counted in the account (attempts, bets, payments left) is `count`.
- A one-time passcode texted to the caller is an ACCOUNT_NUMBER (it opens the caller's
  account, like a transfer PIN in earlier sets). A phone's last four is a PHONE.
- A UK NI number, Irish PPS, Canadian SIN, Australian TFN, NZ IRD, South African ID, Aadhaar and
  PAN are SSNs; Indian PIN codes, Eircodes and the other countries' postal codes are POSTCODEs.
  An address span runs from the house number (or flat) to the town; a postcode said with it is
  a separate POSTCODE span; a town or state said alone with no street is not labelled.
- Betting odds ("9/2"), a game number of a series and a marina pontoon berth are `other`
  look-alikes; an agent's restatement of an expiry ("so february next year") is an EXPIRY of
  its own; a partial phone number (the first or last four digits) is a PHONE.
- A card value is checked against Luhn only when 12 or more digits are said; shorter card
  values in this set are all a card's last four.
"""
import json
import os
import random
import re
import sys

SEED = 220622
R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
         "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
         "percentage", "model_number", "count", "other"]
SPEAKERS = {"A": "agent", "C": "customer", "I": "ivr"}
MINIMA = {"CARD_NUMBER": 45, "CVV": 30, "EXPIRY": 30, "SSN": 12, "PHONE": 20, "EMAIL": 18,
          "DOB": 20, "ADDRESS": 20, "POSTCODE": 24, "ACCOUNT_NUMBER": 55, "NAME": 200}

# ---------------------------------------------------------------- number helpers
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return len(d) > 1 and s % 10 == 0


def ri(a, b):
    return R.randint(a, b)


def pick(xs):
    return R.choice(xs)


def dg(n, first_nonzero=True):
    s = str(ri(1, 9)) if first_nonzero else str(ri(0, 9))
    return s + "".join(str(ri(0, 9)) for _ in range(n - 1))


def card(kind="visa"):
    prefix, n = {"visa": ("4", 16), "mc": (pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
                 "amex": (pick(["34", "37"]), 15), "v19": ("4", 19), "m19": ("6759", 19),
                 "disc": ("6011", 16)}[kind]
    body = prefix + "".join(str(ri(0, 9)) for _ in range(n - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_rep(kind="visa"):
    """A card with at least one double digit in it (for 'double' readings)."""
    while True:
        c = card(kind)
        if re.search(r"(\d)\1", c):
            return c


def nonluhn(n):
    while True:
        s = dg(n)
        if not luhn_ok(s):
            return s


def sp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def w(s, z="oh"):
    """Digits to words one by one ('4405' -> 'four four oh five'); letters lower case."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(z if ch == "0" else ONES[int(ch)])
        elif ch.isalpha():
            out.append(ch.lower())
    return " ".join(out)


def wd(s, z="oh"):
    """Digits to words with 'double' and 'triple'."""
    out, i = [], 0
    s = re.sub(r"\D", "", s)
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        word = z if s[i] == "0" else ONES[int(s[i])]
        while run > 0:
            if run >= 3 and run != 4:
                out.append("triple " + word)
                run -= 3
            elif run >= 2:
                out.append("double " + word)
                run -= 2
            else:
                out.append(word)
                run -= 1
        i = j
    return " ".join(out)


def nw(n):
    """Integer to words (0 .. 999999)."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + nw(rest))
    rest = n % 1000
    head = nw(n // 1000) + " thousand"
    if rest == 0:
        return head
    return head + (" and " if rest < 100 else " ") + nw(rest)


def yw(y):
    if 2000 <= y < 2010:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return nw(hi) + " hundred"
    return nw(hi) + " " + (("oh " + ONES[lo]) if lo < 10 else nw(lo))


def ordw(d):
    if d <= 20:
        return ORD[d]
    if d == 30:
        return "thirtieth"
    return TENS[d // 10] + " " + ORD[d % 10]


def sfx(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def db(lo=1948, hi=2004):
    return ri(1, 28), ri(1, 12), ri(lo, hi)


def ex():
    return ri(1, 12), ri(2026, 2031)


def cv(n=3):
    return dg(n, first_nonzero=False)


def money(lo, hi):
    return "%d.%02d" % (ri(lo, hi), ri(0, 99))


def tm():
    h, m = ri(1, 12), pick([0, 5, 10, 15, 20, 30, 40, 45, 50])
    return "%d:%02d" % (h, m), h, m


def tmw(h, m):
    if m == 0:
        return ONES[h] if h < 10 else nw(h)
    return nw(h) + " " + (("oh " + ONES[m]) if m < 10 else nw(m))


LET = "ABDEFGHJLNPQRSTUWXYZ"


def uk_pc():
    area = pick(["LS", "M", "B", "SW", "N", "EH", "G", "CF", "BS", "NG", "L", "S", "OX", "CB",
                 "YO", "BT", "NE", "PL", "DE", "LE", "HU", "SE", "KY", "TR", "PO"])
    return "%s%d %d%s%s" % (area, ri(1, 19), ri(1, 9), pick(LET), pick(LET))


def ca_pc():
    L = "ABCEGHJKLMNPRSTVXY"
    return "%s%d%s %d%s%d" % (pick(L), ri(0, 9), pick(L), ri(0, 9), pick(L), ri(0, 9))


def eircode():
    return "%s%02d %s%s%d%d" % (pick("ADFHKNPRTVWXY"), ri(1, 24), pick("ACDEFHKNPRTVWXY"),
                                ri(1, 9), ri(0, 9), ri(0, 9))


def uk_mob():
    return "07" + dg(3, False), dg(6, False)


def us_ph():
    return "%d%s" % (ri(2, 9), dg(2, False)), "%d%s" % (ri(2, 9), dg(2, False)), dg(4, False)


def uk_ni():
    return "%s%s %s %s %s %s" % (pick("ABCEGHJKLMNPRSTWXYZ"), pick("ABCEGHJKLMNPRSTWXYZ"),
                                 dg(2, False), dg(2, False), dg(2, False), pick("ABCD"))


def us_ssn():
    return "%03d-%02d-%04d" % (ri(100, 665), ri(10, 99), ri(1000, 9999))


def letters(s):
    return " ".join(ch.lower() for ch in s if ch.isalnum())


# ---------------------------------------------------------------- case registry
CASES = []


def case(style):
    def deco(fn):
        CASES.append((style, fn))
        return fn
    return deco

# ================================================================ conversations
# ---- 1: UK betting deposit, Visa in pieces over turns
@case("transcript")
def _():
    c = card("visa"); m, y = ex(); v = cv(); acct = dg(8); amt = ri(20, 200); ref = nonluhn(12)
    return f"""
A: Good afternoon, you're through to payments at Brightline Bet, my name's [[NAME:Callum]]. Can I take your account number?
C: Yeah, it's [[ACCOUNT_NUMBER:{acct}]].
A: Thank you. And the name on the account?
C: [[NAME:Imran Qureshi]].
A: Thanks, Mr [[NAME:Qureshi]]. How much would you like to deposit today?
C: Just ((price:£{amt})). The app keeps failing on me.
A: No problem, I can do it here. Go ahead with the long number on the card.
C: [[CARD_NUMBER#a:{c[:4]} {c[4:8]}]]
A: Mm-hmm.
C: [[CARD_NUMBER#a:{c[8:12]}]]
A: Yep, and the next four?
C: [[CARD_NUMBER#a:{c[12:]}]].
A: And the expiry date?
C: [[EXPIRY:{m:02d}/{y % 100}]].
A: And the three digits on the back, please.
C: Why do you need those? The app never asks for them.
A: It confirms you've got the card with you. I can't see it once the call ends.
C: Fair enough. [[CVV:{v}]].
A: That's gone through: ((price:£{amt})) deposited, and your transaction reference is ((other:{ref})).
C: Cheers, that's all I needed.
"""


# ---- 2: US festival tickets, Amex 4-6-5, billing zip
@case("asr")
def _():
    c = card("amex"); m, y = ex(); v = cv(4); n = ri(2, 4); price = ri(89, 249); z = dg(5)
    order = dg(9); mm = "%02d" % m
    return f"""
A: thanks for calling riverbend music festival box office this is [[NAME:deshawn]] how can i help
C: hi yeah i'm trying to buy ((quantity:{nw(n)} weekend passes)) and the website keeps timing out on me
A: sorry about that i can do it over the phone what's your name
C: [[NAME:marisol ortega]]
A: thanks [[NAME:marisol]] so that's ((quantity:{nw(n)} passes)) at ((price:{nw(price)} dollars)) each plus a ((price:twelve dollar)) fee per ticket
C: okay that's fine
A: and what card are you using today
C: it's an amex
A: go ahead with the number whenever you're ready
C: [[CARD_NUMBER#a:{w(c[:4])}]] uh [[CARD_NUMBER#a:{w(c[4:10])}]] and then [[CARD_NUMBER#a:{w(c[10:])}]]
A: got it and the expiration
C: [[EXPIRY:{w(mm)} {nw(y % 100)}]]
A: and on an amex it's the ((quantity:four digit)) code on the front above the number
C: oh the front okay [[CVV:{w(v)}]]
A: and the billing zip code
C: [[POSTCODE:{w(z)}]]
A: perfect your order number is [[ACCOUNT_NUMBER:{sp(order, [3, 3, 3])}]] and the passes go out by email within ((duration:forty eight hours))
C: awesome thank you so much
"""


# ---- 3: Irish online banking lockout, SIM-swap fraud check
@case("transcript")
def _():
    ph = "08" + dg(1, False); ph2 = dg(3, False); ph3 = dg(4, False); d, mo, yy = db()
    code = dg(6, False); tries = ri(3, 5); t, h, mi = tm()
    return f"""
A: Hello, Shannonside Bank fraud team, this is [[NAME:Aoife]]. How can I help?
C: Hi, I'm locked out of my online banking and my phone stopped working last night.
A: I'm sorry to hear that. Can I take your full name?
C: [[NAME:Cathal Ó Briain]].
A: Thanks. And your date of birth?
C: [[DOB:{d} {MONTHS[mo - 1]} {yy}]].
A: And the mobile number we have on file?
C: [[PHONE:{ph} {ph2} {ph3}]]. But it says no service since about ((time:{t})) yesterday.
A: Right. I can see ((count:{tries} failed login attempts)) this morning, and a request to move your number to a new SIM.
C: That wasn't me! I never asked for a new SIM.
A: Okay, I've frozen the account now. Nothing has left it.
C: Thank God for that.
A: I'll send a one-time code to your email instead. Can you read it to me when it arrives?
C: Hang on... it's [[ACCOUNT_NUMBER:{code}]].
A: Perfect. Your access is back, but please ring your network about the SIM as well.
C: I will. Thanks a million.
"""


# ---- 4: Australia motorbike insurance, Mastercard with a correction
@case("asr")
def _():
    c = card("mc"); m, y = ex(); v = cv(); pol = "MB" + dg(7); prem = ri(300, 900)
    wrong = str((int(c[7]) + 3) % 10); pc = str(ri(2000, 7999)); mm = "%02d" % m
    return f"""
A: g'day you've called coastline insurance my name is [[NAME:brodie]]
C: oh hi mate i'm just renewing the insurance on my motorbike
A: no worries can i grab your policy number
C: yeah it's [[ACCOUNT_NUMBER:{w(pol)}]]
A: and your name please
C: [[NAME:tamsin whitlock]]
A: thanks [[NAME:tamsin]] and the postcode where the bike is garaged
C: [[POSTCODE:{w(pc)}]]
A: lovely so the renewal comes to ((price:{nw(prem)} dollars)) for the ((duration:twelve months)) do you want to pay that by card
C: yep card's fine
A: go for it
C: okay [[CARD_NUMBER#a:{w(c[:4])}]]
A: mm hmm
C: [[CARD_NUMBER#a:{w(c[4:7] + wrong)}]] no sorry that was {'an' if c[7] == '8' else 'a'} [[CARD_NUMBER#a~:{w(c[7])}]]
A: no worries
C: then [[CARD_NUMBER#a:{w(c[8:12])}]] and [[CARD_NUMBER#a:{w(c[12:])}]]
A: and when does it run out
C: it runs out end of [[EXPIRY:{MONTHS[m - 1].lower()} {nw(y % 100)}]]
A: and the three on the back
C: [[CVV:{w(v)}]]
A: that's all gone through you're covered from tomorrow
C: beauty cheers
"""


# ---- 5: Canada charity donation by phone, Visa read back
@case("transcript")
def _():
    c = card("visa"); m, y = ex(); v = cv(); amt = pick([25, 50, 75, 100]); pc = ca_pc()
    donor = dg(7); appeal = "W" + dg(2)
    return f"""
A: Thank you for calling the Northern Lights Children's Fund. My name is [[NAME:Priyanka]]. Are you calling about the winter appeal?
C: I am, yes. I saw the ad on TV and I'd like to give ((price:${amt})).
A: That's so kind. Do you have a donor number with us?
C: I think so... [[ACCOUNT_NUMBER:{donor}]].
A: Found you. Is that [[NAME:Gerald Thibodeau]]?
C: That's me.
A: And you're still at postal code [[POSTCODE:{pc}]]?
C: Yes, same place.
A: Great. If you tell me the appeal code from the ad, it helps us track it.
C: It says ((other:{appeal})) in the corner.
A: Thank you. And the card number?
C: [[CARD_NUMBER:{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}]].
A: Let me read that back: [[CARD_NUMBER:{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}]].
C: That's right.
A: Expiry and security code?
C: [[EXPIRY:{m:02d}/{y % 100}]], and the code is [[CVV:{v}]].
A: Done. You'll get a tax receipt for ((price:${amt})) in the mail in about ((duration:two weeks)).
C: Lovely. Thank you, dear.
"""


# ---- 6: UK parking fine (PCN), payment by debit card, meter code look-alike
@case("asr")
def _():
    c = card_rep("visa"); m, y = ex(); v = cv(); pcn = "PN" + dg(8); fine = pick([35, 50, 65, 70])
    meter = dg(4); t, h, mi = tm(); mm = "%02d" % m
    return f"""
I: welcome to the parking services payment line calls may be recorded
A: hello parking services you're speaking to [[NAME:oluwaseun]]
C: hiya i got a ticket on my windscreen and i want to pay it before it goes up
A: that's fine have you got the penalty charge notice number
C: it's [[ACCOUNT_NUMBER:{w(pn := pcn)}]]
A: thanks that was issued at ((time:{tmw(h, mi)})) at the meter with location code ((other:{w(meter)}))
C: yeah but i'd paid on that meter it just didn't print
A: i understand you can appeal but if you pay within ((duration:fourteen days)) it's ((price:{nw(fine)} pounds)) instead of ((price:{nw(fine * 2)} pounds))
C: ugh fine i'll just pay it
A: okay long card number please
C: [[CARD_NUMBER:{wd(c)}]]
A: and the expiry
C: [[EXPIRY:{w(mm)} slash {nw(y % 100)}]]
A: and the security code
C: [[CVV:{w(v)}]]
A: thank you that's paid and your name for the receipt
C: [[NAME:bethany crowther]]
A: thanks [[NAME:bethany]] all done
"""


# ---- 7: India, online gaming wallet top-up, RuPay/Visa 16, PAN
@case("transcript")
def _():
    c = card("visa"); m, y = ex(); v = cv(); amt = pick([500, 1000, 2000, 5000])
    pin = dg(6); pan = "%s%sP%s%s%s" % (pick("ABCDE"), pick("KLMN"), pick("RSTU"), dg(4), pick("ABCDE"))
    pan = pick("ABCDEFG") + pick("KLMNP") + pick("QRSTU") + "P" + pick("ABCS") + dg(4) + pick("ABCDE")
    ph = "9" + dg(4, False); ph2 = dg(5, False)
    return f"""
A: Welcome to PlayArena support, this is [[NAME:Rohit]]. How may I help you?
C: Hi [[NAME:Rohit]], I added ((price:₹{amt})) to my wallet but it is not showing.
A: I'll check. May I have your registered mobile number?
C: [[PHONE:+91 {ph} {ph2}]].
A: Thank you. And the name on the account?
C: [[NAME:Lakshmi Venkataraman]].
A: Ma'am, for withdrawals above ((price:₹10,000)) we also need your PAN. Is that updated?
C: Yes, it should be [[SSN:{pan}]].
A: Correct. Which card did you use for the top-up?
C: The one ending [[CARD_NUMBER:{c[-4:]}]].
A: I can see the payment was declined by the bank at the last step. Do you want to try again with the full card details?
C: Okay. [[CARD_NUMBER:{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}]], expiry [[EXPIRY:{m:02d}/{y}]].
A: And the CVV, please.
C: [[CVV:{v}]].
A: It's successful now. Your wallet shows ((price:₹{amt})).
C: Thank you so much.
"""


# ---- 8: NZ boat insurance claim excess, no card digits fully - partial plus new card
@case("asr")
def _():
    c = card("mc"); m, y = ex(); v = cv(); pol = dg(8); hull = "NZ" + dg(4); excess = pick([250, 500, 750])
    pc = str(ri(600, 9899)).zfill(4); addr_no = ri(2, 190); mm = "%02d" % m
    return f"""
A: kia ora harbourline marine insurance [[NAME:mereana]] speaking
C: oh hi there i'm calling about the claim on my boat the one that got damaged at the marina
A: sure what's the policy number
C: [[ACCOUNT_NUMBER:{w(pol)}]]
A: and your name
C: [[NAME:fergus mcallister]]
A: thanks [[NAME:fergus]] and can you confirm the address on the policy
C: [[ADDRESS:{nw(addr_no)} kowhai street tauranga]] [[POSTCODE:{w(pc)}]]
A: great and the sail number on the boat
C: it's [[ACCOUNT_NUMBER:{w(hull)}]]
A: okay so the claim is approved there's just the excess of ((price:{nw(excess)} dollars)) to pay
C: can i put that on my mastercard
A: of course go ahead
C: [[CARD_NUMBER#a:{w(c[:6])}]] um hang on my glasses [[CARD_NUMBER#a:{w(c[6:11])}]]
A: yep
C: [[CARD_NUMBER#a:{w(c[11:])}]]
A: and expiry
C: [[EXPIRY:{w(mm)} {nw(y % 100)}]]
A: and the cvc
C: what's that the one on the back
A: yep the last ((quantity:three numbers)) on the signature strip
C: [[CVV:{w(v)}]]
A: thanks that's paid the repairer will be in touch in ((duration:three to five working days))
C: sweet as thanks
"""


# ---- 9: South Africa payroll help desk, ID number and bank account
@case("transcript")
def _():
    sid = "%02d%02d%02d%s" % (ri(60, 99), ri(1, 12), ri(1, 28), dg(7, False)); emp = "E" + dg(6)
    acct = dg(10); branch = dg(6); hrs = ri(6, 20); rate = ri(120, 260)
    return f"""
A: Good morning, Kestrel Mining payroll help desk, [[NAME:Thandiwe]] speaking.
C: Morning. My overtime wasn't paid this month.
A: Sorry about that. What's your employee number?
C: [[ACCOUNT_NUMBER:{emp}]].
A: And your name and ID number, please.
C: [[NAME:Pieter van Rensburg]], ID [[SSN:{sid}]].
A: Thank you. I see ((duration:{hrs} hours)) of overtime logged for the month.
C: Yes, at ((price:R{rate})) an hour.
A: Correct, but it went to an old bank account. The account ending in a different number.
C: I changed banks in March. The new one is [[ACCOUNT_NUMBER:{acct}]], branch code [[ACCOUNT_NUMBER:{branch}]].
A: Got it. I'll update that and pay the overtime in the next run on the ((date:25th)).
C: Will there be tax on it?
A: Yes, it's taxed as normal, roughly ((percentage:26%)) on that bracket.
C: Okay, thanks for sorting it out.
"""

# ---- 10: US traffic ticket, second card after a decline
@case("transcript")
def _():
    c1 = card("visa"); c2 = card("mc"); m, y = ex(); v = cv(); cit = "TC" + dg(7); fine = ri(120, 280)
    fee = "3.95"
    return f"""
A: Maricopa Traffic Court payments, this is [[NAME:Dolores]]. What's the citation number?
C: [[ACCOUNT_NUMBER:{cit}]].
A: Thank you. That's a speeding citation for ((price:${fine})), plus a ((price:${fee})) convenience fee.
C: Okay. Let's use my Visa, [[CARD_NUMBER:{c1}]].
A: I'm sorry, that one's been declined. Do you have another card?
C: Seriously? Hold on. Try this one: [[CARD_NUMBER:{sp(c2, [4, 4, 4, 4])}]], expires [[EXPIRY:{m}/{y % 100}]], code [[CVV:{v}]].
A: That went through. Confirmation number ((other:{nonluhn(11)})).
C: Does this put points on my license?
A: The court reports ((count:2 points)) for this one, and they fall off after ((duration:three years)).
C: Great. Well, thanks anyway.
"""


# ---- 11: UK council tax arrears, Maestro 19 digits, in pieces
@case("asr")
def _():
    c = card("m19"); m, y = ex(); v = cv(); ref = dg(9); owed = ri(180, 900); mm = "%02d" % m
    hn = ri(3, 98); pc = uk_pc()
    return f"""
A: good morning revenues and benefits this is [[NAME:kerry]] speaking
C: morning love i've had a reminder for my council tax
A: okay can i take the account reference off the top of the letter
C: [[ACCOUNT_NUMBER:{w(ref)}]]
A: and the address of the property
C: [[ADDRESS:{nw(hn)} ashgrove terrace huddersfield]]
A: and postcode
C: [[POSTCODE:{w(pc)}]]
A: lovely so you're ((price:{nw(owed)} pounds)) behind do you want to clear it or set up an arrangement
C: i'll pay it now i've got an old maestro card it's a long one
A: that's fine go ahead
C: [[CARD_NUMBER#a:{w(c[:4])}]] then [[CARD_NUMBER#a:{w(c[4:8])}]]
A: yep
C: [[CARD_NUMBER#a:{w(c[8:12])}]]
A: and the next four
C: [[CARD_NUMBER#a:{w(c[12:16])}]] and the last ((quantity:three)) are [[CARD_NUMBER#a:{w(c[16:])}]]
A: and the expiry on it
C: [[EXPIRY:{w(mm)} {yw(y)}]]
A: and the last three digits on the back
C: [[CVV:{w(v)}]]
A: that's cleared now you won't get any more letters
"""


# ---- 12: Irish charity, donation for someone else's card
@case("transcript")
def _():
    c = card("visa"); m, y = ex(); v = cv(); ec = eircode(); amt = pick([20, 40, 60])
    em = "nuala.fitzgerald%d@eircom.net" % ri(1, 99)
    return f"""
A: Hello, Hospice Friends donation line, [[NAME:Siobhán]] speaking.
C: Hello there. I want to make a donation in memory of my neighbour.
A: That's lovely. What amount were you thinking?
C: ((price:€{amt})). It's my husband's card, he's here beside me.
A: That's fine as long as he's happy. What's his name as it appears on the card?
C: [[NAME:Declan Fitzgerald]]. I'm [[NAME:Nuala]].
A: Thank you. Go ahead with the number.
C: [[CARD_NUMBER:{sp(c, [4, 4, 4, 4])}]].
A: And the expiry?
C: It says [[EXPIRY:{m:02d}/{y % 100}]].
A: And the three digits on the back?
C: [[CVV:{v}]].
A: Lovely. Can I take an email for the acknowledgement?
C: [[EMAIL:{em}]].
A: And the Eircode?
C: [[POSTCODE:{ec}]].
A: That's all done. The family will get a card from us in about ((duration:a week)).
C: Thank you, pet.
"""


# ---- 13: Indian bank SIM-swap, Aadhaar, PIN code
@case("asr")
def _():
    aad = dg(12); pin = str(ri(110001, 855999)); ph = "9" + dg(9, False); d, mo, yy = db(1960, 1999)
    amt = ri(15000, 90000)
    return f"""
A: good afternoon you have reached sahyadri bank fraud helpline this is [[NAME:meenakshi]]
C: madam my mobile sim stopped and now i see ((price:{nw(amt)} rupees)) debited from my account
A: i'm sorry sir i will block it immediately your full name please
C: [[NAME:suresh kumar pillai]]
A: date of birth
C: [[DOB:{ordw(d)} {MONTHS[mo - 1].lower()} {yw(yy)}]]
A: your registered mobile number
C: [[PHONE#p:{w(ph[:5])}]] uh [[PHONE#p:{w(ph[5:])}]]
A: and last ((quantity:four digits)) of aadhaar for verification
C: full number is [[SSN:{sp(ph and aad, [4, 4, 4])}]]
A: only last four is required sir but okay and pin code of your address
C: [[POSTCODE:{w(pin)}]]
A: i have blocked net banking and the debit card the transaction happened at ((time:two fifteen am))
C: i was sleeping madam
A: we will raise a dispute and you will get an update within ((duration:seven working days))
"""


# ---- 14: UK HR desk, NI number, bank change
@case("transcript")
def _():
    ni = uk_ni(); emp = dg(6); sc = "%s-%s-%s" % (dg(2, False), dg(2, False), dg(2, False)); acct = dg(8)
    return f"""
A: HR Connect, you're speaking to [[NAME:Magnus]]. How can I help?
C: Hi [[NAME:Magnus]], it's [[NAME:Rhiannon Pryce]] from the Cardiff warehouse.
A: Hi [[NAME:Rhiannon]]. What's your staff number?
C: [[ACCOUNT_NUMBER:{emp}]].
A: And for security, your National Insurance number?
C: [[SSN:{ni}]].
A: Thanks. What can I do for you today?
C: I need to change the bank account my wages go into.
A: No problem. Sort code first.
C: [[ACCOUNT_NUMBER:{sc}]], account [[ACCOUNT_NUMBER:{acct}]].
A: That's updated. It takes effect from the next pay date, the ((date:28th)).
C: Brilliant. And how many holiday days have I got left?
A: ((quantity:11.5 days)) up to the end of the year.
C: Great, thanks.
"""

# ---- 15: Canada online casino, withdrawal blocked, SIN and DOB
@case("asr")
def _():
    sin = dg(9); d, mo, yy = db(1970, 2000); em = "kwame dot asante " + nw(ri(10, 99)); amt = ri(400, 3000)
    return f"""
A: northstar casino player support you're chatting with uh speaking with [[NAME:jacinthe]]
C: hey my withdrawal's been pending for like ((duration:six days)) now
A: sorry about that can i get the email on the account
C: [[EMAIL:{em} at hotmail dot ca]]
A: thank you and your date of birth
C: [[DOB:{MONTHS[mo - 1].lower()} {ordw(d)} {yw(yy)}]]
A: okay so the withdrawal of ((price:{nw(amt)} dollars)) is held because we need your social insurance number for the tax slip
C: why do you need my sin for a casino
A: anything over ((price:ten thousand dollars)) a year gets reported it's a federal requirement
C: ugh okay it's [[SSN#s:{w(sin[:3])}]] hang on [[SSN#s:{w(sin[3:])}]]
A: hmm sorry could you say that again all together
C: [[SSN:{w(sin)}]]
A: thank you that's released now it should land in ((duration:one to two business days))
C: finally okay thanks
"""

# ---- 16: UK festival ticket refund + new purchase, Mastercard typed with no spaces
@case("transcript")
def _():
    c = card("mc"); m, y = ex(); v = cv(); bk = "FX" + dg(6); em = "j.okonkwo-hale@gmail.com"
    p = ri(150, 320)
    return f"""
A: Fieldfare Festival ticket support, [[NAME:Tilly]] speaking.
C: Hi, I bought ((quantity:two camping tickets)) but one friend can't come now.
A: Okay. What's the booking reference?
C: [[ACCOUNT_NUMBER:{bk}]].
A: Thanks, and the email on the booking?
C: [[EMAIL:{em}]].
A: Got it. I can transfer the spare ticket, but not refund it, I'm afraid.
C: Fine. Actually, can I upgrade mine to the campervan pass while you're there? It's ((price:£{p})) more, isn't it?
A: It is. I'll need the card. You can read it out or type it in the chat box I've just sent.
C: I typed it: [[CARD_NUMBER:{c}]].
A: Got it. Expiry date and the code on the back?
C: Expiry [[EXPIRY:{m:02d}/{y}]]. Code's [[CVV:{v}]].
A: That's done. Gates open at ((time:10:00)) on the Thursday.
C: Perfect. Cheers.
"""


# ---- 17: US SIM swap + bank, phone and last four SSN
@case("asr")
def _():
    a, b, cc = us_ph(); ssn = us_ssn(); d, mo, yy = db(1955, 1995); zipc = dg(5)
    return f"""
A: thank you for calling pioneer federal credit union this is [[NAME:tyrell]]
C: hi um i got a text saying my number was moved to a new phone and now i can't log in
A: okay let's get you verified what's your full name
C: [[NAME:brenda kowalczyk]]
A: and the phone number on file
C: [[PHONE:{w(a)} {w(b)} {w(cc)}]]
A: and the last four of your social
C: [[SSN:{w(ssn[-4:])}]]
A: date of birth
C: [[DOB:{nw(mo)} {nw(d)} {nw(yy % 100) if yy % 100 > 9 else w(str(yy % 100))}]]
A: and the zip code
C: [[POSTCODE:{w(zipc)}]]
A: thank you miss [[NAME:kowalczyk]] i've put a block on online access there were ((count:two)) password resets this morning
C: i didn't do any of that
A: i know don't worry we'll send you a new temporary login by mail within ((duration:five to seven days))
C: okay thank you so much
"""


# ---- 18: Australia traffic fine (infringement), Visa triple digits
@case("transcript")
def _():
    c = card_rep("visa"); m, y = ex(); v = cv(); inf = dg(10, True); fine = ri(180, 480)
    while luhn_ok(inf):
        inf = dg(10)
    plate = "%s%s%s%d%d%s" % (pick("ABCDEFGH"), pick("ABCDEFGH"), pick("ABCDEFGH"), ri(0, 9), ri(0, 9), pick("KLMNP"))
    return f"""
A: Fines Victoria, you're speaking with [[NAME:Kirra]].
C: Hi. I got a speeding fine in the mail and I'd like to pay it.
A: Sure. What's the infringement number?
C: [[ACCOUNT_NUMBER:{inf}]].
A: And the registration of the vehicle?
C: [[ACCOUNT_NUMBER:{plate}]].
A: Thanks. That's ((price:${fine})) for ((quantity:12 km/h)) over, with ((count:one demerit point)).
C: Yeah. It's going on my credit card.
A: Go ahead.
C: [[CARD_NUMBER#a:{c[:4]} {c[4:8]}]]... hang on, the light's bad in here... [[CARD_NUMBER#a:{c[8:12]} {c[12:]}]].
A: That's fine. Expiry?
C: [[EXPIRY:{m:02d}/{y % 100}]], and the security code is [[CVV:{v}]].
A: Thank you, that's paid. Receipt number ((other:{nonluhn(10)})).
"""


# ---- 19: NZ legal aid inquiry (no card), IRD number, address
@case("asr")
def _():
    ird = dg(9); hn = ri(1, 250); pc = str(ri(1010, 9893)); a = "02" + dg(1, False); b = dg(3, False); cc = dg(4, False)
    inc = ri(28000, 52000)
    return f"""
A: kia ora legal aid services you're talking to [[NAME:hemi]]
C: hi i need help with a tenancy dispute and i can't afford a lawyer
A: okay i can start an application for you what's your name
C: [[NAME:losana vainikolo]]
A: and your address
C: [[ADDRESS:{nw(hn)} te rapa road hamilton]] [[POSTCODE:{w(pc)}]]
A: and a phone number
C: [[PHONE:{w(a + b + cc)}]]
A: what's your yearly income roughly
C: about ((price:{nw(inc)} dollars))
A: okay and your ird number for the income check
C: [[SSN:{wd(ird)}]]
A: you might have to pay a contribution but it's usually small
C: how long does it take
A: usually about ((duration:ten working days))
C: okay thanks heaps
"""


# ---- 20: South Africa betting account, card for deposit with "and the next four"
@case("asr")
def _():
    c = card("visa"); m, y = ex(); v = cv(); acct = dg(7); amt = pick([200, 500, 1000]); mm = "%02d" % m
    return f"""
A: good evening springbok sportsbet [[NAME:lerato]] speaking
C: howzit i want to deposit for the rugby this weekend
A: sure account number please
C: [[ACCOUNT_NUMBER:{w(acct)}]]
A: and the name on it
C: [[NAME:johan steenkamp]]
A: thanks [[NAME:johan]] how much
C: ((price:{nw(amt)} rand))
A: okay card number please
C: [[CARD_NUMBER#a:{w(c[:4])}]]
A: yes
C: [[CARD_NUMBER#a:{w(c[4:8])}]]
A: and the next four
C: [[CARD_NUMBER#a:{w(c[8:12])}]]
A: yes and the last four
C: [[CARD_NUMBER#a:{w(c[12:])}]]
A: expiry
C: [[EXPIRY:{w(mm)} {nw(y % 100)}]]
A: cvv
C: [[CVV:{w(v)}]]
A: done you have ((price:{nw(amt)} rand)) in your account remember your deposit limit is ((price:five thousand rand)) a month
C: ja thanks
"""


# ---- 21: UK boat insurance, Amex, 4 digit CID on front, caller asks why
@case("transcript")
def _():
    c = card("amex"); m, y = ex(); v = cv(4); pol = "MAR-" + dg(6); pc = uk_pc(); prem = money(300, 700)
    return f"""
A: Solent Marine Insurance, [[NAME:Hamish]] speaking.
C: Good morning. I'd like to pay the renewal on my yacht policy.
A: Certainly. Policy number?
C: [[ACCOUNT_NUMBER:{pol}]].
A: And your name and postcode, please?
C: [[NAME:Penelope Ashworth-Lyle]], [[POSTCODE:{pc}]].
A: Thank you. The renewal is ((price:£{prem})), which includes the ((percentage:12%)) insurance premium tax.
C: Amex all right?
A: Perfect. Number, please.
C: [[CARD_NUMBER:{sp(c, [4, 6, 5])}]].
A: Expiry and the four-digit code on the front.
C: Why the front? I thought it was on the back.
A: On American Express it's printed on the front, above the number.
C: Oh, so it is. [[CVV:{v}]]. Expiry [[EXPIRY:{m:02d}/{y % 100}]].
A: Thank you. Your certificate will come by post in ((duration:3 to 5 days)).
"""


# ---- 22: US payroll help desk, W-4 and direct deposit, routing number
@case("transcript")
def _():
    ssn = us_ssn(); rt = dg(9); acct = dg(10); eid = dg(6); addr = ri(100, 9800); zc = dg(5)
    return f"""
A: Payroll help desk, this is [[NAME:Marcus]].
C: Hi [[NAME:Marcus]], this is [[NAME:Yesenia Delgado]] in accounts receivable.
A: Hi [[NAME:Yesenia]]. What can I help with?
C: I moved and I need my address updated before the tax forms go out.
A: Sure. Employee ID?
C: [[ACCOUNT_NUMBER:{eid}]].
A: And the last four of your Social?
C: [[SSN:{ssn[-4:]}]].
A: What's the new address?
C: [[ADDRESS:{addr} West Alder Court, Apt 3B, Tucson, AZ]] [[POSTCODE:{zc}]].
A: Got it. Anything else?
C: Yes, new bank too. Routing [[ACCOUNT_NUMBER:{rt}]], account [[ACCOUNT_NUMBER:{acct}]].
A: That'll take effect in ((count:two pay cycles)). The first one will be a paper check.
C: Okay, thanks.
"""

# ---- 23: UK theatre/event tickets, Visa debit, read back last four, DOB for age check? no: email
@case("asr")
def _():
    c = card("visa"); m, y = ex(); v = cv(); n = ri(2, 6); p = ri(28, 65); t, h, mi = tm(); mm = "%02d" % m
    return f"""
A: hello arena box office [[NAME:femi]] speaking
C: hiya i'm after ((quantity:{nw(n)} tickets)) for the comedy night on saturday
A: lovely we've got seats in the upper tier at ((price:{nw(p)} pounds)) each
C: that's fine go on
A: can i take a name for the booking
C: [[NAME:gwen pritchard]]
A: and an email address
C: [[EMAIL:gwen p eight two at btinternet dot com]]
A: and the card number when you're ready
C: [[CARD_NUMBER:{w(c[:4])} {w(c[4:8])} {w(c[8:12])} {w(c[12:])}]]
A: so that's the card ending [[CARD_NUMBER:{w(c[-4:])}]]
C: yes
A: expiry date
C: [[EXPIRY:{w(mm)} {nw(y % 100)}]]
A: and the security number
C: [[CVV:{w(v)}]]
A: lovely doors open at ((time:{tmw(h, mi)})) and the show runs about ((duration:two hours))
"""


# ---- 24: India, event ticketing cricket match, Mastercard with 'double' and 'triple'
@case("asr")
def _():
    c = card_rep("mc"); m, y = ex(); v = cv(); n = ri(2, 5); p = pick([1500, 2500, 3200]); ph = "98" + dg(8, False)
    return f"""
A: namaste stadium tickets helpline [[NAME:kavya]] speaking
C: hello i want to book ((quantity:{nw(n)} tickets)) for the match on sunday north stand
A: north stand is ((price:{nw(p)} rupees)) per ticket sir
C: okay fine book it
A: name please
C: [[NAME:arjun mehta]]
A: and mobile number for the e ticket
C: [[PHONE:{wd(ph)}]]
A: card number please
C: [[CARD_NUMBER:{wd(c)}]]
A: expiry
C: [[EXPIRY:{w('%02d' % m)} {nw(y % 100)}]]
A: cvv
C: [[CVV:{wd(v)}]]
A: booking is confirmed gates open ((duration:two hours)) before the match
"""


# ---- 25: Ireland, parking fine (clamping), card with dashes
@case("transcript")
def _():
    c = card("visa"); m, y = ex(); v = cv(); ref = "CL" + dg(7); fee = pick([80, 100, 120]); reg = "%d-D-%s" % (ri(151, 242), dg(5))
    return f"""
A: Clampfree Dublin, [[NAME:Ronan]] speaking.
C: My car's been clamped on Fenian Street. I need it off, I've to collect my kids at ((time:3:30)).
A: Sorry to hear that. What's the registration?
C: [[ACCOUNT_NUMBER:{reg}]].
A: And the reference on the sticker?
C: [[ACCOUNT_NUMBER:{ref}]].
A: Thanks. The release fee is ((price:€{fee})). Card number?
C: [[CARD_NUMBER:{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}]].
A: Expiry?
C: [[EXPIRY:{m:02d}/{y % 100}]].
A: And the CVV?
C: [[CVV:{v}]].
A: The van will be there within ((duration:2 hours)), usually quicker.
C: ((duration:Two hours))?! I'll miss the school run.
A: I'll mark it urgent. Can I get a name?
C: [[NAME:Orla Duggan]].
A: Thanks, [[NAME:Orla]].
"""


# ---- 26: Canada motorbike insurance, 19-digit Visa, postal code spoken
@case("asr")
def _():
    c = card("v19"); m, y = ex(); v = cv(); pol = dg(9); pc = ca_pc(); prem = ri(600, 1800)
    return f"""
A: good morning maple leaf insurance this is [[NAME:etienne]] speaking
C: hey i'm adding my new motorcycle to my policy
A: perfect what's the policy number
C: [[ACCOUNT_NUMBER:{w(pol)}]]
A: and your name and postal code
C: [[NAME:rajinder gill]] [[POSTCODE:{w(pc)}]]
A: okay and the bike
C: it's a ((year:{yw(ri(2015, 2024))})) kawasaki ((model_number:ninja six fifty))
A: that adds ((price:{nw(prem)} dollars)) a year do you want to pay in full
C: yeah put it on my card it's a long one ((quantity:nineteen digits))
A: okay go ahead
C: [[CARD_NUMBER#a:{w(c[:4])} {w(c[4:8])}]] uh [[CARD_NUMBER#a:{w(c[8:12])} {w(c[12:16])}]] and [[CARD_NUMBER#a:{w(c[16:])}]]
A: expiry
C: [[EXPIRY:{w('%02d' % m)} {yw(y)}]]
A: and the three digit code
C: [[CVV:{w(v)}]]
A: you're all set the pink slip is in your email
"""


# ---- 27: UK online banking lockout (no card), DOB, email, address
@case("transcript")
def _():
    d, mo, yy = db(); em = "tomasz.wisniewski%d@yahoo.co.uk" % ri(1, 99); hn = ri(2, 140); pc = uk_pc()
    return f"""
A: Thistle Bank online support, [[NAME:Fraser]] speaking.
C: Hi. I've been locked out after ((count:three wrong passwords)).
A: I can help. Can I take your full name?
C: [[NAME:Tomasz Wiśniewski]].
A: Date of birth?
C: [[DOB:{d}/{mo}/{yy}]].
A: And the first line of your address and postcode?
C: [[ADDRESS:{hn} Corstorphine Road, Edinburgh]], [[POSTCODE:{pc}]].
A: Thanks. I'll send a reset link. Is your email still [[EMAIL:{em}]]?
C: Yes.
A: The link is valid for ((duration:15 minutes)).
C: Thanks. Do I need to change my password?
A: Yes, something you haven't used before, please.
C: Okay, will do.
"""


# ---- 28: US charity gala tickets + donation, Discover card, read back in full
@case("transcript")
def _():
    c = card("disc"); m, y = ex(); v = cv(); p = ri(150, 400); n = ri(2, 8); em = "hbergstrom@comcast.net"
    return f"""
A: Hope Harbor Foundation, this is [[NAME:Kendra]].
C: Hi, I'd like to buy a table for the spring gala. ((quantity:{n} seats)).
A: Wonderful. Seats are ((price:${p})) each, and ((percentage:60%)) of that is tax-deductible.
C: Great. Name's [[NAME:Harold Bergström]].
A: Thank you, Mr. [[NAME:Bergström]]. And the card?
C: It's a Discover. [[CARD_NUMBER:{sp(c, [4, 4, 4, 4])}]].
A: I have [[CARD_NUMBER:{sp(c, [4, 4, 4, 4])}]].
C: Correct.
A: Expiration?
C: [[EXPIRY:{m}/{y}]]. Security code [[CVV:{v}]].
A: And where should we send the receipt?
C: [[EMAIL:{em}]].
A: All set. The gala starts at ((time:6:30 PM)).
C: See you there.
"""


# ---- 29: Australia council rates, card corrected
@case("asr")
def _():
    c = card("mc"); m, y = ex(); v = cv(); rate = dg(8); amt = ri(400, 1400); wrong = str((int(c[15]) + 4) % 10)
    return f"""
A: city of moreton council this is [[NAME:jarrah]]
C: hi i'm paying the rates instalment that's due friday
A: sure what's your assessment number
C: [[ACCOUNT_NUMBER:{w(rate)}]]
A: and the name on the notice
C: [[NAME:dimitra papadakis]]
A: thanks so the instalment is ((price:{nw(amt)} dollars))
C: yep card number's [[CARD_NUMBER#a:{w(c[:4])}]] um [[CARD_NUMBER#a:{w(c[4:8])}]]
A: mm hmm
C: [[CARD_NUMBER#a:{w(c[8:12])}]]
A: yep
C: [[CARD_NUMBER#a:{w(c[12:15] + wrong)}]] oh no hang on the last one's {'an' if c[15] == '8' else 'a'} [[CARD_NUMBER#a~:{w(c[15])}]]
A: okay expiry
C: [[EXPIRY:{w('%02d' % m)} slash {nw(y % 100)}]]
A: and the three digits on the back
C: [[CVV:{w(v)}]]
A: all done the next instalment is due on the ((date:thirtieth of november))
C: cheers
"""


# ---- 30: UK bookmaker, self-exclusion question, card ending, DOB
@case("transcript")
def _():
    d, mo, yy = db(1975, 2003); c = card("visa"); acct = "BK" + dg(6); n = ri(3, 9); lim = pick([50, 100, 250])
    return f"""
A: Redcoat Racing customer care, [[NAME:Declan]] speaking.
C: Hi, I want to put a deposit limit on my account. I've lost too much this month.
A: Of course. Account number and date of birth, please.
C: [[ACCOUNT_NUMBER:{acct}]], born [[DOB:{d}{sfx(d)} {MONTHS[mo - 1]} {yy}]].
A: Thank you. And the card registered is the one ending [[CARD_NUMBER:{c[-4:]}]]?
C: Yes, that's it.
A: I can see ((count:{n} deposits)) this week. What limit would you like?
C: ((price:£{lim})) a week.
A: Done. Raising it later takes ((duration:24 hours)) to apply; lowering it is immediate.
C: Thanks. I appreciate it.
"""


# ---- 31: US gaming subscription, new card after expiry
@case("asr")
def _():
    c = card("visa"); m, y = ex(); v = cv(); em = "xander dot ng at gmail dot com"; z = dg(5)
    return f"""
A: hey thanks for calling pixelforge support this is [[NAME:jordyn]]
C: hi my subscription renewal failed and now i'm locked out of ranked
A: oh no let me look what's the email on the account
C: [[EMAIL:{em}]]
A: okay the card on file expired last month you want to add a new one
C: yeah here [[CARD_NUMBER#a:{w(c[:4])}]] uh is that too fast
A: no you're good keep going
C: [[CARD_NUMBER#a:{w(c[4:8])} {w(c[8:12])}]]
A: mm hmm
C: [[CARD_NUMBER#a:{w(c[12:])}]]
A: expiration and cvv
C: [[EXPIRY:{w('%02d' % m)} {nw(y % 100)}]] and [[CVV:{w(v)}]]
A: and the billing zip
C: [[POSTCODE:{w(z)}]]
A: done it's ((price:fourteen ninety nine)) a month and your next renewal is the ((date:third of next month))
C: sweet thanks
"""


# ---- 32: NZ festival tickets, card of a friend
@case("transcript")
def _():
    c = card("mc"); m, y = ex(); v = cv(); n = ri(2, 4); p = ri(189, 299); em = "aroha.t@xtra.co.nz"; ph = "021 " + dg(3, False) + " " + dg(4, False)
    return f"""
A: Kia ora, Rhythm and Vines tickets, [[NAME:Tane]] speaking.
C: Hi, I'm buying ((quantity:{n} passes)), but I'm using my flatmate's card. She's right here.
A: That's fine if she's happy to confirm. Her name?
C: [[NAME:Sophie Lindqvist]].
A: And yours, for the tickets?
C: [[NAME:Aroha Tawhiri]], email [[EMAIL:{em}]], mobile [[PHONE:{ph}]].
A: Thanks. Card number?
C: [[CARD_NUMBER:{sp(c, [4, 4, 4, 4])}]].
A: Expiry and CVC?
C: She says [[EXPIRY:{m:02d}/{y % 100}]] and [[CVV:{v}]].
A: All done: ((price:NZ${p * n})) total. Gates open at ((time:11:00 AM)) on the ((date:29th)).
C: Sweet, thanks!
"""


# ---- 33: UK SIM-swap at mobile network + bank call, no card, DOB, address
@case("asr")
def _():
    d, mo, yy = db(); hn = ri(5, 199); pc = uk_pc(); a, b = uk_mob(); pac = dg(6)
    return f"""
A: hello you're through to vireo mobile fraud team my name's [[NAME:shona]]
C: hi my phone's got no signal and my bank says someone tried to log in as me
A: i'm sorry let's check your details full name please
C: [[NAME:desmond achterberg]]
A: and the mobile number
C: [[PHONE#p:{w(a)}]] um [[PHONE#p:{w(b)}]]
A: date of birth
C: [[DOB:{ordw(d)} of {MONTHS[mo - 1].lower()} {yw(yy)}]]
A: and the address on the account
C: [[ADDRESS:{nw(hn)} mill lane sheffield]] [[POSTCODE:{w(pc)}]]
A: thank you so a sim swap was requested in one of our shops at ((time:four forty)) yesterday that wasn't you
C: no definitely not
A: i've reversed it your new sim will work within ((duration:an hour)) and i'll put a ((quantity:six digit)) security pin on the account
C: thank god
"""


# ---- 34: South Africa traffic fine, card ending read back, ID
@case("transcript")
def _():
    c = card("visa"); m, y = ex(); v = cv(); sid = "%02d%02d%02d%s" % (ri(70, 99), ri(1, 12), ri(1, 28), dg(7, False))
    notice = nonluhn(14); fine = pick([500, 750, 1000])
    return f"""
A: Good day, Cape Town traffic fines, [[NAME:Sipho]] speaking.
C: Hello, I want to pay a fine before it becomes a summons.
A: Sure. Notice number?
C: [[ACCOUNT_NUMBER:{notice}]].
A: And your ID number?
C: [[SSN:{sid}]].
A: Thank you. That's ((price:R{fine})) for a red-light camera, with ((percentage:50%)) discount if paid within ((duration:30 days)).
C: Great, I'll pay now. [[CARD_NUMBER:{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}]], expiring [[EXPIRY:{m:02d}/{y % 100}]], CVV [[CVV:{v}]].
A: Thank you. I'm charging the card ending [[CARD_NUMBER:{c[-4:]}]].
C: Yes, go ahead.
A: Paid. The name for the receipt?
C: [[NAME:Nomvula Dlamini]].
"""


# ---- 35: India legal aid, no card, DOB, phone, address with PIN
@case("asr")
def _():
    d, mo, yy = db(1950, 1990); ph = "9" + dg(9, False); pin = str(ri(400001, 499999)); hn = ri(10, 400)
    return f"""
A: legal services authority helpline good morning [[NAME:deepa]] speaking
C: good morning madam my landlord is not returning my deposit of ((price:forty thousand rupees))
A: i can register your request for free legal aid your name please
C: [[NAME:farhan siddiqui]]
A: your date of birth
C: [[DOB:{w('%02d' % d)} {w('%02d' % mo)} {yw(yy)}]]
A: mobile number
C: [[PHONE:{w(ph[:5])} {w(ph[5:])}]]
A: and address
C: [[ADDRESS:flat {nw(hn)} sai darshan society andheri east mumbai]] [[POSTCODE:{w(pin)}]]
A: a panel lawyer will call you within ((duration:three days)) the service is free if your income is below ((price:three lakh)) a year
C: thank you madam
"""


# ---- 36: Canada council/property tax, card in uneven groups
@case("transcript")
def _():
    c = card("mc"); m, y = ex(); v = cv(); roll = "%s %s %s" % (dg(4), dg(3), dg(5)); amt = money(900, 2600)
    return f"""
A: City of Halifax tax office, [[NAME:Maëlle]] speaking.
C: Hi, I'm paying the final property tax instalment.
A: Sure. The roll number, please.
C: [[ACCOUNT_NUMBER:{roll}]].
A: Thanks. Owner's name?
C: [[NAME:Siddharth Rao]].
A: The balance is ((price:${amt})), due on ((date:September 30)). There's a ((percentage:1.25%)) card fee.
C: That's fine. Card: [[CARD_NUMBER:{sp(c, [6, 5, 5])}]].
A: Let me repeat it: [[CARD_NUMBER:{sp(c, [4, 4, 4, 4])}]]?
C: Yes.
A: Expiry and security code?
C: [[EXPIRY:{m:02d}/{y % 100}]]... and [[CVV:{v}]].
A: That's processed.
"""


# ---- 37: Australia charity, monthly donation, BSB and account
@case("asr")
def _():
    bsb = dg(6); acct = dg(9); amt = pick([20, 30, 45]); em = "mick dot o'halloran at bigpond dot com"
    return f"""
A: hi you're speaking with [[NAME:tayla]] from the outback flying doctors appeal
C: oh hello i saw the ad and i want to give monthly
A: that's fantastic how much would you like to give each month
C: ((price:{nw(amt)} dollars))
A: and your name
C: [[NAME:michael o'halloran]] but everyone calls me [[NAME:mick]]
A: thanks [[NAME:mick]] would you like that from a bank account or a card
C: bank account bsb is [[ACCOUNT_NUMBER:{w(bsb[:3])} {w(bsb[3:])}]] account [[ACCOUNT_NUMBER:{w(acct)}]]
A: and an email for the receipts
C: [[EMAIL:{em}]]
A: the first debit will be on the ((date:fifteenth)) and you can cancel anytime
C: good on ya
"""

# ---- 38: UK HR desk, maternity pay question (no card)
@case("transcript")
def _():
    emp = dg(7); d, mo, yy = db(1982, 2000); wk = ri(6, 39); pc = uk_pc(); hn = ri(1, 88)
    return f"""
A: People Services, [[NAME:Ravinder]] speaking.
C: Hi, I'm starting maternity leave soon and I've got questions about pay.
A: Congratulations! Your payroll number, please?
C: [[ACCOUNT_NUMBER:{emp}]]. I'm [[NAME:Chloe Abernathy]].
A: And date of birth and home address to confirm?
C: [[DOB:{d:02d}.{mo:02d}.{yy}]], [[ADDRESS:{hn} Kingfisher Way, Norwich]], [[POSTCODE:{pc}]].
A: Thanks, [[NAME:Chloe]]. You'll get ((percentage:90%)) of your average pay for the first ((duration:6 weeks)), then the statutory rate for ((duration:{wk} weeks)).
C: And do I keep accruing holiday?
A: Yes, you do. That's the law.
C: That's a relief.
"""


# ---- 39: US festival, lost wristband, order number, card ending
@case("asr")
def _():
    c = card("mc"); order = dg(8); fee = ri(15, 40)
    return f"""
A: desert bloom festival help line this is [[NAME:kiana]]
C: yeah hi i lost my wristband at the campsite last night
A: oh no okay what's your order number
C: [[ACCOUNT_NUMBER:{w(order)}]]
A: and the name on the order
C: [[NAME:darnell whitaker]]
A: and which card did you pay with just the last four
C: [[CARD_NUMBER:{w(c[-4:])}]]
A: perfect a replacement is ((price:{nw(fee)} dollars)) and you can grab it at the box office tent after ((time:noon))
C: can you charge the same card
A: yep the one ending [[CARD_NUMBER:{w(c[-4:])}]] done
C: thank you you're a lifesaver
"""


# ---- 40: UK legal aid, means test, NI number, phone
@case("transcript")
def _():
    ni = uk_ni(); a, b = uk_mob(); ben = ri(80, 140)
    return f"""
A: Civil Legal Advice, [[NAME:Bronwen]] speaking.
C: Hello. I'm being evicted and I don't know if I can get legal aid.
A: I can check. Your name, please?
C: [[NAME:Kofi Mensah-Boateng]].
A: Are you on any benefits, Mr [[NAME:Mensah-Boateng]]?
C: Universal Credit, about ((price:£{ben})) a week.
A: Then you'll likely pass the means test. Your National Insurance number?
C: [[SSN:{ni}]].
A: And the best number to call you back on?
C: [[PHONE:{a} {b}]].
A: A housing specialist will call you within ((duration:2 working days)).
C: Thank you.
"""


# ---- 41: Ireland motor (motorbike) insurance, card read with doubles
@case("asr")
def _():
    c = card_rep("visa"); m, y = ex(); v = cv(); pol = "MC" + dg(7); ec = eircode(); prem = ri(250, 700)
    return f"""
A: good afternoon emerald motorcycle insurance [[NAME:padraig]] speaking
C: hello i'm after a quote for my new bike it's a ((year:{yw(ri(2018, 2024))})) triumph
A: grand what's your name and eircode
C: [[NAME:ciara mulligan]] and it's [[POSTCODE:{w(ec)}]]
A: okay that comes to ((price:{nw(prem)} euro)) for the year with a ((price:three hundred euro)) excess
C: go on so
A: card number so
C: [[CARD_NUMBER:{wd(c)}]]
A: expiry
C: it's good till [[EXPIRY:{MONTHS[m - 1].lower()} {yw(y)}]]
A: and the three on the back
C: [[CVV:{w(v)}]]
A: lovely your policy number is [[ACCOUNT_NUMBER:{w(pol)}]]
"""


# ---- 42: Canada banking lockout + email + phone
@case("transcript")
def _():
    a, b, cc = us_ph(); em = "lucie.tremblay@videotron.ca"; d, mo, yy = db(); n = ri(3, 6)
    return f"""
A: Banque Laurentide digital support, [[NAME:Olivier]] speaking.
C: Hi, I got a text with a code I didn't ask for, and now my password doesn't work.
A: Let's secure it. Your full name?
C: [[NAME:Lucie Tremblay]].
A: Date of birth?
C: [[DOB:{yy}-{mo:02d}-{d:02d}]].
A: Is your phone still [[PHONE:({a}) {b}-{cc}]]?
C: Yes.
A: There were ((count:{n} reset attempts)) from another province in the last ((duration:hour)). I'm locking online access.
C: Okay. How do I get back in?
A: We'll email [[EMAIL:{em}]] a link valid for ((duration:24 hours)).
C: Thanks.
"""


# ---- 43: South Africa charity, card for late mother's memorial
@case("asr")
def _():
    c = card("mc"); m, y = ex(); v = cv(); amt = pick([300, 500, 1000]); em = "zanele dot mokoena at webmail dot co dot za"
    return f"""
A: good afternoon hospice care appeal [[NAME:palesa]] speaking
C: hello i'd like to donate in memory of my mother
A: i'm sorry for your loss what amount would you like to give
C: ((price:{nw(amt)} rand))
A: your name please
C: [[NAME:zanele mokoena]]
A: and your card number
C: [[CARD_NUMBER#a:{w(c[:8])}]] sorry my hands are shaking [[CARD_NUMBER#a:{w(c[8:])}]]
A: take your time expiry date
C: [[EXPIRY:{w('%02d' % m)} {nw(y % 100)}]]
A: and the three digit code
C: [[CVV:{w(v)}]]
A: thank you we'll email a section eighteen a certificate to which address
C: [[EMAIL:{em}]]
"""


# ---- 44: Australia gaming (pokies app) SIM swap, DOB and address
@case("transcript")
def _():
    d, mo, yy = db(1960, 1998); hn = ri(3, 220); pc = str(ri(2000, 2999)); mob = "04" + dg(2, False)
    return f"""
A: Lucky Dingo accounts, [[NAME:Lachlan]] speaking.
C: Someone changed my phone number and withdrew money from my account!
A: That's serious. Let's lock it now. Your name?
C: [[NAME:Nguyen Thi Lan]].
A: And date of birth?
C: [[DOB:{d}/{mo}/{yy}]].
A: Your residential address?
C: [[ADDRESS:{hn} Parramatta Road, Annandale NSW]] [[POSTCODE:{pc}]].
A: Thanks. A withdrawal of ((price:$1,200)) went out at ((time:2:14 AM)), and the mobile was changed to one starting [[PHONE:{mob}]].
C: That's not mine.
A: I've frozen the account and opened a fraud case. You'll hear back within ((duration:48 hours)).
"""


# ---- 45: UK parking permit + PCN, card pieces, agent 'and the next four'
@case("asr")
def _():
    c = card("visa"); m, y = ex(); v = cv(); pcn = "WK" + dg(8); reg = "%s%s%d%d %s%s%s" % (pick("ABDLMS"), pick("ABDLMS"), ri(1, 7), ri(0, 9), pick(LET), pick(LET), pick(LET))
    return f"""
A: parking services [[NAME:nadia]] speaking
C: hi i got a parking fine outside my own house i've got a resident's permit
A: can i take the pcn number please
C: [[ACCOUNT_NUMBER:{w(pcn)}]]
A: and the registration
C: [[ACCOUNT_NUMBER:{w(reg)}]]
A: it says your permit expired on the ((date:first)) that's why
C: oh no okay can i renew it and pay the fine
A: the permit is ((price:ninety five pounds)) for ((duration:twelve months)) and the fine is ((price:thirty five pounds)) at the discount so ((price:one hundred and thirty pounds)) altogether
C: okay card's [[CARD_NUMBER#a:{w(c[:4])}]]
A: yep
C: [[CARD_NUMBER#a:{w(c[4:8])}]]
A: and the next four
C: [[CARD_NUMBER#a:{w(c[8:12])}]] and [[CARD_NUMBER#a:{w(c[12:])}]]
A: expiry and security code
C: [[EXPIRY:{w('%02d' % m)} {nw(y % 100)}]] [[CVV:{w(v)}]]
"""

# ---- 46: US council-like (county) tax, second card declined, address
@case("transcript")
def _():
    c1 = card("visa"); c2 = card("amex"); m, y = ex(); v = cv(4); parcel = "%s-%s-%s" % (dg(3), dg(3), dg(3)); amt = money(1200, 4800); hn = ri(100, 9999); zc = dg(5)
    return f"""
A: Travis County Tax Office, this is [[NAME:Ernestine]].
C: Hi, I'm paying the second half of my property taxes. Parcel [[ACCOUNT_NUMBER:{parcel}]].
A: Property address?
C: [[ADDRESS:{hn} Rio Grande Street, Austin, Texas]] [[POSTCODE:{zc}]].
A: And the owner's name?
C: [[NAME:Bartholomew Okafor]].
A: The amount due is ((price:${amt})). Card payments have a ((percentage:2.35%)) fee.
C: Use [[CARD_NUMBER:{sp(c1, [4, 4, 4, 4])}]].
A: I'm sorry, that card was declined.
C: Huh. Try my Amex then, [[CARD_NUMBER:{sp(c2, [4, 6, 5])}]], [[EXPIRY:{m:02d}/{y % 100}]], code [[CVV:{v}]].
A: That one went through at ((time:10:42 AM)). You'll get an emailed receipt.
C: Thank you.
"""


# ---- 47: India online banking lockout, OTP, email
@case("asr")
def _():
    otp = dg(6); em = "neha dot bhattacharya nine one at rediffmail dot com"; acct = dg(11); n = ri(3, 5)
    return f"""
A: welcome to ganga bank internet banking support my name is [[NAME:vikram]]
C: hello my user id is locked after ((count:{nw(n)} wrong attempts))
A: no problem ma'am your account number please
C: [[ACCOUNT_NUMBER:{w(acct)}]]
A: and your name
C: [[NAME:neha bhattacharya]]
A: your registered email
C: [[EMAIL:{em}]]
A: i have sent an otp please read it out
C: [[ACCOUNT_NUMBER:{w(otp)}]]
A: thank you it is unlocked please change your password within ((duration:twenty four hours))
C: thank you so much
"""


# ---- 48: UK charity raffle tickets, card with 'triple'
@case("asr")
def _():
    c = card("mc")
    while not re.search(r"(\d)\1\1", c):
        c = card("mc")
    m, y = ex(); v = cv(); n = pick([5, 10, 20]); hn = ri(2, 60); pc = uk_pc()
    return f"""
A: hello lifeboat lottery [[NAME:heledd]] speaking
C: hello dear i'd like to buy some raffle tickets for the summer draw
A: lovely they're ((price:a pound)) each how many would you like
C: ((quantity:{nw(n)} tickets)) please
A: and your name and address
C: [[NAME:dorothy fairweather]] [[ADDRESS:{nw(hn)} harbour view penzance]]
A: and the postcode
C: [[POSTCODE:{w(pc)}]]
A: and the card number
C: [[CARD_NUMBER:{wd(c)}]]
A: expiry
C: [[EXPIRY:{w('%02d' % m)} {nw(y % 100)}]]
A: security code
C: [[CVV:{w(v)}]]
A: the draw is on the ((date:twenty first of august)) good luck
"""


# ---- 49: NZ council (rates) payment, card ending only, email
@case("transcript")
def _():
    c = card("visa"); m, y = ex(); v = cv(); val = dg(10); amt = money(600, 1500); em = "wiremu.parata@gmail.com"
    while luhn_ok(val):
        val = dg(10)
    return f"""
A: Wellington City Council rates team, [[NAME:Anahera]] speaking.
C: Kia ora, I want to pay my rates. The valuation number is [[ACCOUNT_NUMBER:{val}]].
A: Thanks. The owner is [[NAME:Wiremu Parata]]?
C: That's me.
A: This quarter is ((price:${amt})). Paying by card adds ((percentage:1.8%)).
C: That's fine. Card [[CARD_NUMBER:{c}]], expiry [[EXPIRY:{m:02d}/{y % 100}]], CVV [[CVV:{v}]].
A: Paid with the card ending [[CARD_NUMBER:{c[-4:]}]]. Send the receipt to [[EMAIL:{em}]]?
C: Yes, please.
A: Done. The next instalment is due ((date:20 February)).
"""


# ---- 50: US boat (BoatUS-like) towing membership, DOB, address, phone
@case("asr")
def _():
    c = card("visa"); m, y = ex(); v = cv(); a, b, cc = us_ph(); hn = ri(10, 990); zc = dg(5); hull = dg(3, True)
    return f"""
A: thanks for calling seaway towing membership this is [[NAME:colton]]
C: hi i want to sign up before the season starts my boat's in the water next week
A: great name please
C: [[NAME:wanda szymanski]]
A: address
C: [[ADDRESS:{nw(hn)} harbor drive st petersburg florida]] zip [[POSTCODE:{w(zc)}]]
A: phone
C: [[PHONE:{w(a)} {w(b)} {w(cc)}]]
A: and the boat how long is it
C: ((quantity:twenty two feet))
A: unlimited towing is ((price:one seventy nine)) a year card number
C: [[CARD_NUMBER#a:{w(c[:4])} {w(c[4:8])}]] hold on [[CARD_NUMBER#a:{w(c[8:])}]]
A: expiration and security code
C: [[EXPIRY:{w(str(m))} {nw(y % 100)}]] code [[CVV:{w(v)}]]
"""


# ---- 51: UK bank SIM swap + card cancelled + new card details read back
@case("transcript")
def _():
    old = card("visa"); d, mo, yy = db(); n = ri(2, 4); amt = money(200, 900); pc = uk_pc()
    return f"""
A: Harbour Bank fraud line, [[NAME:Anjali]] speaking.
C: I think someone's taken over my phone. I've had ((count:{n} texts)) about payments I didn't make.
A: Let's check. Name and date of birth?
C: [[NAME:Gareth Llewellyn]], [[DOB:{d} {MONTHS[mo - 1][:3]} {yy}]].
A: Postcode?
C: [[POSTCODE:{pc}]].
A: Thank you. There's a payment of ((price:£{amt})) pending on the card ending [[CARD_NUMBER:{old[-4:]}]].
C: That's not me.
A: I've cancelled that card. A new one will arrive in ((duration:3 to 5 working days)).
C: And the phone?
A: Call your network from another phone; they'll block the SIM. Your ((quantity:8-digit)) security number has been reset too.
C: Right, thanks.
"""


# ---- 52: Australia festival ticket transfer, phone, email (no card)
@case("asr")
def _():
    ph = "04" + dg(8, False); bk = dg(8); em = "ashleigh dot brennan at outlook dot com dot au"
    return f"""
A: hey you're talking to [[NAME:jaxon]] at sunset sounds tickets
C: hi i need to transfer a ticket to my sister
A: no worries what's the booking number
C: [[ACCOUNT_NUMBER:{w(bk)}]]
A: and your name
C: [[NAME:ashleigh brennan]]
A: and your sister's name mobile and email
C: [[NAME:courtney brennan]] mobile [[PHONE:{w(ph)}]] email [[EMAIL:{em}]]
A: hang on that email's yours
C: oh sorry it's [[EMAIL:court b at gmail dot com]]
A: done transfers cost ((price:five fifty)) and she'll get it in ((duration:ten minutes))
C: legend thanks
"""

# ---- 53: UK betting, disputed bet, slip number, odds and stake
@case("transcript")
def _():
    slip = "SL" + dg(9); acct = dg(8); stake = ri(5, 50); t, h, mi = tm()
    return f"""
A: Gallopers Bet, [[NAME:Niamh]] speaking.
C: Hi, a bet was settled as a loser but my horse won. I'm [[NAME:Terrence Boateng]], account [[ACCOUNT_NUMBER:{acct}]].
A: Thanks, Mr [[NAME:Boateng]]. Do you have the bet slip number?
C: [[ACCOUNT_NUMBER:{slip}]]. ((price:£{stake})) each-way at ((other:9/2)) in the ((time:{t})) at Kempton.
A: I can see it. The race was re-settled after a stewards' inquiry about ((duration:20 minutes)) later.
C: So I did win?
A: You did. ((price:£{stake * 6})) has gone back into your balance, and the place part paid at ((other:1/5)) odds.
C: Brilliant, cheers.
"""


# ---- 54: Ireland HR desk, PPS number and pension percentage
@case("asr")
def _():
    pps = dg(7, False) + pick("ABCDEFGHKLMNPRSTW"); emp = dg(5); pct = pick([3, 4, 5, 6])
    return f"""
A: hr shared services [[NAME:eimear]] speaking
C: hi it's [[NAME:conor brophy]] from the galway office
A: hi [[NAME:conor]] what's your employee number
C: [[ACCOUNT_NUMBER:{w(emp)}]]
A: and your pps number for security
C: [[SSN:{w(pps)}]]
A: grand what can i do for you
C: i want to up my pension contribution from ((percentage:{nw(pct)} percent)) to ((percentage:{nw(pct + 2)} percent))
A: no bother that'll kick in on the ((date:first of next month)) and the company matches up to ((percentage:seven percent))
C: perfect and how many days holidays have i left
A: ((quantity:eight and a half days)) and you can carry over ((quantity:five))
C: sound thanks
"""


# ---- 55: US legal aid, SSN, address, phone
@case("transcript")
def _():
    ssn = us_ssn(); a, b, cc = us_ph(); hn = ri(100, 9999); zc = dg(5); d, mo, yy = db(1950, 1995)
    return f"""
A: Legal Aid of the Rockies intake line, this is [[NAME:Guadalupe]].
C: Hi. My employer hasn't paid me for ((duration:three weeks)) and I don't know what to do.
A: I'm sorry. Let's see if you qualify. Your name?
C: [[NAME:Darius Whitfield]].
A: Date of birth and Social Security number?
C: [[DOB:{mo}/{d}/{yy}]], and [[SSN:{ssn}]].
A: Current address?
C: [[ADDRESS:{hn} East Colfax Avenue, Unit 12, Denver, CO]] [[POSTCODE:{zc}]].
A: And a phone number?
C: [[PHONE:{a}-{b}-{cc}]].
A: How much are you owed, roughly?
C: About ((price:$2,400)). I worked ((duration:40 hours)) a week at ((price:$20)) an hour.
A: An attorney will call you within ((duration:five business days)).
"""


# ---- 56: Canada ticketing hockey playoffs, card in 2 turns with 'yep', read back last four
@case("asr")
def _():
    c = card("mc"); m, y = ex(); v = cv(); n = pick([2, 4]); p = ri(180, 450); sec = ri(101, 330)
    return f"""
A: thanks for calling the arena box office [[NAME:brayden]] speaking
C: hi i'm looking for ((quantity:{nw(n)} seats)) for ((other:game six))
A: i've got ((quantity:{nw(n)} together)) in section ((other:{nw(sec)})) row ((other:twelve)) at ((price:{nw(p)} dollars)) each
C: ok i'll take them
A: name please
C: [[NAME:harpreet sandhu]]
A: card number
C: [[CARD_NUMBER#a:{w(c[:8])}]]
A: yep
C: [[CARD_NUMBER#a:{w(c[8:])}]]
A: so that's the mastercard ending [[CARD_NUMBER:{w(c[-4:])}]] expiry and cvc
C: [[EXPIRY:{w('%02d' % m)} {nw(y % 100)}]] and [[CVV:{w(v)}]]
A: you're set puck drop is at ((time:seven)) doors at ((time:five thirty))
"""


# ---- 57: UK motorbike insurance claim, third party name, phone, DOB
@case("transcript")
def _():
    pol = "BK/" + dg(6); a, b = uk_mob(); d, mo, yy = db(1965, 2002); exc = pick([250, 350, 500])
    return f"""
A: Throttle Insurance claims, [[NAME:Mohammed]] speaking.
C: Hi, I came off my bike at a roundabout. A car pulled out on me.
A: Are you hurt?
C: Bruised, that's all.
A: Good. Your policy number and date of birth?
C: [[ACCOUNT_NUMBER:{pol}]], [[DOB:{d} {MONTHS[mo - 1]} {yy}]].
A: Did you get the other driver's details?
C: Yes: [[NAME:Keith Rowbotham]], mobile [[PHONE:{a} {b}]].
A: Thanks. Your excess is ((price:£{exc})), but you'll get it back if he's at fault.
C: How long will the bike be off the road?
A: Usually ((duration:10 to 14 days)) at our approved garage.
C: Okay. Thanks.
"""


# ---- 58: South Africa online banking SIM swap, account, phone
@case("asr")
def _():
    acct = dg(10); ph = "08" + dg(8, False); amt = ri(5000, 40000)
    return f"""
A: good morning protea bank fraud desk [[NAME:karabo]] speaking
C: morning my cellphone lost signal and then i got an email that ((price:{nw(amt)} rand)) was transferred
A: that sounds like a sim swap let me stop it what's your account number
C: [[ACCOUNT_NUMBER:{w(acct)}]]
A: name please
C: [[NAME:willem du toit]]
A: and your cellphone number
C: [[PHONE:{w(ph)}]]
A: okay the transfer was at ((time:three twenty)) this morning i've flagged it and blocked online banking for ((duration:twenty four hours))
C: will i get the money back
A: we'll try to recall it most of the time we do within ((duration:seven days))
C: ok thank you
"""


# ---- 59: US charity (public radio) pledge, card in uneven groups, read back full
@case("transcript")
def _():
    c = card("visa"); m, y = ex(); v = cv(); amt = pick([60, 120, 240]); em = "fiona.mcbride@earthlink.net"; zc = dg(5)
    return f"""
A: Thanks for supporting KXPR public radio, this is [[NAME:Rosalind]].
C: Hi, I'd like to pledge ((price:${amt})) and get the tote bag.
A: Wonderful. Name?
C: [[NAME:Fiona McBride]].
A: And the card?
C: [[CARD_NUMBER:{sp(c, [3, 5, 4, 4])}]].
A: Let me read it back in fours: [[CARD_NUMBER:{sp(c, [4, 4, 4, 4])}]].
C: Yep.
A: Expiration, security code and zip?
C: [[EXPIRY:{m:02d}/{y % 100}]], [[CVV:{v}]], [[POSTCODE:{zc}]].
A: And your email?
C: [[EMAIL:{em}]].
A: Thank you. That's ((price:${amt // 12})) a month over ((duration:12 months)).
"""


# ---- 60: India traffic challan, card with correction, vehicle number
@case("asr")
def _():
    c = card("visa"); m, y = ex(); v = cv(); challan = "KA" + dg(8); veh = "KA %s %s %s" % (dg(2), pick(["MJ", "EW", "HB"]), dg(4)); fine = pick([500, 1000, 2000])
    wrong = str((int(c[5]) + 1) % 10)
    return f"""
A: traffic police e challan helpline [[NAME:sandeep]] speaking
C: hello i got a challan for signal jumping i want to pay
A: challan number please
C: [[ACCOUNT_NUMBER:{w(challan)}]]
A: vehicle number
C: [[ACCOUNT_NUMBER:{w(veh)}]]
A: fine is ((price:{nw(fine)} rupees)) you can pay by card
C: okay [[CARD_NUMBER#a:{w(c[:5] + wrong)}]] no no sorry last one was [[CARD_NUMBER#a~:{w(c[5])}]]
A: okay continue
C: [[CARD_NUMBER#a:{w(c[6:])}]]
A: expiry
C: [[EXPIRY:{w('%02d' % m)} {w(str(y))}]]
A: cvv
C: [[CVV:{w(v)}]]
A: payment done name for receipt
C: [[NAME:prakash nair]]
"""


# ---- 61: UK council tax single person discount, address, DOB, direct debit date
@case("transcript")
def _():
    ref = dg(8); d, mo, yy = db(); hn = ri(1, 120); pc = uk_pc(); bill = money(1400, 2400)
    return f"""
A: Council tax, [[NAME:Lorraine]] speaking.
C: Hello, my partner's moved out, so I want the single person discount.
A: I can help. Account reference?
C: [[ACCOUNT_NUMBER:{ref}]].
A: And your name and date of birth?
C: [[NAME:Ifeoma Chukwu]], [[DOB:{d}/{mo:02d}/{yy}]].
A: Which address?
C: [[ADDRESS:Flat {hn}, Caxton House, Leeds]], [[POSTCODE:{pc}]].
A: The discount is ((percentage:25%)), so your yearly bill drops from ((price:£{bill})) to about three quarters of that.
C: Brilliant. Does the direct debit change?
A: Yes, the new amount comes out on the ((date:15th)) over ((count:10 instalments)).
"""

# ---- 62: UK festival, accessibility carer ticket, DOB, address
@case("asr")
def _():
    bk = dg(9); d, mo, yy = db(1960, 2004); hn = ri(2, 90); pc = uk_pc()
    return f"""
A: hiya you're through to greenfields festival access team i'm [[NAME:poppy]]
C: hi i'm [[NAME:elliot marchetti]] i use a wheelchair and i need a free carer ticket
A: of course can i take your booking number
C: [[ACCOUNT_NUMBER:{w(bk)}]]
A: thanks [[NAME:elliot]] and your date of birth
C: [[DOB:{nw(d)} {nw(mo)} {w(str(yy)[2:])}]]
A: and your carer's name
C: [[NAME:joanna kettering]]
A: and where should we post the wristbands
C: [[ADDRESS:{nw(hn)} foxglove close bristol]] [[POSTCODE:{w(pc)}]]
A: lovely the viewing platform opens at ((time:eleven)) and there's space for ((quantity:two)) per wheelchair user
C: brilliant and is parking free
A: blue badge parking is free it's about ((quantity:two hundred metres)) from the gate
C: perfect thanks [[NAME:poppy]]
"""


# ---- 63: Australia payroll, superannuation, TFN, card not involved
@case("transcript")
def _():
    tfn = "%s %s %s" % (dg(3), dg(3), dg(3)); emp = "EMP" + dg(5); pct = "11.5"; hrs = ri(20, 38)
    return f"""
A: Payroll, [[NAME:Bronte]] speaking.
C: G'day, it's [[NAME:Rangi Kereama]]. My payslip doesn't show any super.
A: Hi [[NAME:Rangi]]. Employee number?
C: [[ACCOUNT_NUMBER:{emp}]].
A: And your tax file number to confirm?
C: [[SSN:{tfn}]].
A: Thanks. You're on ((duration:{hrs} hours)) a week; super should be ((percentage:{pct}%)). It looks like it wasn't set up after your first ((duration:two weeks)).
C: Will I get it back-paid?
A: Yes, in the next pay run on ((date:Thursday the 14th)), for ((count:3 pay periods)).
C: Thanks, mate.
"""


# ---- 64: US online sportsbook, deposit, card read back last four, age check
@case("asr")
def _():
    c = card("visa"); m, y = ex(); v = cv(); d, mo, yy = db(1980, 2003); amt = pick([50, 100, 250]); zc = dg(5)
    return f"""
A: thanks for calling touchdown sportsbook this is [[NAME:cheyenne]]
C: yo my deposit keeps failing
A: let's fix it can i get your name and date of birth
C: [[NAME:tre'von jackson]] [[DOB:{MONTHS[mo - 1].lower()} {nw(d)} {yw(yy)}]]
A: thanks you have to be ((quantity:twenty one)) in this state you're fine
C: lol yeah
A: what card you using
C: [[CARD_NUMBER#a:{w(c[:6])}]] um [[CARD_NUMBER#a:{w(c[6:])}]]
A: the one ending [[CARD_NUMBER:{w(c[-4:])}]] the bank flagged it as gambling you have to allow it in your bank app
C: oh for real
A: yeah or i can try it again with the cvv and billing zip
C: [[CVV:{w(v)}]] zip [[POSTCODE:{w(zc)}]] expires [[EXPIRY:{w(str(m))} {nw(y % 100)}]]
A: ((price:{nw(amt)} dollars)) deposited you're good for the ((time:one o'clock)) game
C: bet
"""


# ---- 65: NZ traffic infringement, card, reg plate, demerit
@case("transcript")
def _():
    c = card("mc"); m, y = ex(); v = cv(); inf = "%s%s" % ("NZT", dg(8)); plate = "%s%s%s%d%d%d" % (pick("ABCFGHJKLM"), pick("ABCFGHJKLM"), pick("ABCFGHJKLM"), ri(0, 9), ri(0, 9), ri(0, 9))
    return f"""
A: Kia ora, infringement services, [[NAME:Manaia]] speaking.
C: Hi, I've got a speeding ticket from a camera. I'm [[NAME:Isabella Fonoti]].
A: Infringement number and plate, please?
C: [[ACCOUNT_NUMBER:{inf}]], plate [[ACCOUNT_NUMBER:{plate}]].
A: Thanks, [[NAME:Isabella]]. That's ((price:$80)) for ((quantity:11 km/h)) over in a ((quantity:50 zone)), at ((time:7:52 AM)) on ((date:3 March)).
C: I'll pay it. [[CARD_NUMBER:{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}]].
A: Expiry and CVC?
C: [[EXPIRY:{m:02d}/{y % 100}]], [[CVV:{v}]].
A: Paid. You have ((duration:28 days)) if you want to dispute the speed instead, but payment ends it.
"""


# ---- 66: UK charity, legacy enquiry (no numbers beyond phone/email)
@case("asr")
def _():
    a, b = uk_mob(); em = "audrey dot pennington at talk talk dot net"
    return f"""
A: good afternoon wildlife trust supporter care [[NAME:isla]] speaking
C: hello dear i'm thinking of leaving something to you in my will
A: oh that's very generous can i take your name
C: [[NAME:audrey pennington]]
A: thank you mrs [[NAME:pennington]] shall i send you our free guide
C: yes please by email [[EMAIL:{em}]]
A: and a phone number in case we need to follow up
C: [[PHONE:{w(a)} {w(b)}]]
A: lovely our legacy officer is [[NAME:bernard]] he'll ring you in about ((duration:a week))
C: oh lovely thank you dear
A: you're welcome have a lovely afternoon
C: and you
"""


# ---- 67: Canada legal aid, SIN not needed question, address, DOB
@case("transcript")
def _():
    d, mo, yy = db(1955, 2000); hn = ri(10, 3000); pc = ca_pc(); a, b, cc = us_ph(); inc = ri(18000, 32000)
    return f"""
A: Legal Aid Ontario, [[NAME:Anneliese]] speaking.
C: Hi, I have a family court date on the ((date:12th)) and no lawyer.
A: Let's see if you're eligible. Name and date of birth?
C: [[NAME:Babajide Adeyemi]], born [[DOB:{MONTHS[mo - 1]} {d}, {yy}]].
A: Address?
C: [[ADDRESS:{hn} Bathurst Street, Apt 1104, Toronto, ON]] [[POSTCODE:{pc}]].
A: Phone?
C: [[PHONE:{a}-{b}-{cc}]]. Do you need my SIN as well?
A: Not for this step. What's your household income?
C: About ((price:${inc:,})) a year, with ((quantity:2 kids)).
A: You're under the limit. A lawyer will contact you in ((duration:3 to 5 days)).
"""


# ---- 68: UK betting (bingo) account locked, card ending and email
@case("asr")
def _():
    c = card("mc"); acct = dg(7); em = "sharon dot lockwood six seven at sky dot com"; n = ri(3, 5)
    return f"""
A: hiya welcome to lucky lantern bingo you're talking to [[NAME:jodie]]
C: hiya love i can't get into my bingo it says my account's locked
A: oh dear what's your username or account number
C: [[ACCOUNT_NUMBER:{w(acct)}]]
A: and the email you signed up with
C: [[EMAIL:{em}]]
A: thanks it was locked after ((count:{nw(n)} wrong passwords)) can you confirm the last four of your card
C: [[CARD_NUMBER:{w(c[-4:])}]]
A: lovely i've unlocked it your ((price:ten pound)) bonus is still there until ((time:midnight))
C: ooh lovely
A: and the big game starts at ((time:eight)) tonight ((price:five hundred pound)) jackpot
C: i'll be on thanks love
"""


# ---- 69: Ireland council (motor tax), card pieces with 'and the next four'
@case("transcript")
def _():
    c = card("visa"); m, y = ex(); v = cv(); reg = "%d-%s-%s" % (ri(161, 242), pick(["D", "C", "G", "KY", "WX"]), dg(4))
    return f"""
A: Motor Tax Office, [[NAME:Caoimhe]] speaking.
C: Hello, I want to renew the tax on my car. Reg is [[ACCOUNT_NUMBER:{reg}]].
A: Thanks. Name on the log book?
C: [[NAME:Fintan Gallagher]].
A: ((duration:Twelve months)) is ((price:€280)), or ((duration:six months)) is ((price:€146)).
C: ((duration:Twelve)). Card is [[CARD_NUMBER#a:{c[:4]}]]...
A: Yes?
C: [[CARD_NUMBER#a:{c[4:8]}]].
A: And the next four?
C: [[CARD_NUMBER#a:{c[8:12]}]], and [[CARD_NUMBER#a:{c[12:]}]].
A: Expiry?
C: It's [[EXPIRY:{m:02d}/{y % 100}]]. CVV [[CVV:{v}]].
A: Done. The disc will be posted within ((duration:5 working days)).
"""

# ---- 70: UK boat mooring fees at a marina, expiry said as month of next year
@case("asr")
def _():
    c = card("visa"); v = cv(); berth = "%s %s" % (pick("abcde"), nw(ri(1, 60))); fee = ri(1800, 4200); hn = ri(2, 80); pc = uk_pc()
    return f"""
A: morning you're through to lymington marina office [[NAME:giles]] speaking
C: morning it's [[NAME:rosamund everett]] i've got the berth on pontoon ((other:{berth}))
A: morning mrs [[NAME:everett]] you're calling about the annual mooring
C: yes it's ((price:{nw(fee)} pounds)) isn't it for the ((quantity:nine metre)) berth
A: that's right with ((percentage:five percent)) off if you pay in full today
C: lovely card is [[CARD_NUMBER#a:{w(c[:4])}]] um [[CARD_NUMBER#a:{w(c[4:12])}]] um [[CARD_NUMBER#a:{w(c[12:])}]]
A: and when does it expire
C: it expires the [[EXPIRY:second month of next year]]
A: so [[EXPIRY:february next year]] lovely and the security code
C: the three on the back are [[CVV:{w(v)}]]
A: thank you and your address for the invoice
C: [[ADDRESS:{nw(hn)} quay hill lymington]] [[POSTCODE:{w(pc)}]]
A: all done the lift out is booked for ((date:the fourth of october)) at high tide
"""


# ---- 71: US HR help desk, benefits enrollment, DOB of dependent, SSN last four
@case("transcript")
def _():
    d, mo, yy = db(2008, 2023); ssn = us_ssn(); eid = dg(7); prem = money(80, 240)
    return f"""
A: Benefits Center, this is [[NAME:Winston]].
C: Hi, I need to add my newborn to my health plan. I'm [[NAME:Adaeze Okonjo]], employee ID [[ACCOUNT_NUMBER:{eid}]].
A: Congratulations! You have ((duration:30 days)) from the birth to add a dependent. Baby's name and date of birth?
C: [[NAME:Chidera Okonjo]], born [[DOB:{mo:02d}/{d:02d}/{yy}]].
A: And the baby's Social, if you have it yet?
C: Not yet. My last four is [[SSN:{ssn[-4:]}]] if you need it.
A: That's fine. Your premium goes up by ((price:${prem})) per paycheck, starting ((date:the 1st of next month)).
C: Okay. Thanks so much.
"""


# ---- 72: India online gaming, withdrawal KYC, PAN and email (no card)
@case("asr")
def _():
    pan = pick("ABCDEFG") + pick("KLMNP") + pick("QRSTU") + "P" + pick("ABCS") + dg(4) + pick("ABCDE"); em = "rahul dot iyer two two at gmail dot com"; amt = ri(2000, 20000)
    return f"""
A: hello fantasy eleven support my name is [[NAME:pooja]]
C: hi my withdrawal of ((price:{nw(amt)} rupees)) is stuck from ((duration:three days))
A: sir your kyc is pending please share your pan
C: [[SSN:{letters(pan)}]]
A: and your registered email
C: [[EMAIL:{em}]]
A: and full name as on pan
C: [[NAME:rahul iyer]]
A: thank you [[NAME:rahul]] sir kyc will be verified in ((duration:two hours)) and then ((percentage:thirty percent)) tds will be deducted on net winnings
C: thirty percent that's too much
A: sorry sir it's government rule
"""


# ---- 73: UK charity, phone donation on someone else's behalf, card read back, Gift Aid
@case("transcript")
def _():
    c = card("mc"); m, y = ex(); v = cv(); hn = ri(1, 99); pc = uk_pc(); amt = pick([10, 25, 50])
    return f"""
A: Good evening, Children's Hearts appeal, [[NAME:Keisha]] speaking.
C: Hi. My dad wants to donate ((price:£{amt})), but he's hard of hearing, so I'm calling for him. He's next to me.
A: That's fine. His name?
C: [[NAME:Alistair Drummond]]. I'm his daughter, [[NAME:Morag]].
A: Thank you, [[NAME:Morag]]. Is he a UK taxpayer? Gift Aid adds ((percentage:25%)).
C: Yes. His address is [[ADDRESS:{hn} Glebe Street, Falkirk]], [[POSTCODE:{pc}]].
A: And his card?
C: [[CARD_NUMBER:{sp(c, [4, 4, 4, 4])}]], expiring [[EXPIRY:{m:02d}/{y % 100}]], and the code is [[CVV:{v}]].
A: Let me check the last four: [[CARD_NUMBER:{c[-4:]}]].
C: Yes.
A: That's done. With Gift Aid, it's worth ((price:£{amt * 1.25:.2f})).
"""


# ---- 74: Australia, boat licence and registration renewal (no card)
@case("asr")
def _():
    rego = "%s%s%s%s" % (pick("AB"), dg(3), pick("ND"), pick("XYZ")); lic = dg(8); d, mo, yy = db()
    return f"""
A: maritime services [[NAME:kirralee]] speaking
C: hi i need to renew my boat rego and my licence
A: sure your name and date of birth
C: [[NAME:bruce tanaka]] [[DOB:{ordw(d)} of {MONTHS[mo - 1].lower()} {yw(yy)}]]
A: and the boat registration
C: [[ACCOUNT_NUMBER:{w(rego)}]]
A: and your licence number
C: [[ACCOUNT_NUMBER:{w(lic)}]]
A: the rego is ((price:one hundred and twelve dollars)) for ((duration:twelve months)) and the licence is ((price:sixty six dollars))
C: righto
A: you can pay online it's quicker than over the phone
C: no worries i'll do that
"""


# ---- 75: South Africa festival tickets, card with double and pieces
@case("transcript")
def _():
    c = card("visa"); m, y = ex(); v = cv(); n = ri(2, 5); p = pick([650, 850, 1200]); em = "thabo.nkosi@mweb.co.za"
    return f"""
A: Karoo Skies tickets desk, [[NAME:Bongani]] speaking.
C: Hi, I'm looking for ((quantity:{n} adult tickets)) for the ((date:April)) weekend.
A: Those are ((price:R{p})) each. Name?
C: [[NAME:Thabo Nkosi]].
A: Email?
C: [[EMAIL:{em}]].
A: Card number, please.
C: [[CARD_NUMBER#a:{c[:4]}]], uh, [[CARD_NUMBER#a:{c[4:10]}]]
A: Mm-hmm.
C: [[CARD_NUMBER#a:{c[10:]}]].
A: Expiry and CVV?
C: [[EXPIRY:{m:02d}/{y % 100}]] and [[CVV:{v}]].
A: Done: ((price:R{p * n})). The tickets are released ((duration:two weeks)) before the event.
"""


# ---- 76: US parking violation, city, card declined then debit card
@case("asr")
def _():
    c1 = card("mc"); c2 = card("visa"); m, y = ex(); v = cv(); cit = dg(9)
    while luhn_ok(cit):
        cit = dg(9)
    return f"""
A: city of chicago parking violations [[NAME:latoya]] speaking
C: hi i'm trying to pay a parking ticket before it doubles
A: what's the ticket number
C: [[ACCOUNT_NUMBER:{w(cit)}]]
A: okay that's ((price:seventy five dollars)) expired meter it goes to ((price:one fifty)) after ((duration:twenty one days))
C: yeah okay card is [[CARD_NUMBER:{w(c1)}]]
A: hmm that's declining do you have another card
C: ugh yeah use my debit [[CARD_NUMBER#a:{w(c2[:8])}]] sorry [[CARD_NUMBER#a:{w(c2[8:])}]]
A: expiration
C: [[EXPIRY:{w('%02d' % m)} {nw(y % 100)}]]
A: cvv
C: [[CVV:{w(v)}]]
A: that went through your confirmation is ((other:{w(nonluhn(10))}))
C: thank you
"""

# ---- 77: UK payroll, overpayment repaid by card, CVV question
@case("transcript")
def _():
    c = card("visa"); m, y = ex(); v = cv(); emp = dg(6); amt = money(150, 700)
    return f"""
A: Payroll, [[NAME:Callista]] speaking.
C: Hi, it's [[NAME:Duncan Ferreira]], staff number [[ACCOUNT_NUMBER:{emp}]]. I got a letter about an overpayment.
A: Yes, [[NAME:Duncan]]. You were paid for ((duration:2 weeks)) after your leaving date, ((price:£{amt})) in total.
C: I'd rather pay it now than have it hanging over me. Can I use a card?
A: You can. Go ahead.
C: [[CARD_NUMBER:{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}]], expiring [[EXPIRY:{m:02d}/{y % 100}]].
A: And the security code?
C: Why do you need it? The letter didn't say.
A: The card company insists on it for payments over the phone. I don't write it down.
C: Okay. [[CVV:{v}]].
A: Thank you. You'll get a confirmation by post within ((duration:10 days)), and your leaving paperwork will be corrected.
"""


# ---- 78: Ireland betting, deposit card read back, self-exclusion timer
@case("asr")
def _():
    c = card("mc"); m, y = ex(); v = cv(); acct = dg(8); amt = pick([20, 50, 100])
    return f"""
A: hello paddock bet customer service [[NAME:sorcha]] speaking
C: howya i want to lodge money but the app keeps saying card not supported
A: no bother account number
C: [[ACCOUNT_NUMBER:{w(acct)}]]
A: and your name
C: [[NAME:eoin mac giolla]]
A: okay [[NAME:eoin]] read me the card
C: [[CARD_NUMBER:{w(c)}]]
A: so that's [[CARD_NUMBER:{w(c[:4])} {w(c[4:8])} {w(c[8:12])} {w(c[12:])}]]
C: yeah
A: expiry and the code
C: [[EXPIRY:{w('%02d' % m)} {nw(y % 100)}]] code [[CVV:{w(v)}]]
A: that's ((price:{nw(amt)} euro)) lodged you've also got a reality check every ((duration:sixty minutes))
C: grand and the game's at ((time:half seven)) yeah
A: kick off at ((time:seven forty five)) actually
"""


# ---- 79: Canada payroll / T4 correction, SIN and address
@case("transcript")
def _():
    sin = "%s %s %s" % (dg(3), dg(3), dg(3)); hn = ri(10, 2500); pc = ca_pc(); eid = dg(6); yr = ri(2022, 2024)
    return f"""
A: Payroll services, [[NAME:Geneviève]] speaking.
C: Hi, my tax slip for ((year:{yr})) has the wrong address. I'm [[NAME:Tariq Haddad]].
A: Hi [[NAME:Tariq]]. Employee number and SIN?
C: [[ACCOUNT_NUMBER:{eid}]], and [[SSN:{sin}]].
A: What's the correct address?
C: [[ADDRESS:{hn} Rue Saint-Denis, Montréal, QC]] [[POSTCODE:{pc}]].
A: I'll issue an amended slip within ((duration:5 business days)). Your income and the ((percentage:15%)) federal rate stay the same.
C: Perfect, thanks.
"""


# ---- 80: Australia online banking lockout, ex-partner on account, phone
@case("asr")
def _():
    ph = "04" + dg(8, False); bsb = dg(6); d, mo, yy = db()
    return f"""
A: hi you're through to wattle bank i'm [[NAME:mackenzie]]
C: hi i'm locked out of my app and i think my ex changed the phone number on it
A: i'm sorry to hear that let's get you sorted your full name
C: [[NAME:priya ramasamy]]
A: and your date of birth
C: [[DOB:{nw(d)} {nw(mo)} {yw(yy)}]]
A: the number on file is one ending [[PHONE:{w(ph[-4:])}]] is that yours
C: no mine is [[PHONE:{w(ph[:4])} {w(ph[4:7])} {w(ph[7:])}]]
A: okay i've updated it and removed the other ((count:two devices)) that were logged in
C: thank you can he see my account still
A: no the joint access was removed ((duration:three months)) ago he can't see anything
C: okay good
"""


# ---- 81: US festival refund dispute, card ending, email
@case("transcript")
def _():
    c = card("amex"); ordn = dg(10); em = "marguerite.osei@icloud.com"; p = ri(200, 600)
    while luhn_ok(ordn):
        ordn = dg(10)
    return f"""
A: Lakeshore Fest guest services, [[NAME:Trent]] speaking.
C: Hi, the festival was cancelled on day two and I haven't been refunded.
A: Sorry about that. Order number?
C: [[ACCOUNT_NUMBER:{ordn}]].
A: And the email on the order?
C: [[EMAIL:{em}]].
A: Thanks. You're owed ((percentage:50%)) of ((price:${p})), since ((quantity:1 of 2 days)) went ahead.
C: Okay. Which card will it go to?
A: The Amex ending [[CARD_NUMBER:{c[-4:]}]], the one you paid with.
C: Right. How long?
A: ((duration:5 to 10 business days)). Your name for the file?
C: [[NAME:Marguerite Osei]].
"""


# ---- 82: UK SIM-swap + card cancellation at bank, card full read to verify new card
@case("asr")
def _():
    c = card("visa"); m, y = ex(); v = cv(); pc = uk_pc(); a, b = uk_mob()
    return f"""
A: hello you're through to clydeside bank card services [[NAME:ewan]] speaking
C: hi i got a new card after the sim swap fraud and i want to activate it
A: no problem your name
C: [[NAME:marjorie mcquarrie]]
A: and your postcode
C: [[POSTCODE:{w(pc)}]]
A: and the new card number
C: [[CARD_NUMBER#a:{w(c[:4])}]] sorry the numbers are tiny [[CARD_NUMBER#a:{w(c[4:])}]]
A: and the expiry on the new one
C: [[EXPIRY:{w('%02d' % m)} {nw(y % 100)}]]
A: i'll send a code to the mobile ending [[PHONE:{w(b[-4:])}]] can you read it out
C: [[ACCOUNT_NUMBER:{w(dg(6))}]]
A: thank you that's active your daily limit is ((price:five hundred pounds)) and contactless is ((price:one hundred pounds))
C: thank you so much
"""


# ---- 83: NZ payroll / HR help desk, IRD, KiwiSaver percentage (no card)
@case("transcript")
def _():
    ird = "%s-%s-%s" % (dg(3), dg(3), dg(3)); emp = dg(5); a = "022 " + dg(3, False) + " " + dg(4, False)
    return f"""
A: HR help desk, [[NAME:Aperahama]] speaking.
C: Kia ora, it's [[NAME:Saoirse Whanau-Tipene]]. I've started a second job and my tax code needs changing.
A: Sure. Employee number?
C: [[ACCOUNT_NUMBER:{emp}]]. IRD number [[SSN:{ird}]].
A: Thanks, [[NAME:Saoirse]]. Use the secondary tax code here; I'll update it before the ((date:Friday)) pay run.
C: And can I drop KiwiSaver from ((percentage:4%)) to ((percentage:3%))?
A: Yes, it takes ((duration:one pay period)).
C: And the best number to reach me is [[PHONE:{a}]].
A: Got it. Anything else?
C: No, that's everything. Thanks.
"""

# ---- 84: US council-style (city) utility + parking permit bundle, card typed with dashes
@case("transcript")
def _():
    c = card("mc"); m, y = ex(); v = cv(); hn = ri(100, 9000); zc = dg(5); acct = dg(9); permit = ri(40, 90)
    return f"""
A: City of Portland customer service, this is [[NAME:Leilani]].
C: Hi, I'm [[NAME:Oksana Hrytsenko]]. I need to pay my water bill and buy a residential parking permit.
A: Sure. Utility account number?
C: [[ACCOUNT_NUMBER:{acct}]], for [[ADDRESS:{hn} Northeast Alberta Street, Portland, OR]] [[POSTCODE:{zc}]].
A: Thanks, [[NAME:Oksana]]. The water bill is ((price:$186.40)) for ((duration:3 months)), and the zone permit is ((price:${permit})) for ((duration:one year)), plus ((price:$5)) per guest pass.
C: I'll take ((quantity:4 guest passes)) too.
A: So ((price:${186.40 + permit + 20:.2f})) total. Card?
C: I'll type it in the chat: [[CARD_NUMBER:{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}]], [[EXPIRY:{m:02d}/{y % 100}]], CVC [[CVV:{v}]].
A: Got it. The permit is valid from ((time:8 AM)) tomorrow and covers ((quantity:2 vehicles)).
C: Great, thanks.
"""


# ---- 85: India concert tickets, card in pieces, age of child
@case("asr")
def _():
    c = card("visa"); m, y = ex(); v = cv(); ph = "9" + dg(9, False); p = pick([1999, 2499, 3499])
    return f"""
A: hello showtime tickets [[NAME:ananya]] speaking how can i help
C: hi i want ((quantity:three tickets)) for the concert on saturday one is for my son he's ((quantity:eleven years old))
A: children above ((quantity:ten)) need a full ticket sir so ((price:{nw(p)} rupees)) each
C: okay book it my name is [[NAME:gurpreet bhatia]]
A: thank you mister [[NAME:bhatia]] mobile number for the tickets
C: [[PHONE:{w(ph)}]]
A: card number please
C: [[CARD_NUMBER#a:{w(c[:4])}]]
A: yes
C: [[CARD_NUMBER#a:{w(c[4:8])}]]
A: and the next four
C: [[CARD_NUMBER#a:{w(c[8:12])}]] and [[CARD_NUMBER#a:{w(c[12:])}]]
A: expiry
C: [[EXPIRY:{w('%02d' % m)} {nw(y % 100)}]]
A: and cvv
C: [[CVV:{w(v)}]]
A: booking done gates open at ((time:five thirty)) show starts at ((time:seven)) and runs about ((duration:three hours))
C: thank you [[NAME:ananya]]
"""

# ================================================================ build and check
MARK = re.compile(r"\[\[([A-Z_]+)(?:#([A-Za-z0-9]+)(~?))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
DW = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
      "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
NUMWORDS = set(ONES[1:] + TEENS + TENS[2:] + ["zero", "hundred", "thousand", "double",
                                               "triple", "twice", "half", "dozen"])


def span_digits(t):
    out, mult = "", 1
    for tok in re.findall(r"[a-z]+|\d", t.lower()):
        if tok == "double":
            mult = 2
        elif tok == "triple":
            mult = 3
        elif tok.isdigit() or tok in DW:
            out += (tok if tok.isdigit() else DW[tok]) * mult
            mult = 1
    return out


def parse(style, raw, idx, problems):
    cid = "t22-%03d" % idx
    utts, pii, keep, fixes = [], [], [], []
    tagmap, order = {}, []
    for line in raw.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line[:2] not in ("A:", "C:", "I:"):
            problems.append("%s: bad line %r" % (cid, line[:40]))
            continue
        spk = SPEAKERS[line[0]]
        body = line[2:].strip()
        u = len(utts)
        out, pos = [], 0
        for mt in MARK.finditer(body):
            out.append(body[pos:mt.start()])
            start = sum(len(x) for x in out)
            if mt.group(1):
                typ, tag, corr, val = mt.group(1), mt.group(2), mt.group(3), mt.group(4)
                key = ("t", tag) if tag else ("u", len(pii))
                if key not in tagmap:
                    tagmap[key] = "g%d" % (len(tagmap) + 1)
                pii.append({"utterance": u, "start": start, "end": start + len(val),
                            "type": typ, "group": tagmap[key], "_text": val})
                fixes.append(bool(corr))
            else:
                val = mt.group(6)
                keep.append({"utterance": u, "start": start, "end": start + len(val),
                             "kind": mt.group(5), "_text": val})
            out.append(val)
            pos = mt.end()
        out.append(body[pos:])
        utts.append({"speaker": spk, "text": "".join(out)})
    return {"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep}, fixes


def check(rec, fixes, problems):
    cid, style, utts = rec["case_id"], rec["style"], rec["utterances"]
    if not 6 <= len(utts) <= 25:
        problems.append("%s: %d utterances" % (cid, len(utts)))
    if style not in ("asr", "transcript"):
        problems.append("%s: style %s" % (cid, style))
    spans = {}
    for u in utts:
        if u["speaker"] not in SPEAKERS.values():
            problems.append("%s: speaker %s" % (cid, u["speaker"]))
        t = u["text"]
        if any(m in t for m in ("[[", "]]", "((", "))")) or re.search(r"\{|\}", t):
            problems.append("%s: markup left: %r" % (cid, t[:60]))
        if style == "asr":
            if re.search(r"[^a-z0-9' ]", t) or re.search(r"(?<![a-z])'|'(?![a-z])", t):
                problems.append("%s: asr text not lower case/plain: %r" % (cid, t[:70]))
            if "  " in t or t != t.strip():
                problems.append("%s: spacing: %r" % (cid, t[:70]))
    for kind, lst in (("pii", rec["pii"]), ("keep", rec["keep"])):
        for s in lst:
            u = s["utterance"]
            if not (0 <= u < len(utts)):
                problems.append("%s: bad utterance index" % cid)
                continue
            t = utts[u]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)) or t[st:en] != s["_text"]:
                problems.append("%s: offsets wrong for %r" % (cid, s["_text"]))
            if t[st:en] != t[st:en].strip() or not t[st:en]:
                problems.append("%s: span with edge space %r" % (cid, t[st:en]))
            if kind == "pii" and s["type"] not in TYPES:
                problems.append("%s: type %s" % (cid, s["type"]))
            if kind == "keep" and s["kind"] not in KINDS:
                problems.append("%s: kind %s" % (cid, s["kind"]))
            if kind == "keep":
                d = span_digits(t[st:en])
                if len(d) >= 10 and luhn_ok(d):
                    problems.append("%s: keep passes Luhn %r" % (cid, t[st:en]))
            spans.setdefault(u, []).append((st, en, kind))
    # overlaps and digits outside spans
    for i, u in enumerate(utts):
        ss = sorted(spans.get(i, []))
        for a, b in zip(ss, ss[1:]):
            if b[0] < a[1]:
                problems.append("%s: overlapping spans in utterance %d" % (cid, i))
        cover = [False] * len(u["text"])
        for st, en, _ in ss:
            for k in range(st, en):
                cover[k] = True
        for k, ch in enumerate(u["text"]):
            if ch.isdigit() and not cover[k]:
                problems.append("%s: digit outside spans in %r" % (cid, u["text"][:80]))
                break
    # groups
    seen, gtype, gpieces = [], {}, {}
    for s, fx in sorted(zip(rec["pii"], fixes), key=lambda p: (p[0]["utterance"], p[0]["start"])):
        g = s["group"]
        if g not in seen:
            seen.append(g)
            if g != "g%d" % len(seen):
                problems.append("%s: group %s out of order" % (cid, g))
        if gtype.setdefault(g, s["type"]) != s["type"]:
            problems.append("%s: group %s mixes types" % (cid, g))
        gpieces.setdefault(g, []).append((s, fx))
    for g, pcs in gpieces.items():
        for (a, _), (b, _) in zip(pcs, pcs[1:]):
            if a["utterance"] == b["utterance"]:
                between = utts[a["utterance"]]["text"][a["end"]:b["start"]]
                if not re.search(r"[A-Za-z0-9]", between):
                    problems.append("%s: pieces of %s parted only by %r" % (cid, g, between))
        if gtype[g] == "CARD_NUMBER":
            d = ""
            for s, fx in pcs:
                x = span_digits(s["_text"])
                d = d[:len(d) - len(x)] + x if fx else d + x
            if len(d) < 12:
                if len(d) != 4:
                    problems.append("%s: partial card %s has %d digits" % (cid, g, len(d)))
            elif not (13 <= len(d) <= 19 and luhn_ok(d)):
                problems.append("%s: card %s fails Luhn (%s)" % (cid, g, d))
    # name words said again outside pii
    names = set()
    for s in rec["pii"]:
        if s["type"] == "NAME":
            names.update(x for x in re.findall(r"[a-zà-ÿ]+", s["_text"].lower()) if len(x) > 1)
    for i, u in enumerate(utts):
        t = list(u["text"].lower())
        for s in rec["pii"]:
            if s["utterance"] == i:
                for k in range(s["start"], s["end"]):
                    t[k] = " "
        bad = names & set(re.findall(r"[a-zà-ÿ]+", "".join(t)))
        if bad:
            problems.append("%s: name word(s) %s outside a span" % (cid, sorted(bad)))


def plain(u, rec, i):
    if any(s["utterance"] == i for s in rec["pii"] + rec["keep"]):
        return False
    if re.search(r"\d", u["text"]):
        return False
    return not (set(re.findall(r"[a-z]+", u["text"].lower())) & NUMWORDS)


def main():
    problems, recs = [], []
    for idx, (style, fn) in enumerate(CASES, 1):
        rec, fixes = parse(style, fn(), idx, problems)
        check(rec, fixes, problems)
        recs.append((rec, fixes))
    groups = {t: 0 for t in TYPES}
    kinds = {k: 0 for k in KINDS}
    nutt = nkeep = 0
    card_cases = 0
    plain_n, plain_cases = 0, set()
    styles = {"asr": 0, "transcript": 0}
    for rec, _ in recs:
        styles[rec["style"]] += 1
        nutt += len(rec["utterances"])
        nkeep += len(rec["keep"])
        gs = {}
        for s in rec["pii"]:
            gs[s["group"]] = s["type"]
        for t in gs.values():
            groups[t] += 1
        for k in rec["keep"]:
            kinds[k["kind"]] += 1
        if any(t in ("CARD_NUMBER", "CVV", "EXPIRY") for t in gs.values()):
            card_cases += 1
        for i, u in enumerate(rec["utterances"]):
            if plain(u, rec, i):
                plain_n += 1
                plain_cases.add(rec["case_id"])
    n = len(recs)
    print("cases %d (asr %d, transcript %d), utterances %d, keep spans %d, card cases %d"
          % (n, styles["asr"], styles["transcript"], nutt, nkeep, card_cases))
    print("plain utterances (no pii, no number) %d in %d cases" % (plain_n, len(plain_cases)))
    print("pii groups per type: " + ", ".join("%s %d" % kv for kv in groups.items()))
    print("pii spans: %d" % sum(len(r["pii"]) for r, _ in recs))
    print("keep spans per kind: " + ", ".join("%s %d" % kv for kv in kinds.items()))
    if n < 80:
        problems.append("only %d cases" % n)
    if nutt < 800:
        problems.append("only %d utterances" % nutt)
    if nkeep < 290:
        problems.append("only %d keep spans" % nkeep)
    if card_cases < 40:
        problems.append("only %d card cases" % card_cases)
    for t, m in MINIMA.items():
        if groups[t] < m:
            problems.append("%s: %d groups, need %d" % (t, groups[t], m))
    if abs(styles["asr"] - styles["transcript"]) > 0.1 * n:
        problems.append("styles not half and half: %s" % styles)
    if plain_n < 60 or len(plain_cases) < 30:
        problems.append("plain utterances %d in %d cases" % (plain_n, len(plain_cases)))
    if problems:
        print("\nREFUSING TO WRITE, %d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev26.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec, _ in recs:
            for s in rec["pii"] + rec["keep"]:
                del s["_text"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %s" % path)


if __name__ == "__main__":
    main()
