#!/usr/bin/env python3
"""Write data/redaction/dev48.jsonl, a redaction development set (case ids t44-001 ...).

Written as the held-out set test44.jsonl, measured once with the forty-fifth round's code, then
renamed dev48 and tuned on in the forty-sixth round.

What it leans on
----------------
Callers who switch languages inside English calls: Spanish, Hindi/Urdu, Polish,
Tagalog, Portuguese, Arabic, Cantonese and Irish speakers who drop words of their
own language into English sentences, talk to someone beside them in that language
between the pieces of a value, or say a filler in their language inside a value.
Values are said in English words or digits; now and then a digit is said in the
other language and then again in English.  Industries: remittance and money
transfer, calling cards and mobile top-ups, immigration solicitors, international
schools and student fees, parcels abroad, halal and ethnic grocers, temples,
mosques and churches taking donations, language exchanges, interpreters'
agencies, travel to family abroad, foreign licence exchange.  About half the
utterances are in `asr` style and half in `transcript` style.  Card payments
weigh most (pieces over turns, corrected and repeated blocks, restarts,
read-backs whole / one block / last four by agents and IVRs, a card withdrawn),
then identity checks, phones with extensions and country codes, account numbers
of many shapes, and look-alikes beside real values.  Callers from the UK,
Ireland, the US, Canada and Australia.

How it is built
---------------
Each case is its own hand-written function below (people, reason, wording and
order of events written case by case).  Markup is inline: [[TYPE:text]] or
[[TYPE#name:text]] for pii (pieces that share a name share a group; a name
ending in "-x" marks a piece that is kept in the group but left out of the
join for the digit checks: digits before a restart, a corrected or repeated
block, a phone's extension), and ((kind:text)) for keep spans.  Markup is
stripped in code and every offset is computed from the clean text; groups are
renumbered g1, g2, ... in order of first appearance.  Every generated number
comes from one random.Random(44) drawn in case order.  The script validates
every case and every minimum count and exits with status 1, writing nothing,
if any check fails.

Run:  python3 data/redaction/make_dev48.py          (validate, print counts, write)
      python3 data/redaction/make_dev48.py --check  (validate and print only)

Choices where the conventions are silent
----------------------------------------
- Digits said before a restart, a corrected block and a repeated block stay in
  the card's group (left out of the Luhn join); a card said again in full,
  every agent or IVR read-back (whole, one block, last four) and any last four
  are groups of their own.  A card given and then withdrawn is a full group of
  its own.
- A filler or aside in another language inside a value splits it into pieces of
  one group, like an English filler.  A digit said in the other language and
  then again in English: only the English digit words are inside the span; the
  foreign digit word is left outside (it is not an English digit word).
- Words of another language around a value ("bueno", "haan", "tak") are never
  inside a span.
- A person's surname inside a firm's name ("X & Y" law office) is a NAME;
  a name inside an e-mail is left to the EMAIL span; church, temple, mosque,
  shop and school names are not names.
- Titles and honorifics (Mr, Mrs, Dr, ji, sahib, Father, Sister, Auntie) stay
  outside NAME spans; first name and surname said together are one span;
  a surname spelled letter by letter is a piece of the name's group when said
  right after it in the same turn, else a group of its own.
- UK NI numbers and Irish PPS numbers are SSNs; Eircodes, Canadian and
  Australian postcodes are POSTCODEs.
- A phone's extension is a piece of the phone (left out of the length check).
  Phones with the country code of another country (India, Philippines,
  Poland, Portugal, Spain, Mexico, Pakistan, Hong Kong, UAE, Ireland,
  Australia) are accepted by the checks.
- ACCOUNT_NUMBER: account, membership, customer, wallet, remittance-sender,
  booking, order, student, application, case and file numbers, licence and
  passport numbers, sort codes, BSBs and IBANs.  `other`: money-transfer
  tracking numbers (MTCNs and transfer references), receipts, confirmation
  numbers, top-up PINs and vouchers, one-time codes, parcel tracking numbers,
  rooms, gates, ages, keypad options.
- Exchange rates are `other`; amounts in any currency are `price`.
- Only a payment card's expiry is an EXPIRY; visa and permit expiry dates are
  `date` look-alikes.
"""
import json
import random
import re
import sys
from pathlib import Path

R = random.Random(44)
OUT = Path(__file__).resolve().parent / "dev48.jsonl"

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
         "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6",
        "seventy": "7", "eighty": "8", "ninety": "9"}
DIGW = {w: str(i) for i, w in enumerate(ONES)}
DIGW["oh"] = "0"
NUMWORDS = set(DIGW) | set(TEENS) | set(TENS) | {"double", "triple", "hundred", "thousand"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


# ---------------------------------------------------------------- generators
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def card(kind="v"):
    pre = {"v": "4", "m": str(R.randint(51, 55)), "m2": str(R.randint(2221, 2720)),
           "a": R.choice(["34", "37"]), "d": "6011"}[kind]
    n = 15 if kind == "a" else 16
    body = pre + digits(n - 1 - len(pre))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def nolu(n):
    while True:
        s = str(R.randint(1, 9)) + digits(n - 1)
        if not luhn_ok(s):
            return s


def cvv(n=3):
    return str(R.randint(10 ** (n - 1), 10 ** n - 1))


def expiry():
    return "%02d" % R.randint(1, 12), str(R.randint(2027, 2032))


def ssn():
    return "%03d%02d%04d" % (R.randint(1, 665), R.randint(1, 99), R.randint(1, 9999))


def dob(lo=1941, hi=2005):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def num(lo, hi):
    return str(R.randint(lo, hi))


def us_phone():
    return R.choice(["212", "312", "415", "617", "713", "305", "206", "718"]) + "55501" + digits(2)


def uk_mob():
    return "07700900" + digits(3)


def uk_land():
    return R.choice(["02079460", "01614960", "01134960", "01174960"]) + digits(3)


def zipc(pre=""):
    return pre + digits(5 - len(pre))


def ukpc(outward):
    return outward + " " + str(R.randint(1, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def eircode(routing):
    return routing + " " + R.choice("ACDEFHKNPRTVWXY") + digits(1) + R.choice("ACDEFHKNPRTVWXY") + digits(1)


def capc(fsa):
    return fsa + " " + digits(1) + R.choice("ABCEGHJKLMNPRSTVWXYZ") + digits(1)


def ni():
    return R.choice(["AB", "CE", "JH", "KL", "NP", "PR", "SW", "TM"]) + digits(6) + R.choice("ABCD")


def pps():
    return digits(7) + R.choice("ABCDEFHKTW")


# ---------------------------------------------------------------- rendering
def w(s, oh=False, dbl=False):
    """digit string -> spoken digit words"""
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if dbl and i + 1 < len(s) and s[i + 1] == ch:
            out.append("double " + ("oh" if (oh and ch == "0") else ONES[int(ch)]))
            i += 2
            continue
        out.append("oh" if (oh and ch == "0") else ONES[int(ch)])
        i += 1
    return " ".join(out)


def pair(s):
    """two digits said as a number word ('41' -> 'forty one')"""
    n = int(s)
    if s[0] == "0":
        return "oh " + ONES[n]
    if n < 10:
        return ONES[n]
    if n < 20:
        return [k for k, v in TEENS.items() if v == s][0]
    t = [k for k, v in TENS.items() if v == s[0]][0]
    return t if s[1] == "0" else t + " " + ONES[int(s[1])]


def g(s, *sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def c4(s):
    return g(s, 4, 6, 5) if len(s) == 15 else g(s, 4, 4, 4, 4)


def sp4(s):
    return " ".join(c4(s))


def mon(m):
    return MONTHS[int(m) - 1]


def Mon(m):
    return MONTHS[int(m) - 1].capitalize()


def ordw(d):
    o = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth",
         20: "twentieth"}
    if d in o:
        return o[d]
    if d < 20:
        return {4: "fourth", 6: "sixth", 7: "seventh", 10: "tenth", 11: "eleventh", 13: "thirteenth",
                14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
                18: "eighteenth", 19: "nineteenth"}[d]
    t = "twenty" if d < 30 else "thirty"
    return t + " " + o.get(d % 10, ordw(d % 10)) if d % 10 else ("thirtieth" if d == 30 else "twentieth")


def yw(y):
    y = int(y)
    if 2000 <= y < 2010:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    return pair(str(y)[:2]) + " " + pair(str(y)[2:])


def pcw(pc):
    """postcode said letter by letter / digit by digit"""
    out = []
    for ch in pc.replace(" ", ""):
        out.append(ONES[int(ch)] if ch.isdigit() else ch.lower())
    return " ".join(out)


# ---------------------------------------------------------------- cases
def c001():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); mt = nolu(10)
    return "asr", f"""
A: thanks for calling envio rapido my name is [[NAME:darnell]] who am i speaking with
C: hi yes this is [[NAME:guadalupe ortega]] i want to send money to my mom in puebla
A: okay miss [[NAME:ortega]] how much are we sending today
C: ((price:three hundred dollars)) bueno maybe ((price:three fifty)) if the fee is not too much
A: the fee for ((price:three fifty)) is ((price:four ninety nine)) and today's rate is ((other:seventeen point two)) pesos to the dollar
C: okay entonces ((price:three fifty)) that's fine
A: perfect and how would you like to pay debit or credit
C: debit espérame mijo pásame la tarjeta la azul no la otra
C: okay it's [[CARD_NUMBER#c:{w(p[0])} {w(p[1])}]]
A: mm-hmm
C: [[CARD_NUMBER#c:{w(p[2])}]] bueno [[CARD_NUMBER#c:{w(p[3])}]]
A: thank you and the expiration date
C: [[EXPIRY:{w(m, oh=True)} {pair(y[2:])}]]
A: and the three digits on the back
C: [[CVV:{w(cv)}]]
A: so that's the card ending in [[CARD_NUMBER:{w(p[3])}]] for ((price:three fifty)) plus the fee
C: sí yes that one
A: all done your tracking number is ((other:{w(mt)})) she can pick up in about ((duration:twenty minutes))
C: ay gracias thank you so much
"""


def c002():
    k = card("m"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); ph = uk_mob(); pc = ukpc("LE4")
    hn = num(2, 190)
    return "transcript", f"""
A: Good afternoon, Sitara Top-Up, you're speaking with [[NAME:Hollie]]. How can I help?
C: Hello, haan, I want to put credit on my brother's phone in Lahore. My name is [[NAME:Imran Qureshi]].
A: No problem, Mr [[NAME:Qureshi]]. Is this a Pakistani mobile you're topping up?
C: Yes, Jazz network. Accha, how much is the ((price:£10)) bundle there?
A: The ((price:£10)) bundle gives him ((quantity:1,150 rupees)) of credit plus ((quantity:5 GB)) of data for ((duration:30 days)).
C: Theek hai, do that one. Twice actually, so ((price:£20)).
A: Lovely. And the card you're paying with, long number first please.
C: [[CARD_NUMBER#c:{p[0]} {p[1]}]], one second. Ammi, chup karo, I'm on the phone. Okay, [[CARD_NUMBER#c:{p[2]} {p[3]}]].
A: Thank you. Expiry?
C: [[EXPIRY:{m}/{y[2:]}]].
A: And the security code?
C: [[CVV:{cv}]].
A: And the billing postcode on the card?
C: [[POSTCODE:{pc}]]. [[ADDRESS:{hn} Belgrave Gate]].
A: And a UK mobile for the receipt text?
C: [[PHONE:{ph[:5]} {ph[5:]}]].
A: That's gone through. He should get a text in the next ((duration:five minutes)).
C: Bahut shukriya, thank you.
"""


def c003():
    acc = "RS" + digits(7); ph1 = "91" + "98" + digits(8); k = card("v"); p = g(k, 4, 4, 4, 4)
    cv = cvv(); m, y = expiry(); ref = nolu(12)
    return "asr", f"""
A: remitly care this is [[NAME:tomasz]] speaking how can i help
C: hello yes i sent money yesterday to my father in pune and it is still showing pending
A: sorry about that can i get your sender id please it starts with r s
C: haan it is [[ACCOUNT_NUMBER:r s {w(acc[2:])}]]
A: thank you and your full name
C: [[NAME:priyanka deshpande]]
A: thank you [[NAME:priyanka]] i can see a transfer of ((price:two hundred and fifty pounds)) reference ((other:{w(ref[:6])} {w(ref[6:])}))
C: accha yes that one why it is stuck
A: the receiving bank rejected it because the mobile on the recipient is wrong can you give me his number with the country code
C: plus [[PHONE:{w(ph1[:2])} {w(ph1[2:7])} {w(ph1[7:])}]]
A: got it i'll update that the card you used was declined on the retry though so i'll need the card again
C: okay one minute papa ka number bhi check karo haan okay
C: [[CARD_NUMBER#c:{w(p[0])}]] [[CARD_NUMBER#c:{w(p[1])}]]
A: yep
C: [[CARD_NUMBER#c:{w(p[2])} {w(p[3])}]] expiry [[EXPIRY:{w(m)} {w(y[2:])}]] cvv [[CVV:{w(cv)}]]
A: thanks it's gone through it'll reach him within ((duration:two hours)) at a rate of ((other:one oh six point four)) rupees
C: accha theek hai thank you [[NAME:tomasz]]
"""


def c004():
    case = "IMM/" + digits(5); dob_ = dob(1979, 1995); ph = uk_land(); em = "wojtek.zielinski" + digits(2) + "@wp.pl"
    return "transcript", f"""
A: Kowalczyk Immigration Solicitors, [[NAME:Beata]] speaking.
C: Dzień dobry, hi, I'm calling about my EU Settlement Scheme application. My name is [[NAME:Wojciech Zieliński]].
A: Of course. Do you have your file number with us?
C: Tak, it's [[ACCOUNT_NUMBER:{case}]].
A: And for security, your date of birth?
C: [[DOB:{dob_[2]} {Mon(dob_[1])} {dob_[0]}]].
A: Thank you. I can see Mr [[NAME:Olsen]] is handling it. He sent a letter on ((date:3rd March)) asking for your ((other:P60s)).
C: No wiesz, I never got it. Maybe it went to the old flat.
A: It was sent by e-mail. Which address do you have?
C: [[EMAIL:{em}]].
A: That's the one we have. I'll resend it now. Can I book you a ((duration:30-minute)) call with him?
C: Yes, Thursday after ((time:5 pm)) is better, I finish work at ((time:4:30)).
A: I'll put you in for ((time:5:15)). Best number to call?
C: [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]].
A: Lovely. Anything else today?
C: No, dziękuję, that's all.
"""


def c005():
    k = card("a"); p = c4(k); cv = cvv(4); m, y = expiry(); em_u = "maricel dot dizon " + w(digits(2))
    return "asr", f"""
A: good morning balikbayan box express this is [[NAME:kyle]] how can i help you
C: hi sige i want to book a pickup for a box to manila please
A: sure can i have your name
C: [[NAME:maricel dizon]] d i z o n
A: thank you [[NAME:maricel]] the jumbo box is ((price:one hundred and eighty nine dollars)) and it takes about ((duration:six to eight weeks)) by sea
C: ay ang tagal okay fine sige
A: how would you like to pay
C: amex wait lang anak kunin mo yung wallet ko
C: okay [[CARD_NUMBER#c:{w(p[0])}]]
C: [[CARD_NUMBER#c:{w(p[1][:3])}]] uh [[CARD_NUMBER#c:{w(p[1][3:])}]]
C: [[CARD_NUMBER#c:{w(p[2])}]]
A: and the four digit code on the front
C: [[CVV:{w(cv)}]]
A: expiry
C: [[EXPIRY:{w(m)} slash {w(y[2:])}]]
A: and an email for the receipt
C: [[EMAIL:{em_u} at yahoo dot com]]
A: you're all set the driver will come ((date:thursday the twelfth)) between ((time:nine)) and ((time:one))
C: salamat thank you
"""


def c006():
    amt = num(20, 90); acc = digits(8); sc = digits(6); ph = "353" + "87" + digits(7); ec = eircode("D12")
    return "transcript", f"""
A: St. Brigid's Parish Office, [[NAME:Siobhán]] here.
C: Hi [[NAME:Siobhán]], it's [[NAME:Pádraig Ó Súilleabháin]]. Grand so, I want to set up a standing order for the building fund.
A: Ah brilliant, thank you. How much were you thinking?
C: ((price:€{amt})) a month. Is that grand?
A: That's very generous. I'll need the account it's coming from.
C: Right, the IBAN is long. The sort code bit is [[ACCOUNT_NUMBER:{sc[:2]}-{sc[2:4]}-{sc[4:]}]] and the account is [[ACCOUNT_NUMBER:{acc}]].
A: Thanks. And your address for the tax receipt?
C: [[ADDRESS:{num(3, 80)} Cashel Road, Crumlin]], [[POSTCODE:{ec}]].
A: And a phone number?
C: [[PHONE:+{ph[:3]} {ph[3:5]} {ph[5:8]} {ph[8:]}]].
A: Perfect. The first payment goes out on the ((date:1st of next month)). Father [[NAME:Declan]] will be delighted.
C: Sure look, it's a good cause. Slán.
A: Bye now.
"""


def c007():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); bad = list(p[1]); bad[2] = str((int(bad[2]) + 3) % 10); bad = "".join(bad)
    mem = "HC" + digits(6)
    return "asr", f"""
A: al noor halal meats deliveries [[NAME:yusuf]] speaking
C: salaam alaikum brother this is [[NAME:khadija rahman]] i want to order for eid
A: wa alaikum salaam sister do you have a member number with us
C: yes [[ACCOUNT_NUMBER:h c {w(mem[2:])}]]
A: got you it says ((count:two)) whole lambs last year same again
C: no just one lamb and ((quantity:five kilo)) of chicken inshallah
A: that comes to ((price:two hundred and forty pounds)) with delivery
C: yalla okay let me get the card
C: [[CARD_NUMBER#c:{w(p[0])}]] [[CARD_NUMBER#c-x:{w(bad)}]] no sorry [[CARD_NUMBER#c:{w(p[1])}]]
A: okay so [[CARD_NUMBER:{w(p[1])}]] for the second block
C: yes [[CARD_NUMBER#c:{w(p[2])} {w(p[3])}]]
A: expiry date and the last three on the back
C: [[EXPIRY:{w(m)} {w(y[2:])}]] and [[CVV:{w(cv)}]]
A: jazakallah khair it's taken we'll deliver on the ((date:ninth)) after ((time:ten am))
C: barakallahu feek
"""


def c008():
    acc = digits(10); dob_ = dob(1960, 1985); pc = capc("M2N"); hn = num(100, 990)
    return "transcript", f"""
I: Welcome to Pacific Bridge Remittance. For English, press ((other:1)). 广东话, 请按 ((other:2)).
I: Please enter your ((other:10-digit)) customer number, followed by the hash key.
C: [[ACCOUNT_NUMBER:{acc}]]
I: You entered [[ACCOUNT_NUMBER:{" ".join(acc)}]]. If this is correct, press ((other:1)).
A: Hello, this is [[NAME:Megan]]. I see you've already keyed in your customer number. Can I take your name?
C: Yes, [[NAME:Wong Ka Wai]]. Ai ya, the app is not working again.
A: Sorry, Mr [[NAME:Wong]]. What's the error you're getting?
C: It says error ((other:E-412)), something about verification.
A: That usually means we need to re-check your details. Date of birth, please?
C: [[DOB:{Mon(dob_[1])} {dob_[2]}, {dob_[0]}]].
A: And the postal code on your profile?
C: [[POSTCODE:{pc}]]. [[ADDRESS:{hn} Sheppard Avenue East]].
A: Thank you, that's verified. Try again in about ((duration:fifteen minutes)) and it should let you send.
C: Hai, hai, okay. Thank you.
"""


def c009():
    em = "fatima dot benali " + w(digits(2)); k = card("m2"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry()
    return "asr", f"""
A: lingo link language exchange [[NAME:noah]] speaking how can i help
C: hi hello my name is [[NAME:fatima benali]] i signed up for the arabic english exchange but i was charged twice
A: oh no let me check what email did you sign up with
C: [[EMAIL:{em} at hotmail dot co dot uk]]
A: okay i see ((count:two)) payments of ((price:twenty nine ninety nine)) on the ((date:fourth))
C: yes wallah twice
A: i'll refund one now it takes ((duration:three to five working days))
C: okay and i want to change the card for next month actually
A: sure go ahead
C: [[CARD_NUMBER#c:{w(p[0])} {w(p[1])}]] yalla yalla i'm coming mama one minute
C: sorry [[CARD_NUMBER#c:{w(p[2])}]]
C: [[CARD_NUMBER#c:{w(p[3])}]]
A: the valid until date
C: [[EXPIRY:{w(m)} {yw(y)}]]
A: and the code on the back
C: [[CVV:{w(cv)}]]
A: done the next ((price:twenty nine ninety nine)) goes on the card ending [[CARD_NUMBER:{w(p[3])}]]
C: shukran thank you
"""


def c010():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); bk = "PT" + digits(6); ph = "351" + "91" + digits(7)
    return "transcript", f"""
A: Good evening, Sol e Mar Travel, [[NAME:Chloe]] speaking.
C: Olá, hi. I booked flights to Faro for my family and I need to pay the balance. [[NAME:João Carvalho]].
A: Thanks, Mr [[NAME:Carvalho]]. The booking reference?
C: [[ACCOUNT_NUMBER:{bk}]].
A: I have ((count:four)) passengers on ((flight_number:TP 1331)) on ((date:18 July)), balance ((price:£1,284.60)).
C: Pois, that's right. Pay it all now, please.
A: Card number when you're ready.
C: [[CARD_NUMBER#c:{p[0]} {p[1]}]]... Pois, pois, a [[NAME:Inês]] está a dormir, fala baixo... sorry, [[CARD_NUMBER#c:{p[2]} {p[3]}]].
A: Let me read that back: [[CARD_NUMBER:{p[0]} {p[1]} {p[2]} {p[3]}]].
C: Correct.
A: Expiry and security code?
C: Expires [[EXPIRY:{m}/{y}]], code [[CVV:{cv}]].
A: And a contact number while you're in Portugal?
C: My mother's, [[PHONE:+{ph[:3]} {ph[3:6]} {ph[6:9]} {ph[9:]}]].
A: All paid. Tickets will come by e-mail within ((duration:an hour)).
C: Obrigado, thanks.
"""


def c011():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); pin = digits(10)
    return "asr", f"""
i: welcome to llamadas baratas calling cards para español oprima dos
i: please say or enter the card number you want to pay with
c: [[CARD_NUMBER#c:{w(p[0])} {w(p[1])}]] eh [[CARD_NUMBER#c:{w(p[2])} {w(p[3])}]]
i: thank you that was the card ending in [[CARD_NUMBER:{w(p[3])}]] is that right
c: sí yes
i: please say the expiration date as four digits
c: [[EXPIRY:{w(m, oh=True)} {w(y[2:])}]]
i: and the security code
c: [[CVV:{w(cv)}]]
i: how much would you like to add you can say ((price:five)) ((price:ten)) or ((price:twenty dollars))
c: veinte ((price:twenty))
i: your new balance is ((price:twenty two dollars and forty cents)) that is about ((duration:three hundred and ten minutes)) to mexico your pin is ((other:{w(pin)}))
c: okay okay gracias
"""


def c012():
    sid = "IST-" + digits(6); em = "h.alsayed" + digits(2) + "@gmail.com"; k = card("m"); p = g(k, 4, 4, 4, 4)
    cv = cvv(); m, y = expiry(); pc = capc("L5M"); hn = num(1000, 6999)
    return "transcript", f"""
A: Maple Crescent International School, bursary office, [[NAME:Jordan]] speaking.
C: Good morning. I am [[NAME:Hala Al-Sayed]], mother of [[NAME:Omar]] in ((other:Grade 7)). I want to pay the second term fees.
A: Of course. Do you have his student number?
C: Yes, [[ACCOUNT_NUMBER:{sid}]].
A: Thanks. The second term is ((price:CA$8,450)), or ((price:CA$8,196.50)) with the ((percentage:3%)) early-payment discount before ((date:January 15)).
C: Inshallah I pay today then, with discount.
A: Card number, please.
C: [[CARD_NUMBER#c:{p[0]}]]... [[CARD_NUMBER#c:{p[1]}]]... habibi, hand me my glasses... [[CARD_NUMBER#c:{p[2]} {p[3]}]].
A: Expiry date?
C: [[EXPIRY:{m}/{y[2:]}]]. And the CVV is [[CVV:{cv}]].
A: And the billing address?
C: [[ADDRESS:{hn} Glen Erin Drive, Mississauga]], [[POSTCODE:{pc}]].
A: And where should the receipt go?
C: [[EMAIL:{em}]].
A: Done. [[NAME:Omar]]'s account now shows a zero balance.
C: Shukran, thank you [[NAME:Jordan]].
"""


def c013():
    pp = pps(); d = dob(1983, 1999); ec = eircode("H91"); ph = "08" + R.choice("3567") + digits(7); lic = "PL" + digits(8)
    return "asr", f"""
a: national driver licence service [[NAME:ciara]] speaking
c: hi dzień dobry i'm calling about exchanging my polish driving licence for an irish one
a: no bother can i get your p p s number first
c: yes it is [[SSN:{w(pp[:7])} {pp[7].lower()}]]
a: and your date of birth
c: [[DOB:{ordw(d[2])} of {mon(d[1])} {yw(d[0])}]]
a: thanks and your name as it is on the licence
c: [[NAME:agnieszka wiśniewska]]
a: thanks [[NAME:agnieszka]] i have your application it's waiting on the translated licence the polish number [[ACCOUNT_NUMBER:{lic[:2].lower()} {w(lic[2:])}]]
c: tak tak that's the one i sent it in ((date:may))
a: grand it was received but the photo was over ((duration:six months)) old so you'll need a new one
c: oh no wiesz i didn't know
a: what's your address and eircode we'll post out a form
c: [[ADDRESS:{w(num(2, 60))} dominick street lower galway]] [[POSTCODE:{pcw(ec)}]]
a: and a mobile
c: [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
a: you'll get it in ((duration:five to seven working days))
c: dziękuję thank you
"""


def c014():
    s = ssn(); an = "A" + digits(9); ph = us_phone(); ext = num(100, 499); d = dob(1970, 1990)
    return "transcript", f"""
A: Law Offices of [[NAME:Ramírez]] & [[NAME:Kaplan]], this is [[NAME:Tanya]].
C: Hi, buenas tardes. I'm [[NAME:Luis Ángel Mendoza]]. My green card renewal got a request for evidence.
A: Okay. Can I have your A-number?
C: [[ACCOUNT_NUMBER:{an}]].
A: And date of birth?
C: [[DOB:{d[1]:02d}/{d[2]:02d}/{d[0]}]].
A: Thank you. The RFE is dated ((date:June 3)) and we have ((duration:87 days)) to respond. They want your tax transcripts for ((year:2021)) to ((year:2023)).
C: Entonces, I need to call the IRS?
A: You can order them online. They'll ask your Social Security number.
C: It's [[SSN:{s[:3]}-{s[3:5]}-{s[5:]}]], right? Mija, tráeme los papeles. Sorry.
A: No worries, but you don't have to give it to me. I'll note the last four, [[SSN:{s[5:]}]], for the file.
C: Okay. Call me at work if anything.
A: What's the number?
C: [[PHONE#p:{ph[:3]}-{ph[3:6]}-{ph[6:]}]], extension [[PHONE#p-x:{ext}]].
A: Got it. I'll send you a checklist.
C: Gracias, [[NAME:Tanya]].
"""


def c015():
    k = card("d"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); z = zipc("08"); em = "ravi dot subramanian at outlook dot com"
    return "asr", f"""
a: sri venkateswara temple office this is [[NAME:lakshmi]]
c: namaste ji this is [[NAME:ravi subramanian]] i want to sponsor the abhishekam on saturday
a: namaste the abhishekam sponsorship is ((price:one hundred and one dollars)) or ((price:two hundred and fifty one)) with archana
c: accha the ((price:two fifty one)) one please for my father's birthday he turns ((other:seventy))
a: very nice what name and gotra for the sankalpam
c: [[NAME:venkat subramanian]] gotra bharadwaja
a: okay and the payment
c: discover card [[CARD_NUMBER#c:{w(p[0])}]]
c: [[CARD_NUMBER#c:{w(p[1])} {w(p[2])}]]
c: [[CARD_NUMBER#c:{w(p[3])}]]
a: let me repeat [[CARD_NUMBER:{w(p[0])} {w(p[1])} {w(p[2])} {w(p[3])}]]
c: haan correct
a: expiry and cvv
c: [[EXPIRY:{w(m)} {w(y[2:])}]] [[CVV:{w(cv)}]]
a: zip code
c: [[POSTCODE:{w(z)}]]
a: and email for the tax receipt
c: [[EMAIL:{em}]]
a: done pooja starts at ((time:nine thirty am)) please come ((duration:fifteen minutes)) early
"""


def c016():
    acc = "CL-" + digits(5); ph = uk_land(); em = "bookings@" + "northstar-interp" + digits(2) + ".co.uk"
    return "transcript", f"""
A: LinguaBridge Interpreting, [[NAME:Ewan]] speaking.
C: Hi, it's [[NAME:Sunita Bhatt]] from Riverside Surgery. I need a Cantonese interpreter for a patient on Tuesday.
A: Sure. What's your client account number?
C: [[ACCOUNT_NUMBER:{acc}]].
A: Thanks. Time and length?
C: ((time:10:40)), probably ((duration:45 minutes)). The patient is Mr [[NAME:Chan Siu Ming]], he's ((other:82)).
A: Face to face or video?
C: Face to face, he's hard of hearing.
A: I can offer [[NAME:Ivy Leung]], she's done your surgery before. Minimum charge is ((duration:one hour)) at ((price:£38)).
C: Perfect. Send the confirmation to the practice inbox, [[EMAIL:{em}]].
A: And a direct line if she's running late?
C: Reception is [[PHONE:{ph[:3]} {ph[3:7]} {ph[7:]}]].
A: Booked. Booking code is ((other:LB-{digits(4)})).
C: Thanks, [[NAME:Ewan]].
"""


def c017():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); pc = ukpc("NG7"); hn = num(10, 240)
    trk = nolu(14); wrong = digits(4)
    return "asr", f"""
a: hi you're through to paczka express uk [[NAME:bethany]] speaking
c: cześć hi i want to send a parcel to my sister in wrocław
a: lovely how heavy is it
c: about ((quantity:twelve kilos)) clothes and some sweets for the kids
a: that's ((price:forty one pounds fifty)) door to door in ((duration:four days))
c: okay dobra let's do it
a: your name and collection address
c: [[NAME:krzysztof nowak]] [[ADDRESS:{w(hn)} alfreton road radford]] [[POSTCODE:{pcw(pc)}]]
a: card number please
c: [[CARD_NUMBER#c-x:{w(p[0])} {w(wrong)}]] no wait start again
c: [[CARD_NUMBER#c:{w(p[0])} {w(p[1])}]]
a: mm-hmm
c: [[CARD_NUMBER#c:{w(p[2])}]] czekaj kochanie zaraz [[CARD_NUMBER#c:{w(p[3])}]]
a: expiry
c: [[EXPIRY:{w(m)} {yw(y)}]]
a: security number
c: [[CVV:{w(cv)}]]
a: all booked your tracking number is ((other:{w(trk)})) and the driver comes tomorrow ((time:eight till twelve))
c: dziękuję bardzo
"""


def c018():
    sid = digits(8); k = card("a"); p = c4(k); cv = cvv(4); m, y = expiry(); ph = "0491570" + digits(3)
    pc = "2" + digits(3)
    return "transcript", f"""
A: Student Central, Harbourside University, this is [[NAME:Mitchell]].
C: Hi! Uh, sige, I'm [[NAME:Jerome Villanueva]], international student. I need to pay my tuition before the census date.
A: No worries. Student ID?
C: [[ACCOUNT_NUMBER:{sid}]].
A: Thanks, [[NAME:Jerome]]. Your balance is ((price:A$14,280)). Census date is ((date:31 March)), so you're fine.
C: Okay. I'll pay ((price:A$7,000)) now and the rest next month, is that okay?
A: Yes, that's fine. Card?
C: American Express. [[CARD_NUMBER#c:{p[0]} {p[1]}]]... ay, teka lang, Mama is calling from Cebu... [[CARD_NUMBER#c:{p[2]}]].
A: Expiry and the four-digit code?
C: [[EXPIRY:{m}/{y[2:]}]], [[CVV:{cv}]].
A: Great. And your Australian mobile, just to update your record?
C: [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]].
A: And postcode?
C: [[POSTCODE:{pc}]], I live in Glebe.
A: Payment's through. Receipt number ((other:R{digits(7)})).
C: Salamat po!
"""


def c019():
    k = card("m"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry()
    return "asr", f"""
i: assalamu alaikum and welcome to the green lane masjid donation line
i: to give zakat press ((other:one)) for sadaqah press ((other:two)) for the building fund press ((other:three))
i: please say the amount you wish to give in pounds
c: ((price:two hundred and fifty))
i: you said ((price:two hundred and fifty pounds)) please say or key your card number now
c: [[CARD_NUMBER#c:{w(p[0])} {w(p[1])}]] ammi ek minute [[CARD_NUMBER#c:{w(p[2])} {w(p[3])}]]
i: the card number ending [[CARD_NUMBER:{w(p[3])}]] please say the expiry date month then year
c: [[EXPIRY:{w(m)} {w(y[2:])}]]
i: and the three digit security code
c: [[CVV:{w(cv)}]]
i: thank you your donation of ((price:two hundred and fifty pounds)) is complete jazakallah khair
"""


def c020():
    k1 = card("v"); p1 = g(k1, 4, 4, 4, 4); k2 = card("m"); p2 = g(k2, 4, 4, 4, 4); cv = cvv(); m, y = expiry()
    bk = digits(2) + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)); d1 = dob(1950, 1962)
    return "transcript", f"""
A: Faisal Travel, [[NAME:Nadia]] speaking. Assalamualaikum.
C: Walaikumsalam. [[NAME:Tariq Mahmood]] here. I'm booking my mother to Islamabad for the wedding.
A: Mubarak! Which dates?
C: Out ((date:2nd December)), back ((date:6th January)). ((flight_number:PK 702)) from Manchester if possible.
A: That's ((price:£689)) return. Passenger's date of birth, for the booking?
C: [[DOB:{d1[2]}/{d1[1]}/{d1[0]}]]. Her name, [[NAME:Shamim Akhtar]].
A: Lovely. How are you paying?
C: Visa, [[CARD_NUMBER:{sp4(k1)}]]. Arre nahin, wait, use my wife's card instead, mine's nearly maxed.
A: No problem, I'll ignore that one.
C: Okay, [[NAME:Rubina]] ka card: [[CARD_NUMBER:{sp4(k2)}]], expiry [[EXPIRY:{m}/{y[2:]}]], CVV [[CVV:{cv}]].
A: Thank you. Booking reference is [[ACCOUNT_NUMBER:{bk}]]. Allowance is ((quantity:2 x 23kg)).
C: Accha, she'll use every last kilo, believe me.
A: Ha! Anything else?
C: No, shukriya.
"""


def c021():
    d = dob(1968, 1990); hn = num(12, 480); pc = ukpc("B11"); ph = uk_mob(); em = "shazia.iqbal" + digits(3) + "@btinternet.com"; acc = digits(9)
    return "transcript", f"""
A: Sparkhill Money Transfer, [[NAME:Callum]] speaking. How can I help?
C: Hi, I'm [[NAME:Shazia Iqbal]]. I need to update my address, I moved last month.
A: No problem. Sender number first, please?
C: [[ACCOUNT_NUMBER:{acc}]].
A: And date of birth?
C: [[DOB:{d[2]} {Mon(d[1])} {d[0]}]].
A: Thanks. What's the new address?
C: [[ADDRESS:{hn} Stratford Road]], [[POSTCODE:{pc}]]. Haan, Sparkhill still, just ((quantity:two streets)) over.
A: Lovely. Is the mobile still [[PHONE:{ph[:5]} {ph[5:]}]]?
C: Yes, same.
A: And e-mail [[EMAIL:{em}]]?
C: Ji, that's right.
A: All updated. Your limit stays at ((price:£5,000)) per ((duration:30 days)).
C: Okay, shukriya.
"""


def c022():
    z = zipc("60"); hn = num(1200, 5800); ph = us_phone(); d = dob(1945, 1958); acc = "MN" + digits(6)
    return "asr", f"""
a: st hyacinth parish office this is [[NAME:gloria]]
c: szczęść boże hello this is [[NAME:halina kowalska]] i'm calling for the christmas wafers opłatek
a: oh yes mrs [[NAME:kowalska]] are you a registered parishioner
c: tak yes my envelope number is [[ACCOUNT_NUMBER:m n {w(acc[2:])}]]
a: perfect how many packets
c: ((count:six)) packets my grandchildren all want
a: that's ((price:eighteen dollars)) do you want us to mail them
c: yes please to [[ADDRESS:{w(hn[:2])} {w(hn[2:])} north milwaukee avenue]] chicago [[POSTCODE:{w(z)}]]
a: and a phone in case the mailman can't find it
c: [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
a: and for the seniors list can i check your birthday
c: [[DOB:{mon(d[1])} {ordw(d[2])} {yw(d[0])}]] i am ((other:eighty)) almost
a: lovely we'll have them out by ((date:december fifth))
c: bóg zapłać thank you
"""


def c023():
    em = "lin dot mei yee " + w(digits(2)) + " at gmail dot com"; acc = digits(8); ph = "852" + digits(8)
    return "asr", f"""
a: hi this is [[NAME:aaron]] at easytopup how can i help
c: hello i top up my mother's phone in hong kong but she say no credit arrive
a: sorry to hear that what's the email on your account
c: [[EMAIL:{em}]]
a: thanks and your name
c: [[NAME:lin mei yee]]
a: okay [[NAME:mei yee]] i see a top up of ((price:two hundred hong kong dollars)) sent to plus [[PHONE:{w(ph[:3])} {w(ph[3:7])} {w(ph[7:])}]] is that her number
c: hai hai yes
a: it failed because the network was down for maintenance i can resend now at no cost
c: okay mm goi please
a: done she should see it within ((duration:ten minutes)) your order number is [[ACCOUNT_NUMBER:{w(acc)}]]
c: ok thank you bye
"""


def c024():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); hn = num(2, 95); ec = eircode("T12"); ph = "08" + R.choice("3567") + digits(7)
    return "transcript", f"""
A: Munster Language Exchange, [[NAME:Róisín]] here, how can I help?
C: Hiya, it's [[NAME:Seán Ó Murchú]]. I want to sign up for the Spanish–Irish conversation nights.
A: Ah brilliant. It's ((price:€60)) for the ((duration:eight-week)) block, Tuesdays at ((time:7:30)).
C: Grand so. Can I pay by card now?
A: You can surely. Card number?
C: [[CARD_NUMBER#c:{p[0]} {p[1]} {p[2]}]]... is it the long one, yeah... [[CARD_NUMBER#c:{p[3]}]].
A: Sorry, could you repeat the third block?
C: [[CARD_NUMBER#c-x:{p[2]}]].
A: Thanks. Expiry and code?
C: [[EXPIRY:{m}/{y[2:]}]] and [[CVV:{cv}]].
A: And your address for the membership card?
C: [[ADDRESS:{hn} Barrack Street]], Cork, [[POSTCODE:{ec}]].
A: Lovely. Mobile?
C: [[PHONE:{ph[:3]} {ph[3:6]} {ph[6:]}]].
A: You're all set. [[NAME:Lucía]] runs the group, she's from Valencia.
C: Go raibh maith agat.
"""


def c025():
    s = ssn(); d = dob(1975, 1992); z = zipc("77"); hn = num(1000, 9800); em = "nguyen.ana" + digits(2) + "@yahoo.com"
    return "transcript", f"""
A: Global Family Remit, this is [[NAME:Brandon]]. I'll need to verify you before we raise your sending limit.
C: Sure. [[NAME:Ana Lucía Herrera]].
A: Thanks, Ms [[NAME:Herrera]]. To go above ((price:$2,999)) a month we need your Social Security number.
C: Okay, it's [[SSN:{s[:3]} {s[3:5]} {s[5:]}]].
A: And date of birth?
C: [[DOB:{d[1]}/{d[2]}/{d[0]}]].
A: Home address?
C: [[ADDRESS:{hn} Bellaire Boulevard]], Houston, [[POSTCODE:{z}]].
A: And the e-mail for the approval?
C: [[EMAIL:{em}]]. Bueno, it's my daughter's, she reads everything for me.
A: That's fine. The review takes ((duration:one to two business days)), and the new limit would be ((price:$10,000)).
C: Ay, perfecto.
A: Anything else today?
C: No, nada más. Thank you.
"""


def c026():
    acc = digits(8); sc = digits(6); ph = uk_mob(); hn = num(3, 140); pc = ukpc("E1")
    return "asr", f"""
a: you're through to bengal grocers home delivery it's [[NAME:rehana]]
c: salaam apa this is [[NAME:abdul karim]] i want to set up a weekly order
a: okay brother what do you usually take
c: ((quantity:ten kilo)) rice basmati ((count:two)) packs of frozen fish and some shobji whatever is fresh
a: that's about ((price:fifty five pounds)) a week what's the delivery address
c: [[ADDRESS:flat {w(num(1, 30))} {w(hn)} brick lane]] [[POSTCODE:{pcw(pc)}]]
a: and for the direct debit account number and sort code
c: sort code [[ACCOUNT_NUMBER:{w(sc[:2])} {w(sc[2:4])} {w(sc[4:])}]] account [[ACCOUNT_NUMBER:{w(acc)}]]
a: and your mobile for the driver
c: [[PHONE:{w(ph[:5])} {w(ph[5:])}]] accha ami bolchi wait my wife says saturday is better
a: saturday is fine between ((time:ten)) and ((time:two))
c: okay inshallah thank you apa
"""


def c027():
    k = card("m"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); z = zipc("94"); em = "carlos dot pimentel at proton dot me"
    return "asr", f"""
a: good evening tierra mia imports [[NAME:sofia]] speaking
c: buenas noches hi i ordered a case of mezcal and some moles for my restaurant
a: okay what's the name on the order
c: [[NAME:carlos pimentel]]
a: i see it ((count:twelve)) bottles and ((count:four)) jars total ((price:six hundred and twelve dollars)) we need a new card the old one expired
c: ah sí claro okay new card [[CARD_NUMBER#c:{w(p[0])}]] [[CARD_NUMBER#c:{w(p[1])}]]
c: oye güey bájale a la música [[CARD_NUMBER#c:{w(p[2])}]]
a: go on
c: [[CARD_NUMBER#c-x:{w(p[3][:2])}]] no [[CARD_NUMBER#c:{w(p[3])}]]
a: so the last block is [[CARD_NUMBER:{w(p[3])}]]
c: sí
a: expiration
c: [[EXPIRY:{mon(m)} {yw(y)}]]
a: and the security code
c: [[CVV:{w(cv)}]] billing zip [[POSTCODE:{w(z)}]]
a: perfect receipt to [[EMAIL:{em}]] still
c: yes that's right gracias
"""


def c028():
    acc = digits(4) + " " + digits(4) + " " + digits(2); d = dob(1988, 2001); ph = "0412" + digits(6); pc = "3" + digits(3); hn = num(5, 220)
    return "transcript", f"""
A: Service NSW, this is [[NAME:Kirra]]. How can I help?
C: Hi, I want to convert my Philippine licence to a New South Wales one. I'm [[NAME:Rowena Bautista]].
A: Sure. Have you got a customer number with us?
C: Yes, [[ACCOUNT_NUMBER:{acc}]].
A: And your date of birth?
C: [[DOB:{d[2]} {Mon(d[1])} {d[0]}]].
A: Thanks, [[NAME:Rowena]]. You've been here less than ((duration:six months))?
C: ((duration:Four months)), yes. Ay, sorry, hindi ko alam, do I need the knowledge test?
A: For the Philippines, yes — knowledge test and driving test. The test fee is ((price:$47)).
C: Okay. I'm actually moving to Melbourne soon though, [[ADDRESS:{hn} Sydney Road, Brunswick]], [[POSTCODE:{pc}]].
A: Then you'd do it with VicRoads instead. Can I update your mobile, [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]]?
C: That's it, yes.
A: Done. Good luck with the move.
"""


def c029():
    ni_ = ni(); d = dob(1990, 2003); hn = num(4, 300); pc = ukpc("CF24"); em = "amira.haddad" + digits(2) + "@icloud.com"; ph = uk_mob()
    return "transcript", f"""
A: Cardiff International Academy admissions, [[NAME:Rhys]] speaking.
C: Marhaba, hello. I'm [[NAME:Amira Haddad]], I applied for the evening English teaching post.
A: Oh yes. We need your National Insurance number for the DBS check.
C: Sure, [[SSN:{ni_[:2]} {ni_[2:4]} {ni_[4:6]} {ni_[6:8]} {ni_[8]}]].
A: And date of birth?
C: [[DOB:{d[2]:02d}.{d[1]:02d}.{d[0]}]].
A: Current address?
C: [[ADDRESS:{hn} Richmond Road, Roath]], [[POSTCODE:{pc}]].
A: And your e-mail for the online form?
C: [[EMAIL:{em}]].
A: Thanks. The DBS costs ((price:£18)) and usually takes ((duration:two weeks)). Are you free for induction on the ((date:22nd))?
C: Yalla, yes, inshallah. What time?
A: ((time:6 pm)) in ((other:Room 14)). Best mobile?
C: [[PHONE:{ph}]].
A: Great, see you then.
"""


def c030():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); em = "binh dot tran at gmail dot com"
    return "asr", f"""
a: thanks for calling callhome cards this is [[NAME:derek]]
c: hello sí i buy the card for call to guatemala and the pin doesn't work
a: okay do you have the serial number on the back of the card
c: ((other:sixty three forty one eighty eight twenty))
a: thanks that card was never activated at the store i can't fix that one but i can sell you a new one by phone
c: ay qué lata okay how much
a: the ((price:ten dollar)) card gives ((duration:two hundred and twelve minutes)) to guatemala
c: okay dale i pay
c: [[CARD_NUMBER#c:{w(p[0])} {w(p[1])} {w(p[2])} {w(p[3])}]]
a: i got [[CARD_NUMBER:{w(p[0])} {w(p[1])} {w(p[2])} {w(p[3])}]]
c: correcto
a: expiration and c v v
c: [[EXPIRY:{w(m)} {w(y)}]] and [[CVV:{w(cv)}]]
a: your new pin will be sent by text and to your email
c: my niece email [[EMAIL:{em}]] she reads it for me
a: sent have a good night
"""


def c031():
    acc = digits(12); ph = "63" + "917" + digits(7); em = "jun.reyes" + digits(2) + "@gmail.com"; d = dob(1972, 1985)
    return "transcript", f"""
A: Padala Plus, [[NAME:Vanessa]] speaking.
C: Hi, ma'am, good morning! [[NAME:Jun Reyes]] here. I need to change the receiver on my regular transfer.
A: Sure. Your wallet number?
C: [[ACCOUNT_NUMBER:{acc[:4]} {acc[4:8]} {acc[8:]}]].
A: And your date of birth, for security?
C: [[DOB:{Mon(d[1])} {d[2]}, {d[0]}]].
A: Thanks. Who's the new receiver?
C: My sister, [[NAME:Marites Reyes-Gomez]]. Her mobile is [[PHONE:+{ph[:2]} {ph[2:5]} {ph[5:8]} {ph[8:]}]].
A: And she'll pick up at a Cebuana branch?
C: Yes, sige. Every ((date:15th)), ((price:₱8,000)).
A: Today's rate is ((other:₱41.20)) to the Canadian dollar, so that's about ((price:CA$194)).
C: Okay, go.
A: Done. Confirmation goes to [[EMAIL:{em}]].
C: Salamat, ma'am.
"""


def c032():
    k = card("m"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); acc = "GB" + digits(2) + " " + "MIDL"
    z = ukpc("M13"); hn = num(20, 300)
    return "asr", f"""
a: manchester central gurdwara office [[NAME:harpreet]] speaking
c: sat sri akal ji this is [[NAME:jaswinder singh gill]] i want to give for the langar on sunday
a: waheguru ji bless you how much
c: ((price:five hundred and one pounds)) in my father's name [[NAME:gurbachan singh gill]]
a: card or bank transfer
c: card haan [[CARD_NUMBER#c:{w(p[0])}]] [[CARD_NUMBER#c:{w(p[1])}]]
a: yes
c: [[CARD_NUMBER#c:{w(p[2])}]] beta chup kar ja [[CARD_NUMBER#c:{w(p[3])}]]
a: expiry date ji
c: [[EXPIRY:{w(m, oh=True)} {yw(y)}]]
a: and the three numbers at the back
c: [[CVV:{w(cv)}]]
a: for gift aid i need the home address
c: [[ADDRESS:{w(hn)} upper chorlton road]] [[POSTCODE:{pcw(z)}]]
a: done ji we'll read the ardas at ((time:eleven)) on sunday
"""


def c033():
    s = ssn(); d = dob(1959, 1970); ph = us_phone(); z = zipc("10"); hn = num(10, 999)
    return "asr", f"""
a: this is [[NAME:keisha]] with the new york immigrant legal clinic intake line
c: hi yes um i'm calling for my uncle he speaks only cantonese i'm [[NAME:kelvin cheung]]
a: no problem what's your uncle's name
c: [[NAME:cheung wing kin]]
a: and his date of birth
c: [[DOB:{mon(d[1])} {ordw(d[2])} {yw(d[0])}]]
a: does he have a social security number
c: yes um a ba nei go social security number hai mat yeh okay it's [[SSN:{w(s[:3])} {w(s[3:5])} {w(s[5:])}]]
a: thank you and his address
c: [[ADDRESS:{w(hn)} east broadway apartment {w(num(2, 9))} c]] new york [[POSTCODE:{w(z)}]]
a: callback number
c: mine is better [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
a: a cantonese speaking paralegal will call within ((duration:forty eight hours))
c: okay thank you so much
"""


def c034():
    bk = "DX" + digits(7); ph = "0161 496 0" + digits(3); k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry()
    return "transcript", f"""
I: Thank you for calling Zamzam Hajj and Umrah Tours. Please enter your booking number.
C: [[ACCOUNT_NUMBER:{bk}]]
I: Thank you. Your next instalment of ((price:£450)) is due on ((date:1 February)). To pay now, press ((other:1)).
C: ((other:1))
I: Please enter your card number followed by the hash key.
C: [[CARD_NUMBER:{k}]]
I: You entered a card ending in [[CARD_NUMBER:{" ".join(p[3])}]]. Please enter the expiry date as four digits.
C: [[EXPIRY:{m}{y[2:]}]]
I: Please enter the three-digit security code.
C: [[CVV:{cv}]]
I: Payment received. Your remaining balance is ((price:£1,350)). Goodbye.
"""


def c035():
    em = "gosia.lewandowska" + digits(2) + "@o2.pl"; ph = "48" + "6" + digits(8); acc = "LX-" + digits(6)
    return "transcript", f"""
A: Tandem Talk, [[NAME:Oliver]] speaking.
C: Hi, it's [[NAME:Małgorzata Lewandowska]], people call me [[NAME:Gosia]]. My exchange partner hasn't shown up for ((count:three)) sessions.
A: Sorry to hear that. What's your member ID?
C: [[ACCOUNT_NUMBER:{acc}]].
A: Thanks. Your partner is [[NAME:Ethan Brooks]]?
C: Tak, that's him. We speak Polish ((duration:30 minutes)), then English ((duration:30 minutes)).
A: I'll match you with someone new. Is your e-mail still [[EMAIL:{em}]]?
C: Yes. And you can text my Polish number, I'm home for the summer: [[PHONE:+{ph[:2]} {ph[2:5]} {ph[5:8]} {ph[8:]}]].
A: Noted. I'll refund the missed sessions, that's ((price:£7.50)) each.
C: Super, dzięki.
"""


def c036():
    k = card("a"); p = c4(k); cv = cvv(4); m, y = expiry(); hn = num(3, 90); pc = "2" + digits(3); ph = "02 5550 " + digits(4)
    return "asr", f"""
a: g'day you've called harbour city halal catering this is [[NAME:liam]]
c: hi salaam my name is [[NAME:mustafa el-amin]] i need food for ((count:eighty)) people for a wedding walima
a: congratulations what date
c: the ((date:twentieth of april)) at the community hall in lakemba
a: for eighty the mixed grill package is ((price:thirty two dollars)) a head so ((price:two thousand five hundred and sixty dollars)) deposit is ((percentage:twenty percent))
c: okay yalla deposit now amex
c: [[CARD_NUMBER#c:{w(p[0])}]] yes [[CARD_NUMBER#c:{w(p[1])}]]
c: sorry my brother is talking [[CARD_NUMBER#c:{w(p[2])}]]
a: thanks and the four digit code on the front
c: [[CVV:{w(cv)}]] expires [[EXPIRY:{w(m)} {w(y[2:])}]]
a: address for the invoice
c: [[ADDRESS:{w(hn)} haldon street lakemba]] [[POSTCODE:{w(pc)}]]
a: and a phone
c: [[PHONE:{w(ph.replace(" ", "")[:2])} {w(ph.replace(" ", "")[2:6])} {w(ph.replace(" ", "")[6:])}]]
a: lovely you'll get the invoice today
"""


def c037():
    ph = uk_land(); em = "ops@" + "ukasia-freight" + digits(2) + ".com"; acc = "CU" + digits(6); trk = nolu(16)
    return "transcript", f"""
A: Asia Cargo Link, [[NAME:Priya]] speaking.
C: Hi, this is [[NAME:Henry Lau]] from Golden Dragon Supermarket. A pallet from Hong Kong is stuck at Felixstowe.
A: What's your customer account?
C: [[ACCOUNT_NUMBER:{acc}]].
A: And the container tracking number?
C: ((other:{trk[:4]} {trk[4:8]} {trk[8:12]} {trk[12:]})).
A: Customs flagged ((count:two)) cartons, the dried mushrooms. They want the import permit.
C: Ai, again? Okay, I send it today.
A: Send it to [[EMAIL:{em}]], and call [[PHONE:{ph}]] if it bounces.
C: How long after that?
A: Usually ((duration:48 hours)). Storage is ((price:£35)) a day after ((date:Friday)).
C: Okay, okay. Thank you.
"""


def c038():
    d1 = dob(2008, 2015); d2 = dob(1978, 1988); acc = "STU" + digits(5); ph = "353" + "1" + "555" + digits(4); em = "niamh.ni.bhriain" + digits(2) + "@eircom.net"
    return "transcript", f"""
A: Lycée Français d'Irlande, admissions, [[NAME:Camille]] speaking.
C: Hello, I'm [[NAME:Niamh Ní Bhriain]]. My son starts in September and I'm filling the form.
A: Lovely. His name and date of birth?
C: [[NAME:Oisín Murphy]], [[DOB:{d1[2]} {Mon(d1[1])} {d1[0]}]].
A: And yours, as the parent?
C: [[DOB:{d2[2]}/{d2[1]}/{d2[0]}]].
A: His application number is [[ACCOUNT_NUMBER:{acc}]]. The fee for ((year:2025)) is ((price:€7,900)) a year.
C: Grand. And the ((percentage:10%)) sibling discount?
A: Only if a sibling is enrolled. Contact number?
C: [[PHONE:+{ph[:3]} {ph[3]} {ph[4:7]} {ph[7:]}]].
A: And e-mail?
C: [[EMAIL:{em}]].
A: We'll send the uniform list by ((date:June)).
"""


def c039():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); hn = num(10, 99); pc = ukpc("HA1")
    return "asr", f"""
a: welcome to shree ganesh mandir harrow this is [[NAME:meera]]
c: jai shri krishna behen this is [[NAME:bhavesh patel]] i want to book the hall for my daughter's mehndi
a: which date bhai
c: ((date:saturday fourteenth june)) about ((count:one hundred and twenty)) guests
a: the hall is ((price:eight hundred pounds)) and the deposit is ((price:two hundred))
c: accha theek hai i pay deposit card
c: [[CARD_NUMBER#c:{w(p[0])} {w(p[1])}]] haan [[NAME:kavita]] woh wala card do na okay [[CARD_NUMBER#c:{w(p[2])} {w(p[3])}]]
a: expiry
c: [[EXPIRY:{w(m)} {w(y[2:])}]]
a: c v v
c: [[CVV:{w(cv)}]]
a: and your address
c: [[ADDRESS:{w(hn)} station road]] [[POSTCODE:{pcw(pc)}]]
a: booked bhai the hall opens at ((time:four pm)) for decoration
"""


def c040():
    acc = digits(10); s4 = ssn()[5:]; ph = us_phone(); z = zipc("33")
    return "transcript", f"""
A: Remesas del Sol, this is [[NAME:Kevin]]. Are you calling about a transfer?
C: Sí, hi. I'm [[NAME:Yesenia Castillo]]. I sent ((price:$400)) to Honduras and my mom says it came ((price:$380)).
A: Let me look. Account number?
C: [[ACCOUNT_NUMBER:{acc}]].
A: And the last four of your Social?
C: [[SSN:{s4}]].
A: Thanks. There's a ((price:$20)) fee that was taken from the amount instead of added. The rate was ((other:24.6)) lempiras.
C: Entonces, can you fix it?
A: I'll refund the ((price:$20)) to your card within ((duration:3 to 5 days)).
C: Okay. Call me if there's a problem, [[PHONE:{ph[:3]}.{ph[3:6]}.{ph[6:]}]].
A: And your ZIP, to match the card?
C: [[POSTCODE:{z}]].
A: All set.
"""


def c041():
    k = card("m"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); em = "ana dot sousa dot " + w(digits(2)) + " at sapo dot pt"
    return "asr", f"""
a: hello you're through to lusitania shipping [[NAME:george]] speaking
c: olá boa tarde i want to ship a fridge to my mother in braga
a: okay what's the fridge model
c: it's a ((model_number:bosch kgn thirty six)) something big
a: to portugal that's ((price:three hundred and twenty pounds)) takes about ((duration:ten days))
c: pois pois okay my name [[NAME:ana sousa]]
a: thanks [[NAME:ana]] card details
c: [[CARD_NUMBER#c:{w(p[0])}]] pois [[CARD_NUMBER#c:{w(p[1])}]] [[CARD_NUMBER#c:{w(p[2])}]]
a: and
c: [[CARD_NUMBER#c:{w(p[3])}]]
a: can you repeat the last block sorry
c: [[CARD_NUMBER#c-x:{w(p[3])}]]
a: expiry and code
c: [[EXPIRY:{w(m)} {yw(y)}]] code [[CVV:{w(cv)}]]
a: email
c: [[EMAIL:{em}]]
"""


def c042():
    d = dob(1985, 1998); acc = "IE" + digits(2) + " AIBK " + digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(2); hn = num(4, 70); ec = eircode("D08")
    return "transcript", f"""
A: Dublin Interpreting Services, payroll, [[NAME:Aoife]] speaking.
C: Hi, I'm one of your Portuguese interpreters, [[NAME:Beatriz Almeida]]. I wasn't paid for ((date:last week))'s jobs.
A: Sorry about that. Date of birth to confirm?
C: [[DOB:{d[2]}/{d[1]}/{d[0]}]].
A: I see ((count:six)) jobs, ((duration:11.5 hours)), ((price:€356.50)). The payment bounced — is your IBAN still [[ACCOUNT_NUMBER:{acc}]]?
C: Ah, no, I closed that one. Pois, I moved to Revolut. I'll e-mail the new one.
A: Perfect. And is your address still [[ADDRESS:{hn} James's Street]], [[POSTCODE:{ec}]]?
C: Yes, same.
A: Grand, we'll pay it on ((date:Friday)).
"""


def c043():
    ph = uk_mob(); acc = digits(8); k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry()
    return "asr", f"""
i: welcome to lebara top up please say the mobile number you'd like to top up
c: [[PHONE:{w(ph[:5], oh=True)} {w(ph[5:])}]]
i: i heard [[PHONE:{w(ph[:5])} {w(ph[5:])}]] is that right
c: yes
i: how much would you like to add ((price:five)) ((price:ten)) or ((price:fifteen pounds))
c: ((price:fifteen))
i: please say your card number
c: [[CARD_NUMBER#c:{w(p[0])} {w(p[1])}]] ay dios [[CARD_NUMBER#c:{w(p[2])} {w(p[3])}]]
i: the expiry date
c: [[EXPIRY:{w(m)} {w(y[2:])}]]
i: the security code
c: [[CVV:{w(cv)}]]
i: done you now have ((quantity:thirty gigabytes)) and ((duration:five hundred international minutes)) your account number is [[ACCOUNT_NUMBER:{w(acc)}]]
"""


def c044():
    hn = num(100, 999); pc = capc("V5R"); ph = "604" + "555" + "01" + digits(2); em = "dkaur" + digits(3) + "@shaw.ca"
    return "transcript", f"""
A: Punjabi Market Grocers, this is [[NAME:Simran]].
C: Sat sri akal. This is [[NAME:Daljit Kaur]]. My delivery came without the atta, ((quantity:20 kg)) bag.
A: So sorry, auntie. Can I confirm your address?
C: [[ADDRESS:{hn} East 49th Avenue]], Vancouver, [[POSTCODE:{pc}]].
A: Yes, I see the order. We'll bring the atta tomorrow between ((time:11)) and ((time:1)).
C: Haanji, and bring ((count:two)) packets of methi too, I'll pay the driver.
A: That's ((price:$3.49)) each. Phone number for the driver?
C: [[PHONE:{ph[:3]}-{ph[3:6]}-{ph[6:]}]].
A: And I'll e-mail you the credit note at [[EMAIL:{em}]].
C: Okay beta, thank you.
"""


def c045():
    k = card("v"); p = g(k, 4, 4, 4, 4); k2 = card("v"); cv = cvv(); m, y = expiry(); bk = "QF" + digits(6)
    return "asr", f"""
a: hi it's [[NAME:jess]] at southern cross family travel
c: hello hi i'm [[NAME:rafael gutiérrez]] i want flights for my family to santiago for navidad
a: lovely how many
c: ((count:five)) two adults three kids the kids are ((other:four)) ((other:seven)) and ((other:nine))
a: return sydney santiago on ((flight_number:qf twenty seven)) is ((price:eleven thousand four hundred dollars)) total
c: uf caro bueno okay book it
a: card number
c: [[CARD_NUMBER:{w(k2)}]] no espera no that's the work card don't use it
a: no worries i'll discard that
c: okay personal one [[CARD_NUMBER#c:{w(p[0])} {w(p[1])}]] [[CARD_NUMBER#c:{w(p[2])} {w(p[3])}]]
a: expiry code
c: [[EXPIRY:{w(m)} {w(y[2:])}]] [[CVV:{w(cv)}]]
a: booked your reference is [[ACCOUNT_NUMBER:q f {w(bk[2:])}]]
"""


def c046():
    ni_ = ni(); d = dob(1965, 1980); hn = num(2, 150); pc = ukpc("G42"); ph = uk_mob()
    return "transcript", f"""
A: Glasgow Welcome Centre, benefits line, [[NAME:Fiona]] speaking.
C: Hello. My name is [[NAME:Zainab Mohammed Ali]]. I want help with my Universal Credit, my English is not so good.
A: That's fine, take your time. We can book an Arabic interpreter if you like.
C: Yes please. Shukran.
A: Your National Insurance number?
C: [[SSN:{ni_}]].
A: Date of birth?
C: [[DOB:{d[2]} {Mon(d[1])} {d[0]}]].
A: Address?
C: [[ADDRESS:{hn} Allison Street]], [[POSTCODE:{pc}]].
A: I've booked you for ((date:Tuesday)) at ((time:2:30)) with [[NAME:Hassan]], he interprets Arabic.
C: Good. My phone, [[PHONE:{ph}]].
A: We'll text a reminder.
"""


def c047():
    acc = digits(6) + "-" + digits(2); em = "r dot okafor at outlook dot com"; ph = us_phone()
    return "asr", f"""
a: this is [[NAME:maria]] at saint sebastian catholic church office
c: hi [[NAME:maria]] it's [[NAME:rosa delgado]] bueno i want to do the mass intention for my late husband
a: i'm sorry for your loss what's his name
c: [[NAME:ernesto delgado]] the anniversary is ((date:march the third))
a: the stipend is ((price:fifteen dollars)) do you have a parish envelope number
c: sí [[ACCOUNT_NUMBER:{w(acc[:6])} dash {w(acc[7:])}]]
a: got it and a phone to confirm
c: [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
a: and i'll send the card to your email
c: it's my son's [[EMAIL:{em}]]
a: beautiful the mass is at ((time:eight am))
"""


def c048():
    k = card("m2"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); hn = num(5, 60); pc = ukpc("LS8")
    return "transcript", f"""
A: Chapeltown Caribbean & Asian Foods, [[NAME:Nathan]] speaking.
C: Hiya, it's [[NAME:Nasreen Akhtar]]. I want to pay for the order I placed online, the payment failed.
A: No bother. Order total's ((price:£86.40)). Card number?
C: [[CARD_NUMBER#c:{p[0]}]]... [[CARD_NUMBER#c:{p[1]}]]... hold on, Zara beta, leave it... [[CARD_NUMBER#c:{p[2]}]]...
A: Yep.
C: [[CARD_NUMBER#c:{p[3]}]].
A: Expiry and CVC?
C: [[EXPIRY:{m}/{y}]], [[CVV:{cv}]].
A: Delivery to [[ADDRESS:{hn} Chapeltown Road]], [[POSTCODE:{pc}]]?
C: Yes.
A: Sorted. Driver's there ((date:tomorrow)) before ((time:noon)).
"""


def c049():
    hn = num(10, 400); pc = ukpc("SW17"); acc = "SOL" + digits(5); ph = uk_land(); em = "bilal.chaudhry" + digits(2) + "@gmail.com"
    return "transcript", f"""
A: Tooting Immigration Law, [[NAME:Harriet]] speaking.
C: Assalam-o-alaikum, hello. [[NAME:Bilal Chaudhry]] here, client reference [[ACCOUNT_NUMBER:{acc}]].
A: Hi, Mr [[NAME:Chaudhry]]. How can I help?
C: My wife's spouse visa, the Home Office letter says her BRP expires ((date:30 November)). Is that a problem?
A: The new eVisa replaces it. Has she made her UKVI account?
C: Not yet, accha, I'll help her tonight.
A: Good. We'll post the guide to [[ADDRESS:{hn} Upper Tooting Road]], [[POSTCODE:{pc}]] — still correct?
C: Yes. Also e-mail it, [[EMAIL:{em}]].
A: Will do. Our fee for the follow-up is ((price:£150 + VAT)).
C: Okay. Call my office if anything, [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]].
"""


def c050():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); bad = p[2][:2] + str((int(p[2][2]) + 5) % 10) + p[2][3]
    return "asr", f"""
a: thanks for calling manila express cargo this is [[NAME:trevor]]
c: hi good afternoon i'm [[NAME:liza manalo]] paying for my box
a: sure the balance is ((price:ninety five dollars)) card number
c: [[CARD_NUMBER#c:{w(p[0])} {w(p[1])}]]
c: [[CARD_NUMBER#c-x:{w(bad)}]] ay mali [[CARD_NUMBER#c:{w(p[2])}]] sorry
a: so third block [[CARD_NUMBER:{w(p[2])}]]
c: yes po and [[CARD_NUMBER#c:{w(p[3])}]]
a: expiry and security code
c: [[EXPIRY:{w(m)} {w(y[2:])}]] [[CVV:{w(cv)}]]
a: paid your box ships on the ((date:twenty second))
c: salamat po
"""


def c051():
    d = dob(1950, 1965); pp = pps(); hn = num(1, 50); ec = eircode("V94")
    return "asr", f"""
a: good morning department of social protection [[NAME:declan]] speaking
c: hello yes i'm calling about my pension from england i live here now in limerick my name is [[NAME:margaret o'sullivan]]
a: grand and your p p s number
c: [[SSN:{w(pp[:7])} {pp[7].lower()}]]
a: date of birth
c: [[DOB:{ordw(d[2])} {mon(d[1])} {yw(d[0])}]]
a: and the address we have on file
c: [[ADDRESS:{w(hn)} o'connell avenue]] [[POSTCODE:{pcw(ec)}]]
a: thanks i see the uk pension is paid to you directly so we just need the ((other:e one two one)) form
c: grand so i'll post it on monday
"""


def c052():
    k = card("a"); p = c4(k); cv = cvv(4); m, y = expiry(); hn = num(100, 999); z = zipc("11")
    return "transcript", f"""
A: Masjid Al-Falah donations line, this is [[NAME:Ibrahim]].
C: Assalamu alaikum. I'm [[NAME:Hamza Yilmaz]], I want to pay my fitrana for the family.
A: Wa alaikum salam. It's ((price:$12)) per person this year. How many?
C: ((count:Seven)) people. So ((price:$84)).
A: JazakAllah. Card?
C: Amex, [[CARD_NUMBER#c:{p[0]} {p[1]}]]... yalla, [[CARD_NUMBER#c:{p[2]}]].
A: And the code on the front, and expiry?
C: [[CVV:{cv}]], expiry [[EXPIRY:{Mon(m)} {y}]].
A: Address for the receipt?
C: [[ADDRESS:{hn} Church Avenue, Brooklyn]], [[POSTCODE:{z}]].
A: Done. May Allah accept it.
"""


def c053():
    acc = "WU" + digits(8); mt = nolu(10)
    return "asr", f"""
a: hi you're speaking to [[NAME:rachel]] how can i help
c: hello yes i want to know if my sister collected the money in lagos sorry no i mean in karachi
a: no problem do you have the tracking number
c: yes ((other:{w(mt)}))
a: and the name of the receiver
c: [[NAME:saima bibi]]
a: it was collected ((date:yesterday)) at ((time:three fifteen)) pakistan time ((price:sixty thousand rupees))
c: accha good good
a: is there anything else
c: my loyalty number [[ACCOUNT_NUMBER:w u {w(acc[2:])}]] did i get the points
a: yes ((quantity:fifty points)) were added
c: okay shukriya bye
"""


def c054():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); ph = "0400" + digits(6)
    return "transcript", f"""
A: Little Saigon Travel, [[NAME:Daniel]] speaking.
C: Hi, I'm [[NAME:Pham Thi Lan]]. I'm paying for my uncle's flight to Ho Chi Minh City.
A: Sure. That's ((flight_number:VN 772)), ((price:A$1,180)). Card?
C: [[CARD_NUMBER:{p[0]} {p[1]} {p[2]} {p[3]}]].
A: I'll read it back: [[CARD_NUMBER#r:{p[0]} {p[1]}]]...
C: Yes.
A: [[CARD_NUMBER#r:{p[2]} {p[3]}]].
C: Correct. Expiry [[EXPIRY:{m}/{y[2:]}]], code [[CVV:{cv}]].
A: And a number for the e-ticket SMS?
C: [[PHONE:{ph[:4]} {ph[4:7]} {ph[7:]}]].
A: Booked.
"""


def c055():
    acc = digits(9); hn = num(20, 900); pc = capc("H3N"); em = "s dot mukherjee at videotron dot ca"
    return "asr", f"""
a: bonjour hello cours de langues montréal [[NAME:julien]] speaking
c: hi hello i'm [[NAME:sudipta mukherjee]] i want to cancel my french class my work schedule changed
a: d'accord what's your student number
c: [[ACCOUNT_NUMBER:{w(acc)}]]
a: i see you paid ((price:four hundred and twenty dollars)) and you've done ((count:three)) of ((count:twelve)) classes
c: haan so can i get refund
a: yes ((percentage:seventy five percent)) back minus the admin fee
c: accha fine send to my address [[ADDRESS:{w(hn)} avenue ogilvy]] montreal [[POSTCODE:{pcw(pc)}]]
a: and confirmation to your email
c: [[EMAIL:{em}]]
"""


def c056():
    k = card("m"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry()
    return "asr", f"""
i: welcome to intercall global please say your pin or say new customer
c: new customer
i: to buy a calling card please say your card number
c: [[CARD_NUMBER#c:{w(p[0])} {w(p[1])}]]
i: please continue
c: [[CARD_NUMBER#c:{w(p[2])}]] sige po [[CARD_NUMBER#c:{w(p[3])}]]
i: i heard a card ending [[CARD_NUMBER:{w(p[3])}]] please say the expiry date
c: [[EXPIRY:{w(m)} {w(y[2:])}]]
i: please say the card security code
c: [[CVV:{w(cv)}]]
i: your ((price:twenty dollar)) card is ready rates to the philippines are ((price:eight cents)) a minute
"""


def c057():
    hn = num(2, 200); pc = ukpc("BD8"); acc = digits(8); sc = digits(6); ph = uk_mob()
    return "transcript", f"""
A: Bradford Central Mosque, admin, [[NAME:Usman]] speaking.
C: Salaam. [[NAME:Farhan Hussain]]. I want to set up a monthly donation for the madrasa.
A: JazakAllah. How much?
C: ((price:£25)) a month.
A: Bank details for the direct debit?
C: Sort code [[ACCOUNT_NUMBER:{sc[:2]}-{sc[2:4]}-{sc[4:]}]], account [[ACCOUNT_NUMBER:{acc}]].
A: Address?
C: [[ADDRESS:{hn} Whetley Lane]], [[POSTCODE:{pc}]].
A: And phone?
C: [[PHONE:{ph[:5]} {ph[5:8]} {ph[8:]}]].
A: First collection is the ((date:1st)). Gift Aid adds ((percentage:25%)).
"""


def c058():
    d = dob(1990, 2000); em = "xu dot jiahui " + w(digits(2)) + " at qq dot com"; acc = "S" + digits(7)
    return "asr", f"""
a: international student services this is [[NAME:priscilla]]
c: hi i'm [[NAME:xu jiahui]] my visa letter has my birthday wrong
a: oh i'm sorry what's your student id
c: [[ACCOUNT_NUMBER:s {w(acc[1:])}]]
a: and the correct date of birth
c: [[DOB:{ordw(d[2])} of {mon(d[1])} {yw(d[0])}]]
a: i'll fix it and send a new letter to your email
c: [[EMAIL:{em}]]
a: yes that's the one it takes ((duration:two working days))
"""


def c059():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); hn = num(3, 99); pc = ukpc("L8")
    return "transcript", f"""
A: Liverpool Polish Deli, [[NAME:Kasia]] speaking.
C: Cześć [[NAME:Kasia]], it's [[NAME:Marek Dąbrowski]]. I want the Easter basket delivered.
A: Of course. The big one is ((price:£42)) with the kiełbasa and ((count:two)) loaves.
C: Tak, the big one. Card is [[CARD_NUMBER:{sp4(k)}]].
A: Expiry?
C: [[EXPIRY:{m}/{y[2:]}]]. CVV [[CVV:{cv}]].
A: Address?
C: [[ADDRESS:{hn} Lodge Lane]], [[POSTCODE:{pc}]].
A: Delivered ((date:Holy Saturday)) morning.
C: Wesołych Świąt!
"""


def c060():
    ph = "91" + "99" + digits(8); acc = digits(11)
    return "asr", f"""
a: recharge india helpline [[NAME:arjun]] speaking
c: hello haan ji my name is [[NAME:sunil verma]] i recharged my mother's jio number but it's not showing
a: which number sir
c: plus [[PHONE:{w(ph[:2])} {w(ph[2:7])} {w(ph[7:])}]]
a: and your transaction was for how much
c: ((price:two hundred and ninety nine rupees)) plan the ((duration:twenty eight day)) one
a: i see it is pending from the operator side your customer id is [[ACCOUNT_NUMBER:{w(acc)}]] right
c: haan ji correct
a: it will reflect within ((duration:two hours)) otherwise automatic refund
c: accha okay thank you
"""


def c061():
    d = dob(1982, 1996); hn = num(10, 880); z = zipc("90"); em = "karla.mejia" + digits(2) + "@gmail.com"
    return "transcript", f"""
A: Casa Legal Immigration Services, [[NAME:Ashley]] speaking.
C: Hola, I'm [[NAME:Karla Mejía]]. I have my biometrics appointment letter but I moved.
A: Congratulations on the move. Date of birth?
C: [[DOB:{d[1]:02d}-{d[2]:02d}-{d[0]}]].
A: New address?
C: [[ADDRESS:{hn} South Vermont Avenue]], Los Angeles, [[POSTCODE:{z}]].
A: We'll file the ((other:AR-11)) for you, no charge. Confirm your e-mail?
C: [[EMAIL:{em}]].
A: The appointment's still ((date:August 8)) at ((time:9:30 a.m.)) — keep it.
C: Ok, gracias.
"""


def c062():
    acc = "GCH-" + digits(4) + "-" + digits(3)
    return "asr", f"""
a: good evening st mary's syro-malabar church this is [[NAME:annamma]]
c: hello chechi this is [[NAME:biju thomas]] i want to check my family's donation for the new roof
a: yes [[NAME:biju]] achaya what's your family id
c: [[ACCOUNT_NUMBER:g c h {w(acc[4:8])} {w(acc[9:])}]]
a: you've given ((price:one thousand two hundred dollars)) this year the pledge is ((price:two thousand))
c: okay i'll give balance in ((date:december))
a: no hurry god bless
"""


def c063():
    k = card("m"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); ph = uk_mob()
    return "transcript", f"""
A: Hong Kong Express Parcels, [[NAME:Samantha]] speaking.
C: Hello, [[NAME:Tsang Yuk Ling]]. I need to pay the import duty on a parcel from my sister.
A: Sure. The duty and our fee come to ((price:£27.80)). Card number?
C: [[CARD_NUMBER#c:{p[0]}]]... [[CARD_NUMBER#c:{p[1]}]]... ai ya, mou yeh, sorry... [[CARD_NUMBER#c:{p[2]}]]... [[CARD_NUMBER#c:{p[3]}]].
A: Expiry and code?
C: [[EXPIRY:{m}/{y[2:]}]], [[CVV:{cv}]].
A: And a mobile for the delivery text?
C: [[PHONE:{ph[:5]} {ph[5:]}]].
A: It'll be with you in ((duration:2–3 days)).
"""


def c064():
    hn = num(2, 80); pc = "4" + digits(3); ph = "0491570" + digits(3)
    return "asr", f"""
a: brisbane multicultural language school [[NAME:tayla]] speaking
c: hi olá my name is [[NAME:thiago ferreira]] i want to enrol my kids in portuguese saturday school
a: oh lovely how old are they
c: ((other:six)) and ((other:ten))
a: it's ((price:one hundred and eighty dollars)) a term each what's your address
c: [[ADDRESS:{w(hn)} hawken drive st lucia]] [[POSTCODE:{w(pc)}]]
a: and best phone
c: [[PHONE:{w(ph[:4])} {w(ph[4:7])} {w(ph[7:])}]]
a: classes start the ((date:first saturday in february)) at ((time:nine))
c: pois perfeito thank you
"""


def c065():
    acc = digits(4) + "-" + digits(6); s = ssn()
    return "transcript", f"""
A: First Remit Credit Union, [[NAME:Marcus]] speaking.
C: Hi, it's [[NAME:Esperanza Ruiz]]. I want to open a savings account for my son.
A: Great. Is he a US citizen?
C: Yes, born here. His name is [[NAME:Mateo Ruiz]], he's ((other:16)).
A: I'll need his Social Security number.
C: [[SSN:{s[:3]}-{s[3:5]}-{s[5:]}]].
A: And your membership number, as joint owner?
C: [[ACCOUNT_NUMBER:{acc}]].
A: The account pays ((percentage:4.1% APY)). Minimum ((price:$5)).
C: Bueno, perfect.
"""


def c066():
    hn = num(10, 300); pc = ukpc("N15"); em = "elif dot kaya at gmail dot com"; acc = "TR" + digits(6)
    return "asr", f"""
a: hello north london turkish and kurdish community centre [[NAME:zeynep]] speaking
c: merhaba hi my name is [[NAME:elif kaya]] i want to register for the english class for mothers
a: great do you have a member number
c: yes [[ACCOUNT_NUMBER:t r {w(acc[2:])}]]
a: and your address
c: [[ADDRESS:{w(hn)} west green road]] [[POSTCODE:{pcw(pc)}]]
a: and your email
c: [[EMAIL:{em}]]
a: classes are ((date:wednesdays)) ((time:ten till twelve)) with free creche for under ((other:fives))
c: çok güzel thank you
"""


def c067():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); hn = num(100, 999); pc = capc("T2E")
    return "transcript", f"""
A: Prairie Travel, [[NAME:Brooke]] speaking.
C: Hi, I'm [[NAME:Gurpreet Sandhu]]. I want to book my parents to Amritsar in ((date:October)).
A: The best fare is ((price:$1,640)) each on ((flight_number:AC 872)) via London.
C: Okay, book both. Card [[CARD_NUMBER:{sp4(k)}]], expiry [[EXPIRY:{m}/{y[2:]}]], CVV [[CVV:{cv}]].
A: Billing address?
C: [[ADDRESS:{hn} 16 Avenue NE]], Calgary, [[POSTCODE:{pc}]].
A: Perfect. Their names as on passports?
C: [[NAME:Harbans Singh Sandhu]] and [[NAME:Manjit Kaur Sandhu]].
A: Booked.
"""


def c068():
    model = "MT-" + digits(4)
    return "asr", f"""
a: hi you're through to worldcall phones [[NAME:owen]] speaking
c: hi bueno i bought the dual sim phone the ((model_number:{model.lower().replace('-', ' ')})) and the spanish sim doesn't work
a: okay is it a movistar sim
c: sí movistar
a: you need to turn off the pin in the sim menu and restart it takes ((duration:about a minute))
c: okay let me try espera
c: okay it works now
a: great anything else
c: no that's all gracias [[NAME:owen]]
"""


def c069():
    d = dob(1955, 1970); acc = "P" + digits(7); hn = num(2, 90); pc = ukpc("BT9")
    return "transcript", f"""
A: Belfast Interpreting Agency, [[NAME:Grainne]] speaking.
C: Hello, this is [[NAME:Dorota Mazur]]. I need an interpreter for my father's hospital appointment, he only speaks Polish.
A: Of course. His name and date of birth?
C: [[NAME:Zbigniew Mazur]], [[DOB:{d[2]}.{d[1]:02d}.{d[0]}]].
A: And his health and care number?
C: [[ACCOUNT_NUMBER:{acc}]]. No wiesz, it's on the blue card.
A: Address?
C: [[ADDRESS:{hn} Lisburn Road]], [[POSTCODE:{pc}]].
A: Booked for ((date:Monday)) at ((time:11:15)), ((duration:one hour)).
C: Dziękuję, thank you.
"""


def c070():
    acc = digits(3) + "-" + digits(3); acc2 = digits(8)
    return "asr", f"""
a: good morning westpac remittances [[NAME:hayden]] speaking
c: hi hello i'm [[NAME:nguyen van duc]] i send money to my mum in vietnam every month
a: sure do you have your bsb and account number for the account you send from
c: bsb [[ACCOUNT_NUMBER:{w(acc[:3])} {w(acc[4:])}]] account [[ACCOUNT_NUMBER:{w(acc2)}]]
a: thanks the fee dropped to ((price:nine dollars)) this month and the rate is ((other:sixteen thousand two hundred)) dong per dollar
c: oh good okay
a: same amount as last time ((price:five hundred dollars))
c: yes please
a: done it arrives ((date:tomorrow))
"""


def c071():
    em = "a.rahimi" + digits(2) + "@yahoo.co.uk"; acc = "FL" + digits(6)
    return "transcript", f"""
A: Kabul Kitchen Halal Deliveries, [[NAME:Jamal]] speaking.
C: Salaam. [[NAME:Ahmad Rahimi]] here. My order [[ACCOUNT_NUMBER:{acc}]] had the wrong rice.
A: Sorry, brother. You wanted sella basmati, ((quantity:5 kg))?
C: Yes, you sent brown. Also the lamb was ((quantity:1.5 kg)), not ((quantity:2 kg)).
A: I'll refund ((price:£9.40)) and send the right rice ((date:tomorrow)).
C: Good. Send the receipt to [[EMAIL:{em}]].
A: Will do, sorry again.
C: No problem, khuda hafiz.
"""


def c072():
    hn = num(2, 60); ec = eircode("F92"); ph = "08" + R.choice("3567") + digits(7)
    return "asr", f"""
a: hello donegal international school [[NAME:eimear]] speaking
c: hi hello it's [[NAME:rania khoury]] we just moved from beirut and i want to visit the school
a: you're very welcome how old is your child
c: my son [[NAME:karim]] he is ((other:eleven)) yalla he is very excited
a: we have a place in ((other:sixth class)) can you come ((date:thursday))
c: yes what time
a: ((time:half ten)) can i get an address for the welcome pack
c: [[ADDRESS:{w(hn)} port road letterkenny]] [[POSTCODE:{pcw(ec)}]]
a: and your mobile
c: [[PHONE:{w(ph[:3])} {w(ph[3:6])} {w(ph[6:])}]]
"""


def c073():
    lic = digits(9); d = dob(1975, 1990); z = zipc("07")
    return "transcript", f"""
A: New Jersey MVC, licence exchange, [[NAME:Tyrone]] speaking.
C: Hi. I'm [[NAME:Ritu Agarwal]]. I have an Indian licence and a green card. Can I just exchange it?
A: India isn't a reciprocity country, so you'll take the knowledge test. Do you have an appointment number?
C: Yes, [[ACCOUNT_NUMBER:{lic}]].
A: Date of birth?
C: [[DOB:{d[1]}/{d[2]}/{d[0]}]].
A: And ZIP?
C: [[POSTCODE:{z}]].
A: You're booked for ((date:May 14)), bring ((count:six)) points of ID. The fee is ((price:$24)).
C: Okay, thank you so much.
"""


def c074():
    return "asr", """
a: hi you've reached lingua amigos [[NAME:ben]] speaking
c: hola [[NAME:ben]] it's [[NAME:marisol]] from the tuesday group i just want to know if class is on tonight with the storm
a: yes we're still on but online only the link is in the chat
c: ah vale okay and is it still ((time:seven))
a: ((time:seven)) till ((time:eight thirty)) same as always
c: perfecto and next week is the ((other:level two)) test
a: that's right about ((duration:forty minutes))
c: ay dios okay see you tonight
"""


def c075():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry()
    return "transcript", f"""
A: Al-Huda Islamic Centre, [[NAME:Amina]] speaking.
C: Assalamu alaikum, sister. I'm [[NAME:Youssef Benjelloun]]. I want to sponsor an orphan, the ((price:£30)) a month scheme.
A: Wa alaikum salaam, JazakAllah khair. Card number?
C: [[CARD_NUMBER#c:{p[0]} {p[1]}]]... wait, my son is asking something... yalla, [[CARD_NUMBER#c:{p[2]} {p[3]}]].
A: Thank you. Let me confirm the last four: [[CARD_NUMBER:{p[3]}]].
C: Yes.
A: Expiry and CVV?
C: [[EXPIRY:{m}/{y[2:]}]], [[CVV:{cv}]].
A: The first payment goes today, then on the ((date:5th)) of each month.
C: Barakallahu feeki.
"""


def c076():
    acc = "MC" + digits(8); em = "grace dot tan " + w(digits(2)) + " at singnet dot com"
    return "asr", f"""
a: hello mobile credit hub this is [[NAME:ryan]]
c: hi i'm [[NAME:tan siew ling]] i bought a top up voucher for my dad's phone in kuala lumpur but it says invalid
a: what's the voucher code
c: ((other:four four one two nine nine oh two one three))
a: that's expired it was bought in ((year:twenty twenty two)) i can issue a new one to your account
c: okay my account is [[ACCOUNT_NUMBER:m c {w(acc[2:])}]]
a: and the email to send it to
c: [[EMAIL:{em}]]
a: sent it's worth ((price:fifty ringgit))
"""


def c077():
    k = card("m"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); hn = num(2, 99); pc = ukpc("OL9")
    return "asr", f"""
a: oldham bangladeshi welfare association [[NAME:shamim]] speaking
c: salaam i'm [[NAME:mohammed ali hossain]] i want to pay the burial fund membership
a: it's ((price:sixty pounds)) a year for the family card or cash
c: card [[CARD_NUMBER#c:{w(p[0])} {w(p[1])}]] ektu daran [[CARD_NUMBER#c:{w(p[2])} {w(p[3])}]]
a: expiry and the three numbers
c: [[EXPIRY:{w(m)} {w(y[2:])}]] and [[CVV:{w(cv)}]]
a: and your address
c: [[ADDRESS:{w(hn)} werneth hall road]] [[POSTCODE:{pcw(pc)}]]
a: done your card comes in ((duration:two weeks))
"""


def c078():
    d = dob(1992, 2003); acc = "A" + digits(8); hn = num(100, 999); pc = capc("K1S")
    return "transcript", f"""
A: Ottawa Newcomer Services, [[NAME:Chantal]] speaking.
C: Hi, I'm [[NAME:Mariana Costa]]. I'm a student from Brazil. I need help with my study permit extension.
A: Sure. Your UCI number?
C: [[ACCOUNT_NUMBER:{acc}]].
A: Date of birth?
C: [[DOB:{d[2]} {Mon(d[1])} {d[0]}]].
A: And address?
C: [[ADDRESS:{hn} Bank Street]], [[POSTCODE:{pc}]].
A: Your permit expires ((date:September 30)). Apply at least ((duration:30 days)) before. The fee is ((price:$150)).
C: Pois é, okay. Thank you.
"""


def c079():
    return "transcript", """
A: Shanti Bhavan Temple, [[NAME:Rakesh]] speaking.
C: Namaste, uncle. This is [[NAME:Anjali Sharma]]. What time is the Diwali puja this year?
A: Lakshmi puja starts at ((time:6:45 pm)) on ((date:1 November)), and fireworks at ((time:8:30)).
C: Accha. Can we bring food for the prasad?
A: Yes, sweets only, nut-free please, we have ((count:three)) children with allergies.
C: Of course. How many people do you expect?
A: Last year about ((count:900)).
C: Wow. Okay, see you there.
"""


def c080():
    k = card("v"); p = g(k, 4, 4, 4, 4); cv = cvv(); m, y = expiry(); em = "pawel.wojcik" + digits(2) + "@gmail.com"
    return "transcript", f"""
A: EuroBus Parcels, [[NAME:Natalie]] speaking.
C: Hi, [[NAME:Paweł Wójcik]]. I want to send a tyre set to Gdańsk, ((quantity:four tyres)), ((model_number:Michelin CrossClimate 2)).
A: That's ((price:£96)) for four. Card?
C: [[CARD_NUMBER:{p[0]} {p[1]} {p[2]} {p[3]}]], exp [[EXPIRY:{m}/{y[2:]}]], CVV [[CVV:{cv}]].
A: Let me read back the card: [[CARD_NUMBER:{p[0]} {p[1]} {p[2]} {p[3]}]].
C: Tak, correct.
A: E-mail for the label?
C: [[EMAIL:{em}]].
A: Collection is ((date:Wednesday)).
"""


def c081():
    hn = num(1, 120); pc = ukpc("LU1"); acc = digits(8)
    return "asr", f"""
a: hi luton language exchange cafe [[NAME:chloe]] speaking
c: hi i'm [[NAME:ayesha siddiqui]] i host the urdu table on ((date:thursdays)) and i need to change my address for the newsletter
a: no problem your member number
c: [[ACCOUNT_NUMBER:{w(acc)}]]
a: and new address
c: [[ADDRESS:{w(hn)} dunstable road]] [[POSTCODE:{pcw(pc)}]]
a: done we had ((count:twenty six)) people last week by the way
c: mashallah that's great
"""


def c082():
    return "asr", """
a: interpreters united dispatch [[NAME:kerry]] speaking
c: hi it's [[NAME:hector salazar]] spanish interpreter i'm stuck in traffic on the m sixty for the court job
a: okay how late will you be
c: maybe ((duration:twenty minutes)) the hearing is at ((time:ten)) in ((other:court three))
a: i'll ring the usher and tell them
c: gracias and tell them i'll come straight up
a: will do drive safe
"""


CASES = [v for k_, v in sorted(globals().items()) if re.match(r"^c\d{3}$", k_)]


# ---------------------------------------------------------------- build + checks
MARK = re.compile(r"\[\[([A-Z_]+)(?:#([\w-]+))?:(.*?)\]\]|\(\(([a-z_]+):(.*?)\)\)")
PII_TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS",
             "POSTCODE", "ACCOUNT_NUMBER", "NAME"]
KEEP_KINDS = ["quantity", "time", "price", "flight_number", "date", "year", "duration",
              "percentage", "model_number", "count", "other"]
MINS = {"CARD_NUMBER": 60, "CVV": 30, "EXPIRY": 30, "SSN": 10, "PHONE": 35, "EMAIL": 25,
        "DOB": 20, "ADDRESS": 35, "POSTCODE": 35, "ACCOUNT_NUMBER": 45, "NAME": 200}
SPK = {"A": "agent", "C": "customer", "I": "ivr"}
STREET = {"street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "dr", "close", "court",
          "crescent", "way", "place", "terrace", "boulevard", "blvd", "parade", "grove", "row",
          "hill", "park", "square", "gardens", "walk", "mews", "highway", "circuit", "green",
          "quay", "view", "rise", "parkway", "trail", "heights", "vale", "wynd", "broadway", "gate", "boulevard", "esplanade", "highway", "market"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "mister", "sir", "madam", "ji", "father", "sister"}
ERRORS = []


def err(cid, msg):
    ERRORS.append("%s: %s" % (cid, msg))


def to_digits(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, mult, i = [], 1, 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
        elif t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t in DIGW:
            out.append(DIGW[t] * mult)
            mult = 1
        elif t in TEENS:
            out.append(TEENS[t])
        elif t in TENS:
            if i + 1 < len(toks) and toks[i + 1] in DIGW and toks[i + 1] not in ("zero", "oh") :
                out.append(TENS[t] + DIGW[toks[i + 1]])
                i += 1
            else:
                out.append(TENS[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif t == "thousand":
            out.append("000")
        i += 1
    return "".join(out)


def to_alnum(text):
    toks = re.findall(r"[A-Za-z0-9]+", text)
    out = []
    for t in toks:
        lt = t.lower()
        if lt in NUMWORDS:
            out.append(to_digits(lt))
        elif len(t) == 1 or any(c.isdigit() for c in t) or t.isupper():
            out.append(t.upper())
    return "".join(out)


def phone_ok(d):
    if not 10 <= len(d) <= 12:
        return False
    if len(d) == 10 and d[0] in "23456789":
        return True                                   # US / Canada
    if len(d) == 11 and d[0] == "1":
        return True
    if d[0] == "0" and len(d) in (10, 11):
        return True                                   # UK 0 + 10, Ireland / Australia 0 + 9
    for cc, rest in (("44", 10), ("353", 8), ("353", 9), ("61", 9), ("91", 10), ("63", 10),
                     ("48", 9), ("351", 9), ("34", 9), ("52", 10), ("92", 10), ("852", 8),
                     ("971", 9)):
        if d.startswith(cc) and len(d) == len(cc) + rest:
            return True
    return False


PC_RE = [re.compile(r"^\d{5}$"), re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$"),
         re.compile(r"^[ACDEFHKNPRTVWXY]\d[\dW][ACDEFHKNPRTVWXY\d]{4}$"),
         re.compile(r"^[A-Z]\d[A-Z]\d[A-Z]\d$"), re.compile(r"^\d{4}$")]


def build(cid, style, script):
    utts, pii, keep = [], [], []
    names = {}
    for ln in script.strip().split("\n"):
        ln = ln.strip()
        if not ln:
            continue
        who, raw = ln.split(":", 1)
        raw = raw.strip()
        ui = len(utts)
        clean, pos, k = [], 0, 0
        for m in MARK.finditer(raw):
            clean.append(raw[pos:m.start()])
            off = sum(len(x) for x in clean)
            if m.group(1):
                typ, nm, txt = m.group(1), m.group(2), m.group(3)
                excl = bool(nm and nm.endswith("-x"))
                if nm:
                    nm = nm[:-2] if excl else nm
                else:
                    nm = "_auto%d_%d" % (ui, k)
                k += 1
                if nm not in names:
                    names[nm] = "g%d" % (len(names) + 1)
                pii.append({"utterance": ui, "start": off, "end": off + len(txt), "type": typ,
                            "group": names[nm], "_x": excl})
            else:
                kind, txt = m.group(4), m.group(5)
                keep.append({"utterance": ui, "start": off, "end": off + len(txt), "kind": kind})
            clean.append(txt)
            pos = m.end()
        clean.append(raw[pos:])
        text = "".join(clean)
        if "[[" in text or "]]" in text or "((" in text or "))" in text:
            err(cid, "stray markup: " + text)
        utts.append({"speaker": SPK[who.strip().upper()], "text": text})
    return {"case_id": cid, "style": style, "utterances": utts, "pii": pii, "keep": keep}


def check_case(c, seen):
    cid, utts = c["case_id"], c["utterances"]
    spans = [(s, "pii") for s in c["pii"]] + [(s, "keep") for s in c["keep"]]
    for s, _ in spans:
        t = utts[s["utterance"]]["text"]
        st = t[s["start"]:s["end"]]
        if not st or s["end"] > len(t):
            err(cid, "empty span")
            continue
        if not (st[0].isalnum() or st[0] in "$£€₱¥₹+#") or (not st[-1].isalnum() and st[-1] != "%" and not st.endswith(("a.m.", "p.m."))):
            err(cid, "edge punctuation: %r" % st)
        if st != st.strip():
            err(cid, "edge space %r" % st)
        if s["start"] > 0 and t[s["start"] - 1].isalnum() or s["end"] < len(t) and t[s["end"]].isalnum():
            err(cid, "inside word %r" % st)
    for ui, u in enumerate(utts):
        if c["style"] == "asr" and re.search(r"[^a-z0-9 '\-áéíóúñęłńśżźąćõãçâêôàüöäè]", u["text"]):
            err(cid, "asr text not lower/plain: %r" % u["text"])
        ss = sorted([(s["start"], s["end"]) for s, _ in spans if s["utterance"] == ui])
        for a, b in zip(ss, ss[1:]):
            if a[1] > b[0]:
                err(cid, "overlap in %d" % ui)
        mask = list(u["text"])
        for a, b in ss:
            for i in range(a, b):
                mask[i] = " "
        outside = "".join(mask)
        if re.search(r"\d", outside):
            err(cid, "digit outside span: %r" % u["text"])
        run = 0
        for tok in re.findall(r"[a-z]+|[^a-z\s]+", outside.lower()):
            run = run + 1 if tok in NUMWORDS else 0
            if run >= 4:
                err(cid, "digit-word run outside span: %r" % u["text"])
                break
    # per-type checks
    groups = {}
    for s in c["pii"]:
        groups.setdefault((s["group"], s["type"]), []).append(s)
    fullcards = []
    for (gid, typ), ps in groups.items():
        if typ == "CARD_NUMBER":
            d = "".join(to_digits(utts[p["utterance"]]["text"][p["start"]:p["end"]]) for p in ps if not p["_x"])
            if len(d) in (15, 16):
                fullcards.append(d)
    for (gid, typ), ps in groups.items():
        txts = [utts[p["utterance"]]["text"][p["start"]:p["end"]] for p in ps]
        alltxt = " ".join(txts)
        d = "".join(to_digits(t) for t, p in zip(txts, ps) if not p["_x"])
        if typ == "CARD_NUMBER":
            if len(d) in (15, 16):
                if not luhn_ok(d):
                    err(cid, "card fails luhn %s" % alltxt)
            elif not (d and any(d in f for f in fullcards) and len(d) <= 8):
                err(cid, "bad card piece group %r" % alltxt)
        elif typ == "CVV":
            if not 3 <= len(d) <= 4:
                err(cid, "bad cvv %r" % alltxt)
        elif typ == "EXPIRY":
            lt = alltxt.lower()
            if not any(m in lt for m in MONTHS) and not any(m[:3] in lt.split() for m in MONTHS):
                mo = d[:1] if len(d) == 3 else d[:2]
                if not (mo and 1 <= int(mo) <= 12):
                    err(cid, "bad expiry %r" % alltxt)
        elif typ == "SSN":
            a = to_alnum(alltxt)
            ok = (len(d) == 4 and d == a) or (len(d) == 9 and d == a and 1 <= int(d[:3]) <= 665
                                              and d[3:5] != "00" and d[5:] != "0000")
            ok = ok or re.match(r"^[A-Z]{2}\d{6}[A-D]$", a) or re.match(r"^\d{7}[A-Z]{1,2}$", a)
            if not ok:
                err(cid, "bad ssn %r" % alltxt)
        elif typ == "PHONE":
            if not phone_ok(d):
                err(cid, "bad phone %r %s" % (alltxt, d))
        elif typ == "EMAIL":
            if c["style"] == "asr" or "@" not in alltxt:
                if "@" in alltxt or " at " not in " %s " % alltxt.lower() or " dot " not in alltxt.lower():
                    err(cid, "bad spoken email %r" % alltxt)
            elif not re.match(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", alltxt):
                err(cid, "bad email %r" % alltxt)
        elif typ == "POSTCODE":
            a = to_alnum(alltxt)
            if not any(r.match(a) for r in PC_RE):
                err(cid, "bad postcode %r -> %s" % (alltxt, a))
        elif typ == "ADDRESS":
            for t in txts[:1]:
                first = t.split()[0].lower().rstrip(",")
                if not (first[0].isdigit() or first in NUMWORDS or first in ("flat", "unit", "apartment", "apt")):
                    err(cid, "address start %r" % t)
            if not (set(re.findall(r"[a-z]+", alltxt.lower())) & STREET):
                err(cid, "address street word %r" % alltxt)
        elif typ == "NAME":
            for t in txts:
                if re.search(r"\d", t) or t.split()[0].lower().rstrip(".") in TITLES:
                    err(cid, "bad name %r" % t)
        elif typ == "DOB":
            if not d and not any(m in alltxt.lower() for m in MONTHS):
                err(cid, "bad dob %r" % alltxt)
        elif typ == "ACCOUNT_NUMBER":
            if not re.search(r"\d", d + to_alnum(alltxt)):
                err(cid, "bad account %r" % alltxt)
        else:
            err(cid, "unknown type " + typ)
    for s in c["keep"]:
        if s["kind"] not in KEEP_KINDS:
            err(cid, "bad keep kind " + s["kind"])
        t = utts[s["utterance"]]["text"][s["start"]:s["end"]]
        d = to_digits(t)
        if 13 <= len(d) <= 19 and luhn_ok(d):
            err(cid, "look-alike passes luhn %r" % t)
        for p in c["pii"]:
            if p["utterance"] == s["utterance"]:
                pd = to_digits(utts[p["utterance"]]["text"][p["start"]:p["end"]])
                if pd and (pd == d or (len(pd) >= 4 and pd in d)):
                    err(cid, "look-alike holds pii digits %r" % t)
    # name words never left unlabelled in the case
    nwords = set()
    for p in c["pii"]:
        if p["type"] == "NAME":
            nwords |= {x.lower() for x in re.findall(r"\w+", utts[p["utterance"]]["text"][p["start"]:p["end"]]) if len(x) > 1}
    for ui, u in enumerate(utts):
        mask = list(u["text"])
        for p in c["pii"]:
            if p["utterance"] == ui:
                for i in range(p["start"], p["end"]):
                    mask[i] = " "
        for x in re.findall(r"\w+", "".join(mask)):
            if x.lower() in nwords:
                err(cid, "name word %r left unlabelled" % x)
    # cross-case
    for p in c["pii"]:
        t = utts[p["utterance"]]["text"][p["start"]:p["end"]].lower()
        if p["type"] == "EMAIL":
            key = ("E", t)
        elif p["type"] == "ADDRESS" and p["group"] not in [q["group"] for q in c["pii"] if q is not p and q["type"] == "ADDRESS" and q["start"] < p["start"] and q["utterance"] <= p["utterance"]]:
            key = ("S", " ".join(x for x in re.findall(r"[a-z]+", t) if x not in NUMWORDS and x not in ("flat", "unit", "apartment", "apt"))[:30])
        else:
            continue
        if seen.setdefault(key, cid) != cid:
            err(cid, "%s reused from %s: %r" % (key[0], seen[key], t))
    for ui, u in enumerate(utts):
        mask = list(u["text"].lower())
        for p in c["pii"] + c["keep"]:
            if p["utterance"] == ui:
                for i in range(p["start"], p["end"]):
                    mask[i] = "#"
        ws = re.findall(r"[\w#']+", "".join(mask))
        if len(ws) >= 9:
            key = ("U", " ".join(ws))
            if seen.setdefault(key, cid) != cid:
                err(cid, "utterance repeated from %s: %r" % (seen[key], u["text"]))


def main():
    cases = []
    for i, fn in enumerate(CASES, 1):
        cid = "t44-%03d" % i
        style, script = fn()
        cases.append(build(cid, style, script))
    seen = {}
    for c in cases:
        check_case(c, seen)
    cnt = {t: 0 for t in PII_TYPES}
    kc = {k: 0 for k in KEEP_KINDS}
    nutt = nopii = ivr = 0
    sty = {"asr": 0, "transcript": 0}
    for c in cases:
        for p in c["pii"]:
            cnt[p["type"]] += 1
        for k in c["keep"]:
            kc[k["kind"]] += 1
        nutt += len(c["utterances"])
        sty[c["style"]] += len(c["utterances"])
        withp = {p["utterance"] for p in c["pii"]}
        nopii += len(c["utterances"]) - len(withp)
        ivr += any(u["speaker"] == "ivr" for u in c["utterances"])
    for t, m in MINS.items():
        if cnt[t] < m:
            err("set", "%s has %d < %d" % (t, cnt[t], m))
    if len(cases) < 80:
        err("set", "cases %d < 80" % len(cases))
    if nutt < 1000:
        err("set", "utterances %d < 1000" % nutt)
    if nopii < 400:
        err("set", "utterances without pii %d < 400" % nopii)
    if sum(kc.values()) < 280 or not all(kc.values()):
        err("set", "keep spans %d / kinds %s" % (sum(kc.values()), kc))
    if ivr < 6:
        err("set", "ivr cases %d < 6" % ivr)
    print("pii spans per type:")
    for t in PII_TYPES:
        print("  %-15s %4d" % (t, cnt[t]))
    print("cases %d, utterances %d, utterances without pii %d, ivr cases %d" % (len(cases), nutt, nopii, ivr))
    print("keep spans %d:" % sum(kc.values()), ", ".join("%s %d" % kv for kv in kc.items()))
    print("style share: asr %.1f%%, transcript %.1f%% (of utterances); cases asr %d, transcript %d" % (
        100.0 * sty["asr"] / nutt, 100.0 * sty["transcript"] / nutt,
        sum(c["style"] == "asr" for c in cases), sum(c["style"] == "transcript" for c in cases)))
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e, file=sys.stderr)
        sys.exit(1)
    if "--check" in sys.argv[1:]:
        return
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            for p in c["pii"]:
                del p["_x"]
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
